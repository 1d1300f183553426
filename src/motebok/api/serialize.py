"""Model rows → plain JSON-ready dicts, one function per kind of object.

Kept apart from the views so list and detail endpoints describe an object the same
way, and so the field names in ``openapi.py`` have one place to be checked against.
Every function expects the related rows it touches to be preloaded by the caller
(``select_related``), which keeps list endpoints at a fixed number of queries.
"""

from __future__ import annotations

import datetime as dt
import html
from typing import Any

from django.http import HttpRequest
from django.urls import reverse
from django.utils.html import strip_tags


def iso(value: dt.date | dt.datetime | None) -> str | None:
    """ISO 8601 text of a date or datetime, or None."""
    return None if value is None else value.isoformat()


def hhmm(value: dt.time | None) -> str | None:
    """A time as ``HH:MM`` like the minutes record, or None."""
    return None if value is None else value.strftime("%H:%M")


def link(request: HttpRequest, name: str, *args: Any) -> str:
    """The absolute URL of an API route."""
    return request.build_absolute_uri(reverse(f"api:{name}", args=args))


def body_ref(request: HttpRequest, body: Any) -> dict[str, Any] | None:
    """A short reference to a body (or any organisation) that links to its detail."""
    if body is None:
        return None
    return {"slug": body.slug, "name": body.name, "url": link(request, "body", body.slug)}


def person_ref(request: HttpRequest, person: Any) -> dict[str, Any] | None:
    """A short reference to a person that links to its detail."""
    if person is None:
        return None
    return {"id": person.pk, "name": person.name, "url": link(request, "person", person.pk)}


def meeting_summary(request: HttpRequest, meeting: Any) -> dict[str, Any]:
    """One row of the meeting list (needs ``body`` preloaded)."""
    return {
        "id": meeting.pk,
        "body": body_ref(request, meeting.body),
        "date": iso(meeting.date),
        "title": meeting.title or None,
        "status": meeting.status,
        "url": link(request, "meeting", meeting.pk),
    }


def body_summary(request: HttpRequest, body: Any) -> dict[str, Any]:
    """One row of the body list (needs ``parent`` preloaded)."""
    return {
        "slug": body.slug,
        "name": body.name,
        "kind": body.kind,
        "parent": body_ref(request, body.parent),
        "url": link(request, "body", body.slug),
    }


def membership(request: HttpRequest, row: Any, *, side: str) -> dict[str, Any]:
    """A membership seen from the body (``side="body"``) or from the person."""
    data: dict[str, Any] = {
        "role": row.role_seen,
        "representing": row.representing.name if row.representing else None,
        "start": iso(row.start),
        "end": iso(row.end),
    }
    if side == "body":
        data["person"] = person_ref(request, row.person)
    else:
        data["body"] = body_ref(request, row.body)
    return data


def action(request: HttpRequest, row: Any, today: dt.date) -> dict[str, Any]:
    """One follow-up with its meeting and item (needs ``item__meeting__body`` and
    ``responsible_person`` preloaded)."""
    item = row.item
    meeting = item.meeting
    responsible = row.responsible_person.name if row.responsible_person else None
    return {
        "id": row.pk,
        "text": row.text,
        "responsible": responsible or row.responsible_text or None,
        "responsible_person": person_ref(request, row.responsible_person),
        "due": iso(row.due),
        "status": row.status,
        "overdue": row.is_overdue(today),
        "done_note": row.done_note or None,
        "done_at": iso(row.done_at),
        "item": {"number": item.number or None, "title": item.title or None},
        "meeting": {"id": meeting.pk, "date": iso(meeting.date),
                    "url": link(request, "meeting", meeting.pk)},
        "body": body_ref(request, meeting.body),
    }


def participation(request: HttpRequest, row: Any) -> dict[str, Any]:
    """A person's attendance at one meeting (needs ``meeting__body`` preloaded)."""
    meeting = row.meeting
    return {
        "meeting": meeting_summary(request, meeting),
        "role": row.role,
        "attendance": row.attendance,
        "organization": row.organization_text or None,
        "note": row.note or None,
    }


def plain_snippet(snippet: str) -> str:
    """The search service's HTML snippet (escaped text + ``<mark>``) as plain text.

    API clients put text where they like; HTML in a JSON string would be theirs to
    escape, and most would not.
    """
    return html.unescape(strip_tags(snippet))


def search_hit(request: HttpRequest, hit: Any) -> dict[str, Any]:
    """One search hit (``hit.meeting`` comes with its body preloaded)."""
    meeting, item = hit.meeting, hit.item
    return {
        "meeting": meeting.pk,
        "meeting_url": link(request, "meeting", meeting.pk),
        "item_number": (item.number or None) if item is not None else None,
        "title": (item.title if item is not None else meeting.title) or None,
        "kind": hit.kind,
        "snippet": plain_snippet(str(hit.snippet)),
        "body": body_ref(request, meeting.body),
        "date": iso(meeting.date),
        "status": meeting.status,
    }



def item_link(request: HttpRequest, target: Any, text: str | None = None) -> dict[str, Any]:
    """An item another item names or is named by: its number and title, its meeting's
    id and API URL and its place on the meeting page (``web_url``); ``text`` is the
    number as the referring text wrote it ("012/27" naming item "12/27")."""
    data: dict[str, Any] = {} if text is None else {"text": text}
    data.update({"number": target.number or None, "title": target.title or None,
                 "meeting": target.meeting_id,
                 "url": link(request, "meeting", target.meeting_id),
                 "web_url": request.build_absolute_uri(target.url())})
    return data


def add_references(request: HttpRequest, meeting: Any, items: list[dict[str, Any]]) -> None:
    """Give each exported item (``items``, in the meeting's order) ``references`` (the
    visible items its text, decisions and actions name, once each, in order) and
    ``referenced_by`` (the visible items naming it), see ``archive.references``."""
    from motebok.archive.references import ReferenceIndex, find_references

    index = ReferenceIndex.for_meeting(meeting, request.user)
    rows = sorted(meeting.items.all(), key=lambda it: (it.order, it.pk))
    for row, data in zip(rows, items, strict=True):
        seen: set[int] = set()
        references = []
        texts = [row.text] + [d.text for d in row.decisions.all()]
        texts += [a.text for a in row.actions.all()]
        for text in texts:
            for ref in find_references(text or ""):
                target = index.link_for(row.pk, ref)
                if target is not None and target.item_id not in seen:
                    seen.add(target.item_id)
                    references.append(item_link(request, target, ref.text))
        data["references"] = references
        data["referenced_by"] = [item_link(request, source)
                                 for source in index.referred_by.get(row.pk, [])]
