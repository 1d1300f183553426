"""iCal feeds: a body's meetings, or those of every body (or of the bodies chosen), as a
calendar that phones and mail clients subscribe to.

Built with the icalendar library (it writes the Europe/Oslo VTIMEZONE and folds lines
correctly). UIDs are stable (``meeting-<id>@motebok``), so a client that polls again
updates events instead of duplicating them, and a meeting is the same event in a body's
feed and in the feed of all bodies. Both feeds show what the requester may see (the
public: published minutes and the next meetings they announce; a member of a body
also its drafts and planned meetings), a cancelled meeting as a cancelled event.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from django.conf import settings
from django.db.models import Q
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe
from icalendar import Calendar, Event

from motebok.archive.models import Organization
from motebok.web import queries

PRODID = "-//motebok//motebok calendar//NB"
UID_DOMAIN = "motebok"
#: The feed of all bodies shows meetings from this many days back onwards (and the next
#: meetings announced from then on): the coming meetings, with the last weeks' still in
#: view, never the whole archive's history (a body's own feed has that).
ALL_BODIES_PAST_DAYS = 90
#: The most bodies one feed of all bodies may be narrowed to (``?body=…&body=…``).
MAX_CHOSEN_BODIES = 50


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
    if meeting.cancelled:  # (members see planned meetings, so also cancelled ones)
        event.add("status", "CANCELLED")
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


def build_calendar(request: HttpRequest, name: str, uid: str, meetings,
                   since: date | None = None) -> Calendar:
    """A VCALENDAR of dated, visible meetings (their bodies loaded) and the next meetings
    they announce, each announced one only when its body has no meeting that day.

    ``since``: only meetings, and announced meetings, on that day or later.
    """
    zone = ZoneInfo(settings.TIME_ZONE)
    calendar = Calendar.new(prodid=PRODID, name=name, uid=uid)
    dated = [meeting for meeting in meetings if meeting.date is not None]
    for meeting in dated:
        if since is None or meeting.date >= since:
            calendar.add_component(meeting_event(request, meeting, zone))
    known_dates = {(meeting.body_id, meeting.date) for meeting in dated}
    for meeting in dated:
        key = (meeting.body_id, meeting.next_date)
        if meeting.next_date is not None and key not in known_dates \
                and (since is None or meeting.next_date >= since):
            calendar.add_component(announced_event(request, meeting, zone))
            known_dates.add(key)
    calendar.add_missing_timezones()
    return calendar


def _calendar_response(calendar: Calendar, filename: str) -> HttpResponse:
    """The feed as an iCal response."""
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{filename}.ics"'
    return response


@require_safe
def body_calendar(request: HttpRequest, slug: str) -> HttpResponse:
    """``/bodies/<slug>/calendar.ics``: only meetings the requester may see."""
    body = get_object_or_404(Organization, slug=slug)
    meetings = list(queries.body_meetings(request.user, body))
    for meeting in meetings:
        meeting.body = body
    calendar = build_calendar(request, body.name, f"body-{body.slug}@{UID_DOMAIN}", meetings)
    return _calendar_response(calendar, body.slug)


def chosen_bodies(request: HttpRequest) -> list[Organization] | None:
    """The bodies ``?body=`` names (slugs or ids, repeated), in the order of their
    names; None when none is named; a 404 for a body that does not exist (a
    subscription to a mistyped address must not quietly show every body)."""
    wanted = list(dict.fromkeys(value.strip() for value in request.GET.getlist("body")
                                if value.strip()))
    if not wanted:
        return None
    if len(wanted) > MAX_CHOSEN_BODIES:
        raise Http404(f"At most {MAX_CHOSEN_BODIES} bodies")
    ids = [int(value) for value in wanted if value.isascii() and value.isdecimal()]
    slugs = [value for value in wanted if not (value.isascii() and value.isdecimal())]
    bodies = list(Organization.objects.filter(Q(pk__in=ids) | Q(slug__in=slugs))
                  .order_by("name", "pk"))
    found = {str(body.pk) for body in bodies} | {body.slug for body in bodies}
    if any(value not in found for value in wanted):
        raise Http404("No such body")
    return bodies


@require_safe
def all_calendar(request: HttpRequest) -> HttpResponse:
    """``/calendar.ics[?body=…&body=…]``: the meetings of every body, or of the bodies
    chosen, that the requester may see, from ``ALL_BODIES_PAST_DAYS`` ago on (and the
    next meetings announced from then on), in two queries."""
    bodies = chosen_bodies(request)
    since = timezone.localdate() - timedelta(days=ALL_BODIES_PAST_DAYS)
    meetings = queries.visible_meetings(request.user).filter(
        Q(date__gte=since) | Q(next_date__gte=since)).order_by("date", "start", "pk")
    if bodies is not None:
        meetings = meetings.filter(body__in=bodies)
        name = ", ".join(body.name for body in bodies)
        uid = "bodies-" + "-".join(str(body.pk) for body in sorted(bodies, key=lambda b: b.pk))
    else:
        name = _("Meetings of all bodies")
        uid = "all-bodies"
    calendar = build_calendar(request, name, f"{uid}@{UID_DOMAIN}", list(meetings), since)
    return _calendar_response(calendar, "motebok" if bodies is None else "motebok-bodies")
