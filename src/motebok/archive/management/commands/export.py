"""``motebok export --format json [--output FILE] [--body BODY] [--status S]``: every
meeting as minutes records, or those of some bodies and statuses.

The output is a JSON array of spec v1 records (plus the ``archive`` key with each
meeting's status) — the backup format ``motebok import`` restores. With ``--output``
the file is written next to its final name and renamed, so an interrupted export never
leaves a truncated backup behind.
"""

from __future__ import annotations

import json
import os
import stat
import tempfile
from pathlib import Path
from typing import IO, Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import DatabaseError

from motebok.archive import exporter
from motebok.archive.database import DatabaseUnavailable, describe_database, ensure_database
from motebok.archive.importer import first_line
from motebok.archive.models import Organization
from motebok.errors import MotebokError
from motebok.vocab import MeetingStatus


class ExportError(MotebokError):
    """The export cannot be written (one line for the user)."""


def write_json_array(records: Any, out: IO[str]) -> int:
    """Stream ``records`` as a pretty JSON array; the number written."""
    count = 0
    out.write("[")
    for data in records:
        out.write(",\n" if count else "\n")
        out.write(json.dumps(data, ensure_ascii=False, indent=2))
        count += 1
    out.write("\n]\n" if count else "]\n")
    return count


def file_mode(path: Path) -> int:
    """The permission bits of ``path`` when it exists, else those the umask gives a new
    file (``open(path, "w")``)."""
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


class Command(BaseCommand):
    help = ("Print every stored meeting as minutes records (JSON, spec v1): the backup "
            "format; --body and --status keep some bodies' meetings, or some statuses.")

    def add_arguments(self, parser: CommandParser) -> None:
        """--format json, --output FILE, --body BODY, --status STATUS."""
        parser.add_argument("--format", choices=["json"], default="json",
                            help="output format (json: an array of minutes records)")
        parser.add_argument("--output", "-o", metavar="FILE",
                            help="write to FILE instead of standard output")
        parser.add_argument("--body", action="append", metavar="BODY",
                            help="only this body's meetings: its name, another name or "
                                 "its slug (repeat for more bodies)")
        parser.add_argument("--status", action="append",
                            choices=[status.value for status in MeetingStatus],
                            help="only meetings of this status (repeat for more)")

    def handle(self, *args: Any, **options: Any) -> None:
        """Export to stdout or, atomically, to the output file."""
        self.stderr.style_func = None
        if ensure_database() and options["verbosity"] > 0:
            # A new, empty archive: most likely a mistyped DATABASE_URL or data folder,
            # whose "[]" would otherwise pass for a backup.
            self.stderr.write(f"Prepared a new archive: {describe_database()} "
                              "(nothing to export yet)")
        try:
            bodies = (None if options["body"] is None
                      else [org.pk for org in exporter.bodies_named(options["body"])])
        except LookupError as exc:
            raise CommandError(f"export: {exc}", returncode=1) from None
        statuses = None if options["status"] is None else sorted(set(options["status"]))
        whole = exporter.whole_backup(bodies, statuses)
        records = exporter.iter_export(None, bodies=bodies, statuses=statuses)
        target = options["output"]
        try:
            if not target or target == "-":
                count = write_json_array(records, self.stdout._out)
            else:
                count = self.write_file(Path(target), records)
        except DatabaseError as exc:
            raise DatabaseUnavailable(f"the database failed ({describe_database()}): "
                                      f"{first_line(exc)}") from None
        if options["verbosity"] > 0 and target and target != "-":
            self.stderr.write(f"Exported {count} meeting{'' if count == 1 else 's'} to {target}")
        if not whole:
            if count == 0 and options["verbosity"] > 0:
                self.stderr.write("motebok: no meeting of the bodies and statuses asked for")
            return
        if count == 0 and Organization.objects.bodies().exists():
            # A backup carries bodies on a meeting's record: without any, it has none.
            self.stderr.write("motebok: no meeting to carry the bodies: this backup "
                              "holds none of them (export again once a meeting is planned)")

    def write_file(self, path: Path, records: Any) -> int:
        """Write to a temporary file beside ``path`` and rename it into place."""
        folder = path.parent if str(path.parent) else Path(".")
        try:
            handle, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=folder)
        except OSError as exc:
            raise ExportError(f"{path}: {(exc.strerror or 'cannot be written').lower()}") \
                from None
        try:
            # mkstemp's file is private (0600); the backup gets the mode a plainly written
            # file would have, or that of the backup it replaces.
            os.chmod(tmp, file_mode(path))
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                count = write_json_array(records, out)
            os.replace(tmp, path)
        except OSError as exc:
            Path(tmp).unlink(missing_ok=True)
            raise ExportError(f"{path}: {(exc.strerror or 'cannot be written').lower()}") \
                from None
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        return count

