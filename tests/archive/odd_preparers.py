"""Record preparers for the importer's tests, importable by a parse worker (no Django)."""

from __future__ import annotations

from motebok.record import MinutesRecord


def body(record: MinutesRecord) -> str | None:
    """A preparer whose result travels back: the record's body."""
    return record.body


def unpicklable(record: MinutesRecord) -> object:
    """A preparer whose result cannot be sent back through the pipe."""
    return lambda: record.body


def django_loaded(record: MinutesRecord) -> bool:
    """A preparer telling whether the worker process has imported Django."""
    import sys

    return any(name == "django" or name.startswith("django.") for name in sys.modules)
