"""The public pages. Thin: read the request, ask ``queries``, render a template.

Every lookup goes through ``visible_to(request.user)``, so a draft answers 404 (not 403)
to anyone without a role on its body: the public cannot even learn that it exists.
"""

from __future__ import annotations

import io
import mimetypes

from django.contrib.auth.views import redirect_to_login
from django.core.paginator import Paginator
from django.http import FileResponse, Http404, HttpRequest, HttpResponse, StreamingHttpResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext
from django.views.decorators.http import require_safe

from motebok.archive.models import (
    Action,
    Decision,
    Meeting,
    Organization,
    Person,
    reads_closed_items,
)
from motebok.archive.references import ReferenceIndex
from motebok.vocab import AccessRole
from motebok.web import queries, spreadsheet
from motebok.web.forms import ActionFilterForm, MeetingFilterForm, SearchForm
from motebok.web.search import run_search

#: Actions per page of the actions list and of a person's.
ACTIONS_PER_PAGE = 50
#: Meetings per page of a body's meeting list and of a person's.
MEETINGS_PER_PAGE = 30
#: Content types by source format, for files whose name does not tell.
FORMAT_TYPES = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "odt": "application/vnd.oasis.opendocument.text",
    "txt": "text/plain",
    "md": "text/markdown",
    "html": "text/html",
}


@require_safe
def home(request: HttpRequest) -> HttpResponse:
    """Front page: latest meetings, open and overdue actions, a search box."""
    today = timezone.localdate()
    actions = queries.mark_overdue(queries.open_actions(request.user, today, limit=10), today)
    return render(request, "motebok/home.html", {
        "meetings": queries.latest_meetings(request.user),
        "actions": actions,
        "overdue_count": queries.overdue_count(request.user, today),
    })


def _with_groups(bodies: list) -> list:
    """The bodies of ``queries.body_list``'s tree, each followed by its working groups."""
    return [shown for body in bodies for shown in (body, *_with_groups(body.groups))]


@require_safe
def body_list(request: HttpRequest) -> HttpResponse:
    """All bodies with their working groups, and the calendar of all or chosen bodies."""
    bodies = queries.body_list(request.user)
    return render(request, "motebok/body_list.html", {
        "bodies": bodies,
        "calendar_bodies": _with_groups(bodies),
    })


@require_safe
def body_detail(request: HttpRequest, slug: str) -> HttpResponse:
    """One body: meetings by year (paged), members and attendance, open actions, groups."""
    body = get_object_or_404(Organization.objects.select_related("parent", "lead"), slug=slug)
    today = timezone.localdate()
    meetings = Paginator(queries.body_meetings(request.user, body), MEETINGS_PER_PAGE)
    actions, open_count = queries.body_actions(request.user, body, today)
    return render(request, "motebok/body_detail.html", {
        "body": body,
        "meetings": meetings.get_page(request.GET.get("page")),
        "members": queries.member_attendance(request.user, body, today),
        "actions": actions,
        "open_count": open_count,
        "groups": queries.working_groups(body),
    })


#: Decisions per page of a body's list of decisions (one year).
DECISIONS_PER_PAGE = 100


@require_safe
def body_decisions(request: HttpRequest, slug: str) -> HttpResponse:
    """A body's decisions of one year (``?year=``, else the latest with any), with a link
    to the meeting and to the item of each: the "vedtaksliste" a member looks things up in.
    The years offered are those with decisions the viewer may see."""
    body = get_object_or_404(Organization, slug=slug)
    years = queries.decision_years(request.user, body)
    # (the year as one of those offered, compared as written: a number thousands of
    # digits long is no year, and int() would refuse it with an error page)
    wanted = request.GET.get("year", "")
    year = next((each for each in years if str(each) == wanted), years[0] if years else None)
    decisions = (queries.body_decisions(request.user, body, year) if year is not None
                 else Decision.objects.none())
    page = Paginator(decisions, DECISIONS_PER_PAGE).get_page(request.GET.get("page"))
    return render(request, "motebok/body_decisions.html",
                  {"body": body, "years": years, "year": year, "page": page})


