"""DOCX reader (python-docx): body paragraphs and tables in order, with Word's numbers.

python-docx opens the package and gives the parts; the body is walked at the XML level
because Word keeps the facts minutes need in places python-docx's objects do not show:
list numbers exist only as numbering definitions (numPr + the numbering part), runs hide
inside tracked insertions, hyperlinks, fields and content controls, and headings are
named in Norwegian in Norwegian Word ("Overskrift 2"). Page headers and footers are
left out on purpose: running headers are noise for the extractor (but a first page's
header that names the minutes, when the body's head names nothing, is the letterhead
and is read before the body, its lines with digits left out; so is a footer that names
them when the header does not). So is what Word does
not print as text of the minutes: hidden runs, a content control still showing its
placeholder ("Klikk eller trykk her for å skrive inn tekst.") and a table of contents
(its entries repeat the headings, with page numbers). Text boxes, which templates use
for the date and place, are read after the paragraph they are anchored in.
"""

from __future__ import annotations

import email
import email.policy
import io
import re
import zipfile
import zlib
from dataclasses import dataclass, field, replace
from typing import Any

from motebok.errors import ReadError
from motebok.lazy_pattern import lazy_regex
from motebok.read import reader
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
from motebok.read.numbering import roman
from motebok.read.package import MAX_XML_BYTES, nested_too_deep, refuse_oversized_xml
from motebok.read.symbols import shown_marks, symbol_table
from motebok.read.text import raised, soft_lines, typed_block

__all__ = ["heading_from_style_name", "read"]

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_P, _TBL, _SDT, _SDT_CONTENT = f"{W}p", f"{W}tbl", f"{W}sdt", f"{W}sdtContent"
_R, _T, _TAB, _BR, _CR = f"{W}r", f"{W}t", f"{W}tab", f"{W}br", f"{W}cr"
_PTAB = f"{W}ptab"  # a tab to a position on the page ("Tid:" ⇥ "kl. 10.00"), as Word 2007+ writes
_TR, _TC, _PPR, _RPR, _VAL = f"{W}tr", f"{W}tc", f"{W}pPr", f"{W}rPr", f"{W}val"
_NO_BREAK_HYPHEN = f"{W}noBreakHyphen"
_SDT_PR, _VANISH, _TXBX = f"{W}sdtPr", f"{W}vanish", f"{W}txbxContent"
_DEL, _MOVE_FROM = f"{W}del", f"{W}moveFrom"  # tracked deletions, of runs or of marks
_SYM, _RFONTS = f"{W}sym", f"{W}rFonts"
_FLD_CHAR, _FLD_CHAR_TYPE = f"{W}fldChar", f"{W}fldCharType"
_FLD_SIMPLE, _INSTR_TEXT = f"{W}fldSimple", f"{W}instrText"
# Fields whose result is the page's number or the count of pages (``_page_field``).
_PAGE_FIELDS = frozenset({"PAGE", "NUMPAGES", "SECTIONPAGES"})
_FF_DATA = f"{W}ffData"  # a legacy form field's data (check box, drop-down, text)
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_ALTERNATE, _CHOICE, _FALLBACK = f"{MC}AlternateContent", f"{MC}Choice", f"{MC}Fallback"
# Containers whose runs are visible text (tracked insertions, links, fields, controls).
_RUN_CONTAINERS = frozenset(
    f"{W}{name}"
    for name in ("hyperlink", "ins", "smartTag", "sdt", "sdtContent", "fldSimple",
                 "customXml", "moveTo", "dir", "bdo")
)
_ALT_CHUNK = f"{W}altChunk"
# Custom XML markup (w:customXml) that a case system's template wraps round paragraphs
# and tables ("motedata" round the date and place): its content shows as any other.
_CUSTOM_XML = f"{W}customXml"
_R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
# What a merged .docx chunk is typed as for python-docx, which would parse a part typed
# as a main document as XML (and fail on the zip it is); ``alt_chunk`` reads it as DOCX.
_DOCX_CHUNK = "application/x-motebok-docx-chunk"
# The chunk kinds motebok reads: content type → the format whose reader reads it.
# (A Word document merged in whole, as case systems and document assembly tools merge a
# case's papers into the minutes, is a chunk too: a .docx package of its own.)
_CHUNK_FORMATS = {"text/html": "html", "application/xhtml+xml": "html", "text/plain": "txt",
                  _DOCX_CHUNK: "docx",  # (see ``_chunks_retyped``)
                  "application/vnd.ms-word.document.macroenabled.main+xml": "docx"}
# A web archive (MHT: a MIME message whose first HTML part is the page) merged in as a
# chunk, as Word itself and some case systems write it; read as the HTML it holds.
_MHT_CHUNKS = frozenset({"message/rfc822", "multipart/related", "application/x-mimearchive"})
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

_HEADING_NAME = lazy_regex(r"(?:heading|overskrift)\s*([1-9])$", re.IGNORECASE)
_TITLE_NAMES = frozenset({"title", "tittel"})
# the subtitle under the title: a heading one level down, as Word's HTML (MsoSubtitle) reads
_SUBTITLE_NAMES = frozenset({"subtitle", "undertittel"})
# Table-of-contents styles: Word stores built-in names in English ("toc 1", "TOC
# Heading"); a document made in Norwegian may name them "Innholdsfortegnelse 1".
_TOC_NAME = lazy_regex(r"(?:toc|innholdsfortegnelse)\s*(?:[1-9]|heading|overskrift)$",
                       re.IGNORECASE)
_FALSE = frozenset({"0", "false", "off"})
_TABS = lazy_regex(r"\s*\t[\s\t]*")


def read(data: bytes) -> list[Block]:
    """Read a .docx file into blocks; ReadError for legacy, encrypted or broken files."""
    document = _open(data)
    try:
        styles = _styles_of(document)
        reader = _Reader(styles, _numbering(document, styles))
        reader.parts = document.part.related_parts
        body = _body(document)
        reader.boxes = next(body.iter(_TXBX), None) is not None
        reader.fallbacks = next(body.iter(_FALLBACK), None) is not None
        reader.changes = next(body.iter(_DEL, _MOVE_FROM), None) is not None
        reader.walk(body)
        blocks = reader.finish()
        without_zero_width(blocks)
        header = _page_header_lines(document, reader.styles)
        running = _running_header_lines(document, reader.styles)
        footer = _page_footer_lines(document, reader.styles)
        blocks[:0] = header_blocks(header, blocks, running, footer)
    except (KeyError, ValueError) as exc:  # a style or list definition that is malformed
        raise ReadError("corrupt DOCX file") from exc
    except RecursionError:  # tables in cells read cell by cell, each level a few frames
        raise ReadError("DOCX nested too deep") from None
    return with_furniture(blocks, municipal_furniture(header, running, footer))


def _archived_page(data: bytes) -> bytes:
    """The HTML page a web archive (MHT, a MIME message) holds: its first text/html
    part, as the bytes its own <meta charset> reads when it has one, else decoded by the
    part's charset and given as UTF-8; b"" when there is none or the archive is damaged."""
    try:
        message = email.message_from_bytes(data, policy=email.policy.default)
        for part in message.walk():
            if part.get_content_type() != "text/html":
                continue
            raw = part.get_payload(decode=True) or b""
            if b"charset" in raw[:2048].lower():
                return raw
            return part.get_content().encode("utf-8")
    except (ValueError, LookupError, TypeError, AttributeError, IndexError):
        return b""
    return b""


def _body(document):
    """The document's w:body; ReadError when the main part has none or is not a Word
    document at all (another root element), which python-docx opens without a word."""
    body = getattr(document.element, "body", None)
    if body is None:
        raise ReadError("corrupt DOCX file")
    return body


def _page_header_lines(document, styles: _Styles) -> list[str]:
    """The lines of the first page's header (its own, or the section's): its
    paragraphs, parted at their line breaks, their tabs kept (``header_blocks`` parts
    the name on the left from "MØTEREFERAT" tabbed to the right, but keeps a day tabbed
    beside the title); of a text box (where templates keep the letterhead) the box Word
    shows."""
    section = document.sections[0] if document.sections else None
    if section is None:
        return []
    header = section.first_page_header if section.different_first_page_header_footer \
        else section.header
    return _header_lines(header, styles)


