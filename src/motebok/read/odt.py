"""ODT reader: the OpenDocument body walked element by element.

odfdo (used to write the test documents) offers ``to_markdown()`` and
``get_formatted_text()``, but the first costs ~160 ms a document and the second glues a
heading to the next block. An ODT is a zip with ``content.xml``; walking that XML with
lxml (odfdo's own engine) keeps headings, list numbers, table cells and bold apart for
about a millisecond. List numbers are computed from the list styles the way LibreOffice
shows them ("1.", "a)", "-" for bullets). Chapter numbers of headings come from the
file when it stores them (text:number), else from the outline style (Writer's chapter
numbering, text:outline-style) when that numbers the heading's level and the heading's
paragraph style is one the chapter numbering is assigned to (style:default-outline-level,
as "Overskrift 1" is): a heading in a style that is not, or that names a list style of
its own (or "none"), is left without one, as a missing number beats an invented one.
A heading Writer wraps in a list of the outline style itself (text:list
text:style-name="Outline", when the heading style names it) is numbered the same way.
"""

from __future__ import annotations

import io
import zipfile
import zlib
from dataclasses import dataclass
from typing import Any

from lxml import etree

from motebok.errors import ReadError
from motebok.lazy_pattern import lazy_regex
from motebok.read.blocks import (
    HEADING,
    LIST_ITEM,
    PAGE_MARK,
    TABLE_ROW,
    Block,
    BlockCollector,
    bold_runs,
    cell_runs,
    header_blocks,
    municipal_furniture,
    with_furniture,
    with_runs,
    without_page_numbers,
    without_zero_width,
)
from motebok.read.docx import heading_from_style_name
from motebok.read.numbering import letters, roman
from motebok.read.package import nested_too_deep, refuse_oversized_xml
from motebok.read.symbols import shown_marks, symbol_table
from motebok.read.text import raised, soft_lines, typed_block

__all__ = ["read"]

TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
STYLE = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"
OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
FO = "{urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0}"
SVG = "{urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0}"

_H, _P, _LIST, _SPAN = f"{TEXT}h", f"{TEXT}p", f"{TEXT}list", f"{TEXT}span"
_LIST_ITEM, _LIST_HEADER = f"{TEXT}list-item", f"{TEXT}list-header"
_TABLE_EL, _ROW, _CELL = f"{TABLE}table", f"{TABLE}table-row", f"{TABLE}table-cell"
_COVERED = f"{TABLE}covered-table-cell"
_ROW_GROUPS = frozenset({f"{TABLE}table-header-rows", f"{TABLE}table-rows",
                         f"{TABLE}table-row-group"})
DRAW = "{urn:oasis:names:tc:opendocument:xmlns:drawing:1.0}"
# Sections are read; generated indexes (a table of contents, whose entries repeat the
# headings with page numbers) are not, as in the DOCX reader.
_SECTIONS = frozenset({f"{TEXT}section"})
_FRAME, _TEXT_BOX = f"{DRAW}frame", f"{DRAW}text-box"
# Drawing shapes that hold their text as paragraphs of their own (a letterhead's
# banner, a date in a rounded rectangle): read as text boxes are.
_SHAPES = tuple(f"{DRAW}{name}" for name in (
    "custom-shape", "rect", "ellipse", "circle", "polygon", "regular-polygon", "polyline",
    "path", "caption", "measure", "line", "connector"))
_BOXES = frozenset((_TEXT_BOX, *_SHAPES))
# Inline elements whose text is not part of the running text (notes, comments, frames).
# Frames (text boxes) are read after their paragraph instead (``_text_boxes``); a
# template's placeholder ("<Skriv inn dato>") is a prompt, not text of the minutes.
_SKIP_INLINE = frozenset({f"{TEXT}note", f"{OFFICE}annotation", _FRAME,
                          f"{TEXT}tracked-changes", f"{TEXT}deletion",
                          f"{TEXT}placeholder"})
_S, _TAB, _LINE_BREAK = f"{TEXT}s", f"{TEXT}tab", f"{TEXT}line-break"
# Fields that show the page's number or the count of pages: no fact of the minutes
# (``without_page_numbers``).
_PAGE_FIELDS = frozenset({f"{TEXT}page-number", f"{TEXT}page-count"})
_HIDDEN_PARAGRAPH = f"{TEXT}hidden-paragraph"  # a field hiding its paragraph by a condition
_NUMBER = f"{TEXT}number"  # the rendered number LibreOffice stores in numbered headings
# ODF 1.2's list item outside a list (text:numbered-paragraph), which other producers
# than LibreOffice write: its number is read only as the file stores it.
_NUMBERED_PARAGRAPH = f"{TEXT}numbered-paragraph"
_STYLE_NAME = f"{TEXT}style-name"
_CONTINUE_LIST = f"{TEXT}continue-list"
_XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
_DISPLAY = f"{TEXT}display"

_ODT_TYPES = frozenset({"application/vnd.oasis.opendocument.text",
                        "application/vnd.oasis.opendocument.text-template",
                        "application/vnd.oasis.opendocument.text-master"})
_SPACES = lazy_regex(r"[ \t\r\n]+")
_TABS = lazy_regex(r"\s*\t[\s\t]*")
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)


