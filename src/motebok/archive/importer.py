"""Import minutes into the archive: files, folders and JSON exports, in transactions.

The steps per file, in order: read the bytes → sha256 → "unchanged" when the archive
already holds that file (looked up for a group of files at once) → parse (in a worker
process when ``workers > 1``) → store the record (source document, body, people,
meeting, items, decisions, actions, memberships) → announce ``meeting_saved`` inside
the transaction so the search index commits with the meeting. A run of many files
stores them in batches, one transaction each (``_Batch``); a batch that fails is stored
again file by file.

Why whole transactions and a unique sha256: a process killed in the middle of an
import leaves every committed file complete and nothing of the others, and a re-run
skips what is already in — no duplicates, nothing half-written.

A JSON file holding minutes records (what ``motebok export`` writes: one record or an
array) is recognised by its content (``schema_version``), not its name, and restored
record by record; ``Meeting.record_hash`` makes that idempotent too.
"""

from __future__ import annotations

import datetime as dt
import errno
import functools
import gc
import hashlib
import json
import multiprocessing
import os
import sys
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from django.db import (
    DatabaseError,
    IntegrityError,
    connection,
    connections,
    transaction,
)
from django.db.models import QuerySet
from django.utils import timezone

from motebok.archive import bulk, identity, parsing, signals, sqlitelib
from motebok.archive.models import (
    PER_MEETING,
    PER_YEAR,
    Action,
    AgendaItem,
    Decision,
    Meeting,
    Membership,
    Organization,
    Participation,
    Person,
    SourceDocument,
)
from motebok.archive.names import name_tokens, normalize_name
from motebok.archive.parsing import (
    MAX_WORKERS_PER_CPU,
    MIN_FILES_FOR_WORKERS,
    parse_job,
    record_hash,
)
from motebok.errors import MotebokError, shown_name
from motebok.read import EXTENSIONS
from motebok.record import SCHEMA_VERSION, MinutesRecord
from motebok.vocab import (
    ActionStatus,
    MeetingMode,
    MeetingStatus,
    MembershipRole,
    OrganizationKind,
)

#: The key of an export's archive-only facts (the meeting's status); readers of spec v1
#: ignore it, ``import`` uses it so a backup of drafts is not restored as published.
ARCHIVE_KEY = "archive"
JSON_SUFFIXES = {".json"}
#: Tries at storing one file. Two imports at once (on PostgreSQL, where they really run
#: side by side) can both add the same new person or body; the later one then fails on
#: the unique name, forgets what it had cached and tries again, finding the row the
#: other committed. Each try can meet one more such race, so a few are allowed.
STORE_ATTEMPTS = 5
#: Parse jobs kept in flight per worker process while the files in flight are small
#: (``WINDOW_BYTES``): enough that a worker parsing text (2–4 ms a file) stays busy
#: while this process commits a batch (10–20 ms) or parses a file itself. With four, a
#: text run's worker sat idle for 7 % of the run on a quiet machine and far more on a
#: busy one, waiting for this process to hand it the next file.
JOBS_PER_WORKER = 16
#: … and per worker at least, whatever the files weigh: enough to keep the workers busy
#: while this process stores, few enough that big PDFs do not pile up in memory.
MIN_JOBS_PER_WORKER = 4
#: Bytes of the files in flight (read, not yet stored) beyond ``MIN_JOBS_PER_WORKER``
#: per worker: the window holds each file's bytes until it is stored.
WINDOW_BYTES = 32 * 1024 * 1024
#: Seconds a worker may be late with a result before this process commits the open
#: batch (``_finish``); until its waits add up to ``PARSER_IMPORT_SECONDS`` it also
#: waits this long before it imports the parser to parse files itself (``_parser_pays``):
#: a worker that waited for a CPU a moment is not behind, and the first file parsed
#: here costs this process the parser's import, about a quarter of a second.
STEAL_AFTER = 0.05
#: Seconds of CPU this process spends importing the parser (its patterns compiled),
#: measured 0.3–0.45 s. It parses files itself only once it has waited for results
#: at least that long in all (``parsing.Parsers.waited``), or while its workers start
#: (``PARSE_HERE_FROM_FILES``): a worker that is late now and then (a busy machine) is
#: not worth that import, one that stays behind (slow formats, long text runs) soon is.
PARSER_IMPORT_SECONDS = 0.3
#: Files of a run still to parse for which this process imports the parser while its
#: workers start (``_parser_pays``; ``parsing.PARSE_HERE_FROM_FILES``): the wait for a
#: starting worker is about as long as the import (the worker is importing the same
#: parser), so on free cores it costs no time, and the run then has this process's help
#: from its first files. A shorter run gains too little from that help to spend the
#: import's CPU on it.
PARSE_HERE_FROM_FILES = parsing.PARSE_HERE_FROM_FILES
#: Files this process may parse while its batch's transaction is open, in bytes: a
#: minutes file of this size parses in milliseconds (less than the ``STEAL_AFTER`` a
#: batch already stays open for a late result); a bigger one (a long PDF) can take
#: seconds, and other writers must not wait for the write lock that long.
STEAL_IN_BATCH_BYTES = 100_000
#: Files whose sha256s one statement looks up in the archive (``_prepared``), and the
#: bytes that end such a group sooner: read ahead of the window, so few enough that a
#: worker's first file is not kept waiting and big files do not pile up in memory.
LOOKUP_FILES = 32
LOOKUP_BYTES = 4 * 1024 * 1024
#: WAL pages between checkpoints during an import run on SQLite (≈ 40 MB; SQLite: 1,000).
IMPORT_CHECKPOINT_PAGES = 10_000
#: ``PRAGMA temp_store`` during an import run on SQLite: 2 = MEMORY (statement journals
#: stay in memory; see ``sqlite_import_mode``).
IMPORT_TEMP_STORE = 2
#: SQLite's page cache during an import run, in KiB (``sqlite_import_mode``; default 2,000).
IMPORT_CACHE_KIB = 16_384
#: A run of many files stores them in batches, each in one transaction (``_Batch``):
#: at most this many files (a commit, and on SQLite a new FTS5 segment that later
#: commits merge, costs the same however many files it holds: 32 files a batch
#: cost the storing process 6 % more instructions per file than 128) …
BATCH_FILES = 128
#: … holding at most this many bytes of source files (a batch keeps them until it
#: commits: what 32 files of 1 MB held when a batch was at most 32 files) …
BATCH_BYTES = 32 * 1024 * 1024
#: … and a batch is stored once its first file has waited this long (seconds), so
#: the progress display and other writers never wait long.
BATCH_SECONDS = 0.5


class ImportProblem(MotebokError):
    """A record that cannot be stored; the message is one line for ``FILE: problem``."""


# --------------------------------------------------------------------------- the report


@dataclass
class ImportReport:
    """What one import run did: names of files (or records) by outcome."""

    imported: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        """True when nothing failed (skipped unsupported files in folders are fine)."""
        return not self.failed

    @property
    def rate(self) -> float:
        """Imported documents per second."""
        return len(self.imported) / self.seconds if self.seconds else 0.0

    def failure_lines(self) -> list[str]:
        """One ``FILE: problem`` line per failure, in the order they happened (a name's
        newline or escape sequence written as an escape, as ``motebok parse`` does)."""
        return [f"{shown_name(name)}: {problem}" for name, problem in self.failed]


class Observer:
    """Hooks for progress display; the default does nothing (library use, benchmarks)."""

    def start(self, total: int) -> None:
        """The run will look at ``total`` files."""

    def current(self, name: str) -> None:
        """``name`` is being stored now."""

    def done(self, name: str, outcome: str) -> None:
        """One file is finished: imported, unchanged or failed."""


# --------------------------------------------------------------------------- finding files


def collect_paths(
        paths: Iterable[str | Path]) -> tuple[list[Path], list[str], list[tuple[str, str]]]:
    """(files to import, unsupported files skipped in folders, paths that do not exist).

    Folders are walked recursively in sorted order so runs are repeatable; hidden files
    and folders (``.git``) are left out. A file named explicitly is always tried, so a
    backup without the ``.json`` ending is still recognised by its content.
    """
    files: list[Path] = []
    skipped: list[str] = []
    missing: list[tuple[str, str]] = []
    seen: set[Path] = set()
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for found in sorted(_walk(path)):
                suffix = found.suffix.lower()
                if suffix not in EXTENSIONS and suffix not in JSON_SUFFIXES:
                    skipped.append(str(found))
                elif found.is_file():
                    _add_once(found, files, seen)
                else:  # a pipe would block the run forever; a broken link has nothing
                    missing.append((str(found), _not_a_file(found)))
        elif path.is_file():
            _add_once(path, files, seen)
        else:
            missing.append((str(path), _not_a_file(path)))
    return files, skipped, missing


def _not_a_file(path: Path) -> str:
    """Why a path that is no regular file cannot be imported (never opened: reading a
    named pipe waits for a writer)."""
    if path.exists():
        return "not a regular file"
    if str(path) == "-":  # "motebok parse -" reads standard input; import keeps files
        return "standard input cannot be imported (save it to a file and import that)"
    if not path.is_symlink():
        return "no such file or directory"
    return "symbolic link loop" if _link_loop(path) else "broken link"


def _link_loop(path: Path) -> bool:
    """Whether a link that leads nowhere leads round in a circle (a → b → a) rather than
    to a missing file: the user fixes the two differently."""
    try:
        path.stat()
    except OSError as exc:
        return exc.errno == errno.ELOOP
    return False


def _walk(folder: Path) -> Iterator[Path]:
    """Every name under ``folder`` that is not a folder, skipping hidden names (the
    caller sorts out what is not a regular file)."""
    for root, dirs, names in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in names:
            if not name.startswith("."):
                yield Path(root) / name


def _add_once(path: Path, files: list[Path], seen: set[Path]) -> None:
    """Append ``path`` unless the same file was already listed (named twice)."""
    key = path.resolve()
    if key not in seen:
        seen.add(key)
        files.append(path)


