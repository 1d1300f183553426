"""``motebok backup FILE.zip``: every table and stored file of the archive in one zip.

The zip is what ``motebok restore`` needs to give an administrator the archive back
after a disk failure (layout in ``motebok.archive.backup``); it is written beside its
final name and renamed into place.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandParser
from django.db import DatabaseError

from motebok.archive import backup
from motebok.archive.database import DatabaseUnavailable, describe_database
from motebok.archive.importer import first_line


class Command(BaseCommand):
    help = ("Write the whole archive (every table, user accounts, original files and "
            "attachments) to one zip that motebok restore reads.")
    requires_migrations_checks = True  # the motebok command sets up a new archive first

    def add_arguments(self, parser: CommandParser) -> None:
        """FILE: the zip to write."""
        parser.add_argument("file", metavar="FILE", help="the backup to write (a .zip)")

    def handle(self, *args: Any, **options: Any) -> None:
        """Write the backup and say what it holds; name the files that were missing."""
        self.stderr.style_func = None
        try:
            report = backup.write_backup(Path(options["file"]))
        except DatabaseError as exc:
            raise DatabaseUnavailable(f"the database failed ({describe_database()}): "
                                      f"{first_line(exc)}") from None
        for name in report.missing:
            self.stderr.write(f"motebok: stored file {name} is missing; the backup "
                              "holds its row without it")
        if options["verbosity"] > 0:
            self.stdout.write(f"Backed up {report.summary()} from {describe_database()} "
                              f"to {options['file']}")