def read(data: bytes) -> list[Block]:
    """Read an .odt file into blocks; ReadError for other, encrypted or broken files,
    and for XML nested too deep for the reader's recursion."""
    try:
        return _read(data)
    except RecursionError:
        raise ReadError("ODT nested too deep") from None


def _read(data: bytes) -> list[Block]:
    """``read``'s work: the package's text, then its page header and footer."""
    content, styles = _open(data)
    reader = _Reader(_Styles(content, styles))
    text = content.find(f"{OFFICE}body/{OFFICE}text")
    if text is None:
        raise ReadError("not an ODT file")
    reader.walk(text)
    blocks = reader.finish()
    if styles is not None:
        without_zero_width(blocks)
        first_page = reader.styles.pages.get(_first_style(text) or "")
        header = _page_header_lines(styles, reader.styles, first_page)
        footer = _page_header_lines(styles, reader.styles, first_page, "footer")
        running = _running_header_lines(styles, reader.styles, first_page)
        blocks[:0] = header_blocks(header, blocks, running, footer=footer)
        # (the later pages' header and footer name the issuer as well, as in DOCX: a
        # logo's letters on the first page, "Nordby regionråd – arbeidsutvalg" on the rest)
        running_footer = _running_header_lines(styles, reader.styles, first_page, "footer")
        return with_furniture(blocks, municipal_furniture(header, running, footer,
                                                          running_footer))
    return blocks


def _first_style(text) -> str | None:
    """The style of the body's first paragraph, heading or table (in a list or a section
    its first one's): the style that may start the document on a page style of its own.
    (Tracked changes' deleted text and declarations before it are no part of the page.)"""
    for child in text:
        if child.tag in (_P, _H, _TABLE_EL):
            return child.get(_STYLE_NAME) or child.get(f"{TABLE}style-name")
        if child.tag == _LIST or child.tag in _SECTIONS:
            first = next(child.iter(_P, _H, _TABLE_EL), None)
            return None if first is None else (first.get(_STYLE_NAME)
                                               or first.get(f"{TABLE}style-name"))
    return None


def _page_header_lines(styles, known: _Styles, first_page: str | None = None,
                       part: str = "header") -> list[str]:
    """The lines of the first page's header (or, with ``part`` "footer", its footer,
    where some templates name the minutes): of the master page the first paragraph's
    style starts the document on (Writer's "First Page" letterhead, style:master-page-
    name), else of "Standard" (the one a first page uses unless a style says otherwise),
    else the first one; its first-page header when it has one. They are read as the body
    is (spaces as shown, notes left out, a text box after its anchor), parted at line
    breaks, their tabs kept for ``header_blocks`` to part, as in DOCX."""
    _, page = _master_pages(styles, first_page)
    if page is None:
        return []
    header = page.find(f"{STYLE}{part}-first")
    if header is None:
        header = page.find(f"{STYLE}{part}")
    return _part_lines(header, known)


def _master_pages(styles, first_page: str | None) -> tuple[dict, Any]:
    """The master pages by name, and the one the document starts on (see
    ``_page_header_lines``), None when there is none."""
    pages = styles.findall(f"{OFFICE}master-styles/{STYLE}master-page")
    named = {p.get(f"{STYLE}name"): p for p in pages}
    page = named.get(first_page) if first_page else None
    if page is None:
        page = named.get("Standard", pages[0] if pages else None)
    return named, page


def _running_header_lines(styles, known: _Styles, first_page: str | None,
                          part: str = "header") -> list[str]:
    """The lines of the later pages' header (or, with ``part`` "footer", their footer),
    when the first page has its own: the
    master page's header beside its first-page one, or the header of the page style
    that follows the first (style:next-style-name, Writer's "First Page" followed by
    "Default Page Style"). ``header_blocks`` reads it for a day, or as the letterhead
    when the first page's header (a logo) names nothing. [] when every page has one."""
    named, page = _master_pages(styles, first_page)
    if page is None:
        return []
    if page.find(f"{STYLE}{part}-first") is not None:
        return _part_lines(page.find(f"{STYLE}{part}"), known)
    following = named.get(page.get(f"{STYLE}next-style-name"))
    if following is None or following is page:
        return []
    return _part_lines(following.find(f"{STYLE}{part}"), known)


def _part_lines(part, known: _Styles) -> list[str]:
    """A page header's or footer's lines, [] when there is none or it is switched off
    (a header switched off keeps its text in the file, but shows none)."""
    if part is None or part.get(f"{STYLE}display") == "false":
        return []
    reader = _Reader(known)
    reader.walk(part)
    return [line for block in reader.blocks for line in block.text.split("\n")]


