"""PDFium access for the PDF reader: each page's text, and facts about its characters.

The reader needs little from PDFium per page (the text, the text rectangles, and where
each line starts, in which font size and weight), so the cost of reaching PDFium shows:

- pypdfium2's helper objects (document, page, text page) each register a finalizer and
  a parent link when made and unregister them when closed, which costs more than
  PDFium's own work on a short page. ``page_texts`` opens, walks and closes the
  document through the raw API instead, in the same order and with the same checks,
  and returns the text exactly as ``PdfTextPage.get_text_range()`` does.
- a call through pypdfium2's raw bindings converts every argument through its
  declared ``argtypes``, which costs more than the tiny getters it reaches. The hot
  getters here are the same C functions behind prototypes without ``argtypes``: the
  arguments are converted once (the text page handle as ``c_void_p``, the output doubles
  passed by reference) and ctypes hands them over as they are; indices are Python
  ints, which ctypes passes as C ``int``, exactly what the C signatures take. Rare
  calls (hit tests, index translation) keep the checked bindings.
"""

from __future__ import annotations

import bisect
import ctypes
import math
import re
from bisect import bisect_right
from codecs import decode
from collections.abc import Callable
from typing import Any, TypeVar

import pypdfium2.raw as raw
from pypdfium2 import PdfiumError

from motebok.lazy_pattern import lazy_regex

__all__ = ["PdfiumError", "Rules", "TextProbe", "page_texts"]

_T = TypeVar("_T")


def page_texts(data: bytes, each: Callable[..., _T],
               pictured: list[int] | None = None, ruled: bool = False) -> list[_T]:
    """``each(textpage, text)`` for every page of a PDF, in page order; the numbers
    (from 1) of the pages that show an image but hold no text are added to ``pictured``
    when given (a scanned page: ``_shows_image``). With ``ruled``, ``each`` gets the
    page's upright rules as a third argument (``Rules``): a table's drawn borders
    between its cells; and as a fourth the page's text rectangles (``text_rects``) when
    the walk has read them already (a page with strokes), None when not, so that no
    page reads them twice; and as a fifth the page's height (where its foot is).

    Raises PdfiumError like ``pypdfium2.PdfDocument(data)`` does when the file does not
    open (``err_code`` says why: 4 is a missing password), and when a page or its text
    cannot be loaded; a PDF that opens but has no pages gives [] (pypdfium2 would call
    that a failure, "PDFium: Success"). Every handle is closed before returning or raising.
    """
    document = raw.FPDF_LoadMemDocument64(data, len(data), None)
    try:
        count = raw.FPDF_GetPageCount(document)
        if count < 1 and document:
            return []
        if count < 1:
            code = raw.FPDF_GetLastError()
            raise PdfiumError(f"Failed to load document (PDFium error {code}).", err_code=code)
        return [_on_page(document, index, each, pictured, ruled) for index in range(count)]
    finally:
        if document:
            raw.FPDF_CloseDocument(document)


def _on_page(document: Any, index: int, each: Callable[..., _T],
             pictured: list[int] | None = None, ruled: bool = False) -> _T:
    """Load one page and its text page, hand them to ``each``, close them again."""
    page = raw.FPDF_LoadPage(document, index)
    if not page:
        raise PdfiumError("Failed to load page.")
    flattened = False
    if raw.FPDFPage_GetAnnotCount(page) > 0 and _has_typed_annotation(page):
        page, flattened = _flattened(document, page, index)
    turn = raw.FPDFPage_GetRotation(page)
    if turn in _UPRIGHT:
        _turn_upright(page, turn)
    try:
        textpage = raw.FPDFText_LoadPage(page)
        if not textpage:
            raise PdfiumError("Failed to load text page.")
        try:
            text = _text(textpage)
            if pictured is not None and not text.strip() and _shows_image(page):
                pictured.append(index + 1)
            upright = Rules()
            runs = None
            if text and (strokes := _thin_strokes(page, upright)) and \
                    upright.set_flat(strokes):
                runs = text_rects(textpage)
                if strokes := _over_text(runs, strokes):
                    text = _struck_out(textpage, text, strokes)
            text = _parted_at_baselines(textpage, text) if flattened else text
            if not ruled:
                return each(textpage, text)
            return each(textpage, text, upright, runs, raw.FPDF_GetPageHeightF(page))
        finally:
            raw.FPDFText_ClosePage(textpage)
    finally:
        raw.FPDF_ClosePage(page)


