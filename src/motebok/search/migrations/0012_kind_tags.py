"""Every entry's filter tags start with its kind ("zzkinditem", "zzkinddecision" …:
``motebok.search.service.KIND_TAGS``), so a search may ask for one kind alone (items,
decisions, actions or meeting titles). Entries indexed before get the tag here, so an
archive upgraded with ``migrate`` (which ``motebok serve`` and ``import`` run) filters
by kind without ``motebok reindex``.

One UPDATE of the entries that lack the tag (a second run changes nothing): on SQLite
the trigger ``search_entry_reindexed`` (migration 0011) remakes their FTS rows, on
PostgreSQL the tag vector is a generated column. Frozen: the tag is spelt out here.
Backwards: the tag is taken off again (older code never asks for it, but its
``refresh_tags`` would rewrite every entry of a meeting it saves).
"""

from __future__ import annotations

from django.db import migrations

ENTRY_TABLE = "search_searchentry"
PREFIX = "zzkind"


def fill(connection) -> int:
    """Give every entry without its kind tag the tag; how many entries changed."""
    with connection.cursor() as cursor:
        cursor.execute(f"UPDATE {ENTRY_TABLE} SET tags = '{PREFIX}' || kind || ' ' || tags "
                       f"WHERE tags NOT LIKE '{PREFIX}%'")
        return cursor.rowcount


def add_kind_tags(apps, schema_editor) -> None:
    fill(schema_editor.connection)


def drop_kind_tags(apps, schema_editor) -> None:
    with schema_editor.connection.cursor() as cursor:
        # "zzkind" + kind + " " is as long as the kind and seven characters more
        cursor.execute(f"UPDATE {ENTRY_TABLE} SET tags = substr(tags, length(kind) + 8) "
                       f"WHERE tags LIKE '{PREFIX}%'")


class Migration(migrations.Migration):

    dependencies = [
        ("search", "0011_contentless_fts"),
    ]

    operations = [
        migrations.RunPython(add_kind_tags, drop_kind_tags),
    ]
