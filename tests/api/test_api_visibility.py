"""What each persona sees: drafts answer 404 to anyone without a role on the body."""

from __future__ import annotations

import pytest

from api.helpers import get_json

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]

# persona → may see the draft of "Faggruppe kultur"
SEES_DRAFT = {
    "anonymous": False,
    "outsider": False,  # a member of Helseutvalget only
    "member": True,
    "secretariat": True,
    "admin": True,
}


@pytest.mark.parametrize(("persona", "sees_draft"), SEES_DRAFT.items())
def test_meeting_list(personas, world, persona, sees_draft):
    data = get_json(personas[persona], "/api/v1/meetings/")

    ids = {m["id"] for m in data["results"]}
    assert {world.published.pk, world.helse_meeting.pk} <= ids
    assert (world.draft.pk in ids) is sees_draft


@pytest.mark.parametrize(("persona", "sees_draft"), SEES_DRAFT.items())
def test_draft_detail_is_404_never_403(personas, world, persona, sees_draft):
    response = personas[persona].get(f"/api/v1/meetings/{world.draft.pk}/")

    if sees_draft:
        assert response.status_code == 200
        assert response.json()["status"] == "draft"
        assert response.json()["items"][0]["title"] == "Hemmelig budsjettsak"
    else:
        assert response.status_code == 404
        assert response.json() == {"error": "not found"}
        assert b"Hemmelig" not in response.content


@pytest.mark.parametrize(("persona", "sees_draft"), SEES_DRAFT.items())
def test_draft_status_filter(personas, world, persona, sees_draft):
    data = get_json(personas[persona], "/api/v1/meetings/?status=draft")

    assert data["count"] == (1 if sees_draft else 0)


@pytest.mark.parametrize(("persona", "sees_draft"), SEES_DRAFT.items())
def test_body_detail_meeting_ids(personas, world, persona, sees_draft):
    data = get_json(personas[persona], "/api/v1/bodies/faggruppe-kultur/")

    expected = [world.draft.pk, world.published.pk] if sees_draft else [world.published.pk]
    assert data["meetings"] == expected


@pytest.mark.parametrize(("persona", "sees_draft"), SEES_DRAFT.items())
def test_actions_of_drafts(personas, world, persona, sees_draft):
    data = get_json(personas[persona], "/api/v1/actions/?body=faggruppe-kultur")

    texts = {a["text"] for a in data["results"]}
    assert ("Regne på budsjettet" in texts) is sees_draft


@pytest.mark.parametrize(("persona", "sees_draft"), SEES_DRAFT.items())
def test_person_named_only_in_a_draft(personas, world, persona, sees_draft):
    response = personas[persona].get(f"/api/v1/people/{world.draft_only.pk}/")

    if sees_draft:
        assert response.status_code == 200
        assert [a["text"] for a in response.json()["actions"]] == ["Regne på budsjettet"]
    else:
        assert response.status_code == 404
        assert response.json() == {"error": "not found"}


def test_published_persons_draft_participation_is_hidden(personas, world):
    """A visible person's page does not leak the drafts they attended."""
    from motebok import vocab
    from motebok.archive.models import Participation

    Participation.objects.create(meeting=world.draft, person=world.ingrid, order=1,
                                 attendance=vocab.Attendance.ABSENT)

    public = get_json(personas["anonymous"], f"/api/v1/people/{world.ingrid.pk}/")
    member = get_json(personas["member"], f"/api/v1/people/{world.ingrid.pk}/")

    assert [m["meeting"]["id"] for m in public["meetings"]] == [world.published.pk]
    assert [m["meeting"]["id"] for m in member["meetings"]] == [world.draft.pk,
                                                                  world.published.pk]


@pytest.mark.parametrize(("persona", "sees_draft"), SEES_DRAFT.items())
def test_people_list_names_draft_only_people_only_to_roles(personas, world, persona,
                                                            sees_draft):
    data = get_json(personas[persona], "/api/v1/people/")

    names = [p["name"] for p in data["results"]]
    assert {"Ingrid Solbakken", "Torstein Lyngmo"} <= set(names)
    assert ("Vilde Haugrud" in names) is sees_draft
    assert names == sorted(names)


@pytest.mark.parametrize(("persona", "sees_draft"), SEES_DRAFT.items())
def test_a_role_only_a_draft_gives_is_hidden_with_the_draft(personas, world, persona,
                                                            sees_draft):
    """A member read from the published minutes is chair in the draft: the body and the
    person say "leader" only to those who may see the draft."""
    from motebok import vocab
    from motebok.archive.models import Membership, Participation

    Participation.objects.create(meeting=world.published, person=world.draft_only, order=1)
    # the importer's row: read from minutes, upgraded by the draft listing her as chair
    Membership.objects.create(person=world.draft_only, body=world.kultur, from_minutes=True,
                              role=vocab.MembershipRole.LEADER)
    role = "leader" if sees_draft else "member"

    body = get_json(personas[persona], "/api/v1/bodies/faggruppe-kultur/")
    person = get_json(personas[persona], f"/api/v1/people/{world.draft_only.pk}/")

    assert {m["person"]["name"]: m["role"] for m in body["members"]} == {
        "Ingrid Solbakken": "leader", "Vilde Haugrud": role}
    assert [m["role"] for m in person["memberships"]] == [role]
