"""The real ``motebok import / export / serve`` commands, run as subprocesses.

Each test has its own SQLite file (``cli`` fixture), never the test database.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import sqlite3
import subprocess
import sys
import textwrap
import time
import urllib.request

import pytest

from archive.conftest import EXAMPLES, MOTEBOK, cli_env
from archive.factories import good_folder
from motebok.archive import parsing


def one_line_errors(stderr: str) -> list[str]:
    """The stderr lines, after checking none is part of a traceback."""
    assert "Traceback" not in stderr
    return [line for line in stderr.splitlines() if line.strip()]


def test_failures_are_one_line_each_and_exit_one(cli, tmp_path):
    folder = tmp_path / "in"
    good_folder(folder, 2)
    (folder / "tom.md").write_bytes(b"")
    (folder / "bilde.jpg").write_bytes(b"\xff\xd8")
    result = cli.run("import", str(folder), str(tmp_path / "mangler.pdf"))
    assert result.returncode == 1
    assert one_line_errors(result.stderr) == [f"{tmp_path / 'mangler.pdf'}: no such file "
                                              "or directory",
                                              f"{folder / 'tom.md'}: empty file"]
    assert "2 imported, 0 unchanged, 2 failed, 1 skipped" in result.stdout
    assert cli.rows("select count(*) from archive_meeting") == [(2,)]


def test_stderr_into_a_file_holds_the_failure_lines_only(cli, tmp_path):
    # No progress bar where nobody watches: not even the blank line it leaves behind.
    result = cli.run("import", str(tmp_path / "mangler.pdf"))
    assert result.returncode == 1
    assert result.stderr == f"{tmp_path / 'mangler.pdf'}: no such file or directory\n"


@pytest.mark.parametrize(("workers", "problem"), [
    ("0", "must be at least 1, not 0"),
    ("-3", "must be at least 1, not -3"),
    ("to", "must be a whole number, not 'to'"),
])
def test_a_worker_count_below_one_is_refused_before_anything_is_read(cli, tmp_path, workers,
                                                                      problem):
    good_folder(tmp_path / "in", 1)
    result = cli.run("import", "--workers", workers, str(tmp_path / "in"))
    assert result.returncode == 2
    assert one_line_errors(result.stderr)[-1] == (
        f"motebok: import: argument --workers: {problem} "
        "(motebok help import describes its arguments)")


def test_imports_started_at_once_on_a_new_archive_all_go_in_once(tmp_path):
    # each finds the archive unmigrated; one migrates while the others wait for it, and
    # the files the runs share go in once (before, a second migration failed the run)
    good_folder(tmp_path / "in", 6)
    env = cli_env(tmp_path / "ny" / "arkiv.sqlite3", tmp_path / "data")
    runs = [subprocess.Popen([*MOTEBOK, "import", "--no-progress", str(tmp_path / "in")],
                             env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             text=True) for _ in range(3)]
    results = [(run.wait(timeout=120), run.stderr.read()) for run in runs]
    for run in runs:
        run.stdout.close()
        run.stderr.close()
    assert [code for code, _ in results] == [0, 0, 0], results
    with sqlite3.connect(tmp_path / "ny" / "arkiv.sqlite3") as conn:
        assert conn.execute("select count(*) from archive_meeting").fetchone() == (6,)


def opens(pid: int, path: str, deadline: float = 60.0) -> bool:
    """Whether process ``pid`` opens ``path`` (seen in /proc) before it ends or time runs out."""
    end = time.monotonic() + deadline
    while time.monotonic() < end:
        try:
            if any(os.readlink(f"/proc/{pid}/fd/{fd}") == path
                   for fd in os.listdir(f"/proc/{pid}/fd")):
                return True
        except FileNotFoundError:  # the process ended, or a file closed while listed
            pass
        if not os.path.exists(f"/proc/{pid}"):
            return False
        time.sleep(0.05)
    return False


def test_a_new_archive_is_first_opened_under_the_set_up_lock(tmp_path):
    # Turning a new SQLite file into WAL mode takes a lock SQLite does not wait for: of
    # imports started together on a new archive, one now and then failed at once with
    # "database is locked". So a command opening a file not yet in WAL mode waits for
    # the set-up lock, as a migration does.
    fcntl = pytest.importorskip("fcntl")
    if not os.path.isdir(f"/proc/{os.getpid()}/fd"):
        pytest.skip("needs /proc to see which files the command has open")
    database = tmp_path / "ny" / "arkiv.sqlite3"
    database.parent.mkdir()
    good_folder(tmp_path / "in", 1)
    lock_path = f"{database}.migrate-lock"
    with open(lock_path, "a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        run = subprocess.Popen([*MOTEBOK, "import", "--no-progress", str(tmp_path / "in")],
                               env=cli_env(database, tmp_path / "data"),
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        assert opens(run.pid, lock_path)
        assert not database.exists()  # it waits for the lock before opening the database
    _out, err = run.communicate(timeout=120)
    assert (run.returncode, err) == (0, f"Prepared a new archive: SQLite at {database}\n")
    with sqlite3.connect(database) as conn:
        assert conn.execute("select count(*) from archive_meeting").fetchone() == (1,)


def test_a_django_command_on_a_new_data_folder_creates_it(tmp_path):
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    env["MOTEBOK_DATA_DIR"] = str(tmp_path / "ny" / "mappe")
    result = subprocess.run([*MOTEBOK, "migrate", "-v", "0"], env=env, capture_output=True,
                            text=True, timeout=120)
    assert (result.returncode, result.stderr) == (0, "")
    assert (tmp_path / "ny" / "mappe" / "motebok.sqlite3").exists()


def test_createsuperuser_on_a_new_archive_sets_it_up_first(tmp_path):
    # An administrator's first command may be createsuperuser, not import: it used to
    # fail on "no such table: auth_user" under a hint to run "python manage.py migrate".
    database = tmp_path / "ny.sqlite3"
    env = cli_env(database, tmp_path / "data")
    result = subprocess.run([*MOTEBOK, "createsuperuser", "--noinput", "--username", "kari",
                             "--email", "kari@example.org"], env=env, capture_output=True,
                            text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    assert one_line_errors(result.stderr) == [f"Prepared a new archive: SQLite at {database}"]
    assert "Superuser created" in result.stdout
    with sqlite3.connect(database) as conn:
        assert conn.execute("select username from auth_user").fetchall() == [("kari",)]


def test_export_to_an_unwritable_place_is_one_line(cli, tmp_path):
    result = cli.run("export", "--output", str(tmp_path / "finnes-ikke" / "x.json"))
    assert result.returncode == 2
    assert one_line_errors(result.stderr) == [
        f"motebok: {tmp_path / 'finnes-ikke' / 'x.json'}: no such file or directory"]


def test_export_of_an_archive_that_did_not_exist_says_so(cli, tmp_path):
    # A mistyped database path must not pass for an empty backup without a word.
    typo = tmp_path / "arkvi.sqlite3"
    env = {**cli.env, "DATABASE_URL": f"sqlite:///{typo}"}
    result = subprocess.run([*MOTEBOK, "export"], env=env, capture_output=True, text=True,
                            timeout=120, check=False)
    assert (result.returncode, result.stdout) == (0, "[]\n")
    assert one_line_errors(result.stderr) == [
        f"Prepared a new archive: SQLite at {typo} (nothing to export yet)"]
    again = subprocess.run([*MOTEBOK, "export"], env=env, capture_output=True, text=True,
                           timeout=120, check=False)
    assert (again.returncode, again.stderr) == (0, "")


def test_a_bad_database_url_is_one_line(cli):
    env = {**cli.env, "DATABASE_URL": "mysql://db/motebok"}
    result = subprocess.run([*MOTEBOK, "import", str(EXAMPLES)], env=env, capture_output=True,
                            text=True, timeout=60, check=False)
    assert result.returncode == 2
    assert one_line_errors(result.stderr) == [
        "motebok: DATABASE_URL must start with sqlite:/// or postgres://, not "
        "'mysql://db/motebok'"]


@pytest.mark.parametrize(("args", "line"), [
    (["changepassword", "nobody"], "motebok: user 'nobody' does not exist"),
    (["createsuperuser", "--noinput"], "motebok: You must use --username with --noinput."),
    (["createsuperuser", "--noinput", "--username", "kari", "--email", "kari@"],
     "motebok: Enter a valid email address."),  # in English, as the rest of the CLI
    (["imprt", "x"], "motebok: unknown command 'imprt' (did you mean import? motebok --help "
                     "lists them)"),
])
def test_a_django_command_refusing_its_input_is_a_motebok_line(cli, args, line):
    # Django alone prints "CommandError: …"; the administrator sees motebok's one shape.
    result = cli.run(*args)
    assert result.returncode == 1
    assert one_line_errors(result.stderr) == [line]


def test_an_export_read_only_in_part_ends_without_a_traceback(cli, tmp_path):
    # `motebok export | head`: the reader goes away, the export stops quietly.
    good_folder(tmp_path / "in", 40)
    assert cli.run("import", str(tmp_path / "in"), "--workers", "1").returncode == 0
    proc = subprocess.Popen([*MOTEBOK, "export"], env=cli.env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.readline()
    proc.stdout.close()
    stderr = proc.stderr.read().decode()
    proc.wait(timeout=60)
    assert "Traceback" not in stderr
    assert proc.returncode in (0, 141)

KILLER = textwrap.dedent("""
    import os, sys, time
    import django
    django.setup()
    from motebok.archive import importer, signals

    importer.BATCH_FILES = 2  # files 1-2 commit together; the kill comes in the next batch
    importer.BATCH_SECONDS = 600  # however slow the machine
    stored = []

    def pause(sender, meeting, **kwargs):
        stored.append(meeting.pk)
        if len(stored) == int(os.environ["KILL_AT"]):
            # Every row of this file is written but not committed: the test kills us now.
            open(os.environ["MARKER"], "w").close()
            time.sleep(120)

    signals.meeting_saved.connect(pause)
    from django.core.management import call_command
    call_command("import", sys.argv[1], "--no-progress", "--workers", "1")
