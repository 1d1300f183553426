"""The read queries behind the public pages, each starting from ``visible_to(user)``.

Views stay thin and every page asks the archive for exactly what it shows, with the
joins and prefetches that keep the number of queries fixed however much data there is.
Every function takes the viewing user so a draft can never leak through a forgotten
filter.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from difflib import SequenceMatcher

from django.db.models import (
    BooleanField,
    Case,
    Count,
    Exists,
    ExpressionWrapper,
    F,
    IntegerField,
    Max,
    OuterRef,
    Prefetch,
    Q,
    QuerySet,
    Value,
    When,
)

from motebok.archive.models import (
    MEETINGS_NEWEST_FIRST,
    Action,
    AgendaItem,
    AttendanceRate,
    Decision,
    Meeting,
    Membership,
    Organization,
    Participation,
    Person,
    SourceDocument,
)
from motebok.archive.names import normalize_name
from motebok.vocab import ActionStatus, Attendance, MeetingStatus

#: Open actions before done ones, then by due date (undated last).
OPEN_FIRST = (Case(When(status=ActionStatus.OPEN, then=Value(0)), default=Value(1),
                   output_field=IntegerField()),
              F("due").asc(nulls_last=True), F("item__meeting__date").desc(nulls_last=True), "id")


def visible_meetings(user) -> QuerySet:
    """Meetings the user may see, with their body joined (every list shows it)."""
    return Meeting.objects.visible_to(user).select_related("body")


def visible_actions(user) -> QuerySet:
    """Actions the user may see, with what an action row shows joined in."""
    return (Action.objects.visible_to(user)
            .select_related("item__meeting__body", "responsible_person"))


def latest_meetings(user, limit: int = 10) -> list:
    """The most recent meetings, newest first (undated ones last)."""
    meetings = visible_meetings(user).exclude(status=MeetingStatus.PLANNED)
    return list(meetings.order_by(*MEETINGS_NEWEST_FIRST)[:limit])


def open_actions(user, today: date, limit: int | None = None) -> list:
    """Open actions, overdue ones first and then by due date (undated last)."""
    actions = visible_actions(user).filter(status=ActionStatus.OPEN).order_by(
        F("due").asc(nulls_last=True), "item__meeting__date", "id")
    rows = list(actions[:limit] if limit else actions)
    return sorted(rows, key=lambda action: not action.is_overdue(today))


def overdue_count(user, today: date) -> int:
    """How many visible actions are overdue in all (the front page lists only a few)."""
    return Action.objects.visible_to(user).overdue(today).count()


def mark_overdue(actions, today: date) -> list:
    """Attach ``overdue`` to each action so templates need no date logic."""
    rows = list(actions)
    for action in rows:
        action.overdue = action.is_overdue(today)
    return rows


# Bodies ---------------------------------------------------------------------------------


def body_list(user) -> list:
    """Bodies (top level) with their working groups, visible meeting count and latest date.

    Counting goes through one grouped query over the visible meetings, so a body whose
    only meetings are drafts shows 0 to the public.
    """
    stats = {row["body"]: row for row in Meeting.objects.visible_to(user)
             .values("body").annotate(count=Count("id"), latest=Max("date"))}
    bodies = list((Organization.objects.bodies() | Organization.objects.filter(id__in=list(stats)))
                  .order_by("name"))
    by_id = {body.id: body for body in bodies}
    for body in bodies:
        row = stats.get(body.id, {})
        body.meeting_count = row.get("count", 0)
        body.latest_date = row.get("latest")
        body.groups = []
    top_level = []
    for body in bodies:
        parent = by_id.get(body.parent_id)
        if parent is not None:
            parent.groups.append(body)
        else:
            top_level.append(body)
    return top_level


@dataclass
class MemberRow:
    """One row of a body's attendance table: the model's rate plus the member's role."""

    rate: AttendanceRate
    membership: Membership | None = None

    @property
    def person(self) -> Person:
        """The member (or listed participant)."""
        return self.rate.person