# A character struck through (a deletion printed with Word's markup shown inline, or
# struck by hand): its place in the text the reader hands on holds this mark instead,
# so that text indices stay PDFium's; the reader leaves the marks out of its lines.
STRUCK = "\x00"


def _thin_strokes(page: Any, upright: Rules | None = None
                  ) -> list[tuple[float, float, float, float]]:
    """The page's thin horizontal lines drawn as paths (left, bottom, right, top): rules,
    borders, underlines and strike-throughs. Only the page's own objects are asked (a
    type and, for paths, the bounds): a few hundred calls on a full page. The thin
    upright lines of the same walk (a table's borders between its cells) go into
    ``upright`` when given."""
    out = []
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    where = [ctypes.byref(value) for value in (left, bottom, right, top)]
    handle = _address(page)
    get_object, get_type, get_bounds = _GET_OBJECT, _GET_OBJECT_TYPE, _GET_OBJECT_BOUNDS
    path = raw.FPDF_PAGEOBJ_PATH
    for number in range(raw.FPDFPage_CountObjects(page)):
        page_object = get_object(handle, number)
        if get_type(page_object) != path or not get_bounds(page_object, *where):
            continue
        if top.value - bottom.value <= _STROKE_HEIGHT and \
                right.value - left.value >= _STROKE_LENGTH:
            out.append((left.value, bottom.value, right.value, top.value))
        elif upright is not None and right.value - left.value <= _STROKE_HEIGHT and \
                top.value - bottom.value >= _RULE_HEIGHT:
            upright.add(left.value, bottom.value, right.value, top.value)
        elif upright is not None and _DOT_LOW <= right.value - left.value <= _DOT_HIGH and \
                abs(right.value - left.value - top.value + bottom.value) <= _DOT_SKEW and \
                _filled(page_object):
            upright.dots.append((left.value, bottom.value, right.value, top.value))
    return out


def _filled(page_object: Any) -> bool:
    """Whether a path is filled (a list's disc or square bullet), not only stroked (an
    empty box to tick)."""
    mode, stroke = ctypes.c_int(), ctypes.c_int()
    return bool(_GET_DRAW_MODE(page_object, ctypes.byref(mode), ctypes.byref(stroke))) \
        and mode.value != 0


class Rules:
    """A page's thin upright lines (a table's borders between its cells), by where they
    stand across the page, to ask which of them runs through a gap in a row of text;
    and its thin flat lines (borders between rows, rules, underlines), to ask whether
    one runs across a column between two heights."""

    __slots__ = ("_across", "_flat", "_lefts", "_lines", "_spans", "dots")

    def __init__(self) -> None:
        # small filled squares and discs (left, bottom, right, top): the bullets a browser
        # draws for a list's items when it prints a page to PDF (no glyph in the text)
        self.dots: list[tuple[float, float, float, float]] = []
        self._lines: list[tuple[float, float, float, float]] = []
        self._lefts: list[float] = []
        self._flat: list[tuple[float, float, float, float]] = []
        self._across: dict[float, list[float]] = {}  # (``heights``' answers, by x)
        # (the flat lines' middles by their span across the page: ``heights``)
        self._spans: dict[tuple[float, float], list[float]] | None = None

    def ruled(self) -> bool:
        """Whether the page has a thin line at all, upright or flat. (No ``__bool__``:
        Python calls a class's own ``__bool__`` as a Python function at every truth test,
        and the reader's passes test their ``rules`` some 80 times a generated document;
        it hands on None for a page without lines instead, so that a test of ``rules``
        is the interpreter's own.)"""
        return bool(self._lines) or bool(self._flat)

    def set_flat(self, strokes: list[tuple[float, float, float, float]]) -> bool:
        """Keep the page's thin flat lines (``_thin_strokes``); True, to go on."""
        self._flat = strokes
        self._across = {}
        self._spans = None
        return True

    def across(self, x: float, low: float, high: float) -> bool:
        """Whether a flat line runs across ``x`` somewhere between the heights ``low``
        and ``high``: a border between two rows of a table, over a column. (The
        heights of the lines across ``x``, sorted, answer it by one bisection.)"""
        heights = self.heights(x)
        at = bisect_right(heights, low)
        return at < len(heights) and heights[at] < high

    def add(self, left: float, bottom: float, right: float, top: float) -> None:
        """Keep one line (the page's objects come in any order)."""
        at = bisect.bisect(self._lefts, left)
        self._lefts.insert(at, left)
        self._lines.insert(at, (left, bottom, right, top))

    def heights(self, x: float) -> list[float]:
        """The heights of the flat lines that run across ``x``, lowest first (not to be
        changed: the list is kept for the next question about ``x``).

        A page's rows ask about the same few columns again and again (each row of a
        table, in several of the reader's passes, at each column's left edge), so each
        answer is worked out once. A table's borders between its rows run across the
        whole table, so a page's flat lines come in a few spans (left, right): the
        lines are grouped by span once, and an answer is a walk over the spans."""
        heights = self._across.get(x)
        if heights is None:
            spans = self._spans
            if spans is None:
                spans = self._spans = {}
                for left, bottom, right, top in self._flat:
                    spans.setdefault((left, right), []).append((bottom + top) / 2)
            heights = []
            for (left, right), middles in spans.items():
                if left <= x <= right:
                    heights += middles
            heights.sort()
            self._across[x] = heights
        return heights

    def between(self, left: float, right: float, y: float) -> bool:
        """Whether a line stands between ``left`` and ``right`` (the ends of two runs of
        text, within a point) and runs past the height ``y`` (the row's middle)."""
        if not self._lines:
            return False
        start = bisect.bisect_left(self._lefts, left - _RULE_SLACK - _STROKE_HEIGHT)
        for line_left, bottom, line_right, top in self._lines[start:]:
            if line_left > right + _RULE_SLACK:
                return False
            if line_right >= left - _RULE_SLACK and bottom <= y <= top:
                return True
        return False


