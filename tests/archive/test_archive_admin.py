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
