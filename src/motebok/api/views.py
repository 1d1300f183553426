"""The read-only JSON API (v1): plain function views, session authentication.

Every query starts from ``visible_to(request.user)`` so the API shows exactly what
the web pages would: the public sees published minutes only, and a draft answers 404
(never 403) to anyone without a role on its body, so its existence is not revealed.
"""

from __future__ import annotations

from typing import Any

from django.db.models import Exists, F, OuterRef, Q, QuerySet
from django.http import HttpRequest, JsonResponse
from django.shortcuts import get_object_or_404
from django.urls import Resolver404, ResolverMatch, resolve
from django.utils import timezone

from motebok import vocab
from motebok.api import pagination, params, serialize
from motebok.api.http import BadParameter, NotFound, api_view, error, ok
from motebok.api.openapi import openapi_document
from motebok.archive.models import (
    Action,
    Meeting,
    Membership,
    Organization,
    Participation,
    Person,
    reads_closed_items,
)
from motebok.search.results import KINDS

BODY_KINDS = (vocab.OrganizationKind.BODY, vocab.OrganizationKind.WORKING_GROUP)
ACTION_FILTERS = tuple(vocab.ActionFilter)
#: Orders that put undated rows last on every database (NULL sorts differently).
NEWEST_FIRST = (F("date").desc(nulls_last=True), "-pk")
DUE_FIRST = (F("due").asc(nulls_last=True), "pk")


def _body_by_slug(request: HttpRequest, slug: str | None) -> Organization | None:
    """The body named by a ``body`` filter, or a 400 naming the unknown slug.

    Known means listed under /api/v1/bodies/ for this user: an organisation known only
    from drafts is as unknown as a typo (an empty 200 would tell that it exists)."""
    if slug is None:
        return None
    body = _bodies(request).filter(slug=slug).first()
    if body is None:
        raise BadParameter(f"unknown body {slug!r} (see /api/v1/bodies/)")
    return body


def _visible_meetings(request: HttpRequest) -> QuerySet[Meeting]:
    """Meetings this user may see, the body preloaded for the summaries."""
    return Meeting.objects.visible_to(request.user).select_related("body")


@api_view
def index(request: HttpRequest) -> JsonResponse:
    """Entry point: where every collection lives."""
    return ok({
        "version": "v1",
        "documentation": serialize.link(request, "openapi"),
        "meetings": serialize.link(request, "meetings"),
        "bodies": serialize.link(request, "bodies"),
        "actions": serialize.link(request, "actions"),
        "search": serialize.link(request, "search"),
        "people": serialize.link(request, "people"),
    })


@api_view
def meeting_list(request: HttpRequest) -> JsonResponse:
    """Visible meetings, newest first, filtered by body slug, year, status and upcoming or
    past: ``Meeting.objects.listed``, the query of the web's meeting list too."""
    query = request.GET
    body = _body_by_slug(request, params.text(query, "body"))
    meetings = Meeting.objects.listed(
        request.user, bodies=[body] if body is not None else None, year=params.year(query),
        status=params.choice(query, "status", [s.value for s in vocab.MeetingStatus]),
        when=params.choice(query, "when", [w.value for w in vocab.MeetingWhen]))
    return ok(pagination.paginate(request, meetings,
                                  lambda m: serialize.meeting_summary(request, m)))


@api_view
def meeting_detail(request: HttpRequest, meeting_id: int) -> JsonResponse:
    """One meeting as a minutes record (spec v1) plus its id, status and links."""
    from motebok.archive import exporter

    meeting = get_object_or_404(_visible_meetings(request), pk=meeting_id)
    data: dict[str, Any] = {
        "id": meeting.pk,
        "status": meeting.status,
        # why it was called off: the secretariat's words, not the minutes' (no spec key)
        "cancel_reason": (meeting.cancel_reason or None) if meeting.cancelled else None,
        "url": serialize.link(request, "meeting", meeting.pk),
        "body_url": serialize.link(request, "body", meeting.body.slug) if meeting.body else None,
    }
    # an item closed to the public: its number, neutral title and legal basis only,
    # unless this user may read it (``reads_closed_items``, the drafts' rule)
    public = not reads_closed_items(request.user, meeting)
    data.update(exporter.export_meeting(meeting, public=public).to_dict())
    serialize.add_references(request, meeting, data["items"])
    return ok(data)


