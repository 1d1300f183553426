"""A meeting written in the secretariat, exported to JSON and imported into an empty database.

The export is the minutes record (spec v1) served at ``minutes.json``; importing it with
the archive's ``store_record`` after a flush must give the same meeting: same record,
same numbers, people, decisions, actions and attendance, and published status.
"""

from __future__ import annotations

import datetime as dt
import json

import pytest
from django.core.management import call_command
from django.urls import reverse
from secretariat_world import client_for, plan

from motebok.archive.models import Action, AgendaItem, Meeting, Organization, Person
from motebok.record import MinutesRecord
from motebok.secretariat import agenda, minutes

pytestmark = pytest.mark.postgres


def write_minutes(world) -> Meeting:
    """A meeting with minutes written through the secretariat's pages, then published."""
    secretary = world.users["secretariat"]
    client = client_for(world, "secretariat")
    held = plan(world.body, dt.date(2025, 3, 12), secretary, start=dt.time(9),
                end=dt.time(11, 30), location="Kulturhuset, Ålesund")
    item = agenda.add_item(held, "Cruisetrafikk i fjordene", "", secretary)
    client.post(reverse("secretariat:item_edit", args=[item.pk]),
                {"title": item.title, "text": "Sekretariatet orienterte om anløpene.\n\n"
                                                 "Faggruppen drøftet saken."})
    client.post(reverse("secretariat:decision_new", args=[item.pk]),
                {"text": "Faggruppen sluttet seg til forslaget."})
    client.post(reverse("secretariat:action_new", args=[item.pk]),
                {"text": "Lage høringssvar", "responsible": "Kari Fjellstad",
                 "due": "2025-04-01"})
    client.post(reverse("secretariat:action_new", args=[item.pk]),
                {"text": "Invitere havnesjefen", "responsible": "sekretariatet"})
    members = [m.person_id for m in held.body.memberships.order_by("pk")]
    client.post(reverse("secretariat:attendance", args=[held.pk]), {
        "att-TOTAL_FORMS": "2", "att-INITIAL_FORMS": "2",
        "att-0-person_id": members[0], "att-0-attendance": "present", "att-0-note": "",
        "att-1-person_id": members[1], "att-1-attendance": "partial",
        "att-1-note": "gikk kl. 10.30",
        "guest-name": "Hanne Havn", "guest-organization": "Ålesund havn",
        "guest-note": "sak 03/25"})
    following = plan(world.body, dt.date(2025, 6, 4), secretary)
    minutes.approve_previous(following.items.get(standard__kind="minutes_approval"),
                             secretary)
    minutes.publish(Meeting.objects.get(pk=held.pk), secretary)
    return Meeting.objects.get(pk=held.pk)


@pytest.mark.django_db(transaction=True)  # PostgreSQL cannot TRUNCATE inside the test's
def test_a_published_meeting_survives_export_flush_and_import(world):  # transaction
    from motebok.archive.importer import store_record

    held = write_minutes(world)
    response = client_for(world, "anonymous").get(
        reverse("secretariat:minutes_json", args=[held.pk]))
    assert response.status_code == 200
    exported = json.loads(response.content)
    # what the secretariat wrote is in the record, not just the meeting's shell
    assert exported["body"] == "Faggruppe for reiseliv"
    assert exported["meeting"] == {"date": "2025-03-12", "start": "09:00", "end": "11:30",
                                   "location": "Kulturhuset, Ålesund"}
    cruise = next(i for i in exported["items"] if i["title"] == "Cruisetrafikk i fjordene")
    assert cruise["number"] == "03/25"
    assert cruise["decisions"] == ["Faggruppen sluttet seg til forslaget."]
    assert cruise["actions"] == [
        {"text": "Lage høringssvar", "responsible": "Kari Fjellstad", "due": "2025-04-01"},
        {"text": "Invitere havnesjefen", "responsible": "sekretariatet", "due": None}]
    partial = next(p for p in exported["participants"] if p["name"] == "Mari Nordby")
    assert (partial["attendance"], partial["note"]) == ("partial", "gikk kl. 10.30")
    guest = next(p for p in exported["participants"] if p["name"] == "Hanne Havn")
    assert (guest["role"], guest["organization"]) == ("guest", "Ålesund havn")
    before_items = list(held.items.order_by("order").values_list("number", "sequence", "year"))

    call_command("flush", interactive=False, verbosity=0)
    assert not Meeting.objects.exists() and not Person.objects.exists()
    assert not Organization.objects.exists() and not AgendaItem.objects.exists()

    restored = store_record(MinutesRecord.from_dict(exported))
    restored = Meeting.objects.get(pk=restored.pk)
    again = client_for_nobody().get(reverse("secretariat:minutes_json", args=[restored.pk]))
    assert again.status_code == 200  # imported minutes are public records
    assert json.loads(again.content) == exported
    assert restored.status == "published"
    assert restored.body.name == "Faggruppe for reiseliv"
    assert (restored.date, restored.start, restored.end) == (
        dt.date(2025, 3, 12), dt.time(9), dt.time(11, 30))
    assert list(restored.items.order_by("order").values_list(
        "number", "sequence", "year")) == before_items
    action = Action.objects.get(text="Lage høringssvar")
    assert (action.responsible_person.name, action.due) == ("Kari Fjellstad",
                                                            dt.date(2025, 4, 1))
    assert restored.participations.get(person__name="Mari Nordby").note == "gikk kl. 10.30"


def client_for_nobody():
    """An anonymous client (the world's users are gone after the flush)."""
    from django.test import Client

    return Client()


@pytest.mark.django_db
def test_no_organisation_or_note_is_null_in_the_record_and_the_api(world):
    """Spec v1: an unknown value is null. The attendance page left a member without an
    organisation, and everyone without a note, as "" in minutes.json, the export and
    the API's meeting; rows stored so before are read as null too."""
    held = write_minutes(world)
    client = client_for(world, "anonymous")
    exported = json.loads(client.get(
        reverse("secretariat:minutes_json", args=[held.pk])).content)
    api = json.loads(client.get(reverse("api:meeting", args=[held.pk])).content)
    for record in (exported, api):
        people = {p["name"]: (p["organization"], p["note"]) for p in record["participants"]}
        assert people["Kari Fjellstad"] == (None, None)
        assert people["Mari Nordby"] == (None, "gikk kl. 10.30")
        assert people["Hanne Havn"] == ("Ålesund havn", "sak 03/25")
    held.participations.filter(person__name="Kari Fjellstad").update(
        organization_text="", note="")
    again = json.loads(client.get(reverse("api:meeting", args=[held.pk])).content)
    kari = next(p for p in again["participants"] if p["name"] == "Kari Fjellstad")
    assert (kari["organization"], kari["note"]) == (None, None)