# --------------------------------------------------------------------------- JSON exports


def json_records(data: bytes, name: str) -> list[dict[str, Any]] | None:
    """The records of an export file, or None when the bytes are not JSON records.

    Content decides: a ``.txt`` that happens to hold an export is restored, and a
    ``.json`` file that is JSON but not minutes records is an error, not silently
    skipped. Raises ``ImportProblem`` for a ``.json`` file that is not a valid export.
    """
    is_json_name = Path(name).suffix.lower() in JSON_SUFFIXES
    head = data[:64].lstrip(b"\xef\xbb\xbf \t\r\n")
    if not is_json_name and not head.startswith((b"{", b"[")):
        return None
    try:
        value = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        if is_json_name:
            raise ImportProblem(f"not valid JSON ({first_line(exc)})") from None
        return None
    items = value if isinstance(value, list) else [value]
    if items and all(isinstance(i, dict) and "schema_version" in i for i in items):
        return items
    if is_json_name or (items and any(isinstance(i, dict) and "schema_version" in i
                                      for i in items)):
        raise ImportProblem("JSON but not minutes records (each needs schema_version "
                            f"{SCHEMA_VERSION})")
    return None


def _archive_status(data: dict[str, Any]) -> str | None:
    """The status an export recorded for a meeting, None when it records none.

    A status that is there but unknown (an edited backup's "Draft" or "kladd") is a
    problem of the record: read as "none", it would publish a draft.
    """
    extra = data.get(ARCHIVE_KEY)
    if extra is None:
        return None
    if not isinstance(extra, dict):
        raise ImportProblem(f"{ARCHIVE_KEY}: expected an object with a status")
    status = extra.get("status")
    known = [s.value for s in MeetingStatus]
    if status is not None and status not in known:
        raise ImportProblem(f"{ARCHIVE_KEY}.status must be one of {', '.join(known)}; "
                            f"not {status!r}")
    return status


def _archive_memberships(data: dict[str, Any]) -> list[dict[str, Any]]:
    """The memberships an export carried on a body's last record (``archive.memberships``,
    see ``exporter.iter_export``); [] when none."""
    extra = data.get(ARCHIVE_KEY)
    entries = extra.get("memberships") if isinstance(extra, dict) else None
    if entries is None:
        return []
    if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
        raise ImportProblem("archive.memberships is not a list of objects")
    return entries


def _archive_facts(data: dict[str, Any]) -> dict[str, Any]:
    """What an export kept of a meeting beyond spec v1 (``exporter.archive_facts``)."""
    extra = data.get(ARCHIVE_KEY)
    return extra if isinstance(extra, dict) else {}


def _archive_bodies(data: dict[str, Any]) -> list[dict[str, Any]]:
    """The bodies without meetings an export carried on its last record
    (``archive.bodies``, see ``exporter.bodies_without_meetings``); [] when none."""
    extra = data.get(ARCHIVE_KEY)
    entries = extra.get("bodies") if isinstance(extra, dict) else None
    if entries is None:
        return []
    if not isinstance(entries, list) or not all(
            isinstance(e, dict) and isinstance(e.get("name"), str) and e["name"].strip()
            for e in entries):
        raise ImportProblem("archive.bodies is not a list of objects with a name")
    return entries


def first_line(exc: BaseException) -> str:
    """The first line of an exception's message (database errors run on for lines)."""
    text = str(exc).strip().splitlines()
    return text[0] if text else type(exc).__name__


# --------------------------------------------------------------------------- storing


class Lookups:
    """Bodies, organisations and people already found during one import run.

    Most files of a run name the same bodies and people, so each is looked up once per
    run, not once per file. Only rows of *committed* files are kept: a file whose
    transaction fails calls ``forget`` (its new rows were rolled back), and a store
    that trips over a stale entry (a merge in another process deleted a person, or
    another process inserted a name the index lacks) is retried once with empty lookups.

    With ``index_people`` (an import run of many files) every person's name is read
    once into an ``identity.NameIndex`` and every organisation into an
    ``identity.OrgIndex``, so known names, bodies and near-match candidates cost no
    query per document; without it (one ``store_record``) they are queried. A body's
    memberships are read once per run too (``memberships``). All of these assume that
    nothing but the run itself *edits* those rows while it lasts; rows other processes
    *add* are caught up with before a name is taken as new.
    """

    def __init__(self, *, index_people: bool = False) -> None:
        self.people: dict[str, Person] = {}
        self.orgs: dict[str, Organization | None] = {}
        #: a participant's organisation text as written → what it represents
        #: (``_representing``), or None
        self.represented: dict[str | None, Organization | None] = {}
        self.bodies: dict[tuple[str, str, str], Organization | None] = {}
        #: body id → {person id: (membership id, role)}, the oldest row of each person
        self.members: dict[int, dict[int, tuple[int, str]]] = {}
        #: what ``meeting_saved`` listeners keep for the run (``signals``: ``run``)
        self.listeners: dict[str, Any] = {}
        #: rows a batch holds back until it commits (``bulk.hold``, ``bulk.hold_numbered``;
        #: ``_committing``)
        self.held: dict[Any, Any] = {}
        self.index_people = index_people
        self._names: identity.NameIndex | None = None
        self._orgs: identity.OrgIndex | None = None

    def names(self) -> identity.NameIndex | None:
        """The run's index of people (loaded on first use), or None when not indexing."""
        if self.index_people and self._names is None:
            self._names = identity.NameIndex.load(settles=True)  # see ``new_transaction``
        return self._names

    def organizations(self) -> identity.OrgIndex | None:
        """The run's index of organisations (loaded on first use), or None when not
        indexing (one ``store_record`` asks the database instead)."""
        if self.index_people and self._orgs is None:
            self._orgs = identity.OrgIndex.load(settles=True)
        return self._orgs

    def body_for(self, body_text: str | None,
                 organization_text: str | None) -> Organization | None:
        """``identity.body_for``, from the run's index when there is one."""
        index = self.organizations()
        if index is not None:
            return index.body_for(body_text, organization_text)
        return identity.body_for(body_text, organization_text)

    def organization_for(self, name: str | None) -> Organization | None:
        """``identity.organization_for``, from the run's index when there is one."""
        index = self.organizations()
        if index is not None:
            return index.organization_for(name)
        return identity.organization_for(name)

    def memberships(self, body_id: int) -> dict[int, tuple[int, str]]:
        """The body's memberships by person: read once per run, then kept up to date
        by ``_memberships`` as it writes (one query per body, not one per document;
        none for a body the run created, which starts with none)."""
        found = self.members.get(body_id)
        if found is None:
            found = self.members[body_id] = {}
            if self._orgs is not None and body_id in self._orgs.created:
                return found  # a body the run made has only the members the run gives it
            # Plain SQL: the ORM spends far longer building this query than running it.
            for pk, person_id, role in bulk.run(
                    f"SELECT id, person_id, role FROM {Membership._meta.db_table} "
                    "WHERE body_id = %s ORDER BY id", [body_id]):
                found.setdefault(person_id, (pk, role))  # the oldest row wins
        return found

    def new_transaction(self) -> None:
        """Let the indexes catch up again: called whenever the importer opens a
        transaction, since other processes may have committed rows before it
        (``identity.snapshot_held``)."""
        for index in (self._names, self._orgs):
            if index is not None:
                index.settled = False

    def forget(self) -> None:
        """Drop everything (after a rollback)."""
        self.people.clear()
        self.orgs.clear()
        self.represented.clear()
        self.bodies.clear()
        self.members.clear()
        self.listeners.clear()
        self.held.clear()
        self._names = None
        self._orgs = None


def store_record(record: MinutesRecord, source_bytes: bytes | None = None, *,
                 status: str = MeetingStatus.PUBLISHED.value) -> Meeting:
    """Store one record (and the original file's bytes) in one transaction.

    Idempotent: when the archive already holds the file (same sha256) or the same
    record (same ``record_hash``) the existing meeting is returned and nothing is
    written. Raises ``ImportProblem`` for values that cannot be stored (a date that is
    not ISO 8601, for example).
    """
    meeting, _created = store_record_outcome(record, source_bytes, status=status)
    return meeting


def store_record_outcome(record: MinutesRecord, source_bytes: bytes | None = None, *,
                         status: str = MeetingStatus.PUBLISHED.value,
                         lookups: Lookups | None = None,
                         known_new: bool = False,
                         digest: str | None = None,
                         prepared: dict[str, Any] | None = None,
                         memberships: list[dict[str, Any]] | None = None,
                         facts: dict[str, Any] | None = None,
                         ) -> tuple[Meeting, bool]:
    """``store_record`` that also says whether the meeting is new (False: unchanged).

    ``known_new`` skips the look for an existing copy when the caller has just checked
    that the archive holds no file with these bytes (the importer does); a race with
    another process is still caught by the unique sha256 and ``record_hash``.
    ``digest`` is the record's ``record_hash`` when a parse worker already made it,
    ``prepared`` what its ``record_preparers`` made (for the ``meeting_saved`` listeners).
    ``memberships``: the body's memberships a backup carried (``_carried_memberships``),
    given back in the same transaction, as are ``facts``: the meeting's facts a backup
    kept beyond spec v1 (``_carried_facts``).
    """
    digest = digest or record_hash(record)
    sha = _source_sha(record, source_bytes)
    if not known_new:
        existing = _existing_meeting(digest, sha)
        if existing is not None:
            return existing, False
    lookups = lookups or Lookups()
    for attempt in range(1, STORE_ATTEMPTS + 1):
        try:
            lookups.new_transaction()
            with transaction.atomic():
                meeting = _store(record, source_bytes, status, digest, sha, lookups,
                                 orphans=not known_new, prepared=prepared)
                if memberships and meeting.body_id is not None:
                    _carried_memberships(meeting.body, memberships, lookups)
                if facts:
                    _carried_facts(meeting, facts)
                _committing(lookups)
                return meeting, True
        except IntegrityError:
            lookups.forget()
            existing = _existing_meeting(digest, sha)
            if existing is not None:  # another process stored the same file a moment ago
                return existing, False
            if attempt == STORE_ATTEMPTS:
                raise
        except BaseException:
            lookups.forget()
            raise
    raise AssertionError("unreachable")  # pragma: no cover