def _running_header_lines(document, styles: _Styles) -> list[str]:
    """The lines of the later pages' header when the first page has its own (w:titlePg),
    then of the even pages' when they have their own (w:evenAndOddHeaders, a
    headerReference of type "even": page 2 on): read after the first page's, once, for a
    day neither the body nor that one gives, and as the letterhead when no other names
    the minutes."""
    section = document.sections[0] if document.sections else None
    if section is None:
        return []
    lines = _header_lines(section.header, styles) \
        if section.different_first_page_header_footer else []
    if _even_pages_apart(document):
        lines += _header_lines(section.even_page_header, styles)
    return lines


def _even_pages_apart(document) -> bool:
    """Whether the document's settings give even pages a header of their own; False when
    the settings part is missing or unreadable (the default header is then all)."""
    try:
        return bool(document.settings.odd_and_even_pages_header_footer)
    except (KeyError, ValueError, AttributeError):
        return False


def _page_footer_lines(document, styles: _Styles) -> list[str]:
    """The lines of the first page's footer, then of the later pages' when the first
    page has its own: where a template names the minutes when its header does not."""
    section = document.sections[0] if document.sections else None
    if section is None:
        return []
    if not section.different_first_page_header_footer:
        return _header_lines(section.footer, styles)
    return [*_header_lines(section.first_page_footer, styles),
            *_header_lines(section.footer, styles)]


def _header_lines(header, styles: _Styles) -> list[str]:
    """A page header's (or footer's) lines, [] when it is only the previous section's."""
    if header.is_linked_to_previous:
        return []  # the first section has no header of its own
    root = header._element
    return [line for p in root.iter(_P)
            if not _in_fallback(p, root) and not _in_placeholder(p)  # a box once, no prompt
            for line in _paragraph_text(p, styles, False)[0].split("\n")]


def _open(data: bytes):
    """The python-docx Document, after telling apart the ways a file is not a DOCX."""
    if data.startswith(_OLE_MAGIC):
        raise ReadError("encrypted or legacy Word file, not DOCX")
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError, NotImplementedError, OSError, EOFError):
        # A zip's local header but no readable directory: a damaged (e.g. cut) package.
        problem = "corrupt DOCX file" if data.startswith(b"PK\x03\x04") else "not a DOCX file"
        raise ReadError(problem) from None
    with archive:
        refuse_oversized_xml(archive, "DOCX")
        rels = _package_member(archive, _PACKAGE_RELS)
        main = _main_part_name(rels)
        if main not in set(archive.namelist()):
            raise ReadError("corrupt DOCX file")
        types = _package_member(archive, _CONTENT_TYPES)
        merged = types.count(_DOCX_MAIN) > 1  # a .docx merged in as a chunk
        if _STRICT in rels or merged:
            data = _repackaged(archive, _chunks_retyped(types, main) if merged else None)
    try:
        return _document(data)
    except Exception as exc:  # python-docx raises many kinds for broken packages
        raise nested_too_deep(exc, "DOCX") or ReadError("corrupt DOCX file") from exc


def _document(data: bytes):
    """``docx.Document`` of a package's bytes, its styles part kept unparsed.

    python-docx parses every part it has a class for when it opens a package, the
    styles part among them: Word's and python-docx's templates define every built-in
    style there (a third of a megabyte of XML), and parsing it cost more than the rest
    of the reading. The reader needs the few styles a document uses (``_Styles``), so
    that part is opened as a plain part (its bytes) and read style by style. (The
    CLI loads python-docx only for .docx input: imported here.)"""
    from docx.opc.constants import CONTENT_TYPE as CT
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.package import Unmarshaller
    from docx.opc.part import Part, PartFactory
    from docx.package import Package

    def part(partname, content_type, reltype, blob, package):
        if content_type == CT.WML_STYLES and reltype == RT.STYLES:
            return Part.load(partname, content_type, blob, package)
        return PartFactory(partname, content_type, reltype, blob, package)

    package = Package()  # (as ``Package.open`` makes it, with ``part`` as the factory)
    Unmarshaller.unmarshal(_package_reader(data), package, part)
    main = package.main_document_part
    if main.content_type != CT.WML_DOCUMENT_MAIN:
        raise ValueError(f"not a Word file, content type is {main.content_type!r}")
    return main.document


_PACKAGE_RELS, _CONTENT_TYPES = "_rels/.rels", "[Content_Types].xml"
_DOCX_MAIN = b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
_TYPE_ENTRY = lazy_regex(rb"<(?:Override|Default)\b[^>]*>")
_PART_NAME = lazy_regex(rb"\bPartName=\"/?([^\"]+)\"")
_MAIN_PART = "word/document.xml"
# The package relationship to the main part: Transitional, and Strict as Word writes it.
_OFFICE_DOCUMENT = lazy_regex(
    rb"<Relationship\b[^>]*?\bType=\"[^\"]*/officeDocument\"[^>]*>", re.IGNORECASE)
_TARGET = lazy_regex(rb"\bTarget=\"/?([^\"]+)\"")


def _package_member(archive: zipfile.ZipFile, name: str) -> bytes:
    """A small part of the package (its relationships, its content types), b"" when it
    has none or it cannot be read (python-docx then says which way the package is
    broken)."""
    try:
        return archive.read(name)
    except (KeyError, zipfile.BadZipFile, zlib.error, ValueError, NotImplementedError,
            OSError, EOFError):
        return b""


def _main_part_name(rels: bytes) -> str:
    """The zip name of the main document part, as the package's relationships name it:
    Word for the web (a file made in SharePoint or Teams and downloaded) writes it as
    "word/document2.xml"; "word/document.xml" when the package names none."""
    relationship = _OFFICE_DOCUMENT.search(rels)
    target = _TARGET.search(relationship.group(0)) if relationship else None
    if target is None:
        return _MAIN_PART
    return target.group(1).decode("utf-8", "replace")


# Word's "Strict Open XML Document" (ISO/IEC 29500 Strict) names its namespaces and
# relationship types under purl.oclc.org; the elements are those of Transitional.
_STRICT = b"http://purl.oclc.org/ooxml/"
_STRICT_NAMESPACES = (
    (b"http://purl.oclc.org/ooxml/wordprocessingml/main",
     b"http://schemas.openxmlformats.org/wordprocessingml/2006/main"),
    (b"http://purl.oclc.org/ooxml/officeDocument/relationships",
     b"http://schemas.openxmlformats.org/officeDocument/2006/relationships"),
    (b"http://purl.oclc.org/ooxml/officeDocument/math",
     b"http://schemas.openxmlformats.org/officeDocument/2006/math"),
    (b"http://purl.oclc.org/ooxml/drawingml/",
     b"http://schemas.openxmlformats.org/drawingml/2006/"),
)


def _chunks_retyped(types: bytes, main: str) -> bytes:
    """The content types with every part typed as a Word document's main part but the
    main part itself (a .docx merged in whole, w:altChunk) typed as ``_DOCX_CHUNK``."""
    def retyped(entry: re.Match) -> bytes:
        text = entry.group(0)
        name = _PART_NAME.search(text)
        if _DOCX_MAIN not in text or (name and name.group(1).decode("utf-8", "replace") == main):
            return text
        return text.replace(_DOCX_MAIN, _DOCX_CHUNK.encode())
    return _TYPE_ENTRY.sub(retyped, types)


