"""``motebok remind [--days N] [--body BODY] [--dry-run] [--force]``: e-mail each person
responsible for open actions (due within N days, or overdue) one reminder listing them."""

from __future__ import annotations

import argparse
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import timezone

from motebok.archive import exporter
from motebok.secretariat import reminders


def days_ahead(text: str) -> int:
    """``--days``: a whole number of days, 0 or more."""
    if not text.strip().isdigit():
        raise argparse.ArgumentTypeError(f"a whole number of days (0 or more), not {text!r}")
    return int(text)


def _actions(count: int) -> str:
    """ "1 action", "3 actions"."""
    return f"{count} action{'' if count == 1 else 's'}"


class Command(BaseCommand):
    help = ("E-mail everyone responsible for open actions (with an e-mail address on their "
            "person) one reminder listing those due within --days days or overdue, from "
            "approved and published meetings; an action a reminder listed today (the day "
            "in Oslo, TIME_ZONE) is not listed again unless --force (a new one is sent "
            "alone). Sent through the "
            "e-mail settings the summons use (MOTEBOK_EMAIL_*, MOTEBOK_FROM_EMAIL); "
            "links to the meetings when MOTEBOK_BASE_URL is set.")
    requires_migrations_checks = True  # the motebok command sets up a new archive first

    def add_arguments(self, parser: CommandParser) -> None:
        """--days N, --body BODY (repeatable), --dry-run, --force."""
        parser.add_argument("--days", type=days_ahead, default=reminders.DEFAULT_DAYS,
                            metavar="N",
                            help="remind of actions due within N days, besides the overdue "
                                 f"ones (default {reminders.DEFAULT_DAYS})")
        parser.add_argument("--body", action="append", metavar="BODY",
                            help="only this body's meetings (and its working groups'): its "
                                 "name, another name or its slug (repeat for more bodies)")
        parser.add_argument("--dry-run", action="store_true",
                            help="print who would get a reminder, and of how many actions, "
                                 "without sending anything")
        parser.add_argument("--force", action="store_true",
                            help="list again the actions a reminder listed today")

    def handle(self, *args: Any, **options: Any) -> None:
        """Collect the reminders, leave out the actions reminded of today unless --force,
        send or list them."""
        self.stderr.style_func = None
        try:
            bodies = (None if options["body"] is None
                      else exporter.bodies_named(options["body"]))
        except LookupError as exc:
            raise CommandError(f"remind: {exc}", returncode=1) from None
        today = timezone.localdate()
        batch = reminders.reminders(today, options["days"], bodies)
        done = set() if options["force"] else reminders.reminded_today(today)
        batch, skipped = reminders.without_reminded(batch, done)
        dry = options["dry_run"]
        if not dry:
            reminders.send(batch)
        verb = "would send" if dry else "sent"
        for reminder in batch:
            self.stdout.write(f"{verb}: {reminder.address} ({reminder.person.name}): "
                              f"{_actions(len(reminder.actions))}, "
                              f"{len(reminder.overdue)} overdue")
        for reminder in skipped:
            self.stdout.write(f"already reminded today: {reminder.address} "
                              f"({reminder.person.name}) (--force sends again)")
        total = sum(len(r.actions) for r in batch)
        people = f"{len(batch)} reminder{'' if len(batch) == 1 else 's'}"
        if options["verbosity"] > 0:
            self.stderr.write(f"{'Would send' if dry else 'Sent'} {people} "
                              f"({_actions(total)})"
                              + (f"; {len(skipped)} already reminded today" if skipped
                                 else ""))
