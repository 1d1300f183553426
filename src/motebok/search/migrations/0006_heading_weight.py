"""An entry's heading ranks above its text: ``SearchEntry.head`` holds the index words of
a meeting title (all of its words) or of an item's number and title, and both backends
weigh it (see ``motebok.search.schema``, migration 0006):

- the column is added and filled for existing entries from their items;
- SQLite: the FTS table is made again with a fourth column, ``head`` (the heading's
  stems), its rows copied from the old one;
- PostgreSQL: the generated ``tsv`` is made again with the heading's lexemes at weight
  A, and its GIN index with it.

Frozen like 0004: the heading and its words are made here with 0005's (frozen) tokeniser,
never with ``motebok.search``'s current code. Reword migrations after this one must keep
the FTS table's ``head`` column (0004's ``rewrite`` writes three columns only).
"""

from __future__ import annotations

import importlib

import Stemmer
from django.db import migrations, models

closed = importlib.import_module("motebok.search.migrations.0005_closed_hyphenated_words")

ENTRY_TABLE = "search_searchentry"
FTS_TABLE = "search_fts"
NEW_FTS_TABLE = "search_fts_new"
ENTRY_GIN_INDEX = "search_entry_tsv_tagv"
GIN_PENDING_KB = 256
CHUNK = 500
TOKENIZE = "tokenize='unicode61 remove_diacritics 0'"
DELETE_TRIGGER = (f"CREATE TRIGGER search_entry_deleted AFTER DELETE ON {ENTRY_TABLE} BEGIN "
                  f"DELETE FROM {FTS_TABLE} WHERE rowid = old.id; END")

TSV_BEFORE = ("to_tsvector('norwegian'::regconfig, words) || "
              "to_tsvector('simple'::regconfig, words)")
TSV_AFTER = f"setweight(to_tsvector('norwegian'::regconfig, head), 'A') || {TSV_BEFORE}"


def heading(kind: str, words: str, number: str | None, sequence: int | None,
            year: int | None, title: str | None) -> str:
    """The head words of one entry as this migration makes them."""
    if kind == "title":
        return words
    if kind != "item":
        return ""
    if not number and sequence is not None and year is not None:
        number = f"{sequence:02d}/{year % 100:02d}"
    text = " ".join(part for part in (number, title) if part)
    return closed.index_words(text) if text else ""


def fill_heads(connection, item_table: str) -> int:
    """Give every entry its head words; return how many changed."""
    changed = 0
    last = 0
    while True:
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT e.id, e.kind, e.words, e.head, i.number, i.sequence, "
                           f"i.year, i.title FROM {ENTRY_TABLE} e "
                           f"LEFT JOIN {item_table} i ON i.id = e.item_id "
                           "WHERE e.id > %s ORDER BY e.id LIMIT %s", [last, CHUNK])
            rows = cursor.fetchall()
        if not rows:
            return changed
        last = rows[-1][0]
        stale = [(head, pk) for pk, kind, words, old, *item in rows
                 if (head := heading(kind, words, *item)) != old]
        if stale:
            with connection.cursor() as cursor:
                cursor.executemany(f"UPDATE {ENTRY_TABLE} SET head = %s WHERE id = %s", stale)
            changed += len(stale)


