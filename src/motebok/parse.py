"""One entry point from a file to its minutes record: read, then extract.

Used by ``motebok parse`` and by the archive's import, so both see the same record.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from motebok.errors import ReadError
from motebok.extract import extract
from motebok.read import content_format, format_for, read_bytes
from motebok.record import MinutesRecord, Source


def parse_bytes(data: bytes, filename: str | None, fmt: str | None = None) -> MinutesRecord:
    """The minutes record of a file's bytes; ReadError when they cannot be read.

    ``fmt`` overrides the format the name's ending says; bytes without a name (standard
    input) are read as ``fmt`` or, without it, as their content shows (``content_format``).
    """
    fmt = fmt or (format_for(filename) if filename is not None else content_format(data))
    document = read_bytes(data, fmt)
    source = Source(filename=_base_name(filename) if filename is not None else None,
                    sha256=hashlib.sha256(data).hexdigest(), format=fmt)
    record = extract(document.blocks, source)
    if document.warnings:  # what the reader could not read comes first
        record.warnings[:0] = document.warnings
    return record


def _base_name(filename: str) -> str:
    """``Path(filename).name``; a plain name (the usual case) is its own, no Path needed."""
    if isinstance(filename, str) and "/" not in filename and filename != ".":
        return filename
    return Path(filename).name


def parse_path(path: str | Path, fmt: str | None = None) -> MinutesRecord:
    """The minutes record of a file on disk (read as ``fmt`` when given, else as its
    name's ending says); ReadError for missing or unreadable files."""
    path = Path(path)
    if path.exists() and not path.is_file() and not path.is_dir():
        raise ReadError("not a regular file")  # a named pipe would wait for a writer
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise ReadError("no such file") from None
    except IsADirectoryError:
        raise ReadError("is a directory") from None
    except PermissionError:
        raise ReadError("permission denied") from None
    except OSError as exc:
        raise ReadError(exc.strerror or "cannot be read") from None
    return parse_bytes(data, path.name, fmt)
