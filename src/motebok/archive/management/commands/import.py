"""``motebok import PATH...``: minutes files, folders and JSON exports into the archive.

Progress (count, rate, current file) goes to stderr when it is a terminal; the summary
to stdout; every failure is one ``FILE: problem`` line on stderr. Exit 0 when
everything went in (or was already there), 1 when some file failed.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandParser
from django.db import DatabaseError
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TextColumn,
    TimeElapsedColumn,
)
from rich.table import Column
from rich.text import Text

from motebok.archive import importer, parsing
from motebok.archive.database import DatabaseUnavailable, describe_database, ensure_database
from motebok.errors import shown_name
from motebok.vocab import MeetingStatus

#: Unsupported files of a folder listed by name up to this many; beyond, only counted.
SKIPPED_SHOWN = 10


class RateColumn(ProgressColumn):
    """Files per second so far."""

    def render(self, task: Task) -> Text:
        """The rate, or a dash before the first file is done."""
        speed = task.finished_speed or task.speed
        return Text(f"{speed:.1f} files/s" if speed else "– files/s", style="cyan")


class RichObserver(importer.Observer):
    """A rich progress bar: done/total, bar, rate, elapsed time and the current file."""

    def __init__(self, console: Console) -> None:
        self.progress = Progress(
            TextColumn("Importing"), BarColumn(bar_width=20), MofNCompleteColumn(),
            RateColumn(table_column=Column(no_wrap=True, min_width=13)),
            TimeElapsedColumn(),
            TextColumn("{task.fields[current]}", style="dim",
                       table_column=Column(no_wrap=True, overflow="ellipsis", ratio=1)),
            console=console, transient=True, expand=True)
        self.task: Any = None

    def start(self, total: int) -> None:
        """Show the bar for ``total`` files."""
        self.progress.start()
        self.task = self.progress.add_task("import", total=total, current="")

    def current(self, name: str) -> None:
        """Name the file being stored."""
        self.progress.update(self.task, current=Path(name).name)

    def done(self, name: str, outcome: str) -> None:
        """Advance by one file."""
        self.progress.advance(self.task)

    def stop(self) -> None:
        """Remove the bar before the summary is printed."""
        self.progress.stop()


def _positive(value: str) -> int:
    """``--workers``: a whole number of at least 1 (argparse names the option on error)."""
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"must be a whole number, not {value!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {number}")
    return number


class Command(BaseCommand):
    help = ("Import minutes files, folders (recursively) and JSON exports into the "
            "archive. Files already imported are left unchanged.")
    #: No system checks (as ``serve``): they load the web app's URLs, views and forms
    #: (about 0.15 s of CPU) to check what an import never uses, before every run.
    requires_system_checks = []

    def add_arguments(self, parser: CommandParser) -> None:
        """PATH..., --workers, --draft, --no-progress."""
        parser.add_argument("paths", nargs="+", metavar="PATH",
                            help="minutes files, folders or JSON exports")
        parser.add_argument("--workers", type=_positive, default=parsing.default_workers(),
                            help="parse processes, the importing one among them (default: CPUs, "
                                 "at most 4; 1 parses in the importing process only)")
        parser.add_argument("--draft", action="store_true",
                            help="store the minutes as drafts instead of published")
        parser.add_argument("--no-progress", action="store_true",
                            help="no progress bar (the summary is still printed)")

    def handle(self, *args: Any, **options: Any) -> None:
        """Import, print the summary, exit 1 when something failed."""
        self.stderr.style_func = None  # progress notes and FILE: problem lines, not red
        if ensure_database() and options["verbosity"] > 0:
            self.stderr.write(f"Prepared a new archive: {describe_database()}")
        status = MeetingStatus.DRAFT.value if options["draft"] else None
        console = Console(file=self.stderr._out, stderr=True)
        # The bar only where someone watches it: into a pipe or log file it would only
        # leave a blank line before the FILE: problem lines.
        show = console.is_terminal and not options["no_progress"]
        observer = RichObserver(console) if show else None
        try:
            report = importer.import_paths(options["paths"], options["workers"],
                                           status=status, observer=observer)
        except DatabaseError as exc:
            raise DatabaseUnavailable(f"the database failed ({describe_database()}): "
                                      f"{importer.first_line(exc)}") from None
        finally:
            if observer is not None:
                observer.stop()
        self.print_summary(report, options["verbosity"])
        if not report.ok:
            raise SystemExit(1)

    def print_summary(self, report: importer.ImportReport, verbosity: int) -> None:
        """Counts on stdout; each failure as ``FILE: problem`` on stderr."""
        for line in report.failure_lines():
            self.stderr.write(line)
        if verbosity > 1:
            for name in report.imported:
                self.stdout.write(f"imported  {shown_name(name)}")
            for name in report.unchanged:
                self.stdout.write(f"unchanged {shown_name(name)}")
        if report.skipped:
            shown = report.skipped if verbosity > 1 else report.skipped[:SKIPPED_SHOWN]
            for name in shown:
                self.stdout.write(f"skipped   {shown_name(name)} (not a minutes file type)")
            if len(shown) < len(report.skipped):
                self.stdout.write(f"skipped   … and {len(report.skipped) - len(shown)} more")
        if verbosity > 0:
            self.stdout.write(
                f"{len(report.imported)} imported, {len(report.unchanged)} unchanged, "
                f"{len(report.failed)} failed, {len(report.skipped)} skipped "
                f"in {report.seconds:.1f} s ({report.rate:.1f} documents/s) "
                f"into {describe_database()}")
