"""Database-specific DDL for the search index, applied by the migrations.

Kept in one module so the migrations, the backends and the tests agree on names.
"""

from __future__ import annotations

from django.db import migrations

from motebok.search.text import MIN_SUBSTRING_LENGTH

ENTRY_TABLE = "search_searchentry"
FTS_TABLE = "search_fts"
VOCABULARY_TABLE = "search_vocabulary"
VOCABULARY_TRIGRAMS = "search_vocabulary_trigram"
#: PostgreSQL's GIN indexes (migration 0003) and the size of their pending lists in kB.
ENTRY_GIN_INDEX = "search_entry_tsv_tagv"
VOCABULARY_TRIGRAM_INDEX = "search_vocabulary_trgm"
GIN_PENDING_KB = 256

SQLITE_FORWARD = [
    # Words, their Norwegian stems and the filter tags of every entry (rowid = entry id).
    # remove_diacritics 0 keeps "år" apart from "ar".
    f"CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5("
    "words, stems, tags, tokenize='unicode61 remove_diacritics 0')",
    # Every indexed word once, with a trigram index: "rekruttering" finds the word
    # "talentrekrutteringskampanje", which is then looked up in search_fts.
    f"CREATE TABLE {VOCABULARY_TABLE} (id INTEGER PRIMARY KEY, word TEXT NOT NULL UNIQUE)",
    f"CREATE VIRTUAL TABLE {VOCABULARY_TRIGRAMS} USING fts5(word, tokenize='trigram', "
    f"content='{VOCABULARY_TABLE}', content_rowid='id')",
    f"CREATE TRIGGER search_vocabulary_added AFTER INSERT ON {VOCABULARY_TABLE} BEGIN "
    f"INSERT INTO {VOCABULARY_TRIGRAMS}(rowid, word) VALUES (new.id, new.word); END",
    # Entries are deleted by Django (also by cascades from meetings and items); the
    # trigger keeps their FTS rows from outliving them.
    f"CREATE TRIGGER search_entry_deleted AFTER DELETE ON {ENTRY_TABLE} BEGIN "
    f"DELETE FROM {FTS_TABLE} WHERE rowid = old.id; END",
]
SQLITE_REVERSE = [
    "DROP TRIGGER IF EXISTS search_entry_deleted",
    "DROP TRIGGER IF EXISTS search_vocabulary_added",
    f"DROP TABLE IF EXISTS {VOCABULARY_TRIGRAMS}",
    f"DROP TABLE IF EXISTS {VOCABULARY_TABLE}",
    f"DROP TABLE IF EXISTS {FTS_TABLE}",
]

POSTGRES_FORWARD = [
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    # Norwegian stems plus the words themselves ('simple' keeps stop words and exact
    # forms), computed by the database whenever ``words`` is written.
    f"ALTER TABLE {ENTRY_TABLE} ADD COLUMN tsv tsvector GENERATED ALWAYS AS ("
    "to_tsvector('norwegian'::regconfig, words) || to_tsvector('simple'::regconfig, words)"
    ") STORED",
    f"ALTER TABLE {ENTRY_TABLE} ADD COLUMN tagv tsvector GENERATED ALWAYS AS ("
    "to_tsvector('simple'::regconfig, tags)) STORED",
    f"CREATE INDEX search_entry_tsv ON {ENTRY_TABLE} USING gin (tsv)",
    f"CREATE INDEX search_entry_tagv ON {ENTRY_TABLE} USING gin (tagv)",
    f"CREATE INDEX search_entry_words_trgm ON {ENTRY_TABLE} USING gin (words gin_trgm_ops)",
]
POSTGRES_REVERSE = [
    "DROP INDEX IF EXISTS search_entry_words_trgm",
    "DROP INDEX IF EXISTS search_entry_tagv",
    "DROP INDEX IF EXISTS search_entry_tsv",
    f"ALTER TABLE {ENTRY_TABLE} DROP COLUMN IF EXISTS tagv",
    f"ALTER TABLE {ENTRY_TABLE} DROP COLUMN IF EXISTS tsv",
]

