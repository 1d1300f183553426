"""Plain-text reader: bytes → one block per non-blank line.

Plain text is the most common export of minutes, and the one every other reader is
compared with, so its line rules live here and are reused by the Markdown, PDF and
HTML (``<pre>``) readers (``blocks_from_lines`` / ``classify``):

- a TAB between non-empty parts → TABLE_ROW, cells split on runs of TABs;
  "| a | b |" and "a | b" → TABLE_ROW too (the "|---|" separator row is skipped);
- "- ", "* ", "• ", "– ", "o " or "1. ", "1) ", "a) ", "iv. " → LIST_ITEM, marker kept,
  level from indentation; "4. mars 2022" and "1. 5 deltakere" stay paragraphs;
- "# x" … "###### x" → HEADING; a line wholly in "**…**" is bold (markup kept);
- anything else → PARAGRAPH; ``gap`` is set after blank lines.

The module is tuned for speed: the typical line is a paragraph and costs a couple of
string operations; the regexes only run when a line's first character allows them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import replace

from motebok.errors import ReadError
from motebok.lazy_pattern import lazy_regex
from motebok.read.blocks import (
    HEADING,
    LIST_ITEM,
    PARAGRAPH,
    TABLE_ROW,
    ZERO_WIDTH_MARKS,
    Block,
    join_at_hyphen,
    with_runs,
)
from motebok.read.pandoc import may_hold_pandoc_markup, without_pandoc_markup
from motebok.vocab import MONTH_NAMES

__all__ = ["blocks_from_lines", "classify", "decode", "decode_mixed", "lines_of", "normalised",
           "only_stray_nuls", "raised", "read", "split_md_row", "without_front_matter",
           "without_mojibake_no_break"]

_BINARY = "binary file, not text"

# Control bytes that never occur in text files (TAB, LF, VT, FF, CR and ESC excluded).
_CONTROL_BYTES = lazy_regex(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")
# Every other byte: deleting them (bytes.translate, in C) leaves just the control bytes.
_NOT_CONTROL_BYTES = bytes(b for b in range(256) if not _CONTROL_BYTES.match(bytes([b])))

# "- x", "* x", "• x", "– x", "o x" (and "+ x" in Markdown): a bullet and a space; also
# the check box a note app (OneNote, Loop) sets before a task ("☐ Sende kursinvitasjon"),
# and the round and square bullets Word and note apps give their lower levels ("◦ x").
_BULLET_CHARS = frozenset("-*•–o+·▪►→➔⇒➢☐☑☒◦○●■")
# A bullet typed or copied before a TAB: also Word's Symbol/Wingdings bullets, which
# arrive as private-use characters (U+F0B7 "", U+F0A7 "", U+F0D8, U+F076) and read
# as "-", the marker the PDF reader gives them too.
_PRIVATE_BULLETS = frozenset("\uf0b7\uf0a7\uf0d8\uf076\uf0fc\uf0a8")
# The same Wingdings bullets as Word's "Save as text" writes them in an 8-bit code
# page: the glyph's byte read as a letter ("§" a square, "Ø" an arrow, "ü" a tick, "¨"
# a box). Only before a TAB and alone in their cell: "§ 12" stays the paragraph sign.
_SYMBOL_FONT_BULLETS = frozenset("§Øü¨")
_DASH_BULLETS = _PRIVATE_BULLETS | _SYMBOL_FONT_BULLETS
_TAB_BULLETS = _BULLET_CHARS | _DASH_BULLETS
_BULLET = lazy_regex(r"[-*•–o·▪►→➔⇒➢☐☑☒◦○●■]\s+\S")
# A bullet glyph alone on its line, its text on the next: PDF converters that give a
# line per span (PyMuPDF's ``get_text``) part Word's bullet from its paragraph so. Only
# glyphs that are bullets and nothing else: a lone "-" or "–" may be an empty cell, a
# lone "o" or "*" a letter or a footnote's mark.
# The arrow bullets typed in ASCII ("->", "=>") and the characters they stand for.
_ASCII_ARROWS = {"-": "→", "=": "⇒"}
_LONE_BULLETS = frozenset("•·▪►➢➔→◦○●■") | _PRIVATE_BULLETS
_MD_BULLET = lazy_regex(r"[-*•–o+·▪►→➔⇒➢☐☑☒◦○●■]\s+\S")
# A padded row whose first cell is an empty seat's dash: the dash, a gap of three or more
# spaces, then at least two cells parted by another such gap ("–      Kari Holm     Dal").
_EMPTY_FIRST_CELL = lazy_regex(r"[-–—] {3,}\S+(?: \S+)* {3,}\S")

# The months' names and the Norwegian short forms of ``vocab.MONTH_WORDS`` (a subset, by
# test): not the English and Swedish words, since "May", "March" open an English list
# entry ("1. May we …") as often as a date, and the reader cannot weigh which.
_MONTH = rf"(?:{'|'.join(MONTH_NAMES)}|jan|feb|mar|apr|jun|jul|aug|sept?|okt|nov|des)\b"
# "1. x", "12) x", "a) x", "B. x", "iv. x". "4. mars 2022" and "1. 5 deltakere" are
# not list items: after "N." a month name or a digit means a date or a number.
_NUMBERED = re.compile(
    rf"(?:\d{{1,3}}\.(?!\s+(?i:{_MONTH})|\s+\d)|\d{{1,3}}\)|[a-zA-Z][.)]|"
    r"(?:[ivx]{1,5}|[IVX]{1,5})[.)])\s+\S"
)
_HASH_HEADING = lazy_regex(r"(#{1,6})\s+(.*?)(?:\s+#+)?\s*$")
# A wiki's heading copied as text: "== Orientering ==", "=== Epostliste ===".
_WIKI_HEADING = lazy_regex(r"(={2,6})\s*([^=\s][^=]*?)\s*\1$")
_BOLD_LINE = lazy_regex(r"\*\*(?=\S)([^*]|\*(?!\*))+?(?<=\S)\*\*$")
_BARS = lazy_regex(r"\s*\|\s*")
_MD_SEPARATOR = lazy_regex(r"\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")
_TABS = lazy_regex(r"\t+")
# The quote markers of a reply ("> ", "> > ", ">>"), one space after the last one.
_QUOTE_MARKERS = lazy_regex(r"[ \t]*(?:>[ \t]?)+")
# TABs and the spaces around them between the parts of a word processor's paragraph.
_CELL_TABS = lazy_regex(r"\s*\t[\s\t]*")


def read(data: bytes) -> list[Block]:
    """Read a plain-text file into blocks by the line rules above."""
    text = without_chat_log(without_chat_replies(without_day_dividers(without_shortcodes(
        normalised(decode(data))))))
    if "\f" in text:  # pages a PDF converter (pdftotext) set apart by form feeds
        text = without_running_header(text)
    lines = without_front_matter(without_breadcrumb(lines_of(text)))
    if may_hold_pandoc_markup(text):
        lines = without_pandoc_markup(lines)
    return blocks_from_lines(lines)


# An emoji as a chat app writes it in a copied or exported message (Slack, Mattermost,
# Teams' markdown): its name between colons after a space (" :memo:", " :tada:", " :+1:").
# A label's colon has a word before it, never a space, and a clock has digits only.
_SHORTCODE = lazy_regex(r"[ \t]+:(?:[a-z][a-z0-9_+-]*|[+-]1):(?=\s|$)")


def without_shortcodes(text: str) -> str:
    """The text without chat emoji shortcodes: "*Referat ungdomsrådet 18. mars* :memo:" is
    the heading "Referat ungdomsrådet 18. mars", and "Neste møte: 15. april :tada:" ends
    on the day."""
    return _SHORTCODE.sub("", text) if " :" in text else text


# A chat message's head as a copied or exported channel shows it: the author's name,
# two spaces and the clock ("Mathea Lund  21:04"); a thread's count of replies under a
# message ("2 svar", "3 replies").
_CHAT_HEAD = lazy_regex(r"^[A-ZÆØÅ][^\s\d:,.]*(?: [A-ZÆØÅ][^\s\d:,.]*){1,3}  +"
                        r"\d{1,2}:\d{2}(?: ?[AP]M)?[ \t]*$", re.MULTILINE)
_REPLY_COUNT = lazy_regex(r"\n\s*\d{1,3} (?:svar|replies|reply)\s*$")


# A chat channel's day divider as a copied or exported channel shows it over the day's
# first message: the day alone, maybe with its weekday and set in dashes ("— onsdag 12.
# mars —", "tirsdag 18. mars 2025", "12.03.2025", "I dag").
_DAY_DIVIDER = lazy_regex(
    r"[-—–─ \t]*(?:(?:(?:man|tirs|tys|ons|tors|fre|lør|laur|søn|sun)dag|måndag)[, ]+)?"
    rf"(?:\d{{1,2}}\.\s*(?i:{_MONTH})\.?(?:\s+\d{{4}})?|\d{{1,2}}\.\d{{1,2}}\.\d{{2,4}})"
    r"[-—– \t]*|[-—– \t]*(?i:i\s+dag|i\s+går|i\s+gær)[-—– \t]*", re.I)
_DIVIDER_MAX = 40  # (a divider is short: the test skips the message lines at once)


def without_day_dividers(text: str) -> str:
    """A chat channel's text without its day dividers: the line that gives only a day
    right over a message's head ("— onsdag 12. mars —" over "Kari Holm  20:15") is the
    day the message was posted, which the chat tool prints, not a date the minutes carry
    as their own: no document date, and no meeting's day with the head's clock as its
    start. (The minutes' own day is in the message, or the case numbers give its year.)"""
    if "  " not in text or _CHAT_HEAD.search(text) is None:
        return text  # (most files: no author and clock set apart by two spaces)
    lines = text.split("\n")
    for index, line in enumerate(lines):
        if not line.strip() or _CHAT_HEAD.fullmatch(line) is None:
            continue
        above = index - 1
        while above >= 0 and not lines[above].strip():
            above -= 1
        if above >= 0 and len(lines[above]) <= _DIVIDER_MAX and \
                _DAY_DIVIDER.fullmatch(lines[above]):
            lines[above] = ""
    return "\n".join(lines)


def without_chat_replies(text: str) -> str:
    """A chat channel's minutes without the replies below them. The minutes are one
    message, the longest; the short messages after it ("Takk for referatet!", "Jeg
    sender utkastet når det er klart") answer it, and are no part of the last case nor
    its tasks. Messages before it (the channel's talk) are left to the other rules."""
    if "  " not in text:
        return text  # (most files: no author and clock set apart by two spaces)
    heads = [found.start() for found in _CHAT_HEAD.finditer(text)]
    if len(heads) < 2:
        return text
    ends = [*heads[1:], len(text)]
    longest = max(range(len(heads)), key=lambda n: ends[n] - heads[n])
    if longest == len(heads) - 1:
        return text
    kept = text[:ends[longest]].rstrip()
    return _REPLY_COUNT.sub("", kept) + "\n"


# The heading over a meeting's chat pasted under the minutes ("Chat fra møtet:", "Fra
# chatten:", "Chatlogg", "Meldinger i chatten:", nynorsk "Frå chatten i møtet:"), alone on
# its line, maybe bold; and a message of that chat, its clock first in brackets
# ("[12:41] Tone Berge: Her er lenken …", "[05.02.2026 12:41] Tone Berge").
# (also set off by dashes, with a word in brackets on how it came there: "--- Chat frå
# møtet (kopiert inn) ---")
_CHAT_LOG_HEADING = lazy_regex(
    r"^(?:\*\*|[-–—=]{2,}[ \t]*)?(?:chat(?:ten|logg(?:en)?)?(?:\s+(?:fra|frå|i)\s+"
    r"(?:møtet|teams(?:-møtet)?))?|"
    r"(?:fra|frå)\s+chatten(?:\s+i\s+møtet)?|(?:meldinger|meldingar|innlegg)\s+i\s+chatten|"
    r"teams-chat(?:ten)?)(?:[ \t]+\([^()\n]{1,30}\))?[ \t]*:?(?:\*\*|[ \t]*[-–—=]{2,})?[ \t]*$",
    re.I | re.MULTILINE)
_CHAT_LOG_LINE = lazy_regex(r"\[(?:\d{1,2}\.\d{1,2}\.\d{2,4}\s+)?\d{1,2}[:.]\d{2}(?::\d{2})?\]")


def without_chat_log(text: str) -> str:
    """The minutes without the meeting's chat pasted under them: under its heading
    ("Chat fra møtet:"), the messages with their clock in brackets ("[12:41] Tone Berge:
    Her er lenken …") to the end are what was typed during the meeting, no words of
    the last item, its tasks or the mail's signature above them. The heading counts
    only when most lines under it are such messages."""
    if "\n[" not in text:
        return text  # (most files: no line opens with a bracket)
    headings = [*_CHAT_LOG_HEADING.finditer(text)]
    if not headings:
        return text
    heading = headings[-1]  # (the last such heading: a log runs to the end)
    rest = [line for line in text[heading.end():].split("\n") if line.strip()]
    messages = sum(_CHAT_LOG_LINE.match(line.lstrip()) is not None for line in rest)
    if not rest or _CHAT_LOG_LINE.match(rest[0].lstrip()) is None or 2 * messages < len(rest):
        return text
    return text[:heading.start()].rstrip() + "\n"


# The invisible marks a converter or a mail client leaves in a text besides the soft
# hyphen (zero-width space and non-joiner, word joiner, a byte order mark inside the
# text), deleted, and the no-break spaces (NBSP, the narrow one, the figure space), made
# plain spaces: one ``str.translate``. The zero-width joiner stays: it binds an emoji's
# parts.
_MARKS_AND_SPACES = dict.fromkeys(map(ord, ZERO_WIDTH_MARKS)) | dict.fromkeys(
    map(ord, "\u00a0\u202f\u2007"), " ")


def normalised(text: str) -> str:
    """A plain text as the text and Markdown readers' rules take it: every line end a
    LF, no invisible mark, a plain space for a no-break one (``without_invisible_marks``)
    and no left margin common to all lines (``without_margin``).

    Windows line ends (CR LF), and CR CR LF after a tool converted a Windows file's line
    ends once more, are one line end each: the rules that look at a whole text's lines
    by pattern (a chat message's head, a slide's speaker notes, a day divider) end a line
    at LF alone, and missed them all in a file saved on Windows. (CR CR LF is no blank
    line between two lines, as ``str.splitlines`` would make it, parting every wrapped
    sentence and list from its next line.) A CR alone, an old Mac's line end, is one too.
    (Spaces at a line's end are left to the line rules, which strip each line: a search
    of the text for " \n" stops at every space and cost more than they do.)"""
    if "\r" in text:  # (one search: most files have LF line ends)
        text = text.replace("\r\r\n", "\n").replace("\r\n", "\n").replace("\r", "\n")
    text = without_invisible_marks(text)
    if "\u20e3" in text:  # (one search: a keycap is rare)
        text = without_keycap_numbers(text)
    if text[:200].lstrip("\n")[:1] == " ":  # (the first line's start: most open flush)
        text = without_margin(text)
    return text


# A keycap emoji that numbers a line, as a note app's page (Loop, OneNote, Teams) sets
# its points: "1️⃣ Godkjenning av innkalling", "1️⃣0️⃣ Eventuelt" (the digit, the emoji's
# variation selector or not, and the enclosing keycap U+20E3).
_KEYCAP_NUMBER = lazy_regex(r"(?m)^([ \t]*)((?:\d\ufe0f?\u20e3)+)[ \t]*(?=\S)")


def without_keycap_numbers(text: str) -> str:
    """The text with each line's keycap number written as the number it shows
    ("1️⃣ Godkjenning" → "1. Godkjenning"): a reader reads it as a numbered point."""
    return _KEYCAP_NUMBER.sub(
        lambda m: m[1] + m[2].replace("\ufe0f", "").replace("\u20e3", "") + ". ", text)


def without_margin(text: str) -> str:
    """The text without the spaces that every line of it opens with: a converter's left
    margin (pdftotext's layout, a mail client's quoting by indentation) shifts all lines
    alike, and says nothing of any. Indentation is read relative to the left edge (a
    list's first level, a numbered case "1. Godkjenning" at the edge, a front matter's
    fields): under a margin every line would read as indented."""
    lines = text.split("\n")
    margin = min((len(line) - len(line.lstrip(" ")) for line in lines if line.strip()), default=0)
    if not margin:
        return text
    return "\n".join([line[margin:] if line.strip() else line for line in lines])


def without_invisible_marks(text: str) -> str:
    """The text without the marks that show nothing, and with plain spaces for no-break
    ones. Soft hyphens inside words ("Kon\u00adklusjon:"), as catdoc and PDF dumps keep
    Word's optional hyphens, and zero-width spaces, which mail clients and web editors
    set at line ends and between words: a reader sees neither, so a label ("Til
    stede:\u200b"), a case number or a name must read as typed without them. Word's
    no-break space ("kl.\u00a010.00", "Kari\u00a0Holm", "Sak\u00a012/25") is a space to a
    reader: the line rules that part words, a chat's day divider ("tirsdag\u00a018.
    mars") and a label's words at spaces must see one. Left in the lines, every rule
    before ``clean`` would have to know them. A soft hyphen that ends a line (a
    zero-width space after it or not) joins the word it broke
    (``without_soft_hyphen_breaks``). Only a text a quick search finds one in is
    translated (most texts hold none, and ASCII texts none at all)."""
    if text.isascii():
        return text
    if "\xa0" in text or "\u200b" in text or "\ufeff" in text or "\u2060" in text or \
            "\u202f" in text or "\u200c" in text or "\u2007" in text:
        text = without_mojibake_no_break(text).translate(_MARKS_AND_SPACES)
    if "\u00ad" in text:
        text = without_soft_hyphen_breaks(text).replace("\u00ad", "")
    return text


def without_mojibake_no_break(text: str) -> str:
    """The text with UTF-8's no-break space read as cp1252 or Latin-1 ("Â" and the
    no-break space its second byte is: "TirilÂ\u00a0Bøe", "kl.Â\u00a009.00", all
    through a double-encoded file) as the no-break space it was. Made a plain space
    first, it would leave an "Â" that no repair of mojibake's pairs sees; no Norwegian
    text writes "Â" before a no-break space."""
    return text.replace("Â\u00a0", "\u00a0") if "Â\u00a0" in text else text


# A soft hyphen (U+00AD) that ends a line, and the line end with the spaces around it.
_SOFT_HYPHEN_BREAK = lazy_regex(r"\u00ad[ \t]*\n[ \t]*")


def without_soft_hyphen_breaks(text: str) -> str:
    """The text with each word a soft hyphen broke at a line's end joined again.

    Converters of old Word files (catdoc) keep Word's optional hyphens as U+00AD and
    wrap their lines there ("elev\u00ad" / "ane"): the hyphen shows nothing, so the two
    halves are one word ("elevane"), not two words as a plain line break would make
    them. A soft hyphen inside a line goes with the other invisible marks."""
    return _SOFT_HYPHEN_BREAK.sub("", text)


def without_running_header(text: str) -> str:
    """A converted PDF's text without the running header that opens every page: the
    lines each page (two or more, split at form feeds) starts with alike. On the later
    pages they fall inside an item, between its heading and its text or in a sentence
    ("… erfaringene fra" / "Referat styremøte 12.03.2025" / "Nord-Norge …"), and go. The
    first page keeps those without digits: the letterhead, which may be all that names
    the body ("Vesterdal regionråd"); a line with a date or a number is the header's
    field ("Referat styremøte 12.03.2025"), no title of the document."""
    pages = [page.split("\n") for page in text.split("\f")]
    opening = [[line.strip() for line in page if line.strip()] for page in pages]
    filled = [lines for lines in opening if lines]
    if len(filled) < 2:
        return text
    running = _shared_opening(filled)
    if not running:
        return _without_later_header(text, pages, opening)
    for number, page in enumerate(pages):
        pages[number] = _without_opening(page, running, keep_plain=number == 0)
    return "\f".join("\n".join(page) for page in pages)


def _shared_opening(filled: list[list[str]]) -> int:
    """How many first lines all the pages' non-blank lines (``filled``) share, each page
    keeping a line of its own below them."""
    running = 0
    while all(len(lines) > running + 1 and lines[running] == filled[0][running]
              for lines in filled):
        running += 1
    return running


def _without_later_header(text: str, pages: list[list[str]], opening: list[list[str]]) -> str:
    """A converted PDF's text without a running header that opens the later pages only:
    a word processor's "different first page" gives page one its letterhead and the
    others a header ("Hadelandsregionen        Prosjekt Heltidskultur"), which falls
    inside an item as the one before does. Two later pages or more show it by their
    shared first lines; a lone later page by its first line alone when that reads as a
    header: two fields set apart by a wide run of spaces, no sentence, a blank line
    under it, and a word of the first page's head in it (the body, the project)."""
    later = [lines for lines in opening[1:] if lines]
    if len(later) >= 2:
        running = _shared_opening(later)
    elif later and _lone_header(later[0][0], pages[1:], opening[0]):
        running = 1
    else:
        return text
    if not running:
        return text
    for number, page in enumerate(pages[1:], 1):
        pages[number] = _without_opening(page, running, keep_plain=False)
    return "\f".join("\n".join(page) for page in pages)


def _lone_header(line: str, later: list[list[str]], first: list[str]) -> bool:
    """Whether ``line``, the first of the one later page with text, is a page header
    (``_without_later_header``)."""
    if _HEADER_GAP not in line or line[-1:] in ".:;!?,":
        return False
    page = next(page for page in later if any(row.strip() for row in page))
    at = next(n for n, row in enumerate(page) if row.strip())
    if at + 1 < len(page) and page[at + 1].strip():
        return False  # (a table's row that goes on over the page break has rows under it)
    head = {word.strip(_PUNCTUATION).casefold() for row in first[:_HEAD_LINES]
            for word in row.split()}
    return any(len(word) >= 4 and word.strip(_PUNCTUATION).casefold() in head
               for word in line.split())


#: The run of spaces between a layout header's left and right fields, and how many of
#: the first page's lines name what its header may repeat.
_HEADER_GAP = " " * 8
_HEAD_LINES = 8
_PUNCTUATION = ".,:;!?()«»\"'–-"


def _without_opening(page: list[str], count: int, keep_plain: bool) -> list[str]:
    """A page's lines without its first ``count`` non-blank ones (a running header), or
    without those of them that hold a digit when ``keep_plain``."""
    kept: list[str] = []
    for line in page:
        if count and line.strip():
            count -= 1
            if not keep_plain or any(c.isdigit() for c in line):
                continue
        kept.append(line)
    return kept


def lines_of(text: str) -> list[str]:
    """The lines of a text whose line ends are LF (``normalised``); a form feed, a
    vertical tab and the Unicode line separators end a line too."""
    return text.splitlines()


# A breadcrumb trail from the site's front page to the page ("Forside > Politikk >
# Referat", "Du er her: Heim › Eldrerådet"): its first step is the front page, or it
# says where the reader is. A title line with "›" in it starts with no such word.
# Its steps stand between arrows ("›", ">", "»", "→"), or between slashes with spaces
# round them, then at least three ("Forside / Politikk / Møter": "Hjem / skole" is a
# topic, no trail). (The HTML reader drops a page's trail by the same pattern.)
TRAIL_MARKS = frozenset("›>»→/")
HOME = r"(?:forside|forsida|framside|fremside|startside|hovedside|hjem|heim|home)"
_TRAIL_STEP = r"[^\n›>»→]{1,60}?"
_SLASH_STEP = r"[^\n›>»→/]{1,60}?"
_TRAIL_START = rf"(?:du\s+er\s+(?:no\s+)?(?:her|på)\s*:?\s*(?:{_SLASH_STEP}|{HOME})|{HOME})"
BREADCRUMB = lazy_regex(
    rf"{_TRAIL_START}(?:(?:\s*[›>»→]\s*{_TRAIL_STEP})+\s*[›>»→]?|(?:\s+/\s+{_SLASH_STEP}){{2,}})",
    re.IGNORECASE)
# The arrows between a trail's steps, and how many steps a trail without its front page
# has at least ("Møtekalender > Regionrådet > 23.05.2025 > Protokoll").
_STEP_ARROWS = ("›", "»", "→", " > ")
_TRAIL_STEPS = 4
_STEP_CHARS = 80  # the longest step (a page's title)


def steps_trail(text: str) -> bool:
    """Whether a block is a breadcrumb trail that starts below the front page, its steps
    between one kind of arrow ("Søk › Møte › Regionrådet › 17.10.2024 › Møtedokument",
    a portal's "sti" or "crumbs", in a page saved or copied as text too): four short
    steps or more on one line are a site's way to the page (no heading or sentence of
    minutes reads so), and read as text the last step's word ("Protokoll") would make the
    trail the title."""
    if "\n" in text:
        return False
    for arrow in _STEP_ARROWS:
        steps = text.split(arrow)
        if len(steps) >= _TRAIL_STEPS:
            return all(0 < len(step.strip()) <= _STEP_CHARS and not step.rstrip().endswith(".")
                       for step in steps)
    return False


# How far down a saved web page its breadcrumb is looked for (menus and a cookie notice
# stand above it).
_TRAIL_LINES = 40
# How a trail's line opens ("Du er her", a front page's name, after a list's or a link's
# marks), looked for at the head's line starts together before any line is looked at
# alone: a line-by-line test of the marks cost some 2 % of a plain text's reading, as "/"
# stands in most minutes' heads (and "heim" inside names: "Vesterheim kommune"). The
# look-ahead holds the words' first letters as ``(?i:[dfsh])`` matches them ("ſ", the long
# s, too): it fails most lines in one test of a set, where the case-blind alternatives
# were each tried in turn (some 63,000 instructions a generated document, now 36,000).
_TRAIL_OPENING = lazy_regex(
    r"\n[ \t*_\[]*(?=[DFHSdfhsſ])"
    r"(?i:du[ \t]|forsid|framsid|fremsid|startsid|hovedsid|hjem|heim|home)")


def without_breadcrumb(lines: list[str],
                       unlink: Callable[[str], str] | None = None) -> list[str]:
    """The lines of a web page saved as text or Markdown without its breadcrumb trail
    near the top ("Du er her: Forside > Møter > Referat 12. mars"): the trail's last step
    names the page, and read as a line of the text it would be the title and the body.
    ``unlink`` gives a Markdown line's words without its links' targets."""
    top = "\n".join(lines[:_TRAIL_LINES])
    opened = _TRAIL_OPENING.search("\n" + top) is not None
    # (a trail from below the front page by its arrows: not "»", which closes every
    # quotation in «…», so that the minutes' heads with one are not looked at line by line)
    stepped = "›" in top or " > " in top or "→" in top
    if not opened and not stepped:
        return lines  # most minutes: no line opens as a trail does, so none is looked at
    out = lines
    for n, line in enumerate(lines[:_TRAIL_LINES]):
        text = line.strip()
        if not text or not TRAIL_MARKS.intersection(text):
            continue
        if unlink is not None and "](" in text:
            text = unlink(text)
        if (opened and BREADCRUMB.fullmatch(text.lstrip("*_ ").rstrip("*_ "))) or (
                stepped and steps_trail(text)):
            if out is lines:
                out = list(lines)
            out[n] = ""
    return out


# Front-matter fields of minutes published by a static site generator, as the lines a
# secretary would have written ("title" is the heading; unknown fields are left out).
_FRONT_MATTER_FIELDS = {
    "title": "# ", "subtitle": "", "subheadline": "", "description": "",
    "date": "Dato: ", "time": "Tid: ", "location": "Sted: ", "place": "Sted: ",
    "referent": "Referent: ", "secretary": "Referent: ", "attending": "Til stede: ",
    "present": "Til stede: ", "participants": "Til stede: ", "not_attending": "Forfall: ",
    "absent": "Forfall: ", "other_attending": "Andre: ", "guests": "Andre: ",
    # the same fields named in Norwegian
    "tittel": "# ", "dato": "Dato: ", "tid": "Tid: ", "sted": "Sted: ", "stad": "Sted: ",
    "tilstede": "Til stede: ", "til_stede": "Til stede: ", "deltakere": "Til stede: ",
    "forfall": "Forfall: ", "sekretær": "Referent: ",
    # the body that met and its parent, and the head's fields as the labels name them
    # ("organ: Styret i X IKS", "møtestad: …", "skrivar: …" in a secretary's own template)
    "organ": "Organ: ", "utvalg": "Utvalg: ", "utval": "Utval: ",
    "organisasjon": "Organisasjon: ", "møtedato": "Dato: ", "møtetid": "Tid: ",
    "møtested": "Sted: ", "møtestad": "Sted: ", "skrivar": "Referent: ",
    "til_stades": "Til stede: ", "frammøtte": "Til stede: ", "fremmøtte": "Til stede: ",
}
# The clock of a timestamp after its date: " 20:30:00", "T20:30:00+02:00".
_TIMESTAMP_CLOCK = lazy_regex(r"(?:\s+|T)\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?"
                              r"\s*(?:Z|[+-]\d{2}:?\d{2})?$")
# A date label of the text itself ("**Dato:** 12.09.2024", "| **Møtedato** | …", "📅 Dato:").
_BODY_DATE_LABEL = lazy_regex(r"[^\w]{0,12}(?:møte)?dato\b", re.IGNORECASE)
_FRONT_MATTER_FIELD = lazy_regex(r"(?P<key>[A-Za-z_][\w-]*)\s*:\s*(?P<value>.*)$")
# TOML's "key = value", the front matter Hugo writes between "+++" lines.
_TOML_FIELD = lazy_regex(r"(?P<key>[A-Za-z_][\w-]*)\s*=\s*(?P<value>.*)$")
# Any key a front matter's line may open with, in YAML ("møtested:", "Til stede:") and
# in TOML ("title =", "params.author =").
_YAML_KEY = lazy_regex(r"[^\s#:][^:]*:(?:\s|$)")
_TOML_KEY = lazy_regex(r"[^\s=]+\s*=")
# The lines that close a front matter, by the line that opens it: YAML's "---" (or
# "..."), TOML's "+++".
_FRONT_MATTER_ENDS = {"---": ("---", "..."), "+++": ("+++",)}
# YAML's block scalars: the value is on the indented lines under the field ("description: >").
_BLOCK_SCALARS = frozenset({"|", ">", "|-", ">-", "|+", ">+"})


def without_front_matter(lines: list[str]) -> list[str]:
    """The lines with a front matter at the very top (YAML between "---" lines, or TOML
    between "+++" lines as Hugo writes it) rewritten as the head a secretary writes:
    "title:" as a heading, "attending:" and its list as "Til stede:" and the names,
    "referent:" as "Referent:"; other fields left out. A YAML value written on the
    indented lines under its field ("description: >") is one line of the head."""
    ends = _FRONT_MATTER_ENDS.get(lines[0].strip()) if lines else None
    if ends is None:
        return lines
    end = next((n for n in range(1, min(len(lines), 300)) if lines[n].strip() in ends), None)
    if end is None or not _all_fields(lines[1:end], ends[0] == "+++"):
        return lines
    fields = lines[1:end] if ends[0] == "---" else _toml_as_yaml(lines[1:end])
    head: list[str] = []
    keep = False  # whether the list items under the last field are kept
    block = False  # whether the indented lines under the last field are its value
    for raw in fields:
        field = _FRONT_MATTER_FIELD.match(raw.strip())
        if field and not raw[:1].isspace():
            label = _FRONT_MATTER_FIELDS.get(field.group("key").casefold())
            value = _yaml_value(field.group("value"))
            block = value in _BLOCK_SCALARS
            if block:
                value = ""
            if label == "Dato: ":  # "2025-04-09 20:30:00": a post's timestamp, not the hours
                value = _TIMESTAMP_CLOCK.sub("", value)
                if _dates_itself(lines[end + 1:end + 80]):
                    label = "Publisert: "  # the text gives the meeting's; this is the post's
            keep = label is not None
            if label == "# " and _titled_itself(lines[end + 1:end + 6]):
                keep = False
                continue  # the app's name for the page; the text's own heading is its title
            if keep and (value or label or block):
                head.append(f"{label}{value}".rstrip())
        elif keep and raw.strip().startswith("- "):
            head.append(raw.strip())
        elif keep and block and raw.strip():
            head[-1] += f"{' ' if head[-1] else ''}{raw.strip()}"
    return [*head, "", *lines[end + 1:]]


def _all_fields(lines: list[str], toml: bool) -> bool:
    """Whether every line between two "---" (or "+++") lines is a front matter's: a
    field ("title: …", "title = …"), a line indented under one, a list's or an array's
    entry, a TOML table or a comment. A text that opens with a rule ("---") and has
    another further down holds sentences there ("Referat fra styremøte"), which are
    the text, not fields to leave out."""
    field, marks = (_TOML_KEY, "[]\"'#") if toml else (_YAML_KEY, "-#\"'")
    return all(not line.strip() or line[0].isspace() or line[0] in marks
               or field.match(line) for line in lines)


def _toml_as_yaml(lines: list[str]) -> list[str]:
    """A TOML front matter's lines as YAML's: "key = value" as "key: value", the
    entries of an array written over several lines as "- entry" under its key. A
    table ("[params]") holds the site's settings, no fields of the minutes: it and all
    after it are left out."""
    fields: list[str] = []
    in_array = False
    for raw in lines:
        line = raw.strip()
        if in_array:
            in_array = not line.startswith("]")
            if in_array and line:  # '"Kari Holm",' (or two on one line)
                fields.extend(f"  - {entry}" for entry in _yaml_value(f"[{line}]").split(", "))
        elif line.startswith("["):
            break
        elif field := _TOML_FIELD.match(line):
            value = field.group("value").strip()
            in_array = value == "["
            fields.append(f"{field.group('key')}: {'' if in_array else value}")
    return fields


def _yaml_value(raw: str) -> str:
    """A front-matter field's value as text: without its quotes, and a list written
    on the field's line ("[Kari Holm, 'Per Lie']", YAML's flow form of the "- name"
    lines) as the names the list holds, set apart by commas as a secretary writes them."""
    value = raw.strip()
    if value[:1] == "[" and value[-1:] == "]":
        return ", ".join(entry.strip().strip("'\"") for entry in value[1:-1].split(",")
                         if entry.strip().strip("'\""))
    return value.strip("'\"")


def _titled_itself(lines: list[str]) -> bool:
    """Whether the text under a front matter opens with a top heading of its own ("# …"
    as its first line): then the front matter's "title:" is the name the note app lists
    the page by, and that heading, as written in the document, is the title."""
    first = next((line.strip() for line in lines if line.strip()), "")
    return first[:2] == "# "


def _dates_itself(lines: list[str]) -> bool:
    """Whether the text under a front matter has a date label of its own: then that is
    the meeting's day, and the front matter's "date:" is the day the post was put up."""
    return any("ato" in line[:24].casefold() and _BODY_DATE_LABEL.match(line)
               for line in lines)


def decode(data: bytes, binary_message: str = _BINARY) -> str:
    """Text of a file: UTF-8 (± BOM), UTF-32 and UTF-16 (BOM or NUL pattern), else
    cp1252/latin-1; stray control characters (a few stray NULs too) left out.

    Raises ReadError(binary_message) for bytes that are not text: NULs in an 8-bit
    file past a stray few, or a sample that is more than a few percent control
    characters.
    """
    if data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):  # before UTF-16's
        return _without_controls(_strict(data, "utf-32", binary_message))
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _without_controls(_strict(data, "utf-16", binary_message))
    sample = data[:4096]
    if b"\x00" in sample and _padded(data):
        data = data.rstrip(b"\x00")
        sample = data[:4096]
    if b"\x00" in sample:
        wide = _wide_without_bom(sample)
        if wide is not None:
            return _wide_text(data, wide, binary_message)
        if not only_stray_nuls(sample):
            raise ReadError(binary_message)
        data = data.replace(b"\x00", b"")
        sample = data[:4096]
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return with_cp1252_signs(_without_controls(data[3:].decode("utf-8")))
        except UnicodeDecodeError:
            # a UTF-8 file with a few bytes of a code page in it (a "–" typed in cp1252,
            # a line added by an older program): its BOM says text, so it reads as one
            # without a BOM does, line by line, and not as binary data
            data = data[3:]
            sample = data[:4096]
    controls = len(sample.translate(None, _NOT_CONTROL_BYTES))
    if controls > max(2, len(sample) // 50):
        raise ReadError(binary_message)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = decode_mixed(data)
    if b"\xc2" in data:  # (how UTF-8 writes a C1 control, or a sign of Latin-1's)
        text = with_cp1252_signs(text)
    if controls or (len(data) > 4096 and data[4096:].translate(None, _NOT_CONTROL_BYTES)):
        return _without_controls(text)
    return text


# The C1 control characters (U+0080–U+009F) that cp1252 gives a sign: a text read as
# Latin-1 somewhere on its way (a copy, an export, a PDF producer's font table) keeps
# its Windows punctuation as these codes ("kl. 18.00\x9620.00", "Ola\x92s"). Five codes
# cp1252 leaves undefined stay. No minutes use the controls themselves.
_C1_AS_CP1252 = {code: bytes([code]).decode("cp1252") for code in range(0x80, 0xA0)
                 if code not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)}
