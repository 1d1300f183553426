"""Norwegian full-text search over the archive (SQLite FTS5 or PostgreSQL)."""
from django.apps import AppConfig
from django.db.models.signals import post_save


class SearchConfig(AppConfig):
    name = "motebok.search"
    label = "search"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        """Keep the index in step with the archive: index on save, drop on delete; let
        an import's parse workers prepare the index words; rebuild the index (left out of
        backups) after a restore."""
        from motebok.archive import signals
        from motebok.archive.models import Meeting
        from motebok.search import handlers

        signals.meeting_saved.connect(handlers.on_meeting_saved,
                                      dispatch_uid="motebok.search.meeting_saved")
        signals.import_committing.connect(handlers.on_import_committing,
                                          dispatch_uid="motebok.search.import_committing")
        signals.meeting_deleted.connect(handlers.on_meeting_deleted,
                                        dispatch_uid="motebok.search.meeting_deleted")
        post_save.connect(handlers.on_meeting_post_save, sender=Meeting,
                          dispatch_uid="motebok.search.meeting_post_save")
        signals.record_preparers[handlers.PREPARED_KEY] = handlers.PREPARER
        signals.archive_restored.connect(handlers.on_archive_restored,
                                         dispatch_uid="motebok.search.archive_restored")
        signals.rebuilt_on_restore.add("search.searchentry")
