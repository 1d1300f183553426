"""Make the configured database ready for use, so commands work on a fresh machine.

``motebok import`` and ``motebok serve`` call ``ensure_database`` first: the README's
``motebok import src/motebok/examples && motebok serve`` must work with no set-up at
all, which means creating the SQLite file's folder and applying migrations.
"""

from __future__ import annotations

from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.db import DatabaseError, connection
from django.db.migrations.executor import MigrationExecutor

from motebok.errors import MotebokError


class DatabaseUnavailable(MotebokError):
    """The configured database cannot be opened (one line for the user)."""


def describe_database() -> str:
    """Where the data lives, for people: "SQLite at PATH" or "PostgreSQL NAME on HOST"."""
    db = settings.DATABASES["default"]
    if db["ENGINE"].endswith("sqlite3"):
        name = str(db["NAME"])
        return f"SQLite at {'/' + name.lstrip('/') if name.startswith('//') else name}"
    host = db.get("HOST") or "localhost"
    port = f":{db['PORT']}" if db.get("PORT") else ""
    return f"PostgreSQL database {db['NAME']} on {host}{port}"


def ensure_database() -> bool:
    """Create the SQLite folder and apply pending migrations; True when it migrated.

    Raises ``DatabaseUnavailable`` when the database cannot be reached.
    """
    db = settings.DATABASES["default"]
    if db["ENGINE"].endswith("sqlite3") and db["NAME"] != ":memory:":
        try:
            Path(db["NAME"]).parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise DatabaseUnavailable(
                f"cannot create the folder for {db['NAME']}: {exc.strerror}") from None
    try:
        executor = MigrationExecutor(connection)
        plan = executor.migration_plan(executor.loader.graph.leaf_nodes())
        if not plan:
            return False
        call_command("migrate", verbosity=0, interactive=False)
    except DatabaseError as exc:
        first = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
        raise DatabaseUnavailable(f"cannot use the database ({describe_database()}): "
                                  f"{first}") from None
    return True
