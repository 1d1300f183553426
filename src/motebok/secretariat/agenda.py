"""Building the agenda: standard items, numbering that follows the order, moves, follow-ups.

Numbers come from the archive's ``AgendaItem.assign_number()`` (per body and year, or
per meeting). The secretariat keeps them in agenda order: when items move, the meeting's
numbers are handed out again in the new order, so "Sak 03/24" never comes before
"Sak 02/24". Deleted numbers are not reused within the year.
"""

from __future__ import annotations

from django.db import transaction
from django.db.models import F, Max

from motebok.archive.models import Action, AgendaItem, Meeting
from motebok.secretariat import audit
from motebok.secretariat.models import AuditAction, StandardItem, StandardItemKind

PER_MEETING = "per_meeting"


def items_of(meeting: Meeting) -> list[AgendaItem]:
    """The meeting's items in agenda order."""
    return list(meeting.items.order_by("order", "pk"))


def previous_meeting(meeting: Meeting) -> Meeting | None:
    """The body's last meeting before this one (by date, then start time)."""
    if meeting.date is None:
        return None
    return (Meeting.objects.filter(body=meeting.body, date__lt=meeting.date)
            .exclude(pk=meeting.pk).order_by("-date", "-start", "-pk").first())


def _standard(meeting: Meeting, kind: str) -> AgendaItem | None:
    """The meeting's standard item of one kind, if it has one."""
    link = StandardItem.objects.filter(item__meeting=meeting, kind=kind).select_related("item")
    first = link.first()
    return first.item if first else None


def _next_order(meeting: Meeting) -> int:
    """An order value after every existing item."""
    return (meeting.items.aggregate(m=Max("order"))["m"] or 0) + 1


def _create(meeting: Meeting, title: str, text: str, order: int) -> AgendaItem:
    """Create and number one item."""
    item = AgendaItem(meeting=meeting, title=title, text=text, order=order)
    item.save()
    item.assign_number()
    item.save()
    return item


@transaction.atomic
def add_standard_items(meeting: Meeting, user) -> None:
    """Give a new meeting the opening approvals and "Eventuelt" (always last)."""
    previous = previous_meeting(meeting)
    for kind in StandardItemKind:
        item = _create(meeting, kind.label, "", _next_order(meeting))
        StandardItem.objects.create(
            item=item, kind=kind.value,
            previous_meeting=previous if kind == StandardItemKind.MINUTES_APPROVAL else None)
        audit.record(user, item, AuditAction.CREATE, summary=f"{item.number} {item.title}")
    _relink_following(meeting)


def _relink_following(meeting: Meeting) -> None:
    """A meeting planned between two others becomes the "previous" of the later one."""
    later = (Meeting.objects.filter(body=meeting.body, date__gt=meeting.date)
             .order_by("date", "start", "pk").first()) if meeting.date else None
    if later is None:
        return
    StandardItem.objects.filter(item__meeting=later, kind=StandardItemKind.MINUTES_APPROVAL,
                                item__decisions__isnull=True).update(previous_meeting=meeting)


@transaction.atomic
def add_item(meeting: Meeting, title: str, text: str, user) -> AgendaItem:
    """Add an item before "Eventuelt" (or last) and number it in agenda order."""
    closing = _standard(meeting, StandardItemKind.ANY_OTHER_BUSINESS)
    if closing is not None:
        order = closing.order
        meeting.items.filter(order__gte=order).update(order=F("order") + 1)
    else:
        order = _next_order(meeting)
    item = _create(meeting, title, text, order)
    resequence(meeting)
    item.refresh_from_db()
    audit.record(user, item, AuditAction.CREATE, summary=f"{item.number} {item.title}",
                 changes={"title": [None, title], "text": [None, text]})
    return item


@transaction.atomic
def move_item(item: AgendaItem, direction: str, user) -> bool:
    """Swap an item with its neighbour ("up" or "down"); False when it is already at the end."""
    items = items_of(item.meeting)
    index = next(i for i, it in enumerate(items) if it.pk == item.pk)
    other_index = index - 1 if direction == "up" else index + 1
    if direction not in {"up", "down"} or not 0 <= other_index < len(items):
        return False
    items[index], items[other_index] = items[other_index], items[index]
    for position, it in enumerate(items, start=1):
        if it.order != position:
            AgendaItem.objects.filter(pk=it.pk).update(order=position)
    before = item.number
    resequence(item.meeting)
    item.refresh_from_db()
    audit.record(user, item, AuditAction.UPDATE, summary=f"moved {direction}",
                 changes={"number": [before, item.number]})
    return True


@transaction.atomic
def delete_item(item: AgendaItem, user) -> None:
    """Delete an item; per-meeting numbers close the gap, per-year numbers are not reused."""
    meeting = item.meeting
    audit.record(user, item, AuditAction.DELETE, summary=f"{item.number} {item.title}",
                 changes=audit.snapshot(item))
    item.delete()
    resequence(meeting)


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


def follow_ups(meeting: Meeting):
    """Open actions of the body decided at earlier meetings: they go on the agenda."""
    actions = Action.objects.open().filter(item__meeting__body=meeting.body)
    if meeting.date is not None:
        actions = actions.filter(item__meeting__date__lt=meeting.date)
    else:
        actions = actions.exclude(item__meeting=meeting)
    return actions.select_related("item__meeting", "responsible_person").order_by(
        "due", "item__meeting__date", "pk")