# PostgreSQL, migration 0003:
# - Word parts: like SQLite, a vocabulary of every indexed word once, with a pg_trgm
#   index, replaces the trigram index over every entry's words (a LIKE scan of the
#   entries per search, and the costliest index to keep up on import). Existing
#   entries' words are copied in, so no reindex is needed.
# - One GIN index over (tsv, tagv) instead of one per column: the filter tags are then
#   checked inside the index scan together with the words, so a narrow filter (one
#   body, one year) never makes the database visit thousands of rows only to drop them.
# - Both GIN indexes keep a small list of not yet merged entries (GIN_PENDING_KB):
#   every search reads that whole list, and at the default 4 MB it made searches after
#   an import or a rebuild many times slower. A rebuild also merges it at the end.
POSTGRES_VOCABULARY_FORWARD = [
    f"CREATE TABLE {VOCABULARY_TABLE} (word text PRIMARY KEY)",
    f"CREATE INDEX {VOCABULARY_TRIGRAM_INDEX} ON {VOCABULARY_TABLE} USING gin "
    f"(word gin_trgm_ops) WITH (gin_pending_list_limit = {GIN_PENDING_KB})",
    f"INSERT INTO {VOCABULARY_TABLE}(word) SELECT DISTINCT w FROM {ENTRY_TABLE}, "
    f"regexp_split_to_table(words, ' ') AS w WHERE char_length(w) >= {MIN_SUBSTRING_LENGTH} "
    "ON CONFLICT DO NOTHING",
    "DROP INDEX IF EXISTS search_entry_words_trgm",
    f"CREATE INDEX {ENTRY_GIN_INDEX} ON {ENTRY_TABLE} USING gin (tsv, tagv) "
    f"WITH (gin_pending_list_limit = {GIN_PENDING_KB})",
    "DROP INDEX IF EXISTS search_entry_tsv",
    "DROP INDEX IF EXISTS search_entry_tagv",
]
POSTGRES_VOCABULARY_REVERSE = [
    f"CREATE INDEX search_entry_tsv ON {ENTRY_TABLE} USING gin (tsv)",
    f"CREATE INDEX search_entry_tagv ON {ENTRY_TABLE} USING gin (tagv)",
    f"DROP INDEX IF EXISTS {ENTRY_GIN_INDEX}",
    f"CREATE INDEX search_entry_words_trgm ON {ENTRY_TABLE} USING gin (words gin_trgm_ops)",
    f"DROP TABLE IF EXISTS {VOCABULARY_TABLE}",
]


# Migration 0006 (its DDL frozen there): the heading of an entry (``SearchEntry.head``: a
# meeting title, an item's number and title) ranks above its text. SQLite: the FTS table
# has a fourth column ``head`` with the heading's stems (``backends.BM25_SCORE``).
# PostgreSQL: ``tsv`` starts with the heading's Norwegian lexemes at weight A, which
# ts_rank weighs 1.0 against 0.1 for the rest; the GIN index finds the same rows.


# PostgreSQL, migration 0010: the *quadgrams* of an entry's words (every piece of
# ``MIN_SUBSTRING_LENGTH`` letters of each word longer than that, heading words too) as a
# third column of the GIN index, an expression (``QUADGRAMS``) the database computes
# whenever ``words`` or ``head`` is written; no column stores them (a stored one made
# the table 80 % larger, and every heap fetch dearer, for nothing a search reads). A word
# part is in an entry's word only if the part's first and last quadgram are among the
# entry's quadgrams, so tier 1 finds its candidates for several terms in one index scan
# per way the terms divide between their own words and their parts
# (``PostgresBackend._quadgram_arms``), instead of gathering every entry holding any of
# each term's hundreds of longer words.
QUADGRAM_FUNCTION = "motebok_quadgrams"
#: The index's expression; a query names it as it is written here (``e.``: the entry).
QUADGRAMS = f"{QUADGRAM_FUNCTION}(e.words || ' ' || e.head)"
POSTGRES_QUADGRAMS_FORWARD = [
    # IMMUTABLE: lower(), substr() and string_to_array() depend on nothing but their input
    # (the text-search configurations the other columns use are as fixed).
    f"CREATE FUNCTION {QUADGRAM_FUNCTION}(text) RETURNS tsvector "
    "LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$ "
    f"SELECT coalesce(array_to_tsvector(array_agg(DISTINCT substr(w, i, {MIN_SUBSTRING_LENGTH}))), "
    "''::tsvector) FROM unnest(string_to_array(lower($1), ' ')) AS w, "
    f"generate_series(1, char_length(w) - {MIN_SUBSTRING_LENGTH - 1}) AS i "
    f"WHERE char_length(w) > {MIN_SUBSTRING_LENGTH} $$",
    f"DROP INDEX IF EXISTS {ENTRY_GIN_INDEX}",
    f"CREATE INDEX {ENTRY_GIN_INDEX} ON {ENTRY_TABLE} USING gin (tsv, tagv, "
    f"({QUADGRAMS.replace('e.', '')})) WITH (gin_pending_list_limit = {GIN_PENDING_KB})",
]
POSTGRES_QUADGRAMS_REVERSE = [
    f"DROP INDEX IF EXISTS {ENTRY_GIN_INDEX}",
    f"DROP FUNCTION IF EXISTS {QUADGRAM_FUNCTION}(text)",
    f"CREATE INDEX {ENTRY_GIN_INDEX} ON {ENTRY_TABLE} USING gin (tsv, tagv) "
    f"WITH (gin_pending_list_limit = {GIN_PENDING_KB})",
]


