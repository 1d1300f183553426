"""Indexing meetings and answering searches; the backend does the database work.

Kept apart from ``motebok.search.__init__`` because it imports the archive models,
which may only happen once Django's apps are loaded.

Filters and visibility are *filter tags* stored with every entry (``meeting_tags``):
the meeting's status, body, year and participants. The same column carries the
meeting's own words (``context_words``: body name, title, place, date), which a search
may use for some of its words ("regionrådet 2024 budsjett" finds the item "Budsjett" of
that body's 2024 meetings), and for all of them only in the meeting's title entry
(``title_tags``). Archives indexed before get these words from migration search/0008.
A search turns the user and the filters into required tags (``tag_filter``) that
mirror ``Meeting.objects.visible_to``: published meetings for everyone, every status of
a body for users with a ``BodyAccess`` row on it, everything for superusers. The tags
are refreshed whenever a meeting is saved (``post_save``) or re-indexed
(``meeting_saved``); a bulk ``QuerySet.update()`` of meetings needs ``motebok reindex``.
"""

from __future__ import annotations

import functools
import itertools
import math
import operator
from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any, NamedTuple

from django.db import connection, transaction
from django.db.models import Q

from motebok.archive.models import (
    Action,
    AgendaItem,
    Decision,
    Meeting,
    Organization,
    Participation,
    access_body_ids,
)
from motebok.search import backends
from motebok.search.highlight import Marker, snippet
from motebok.search.models import SearchEntry
from motebok.search.prepare import Prepared
from motebok.search.results import (
    KIND_ACTION,
    KIND_DECISION,
    KIND_ITEM,
    KIND_TITLE,
    KINDS,
    Hit,
    SearchPage,
)
from motebok.search.schema import ENTRY_TABLE
from motebok.search.text import (
    Term,
    action_text,
    context_words,
    contextual,
    filter_tag,
    filter_tags_of,
    headed_text,
    index_words,
    item_heading,
    parse_query,
)
from motebok.vocab import MeetingStatus

MAX_PER_PAGE = 100
REBUILD_CHUNK = 200
#: At most this many entries per INSERT statement (fewer when the database allows fewer
#: parameters per statement).
STORE_BATCH = 500
PUBLISHED_TAG = filter_tag("status", MeetingStatus.PUBLISHED.value)
#: The status tag of the entries of an item closed to the public (its text, decisions,
#: actions), whatever its meeting's status: never ``PUBLISHED_TAG``, so such an entry
#: is found only by those who see the body's drafts (its body tag), as a draft's is.
CLOSED_TAG = filter_tag("status", "exempt")
#: How a title entry holds its meeting's own words (``title_tags``).
TITLE_CONTEXT = backends.TITLE_CONTEXT
#: The filter tag each entry carries first, before its meeting's tags: what it is
#: ("zzkinddecision"), so a search may ask for one kind alone (``tag_filter``).
KIND_TAGS = {kind: filter_tag("kind", kind) for kind in KINDS}


# --- filter tags --------------------------------------------------------------------------


def meeting_tags(meeting: Meeting, person_ids: Iterable[int]) -> str:
    """The filter tags of every entry of a meeting: status, body, year, participants,
    and the meeting's own words (``meeting_context``)."""
    return entry_tags(meeting.status, meeting.body_id, meeting.date, person_ids,
                      contextual(meeting_context(meeting)))


def meeting_context(meeting: Meeting) -> str:
    """``context_words`` of a meeting: its body's name, title, place and date."""
    body = meeting.body.name if meeting.body_id else None
    return context_words(body, meeting.title, meeting.location, meeting.date)


def _meeting_words(meeting: Meeting, body_name: str | None,
                   prepared: Prepared | None) -> str:
    """``contextual(meeting_context(meeting))``, looked up in ``prepared`` when a parse
    worker made it for the same body name, title, place and date (``prepare.record_context``)."""
    if prepared is not None and prepared.contexts:
        day = meeting.date.isoformat() if meeting.date else None  # (``ContextKey``)
        found = prepared.contexts.get((body_name, meeting.title, meeting.location, day))
        if found is not None:
            return found
    return contextual(context_words(body_name, meeting.title, meeting.location, meeting.date))