def _committing(lookups: Lookups) -> None:
    """Write the rows the open transaction's files held back (``Lookups.held``), then
    tell the listeners that it is about to commit (``signals.import_committing``): what
    they held back for it goes in now, inside it (the search index's full-text rows
    last, after every other INSERT of the transaction)."""
    bulk.write_held(lookups.held)
    signals.import_committing.send(sender=Meeting, run=lookups.listeners)


def _source_sha(record: MinutesRecord, source_bytes: bytes | None) -> str | None:
    """The sha256 of the original file: of the bytes when we have them, else the record's."""
    if source_bytes is not None:
        return hashlib.sha256(source_bytes).hexdigest()
    return record.source.sha256 or None


def _existing_meeting(digest: str, sha: str | None) -> Meeting | None:
    """The meeting already stored for this record or this source file, if any.

    Asked for every restored record; plain SQL finds the id (usually none, in a
    restore into a fresh archive) and only a meeting that exists is loaded.
    """
    meeting, source = Meeting._meta.db_table, SourceDocument._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT id FROM {meeting} WHERE record_hash = %s", [digest])
        row = cursor.fetchone()
        if row is None and sha:
            cursor.execute(f"SELECT m.id FROM {meeting} m JOIN {source} s "
                           "ON s.id = m.source_id WHERE s.sha256 = %s", [sha])
            row = cursor.fetchone()
    return Meeting.objects.get(pk=row[0]) if row is not None else None


def _store(record: MinutesRecord, data: bytes | None, status: str, digest: str,
           sha: str | None, lookups: Lookups, orphans: bool,
           prepared: dict[str, Any] | None = None, hold: bool = False) -> Meeting:
    """The writes of ``store_record``; runs inside its transaction.

    One multi-row INSERT per table; the tables that do not depend on each other
    (participants, memberships and items; then decisions and actions) share one
    statement on PostgreSQL (``bulk.insert_together``), so a document costs a handful
    of round trips whatever its length. With ``hold`` (a batch of files on SQLite)
    the participants, decisions and actions, which no other row points to, wait in
    ``lookups.held`` and go in with the batch's at its commit (``bulk.hold``); the
    listeners get them from the primed relations as always, without their ids. The
    memberships and items wait too, with the ids they will have (``bulk.hold_numbered``):
    other rows point to them.
    """
    body = _body(record, lookups)
    earlier = _earlier_version(record, body, digest, sha)
    if earlier is not None:
        raise ImportProblem(
            f"the archive holds an earlier version of this file (meeting {earlier.pk}: "
            f"{earlier.body.name}, {earlier.date:%d.%m.%Y}); delete that meeting in the "
            "admin to import this version")
    source = _source_document(record, data, sha, orphans)
    meeting = _meeting(record, body, source, status, digest)
    people = people_for((p.name for p in record.participants), lookups)
    participants = _participation_rows(meeting, record, people)
    members = _membership_rows(body, record, people, lookups) if body else []
    if hold:
        participations = bulk.hold(Participation, participants, lookups.held)
        memberships = bulk.hold_numbered(Membership, members, lookups.held)
        items = bulk.hold_numbered(AgendaItem, _item_rows(meeting, record), lookups.held)
    else:
        participations, memberships, items = bulk.insert_together(
            (Participation, participants), (Membership, members),
            (AgendaItem, _item_rows(meeting, record)))
    if body is not None:
        existing = lookups.memberships(body.pk)
        for membership in memberships:
            existing[membership.person_id] = (membership.id, membership.role)
    _outcomes(items, record, people, lookups, hold)
    # Listeners (the search index) find the rows just written on the meeting itself,
    # as prefetch_related would have fetched them: no query re-reads them. The caches
    # are dropped afterwards so the caller's meeting behaves like any other, and so
    # that an item and its decisions and actions (each of which holds its item) are
    # no reference cycle: freed when the last reference goes, not left to the cyclic
    # collector (some 140 objects a stored file were, and its passes walked them).
    _prime(meeting, "participations", participations)
    _prime(meeting, "items", items)
    try:
        signals.meeting_saved.send(sender=Meeting, meeting=meeting, created=True,
                                   run=lookups.listeners, prepared=prepared or {})
    finally:
        meeting._prefetched_objects_cache = {}
        for item in items:
            item._prefetched_objects_cache = {}
    return meeting


class _Written(QuerySet):
    """Rows just written, standing in for a prefetched relation while ``meeting_saved`` runs.

    Iterating, counting or ``exists()`` use the rows; anything that makes a new query
    (``filter``, ``order_by`` …) asks the database for the relation's rows, like the
    related manager would. Cheaper to make than the manager's own queryset (≈ 7 µs
    against ≈ 90 µs), which matters at a dozen relations per document.
    """

    relation: dict[str, Any]

    def _chain(self) -> QuerySet:
        return self.model._default_manager.filter(**self.relation)._chain()

    def __iter__(self) -> Iterator[Any]:
        """The rows, as ``QuerySet.__iter__`` gives them once fetched, without its
        ``_fetch_all`` (nothing to fetch or prefetch here: one Python call fewer for
        each of some fourteen relations a stored file's listeners read)."""
        return iter(self._result_cache)


def _prime(instance: Any, name: str, rows: list[Any]) -> None:
    """Let ``instance.<name>.all()`` return ``rows`` without a query (what prefetch does).

    The queryset is a copy of one made per relation and process (``_written_template``):
    a dozen per document, and ``QuerySet.__init__`` builds a SQL query each time. Its
    query object is shared, which is safe because ``_Written`` never changes it: any
    new query goes through ``_chain`` to a queryset of its own. The copy's attributes
    are given as one dict, and the key is read off the instance's ``__dict__`` (the
    importer built the instance with every column set): ``Model.pk`` is a property
    and a method call, and this runs some fourteen times per document.
    """
    template, attname, pk = _written_template(type(instance), name)
    queryset = _Written.__new__(_Written)
    queryset.__dict__ = {**template.__dict__, "_hints": {}, "_known_related_objects": {},
                         "relation": {attname: instance.__dict__[pk]},
                         "_result_cache": list(rows)}
    cache = instance.__dict__.get("_prefetched_objects_cache")
    if cache is None:
        cache = instance._prefetched_objects_cache = {}
    cache[name] = queryset


def _prime_each(instances: list[Any], name: str, groups: list[list[Any]]) -> None:
    """``_prime`` of relation ``name`` for each of ``instances`` with its group of rows
    (lists made for it, kept as they are: ``_prime`` copies the list it is given).

    Why: an item's decisions and its actions are primed for every item of every stored
    file (some twelve relations a generated file); one call for them all looks the
    relation's template up once instead of once per item.
    """
    if not instances:
        return
    template, attname, pk = _written_template(type(instances[0]), name)
    shared, new = template.__dict__, _Written.__new__
    for instance, rows in zip(instances, groups, strict=True):
        queryset = new(_Written)
        own = instance.__dict__
        queryset.__dict__ = {**shared, "_hints": {}, "_known_related_objects": {},
                             "relation": {attname: own[pk]}, "_result_cache": rows}
        cache = own.get("_prefetched_objects_cache")
        if cache is None:
            cache = instance._prefetched_objects_cache = {}
        cache[name] = queryset


_WRITTEN: dict[tuple[type, str], tuple[_Written, str, str]] = {}


def _written_template(model: type, name: str) -> tuple[_Written, str, str]:
    """A ``_Written`` of relation ``name`` of ``model`` to copy, the foreign key's
    column attribute (``meeting_id``) and ``model``'s primary key attribute."""
    found = _WRITTEN.get((model, name))
    if found is None:
        field = getattr(model, name).rel.field
        template = _Written(model=field.model)
        template._prefetch_done = True
        found = _WRITTEN[(model, name)] = (template, field.attname, model._meta.pk.attname)
    return found


def _source_document(record: MinutesRecord, data: bytes | None, sha: str | None,
                     orphans: bool) -> SourceDocument | None:
    """The original file's row; a restored record without any source facts has none.

    With ``orphans`` a kept file whose meeting was deleted is reused for this one.
    """
    src = record.source
    if data is None and not (src.filename or src.sha256 or src.format):
        return None
    orphan = _orphan_source(sha) if sha and orphans else None
    if orphan is not None:  # its meeting was deleted; the file comes back with this one
        if orphan.content is None and data is not None:
            orphan.content, orphan.size = data, len(data)
            orphan.save(update_fields=["content", "size"])
        return orphan
    source = bulk.insert(SourceDocument, [{
        "filename": src.filename, "sha256": sha, "format": src.format, "content": data,
        "size": len(data) if data is not None else None, "kind": record.kind or "other",
        "warnings": list(record.warnings)}])[0]
    bulk.announce_created(source)
    return source


def _orphan_source(sha: str) -> SourceDocument | None:
    """A kept file with this sha256 whose meeting was deleted, if any.

    Asked for every restored record: plain SQL for the usual answer (none), the row
    is loaded only when there is one.
    """
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT s.id FROM {SourceDocument._meta.db_table} s "
                       f"LEFT JOIN {Meeting._meta.db_table} m ON m.source_id = s.id "
                       "WHERE s.sha256 = %s AND m.id IS NULL", [sha])
        row = cursor.fetchone()
    return SourceDocument.objects.get(pk=row[0]) if row is not None else None


