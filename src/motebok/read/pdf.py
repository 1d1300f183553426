"""PDF reader (pypdfium2): the text layer as lines, table cells kept apart by TABs.

pypdfium2's plain text puts a table row on one line with a single space between the
cells, so "Kari Nordmann Åsen kommune" could not be split again. PDFium's text
rectangles (one per run of text on a line, a few dozen a page) show where a wide
horizontal gap lies: such a gap becomes a TAB and the line a table row. Only the
characters at those gaps and at line starts are asked about (position, font size,
weight), so the reader costs little more than the bare text. Page numbers and running
headers or footers repeated on every page are dropped, and each line is classified
with the plain-text rules, so a PDF reads like the text file it was made from.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass
from itertools import pairwise

from motebok.errors import ReadError
from motebok.read.blocks import Block, BlockKind
from motebok.read.text import classify

__all__ = ["read"]

# A gap wider than this many line heights between two runs of text on one line is a
# column boundary: a word space is about a quarter of one, Word's cell margins alone
# make a gap of about one.
_COLUMN_GAP = 0.8
# A vertical step this much larger than the usual line step is a blank line.
_PARAGRAPH_STEP = 1.3
_PAGE_NUMBER = re.compile(
    r"(?:(?:side|page|s\.)\s*)?\d{1,3}(?:\s*(?:av|of|/)\s*\d{1,3})?|[-–—]\s*\d{1,3}\s*[-–—]",
    re.IGNORECASE,
)
_BULLET_GLYPHS = re.compile(r"^[•◦▪●■□➢►\uf0b7\uf0a7\uf076\uf0d8]\s*")
_DIGITS = re.compile(r"\d+")
_LINE_BREAKS = re.compile(r"\r\n|\r|\n")
_SPACE_RUNS = re.compile(r" +")
_MARKER_CELL = re.compile(r"[•◦▪●■□➢►\uf0b7\uf0a7\uf076\uf0d8o\-–*]|\d{1,3}[.)]|[a-zA-Z][.)]|"
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


def read(data: bytes) -> list[Block]:
    """Read a PDF's text layer into blocks; ReadError for encrypted/scanned/broken files."""
    import pypdfium2 as pdfium  # imported here: loaded only for PDF input

    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if getattr(exc, "err_code", None) == _PASSWORD_ERROR:
            raise ReadError("encrypted PDF (password required)") from None
        raise ReadError("not a valid PDF file") from None
    try:
        pages = [_page_lines(document, index) for index in range(len(document))]
    except pdfium.PdfiumError:
        raise ReadError("not a valid PDF file") from None
    finally:
        document.close()
    if not any(pages):
        raise ReadError("no text layer (scanned?)")
    _drop_furniture(pages)
    return _blocks(pages)


def _page_lines(document, index: int) -> list[_Line]:
    """The text lines of one page, with column gaps turned into TABs."""
    page = document[index]
    textpage = page.get_textpage()
    try:
        text = textpage.get_text_range()
        if not text.strip():
            return []
        probe = _Probe(textpage, text)
        return _by_position(_split_lines(text, _column_gaps(probe.rects()), probe))
    finally:
        textpage.close()
        page.close()


class _Probe:
    """Thin, allocation-free access to PDFium's per-character facts for one text page.

    Text indices (into ``get_text_range``'s string) equal character indices unless
    PDFium inserted or left out characters; only then is each index translated.
    """

    def __init__(self, textpage, text: str) -> None:
        import ctypes

        import pypdfium2.raw as raw

        self.raw = raw
        self.handle = textpage.raw
        self.identity = len(text) == raw.FPDFText_CountChars(self.handle)
        self.a, self.b, self.c, self.d = (ctypes.c_double() for _ in range(4))

    def _char(self, text_index: int) -> int:
        """The PDFium character index of a text index."""
        if self.identity:
            return text_index
        return self.raw.FPDFText_GetCharIndexFromTextIndex(self.handle, text_index)

    def rects(self) -> list[tuple[float, float, float, float]]:
        """Text rectangles (left, bottom, right, top): runs of text on one line."""
        raw, tp, a, b, c, d = self.raw, self.handle, self.a, self.b, self.c, self.d
        out = []
        for i in range(raw.FPDFText_CountRects(tp, 0, -1)):
            raw.FPDFText_GetRect(tp, i, a, d, c, b)
            out.append((a.value, b.value, c.value, d.value))
        return out

    def text_index_at(self, x: float, y: float) -> int:
        """Index into the page text of the character at a point (-1 when none)."""
        char = self.raw.FPDFText_GetCharIndexAtPos(self.handle, x, y, 1.0, 1.0)
        if char < 0 or self.identity:
            return char
        return self.raw.FPDFText_GetTextIndexFromCharIndex(self.handle, char)

    def left(self, text_index: int) -> float | None:
        """Left edge of a character's box, or None when PDFium has no box for it."""
        char = self._char(text_index)
        if char < 0 or not self.raw.FPDFText_GetCharBox(self.handle, char, self.a, self.b,
                                                        self.c, self.d):
            return None
        return self.a.value

    def char(self, text_index: int) -> tuple[float, float, float, int] | None:
        """(x, y) of a character's origin, its font size and weight; None if unknown."""
        raw, tp = self.raw, self.handle
        char = self._char(text_index)
        if char < 0 or not raw.FPDFText_GetCharOrigin(tp, char, self.a, self.b):
            return None
        return (self.a.value, self.b.value, raw.FPDFText_GetFontSize(tp, char),
                raw.FPDFText_GetFontWeight(tp, char))