def _repackaged(archive: zipfile.ZipFile, types: bytes | None) -> bytes:
    """The package as python-docx opens it: a Strict package's XML parts with their
    namespaces (and the relationships' types) named the Transitional way, as Word would
    save it, and the content types ``types`` when given. Stored unpacked; pictures and
    other media past ``MAX_XML_BYTES`` in all are kept empty, never unpacked (python-docx
    reads no picture until asked, and a zip bomb there would fill the memory)."""
    out = io.BytesIO()
    media = 0  # bytes of parts that are not XML unpacked so far
    try:
        with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as copy:
            for info in archive.infolist():
                xml = info.filename.endswith((".xml", ".rels"))
                if not xml:
                    media += info.file_size
                body = archive.read(info) if xml or media <= MAX_XML_BYTES else b""
                if types is not None and info.filename == _CONTENT_TYPES:
                    body = types
                if xml and _STRICT in body:
                    for strict, transitional in _STRICT_NAMESPACES:
                        body = body.replace(strict, transitional)
                copy.writestr(info.filename, body)
    except (zipfile.BadZipFile, zlib.error, ValueError, NotImplementedError, OSError,
            EOFError) as exc:
        raise ReadError("corrupt DOCX file") from exc
    return out.getvalue()


def _val(element, tag: str) -> str | None:
    """The w:val attribute of a child element, or None when the child is absent."""
    child = element.find(tag) if element is not None else None
    return None if child is None else child.get(_VAL)


def _on(element) -> bool:
    """A Word on/off property (``<w:b/>``, ``<w:b w:val="0"/>``) as a bool."""
    value = element.get(_VAL)
    return value is None or value.lower() not in _FALSE


@dataclass
class _Style:
    """What the reader needs of one style, before following ``basedOn``."""

    name: str
    based_on: str | None
    bold: bool | None
    outline: int | None
    num_id: str | None
    ilvl: int | None
    hidden: bool | None = None  # w:vanish in the style's run properties
    font: str | None = None  # w:rFonts in the style's run properties (its ascii font)


class _Styles:
    """Paragraph and character styles with inheritance resolved on demand.

    A document's styles part defines well over a hundred styles (Word's and
    python-docx's templates carry them all) but uses a handful, so a style is read only
    when a paragraph or run first asks for it: reading all of them cost more than the
    rest of the document.
    """

    def __init__(self, root=None) -> None:
        # (a style's element, or where it stands in ``_blob``: ``from_part``)
        self.elements: dict[str, Any] = {}
        self.default_paragraph: str | None = None
        self._blob = self._root_tag = b""
        if root is not None:
            for el in root.iter(f"{W}style"):
                style_id = el.get(f"{W}styleId") or ""
                self.elements[style_id] = el
                if el.get(f"{W}type") == "paragraph" and \
                        el.get(f"{W}default") in _DEFAULT_ON:
                    self.default_paragraph = style_id
        self._read: dict[str, _Style] = {}
        self._cache: dict[tuple[str | None, str], object] = {}

    @classmethod
    def from_part(cls, blob: bytes) -> _Styles:
        """The styles of a styles part's bytes (``_document`` leaves it unparsed).

        The bytes are scanned for each style's start tag, which holds all that is
        known of a style before it is asked for (its ID, type and whether it is the
        default), and a style's element is parsed alone when first asked for (the
        part's root tag around it declares the namespaces). A part the scan cannot
        read as surely as the parser (another encoding, comments, CDATA, a DTD, the
        Word namespace under another prefix, attributes in single quotes or with
        entities) is parsed whole."""
        from docx.oxml.parser import parse_xml

        styles = cls()
        scanned = _style_tags(blob)
        if scanned is None:
            try:
                root = parse_xml(blob)
            except Exception as exc:  # (as python-docx failed opening it)
                raise nested_too_deep(exc, "DOCX") or ReadError("corrupt DOCX file") from exc
            return cls(root)
        styles._root_tag, tags = scanned
        styles._blob = blob
        for style_id, span, paragraph_default in tags:
            styles.elements[style_id] = span
            if paragraph_default:
                styles.default_paragraph = style_id
        return styles

    def style(self, style_id: str) -> _Style:
        """One style's own properties (read once, on first use)."""
        style = self._read.get(style_id)
        if style is None:
            element = self.elements[style_id]
            if type(element) is tuple:
                element = self._parsed(*element)
            style = self._read[style_id] = _read_style(element, style_id)
        return style

    def _parsed(self, start: int, end: int):
        """The element of the style at ``_blob[start:end]``, inside the part's root."""
        from docx.oxml.parser import parse_xml

        try:
            return parse_xml(self._root_tag + self._blob[start:end] + b"</w:styles>")[0]
        except Exception as exc:  # (as python-docx failed opening the part)
            raise nested_too_deep(exc, "DOCX") or ReadError("corrupt DOCX file") from exc

    def _chain(self, style_id: str | None):
        """The style and its ancestors, nearest first (cycles cut)."""
        seen: set[str] = set()
        while style_id and style_id in self.elements and style_id not in seen:
            seen.add(style_id)
            style = self.style(style_id)
            yield style_id, style
            style_id = style.based_on

    def lookup(self, style_id: str | None, what: str):
        """An inherited property: "bold", "hidden", "outline", "font", "num", "heading" or
        "toc" (a table-of-contents style: only the paragraph's own style counts)."""
        key = (style_id, what)
        if key not in self._cache:
            self._cache[key] = self._resolve(style_id, what)
        return self._cache[key]

    def _resolve(self, style_id: str | None, what: str):
        """Compute one inherited property by walking the ``basedOn`` chain."""
        for sid, style in self._chain(style_id):
            if what == "bold" and style.bold is not None:
                return style.bold
            if what == "hidden" and style.hidden is not None:
                return style.hidden
            if what == "outline" and style.outline is not None:
                return style.outline
            if what == "font" and style.font is not None:
                return style.font
            if what == "num" and style.num_id is not None:
                return style.num_id, style.ilvl or 0
            if what == "heading":
                level = heading_from_style_name(style.name) or heading_from_style_name(sid)
                if level:
                    return level
            if what == "toc":
                return bool(_TOC_NAME.match(style.name.strip()))
        return False if what in ("bold", "toc", "hidden") else None


_DEFAULT_ON = frozenset({"1", "true"})
_W_NAMESPACE = W[1:-1].encode()
# What the scan of a styles part (``_style_tags``) cannot read as the parser does.
_UNSCANNED = lazy_regex(rb"<!--|<!\[CDATA\[|<!DOCTYPE|<!ENTITY")
_STYLES_ROOT = lazy_regex(rb"(?:\xef\xbb\xbf)?\s*(?:<\?[^>]*\?>\s*)*(<w:styles\b[^>]*>)")
_STYLE_TAG = lazy_regex(rb"<w:style\b([^>]*)>")
_STYLE_END = b"</w:style>"
_ATTRIBUTE = lazy_regex(rb'\s([\w:.-]+)\s*=\s*"([^"]*)"')
_UTF8_DECLARED = lazy_regex(rb"encoding\s*=\s*[\"']utf-?8[\"']", re.IGNORECASE)


def _package_reader(data: bytes):
    """python-docx's ``PackageReader.from_file`` of a package's bytes, without unpacking
    the parts no reader of the minutes reads: pictures, fonts, themes and Word 2010's
    second copy of the styles (stylesWithEffects, as large as the styles part). A part
    named but missing still fails as it did; the parts' bytes are read where python-docx
    reads them, in its walk of the relationships."""
    from docx.opc.packuri import PACKAGE_URI
    from docx.opc.phys_pkg import PhysPkgReader
    from docx.opc.pkgreader import PackageReader, _ContentTypeMap

    physical = PhysPkgReader(io.BytesIO(data))
    try:
        names = set(physical._zipf.namelist())
        read = physical.blob_for
        physical.blob_for = lambda uri: b"" if uri.membername in names and \
            _UNREAD_PART.search(uri.membername) else read(uri)
        types = _ContentTypeMap.from_xml(physical.content_types_xml)
        relationships = PackageReader._srels_for(physical, PACKAGE_URI)
        parts = PackageReader._load_serialized_parts(physical, relationships, types)
    finally:
        physical.close()
    return PackageReader(types, relationships, parts)