def _body(record: MinutesRecord, lookups: Lookups) -> Organization | None:
    """The body the minutes belong to; the organisation itself when no body is named.

    Pages and feeds browse meetings by body, so a record that only names its
    organisation ("Vestfjord regionråd") is filed under that; the record's own words
    stay in ``body_text``/``organization_text`` for the export.
    """
    per_meeting = _numbers_per_meeting(record)
    key = (normalize_name(record.body or ""), normalize_name(record.organization or ""),
           "1" if per_meeting else "")
    if key in lookups.bodies:
        return lookups.bodies[key]
    body = lookups.body_for(record.body, record.organization)
    if body is None and (record.organization or "").strip():
        body = lookups.organization_for(record.organization)
    if body is not None and body.numbering != PER_MEETING and per_meeting \
            and not body.meetings.exists():
        body.numbering = PER_MEETING  # a new body whose minutes say "Sak 1, 2, 3"
        body.save(update_fields=["numbering"])
    lookups.bodies[key] = body
    return body


def _earlier_version(record: MinutesRecord, body: Organization | None, digest: str,
                     sha: str | None) -> Meeting | None:
    """An imported meeting of the same body, day and start from another file of the same
    name (the same file, stored by another import a moment ago, is no earlier version:
    the unique sha256 and ``record_hash`` make that store fail and be found instead).

    An edited file has new bytes and a new record, so neither the sha256 nor the
    ``record_hash`` finds it again: without this look the corrected minutes would sit
    in the archive beside the first version as a second meeting. It is refused instead,
    never merged or replaced silently. One query on the body-and-date index, in plain
    SQL: built by the ORM it cost more than storing the rest of the file. The
    connection is looked up once for its operations and the query (each look-up through
    ``django.db.connection`` is a context-aware thread-local: some 12,000 instructions).
    """
    day = _date(record.meeting.date, "meeting.date")
    if body is None or day is None or not record.source.filename:
        return None
    db = bulk.default_connection()
    ops = db.ops
    sql = (f"SELECT m.id FROM {Meeting._meta.db_table} m "
           f"JOIN {SourceDocument._meta.db_table} s ON s.id = m.source_id "
           "WHERE m.body_id = %s AND m.date = %s AND m.record_hash <> %s "
           "AND s.filename = %s AND (s.sha256 IS NULL OR s.sha256 <> %s)")
    params = [body.pk, ops.adapt_datefield_value(day), digest, record.source.filename,
              sha or ""]
    start = _time(record.meeting.start, "meeting.start")
    if start is not None:
        sql += " AND (m.start IS NULL OR m.start = %s)"
        params.append(ops.adapt_timefield_value(start))
    found = bulk.run(sql + " ORDER BY m.id LIMIT 1", params, connection=db)
    return Meeting.objects.select_related("body").get(pk=found[0][0]) if found else None


def _numbers_per_meeting(record: MinutesRecord) -> bool:
    """True when every item number is a plain integer ("1", "2" …), none like "01/24"."""
    numbers = [i.number for i in record.items if i.number]
    return bool(numbers) and all(n.strip().rstrip(".").isdigit() for n in numbers)


def _meeting(record: MinutesRecord, body: Organization | None, source: SourceDocument | None,
             status: str, digest: str) -> Meeting:
    """The meeting row, with the record's words and the life-cycle fields of ``status``."""
    now = timezone.now()
    held = status in (MeetingStatus.APPROVED.value, MeetingStatus.PUBLISHED.value)
    m, nxt = record.meeting, record.next_meeting
    meeting = bulk.insert(Meeting, [{
        "body": body, "body_text": record.body, "organization_text": record.organization,
        "title": record.title, "date": _date(m.date, "meeting.date"),
        "start": _time(m.start, "meeting.start"), "end": _time(m.end, "meeting.end"),
        "location": m.location, "status": status, "locked": held,
        "document_date": _date(record.document_date, "document_date"),
        "kind": record.kind or "other", "source": source,
        "next_date": _date(nxt.date, "next_meeting.date"),
        "next_start": _time(nxt.start, "next_meeting.start"),
        "next_location": nxt.location, "warnings": list(record.warnings),
        "record_hash": digest, "approved_at": now if held else None,
        "published_at": now if status == MeetingStatus.PUBLISHED.value else None}])[0]
    bulk.announce_created(meeting)
    return meeting


def _date(value: str | None, where: str) -> dt.date | None:
    """An ISO 8601 date of the record, or ImportProblem naming the field."""
    if value is None or value == "":
        return None
    try:
        return dt.date.fromisoformat(value)
    except (TypeError, ValueError):
        raise ImportProblem(f"{where} is not an ISO date: {value!r}") from None


def _time(value: str | None, where: str) -> dt.time | None:
    """A HH:MM time of the record, or ImportProblem naming the field."""
    if value is None or value == "":
        return None
    try:
        parsed = dt.time.fromisoformat(value)
    except (TypeError, ValueError):
        raise ImportProblem(f"{where} is not a HH:MM time: {value!r}") from None
    if parsed.second or parsed.microsecond or parsed.tzinfo:
        raise ImportProblem(f"{where} is not a HH:MM time: {value!r}")
    return parsed


def people_for(names: Iterable[str], lookups: Lookups | None = None) -> dict[str, Person]:
    """Normalised name → Person for every non-blank name, creating the new ones.

    Known people come from ``lookups`` — its people index during an import run (after
    catching up with people stored since it was read, when a name looks new), else one
    query; the new ones are inserted in one statement and get their merge suggestions
    from the index (``identity.suggest_new_people``) or from one more query
    (``identity.suggest_person_matches_bulk``): the same pairs either way.
    """
    lookups = lookups or Lookups()
    wanted = {}
    for name in names:
        key = normalize_name(name)
        if key:
            wanted[key] = " ".join(name.split())
    found = {key: lookups.people[key] for key in wanted if key in lookups.people}
    missing = [key for key in wanted if key not in found]
    index = lookups.names() if missing else None
    if index is not None:
        if any(key not in index.people for key in missing):
            index.catch_up()  # new names: first the people stored since the index was read
        for key in missing:
            person = index.get(key)
            if person is not None:
                found[key] = person
    elif missing:
        found.update({p.normalized_name: p
                      for p in Person.objects.filter(normalized_name__in=missing)})
    unknown = [key for key in missing if key not in found]
    if unknown:  # a spelling of someone merged earlier (one query, only for new names)
        found.update(identity.people_by_alias(unknown))
    new = bulk.insert(Person, [{"name": wanted[key], "normalized_name": key}
                               for key in wanted if key not in found])
    if new:
        found.update({p.normalized_name: p for p in new})
        if index is not None:
            identity.suggest_new_people(new, index)
        else:
            identity.suggest_person_matches_bulk(new)
    lookups.people.update(found)
    return found


def _participation_rows(meeting: Meeting, record: MinutesRecord,
                        people: dict[str, Person]) -> list[dict[str, Any]]:
    """One Participation row per named participant, in the record's order."""
    rows = []
    for order, part in enumerate(record.participants):
        person = people.get(normalize_name(part.name))
        if person is None:
            raise ImportProblem(f"participant {order + 1} has no name")
        rows.append({"meeting": meeting, "person": person, "name_text": part.name,
                     "organization_text": part.organization, "role": part.role,
                     "attendance": part.attendance, "note": part.note, "order": order})
    return rows


def _membership_rows(body: Organization, record: MinutesRecord, people: dict[str, Person],
                     lookups: Lookups) -> list[dict[str, Any]]:
    """New Membership rows: participants other than guests are members of the body.

    A stronger role wins: an existing membership read from minutes is upgraded in place
    (rare; ``MembershipQuerySet.reattest`` undoes it when those minutes go). The
    body's memberships are known from the run's lookups (one query per body per run),
    so re-importing a body's tenth meeting writes nothing here; ``_store`` adds the
    rows it inserts to those lookups.
    """
    wanted: dict[int, tuple[Person, str, str | None]] = {}
    for part in record.participants:
        role = identity.MEMBERSHIP_ROLE.get(part.role)
        person = people.get(normalize_name(part.name))
        if role is None or person is None:
            continue
        pk = person.id  # (not ``Model.pk``: a property and a method call per participant)
        known = wanted.get(pk)
        if known is None or _rank(role) > _rank(known[1]):
            wanted[pk] = (person, role, part.organization)
    if not wanted:
        return []
    existing = lookups.memberships(body.pk)
    new_rows = []
    for person_id, (person, role, org_text) in wanted.items():
        known = existing.get(person_id)
        if known is None:
            new_rows.append({"person": person, "body": body, "role": role,
                             "representing": _representing(org_text, lookups),
                             "from_minutes": True})
        elif _rank(role) > _rank(known[1]):
            # (never a role entered by hand: minutes may be deleted, the hand stays;
            # a row of the open batch is still held, and read from minutes)
            if not bulk.update_held(lookups.held, Membership, known[0], {"role": role}):
                Membership.objects.filter(pk=known[0], from_minutes=True).update(role=role)
            existing[person_id] = (known[0], role)
    return new_rows


def _carried_memberships(body: Organization, entries: list[dict[str, Any]],
                         lookups: Lookups) -> None:
    """Give ``body`` the memberships a backup carried, as they were stored: role, whom
    they represent, dates, and whether read from minutes or entered by hand.

    Runs after the body's last record, so the rows its participant lists made are
    there: each entry takes over the person's next such row (oldest first), else is
    added; rows the backup does not name are left alone.
    """
    roles = {r.value for r in MembershipRole}
    people = people_for((str(e.get("person") or "") for e in entries), lookups)
    rows = list(Membership.objects.filter(body=body).order_by("pk"))
    for n, entry in enumerate(entries, start=1):
        where = f"archive.memberships[{n}]"
        person = people.get(normalize_name(str(entry.get("person") or "")))
        role = entry.get("role") or MembershipRole.MEMBER.value
        if person is None or role not in roles:
            raise ImportProblem(f"{where} needs a person and a known role")
        representing = entry.get("representing")
        fields = {"role": role, "from_minutes": entry.get("from_minutes") is True,
                  "representing": lookups.organization_for(str(representing))
                  if representing else None,
                  "start": _date(entry.get("start"), f"{where}.start"),
                  "end": _date(entry.get("end"), f"{where}.end")}
        email = entry.get("email")
        if isinstance(email, str) and email and not person.email:
            person.email = email
            person.save(update_fields=["email"])
        row = next((r for r in rows if r.person_id == person.pk), None)
        if row is None:
            Membership.objects.create(person=person, body=body, **fields)
            continue
        rows.remove(row)
        for name, value in fields.items():
            setattr(row, name, value)
        row.save()
    lookups.members.pop(body.pk, None)  # read again when the run meets the body next