# An upright line is at least this tall (points: half a line of small type), and may
# overlap the letters on either side by this much (a glyph's box reaches past its ink).
_RULE_HEIGHT = 4.0
_RULE_SLACK = 1.0


def _over_text(rects: list[tuple[float, float, float, float]],
               strokes: list[tuple[float, float, float, float]]
               ) -> list[tuple[float, float, float, float]]:
    """The strokes whose middle runs through a run of the page's text (``rects``, the
    text page's ``text_rects``).

    A table's rules and borders run between the lines of text, and most pages with
    strokes have only those; the hit tests ``_struck_out`` makes along every stroke
    (up to ``_HITS`` each) find nothing on them. A hit needs a character's box within
    the hit test's tolerance, and a character's box lies within its text run's
    rectangle, so a stroke that meets no run's rectangle (widened by more than the
    tolerance) has no hit and is left out before any test along it. The runs' heights
    are first merged into bands down the page: a stroke whose middle lies in no band
    (a rule between two rows) is left out by one bisection, without a look at each run.
    """
    lows, highs = _bands(sorted([(bottom - _RUN_MARGIN, top + _RUN_MARGIN)
                                 for _, bottom, _, top in rects]))
    kept = []
    runs = None  # (the widened runs, made once a stroke's middle lies in a band)
    for stroke in strokes:
        left, right, middle = stroke[0], stroke[2], (stroke[1] + stroke[3]) / 2
        band = bisect_right(lows, middle) - 1
        if band < 0 or middle > highs[band]:
            continue
        if runs is None:
            runs = [(x0 - _RUN_MARGIN, y0 - _RUN_MARGIN, x1 + _RUN_MARGIN, y1 + _RUN_MARGIN)
                    for x0, y0, x1, y1 in rects]
        if any(low <= middle <= high and run_left <= right and left <= run_right
               for run_left, low, run_right, high in runs):
            kept.append(stroke)
    return kept


def _bands(spans: list[tuple[float, float]]) -> tuple[list[float], list[float]]:
    """Sorted spans (low, high) merged where they overlap or touch, in order up the
    page: the bands' lows and their highs."""
    lows: list[float] = []
    highs: list[float] = []
    top = -math.inf
    for low, high in spans:
        if lows and low <= top:
            if high > top:
                top = highs[-1] = high
        else:
            lows.append(low)
            highs.append(high)
            top = high
    return lows, highs


def text_rects(textpage: Any) -> list[tuple[float, float, float, float]]:
    """The text page's rectangles (left, bottom, right, top): its runs of text on one
    line, read through the unchecked getter (``_GET_RECT``)."""
    handle = _address(textpage)
    left, top, right, bottom = (ctypes.c_double() for _ in range(4))
    where = [ctypes.byref(value) for value in (left, top, right, bottom)]
    get = _GET_RECT
    out = []
    for index in range(raw.FPDFText_CountRects(textpage, 0, -1)):
        get(handle, index, *where)
        out.append((left.value, bottom.value, right.value, top.value))
    return out