def member_attendance(user, body, today: date) -> list[MemberRow]:
    """Current members (or, without a member list, everyone listed) with attendance.

    The rate itself comes from ``Organization.attendance_rates`` over the meetings
    ``user`` may see; this only adds each member's role and whom they represent.
    """
    memberships = {m.person_id: m for m in Membership.objects.visible_to(user).current(today)
                   .filter(body=body).select_related("representing")}
    return [MemberRow(rate=rate, membership=memberships.get(rate.person.id))
            for rate in body.attendance_rates(viewer=user)]


def body_choices(user) -> QuerySet:
    """Organisations a search can be narrowed to: bodies, and those with meetings ``user``
    may see (as on the body list: an organisation whose only minutes are drafts stays
    unknown to the public)."""
    visible = Meeting.objects.visible_to(user).values("body_id")
    return (Organization.objects.bodies() | Organization.objects.filter(id__in=visible)
            ).order_by("name")


#: The most names the search page offers to complete a typed person (a datalist).
PEOPLE_OFFERED = 300


def search_people(user, body=None) -> list[str]:
    """Names the search page's person field offers to complete: the people listed at the
    meetings of ``body`` (else of the archive) that ``user`` may see, by name; none when
    they are more than ``PEOPLE_OFFERED`` — then the name is typed and the form finds it.
    One query."""
    meetings = Meeting.objects.visible_to(user)
    if body is not None:
        meetings = meetings.filter(body=body)
    people = (Person.objects.filter(Exists(Participation.objects.filter(
        person=OuterRef("pk"), meeting__in=meetings))).order_by("name")
        .values_list("name", flat=True))
    names = list(people[:PEOPLE_OFFERED + 1])
    return names if len(names) <= PEOPLE_OFFERED else []


#: How alike (difflib's ratio, case folded) a searched name and a person's name, or one
#: word of it, must be for the person to be offered when a search finds nothing.
SIMILAR_NAME_RATIO = 0.75
#: At most this many names are compared (a bound on the work of a page with no hits).
SIMILAR_NAMES_SCANNED = 20000


def similar_people(user, text: str, limit: int = 3) -> list:
    """People ``user`` may see whose name is close to the searched ``text``, best first:
    a misspelt name (``Gunhild Paulsen``) offers ``Gunnhild Paulson``, and a person only
    listed as a participant (names in lists are not searched text) is found by their
    name, marked ``exact``. For a search with no hits; one query, and nothing for text
    with digits or longer than a name."""
    wanted = normalize_name(text.replace('"', " "))
    if len(wanted) < 4 or len(wanted) > 60 or any(c.isdigit() for c in wanted):
        return []
    one_word = " " not in wanted
    matcher = SequenceMatcher(None, "", wanted)  # wanted is seq2: its index is built once
    scored = []
    people = Person.objects.visible_to(user).order_by("name").values_list("pk", "name")
    for pk, name in people[:SIMILAR_NAMES_SCANNED]:
        folded = name.casefold()
        best = 0.0
        for candidate in (folded, *folded.split()) if one_word else (folded,):
            matcher.set_seq1(candidate)
            if matcher.real_quick_ratio() >= SIMILAR_NAME_RATIO \
                    and matcher.quick_ratio() >= SIMILAR_NAME_RATIO:
                best = max(best, matcher.ratio())
        if best >= SIMILAR_NAME_RATIO:
            scored.append((-best, name, pk))
    scored.sort()
    people = [Person(pk=pk, name=name) for _score, name, pk in scored[:limit]]
    for person in people:  # the very name (someone only listed as a participant)
        person.exact = normalize_name(person.name) == wanted
    return people


def meeting_years(user) -> list[int]:
    """The years of the meetings ``user`` may see, newest first (the meeting list's year
    choices). One query."""
    return [day.year for day in Meeting.objects.visible_to(user)
            .filter(date__isnull=False).dates("date", "year", order="DESC")]


