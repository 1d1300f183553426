"""The parse step of an import, free of Django so worker processes can run it.

Worker processes are started with ``spawn``, or forked (``fork=True``) only when the
caller has made sure no child can share its database connection (``Parsers``): a child
forked while a connection is open would share the parent's database socket, and its exit
could close the parent's connection. A spawned child imports only this module and the
parser, not Django; a forked one has them already, which is why it is forked when it can
be: a spawned interpreter importing the parser costs about half a second of CPU a run.

What a worker can do without the database it does, so the process that stores (the
pipeline's bottleneck) does less: parse, fingerprint the record (``record_hash``), and
run the listeners' ``record_preparers`` (``motebok.archive.signals``).
"""

from __future__ import annotations

import contextlib
import copyreg
import dataclasses
import gc
import hashlib
import importlib
import json
import multiprocessing
import os
import pickle
import signal
import time
from collections.abc import Callable, Mapping, Sequence
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from motebok.errors import MotebokError
from motebok.record import Item, MinutesRecord

#: The record's classes, which every worker's answer is made of, pickled as one-byte
#: codes (``copyreg``'s extension registry; 240–255 are for private use, never given
#: out by Python). Why: the pipe pickles each answer on its own, so without a code the
#: storing process looks each class up again for every file (an import of its module
#: and an attribute read: some 5,800 instructions), seven classes a file; a code is
#: found in the unpickler's own cache. Both sides import this module before a first
#: answer (the worker runs ``serve``), and a code pickles the same class.
ANSWER_CLASSES = ("MinutesRecord", "Source", "Meeting", "NextMeeting", "Participant",
                  "Action", "Item")
#: The search preparer's answer class (``motebok.search.prepare.Prepared``), one a file,
#: given the next code the same way. Registering a code imports nothing: the class is
#: looked up once, at the first answer that holds it, and kept in ``copyreg``'s cache.
PREPARED_CLASS = ("motebok.search.prepare", "Prepared")


def _register_answer_classes() -> None:
    """``ANSWER_CLASSES`` and ``PREPARED_CLASS`` given their codes (again: the same code
    for the same class)."""
    for code, name in enumerate(ANSWER_CLASSES, start=240):
        copyreg.add_extension("motebok.record", name, code)
    copyreg.add_extension(*PREPARED_CLASS, 240 + len(ANSWER_CLASSES))


_register_answer_classes()


def parse_job(data: bytes, name: str) -> MinutesRecord | str:
    """Parse one file's bytes: the record, or the one-line problem (never raises)."""
    from motebok.parse import parse_bytes

    try:
        return parse_bytes(data, name)
    except MotebokError as exc:
        return str(exc)
    except Exception as exc:  # a reader library failing on a broken file
        return f"cannot be read ({type(exc).__name__})"


def parse_and_hash(data: bytes, name: str) -> tuple[MinutesRecord | str, str | None]:
    """``parse_job`` and the record's ``record_hash`` (None for a problem)."""
    parsed = parse_job(data, name)
    return parsed, (record_hash(parsed) if isinstance(parsed, MinutesRecord) else None)


Preparer = Callable[[MinutesRecord], Any]


def load_preparers(paths: Mapping[str, str]) -> dict[str, Preparer]:
    """The ``record_preparers`` (key → "module:function") as functions; one that cannot
    be imported is left out (its listener then does the work itself)."""
    found = {}
    for key, path in paths.items():
        module, _, name = path.partition(":")
        try:
            found[key] = getattr(importlib.import_module(module), name)
        except Exception:  # not importable here (e.g. it needs Django): no head start
            continue
    return found


def prepare(record: MinutesRecord | str, preparers: Mapping[str, Preparer]) -> dict[str, Any]:
    """What each preparer makes of a parsed record, by key; a preparer that fails is
    left out, since its result is only a head start and must never fail the file."""
    if not isinstance(record, MinutesRecord):
        return {}
    made = {}
    for key, function in preparers.items():
        try:
            made[key] = function(record)
        except Exception:
            continue
    return made


#: A parse outcome as the storing process gets it: the record (or the file's one-line
#: problem), its ``record_hash`` and the preparers' results (both empty when the file
#: was parsed in the storing process itself).
Result = tuple[MinutesRecord | str, str | None, dict[str, Any]]

#: A worker's first message: it has imported the parser and takes files now.
READY = "ready"
#: The problem of the file a worker was parsing when its process stopped (crashed,
#: killed): the run goes on without that worker, and a re-run retries the file.
STOPPED = "cannot be read (the parse process stopped)"