# How far a text run's rectangle is widened for ``_over_text`` (points): more than the
# hit tests' tolerance of 1.
_RUN_MARGIN = 2.0
# A stroke is at most this high and at least this long (points).
_STROKE_HEIGHT = 1.6
# A drawn bullet is a filled path about as wide as it is high, between these sides (points;
# Chromium's disc at 12 pt is 3.75 pt).
_DOT_LOW = 2.0
_DOT_HIGH = 6.0
_DOT_SKEW = 0.5
_STROKE_LENGTH = 2.0


def _struck_out(textpage: Any, text: str,
                strokes: list[tuple[float, float, float, float]]) -> str:
    """The page text with each character a stroke crosses at its middle marked ``STRUCK``.

    A strike-through runs at about a third of the font size above the baseline, through
    the letters; an underline runs at or under the baseline, a rule or a border apart
    from any text: both leave the letters alone. Characters are found by hit tests along
    the stroke, then each between the first and the last found is measured. A space
    between struck letters goes with them ("1. juni").
    """
    identity = len(text) == raw.FPDFText_CountChars(textpage)
    if not identity:
        return text  # (rare: PDFium added or left out characters; indices would differ)
    chars = list(text)
    x, y = ctypes.c_double(), ctypes.c_double()
    for left, bottom, right, top in strokes:
        middle = (bottom + top) / 2
        step = max(_HIT_STEP, (right - left) / _HITS)
        hits = [hit for n in range(int((right - left) / step) + 1)
                if (hit := raw.FPDFText_GetCharIndexAtPos(
                    textpage, min(left + 1 + n * step, right - 1), middle, 1.0, 1.0)) >= 0]
        if not hits or max(hits) - min(hits) > _STROKE_CHARS:
            continue
        first, last = min(hits), max(hits)
        struck: list[int] = []
        char = first
        # (on past the last hit while the stroke goes on: a narrow stop at its end)
        while char <= last or (char < len(chars) and not chars[char].isspace()):
            if chars[char].isspace():
                char += 1
                continue
            if not raw.FPDFText_GetCharOrigin(textpage, char, ctypes.byref(x), ctypes.byref(y)):
                break
            size = raw.FPDFText_GetFontSize(textpage, char)
            inside = left - 1 <= x.value < right - 1 and \
                _STRIKE_LOW * size <= middle - y.value <= _STRIKE_HIGH * size
            if not inside:
                if char <= last:
                    struck = []  # a letter among them the stroke misses: no strike-through
                break
            struck.append(char)
            char += 1
        if struck:
            for char in range(struck[0], struck[-1] + 1):
                chars[char] = STRUCK
    return "".join(chars)


# A strike-through's height above the baseline, in font sizes (Word and browsers draw
# it at about 0.3 of the size; a scaled text matrix makes PDFium's size up to a third
# larger); the most characters one stroke is read through; and the hit tests' spacing
# along a stroke (points, and at most this many tests).
_STRIKE_LOW = 0.12
_STRIKE_HIGH = 0.6
_STROKE_CHARS = 400
_HIT_STEP = 3.0
_HITS = 40


def _turn_upright(page: Any, turn: int) -> None:
    """Turn a page's content as a viewer turns the page (its /Rotate: 1 to 3 quarter
    turns clockwise), so its text lies as it reads: a landscape table, or a scan's text
    layer, drawn sideways on a page the viewer turns upright. PDFium places characters
    in the page's unturned space, where such lines run down the page side by side and
    read as one row of columns. (Only positions change; the page is not saved.)"""
    box = [ctypes.c_float() for _ in range(4)]
    if not raw.FPDFPage_GetMediaBox(page, *(ctypes.byref(value) for value in box)):
        return
    left, bottom, right, top = (value.value for value in box)
    a, b, c, d, e, f = _UPRIGHT[turn](right - left, top - bottom)
    e, f = e - a * left - c * bottom, f - b * left - d * bottom  # from the box's corner
    for number in range(raw.FPDFPage_CountObjects(page)):
        raw.FPDFPageObj_Transform(raw.FPDFPage_GetObject(page, number), a, b, c, d, e, f)
    raw.FPDFPage_SetRotation(page, 0)  # (PDFium orders a line's text as the viewer turns it)


# The matrix (a, b, c, d, e, f) that turns a page of width w and height h (from its
# corner) by its /Rotate quarter turns clockwise, the turned page's corner at 0, 0.
_UPRIGHT: dict[int, Callable[[float, float], tuple[float, ...]]] = {
    1: lambda w, h: (0, -1, 1, 0, 0, w),
    2: lambda w, h: (-1, 0, 0, -1, w, h),
    3: lambda w, h: (0, 1, -1, 0, h, 0),
}