_C1_CHARACTERS = tuple(map(chr, range(0x80, 0xA0)))
_NEXT_LINE = 0x85  # NEL: a line break to ``str.splitlines``, "…" in cp1252


def with_cp1252_signs(text: str) -> str:
    """The text with its C1 control characters read as the cp1252 signs they stand for
    (U+0096 "–", U+0092 "’", U+0093/U+0094 quotes, U+0085 "…"), one character for one
    (a PDF page's text keeps its indices). A time span "18.00\x9620.00" then has its
    dash and its end; a quote or an apostrophe is no control in a title or a name.

    U+0085 is read as "…" only in a text that breaks its lines otherwise: where it is
    the only break, it is the line break of the system the text came from."""
    # (each code looked up on its own: a search for one character is a ``memchr`` over
    # the text, where the pattern's class tests every character, some 100 times slower
    # on a whole file; ``with_cp1252_signs`` is asked of every UTF-8 file with a "«")
    if text.isascii() or not any(map(text.__contains__, _C1_CHARACTERS)):
        return text
    if "\n" in text or "\r" in text or "\x85" not in text:
        return text.translate(_C1_AS_CP1252)
    return text.translate({**_C1_AS_CP1252, _NEXT_LINE: "\n"})


def line_with_cp1252_signs(text: str) -> str:
    """One line of a structured file (a DOCX or ODT paragraph, a table row) with its C1
    control characters read as the cp1252 signs they stand for, U+0085 as "…" too: a
    line holds no line break of its own, so ``with_cp1252_signs``'s exception for a NEL
    that breaks a text's lines does not apply."""
    return text.translate(_C1_AS_CP1252)


