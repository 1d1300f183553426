"""What a search returns: one page of hits. Plain dataclasses, so callers (web pages,
the API, the CLI) can use them without knowing which database backend answered."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

from django.utils.safestring import SafeString

#: The kinds of index entry a hit can be (``Hit.kind``).
KIND_TITLE = "title"
KIND_ITEM = "item"
KIND_DECISION = "decision"
KIND_ACTION = "action"
KINDS = (KIND_TITLE, KIND_ITEM, KIND_DECISION, KIND_ACTION)


@dataclass(frozen=True)
class Hit:
    """One matching piece of a meeting.

    ``snippet`` is HTML: the text was escaped first and only then wrapped in ``<mark>``
    tags, so it is safe to put in a page as it is. ``rank`` is higher for better hits.
    """

    meeting: Any  # motebok.archive.models.Meeting (body selected)
    item: Any | None  # motebok.archive.models.AgendaItem, None for a meeting title
    kind: str
    snippet: SafeString
    rank: float
    exact: bool = True  # False when a word matched only as part of a longer word


@dataclass(frozen=True)
class SearchPage:
    """One page of ranked hits plus what a pager needs."""

    query: str
    hits: list[Hit] = field(default_factory=list)
    total: int = 0
    page: int = 1
    per_page: int = 20
    terms: tuple[str, ...] = ()
    #: True when there are more hits than ``total``: very common words are counted only
    #: up to a limit (show "more than {total} hits"); the pages hold the first ``total``.
    capped: bool = False
    #: True when the word-part hits (tier 1, which follow every whole-word hit) were not
    #: read because the whole-word hits fill this page: ``total`` counts those alone and
    #: there may be more (show "at least {total} hits"); a page reaching past them counts
    #: the rest. ``pages`` is then the pages known so far, always more than ``page``.
    lower_bound: bool = False

    @property
    def pages(self) -> int:
        """How many pages the whole result has (0 when there is no hit)."""
        return math.ceil(self.total / self.per_page) if self.total else 0

    @property
    def has_next(self) -> bool:
        """Whether a page after this one holds hits."""
        return self.page < self.pages

    @property
    def has_previous(self) -> bool:
        """Whether a page before this one holds hits."""
        return self.page > 1 and self.pages > 0

    @property
    def next_page_number(self) -> int | None:
        """The next page's number, or None on the last page."""
        return self.page + 1 if self.has_next else None

    @property
    def previous_page_number(self) -> int | None:
        """The previous page's number, or None on the first page."""
        return self.page - 1 if self.has_previous else None

    @property
    def start_index(self) -> int:
        """1-based position of the first hit on this page (0 when empty)."""
        return (self.page - 1) * self.per_page + 1 if self.hits else 0

    @property
    def end_index(self) -> int:
        """1-based position of the last hit on this page (0 when empty)."""
        return self.start_index + len(self.hits) - 1 if self.hits else 0