def title_tags(tags: str) -> str:
    """A title entry's tags from the other entries' (``meeting_tags``): the meeting's
    own words after ``TITLE_CONTEXT`` ("zztvestdalen"). The title entry stands for the
    meeting, so a search may find it by those words alone ("mars 2025", "Vestdalen");
    kept apart, a one-word search reads only the title entries' list of such a word,
    never the list of every entry of every meeting whose title says "møte"."""
    return " ".join(tag if tag.startswith("zz") else TITLE_CONTEXT + tag
                    for tag in tags.split())


def title_context(context: str) -> str:
    """``title_tags`` of the meeting's own words alone (``contextual``: words joined by
    single spaces), so that ``title_tags(f"{filters} {context}")`` is
    ``f"{filters} {title_context(context)}"`` (``filter_tags`` all start with "zz"):
    in one replacement when no word starts with "zz" (the usual case), else word by
    word. An imported file makes it once, for its title entry."""
    if context.startswith("zz") or " zz" in context:
        return title_tags(context)
    return TITLE_CONTEXT + context.replace(" ", " " + TITLE_CONTEXT)


def filter_tags(status: str, body_id: int | None, day: date | None,
                person_ids: Iterable[int]) -> str:
    """The filter tags of ``entry_tags`` (status, body, year, participants) without the
    meeting's own words."""
    tags = [filter_tag("status", status), filter_tag("body", body_id)]
    if day is not None:
        tags.append(filter_tag("year", day.year))
    tags += filter_tags_of("person", sorted(set(person_ids)))
    return " ".join(tags)


def entry_tags(status: str, body_id: int | None, day: date | None,
               person_ids: Iterable[int], context: str = "") -> str:
    """``meeting_tags`` from the bare column values (indexing reads no model instances);
    ``context``: the meeting's words with their stems (``contextual``), after the tags
    (whose "zz" start no word of a text has, so neither is ever taken for the other)."""
    filters = filter_tags(status, body_id, day, person_ids)
    return f"{filters} {context}" if context else filters


def closed_tags(tags: str) -> str:
    """The tags of an entry of an item closed to the public from its meeting's (``entry_tags``,
    whose first tag is the status): ``CLOSED_TAG`` in the status tag's place."""
    return CLOSED_TAG + tags[tags.find(" "):] if " " in tags else CLOSED_TAG


def visibility_tags(user: Any) -> tuple[str, ...] | None:
    """Tags of which an entry needs one for ``user`` to see it; None means no limit.

    The same rule as ``Meeting.objects.visible_to`` (``access_body_ids``): superusers
    see everything, users with body access see every meeting of those bodies and their
    working groups, everyone sees published ones.
    """
    bodies = access_body_ids(user)
    if bodies is None:
        return None
    if bodies.query.is_empty():  # anonymous or inactive: ``none()``, nothing to read
        # (iterating an empty queryset still compiles it: 0.3 ms of every anonymous search)
        return (PUBLISHED_TAG,)
    return (PUBLISHED_TAG, *(filter_tag("body", pk)
                             for pk in sorted(set(bodies.values_list("pk", flat=True)))))


def _as_int(value: Any) -> int | None:
    """An integer filter value, or None when it is not one."""
    if isinstance(value, bool):
        return None
    try:
        return int(value)
    except (TypeError, ValueError, OverflowError):
        return None


def tag_filter(user: Any, body: int | str | None, year: int | None,
               person: int | None, kind: str | None = None) -> backends.TagFilter | None:
    """The tags a search requires, or None when a filter cannot match anything.

    ``body`` is an organisation id or slug (one query to look a slug up); ``kind`` one
    of ``KINDS`` (an entry's ``KIND_TAGS``).
    """
    required = []
    if kind not in (None, ""):
        if kind not in KIND_TAGS:
            return None
        required.append(KIND_TAGS[kind])
    if body not in (None, ""):
        body_id = _as_int(body)
        if body_id is None:
            body_id = (Organization.objects.filter(slug=str(body))
                       .values_list("pk", flat=True).first())
            if body_id is None:
                return None
        required.append(filter_tag("body", body_id))
    for kind, value in (("year", year), ("person", person)):
        if value in (None, ""):
            continue
        number = _as_int(value)
        if number is None:
            return None
        required.append(filter_tag(kind, number))
    return backends.TagFilter(any_of=visibility_tags(user), all_of=tuple(required))


# --- indexing ---------------------------------------------------------------------------


