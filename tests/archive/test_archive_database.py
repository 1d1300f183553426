"""The archive's database helpers (``motebok.archive.database``)."""

from __future__ import annotations

import pytest
from django.db import connection

from motebok.archive.database import _migration_lock

pytestmark = pytest.mark.django_db


def test_migration_lock_leaves_no_file_beside_an_in_memory_database(tmp_path, monkeypatch):
    """The tests' SQLite database lives in memory under a 'file:…?mode=memory' name: a lock
    file named after it would litter the working directory."""
    if connection.vendor != "sqlite" or not connection.is_in_memory_db():
        pytest.skip("needs the in-memory SQLite test database")
    monkeypatch.chdir(tmp_path)
    with _migration_lock():
        pass
    assert list(tmp_path.iterdir()) == []
