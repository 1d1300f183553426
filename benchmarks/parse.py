"""Parse benchmark: documents/s of ``motebok.parse.parse_bytes`` per format.

    python benchmarks/parse.py [--docs N] [--formats txt,docx,pdf] [--seed S] [--repeat N]

Generates N invented Norwegian minutes (default 2,000) from templates, renders each as
txt, docx (python-docx) and pdf (reportlab), then times, on one core:
- the full parse (read + extract) per format, in documents/s;
- for docx and pdf, the bare text extraction of the underlying library on the same bytes
  (python-docx paragraphs and table cells; pypdfium2 ``get_text_range()`` per page), and
  the ratio full/bare. Target: the extractor adds at most 0.5x on top of the bare read
  (ratio <= 1.5); txt: >= 1,000 documents/s.
Rates and ratios come in wall-clock and CPU time (``time.process_time``); the CPU figures
hold still when other jobs share the machine, and the verdict uses them. ``--repeat N``
times each run N times and keeps the fastest.
Benchmarks are never part of the test suite. The corpus generator is reused by
benchmarks/import.py.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import random
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta

FIRST_NAMES = ["Kari", "Ola", "Ingrid", "Håkon", "Sigrid", "Øystein", "Åse", "Torbjørn",
               "Marit", "Eirik", "Solveig", "Bjørnar", "Ragnhild", "Trond", "Liv", "Audun",
               "Gunvor", "Kjetil", "Synnøve", "Vegard", "Hilde", "Per Arne", "Tone Merete",
               "Jørn", "Aslaug", "Sindre", "Ellinor", "Knut Olav"]
LAST_NAMES = ["Haugland", "Brekkestø", "Nyhus", "Fjellstad", "Grønlien", "Aasmundtveit",
              "Solbakken", "Ødegården", "Tveiten", "Kvalheim", "Lindeberg", "Myrvold",
              "Sætre", "Bjørnstad", "Hovland", "Engebretsen", "Lie", "Rustad", "Vårdal",
              "Åkerholt", "Moen", "Strand"]
PLACES = ["Nordfjell", "Sørvik", "Østre Åsdal", "Vesterheim", "Breivoll", "Lyngmo",
          "Fjordbotn", "Kvernes", "Midtlia", "Storøya"]
BODY_KINDS = ["Faggruppe for reiseliv", "Regionrådet", "Utvalg for oppvekst og kultur",
              "Nettverk for kompetanse", "Styringsgruppen for kysthelse",
              "Faggruppe for samferdsel", "Arbeidsutvalget", "Faggruppe for næring"]
VENUES = ["Rådhuset, møterom Fjorden", "Teams", "Kulturhuset", "Fylkeshuset, sal 2",
          "Hotell Brygga", "Næringshagen"]
TOPICS = ["Godkjenning av innkalling og saksliste", "Godkjenning av referat fra forrige møte",
          "Budsjett for {year}", "Høring om regional plan for kompetanse",
          "Orientering fra sekretariatet", "Felles søknad om skjønnsmidler",
          "Status for bredbåndsutbygging", "Reiselivsstrategi for {place}",
          "Samarbeid om lærlingeplasser", "Kollektivtilbud på kveldstid",
          "Evaluering av prosjektet «Unge i {place}»", "Møteplan for {year}",
          "Eventuelt"]
DISCUSSION = [
    "{person} orienterte om arbeidet så langt og svarte på spørsmål fra medlemmene.",
    "Det var enighet om at saken er viktig for hele regionen, særlig for de minste "
    "kommunene.",
    "Gruppen drøftet hvordan kommunene i {place} kan dele erfaringer på tvers.",
    "Flere pekte på at kapasiteten i administrasjonen er begrenset, og at tiltakene må "
    "prioriteres.",
    "Presentasjonen sendes ut sammen med referatet.",
    "{person} viste til tidligere vedtak og foreslo å videreføre ordningen ut {year}.",
]
DECISIONS = ["Saken ble tatt til orientering.", "Innkallingen ble godkjent.",
             "Referatet ble godkjent uten merknader.", "Enstemmig vedtatt.",
             "Forslaget ble vedtatt mot to stemmer.", "Saken utsettes til neste møte."]
ACTIONS = ["{person} sender ut oppdatert oversikt innen {due}.",
           "Sekretariatet lager et forslag til høringssvar. Ansvar: {person}",
           "{person} kontakter fylkeskommunen om finansiering, frist {due}.",
           "Kommunene melder inn kontaktpersoner innen {due}. Ansvar: {person}"]
MONTHS = ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august",
          "september", "oktober", "november", "desember"]


@dataclass
class Item:
    """One agenda item: number, title, paragraphs, decisions and actions."""

    number: str
    title: str
    paragraphs: list[str]
    decisions: list[str]
    actions: list[str]


@dataclass
class Minutes:
    """An invented minutes document, independent of any file format."""

    body: str
    place: str
    meeting_date: date
    start: str
    end: str
    venue: str
    present: list[tuple[str, str]]
    absent: list[str]
    secretary: str
    items: list[Item] = field(default_factory=list)
    style: int = 0

    def header_lines(self) -> list[str]:
        """The header in one of three styles real minutes use."""
        day = f"{self.meeting_date.day}. {MONTHS[self.meeting_date.month - 1]} " \
              f"{self.meeting_date.year}"
        numeric = self.meeting_date.strftime("%d.%m.%Y")
        if self.style == 0:
            return [f"Dato: {numeric}", f"Tid: kl. {self.start} – {self.end}",
                    f"Sted: {self.venue}"]
        if self.style == 1:
            return [f"Tid og sted: {numeric} kl {self.start} – {self.end}, {self.venue}"]
        return [f"Møtedato: {day}", f"Møtetid: {self.start}–{self.end}",
                f"Møtested: {self.venue}"]

    @property
    def title(self) -> str:
        return f"Referat fra møte i {self.body} {self.place}"


def _name(rng: random.Random) -> str:
    return f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"


def make_minutes(rng: random.Random) -> Minutes:
    """One minutes document with varied header, attendance and 3–9 items."""
    place = rng.choice(PLACES)
    body = rng.choice(BODY_KINDS)
    year = rng.randint(2014, 2025)
    meeting_date = date(year, 1, 1) + timedelta(days=rng.randint(0, 364))
    hour = rng.choice([8, 9, 10, 12, 13])
    start, end = f"{hour:02d}.{rng.choice(['00', '30'])}", f"{hour + 2:02d}.00"
    people = list(dict.fromkeys(_name(rng) for _ in range(rng.randint(5, 16))))
    present = [(p, f"{rng.choice(PLACES)} kommune") for p in people[:-2]]
    minutes = Minutes(body=body, place=place, meeting_date=meeting_date, start=start, end=end,
                      venue=rng.choice(VENUES), present=present, absent=people[-2:],
                      secretary=_name(rng), style=rng.randint(0, 2))
    short_year = f"{year % 100:02d}"
    for n, topic in enumerate(rng.sample(TOPICS, rng.randint(3, 9)), start=1):
        fill = {"year": year, "place": place, "person": rng.choice(people),
                "due": f"{rng.randint(1, 28)}. {rng.choice(MONTHS)}"}
        paragraphs = [rng.choice(DISCUSSION).format(**fill) for _ in range(rng.randint(1, 4))]
        decisions = [rng.choice(DECISIONS)] if rng.random() < 0.8 else []
        actions = [rng.choice(ACTIONS).format(**fill)] if rng.random() < 0.4 else []
        minutes.items.append(Item(f"{n:02d}/{short_year}", topic.format(**fill), paragraphs,
                                  decisions, actions))
    return minutes


def generate_minutes(count: int, seed: int = 2024) -> list[Minutes]:
    """``count`` invented minutes; the same seed gives the same corpus."""
    rng = random.Random(seed)
    return [make_minutes(rng) for _ in range(count)]


def to_txt(m: Minutes) -> bytes:
    """Plain text, attendance as a tab-separated table, as exported from Word."""
    lines = [m.title, "", *m.header_lines(), "", "Til stede:", "Navn\tKommune"]
    lines += [f"{name}\t{org}" for name, org in m.present]
    lines += ["", "Forfall: " + ", ".join(m.absent), f"Referent: {m.secretary}", "", "Saker", ""]
    for item in m.items:
        lines += [f"Sak {item.number} {item.title}", "", *item.paragraphs]
        lines += [f"Vedtak: {d}" for d in item.decisions]
        lines += [f"Oppfølging: {a}" for a in item.actions]
        lines.append("")
    return "\n".join(lines).encode("utf-8")


def to_docx(m: Minutes) -> bytes:
    """A Word file with heading styles and a real attendance table."""
    import docx

    document = docx.Document()
    document.add_heading(m.title, level=1)
    for line in m.header_lines():
        document.add_paragraph(line)
    document.add_heading("Til stede", level=2)
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text, table.rows[0].cells[1].text = "Navn", "Kommune"
    for name, org in m.present:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = name, org
    document.add_paragraph("Forfall: " + ", ".join(m.absent))
    document.add_paragraph(f"Referent: {m.secretary}")
    for item in m.items:
        document.add_heading(f"Sak {item.number} {item.title}", level=2)
        for text in item.paragraphs:
            document.add_paragraph(text)
        for text in item.decisions:
            document.add_paragraph().add_run(f"Vedtak: {text}").bold = True
        for text in item.actions:
            document.add_paragraph(f"Oppfølging: {text}", style="List Bullet")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def to_pdf(m: Minutes) -> bytes:
    """A PDF with a text layer (reportlab platypus), attendance as a ruled table."""
    from xml.sax.saxutils import escape

    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    styles = getSampleStyleSheet()
    flow = [Paragraph(escape(m.title), styles["Heading1"])]
    flow += [Paragraph(escape(line), styles["Normal"]) for line in m.header_lines()]
    flow += [Spacer(1, 8), Paragraph("Til stede:", styles["Heading2"])]
    table = Table([["Navn", "Kommune"], *[[name, org] for name, org in m.present]])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey)]))
    flow += [table, Spacer(1, 8)]
    flow.append(Paragraph(escape("Forfall: " + ", ".join(m.absent)), styles["Normal"]))
    flow.append(Paragraph(escape(f"Referent: {m.secretary}"), styles["Normal"]))
    for item in m.items:
        flow.append(Paragraph(escape(f"Sak {item.number} {item.title}"), styles["Heading2"]))
        flow += [Paragraph(escape(text), styles["Normal"]) for text in item.paragraphs]
        flow += [Paragraph(escape(f"Vedtak: {t}"), styles["Normal"]) for t in item.decisions]
        flow += [Paragraph(escape(f"Oppfølging: {t}"), styles["Normal"]) for t in item.actions]
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=A4, title=m.title, invariant=1).build(flow)
    return out.getvalue()


RENDERERS: dict[str, Callable[[Minutes], bytes]] = {"txt": to_txt, "docx": to_docx,
                                                     "pdf": to_pdf}


def render_corpus(minutes: Iterable[Minutes], fmt: str) -> list[tuple[str, bytes]]:
    """(filename, bytes) pairs of every minutes document in one format."""
    render = RENDERERS[fmt]
    return [(f"referat-{n:05d}.{fmt}", render(m)) for n, m in enumerate(minutes)]


def bare_docx(data: bytes) -> int:
    """python-docx's own text: every paragraph and table cell (the baseline for docx)."""
    import docx

    document = docx.Document(io.BytesIO(data))
    size = sum(len(p.text) for p in document.paragraphs)
    for table in document.tables:
        for row in table.rows:
            size += sum(len(cell.text) for cell in row.cells)
    return size