def _padded(data: bytes) -> bool:
    """Whether the only NULs in the first 4 KB are a run at the file's end: a text that
    a program padded with NULs, or a copy cut short on a disk that filled the rest of
    its last block with them. Its text is whole and readable; a NUL inside the text
    (binary data, or UTF-16 without its BOM) still decides as before."""
    end = len(data.rstrip(b"\x00"))
    return 0 < end < len(data) and b"\x00" not in data[:min(end, 4096)]


# Control characters a damaged or padded text still holds after the sample test (NULs
# past the first 4 KB, a stray byte, a BOM pasted mid-text); the line breaks that
# ``str.splitlines`` knows (VT, FF, FS, GS, RS) and ESC stay.
_STRAY_CONTROLS = lazy_regex("[\x00-\x08\x0e-\x1a\x1f\x7f\ufeff]")


def _without_controls(text: str) -> str:
    """The text without stray control characters, which no field of a record may hold."""
    return _STRAY_CONTROLS.sub("", text)


def _strict(data: bytes, encoding: str, binary_message: str) -> str:
    """Decode with a known encoding; undecodable bytes mean the file is not text.

    UTF-16 and UTF-32 are the exception when the damage is small: a lone surrogate (an
    emoji cut in half by an editor) or a last odd byte would otherwise lose the whole
    minutes, so a few bad units read as U+FFFD and the rest as written.
    """
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        if not encoding.startswith("utf-") or encoding == "utf-8":
            raise ReadError(binary_message) from None
        text = data.decode(encoding, "replace")
        if text.count("\ufffd") > 2 + len(text) // 100:
            raise ReadError(binary_message) from None
    return text.removeprefix("\ufeff")


