"""The two database backends behind ``motebok.search``: SQLite FTS5 and PostgreSQL.

Both answer the same question the same way. An entry is a hit when its filter tags
pass (visibility, body, year, participant) and *every* query term matches one of its
words exactly, by Norwegian stem, or — for terms of four or more letters — as part of a
longer word ("rekruttering" in "talentrekrutteringskampanje"). In tier 0 (below) a term
may instead match a word or stem of the entry's meeting (body name, title, place, date;
``service.entry_tags``) as long as another term matches the entry itself, or any term
does when the entry is the meeting's title entry (``_with_context``).

Word parts are never matched by scanning entries. Every indexed word of four or more
characters is kept once in a *vocabulary* table with a trigram index (FTS5 ``trigram``
on SQLite, ``pg_trgm`` on PostgreSQL), and one query on it tells, for each part:
- which longer words *start* with it ("rekrutteringsplan"): up to ``MAX_PREFIX_WORDS``
  of them are looked up as whole words, leaving out those the term's own stem already
  finds ("rekrutteringen": stem "rekrutter"); with more, one prefix query on the
  full-text index finds them all (``"rekruttering"*`` in FTS5, ``'rekruttering':*`` in a
  tsquery — Norwegian stems are prefixes of their words, so on PostgreSQL a stem
  starting with the part stands for a word that does). Either way every such word is
  found; the list only avoids reading the inflections of the term itself twice: a
  prefix query reads every row of "rekrutteringen" again, and a common inflection can
  hold tens of thousands of rows (most of a word-part search's time);
- which longer words hold it further in ("talentrekrutteringskampanje"): at most
  ``MAX_EXPANSIONS`` of them, shortest first (the same list on both databases), looked
  up as whole words. When there are more, the hit count is a lower bound ("more than").
The same query reads which of a term's ``letter_candidates`` are indexed words: "tonsberg"
typed without ø is then also looked for as "tønsberg", in tier 0 (the vocabulary holds
no word under four letters, so "ar" is never read as "år").
The vocabulary is far smaller than the entries, so this costs about as much as a few
ordinary words.

Hits come in two tiers: entries where every term matched as a word or stem (tier 0),
then entries that needed a word part (tier 1). Hits are counted up to ``COUNT_CAP``
(tier 1 is only counted when tier 0 leaves room, and only up to ``PARTS_COUNT_CAP``; the
page says "more than" beyond either), so a common word costs no more than a rare one.
Tier 1 is read at all only by a page that reaches past tier 0 (``service._count``): a
page tier 0 fills says "at least" its count instead.
Tier 0 comes in two parts, counted in one query (``count_exact``): the entries that hold
every term themselves (``TIER_OWN``), ranked by relevance (bm25 on SQLite, ts_rank on
PostgreSQL; a heading hit weighs most) when there are at most ``RANK_LIMIT`` of them and
newest first otherwise; then, read only for the room they leave under the cap, the
entries that need their meeting's words for some term (``TIER_CONTEXT``), newest first.
Tier 1 puts the entries whose heading holds more of the terms first (``heading_score``,
up to ``HEADING_RANK_LIMIT`` hits), then newest first.
On PostgreSQL a tier-1 search of several terms may leave its commonest word-part terms
out of the index scans and test them on the rows the others find instead
(``PostgresBackend._row_tested``, chosen by the planner's statistics of ``tsv``): GIN
builds a bitmap of every entry holding any of a term's hundred-odd words, and those
pointers were most of a three-word search's time. The same rows come back in the same
order either way.
A tier-1 search of two or three terms on PostgreSQL finds its candidates through the
entries' quadgrams instead (``PostgresBackend._quadgram_arms``, migration 0010): one GIN
scan per way its terms divide between their own words and their parts, each term's exact
condition tested on the rows found; again the same rows in the same order.

User text only ever reaches SQL as bound parameters built from ``Term`` objects, each
quoted by the backend; filter tags are letters and digits made by the service.
"""

from __future__ import annotations

import json
import math
import re
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, NamedTuple

from django.db import connection
from django.db.backends.base.base import BaseDatabaseWrapper

from motebok.archive import bulk
from motebok.errors import MotebokError
from motebok.search.loading import HitLoader, hit_loader
from motebok.search.schema import (
    ENTRY_GIN_INDEX,
    ENTRY_STEMS_COLUMNS,
    ENTRY_TABLE,
    FTS_FROM_ENTRIES,
    FTS_TABLE,
    QUADGRAMS,
    VOCABULARY_TABLE,
    VOCABULARY_TRIGRAM_INDEX,
    VOCABULARY_TRIGRAMS,
)
from motebok.search.text import (
    MIN_SUBSTRING_LENGTH,
    Term,
    filter_tag,
    letter_candidates,
    query_stem,
    stem,
    stem_words,
)

#: How a title entry holds its meeting's own words among its tags ("zztvestdalen"), apart
#: from the other entries' ("vestdalen"): the one entry a search may find by those words
#: alone (``service.entry_tags``).
TITLE_CONTEXT = filter_tag("t", "")
#: The parts of the hit list as ``count`` and ``tier_ids`` name them: tier 0 and tier 1
#: (word parts), and tier 0's two parts, read apart and in this order: ``OWN``, the entries
#: that hold every term themselves, then ``CONTEXT``, those that need their meeting's words
#: for some (newest first). Most multi-word searches find their page among the first;
#: the second reads each term's meeting-word lists (which every entry of a meeting whose
#: body or title holds the word is on), and ranking it by bm25 would walk the whole
#: lists of every term again, whichever few ids are asked for.
TIER_EXACT, TIER_PARTS, TIER_OWN, TIER_CONTEXT = 0, 1, 2, 3
#: How the entries' INSERT (``service._insert_statement``) ends: the new ids, in order
#: (SQLite leaves it off and works them out: ``SqliteBackend._inserted``).
RETURNING_ID = " RETURNING id"
#: ``Backend.expansions``' rows of this kind and above are a backend's own read riding
#: along with the vocabulary query (``_riding_select``): PostgreSQL's ``tsv`` statistics.
RIDING_KIND = 4
#: At most this many hits are counted; beyond it a search says "more than".
COUNT_CAP = 1000
#: Tier 1 (word parts) is read and counted up to this many hits, fewer than ``COUNT_CAP``;
#: beyond it a search says "more than". Its ids are read in full to be counted, through
#: an OR of some hundreds of longer words per term, by every page that reaches past tier
#: 0 (a page tier 0 fills reads none and says "at least"; ``service._count``): up to 1,001
#: of them cost a three-word search with no tier-0 hit ("klima energi natur") 10–14 ms
#: of CPU on the 100,000-item benchmark archive, 201 of them 3–4.5 ms. The cap does not
#: depend on the page, so every page is cut from the same ids in the same order (reading
#: newest first, which would let a page read only its own room, has no cheap plan on
#: PostgreSQL: GIN yields rows unordered).
PARTS_COUNT_CAP = 200
#: Tier 0 is ranked by relevance when it holds at most this many hits, else newest first.
RANK_LIMIT = 1000
#: Tier 1 is ordered by ``heading_score`` when it holds at most this many hits, else newest
#: first: the score reads each hit's entry row (about 1 µs each on a quiet machine), and
#: the slowest searches, three common word parts, hold the most tier-1 hits.
HEADING_RANK_LIMIT = 200
#: At most this many longer words are looked up for one word part (shortest first).
MAX_EXPANSIONS = 200
#: Longer words starting with a word part are looked up one by one up to this many;
#: beyond it, one prefix query finds them all (see the module docstring).
MAX_PREFIX_WORDS = 200
#: PostgreSQL: inner words per tsquery in a word-part condition (see ``_condition``).
#: Timed on the 100,000-item benchmark archive: 5 gave p95 31 ms against 38 ms for 10
#: (each row a chunk's words point to is checked against the chunk's whole tree) and
#: 33 ms for 3 (each scan also costs its own descent into the index).
INNER_CHUNK = 5
#: PostgreSQL: the context part of a search of at most this many terms is found through
#: one index scan per way its terms can divide between the entry's words and its
#: meeting's (``PostgresBackend._context_part``): 3 for two terms, 7 for three.
CONTEXT_ARMS_TERMS = 3
#: PostgreSQL: tier 1 of a search of at least two and at most this many terms finds its
#: candidates through the entries' quadgrams (``PostgresBackend._quadgram_arms``): one GIN
#: scan per way the terms divide between their own words and their parts, 3 for two
#: terms, 7 for three. Timed on the 100,000-item benchmark archive (server execution of
#: the tier-1 statement, minimum / median of 9 in turns, load 23–27): "klima energi natur"
#: 62 / 66 → 7 / 23 ms, "kollektiv buss ferje" 44 / 82 → 25 / 33, "helse omsorg
#: beredskap" 41 / 62 → 27 / 44, "tilskudd søknad" 16 / 40 → 9 / 17. More terms make
#: more arms (2^n − 1), each a scan of its own.
QUADGRAM_ARMS_TERMS = 3
#: PostgreSQL: a word-part search of several terms tests its commonest term on the rows
#: the other terms' index scans find (``PostgresBackend._row_tested``) when the rows it
#: expects to read, each costing about this many posting-list pointers (the row's
#: heap fetch and a substring test; timed on the 100,000-item benchmark archive), are
#: fewer than the pointers that term's index scans would gather.
ROW_TEST_COST = 14
#: ... and only while the other terms' index scans keep at most this share of the entries
#: (estimated): a larger one may be planned as a sequential scan, which reads every row
#: and may start anywhere in the table (synchronized scans), so its first ids differ.
ROW_TEST_MAX_SHARE = 0.15
#: A lexeme not among the statistics' most common ones is taken to hold this share of the
#: least common one's entries: most such words (the compounds a word part is in) are
#: rare; on the benchmark archive they held about a sixth of it. Erring low keeps the
#: index scans rather than testing rows.
UNCOMMON_SHARE = 1 / 8
#: How long a process keeps the planner statistics of ``tsv`` it read (seconds): they only
#: choose how tier 1 is read, never what it finds.
LEXEME_STATS_SECONDS = 600
#: PostgreSQL: listed words that are sent as a quoted tsquery lexeme instead of through
#: ``plainto_tsquery('simple', …)``: lower-case letters only (Norwegian and a few more),
#: which the text-search parser reads as one word on every locale and the 'simple'
#: dictionary keeps as they are, so the lexeme is the word itself. Anything else (digits,
#: other scripts, very long words) still goes through the parser.
#: SQLite: the relevance of a hit, from bm25() over the FTS columns words, stems, tags and
#: head (the heading's stems), in that order. bm25 saturates each phrase's weighted
#: count, so a column weight alone lifts a heading hit little; the heading's score
#: is a second bm25() (the document frequencies are computed once for both), added
#: ``HEAD_WEIGHT`` times.
HEAD_WEIGHT = 5
BM25_SCORE = (f"-(bm25({FTS_TABLE}, 2.0, 1.0, 0.0, 0.0) "
              f"+ {HEAD_WEIGHT} * bm25({FTS_TABLE}, 0.0, 0.0, 0.0, 1.0))")
