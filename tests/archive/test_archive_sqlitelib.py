"""SQLite's library-wide settings for an import run (``motebok.archive.sqlitelib``)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import textwrap

import pytest

from archive.conftest import EXAMPLES, cli_env
from motebok.archive import sqlitelib

#: Imports the examples in a fresh process, lean (``lean_for_run``) or not, and prints
#: what the run left: rows per table, the search entries, and a few searches' hits.
SCRIPT = textwrap.dedent("""
    import json, sys
    import django
    django.setup()
    from django.db import connection
    from motebok.archive import importer, sqlitelib
    from motebok.search import search

    lean = sys.argv[1] == "lean"
    with connection.cursor() as cursor:  # an open connection, as after the migration check
        cursor.execute("SELECT count(*) FROM django_migrations")
    if not lean:
        sqlitelib.lean_for_run = lambda: False
    report = importer.import_paths([sys.argv[2]])
    lib = sqlitelib._library()
    with connection.cursor() as cursor:
        tables = [name for (name,) in cursor.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'archive_%'"
            " ORDER BY name").fetchall()]
        counts = {t: cursor.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}
        entries = cursor.execute("SELECT meeting_id, item_id, kind, tags, text, words, head"
                                 " FROM search_searchentry ORDER BY id").fetchall()
    hits = {q: [(h.meeting.pk, h.kind) for h in search(q, user=None).hits]
            for q in ("budsjett", "vedtak", "regionråd 2024")}
    print(json.dumps({"lean": sqlitelib._LEAN[0], "memory_counted": lib.sqlite3_memory_used() > 0,
                      "imported": len(report.imported), "failed": report.failed,
                      "counts": counts, "entries": entries, "hits": hits}))
""")


def _import_examples(tmp_path, migrated_sqlite, mode: str) -> dict:
    """The examples imported by ``SCRIPT`` into a fresh copy of the migrated archive."""
    folder = tmp_path / mode
    folder.mkdir()
    database = folder / "archive.sqlite3"
    shutil.copy(migrated_sqlite, database)
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, mode, str(EXAMPLES)],
        env=cli_env(database, folder / "data"),
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_an_import_process_goes_lean_and_stores_the_same(tmp_path, migrated_sqlite):
    lean = _import_examples(tmp_path, migrated_sqlite, "lean")
    plain = _import_examples(tmp_path, migrated_sqlite, "plain")
    assert lean["lean"] and not plain["lean"]
    # without memory statistics SQLite counts nothing, though the connection is open
    assert not lean["memory_counted"] and plain["memory_counted"]
    assert lean["imported"] == plain["imported"] > 0 and lean["failed"] == plain["failed"]
    assert lean["counts"] == plain["counts"]
    assert lean["entries"] == plain["entries"]
    assert lean["hits"] == plain["hits"] and any(lean["hits"].values())


@pytest.mark.django_db
def test_a_process_with_its_database_in_a_transaction_is_left_as_it_is(monkeypatch):
    # (as if no run of this process had set SQLite up before)
    monkeypatch.setattr(sqlitelib, "_LEAN", [False])
    counted = sqlitelib._library().sqlite3_memory_used()
    # the test's database is open, in a transaction: SQLite cannot be set up again
    assert not sqlitelib.lean_for_run()
    assert not sqlitelib._LEAN[0]
    assert (sqlitelib._library().sqlite3_memory_used() > 0) == (counted > 0)