# SQLite, migration 0011: the FTS table is *contentless* (``content=''``). It kept its own
# copy of every entry's words, stems, tags and heading stems (``search_fts_content``) that
# no query reads: snippets are cut in Python from the entry's ``text``, and ``bm25()``
# needs only the index and ``search_fts_docsize``. FTS5 before SQLite 3.43 removes a row
# of a contentless table only when it is given the values it indexed, so those come from
# the entry table, which now keeps the stems of its words and of its heading (two
# SQLite-only columns, written with the entry): the FTS rows are always made from the
# entry's own columns (``INSERT … SELECT``, ``FTS_FROM_ENTRIES``), and triggers
# remove or remake them from the same columns when an entry goes or its words, stems,
# tags or heading stems change. The triggers act only for an entry that has an FTS
# row (``search_fts_docsize`` holds one per row), so an emptied index (``delete-all``,
# ``Backend.clear``) is never asked to remove what it no longer has.
# Note for later migrations: a Django table remake of ``search_searchentry`` (an
# AlterField on SQLite) would drop these columns and triggers; make them again after it.
ENTRY_STEMS_COLUMNS = ("stems", "head_stems")
#: The FTS row of each entry whose id a statement gives (``%s``: the condition on ``id``).
FTS_FROM_ENTRIES = (f"INSERT INTO {FTS_TABLE}(rowid, words, stems, tags, head) "
                    f"SELECT id, words, stems, tags, head_stems FROM {ENTRY_TABLE} WHERE ")
_INDEXED = f"WHEN EXISTS (SELECT 1 FROM {FTS_TABLE}_docsize WHERE id = old.id)"
_REMOVE_OLD = (f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, words, stems, tags, head) "
               "VALUES ('delete', old.id, old.words, old.stems, old.tags, old.head_stems);")
SQLITE_CONTENTLESS_TRIGGERS = [
    f"CREATE TRIGGER search_entry_deleted AFTER DELETE ON {ENTRY_TABLE} {_INDEXED} "
    f"BEGIN {_REMOVE_OLD} END",
    f"CREATE TRIGGER search_entry_reindexed AFTER UPDATE OF words, stems, tags, head_stems "
    f"ON {ENTRY_TABLE} {_INDEXED} BEGIN {_REMOVE_OLD} "
    f"INSERT INTO {FTS_TABLE}(rowid, words, stems, tags, head) "
    "VALUES (new.id, new.words, new.stems, new.tags, new.head_stems); END",
]


class VendorRunSQL(migrations.RunSQL):
    """``RunSQL`` that runs only on one database vendor ("sqlite", "postgresql")."""

    def __init__(self, vendor: str, sql, reverse_sql=None, **kwargs) -> None:
        super().__init__(sql, reverse_sql, **kwargs)
        self.vendor = vendor

    def deconstruct(self):
        name, args, kwargs = super().deconstruct()
        return name, [self.vendor, *args], kwargs

    def database_forwards(self, app_label, schema_editor, from_state, to_state):
        if schema_editor.connection.vendor == self.vendor:
            super().database_forwards(app_label, schema_editor, from_state, to_state)

    def database_backwards(self, app_label, schema_editor, from_state, to_state):
        if schema_editor.connection.vendor == self.vendor:
            super().database_backwards(app_label, schema_editor, from_state, to_state)

    def describe(self) -> str:
        return f"Raw SQL for {self.vendor} only"