class NewEntry(NamedTuple):
    """One index entry to write: the columns of ``SearchEntry`` without the id.

    A plain tuple, not an unsaved model instance: building and saving model instances
    through the ORM cost more than the indexing itself, on every import.
    """

    meeting_id: int
    item_id: int | None
    kind: str
    tags: str
    text: str
    words: str
    #: The index words of the entry's heading, ranked above its text: a meeting title's
    #: words, an item's number and title; none for decisions and actions.
    head: str


def _words(text: str, prepared: Prepared | None) -> str:
    """``index_words(text)``, looked up in ``prepared`` when a parse worker made them
    (see ``motebok.search.prepare``)."""
    words = prepared.words.get(text) if prepared is not None else None
    return index_words(text) if words is None else words


def _entry(meeting_id: int, item_id: int | None, kind: str, text: str,
           tags: str, prepared: Prepared | None = None, heading: str | None = None) -> NewEntry:
    """One index entry with its normalised words; ``heading``: the part of ``text`` that
    is its heading (None: no heading; a meeting title is all heading). Its tags are
    ``tags`` after its ``KIND_TAGS``."""
    words = _words(text, prepared)
    head = words if kind == KIND_TITLE else _words(heading, prepared) if heading else ""
    return NewEntry(meeting_id, item_id, kind, f"{KIND_TAGS[kind]} {tags}", text, words, head)


def _title_entry(meeting_id: int, text: str, tags: str,
                 prepared: Prepared | None = None) -> NewEntry:
    """A meeting's title entry, with its tags as ``title_tags`` makes them from the
    meeting's other entries' ``tags``."""
    return _entry(meeting_id, None, KIND_TITLE, text, title_tags(tags), prepared)


def entries_for(meeting_ids: Sequence[int]) -> list[NewEntry]:
    """Every searchable piece of the given meetings: title, items, decisions, actions.

    Read with five ``values()`` queries however many meetings there are: building
    model instances and prefetches cost more than the indexing itself, and this runs
    inside every import.
    """
    meetings = (Meeting.objects.filter(pk__in=meeting_ids).order_by("pk")
                .values("pk", "title", "body_id", "body__name", "status", "date",
                        "location"))
    people: dict[int, list[int]] = {}
    for meeting_id, person_id in (Participation.objects.filter(meeting_id__in=meeting_ids)
                                  .values_list("meeting_id", "person_id")):
        people.setdefault(meeting_id, []).append(person_id)
    items: dict[int, list[dict]] = {}
    for item in (AgendaItem.objects.filter(meeting_id__in=meeting_ids)
                 .order_by("order", "pk")
                 .values("pk", "meeting_id", "number", "sequence", "year", "title", "text",
                         "exemption")):
        items.setdefault(item["meeting_id"], []).append(item)
    decisions: dict[int, list[str]] = {}
    for item_id, text in (Decision.objects.filter(item__meeting_id__in=meeting_ids)
                          .order_by("order", "pk").values_list("item_id", "text")):
        decisions.setdefault(item_id, []).append(text)
    actions: dict[int, list[str]] = {}
    for item_id, text, person, written in (
            Action.objects.filter(item__meeting_id__in=meeting_ids).order_by("order", "pk")
            .values_list("item_id", "text", "responsible_person__name", "responsible_text")):
        actions.setdefault(item_id, []).append(
            action_text(text, person if person is not None else written))
    entries = []
    for meeting in meetings:
        context = context_words(meeting["body__name"], meeting["title"],
                                meeting["location"], meeting["date"])
        tags = entry_tags(meeting["status"], meeting["body_id"], meeting["date"],
                          people.get(meeting["pk"], ()), contextual(context))
        entries.append(_title_entry(meeting["pk"],
                                    meeting["title"] or meeting["body__name"] or "", tags))
        for item in items.get(meeting["pk"], ()):
            heading = item_heading(item["number"], item["sequence"], item["year"],
                                   item["title"])
            text = headed_text(heading, item["text"])
            own = closed_tags(tags) if item["exemption"].strip() else tags
            entries.append(_entry(meeting["pk"], item["pk"], KIND_ITEM, text, own,
                                  heading=heading))
            entries.extend(_entry(meeting["pk"], item["pk"], KIND_DECISION, text, own)
                           for text in decisions.get(item["pk"], ()))
            entries.extend(_entry(meeting["pk"], item["pk"], KIND_ACTION, text, own)
                           for text in actions.get(item["pk"], ()))
    return entries


