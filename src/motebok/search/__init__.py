"""Norwegian full-text search over the archive (SQLite FTS5 or PostgreSQL).

The public interface::

    from motebok.search import search
    page = search("rekruttering", user=request.user, body="regionradet", year=2022)
    for hit in page.hits:
        hit.meeting, hit.item, hit.kind, hit.snippet, hit.rank

plus ``index_meeting(meeting)``, ``unindex_meeting(meeting_id)`` and ``rebuild()``
(also ``motebok reindex``). The backend is chosen by the database vendor; both give the
same hits for the same query. Hits whose every word matched as a word or stem come
first, ranked by relevance, where a heading (a meeting title, an item's number and
title) naming the words weighs most; then hits that needed a word part, those with the
words in their heading first, then newest first. The functions import the models lazily because this
package is imported while Django is still loading apps.
"""

from __future__ import annotations

from typing import Any

from motebok.search.results import KINDS, Hit, SearchPage

__all__ = ["KINDS", "Hit", "SearchPage", "index_meeting", "rebuild", "search",
           "unindex_meeting"]


def search(query: str, *, user: Any, body: int | str | None = None, year: int | None = None,
           person: int | None = None, kind: str | None = None, page: int = 1,
           per_page: int = 20) -> SearchPage:
    """Search the meetings ``user`` may see; any query text is accepted, never an error.

    ``body`` is an organisation id or slug, ``year`` the meeting year, ``person`` a
    participant's id, ``kind`` one of ``KINDS`` (only meeting titles, items, decisions
    or actions; another value finds nothing). Pages start at 1; a page past the end
    gives the last page.
    Hits holding a word only inside a longer word come after all the others and are
    read only by a page that reaches them; before, ``SearchPage.lower_bound`` says the
    total counts the others alone ("at least").
    """
    from motebok.search import service

    return service.search(query, user=user, body=body, year=year, person=person, kind=kind,
                          page=page, per_page=per_page)


def index_meeting(meeting: Any) -> int:
    """(Re)index one meeting with its items, decisions and actions; return entry count."""
    from motebok.search import service

    return service.index_meeting(meeting)


def unindex_meeting(meeting_id: int) -> None:
    """Remove one meeting from the index (safe when it was never indexed)."""
    from motebok.search import service

    service.unindex_meeting(meeting_id)


def rebuild() -> int:
    """Empty the index and index every meeting again; return the number of entries."""
    from motebok.search import service

    return service.rebuild()