def _carried_facts(meeting: Meeting, facts: dict[str, Any]) -> None:
    """Give a restored meeting what a backup kept of it beyond spec v1
    (``exporter.archive_facts``): how it is held, why it was cancelled (only on a
    cancelled meeting), which closed items' titles are public, and which actions are
    done (with their note and time), found by their item's and their own place."""
    reason = facts.get("cancel_reason") or ""
    if not isinstance(reason, str):
        raise ImportProblem("archive.cancel_reason must be a string")
    if reason.strip() and meeting.status == MeetingStatus.CANCELLED.value:
        Meeting.objects.filter(pk=meeting.pk).update(cancel_reason=reason.strip())
        meeting.cancel_reason = reason.strip()
    modes = {m.value for m in MeetingMode}
    mode, link = facts.get("mode") or "", facts.get("link") or ""
    if mode not in modes | {""} or not isinstance(link, str):
        raise ImportProblem(f"archive.mode must be one of {', '.join(sorted(modes))}")
    if mode or link:
        Meeting.objects.filter(pk=meeting.pk).update(mode=mode, link=link)
        meeting.mode, meeting.link = mode, link
    public_titles = facts.get("public_titles") or []
    if not isinstance(public_titles, list) or not all(
            isinstance(n, int) and not isinstance(n, bool) for n in public_titles):
        raise ImportProblem("archive.public_titles must be a list of item places")
    if public_titles:
        items = list(AgendaItem.objects.filter(meeting=meeting).order_by("order", "pk")
                     .values_list("pk", flat=True))
        AgendaItem.objects.filter(pk__in=[items[n] for n in public_titles
                                          if 0 <= n < len(items)]).update(title_public=True)
    done = facts.get("done") or []
    if not done:
        return
    actions = {}
    for item_n, item in enumerate(AgendaItem.objects.filter(meeting=meeting)
                                  .order_by("order", "pk").prefetch_related("actions")):
        for action_n, action in enumerate(sorted(item.actions.all(),
                                                 key=lambda a: (a.order, a.pk))):
            actions[(item_n, action_n)] = action
    for n, entry in enumerate(done, start=1):
        where = f"archive.done[{n}]"
        if not isinstance(entry, list) or len(entry) != 4:
            raise ImportProblem(f"{where}: expected [item, action, note, done at]")
        action = actions.get((entry[0], entry[1]))
        if action is None:
            raise ImportProblem(f"{where}: no such action")
        try:
            at = dt.datetime.fromisoformat(entry[3]) if entry[3] else None
        except (TypeError, ValueError):
            raise ImportProblem(f"{where}: not an ISO time: {entry[3]!r}") from None
        Action.objects.filter(pk=action.pk).update(
            status=ActionStatus.DONE.value, done_note=str(entry[2] or ""), done_at=at)


def restore_bodies(entries: list[dict[str, Any]], lookups: Lookups | None = None) -> None:
    """Give back, in one transaction, the bodies a backup carried without meetings
    (``archive.bodies``): each as it was stored — the body it is part of, kind,
    numbering, other names, mandate, lead, end date — and its memberships. A body
    already there (same name under the same parent) takes these values; restoring
    twice changes nothing."""
    lookups = lookups or Lookups()
    kinds = {k.value for k in OrganizationKind}
    lookups.new_transaction()
    with transaction.atomic():
        found = []
        for n, entry in enumerate(entries, start=1):
            where = f"archive.bodies[{n}]"
            name = " ".join(str(entry["name"]).split())
            part_of, lead = entry.get("part_of"), entry.get("lead")
            kind = entry.get("kind") or OrganizationKind.BODY.value
            numbering = entry.get("numbering") or PER_YEAR
            if (kind not in kinds or numbering not in (PER_YEAR, PER_MEETING)
                    or not isinstance(entry.get("aliases") or [], list)
                    or not all(isinstance(v, str | None) for v in (part_of, lead))):
                raise ImportProblem(f"{where} needs a known kind and numbering, a list of "
                                    "aliases, and part_of and lead as names or null")
            same = Organization.objects.filter(normalized_name=normalize_name(name))
            same = [o for o in same.select_related("parent").order_by("pk")
                    if normalize_name(o.parent.name if o.parent else "")
                    == normalize_name(part_of or "")]
            body = same[0] if same else Organization(name=name)
            body.kind = kind
            body.numbering = numbering
            body.aliases = [str(a) for a in entry.get("aliases") or []]
            body.mandate = str(entry.get("mandate") or "")
            body.ends_on = _date(entry.get("ends_on"), f"{where}.ends_on")
            body.lead = (people_for([str(lead)], lookups)[normalize_name(str(lead))]
                         if lead else None)
            body.save()
            found.append((body, part_of, entry))
        for body, part_of, entry in found:  # parents now exist, whatever the order
            parent = None
            if part_of:
                parent = next((b for b, _p, _e in found if b is not body
                               and b.normalized_name == normalize_name(part_of)), None)
                parent = parent or lookups.organization_for(part_of)
            if parent != body.parent:
                body.parent = parent
                body.save(update_fields=["parent"])
            memberships = entry.get("memberships") or []
            if not isinstance(memberships, list) or not all(
                    isinstance(m, dict) for m in memberships):
                raise ImportProblem("archive.bodies: memberships is not a list of objects")
            _carried_memberships(body, memberships, lookups)


def _rank(role: str) -> int:
    """How much a membership role says (leader > secretariat > member)."""
    return identity.ROLE_RANK.get(role, 0)


def _representing(text: str | None, lookups: Lookups) -> Organization | None:
    """The organisation a participant represents, when it is one proper name.

    Lower-case words ("sekretariatet", "leder") describe a function, not an
    organisation, and become no organisation row.

    Answered once per text as written and run (``Lookups.represented``, forgotten with
    ``orgs``): every new membership asks, some ten a stored file, and the test of a
    single name (a regular expression over the text) and the normalised name cost
    more than the answer; the same text always gets the same answer within a run.
    """
    represented = lookups.represented
    if text in represented:
        return represented[text]
    found = None
    if identity.simple_name(text) and text.strip()[:1].isupper():
        key = normalize_name(text)
        if key not in lookups.orgs:
            lookups.orgs[key] = lookups.organization_for(text)
        found = lookups.orgs[key]
    represented[text] = found
    return found


def _item_rows(meeting: Meeting, record: MinutesRecord) -> list[dict[str, Any]]:
    """One AgendaItem row per item, its number split into sequence and year."""
    rows = []
    for order, item in enumerate(record.items):
        sequence, year = parse_number(item.number)
        rows.append({"meeting": meeting, "number": item.number, "sequence": sequence,
                     "year": year, "title": item.title, "text": item.text or "",
                     "order": order,
                     "exemption": (item.exemption or "").strip()})
    return rows


def _outcomes(items: list[AgendaItem], record: MinutesRecord, people: dict[str, Person],
              lookups: Lookups | None = None, hold: bool = False) -> None:
    """The items' decisions and actions (one statement on PostgreSQL, two elsewhere;
    with ``hold`` none: they wait in ``lookups.held``, see ``_store``).

    Each item gets its decisions and actions primed (``_prime``) for the listeners.
    """
    responsible = _responsible_people(record, people, lookups)
    decision_rows, action_rows = [], []
    for row, item in zip(items, record.items, strict=True):
        decision_rows += [{"item": row, "text": text, "order": n}
                          for n, text in enumerate(item.decisions)]
        action_rows += [{
            "item": row, "text": action.text, "responsible_text": action.responsible,
            "responsible_person": responsible.get(normalize_name(action.responsible or "")),
            "due": _date(action.due, "items[].actions[].due"), "order": n}
            for n, action in enumerate(item.actions)]
    if hold and lookups is not None:
        decisions = bulk.hold(Decision, decision_rows, lookups.held)
        actions = bulk.hold(Action, action_rows, lookups.held)
    else:
        decisions, actions = bulk.insert_together((Decision, decision_rows),
                                                  (Action, action_rows))
    d = a = 0
    decided, acted = [], []
    for item in record.items:
        decided.append(decisions[d:(d := d + len(item.decisions))])
        acted.append(actions[a:(a := a + len(item.actions))])
    _prime_each(items, "decisions", decided)
    _prime_each(items, "actions", acted)


@functools.lru_cache(maxsize=4096)
def parse_number(number: str | None) -> tuple[int | None, int | None]:
    """(sequence, year) of an item number: "01/22" → (1, 2022), "3" → (3, None).

    Two-digit years are this century; anything else ("3a", "Orienteringer") gives
    (None, None) and the number stays only as written. Kept per number: an import
    splits every item's number, and a run's minutes repeat the same few ("3", "04/25").
    """
    text = (number or "").strip().rstrip(".")
    if text.isdigit():
        return int(text), None
    head, sep, tail = text.partition("/")
    if sep and head.strip().isdigit() and tail.strip().isdigit():
        year = int(tail)
        if len(tail.strip()) == 2:
            year += 2000
        if 1900 <= year <= 2999:
            return int(head), year
    return None, None


