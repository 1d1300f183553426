"""Signals the archive sends so other apps (search) can follow it without being imported.

Layering: ``search`` depends on ``archive``, never the reverse, so the archive announces
changes and whoever cares listens.

- ``meeting_saved`` (kwarg ``meeting``): sent after a meeting and all its participants,
  items, decisions and actions are stored, *inside* the same transaction, so a listener's
  writes commit or roll back together with the meeting. An import also passes
  ``created=True`` and ``run``: a dict that lives as long as the import run, where a
  listener may keep what it learnt from earlier documents (under its own key; what it
  learns from a document's writes must only count once they commit —
  ``transaction.on_commit``).
- ``meeting_deleted`` (kwarg ``meeting_id``): sent when a meeting row is deleted.
"""

from __future__ import annotations

from django.dispatch import Signal

meeting_saved = Signal()
meeting_deleted = Signal()
