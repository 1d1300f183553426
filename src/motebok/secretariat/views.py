"""Pages of the secretariat: bodies, meeting plan, agenda, summons, minutes, approval.

Every view first asks ``access`` for the user's role on the body: no role → 404 (drafts
do not reveal themselves), too low a role → 403. Changes are audited; changes to
approved (locked) minutes go through ``minutes.editing`` and create a new version.
"""

from __future__ import annotations

import datetime as dt
import json

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.db.models import Case, IntegerField, Prefetch, Value, When
from django.http import FileResponse, Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from motebok.archive.models import (
    Action,
    Decision,
    Meeting,
    Membership,
    Organization,
    Participation,
    PersonMergeSuggestion,
    SuggestionStatus,
)
from motebok.errors import MotebokError
from motebok.secretariat import (
    agenda,
    audit,
    calendar_feed,
    documents,
    forms,
    minutes,
    people,
    planning,
    summons,
)
from motebok.secretariat.access import (
    Role,
    bodies_for,
    body_or_404,
    item_or_404,
    meeting_or_404,
    readable_meeting_or_404,
    require,
    role_for,
    served_bodies,
)
from motebok.secretariat.forms import error_summary as _errors
from motebok.secretariat.models import (
    Attachment,
    AuditAction,
    AuditEntry,
    ItemComment,
    MinutesVersion,
    held,
)
from motebok.vocab import (
    ActionStatus,
    Attendance,
    MeetingStatus,
    MembershipRole,
    OrganizationKind,
    ParticipantRole,
)

#: The statuses whose page says whom the summons reached: cancelling tells them, and
#: reinstating offers to summon them again.
SUMMONED_SHOWN = frozenset({MeetingStatus.PLANNED.value, MeetingStatus.CANCELLED.value})

PARTICIPANT_ROLE = {
    MembershipRole.LEADER.value: ParticipantRole.CHAIR.value,
    MembershipRole.SECRETARIAT.value: ParticipantRole.SECRETARY.value,
    MembershipRole.OBSERVER.value: ParticipantRole.GUEST.value,
}

#: Members listed as a body lists them: leader first, observers last.
ROLE_ORDER = Case(*(When(role=role.value, then=Value(rank))
                    for rank, role in enumerate(MembershipRole)),
                  default=Value(len(MembershipRole)), output_field=IntegerField())


def _to_meeting(meeting, anchor: str = "") -> HttpResponse:
    """Back to the meeting's workspace, optionally at one section."""
    url = reverse("secretariat:meeting", args=[meeting.pk])
    return redirect(f"{url}#{anchor}" if anchor else url)


# --- bodies ------------------------------------------------------------------------------


@login_required
def dashboard(request: HttpRequest) -> HttpResponse:
    """The bodies the user works with and their coming meetings."""
    today = dt.date.today()
    # one prefetch for all bodies (not a query per body): the next three of each
    upcoming = Prefetch("meetings", to_attr="upcoming", queryset=Meeting.objects.filter(
        date__gte=today).order_by("date", "start", "pk")[:3])
    rows = [{"body": body, "upcoming": body.upcoming}
            for body in bodies_for(request.user).order_by("name").prefetch_related(upcoming)]
    suggestions, suggestion_count = _dashboard_suggestions(request.user)
    return render(request, "secretariat/dashboard.html", {
        "rows": rows, "merge_suggestions": suggestions, "merge_count": suggestion_count})


#: The most merge suggestions the dashboard lists, best first (the rest: the admin's list).
DASHBOARD_SUGGESTIONS = 50


def _dashboard_suggestions(user) -> tuple[list, int]:
    """The first ``DASHBOARD_SUGGESTIONS`` of ``merge_suggestions_for(user)``, each with
    the bodies of both people (``keep_bodies``, ``other_bodies``: names, once each), and
    how many there are. Three queries however many."""
    suggestions = merge_suggestions_for(user)
    # the bodies shown are those the user may see the person in (a membership read from
    # another body's draft minutes is as hidden as the draft)
    memberships = (Membership.objects.visible_to(user).select_related("body")
                   .order_by("body__name", "pk"))
    shown = list(suggestions.prefetch_related(
        Prefetch("keep__memberships", queryset=memberships),
        Prefetch("other__memberships", queryset=memberships))[:DASHBOARD_SUGGESTIONS])
    for suggestion in shown:
        suggestion.keep_bodies = list(dict.fromkeys(
            m.body.name for m in suggestion.keep.memberships.all()))
        suggestion.other_bodies = list(dict.fromkeys(
            m.body.name for m in suggestion.other.memberships.all()))
    total = len(shown) if len(shown) < DASHBOARD_SUGGESTIONS else suggestions.count()
    return shown, total


def body_detail(request: HttpRequest, slug: str) -> HttpResponse:
    """Mandate, members, working groups, meetings and open actions of one body."""
    body, role = body_or_404(request.user, slug, Role.MEMBER)
    return _body_page(request, body, role)


#: The forms of the body page with their own ids (four forms on one page: each label
#: must name its own field).
BODY_FORMS = {"body_form": "id_body_%s", "member_form": "id_member_%s",
              "group_form": "id_group_%s", "plan_form": "id_plan_%s"}


def _body_page(request: HttpRequest, body, role, **bound) -> HttpResponse:
    """The body page; a form in ``bound`` failed validation and is shown with the input
    and its errors (status 400) instead of an empty one."""
    today = dt.date.today()
    open_actions = (Action.objects.open().filter(item__meeting__body=body)
                    .select_related("item__meeting", "responsible_person").order_by("due", "pk"))
    context = {
        "body": body, "role": role, "can_edit": role >= Role.SECRETARIAT, "today": today,
        "memberships": Membership.objects.filter(body=body).select_related(
            "person", "representing").order_by(ROLE_ORDER, "person__name"),
        "groups": Organization.objects.filter(
            parent=body, kind=OrganizationKind.WORKING_GROUP.value).select_related("lead"),
        "meetings": body.meetings.order_by("-date", "-start"),
        "open_actions": [(a, a.is_overdue(today),
                          documents.item_heading(a.item.number, a.item.title))
                         for a in open_actions],
        "body_form": forms.BodyForm(instance=body, auto_id=BODY_FORMS["body_form"]),
        "member_form": forms.MembershipForm(auto_id=BODY_FORMS["member_form"]),
        "group_form": forms.WorkingGroupForm(auto_id=BODY_FORMS["group_form"]),
        "plan_form": forms.MeetingPlanForm(auto_id=BODY_FORMS["plan_form"]),
        "calendar_url": request.build_absolute_uri(
            calendar_feed.feed_path(request.user, body)),
        # a role on a working group is no role on its parent: then its public page
        "parent_url": None if body.parent is None else reverse(
            "secretariat:body" if role_for(request.user, body.parent) != Role.NONE
            else "web:body", args=[body.parent.slug]),
        # the language switch returns here, not to the POST-only address of a failed form
        "page_path": reverse("secretariat:body", args=[body.slug]),
        "merge_suggestions": list(body_merge_suggestions(body)) if role >= Role.SECRETARIAT
        else [],
        **bound,
    }
    return render(request, "secretariat/body.html", context, status=400 if bound else 200)


