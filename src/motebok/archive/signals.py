"""Signals the archive sends so other apps (search) can follow it without being imported.

Layering: ``search`` depends on ``archive``, never the reverse, so the archive announces
changes and whoever cares listens.

- ``meeting_saved`` (kwarg ``meeting``): sent after a meeting and all its participants,
  items, decisions and actions are stored, *inside* the same transaction, so a listener's
  writes commit or roll back together with the meeting. An import also passes
  ``created=True`` and ``run``: a dict that lives as long as the import run, where a
  listener may keep what it learnt from earlier documents (under its own key). The
  importer empties ``run`` whenever one of its transactions rolls back, so what a
  listener notes there about its own writes is true for as long as the dict holds it
  (an import stores many files in one transaction, so waiting for the commit would
  note nothing until the batch ends).
  It also passes ``prepared``: what the ``record_preparers`` made of the record in a
  parse worker, by key (empty when the file was parsed in this process).
  A listener reads the rows from the meeting (``meeting.participations.all()``,
  ``item.decisions.all()`` …: primed, no query); in a batch of files on SQLite the
  participants, decisions and actions are written only at the batch's commit (before
  ``import_committing``), so until then they have no id and a new query on them
  (``filter`` …) does not find them.
- ``import_committing`` (kwarg ``run``, the same dict): sent by an import inside each
  of its transactions, just before it commits (a batch of files, or one file). A
  listener that held back writes for the run, to send them once per transaction instead
  of once per file, writes them now; a rollback empties ``run`` and so drops them.
- ``meeting_deleted`` (kwarg ``meeting_id``): sent when a meeting row is deleted.

``record_preparers`` (key → "module:function"): work a listener wants done on each
record *before* it is stored, in the import's parse processes, where CPU is to spare
(the storing process is the import's bottleneck). The function takes a
``MinutesRecord`` and returns a picklable value; it must be importable without Django
(parse processes never start it). Its result is only a head start: a listener must
give the same outcome without it.

- ``archive_restored``: sent at the end of ``motebok restore`` (``archive.backup``),
  inside its transaction, once every table and file is back: a listener rebuilds what
  it derives from the archive (the search index).

``rebuilt_on_restore``: labels (``app.model``) of tables a listener derives from the
archive and rebuilds on ``archive_restored``; a backup leaves them out.
"""

from __future__ import annotations

from django.dispatch import Signal

meeting_saved = Signal()
import_committing = Signal()
meeting_deleted = Signal()
archive_restored = Signal()
record_preparers: dict[str, str] = {}
rebuilt_on_restore: set[str] = set()