def _shows_image(page: Any) -> bool:
    """Whether a page draws an image, directly or in a form of its own (as a scanner or
    a "print to PDF" of a scan does): a page without text that shows one is a picture of
    text, where a page without either is left blank on purpose."""
    return any(_is_image(raw.FPDFPage_GetObject(page, number))
               for number in range(raw.FPDFPage_CountObjects(page)))


def _is_image(page_object: Any) -> bool:
    """An image object, or a form object that draws one at its top level."""
    kind = raw.FPDFPageObj_GetType(page_object)
    if kind == raw.FPDF_PAGEOBJ_FORM:
        return any(raw.FPDFPageObj_GetType(raw.FPDFFormObj_GetObject(page_object, number))
                   == raw.FPDF_PAGEOBJ_IMAGE
                   for number in range(raw.FPDFFormObj_CountObjects(page_object)))
    return kind == raw.FPDF_PAGEOBJ_IMAGE


def _has_typed_annotation(page: Any) -> bool:
    """Whether a page holds text typed onto it as an annotation: a form field (a widget:
    a fillable template's date, place or names live there, outside the page's text,
    "Dato:" on the page and "14.03.2024" typed into the field beside it), or a free
    text one (a viewer's typewriter or "add text" tool, with which a secretary fills in
    a printed form or signs off a scan). Both print where they show, as on paper."""
    for number in range(raw.FPDFPage_GetAnnotCount(page)):
        annotation = raw.FPDFPage_GetAnnot(page, number)
        if not annotation:
            continue
        try:
            if raw.FPDFAnnot_GetSubtype(annotation) in _TYPED_ANNOTATIONS:
                return True
        finally:
            raw.FPDFPage_CloseAnnot(annotation)
    return False


_TYPED_ANNOTATIONS = frozenset({raw.FPDF_ANNOT_WIDGET, raw.FPDF_ANNOT_FREETEXT})


def _flattened(document: Any, page: Any, index: int) -> tuple[Any, bool]:
    """The page again after drawing its printed annotations into its content, so the
    values filled into its form fields are text of the page where they show, as on
    paper (PDFium's text page reads the page's content only). PDFium applies the
    change to the page's content when the page is loaded anew."""
    if raw.FPDFPage_Flatten(page, raw.FLAT_PRINT) != raw.FLATTEN_SUCCESS:
        return page, False
    raw.FPDF_ClosePage(page)
    page = raw.FPDF_LoadPage(document, index)
    if not page:
        raise PdfiumError("Failed to load page.")
    return page, True


def _parted_at_baselines(textpage: Any, text: str) -> str:
    """A flattened page's text with a line break where PDFium joined two fields' texts
    with a space although one lies under the other ("14.03.2024 Grendehuset" for the
    "Dato:" and "Sted:" fields): each field draws from its own origin, which PDFium's
    line finding does not see. The break takes the space's place, so every character
    keeps its text index."""
    if " " not in text:
        return text
    probe = TextProbe(textpage, text)
    chars = list(text)
    for index in range(1, len(text) - 1):
        if text[index] != " ":
            continue
        before, after = probe.place(index - 1), probe.place(index + 1)
        if before is not None and after is not None and \
                abs(before[1] - after[1]) > _OTHER_BASELINE * max(after[2], 1.0):
            chars[index] = "\n"
    return "".join(chars)


# How far (in font sizes) the next character's baseline lies from the last one's when
# it is on another line: more than a superscript is raised.
_OTHER_BASELINE = 0.6


def _text(textpage: Any) -> str:
    """The page's whole text, as ``PdfTextPage.get_text_range()`` gives it.

    PDFium may leave characters at either end out of the text (crbug.com/pdfium/2079),
    so the range asked for is narrowed to the first and last characters it keeps,
    exactly as pypdfium2 does (there recursively, here in a loop).
    """
    count = raw.FPDFText_CountChars(textpage)
    if count == -1:
        raise PdfiumError("Failed to get character count.")
    first, last, skipped_left, skipped_right = 0, count - 1, 0, 0
    while first <= last:
        start = raw.FPDFText_GetTextIndexFromCharIndex(textpage, first)
        if start == -1:
            first, skipped_left = first + 1, skipped_left + 1
            continue
        end = raw.FPDFText_GetTextIndexFromCharIndex(textpage, last)
        if end == -1:
            last, skipped_right = last - 1, skipped_right + 1
            continue
        break
    else:
        return ""
    size = end + 2 - start  # including the NUL terminator
    buffer = (ctypes.c_ushort * size)()
    written = raw.FPDFText_GetText(textpage, skipped_left, count - skipped_left - skipped_right,
                                   buffer)
    if written > size:
        raise PdfiumError(f"PDFium wrote {written} characters into a buffer of {size}.")
    return decode(memoryview(buffer)[: written - 1], "utf-16-le", "ignore")


