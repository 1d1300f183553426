"""PDF reader (pypdfium2): the text layer as lines, table cells kept apart by TABs.

pypdfium2's plain text puts a table row on one line with a single space between the
cells, so "Kari Nordmann Åsen kommune" could not be split again. PDFium's text
rectangles (one per run of text on a line, a few dozen a page) show where a wide
horizontal gap lies: such a gap becomes a TAB and the line a table row. Only the
characters at those gaps and at line starts are asked about (position, font size,
weight), so the reader costs little more than the bare text. Page numbers and running
headers or footers repeated on every page are dropped (but page 1's, when they alone
name the minutes, are read before the body as the DOCX reader reads a page header and
footer), and each line is classified with the plain-text rules, so a PDF reads like
the text file it was made from.
Everything that talks to PDFium (pages, text, per-character facts) is in ``pdf_text``.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from itertools import chain, pairwise
from operator import attrgetter, itemgetter, le
from typing import Any

from motebok.errors import ReadError
from motebok.lazy_pattern import lazy_regex
from motebok.read.blocks import (
    FURNITURE_CHARS,
    HEADING,
    LIST_ITEM,
    PARAGRAPH,
    TABLE_ROW,
    TERMINAL_CHARS,
    Block,
    NotedBlocks,
    cooperation_over_title,
    date_runs_on,
    header_blocks,
    is_page_furniture,
    join_at_hyphen,
    municipal_furniture,
    name_over_bare_title,
    names_document,
    runs_on_over_page,
    stops_inside,
)
from motebok.read.ocr_digits import may_change, may_hold_ocr_digits, with_ocr_digits
from motebok.read.pdf_text import STRUCK, PdfiumError, Rules, TextProbe, page_texts
from motebok.read.symbols import symbol_table
from motebok.read.text import (
    CASE_HEADING_WORDS,
    POWER_UNITS,
    classify,
    with_cp1252_signs,
    without_breadcrumb,
)

__all__ = ["read"]

# A gap wider than this many line heights between two runs of text on one line is a
# column boundary: a word space is about a quarter of one, Word's cell margins alone
# make a gap of about one.
_COLUMN_GAP = 0.8
# A vertical step this much larger than the usual line step is a blank line.
_PARAGRAPH_STEP = 1.3
_PAGE_NUMBER = lazy_regex(
    r"(?:(?:side|page|s\.|sidenr\.?)\s*:?\s*)?\d{1,3}(?:\s*(?:av|of|/)\s*\d{1,3}|"
    r"\s*\(\d{1,3}\))?|"
    r"[-–—]\s*\d{1,3}\s*[-–—]",  # "Side 2 av 4", "Side: 2 av 4", "2/4", "2 (4)", "- 2 -"
    re.IGNORECASE,
)
_ENDS_WITH_PAGE_OF = lazy_regex(r"\b(?:side|page)\s*:?\s*\d{1,3}\s*(?:av|of)\s*\d{1,3}$",
                                re.IGNORECASE)
# Bullets as PDFs give them: Unicode ones, and Word's Symbol and Wingdings bullets as the
# private-use code points of their fonts (U+F0B7 "•", U+F0A7 "▪", U+F076 "❖", U+F0D8
# "➢", U+F0FC "✓", U+F0A8 "◻", U+F06E "■", U+F071 "❑", U+F0E8 "➔").
_BULLET_CHARS = ("•◦▪●■□➢►❖➔→◆◇○"
                 "\uf0b7\uf0a7\uf076\uf0d8\uf0fc\uf0a8\uf06e\uf071\uf0e8")
_BULLET_STARTS = frozenset(_BULLET_CHARS)  # a set test is cheaper than the regex
_BULLET_GLYPHS = lazy_regex(f"^[{_BULLET_CHARS}]\\s*")
# (written "\d\d*", not "\d+": a pattern that opens with a repeat is tried as a match at
# every character, where one that opens with a class lets the engine scan for it)
_DIGITS = lazy_regex(r"\d\d*")
# Whether a text holds a digit at all (one digit ends the search; asked of nearly every
# line).
_DIGIT = lazy_regex(r"\d")
# PDFium joins a word hyphenated at a line end and marks the join with U+FFFE; it is a
# line break here (the hyphen goes back on the line), as in a text export.
_HYPHEN_BREAK = "\ufffe"
_LINE_BREAKS = lazy_regex(r"\r\n|\r|\n|\ufffe")
_SPACE_RUNS = lazy_regex(r" +")
_MARKER_CELL = lazy_regex(f"[{_BULLET_CHARS}o\\-–*]|" r"\d{1,3}[.)]|[a-zA-Z][.)]|"
                          r"(?:[ivx]{1,5}|[IVX]{1,5})[.)]")
_PASSWORD_ERROR = 4


@dataclass(slots=True)
class _Line:
    """One line of a page's text: its text (TABs between columns) and where it sits."""

    text: str
    x: float
    y: float
    size: float
    bold: bool
    cells: tuple[str, ...] = ()
    lefts: tuple[float, ...] = ()  # where each cell starts (rows only)
    ends: tuple[int, ...] = ()  # page text index after each cell's (or the line's) text
    bottom: float | None = None  # y of the last visual line when cells wrapped onto more
    right: float | None = None  # right edge of a line's last character (lines, not rows)


def read(data: bytes) -> list[Block]:
    """Read a PDF's text layer into blocks; ReadError for encrypted/scanned/broken files."""
    pictured: list[int] = []
    try:
        pages = page_texts(data, _page_lines, pictured, ruled=True)
    except PdfiumError as exc:
        if getattr(exc, "err_code", None) == _PASSWORD_ERROR:
            raise ReadError("encrypted PDF (password required)") from None
        raise ReadError("not a valid PDF file") from None
    if not pages:
        raise ReadError("PDF has no pages")
    if not any(pages):
        raise ReadError("no text layer (scanned?)")
    _drop_stamp(pages[0])
    first_page = list(pages[0])
    _drop_furniture(pages)
    # (the lines counted by size once for the lone headers' body and the blocks' sizes:
    # again only when a line went or changed between, which few documents have)
    sizes = _body_and_heading_sizes(pages)
    if _drop_lone_running_headers(pages, sizes[0]) | _drop_repeated_header_rows(pages):
        sizes = _body_and_heading_sizes(pages)
    blocks = _with_wrapped_labels(_without_tool_bars(_without_trail(_blocks(pages, sizes))))
    _drop_site_footer(blocks)
    municipal: list[str] = []
    if len(first_page) > len(pages[0]):
        header, footer = _first_page_furniture(first_page, pages[0])
        blocks[:0] = header_blocks(header, blocks, footer=footer) or \
            name_over_bare_title(header, blocks) or cooperation_over_title(header, blocks)
        municipal = municipal_furniture(header, footer)
    if pictured or municipal:
        return NotedBlocks(blocks, [_unread_pages(pictured)] if pictured else [], municipal)
    return blocks


def _with_wrapped_labels(blocks: list[Block]) -> list[Block]:
    """The blocks with a two-column table's label that wrapped onto a second line read
    as one row: a narrow label column breaks "Faste medlemmer som møtte:" after "som",
    and the value beside each of its lines makes two rows ("Faste medlemmer som | Anne
    Brekke (Aremark)" over "møtte: | Tor Lie (Aremark)"), the first with no label and
    its person under the group above. A row whose label goes on in small letters to its
    colon joins the row above when that one's label ends in a word; the values stand
    one under the other, as a cell's lines do."""
    out: list[Block] = []
    for block in blocks:
        cells = block.cells
        if len(cells) == 2 and cells[0][:1].islower() and cells[0].endswith(":") and out \
                and len(above := out[-1].cells) == 2 and above[0][:1].isupper() \
                and above[0][-1:].isalpha() and block.kind is TABLE_ROW:
            joined = (f"{above[0]} {cells[0]}", f"{above[1]}\n{cells[1]}")
            out[-1] = Block(kind=TABLE_ROW, text="\t".join(joined), cells=joined,
                            bold=out[-1].bold, gap=out[-1].gap)
            continue
        out.append(block)
    return out


def _without_trail(blocks: list[Block]) -> list[Block]:
    """The blocks without a web page's breadcrumb trail near the top ("Søk › Møte ›
    Regionrådet › 17.10.2024 › Møtedokument"), which a portal's page printed to PDF
    keeps as a line of text: its last step ("Møtedokument", "Protokoll") would else make
    it the title. Found as the text reader finds it in a page saved as text
    (``without_breadcrumb``, gated there by the arrows and the front page's name)."""
    head = [block.text for block in blocks[:_TRAIL_BLOCKS]]
    kept = without_breadcrumb(head)
    if kept is head:
        return blocks
    return [block for n, block in enumerate(blocks)
            if n >= len(kept) or kept[n] or not head[n]]


def _without_tool_bars(blocks: list[Block]) -> list[Block]:
    """The blocks without a web page's tool bar ("Skriv ut   Last ned som PDF   Del"),
    which a portal's page printed to PDF keeps as a line of text or a row of cells over
    the head or the first item (``is_page_furniture``, as the HTML reader drops it). A
    bar beside other text on its line ("Regionrådet X | Skriv ut  Del") leaves the
    text: only a cell of several buttons goes, never a lone short cell ("x", "Del")."""
    out: list[Block] = []
    for block in blocks:
        cells = block.cells
        if not cells:
            text = block.text
            if text[:1] not in _TOOL_INITIALS or len(text) > FURNITURE_CHARS or \
                    not is_page_furniture(text):
                out.append(block)
            continue
        tools = [cell[:1] in _TOOL_INITIALS and is_page_furniture(cell) for cell in cells]
        if True not in tools:
            out.append(block)  # (a table's row: no button in it, nothing to sort out)
            continue
        if all(tools):
            continue
        kept = [cell for cell, tool in zip(cells, tools, strict=True)
                if not tool or len(cell) < _TOOL_CELL]
        out.append(block if len(kept) == len(cells) else _row_of(block, kept))
    return out


def _row_of(block: Block, cells: list[str]) -> Block:
    """The row with only ``cells`` left: a paragraph when one is left."""
    if len(cells) == 1:
        return Block(kind=PARAGRAPH, text=cells[0], bold=block.bold, gap=block.gap)
    return Block(kind=TABLE_ROW, text="\t".join(cells), cells=tuple(cells),
                 bold=block.bold, gap=block.gap)


# The first letters of a tool bar's buttons, either case (the cheap test before the
# pattern), and the length a cell of several buttons has at least.
_TOOL_INITIALS = frozenset("SsUuPpTtAaDdLlEeOoRr")
_TOOL_CELL = 12


def _drop_site_footer(blocks: list[Block]) -> None:
    """Drop the footer a portal's page printed to PDF ends with: who runs the service
    ("Innsyn levert av Elements · Personvern", "eInnsyn er ei teneste frå
    Digitaliseringsdirektoratet", "Personvern | Tilgjengelighetserklæring"). The HTML
    reader leaves the page's ``<footer>`` out; printed, its line follows the last item's
    text and would end it."""
    for _ in range(_FOOTER_BLOCKS):
        if not blocks:
            return
        text = blocks[-1].text
        if len(text) > FURNITURE_CHARS or _SITE_FOOTER.match(text) is None:
            return
        blocks.pop()


# A portal's footer line: the service's supplier, its privacy and accessibility pages,
# the agency that runs it (matched at the line's start, case ignored); and how many of
# the last blocks are looked at.
_SITE_FOOTER = lazy_regex(r"(?:innsyn\s+)?levert\s+av\s|personvern|tilgjengelighetserklæring|"
                          r"informasjonskapsler|[\w.-]+\s+er\s+(?:ei|en)\s+t(?:en|jen)este\s+"
                          r"(?:frå|fra)\s", re.IGNORECASE)
_FOOTER_BLOCKS = 2


# How many blocks down a printed web page's trail is looked for (the portal's menu
# lines stand above it).
_TRAIL_BLOCKS = 20


def _drop_stamp(lines: list[_Line]) -> None:
    """Take an approval stamp out of the top of page 1: "GODKJENT" / "12.03.2024" or
    "Godkjent i møte 9.4.2024" / "sak 7/24", a few short lines set in a box right of
    the middle of the text, over or beside the title.

    The stamp is put on the minutes after the meeting (the next meeting approved them):
    no part of their text. Read as text it stands before the title, which it would
    replace, and its date would read as the meeting's; on the title's baseline it
    would make the title a table row. Its first line opens with the word of approval
    ("Godkjent", nynorsk "Godkjend", "Approved"), and up to ``_STAMP_LINES`` short lines
    right under it, as far right, go with it (the date, the case that approved it).
    Only the page's first ``_STAMP_DEPTH`` lines are asked about.
    """
    top = lines[:_STAMP_DEPTH]
    if not any(_STAMP_LETTERS in line.text.lower() for line in top):
        return
    left = min(line.x for line in lines)
    reach = max((line.right or line.x) for line in lines)
    middle = left + (reach - left) / 2
    for n, line in enumerate(top):
        if len(line.cells) > 2:
            return  # (a table has begun: a stamp stands over it or beside the title)
        stamp = _stamp_cell(line, middle)
        if stamp is None or not _STAMP.match(_part(line, stamp)):
            continue
        column = line.lefts[stamp] if line.cells else line.x
        cut = [(n, stamp)]
        for k in range(n + 1, min(n + 1 + _STAMP_LINES, len(lines))):
            below = lines[k]
            cell = _stamp_cell(below, middle)
            if cell is None or not 0 < lines[k - 1].y - below.y <= _APART_LINES * below.size \
                    or (below.lefts[cell] if below.cells else below.x) < column - 4 * below.size:
                break
            cut.append((k, cell))
        if not any(_DIGIT.search(_part(lines[k], cell)) for k, cell in cut):
            return  # (a stamp is dated: a bare "Godkjent" is an outcome in a table)
        for k, cell in reversed(cut):
            _drop_cell(lines, k, cell)
        return


def _part(line: _Line, cell: int) -> str:
    """The text of a line (``cell`` -1) or of one of its cells."""
    return line.cells[cell] if line.cells else line.text


def _stamp_cell(line: _Line, middle: float) -> int | None:
    """Which part of a line may be a stamp's: the line (-1) or its last cell, when short
    and standing right of the ``middle`` of the text; None when none."""
    if line.cells:
        if len(line.lefts) != len(line.cells) or line.lefts[-1] <= middle:
            return None
        return len(line.cells) - 1 if len(line.cells[-1]) <= _STAMP_CHARS else None
    return -1 if line.x > middle and len(line.text) <= _STAMP_CHARS else None


def _drop_cell(lines: list[_Line], n: int, cell: int) -> None:
    """Remove a line (``cell`` -1), or a row's last cell (the row keeps the others)."""
    line = lines[n]
    if not line.cells:
        del lines[n]
        return
    cells = line.cells[:cell]
    ends = line.ends[:cell] if len(line.ends) == len(line.cells) else ()
    lines[n] = _Line("\t".join(cells), line.x, line.y, line.size, line.bold,
                     cells if len(cells) > 1 else (),
                     line.lefts[:cell] if len(cells) > 1 else (), ends,
                     line.bottom, line.right)


# A stamp's first line: the word of approval, then nothing, a date, or the meeting that
# approved ("Godkjent i møte 9.4.2024", "Godkjent av styret 12.03.2024"); never the rest
# of a sentence ("Godkjent uten merknader" in an item table is an outcome).
_STAMP = lazy_regex(r"(?:godkjent|godkjend|approved)\b[\s:.]*(?:$|i (?:\w+)?møte|"
                    r"(?:av \w+ )?(?:d(?:en|ato):? )?"
                    r"\d{1,2}\.\s?(?:\d{1,2}\.|[a-zæøå]+ )\s?\d{2,4}$)", re.IGNORECASE)
_STAMP_LETTERS = "odkjen"  # (cheap test before the pattern; "approved" rarely stamps)
_STAMP_DEPTH = 8
_STAMP_LINES = 2
_STAMP_CHARS = 40


def _unread_pages(numbers: list[int]) -> str:
    """The note for pages that show a picture but hold no text: a scanned page (the
    signed attendance list, the signature page) among typed ones, whose text is missing
    from the record unless someone types it or runs it through OCR."""
    if len(numbers) == 1:
        return f"Page {numbers[0]} has no text layer (scanned?); its text is not read."
    listed = ", ".join(str(n) for n in numbers[:-1]) + f" and {numbers[-1]}"
    return f"Pages {listed} have no text layer (scanned?); their text is not read."


def _first_page_furniture(before: list[_Line], kept: list[_Line]) -> tuple[list[str],
                                                                              list[str]]:
    """The texts of the lines dropped from page 1 above its text (its header) and below
    it (its footer), top down: what the DOCX reader reads as the page's header and
    footer, where a template may name the minutes and nowhere else ("Referat
    Regionrådet 4.3.2025 – side 1 av 2"). A sentence (a footnote over the footer,
    "1 Referatet ble sendt ut 10. desember.") is neither."""
    left = {id(line) for line in kept}
    top = max((line.y for line in kept), default=0.0)
    bottom = min((line.y for line in kept), default=0.0)
    dropped = sorted((line for line in before if id(line) not in left
                      and line.text.rstrip()[-1:] not in _SENTENCE_ENDS), key=_from_top)
    footer = [line.text for line in dropped if line.y < bottom]
    if any(_browser_footer(text) for text in footer):
        return [], []
    return [line.text for line in dropped if line.y > top], footer


def _browser_footer(text: str) -> bool:
    """Whether a footer line is the one a web browser prints under each page of a web
    page ("file:///…/protokoll.html | 1/4", "https://innsyn…/møte/123 | 2/3"): its
    header over the page is then the browser's too (the time of printing and the
    page's tab title, "Møteprotokoll Indre Sogn regionråd 17.10.2024 - eInnsyn"),
    which names the portal's page, not the minutes; the page printed reads as the
    web page read (where the tab title is no title either)."""
    return text.startswith(_BROWSER_SCHEMES) and "\t" in text and \
        _BROWSER_PAGE.fullmatch(text.rsplit("\t", 1)[1].strip()) is not None


# How a browser's print footer opens (the page's address) and ends (its page count).
_BROWSER_SCHEMES = ("file://", "http://", "https://")
_BROWSER_PAGE = lazy_regex(r"\d{1,3}/\d{1,3}")


def _from_top(line: _Line) -> float:
    """Sort key: higher lines first."""
    return -line.y


def _drop_lone_running_headers(pages: list[list[_Line]], body: float | None) -> bool:
    """Drop a running header that shows once only, in the body's own type (``body``,
    ``_body_size`` of ``pages``); whether one went.

    Word's "different first page" leaves the running header ("Referat AU 04.03.2025")
    on page 2 alone in a two-page document, so nothing repeats it, and set as large as
    the body it is not ``_set_apart_small``. It is known by where it sits: the top line
    of a later page, higher than the text of the other pages reaches (in the header's
    margin, where no page has body text), further than two body lines above the text
    below it; and by how it reads (``_reads_as_header``). Page 1 often has a header of
    its own in that margin (the letterhead, "SOLVIK KOMMUNE", of a template whose first
    page differs): a top line set apart from the text under it is no text (``_text_top``).
    """
    if len(pages) < 2 or body is None:
        return False
    dropped = False
    highest = [sorted(lines, key=_Y_OF, reverse=True)[:2] for lines in pages]  # (once a page)
    tops = [_text_top(two, body) for two in highest]
    for number, lines in enumerate(pages[1:], start=1):
        if len(lines) < 2:
            continue
        first, second = highest[number]
        highest_elsewhere = max(top for n, top in enumerate(tops) if n != number)
        if (
            first.y > highest_elsewhere + _HEADER_ABOVE * body
            and first.y - second.y > _APART_LINES * body
            and _reads_as_header(first, body)
            and not _row_of_carried_table(first, second, pages[number - 1])
        ):
            lines.remove(first)
            dropped = True
    return dropped


def _row_of_carried_table(first: _Line, second: _Line, before: list[_Line]) -> bool:
    """Whether a page's top line is a row of a table that runs over the page break: as
    many cells (three or more) as the next line, or as the row the page before ended
    with ("20/2025 | Sende årsregnskapet | Daglig leder | 06.06.2025" at the top of page
    2, a row that wraps to two lines, or the table's last row alone). A running header is
    one line of text, not a row of the body's table."""
    cells = len(first.cells)
    return cells >= 3 and (
        len(second.cells) == cells or (bool(before) and len(before[-1].cells) == cells)
    )


def _row_carried_on(top: _Line, before: list[_Line]) -> bool:
    """Whether a page's top row goes on with the table the page before ends with: as
    many cells, starting where that table's last row starts its cells (within
    ``_CELL_TOLERANCE``), in its type ("Sende utkast … | 30.09.2025 | Kåre Bjåen" under
    page 1's last row): a browser breaks a table between any two rows, with no header
    repeated over the rest."""
    last = before[-1] if before else None
    return last is not None and len(last.cells) == len(top.cells) and \
        abs(last.size - top.size) <= _SIZE_SWAY and len(last.lefts) == len(top.lefts) and \
        all(abs(a - b) <= _CELL_TOLERANCE for a, b in zip(last.lefts, top.lefts, strict=True))


def _text_top(highest: list[_Line], body: float) -> float:
    """How high a page's text reaches, from its two highest lines (``highest``, top
    first; fewer on a page of fewer lines): the top line's baseline, or the next one's
    when the top line stands further than two body lines above it (a header in the
    margin)."""
    if len(highest) < 2:
        return highest[0].y if highest else 0.0
    first, second = highest
    return second.y if first.y - second.y > _APART_LINES * body else first.y


def _reads_as_header(line: _Line, body: float) -> bool:
    """Plain type no larger than the body's, a number (the date, reference or page that
    tells a running header's pages and documents apart: "Referat AU 04.03.2025"), and
    neither a sentence's end nor a label ("Neste møte: 12.03.2025" is the text's)."""
    text = line.text.rstrip()
    return not line.bold and line.size <= _HEADER_SIZE * body and \
        text[-1:] not in _SENTENCE_ENDS and ":" not in text and \
        _DIGIT.search(text) is not None


# A lone running header sits this many body sizes above the other pages' text at least
# and is set no larger than this share of the body size; the ends of sentences.
_HEADER_ABOVE = 0.5
_HEADER_SIZE = 1.05
_SENTENCE_ENDS = frozenset(".!?")


def _drop_repeated_header_rows(pages: list[list[_Line]]) -> bool:
    """Drop a table's header row that Word repeats at the top of the next page; whether
    a line went or changed.

    A table that runs over a page break carries its header row ("Hva / Ansvar / Frist")
    again on the new page; read as text it would be a row of the table like any other.
    It is dropped when a page opens with a row whose cells equal the first row of the
    table the page before ended with. A browser repeats a web page's table header
    (``<thead>``, bold) too, over rows whose cells stand too close to be told apart
    ("PS 29/24 Godkjenning av innkalling", one line of text): a bold row is dropped as
    well when the page before ends with the same bold row over plain lines of its own
    size only (the table's rows, no heading or paragraph of another kind between).
    (A row carried on is changed only with lines dropped after it: the count tells.)
    """
    count = sum(map(len, pages))
    for before, page in pairwise(pages):
        if not before or not page:
            continue
        if not page[0].cells:
            if before[-1].cells and (cut := _rest_of_cut_row(before, page)):
                del page[:cut]
            continue
        if not before[-1].cells:
            if page[0].bold and _header_over_last_lines(before, page[0]):
                del page[0]
            continue
        start = len(before) - 1
        while start > 0 and before[start - 1].cells:
            start -= 1
        if start < len(before) - 1 and before[start].cells == page[0].cells:
            del page[0]
            if len(page) > 1 and not page[0].cells and \
                    (column := _carried_column(before[start], page[0], page[1])):
                rest = [""] * len(before[start].cells)
                rest[column] = page[0].text
                before[-1] = _with_carried(before[-1], rest)
                del page[0]
        elif start < len(before) - 1 and len(before[start].cells) == len(page[0].cells) and \
                (rest := _carried_under_header(before[start].cells, page[0].cells)):
            before[-1] = _with_carried(before[-1], rest)
            del page[0]
    return sum(map(len, pages)) != count


def _rest_of_cut_row(before: list[_Line], page: list[_Line]) -> int:
    """How many lines at a page's top are the rest of the row the page before ended with,
    now joined to it: a row cut at the break with no header repeated over its rest
    ("RS 2/26 | Referat frå" / "rådmannsutvalet" / "14.01.2026" under "Innhald"). The lines
    carry no cells, stand where a column after the first starts (a new row would start in
    the first), one line step apart in the row's type, and the row has text in that
    column; 0 when the page opens otherwise."""
    last, top = before[-1], page[0]
    lefts = _table_lefts(before)
    if len(lefts) < 2 or top.bold != last.bold or abs(top.size - last.size) > _SIZE_SWAY:
        return 0
    column = next((n for n, left in enumerate(lefts[1:], 1)
                   if abs(top.x - left) <= _CELL_TOLERANCE), None)
    if column is None or column >= len(last.cells) or not last.cells[column].strip():
        return 0
    rest = top.text
    count = 1
    for upper, line in pairwise(page):
        if line.cells or abs(line.x - top.x) > _CELL_TOLERANCE or line.bold != top.bold or \
                abs(line.size - top.size) > _SIZE_SWAY or \
                not 0 < upper.y - line.y <= _CELL_WRAP_STEP * top.size:
            break
        rest = _wrapped_at_dash(rest, line.text) or f"{rest} {line.text}"
        count += 1
    carried = [""] * len(last.cells)
    carried[column] = rest
    before[-1] = _with_carried(last, carried)
    return count


def _table_lefts(lines: list[_Line]) -> tuple[float, ...]:
    """Where the columns start of the table the lines end with: the most cells' starts any
    of its rows shows (a row joined from wrapped lines keeps none)."""
    lefts: tuple[float, ...] = ()
    for line in reversed(lines):
        if not line.cells:
            break
        if len(line.lefts) > len(lefts):
            lefts = line.lefts
    return lefts


def _carried_under_header(head: tuple[str, ...], top: tuple[str, ...]) -> list[str] | None:
    """What a page's top row adds to the repeated header row ``head`` it begins with: the
    rest of the row the page before ended with, which Word carries over the break under
    the header ("Referat / konklusjon" / "behandles i formannskapet 27. august." read as
    one cell); None unless every cell is the header's, some with more text under it, and
    the first is the header's alone (a new row would start there)."""
    if top[0] != head[0]:
        return None
    rest = []
    for cell, over in zip(top, head, strict=True):
        if cell == over:
            rest.append("")
        elif cell.startswith(over) and cell[len(over):len(over) + 1] in (" ", "\n"):
            rest.append(cell[len(over) + 1:])
        else:
            return None
    return rest if any(rest) else None


def _carried_column(head: _Line, line: _Line, after: _Line) -> int | None:
    """The column of a lone line under a repeated header row that is the rest of the
    page before's last row: it starts where a column after the first does ("(observatør)"
    under "Stilling", its row's "Seniorrådgiver" left on the page before), and the table
    goes on under it with a row in the first column."""
    if not after.cells or not after.lefts or not head.lefts or \
            abs(after.lefts[0] - head.lefts[0]) > _CELL_TOLERANCE:
        return None
    for column, left in enumerate(head.lefts[1:], 1):
        if abs(line.x - left) <= _CELL_TOLERANCE:
            return column
    return None


def _with_carried(row: _Line, rest: list[str]) -> _Line:
    """``row`` with the text carried over a page break (``_carried_under_header``) added to
    its cells: on the same line when the cell stops inside a sentence, else below it."""
    cells = [*row.cells, *[""] * (len(rest) - len(row.cells))]
    for n, more in enumerate(rest):
        if more:
            cells[n] = more if not cells[n] else \
                f"{cells[n]}{chr(10) if cells[n][-1:] in _SENTENCE_ENDS else ' '}{more}"
    while cells and not cells[-1]:
        cells.pop()
    return replace(row, text="\t".join(cells), cells=tuple(cells))


def _header_over_last_lines(before: list[_Line], head: _Line) -> bool:
    """Whether a page ends with a bold row equal to ``head`` over plain lines of its
    size (``_drop_repeated_header_rows``)."""
    for line in reversed(before[-_CARRIED_ROWS:]):
        if line.cells == head.cells:
            return line.bold and line is not before[-1]
        if line.bold or abs(line.size - head.size) > _SIZE_SWAY:
            return False
    return False


# How many lines of a table carried over a page break are looked through for its header
# row.
_CARRIED_ROWS = 12


class _Page(list):
    """A page's lines (a list of ``_Line``), and the page's height: how near its foot a
    line sits (``_small_foot``); ``band``: how many lines a letterhead's blocks side by
    side add to the depth of the page's top edge (``_letterhead_band``)."""

    def __init__(self, lines: list[_Line], height: float | None = None, band: int = 0) -> None:
        super().__init__(lines)
        self.height = height
        self.band = band


def _page_lines(textpage: Any, text: str, rules: Rules | None = None,
                rects: list[tuple[float, float, float, float]] | None = None,
                height: float | None = None) -> _Page:
    """The text lines of one page, with column gaps turned into TABs; ``rules`` are the
    page's upright lines (a table's drawn borders), ``rects`` its text rectangles when
    the page walk has read them already (``page_texts``), ``height`` the page's."""
    band: list[int] = []
    lines = _lines_of_page(textpage, text, rules, rects, band)
    return _Page(lines, height, sum(band))


