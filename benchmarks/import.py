"""Import benchmark: documents/s of ``motebok import`` against the bare parse rate.

    python benchmarks/import.py [--docs N] [--formats txt,docx,pdf] [--postgres-url URL]
                                [--repeat N]

Writes N generated minutes per format (the generator of benchmarks/parse.py) to a temp
folder, then measures on one core, in the same run:
- the baseline: ``motebok.parse.parse_path`` over the same files (documents/s);
- the importer (``motebok.archive.importer``, in-process) into a fresh SQLite file, and
  into PostgreSQL: the server at --postgres-url (a scratch database is created and
  dropped), else a throwaway cluster from scripts/pg-throwaway.sh when PostgreSQL is
  installed, else that column is left out.
Target: import >= 70 % of the parse rate. Each database runs in its own process because
Django's settings (DATABASE_URL) are fixed once Django starts.

That comparison is one core against one core. ``motebok import`` itself parses in worker
processes (``--workers``, default one per CPU, at most four; the main process, which
stores, is one of them and parses whenever it would wait); its wall-clock rate into a
second fresh database is printed separately ("the real command, N parse processes"),
next to the same one-core parse rate — on a
machine with other work running it says more about the machine than the importer. The
command itself (``motebok import``, a subprocess from its start to its exit, into an
archive migrated beforehand) is timed too: "the command end to end", whose start-up
weighs on short runs. So is the parser's import in a fresh interpreter, which the
one-core parse rate leaves out (it parses one file untimed first) and the real command
pays once per run: the parse rate with it counted once is printed beside, for
comparison only.

``--repeat N`` times every measurement N times (each import into a fresh database) and
keeps the fastest, as benchmarks/parse.py does: on a shared machine single runs of
the same code have been seen to differ threefold.

Rates are wall-clock; the CPU-time rates (``time.process_time``, SQLite's work included,
PostgreSQL's server not) are printed too, because they hold still on a loaded machine.

The storing process alone, in instructions (which hold still when nothing else does):

    python benchmarks/import.py --store-setup DIR [--docs N] [--seed S]
    valgrind --tool=callgrind --callgrind-out-file=/dev/null \
        python benchmarks/import.py --store-only K DIR      # for K = 0 and K = 100

``--store-setup`` writes N generated txt minutes (default 301, seed 11) to DIR, parses
them as a parse worker does (record, ``record_hash``, the ``record_preparers``) and
pickles each file's answer as the worker's pipe does (one pickle of them all), and
migrates a SQLite file there. ``--store-only K`` copies that file, then stores 1 + K of
the parsed files through the importer's own per-file steps (``_prepared``: read, sha256,
one look-up a group of files; the answer unpickled, as ``Parsers.result`` receives
it; ``_finish`` in eager batches, closed by count alone; ``sqlite_import_mode``,
``fewer_collections``), as the storing process of ``motebok import`` does with parse
workers; nothing is parsed. The difference of the two counts divided by K is the
storing process's instructions per stored file (run with ``PYTHONHASHSEED=0``; start-up
and Django subtract out). A set-up from before the answers were pickled one by one is
stored without unpickling them (about 0.48 million instructions a file fewer).
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.util
import json
import os
import re
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


def load_parse_benchmark() -> Any:
    """benchmarks/parse.py as a module (a script folder, not a package)."""
    spec = importlib.util.spec_from_file_location("motebok_bench_parse", HERE / "parse.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while defining
    spec.loader.exec_module(module)
    return module


def write_corpus(folder: Path, docs: int, formats: list[str], seed: int) -> dict[str, Path]:
    """One sub-folder of generated files per format."""
    bench = load_parse_benchmark()
    minutes = bench.generate_minutes(docs, seed)
    folders = {}
    for fmt in formats:
        target = folder / fmt
        target.mkdir(parents=True)
        for name, data in bench.render_corpus(minutes, fmt):
            (target / name).write_bytes(data)
        folders[fmt] = target
    return folders


def warm_up(files: list[Path]) -> None:
    """Parse one file untimed, so neither side pays the readers' first import."""
    from motebok.archive.parsing import parse_job

    if files:
        parse_job(files[0].read_bytes(), files[0].name)