def _written_entries(meeting: Meeting,
                     prepared: Prepared | None = None) -> list[NewEntry] | None:
    """The entries of a meeting whose rows its writer handed over, or None.

    The importer attaches the rows it has just inserted to the meeting, as a prefetch
    would (``_prefetched_objects_cache``); reading them back with five queries would
    cost more than the indexing itself. The entries equal ``entries_for``'s.
    ``prepared``: words a parse worker made for the record's texts.
    """
    cache = getattr(meeting, "_prefetched_objects_cache", {})
    if not {"participations", "items"} <= cache.keys():
        return None
    items = list(cache["items"])
    if any(not {"decisions", "actions"} <= getattr(item, "_prefetched_objects_cache", {}).keys()
           for item in items):
        return None
    body_id = meeting.body_id
    body_name = meeting.body.name if body_id else None
    # ``entry_tags`` and the title entry's ``title_tags``, each made once for the
    # meeting from its filter tags and own words (not word by word from the tags)
    filters = filter_tags(meeting.status, body_id, meeting.date,
                          [p.person_id for p in cache["participations"]])
    context = _meeting_words(meeting, body_name, prepared)
    tags = f"{filters} {context}" if context else filters
    # the keys read once (``Model.pk`` is a property and a method call, and a meeting
    # has a few dozen entries)
    meeting_id = meeting.id
    title = meeting.title or body_name or ""
    entries = [_entry(meeting_id, None, KIND_TITLE, title,
                      f"{filters} {title_context(context)}" if context else filters, prepared)]
    for item in items:
        item_id = item.id
        heading = item_heading(item.number, item.sequence, item.year, item.title)
        text = headed_text(heading, item.text)
        own = closed_tags(tags) if item.exemption else tags  # (an import stores it stripped)
        entries.append(_entry(meeting_id, item_id, KIND_ITEM, text, own, prepared, heading))
        for decision in item._prefetched_objects_cache["decisions"]:
            entries.append(_entry(meeting_id, item_id, KIND_DECISION, decision.text, own,
                                  prepared))
        for action in item._prefetched_objects_cache["actions"]:
            # (the person only when there is one: the related descriptor's look-up in
            # the row's cache costs more than reading the key)
            person = action.responsible_person if action.responsible_person_id is not None \
                else None
            text = action_text(action.text, person.name if person is not None
                               else action.responsible_text)
            entries.append(_entry(meeting_id, item_id, KIND_ACTION, text, own, prepared))
    return entries


def _insert_statement(pairs: Sequence[tuple[NewEntry, backends.Stored]],
                      backend: backends.Backend) -> tuple[str, list]:
    """The multi-row INSERT of entries (SQL and parameters), returning their ids: each
    (entry, its ``Stored`` row) pair's ``NewEntry`` columns and the backend's own
    (``Backend.entry_columns``).

    ``RETURNING`` gives the ids in insertion order on both databases, which Django's own
    ``bulk_create`` relies on as well.
    """
    columns = NewEntry._fields + backend.entry_columns
    values = ", ".join(["(" + ", ".join(["%s"] * len(columns)) + ")"] * len(pairs))
    return (f"INSERT INTO {ENTRY_TABLE} ({', '.join(columns)}) VALUES {values}"
            f"{backends.RETURNING_ID}",
            list(itertools.chain.from_iterable(backend.entry_rows(pairs))))


def _store(entries: Iterable[NewEntry], backend: backends.Backend,
           known: set[str] | None = None, prepared: Prepared | None = None,
           held: list | None = None) -> int:
    """Write entries and their backend rows; entries without any word are skipped.

    ``known``: vocabulary words the import run has written (see ``Backend.add``);
    ``prepared``: stems a parse worker made; ``held``: an import run's list where a
    backend that holds its rows back (``Backend.holds_entries``) leaves the meeting's
    entries, as one group with the vocabulary words ``prepared`` holds for them or None
    (``_prepared_vocabulary``), until the run's transaction commits (``write_held``).
    """
    stems = prepared.stems if prepared is not None else {}
    kept = [(e, backends.Stored(0, e.words, e.tags, stems.get(e.words), e.head,
                                stems.get(e.head)))
            for e in entries if e.words]
    if held is not None and backend.holds_entries:
        if kept:
            held.append((kept, _prepared_vocabulary(kept, prepared)))
        return len(kept)
    ops = (backend.db if backend.db is not None else connection).ops  # (looked up once)
    size = _statement_rows(ops, kept, backend)
    for start in range(0, len(kept), size):
        batch = kept[start:start + size]
        backend.write(_insert_statement(batch, backend), [row for _e, row in batch], known)
    return len(kept)


