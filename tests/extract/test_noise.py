"""Noise a converter adds to a plain text must not change its reading (a metamorphic check).

Real minutes reach us through converters (Word's "Save as text", pdftotext, a mail
client, a copy out of a web page) that add characters and spacing no reader sees: Windows
line ends, a byte order mark, spaces at line ends, no-break spaces, a form feed where a
page ended, two blank lines for one, an en dash for a hyphen in a time range (and back),
soft hyphens, zero-width spaces, bold around a label, a left margin. Each such change,
made alone to a fixed, seeded sample of the corpus's .txt and .md documents (UTF-8 ones)
and to minutes of the benchmarks' generator, must leave the record as it was (compared
as JSON without ``source``, which names the file and its hash). The readers undo the
noise where they prepare a text (``motebok.read.text.normalised``).

Kept out of the changes, because there the noise is structure and may change a reading:
- a TAB at a line's end: in a table saved as text it sets an empty last cell apart
  ("Kari Holm<TAB>" under "Navn<TAB>Rolle"), which may be the row's word (no "X" under
  "Til stede"); only spaces are added at line ends;
- a margin line by line: indentation sets a list's levels, a padded table's columns, a
  front matter's fields and a sub-item under its case; the margin is the same 1–3
  spaces before every line, as a converter sets it;
- a no-break space after a list's marker or a number opening the line, or in a table
  of padded columns (the spaces are the columns);
- a second blank line after a long line that stops inside its sentence: a converter
  that sets a blank line after every line of the page makes one blank line against two
  the sign of a paragraph's end;
- the dash inside copied text: a title, an item's text or a decision keeps the dash it
  was typed with (as written), so records are compared with the dashes made one.
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections.abc import Callable
from functools import cache
from pathlib import Path

import pytest

from fixtures.noise import with_soft_hyphens
from motebok.parse import parse_bytes

CORPUS = Path(__file__).parent / "corpus"
BENCHMARKS = Path(__file__).parents[2] / "benchmarks"
SAMPLE = 150  # corpus documents; with the generated ones about 20 s on one core
GENERATED = 12
SEED = 61


def _utf8(path: Path) -> str | None:
    """A document's text, or None when it is no UTF-8 (its encoding is another test's)."""
    try:
        return path.read_bytes().decode("utf-8")
    except UnicodeDecodeError:
        return None


def _sample() -> list[str]:
    """A fixed, seeded choice of the corpus's plain-text and Markdown documents."""
    names = sorted(p.name for p in CORPUS.iterdir() if p.suffix in (".txt", ".md"))
    return sorted(random.Random(SEED).sample(names, SAMPLE))


@cache
def _documents() -> dict[str, str]:
    """The sampled documents' texts by name, and the generated minutes' as "gen-N.txt"."""
    docs = {name: text for name in _sample() if (text := _utf8(CORPUS / name)) is not None}
    sys.path.insert(0, str(BENCHMARKS))
    try:
        from parse import generate_minutes, to_txt
    finally:
        sys.path.remove(str(BENCHMARKS))
    for n, minutes in enumerate(generate_minutes(GENERATED, seed=SEED)):
        docs[f"gen-{n}.txt"] = to_txt(minutes).decode("utf-8")
    return docs


def _record(text: str, name: str) -> str:
    """The record of a text as JSON, without ``source``."""
    record = parse_bytes(text.encode("utf-8"), name).to_dict()
    record.pop("source", None)
    return json.dumps(record, ensure_ascii=False, sort_keys=True)


@cache
def _original(name: str) -> str:
    return _record(_documents()[name], name)


# --- the perturbations: text → text, seeded by the document's name -----------------------

def _crlf(text: str, rng: random.Random) -> str:
    return text.replace("\n", "\r\n")


def _bom(text: str, rng: random.Random) -> str:
    return "\ufeff" + text


def _lines(text: str, rng: random.Random, change: Callable[[str], str],
           share: float = 0.5) -> str:
    """The text with ``change`` made to about ``share`` of its non-blank lines."""
    return "\n".join(change(line) if line.strip() and rng.random() < share else line
                     for line in text.split("\n"))


