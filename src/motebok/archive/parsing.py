"""The parse step of an import, free of Django so worker processes can run it.

Worker processes are started with ``spawn``, never ``fork``: a forked child would share
the parent's open database socket, and its exit could close the parent's connection.
A spawned child imports only this module and the parser, not Django.
"""

from __future__ import annotations

from motebok.errors import MotebokError
from motebok.record import MinutesRecord


def parse_job(data: bytes, name: str) -> MinutesRecord | str:
    """Parse one file's bytes: the record, or the one-line problem (never raises)."""
    from motebok.parse import parse_bytes

    try:
        return parse_bytes(data, name)
    except MotebokError as exc:
        return str(exc)
    except Exception as exc:  # a reader library failing on a broken file
        return f"cannot be read ({type(exc).__name__})"