@dataclass(slots=True)
class _Gap:
    """A column-wide gap on one visual row: where the next column starts, and the row."""

    middle: float
    start: float
    row_left: float
    row_right: float
    height: float


def _column_gaps(rects: list[tuple[float, float, float, float]]) -> list[_Gap]:
    """Gaps wider than a line height between runs of text on the same row, by height."""
    rows: list[list[tuple[float, float, float, float]]] = []
    for rect in rects:
        middle = (rect[1] + rect[3]) / 2
        if rows and rows[-1][-1][1] <= middle <= rows[-1][-1][3]:
            rows[-1].append(rect)
        else:
            rows.append([rect])
    gaps = []
    for row in rows:
        if len(row) < 2:
            continue
        row.sort()
        left, right = row[0][0], max(r[2] for r in row)
        for (_, b1, r1, t1), (l2, b2, _, t2) in pairwise(row):
            height = max(t1 - b1, t2 - b2, 1.0)
            if l2 - r1 > _COLUMN_GAP * height:
                gaps.append(_Gap((b2 + t2) / 2, l2, left, right, height))
    gaps.sort(key=lambda gap: gap.middle)
    return gaps


def _split_lines(text: str, gaps: list[_Gap], probe: _Probe) -> list[_Line]:
    """Cut the page text into lines, put TABs at column starts, and place each line."""
    lines: list[_Line] = []
    middles = [gap.middle for gap in gaps]
    position = 0
    for raw_line in _LINE_BREAKS.split(text):
        begin, end = position, position + len(raw_line)
        position = end + (2 if text.startswith("\r\n", end) else 1)
        if not raw_line.strip():
            continue
        first = begin + (len(raw_line) - len(raw_line.lstrip()))
        # No origin for the first character (rare): keep the text, just below the last.
        where = probe.char(first) or (0.0, lines[-1].y - 0.1 if lines else 0.0, 0.0, 0)
        x, y, size, weight = where
        low = bisect_left(middles, y - 0.3 * size) if gaps else 0
        high = bisect_right(middles, y + size) if gaps else 0
        if low < high:
            cuts = sorted({_cut(text, begin, end, gap, probe) for gap in gaps[low:high]})
            bounds = [begin, *(c for c in cuts if begin < c < end), end]
            cells = [c for c in (text[a:b].strip() for a, b in pairwise(bounds)) if c]
        else:
            cells = [raw_line.strip()]
        bold = weight >= 600 and _ends_bold(probe, begin + len(raw_line.rstrip()) - 1)
        cells = _merge_marker(cells)
        lines.append(_Line("\t".join(cells), x, y, size, bold,
                           tuple(cells) if len(cells) > 1 else ()))
    return lines


def _cut(text: str, begin: int, end: int, gap: _Gap, probe: _Probe) -> int:
    """Text index where the column after a gap starts within the line [begin, end).

    The cut sits after a space: try the spaces nearest to where the gap falls in
    proportion to the row's width, asking PDFium only for those characters' positions.
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
                return index
    for match in _SPACE_RUNS.finditer(text, begin, end):
        left = probe.left(match.end())
        if left is not None and abs(left - gap.start) <= tolerance:
            return match.end()
    return probe.text_index_at(gap.start + 0.5, gap.middle)


def _ends_bold(probe: _Probe, last: int) -> bool:
    """Whether a line's last character is bold too (with its first: the whole line)."""
    where = probe.char(last)
    return where is None or where[3] >= 600


def _by_position(lines: list[_Line]) -> list[_Line]:
    """Lines top to bottom; pieces of text on one baseline become one line.

    Most PDFs draw text in reading order, but some draw list numbers, bullets or
    table cells apart from their text (WeasyPrint draws every list marker last), so the
    stream order alone would put "1." at the end of the page.
    """
    if all(a.y > b.y for a, b in pairwise(lines)):
        return lines
    ordered = sorted(lines, key=lambda line: -line.y)
    groups: list[list[_Line]] = []
    for line in ordered:
        if groups and groups[-1][0].y - line.y <= 0.3 * max(line.size, groups[-1][0].size):
            groups[-1].append(line)
        else:
            groups.append([line])
    return [group[0] if len(group) == 1 else _joined(group) for group in groups]