def _trailing_blanks(text: str, rng: random.Random) -> str:
    """Spaces at line ends (no TABs: see the module's docstring)."""
    return _lines(text, rng, lambda line: line + rng.choice((" ", "  ", "   ")))


def _zero_width_at_ends(text: str, rng: random.Random) -> str:
    return _lines(text, rng, lambda line: line + "\u200b")


# A list's marker or a number opening a line ("-", "1.", "a)", "12/25"): the space after
# it stays (Markdown reads a marker only before a plain space).
_OPENING_MARK = re.compile(r"\s*(?:\[[ xX]?\]|[^\w\s]+|\w{1,2}[.)]|[\d/.:]+)(?= )")


def _nbsp(text: str, rng: random.Random) -> str:
    """About a third of the single spaces inside lines as NBSP ("kl.\u00a010",
    "Kari\u00a0Holm", "Til\u00a0stede:"); not in tables of padded columns."""
    def change(line: str) -> str:
        if "  " in line.strip() or "\t" in line or "|" in line:
            return line  # (a table's columns)
        opening = _OPENING_MARK.match(line)
        first = opening.end() if opening else len(line) - len(line.lstrip())  # (its space)
        return "".join(
            "\u00a0" if char == " " and n > first and line[n - 1] != " " and
            line[n + 1:n + 2] not in ("", " ") and rng.random() < 0.3 else char
            for n, char in enumerate(line))
    return _lines(text, rng, change)


def _leading_spaces(text: str, rng: random.Random) -> str:
    """The same 1–3 spaces before every line (a converter's left margin). Not a margin
    line by line: indentation is structure there (a list's levels, a padded table's
    columns, a front matter's fields, a sub-item under its case)."""
    margin = " " * rng.randint(1, 3)
    return "\n".join(margin + line if line.strip() else line for line in text.split("\n"))


# A break between paragraphs: one blank line after a line that ends a paragraph. Not one
# after a long line that stops inside its sentence ("… vedtatt med 3 mot 2" / "" /
# "stemmer."): a converter that sets a blank line after every line of the page leaves
# those, and there one blank line against two is the tell of a paragraph's end.
_PARAGRAPH_BREAK = re.compile(r"(?<=\S)\n\n(?=\S)")


def _paragraph_breaks(text: str) -> list[int]:
    """Where the text's paragraph breaks start (see ``_PARAGRAPH_BREAK``)."""
    breaks = []
    for match in _PARAGRAPH_BREAK.finditer(text):
        above = text[text.rfind("\n", 0, match.start()) + 1:match.start()]
        if len(above) < 60 or not (above[-1].isalnum() or above[-1] == ","):
            breaks.append(match.start())
    return breaks


def _more_blank_lines(text: str, rng: random.Random) -> str:
    """Two blank lines for one at each paragraph break."""
    for at in reversed(_paragraph_breaks(text)):
        text = text[:at] + "\n\n\n" + text[at + 2:]
    return text


