"""The two database backends behind ``motebok.search``: SQLite FTS5 and PostgreSQL.

Both answer the same question the same way. An entry is a hit when its filter tags
pass (visibility, body, year, participant) and *every* query term matches one of its
words exactly, by Norwegian stem, or — for terms of four or more letters — as part of a
longer word ("rekruttering" in "talentrekrutteringskampanje").

Hits come in two tiers: entries where every term matched as a word or stem (tier 0),
then entries that needed a compound part (tier 1). Within a tier, hits are ranked by
relevance (bm25 on SQLite, ts_rank on PostgreSQL) when the tier holds at most
``RANK_LIMIT`` hits, and newest first otherwise: ranking fifty thousand hits for "møte"
costs more than it tells a reader. Each tier is counted up to ``COUNT_CAP`` hits (the
page then says "more than"), so a common word costs no more than a rare one. Each
search is one count query and one page query.

User text only ever reaches SQL as bound parameters built from ``Term`` objects, each
quoted by the backend; filter tags are letters and digits made by the service.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from django.db import connection

from motebok.errors import MotebokError
from motebok.search.schema import ENTRY_TABLE, FTS_TABLE, VOCABULARY_TABLE, VOCABULARY_TRIGRAMS
from motebok.search.text import MIN_SUBSTRING_LENGTH, Term, stem_words

#: A tier with more hits than this is ordered newest first instead of by relevance.
RANK_LIMIT = 2000
#: Each tier is counted up to this many hits; beyond it the total is a lower bound.
COUNT_CAP = 5000
#: At most this many longer words are tried for one compound part (SQLite).
MAX_EXPANSIONS = 2000


@dataclass(frozen=True)
class TagFilter:
    """Which filter tags an entry needs: one of ``any_of`` (unless None) and all of
    ``all_of``."""

    any_of: tuple[str, ...] | None = None
    all_of: tuple[str, ...] = ()


@dataclass(frozen=True)
class Row:
    """One hit as the database returns it."""

    entry_id: int
    meeting_id: int
    item_id: int | None
    kind: str
    text: str
    tier: int
    score: float


@dataclass
class Plan:
    """A prepared search: backend-specific SQL fragments and their parameters."""

    exact: tuple[str, list] = ("", [])
    full: tuple[str, list] = ("", [])
    tags: tuple[str, list] = ("", [])
    same: bool = True  # no term can match as a compound part: tier 1 is empty
    extra: dict = field(default_factory=dict)


def page_split(exact: int, offset: int, limit: int) -> tuple[tuple[int, int], tuple[int, int]]:
    """(limit, offset) within tier 0 and within tier 1 for one page of the whole list."""
    first_limit = max(0, min(limit, exact - offset))
    first_offset = min(offset, exact)
    second_limit = limit - first_limit
    second_offset = max(0, offset - exact)
    return (first_limit, first_offset), (second_limit, second_offset)


class Backend:
    """What a backend does; subclasses provide the SQL."""

    def add(self, entries: Sequence) -> None:
        """Index freshly stored ``SearchEntry`` rows (the table itself is written by Django)."""

    def retag(self, entry_ids: Sequence[int], tags: str) -> None:
        """Give entries new filter tags (the table column is updated by the caller)."""

    def clear(self) -> None:
        """Empty the backend's own tables before every entry is deleted."""

    def optimize(self) -> None:
        """Tidy the index after a full rebuild."""

    def plan(self, terms: Sequence[Term], tags: TagFilter) -> Plan:
        """Prepare the SQL for a search (may query the database once)."""
        raise NotImplementedError

    def counts(self, plan: Plan) -> tuple[int, int]:
        """Hits in tier 0 and in tier 1, each counted up to ``COUNT_CAP + 1``."""
        raise NotImplementedError

    def page(self, plan: Plan, exact: int, limit: int, offset: int) -> list[Row]:
        """One page of the ordered hit list."""
        raise NotImplementedError

    @staticmethod
    def _fetch(sql: str, params: Sequence) -> list[Row]:
        """Run a page query whose rows have ``Row``'s columns."""
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            return [Row(*row) for row in cursor.fetchall()]


def fts5_string(text: str) -> str:
    """A token as an FTS5 string literal: never an operator, column or prefix query."""
    return '"' + text.replace('"', '""') + '"'


