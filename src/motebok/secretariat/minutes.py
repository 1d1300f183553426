"""Writing minutes, approving and publishing them, and versioning locked records.

A locked meeting (approved minutes) changes only through ``editing(meeting, user,
reason)``: the change is saved, the meeting's version goes up by one, and the new state
is frozen as a MinutesVersion with the reason, next to an audit entry.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from django.db import transaction
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from motebok.archive.models import Action, AgendaItem, Decision, Meeting
from motebok.errors import MotebokError
from motebok.secretariat import audit
from motebok.secretariat.agenda import refuse_unchangeable, swap_with_neighbour
from motebok.secretariat.models import (
    APPROVED_DECISION,
    SUMMONS_APPROVED_DECISION,
    AuditAction,
    MinutesVersion,
    StandardItem,
    StandardItemKind,
    held,
)
from motebok.vocab import ActionStatus, MeetingStatus


class LockedError(MotebokError):
    """A locked record was about to change without a reason for the new version."""


def announce(meeting: Meeting) -> None:
    """Tell listeners (search) that the meeting's content changed, as an import would."""
    from motebok.archive.signals import meeting_saved

    meeting_saved.send(sender=Meeting, meeting=meeting)


def minutes_snapshot(meeting: Meeting) -> dict[str, Any]:
    """The meeting as a minutes record (spec v1), as the archive exports it.

    Read from a fresh row: the exporter caches related rows on the instance it is
    given, and a snapshot must never show what was there before an edit.
    """
    from motebok.archive import exporter

    return exporter.meeting_to_record(Meeting.objects.get(pk=meeting.pk)).to_dict()


def freeze(meeting: Meeting, user, reason: str) -> MinutesVersion:
    """Store the meeting's current minutes as the snapshot of its current version."""
    version, _created = MinutesVersion.objects.update_or_create(
        meeting=meeting, version=meeting.version,
        defaults={"snapshot": minutes_snapshot(meeting), "reason": reason,
                  "author": user if getattr(user, "is_authenticated", False) else None,
                  "created_at": timezone.now()},
    )
    return version


@contextmanager
def editing(meeting: Meeting, user, reason: str = "") -> Iterator[None]:
    """Wrap a change to a meeting's minutes; a locked meeting gets a new version.

    Raises LockedError before anything changes when a locked meeting has no reason,
    and MotebokError when the meeting was cancelled.
    """
    reason = (reason or "").strip()
    meeting.refresh_from_db(fields=["locked", "version", "status"])
    refuse_unchangeable(meeting, refresh=False)  # no minutes for a meeting not held
    if meeting.locked and not reason:
        raise LockedError(_("These minutes are approved and locked: give a reason for the "
                            "change."))
    with transaction.atomic():
        yield
        if meeting.locked:
            new_version(meeting, user, reason)
        announce(meeting)


def new_version(meeting: Meeting, user, reason: str) -> MinutesVersion:
    """Bump the version of a locked meeting, freeze it, and audit the bump."""
    before = meeting.version
    Meeting.objects.filter(pk=meeting.pk).update(version=before + 1)
    meeting.refresh_from_db()
    version = freeze(meeting, user, reason)
    audit.record(user, meeting, AuditAction.VERSION, body=meeting.body, summary=reason,
                 changes={"version": [before, meeting.version]})
    return version


@transaction.atomic
def approve(meeting: Meeting, user, at: dt.datetime | None = None) -> MinutesVersion:
    """Approve and lock a meeting's minutes and freeze the approved text; ``at``: when
    they were approved, if not now (``approved_in``)."""
    if meeting.status in {MeetingStatus.APPROVED.value, MeetingStatus.PUBLISHED.value}:
        raise MotebokError(_("These minutes are already approved."))
    if meeting.status == MeetingStatus.CANCELLED.value:
        raise MotebokError(_("The meeting was cancelled: it has no minutes to approve."))
    if not held(meeting):
        raise MotebokError(_("The meeting of %(date)s has not been held yet: its minutes "
                             "cannot be approved.") % {"date": date_format(meeting.date)})
    before = meeting.status
    meeting.approve(user, at)
    meeting.refresh_from_db()
    if not meeting.locked:
        Meeting.objects.filter(pk=meeting.pk).update(locked=True)
        meeting.refresh_from_db()
    version = freeze(meeting, user, APPROVED_DECISION)
    announce(meeting)
    audit.record(user, meeting, AuditAction.APPROVE, body=meeting.body,
                 summary=meeting.title,
                 changes={"status": [before, meeting.status], "locked": [False, True]})
    return version


@transaction.atomic
def approve_previous(item: AgendaItem, user) -> Meeting:
    """Record "Referatet ble godkjent" on the approval item and approve the previous minutes."""
    link = StandardItem.objects.filter(item=item, kind=StandardItemKind.MINUTES_APPROVAL).first()
    if link is None:
        raise MotebokError(_("This item is not the approval of the previous minutes."))
    previous = link.previous_meeting
    if previous is None:
        raise MotebokError(_("There is no previous meeting to approve."))
    with editing(item.meeting, user, "Godkjenning av forrige referat"):
        if not item.decisions.filter(text=APPROVED_DECISION).exists():
            decision = Decision.objects.create(item=item, text=APPROVED_DECISION,
                                               order=item.decisions.count() + 1)
            audit.record(user, decision, AuditAction.CREATE, body=item.meeting.body,
                         summary=APPROVED_DECISION)
        start_minutes(item.meeting)  # a decision recorded: this meeting's minutes begun
    approve(previous, user, approved_in(item.meeting))
    return previous