def _bodies(request: HttpRequest) -> QuerySet[Organization]:
    """Bodies and working groups, plus any organisation that has held a meeting this user
    may see or that a body is part of (every ``parent`` link must lead somewhere)."""
    has_meetings = Exists(Meeting.objects.visible_to(request.user).filter(body=OuterRef("pk")))
    has_bodies = Exists(Organization.objects.filter(parent=OuterRef("pk")))
    return (Organization.objects.filter(Q(kind__in=BODY_KINDS) | Q(has_meetings) | Q(has_bodies))
            .select_related("parent").order_by("name", "pk"))


@api_view
def body_list(request: HttpRequest) -> JsonResponse:
    """Every body (public: bodies exist openly even when their minutes do not)."""
    return ok(pagination.paginate(request, _bodies(request),
                                  lambda b: serialize.body_summary(request, b)))


@api_view
def body_detail(request: HttpRequest, slug: str) -> JsonResponse:
    """One body with its members and the ids of the meetings this user may see."""
    body = get_object_or_404(_bodies(request), slug=slug)
    members = (Membership.objects.visible_to(request.user).filter(body=body)
               .select_related("person", "representing").order_by("person__name", "pk"))
    meeting_ids = list(Meeting.objects.visible_to(request.user).filter(body=body)
                       .order_by(*NEWEST_FIRST).values_list("pk", flat=True))
    data = serialize.body_summary(request, body)
    data.update({
        "aliases": list(body.aliases or []),
        "mandate": body.mandate or None,
        "numbering": body.numbering,
        "lead": serialize.person_ref(request, body.lead),
        "ends_on": serialize.iso(body.ends_on),
        "members": [serialize.membership(request, m, side="body") for m in members],
        "meetings": meeting_ids,
        "meetings_url": serialize.link(request, "meetings") + f"?body={body.slug}",
    })
    return ok(data)


def _visible_actions(request: HttpRequest) -> QuerySet[Action]:
    """Actions whose meeting this user may see, with what a row needs preloaded."""
    return (Action.objects.visible_to(request.user)
            .select_related("item__meeting__body", "responsible_person"))


def _visible_people(request: HttpRequest) -> QuerySet[Person]:
    """People this user may see (``Person.objects.visible_to``): members of a body, or
    named in a visible meeting, so the list never names someone who appears only in
    drafts."""
    return Person.objects.visible_to(request.user)


@api_view
def person_list(request: HttpRequest) -> JsonResponse:
    """People this user may see, by name; ``body`` narrows to a body's members."""
    body = _body_by_slug(request, params.text(request.GET, "body"))
    people = _visible_people(request)
    if body is not None:
        people = people.filter(pk__in=Membership.objects.visible_to(request.user)
                               .filter(body=body).values("person_id"))
    people = people.order_by("name", "pk")
    return ok(pagination.paginate(request, people, lambda p: serialize.person_ref(request, p)))


def _visible_person(request: HttpRequest, person_id: int) -> Person:
    """A person this user may see: a member of some body, or named in a visible meeting.

    Someone who appears only in drafts is as unknown to the public as the draft.
    """
    return get_object_or_404(_visible_people(request), pk=person_id)


def _attended(request: HttpRequest, person: Person) -> QuerySet[Participation]:
    """The person's rows in meetings this user may see, newest meeting first."""
    return (Participation.objects
            .filter(person=person, meeting__in=Meeting.objects.visible_to(request.user))
            .select_related("meeting__body")
            .order_by(F("meeting__date").desc(nulls_last=True), "-meeting_id"))


