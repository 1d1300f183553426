"""Search benchmark: query latency of ``motebok.search.search`` per database backend.

    python benchmarks/search.py [--items N] [--repeat R] [--postgres-url URL] [--seed S]
                                [--no-sqlite] [--count-cap N] [--rank-limit N] [--json]

Generates an invented archive of N agenda items (default 100,000; about ten per meeting,
with decisions and actions) from a Norwegian word list and templates, bulk-inserts it
and builds the index with ``motebok.search.rebuild()``. It then runs a fixed set of 50
queries (common and rare words, inflected forms, compound parts, case numbers, several
words, filters, two personas) R times each and reports p50/p95 latency in ms.

Baseline, measured in the same run on the same rows: ``like-scan``, a plain
``lower(text) LIKE '%term%'`` scan over the index table for every query word with the
same visibility and page size. Target: p95 <= 20 ms.

SQLite always runs; PostgreSQL runs when --postgres-url or MOTEBOK_TEST_POSTGRES_URL is
given. Each backend runs in its own process inside a Django *test* database (created
and dropped here), so the database named in the URL is never written. Benchmarks are
never part of the test suite.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

STEMS = ["møte", "referat", "budsjett", "plan", "strategi", "kompetanse", "næring", "reiseliv",
         "samferdsel", "vei", "skole", "barnehage", "helse", "omsorg", "kultur", "idrett",
         "bredbånd", "havn", "fiskeri", "landbruk", "skog", "energi", "klima", "natur",
         "turisme", "prosjekt", "søknad", "tilskudd", "høring", "uttalelse", "avtale",
         "samarbeid", "rekruttering", "lærling", "ungdom", "bolig", "tomt", "areal",
         "kollektiv", "buss", "ferje", "bru", "tunnel", "vann", "avløp", "renovasjon",
         "beredskap", "brann", "politi", "digitalisering", "innovasjon", "forskning",
         "økonomi", "regnskap", "rapport", "sekretariat", "styre", "utvalg", "kommune",
         "fylke", "region", "stat", "direktorat", "departement", "tjeneste", "tilbud",
         "behov", "mål", "tiltak", "innsats", "ressurs", "stilling", "ansatt", "leder",
         "arbeid", "plass", "elev", "lærer", "student", "pasient", "lege", "sykehus",
         "vaksine", "smitte", "flom", "ras", "vind", "sol", "kraft", "nett", "fiber",
         "mobil", "dekning", "trafikk", "sikkerhet", "gang", "sykkel", "parkering", "sentrum",
         "handel", "industri", "bedrift", "gründer", "investering", "lån", "rente", "skatt",
         "avgift", "gebyr", "kart", "data", "system", "løsning", "portal", "nettside"]
SUFFIXES = ["", "", "", "en", "et", "er", "ene", "a"]
FILLER = ["og", "i", "på", "for", "til", "med", "om", "av", "at", "det", "som", "er", "ble",
          "skal", "kan", "vil", "har", "en", "et", "den", "de", "ikke", "også", "etter",
          "saken", "rådet", "gruppen", "arbeidet", "videre", "neste", "nye", "felles"]
VERBS = ["drøftet", "vedtok", "orienterte om", "støttet", "ba om", "utsatte", "behandlet",
         "anbefalte", "godkjente", "diskuterte"]
NAMES = ["Kari Nyhus", "Ola Fjellstad", "Ingrid Tveiten", "Håkon Myrvold", "Sigrid Lie",
         "Øystein Moen", "Åse Strand", "Torbjørn Rustad", "Marit Hovland", "Eirik Sætre",
         "Solveig Vårdal", "Trond Kvalheim", "Liv Åkerholt", "Audun Bjørnstad"]
RARE = ["vindkraftverk", "sjøfugltelling", "gangbrubygging", "kulturminneplan",
        "flomsikring", "snøskredvarsling"]
#: How many distinct content words (stems, inflections, compounds) the corpus draws from.
VOCABULARY = 6000


def vocabulary(rng: random.Random) -> tuple[list[str], list[float]]:
    """Content words with cumulative Zipf weights: a few are everywhere, most are rare
    (like minutes).

    Words are stems with Norwegian endings, and compounds of two stems
    ("talentrekruttering", "kompetansestrategien").
    """
    words: list[str] = []
    seen: set[str] = set()
    while len(words) < VOCABULARY:
        first = rng.choice(STEMS)
        stem = first if rng.random() < 0.3 else first + rng.choice(STEMS)
        candidate = stem + rng.choice(SUFFIXES)
        if candidate not in seen:
            seen.add(candidate)
            words.append(candidate)
    rng.shuffle(words)
    return words, list(itertools.accumulate(1.0 / (rank + 1) for rank in range(len(words))))


QUERIES = [
    # (query, filters, persona)
    ("møte", {}, "public"), ("møtene", {}, "public"), ("budsjett", {}, "public"),
    ("budsjettet", {}, "public"), ("strategi", {}, "public"), ("strategiene", {}, "public"),
    ("kompetanse", {}, "public"), ("kompetansen", {}, "public"), ("rekruttering", {}, "public"),
    ("lærlinger", {}, "public"), ("høring", {}, "public"), ("uttalelse", {}, "public"),
    ("vindkraftverk", {}, "public"), ("sjøfugltelling", {}, "public"),
    ("flomsikring", {}, "public"), ("snøskredvarsling", {}, "public"),
    ("talentrekruttering", {}, "public"), ("regionalplan", {}, "public"),
    ("sak 4/22", {}, "public"), ("04/23", {}, "public"), ("Sak 112/24", {}, "public"),
    ("budsjett 2023", {}, "public"), ("møte referat", {}, "public"),
    ("kollektiv buss ferje", {}, "public"), ("skole barnehage", {}, "public"),
    ("helse omsorg beredskap", {}, "public"), ("tilskudd søknad", {}, "public"),
    ("klima energi natur", {}, "public"), ("digitalisering innovasjon", {}, "public"),
    ("samarbeid avtale", {}, "public"), ("kari nyhus", {}, "public"),
    ("budsjett", {"body": 1}, "public"), ("strategi", {"year": 2022}, "public"),
    ("møte", {"year": 2021, "body": 3}, "public"), ("rekruttering", {"body": 2}, "public"),
    ("budsjett", {"person": 1}, "public"), ("høring", {"person": 5, "year": 2023}, "public"),
    ("møte", {}, "admin"), ("rekruttering", {}, "admin"), ("budsjett 2023", {}, "admin"),
    ("vindkraftverk", {}, "admin"), ("sak 4/22", {}, "admin"),
    ("strategi", {"body": 4}, "admin"), ("møte", {}, "public-page-5"),
    ("budsjett", {}, "public-page-5"), ("xyzzy", {}, "public"),
    ("'; DROP TABLE x; --", {}, "public"), ('"møte" AND NEAR(*)', {}, "public"),
    ("ei", {}, "public"), ("2023", {}, "public"),
]


def sentence(rng: random.Random, vocab: tuple[list[str], list[float]], length: int) -> str:
    """A sentence of filler and Zipf-drawn content words, with a capital and a full stop."""
    content = rng.choices(vocab[0], cum_weights=vocab[1], k=length)
    words = [w if rng.random() < 0.5 else rng.choice(FILLER) for w in content]
    if rng.random() < 0.02:
        words.insert(rng.randrange(len(words) + 1), rng.choice(RARE))
    text = " ".join(words)
    return text[0].upper() + text[1:] + "."


def generate(items: int, seed: int) -> dict:
    """Bulk-insert an archive of about ``items`` agenda items; return counts and timings."""
    from django.contrib.auth.models import User

    from motebok.archive.models import (
        Action,
        AgendaItem,
        Decision,
        Meeting,
        Organization,
        Participation,
        Person,
    )

    rng = random.Random(seed)
    vocab = vocabulary(rng)
    started = time.perf_counter()
    bodies = Organization.objects.bulk_create(
        Organization(name=f"Faggruppe {i} for {STEMS[i]}", slug=f"faggruppe-{i}", kind="body")
        for i in range(1, 21))
    people = Person.objects.bulk_create(
        Person(name=name, normalized_name=name.casefold()) for name in NAMES)
    User.objects.create_superuser("bench-admin", "bench@example.org", None)
    meeting_count = max(1, items // 10)
    first_day = date(2019, 1, 1)
    meetings = Meeting.objects.bulk_create(
        Meeting(body=rng.choice(bodies), title=f"Møte i {rng.choice(bodies).name}",
                date=first_day + timedelta(days=rng.randrange(6 * 365)),
                status="published" if rng.random() < 0.9 else "draft")
        for _ in range(meeting_count))
    Participation.objects.bulk_create(
        Participation(meeting=m, person=p, attendance="present", order=i)
        for m in meetings for i, p in enumerate(rng.sample(people, 4)))
    agenda = []
    for index in range(items):
        meeting = meetings[index % meeting_count]
        sequence = index // meeting_count + 1 + 10 * (index % 3)
        year = meeting.date.year
        agenda.append(AgendaItem(
            meeting=meeting, number=f"{sequence:02d}/{year % 100:02d}", sequence=sequence,
            year=year, title=sentence(rng, vocab, rng.randint(2, 6)).rstrip("."),
            text=" ".join(sentence(rng, vocab, rng.randint(6, 16))
                          for _ in range(rng.randint(1, 4))),
            order=index // meeting_count))
    agenda = AgendaItem.objects.bulk_create(agenda, batch_size=2000)
    Decision.objects.bulk_create(
        (Decision(item=item, text=f"{rng.choice(bodies).name} {rng.choice(VERBS)} "
                  + sentence(rng, vocab, 8), order=0)
         for item in agenda if rng.random() < 0.5), batch_size=2000)
    Action.objects.bulk_create(
        (Action(item=item, text=sentence(rng, vocab, 6), order=0,
                responsible_person=rng.choice(people), responsible_text="")
         for item in agenda if rng.random() < 0.3), batch_size=2000)
    analyze()
    inserted = time.perf_counter() - started
    from motebok.search import rebuild

    started = time.perf_counter()
    entries = rebuild()
    return {"meetings": meeting_count, "items": items, "entries": entries,
            "insert_s": round(inserted, 1), "index_s": round(time.perf_counter() - started, 1)}


def filtered_meetings(user, body: int | None = None, year: int | None = None,
                      person: int | None = None):
    """The meetings the baseline scans: visible to ``user`` and passing the filters,
    the same rule ``motebok.search`` applies through its filter tags."""
    from motebok.archive.models import Meeting

    meetings = Meeting.objects.visible_to(user)
    if body is not None:
        meetings = meetings.filter(body_id=body)
    if year is not None:
        meetings = meetings.filter(date__year=year)
    if person is not None:
        meetings = meetings.filter(participations__person_id=person)
    return meetings


def analyze() -> None:
    """Give the planner statistics, as autovacuum would on a live server: without them
    PostgreSQL plans the freshly bulk-loaded tables as if they were empty."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")


