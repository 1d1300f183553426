"""GET /api/v1/bodies/, /bodies/<slug>/, /people/<id>/ and /actions/."""

from __future__ import annotations

import pytest

from api.helpers import get_json
from motebok import vocab

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]


def test_body_list_holds_bodies_not_municipalities(client, world):
    data = get_json(client, "/api/v1/bodies/")

    assert [b["slug"] for b in data["results"]] == ["faggruppe-kultur", "helseutvalget"]
    assert data["results"][0] == {
        "slug": "faggruppe-kultur", "name": "Faggruppe kultur", "kind": "body", "parent": None,
        "url": "http://testserver/api/v1/bodies/faggruppe-kultur/",
    }


def test_body_detail_has_members_and_visible_meeting_ids(client, world):
    data = get_json(client, "/api/v1/bodies/faggruppe-kultur/")

    assert data["aliases"] == ["Kulturgruppa"]
    assert data["numbering"] == "per_year"
    assert data["members"] == [{
        "role": "leader", "representing": "Nordby kommune", "start": None, "end": None,
        "person": {"id": world.ingrid.pk, "name": "Ingrid Solbakken",
                   "url": f"http://testserver/api/v1/people/{world.ingrid.pk}/"},
    }]
    assert data["meetings"] == [world.published.pk]
    assert data["meetings_url"] == "http://testserver/api/v1/meetings/?body=faggruppe-kultur"


def test_unknown_body_is_404(client, world):
    assert get_json(client, "/api/v1/bodies/ingen/", status=404) == {"error": "not found"}


def test_municipality_is_not_a_body(client, world):
    get_json(client, "/api/v1/bodies/nordby-kommune/", status=404)


def test_person_detail_lists_memberships_meetings_and_actions(client, world, frozen_today):
    data = get_json(client, f"/api/v1/people/{world.ingrid.pk}/")

    assert data["name"] == "Ingrid Solbakken"
    assert [m["body"]["slug"] for m in data["memberships"]] == ["faggruppe-kultur"]
    assert data["meetings"][0]["meeting"]["id"] == world.published.pk
    assert data["meetings"][0]["role"] == "chair"
    assert data["meetings"][0]["attendance"] == "present"
    assert [a["text"] for a in data["actions"]] == ["Bestille lokale", "Invitere museene"]
    assert "email" not in data


def test_unknown_person_is_404(client, world):
    get_json(client, "/api/v1/people/999999/", status=404)


def test_action_list_filters_by_status(client, world, frozen_today):
    every = get_json(client, "/api/v1/actions/")
    open_ = get_json(client, "/api/v1/actions/?status=open")
    overdue = get_json(client, "/api/v1/actions/?status=overdue")
    done = get_json(client, "/api/v1/actions/?status=done")

    def texts(data):
        return sorted(a["text"] for a in data["results"])

    assert texts(every) == ["Bestille lokale", "Invitere museene", "Sende ut høringsutkastet"]
    assert texts(open_) == ["Invitere museene", "Sende ut høringsutkastet"]
    assert texts(overdue) == ["Sende ut høringsutkastet"]
    assert texts(done) == ["Bestille lokale"]


def test_actions_without_a_due_date_come_last_on_every_database(client, world, frozen_today):
    from api.helpers import make_action

    undated = make_action(world.overdue_action.item, "Når det passer", None,
                          vocab.ActionStatus.OPEN, person=world.ingrid)

    rows = get_json(client, "/api/v1/actions/?status=open")["results"]
    assert [a["id"] for a in rows] == [world.overdue_action.pk, world.future_action.pk,
                                       undated.pk]
    person = get_json(client, f"/api/v1/people/{world.ingrid.pk}/")
    assert [a["id"] for a in person["actions"]][-1] == undated.pk


def test_action_row_names_meeting_item_and_responsible(client, world, frozen_today):
    data = get_json(client, "/api/v1/actions/?status=overdue")

    row = data["results"][0]
    assert row["id"] == world.overdue_action.pk
    assert row["responsible"] == "Sekretariatet"
    assert row["responsible_person"] is None
    assert row["due"] == "2024-12-01"
    assert (row["status"], row["overdue"]) == ("open", True)
    assert row["item"] == {"number": "14/24", "title": "Kulturplan"}
    assert row["meeting"]["id"] == world.published.pk
    assert row["body"]["slug"] == "faggruppe-kultur"


def test_action_list_filters_by_body(client, world):
    data = get_json(client, "/api/v1/actions/?body=helseutvalget")

    assert data["count"] == 0


def test_action_list_rejects_unknown_status(client, world):
    data = get_json(client, "/api/v1/actions/?status=late", status=400)

    assert data == {"error": "parameter 'status' must be one of open, overdue, done; not 'late'"}


def test_people_list_links_each_person_and_filters_by_body(client, world):
    data = get_json(client, "/api/v1/people/")

    assert data["count"] == 2
    assert data["results"][0] == {
        "id": world.ingrid.pk, "name": "Ingrid Solbakken",
        "url": f"http://testserver/api/v1/people/{world.ingrid.pk}/"}
    members = get_json(client, "/api/v1/people/?body=helseutvalget")
    assert [p["name"] for p in members["results"]] == ["Torstein Lyngmo"]
    assert get_json(client, "/api/v1/people/?body=ingen", status=400) == {
        "error": "unknown body 'ingen' (see /api/v1/bodies/)"}


def test_a_body_s_parent_link_leads_to_the_parent(client, world):
    # A body that is part of a municipality: its "parent" URL must not be a dead end.
    from motebok.archive.models import Organization

    Organization.objects.filter(pk=world.helse.pk).update(
        parent=Organization.objects.get(slug="nordby-kommune"))
    data = get_json(client, "/api/v1/bodies/helseutvalget/")
    assert data["parent"]["url"] == "http://testserver/api/v1/bodies/nordby-kommune/"
    parent = get_json(client, data["parent"]["url"])
    assert (parent["name"], parent["kind"]) == ("Nordby kommune", "municipality")
    listed = [b["slug"] for b in get_json(client, "/api/v1/bodies/")["results"]]
    assert "nordby-kommune" in listed


def test_an_organisation_known_only_from_drafts_is_no_body_to_the_public(personas, world):
    from api.helpers import make_meeting
    from motebok.archive.models import Organization

    nordby = Organization.objects.get(slug="nordby-kommune")
    make_meeting(nordby, world.draft.date, vocab.MeetingStatus.DRAFT, "Kommunens utkast")
    for persona, listed in (("anonymous", False), ("outsider", False), ("admin", True)):
        slugs = [b["slug"] for b in get_json(personas[persona], "/api/v1/bodies/")["results"]]
        assert ("nordby-kommune" in slugs) is listed, persona
        get_json(personas[persona], "/api/v1/bodies/nordby-kommune/",
                 status=200 if listed else 404)
        for route in ("meetings/", "actions/", "people/", "search?q=utkast&"):
            separator = "&" if route.endswith("&") else "?"
            url = f"/api/v1/{route.rstrip('&')}{separator}body=nordby-kommune"
            get_json(personas[persona], url, status=200 if listed else 400)
