"""Make the configured database ready for use, so commands work on a fresh machine.

``motebok import`` and ``motebok serve`` call ``ensure_database`` first: the README's
``motebok import src/motebok/examples && motebok serve`` must work with no set-up at
all, which means creating the SQLite file's folder and applying migrations.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.db import DatabaseError, connection
from django.db.migrations.executor import MigrationExecutor

from motebok.errors import MotebokError

try:
    import fcntl
except ImportError:  # Windows has none: migrations there are not serialised
    fcntl = None


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

    Two commands started at once on a new archive (two imports, an import and the web
    server) must not both migrate it: the second would fail on tables the first just
    made. So the check and the migration run under a lock, and the plan is read again
    once the lock is held.

    Raises ``DatabaseUnavailable`` when the database cannot be reached.
    """
    prepare_folder()
    try:
        _connect()
        if not _pending():
            return False
        with _setup_lock():
            if not _pending():
                return False  # another command migrated while this one waited
            call_command("migrate", verbosity=0, interactive=False)
    except DatabaseError as exc:
        raise unavailable(exc) from None
    return True


def prepare_folder() -> None:
    """Create the folder of the SQLite file (the default path's folder is new on a fresh
    machine); nothing for PostgreSQL."""
    db = settings.DATABASES["default"]
    if db["ENGINE"].endswith("sqlite3") and db["NAME"] != ":memory:":
        folder = Path(db["NAME"]).parent
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except (FileExistsError, NotADirectoryError):
            # A file where a folder should be ("File exists" would not say which one).
            blocker = next(p for p in (folder, *folder.parents) if p.exists())
            raise DatabaseUnavailable(f"cannot create the folder for {db['NAME']}: "
                                      f"{blocker} is a file, not a folder") from None
        except OSError as exc:
            raise DatabaseUnavailable(f"cannot create the folder for {db['NAME']}: "
                                      f"{(exc.strerror or 'cannot be created').lower()}") from None


def _connect() -> None:
    """Open the connection: under the set-up lock while the SQLite file is not yet in
    WAL mode.

    Every SQLite connection asks for WAL mode as it opens (``motebok.config``). Turning
    a new file into WAL needs an exclusive lock, and when two connections want it at
    once SQLite does not wait for it, whatever the timeout: one of them fails at once
    with "database is locked" (three imports started together on a new archive did,
    now and then). Commands opening such a file take turns instead; an archive already
    in WAL mode, the usual case, is opened without the lock.
    """
    if connection.vendor == "sqlite" and not _in_wal_mode(str(connection.settings_dict["NAME"])):
        with _setup_lock():
            connection.ensure_connection()
    else:
        connection.ensure_connection()


def _in_wal_mode(path: str) -> bool:
    """Whether the SQLite file at ``path`` is in WAL mode: its header's read and write
    format versions (bytes 18 and 19) are 2. A missing, empty or unreadable file is not."""
    try:
        with open(path, "rb") as file:
            header = file.read(20)
    except OSError:
        return False
    return len(header) == 20 and header[18] == 2 and header[19] == 2


def unavailable(exc: DatabaseError) -> DatabaseUnavailable:
    """The one-line error for a database that cannot be used."""
    first = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
    return DatabaseUnavailable(f"cannot use the database ({describe_database()}): {first}")


def _pending() -> bool:
    """Whether migrations are waiting to be applied.

    Asked before every import and every start of the server, almost always of an
    archive that is up to date: so first the cheap answer (every migration file on
    disk is recorded as applied), and only when that fails Django's own plan, which
    imports every migration module and builds their graph.
    """
    if _all_on_disk_applied():
        return False
    executor = MigrationExecutor(connection)
    return bool(executor.migration_plan(executor.loader.graph.leaf_nodes()))


def _all_on_disk_applied() -> bool:
    """True when the database records every migration file of every installed app as
    applied: then nothing is pending, whatever the graph says (a migration is pending
    only when it is on disk and not applied).

    The files are listed as Django's loader lists them (the modules of each app's
    migrations package, without importing them); a squashed migration whose own name
    is not recorded, a package that is not a folder, or a database without the
    ``django_migrations`` table answers False, and the caller asks Django.
    """
    from importlib.util import find_spec
    from pkgutil import iter_modules

    from django.apps import apps
    from django.db.migrations.loader import MigrationLoader
    from django.db.migrations.recorder import MigrationRecorder

    applied = MigrationRecorder(connection).applied_migrations()
    if not applied:
        return False
    for app in apps.get_app_configs():
        module, _explicit = MigrationLoader.migrations_module(app.label)
        try:
            spec = find_spec(module) if module else None
        except ImportError:  # the app's package cannot be imported: let Django say so
            return False
        if spec is None:
            continue  # an app without migrations
        if spec.submodule_search_locations is None:
            return False
        for _finder, name, is_package in iter_modules(spec.submodule_search_locations):
            if not is_package and name[0] not in "_~" and (app.label, name) not in applied:
                return False
    return True


#: The key of the PostgreSQL advisory lock held while migrating ("motebok" in ASCII).
_PG_LOCK_KEY = 0x6D6F7465626F6B


@contextmanager
def _setup_lock() -> Iterator[None]:
    """Hold the archive's set-up lock, taken to migrate it and to open a SQLite file
    not yet in WAL mode: an advisory lock on PostgreSQL, a lock on a file beside the
    SQLite database (where ``fcntl`` exists and the folder can be written; elsewhere
    none, and a command that must write there fails on the database itself)."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_lock(%s)", [_PG_LOCK_KEY])
        try:
            yield
        finally:
            with connection.cursor() as cursor:
                cursor.execute("SELECT pg_advisory_unlock(%s)", [_PG_LOCK_KEY])
        return
    if fcntl is None or connection.is_in_memory_db():
        yield  # an in-memory database (the tests') has no file to lock beside
        return
    name = str(connection.settings_dict["NAME"])
    with ExitStack() as stack:
        try:
            lock = stack.enter_context(open(f"{name}.migrate-lock", "a"))
        except OSError:  # a folder that cannot be written: nothing to serialise there
            lock = None
        if lock is not None:
            fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file is closed
        yield
