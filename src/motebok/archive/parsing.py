"""The parse step of an import, free of Django so worker processes can run it.

Worker processes are started with ``spawn``, never ``fork``: a forked child would share
the parent's open database socket, and its exit could close the parent's connection.
A spawned child imports only this module and the parser, not Django.

What a worker can do without the database it does, so the process that stores (the
pipeline's bottleneck) does less: parse, and fingerprint the record (``record_hash``).
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from typing import Any

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


def parse_and_hash(data: bytes, name: str) -> tuple[MinutesRecord | str, str | None]:
    """``parse_job`` and the record's ``record_hash`` (None for a problem): a worker's job."""
    parsed = parse_job(data, name)
    return parsed, (record_hash(parsed) if isinstance(parsed, MinutesRecord) else None)


def start_worker() -> None:
    """Set a parse worker up: import the parser (about half a second) before any file
    arrives, so that ``warm_up`` finishing means the worker parses at full speed."""
    import motebok.parse  # noqa: F401


def warm_up() -> bool:
    """Nothing: it finishes once a worker has run ``start_worker``, which tells the
    importer that files sent now are parsed at once (it parses them itself until then)."""
    return True


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
    if found is not None and len(found) == count:  # every field is set by __init__
        return found
    return {f.name: getattr(value, f.name) for f in dataclasses.fields(value)}


#: dataclass → its number of fields (``_fields_of``)
_FIELD_COUNTS: dict[type, int] = {}
