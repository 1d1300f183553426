"""The calendar invitation (.ics, Europe/Oslo) sent with a summons."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event, vCalAddress, vText

from motebok.archive.models import Meeting

OSLO = ZoneInfo("Europe/Oslo")
DEFAULT_LENGTH = dt.timedelta(hours=2)


def meeting_uid(meeting: Meeting) -> str:
    """A stable UID so a re-sent summons updates the same calendar entry."""
    return f"meeting-{meeting.pk}@motebok"


def meeting_event(meeting: Meeting, organizer: str = "", attendees: Iterable[str] = (),
                  description: str = "") -> Event:
    """One VEVENT: timed in Oslo time when a start is known, else an all-day event.

    A METHOD:REQUEST invitation names its organizer and attendees (RFC 5546); without
    them some calendar programs show the event but will not add it.
    """
    event = Event()
    event.add("uid", meeting_uid(meeting))
    event.add("summary", meeting.title or meeting.body.name)
    event.add("dtstamp", dt.datetime.now(dt.UTC))
    if meeting.start:
        begin = dt.datetime.combine(meeting.date, meeting.start, tzinfo=OSLO)
        finish = (dt.datetime.combine(meeting.date, meeting.end, tzinfo=OSLO)
                  if meeting.end and meeting.end > meeting.start else begin + DEFAULT_LENGTH)
        event.add("dtstart", begin)
        event.add("dtend", finish)
    else:
        event.add("dtstart", meeting.date)
        if meeting.date < dt.date.max:  # the calendar's last day (restored) has no end
            event.add("dtend", meeting.date + dt.timedelta(days=1))
    place = ", ".join(part for part in (meeting.location, meeting.link) if part)
    if place:
        event.add("location", place)
    if meeting.link:
        event.add("url", meeting.link)
    # how often the summons went out (a feed of many meetings counts them in its query)
    sent = getattr(meeting, "summons_sent", None)
    # … plus each cancel/reinstate, so calendars take the new STATUS
    sent = meeting.summons_dispatches.count() if sent is None else sent
    event.add("sequence", sent + meeting.calendar_changes)
    if meeting.cancelled:
        event.add("status", "CANCELLED")
    if description:
        event.add("description", description)
    if organizer:
        event.add("organizer", vCalAddress(f"mailto:{organizer}"))
    for address in attendees:
        attendee = vCalAddress(f"mailto:{address}")
        attendee.params["role"] = vText("REQ-PARTICIPANT")
        attendee.params["rsvp"] = vText("FALSE")
        event.add("attendee", attendee, encode=0)
    return event


def invitation(meeting: Meeting, organizer: str = "", attendees: Iterable[str] = (),
               description: str = "") -> bytes:
    """A METHOD:REQUEST calendar with the meeting and the Europe/Oslo VTIMEZONE."""
    return _calendar(meeting, "REQUEST", organizer, attendees, description)


def cancellation(meeting: Meeting, organizer: str = "", attendees: Iterable[str] = (),
                 description: str = "") -> bytes:
    """A METHOD:CANCEL calendar for a cancelled meeting (RFC 5546 3.2.5): the same UID
    as the summons' invitation and a higher SEQUENCE (``Meeting.cancel`` bumped it), so
    the attendees' calendar programs take the entry away instead of keeping it."""
    if not meeting.cancelled:
        raise ValueError("only a cancelled meeting is sent as a cancellation")
    return _calendar(meeting, "CANCEL", organizer, attendees, description)


def _calendar(meeting: Meeting, method: str, organizer: str, attendees: Iterable[str],
              description: str) -> bytes:
    """One calendar with the meeting's event under ``method``, and its VTIMEZONE."""
    if meeting.date is None:
        raise ValueError("a meeting without a date cannot be put in a calendar")
    calendar = Calendar()
    calendar.add("prodid", "-//motebok//secretariat//NO")
    calendar.add("version", "2.0")
    calendar.add("method", method)
    calendar.add_component(meeting_event(meeting, organizer, attendees, description))
    calendar.add_missing_timezones()
    return calendar.to_ical()
