"""Signal receivers that keep the search index in step with the archive."""

from __future__ import annotations

from typing import Any

#: The search index's key in ``motebok.archive.signals.record_preparers``.
PREPARED_KEY = "search"
#: Its preparer, by dotted path (imported in parse workers, which never start Django).
PREPARER = "motebok.search.prepare:prepare_record"


def on_meeting_saved(sender: Any, meeting: Any, **kwargs: Any) -> None:
    """Re-index a meeting; runs inside the import transaction, so both commit together.

    ``run`` (an import's state for listeners, see ``signals.meeting_saved``) lets the
    index remember what earlier documents of the run wrote; ``prepared`` holds what a
    parse worker made ahead for it (``PREPARED_KEY``: ``motebok.search.prepare``).
    """
    from motebok.search.service import index_meeting

    prepared = (kwargs.get("prepared") or {}).get(PREPARED_KEY)
    index_meeting(meeting, created=bool(kwargs.get("created", False)), run=kwargs.get("run"),
                  prepared=prepared)


def on_import_committing(sender: Any, run: dict[str, Any], **kwargs: Any) -> None:
    """Write the index rows an import held back for its transaction (``service.write_held``),
    before it commits."""
    from motebok.search.service import write_held

    write_held(run)


def on_meeting_deleted(sender: Any, meeting_id: int, **kwargs: Any) -> None:
    """Forget a deleted meeting (its entries may already be gone by cascade)."""
    from motebok.search.service import unindex_meeting

    unindex_meeting(meeting_id)


def on_archive_restored(sender: Any, **kwargs: Any) -> None:
    """Index every restored meeting: a backup holds the archive, not its index, so the
    index is made by this code's rules, whatever version wrote the backup."""
    from motebok.search.service import rebuild

    rebuild()


def on_meeting_post_save(sender: Any, instance: Any, created: bool = False,
                         raw: bool = False, **kwargs: Any) -> None:
    """Keep filter tags (status, body, year) right when a meeting is saved, e.g. published."""
    if created or raw:
        return
    from motebok.search.service import refresh_tags

    refresh_tags(instance)