def _prepared_vocabulary(kept: Sequence[tuple[NewEntry, backends.Stored]],
                         prepared: Prepared | None) -> tuple[str, ...] | None:
    """The vocabulary words a parse worker made for the record (``Prepared.vocabulary``)
    when they are those of the entries' words, else None: when the entries hold the
    index words the worker made for the entries' texts and no other (compared as text),
    as they do unless the stored rows differ from the record (the title entry of an
    untitled meeting under a body's stored name, a responsible person matched to a
    fuller name: see ``motebok.search.prepare``)."""
    if prepared is None or not prepared.entry_words:
        return None
    # (the words taken from ``prepared`` are its objects: their hashes are known already)
    same = {e.words for e, _row in kept} == set(prepared.entry_words)
    return prepared.vocabulary if same else None


def _statement_rows(ops: Any, kept: Sequence[Any], backend: backends.Backend) -> int:
    """How many entries one INSERT may hold (fewer when the database allows fewer
    parameters per statement)."""
    return max(1, min(STORE_BATCH, ops.bulk_batch_size(NewEntry._fields + backend.entry_columns,
                                                        kept)))


#: The key of the index's own state in an import run's ``run`` dict (``meeting_saved``).
RUN_VOCABULARY = "search.vocabulary"
#: … and of the entries held back until the run's transaction commits (``write_held``).
RUN_HELD = "search.held"


def index_meeting(meeting: Meeting, *, created: bool = False,
                  run: dict[str, Any] | None = None, prepared: Prepared | None = None) -> int:
    """Replace one meeting's index entries; called on ``meeting_saved``.

    A meeting just created (an import) has no entries yet: nothing to delete, and the
    caller's transaction already makes the write all-or-nothing, so no savepoint either.
    ``run`` is state an import run keeps for its listeners: here the vocabulary words
    its earlier documents wrote, which need not be sent again. ``prepared``: the
    words and stems a parse worker made for the record (``motebok.search.prepare``).
    In an import run the backend may hold its full-text rows back until the run's
    transaction commits (``write_held``, on ``import_committing``).
    """
    backend = backends.current()
    if created:
        entries = _written_entries(meeting, prepared)
        known = run.setdefault(RUN_VOCABULARY, set()) if run is not None else None
        held = run.setdefault(RUN_HELD, []) if run is not None else None
        return _store(entries_for([meeting.pk]) if entries is None else entries, backend,
                      known, prepared, held)
    with transaction.atomic():
        SearchEntry.objects.filter(meeting_id=meeting.pk).delete()
        return _store(entries_for([meeting.pk]), backend)


def write_held(run: dict[str, Any]) -> None:
    """Write the entries an import run held back (``RUN_HELD``: one group per meeting)
    with their vocabulary words and full-text rows, in its open transaction, just
    before that commits.

    Why: a batch's entries go in with a few multi-row INSERTs and its new vocabulary
    words with one, instead of one of each per file; and on SQLite FTS5, which keeps
    new rows in memory and writes them out as a segment of its index whenever a later
    statement of the transaction may need undoing alone (every multi-row INSERT), gets
    the batch's rows after the last such statement: one segment per batch, not one per
    file, merged again and again. The rows are those the files would have written one
    by one, with the same ids: the run writes no other entry meanwhile, and the new
    vocabulary words keep their order (each meeting's, sorted, in turn). A rollback
    empties ``run``, and the held entries go with the rows they belonged to.
    """
    groups = run.get(RUN_HELD)
    if not groups:
        return
    backend = backends.current()
    kept = [pair for group, _vocabulary in groups for pair in group]
    ops = (backend.db if backend.db is not None else connection).ops
    size = _statement_rows(ops, kept, backend)
    known = run.setdefault(RUN_VOCABULARY, set())
    words: list[str] = []
    for group, vocabulary in groups:  # as ``_store`` would have sent them, statement by
        # statement; a meeting's vocabulary words made by a parse worker when its entries
        # go in one statement (the same words: ``_prepared_vocabulary``)
        if vocabulary is not None and len(group) <= size:
            found = backends.unknown_words(vocabulary, known)
            backends.remember_vocabulary(found, known)
            words += found
            continue
        for start in range(0, len(group), size):
            found = backends.vocabulary_words([row for _e, row in group[start:start + size]],
                                              known)
            backends.remember_vocabulary(found, known)
            words += found
    backend.write_batch([(_insert_statement(kept[start:start + size], backend),
                          [row for _e, row in kept[start:start + size]])
                         for start in range(0, len(kept), size)], words)
    groups.clear()