def parse_rate(files: list[Path]) -> tuple[float, int, float]:
    """Documents/s of the bare parse (read + extract) of files on disk, failures, and
    documents per CPU second."""
    from motebok.parse import parse_path

    failures = 0
    warm_up(files)
    start, cpu = time.perf_counter(), time.process_time()
    for path in files:
        try:
            parse_path(path)
        except Exception:  # a benchmark counts failures, it does not stop
            failures += 1
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    done = len(files) - failures
    return done / seconds, failures, done / cpu if cpu else 0.0


# --- the worker: one process per database ----------------------------------------------


def import_files(paths: list[Path], workers: int = 1) -> int:
    """Import files with the archive's importer, one after the other; the number imported.

    The importer API is the one ``motebok import`` uses; workers=1 keeps it on one core,
    like the parse baseline.
    """
    from motebok.archive import importer

    report = importer.import_paths([str(p) for p in paths], workers=workers)
    return report_count(report)


def report_count(report: Any) -> int:
    """How many files the importer says it stored (``ImportReport.imported``, a list)."""
    for name in ("imported", "created", "stored"):
        value = getattr(report, name, None)
        if value is not None:
            return value if isinstance(value, int) else len(value)
    return len(report) if hasattr(report, "__len__") else 0


class Stopwatch:
    """Seconds spent in one function while in the ``with`` block (wraps it in its module,
    or on an object such as the database connection)."""

    def __init__(self, module: Any, name: str, clock: Any = time.perf_counter) -> None:
        self.module, self.name, self.seconds, self.clock = module, name, 0.0, clock
        self.original = getattr(module, name)

    def __enter__(self) -> Stopwatch:
        def timed(*args: Any, **kwargs: Any) -> Any:
            start = self.clock()
            try:
                return self.original(*args, **kwargs)
            finally:
                self.seconds += self.clock() - start

        setattr(self.module, self.name, timed)
        return self

    def __exit__(self, *exc: object) -> None:
        setattr(self.module, self.name, self.original)


def worker(corpus: Path, formats: list[str]) -> dict[str, Any]:
    """Migrate the database named by DATABASE_URL, then time the import of each format.

    Besides the total it measures where an imported document's time goes: parsing
    (``parse_job``), the search index (``index_meeting``, run inside the importer's
    transaction), the commits and the rest — the archive's own storing. The same split
    is taken in CPU time.
    """
    start_django()
    from django.db import connection

    from motebok.archive import importer
    from motebok.search import service

    results = {}
    for fmt in formats:
        files = sorted((corpus / fmt).iterdir())
        warm_up(files)
        cpu = time.process_time
        with Stopwatch(importer, "parse_job") as parse_watch, \
                Stopwatch(service, "index_meeting") as index_watch, \
                Stopwatch(connection, "commit") as commit_watch, \
                Stopwatch(importer, "parse_job", cpu) as parse_cpu, \
                Stopwatch(service, "index_meeting", cpu) as index_cpu, \
                Stopwatch(connection, "commit", cpu) as commit_cpu:
            start, cpu_start = time.perf_counter(), cpu()
            imported = import_files(files)
            seconds, cpu_seconds = time.perf_counter() - start, cpu() - cpu_start
        per_doc = 1000 / imported if imported else 0.0
        results[fmt] = {"seconds": seconds, "imported": imported, "files": len(files),
                        "rate": imported / seconds if seconds else 0.0,
                        "cpu_rate": imported / cpu_seconds if cpu_seconds else 0.0}
        for clock, total, watches in (("", seconds, (parse_watch, index_watch, commit_watch)),
                                      ("cpu_", cpu_seconds, (parse_cpu, index_cpu, commit_cpu))):
            parse, index, commit = (w.seconds for w in watches)
            results[fmt].update({
                f"{clock}parse_ms": parse * per_doc, f"{clock}index_ms": index * per_doc,
                f"{clock}commit_ms": commit * per_doc,
                f"{clock}store_ms": (total - parse - index - commit) * per_doc})
    return results