PLAIN_LEXEME = re.compile(r"[a-zæøåäöüéèêëáàâíìîóòôúùûçñ]{1,100}")


def quadgram_keys(part: str) -> tuple[str, ...]:
    """The quadgrams (pieces of ``MIN_SUBSTRING_LENGTH`` letters) a word holding ``part``
    must hold: the part's first and last (one for a part of that length). Any of its
    quadgrams would do; two keep the index scan short, and the rows it finds are
    tested exactly anyway (migration 0010, ``PostgresBackend._quadgram_arms``)."""
    return tuple(dict.fromkeys((part[:MIN_SUBSTRING_LENGTH], part[-MIN_SUBSTRING_LENGTH:])))


def context_values(term: Term, prefix: str = "") -> tuple[str, ...]:
    """The values a term is looked for among a meeting's own words, which the filter
    tags hold with their stems after ``prefix`` (``TITLE_CONTEXT`` for title entries):
    its words and stems, a number or date as it is."""
    values = (term.word,) if term.is_number else dict.fromkeys((*term.words, *term.stems))
    return tuple(prefix + value for value in values)


@dataclass(frozen=True)
class TagFilter:
    """Which filter tags an entry needs: one of ``any_of`` (unless None) and all of
    ``all_of``."""

    any_of: tuple[str, ...] | None = None
    all_of: tuple[str, ...] = ()


class Expansion(NamedTuple):
    """How one word part is looked up inside longer words."""

    prefix: bool  # some longer indexed word starts with the part
    inner: tuple[str, ...]  # longer indexed words holding it after their start
    #: The longer words starting with the part that its own stem does not already find,
    #: looked up one by one; None when there are too many (one prefix query instead).
    starts: tuple[str, ...] | None = ()
    #: Indexed words the term stands for when typed without æ, ø, å (``letter_candidates``:
    #: "tonsberg" → "tønsberg"), matched as the term itself is (tier 0).
    letters: tuple[str, ...] = ()

    @property
    def empty(self) -> bool:
        """Whether the part is inside no longer word at all."""
        return not self.prefix and not self.inner

    @property
    def adds(self) -> bool:
        """Whether the part can find any entry its word and stem do not (tier 1)."""
        return bool(self.inner) or (self.prefix and self.starts != ())

    def starting_words(self) -> tuple[str, ...]:
        """The words starting with the part to look up one by one (none for a prefix
        query)."""
        return self.starts or ()

    def prefix_query(self) -> bool:
        """Whether the words starting with the part need a prefix query."""
        return self.prefix and self.starts is None


NO_EXPANSION = Expansion(False, ())


class Stored(NamedTuple):
    """An entry row just written, as a backend indexes it (``stems``: the stems of its
    words when a parse worker made them, else None; ``head``: the words of its heading,
    ``head_stems`` their stems or None, likewise)."""

    pk: int
    words: str
    tags: str
    stems: str | None = None
    head: str = ""
    head_stems: str | None = None


@dataclass(frozen=True)
class Row:
    """One hit as the page query returns it, with its meeting (body loaded) and item."""

    entry_id: int
    tier: int
    score: float
    kind: str
    text: str
    meeting: Any
    item: Any | None


@dataclass
class Plan:
    """A prepared search: backend-specific SQL fragments and their parameters.

    ``truncated`` is True when some word part had more longer words than
    ``MAX_EXPANSIONS``: tier 1 may then miss hits, so its count is a lower bound.
    """

    exact: tuple[str, list] = ("", [])
    full: tuple[str, list] = ("", [])
    tags: tuple[str, list] = ("", [])
    same: bool = True  # no term can match as a word part: tier 1 is empty
    truncated: bool = False
    #: Tier 1's entry ids on its pages, once counted: the pages are cut from this list
    #: (ordered by ``heading_score``) instead of running the word-part query again.
    compound_ids: list[int] = field(default_factory=list)
    #: Per term, what ``heading_score`` looks for in an entry's head words.
    heading_tests: tuple[tuple[str, ...], ...] = ()
    extra: dict = field(default_factory=dict)
    #: The terms as searched: with the indexed words they stand for when typed without
    #: æ, ø, å among their variants (``with_letters``), for the snippets to mark.
    terms: tuple[Term, ...] = ()


def heading_tests(terms: Sequence[Term]) -> tuple[tuple[str, ...], ...]:
    """For each term, the strings of which one in an entry's head words (space-separated,
    with a space added at both ends) shows the term is in its heading: the word, its
    variants and their stems of ``MIN_SUBSTRING_LENGTH`` letters or more as parts (as a
    word part finds them), a shorter word or a number as a whole word."""
    found = []
    for term in terms:
        tests = dict.fromkeys(
            [word for word in term.words if term.substring]
            + [stem for stem in term.stems
               if term.substring and len(stem) >= MIN_SUBSTRING_LENGTH]
            + [f" {word} " for word in term.words if not term.substring])
        found.append(tuple(tests))
    return tuple(found)


def heading_score(tests: tuple[tuple[str, ...], ...], position: str) -> tuple[str, list]:
    """SQL counting the terms found in the heading of entry ``e``, less the number of
    terms (``position``: the database's ``instr``/``strpos`` call with the pattern
    ``{haystack}, {needle}``). At most 0, so a tier-1 hit never ranks above a tier-0
    one (whose bm25 or ts_rank is positive, or 0 when tier 0 is too large to rank).

    Tier 1 (word parts) is ordered by this, then newest first: a bm25 or ts_rank of the
    word-part query would evaluate its hundreds of alternatives again. This reads only
    the short head words of the tier's entries (at most ``COUNT_CAP``), by primary key.
    """
    haystack = "(' ' || e.head || ' ')"
    sql, params = [], []
    for term_tests in tests:
        sql.append("(CASE WHEN " + " OR ".join(
            [position.format(haystack=haystack, needle="%s") + " > 0"] * len(term_tests))
            + " THEN 1 ELSE 0 END)")
        params += term_tests
    return "(" + " + ".join(sql or ["0"]) + f" - {len(tests)})", params


def page_slices(sizes: Sequence[int], offset: int, limit: int) -> list[tuple[int, int]]:
    """(limit, offset) within each part of the hit list for one page of the whole list:
    ``sizes`` are the parts' sizes but the last's (which takes whatever is left)."""
    slices = []
    for size in sizes:
        part_limit = max(0, min(limit, size - offset))
        slices.append((part_limit, min(offset, size)))
        limit -= part_limit
        offset = max(0, offset - size)
    return [*slices, (limit, offset)]


def vocabulary_words(rows: Sequence[Stored], known: set[str] | None = None) -> list[str]:
    """The words of ``rows`` that go into the vocabulary (long enough to hold a part),
    sorted (new rows get their ids in word order), without the ``known`` ones."""
    words = set(" ".join(row.words for row in rows).split())
    if known:  # most words of a run's later documents are known: leave them out first
        words -= known
    return sorted(w for w in words if len(w) >= MIN_SUBSTRING_LENGTH)


def unknown_words(vocabulary: Sequence[str], known: set[str]) -> list[str]:
    """``vocabulary_words`` of rows whose vocabulary words (sorted, each once) are given:
    those not ``known``, in their order."""
    return [word for word in vocabulary if word not in known]


def remember_vocabulary(words: list[str], known: set[str] | None) -> None:
    """Add ``words`` to ``known``, the import run's set (``meeting_saved``'s ``run``):
    the run empties it when a transaction rolls back, so the words it holds are in the
    table, committed or about to be with the files that wrote them."""
    if known is not None:
        known.update(words)


