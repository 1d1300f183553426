"""Readers: file bytes → text blocks, one module per format, one registry by format.

``READERS`` maps a format name to the dotted path of its ``read(data: bytes) ->
list[Block]`` function; the module is imported on first use, so ``motebok --help`` and
a plain-text parse never load the PDF or DOCX libraries. Adding a format is one module
and one entry here.
"""

from __future__ import annotations

import importlib
import re
import unicodedata
from collections.abc import Callable
from pathlib import Path

from motebok.errors import ReadError
from motebok.lazy_pattern import lazy_regex
from motebok.read.blocks import Block, BlockKind, Document, without_invisible_marks
from motebok.read.ocr_digits import may_change as may_change_by_ocr_digits
from motebok.read.ocr_digits import may_hold_ocr_digits, with_ocr_digits
from motebok.read.text import line_with_cp1252_signs

__all__ = ["EXTENSIONS", "READERS", "Block", "BlockKind", "Document", "content_format",
           "format_for", "read_bytes"]

READERS: dict[str, str] = {
    "txt": "motebok.read.text:read",
    "md": "motebok.read.markdown:read",
    "docx": "motebok.read.docx:read",
    "odt": "motebok.read.odt:read",
    "pdf": "motebok.read.pdf:read",
    "html": "motebok.read.html:read",
}

# File name endings and the format each one means.
EXTENSIONS: dict[str, str] = {
    ".txt": "txt",
    ".text": "txt",
    ".md": "md",
    ".markdown": "md",
    ".docx": "docx",
    ".odt": "odt",
    ".pdf": "pdf",
    ".html": "html",
    ".htm": "html",
}

# Characters that show nothing: every Unicode space and the invisible format characters
# (BOM, zero-width space and joiners, word joiner, soft hyphen). Blocks of only these
# are no text.
_BLANK = "".join(c for c in map(chr, range(0x3001)) if c.isspace()) + (
    "\ufeff\u200b\u200c\u200d\u2060\u00ad")

_loaded: dict[str, Callable[[bytes], list[Block]]] = {}


def format_for(filename: str | Path) -> str:
    """The format a file name says, or ReadError for an ending motebok does not read."""
    suffix = _suffix(filename).lower()
    try:
        return EXTENSIONS[suffix]
    except KeyError:
        raise ReadError(f"unsupported file type {suffix or '(no extension)'!r}") from None


def content_format(data: bytes) -> str:
    """The format bytes without a file name (standard input) show by their content: a
    PDF's "%PDF" header, an ODT package's leading "mimetype" entry, any other zip package
    (or a legacy Word file, which the DOCX reader names as such) as DOCX, markup that
    opens as a web page as HTML, and everything else as plain text (Markdown reads as
    text too, and ``--format md`` says otherwise)."""
    head = data[:1024]
    if b"%PDF-" in head:
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        return "odt" if head[30:80].startswith(_ODT_MIMETYPE) else "docx"
    if head.startswith(_OLE_MAGIC):
        return "docx"
    lead = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if lead.startswith(b"<") and any(tag in lead for tag in _PAGE_TAGS):
        return "html"
    return "txt"


_ODT_MIMETYPE = b"mimetypeapplication/vnd.oasis.opendocument.text"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_PAGE_TAGS = (b"<!doctype html", b"<html", b"<head", b"<body", b"<meta", b"<p", b"<div",
              b"<h1", b"<h2", b"<table")


def _suffix(filename: str | Path) -> str:
    """``Path(filename).suffix``; a plain name (the usual case) is read without making a
    Path, which costs more than the rest of choosing the reader."""
    if isinstance(filename, str) and "/" not in filename and filename not in ("", ".", ".."):
        dot = filename.rfind(".")
        return filename[dot:] if 0 < dot < len(filename) - 1 else ""
    return Path(filename).suffix


def reader(fmt: str) -> Callable[[bytes], list[Block]]:
    """The read function for a format, imported lazily and cached."""
    if fmt not in _loaded:
        module_name, func_name = READERS[fmt].split(":")
        _loaded[fmt] = getattr(importlib.import_module(module_name), func_name)
    return _loaded[fmt]