def start_django() -> None:
    """Set Django up in a worker process (DATABASE_URL is already set) and migrate."""
    import django
    from django.core.management import call_command

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "motebok.settings")
    django.setup()
    call_command("migrate", verbosity=0, interactive=False)


def pool_worker(corpus: Path, formats: list[str], workers: int) -> dict[str, Any]:
    """Migrate, then time ``import_paths`` with ``workers`` parse processes per format:
    what ``motebok import`` does. Wall clock, the storing process's own CPU time per
    document (the pipeline's bottleneck, which holds still on a busy machine), and the
    CPU time of every process of the run together (the parse workers' too, counted once
    the run has joined them): its work per document, which on a busy machine says more
    than the wall clock."""
    start_django()
    results = {}
    for fmt in formats:
        files = sorted((corpus / fmt).iterdir())
        start, cpu, children = time.perf_counter(), time.process_time(), children_cpu()
        imported = import_files(files, workers)
        seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
        children = children_cpu() - children
        per_doc = 1000 / imported if imported else 0.0
        results[fmt] = {"imported": imported, "files": len(files), "workers": workers,
                        "rate": imported / seconds if seconds else 0.0,
                        "main_cpu_ms": cpu * per_doc, "all_cpu_ms": (cpu + children) * per_doc}
    return results


def two_core_share(result: dict[str, Any], parse_cpu_rate: float, cores: int) -> float:
    """The real command's rate as a share of the one-core parse rate, both in CPU time,
    if its processes shared ``cores`` free cores without waiting for each other: the
    most it can reach there (every process's CPU per document over the cores, against
    the bare parse's CPU per document). A machine busy with other work moves the wall
    clock but hardly this."""
    all_ms = result.get("all_cpu_ms", 0.0)
    if not all_ms or not parse_cpu_rate:
        return 0.0
    return 100 * (1000 * cores / all_ms) / parse_cpu_rate


def children_cpu() -> float:
    """User + system CPU seconds of this process's ended and joined child processes."""
    import resource

    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def parser_import_seconds(repeat: int) -> tuple[float, float]:
    """Seconds of wall clock and of CPU (the fastest of ``repeat`` fresh interpreters
    each) to import the parser and the record preparers: a one-time cost of every
    process that parses, which the one-core parse rate leaves out (``warm_up``) and the
    real command pays once per run in the window it is timed in (its storing process
    imports the parser to parse too)."""
    code = ("import time; t, c = time.perf_counter(), time.process_time(); "
            "import motebok.parse; from motebok.archive import parsing; "
            "parsing.load_preparers({'search': 'motebok.search.prepare:prepare_record'}); "
            "print(time.perf_counter() - t, time.process_time() - c)")
    found = []
    for _ in range(max(1, repeat)):
        done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                              check=False)
        with contextlib.suppress(ValueError):
            found.append(tuple(float(x) for x in done.stdout.split()[-2:]))
    found = [pair for pair in found if len(pair) == 2]
    if not found:
        return 0.0, 0.0
    return min(wall for wall, _ in found), min(cpu for _, cpu in found)