class Backend:
    """What a backend does; subclasses provide the SQL."""

    #: Selects (term, word, 0): the longer indexed words holding one word part after
    #: their first letter, shortest first (ties in code point order), at most a limit.
    inner_sql = ""
    #: Selects (term, word, kind) for at most ``MAX_PREFIX_WORDS + 1`` longer indexed
    #: words starting with the part: kind 2 when the term's stem finds the word's entries
    #: anyway, else 1 (a backend may always say 1; see ``_stem_finds``).
    prefix_sql = ""
    #: Selects (term, word, 3) for the indexed words among a term's ``letter_candidates``
    #: (their placeholders go where ``{}`` is).
    letters_sql = ""
    #: Whether an import run's entries wait for its commit (``service.write_held``):
    #: where the backend holds its own full-text rows back anyway (SQLite).
    holds_entries = False
    #: Columns of the entry table only this backend has, written with each entry in the
    #: order ``entry_rows`` gives their values.
    entry_columns: tuple[str, ...] = ()

    def __init__(self, db: BaseDatabaseWrapper | None = None) -> None:
        #: the default database's connection when ``current`` had it at hand: the
        #: index's writes (``bulk.run``) use it instead of looking it up for each
        #: statement, a context-aware thread-local costing some 12,000 instructions,
        #: several times per imported file. None: ``bulk.run`` looks it up.
        self.db = db

    def add(self, rows: Sequence[Stored], known: set[str] | None = None,
            held: list | None = None) -> None:
        """Index freshly stored entry rows (the entry table itself is written already).

        ``known``: vocabulary words the import run has written (it keeps them, and
        forgets them on a rollback); they are not sent again — the table already
        holds them, so the rows written are the same — and the words sent now join it.
        ``held``: see ``write``.
        """

    @staticmethod
    def entry_rows(pairs: Iterable[tuple[tuple, Stored]]) -> Iterable[tuple]:
        """The values of each (entry, its ``Stored`` row) pair as the entries' INSERT
        writes them: the entry's columns, then those of ``entry_columns``."""
        return (entry for entry, _row in pairs)

    def write(self, insert: tuple[str, list], rows: Sequence[Stored],
              known: set[str] | None = None, held: list | None = None) -> list[int]:
        """Run the entries' ``INSERT … RETURNING id`` (``insert``: SQL and parameters) and
        index them (``add``; ``rows`` hold their words and tags, pk not yet known); the
        new ids in order. A backend may send both at once (PostgreSQL: one round trip).
        ``held``: an import run's list where the backend may leave rows to be written
        by ``write_held`` before the transaction commits."""
        ids = self._inserted(insert, len(rows))
        # ``Stored(pk, *rest)``, not ``_replace(pk=…)``: a dozen and more rows per
        # imported file, and ``_replace`` builds its row through a keyword dict.
        self.add([Stored(pk, *row[1:]) for pk, row in zip(ids, rows, strict=True)], known,
                 held)
        return ids

    def _inserted(self, insert: tuple[str, list], rows: int) -> list[int]:
        """Run an entries' ``INSERT … RETURNING id`` of ``rows`` rows; the new ids in order."""
        return [row[0] for row in bulk.run(*insert, connection=self.db)]

    def write_held(self, held: list) -> None:
        """Write what ``add`` left in ``held`` (nothing, unless a backend holds rows)."""

    def write_batch(self, inserts: Sequence[tuple[tuple[str, list], Sequence[Stored]]],
                    words: list[str]) -> None:
        """Write the entries an import run held back (``holds_entries``) and index them:
        each entry INSERT (SQL and parameters) with its rows, then the new vocabulary
        ``words`` (in their order), then the full-text rows."""
        raise NotImplementedError

    def retag(self, entry_ids: Sequence[int], tags: str) -> None:
        """Give entries new filter tags (the table column is updated by the caller)."""

    def replace(self, rows: Sequence[Stored]) -> None:
        """Index entries again whose ``words`` column the caller has just rewritten."""
        self.add(rows)

    def clear(self) -> None:
        """Empty the backend's own tables before every entry is deleted."""

    def optimize(self) -> None:
        """Tidy the index after a full rebuild."""

    def plan(self, terms: Sequence[Term], tags: TagFilter) -> Plan:
        """Prepare the SQL for a search (queries the vocabulary once for word parts)."""
        raise NotImplementedError

    def count(self, plan: Plan, tier: int, limit: int) -> int:
        """Hits in ``tier``, counted up to ``limit``."""
        raise NotImplementedError

    def tier_ids(self, plan: Plan, tier: int, limit: int) -> list[int]:
        """At most ``limit`` entry ids of ``tier``, the first ones the index yields.

        Reading them in the index's own order lets the database stop after ``limit``
        rows; ordering the whole tier by id first would mean finding every row of it.
        With fewer rows than ``limit`` every row is there, in any order.
        """
        raise NotImplementedError

    def page(self, plan: Plan, exact: tuple[int, int], limit: int, offset: int, *,
             ranked: bool) -> list[Row]:
        """One page of the ordered hit list: tier 0's ``exact`` = (own, context) hits,
        the own ones ordered by relevance when ``ranked`` and newest first otherwise, the
        context ones newest first; then tier 1."""
        raise NotImplementedError

    def count_exact(self, plan: Plan, limit: int) -> tuple[int, int]:
        """Tier 0's own and context hits (``TIER_OWN``, ``TIER_CONTEXT``), counted
        together up to ``limit``, own ones first, in one statement: the context part is
        read only for the room the own part leaves. Keeps the ids each part had in full
        for the page (``known_ids``)."""
        rows = self._exact_parts(plan, limit)
        own = [pk for pk, part in rows if part == 0]
        context = [pk for pk, part in rows if part == 1]
        self._keep_ids(plan, TIER_OWN, own, limit)
        self._keep_ids(plan, TIER_CONTEXT, context, limit - len(own))
        return len(own), len(context)

    def _exact_parts(self, plan: Plan, limit: int) -> list[tuple[int, int]]:
        """(id, 0) for the own part's ids, then (id, 1) for the context part's, at most
        ``limit`` in all, each part in the index's order (see ``tier_ids``)."""
        raise NotImplementedError

    @staticmethod
    def _keep_ids(plan: Plan, tier: int, found: list[int], limit: int) -> None:
        """Keep a tier's ids for the page and for tier 1 when ``count`` read them all
        (fewer than ``limit``)."""
        if len(found) < limit:
            plan.extra.setdefault("ids", {})[tier] = found

    @staticmethod
    def known_ids(plan: Plan, tier: int) -> list[int] | None:
        """The ids of a tier that ``count`` read in full, or None."""
        return plan.extra.get("ids", {}).get(tier)

    @staticmethod
    def tier_zero_ids(plan: Plan) -> list[int] | None:
        """Every id of tier 0 when ``count`` read them all (as one tier, or as its own
        and context parts), or None."""
        found = Backend.known_ids(plan, TIER_EXACT)
        own, context = Backend.known_ids(plan, TIER_OWN), Backend.known_ids(plan, TIER_CONTEXT)
        if found is None and own is not None and context is not None:
            found = own + context
        return found

    @staticmethod
    def newest_ids(plan: Plan, tier: int, limit: int, offset: int) -> list[int] | None:
        """A newest-first slice of a tier whose ids ``count`` read in full, or None."""
        found = Backend.known_ids(plan, tier)
        if found is None:
            return None
        return sorted(found, reverse=True)[offset:offset + limit]

    @staticmethod
    def _inner_params(part: str) -> list:
        """The parameters of ``inner_sql`` for one word part."""
        raise NotImplementedError

    @staticmethod
    def _prefix_params(part: str) -> list:
        """The parameters of ``prefix_sql`` for one word part."""
        raise NotImplementedError

    @staticmethod
    def _stem_finds(term: Term, word: str) -> bool:
        """Whether the term's stem alternative finds every entry holding ``word``."""
        return False

    def expansions(self, terms: Sequence[Term]) -> tuple[dict[str, Expansion], bool]:
        """For each word-part term, how it is found inside longer words, and whether
        some list of inner words was cut at ``MAX_EXPANSIONS``. One query for all terms."""
        by_word = {t.word: t for t in terms if t.substring}
        wanted = list(by_word)
        if not wanted:
            return {}, False
        selects, params = [], []
        for index, word in enumerate(wanted):
            selects.append(f"SELECT * FROM ({self.inner_sql}) AS inner{index}")
            selects.append(f"SELECT * FROM ({self.prefix_sql}) AS prefix{index}")
            params += [*self._inner_params(word), *self._prefix_params(word)]
            forms = letter_candidates(word, by_word[word].stem)
            if forms:
                found = self.letters_sql.format(", ".join(["%s"] * len(forms)))
                selects.append(f"SELECT * FROM ({found}) AS letters{index}")
                params += [word, *forms]
        riding = self._riding_select()
        if riding is not None:
            selects.append(f"SELECT * FROM ({riding[0]}) AS riding")
            params += riding[1]
        inner: dict[str, list[str]] = {word: [] for word in wanted}
        starts: dict[str, list[tuple[str, bool]]] = {word: [] for word in wanted}
        letters: dict[str, list[str]] = {word: [] for word in wanted}
        rode: list[tuple[str, str, int]] = []
        with connection.cursor() as cursor:
            cursor.execute(" UNION ALL ".join(selects), params)
            for term, word, kind in cursor.fetchall():
                if kind >= RIDING_KIND:
                    rode.append((term, word, kind))
                elif kind == 3:
                    letters[term].append(word)
                elif kind:
                    starts[term].append((word, kind == 2))
                else:
                    inner[term].append(word)
        if riding is not None:
            self._rode(rode)
        truncated = any(len(words) > MAX_EXPANSIONS for words in inner.values())
        return {term: Expansion(bool(starts[term]), tuple(words[:MAX_EXPANSIONS]),
                                self._starting(by_word[term], starts[term]),
                                tuple(sorted(letters[term])))
                for term, words in inner.items()}, truncated

    def _riding_select(self) -> tuple[str, list] | None:
        """A select of (text, text, kind ≥ ``RIDING_KIND``) rows the backend wants read
        with the vocabulary (one statement, not two), or None."""
        return None

    def _rode(self, rows: list[tuple[str, str, int]]) -> None:
        """Take the rows of ``_riding_select``."""

    @staticmethod
    def with_letters(terms: Sequence[Term],
                     expansions: dict[str, Expansion]) -> tuple[Term, ...]:
        """``terms`` with the indexed words they stand for when typed without æ, ø, å
        (``Expansion.letters``) among their variants."""
        found = []
        for term in terms:
            extra = [word for word in expansions.get(term.word, NO_EXPANSION).letters
                     if word not in term.words]
            found.append(replace(term, variants=(*term.variants,
                                                 *((word, query_stem(word)) for word in extra)))
                         if extra else term)
        return tuple(found)

    def _starting(self, term: Term, found: list[tuple[str, bool]]) -> tuple[str, ...] | None:
        """``Expansion.starts`` from the words starting with a part (with whether the
        database already knows the stem finds them): None when there are too many."""
        if len(found) > MAX_PREFIX_WORDS:
            return None
        return tuple(sorted(word for word, covered in found
                            if not covered and not self._stem_finds(term, word)))

    @staticmethod
    def _fetch(sql: str, params: Sequence, loader: HitLoader) -> list[Row]:
        """Run a page query selecting id, tier, score, kind, text and ``loader``'s columns."""
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            rows = cursor.fetchall()
        instances = loader.build_all([row[5:] for row in rows])
        return [Row(row[0], row[1], float(row[2]), row[3], row[4], meeting, item)
                for row, (meeting, item) in zip(rows, instances, strict=True)]

    @staticmethod
    def _page_sql(parts: list[str], entry_table: str, loader: HitLoader) -> str:
        """The page query around the subqueries of the list's parts (``part``: tier 0's
        own and context hits, then tier 1): entry, meeting, body and item."""
        return (f"SELECT h.id, h.tier, h.score, e.kind, e.text, {loader.select()} "
                f"FROM ({' UNION ALL '.join(parts)}) h "
                f"JOIN {entry_table} e ON e.id = h.id {loader.joins('e')} "
                "ORDER BY h.part, h.score DESC, h.id DESC")


def _stems(words: str, found: str | None) -> str:
    """The stems of ``words`` (``found`` when a parse worker made them)."""
    if found is not None:
        return found
    return stem_words(words) if words else ""


def fts5_string(text: str) -> str:
    """A token as an FTS5 string literal: never an operator, column or prefix query."""
    return '"' + text.replace('"', '""') + '"'


