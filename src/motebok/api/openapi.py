"""The OpenAPI 3.1 description of the API, written out as a Python dict.

Written by hand (no schema generator for plain function views) and kept honest by
tests/api/test_api_openapi.py, which walks the URL resolver and fails when a route is
missing here or a documented path has no route.
"""

from __future__ import annotations

from typing import Any

from motebok import vocab
from motebok.search.results import KINDS

API_VERSION = "1.0.0"


def _ref(name: str) -> dict[str, str]:
    """A reference to a schema under components."""
    return {"$ref": f"#/components/schemas/{name}"}


def _nullable(schema_type: str, **extra: Any) -> dict[str, Any]:
    """A value of ``schema_type`` or null (OpenAPI 3.1 type lists)."""
    return {"type": [schema_type, "null"], **extra}


def _query(name: str, description: str, schema: dict[str, Any]) -> dict[str, Any]:
    """An optional query parameter."""
    return {"name": name, "in": "query", "required": False, "description": description,
            "schema": schema}


def _path(name: str, description: str, schema: dict[str, Any]) -> dict[str, Any]:
    """A required path parameter."""
    return {"name": name, "in": "path", "required": True, "description": description,
            "schema": schema}


def _json(description: str, schema: dict[str, Any]) -> dict[str, Any]:
    """A JSON response."""
    return {"description": description, "content": {"application/json": {"schema": schema}}}


def _paged(item: str) -> dict[str, Any]:
    """The list envelope around one kind of result."""
    return {
        "type": "object",
        "required": ["count", "page", "pages", "next", "previous", "results"],
        "properties": {
            "count": {"type": "integer", "description": "results on all pages"},
            "page": {"type": "integer"},
            "pages": {"type": "integer"},
            "next": _nullable("string", format="uri"),
            "previous": _nullable("string", format="uri"),
            "results": {"type": "array", "items": _ref(item)},
        },
    }


ERRORS = {
    "400": _json("A parameter cannot be used (e.g. a non-integer page or year).",
                 _ref("Error")),
    "404": _json("Unknown, or not visible to you (drafts answer 404, never 403).",
                 _ref("Error")),
    "405": _json("Any method other than GET or HEAD.", _ref("Error")),
    "500": _json("The server failed (logged there).", _ref("Error")),
}

PAGE = _query("page", "1-based page number (50 results a page).",
              {"type": "integer", "minimum": 1, "default": 1})
BODY = _query("body", "A body's slug (see /api/v1/bodies/).", {"type": "string"})
YEAR = _query("year", "The year of the meeting date.",
               {"type": "integer", "minimum": 1, "maximum": 9999})


def _search_result() -> dict[str, Any]:
    """The list envelope of search hits, plus ``capped`` and ``lower_bound``."""
    envelope = _paged("SearchHit")
    envelope["required"] = [*envelope["required"], "capped", "lower_bound"]
    envelope["properties"]["capped"] = {
        "type": "boolean",
        "description": "true when a very common word was counted only up to a limit: "
                       "there are more hits than count (and the pages hold the first count)"}
    envelope["properties"]["lower_bound"] = {
        "type": "boolean",
        "description": "true when this page is filled by whole-word hits, so the hits "
                       "found only inside longer words (which come after them) were not "
                       "counted: count and pages are the whole-word hits alone, there may "
                       "be more, and next is always set; a page reaching past them counts "
                       "them and says false"}
    return envelope


def _get(summary: str, response: dict[str, Any], parameters: list[dict[str, Any]],
         op_id: str, tag: str) -> dict[str, Any]:
    """A path item with one GET operation and the common error responses."""
    return {"get": {
        "operationId": op_id,
        "summary": summary,
        "tags": [tag],
        "parameters": parameters,
        "responses": {"200": response, **ERRORS},
    }}