def _open(data: bytes):
    """content.xml and styles.xml roots, after checking the package is a text document."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError, NotImplementedError, OSError, EOFError):
        # A zip's local header but no readable directory: a damaged (e.g. cut) package.
        problem = "corrupt ODT file" if data.startswith(b"PK\x03\x04") else "not an ODT file"
        raise ReadError(problem) from None
    try:
        with archive:
            return _parts(archive)
    # zipfile reports damaged members in many ways (bad CRC, odd versions, bad offsets).
    except (etree.XMLSyntaxError, zipfile.BadZipFile, zlib.error, OSError, EOFError,
            ValueError, NotImplementedError, RuntimeError) as exc:
        raise nested_too_deep(exc, "ODT") or ReadError("corrupt ODT file") from None


def _parts(archive: zipfile.ZipFile):
    """Check type and encryption, then parse content.xml and styles.xml."""
    names = set(archive.namelist())
    refuse_oversized_xml(archive, "ODT")
    if "mimetype" in names:
        mimetype = archive.read("mimetype").decode("ascii", "replace").strip()
        if mimetype not in _ODT_TYPES:
            raise ReadError("not an ODT file")
    if "content.xml" not in names:
        raise ReadError("corrupt ODT file")
    manifest = "META-INF/manifest.xml"
    if manifest in names and b"encryption-data" in archive.read(manifest):
        raise ReadError("encrypted ODT file")
    content = etree.fromstring(archive.read("content.xml"), _PARSER)
    if "styles.xml" not in names:
        return content, None
    return content, etree.fromstring(archive.read("styles.xml"), _PARSER)


@dataclass
class _ListLevel:
    """One level of a list style: bullet, or number format with prefix/suffix/start."""

    bullet: bool = False
    fmt: str = "1"
    prefix: str = ""
    suffix: str = "."
    start: int = 1
    display_levels: int = 1


class _Styles:
    """Bold-ness of text/paragraph styles and the levels of list styles."""

    def __init__(self, content, styles) -> None:
        self.weights: dict[str, bool | None] = {}
        self.hidden: set[str] = set()  # text styles that hide their text (text:display="none")
        self.superscript: set[str] = set()  # text styles that raise their text
        # text styles that underline their text: an underlined span that opens a paragraph
        # sets a lead or a heading off, as bold does (``_collect``)
        self.underlined: set[str] = set()
        self.parents: dict[str, str] = {}
        self.lists: dict[str, dict[int, _ListLevel]] = {}
        # text styles set in a symbol font ("Wingdings") → what its marks show
        self.symbols: dict[str, dict[str, str]] = {}
        self.faces: dict[str, str] = {}  # font face name → font family
        self.paragraph_lists: dict[str, str] = {}  # paragraph style → its list style
        self.outlined: dict[str, bool] = {}  # paragraph style → in the chapter numbering
        self.pages: dict[str, str] = {}  # style → the master page it starts (a page break)
        self.outline: dict[int, _ListLevel] = {}  # chapter numbering's numbered levels
        self.outline_name = ""  # the outline style's name ("Outline"), "" when none
        # paragraph style → its display name ("Overskrift_20_2" → "Overskrift 2")
        self.display: dict[str, str] = {}
        self._heading_levels: dict[str | None, int] = {}  # heading_level's answers
        for root in (styles, content):
            if root is None:
                continue
            for el in root.iter(f"{STYLE}font-face"):
                self.faces[el.get(f"{STYLE}name") or ""] = el.get(f"{SVG}font-family") or ""
            for el in root.iter(f"{STYLE}style"):
                self._add_style(el)
            for el in root.iter(f"{TEXT}list-style"):
                self.lists[el.get(f"{STYLE}name") or ""] = _list_levels(el)
            for el in root.iter(f"{TEXT}outline-style"):
                self.outline = _outline_levels(el)
                self.outline_name = el.get(f"{STYLE}name") or "Outline"

    def _add_style(self, el) -> None:
        """Record a style's own font weight and its parent."""
        name = el.get(f"{STYLE}name") or ""
        props = el.find(f"{STYLE}text-properties")
        weight = props.get(f"{FO}font-weight") if props is not None else None
        self.weights[name] = None if weight is None else _is_bold_weight(weight)
        if props is not None and props.get(f"{TEXT}display") == "none":
            self.hidden.add(name)  # Writer's "Hidden" character attribute, Word's vanish
        if props is not None and _raises(props.get(f"{STYLE}text-position")):
            self.superscript.add(name)
        if props is not None and props.get(f"{STYLE}text-underline-style") not in (None, "none"):
            self.underlined.add(name)
        if props is not None and (table := self._symbol_font(props)) is not None:
            self.symbols[name] = table
        parent = el.get(f"{STYLE}parent-style-name")
        if parent:
            self.parents[name] = parent
        if (shown := el.get(f"{STYLE}display-name")) is not None:
            self.display[name] = shown
        if (page := el.get(f"{STYLE}master-page-name")) is not None:
            self.pages[name] = page
        numbered = el.get(f"{STYLE}list-style-name")
        if numbered is not None:
            self.paragraph_lists[name] = numbered
        if (outline := el.get(f"{STYLE}default-outline-level")) is not None:
            self.outlined[name] = bool(outline)

    def _symbol_font(self, props) -> dict[str, str] | None:
        """The glyph table of the symbol font text properties set, else None: a
        Word document's ticks in Wingdings keep the font's codes when Writer saves it."""
        face = props.get(f"{STYLE}font-name")
        family = self.faces.get(face, face) if face else props.get(f"{FO}font-family")
        return symbol_table(family.strip("'\"")) if family else None

    def list_of(self, name: str | None) -> str | None:
        """The list style a paragraph style (or its ancestors) numbers its paragraphs by
        ("Nummerering 1" on "Liste-nummer"), None when none does."""
        seen: set[str] = set()
        while name and name not in seen:
            seen.add(name)
            if name in self.paragraph_lists:
                return self.paragraph_lists[name] or None
            name = self.parents.get(name)
        return None

    def chapter_numbered(self, name: str | None) -> bool:
        """Whether the chapter numbering numbers headings in a paragraph style: the
        nearest style of its chain that says either is assigned to an outline level
        (style:default-outline-level), and none before it names a list style, even
        "none" (an empty name), of its own: other than the outline style itself, which
        Writer names on "Overskrift 1" (style:list-style-name="Outline")."""
        seen: set[str] = set()
        while name and name not in seen:
            seen.add(name)
            if name in self.paragraph_lists:
                return bool(self.outline_name) and self.paragraph_lists[name] == self.outline_name
            if name in self.outlined:
                return self.outlined[name]
            name = self.parents.get(name)
        return False

    def heading_level(self, name: str | None) -> int:
        """The heading level a text:p shows by its paragraph style, 0 for none: Writer
        keeps a "Title" or "Subtitle" paragraph a text:p, and a converted file may keep
        its headings as text:p in "Heading 2"/"Overskrift 2" or in a style derived from
        one; the DOCX reader reads the same style names as headings, so does this one.
        The nearest style of the chain with a heading's name decides."""
        if name in self._heading_levels:
            return self._heading_levels[name]
        level, seen, style = 0, set(), name
        while style and style not in seen and not level:
            seen.add(style)
            shown = self.display.get(style) or style.replace("_20_", " ")
            level = min(heading_from_style_name(shown) or 0, 6)
            style = self.parents.get(style)
        self._heading_levels[name] = level
        return level

    def hides(self, name: str | None) -> bool:
        """Whether a paragraph style (or an ancestor) sets its text hidden."""
        seen: set[str] = set()
        while name and name not in seen:
            if name in self.hidden:
                return True
            seen.add(name)
            name = self.parents.get(name)
        return False

    def bold(self, name: str | None) -> bool | None:
        """Whether a style (or its ancestors) sets bold; None when none says."""
        seen: set[str] = set()
        while name and name not in seen:
            seen.add(name)
            weight = self.weights.get(name)
            if weight is not None:
                return weight
            name = self.parents.get(name)
        return None


