"""iCal feeds: a body's meetings as a calendar that phones and mail clients subscribe to.

Built with the icalendar library (it writes the Europe/Oslo VTIMEZONE and folds lines
correctly). UIDs are stable (``meeting-<id>@motebok``), so a client that polls again
updates events instead of duplicating them.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe
from icalendar import Calendar, Event

from motebok.archive.models import Organization
from motebok.web import queries

PRODID = "-//motebok//motebok calendar//NB"
UID_DOMAIN = "motebok"


def meeting_uid(meeting) -> str:
    """The event UID of a meeting; it never changes while the meeting exists."""
    return f"meeting-{meeting.id}@{UID_DOMAIN}"


def _day_after(day):
    """The end of an all-day event on ``day``; None on the calendar's last day (a date
    restored from a record as written), where the event then has no end."""
    return day + timedelta(days=1) if day < day.max else None


def _start_and_end(meeting, zone: ZoneInfo):
    """Event start and end: local times when known, otherwise an all-day event."""
    if meeting.start is None:
        return meeting.date, _day_after(meeting.date)
    start = datetime.combine(meeting.date, meeting.start, tzinfo=zone)
    end = datetime.combine(meeting.date, meeting.end, tzinfo=zone) if meeting.end else None
    if end is not None and end <= start:
        end = None
    return start, end


def meeting_event(request: HttpRequest, meeting, zone: ZoneInfo) -> Event:
    """One VEVENT for a dated meeting, linking back to its page."""
    start, end = _start_and_end(meeting, zone)
    event = Event.new(
        uid=meeting_uid(meeting),
        summary=meeting.title or meeting.body.name,
        start=start,
        end=end,
        location=meeting.location or None,
        url=request.build_absolute_uri(reverse("web:meeting", args=[meeting.id])),
        stamp=meeting.updated_at,
    )
    return event


def announced_event(request: HttpRequest, meeting, zone: ZoneInfo) -> Event:
    """A VEVENT for the next meeting announced at the end of ``meeting``'s minutes.

    Subscribers then see the coming meeting before its own minutes exist; the UID is
    tied to the announcing meeting, so it stays stable too.
    """
    start = (datetime.combine(meeting.next_date, meeting.next_start, tzinfo=zone)
             if meeting.next_start else meeting.next_date)
    end = None if meeting.next_start else _day_after(meeting.next_date)
    return Event.new(
        uid=f"next-meeting-{meeting.id}@{UID_DOMAIN}",
        summary=_("Next meeting: %(body)s") % {"body": meeting.body.name},
        start=start,
        end=end,
        location=meeting.next_location or None,
        url=request.build_absolute_uri(reverse("web:meeting", args=[meeting.id])),
        stamp=meeting.updated_at,
    )


def build_calendar(request: HttpRequest, body, meetings) -> Calendar:
    """The VCALENDAR of one body: its dated, visible meetings and announced next ones."""
    zone = ZoneInfo(settings.TIME_ZONE)
    calendar = Calendar.new(prodid=PRODID, name=body.name, uid=f"body-{body.slug}@{UID_DOMAIN}")
    dated = [meeting for meeting in meetings if meeting.date is not None]
    for meeting in dated:
        calendar.add_component(meeting_event(request, meeting, zone))
    known_dates = {meeting.date for meeting in dated}
    for meeting in dated:
        if meeting.next_date is not None and meeting.next_date not in known_dates:
            calendar.add_component(announced_event(request, meeting, zone))
            known_dates.add(meeting.next_date)
    calendar.add_missing_timezones()
    return calendar


@require_safe
def body_calendar(request: HttpRequest, slug: str) -> HttpResponse:
    """``/bodies/<slug>/calendar.ics``: only meetings the requester may see."""
    body = get_object_or_404(Organization, slug=slug)
    meetings = list(queries.body_meetings(request.user, body))
    for meeting in meetings:
        meeting.body = body
    calendar = build_calendar(request, body, meetings)
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{body.slug}.ics"'
    return response