def like_scan(query: str, filters: dict, user, per_page: int, page: int) -> int:
    """The baseline: a plain LIKE scan for every query word, same visibility and paging."""
    from django.db import connection

    from motebok.archive.models import Meeting
    from motebok.search.text import parse_query

    terms = [t.word for t in parse_query(query) if not t.is_number] or [query]
    meetings = filtered_meetings(user, **filters)
    meetings_sql, meetings_params = meetings.values("pk").query.sql_with_params()
    conditions = " AND ".join("lower(e.text) LIKE %s" for _ in terms)
    sql = (f"SELECT e.id, e.text, COUNT(*) OVER () FROM search_searchentry e "
           f"JOIN {Meeting._meta.db_table} m ON m.id = e.meeting_id "
           f"WHERE e.meeting_id IN ({meetings_sql}) AND {conditions} "
           "ORDER BY m.date DESC, e.id LIMIT %s OFFSET %s")
    with connection.cursor() as cursor:
        cursor.execute(sql, [*meetings_params, *(f"%{t}%" for t in terms), per_page,
                             (page - 1) * per_page])
        return len(cursor.fetchall())


def percentile(values: list[float], fraction: float) -> float:
    """The value below which ``fraction`` of ``values`` lie (nearest rank)."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(fraction * len(ordered)) - 1))]


#: How many of the slowest queries (by median) the report lists.
SLOWEST = 6


def time_queries(run, repeat: int) -> dict:
    """p50/p95/max in ms of ``run(query, filters, persona)`` over every query × repeat,
    and the slowest queries by their median (what the p95 is made of)."""
    for query, filters, persona in QUERIES:  # warm caches once
        run(query, filters, persona)
    times = []
    per_query: dict[str, list[float]] = {}
    for _ in range(repeat):
        for query, filters, persona in QUERIES:
            started = time.perf_counter()
            run(query, filters, persona)
            elapsed = (time.perf_counter() - started) * 1000
            times.append(elapsed)
            per_query.setdefault(f"{query!r} {filters or ''} {persona}".strip(), []).append(elapsed)
    medians = sorted(((round(statistics.median(v), 2), k) for k, v in per_query.items()),
                     reverse=True)
    return {"p50_ms": round(statistics.median(times), 2),
            "p95_ms": round(percentile(times, 0.95), 2), "max_ms": round(max(times), 2),
            "runs": len(times), "slowest": medians[:SLOWEST]}


def child(items: int, repeat: int, seed: int, count_cap: int | None = None,
          rank_limit: int | None = None, baseline_runs: bool = True,
          archive: str | None = None) -> dict:
    """Run in a fresh process with DATABASE_URL set: build, index, time, report as JSON.

    ``count_cap`` and ``rank_limit`` override the search's tunables of the same name
    (``motebok.search.backends``) to measure what they cost; ``baseline_runs`` False
    skips the LIKE-scan baseline (minutes per query on a large PostgreSQL archive).
    ``archive``: a SQLite file (DATABASE_URL names it) built on the first run and kept,
    then searched as it is, so two versions of the code can be timed in turns on the same
    archive without building it each time (building 100,000 items takes about a minute).
    """
    import django
    from django.conf import settings

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "motebok.settings")
    workdir = tempfile.mkdtemp(prefix="motebok-bench-")
    django.setup()
    database = settings.DATABASES["default"]
    if database["ENGINE"].endswith("sqlite3"):
        database.setdefault("TEST", {})["NAME"] = str(Path(workdir) / "bench.sqlite3")
    from django.db import connection

    from motebok.search import backends

    if count_cap is not None:
        backends.COUNT_CAP = count_cap
    if rank_limit is not None:
        backends.RANK_LIMIT = rank_limit
    if archive is not None:
        return _on_archive(archive, items, seed, repeat, baseline_runs)
    name = connection.creation.create_test_db(verbosity=0, autoclobber=True)
    try:
        built = generate(items, seed)
        return {"backend": connection.vendor, "count_cap": backends.COUNT_CAP,
                "rank_limit": backends.RANK_LIMIT, "sqlite": connection.Database.sqlite_version
                if connection.vendor == "sqlite" else None, **built,
                **_timings(repeat, baseline_runs)}
    finally:
        connection.creation.destroy_test_db(name, verbosity=0)


def _timings(repeat: int, baseline_runs: bool) -> dict:
    """Time the queries (and the LIKE-scan baseline unless ``baseline_runs`` is False)."""
    from django.contrib.auth.models import AnonymousUser, User

    from motebok.search import search

    users = {"public": AnonymousUser(), "admin": User.objects.get(username="bench-admin")}

    def ours(query, filters, persona):
        page = 5 if persona.endswith("page-5") else 1
        return search(query, user=users[persona.split("-")[0]], page=page, **filters)

    def baseline(query, filters, persona):
        page = 5 if persona.endswith("page-5") else 1
        return like_scan(query, filters, users[persona.split("-")[0]], 20, page)

    timings = {"search": time_queries(ours, repeat)}
    timings["like-scan"] = (time_queries(baseline, repeat) if baseline_runs
                            else {"p50_ms": None, "p95_ms": None, "max_ms": None, "runs": 0})
    return timings


def _on_archive(path: str, items: int, seed: int, repeat: int, baseline_runs: bool) -> dict:
    """``child`` on a kept SQLite archive: build it first when the file is new."""
    from django.core.management import call_command
    from django.db import connection

    from motebok.search import backends
    from motebok.search.models import SearchEntry

    if SearchEntry._meta.db_table not in connection.introspection.table_names():
        call_command("migrate", verbosity=0)
        built = {**generate(items, seed), "archive": path}
    else:
        from motebok.archive.models import AgendaItem, Meeting

        built = {"meetings": Meeting.objects.count(), "items": AgendaItem.objects.count(),
                 "entries": SearchEntry.objects.count(), "insert_s": None, "index_s": None,
                 "archive": path}
    return {"backend": connection.vendor, "count_cap": backends.COUNT_CAP,
            "rank_limit": backends.RANK_LIMIT,
            "sqlite": connection.Database.sqlite_version, **built,
            **_timings(repeat, baseline_runs)}


def run_backend(url: str, args: argparse.Namespace) -> dict:
    """Run ``child`` for one database URL in a subprocess and return its JSON."""
    env = {**os.environ, "DATABASE_URL": url, "DJANGO_SETTINGS_MODULE": "motebok.settings"}
    env.setdefault("MOTEBOK_DATA_DIR", tempfile.mkdtemp(prefix="motebok-bench-data-"))
    tunables = [] if args.baseline else ["--no-baseline"]
    if args.archive and url.startswith("sqlite"):
        tunables += ["--archive", str(Path(args.archive).resolve())]
    for option in ("count_cap", "rank_limit"):
        if getattr(args, option) is not None:
            tunables += [f"--{option.replace('_', '-')}", str(getattr(args, option))]
    out = subprocess.run(
        [sys.executable, __file__, "--child", "--items", str(args.items), "--repeat",
         str(args.repeat), "--seed", str(args.seed), *tunables],
        env=env, check=True, capture_output=True, text=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def report(result: dict) -> None:
    """Print one backend's figures."""
    ours, base = result["search"], result["like-scan"]
    built = (f"kept archive {result['archive']}" if result.get("insert_s") is None
             else f"insert {result['insert_s']} s, index {result['index_s']} s")
    print(f"{result['backend']}: {result['items']:,} items, {result['meetings']:,} meetings, "
          f"{result['entries']:,} index entries ({built}; COUNT_CAP {result['count_cap']}, "
          f"RANK_LIMIT {result['rank_limit']})")
    print(f"  search     p50 {ours['p50_ms']:7.2f} ms  p95 {ours['p95_ms']:7.2f} ms  "
          f"max {ours['max_ms']:7.2f} ms  ({ours['runs']} runs)")
    slowest = ", ".join(f"{query} {ms} ms" for ms, query in ours.get("slowest", []))
    print(f"  slowest (median): {slowest}")
    verdict = "meets" if ours["p95_ms"] <= 20 else "MISSES"
    if base["runs"]:
        print(f"  like-scan  p50 {base['p50_ms']:7.2f} ms  p95 {base['p95_ms']:7.2f} ms  "
              f"max {base['max_ms']:7.2f} ms")
        ratio = base["p95_ms"] / ours["p95_ms"] if ours["p95_ms"] else float("inf")
        print(f"  p95 ratio like-scan/search: {ratio:.1f}x; {verdict} the 20 ms p95 target")
    else:
        print(f"  (baseline skipped); {verdict} the 20 ms p95 target")


