"""The ``motebok`` command.

``motebok parse`` reads files into minutes records without any database. Every other
sub-command (``import``, ``export``, ``backup``, ``restore``, ``serve``, ``remind``, ``migrate``,
``createsuperuser`` …) is a Django management command, run with motebok's settings,
so administration needs no separate ``manage.py``.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence

from motebok.errors import MotebokError, shown_name

USAGE = """usage: motebok COMMAND [ARGS]

commands:
  parse FILE... [--json] [--format F]  read minutes files and print their records
                           (no database); FILE "-" is standard input
  import PATH... [--draft] [--workers N]  import files, folders or JSON exports
  export [--output FILE] [--body BODY] [--status S]  print the stored meetings (every
                           one, or some bodies' and statuses') as minutes records (JSON)
  backup FILE.zip          write the whole archive (users, files, secretariat) to a zip
  restore FILE.zip         give a backup back, into an empty archive
  serve [--host H] [--port P]  run the web application
  reindex                  rebuild the full-text search index
  remind [--days N] [--body BODY] [--dry-run] [--force]  e-mail each person their
                           open actions due within N days (default 7) or overdue
  migrate, createsuperuser, …  any Django management command

"motebok help COMMAND" (or "motebok COMMAND --help") describes one command;
"motebok help --commands" lists them all.

