"""Fixtures of the archive tests: personas, the example folder and a migrated database file.

Subprocess tests (the real ``motebok`` command) never use the test database: each gets
its own SQLite file, copied from one migrated once per session, so a test pays for
Django's start-up but not for the migrations.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from archive.factories import BodyFactory, UserFactory, grant
from motebok.vocab import AccessRole

EXAMPLES = Path(__file__).resolve().parents[2] / "src" / "motebok" / "examples"
MOTEBOK = [sys.executable, "-m", "motebok.cli"]


@dataclass
class Personas:
    """The five kinds of visitor the visibility rule distinguishes."""

    anonymous: object
    outsider: object
    member: object
    secretariat: object
    superuser: object


@pytest.fixture
def personas(db):
    """Users with no access, access to another body, member/secretariat access, superuser."""
    from django.contrib.auth.models import AnonymousUser

    body, other = BodyFactory(name="Vestfjord regionråd"), BodyFactory(name="Annet råd")
    outsider, member, secretariat = UserFactory(), UserFactory(), UserFactory()
    grant(outsider, other)
    grant(member, body)
    grant(secretariat, body, AccessRole.SECRETARIAT.value)
    superuser = UserFactory(is_superuser=True, is_staff=True)
    people = Personas(AnonymousUser(), outsider, member, secretariat, superuser)
    people.body, people.other = body, other
    return people


@pytest.fixture(scope="session")
def migrated_sqlite(tmp_path_factory, django_db_setup, django_db_blocker) -> Path:
    """A SQLite file with every migration applied (made once per test session).

    On SQLite it is a copy of the freshly migrated (in-memory) test database (sqlite3's
    backup API, a fraction of a second); otherwise ``motebok migrate`` writes it.
    """
    from django.db import connection

    path = tmp_path_factory.mktemp("migrated") / "template.sqlite3"
    # The test database, when pytest-django made one: a run of only subprocess tests
    # sets none up, and the connection would then be the user's own archive.
    if connection.vendor == "sqlite" and connection.is_in_memory_db():
        with django_db_blocker.unblock():
            connection.ensure_connection()
            target = sqlite3.connect(path)
            try:
                connection.connection.backup(target)
            finally:
                target.close()
        return path
    env = cli_env(path, path.parent)
    result = subprocess.run([*MOTEBOK, "migrate", "--verbosity", "0"], env=env,
                            capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    return path


def cli_env(database: Path, data_dir: Path) -> dict[str, str]:
    """The environment of a ``motebok`` subprocess on its own SQLite file."""
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    env.update(DATABASE_URL=f"sqlite:///{database}", MOTEBOK_DATA_DIR=str(data_dir),
               DJANGO_SETTINGS_MODULE="motebok.settings", PYTHONUNBUFFERED="1")
    return env


@dataclass
class Cli:
    """Runs ``motebok`` in a subprocess against one private SQLite archive."""

    database: Path
    env: dict[str, str]

    def run(self, *args: str, timeout: float = 120) -> subprocess.CompletedProcess:
        """The finished command (text output)."""
        return subprocess.run([*MOTEBOK, *args], env=self.env, capture_output=True,
                              text=True, timeout=timeout, check=False)

    def rows(self, sql: str) -> list[tuple]:
        """Rows of a read-only query on the archive file."""
        with sqlite3.connect(self.database) as conn:
            return conn.execute(sql).fetchall()


@pytest.fixture
def cli(tmp_path, migrated_sqlite) -> Cli:
    """A ``motebok`` command on a fresh copy of the migrated archive."""
    database = tmp_path / "archive.sqlite3"
    shutil.copy(migrated_sqlite, database)
    return Cli(database, cli_env(database, tmp_path / "data"))