class SqliteBackend(Backend):
    """FTS5 with bm25; compound parts through a trigram index of the vocabulary."""

    def add(self, entries: Sequence) -> None:
        rows = [(e.pk, e.words, stem_words(e.words), e.tags) for e in entries]
        vocabulary = {(w,) for e in entries for w in e.words.split()
                      if len(w) >= MIN_SUBSTRING_LENGTH}
        with connection.cursor() as cursor:
            cursor.executemany(
                f"INSERT INTO {FTS_TABLE}(rowid, words, stems, tags) VALUES (%s, %s, %s, %s)",
                rows)
            cursor.executemany(
                f"INSERT OR IGNORE INTO {VOCABULARY_TABLE}(word) VALUES (%s)", sorted(vocabulary))

    def retag(self, entry_ids: Sequence[int], tags: str) -> None:
        with connection.cursor() as cursor:
            cursor.executemany(f"UPDATE {FTS_TABLE} SET tags = %s WHERE rowid = %s",
                               [(tags, pk) for pk in entry_ids])

    def clear(self) -> None:
        with connection.cursor() as cursor:
            cursor.execute(f"DELETE FROM {FTS_TABLE}")

    def optimize(self) -> None:
        with connection.cursor() as cursor:
            cursor.execute(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('optimize')")
            cursor.execute(
                f"INSERT INTO {VOCABULARY_TRIGRAMS}({VOCABULARY_TRIGRAMS}) VALUES ('optimize')")

    @staticmethod
    def _expansions(terms: Sequence[Term]) -> dict[str, list[str]]:
        """For each compound-capable term, the indexed longer words that contain it."""
        wanted = [t.word for t in terms if t.substring]
        if not wanted:
            return {}
        part = (f"SELECT * FROM (SELECT %s, word FROM {VOCABULARY_TRIGRAMS} "
                f"WHERE {VOCABULARY_TRIGRAMS} MATCH %s LIMIT {MAX_EXPANSIONS})")
        sql = " UNION ALL ".join(part for _ in wanted)
        params = [p for word in wanted for p in (word, fts5_string(word))]
        found: dict[str, list[str]] = {word: [] for word in wanted}
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            for term, word in cursor.fetchall():
                if word != term:
                    found[term].append(word)
        return found

    @staticmethod
    def _term(term: Term, parts: Sequence[str] = ()) -> str:
        """The FTS5 expression for one term: exact word, stem, or one of ``parts``."""
        if term.is_number:
            return f"words : {fts5_string(term.word)}"
        alternatives = [f"words : {fts5_string(term.word)}", f"stems : {fts5_string(term.stem)}"]
        if parts:
            alternatives.append("words : (" + " OR ".join(map(fts5_string, parts)) + ")")
        return "(" + " OR ".join(alternatives) + ")"

    @staticmethod
    def _tags(tags: TagFilter) -> list[str]:
        """FTS5 expressions for the filter tags (restricted to the ``tags`` column)."""
        found = []
        if tags.any_of is not None:
            found.append("tags : (" + " OR ".join(map(fts5_string, tags.any_of)) + ")")
        found.extend(f"tags : {fts5_string(tag)}" for tag in tags.all_of)
        return found

    def plan(self, terms: Sequence[Term], tags: TagFilter) -> Plan:
        expansions = self._expansions(terms)
        tag_parts = self._tags(tags)
        exact = " AND ".join([*(self._term(t) for t in terms), *tag_parts])
        full = " AND ".join([*(self._term(t, expansions.get(t.word, ())) for t in terms),
                             *tag_parts])
        return Plan(exact=(exact, []), full=(full, []), same=full == exact)

    def counts(self, plan: Plan) -> tuple[int, int]:
        count = (f"(SELECT count(*) FROM (SELECT rowid FROM {FTS_TABLE} "
                 f"WHERE {FTS_TABLE} MATCH %s LIMIT {COUNT_CAP + 1}))")
        with connection.cursor() as cursor:
            if plan.same:
                cursor.execute(f"SELECT {count}", [plan.exact[0]])
                return cursor.fetchone()[0], 0
            cursor.execute(f"SELECT {count}, {count}",
                           [plan.exact[0], f"({plan.full[0]}) NOT ({plan.exact[0]})"])
            exact, compound = cursor.fetchone()
            return exact, compound

    def page(self, plan: Plan, exact: int, limit: int, offset: int) -> list[Row]:
        (limit0, offset0), (limit1, offset1) = page_split(exact, offset, limit)
        parts, params = [], []
        if limit0:
            if exact <= RANK_LIMIT:  # capped counts are far above the limit
                score, order = f"-bm25({FTS_TABLE}, 2.0, 1.0, 0.0)", "score DESC, rowid DESC"
            else:
                score, order = "0.0", "rowid DESC"
            parts.append(f"SELECT * FROM (SELECT rowid AS id, 0 AS tier, {score} AS score "
                         f"FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s "
                         f"ORDER BY {order} LIMIT %s OFFSET %s)")
            params += [plan.exact[0], limit0, offset0]
        if limit1 and not plan.same:
            parts.append(f"SELECT * FROM (SELECT rowid AS id, 1 AS tier, 0.0 AS score "
                         f"FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s "
                         "ORDER BY rowid DESC LIMIT %s OFFSET %s)")
            params += [f"({plan.full[0]}) NOT ({plan.exact[0]})", limit1, offset1]
        if not parts:
            return []
        sql = ("SELECT h.id, e.meeting_id, e.item_id, e.kind, e.text, h.tier, h.score "
               f"FROM ({' UNION ALL '.join(parts)}) h JOIN {ENTRY_TABLE} e ON e.id = h.id "
               "ORDER BY h.tier, h.score DESC, h.id DESC")
        return self._fetch(sql, params)


class PostgresBackend(Backend):
    """tsvector (norwegian + simple) with ts_rank, pg_trgm for compound parts."""

    def optimize(self) -> None:
        """Refresh the planner's statistics after a rebuild: without them a freshly
        filled table gets plans that scan instead of using the GIN indexes."""
        with connection.cursor() as cursor:
            cursor.execute(f"ANALYZE {ENTRY_TABLE}")

    @staticmethod
    def _query(term: Term) -> tuple[str, list]:
        """The tsquery for one term: Norwegian stem or exact word (never user syntax)."""
        if term.is_number:
            return "plainto_tsquery('simple', %s)", [term.word]
        return ("(plainto_tsquery('norwegian', %s) || plainto_tsquery('simple', %s))",
                [term.word, term.word])

    @staticmethod
    def _tags(tags: TagFilter) -> tuple[str, list]:
        """A condition on ``tagv``; tags are letters and digits, so valid tsquery words."""
        groups = []
        if tags.any_of is not None:
            groups.append("(" + " | ".join(tags.any_of) + ")")
        groups.extend(tags.all_of)
        if not groups:
            return "TRUE", []
        return "e.tagv @@ to_tsquery('simple', %s)", [" & ".join(groups)]

    def plan(self, terms: Sequence[Term], tags: TagFilter) -> Plan:
        queries = [self._query(t) for t in terms]
        query_sql = "(" + " && ".join(sql for sql, _ in queries) + ")"
        exact_sql, rank_sql = f"e.tsv @@ {query_sql}", f"ts_rank(e.tsv, {query_sql})"
        exact_params = [p for _, params in queries for p in params]
        conditions, full_params = [], []
        for term, (sql, params) in zip(terms, queries, strict=True):
            full_params.extend(params)
            if term.substring:
                # Terms are letters and digits only, so they hold no LIKE wildcards.
                conditions.append(f"(e.tsv @@ {sql} OR e.words LIKE %s)")
                full_params.append(f"%{term.word}%")
            else:
                conditions.append(f"e.tsv @@ {sql}")
        same = not any(t.substring for t in terms)
        full = (exact_sql, exact_params) if same else (" AND ".join(conditions), full_params)
        return Plan(exact=(exact_sql, exact_params), full=full, tags=self._tags(tags),
                    same=same, extra={"rank": (rank_sql, exact_params)})

    def counts(self, plan: Plan) -> tuple[int, int]:
        where = f"{plan.full[0]} AND {plan.tags[0]}"
        where_params = [*plan.full[1], *plan.tags[1]]
        count = (f"(SELECT count(*) FROM (SELECT 1 FROM {ENTRY_TABLE} e WHERE {where} AND "
                 "{tier} LIMIT " + str(COUNT_CAP + 1) + ") c)")
        sql = "SELECT " + count.replace("{tier}", plan.exact[0])
        params = [*where_params, *plan.exact[1]]
        if not plan.same:
            sql += ", " + count.replace("{tier}", f"NOT ({plan.exact[0]})")
            params += [*where_params, *plan.exact[1]]
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            row = cursor.fetchone()
            return int(row[0]), int(row[1]) if len(row) > 1 else 0

    def page(self, plan: Plan, exact: int, limit: int, offset: int) -> list[Row]:
        (limit0, offset0), (limit1, offset1) = page_split(exact, offset, limit)
        where = f"{plan.full[0]} AND {plan.tags[0]}"
        where_params = [*plan.full[1], *plan.tags[1]]
        parts, params = [], []
        if limit0:
            if exact <= RANK_LIMIT:  # capped counts are far above the limit
                rank_sql, rank_params = plan.extra["rank"]
                score, score_params = f"{rank_sql}::float8", list(rank_params)
            else:
                score, score_params = "0.0::float8", []
            parts.append(f"(SELECT e.id, 0 AS tier, {score} AS score FROM {ENTRY_TABLE} e "
                         f"WHERE {where} AND {plan.exact[0]} "
                         "ORDER BY score DESC, e.id DESC LIMIT %s OFFSET %s)")
            params += [*score_params, *where_params, *plan.exact[1], limit0, offset0]
        if limit1 and not plan.same:
            parts.append(f"(SELECT e.id, 1 AS tier, 0.0::float8 AS score FROM {ENTRY_TABLE} e "
                         f"WHERE {where} AND NOT ({plan.exact[0]}) "
                         "ORDER BY e.id DESC LIMIT %s OFFSET %s)")
            params += [*where_params, *plan.exact[1], limit1, offset1]
        if not parts:
            return []
        sql = ("SELECT h.id, e.meeting_id, e.item_id, e.kind, e.text, h.tier, h.score "
               f"FROM ({' UNION ALL '.join(parts)}) h JOIN {ENTRY_TABLE} e ON e.id = h.id "
               "ORDER BY h.tier, h.score DESC, h.id DESC")
        return self._fetch(sql, params)


def current() -> Backend:
    """The backend for the default database's vendor."""
    if connection.vendor == "sqlite":
        return SqliteBackend()
    if connection.vendor == "postgresql":
        return PostgresBackend()
    raise MotebokError(f"search needs SQLite or PostgreSQL, not {connection.vendor}")
