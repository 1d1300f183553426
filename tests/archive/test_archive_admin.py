"""The Django admin is no side door around locked minutes."""

from __future__ import annotations

import pytest
from factories import ItemFactory, MeetingFactory, UserFactory

from motebok.vocab import MeetingStatus

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]


@pytest.fixture
def admin_client(client):
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    return client


def test_a_draft_meeting_can_be_edited(admin_client) -> None:
    meeting = MeetingFactory(status=MeetingStatus.DRAFT.value, locked=False)
    page = admin_client.get(f"/admin/archive/meeting/{meeting.pk}/change/")
    assert page.status_code == 200
    assert b'name="_save"' in page.content


def test_locked_minutes_are_read_only(admin_client) -> None:
    item = ItemFactory(meeting=MeetingFactory(locked=True), title="Budsjett 2024")
    meeting = item.meeting
    page = admin_client.get(f"/admin/archive/meeting/{meeting.pk}/change/")
    assert page.status_code == 200
    assert b'name="_save"' not in page.content

    changed = admin_client.post(f"/admin/archive/meeting/{meeting.pk}/change/",
                                {"title": "Endret i smug", "status": "draft"})
    assert changed.status_code == 403
    meeting.refresh_from_db()
    assert meeting.title != "Endret i smug"

    assert admin_client.post(f"/admin/archive/meeting/{meeting.pk}/delete/",
                             {"post": "yes"}).status_code == 403
    assert admin_client.post(f"/admin/archive/agendaitem/{item.pk}/delete/",
                             {"post": "yes"}).status_code == 403
    item_page = admin_client.get(f"/admin/archive/agendaitem/{item.pk}/change/")
    assert b'name="_save"' not in item_page.content


def test_deleting_a_draft_in_the_admin_takes_the_members_only_it_named(admin_client) -> None:
    """What the import asks before a corrected draft goes in: delete the old one in the
    admin. The member it alone named goes with it; the admin sees where members came from."""
    from factories import PersonFactory

    from motebok.archive.models import Membership, Participation

    published = MeetingFactory()
    draft = MeetingFactory(body=published.body, status=MeetingStatus.DRAFT.value,
                           locked=False)
    for name, meetings in (("Kari Nordmann", [published, draft]), ("Nora Ny", [draft])):
        person = PersonFactory(name=name)
        Membership.objects.create(person=person, body=draft.body, from_minutes=True)
        for meeting in meetings:
            Participation.objects.create(meeting=meeting, person=person)
    listing = admin_client.get("/admin/archive/membership/").content.decode()
    assert "Lest fra referat" in listing
    assert admin_client.post(f"/admin/archive/meeting/{draft.pk}/delete/",
                             {"post": "yes"}).status_code == 302
    assert list(Membership.objects.values_list("person__name", flat=True)) == [
        "Kari Nordmann"]


def test_a_role_the_admin_changed_survives_deleting_the_minutes_it_was_read_from(
        admin_client) -> None:
    """Read from minutes as a member, made leader by hand in the admin (the membership
    page, or the body's inline): deleting those minutes neither resets nor removes it."""
    from factories import PersonFactory

    from motebok.archive.models import Membership, Participation
    from motebok.vocab import MembershipRole

    published = MeetingFactory()
    draft = MeetingFactory(body=published.body, status=MeetingStatus.DRAFT.value,
                           locked=False)
    rows = {}
    for name, meetings in (("Kari Nordmann", [published, draft]), ("Nora Ny", [draft])):
        person = PersonFactory(name=name)
        rows[name] = Membership.objects.create(person=person, body=draft.body,
                                               from_minutes=True)
        for meeting in meetings:
            Participation.objects.create(meeting=meeting, person=person)
    kari, nora = rows["Kari Nordmann"], rows["Nora Ny"]
    assert admin_client.post(f"/admin/archive/membership/{kari.pk}/change/", {
        "person": kari.person_id, "body": kari.body_id,
        "role": MembershipRole.LEADER.value}).status_code == 302
    body = draft.body
    inline = {"memberships-TOTAL_FORMS": 2, "memberships-INITIAL_FORMS": 2,
              "memberships-MIN_NUM_FORMS": 0, "memberships-MAX_NUM_FORMS": 1000,
              "name": body.name, "slug": body.slug, "kind": body.kind,
              "numbering": body.numbering, "aliases": "[]"}
    for n, row in enumerate((Membership.objects.get(pk=kari.pk), nora)):
        inline.update({f"memberships-{n}-id": row.pk, f"memberships-{n}-body": body.pk,
                       f"memberships-{n}-person": row.person_id,
                       f"memberships-{n}-role": row.role})
    inline["memberships-1-role"] = MembershipRole.SECRETARIAT.value
    response = admin_client.post(f"/admin/archive/organization/{body.pk}/change/", inline)
    assert response.status_code == 302, response.content.decode()[:3000]
    draft.delete()
    published.delete()
    assert dict(Membership.objects.values_list("person__name", "role")) == {
        "Kari Nordmann": MembershipRole.LEADER.value,
        "Nora Ny": MembershipRole.SECRETARIAT.value}
    assert not Membership.objects.filter(from_minutes=True)


def test_the_admin_shows_the_vocabularies_in_bokmal(admin_client, settings) -> None:
    """The choices of kind, role and status are the vocabulary's labels translated, as
    everywhere else: a bokmål admin offered "Body", "Working group", "Leader"."""
    settings.LANGUAGE_CODE = "nb"
    page = admin_client.get("/admin/archive/organization/add/").content.decode()
    assert '<option value="body" selected>Organ</option>' in page
    assert '<option value="working_group">Arbeidsgruppe</option>' in page
    assert ">Leder</option>" in page and ">Leader</option>" not in page
    meeting = MeetingFactory(status=MeetingStatus.DRAFT.value, locked=False)
    page = admin_client.get("/admin/archive/meeting/").content.decode()
    assert "Utkast" in page and ">Draft<" not in page
    admin_client.cookies["django_language"] = "en"
    english = admin_client.get(f"/admin/archive/meeting/{meeting.pk}/change/").content
    assert b'<option value="draft" selected>Draft</option>' in english