def _raises(position: str | None) -> bool:
    """Whether a style:text-position sets text as a superscript ("super 58%", "33%
    58%"); "0%" or a negative rise ("sub", "-33%") does not."""
    if not position:
        return False
    rise = position.split()[0]
    return rise == "super" or (rise[:1].isdigit() and rise.rstrip("%") not in ("0", "0.0"))


def _is_bold_weight(weight: str) -> bool:
    """fo:font-weight "bold" or a number of 600 and up."""
    return weight == "bold" or (weight.isdigit() and int(weight) >= 600)


def _list_levels(list_style, numbered: str = f"{TEXT}list-level-style-number",
                 ) -> dict[int, _ListLevel]:
    """The numbered and bullet levels (1-based) of a text:list-style (or, with
    ``numbered`` the outline's level tag, of a text:outline-style)."""
    levels: dict[int, _ListLevel] = {}
    for el in list_style:
        raw_level = el.get(f"{TEXT}level") or "1"
        number = int(raw_level) if raw_level.isdigit() else 1
        if el.tag == numbered:
            start = el.get(f"{TEXT}start-value") or "1"
            shown = el.get(f"{TEXT}display-levels") or "1"
            levels[number] = _ListLevel(
                fmt=el.get(f"{STYLE}num-format", "1"),
                prefix=el.get(f"{STYLE}num-prefix", ""),
                suffix=el.get(f"{STYLE}num-suffix", ""),
                start=int(start) if start.isdigit() else 1,
                display_levels=int(shown) if shown.isdigit() else 1,
            )
        else:
            levels[number] = _ListLevel(bullet=True)
    return levels


def _outline_levels(outline_style) -> dict[int, _ListLevel]:
    """The levels of a text:outline-style that show a number (num-format not empty:
    Writer's default outline style numbers nothing)."""
    levels = {}
    for level, spec in _list_levels(outline_style, f"{TEXT}outline-level-style").items():
        if spec.fmt:
            levels[level] = spec
    return levels


def _format(value: int, fmt: str) -> str:
    """A counter in an ODF num-format: "1", "a", "A", "i", "I" ("" shows nothing), and
    the zero-padded formats LibreOffice writes for Word's ("01, 02, 03, ...")."""
    if fmt in {"a", "A"}:
        return letters(value) if fmt == "a" else letters(value).upper()
    if fmt in {"i", "I"}:
        return roman(value) if fmt == "i" else roman(value).upper()
    if fmt == "":
        return ""
    if fmt[:1] == "0":  # "01, 02, 03, ...", "001, 002, 003, ...": zero-padded, as Writer
        return str(value).zfill(len(fmt.split(",")[0].strip()))  # keeps Word's "001"
    return str(value)