def body_meetings(user, body) -> QuerySet:
    """All meetings of one body the user may see, newest first (a query, so that the
    body page loads only the page it shows).

    The body is joined because the meeting list falls back to its name for untitled
    meetings (and template filter arguments are resolved even when unused).
    """
    return visible_meetings(user).filter(body=body).order_by(*MEETINGS_NEWEST_FIRST)


#: How many meetings an Atom feed of published minutes lists (the newest).
FEED_ENTRIES = 50


def published_minutes(body=None, limit: int = FEED_ENTRIES) -> list:
    """The newest meetings the public may see (of ``body``, else of every body), in the
    order of the public lists, each with its items (number and title) and their
    decisions: the Atom feeds' entries. Three queries, however many meetings and items.

    ``visible_meetings(None)``: a feed is fetched without a login and passed on by its
    address, so it shows what an anonymous reader sees, whoever asks.
    """
    decisions = Decision.objects.only("id", "item_id", "text", "order").order_by("order", "id")
    items = (AgendaItem.objects.only("id", "meeting_id", "number", "title", "order",
                                     "exemption", "title_public")
             .order_by("order", "id")
             .prefetch_related(Prefetch("decisions", queryset=decisions)))
    meetings = visible_meetings(None)
    if body is not None:
        meetings = meetings.filter(body=body)
    return list(meetings.order_by(*MEETINGS_NEWEST_FIRST)
                .prefetch_related(Prefetch("items", queryset=items))[:limit])


def decision_years(user, body) -> list[int]:
    """The years of ``body``'s dated meetings with decisions that ``user`` may see, newest
    first (the year links of its list of decisions). One query."""
    return [day.year for day in Meeting.objects.visible_to(user)
            .filter(body=body, date__isnull=False)
            .filter(Exists(Decision.objects.visible_to(user)
                           .filter(item__meeting=OuterRef("pk"))))
            .dates("date", "year", order="DESC")]


def body_decisions(user, body, year: int) -> QuerySet:
    """``body``'s decisions in ``year`` that ``user`` may see, as the minutes run: by
    meeting (date, then start), item and order; each with its item and meeting."""
    return (Decision.objects.visible_to(user)
            .filter(item__meeting__body=body, item__meeting__date__year=year)
            .select_related("item__meeting")
            .order_by("item__meeting__date", F("item__meeting__start").asc(nulls_first=True),
                      "item__meeting_id", "item__order", "item_id", "order", "pk"))


#: Open actions shown on a body's page; the rest are on the actions list, filtered.
BODY_ACTIONS_SHOWN = 20


def body_actions(user, body, today: date) -> tuple[list, int]:
    """The first ``BODY_ACTIONS_SHOWN`` open actions from a body's meetings, overdue first
    (by due date: an overdue one is due before every other), and how many are open."""
    actions = visible_actions(user).filter(
        item__meeting__body=body, status=ActionStatus.OPEN).order_by(
        F("due").asc(nulls_last=True), "id")
    shown = mark_overdue(actions[:BODY_ACTIONS_SHOWN], today)
    total = len(shown) if len(shown) < BODY_ACTIONS_SHOWN else actions.count()
    return shown, total


def working_groups(body) -> list:
    """The body's children (working groups, sub-committees)."""
    return list(Organization.objects.filter(parent=body).order_by("name"))


# Meetings -------------------------------------------------------------------------------


def meeting_for_page(user, meeting_id: int):
    """One visible meeting with everything the meeting page shows, or None.

    Items, decisions, actions (with the responsible person) and participants come in
    a fixed number of queries; the source document's bytes are not loaded.
    """
    actions = Action.objects.select_related("responsible_person").order_by("order", "id")
    items = (AgendaItem.objects.order_by("order", "id")
             .prefetch_related(Prefetch("decisions", queryset=Decision.objects.order_by(
                 "order", "id")), Prefetch("actions", queryset=actions)))
    participations = Participation.objects.select_related("person").order_by("order", "id")
    meetings = (visible_meetings(user).select_related("source")
                .defer("source__content")
                .annotate(has_source_file=ExpressionWrapper(
                    Q(source__content__isnull=False), output_field=BooleanField()))
                .prefetch_related(Prefetch("items", queryset=items),
                                  Prefetch("participations", queryset=participations)))
    return meetings.filter(pk=meeting_id).first()