def _form_feed(text: str, rng: random.Random) -> str:
    """A page break (pdftotext's form feed) at a paragraph break in the text's middle."""
    breaks = _paragraph_breaks(text)
    if not breaks:
        return text
    at = breaks[len(breaks) // 2]
    return text[:at] + "\n\f\n" + text[at + 2:]


# A time range: "10.00-12.00", "kl. 10–12", "09:30 - 11:00".
_TIME_RANGE = re.compile(r"(?<![\d.:/])((?:[01]?\d|2[0-3])(?:[.:][0-5]\d)?)( ?)([-–])( ?)"
                         r"((?:[01]?\d|2[0-3])(?:[.:][0-5]\d)?)(?![\d.:/]\d)")


def _swapped_dashes(text: str, rng: random.Random) -> str:
    def swap(match: re.Match[str]) -> str:
        if "." not in match.group(1) + match.group(5) and ":" not in match.group(1) + \
                match.group(5) and "kl" not in text[max(0, match.start() - 4):match.start()]:
            return match.group()  # ("2-3 personer", "Sak 4-5": no clock)
        dash = "–" if match.group(3) == "-" else "-"
        return f"{match.group(1)}{match.group(2)}{dash}{match.group(4)}{match.group(5)}"
    return _TIME_RANGE.sub(swap, text)


_LONG_WORD = re.compile(r"\b[^\W\d_]{10,}\b")


def _soft_hyphens(text: str, rng: random.Random) -> str:
    return with_soft_hyphens(text, rng, _LONG_WORD)


# A label opening a line without markup: "Tid: …", "Møteleder: …", "Vedtak:".
_PLAIN_LABEL = re.compile(r"^([A-ZÆØÅ][a-zæøå]+(?: [a-zæøå]+)?:)(?=\s|$)", re.M)


def _bold_labels(text: str, rng: random.Random) -> str:
    return _PLAIN_LABEL.sub(lambda m: f"**{m.group(1)}**", text)


PERTURBATIONS: dict[str, Callable[[str, random.Random], str]] = {
    "crlf": _crlf,
    "bom": _bom,
    "trailing_blanks": _trailing_blanks,
    "nbsp": _nbsp,
    "more_blank_lines": _more_blank_lines,
    "form_feed": _form_feed,
    "swapped_dashes": _swapped_dashes,
    "soft_hyphens": _soft_hyphens,
    "zero_width_at_ends": _zero_width_at_ends,
    "bold_labels": _bold_labels,
    "leading_spaces": _leading_spaces,
}


# What a perturbation may change in the record: the texts copied as written (a title, an
# item's text, a decision) keep the dash a time range was typed with; the readings (the
# meeting's hours, the items, the people) must not move. Both records are compared with
# the dashes made one.
AS_WRITTEN: dict[str, Callable[[str], str]] = {
    "swapped_dashes": lambda record: record.replace("–", "-"),
}


def changed_readings(perturbation: str) -> list[str]:
    """The names of the documents whose record the perturbation changes."""
    change = PERTURBATIONS[perturbation]
    fold = AS_WRITTEN.get(perturbation, str)
    moved = []
    for name, text in _documents().items():
        noisy = change(text, random.Random(f"{SEED}-{name}"))
        if noisy != text and fold(_record(noisy, name)) != fold(_original(name)):
            moved.append(name)
    return moved


@pytest.mark.parametrize("perturbation", PERTURBATIONS)
def test_converter_noise_leaves_the_reading(perturbation: str) -> None:
    assert changed_readings(perturbation) == []


def test_a_printed_web_pages_narrow_spaces_soft_hyphens_and_repeated_banner_are_read_through():
    # (s64k) the current reading, written down: narrow no-break spaces in hours and sums,
    # soft hyphens and zero-width spaces inside names, and the cookie banner over each
    # printed "page" leave the record as clean text would
    banner = ('<div class="cookie"><p>Vi bruker informasjonskapsler.</p><button>Godta alle'
              '</button></div><nav><ul><li><a href="/">Forsiden</a></li></ul></nav>')
    page = (f"<html><body>{banner}<h1>Referat fra møte i arbeidsutvalget</h1>"
            "<p>Dato: 12. mars 2026<br>Tid: kl.\u202f10.00\u202f–\u202f12.00</p>"
            "<p>Til stede: Hege Mar\u200btinsen (leder), Øyvind Tve\u00addten</p>"
            "<h2>Sak 08/26 Nærings\u00adfond</h2><p>Rammen er 1\u202f200\u202f000 kr.</p>"
            f"<footer>Side 1 av 2</footer>{banner}"
            "<h2>Sak 09/26 Eventuelt</h2><p>Ingen saker.</p></body></html>")
    record = parse_bytes(page.encode(), "referat.html")
    assert (record.meeting.start, record.meeting.end) == ("10:00", "12:00")
    assert [p.name for p in record.participants] == ["Hege Martinsen", "Øyvind Tvedten"]
    assert [(i.number, i.title, i.text) for i in record.items] == [
        ("08/26", "Næringsfond", "Rammen er 1 200 000 kr."),
        ("09/26", "Eventuelt", "Ingen saker.")]
