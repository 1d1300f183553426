"""Building the agenda: standard items, numbering that follows the order, moves, follow-ups.

Per-year numbers ("Sak 01/25") run through the body's meetings of the year in date
order. Numbers that members may have seen stay put: those of meetings whose summons
was sent, whose minutes are being written or are approved ("settled" meetings, and
every meeting before the last of them). The meetings after that — planned, nobody
has seen their numbers — are numbered afresh after every change, so planning the
year's series first and filling the agendas later still gives 01, 02 … in meeting
order, and a deleted item's number there goes to the next item. A number deleted
from a settled meeting is not reused. Per-meeting numbers are simply 1..n.
"""

from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.db.models import F, Max, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from motebok.archive import signals
from motebok.archive.models import HELD_STATUSES, Action, AgendaItem, Meeting
from motebok.errors import MotebokError
from motebok.secretariat import audit
from motebok.secretariat.models import AuditAction, StandardItem, StandardItemKind
from motebok.vocab import MeetingStatus

PER_MEETING = "per_meeting"


def items_of(meeting: Meeting) -> list[AgendaItem]:
    """The meeting's items in agenda order."""
    return list(meeting.items.order_by("order", "pk"))


def _standard(meeting: Meeting, kind: str) -> AgendaItem | None:
    """The meeting's standard item of one kind, if it has one."""
    link = StandardItem.objects.filter(item__meeting=meeting, kind=kind).select_related("item")
    first = link.first()
    return first.item if first else None


def _next_order(meeting: Meeting) -> int:
    """An order value after every existing item."""
    return (meeting.items.aggregate(m=Max("order"))["m"] or 0) + 1


def _create(meeting: Meeting, title: str, text: str, order: int, exemption: str = "",
            title_public: bool = False) -> AgendaItem:
    """Create and number one item (closed to the public under ``exemption``, if given)."""
    item = AgendaItem(meeting=meeting, title=title, text=text, order=order,
                      exemption=exemption.strip(), title_public=title_public and bool(
                          exemption.strip()))
    item.save()
    item.assign_number()
    item.save()
    return item


@transaction.atomic
def add_standard_items(meeting: Meeting, user) -> None:
    """Give a new meeting the opening approvals and "Eventuelt" (always last)."""
    fresh: set[int] = set()
    for order, kind in enumerate(StandardItemKind, start=_next_order(meeting)):
        item = _create(meeting, kind.label, "", order)
        StandardItem.objects.create(item=item, kind=kind.value)
        fresh.add(item.pk)
    renumber_year(meeting.body, meeting.year(), fresh=fresh, caller=meeting)
    for item in items_of(meeting):
        audit.record(user, item, AuditAction.CREATE, summary=f"{item.number} {item.title}")
    relink_approvals(meeting.body)


def _held_before(body) -> dict[int, int | None]:
    """Each dated meeting of the body → the meeting before it whose minutes the next
    meeting approves; a cancelled meeting ("avlyst") has none, so it is passed over."""
    before: dict[int, int | None] = {}
    last = None
    for pk, status in (Meeting.objects.filter(body=body, date__isnull=False)
                       .order_by("date", "pk").values_list("pk", "status")):
        before[pk] = last
        if status != MeetingStatus.CANCELLED.value:
            last = pk
    return before


def relink_approvals(body) -> int:
    """Point every still-open minutes-approval item of a body at the meeting before it.

    Needed whenever a meeting is planned between two others, moved to another date,
    cancelled or reinstated;
    an approval item that already carries a decision keeps the meeting it approved.
    The body's meetings are read once and ordered as ``Meeting.previous`` orders them
    (date, then id), so planning a long series stays linear. Returns how many links
    changed.
    """
    before = _held_before(body)
    links = (StandardItem.objects.filter(item__meeting__body=body,
                                         kind=StandardItemKind.MINUTES_APPROVAL,
                                         item__decisions__isnull=True)
             .select_related("item").distinct())
    changed = 0
    for link in links:
        wanted = before.get(link.item.meeting_id)
        if link.previous_meeting_id != wanted:
            link.previous_meeting_id = wanted
            link.save(update_fields=["previous_meeting"])
            changed += 1
    return changed


@transaction.atomic
def add_item(meeting: Meeting, title: str, text: str, user, *, exemption: str = "",
             title_public: bool = False) -> AgendaItem:
    """Add an item before "Eventuelt" (or last) and number it in agenda order; with
    ``exemption`` (the legal basis) it is closed to the public from the start."""
    closing = _standard(meeting, StandardItemKind.ANY_OTHER_BUSINESS)
    if closing is not None:
        order = closing.order
        meeting.items.filter(order__gte=order).update(order=F("order") + 1)
    else:
        order = _next_order(meeting)
    item = _create(meeting, title, text, order, exemption, title_public)
    # renumber first: afterwards resequence hands the new item's number to "Eventuelt"
    renumber_year(meeting.body, meeting.year(), fresh={item.pk}, caller=meeting)
    resequence(meeting)
    item.refresh_from_db()
    changes = {"title": [None, title], "text": [None, text]}
    if item.exemption:
        changes.update(exemption=[None, item.exemption], title_public=[None, item.title_public])
    audit.record(user, item, AuditAction.CREATE, summary=f"{item.number} {item.title}",
                 changes=changes)
    return item


