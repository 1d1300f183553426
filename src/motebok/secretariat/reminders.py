"""Reminding people of their open actions (``motebok remind``): one e-mail per person.

Which actions: open ones with a responsible person who has an e-mail address, due
within a number of days or overdue (``ActionQuerySet.overdue``, the actions page's
rule), from approved or published meetings (a draft's actions are not settled yet).
What was sent is written to the audit log: one ``send`` entry per person and body, in
that body's log, with the ids of the body's actions the e-mail listed. That is also how a
second run the same day knows what to leave out: an action is reminded of once a day, so
a person with a new action due gets it alone, and a run for some bodies (``--body``) and
a run for all leave out only what the other listed.
"""

from __future__ import annotations

import datetime as dt
import smtplib
from dataclasses import dataclass, field

from django.conf import settings
from django.core.mail import EmailMultiAlternatives, get_connection
from django.db.models import Q
from django.urls import reverse
from django.utils import formats, timezone, translation
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from motebok.archive.models import HELD_STATUSES, Action, Organization, Person
from motebok.errors import MotebokError
from motebok.secretariat.models import AuditAction, AuditEntry
from motebok.secretariat.summons import address_of_person

DEFAULT_DAYS = 7
# The audit entry's summary starts with this: how a run finds today's reminders.
SUMMARY_PREFIX = "reminder:"


@dataclass
class Reminder:
    """One person's e-mail: their open actions, overdue first, then by due date."""

    person: Person
    actions: list[Action] = field(default_factory=list)
    overdue: set[int] = field(default_factory=set)

    @property
    def address(self) -> str:
        """Where the reminder goes: where the summons would go (the user account's e-mail,
        else the person's)."""
        return address_of_person(self.person).strip()


def due_actions(today: dt.date, days: int = DEFAULT_DAYS,
                bodies: list[Organization] | None = None):
    """Open actions of people with an e-mail address, due by ``today + days`` or
    overdue, in approved or published meetings of ``bodies`` (and their working
    groups; None: every body), ordered by person, due date, meeting and item."""
    horizon = today + dt.timedelta(days=days)
    actions = (Action.objects.filter(responsible_person__isnull=False,
                                     item__meeting__status__in=HELD_STATUSES)
               .exclude(Q(responsible_person__email="")
                        & (Q(responsible_person__user__isnull=True)
                           | Q(responsible_person__user__email=""))))
    if bodies is not None:
        ids = [body.pk for body in bodies]
        actions = actions.filter(Q(item__meeting__body_id__in=ids)
                                 | Q(item__meeting__body__parent_id__in=ids))
    chosen = actions.overdue(today) | actions.open().filter(due__gte=today, due__lte=horizon)
    return (chosen.select_related("item__meeting__body", "responsible_person__user")
            .order_by("responsible_person__name", "responsible_person_id", "due",
                      "item__meeting__date", "item__order", "order", "pk"))


def reminders(today: dt.date, days: int = DEFAULT_DAYS,
              bodies: list[Organization] | None = None) -> list[Reminder]:
    """The e-mails to send: one per person, in name order (one query)."""
    by_person: dict[int, Reminder] = {}
    for action in due_actions(today, days, bodies):
        reminder = by_person.setdefault(action.responsible_person_id,
                                        Reminder(action.responsible_person))
        reminder.actions.append(action)
        if action.is_overdue(today):
            reminder.overdue.add(action.pk)
    for reminder in by_person.values():  # overdue first, each group by due date
        reminder.actions.sort(key=lambda a: a.pk not in reminder.overdue)
    return list(by_person.values())


def reminded_today(today: dt.date) -> set[int]:
    """Ids of the actions a reminder listed on ``today`` (local day), from the log's
    entries (``send``'s ``actions``)."""
    start = timezone.make_aware(dt.datetime.combine(today, dt.time.min))
    rows = AuditEntry.objects.filter(
        model=Person._meta.label_lower, action=AuditAction.SEND,
        summary__startswith=SUMMARY_PREFIX, at__gte=start,
        at__lt=start + dt.timedelta(days=1)).values_list("changes", flat=True)
    return {pk for changes in rows for pk in _listed(changes)}


def _listed(changes: object) -> list[int]:
    """The action ids a reminder's log entry lists (``{"actions": [None, [ids]]}``, the
    log's old → new shape); none for an entry of another shape."""
    pair = changes.get("actions") if isinstance(changes, dict) else None
    if not (isinstance(pair, list) and len(pair) == 2 and isinstance(pair[1], list)):
        return []
    return [pk for pk in pair[1] if isinstance(pk, int) and not isinstance(pk, bool)]


def without_reminded(batch: list[Reminder],
                     done: set[int]) -> tuple[list[Reminder], list[Reminder]]:
    """The reminders still to send, each without the actions in ``done`` (listed by a
    reminder today: once a day per action), and those left with none (whose person was
    reminded of all of them today)."""
    left, skipped = [], []
    for reminder in batch:
        actions = [action for action in reminder.actions if action.pk not in done]
        if not actions:
            skipped.append(reminder)
        elif len(actions) == len(reminder.actions):
            left.append(reminder)
        else:
            left.append(Reminder(reminder.person, actions,
                                 {pk for pk in reminder.overdue if pk not in done}))
    return left, skipped


def _day(value: dt.date | None) -> str:
    """A date in the active language's own format ("7. desember 2026")."""
    return formats.date_format(value, "DATE_FORMAT") if value else ""