def _responsible_people(record: MinutesRecord, people: dict[str, Person],
                        lookups: Lookups | None = None) -> dict[str, Person]:
    """Normalised responsible text → known Person (participants first, then the archive).

    Only known people are linked; "sekretariatet" or "PL" stay text. A lone first name
    ("Kari") links to the one participant with that first name, if exactly one.
    """
    texts = {normalize_name(a.responsible) for i in record.items for a in i.actions
             if a.responsible and normalize_name(a.responsible)}
    if not texts:
        return {}
    found = {key: people[key] for key in texts if key in people}
    rest = {key for key in texts - found.keys() if " " in key}
    index = lookups.names() if rest and lookups is not None else None
    if index is not None:
        if any(key not in index.people for key in rest):
            index.catch_up()
        found.update({key: person for key in rest
                      if (person := index.get(key)) is not None})
    elif rest:
        found.update({p.normalized_name: p
                      for p in Person.objects.filter(normalized_name__in=rest)})
    if unknown := rest - found.keys():  # a spelling of someone merged earlier
        found.update(identity.people_by_alias(unknown))
    lone = [key for key in texts - found.keys() if " " not in key]
    if not lone:  # (most files: every responsible found by full name, or none alone)
        return found
    by_first: dict[str, list[Person]] = {}
    for person in {p.pk: p for p in people.values()}.values():
        tokens = name_tokens(person.name)
        if tokens:
            by_first.setdefault(tokens[0], []).append(person)
    for key in lone:
        if len(by_first.get(key, [])) == 1:
            found[key] = by_first[key][0]
    return found


# --------------------------------------------------------------------------- the run


@dataclass
class _Job:
    """One file on its way through the run: its bytes and what became of it so far."""

    path: Path
    data: bytes | None = None
    sha: str | None = None
    outcome: str | None = None  # set early for unchanged / failed / JSON
    problem: str = ""
    records: list[dict[str, Any]] | None = None
    #: the parse process the file was handed to (``parsing.Parsers.send``)
    worker: parsing.Worker | None = None
    #: (record or problem, record_hash or None, {}) once parsed in this process
    parsed: parsing.Result | None = None

    @property
    def unparsed(self) -> bool:
        """A file still to parse that no worker has (``_dispatch``, ``_steal``)."""
        return (self.outcome is None and self.records is None and self.worker is None
                and self.parsed is None)


def import_paths(paths: list[str], workers: int = 1, *, status: str | None = None,
                 observer: Observer | None = None) -> ImportReport:
    """Import files, folders (recursively) and JSON exports; never raises for bad files.

    ``status`` None stores files as published (and export records with the status the
    export recorded); ``"draft"`` (``motebok import --draft``) stores everything as
    drafts. With ``workers > 1`` parsing runs in that many processes: ``workers - 1``
    parse processes, and this one, which stores the files in the order they were given
    and parses a file itself whenever it would otherwise wait for a result (``_help``).
    Why not ``workers`` parse processes beside this one: on as many cores they and the
    storing process compete for the CPUs, while text parses faster than it is stored,
    so one of them would sit waiting anyway; with slow formats (docx, pdf) this process
    makes up the difference by parsing.
    """
    observer = observer or Observer()
    started = time.perf_counter()
    sqlitelib.lean_for_run()  # (before a progress bar's thread starts)
    files, skipped, missing = collect_paths(paths)
    report = ImportReport(skipped=skipped, failed=list(missing))
    lookups = Lookups(index_people=len(files) > 1)
    workers = min(workers, len(files), MAX_WORKERS_PER_CPU * (os.cpu_count() or 1))
    pool = None
    if workers > 1 and len(files) >= MIN_FILES_FOR_WORKERS:
        # (before the observer, whose progress bar may start a thread: see ``_fork_safe``)
        pool = parsing.take(workers - 1, JOBS_PER_WORKER, signals.record_preparers,
                            fork=_fork_safe())
    else:
        parsing.discard_early()  # ``motebok import`` started them before it knew the files
    observer.start(len(files))
    run = _Run(status, report, observer, lookups,
               _Batch(eager=pool is not None) if len(files) > 1 else None)
    try:
        with bulk.pinned_connection(), sqlite_import_mode(), fewer_collections():
            try:
                _run_files(files, run, pool, max(1, workers))
            except BaseException as exc:  # Ctrl-C, a crash: the open batch goes, whole
                _roll_back(run, exc)
                _abandon(run)
                raise
    finally:
        if pool is not None:
            pool.shutdown()
    report.seconds = time.perf_counter() - started
    return report


def _fork_safe() -> bool:
    """Whether this run's parse processes may be forked from this process
    (``parsing.Parsers``): then they start with the parser this process has imported
    (it parses files too, so it imports the parser in a run of many files anyway)
    instead of each spawning an interpreter that imports it again, about half a second
    of CPU a process and a run.

    Only when no child can share a database connection: Django's connections of this
    thread are closed first (they open again at their next query), and none may be in
    a transaction or stay open (an in-memory SQLite database is never closed); and only
    with no other thread running, whose locks a child would inherit held.
    """
    if "fork" not in multiprocessing.get_all_start_methods() or threading.active_count() != 1:
        return False
    opened = connections.all(initialized_only=True)
    if any(each.in_atomic_block for each in opened):
        return False
    for each in opened:
        each.close()
    return all(each.connection is None for each in opened)


def _run_files(files: list[Path], run: _Run, pool: parsing.Parsers | None, workers: int) -> None:
    """Prepare, parse and store the files in order, up to ``JOBS_PER_WORKER`` per
    parse process (``workers``, this one included) in flight (``_window_full``)."""
    window: deque[_Job] = deque()
    held = 0  # bytes of the window's files
    run.left = len(files)
    for job in _prepared(files):
        window.append(job)
        held += len(job.data or b"")
        _dispatch(window, pool)
        while _window_full(window, held, workers, pool is not None):
            job = window.popleft()
            held -= len(job.data or b"")
            _finish(job, run, window, pool)
            run.left -= 1
    while window:
        _dispatch(window, pool)
        _finish(window.popleft(), run, window, pool)
        run.left -= 1
    if pool is not None:
        pool.release()  # every file is answered: their exit overlaps the commit, checkpoint
    _commit_batch(run)


def _window_full(window: deque[_Job], held: int, workers: int, deep: bool) -> bool:
    """True when the window must shed its oldest file before it takes the next one:
    it holds ``JOBS_PER_WORKER`` files per parse process, or, past
    ``MIN_JOBS_PER_WORKER`` of them, their bytes reach ``WINDOW_BYTES``. Without
    parse workers (not ``deep``) nothing is gained by reading ahead:
    ``MIN_JOBS_PER_WORKER``."""
    if len(window) > workers * (JOBS_PER_WORKER if deep else MIN_JOBS_PER_WORKER):
        return True
    return len(window) > workers * MIN_JOBS_PER_WORKER and held >= WINDOW_BYTES


@contextmanager
def sqlite_import_mode() -> Iterator[None]:
    """On SQLite in WAL mode, write a run of files the cheap way, then tidy up.

    - ``synchronous=NORMAL``: commit without waiting for the disk. Each file commits
      on its own, and a full fsync per commit would cost more than storing the file.
      In WAL mode NORMAL never corrupts the database and never loses a commit when the
      *process* dies (SIGKILL included); only a power cut or OS crash may undo the last
      few commits, and re-running the import puts them back.
    - Fewer checkpoints (``wal_autocheckpoint``): a file's commit touches some 70
      pages, most of them the same index and full-text pages as the file before. A
      checkpoint copies every page once however often the WAL holds it, so copying
      every ``IMPORT_CHECKPOINT_PAGES`` instead of SQLite's 1,000 copies the shared
      pages (and waits for the disk) ten times less often; about an eighth of the
      store time of a long run. The setting goes back and one checkpoint runs at the
      end, so the WAL does not stay large for readers.
    - Statement journals in memory (``temp_store=MEMORY``): inside a transaction every
      multi-row INSERT that could fail half-way keeps the pages it changes in a
      statement journal, so a failing statement can be undone alone. Past 64 kB SQLite
      spills that journal to a temporary file, and an imported file's statements did:
      about 62 pages per file, each written with two ``pwrite`` calls (124 of the 184
      system calls that wrote anything per stored file, counted with ``strace``). The
      journal only ever serves a statement's own rollback, never crash recovery (its
      file is deleted when the process dies), so keeping it in memory changes no
      durability; it is emptied after each statement, so its memory stays one
      statement's pages. The setting goes back at the end like the others.
    - A larger page cache (``cache_size``, ``IMPORT_CACHE_KIB``; SQLite's default is
      2 MB): a batch of files dirties more pages than 2 MB hold, so SQLite spilled
      them to the WAL before the commit (and wrote them again at it), and read the
      indexes' pages back from the file for the next files. With 16 MB, 1,000
      generated text files made 45,000 ``pwrite`` and 9,600 ``pread`` calls instead of
      57,000 and 25,000 (64 MB: the same as 16). Back to the connection's own size at
      the end.
    """
    if not _sqlite_wal():
        yield
        return
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA synchronous=NORMAL")
        before = cursor.execute("PRAGMA wal_autocheckpoint").fetchone()[0]
        temp_store = cursor.execute("PRAGMA temp_store").fetchone()[0]
        cache_size = cursor.execute("PRAGMA cache_size").fetchone()[0]
        cursor.execute(f"PRAGMA wal_autocheckpoint={IMPORT_CHECKPOINT_PAGES}")
        cursor.execute(f"PRAGMA temp_store={IMPORT_TEMP_STORE}")
        cursor.execute(f"PRAGMA cache_size=-{IMPORT_CACHE_KIB}")
    try:
        yield
    finally:
        with connection.cursor() as cursor:
            cursor.execute(f"PRAGMA wal_autocheckpoint={int(before)}")
            cursor.execute(f"PRAGMA temp_store={int(temp_store)}")
            cursor.execute(f"PRAGMA cache_size={int(cache_size)}")
            cursor.execute("PRAGMA wal_checkpoint(PASSIVE)")