def body_merge_suggestions(body: Organization):
    """The pending suggestions to merge two people who are both members of ``body``
    ("Eystein Kleiven" and "Kleiven Eystein", both listed as its leader): its
    secretariat sees them on the body page and decides them (``merge_decide``); others
    stay with the administrators (the admin's list of suggestions)."""
    members = Membership.objects.filter(body=body).values("person_id")
    return (PersonMergeSuggestion.objects.filter(status=SuggestionStatus.PENDING,
                                                 keep_id__in=members, other_id__in=members)
            .select_related("keep", "other").order_by("-score", "pk"))


def merge_suggestions_for(user):
    """The pending suggestions to merge two people that ``user`` decides from the
    dashboard: an administrator every one; a secretariat those where each of the two is
    a member of a body it serves (``served_bodies``; not necessarily the same one: a
    secretary of several bodies sees the one person written two ways across them). A
    suggestion about someone of no body they serve stays with the administrators."""
    suggestions = PersonMergeSuggestion.objects.filter(status=SuggestionStatus.PENDING,
                                                       other__isnull=False)
    if not getattr(user, "is_superuser", False):
        members = Membership.objects.filter(
            body__in=served_bodies(user)).values("person_id")
        suggestions = suggestions.filter(keep_id__in=members, other_id__in=members)
    return suggestions.select_related("keep", "other").order_by("-score", "pk")


@require_POST
def merge_decide(request: HttpRequest, pk: int, slug: str | None = None) -> HttpResponse:
    """Accept (merge the two people into the one kept, with every row of the other) or
    reject a suggestion; audited. From a body's page (``slug``): one of its
    ``body_merge_suggestions``, back to that page; from the dashboard (no slug): one of
    ``merge_suggestions_for`` the user, back to the dashboard, the audit entry under a
    body the kept person is a member of and the user serves."""
    if slug is not None:
        body, _role = body_or_404(request.user, slug, Role.SECRETARIAT)
        suggestion = body_merge_suggestions(body).filter(pk=pk).first()
    else:
        suggestion = merge_suggestions_for(request.user).filter(pk=pk).first()
        body = None if suggestion is None else (
            Organization.objects.filter(memberships__person=suggestion.keep)
            .filter(pk__in=served_bodies(request.user).values("pk")).order_by("name").first())
    if suggestion is None:
        raise Http404("no such suggestion")
    accept = request.POST.get("decision") == "accept"
    names = {"keep": suggestion.keep.name, "other": suggestion.other.name}
    with transaction.atomic():
        suggestion.accept() if accept else suggestion.reject()
        audit.record(request.user, suggestion, AuditAction.UPDATE, body=body,
                     summary=f"{names['keep']} ← {names['other']}",
                     changes={"status": [SuggestionStatus.PENDING.value, suggestion.status]})
    if accept:
        messages.success(request, _("%(other)s and %(keep)s are now one person, %(keep)s.")
                         % names)
    else:
        messages.success(request, _("%(other)s and %(keep)s are kept as two people.") % names)
    if slug is None:
        return redirect(reverse("secretariat:dashboard") + "#merge-suggestions")
    return redirect("secretariat:body", slug=body.slug)


@require_POST
def body_edit(request: HttpRequest, slug: str) -> HttpResponse:
    """Change a body's mandate and numbering."""
    body, role = body_or_404(request.user, slug, Role.SECRETARIAT)
    before = audit.snapshot(body)
    form = forms.BodyForm(request.POST, instance=body, auto_id=BODY_FORMS["body_form"])
    if not form.is_valid():
        messages.error(request, _("Not saved: %(errors)s") % {"errors": _errors(form)})
        body.refresh_from_db()
        return _body_page(request, body, role, body_form=form)
    form.save()
    if "numbering" in form.changed_data:
        agenda.renumber_after_numbering_change(body)
    audit.record(request.user, body, AuditAction.UPDATE, body=body,
                 changes=audit.diff(before, audit.snapshot(body)), summary=body.name)
    messages.success(request, _("Saved."))
    return redirect("secretariat:body", slug=body.slug)


@require_POST
def member_add(request: HttpRequest, slug: str) -> HttpResponse:
    """Add a person to a body with a role and the organisation they represent."""
    body, role = body_or_404(request.user, slug, Role.SECRETARIAT)
    form = forms.MembershipForm(request.POST, auto_id=BODY_FORMS["member_form"])
    if not form.is_valid():
        messages.error(request, _("Not saved: %(errors)s") % {"errors": _errors(form)})
        return _body_page(request, body, role, member_form=form)
    data = form.cleaned_data
    with transaction.atomic():
        person = people.person_named(data["name"], data["email"])
        representing = (people.organization_named(data["representing"])
                        if data["representing"] else None)
        current = Membership.objects.held_by(person, body)
        before = audit.snapshot(current) if current is not None else {}
        membership, added = Membership.objects.enter_by_hand(
            person, body, role=data["role"], representing=representing, start=data["start"])
        audit.record(request.user, membership,
                     AuditAction.CREATE if added else AuditAction.UPDATE, body=body,
                     summary=person.name,
                     changes=audit.snapshot(membership) if added
                     else audit.diff(before, audit.snapshot(membership)))
    messages.success(request, (_("%(name)s was added.") if added else
                               _("%(name)s is already a member: the membership was updated."))
                     % {"name": person.name})
    return redirect("secretariat:body", slug=body.slug)


@require_POST
def member_end(request: HttpRequest, pk: int) -> HttpResponse:
    """End a membership today (the history stays)."""
    membership = Membership.objects.select_related("body", "person").filter(pk=pk).first()
    if membership is None:
        raise Http404("no such membership")
    require(request.user, membership.body, Role.SECRETARIAT)
    before = audit.snapshot(membership)
    if not membership.end_by_hand():
        return redirect("secretariat:body", slug=membership.body.slug)
    membership.save()
    audit.record(request.user, membership, AuditAction.UPDATE, body=membership.body,
                 summary=membership.person.name,
                 changes=audit.diff(before, audit.snapshot(membership)))
    return redirect("secretariat:body", slug=membership.body.slug)