# The parts ``_package_reader`` leaves unread, by name: pictures (a logo, a signature),
# embedded fonts, themes, thumbnails, the styles' copy for Word 2010, the font table
# and the web settings.
_UNREAD_PART = lazy_regex(
    r"\.(?:png|jpe?g|gif|bmp|tiff?|emf|wmf|svg|odttf|ttf)$|^word/theme/|^docProps/thumbnail|"
    r"^word/(?:stylesWithEffects|fontTable|webSettings)\.xml$", re.IGNORECASE)


def _style_tags(blob: bytes) -> tuple[bytes, list[tuple[str, tuple[int, int], bool]]] | None:
    """The root tag of a styles part and, for each w:style in order, its ID, where it
    stands in ``blob`` and whether it is the default paragraph style (``_Styles``);
    None when the part is written in a way only the parser reads surely."""
    head = blob[:256]
    if (b"encoding" in head and not _UTF8_DECLARED.search(head)) or \
            head.startswith((b"\xff\xfe", b"\xfe\xff")) or \
            (b"!" in blob and _UNSCANNED.search(blob)):  # ("!": one fast scan, rarely met)
        return None
    root = _STYLES_ROOT.match(blob)
    if root is None or root.group(1).endswith(b"/>") or blob.count(_W_NAMESPACE) != 1 or \
            b'xmlns:w="' + _W_NAMESPACE + b'"' not in root.group(1):
        return None
    tags = []
    found = list(_STYLE_TAG.finditer(blob, root.end()))
    for n, tag in enumerate(found):
        written = tag.group(1)
        if b"'" in written or b"&" in written:
            return None
        if written.endswith(b"/"):
            last = tag.end()
        else:
            # (its end: the last end tag before the next style, looked for backwards from
            # there; none there is a style inside a style, which the parser reads)
            end = blob.rfind(_STYLE_END, tag.end(),
                             found[n + 1].start() if n + 1 < len(found) else len(blob))
            if end < 0:
                return None
            last = end + len(_STYLE_END)
        values = dict(_ATTRIBUTE.findall(written))
        kind, default = values.get(b"w:type"), values.get(b"w:default")
        read = b" ".join((values.get(b"w:styleId", b""), kind or b"", default or b""))
        if b"\t" in read or b"\n" in read or b"\r" in read:  # (the parser makes them spaces)
            return None
        try:
            style_id = values.get(b"w:styleId", b"").decode()
        except UnicodeDecodeError:
            return None
        default = kind == b"paragraph" and default in (b"1", b"true")
        tags.append((style_id, (tag.start(), last), default))
    return root.group(1), tags


def _styles_of(document) -> _Styles:
    """The styles of a document opened by ``_document``: read from its styles part's
    bytes, or python-docx's parsed styles when it has no styles part of that type (its
    default styles, as before)."""
    from docx.opc.constants import CONTENT_TYPE as CT
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.part import XmlPart

    try:
        part = document.part.part_related_by(RT.STYLES)
    except KeyError:
        return _Styles(document.styles.element)
    if isinstance(part, XmlPart):
        return _Styles(part.element)
    if part.content_type != CT.WML_STYLES:
        return _Styles(document.styles.element)
    return _Styles.from_part(part.blob)


def _read_style(el, style_id: str) -> _Style:
    """The properties one w:style sets itself (before following ``basedOn``)."""
    ppr, rpr = el.find(_PPR), el.find(_RPR)
    bold = rpr.find(f"{W}b") if rpr is not None else None
    num = ppr.find(f"{W}numPr") if ppr is not None else None
    outline = _val(ppr, f"{W}outlineLvl")
    ilvl = _val(num, f"{W}ilvl") if num is not None else None
    return _Style(
        name=(_val(el, f"{W}name") or style_id),
        based_on=_val(el, f"{W}basedOn"),
        bold=None if bold is None else _on(bold),
        hidden=None if rpr is None or (vanish := rpr.find(_VANISH)) is None else _on(vanish),
        font=None if rpr is None or (fonts := rpr.find(_RFONTS)) is None else (
            fonts.get(f"{W}ascii") or fonts.get(f"{W}hAnsi")),
        outline=int(outline) if outline and outline.isdigit() else None,
        num_id=_val(num, f"{W}numId") if num is not None else None,
        ilvl=int(ilvl) if ilvl and ilvl.isdigit() else None,
    )


def heading_from_style_name(name: str) -> int | None:
    """Heading level from a style name or ID: "Heading 2", "Overskrift2", "Tittel" (1),
    "Subtitle" (2); shared with the ODT reader, whose styles have the same names."""
    lowered = name.strip().lower()
    if lowered in _TITLE_NAMES:
        return 1
    if lowered in _SUBTITLE_NAMES:
        return 2
    match = _HEADING_NAME.match(lowered)
    return int(match.group(1)) if match else None


@dataclass
class _Level:
    """One level of a list definition."""

    start: int = 1
    fmt: str = "decimal"
    text: str = "%1."
    legal: bool = False  # w:isLgl: the level shows every counter as a decimal ("2.1")
    # w:lvlRestart: the count restarts after a level up to this one (1-based) is used
    # again, 0 never; None (the default) after any level above it
    restart: int | None = None


@dataclass
class _Numbering:
    """The numbering part: list instances (numId) → their levels and start overrides,
    the list definition (abstractNum) each counts on, the levels it restarts, and the
    level each paragraph style is linked to (w:lvl's w:pStyle), by list definition."""

    levels: dict[str, dict[int, _Level]] = field(default_factory=dict)
    counts_on: dict[str, str] = field(default_factory=dict)
    restarts: dict[str, frozenset[int]] = field(default_factory=dict)
    styled: dict[str, dict[str, int]] = field(default_factory=dict)


def _numbering(document, styles: _Styles) -> _Numbering:
    """Parse the numbering part into per-numId level tables (empty when absent)."""
    numbering = _Numbering()
    try:
        root = document.part.numbering_part.element
    except (KeyError, NotImplementedError):
        return numbering
    abstract: dict[str, dict[int, _Level]] = {}
    links: dict[str, str] = {}
    for el in root.iter(f"{W}abstractNum"):
        aid = el.get(f"{W}abstractNumId") or ""
        abstract[aid] = {_ilvl(lvl): _parse_level(lvl) for lvl in el.iter(f"{W}lvl")}
        linked = {style: _ilvl(lvl) for lvl in el.iter(f"{W}lvl")
                  if (style := _val(lvl, f"{W}pStyle"))}
        if linked:
            numbering.styled[aid] = linked
        link = _val(el, f"{W}numStyleLink")
        if link:
            links[aid] = link
    nums: dict[str, str] = {}
    for el in root.iter(f"{W}num"):
        num_id = el.get(f"{W}numId") or ""
        aid = _val(el, f"{W}abstractNumId") or ""
        nums[num_id] = aid
        numbering.counts_on[num_id] = aid
        levels = {k: replace(v) for k, v in abstract.get(aid, {}).items()}
        restarts = set()
        for override in el.iter(f"{W}lvlOverride"):
            level = _ilvl(override)
            replaced = override.find(f"{W}lvl")
            if replaced is not None:
                levels[level] = _parse_level(replaced)
            start = _val(override, f"{W}startOverride")
            if start and start.lstrip("-").isdigit():
                levels.setdefault(level, _Level()).start = int(start)
                restarts.add(level)
        numbering.levels[num_id] = levels
        numbering.restarts[num_id] = frozenset(restarts)
    _follow_style_links(numbering, abstract, links, nums, styles)
    return numbering


def _follow_style_links(numbering, abstract, links, nums, styles: _Styles) -> None:
    """Give a list that only links to a numbering style (numStyleLink) that style's levels."""
    if not links:
        return
    for num_id, aid in nums.items():
        if aid in links and not numbering.levels.get(num_id):
            linked = styles.lookup(links[aid], "num")
            if linked and linked[0] in nums:
                numbering.counts_on[num_id] = nums[linked[0]]
                target = abstract.get(nums[linked[0]], {})
                numbering.levels[num_id] = {k: replace(v) for k, v in target.items()}


def _ilvl(element) -> int:
    """The w:ilvl attribute as an int (0 when missing or odd)."""
    raw = element.get(f"{W}ilvl") or "0"
    return int(raw) if raw.isdigit() else 0


