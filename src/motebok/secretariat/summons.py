"""Sending the summons (innkalling): PDF + calendar invitation, one e-mail per recipient."""

from __future__ import annotations

import datetime as dt
import smtplib
from email.utils import parseaddr

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMessage, get_connection
from django.db.models import Q
from django.utils import formats, translation
from django.utils.translation import gettext as _

from motebok.archive.models import BodyAccess, Meeting, Membership
from motebok.errors import MotebokError
from motebok.secretariat import audit, documents, invitation
from motebok.secretariat.models import AuditAction, SummonsDispatch


def recipients(meeting: Meeting, today: dt.date | None = None) -> list[str]:
    """E-mail addresses of the body's current members (their users) and its access holders.

    A member whose person has no user account but an e-mail address is included too.
    """
    addresses = [address_of_person(m.person) for m in _current_members(meeting, today)]
    users = get_user_model().objects.filter(
        pk__in=BodyAccess.objects.filter(body=meeting.body).values("user_id"), is_active=True)
    addresses.extend(user.email for user in users)
    seen: dict[str, str] = {}
    for address in addresses:
        if address and "@" in address:
            seen.setdefault(address.strip().lower(), address.strip())
    return sorted(seen.values(), key=str.lower)


def _current_members(meeting: Meeting, today: dt.date | None):
    """Memberships of the meeting's body that have not ended by ``today``."""
    today = today or dt.date.today()
    return Membership.objects.filter(body=meeting.body).filter(
        Q(end__isnull=True) | Q(end__gte=today)).select_related("person__user")


def address_of_person(person) -> str:
    """The person's user account's e-mail, else the e-mail kept on the person ("" if none):
    where the secretariat's mail to a person goes (the summons, ``motebok remind``)."""
    if person.user_id and person.user.email:
        return person.user.email
    return person.email or ""


def members_without_address(meeting: Meeting, today: dt.date | None = None) -> list[str]:
    """Names of current members the summons cannot reach (no e-mail, no user with one)."""
    return sorted({m.person.name for m in _current_members(meeting, today)
                   if "@" not in address_of_person(m.person)})


def _address_of(sender: str) -> str:
    """The bare address of a From value ("motebok <a@b.no>" → "a@b.no")."""
    return parseaddr(sender)[1] or sender


def subject_of(meeting: Meeting) -> str:
    """ "Innkalling: Møte i X 14. mars 2025" in the document language, on one line (a
    title with line breaks, or none, still makes a subject a mail header can carry)."""
    with translation.override(documents.DOCUMENT_LANGUAGE):
        day = formats.date_format(meeting.date, "j. F Y") if meeting.date else ""
        return " ".join(f"Innkalling: {meeting.heading} {day}".split())


def message_text(content: documents.DocumentContent) -> str:
    """The plain-text e-mail body: the header facts and the numbered agenda."""
    lines = [content.heading, ""]
    lines += [f"{name}: {value}" for name, value in content.facts]
    lines += ["", content.labels["agenda"] + ":"]
    lines += [f"  {entry.heading}" for entry in content.entries]
    if content.follow_ups:
        lines += ["", content.labels["follow_ups"] + ":"]
        lines += [f"  - {line}" for line in content.follow_ups]
    lines += ["", "Innkallingen ligger ved som PDF, og møtet som kalenderinvitasjon."]
    return "\n".join(lines) + "\n"