def _address(handle: Any) -> ctypes.c_void_p:
    """A PDFium handle (pypdfium2's ctypes pointer to a page or a text page) as the
    ``c_void_p`` the unchecked getters take: the pointer's own bytes copied, the same
    address ``ctypes.cast(handle, c_void_p)`` gives through a foreign call of its own
    (some 3 µs a handle, two or three handles a page)."""
    return ctypes.c_void_p.from_buffer_copy(handle)


def _unchecked(function: Any, restype: Any) -> Any:
    """The C function behind a pypdfium2 binding, called without argument conversion."""
    address = ctypes.cast(function, ctypes.c_void_p).value
    return ctypes.CFUNCTYPE(restype)(address)


_GET_RECT = _unchecked(raw.FPDFText_GetRect, ctypes.c_int)
_GET_CHAR_ORIGIN = _unchecked(raw.FPDFText_GetCharOrigin, ctypes.c_int)
_GET_CHAR_BOX = _unchecked(raw.FPDFText_GetCharBox, ctypes.c_int)
_GET_FONT_SIZE = _unchecked(raw.FPDFText_GetFontSize, ctypes.c_double)
_GET_FONT_WEIGHT = _unchecked(raw.FPDFText_GetFontWeight, ctypes.c_int)
_GET_MATRIX = _unchecked(raw.FPDFText_GetMatrix, ctypes.c_int)
_GET_FONT_INFO = _unchecked(raw.FPDFText_GetFontInfo, ctypes.c_ulong)
# The text object a character belongs to (a NULL pointer for a character PDFium made
# up; a pointer as ``_GET_OBJECT``'s, which the next call takes as it is) and that
# object's font (its address: the key ``TextProbe._weight`` keeps the font's weight
# under).
_GET_TEXT_OBJECT = _unchecked(raw.FPDFText_GetTextObject, ctypes.POINTER(ctypes.c_char))
_GET_TEXT_FONT = _unchecked(raw.FPDFTextObj_GetFont, ctypes.c_void_p)
# The page object walk of ``_thin_strokes`` (every object of every page with text): an
# object comes back as a ctypes pointer, which the next unchecked call takes as it is (a
# bare int would be passed as a C int and lose the pointer's upper half).
_GET_OBJECT = _unchecked(raw.FPDFPage_GetObject, ctypes.POINTER(ctypes.c_char))
_GET_OBJECT_TYPE = _unchecked(raw.FPDFPageObj_GetType, ctypes.c_int)
_GET_OBJECT_BOUNDS = _unchecked(raw.FPDFPageObj_GetBounds, ctypes.c_int)
_GET_DRAW_MODE = _unchecked(raw.FPDFPath_GetDrawMode, ctypes.c_int)
# PDFium takes a font's weight from its descriptor's FontWeight or StemV; WeasyPrint and
# LibreOffice give neither for bold (StemV 80 for every font), so a bold font's name,
# "ABCDEF+DejaVu-Sans-Bold", "Arial,Bold", "Calibri-Bold", is the only sign of it.
_BOLD_NAME = lazy_regex(rb"bold|heavy|[-,]black", re.IGNORECASE)
# ``_BOLD_NAME``'s answer for each font name met: every line's first character asks it
# (a document uses a handful of fonts), and a look-up costs a fifth of the search.
_NAMED_BOLD: dict[bytes, bool] = {}
_NAMED_BOLD_ROOM = 4096  # (names kept at most; a long run meets only so many fonts)


def _named_bold(name: bytes) -> bool:
    """Whether a font's name says bold (``_BOLD_NAME``), remembered per name."""
    bold = _NAMED_BOLD.get(name)
    if bold is None:
        if len(_NAMED_BOLD) >= _NAMED_BOLD_ROOM:
            _NAMED_BOLD.clear()
        bold = _NAMED_BOLD[name] = _BOLD_NAME.search(name) is not None
    return bold