def refresh_tags(meeting: Meeting) -> None:
    """Bring a meeting's filter tags up to date after it was saved (status, body, date,
    and its own words: title, place).

    Two or three small queries when nothing changed (the body's name, unless loaded);
    entries are rewritten only when it did, each with its ``KIND_TAGS`` first, the
    title entry with ``title_tags``.
    """
    persons = meeting.participations.values_list("person_id", flat=True)
    tags = meeting_tags(meeting, persons)
    wanted = {kind: f"{KIND_TAGS[kind]} {title_tags(tags) if kind == KIND_TITLE else tags}"
              for kind in KINDS}
    # the entries of items closed to the public keep ``CLOSED_TAG`` for a status
    closed = {kind: f"{KIND_TAGS[kind]} {closed_tags(tags)}" for kind in KINDS
              if kind != KIND_TITLE}
    of_closed = Q(item__isnull=False) & ~Q(item__exemption="")
    right = (~of_closed & functools.reduce(operator.or_, (
        Q(kind=kind, tags=kind_tags) for kind, kind_tags in wanted.items()))) | (
        of_closed & functools.reduce(operator.or_, (
            Q(kind=kind, tags=kind_tags) for kind, kind_tags in closed.items())))
    stale = list(SearchEntry.objects.filter(meeting_id=meeting.pk).exclude(right)
                 .values_list("pk", "kind", "item__exemption"))
    if stale:
        with transaction.atomic():
            for is_closed, table in ((False, wanted), (True, closed)):
                for kind, kind_tags in table.items():
                    pks = [pk for pk, entry_kind, exemption in stale if entry_kind == kind
                           and bool(exemption) == is_closed]
                    if pks:
                        SearchEntry.objects.filter(pk__in=pks).update(tags=kind_tags)
                        backends.current().retag(pks, kind_tags)


def unindex_meeting(meeting_id: int) -> None:
    """Drop one meeting's entries (on SQLite a trigger removes their FTS rows)."""
    SearchEntry.objects.filter(meeting_id=meeting_id).delete()


def rebuild() -> int:
    """Index every meeting from scratch, in chunks so memory stays flat."""
    backend = backends.current()
    total = 0
    with transaction.atomic():
        backend.clear()
        SearchEntry.objects.all().delete()
        ids = list(Meeting.objects.order_by("pk").values_list("pk", flat=True))
        for start in range(0, len(ids), REBUILD_CHUNK):
            total += _store(entries_for(ids[start:start + REBUILD_CHUNK]), backend)
    backend.optimize()
    return total


# --- searching --------------------------------------------------------------------------


def _page_numbers(page: Any, per_page: Any) -> tuple[int, int]:
    """Sane page and page size from whatever a caller passed."""
    page_number = max(1, _as_int(page) or 1)
    size = min(MAX_PER_PAGE, max(1, _as_int(per_page) or 20))
    return page_number, size


def search(query: str, *, user: Any, body: int | str | None = None, year: int | None = None,
           person: int | None = None, kind: str | None = None, page: int = 1,
           per_page: int = 20) -> SearchPage:
    """See ``motebok.search.search``. At most six queries, whatever the query text:
    body slug, body access, compound parts, two counts, and the page (which brings the
    meetings and items with it); five when tier 0 fills the page, which then reads no
    word part (``_count``)."""
    page, per_page = _page_numbers(page, per_page)
    text = query if isinstance(query, str) else str(query or "")
    terms = parse_query(text)
    empty = SearchPage(query=text, page=1, per_page=per_page,
                       terms=tuple(t.word for t in terms))
    if not terms:
        return empty
    tags = tag_filter(user, body, year, person, kind)
    if tags is None:
        return empty
    backend = backends.current()
    plan = backend.plan(terms, tags)
    counted = _count(backend, plan, page * per_page)
    if not counted.total:
        return empty
    page = min(page, math.ceil(counted.total / per_page))
    rows = backend.page(plan, (counted.own, counted.exact - counted.own), per_page,
                        (page - 1) * per_page, ranked=counted.ranked)
    return SearchPage(query=text, hits=_hits(rows, plan.terms or terms), total=counted.total,
                      page=page, per_page=per_page, terms=empty.terms, capped=counted.capped,
                      lower_bound=counted.lower_bound)


