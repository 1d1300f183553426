"""Export stored meetings as minutes records (spec v1): the API, snapshots and backups.

The exact inverse of ``importer.store_record``: the record's words are kept as written
(``body_text``, ``name_text``, ``responsible_text`` …), so parse → import → export
gives back the parsed record. Meetings the secretariat created (never imported) have
no words of their own; their matched rows (body, people) stand in.

``export_all`` is the backup: every meeting in a fixed order (date, then id), each
record with one extra key, ``archive`` (``{"status": …}``), which readers of spec v1
ignore and ``motebok import`` uses so drafts are not restored as published minutes (with
what else spec v1 has no key for: ``archive_facts``), on each body's last record its
memberships with their origin (``body_memberships``), and on the last record the bodies
without meetings (``bodies_without_meetings``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from typing import Any

from django.db.models import F, Prefetch, QuerySet, prefetch_related_objects

from motebok import record as rec
from motebok.archive.importer import ARCHIVE_KEY
from motebok.archive.models import (
    Action,
    AgendaItem,
    Meeting,
    Membership,
    Organization,
    Participation,
    access_body_ids,
)
from motebok.archive.names import normalize_name
from motebok.vocab import ActionStatus

#: Meetings loaded per round trip when exporting everything.
CHUNK = 200


def _iso(value: dt.date | None) -> str | None:
    """An ISO 8601 date, or None."""
    return value.isoformat() if value is not None else None


def _hhmm(value: dt.time | None) -> str | None:
    """A 24-hour HH:MM time, or None."""
    return value.strftime("%H:%M") if value is not None else None


def _record_prefetches() -> list[Prefetch]:
    """The related rows an export reads, each in one query."""
    actions = Action.objects.select_related("responsible_person").order_by("order", "pk")
    items = AgendaItem.objects.order_by("order", "pk").prefetch_related(
        "decisions", Prefetch("actions", queryset=actions))
    people = Participation.objects.select_related("person").order_by("order", "pk")
    return [Prefetch("participations", queryset=people), Prefetch("items", queryset=items)]


def with_record_rows(meetings: QuerySet[Meeting]) -> QuerySet[Meeting]:
    """``meetings`` with everything an export reads loaded in a fixed number of queries."""
    return meetings.select_related("body__parent", "source").prefetch_related(
        *_record_prefetches())


def meeting_to_record(meeting: Meeting, *, public: bool = False) -> rec.MinutesRecord:
    """The minutes record of one stored meeting (related rows loaded here if need be).

    ``public``: as the public may read it — an item closed to the public keeps its
    number and ``exemption`` but gives its neutral title (``public_record_title``) and
    no text, decisions or actions (``reads_closed_items`` says who reads them all)."""
    cache = getattr(meeting, "_prefetched_objects_cache", {})
    if "participations" not in cache or "items" not in cache:
        prefetch_related_objects([meeting], *_record_prefetches())
    imported = meeting.from_record
    body, organization = meeting.body_text, meeting.organization_text
    if not imported and body is None and meeting.body is not None:
        body = meeting.body.name
        if organization is None and meeting.body.parent is not None:
            organization = meeting.body.parent.name
    source = meeting.source
    return rec.MinutesRecord(
        source=rec.Source(filename=source.filename, sha256=source.sha256, format=source.format)
        if source is not None else rec.Source(),
        kind=meeting.kind,
        title=meeting.title,
        body=body,
        organization=organization,
        document_date=_iso(meeting.document_date),
        meeting=rec.Meeting(date=_iso(meeting.date), start=_hhmm(meeting.start),
                              end=_hhmm(meeting.end), location=meeting.location),
        participants=[_participant(p) for p in _ordered(meeting.participations)],
        items=[_public_item(i) if public and i.is_closed else _item(i)
               for i in _ordered(meeting.items)],
        next_meeting=rec.NextMeeting(date=_iso(meeting.next_date),
                                     start=_hhmm(meeting.next_start),
                                     location=meeting.next_location),
        warnings=[str(w) for w in meeting.warnings or []],
    )


export_meeting = meeting_to_record


def _ordered(manager: Any) -> list[Any]:
    """Related rows in their record order (prefetched ones are already in that order)."""
    return sorted(manager.all(), key=lambda row: (row.order, row.pk))


def _participant(row: Participation) -> rec.Participant:
    """A participant as written (the person's name only when nothing was written);
    no organisation or note is null, also where an older attendance page stored ""."""
    return rec.Participant(name=row.name_text or row.person.name,
                           organization=row.organization_text or None,
                           role=row.role or None, attendance=row.attendance,
                           note=row.note or None)


def _item(row: AgendaItem) -> rec.Item:
    """An agenda item with its decisions and actions (and, closed to the public, the
    legal basis: motebok's extra key ``exemption``)."""
    return rec.Item(number=row.number, title=row.title, text=row.text or "",
                    decisions=[d.text for d in _ordered(row.decisions)],
                    actions=[_action(a) for a in _ordered(row.actions)],
                    exemption=row.exemption.strip() or None)


def _public_item(row: AgendaItem) -> rec.Item:
    """A closed item as the public reads it: number, neutral title (or the title the
    secretariat published) and the legal basis; nothing more."""
    return rec.Item(number=row.number, title=row.public_record_title(),
                    exemption=row.exemption.strip() or None)


def closed_reader(user: Any) -> Any:
    """A test ``meeting -> bool``: whether ``user`` reads the closed items of a meeting
    (``models.reads_closed_items``), asking the database once for all meetings (the
    bodies the user has access to), not once per meeting; ``user`` None: the CLI,
    which reads everything."""
    if user is None:
        return lambda meeting: True
    bodies = access_body_ids(user)
    if bodies is None:
        return lambda meeting: True
    ids = set() if bodies.query.is_empty() else set(bodies.values_list("pk", flat=True))
    return lambda meeting: meeting.body_id is not None and meeting.body_id in ids


def _action(row: Action) -> rec.Action:
    """An action; the responsible as written, else the linked person's name."""
    responsible = row.responsible_text
    if responsible is None and row.responsible_person is not None:
        responsible = row.responsible_person.name
    return rec.Action(text=row.text, responsible=responsible, due=_iso(row.due))


def archive_facts(meeting: Meeting) -> dict[str, Any]:
    """What a backup keeps of a meeting beyond spec v1 (``archive`` key, besides the
    status): how it is held (``mode``, ``link``), why it was cancelled
    (``cancel_reason``: spec v1 has no key for it, and a restored "avlyst" meeting must
    still say why) and the actions done, by their item's and their own place
    (``[item, action, note, done at]``); empty ones left out."""
    facts: dict[str, Any] = {}
    if meeting.cancel_reason:
        facts["cancel_reason"] = meeting.cancel_reason
    if meeting.mode:
        facts["mode"] = meeting.mode
    if meeting.link:
        facts["link"] = meeting.link
    public_titles = [i for i, item in enumerate(_ordered(meeting.items))
                     if item.title_public and item.is_closed]
    if public_titles:
        facts["public_titles"] = public_titles  # (closed items whose title is public)
    done = [[i, a, row.done_note, row.done_at.isoformat() if row.done_at else None]
            for i, item in enumerate(_ordered(meeting.items))
            for a, row in enumerate(_ordered(item.actions))
            if row.status == ActionStatus.DONE.value]
    if done:
        facts["done"] = done
    return facts


def export_queryset(user: Any = None) -> QuerySet[Meeting]:
    """Every meeting (``user`` None: the CLI) or those ``user`` may see, in export order.

    Date then id: the order survives export → import → export, because a restore
    creates the meetings in the order the export lists them.
    """
    meetings = Meeting.objects.all() if user is None else Meeting.objects.visible_to(user)
    return meetings.order_by(F("date").asc(nulls_first=True), "pk")


def bodies_named(texts: Iterable[str]) -> list[Organization]:
    """The organisations ``export --body`` names, each by its slug as written
    ("regionradet-i-fjellbygd"), else by its name or one of its other names (case and
    spacing aside), in the order named; ``LookupError`` (one line for the user) for a
    text naming none, or naming several by a name they share (their slugs tell them
    apart)."""
    found: list[Organization] = []
    for text in texts:
        by_slug = Organization.objects.filter(slug=text.strip()).first()
        same = [by_slug] if by_slug is not None else list(
            Organization.objects.filter(normalized_name=normalize_name(text)).order_by("pk"))
        if not same:
            alias = Organization.objects.match(text)
            same = [alias] if alias is not None else []
        if not same:
            raise LookupError(f"no body is named {text.strip()!r} (name it by its name, "
                              "another name or its slug)")
        if len(same) > 1:
            slugs = ", ".join(org.slug for org in same)
            raise LookupError(f"{len(same)} bodies are named {text.strip()!r}: name one "
                              f"by its slug ({slugs})")
        if same[0] not in found:
            found.append(same[0])
    return found


def body_memberships(body_ids: Iterable[int]) -> dict[int, list[dict[str, Any]]]:
    """Each body's memberships as a backup carries them (one query): person (and her
    e-mail address, when known), role, whom they represent, dates and origin
    (``from_minutes``), in an order of their own
    content, so export → import → export gives the same bytes."""
    found: dict[int, list[dict[str, Any]]] = {}
    rows = Membership.objects.filter(body_id__in=list(body_ids)).select_related(
        "person", "representing")
    for row in rows:
        entry = {
            "person": row.person.name, "role": row.role,
            "representing": row.representing.name if row.representing else None,
            "start": _iso(row.start), "end": _iso(row.end),
            "from_minutes": row.from_minutes}
        if row.person.email:  # where the summons goes: entered by the secretariat
            entry["email"] = row.person.email
        found.setdefault(row.body_id, []).append(entry)
    for entries in found.values():
        entries.sort(key=lambda e: (normalize_name(e["person"]), e["start"] or "",
                                    e["end"] or "", e["role"], e["representing"] or "",
                                    e["from_minutes"]))
    return found


def bodies_without_meetings() -> list[dict[str, Any]]:
    """The bodies (and working groups) that hold no meeting yet, as a backup carries
    them (a few queries): what the secretariat entered — name, the body it is part of,
    kind, numbering, other names, mandate, lead, end date — and its memberships, in an
    order of their own content, so export → import → export gives the same bytes."""
    rows = list(Organization.objects.bodies().filter(meetings__isnull=True)
                .select_related("parent", "lead"))
    members = body_memberships(row.pk for row in rows) if rows else {}
    found = [{"name": row.name, "part_of": row.parent.name if row.parent else None,
              "kind": row.kind, "numbering": row.numbering, "aliases": list(row.aliases),
              "mandate": row.mandate, "lead": row.lead.name if row.lead else None,
              "ends_on": _iso(row.ends_on), "memberships": members.get(row.pk, [])}
             for row in rows]
    found.sort(key=lambda e: (normalize_name(e["name"]), normalize_name(e["part_of"] or ""),
                              e["kind"]))
    return found


def whole_backup(bodies: Iterable[int] | None, statuses: Iterable[str] | None) -> bool:
    """Whether an export keeps every body's meetings of every status: the whole backup,
    the only one that carries the bodies without meetings (``iter_export``) and that
    warns when no meeting is there to carry them (``motebok export``)."""
    return bodies is None and statuses is None


def iter_export(user: Any = None, bodies: Iterable[int] | None = None,
                statuses: Iterable[str] | None = None) -> Iterator[dict[str, Any]]:
    """The backup's JSON objects one by one, loading ``CHUNK`` meetings at a time.

    ``bodies`` (ids) and ``statuses`` narrow it to those bodies' meetings and to those
    statuses (``export --body … --status published``: one body's published minutes);
    such an export still carries each body's memberships on its last record, but not
    the bodies without meetings, which only the whole backup is for.

    The full backup (``user`` None) also carries each body's memberships, with whether
    they were read from minutes or entered by hand, on the body's last record
    (``archive.memberships``): ``motebok import`` gives them back after the body's
    meetings, so a membership entered by hand is not restored as one read from minutes.
    Its last record carries the bodies that hold no meeting yet (``archive.bodies``,
    see ``bodies_without_meetings``), which would otherwise be on no record at all.
    """
    meetings = export_queryset(user)
    whole = whole_backup(bodies, statuses)
    if bodies is not None:
        meetings = meetings.filter(body_id__in=list(bodies))
    if statuses is not None:
        meetings = meetings.filter(status__in=list(statuses))
    pairs = list(meetings.values_list("pk", "body_id"))
    last_of_body = {body_id: pk for pk, body_id in pairs if body_id is not None}
    carried = set(last_of_body.values()) if user is None else set()
    reads_closed = closed_reader(user)
    for start in range(0, len(pairs), CHUNK):
        chunk = [pk for pk, _body in pairs[start:start + CHUNK]]
        loaded = {m.pk: m for m in with_record_rows(Meeting.objects.filter(pk__in=chunk))}
        last = [loaded[pk].body_id for pk in chunk if pk in carried]
        members = body_memberships(last) if last else {}
        for pk in chunk:
            meeting = loaded[pk]
            data = meeting_to_record(meeting, public=not reads_closed(meeting)).to_dict()
            data[ARCHIVE_KEY] = {"status": meeting.status, **archive_facts(meeting)}
            if members.get(meeting.body_id) and pk in carried:
                data[ARCHIVE_KEY]["memberships"] = members[meeting.body_id]
            if user is None and whole and pk == pairs[-1][0]:
                empty = bodies_without_meetings()
                if empty:
                    data[ARCHIVE_KEY]["bodies"] = empty
            yield data


def export_all(user: Any = None) -> list[dict[str, Any]]:
    """Every exported meeting as JSON-ready dicts (see ``iter_export``)."""
    return list(iter_export(user))
