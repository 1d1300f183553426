"""The intermediate form every reader yields: a flat list of text blocks.

A block is one visible unit of the document in reading order: a heading, a paragraph,
a list item (with its visible marker, "1." or "-", kept in ``text``) or a table row
(cells in ``cells``, joined by a tab in ``text``). ``text`` is always the block as it
would read in a plain-text copy of the document, so the extractor can treat every
format alike and use the structure (kind, level, bold) as extra evidence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from enum import StrEnum

from motebok.lazy_pattern import lazy_regex
from motebok.vocab import MONTH_NAMES

#: Words a sentence does not end on ("… sendes til", "… og"): a line that stops on one
#: was wrapped, even across a page break or a blank line.
LINKING_WORDS = frozenset({
    "og", "i", "til", "for", "av", "med", "på", "om", "at", "som", "den", "det", "en", "et",
    "ei", "fra", "frå", "ved", "under", "etter", "mot", "eller", "men", "samt", "der", "da",
    "når", "hvor", "kor", "de", "dei", "seg", "å"})


def stops_inside(text: str) -> bool:
    """Whether a line stops inside a sentence: on a comma, a broken word's hyphen or a
    word no sentence ends on. Across a page break the blank around the page number or
    the header is the page's margin; the line after such a line runs on ("… sendes til"
    / "Side 1 av 2" / "Statsforvalteren innen 1. april.")."""
    last = text[-1:]
    if last in ",-":
        return True
    return last.isalpha() and text.rsplit(None, 1)[-1].casefold() in LINKING_WORDS


# Lines a site puts on every page around the text: when it was last changed ("Sist
# oppdatert 4.3.2025", "Endret: 2. mai 2024 kl. 10.12"), buttons to print, share or follow
# it ("Skriv ut", "Del på Facebook", "Del siden", "Last ned som PDF", "Abonner"), links
# back ("Til toppen", "Tilbake"). None is part of the minutes: a date there is the web
# page's, not the meeting's. ("Publisert" stays: the day a post was published is read
# as the document's date.) The HTML reader drops such blocks; a portal's page printed
# to PDF keeps its tool bar as a line of text, its buttons apart by spaces or cells.
FURNITURE_CHARS = 120
_PAGE_DATE = r"(?:sist\s+)?(?:oppdatert|endret|endra|redigert)|sist\s+revidert"
_DATE_VALUE = (r"(?:den\s+)?(?:\d{1,2}\.\s*(?:\d{1,2}\.?\s*|[a-zæøå]+\.?\s+)\d{2,4}"
               r"|\d{4}-\d{2}-\d{2})(?:,?\s*(?:kl\.?\s*)?\d{1,2}[.:]\d{2})?")
_FURNITURE_PART = (
    rf"(?:{_PAGE_DATE})(?:\s+av\s+[^|:\d]{{1,40}}?)?\s*:?\s*{_DATE_VALUE}"
    r"|skriv\s+ut(?:\s+(?:siden|artikkelen|saken))?|utskrift|print|til\s+toppen|tilbake"
    r"|abonner"
    r"|del(?:\s+(?:siden|artikkelen|saken|denne\s+siden))?(?:\s+på\s+[\w.-]+)?\s*:?"
    r"|facebook|twitter|linkedin|x|e-?post"
    # the page's own download button: "Last ned referatet som PDF (145 kB)", "Last ned PDF"
    r"|last\s+ned(?:\s+[\wæøå]+){0,3}?(?:\s+som)?\s+(?:pdf|word|docx?)"
    r"(?:\s*\(\s*[\d.,]+\s*[km]?b\s*\))?")
# (the buttons apart by a bar, a dot, a dash or spaces alone: "Skriv ut   Del")
_FURNITURE = lazy_regex(rf"(?:{_FURNITURE_PART})(?:(?:\s*[|·•/\n–]\s*|\s+)(?:{_FURNITURE_PART}))*",
                        re.IGNORECASE)
# What such a line begins with: the test that spares most blocks the pattern above.
_FURNITURE_START = ("sist", "oppd", "endr", "redi", "skri", "utsk",
                    "prin", "til ", "tilb", "abon", "del", "last")


def is_page_furniture(text: str) -> bool:
    """Whether a block is only the site's lines about the page: the day it was last
    changed, its print and share buttons. Not a sentence that begins with such a word
    ("Endret budsjett ble lagt fram 3. mai 2024.", "Del 2 av rapporten")."""
    return (text[:4].lower().startswith(_FURNITURE_START)
            and _FURNITURE.fullmatch(text.rstrip(" .")) is not None)


# A day and a month that open a line: "1. april 2024." (the first word of a date, not a
# numbered entry, when the line before stopped on a word).
_DAY_AND_MONTH = lazy_regex(rf"\d{{1,2}}\.\s*(?:{'|'.join(MONTH_NAMES)})\b", re.I)


def runs_on_over_page(last: str, first: str) -> bool:
    """Whether the first line of a page goes on with the sentence the page before stopped
    in: ``stops_inside``, or a line stopped on a lower-case word before a date ("… med
    frist for merknader" / "Side 1 av 2" / "1. april 2024."). A page break never falls
    between a sentence's last word and its full stop, and a date opens no paragraph after
    a line that did not end one (a numbered list of dates has its lead's colon before it).
    """
    return stops_inside(last) or date_runs_on(last, first)


def date_runs_on(last: str, first: str) -> bool:
    """Whether a line that opens with a date ("1. april 2024.") ends the sentence the line
    before stopped in on a lower-case word, across a page break: the date's "1." is then
    no list marker, whatever kind the reader gave the line."""
    return last[-1:].islower() and first[:1].isdigit() and _DAY_AND_MONTH.match(first) is not None


def join_at_hyphen(text: str, following: str) -> str | None:
    """A line ending in a hyphen joined to the next one, or None when the two join with
    a space as any wrapped lines do (no hyphen, or a dash after a space).

    - "kommune-" / "planen": a word broken at the line end; the hyphen goes.
    - "helse-" / "og omsorg", "Nord-" / "eller Sør-": the shared end of a compound
      before "og", "eller", "samt"; the hyphen and the space stay.
    - "NAV-" / "kontoret", "2024-" / "budsjettet", "Sør-" / "Trøndelag", "Holm-" /
      "Larsen": the hyphen is the word's own (after capitals or digits, or before a
      capital); it stays and nothing comes between.
    - "e-" / "post", "10.00-" / "12.00", "2023-" / "2024": so is a hyphen after a lone
      letter (no word is broken after its first letter) and one between numbers (a
      range Word wrapped after its hyphen, as it wraps after any).
    - "2024–" / "2030", "kl. 10.00–" / "12.00": an en dash between numbers, too; and
      one between two names, written close ("Dals-Ed–" / "Marker", "Ed–" / "Ørje": the
      places a cross-border body or a bus line joins), unlike a spaced dash.
    """
    if text[-1:] != "-" or not text[-2:-1].isalnum():
        if text[-1:] == "–" and ((text[-2:-1].isdigit() and following[:1].isdigit()) or
                                 (text[-2:-1].isalpha() and following[:1].isupper())):
            return text + following  # "2024–" / "2030": a range wrapped after its dash
        return None
    first, before = following[:1], text[-2]
    if first.islower():
        word = following.split(None, 1)[0].split("/", 1)[0]
        if word in _COMPOUND_LINKS:
            return None
        broken = before.islower() and text[-3:-2].isalnum() and (
            not _named_prefix(text) or _opens_a_name(following))
        return text[:-1] + following if broken else text + following
    if (first.isupper() and before.isalpha()) or (first.isdigit() and before.isdigit()):
        return text + following
    return None


#: The direction words that open regions' and places' names as words of their own ("Indre
#: Østfold", "Nordre Follo", "Midtre Gauldal", "Øystre Slidre"): never a name's first part.
PLACE_DIRECTION_WORDS = frozenset({"nordre", "søndre", "austre", "østre", "øystre", "vestre",
                                   "øvre", "nedre", "indre", "ytre", "midtre"})

#: First words of place names ("Nord Fron", "Vestre Slidre") and their first parts:
#: "Vest-" / "landsbanen" is "Vestlandsbanen", one name broken, not a name's compound.
PLACE_PREFIXES = PLACE_DIRECTION_WORDS | {"nord", "sør", "aust", "øst", "vest", "midt"}


def _named_prefix(text: str) -> bool:
    """Whether a line's last word, broken at its hyphen, is a capitalised word inside a
    sentence ("… kontakt med Nav-" / "kontoret", "… i Hamar-" / "regionen"): a name that
    opens a compound keeps its hyphen in Norwegian. A sentence's first word ("Kommune-" /
    "planen …", or after a full stop, a colon or a list's mark) is capitalised as a
    sentence's first word is, a word after a capitalised one is a name's part ("Kari
    Nord-" / "mann") and a compass part opens one name ("med Vest-" / "landsbanen"): all
    break as any word does."""
    words = text.rsplit(None, 2)
    if len(words) < 2 or not words[-1][:1].isupper():
        return False
    prefix = words[-1][:-1].casefold()
    if prefix in PLACE_PREFIXES or prefix in _COMMON_BODY_PREFIXES or _binding_s(prefix):
        return False  # "Vest-" / "landsbanen", "til Kommune-" / "styret", "Rådmanns-" /
        # "utvalget"
    before = words[-2]
    return before[:1].islower() and (before[-1:].isalpha() or before[-1:] == ",")


def _binding_s(prefix: str) -> bool:
    """Whether a (case-folded) first part ends in a compound's binding "s" after a
    consonant ("rådmanns", "utviklings", "planleggings"): the first part of a common
    noun, which a name opening a compound ("Nav", "Hamar", "Norges") does not end in."""
    return len(prefix) >= 6 and prefix[-1] == "s" and prefix[-2] not in _VOWELS_AND_S


_VOWELS_AND_S = frozenset("aeiouyæøås")


def _opens_a_name(following: str) -> bool:
    """Whether the rest of a capitalised word broken at a line end is followed by another
    capitalised word, with no stop between ("… fra Inno-" / "vasjon Norge", "Sel-" /
    "skapet Nordbø Vekst"): the joined word is the first of a name of several words, one
    word each, no name opening a compound ("Nav-" / "kontoret i Nordby")."""
    words = following.split(None, 2)
    return len(words) >= 2 and words[0][-1:].isalpha() and words[1][:1].isupper() and \
        words[1][1:2].islower()


#: Common nouns that open the names of public bodies, which many writers capitalise as
#: an institution's ("til Kommune-" / "styret", "Fylkes-" / "kommunen", "Region-" /
#: "rådet"): no names, so broken at a line end they join as one word without the hyphen
#: ("Kommunestyret"), where a name ("Nav-" / "kontoret") keeps it.
_COMMON_BODY_PREFIXES = frozenset({"kommune", "kommunal", "fylke", "fylkes", "stats", "region",
                                   "regional", "regions", "bydel", "bydels", "styre", "styrings",
                                   "formannskaps", "kommunestyre", "arbeids", "kontroll",
                                   "samarbeids", "nærings", "ungdoms", "eldre", "foreldre",
                                   "prosjekt"})


# The words after a compound's shared-end hyphen: "Nord- og Sør-Trøndelag".
_COMPOUND_LINKS = frozenset({"og", "eller", "samt"})


def bold_runs(segments: Iterable[tuple[str, bool]]) -> tuple[str, ...]:
    """The bold runs among a paragraph's (text, bold) segments, each stripped, in order.

    Word and Writer split text into runs wherever an edit or a spell check fell, so
    neighbouring bold segments are one run ("Kari " + "Holm"), and so are two joined by
    blanks alone; a soft line break ends a run, as a Markdown "**" pair ends on its line.
    Callers ask only for a paragraph with some but not all of its text bold: one bold as
    a whole is a heading or a label (``Block.bold``), no run inside running text.
    """
    runs: list[str] = []
    current: list[str] = []
    for text, bold in segments:
        if bold:
            pieces = text.split("\n")
            current.append(pieces[0])
            for piece in pieces[1:]:
                runs.append("".join(current))
                current = [piece]
        elif current and not text.strip(" \t\xa0"):
            current.append(text)  # blanks between two bold runs (or after the last one)
        elif current:
            runs.append("".join(current))
            current = []
    if current:
        runs.append("".join(current))
    return tuple(run for run in (" ".join(r.split()) for r in runs) if run)


def with_runs(block: Block, runs: tuple[str, ...]) -> Block:
    """The block with the bold runs written inside it (``bold_runs``) kept on it."""
    if runs:
        block.runs = runs
    return block


def cell_runs(block: Block) -> tuple[str, ...]:
    """The bold text of one paragraph in a table cell: its runs, or all of it when it is
    bold as a whole. A row is one line of the record, and a bold cell ("**Kari Holm** |
    følger opp") is bold inside that line, as Markdown's row keeps it."""
    if block.runs:
        return block.runs
    return (" ".join(block.text.split()),) if block.bold else ()


class BlockKind(StrEnum):
    """What a block is in the document's structure."""

    HEADING = "heading"
    PARAGRAPH = "paragraph"
    LIST_ITEM = "list_item"
    TABLE_ROW = "table_row"


# The block kinds as module constants, defined here once for the readers and the extractor
# to import: on Python 3.11 looking up an enum member on its class costs several times a
# global lookup, and the steps ask about every line's kind.
HEADING, PARAGRAPH, LIST_ITEM, TABLE_ROW = (BlockKind.HEADING, BlockKind.PARAGRAPH,
                                            BlockKind.LIST_ITEM, BlockKind.TABLE_ROW)


@dataclass(slots=True)
class Block:
    """One heading, paragraph, list item or table row.

    - ``text``: the visible text; a list item starts with its marker ("1. ", "- "),
      a table row is its cells joined by a tab; soft line breaks are "\\n".
    - ``level``: heading level (1 = top) or list nesting depth (0 = top); else 0.
    - ``cells``: the cells of a table row, else empty.
    - ``bold``: the whole block is set in bold (a common stand-in for a heading).
    - ``gap``: a blank line or paragraph space separates it from the block before
      (plain text only knows this; structured formats always set it).
    - ``runs``: the bold runs inside a block not bold as a whole ("Kari Holm" in "Kari
      Holm og Per Dahl følger opp"), as written; the word processors' counterpart of
      "**…**" inside a Markdown line. Empty on most blocks.
    - ``goes_on``: a paragraph line that goes on with the paragraph of the line before,
      though that line ends a sentence: the PDF reader saw the line above wrapped at its
      column's margin ("… om saken." / "Flere medlemmer …"); also a line in small
      letters under a wrapped line that ends in a word ("… fra Statens" /
      "naturoppsyn."), a name the margin cut. Only PDFs know this.
    """

    kind: BlockKind
    text: str
    level: int = 0
    cells: tuple[str, ...] = ()  # a tuple: immutable, so one shared default is safe
    bold: bool = False
    gap: bool = True
    runs: tuple[str, ...] = ()
    goes_on: bool = False


@dataclass(slots=True)
class Document:
    """What a reader returns: the blocks, the format that was read, and notes on what
    the reader could not read (``NotedBlocks``), for the record's warnings."""

    blocks: list[Block]
    format: str
    warnings: list[str] = field(default_factory=list)


class NotedBlocks(list):
    """A reader's blocks with notes on text it saw but could not read (a scanned page
    among typed ones): the record's reader should know its text is incomplete, though
    the rest reads. A list still, so every caller of a reader takes it as before.

    ``furniture``: lines of the page furniture the reader left out that name the
    document's issuer ("Fjordvik kommune ⇥ Side 1 av 2" at every page's foot), which
    the extractor reads as a council's parent when its text names none.

    ``site``: the name of the site a web page was saved from, which the reader left out
    with the site's chrome ("Faggruppe folkehelse – Agder" over a SharePoint page): the
    body that met when the page's own text names none."""

    def __init__(self, blocks: list[Block], notes: list[str],
                 furniture: list[str] | None = None, site: str | None = None) -> None:
        super().__init__(blocks)
        self.notes = notes
        self.furniture = furniture or []
        self.site = site


def without_invisible_marks(block: Block) -> None:
    """Drop the invisible writing-direction marks (LRM, RLM, embeddings and isolates)
    that text copied from web pages, e-mail and right-to-left names carries, and the
    zero-width marks (zero-width space and non-joiner, word joiner, a byte order mark
    inside the text) that web editors and converters leave at word and line ends: they
    show nothing, yet would stay inside a name, a label or a sentence ("Kari Holm\u200f",
    "Vedtak:\u200b"), as the text reader drops them (``text.without_invisible_marks``).
    Only text that is not all printable can hold one (the marks are format characters)."""
    if _INVISIBLE_MARK.search(block.text) is None:
        return
    block.text = _INVISIBLE_MARK.sub("", block.text)
    block.cells = tuple(_INVISIBLE_MARK.sub("", cell) for cell in block.cells)
    block.runs = tuple(_INVISIBLE_MARK.sub("", run) for run in block.runs)


def without_zero_width(blocks: list[Block]) -> None:
    """``without_invisible_marks`` for a word processor's blocks before their page
    header is weighed (``header_blocks``): a title, a label or a day with a zero-width
    space after it ("Referat\u200b") must name the minutes there as it does later. One
    search of the whole text: most documents hold none."""
    text = "".join([block.text for block in blocks])
    if not text.isascii() and _INVISIBLE_MARK.search(text) is not None:
        for block in blocks:
            without_invisible_marks(block)


#: What ends a sentence or a label: a line ending in one is not wrapped (by the PDF
#: reader's margins and the extractor's joins alike: the one list of these marks).
TERMINAL = (".", "!", "?", ":", ";")
#: … as a set, each one character: ``text[-1:] in TERMINAL_CHARS`` is
#: ``text.endswith(TERMINAL)`` without the call (s70g)
TERMINAL_CHARS = frozenset(TERMINAL)


# The zero-width marks converters, mail clients and web editors leave inside and after
# words (zero-width space and non-joiner, word joiner, a byte order mark inside the
# text): one vocabulary for every reader that drops them. The zero-width joiner is not
# one: it binds an emoji's parts.
ZERO_WIDTH_MARKS = "\u200b\u200c\u2060\ufeff"
_INVISIBLE_MARK = lazy_regex(f"[{ZERO_WIDTH_MARKS}\u200e\u200f\u061c\u202a-\u202e"
                             "\u2066-\u2069]")


class BlockCollector:
    """What the DOCX and ODT readers share: the blocks read so far, and the empty
    paragraphs between them, which decide the blocks' ``gap``.

    A list item or table row right after one of its own kind, with no empty paragraph
    between, is tight (one list, one table); ``finish`` then tightens paragraphs typed
    line by line (``tighten_typed_paragraphs``).
    """

    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.gap = True  # the next block comes after an empty paragraph, a table or the start
        self.after_blank: list[bool] = []  # per block: what ``gap`` was before it
        self.spacings = 0  # runs of empty paragraphs that set a block apart from the one above
        self.spacing = False  # such a run is open: empty paragraphs after a block

    def emit(self, block: Block) -> None:
        """Append a block; list items and table rows that follow their kind stay tight."""
        previous = self.blocks[-1] if self.blocks else None
        tight = (previous is not None and not self.gap and previous.kind is block.kind
                 and block.kind in (LIST_ITEM, TABLE_ROW))
        block.gap = not tight
        self.after_blank.append(self.gap)
        self.gap = False
        if self.spacing:
            self.spacing = False
            if block.kind is not HEADING:
                self.spacings += 1
        self.blocks.append(block)

    def blank(self) -> None:
        """An empty paragraph: the next block is set apart. The first after a block
        opens a spacing (``tighten_typed_paragraphs``); not the first after a table or at
        the start, nor a second one, where the gap was set already."""
        if not self.gap:
            self.spacing = True
        self.gap = True

    @contextmanager
    def apart(self) -> Iterator[list[Block]]:
        """Collect what is emitted inside into a list of its own (a list inside a table
        cell becomes part of the cell's text), leaving the document's blocks and their
        spacing as they were."""
        saved = self.blocks, self.after_blank, self.gap, self.spacings, self.spacing
        self.blocks, self.after_blank = [], []
        try:
            yield self.blocks
        finally:
            self.blocks, self.after_blank, self.gap, self.spacings, self.spacing = saved

    def finish(self) -> list[Block]:
        """The blocks, with paragraphs typed line by line tightened."""
        tighten_typed_paragraphs(self.blocks, self.after_blank, self.spacings)
        return self.blocks


def tighten_typed_paragraphs(blocks: list[Block], after_blank: list[bool], spacings: int) -> None:
    """Paragraphs typed line by line get ``gap`` as in plain text.

    Word and Writer set every paragraph apart (``gap``), which is right when the style
    spaces paragraphs. But many minutes are typed like a typewriter page: one paragraph
    per line and an empty paragraph for a blank line ("SAK 5/23" / "Godkjenning av
    protokoll", "REFERAT" / "fra møte i …"). When a document has empty paragraphs often
    enough to be spaced that way, a paragraph or list item right after another block is
    tight, as the next line of a text file is. ``after_blank[i]`` says whether an empty
    paragraph (or the start, or a table) came before ``blocks[i]``.

    The sign is the ``spacings``: the runs of empty paragraphs between a block and the
    next paragraph, list item or table, each run counted once. Not the empty paragraphs
    at the body's start or end, after a table, or before a heading, which Word users type
    for air in documents spaced by their style as well ("Enter" above "Sak 3", below a
    table): they would make every paragraph of such a document the next line of the one
    before.
    """
    if spacings < _TYPED_SPACINGS:
        return
    typed = sum(1 for block in blocks if block.kind in _TYPED_KINDS)
    if spacings * _TYPED_SHARE < typed:
        return
    for block, blank in zip(blocks, after_blank, strict=True):
        if block.kind in _TYPED_KINDS:
            block.gap = blank


# At least this many spacings, and one per this many paragraphs, mark a document
# spaced with empty paragraphs.
_TYPED_SPACINGS = 2
_TYPED_KINDS = (PARAGRAPH, LIST_ITEM)
_TYPED_SHARE = 8


def titled(blocks: list[Block]) -> bool:
    """Whether the body's head, the lines before its first label ("Dato: …"), table or
    item, names the document or the meeting: then the title is there, and a page header
    is a running header. A title under the letterhead's labels ("Fjordvik regionråd" /
    "Saksbehandler: Siri Vangen" / "Referat fra styremøte") is the title as well, when
    it names the document itself (a label's "Møtedato" names a meeting too)."""
    labelled = False
    for block in blocks[:_HEAD_BLOCKS]:
        if block.kind is TABLE_ROW and _contact_row(block.cells):
            continue
        if block.kind is TABLE_ROW or _ITEM_START.match(block.text):
            return False
        if ":" in block.text:
            labelled = True
        elif (_NAMES_DOCUMENT if labelled else _NAMES_MEETING).search(block.text):
            return True
    return False


def _contact_row(cells: tuple[str, ...]) -> bool:
    """Whether a row is a letterhead's contact line set apart by bars or wide gaps
    ("Postboks 150, 1751 Halden | Org.nr. 998 877 665 | post@…"), read as cells: every
    cell an address, a number or a mail address, no table of the body's (a title may
    stand under it)."""
    return len(cells) >= 2 and all(_CONTACT_CELL.search(cell) for cell in cells)


# A letterhead's contact detail: a mail or web address, an organisation or phone number,
# a post box or a postcode before a place ("1751 Halden").
_CONTACT_CELL = lazy_regex(r"@|\bwww\.|\b(?:org\.?\s*nr|orgnr|tlf|telefon|e-?post|postboks)\b|"
                           r"\b\d{4}\s+[A-ZÆØÅ][a-zæøå]", re.I)


def header_letterhead(lines: list[str]) -> list[Block]:
    """The letterhead a Word or Writer template keeps in the first page's header
    ("Fjordvik Vel" / "MØTEREFERAT"), as paragraphs to read before a body whose head
    names nothing (see ``titled``): then the header holds the only title, body and
    organisation.

    Only lines without digits are kept, so a header's page numbers, date fields,
    reference numbers, phone numbers and addresses never reach the extractor, nor do
    e-mail and web addresses; a header that names no minutes adds nothing. The line
    that names the minutes is the exception: "Referat fra styremøte 14.03.2023" gives
    the meeting's day, which a body that starts with its labels may give nowhere else
    (not when it counts the pages, "Referat – side 1 av 2"). A header that names the
    meeting with its day ("Styret ⇥ Styremøte 12.03.2025") names the minutes as well
    (``_dated_meeting``)."""
    kept = []
    for line in lines:
        text = " ".join(line.split())
        if text and len(text) <= 80 and "@" not in text and "www." not in text.casefold() \
                and not _file_name(text) \
                and (not any(c.isdigit() for c in text) or _titles_with_digits(text)
                     or _PLACE_OR_TIME.match(text) is not None):
            kept.append(text)
    if not any(_NAMES_DOCUMENT.search(text) or _dated_meeting(text) for text in kept):
        return []
    return [Block(kind=PARAGRAPH, text=text) for text in kept]


def header_blocks(lines: list[str], blocks: list[Block],
                  running: list[str] | None = None,
                  footer: list[str] | None = None) -> list[Block]:
    """What of the first page's header is read before the body: the letterhead when
    the body's head names nothing (``header_letterhead``), and the header's labelled day
    ("Dato: 12.03.2024", "Møtedato | 12.03.2024" in a header table) when no line of the
    body's head gives a "Dato" of its own: a template that keeps the day only in the
    first page's header would else give no date at all. ``running`` is the header of the
    later pages, when the first page has its own: its day is the same document's.

    The later pages' header (``running``) is read as the letterhead, last, when
    neither the first page's header nor a footer names the minutes.

    ``footer`` is the page footer's lines. Some templates name the minutes only there
    ("Referat Regionrådet 4.3.2025 – side 1"): when neither the body's head nor the
    header does, the footer, its page count left out, is read as the letterhead, and its
    labelled day counts after the headers'.

    Under a bare title ("Referat", "Møtereferat") the header's or footer's one name line
    names the body that met, and the day beside it dates the minutes
    (``name_over_bare_title``), read right above the title."""
    # (a footer's kommune is the issuer, read as a council's parent: ``municipal_furniture``)
    parts = (lines, running,
             [line for line in footer if not names_issuer(line)] if footer else footer)
    lines = furniture_lines(lines)
    running = furniture_lines(running) if running else running
    footer = furniture_lines(footer) if footer else footer
    untitled = not titled(blocks)
    letterhead = header_letterhead(lines) if untitled else []
    if untitled and not letterhead and footer:
        letterhead = header_letterhead(footer)
    if untitled and not letterhead and running:
        # a first page whose own header shows only a logo: the later pages' header is
        # then the one place the minutes are named ("Fjordvik Vel – Møtereferat …")
        letterhead = header_letterhead(running)
    day = _labelled_day(lines) or (_labelled_day(running) if running else None) or (
        _labelled_day(footer) if footer else None)
    if day is None and not untitled and _bare_titled(blocks) and not _head_dated(blocks):
        day = _titled_day(lines)
    named = [] if untitled else \
        next((found for part in parts if part and (found := name_over_bare_title(part, blocks))),
             [])
    if not untitled and not named:
        named = cooperation_of_group(lines, blocks) or parent_of_group(lines, blocks) or \
            cooperation_letterhead(lines, blocks)
    if day is not None:
        named = [block for block in named if not block.text.startswith("Dato: ")]
    head = [] if letterhead else _place_and_time(lines, blocks)
    if day is None or day in {b.text for b in letterhead} or \
            any("dato" in block.text.casefold() for block in blocks[:_DATED_BLOCKS]):
        return [*letterhead, *head, *named]
    return [*letterhead, Block(kind=PARAGRAPH, text=day), *head, *named]


def cooperation_of_group(lines: list[str], blocks: list[Block]) -> list[Block]:
    """The cooperation a page header names in full ("Innkjøpssamarbeidet i Hallingdal –
    Nesbyen kommune er vertskommune") when the body's title names a group of it by the
    definite word alone ("Protokoll fra møte i Styringsgruppa for innkjøpssamarbeidet"):
    the header line that opens with that word is the letterhead the title leans on, read
    above the title up to a dash. Nothing for any other header, which stays a running one."""
    title = next((block.text for block in blocks[:_HEAD_BLOCKS]
                  if _NAMES_MEETING.search(block.text)), None)
    if title is None:
        return []
    described = next((block for line in lines if (block := _described_cooperation(line))), None)
    if described is not None:
        return [described]
    if not title.endswith("samarbeidet"):
        return _cooperation_with_place(lines, title) if "samarbeidet " in title else []
    word = title.rsplit(" ", 1)[-1].casefold()
    for line in lines:
        text = " ".join(line.split())
        if len(text) > len(word) + 2 and text[:len(word)].casefold() == word and \
                text[len(word)] == " ":
            return [Block(kind=PARAGRAPH, text=_DASHED_REST.sub("", text))]
    return []


def _cooperation_with_place(lines: list[str], title: str) -> list[Block]:
    """The page header's line that is the cooperation a title names with its place
    ("Museumssamarbeidet i Valdres" over "Referat frå møte i styringsgruppa for
    museumssamarbeidet i Valdres"): the letterhead of the cooperation whose group met,
    read above the title as under a title naming the definite word alone."""
    found = _COOPERATION_AT_END.search(title)
    if found is None:
        return []
    named = found.group().casefold()
    for line in lines:
        text = _DASHED_REST.sub("", " ".join(line.split()))
        if text.casefold() == named and text[:1].isupper():
            return [Block(kind=PARAGRAPH, text=text)]
    return []


# A cooperation with its place at a title's end: "… for museumssamarbeidet i Valdres".
_COOPERATION_AT_END = lazy_regex(r"\b[\wæøå-]+samarbeidet\s+(?:i|på|for)\s+[\wæøå-]+"
                                 r"(?:\s+[\wæøå-]+){0,2}$", re.IGNORECASE)


def parent_of_group(lines: list[str], blocks: list[Block]) -> list[Block]:
    """The parent a page header names before a dash, with the group after it that the
    body's title names ("Nasjonalparkstyret for Skjærvikfjellet – arbeidsutvalget" over
    "PROTOKOLL FRA ARBEIDSUTVALGET (AU)"): the letterhead line the title leans on, read
    above the title, where the body text names only the group. Nothing for any other
    header, which stays a running one."""
    title = next((block.text for block in blocks[:_HEAD_BLOCKS]
                  if _NAMES_MEETING.search(block.text)), None)
    if title is None:
        return []
    words = set(_WORD.findall(title.casefold()))
    for line in lines:
        text = " ".join(line.split())
        parent, dash, group = text.partition(" – ") if " – " in text else text.partition(" - ")
        group = _INITIALS_AFTER.sub("", group)
        if dash and " " in parent and parent[:1].isupper() and " " not in group and \
                len(group) > 3 and group.casefold() in words and \
                not _NAMES_MEETING.search(group):  # ("Åsen vel – referat": running)
            return [Block(kind=PARAGRAPH, text=text)]
    return []


_WORD = lazy_regex(r"[\wæøå-]+")


def cooperation_letterhead(lines: list[str], blocks: list[Block]) -> list[Block]:
    """The cooperation a page header names alone, its one line ("Helsefellesskapet
    Innlandet"), when the body's title names a group of it with no parent ("Referat –
    Fagråd for e-helse og velferdsteknologi"): the template's letterhead, the group's
    parent, read above the title, which opens the body. Nothing for a header of more lines,
    a name that is no cooperation's, or a body whose head names a cooperation itself."""
    text = " ".join(lines[0].split()) if len(lines) == 1 else ""
    first = text.split(" ", 1)[0].casefold()
    if not first.endswith(_COOPERATION_WORD_ENDINGS) or not text[:1].isupper() or \
            len(text) > 60 or any(c.isdigit() for c in text):
        return []
    title = blocks[0].text if blocks else ""
    if not _NAMES_MEETING.search(title) or not _GROUP_WORD.search(title) or \
            any(_COOPERATION_IN_TEXT.search(block.text) for block in blocks[:_HEAD_BLOCKS]):
        return []  # (the body's head names a cooperation itself, its own letterhead)
    return [Block(kind=PARAGRAPH, text=text)]


# How a cooperation's name begins: "Helsefellesskapet Innlandet", "Vestlandssamarbeidet".
_COOPERATION_WORD_ENDINGS = ("fellesskapet", "samarbeidet")
_COOPERATION_IN_TEXT = lazy_regex(r"(?i)fellesskap|samarbeid")
# A word for a group of a cooperation in a title ("Fagråd for …", "Faggruppe …").
_GROUP_WORD = lazy_regex(r"(?i)fagråd|gruppe|gruppa|utval|nettverk|forum|komite|råd")
# A group's initials in brackets after its word: " (AU)" in "arbeidsutvalget (AU)".
_INITIALS_AFTER = lazy_regex(r"\s+\([A-ZÆØÅ]{2,6}\)$")


def _described_cooperation(line: str) -> Block | None:
    """A header line that names the cooperation behind the body with what kind it is
    ("Barneverntjenesten i Lister – vertskommunesamarbeid", "Barnevernet Nordfjell –
    interkommunalt samarbeid"): the parent of the group the title names ("Referat fra
    fagråd barnevern"), read whole right above the title, as the same line in the
    body is."""
    text = " ".join(line.split())
    lowered = text.casefold()
    if len(text) <= 80 and lowered.endswith(_COOPERATION_KINDS) and \
            not any(c.isdigit() for c in text):
        return Block(kind=PARAGRAPH, text=text)
    return None


# The kinds of cooperation a header names after a dash.
_COOPERATION_KINDS = (" – vertskommunesamarbeid", " - vertskommunesamarbeid",
                      " – interkommunalt samarbeid", " - interkommunalt samarbeid")


# What follows a letterhead's name after a dash: "… – Nesbyen kommune er vertskommune".
_DASHED_REST = lazy_regex(r"\s+[–—-]\s.*$")


def _bare_titled(blocks: list[Block]) -> bool:
    """Whether the body's title names the minutes and nothing more ("Referat",
    "Protokoll", "Møtereferat"): then the page header is where the meeting is named
    (see ``name_over_bare_title``), where a title that names the meeting ("Referat fra
    styremøte") makes the header a running one."""
    title = next((block.text for block in blocks[:_HEAD_BLOCKS]
                  if _NAMES_MEETING.search(block.text)), None)
    return title is not None and _BARE_TITLE.fullmatch(" ".join(title.split())) is not None


def _titled_day(lines: list[str]) -> str | None:
    """The day of the first page header's line that names the minutes or the meeting
    with its day ("Møte i arbeidsutvalet 12.03.2025", "Referat styremøte 4. mars 2025"),
    as a "Dato:" line, for a body under a bare title ("Referat") that gives no day: the
    header's title line is then the one place the meeting is dated, as the letterhead's
    is under a body that names nothing. None when no such line."""
    for text in lines:
        if _titles_with_digits(text) and (found := _BARE_DAY.search(text)) is not None:
            return f"Dato: {found.group()}"
    return None


def _place_and_time(lines: list[str], blocks: list[Block]) -> list[Block]:
    """The first page header's labelled time and place ("Tid: 14:00 – 15:45",
    "Møtested: Rådhuset") when it is no letterhead (the body names the minutes) and the
    body's head gives neither: a template that keeps the meeting's head in a table in
    the header, as it keeps the day there (``_labelled_day``)."""
    found = [text for text in lines if _PLACE_OR_TIME.match(text)]
    if not found or any(_PLACE_OR_TIME_LABEL.match(block.text)
                        for block in blocks[:_DATED_BLOCKS]):
        return []
    return [Block(kind=PARAGRAPH, text=text) for text in found]


def municipal_furniture(*parts: list[str] | None) -> list[str]:
    """The lines of page headers and footers (``parts``, as read, tabs kept) that name a
    kommune ("Nordby kommune ⇥ Side 1 av 3"), each without its page count: the
    document's issuer, which the extractor reads as a council's parent when the text
    names none (``NotedBlocks.furniture``), never as a line of the minutes. The same
    for a Word or Writer header and footer as for a PDF's running one. A line that names
    an inter-municipal company ("Vestfjord Renovasjon IKS ⇥ Møteprotokoll") is kept as
    well: the company whose representantskap or styre met. A header or footer with a
    short name of two words or more, without digits, beside other lines ("Fjordvik
    idrettslag" left of "Hovedstyret 12.03.2025") is kept whole: the name may be the
    parent of the body the other line names, which the extractor judges
    (``minutes._club_beside_body``); so is such a name alone, which may be the parent of
    the body the title names (``minutes._parent_alone``). A line that names a cooperation
    by its region ("Kongsbergregionen – Faggruppe plan og areal") is kept too: the
    group's parent beside its name (``minutes._region_beside_body``); and so is a line
    that names the minutes and ends in their full date ("Møteprotokoll 12.03.2027",
    ``dated_minutes``): the meeting's day where the text gives none."""
    out = []
    for part in parts:
        if not part:
            continue
        lines = furniture_lines(part)
        if len(lines) > 1 and any(_furniture_name(line) for line in lines):
            out.extend(lines)
        elif len(lines) == 1 and (_furniture_name(lines[0]) or _one_word_council(lines[0]) or
                                  _long_body_name(lines[0])):
            out.extend(lines)  # a name alone ("Fjellbygd sogelag"): maybe the body's parent
        else:
            out.extend(line for line in lines if names_issuer(line) or _dates_by_year(line) or
                       _names_region_cooperation(line) or _names_group_beside_parent(line) or
                       dated_minutes(line))
            out.extend(part for line in lines if (part := _council_before_address(line)))
            out.extend(part for line in lines if (part := _name_before_minutes_word(line)))
    return out


def _name_before_minutes_word(line: str) -> str | None:
    """The name a header or footer gives before the minutes' word and their number or day
    ("Stiftelsen Helgeland kystmuseum – Styreprotokoll 4/2025", "Fjordvik Vel | Referat
    12.03.2025"): the organisation whose minutes these are, kept alone (its number is no
    name), for the extractor to judge as the parent of the body that met
    (``minutes._parent_alone``). None when the line is not just the two parts."""
    if "rotokoll" not in line and "eferat" not in line:
        return None  # (one substring test for most lines)
    parts = [part for part in _NAME_AND_MINUTES_SPLIT.split(line) if part]
    if len(parts) != 2 or not _furniture_name(parts[0]) or \
            _MINUTES_WORD_AND_NUMBER.fullmatch(parts[1]) is None:
        return None
    return parts[0]


# What parts the name from the minutes' word in such a header: a dash or a bar, or a
# middle dot ("Grensekomiteen Nordfjell–Idre · Protokoll 2/2026").
_NAME_AND_MINUTES_SPLIT = lazy_regex(r"\s+[–—|·]\s+|\s+-\s+")
# The minutes' word and their number or day after a header's name: "Styreprotokoll
# 4/2025", "Referat 12.03.2025", "Protokoll styremøte 3/25".
_MINUTES_WORD_AND_NUMBER = lazy_regex(
    r"(?:[\wæøå]*protokoll|[\wæøå]*referat)(?:\s+[\wæøå]*møte)?(?:\s+nr\.?)?\s+"
    r"\d{1,2}(?:[./]\d{1,2})?[./]\d{2,4}", re.I)


def _council_before_address(line: str) -> str | None:
    """The council's or cooperation's name that opens a footer's line before its address
    ("Vesterfjella interkommunale politiske råd · Storgata 4, 3580 Geilo · www.…"): the
    organisation whose template it is, kept alone (the address is no name), for the
    extractor to judge as the body's parent (``minutes._cooperation_on_edges``)."""
    if "råd" not in line and "amarbeid" not in line:
        return None
    name = _ADDRESS_SPLIT.split(line, 1)[0]
    if name == line or ("råd" not in name and "amarbeid" not in name) or \
            not (_furniture_name(name) or _one_word_council(name)):
        return None
    return name


def _long_body_name(line: str) -> bool:
    """(s76l) A header alone that names a network or a group by its noun and a region, too
    long for ``_furniture_name`` ("Regionalt oppvekstnettverk Salten og Ytre Nord"): kept,
    the full name of the body the text calls by the noun alone ("oppvekstnettverket",
    ``minutes._body_named_on_pages``). Capitalised, six to eight words, no digits or colon,
    its noun (a compound ending in one) among its first two words."""
    words = line.split()
    return line[:1].isupper() and 6 <= len(words) <= 8 and len(line) <= 80 and \
        ":" not in line and not any(char.isdigit() for char in line) and \
        any(word.casefold().endswith(_BODY_NOUNS) for word in words[:2])


# The indefinite nouns of a network's or a group's name ("oppvekstnettverk", "Kystforum",
# "arbeidsgruppe", "Fagutval").
_BODY_NOUNS = ("nettverk", "forum", "gruppe", "utvalg", "utval", "komité", "komite")


def _one_word_council(name: str) -> bool:
    """A council or cooperation named by one word of its own ("Vestlandsrådet",
    "Kystsamarbeidet", "VESTLANDSRÅDET"), as a template's header or footer names it."""
    return " " not in name and name[:1].isupper() and len(name) > 8 and \
        name.casefold().endswith(("rådet", "samarbeidet"))


# What parts a footer's name from its address and contacts: a middle dot, a bar, a
# bullet or a dash with spaces, or a comma.
_ADDRESS_SPLIT = lazy_regex(r"\s+[·|•–-]\s+|,\s+")


# A cooperation named by its region in one word: "Kongsbergregionen", "Gjøvikregionen";
# or as the region's cooperation: "Listersamarbeidet", "Øvre Dal-samarbeidet".
REGION_COOPERATION = lazy_regex(
    r"(?:[A-ZÆØÅ][\wæøå]+\s)?[A-ZÆØÅ][\wæøå-]{2,30}(?:regionen|samarbeidet)")
# The words that end such a name (a cheap test before the pattern).
REGION_COOPERATION_ENDS = ("regionen", "samarbeidet")


def _names_region_cooperation(line: str) -> bool:
    """Whether a header's or footer's line names a cooperation by its region
    ("Kongsbergregionen – Faggruppe plan og areal", "Faggruppe barnehage ·
    Haustfjord-samarbeidet"): the parent of the group whose minutes the template heads,
    which the extractor judges beside the body's name (``minutes._region_beside_body``)."""
    return any(end in line for end in REGION_COOPERATION_ENDS) and \
        REGION_COOPERATION.search(line) is not None


def _names_group_beside_parent(line: str) -> bool:
    """Whether a header's or footer's line is a group's name beside another name, split by
    a dash or a bar ("Nettverk for kommunal beredskap Agder – Administrativ gruppe"): the
    group whose minutes the template heads and maybe its parent, which the extractor
    judges beside the body's name (``minutes._parent_beside_group``)."""
    if "grupp" not in line.casefold():
        return False
    parts = [part for part in _GROUP_SPLIT.split(line) if part]
    # (the group may be written small before its name: "Den kulturelle skolesekken
    # Innlandet – regiongruppe Hadeland")
    return len(parts) == 2 and all(
        (part[:1].isupper() or _small_then_name(part))
        and ":" not in part and not any(char.isdigit() for char in part)
        and part.count(" ") <= 5 for part in parts)


def _small_then_name(part: str) -> bool:
    """Whether a header's part opens with a small word before a capitalised name
    ("regiongruppe Hadeland")."""
    words = part.split(" ", 2)
    return len(words) > 1 and words[1][:1].isupper()


# The dash or bar a header sets between a group's name and its parent's.
_GROUP_SPLIT = lazy_regex(r"\s+[–—|]\s+|\s+-\s+")


def names_council(line: str) -> bool:
    """Whether a header's or footer's line is a regional council's name alone
    ("Vestfjell regionråd" over "Referat fra møte i arbeidsutvalget"): the cooperation
    whose working committee or group met, which the extractor reads as the body's
    parent (``minutes._council_of_body``)."""
    return "egionråd" in line and _COUNCIL_NAME.fullmatch(line) is not None


# The emergency services kommuner run together, named by their region before the noun
# ("Vest-Telemark legevakt", "Fjordby brann og redning", "Sunnfjord brannsamarbeid"): an
# owners' meeting's or a board's parent when a page's edge or a saved page's <title>
# names it (``minutes._the_company``, ``html._council_in_page_title``).
SHARED_SERVICE_NOUNS = ("legevakt", "brannvesen", "brann og redning", "brannsamarbeid")
_SHARED_SERVICE = lazy_regex(r"[A-ZÆØÅ][\w-]*(?:\s+[A-ZÆØÅ][\w-]*){0,2}\s+(?:"
                             + "|".join(SHARED_SERVICE_NOUNS).replace(" ", r"\s+")
                             + r")(?:\s+IKS)?")


def names_shared_service(line: str) -> bool:
    """Whether a line is the name alone of an emergency service the kommuner share
    (``SHARED_SERVICE_NOUNS``): "Sunnfjord brannsamarbeid", not "Referat frå legevakt"."""
    return any(noun in line for noun in SHARED_SERVICE_NOUNS) and \
        _SHARED_SERVICE.fullmatch(line) is not None


# A crisis centre or a support centre against incest and sexual abuse, which kommuner run
# together (krisesenterlova), by its name alone: its word then its place ("Krisesenteret i
# Vesterdal", "Overgrepssenteret Søndre Dal"), its place then its word ("Nordvik
# krisesenter"), or its full name ("Støttesenter mot incest og seksuelle overgrep
# Nordfjell"). The parent of its board, council or staff meeting, whether a line over the
# title (``header``) or a saved page's <title> (``html._council_in_page_title``) names it.
_CRISIS_CENTRE = lazy_regex(
    r"(?:(?:Krise|Incest|Overgreps|Støtte)senter(?:et)?\s+(?:(?:i|for|på)\s+)?"
    r"[A-ZÆØÅ][\w -]{1,40}|"
    r"[A-ZÆØÅ][\w-]{2,30}(?:\s+[A-ZÆØÅ][\w-]{2,30})?\s+"
    r"(?:krise|incest|overgreps|støtte)senter(?:et)?|"
    r"(?:Støtte)?[Ss]enter(?:et)?\s+mot\s+(?:incest|seksuelle\s+overgrep)[\w ]{0,40}?\s+"
    r"(?:(?:i|for|på)\s+)?[A-ZÆØÅ][\w -]{1,40})(?:\s+IKS)?")


def names_crisis_centre(line: str) -> bool:
    """Whether a line is a crisis centre's or an abuse support centre's name alone
    (``_CRISIS_CENTRE``): "Krisesenteret i Vesterdal", not "Referat fra krisesenteret"."""
    return "enter" in line and len(line) < 90 and _CRISIS_CENTRE.fullmatch(line) is not None


def names_cooperation_word(word: str) -> bool:
    """Whether one word names an inter-municipal cooperation by a compound on
    "-samarbeidet" ("Innkjøpssamarbeidet", "Veterinærvaktsamarbeidet"): capitalised, with
    a field before the noun. The one test of a saved page's <title> (``html``) and of a
    letterhead over the minutes' title (``header``), each with the region after it."""
    return word[:1].isupper() and len(word) > 11 and word.casefold().endswith("samarbeidet")


# A regional park or a destination company named by its place ("Regionalparken
# Vassdalen", "Reisemål Indre Sogndal", "Visit Nordfjella"): the organisation its council,
# partners or working group serve, whether a line at the top of the minutes or a saved
# page's <title> names it (``header``, ``html._council_in_page_title``).
DESTINATION_WORDS = ("Regionalparken ", "Regionparken ", "Reisemål ", "Visit ")
_DESTINATION = lazy_regex(r"(?:Regionalparken|Regionparken|Reisemål|Visit)"
                          r"(?:\s+[A-ZÆØÅ][\w-]*){1,3}")


def names_destination(line: str) -> bool:
    """Whether a line is a regional park's or a destination company's name alone
    (``DESTINATION_WORDS``): "Visit Kystlandet", not "Visit Kystlandet inviterer"."""
    return line.startswith(DESTINATION_WORDS) and _DESTINATION.fullmatch(line) is not None


# A regional council's name: one to four capitalised words before "regionråd" ("Vestfjell
# regionråd", "Indre Fjord regionråd"), two regions joined by "og" ("Land og Toten
# regionråd"), or the council's word first with its region after it ("Regionrådet for
# Hadeland", "Regionrådet i Nordfjord"); not a title that names the minutes too.
_COUNCIL_NAME = lazy_regex(r"[A-ZÆØÅ][\w-]*(?:\s+(?:og\s+)?[A-ZÆØÅ][\w-]*){0,3}\s+regionråd|"
                           r"Regionrådet\s+(?:for|i)\s+[A-ZÆØÅ][\w-]*"
                           r"(?:\s+(?:og\s+)?[A-ZÆØÅ][\w-]*){0,3}")


def _dates_by_year(line: str) -> bool:
    """A footer's or header's short line that ends in a year, its only number ("Styringsgruppen
    Kystlei · referat 2025"): a template that gives the year only there, for minutes whose
    head writes the day without one ("Dato: den 12.03."). The extractor takes the year
    from it last of all sources."""
    return len(line) <= 80 and line[-4:-2] == "20" and line[-2:].isdigit() and \
        sum(char.isdigit() for char in line) == 4 and line[-5:-4] == " "


def dated_minutes(line: str) -> bool:
    """(s77l) A header's or footer's short line that names the minutes and ends in a full
    date, its only number ("Sammanträdesprotokoll 2027-01-28", "Møteprotokoll 12.03.2027",
    "Referat AU 4. mars 2027"): a template that gives the meeting's day only there. The
    extractor takes the day from it when the minutes give none (``header``)."""
    return len(line) <= 80 and line[-1:].isdigit() and names_minutes(line) and \
        _FULL_DATE_AT_END.search(line) is not None


#: The words that name minutes in a page header's or footer's line, case-folded
#: ("Møteprotokoll", "Sammanträdesprotokoll", "REFERAT", "Møtebok", "Møtedato",
#: "Sammanträdesdatum"): the readers keep such a line that ends in a full date
#: (``dated_minutes``), and the extractor reads the meeting's day from it (``header``).
MINUTES_WORDS = ("referat", "protokoll", "møtebok", "møtedato", "sammanträdesdatum")


def names_minutes(line: str) -> bool:
    """Whether a header's or footer's line names the minutes (``MINUTES_WORDS``), in any
    case."""
    return folded_names_minutes(line.casefold())


def folded_names_minutes(folded: str) -> bool:
    """``names_minutes`` of a line already case-folded: for a caller that asks more of the
    folded line (``header._furniture_minutes_day``) and so folds it once."""
    return any(word in folded for word in MINUTES_WORDS)


# A full date ending a line, its only number: "… 2027-01-28", "… 12.03.2027", "… 4. mars 2027".
_FULL_DATE_AT_END = lazy_regex(rf"^\D*(?:\d{{1,2}}\.\s?\d{{1,2}}\.\s?\d{{4}}|"
                               rf"\d{{4}}-\d{{2}}-\d{{2}}|"
                               rf"\d{{1,2}}\.\s*(?:{'|'.join(MONTH_NAMES)})\s+\d{{4}})$", re.I)


def names_issuer(line: str) -> bool:
    """Whether a header's or footer's line names a kommune or an inter-municipal company:
    the issuer of the minutes, read as the body's parent, never as the body."""
    return "ommune" in line or " IKS" in line


def _furniture_name(line: str) -> bool:
    """A header's cell that may be a name: capitalised, two to five words, short, without
    digits or a label's colon ("Fjordvik idrettslag", not "Side 2" or "Dato: 4.3.")."""
    return line[:1].isupper() and 2 <= line.count(" ") + 1 <= 5 and len(line) <= 60 and \
        ":" not in line and not any(char.isdigit() for char in line)


def with_furniture(blocks: list[Block], furniture: list[str]) -> list[Block]:
    """The blocks, carrying ``furniture`` (``municipal_furniture``) when there is any."""
    return NotedBlocks(blocks, [], furniture) if furniture else blocks


def name_over_bare_title(lines: list[str], blocks: list[Block]) -> list[Block]:
    """The name a PDF's running header carries on page 1 ("Nordhavn havneråd ⇥ Side 1
    av 3", dropped as repeated furniture) when the body's title names the minutes but
    nobody ("Referat fra møte", "Møtereferat"): the header is then the only place the
    body that met is named, and it is read above the title as a letterhead. Only one
    short name line without digits, labels or addresses, of two words or more or one
    that is a body's own name ("Styret", "Representantskapet"); nothing when the title
    names more than the document. The same for a Word or Writer header or footer under
    such a title (``header_blocks`` reads it only under a body's head that names nothing).

    The header often dates the minutes beside the name ("Nordhavn havneråd – 11.03.2025",
    "… ⇥ 11.03.2025", "… – referat 11.03.2025"): when the body's head gives no day of its
    own, that day is read as its "Dato:", the day the minutes are of. The minutes' word
    after the dash without a day ("Næringsnettverket i Vestdal – referat") is left off the
    name as well."""
    lines = furniture_lines(lines)
    title = next((block.text for block in blocks[:_HEAD_BLOCKS]
                  if _NAMES_MEETING.search(block.text)), None)
    if title is None or not (_BARE_TITLE.fullmatch(" ".join(title.split())) or
                             _board_named_in_header(title, lines)):
        return []
    names, days = [], []
    for text in lines:
        dated = _NAME_THEN_DAY.fullmatch(text) if text[-1:].isdigit() else None
        if dated is None and _BARE_DAY.fullmatch(text):
            days.append(text)  # the day tabbed apart from the name
            continue
        undated = _NAME_THEN_KIND.fullmatch(text) if dated is None and (
            "–" in text or "-" in text) else None
        name = dated["name"] if dated else undated["name"] if undated else text
        if (_HEADER_NAME.fullmatch(name) or _ONE_WORD_BODY.fullmatch(name)) and \
                not _NAMES_MEETING.search(name):
            names.append(name)
            if dated:
                days.append(dated["day"])
    if len(names) != 1:
        return []
    found = [Block(kind=PARAGRAPH, text=names[0])]
    if len(set(days)) == 1 and not _head_dated(blocks):
        # (above the name, which stays right over the title it names the body of)
        found.insert(0, Block(kind=PARAGRAPH, text=f"Dato: {days[0]}"))
    return found


def cooperation_over_title(lines: list[str], blocks: list[Block]) -> list[Block]:
    """The cooperation a PDF's running header names alone on page 1 ("Nordhordvik
    interkommunale politiske råd", "Vestvik regionråd"), dropped as repeated furniture,
    over a title that names the meeting of one of its bodies ("Referat frå møte i
    arbeidsutvalet"): read above the title as the letterhead it is, as on a one-page
    PDF, where the header is no repeated furniture and stays; the extractor judges it as
    it judges a letterhead. Only one short line without digits that the body's head does
    not repeat. (A Word or Writer template's header is never in the text: not read.)"""
    lines = furniture_lines(lines)
    if len(lines) != 1 or "råd" not in lines[0] or not titled(blocks):
        return []
    name = " ".join(lines[0].split())
    if len(name) > 60 or any(char.isdigit() for char in name) or \
            _COOPERATION.search(name) is None or _HEADER_NAME.fullmatch(name) is None:
        return []
    if any(name.casefold() in block.text.casefold() for block in blocks[:_HEAD_BLOCKS]):
        return []
    return [Block(kind=PARAGRAPH, text=name)]


# A council of municipalities that minutes of its working bodies come from.
_COOPERATION = lazy_regex(r"\b(?:interkommunale?\s+politiske?\s+råd|regionråd(?:et)?)$", re.I)


def _head_dated(blocks: list[Block]) -> bool:
    """Whether the body's head gives a day of its own: a "Dato" label or a written day."""
    return any("dato" in block.text.casefold() or _ANY_DAY.search(block.text)
               for block in blocks[:_DATED_BLOCKS])


# A name, then the day the minutes are of, maybe after a dash and the minutes' word:
# "Nordhavn havneråd – 11.03.2025", "Arbeidsutvalget – referat 11. mars 2025".
_NAME_THEN_DAY = lazy_regex(r"(?P<name>[^\W\d].+?)\s*(?:[–—-]\s*|,\s*)?"
                            r"(?:(?i:møtereferat|referat|protokoll|møteprotokoll)\s+)?"
                            r"(?:(?i:den)\s+)?(?P<day>\d{1,2}\.\s?(?:\d{1,2}\.\s?\d{2,4}|"
                            r"[a-zæøå]{3,}\.?\s+\d{4}))")
# … or the minutes' word alone after the dash: "Næringsnettverket i Vestdal – referat".
_NAME_THEN_KIND = lazy_regex(r"(?P<name>[^\W\d].+?)\s*[–—-]\s*"
                             r"(?i:møtereferat|referat|protokoll|møteprotokoll)")
# A day written anywhere in a line: "12.03.2024", "12. mars 2024", "2024-03-12".
_ANY_DAY = lazy_regex(r"(?i)\b\d{1,2}\.\s?(?:\d{1,2}\.\s?\d{2,4}|"
                      r"(?:jan|feb|mar|apr|mai|jun|jul|aug|sep|okt|nov|des)[a-z]*\.?\s+\d{4})"
                      r"|\b\d{4}-\d{2}-\d{2}\b")


# A title that names the minutes of a meeting and no body: "Referat fra møte",
# "Møtereferat", "Protokoll frå møtet 14. mai 2025", "Møte 12.03.2025"; also a network's
# meeting by the word alone, "Referat frå nettverksmøte" (which network, the header says).
def _board_named_in_header(title: str, lines: list[str]) -> bool:
    """Whether the title ends on a board's one word ("PROTOKOLL FRÅ MØTE I
    NASJONALPARKSTYRET") that a header line names in full, with what it is for
    ("Nasjonalparkstyret for Lyngvidda nasjonalpark"): the header names the body more
    closely than the title does, as over a bare title."""
    last = title.rsplit(None, 1)[-1].casefold() if title.strip() else ""
    return last.endswith(("styret", "rådet")) and \
        any(text.casefold().startswith(f"{last} for ") for text in lines)


_BARE_TITLE = lazy_regex(r"(?i)(?:(?:møte)?(?:referat|protokoll)"
                         r"(?:\s+(?:fra|frå)\s+(?:nettverks)?møtet?)?|"
                         r"møte)"
                         r"(?:\s+(?:den\s+)?[\d.]+(?:\s*[a-zæøå]+\s+\d{4})?)?\s*[.:]?")
# A name line of a header: two to eight words, capital first, no digit, label or address.
_HEADER_NAME = lazy_regex(r"[A-ZÆØÅ][\wæøåÆØÅ-]*(?:\s+[\wæøåÆØÅ-]+){1,7}")
# … or one word that is a body's own name in its definite form: "Styret",
# "Representantskapet", "Arbeidsutvalet", "Eigarrådet" (a lone "Protokoll" or
# "Konfidensielt" names nobody).
_ONE_WORD_BODY = lazy_regex(r"(?=[A-ZÆØÅ])(?i:[a-zæøå]*(?:styret|rådet|skapet|utvalget|"
                            r"utvalet|gruppa|gruppen|nettverket|forumet|nemnda|komit[eé]en|"
                            r"tinget))")


def furniture_lines(lines: list[str]) -> list[str]:
    """A page header's or footer's lines as they read, each line parted at its tabs
    (the name on the left, "MØTEREFERAT" tabbed to the right) and without its page
    count, the same in a header as in a footer ("Referat – side 1 av 2" → "Referat").

    A bare day tabbed beside the part that names the minutes belongs to that title
    ("Referat Regionrådet ⇥ 4.3.2025 ⇥ Side 1" → "Referat Regionrådet 4.3.2025"): set
    apart it would be a line of digits, which the letterhead leaves out. A line that
    only repeats words of one read before it (a running "Referat" under "Referat fra
    styremøte 14.03.2023") adds nothing."""
    out: list[str] = []
    for line in lines:
        cells = [text for cell in line.split("\t")
                 if (text := _without_page_count(" ".join(cell.split())))]
        if len(cells) > 1:
            cells = _dated_title(cells)
        out.extend(cell for cell in cells if not _repeats_title(cell, out))
    return _labels_with_values(out) if any(line[-1:] == ":" for line in out) else out


def _labels_with_values(lines: list[str]) -> list[str]:
    """The lines, a label alone ("Tid:", "Møtested:") joined to the value after it
    ("Tid: 17:00"): a template's header sets them side by side in a table's cells or
    at tab stops, and read apart the value would be a bare line of digits, which the
    letterhead leaves out. A label followed by another label (an empty value) stays,
    and so does a title written as a label ("MØTEREFERAT:" over the body's name)."""
    out: list[str] = []
    for line in lines:
        if out and _LONE_LABEL.fullmatch(out[-1]) and line[-1:] != ":" and \
                _NAMES_DOCUMENT.search(out[-1]) is None:  # ("MØTEREFERAT:" is a title)
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return out


# A label alone in its cell or tab stop: a few words ending in a colon, no digits.
_LONE_LABEL = lazy_regex(r"[^\W\d][^\d:]{0,30}:")


def _repeats_title(cell: str, before: list[str]) -> bool:
    """Whether a cell that names the minutes only repeats a line read before it."""
    if _NAMES_DOCUMENT.search(cell) is None:
        return False
    folded = cell.casefold()
    return any(folded in seen.casefold() for seen in before)


def _dated_title(cells: list[str]) -> list[str]:
    """The cells of one line, a bare day joined to the cell that names the minutes, or
    the meeting ("Møte i arbeidsutvalet ⇥ 12.03.2025"), when that cell gives no day of
    its own (see ``furniture_lines``)."""
    title = next((i for i, cell in enumerate(cells)
                  if _NAMES_DOCUMENT.search(cell) or
                  ("øte" in cell and _MEETING_WORD.search(cell))), None)
    if title is None or any(c.isdigit() for c in cells[title]):
        return cells
    day = next((i for i, cell in enumerate(cells)
                if i != title and cell[:1].isdigit() and _BARE_DAY.fullmatch(cell)), None)
    if day is None:
        return cells
    joined = f"{cells[title]} {cells[day]}"
    return [joined if i == title else cell for i, cell in enumerate(cells) if i != day]


# A day alone: "4.3.2025", "04.03.25", "4. mars 2025", "2025-03-04".
_BARE_DAY = lazy_regex(r"(?i)\d{1,2}\.\s?(?:\d{1,2}\.\s?\d{2,4}|[a-zæøå]{3,}\.?\s+\d{4})"
                       r"|\d{4}-\d{2}-\d{2}")


def _labelled_day(lines: list[str]) -> str | None:
    """The header's first "Dato: <day>" line, its label and value joined when a tab or
    a table cell parts them ("Dato" / "12.03.2024"); None when there is none."""
    for i, line in enumerate(lines):
        text = " ".join(line.split())
        if "ato" not in text[:8].casefold():
            continue  # (the label's letters, at the line's start)
        if (label := _DAY_LABEL.match(text)) is None:
            continue
        value = text[label.end():] or (" ".join(lines[i + 1].split()) if i + 1 < len(lines)
                                       else "")
        if _DAY_VALUE.match(value):
            return f"{label.group('word')}: {value}"
    return None


_DATED_BLOCKS = 20  # the body's head, where its own "Dato:" would stand
_DAY_LABEL = lazy_regex(r"(?i)(?P<word>(?:møte)?dato)\s*[:.]?\s*")
# A day as a label's value: "12.03.2024", "12. mars 2024", "2024-03-12", after a weekday.
_DAY_VALUE = lazy_regex(r"(?i)(?:[a-zæøå]+dag,?\s+)?(?:\d{1,2}\.\s?(?:\d{1,2}\.\s?\d{2,4}|"
                        r"[a-zæøå]{3,}\.?\s+\d{4})|\d{4}-\d{2}-\d{2})\s*$")


def _without_page_count(line: str) -> str:
    """A footer line without its page count and the dash or bar before it
    ("Referat Regionrådet 4.3.2025 – side 1 av 3" → "Referat Regionrådet 4.3.2025")."""
    if "ide" not in line and "age" not in line and "s." not in line:
        return line  # (the count's words, "Side", "side", "Page", "s.")
    return _PAGE_COUNT_PART.sub(" ", line).strip()


#: What a DOCX or ODT reader writes where a page-number field stood (Word's PAGE,
#: NUMPAGES and SECTIONPAGES, Writer's text:page-number and text:page-count), for
#: ``without_page_numbers`` to take out with its label: a character no text holds.
PAGE_MARK = "\x00"


def without_page_numbers(text: str) -> str:
    """A paragraph's text without the page-number fields it holds (``PAGE_MARK``) and
    the words that label them ("Side 2 av 4", "– s. 2/4", "Page 2"): the number is the
    page the field stood on when the file was last laid out, which is no fact of the
    minutes (and differs with the printer). A line that only counts pages is left
    empty; text round the count stays ("Møtet ble hevet kl. 20.15." before "Side 3")."""
    return _PAGE_FIELD.sub(" ", text).replace(PAGE_MARK, "")


# A page-number field (``PAGE_MARK``) with its label and the count of pages beside it,
# a field too or typed ("Side 2 av 4"), as a footer or the last line of the text writes
# them (no tab: it parts a footer's cells).
_PAGE_FIELD = lazy_regex(r"(?i)[ \u00a0|–—-]*(?:\b(?:side|sida|s\.|page)[ \u00a0]*"
                         r"(?:\d+[ \u00a0]*(?:av|/|of)[ \u00a0]*)?)?\x00"
                         r"(?:[ \u00a0]*(?:av|/|of)[ \u00a0]*(?:\x00|\d+\b))?[ \u00a0|–—-]*")


# "– side 1", "| Side 2 av 3", "s. 1/2", "Page 1 of 2", where it stands in a line.
_PAGE_COUNT_PART = lazy_regex(r"(?i)[\s|–—-]*\b(?:side|s\.|page)\s*\d+"
                              r"(?:\s*(?:av|/|of)\s*\d+)?\b[\s|–—-]*")


def _file_name(text: str) -> bool:
    """Whether a line is a file's path or name, as Word's field puts it in a footer
    ("P:\\Styret\\Referater\\referat-mai.docx"): it names no meeting."""
    return "\\" in text or ("." in text and _FILE_SUFFIX.search(text) is not None)


_FILE_SUFFIX = lazy_regex(r"(?i)\.(?:docx?|odt|pdf|rtf|txt)\b")


# The label words of a meeting's time or place ("Tid", "Møtested", "Møterom", "Dato og
# tid", "Klokkeslett"): one list for the header's labels and the body's.
_PLACE_OR_TIME_WORDS = (r"(?i)(?:møte)?(?:dato\s*(?:og|/|&)\s*)?"
                        r"(?:tid(?:spunkt)?|ste[dt]|stad|rom|klokkeslett)")
# A letterhead's labelled time or place, read with its digits ("Tid: 17:00",
# "Møtested: Storgata 4", "Møterom: 2.12", "Dato og tid: …", "Tid og stad: …"): the
# meeting's, when the header holds its head.
_PLACE_OR_TIME = lazy_regex(_PLACE_OR_TIME_WORDS +
                            r"(?:\s*(?:og|/|&)\s*(?:ste[dt]|stad|tid))?\s*:\s*\S")


# … and such a label in the body, also without its colon ("Sted | Rådhuset").
_PLACE_OR_TIME_LABEL = lazy_regex(_PLACE_OR_TIME_WORDS + r"\b")


def _titles_with_digits(text: str) -> bool:
    """A header line with digits that names the minutes, or the meeting with its day
    (``_dated_meeting``), and counts no pages."""
    return (_NAMES_DOCUMENT.search(text) is not None or _dated_meeting(text)) and \
        _PAGE_COUNT.search(text) is None


def _dated_meeting(text: str) -> bool:
    """Whether a header line names a meeting and its day ("Styremøte 12.03.2025", "Møte i
    arbeidsutvalet 4. mars 2025"): a template that keeps the title in the page header
    names the minutes so as often as with "Referat"; a "møte" without a day ("Møteplan",
    "Møterom 2") names none."""
    return "øte" in text and _MEETING_WORD.search(text) is not None and \
        _BARE_DAY.search(text) is not None


# A word for a meeting: "Møte", "styremøte", "Arbeidsutvalsmøte" (not "møterom", "møteplan").
_MEETING_WORD = lazy_regex(r"(?i)møtet?\b")


_PAGE_COUNT = lazy_regex(r"(?i)\b(?:side|s\.|page)\s*\d|\d+\s*(?:av|/)\s*\d+\s*$")
# A word naming minutes, which a page header must carry to be read as the letterhead.
_NAMES_DOCUMENT = lazy_regex(r"(?i)referat|protokoll|møtebok|møtenotat|minnesnotat|"
                             r"oppsummering")


def names_document(text: str) -> bool:
    """Whether a line names the minutes themselves ("Referat", "Protokoll",
    "… – møtereferat"), as a running header or a title does."""
    return _NAMES_DOCUMENT.search(text) is not None


# … and what a title in the body would name: also a summons or the meeting itself.
_NAMES_MEETING = lazy_regex(r"(?i)referat|protokoll|møtebok|møtenotat|minnesnotat|"
                            r"oppsummering|innkalling|saksliste|sakliste|dagsorden|møte")
_ITEM_START = lazy_regex(r"(?i)(?:sak|ps|pkt)\b|\d")
_HEAD_BLOCKS = 6  # the body's head: the blocks a title would be among