def _joined(group: list[_Line]) -> _Line:
    """Pieces on one baseline as one line, left to right, a TAB between pieces."""
    group.sort(key=lambda line: line.x)
    cells = _merge_marker([cell for piece in group for cell in (piece.cells or (piece.text,))])
    main = max(group, key=lambda piece: len(piece.text))
    return _Line("\t".join(cells), group[0].x, main.y, main.size,
                 all(piece.bold for piece in group), tuple(cells) if len(cells) > 1 else ())


def _merge_marker(cells: list[str]) -> list[str]:
    """A list marker set apart by a hanging indent ("1." gap "Tekst") is not a column."""
    if len(cells) > 1 and _MARKER_CELL.fullmatch(cells[0]):
        return [f"{cells[0]} {cells[1]}", *cells[2:]]
    return cells


def _drop_furniture(pages: list[list[_Line]]) -> None:
    """Remove page numbers and headers/footers repeated at the same place on pages."""
    edges = [_edge_lines(lines) for lines in pages]
    repeated: Counter[tuple[str, int]] = Counter()
    for page_edges in edges:
        repeated.update({_furniture_key(line) for line in page_edges})
    needed = max(2, (len(pages) + 1) // 2)
    for lines, page_edges in zip(pages, edges, strict=True):
        drop = {id(line) for line in page_edges
                if _PAGE_NUMBER.fullmatch(line.text.strip())
                or (len(pages) > 1 and repeated[_furniture_key(line)] >= needed)}
        lines[:] = [line for line in lines if id(line) not in drop]


def _edge_lines(lines: list[_Line]) -> list[_Line]:
    """The two top-most and two bottom-most lines of a page (where furniture lives)."""
    if len(lines) <= 4:
        return list(lines)
    by_height = sorted(lines, key=lambda line: -line.y)
    return by_height[:2] + by_height[-2:]


def _furniture_key(line: _Line) -> tuple[str, int]:
    """Text with numbers masked, and position: what repeats in a running header."""
    return _DIGITS.sub("#", line.text.casefold()), round(line.y / 4)


def _blocks(pages: list[list[_Line]]) -> list[Block]:
    """Blocks from the lines of all pages: gap from spacing, headings from font size."""
    usual = _usual_step(pages)
    heading_levels = _heading_sizes(pages)
    blocks: list[Block] = []
    indents: list[float] = []
    for lines in pages:
        previous: _Line | None = None
        for line in lines:
            step = None if previous is None else previous.y - line.y
            previous = line
            block = _line_block(line, heading_levels)
            block.gap = step is None or step <= 0 or usual is None or step > _PARAGRAPH_STEP * usual
            if block.kind is BlockKind.LIST_ITEM:
                block.level = _list_level(indents, line.x)
            else:
                indents = []
            blocks.append(block)
    return blocks


def _line_block(line: _Line, heading_levels: dict[float, int]) -> Block:
    """Classify one line with the plain-text rules; bullet glyphs become "- "."""
    if line.cells:
        return Block(BlockKind.TABLE_ROW, line.text, cells=line.cells, bold=line.bold)
    text = line.text
    if _BULLET_GLYPHS.match(text):
        text = _BULLET_GLYPHS.sub("- ", text, count=1)
    block = classify(text) or Block(BlockKind.PARAGRAPH, text)
    level = heading_levels.get(round(line.size * 2) / 2)
    if level and block.kind is BlockKind.PARAGRAPH and len(text) <= 150:
        block.kind, block.level = BlockKind.HEADING, level
    block.bold = line.bold
    return block


def _heading_sizes(pages: list[list[_Line]]) -> dict[float, int]:
    """Font sizes clearly above the body text's, largest first → heading levels 1..6."""
    weight: Counter[float] = Counter()
    for lines in pages:
        for line in lines:
            weight[round(line.size * 2) / 2] += len(line.text)
    if not weight:
        return {}
    body = weight.most_common(1)[0][0]
    larger = sorted((size for size in weight if size >= body * 1.15), reverse=True)
    return {size: min(rank, 6) for rank, size in enumerate(larger, start=1)}


def _usual_step(pages: list[list[_Line]]) -> float | None:
    """The line step of running text: the smallest step that occurs often.

    A step well above it is a blank line or paragraph space. When every line of a
    document stands apart, the low quantile of all steps is the best there is.
    """
    steps = sorted(
        round(lines[i].y - lines[i + 1].y)
        for lines in pages
        for i in range(len(lines) - 1)
        if lines[i].y - lines[i + 1].y > 1
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