@require_POST
def group_new(request: HttpRequest, slug: str) -> HttpResponse:
    """Create a working group under a body, with a lead and an end date."""
    body, role = body_or_404(request.user, slug, Role.SECRETARIAT)
    form = forms.WorkingGroupForm(request.POST, auto_id=BODY_FORMS["group_form"])
    if not form.is_valid():
        messages.error(request, _("Not saved: %(errors)s") % {"errors": _errors(form)})
        return _body_page(request, body, role, group_form=form)
    data = form.cleaned_data
    with transaction.atomic():
        lead = people.person_named(data["lead"]) if data["lead"] else None
        group = Organization.objects.create(
            name=data["name"],
            kind=OrganizationKind.WORKING_GROUP.value, parent=body, mandate=data["mandate"],
            lead=lead, ends_on=data["ends_on"], numbering=body.numbering)
        if lead is not None:
            Membership.objects.create(person=lead, body=group, role=MembershipRole.LEADER.value)
        audit.record(request.user, group, AuditAction.CREATE, body=body, summary=group.name,
                     changes=audit.snapshot(group))
    return redirect("secretariat:body", slug=group.slug)


@require_POST
def meeting_new(request: HttpRequest, slug: str) -> HttpResponse:
    """Plan one meeting, a series every N months, or a list of dates."""
    body, role = body_or_404(request.user, slug, Role.SECRETARIAT)
    form = forms.MeetingPlanForm(request.POST, auto_id=BODY_FORMS["plan_form"])
    if not form.is_valid():
        messages.error(request, _("Not planned: %(errors)s") % {"errors": _errors(form)})
        return _body_page(request, body, role, plan_form=form)
    created = planning.plan_series(body, form.cleaned_data["days"], form.plan(), request.user)
    messages.success(request, ngettext("%(count)d meeting planned.",
                                       "%(count)d meetings planned.", len(created))
                     % {"count": len(created)})
    if len(created) == 1:
        return _to_meeting(created[0])
    return redirect("secretariat:body", slug=body.slug)