class _Reader(BlockCollector):
    """Walks office:text and collects blocks; keeps list counters."""

    def __init__(self, styles: _Styles) -> None:
        super().__init__()
        self.styles = styles
        self.last_counts: dict[str, list[int]] = {}  # list style → counts by level
        self.lists: dict[str, tuple[str, list[int]]] = {}  # xml:id → (style, its counts)
        self.chapters: list[int] = []  # the outline's counters, level 1 first
        self.row_runs: list[str] = []  # the bold text in the cells of the row being read
        self.numbers: list[str] = []  # the numbers of a cell's empty list items

    def walk(self, container) -> None:
        """Headings, paragraphs, lists and tables of a body or section, in order."""
        for child in container:
            tag = child.tag
            if tag in (_P, _H):
                self.paragraph(child)
            elif tag == _LIST:
                self.list(child, None, 0, [])
            elif tag == _TABLE_EL:
                self.table(child)
            elif tag == _NUMBERED_PARAGRAPH:
                self.numbered_paragraph(child)
            elif tag in _SECTIONS:
                if not _hidden_section(child):
                    self.walk(child)
            elif tag in _BOXES:  # a shape anchored to the page
                self.walk(child)
            elif isinstance(tag, str) and tag.startswith(DRAW):  # a frame or a group
                for box in _text_boxes(child):
                    self.walk(box)

    def numbered_paragraph(self, el) -> None:
        """A text:numbered-paragraph: its paragraph as a list item at its level, with
        the number the file stores (text:number); without one, a plain paragraph, as
        the number would have to be worked out from lists the file does not hold."""
        raw = el.get(f"{TEXT}level") or "1"
        level = int(raw) - 1 if raw.isdigit() and int(raw) > 0 else 0
        number = el.find(_NUMBER)
        marker = (number.text or "").strip() if number is not None else ""
        for child in el:
            if child.tag in (_P, _H):
                self.paragraph(child, marker or None, level)

    def paragraph(self, el, marker: str | None = None, level: int = 0) -> None:
        """A text:p or text:h as a block (with a list marker when inside a list item),
        then the text boxes anchored in it (templates put the date and place there)."""
        block = self.paragraph_block(el, marker, level)
        if block is None:
            if marker and marker != "-":
                self.numbers.append(marker)  # (shown in a cell that holds nothing else)
            self.blank()
        else:
            for line in soft_lines(block):
                self.emit(line)
        for box in _text_boxes(el):
            self.walk(box)

    def paragraph_block(self, el, marker: str | None = None, level: int = 0) -> Block | None:
        """The block for a text:p/text:h, or None when it shows no text (also when its
        style hides it, or a hidden-paragraph field's condition does: a template's
        guidance, which Writer neither shows nor prints)."""
        if (self.styles.hidden and self.styles.hides(el.get(_STYLE_NAME))) or (
                (field := el.find(_HIDDEN_PARAGRAPH)) is not None
                and field.get(_IS_HIDDEN) == "true"):
            return None
        base_bold = bool(self.styles.bold(el.get(_STYLE_NAME)))
        segments: list[tuple[str, bool]] = []
        _collect(el, base_bold, self.styles, segments)
        text = "".join(s for s, _ in segments)
        if PAGE_MARK in text:
            text = without_page_numbers(text)
        text = text.strip(" ")
        text = "\n".join(line.strip(" ") for line in text.split("\n")).strip()
        if not text:
            return None
        if _NO_BREAK_HYPHEN in text:  # Writer's non-breaking hyphen, Word's w:noBreakHyphen
            text = text.replace(_NO_BREAK_HYPHEN, "-")  # ("kl. 18.00‑20.30"): a hyphen
        if _SOFT_HYPHEN in text:  # where a word may break ("møte\u00adreferat"), shown
            text = text.replace(_SOFT_HYPHEN, "")  # only there: no character of the text
        visible = [bold for s, bold in segments if s.strip()]
        bold = bool(visible) and all(visible)
        # (an automatic text style with fo:font-weight bold on a span: a run inside it)
        runs = bold_runs(segments) if not bold and any(visible) else ()
        if el.tag == _H:
            raw = el.get(f"{TEXT}outline-level") or "1"
            heading_level = min(int(raw), 6) if raw.isdigit() and int(raw) > 0 else 1
            shown = _TABS.sub(" ", text)
            if marker is None and self.styles.outline and el.find(_NUMBER) is None:
                marker = self.chapter_number(el, heading_level)
            if marker and el.find(_NUMBER) is None:
                # a heading numbered as an item of a list ("1. Godkjenning av innkalling",
                # as Word's numbered headings convert) or by the outline style shows its
                # number, as in DOCX
                shown = f"{marker} {shown}"
            return Block(HEADING, shown, level=heading_level, bold=bold, runs=runs)
        if marker is None and (heading_level := self.styles.heading_level(el.get(_STYLE_NAME))):
            return Block(HEADING, _TABS.sub(" ", text), level=heading_level,
                         bold=bold, runs=runs)
        if marker is not None:
            item = f"{marker} {_TABS.sub(' ', text)}" if marker else _TABS.sub(" ", text)
            return Block(LIST_ITEM, item, level=level, bold=bold, runs=runs)
        return with_runs(typed_block(text, bold), runs)

    def chapter_number(self, heading, level: int) -> str | None:
        """The number the outline style (chapter numbering) shows before a heading that
        is in no list ("1 Innledning", "2.1 Budsjett"), counting it; None when its level
        is not numbered, it is a list header, or its paragraph style is not one the
        chapter numbering numbers (``chapter_numbered``)."""
        spec = self.styles.outline.get(level)
        if spec is None or heading.get(f"{TEXT}is-list-header") == "true" or \
                not self.styles.chapter_numbered(heading.get(_STYLE_NAME)):
            return None
        counts = self.chapters[:level] + [0] * (level - len(self.chapters))
        start = heading.get(f"{TEXT}start-value")
        if heading.get(f"{TEXT}restart-numbering") == "true" or counts[-1] == 0:
            counts[-1] = (int(start) if start and start.isdigit() else spec.start) - 1
        counts[-1] += 1
        self.chapters = counts
        numbers = [_format(count, self.styles.outline.get(i + 1, spec).fmt)
                   for i, count in enumerate(counts)]
        number = ".".join(numbers[-spec.display_levels:])
        return f"{spec.prefix}{number}{spec.suffix}"

    def list(self, el, style: str | None, depth: int, parents: list[str],
             carry: bool = False) -> None:
        """A text:list: number its items, recurse into nested lists one level deeper.
        A list that names no list style is numbered by its first paragraph's style's,
        as ODF says (Writer leaves the name out when the paragraph style gives it).

        An item that holds a nested list before any text of its own shows no number
        and counts none, as ODF says: Writer writes a sub-item that goes on after a
        paragraph between ("b) …" under "1.") inside such an item of a continued list,
        and the sub-list carries on counting too (``carry``)."""
        style = el.get(_STYLE_NAME) or style
        continued = self.lists.get(el.get(_CONTINUE_LIST) or "") if depth == 0 else None
        if style is None and continued is not None:
            style = continued[0]  # (a list that continues another is numbered as that one)
        if style is None and self.styles.paragraph_lists:
            first = next(el.iter(_P, _H), None)
            style = self.styles.list_of(first.get(_STYLE_NAME)) if first is not None else None
        if style and style == self.styles.outline_name:
            self.outline_list(el)
            return
        levels = self.styles.lists.get(style or "", {})
        spec = levels.get(depth + 1) or (_ListLevel(bullet=True) if not levels else _ListLevel())
        if depth == 0:
            carry = self._top_list(el, style, continued)
        count = self._first_count(style, depth, spec, carry)
        for item in el:
            if item.tag not in (_LIST_ITEM, _LIST_HEADER):
                continue
            # (a list header's paragraphs show no number and are no entries of the list:
            # "Saksliste:" over its numbered items reads as the paragraph it is)
            marker: str | None = "" if item.tag == _LIST_ITEM else None
            wraps = item.tag == _LIST_ITEM and _wraps_list(item)
            if item.tag == _LIST_ITEM and not wraps:
                override = item.get(f"{TEXT}start-value")
                count = int(override) if override and override.isdigit() else count + 1
                marker = self._marker(spec, count, parents)
                self._counted(style, depth, count)
                carry = False  # (a sub-list under this item counts from its start)
            self._item(item, style, depth, marker, [*parents, _format(count, spec.fmt)],
                       carry and wraps)

    def outline_list(self, el) -> None:
        """A text:list in the outline style (Writer wraps a heading so when the heading's
        style names "Outline" as its list style): its headings are numbered by the chapter
        numbering, counted with the headings outside such lists ("Sak 2" after "Sak 1"),
        not as a list of its own, which would show a bullet."""
        for item in el:
            for child in item:
                if child.tag in (_P, _H):
                    self.paragraph(child)
                elif child.tag == _LIST:
                    self.outline_list(child)
                elif child.tag == _TABLE_EL:
                    self.table(child)

    def _top_list(self, el, style: str | None, continued: tuple[str, list[int]] | None) -> bool:
        """Whether a top-level list carries on counting, and the counts it counts in
        (``last_counts``): those of the list it names by its xml:id (text:continue-list,
        as Writer writes a list that goes on after another list between: "5." after a
        list of its own style that started again), else of the last list of its style
        when it continues the one before (text:continue-numbering), else counts of its
        own. Its own xml:id then names them for a list that continues it."""
        carry = continued is not None or el.get(f"{TEXT}continue-numbering") == "true" or \
            el.get(_CONTINUE_LIST) is not None
        if not style:
            return carry
        if continued is not None:
            self.last_counts[style] = continued[1]
        elif not carry:
            self.last_counts[style] = []
        if (name := el.get(_XML_ID)) is not None:
            self.lists[name] = (style, self.last_counts.setdefault(style, []))
        return carry

    def _first_count(self, style: str | None, depth: int, spec: _ListLevel,
                     carry: bool) -> int:
        """The counter value before the first item (continued lists carry on from the
        last item counted at their level, ``_counted``)."""
        counted = self.last_counts.get(style) if carry and style else None
        if counted and len(counted) > depth:
            return counted[depth]
        return spec.start - 1

    def _counted(self, style: str | None, depth: int, count: int) -> None:
        """Note the count of an item at ``depth`` of a list style, for a list that
        continues it; the deeper levels' counts are over (they start again under it)."""
        if style:
            counted = self.last_counts.setdefault(style, [])
            del counted[depth:]
            counted.extend([0] * (depth - len(counted)))
            counted.append(count)

    @staticmethod
    def _marker(spec: _ListLevel, count: int, parents: list[str]) -> str:
        """The visible marker: "-" for bullets, else prefix + number(s) + suffix."""
        if spec.bullet:
            return "-"
        number = _format(count, spec.fmt)
        if spec.display_levels > 1:
            shown = parents[-(spec.display_levels - 1):] if parents else []
            number = ".".join([*shown, number])
        if not number:
            return ""
        return f"{spec.prefix}{number}{spec.suffix}"

    def _item(self, item, style: str | None, depth: int, marker: str | None,
              numbers: list[str], carry: bool = False):
        """A list item's paragraphs (the first carries the marker) and nested lists
        (which carry on counting with ``carry``); a list header's (``marker`` None) as
        paragraphs."""
        first = True
        for child in item:
            if child.tag == _NUMBER and child.text and child.text.strip() and marker:
                marker = child.text.strip()  # the number as the file writes it
            elif child.tag in (_P, _H):
                self.paragraph(child, marker if first or marker is None else "", depth)
                first = False
            elif child.tag == _LIST:
                self.list(child, style, depth + 1, numbers, carry)
            elif child.tag == _TABLE_EL:
                self.table(child)

    def table(self, tbl) -> None:
        """Each row → a TABLE_ROW; nested tables after.

        A cell merged over several rows fills its column in each of them (the rows it
        covers carry covered cells there); the covered cells of a merge across columns
        are left out, as the cell shows once. A table that holds headings lays out the
        page: its cells are read as ordinary flow, as in the DOCX and HTML readers.
        """
        if any(_nearest_table(h) is tbl and _with_text_under(h) for h in tbl.iter(_H)):
            self.gap = True
            for row in _rows(tbl):
                for cell in row:
                    if cell.tag == _CELL:
                        self.walk(cell)
            self.gap = True
            return
        self.gap = True
        down: dict[int, tuple[str, int]] = {}  # column → (text, rows it still covers)
        rows: list[tuple[list[str], int, int, tuple[str, ...], list]] = []
        for row in _rows(tbl):
            nested: list = []
            self.row_runs = []
            cells = self.row_cells(row, nested, down)
            written = len(cells)
            while cells and not cells[-1]:
                cells.pop()
            # (Writer writes identical rows in a row once, with their count)
            rows.append((cells, written, _count(row, "number-rows-repeated") if any(cells)
                         else 0, tuple(self.row_runs), nested))
        # the empty cells after a row's last filled one are the row's, as Word and HTML
        # tables give them ("Ordfører | Kjell Tangen | |" under "Funksjon | Navn | Forfall
        # | Møtt for"): kept up to the table's widest filled row, which drops only the
        # endless run of repeated empty columns a spreadsheet-made table may carry
        width = max((len(cells) for cells, *_ in rows), default=0)
        for cells, written, repeat, runs, nested in rows:
            if cells and len(cells) < width:
                cells += [""] * (min(written, width) - len(cells))
            for _ in range(repeat):
                self.emit(Block(TABLE_ROW, "\t".join(cells), cells=tuple(cells),
                                runs=runs))
            for inner in nested:
                self.table(inner)
        self.gap = True

    def row_cells(self, row, nested: list, down: dict[int, tuple[str, int]]) -> list[str]:
        """The texts of one row's cells by column: repeats expanded, vertical merges filled."""
        cells: list[str] = []
        column = 0
        for cell in row:
            if cell.tag not in (_CELL, _COVERED):
                continue
            text = self.cell_text(cell, nested) if cell.tag == _CELL else None
            for _ in range(_count(cell, "number-columns-repeated")):
                if text is not None:
                    cells.append(text)
                    rows = _count(cell, "number-rows-spanned")
                    if rows > 1:
                        down[column] = (text, rows - 1)
                elif (spanning := down.get(column)) and spanning[1] > 0:
                    cells.append(spanning[0])  # under a cell merged over rows
                    down[column] = (spanning[0], spanning[1] - 1)
                column += 1
        return cells

    def cell_text(self, cell, nested: list) -> str:
        """A cell's paragraphs (and list items) joined by newlines.

        A cell that holds only a list's number shows it: Writer's numbering on a table's
        column numbers its empty cells ("5/26", "6/26" beside the items' titles), as
        Word's does (see the DOCX reader).
        """
        lines: list[str] = []
        self.numbers = []
        for child in cell:
            if child.tag in (_P, _H):
                block = self.paragraph_block(child)
                if block is not None:
                    lines.append(_TABS.sub(" ", block.text))
                    self.row_runs.extend(cell_runs(block))
                for box in _text_boxes(child):  # a frame in the cell: the cell's text
                    if boxed := self.cell_text(box, nested):
                        lines.append(boxed)
            elif child.tag == _LIST:
                with self.apart() as listed:  # the cell's text, not blocks of the page
                    self.list(child, None, 0, [])
                lines.extend(b.text for b in listed)
            elif child.tag == _TABLE_EL:
                nested.append(child)
        return "\n".join(lines) if lines or not self.numbers else self.numbers[0]