def bare_pdf(data: bytes) -> int:
    """pypdfium2's own text of every page (the baseline for pdf)."""
    import pypdfium2

    pdf = pypdfium2.PdfDocument(data)
    try:
        size = 0
        for page in pdf:
            size += len(page.get_textpage().get_text_range())
        return size
    finally:
        pdf.close()


BARE: dict[str, Callable[[bytes], int]] = {"docx": bare_docx, "pdf": bare_pdf}


@dataclass
class Timing:
    """Wall-clock and CPU seconds for a run over a corpus, and how many files failed."""

    seconds: float
    count: int
    failures: int
    first_error: str = ""
    cpu_seconds: float = 0.0

    @property
    def rate(self) -> float:
        return (self.count - self.failures) / self.seconds if self.seconds else 0.0

    @property
    def cpu_rate(self) -> float:
        return (self.count - self.failures) / self.cpu_seconds if self.cpu_seconds else 0.0


def time_each(files: list[tuple[str, bytes]], work: Callable[[bytes, str], object],
              warmup: int = 5, repeat: int = 1) -> Timing:
    """Run ``work`` over every file (after a few untimed warm-up calls); the fastest of
    ``repeat`` runs, by wall clock and by CPU time each."""
    for name, data in files[:warmup]:
        with contextlib.suppress(Exception):  # failures are counted in the timed run
            work(data, name)
    best: Timing | None = None
    for _ in range(max(1, repeat)):
        failures, first_error = 0, ""
        start, cpu_start = time.perf_counter(), time.process_time()
        for name, data in files:
            try:
                work(data, name)
            except Exception as exc:  # a benchmark reports failures, it does not stop
                failures += 1
                first_error = first_error or f"{name}: {type(exc).__name__}: {exc}"
        run = Timing(time.perf_counter() - start, len(files), failures, first_error,
                     time.process_time() - cpu_start)
        if best is not None:
            run.seconds = min(run.seconds, best.seconds)
            run.cpu_seconds = min(run.cpu_seconds, best.cpu_seconds)
        best = run
    return best


