"""Planning meetings: one by one or as a series, each with the standard agenda items."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from motebok.archive.models import Meeting, Organization
from motebok.errors import MotebokError
from motebok.secretariat import agenda, audit, minutes, summons
from motebok.secretariat.models import AuditAction
from motebok.vocab import DocumentKind, MeetingStatus

MAX_SERIES = 60


@dataclass
class MeetingPlan:
    """What a planned meeting needs besides its date."""

    title: str = ""
    start: dt.time | None = None
    end: dt.time | None = None
    mode: str = ""
    location: str = ""
    link: str = ""


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` later, clamped to the month's last day (31 Jan → 28 Feb)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


#: The years a meeting can be planned in: a date outside them is a slip of the keyboard
#: (year 20255, 0025), and a calendar cannot hold such a meeting's end.
PLANNED_YEARS = range(1900, 2200)


def check_day(day: dt.date) -> dt.date:
    """``day`` when a meeting can be planned on it; MotebokError otherwise."""
    if day.year not in PLANNED_YEARS:
        raise MotebokError(_("%(date)s is outside the years meetings are planned in (%(first)d–"
                             "%(last)d).") % {"date": day.isoformat(),
                                              "first": PLANNED_YEARS[0],
                                              "last": PLANNED_YEARS[-1]})
    return day


def series_dates(first: dt.date, every_months: int, count: int) -> list[dt.date]:
    """``count`` dates, ``every_months`` apart, counted from ``first`` (no drift on the 31st)."""
    if every_months < 1 or not 1 <= count <= MAX_SERIES:
        raise MotebokError(_("A series needs an interval of at least 1 month and 1–%(max)d "
                             "meetings.") % {"max": MAX_SERIES})
    check_day(first)
    last = add_months(first, every_months * (count - 1))  # within range: years < 2200 + 100
    check_day(last)
    return [add_months(first, every_months * n) for n in range(count)]


_NUMERIC = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})$")


def parse_date_list(text: str) -> list[dt.date]:
    """Dates written one per line (or comma-separated) as 2025-03-14 or 14.3.2025.

    Raises MotebokError naming the first entry that is not a date.
    """
    dates = []
    for raw in re.split(r"[\n,;]+", text):
        entry = raw.strip()
        if not entry:
            continue
        dates.append(check_day(_parse_one_date(entry)))
    if not dates:
        raise MotebokError(_("No dates given."))
    if len(dates) > MAX_SERIES:
        raise MotebokError(_("At most %(max)d dates at a time.") % {"max": MAX_SERIES})
    return sorted(set(dates))


def _parse_one_date(entry: str) -> dt.date:
    """One date in ISO or Norwegian numeric form; two-digit years are 20xx."""
    try:
        match = _NUMERIC.match(entry)
        if match:
            day, month, year = (int(g) for g in match.groups())
            return dt.date(year + 2000 if year < 100 else year, month, day)
        return dt.date.fromisoformat(entry)
    except ValueError:
        raise MotebokError(_("Not a date: %(entry)s (write 14.3.2025 or 2025-03-14).")
                           % {"entry": repr(entry)}) from None


def default_title(body: Organization) -> str:
    """The title a planned meeting gets when the secretariat gives none."""
    return f"Møte i {body.name}"


@transaction.atomic
def plan_meeting(body: Organization, day: dt.date, plan: MeetingPlan, user) -> Meeting:
    """Create one planned meeting with its standard agenda items, and audit it."""
    meeting = Meeting.objects.create(
        body=body, title=plan.title or default_title(body), date=day, start=plan.start,
        end=plan.end, mode=plan.mode, location=plan.location, link=plan.link,
        status=MeetingStatus.PLANNED.value, kind=DocumentKind.MINUTES.value,
    )
    audit.record(user, meeting, AuditAction.CREATE, body=body,
                 summary=f"{meeting.title} {day.isoformat()}", changes=audit.snapshot(meeting))
    agenda.add_standard_items(meeting, user)
    minutes.announce(meeting)
    return meeting


@transaction.atomic
def plan_series(body: Organization, days: list[dt.date], plan: MeetingPlan, user) -> list[Meeting]:
    """Plan one meeting per date, oldest first so each links the one before it."""
    return [plan_meeting(body, day, plan, user) for day in sorted(days)]


def removable(meeting: Meeting) -> bool:
    """Whether a meeting can still be taken back (planned by mistake, or cancelled
    before anyone was summoned): still only planned, not locked, no summons sent.

    Once the summons is out or minutes are begun, members have seen its date and its
    item numbers, and the record must stay.
    """
    return (meeting.status == MeetingStatus.PLANNED.value and not meeting.locked
            and not meeting.summons_dispatches.exists())


@transaction.atomic
def remove_planned(meeting: Meeting, user) -> None:
    """Delete a removable meeting with its agenda and files; MotebokError otherwise.

    The meetings after it that nobody has seen take its item numbers, and the next
    meeting's minutes approval points at the meeting before it again.
    """
    if not removable(meeting):
        raise MotebokError(_("Only a planned meeting whose summons was not sent and whose "
                             "minutes are not begun can be removed."))
    body, year = meeting.body, meeting.year()
    audit.record(user, meeting, AuditAction.DELETE, body=body,
                 summary=f"{meeting.title} {meeting.date.isoformat() if meeting.date else ''}",
                 changes=audit.snapshot(meeting))
    for attachment in meeting.attachments.all():
        attachment.remove()  # its stored file too, once the deletion is committed
    meeting.delete()
    agenda.renumber_year(body, year)
    agenda.relink_approvals(body)


@transaction.atomic
def cancel_meeting(meeting: Meeting, user, reason: str = "") -> list[str]:
    """Cancel ("avlyse") a planned meeting with an optional reason, audit it, and tell
    everyone the summons reached (``summons.send_cancellation``); returns who was told.

    MotebokError when the meeting is not planned (its minutes are begun or approved),
    or when the cancellation cannot be sent (then nothing changes).
    """
    before = meeting.status
    try:
        meeting.cancel(reason)
    except ValidationError as error:
        raise MotebokError(" ".join(error.messages)) from error
    audit.record(user, meeting, AuditAction.UPDATE, body=meeting.body,
                 summary=_("cancelled: %(reason)s") % {"reason": meeting.cancel_reason or "—"},
                 changes={"status": [before, meeting.status],
                          "cancel_reason": ["", meeting.cancel_reason]})
    agenda.relink_approvals(meeting.body)
    return summons.send_cancellation(meeting, user)


@transaction.atomic
def reinstate_meeting(meeting: Meeting, user) -> None:
    """Put a cancelled meeting back in the plan as planned, and audit it."""
    before, reason = meeting.status, meeting.cancel_reason
    try:
        meeting.reinstate()
    except ValidationError as error:
        raise MotebokError(" ".join(error.messages)) from error
    audit.record(user, meeting, AuditAction.UPDATE, body=meeting.body,
                 summary=_("reinstated"),
                 changes={"status": [before, meeting.status], "cancel_reason": [reason, ""]})
    agenda.relink_approvals(meeting.body)