""")


def test_a_killed_import_leaves_nothing_half_written_and_a_rerun_completes(cli, tmp_path):
    folder = tmp_path / "in"
    good_folder(folder, 6)
    marker = tmp_path / "marker"
    env = {**cli.env, "KILL_AT": "3", "MARKER": str(marker)}
    proc = subprocess.Popen([sys.executable, "-c", KILLER, str(folder)], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 60
        while not marker.exists():
            assert proc.poll() is None, proc.stderr.read().decode()
            assert time.monotonic() < deadline, "the import never reached the third file"
            time.sleep(0.05)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.stderr.close()
    assert cli.rows("select count(*) from archive_meeting") == [(2,)]
    assert cli.rows("select count(*) from archive_sourcedocument") == [(2,)]
    orphans = cli.rows("""select (select count(*) from archive_agendaitem
                                   where meeting_id not in (select id from archive_meeting)),
                                  (select count(*) from archive_participation
                                   where meeting_id not in (select id from archive_meeting))""")
    assert orphans == [(0, 0)]
    items_before = cli.rows("select count(*) from archive_agendaitem")[0][0]
    assert items_before == 2
    rerun = cli.run("import", str(folder), "--no-progress")
    assert rerun.returncode == 0, rerun.stderr
    assert rerun.stdout.startswith("4 imported, 2 unchanged, 0 failed")
    assert cli.rows("select count(*), count(distinct sha256) from archive_sourcedocument") == [
        (6, 6)]
    assert cli.rows("select count(*) from archive_agendaitem") == [(6,)]


WATCHER = textwrap.dedent("""
    import json, sys
    import django
    django.setup()
    from django.db import connection
    from motebok.archive import signals

    def pragmas():
        with connection.cursor() as cursor:
            return [cursor.execute(f"PRAGMA {name}").fetchone()[0]
                    for name in ("synchronous", "wal_autocheckpoint")]

    seen = {"before": pragmas()}
    def during(sender, meeting, **kwargs):
        seen.setdefault("during", pragmas())

    signals.meeting_saved.connect(during)
    from django.core.management import call_command
    call_command("import", sys.argv[1], "--no-progress", "--workers", "1")
    seen["after"] = pragmas()
    print(json.dumps(seen))