def _lines_of_page(textpage: Any, text: str, rules: Rules | None,
                   rects: list[tuple[float, float, float, float]] | None,
                   band: list[int] | None = None) -> list[_Line]:
    """The text lines of one page (``_page_lines``); the lines a letterhead adds to the
    top edge go into ``band``."""
    if not text.strip():
        return []
    # (a page without thin lines passes None on, its drawn bullets kept apart: the
    # passes below test ``rules`` for truth, which ``Rules`` leaves to the interpreter)
    dots = rules.dots if rules is not None else None
    if rules is not None and not rules.ruled():
        rules = None
    text = with_cp1252_signs(text)  # (one character for one: the indices stay PDFium's)
    probe = TextProbe(textpage, text)
    if rects is None:
        rects = probe.rects()
    if any(top - bottom >= _WATERMARK_SIZE for _, bottom, _, top in rects):
        text, rects = _without_watermark(text, rects, probe)
    if _SYMBOL_CODE.search(text):
        text = _shown_symbols(text, probe)
    if _BALLOON_END.search(text) and _BALLOON.search(text):
        text = _without_balloons(text, rects, probe)
    if (leading := len(_NUMBERED_LINE.findall("\n" + text))) >= _LINE_NUMBERS or (
            leading and leading + len(_NUMBER_ENDED_LINE.findall(text)) >= _LINE_NUMBERS):
        text = _without_line_numbers(text, probe)  # ("\n": the first line)
    lowered: list[int] = []
    gaps = _column_gaps(rects, lowered)
    wide = []
    for gap in gaps:
        if not gap.narrow:
            gap.narrow = not _wide_for_its_font(gap, probe)
            if not gap.narrow:
                wide.append(gap)
    if wide:
        wide = _without_justified_spaces(wide, gaps)
    ruled = _ruled_gaps(gaps, rules) if rules and len(wide) < len(gaps) else []
    gaps = _with_aligned_narrow(wide, gaps, lambda gap: _glued_at(gap, text, probe)) \
        if len(wide) < len(gaps) and wide else wide
    if ruled:
        gaps = sorted({id(gap): gap for gap in [*gaps, *ruled]}.values(),
                      key=lambda gap: gap.middle)
    lines = _by_position(_split_lines(text, gaps, probe, bool(lowered)), probe, band)
    if gaps:
        lines = _with_centred_labels(lines)
    if gaps and rules:
        _lift_ruled_numbers(lines, rules)
        lines = [line for line in lines if line.text]
    if gaps:
        lines = _with_tall_rows(lines, rules, probe)
    lines = _join_wrapped_cells(lines, probe, rules)
    if STRUCK in text:
        lines = _without_struck(lines)
    if gaps and rules:
        lines = _with_spanned_cells(lines, rules)
    if gaps:
        _cut_touching_cells(lines, text, probe)
    _place_right_edges(lines, probe)
    if gaps and len(lines) > 2:
        _lift_merged_first_cells(lines, text)
        _spread_merged_cells(lines)
        lines = _spread_centred_between_rows(lines, probe)
    if dots:
        _with_drawn_bullets(lines, dots)
    return _with_empty_cells(lines) if gaps else lines


def _with_drawn_bullets(lines: list[_Line],
                        dots: list[tuple[float, float, float, float]]) -> None:
    """Open with "•" the lines a drawn dot stands before: a browser printing a page to
    PDF draws a list's bullets as filled shapes, not as glyphs, so its text layer holds
    the items' lines alone, and two short items would read as one wrapped sentence. A
    dot is a bullet when it stands left of the line's first letter, within one and a
    half of the line's font size, at the height of its small letters."""
    for line in lines:
        if line.cells or line.text[:1] in _BULLET_STARTS:
            continue
        for _left, bottom, right, top in dots:
            if line.x - _BULLET_REACH * line.size <= right <= line.x and \
                    line.y <= (bottom + top) / 2 <= line.y + _BULLET_RISE * line.size:
                line.text = "• " + line.text
                break


# How far left of its line's first letter a drawn bullet may stand, and how high above
# the baseline its middle may be, in the line's font sizes.
_BULLET_REACH = 1.5
_BULLET_RISE = 0.6


_RIGHT_OF = itemgetter(2)


def _lift_merged_first_cells(lines: list[_Line], text: str) -> None:
    """Put a first cell merged over rows and centred in them back on the first row.

    An item table without borders whose number cell spans the item's rows (its title,
    its decision, its task: "02/24" over three rows, HTML's rowspan with the cell centred)
    shows the number on the middle row, or on a line of its own between rows when they
    differ in height, so the title above reads as the last item's text and the decision
    as the item's title. WeasyPrint draws the merged cell with the first row it spans: in
    the page text the number comes straight before that row's text. A row's first cell
    (or a short line alone in the first column, holding a number) whose text the page
    gives just before a line above it (a line with no first cell, starting where the
    row's second cell does, or right of the lone line) goes to that line, as a number set
    at the top of its cell is read. (A page whose text runs in the order of its lines,
    as most do, has no such cell: ``_ends_in_order``.)"""
    if _ends_in_order(lines):
        return
    n = 1
    while n < len(lines):
        row = lines[n]
        n += 1
        if len(row.cells) >= 2 and len(row.ends) == len(row.cells) == len(row.lefts):
            cell, left, end, second = row.cells[0], row.lefts[0], row.ends[0], row.lefts[1]
        elif not row.cells and len(row.text) <= _LONE_NUMBER and \
                row.text[:1].isdigit() and len(row.ends) == 1:
            cell, left, end, second = row.text, row.x, row.ends[0], None
        else:
            continue
        for m in range(n - 2, max(n - 1 - _SPAN_REACH, 0) - 1, -1):
            line = lines[m]
            if line.cells or (line.x <= left + _CELL_TOLERANCE if second is None
                              else abs(line.x - second) > _CELL_TOLERANCE):
                break
            begin = line.ends[0] - len(line.text)
            if begin > end and not text[end:begin].strip():
                cells = (cell, line.text)
                lines[m] = _Line("\t".join(cells), left, line.y, line.size, line.bold,
                                 cells, (left, line.x), (end, line.ends[0]),
                                 line.bottom, line.right)
                if second is None:
                    del lines[n - 1]
                    n -= 1
                else:
                    rest = row.cells[1:]
                    many = len(rest) > 1
                    lines[n - 1] = _Line("\t".join(rest), second, row.y, row.size, row.bold,
                                         rest if many else (), row.lefts[1:] if many else (),
                                         row.ends[1:], row.bottom)
                break


# A number alone in an item table's first column is this long at most ("12/2024").
_LONE_NUMBER = 9


def _ends_in_order(lines: list[_Line]) -> bool:
    """Whether the page text indices after the lines' cells, line by line and cell by
    cell, never fall: the page's text runs in the order of its lines, as on most pages.

    A merged cell drawn with a row above the one it stands on, or a label drawn before
    the cell it is centred beside, puts a line's text before the text of a line above
    it; the passes that look for those have nothing to find on such a page, and this
    test asks it in C, with no Python step a line."""
    ends = list(chain.from_iterable(map(attrgetter("ends"), lines)))
    return all(map(le, ends, ends[1:]))


def _spread_merged_cells(lines: list[_Line]) -> None:
    """Give a cell merged over rows and centred in them (HTML's rowspan, no borders) to
    each row it spans.

    WeasyPrint draws the merged cell with the first row it spans but centres it: over
    three rows its text stands on the middle row ("Sigrid ⇥ ⇥ Medlem" / "Oddny ⇥
    Bergnes kommune ⇥ Varamedlem" / "Helge ⇥ ⇥ Medlem"). Its text comes in the page
    text among the first row's cells, before the row it stands on: the rows from the
    one it was drawn with down to as many rows under the one it stands on lie in it,
    when none of them has a cell of its own in that column. (A page whose text runs in
    the order of its lines and cells has none: ``_ends_in_order``.)"""
    if _ends_in_order(lines):
        return
    for n, line in enumerate(lines):
        ends = line.ends
        if len(line.cells) < 2 or len(ends) != len(line.cells) or len(line.lefts) != len(ends) \
                or all(a < b for a, b in pairwise(ends)):
            continue  # (most rows: drawn in order)
        for k in range(1, len(ends)):
            if ends[k] < ends[k - 1]:
                _spread_cell(lines, n, k)


def _spread_cell(lines: list[_Line], n: int, k: int) -> None:
    """Put cell ``k`` of row ``n``, drawn with a row above it, into the rows it spans
    (``_spread_merged_cells``)."""
    row = lines[n]
    end, left = row.ends[k], row.lefts[k]
    first = next((m for m in range(n - 1, max(n - _SPAN_REACH, 0) - 1, -1)
                  if len(lines[m].ends) >= 2 and lines[m].ends[0] < end < lines[m].ends[-1]),
                 None)
    if first is None or n + (n - first) >= len(lines):
        return
    spanned = [*range(first, n), *range(n + 1, n + 1 + n - first)]
    if any(len(lines[m].lefts) < 2 or len(lines[m].lefts) != len(lines[m].cells)
           or len(lines[m].ends) != len(lines[m].cells)
           or any(abs(other - left) <= _CELL_TOLERANCE for other in lines[m].lefts)
           for m in spanned):
        return
    for m in spanned:
        other = lines[m]
        at = bisect_left(other.lefts, left)
        cells = (*other.cells[:at], row.cells[k], *other.cells[at:])
        lines[m] = _Line("\t".join(cells), other.x, other.y, other.size, other.bold, cells,
                         (*other.lefts[:at], left, *other.lefts[at:]),
                         (*other.ends[:at], end, *other.ends[at:]), other.bottom)


def _spread_centred_between_rows(lines: list[_Line], probe: TextProbe) -> list[_Line]:
    """Give a cell merged over an even number of rows and centred in them (HTML's
    rowspan="2", no borders) to each row it spans.

    Centred over two rows, the merged cell's text stands half a row under the first
    row's baseline: PDFium puts it on a line of its own between the two rows when the
    cells have some padding ("Solveig ⇥ Leder" / "Havbu kommune" / "Eilert ⇥ Daglig
    leder"), or keeps it in the first row's line when the rows stand close (then the
    row under lacks that column). Either way the rows beside it lack a column that the
    table's fuller rows have, where the text starts: each takes it, as the HTML of the
    same table reads. Only rows whose cells have places are looked at; most lines of a
    page fail the first test (a line of its own between two rows, or a row with one cell
    more than the row under it)."""
    n = 1
    while n < len(lines) - 1:
        line = lines[n]
        if not line.cells and lines[n - 1].lefts and lines[n + 1].lefts:
            spread = _spread_own_line(lines, n)
            if spread:
                del lines[n]
                continue
        elif line.lefts and len(lines[n + 1].lefts) == len(line.lefts) - 1:
            _spread_lowered_cell(lines, n, probe)
        n += 1
    return lines


def _clean_row(line: _Line) -> bool:
    """Whether ``line`` is a row whose every cell has its place and its end in the page
    text (what a cell put into it needs)."""
    return len(line.cells) >= 2 and len(line.lefts) == len(line.cells) == len(line.ends)


def _slot(row: _Line, left: float) -> int | None:
    """Where a cell starting at ``left`` goes among the cells of ``row``; None when a
    cell of the row starts there already."""
    if any(abs(other - left) <= _CELL_TOLERANCE for other in row.lefts):
        return None
    return bisect_left(row.lefts, left)


def _column_shown(lines: list[_Line], n: int, row: _Line, at: int, left: float) -> bool:
    """Whether a row near line ``n`` has the cells of ``row`` and one more, at ``left``
    in place ``at``: the column the merged text stands in is one of the table's."""
    wanted = len(row.lefts) + 1
    for m in range(max(0, n - _SPAN_REACH), min(len(lines), n + _SPAN_REACH + 1)):
        lefts = lines[m].lefts
        if len(lefts) == wanted and abs(lefts[at] - left) <= _CELL_TOLERANCE and all(
                abs(a - b) <= _CELL_TOLERANCE for a, b in zip(
                    (*lefts[:at], *lefts[at + 1:]), row.lefts, strict=True)):
            return True
    return False


def _halfway(y: float, upper: float, lower: float) -> bool:
    """Whether baseline ``y`` lies about half-way between the baselines ``upper`` and
    ``lower`` (the centre of two rows of one height)."""
    step = upper - lower
    return step > 0 and abs(upper - y - step / 2) <= _HALFWAY_SWAY * step


# How far (in row steps) a text centred over two rows may lie from half-way between
# their baselines (rows' boxes are not quite even about their baselines).
_HALFWAY_SWAY = 0.2


def _spread_own_line(lines: list[_Line], n: int) -> bool:
    """Put line ``n``, a cell's text on a line of its own half-way between two rows that
    lack its column, into those rows and as many more on each side as lack it on both
    (a text centred over four rows stands between the second and the third); whether it
    was (``_spread_centred_between_rows``)."""
    line, above, below = lines[n], lines[n - 1], lines[n + 1]
    if not (_clean_row(above) and _clean_row(below)) or len(above.lefts) != len(
            below.lefts) or above.bottom is not None or not _halfway(line.y, above.y, below.y):
        return False
    at = _slot(above, line.x)
    if at is None or at != _slot(below, line.x) or \
            not _column_shown(lines, n, above, at, line.x):
        return False
    reach = 1
    while reach < n and n + reach + 1 < len(lines) and all(
            _clean_row(lines[m]) and len(lines[m].lefts) == len(above.lefts)
            and _slot(lines[m], line.x) == at for m in (n - reach - 1, n + reach + 1)):
        reach += 1
    for m in (*range(n - reach, n), *range(n + 1, n + reach + 1)):
        lines[m] = _with_cell(lines[m], at, line.text, line.x, line.ends[-1])
    return True


def _spread_lowered_cell(lines: list[_Line], n: int, probe: TextProbe) -> None:
    """Give the row under row ``n`` the cell of row ``n`` it lacks when that cell's
    text stands half-way down to it: drawn with the first of two rows and centred over
    both, it joined the first row's line (``_spread_centred_between_rows``)."""
    row, below = lines[n], lines[n + 1]
    if not (_clean_row(row) and _clean_row(below)) or row.bottom is not None:
        return
    at = next((k for k in range(len(row.lefts)) if all(
        abs(a - b) <= _CELL_TOLERANCE for a, b in zip(
            (*row.lefts[:k], *row.lefts[k + 1:]), below.lefts, strict=True))), None)
    if at is None or not row.cells[at]:
        return
    place = probe.place(row.ends[at] - 1)
    if place is None or not _halfway(place[1], row.y, below.y):
        return
    lines[n + 1] = _with_cell(below, at, row.cells[at], row.lefts[at], row.ends[at])


def _with_cell(row: _Line, at: int, text: str, left: float, end: int) -> _Line:
    """``row`` with one more cell, ``text`` starting at ``left``, in place ``at``."""
    cells = (*row.cells[:at], text, *row.cells[at:])
    return _Line("\t".join(cells), row.x, row.y, row.size, row.bold, cells,
                 (*row.lefts[:at], left, *row.lefts[at:]),
                 (*row.ends[:at], end, *row.ends[at:]), row.bottom)


def _cut_touching_cells(lines: list[_Line], text: str, probe: TextProbe) -> None:
    """Rows whose cells touch, cut where the table's columns start.

    A table without borders or cell padding (Chromium, a web page's table) makes each
    column as wide as its widest cell, so that cell's last letter touches the next
    column's first ("Bodil Rasmussen StorengNesvåg kommuneMedlem"): no gap, and the row
    reads as one line of text among rows that have their cells. A line that starts
    where the rows near it start, and that has a letter starting where
    two of them start a later cell, with no space before it, is cut there; the row next
    to it must be one of the two (the widest cell may be in the first or last row)."""
    last = len(lines) - 1
    widest, widest_at = 0, 0  # the most cells of a row lately, and where
    for n, line in enumerate(lines):
        if line.cells:
            width = len(line.lefts)
            if width >= widest or n - widest_at > _TOUCH_ROWS_UP:
                widest, widest_at = width, n
            elif width >= 2:  # (a row with fewer cells than one just above it)
                _cut_touching_row(lines, n, text, probe)
            continue
        if line.cells or len(line.ends) != 1 or not (
                (n and len(lines[n - 1].lefts) >= 2)
                or (n < last and len(lines[n + 1].lefts) >= 2)):
            continue  # (most lines: no row beside them, two tests and no lists)
        next_to = [row for row in lines[max(n - 1, 0):n] + lines[n + 1:n + 2]
                   if len(row.lefts) >= 2 and abs(line.x - row.lefts[0]) <= _TOUCH_SWAY]
        if not next_to:
            continue
        rows = [*next_to, *(row for row in lines[max(n - 2, 0):max(n - 1, 0)] + lines[n + 2:n + 3]
                            if len(row.lefts) >= 2)]
        if len(rows) < 2 or not _at_row_step(line, next_to[0], rows[1]):
            continue
        starts = [left for left in rows[0].lefts[1:]
                  if any(abs(left - other) <= _TOUCH_SWAY
                         for row in rows[1:] for other in row.lefts[1:])]
        begin = line.ends[0] - len(line.text)
        if not starts or text[begin:line.ends[0]] != line.text:
            continue
        cuts = [cut for left in starts
                if (cut := _touching_start(probe, left, line, begin,
                                           _column_in_small_letters(rows, left))) is not None]
        if cuts:
            cells = tuple(line.text[a - begin:b - begin]
                          for a, b in pairwise([begin, *cuts, line.ends[0]]))
            lefts = (line.x, *(probe.left(cut) or line.x for cut in cuts))
            ends = (*cuts, line.ends[0])
            lines[n] = _Line("\t".join(cells), line.x, line.y, line.size, line.bold, cells,
                             lefts, ends, line.bottom)


def _cut_touching_row(lines: list[_Line], n: int, text: str, probe: TextProbe) -> None:
    """Row ``n`` with a cell cut where a column of the fuller row above it starts, when
    its letters touch the next cell's there (``_cut_touching_cells`` for a row that
    other gaps did part): a cell merged over the last two rows and centred stands in
    the first one's line, and with a pixel of padding its last letter touches the next
    column's first ("Torgny ⇥ Lyngvær kommuneMedlem"). The column must start in two
    rows above, and every cell must have its place and its end. (The fuller row may
    lie a few rows up: the rows between lack the merged cells still spread later.)"""
    row = lines[n]
    width = len(row.lefts)
    above = next((lines[m] for m in range(n - 1, max(n - _TOUCH_ROWS_UP, 0) - 1, -1)
                  if len(lines[m].lefts) > width), None)
    if above is None or not (_clean_row(row) and _clean_row(above)):
        return
    others = [line for line in lines[max(n - 2 * _TOUCH_ROWS_UP, 0):n] if line is not above]
    cells, lefts, ends = list(row.cells), list(row.lefts), list(row.ends)
    for left in above.lefts[1:]:
        if any(abs(left - other) <= _TOUCH_SWAY for other in lefts) or not any(
                abs(left - other) <= _TOUCH_SWAY for line in others for other in line.lefts):
            continue
        k = bisect_left(lefts, left) - 1
        begin = ends[k] - len(cells[k])
        if k < 0 or text[begin:ends[k]] != cells[k]:
            continue
        piece = _Line(cells[k], lefts[k], row.y, row.size, row.bold, ends=(ends[k],))
        at = _touching_start(probe, left, piece, begin)
        if at is None or (text[at - 1].isdigit() and text[at].isdigit()):
            continue  # (no number is cut in two: "25/00871")
        cells[k:k + 1] = [text[begin:at], text[at:ends[k]]]
        lefts.insert(k + 1, probe.left(at) or left)
        ends.insert(k, at)
    if len(cells) > len(row.cells):
        lines[n] = _Line("\t".join(cells), row.x, row.y, row.size, row.bold, tuple(cells),
                         tuple(lefts), tuple(ends), row.bottom)


# How many rows up ``_cut_touching_row`` looks for a fuller row.
_TOUCH_ROWS_UP = 4


def _at_row_step(line: _Line, row: _Line, other: _Line) -> bool:
    """Whether a line is one step of the table from the row beside it, as the rows are
    from each other: ``other`` is as far from it on its other side, or twice as far on
    the row's side. A paragraph set apart under the table is further. A row whose
    cells run over more lines is measured from its last line when it lies above."""
    near, far = abs(line.y - _nearest_baseline(row, line)), \
        abs(line.y - _nearest_baseline(other, line))
    return abs(far - near) <= _ROW_STEP_SWAY * near or \
        abs(far - 2 * near) <= _ROW_STEP_SWAY * near


def _nearest_baseline(row: _Line, line: _Line) -> float:
    """The baseline of ``row`` nearest ``line``: its last line's when it lies above."""
    return row.bottom if row.bottom is not None and row.y > line.y else row.y


def _column_in_small_letters(rows: list[_Line], left: float) -> bool:
    """Whether every cell the rows start at ``left`` begins with a small letter (roles
    written "leder", "kasserer"): a row whose cells touch may then be cut before a small
    letter too."""
    firsts = [row.cells[k][:1] for row in rows
              for k, start in enumerate(row.lefts) if abs(start - left) <= _TOUCH_SWAY]
    return len(firsts) >= 2 and all(first.islower() for first in firsts)


def _touching_start(probe: TextProbe, left: float, line: _Line, begin: int,
                    small: bool = False) -> int | None:
    """The text index of the letter of ``line`` that starts at ``left`` with a letter
    (no space) just before it, or None. A small letter after a letter goes on with its
    word ("ny" is no "n" and "y") unless the column starts in small letters (``small``:
    "Kvernmo-Aasheimkasserer" under "leder" and "medlem")."""
    at = probe.text_index_at(left + _TOUCH_SWAY, line.y + 0.3 * line.size, _TOUCH_SWAY)
    if not begin < at < line.ends[0]:
        return None
    before, first = line.text[at - begin - 1], line.text[at - begin]
    if before == " " or first == " " or (before.isalpha() and first.islower() and not small):
        return None  # (a word's small letters go on: "ny" is no "n" and "y")
    start = probe.left(at)
    return at if start is not None and abs(start - left) <= _TOUCH_SWAY else None


# How far apart (points) two letters' left edges may be and still start one column.
_TOUCH_SWAY = 1.5


def _place_right_edges(lines: list[_Line], probe: TextProbe) -> None:
    """Where each line of running text ends on the page: a line that stops near its
    column's right margin was wrapped there (``_wrapped_after_stop``), one well short of
    it was ended by the writer. Rows and pieces joined from several runs keep None.

    A column's margin is learnt only from a line whose sentence goes on in small
    letters on the line under it (``_column_margins``); on a page with no line that
    starts with a small letter no margin is learnt and no right edge is asked, so none
    is looked up (one PDFium call a line: most generated and typed pages)."""
    # (each line's first letter tested in C, with no Python step a line)
    if not any(map(str.islower, map(_FIRST_LETTER, map(_TEXT_OF, lines)))):
        return
    right = probe.right
    for line in lines:
        if not line.cells and len(line.ends) == 1:
            line.right = right(line.ends[0] - 1)


def _without_struck(lines: list[_Line]) -> list[_Line]:
    """Lines without their struck-through letters (``pdf_text.STRUCK``): a deletion
    printed with the markup shown inline stands before the text that replaced it
    ("bestiller ~~fem~~ seks"), and only the inserted text is the minutes'. A line
    struck through whole (a deleted paragraph) is left out."""
    out = []
    for line in lines:
        if STRUCK in line.text:
            line.text = _unstruck(line.text)
            if line.cells:
                cells = tuple(_unstruck(cell) for cell in line.cells)
                line.cells = cells if sum(1 for cell in cells if cell) > 1 else ()
                if not line.cells:
                    line.text = " ".join(cell for cell in cells if cell)
            if not line.text.strip("\t "):
                continue
        out.append(line)
    return out


def _unstruck(text: str) -> str:
    """A text without its struck letters, a single space where they stood between words
    and none before a stop ("innen ~~1. juni~~." → "innen.")."""
    return _STRUCK_RUN.sub(_struck_joint, text).strip(" ")


def _struck_joint(match: re.Match) -> str:
    """What stands where a struck run was: one space between two words, else nothing."""
    before, after = match.group(1), match.group(2)
    if not before and not after:
        return ""
    rest = match.string[match.end():match.end() + 1]
    return "" if not rest or rest in _STOPS_AFTER else " "


_STRUCK_RUN = lazy_regex(f"( ?)[{STRUCK} ]*{STRUCK}( ?)")
_STOPS_AFTER = frozenset(".,;:!?)")


# A symbol font's character as Word's PDF export maps it: the private-use code U+F0xx
# of the font's own code xx (a ticked box in Wingdings is U+F0FE, an empty one U+F0A8).
_SYMBOL_CODE = lazy_regex("[\uf020-\uf0ff]")
# The symbol font a PDF font's name is, as ``symbol_table`` names it: "ABCDEF+Wingdings-
# Regular" and "Wingdings,Bold" are Wingdings, "Wingdings2" and "Wingdings-2" Wingdings 2,
# "SymbolMT" Symbol.
_SYMBOL_FONT_NAME = lazy_regex(r"(?:[A-Z]{6}\+)?(wingdings|webdings|symbol)(?:mt)?"
                               r"(?:[-_ ]?(2|3)(?![0-9]))?", re.IGNORECASE)


def _shown_symbols(text: str, probe: TextProbe) -> str:
    """The page text with the marks a symbol font's private-use codes show: a ticked box
    in an attendance table's "Møtt" column reads "☑", an empty one "☐", as the DOCX
    reader reads the same Wingdings characters (only the font tells a tick from a flag).

    A code of a font that is no symbol font, or a glyph the font's table does not name
    (a picture), stays as it is; so does a bullet that opens a line, which ``_line_block``
    reads as a list marker, unless it is Wingdings' empty box on a page whose lines open
    with ticked boxes: then it is the box of a name not ticked ("☑ Kari Holm" / "☐ Per
    Dahl"). One character replaces one, so the probe's indices hold.
    """
    chars = list(text)
    bullets: list[int] = []
    ticked_lines = False
    for match in _SYMBOL_CODE.finditer(text):
        index = match.start()
        if _opens_as_bullet(text, index):
            bullets.append(index)
            continue
        mark = _shown_mark(chars[index], index, probe)
        if mark:
            chars[index] = mark
            ticked_lines = ticked_lines or (mark in _TICKED and _opens_line(text, index))
    if ticked_lines:
        for index in bullets:
            if _shown_mark(text[index], index, probe) == "☐":
                chars[index] = "☐"
    return "".join(chars)


_TICKED = frozenset("☑☒")


def _shown_mark(char: str, index: int, probe: TextProbe) -> str | None:
    """The mark a character shows when its font is a symbol font whose table names its
    code (by the code's low byte: U+F0FE and a bare "þ" are both Wingdings' ticked box),
    else None."""
    font = _SYMBOL_FONT_NAME.match(probe.font_name(index))
    if font is None:
        return None
    table = symbol_table(f"{font[1]} {font[2]}" if font[2] else font[1])
    return table.get(f"{ord(char) & 0xFF:02X}") if table else None


def _opens_as_bullet(text: str, index: int) -> bool:
    """Whether a symbol font's character opens its line and is a bullet Word's list
    library draws in that font (its code as U+F0xx is one of ``_BULLET_CHARS``): a list
    marker, which ``_line_block`` reads as "- "."""
    return chr(0xF000 | ord(text[index]) & 0xFF) in _BULLET_STARTS and _opens_line(text, index)


def _opens_line(text: str, index: int) -> bool:
    """Whether only spaces stand between a character and the start of its line."""
    return not text[text.rfind("\n", 0, index) + 1:index].strip(" \r")


def _without_watermark(text: str, rects: list[tuple[float, float, float, float]],
                       probe: TextProbe) -> tuple[str, list[tuple[float, float, float, float]]]:
    """The page text with a watermark's letters ("UTKAST", "KONFIDENSIELT") blanked out,
    and the page's runs of text without the watermark's.

    Word and LibreOffice draw a watermark as text across the middle of every page, so
    PDFium reads it among the body's lines: as a heading, or at the end of the line it
    crosses. It is a tall run of text drawn pale (``TextProbe.pale``: slanted,
    translucent or light grey) in type at least twice as high as most runs on the page;
    a pale heading of ordinary size stays. Blanks keep the text's indices for ``probe``.
    A tall run that is no watermark stays among the runs: Chromium gives a heading's
    letters a run each, and leaving out its tall ones ("å", "Ø") would open a gap
    between its words as wide as a column's.
    """
    heights = Counter(round(top - bottom) for _, bottom, _, top in rects)
    usual = heights.most_common(1)[0][0]
    chars = list(text)
    kept = []
    for rect in rects:
        left, bottom, right, top = rect
        if top - bottom >= max(_WATERMARK_SIZE, _WATERMARK_SCALE * usual) and (
                index := _pale_letter_in(left, bottom, right, top, probe)) is not None:
            _blank_pale_run(chars, index, probe)
            continue
        kept.append(rect)
    return "".join(chars), kept


# The label a markup balloon opens with, which Word prints in the page's right margin
# when a document is saved as PDF with its changes and comments shown: "Kommentert
# [TL1]:", "Slettet:", "Formatert:", "Flyttet (innsetting) [1]:", and the English ones.
# (a comment's label always has the writer's initials and count: "Kommentar: …" alone
# may be a table's remark)
_COMMENT_LABELS = ("Kommentert", "Kommentar", "Commented", "Comment")
_CHANGE_LABELS = ("Slettet", "Deleted", "Formatert", "Formatted", "Flyttet", "Moved",
                  "Satt inn", "Inserted")