def command_rate(folder: Path, workers: int) -> dict[str, Any]:
    """Wall-clock documents/s of the command itself, ``motebok import --no-progress
    --workers N FOLDER``, from its start to its exit, into a fresh SQLite archive that
    ``motebok migrate`` prepared untimed: what a user waits for, the start-up (Python,
    Django, the migration check, the parse processes) and the tail included."""
    command = [sys.executable, "-m", "motebok.cli"]
    with tempfile.TemporaryDirectory(prefix="motebok-bench-cmd-") as data_dir:
        env = {**os.environ, "DATABASE_URL": f"sqlite:///{data_dir}/cmd.sqlite3",
               "MOTEBOK_DATA_DIR": data_dir, "DJANGO_SETTINGS_MODULE": "motebok.settings"}
        subprocess.run([*command, "migrate", "-v", "0"], env=env, check=True)
        start = time.perf_counter()
        proc = subprocess.run([*command, "import", "--no-progress", "--workers",
                               str(max(1, workers)), str(folder)],
                              env=env, capture_output=True, text=True, check=False)
        seconds = time.perf_counter() - start
    found = re.match(r"(\d+) imported", proc.stdout.strip().splitlines()[-1]
                     if proc.stdout.strip() else "")
    if proc.returncode != 0 or not found:
        return {"error": (proc.stderr.strip().splitlines() or ["(no output)"])[-1]}
    imported = int(found.group(1))
    return {"imported": imported, "seconds": seconds, "rate": imported / seconds}