""")


def test_an_import_run_checkpoints_seldom_and_puts_the_setting_back(cli, tmp_path):
    """During a run SQLite copies its WAL to the database every 10,000 pages, not 1,000
    (commits stay NORMAL: no fsync each); afterwards the connection is as it was."""
    from motebok.archive.importer import IMPORT_CHECKPOINT_PAGES

    folder = tmp_path / "in"
    good_folder(folder, 3)
    result = subprocess.run([sys.executable, "-c", WATCHER, str(folder)], env=cli.env,
                            capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    normal = 1
    assert seen["during"] == [normal, IMPORT_CHECKPOINT_PAGES]
    assert seen["after"][1] == seen["before"][1] == 1000
    assert cli.rows("select count(*) from archive_meeting") == [(3,)]


def free_port() -> int:
    """A TCP port nobody listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


#: No proxy from the environment: the server is the test's own, on loopback.
OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))


def fetch(url: str) -> tuple[int, str]:
    """Status and text of a GET (the test's own loopback server)."""
    with OPENER.open(url, timeout=10) as response:
        return response.status, response.read().decode("utf-8")


def wait_for_port(port: int, server: subprocess.Popen, seconds: float = 30) -> None:
    """Return once something accepts connections on ``port`` (the server started)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        assert server.poll() is None, server.stderr.read()
        with socket.socket() as sock:
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.05)
    raise AssertionError(f"nothing listens on port {port}")


def test_readme_run_command_on_a_fresh_machine(tmp_path):
    """``motebok import src/motebok/examples && motebok serve`` with no configuration."""
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    env.update(MOTEBOK_DATA_DIR=str(tmp_path / "new" / "data"), PYTHONUNBUFFERED="1")
    imported = subprocess.run([*MOTEBOK, "import", str(EXAMPLES)], env=env, capture_output=True,
                              text=True, timeout=180, check=False)
    assert imported.returncode == 0, imported.stderr
    assert "Prepared a new archive: SQLite at" in imported.stderr
    assert imported.stdout.startswith(f"{len(list(EXAMPLES.iterdir()))} imported, 0 unchanged")
    port = free_port()
    # SIGINT back to its default in the child: a suite started in the background ("&"
    # in a script) ignores it, the server would inherit that and never stop on Ctrl-C.
    server = subprocess.Popen([*MOTEBOK, "serve", "--port", str(port)], env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                              preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    try:
        banner = [server.stdout.readline(), server.stdout.readline()]
        database = tmp_path / "new" / "data" / "motebok.sqlite3"
        assert banner[0].strip() == f"Database: SQLite at {database}"
        assert banner[1].startswith(f"Serving motebok on http://127.0.0.1:{port}/")
        wait_for_port(port, server)
        status, home = fetch(f"http://127.0.0.1:{port}/")
        assert status == 200 and "Vestfjord regionråd" in home
        css = next(part.split('"')[0] for part in home.split('href="/static/')[1:])
        assert fetch(f"http://127.0.0.1:{port}/static/{css}")[0] == 200
        status, hits = fetch(f"http://127.0.0.1:{port}/search?q=rekruttering")
        assert status == 200 and "talentrekrutteringskampanje" in hits.replace("<mark>", "") \
            .replace("</mark>", "")
        busy = subprocess.run([*MOTEBOK, "serve", "--port", str(port)], env=env,
                              capture_output=True, text=True, timeout=60, check=False)
        assert busy.returncode == 2
        assert one_line_errors(busy.stderr) == [
            f"motebok: port {port} on 127.0.0.1 is already in use"]
    finally:
        server.send_signal(signal.SIGINT)
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        server.stdout.close()
        server.stderr.close()
    assert server.returncode == 0


@pytest.mark.parametrize(("host", "problem"), [
    ("999.1.1.1", "unknown host '999.1.1.1'"),
    ("::zz", "unknown host '::zz'"),
])
def test_serve_on_a_host_that_cannot_be_bound_never_says_it_serves(cli, host, problem):
    result = cli.run("serve", "--host", host, "--port", "0", timeout=60)
    assert result.returncode == 2
    assert one_line_errors(result.stderr) == [f"motebok: {problem}"]
    assert "Serving" not in result.stdout


def test_a_database_file_that_is_not_one_is_a_one_line_error(cli, tmp_path):
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"this is not a database" * 100)
    env = {**cli.env, "DATABASE_URL": f"sqlite:///{junk}"}
    result = subprocess.run([*MOTEBOK, "export"], env=env, capture_output=True, text=True,
                            timeout=60, check=False)
    assert result.returncode == 2
    assert one_line_errors(result.stderr) == [
        f"motebok: cannot use the database (SQLite at {junk}): file is not a database"]


def test_an_import_loads_neither_the_web_app_nor_an_extractor_it_does_not_use(tmp_path):
    # Start-up is a fixed cost of every run: the system checks loaded the web app's
    # URLs, views and forms, and the search index's month names the whole extractor,
    # though a run whose files the parse workers read uses neither.
    (tmp_path / "in").mkdir()
    folder = str(tmp_path / "in")
    code = ("import sys; from motebok.cli import main; "
            f"code = main(['import', '--no-progress', '--workers', '1', {folder!r}]); "
            "print(code, sorted(m for m in sys.modules if m in {"
            "'motebok.secretariat.views', 'motebok.web.views', 'motebok.extract.minutes'}))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            env=cli_env(tmp_path / "arkiv.sqlite3", tmp_path / "data"),
                            timeout=120)
    assert result.stdout.splitlines()[-1] == "0 []", result.stderr


STARTS = textwrap.dedent("""
    import sys
    from motebok.archive import parsing

    parsing.PARSE_HERE_FROM_FILES = int(sys.argv[2])  # (what the command line reads)
    started = []
    real_take = parsing.take

    def take(*args, **kwargs):
        pool = real_take(*args, **kwargs)
        started.append(pool.start_method)
        return pool

    parsing.take = take
    from motebok.cli import main

    code = main(["import", "--no-progress", "--workers", "2", sys.argv[1]])
    print(code, started)
