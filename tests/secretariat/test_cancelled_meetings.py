"""A planned meeting can be cancelled ("avlyst") with a reason, and reinstated.

It stays listed as cancelled (reason shown, escaped), its calendar event says
STATUS:CANCELLED with a higher SEQUENCE and the same UID, the API shows the status,
and it is offered for neither minutes approval nor summons.
"""

from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError
from django.db import transaction
from django.urls import reverse
from icalendar import Calendar
from secretariat_world import PERSONAS, Scene, client_for

from motebok.errors import MotebokError
from motebok.secretariat import calendar_feed, invitation, minutes, planning, summons
from motebok.secretariat.models import AuditEntry
from motebok.vocab import MeetingStatus

REASON = "For få påmeldte <b>& sykdom</b>"


def _cancel_url(scene: Scene) -> str:
    return reverse("secretariat:meeting_cancel", args=[scene.current.pk])


def test_the_model_cancels_only_a_planned_meeting_and_reinstates_it(scene):
    meeting = scene.current
    meeting.cancel("  Sykdom  ")
    meeting.refresh_from_db()
    assert meeting.status == MeetingStatus.CANCELLED.value
    assert meeting.cancelled and meeting.cancel_reason == "Sykdom"
    assert meeting.calendar_changes == 1
    with pytest.raises(ValidationError):
        meeting.cancel()
    meeting.reinstate()
    meeting.refresh_from_db()
    assert meeting.status == MeetingStatus.PLANNED.value and meeting.cancel_reason == ""
    assert meeting.calendar_changes == 2
    with pytest.raises(ValidationError):
        meeting.reinstate()
    for held_meeting in (scene.previous, scene.approved, scene.published):
        with pytest.raises(ValidationError):
            held_meeting.cancel("for sent")


def test_cancelling_and_reinstating_is_audited(scene):
    secretary = scene.world.users["secretariat"]
    before = AuditEntry.objects.count()
    planning.cancel_meeting(scene.current, secretary, "Sykdom")
    planning.reinstate_meeting(scene.current, secretary)
    entries = list(AuditEntry.objects.order_by("pk")[before:])
    assert [e.changes["status"] for e in entries] == [
        ["planned", "cancelled"], ["cancelled", "planned"]]
    assert entries[0].changes["cancel_reason"] == ["", "Sykdom"]
    with pytest.raises(MotebokError):
        planning.cancel_meeting(scene.approved, secretary)
    with pytest.raises(MotebokError):
        planning.reinstate_meeting(scene.current, secretary)


def test_a_cancelled_meeting_gets_no_summons_and_no_approval(scene):
    secretary = scene.world.users["secretariat"]
    planning.cancel_meeting(scene.current, secretary)
    with pytest.raises(MotebokError):
        summons.send(scene.current, secretary)
    with pytest.raises(MotebokError):
        minutes.approve(scene.current, secretary)
    scene.current.refresh_from_db()
    assert scene.current.status == MeetingStatus.CANCELLED.value


@pytest.mark.postgres
def test_only_the_secretariat_may_cancel_or_reinstate(scene):
    expected = {"anonymous": 404, "outsider": 404, "member": 403, "secretariat": 302,
                "admin": 302}
    outcome = {}
    for persona in PERSONAS:
        with transaction.atomic():
            client = client_for(scene.world, persona)
            code = client.post(_cancel_url(scene), {"reason": REASON}).status_code
            scene.current.refresh_from_db()
            outcome[persona] = (code, scene.current.status)
            transaction.set_rollback(True)
        scene.current.refresh_from_db()
    assert outcome == {p: (c, "cancelled" if c == 302 else "planned")
                       for p, c in expected.items()}


def test_the_meeting_pages_show_avlyst_and_the_escaped_reason(scene):
    client = client_for(scene.world, "secretariat")
    client.post(_cancel_url(scene), {"reason": REASON})
    page = client.get(reverse("secretariat:meeting", args=[scene.current.pk]),
                      HTTP_ACCEPT_LANGUAGE="nb").content.decode()
    assert "Avlyst" in page
    assert "&lt;b&gt;&amp; sykdom&lt;/b&gt;" in page and "<b>& sykdom" not in page
    assert reverse("secretariat:meeting_reinstate", args=[scene.current.pk]) in page
    assert reverse("secretariat:summons_send", args=[scene.current.pk]) not in page
    member = client_for(scene.world, "member")
    body_page = member.get(reverse("secretariat:body", args=[scene.world.body.slug]),
                           HTTP_ACCEPT_LANGUAGE="nb").content.decode()
    assert "Avlyst" in body_page
    public = member.get(reverse("web:meeting", args=[scene.current.pk]),
                        HTTP_ACCEPT_LANGUAGE="nb").content.decode()
    assert "Avlyst" in public and "&lt;b&gt;&amp; sykdom&lt;/b&gt;" in public
    client.post(reverse("secretariat:meeting_reinstate", args=[scene.current.pk]))
    scene.current.refresh_from_db()
    assert scene.current.status == MeetingStatus.PLANNED.value


def _event(scene: Scene):
    secretary = scene.world.users["secretariat"]
    path = calendar_feed.feed_path(secretary, scene.world.body)
    ics = client_for(scene.world, "anonymous").get(path).content
    uid = invitation.meeting_uid(scene.current)
    events = [e for e in Calendar.from_ical(ics).walk("VEVENT") if str(e["uid"]) == uid]
    assert len(events) == 1
    return events[0]


def test_the_body_feed_marks_a_cancelled_meeting_and_bumps_its_sequence(scene):
    before = _event(scene)
    assert "status" not in before
    planning.cancel_meeting(scene.current, scene.world.users["secretariat"], "Sykdom")
    after = _event(scene)
    assert str(after["status"]) == "CANCELLED"
    assert int(after["sequence"]) > int(before["sequence"])
    planning.reinstate_meeting(scene.current, scene.world.users["secretariat"])
    again = _event(scene)
    assert "status" not in again and int(again["sequence"]) > int(after["sequence"])


def test_the_api_shows_the_cancelled_status(scene):
    planning.cancel_meeting(scene.current, scene.world.users["secretariat"])
    client = client_for(scene.world, "member")
    data = client.get(f"/api/v1/meetings/{scene.current.pk}/").json()
    assert data["status"] == "cancelled"
    listed = client.get("/api/v1/meetings/", {"status": "cancelled"}).json()
    assert [m["id"] for m in listed["results"]] == [scene.current.pk]


def test_the_next_meeting_approves_the_minutes_before_a_cancelled_one(scene):
    from motebok.secretariat.models import StandardItem

    secretary = scene.world.users["secretariat"]
    later = planning.plan_meeting(scene.world.body, scene.current.date.replace(month=6),
                                  planning.MeetingPlan(), secretary)

    def approves() -> int | None:
        return StandardItem.objects.get(item__meeting=later,
                                        kind="minutes_approval").previous_meeting_id

    assert approves() == scene.current.pk
    planning.cancel_meeting(scene.current, secretary, "Sykdom")
    assert approves() == scene.previous.pk
    planning.reinstate_meeting(scene.current, secretary)
    assert approves() == scene.current.pk


def test_the_agenda_of_a_cancelled_meeting_is_not_changed(scene):
    client = client_for(scene.world, "secretariat")
    planning.cancel_meeting(scene.current, scene.world.users["secretariat"])
    items = scene.current.items.count()
    response = client.post(reverse("secretariat:item_new", args=[scene.current.pk]),
                           {"title": "Nytt reisemål"})
    assert response.status_code == 400
    assert scene.current.items.count() == items