def run_worker(corpus: Path, formats: list[str], database_url: str,
               pool: int = 0) -> dict[str, Any]:
    """Run ``worker`` (or ``pool_worker`` with ``pool`` processes) in a child process with
    its own DATABASE_URL and data folder."""
    with tempfile.TemporaryDirectory(prefix="motebok-bench-data-") as data_dir:
        env = {**os.environ, "DATABASE_URL": database_url, "MOTEBOK_DATA_DIR": data_dir,
               "DJANGO_SETTINGS_MODULE": "motebok.settings"}
        proc = subprocess.run(
            [sys.executable, __file__, "--worker", str(corpus), "--formats", ",".join(formats),
             "--pool", str(pool)],
            env=env, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        tail = (proc.stderr.strip().splitlines() or ["(no output)"])[-1]
        return {"error": tail}
    return json.loads(proc.stdout.strip().splitlines()[-1])


def fastest(results: list[dict[str, Any]]) -> dict[str, Any]:
    """Per format, the run with the highest rate among repeated runs (an error only
    when every run failed)."""
    good = [r for r in results if "error" not in r]
    if not good:
        return results[0]
    return {fmt: max((r[fmt] for r in good), key=lambda found: found["rate"])
            for fmt in good[0]}


# --- the storing process alone (for callgrind) -----------------------------------------

STORE_DB = "base.sqlite3"
STORE_PICKLE = "parsed.pickle"


def store_setup(folder: Path, docs: int, seed: int) -> None:
    """Generated txt files in ``folder``, their parse results as a worker sends them,
    and a migrated SQLite file beside them (``--store-setup``)."""
    import pickle

    folder.mkdir(parents=True, exist_ok=True)
    os.environ["DATABASE_URL"] = f"sqlite:///{folder / STORE_DB}"
    os.environ["MOTEBOK_DATA_DIR"] = str(folder)
    start_django()
    import hashlib
    from multiprocessing.reduction import ForkingPickler

    from motebok.archive import parsing, signals

    preparers = parsing.load_preparers(signals.record_preparers)
    parsed = []
    bench = load_parse_benchmark()
    for name, data in bench.render_corpus(bench.generate_minutes(docs, seed), "txt"):
        (folder / name).write_bytes(data)
        record, digest = parsing.parse_and_hash(data, name)
        # what the worker's ``conn.send`` pickles (``parsing.serve``), as bytes
        answer = (record, digest, hashlib.sha256(data).hexdigest(),
                  parsing.prepare(record, preparers))
        parsed.append((name, bytes(ForkingPickler.dumps(answer))))
    (folder / STORE_PICKLE).write_bytes(pickle.dumps(parsed))


def store_only(folder: Path, count: int) -> int:
    """Store 1 + ``count`` files parsed by ``store_setup`` into a copy of its database
    through the importer's per-file steps, as ``motebok import`` does with parse
    workers (``--store-only``); the files stored."""
    import pickle
    import shutil

    parsed = pickle.loads((folder / STORE_PICKLE).read_bytes())[:count + 1]
    with tempfile.TemporaryDirectory(prefix="motebok-bench-store-") as tmp:
        shutil.copy(folder / STORE_DB, Path(tmp) / STORE_DB)
        os.environ["DATABASE_URL"] = f"sqlite:///{Path(tmp) / STORE_DB}"
        os.environ["MOTEBOK_DATA_DIR"] = tmp
        start_django()
        from motebok.archive import importer

        # batches close by count alone (under valgrind the clock runs some 50 times slower)
        importer.BATCH_SECONDS = float("inf")
        report = importer.ImportReport()
        run = importer._Run(None, report, importer.Observer(),
                            importer.Lookups(index_people=True), importer._Batch(eager=True))
        # as ``import_paths`` holds them for its run (a tree from before a change
        # may lack one: then it is left out)
        pinned = getattr(importer.bulk, "pinned_connection", contextlib.nullcontext)
        if hasattr(importer, "sqlitelib"):
            importer.sqlitelib.lean_for_run()
        paths = [folder / name for name, _ in parsed]
        # the run's files read and looked up a group at a time (``_prepared``), as
        # ``import_paths`` does (a tree from before that: one file at a time)
        grouped = getattr(importer, "_prepared", None)
        with pinned(), importer.sqlite_import_mode(), importer.fewer_collections():
            jobs = grouped(paths) if grouped else map(importer._prepare, paths)
            for (_name, result), job in zip(parsed, jobs, strict=True):
                if isinstance(result, bytes):  # as ``Parsers.result`` receives it
                    record, digest, _read, prepared = pickle.loads(result)
                    result = (record, digest, prepared)
                job.parsed = result
                importer._finish(job, run)
            importer._commit_batch(run)
    if len(report.imported) != len(parsed):
        raise SystemExit(f"stored {len(report.imported)} of {len(parsed)}: {report.failed}")
    return len(report.imported)


# --- PostgreSQL ---------------------------------------------------------------------------


def run_scratch(corpus: Path, formats: list[str], url: str, pool: int = 0) -> dict[str, Any]:
    """``run_worker`` into a scratch database of its own on the server at ``url``."""
    with ScratchPostgres(url) as scratch_url:
        return run_worker(corpus, formats, scratch_url, pool)


class ScratchPostgres:
    """A scratch database: on the given server, or on a throwaway cluster started here."""

    def __init__(self, url: str | None) -> None:
        self.server_url = url
        self.cluster_dir: str | None = None
        self.database = f"motebok_bench_{uuid.uuid4().hex[:8]}"

    def __enter__(self) -> str | None:
        if not self.server_url:
            script = ROOT / "scripts" / "pg-throwaway.sh"
            if subprocess.run([str(script), "available"], check=False).returncode != 0:
                return None
            started = subprocess.run([str(script), "start"], capture_output=True, text=True,
                                     check=True)
            self.server_url = started.stdout.strip()
            self.cluster_dir = re.search(r"[?&]host=([^&]+)", self.server_url).group(1)
        self._admin(f'CREATE DATABASE "{self.database}"')
        parts = urlsplit(self.server_url)
        return urlunsplit(parts._replace(path=f"/{self.database}"))

    def __exit__(self, *exc: object) -> None:
        if self.server_url:
            self._admin(f'DROP DATABASE IF EXISTS "{self.database}"')
        if self.cluster_dir:
            subprocess.run([str(ROOT / "scripts" / "pg-throwaway.sh"), "stop", self.cluster_dir],
                           check=False)

    def _admin(self, sql: str) -> None:
        import psycopg

        with psycopg.connect(self.server_url, autocommit=True) as conn:
            conn.execute(sql)


# --- main ---------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=None,
                        help="minutes per format (default 500)")
    parser.add_argument("--formats", default="txt,docx,pdf")
    parser.add_argument("--seed", type=int, default=None, help="default 2024")
    parser.add_argument("--postgres-url", default=os.environ.get("MOTEBOK_TEST_POSTGRES_URL"),
                        help="a PostgreSQL server to use (default: a throwaway cluster)")
    parser.add_argument("--no-postgres", action="store_true")
    parser.add_argument("--repeat", type=int, default=1,
                        help="time each measurement N times, each import into a fresh "
                             "database, and keep the fastest (a shared machine's noise)")
    parser.add_argument("--workers", type=int, default=None,
                        help="parse processes for the real-command run (default: what "
                             "motebok import uses; 0 or 1 leaves that run out)")
    parser.add_argument("--store-setup", metavar="DIR", type=Path,
                        help="write and parse generated txt files into DIR for "
                             "--store-only (--docs defaults to 301 here, --seed to 11)")
    parser.add_argument("--store-only", nargs=2, metavar=("K", "DIR"),
                        help="store 1 + K files that --store-setup parsed into DIR "
                             "(for callgrind: K files' count minus K=0's, per file)")
    parser.add_argument("--worker", metavar="CORPUS", help=argparse.SUPPRESS)
    parser.add_argument("--pool", type=int, default=0, help=argparse.SUPPRESS)
    opts = parser.parse_args(argv)
    formats = [f.strip() for f in opts.formats.split(",") if f.strip()]
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "motebok.settings")
    if opts.store_setup:
        store_setup(opts.store_setup, opts.docs or 301, 11 if opts.seed is None else opts.seed)
        return 0
    if opts.store_only:
        print(store_only(Path(opts.store_only[1]), int(opts.store_only[0])))
        return 0
    opts.docs = opts.docs or 500
    opts.seed = 2024 if opts.seed is None else opts.seed

    if opts.worker:
        if opts.pool > 1:
            print(json.dumps(pool_worker(Path(opts.worker), formats, opts.pool)))
        else:
            print(json.dumps(worker(Path(opts.worker), formats)))
        return 0
    pool = opts.workers
    if pool is None:  # as ``motebok import`` (``parsing`` needs no Django set up)
        from motebok.archive.parsing import default_workers

        pool = default_workers()

    bench = load_parse_benchmark()
    with tempfile.TemporaryDirectory(prefix="motebok-bench-") as tmp:
        corpus = Path(tmp) / "corpus"
        folders = write_corpus(corpus, opts.docs, formats, opts.seed)
        repeat = max(1, opts.repeat)
        baseline = {fmt: max((parse_rate(sorted(folder.iterdir())) for _ in range(repeat)),
                             key=lambda found: found[0])
                    for fmt, folder in folders.items()}
        runs = {"SQLite": fastest([
            run_worker(corpus, formats, f"sqlite:///{tmp}/bench{n}.sqlite3")
            for n in range(repeat)])}
        pools = {}
        if pool > 1:
            pools["SQLite"] = fastest([
                run_worker(corpus, formats, f"sqlite:///{tmp}/pool{n}.sqlite3", pool)
                for n in range(repeat)])
        commands = {}
        if pool > 1:
            for fmt, folder in folders.items():
                good = [r for r in (command_rate(folder, pool) for _ in range(repeat))
                        if "error" not in r]
                commands[fmt] = max(good, key=lambda r: r["rate"]) if good else None
        if not opts.no_postgres:
            with ScratchPostgres(opts.postgres_url) as url:
                if url:
                    runs["PostgreSQL"] = fastest([
                        run_scratch(corpus, formats, url) for _ in range(repeat)])
                    if pool > 1:
                        pools["PostgreSQL"] = fastest([
                            run_scratch(corpus, formats, url, pool) for _ in range(repeat)])
                else:
                    print("note: PostgreSQL not installed and no --postgres-url; skipped")

    headers = ["format", "files", "parse docs/s (cpu)"]
    for name in runs:
        headers += [f"{name} import docs/s (cpu)", f"{name} % of parse (cpu)"]
    rows = []
    for fmt in formats:
        rate, failures, cpu_rate = baseline[fmt]
        row = [fmt, str(opts.docs), f"{rate:.0f} ({cpu_rate:.0f})"
               + (f" ({failures} failed)" if failures else "")]
        for result in runs.values():
            if "error" in result:
                row += ["error", ""]
                continue
            r = result[fmt]
            share = 100 * r["rate"] / rate if rate else 0.0
            cpu_share = 100 * r["cpu_rate"] / cpu_rate if cpu_rate else 0.0
            mark = "" if share >= 70 else " (< 70 %)"
            row += [f"{r['rate']:.0f} ({r['cpu_rate']:.0f}) ({r['imported']}/{r['files']})",
                    f"{share:.0f} %{mark} ({cpu_share:.0f} %)"]
        rows.append(row)
    print(f"\nImport benchmark: {opts.docs} generated minutes per format, one core")
    bench.print_table(headers, rows)
    print("\nWhere an imported document's time goes (ms per document, wall | cpu): "
          "parse / archive store / commit / search index")
    for name, result in runs.items():
        if "error" in result:
            continue
        parts = [f"{fmt} {r['parse_ms']:.1f} / {r['store_ms']:.1f} / {r['commit_ms']:.1f} / "
                 f"{r['index_ms']:.1f} | {r['cpu_parse_ms']:.1f} / {r['cpu_store_ms']:.1f} / "
                 f"{r['cpu_commit_ms']:.1f} / {r['cpu_index_ms']:.1f}"
                 for fmt, r in result.items()]
        print(f"  {name}: " + "; ".join(parts))
    if pools:
        print(f"\nThe real command (import_paths with {pool} parse processes, the storing "
              "one among them), wall clock, against the one-core parse rate above:")
        for name, result in pools.items():
            if "error" in result:
                continue
            parts = [f"{fmt} {r['rate']:.0f} docs/s ({r['imported']}/{r['files']}, "
                     f"{100 * r['rate'] / baseline[fmt][0]:.0f} % of parse; storing process "
                     f"{r.get('main_cpu_ms', 0.0):.1f} ms CPU per document, all processes "
                     f"{r.get('all_cpu_ms', 0.0):.1f}: on {pool} free cores at most "
                     f"{two_core_share(r, baseline[fmt][2], pool):.0f} % of the parse rate "
                     "in CPU)"
                     if baseline[fmt][0] else fmt for fmt, r in result.items()]
            print(f"  {name}: " + "; ".join(parts))
    if pools:
        wall, cpu = parser_import_seconds(max(1, opts.repeat))
        parts = [f"{fmt} {opts.docs / (opts.docs / baseline[fmt][0] + wall):.0f} "
                 f"({opts.docs / (opts.docs / baseline[fmt][2] + cpu):.0f}) docs/s"
                 for fmt in formats if baseline[fmt][0] and baseline[fmt][2]]
        print(f"\nThe parser's import, paid once per run inside the real command's window and "
              f"left out of the one-core parse rate: {wall:.2f} s ({cpu:.2f} s CPU) in a fresh "
              f"interpreter; the one-core parse rate (cpu) with it counted once per {opts.docs} "
              "files, for comparison only (the target is against the rate above): "
              + "; ".join(parts))
    if commands:
        print(f"\nThe command end to end (motebok import --workers {pool}, SQLite, from "
              "its start to its exit: Python, Django, the migration check and the parse "
              "processes' start-up included), against the one-core parse rate above:")
        parts = [f"{fmt} {r['rate']:.0f} docs/s ({r['imported']} in {r['seconds']:.2f} s, "
                 f"{100 * r['rate'] / baseline[fmt][0]:.0f} % of parse)"
                 if r and baseline[fmt][0] else f"{fmt} failed" for fmt, r in commands.items()]
        print("  " + "; ".join(parts))
    for name, result in [*runs.items(), *((f"{n} (real command)", r) for n, r in pools.items())]:
        if "error" in result:
            print(f"note: {name} import failed: {result['error']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
