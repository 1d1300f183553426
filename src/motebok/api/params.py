"""Query-parameter readers: each returns a clean value or raises ``BadParameter``.

A typo in a filter (``?year=2O24``) must not silently return everything, so a value
that is present but unusable is a 400 with the parameter named, not ignored.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.http import QueryDict

from motebok.api.http import BadParameter


def text(query: QueryDict, name: str) -> str | None:
    """A free-text parameter; empty or blank means 'not given'."""
    value = query.get(name, "").strip()
    return value or None


def integer(query: QueryDict, name: str, minimum: int | None = None,
            maximum: int | None = None) -> int | None:
    """An integer parameter, or None when absent; junk, too small or too large is a 400."""
    raw = text(query, name)
    if raw is None:
        return None
    try:
        value = int(raw)
    except ValueError:
        raise BadParameter(f"parameter {name!r} must be an integer, not {raw!r}") from None
    if minimum is not None and value < minimum:
        raise BadParameter(f"parameter {name!r} must be at least {minimum}, not {value}")
    if maximum is not None and value > maximum:
        raise BadParameter(f"parameter {name!r} must be at most {maximum}, not {value}")
    return value


def year(query: QueryDict) -> int | None:
    """A calendar year, 1 to 9999: the years a date can hold (the database cannot
    compare a date with year 0 or 10000, which was a server error)."""
    return integer(query, "year", minimum=1, maximum=9999)


def page(query: QueryDict) -> int:
    """The 1-based page number (default 1)."""
    value = integer(query, "page", minimum=1)
    return 1 if value is None else value


def choice(query: QueryDict, name: str, allowed: Iterable[str]) -> str | None:
    """One of a fixed set of values, or None when absent."""
    raw = text(query, name)
    if raw is None:
        return None
    options = list(allowed)
    if raw not in options:
        raise BadParameter(f"parameter {name!r} must be one of {', '.join(options)}; not {raw!r}")
    return raw