The database is SQLite at a default path unless DATABASE_URL says otherwise
(sqlite:///PATH or postgres://…).
"""


def main(argv: Sequence[str] | None = None) -> int:
    """Dispatch to ``parse`` or to Django's management commands; return the exit code."""
    args = list(sys.argv[1:] if argv is None else argv)
    if len(args) > 1 and args[0] == "help" and not args[1].startswith("-"):
        args = [args[1], "--help"]  # "motebok help import", as Django's manage.py has it
    if not args or args[0] in {"-h", "--help"} or args == ["help"]:
        print(USAGE, end="")
        return 0
    if args[0] in {"--version", "version"}:
        from motebok import __version__

        print(f"motebok {__version__}")
        return 0
    if args[0] == "parse":
        return _quiet_on_closed_pipe(parse_command, args[1:])
    return _quiet_on_closed_pipe(django_command, args)  # ``motebok export | head``


def _quiet_on_closed_pipe(command, argv: Sequence[str]) -> int:
    """Run ``command``; a reader that stops early (``| head``) ends it without a traceback.

    Python's advice for SIGPIPE: point stdout at devnull so the interpreter's final flush
    does not raise again, and exit like a process killed by SIGPIPE (128 + 13).
    """
    try:
        code = command(argv)
        sys.stdout.flush()
        return code
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 141


def argument_error(command: str, message: str) -> str:
    """A wrong or missing argument as one line, like every other motebok error, with
    where to read the command's arguments (argparse printed the whole usage block)."""
    return f"{command}: {message} (motebok help {command} describes its arguments)"


class OneLineErrorParser(argparse.ArgumentParser):
    """``motebok parse``'s parser: an argument error is one line on stderr, exit code 2."""

    def error(self, message: str):
        """Print ``argument_error`` and exit 2, as argparse does after its usage block."""
        self.exit(2, f"motebok: {argument_error('parse', message)}\n")


def parse_command(argv: Sequence[str]) -> int:
    """``motebok parse FILE... [--json]``: one record, or an array for several files.

    A file that cannot be read gets exactly one line on stderr and makes the exit code
    2; the files that could be read are still printed.
    """
    from motebok.read import READERS

    parser = OneLineErrorParser(prog="motebok parse",
                                description="Read minutes files into minutes records.")
    parser.add_argument("files", nargs="+", metavar="FILE",
                        help='a minutes file (.txt .md .docx .odt .pdf .html), or "-" to '
                             "read standard input, whose format is recognised from its "
                             "content (PDF, DOCX, ODT, HTML, else plain text) unless "
                             "--format names it")
    parser.add_argument("--json", action="store_true", help="print the records as JSON")
    parser.add_argument("--format", choices=sorted(READERS), metavar="FORMAT",
                        help="read every FILE as this format (%(choices)s) instead of "
                             "the one its name's ending says")
    opts = parser.parse_args(argv)

    records, failed = [], False
    for name in opts.files:
        try:
            records.append(_parse_one(name, opts.format))
        except MotebokError as exc:
            print(f"motebok: {shown_name(name)}: {exc}", file=sys.stderr)
            failed = True
        except Exception as exc:  # a reader library failing on a broken file
            print(f"motebok: {shown_name(name)}: cannot be read ({type(exc).__name__})",
                  file=sys.stderr)
            failed = True
    if opts.json:
        if len(opts.files) == 1:
            if records:
                print(records[0].to_json())
        else:
            print(json.dumps([r.to_dict() for r in records], ensure_ascii=False, indent=2))
    else:
        for record in records:
            print(summary(record))
    return 2 if failed else 0


def _parse_one(name: str, fmt: str | None):
    """The record of one FILE argument: "-" is standard input, read whole."""
    from motebok.parse import parse_bytes, parse_path

    if name == "-":
        return parse_bytes(sys.stdin.buffer.read(), None, fmt)
    return parse_path(name, fmt)


def summary(record) -> str:
    """A short human-readable account of one record, for ``parse`` without ``--json``."""
    m = record.meeting
    when = " ".join(x for x in (m.date, m.start and f"{m.start}–{m.end or ''}") if x)
    lines = [
        f"{record.source.filename or '(standard input)'} ({record.source.format}, "
        f"{record.kind})",
        f"  title:        {record.title or '-'}",
        f"  body:         {record.body or '-'}"
        + (f" ({record.organization})" if record.organization else ""),
        f"  meeting:      {when or '-'}" + (f", {m.location}" if m.location else ""),
    ]
    present = sum(p.attendance == "present" for p in record.participants)
    absent = sum(p.attendance == "absent" for p in record.participants)
    partial = sum(p.attendance == "partial" for p in record.participants)
    lines.append(f"  participants: {len(record.participants)}"
                 f" ({present} present, {absent} absent, {partial} partial)")
    lines.append(f"  items:        {len(record.items)}")
    for item in record.items:
        number = f"{item.number} " if item.number else ""
        extra = []
        if item.decisions:
            extra.append(f"{len(item.decisions)} decision(s)")
        if item.actions:
            extra.append(f"{len(item.actions)} action(s)")
        tail = f"  [{', '.join(extra)}]" if extra else ""
        lines.append(f"    {number}{item.title or '(untitled)'}{tail}")
    if record.next_meeting.date:
        lines.append(f"  next meeting: {record.next_meeting.date}")
    for warning in record.warnings:
        lines.append(f"  warning: {warning}")
    return "\n".join(lines)


def django_command(args: list[str]) -> int:
    """Run a Django management command with motebok's settings; one-line errors."""
    early = args[0] == "import" and start_import_workers(args[1:])
    try:
        return _django_command(args)
    finally:
        if early:
            from motebok.archive.parsing import discard_early

            discard_early()  # the run took them, or never came (an argument error …)


def start_import_workers(argv: Sequence[str]) -> bool:
    """For ``motebok import ARGS``: start its parse processes before Django, so their
    start-up (about half a second of CPU each) runs beside Django's set-up and the
    database's in this process instead of after them; True when some were started.

    Only what the arguments show before Django reads them: ``--workers N`` (else the
    default), and the files named or found in the folders named: at least
    ``MIN_FILES_FOR_WORKERS`` (a run of fewer files parses in this process alone) and
    fewer than ``PARSE_HERE_FROM_FILES``. A longer run's storing process imports the
    parser anyway, so the importer forks its workers from it once Django is set up
    (``importer._fork_safe``): they start with nothing to import, which saves a spawned
    interpreter's start and its own import of the parser, and no worker of either kind
    shares the storing process's database connection. A guess that proves wrong costs
    nothing but the early processes: the importer starts the ones it wants instead.
    """
    from motebok.archive import parsing

    workers: int | None = parsing.default_workers()
    names = []
    args = iter(argv)
    for arg in args:
        if arg in {"-h", "--help"}:
            return False
        if arg.startswith("--workers="):
            workers = _whole_number(arg.partition("=")[2])
        elif arg == "--workers":
            workers = _whole_number(next(args, ""))
        elif not arg.startswith("-"):
            names.append(arg)
    if workers is None:
        return False
    count = min(workers, parsing.MAX_WORKERS_PER_CPU * (os.cpu_count() or 1)) - 1
    if count < 1:
        return False
    files = _files_named(names, parsing.PARSE_HERE_FROM_FILES)
    if not parsing.MIN_FILES_FOR_WORKERS <= files < parsing.PARSE_HERE_FROM_FILES:
        return False
    parsing.start_early(count)
    return True


def _files_named(names: Sequence[str], most: int) -> int:
    """How many files ``motebok import NAMES`` would import, counted up to ``most``:
    each name that is not a folder, and the files of the supported formats in the
    folders, hidden ones left out (as ``importer.collect_paths`` walks them)."""
    from motebok.read import EXTENSIONS

    found = 0
    for name in names:
        if not os.path.isdir(name):
            found += 1
            continue
        for _root, dirs, files in os.walk(name):
            dirs[:] = [d for d in dirs if not d.startswith(".")]
            found += sum(not f.startswith(".")
                         and os.path.splitext(f)[1].lower() in EXTENSIONS for f in files)
            if found >= most:
                return found
    return found


def _whole_number(text: str) -> int | None:
    """``text`` as an int, or None (the command itself reports a wrong value)."""
    return int(text) if text.isdigit() else None


def _django_command(args: list[str]) -> int:
    """``django_command`` once the import's parse processes are on their way."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "motebok.settings")
    from django.core.management import CommandError
    from django.core.management.base import SystemCheckError
    from django.db import DatabaseError

    from motebok.config import ConfigError

    try:
        import django
        from django.core.management import execute_from_command_line

        django.setup()
        from django.utils import translation

        # The command line speaks English (its own lines, argparse's, Django's help):
        # Django's messages too, not bokmål from LANGUAGE_CODE in the middle of them.
        # The web app is untouched: LocaleMiddleware picks each request's language.
        translation.activate("en")
        from motebok.archive.database import prepare_folder

        prepare_folder()
        if not run_known_command(args):
            execute_from_command_line(["motebok", *args])
    except (ConfigError, MotebokError) as exc:
        print(f"motebok: {exc}", file=sys.stderr)
        return 2
    except CommandError as exc:  # Django's own commands: "user 'x' does not exist" …
        if isinstance(exc, SystemCheckError):
            print(exc, file=sys.stderr)  # a list of problems, formatted by Django
        else:
            print(f"motebok: {exc}", file=sys.stderr)
        return exc.returncode
    except DatabaseError as exc:  # any command, also Django's own (migrate, shell …)
        from motebok.archive.database import unavailable

        print(f"motebok: {unavailable(exc)}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("motebok: interrupted", file=sys.stderr)
        return 130
    except EOFError:  # a prompt (changepassword's) reading standard input at its end
        print("motebok: standard input ended before the answer was given", file=sys.stderr)
        return 1
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    return 0


def command_names(management_commands) -> list[str]:
    """Every command ``motebok`` accepts, sorted: Django lists only its management
    commands, and ``parse`` (answered before Django) is the one a user needs most."""
    return sorted({"parse", *management_commands})


def run_known_command(args: list[str]) -> bool:
    """Run the management command ``args[0]`` as ``BaseCommand.run_from_argv`` would,
    but let its ``CommandError`` reach ``django_command``, which prints it like every
    other motebok error (``motebok: …``) instead of Django's ``CommandError: …``.

    False for ``help`` (Django's own dispatch then answers ``help --commands``); an
    option in the command's place or an unknown command name is a ``CommandError``
    (naming the nearest command).
    """
    from difflib import get_close_matches

    from django.core.management import CommandError, get_commands, load_command_class
    from django.core.management.base import BaseCommand, handle_default_options
    from django.db import connections

    name = args[0]
    if args[:2] == ["help", "--commands"]:
        print("\n".join(command_names(get_commands())))
        return True
    if name == "help":  # any other "help …": Django's own answer
        return False
    if name.startswith("-"):  # Django's dispatch would call it an "Unknown command"
        raise CommandError(f"unknown option {name!r}: options come after the command "
                           "(motebok --help lists the commands)")
    commands = get_commands()
    app = commands.get(name)
    if app is None:
        near = get_close_matches(name, ["parse", *commands])
        hint = f"did you mean {near[0]}? " if near else ""
        raise CommandError(f"unknown command {name!r} ({hint}motebok --help lists them)")
    command = app if isinstance(app, BaseCommand) else load_command_class(app, name)
    command._called_from_command_line = True
    parser = command.create_parser("motebok", name)
    parser.called_from_command_line = False  # an argument error raises, not prints usage
    try:
        options = parser.parse_args(args[1:])
    except CommandError as exc:
        message = str(exc).removeprefix("Error: ")
        raise CommandError(argument_error(name, message), returncode=2) from None
    cmd_options = vars(options)
    positional = cmd_options.pop("args", ())
    handle_default_options(options)
    if name == "createsuperuser" and cmd_options.get("interactive") \
            and not sys.stdin.isatty():
        # Django says "skipped … run `manage.py createsuperuser`" and exits 0: a script
        # would carry on without the user it believes it created.
        raise CommandError("createsuperuser asks its questions at a terminal; without one "
                           "use --noinput with --username, --email and "
                           "DJANGO_SUPERUSER_PASSWORD")
    if command.requires_migrations_checks:
        # A command that needs the tables (createsuperuser, reindex …) sets up a new
        # archive as import and serve do, instead of failing on "no such table".
        from motebok.archive.database import describe_database, ensure_database

        if ensure_database():
            print(f"Prepared a new archive: {describe_database()}", file=sys.stderr)
    try:
        command.execute(*positional, **cmd_options)
    finally:
        connections.close_all()
    return True


if __name__ == "__main__":
    sys.exit(main())