def serve(conn: Connection) -> None:
    """A parse worker's loop: import the parser, receive the ``record_preparers``
    (key → "module:function") and load them, say ``READY``, then for each (path, name)
    received send back (record or problem, record_hash, sha256 of the bytes read, what
    the preparers made of the record); ``None`` or a closed pipe ends it.

    The preparers come as the first message, not as an argument of the process: a
    worker started before Django (``start_early``) imports the parser while the
    storing process sets Django up, and only then are the listeners registered.

    Files go by path, not by content: a message of a few bytes never fills the pipe,
    so the storing process never waits to send one, whatever the file's size. The
    sha256 lets it check that the worker read the bytes it is about to store.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is for the importer to handle
    import motebok.parse  # noqa: F401  (about half a second; before saying READY)

    # What is alive now (the parser's modules and patterns; a forked worker's whole
    # inheritance) lives as long as the worker: kept out of the cyclic collector's full
    # passes, which would walk it again and again (and copy a forked worker's pages).
    gc.freeze()

    try:
        preparer_paths = conn.recv()
    except EOFError:
        return
    if preparer_paths is None:
        return
    preparers = load_preparers(preparer_paths)
    conn.send(READY)
    while True:
        try:
            message = conn.recv()
        except EOFError:
            return
        if message is None:
            return
        path, name = message
        try:
            data = Path(path).read_bytes()
        except OSError:
            conn.send((None, None, None, {}))
            continue
        parsed, digest = parse_and_hash(data, name)
        answer = (parsed, digest, hashlib.sha256(data).hexdigest())
        try:
            conn.send((*answer, prepare(parsed, preparers)))
        except (pickle.PicklingError, TypeError, AttributeError):  # a preparer's odd value
            conn.send((*answer, {}))


def serve_forked(conn: Connection, parent_ends: Sequence[Connection]) -> None:
    """``serve`` in a forked worker, once it has closed its copies of the storing
    process's pipe ends (its own and its elder siblings'): a worker sees its pipe end,
    and so stops, only when no process holds the other end any more, so a copy kept
    here would keep it, and its siblings, waiting for ever after the storing process
    died. ``terminate`` must stop it whatever handler the storing process set for its
    own SIGTERM, so that goes back to the default."""
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    for end in parent_ends:
        with contextlib.suppress(OSError):
            end.close()
    serve(conn)


class Worker:
    """One parse process, the pipe to it and how many files it has not answered yet.

    ``alive``: it takes files. ``lost``: its pipe has ended, so no answer comes any
    more (the first file asked for after that is the one it died on).
    """

    def __init__(self, context: Any, others: Sequence[Connection] = ()) -> None:
        """Start the process; ``others``: the pipe ends to the workers started before
        it, which a forked child closes (``serve_forked``)."""
        self.conn, theirs = context.Pipe()
        if context.get_start_method() == "fork":
            target, args = serve_forked, (theirs, [*others, self.conn])
        else:
            target, args = serve, (theirs,)
        self.process = context.Process(target=target, args=args, daemon=True)
        self.process.start()
        theirs.close()
        self.ready = False
        self.alive = True
        self.lost = False
        self.pending = 0
        #: asked to stop (``Parsers.release``): takes no more files
        self.released = False


class Parsers:
    """A run's parse processes, each fed through a pipe of its own; results in order.

    Why not ``concurrent.futures.ProcessPoolExecutor``: when one of its processes
    dies (a reader library crashing on a hostile file, the kernel's out-of-memory
    killer), every pending future fails with ``BrokenProcessPool``, the run stops, and
    nothing tells which file did it, so a re-run stops at the same place. Here a
    worker answers its files in the order it got them, and the importer asks for
    results in the order it handed files out, so the next message from a worker is
    always the result it wants, and the file a worker died on is known: it fails on
    its own (``STOPPED``) and the run goes on. (Speed is not the reason: the pool's
    helper threads cost the storing process about as much CPU as the pipe work it now
    does itself.) Files are handed out from the start; until a worker has started (a
    spawned interpreter importing the parser: about half a second) the importer waits
    for it rather than import the parser itself, which would cost the storing process
    as much CPU as the wait and, on a busy machine, more.
    """

    #: seconds the caller has waited for results of started workers (``done`` with a
    #: wait, ``result``): how far behind they are, their start-up not counted
    waited: float = 0.0

    def __init__(self, workers: int, per_worker: int,
                 preparers: Mapping[str, str] | None = None, *, told: bool = True,
                 fork: bool = False) -> None:
        """Start ``workers`` processes; with ``told`` (the default) send them the
        preparers at once, else (``start_early``) later, by ``tell``.

        ``fork``: fork them from this process, which imports the parser (and the
        preparers) first, so they start at once, with nothing to import; only for a
        caller that holds no database connection open and runs no other thread
        (``importer._fork_safe``). Else they are spawned, each a fresh interpreter
        importing the parser (about half a second of CPU) while this process goes on.
        """
        if fork:
            import motebok.parse  # noqa: F401  (once, here, for every worker)

            load_preparers(preparers or {})  # (their modules imported: the same)
            context = multiprocessing.get_context("fork")
        else:
            context = multiprocessing.get_context("spawn")
        #: "fork" or "spawn": how the workers were started
        self.start_method: str = context.get_start_method()
        self.workers: list[Worker] = []
        for _ in range(workers):
            self.workers.append(Worker(context, [w.conn for w in self.workers]))
        self.per_worker = per_worker
        self.told = False
        if told:
            self.tell(preparers)

    def tell(self, preparers: Mapping[str, str] | None) -> None:
        """Send each worker the preparers, its first message; it loads them, then
        says ``READY`` (one that died meanwhile is found lost when read)."""
        self.told = True
        for worker in self.workers:
            try:
                worker.conn.send(dict(preparers or {}))
            except OSError:
                worker.alive = False

    def started(self) -> bool:
        """True once every live worker has started (imported the parser and said
        ``READY``), and one at least. Until then a worker that is late is still
        starting, not behind: the importer waits rather than import the parser itself.
        """
        live = [w for w in self.workers if w.alive]
        return bool(live) and all(self._started(w) for w in live)

    @staticmethod
    def _started(worker: Worker, wait: bool = False) -> bool:
        """Whether the worker has said ``READY`` (read now if it has; with ``wait``,
        waited for). A worker whose pipe ends first never started: lost."""
        if not worker.ready and not worker.lost:
            try:
                if wait or worker.conn.poll():
                    worker.ready = worker.conn.recv() == READY
            except (EOFError, OSError):
                worker.alive, worker.lost = False, True
        return worker.ready and not worker.lost

    def send(self, path: str, name: str) -> Worker | None:
        """Hand a file to the least busy worker with room (started or not: a starting
        worker reads it once it has); None when none has room."""
        free = [w for w in self.workers
                if w.alive and not w.released and w.pending < self.per_worker]
        if not free:
            return None
        worker = min(free, key=lambda w: w.pending)
        try:
            worker.conn.send((os.path.abspath(path), name))
        except OSError:  # it died: what it answered before can still be read
            worker.alive = False
            return None
        worker.pending += 1
        return worker

    def done(self, worker: Worker, wait: float = 0.0) -> bool:
        """True when the worker's next result can be read without waiting (``wait``:
        or within that many seconds, when the worker has started)."""
        try:
            if worker.lost:
                return True
            if not self._started(worker):
                return False
            if not wait:
                return worker.conn.poll()
            start = time.perf_counter()
            try:
                return worker.conn.poll(wait)
            finally:
                self.waited += time.perf_counter() - start
        except OSError:
            return True

    def result(self, worker: Worker, sha: str | None) -> Result | None:
        """The worker's next result, for the file whose bytes have this sha256:
        (record or problem, record_hash, prepared). ``STOPPED`` for the file it died on; None
        when the caller should parse the file itself (the worker never started or had
        died before this file, could not read it, or read other bytes: the file
        changed meanwhile)."""
        started = worker.ready  # a wait for a worker still starting is not its lag
        if not self._started(worker, wait=True):
            return None
        try:
            if started and not worker.conn.poll():
                start = time.perf_counter()
                worker.conn.poll(None)  # (its end, too, makes it readable)
                self.waited += time.perf_counter() - start
            parsed, digest, read, prepared = worker.conn.recv()
        except (EOFError, OSError):
            worker.alive, worker.lost = False, True
            return STOPPED, None, {}
        worker.pending -= 1
        return (parsed, digest, prepared) if read is not None and read == sha else None

    def release(self) -> None:
        """Ask the idle workers to stop, without waiting for them (``shutdown`` waits).

        The importer calls this once every file is answered, before its last commit
        and the WAL checkpoint: a worker's exit (a spawned interpreter tearing down)
        then runs beside them instead of after them. A worker asked once is not asked
        again."""
        for worker in self.workers:
            if worker.alive and not worker.pending and self.told and not worker.released:
                worker.released = True
                with contextlib.suppress(OSError):
                    worker.conn.send(None)

    def shutdown(self) -> None:
        """Stop the workers: asked to when idle, at once when files are still out
        (after an error or Ctrl-C their answers are not wanted) or when they were never
        told the preparers (started early, then not taken: still starting, no work)."""
        self.release()
        for worker in self.workers:
            if worker.pending or not worker.alive or not self.told:
                worker.process.terminate()  # (a dead one: a no-op)
            worker.process.join(timeout=5)
            if worker.process.is_alive():
                worker.process.terminate()
                worker.process.join()
            worker.conn.close()


#: Starting worker processes costs about a second; below this many files it does not pay.
MIN_FILES_FOR_WORKERS = 24
#: Files of a run for which the storing process imports the parser while its workers
#: start (``importer._parser_pays``). It then has the parser anyway, so its workers are
#: best forked from it once it has (``Parsers(fork=True)``): they start with nothing to
#: import. ``motebok import`` spawns its workers before Django (``start_early``) only
#: for shorter runs, whose storing process does not import the parser at all.
PARSE_HERE_FROM_FILES = 200
#: Parse processes at most per CPU: ``--workers 5000`` must not start five thousand
#: processes (parsing is CPU-bound: more than a few per CPU only costs memory).
MAX_WORKERS_PER_CPU = 4


def default_workers() -> int:
    """Parse processes by default (``motebok import --workers``): one per CPU, at most
    four."""
    return max(1, min(os.cpu_count() or 1, 4))


#: Parse processes started before Django by ``start_early``, waiting for the importer.
_early: list[Parsers] = []


def start_early(workers: int) -> None:
    """Start ``workers`` parse processes now, before the caller sets Django up, so
    their start-up (a spawned interpreter importing the parser: about half a second of
    CPU) overlaps Django's and the database's in the storing process instead of
    following it. ``take`` hands them to the import run; ``discard_early`` stops them
    when none takes them (an argument error, a database that cannot be opened)."""
    discard_early()
    if workers > 0:
        _early.append(Parsers(workers, 1, told=False))


def take(workers: int, per_worker: int, preparers: Mapping[str, str] | None,
         *, fork: bool = False) -> Parsers:
    """The run's parse processes: those ``start_early`` started when they are as
    many as wanted, told the preparers; else new ones (the early ones stopped),
    forked when ``fork`` (see ``Parsers``)."""
    early = _early.pop() if _early else None
    if early is not None and len(early.workers) == workers:
        early.per_worker = per_worker
        early.tell(preparers)
        return early
    if early is not None:
        early.shutdown()
    return Parsers(workers, per_worker, preparers, fork=fork)


def discard_early() -> None:
    """Stop the parse processes ``start_early`` started and no run took."""
    while _early:
        _early.pop().shutdown()


def record_hash(record: MinutesRecord) -> str:
    """A fingerprint of the record's content: the same record stored twice is one meeting.

    The canonical JSON of ``record.to_dict()`` with sorted keys. The encoder reads the
    dataclasses' fields itself (``_fields_of``) instead of ``to_dict``'s deep copy: the
    same text (key order does not matter once sorted) for a third of the time.
    """
    canonical = json.dumps(record, default=_fields_of, sort_keys=True, ensure_ascii=False,
                           separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def _fields_of(value: Any) -> dict[str, Any]:
    """A dataclass instance of the record as a dict of its fields (for ``json.dumps``).

    The instance's own ``__dict__`` when it holds exactly the fields (the usual case:
    the same dict, without building one per object); else the fields one by one.
    """
    count = _FIELD_COUNTS.get(type(value))
    if count is None:
        if not dataclasses.is_dataclass(value) or isinstance(value, type):
            raise TypeError(f"{type(value).__name__} is not part of a minutes record")
        count = _FIELD_COUNTS[type(value)] = len(dataclasses.fields(value))
    found = getattr(value, "__dict__", None)
    if found is None or len(found) != count:  # (every field is set by __init__)
        found = {f.name: getattr(value, f.name) for f in dataclasses.fields(value)}
    if type(value) is Item and found["exemption"] is None:
        # an open item: without motebok's extra key, as ``to_dict`` writes it (and as
        # every record was fingerprinted before there was one)
        return {key: field for key, field in found.items() if key != "exemption"}
    return found


#: dataclass → its number of fields (``_fields_of``)
_FIELD_COUNTS: dict[type, int] = {}