def approved_in(meeting: Meeting) -> dt.datetime | None:
    """When minutes approved at ``meeting`` were approved: on its day (at its start,
    else noon) once it is held — the secretary records it some days later, and the
    document's "Godkjent 03.12.2026" must name the meeting's day, not the click's;
    None (now) for a meeting still to come. Never later than now: recorded on the
    meeting's day before the hour it starts (or before noon), it was approved now."""
    if meeting.date is None or meeting.date > timezone.localdate():
        return None
    at = timezone.make_aware(dt.datetime.combine(meeting.date, meeting.start or dt.time(12)))
    return min(at, timezone.now())


def check_removable(decision: Decision) -> None:
    """MotebokError when the decision approved the previous minutes (``StandardItem.keeps``)."""
    standard = StandardItem.objects.filter(item_id=decision.item_id).select_related(
        "previous_meeting").first()
    if standard is not None and standard.keeps(decision):
        raise MotebokError(_("This decision approved the previous minutes, which are locked: "
                             "it cannot be removed."))


@transaction.atomic
def approve_summons(item: AgendaItem, user) -> Decision:
    """Record "Innkalling og saksliste ble godkjent" on the meeting's first standard item.

    Recording it twice is refused, so a double click does not write two decisions.
    """
    if not StandardItem.objects.filter(item=item,
                                       kind=StandardItemKind.SUMMONS_APPROVAL).exists():
        raise MotebokError(_("This item is not the approval of the summons and agenda."))
    if item.decisions.filter(text=SUMMONS_APPROVED_DECISION).exists():
        raise MotebokError(_("The summons and agenda are already approved."))
    if not item.meeting.in_preparation:  # the page offers it only then (StandardItem)
        raise MotebokError(_("The minutes are approved: the summons can no longer be "
                             "approved."))
    with editing(item.meeting, user, SUMMONS_APPROVED_DECISION):
        decision = Decision.objects.create(item=item, text=SUMMONS_APPROVED_DECISION,
                                           order=item.decisions.count() + 1)
        start_minutes(item.meeting)
        audit.record(user, decision, AuditAction.CREATE, body=item.meeting.body,
                     summary=SUMMONS_APPROVED_DECISION)
    return decision


@transaction.atomic
def publish(meeting: Meeting, user) -> None:
    """Publish approved minutes so the public can read them."""
    if meeting.status != MeetingStatus.APPROVED.value:
        raise MotebokError(_("Only approved minutes can be published."))
    meeting.publish(user)
    meeting.refresh_from_db()
    announce(meeting)
    audit.record(user, meeting, AuditAction.PUBLISH, body=meeting.body, summary=meeting.title,
                 changes={"status": [MeetingStatus.APPROVED.value, meeting.status]})


def start_minutes(meeting: Meeting) -> None:
    """A planned meeting becomes a draft as soon as someone writes minutes for it."""
    if meeting.status == MeetingStatus.PLANNED.value:
        Meeting.objects.filter(pk=meeting.pk).update(status=MeetingStatus.DRAFT.value)
        meeting.status = MeetingStatus.DRAFT.value


# --- decisions and actions edited in place while the minutes are written -------------------


def check_editable_in_place(meeting: Meeting) -> None:
    """MotebokError unless the meeting's minutes are still being written (planned or
    draft, not locked): once approved or published, what the body decided is the
    approved record, and a changed word there is no edit in place."""
    meeting.refresh_from_db(fields=["status", "locked"])
    refuse_unchangeable(meeting, refresh=False)
    if not meeting.in_preparation or meeting.locked:
        raise MotebokError(_("These minutes are approved: their decisions and actions are "
                             "no longer edited in place."))


@transaction.atomic
def edit_recorded(row: Decision | Action, user, **values: Any) -> dict[str, list]:
    """Change a decision's or an action's fields in place (``values``: field → value),
    audit the difference, and return it ({} when nothing changed).

    An action whose ``status`` changes gets the matching done time: now when it is set
    done, none (and no note) when it is opened again. MotebokError when the minutes are
    no longer a draft, or the decision is one that approved the previous minutes.
    """
    meeting = row.item.meeting
    check_editable_in_place(meeting)
    if isinstance(row, Decision):
        try:
            check_removable(row)
        except MotebokError:
            raise MotebokError(_("This decision approved the previous minutes, which are "
                                 "locked: it cannot be changed.")) from None
    before = audit.snapshot(row)
    status = values.pop("status", None)
    for name, value in values.items():
        setattr(row, name, value)
    if isinstance(row, Action) and status is not None and status != row.status:
        row.status = status
        done = status == ActionStatus.DONE.value
        row.done_at = timezone.now() if done else None
        row.done_note = row.done_note if done else ""
    row.save()
    changes = audit.diff(before, audit.snapshot(row))
    if changes:
        start_minutes(meeting)
        audit.record(user, row, AuditAction.UPDATE, body=meeting.body,
                     summary=row.text[:200], changes=changes)
        announce(meeting)
    return changes


@transaction.atomic
def move_recorded(row: Decision | Action, direction: str, user) -> bool:
    """Swap a decision or action with its neighbour on the same item ("up"/"down"), as
    the minutes list them; False when it is already at that end (or no direction).
    MotebokError when the minutes are no longer a draft."""
    meeting = row.item.meeting
    check_editable_in_place(meeting)
    rows = list(type(row).objects.filter(item_id=row.item_id).order_by("order", "pk"))
    moved = swap_with_neighbour(rows, row.pk, direction)
    if moved is None:
        return False
    audit.record(user, row, AuditAction.UPDATE, body=meeting.body, summary=row.text[:200],
                 changes={"order": list(moved)})
    announce(meeting)
    return True