@api_view
def person_detail(request: HttpRequest, person_id: int) -> JsonResponse:
    """One person: memberships, and the first page (newest meetings, actions due first)
    of the visible meetings attended and actions held, with counts and links to all."""
    person = _visible_person(request, person_id)
    memberships = (Membership.objects.visible_to(request.user).filter(person=person)
                   .select_related("body", "representing").order_by("body__name", "pk"))
    attended = _attended(request, person)
    actions = _visible_actions(request).filter(responsible_person=person).order_by(*DUE_FIRST)
    size = pagination.PAGE_SIZE
    today = timezone.localdate()
    return ok({
        "id": person.pk,
        "name": person.name,
        "url": serialize.link(request, "person", person.pk),
        "memberships": [serialize.membership(request, m, side="person") for m in memberships],
        "meetings": [serialize.participation(request, p) for p in attended[:size]],
        "meetings_count": attended.count(),
        "meetings_url": serialize.link(request, "person_meetings", person.pk),
        "actions": [serialize.action(request, a, today) for a in actions[:size]],
        "actions_count": actions.count(),
        "actions_url": serialize.link(request, "actions") + f"?person={person.pk}",
    })


@api_view
def person_meetings(request: HttpRequest, person_id: int) -> JsonResponse:
    """All the visible meetings a person is listed at, newest first, paged."""
    person = _visible_person(request, person_id)
    return ok(pagination.paginate(request, _attended(request, person),
                                  lambda p: serialize.participation(request, p)))


@api_view
def action_list(request: HttpRequest) -> JsonResponse:
    """Follow-ups in visible meetings, by body and by open, overdue or done."""
    query = request.GET
    body = _body_by_slug(request, params.text(query, "body"))
    status = params.choice(query, "status", ACTION_FILTERS)
    person = params.integer(query, "person", minimum=1)
    today = timezone.localdate()
    actions = _visible_actions(request)
    if body is not None:
        actions = actions.filter(item__meeting__body=body)
    if person is not None:
        actions = actions.filter(responsible_person_id=person)
    actions = actions.in_state(status, today).order_by(*DUE_FIRST)
    return ok(pagination.paginate(request, actions, lambda a: serialize.action(request, a, today)))


@api_view
def search(request: HttpRequest) -> JsonResponse:
    """Full-text search over the minutes this user may see, hits with plain snippets."""
    from motebok.search import search as run_search

    query = request.GET
    text = params.text(query, "q")
    if text is None:
        raise BadParameter("parameter 'q' is required")
    body = _body_by_slug(request, params.text(query, "body"))
    year = params.year(query)
    person = params.integer(query, "person", minimum=1)
    kind = params.choice(query, "kind", KINDS)
    number = params.page(query)
    found = run_search(text, user=request.user, body=body.pk if body else None, year=year,
                       person=person, kind=kind, page=number, per_page=pagination.PAGE_SIZE)
    last = max(1, found.pages)
    if number > last:
        # The search service clamps to the last page; the API says so like every list.
        raise NotFound(f"page {number} does not exist; the last page is {last}")
    envelope = pagination.page_envelope(
        request, number, last, found.total, [serialize.search_hit(request, h) for h in found.hits])
    # Very common words are counted only up to a limit: then there are more than "count".
    envelope["capped"] = found.capped
    # Word-part hits are read only by a page that reaches them: before, "count" is the
    # whole-word hits alone and there may be more.
    envelope["lower_bound"] = found.lower_bound
    return ok(envelope)


@api_view
def openapi(request: HttpRequest) -> JsonResponse:
    """The OpenAPI 3.1 description of this API."""
    return ok(openapi_document(request.build_absolute_uri("/api/v1/")))


@api_view
def not_found(request: HttpRequest, rest: str = "") -> JsonResponse:
    """Any other path under /api/: a JSON 404 rather than the HTML page.

    The catch-all stops CommonMiddleware's slash redirect, so a missing slash gets a hint.
    """
    message = f"no API endpoint at {request.path}"
    if not request.path.endswith("/"):
        match = resolve_or_none(request.path + "/")
        if match is not None and match.func is not not_found:
            message += f"; did you mean {request.path}/?"
    return error(404, message)


def resolve_or_none(path: str) -> ResolverMatch | None:
    """The route a path resolves to, or None."""
    try:
        return resolve(path)
    except Resolver404:
        return None