#: The cyclic collector's threshold for new objects during an import run (Python's is
#: 700; ``fewer_collections``): a young pass per some ten thousand new container objects
#: instead of several per stored file. What waits for a pass is only cyclic garbage.
RUN_GC_THRESHOLD = 10_000


@contextmanager
def fewer_collections() -> Iterator[None]:
    """While an import run lasts, let the cyclic garbage collector skip the objects that
    were there before it (``gc.freeze``: Django's and the modules' 70,000 objects); they
    go back at the end.

    Why: its full passes walked all of them again and again. Over 300 stored text
    files one such pass took 0.05 of the storing process's 1.09 s of CPU, and a long
    run makes more as its own objects pile up; every other pass together took about
    0.03 s. Frozen, the full passes walk only the run's own objects. (A higher
    threshold for new objects was tried too: fewer young passes, each longer, the same
    0.02–0.03 s in all.) Counted in instructions, though, the young passes do cost:
    each walks every container object alive at the time, and a file's working set
    (its record, the rows and instances it writes, the index's entries) lives through
    several passes at Python's threshold of 700 new objects. With ``RUN_GC_THRESHOLD``
    the storing process spent 7.290 → 7.154 million instructions a file (−1.9 %;
    2,000: 7.220, 50,000: 7.132). Nothing is left uncollected: the rows a file writes are freed
    by reference counting once it is stored, cycles among new objects are collected as
    before, and anything of the frozen objects that became garbage is collected after
    the run. Parse workers are spawned, not forked, so this does not reach them.
    """
    gc.freeze()
    thresholds = gc.get_threshold()
    gc.set_threshold(RUN_GC_THRESHOLD, *thresholds[1:])
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)
        gc.unfreeze()


def _sqlite_wal() -> bool:
    """True when the database is SQLite in WAL mode (a file; tests' in-memory ones are not)."""
    if connection.vendor != "sqlite":
        return False
    with connection.cursor() as cursor:
        return str(cursor.execute("PRAGMA journal_mode").fetchone()[0]).lower() == "wal"


def _prepared(files: list[Path]) -> Iterator[_Job]:
    """The run's files, each read (``_read``) and its way decided (``_mark_unchanged``)
    a group of up to ``LOOKUP_FILES`` files or ``LOOKUP_BYTES`` at a time, so that one
    statement looks up the group's sha256s."""
    group: list[_Job] = []
    size = 0
    for path in files:
        job = _read(path)
        group.append(job)
        size += len(job.data or b"")
        if len(group) >= LOOKUP_FILES or size >= LOOKUP_BYTES:
            yield from _mark_unchanged(group)
            group, size = [], 0
    yield from _mark_unchanged(group)


def _prepare(path: Path) -> _Job:
    """Read one file and decide its way: JSON records, unchanged, or parse."""
    return _mark_unchanged([_read(path)])[0]


def _mark_unchanged(jobs: list[_Job]) -> list[_Job]:
    """The read files, those whose bytes the archive holds marked "unchanged" (one
    look-up for all of them, ``_sources_known``); the rest are JSON records, failed, or
    to parse."""
    to_look_up = [job for job in jobs if job.sha is not None]
    known = _sources_known([job.sha for job in to_look_up]) if to_look_up else set()
    for job in to_look_up:
        if job.sha in known:
            job.outcome, job.data = "unchanged", None
    return jobs


def _read(path: Path) -> _Job:
    """A file's bytes and, unless it failed or holds JSON records, their sha256."""
    job = _Job(path)
    try:
        job.data = path.read_bytes()
    except OSError as exc:
        job.outcome, job.problem = "failed", (exc.strerror or "cannot be read").lower()
        return job
    try:
        job.records = json_records(job.data, path.name)
    except ImportProblem as exc:
        job.outcome, job.problem = "failed", str(exc)
        return job
    if job.records is None:
        job.sha = hashlib.sha256(job.data).hexdigest()
    return job


def _dispatch(window: deque[_Job], pool: parsing.Parsers | None) -> None:
    """Hand the window's files still to parse to the workers, oldest first, while a
    started worker has room (the rest wait, or this process parses them)."""
    if pool is None:
        return
    for job in window:
        if job.unparsed:
            job.worker = pool.send(str(job.path), job.path.name)
            if job.worker is None:
                return


def _sources_known(shas: list[str]) -> set[str]:
    """Which of these sha256s the archive holds a file of (one indexed look-up).

    One statement for a group of files (``_prepared``): one a file was about a
    statement in eight of a text file's import. Plain SQL because it runs for every
    group, and the ORM takes longer to build the query than the database takes to
    answer it.
    """
    wanted = list(dict.fromkeys(shas))
    marks = ", ".join(["%s"] * len(wanted))
    return {row[0] for row in bulk.run(f"SELECT sha256 FROM {SourceDocument._meta.db_table} "
                                       f"WHERE sha256 IN ({marks})", wanted)}


@dataclass
class _Run:
    """What every step of one ``import_paths`` run shares."""

    status: str | None
    report: ImportReport
    observer: Observer
    lookups: Lookups
    #: parsed files waiting to be stored together (None: each file on its own)
    batch: _Batch | None = None
    #: files of the run not finished yet (``_run_files``), for ``_parser_pays``
    left: int = 0


@dataclass
class _Batch:
    """Parsed files of a run stored in one transaction, committed together.

    Why: a commit writes every page the transaction touched, and consecutive files
    touch mostly the same pages (the indexes, the full-text index's newest segment):
    one commit per batch writes each of them once, and the full-text index builds one
    segment per batch instead of one per file. Measured on SQLite, storing a generated
    txt file took about 15 % less CPU.

    When parse workers run (``eager``), each file is written as soon as its result is
    in: writing a whole batch at once left the workers idle meanwhile (their pipes
    hold a few files) and this process waiting for them afterwards. When a result is
    not in within ``STEAL_AFTER``, the transaction is committed before this process
    waits on or parses a file itself, so it never holds the database's write lock
    while a slow file is parsed; shorter waits (a slow format's steady pace) keep
    the batch open, or every file would commit on its own. Without workers this
    process parses between the files, so their records wait and are written
    together when the batch is due.

    A file that cannot be stored must still fail alone, so a batch that fails is
    rolled back whole and its files are stored again one by one (``_fail_batch``);
    after that the batches start small again (``limit``).
    """

    #: write each file at once (parse workers run) instead of when the batch is due
    eager: bool = False
    #: (file, its record, its ``record_hash`` when a worker made it, what the worker
    #: prepared for the listeners)
    jobs: list[tuple[_Job, MinutesRecord, str | None, dict[str, Any]]] = field(
        default_factory=list)
    #: how many of ``jobs`` are written in the open transaction
    written: int = 0
    #: the batch's transaction while it is open (``transaction.atomic()``, entered)
    atomic: Any = None
    started: float = 0.0
    #: bytes of the source files in ``jobs`` (``BATCH_BYTES``)
    size: int = 0
    #: files the next batch may hold: 1 after a failed batch, doubling up to BATCH_FILES
    limit: int = field(default_factory=lambda: BATCH_FILES)

    def add(self, job: _Job, record: MinutesRecord, digest: str | None,
            prepared: dict[str, Any]) -> None:
        """Queue one parsed file."""
        if not self.jobs:
            self.started = time.perf_counter()
            self.size = 0
        self.jobs.append((job, record, digest, prepared))
        self.size += len(job.data) if job.data is not None else 0

    def due(self) -> bool:
        """True when the batch is full (files or bytes) or its first file has waited
        long enough."""
        return bool(self.jobs) and (len(self.jobs) >= self.limit or self.size >= BATCH_BYTES
                                    or time.perf_counter() - self.started >= BATCH_SECONDS)


def _finish(job: _Job, run: _Run, window: deque[_Job] | None = None,
            pool: parsing.Parsers | None = None) -> None:
    """Store a prepared file (or its JSON records) and note the outcome in the report;
    in a batched run a parsed file joins the batch and is noted when that commits.

    ``window``: the files prepared after this one, for ``_parsed`` to help the workers.
    """
    name = str(job.path)
    run.observer.current(name)
    if job.records is not None:
        _commit_batch(run)  # the files before it go in first, as the order was given
        run.observer.done(name, _restore(job, run.status, run.report, run.lookups))
        return
    if job.outcome is None:
        batch = run.batch
        if batch is not None and batch.atomic is not None and _parser_loaded():
            _help(job, window, pool, STEAL_IN_BATCH_BYTES)  # the batch stays open meanwhile
        if batch is not None and (batch.due() or (
                batch.atomic is not None and not _ready(job, pool, STEAL_AFTER))):
            _commit_batch(run)  # before a long wait for a slow parse, not after it
        parsed, digest, prepared = _parsed(job, window, pool, STEAL_IN_BATCH_BYTES if (
            batch is not None and batch.atomic is not None) else None, run.left)
        if isinstance(parsed, str):
            job.outcome, job.problem = "failed", parsed
        elif batch is not None:
            batch.add(job, parsed, digest, prepared)
            if batch.eager:
                _write_waiting(run)
            if batch.due():
                _commit_batch(run)
            return
        else:
            job.outcome, job.problem = _store_file(parsed, job.data, run.status,
                                                   run.lookups, digest, prepared)
    _note(job, run)


def _ready(job: _Job, pool: parsing.Parsers | None, wait: float = 0.0) -> bool:
    """True when the file's parse result can be had without parsing here, at once or
    within ``wait`` seconds."""
    if job.parsed is not None:
        return True
    return pool is not None and job.worker is not None and pool.done(job.worker, wait)


def _note(job: _Job, run: _Run) -> None:
    """Put a finished file's outcome in the report and tell the observer."""
    name = str(job.path)
    job.data = None
    if job.outcome == "imported":
        run.report.imported.append(name)
    elif job.outcome == "unchanged":
        run.report.unchanged.append(name)
    else:
        run.report.failed.append((name, job.problem))
    run.observer.done(name, job.outcome)