def _hidden_section(section) -> bool:
    """Whether Writer hides a section: "Hide" ticked without a condition (text:display
    "none"), or with one that always holds (text:display "condition", text:condition
    "ooow:1"), as a secretary hides an internal note or an old draft that way. The file
    keeps no state for a section's condition, so one on a field's or variable's value
    is left shown: a hidden paragraph too many beats minutes with a gap."""
    display = section.get(_DISPLAY)
    if display == "none":
        return True
    if display != "condition":
        return False
    condition = (section.get(f"{TEXT}condition") or "").removeprefix("ooow:").strip()
    return condition.casefold() in _ALWAYS_TRUE


# Conditions that always hold, as Writer's users write them in the "Hide" box.
_ALWAYS_TRUE = frozenset({"1", "true", "1==1", "1 == 1", "1 eq 1"})


def _text_boxes(el) -> list:
    """The text boxes (draw:text-box) and shapes with text inside an element, once
    each: not boxes in boxes, which their own box's paragraphs read."""
    boxes = []
    for box in el.iter(_TEXT_BOX, *_SHAPES):
        ancestor = box.getparent()
        while ancestor is not None and ancestor is not el and ancestor.tag not in _BOXES:
            ancestor = ancestor.getparent()
        if ancestor is el:
            boxes.append(box)
    return boxes