@require_safe
def meeting_list(request: HttpRequest) -> HttpResponse:
    """The meetings of every body the viewer may see, newest first, paged; filtered by
    bodies (several), year and upcoming or past — ``Meeting.objects.listed``, the query of
    the API's meeting list."""
    form = MeetingFilterForm(request.GET or None, bodies=queries.body_choices(request.user),
                             years=queries.meeting_years(request.user))
    filters = form.cleaned_data if form.is_valid() else {}
    meetings = Meeting.objects.listed(request.user, bodies=filters.get("body"),
                                      year=filters.get("year"), when=filters.get("when"))
    page = Paginator(meetings, MEETINGS_PER_PAGE).get_page(request.GET.get("page"))
    return render(request, "motebok/meeting_list.html", {"form": form, "page": page})


@require_safe
def meeting_detail(request: HttpRequest, meeting_id: int) -> HttpResponse:
    """One meeting: header, participants, items with decisions and actions."""
    meeting = queries.meeting_for_page(request.user, meeting_id)
    if meeting is None:
        raise Http404("No such meeting")
    today = timezone.localdate()
    references = ReferenceIndex.for_meeting(meeting, request.user)
    for item in meeting.items.all():
        queries.mark_overdue(item.actions.all(), today)
        item.referred_by = references.referred_by.get(item.pk, [])
    previous, following = queries.neighbours(request.user, meeting)
    # items closed to the public: read in full only by those who see the body's drafts
    # (asked only when there is one: no query on the pages of open minutes)
    reads_closed = (any(item.is_closed for item in meeting.items.all())
                    and reads_closed_items(request.user, meeting))
    return render(request, "motebok/meeting_detail.html", {
        "meeting": meeting,
        "reads_closed": reads_closed,
        "references": references,
        "participants": queries.group_participants(meeting.participations.all()),
        "files": queries.published_files(meeting, reads_closed=reads_closed),
        "previous": previous,
        "next": following,
    })


@require_safe
def meeting_source(request: HttpRequest, meeting_id: int) -> FileResponse:
    """The original file, as a download under its original name.

    Always an attachment and sandboxed, so an HTML source can never run in our origin.
    """
    document = queries.source_for_download(request.user, meeting_id)
    if document is None:
        raise Http404("No such file")
    content_type = (mimetypes.guess_type(document.filename)[0]
                    or FORMAT_TYPES.get(document.format, "application/octet-stream"))
    response = FileResponse(io.BytesIO(bytes(document.content)), as_attachment=True,
                            filename=document.filename, content_type=content_type)
    response["Content-Security-Policy"] = "sandbox"
    return response


@require_safe
def person_detail(request: HttpRequest, person_id: int) -> HttpResponse:
    """One person: memberships, meetings attended and actions, each list paged."""
    person = get_object_or_404(Person, pk=person_id)
    page = queries.person_page(request.user, person)
    page.participations = Paginator(page.participations, MEETINGS_PER_PAGE).get_page(
        request.GET.get("page"))
    # the actions are paged on their own ("actions_page"): turning one list's pages
    # leaves the other where it was
    page.actions = Paginator(page.actions, ACTIONS_PER_PAGE).get_page(
        request.GET.get("actions_page"))
    page.actions.object_list = queries.mark_overdue(page.actions.object_list,
                                                    timezone.localdate())
    if page.is_empty:
        raise Http404("Nothing to show about this person")
    return render(request, "motebok/person_detail.html", {"person": person, "page": page})


def _filtered_actions(request: HttpRequest, today) -> tuple[ActionFilterForm, object]:
    """The actions list's filter form and the actions it picks (``/actions/`` and
    ``/actions.csv`` alike: the same query string gives the same rows)."""
    bodies, people = queries.action_filter_choices(request.user)
    form = ActionFilterForm(request.GET or None, bodies=bodies, people=people)
    filters = form.cleaned_data if form.is_valid() else {}
    actions = queries.filtered_actions(
        request.user, today, body=filters.get("body"), responsible=filters.get("responsible"),
        status=filters.get("status", ""))
    return form, actions