def meeting_link(action: Action) -> str:
    """The meeting page's address when MOTEBOK_BASE_URL is set, else ""."""
    base = getattr(settings, "MOTEBOK_BASE_URL", "")
    if not base:
        return ""
    return base + reverse("web:meeting", args=[action.item.meeting_id])


def _facts(reminder: Reminder, action: Action) -> dict[str, str]:
    """What the e-mail says about one action, as text (escaped by the HTML part)."""
    meeting, item = action.item.meeting, action.item
    due = _day(action.due) if action.due else _("no due date")
    return {
        "text": " ".join(action.text.split()),
        "meeting": " ".join(x for x in (meeting.body_name, _day(meeting.date)) if x),
        "item": " ".join(" ".join(x.split()) for x in (item.number, item.title) if x),
        "due": due,
        "overdue": _("overdue") if action.pk in reminder.overdue else "",
        "link": meeting_link(action),
    }


def subject_of(reminder: Reminder) -> str:
    """ "Påminnelse: 3 åpne oppfølgingspunkter" in the active language."""
    count = len(reminder.actions)
    return ngettext("Reminder: %(count)d open action",
                    "Reminder: %(count)d open actions", count) % {"count": count}


def message_text(reminder: Reminder) -> str:
    """The plain-text body: a greeting and one block per action (nothing escaped: a mail
    program shows text as it is)."""
    lines = [_("Hello %(name)s,") % {"name": reminder.person.name}, "",
             _("You are responsible for these open actions:"), ""]
    for action in reminder.actions:
        facts = _facts(reminder, action)
        lines.append(f"- {facts['text']}")
        lines.append("  " + _("Meeting: %(meeting)s") % {"meeting": facts["meeting"]})
        if facts["item"]:
            lines.append("  " + _("Item: %(item)s") % {"item": facts["item"]})
        due = _("Due: %(due)s") % {"due": facts["due"]}
        lines.append("  " + (f"{due} ({facts['overdue'].upper()})" if facts["overdue"]
                             else due))
        if facts["link"]:
            lines.append(f"  {facts['link']}")
        lines.append("")
    lines.append(_("Mark an action done in motebok when it is done."))
    return "\n".join(lines) + "\n"


def message_html(reminder: Reminder) -> str:
    """The HTML alternative: the same facts, every one of them escaped."""
    rows = []
    for action in reminder.actions:
        facts = _facts(reminder, action)
        parts = [format_html("<strong>{}</strong>", facts["text"]),
                 format_html("{}", _("Meeting: %(meeting)s") % {"meeting": facts["meeting"]})]
        if facts["item"]:
            parts.append(format_html("{}", _("Item: %(item)s") % {"item": facts["item"]}))
        due = format_html("{}", _("Due: %(due)s") % {"due": facts["due"]})
        if facts["overdue"]:
            due = format_html('{} <strong style="color:#b00">{}</strong>', due,
                              facts["overdue"])
        parts.append(due)
        if facts["link"]:
            parts.append(format_html('<a href="{}">{}</a>', facts["link"],
                                     _("Open the meeting")))
        rows.append(format_html_join(mark_safe("<br>"), "{}", ((p,) for p in parts)))
    items = format_html_join("", "<li>{}</li>", ((row,) for row in rows))
    return format_html(
        "<p>{}</p><p>{}</p><ul>{}</ul><p>{}</p>",
        _("Hello %(name)s,") % {"name": reminder.person.name},
        _("You are responsible for these open actions:"), items,
        _("Mark an action done in motebok when it is done."))


def build_message(reminder: Reminder) -> EmailMultiAlternatives:
    """The e-mail of one reminder in the site's language (settings.LANGUAGE_CODE)."""
    with translation.override(settings.LANGUAGE_CODE):
        message = EmailMultiAlternatives(subject_of(reminder), message_text(reminder),
                                         settings.DEFAULT_FROM_EMAIL, [reminder.address])
        message.attach_alternative(message_html(reminder), "text/html")
    return message


def send(batch: list[Reminder]) -> None:
    """E-mail every reminder of ``batch`` through Django's e-mail backend (the summons'
    settings) and log each one (``log_entries``); nothing is logged when sending fails."""
    if not batch:
        return
    messages = [build_message(reminder) for reminder in batch]
    try:
        get_connection().send_messages(messages)
    except (OSError, smtplib.SMTPException) as error:  # server down, refused, bad login
        raise MotebokError(f"sending the reminders failed ({error}): none is recorded as "
                           "sent; try again") from error
    AuditEntry.objects.bulk_create([entry for reminder in batch
                                    for entry in log_entries(reminder)])


def log_entries(reminder: Reminder) -> list[AuditEntry]:
    """The audit entries of one sent reminder: one per body whose meetings its actions
    come from, in that body's log (where its secretariat reads what was sent), listing
    the ids of that body's actions (what ``reminded_today`` reads back)."""
    by_body: dict[int | None, list[int]] = {}
    for action in reminder.actions:
        by_body.setdefault(action.item.meeting.body_id, []).append(action.pk)
    return [AuditEntry(model=Person._meta.label_lower, object_id=str(reminder.person.pk),
                       body_id=body, action=AuditAction.SEND,
                       summary=f"{SUMMARY_PREFIX} {len(ids)} → {reminder.address}"[:300],
                       changes={"actions": [None, ids]})
            for body, ids in by_body.items()]