class Counts(NamedTuple):
    """What a search counted: hits shown from tier 0 and in all, both at most
    ``COUNT_CAP``; whether there are more; whether tier 0's own part is worth ranking
    (more than one hit, and few enough); how many of tier 0's hits are of its own part
    (``backends.TIER_OWN``); whether tier 1 was left unread because tier 0 fills the
    page (``total`` is then tier 0's count, and there may be more)."""

    exact: int
    total: int
    capped: bool
    ranked: bool
    own: int
    lower_bound: bool = False


def _count(backend: backends.Backend, plan: backends.Plan, shown: int) -> Counts:
    """Count the hits of a planned search whose requested page ends at hit ``shown``
    (one query, or two when tier 1 is read).

    Tier 0 is read in two parts, in one query: the entries holding every term
    themselves, then, for the room they leave under the cap, those that need their
    meeting's words for some (``backends.TIER_CONTEXT``), which come after them on the
    pages, newest first. A search whose own hits pass the cap reads no meeting-word
    list at all, and ranking reads only the own part's lists.

    Tier 1 (word parts) is read only when the requested page needs it: when tier 0's
    count does not reach past the page's end (the page is short, or exactly full at its
    end, where only tier 1 tells whether a next page exists), and tier 0 leaves room
    under the cap (beyond it no page would show tier 1). Its hits come after every
    tier-0 hit, so a page filled by tier 0 shows the same hits either way; its query is
    most of a multi-word search's time (an OR of hundreds of longer words per term). The
    total of such a page is tier 0's count as a lower bound (``lower_bound``: "at least"),
    and a later page that reaches tier 1 counts it and makes its total exact. Its ids are
    read in the index's order up to the room left, at most ``backends.PARTS_COUNT_CAP``
    (its long OR of word parts costs about as much per id read as a whole page), and
    shown heading hits first, then
    newest first (``backends.heading_score``); when there are more, which of them fill
    the pages is the index's choice (the oldest, on both databases, unless PostgreSQL
    has reused space of deleted rows). When a word part had
    more longer words than were looked up, tier 1 may miss hits and the count is a lower
    bound.
    """
    cap = backends.COUNT_CAP
    own, context = backend.count_exact(plan, cap + 1)
    if own > cap:
        return Counts(cap, cap, capped=True, ranked=False, own=cap)
    exact = own + context
    # A single own hit has nothing to be ranked against: its place is fixed, and on
    # SQLite bm25 would still walk every phrase's whole list for its document
    # frequencies (10 of the 11 ms of "helse omsorg beredskap"'s page). Its rank is 0.0,
    # as the hits of a part too large to rank.
    ranked = 1 < own <= backends.RANK_LIMIT
    if exact > cap:
        return Counts(cap, cap, capped=True, ranked=ranked, own=own)
    if not plan.same and exact > shown:  # tier 0 fills the page: tier 1 may add more
        return Counts(exact, exact, capped=False, ranked=ranked, own=own, lower_bound=True)
    compound, room = 0, 0
    if not plan.same:  # the ids, not only their number: the pages are cut from them
        room = min(cap - exact, backends.PARTS_COUNT_CAP)
        found = backend.tier_ids(plan, backends.TIER_PARTS, room + 1)
        compound = len(found)
        plan.compound_ids = sorted(found[:room], reverse=True)
    return Counts(exact, exact + min(compound, room),
                  capped=compound > room or plan.truncated, ranked=ranked, own=own)


def _hits(rows: list[backends.Row], terms: Sequence[Term]) -> list[Hit]:
    """Hits for the page's rows (their meetings and items came with the page query); one
    ``Marker`` judges each word once for all their snippets."""
    marker = Marker(terms)
    return [Hit(meeting=r.meeting, item=r.item, kind=r.kind,
                snippet=snippet(r.text, terms, marker=marker), rank=r.score,
                exact=r.tier == 0)
            for r in rows]