class SqliteBackend(Backend):
    """FTS5 with bm25; word parts through a trigram index of the vocabulary."""

    holds_entries = True

    # instr() makes the match exact: the trigram tokenizer folds case on its own terms.
    inner_sql = (f"SELECT %s AS term, word, 0 AS prefix FROM {VOCABULARY_TRIGRAMS} "
                 f"WHERE {VOCABULARY_TRIGRAMS} MATCH %s AND instr(word, %s) > 1 "
                 "ORDER BY length(word), word LIMIT %s")
    # A range of the vocabulary's unique index: the words after the part itself and
    # before the part with its last letter raised, i.e. the longer ones starting with it.
    prefix_sql = (f"SELECT %s AS term, word, 1 AS prefix FROM {VOCABULARY_TABLE} "
                  "WHERE word > %s AND word < %s ORDER BY word LIMIT %s")
    letters_sql = (f"SELECT %s AS term, word, 3 AS prefix FROM {VOCABULARY_TABLE} "
                   "WHERE word IN ({})")

    @staticmethod
    def _inner_params(part: str) -> list:
        return [part, fts5_string(part), part, MAX_EXPANSIONS + 1]

    @staticmethod
    def _prefix_params(part: str) -> list:
        return [part, part, part[:-1] + chr(ord(part[-1]) + 1), MAX_PREFIX_WORDS + 1]

    @staticmethod
    def _stem_finds(term: Term, word: str) -> bool:
        """The ``stems`` column holds every word's stem (case numbers excepted), so a
        word whose stem is the term's is found by ``stems : "<stem>"``."""
        return not word.startswith("saknr") and stem(word) == term.stem

    #: The stems of an entry's words and of its heading, which the contentless FTS table
    #: (``schema.ENTRY_STEMS_COLUMNS``) is given from the entry's columns.
    entry_columns = ENTRY_STEMS_COLUMNS

    @staticmethod
    def entry_rows(pairs: Iterable[tuple[tuple, Stored]]) -> Iterable[tuple]:
        """Each entry's columns and the stems of its words and heading (a parse worker's
        when it made them: an import's usual case, taken without a call of ``_stems``
        for each, two per entry of every stored file)."""
        for entry, row in pairs:
            stems, head_stems = row.stems, row.head_stems
            yield (*entry, stems if stems is not None else _stems(row.words, None),
                   head_stems if head_stems is not None else _stems(row.head, None))

    def add(self, rows: Sequence[Stored], known: set[str] | None = None,
            held: list | None = None) -> None:
        """FTS rows (made from the entries' columns: words, stems, tags, heading stems)
        and new vocabulary words, two statements; with ``held`` the entry ids wait there
        for ``write_held``."""
        words = vocabulary_words(rows, known)
        ids = [row.pk for row in rows]
        if held is not None:
            held.extend(ids)
        else:
            self.write_held(ids)
        self._add_words(words)
        remember_vocabulary(words, known)

    def write_batch(self, inserts: Sequence[tuple[tuple[str, list], Sequence[Stored]]],
                    words: list[str]) -> None:
        """Every entry INSERT first, then the vocabulary, then the FTS rows in one
        statement: FTS5 would write its pending rows out at each later multi-row INSERT."""
        ids: list[int] = []
        for insert, rows in inserts:
            ids += self._inserted(insert, len(rows))
        self._add_words(words)
        self.write_held(ids)

    def _inserted(self, insert: tuple[str, list], rows: int) -> list[int]:
        """The entries' INSERT without its ``RETURNING``: on SQLite a statement's rows get
        consecutive ids (``bulk.inserted_ids``), and returning them cost about a fifth of
        the statement (a batch of 128 files sends some 2,400 entries)."""
        sql, params = insert
        return bulk.inserted_ids(sql.removesuffix(RETURNING_ID), params, rows, self.db)

    def _add_words(self, words: list[str]) -> None:
        """New vocabulary words, in one statement (their ids in the list's order)."""
        if words:
            bulk.run(f"INSERT OR IGNORE INTO {VOCABULARY_TABLE}(word) "
                     "SELECT value FROM json_each(%s)", [json.dumps(words, ensure_ascii=False)],
                     connection=self.db)

    def write_held(self, held: list) -> None:
        """The FTS rows of the entries with these ids, in one statement that reads them
        off the entry table (``schema.FTS_FROM_ENTRIES``): a contentless table must later
        be given the very values it indexed to remove a row, and the triggers take them
        from there. A run of consecutive ids (an import's entries) as one range."""
        if not held:
            return
        low, high = min(held), max(held)
        if high - low + 1 == len(held):
            bulk.run(f"{FTS_FROM_ENTRIES}id BETWEEN %s AND %s", [low, high],
                     connection=self.db)
        else:
            bulk.run(f"{FTS_FROM_ENTRIES}id IN (SELECT value FROM json_each(%s)) ORDER BY id",
                     [json.dumps(sorted(set(held)))], connection=self.db)

    def retag(self, entry_ids: Sequence[int], tags: str) -> None:
        """Nothing: the caller's UPDATE of the entries' tags remade their FTS rows
        (trigger ``search_entry_reindexed``)."""

    def replace(self, rows: Sequence[Stored]) -> None:
        """The entries' stems written again, which remakes their FTS rows from the
        entries' columns (trigger ``search_entry_reindexed``), and their new words added
        to the vocabulary."""
        with connection.cursor() as cursor:
            cursor.executemany(f"UPDATE {ENTRY_TABLE} SET stems = %s, head_stems = %s "
                               "WHERE id = %s",
                               [(_stems(row.words, row.stems), _stems(row.head, row.head_stems),
                                 row.pk) for row in rows])
        words = vocabulary_words(rows, None)
        self._add_words(words)

    def clear(self) -> None:
        """Empty the FTS table and the vocabulary (with its trigram index); the entries
        deleted next find no FTS rows to remove (the triggers look first)."""
        with connection.cursor() as cursor:
            cursor.execute(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('delete-all')")
            cursor.execute(f"DELETE FROM {VOCABULARY_TABLE}")
            cursor.execute(
                f"INSERT INTO {VOCABULARY_TRIGRAMS}({VOCABULARY_TRIGRAMS}) VALUES ('delete-all')")

    def optimize(self) -> None:
        with connection.cursor() as cursor:
            cursor.execute(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('optimize')")
            cursor.execute(
                f"INSERT INTO {VOCABULARY_TRIGRAMS}({VOCABULARY_TRIGRAMS}) VALUES ('optimize')")

    @staticmethod
    def _term(term: Term, parts: Expansion = NO_EXPANSION, *, head: bool = False) -> str:
        """The FTS5 expression for one term: exact word, stem, or inside a longer word.

        ``head``: also as a stem of the entry's heading (``head`` column), for bm25 to
        rank a heading hit higher. It finds no other rows: a heading's stems are among
        the entry's stems, and a case number is its own stem.
        """
        if term.is_number:
            found = f"words : {fts5_string(term.word)}"
            if term.parts:  # a date: also the words it was typed with, in any order
                found = (f"({found} OR ("
                         + " AND ".join(f"words : {fts5_string(part)}" for part in term.parts)
                         + "))")
            return f"({found} OR head : {fts5_string(term.word)})" if head else found
        alternatives = [f"{column} : {fts5_string(value)}"
                        for word, found in ((term.word, term.stem), *term.variants)
                        for column, value in (("words", word), ("stems", found))]
        if head:
            alternatives += [f"head : {fts5_string(found)}"
                             for found in dict.fromkeys(term.stems)]
        if parts.prefix_query():
            alternatives.append(f"words : {fts5_string(term.word)}*")
        words = parts.starting_words() + parts.inner
        if words:
            alternatives.append("words : (" + " OR ".join(map(fts5_string, words)) + ")")
        return "(" + " OR ".join(alternatives) + ")"

    @staticmethod
    def _tags(tags: TagFilter) -> list[str]:
        """FTS5 expressions for the filter tags (restricted to the ``tags`` column)."""
        found = []
        if tags.any_of is not None:
            found.append("tags : (" + " OR ".join(map(fts5_string, tags.any_of)) + ")")
        found.extend(f"tags : {fts5_string(tag)}" for tag in tags.all_of)
        return found

    @staticmethod
    def _context(term: Term, *prefixes: str) -> str:
        """The FTS5 expression for one term among the meeting's own words, which the
        ``tags`` column holds with their stems (``context_values``), after each of
        ``prefixes`` ("" for those of most entries, ``TITLE_CONTEXT`` for title entries')."""
        values = [value for prefix in prefixes for value in context_values(term, prefix)]
        return "tags : (" + " OR ".join(map(fts5_string, values)) + ")"

    @classmethod
    def _with_context(cls, own: list[str], terms: Sequence[Term]) -> str:
        """Tier 0's words (``own``: one expression per term for the entry's own words).
        A title entry: each term in its own words or its meeting's. Any other entry:
        each term in its own words or its meeting's, at least one in its own. A title
        entry holds its meeting's words apart (``TITLE_CONTEXT``), so a one-word search
        reads only the title entries' list of a word every entry's meeting may hold, and
        the "at least one" test lets title entries through by their meeting words."""
        if len(own) == 1:
            return f"({own[0]} OR {cls._context(terms[0], TITLE_CONTEXT)})"
        either = [f"({found} OR {cls._context(term, '', TITLE_CONTEXT)})"
                  for found, term in zip(own, terms, strict=True)]
        titles = " OR ".join(cls._context(term, TITLE_CONTEXT) for term in terms)
        return " AND ".join([*either, "(" + " OR ".join([*own, titles]) + ")"])

    def plan(self, terms: Sequence[Term], tags: TagFilter) -> Plan:
        expansions, truncated = self.expansions(terms)
        terms = self.with_letters(terms, expansions)
        tag_parts = self._tags(tags)
        own = [self._term(t) for t in terms]
        full = " AND ".join([*(self._term(t, expansions.get(t.word, NO_EXPANSION))
                               for t in terms),
                             *tag_parts])
        same = full == " AND ".join([*own, *tag_parts])
        words = self._with_context(own, terms)
        exact = " AND ".join([words, *tag_parts])
        # bm25 ranks the OWN part by the AND of each term's own words and heading: the
        # same phrases as the part's own MATCH, so it walks no more of their lists.
        ranked = " AND ".join(self._term(t, head=True) for t in terms)
        # The context part is tier 0 without the own hits; one term finds it among the
        # title entries' meeting words alone, without walking its own list again.
        context = self._context(terms[0], TITLE_CONTEXT) if len(terms) == 1 else words
        return Plan(exact=(exact, []), full=(full, []), same=same,
                    truncated=truncated, heading_tests=heading_tests(terms),
                    extra={"words": words, "own": " AND ".join(own), "ranked": ranked,
                           "context": " AND ".join([context, *tag_parts]),
                           "tags": tag_parts}, terms=terms)

    @staticmethod
    def _tier(plan: Plan, tier: int) -> str:
        """The MATCH expression of one tier (tier 1: a part was needed, so not tier 0;
        ``TIER_OWN`` and ``TIER_CONTEXT``: tier 0's entries with every term in their
        own words, and the others)."""
        if tier == TIER_EXACT:
            return plan.exact[0]
        if tier == TIER_OWN:
            return " AND ".join([plan.extra["own"], *plan.extra["tags"]])
        if tier == TIER_CONTEXT:
            return f"({plan.extra['context']}) NOT ({plan.extra['own']})"
        return f"({plan.full[0]}) NOT ({plan.extra['words']})"

    def count(self, plan: Plan, tier: int, limit: int) -> int:
        """Count by reading the ids themselves: when a tier is all there (fewer than
        ``limit``), the page takes them from ``known_ids`` instead of matching the
        whole query again (as costly as the count)."""
        found = self.tier_ids(plan, tier, limit)
        self._keep_ids(plan, tier, found, limit)
        return len(found)

    def tier_ids(self, plan: Plan, tier: int, limit: int) -> list[int]:
        """Tier 1 leaves tier 0's ids out by number when ``count`` read them all
        (``tier_zero_ids``), as on PostgreSQL: ``NOT (tier 0's words)`` also walks every
        term's meeting-word lists (each holds every entry of the meetings whose title,
        body or date has the word), which cost "budsjett 2023" about as much as its
        word-part query (8.5 against 4.3 ms of CPU on the 100,000-item benchmark
        archive)."""
        sql = f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s"
        params: list = [self._tier(plan, tier)]
        known = self.tier_zero_ids(plan) if tier == TIER_PARTS else None
        if known is not None:
            params = [plan.full[0]]
            if known:
                sql += " AND rowid NOT IN (SELECT value FROM json_each(%s))"
                params.append(json.dumps(known))
        with connection.cursor() as cursor:  # FTS5 yields rowids in ascending order
            cursor.execute(f"{sql} LIMIT %s", [*params, limit])
            return [row[0] for row in cursor.fetchall()]

    def _exact_parts(self, plan: Plan, limit: int) -> list[tuple[int, int]]:
        # A compound SELECT runs its arms in turn and stops at the LIMIT: the context
        # part's MATCH starts only when the own part is exhausted below it.
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT rowid, 0 FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s "
                           f"UNION ALL SELECT rowid, 1 FROM {FTS_TABLE} "
                           f"WHERE {FTS_TABLE} MATCH %s LIMIT %s",
                           [self._tier(plan, TIER_OWN), self._tier(plan, TIER_CONTEXT), limit])
            return cursor.fetchall()

    def _own_rows(self, plan: Plan) -> tuple[str, list]:
        """A subquery of the OWN part's ids: the ones ``count`` read, or the match again."""
        found = self.known_ids(plan, TIER_OWN)
        if found is not None:
            return "SELECT value FROM json_each(%s)", [json.dumps(found)]
        return (f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s",
                [self._tier(plan, TIER_OWN)])

    def page(self, plan: Plan, exact: tuple[int, int], limit: int, offset: int, *,
             ranked: bool) -> list[Row]:
        (limit0, offset0), (limit_c, offset_c), (limit1, offset1) = page_slices(
            exact, offset, limit)
        parts, params = [], []
        if limit0 and ranked:
            # bm25 over the words alone, restricted to the rows the filters let through:
            # with the tags in the MATCH, bm25 would count every row of each tag (all
            # published entries) for its IDF. The tags column has weight 0, so the scores
            # are the same either way. A heading naming the word (``head``) weighs most
            # (``BM25_SCORE``): it ranks above a passing mention in a long text.
            rows, rows_params = self._own_rows(plan)
            parts.append(
                f"SELECT * FROM (SELECT rowid AS id, 0 AS tier, "
                f"{BM25_SCORE} AS score, 0 AS part FROM {FTS_TABLE} "
                f"WHERE {FTS_TABLE} MATCH %s AND +rowid IN ({rows}) "
                "ORDER BY score DESC, rowid DESC LIMIT %s OFFSET %s)")
            params += [plan.extra["ranked"], *rows_params, limit0, offset0]
        elif limit0:
            sql, part_params = self._newest_part(plan, TIER_OWN, limit0, offset0)
            parts.append(sql)
            params += part_params
        if limit_c:
            sql, part_params = self._newest_part(plan, TIER_CONTEXT, limit_c, offset_c)
            parts.append(sql)
            params += part_params
        compound = plan.compound_ids[offset1:offset1 + limit1] if limit1 else []
        if compound and len(plan.compound_ids) > HEADING_RANK_LIMIT:
            parts.append("SELECT value AS id, 1 AS tier, 0.0 AS score, 2 AS part "
                         "FROM json_each(%s)")
            params.append(json.dumps(compound))
        elif compound:
            score, score_params = heading_score(plan.heading_tests, "instr({haystack}, {needle})")
            parts.append(f"SELECT * FROM (SELECT e.id AS id, 1 AS tier, {score} * 1.0 AS score, "
                         "2 AS part "
                         f"FROM json_each(%s) j JOIN {ENTRY_TABLE} e ON e.id = j.value "
                         "ORDER BY score DESC, e.id DESC LIMIT %s OFFSET %s)")
            params += [*score_params, json.dumps(plan.compound_ids), limit1, offset1]
        if not parts:
            return []
        loader = hit_loader()
        return self._fetch(self._page_sql(parts, ENTRY_TABLE, loader), params, loader)

    def _newest_part(self, plan: Plan, tier: int, limit: int,
                     offset: int) -> tuple[str, list]:
        """A newest-first page of one of tier 0's parts (``TIER_OWN``, ``TIER_CONTEXT``):
        cut from the ids ``count`` read when it read them all, else matched again."""
        part = 0 if tier == TIER_OWN else 1
        known = self.newest_ids(plan, tier, limit, offset)
        if known is not None:
            return (f"SELECT value AS id, 0 AS tier, 0.0 AS score, {part} AS part "
                    "FROM json_each(%s)", [json.dumps(known)])
        return self._newest(part), [self._tier(plan, tier), limit, offset]

    @staticmethod
    def _newest(part: int) -> str:
        """A page of one of tier 0's parts (``part``: 0 own, 1 context), newest first
        (its MATCH, limit and offset are the parameters)."""
        return (f"SELECT * FROM (SELECT rowid AS id, 0 AS tier, 0.0 AS score, {part} AS part "
                f"FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s "
                "ORDER BY rowid DESC LIMIT %s OFFSET %s)")


class LexemeStats(NamedTuple):
    """PostgreSQL's statistics of the entries' ``tsv`` (``pg_stats``, made by ANALYZE or
    autovacuum): how many entries there are, and the share of them holding each of the
    most common lexemes; a lexeme not among those is taken to hold ``floor``."""

    rows: float
    shares: dict[str, float]
    floor: float

    def share(self, lexemes: Sequence[str]) -> float:
        """The summed shares of ``lexemes``: how many posting-list pointers, per entry,
        an index scan for any of them reads."""
        return sum(self.shares.get(lexeme, self.floor) for lexeme in lexemes)

    def prefixed(self, part: str) -> float:
        """The summed shares of the common lexemes starting with ``part`` (what a
        prefix query reads), at least ``floor``."""
        return max(self.floor, sum(share for lexeme, share in self.shares.items()
                                   if lexeme.startswith(part)))


_LEXEME_STATS: dict[str, tuple[float, LexemeStats | None]] = {}
#: ``PostgresBackend._riding_select``: the statistics of ``tsv`` as (text, text, kind)
#: rows, kind 4 (frequency, lexeme) and kind 5 (the table's row estimate, NULL).
LEXEME_STATS_SQL = (
    f"SELECT m.share::text AS term, m.lexeme AS word, {RIDING_KIND} AS prefix "
    "FROM pg_stats s, unnest(s.most_common_elems::text::text[], "
    "s.most_common_elem_freqs) AS m(lexeme, share) WHERE s.tablename = %s "
    "AND s.attname = 'tsv' AND s.schemaname = current_schema() AND m.lexeme IS NOT NULL "
    f"UNION ALL SELECT reltuples::text, NULL, {RIDING_KIND + 1} FROM pg_class "
    "WHERE oid = %s::regclass")


def _stats_key() -> str:
    """The database the statistics are kept for."""
    return str(connection.settings_dict.get("NAME"))


def lexeme_stats() -> LexemeStats | None:
    """The planner's statistics of ``tsv`` as last read in this process for this
    database (``stats_due``), None before they were read or before any ANALYZE."""
    cached = _LEXEME_STATS.get(_stats_key())
    return None if cached is None else cached[1]


def stats_due() -> bool:
    """Whether the statistics are to be read again: never read in this process for this
    database, or more than ``LEXEME_STATS_SECONDS`` ago."""
    cached = _LEXEME_STATS.get(_stats_key())
    return cached is None or time.monotonic() - cached[0] >= LEXEME_STATS_SECONDS


def keep_stats(rows: Sequence[tuple[str, str, int]]) -> None:
    """Keep the statistics from ``LEXEME_STATS_SQL``'s rows."""
    shares = {word: float(share) for share, word, kind in rows if kind == RIDING_KIND}
    total = next((float(value) for value, _, kind in rows if kind == RIDING_KIND + 1), 0.0)
    found = (LexemeStats(total, shares, min(shares.values()) * UNCOMMON_SHARE)
             if shares and total > 0 else None)
    _LEXEME_STATS[_stats_key()] = (time.monotonic(), found)


class PostgresBackend(Backend):
    """tsvector (norwegian + simple) with ts_rank; word parts through a pg_trgm index of
    the vocabulary."""

    # COLLATE "C" orders by code point, as SQLite does. Word parts are letters only, so
    # a LIKE pattern holds no wildcard but its own.
    inner_sql = (f"SELECT %s::text AS term, word, 0 AS prefix FROM {VOCABULARY_TABLE} "
                 "WHERE word LIKE %s AND strpos(word, %s) > 1 "
                 'ORDER BY length(word), word COLLATE "C" LIMIT %s')
    # Kind 2: the word's Norwegian lexeme is the part's (and the part has one: a stop
    # word has none), so ``plainto_tsquery('norwegian', part)`` finds its entries.
    prefix_sql = (f"SELECT %s::text AS term, word, CASE WHEN "
                  "to_tsvector('norwegian'::regconfig, word) = "
                  "to_tsvector('norwegian'::regconfig, %s) AND "
                  "length(to_tsvector('norwegian'::regconfig, %s)) > 0 THEN 2 ELSE 1 END "
                  f"AS prefix FROM {VOCABULARY_TABLE} "
                  'WHERE word LIKE %s AND word <> %s ORDER BY word COLLATE "C" LIMIT %s')
    letters_sql = (f"SELECT %s::text AS term, word, 3 AS prefix FROM {VOCABULARY_TABLE} "
                   "WHERE word IN ({})")

    @staticmethod
    def _inner_params(part: str) -> list:
        return [part, f"%{part}%", part, MAX_EXPANSIONS + 1]

    @staticmethod
    def _prefix_params(part: str) -> list:
        return [part, part, part, f"{part}%", part, MAX_PREFIX_WORDS + 1]

    def _riding_select(self) -> tuple[str, list] | None:
        """The statistics of ``tsv`` when they are due (``stats_due``), for
        ``_row_tested``: read with the vocabulary, so a search sends no statement more."""
        return (LEXEME_STATS_SQL, [ENTRY_TABLE, ENTRY_TABLE]) if stats_due() else None

    def _rode(self, rows: list[tuple[str, str, int]]) -> None:
        keep_stats(rows)

    def add(self, rows: Sequence[Stored], known: set[str] | None = None,
            held: list | None = None) -> None:
        """New vocabulary words in one statement (the tsvectors are generated columns)."""
        words = vocabulary_words(rows, known)
        if words:
            bulk.run(f"INSERT INTO {VOCABULARY_TABLE}(word) "
                     "SELECT unnest(%s::text[]) ON CONFLICT DO NOTHING", [words],
                     connection=self.db)
        remember_vocabulary(words, known)

    def write(self, insert: tuple[str, list], rows: Sequence[Stored],
              known: set[str] | None = None, held: list | None = None) -> list[int]:
        """The entries and their new vocabulary words in one statement (the vocabulary's
        INSERT as a data-modifying ``WITH``): one round trip per document, not two."""
        words = vocabulary_words(rows, known)
        if not words:
            return [row[0] for row in bulk.run(*insert, connection=self.db)]
        sql, params = insert
        found = bulk.run(f"WITH vocabulary AS (INSERT INTO {VOCABULARY_TABLE}(word) "
                         f"SELECT unnest(%s::text[]) ON CONFLICT DO NOTHING) {sql}",
                         [words, *params], connection=self.db)
        remember_vocabulary(words, known)
        return [row[0] for row in found]

    def clear(self) -> None:
        with connection.cursor() as cursor:
            cursor.execute(f"DELETE FROM {VOCABULARY_TABLE}")

    def optimize(self) -> None:
        """Merge the GIN indexes' pending entries and refresh the planner's statistics
        after a rebuild: every search reads the pending list, and without statistics a
        freshly filled table gets plans that scan instead of using the indexes."""
        with connection.cursor() as cursor:
            for index in (ENTRY_GIN_INDEX, VOCABULARY_TRIGRAM_INDEX):
                cursor.execute("SELECT gin_clean_pending_list(%s::regclass)", [index])
            cursor.execute(f"ANALYZE {ENTRY_TABLE}")
            cursor.execute(f"ANALYZE {VOCABULARY_TABLE}")

    @staticmethod
    def _query(term: Term, parts: Expansion = NO_EXPANSION) -> tuple[str, list]:
        """The tsquery for one term: Norwegian stem, exact word, or inside a longer word
        (never user syntax: a part is letters only, so quoted it is one prefix lexeme)."""
        if term.is_number:
            if term.parts:  # a date: also the words it was typed with, in any order
                return ("(plainto_tsquery('simple', %s) || plainto_tsquery('simple', %s))",
                        [term.word, " ".join(term.parts)])
            return "plainto_tsquery('simple', %s)", [term.word]
        sql, params = [], []
        for word, found in zip(term.words, term.stems, strict=True):
            if found == stem(word):
                sql.append("plainto_tsquery('norwegian', %s)")
                params.append(word)
            else:  # a stem of its own (wordforms.OWN_STEMS): that lexeme, not Snowball's
                lexeme_sql, lexeme_params = PostgresBackend._chunk([found])
                sql.append(lexeme_sql)
                params += lexeme_params
            sql.append("plainto_tsquery('simple', %s)")
            params.append(word)
        if parts.prefix_query():
            sql.append("to_tsquery('simple', %s)")
            params.append(f"'{term.word}':*")
        words = parts.starting_words() + parts.inner
        sql += ["plainto_tsquery('simple', %s)"] * len(words)
        return "(" + " || ".join(sql) + ")", [*params, *words]

    @staticmethod
    def _tags(tags: TagFilter) -> tuple[str, list]:
        """Conditions on ``tagv``; tags are letters and digits, so valid tsquery words.

        The filters (body, year, participant) are checked in the index scan, which they
        narrow. Visibility is checked on the rows found instead (the function behind
        ``@@``, which no index takes): "published" is most of the archive, and reading
        its whole list from the index on every search cost more than it saved.
        """
        conditions, params = [], []
        if tags.any_of is not None:
            conditions.append("ts_match_vq(e.tagv, to_tsquery('simple', %s))")
            params.append(" | ".join(tags.any_of))
        if tags.all_of:
            conditions.append("e.tagv @@ to_tsquery('simple', %s)")
            params.append(" & ".join(tags.all_of))
        return " AND ".join(conditions) or "TRUE", params

    def _condition(self, term: Term, parts: Expansion, *,
                   own: bool = True) -> tuple[str, list]:
        """The tier-1 condition for one term: its word, stem or prefix, or one of its
        inner words, tested as a few small tsqueries (``INNER_CHUNK`` words each).

        GIN checks a tsquery's whole tree for every row any of its words points to, so
        one query of fifty words costs many times more than five of ten, which the
        database combines as bitmaps. Every term is its own condition for the same
        reason.

        ``own`` False leaves the term's word and stem out (the prefix query and the
        listed longer words only): see ``_parts_only``.
        """
        alternatives, params = [], []
        if own:  # the prefix query (if any) joins the word and stem
            head = Expansion(parts.prefix, (), None if parts.prefix_query() else ())
            first, params = self._query(term, head)
            alternatives.append(f"e.tsv @@ {first}")
        elif parts.prefix_query():
            alternatives.append("e.tsv @@ to_tsquery('simple', %s)")
            params = [f"'{term.word}':*"]
        words = parts.starting_words() + parts.inner
        for start in range(0, len(words), INNER_CHUNK):
            chunk_sql, chunk_params = self._chunk(words[start:start + INNER_CHUNK])
            alternatives.append(f"e.tsv @@ {chunk_sql}")
            params = [*params, *chunk_params]
        return "(" + " OR ".join(alternatives or ["FALSE"]) + ")", params

    def _parts_only(self, terms: Sequence[Term],
                    expansions: dict[str, Expansion]) -> tuple[str, list] | None:
        """Tier 1's condition on the words for a one-word search: the word's longer
        words alone, without the word and its stem (None for several words).

        With one word, every entry holding the word or its stem is a tier-0 hit, which
        tier 1 leaves out anyway; reading that list again only to drop it cost a
        one-word search with a long own list (an administrator's "møte" of one body and
        year: some 10,000 entries) a bitmap of all of it. With several words an entry
        may hold one word itself and another as a part, so each word's own list stays.
        """
        if len(terms) != 1:
            return None
        term = terms[0]
        return self._condition(term, expansions.get(term.word, NO_EXPANSION), own=False)

    @staticmethod
    def _chunk(words: Sequence[str]) -> tuple[str, list]:
        """One tsquery matching any of ``words`` (each as ``plainto_tsquery('simple')``
        finds it).

        When every word is a ``PLAIN_LEXEME``, the query is one literal ('a' | 'b' | …):
        a three-word search lists some 300 words, and parsing, resolving and folding
        300 function calls cost the database 2–2.7 ms of its 21–24 (timed on the
        100,000-item benchmark archive, same ids returned).
        """
        if all(PLAIN_LEXEME.fullmatch(word) for word in words):
            return "%s::tsquery", [" | ".join(f"'{word}'" for word in words)]
        return ("(" + " || ".join(["plainto_tsquery('simple', %s)"] * len(words)) + ")",
                list(words))

    @staticmethod
    def _conjunction(queries: list[tuple[str, list]]) -> tuple[str, list]:
        """One tsquery that needs every one of ``queries``."""
        return ("(" + " && ".join(sql for sql, _ in queries) + ")",
                [p for _, params in queries for p in params])

    @classmethod
    def _with_context(cls, queries: list[tuple[str, list]], terms: Sequence[Term], *,
                      match: str = "{column} @@ {query}") -> tuple[str, list]:
        """Tier 0's condition on the words, as SQLite's ``_with_context``: each term in
        ``tsv`` or among the meeting's words in ``tagv`` (a title entry's apart), and at
        least one in ``tsv`` or, for a title entry, among its meeting's words.

        ``match``: how one column is tested (``@@``, or ``ts_match_vq``, the function
        behind it, which no index takes: see ``_context_part``)."""
        def test(column: str, query: str) -> str:
            return match.format(column=column, query=query)

        titles = [cls._chunk(context_values(term, TITLE_CONTEXT)) for term in terms]
        if len(queries) == 1:
            (query, params), (title, title_params) = queries[0], titles[0]
            return (f"({test('e.tsv', query)} OR {test('e.tagv', title)})",
                    [*params, *title_params])
        sql, params = [], []
        for (query, query_params), term in zip(queries, terms, strict=True):
            context, context_params = cls._chunk(
                [*context_values(term), *context_values(term, TITLE_CONTEXT)])
            sql.append(f"({test('e.tsv', query)} OR {test('e.tagv', context)})")
            params += [*query_params, *context_params]
        own = "(" + " || ".join(query for query, _ in queries) + ")"
        title = "(" + " || ".join(title for title, _ in titles) + ")"
        sql.append(f"({test('e.tsv', own)} OR {test('e.tagv', title)})")
        params += [p for _, query_params in queries for p in query_params]
        params += [p for _, title_params in titles for p in title_params]
        return "(" + " AND ".join(sql) + ")", params

    @classmethod
    def _context_part(cls, queries: list[tuple[str, list]],
                      terms: Sequence[Term]) -> tuple[str, list]:
        """The context part's condition for a search of several terms (at most
        ``CONTEXT_ARMS_TERMS``; tier 0's own condition beyond).

        A context hit lacks some term in its own words (an own hit has them all), so it
        is found by one of the *arms*: each term either in ``tsv`` or among the
        meeting's words in ``tagv``, at least one of them among the meeting's words
        ("digitalisering" in the text and "innovasjon" in the meeting's, and so on);
        with none in ``tsv``, only a title entry's meeting words (``TITLE_CONTEXT``), as
        tier 0 asks.
        One arm is one GIN scan over both columns, which steps through the shortest of
        its lists and skips ahead in the others. Tier 0's condition itself is tested
        only on the rows the arms find (``ts_match_vq``). Without the arms the planner
        intersected each term's whole list, the word's and the meeting's, as separate
        bitmaps: "digitalisering innovasjon" read the 70,000 entries of "innovasjon"
        (1,623 buffers, 42 of the count's 45 ms on the 100,000-item benchmark archive at
        a load of 6) to find no context hit at all.
        """
        contexts = [cls._chunk([*context_values(term), *context_values(term, TITLE_CONTEXT)])
                    for term in terms]
        arms, params = [], []
        for mask in range(1, 2 ** len(terms)):  # bit i set: term i among the meeting's words
            own = [query for i, query in enumerate(queries) if not mask >> i & 1]
            if own:
                meeting, meeting_params = cls._conjunction(
                    [context for i, context in enumerate(contexts) if mask >> i & 1])
                own_sql, own_params = cls._conjunction(own)
                arms.append(f"(e.tsv @@ {own_sql} AND e.tagv @@ {meeting})")
                params += [*own_params, *meeting_params]
            else:  # no term in its own words: only a title entry (``_with_context``)
                titles, titles_params = cls._conjunction(
                    [cls._chunk(context_values(term, TITLE_CONTEXT)) for term in terms])
                arms.append(f"e.tagv @@ {titles}")
                params += titles_params
        words, words_params = cls._with_context(queries, terms,
                                                match="ts_match_vq({column}, {query})")
        return f"(({' OR '.join(arms)}) AND {words})", [*params, *words_params]

    def plan(self, terms: Sequence[Term], tags: TagFilter) -> Plan:
        expansions, truncated = self.expansions(terms)
        terms = self.with_letters(terms, expansions)
        queries = [self._query(t) for t in terms]
        exact = self._conjunction(queries)
        same = not any(found.adds for found in expansions.values())
        words = self._with_context(queries, terms)
        parts_only = None if same else self._parts_only(terms, expansions)
        if len(terms) == 1:  # the context part: a title entry's meeting words (see SQLite)
            title, title_params = self._chunk(context_values(terms[0], TITLE_CONTEXT))
            context = (f"e.tagv @@ {title}", title_params)
        elif len(terms) <= CONTEXT_ARMS_TERMS:
            context = self._context_part(queries, terms)
        else:
            context = words
        return Plan(exact=exact, tags=self._tags(tags), same=same,
                    truncated=truncated, heading_tests=heading_tests(terms), terms=terms,
                    extra={"words": words, "context": context, "parts_only": parts_only,
                           "expansions": expansions})

    @classmethod
    def _parts_condition(cls, plan: Plan) -> tuple[str, list]:
        """Tier 1's condition on the words for a search of several terms (the plan's
        ``full``, made here): each term's ``_condition``, but the terms ``_row_tested``
        picks tested on the rows the others' index scans find (``_row_test``). Made once
        per plan, when tier 1 is first read (a page tier 0 fills never makes it).

        The rows are the same either way, and so is their order: the bitmap heap scan
        yields them in the table's order whichever conditions built the bitmap, and the
        rest are tested on each row it yields, so the first ``PARTS_COUNT_CAP`` + 1 ids
        are the same ones.
        """
        found = plan.extra.get("parts_condition")
        if found is not None:
            return found
        expansions = plan.extra.get("expansions", {})
        backend = cls()
        arms = cls._quadgram_arms(plan.terms, expansions)
        if arms is not None:  # every term tested on the rows the arms find
            tests = [backend._row_test(term, expansions.get(term.word, NO_EXPANSION))
                     for term in plan.terms]
            found = plan.full = (" AND ".join([arms[0], *(sql for sql, _ in tests)]),
                                 [*arms[1], *(p for _, params in tests for p in params)])
            plan.extra["parts_condition"] = found
            return found
        tested = cls._row_tested(plan.terms, expansions)
        conditions = [backend._row_test(term, expansions.get(term.word, NO_EXPANSION))
                      if index in tested else
                      backend._condition(term, expansions.get(term.word, NO_EXPANSION))
                      for index, term in enumerate(plan.terms)]
        found = plan.full = (" AND ".join(sql for sql, _ in conditions),
                             [p for _, params in conditions for p in params])
        plan.extra["parts_condition"] = found
        return found

    @classmethod
    def _quadgram_arms(cls, terms: Sequence[Term],
                       expansions: dict[str, Expansion]) -> tuple[str, list] | None:
        """Tier 1's index condition for a search of two or three terms (at most
        ``QUADGRAM_ARMS_TERMS``) through the entries' quadgrams (``QUADGRAMS``, a
        column of the GIN index since migration 0010): None for other searches, or when
        a part is not plain letters.

        A tier-1 hit holds each term by its own words or stems (``_query``) or as a part
        of a longer word, and a word holding a part holds the part's first and last
        quadgram (``quadgram_keys``). So every hit is found by one of the *arms*: some
        terms by their own words in ``tsv``, the others (at least one) by their
        quadgrams — each arm one scan of the GIN index over both columns,
        which steps through the shortest of its lists and skips ahead in the others. With
        every term by its own words an entry is a tier-0 hit, which tier 1 leaves out.
        The arms find a few more rows than the hits (quadgrams of another place in the
        word, or of other words); the caller tests each term's exact condition on them
        (``_row_test``). The bitmap heap scan yields the rows in the table's order, so
        the first ``PARTS_COUNT_CAP`` + 1 ids are the same ones as through the terms'
        lists of longer words, which built one bitmap per term of every entry holding
        any of its hundred-odd words ("klima energi natur": some 30,000 pointers per
        term for 201 ids).
        """
        if not 2 <= len(terms) <= QUADGRAM_ARMS_TERMS:
            return None
        parted = [index for index, term in enumerate(terms)
                  if term.substring and expansions.get(term.word, NO_EXPANSION).adds]
        if not parted or not all(PLAIN_LEXEME.fullmatch(terms[index].word)
                                 for index in parted):
            return None
        queries = [cls._query(term) for term in terms]
        arms, params = [], []
        for mask in range(1, 2 ** len(parted)):  # bit i set: term parted[i] as a part
            by_parts = {index for bit, index in enumerate(parted) if mask >> bit & 1}
            own = [query for index, query in enumerate(queries) if index not in by_parts]
            keys = [key for index in sorted(by_parts)
                    for key in quadgram_keys(terms[index].word)]
            condition = f"{QUADGRAMS} @@ %s::tsquery"
            arm_params: list = [" & ".join(f"'{key}'" for key in dict.fromkeys(keys))]
            if own:
                own_sql, own_params = cls._conjunction(own)
                condition = f"e.tsv @@ {own_sql} AND {condition}"
                arm_params = [*own_params, *arm_params]
            arms.append(f"({condition})")
            params += arm_params
        return "(" + " OR ".join(arms) + ")", params

    @staticmethod
    def _pointers(stats: LexemeStats, term: Term, parts: Expansion) -> float:
        """About how many posting-list pointers per entry the index scans of a term's
        tier-1 condition read (``_condition``): its words' and stems' lists, the prefix
        query's, and every listed longer word's."""
        share = stats.share(list(dict.fromkeys((*term.words, *term.stems))))
        if parts.prefix_query():
            share += stats.prefixed(term.word)
        return share + stats.share(parts.starting_words() + parts.inner)

    @classmethod
    def _row_tested(cls, terms: Sequence[Term],
                    expansions: dict[str, Expansion]) -> frozenset[int]:
        """Which terms of a word-part search of several terms to test on the rows
        instead of through the index (none, or some, never all).

        GIN has no ordered scan: tier 1 builds one bitmap per term of every entry
        holding any of its hundred-odd words and intersects them, so a three-word search
        ("kollektiv buss ferje") gathered some 94,000 pointers for its 201 ids, 85 % of
        its database time. By the planner's statistics of ``tsv`` (``LexemeStats``),
        every way of keeping some terms in the index and testing the others on the
        rows is costed: the kept terms' pointers, plus ``ROW_TEST_COST`` for each row
        their bitmap yields until the count's cap is reached (taking the terms as
        independent); a row is cheap to test since a term can only be part of a word
        that holds it as a substring (``_row_test``). The cheapest way wins.
        """
        candidates = [index for index, term in enumerate(terms)
                      if term.substring and expansions.get(term.word, NO_EXPANSION).adds]
        if len(terms) < 2 or not candidates:
            return frozenset()
        stats = lexeme_stats()
        if stats is None:
            return frozenset()
        shares = [cls._pointers(stats, term, expansions.get(term.word, NO_EXPANSION))
                  for term in terms]
        hits = stats.rows * math.prod(min(1.0, share) for share in shares)
        best, cheapest = frozenset(), sum(shares) * stats.rows
        for mask in range(1, 2 ** len(candidates)):
            tested = frozenset(index for bit, index in enumerate(candidates)
                               if mask >> bit & 1)
            kept = [share for index, share in enumerate(shares) if index not in tested]
            share = math.prod(min(1.0, one) for one in kept)
            if not kept or share > ROW_TEST_MAX_SHARE:
                continue
            rows = stats.rows * share
            read = rows * min(1.0, (PARTS_COUNT_CAP + 1) / hits) if hits > 0 else rows
            cost = sum(kept) * stats.rows + ROW_TEST_COST * read
            if cost < cheapest:
                best, cheapest = tested, cost
        return best

    def _row_test(self, term: Term, parts: Expansion) -> tuple[str, list]:
        """``_condition`` of one term as a test of each row (``ts_match_vq``, which no
        index takes), cheap on most rows: every word the term is part of holds it as a
        substring, and every lexeme of an entry's ``tsv`` is a piece of its ``words``
        or ``head`` (lower-case already) or a Norwegian stem of one, which is a prefix of
        its word. So an entry whose words and heading do not hold the term can match
        only by the term's own words and stems; the hundred-odd longer words are tested
        only on the entries that do."""
        head = Expansion(parts.prefix, (), None if parts.prefix_query() else ())
        own, own_params = self._query(term, head)
        words = parts.starting_words() + parts.inner
        if not words:
            return f"ts_match_vq(e.tsv, {own})", own_params
        listed, listed_params = self._chunk(words)
        return (f"(CASE WHEN strpos(e.words, %s) > 0 OR strpos(e.head, %s) > 0 "
                f"THEN ts_match_vq(e.tsv, ({own} || {listed})) "
                f"ELSE ts_match_vq(e.tsv, {own}) END)",
                [term.word, term.word, *own_params, *listed_params, *own_params])

    @staticmethod
    def _exact_condition(plan: Plan) -> tuple[str, list]:
        """Tier 0's condition on the words (``_with_context``; the plan's ``exact`` query
        alone is the ranking's, ``ts_rank`` of the entry's own words)."""
        return plan.extra["words"]

    @staticmethod
    def _not_exact(plan: Plan) -> tuple[str, list]:
        """Tier 1's "not a tier-0 hit" condition.

        When ``count`` has read every tier-0 id, those ids are left out by number: the
        same rows as testing ``tsv @@`` the exact query again (tier 1 has the same
        filter tags), but that test unpacks every candidate's compressed ``tsv``,
        which cost about 6 ms of a three-word search's ~1,000 rows.
        """
        found = Backend.tier_zero_ids(plan)
        if found is None:
            words, params = PostgresBackend._exact_condition(plan)
            return f"NOT ({words})", params
        if not found:
            return "TRUE", []
        return "e.id <> ALL(%s::bigint[])", [found]

    @staticmethod
    def _not_own(plan: Plan) -> tuple[str, list]:
        """The context part's "not an own hit" condition: the own ids by number when
        ``count`` read them all (see ``_not_exact``), else the words again."""
        found = Backend.known_ids(plan, TIER_OWN)
        if found is None:
            return f"NOT (e.tsv @@ {plan.exact[0]})", plan.exact[1]
        if not found:
            return "TRUE", []
        return "e.id <> ALL(%s::bigint[])", [found]

    @classmethod
    def _where(cls, plan: Plan, tier: int) -> tuple[str, list]:
        """The WHERE condition of one tier, with its parameters."""
        tags_sql, tags_params = plan.tags
        if tier == TIER_OWN:
            return (f"e.tsv @@ {plan.exact[0]} AND {tags_sql}",
                    [*plan.exact[1], *tags_params])
        if tier == TIER_CONTEXT:
            words, params = plan.extra["context"]
            not_own, not_own_params = cls._not_own(plan)
            return (f"{words} AND {not_own} AND {tags_sql}",
                    [*params, *not_own_params, *tags_params])
        if tier == TIER_EXACT:
            words, params = cls._exact_condition(plan)
            return f"{words} AND {tags_sql}", [*params, *tags_params]
        not_exact, not_exact_params = cls._not_exact(plan)
        full = plan.extra.get("parts_only") or cls._parts_condition(plan)
        return (f"{full[0]} AND {not_exact} AND {tags_sql}",
                [*full[1], *not_exact_params, *tags_params])

    def _tier_rows(self, plan: Plan, tier: int) -> tuple[str, list]:
        """A subquery of the ids in ``tier``, fenced off as a materialized CTE.

        Under a LIMIT the planner otherwise prefers reading the table in order and
        testing the query on every row: for the long word-part query of tier 1, and for
        a common word with no visibility filter (an administrator's "møte": 28 ms
        against about 5), because each test unpacks the row's compressed ``tsv``,
        which the planner does not count. A materialized CTE is still read lazily, so
        the LIMIT stops it early.
        """
        where, params = self._where(plan, tier)
        return (f"WITH tier AS MATERIALIZED (SELECT e.id FROM {ENTRY_TABLE} e WHERE {where}) "
                "SELECT id FROM tier", params)

    def _parts_rows(self, plan: Plan) -> tuple[str, list]:
        """``_tier_rows`` of tier 1 with each id's ``heading_score`` beside it (``score``).

        The word-part query fetches every row it yields from the table anyway (the
        bitmap's recheck), so the score of its short ``head`` costs nearly nothing there;
        computed by the page instead, it cost one index descent and heap fetch per id
        again (some 800 buffers, about 1 ms of a three-word search's 20).
        """
        where, params = self._where(plan, TIER_PARTS)
        score, score_params = heading_score(plan.heading_tests, "strpos({haystack}, {needle})")
        return (f"WITH tier AS MATERIALIZED (SELECT e.id, {score} AS score "
                f"FROM {ENTRY_TABLE} e WHERE {where}) SELECT id, score FROM tier",
                [*score_params, *params])

    def count(self, plan: Plan, tier: int, limit: int) -> int:
        """Count tier 0 or its parts by reading their ids (tier 0 itself only when tier
        1 may follow): when they are all there (fewer than ``limit``), the context part
        and tier 1 leave them out by id (``_not_own``, ``_not_exact``) and the page
        takes the context part from them."""
        if tier in (TIER_OWN, TIER_CONTEXT) or (tier == TIER_EXACT and not plan.same):
            found = self.tier_ids(plan, tier, limit)
            self._keep_ids(plan, tier, found, limit)
            return len(found)
        rows, params = self._tier_rows(plan, tier)
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT count(*) FROM ({rows} LIMIT %s) c", [*params, limit])
            return int(cursor.fetchone()[0])

    def _exact_parts(self, plan: Plan, limit: int) -> list[tuple[int, int]]:
        """Both parts behind materialized CTEs (see ``_tier_rows``); the context part
        leaves the own ids out by number and is read only for the room they leave
        (a LIMIT of 0 reads nothing).

        The own part's LIMIT stands outside the CTE that matches its words: inside it,
        a common word with no visibility filter (an administrator's "møte", some 20,000
        hits) was planned as a table scan testing every row's ``tsv`` until the LIMIT
        (14,600 buffers, 20–90 ms on the 100,000-item benchmark archive) instead of one
        index scan whose rows the LIMIT cuts.
        """
        own_where, own_params = self._where(plan, TIER_OWN)
        words, words_params = plan.extra["context"]
        tags_sql, tags_params = plan.tags
        with connection.cursor() as cursor:
            # set_config is parallel-unsafe: called once, it keeps the whole query serial
            cursor.execute(
                f"WITH matched AS MATERIALIZED (SELECT e.id FROM {ENTRY_TABLE} e "
                f"WHERE {own_where}), "
                "own AS MATERIALIZED (SELECT id FROM matched LIMIT %s), "
                f"context AS MATERIALIZED (SELECT e.id FROM {ENTRY_TABLE} e WHERE {words} "
                f"AND e.id NOT IN (SELECT id FROM own) AND {tags_sql}) "
                "SELECT id, 0 FROM own "
                "WHERE (SELECT set_config('motebok.serial_scan', '1', true)) IS NOT NULL "
                "UNION ALL (SELECT id, 1 FROM context "
                "LIMIT greatest(0, %s - (SELECT count(*) FROM own)))",
                [*own_params, limit, *words_params, *tags_params, limit])
            return [(row[0], row[1]) for row in cursor.fetchall()]

    def tier_ids(self, plan: Plan, tier: int, limit: int) -> list[int]:
        """The first ``limit`` ids of a tier, in the table's order as SQLite gives them.

        A parallel scan hands the LIMIT a different subset each time the tier holds more
        than ``limit`` entries, so this query runs without parallel workers. (Ordering by
        id instead would compute the whole tier: 200 ms for a common word part; a
        separate SET would cost a statement.)
        """
        scored = tier == TIER_PARTS
        rows, params = self._parts_rows(plan) if scored else self._tier_rows(plan, tier)
        with connection.cursor() as cursor:
            # set_config is parallel-unsafe: called once, it keeps the whole query serial
            cursor.execute(f"SELECT {'id, score' if scored else 'id'} FROM ({rows}) t WHERE "
                           f"(SELECT set_config('motebok.serial_scan', '1', true)) IS NOT NULL "
                           "LIMIT %s", [*params, limit])
            found = cursor.fetchall()
        if scored:  # for the page to order tier 1 by (``heading_scores``)
            plan.extra["heading_scores"] = dict(found)
        return [row[0] for row in found]

    @staticmethod
    def heading_ordered(plan: Plan) -> list[tuple[int, int]] | None:
        """Tier 1's (id, ``heading_score``) in the page's order (score, then newest
        first) when ``tier_ids`` read the scores of all its ids, else None."""
        scores = plan.extra.get("heading_scores")
        if scores is None or any(pk not in scores for pk in plan.compound_ids):
            return None
        return sorted(((pk, scores[pk]) for pk in plan.compound_ids),
                      key=lambda found: (-found[1], -found[0]))

    def page(self, plan: Plan, exact: tuple[int, int], limit: int, offset: int, *,
             ranked: bool) -> list[Row]:
        (limit0, offset0), (limit_c, offset_c), (limit1, offset1) = page_slices(
            exact, offset, limit)
        parts, params = [], []
        # An unranked own part whose ids ``count`` read is cut from them (as on SQLite)
        # instead of matching its words again.
        own = None if ranked or not limit0 else self.newest_ids(plan, TIER_OWN, limit0, offset0)
        if own is not None:
            parts.append("(SELECT unnest(%s::bigint[]) AS id, 0 AS tier, "
                         "0.0::float8 AS score, 0 AS part)")
            params.append(own)
        elif limit0:
            where, where_params = self._where(plan, TIER_OWN)
            if ranked:
                # Normalisation 1 (divide by 1 + log of the entry's length), as bm25 does
                # on SQLite: a short title naming the word ranks above a passing mention in
                # a long text, which plain ts_rank scores the same.
                score = f"ts_rank(e.tsv, {plan.exact[0]}, 1)::float8"
                score_params = plan.exact[1]
            else:
                score, score_params = "0.0::float8", []
            parts.append(f"(SELECT e.id, 0 AS tier, {score} AS score, 0 AS part "
                         f"FROM {ENTRY_TABLE} e "
                         f"WHERE {where} ORDER BY score DESC, e.id DESC LIMIT %s OFFSET %s)")
            params += [*score_params, *where_params, limit0, offset0]
        if limit_c:
            known = self.newest_ids(plan, TIER_CONTEXT, limit_c, offset_c)
            if known is not None:
                parts.append("(SELECT unnest(%s::bigint[]) AS id, 0 AS tier, "
                             "0.0::float8 AS score, 1 AS part)")
                params.append(known)
            else:
                where, where_params = self._where(plan, TIER_CONTEXT)
                parts.append(f"(SELECT e.id, 0 AS tier, 0.0::float8 AS score, 1 AS part "
                             f"FROM {ENTRY_TABLE} e WHERE {where} "
                             "ORDER BY e.id DESC LIMIT %s OFFSET %s)")
                params += [*where_params, limit_c, offset_c]
        compound = plan.compound_ids[offset1:offset1 + limit1] if limit1 else []
        if compound and len(plan.compound_ids) > HEADING_RANK_LIMIT:
            parts.append("(SELECT unnest(%s::bigint[]) AS id, 1 AS tier, 0.0::float8 AS score, "
                         "2 AS part)")
            params.append(compound)
        elif compound and (ordered := self.heading_ordered(plan)) is not None:
            ordered = ordered[offset1:offset1 + limit1]
            parts.append("(SELECT unnest(%s::bigint[]) AS id, 1 AS tier, "
                         "unnest(%s::float8[]) AS score, 2 AS part)")
            params += [[pk for pk, _ in ordered], [float(score) for _, score in ordered]]
        elif compound:
            score, score_params = heading_score(plan.heading_tests,
                                                "strpos({haystack}, {needle})")
            parts.append(f"(SELECT e.id, 1 AS tier, {score}::float8 AS score, 2 AS part "
                         f"FROM {ENTRY_TABLE} e WHERE e.id = ANY(%s::bigint[]) "
                         "ORDER BY score DESC, e.id DESC LIMIT %s OFFSET %s)")
            params += [*score_params, plan.compound_ids, limit1, offset1]
        if not parts:
            return []
        loader = hit_loader()
        return self._fetch(self._page_sql(parts, ENTRY_TABLE, loader), params, loader)


def current(db: BaseDatabaseWrapper | None = None) -> Backend:
    """The backend for the default database's vendor; ``db``: that database's
    connection when the caller has it (the backend's writes use it, see ``Backend.db``),
    else it is looked up once here."""
    if db is None:
        db = bulk.default_connection()
    if db.vendor == "sqlite":
        return SqliteBackend(db)
    if db.vendor == "postgresql":
        return PostgresBackend(db)
    raise MotebokError(f"search needs SQLite or PostgreSQL, not {db.vendor}")
