"""The ``motebok`` entry point itself: the usage text and ``motebok help COMMAND``."""

from __future__ import annotations

import pytest

from motebok.cli import main


def test_help_with_a_command_describes_that_command(capsys):
    # Like Django's "manage.py help COMMAND": not the general usage again.
    with pytest.raises(SystemExit) as stop:
        main(["help", "parse"])
    assert stop.value.code == 0
    assert capsys.readouterr().out.startswith("usage: motebok parse ")


def test_the_usage_names_every_motebok_command_and_how_to_get_more(capsys):
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    for command in ("parse", "import", "export", "serve", "reindex", "motebok help COMMAND",
                    "motebok help --commands"):
        assert command in out


def test_a_prompt_at_the_end_of_standard_input_is_one_line(capsys, monkeypatch):
    # "motebok changepassword kari < /dev/null": getpass's EOFError was a traceback.
    import motebok.cli

    def prompt(args):
        raise EOFError

    monkeypatch.setattr(motebok.cli, "run_known_command", prompt)
    assert main(["changepassword", "kari"]) == 1
    assert capsys.readouterr().err == (
        "motebok: standard input ended before the answer was given\n")


def test_help_commands_lists_the_management_commands(capsys):
    # As "manage.py help --commands"; it was "Unknown command: '--commands'", exit 1.
    assert main(["help", "--commands"]) == 0
    names = capsys.readouterr().out.split()
    assert {"import", "export", "serve", "reindex", "createsuperuser"} <= set(names)


def test_help_commands_lists_parse_too(capsys):
    # Django's list knows only management commands; "parse" is motebok's own.
    assert main(["help", "--commands"]) == 0
    names = capsys.readouterr().out.split()
    assert "parse" in names
    assert names == sorted(names)


@pytest.mark.parametrize("option", ["--bogus", "-v", "--settings=motebok.settings"])
def test_an_option_before_the_command_is_a_motebok_line(capsys, option):
    # Django's dispatch said "Unknown command: '--bogus'" and "Type 'motebok help' …".
    assert main([option, "export"]) == 1
    assert capsys.readouterr().err == (
        f"motebok: unknown option {option!r}: options come after the command "
        "(motebok --help lists the commands)\n")


def test_createsuperuser_without_a_terminal_fails_and_says_how(capsys, monkeypatch):
    # Django printed "Superuser creation skipped … `manage.py createsuperuser`" and exit 0.
    import io

    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    assert main(["createsuperuser"]) == 1
    assert capsys.readouterr().err == (
        "motebok: createsuperuser asks its questions at a terminal; without one use "
        "--noinput with --username, --email and DJANGO_SUPERUSER_PASSWORD\n")


@pytest.mark.parametrize(("argv", "line"), [
    (["parse"], "motebok: parse: the following arguments are required: FILE "
                "(motebok help parse describes its arguments)\n"),
    (["export", "--format", "xml"],
     "motebok: export: argument --format: invalid choice: 'xml' (choose from 'json') "
     "(motebok help export describes its arguments)\n"),
    (["export", "--status", "publisert"],
     "motebok: export: argument --status: invalid choice: 'publisert' (choose from "
     "'planned', 'draft', 'approved', 'published', 'cancelled') "
     "(motebok help export describes its arguments)\n"),
])
def test_a_wrong_argument_is_one_line_naming_the_command(capsys, argv, line):
    # argparse printed the whole usage block (six lines for a Django command) first.
    try:
        code = main(argv)
    except SystemExit as stop:
        code = stop.code
    assert code == 2
    assert capsys.readouterr().err == line


@pytest.mark.django_db
def test_an_export_of_a_body_nobody_knows_is_one_line(capsys):
    assert main(["export", "--body", "Ukjent utvalg", "--status", "published"]) == 1
    assert capsys.readouterr().err == (
        "motebok: export: no body is named 'Ukjent utvalg' (name it by its name, another "
        "name or its slug)\n")


@pytest.mark.parametrize(("argv", "started"), [
    (["{folder}"], 1),  # a folder: the default workers, the storing process among them
    (["{folder}", "--workers", "3"], 2),
    (["--workers=3", "{folder}", "--draft"], 2),
    (["{file}"], None),  # one file parses in the storing process
    (["{folder}", "--workers", "1"], None),
    (["{folder}", "--workers", "x"], None),  # the command reports it
    (["{folder}", "--help"], None),
    # a long run: the importer forks its workers once the storing process has the parser
    (["{folder}", "{long}"], None),
    (["{long}"], None),
])
def test_import_starts_its_parse_processes_before_django(tmp_path, monkeypatch, argv, started):
    from motebok import cli
    from motebok.archive import parsing

    calls: list[int] = []
    monkeypatch.setattr(parsing, "start_early", calls.append)
    monkeypatch.setattr(parsing, "default_workers", lambda: 2)
    monkeypatch.setattr(parsing, "MIN_FILES_FOR_WORKERS", 3)
    monkeypatch.setattr(parsing, "PARSE_HERE_FROM_FILES", 6)
    monkeypatch.setattr(cli.os, "cpu_count", lambda: 2)
    folder, long = tmp_path / "in", tmp_path / "long"
    for name in ("a.txt", "b.docx", "c.PDF", "notater.jpg", ".skjult.txt"):
        (folder / "under").mkdir(parents=True, exist_ok=True)
        (folder / "under" / name).write_text("Referat\n", encoding="utf-8")
    for n in range(6):
        (long / str(n)).mkdir(parents=True)
        (long / str(n) / "referat.md").write_text("Referat\n", encoding="utf-8")
    args = [a.format(folder=folder, long=long, file=folder / "under" / "a.txt") for a in argv]
    assert cli.start_import_workers(args) is (started is not None)
    assert calls == ([] if started is None else [started])


@pytest.mark.django_db
def test_an_export_of_some_statuses_is_no_whole_backup(capsys):
    # (s75h) the command and ``iter_export`` ask one function whether the export is the
    # whole backup: an empty list of bodies narrows it too
    from motebok.archive import exporter
    assert exporter.whole_backup(None, None)
    assert not exporter.whole_backup([], None)
    assert not exporter.whole_backup(None, ["published"])
    assert main(["export", "--status", "published"]) == 0
    captured = capsys.readouterr()
    assert captured.out == "[]\n"
    assert "no meeting of the bodies and statuses asked for" in captured.err


def test_parse_writes_the_exemption_of_a_closed_item_only(capsys, tmp_path):
    # (s79f) motebok's extra item key: on the closed item alone, the others spec v1's
    import json

    minutes = tmp_path / "styre.txt"
    minutes.write_text("Referat fra styremøte\n\nDato: 12.03.2025\n\n"
                       "Sak 1/25 Budsjett\nVedtatt.\n\n"
                       "Sak 2/25 Personalsak\nUnntatt offentlighet, jf. offl. § 13\n"
                       "Saken ble drøftet.\n", encoding="utf-8")
    assert main(["parse", str(minutes), "--json"]) == 0
    items = json.loads(capsys.readouterr().out)["items"]
    assert [item.get("exemption") for item in items] == [None, "offl. § 13"]
    assert "exemption" not in items[0]