def swap_with_neighbour(rows: list, pk: int, direction: str) -> tuple[int, int] | None:
    """Swap the row `pk` with its neighbour ("up" or "down") in `rows`, listed in their
    order, and write the new 1..n order of the rows that moved: agenda items and an item's
    decisions and actions are reordered the same way. Their old and new places (from 1),
    or None when the row is already at that end or the direction is unknown."""
    index = next(i for i, row in enumerate(rows) if row.pk == pk)
    other = index - 1 if direction == "up" else index + 1
    if direction not in {"up", "down"} or not 0 <= other < len(rows):
        return None
    rows[index], rows[other] = rows[other], rows[index]
    for position, row in enumerate(rows, start=1):
        if row.order != position:
            type(row).objects.filter(pk=row.pk).update(order=position)
    return index + 1, other + 1


def refuse_unchangeable(meeting: Meeting, *, refresh: bool = True) -> None:
    """MotebokError when the meeting may not change (``Meeting.changeable``: it was
    cancelled, and is changed again once reinstated); the one refusal the agenda's and
    the minutes' changes share. ``refresh=False`` when the caller has just read the
    meeting's status from the database."""
    if refresh:
        meeting.refresh_from_db(fields=["status"])
    if not meeting.changeable:
        raise MotebokError(_("The meeting was cancelled: reinstate it before changing it."))


@transaction.atomic
def move_item(item: AgendaItem, direction: str, user) -> bool:
    """Swap an item with its neighbour ("up" or "down"); False when it is already at the end.

    MotebokError when the meeting is cancelled (see ``refuse_unchangeable``)."""
    refuse_unchangeable(item.meeting)
    moved = swap_with_neighbour(items_of(item.meeting), item.pk, direction)
    if moved is None:
        return False
    before = item.number
    resequence(item.meeting)
    renumber_year(item.meeting.body, item.meeting.year(), caller=item.meeting)
    item.refresh_from_db()
    # the move as the log's labelled changes (the place in the agenda, the number): a
    # summary in words would be stored in one language
    audit.record(user, item, AuditAction.UPDATE, summary=f"{item.number} {item.title}",
                 changes={"order": list(moved), "number": [before, item.number]})
    return True


@transaction.atomic
def delete_item(item: AgendaItem, user) -> None:
    """Delete an item; the gap closes unless members may have seen the numbers.

    MotebokError when the meeting is cancelled (see ``refuse_unchangeable``)."""
    meeting = item.meeting
    refuse_unchangeable(meeting)
    audit.record(user, item, AuditAction.DELETE, summary=f"{item.number} {item.title}",
                 changes=audit.snapshot(item))
    item.delete()
    resequence(meeting)
    renumber_year(meeting.body, meeting.year(), caller=meeting)


def resequence(meeting: Meeting) -> None:
    """Hand the meeting's numbers out again in agenda order.

    Per year: the meeting keeps the set of sequence numbers it already holds, sorted,
    so numbers follow the order without touching other meetings. Per meeting: 1..n.
    """
    items = [it for it in items_of(meeting) if it.sequence is not None]
    if not items:
        return
    if meeting.body.numbering == PER_MEETING:
        pool = [(n, str(n), it.year) for n, it in enumerate(items, start=1)]
    else:
        pool = sorted(((it.sequence, it.number, it.year) for it in items),
                      key=lambda t: ((t[2] or 0), t[0]))
    for it, (sequence, number, year) in zip(items, pool, strict=True):
        if (it.sequence, it.number, it.year) != (sequence, number, year):
            AgendaItem.objects.filter(pk=it.pk).update(sequence=sequence, number=number, year=year)


def _is_settled(meeting: Meeting) -> bool:
    """Whether members may have seen the meeting's numbers (summons sent, minutes begun)."""
    return (meeting.locked or meeting.status != MeetingStatus.PLANNED.value
            or meeting.summons_dispatches.exists())


def _chronological(meeting: Meeting) -> tuple:
    """Sort key: date, start time, then creation order (undated meetings last)."""
    return (meeting.date or dt.date.max, meeting.start or dt.time.min, meeting.pk)


def _set_number(item: AgendaItem, sequence: int, year: int) -> bool:
    """Store a per-year number ("07/25") on an item; False when it already had it."""
    number = f"{sequence:02d}/{year % 100:02d}"
    if (item.sequence, item.year, item.number) == (sequence, year, number):
        return False
    AgendaItem.objects.filter(pk=item.pk).update(sequence=sequence, year=year, number=number)
    item.sequence, item.year, item.number = sequence, year, number
    return True