def _wraps_list(item) -> bool:
    """Whether a list item holds a nested list before any paragraph of its own: the
    item shows no number of its own (ODF), and counts none."""
    for child in item:
        if child.tag == _LIST:
            return True
        if child.tag in (_P, _H, _TABLE_EL):
            return False
    return False


def _with_text_under(heading) -> bool:
    """Whether a heading's cell holds more text than the heading: a layout table's
    item, not a header row merely styled as headings."""
    cell = heading.getparent()
    return cell is not None and sum(
        1 for el in cell if el.tag in (_P, _H) and "".join(el.itertext()).strip()) > 1


def _nearest_table(el):
    """The closest table:table around an element."""
    parent = el.getparent()
    while parent is not None and parent.tag != _TABLE_EL:
        parent = parent.getparent()
    return parent


def _rows(tbl):
    """The rows of a table, also those inside header-row and row groups."""
    for child in tbl:
        if child.tag == _ROW:
            yield child
        elif child.tag in _ROW_GROUPS:
            yield from _rows(child)


def _count(cell, attribute: str) -> int:
    """A cell's or row's repeat or span count (1 when absent; at most 64)."""
    raw = cell.get(f"{TABLE}{attribute}") or "1"
    return min(int(raw), 64) if raw.isdigit() else 1