""")


@pytest.mark.parametrize(("long_from", "started"), [
    (10, "fork"),  # a long run: forked from the storing process once it has the parser
    (100, "spawn"),  # a short one: spawned before Django, importing the parser beside it
])
def test_the_import_command_forks_its_parse_processes_for_a_long_run(cli, tmp_path,
                                                                     long_from, started):
    # A worker spawned before Django imports the parser a second time (about half a
    # second of CPU) when the storing process imports it too, as it does in a long run;
    # forked once Django is set up, the worker has it already and shares no connection:
    # the command's set-up leaves none open and starts no thread.
    good_folder(tmp_path / "in", parsing.MIN_FILES_FOR_WORKERS)
    result = subprocess.run([sys.executable, "-c", STARTS, str(tmp_path / "in"),
                             str(long_from)], env=cli.env, capture_output=True, text=True,
                            timeout=120, check=False)
    assert result.stdout.splitlines()[-1] == f"0 [{started!r}]", result.stderr
    assert f"{parsing.MIN_FILES_FOR_WORKERS} imported" in result.stdout
    assert cli.rows("select count(*) from archive_meeting") == [(parsing.MIN_FILES_FOR_WORKERS,)]


def _pragma_during_import(cli, tmp_path, pragma: str) -> dict:
    """Import three good files in a child process that reads ``pragma`` on the import's
    connection before, during and after the run (``WATCHER``)."""
    folder = tmp_path / "in"
    good_folder(folder, 3)
    watcher = WATCHER.replace('("synchronous", "wal_autocheckpoint")', f'("{pragma}",)')
    result = subprocess.run([sys.executable, "-c", watcher, str(folder)], env=cli.env,
                            capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_an_import_run_keeps_statement_journals_in_memory_and_puts_it_back(cli, tmp_path):
    """During a run on SQLite ``temp_store`` is MEMORY, so the statement journal of each
    multi-row INSERT is not spilled to a temporary file (two ``pwrite`` calls per page);
    afterwards the connection has its own setting again."""
    from motebok.archive.importer import IMPORT_TEMP_STORE

    seen = _pragma_during_import(cli, tmp_path, "temp_store")
    assert seen["during"] == [IMPORT_TEMP_STORE] == [2]
    assert seen["after"] == seen["before"] == [0]
    assert cli.rows("select count(*) from archive_meeting") == [(3,)]


def test_an_import_run_has_a_larger_page_cache_and_puts_it_back(cli, tmp_path):
    """During a run on SQLite the page cache holds ``IMPORT_CACHE_KIB`` (a batch's dirty
    pages then stay in it until the commit instead of spilling to the WAL); afterwards
    the connection's own size is back."""
    from motebok.archive.importer import IMPORT_CACHE_KIB

    seen = _pragma_during_import(cli, tmp_path, "cache_size")
    assert seen["during"] == [-IMPORT_CACHE_KIB]
    assert seen["after"] == seen["before"] == [-2000]
    assert cli.rows("select count(*) from archive_meeting") == [(3,)]