def _schemas() -> dict[str, Any]:
    """Every object the API returns."""
    ref_body = {
        "type": "object",
        "properties": {"slug": {"type": "string"}, "name": {"type": "string"},
                       "url": {"type": "string", "format": "uri"}},
    }
    ref_person = {
        "type": "object",
        "properties": {"id": {"type": "integer"}, "name": {"type": "string"},
                       "url": {"type": "string", "format": "uri"}},
    }
    meeting_summary = {
        "type": "object",
        "required": ["id", "body", "date", "title", "status", "url"],
        "properties": {
            "id": {"type": "integer"},
            "body": {"oneOf": [_ref("BodyRef"), {"type": "null"}]},
            "date": _nullable("string", format="date"),
            "title": _nullable("string"),
            "status": {"type": "string", "enum": [s.value for s in vocab.MeetingStatus]},
            "url": {"type": "string", "format": "uri"},
        },
    }
    membership = {
        "type": "object",
        "properties": {
            "role": {"type": "string", "enum": [r.value for r in vocab.MembershipRole]},
            "representing": _nullable("string"),
            "start": _nullable("string", format="date"),
            "end": _nullable("string", format="date"),
            "person": _ref("PersonRef"),
            "body": _ref("BodyRef"),
        },
    }
    body_summary = {
        "type": "object",
        "required": ["slug", "name", "kind", "parent", "url"],
        "properties": {
            "slug": {"type": "string"},
            "name": {"type": "string"},
            "kind": {"type": "string", "enum": [k.value for k in vocab.OrganizationKind]},
            "parent": {"oneOf": [_ref("BodyRef"), {"type": "null"}]},
            "url": {"type": "string", "format": "uri"},
        },
    }
    body = {
        "allOf": [_ref("BodySummary"), {
            "type": "object",
            "properties": {
                "aliases": {"type": "array", "items": {"type": "string"}},
                "mandate": _nullable("string"),
                "numbering": {"type": "string", "enum": ["per_year", "per_meeting"]},
                "lead": {"oneOf": [_ref("PersonRef"), {"type": "null"}]},
                "ends_on": _nullable("string", format="date"),
                "members": {"type": "array", "items": _ref("Membership")},
                "meetings": {"type": "array", "items": {"type": "integer"},
                             "description": "ids of the meetings you may see, newest first"},
                "meetings_url": {"type": "string", "format": "uri"},
            },
        }],
    }
    action = {
        "type": "object",
        "properties": {
            "id": {"type": "integer"},
            "text": {"type": "string"},
            "responsible": _nullable("string"),
            "responsible_person": {"oneOf": [_ref("PersonRef"), {"type": "null"}]},
            "due": _nullable("string", format="date"),
            "status": {"type": "string", "enum": [s.value for s in vocab.ActionStatus]},
            "overdue": {"type": "boolean"},
            "done_note": _nullable("string"),
            "done_at": _nullable("string", format="date-time"),
            "item": {"type": "object", "properties": {"number": _nullable("string"),
                                                      "title": _nullable("string")}},
            "meeting": {"type": "object", "properties": {
                "id": {"type": "integer"}, "date": _nullable("string", format="date"),
                "url": {"type": "string", "format": "uri"}}},
            "body": {"oneOf": [_ref("BodyRef"), {"type": "null"}]},
        },
    }
    attendance = {
        "type": "object",
        "properties": {
            "meeting": _ref("MeetingSummary"),
            "role": _nullable("string"),
            "attendance": {"type": "string", "enum": [a.value for a in vocab.Attendance]},
            "organization": _nullable("string"),
            "note": _nullable("string"),
        },
    }
    person = {
        "type": "object",
        "required": ["id", "name", "url", "memberships", "meetings", "meetings_count",
                     "meetings_url", "actions", "actions_count", "actions_url"],
        "properties": {
            "id": {"type": "integer"},
            "name": {"type": "string"},
            "url": {"type": "string", "format": "uri"},
            "memberships": {"type": "array", "items": _ref("Membership")},
            "meetings": {"type": "array", "items": _ref("Attendance"), "description": (
                "The newest 50; all of them, paged, at meetings_url.")},
            "meetings_count": {"type": "integer"},
            "meetings_url": {"type": "string", "format": "uri"},
            "actions": {"type": "array", "items": _ref("Action"), "description": (
                "The first 50, due first; all of them, paged, at actions_url.")},
            "actions_count": {"type": "integer"},
            "actions_url": {"type": "string", "format": "uri"},
        },
    }
    meeting = {
        "description": "A minutes record, spec v1 (docs: shared/spec/minutes-json.md), "
                       "plus id, status and links.",
        "type": "object",
        "required": ["id", "status", "url", "schema_version", "source", "kind", "title",
                     "body", "organization", "document_date", "meeting", "participants",
                     "items", "next_meeting", "warnings"],
        "properties": {
            "id": {"type": "integer"},
            "status": {"type": "string", "enum": [s.value for s in vocab.MeetingStatus]},
            "cancel_reason": _nullable("string", description=(
                "Why a cancelled meeting was called off (null otherwise or when none "
                "was given).")),
            "url": {"type": "string", "format": "uri"},
            "body_url": _nullable("string", format="uri"),
            "schema_version": {"const": 1},
            "source": {"type": "object"},
            "kind": {"type": "string", "enum": [k.value for k in vocab.DocumentKind]},
            "title": _nullable("string"),
            "body": _nullable("string"),
            "organization": _nullable("string"),
            "document_date": _nullable("string", format="date"),
            "meeting": {"type": "object"},
            "participants": {"type": "array", "items": {"type": "object"}},
            "items": {"type": "array", "items": _ref("MeetingItem")},
            "next_meeting": {"type": "object"},
            "warnings": {"type": "array", "items": {"type": "string"}},
        },
    }
    item_link = {
        "description": "Another item of the same body's series, one you may see.",
        "type": "object",
        "required": ["number", "title", "meeting", "url", "web_url"],
        "properties": {
            "text": {"type": "string", "description": (
                "references only: the number as the text wrote it (\"012/27\", "
                "\"12/2027\")")},
            "number": _nullable("string", description="the item's number"),
            "title": _nullable("string"),
            "meeting": {"type": "integer", "description": "the item's meeting's id"},
            "url": {"type": "string", "format": "uri", "description": "the meeting (API)"},
            "web_url": {"type": "string", "format": "uri",
                        "description": "the item on the meeting page"},
        },
    }
    meeting_item = {
        "description": "An item of the minutes record (number, title, text, decisions, "
                       "actions) plus its case references both ways.",
        "type": "object",
        "required": ["number", "title", "text", "decisions", "actions", "references",
                     "referenced_by"],
        "properties": {
            "number": _nullable("string"),
            "title": _nullable("string"),
            "text": _nullable("string"),
            "decisions": {"type": "array", "items": {"type": "string"}},
            "actions": {"type": "array", "items": {"type": "object"}},
            "references": {"type": "array", "items": _ref("ItemLink"), "description": (
                "The items its text, decisions and actions name (\"jf. sak 12/27\"), "
                "once each, in order.")},
            "referenced_by": {"type": "array", "items": _ref("ItemLink"), "description": (
                "The items naming it, oldest meeting first.")},
        },
    }
    hit = {
        "type": "object",
        "required": ["meeting", "item_number", "title", "snippet"],
        "properties": {
            "meeting": {"type": "integer", "description": "the meeting's id"},
            "meeting_url": {"type": "string", "format": "uri"},
            "item_number": _nullable("string"),
            "title": _nullable("string"),
            "kind": {"type": "string", "enum": ["title", "item", "decision", "action"],
                     "description": "which part of the meeting matched"},
            "snippet": {"type": "string", "description": "plain text around the match"},
            "body": {"oneOf": [_ref("BodyRef"), {"type": "null"}]},
            "date": _nullable("string", format="date"),
            "status": {"type": "string", "enum": [s.value for s in vocab.MeetingStatus],
                       "description": "the meeting's status: a member's hit in a draft "
                                      "says so"},
        },
    }
    return {
        "Error": {"type": "object", "required": ["error"],
                  "properties": {"error": {"type": "string"}}},
        "BodyRef": ref_body,
        "PersonRef": ref_person,
        "MeetingSummary": meeting_summary,
        "MeetingList": _paged("MeetingSummary"),
        "Meeting": meeting,
        "MeetingItem": meeting_item,
        "ItemLink": item_link,
        "BodySummary": body_summary,
        "BodyList": _paged("BodySummary"),
        "Body": body,
        "Membership": membership,
        "Person": person,
        "Attendance": attendance,
        "AttendanceList": _paged("Attendance"),
        "PersonList": _paged("PersonRef"),
        "Action": action,
        "ActionList": _paged("Action"),
        "SearchHit": hit,
        "SearchResult": _search_result(),
        "Index": {"type": "object", "additionalProperties": {"type": "string"}},
    }