def full_parse(data: bytes, name: str) -> object:
    """The whole pipeline the CLI and the importer use."""
    from motebok.parse import parse_bytes

    return parse_bytes(data, name)


def print_table(headers: list[str], rows: list[list[str]]) -> None:
    """A plain fixed-width table on stdout."""
    widths = [max(len(str(c)) for c in col) for col in zip(headers, *rows, strict=True)]
    for row in [headers, ["-" * w for w in widths], *rows]:
        print("  ".join(str(c).rjust(w) for c, w in zip(row, widths, strict=True)))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=2000, help="minutes to generate")
    parser.add_argument("--formats", default="txt,docx,pdf", help="comma-separated formats")
    parser.add_argument("--seed", type=int, default=2024)
    parser.add_argument("--repeat", type=int, default=1, help="runs per timing; the fastest")
    opts = parser.parse_args(argv)
    formats = [f.strip() for f in opts.formats.split(",") if f.strip()]
    unknown = [f for f in formats if f not in RENDERERS]
    if unknown:
        parser.error(f"unknown format(s): {', '.join(unknown)}")

    started = time.perf_counter()
    minutes = generate_minutes(opts.docs, opts.seed)
    rows, problems = [], []
    for fmt in formats:
        t0 = time.perf_counter()
        files = render_corpus(minutes, fmt)
        size = sum(len(d) for _, d in files) / len(files) / 1024
        print(f"generated {len(files)} {fmt} files ({size:.1f} KiB each) "
              f"in {time.perf_counter() - t0:.1f} s", file=sys.stderr)
        full = time_each(files, full_parse, repeat=opts.repeat)
        if full.failures:
            problems.append(f"{fmt}: {full.failures} of {full.count} failed, e.g. "
                            f"{full.first_error}")
        bare_rate, ratio, cpu_ratio, verdict = "", "", "", ""
        if fmt in BARE:
            bare = time_each(files, lambda data, _name, fn=BARE[fmt]: fn(data),
                             repeat=opts.repeat)
            bare_rate = f"{bare.rate:.0f} / {bare.cpu_rate:.0f}"
            if full.failures == 0 and bare.failures == 0:
                ratio = f"{full.seconds / bare.seconds:.2f}"
                value = full.cpu_seconds / bare.cpu_seconds
                cpu_ratio = f"{value:.2f}"
                verdict = "ok" if value <= 1.5 else "over target (<= 1.5)"
        elif fmt == "txt" and full.failures == 0:
            verdict = "ok" if full.cpu_rate >= 1000 else "under target (>= 1000/s)"
        rows.append([fmt, str(full.count), f"{full.rate:.0f} / {full.cpu_rate:.0f}", bare_rate,
                     ratio, cpu_ratio, verdict])

    print(f"\nParse benchmark: {opts.docs} generated minutes per format, one core")
    print_table(["format", "files", "parse docs/s (wall / CPU)", "bare docs/s (wall / CPU)",
                 "full/bare wall", "full/bare CPU", "target (CPU)"], rows)
    for problem in problems:
        print(f"note: {problem}")
    print(f"(total {time.perf_counter() - started:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
