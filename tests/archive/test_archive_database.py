"""The archive's database helpers (``motebok.archive.database``)."""

from __future__ import annotations

import pytest
from django.db import connection

from motebok.archive.database import _setup_lock

pytestmark = pytest.mark.django_db


def test_setup_lock_leaves_no_file_beside_an_in_memory_database(tmp_path, monkeypatch):
    """The tests' SQLite database lives in memory under a 'file:…?mode=memory' name: a lock
    file named after it would litter the working directory."""
    if connection.vendor != "sqlite" or not connection.is_in_memory_db():
        pytest.skip("needs the in-memory SQLite test database")
    monkeypatch.chdir(tmp_path)
    with _setup_lock():
        pass
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("below", ["motebok.sqlite3", "sub/motebok.sqlite3"])
def test_a_file_where_the_database_folder_goes_is_named(tmp_path, monkeypatch, below):
    """MOTEBOK_DATA_DIR pointing at a file said 'File exists' (or 'Not a directory')
    without saying which path is in the way."""
    from types import SimpleNamespace

    from motebok.archive import database

    blocker = tmp_path / "data"
    blocker.write_text("not a folder", encoding="utf-8")
    name = str(blocker / below)
    monkeypatch.setattr(database, "settings", SimpleNamespace(DATABASES={"default": {
        "ENGINE": "django.db.backends.sqlite3", "NAME": name}}))
    with pytest.raises(database.DatabaseUnavailable) as caught:
        database.prepare_folder()
    assert str(caught.value) == (f"cannot create the folder for {name}: "
                                 f"{blocker} is a file, not a folder")


def test_an_up_to_date_archive_is_known_without_building_the_migration_graph(monkeypatch):
    """Every import and every server start asks whether migrations are pending; the
    answer for an up-to-date archive comes from the file names and the recorded rows,
    not from importing every migration module (about 50 ms of CPU a run)."""
    from motebok.archive import database

    def graph(*_args):
        raise AssertionError("the migration graph was built")

    monkeypatch.setattr(database, "MigrationExecutor", graph)
    assert database._pending() is False


def test_a_migration_file_not_recorded_as_applied_is_pending():
    from django.db.migrations.recorder import MigrationRecorder

    from motebok.archive import database

    MigrationRecorder.Migration.objects.filter(app="archive").order_by("-name").first().delete()
    assert database._all_on_disk_applied() is False
    assert database._pending() is True


def test_only_a_sqlite_file_in_wal_mode_is_opened_without_the_set_up_lock(tmp_path):
    import sqlite3
    from contextlib import closing

    from motebok.archive import database

    path = tmp_path / "arkiv.sqlite3"
    assert database._in_wal_mode(str(path)) is False  # not there yet
    path.write_bytes(b"")
    assert database._in_wal_mode(str(path)) is False  # made, never written
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("create table t (x)")
    assert database._in_wal_mode(str(path)) is False  # rollback journal
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("pragma journal_mode=wal")
    assert database._in_wal_mode(str(path)) is True
