"""The search index: one row per searchable piece of a meeting.

The same table serves both backends. ``words`` holds the normalised tokens made by
``motebok.search.text`` (so both databases see identical words); ``text`` is the
original text the snippets are cut from; ``tags`` holds the meeting's filter tokens
(status, body, year, participants — see ``motebok.search.service.meeting_tags``), so
visibility and filters are applied inside the full-text query itself. The
backend-specific parts are created by the migrations only on their own database:

- SQLite: a contentless FTS5 table ``search_fts`` (words, Norwegian stems, tags, and
  the stems of the heading for ranking; ``unicode61 remove_diacritics 0``), keyed by
  entry id and made from the entry's columns (two SQLite-only ones, ``stems`` and
  ``head_stems``, keep the stems it was given: see ``schema.ENTRY_STEMS_COLUMNS``), plus
  ``search_vocabulary`` (every indexed word once) with an FTS5 ``trigram`` index for
  compound parts, and triggers that remove or remake an entry's FTS row when it goes
  or its words, stems or tags change.
- PostgreSQL: generated ``tsv`` (``to_tsvector('norwegian', words) ||
  to_tsvector('simple', words)``, after the heading's Norwegian lexemes at weight A for
  ranking) and ``tagv`` columns with GIN indexes, plus ``search_vocabulary`` (every
  indexed word once) with a ``pg_trgm`` GIN index for compound parts.
"""

from __future__ import annotations

from django.db import models

from motebok.search.results import KINDS


class SearchEntry(models.Model):
    """One indexed meeting title, agenda item, decision or action."""

    meeting = models.ForeignKey("archive.Meeting", on_delete=models.CASCADE,
                                related_name="search_entries")
    item = models.ForeignKey("archive.AgendaItem", on_delete=models.CASCADE, null=True,
                             blank=True, related_name="search_entries")
    kind = models.CharField(max_length=16, choices=[(k, k) for k in KINDS])
    tags = models.TextField(default="")
    text = models.TextField()
    words = models.TextField()
    #: The index words of the entry's heading (a meeting title, an item's number and
    #: title; empty for decisions and actions): a hit there ranks above one in the text.
    head = models.TextField(default="", blank=True)

    class Meta:
        verbose_name = "search entry"
        verbose_name_plural = "search entries"

    def __str__(self) -> str:
        return f"{self.kind} of meeting {self.meeting_id}: {self.text[:40]}"