def _parse_level(lvl) -> _Level:
    """One w:lvl: start value, number format and level text."""
    start = _val(lvl, f"{W}start")
    restart = _val(lvl, f"{W}lvlRestart")
    return _Level(
        start=int(start) if start and start.lstrip("-").isdigit() else 1,
        fmt=_number_format(lvl),
        text=_val(lvl, f"{W}lvlText") or "",
        legal=(legal := lvl.find(f"{W}isLgl")) is not None and _on(legal),
        restart=int(restart) if restart and restart.isdigit() else None,
    )


_NUM_FMT = f"{W}numFmt"
# Where Word 2010 and later write a level's custom format: in alternate content, its
# choice for readers that know custom formats, a plain "decimal" as the fallback.
_CHOSEN_NUM_FMT = f"{_ALTERNATE}/{_CHOICE}/{_NUM_FMT}"


def _number_format(lvl) -> str:
    """A level's number format; a custom format of zero-padded numbers ("001, 002, 003,
    ...", as Word writes a case register's "001" in w:format with w:val="custom", in its
    alternate content) as "decimalZero" with the width ("decimalZero3"): Word shows
    "001", where its fallback for older readers says only "decimal"."""
    fmt = lvl.find(_NUM_FMT)
    if fmt is None:
        fmt = lvl.find(_CHOSEN_NUM_FMT)
    if fmt is None:
        return "decimal"
    value = fmt.get(_VAL) or "decimal"
    if value == "custom":
        first = (fmt.get(f"{W}format") or "").split(",")[0].strip()
        return f"decimalZero{len(first)}" if first[:1] == "0" and first.isdigit() \
            else "decimal"
    return value


def _format_number(value: int, fmt: str) -> str:
    """A counter value in Word's number formats (decimal, letters, roman); none for a
    level whose format is "none": Word draws no number for it, also where a deeper
    level's text names it ("%1.%2" under an unnumbered "none" level shows ".1")."""
    if fmt == "none":
        return ""
    if fmt in {"lowerLetter", "upperLetter"}:
        text = _word_letters(value)
        return text if fmt == "lowerLetter" else text.upper()
    if fmt in {"lowerRoman", "upperRoman"}:
        text = roman(value)
        return text if fmt == "lowerRoman" else text.upper()
    if fmt.startswith("decimalZero"):  # "01"; "001" from a custom format ("decimalZero3")
        return str(value).zfill(int(fmt[11:] or 2))
    return str(value)


def _restarts_after(level: _Level | None, used: int) -> bool:
    """Whether a deeper level's count starts again when level ``used`` (0-based) counts
    on: after any level above it unless its w:lvlRestart says which, or (0) never: "Sak
    %2" items counted through the whole minutes across numbered parts ("1. Vedtakssaker",
    "Sak 1", "Sak 2", "2. Orienteringssaker", "Sak 3")."""
    if level is None or level.restart is None:
        return True
    return level.restart != 0 and used < level.restart


