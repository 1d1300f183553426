"""SQLite's library-wide settings for an import run: no mutexes a run does not need.

Why: Python's ``sqlite3`` opens every connection in SQLite's *serialized* threading
mode, so each call into a connection, statement or B-tree takes and releases a mutex,
and with memory statistics on (SQLite's default) so does every allocation SQLite makes.
The storing process of ``motebok import`` makes some 4,000 such calls per stored file:
about 0.37 million instructions of its 9.65 million (callgrind, ``benchmarks/import.py
--store-only``). In *multi-thread* mode a connection only must not be used by two
threads at the same time — which Django already guarantees, a connection belonging to
the thread that opened it — and without memory statistics SQLite does not count its
allocations (nothing in motebok reads them, nor sets a heap limit).

Both are library-wide settings that SQLite takes only while it is shut down, i.e. with
no connection open anywhere in the process. So ``lean_for_run`` changes them only
when it can prove that: a single thread, no Django connection in a transaction (the
default one is closed and opens again at the next query), and SQLite's own count of
the memory it holds at zero (every open connection holds some). Otherwise it leaves
everything as it is, as in tests, whose database stays open. The rows written are the
same either way; a run's durability is SQLite's journal's, which this does not touch.
The change lasts for the rest of the process: ``motebok import`` ends with its run.
"""

from __future__ import annotations

import ctypes
import threading
from typing import Any

from django.db import connection, connections

#: ``sqlite3_config`` options (sqlite3.h).
SQLITE_CONFIG_MULTITHREAD = 2
SQLITE_CONFIG_MEMSTATUS = 9
SQLITE_OK = 0

#: Whether this process's SQLite library has been set up by ``lean_for_run``.
_LEAN = [False]


def _library() -> Any | None:
    """The SQLite library Python's ``sqlite3`` uses (looked up through its extension
    module, so a copy linked into it is found too), or None when it cannot be reached."""
    try:
        import _sqlite3

        lib = ctypes.CDLL(_sqlite3.__file__)
        for name in (
            "sqlite3_memory_used",
            "sqlite3_shutdown",
            "sqlite3_config",
            "sqlite3_initialize",
        ):
            getattr(lib, name)
    except (ImportError, OSError, AttributeError):
        return None
    lib.sqlite3_memory_used.restype = ctypes.c_int64
    return lib


def lean_for_run() -> bool:
    """Put SQLite in multi-thread mode without memory statistics for the rest of the
    process, when it is safe now (see the module); True when it is (now or before).

    Closes Django's idle SQLite connections of this thread first (they open again at
    their next query); refuses while one is in a transaction.
    """
    if _LEAN[0]:
        return True
    if connection.vendor != "sqlite" or threading.active_count() != 1:
        return False
    opened = connections.all(initialized_only=True)
    if any(c.vendor != "sqlite" or c.in_atomic_block for c in opened):
        return False
    lib = _library()
    if lib is None:
        return False
    for each in opened:
        each.close()  # (an in-memory database is kept open: counted below)
    if lib.sqlite3_memory_used() != 0:  # a connection is still open somewhere
        return False
    if lib.sqlite3_shutdown() != SQLITE_OK:
        return False
    lib.sqlite3_config(SQLITE_CONFIG_MULTITHREAD)
    lib.sqlite3_config(SQLITE_CONFIG_MEMSTATUS, ctypes.c_int(0))
    if lib.sqlite3_initialize() != SQLITE_OK:  # pragma: no cover (out of memory)
        raise MemoryError("SQLite could not be initialised again")
    _LEAN[0] = True
    return True