def main(argv: list[str] | None = None) -> int:
    """Parse options; run each backend in its own process; print the report."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--items", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--postgres-url", default=os.environ.get("MOTEBOK_TEST_POSTGRES_URL"))
    parser.add_argument("--json", action="store_true", help="print the raw results as JSON")
    parser.add_argument("--no-sqlite", action="store_true", help="run PostgreSQL only")
    parser.add_argument("--no-baseline", dest="baseline", action="store_false",
                        help="skip the LIKE-scan baseline")
    parser.add_argument("--count-cap", type=int, default=None,
                        help="override motebok.search.backends.COUNT_CAP")
    parser.add_argument("--rank-limit", type=int, default=None,
                        help="override motebok.search.backends.RANK_LIMIT")
    parser.add_argument("--archive", default=None,
                        help="SQLite: build the archive into this file on the first run, "
                             "keep it, and search it as it is on later runs")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(child(args.items, args.repeat, args.seed, args.count_cap,
                               args.rank_limit, args.baseline, args.archive)))
        return 0
    sqlite_file = (Path(args.archive).resolve() if args.archive
                   else Path(tempfile.mkdtemp(prefix="motebok-bench-")) / "unused.sqlite3")
    urls = [] if args.no_sqlite else [f"sqlite:///{sqlite_file}"]
    if args.postgres_url:
        urls.append(args.postgres_url)
    for url in urls:  # each backend is reported as soon as it is done
        try:
            result = run_backend(url, args)
        except subprocess.CalledProcessError as exc:
            print(f"search benchmark: {url.split(':')[0]} run failed:\n{exc.stderr}",
                  file=sys.stderr)
            return 1
        if args.json:
            print(json.dumps(result), flush=True)
        else:
            report(result)
            sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