def _word_letters(value: int) -> str:
    """A letter counter as Word draws it: after "z" the letter doubles ("aa", "bb"),
    then triples; not "ab" as in a spreadsheet's columns (values below 1 count as 1)."""
    n = max(value, 1) - 1
    return chr(ord("a") + n % 26) * (n // 26 + 1)


class _Counters:
    """Word's list counters: one per list definition (abstractNum) and level, deeper
    levels restart.

    Word counts on the definition, not on the list instance (numId): a numbered heading
    or list that goes on under another numId of the same definition goes on counting
    ("3. Eventuelt" after "2.2 Budsjett"), and an instance that sets a start value
    (startOverride, Word's "Restart at 1") restarts the count where it is first used.
    """

    def __init__(self, numbering: _Numbering) -> None:
        self.numbering = numbering
        self.values: dict[str, list[int | None]] = {}
        self.used: set[tuple[str, int]] = set()  # (numId, level) already numbered

    def marker(self, num_id: str, ilvl: int) -> str | None:
        """Advance the counter and return the visible marker ("1.", "a)", "-")."""
        levels = self.numbering.levels.get(num_id)
        if not levels:
            return None
        ilvl = min(max(ilvl, 0), 8)
        level = levels.get(ilvl) or _Level()
        if level.fmt == "bullet":
            return "-"
        if level.fmt == "none":
            return ""
        values = self.values.setdefault(self.numbering.counts_on.get(num_id, num_id), [None] * 9)
        if (num_id, ilvl) not in self.used:
            self.used.add((num_id, ilvl))
            if ilvl in self.numbering.restarts.get(num_id, ()):
                values[ilvl] = None
        current = values[ilvl]
        values[ilvl] = level.start if current is None else current + 1
        for deeper in range(ilvl + 1, 9):
            if _restarts_after(levels.get(deeper), ilvl):
                values[deeper] = None
        return re.sub(r"%([1-9])",
                      lambda m: self._placeholder(levels, values, m, level.legal), level.text)

    @staticmethod
    def _placeholder(levels, values, match, legal: bool) -> str:
        """The formatted counter of the level a "%N" placeholder names; all decimal in
        a legal-style level ("II" above shows as "2.1", Word's "Legal style numbering")."""
        index = int(match.group(1)) - 1
        level = levels.get(index) or _Level()
        value = values[index] if values[index] is not None else level.start
        return str(value) if legal else _format_number(value, level.fmt)


class _Reader(BlockCollector):
    """Walks the body and collects blocks; holds list counters."""

    def __init__(self, styles: _Styles, numbering: _Numbering) -> None:
        super().__init__()
        self.styles = styles
        self.counters = _Counters(numbering)
        self.boxes = True  # whether the document has text boxes to look for at all
        self.fallbacks = True  # whether it has alternate content's copies (mc:Fallback)
        self.parts: Any = {}  # the document part's related parts by relationship id
        self.changes = True  # whether it has tracked deletions (of text or of marks)
        self.joined = ""  # the text of paragraphs whose deleted mark joins them to the next
        self.row_runs: list[str] = []  # the bold text in the cells of the row being read
        self.empty_number: str | None = None  # the number an empty paragraph just showed

    def walk(self, container) -> None:
        """Paragraphs and tables of a body, cell or content control, in order."""
        for child in container:
            tag = child.tag
            if tag == _P:
                self.paragraph(child)
            elif tag == _TBL:
                self.table(child)
            elif tag == _SDT_CONTENT or (tag == _SDT and _shown_control(child)):
                self.walk(child if tag == _SDT_CONTENT else child.iterfind(_SDT_CONTENT))
            elif tag == _ALT_CHUNK:
                self.alt_chunk(child)
            elif tag == _CUSTOM_XML:
                self.walk(child)
            elif tag == _ALTERNATE:
                self.alternate(child)

    def alternate(self, content) -> None:
        """Paragraphs or tables in alternate content (mc:AlternateContent round a
        block, as newer Word writes for a feature old readers lack): the choice Word
        shows, read once; its copy for old readers (mc:Fallback) never."""
        shown = content.find(_CHOICE)
        if shown is None:
            shown = content.find(_FALLBACK)  # no choice: the copy is all there is
        if shown is not None:
            self.walk(shown)

    def alt_chunk(self, chunk) -> None:
        """An imported chunk (w:altChunk): text that generators write as an HTML,
        web-archive (MHT) or plain-text part, or a whole .docx merged in, for Word to
        convert when the file is first opened; until a user saves it in Word, the file
        holds the text only there. Other kinds (RTF) are left, and the rest still reads."""
        part = self.parts.get(chunk.get(_R_ID) or "")
        kind = (getattr(part, "content_type", "") or "").split(";")[0].strip().lower()
        data = getattr(part, "blob", b"")
        name = str(getattr(part, "partname", "")).lower()
        if kind in _MHT_CHUNKS or (kind not in _CHUNK_FORMATS and
                                   name.endswith((".mht", ".mhtml"))):
            kind, data = "text/html", _archived_page(data)
        elif kind not in _CHUNK_FORMATS and name.endswith((".htm", ".html", ".xhtml")):
            kind = "text/html"  # a page typed loosely ("application/octet-stream")
        if kind not in _CHUNK_FORMATS or not data:
            return
        try:
            blocks = reader(_CHUNK_FORMATS[kind])(data)
        except ReadError:  # a chunk that is not text after all: the rest still reads
            return
        self.gap = True
        for block in blocks:
            self.emit(block)
        self.gap = True

    def paragraph(self, p) -> None:
        """One w:p as a heading, list item, table-like row or paragraph, then the
        contents of the text boxes anchored in it."""
        if self.changes and _joins_next(p):
            self.join(p)
            return
        block = self.paragraph_block(p)
        if block is None:
            self.blank()
        else:
            for line in soft_lines(block):
                self.emit(line)
        for box in _text_boxes(p) if self.boxes else ():
            self.walk(box)

    def join(self, p) -> None:
        """Keep the text of a paragraph whose mark is a tracked deletion for the next
        one: Word shows the two as one paragraph ("Budsjettet" + "ble vedtatt."), and a
        paragraph deleted whole as nothing, not as an empty line."""
        self.joined += _paragraph_text(p, self.styles, False)[0]
        for box in _text_boxes(p) if self.boxes else ():
            self.walk(box)

    def paragraph_block(self, p) -> Block | None:
        """The block for a w:p, or None when it holds no visible text."""
        joined, self.joined = self.joined, ""
        ppr = p.find(_PPR)
        style_id = _val(ppr, f"{W}pStyle") or self.styles.default_paragraph
        if self.styles.lookup(style_id, "toc"):
            return None
        style_bold = self.styles.lookup(style_id, "bold")
        text, bold, runs = _paragraph_text(p, self.styles, style_bold)
        if joined:
            text, bold = joined + text, bold and not joined.strip()
        text = text.strip()
        if not text:
            self.empty_number = self._count_empty(ppr, style_id)
            return None
        if "\u2011" in text:  # typed as a character (as Writer saves it): a hyphen, as
            text = text.replace("\u2011", "-")  # w:noBreakHyphen reads ("18.00‑20.30")
        if "\u00ad" in text:  # a soft hyphen typed as a character (as converters save
            text = text.replace("\u00ad", "")  # it): invisible, as w:softHyphen is
        level = self._heading_level(ppr, style_id)
        num = self._numbering(ppr, style_id)
        marker = self.counters.marker(*num) if num is not None else None
        if level:
            # Numbered headings ("Sak 3:", "2.1") show their number in front, as in Word.
            shown = f"{marker} {_TABS.sub(' ', text)}" if marker else _TABS.sub(" ", text)
            return Block(HEADING, shown, level=level, bold=bold, runs=runs)
        if marker and num is not None:
            item = f"{marker} {_TABS.sub(' ', text)}"
            return Block(LIST_ITEM, item, level=num[1], bold=bold, runs=runs)
        return with_runs(typed_block(text, bold), runs)

    def _count_empty(self, ppr, style_id: str | None) -> str | None:
        """Advance the list counter for an empty numbered paragraph: Word shows its
        number and counts it ("1. Innkalling", "2.", "3. Eventuelt"), unless the
        paragraph's mark is a tracked deletion or hidden (then Word shows no number).
        The number shown, or None."""
        num = self._numbering(ppr, style_id)
        if num is None:
            return None
        mark = ppr.find(_RPR) if ppr is not None else None
        if mark is not None and (mark.find(f"{W}del") is not None or _hidden(mark)):
            return None
        return self.counters.marker(*num)

    def _heading_level(self, ppr, style_id: str | None) -> int | None:
        """Heading level from the style's name/ID or an outline level (0-based in XML)."""
        level = self.styles.lookup(style_id, "heading")
        if level:
            return level
        outline = _val(ppr, f"{W}outlineLvl")
        if outline is None:
            outline = self.styles.lookup(style_id, "outline")
        if outline is not None and str(outline).isdigit() and int(outline) < 6:
            return int(outline) + 1
        return None

    def _numbering(self, ppr, style_id: str | None) -> tuple[str, int] | None:
        """(numId, ilvl) from the paragraph, else from its style; numId 0 means none."""
        num_pr = ppr.find(f"{W}numPr") if ppr is not None else None
        if num_pr is not None:
            num_id = _val(num_pr, f"{W}numId")
            ilvl = _val(num_pr, f"{W}ilvl")
            inherited = self.styles.lookup(style_id, "num")
            if num_id is None and inherited:
                num_id = inherited[0]
            level = int(ilvl) if ilvl and ilvl.isdigit() else (inherited[1] if inherited else 0)
            return None if not num_id or num_id == "0" else (num_id, level)
        inherited = self.styles.lookup(style_id, "num")
        if inherited and inherited[0] != "0":
            return inherited[0], self._linked_level(inherited, style_id)
        return None

    def _linked_level(self, inherited: tuple[str, int], style_id: str | None) -> int:
        """The list level of a paragraph numbered by its style: the level the list
        definition links to that style (w:lvl/w:pStyle, Word's "Link level to style"),
        which Word shows whatever the style's own w:ilvl says ("Overskrift 2" under
        "2. Økonomi" is "2.1", also when the style names no level); else that level."""
        numbering = self.counters.numbering
        if numbering.styled and style_id:
            aid = numbering.counts_on.get(inherited[0])
            level = numbering.styled.get(aid, {}).get(style_id) if aid else None
            if level is not None:
                return level
        return inherited[1]

    def table(self, tbl) -> None:
        """Each row → a TABLE_ROW; nested tables follow the row that holds them.

        A table that holds headings lays out the page (a "Sak 10/24" column beside the
        item's heading and text): its cells are read as ordinary flow, as the HTML reader
        reads a layout table.
        """
        if self._holds_headings(tbl) or _list_in_columns(tbl):
            self.flow(tbl)
            return
        self.gap = True
        above: dict[int, str] = {}  # grid column → the text of the cell last started there
        for tr in tbl.iter(_TR):
            if _parent_table(tr) is not tbl or _in_placeholder(tr) or (
                    self.changes and _deleted_row(tr)):
                continue  # (a row of a control still prompting: "Klikk her for å …")
            cells: list[str] = []
            nested: list = []
            self.row_runs = []
            column = _grid_before(tr)
            for tc in tr.iter(_TC):
                if _parent_table(tc) is not tbl:
                    continue
                if _continues_merge(tc):
                    cells.append(above.get(column, ""))  # the merged cell spans this row too
                elif _continues_merge(tc, _H_MERGE):
                    pass  # (the cell before spans it, as gridSpan writes it now: shown once)
                elif _in_placeholder(tc):
                    cells.append("")  # a cell's control still prompting: nothing filled in
                else:
                    cells.append(self.cell_text(tc, nested))
                    above[column] = cells[-1]
                column += _grid_span(tc)
            if any(cells):
                text = "\t".join(cells)
                self.emit(Block(TABLE_ROW, text, cells=tuple(cells),
                                runs=tuple(self.row_runs)))
            for inner in nested:
                self.table(inner)
        self.gap = True

    def _holds_headings(self, tbl) -> bool:
        """Whether a cell of the table itself (not of a nested one) holds a heading with
        text under it. A header row merely styled as headings ("Navn", "Kommune") has
        nothing under them, and leaves the table a table."""
        for p in tbl.iter(_P):
            ppr = p.find(_PPR)
            style_id = _val(ppr, f"{W}pStyle") or self.styles.default_paragraph
            if self._heading_level(ppr, style_id) and _parent_table(p) is tbl:
                cell = p.getparent()
                if cell is not None and sum(
                        1 for q in cell.iterfind(_P) if "".join(q.itertext()).strip()) > 1:
                    return True
        return False

    def flow(self, tbl) -> None:
        """A layout table's cells, row by row, as the blocks they hold."""
        self.gap = True
        for tr in tbl.iter(_TR):
            if _parent_table(tr) is not tbl or _in_placeholder(tr) or (
                    self.changes and _deleted_row(tr)):
                continue
            for tc in tr.iter(_TC):
                if _parent_table(tc) is tbl and not _continues_merge(tc) and \
                        not _in_placeholder(tc):
                    self.walk(tc)
        self.gap = True

    def cell_text(self, tc, nested: list) -> str:
        """A cell's paragraphs joined by newlines.

        A cell that holds only a list's number shows it: Word's "Nummerering" on a
        table's column numbers its empty cells ("5/26", "6/26" beside the items' titles),
        the one place a number stands without text.
        """
        lines: list[str] = []
        number: list[str] = []  # the numbers of the cell's empty numbered paragraphs
        for el in tc.iter(_P, _TBL):
            if el.tag == _TBL:
                if _parent_table(el) is _parent_table(tc):
                    nested.append(el)
                continue
            if _parent_table(el) is not _parent_table(tc) or _in_placeholder(el) or (
                    self.fallbacks and _in_fallback(el, tc)):
                continue
            if self.changes and _joins_next(el):
                self.joined += _paragraph_text(el, self.styles, False)[0]
                continue
            self.empty_number = None
            block = self.paragraph_block(el)
            if block is not None:
                lines.append(_TABS.sub(" ", block.text))
                self.row_runs.extend(cell_runs(block))
            elif self.empty_number:
                number.append(self.empty_number.strip())
        return "\n".join(lines) if lines or not number else number[0]


def _joins_next(p) -> bool:
    """Whether a paragraph's mark is a tracked deletion (or moved away) and a paragraph
    follows it: Word then shows the two as one."""
    ppr = p.find(_PPR)
    mark = ppr.find(_RPR) if ppr is not None else None
    if mark is None or (mark.find(_DEL) is None and mark.find(_MOVE_FROM) is None):
        return False
    following = p.getnext()
    while following is not None and following.tag in _BETWEEN_PARAGRAPHS:
        following = following.getnext()
    return following is not None and following.tag == _P


# Marks that may stand between two paragraphs without parting them.
_BETWEEN_PARAGRAPHS = frozenset(f"{W}{name}" for name in (
    "bookmarkStart", "bookmarkEnd", "commentRangeStart", "commentRangeEnd", "proofErr",
    "permStart", "permEnd"))


_V_MERGE, _H_MERGE = f"{W}vMerge", f"{W}hMerge"


def _list_in_columns(tbl) -> bool:
    """Whether a table is one list set out in columns: a single row (no header) whose
    every cell holds several paragraphs, the first at least three ("Til stede:" over a
    borderless table, three names a column). Read down each column, as the eye reads
    it, a line a paragraph: read across, the first column's names would run into the
    second's. A table of a row of label and names ("Til stede | Kari Holm …") has a
    cell of one line, a signature table a name and a title (two lines) a cell."""
    rows = [tr for tr in tbl.iterfind(_TR)]
    if len(rows) != 1:
        return False
    counts = [sum(1 for q in tc.iterfind(_P) if "".join(q.itertext()).strip())
              for tc in rows[0].iterfind(_TC)]
    return len(counts) >= 2 and counts[0] >= 3 and min(counts) >= 2


def _deleted_row(tr) -> bool:
    """A table row deleted as a tracked change (w:del in its w:trPr): Word shows the
    table without it. Its runs are deleted too, but a cell merged from the row above
    would still fill it with that cell's text, as a row of its own."""
    trpr = tr.find(f"{W}trPr")
    return trpr is not None and trpr.find(_DEL) is not None


def _continues_merge(tc, kind: str = _V_MERGE) -> bool:
    """A cell that continues a merged cell: from the row above (vMerge), or from the
    cell before (hMerge, as Word 2003 and some generators write a cell across columns)."""
    tcpr = tc.find(f"{W}tcPr")
    merge = tcpr.find(kind) if tcpr is not None else None
    return merge is not None and merge.get(_VAL) in (None, "continue")


def _grid_before(tr) -> int:
    """The grid columns a row leaves out before its first cell (w:gridBefore): a row
    indented under a wider one starts that many columns in, so a merged cell above is
    found in its own column."""
    trpr = tr.find(f"{W}trPr")
    before = _val(trpr, f"{W}gridBefore") if trpr is not None else None
    return int(before) if before and before.isdigit() else 0


def _grid_span(tc) -> int:
    """How many grid columns a cell spans (w:gridSpan, 1 without it)."""
    tcpr = tc.find(f"{W}tcPr")
    span = _val(tcpr, f"{W}gridSpan") if tcpr is not None else None
    return int(span) if span and str(span).isdigit() else 1


def _parent_table(element):
    """The nearest enclosing w:tbl of an element (to keep nested tables apart)."""
    parent = element.getparent()
    while parent is not None and parent.tag != _TBL:
        parent = parent.getparent()
    return parent


def _paragraph_text(p, styles: _Styles, style_bold: bool) -> tuple[str, bool, tuple[str, ...]]:
    """A paragraph's visible text, whether every non-blank run of it is bold, and the
    bold runs inside it when only some are (``bold_runs``: w:b on the run or its
    character style, "Strong"/"Sterk"; w:bCs, the weight of complex scripts, is no bold
    a reader sees)."""
    parts: list[str] = []
    flags: list[bool] = []  # per part: set in bold
    all_bold = True
    any_bold = False
    any_text = False
    fields: list[_Field] = []  # the complex fields open here, innermost last
    style_hidden = styles.lookup(_val(p.find(_PPR), f"{W}pStyle") or styles.default_paragraph,
                                 "hidden")
    for run in _runs(p):
        if run.tag != _R:  # a simple field that numbers the page (``_runs``)
            parts.append(PAGE_MARK)
            flags.append(False)
            continue
        rpr = run.find(_RPR)
        if _run_hidden(rpr, styles, style_hidden):
            continue
        text = _run_text(run, rpr, fields)
        if not text:
            continue
        if rpr is not None and (char_style := _val(rpr, f"{W}rStyle")) and \
                rpr.find(_RFONTS) is None:
            text = _in_style_font(text, char_style, styles)
        if len(text) <= 2 and parts and text.isdigit() and _superscript(rpr):
            text = raised(parts[-1], text)  # "kl. 9" + raised "30": "kl. 9.30"
            if not text:
                continue  # a footnote's number typed raised: "Kari Holm¹"
        parts.append(text)
        if text.strip():
            if _run_bold(rpr, styles, style_bold) or (
                    all_bold and rpr is not None and _underlined(rpr)):
                # (underlined runs that open a paragraph set a lead or a heading off as
                # bold does: "<u>Økonomi</u>. Regnskapet …"; a link further on does not)
                any_text = any_bold = True
                flags.append(True)
                continue
            any_text = True
            all_bold = False
        flags.append(False)
    runs = bold_runs(zip(parts, flags, strict=True)) if any_bold and not all_bold else ()
    text = "".join(parts)
    if PAGE_MARK in text:
        text = without_page_numbers(text)
    return text, all_bold and any_text, runs


def _superscript(rpr) -> bool:
    """Whether run properties set the run as a superscript (w:vertAlign)."""
    return rpr is not None and _val(rpr, f"{W}vertAlign") == "superscript"


def _runs(container):
    """The w:r elements of a paragraph in order, inside links, insertions and fields;
    of alternate content the choice Word shows; none of a placeholder. A simple field
    that numbers the page (w:fldSimple "PAGE") is yielded itself, not its runs: its
    number is left out (``_page_field``)."""
    for child in container:
        tag = child.tag
        if tag == _R:
            yield child
        elif tag in _RUN_CONTAINERS:
            if tag == _FLD_SIMPLE and _page_field(child.get(f"{W}instr")):
                yield child
            elif tag != _SDT or _shown_control(child):
                yield from _runs(child)
        elif tag == _ALTERNATE:
            choice = child.find(_CHOICE)
            if choice is not None:
                yield from _runs(choice)


def _run_hidden(rpr, styles: _Styles, style_hidden: bool) -> bool:
    """Hidden text (w:vanish) set on the run, else by its character style, else by the
    paragraph's style: a template's hidden guidance, which Word neither shows nor prints."""
    if rpr is not None:
        vanish = rpr.find(_VANISH)
        if vanish is not None:
            return _on(vanish)
        char_style = _val(rpr, f"{W}rStyle")
        if char_style and styles.lookup(char_style, "hidden"):
            return True
    return style_hidden


def _hidden(rpr) -> bool:
    """Run properties that hide the run (w:vanish): Word neither shows nor prints it."""
    vanish = rpr.find(_VANISH)
    return vanish is not None and _on(vanish)


def _shown_control(sdt) -> bool:
    """Whether a content control shows its content: not still its placeholder prompt,
    and not a table of contents. The prompt flag is an on/off property like any other:
    a template filler that clears it by writing ``w:val="0"`` leaves the typed value."""
    props = sdt.find(_SDT_PR)
    if props is None:
        return True
    prompt = props.find(f"{W}showingPlcHdr")
    if prompt is not None and _on(prompt):
        return False
    gallery = props.find(f"{W}docPartObj/{W}docPartGallery")
    return gallery is None or "contents" not in (gallery.get(_VAL) or "").lower()


def _in_placeholder(p) -> bool:
    """A paragraph, table row or cell of a block-level content control still showing
    its placeholder (a template's prompt: "Klikk eller trykk her for å skrive inn
    tekst.", a repeating section's empty row)."""
    parent = p.getparent()
    return (parent is not None and parent.tag == _SDT_CONTENT
            and not _shown_control(parent.getparent()))


def _in_fallback(p, stop) -> bool:
    """Whether a paragraph (of a text box) is in the copy kept for old readers
    (mc:Fallback) below ``stop``: the box Word shows is read, its copy is not."""
    ancestor = p.getparent()
    while ancestor is not None and ancestor is not stop:
        if ancestor.tag == _FALLBACK:
            return True
        ancestor = ancestor.getparent()
    return False


def _text_boxes(p) -> list:
    """The text boxes (w:txbxContent) anchored in a paragraph, once each: the box Word
    shows, not the copy kept for old readers in mc:Fallback, nor boxes in boxes."""
    boxes = []
    for box in p.iter(_TXBX):
        ancestor = box.getparent()
        while ancestor is not None and ancestor is not p and ancestor.tag not in (
                _FALLBACK, _TXBX):
            ancestor = ancestor.getparent()
        if ancestor is p:
            boxes.append(box)
    return boxes


def _run_text(run, rpr=None, fields: list[_Field] | None = None) -> str:
    """Visible characters of a run: text, tabs (also positional ones), line breaks
    (deleted text is w:delText), and the marks of a symbol font as the characters they
    show (``motebok.read.symbols``). Of a complex field Word shows the result, never the code
    between its begin and separate marks (``_field_mark``), whichever element the code
    is written in (w:instrText, or w:t as some generators write it); of a field that
    numbers the page not the result either, but ``PAGE_MARK`` where it stood."""
    out: list[str] = []
    for child in run:
        tag = child.tag
        if tag == _FLD_CHAR and fields is not None:
            if len(child) and not _in_field_code(fields):  # a form field's data
                out.append(_form_field(child))
            out.append(_field_mark(fields, child.get(_FLD_CHAR_TYPE)))
        elif fields and _in_field_code(fields):
            if tag in (_INSTR_TEXT, _T) and not fields[-1].separated:
                fields[-1].code += child.text or ""
            continue  # the field's code, not its shown result
        elif tag == _T:
            out.append(child.text or "")
        elif tag in (_TAB, _PTAB):
            out.append("\t")
        elif tag in (_BR, _CR):
            out.append("\n")
        elif tag == _NO_BREAK_HYPHEN:
            out.append("-")
        elif tag == _SYM:
            table = symbol_table(child.get(f"{W}font"))
            code = child.get(f"{W}char") or ""
            if table is not None and len(code) == 4:
                out.append(table.get(code[2:].upper(), ""))
    text = "".join(out)
    if rpr is not None and text and (table := _symbol_font(rpr)) is not None:
        return shown_marks(text, table)
    return text


def _form_field(mark) -> str:
    """What a legacy form field shows that has no result of its own (w:ffData on its
    begin mark): a check box as "☒" or "☐" (an attendance table's "Møtt"), a drop-down
    as its chosen entry; "" for text fields, whose result is their runs."""
    data = mark.find(_FF_DATA)
    if data is None:
        return ""
    box = data.find(f"{W}checkBox")
    if box is not None:
        checked = box.find(f"{W}checked")
        if checked is None:
            checked = box.find(f"{W}default")
        return "☒" if checked is not None and _on(checked) else "☐"
    drop = data.find(f"{W}ddList")
    if drop is None:
        return ""
    entries = [entry.get(_VAL) or "" for entry in drop.iterfind(f"{W}listEntry")]
    chosen = _val(drop, f"{W}result") or _val(drop, f"{W}default") or "0"
    index = int(chosen) if chosen.isdigit() else 0
    return entries[index] if index < len(entries) else ""


class _Field:
    """A complex field open in a paragraph: its code as read so far, and whether its
    result is shown (after its separate mark, unless it numbers the page)."""

    __slots__ = ("code", "separated", "shown")

    def __init__(self) -> None:
        self.code = ""
        self.shown = False
        self.separated = False


def _in_field_code(fields: list[_Field]) -> bool:
    """Whether the run text here is hidden by an open field: its code, or the result of
    one that numbers the page."""
    return any(not field.shown for field in fields)


def _field_mark(fields: list[_Field], kind: str | None) -> str:
    """Follow a complex field's mark (w:fldChar): "begin" opens its code, "separate"
    starts the result Word shows (none for a page number), "end" closes it; fields nest
    inside codes and results. ``PAGE_MARK`` at the end of a page-number field shown
    where it stands, else ""."""
    if kind == "begin":
        fields.append(_Field())
    elif kind == "separate" and fields:
        fields[-1].separated = True
        fields[-1].shown = not _page_field(fields[-1].code)
    elif kind == "end" and fields:
        field = fields.pop()
        if _page_field(field.code) and not _in_field_code(fields):
            return PAGE_MARK
    return ""


def _page_field(code: str | None) -> bool:
    """Whether a field's code (" PAGE \\* Arabic ", "NUMPAGES") numbers the page or
    counts the pages: its result is the page it was last laid out on, never a fact of
    the minutes (a cross-reference to a page, PAGEREF, is text and stays)."""
    if not code or "PAGE" not in code.upper():
        return False
    words = code.split(None, 1)
    return bool(words) and words[0].upper() in _PAGE_FIELDS


def _in_style_font(text: str, char_style: str, styles: _Styles) -> str:
    """A run's text as its character style's font shows it: a template's "Avkrysning"
    style set in Wingdings makes "þ" a ticked box, as the font set on the run does."""
    table = symbol_table(styles.lookup(char_style, "font"))
    return shown_marks(text, table) if table is not None else text


def _symbol_font(rpr) -> dict[str, str] | None:
    """The glyph table of a run set in a symbol font (Wingdings, Symbol), else None."""
    fonts = rpr.find(_RFONTS)
    if fonts is None:
        return None
    name = fonts.get(f"{W}ascii") or fonts.get(f"{W}hAnsi") or ""
    return symbol_table(name)


def _underlined(rpr) -> bool:
    """Whether a run is underlined by its own w:u (Word's "single", "double" …, not
    "none"); a character style's underline (the "Hyperlink" style's) is not asked."""
    u = rpr.find(f"{W}u")
    return u is not None and u.get(f"{W}val", "single") != "none"


def _run_bold(rpr, styles: _Styles, style_bold: bool) -> bool:
    """Bold set on the run (its w:rPr, None when it has none), else by its character
    style, else by the paragraph style."""
    if rpr is not None:
        b = rpr.find(f"{W}b")
        if b is not None:
            return _on(b)
        char_style = _val(rpr, f"{W}rStyle")
        if char_style:
            inherited = styles.lookup(char_style, "bold")
            if inherited:
                return True
    return style_bold