def sqlite_fts(connection, *, with_head: bool) -> None:
    """Make the FTS table again, with or without the ``head`` column, from the old one's
    rows (and the entries' head words)."""
    stemmer = Stemmer.Stemmer("norwegian")
    columns = "words, stems, tags, head" if with_head else "words, stems, tags"
    with connection.cursor() as cursor:
        cursor.execute(f"DROP TABLE IF EXISTS {NEW_FTS_TABLE}")
        cursor.execute(f"CREATE VIRTUAL TABLE {NEW_FTS_TABLE} USING fts5({columns}, {TOKENIZE})")
    last = 0
    while True:
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT f.rowid, f.words, f.stems, f.tags, e.head "
                           f"FROM {FTS_TABLE} f JOIN {ENTRY_TABLE} e ON e.id = f.rowid "
                           "WHERE f.rowid > %s ORDER BY f.rowid LIMIT %s", [last, CHUNK])
            rows = cursor.fetchall()
        if not rows:
            break
        last = rows[-1][0]
        if with_head:
            values = [(pk, words, stems, tags,
                       " ".join(stemmer.stemWords(head.split())) if head else "")
                      for pk, words, stems, tags, head in rows]
            sql = f"INSERT INTO {NEW_FTS_TABLE}(rowid, {columns}) VALUES (%s, %s, %s, %s, %s)"
        else:
            values = [row[:4] for row in rows]
            sql = f"INSERT INTO {NEW_FTS_TABLE}(rowid, {columns}) VALUES (%s, %s, %s, %s)"
        with connection.cursor() as cursor:
            cursor.executemany(sql, values)
    with connection.cursor() as cursor:
        # The entries' delete trigger names the FTS table: SQLite's RENAME checks it.
        cursor.execute("DROP TRIGGER IF EXISTS search_entry_deleted")
        cursor.execute(f"DROP TABLE {FTS_TABLE}")
        cursor.execute(f"ALTER TABLE {NEW_FTS_TABLE} RENAME TO {FTS_TABLE}")
        cursor.execute(DELETE_TRIGGER)
        cursor.execute(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('optimize')")


def postgres_tsv(connection, expression: str) -> None:
    """Make the generated ``tsv`` column again from ``expression``, with its GIN index."""
    with connection.cursor() as cursor:
        # ALTER TABLE refuses a table with deferred foreign-key checks still pending in
        # the transaction (rows written earlier in it): run them now.
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
        cursor.execute(f"ALTER TABLE {ENTRY_TABLE} DROP COLUMN tsv")  # drops the index too
        cursor.execute(f"ALTER TABLE {ENTRY_TABLE} ADD COLUMN tsv tsvector "
                       f"GENERATED ALWAYS AS ({expression}) STORED")
        cursor.execute(f"CREATE INDEX {ENTRY_GIN_INDEX} ON {ENTRY_TABLE} USING gin "
                       f"(tsv, tagv) WITH (gin_pending_list_limit = {GIN_PENDING_KB})")
        cursor.execute(f"ANALYZE {ENTRY_TABLE}")


def upgrade(connection, item_table: str = "archive_agendaitem") -> None:
    """Fill the head words and rebuild the backend's index with them."""
    fill_heads(connection, item_table)
    if connection.vendor == "sqlite":
        sqlite_fts(connection, with_head=True)
    elif connection.vendor == "postgresql":
        postgres_tsv(connection, TSV_AFTER)


def forwards(apps, schema_editor):
    item_table = apps.get_model("archive", "AgendaItem")._meta.db_table
    upgrade(schema_editor.connection, item_table)


def backwards(apps, schema_editor):
    connection = schema_editor.connection
    if connection.vendor == "sqlite":
        sqlite_fts(connection, with_head=False)
    elif connection.vendor == "postgresql":
        postgres_tsv(connection, TSV_BEFORE)


class Migration(migrations.Migration):

    dependencies = [
        ("archive", "0001_initial"),
        ("search", "0005_closed_hyphenated_words"),
    ]

    operations = [
        # ADD COLUMN with a constant default on both databases: Django's own AddField
        # would make SQLite copy the entry table, and with it drop its delete trigger.
        migrations.SeparateDatabaseAndState(
            database_operations=[migrations.RunSQL(
                f"ALTER TABLE {ENTRY_TABLE} ADD COLUMN head text NOT NULL DEFAULT ''",
                f"ALTER TABLE {ENTRY_TABLE} DROP COLUMN head")],
            state_operations=[migrations.AddField(
                model_name="searchentry", name="head",
                field=models.TextField(blank=True, default=""))],
        ),
        migrations.RunPython(forwards, backwards),
    ]