def _write_waiting(run: _Run) -> bool:
    """Write the batch's files not written yet, in its transaction (opened first).

    False when one could not be stored: the batch was then rolled back and stored
    again file by file (``_fail_batch``).
    """
    batch = run.batch
    assert batch is not None
    if batch.atomic is None:
        run.lookups.new_transaction()
        batch.atomic = transaction.atomic()
        batch.atomic.__enter__()
    status = run.status or MeetingStatus.PUBLISHED.value
    # (SQLite: each statement costs CPU here; PostgreSQL sends a file's in few round trips)
    hold = bulk.default_connection().vendor == "sqlite"
    while batch.written < len(batch.jobs):
        job, record, digest, prepared = batch.jobs[batch.written]
        try:
            _store(record, job.data, status, digest or record_hash(record), job.sha,
                   run.lookups, orphans=False, prepared=prepared, hold=hold)
        except (ImportProblem, DatabaseError) as exc:
            _fail_batch(run, exc)
            return False
        batch.written += 1
    return True


def _commit_batch(run: _Run) -> None:
    """Write what waits of the batch and commit it, noting its files as imported; when
    a file or the commit fails, the batch is stored again file by file."""
    batch = run.batch
    if batch is None or not batch.jobs or not _write_waiting(run):
        return
    try:
        _committing(run.lookups)
    except (ImportProblem, DatabaseError) as exc:
        _fail_batch(run, exc)
        return
    atomic, batch.atomic = batch.atomic, None
    try:
        atomic.__exit__(None, None, None)
    except DatabaseError:  # (the atomic block has rolled back)
        run.lookups.forget()
        _replay(run)
        return
    except BaseException:
        _abandon(run)
        raise
    batch.limit = min(BATCH_FILES, batch.limit * 2)
    jobs, batch.jobs, batch.written = batch.jobs, [], 0
    for job, *_stored in jobs:
        job.outcome = "imported"
        _note(job, run)


def _fail_batch(run: _Run, exc: BaseException) -> None:
    """Roll the batch back and store its files one by one, so a bad file fails alone
    with its own message and the good ones go in."""
    _roll_back(run, exc)
    _replay(run)


def _roll_back(run: _Run, exc: BaseException) -> None:
    """Roll the open batch back, if any (``exc``: why); what the run cached of its
    rows is forgotten with it."""
    batch = run.batch
    if batch is not None and batch.atomic is not None:
        atomic, batch.atomic = batch.atomic, None
        atomic.__exit__(type(exc), exc, exc.__traceback__)
    run.lookups.forget()  # what the rolled-back files added is gone again


def _abandon(run: _Run) -> None:
    """Drop the batch's files after a rollback that ends the run (Ctrl-C, a crash)."""
    run.lookups.forget()
    if run.batch is not None:
        run.batch.jobs, run.batch.written = [], 0


def _replay(run: _Run) -> None:
    """Store each file of a rolled-back batch in its own transaction and note it."""
    batch = run.batch
    assert batch is not None
    batch.limit = 1
    jobs, batch.jobs, batch.written = batch.jobs, [], 0
    for job, record, digest, prepared in jobs:
        job.outcome, job.problem = _store_file(record, job.data, run.status,
                                               run.lookups, digest, prepared)
        _note(job, run)


def _parsed(job: _Job, window: deque[_Job] | None, pool: parsing.Parsers | None,
            most_bytes: int | None = None, files_left: int = 0) -> parsing.Result:
    """The file's record (or problem), with its ``record_hash`` and the preparers'
    results when a worker made them.

    When a worker is still on this file, this process does not sit idle: it parses
    files of the window that no worker has (``_help``), at once when it has the parser
    imported, else once importing it pays (``_parser_pays``). That keeps the pipeline
    going when the workers fall behind (slow formats, a dead worker, and text too: one
    worker beside this process parses a text file in more time than this process
    stores it) and costs nothing when they keep up: their results are then ready.
    ``most_bytes``: only files up to that size (a batch's transaction is open);
    ``files_left``: files of the run not finished yet.
    """
    if job.parsed is not None:
        return job.parsed
    if job.worker is not None and pool is not None:
        if _parser_loaded() or _parser_pays(job, pool, files_left):
            _help(job, window, pool, most_bytes)  # (the first one imports the parser)
        found = pool.result(job.worker, job.sha)
        if found is not None:
            return found
    return parse_job(job.data, job.path.name), None, {}


def _parser_pays(job: _Job, pool: parsing.Parsers, files_left: int) -> bool:
    """Whether this process, about to wait for a worker's result, should import the
    parser (0.3–0.45 s of CPU) and parse files itself from now on.

    - While the workers are still starting, when at least ``PARSE_HERE_FROM_FILES``
      files are left: the wait lasts about as long as the import, so the import
      costs no time on free cores, and the run has this process's help throughout.
    - Once the waits for started workers add up to ``PARSER_IMPORT_SECONDS`` (the
      rent-or-buy rule: idle as long as the import costs, then buy) and this result is
      not in at once. Every wait counts, short ones too: a worker that is a
      millisecond behind on every text file (it parses one in more time than this
      process stores one) never made a result 50 ms late, so this process used to
      wait some 40 % of a long text run away instead of parsing.
    A short run whose worker keeps up waits less than the import costs, so it does not
    pay it.
    """
    if not pool.started():
        return files_left >= PARSE_HERE_FROM_FILES
    if pool.waited >= PARSER_IMPORT_SECONDS:
        return not pool.done(job.worker)
    return not pool.done(job.worker, wait=STEAL_AFTER) and pool.waited >= PARSER_IMPORT_SECONDS


def _help(job: _Job, window: deque[_Job] | None, pool: parsing.Parsers | None,
          most_bytes: int | None = None) -> None:
    """While the worker's result for ``job`` is not in, parse files of the window that
    no worker has (``_steal``; ``most_bytes``: only files up to that size).

    Callers help at once when this process has the parser imported (``_parser_loaded``);
    before that, importing it costs 0.3–0.45 s of CPU, so ``_parsed`` helps only once
    that pays (``_parser_pays``). Once the parser is here, a wait for a worker still
    starting is a wait like any other.
    """
    if job.worker is None or pool is None or not window:
        return
    while not pool.done(job.worker) and _steal(window, most_bytes):
        pass


def _parser_loaded() -> bool:
    """True when this process has imported the parser (parsed a file, or the command
    imported it), so parsing a file here costs only the parse."""
    return "motebok.parse" in sys.modules


def _steal(window: deque[_Job], most_bytes: int | None = None) -> bool:
    """Parse here the last file of the window that no worker has (and, with
    ``most_bytes``, of at most that many bytes); False if none.

    The last one, because the workers are handed files in order: the first ones are
    the likeliest to be handed out by the time they are needed.
    """
    for job in reversed(window):
        if job.unparsed and (most_bytes is None or len(job.data or b"") <= most_bytes):
            record = parse_job(job.data, job.path.name)
            job.parsed = (record, None, parsing.prepare(record, _local_preparers()))
            return True
    return False


def _local_preparers() -> dict[str, parsing.Preparer]:
    """The listeners' ``record_preparers`` as functions in this process, for the files
    it parses in place of a worker: their results are then looked up when stored, as
    for a worker's files, instead of worked out in the middle of storing."""
    key = tuple(sorted(signals.record_preparers.items()))
    if key not in _PREPARERS:
        _PREPARERS[key] = parsing.load_preparers(signals.record_preparers)
    return _PREPARERS[key]


#: ``_local_preparers`` by the registered paths
_PREPARERS: dict[tuple[tuple[str, str], ...], dict[str, parsing.Preparer]] = {}


def _store_file(record: MinutesRecord, data: bytes, status: str | None,
                lookups: Lookups, digest: str | None = None,
                prepared: dict[str, Any] | None = None) -> tuple[str, str]:
    """(outcome, problem) of storing one parsed file (checked new by ``_prepare``);
    ``digest`` and ``prepared``: its ``record_hash`` and the preparers' results when a
    worker made them."""
    try:
        _meeting, created = store_record_outcome(
            record, data, status=status or MeetingStatus.PUBLISHED.value, lookups=lookups,
            known_new=True, digest=digest, prepared=prepared)
    except ImportProblem as exc:
        return "failed", str(exc)
    except DatabaseError as exc:
        return "failed", f"could not be stored ({first_line(exc)})"
    return ("imported" if created else "unchanged"), ""


def _restore(job: _Job, status: str | None, report: ImportReport, lookups: Lookups) -> str:
    """Restore each record of an export file on its own; failures name the record.

    Returns the file's overall outcome for the progress display.
    """
    name = str(job.path)
    failed_before = len(report.failed)
    many = len(job.records or []) > 1
    if many:  # a backup of many meetings is a run of many documents: index them
        lookups.index_people = True
    for n, data in enumerate(job.records or [], start=1):
        label = f"{name} [record {n}]" if many else name
        try:
            record = MinutesRecord.from_dict(data)
            chosen = status or _archive_status(data) or MeetingStatus.PUBLISHED.value
            _meeting, created = store_record_outcome(
                record, None, status=chosen, lookups=lookups,
                memberships=_archive_memberships(data), facts=_archive_facts(data))
        except (ImportProblem, ValueError) as exc:
            report.failed.append((label, str(exc)))
            continue
        except (TypeError, AttributeError):
            report.failed.append((label, "not a minutes record of schema_version 1"))
            continue
        except DatabaseError as exc:
            report.failed.append((label, f"could not be stored ({first_line(exc)})"))
            continue
        (report.imported if created else report.unchanged).append(label)
        try:
            restore_bodies(_archive_bodies(data), lookups)
        except ImportProblem as exc:
            report.failed.append((label, str(exc)))
        except DatabaseError as exc:
            report.failed.append((label, f"archive.bodies could not be stored "
                                         f"({first_line(exc)})"))
    job.records = None
    return "failed" if len(report.failed) > failed_before else "imported"