def read_bytes(data: bytes, fmt: str) -> Document:
    """Read a file's bytes as ``fmt``; ReadError when it is empty or not that format."""
    if not data or not data.strip():
        raise ReadError("empty file")
    if fmt in _PLAIN_FORMATS and len(data) > 4 * MAX_TEXT_CHARS:
        _refuse_long_text(len(data) // 4)  # (at least that many characters, UTF-32's)
    blocks = reader(fmt)(data)
    # (a list, not a generator: ``join`` makes one of a generator first anyway, and a
    # generator resumes a frame for every block)
    text = "\n".join([block.text for block in blocks])
    if not text.strip(_BLANK):
        raise ReadError("no text found")
    if len(text) > MAX_TEXT_CHARS:
        _refuse_long_text(len(text))
    # (the text as Latin-1 bytes, "?" for what Latin-1 lacks: one encoding serves both
    # whole-text gates below, each of which made its own)
    latin1 = None if text.isascii() else text.encode("latin-1", "replace")
    if latin1 is not None and _may_need_repair(text, latin1):
        _repaired(blocks, fmt)
        text = "\n".join([block.text for block in blocks])
        latin1 = None  # (the text changed)
    if fmt != "pdf" and may_change_by_ocr_digits(text, latin1):
        _with_ocr_digits(blocks)
    return Document(blocks=blocks, format=fmt, warnings=list(getattr(blocks, "notes", ())))


# Minutes of the longest meeting, with every case's papers, are a few hundred pages, some
# 3,000 characters a page: well under a million characters. The extractor's time grows
# with the text (about a second per 100,000 lines on this machine), so a text many times
# that long (a log, a data dump, a whole year's archive in one file) would hold a run
# for minutes and is no minutes record; it is refused before the extractor sees it.
MAX_TEXT_CHARS = 2_000_000
# Formats whose bytes are their text (at most four bytes a character, UTF-32's). Not
# html: a page's bytes may be mostly markup or an image embedded as base64, which its
# text leaves out, so a page is judged by the text it gives.
_PLAIN_FORMATS = frozenset({"txt", "md"})


def _refuse_long_text(chars: int) -> None:
    """ReadError for a text past ``MAX_TEXT_CHARS``, saying how long it is."""
    raise ReadError(f"text too long to be minutes ({chars / 1e6:.1f} million characters; "
                    f"at most {MAX_TEXT_CHARS / 1e6:.0f} million)")


def _may_need_repair(text: str, latin1: bytes | None = None) -> bool:
    """Whether any block of a document, its texts joined as ``text``, may meet a test of
    ``_repaired``: a Latin-1 accent alone, a not sign, a C1 control character, or a
    character above U+00FF other than the common typographic signs ("–", "’", "…").

    Asked once of the whole text, where ``_repaired`` asks each block in turn: most
    minutes are Latin-1 letters and a few dashes and quotes, and a few byte searches in
    the text's Latin-1 encoding cost less than the tests of every block. The signs of
    ``_TYPOGRAPHIC`` meet none of the tests of the characters above U+00FF (no direction
    mark, ligature, combining mark, look-alike digit or DOS letter, and composed), so a
    text whose only such characters they are needs none of them. ``latin1`` is the text
    encoded as Latin-1 with "?" for each character above U+00FF, when the caller has it
    (``read_bytes``: the OCR digits' gate reads the same bytes)."""
    if text.isascii():
        return False  # (the accents, the not sign and the C1 codes are not ASCII)
    if latin1 is None:
        latin1 = text.encode("latin-1", "replace")
    if b"\xb4" in latin1 or b"\xa8" in latin1 or b"\xac" in latin1 or \
            latin1.translate(None, _NOT_C1_BYTES):
        return True
    # the characters above U+00FF: the "?" that stand for them (a "?" typed as such
    # stays one)
    wide = latin1.count(b"?") - text.count("?")
    for sign in _TYPOGRAPHIC:
        if not wide:
            break
        wide -= text.count(sign)
    return wide > 0


# Every byte but the C1 control codes (0x80–0x9F): deleting them leaves just those.
_NOT_C1_BYTES = bytes(code for code in range(256) if not 0x80 <= code <= 0x9F)
# The signs above U+00FF that minutes use most (dashes, quotes, the ellipsis, a bullet,
# the euro), most common first; none is a sign any test of ``_repaired`` looks for.
_TYPOGRAPHIC = "–’”“…•—‘„€"


def _repaired(blocks: list[Block], fmt: str) -> None:
    """Repair, block by block, what a document's way through other tools did to its
    characters: Latin-1 accents typed alone, a not sign for a hyphen, cp1252's signs as
    C1 control codes, direction and zero-width marks, ligatures and full-width forms,
    decomposed and struck letters, look-alike digits, DOS letters. (Only for a document
    that ``_may_need_repair`` says holds one of them.)"""
    dos_letters = False
    for block in blocks:
        if "´" in block.text or "¨" in block.text:  # Latin-1 accents alone (rare)
            _with_accents_placed(block)
        if block.text[-1:] == "\u00ac" and block.text[-2:-1].isalpha():
            _with_hyphen_for_not_sign(block)
        if not block.text.isascii() and not block.text.isprintable() and \
                _C1_CONTROL.search(block.text) is not None:
            _with_cp1252_signs(block)
        if not block.text.isascii() and not _latin1_only(block.text):
            if not block.text.isprintable():
                without_invisible_marks(block)
            if _LIGATURE.search(block.text) is not None:
                _without_ligatures(block)
            if not unicodedata.is_normalized("NFC", block.text):
                _composed(block)
            if "\u0338" in block.text or "\u0337" in block.text:
                _with_struck_o(block)
            if "\u02da" in block.text or "\u02ca" in block.text:
                _with_accents_placed(block)
            if not block.text.isascii() and _LOOKALIKE.search(block.text) is not None and \
                    _DIGIT_BY_LOOKALIKE.search(block.text) is not None:
                _with_lookalike_digits(block, fmt)
            if ("›" in block.text or "†" in block.text) and \
                    _DOS_OE_AA.search(block.text) is not None:
                dos_letters = True
    if dos_letters:
        _with_dos_letters(blocks)


def _with_ocr_digits(blocks: list[Block]) -> None:
    """Read the Latin letters typed or scanned for digits inside numbers ("Sak O4/23",
    "1O.O1.2O24", "kl. l8.OO") as those digits, by the rule the PDF reader applies to
    each line it cuts (``motebok.read.ocr_digits``): a .txt, Word or Writer copy of a
    scanned page holds the same numbers, and the same text must read the same whatever
    the file. Asked once of the whole text first by the exact gate (most documents hold
    none: a plain "kl. 18.00" passes ``may_hold_ocr_digits`` but is no such number), then
    of each block."""
    for block in blocks:
        if may_hold_ocr_digits(block.text):
            block.text = with_ocr_digits(block.text)
            block.cells = tuple(with_ocr_digits(cell) for cell in block.cells)


def _with_cp1252_signs(block: Block) -> None:
    """Read the C1 control characters of a block (U+0096 "–", U+0092 "’", U+0093/U+0094
    quotes) as the cp1252 signs they stand for, as the text and PDF readers read them:
    a DOCX or ODT whose text went through Latin-1 on its way (a converter, a mail merge,
    a copy from an old system) keeps its Windows punctuation as these codes in its XML,
    and a time span "18.00\x9620.00" would lose its dash and its end, a title its
    quotes. One character for one, so the block's bold runs still match its text."""
    block.text = line_with_cp1252_signs(block.text)
    block.cells = tuple(line_with_cp1252_signs(cell) for cell in block.cells)
    block.runs = tuple(line_with_cp1252_signs(run) for run in block.runs)


_C1_CONTROL = lazy_regex("[\x80-\x9f]")


def _latin1_only(text: str) -> bool:
    """Whether every character of the text is below U+0100 (ASCII and the Latin-1
    letters "æ", "ø", "å", "é"), as in most lines of Norwegian minutes.

    Such text holds no direction mark, ligature or full-width form, and is composed
    (NFC) already, so ``read_bytes`` needs none of its tests on it. Encoding it as
    Latin-1 copies its bytes, where a pattern would test each character in turn; a
    character above U+00FF is dropped and the text comes out shorter."""
    return len(text.encode("latin-1", "ignore")) == len(text)


def _without_ligatures(block: Block) -> None:
    """Spell out the typographic ligatures ("ﬁ", "ﬂ", "ﬀ") that text copied out of a PDF
    keeps as one character ("ﬁnansiering", "oﬀentlig", "ﬂertall"), and the full-width
    forms of ASCII that an East Asian input method types ("Sak １/２５", "kl. ０９:００"):
    a reader sees the letters and digits, and a search, a label ("Konklusjon"), a name,
    a case number or a date must find them as such. The Unicode hyphen (U+2010) and the
    non-breaking hyphen (U+2011, HTML's "&#8209;", Word's and Writer's no-break hyphen,
    which the DOCX and ODT readers already read so) are the hyphen a reader sees: a time
    span, a compound ("Nord-Norge") or a name typed with them must read as typed with "-"
    whatever the format."""
    block.text = block.text.translate(_LIGATURES)
    block.cells = tuple(cell.translate(_LIGATURES) for cell in block.cells)


# Unicode's Latin ligatures (U+FB00–U+FB06) and the letters they stand for, and the
# full-width forms of ASCII (U+FF01–U+FF5E: "１", "Ａ", "／", "：") and their characters;
# the hyphen and the non-breaking hyphen (U+2010, U+2011) and "-".
_LIGATURES = {0xFB00: "ff", 0xFB01: "fi", 0xFB02: "fl", 0xFB03: "ffi", 0xFB04: "ffl",
              0xFB05: "st", 0xFB06: "st", 0x2010: "-", 0x2011: "-"} | {
                  code: chr(code - 0xFEE0) for code in range(0xFF01, 0xFF5F)}
_LIGATURE = lazy_regex("[\ufb00-\ufb06\uff01-\uff5e\u2010\u2011]")


# Cyrillic and Greek letters that show a digit ("О" and "Ο" a 0, "З" a 3, "б" a 6, "І"
# and "Ι" a 1), as OCR of a scanned page or a keyboard switched to another alphabet puts
# them into a number; the cheap test (one beside a digit) and the number's whole run,
# standing alone, of digits, these letters and a number's joining marks.
_LOOKALIKES = "ОоΟοЗзбІΙ"
_LOOKALIKE_DIGITS = str.maketrans(_LOOKALIKES, "000033611")
_LOOKALIKE = lazy_regex(f"[{_LOOKALIKES}]")  # (one class scan: the cheap test first)
_DIGIT_BY_LOOKALIKE = lazy_regex(rf"\d[./:\-–]?[{_LOOKALIKES}]|[{_LOOKALIKES}][./:\-–]?\d")
_LOOKALIKE_NUMBER = lazy_regex(rf"(?<![^\W\d_])[\d{_LOOKALIKES}OlI]+"
                               rf"(?P<joined>(?:[./:\-–][\d{_LOOKALIKES}OlI]+)+)?(?![^\W_])")


def _with_lookalike_digits(block: Block, fmt: str) -> None:
    """Read a Cyrillic or Greek look-alike letter inside a number as the digit it shows
    ("Sak О6/2З" → "Sak 06/23", "Sak 4/2б" → "Sak 4/26").

    The letters look the same as the digits but are not, so a case number, a date or a
    time holding one is not found: two items merge, a meeting loses its day. Only a run
    that stands alone (no letter beside it) and that a number's shape makes plain is
    read again: parts joined by "/", ".", ":" or a dash, or two digits or more. Words of
    those alphabets, and a letter beside a word, stay. A PDF's page then has its Latin
    look-alikes ("O6") read as its OCR pass reads them."""
    block.text = _LOOKALIKE_NUMBER.sub(_lookalikes_as_digits, block.text)
    block.cells = tuple(_LOOKALIKE_NUMBER.sub(_lookalikes_as_digits, cell)
                        for cell in block.cells)
    if fmt == "pdf":
        block.text = with_ocr_digits(block.text)
        block.cells = tuple(with_ocr_digits(cell) for cell in block.cells)


def _lookalikes_as_digits(match: re.Match[str]) -> str:
    """The run with its Cyrillic and Greek look-alikes read as digits, when its shape is
    a number's (joined parts, or two digits or more) and it holds one."""
    run = match.group()
    if run.isascii() or (match.group("joined") is None and
                         sum(char.isdigit() for char in run) < 2):
        return run
    return run.translate(_LOOKALIKE_DIGITS)


def _composed(block: Block) -> None:
    """Compose letters written as a base and a combining mark ("a" + U+030A for "å", as
    text from a Mac or some PDF producers has them) into the one letter (NFC): a name
    ("Per Ødegård"), a place or a label must read as the same letters typed the usual
    way. Only text that is not yet composed is touched (a fast check in C)."""
    block.text = unicodedata.normalize("NFC", block.text)
    block.cells = tuple(unicodedata.normalize("NFC", cell) for cell in block.cells)


def _with_struck_o(block: Block) -> None:
    """Read "o" and "O" followed by a combining solidus overlay (U+0338, or the short
    one, U+0337) as "ø" and "Ø".

    Some PDF producers and OCR engines build "ø" as an "o" with a stroke drawn over it
    ("mo\u0338te"), and NFC leaves the pair apart: "ø" has no canonical decomposition,
    so nothing composes it. The pair shows "ø" and means nothing else in Norwegian;
    read as two characters a label ("Møtested:"), a name ("Ødegård") or a date
    ("Neste møte") is not found. Only text holding the overlay is touched."""
    block.text = _STROKE_OVERLAY.sub(_struck, block.text)
    block.cells = tuple(_STROKE_OVERLAY.sub(_struck, cell) for cell in block.cells)


def _struck(match: re.Match[str]) -> str:
    """The one letter an "o"/"O" with a stroke overlay shows."""
    return "ø" if match.group(1) == "o" else "Ø"


# "o" or "O" with a combining long or short solidus overlay over it.
_STROKE_OVERLAY = lazy_regex("([oO])[\u0337\u0338]")


def _with_accents_placed(block: Block) -> None:
    """Read a spacing accent set apart from its letter ("p˚a", "R˚adhuset", "˚Asen",
    "id´e", "M¨uller") as the accented letter ("på", "Rådhuset", "Åsen", "idé").

    PDFs made by old converters and TeX build "å" and "é" from a letter and an accent
    glyph drawn over it, and their text layer gives the accent as a character of its
    own beside the letter: the ring above (U+02DA) before or after "a", the acute
    (U+00B4, U+02CA) and the diaeresis (U+00A8) before a vowel. Read apart, "på" and
    every "å" in names, places and labels are lost. The ring beside an "a" means
    nothing else; an acute typed for an apostrophe stands after its word ("Kari´s") and
    stays."""
    block.text = _SPACING_ACCENT.sub(_placed, block.text)
    block.cells = tuple(_SPACING_ACCENT.sub(_placed, cell) for cell in block.cells)


def _placed(match: re.Match[str]) -> str:
    """The letter with the accent beside it, composed (the pair as found when Unicode has
    no such letter)."""
    accent, letter = (match.group("accent"), match.group("letter")) \
        if match.group("letter") else (match.group("ring"), match.group("ringed"))
    composed = unicodedata.normalize("NFC", letter + _COMBINING[accent])
    return composed if len(composed) == 1 else match.group()


# A spacing accent and the combining mark it stands for; the accent before a vowel, or
# the ring after an "a".
_COMBINING = {"\u02da": "\u030a", "\u00b4": "\u0301", "\u02ca": "\u0301",
              "\u00a8": "\u0308"}
_SPACING_ACCENT = lazy_regex("(?P<accent>\u02da(?=[aA])|[\u00b4\u02ca\u00a8](?=[aeiouyAEIOUY]))"
                             "(?P<letter>[aeiouyAEIOUY])|(?P<ringed>[aA])(?P<ring>\u02da)")


def _with_hyphen_for_not_sign(block: Block) -> None:
    """A line ending in "¬" after a letter ends in a hyphen instead ("fylkes¬" /
    "kommunen").

    OCR programs (ABBYY FineReader among them) mark a word they found hyphenated at a
    line end with the not sign, in their text layer and their text export; it has no
    other use in minutes. As a hyphen the line joins the next as any hyphenated line
    does (``join_at_hyphen``: "fylkeskommunen", but "Nord-Norge" and "helse- og
    omsorg" as written)."""
    block.text = block.text[:-1] + "-"
    if block.cells and block.cells[-1][-1:] == "\u00ac":
        block.cells = (*block.cells[:-1], block.cells[-1][:-1] + "-")


def _with_dos_letters(blocks: list[Block]) -> None:
    """Read "ø", "å" and "æ" that a DOS file (code page 850) shows as "›", "†" and "‘"
    ("M›tet", "p† R†dhuset", "n‘ringsliv", "for † arrangere") as those letters, in
    every block.

    An old converter (WordPerfect, Word for DOS) that took the DOS bytes for Windows
    ones leaves such a text layer. "›" and "†" between two letters stand in no word, so
    one such word marks the document; code page 850 has no "›", "†" or curly quote, so
    in it each of them, and "‘" (which a typed apostrophe might be elsewhere), is the
    letter, as are the control characters U+008F and U+009D, which cp1252 has no letter
    for, "Å" and "Ø"."""
    for block in blocks:
        if "›" in block.text or "†" in block.text or "‘" in block.text or \
                not block.text.isprintable():
            block.text = _DOS_LETTER.sub(_dos_letter, block.text)
            block.cells = tuple(_DOS_LETTER.sub(_dos_letter, cell) for cell in block.cells)


def _dos_letter(match: re.Match[str]) -> str:
    """The Norwegian letter a code page 850 byte shown as cp1252 stands for."""
    return _DOS_LETTERS[match.group()]


# Code page 850's "ø", "å", "æ" (0x9B, 0x86, 0x91) as cp1252 shows them ("Å" and "Ø",
# 0x8F and 0x9D, as controls); "›" or "†" inside a word marks the document.
_DOS_LETTERS = {"›": "ø", "†": "å", "‘": "æ", "\x8f": "Å", "\x9d": "Ø"}
_DOS_OE_AA = lazy_regex("(?<=[^\\W\\d_])[›†](?=[a-zæøå])")
_DOS_LETTER = lazy_regex("[›†‘\\x8f\\x9d]")