def only_stray_nuls(sample: bytes) -> bool:
    """Whether the NULs in a file's first 4 KB are a stray few in a text: at most one
    in 64 bytes, about one a line. A broken export or a bad copy leaves a handful of
    them in a page of good text, and the text reads without them. Binary data has them
    far closer: a format's header of fixed-width numbers holds several in its first
    bytes, a table of strings one after every word ("tekst\\0med\\0…"); the rest of
    binary data (compressed streams, pictures) is full of the other control bytes,
    which the sample test that follows still counts."""
    return sample.count(0) <= max(1, len(sample) // 64)


def _wide_without_bom(sample: bytes) -> str | None:
    """The UTF-32 or UTF-16 encoding (LE/BE) the NULs of a sample without a BOM show,
    or None. UTF-32 is tried first: its NUL-filled high bytes would otherwise pass for
    neither UTF-16 (NULs on both sides of its pairs) nor 8-bit text."""
    return _utf32_without_bom(sample) or _utf16_without_bom(sample)


def _utf32_without_bom(sample: bytes) -> str | None:
    """"utf-32-le"/"utf-32-be" when the NULs follow UTF-32's pattern, else None.

    Every code point is below U+110000, so one end byte of each four is always NUL and
    its neighbour is NUL for all but emoji and rarer signs; the other end byte (the
    low one) is a letter's and almost never NUL. Binary data has NULs anywhere."""
    quads = len(sample) // 4
    if quads == 0:
        return None
    nuls = [sample[k : quads * 4 : 4].count(0) for k in range(4)]
    if nuls[3] >= 0.98 * quads and nuls[2] >= 0.9 * quads and nuls[0] <= 0.02 * quads:
        return "utf-32-le"
    if nuls[0] >= 0.98 * quads and nuls[1] >= 0.9 * quads and nuls[3] <= 0.02 * quads:
        return "utf-32-be"
    return None


def _utf16_without_bom(sample: bytes) -> str | None:
    """"utf-16-le"/"utf-16-be" when NULs sit on one side of most byte pairs, else None.

    ASCII-heavy UTF-16 has a NUL as every high byte; binary data has NULs anywhere.
    """
    pairs = len(sample) // 2
    if pairs == 0:
        return None
    even = sample[0 : pairs * 2 : 2].count(0)
    odd = sample[1 : pairs * 2 : 2].count(0)
    if odd >= 0.3 * pairs and even <= 0.02 * pairs:
        return "utf-16-le"
    if even >= 0.3 * pairs and odd <= 0.02 * pairs:
        return "utf-16-be"
    return None


def _wide_text(data: bytes, encoding: str, binary_message: str) -> str:
    """The text of a file in UTF-32 or UTF-16 without a BOM, which only its NULs
    showed: an array of small numbers in a binary file shows the same pattern, and
    decodes to control characters, so a text whose start is more than a few percent
    of them is binary after all."""
    text = _strict(data, encoding, binary_message)
    head = text[:1024]
    if len(_STRAY_CONTROLS.findall(head)) > max(2, len(head) // 50):
        raise ReadError(binary_message)
    return _without_controls(text)


# "ø", "å" and "æ" inside a word ("møte", "både", "være") as each 8-bit code page
# writes them: Windows (cp1252, also latin-1), the old Mac (Mac Roman, where cp1252
# shows "m¿te") and DOS (cp850, where it shows "m›te").
_INWORD_LETTERS = {
    "cp1252": re.compile(rb"[a-z][\xf8\xe5\xe6][a-z]"),
    "mac_roman": re.compile(rb"[a-z][\xbf\x8c\xbe][a-z]"),
    "cp850": re.compile(rb"[a-z][\x9b\x86\x91][a-z]"),
}


def _code_page(data: bytes) -> str:
    """The 8-bit code page of a file that is not UTF-8: cp1252 unless Mac Roman or
    cp850 spell more Norwegian letters inside words (at least two), which no cp1252
    text does (its "¿", "Œ", "›" and "†" stand between letters in no word)."""
    counts = {page: len(pattern.findall(data)) for page, pattern in _INWORD_LETTERS.items()}
    best = max(counts, key=counts.__getitem__)
    return best if counts[best] >= 2 and counts[best] > counts["cp1252"] else "cp1252"


def decode_mixed(data: bytes, page: str | None = None) -> str:
    """Line by line UTF-8, else the code page (``page`` when a page declares it, else the
    file's: cp1252 mostly), else latin-1.

    Files edited by several tools sometimes hold UTF-8 lines next to cp1252 lines;
    decoding per line keeps both readable instead of turning the UTF-8 into mojibake.
    """
    page = page or _code_page(data)
    lines = []
    for raw in data.split(b"\n"):
        try:
            lines.append(raw.decode("utf-8"))
        except UnicodeDecodeError:
            lines.append(_mixed_line(raw, page))
    return "\n".join(lines)


# The bytes UTF-8 could not read, as ``surrogateescape`` leaves them (U+DC80–U+DCFF).
_ESCAPED_BYTES = lazy_regex("[\udc80-\udcff]+")


def _mixed_line(raw: bytes, page: str) -> str:
    """A line that is not all UTF-8: its UTF-8 sequences as UTF-8, the other bytes in
    the code page. A "–" typed in cp1252 into a UTF-8 line ("Møte – Ås") would
    otherwise turn the line's "ø" into "Ã¸". Only a line whose code-page reading shows
    that mark ("Ã" or "Â", the lead bytes of UTF-8's Latin letters and spaces) is read
    so: a code-page line keeps its reading ("PÅ»" is a UTF-8 sequence by chance)."""
    text = _in_code_page(raw, page)
    if "Ã" not in text and "Â" not in text:
        return text
    mixed = raw.decode("utf-8", "surrogateescape")
    return _ESCAPED_BYTES.sub(
        lambda m: _in_code_page(bytes(ord(c) - 0xDC00 for c in m.group()), page), mixed)


def _in_code_page(data: bytes, page: str) -> str:
    """Bytes in the code page, else latin-1 (bytes cp1252 leaves undefined)."""
    try:
        return data.decode(page)
    except UnicodeDecodeError:
        return data.decode("latin-1")


# A line break inside a Markdown table cell, which has no other way to write one:
# "Tilbud ble lagt fram<br>Styret går for …" holds two lines, as a Word cell's paragraphs.
_CELL_BREAK = lazy_regex(r"[ \t]*<br\s*/?>[ \t]*", re.I)


def split_md_row(line: str) -> tuple[str, ...]:
    """The cells of a Markdown table row "| a | b |" (escaped "\\|" kept as "|"); a
    ``<br>`` in a cell breaks its line as a new paragraph does in a Word cell."""
    inner = line.strip()[1:-1] if line.rstrip().endswith("|") else line.strip()[1:]
    if "<" in inner and ("<br" in inner or "<BR" in inner):
        inner = _CELL_BREAK.sub("\n", inner)
    if "\\|" in inner:
        parts = inner.replace("\\|", "\x00").split("|")
        return tuple(p.replace("\x00", "|").strip() for p in parts)
    return tuple(p.strip() for p in inner.split("|"))


def _with_closing_marks(cells: tuple[str, ...]) -> tuple[str, ...]:
    """A row's cells without a cell of the bold's closing "**" alone: a converter that
    closed a bold cell's marker after the TAB ("2/25<TAB>**Oversikt<TAB>**<TAB>Kari …")
    set it in a cell of its own, which shifts every later cell out of its column. The
    marker closes the cell before it."""
    if not any(cell.strip() == "**" for cell in cells[1:]):
        return cells
    out: list[str] = []
    for cell in cells:
        if out and cell.strip() == "**" and out[-1].lstrip().startswith("**"):
            out[-1] = f"{out[-1].rstrip()}**"
        else:
            out.append(cell)
    return tuple(out)


def _tabbed_block(cells: tuple[str, ...], bold: bool = False) -> Block:
    """A line of cells set apart by TABs: a table row, or a list item when the first
    cell is a bullet ("·<TAB>Referatet ble godkjent": Word's bullets copied as text)."""
    if len(cells) == 2 and cells[0] in _TAB_BULLETS and cells[1]:
        bullet = "-" if cells[0] in _DASH_BULLETS else cells[0]
        return Block(LIST_ITEM, f"{bullet} {cells[1]}", 0, (), bold)
    # (by position, in the fields' order: a keyword call builds a dict of its arguments
    # for ``__init__`` to unpack again, and a text's tabbed rows are many; s69g)
    return Block(TABLE_ROW, "\t".join(cells), 0, cells, bold)


def typed_block(text: str, bold: bool = False) -> Block:
    """A paragraph of a word processor, a list item when its marker was typed, or a
    table row when TABs set its parts apart.

    "- Kari Holm: sende …", "b) Økonomirapport" and "•<TAB>Referatet ble godkjent"
    typed into plain paragraphs read as the same list items a text file gives.
    """
    if "\t" in text:
        if "\n" in text:  # rows in columns after soft line breaks: ``soft_lines`` parts them
            return Block(PARAGRAPH, text, bold=bold)
        return _tabbed_block(tuple(_CELL_TABS.split(text)), bold)
    block = classify(text) if text else None
    if block is not None and block.kind is LIST_ITEM:
        return Block(LIST_ITEM, text, bold=bold)
    return Block(PARAGRAPH, unspaced(text), bold=bold)


def soft_lines(block: Block) -> list[Block]:
    """The lines of a word processor's paragraph whose soft line breaks part rows set in
    columns by TABs ("Til stede:" ↵ "Kari Holm ⇥ Åsen kommune" ↵ "Per Dahl ⇥ Bø kommune"),
    each typed as the same line typed as a paragraph of its own (or in a text file)
    reads: a TAB parts the cells of its own line, never the lines around it into one
    row. Any other block is read as it is."""
    if block.kind is not PARAGRAPH or "\t" not in block.text:
        return [block]
    lines: list[Block] = []
    for raw in block.text.split("\n"):
        line = raw.strip()
        if line:
            bold = block.bold or line in block.runs  # ("Til stede:" bold alone on its line)
            runs = () if bold else tuple(run for run in block.runs if run in line)
            lines.append(with_runs(typed_block(line, bold), runs))
    return lines


def classify(stripped: str, markdown: bool = False) -> Block | None:
    """The block for one stripped, non-blank line; None for a Markdown separator row.

    Level, gap and indentation are filled in by the caller.
    """
    if "\t" in stripped:
        # a run of TABs is one separator; without one, str.split gives the same cells
        cells = tuple(_TABS.split(stripped) if "\t\t" in stripped else stripped.split("\t"))
        if "\t**" in stripped:
            cells = _with_closing_marks(cells)
        return _tabbed_block(cells)
    first = stripped[0]
    if first == "|" and len(stripped) > 1 and (stripped[-1] == "|" or "|" in stripped[1:]):
        # "| a | b |", also "| a | b" (Markdown lets the last bar go)
        if _MD_SEPARATOR.match(stripped):
            return None
        cells = split_md_row(stripped)
        return Block(TABLE_ROW, "\t".join(cells), cells=cells)
    if first == "#" and (heading := _HASH_HEADING.match(stripped)) and heading.group(2) and \
            heading.group(2)[:1] != "|":
        # "# Referat styremøte | Lia vel": a heading whose words a bar parts, as a web
        # page's title does, no table row ("# | Sak | Ansvar" is one, its "#" a column)
        return Block(HEADING, heading.group(2), level=len(heading.group(1)))
    if " | " in stripped:  # "Møteleder | Simen Soltvedt": cells set apart by bars only
        if first in ":-" and _MD_SEPARATOR.match(stripped):
            return None  # ":--- | ---:": the alignment row of a table without outer bars
        # an empty cell keeps its place: "Tor Lie | Medlem | | X" has no mark under "Møtt"
        cells = tuple(cell.strip() for cell in _BARS.split(stripped))
        if 2 <= len(cells) <= 8 and cells[0] and sum(map(bool, cells)) >= 2 and \
                all(len(cell) <= 120 for cell in cells):
            return Block(TABLE_ROW, "\t".join(cells), cells=cells)
    if first in "-=" and stripped[1:3] == "> " and len(stripped) > 3:
        # "-> Kari sender …", "=> Ansvar: PL": a follow-up typed with an ASCII arrow, one
        # list item a line (no wrapped sentence), its arrow the bullet Word makes of it
        return Block(LIST_ITEM, f"{_ASCII_ARROWS[first]} {stripped[3:].lstrip()}")
    if first in _BULLET_CHARS and (_MD_BULLET if markdown else _BULLET).match(stripped):
        if first in "-–—" and stripped[1:4] == "   " and _EMPTY_FIRST_CELL.match(stripped):
            # "–          Marte Dahl        Sametinget": a seat table padded with spaces,
            # its first cell the dash of a seat nobody filled (the member's, the deputy
            # came), no bullet; the row keeps its padding, as the rows above it do
            return Block(PARAGRAPH, stripped)
        return Block(LIST_ITEM, stripped)
    if first == "[" and stripped[2:4] == "] " and stripped[1] in " xX" and len(stripped) > 4:
        return Block(LIST_ITEM, stripped)  # a task box without a dash: "[ ] Kari sender …"
    if first == "#":
        match = _HASH_HEADING.match(stripped)
        if match and match.group(2):
            return Block(HEADING, match.group(2), level=len(match.group(1)))
    elif first == "=":
        match = _WIKI_HEADING.match(stripped)  # "== Godkjenning av innkalling =="
        if match:
            return Block(HEADING, match.group(2), level=len(match.group(1)) - 1)
    elif first == "*":
        if stripped[-3:] == " **" and stripped[1:2] == "*":
            # "**Referat **": Word's bold took the space typed after the words; the span
            # closes on them ("**Referat**")
            stripped = f"{stripped[:-2].rstrip()}**"
        if stripped.startswith("**") and _BOLD_LINE.match(stripped):
            return Block(PARAGRAPH, stripped, bold=True)
    elif (
        len(stripped) > 2
        and (first.isdigit() or stripped[1] in ".)" or first in "ivxIVX")
        and _NUMBERED.match(stripped)
    ):
        return Block(LIST_ITEM, stripped)
    # (a title spaced out letter by letter has a space second: most lines skip the call)
    return Block(PARAGRAPH, unspaced(stripped) if stripped[1:2] == " " else stripped)


# The hour a raised two-digit minute follows ("kl. 9", "– 18"), not part of a longer
# number ("2024", "1.5") nor of a word ("m2").
_HOUR_BEFORE = lazy_regex(r"(?<![\w.,:])(?:[01]?\d|2[0-4])$")


def raised(before: str, text: str) -> str:
    """The text of a superscript: as written, except minutes raised over an hour.

    Norwegian offices write the time "kl. 9<sup>30</sup>" with the minutes set small and
    high, which a reader reads as "kl. 9.30"; joined as they stand they would read as
    the number "930", no time at all. Two digits 00–59 raised right after an hour read
    with the dot the plain-text form has. A footnote's number raised right after a word
    or a sentence ("Kari Holm¹", "godkjent.²") is left out, as the PDF reader leaves it
    out: joined, it would end the name or the decision. Every other superscript (the
    "2" of "m2", "10³") is kept as written.
    """
    if not text.isdigit() or len(text) > 2:
        return text
    before = before.rstrip(_ZERO_WIDTH)  # (a mark a web editor left there shows nothing)
    if _NOTE_CALL_BEFORE.search(before[-12:]) and \
            before.rsplit(None, 1)[-1].strip("(").casefold() not in POWER_UNITS:
        return ""
    if len(text) != 2 or text[0] > "5" or _HOUR_BEFORE.search(before[-6:]) is None:
        return text
    return f".{text}"


_ZERO_WIDTH = ZERO_WIDTH_MARKS + "\u00ad"  # (the soft hyphen too: it shows nothing there)
# What a footnote's raised number follows: a word of two letters or more, or the end of
# a sentence or a clause ("Holm¹", "godkjent.¹"); not a unit it is the power of ("m²").
_NOTE_CALL_BEFORE = lazy_regex(r"(?:[^\W\d_]{2}|[.,;:!?)])$")
# The units a raised digit after letters is the power of ("m²", "km²", "cm³"): the PDF
# reader's as well.
POWER_UNITS = frozenset({"m", "km", "cm", "mm", "dm"})


# "R E F E R A T", "M Ø T E  I  S T Y R E T": letters one space apart, words two or more.
_LETTER_SPACED = lazy_regex(r"[^\W_](?: [^\W_]){3,}(?: {2,}[^\W_](?: [^\W_])*)*")
_WIDE_SPACES = lazy_regex(r" {2,}")


def unspaced(text: str) -> str:
    """A title typed letter by letter ("R E F E R A T") as the word it spells.

    Secretariats space out the letters of a title for effect; the letters, not the
    spaces, are the title ("REFERAT"), and a body or title read from the spaced form
    ("R e f e r a t") is nonsense. Words stand two or more spaces apart. Only capitals
    count ("a b c d" may be a list of options); most lines fail the cheap test of a
    space as their second and fourth character.
    """
    if text[1:2] != " " or text[3:4] != " " or not text.isupper():
        return text
    # (a label's colon after the letters, with or without a space: "V E D T A K :" is
    # "VEDTAK:", read as the label it is, as the heading "S A K L I S T E" is its word)
    letters, colon = (text[:-1].rstrip(), ":") if text[-1:] == ":" else (text, "")
    if not _LETTER_SPACED.fullmatch(letters):
        return text
    return " ".join(word.replace(" ", "") for word in _WIDE_SPACES.split(letters)) + colon


# The letters a line may start with and still be read by ``classify`` as something else
# than a plain paragraph: "o" is a bullet ("o Kari sender …", Word's second-level bullet
# copied as text), "i", "v", "x" and their capitals number a list ("iv. Budsjett").
# ``blocks_from_lines`` reads a line that starts with any other letter as the paragraph
# it is, without ``classify``, when its second character is no ".", ")" (a numbered
# item "a) …") or space (a title spaced out letter by letter), and it holds no TAB (a
# table row), no " | " (cells set apart by bars) and no three spaces (cells padded into
# columns, or a wrapped cell's row): every other test of ``classify`` and of the line
# loop asks for a first character that is no letter ("#", "=", "*", "|", "[", ">", a
# bullet, a digit, an underline's "=-_"), or for a "**" span still open from a line
# above, or a bullet glyph alone on the line above (whose list item this line is). The
# generated minutes read some three lines in four so, at about half the cost.
_NOT_PLAIN_LETTERS = frozenset("oivxIVX")


def blocks_from_lines(lines: Iterable[str], markdown: bool = False) -> list[Block]:
    """One block per non-blank line, with ``gap`` and list ``level`` from layout.

    A list item's level comes from its indentation relative to the list items just
    before it (a stack of indents), so one, two or four spaces per level all work.
    A bold span opened by "**" on one line and closed on a later line (no blank line
    between) marks every line of it bold.
    """
    blocks: list[Block] = []
    gap = True
    indents: list[int] = [0]
    bold_open: list[Block] = []
    width = 0  # the cell count of the table heading above, set apart by single TABs
    bars = 0  # the cell count of the row above when bars alone set its cells apart
    padded = ""  # the line above when spaces pad its cells into columns (plain text)
    padded_above = ""  # the padded line right above ``padded``: the two make a table
    barred_first = False
    bullet = ""  # a bullet glyph alone on the line above, with its indentation
    framed = ""  # the last line that opened with a bar (plain text): a framed row
    blanks = 0  # the blank lines right above the line
    span_open = False  # the line above opened a "**" span inside it and left it open
    hang = 0  # the column where the text of the list item above starts (its hanging indent)
    # the last block is a row of two cells ("1<TAB>Budsjett"), which the next block may
    # show to be a numbered heading (``_untable_numbered_heading``): kept as the blocks
    # are made, where a look back at the block before each new one cost a test of two
    # attributes on every line
    pair_row = False
    # (cells set apart by bars or padded by spaces, asked once in all the text: most
    # documents have neither, and their plain lines then skip both tests)
    lines = lines if isinstance(lines, list) else list(lines)
    whole = "\n".join(lines)
    # (the bar first: one character's search skips through the text, where one for " | "
    # stops at every space)
    quiet = ("|" not in whole or " | " not in whole) and "   " not in whole
    for line in lines:
        stripped = line.strip()
        if stripped:
            after_blanks, blanks = blanks, 0
        else:
            blanks += 1
        if padded and line[:1] == " " and \
                (joined := _wrapped_cell(padded, line, padded_above)):
            # "Per Olsen    Innlandet fylkeskommune,    Medlem" over an indented
            # "             avdeling for folkehelse": the cell above goes on
            blocks[-1] = replace(classify(joined.strip(), markdown) or blocks[-1],
                                 gap=blocks[-1].gap)
            pair_row = blocks[-1].kind is TABLE_ROW and len(blocks[-1].cells) == 2
            padded = joined
            continue
        if span_open:
            span_open = False
            if not gap and "**" in stripped and stripped.count("**") % 2:
                # "- status i prosjektet **Kompetanse" / "Kongsberg–Notodden** (se
                # vedlegg)": the converter wrapped the line inside its bold span
                blocks[-1].text = f"{blocks[-1].text} {stripped}"
                continue
        first = stripped[:1]
        if first.isalpha() and first not in _NOT_PLAIN_LETTERS and \
                stripped[1:2] not in ".) " and not bold_open and not bullet and \
                "\t" not in line and (quiet or (" | " not in stripped and "   " not in stripped)):
            # The plain one-line paragraph, most lines of minutes: see ``_NOT_PLAIN_LETTERS``
            # for why it is the block ``classify`` gives, and why no state but ``gap``,
            # ``width``, ``bars``, ``padded`` and the list's indents changes for it.
            if gap and after_blanks == 1 and _wrapped_over_blank(blocks) and \
                    (first.islower() or _capital_goes_on(blocks[-1].text, stripped)):
                gap = False  # "… vedtatt med 3 mot 2" / "" / "stemmer.": one sentence
            if hang and not gap and first.islower() and _hangs_under(line, hang, blocks[-1]):
                blocks[-1].text = f"{blocks[-1].text} {stripped}"
                continue  # "• De største utslippene kommer fra veitrafikk og" / "jordbruk"
            hang = 0
            blocks.append(Block(PARAGRAPH, stripped, 0, (), False, gap))
            span_open = "**" in stripped and _opens_bold_span(stripped)
            gap = False
            width = bars = 0
            padded = ""
            if len(indents) > 1:
                indents = [0]
            if pair_row:
                _untable_numbered_heading(blocks, len(blocks) - 2)
                pair_row = False
            continue
        if first == ">":
            line = _unquoted(line)
            stripped = line.strip()
        if not stripped:
            gap = True
            bold_open = []
            width = 0
            padded = ""
            continue
        if len(stripped) == 1 and stripped in _LONE_BULLETS:
            bullet = f"{line[:len(line) - len(line.lstrip())]}{stripped} "
            continue  # "•" ↵ "Kari sender …": one list item, as the document shows it
        if bullet:
            line, bullet = bullet + stripped, ""
            stripped = line.strip()
        if stripped[0] in "=-_" and len(stripped) >= 3 and not stripped.strip(stripped[0]):
            _underline(blocks, stripped[0], gap)
            gap = True
            continue
        if stripped[0] == "_" and len(stripped) >= 7 and not stripped.replace("_", "").strip():
            gap = True  # "_____ ⇥⇥ _____": the signers' lines side by side, no text of the
            continue  # paragraph above nor its underline
        if stripped[0] == "|" and not markdown:  # (a bar-framed row: antiword's tables)
            if framed and not gap and stripped[1:2] == " " and \
                    (joined_row := _framed_cell_wrap(blocks[-1], framed, line)) is not None:
                blocks[-1] = joined_row  # "|Kari Holm  |leder, for Per|" over "|  |Dahl  |"
                continue
            framed = line
        block = classify(stripped, markdown)
        if block is None:
            continue
        if width and "\t" in line and ("\t\t" in line or line.rstrip(" \r\n")[-1] == "\t"):
            block = _with_empty_cells(block, line, width)
        elif bars and not gap and stripped[0] == "|" and block.kind is TABLE_ROW:
            block = _with_empty_first_cell(block, stripped, bars)
        bars = len(block.cells) if block.kind is TABLE_ROW and stripped[0] != "|" and \
            "\t" not in stripped else 0
        if block.kind is not TABLE_ROW:
            width = 0
        elif not width:  # the first row: a heading set apart by single TABs gives the width
            width = 0 if "\t\t" in stripped or "\t" not in stripped else len(block.cells)
        if gap and after_blanks == 1 and (first.isdigit() or first in _NOT_PLAIN_LETTERS) \
                and block.kind is PARAGRAPH and _wrapped_over_blank(blocks) and \
                _capital_goes_on(blocks[-1].text, stripped):
            gap = False  # "… ble sist oppdatert i" / "" / "2024 og må …": one sentence
            # (and "… til alle tre" / "" / "Vestkyst-kommunenes …", whose capital the
            # plain path leaves here with the numerals' letters)
        block.gap = gap
        gap = False
        kind = block.kind
        padded_above = padded if not block.gap else ""
        padded = line if not markdown and kind is PARAGRAPH and "   " in stripped and \
            "\t" not in line else ""
        if kind is LIST_ITEM:
            block.level = _list_level(indents, len(line) - len(line.lstrip()) and _indent(line))
        elif len(indents) > 1:
            indents = [0]
        wrapped_bold = False
        if kind is LIST_ITEM and len(bold_open) == 1 and stripped[0] in "–—" and \
                stripped[-2:] == "**" and "**" not in stripped[:-2]:
            # "**1. Ungdata" / "– resultater**": the dash goes on with the bold heading the
            # converter wrapped before it, no list item of its own
            block.kind = kind = PARAGRAPH
            block.text, block.level = stripped, 0
        if kind is PARAGRAPH and (bold_open or stripped[0] == "*") and not block.bold:
            # (or the closing line goes on in lower case: "**Oppfølging" / "fra
            # samlingen:**" is one label)
            wrapped_bold = len(bold_open) == 1 and (_dangling_end(bold_open[0].text) or
                                                    stripped[:1].islower() or
                                                    stripped[:1] in "–—")
            bold_open = _track_bold(bold_open, block, stripped)
            wrapped_bold = wrapped_bold and not bold_open and block.bold
        if not blocks:
            barred_first = bars > 0  # the first line's cells set apart by bars alone
        if wrapped_bold and blocks and blocks[-1].bold:
            # "**Fagnettverk for" / "stedsutvikling**": one bold heading the converter
            # wrapped after a word that cannot end it, no two lines
            blocks[-1].text = f"{blocks[-1].text} {block.text}"
            continue
        blocks.append(block)
        hang = _text_column(line) if kind is LIST_ITEM and not markdown else 0
        span_open = "**" in stripped and stripped[0] != "*" and kind is not TABLE_ROW and \
            _opens_bold_span(stripped)
        if pair_row:
            _untable_numbered_heading(blocks, len(blocks) - 2)
        pair_row = kind is TABLE_ROW and len(block.cells) == 2
    if pair_row:
        _untable_numbered_heading(blocks, len(blocks) - 1)
    if barred_first:
        _untable_title_line(blocks)
    return blocks


def _text_column(line: str) -> int:
    """The column where a list item's text starts, after its indentation, its marker and
    the spaces after the marker ("  2. Klimaregnskap …" → 5)."""
    marker = line.lstrip()
    text = marker.split(" ", 1)[1] if " " in marker else ""
    return len(line) - len(text.lstrip())


def _hangs_under(line: str, column: int, above: Block) -> bool:
    """Whether a line in lower case goes on with the list item above it: indented to the
    item's text column (a hanging indent, as pdftotext's layout and a PDF viewer's copy
    keep it), under an item that ends inside its sentence ("2. Klimaregnskap – status og"
    / "   erfaringer"). A slide's lines stay apart where the item's wrap is one line."""
    return above.kind is LIST_ITEM and (above.text[-1:].isalpha() or above.text[-1:] == ",") \
        and line[:column].isspace() and line[column:column + 1] not in (" ", "")


def _opens_bold_span(stripped: str) -> bool:
    """Whether a line with "**" in it opens a span after its first words and leaves it
    open ("- status i prosjektet **Kompetanse"): the next line, when it closes the span,
    is the rest of this one. (A line that opens with "**" is followed by ``_track_bold``;
    the caller tests for "**" first, as most lines have none.)"""
    return stripped.count("**") % 2 == 1 and not stripped.endswith("**")


def _wrapped_over_blank(blocks: list[Block]) -> bool:
    """Whether the paragraph above a line in lower case that one blank line parts from it
    is a line a PDF converter wrapped at the margin: long, and ending inside a sentence
    (a word, a number or a comma). Some converters put a blank line after every line of
    the page ("… Innstillingen ble vedtatt med 3 mot 2" / "" / "stemmer."); the lower-case
    line then goes on with the sentence, where a paragraph of its own would start in
    capitals, and a short line above (a heading, a label) is no wrapped one."""
    if not blocks or blocks[-1].kind is not PARAGRAPH:
        return False
    above = blocks[-1].text
    return len(above) >= _WRAPPED_WIDTH and (above[-1].isalnum() or above[-1] == ",")


_WRAPPED_WIDTH = 60  # (the shortest line a converter wraps a page's text at, about)


def _capital_goes_on(above: str, line: str) -> bool:
    """Whether a line that opens in capitals (a name, a place, a noun of the body) under a
    wrapped line one blank line apart (see ``_wrapped_over_blank``) goes on with its
    sentence: the line above ends in a word no sentence ends with – a preposition, a
    conjunction, an article or a verb that wants its object ("… legger fram saken for" /
    "" / "Kommunestyret i Vang …") – and the line is no label ("Vedtak:") or case heading
    ("Sak 12/25 …"), which start a paragraph of their own whatever ends above them.
    A count or an adjective before its noun wants more too ("… ga støtte til alle tre" /
    "" / "Vestkyst-kommunenes søknader", "… samarbeid med den nye" / "" / "NAV-lederen"):
    see ``ends_before_noun``."""
    last = above[above.rfind(" ") + 1:].casefold()
    if ":" in line or (last not in GOES_ON_WORDS and not ends_before_noun(above)):
        return False
    word, _, rest = line.partition(" ")
    return not (word.casefold().rstrip(".") in CASE_HEADING_WORDS and rest[:1].isdigit())


# The words a sentence does not end with: prepositions, conjunctions, articles and the
# verbs that want more ("er", "ble"), bokmål and nynorsk.
GOES_ON_WORDS = frozenset((
    "i", "på", "til", "for", "av", "med", "om", "fra", "frå", "mot", "etter", "før", "under",
    "ved", "hos", "mellom", "over", "gjennom", "innen", "innan", "rundt", "blant", "uten",
    "utan", "og", "eller", "men", "at", "som", "samt", "enn", "når", "der", "dersom",
    "fordi", "slik", "både", "en", "ei", "et", "ein", "eit", "den", "det", "de", "dei",
    "er", "ble", "vart", "blei", "var", "har", "hadde", "skal", "må", "vil", "kan", "bør"))
#: The words a case heading opens with before its number ("Sak 12/25", "PS 5/21").
CASE_HEADING_WORDS = frozenset(("sak", "saknr", "ps", "rs", "os", "ds"))


def ends_before_noun(above: str) -> bool:
    """Whether a wrapped line ends on a word that stands before its noun: a count ("…
    bevilge tre" / "millioner", "… alle fire" / "Hallingdal-kommunene") or an adjective in
    its "-e" form after a determiner or a count ("… den nye" / "NAV-lederen",
    "… det regionale" / "Næringsfondet"; after a preposition an "-e" word is as often a
    noun: "… og saksliste"). A sentence ends on neither, so the capitalised line below is
    its noun, not a new paragraph (nor a clause of its own: the extractor's
    ``merge_wrapped`` asks too)."""
    cut = above.rfind(" ")
    last = above[cut + 1:].casefold()
    if last in _NUMBER_WORDS:
        return True
    if len(last) < 3 or last[-1] != "e" or not last.isalpha() or last.endswith(("ene", "ane")):
        return False  # (a noun's definite plural is no adjective: "… til alle medlemmene")
    before = above[above.rfind(" ", 0, cut) + 1:cut].casefold()
    return before in _DETERMINERS or before in _NUMBER_WORDS


# The counts a sentence does not end with ("to" is also the preposition's homograph in no
# sense that ends one), bokmål and nynorsk.
_NUMBER_WORDS = frozenset((
    "to", "tre", "fire", "fem", "seks", "sju", "syv", "åtte", "ni", "ti", "elleve", "tolv",
    "femten", "tjue", "tretti", "førti", "femti", "hundre", "tusen", "begge", "båe"))
# The words before an adjective that make it attributive: "den nye", "alle gode", "sine".
_DETERMINERS = frozenset((
    "den", "det", "de", "dei", "denne", "dette", "disse", "desse", "alle", "flere", "fleire",
    "mange", "noen", "nokre", "sin", "sitt", "sine", "vår", "vårt", "våre", "hans",
    "hennes", "hennar", "deres", "deira", "hele", "heile", "samme", "same"))


def _untable_title_line(blocks: list[Block]) -> None:
    """Read a first line whose words bars part ("Referat | Styremøte | Lia vel"), with no
    row of a table under it, as the document's title line, bars kept, the way "# Referat
    | Styremøte | Lia vel" is read: a web page's or a template's title parts its words so,
    and one row alone at the top is no table. A label's row ("Dato: | 3. april") and a
    first cell with a digit ("12/25 | Budsjett", a case's row) stay rows."""
    first = blocks[0]
    after = blocks[1] if len(blocks) > 1 else None
    if first.kind is not TABLE_ROW:  # ("1 | Budsjett": read as a numbered heading already)
        return
    if after is not None and after.kind is TABLE_ROW and not after.gap:
        return
    cells = [cell for cell in first.cells if cell]
    if any(cell[-1] == ":" for cell in cells) or any(c.isdigit() for c in cells[0]):
        return
    blocks[0] = Block(HEADING, " | ".join(cells), level=1, bold=first.bold, gap=first.gap)


# An item's number set apart from its title by a TAB, as Word's numbered headings copy
# as text: "1", "2.", "3)", "12/24" ("Sak 4<TAB>Title" the extractor reads as a case).
_TAB_NUMBER = lazy_regex(r"\d{1,3}(?:[/.-]\d{1,4})?[.):]?")


def _untable_numbered_heading(blocks: list[Block], i: int) -> None:
    """Read a lone row "1<TAB>Gjennomgang av aksjonspunkter" (``blocks[i]``, the block
    after it read already) as the numbered heading "1 Gjennomgang av aksjonspunkter":
    Word's numbered headings copied as text keep the TAB after the number, and a row with
    no row of its table next to it (text lines or a blank line on both sides) is no
    table. Rows of a real table ("Nr ⇥ Sak" over "1 ⇥ Godkjenning" …) stand next to each
    other and stay rows."""
    block = blocks[i]
    number, title = block.cells
    if not number[:1].isdigit() or not title[:1].isupper() or \
            not _TAB_NUMBER.fullmatch(number):
        return
    if i and blocks[i - 1].kind is TABLE_ROW and not block.gap:
        return
    after = blocks[i + 1] if i + 1 < len(blocks) else None
    if after is not None and after.kind is TABLE_ROW and not after.gap:
        return
    blocks[i] = Block(HEADING, f"{number} {title}", level=2, bold=block.bold, gap=block.gap)


# The cells of a line padded into columns: text with single spaces inside, two or more
# between cells.
_PADDED_CELL = lazy_regex(r"\S+(?: \S+)*")


def _wrapped_cell(row: str, line: str, above: str = "") -> str | None:
    """The padded ``row`` with the indented ``line`` under it added to the cell it
    continues, when the line is one cell that starts right under a middle cell of the row
    (a seat table's organisation wrapped onto a second line, its role after it); None
    otherwise. Text under the last cell is the row's own paragraph ("Sak 3/25   Budsjett"
    over "            Vedtak: …"), not a wrapped cell, unless ``above`` (the padded line
    right over the row) has its last cell in the same column too: then the row is one of
    a table's rows (a case list a PDF converter laid out, "PS 23/24   Søknad om … i" over
    "            Havbygda"), whose long title goes on under itself. The cells after it
    keep two spaces before them at least. A cell that ends in a hyphen joins its next
    line as running text does (``join_at_hyphen``: "Regionrådet for Midt-" /
    "Gudbrandsdal" is one name)."""
    if "\t" in line or "  " in line.strip():
        return None
    indent = len(line) - len(line.lstrip(" "))
    cells = list(_PADDED_CELL.finditer(row))
    if len(cells) == 2 and above and indent >= 4:
        return _wrapped_last_cell(row, line, above, cells[1].start())
    if len(cells) < 3 or indent < 4:
        return None
    for cell in cells[1:-1]:
        if abs(cell.start() - indent) > 1:
            continue
        text = join_at_hyphen(cell.group(), line.strip()) or f"{cell.group()} {line.strip()}"
        rest = row[cell.end():]
        gap = len(rest) - len(rest.lstrip(" "))
        return row[:cell.start()] + text + (" " * max(gap - len(line.strip()) - 1, 2)
                                            if rest.strip() else "") + rest.lstrip(" ")
    return None


def _wrapped_last_cell(row: str, line: str, above: str, start: int) -> str | None:
    """The two-cell padded ``row`` with ``line`` added to its last cell, when the line
    starts right under that cell (``start``) and the padded line ``above`` has a last
    cell in that column as well: rows of one table, the line a title too long for its
    column. A line that reads as a label or a sentence of its own (":" in it, or ending
    in a full stop) is text under the row, not part of its cell."""
    indent = len(line) - len(line.lstrip(" "))
    stripped = line.strip()
    if abs(indent - start) > 1 or ":" in stripped or stripped[-1] in ".!?":
        return None
    above_cells = list(_PADDED_CELL.finditer(above))
    if len(above_cells) != 2 or abs(above_cells[1].start() - start) > 1:
        return None
    row = row.rstrip()
    return join_at_hyphen(row, stripped) or f"{row} {stripped}"


def _framed_cell_wrap(above: Block, row: str, line: str) -> Block | None:
    """The row above with a line's cells added to its own, when the line continues its
    cells: a plain-text converter of Word files (antiword) frames each row in bars padded
    to fixed widths, and a cell's text too long for its column goes on in a line of the
    same bars whose first cell is empty ("|Siv Dahl   |varaordfører, for Per|" over
    "|           |Holm                 |"). Markdown tables have no such lines (each row is
    one line), so only plain text asks; the bars must stand exactly where the row's do,
    and the row must be the block right above. None for any other line."""
    if above.kind is not TABLE_ROW or not above.cells or row.rstrip()[-1:] != "|" or \
            _bars_at(line) != _bars_at(row):
        return None
    cells = split_md_row(line)
    if cells[0] or len(cells) != len(above.cells) or not any(cells):
        return None
    joined = tuple(f"{old} {new}".strip() for old, new in zip(above.cells, cells, strict=True))
    return Block(TABLE_ROW, "\t".join(joined), cells=joined, bold=above.bold, gap=above.gap)


def _bars_at(line: str) -> list[int]:
    """Where a line's bars stand."""
    return [i for i, c in enumerate(line) if c == "|"]


def _with_empty_first_cell(block: Block, stripped: str, bars: int) -> Block:
    """A row under rows set apart by bars alone ("2/25 | Veilys | Styret bestiller nye")
    that starts with a bar (" | | armatur innen 1. juni."): its first cells were left
    empty, the bar is no outer bar of a Markdown row, so the text stays in the column it
    continues. Only when the row then has as many cells as the row above."""
    if stripped[-1] == "|":
        return block  # "| a | b |": a Markdown row with its outer bars
    cells = tuple(cell.strip() for cell in _BARS.split(stripped))
    if len(cells) != bars:
        return block
    return Block(TABLE_ROW, "\t".join(cells), cells=cells, bold=block.bold)


def _with_empty_cells(block: Block, line: str, width: int) -> Block:
    """A row under a heading of ``width`` cells set apart by single TABs, its empty cells
    kept ("Kari Berg<TAB><TAB>X" under "Navn<TAB>Møtt<TAB>Forfall": no mark under "Møtt").

    A run of TABs is one separator where tabs only align the text; but when single TABs
    set the heading's cells apart and the row splits on single TABs into just as many
    cells, the extra TABs stand for cells left empty (a row "Anne Moe<TAB><TAB>" too).
    """
    cells = tuple(cell.strip() for cell in line.strip(" \r\n").split("\t"))
    if len(cells) != width or not (cells[0] or _goes_on_in_column(cells)):
        return block
    return Block(TABLE_ROW, "\t".join(cells), cells=cells, bold=block.bold)


def _goes_on_in_column(cells: tuple[str, ...]) -> bool:
    """Whether a row of a table of three or more columns, with its first cells empty,
    goes on in the columns of the row above ("<TAB><TAB>Tatt til orientering.<TAB><TAB>"
    under "SAK<TAB>TEMA<TAB>REFERAT<TAB>ANSVAR<TAB>FRIST"): a cell's later paragraph, or
    a second task of the same item, as a Word table exported to text writes it. Its
    leading TABs hold its text in its column; read as a paragraph, or as a row of its
    filled cells alone, the text would lose its place in the item (a two-column table's
    indented line may be a paragraph's indent, and is left as it was)."""
    return len(cells) >= 3 and any(cells)


def _underline(blocks: list[Block], char: str, gap: bool) -> None:
    """A line of "=", "-" or "_" alone: it underlines the short paragraph just above it
    as a heading (level 1 for "=", else 2), as typed minutes mark their titles and
    items; after a blank line it is a rule that only separates, and is no text."""
    last = blocks[-1] if blocks and not gap else None
    if last is not None and last.kind is PARAGRAPH and len(last.text) <= 120:
        last.kind = HEADING
        last.level = 1 if char == "=" else 2


def _unquoted(line: str) -> str:
    """A line of a quoted reply without its "> " markers.

    Minutes are often forwarded as the quoted part of an e-mail reply; the text under
    the markers is the minutes themselves, and an empty ">" line is a blank line.
    """
    match = _QUOTE_MARKERS.match(line)
    return line[match.end():] if match else line


def _indent(line: str) -> int:
    """Width of a line's leading whitespace, a TAB counting as four spaces."""
    width = 0
    for char in line:
        if char == " ":
            width += 1
        elif char == "\t":
            width += 4
        else:
            break
    return width


def _list_level(indents: list[int], indent: int) -> int:
    """Nesting depth for an item indented by ``indent``; updates the indent stack."""
    while len(indents) > 1 and indent < indents[-1]:
        indents.pop()
    if indent > indents[-1]:
        indents.append(indent)
    return len(indents) - 1


def _dangling_end(text: str) -> bool:
    """Whether a line ends on a word that cannot end a heading: a preposition or "og"
    ("**Fagnettverk for", "**Referat fra møte i"), so the next line goes on with it; or
    on a dash or a colon that opens the rest ("**Levekår i Telemark –" / "hva sier
    tallene?**", "**Gruppearbeid:" / "Hvordan bruke tallene?**")."""
    text = text.rstrip()
    return text[-1:] in _DANGLING_MARKS or text.rsplit(" ", 1)[-1].casefold() in _DANGLING_WORDS


_DANGLING_MARKS = frozenset("–—-:")


_DANGLING_WORDS = frozenset({"for", "i", "og", "av", "til", "med", "om", "på", "fra", "frå",
                             "ved", "mot", "etter", "under", "over", "&"})


def _track_bold(open_lines: list[Block], block: Block, stripped: str) -> list[Block]:
    """Follow a "**" span across lines; mark all its lines bold when it closes."""
    if open_lines:
        open_lines.append(block)
        if stripped.endswith("**") and "**" not in stripped[:-2]:
            for line_block in open_lines:
                line_block.bold = True
            return []
        return open_lines if len(open_lines) < 6 else []
    if stripped.startswith("**") and "**" not in stripped[2:]:
        return [block]
    return []