def send(meeting: Meeting, user) -> SummonsDispatch:
    """E-mail the summons to every recipient; raises MotebokError when there is nobody."""
    if meeting.date is None:
        raise MotebokError(_("The meeting has no date yet."))
    if meeting.cancelled:
        raise MotebokError(_("The meeting was cancelled: no summons is sent."))
    to = recipients(meeting)
    if not to:
        raise MotebokError(_("Nobody to send to: no member or access holder has an e-mail "
                              "address."))
    content = documents.build(meeting, documents.SUMMONS, internal_files=True)
    pdf = documents.render_pdf(content)
    subject = subject_of(meeting)
    text = message_text(content)
    ics = invitation.invitation(meeting, organizer=_address_of(settings.DEFAULT_FROM_EMAIL),
                                attendees=to, description=text)
    messages = []
    for address in to:
        message = EmailMessage(subject, text, settings.DEFAULT_FROM_EMAIL, [address])
        message.attach(f"{content.filename}.pdf", pdf, "application/pdf")
        message.attach("invitasjon.ics", ics, "text/calendar; method=REQUEST; charset=utf-8")
        messages.append(message)
    try:
        get_connection().send_messages(messages)
    except (OSError, smtplib.SMTPException) as error:  # server down, refused, bad login
        raise MotebokError(_("Sending failed (%(error)s): the summons is not recorded as "
                             "sent. Try again.") % {"error": error}) from error
    dispatch = SummonsDispatch.objects.create(meeting=meeting, subject=subject, recipients=to,
                                              sent_by=user if user.is_authenticated else None)
    audit.record(user, dispatch, AuditAction.SEND, body=meeting.body,
                 summary=f"{subject} → {len(to)}")
    return dispatch


def summoned(meeting: Meeting) -> list[str]:
    """Every address a summons of the meeting went to (all its dispatches), sorted:
    the people whose calendars hold the meeting and who must hear it is cancelled.
    [] for a meeting never summoned — nobody expects it, so nobody is told."""
    seen: dict[str, str] = {}
    for sent_to in meeting.summons_dispatches.values_list("recipients", flat=True):
        for address in sent_to or []:
            if isinstance(address, str) and "@" in address:
                seen.setdefault(address.strip().lower(), address.strip())
    return sorted(seen.values(), key=str.lower)


def cancellation_subject(meeting: Meeting) -> str:
    """ "Avlyst: Møte i X 14. mars 2025" in the document language, on one line."""
    with translation.override(documents.DOCUMENT_LANGUAGE):
        day = formats.date_format(meeting.date, "j. F Y") if meeting.date else ""
        return " ".join(f"Avlyst: {meeting.heading} {day}".split())


def cancellation_text(meeting: Meeting) -> str:
    """The plain-text e-mail body of a cancellation: which meeting, and why when a reason
    was given (as typed: a text mail escapes nothing, a mail program shows it as is)."""
    with translation.override(documents.DOCUMENT_LANGUAGE):
        day = formats.date_format(meeting.date, "l j. F Y") if meeting.date else ""
    lines = [f"Møtet «{meeting.heading}» {day} er avlyst.".replace("  ", " "), ""]
    if meeting.cancel_reason:
        lines += [f"Begrunnelse: {meeting.cancel_reason}", ""]
    lines += ["Kalenderavtalen som fulgte innkallingen, er trukket tilbake med vedlagt "
              "avlysning."]
    return "\n".join(lines) + "\n"


def send_cancellation(meeting: Meeting, user) -> list[str]:
    """E-mail everyone the summons reached that the meeting is cancelled, with an
    iCalendar METHOD:CANCEL for the invitation's UID; returns the addresses told.

    A meeting never summoned sends nothing. Raises MotebokError when sending fails,
    so a caller inside a transaction leaves the meeting as it was.
    """
    to = summoned(meeting)
    if not to or meeting.date is None:
        return []
    subject, text = cancellation_subject(meeting), cancellation_text(meeting)
    ics = invitation.cancellation(meeting, organizer=_address_of(settings.DEFAULT_FROM_EMAIL),
                                  attendees=to, description=text)
    messages = []
    for address in to:
        message = EmailMessage(subject, text, settings.DEFAULT_FROM_EMAIL, [address])
        message.attach("avlysning.ics", ics, "text/calendar; method=CANCEL; charset=utf-8")
        messages.append(message)
    try:
        get_connection().send_messages(messages)
    except (OSError, smtplib.SMTPException) as error:
        raise MotebokError(_("Sending the cancellation failed (%(error)s): the meeting is "
                             "not cancelled. Try again.") % {"error": error}) from error
    audit.record(user, meeting, AuditAction.SEND, body=meeting.body,
                 summary=f"{subject} → {len(to)}")
    return to
