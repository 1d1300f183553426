"""``motebok restore FILE.zip``: give back an archive that ``motebok backup`` wrote.

Only into an empty archive, in one transaction, with the search index rebuilt; a file
that is not such a backup (or is damaged, or newer than this motebok) is one line on
stderr and exit code 2, the database untouched. See ``motebok.archive.backup``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from motebok.archive import backup
from motebok.archive.database import describe_database


class Command(BaseCommand):
    help = "Restore a backup written by motebok backup into an empty archive."
    requires_migrations_checks = True  # the motebok command sets up a new archive first

    def add_arguments(self, parser: CommandParser) -> None:
        """FILE: the zip to read."""
        parser.add_argument("file", metavar="FILE", help="a backup written by motebok backup")

    def handle(self, *args: Any, **options: Any) -> None:
        """Restore, then say what came back and where."""
        report = backup.restore_backup(Path(options["file"]))
        if options["verbosity"] > 0:
            self.stdout.write(f"Restored {report.summary()} from {options['file']} "
                              f"into {describe_database()}")