@require_safe
def action_list(request: HttpRequest) -> HttpResponse:
    """All actions, filterable by body, responsible person and status."""
    today = timezone.localdate()
    form, actions = _filtered_actions(request, today)
    page = Paginator(actions, ACTIONS_PER_PAGE).get_page(request.GET.get("page"))
    page.object_list = queries.mark_overdue(page.object_list, today)
    csv_query = request.GET.copy()
    csv_query.pop("page", None)
    return render(request, "motebok/action_list.html",
                  {"form": form, "page": page, "csv_query": csv_query.urlencode()})


@require_safe
def action_csv(request: HttpRequest) -> HttpResponse | StreamingHttpResponse:
    """The actions list as a spreadsheet (``spreadsheet`` says how it is written): every
    action the page's filters pick (all pages), in the page's order, streamed; a filter
    the page would report (an unknown body) is a 400 that says so."""
    today = timezone.localdate()
    form, actions = _filtered_actions(request, today)
    if form.is_bound and not form.is_valid():
        # the page shows everything with the error beside the field; a file of everything
        # would pass for the filtered list, so a bad filter is refused, saying which
        problems = "\n".join(f"{form.fields[name].label}: {' '.join(errors)}"
                             for name, errors in form.errors.items())
        return HttpResponse(problems, status=400, content_type="text/plain; charset=utf-8")
    # (the meeting page's path reversed once, for id 0, and each row's id put in its
    # place, "/meetings/<id>/": reverse() costs a tenth of a millisecond, once per row
    # of a file of thousands)
    meeting_path = reverse("web:meeting", args=[0]).removesuffix("0/")

    def meeting_url(meeting_id: int) -> str:
        return request.build_absolute_uri(f"{meeting_path}{meeting_id}/")

    lines = spreadsheet.action_lines(actions.iterator(chunk_size=spreadsheet.CHUNK), today,
                                     meeting_url)
    response = StreamingHttpResponse(lines, content_type="text/csv; charset=utf-8")
    filename = f"{gettext('actions')}-{today.isoformat()}.csv"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@require_safe
def my_actions(request: HttpRequest) -> HttpResponse:
    """The logged-in user's own actions (those on the person their account is linked to):
    open ones, overdue first by due date, paged; anyone else is sent to log in."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    person = Person.objects.filter(user_id=request.user.pk).first()
    today = timezone.localdate()
    actions = (queries.filtered_actions(request.user, today, responsible=person, status="open")
               if person is not None else Action.objects.none())
    page = Paginator(actions, ACTIONS_PER_PAGE).get_page(request.GET.get("page"))
    page.object_list = queries.mark_overdue(page.object_list, today)
    # not linked: where the user could link it, when they are a body's secretariat
    managed = (list(Organization.objects.filter(
        accesses__user=request.user, accesses__role=AccessRole.SECRETARIAT).order_by("name"))
        if person is None else [])
    return render(request, "motebok/my_actions.html",
                  {"person": person, "page": page, "managed_bodies": managed})


@require_safe
def search(request: HttpRequest) -> HttpResponse:
    """Full-text search with body, year, person and kind filters, ranked and paged; the
    person is typed, with the names of the chosen body's meetings offered."""
    form = SearchForm(request.GET or None, bodies=queries.body_choices(request.user),
                      people=Person.objects.visible_to(request.user))
    results = run_search(request.user, form) if form.is_valid() else None
    body = form.cleaned_data.get("body") if form.is_bound else None
    similar = (queries.similar_people(request.user, results.query)
               if results is not None and not results.hits and results.page == 1 else [])
    return render(request, "motebok/search.html", {
        "form": form,
        "results": results,
        "named_people": [p for p in similar if p.exact],
        "similar_people": [p for p in similar if not p.exact],
        "people_offered": queries.search_people(request.user, body),
        "search_query": form.data.get("q", ""),
    })