def published_files(meeting, reads_closed: bool = True) -> list:
    """The files the secretariat published with the minutes (slides, case papers), in
    upload order; internal ones stay on the secretariat's page. Files belong to the
    secretariat app, reached through the meeting (``Meeting.attachments``).

    Without ``reads_closed`` (``models.reads_closed_items``) the files of items closed to
    the public are left out too: a case paper is the closed case's text."""
    files = meeting.attachments.filter(published=True)
    if not reads_closed:
        files = files.filter(Q(item__isnull=True) | Q(item__exemption=""))
    return list(files.select_related("item").order_by("uploaded_at", "id"))


def group_participants(participations) -> dict[str, list]:
    """Participants split into present / absent (forfall) / partial, order kept."""
    groups: dict[str, list] = {value.value: [] for value in Attendance}
    for participation in participations:
        groups.setdefault(participation.attendance, []).append(participation)
    return groups


def neighbours(user, meeting) -> tuple:
    """The previous and next meeting of the same body that ``user`` may see."""
    return (meeting.previous(user, visible=True), meeting.next(user, visible=True))


def source_for_download(user, meeting_id: int):
    """The original file of a visible meeting, or None (no meeting, no bytes, or hidden).

    A document restored from a JSON export has no bytes, so there is nothing to send.
    """
    return (SourceDocument.objects.visible_to(user)
            .filter(meeting__id=meeting_id, content__isnull=False).first())


# People ---------------------------------------------------------------------------------


@dataclass
class PersonPage:
    """What the person page shows; empty when the viewer may see nothing about them."""

    memberships: list = field(default_factory=list)
    participations: list = field(default_factory=list)
    actions: list = field(default_factory=list)

    @property
    def is_empty(self) -> bool:
        """Whether nothing about the person is visible (the page is then a 404)."""
        return not (self.memberships or self.participations or self.actions)


def person_page(user, person) -> PersonPage:
    """A person's memberships, the visible meetings they were listed at, their actions.

    The meetings (newest first) and the actions (open first) are queries: the view pages
    them, a long-serving member is listed at hundreds and responsible for as many.
    """
    memberships = list(Membership.objects.visible_to(user).filter(person=person)
                       .select_related("body", "representing").order_by("body__name", "start"))
    participations = (Participation.objects.filter(
        person=person, meeting__in=Meeting.objects.visible_to(user))
        .select_related("meeting__body").order_by("-meeting__date", "-meeting_id", "id"))
    actions = visible_actions(user).filter(responsible_person=person).order_by(*OPEN_FIRST)
    return PersonPage(memberships=memberships, participations=participations, actions=actions)


# Actions list ---------------------------------------------------------------------------


def action_filter_choices(user) -> tuple[QuerySet, QuerySet]:
    """Bodies and people that have visible actions (the choices of the filter form)."""
    actions = Action.objects.visible_to(user)
    bodies = Organization.objects.filter(
        id__in=actions.values("item__meeting__body")).order_by("name")
    people = Person.objects.filter(id__in=actions.values("responsible_person")).order_by("name")
    return bodies, people


def filtered_actions(user, today: date, body=None, responsible=None, status: str = "") -> QuerySet:
    """The actions list with the filters of ``/actions/`` applied."""
    actions = visible_actions(user)
    if body is not None:
        actions = actions.filter(item__meeting__body=body)
    if responsible is not None:
        actions = actions.filter(responsible_person=responsible)
    return actions.in_state(status, today).order_by(*OPEN_FIRST)