_BALLOON = lazy_regex(r"(?:^|(?<=\s))(?:(?:" + "|".join(_COMMENT_LABELS) + r") \[[^\]\n]"
                      r"{1,8}\]|(?:" + "|".join(_CHANGE_LABELS) + r")(?: \([^)\n]{1,24}\))?"
                      r"(?: \[[^\]\n]{1,8}\])?):")
# What every balloon's label ends in: "]:", "):" or a change's word and ":". A search
# for these alternatives, each opening with a literal, skips through the page in one
# fast scan to its few "]", ")" and capitals; ``_BALLOON``, which must look back at
# every place, is asked only on a page where one is found.
_BALLOON_END = lazy_regex("|".join(re.escape(end) for end in
                                   ("]:", "):", *(f"{label}:" for label in _CHANGE_LABELS))))
# How far right (of the page's text, from its left edge) a balloon starts, at least, and
# how much its left edge and size may differ from line to line of one balloon.
_BALLOON_SIDE = 0.55
_BALLOON_SWAY = 3.0


def _without_balloons(text: str, rects: list[tuple[float, float, float, float]],
                      probe: TextProbe) -> str:
    """The page text with the markup balloons of Word's "show markup" blanked out.

    A document saved as PDF with its tracked changes and comments shown has them in
    balloons right of the text, in smaller type: "Kommentert [TL1]: Sjekk navnet" over
    its next lines, "Slettet: og Bane NOR". They are no part of the minutes (a comment
    never is; deleted text is gone), but PDFium reads them among the body's lines, or
    as a last column beside them. A balloon is a label of ``_BALLOON`` that starts in
    the right part of the page's text, set smaller than the page's usual text, and the
    lines under it that start where it does in the same size. Blanks keep the indices.
    """
    left = min(rect[0] for rect in rects)
    side = left + _BALLOON_SIDE * (max(rect[2] for rect in rects) - left)
    usual = _usual_size(text, probe)
    chars = list(text)
    for found in _BALLOON.finditer(text):
        start = found.start()
        x, size = probe.left(start), probe.drawn_size(start)
        if x is None or size is None or x < side or usual is None or \
                size > usual - _SIZE_SWAY:
            continue
        while True:
            end = text.find("\n", start)
            end = len(text) if end < 0 else end + 1
            chars[start:end] = [c if c in "\r\n" else " " for c in text[start:end]]
            start = end
            while start < len(text) and text[start] == " ":
                start += 1
            if start >= len(text) or _BALLOON.match(text, start):
                break
            below_x, below_size = probe.left(start), probe.drawn_size(start)
            if below_x is None or below_size is None or \
                    abs(below_x - x) > _BALLOON_SWAY or abs(below_size - size) > _SIZE_SWAY:
                break
    return "".join(chars)


def _without_line_numbers(text: str, probe: TextProbe) -> str:
    """The page text with the line numbers in its left margin blanked out.

    Protocols meant for comment by line, and Word's line numbering, print a number left
    of the text's lines (every line, or every fifth); a scanned page's OCR reads them
    too. PDFium reads each as the first cell of its line ("12 ⇥ Sak 04/23 Budsjett"), so
    the minutes become a table of numbered rows. Line numbers are numbers that end
    wholly left of where every line of the page starts its text, in one column (ending
    or starting at one x), rising down the page; and either some line has none (every
    fifth) or they are set smaller than the text. A number at the text's margin ("2
    representanter møtte", a table's number column under its heading) is text and stays.
    Blanks keep the indices.
    """
    lines: list[tuple[int | None, int, int, int]] = []  # (number, start, end, text start)
    margin = math.inf
    for found in _LINE_START.finditer(text):
        number, start = found.group("number"), found.start("text")
        if start >= 0:  # a line of text (a line that holds a number alone has none)
            x = probe.left(start)
            if x is None:
                return text
            margin = min(margin, x - _LINE_NUMBER_GAP)
        if number is not None or start >= 0:
            lines.append((None if number is None else int(number), found.start("number"),
                          found.end("number"), start))
    lines = [_trailing_number(text, line, margin, probe) for line in lines]
    numbers: list[tuple[int, int, int]] = []
    apart, small = False, True
    for number, at, end, start in lines:
        right = None if number is None else probe.right(end - 1)
        if number is None or right is None or right > margin:
            apart = True  # a line without a number in the margin
            continue
        if start >= 0:
            size, text_size = probe.drawn_size(at), probe.drawn_size(start)
            small = small and size is not None and text_size is not None and \
                size < text_size - _SIZE_SWAY
        numbers.append((number, at, end))
    if len(numbers) < _LINE_NUMBERS or not (apart or small) or any(
            after[0] <= before[0] for before, after in pairwise(numbers)) or \
            not _one_column(numbers, probe) or not _count_lines(numbers, lines, probe):
        return text
    chars = list(text)
    for _, at, end in numbers:
        chars[at:end] = " " * (end - at)
    return "".join(chars)


def _trailing_number(text: str, line: tuple[int | None, int, int, int], margin: float,
                     probe: TextProbe) -> tuple[int | None, int, int, int]:
    """A line of ``_without_line_numbers`` with the number that ends its text when that
    number stands left of the page's text (``margin``): drawn after the line's text, a
    line number in the margin comes last in PDFium's line ("Vedtak: Innkallingen
    godkjennes. 8"), and would stay in the text."""
    number, _, _, start = line
    if number is not None or start < 0:
        return line
    stop = text.find("\n", start)
    stop = len(text) if stop < 0 else stop
    found = _LINE_END_NUMBER.search(text, start, stop)
    if found is None:
        return line
    right = probe.right(found.end(1) - 1)
    if right is None or right > margin:
        return line
    return int(found.group(1)), found.start(1), found.end(1), start


def _one_column(numbers: list[tuple[int, int, int]], probe: TextProbe) -> bool:
    """Whether the numbers (value, start, end) end, or start, at one x (set flush right
    or flush left in their column)."""
    rights = [probe.right(end - 1) for _, _, end in numbers]
    lefts = [probe.left(at) for _, at, _ in numbers]
    return any(None not in edges and max(edges) - min(edges) <= _CELL_TOLERANCE
               for edges in (rights, lefts))


