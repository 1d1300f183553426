"""Summons and minutes as documents: one content structure, rendered to HTML, PDF and DOCX.

The same ``DocumentContent`` feeds the HTML template (shown in the browser and printed
to PDF by WeasyPrint) and the DOCX writer, so both formats carry the same sections.
Documents are written in Norwegian bokmål whatever the reader's interface language.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field
from typing import Any

from django.db.models import Prefetch
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import formats, timezone, translation
from django.utils.translation import gettext as _

from motebok.archive.models import Action, Decision, Meeting, reads_closed_items
from motebok.secretariat import agenda
from motebok.vocab import Attendance, MeetingMode, MeetingStatus, ParticipantRole, label

SUMMONS = "summons"
MINUTES = "minutes"
DOCUMENT_LANGUAGE = "nb"


@dataclass
class FileRef:
    """An attachment named in a document; the HTML view links ``path``."""

    title: str
    path: str


@dataclass
class Entry:
    """One agenda item as it appears in a document."""

    heading: str
    text: str = ""
    decisions: list[str] = field(default_factory=list)
    actions: list[str] = field(default_factory=list)
    files: list[FileRef] = field(default_factory=list)
    #: "Unntatt offentlighet (offl. § 13)" on an item closed to the public, else "".
    closed: str = ""


@dataclass
class DocumentContent:
    """Everything a summons or minutes document shows, already in words."""

    kind: str
    heading: str
    body: str
    facts: list[tuple[str, str]]
    attendance: list[tuple[str, list[str]]]
    entries: list[Entry]
    follow_ups: list[str]
    labels: dict[str, str]
    filename: str
    files: list[FileRef] = field(default_factory=list)


def item_heading(number: str | None, title: str | None) -> str:
    """ "Sak 01/24 Title" for per-year numbers, "1. Title" for per-meeting ones.

    The word is the active language's ("Item 01/24" on an English page); documents are
    built in bokmål.
    """
    title = title or ""
    if not number:
        return title
    if "/" in number:
        return f"{_('Item')} {number} {title}"
    return f"{number}. {title}"


def _when(meeting: Meeting) -> str:
    """ "fredag 14. mars 2025 kl. 09:00–11:00" in the active language."""
    if meeting.date is None:
        return ""
    text = formats.date_format(meeting.date, "l j. F Y")
    if meeting.start:
        text += f" kl. {meeting.start:%H:%M}"
        if meeting.end:
            text += f"–{meeting.end:%H:%M}"
    return text


def _facts(meeting: Meeting) -> list[tuple[str, str]]:
    """Date/time, place, mode and link lines of the document header."""
    facts = [(_("Body"), meeting.body_name)] if meeting.body_name else []
    facts.append((_("Time"), _when(meeting)))
    if meeting.location:
        facts.append((_("Place"), meeting.location))
    if meeting.mode:
        facts.append((_("Form"), _(label(MeetingMode(meeting.mode)))))
    if meeting.link:
        facts.append((_("Link"), meeting.link))
    return facts


def _status(meeting: Meeting) -> str:
    """ "Utkast" on draft minutes; "Godkjent 12.06.2025" (and the version) once approved.

    Why on the document: a printed or forwarded draft must not pass for the approved text.
    """
    if meeting.in_preparation:
        return _("Draft – not approved")
    text = _(label(MeetingStatus(meeting.status)))
    if meeting.approved_at:
        text = _("Approved %(date)s") % {
            "date": f"{timezone.localtime(meeting.approved_at):%d.%m.%Y}"}
    if meeting.version > 1:
        text += ", " + _("version %(version)s") % {"version": meeting.version}
    return text


def _action_line(action, with_origin: bool) -> str:
    """ "text (ansvarlig: X, frist: 14.03.2025)" plus the item it came from."""
    responsible = (action.responsible_person.name if action.responsible_person_id
                   else action.responsible_text)
    details = []
    if responsible:
        details.append(_("responsible: %(who)s") % {"who": responsible})
    if action.due:
        details.append(_("due: %(date)s") % {"date": f"{action.due:%d.%m.%Y}"})
    line = action.text + (f" ({', '.join(details)})" if details else "")
    if with_origin:
        origin = item_heading(action.item.number, action.item.title)
        if action.item.meeting.date:
            origin += f", {action.item.meeting.date:%d.%m.%Y}"
        line += f" [{origin}]"
    return line


def _attendance(meeting: Meeting) -> list[tuple[str, list[str]]]:
    """Groups of names: present, partly present, absent (forfall) and guests."""
    groups: dict[str, list[str]] = {}
    names = {
        "present": _("Present"), "partial": _("Partly present"),
        "absent": _("Absent (forfall)"), "guest": _("Guests"),
    }
    for part in meeting.participations.select_related("person").order_by("order", "pk"):
        name = part.person.name
        if part.organization_text:
            name += f" ({part.organization_text})"
        if part.note:
            name += f" – {part.note}"
        if part.role == ParticipantRole.GUEST.value:
            key = "guest"
        elif part.attendance == Attendance.ABSENT.value:
            key = "absent"
        elif part.attendance == Attendance.PARTIAL.value:
            key = "partial"
        else:
            key = "present"
        groups.setdefault(key, []).append(name)
    return [(names[key], groups[key]) for key in names if key in groups]


#: ``build(reader=…)`` default: the document goes to every member (the mailed summons).
MEMBERS = object()


def build(meeting: Meeting, kind: str, *, internal_files: bool = False,
          reader: Any = MEMBERS) -> DocumentContent:
    """The summons or minutes content of a meeting, in the document language.

    Attachments are named when they are public; internal ones only with
    ``internal_files`` (a reader with a role on the body, or the members' summons).
    Follow-ups come only from approved or published minutes (a document that leaves
    the secretariat cites no drafts), and of those only what ``reader`` may see when
    a reader is named (the browser view; the default is the summons mailed to members).
    """
    follow_ups = agenda.follow_ups(meeting, settled=True)
    public = False
    if reader is not MEMBERS:
        follow_ups = follow_ups.visible_to(reader)
        public = not reads_closed_items(reader, meeting)
    with translation.override(DOCUMENT_LANGUAGE):
        return _build(meeting, kind, internal_files, follow_ups, public)


def _files(meeting: Meeting, internal: bool) -> dict[int | None, list[FileRef]]:
    """The meeting's attachments the reader may see, by item id (None: the meeting's own)."""
    found: dict[int | None, list[FileRef]] = {}
    attachments = meeting.attachments.all()
    if not internal:
        attachments = attachments.filter(published=True)
    for attachment in attachments:
        path = reverse("secretariat:attachment", args=[attachment.pk])
        found.setdefault(attachment.item_id, []).append(FileRef(attachment.title, path))
    return found


def _build(meeting: Meeting, kind: str, internal_files: bool, follow_ups,
           public: bool = False) -> DocumentContent:
    """``build`` inside the document language. An item closed to the public is marked
    ("Unntatt offentlighet (offl. § 13)"); for a ``public`` reader (who may not read it,
    ``reads_closed_items``) it is its number and neutral title alone."""
    minutes = kind == MINUTES
    files = _files(meeting, internal_files)
    entries = []
    # decisions and actions of every item in two queries, not two per item
    items = meeting.items.order_by("order", "pk").prefetch_related(
        Prefetch("decisions", queryset=Decision.objects.order_by("order", "pk")),
        Prefetch("actions", queryset=Action.objects.select_related("responsible_person")
                 .order_by("order", "pk"))) if minutes else agenda.items_of(meeting)
    for item in items:
        if item.is_closed and public:
            entries.append(Entry(heading=item_heading(item.number, item.public_title),
                                 closed=item.closed_label if item.title_public else ""))
            continue
        entry = Entry(heading=item_heading(item.number, item.title), text=item.text,
                      files=files.get(item.pk, []), closed=item.closed_label)
        if minutes:
            entry.decisions = [decision.text for decision in item.decisions.all()]
            entry.actions = [_action_line(a, with_origin=False) for a in item.actions.all()]
        entries.append(entry)
    follow_ups = [_action_line(a, with_origin=True) for a in follow_ups]
    if meeting.body_name:
        heading = (_("Minutes of the meeting of %(body)s") if minutes
                   else _("Summons to the meeting of %(body)s")) % {"body": meeting.body_name}
    else:  # a meeting of no body (restored from a record that names none)
        heading = _("Minutes of the meeting") if minutes else _("Summons to the meeting")
    return DocumentContent(
        kind=kind, heading=heading, body=meeting.body_name,
        facts=[*_facts(meeting), (_("Status"), _status(meeting))] if minutes
        else _facts(meeting),
        attendance=_attendance(meeting) if minutes else [], entries=entries,
        follow_ups=follow_ups,
        filename=f"{'referat' if minutes else 'innkalling'}-{meeting.file_stem}",
        files=files.get(None, []),
        labels={"agenda": _("Agenda"), "follow_ups": _("Follow-ups from earlier meetings"),
                "decisions": _("Decision"), "actions": _("Actions"), "files": _("Attachments"),
                "attendance": _("Attendance"), "page": _("Page"), "of": _("of")},
    )


def render_html(content: DocumentContent, *, standalone_links: str = "",
                file_links: bool = True) -> str:
    """The document as HTML (the browser view and, without file links, the PDF source)."""
    with translation.override(DOCUMENT_LANGUAGE):
        return render_to_string("secretariat/document.html",
                                {"doc": content, "back_url": standalone_links,
                                 "file_links": file_links})


def render_pdf(content: DocumentContent) -> bytes:
    """The document as PDF, printed by WeasyPrint from the HTML view."""
    from weasyprint import HTML

    return HTML(string=render_html(content, file_links=False)).write_pdf()


def render_docx(content: DocumentContent) -> bytes:
    """The document as DOCX with the same sections as the HTML view."""
    from docx import Document
    from docx.shared import Pt

    x = _xml_text
    document = Document()
    document.styles["Normal"].font.name = "Calibri"
    document.styles["Normal"].font.size = Pt(11)
    document.add_heading(x(content.heading), level=0)
    table = document.add_table(rows=0, cols=2)
    for name, value in content.facts:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = x(name), x(value)
    if content.attendance:
        document.add_heading(content.labels["attendance"], level=1)
        for group, names in content.attendance:
            paragraph = document.add_paragraph()
            paragraph.add_run(f"{group}: ").bold = True
            paragraph.add_run(x(", ".join(names)))
    document.add_heading(content.labels["agenda"], level=1)
    for entry in content.entries:
        document.add_heading(x(entry.heading), level=2)
        if entry.closed:
            document.add_paragraph().add_run(x(entry.closed)).bold = True
        for paragraph in filter(None, (p.strip() for p in entry.text.split("\n\n"))):
            document.add_paragraph(x(paragraph))
        _docx_list(document, content.labels["decisions"], entry.decisions)
        _docx_list(document, content.labels["actions"], entry.actions)
        _docx_list(document, content.labels["files"], [f.title for f in entry.files])
    if content.follow_ups:
        document.add_heading(content.labels["follow_ups"], level=1)
        for line in content.follow_ups:
            document.add_paragraph(x(line), style="List Bullet")
    if content.files:
        document.add_heading(content.labels["files"], level=1)
        for ref in content.files:
            document.add_paragraph(x(ref.title), style="List Bullet")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _docx_list(document, caption: str, lines: list[str]) -> None:
    """A bold caption followed by one bullet per line (nothing when empty)."""
    if not lines:
        return
    document.add_paragraph().add_run(f"{caption}:").bold = True
    for line in lines:
        document.add_paragraph(_xml_text(line), style="List Bullet")


def _xml_text(text: str) -> str:
    """``text`` without the characters XML cannot hold (control characters other than
    tab and line breaks, lone surrogates, U+FFFE/U+FFFF), which python-docx refuses.

    Stored text may hold them: an escape character left in a plain-text file, or a
    restored backup. They show as nothing, so dropping them changes no visible text.
    """
    return _NOT_XML.sub("", text)


_NOT_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