@transaction.atomic
def renumber_year(body, year: int, fresh: set[int] | frozenset = frozenset(),
                  caller: Meeting | None = None) -> None:
    """Bring the per-year numbers of one body and year in line with the rule above.

    ``fresh`` are items just created: they get the next number after the settled
    meetings' numbers instead of counting as seen. Items numbered for another year
    (their meeting moved) are treated as fresh too. Locked meetings keep their numbers;
    an item added to one (an edit with a reason) takes the next number.
    Other meetings whose numbers changed are announced to the search index; the
    ``caller``'s meeting is announced by the caller once its change is complete.
    """
    if body.numbering == PER_MEETING:
        return
    changed = _renumber(body, year, fresh)
    for meeting in Meeting.objects.filter(pk__in=changed - {getattr(caller, "pk", None)}):
        signals.meeting_saved.send(sender=Meeting, meeting=meeting)


def _renumber(body, year: int, fresh: set[int] | frozenset) -> set[int]:
    """``renumber_year``'s work; returns the ids of meetings whose numbers changed."""
    changed: set[int] = set()
    scope = Q(date__year=year)
    if year == timezone.localdate().year:
        scope |= Q(date__isnull=True)
    meetings = sorted(Meeting.objects.filter(body=body).filter(scope), key=_chronological)
    settled_until = max((i + 1 for i, m in enumerate(meetings) if _is_settled(m)), default=0)
    items = {m.pk: [it for it in items_of(m) if it.sequence is not None] for m in meetings}
    settled, open_tail = meetings[:settled_until], meetings[settled_until:]
    counter = max((it.sequence for m in settled for it in items[m.pk]
                   if it.year == year and it.pk not in fresh), default=0)
    for meeting in settled:
        renumbered = False
        for item in items[meeting.pk]:
            # a locked meeting's own numbers stay as approved, but an item just added
            # to it (an edit with a reason) takes the next number like any other, so
            # the meetings after it count on from there
            if item.pk in fresh or (item.year != year and not meeting.locked):
                counter += 1
                renumbered = _set_number(item, counter, year) or renumbered
        if renumbered:
            if not meeting.locked:
                resequence(meeting)
            changed.add(meeting.pk)
    for meeting in open_tail:
        for item in items[meeting.pk]:
            counter += 1
            if _set_number(item, counter, year):
                changed.add(meeting.pk)
    return changed


def renumber_after_date_change(meeting: Meeting, old_year: int) -> None:
    """A moved meeting: renumber the year it left and the year (and place) it went to."""
    if meeting.body.numbering == PER_MEETING:
        return
    if old_year != meeting.year():
        renumber_year(meeting.body, old_year, caller=meeting)
    renumber_year(meeting.body, meeting.year(), caller=meeting)


@transaction.atomic
def renumber_after_numbering_change(body) -> None:
    """The body's numbering changed (per year ↔ per meeting): the agendas nobody has seen
    (meetings not settled) take numbers of the new series at once, instead of keeping
    the old ones until an item is added and then mixing both ("1, 2, 3, 09/26"). The
    numbers of settled meetings stay as members saw them."""
    open_meetings = sorted((m for m in Meeting.objects.filter(body=body).select_related("body")
                            if not _is_settled(m)), key=_chronological)
    if body.numbering == PER_MEETING:
        for meeting in open_meetings:
            before = [it.number for it in items_of(meeting)]
            resequence(meeting)
            if [it.number for it in items_of(meeting)] != before:
                signals.meeting_saved.send(sender=Meeting, meeting=meeting)
        return
    # per-meeting numbers ("1") carry a year and a sequence: count them as fresh, so
    # they take the series' next numbers even in a meeting before a settled one
    fresh = {it.pk for m in open_meetings for it in items_of(m)
             if it.sequence is not None and "/" not in (it.number or "")}
    for year in sorted({m.year() for m in open_meetings}):
        renumber_year(body, year, fresh=fresh)


def follow_ups(meeting: Meeting, *, settled: bool = False):
    """Open actions of the body decided at earlier meetings: they go on the agenda.

    A meeting of no body has none (the other meetings without a body are not its own).
    With ``settled`` only those of approved or published minutes: what a document that
    leaves the secretariat (the summons mailed to every member, accounts or not) may
    cite — a draft is seen only by those with a role on the body.
    """
    if meeting.body_id is None:
        return Action.objects.none()
    actions = Action.objects.open().filter(item__meeting__body=meeting.body)
    if settled:
        actions = actions.filter(item__meeting__status__in=HELD_STATUSES)
    if meeting.date is not None:
        actions = actions.filter(item__meeting__date__lt=meeting.date)
    else:
        actions = actions.exclude(item__meeting=meeting)
    return actions.select_related("item__meeting", "responsible_person").order_by(
        "due", "item__meeting__date", "pk")