_MOST_SPACES = 1000
_NO_BREAK_HYPHEN = "\u2011"
_SOFT_HYPHEN = "\u00ad"  # Writer stores a soft hyphen as the character, Word as w:softHyphen
# A hidden-text field's state: its text is shown only while its condition is false.
_IS_HIDDEN = f"{TEXT}is-hidden"


def _collect_marks(span, bold: bool, styles: _Styles, out: list[tuple[str, bool]]) -> None:
    """A span set in a symbol font: the marks its codes show ("✓" for Wingdings' "ü")."""
    table = styles.symbols[span.get(_STYLE_NAME)]
    inner: list[tuple[str, bool]] = []
    own = styles.bold(span.get(_STYLE_NAME))
    _collect(span, bold if own is None else own, styles, inner)
    out.extend((shown_marks(text, table), shown) for text, shown in inner)


def _collect(el, bold: bool, styles: _Styles, out: list[tuple[str, bool]]) -> None:
    """Append (text, bold) segments of an element: spans, links, spaces, tabs, breaks.

    ODF collapses runs of white space in text to one space; text:s, text:tab and
    text:line-break carry the deliberate ones.
    """
    if el.text:
        out.append((_SPACES.sub(" ", el.text), bold))
    for child in el:
        tag = child.tag
        if tag == _S:
            raw = child.get(f"{TEXT}c") or "1"
            # (a count past any line's width is a damaged or hostile file's: "999999999")
            out.append((" " * (min(int(raw), _MOST_SPACES) if raw.isdigit() else 1), bold))
        elif tag == _TAB:
            out.append(("\t", bold))
        elif tag == _LINE_BREAK:
            out.append(("\n", bold))
        elif tag == _NUMBER:
            out.append((f"{child.text or ''} ", bold))
        elif tag in _PAGE_FIELDS:
            out.append((PAGE_MARK, bold))
        elif tag not in _SKIP_INLINE and isinstance(tag, str) and not tag.startswith(DRAW):
            # (a drawing's text, its boxes' and shapes' and their titles, is no part of
            # the line it is anchored in: ``_text_boxes``)
            style = child.get(_STYLE_NAME) if tag == _SPAN else None
            if style in styles.hidden or child.get(_IS_HIDDEN) == "true":
                pass  # hidden text (or a field's, by its condition) is neither shown nor printed
            elif style in styles.symbols:
                _collect_marks(child, bold, styles, out)
            elif style in styles.superscript and out and len(child) == 0 and child.text \
                    and len(child.text) <= 2:  # "kl. 9" + raised "30": "kl. 9.30"; a note's
                # number raised after a word ("Kari Holm¹") is left out
                own = styles.bold(style)
                out.append((raised(out[-1][0], child.text), bold if own is None else own))
            else:
                own = styles.bold(style)
                if own is None and style in styles.underlined and \
                        not any(text.strip() for text, _ in out):
                    own = True  # "<u>Økonomi</u>. Regnskapet …": a lead, set off as in bold
                _collect(child, bold if own is None else own, styles, out)
        if child.tail:
            out.append((_SPACES.sub(" ", child.tail), bold))