def _paths() -> dict[str, Any]:
    """Every route under /api/v1/, keyed by its OpenAPI path template."""
    statuses = [s.value for s in vocab.MeetingStatus]
    return {
        "/api/v1/": _get("Links to every collection", _json("Links.", _ref("Index")), [],
                         "index", "index"),
        "/api/v1/meetings/": _get(
            "Meetings you may see, newest first",
            _json("A page of meetings.", _ref("MeetingList")),
            [BODY, YEAR, _query("status", "Life-cycle state.",
                                {"type": "string", "enum": statuses}),
             _query("when", "upcoming (dated today or later) or past (before today); "
                    "undated meetings are neither.",
                    {"type": "string", "enum": [w.value for w in vocab.MeetingWhen]}), PAGE],
            "listMeetings", "meetings"),
        "/api/v1/meetings/{meeting_id}/": _get(
            "One meeting as a minutes record",
            _json("The meeting.", _ref("Meeting")),
            [_path("meeting_id", "The meeting's id.", {"type": "integer"})],
            "getMeeting", "meetings"),
        "/api/v1/bodies/": _get(
            "Bodies and working groups",
            _json("A page of bodies.", _ref("BodyList")), [PAGE], "listBodies", "bodies"),
        "/api/v1/bodies/{slug}/": _get(
            "One body with its members and meeting ids",
            _json("The body.", _ref("Body")),
            [_path("slug", "The body's slug.", {"type": "string"})], "getBody", "bodies"),
        "/api/v1/people/": _get(
            "People you may see (members, or named in minutes you may see), by name",
            _json("A page of people.", _ref("PersonList")),
            [_query("body", "A body's slug: only its members (see /api/v1/bodies/).",
                    {"type": "string"}), PAGE],
            "listPeople", "people"),
        "/api/v1/people/{person_id}/": _get(
            "One person: memberships, meetings and actions",
            _json("The person.", _ref("Person")),
            [_path("person_id", "The person's id.", {"type": "integer"})],
            "getPerson", "people"),
        "/api/v1/people/{person_id}/meetings/": _get(
            "The meetings you may see that a person is listed at, newest first",
            _json("A page of the person's meetings.", _ref("AttendanceList")),
            [_path("person_id", "The person's id.", {"type": "integer"}), PAGE],
            "listPersonMeetings", "people"),
        "/api/v1/actions/": _get(
            "Follow-ups from meetings you may see",
            _json("A page of actions.", _ref("ActionList")),
            [BODY, _query("status", "open, overdue (open and past due) or done.",
                          {"type": "string", "enum": ["open", "overdue", "done"]}),
             _query("person", "The responsible person's id.",
                    {"type": "integer", "minimum": 1}), PAGE],
            "listActions", "actions"),
        "/api/v1/search": _get(
            "Full-text search in the minutes you may see",
            _json("A page of hits.", _ref("SearchResult")),
            [{**_query("q", "Search words.", {"type": "string"}), "required": True},
             BODY, YEAR, _query("person", "A person's id.",
                                          {"type": "integer", "minimum": 1}),
             _query("kind", "Only hits of this kind: meeting titles, items, decisions or "
                            "actions.", {"type": "string", "enum": list(KINDS)}), PAGE],
            "search", "search"),
        "/api/v1/openapi.json": _get(
            "This description", _json("OpenAPI 3.1 document.", {"type": "object"}), [],
            "openapi", "index"),
    }


def openapi_document(server_url: str = "/api/v1/") -> dict[str, Any]:
    """The whole OpenAPI 3.1 document; ``server_url`` is informative only."""
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "motebok API",
            "version": API_VERSION,
            "description": "Read-only JSON API over the minutes archive. Session "
                           "authentication: a logged-in user sees what the web pages show; "
                           "the public sees published minutes only. Errors are "
                           '{"error": "..."}. See docs/api.md.',
        },
        "servers": [{"url": "/", "description": f"this site ({server_url})"}],
        "paths": _paths(),
        "components": {
            "schemas": _schemas(),
            "securitySchemes": {
                "session": {"type": "apiKey", "in": "cookie", "name": "sessionid"},
            },
        },
        "security": [{}, {"session": []}],
    }
