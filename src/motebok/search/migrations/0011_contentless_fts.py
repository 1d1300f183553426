"""SQLite: the FTS table becomes contentless (``schema.SQLITE_CONTENTLESS_TRIGGERS``).

Why: its own copy of every entry's words, stems, tags and heading stems was read by no
query, and writing it was some 0.19 million instructions of an imported file's 7.2 (the
storing process of ``motebok import`` is the pipeline's bottleneck); the table's file
shrinks to about a third. The same tokens go into the index, so searches find and rank
exactly as before.

- the entry table gets the stems of its words and of its heading (``stems``,
  ``head_stems``), filled from the FTS table's copy;
- the FTS table is made again with ``content=''``, its rows made from the entry
  columns (words and tags as the entries hold them), and the delete trigger is replaced
  by the two triggers that remove or remake an entry's FTS row from those columns.

PostgreSQL is unchanged. Backwards: the FTS table with its content again, the two
columns dropped and the old delete trigger back.
"""

from __future__ import annotations

from django.db import migrations

from motebok.search import schema

ENTRY = schema.ENTRY_TABLE
FTS = schema.FTS_TABLE
NEW_FTS = "search_fts_new"
TOKENIZE = "tokenize='unicode61 remove_diacritics 0'"
COLUMNS = "words, stems, tags, head"
OLD_DELETE_TRIGGER = (f"CREATE TRIGGER search_entry_deleted AFTER DELETE ON {ENTRY} BEGIN "
                      f"DELETE FROM {FTS} WHERE rowid = old.id; END")


def _swap_fts(cursor) -> None:
    """``NEW_FTS`` (made and filled by the caller) replaces the FTS table, tidied."""
    cursor.execute(f"DROP TABLE {FTS}")
    cursor.execute(f"ALTER TABLE {NEW_FTS} RENAME TO {FTS}")
    cursor.execute(f"INSERT INTO {FTS}({FTS}) VALUES ('optimize')")


def to_contentless(connection) -> None:
    """The SQLite FTS table from 0006's (with its content) to this migration's."""
    with connection.cursor() as cursor:
        for column in schema.ENTRY_STEMS_COLUMNS:
            cursor.execute(f"ALTER TABLE {ENTRY} ADD COLUMN {column} text NOT NULL DEFAULT ''")
        # (correlated, not ``UPDATE … FROM``: that needs SQLite 3.33)
        cursor.execute(f"UPDATE {ENTRY} SET "
                       f"stems = coalesce((SELECT stems FROM {FTS} WHERE rowid = {ENTRY}.id), ''), "
                       f"head_stems = coalesce((SELECT head FROM {FTS} WHERE rowid = {ENTRY}.id), '')")
        cursor.execute("DROP TRIGGER IF EXISTS search_entry_deleted")
        cursor.execute(f"DROP TABLE IF EXISTS {NEW_FTS}")
        cursor.execute(f"CREATE VIRTUAL TABLE {NEW_FTS} USING fts5({COLUMNS}, content='', "
                       f"{TOKENIZE})")
        # only the entries that were indexed (every entry with words is)
        cursor.execute(f"INSERT INTO {NEW_FTS}(rowid, {COLUMNS}) SELECT id, words, stems, tags, "
                       f"head_stems FROM {ENTRY} WHERE id IN (SELECT rowid FROM {FTS}) "
                       "ORDER BY id")
        _swap_fts(cursor)
        for trigger in schema.SQLITE_CONTENTLESS_TRIGGERS:
            cursor.execute(trigger)


def to_content(connection) -> None:
    """Back: the SQLite FTS table with its content, as 0006 to 0010 left it (tests run
    those migrations' frozen rewrites on it)."""
    with connection.cursor() as cursor:
        cursor.execute("DROP TRIGGER IF EXISTS search_entry_deleted")
        cursor.execute("DROP TRIGGER IF EXISTS search_entry_reindexed")
        cursor.execute(f"DROP TABLE IF EXISTS {NEW_FTS}")
        cursor.execute(f"CREATE VIRTUAL TABLE {NEW_FTS} USING fts5({COLUMNS}, {TOKENIZE})")
        cursor.execute(f"INSERT INTO {NEW_FTS}(rowid, {COLUMNS}) SELECT id, words, stems, tags, "
                       f"head_stems FROM {ENTRY} WHERE id IN (SELECT id FROM {FTS}_docsize) "
                       "ORDER BY id")
        _swap_fts(cursor)
        cursor.execute(OLD_DELETE_TRIGGER)
        for column in reversed(schema.ENTRY_STEMS_COLUMNS):  # (SQLite 3.35 and later)
            cursor.execute(f"ALTER TABLE {ENTRY} DROP COLUMN {column}")


def forwards(apps, schema_editor) -> None:
    if schema_editor.connection.vendor == "sqlite":
        to_contentless(schema_editor.connection)


def backwards(apps, schema_editor) -> None:
    if schema_editor.connection.vendor == "sqlite":
        to_content(schema_editor.connection)


class Migration(migrations.Migration):

    dependencies = [
        ("search", "0010_quadgrams"),
    ]

    operations = [
        migrations.RunPython(forwards, backwards),
    ]
