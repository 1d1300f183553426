"""The iCal feed of a body, parsed back with icalendar."""

from __future__ import annotations

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import pytest
from django.urls import reverse
from icalendar import Calendar

from web.builders import make_meeting

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]
OSLO = ZoneInfo("Europe/Oslo")


def feed(client, slug: str = "kulturarv") -> Calendar:
    """Fetch and parse a body's calendar."""
    response = client.get(reverse("web:body_calendar", args=[slug]))
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return Calendar.from_ical(response.content)


def events_by_uid(calendar: Calendar) -> dict:
    """The VEVENTs keyed by UID."""
    return {str(event["UID"]): event for event in calendar.walk("VEVENT")}


def test_feed_has_one_event_per_visible_meeting_with_stable_uids(client, archive):
    events = events_by_uid(feed(client))
    assert set(events) == {f"meeting-{archive.first.id}@motebok",
                           f"meeting-{archive.second.id}@motebok"}
    assert events_by_uid(feed(client)).keys() == events.keys()


def test_event_times_are_in_oslo_time_with_a_vtimezone(client, archive):
    calendar = feed(client)
    assert [str(tz["TZID"]) for tz in calendar.walk("VTIMEZONE")] == ["Europe/Oslo"]
    event = events_by_uid(calendar)[f"meeting-{archive.first.id}@motebok"]
    assert event.start == datetime(2025, 3, 3, 10, 0, tzinfo=OSLO)
    assert event.end == datetime(2025, 3, 3, 12, 30, tzinfo=OSLO)
    assert event["DTSTART"].params["TZID"] == "Europe/Oslo"
    assert str(event["LOCATION"]) == "Rådhuset, møterom Fjorden"
    assert str(event["SUMMARY"]) == archive.first.title
    assert str(event["URL"]).endswith(reverse("web:meeting", args=[archive.first.id]))


def test_meeting_without_time_is_an_all_day_event(client, archive):
    event = events_by_uid(feed(client))[f"meeting-{archive.second.id}@motebok"]
    assert event.start == date(2025, 6, 2)


def test_a_meeting_on_the_calendar_s_last_day_is_an_event_without_an_end(client, archive):
    # a date as a restored record wrote it; an all-day event's end would be a day later
    last = make_meeting(archive.body, date.max, title="Siste dag", next_date=date.max)
    events = events_by_uid(feed(client))
    event = events[f"meeting-{last.id}@motebok"]
    assert event.start == date.max and "DTEND" not in event


def test_undated_meeting_is_left_out(client, archive):
    undated = make_meeting(archive.body, None, title="Uten dato")
    assert f"meeting-{undated.id}@motebok" not in events_by_uid(feed(client))


def test_next_meeting_announced_in_minutes_is_an_event(client, archive):
    archive.second.next_date = date(2025, 9, 1)
    archive.second.next_start = time(9, 0)
    archive.second.next_location = "Museet"
    archive.second.save()
    event = events_by_uid(feed(client))[f"next-meeting-{archive.second.id}@motebok"]
    assert event.start == datetime(2025, 9, 1, 9, 0, tzinfo=OSLO)
    assert str(event["SUMMARY"]) == "Neste møte: Faggruppe for kulturarv"
    assert str(event["LOCATION"]) == "Museet"


def test_announced_meeting_is_not_doubled_when_the_meeting_itself_is_visible(clients, archive):
    # The first meeting announces 2 June, the date of the second meeting: one event only.
    uids = set(events_by_uid(feed(clients["anonymous"])))
    assert f"next-meeting-{archive.first.id}@motebok" not in uids
    archive.second.next_date = archive.draft.date
    archive.second.save()
    # The member sees the draft on that date; the public only sees the announcement.
    assert f"next-meeting-{archive.second.id}@motebok" in events_by_uid(feed(clients["anonymous"]))
    assert f"next-meeting-{archive.second.id}@motebok" not in events_by_uid(
        feed(clients["member"]))


def test_calendar_is_named_after_the_body(client, archive):
    calendar = feed(client)
    assert str(calendar["X-WR-CALNAME"]) == "Faggruppe for kulturarv"


def test_unknown_body_feed_is_404(client, archive):
    assert client.get(reverse("web:body_calendar", args=["ukjent"])).status_code == 404
