"""``motebok reindex``: rebuild the full-text search index from the archive."""

from __future__ import annotations

import time

from django.core.management.base import BaseCommand

from motebok.search.service import rebuild


class Command(BaseCommand):
    help = "Rebuild the full-text search index from every meeting in the archive."
    requires_migrations_checks = True  # the motebok command sets up a new archive first

    def handle(self, *args, **options) -> None:
        """Rebuild and say how much was indexed and how long it took."""
        started = time.perf_counter()
        count = rebuild()
        elapsed = time.perf_counter() - started
        self.stdout.write(f"Indexed {count} search entries in {elapsed:.1f} s.")