def _count_lines(numbers: list[tuple[int, int, int]],
                 lines: list[tuple[int | None, int, int, int]], probe: TextProbe) -> bool:
    """Whether the numbers count the page's lines: from the first to the last, the page
    goes down about as many line steps as the numbers rise (blank lines a number skips
    make it go down a little more). Numbered headings over indented text ("1 ⇥
    Godkjenning", its text under the title, "2 ⇥ Referat") stand further apart than
    their numbers differ, and stay."""
    ys = [probe.place(start if start >= 0 else at) for _, at, _, start in lines]
    if None in ys:
        return False
    steps = sorted(round(upper[1] - lower[1], 1) for upper, lower in pairwise(ys)
                   if upper[1] > lower[1])
    first, last = probe.place(numbers[0][1]), probe.place(numbers[-1][1])
    if not steps or first is None or last is None:
        return False
    counted = (numbers[-1][0] - numbers[0][0]) * steps[len(steps) // 2]
    return _FEWER_LINES * counted <= first[1] - last[1] <= _MORE_LINES * counted


# A page with this many lines opening with a bare number may be numbered by line; each
# line's start (its number, when it opens with one, and its text); how far (points) the
# numbers end left of the text at least. (A line's start is found by the line break
# before it, a literal the search skips to in one fast scan, where "^" is tried at
# every character.)
_LINE_NUMBERS = 3
_NUMBERED_LINE = lazy_regex(r"\n[ \t]*\d{1,4}[ \t]+\S")
_LINE_START = lazy_regex(r"^[ \t]*(?P<number>\d{1,4}(?=[ \t]|\r?$))?[ \t]*(?P<text>\S)?",
                         re.M)
_LINE_NUMBER_GAP = 6.0
# A number that ends a line of text (a line number drawn after the text it numbers).
_NUMBER_ENDED_LINE = lazy_regex(r"\S[ \t]\d{1,4}\r?$", re.M)
_LINE_END_NUMBER = lazy_regex(r"[ \t](\d{1,4})\r?$")
# How far the page may go down between the first and the last line number, in the line
# steps their numbers count: a little less (lines set closer than most), or more (blank
# lines no number counts).
_FEWER_LINES = 0.8
_MORE_LINES = 1.6


# Two font sizes this close (points) are one size.
_SIZE_SWAY = 0.5


def _usual_size(text: str, probe: TextProbe) -> float | None:
    """The size most of a page's lines start in (asked only of a page with a balloon)."""
    sizes: Counter[float] = Counter()
    start = 0
    while start < len(text):
        if not text[start].isspace() and (size := probe.drawn_size(start)) is not None:
            sizes[round(size, 1)] += 1
        end = text.find("\n", start)
        if end < 0:
            break
        start = end + 1
    return sizes.most_common(1)[0][0] if sizes else None


def _pale_letter_in(left: float, bottom: float, right: float, top: float,
                    probe: TextProbe) -> int | None:
    """The text index of a pale letter inside a run's box, None when none is found.

    A watermark crosses the body's lines, and where a body letter lies on top of it the
    page's hit test finds that letter; so points along both diagonals of the box (a
    slant either way; along the middle for upright and vertical text) are tried.
    """
    for fraction in _WATERMARK_PROBES:
        for y in (bottom + fraction * (top - bottom), top - fraction * (top - bottom)):
            index = probe.text_index_at(left + fraction * (right - left), y)
            if index >= 0 and probe.pale(index):
                return index
    return None


def _blank_pale_run(chars: list[str], index: int, probe: TextProbe) -> None:
    """Blank the pale letters around ``index`` on its line, across the word spaces
    between them ("IKKE GODKJENT"), up to the first letter that is not pale."""
    for step in (-1, 1):
        at = index if step == 1 else index - 1
        while 0 <= at < len(chars) and (chars[at] == " " or (
                not chars[at].isspace() and probe.pale(at))):
            if chars[at] != " ":
                chars[at] = " "
            at += step


# A watermark's run of text is at least this tall (points) and this many times the
# page's usual run.
_WATERMARK_SIZE = 18.0
_WATERMARK_SCALE = 2.0
_WATERMARK_PROBES = (0.5, 0.3, 0.7, 0.1, 0.9, 0.2, 0.4, 0.6, 0.8)


def _with_spanned_cells(lines: list[_Line], rules: Rules) -> list[_Line]:
    """Rows that start in a table's second column take the first column's text from the
    cell merged over them, as its borders show it.

    A cell merged down over several rows (an organisation beside its people, Word's
    merged cells, HTML's rowspan) prints its text once, at the top of the merged cell
    or centred in it: on one of its rows ("Østby kommune ⇥ Siri Lie ⇥ Varaordfører"),
    or on a line of its own between two ("Vestdal kommune" between "Kari Nordmann" and
    "Ola Bø"); the other rows start in the second column. The borders drawn across the
    first column bound the merged cell: each row inside them that lacks the first
    column takes its text, and a line of its own holding it is no paragraph. Without
    borders across the first column above and below, or with more than one text in it
    between them, rows stay as they are."""
    widest = max(map(len, map(_LEFTS_OF, lines))) if lines else 0
    if widest < 2:
        return lines
    filled: dict[int, _Line] = {}
    used: set[int] = set()
    for n, line in enumerate(lines):
        if not line.lefts or n in used or len(line.lefts) >= widest:
            continue  # (a row as wide as the widest has no fuller row to find)
        first = _first_column_left(lines, n)
        if first is None:
            continue
        found = _merged_text(lines, n, first, rules)
        if found is None:
            continue
        text, alone = found
        cells = (text, *line.cells)
        filled[n] = _Line("\t".join(cells), first, line.y, line.size, line.bold, cells,
                          (first, *line.lefts), (), line.bottom)
        used.update(alone)
    if not filled:
        return lines
    return [filled.get(n, line) for n, line in enumerate(lines) if n not in used]


def _first_column_left(lines: list[_Line], n: int) -> float | None:
    """Where the first column starts when row ``n`` starts in its table's second column
    (as the nearest fuller row above it, within a few lines, shows; else the nearest
    below it); else None.

    A heading row set centred in its cells (HTML's ``th``) does not line up with the
    body's columns, and the first rows of a table may all lie in one merged cell
    ("Vestdal kommune" over its first two people): the first full row under them shows
    where the first column starts."""
    row = lines[n]
    found = _fuller_row_left(reversed(lines[max(0, n - _SPAN_REACH):n]), row)
    return found if found is not None else _fuller_row_left(
        lines[n + 1:n + 1 + _SPAN_REACH], row)


def _fuller_row_left(near: Iterable[_Line], row: _Line) -> float | None:
    """The first column's left edge from the first of ``near`` (rows in the order they
    are looked at) that has more cells than ``row`` and its second cell where ``row``
    starts; None when a row of another shape (another table) comes first."""
    for other in near:
        if not other.lefts:
            continue
        if len(other.lefts) > len(row.lefts) and \
                abs(other.lefts[1] - row.lefts[0]) <= _CELL_TOLERANCE:
            return other.lefts[0]
        if abs(other.lefts[0] - row.lefts[0]) > _CELL_TOLERANCE:
            return None  # (a row of another shape: another table)
    return None


def _merged_text(lines: list[_Line], n: int, first: float, rules: Rules
                 ) -> tuple[str, list[int]] | None:
    """The text of the first column's cell that row ``n`` lies in, between the borders
    across that column over and under the row, and the indices of the lines of their
    own that hold it; None unless borders bound it and exactly one text stands in it."""
    heights = rules.heights(first + _INSIDE_CELL)
    y = lines[n].y
    over = next((h for h in heights if h > y), None)
    under = next((h for h in reversed(heights) if h < y), None)
    if over is None or under is None:
        return None
    in_rows: list[str] = []
    alone: list[int] = []
    for m in range(max(0, n - _SPAN_REACH), min(len(lines), n + _SPAN_REACH + 1)):
        line = lines[m]
        start = line.lefts[0] if line.lefts else line.x
        if not under < line.y < over or abs(start - first) > _CELL_TOLERANCE:
            continue
        if len(line.lefts) >= 2:
            in_rows.append(line.cells[0])
        elif not line.cells:
            alone.append(m)
    if len(in_rows) + bool(alone) != 1:
        return None
    return (in_rows[0], []) if in_rows else (" ".join(lines[m].text for m in alone), alone)


# How many lines up and down the rows and text of one merged cell are looked for.
_SPAN_REACH = 12


def _with_empty_cells(lines: list[_Line]) -> list[_Line]:
    """Rows with fewer cells than their table's heading, each cell put under the heading
    cell it starts in, and the cells between left empty.

    A PDF draws nothing for an empty cell, so "Kari Berg    X" under "Navn  Møtt  Forfall"
    would read as a mark under "Møtt"; where the "X" starts says it is under "Forfall".
    A line of text alone in the first column between two rows of the table is a row
    whose other cells are empty ("Per Hansen" not ticked under "Møtt"), not a paragraph.
    """
    head: _Line | None = None
    for n, line in enumerate(lines):
        if not line.cells and head is not None and (_alone_in_first_column(lines, n, head) or
                                                    _last_row_alone(lines, n, head)):
            lines[n] = _Line(line.text, line.x, line.y, line.size, line.bold, (line.text,),
                             (line.x,), line.ends, line.bottom)
            continue
        if not line.cells or not line.lefts:
            head = None
        elif head is None or len(line.cells) >= len(head.cells):
            if head is None or (len(line.cells) > len(head.cells) and
                                not _under_columns(head, line)):
                head = line  # (a wider table right under a narrow one: its own heading)
        elif _running_header_over(head, line, lines):
            head = line
        elif len(line.lefts) == len(line.cells):
            lines[n] = _placed_under(line, head)
    return lines


def _running_header_over(head: _Line, row: _Line, lines: list[_Line]) -> bool:
    """Whether the page's top line ``head``, tabbed like a row ("Nordfjella råd ⇥
    Møteprotokoll ⇥ 19.03.2027"), is a running header in a type size of its own over a
    table carried on from the page before ("Saksnr ⇥ Tittel", its heading repeated):
    the table's cells are then no pieces of the header's wide cells, and the row heads
    its own table."""
    return head is lines[0] and abs(head.size - row.size) > _SIZE_SWAY


def _alone_in_first_column(lines: list[_Line], n: int, head: _Line) -> bool:
    """Whether line ``n`` is a row drawn with only its first cell, the rest left empty:
    it starts where the table's first column does, the line after it is a row of the
    same table (its first two cells under the table's columns), and it lies one row's
    step below the row before it and above the row after it. A label between two tables
    ("Til stede:", "Saksliste") has the room of a paragraph around it. (The line
    before is a row: ``head`` is still open.)"""
    line, before = lines[n], lines[n - 1]
    if n + 1 >= len(lines) or abs(line.x - head.lefts[0]) > _CELL_TOLERANCE:
        return False
    after = lines[n + 1]
    if len(after.lefts) < 2 or abs(after.lefts[0] - head.lefts[0]) > _CELL_TOLERANCE or \
            not any(abs(after.lefts[1] - left) <= _CELL_TOLERANCE for left in head.lefts[1:]):
        return False
    above = (before.bottom if before.bottom is not None else before.y) - line.y
    below = line.y - after.y
    return above > 0 and below > 0 and abs(above - below) <= _ROW_STEP_SWAY * max(above, below)


def _last_row_alone(lines: list[_Line], n: int, head: _Line) -> bool:
    """Whether line ``n``, just under a table's rows, is its last row drawn with only its
    first cell ("Tor Aas" not ticked under "Møtt", no row after it): it starts where the
    first column does, lies one row's step below the row before (as that row lies below
    the one above it), is about as long as the first column's cells and no label, and what
    follows, if anything, stands apart as a paragraph does, not a row's step below."""
    line, before = lines[n], lines[n - 1]
    if n < 2 or len(before.cells) < 2 or not lines[n - 2].cells or ":" in line.text or \
            abs(line.x - head.lefts[0]) > _CELL_TOLERANCE:
        return False
    first_cells = [row.cells[0] for row in lines[max(0, n - 8):n] if row.cells]
    if len(line.text) > max(len(cell) for cell in first_cells) + _CELL_SLACK or \
            len(line.text.split()) > max(_CELL_WORDS, *(len(c.split()) for c in first_cells)):
        return False  # (a sentence, not a name or a seat as the column holds)
    over = lines[n - 2]
    step = (over.bottom if over.bottom is not None else over.y) - before.y
    above = (before.bottom if before.bottom is not None else before.y) - line.y
    if step <= 0 or abs(above - step) > _ROW_STEP_SWAY * max(above, step):
        return False
    if n + 1 < len(lines) and lines[n + 1].y < line.y:
        return line.y - lines[n + 1].y > (1 + _ROW_STEP_SWAY) * step
    return True


# How much longer (characters) a last row's lone cell may be than the column's longest
# cell above it, and how many words it may have at least: a name, not a sentence.
_CELL_SLACK = 8
_CELL_WORDS = 4
# How much two steps between the rows of one table may differ (rounding of positions).
_ROW_STEP_SWAY = 0.15


def _under_columns(head: _Line, row: _Line) -> bool:
    """Whether every cell of ``head`` starts where a cell of ``row`` does: the row has
    the head's columns (and more), so it belongs to the head's table."""
    return all(any(abs(left - other) <= _CELL_TOLERANCE for other in row.lefts)
               for left in head.lefts)


def _placed_under(row: _Line, head: _Line) -> _Line:
    """``row`` with its cells at the places of the heading cells they start in: the last
    heading cell starting left of the row's cell (centred marks start right of it)."""
    places = [max((i for i, left in enumerate(head.lefts) if left <= x + _CELL_TOLERANCE),
                  default=-1) for x in row.lefts]
    if places[0] != 0 or any(b < a for a, b in pairwise(places)):
        return row
    cells = [""] * (places[-1] + 1)  # (no empty cells after the last: as a row cut off)
    for place, cell in zip(places, row.cells, strict=True):
        # (two pieces under one heading cell are one cell that a word space split where
        # other lines of the page have a column gap: "Anne Lise | Hauge" under "Navn")
        cells[place] = f"{cells[place]} {cell}" if cells[place] else cell
    return _Line("\t".join(cells), row.x, row.y, row.size, row.bold, tuple(cells),
                 bottom=row.bottom)


def _with_centred_labels(lines: list[_Line]) -> list[_Line]:
    """A label centred beside a tall cell ("Til stede:" beside five names, one a line),
    with that cell's lines, as one row.

    The label stands on the cell's middle line (a row: "Til stede: ⇥ Arnfinn …") or,
    beside an even number of lines, half a line between the two middle ones (a line of
    its own); the cell's other lines are lines of their own above and below it, as far
    from each other as from the rows around them when the cells have little padding.
    A producer that draws a table cell by cell (WeasyPrint, Word) draws the label
    before the cell, so the cell's lines above the label come after it in the page
    text, in order down the cell: that, and as many of the cell's lines under the label
    as over it (one more or less), makes them the label's, when they are three or more.
    Lines drawn in their order down the page (most pages) fail the first test, on the
    line above, so such a page (``_ends_in_order``) is left as it is at once."""
    if _ends_in_order(lines):
        return lines
    out: list[_Line] = []
    n = 0
    while n < len(lines):
        line = lines[n]
        if out and not out[-1].cells and line.ends and out[-1].ends and \
                out[-1].ends[-1] > line.ends[0] and (found := _label_beside_cell(out, lines, n)):
            row, taken = found
            out.append(row)
            n += taken
            continue
        out.append(line)
        n += 1
    return out


def _label_beside_cell(out: list[_Line], lines: list[_Line], n: int
                   ) -> tuple[_Line, int] | None:
    """The row of the label at ``lines[n]`` and the cell lines around it: those at the
    end of ``out`` (taken from it) and under it, with how many of ``lines`` from ``n``
    it holds; None unless they are laid out and drawn as ``_with_centred_labels``
    says."""
    label = lines[n]
    column = out[-1].x
    if label.lefts:
        at = next((k for k, left in enumerate(label.lefts)
                   if k and abs(left - column) <= _CELL_TOLERANCE), None)
        if at is None or len(label.lefts) != len(label.cells) or \
                len(label.ends) != len(label.cells):
            return None
    elif label.cells or column - label.x <= _CELL_TOLERANCE or n + 1 >= len(lines):
        return None
    leads = _cell_run(reversed(out), column, label.ends[0])
    below = _before_next_label(lines, n, _cell_run(lines[n + 1:], column, label.ends[0]))
    if not leads or (abs(len(below) - len(leads)) > 1 and (below or not label.lefts)) or \
            (not label.lefts and not below) or \
            len(leads) + len(below) + bool(label.lefts) < _TALL_CELL - (
                not below and label.cells[:1] != () and label.cells[0].endswith(":")) or \
            (below and below[0].ends[0] <= leads[0].ends[-1]) or \
            not all(upper.ends[-1] < lower.ends[0] and _one_step(upper, lower, label)
                    for part in (leads[::-1], below) for upper, lower in pairwise(part)):
        return None
    if label.lefts:
        row = label
    else:
        if not (below[0].y < label.y < leads[0].y) or not _beside_a_row(
                out, lines[n + 1:n + 1 + _SPAN_REACH], label, column):
            return None
        first = below.pop(0)
        cells = (label.text, first.text)
        row = _Line("\t".join(cells), label.x, label.y, label.size, label.bold, cells,
                    (label.x, column), (label.ends[0], first.ends[-1]), bottom=first.y)
    for _ in leads:
        row = _with_lead(out.pop(), row, apart=True)
    for wrap in below:
        row = _with_wrapped(row, wrap, apart=True)
    return row, 1 + len(below) + (not label.lefts)


def _before_next_label(lines: list[_Line], n: int, below: list[_Line]) -> list[_Line]:
    """The lines of ``below`` (a cell's lines under the label at ``lines[n]``) drawn
    before the label of the next row under them: a label set to the foot of its cell
    has the cell's lines over it, and the lines under it are the next row's cell, drawn
    after that row's label (``_label_beside_cell``)."""
    after = n + 1 + len(below)
    if not below or after >= len(lines) or not lines[after].ends:
        return below
    label, following = lines[n], lines[after]
    if abs((following.lefts or (following.x,))[0] - (label.lefts or (label.x,))[0]) \
            > _CELL_TOLERANCE:
        return below
    return [line for line in below if line.ends[0] < following.ends[0]]


# How many lines a cell beside a centred label has at least: beside two, the label may
# as well be a first column's cell merged over two rows (unless it is set to the foot
# of the cell and ends as a label does, "Forfall:").
_TALL_CELL = 3


def _cell_run(near: Iterable[_Line], column: float, after: int) -> list[_Line]:
    """The lines of ``near`` (in the order looked at) that start at ``column`` and are
    drawn after text index ``after``, up to the first that is not."""
    run = []
    for line in near:
        if line.cells or abs(line.x - column) > _CELL_TOLERANCE or not line.ends or \
                line.ends[0] <= after:
            break
        run.append(line)
    return run


def _beside_a_row(out: list[_Line], near: list[_Line], label: _Line, column: float) -> bool:
    """Whether a row above ``label`` (within a few lines, at the end of ``out``) or under
    it (``near``) has its first cell where the label starts and its second at ``column``:
    the label is a table's first column."""
    for line in (*out[-_SPAN_REACH:], *near):
        if len(line.lefts) >= 2 and abs(line.lefts[0] - label.x) <= _CELL_TOLERANCE and \
                abs(line.lefts[1] - column) <= _CELL_TOLERANCE:
            return True
    return False


def _with_tall_rows(lines: list[_Line], rules: Rules | None,
                    probe: TextProbe | None = None) -> list[_Line]:
    """The lines of one tall table row, as one row, when its first column's text is set
    lower than the row's first line, or the row has none of its own.

    A cell centred in a tall row (Word's "centre vertically", a merged item-number cell,
    HTML's ``vertical-align: middle``) stands beside the middle of the row's longest
    cell, and each short cell beside its own middle: PDFium reads "Budsjett 2024" /
    "Sekretæren orienterte …" / "06/24 ⇥ møtegodtgjøring …" / "Sæle ⇥ april", so the
    number would head the middle of the text and the lines above it would be the last
    item's. What bounds the row: the borders across a ruled table, each of its lines in
    a cell with those borders and none between (a cell merged over more rows, as an
    organisation beside its people, has other borders); without borders, the room that
    cell padding leaves between two rows, clearly more than the row's line step. The
    lines inside, one line step apart, with exactly one line holding the first column's
    text, are the row's cells top to bottom, each piece in the column it starts in. A
    ruled row of two columns or more with no first cell (the number merged down from
    the title's row above) gets an empty one. Without borders the number must stand
    below the row's first line (a row set to the top is ``_join_wrapped_cells``'s), and
    a row of the same table nearby must start where it does."""
    if not any(len(line.lefts) >= 2 for line in lines):
        return lines
    heights: dict[float, list[float]] = {}  # (the borders across each column, asked once)
    # (how far each line lies under the one above it, ``_one_step``'s measure, taken once
    # a page for ``_tall_row``'s walks, which ask it of most lines once or twice; 0 for
    # the first line and after the last, which no walk passes)
    drops = [0.0]
    drops += [(upper.bottom if upper.bottom is not None else upper.y) - lower.y
              for upper, lower in pairwise(lines)]
    drops.append(0.0)
    # (a run of lines found to hold no tall row is passed whole, none of its lines asked
    # again; the page's list is copied only from the first tall row, which most lack)
    out: list[_Line] | None = None
    n = 0
    while n < len(lines):
        line = lines[n]
        found = _tall_row(lines, n, rules, heights, drops) if (
            len(line.lefts) >= 2 or (rules and not line.cells)) else None
        if found is None or found[2] is False:
            end = found[1] if found is not None else n + 1
            if out is not None:
                out.extend(lines[n:end])
            n = end
            continue
        start, end, empty = found
        if out is None:
            out = lines[:n]
        del out[len(out) - (n - start):]
        row = _tall_row_line(lines[start:end], (lines, probe) if probe else None)
        out.append(row if empty is None else _with_first_cell(row, "", empty))
        n = end
    return lines if out is None else out


def _tall_row(lines: list[_Line], n: int, rules: Rules | None,
              heights: dict[float, list[float]],
              drops: list[float]) -> tuple[int, int, float | bool | None] | None:
    """The lines (start, end) of the tall row that row ``n`` lies in, with one line
    holding its first column's text (``_with_tall_rows``), and where the table's first
    column starts when the row (ruled) has none, its cell merged down from a row above;
    else None, or (start, end, False) for a run of lines that holds no tall row (none of
    its lines need be asked again). ``heights`` keeps the borders across each column,
    ``drops`` how far each line lies under the line above it (``_with_tall_rows``): a
    line is one step under the one above it (``_one_step``) when its drop is more than 0
    and at most ``_CELL_WRAP_STEP`` of the row's size."""
    row = lines[n]
    reach = _CELL_WRAP_STEP * row.size
    if not 0 < drops[n] <= reach and not 0 < drops[n + 1] <= reach:
        return n, n + 1, False  # (a line alone, as most rows of a padded table are)
    over, under, empty = math.inf, -math.inf, None
    for left in (row.lefts or (row.x,)) if rules else ():
        above, below = _borders_around(rules, heights, left, row.y)
        over, under = min(over, above), max(under, below)
    ruled = over < math.inf and under > -math.inf
    start, end = n, n + 1
    while 0 < drops[start] <= reach and under < lines[start - 1].y < over:
        start -= 1
    while 0 < drops[end] <= reach and under < lines[end].y < over:
        end += 1
    band = lines[start:end]
    if len(band) < 2 or (ruled and _more_between(lines, start, end, over, under)):
        return start, end, False
    starts = []  # (where each line's first piece starts)
    for line in band:
        if line.cells and not line.lefts:
            return start, end, False
        starts.append(line.lefts[0] if line.lefts else line.x)
    first = min(starts)
    in_first = [m for m, left in enumerate(starts) if left - first <= _CELL_TOLERANCE]
    if len(in_first) == 1 and (in_first[0] > 0 or (ruled and len(band[0].lefts) >= 2)):
        pass  # (not a line of its own on top: a label centred between rows)
    elif ruled and _columns(band) > 1 and \
            (left := _table_left(lines, n, rules, heights)) < first - _CELL_TOLERANCE:
        empty = left  # (a row under a cell merged down over it: its first cell empty)
    else:
        return start, end, False
    if not ruled:
        return (start, end, None) if _padded_row(lines, start, end, first) else \
            (start, end, False)
    for line in band:
        for left in line.lefts or (line.x,):
            above, below = _borders_around(rules, heights, left, line.y)
            if abs(above - over) > _CELL_TOLERANCE or abs(below - under) > _CELL_TOLERANCE:
                return None  # (a cell merged over more rows: an organisation by its people)
    return start, end, empty


def _more_between(lines: list[_Line], start: int, end: int, over: float,
                  under: float) -> bool:
    """Whether a line next to lines ``start`` to ``end`` lies between the same two flat
    lines without being one line step from them: no cell of a ruled row, which holds
    every line between its borders. A numbered heading and its text under a table's
    last border and over a footnote's rule ("Forfall: …" / "Sak 1: ⇥ Innkalling" /
    "Innkallinga vart godkjend.") are bounded by lines too."""
    return (start > 0 and under < lines[start - 1].y < over) or \
        (end < len(lines) and under < lines[end].y < over)


def _borders_around(rules: Rules, heights: dict[float, list[float]], left: float,
                    y: float) -> tuple[float, float]:
    """The heights of the nearest borders over and under ``y`` across the column that
    starts at ``left`` (infinities where there are none); ``heights`` keeps each
    column's borders, asked of ``rules`` once."""
    column = heights.get(left)
    if column is None:
        column = heights[left] = rules.heights(left + _INSIDE_CELL)
    at = bisect_right(column, y)
    return (column[at] if at < len(column) else math.inf), \
        (column[at - 1] if at and column[at - 1] < y else -math.inf)


def _table_left(lines: list[_Line], n: int, rules: Rules,
                heights: dict[float, list[float]]) -> float:
    """Where the first column of row ``n``'s table starts: the leftmost start of the
    rows (lines of more than one cell) within a few lines of it, each with borders over
    and under its first cell, as a ruled table's rows have (infinity: none). A running
    header of two pieces ("Listersamarbeidet ⇥ Helsefaglig nettverk"), with only the
    header's rule under it, is no row of the table."""
    return min((line.lefts[0]
                for line in lines[max(0, n - _SPAN_REACH):n + _SPAN_REACH + 1]
                if len(line.lefts) >= 2 and _inside_borders(rules, heights, line)),
               default=math.inf)


def _inside_borders(rules: Rules, heights: dict[float, list[float]], line: _Line) -> bool:
    """Whether row ``line`` has borders both over and under its first cell."""
    over, under = _borders_around(rules, heights, line.lefts[0], line.y)
    return over < math.inf and under > -math.inf


def _columns(band: list[_Line]) -> int:
    """How many columns the pieces of ``band`` start in."""
    lefts: list[float] = []
    for line in band:
        for left in line.lefts or (line.x,):
            if not any(abs(left - other) <= _CELL_TOLERANCE for other in lefts):
                lefts.append(left)
    return len(lefts)


def _lift_ruled_numbers(lines: list[_Line], rules: Rules) -> None:
    """Put an item number merged over rows, or centred in a tall row, of a ruled table
    on the first line of its cell.

    The borders across the first column bound the number's cell ("06/24" over the
    item's title row and its task row, set to the middle): lines above the number and
    inside that cell that start right of it (its title, the first lines of a tall cell)
    are the rows it heads; the topmost of them takes it as its first cell, as a number
    set at the top of its cell reads. Only a short text opening with a digit is moved:
    an organisation merged over its people belongs to each of their rows
    (``_with_spanned_cells``)."""
    for n, line in enumerate(lines):
        if len(line.lefts) >= 2 and len(line.cells) == len(line.lefts):
            cell, left = line.cells[0], line.lefts[0]
        elif not line.cells:
            cell, left = line.text, line.x
        else:
            continue
        if n == 0 or len(cell) > _LONE_NUMBER or not cell[:1].isdigit():
            continue
        over = next((h for h in rules.heights(left + _INSIDE_CELL) if h > line.y), None)
        top = None
        for m in range(n - 1, max(n - _SPAN_REACH, 0) - 1, -1):
            above = lines[m]
            if over is None or above.y >= over or \
                    (above.lefts or (above.x,))[0] <= left + _CELL_TOLERANCE:
                break
            top = m
        if top is None:
            continue
        lines[top] = _with_first_cell(lines[top], cell, left)
        lines[n] = _without_first_cell(line) if line.cells else \
            _Line("", line.x, line.y, line.size, line.bold)


def _with_first_cell(line: _Line, cell: str, left: float) -> _Line:
    """``line`` as a row with ``cell`` (starting at ``left``) before its own cells."""
    cells = (cell, *(line.cells or (line.text,)))
    return _Line("\t".join(cells), left, line.y, line.size, line.bold, cells,
                 (left, *(line.lefts or (line.x,))), (), line.bottom, line.right)


def _without_first_cell(line: _Line) -> _Line:
    """Row ``line`` without its first cell (a line of text when one cell is left)."""
    rest = line.cells[1:]
    many = len(rest) > 1
    return _Line("\t".join(rest), line.lefts[1], line.y, line.size, line.bold,
                 rest if many else (), line.lefts[1:] if many else (),
                 line.ends[1:] if len(line.ends) == len(line.cells) else (), line.bottom)


def _padded_row(lines: list[_Line], start: int, end: int, first: float) -> bool:
    """Whether lines ``start`` to ``end`` (one line step apart) are one row of a table
    without borders: clearly farther from the lines above and below them than from each
    other, as cell padding sets rows apart, and a row of the same table within a few
    lines starts where their first column does, and each of their lines where one of
    that row's columns does. A numbered heading over its text (LibreOffice sets Word's
    "1." in the heading's indent and the text under it at the margin) is as far from
    the lines around it, but its indent is no column of the table above."""
    step = max(upper.y - lower.y for upper, lower in pairwise(lines[start:end]))
    if start == 0 or end == len(lines) or \
            lines[start - 1].y - lines[start].y <= _ROWS_APART * step or \
            lines[end - 1].y - lines[end].y <= _ROWS_APART * step:
        return False
    near = [*lines[max(0, start - _SPAN_REACH):start], *lines[end:end + _SPAN_REACH]]
    columns = [left for line in near
               if len(line.lefts) >= 2 and abs(line.lefts[0] - first) <= _CELL_TOLERANCE
               for left in line.lefts]
    return bool(columns) and all(
        any(abs(left - column) <= _CELL_TOLERANCE for column in columns)
        for line in lines[start:end] for left in line.lefts or (line.x,))


def _tall_row_line(band: list[_Line],
                   page: tuple[list[_Line], TextProbe] | None = None) -> _Line:
    """One row of the lines of a tall row (``_with_tall_rows``): each piece added, top
    to bottom, to the column it starts in, as a cell's lines join (a line its cell's
    line above had no room to go on with wrapped, ``_filled_before``)."""
    lefts: list[float] = []
    for line in band:
        for left in line.lefts or (line.x,):
            if not any(abs(left - other) <= _CELL_TOLERANCE for other in lefts):
                lefts.append(left)
    lefts.sort()
    cells = [""] * len(lefts)
    ends = [0] * len(lefts)  # (the text index where each cell's last line ends)
    for line in band:
        pieces = line.cells or (line.text,)
        piece_ends = line.ends if len(line.ends) == len(pieces) else (0,) * len(pieces)
        for piece, left, end in zip(pieces, line.lefts or (line.x,), piece_ends, strict=True):
            k = min(range(len(lefts)), key=lambda i: abs(lefts[i] - left))
            before = cells[k]
            hyphened = _wrapped_at_dash(before, piece)
            joint = _cell_joint(before, piece, True) if before else ""
            if joint == "\n" and page is not None and ends[k] and \
                    _filled_before(ends[k], lefts, k, piece, line.size, page):
                joint = " "
            cells[k] = hyphened or before + joint + piece
            ends[k] = end
    top = band[0]
    return _Line("\t".join(cells), lefts[0], top.y, top.size,
                 all(line.bold for line in band), tuple(cells), tuple(lefts), (),
                 bottom=band[-1].y)


def _join_wrapped_cells(lines: list[_Line], probe: TextProbe,
                        rules: Rules | None = None) -> list[_Line]:
    """Table rows whose cells wrapped onto more lines, as one row each.

    A cell too narrow for its text goes on below it ("Oppdatere fremdriftsplan i" /
    "prosjektportalen"): a line right under a row, starting where that row's cells
    start, with fewer cells, in lower case. A line that starts with a capital is taken
    for a new row whose other cells are merged or empty ("Per Berg" under "Kari Holm"),
    unless the cell above it ran up to the next column, so that its next word had to
    wrap ("Nordby kommune og interkommunalt plankontor for" / "Vestre"), or stopped
    inside a sentence: on a comma (a value beside its label that wrapped:
    "Kommunestyresalen," / "Åsen rådhus") or on a word no text ends on, in the last
    column too, whose edge is not known ("Statsforvalteren i" / "Trøndelag"). In a
    table with its borders drawn, the lines that no border parts from the row above
    them, with borders over that row and under the last of them, are inside the row's
    cells (``_ruled_tail``) whatever their words.
    """
    out: list[_Line] = []
    tail = 0  # lines still to join to the row before them for where they sit
    for n, line in enumerate(lines):
        if len(line.lefts) > 2 and _stacked(line.lefts):
            line = _stacked_joined(line)
        previous = out[-1] if out else None
        if previous is not None and previous.lefts and (
                tail or (_wraps_into(previous, line, probe) and not (
                    rules and _bordered_off(previous, line, rules))) or
                _half_a_step_under(previous, line, probe) or
                (tail := _wraps_set_apart(lines, n, previous, probe)) or
                (rules and (tail := _ruled_tail(lines, n, previous, rules)))):
            # (``tail`` counts this line too while it is joined for where it sits)
            row = _with_wrapped(out.pop(), line, apart=bool(tail),
                                page=(lines, probe) if tail else None)
            tail = max(tail - 1, 0)
            # a column the row's first line had not reached may have begun above it
            out.append(_with_leads(out, row, probe) if len(row.lefts) > len(
                previous.lefts) else row)
            continue
        if rules and len(line.lefts) > 1 and previous is not None and \
                _ruled_lead(previous, line, rules):
            line = _with_lead(out.pop(), line, apart=True)
        out.append(_with_leads(out, line, probe) if len(line.lefts) > 1 else line)
    return out


def _bordered_off(row: _Line, line: _Line, rules: Rules) -> bool:
    """Whether a border parts ``line`` from ``row``, the last row of a table with its
    borders drawn: a border runs over the row and another between it and the line, in
    the line's first column. A paragraph right under the table's bottom border ("Forfall:
    Ingen" under "Lars Økland | Medlem | Fitjarvik", Word's table with no room after it)
    is no wrapped rest of the name's cell, though its first word would not have fitted
    beside the name; a cell's wrapped rest has no border above it. A rest in small
    letters is left to join (a row broken over a page goes on under the repeated header
    row, whose bottom border stands over it: ``_rest_of_cut_row`` moves it back)."""
    if (line.cells or (line.text,))[0][:1].islower():
        return False
    x = (line.lefts or (line.x,))[0] + _INSIDE_CELL
    upper = row.bottom if row.bottom is not None else row.y
    return rules.across(x, row.y + _OVER_ROW[0] * row.size, row.y + _OVER_ROW[1] * row.size) \
        and rules.across(x, line.y + _OVER_ROW[0] * line.size, upper)


def _ruled_lead(lead: _Line, row: _Line, rules: Rules) -> bool:
    """Whether ``lead``, a line of one piece in the first column one line step above
    ``row``, is the first line of the row's first cell in a table with its borders drawn:
    a border runs over the lead and none between it and the row. A cell of two lines set
    to the bottom or the middle of its row (reportlab's default is the bottom) shows its
    first line ("Kari Holm", over "Solvik kommune ⇥ Leder") above the row's one-line
    cells; the words cannot tell it from a row of its own, whose other cells are empty,
    but the border a new row would have over it can (the mirror of ``_ruled_tail``)."""
    if lead.cells or lead.bold != row.bold or \
            abs(lead.x - row.lefts[0]) > _CELL_TOLERANCE or not _one_step(lead, row, row) or \
            lead.y - row.y < _HALF_STEP * row.size:
        return False  # (half a step above: ``_half_a_step_above`` joins it, as a wrap)
    x = row.lefts[0] + _INSIDE_CELL
    return rules.across(x, lead.y + _OVER_ROW[0] * lead.size, lead.y + _OVER_ROW[1] * lead.size) \
        and not rules.across(x, row.y + _OVER_ROW[0] * row.size, lead.y)


def _ruled_tail(lines: list[_Line], start: int, row: _Line, rules: Rules) -> int:
    """How many lines from ``start`` go on in the cells of ``row`` inside a table with
    its borders drawn: a run of lines each one line step under the one before, each
    piece where one of the row's cells starts, with no more cells than the row, and no
    border between them; a border runs over the row and under the run's last line, in
    the first line's column. Else 0. Every cell of a row may wrap at once ("12/25 Søknad
    om" / "tilskot til …", beside "Eikjo kommune søkjer om 150" / "000 kr …"): the
    borders, not the count of cells, tell the rest from a new row.

    A cell set with no room above and below its text (Word's cells, a web page's table
    without padding printed to PDF) is parted from the next row only by the border: a
    wrapped rest or a paragraph of the cell that opens with a capital ("… ansvar:" /
    "Tone Vik", "Vedtak: …") is no new row when no border stands over it. A table
    ruled only under its header row has no border under a new row's line, and its
    rows stay apart as before.

    A table in a document set with wider line spacing ("1,5 linjer" in the Normal style,
    which Word's table cells take too) has a longer line step in its cells, and the room
    the spacing adds is set under each line: the border under the last line lies that
    much lower than under a single-spaced one."""
    first = lines[start]
    x = (first.lefts or (first.x,))[0] + _INSIDE_CELL
    if not rules.across(x, row.y + _OVER_ROW[0] * row.size, row.y + _OVER_ROW[1] * row.size):
        return 0
    upper = row.bottom if row.bottom is not None else row.y
    for count, line in enumerate(lines[start:], 1):
        lefts = line.lefts or (line.x,)
        step = upper - line.y
        if len(lefts) > len(row.lefts) or not 0 < step <= _RULED_WRAP_STEP * line.size \
                or not all(any(abs(left - start) <= _CELL_TOLERANCE for start in row.lefts)
                           for left in lefts) \
                or rules.across(x, line.y + _OVER_ROW[0] * line.size, upper):
            return 0
        spacing = max(0.0, step - _SINGLE_STEP * line.size)
        if rules.across(x, line.y - _UNDER_LINE * line.size - spacing, line.y):
            return count
        upper = line.y
    return 0


# Where a row's border lies: over its first line's baseline, between half a font size
# and a line step and a half above it (and over the wrapped line, none that high); under
# a cell's last line, within its descenders' depth and a little more below the baseline.
_OVER_ROW = (0.5, 1.6)
_UNDER_LINE = 0.6
# A point into the cell from where its text starts: a border under it runs across it.
_INSIDE_CELL = 1.0


def _with_leads(out: list[_Line], row: _Line, probe: TextProbe) -> _Line:
    """``row`` with the lines at the end of ``out`` that begin its cells taken from
    ``out`` and put before them."""
    for _ in range(_leads_set_apart(out, row, probe) if out else 0):
        row = _with_lead(out.pop(), row, apart=True)
    if out and _half_a_step_above(out[-1], row, probe):
        row = _with_lead(out[-1], row, apart=_broken_above(out.pop(), row, probe))
    elif out and _centred_beside(out[-1], row, probe):
        row = _with_lead(out.pop(), row, apart=True)
    while out and _leads_into(out[-1], row, probe):
        row = _with_lead(out.pop(), row)
    return row


def _leads_into(lead: _Line, row: _Line, probe: TextProbe) -> bool:
    """Whether ``lead``, right above a table row, holds the first lines of some of the
    row's cells: a cell set to the bottom or the middle of its row begins above the
    row's one-line cells ("Samarbeid om interkommunal" / "PS 45/25 | beredskap og …").

    The mirror of ``_wraps_into``: the lead lies one line step above the row, each of
    its pieces starts where a cell of the row does, fewer than the row has, none runs
    into the next column, and each runs on into the cell below it: that piece starts in
    lower case, or the lead's piece stops inside a sentence, or (not in the first
    column, where a row's key sits) fills its cell so that the next word had to wrap. A
    bold lead over a plain row is a heading; a line that says nothing of the kind is a
    row of its own whose other cells are empty.
    """
    if not _lead_shaped(lead, row, row, probe):
        return False
    pieces = tuple(zip(lead.cells or (lead.text,), lead.lefts or (lead.x,), strict=True))
    ends = lead.ends if len(lead.ends) == len(pieces) else (None,) * len(pieces)
    for (piece, left), end in zip(pieces, ends, strict=True):
        n = _cell_under(row, left)
        below = row.cells[n]
        if not (below[:1].islower() or stops_inside(piece) or (n > 0 and (
                below[:1].isdigit() or (end is not None and
                                        _full_above(row, n, end, below, probe))))):
            return False
    return True


def _half_a_step_above(lead: _Line, row: _Line, probe: TextProbe) -> bool:
    """Whether ``lead`` lies so little above ``row`` that it cannot be a row of its own:
    the first line of a cell of two lines beside one-line cells centred in the row (a
    web page's table printed to PDF, HTML's cells being centred vertically by default:
    "Per Olav" / "Haugen ⇥ Tofte kommune ⇥ …", the name in the first column).

    The row's line stands at its centred cells, half a line step under the lead; two
    rows' lines are at least a font size apart, or their letters would overlap. So the
    lead begins the cell under it whatever its words, in the first column too, where
    ``_leads_into`` must take a capital for a new row's key. Its pieces must still start
    where the row's cells do, fewer than the row has."""
    return 0 < lead.y - row.y < _HALF_STEP * row.size and _in_cells_of(lead, row, probe)


def _centred_beside(lead: _Line, row: _Line, probe: TextProbe) -> bool:
    """Whether ``lead`` is the first line of a row whose every cell of two lines PDFium
    read apart from a one-line cell centred between them, which it put with the second
    ("Eldbjørg ⇥ Statsforvaltaren i ⇥ rådgjevar," / "Loftesnes ⇥ Vestland ⇥ referent ⇥
    Ja": a web page's table printed to PDF, its cells centred vertically). The cells the
    lead lacks stand half-way up to it, as no cell of a row of their own does."""
    if len(row.ends) != len(row.cells) or not _lead_shaped(lead, row, row, probe):
        return False
    taken = {_cell_under(row, left) for left in lead.lefts or (lead.x,)}
    lacking = [k for k in range(len(row.cells)) if k not in taken]
    if not lacking:
        return False
    for k in lacking:
        place = probe.place(row.ends[k] - 1) if row.cells[k] else None
        if place is None or not _halfway(place[1], lead.y, row.y):
            return False
    return True


def _broken_above(lead: _Line, row: _Line, probe: TextProbe) -> bool:
    """Whether a lead half a step above its row (``_half_a_step_above``), one piece in the
    first column, ends its line short of the next column by more than the first word
    under it needs: the cell's line was broken there ("Kari Holm" over "Solvik kommune",
    a "<br/>" in the cell), not wrapped for want of room ("Per Olav" over "Haugenstad" in
    a narrow column), and the two lines are kept apart as the cell's lines."""
    if lead.cells or len(lead.ends) != 1 or len(row.lefts) < 2 or \
            abs(lead.x - row.lefts[0]) > _CELL_TOLERANCE:
        return False
    return not _full_above(row, 0, lead.ends[0], row.cells[0], probe)


def _half_a_step_under(row: _Line, line: _Line, probe: TextProbe) -> bool:
    """The mirror of ``_half_a_step_above``: ``line`` lies so little under ``row`` that it
    is the rest of a cell whose first line PDFium read with the row's centred cells
    ("Laila ⇥ Brudal kommune ⇥ …" / "Stenberg"), whatever its words. Only the first
    column's rest: a later column's line close under a row whose number cell stands
    lowered beside it is the next row of a case merged over two ("Vedtak: …")."""
    upper = row.bottom if row.bottom is not None else row.y
    return 0 < upper - line.y < _HALF_STEP * row.size and not line.cells and \
        abs(line.x - (row.lefts or (row.x,))[0]) <= _CELL_TOLERANCE and \
        _in_cells_of(line, row, probe)


# Less than this many font sizes between two lines' baselines: no two rows (their
# letters would overlap), but a cell's first line over the centred cells of its row.
_HALF_STEP = 0.85


def _lead_shaped(lead: _Line, below: _Line, row: _Line, probe: TextProbe) -> bool:
    """Whether ``lead`` could begin some of ``row``'s cells from one line step above
    ``below`` (the row, or a lead of it): each of its pieces starts where a cell of the
    row does, fewer than the row has, none runs into the next column, and it is not a
    bold line over a plain row (a heading)."""
    return _one_step(lead, below, row) and _in_cells_of(lead, row, probe)


def _one_step(upper: _Line, lower: _Line, row: _Line) -> bool:
    """Whether ``lower`` lies one line step of ``row``'s type under ``upper``."""
    return 0 < (upper.bottom if upper.bottom is not None else upper.y) - lower.y <= \
        _CELL_WRAP_STEP * row.size


def _in_cells_of(line: _Line, row: _Line, probe: TextProbe) -> bool:
    """Whether each piece of ``line`` starts where a cell of ``row`` does, fewer than the
    row has, none runs into the next column, and it is no bold line by a plain row."""
    if (line.cells and not line.lefts) or (line.bold and not row.bold):
        return False
    lefts = line.lefts or (line.x,)
    return len(lefts) < len(row.cells) and all(
        any(abs(left - start) <= _CELL_TOLERANCE for start in row.lefts)
        for left in lefts) and not _runs_past_its_column(row, line, probe)


def _leads_set_apart(out: list[_Line], row: _Line, probe: TextProbe) -> int:
    """How many lines at the end of ``out`` begin cells of ``row`` because of where they
    sit: a run of lines one line step apart, right above the row, outside its first
    column, and set apart from the line above the run by clearly more than that step, as
    the padding between two rows sets them apart. A cell set to the bottom of its row
    then begins above the row's one-line cells whatever its words are ("Søknaden vert
    innvilga." / "Midlane vert utbetalte …"); a cell set to the top wraps downwards, one
    line step under its row and farther from the row after it. Without such room
    between rows (0 when there is none) only the words can tell (``_leads_into``).
    """
    count, below = 0, row
    while count < len(out):
        lead = out[-1 - count]
        if not _lead_shaped(lead, below, row, probe) or \
                abs((lead.lefts or (lead.x,))[0] - row.lefts[0]) <= _CELL_TOLERANCE:
            break
        count, below = count + 1, lead
    if not count or count == len(out):
        return 0
    top, above = out[-count], out[-1 - count]
    step = (top.bottom if top.bottom is not None else top.y) - (
        out[-count + 1].y if count > 1 else row.y)
    room = (above.bottom if above.bottom is not None else above.y) - top.y
    return count if room > _ROWS_APART * step else 0


def _wraps_set_apart(lines: list[_Line], start: int, row: _Line, probe: TextProbe) -> int:
    """How many lines from ``start`` go on with cells of ``row`` because of where they
    sit (the mirror of ``_leads_set_apart``): a run of lines one line step apart, right
    under the row, outside its first column, and set apart from the line after the run
    by clearly more than that step, as the padding between two rows sets them apart. A
    cell set to the top of its row goes on under it whatever its words are ("… med 7 mot
    2 røyster." / "Mindretalet røysta for …"). Without such room, 0.
    """
    count, above = 0, row
    while start + count < len(lines):
        line = lines[start + count]
        if not _one_step(above, line, row) or not _in_cells_of(line, row, probe) or \
                abs((line.lefts or (line.x,))[0] - row.lefts[0]) <= _CELL_TOLERANCE:
            break
        count, above = count + 1, line
    if not count or start + count >= len(lines):
        return 0
    last, after = lines[start + count - 1], lines[start + count]
    step = (row.bottom if row.bottom is not None else row.y) - lines[start].y if count == 1 \
        else lines[start + count - 2].y - last.y
    return count if last.y - after.y > _ROWS_APART * step else 0


# Lines of one cell are one line step apart; two rows are this much farther apart when
# their cells have room (padding) above and below them.
_ROWS_APART = 1.25


def _full_above(row: _Line, n: int, end: int, below: str, probe: TextProbe) -> bool:
    """Whether a lead's piece in column ``n``, ending before text index ``end``, runs so
    close to the row's next column that the first word of ``below`` could not follow."""
    if n + 1 >= len(row.lefts):
        return False
    right = probe.right(end - 1)
    word = len(below.split(" ", 1)[0])
    return right is not None and \
        row.lefts[n + 1] - right < (_CELL_MARGINS + _LETTER_WIDTH * (word + 1)) * row.size


def _with_lead(lead: _Line, row: _Line, apart: bool = False) -> _Line:
    """``row`` with the pieces of ``lead`` put before the cells they start over; the
    row now begins at the lead's height and ends where its own first line was (a lead
    joined for where it sits, ``apart``, as ``_cell_joint`` says)."""
    cells = list(row.cells)
    for piece, left in zip(lead.cells or (lead.text,), lead.lefts or (lead.x,), strict=True):
        n = _cell_under(row, left)
        hyphened = _wrapped_at_dash(piece, cells[n])
        cells[n] = hyphened or piece + _cell_joint(piece, cells[n], apart) + cells[n]
    return _Line("\t".join(cells), min(row.x, lead.x), lead.y, row.size, row.bold,
                 tuple(cells), row.lefts, row.ends,
                 bottom=row.bottom if row.bottom is not None else row.y)


def _stacked(lefts: tuple[float, ...]) -> bool:
    """Whether two cells of a line start at one place: a cell's two lines, which PDFium
    read into the line one after the other ("Ja, frå kl." and "12.00" beside the
    centred cells of their row); cells of one line stand side by side, never there."""
    return any(later - left <= _CELL_TOLERANCE for left, later in pairwise(lefts))


def _stacked_joined(line: _Line) -> _Line:
    """``line`` with each cell that starts where the one before it does joined to that
    one, as its next line (``_stacked``)."""
    cells, lefts = [line.cells[0]], [line.lefts[0]]
    ends = [line.ends[0]] if len(line.ends) == len(line.cells) else []
    for k in range(1, len(line.cells)):
        if line.lefts[k] - lefts[-1] <= _CELL_TOLERANCE:
            cells[-1] = f"{cells[-1]} {line.cells[k]}"
            if ends:
                ends[-1] = line.ends[k]
            continue
        cells.append(line.cells[k])
        lefts.append(line.lefts[k])
        if ends:
            ends.append(line.ends[k])
    return replace(line, text="\t".join(cells), cells=tuple(cells), lefts=tuple(lefts),
                   ends=tuple(ends) if ends else line.ends)


def _wraps_into(row: _Line, line: _Line, probe: TextProbe) -> bool:
    """Whether ``line`` holds the wrapped rest of some of ``row``'s cells.

    A rest that opens with a capital is taken only for one cell that ran up to the next
    column: under a table whose columns are as wide as their widest cell (Word's and
    LibreOffice's "fit to contents"), every cell of the widest row fills its column, so
    the next row with its last cells empty ("Bente Olsrud  Hol kommune  Medlem" under
    a row with a note) would read as the rest of each of them at once.
    """
    if line.cells and not line.lefts:
        return False  # cells whose starts PDFium could not place: nothing to match them by
    step = (row.bottom if row.bottom is not None else row.y) - line.y
    if not 0 < step <= _CELL_WRAP_STEP * line.size:
        return False
    pieces = tuple(zip(line.cells or (line.text,), line.lefts or (line.x,), strict=True))
    under = [(piece, left) for piece, left in pieces if not _beyond(row, left, probe)]
    if not under or len(under) > len(row.cells) or not all(
            any(abs(left - start) <= _CELL_TOLERANCE for start in row.lefts)
            for _, left in under):
        return False
    if len(under) == len(row.cells) and not _every_cell_goes_on(row, under):
        return False
    numbered = _number_under_case_word(row, under)  # "Sak" / "20/25": the case's number
    if _runs_past_its_column(row, line, probe) or (line.bold and not row.bold and not numbered):
        return False  # (a bold line under a plain row: the heading of what follows)
    if len(under) < len(pieces):  # a new column: only beside plain continuations
        return all(piece[:1].islower() or piece[:1].isdigit() or
                   (numbered and _title_goes_on(row, left)) for piece, left in under)
    capitals = [(piece, left) for piece, left in under
                if not (piece[:1].islower() or piece[:1].isdigit()
                        or stops_inside(row.cells[_cell_under(row, left)]))]
    return len(capitals) <= 1 and all(
        _fills_its_cell(row, _cell_under(row, left), piece, line.size, probe)
        for piece, left in capitals)


def _every_cell_goes_on(row: _Line, pieces: list[tuple[str, float]]) -> bool:
    """Whether a line with a piece under each of a row's cells is the rest of them all
    ("for kompetanse | arbeidet med planen. | hovudgrepa i planen." under "11/25 Regional
    plan | Solveig Strand orienterte om | Regionrådet sluttar seg til"): its first piece
    opens in lower case, as no row's first cell does, none of the others opens with a
    capital, and some cell of the row stopped inside a sentence or some piece ends one.
    A row of cards' roles under their names ("leder | kasserer" under "Hilde Brekke |
    Stian Aune") is a row of its own, though each name fills its column when the table is
    as wide as its cells; so is a full line that opens otherwise. A case word alone in
    the first cell ("Sak" over "20/25 | høringsutkast …", a narrow number column wrapped
    beside a title of two lines) wants its number: the line under it goes on."""
    if _number_under_case_word(row, pieces):
        # (the other cells' rests in lower case or after a title's dash, "– høringsutkast",
        # or under a title's line that stopped short of its end: a header row "Sak | Tema"
        # over "5/24 | Overvann" stays apart)
        return all(piece[:1].islower() or piece[:1] in "0123456789–-(" or
                   _title_goes_on(row, left) for piece, left in pieces[1:])
    if not pieces[0][0][:1].islower() or \
            not all(piece[:1].islower() or piece[:1].isdigit() for piece, _ in pieces[1:]):
        return False
    return any(stops_inside(cell) for cell in row.cells) or \
        any(piece.endswith((".", "!", "?")) for piece, _ in pieces)


def _title_goes_on(row: _Line, left: float) -> bool:
    """Whether the row's cell over a piece at ``left``, beside a case word wrapped over
    its number ("Sak" / "20/25"), is a title's first line whose rest the piece is, though
    it opens with a capital ("Høring om regional plan for" / "Innlandet 2026–2030"): the
    line stops inside a sentence, or is too long for a column's heading ("Sak | Tema"
    over "5/24 | Overvann" is a header row over the first case)."""
    cell = row.cells[_cell_under(row, left)]
    return stops_inside(cell) or len(cell.split()) >= _TITLE_LINE_WORDS


# The words of a wrapped title's first line that no column heading has ("Tema", "Sak",
# "Vedtak og oppfølging"): a title that filled its column with them goes on below.
_TITLE_LINE_WORDS = 4


def _number_under_case_word(row: _Line, pieces: Sequence[tuple[str, float]]) -> bool:
    """Whether a row's first cell is a case heading's word alone ("Sak", "PS", "Sak nr.")
    and the line's first piece, under it, opens with a digit: the case's number, wrapped
    in a narrow column ("Sak" / "20/25"). No row's key is the word without its number
    (but a header row's is: "Sak | Tema" over "5/24 | Overvann")."""
    cell = row.cells[0] if row.cells else ""
    return bool(pieces) and pieces[0][0][:1].isdigit() and len(cell) <= 7 and \
        abs(pieces[0][1] - row.lefts[0]) <= _CELL_TOLERANCE and \
        cell.casefold().rstrip(" .").removesuffix(" nr") in CASE_HEADING_WORDS


def _runs_past_its_column(row: _Line, line: _Line, probe: TextProbe) -> bool:
    """Whether a piece of ``line`` runs on past where the row's next cell starts.

    A cell's wrapped rest stays inside its column; a line under a header box of
    three cells ("Møtedato: … | Møtested: … | Tid: …") that runs across the next
    column ("Til stede: Kari Holm (leder), Per Dahl, Siri Moe") is running text.
    """
    pieces = line.cells or (line.text,)
    if len(line.ends) != len(pieces):
        return False
    for left, end in zip(line.lefts or (line.x,), line.ends, strict=True):
        n = _cell_under(row, left)
        if n + 1 < len(row.lefts):
            right = probe.right(end - 1)
            if right is not None and right > row.lefts[n + 1] + _CELL_TOLERANCE:
                return True
    return False


def _beyond(row: _Line, left: float, probe: TextProbe) -> bool:
    """Whether a piece starts right of all the row's text: a cell of a column the row's
    first line has not reached, as a cell centred vertically beside wrapped cells is
    ("medlem" beside the second line of "Nordby kommune og …")."""
    if left <= row.lefts[-1] + _CELL_TOLERANCE or len(row.ends) != len(row.cells):
        return False
    right = probe.right(row.ends[-1] - 1)
    return right is not None and left > right


def _cell_under(row: _Line, left: float) -> int:
    """The index of the row's cell that starts nearest to ``left``."""
    return min(range(len(row.lefts)), key=lambda i: abs(row.lefts[i] - left))


def _fills_its_cell(row: _Line, n: int, piece: str, size: float, probe: TextProbe) -> bool:
    """Whether cell ``n`` of a row runs so close to the next column that the first word
    of ``piece`` could not follow on its line: the piece is that cell's wrapped rest.

    The room a word needs is guessed from its letters (about half the font size each)
    plus the cell margins; the last column has no known edge and is never taken as full.
    """
    if len(row.ends) != len(row.cells) or n + 1 >= len(row.lefts):
        return False
    right = probe.right(row.ends[n] - 1)
    if right is None:
        return False
    word = len(piece.split(" ", 1)[0])
    return row.lefts[n + 1] - right < (_CELL_MARGINS + _LETTER_WIDTH * (word + 1)) * size


def _with_wrapped(row: _Line, line: _Line, apart: bool = False,
                  page: tuple[list[_Line], TextProbe] | None = None) -> _Line:
    """``row`` with the pieces of ``line`` added to the cells they start under (a line
    joined for where it sits, ``apart``, as ``_cell_joint`` says; with the ``page``'s
    lines and probe, a line its cell's line above had no room to go on with is wrapped,
    ``_filled_before``)."""
    cells = list(row.cells)
    ends = list(row.ends) if len(row.ends) == len(cells) else []
    pieces = line.cells or (line.text,)
    piece_ends = line.ends if len(line.ends) == len(pieces) else (None,) * len(pieces)
    lefts = list(row.lefts)
    for piece, left, end in zip(pieces, line.lefts or (line.x,), piece_ends, strict=True):
        if left > lefts[-1] + _CELL_TOLERANCE:  # a column the row had not reached
            cells.append(piece)
            lefts.append(left)
            if ends:
                ends.append(end if end is not None else 0)
            continue
        n = _cell_under(row, left)
        hyphened = _wrapped_at_dash(cells[n], piece)
        joint = _cell_joint(cells[n], piece, apart)
        if joint == "\n" and page is not None and ends and \
                _filled_before(ends[n], lefts, n, piece, row.size, page):
            joint = " "  # "… som er komne inn i år." / "Talet på …": a sentence's end wrapped
        cells[n] = hyphened or cells[n] + joint + piece
        if ends and end is not None:
            ends[n] = end
    return _Line("\t".join(cells), row.x, row.y, row.size, row.bold, tuple(cells),
                 tuple(lefts), tuple(ends), bottom=line.y)


def _filled_before(end: int, lefts: list[float], n: int, piece: str, size: float,
                   page: tuple[list[_Line], TextProbe]) -> bool:
    """Whether cell ``n``'s line above (ending at text index ``end``) ran so close to its
    cell's edge that the first word of ``piece`` had no room on it: the line wrapped,
    though a sentence ended there, and one paragraph goes on ("… som er komne inn i år." /
    "Talet på søknader er …"). The edge is where the next column starts, or for the last
    column the right edge of the page's other lines (a table as wide as the text); a line
    that itself reaches furthest right proves no edge. The word's own width is asked,
    without ``_fills_its_cell``'s margins: a line broken by hand after a sentence that
    nearly filled its cell stays apart."""
    lines, probe = page
    right = probe.right(end - 1)
    if right is None:
        return False
    if n + 1 < len(lefts):
        edge = lefts[n + 1]
    else:
        edge = max((r for line in lines if line.ends and line.ends[-1] != end and
                    (r := probe.right(line.ends[-1] - 1)) is not None), default=0.0)
        if right > edge + _CELL_TOLERANCE:
            return False
    return edge - right < _LETTER_WIDTH * len(piece.split(" ", 1)[0]) * size


def _cell_joint(before: str, after: str, apart: bool) -> str:
    """What joins two lines of one cell: a space, or a line break where only their place
    joined them, the next opens with a capital and the first does not stop inside a
    sentence. Such a line may be a paragraph of its own in the cell, as a DOCX cell
    keeps it ("… til framdrift." / "Planen sendes på høring."; "c) Årsmelding 2023" /
    "Referatsakene ble tatt til orientering."), or a wrapped sentence: a break keeps a
    decision apart from the task or the list before or after it either way. A line
    that ends on a label's colon ("… ansvar:" / "Tone Vik") goes on with its value."""
    if apart and after[:1].isupper() and not stops_inside(before) and before[-1:] != ":":
        return "\n"
    return " "


# A cell's next line sits one line step lower; its text starts where the cell does.
_CELL_WRAP_STEP = 1.5
# In a ruled table, whose borders part the rows, a cell's lines may stand as far apart as
# "1,5 linjer" sets them; a single-spaced line's step, in font sizes, adds no room.
_RULED_WRAP_STEP = 2.0
_SINGLE_STEP = 1.25
_CELL_TOLERANCE = 2.0
# Room a wrapped word would have needed: cell margins, and letters, in font sizes.
_CELL_MARGINS = 0.6
_LETTER_WIDTH = 0.5
# A hyphen at a line's end: ASCII, the typesetter's U+2010, a shown soft hyphen.
_HYPHENS = ("-", "\u2010", "\u00ad")


def _wrapped_at_dash(text: str, following: str) -> str | None:
    """A cell's line ending in a hyphen joined to its next line (``join_at_hyphen``), or
    one ending in an en dash between numbers ("Delvis, sak 20–" / "22/25": a range the
    cell wrapped after its dash, joined with nothing between); None when the two lines
    join with a space."""
    last = text[-1:]
    if last in _HYPHENS:
        return join_at_hyphen(text[:-1] + "-", following)
    return join_at_hyphen(text, following) if last == "–" else None


def _wide_for_its_font(gap: _Gap, probe: TextProbe) -> bool:
    """Whether a gap is a column boundary measured against the font size as well.

    Glyph boxes of a line without tall letters are short, so a wide word space after
    ":" can pass the test against box heights ("Fra sykehjemmet: avdelingsleder").
    """
    size = probe.drawn_size(probe.text_index_at(gap.start + 0.5, gap.middle))
    return size is None or gap.width > _COLUMN_GAP * size


@dataclass(slots=True)
class _Gap:
    """A column-wide gap on one visual row: where the next column starts, and the row."""

    middle: float
    start: float
    row_left: float
    row_right: float
    height: float
    width: float  # of the gap itself
    narrow: bool = False  # under the column gap: a cell boundary only where it lines up
    row: int = 0  # the visual row it lies on, counted down the page's text
    block: int = 0  # the run of rows close under one another (one table) it lies in
    lowered: bool = False  # its row's first cell is centred over it and the row under


def _column_gaps(rects: list[tuple[float, float, float, float]],
                 lowered: list[int] | None = None) -> list[_Gap]:
    """Gaps between runs of text on the same row, by height: wide ones, and narrow ones
    (``narrow``) that ``_with_aligned_narrow`` keeps only where they line up.

    A run joins the row before it when its middle lies within the row's height or it
    shares a good part of its own height with the row (``_overlaps``). A row that spans
    more than one baseline (cells centred vertically beside a wrapped cell) gives its
    gaps the middle of the whole row, so that each of its text lines finds them.
    The numbers of rows whose first cell stands lowered (``_lowered_before``) go into
    ``lowered``.
    """
    rows: list[list[tuple[float, float, float, float]]] = []
    spans: list[tuple[float, float, float]] = []  # each row's bottom, top and tallest run
    row: list[tuple[float, float, float, float]] = []
    lowered_rows: set[int] = set()
    bottom = top = tallest = 0.0
    # (each run's edges read once; ``_lowered_between``, ``_lowered_before`` and
    # ``_raised_beside`` are asked only of a run that starts right of the row's last
    # (for ``_lowered_before`` its only) run, ``past``, tested once: a new line of
    # running text starts left of where the last one ended, and goes straight to a row
    # of its own; and ``_overlaps`` only of a run whose top reaches over the row's
    # bottom, or of a run or row upside down: a run wholly under the row, both the right
    # way up, shares none of its height, as the next line of running text does)
    for n, rect in enumerate(rects):
        x0, y0, x1, y1 = rect
        if row and (bottom <= (y0 + y1) / 2 <= top or ((
                y1 > bottom or y1 < y0 or top < bottom) and _overlaps(rect, bottom, top))):
            row.append(rect)
            bottom, top = min(bottom, y0), max(top, y1)
            tallest = max(tallest, y1 - y0)
            spans[-1] = (bottom, top, tallest)
        elif (past := bool(row) and row[-1][2] < x0) and _lowered_between(
                row[-1], rect, rects[n + 1] if n + 1 < len(rects) else None, bottom, top):
            row.append((x0, bottom, x1, top))  # (its gaps: the row's)
        elif past and len(row) == 1 and _lowered_before(
                row[0], rect, rects[n + 1] if n + 1 < len(rects) else None) and \
                not (len(rows) > 1 and _wrapped_line_of(rows[-2][-1], row[0], rect)):
            row.append(rect)
            lowered_rows.add(id(row))
            bottom, top = row[0][1], y1
            tallest = max(tallest, y1 - y0)
            spans[-1] = (bottom, top, tallest)
        elif past and _raised_beside(rect, bottom, top, tallest):
            row.append((x0, bottom, x1, top))  # (its gaps: the row's)
        else:
            row = [rect]
            rows.append(row)
            bottom, top, tallest = y0, y1, y1 - y0
            spans.append((bottom, top, tallest))
    if len(rows) > 2:
        _join_centred_labels(rows, spans)
    gaps = []
    block = 0
    above = None
    block_top = 0.0
    for number, (row, (low, high, tallest)) in enumerate(zip(rows, spans, strict=True)):
        if above is not None and not -_ROWS_OVERLAP * tallest <= above - high <= \
                _TABLE_ROW_STEP * tallest and not (
                    above - high < 0 and high <= block_top + _ROWS_OVERLAP * tallest):
            block += 1
            block_top = high
        elif above is None:
            block_top = high
        above = low
        if len(row) < 2:
            continue
        row.sort()
        left, right = row[0][0], max(map(_RIGHT_OF, row))
        middle = (low + high) / 2 if high - low > _MULTI_LINE_ROW * tallest else None
        first_lowered = bool(lowered_rows) and id(row) in lowered_rows
        if first_lowered and lowered is not None:
            lowered.append(number)
        for (_, b1, r1, t1), (l2, b2, _, t2) in pairwise(row):
            height = max(t1 - b1, t2 - b2, 1.0)
            if l2 - r1 > _NARROW_GAP:
                gaps.append(_Gap((b2 + t2) / 2 if middle is None else middle, l2, left, right,
                                 height, l2 - r1, l2 - r1 <= _COLUMN_GAP * height, number,
                                 block, first_lowered))
        if middle is not None and high - low > _TWO_ROWS_HIGH * tallest:
            _gaps_at_each_line(gaps, row, number)
    gaps.sort(key=lambda gap: gap.middle)
    return gaps


def _gaps_at_each_line(gaps: list[_Gap], row: list[tuple[float, float, float, float]],
                       number: int) -> None:
    """The gaps of row ``number``, two rows high (at the row's middle), again at the
    middle of each of its lines: a cell merged over two rows and centred in them
    reaches into both (its descenders into the lower), which makes them one row in
    ``_column_gaps`` ("Torgny ⇥ Lyngvær kommune ⇥ Medlem" over "Arne ⇥ ⇥ Varamedlem"),
    and its middle lies between the lines, too far from either for its text line to
    find the gaps."""
    mine = [gap for gap in gaps if gap.row == number]
    seen: list[float] = []
    for _, bottom, _, top in row:
        centre = (bottom + top) / 2
        if all(abs(centre - other) > _SAME_LINE * (top - bottom) for other in seen):
            seen.append(centre)
            gaps.extend(_Gap(centre, gap.start, gap.row_left, gap.row_right, gap.height,
                             gap.width, gap.narrow, gap.row, gap.block, gap.lowered)
                        for gap in mine)


# A row this many of its tallest runs high spans two rows of a table (beside a cell
# merged over them); runs whose middles lie within this share of a run's height of one
# another are on one line.
_TWO_ROWS_HIGH = 2.0
_SAME_LINE = 0.3


def _lowered_between(last: tuple[float, float, float, float],
                     rect: tuple[float, float, float, float],
                     after: tuple[float, float, float, float] | None,
                     bottom: float, top: float) -> bool:
    """Whether ``rect``, below the row from ``bottom`` to ``top``, is a cell of that row
    centred over it and the row under it (HTML's rowspan="2"): it stands between the
    row's last run and the next one, which is the row's again, and its top reaches
    about the row's bottom (half a row lower). Its gaps are the row's, so that the row's
    line finds them, rather than a row of its own that parts the row in two."""
    return after is not None and last[2] < rect[0] and rect[2] < after[0] and \
        rect[3] > bottom - _LOWERED_REACH * (rect[3] - rect[1]) and rect[3] < top and \
        (bottom <= (after[1] + after[3]) / 2 <= top or _overlaps(after, bottom, top))


def _raised_beside(rect: tuple[float, float, float, float], bottom: float, top: float,
                   tallest: float) -> bool:
    """Whether ``rect``, right of the row from ``bottom`` to ``top``, is a cell centred
    beside a cell of two lines whose second line the row is: drawn after that line,
    half a line higher, its bottom inside the row and its top over it ("neste møte" /
    "Leder", or "referent" / "Møtt", as a web page's table printed to PDF centres its
    one-line cells). It shares too little height with the row to join it as a run of
    its line, yet PDFium's line holds both: the row's gaps must part them. A raised mark
    (a footnote's number) is smaller than the row's text, and a piece right after its
    text no column's gap."""
    height = rect[3] - rect[1]
    return bottom < rect[1] < top < rect[3] and height >= _RAISED_HEIGHT * tallest


# A raised cell is about as tall as the row's text (a footnote mark is much smaller).
_RAISED_HEIGHT = 0.8


def _wrapped_line_of(above: tuple[float, float, float, float],
                    line: tuple[float, float, float, float],
                    after: tuple[float, float, float, float]) -> bool:
    """Whether ``line`` is the second line of the cell whose first line is ``above``
    (the last run of the row before), and ``after``, the run after it, stands on that
    first line: ``line`` starts where ``above`` starts and lies a line lower, and
    ``after`` shares ``above``'s baseline. Word and reportlab write a table row cell by
    cell, so a cell wrapped in a middle column ("Kostnadsoverslag for ny" over "stasjon
    på tomt B") sends its second line before the row's later cells set at the top, as a
    first cell centred over two rows is sent; it is no such cell, and the later cells
    keep their own gaps. (Later cells centred beside the two lines stand between them:
    those are the lowered row's.)"""
    height = above[3] - above[1]
    return abs(above[0] - line[0]) < _SAME_LEFT and \
        0 < above[1] - line[1] < _WRAP_STEP * height and \
        abs(after[1] - above[1]) < _SAME_BASELINE * height


# A cell's next line lies less than this many line heights under the one before (its
# left edge within ``_SAME_LEFT`` of the first line's).
_WRAP_STEP = 1.8
# Runs whose bottoms differ by less than this share of a line's height stand on one line.
_SAME_BASELINE = 0.3


def _lowered_before(lowered: tuple[float, float, float, float],
                    rect: tuple[float, float, float, float],
                    after: tuple[float, float, float, float] | None) -> bool:
    """Whether ``lowered``, a row of one run, is a first column's cell centred over the
    row that ``rect`` and ``after`` begin and the row under it (HTML's rowspan="2" in
    the first column): drawn first, left of ``rect``, half a row lower, its top about
    ``rect``'s bottom, and ``after`` on ``rect``'s row right of it. PDFium's line then
    starts with the merged text ("Vestdal kommune Kari Nordmann Ordfører, leder"): the
    row's gaps take the middle of both, so that the line finds them
    (``_lowered_between`` is the same cell in a later column)."""
    return after is not None and lowered[2] < rect[0] < rect[2] < after[0] and \
        lowered[1] < rect[1] < lowered[3] + _LOWERED_REACH * (lowered[3] - lowered[1]) and \
        lowered[3] < rect[3] and _overlaps(after, rect[1], rect[3])


# How far (in its own heights) a cell centred over two rows may end under the first
# row's bottom.
_LOWERED_REACH = 0.25


def _join_centred_labels(rows: list[list[tuple[float, float, float, float]]],
                         spans: list[tuple[float, float, float]]) -> None:
    """Join three rows in a row into one when one of them is a label cell centred
    beside two lines of a longer cell: it reaches into the upper line from below and
    into the lower from above, and stands beside both, not over them.

    Chromium draws the label ("Saksopplysninger") first and centres it half a line
    under the first line of the text beside it, so it shares too little height with
    either line to join its row: it stood alone, no gap parted it from the text, and
    PDFium's line read "Saksopplysninger Kommunene har …" as one paragraph.

    Most pages' rows each lie wholly under the one before: no three of them can hold
    such a label, and one comparison of the rows' tops with the bottoms above them
    (in C, no Python step a row) says so."""
    if all(map(le, map(itemgetter(1), spans[1:]), map(itemgetter(0), spans))):
        return
    n = 0
    while n + 2 < len(rows):
        if spans[n + 1][1] <= spans[n][0] and spans[n + 2][1] <= spans[n + 1][0]:
            n += 1
            continue  # (each row under the one before, as text runs: nothing to join)
        label = _centred_label(spans[n:n + 3])
        if label is not None and all(_one_cell(rows[n + k]) for k in range(3) if k != label) \
                and _beside(rows[n + label], [
                    run for k in range(3) if k != label for run in rows[n + k]]):
            joined = spans[n:n + 3]
            rows[n] += rows.pop(n + 1) + rows.pop(n + 1)
            spans[n:n + 3] = [(min(span[0] for span in joined),
                               max(span[1] for span in joined),
                               max(span[2] for span in joined))]
        n += 1


def _centred_label(spans: list[tuple[float, float, float]]) -> int | None:
    """Which of three rows' spans (bottom, top, tallest) lies half over the upper of
    the other two and half over the lower, or None."""
    for label in range(3):
        low, high, _ = spans[label]
        (low1, high1, _), (low2, high2, _) = sorted(
            (span for k, span in enumerate(spans) if k != label), reverse=True)
        if low2 < low < high2 < low1 < high < high1:
            return label
    return None


def _one_cell(runs: list[tuple[float, float, float, float]]) -> bool:
    """Whether a row's runs of text are one line of one cell: no gap as wide as a
    column's between them (the two lines of a wrapped cell, not two rows of cells that
    a cell merged over them stands beside)."""
    ordered = sorted(runs)
    return all(right[0] - left[2] <= _COLUMN_GAP * max(left[3] - left[1], right[3] - right[1])
               for left, right in pairwise(ordered))


def _beside(runs: list[tuple[float, float, float, float]],
            others: list[tuple[float, float, float, float]]) -> bool:
    """Whether ``runs`` lie wholly left or wholly right of ``others`` (another column)."""
    return max(r[2] for r in runs) < min(r[0] for r in others) or \
        min(r[0] for r in runs) > max(r[2] for r in others)


# Points between two runs of text that may still be two cells of a table typeset with
# hardly any padding (WeasyPrint or Chromium from HTML: a pixel of padding and border).
_NARROW_GAP = 1.0
# Line heights from one row's top down to the last row's foot within one table; a row
# may reach this share of its height into the row above it and still be of its table
# (a cell merged over two rows, centred between them, reaches into the lower one). A
# row drawn back up, no higher than the table's first row, is the table's too: a
# producer drawing cell by cell draws a cell centred over four rows before the first
# row's last cell.
_TABLE_ROW_STEP = 2.0
_ROWS_OVERLAP = 0.5


def _without_justified_spaces(wide: list[_Gap], gaps: list[_Gap]) -> list[_Gap]:
    """The wide gaps that are no word spaces of a justified line; those are made narrow.

    Word spreads a justified line's words evenly to the margin, so its word spaces can
    pass for column gaps ("april 2025.  Sekretariatet  samordner  innspillene …"), and
    the short last line under it becomes the first cell of a table row. A column gap is
    unlike the gaps beside it, or starts where the gaps of the rows above and below
    start (a grid of ticks); a justified line's spaces are alike, at least
    ``_EVEN_SPACES`` of them, and start where the next line's words happen to.
    """
    by_row: dict[int, list[_Gap]] = {}
    for gap in gaps:
        by_row.setdefault(gap.row, []).append(gap)
    spread: set[int] = set()
    for number in {gap.row for gap in wide}:
        row = by_row[number]
        if len(row) >= _EVEN_SPACES and _evenly_spread(row) and not _lined_up(
                row, by_row.get(number - 1, []) + by_row.get(number + 1, [])):
            spread.add(number)
    if not spread:
        return wide
    for gap in wide:
        if gap.row in spread:
            gap.narrow = True
    return [gap for gap in wide if gap.row not in spread]


def _evenly_spread(row: list[_Gap]) -> bool:
    """Whether the row's wide gaps are each as wide as ``_EVEN_SPACES`` - 1 other gaps
    of the row (within ``_EVEN_SWAY`` points or its share): a justified line's spaces."""
    widths = [gap.width for gap in row]
    for gap in row:
        if gap.narrow:
            continue
        sway = max(_EVEN_SWAY, _EVEN_SHARE * gap.width)
        if sum(abs(width - gap.width) <= sway for width in widths) < _EVEN_SPACES:
            return False
    return True


def _lined_up(row: list[_Gap], near: list[_Gap]) -> bool:
    """Whether half the row's gaps or more start where a gap of a row next to it does:
    the columns of a table (ticks in equal columns are evenly spread too)."""
    if not near:
        return False
    starts = [gap.start for gap in near]
    aligned = sum(any(abs(gap.start - start) <= _CELL_TOLERANCE for start in starts)
                  for gap in row)
    return 2 * aligned >= len(row)


# A justified line has this many word spaces alike at least; they are alike within this
# many points, or this share of their width.
_EVEN_SPACES = 3
_EVEN_SWAY = 1.5
_EVEN_SHARE = 0.2


def _with_aligned_narrow(wide: list[_Gap], gaps: list[_Gap],
                        glued: Callable[[_Gap], bool] | None = None) -> list[_Gap]:
    """The wide gaps, and a row's narrow gaps when each starts where a wide gap of the
    same table starts a column (within ``_CELL_TOLERANCE``), or where the narrow gaps of
    other rows start under a header's gap (``_columns_under_header``).

    A table typeset from HTML with a pixel of padding runs its long cells together
    ("Trine Haugland Medlem Åsnes kommune"); the header or a row of short cells shows
    where its columns start. A row no wide gap splits is taken whole or not at all: a
    line whose words or letters come as runs of their own (some PDF makers draw word
    by word, Chromium letter by letter) has gaps that do not all line up, and stays one
    line; a row a wide gap splits already is a row of the table. A gap inside a word
    (``_inside_word``: Chromium breaks a run at a kerned pair or a hyphen, "F unksjon",
    "Nord- Odal") keeps no row whole that gaps between words or cells part where columns
    start; alone such gaps part no row (a justified line drawn word by word breaks its
    runs as narrowly at its spaces). A gap the text runs on over (``glued``: "fo|r",
    "16|.09.2025") starts no cell even where it meets a column's start: a header centred
    over its column starts "Dato" or "Vedtak" at one such break by chance.
    """
    starts: dict[int, list[float]] = {}
    for gap in wide:
        starts.setdefault(gap.block, []).append(gap.start)
    split = {gap.row for gap in wide if not _after_marker(gap)}
    rows: dict[int, list[_Gap]] = {}
    for gap in gaps:
        if gap.narrow and gap.block in starts:
            rows.setdefault(gap.row, []).append(gap)
    kept = list(wide)
    shown: set[int] | None = None  # (asked once, of the first row not wholly aligned)
    for number, row in rows.items():
        columns = starts[row[0].block]
        aligned = [gap for gap in row if any(
            abs(gap.start - start) <= _CELL_TOLERANCE for start in columns)]
        if aligned and any(gap.width < _LETTER_GAP * gap.height for gap in aligned):
            aligned = [gap for gap in aligned if _starts_column(gap, columns)]
        if aligned and glued is not None:
            aligned = [gap for gap in aligned if not glued(gap)]
        if len(aligned) < len(row):
            if shown is None:
                shown = _columns_under_header(rows, wide, glued)
            if shown:
                aligned = [gap for gap in row if id(gap) in shown or (
                    _starts_column(gap, columns) and not (glued is not None and glued(gap)))]
        if len(aligned) == len(row) or number in split:
            kept.extend(aligned)
        elif any(not _inside_word(gap) for gap in aligned) and all(
                gap in aligned or _inside_word(gap) for gap in row):
            kept.extend(gap for gap in aligned if not _inside_word(gap))
    kept.sort(key=lambda gap: gap.middle)
    return kept


def _starts_column(gap: _Gap, columns: list[float]) -> bool:
    """Whether a narrow gap starts where a column of its table starts: within
    ``_CELL_TOLERANCE``, or for a gap inside a word within ``_LETTER_TOLERANCE`` (the
    tables one block holds start their columns a letter apart: "Funksjon" over a narrower
    table parts after its "F" by the column of the wider table under it)."""
    tolerance = _LETTER_TOLERANCE if _inside_word(gap) else _CELL_TOLERANCE
    return any(abs(gap.start - start) <= tolerance for start in columns)


def _inside_word(gap: _Gap) -> bool:
    """Whether a gap is narrower than a word space: a break inside a word."""
    return gap.width < _LETTER_GAP * gap.height


def _columns_under_header(rows: dict[int, list[_Gap]], wide: list[_Gap],
                          glued: Callable[[_Gap], bool] | None = None) -> set[int]:
    """The narrow gaps (their ids) that start a column no wide gap shows: two rows or
    more have a narrow gap starting there (their cells start at one left edge), inside
    the wide gap of another row of the table (a header whose cells stand centred over
    their columns, as Chromium prints ``<th>``).

    "Navn | Møtte for | Parti" centres its headings; each row's name and the member she
    came for fill their columns to a pixel of padding ("Lars Tangen Morten Dahl"), so no
    row shows by a wide gap where "Møtte for" starts, yet every row's second cell starts
    at one edge, which lies in the header's gap between "Navn" and "Møtte for". A row
    of more such gaps than ``_HEADED_CELLS`` shows none (a line of words drawn one by
    one, whose spaces meet those of the line under it by chance). The header stands above
    the rows (a wide gap of a row under them, a table of contents' "Eventuelt ⇥ 2" further
    down the run, heads none of them). A gap inside a word or
    a number (``glued``: Chromium breaks its runs at a kerned pair, "02.|09.2025" in
    every date of a column) starts no cell, and so lines up with no other row's gap."""
    by_block: dict[int, list[_Gap]] = {}
    for row in rows.values():
        tallest = max(gap.height for gap in row)  # (a gap beside two short runs, "ea ms",
        # measured against the row's capitals)
        spaced = [gap for gap in row if gap.width >= _LETTER_GAP * tallest]
        if spaced and len(spaced) <= _HEADED_CELLS:  # (more: a line of words drawn one
            by_block.setdefault(row[0].block, []).extend(spaced)  # by one)
    shown: set[int] = set()
    for block, candidates in by_block.items():
        if len(candidates) < 2:
            continue
        if glued is not None:
            candidates = [gap for gap in candidates if not glued(gap)]
        candidates.sort(key=attrgetter("start"))
        heads = [(head.start - head.width, head.start, head.row) for head in wide
                 if head.block == block and not _column_shown_by_rows(head, wide)]
        for n, gap in enumerate(candidates):
            if _shares_start(candidates, n) and any(
                    low < gap.start < high and row < gap.row for low, high, row in heads):
                shown.add(id(gap))
    return shown


def _column_shown_by_rows(head: _Gap, wide: list[_Gap]) -> bool:
    """Whether the row under the header starts a cell by a wide gap where the header's
    next cell starts: a header set flush left over its columns ("Namn  Funksjon" over
    "Kristin Østgaard  Leiar"), or a row of a key-value table over the next. Its gap
    then spans a column's own first cell, and the word spaces of the names under it
    ("Kristin Østgaard", "Birgit Lunde") start no column that lines up by chance; only
    a centred header hides a column start in its gap (the row under it starts none
    where its next cell does)."""
    return any(other.row == head.row + 1 and other.block == head.block
               and abs(other.start - head.start) <= _CELL_TOLERANCE for other in wide)


def _glued_at(gap: _Gap, text: str, probe: TextProbe) -> bool:
    """Whether the text runs on without a space over a gap: a lower-case letter or a
    digit on both sides ("fo|r"), or a date's stop beside a digit ("16|.09", "02.|09"),
    or a word's capital before its small letters where the letters touch (a gap narrower
    than a space: "G|amle rådhuset"; a wider one may end an abbreviation's cell,
    "NAV|rådgjevar"). A cell's text starts after a space or with a capital ("Lars Tangen
    Morten Dahl")."""
    index = probe.text_index_at(gap.start + 0.5, gap.middle)
    if index < 2 or index >= len(text):
        return False
    before, after = text[index - 1], text[index]
    if "." in (before, after):  # (a date's or a number's stop: "16|.09", "02.|09")
        return (before + after).replace(".", "", 1).isdigit()
    if after.islower() and before.isupper():
        return _inside_word(gap)
    return (after.isdigit() or after.islower()) and (before.isdigit() or before.islower())


def _shares_start(ordered: list[_Gap], n: int) -> bool:
    """Whether a gap of another row starts where gap ``n`` does (within
    ``_CELL_TOLERANCE``), the gaps ordered by their starts: its neighbours alone."""
    gap = ordered[n]
    for step in (-1, 1):
        m = n + step
        while 0 <= m < len(ordered) and abs(ordered[m].start - gap.start) <= _CELL_TOLERANCE:
            if ordered[m].row != gap.row:
                return True
            m += step
    return False


# A gap narrower than this share of its row's height lies inside a word (Chromium's
# breaks between letters stay under a fifth of it, a pixel's padding between two cells
# is a third); such a gap starts a column only within a point's half of it. A row with
# more narrow gaps than ``_HEADED_CELLS`` between words is a line of words drawn one by
# one, not cells under a header.
_LETTER_GAP = 0.25
_LETTER_TOLERANCE = 0.5
_HEADED_CELLS = 3


def _after_marker(gap: _Gap) -> bool:
    """Whether a gap is a list's hanging indent: the first of its row, after a run no
    wider than the row is high ("•", "§", "1."). A bullet's line is no table row for that
    gap alone: a word of it that starts where the next level's text does ("§ En ⇥ felles
    mal …" over "o ⇥ Energibruk …") starts no column."""
    return gap.start - gap.width - gap.row_left <= gap.height


def _ruled_gaps(gaps: list[_Gap], rules: Rules) -> list[_Gap]:
    """The narrow gaps a drawn border runs through: two cells of a bordered table set
    with no padding (Chromium's or WeasyPrint's print of a web page, a tight Word
    table) touch but for the border between them ("Gunnhild Aasheim-Bjørnstad" and
    "styreleiar", no space in the text), and the border parts them however narrow the
    gap and wherever the other rows' columns start. A word's or a letter's gap has no
    line drawn through it."""
    return [gap for gap in gaps
            if gap.narrow and rules.between(gap.start - gap.width, gap.start, gap.middle)]


# A row higher than this many of its tallest runs spans more than one baseline.
_MULTI_LINE_ROW = 1.5


def _overlaps(rect: tuple[float, float, float, float], bottom: float, top: float) -> bool:
    """Whether a run of text shares a good part of its height with the one before.

    A table cell centred vertically sits half a line lower than its neighbour's first
    line ("Øystein Bø" beside the two lines of "Nordby kommune og …"): its run is on
    the same row though its middle is not inside the other's box. Lines of running
    text hardly overlap at all.
    """
    shared = min(top, rect[3]) - max(bottom, rect[1])
    return shared > _ROW_OVERLAP * min(top - bottom, rect[3] - rect[1])


# Share of the lower run's height two runs of one table row have in common at least.
_ROW_OVERLAP = 0.25


def _split_lines(text: str, gaps: list[_Gap], probe: TextProbe,
                 lowered: bool = False) -> list[_Line]:
    """Cut the page text into lines, put TABs at column starts, and place each line.

    Most lines have no column gap near them: they are one cell, the stripped line, and
    PDFium is asked only about their first character (and the last when it starts bold).
    ``lowered``: some row's first cell stands lowered (``_row_baseline``).
    """
    lines: list[_Line] = []
    middles = [gap.middle for gap in gaps]
    char, startswith = probe.char, text.startswith
    position = 0
    raw_lines = _line_texts(text)
    small_caps = _CAPITAL_INSIDE.search(text) is not None
    # (a line read as PDFium wrote it, a piece of the page's text, can hold a number to
    # read again only where the page can: ``may_change`` of a text says yes for each
    # piece it holds, so the page is asked once and such a line only when it says yes)
    ocr_page = may_change(text)
    # (each line is a piece of the page's text: a page without dot leaders or a hyphen
    # break has none in a line left as PDFium wrote it, and the page is asked once)
    leaders = _may_hold_leader(text)
    hyphen_breaks = _HYPHEN_BREAK in text
    if _GLUED_STAMP.match(text) or _GLUED_STAMP_AFTER_BREAK.search(text):
        raw_lines = _unglued_stamps(raw_lines, text, probe)
    for raw_line in raw_lines:
        begin = position
        end = begin + len(raw_line)
        position = end + 2 if startswith("\r\n", end) else end + 1
        left = raw_line.lstrip()
        if not left:
            continue
        stripped = left.rstrip()
        first = end - len(left)
        # No origin for the first character (rare): keep the text, just below the last.
        where = char(first) or (0.0, lines[-1].y - 0.1 if lines else 0.0, 0.0, 0)
        x, y, size, weight = where
        if stripped[:1] in _ASCII_DIGITS and (mark := _NOTE_LINE.match(stripped)) and \
                (note := char(first + mark.end())) and note[2] < size:
            size = note[2]  # a footnote's number set in the text's size before the note's
        if gaps and (low := bisect_left(middles, y - 0.3 * size)) < (
                high := bisect_right(middles, y + _GAP_REACH * size)):
            # (``_cut`` measures the left edge of each cell it finds; ``_cell_places``
            # takes those from ``found`` rather than ask PDFium for the same boxes again)
            found: dict[int, float] = {}
            cuts = sorted({_cut(text, begin, end, gap, probe, found)
                           for gap in gaps[low:high]})
            bounds = [begin, *(c for c in cuts if begin < c < end), end]
            # (one scan of the line for a digit spares each cell's two searches for a
            # note's mark and raised minutes, and the row's look-alike letter test:
            # a table's names and bodies hold none; a symbol font's mark is no digit)
            digits = _DIGIT.search(text, begin, end) is not None
            cells = _merge_marker([c for c in (_cell_text(text, a, b, probe, digits)
                                               for a, b in pairwise(bounds)) if c])
            line_text = "\t".join(cells)
            row = tuple(cells) if len(cells) > 1 else ()
            lefts, ends = _cell_places(text, bounds, probe, found) if row else ((), ())
            if len(lefts) != len(row):
                lefts = ends = ()
            elif row and lowered and any(gap.lowered for gap in gaps[low:high]):
                y = _row_baseline(text, ends[0], y, probe)
            if not row:
                ends = (first + len(stripped),)
        else:
            line_text, row, lefts, ends = stripped, (), (), (first + len(stripped),)
            # (each rule of digits below reads a digit: most lines have none, one scan;
            # their searches start at the first digit, or at the mark before it, and
            # their look-behinds still see the letters before it)
            digit = _DIGIT.search(stripped)
            digits = digit is not None
            at = digit.start() if digit is not None else 0
            if digits and _NOTE_MARK.search(stripped, at - 1 if at else 0):
                line_text = _without_note_marks(stripped, first, size, probe)
            if digits and line_text == stripped and _WORD_NOTE_MARK.search(stripped, at):
                line_text = _without_word_note_marks(stripped, first, size, probe)
            if digits and line_text == stripped and _RAISED_MINUTES.search(stripped, at):
                line_text = _with_raised_minutes(stripped, first, probe)
            if small_caps and _CAPITAL_INSIDE.search(line_text):
                line_text = _small_caps_lowered(line_text, first, probe)
            if digits and "/" in stripped and (cut := _number_touching(stripped)):
                row = (stripped[:cut], stripped[cut:])
                line_text = "\t".join(row)
                lefts = (x, probe.left(first + cut) or x)
                ends = (first + cut, first + len(stripped))
            if stripped[1:2] == " " and stripped[3:4] == " " and stripped.isupper() and \
                    _ONE_SPACED_LETTERS.fullmatch(stripped):
                line_text = _with_word_spaces(stripped, first, probe)
            elif line_text == stripped and stripped.count(" ") * 4 >= len(stripped) \
                    and _split_letters(stripped):
                line_text = _letter_spacing_undone(stripped, first, size, probe)
            elif stripped.isupper() and line_text == stripped and " " in stripped and \
                    len(stripped) <= 60 and not digits:  # (few lines are all capitals)
                # a logo's word mark in spaced capitals ("ASTAF JORD REG IONRÅD"): PDFium
                # parts its words where no space is, as in a letter-spaced heading
                line_text = _letter_spacing_undone(stripped, first, size, probe)
            if (leaders or line_text != stripped) and _may_hold_leader(line_text) and \
                    (cells := _leader_cells(line_text)):
                line_text, row = "\t".join(cells), cells
        if hyphen_breaks and startswith(_HYPHEN_BREAK, end):
            # "Brå-" / "then": put back the hyphen the line ended with
            line_text += "-"
            row = (*row[:-1], row[-1] + "-") if row else ()
        elif line_text[-1] in _TYPESET_HYPHENS:
            # a typesetter's hyphenation ("Kommunedirek‐" / "tørene") as in a text export
            line_text = line_text[:-1] + "-"
            row = (*row[:-1], line_text.rsplit("\t", 1)[-1]) if row else ()
        bold = weight >= 600 and _ends_bold(probe, first + len(stripped) - 1)
        if (ocr_page or line_text != stripped) and \
                may_hold_ocr_digits(line_text, has_digit=digits):
            line_text = with_ocr_digits(line_text)
            row = tuple(with_ocr_digits(cell) for cell in row)
        lines.append(_Line(line_text, x, y, size, bold, row, lefts, ends))
    return lines


# How far over a line's baseline (in its font sizes) the middle of a row's gaps may lie
# for the line to take them: a row's own middle stands about a third of a size over its
# baseline; the second line of a cell of two lines, beside cells centred between its
# lines, lies a half line step and more under the row's middle ("referent" / "Møtt"),
# yet the row above a line stands a line step and that third over it.
_GAP_REACH = 1.2


def _number_touching(line: str) -> int | None:
    """Where a title starts that touches the case number before it, or None.

    A table whose first column holds the case number ("Sak 03/24", "01/24") and no
    padding sets the widest number's last digit against the title's first letter:
    PDFium gives "Sak 01/24Godkjenning av innkalling" as one run with no gap to cut at.
    Nobody types a capitalised word straight after a number, so the line is two cells,
    as its HTML or Word twin shows them; the title after a number in its own cell is
    an item's heading as "Sak 01/24 ⇥ Godkjenning" is."""
    match = _TOUCHING_NUMBER.match(line)
    return match.end(1) if match else None


# A case number (after "Sak"/"PS" and the like, or alone) at a line's start, touching
# a capitalised word: "01/24Godkjenning", "Sak 3/2024Budsjett".
_TOUCHING_NUMBER = lazy_regex(r"((?:[A-ZÆØÅ][A-Za-zÆØÅæøå.]{0,11} )?\d{1,3}/\d{2}(?:\d{2})?)"
                              r"[A-ZÆØÅ][a-zæøå]")


def _row_baseline(text: str, after: int, y: float, probe: TextProbe) -> float:
    """The baseline of a row whose first cell, centred over it and the row under it,
    stands lower (``_lowered_before``): its second cell's, from text index ``after``
    (the first cell's end) on; ``y``, the first cell's, when that is higher."""
    start = len(text) - len(text[after:].lstrip(" "))
    place = probe.place(start)
    return max(y, place[1]) if place else y


def _with_word_spaces(line: str, first: int, probe: TextProbe) -> str:
    """A letter-spaced title ("R E F E R A T   F R A   S T Y R E M Ø T E") with its
    words apart again: two spaces where the gap between two letters is clearly wider
    than the gaps inside the words.

    The secretary types a space between the letters and several between the words; a
    PDF's text layer keeps one space for each run of them, so the words cannot be told
    apart from the text ("R E F E R A T F R A …" would read as one word), only from
    where the letters stand (by the width each letter advances, not its ink). Asked
    only of a line of capitals one space apart."""
    boxes = [probe.advance(first + at) for at in range(0, len(line), 2)]
    if None in boxes:
        return line
    gaps = [after[0] - before[1] for before, after in pairwise(boxes)]
    narrow = min(gaps)
    if narrow <= 0:
        return line
    letters = line[::2]
    out = [letters[0]]
    for letter, gap in zip(letters[1:], gaps, strict=True):
        out.append("  " if gap > _WORD_GAP * narrow else " ")
        out.append(letter)
    return "".join(out)


# Capitals (and digits) one space apart, four or more: a letter-spaced title as a PDF's
# text layer gives it; a gap this many times the narrowest between its letters parts
# two words.
_ONE_SPACED_LETTERS = lazy_regex(r"[^\W_](?: [^\W_]){3,}")
_WORD_GAP = 1.5


def _split_letters(line: str) -> bool:
    """Whether a line falls apart into lone letters, as PDFium gives a heading set with
    wide letter-spacing ("T i l ste de", "Forva lt n i n g srev i s jo n"): at least
    ``_LONE_LETTERS`` words of one letter, a third of its words."""
    words = line.split(" ")
    lone = sum(1 for word in words if len(word) == 1 and word.isalpha())
    return lone >= _LONE_LETTERS and 3 * lone >= len(words)


_LONE_LETTERS = 3


def _letter_spacing_undone(line: str, first: int, size: float, probe: TextProbe) -> str:
    """A heading set with letter-spacing (Word's "expanded", CSS ``letter-spacing``)
    with its words whole again.

    The spacing widens every gap between two letters alike, and PDFium takes some of
    those gaps for word spaces and drops some of the real ones ("T i l s t e d e"), so
    the words come from where the letters stand (by the width each advances): the
    usual gap is the spacing (the median), and a space between two words adds a
    space's width, ``_SPACED_WORD`` of the font size or more, to it. A line whose
    letters stand no wider apart than plain text is left as it is."""
    letters = [(at, char) for at, char in enumerate(line) if char != " "]
    boxes = [probe.advance(first + at) for at, _ in letters]
    if len(boxes) < 2 or None in boxes:
        return line
    gaps = [after[0] - before[1] for before, after in pairwise(boxes)]
    spacing = sorted(gaps)[len(gaps) // 2]
    if spacing < _LETTER_SPACING * size or min(gaps) < -_LETTER_SPACING * size:
        return line
    out = [letters[0][1]]
    for (_, char), gap in zip(letters[1:], gaps, strict=True):
        if gap > spacing + _SPACED_WORD * size:
            out.append(" ")
        out.append(char)
    return "".join(out)


# Letters this many font sizes apart (or more) are letter-spaced; a gap wider than the
# spacing by this many font sizes holds a word space (a space is about 0.3).
_LETTER_SPACING = 0.05
_SPACED_WORD = 0.18


# Hyphens a typesetter puts at a line end (U+2010, a shown soft hyphen) that PDFium
# does not mark as a hyphenated word.
_TYPESET_HYPHENS = frozenset("\u2010\u00ad")


def _leader_cells(text: str) -> tuple[str, ...]:
    """The pieces of a line a tab's dot leader runs between ("Møtedato:.........04.03.2025",
    "Sak 12/25 Budsjett ······ 3"), or () when no leader stands between words.

    A plain-text copy has a TAB where the PDF draws the leader: a label and its value are
    two cells, as in a header table, and the dots glued to the value would hide its date.
    """
    cells = tuple(piece for piece in _LEADER.split(text) if piece)
    return cells if len(cells) > 1 else ()  # (dots ending a line lead to nothing)


def _may_hold_leader(text: str) -> bool:
    """Whether a text holds the marks a tab's leader is drawn with (``_LEADER``'s cheap
    test, asked of a page's text and of a line's)."""
    return "....." in text or "·" in text or "……" in text or "․" in text


# A tab's leader: five dots or more (or two middle dots, two "…", two one-dot leaders),
# with the spaces around it.
_LEADER = lazy_regex(r"\s*(?:\.{5,}|[·…․](?:\s?[·…․]){1,})\s*")


def _without_note_marks(line: str, first: int, size: float, probe: TextProbe) -> str:
    """A line without the footnote calls set small after a sentence or a clause
    ("… ble godkjent.¹ Styret …" reads "godkjent.1" in the text layer). Only digits
    right after punctuation that are drawn in clearly smaller type go: "kl.10" and the
    "2" of "m²" after a letter stay."""
    pieces, start = [], 0
    for match in _NOTE_MARK.finditer(line):
        drawn = probe.drawn_size(first + match.start(1))
        if drawn is not None and drawn < _NOTE_MARK_SIZE * size:
            pieces.append(line[start:match.start(1)])
            start = match.end(1)
    return "".join(pieces) + line[start:] if pieces else line


# A footnote call: one or two digits after a sentence's or a clause's punctuation, set
# in type at most this share of the line's size.
_NOTE_MARK = lazy_regex(r"[.,;:!?)](\d{1,2})(?=\s|$)")
_NOTE_MARK_SIZE = 0.85
# A footnote call right after a word ("Kari Holm¹, Per Dahl" reads "Holm1" in the text
# layer): one or two digits after two letters or more, before a space or punctuation.
# (written digit first, the two letters a look back from it: a search then skips to each
# digit in one fast scan, where a pattern opening with letters is tried at every letter)
_WORD_NOTE_MARK = lazy_regex(r"(\d(?<=[^\W\d_]{2}\d)\d?)(?=[\s.,;:!?)]|$)")
# (the units a raised digit after letters is the power of, "m²": ``POWER_UNITS``)
# How far (in the line's font sizes) a call's digits are raised over the word.
_NOTE_MARK_RISE = 0.15


def _without_word_note_marks(line: str, first: int, size: float, probe: TextProbe) -> str:
    """A line without the footnote calls set small and raised right after a word, as
    Word sets a note's number after a name or a term ("Kari Holm¹"): the digits would
    become part of the name. Digits in the line's own size stay ("A4", "COVID19"), so do
    lowered ones ("CO₂") and the power of a unit ("100 m²")."""
    pieces, start = [], 0
    for match in _WORD_NOTE_MARK.finditer(line):
        digit = first + match.start(1)
        word = line[:match.start(1)].rsplit(None, 1)[-1]
        drawn, mark, letter = probe.drawn_size(digit), probe.place(digit), probe.place(digit - 1)
        if drawn is None or mark is None or letter is None or \
                drawn >= _NOTE_MARK_SIZE * size or word.casefold() in POWER_UNITS or \
                mark[1] - letter[1] < _NOTE_MARK_RISE * size:
            continue
        pieces.append(line[start:match.start(1)])
        start = match.end(1)
    return "".join(pieces) + line[start:] if pieces else line


def _cell_text(text: str, begin: int, end: int, probe: TextProbe,
               digits: bool = True) -> str:
    """The stripped text of one cell of a row, its raised minutes read as a time, and
    a cell of one character in a symbol font as the mark it shows: a PDF made without a
    map to Unicode for the font gives a Wingdings box as its bare code ("þ", "¨").
    ``digits`` False: the row holds no digit, so the cell has no note's mark or raised
    minutes to read (both searches need one)."""
    piece = text[begin:end]
    stripped = piece.strip()
    if len(stripped) == 1:
        index = begin + len(piece) - len(piece.lstrip())
        if _opens_as_bullet(text, index):
            return stripped
        return _shown_mark(stripped, index, probe) or stripped
    if not digits:
        return stripped
    first = begin + len(piece) - len(piece.lstrip())
    if stripped and _WORD_NOTE_MARK.search(stripped) and \
            (size := probe.drawn_size(first)) is not None:
        return _without_word_note_marks(stripped, first, size, probe)  # "Kari Holm¹"
    if not stripped or not _RAISED_MINUTES.search(stripped):
        return stripped
    return _with_raised_minutes(stripped, first, probe)


def _with_raised_minutes(line: str, first: int, probe: TextProbe) -> str:
    """A line with the minutes set small and high over an hour read as a time: "kl. 9³⁰"
    is "kl. 930" in the text layer, a number, and reads "kl. 9.30" as in a text export.
    Only two digits drawn clearly smaller than the hour and above its baseline count:
    "1930" and "2024" in type of one size stay as written."""
    pieces, start = [], 0
    for match in _RAISED_MINUTES.finditer(line):
        hour, minutes = probe.place(first + match.start(1) - 1), \
            probe.place(first + match.start(1))
        if hour is not None and minutes is not None and minutes[1] > hour[1] and \
                minutes[2] < _NOTE_MARK_SIZE * hour[2]:
            pieces.append(line[start:match.start(1)] + ".")
            start = match.start(1)
    return "".join(pieces) + line[start:] if pieces else line


# An hour and two digits that may be its minutes set as a superscript ("9³⁰", "18⁰⁰"):
# a run of three or four digits, nothing of a word or a number before it; an hour of
# two digits is 00–24. (Digit first, what stands before it a look back, for the fast
# scan of ``_WORD_NOTE_MARK``.)
_RAISED_MINUTES = lazy_regex(r"\d(?<![\w.,:]\d)(?:(?<=[01])\d|(?<=2)[0-4])?([0-5]\d)(?!\d)")


def _cell_places(text: str, bounds: list[int], probe: TextProbe,
                 found: dict[int, float] | None = None
                 ) -> tuple[tuple[float, ...], tuple[int, ...]]:
    """Where each non-empty cell of a row starts on the page, and the page text index
    after its last character (asked for rows only). ``found``: left edges already
    measured, by text index (``_cut``'s, one for each cell after the first)."""
    lefts: list[float] = []
    ends: list[int] = []
    for a, b in pairwise(bounds):
        piece = text[a:b]
        if piece.strip():
            start = a + len(piece) - len(piece.lstrip())
            left = found.get(start) if found else None
            if left is None:
                left = probe.left(start)
            if left is None:
                return (), ()
            lefts.append(left)
            ends.append(b - (len(piece) - len(piece.rstrip())))
    return tuple(lefts), tuple(ends)


def _line_texts(text: str) -> list[str]:
    """The page text split at line breaks (PDFium writes "\\r\\n"; lone ones count too)."""
    breaks = text.count("\r\n")
    if text.count("\r") == breaks == text.count("\n") and _HYPHEN_BREAK not in text:
        return text.split("\r\n")
    return _LINE_BREAKS.split(text)


def _small_caps_lowered(line: str, first: int, probe: TextProbe) -> str:
    """A line set in small caps with its small letters back where the text layer gives
    capitals: "Til sTede" → "Til stede", "ForvalTningsrevisjon" → "Forvaltningsrevisjon",
    and "sAK 2/25 FORVALTNINGSREVISJON" → "sak 2/25 Forvaltningsrevisjon".

    A small-caps font draws the small letters as short capitals, and some fonts map a
    few of those glyphs to the capital's code: a capital between small letters inside a
    word. A template that sets a line in small caps may map them all, and only a word's
    first letter typed small keeps its own glyph ("sAK"): capitals after a small letter
    at a word's start. Nobody types either except in names ("McLean", "iPhone"), whose
    capitals stand as tall as the line's others; a small cap's ink ends well below them.
    On such a line every capital whose ink ends that low is a small letter, measured
    against the line's tallest capital and the first character's font size (a line of
    small caps alone has no capital to measure).
    (``line`` is the stripped line from text index ``first``: one index per character.)
    """
    def height(index: int) -> float | None:
        top, place = probe.top(first + index), probe.place(first + index)
        return None if top is None or place is None else top - place[1]

    capitals = {n: height(n) for n, char in enumerate(line) if char.isupper()}
    place = probe.place(first)
    full = max([h for h in capitals.values() if h is not None]
               + ([_CAP_HEIGHT * place[2]] if place is not None else []), default=0.0)
    if not full:
        return line
    chars = list(line)
    for n, own in capitals.items():
        if own is not None and own < _SMALL_CAP_SHARE * full:
            chars[n] = chars[n].lower()
    return "".join(chars)


# A capital, or a run of them, after a small letter inside a word or at its end: "sTede",
# "EventuelT", "sAK" (small caps whose glyphs map to capitals, ``_small_caps_lowered``).
# The first capital comes first and the small letter before it is looked back at: the
# engine then skips through a page to its few capitals, where a look-behind first is
# tried at every character (a third of the time).
_CAPITAL_INSIDE = lazy_regex(r"[A-ZÆØÅ](?<=[a-zæøå][A-ZÆØÅ])[A-ZÆØÅ]*(?=[a-zæøå]|\b)")
_CAP_HEIGHT = 0.7  # a capital's height in ems, when the line has no capital to measure
_SMALL_CAP_SHARE = 0.85  # a small cap stands lower than this share of a full capital


def _unglued_stamps(raw_lines: list[str], text: str, probe: TextProbe) -> list[str]:
    """The page's lines with a stamp's date (or word) cut off the line PDFium glued it to.

    An approval stamp in a box right of the title ("GODKJENT" / "12.03.2024"), drawn
    before it, shares a height with the title: PDFium keeps the stream's order and
    writes "12.03.2024 Referat fra …" as one line, the date first though it stands right
    of the title. Text read in order never steps back left past where its line began, so
    a word after the date that starts left of the date is another line's: the two become
    lines of their own, each placed by its own first character. (The pieces keep the
    page text's indices: the space between them is the separator a line break would be.)
    """
    out: list[str] = []
    position = 0
    for raw in raw_lines:
        begin = position
        position = begin + len(raw) + (2 if text.startswith("\r\n", begin + len(raw)) else 1)
        glued = _GLUED_STAMP.match(raw)
        if glued is not None:
            first, rest = begin + glued.start(1), begin + glued.end()
            start, after = probe.left(first), probe.left(rest)
            if start is not None and after is not None and after < start:
                out.extend((raw[:glued.end(1)], raw[glued.end(1) + 1:]))
                continue
        out.append(raw)
    return out


# A stamp's date or word at a line's start with more after one space: "12.03.2024
# Referat …", "GODKJENT Referat …" (``_unglued_stamps`` asks where the next word stands).
_GLUED_STAMP = lazy_regex(r"^[ \t]*(\d{1,2}\.\d{1,2}\.\d{2,4}|GODKJEN[TD]|Godkjen[td]) (?=\S)",
                          re.MULTILINE)
# The same after a line break, to ask a page whether any line opens so: the break, a
# literal, lets the engine skip from line to line (a "^" is tried at every character).
_GLUED_STAMP_AFTER_BREAK = lazy_regex("\n" + _GLUED_STAMP.pattern[1:])


def _cut(text: str, begin: int, end: int, gap: _Gap, probe: TextProbe,
         found: dict[int, float] | None = None) -> int:
    """Text index where the column after a gap starts within the line [begin, end).

    The cut sits after a space: try the spaces nearest to where the gap falls in
    proportion to the row's width, asking PDFium only for those characters' positions.
    The left edge of the character it cuts before goes into ``found`` (by its index):
    ``_cell_places`` asks for that edge again, and each edge costs a call into PDFium.
    """
    width = max(gap.row_right - gap.row_left, 1.0)
    estimate = begin + int((gap.start - gap.row_left) / width * (end - begin))
    tolerance = max(1.0, 0.3 * gap.height)
    before = text.rfind(" ", begin, estimate + 1)
    after = text.find(" ", estimate, end)
    for space in (before, after):
        if space >= 0:
            index = space + 1
            while index < end and text[index] == " ":
                index += 1
            left = probe.left(index)
            if left is not None and abs(left - gap.start) <= tolerance:
                if found is not None:
                    found[index] = left
                return index
    for match in _SPACE_RUNS.finditer(text, begin, end):
        left = probe.left(match.end())
        if left is not None and abs(left - gap.start) <= tolerance:
            if found is not None:
                found[match.end()] = left
            return match.end()
    return probe.text_index_at(gap.start + 0.5, gap.middle)


def _ends_bold(probe: TextProbe, last: int) -> bool:
    """Whether a line's last character is bold too (with its first: the whole line)."""
    weight = probe.weight(last)
    return weight is None or weight >= 600


def _by_position(lines: list[_Line], probe: TextProbe,
                 band: list[int] | None = None) -> list[_Line]:
    """Lines top to bottom; pieces of text on one baseline become one line.

    Most PDFs draw text in reading order, but some draw list numbers, bullets or
    table cells apart from their text (WeasyPrint draws every list marker last), so the
    stream order alone would put "1." at the end of the page. A list set in newspaper
    columns (``_column_sections``) keeps the order it is drawn in: down the first
    column, then down the second. A letterhead's two blocks side by side keep their
    drawn order too (``_letterhead_band``); the lines of its smaller block go into
    ``band``: they deepen the page's top edge, where a repeated letterhead is furniture.
    """
    if all(a.y > b.y for a, b in pairwise(lines)):
        return lines
    head = _letterhead_band(lines, probe)
    if not head and (late := _band_drawn_late(lines, probe)):
        lines, head = late
    if head:
        if band is not None:
            first = _falling_run(lines, 0)
            band.append(min(first, head - first))
        return lines[:head] + _by_position(lines[head:], probe)
    if _text_in_columns(lines, probe):
        return _pieces_joined(lines, probe)
    sections = _column_sections(lines, probe)
    if not sections:
        return _by_baseline(lines, probe)
    inside = {id(line) for section in sections for line in section}
    rest = _by_baseline([line for line in lines if id(line) not in inside], probe)
    out: list[_Line] = []
    for section in sorted(sections, key=lambda section: -section[0].y):
        while rest and rest[0].y > section[0].y:
            out.append(rest.pop(0))
        out.extend(section)
    return out + rest


def _band_drawn_late(lines: list[_Line], probe: TextProbe) -> tuple[list[_Line], int] | None:
    """A letterhead's two blocks drawn after the page's text, as a positioned frame is
    (WeasyPrint draws an absolutely placed box after the flow): the lines above the first
    one drawn, few enough for a band, moved before the rest in their drawn order, and
    the band's length, when they start one (``_letterhead_band``); else None. Sorted by
    height instead, the logo's word mark would become a row with the block beside it."""
    first = lines[0].y
    above = [line for line in lines if line.y > first]
    if not above or len(above) > 2 * _BAND_LINES:
        return None
    moved = above + [line for line in lines if line.y <= first]
    head = _letterhead_band(moved, probe)  # (an address in small type under it may not
    return (moved, head) if head else None  # fall in the band's run: sorted after it)


def _letterhead_band(lines: list[_Line], probe: TextProbe) -> int:
    """How many of the page's first drawn lines are a letterhead of two blocks side by
    side (0 when they are not), to be read block by block, as drawn.

    A letterhead puts the body's word mark beside its logo ("Solvik" / "kommune", large)
    and the address or case block in small type at the right ("Postadresse: …" /
    "Telefon: …"); their lines interleave by height, and sorted by height "Solvik" would
    become a row with "Besøksadresse: …". They are known by being drawn first, one block
    down and then the other, the second jumping back up beside the first (wholly left or
    right of it), in another font size (a table's cells drawn one by one share the
    body's), and by everything drawn after them lying below both. A band has at most
    ``_BAND_LINES`` lines a block.
    """
    first = _falling_run(lines, 0)
    second = _falling_run(lines, first)
    end = first + second
    if not (0 < first <= _BAND_LINES and 0 < second <= _BAND_LINES) or end >= len(lines):
        return 0
    one, two = lines[:first], lines[first:end]
    if any(line.cells for line in lines[:end]) or \
            abs(max(line.size for line in one) - max(line.size for line in two)) <= _SIZE_SWAY:
        return 0
    if min(line.y for line in lines[:end]) <= max(line.y for line in lines[end:]):
        return 0
    if two[0].y < one[-1].y or one[0].y < two[-1].y:
        return 0  # (the blocks must stand at the same heights)
    left, right = (one, two) if two[0].x > one[0].x else (two, one)
    edge = min(line.x for line in right)
    for line in left:
        end_of_line = probe.right(line.ends[-1] - 1) if line.ends else None
        if end_of_line is None or end_of_line >= edge:
            return 0
    return end


def _falling_run(lines: list[_Line], start: int) -> int:
    """How many lines from ``start`` go down one block: each below the one drawn before
    it, by at most two of its line heights (the space under a letterhead ends it)."""
    count = 1 if start < len(lines) else 0
    while start + count < len(lines) and 0 < lines[start + count - 1].y - \
            lines[start + count].y <= _APART_LINES * lines[start + count].size:
        count += 1
    return count


# A letterhead's block (a word mark, an address) has at most this many lines.
_BAND_LINES = 5


def _text_in_columns(lines: list[_Line], probe: TextProbe) -> bool:
    """Whether the page is running text set in newspaper columns, drawn down one column
    and then down the next: the drawing order is the reading order, and sorting by
    height would put the two columns' lines side by side as table rows.

    Each jump back up must start a run of at least ``_COLUMN_TEXT_LINES`` lines, none a
    table row, wholly right of the lines of the run before at the same heights (a table
    row whose cells wrap jumps up for a few lines only; list markers drawn last jump
    back to the left).
    """
    starts = [n for n in range(1, len(lines)) if lines[n].y >= lines[n - 1].y
              and not _goes_on_beside(lines[n - 1], lines[n])]
    if not starts or any(line.cells for line in lines):
        return False
    bounds = [0, *starts, len(lines)]
    for before, start, after in zip(bounds, bounds[1:], bounds[2:], strict=False):
        run, previous = lines[start:after], lines[before:start]
        if len(run) < _COLUMN_TEXT_LINES or run[0].x <= previous[0].x:
            return False
        top, bottom = run[0].y + 0.3 * run[0].size, run[-1].y - run[0].size
        beside = [line for line in previous if bottom <= line.y <= top]
        if len(beside) < _COLUMN_TEXT_LINES:
            return False
        for line in beside:
            right = probe.right(line.ends[0] - 1) if len(line.ends) == 1 else None
            if right is None or right >= run[0].x:
                return False
    return True


# A column of running text has at least this many lines.
_COLUMN_TEXT_LINES = 5


def _goes_on_beside(line: _Line, after: _Line) -> bool:
    """Whether ``after`` goes on on ``line``'s baseline, right of it: PDFium ends a line
    after a raised footnote call ("… for 2023.¹" / "Regnskapet viser …"), which is no
    jump back up to the next column."""
    return abs(after.y - line.y) <= 0.3 * line.size and after.x > line.x


def _pieces_joined(lines: list[_Line], probe: TextProbe) -> list[_Line]:
    """Lines in their drawn order, a piece that goes on beside the line before it
    (``_goes_on_beside``) joined to that line as ``_by_baseline`` joins pieces."""
    out: list[_Line] = []
    order: dict[int, int] = {}
    for line in lines:
        if out and _goes_on_beside(out[-1], line):
            if not order:
                order = {id(piece): rank for rank, piece in enumerate(lines)}
            out[-1] = _joined(_touching_joined([out[-1], line], probe, order))
        else:
            out.append(line)
    return out


def _column_sections(lines: list[_Line], probe: TextProbe) -> list[list[_Line]]:
    """Runs of lines drawn down one column and then down the next, beside it.

    Word draws a section set in two columns column by column, so an attendance list of
    names comes down the left column, then jumps back up to the right one. A table row
    whose cells wrap is drawn the same way, cell by cell, so only a list of at least
    three capitalised lines in the first column, two or more in the second, none of
    them table rows, and the second column wholly right of the first, counts.
    """
    sections = []
    text_sections = _text_column_sections(lines, probe)
    index = 0
    while index < len(lines):
        length = text_sections.get(index) or _column_section(lines, index, probe)
        if length:
            sections.append(lines[index:index + length])
            index += length
        else:
            index += 1
    return sections


def _text_column_sections(lines: list[_Line], probe: TextProbe) -> dict[int, int]:
    """Sections of running text set in two columns inside a page of other text (CSS
    ``column-count: 2`` under one item's heading, a Word section of two columns), by
    where each starts and how many lines it holds.

    They are drawn down the first column and then down the second, as a list of names is
    (``_column_section``), but their lines wrap in the middle of sentences, so they start
    in small letters too. Each column must be a run of at least ``_COLUMN_TEXT_LINES``
    lines at one left edge and in one size, none a table row; the second starts beside
    the first's top line, wholly right of every line of the first, and is no longer than
    the first by more than one line (the columns are balanced). Only the jumps back up
    are looked at, and from each the first column is walked back, so the page is read
    once."""
    found: dict[int, int] = {}
    for jump in range(_COLUMN_TEXT_LINES, len(lines) - _COLUMN_TEXT_LINES + 1):
        head, above = lines[jump], lines[jump - 1]
        if head.y <= above.y or head.x <= above.x or head.cells:
            continue
        start = jump - 1
        while start and _text_goes_down(lines[start - 1], lines[start]) and \
                lines[start - 1].y - head.y <= _HEAD_RISE * head.size:
            start -= 1
        first = jump - start
        rise = head.y - lines[start].y
        if first < _COLUMN_TEXT_LINES or not -0.3 * head.size <= rise <= \
                _HEAD_RISE * head.size or (start and _heads_both_columns(
                    lines[start - 1], lines[start], head)):
            continue
        second = 1
        while jump + second < len(lines) and \
                _text_goes_down(lines[jump + second - 1], lines[jump + second]):
            second += 1
        if not _COLUMN_TEXT_LINES <= second <= first + 1:
            continue
        rights = [probe.right(line.ends[0] - 1) if len(line.ends) == 1 else None
                  for line in lines[start:jump]]
        if all(right is not None and right < head.x for right in rights):
            found[start] = first + second
    return found


def _text_goes_down(line: _Line, below: _Line) -> bool:
    """Whether ``below`` is the next line of a column of running text after ``line``: at
    its left edge, in its size, no table row, at most ``_COLUMN_STEP`` line heights
    lower (a paragraph's space between)."""
    return not below.cells and not line.cells and \
        abs(below.x - line.x) <= _CELL_TOLERANCE and \
        abs(below.size - line.size) <= _SIZE_SWAY and \
        0 < line.y - below.y <= _COLUMN_STEP * below.size


def _column_section(lines: list[_Line], start: int, probe: TextProbe) -> int:
    """How many lines from ``start`` form one column section (0 when none do)."""
    first = _column_run(lines, start)
    second_start = start + first
    if first < _COLUMN_LINES or second_start >= len(lines):
        return 0
    top, head = lines[start], lines[second_start]
    rise = head.y - top.y
    if not -0.3 * top.size <= rise <= _HEAD_RISE * top.size or head.x <= top.x:
        return 0
    if rise > 0.3 * top.size and start and _column_run(lines, start - 1) > first:
        return 0  # (a second column higher than the first's top must face that column's
        # first line, as a list's label's space above leaves it: not a run's tail)
    rights = [probe.right(line.ends[0] - 1) if len(line.ends) == 1 else None
              for line in lines[start:second_start]]
    if any(right is None or right >= head.x for right in rights):
        return 0
    second = _column_run(lines, second_start)
    if start and _heads_both_columns(lines[start - 1], top, head):
        return 0
    return first + second if 2 <= second <= first else 0


def _heads_both_columns(above: _Line, top: _Line, head: _Line) -> bool:
    """Whether ``above`` is a table row of two cells standing over the two columns that
    start with ``top`` and ``head`` ("Til stede | Forfall" over the names): the columns
    are then the cells of one row, drawn cell by cell, whose lines pair up by height,
    not a section of the page set in two columns."""
    return len(above.lefts) == 2 and \
        abs(above.lefts[0] - top.x) <= _CELL_TOLERANCE and \
        abs(above.lefts[1] - head.x) <= _CELL_TOLERANCE


def _column_run(lines: list[_Line], start: int) -> int:
    """How many lines from ``start`` go down one column: capitalised lines (names) at
    one left edge, each below the one before by at most ``_COLUMN_STEP`` of their line
    heights (a list set with space between its entries, or a label over them, as
    WeasyPrint sets a list in CSS columns). A name's bracket wrapped onto a line of its
    own ("Kari Holm, Nordby kommune" / "(møteleder)") goes on down the column."""
    count = 0
    for line in lines[start:]:
        previous = lines[start + count - 1] if count else None
        first = line.text[:1]
        if line.cells or not (first.isupper() or (first == "(" and previous is not None)) \
                or (previous is not None and not (
                    abs(line.x - previous.x) <= _CELL_TOLERANCE
                    and 0 < previous.y - line.y <= _COLUMN_STEP * line.size)):
            break
        count += 1
    return count


# A column section needs this many lines in its first column.
_COLUMN_LINES = 3
# Lines of a column stand at most this many line heights apart; the second column's
# first line may stand this many line heights above the first column's.
_COLUMN_STEP = 2.5
_HEAD_RISE = 1.5


def _by_baseline(lines: list[_Line], probe: TextProbe) -> list[_Line]:
    """Lines sorted top to bottom, pieces on one baseline joined into one line."""
    ordered = sorted(lines, key=lambda line: -line.y)
    groups: list[list[_Line]] = []
    for line in ordered:
        if groups and groups[-1][0].y - line.y <= 0.3 * max(line.size, groups[-1][0].size):
            groups[-1].append(line)
        else:
            groups.append([line])
    out: list[_Line] = []
    order: dict[int, int] = {}  # (each line's place in the page text, when first needed)
    for group in groups:
        if len(group) == 1:
            out.append(group[0])
            continue
        if not order:
            order = {id(line): rank for rank, line in enumerate(lines)}
        out.append(_joined(_touching_joined(group, probe, order)))
    return out


def _touching_joined(group: list[_Line], probe: TextProbe,
                     order: dict[int, int]) -> list[_Line]:
    """Pieces of one baseline with no column gap between them joined as one text.

    PDFium ends a line after a raised character, a footnote call or the "2" of "m²"
    ("… kommunestyrets vedtak¹" / " og ba om …"), and the rest of the line comes as a
    piece of its own; read as two cells it would make a sentence a table row. Pieces
    closer than a column gap (a word space, or none after the raised character) are
    one text; a piece that is a row already keeps its cells. So are pieces drawn with
    lines of other baselines between them (``order``: each line's place in the page
    text): a producer drawing a table cell by cell drew a label set to the foot of its
    cell ("Til stede:"), then the cell's lines over it, then the cell's last line beside
    the label, a column's padding away ("Til stede: ⇥ Arnfinn Tveitane").
    """
    group.sort(key=_X_OF)
    out = [group[0]]
    ranks = [order[id(group[0])]]
    inside = {order[id(piece)] for piece in group}
    for piece in group[1:]:
        last = out[-1]
        right = probe.right(last.ends[-1] - 1) if len(last.ends) == 1 and not last.cells \
            else None
        rank = order[id(piece)]
        if right is None or piece.cells or piece.x - right > _COLUMN_GAP * piece.size or \
                _drawn_apart(ranks[-1], rank, inside):
            out.append(piece)
            ranks.append(rank)
            continue
        space = " " if piece.x - right > _WORD_SPACE * piece.size else ""
        out[-1] = _Line(f"{last.text}{space}{piece.text}", last.x, last.y, max(
            last.size, piece.size), last.bold and piece.bold, ends=piece.ends)
    return out


def _drawn_apart(first: int, second: int, inside: set[int]) -> bool:
    """Whether a line not on the baseline of a group (``inside``: the places in the
    page text of its pieces) was drawn between its pieces at places ``first`` and
    ``second`` (``_touching_joined``)."""
    low, high = sorted((first, second))
    return any(rank not in inside for rank in range(low + 1, high))


# A gap wider than this many font sizes between two pieces of a line is a word space.
_WORD_SPACE = 0.15


def _joined(group: list[_Line]) -> _Line:
    """Pieces on one baseline as one line, left to right, a TAB between pieces."""
    if len(group) == 1:
        return group[0]
    group.sort(key=_X_OF)
    pieces = [cell for piece in group for cell in (piece.cells or (piece.text,))]
    lefts = [left for piece in group
             for left in (piece.lefts if piece.cells and piece.lefts else (piece.x,))]
    ends = [end for piece in group for end in piece.ends]
    if len(lefts) == len(pieces) == len(ends) and any(a > b for a, b in pairwise(lefts)):
        # a cell merged over rows and centred in them (HTML's rowspan), drawn after the
        # row it lands on, stands between that row's cells: "Kari ⇥ Nesvåg kommune ⇥
        # Varamedlem", not after them
        placed = sorted(zip(lefts, pieces, ends, strict=True), key=lambda cell: cell[0])
        lefts, pieces, ends = ([cell[k] for cell in placed] for k in range(3))
    cells = _merge_marker(pieces)
    if len(cells) < len(pieces):
        del lefts[1]  # the marker and its text are one cell
        del ends[:1]
    main = max(group, key=lambda piece: len(piece.text))
    row = tuple(cells) if len(cells) > 1 else ()
    return _Line("\t".join(cells), group[0].x, main.y, main.size,
                 all(piece.bold for piece in group), row,
                 tuple(lefts) if row and len(lefts) == len(cells) else (),
                 tuple(ends) if len(ends) == len(cells) else ())


def _merge_marker(cells: list[str]) -> list[str]:
    """A list marker set apart by a hanging indent ("1." gap "Tekst") is not a column;
    nor is a check box before the one text of its line ("☑" gap "Kari Holm, Stad
    kommune"), which a text file's line opens as a marker; a box before two or more
    cells is a table's column of boxes ("☑ | Kari Holm | Stad kommune")."""
    if len(cells) > 1 and (_MARKER_CELL.fullmatch(cells[0]) or (
            len(cells) == 2 and cells[0] in _BOXES)):
        return [f"{cells[0]} {cells[1]}", *cells[2:]]
    if len(cells) > 1 and cells[0] in _SYMBOL_LETTER_BULLETS and cells[1][:1].isalpha():
        # a Wingdings bullet whose font maps no characters: its byte read as a letter,
        # "§" a square and "Ø" an arrow, set apart by the hanging indent ("§ 12" runs on)
        return [f"- {cells[1]}", *cells[2:]]
    return cells


_BOXES = frozenset("☐☑☒")
_SYMBOL_LETTER_BULLETS = frozenset("§Ø")


def _drop_furniture(pages: list[list[_Line]]) -> None:
    """Remove page numbers and headers/footers repeated at the same place on pages, and
    those that do not repeat but are set apart in small type (``_set_apart_small``)."""
    edges = [[(line, _furniture_key(line, getattr(lines, "height", None)))
              for line in _edge_lines(lines)] for lines in pages]
    repeated: Counter[tuple[str, int]] = Counter()
    for page_edges in edges:
        repeated.update({key for _, key in page_edges})
    for key in _numbers_differ(edges, repeated):
        del repeated[key]
    needed = max(2, (len(pages) + 1) // 2)
    several = len(pages) > 1
    body = _body_size(pages)
    called: set[str] = set()  # (the marks of footnotes the text calls)
    for number, (lines, page_edges) in enumerate(zip(pages, edges, strict=True), start=1):
        outermost = _outermost(lines)
        drop = {id(line) for line, key in page_edges[:_OUTER] + page_edges[-_OUTER:]
                if _PAGE_NUMBER.fullmatch(line.text.strip())
                or (several and repeated[key] >= needed)
                or (id(line) in outermost and _numbers_the_page(line, number, len(pages)))}
        if several and len(lines) > 2 * _OUTER:
            drop |= _deeper_furniture(lines, page_edges, drop, repeated, needed)
        drop -= _text_under_letterhead(page_edges, drop)
        notes, marks = _called_footnotes(lines, drop, body, pages)
        called.update(marks)
        drop |= _set_apart_small(lines, number, body, several,
                                 pages[number - 2] if number > 1 else None) | notes
        if drop:
            lines[:] = [line for line in lines if id(line) not in drop]
    if called:
        for lines in pages:
            _drop_note_calls(lines, called)


def _called_footnotes(lines: list[_Line], drop: set[int], body: float | None,
                      pages: list[list[_Line]]) -> tuple[set[int], list[str]]:
    """The identities of a page's footnotes that ``_set_apart_small`` missed (no room
    over them, or type near the body's), and the marks they open with.

    Word sets a footnote under a short rule right below the text when the page is full,
    and some templates set notes in the body's size: they would read as the text of the
    item running over the page. The lines at the page's foot, from the highest one that
    opens with a note's mark ("* ", "** ", "† ", "a) ", "1) ", "¹ ") down, are footnotes
    when a mark is one the text calls (glued to a word or a sentence's stop: "vedtatt*",
    "vedtatta)", "i fjor†"; on this page or another, as notes run on to the next), each
    other mark a number (its raised call is gone from the text already), or the notes
    are in smaller type; and no line is larger or bold. The marks called are given, to
    take the calls out of the text."""
    height = getattr(lines, "height", None)
    if body is None or not height or len(lines) < 3:
        return set(), []
    zone = _EDGE_ZONE * height
    foot = sorted((line for line in lines if line.y <= zone and id(line) not in drop),
                  key=_Y_OF)
    block: list[_Line] = []
    top = 0
    for line in foot[:2 * _FOOT_LINES]:
        block.append(line)
        if line.text[:1] in _NOTE_MARK_STARTS and _NOTE_LINE.match(line.text):
            top = len(block)
    if not top or top >= len(lines) - len(drop):
        return set(), []
    block = block[:top]
    if any(line.bold or line.size > body + _SIZE_SWAY for line in block):
        return set(), []
    text = ""  # (the document's text, joined only when a mark is asked about)
    marks = []
    for line in block:
        match = _NOTE_LINE.match(line.text)
        if match is None:
            continue
        mark = match.group(1)
        if mark[:1] not in _ASCII_DIGITS:
            text = text or "\n".join(line.text for page in pages for line in page)
            if _note_call(mark).search(text):
                marks.append(mark)
                continue
        if mark[:1] not in _ASCII_DIGITS and line.size > _SMALL_TYPE * body:
            return set(), []
    notes = {id(line) for line in block}
    return (notes, marks) if marks or all(line.size <= _SMALL_TYPE * body
                                          for line in block) else (set(), [])


def _note_call(mark: str) -> re.Pattern[str]:
    """A call of the footnote ``mark`` in the text: the mark glued to a word or a
    sentence's stop, before a space, a stop or the line's end."""
    return re.compile(r"(?:(?<=[^\W\d_])|(?<=[.,;:!?]))" + re.escape(mark.rstrip(".")) +
                      r"(?=[\s.,;:!?]|$)")


def _drop_note_calls(lines: list[_Line], marks: set[str]) -> None:
    """Take the calls of the page's footnotes out of its lines ("vedtatt* med" reads
    "vedtatt med"), so that no word keeps a mark."""
    calls = [_note_call(mark) for mark in sorted(marks, key=len, reverse=True)]
    for n, line in enumerate(lines):
        text = line.text
        for call in calls:
            text = call.sub("", text)
        if text != line.text:
            cells = tuple(text.split("\t")) if line.cells else ()
            lines[n] = _Line(text, line.x, line.y, line.size, line.bold, cells,
                             line.lefts if len(cells) == len(line.lefts) else (), line.ends,
                             line.bottom, line.right)


# A footnote's first line: its mark (stars, a dagger, a letter or a number with a
# bracket, a number, superscript digits), a space, the note.
_NOTE_LINE = lazy_regex(r"(\*{1,3}|[†‡]|[a-z]\)|\d{1,2}\)?|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,2}) ?(?=[^\W\d_])")
# A mark of these digits is a number whose raised call the reader has already taken out
# of the text; superscript digits ("¹") are characters of their own and stay in it.
_ASCII_DIGITS = frozenset("0123456789")
_NOTE_MARK_STARTS = frozenset("*†‡abcdefghijklmnopqrstuvwxyz0123456789¹²³⁴⁵⁶⁷⁸⁹⁰")


def _text_under_letterhead(page_edges: list[tuple[_Line, tuple[str, int]]],
                           drop: set[int]) -> set[int]:
    """Identities of dropped lines under a page's top line from the first one that ends a
    sentence ("Vedtak: Tatt til orientering.") down: the text of the page, which may well
    begin alike on two pages under the same letterhead, and no running header, which
    names and numbers but never ends in a full stop. Only a run of dropped lines from the
    top is asked about: nothing below the letterhead's block."""
    kept: set[int] = set()
    for line, _ in page_edges[1:_EDGE_DEPTH]:
        if id(line) not in drop:
            break
        text = line.text.rstrip()
        if kept or (text[-1:] in ".!?" and " " in text and not _PAGE_NUMBER.fullmatch(text)):
            kept.add(id(line))
    return kept


def _body_size(pages: list[list[_Line]]) -> float | None:
    """The font size most of the text is set in (by characters, sizes rounded to half
    points; of sizes that tie, the one met first), None without text.

    A document's lines come in a handful of exact sizes, so the characters are counted
    by exact size first and only those few sizes are rounded: the rounded sizes then
    come in the order they are first met, as when each line is rounded."""
    exact: dict[float, int] = {}
    for lines in pages:
        for line in lines:
            exact[line.size] = exact.get(line.size, 0) + len(line.text)
    chars: Counter[float] = Counter()
    for size, count in exact.items():
        chars[round(size * 2) / 2] += count
    return chars.most_common(1)[0][0] if chars else None


_TEXT_OF = attrgetter("text")
_Y_OF = attrgetter("y")
_X_OF = attrgetter("x")
_LEFTS_OF = attrgetter("lefts")
_FIRST_LETTER = itemgetter(slice(None, 1))


def _set_apart_small(lines: list[_Line], number: int, body: float | None,
                     several: bool = True, before: list[_Line] | None = None) -> set[int]:
    """A header or footer that does not repeat, so the test for repeated ones misses it:
    Word's "different first page" leaves the running header on page 2 only in a
    two-page document, and a letterhead footer sits on page 1 only. The top-most line
    of a later page, or the bottom-most line of any page, set in smaller type than the
    body and further than two body lines from the text, is taken for one. The top of
    page 1 of several is dropped only when it is a browser's print stamp
    (``_is_print_stamp``): a small line there that the later pages do not repeat is
    the letterhead naming the body. A document of one page cannot show its running
    header repeated (Chromium's header template, "Nettverk X – referat", printed small
    in the margin over the page's own heading): there a small top line that names the
    minutes, as a running header does and a letterhead ("Nordby kommune") does not, is
    dropped as the repeated header of a longer one is, and read back as that is
    (``header_blocks``: the letterhead of an untitled page, the name over a bare title).
    A row of the table the page ``before`` ended with, carried over the page break in
    the table's smaller type, is no header (``_row_carried_on``).
    """
    if body is None or len(lines) < 3:
        return set()
    height = getattr(lines, "height", None)
    margin = _EDGE_ZONE * height if height else math.inf  # (unknown: anywhere)
    foot = _FOOT_ZONE * height if height else math.inf
    top = max(lines, key=_Y_OF)
    drop = set()
    gap = top.y - max((line.y for line in lines if line is not top), default=top.y)
    if ((number > 1 or _is_print_stamp(top.text) or
            (not several and names_document(top.text))) and
            top.y >= (height or 0) - margin and _small_and_apart(top, gap, body) and
            not (top.cells and before is not None and _row_carried_on(top, before))) or \
            (number > 1 and height and top.y >= height - _FOOT_ZONE * height and
             _running_title(top, gap, body)):
        drop.add(id(top))
    return drop | {id(line) for line in _small_foot(lines, body, margin, foot)}


def _small_foot(lines: list[_Line], body: float, margin: float = math.inf,
                foot: float = math.inf) -> list[_Line]:
    """The lines at a page's foot in small type below a gap of more than two body lines:
    a footer, and the footnotes above it ("1 Referatet ble sendt ut 10. desember."),
    which would read as the last item's text. The block is cut at the highest such gap
    among the small lines, so small text that goes on from the page's text stays.

    Only lines within ``margin`` of the page's foot are asked: a page printed from a
    web page whose tables are set larger than its paragraphs (Chromium without a
    DOCTYPE) ends its text in the smaller type, halfway down its last page. And the
    lowest of them must stand within ``foot`` of the page's foot, where a footer is
    printed: such a page's text may also end lower down, a hand's breadth over the
    foot, with nothing under it."""
    by_height = sorted(lines, key=_Y_OF)
    if by_height[0].y > foot:
        return []
    run = 0
    while run < min(_FOOT_LINES, len(by_height) - 1) and \
            by_height[run].size <= _SMALL_TYPE * body and by_height[run].y <= margin:
        run += 1
    for end in range(run, 0, -1):
        if by_height[end].y - by_height[end - 1].y > _APART_LINES * body:
            if len(by_height[end - 1].cells) > 1 and \
                    (below := _under_foot_table(by_height, end)) is not None:
                return by_height[:_cut_below(by_height, below, body)]
            return by_height[:end]
    return []


def _under_foot_table(by_height: list[_Line], end: int) -> int | None:
    """Where a table set in small type at a page's foot ends: the index (in
    ``by_height``, lowest line first) of its lowest row, or None when the block under the
    gap at ``end`` opens with no table.

    A table that ends the page's text ("Sak 22/2025 Delegerte vedtak" over "Saksnr. |
    Dato | Vedtak" and its rows), set smaller than the body with the space a heading and
    a table's margin leave over it, would read as a footer block. Two rows or more of
    cells, none of them a page's number, are a table: a footer's row is one ("Åsen
    regionråd | Side 2 av 4"), and the footer under the table stays furniture."""
    low = end - 1
    while low > 0 and len(by_height[low - 1].cells) > 1:
        low -= 1
    if low == end - 1 or any(_PAGE_NUMBER.fullmatch(cell.strip()) or
                             _ENDS_WITH_PAGE_OF.search(cell)
                             for line in by_height[low:end] for cell in line.cells):
        return None
    return low


def _cut_below(by_height: list[_Line], low: int, body: float) -> int:
    """How many of a page's lowest lines, under a table at its foot (lowest row at
    ``low``), are set apart as a footer: those under the lowest gap of more than two
    body lines, none without one."""
    for end in range(low, 0, -1):
        if by_height[end].y - by_height[end - 1].y > _APART_LINES * body:
            return end
    return 0


# A browser's print header: the day and the clock time it was printed, as Chromium and
# Firefox write them ("06.02.2025, 10:21", "2/6/25, 10:21 AM"), maybe with the page's
# title in a cell beside it.
_PRINT_STAMP = lazy_regex(r"\d{1,2}[./]\d{1,2}[./]\d{2,4},\s*\d{1,2}:\d{2}(?:\s*[AP]M)?"
                          r"(?:\t.*)?", re.I)


def _is_print_stamp(text: str) -> bool:
    """Whether a page's top line is the stamp a browser prints when a web page or a web
    mail is printed to PDF ("06.02.2025, 10:21"): the day it was printed, not the
    meeting's day and start, and no letterhead. (A meeting's day and hours unlabelled
    would say "kl." or give a range, never a comma before one clock time.)"""
    return text[:1].isdigit() and _PRINT_STAMP.fullmatch(text) is not None


def _running_title(line: _Line, gap: float, body: float) -> bool:
    """Whether the top-most line of a later page, at the page's top edge, is a running
    header in the body's own type: Word's header style is the body's font, and with a
    "different first page" a two-page document shows it once ("Referat AU 05.02.2025"
    over page 2 only), so it neither repeats nor stands out by size. It names the minutes
    and stands further than two body lines over the text; no item's heading ("Sak 4/25
    Referatsaker", "3. Referat …") nor a table's row carried over."""
    text = line.text.lstrip()
    return gap > _APART_LINES * body and not line.cells and names_document(text) and \
        not text[:1].isdigit() and not text[:4].casefold().startswith(("sak ", "ps ")) and \
        line.size <= 1.05 * body


def _small_and_apart(line: _Line, gap: float, body: float) -> bool:
    """Smaller type than the body's, and further from the text than two body lines."""
    return line.size <= _SMALL_TYPE * body and gap > _APART_LINES * body


# Furniture type is at most this share of the body size; its distance from the text
# more than this many body sizes.
_SMALL_TYPE = 0.92
_APART_LINES = 2.0
# A page's foot in small type (footer and footnotes) has at most this many lines.
_FOOT_LINES = 6
# Headers and footers, and footnotes over a footer, sit within this share of the page's
# height from its top or its foot.
_EDGE_ZONE = 0.3
# A footer's lowest line stands within this share of the page's height from its foot
# (Word's footer 1.25 cm over the edge, its bottom margin 2.5 cm: both well inside).
_FOOT_ZONE = 0.12


def _outermost(lines: list[_Line]) -> set[int]:
    """Identities of a page's top-most and bottom-most line."""
    if not lines:
        return set()
    return {id(max(lines, key=_Y_OF)), id(min(lines, key=_Y_OF))}


def _numbers_the_page(line: _Line, number: int, count: int) -> bool:
    """A header or footer that carries this page's number beside other text: a cell
    "Side 1 av 2" or "1/2" next to a title or file name, or a line ending in "Side 1 av
    2". On a single page nothing repeats, so this is how such a footer is known; the
    numbers must be the page's own, so a reference "12/24" in a letterhead stays."""
    if line.cells:
        shown = [cell for cell in line.cells
                 if not cell.isdigit() and _PAGE_NUMBER.fullmatch(cell)]
    else:
        match = _ENDS_WITH_PAGE_OF.search(line.text)
        shown = [match.group()] if match else []
    return any(_DIGITS.findall(text) in ([str(number)], [str(number), str(count)])
               for text in shown)


def _edge_lines(lines: list[_Line]) -> list[_Line]:
    """A page's lines from the top down where furniture lives: up to ``_EDGE_DEPTH`` from
    the top and from the bottom (a footer of three or four lines: "Åsen regionråd" /
    "Storgata 1, 1234 Åsen" / "Telefon …"), all of them on a short page; at the top as
    many more as a letterhead's smaller block beside the other has (``_Page.band``). The
    outer ``_OUTER`` of each end are furniture on their own, the deeper ones only in a
    block (``_deeper_furniture``)."""
    by_height = sorted(lines, key=_Y_OF, reverse=True)  # (stable: ties keep their order)
    top = _EDGE_DEPTH + getattr(lines, "band", 0)
    if len(lines) <= top + _EDGE_DEPTH:
        return by_height
    return by_height[:top] + by_height[-_EDGE_DEPTH:]


#: How many lines from a page's top or bottom a repeated header or footer may reach, and
#: how many of them are taken for furniture on their own (the others only in a block).
_EDGE_DEPTH = 4
_OUTER = 2


def _deeper_furniture(lines: list[_Line], page_edges: list[tuple[_Line, tuple[str, int]]],
                      drop: set[int], repeated: Counter[tuple[str, int]],
                      needed: int) -> set[int]:
    """The third and fourth line of a header or footer block: repeated at the same place
    on the pages, and only where every line between it and the page's edge is furniture
    too, so a body line that happens to repeat further in stays. ``page_edges``: the
    page's ``_edge_lines`` with their ``_furniture_key``s, top down (its top run and its
    bottom run are the page's, so they are not sorted and keyed again)."""
    deeper: set[int] = set()
    top = _EDGE_DEPTH + getattr(lines, "band", 0)
    for run in (page_edges[:top], page_edges[::-1][:_EDGE_DEPTH]):
        if id(run[0][0]) not in drop or id(run[1][0]) not in drop:
            continue
        for line, key in run[2:]:
            if repeated[key] < needed:
                break
            deeper.add(id(line))
    return deeper


def _numbers_differ(edges: list[list[tuple[_Line, tuple[str, int]]]],
                    repeated: Counter[tuple[str, int]]) -> set[tuple[str, int]]:
    """Keys of repeated lines whose numbers change from page to page other than as a page
    counter does: a running header's numbers are the same on every page ("Referat
    12.03.2024") or count the pages ("Side 2 av 4"), while "Dato: 12.03.2024" on the
    minutes' page and "Dato: 16.04.2024" on an attached summons' page are two contents."""
    seen: dict[tuple[str, int], list[tuple[int, tuple[int, ...]]]] = {}
    for number, page_edges in enumerate(edges, start=1):
        for line, key in page_edges:
            if repeated[key] > 1 and "#" in key[0]:
                values = tuple(int(digits) for digits in _DIGITS.findall(line.text))
                seen.setdefault(key, []).append((number, values))
    return {key for key, pages in seen.items()
            if not _counts_pages(pages, counter=not _CASE_FIELD.search(key[0]))}


# A case number's field in a case system's per-case block ("Sak: #/#", "Saksnr. #/#",
# "PS #/#"), with the line's digits masked as in ``_furniture_key``.
_CASE_FIELD = lazy_regex(r"(?:^|\s)(?:sak|saksnr\.?|sak nr\.?|ps)\s*:?\s*#")


def _counts_pages(pages: list[tuple[int, tuple[int, ...]]], counter: bool = True) -> bool:
    """Whether each of the numbers keeps one value on every page (a date in the header)
    or one distance from the page's number (a page counter, also one that starts
    further on than page 1); ``pages`` holds (page number, the line's numbers).

    ``counter`` False: the line names a case ("Sak: 20/24"), whose number changes with
    the page when each case of a protocol starts a page of its own, yet counts no pages.
    """
    if len({len(values) for _, values in pages}) > 1:
        return False
    for position in range(len(pages[0][1])):
        if len({values[position] for _, values in pages}) > 1 and (
                not counter or len({values[position] - number for number, values in pages}) > 1):
            return False
    return True


def _furniture_key(line: _Line, height: float | None = None) -> tuple[str, int]:
    """Text with numbers masked, and position: what repeats in a running header.

    The position of a line in the page's upper half is its distance from the top edge
    (negative, apart from the lower half's heights): a landscape page among upright ones
    (a wide table) sets its header as far below its top edge as theirs, at another
    height from the bottom. A footer keeps its height from the bottom edge."""
    if height and line.y > height / 2:
        return _DIGITS.sub("#", line.text.casefold()), -1 - round((height - line.y) / 4)
    return _DIGITS.sub("#", line.text.casefold()), round(line.y / 4)


def _blocks(pages: list[list[_Line]],
            sizes: tuple[float | None, dict[float, int]] | None = None) -> list[Block]:
    """Blocks from the lines of all pages: gap from spacing, headings from font size
    (``sizes``: ``_body_and_heading_sizes`` of the pages, when the caller has it)."""
    body, heading_levels = sizes or _body_and_heading_sizes(pages)
    usual = _usual_step(pages, body)
    paragraph_step = None if usual is None else _PARAGRAPH_STEP * usual
    blocks: list[Block] = []
    indents: list[float] = []
    for lines in pages:
        previous: _Line | None = None
        margins: dict[int, float] | None = None
        for line in lines:
            above = previous
            step = None if above is None else (
                above.y if above.bottom is None else above.bottom) - line.y
            previous = line
            block = _line_block(line, heading_levels)
            block.gap = step is None or step <= 0 or paragraph_step is None or step > paragraph_step
            if block.kind is LIST_ITEM and not block.gap and above is not None and \
                    line.text[:1].isdigit() and _wrapped_before_number(blocks, above, line):
                blocks[-1].text = f"{blocks[-1].text} {block.text}"  # "… går fram av
                continue  # tabell" / "1. Samrøystes.": one line, not a list's first item
            if not block.gap and above is not None and \
                    (above.size - line.size > _SIZE_SWAY or line.size - above.size > _SIZE_SWAY) \
                    and _changes_size(block, blocks):
                block.gap = True  # (a heading in its own size is a paragraph of its own)
            if step is None and blocks and _runs_on(blocks[-1], block):
                block.gap = False  # a page break inside a sentence is no new paragraph
            if above is not None and not block.gap and above.text[-1:] in _SENTENCE_ENDS \
                    and ((same := _same_paragraph_kind(blocks[-1], block))
                         or _hangs_under_item(blocks[-1], block, above, line)):
                # (cheap tests first)
                if margins is None:
                    margins = _column_margins(lines, paragraph_step or 0.0)
                block.goes_on = _wrapped_after_stop(above, line, margins, hanging=not same)
            elif above is not None and not block.gap and line.text[:1].islower() and \
                    above.text[-1:].isalpha() and (
                        (same := _same_paragraph_kind(blocks[-1], block))
                        or _hangs_under_item(blocks[-1], block, above, line)):
                # "…, og Rune Lien fra Statens" / "naturoppsyn.": a name wrapped at the
                # margin, which a list of people must read whole; a slide's bullet too
                # ("• Nettverket vart samde om … kurs for" / "assistentar.")
                if margins is None:
                    margins = _column_margins(lines, paragraph_step or 0.0)
                block.goes_on = _wrapped_after_stop(above, line, margins, hanging=not same) \
                    or (not same and _margin_unknown(above, margins))  # (a slide's few
                # lines teach no margin: a lower-case word hanging under a bullet that
                # stops on a word is its line wrapped)
            # (only a heading continues one: most lines skip the call)
            if (block.kind is HEADING
                    and _continues_heading(blocks, block, step, line.size)) or (
                    block.bold and not block.gap and above is not None
                    and (_wraps_case_title(blocks[-1], block, above, line, lines)
                         or _wraps_numbered_title(blocks[-1], block, above, line))):
                # a heading that wrapped ("… I MIDT-" / "TROMS": a name's hyphen stays)
                blocks[-1].text = join_at_hyphen(blocks[-1].text, block.text) or \
                    f"{blocks[-1].text} {block.text}"
                continue
            if block.kind is LIST_ITEM:
                block.level = _list_level(indents, line.x)
            else:
                indents = []
            blocks.append(block)
    return blocks


def _wrapped_before_number(blocks: list[Block], above: _Line, line: _Line) -> bool:
    """Whether a line that opens with a number ("1. Samrøystes.") is the rest of the
    line above it, wrapped right after a word that takes a number ("… slik det går fram
    av tabell" / "1. Samrøystes."): the line above is plain running text that stops at
    such a word, and the line starts where it does (a list's number stands apart)."""
    last = above.text.rsplit(" ", 1)[-1].casefold()
    return last in _NUMBERED_NOUNS and bool(blocks) and \
        blocks[-1].kind is PARAGRAPH and not blocks[-1].bold and \
        abs(line.x - above.x) <= _CELL_TOLERANCE


# Words a number follows in running text ("tabell 1", "vedlegg 2", "punkt 3", "§ 4").
_NUMBERED_NOUNS = frozenset({
    "tabell", "vedlegg", "figur", "punkt", "pkt.", "side", "kapittel", "kap.", "nr.", "§",
    "avsnitt", "alternativ", "trinn", "fase", "modell", "sak", "ledd", "bokstav"})


def _changes_size(block: Block, blocks: list[Block]) -> bool:
    """Whether a heading begins or ends at a line whose font size is not the line's
    above it: ``block`` (the line's) or the block before it is a heading. (The sizes
    are compared by the caller: most lines keep theirs.) A page whose paragraphs are
    all one line with paragraph space between learns its paragraph space as the line
    step, and a heading set bold and larger with no number ("Kulturprisen 2025") would
    run on from the line above it."""
    return block.kind is HEADING or (
        bool(blocks) and blocks[-1].kind is HEADING)


def _hangs_under_item(last: Block, block: Block, above: _Line, line: _Line) -> bool:
    """Whether a plain line starts under the text of the list item above it, right of
    its marker (a hanging indent: "1. Styret godkjenner …" / "   Rammen for …"), so
    that it may be the rest of that item wrapped."""
    return (last.kind is LIST_ITEM and block.kind is PARAGRAPH
            and not last.bold and not block.bold
            and 0 < line.x - above.x <= _HANGING_INDENT * above.size)


# The widest hanging indent of a list item's text after its marker, in font sizes.
_HANGING_INDENT = 4.0


def _same_paragraph_kind(last: Block, block: Block) -> bool:
    """Whether two blocks are plain paragraph lines, neither bold: only such lines can be
    one paragraph wrapped (headings, list items and rows have rules of their own)."""
    return (last.kind is PARAGRAPH and block.kind is PARAGRAPH
            and not last.bold and not block.bold)


def _column_margins(lines: list[_Line], step: float) -> dict[int, tuple[float, float]]:
    """What the wrapped lines of each column of running text on a page say of its right
    margin, by the column's left edge (rounded to whole points): the farthest any line
    reaches (the margin is no nearer), and the least a wrapped line and the first word
    of the line under it need (the margin is nearer than that, or the word would have
    stayed). A wrapped line is one near the farthest end that stops inside a sentence
    (no stop, colon or semicolon) with the sentence going on in small letters on the
    next line, at the same left edge, within ``step`` under it ("… kan gi lavere priser
    og" / "bedre rutetilbud …"); a column with none (lines typed one by one: "Tid: …" /
    "Sak 05/25 …") has no entry."""
    ends: dict[int, float] = {}
    for line in lines:
        if line.right is not None and not line.bold:
            left = round(line.x)
            ends[left] = max(line.right, ends.get(left, line.right))
    margins: dict[int, tuple[float, float]] = {}
    for above, below in pairwise(lines):
        if above.right is None or above.bold or not below.text[:1].islower() \
                or above.text[-1:] in TERMINAL_CHARS or abs(below.x - above.x) > _SAME_LEFT \
                or not 0 < above.y - below.y <= step:
            continue
        left = round(above.x)
        farthest = ends[left]
        if above.right < farthest - _MARGIN_NEAR * (farthest - above.x):
            continue
        needed = _needed_for_next_word(above, below)
        margins[left] = (farthest, min(needed, margins.get(left, (0.0, needed))[1]))
    return margins


# A line that ends this share of its column's width short of the farthest line is short
# of the margin: not wrapped against it.
_MARGIN_NEAR = 0.1


def _needed_for_next_word(above: _Line, below: _Line) -> float:
    """Where the first word of ``below`` would end if set after ``above`` with a space,
    in the average letter width of ``above``."""
    letter = (above.right - above.x) / max(len(above.text), 1)
    return above.right + letter * (len(below.text.split(" ", 1)[0]) + 1)


def _wrapped_after_stop(above: _Line, line: _Line,
                        margins: dict[int, tuple[float, float]], hanging: bool = False
                        ) -> bool:
    """Whether a line that ends a sentence ("… om saken.") was wrapped inside its
    paragraph, so the line under it goes on with the paragraph ("Flere medlemmer …").

    A word processor breaks a line only where the next word does not fit: the line must
    stop near the column's margin, and the first word of the line under it (with a
    space) reach farther than the wrapped lines' next words did (``_column_margins``).
    Where that is not known, the lines stay apart. The line below must start at the same
    left edge (a first-line indent opens a paragraph) and not with a label ("Vedtak:"),
    which opens a paragraph of its own. Under a list item (``hanging``) it starts where
    the item's text starts, right of the marker: the item's line wraps against the
    margin of the column its marker stands in."""
    if above.right is None or (not hanging and abs(line.x - above.x) > _SAME_LEFT):
        return False
    key = round(above.x)
    margin = margins.get(key) or margins.get(key - 1) or margins.get(key + 1)
    if margin is None or line.text.split(" ", 1)[0].endswith(":"):
        return False
    farthest, overflow = margin
    return above.right >= farthest - _MARGIN_NEAR * (farthest - above.x) and \
        _needed_for_next_word(above, line) > overflow


_SAME_LEFT = 1.5


def _margin_unknown(above: _Line, margins: dict[int, tuple[float, float]]) -> bool:
    """Whether the column a line stands in has no right margin learnt from wrapped lines
    (``_column_margins``): too few lines to tell where a line had to break."""
    key = round(above.x)
    return not (margins.get(key) or margins.get(key - 1) or margins.get(key + 1))


def _runs_on(last: Block, first: Block) -> bool:
    """Whether a page's first line goes on with the sentence the page before stopped in
    ("… sender uttalelsen til" / "Statsforvalteren innen 1. april."): the last line ends
    in a word, a comma or a broken word's hyphen, or before a date ("… frist for
    merknader" / "1. april."), and neither is a heading or bold."""
    if last.kind not in _RUNNING_KINDS or last.bold or first.bold:
        return False
    if first.kind is PARAGRAPH:
        return runs_on_over_page(last.text, first.text)
    return first.kind is LIST_ITEM and date_runs_on(last.text, first.text)


_RUNNING_KINDS = (PARAGRAPH, LIST_ITEM)


def _continues_heading(blocks: list[Block], block: Block, step: float | None,
                       size: float) -> bool:
    """Whether a heading line is the second line of the heading above it.

    Large type wraps sooner: "Referat fra møte i Ungdomsrådet i" / "Nordby" is one
    heading when both lines have its level and the step between them is one line of
    that size (headings are spaced more than body lines, so the body's step says little).
    """
    if block.kind is not HEADING or not blocks or step is None or step <= 0:
        return False
    previous = blocks[-1]
    if previous.kind is not HEADING or previous.level != block.level:
        return False
    if previous.text.isupper() and not block.text.isupper() and not _dangling(previous.text):
        return False  # "MØTEPROTOKOLL" over "Verdensarvrådet for …": a heading in capitals
        # wraps in capitals; the line in small letters under it is a heading of its own
    if step > _HEADING_WRAP_STEP * size:
        # a heading set with wide spacing (1.5 lines) wraps in longer steps: only a line
        # that ends in a word a title never ends in ("Reiselivsstrategi for Setesdal og" /
        # "Midt-Agder") or one that goes on in small letters is cut from the next one
        return step <= _LOOSE_HEADING_WRAP_STEP * size and (
            block.text[:1].islower() or _dangling(previous.text))
    return (not (previous.text.endswith(":") and not _numbered_title(previous.text))
            and not (previous.text.endswith(".") and not previous.text[-2:-1].isdigit()))


def _wraps_case_title(last: Block, block: Block, above: _Line, line: _Line,
                      lines: list[_Line]) -> bool:
    """Whether a bold line is the rest of the bold case title above it, set in the body's
    size so that it reads as no heading ("Sak 20/25 Valg av representant til styret i
    Nordby vekst" / "AS"): both bold plain lines at one left edge and size, the title
    opening with its case number and stopping in no stop or colon, the line no label
    ("Vedtak:") and no case of its own, the title's line near the margin the column's
    other lines on the page set (their farthest end), and the line's first word too wide
    to have stood at its end, as a word processor wraps; a page of short lines alone
    ("sak 2/25 Forvaltningsrevisjon" / "til stede") shows no margin."""
    if last.kind is not PARAGRAPH or block.kind is not PARAGRAPH \
            or not last.bold or above.right is None or abs(line.x - above.x) > _SAME_LEFT \
            or abs(line.size - above.size) > _SIZE_SWAY or last.text[-1:] in TERMINAL_CHARS \
            or block.text.endswith(":") or not _numbered_title(last.text) \
            or _numbered_title(block.text):
        return False
    farthest = max((other.right for other in lines
                    if other is not above and other.right is not None
                    and abs(other.x - above.x) <= _SAME_LEFT), default=None)
    return farthest is not None and \
        farthest - _MARGIN_NEAR * (farthest - above.x) <= above.right <= farthest + above.size \
        and _needed_for_next_word(above, line) > farthest


def _wraps_numbered_title(last: Block, block: Block, above: _Line, line: _Line) -> bool:
    """Whether a bold line is the rest of a numbered case title that reads as a list item
    ("3. Innspill til tilbudsstrukturen 2028–" / "2029", a Word heading numbered by
    hand): the title stops where no title stops (``_dangling``: a dash, "og", "for"),
    and the line, bold in the same size, opens no list item of its own."""
    return last.kind is LIST_ITEM and last.bold and \
        block.kind is not LIST_ITEM and abs(line.size - above.size) <= _SIZE_SWAY and \
        _dangling(last.text)


def _dangling(text: str) -> bool:
    """Whether a heading line stops where no title stops: after "og", "i", "for", "av"
    and the like, or after a comma or a dash."""
    if text.endswith((",", "–", "-", "&")):
        return True
    return text.rsplit(" ", 1)[-1].casefold() in _DANGLING_WORDS


# Words a title never ends with: the heading went on on the next line.
_DANGLING_WORDS = frozenset({"og", "eller", "samt", "i", "for", "av", "til", "med", "om",
                             "på", "fra", "frå", "ved", "etter", "mot", "mellom", "innen",
                             "innan", "under", "over", "hos", "gjennom", "å"})


def _numbered_title(text: str) -> bool:
    """Whether a heading line opens with a case number ("PS 19/25 …", "Sak 4/25 …"): a
    case's title that wrapped after a colon ("Forvaltningsrevisjonsrapport:" /
    "Vedlikehold av kommunale bygg"), not a label heading ("Til stede:") over another."""
    return any(char.isdigit() for char in text[:_CASE_NUMBER_REACH])


# How far into a heading a case number lies ("Sak 123/2025", "PS 19/25").
_CASE_NUMBER_REACH = 12


# The step between two lines of one wrapped heading, in its font sizes (single spacing
# is 1.15–1.3; a new heading under another has space before it).
_HEADING_WRAP_STEP = 1.45
# … and of one set with 1.5 lines' spacing (a step of about 1.7).
_LOOSE_HEADING_WRAP_STEP = 1.9


def _line_block(line: _Line, heading_levels: dict[float, int]) -> Block:
    """Classify one line with the plain-text rules; bullet glyphs become "- ".

    ``heading_levels`` maps a line's font size, as PDFium gave it, to a heading level.
    """
    if line.cells:
        return Block(TABLE_ROW, line.text, cells=line.cells, bold=line.bold)
    text = line.text
    if text[:1] in _BULLET_STARTS and _BULLET_GLYPHS.match(text):
        text = _BULLET_GLYPHS.sub("- ", text, count=1)
    block = classify(text) or Block(PARAGRAPH, text)
    level = heading_levels.get(line.size)
    if level and block.kind is PARAGRAPH and len(text) <= 150:
        block.kind, block.level = HEADING, level
    block.bold = line.bold
    return block


def _heading_sizes(pages: list[list[_Line]]) -> dict[float, int]:
    """Font sizes clearly above the body text's, largest first → heading levels 1..6.

    Sizes are compared rounded to half points; the result maps each size as PDFium gave
    it (a handful per document) to its level, so a line needs no rounding to look it up.
    """
    return _body_and_heading_sizes(pages)[1]


def _body_and_heading_sizes(pages: list[list[_Line]]
                            ) -> tuple[float | None, dict[float, int]]:
    """``_body_size`` and ``_heading_sizes`` of the same pages from one count of their
    characters by size (the body is the size the heading levels are measured from)."""
    exact: dict[float, int] = {}
    for lines in pages:
        for line in lines:
            exact[line.size] = exact.get(line.size, 0) + len(line.text)
    rounded_of = {size: round(size * 2) / 2 for size in exact}
    weight: Counter[float] = Counter()
    for size, chars in exact.items():  # in order of first use, as ties are broken by it
        weight[rounded_of[size]] += chars
    if not weight:
        return None, {}
    body = weight.most_common(1)[0][0]
    larger = sorted((size for size in weight if size >= body * 1.15), reverse=True)
    levels = {size: min(rank, 6) for rank, size in enumerate(larger, start=1)}
    return body, {size: levels[rounded] for size, rounded in rounded_of.items()
                  if rounded in levels}


def _usual_step(pages: list[list[_Line]], body: float | None = None) -> float | None:
    """The line step of running text: the smallest step that occurs often.

    A step well above it is a blank line or paragraph space. Steps next to table rows
    are left out: cells that wrap inside a row make small steps of their own; so are
    steps next to lines in smaller type than the ``body`` size: a letterhead's three
    lines of address in 9 pt would set the step of the 11 pt text below it, and every
    line of its paragraphs would stand apart. When every line of a document stands
    apart, the low quantile of all steps is the best there is.
    """
    small = 0.0 if body is None else _SMALL_TYPE * body
    steps = sorted(
        round(step)
        for lines in pages
        for step in (above.y - below.y for above, below in pairwise(lines)
                     if not above.cells and not below.cells  # a table's wrapped cells
                     and above.size > small and below.size > small)  # step by their own rules
        if step > 1
    )
    if not steps:
        return None
    counts = Counter(steps)
    needed = max(2, len(steps) // 20)
    for step in sorted(counts):
        if counts[step - 1] + counts[step] + counts[step + 1] >= needed:
            return float(step)
    return float(steps[len(steps) // 4])


def _list_level(indents: list[float], left: float) -> int:
    """List depth from the left edge, relative to the list items just before."""
    tolerance = 4.0
    while indents and left < indents[-1] - tolerance:
        indents.pop()
    if not indents or left > indents[-1] + tolerance:
        indents.append(left)
    return len(indents) - 1