_NAMED_BOLD_WEIGHT = 700
# A watermark's look: turned more than this (radians) off the page's axes, a fill
# less opaque than this alpha, or a grey whose channels all lie in this band.
_SLANT = 0.1
_TRANSLUCENT = 230
_LIGHT_GREY = 150
_NOT_WHITE = 245
_FONT_NAME_ROOM = 128


class TextProbe:
    """Positions, font sizes, weights and font names of a text page's characters, by text
    index.

    Text indices (into ``get_text_range``'s string) equal character indices unless
    PDFium inserted or left out characters; only then is each index translated.
    """

    __slots__ = ("_a", "_b", "_c", "_d", "_flags", "_matrix", "_name", "_name_room", "_pa",
                 "_pb", "_pc", "_pd", "_pmatrix", "_textpage", "_weights", "handle", "identity",
                 "scale")

    def __init__(self, textpage: Any, text: str) -> None:
        """``textpage`` is an open FPDF_TEXTPAGE; ``text`` its full text."""
        self.handle = textpage  # for the checked bindings; _textpage for the unchecked
        self._textpage = _address(textpage)
        self.identity = len(text) == raw.FPDFText_CountChars(textpage)
        self._a, self._b, self._c, self._d = (ctypes.c_double() for _ in range(4))
        self._pa, self._pb, self._pc, self._pd = (
            ctypes.byref(value) for value in (self._a, self._b, self._c, self._d))
        self._matrix = raw.FS_MATRIX()
        self._pmatrix = ctypes.byref(self._matrix)
        self._name = ctypes.create_string_buffer(_FONT_NAME_ROOM)
        self._name_room = ctypes.c_ulong(_FONT_NAME_ROOM)
        self._flags = ctypes.byref(ctypes.c_int())
        self._weights: dict[int, int] = {}  # (``_weight`` of each font met)
        self.scale = self._scale(0) if text else 1.0

    def _char(self, text_index: int) -> int:
        """The PDFium character index of a text index."""
        if self.identity:
            return text_index
        return raw.FPDFText_GetCharIndexFromTextIndex(self.handle, text_index)

    def rects(self) -> list[tuple[float, float, float, float]]:
        """Text rectangles (left, bottom, right, top): runs of text on one line."""
        return text_rects(self.handle)

    def text_index_at(self, x: float, y: float, tolerance: float = 1.0) -> int:
        """Index into the page text of the character at a point (-1 when none)."""
        char = raw.FPDFText_GetCharIndexAtPos(self.handle, x, y, tolerance, tolerance)
        if char < 0 or self.identity:
            return char
        return raw.FPDFText_GetTextIndexFromCharIndex(self.handle, char)

    def left(self, text_index: int) -> float | None:
        """Left edge of a character's box, or None when PDFium has no box for it."""
        return self._box_edge(text_index, self._a)

    def right(self, text_index: int) -> float | None:
        """Right edge of a character's box, or None when PDFium has no box for it."""
        return self._box_edge(text_index, self._b)

    def top(self, text_index: int) -> float | None:
        """Top edge of a character's box (its ink), or None when PDFium has no box for it."""
        return self._box_edge(text_index, self._d)

    def _box_edge(self, text_index: int, edge: ctypes.c_double) -> float | None:
        """One edge of a character's box as PDFium fills it in (``_a`` left, ``_b`` right,
        ``_c`` bottom, ``_d`` top), None when it has no box: the one call the edges share.
        (The text index is translated here, not by ``_char``: an edge costs no more calls
        than it did when each asked PDFium itself.)"""
        char = text_index if self.identity else \
            raw.FPDFText_GetCharIndexFromTextIndex(self.handle, text_index)
        if char < 0 or not _GET_CHAR_BOX(self._textpage, char, self._pa, self._pb, self._pc,
                                         self._pd):
            return None
        return edge.value

    def advance(self, text_index: int) -> tuple[float, float] | None:
        """Left and right of a character's loose box: the width its font advances by,
        not its glyph's ink ("I" and "M" alike leave no gap to a space after them);
        None when PDFium has no box for it."""
        char = self._char(text_index)
        box = raw.FS_RECTF()
        if char < 0 or not raw.FPDFText_GetLooseCharBox(self.handle, char, ctypes.byref(box)):
            return None
        return box.left, box.right

    def char(self, text_index: int) -> tuple[float, float, float, int] | None:
        """(x, y) of a character's origin, its font size as drawn and its weight; None if
        unknown."""
        char = text_index if self.identity else self._char(text_index)
        placed = self._placed(char)
        return None if placed is None else (*placed, self._weight(char))

    def place(self, text_index: int) -> tuple[float, float, float] | None:
        """(x, y) of a character's origin and its font size as drawn, as ``char`` gives
        them, without its weight: the weight costs one or two more calls into PDFium (the
        font's name when its descriptor says less than bold), which a rule that only
        compares heights and sizes (a raised digit, a line's step) need not pay."""
        return self._placed(text_index if self.identity else self._char(text_index))

    def _placed(self, char: int) -> tuple[float, float, float] | None:
        """Origin and drawn size of the character PDFium counts as ``char`` (the one
        place ``char`` and ``place`` ask PDFium for them)."""
        textpage = self._textpage
        if char < 0 or not _GET_CHAR_ORIGIN(textpage, char, self._pa, self._pb):
            return None
        size = _GET_FONT_SIZE(textpage, char)
        if self.scale != 1.0:
            size *= self.scale
        return self._a.value, self._b.value, size

    def _weight(self, char: int) -> int:
        """A placed character's font weight; a font named bold counts as 700 whatever
        weight its descriptor gives.

        Every line's first character asks (and a bold one's last): the answer is its
        font's, so it is kept per font, found by two short calls into PDFium (the
        character's text object, its font) where the weight and the font's name cost
        two longer ones and a look at the name (a page uses a handful of fonts)."""
        textobject = _GET_TEXT_OBJECT(self._textpage, char)
        font = _GET_TEXT_FONT(textobject) if textobject else None  # (NULL: falsy)
        weight = self._weights.get(font)
        if weight is None:
            weight = self._font_weight(char)
            if font is not None:
                self._weights[font] = weight
        return weight

    def _font_weight(self, char: int) -> int:
        """``_weight`` asked of PDFium: the descriptor's weight, or the font's name."""
        weight = _GET_FONT_WEIGHT(self._textpage, char)
        if weight < _NAMED_BOLD_WEIGHT and _GET_FONT_INFO(
                self._textpage, char, self._name, self._name_room, self._flags) and \
                _named_bold(self._name.value):
            return _NAMED_BOLD_WEIGHT
        return weight

    def font_name(self, text_index: int) -> str:
        """The name of the font a character is set in ("ABCDEF+Wingdings-Regular"), ""
        when PDFium does not know it: a symbol font's codes mean marks only in that font."""
        char = self._char(text_index)
        if char < 0 or not _GET_FONT_INFO(self._textpage, char, self._name, self._name_room,
                                          self._flags):
            return ""
        return self._name.value.decode("latin-1")

    def _scale(self, char: int) -> float:
        """How much a character's text matrix scales its font size.

        Chromium sets 14.66 and scales by 0.75 for 11 pt text. ``char`` sizes use the
        scale of the page's first character (one call a page: producers scale all text
        alike); ``drawn_size`` asks for each character it is given.
        """
        if not _GET_MATRIX(self._textpage, char, self._pmatrix):
            return 1.0
        m = self._matrix
        scale = m.a * m.d - m.b * m.c
        return 1.0 if scale in (0.0, 1.0) else abs(scale) ** 0.5

    def drawn_size(self, text_index: int) -> float | None:
        """The font size a character is drawn at on the page, None if unknown."""
        char = self._char(text_index) if text_index >= 0 else -1
        if char < 0:
            return None
        return _GET_FONT_SIZE(self._textpage, char) * self._scale(char)

    def pale(self, text_index: int) -> bool:
        """Whether a character is drawn as a watermark is: slanted across the page, in a
        translucent fill, or in a light grey (white stays: text on a dark band)."""
        char = self._char(text_index)
        if char < 0:
            return False
        angle = raw.FPDFText_GetCharAngle(self.handle, char)
        if angle >= 0 and _SLANT < angle % (math.pi / 2) < math.pi / 2 - _SLANT:
            return True
        rgba = [ctypes.c_uint() for _ in range(4)]
        if not raw.FPDFText_GetFillColor(self.handle, char, *(ctypes.byref(v) for v in rgba)):
            return False
        red, green, blue, alpha = (value.value for value in rgba)
        return alpha < _TRANSLUCENT or (
            min(red, green, blue) >= _LIGHT_GREY and max(red, green, blue) <= _NOT_WHITE)

    def weight(self, text_index: int) -> int | None:
        """A character's font weight, None when PDFium does not place the character."""
        char = text_index if self.identity else self._char(text_index)
        if char < 0 or not _GET_CHAR_ORIGIN(self._textpage, char, self._pa, self._pb):
            return None
        return self._weight(char)