@require_safe
def calendar(request: HttpRequest, slug: str, user_id: int, token: str) -> HttpResponse:
    """A member's personal feed of the body's meeting plan (no login: the token decides).

    Unknown body, wrong token or a user without a role on the body: 404, as for drafts.
    """
    body = Organization.objects.filter(slug=slug).first()
    user = calendar_feed.user_for_token(user_id, body, token) if body else None
    if user is None or role_for(user, body) == Role.NONE:
        raise Http404("no such calendar")
    response = HttpResponse(calendar_feed.body_calendar(request, body),
                            content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{body.slug}-moteplan.ics"'
    response["Cache-Control"] = "private, no-store"
    return response


def audit_log(request: HttpRequest, slug: str) -> HttpResponse:
    """The latest changes of a body (the secretariat's view)."""
    body, _role = body_or_404(request.user, slug, Role.SECRETARIAT)
    entries = AuditEntry.name_linked(list(AuditEntry.objects.filter(body=body)[:500]))
    return render(request, "secretariat/audit.html", {"body": body, "entries": entries})


# --- meetings ----------------------------------------------------------------------------


def meeting_detail(request: HttpRequest, pk: int) -> HttpResponse:
    """The meeting workspace: agenda, minutes, attendance, files, summons, approval."""
    meeting, role = meeting_or_404(request.user, pk, Role.MEMBER)
    return _meeting_page(request, meeting, role)


#: The meeting page's forms for the whole meeting, with their own ids.
MEETING_FORMS = {"item_form": "id_new_item_%s", "attachment_form": "id_file_%s"}
#: The forms each item of the meeting page carries, with ids of their own per item.
ITEM_FORMS = {"decision_form": forms.DecisionForm, "action_form": forms.ActionForm,
              "comment_form": forms.CommentForm}


def _item_form(name: str, item, data=None):
    """One of an item's forms (``ITEM_FORMS``), with the ids it has on the meeting page."""
    form_class = ITEM_FORMS[name]
    extra = {"locked": item.meeting.locked} if issubclass(form_class, forms.ReasonForm) else {}
    return form_class(data, auto_id=f"id_item{item.pk}_{name.removesuffix('_form')}_%s",
                      **extra)


def _meeting_form(name: str, meeting, data=None, files=None):
    """One of the meeting's own forms (``MEETING_FORMS``), with its ids on the page."""
    if name == "attachment_form":
        return forms.AttachmentForm(data, files, meeting=meeting,
                                    auto_id=MEETING_FORMS[name])
    return forms.ItemForm(data, locked=meeting.locked, auto_id=MEETING_FORMS[name])


def _meeting_page(request: HttpRequest, meeting, role, item=None, **bound) -> HttpResponse:
    """The meeting workspace; a form in ``bound`` failed validation and is shown with the
    input and its errors (status 400) instead of an empty one — one of ``ITEM_FORMS`` on
    ``item``, else ``edit_form`` or one of ``MEETING_FORMS``."""
    today = dt.date.today()
    items = []
    rows = (meeting.items.order_by("order", "pk")
            .select_related("standard__previous_meeting")
            .prefetch_related("decisions", "actions__responsible_person", "attachments",
                              "comments__author"))
    for row in rows:
        row.meeting = meeting  # the forms ask whether it is locked: no query per item
        standard = getattr(row, "standard", None)
        mine = bound if item is not None and item.pk == row.pk else {}
        items.append({
            "item": row,
            "heading": documents.item_heading(row.number, row.title),
            "standard": standard,
            # prefetched, in their model order; with whether the decision must stay
            "decisions": [(d, standard is not None and standard.keeps(d))
                          for d in row.decisions.all()],
            "actions": [(a, a.is_overdue(today)) for a in row.actions.all()],
            "attachments": row.attachments.all(),
            "comments": row.comments.all(),
            **{name: mine[name] if name in mine else _item_form(name, row)
               for name in ITEM_FORMS},
            "can_approve_summons": standard is not None and standard.summons_approvable(),
            "can_approve_previous": standard is not None and standard.previous_approvable(),
        })
    page_bound = {} if item is not None else bound
    context = {
        "meeting": meeting, "role": role, "can_edit": role >= Role.SECRETARIAT,
        "editable": meeting.in_preparation, "items": items, "today": today,
        "removable": planning.removable(meeting),
        "approvable": meeting.in_preparation and held(meeting),
        "follow_ups": [(a, a.is_overdue(today),
                        documents.item_heading(a.item.number, a.item.title))
                       for a in agenda.follow_ups(meeting)],
        "participations": meeting.participations.select_related("person").order_by("order"),
        "meeting_files": meeting.attachments.filter(item__isnull=True),
        "dispatches": meeting.summons_dispatches.all(),
        # whom cancelling would tell (the summons' recipients); said before it is done
        "summoned": summons.summoned(meeting) if meeting.status in SUMMONED_SHOWN else [],
        "versions": meeting.minutes_versions.all(),
        **{name: page_bound[name] if name in page_bound else _meeting_form(name, meeting)
           for name in MEETING_FORMS},
        "edit_form": page_bound["edit_form"] if "edit_form" in page_bound
        else forms.MeetingEditForm.for_meeting(meeting),
        # the language switch returns here, not to the POST-only address of a failed form
        "page_path": reverse("secretariat:meeting", args=[meeting.pk]),
    }
    context.update((name, form) for name, form in page_bound.items() if name not in context)
    return render(request, "secretariat/meeting.html", context,
                  status=400 if bound else 200)


def _refused(form, error: MotebokError) -> None:
    """A change refused by the domain (say, approved minutes without a reason) is shown
    on the form like its validation errors: on the reason field when it has one."""
    form.add_error("reason" if "reason" in form.fields else None, str(error))


@require_POST
def meeting_edit(request: HttpRequest, pk: int) -> HttpResponse:
    """Change date, time, place or link of a meeting (a locked one gets a new version)."""
    meeting, role = meeting_or_404(request.user, pk, Role.SECRETARIAT)
    form = forms.MeetingEditForm.for_meeting(meeting, request.POST)
    if not form.is_valid():
        messages.error(request, _("Not saved: %(errors)s") % {"errors": _errors(form)})
        return _meeting_page(request, meeting, role, edit_form=form)
    before = audit.snapshot(meeting)
    old_date, old_year = meeting.date, meeting.year()
    try:
        with minutes.editing(meeting, request.user, form.given_reason()):
            for name in ("title", "date", "start", "end", "mode", "location", "link"):
                setattr(meeting, name, form.cleaned_data[name])
            meeting.title = meeting.title or planning.default_title(meeting.body)
            meeting.save()
            changes = audit.diff(before, audit.snapshot(meeting))
            if meeting.date != old_date:
                changes.update(_follow_new_date(meeting, old_year))
            audit.record(request.user, meeting, AuditAction.UPDATE, body=meeting.body,
                         changes=changes, summary=meeting.title)
    except MotebokError as error:
        _refused(form, error)
        meeting.refresh_from_db()
        return _meeting_page(request, meeting, role, edit_form=form)
    return _to_meeting(meeting)


def _follow_new_date(meeting, old_year: int) -> dict[str, list]:
    """After a date change: numbers follow the new date (unless locked); relink approvals.

    Returns the renumbering as an audit change (``{"numbers": [old, new]}``) or {}.
    """
    old_numbers = [item.number for item in agenda.items_of(meeting)]
    agenda.renumber_after_date_change(meeting, old_year)
    agenda.relink_approvals(meeting.body)
    new_numbers = [item.number for item in agenda.items_of(meeting)]
    return {"numbers": [old_numbers, new_numbers]} if new_numbers != old_numbers else {}


@require_POST
def item_new(request: HttpRequest, pk: int) -> HttpResponse:
    """Add an agenda item (before "Eventuelt")."""
    meeting, role = meeting_or_404(request.user, pk, Role.SECRETARIAT)
    form = _meeting_form("item_form", meeting, request.POST)
    if form.is_valid():
        try:
            with minutes.editing(meeting, request.user, form.given_reason()):
                item = agenda.add_item(meeting, form.cleaned_data["title"],
                                       form.cleaned_data["text"], request.user,
                                       exemption=form.cleaned_data["exemption"],
                                       title_public=form.cleaned_data["title_public"])
            return _to_meeting(meeting, f"item-{item.pk}")
        except MotebokError as error:
            _refused(form, error)
    messages.error(request, _("Not saved: %(errors)s") % {"errors": _errors(form)})
    return _meeting_page(request, meeting, role, item_form=form)


@require_http_methods(["GET", "POST"])
def item_edit(request: HttpRequest, pk: int) -> HttpResponse:
    """Edit an item's title and text (the minutes text during the meeting)."""
    item, _role = item_or_404(request.user, pk, Role.SECRETARIAT)
    meeting = item.meeting
    form = forms.ItemForm(request.POST or None, initial={
        "title": item.title, "text": item.text, "exemption": item.exemption,
        "title_public": item.title_public}, locked=meeting.locked)
    if request.method == "POST" and form.is_valid():
        before = audit.snapshot(item)
        try:
            with minutes.editing(meeting, request.user, form.given_reason()):
                item.title, item.text = form.cleaned_data["title"], form.cleaned_data["text"]
                item.exemption = form.cleaned_data["exemption"].strip()
                item.title_public = form.cleaned_data["title_public"]
                item.save()
                minutes.start_minutes(meeting)
                audit.record(request.user, item, AuditAction.UPDATE, body=meeting.body,
                             changes=audit.diff(before, audit.snapshot(item)),
                             summary=f"{item.number} {item.title}")
            return _to_meeting(meeting, f"item-{item.pk}")
        except MotebokError as error:
            _refused(form, error)
    return render(request, "secretariat/item_edit.html",
                  {"item": item, "meeting": meeting, "form": form,
                   "heading": documents.item_heading(item.number, item.title)},
                  status=400 if form.is_bound else 200)


@require_POST
def item_move(request: HttpRequest, pk: int) -> HttpResponse:
    """Move an item one place up or down (plain form, no JavaScript)."""
    item, _role = item_or_404(request.user, pk, Role.SECRETARIAT)
    if item.meeting.locked:
        messages.error(request, _("The agenda of approved minutes cannot be reordered."))
    else:
        try:
            agenda.move_item(item, request.POST.get("direction", ""), request.user)
            minutes.announce(item.meeting)
        except MotebokError as error:
            messages.error(request, str(error))
    return _to_meeting(item.meeting, "agenda")


@require_POST
def item_delete(request: HttpRequest, pk: int) -> HttpResponse:
    """Delete an item of an agenda that is not locked."""
    item, _role = item_or_404(request.user, pk, Role.SECRETARIAT)
    meeting = item.meeting
    if meeting.locked:
        messages.error(request, _("Items of approved minutes cannot be deleted."))
    else:
        try:
            agenda.delete_item(item, request.user)
            minutes.announce(meeting)
        except MotebokError as error:
            messages.error(request, str(error))
    return _to_meeting(meeting, "agenda")


@require_POST
def decision_new(request: HttpRequest, pk: int) -> HttpResponse:
    """Record a decision on an item."""
    item, role = item_or_404(request.user, pk, Role.SECRETARIAT)
    form = _item_form("decision_form", item, request.POST)
    if form.is_valid():
        try:
            with minutes.editing(item.meeting, request.user, form.given_reason()):
                decision = Decision.objects.create(item=item, text=form.cleaned_data["text"],
                                                   order=item.decisions.count() + 1)
                minutes.start_minutes(item.meeting)
                audit.record(request.user, decision, AuditAction.CREATE,
                             body=item.meeting.body, summary=decision.text[:200])
            return _to_meeting(item.meeting, f"item-{item.pk}")
        except MotebokError as error:
            _refused(form, error)
    return _item_refused(request, item, role, "decision_form", form)


def _item_refused(request: HttpRequest, item, role, name: str, form) -> HttpResponse:
    """The meeting page again with one item's failed form, its input and errors (400)."""
    messages.error(request, _("Not saved: %(errors)s") % {"errors": _errors(form)})
    item.meeting.refresh_from_db()
    return _meeting_page(request, item.meeting, role, item=item, **{name: form})


@require_POST
def decision_delete(request: HttpRequest, pk: int) -> HttpResponse:
    """Remove a decision recorded by mistake."""
    decision = Decision.objects.select_related("item__meeting__body").filter(pk=pk).first()
    if decision is None:
        raise Http404("no such decision")
    return _remove_recorded(request, decision)


@require_POST
def action_delete(request: HttpRequest, pk: int) -> HttpResponse:
    """Remove a follow-up recorded by mistake (a wrong text, a duplicate): without this
    the only way out was to mark it done, which tells readers it was done."""
    action = Action.objects.select_related("item__meeting__body").filter(pk=pk).first()
    if action is None:
        raise Http404("no such action")
    return _remove_recorded(request, action)


def _remove_recorded(request: HttpRequest, row: Decision | Action) -> HttpResponse:
    """Delete a decision or action of an item as the secretariat: the audit keeps the
    whole row, and approved (locked) minutes need a reason and get a new version."""
    meeting = row.item.meeting
    require(request.user, meeting.body, Role.SECRETARIAT)
    try:
        if isinstance(row, Decision):
            minutes.check_removable(row)
        with minutes.editing(meeting, request.user, request.POST.get("reason", "")):
            audit.record(request.user, row, AuditAction.DELETE, body=meeting.body,
                         summary=row.text[:200], changes=audit.snapshot(row))
            row.delete()
    except MotebokError as error:
        messages.error(request, str(error))
    return _to_meeting(meeting, f"item-{row.item_id}")


def _recorded_or_404(model: type[Decision] | type[Action], pk: int, user):
    """A decision or action of a body where ``user`` is the secretariat (404/403 else)."""
    row = model.objects.select_related("item__meeting__body").filter(pk=pk).first()
    if row is None:
        raise Http404("no such row")
    require(user, row.item.meeting.body, Role.SECRETARIAT)
    return row


@require_http_methods(["GET", "POST"])
def decision_edit(request: HttpRequest, pk: int) -> HttpResponse:
    """Correct a decision's wording in place while the minutes are a draft."""
    decision = _recorded_or_404(Decision, pk, request.user)
    form = forms.DecisionForm(request.POST or None, initial={"text": decision.text},
                              locked=False)
    if request.method == "POST" and form.is_valid():
        try:
            minutes.edit_recorded(decision, request.user, text=form.cleaned_data["text"])
            return _to_meeting(decision.item.meeting, f"item-{decision.item_id}")
        except MotebokError as error:
            _refused(form, error)
    return _recorded_page(request, decision, form)


@require_http_methods(["GET", "POST"])
def action_edit(request: HttpRequest, pk: int) -> HttpResponse:
    """Change a follow-up in place while the minutes are a draft: its text, who is
    responsible (a member by name, else the words as typed), due date and status."""
    action = _recorded_or_404(Action, pk, request.user)
    responsible = action.responsible_text or (
        action.responsible_person.name if action.responsible_person_id else "")
    form = forms.ActionEditForm(request.POST or None, initial={
        "text": action.text, "responsible": responsible, "due": action.due,
        "status": action.status})
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            minutes.edit_recorded(
                action, request.user, text=data["text"], due=data["due"],
                responsible_person=people.responsible_named(action.item.meeting,
                                                            data["responsible"]),
                responsible_text=data["responsible"].strip() or None, status=data["status"])
            return _to_meeting(action.item.meeting, f"item-{action.item_id}")
        except MotebokError as error:
            _refused(form, error)
    return _recorded_page(request, action, form)


def _recorded_page(request: HttpRequest, row: Decision | Action, form) -> HttpResponse:
    """The edit page of a decision or action (400 with the errors of a refused post)."""
    item = row.item
    return render(request, "secretariat/recorded_edit.html", {
        "row": row, "item": item, "meeting": item.meeting, "form": form,
        "heading": documents.item_heading(item.number, item.title),
        "editable": item.meeting.in_preparation and not item.meeting.locked},
        status=400 if form.is_bound else 200)


@require_POST
def decision_move(request: HttpRequest, pk: int) -> HttpResponse:
    """Move a decision one place up or down among its item's decisions."""
    return _move_recorded(request, _recorded_or_404(Decision, pk, request.user))


@require_POST
def action_move(request: HttpRequest, pk: int) -> HttpResponse:
    """Move an action one place up or down among its item's actions."""
    return _move_recorded(request, _recorded_or_404(Action, pk, request.user))


def _move_recorded(request: HttpRequest, row: Decision | Action) -> HttpResponse:
    """Reorder as asked, or say why the minutes can no longer be reordered."""
    try:
        minutes.move_recorded(row, request.POST.get("direction", ""), request.user)
    except MotebokError as error:
        messages.error(request, str(error))
    return _to_meeting(row.item.meeting, f"item-{row.item_id}")


@require_POST
def action_new(request: HttpRequest, pk: int) -> HttpResponse:
    """Record a follow-up with a responsible person (or free text) and a due date."""
    item, role = item_or_404(request.user, pk, Role.SECRETARIAT)
    form = _item_form("action_form", item, request.POST)
    if form.is_valid():
        data = form.cleaned_data
        try:
            with minutes.editing(item.meeting, request.user, form.given_reason()):
                responsible = people.responsible_named(item.meeting, data["responsible"])
                action = Action.objects.create(
                    item=item, text=data["text"], due=data["due"],
                    responsible_person=responsible,
                    responsible_text=data["responsible"].strip() or None,
                    status=ActionStatus.OPEN.value, order=item.actions.count() + 1)
                minutes.start_minutes(item.meeting)
                audit.record(request.user, action, AuditAction.CREATE, body=item.meeting.body,
                             summary=action.text[:200], changes=audit.snapshot(action))
            return _to_meeting(item.meeting, f"item-{item.pk}")
        except MotebokError as error:
            _refused(form, error)
    return _item_refused(request, item, role, "action_form", form)


@require_POST
def action_done(request: HttpRequest, pk: int) -> HttpResponse:
    """Mark a follow-up as done with a note."""
    action = Action.objects.select_related("item__meeting__body").filter(pk=pk).first()
    if action is None:
        raise Http404("no such action")
    body = action.item.meeting.body
    require(request.user, body, Role.SECRETARIAT)
    form = forms.ActionDoneForm(request.POST)
    next_url = request.POST.get("next", "")
    later = _meeting_named(next_url, body)
    if not form.is_valid():  # the page it came from again, the note and its error shown
        role = role_for(request.user, body)
        messages.error(request, _("Not saved: %(errors)s") % {"errors": _errors(form)})
        failed = {"done_form": form, "done_action": action.pk}
        if next_url == "body":
            return _body_page(request, body, role, **failed)
        return _meeting_page(request, later or action.item.meeting, role, **failed)
    if action.status == ActionStatus.OPEN.value:
        before = audit.snapshot(action)
        action.mark_done(form.cleaned_data["note"])
        action.refresh_from_db()
        audit.record(request.user, action, AuditAction.UPDATE, body=body,
                     summary=action.text[:200], changes=audit.diff(before, audit.snapshot(action)))
    if next_url == "body":
        return redirect("secretariat:body", slug=body.slug)
    if later is not None:  # marked done from a later meeting's follow-up list
        return _to_meeting(later, "follow-ups")
    return _to_meeting(action.item.meeting, f"item-{action.item_id}")


@require_POST
def action_reopen(request: HttpRequest, pk: int) -> HttpResponse:
    """Open a done follow-up again (marked done by mistake), also after publication, as
    marking it done is; audited. An open one is left as it is."""
    action = Action.objects.select_related("item__meeting__body").filter(pk=pk).first()
    if action is None:
        raise Http404("no such action")
    body = action.item.meeting.body
    require(request.user, body, Role.SECRETARIAT)
    if action.status == ActionStatus.DONE.value:
        before = audit.snapshot(action)
        action.reopen()
        audit.record(request.user, action, AuditAction.UPDATE, body=body,
                     summary=action.text[:200], changes=audit.diff(before, audit.snapshot(action)))
        messages.success(request, _("The action is open again."))
    if request.POST.get("next", "") == "body":
        return redirect("secretariat:body", slug=body.slug)
    return _to_meeting(action.item.meeting, f"item-{action.item_id}")


def _meeting_named(value: str, body) -> Meeting | None:
    """The body's meeting named by a "meeting-<id>" form value, else None."""
    prefix = "meeting-"
    if not value.startswith(prefix) or not value[len(prefix):].isdigit():
        return None
    return Meeting.objects.filter(pk=int(value[len(prefix):]), body=body).first()


@require_POST
def comment_new(request: HttpRequest, pk: int) -> HttpResponse:
    """A member's input on an item of a meeting still being prepared."""
    item, role = item_or_404(request.user, pk, Role.MEMBER)
    if not item.meeting.in_preparation:
        messages.error(request, _("Comments are closed: the minutes are approved."))
        return _to_meeting(item.meeting, f"item-{item.pk}")
    form = _item_form("comment_form", item, request.POST)
    if not form.is_valid():
        return _item_refused(request, item, role, "comment_form", form)
    comment = ItemComment.objects.create(item=item, author=request.user,
                                         text=form.cleaned_data["text"])
    audit.record(request.user, comment, AuditAction.CREATE, body=item.meeting.body,
                 summary=comment.text[:200])
    return _to_meeting(item.meeting, f"item-{item.pk}")


@require_POST
def approve_previous(request: HttpRequest, pk: int) -> HttpResponse:
    """ "Referatet ble godkjent": approve and lock the previous meeting's minutes."""
    item, _role = item_or_404(request.user, pk, Role.SECRETARIAT)
    try:
        previous = minutes.approve_previous(item, request.user)
        messages.success(request, _("The minutes of %(date)s are approved and locked.")
                         % {"date": date_format(previous.date) if previous.date else "—"})
    except MotebokError as error:
        messages.error(request, str(error))
    return _to_meeting(item.meeting, f"item-{item.pk}")


@require_POST
def approve_summons(request: HttpRequest, pk: int) -> HttpResponse:
    """ "Innkalling og saksliste ble godkjent" on the meeting's first item."""
    item, _role = item_or_404(request.user, pk, Role.SECRETARIAT)
    try:
        minutes.approve_summons(item, request.user)
    except MotebokError as error:
        messages.error(request, str(error))
    return _to_meeting(item.meeting, f"item-{item.pk}")


@require_POST
def meeting_approve(request: HttpRequest, pk: int) -> HttpResponse:
    """Approve and lock a meeting's minutes directly (e.g. approved by e-mail)."""
    meeting, _role = meeting_or_404(request.user, pk, Role.SECRETARIAT)
    try:
        minutes.approve(meeting, request.user)
        messages.success(request, _("The minutes are approved and locked."))
    except MotebokError as error:
        messages.error(request, str(error))
    return _to_meeting(meeting)


@require_POST
def meeting_publish(request: HttpRequest, pk: int) -> HttpResponse:
    """Publish approved minutes."""
    meeting, _role = meeting_or_404(request.user, pk, Role.SECRETARIAT)
    try:
        minutes.publish(meeting, request.user)
        messages.success(request, _("The minutes are published."))
    except MotebokError as error:
        messages.error(request, str(error))
    return _to_meeting(meeting)


@require_POST
def meeting_cancel(request: HttpRequest, pk: int) -> HttpResponse:
    """Cancel ("avlyse") a planned meeting with an optional reason; it stays listed, and
    everyone the summons reached gets the cancellation by e-mail."""
    meeting, _role = meeting_or_404(request.user, pk, Role.SECRETARIAT)
    reason = request.POST.get("reason", "")[:1000]
    try:
        told = planning.cancel_meeting(meeting, request.user, reason)
        messages.success(request, _("The meeting is cancelled."))
        if told:
            messages.info(request, ngettext(
                "The cancellation was sent to %(count)d summoned recipient.",
                "The cancellation was sent to %(count)d summoned recipients.", len(told))
                % {"count": len(told)})
    except MotebokError as error:
        messages.error(request, str(error))
    return _to_meeting(meeting, "status")


@require_POST
def meeting_reinstate(request: HttpRequest, pk: int) -> HttpResponse:
    """Put a cancelled meeting back in the plan. When its summons had gone out, the
    calendars now hold it as cancelled: the summons is sent again only when the
    secretary asks for it (``resend``), else the page says it has not been."""
    meeting, _role = meeting_or_404(request.user, pk, Role.SECRETARIAT)
    try:
        planning.reinstate_meeting(meeting, request.user)
        messages.success(request, _("The meeting is planned again."))
    except MotebokError as error:
        messages.error(request, str(error))
        return _to_meeting(meeting, "status")
    if not meeting.summons_dispatches.exists():
        return _to_meeting(meeting, "status")
    if request.POST.get("resend"):
        return summons_send(request, meeting.pk)
    messages.warning(request, _("The summons went out before the meeting was cancelled, "
                                "so calendars show it as cancelled: send the summons "
                                "again to tell the members."))
    return _to_meeting(meeting, "summons")


@require_POST
def meeting_delete(request: HttpRequest, pk: int) -> HttpResponse:
    """Take back a meeting planned by mistake or cancelled before the summons went out."""
    meeting, _role = meeting_or_404(request.user, pk, Role.SECRETARIAT)
    when = date_format(meeting.date) if meeting.date else "—"
    try:
        planning.remove_planned(meeting, request.user)
    except MotebokError as error:
        messages.error(request, str(error))
        return _to_meeting(meeting, "status")
    messages.success(request, _("The meeting of %(date)s was removed.") % {"date": when})
    return redirect("secretariat:body", slug=meeting.body.slug)


@require_http_methods(["GET", "POST"])
def attendance(request: HttpRequest, pk: int) -> HttpResponse:
    """Attendance per member (present, forfall, partly with a note) and guests."""
    meeting, _role = meeting_or_404(request.user, pk, Role.SECRETARIAT)
    members = people.members_on_the_day(meeting)
    existing = {p.person_id: p for p in meeting.participations.all()}
    initial = [{"person_id": m.person_id,
                "attendance": existing[m.person_id].attendance if m.person_id in existing
                else Attendance.PRESENT.value,
                "note": (existing[m.person_id].note or "") if m.person_id in existing else ""}
               for m in members]
    formset = forms.AttendanceFormSet(request.POST or None, initial=initial, prefix="att")
    guest_form = forms.GuestForm(request.POST or None, prefix="guest")
    reason_form = forms.ReasonForm(request.POST or None, locked=meeting.locked)
    if request.method == "POST" and formset.is_valid() and guest_form.is_valid() \
            and reason_form.is_valid():
        try:
            with minutes.editing(meeting, request.user, reason_form.given_reason()):
                _remove_guests(request.user, meeting, members,
                               request.POST.getlist("remove_guest"))
                _save_attendance(request.user, meeting, members, formset, guest_form)
                # a responsible typed before the person was on the attendance: now hers
                people.link_typed_responsibles(meeting, request.user)
                minutes.start_minutes(meeting)
            return _to_meeting(meeting, "attendance")
        except MotebokError as error:
            reason_form.add_error("reason" if meeting.locked else None, str(error))
    if len(formset.forms) != len(members):
        # a post without the rows' own fields (a hand-made request), or the members
        # changed since the page was loaded: show the current members again
        formset = forms.AttendanceFormSet(initial=initial, prefix="att")
        messages.error(request, _("The attendance list was incomplete or has changed; "
                                  "nothing was saved. Check it and save again."))
    rows = list(zip(members, formset.forms, strict=True))
    guests = [p for p in meeting.participations.select_related("person")
              if p.role == ParticipantRole.GUEST.value and p.person_id not in
              {m.person_id for m in members}]
    # members there are, but none on the meeting's day: say so, not "no members yet"
    elsewhen = not members and Membership.objects.filter(body=meeting.body).exists()
    return render(request, "secretariat/attendance.html", {
        "meeting": meeting, "rows": rows, "formset": formset, "guest_form": guest_form,
        "reason_form": reason_form, "guests": guests, "members_elsewhen": elsewhen},
        status=400 if request.method == "POST" else 200)


def _save_attendance(user, meeting, members, formset, guest_form) -> None:
    """Create or update one Participation per member, plus a guest if one was given."""
    by_person = {m.person_id: m for m in members}
    next_order = meeting.participations.count() + 1
    for form in formset:
        data = form.cleaned_data
        membership = by_person.get(data["person_id"])
        if membership is None:
            continue
        part = meeting.participations.filter(person_id=membership.person_id).first()
        before = audit.snapshot(part) if part else {}
        if part is None:
            part = Participation(meeting=meeting, person=membership.person, order=next_order)
            next_order += 1
        # no words are null, as the record (spec v1) has it: not ""
        part.attendance, part.note = data["attendance"], data["note"] or None
        part.role = PARTICIPANT_ROLE.get(membership.role, ParticipantRole.MEMBER.value)
        part.organization_text = (membership.representing.name if membership.representing
                                  else None)
        part.save()
        changes = audit.diff(before, audit.snapshot(part))
        if changes:
            audit.record(user, part, AuditAction.UPDATE if before else AuditAction.CREATE,
                         body=meeting.body, summary=membership.person.name, changes=changes)
    guest = guest_form.cleaned_data
    if guest.get("name"):
        person = people.person_named(guest["name"])
        if meeting.participations.filter(person=person).exists():
            return  # the form sent twice (back, reload): one row per person
        part = Participation.objects.create(
            meeting=meeting, person=person, organization_text=guest["organization"] or None,
            role=ParticipantRole.GUEST.value, attendance=Attendance.PRESENT.value,
            note=guest["note"] or None, order=next_order)
        audit.record(user, part, AuditAction.CREATE, body=meeting.body, summary=person.name)


def _remove_guests(user, meeting, members, chosen: list[str]) -> None:
    """Remove the guests ticked on the attendance page (a guest entered by mistake or
    twice); members' rows are not touched, they follow the member list."""
    ids = [int(value) for value in chosen if value.isdigit()]
    if not ids:
        return
    rows = (meeting.participations.filter(pk__in=ids, role=ParticipantRole.GUEST.value)
            .exclude(person_id__in=[m.person_id for m in members]).select_related("person"))
    for part in rows:
        audit.record(user, part, AuditAction.DELETE, body=meeting.body,
                     summary=part.person.name, changes=audit.snapshot(part))
        part.delete()


@require_POST
def summons_send(request: HttpRequest, pk: int) -> HttpResponse:
    """E-mail the summons with PDF and calendar invitation to members and access holders."""
    meeting, _role = meeting_or_404(request.user, pk, Role.SECRETARIAT)
    try:
        dispatch = summons.send(meeting, request.user)
        messages.success(request, ngettext("The summons was sent to %(count)d recipient.",
                                           "The summons was sent to %(count)d recipients.",
                                           len(dispatch.recipients))
                         % {"count": len(dispatch.recipients)})
        missing = summons.members_without_address(meeting)
        if missing:
            messages.warning(request, _("No e-mail address, not sent to: %(names)s")
                             % {"names": ", ".join(missing)})
    except MotebokError as error:
        messages.error(request, str(error))
    return _to_meeting(meeting, "summons")


# --- documents and files -----------------------------------------------------------------


def document(request: HttpRequest, pk: int, kind: str, fmt: str) -> HttpResponse:
    """Summons or minutes as HTML, PDF or DOCX; public only once published."""
    if kind not in {documents.SUMMONS, documents.MINUTES} or fmt not in {"html", "pdf", "docx"}:
        raise Http404("no such document")
    meeting, role = readable_meeting_or_404(request.user, pk)
    content = documents.build(meeting, kind, internal_files=role != Role.NONE,
                              reader=request.user)
    if fmt == "pdf":
        return _download(documents.render_pdf(content), f"{content.filename}.pdf",
                         "application/pdf")
    if fmt == "docx":
        return _download(documents.render_docx(content), f"{content.filename}.docx",
                         "application/vnd.openxmlformats-officedocument."
                         "wordprocessingml.document")
    back = reverse("secretariat:meeting", args=[meeting.pk]) if role else ""
    return HttpResponse(documents.render_html(content, standalone_links=back))


def minutes_json(request: HttpRequest, pk: int) -> HttpResponse:
    """The minutes record (spec v1) of one meeting, as the archive exports it."""
    meeting, _role = readable_meeting_or_404(request.user, pk)
    response = JsonResponse(minutes.minutes_snapshot(meeting),
                            json_dumps_params={"ensure_ascii": False, "indent": 2})
    response["Content-Disposition"] = (
        f'attachment; filename="referat-{meeting.file_stem}.json"')
    return response


def _download(data: bytes, filename: str, content_type: str) -> HttpResponse:
    """A file download response."""
    response = HttpResponse(data, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def versions(request: HttpRequest, pk: int) -> HttpResponse:
    """The frozen versions of a locked meeting's minutes."""
    meeting, _role = meeting_or_404(request.user, pk, Role.SECRETARIAT)
    return render(request, "secretariat/versions.html",
                  {"meeting": meeting, "versions": meeting.minutes_versions.select_related(
                      "author")})


def version_json(request: HttpRequest, pk: int, version: int) -> HttpResponse:
    """One frozen version as the minutes record it was."""
    meeting, _role = meeting_or_404(request.user, pk, Role.SECRETARIAT)
    found = MinutesVersion.objects.filter(meeting=meeting, version=version).first()
    if found is None:
        raise Http404("no such version")
    return HttpResponse(json.dumps(found.snapshot, ensure_ascii=False, indent=2),
                        content_type="application/json; charset=utf-8")


@require_POST
def attachment_new(request: HttpRequest, pk: int) -> HttpResponse:
    """Upload a file for the meeting or one of its items."""
    meeting, role = meeting_or_404(request.user, pk, Role.SECRETARIAT)
    form = _meeting_form("attachment_form", meeting, request.POST, request.FILES)
    if not form.is_valid():
        messages.error(request, _("Not saved: %(errors)s") % {"errors": _errors(form)})
        return _meeting_page(request, meeting, role, attachment_form=form)
    attachment = form.save(commit=False)
    attachment.meeting, attachment.uploaded_by = meeting, request.user
    attachment.save()
    audit.record(request.user, attachment, AuditAction.CREATE, body=meeting.body,
                 summary=attachment.title, changes=audit.snapshot(attachment))
    return _to_meeting(meeting, "files")


def attachment_download(request: HttpRequest, pk: int) -> HttpResponse:
    """A file: public when it is marked published and the minutes are published."""
    attachment = (Attachment.objects.select_related("meeting__body", "item")
                  .filter(pk=pk).first())
    if attachment is None:
        raise Http404("no such file")
    _meeting, role = readable_meeting_or_404(request.user, attachment.meeting_id)
    if role == Role.NONE and (not attachment.published or (
            attachment.item is not None and attachment.item.is_closed)):
        raise Http404("not published")  # (a closed item's case papers are closed too)
    try:
        handle = attachment.file.open("rb")
    except FileNotFoundError:
        raise Http404("the file is missing") from None
    name = attachment.file.name.rsplit("/", 1)[-1]
    return FileResponse(handle, as_attachment=True, filename=name)


@require_POST
def attachment_publish(request: HttpRequest, pk: int) -> HttpResponse:
    """Mark a file public or internal."""
    attachment = Attachment.objects.select_related("meeting__body").filter(pk=pk).first()
    if attachment is None:
        raise Http404("no such file")
    require(request.user, attachment.meeting.body, Role.SECRETARIAT)
    before = attachment.published
    attachment.published = request.POST.get("published") == "1"
    attachment.save(update_fields=["published"])
    audit.record(request.user, attachment, AuditAction.UPDATE, body=attachment.meeting.body,
                 summary=attachment.title, changes={"published": [before, attachment.published]})
    return _to_meeting(attachment.meeting, attachment.anchor)


@require_POST
def attachment_delete(request: HttpRequest, pk: int) -> HttpResponse:
    """Remove a file uploaded by mistake (the wrong version, the wrong meeting)."""
    attachment = Attachment.objects.select_related("meeting__body").filter(pk=pk).first()
    if attachment is None:
        raise Http404("no such file")
    meeting, anchor = attachment.meeting, attachment.anchor
    require(request.user, meeting.body, Role.SECRETARIAT)
    with transaction.atomic():
        audit.record(request.user, attachment, AuditAction.DELETE, body=meeting.body,
                     summary=attachment.title, changes=audit.snapshot(attachment))
        attachment.remove()
    return _to_meeting(meeting, anchor)
