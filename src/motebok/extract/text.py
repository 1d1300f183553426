"""Lines and sentences: the extractor's view of a document's text.

Readers give blocks; the extractor works on *lines* (a block split at soft breaks),
cleaned of markup and copy artefacts in one place, so every later step sees the same
plain text whatever the file format was.
"""

from __future__ import annotations

import collections
import functools
import html
import itertools
import operator
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from motebok.extract.dates import MONTH_NAMES, MONTHS
from motebok.extract.first_names import is_first_name
from motebok.extract.flat import FLAT_LENGTH, may_hold_glued_case, split_glued_cases, unflatten
from motebok.extract.labels import (
    ABSENCE_NOUNS,
    ATTENDANCE_COLUMN_WORDS,
    ATTENDANCE_FIELDS,
    SERVICE_DEFINITE_ENDINGS,
    STAYED_AWAY_FORMS,
    TASK_COLUMN_LINE_MAX,
    TASK_COLUMN_WORDS,
    TASK_WHAT_COLUMN_WORDS,
    Field,
    is_task_column_heading,
    match_label,
    task_column_line,
)
from motebok.lazy_pattern import lazy_regex
from motebok.read.blocks import (
    LINKING_WORDS,
    LIST_ITEM,
    PARAGRAPH,
    PLACE_PREFIXES,
    TABLE_ROW,
    TERMINAL,
    TERMINAL_CHARS,
    Block,
    BlockKind,
    date_runs_on,
    join_at_hyphen,
    runs_on_over_page,
)
from motebok.read.text import GOES_ON_WORDS, ends_before_noun, typed_block

# [text](url) → text. The text and the address are bounded (and taken whole): unbounded,
# a line of many "[" with no link after them was scanned to its end from every "[".
# The line a mail client puts over the message it quotes or forwards ("-----Original
# Message-----", "---------- Videresendt melding ----------", nynorsk "vidaresendt").
QUOTED_MESSAGE = lazy_regex(r"-{3,}\s*(?:opprinnelig|original|videresendt|vidaresendt|"
                            r"forwarded)\s+(?:melding|message)", re.I)
_LINK = lazy_regex(r"!?\[([^\]]{0,1000}+)\]\([^)]{0,4000}+\)")
# A wiki link of note-taking apps (Obsidian, Logseq, wikis): [[Kari Holm]] → Kari Holm,
# [[Ola Berg|Ola]] → Ola (the text after the bar is what the page shows).
_WIKI_LINK = lazy_regex(r"\[\[(?:[^\[\]|]*\|)?([^\[\]|]*)\]\]")
_ANGLE_URL = lazy_regex(r"<((?:https?|mailto):[^<>\s]++)>")  # (stops at the next "<")
# "Kari Nes <kari.nes@example.no>" as a mail program writes it: the address in brackets,
# as a list of people writes it ("Kari Nes (kari.nes@example.no)")
_ANGLE_EMAIL = lazy_regex(r"<([\w.+-]+@[\w-]+(?:\.[\w-]+)+)>")
_TAG = lazy_regex(r"</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?/?>")
# A Markdown footnote's mark in the text ("vårdugnad[^1]."): no word of the sentence.
_FOOTNOTE_MARK = lazy_regex(r"\[\^[^\]\s]{1,20}\]")
# A code span ("`budsjettmodell v2`"): its words stay, the backticks are markup.
_CODE_SPAN = lazy_regex(r"(?<!`)`++([^`]+)`+")  # (a run of backticks entered once)
# A mention of a note app (Notion, Confluence, Teams: "@Kari Holm"), capitalised words
# right after "@" (an address "kari@x.no" has a letter before it). A mention followed by
# another is a list without commas ("@Kari Holm @Per Dahl"): the comma goes in between.
_MENTION_BEFORE_MENTION = lazy_regex(
    r"(?<![\w.])@([A-ZÆØÅ][^\s@,;()]*(?: [A-ZÆØÅ][^\s@,;()]*)*)(?= +@[A-ZÆØÅ])")
# Emoji and pictographs before a label in a note app's page ("📅 Dato:", "👥 Deltakere:",
# "✍️ Referent:"): an icon, not a word. The symbols used as bullets are left to the bullet,
# ballot boxes and ticks ("☐", "☒", "✓", "✔", "✗") to the attendance they mark, and so
# are a green check and a red cross ("✅ Kari Holm" / "❌ Per Moe", or alone in a cell):
# the line's body drops them as a bullet (``strip_bullet``).
_LEADING_ICONS = lazy_regex(
    r"(?:(?![►▪■➔➢▸▹◆◇○●◦☐☑☒✓✔✕✖✗✘✅❌])"
    r"[\u2300-\u2bff\U0001f000-\U0001faff][\ufe0f\u200d\u20e3]*)+\s*")
# … but before the heading of an attendance list ("## ❌ Forfall", "✅ Til stede:"), as a
# note app's page sets it, the check or cross is the heading's icon: it marks no person
# (the absence nouns and stay-away forms of ``labels``, and the words of who came).
_MARKED_ATTENDANCE_HEADING = lazy_regex(
    r"^[✅❌]\ufe0f?\s+(?=(?:"
    + "|".join(word.replace(" ", r"\s+") for word in dict.fromkeys((*STAYED_AWAY_FORMS,
                                                                    *ABSENCE_NOUNS)))
    + r"|til\s+stede|til\s+stades|tilstede|deltakere|deltakarar|deltagere)\b)", re.I)
_MENTION_MARK = lazy_regex(r"(?<![\w.])@(?=[A-ZÆØÅ])")
# The tags a note app (Loop, OneNote, Notion) sets after a sentence: "… vart godkjende.
# #vedtak", "… 20. mars. #oppfølging #økonomi": labels of the line, no words of it (a
# word after "#", not a number: "sak #3" stays).
_TRAILING_TAGS = lazy_regex(r"(?:\s+#[^\W\d_][\w-]*)+\s*$")
_EMPHASIS = lazy_regex(r"(\*{1,3}|_{2,3})(?=\S)(.+?)(?<=\S)\1")
# A highlight of note apps' Markdown (Obsidian, Typora, Joplin: "ble ==godkjent=="): the
# marker pen, no word; only around words, so "a == b" and a rule "====" stay.
# Italics written with one underscore ("_Sist endret av Liv Hauge_", "ble _ikke_
# vedtatt"): Markdown's other italics, no word; only between a non-word and a non-space
# on each side, so "referat_2026_03.docx" and "snake_case" stay as written.
_UNDERSCORE_ITALICS = lazy_regex(r"(?<![\w_])_(?=[^\s_])([^_]+?)(?<=[^\s_])_(?![\w_])")
_HIGHLIGHT = lazy_regex(r"(?<!=)==(?=[^\s=])([^=]+?)(?<=[^\s=])==(?!=)")
_STRAY_STARS = lazy_regex(r"\*{2,}")
# A bold span that Word's converter closes after the space that follows it: a label
# "**Møtestad: **Molde rådhus", a phrase "**Neste møte **vert …". The space belongs
# outside the span; read as such a span is read (not a star left before the value).
_SPACED_BOLD_CLOSE = lazy_regex(r"\*\*(?=[^\s*])([^*]*?[^\s*])\s+\*\*(?!\*)")
_LEADING_STAR = lazy_regex(r"^\*(?=\S)")
_INVISIBLE = lazy_regex(r"[\u200b-\u200d\u2060\ufeff\u00ad]")
_PAGE_LINE = lazy_regex(
    r"^(?:(?:side|sida|page|lysbilde|lysbilete|lysark|slide)\s+\d+\s*(?:av|of|/)\s*\d+|"
    r"(?:side|sida|page|lysbilde|lysbilete|lysark|slide)\s*[-–:.]?\s*\d+|-\s*\d+\s*-|"
    r"(?:sid[ae]\s+)?(?P<page>\d{1,3})\s*(?:(?:/|\s+av\s+|\s+of\s+)\s*(?P<pages>\d{1,3})|"
    r"\(\s*(?P<of>\d{1,3})\s*\))|\d{1,3})$",
    re.I)  # "Side 2 av 4", "Side – 2", "- 2 -", "2/4", "2 av 4", "2 (5)", "2", and an English
#          export's "Page 2 of 4" (but "46/15", "46/2015" are cases); a deck's "Lysbilde 2
#          av 5" / "Slide 2 of 5", as a handout printed from slides numbers its pages; a
#          Swedish municipality's "Sida 1 (4)" in a cross-border body's minutes
_PADDED_COLUMNS = lazy_regex(r"\S {3,}\S")
# A sentence's verb: "Referat fra møtet 16. mai 2024 ble godkjent." is no second title,
# and "2. Saklista blei godkjent." is no item title.
FINITE_VERB = lazy_regex(r"\b(?:ble|blei|vart|blir|vert|er|var|har|hadde|skal|vil|kan|må|"
                         r"gikk|kom|tok|fikk|fekk|la|sa)\b")
# Two spaces between columns ("Lillian Nærem  Hurdal"), not after a sentence's end.
_NARROW_GAP = lazy_regex(r"[^\s.!?:;,] {2}(?=\S)")
_COLUMN_GAP = lazy_regex(r" {2,}")
# a bullet, and the check box of a Markdown task list ("- [ ] Ove Kvam: sende …")
# (one marker or two, as a copy nests them: "• - Referatet godkjennes")
_BULLET = lazy_regex(r"^(?:(?:[-*•–—·▪■►o→➔⇒➢]|\u2022)\s+){1,2}(?:\[[ xX]\]\s+)?")
_LABEL_CELL = lazy_regex(r"^[A-ZÆØÅ][\w/ ]{1,20}:\s*\S")  # "Tid: 10.00–12.00"
# The words for a school class or year group after its number: "3. trinn", "10. klasse"
# (FAU and school minutes); the number there is the class's own, no list number.
SCHOOL_CLASS_WORDS = frozenset({"trinn", "trinnet", "klasse", "klassetrinn", "årstrinn", "steg"})
# A deputy's place in the order after the ordinal: "1. vara: Knut Lie", "2. varamedlem: Mona
# Dal" (an election's seat lines) hold the ordinal as the seat's own, no list number.
_ORDINAL_DEPUTY_WORDS = r"(?i:vara|varamedlem|varamann|vararepresentant)"
_NUMBER_MARK = lazy_regex(r"^(?:\d{1,2}[.):](?!\s+(?:" + "|".join(sorted(SCHOOL_CLASS_WORDS))
                          + r")\b)(?!\s+" + _ORDINAL_DEPUTY_WORDS + r"\b)|"
                          r"(?:[a-zA-Z]|[ivxIVX]{1,4})[.)])\s+")


# The cue words of the two passes that ask every line of the minutes (minutes.py), held
# here because each line's answer is found where the line is made (``Line.cues``):
# - ``read_other_people`` tests a line only when it holds one of ``OTHER_PEOPLE_WORDS``
#   (or ends as a chair's signature, or starts as a minute-taker's): a chair, a referent,
#   the meeting opened or led, named in a sentence;
# - ``find_next_meeting`` only a line holding one of ``NEXT_MEETING_HINTS``.
# "Kari Holm ledet møtet." in the first item: a listed member chaired.
LED_THE_MEETING = ("ledet møtet", "leia møtet", "leidde møtet")
# A gathering not called a meeting, led in the active: "Nettverksleder Ingrid Bøe ledet
# seminaret.", nynorsk "Kari Holm leia samlinga." (the passive is ``_CHAIRED_BY``'s).
# (two short hints for the gate of every line, the pattern tells the gathering's word)
LED_THE_GATHERING = ("ledet s", "leia s")
# A role the meeting elects ("Valg av møteleder og referent", "… til å føre protokoll").
ROLE_WORDS_ELECTED = ("møtele", "ordstyr", "dirigent", "referent", "sekretær", "protokollfør",
                      "føre protokoll", "skrive protokoll", "føre referat", "skrive referat")
OTHER_PEOPLE_WORDS = ("ledet av", "leia av", "leda av", "møtele", "ordstyr", "velkom", "vel møtt",
                      *LED_THE_MEETING, *LED_THE_GATHERING, *ROLE_WORDS_ELECTED, "referent",
                      "referat", "protokoll",
                      # "… og skreiv denne oppsummeringa"
                      "oppsummeringa", "oppsummeringen",
                      # a board's book of minutes: "…, som også førte møteboka"
                      "møteboka", "møteboken",
                      "møtet ble satt", "møtet vart sett", "møtet ble åpnet",
                      "åpnet møtet", "åpna møtet", "opna møtet", "opnet møtet")
NEXT_MEETING_HINTS = ("neste", "nytt", "kommende", "møteplan", "møtedato", "møter fremover",
                      "møtekalender",  # "Møtekalender 2026" over the plan's days
                      "planlagte", "møtedagar", "første møte i", "møter høsten", "møter våren",
                      "møter hausten",
                      # "Vi møtes igjen", "treffes igjen", "møtast att"
                      "s igjen", "st att",
                      # an English-labelled minutes' "Next meeting: 12 June 2025", a
                      # Swedish one's "Nästa möte: 6 juni 2024"
                      "next meeting", "nästa",
                      # "Next partner meeting:", "The next steering group meeting …"
                      "next partner", "next steering", "next board", "next committee")
# ``Line.cues``'s bits
OTHER_PEOPLE_CUE, NEXT_MEETING_CUE = 1, 2


@dataclass(slots=True, init=False)
class Line:
    """One visible line of the document, cleaned, with the structure it came with.

    ``text`` is the cleaned line including any list marker; ``body`` is the same text
    without a bullet marker (numbered markers are kept: they are part of what a reader
    sees). ``cells`` holds cleaned table cells for table rows.

    Facts that several steps ask about every line are computed once, here:
    - ``is_table``: a table row with at least two non-empty cells;
    - ``is_bullet``: a bulleted (not numbered) list line;
    - ``lowered``: ``body`` lower-cased, for the steps' cheap substring tests;
    - ``cues``: which of the two every-line passes' cue words ``lowered`` holds (the bits
      ``OTHER_PEOPLE_CUE``, ``NEXT_MEETING_CUE``), found in one test (``hint_mask``)
      where the line is made: the two hint sets share letters and parts ("ø", "møte"),
      searched once here where two tests of their own searched them twice, and the passes
      read a bit instead of calling a test (s64f: −0.33 % of a generated document's
      instructions).
    A line's text never changes after it is made (merging wrapped lines makes a new one).
    """

    text: str
    body: str
    kind: BlockKind
    level: int
    cells: tuple[str, ...]
    bold: bool
    gap: bool
    index: int
    is_table: bool
    is_bullet: bool
    lowered: str
    # The bold runs written inside the line ("- **Eli Bryhni**, Ingar Vaskinn …"), as
    # text without markup: minutes may mark a task's owners so ("De i uthevet skrift
    # følger opp"). Markdown writes them "**…**", the other readers keep them on the
    # block (``Block.runs``); empty on most lines.
    marked: tuple[str, ...]
    # The line goes on from the line before inside one paragraph or cell, after a soft
    # line break (Shift+Enter in Word, <br>): "Forfall: Pål Rustad⏎Siv Karlsen" is one
    # list, where two paragraphs may be a one-line label and the group's next name.
    soft: bool
    # The line goes on with the paragraph above though that line ends a sentence: a PDF
    # reader saw it wrapped at the margin (``Block.goes_on``).
    goes_on: bool
    # The line is a later paragraph of an item table's title cell, made a row of its own
    # (``_item_row_cells``): it reads before the other cells of the row above it.
    in_title_cell: bool
    # The line is a later paragraph of an item table's text cell, made a row of its own
    # (``_text_cell_rows``): the column of the row above that the cell stands in, else -1.
    rest_of_cell: int
    cues: int = field(repr=False)

    def __init__(self, text: str, body: str, kind: BlockKind, level: int,
                 cells: tuple[str, ...], bold: bool, gap: bool, index: int = 0,
                 lowered: str | None = None) -> None:
        # written out (not generated with a __post_init__): one call per line, the
        # extractor makes tens of thousands
        self.text = text
        self.body = body
        self.kind = kind
        self.level = level
        self.cells = cells
        self.bold = bold
        self.gap = gap
        self.index = index
        # count empty cells in C, not in a generator; the kind from a module constant
        # (an enum member looked up on its class costs more than the rest of the test)
        self.is_table = kind is TABLE_ROW and len(cells) - cells.count("") >= 2
        self.is_bullet = text != body
        # (given when known: a paragraph joined line by line lowers only the new line)
        if lowered is None:
            lowered = body.lower()
        self.lowered = lowered
        self.cues = _line_cues(lowered)
        self.marked = ()  # (set by the caller on a line with bold runs inside it)
        self.soft = False  # (set by ``to_lines`` on a soft-broken paragraph's later lines)
        self.goes_on = False  # (set by ``to_lines`` from the block)
        self.in_title_cell = False  # (set by ``to_lines`` on an item table's title cell)
        self.rest_of_cell = -1  # (set by ``to_lines`` on an item table's text cell)


# The cp1252 characters a UTF-8 continuation byte (0x80–0xBF) shows as.
_CONTINUATION = (r"[\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e"
                 r"\u0192\u02c6\u02dc\u2013-\u2122]")
# A letter of two bytes ("Ã¸" for "ø"), or a sign of three that starts "â" ("â€“" for
# "–", "â€™" for "’", "â€œ" for "“", "â‚¬" for "€"), and "ï¿½": a lost letter's U+FFFD
# itself. ("â€" alone before a space or the end: "”", whose third byte 0x9D cp1252 lacks)
_MOJIBAKE_PAIR = lazy_regex(rf"[ÃÂ]{_CONTINUATION}|â(?:{_CONTINUATION}{_CONTINUATION}|€(?=\s|$))"
                            r"|ï¿½")


def by_first_letter(words: tuple[str, ...], width: int = 1) -> dict[str, tuple[str, ...]]:
    """``words`` grouped by their first character, for a ``str.startswith`` test of the
    few that can match: ``text.startswith(by_first[text[:1]])`` where
    ``text.startswith(words)`` would try every one in turn (a tuple's test is a call with
    arguments parsed from a tuple and a comparison a word: some 70 instructions a word,
    s70g); ``(group := by_first.get(text[:1])) is not None and text.startswith(group)``
    is the same test for any text. No word may be empty (it would start every text).

    ``width``: group by the first ``width`` characters instead, asked with
    ``text[:width]``, where a gate asked of every line should let fewer lines on to the
    ``startswith`` call than one letter does ("for" against every "f"; s75b). Every word
    must be that long (a shorter one would start a text whose first characters are no
    key)."""
    if not all(len(word) >= max(width, 1) for word in words):
        raise ValueError(f"a word shorter than {max(width, 1)} among {words!r}")
    return {first: tuple(word for word in words if word[:width] == first)
            for first in dict.fromkeys(word[:width] for word in words)}


def by_last_letter(words: tuple[str, ...], width: int = 1) -> dict[str, tuple[str, ...]]:
    """``words`` grouped by their last character (or last ``width`` characters, asked
    with ``text[-width:]``), for ``str.endswith`` as ``by_first_letter`` for
    ``str.startswith``."""
    if not all(len(word) >= max(width, 1) for word in words):
        raise ValueError(f"a word shorter than {max(width, 1)} among {words!r}")
    return {last: tuple(word for word in words if word[-width:] == last)
            for last in dict.fromkeys(word[-width:] for word in words)}


def contains_any(hints: tuple[str, ...], first: tuple[str, ...] = (),
                 rare: str = "") -> Callable[[str], bool]:
    """A fast "does the (lower-cased) text contain one of these substrings" test.

    The extractor uses such tests to skip most lines before running its costly
    patterns. A chain of ``in`` tests (C substring search) measured 1.4–2× faster on
    minutes lines than one compiled alternation, which tries every hint's first letter
    at every position; written out as one ``or`` expression it also saves the loop's
    iterator, which is most of the cost on the short lines these tests see.

    ``first``: hints (of ``hints``) searched on their own before all others, in their
    order. The test stops at the first hint found, so the hints that most texts holding
    any hold ("vedt", "godkj" for an outcome) find it after one or two searches instead
    of after the grouped tests in front of them; the answer is the same either way.

    ``rare``: the letters whose groups of hints are searched behind a test of the letter
    (``_by_rare_letter``), when not ``_RARE_LETTERS``: ``SENTENCE_RARE_LETTERS`` for a
    test that reads sentences, not lines. Only the order of the searches changes.
    """
    unique = tuple(dict.fromkeys(hints))
    # a hint that contains another adds nothing: the shorter one is found wherever it is
    needed = tuple(h for h in unique if not any(o != h and o in h for o in unique))
    if not needed:
        return lambda text: False
    leading = tuple(h for h in first if h in needed)
    if len(leading) != len(first):
        raise ValueError(f"first hints not among the needed hints: {first!r}")
    rest = tuple(h for h in needed if h not in leading)
    expression = " or ".join([f"{hint!r} in text" for hint in leading] +
                             ([_any_expression(rest, rare=rare or _RARE_LETTERS)]
                              if rest else []))
    # the expression holds only the hints' literals (repr), never outside text
    test: Callable[[str], bool] = eval(f"lambda text: {expression}")
    _parts.cache_clear()  # (kept for this test's groupings only: some 2 MB in all)
    test.__doc__ = f"Whether the text contains any of {hints!r}."
    return test


def none_holds(test: Callable[[str], bool], lines: list[Line]) -> bool:
    """Whether no line's ``lowered`` text passes ``test``, a ``contains_any`` test (or a
    test made of them), asked once of the lines' texts joined by line breaks.

    Why: a pass that tests each line for its cue words pays a call and a dozen short
    searches a line; a cue that is nowhere in the lines it will test is found missing in
    one search of their joined text, and then the pass needs no per-line test at all.
    Exact for substring tests: no hint holds a line break, so a hint found in one line is
    found in the joined text, and one missing there is missing in every line. (When a cue
    is there, the per-line tests still decide which lines hold it: searching the whole
    text and mapping hits to lines costs more than the per-line chain, s56f.)"""
    return not test("\n".join([line.lowered for line in lines]))


def text_test(hints: tuple[str, ...], gates: tuple[str, ...]) -> Callable[[str], bool]:
    """A ``contains_any`` test for a whole document's text (``none_holds``), not a line.

    ``contains_any`` groups a line test's hints behind rare letters and parts of two
    letters ("å", "de", " s"), which most lines lack; a document's text holds every one
    of them, so there each such gate costs a search of the whole text and skips nothing,
    and every hint is searched after it. Here the hints are grouped behind ``gates``
    instead: longer parts that several hints share and few documents hold (" i sak",
    "perm"), each gate taking the hints that contain it, in the order given, and the
    later gates grouping a gate's hints in turn; a hint under no gate is searched alone.
    The answer is that of ``contains_any(hints)``: a gate is part of each of its hints,
    so a text without it holds none of them. (s71q: on a generated document's text,
    which holds none of ``no_partial_hint``'s 31 hints, 18 searches instead of 22 and
    seven of one or two letters.)"""
    unique = tuple(dict.fromkeys(hints))
    needed = tuple(h for h in unique if not any(o != h and o in h for o in unique))
    if not needed:
        return lambda text: False
    expression = _gated_expression(needed, gates)
    # the expression holds only the hints' and gates' literals (repr), never outside text
    test: Callable[[str], bool] = eval(f"lambda text: {expression}")
    test.__doc__ = f"Whether the text contains any of {hints!r}."
    return test


def _gated_expression(hints: tuple[str, ...], gates: tuple[str, ...]) -> str:
    """``text_test``'s expression: the hints under each gate (of two hints or more) behind
    a test of it, grouped by the later gates in turn; the others one by one."""
    tests: list[str] = []
    rest = hints
    for at, gate in enumerate(gates):
        group = tuple(h for h in rest if gate in h)
        if len(group) < 2:
            continue
        rest = tuple(h for h in rest if gate not in h)
        tests.append(f"({gate!r} in text and ({_gated_expression(group, gates[at + 1:])}))")
    return " or ".join([f"{hint!r} in text" for hint in rest] + tests)


def _any_expression(hints: tuple[str, ...], known: tuple[str, ...] = (),
                    gate: bool = True, rare: str = "") -> str:
    """``'a' in text or 'b' in text or …``, with hints that share a part behind a test of
    it (see ``_by_shared_part``), and the hints of such a group grouped the same way in
    turn: a common part ("til", "me") is in many lines, and then its hints should not all
    be searched one by one. ``known`` holds the parts found on the way in.

    Parts of two letters are taken here, as ``hint_mask`` takes them: with the groups
    nested, a line without "me" skips every hint that holds it in one search, and one
    with it pays for a few more parts, not for every hint. On minutes lines, most of
    which hold none of the hints, that is about an eighth fewer characters searched.
    Before the parts, hints are grouped by a rare letter they hold (``gate``; see
    ``_RARE_LETTERS``, or the letters ``rare`` names): one one-letter search skips a
    group whose letter is not there."""
    gated: list[str] = []
    if gate and not known:  # (a letter's group is nested by its parts, all of them:
        # the letter says nothing of which of its hints, or their parts, stand there)
        hints, letters = _by_rare_letter(hints, rare or _RARE_LETTERS)
        gated = [f"({letter!r} in text and ({_any_expression(tuple(group), gate=False)}))"
                 for letter, group in letters]
    alone, groups = _by_shared_part(hints, known, shortest=2)
    tests = [f"{hint!r} in text" for hint in alone]
    tests += [f"({part!r} in text and ({_any_expression(tuple(group), (*known, part))}))"
              for part, group in groups]
    return " or ".join(tests + gated)


# Letters that few words of a Norwegian sentence hold, the rarest first. A search for one
# letter (``memchr``) costs a fifth of a search for two that are not there, and parts of
# two letters ("er", "te", "ti") are in most sentences: hints gated on such a letter are
# skipped, all of them, in most sentences for the price of one cheap search.
# (Not "f", "v", "u": each is in about half of the corpus's lines and in nine of ten of
# the sentences the outcome tests read, where a gate on it costs a search and skips
# nothing; s72c: about 7 % fewer searches of these tests on the generated documents.)
_RARE_LETTERS = "äöqxzwcæyjøbåhp"
# … and those that few sentences of the minutes' text hold (``contains_any``'s and
# ``hint_mask``'s ``rare``, for the tests that read a sentence: "vedtatt", "ansvar" …).
# A sentence is longer than most lines (some 75 characters against 50): "ø", "b", "å",
# "h", "p" stand in most of the sentences the outcome and task tests read, where a gate
# on one costs a search and seldom skips its group. s72o, on the sentences of 20
# generated documents: ``_has_outcome_hint`` 44.5 → 38.4 searches a sentence,
# ``_task_facts`` 40.9 → 37.9 (``_outcome_guards``, whose hints hold these letters far
# more often, keeps ``_RARE_LETTERS``: 84 → 100 without them).
SENTENCE_RARE_LETTERS = "äöqxzwcæyj"
# (Swedish "ä", "ö" first: next to no Norwegian line holds them, s76e)
# The letters rare enough to gate a hint that no other hint shares them with: a one-letter
# search (``memchr``, some 200 instructions a line) before the hint's own (some 400)
# skips it on most lines ("sekretær" behind "æ", "nästa" behind "ä"). Not "j" (a third
# of the lines: "s igjen" behind it lost the "ig" it shared with "dirigent"). s76e:
# ``Line.cues`` 5,420 → 5,120 instructions a line; 12.478 → 12.454 M a generated document.
_LONE_GATE = "äöqxzwcæy"


def _by_rare_letter(hints: tuple[str, ...], rare: str = _RARE_LETTERS
                    ) -> tuple[tuple[str, ...], list[tuple[str, list[str]]]]:
    """The hints that hold none of the ``rare`` letters (or share their rarest with no
    other hint, unless it is one of ``_LONE_GATE``), and groups of hints by the rarest
    such letter they hold, that letter first."""
    by_letter: dict[str, list[str]] = {}
    for hint in hints:
        letter = next((c for c in rare if c in hint), "")
        by_letter.setdefault(letter, []).append(hint)
    groups = [(letter, group) for letter, group in by_letter.items()
              if letter and (len(group) >= _SHARED_BY or letter in _LONE_GATE)]
    taken = {hint for _letter, group in groups for hint in group}
    return tuple(hint for hint in hints if hint not in taken), groups


def _by_shared_part(hints: tuple[str, ...], known: tuple[str, ...] = (),
                    shortest: int = 3) -> tuple[list[str], list[tuple[str, list[str]]]]:
    """The hints that stand alone, and groups of hints with the part they share.

    When hints share a part ("møteplan", "møtedato", "møter våren" share "møte"), the
    part is searched first and those hints only where it occurs: a text without it (most
    lines) costs one substring search instead of one per hint, and the answer is the same
    (a text that holds a hint holds every part of it). The hints alone keep their order;
    the part shared by the most hints is taken first (the longer one, then the earlier
    one, on a tie: the tests come out the same in every run).

    Inside a group (``known``: the parts already found), a part within one of those, or
    held by every hint of the group, would be searched for nothing and is not taken.
    ``shortest`` is the length of the shortest part worth a test.
    """
    alone, groups = list(hints), []
    # (every text within a known part: a set look-up asks what a search of each asked)
    within = {found[start:end] for found in known for start in range(len(found))
              for end in range(start + 1, len(found) + 1)}
    while True:
        # part → how many of the hints left hold it, in the order the parts first occur
        shared = collections.Counter(itertools.chain.from_iterable(
            _parts(hint, shortest) for hint in alone))
        if known:
            shared = {part: count for part, count in shared.items() if count < len(hints)
                      and part not in within}
        most = max(shared.values(), default=0)
        if most < _SHARED_BY:
            return alone, groups
        # (the longest of the parts most hints share, the earliest on a tie)
        best = max((part for part, count in shared.items() if count == most), key=len)
        groups.append((best, [hint for hint in alone if best in hint]))
        alone = [hint for hint in alone if best not in hint]


@functools.cache
def _parts(hint: str, shortest: int) -> tuple[str, ...]:
    """Every part of ``hint`` from ``shortest`` to ``_LONGEST_PART`` characters, once
    each, in the order they start (``_by_shared_part``).

    Kept: the import builds some nine hundred groupings of hints, many of them of the
    same hints again (a group's hints are grouped in turn, a vocabulary serves several
    tests), and listing the parts was most of their cost. Not the parts of
    ``_COMMON_PARTS``, which make no gate."""
    return tuple(part for part in dict.fromkeys(
        hint[start:end] for start in range(len(hint))
        for end in range(start + shortest, min(len(hint), start + _LONGEST_PART) + 1))
        if part not in _COMMON_PARTS)


# The parts that a quarter or more of the corpus's lines hold ("er" about half, "ut" and
# "ing" a quarter), and nearly every sentence: no gate for a group of hints
# (``_by_shared_part``), as a test of one costs a search on every text and skips its
# group only now and then. s72c, searches made by the extractor's ``contains_any`` and
# ``hint_mask`` tests: about 13 % fewer on the generated documents, 6 % on the corpus's.
_COMMON_PARTS = frozenset({"er", "en", "te", "e ", "in", "st", "re", " s", "r ", "ne", "t ",
                           "ng", "or", " f", "ta", "ve", "ti", "ed", "ut", "de", "ar", "an",
                           "et", "ing"})


_LONGEST_PART = 10  # the longest shared part tried for a test of its own
_SHARED_BY = 2  # … and how many hints must share it


def hint_mask(hint_sets: tuple[tuple[str, ...], ...], rare: str = "") -> Callable[[str], int]:
    """A test of several ``contains_any`` guards at once: bit ``i`` of its result is set
    when the (lower-cased) text contains one of ``hint_sets[i]``.

    Guards of related patterns share many hints ("godkj", "vedt" …); here each distinct
    hint is one substring search (hints that share a part behind it: see
    ``_by_shared_part``), where separate guards would search it once per guard and cost
    a call each. ``rare``: as in ``contains_any``.
    """
    masks: dict[str, int] = {}
    for bit, hints in enumerate(hint_sets):
        for hint in hints:
            masks[hint] = masks.get(hint, 0) | 1 << bit
    # a hint that holds a shorter one with all its bits adds nothing (as in
    # ``contains_any``): the shorter one is found wherever it is, and sets them
    masks = {hint: bits for hint, bits in masks.items()
             if not any(other != hint and other in hint and bits & ~other_bits == 0
                        for other, other_bits in masks.items())}
    # the code holds only the hints' literals (repr) and integers, never outside text
    body = _mask_statements(tuple(masks), masks, (), "    ", rare=rare or _RARE_LETTERS)
    namespace: dict[str, Callable[[str], int]] = {}
    exec(f"def test(text):\n    found = 0\n{body}    return found\n", namespace)
    test = namespace["test"]
    _parts.cache_clear()  # (as in ``contains_any``)
    test.__doc__ = "Bit i set when the text contains one of the i-th set of hints."
    return test


def _mask_statements(hints: tuple[str, ...], masks: dict[str, int], known: tuple[str, ...],
                     indent: str, gate: bool = True, rare: str = "") -> str:
    """``hint_mask``'s statements: each hint's bits set where it is found, with hints that
    share a part behind a test of it, nested as in ``_any_expression``."""
    body = ""
    if gate and not known:  # (as in ``_any_expression``)
        hints, letters = _by_rare_letter(hints, rare or _RARE_LETTERS)
        body = "".join(f"{indent}if {letter!r} in text:\n" + _mask_statements(
            tuple(group), masks, (), indent + "    ", gate=False) for letter, group in letters)
    alone, groups = _by_shared_part(hints, known, shortest=2)
    body += "".join(f"{indent}if {hint!r} in text:\n{indent}    found |= {masks[hint]}\n"
                   for hint in alone)
    for part, group in groups:
        body += f"{indent}if {part!r} in text:\n" + _mask_statements(
            tuple(group), masks, (*known, part), indent + "    ")
    return body


_line_cues = hint_mask((OTHER_PEOPLE_WORDS, NEXT_MEETING_HINTS))  # (``Line.cues``)


# An organisation's contact details, as letterheads and page footers give them: an e-mail
# or web address, "Org.nr", "Tlf.", "Postboks", "Postadresse", "Bankkonto" … One
# vocabulary for the header (no title or body from such a line) and the items (a footer
# that a page break left in an item's text is no text).
CONTACT_MARK = lazy_regex(r"@|\bwww\.|https?:|\b(?:org\.?\s*nr|orgnr|organisasjonsn\w*|tlf|"
                          r"telefon|mobil|e-?post|postboks|pb\.|postadr\w*|besøksadr\w*|"
                          r"kontonr|bankkonto|bankgiro|foretaksreg\w*|sentralbord|faktura\w*)"
                          r"\b|\.no\b|\.com\b", re.I)


# _INVISIBLE's characters as substring tests: a regex character class scans a line
# several times slower than a few C substring searches (and on text of one-byte
# characters a search for a wider one returns at once).
_has_invisible = contains_any(("\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"))


# Letters that IGNORECASE matches with "i" or "s" although ``str.lower`` keeps them apart.
_ODD_CASES = str.maketrans({"ſ": "s", "ı": "i", "İ": "i"})


def fold(text: str) -> str:
    """The text lower-cased for substring tests that guard an IGNORECASE pattern.

    A guard must never say "cannot match" when the pattern would match. ``lower`` is
    that for every letter but three ("ſ", "ı", "İ": ``re`` matches them with "s"/"i"),
    which are mapped here; ASCII text (most lines) skips the test.
    """
    if not text.isascii() and ("ſ" in text or "ı" in text or "İ" in text):
        text = text.translate(_ODD_CASES)
    return text.lower()


# Every letter ``fold`` reads as a given ASCII letter: itself, its capital, and the odd
# cases (``_ODD_CASES``; the Kelvin sign lowers to "k"); tests/extract/test_prefilters.py
# checks every code point.
_FOLDED_AS = {letter: {letter, letter.upper()} for letter in "abcdefghijklmnopqrstuvwxyz"}
_FOLDED_AS["s"].add("ſ")
_FOLDED_AS["i"].update("ıİ")
_FOLDED_AS["k"].add("\u212a")


def folded_forms(word: str) -> frozenset[str]:
    """Every text that ``fold`` turns into ``word`` (ASCII letters): one set look-up then
    asks what lower-casing the text and comparing it asked, without a call."""
    return frozenset(map("".join, itertools.product(*(sorted(_FOLDED_AS[c]) for c in word))))


def fold_lowered(text: str, lowered: str) -> str:
    """``fold(text)`` when ``lowered`` is ``text.lower()``: most texts need no more work.

    Lower-casing Norwegian letters costs about a microsecond a line; steps that already
    hold the lower-cased text reuse it unless one of the three odd letters occurs.
    """
    if text.isascii() or not ("ſ" in text or "ı" in text or "İ" in text):
        return lowered
    return fold(text)


# Upper-case letters outside an escape ("\\S", "\\W" are fine) and inline flags.
_ESCAPE = lazy_regex(r"\\.")
_INLINE_FLAGS = lazy_regex(r"\(\?[aiLmsux-]")


def folded_pattern(pattern: str) -> re.Pattern[str]:
    """``pattern`` compiled to search ``fold(text)``: the spans IGNORECASE finds in ``text``.

    With IGNORECASE, ``re`` compares each character through its case tables and drops
    its quick first-character tests, so word alternations cost several times more.
    ``fold`` maps every character to the one IGNORECASE matches it with and keeps the
    positions (tests/extract/test_prefilters.py checks every code point), so a pattern
    written in lower case matches the folded text exactly where IGNORECASE would match
    the text. Match positions are the text's; groups hold folded text. Patterns with
    upper-case letters ("[A-ZÆØÅ]") or inline flags are refused: they mean other things.
    """
    if not is_lower_case_pattern(pattern):
        raise ValueError(f"not a lower-case pattern: {pattern!r}")
    return re.compile(pattern)


def is_lower_case_pattern(pattern: str) -> bool:
    """Whether ``pattern`` may search ``fold(text)`` (``folded_pattern``): no upper-case
    letter outside an escape and no inline flag."""
    bare = _ESCAPE.sub("", pattern)
    return not any(char.isupper() for char in bare) and not _INLINE_FLAGS.search(pattern)


def starts_with_any(letters: str) -> Callable[[str], bool]:
    """A test whether a text may start with one of ``letters`` under IGNORECASE.

    For an anchored pattern whose first letter is one of ``letters``: most lines fail
    on their first character without running the pattern. Any non-ASCII first
    character passes (a few letters match ASCII ones under IGNORECASE: "K", "ſ" …).
    """
    allowed = frozenset(letters.lower() + letters.upper())

    def test(text: str) -> bool:
        first = text[:1]
        return first in allowed or not first.isascii()

    return test


class FoldedPattern:
    """A case-insensitive pattern that searches the lower-cased text case-sensitively.

    Python's ``re`` is several times slower on long word alternations with IGNORECASE;
    matching the lower-cased text gives the same positions (when lower-casing keeps the
    length, as it does for Norwegian text). Only ``start``/``end`` of a match are
    meaningful: its groups hold lower-cased text.
    """

    def __init__(self, pattern: str) -> None:
        self._folded = re.compile(pattern)
        # (needed only for a text whose length lower-casing changes: compiled then)
        self._any_case = lazy_regex(pattern, re.I)

    def search(self, text: str) -> re.Match[str] | None:
        """The first match in ``text``, ignoring case."""
        return self.search_lowered(text, text.lower())

    def search_lowered(self, text: str, lowered: str, start: int = 0) -> re.Match[str] | None:
        """``search`` when the caller already has ``text.lower()`` (saves lower-casing).

        ``start``: where the caller knows no match can begin before (in ``lowered``; the
        search then still sees the text before it for a ``\b``). Where lower-casing
        changed the length the whole text is searched.
        """
        if len(lowered) != len(text):
            return self._any_case.search(text)
        return self._folded.search(lowered, start)


def _fix_pair(match: re.Match[str]) -> str:
    """One UTF-8 character that was shown as two or three cp1252 characters ("Ã¸" → "ø",
    "â€“" → "–", "ï¿½" → "\ufffd")."""
    shown = match.group(0)
    if shown == "â€":
        return "”"
    try:  # (a byte cp1252 leaves undefined, as 0x9D, comes through as its latin-1 code)
        return b"".join(char.encode("latin-1") if char < "\u0100" else char.encode("cp1252")
                        for char in shown).decode("utf-8")
    except UnicodeError:
        return shown


def repair_mojibake(text: str) -> str:
    """UTF-8 that was read as cp1252/latin-1 ("mÃ¸te" → "møte"), letter by letter.

    Text copied between systems often carries this; the record wants the real letters.
    Repairing pairs rather than the whole line keeps correct letters next to broken ones.
    Text read wrongly twice on its way ("mÃƒÂ¸te", a web page's double mojibake) shows
    the once-wrong pairs after one repair ("mÃ¸te"), and is repaired again: each pass
    that changes the text shortens it, so the passes end.
    """
    repaired = _MOJIBAKE_PAIR.sub(_fix_pair, text)
    while repaired != text and ("Ã" in repaired or "Â" in repaired or "â€" in repaired):
        text, repaired = repaired, _MOJIBAKE_PAIR.sub(_fix_pair, repaired)
    return repaired


def _hyphens_joined(cell: str) -> str:
    """A table cell's lines with a word broken at a line end joined as running text joins
    them ("Nord-" / "Trøndelag fylke" → "Nord-Trøndelag fylke", "kommune-" / "planen" →
    "kommuneplanen"); "Helse-" / "og omsorg" keeps its hyphen and space (see
    ``join_at_hyphen``). Other line breaks stay for ``clean`` to make spaces of."""
    lines = cell.split("\n")
    text = lines[0]
    for following in lines[1:]:
        text = join_at_hyphen(text.rstrip(), following.lstrip()) or f"{text}\n{following}"
    return text


def clean(text: str) -> str:
    """Plain text of one line: entities decoded, markup and links reduced to their words.

    Minutes copied out of Word, PDF and web pages carry markdown emphasis, HTML
    remnants (``<br />``, ``&nbsp;``) and link syntax; the record wants the words only.
    A new step here needs its sign in ``written_clean`` too, which lets ``to_lines`` skip
    this function on plainly written documents (tests/extract/test_lines.py has a line
    per step that must not count as plain).
    """
    if not text.isascii() and ("Ã" in text or "Â" in text or "â€" in text or "ï¿" in text):
        text = repair_mojibake(text)
    if text[:1] >= "\u2300":
        text = _LEADING_ICONS.sub("", text, count=1)
        if text[:1] in "✅❌":
            text = _MARKED_ATTENDANCE_HEADING.sub("", text, count=1)
    if "&" in text:
        text = html.unescape(text)
    if "<" in text:
        text = _ANGLE_URL.sub(r"\1", text)
        if "@" in text:
            text = _ANGLE_EMAIL.sub(r"(\1)", text)
        text = _TAG.sub(" ", text)
    if "[" in text:
        if "[[" in text:
            text = _WIKI_LINK.sub(r"\1", text)
        text = _LINK.sub(r"\1", text)
        if "[^" in text:
            text = _FOOTNOTE_MARK.sub("", text)
    if "`" in text:
        text = _CODE_SPAN.sub(r"\1", text)
    if "@" in text:
        text = _MENTION_MARK.sub("", _MENTION_BEFORE_MENTION.sub(r"\1,", text))
    if "==" in text:
        text = _HIGHLIGHT.sub(r"\1", text)
    if " #" in text:
        text = _TRAILING_TAGS.sub("", text)
    if "*" in text or "__" in text:
        if "**" in text:
            text = _SPACED_BOLD_CLOSE.sub(r"\1 ", text)
        text = _EMPHASIS.sub(r"\2", text)
        text = _STRAY_STARS.sub("", text)
        text = _LEADING_STAR.sub("", text)
    if "_" in text:
        text = _UNDERSCORE_ITALICS.sub(r"\1", text)
    if not text.isascii() and _has_invisible(text):  # the invisible marks are not ASCII
        text = _INVISIBLE.sub("", text)
    if " ." in text or " ," in text or " ?" in text or " !" in text or " ;" in text:
        text = _SPACE_BEFORE_MARK.sub("", text)
    if (". " in text or " :" in text) and _SPLIT_TIME_HINT.search(text) is not None:
        text = _spaced_times_closed(text)
    # a space added at each end makes a space at an end a double one: one substring test
    # for a double space inside or a space at either end
    if text.isprintable() and "  " not in f" {text} ":
        return text  # already single-spaced: most lines (see _collapse_spaces)
    return _collapse_spaces(text)


# A space a text layer or OCR put before a full stop or a comma ("godkjent .", "Åsvik ,
# møterom 2", "14 . mars", "4 .5 .2026", "kl. 18 .00"): after a word, a digit or a
# closing bracket and before a space, the line's end or a digit, the mark belongs to what
# stands before it; so do a question mark, an exclamation mark and a semicolon before a
# space or the end ("Godkjent !", "klart ?", "Per Hansen ; Siri Dahl"). An ellipsis
# (" ...", " …"), a file ending (" .pdf") and a mark standing for a value ("Frist: ?")
# stay.
_SPACE_BEFORE_MARK = lazy_regex(r"(?<=[^\W_]|[)\]\"»])[ \u00a0]+"
                                r"(?=[.,](?:[ \t]|$|\d)|[;!?](?:[ \t]|$))")
# A clock time OCR split at its dot or colon ("kl. 09. 00", "09. 00–11. 30", "kl. 09 :00"):
# after "kl." or as either half of a span of two such times, the hour and the minutes are
# one time; "punkt 3. 12 personer" has neither and stays.
_SPACED_TIME = lazy_regex(
    r"(?<![\w.])(?P<kl>[Kk]l\.? ?)?(?P<h1>[01]?\d|2[0-3]) ?[.:] ?(?P<m1>[0-5]\d)(?!\d)"
    r"(?P<span>\s*[–-]\s*(?:kl\.? ?)?(?P<h2>[01]?\d|2[0-3]) ?[.:] ?(?P<m2>[0-5]\d)"
    r"(?![\d,]))?")


def _spaced_times_closed(text: str) -> str:
    """The line with each clock time that OCR split after its dot ("kl. 09. 00–11. 30")
    whole again ("kl. 09.00–11.30"), where "kl." or a span of two times shows the
    numbers are a time; a time already whole is left as it is."""
    return _SPACED_TIME.sub(_closed_time, text)


def _closed_time(match: re.Match[str]) -> str:
    """One time or span of times without the spaces at the hour's dot, when "kl." or
    the other half of a span shows it a time; else the text as it stood."""
    if match.group("kl") is None and match.group("span") is None:
        return match.group()
    return _SPLIT_HOUR.sub(r"\1", match.group())


_SPLIT_HOUR = lazy_regex(r"(?<=\d) ?([.:]) ?(?=[0-5]\d(?!\d))")
# What any split time has that a whole one has not: a space after the hour's digit before
# its dot or colon ("09 :00", "18 .00"), or after the dot before the minutes ("09. 00");
# a line without one has no time to close, and most prose lines are skipped by it.
_SPLIT_TIME_HINT = lazy_regex(r"\d (?=[.:])|\d[.:] \d")


# What can make ``clean`` change a line, looked for once in the whole document
# (``written_clean``): a sign of markup, an entity, a mail address or mojibake (one
# character each, a superset of the two-character signs ``clean`` tests: "â" for "â€"),
# a space before a mark or beside a line break, a double space, and the parts of a clock
# time OCR split (``_SPLIT_TIME_HINT``: a digit, a space, a dot or colon; a digit, a dot
# or colon, a space, a digit: ``_SPLIT_STOPS``).
_MARKUP_SIGNS = ("&", "<", "[", "`", "@", "=", "*", "_", "Ã", "Â", "â", "ï", " #")
# (the signs that start with a space as one pattern, the rare marks "?", "!", ";" among
# them: ``re`` skips to the spaces and looks at the character after each, cheaper than
# one ``in`` search of each pair)
_SPACE_BEFORE_SIGN = re.compile(r" [ .,:\n?!;]")
# A dot or colon and a space between two digits ("kl. 09. 00", "09: 30"), one pattern a
# stop: each opens with its two characters, which ``re`` skips to in a fast scan before
# it looks at the digits on either side. (A substring search of ". " and ": " and a look
# at each hit cost about ten times as much: ``str``'s search tests every position whose
# character is the needle's last, and a space is every sixth character of minutes.)
_SPLIT_STOPS = (re.compile(r"\. (?=\d)(?<=\d\. )"), re.compile(r": (?=\d)(?<=\d: )"))


def written_clean(whole: str) -> bool:
    """Whether every line of ``whole`` (the texts of a document joined by "\\n") that
    starts below U+2300 (no icon: ``clean`` asks each line's first character) is its own
    ``clean`` text: no markup, no mojibake, no unprintable character, no odd spacing.

    ``clean`` runs some twenty substring tests on each line, most of them on text that
    holds none of what they look for (most documents are written plainly). Looked for
    once in all the text of a document, each sign costs one search instead of one per
    line; a line holds a sign only where the whole does (a line break is no part of any
    sign but the spacing ones, which then say "maybe").
    """
    if whole[:1] == " " or whole[-1:] == " ":
        return False
    for sign in _MARKUP_SIGNS:
        if sign in whole:
            return False
    if "\n " in whole or _SPACE_BEFORE_SIGN.search(whole) is not None:
        return False
    for stop in _SPLIT_STOPS:  # a digit on both sides: "kl. 09. 00" has one, "Tid: 12.02" none
        if stop.search(whole) is not None:
            return False
    # (every whitespace character but " " is unprintable, "\n" too: it parts the lines)
    return whole.replace("\n", " ").isprintable()


def _collapse_spaces(text: str) -> str:
    """Runs of any whitespace as one space, none at the ends.

    str.split() knows every Unicode space (NBSP, thin spaces …); several times faster
    than a regex substitution on every line. ``clean`` skips it for text that is
    printable and has no double or edge spaces: every whitespace character but " " is
    unprintable (tests/extract/test_lines.py checks all code points), so such text
    comes back unchanged, and the test costs a fraction of the split.
    """
    return " ".join(text.split())


def strip_bullet(text: str) -> str:
    """The line without a leading bullet marker ("- ", "• ", "* ", "📌 ", "✅ ", a bare
    "[ ] " task box), also a mark after a list's dash ("- ✅ Kari Holm", "- ☒ Per Moe": a
    list ticked off)."""
    first = text[:1]
    if first not in BULLET_STARTS:
        if first == "[" and text[2:4] == "] " and text[1] in " xX":
            # a task list's box with no dash before it, as plain text writes one ("[ ] Kari
            # sender …", "[x] Per bestilte …"): a list entry as "- [ ] …" is
            return text[4:].lstrip()
        return _EMOJI_BULLET.sub("", text, count=1) if first >= "\u25a0" else text
    text = _BULLET.sub("", text, count=1)
    return _EMOJI_BULLET.sub("", text, count=1) if text[:1] >= "\u25a0" else text


# A pictograph as a bullet, as notes written in a chat tool (Teams, Loop, Slack) set
# them: "📌 Velkomen", "✅ Lene lagar malen", "👉 Alle les rapporten" (with the emoji's
# variation selector or skin tone); a Norwegian letter is far below U+25A0, so a line
# of text fails on one comparison (also "▶️", "◆" shapes). A country's flag (two regional
# indicators, U+1F1E6 on) marks the side a member comes from in cross-border committees'
# lists: "🇸🇪 Lars Jonsson, Strömsunds kommun".
_EMOJI_BULLET = lazy_regex("^(?:[\U0001f1e6-\U0001f1ff]{2}|"
                           "[\u25a0-\u27bf\u2b00-\u2bff\U0001f300-\U0001faff])"
                           "[\ufe0f\U0001f3fb-\U0001f3ff]*" r"\s+(?=\S)")


#: The characters a bulleted line may start with (``strip_bullet``; a pictograph from
#: U+25A0 on is one too).
BULLET_STARTS = frozenset("-*•–—·▪■►o→➔⇒➢\u2022")


def strip_list_marker(text: str) -> str:
    """The line without any list marker, bullet or number ("1. ", "a) ", "i. ", "2: ").

    ``strip_bullet`` is asked only of a line whose first character may open a bullet
    (as ``to_lines`` asks it): most lines start with a letter, and the call costs more
    than the test that skips it.
    """
    first = text[:1]
    if first in BULLET_STARTS or first >= "\u25a0" or first == "[":
        text = strip_bullet(text)
    if "." not in text[1:5] and ")" not in text[1:5] and ":" not in text[1:3]:
        return text  # a marker ends in ".", ")" or ":" within its first characters
    return _NUMBER_MARK.sub("", text, count=1)


# A bold run inside a line, in markdown: "**Eli Bryhni**" (not across lines).
_BOLD_RUN = lazy_regex(r"\*\*([^*\n]+?)\*\*")


def _is_bold_markup(raw: str) -> bool:
    """A line written wholly as ``**bold**`` (markdown copy of a bold paragraph)."""
    s = raw.strip()
    return len(s) > 4 and s.startswith("**") and s.endswith("**") and "**" not in s[2:-2]


def _cell_starts(text: str) -> list[int]:
    """Where each cell of a line padded with spaces starts."""
    return [0, *(gap.end() for gap in _COLUMN_GAP.finditer(text))]


def _split_at_heading(row: str, cells: tuple[str, ...], starts: list[int],
                      head: list[int]) -> tuple[tuple[str, ...], list[int]]:
    """A space-padded row's cells, each cut where a heading cell starts inside it at the
    start of a word: a full cell leaves one space before the next column ("Tone Bakken
    Lars Ove Rustad Nord-Fron" under "Navn  Møtte for  Representerer", "Nord-Fron"
    right under "Representerer"), which the gap of two spaces did not split. Only an
    exact column counts; the cells and their starts as they were otherwise."""
    ends = [*starts[1:], len(row) + 2]
    cut = [start for start in head if start not in starts and 0 < start < len(row) and
           row[start - 1] == " " and row[start] != " " and
           any(a < start < b for a, b in zip(starts, ends, strict=True))]
    if not cut:
        return cells, starts
    starts = sorted([*starts, *cut])
    ends = [*starts[1:], len(row)]
    return tuple(clean(row[a:b]) for a, b in zip(starts, ends, strict=True)), starts


def _under_heading(cells: tuple[str, ...], starts: list[int],
                   head: list[int]) -> tuple[str, ...]:
    """A space-padded row with fewer cells than its heading, each cell under the heading
    cell it starts in, the ones between left empty ("Kari Berg        X" under
    "Navn   Møtt   Forfall": the "X" is under "Forfall"); as it was when that is unclear.
    """
    places = [max(i for i, left in enumerate(head) if left <= start + 1) for start in starts]
    if len(places) != len(cells) or places[0] != 0 or \
            any(b <= a for a, b in itertools.pairwise(places)):
        return cells
    placed = [""] * (places[-1] + 1)
    for place, cell in zip(places, cells, strict=True):
        placed[place] = cell
    return tuple(placed)


def cell_per_line_tables(blocks: list[Block]) -> list[Block]:
    """The blocks, with each attendance table a PDF's text layer gave one cell a line
    ("Navn" / "Funksjon" / "Representerer" / "Kari Holm" / "Leder" / "AP" …) put back
    as its rows ("Navn ⇥ Funksjon ⇥ Representerer", "Kari Holm ⇥ Leder ⇥ AP").

    The heading is two or more lines that each name a column, the name first; a row is
    as many lines after it, the first a person's name and no other cell one but a
    "Møtte for" column's. A text layer leaves an empty cell out, which would shift every
    row after it: the table is then left as it is. (Cheap: only a block that reads
    "Navn" or "Namn" alone is looked at further.)

    A web page's table a converter put one cell a line drops its empty cells too: a row
    whose third or later cell is already a name (the next row's first) ended early, its
    last cells empty ("Kari Holm" / "Gloppen" / "Per Lie" under "Namn" / "Kommune" /
    "Merknad"), and so does a last row cut by a blank line; empty cells are most often a
    row's last ones (a note, a remark), so the cells kept fill the first columns. A
    cut before the second cell, where a name-like organisation cannot be told from the
    next name, still leaves the table as it is. A text layer that reads the table
    column by column instead (``_column_lines_table``) is put back into the same rows."""
    # (heading start, rows' end, rows, whether a blank line stands before each row)
    found: list[tuple[int, int, list[tuple[str, ...]], list[bool]]] = []
    # (the blocks that read as either heading, found in C: most documents have none, and
    # a pass in Python cost each block two tests)
    if _CELL_TABLE_HEADS.isdisjoint(map(_BLOCK_TEXT, blocks)):
        return blocks
    for start, block in enumerate(blocks):
        size = len(block.text)  # (short blocks only: a long text's hash is not free)
        if size == 4 and block.text.casefold() in _NAME_HEADINGS:
            table = _cell_lines_table(blocks, start)
            if table is None:
                if (by_columns := _column_lines_table(blocks, start)) is not None:
                    end, rows = by_columns
                    found.append((start, end, rows, [block.gap] + [False] * (len(rows) - 1)))
                continue
        elif size < 19 and block.text in _TASK_WHAT_HEADINGS:
            table = _task_lines_table(blocks, start)
        else:
            continue
        if table is not None:
            width, bounds = table
            starts = [start, *bounds[:-1]]
            heads = [b.text.strip().casefold() for b in blocks[start:start + width]]
            # a row whose cells the copy left out: put back under their columns
            rows = [cells if len(cells) == width else _placed_cells(cells, heads)
                    for at, until in zip(starts, bounds, strict=True)
                    for cells in (tuple(b.text.strip() for b in blocks[at:until]),)]
            found.append((start, bounds[-1], rows, [blocks[at].gap for at in starts]))
    if not found:
        return blocks
    out = list(blocks)
    for start, end, rows, gaps in reversed(found):
        out[start:end] = [Block(kind=TABLE_ROW, text="	".join(cells), cells=cells, gap=gap)
                          for cells, gap in zip(rows, gaps, strict=True)]
    return out


def spaced_register_rows(blocks: list[Block]) -> list[Block]:
    """The blocks, with a follow-up register that a copy out of a PDF viewer gave with
    single spaces for its cells ("NR TILTAK ANSVAR FRIST STATUS" / "1 Utkast til
    øvingsplan PAL 06.12.24 Åpen") put back as its rows, as the tabs of a Word table
    give them.

    The heading is a line in capitals of column names only, in the register's usual
    order: a number, the task, who, when, and maybe a status. A row under it is read
    from its date: the word before the date is the owner's initials ("PAL", "KS/MA"),
    the words after it the status, the words before the owner the task. A row that does
    not read so ends the register there. (Cheap: only a short line in capitals is
    looked at further.)"""
    if not any(map(str.isupper, map(_BLOCK_TEXT, blocks))):
        return blocks  # (in C: most documents have no line in capitals)
    found: list[tuple[int, list[Block]]] = []  # (heading's place, heading and rows)
    for start, block in enumerate(blocks):
        text = block.text
        if not text.isupper() or len(text) > _SPACED_HEAD_MAX or " " not in text or \
                block.kind is not PARAGRAPH:
            continue
        heads = text.split()
        kinds = [_SPACED_NUMBER if head.casefold() in _NUMBER_HEADS else
                 "what" if head.casefold() in TASK_WHAT_COLUMN_WORDS else
                 "status" if head.casefold() == "status" else
                 TASK_COLUMN_WORDS.get(head.casefold()) for head in heads]
        if kinds[kinds[0] == _SPACED_NUMBER:] not in (["what", "who", "when"],
                                                         ["what", "who", "when", "status"]):
            continue
        rows = []
        for below in blocks[start + 1:]:
            if below.kind is not PARAGRAPH or below.gap or \
                    (cells := _spaced_row(below.text, kinds)) is None:
                break
            rows.append(Block(kind=TABLE_ROW, text="\t".join(cells), cells=cells, gap=False))
        if rows:
            found.append((start, [Block(kind=TABLE_ROW, text="\t".join(heads),
                                        cells=tuple(heads), gap=block.gap), *rows]))
    if not found:
        return blocks
    out = list(blocks)
    for start, table in reversed(found):
        out[start:start + len(table)] = table
    return out


_SPACED_HEAD_MAX = 60  # (the longest heading line of a register read so)
_SPACED_NUMBER = "number"
_NUMBER_HEADS = frozenset(("nr", "nr.", "#", "løpenr"))
# A register row's deadline as a date ("06.12.24", "15.1.2025", "1.3.") and its owner
# as initials, one or several ("PAL", "KS/MA", "Alle").
_SPACED_DATE = lazy_regex(r"\d{1,2}\.\d{1,2}\.(?:\d{2}|\d{4})?")
_SPACED_OWNER = lazy_regex(r"[A-ZÆØÅ]{2,4}(?:/[A-ZÆØÅ]{2,4})*|Alle")


def _spaced_row(text: str, kinds: list[str | None]) -> tuple[str, ...] | None:
    """The cells of one row of a register whose cells single spaces part
    (``spaced_register_rows``), in the order ``kinds`` gives, or None."""
    words = text.split()
    cells: list[str] = []
    if kinds[0] == _SPACED_NUMBER:
        if not words or not words[0].rstrip(".").isdecimal():
            return None
        cells.append(words.pop(0).rstrip("."))
    dated = [n for n, word in enumerate(words) if _SPACED_DATE.fullmatch(word)]
    if not dated or dated[-1] < 2:
        return None
    when = dated[-1]
    status = words[when + 1:]
    if (kinds[-1] == "status") != bool(status) or len(status) > 2:
        return None
    if not _SPACED_OWNER.fullmatch(words[when - 1]):
        return None
    cells += [" ".join(words[:when - 1]), words[when - 1], words[when]]
    if status:
        cells.append(" ".join(status))
    return tuple(cells)


def _placed_cells(cells: tuple[str, ...], heads: list[str]) -> tuple[str, ...]:
    """A row of a table given one cell a line whose empty cells the copy left out, each
    cell kept put back under the column its shape fits: a role word ("leiar",
    "medlem") under "Rolle", a municipality under "Kommune" and a party's short name
    under "Parti", a note ("kom kl. 11.00", "gjekk etter sak 3") under "Merknad". Empty
    cells are most often a row's last ones, so where the shapes do not tell (or fit the
    first columns as well) the cells fill the first columns."""
    width = len(heads)
    best, best_fit = tuple(range(1, len(cells))), None
    for places in itertools.combinations(range(1, width), len(cells) - 1):
        fit = sum(_cell_fit(cell, heads[place]) for cell, place in zip(cells[1:], places,
                                                                       strict=True))
        if best_fit is None or fit > best_fit:
            best, best_fit = places, fit  # (the first of equal fits: the first columns)
    placed = [cells[0], *("",) * (width - 1)]
    for cell, place in zip(cells[1:], best, strict=True):
        placed[place] = cell
    return tuple(placed)


def _cell_fit(cell: str, head: str) -> int:
    """How well a cell's shape fits the column its heading names: 1 for a cell of the
    column's kind, -1 for one of another kind, 0 when the shape does not tell."""
    meaning = ATTENDANCE_COLUMN_WORDS.get(head)
    words = cell.split()
    if not words:
        return 0
    role = _seat_word(cell)
    note = not role and (any(ch.isdigit() for ch in cell) or
                         (cell[:1].islower() and len(words) >= 2))
    place = not role and not note and cell[:1].isupper()
    if meaning == "role":
        return 1 if role else -1 if place or note else 0
    if meaning == "org":
        if role or note:
            return -1
        party = len(cell) <= 4 and cell.isalpha() and " " not in cell
        if head.startswith("parti"):
            return 1 if party else -1 if place else 0
        return 1 if place and (not party or head in _PLACE_HEADS) else 0
    if meaning in ("note", "present", "absent"):
        return 1 if note else -1 if role or place else 0
    return 0


# Headings of a column that names a place, where "Ål" or "Hol" (short as a party's
# name) is a municipality.
_PLACE_HEADS = frozenset({"kommune", "region", "eigarkommune", "eierkommune",
                          "medlemskommune", "fylke"})


def _seat_word(cell: str) -> bool:
    """Whether a cell names a seat or a meeting role ("leiar", "nestleder", "medlem",
    "referent", "vara"), the words of an attendance table's role column."""
    # (participants reads lists, and lines come from this module: imported here, where
    # only a row the copy cut short asks)
    from motebok.extract.participants import role_of

    return len(cell.split()) <= 2 and role_of(cell) is not None


def _column_lines_table(blocks: list[Block],
                        start: int) -> tuple[int, list[tuple[str, ...]]] | None:
    """The end and the rows of an attendance table a text layer read column by column
    (pdftotext's default reading order: "Navn" / "Kari Holm" / "Per Dahl" / "Kommune" /
    "Bø kommune" / "Ås kommune" / "Rolle" / "leder" / "medlem"), or None.

    Under the "Navn" heading stand two or more names, one a line and no blank between;
    then each further column is its heading (an attendance column word, a blank line
    before it allowed) and exactly as many cells. The count keeps the rows right: a
    column with a cell left out runs into the next heading or the text after the table,
    which must be set apart (a blank line, a label, no plain paragraph; no cell is a
    sentence), and the table is then left as it is."""
    at = start + 1
    while at < len(blocks) and _one_cell(blocks[at]) and not blocks[at].gap and \
            looks_like_name(blocks[at].text.strip()):
        at += 1
    count = at - start - 1
    if count < 2:
        return None
    columns = [[b.text.strip() for b in blocks[start:at]]]
    while at < len(blocks) and _one_cell(blocks[at]) and \
            ATTENDANCE_COLUMN_WORDS.get(blocks[at].text.strip().casefold()) not in (None, "name"):
        cells = blocks[at + 1:at + 1 + count]
        if len(cells) < count or not all(_one_cell(b) and not b.gap and
                                         not b.text.rstrip().endswith(".") for b in cells):
            return None
        columns.append([b.text.strip() for b in blocks[at:at + 1 + count]])
        at += 1 + count
    if len(columns) < 2:
        return None
    if at == len(blocks) or (not blocks[at].gap and _one_cell(blocks[at]) and
                             ":" not in blocks[at].text):
        return None  # the last column goes on (or took the text after the table as a
        # cell): a cell was left out somewhere
    return at, list(zip(*columns, strict=True))


_NAME_HEADINGS = frozenset(("navn", "namn"))
# A follow-up table's task column heading as typed ("Tiltak", "TILTAK", "tiltak"): a
# set lookup, no case folding of every short block.
_TASK_WHAT_HEADINGS = frozenset(form for word in TASK_WHAT_COLUMN_WORDS
                                for form in (word, word.capitalize(), word.upper()))
# Every block text ``cell_per_line_tables`` reads as a heading: "Navn" or "Namn" in any
# case (a four-letter text whose ``casefold`` is one: each letter's own forms, as ``fold``
# reads them; no other character casefolds to one of these letters, see
# tests/extract/test_prefilters.py), and a task column's heading under 19 characters.
_CELL_TABLE_HEADS = frozenset(
    {form for word in _NAME_HEADINGS for form in folded_forms(word) if form.casefold() == word}
    | {form for form in _TASK_WHAT_HEADINGS if len(form) < 19})
_BLOCK_TEXT = operator.attrgetter("text")


def _one_cell(block: Block) -> bool:
    """Whether a block can be one cell of a table a text layer gave a line each."""
    return block.kind is PARAGRAPH and "\n" not in block.text and "\t" not in block.text \
        and not block.text.rstrip().endswith(":")


def _cell_lines_table(blocks: list[Block], start: int) -> tuple[int, list[int]] | None:
    """The number of columns and the ends of the heading and of each row of a table given
    one cell a line whose heading starts at ``start`` (``cell_per_line_tables``), or None."""
    meanings: list[str] = []
    at = start
    while at < len(blocks) and _one_cell(blocks[at]) and \
            (meaning := ATTENDANCE_COLUMN_WORDS.get(blocks[at].text.strip().casefold())) and \
            (meaning != "name" or not meanings):
        meanings.append(meaning)
        at += 1
    width = len(meanings)
    if width < 2:
        return None
    bounds = [at]
    end = at
    while end < len(blocks) and _one_cell(blocks[end]) and \
            looks_like_name(blocks[end].text.strip()):
        size = _cell_lines_row(blocks, end, meanings)
        if size is None:
            return None  # a cell left out where it cannot be told: the rows are shifted
        if not size:
            break  # a name alone before a blank line or a paragraph: no row of the table
        end += size
        bounds.append(end)
    return (width, bounds) if end > at else None


def _cell_lines_row(blocks: list[Block], start: int, meanings: list[str]) -> int | None:
    """The number of lines of the row (of a table given one cell a line) whose name is at
    ``start``: the table's width, or fewer when the copy left the row's last cells out
    (the next row's name or a blank line comes from the third cell on); None when a cell
    is missing before that, 0 when the name is alone before a blank line or a paragraph."""
    for n, meaning in enumerate(meanings[1:], 1):
        at = start + n
        if at == len(blocks) or not _one_cell(blocks[at]) or blocks[at].gap:
            return n if n >= 2 else 0
        if meaning != "for" and looks_like_name(blocks[at].text.strip()):
            return n if n >= 2 else None
    return len(meanings)


def _task_lines_table(blocks: list[Block], start: int) -> tuple[int, list[int]] | None:
    """The number of columns and the ends of the heading and of each row of a follow-up
    table given one cell a line ("Tiltak" / "Ansvarlig" / "Frist" / "Sende regnskapet" / "Lars Mo" /
    "01.04.2025": Word's "Save as text" writes a table so), or None. Its heading is the
    task's column and one or more who/when columns; a row is as many lines with no blank
    between, and each row's when-cell holds a digit (a date), which keeps the rows from
    shifting when a cell was left out."""
    heading = [start]
    at = start + 1
    while at < len(blocks) and _one_cell(blocks[at]) and not blocks[at].gap and \
            blocks[at].text.strip().casefold() in TASK_COLUMN_WORDS:
        heading.append(at)
        at += 1
    width = len(heading)
    when = [n for n, i in enumerate(heading)
            if TASK_COLUMN_WORDS.get(blocks[i].text.strip().casefold()) == "when"]
    if width < 2 or not when:
        return None
    end = at
    while end + width <= len(blocks):
        row = blocks[end:end + width]
        if not all(_one_cell(b) and not b.gap for b in row) or \
                not any(c.isdigit() for c in row[when[0]].text):
            break
        end += width
    return (width, list(range(at, end + 1, width))) if end > at else None


def to_lines(blocks: list[Block], furniture: list[str] | None = None,
             running: list[str] | None = None) -> list[Line]:
    """Flatten blocks into cleaned, non-empty lines, dropping page-number artefacts.

    ``furniture`` gathers the dropped running lines that name a municipality ("Fjordvik
    kommune      Side 1 av 2" at the foot of every page) or an inter-municipal company
    ("Vestfjord Renovasjon IKS", "Vestdal Kraft AS", "Fjellvann interkommunale selskap"):
    the issuer of a council's or a company's protocol may
    be named there only (see ``minutes._the_municipality``, ``minutes._the_company``).
    ``running`` gathers the top lines whose repeats were dropped as a running page header
    (the first stays: it may be the letterhead or the title, see ``header.find_title``)."""
    lines: list[Line] = []
    paragraph, table_row = PARAGRAPH, TABLE_ROW  # locals: hot loop
    blocks = spaced_register_rows(cell_per_line_tables(blocks))
    # a case-number column a copy put one cell a line: its "1/10" lines are no pages
    # (asked only once a line reads as a page "n/m": a pass over every block otherwise)
    case_column: bool | None = None
    item_numbers: frozenset[int] | None = None  # blocks "1", "2" that number items
    # the running headers a PDF's text set in single spaces before the page's number
    # ("Regionrådet for Hadeland Side 2"), found once a line ends so (``_paged_heads``)
    paged_heads: frozenset[str] | None = None
    page_break = False  # a page number or footer was just left out
    footer_head = None  # the words of the last footer left out, without its page's number
    # the lines on either side of one, by id, each held: a line flagged and then replaced
    # (a run-in case heading split in two) would free its id for a later line
    at_page_breaks: dict[int, Line] = {}
    head_starts: list[int] = []  # where the cells of a space-padded table's heading start
    head_at = -1  # the count of lines just after the last space-padded row
    over_pages: list[Line] = []  # the lines right above a page's number left out
    # the document's paragraphs and cells, searched once for what ``clean`` may change
    # (a paragraph's lines and a cell as written need no call when there is nothing),
    # and for a check box, which few documents hold
    # (one text a block, a row's cells joined as the flat list would join them: no inner
    # loop over a one-element tuple for each paragraph; a row without cells adds nothing)
    whole = "\n".join([block.text if block.kind is not table_row else "\n".join(block.cells)
                        for block in blocks if block.kind is not table_row or block.cells])
    plain = written_clean(whole)
    # (a narrow row's double space is in ``whole``, which holds every paragraph's text:
    # one search of it spares most documents the pass over their blocks; a plain text
    # has none, ``written_clean`` has looked for it)
    narrow = _narrow_rows(blocks) if not plain and "  " in whole else _NO_ROWS
    boxes = "\u2610" in whole or "\u2612" in whole or "\u2611" in whole
    # (the signs of the short path's tests that no paragraph of the document holds, when
    # none does, as most hold none: every paragraph's text is in ``whole``, and its lines
    # then skip five tests each. Each sign's rare character is looked for first: a search
    # for one character skips through the text, where one for "] " or " | " stops at
    # every space, and a plain text holds no double space)
    quiet = not boxes and not narrow and ("]" not in whole or "] " not in whole) and \
        ("|" not in whole or " | " not in whole) and (plain or "   " not in whole)
    for number, block in enumerate(blocks):
        block_kind = block.kind
        text = block.text
        if plain and block_kind is paragraph and (first_char := text[:1]).isalpha() and \
                (first_char not in _NOT_PLAIN_FIRST or (
                    first_char in _PAGE_WORD_FIRST and text[:4] not in _PAGE_HEADS)) and \
                first_char < "\u2300" and \
                not text[-1].isdecimal() and len(text) <= FLAT_LENGTH and not page_break and \
                not block.runs and (quiet or (
                    not boxes and number not in narrow and "] " not in text and
                    " | " not in text and "   " not in text)) and \
                "\n" not in text and ("Sak " not in text or not may_hold_glued_case(text)) and (
                    (". " not in text and "! " not in text) or not _may_hold_attendance(text)):
            # The plain one-line paragraph, most blocks of minutes, made its line at once.
            # Each test above is one the long way below asks, answered as here: a plain
            # text (``written_clean``) is its own clean line and holds no "**" and no
            # unprintable character; no case heading glued on to the sentence before it
            # (".Sak ": one that opens its line, "Sak 3/25 Budsjett", stays as written
            # on the long way too, and takes this one), chat post ("] "), flat text
            # (over FLAT_LENGTH), sentence to part before an attendance word, check box,
            # soft break, bar-parted or padded cells; a letter first that opens no bullet
            # ("o"), and a first word that is no page's ("Side", "Page", "Lysbilde",
            # "Slide": a line opening with s, p or l is folded as the long way folds it,
            # and only those four letters let it or ``_PAGE_HEADER`` take the line for a
            # page's: "Sted: Teams", "Presentasjonen sendes ut" stay on this path) and
            # a last character that is no digit, so no page number, header or footer;
            # no bold runs to mark and no page break just left out to join over.
            line = Line(text, text, paragraph, block.level, (), block.bold, block.gap,
                        len(lines))
            if block.goes_on:
                line.goes_on = True
            lines.append(line)
            continue
        parts = text.split("\n") if block_kind is not table_row else [text]
        as_written = parts  # (the lines of a paragraph as written, while none is parted)
        # (one test of the block's kind for each family of forms below: most blocks are
        # paragraphs, and a table row's forms all need a soft break in the row)
        if block_kind is paragraph:
            if "Sak " in block.text:
                parts = [piece for raw in parts for piece in split_glued_cases(raw)]
            if "] " in block.text and (posted := _chat_post_heads(parts)) is not None:
                parts = posted  # "[10.03.2025 14:32] Siri Moen": a post's head, as a mail's
            if len(block.text) > FLAT_LENGTH:
                parts = [piece for raw in parts for piece in unflatten(raw)]
                if len(parts) == 1 and ". " in block.text and _may_hold_attendance(block.text):
                    # a long paragraph of prose no page run together: "Møtet ble holdt …
                    # kl. 10–14. Til stede var …, Per Lia og Anne Berg fra Sauherad, …"
                    parts = _ATTENDANCE_AFTER_STOP.split(parts[0])
            elif ("." in block.text or "!" in block.text) and (
                    ". " in block.text or "! " in block.text or not block.text.isprintable()
            ) and _may_hold_attendance(block.text):
                # (the split needs a stop and a space before its sentence: a paragraph
                # without one, a label, a name or one sentence, skips the call of the
                # word test; every space but " " is unprintable, so a stop before a TAB
                # or a no-break space still reaches it)
                parts = [piece for raw in parts for piece in _ATTENDANCE_AFTER_STOP.split(raw)]
            # (a check box at all, here and below: three substring tests written out,
            # since a call for every block cost more than they do; most have none)
            if boxes and ("\u2610" in block.text or "\u2612" in block.text or
                          "\u2611" in block.text):
                parts = [piece for raw in parts for piece in _boxed_entries(raw)]
        elif block_kind is table_row and (
                "\u2610" in block.text or "\u2612" in block.text or "\u2611" in block.text) and \
                (boxed_cells := _boxed_entry_cells(block.cells)):
            block_kind, parts = paragraph, boxed_cells  # "Møtt: | ☒ Kari Holm | ☐ Per Dahl"
        elif block_kind is table_row and "\n" in block.text:
            if cell_lines := _people_cell_lines(block.cells) or _people_cards(block.cells) or \
                    _side_cell_lines(block.cells):
                block_kind, parts = paragraph, cell_lines  # read as the paragraph it stands for
            elif boxed := _box_lines(blocks, number):
                block_kind, parts = paragraph, boxed  # a frame round text, not a table's row
            elif rows := _item_row_cells(block.cells, block.runs):
                in_title = "\n" in block.cells[1]  # (the title cell's paragraphs, not the text's)
                # (else the text cell split, the longest, as ``_text_cell_rows`` finds it)
                split = -1 if in_title else \
                    max(range(2, len(block.cells)), key=lambda n: len(block.cells[n]))
                for n, cells in enumerate(rows):  # the item's title, then its text under it
                    text = "\t".join(cells)
                    line = Line(text, text, table_row, block.level, cells, block.bold,
                                block.gap and not n, len(lines))
                    line.in_title_cell = in_title and n > 0
                    if n and split >= 0 and cells[0] in block.cells[split]:
                        line.rest_of_cell = split  # ("Vedtak": its later paragraphs)
                    lines.append(line)
                continue
            elif laid_out := _laid_out_lines(blocks, number):
                block_kind, parts = paragraph, laid_out  # a letterhead's columns, one by one
        # (lines as written, in ``whole``: ``clean`` would give them back unchanged)
        verbatim = plain and block.kind is not table_row and (
            parts is as_written or parts == as_written)
        first = True
        # the parts of a paragraph are its soft-broken lines (not a flat text's pieces)
        soft_lines = block_kind is paragraph and len(parts) > 1 and "\n" in block.text and \
            len(block.text) <= FLAT_LENGTH
        for raw in parts:
            kind = block_kind
            if kind is paragraph and " | " in raw:
                kind = table_row  # "Hva | Hvem | Frist" without outer pipes
                cells = tuple(clean(c) for c in raw.strip().strip("|").split("|"))
                text = "\t".join(cells)
            elif kind is paragraph and (
                    ("   " in raw and _PADDED_COLUMNS.search(raw.strip())) or number in narrow):
                cells = tuple(clean(c) for c in _COLUMN_GAP.split(raw.strip()))
                if _spaced_name(cells):  # "Per   Dahl": odd spacing, no columns
                    cells, text = (), clean(raw)
                elif all(_LABEL_CELL.match(c) for c in cells):
                    # "Dato: 12.01.2024  Tid: 10–12  Sted: Teams": labels side by side
                    for cell in cells:
                        lines.append(Line(text=cell, body=cell, kind=kind, level=block.level,
                                          cells=(), bold=block.bold, gap=block.gap and first,
                                          index=len(lines)))
                        first = False
                    continue
                else:
                    kind = table_row  # a seat list padded with spaces
                    starts = _cell_starts(raw.strip())
                    if head_at != len(lines):
                        head_starts = starts  # the first row of the run: its heading
                    elif len(cells) < len(head_starts):
                        cells, starts = _split_at_heading(raw.strip(), cells, starts,
                                                          head_starts)
                        cells = _under_heading(cells, starts, head_starts)
                    head_at = len(lines) + 1
                    text = "\t".join(cells)
            elif kind is table_row and block.cells:
                # (a list, not a generator: no frame resumed for each cell)
                # (a cell of one line as written, in ``whole``, needs no call when plain
                # and it opens with no icon)
                cells = tuple([c if plain and "\n" not in c and c[:1] < "\u2300" else
                               clean(_hyphens_joined(c)) if "-\n" in c else
                               _card_cell(c) or clean(c) if "\n" in c else clean(c)
                               for c in block.cells])
                text = "\t".join(cells).strip()
                if lines and not lines[-1].cells and len(lines[-1].body) < 40 and \
                        " " in lines[-1].body and cells:
                    if lines[-1].body.count(" ") == 1 and \
                            double_first_name_wrapped(lines[-1].body, cells[0]):
                        # "Anne Marit" / "Strand, Lunner⇥Medlem": the name cell's first
                        # line set apart from its row; the row holds the whole name
                        cells = (f"{lines.pop().body} {cells[0]}", *cells[1:])
                        text = "\t".join(cells)
                    elif len(lines) >= 2 and lines[-2].is_table and \
                            _card_over_row(lines[-1].body, cells):
                        # "Anne Marit Strand" / "Lunner⇥Medlem" between a table's rows: the
                        # name cell's two lines, the name over whom she represents
                        cells = (f"{lines.pop().body}, {cells[0]}", *cells[1:])
                        text = "\t".join(cells)
                if lines and lines[-1].is_table and any("\n" in c for c in block.cells):
                    if _attendance_labels(lines[-1].cells):
                        kept = _name_lines_kept(block.cells)  # "Til stede | Forfall" over
                        # one row of whole lists
                    else:  # "Kommune | Til stades | Forfall" over a row a municipality
                        kept = _place_row_names_kept(cells, block.cells, lines)
                    if kept is not None:
                        cells = kept
                        text = "\t".join(cells)
                if cells and cells[0][:1] in _FORM_BOXES and _FORM_BOX.match(cells[0]):
                    # "☒ Kari Holm | Styreleder": the box marks the row, as a bullet does
                    # a list's line; the cells are what it holds, under their heading
                    # (the line keeps it, for the list's boxes read together:
                    # ``minutes._unticked_boxes_absent``)
                    cells = (cells[0][1:].strip(), *cells[1:])
                labelled = _label_row(cells, blocks[number + 1].cells
                                      if number + 1 < len(blocks) else ())
                if labelled and _in_attendance_table(blocks, number):
                    labelled = None  # "Ordfører | Kari Holm | |" under "Funksjon | Navn | …"
                if labelled:  # "Møtedato | Torsdag 7. september": a header laid out as a table
                    kind, cells, text = PARAGRAPH, (), labelled
                elif len(cells) >= 4 and (pairs := _label_pairs(cells)):
                    # "Arkivsak: | 25/123 | Sekretær: | Lise Berg": two labels in one row
                    for pair in pairs:
                        lines.append(Line(pair, pair, paragraph, block.level, (), block.bold,
                                          block.gap and first, len(lines)))
                        first = False
                    continue
            else:
                cells = ()
                text = raw if verbatim and raw[:1] < "\u2300" else clean(raw)
                if kind is paragraph and len(parts) > 1 and text:
                    kind = typed_block(text).kind  # "a) Status" after a <br>: a list item
            if not text:
                continue
            # (the first character decides most lines here without a call: a page number
            # starts with "-", a digit, or "Side"/"Page": ``_may_be_page_line`` written out)
            first_char = text[0]
            page = (first_char == "-" or first_char.isdecimal() or (
                first_char in _PAGE_WORD_FIRST and text[:4] in _PAGE_HEADS)) and \
                _is_page_line(text)
            if page and "/" in text:
                if case_column is None:
                    case_column = _has_case_column(blocks) or _lone_case_series(blocks)
                page = not (case_column and _titled(blocks, number)) and not (
                    lines and _wrapped_case_reference(lines[-1].text, text, blocks, number))
            elif page and len(text) <= 2 and text.isdecimal():
                if item_numbers is None:
                    item_numbers = _lone_item_numbers(blocks)
                page = number not in item_numbers and not _in_figure_run(blocks, number)
            elif page and len(text) == 3 and text.isdecimal():
                page = not _chart_figure(blocks, int(text))
            # (also set in columns: "Regionrådet for Hadeland   Referat 14.02.2025   Side 2",
            # a header with a date in the middle, whose page closes its last column; but
            # not the first page's copy over the title, which the head reads as the
            # letterhead it is there: "Vestfold fylkeskommune ⇥ Referat ⇥ Side 1")
            if page is False and (not cells or lines) and text[-1:].isdecimal() and \
                    (head := _before_page_number(text)) is not None:
                if paged_heads is None:
                    paged_heads = _paged_heads(whole)
                page = head in paged_heads
            if (footer := not page and text[-1:].isdecimal() and
                    _is_page_footer(text, cells)):
                footer_head = _footer_head(text, cells)
            if page or footer or \
                    (first_char in _PAGE_LINE_S and _PAGE_HEADER.match(text) and
                     len(text) < 120) or \
                    (cells and cells[-1] in _PAGE_WORD_LAST and _PAGE_NUMBER_FIRST.search(text)):
                page_break = True
                if lines:
                    at_page_breaks[id(lines[-1])] = lines[-1]
                    over_pages.append(lines[-1])
                if furniture is not None and ("ommune" in text or " IKS" in text or
                                              " AS" in text or "nterkommunal" in text or
                                              "ompetanseregion" in text or
                                              "riftsassistans" in text or
                                              _names_compound_body(text)):
                    furniture.append(text)
                continue
            if page_break and (_page_top_header(text) or text == footer_head):
                # (also the footer's own words over the next page, without its number:
                # "Nordvik AS – Protokoll styremøte 5/2025" under "… Side 1 av 2")
                if running is not None and text not in running:
                    running.append(text)  # (the first page's copy is no title either)
                continue  # "Nordvik – referat møte med benken 16.01.2026" over page 2
            body = text if first_char not in BULLET_STARTS and first_char < "\u25a0" and \
                first_char != "[" else strip_bullet(text)
            gap = block.gap if first else False
            starred = "**" in raw  # (asked once: most lines have no bold markup)
            whole_bold = starred and _is_bold_markup(raw)
            # positional arguments: text, body, kind, level, cells, bold, gap, index
            line = Line(text, body, kind, block.level, cells, block.bold or whole_bold, gap,
                        len(lines))
            line.soft = soft_lines and not first
            if block.goes_on and first:
                line.goes_on = True
            if starred and not whole_bold and (runs := _BOLD_RUN.findall(raw)):
                line.marked = tuple(clean(run) for run in runs)
            elif block.runs and not line.bold:
                _mark_runs(line, block.runs)
            if page_break:
                line.gap = gap and not (lines and runs_on_after_page(lines[-1].body, line))
                page_break = False
                at_page_breaks[id(line)] = line
            if line.marked and line.marked[0][:1] in "SP" and (
                    parts_of := _run_in_case_heading(line)) is not None:
                line, rest = parts_of  # "**Sak 2/25 Sommerleir** Leiren blir i uke 26."
                lines.append(line)
                line = rest
                rest.index = len(lines)
            lines.append(line)
            first = False
    if len(over_pages) > 1:
        lines = _without_footer_lines(lines, over_pages)
    return _drop_running_headers(_header_tables(lines), at_page_breaks, running)


def _without_footer_lines(lines: list[Line], over_pages: list[Line]) -> list[Line]:
    """The lines without a page footer's first line, the one over its page number: a
    text copied from a PDF viewer keeps the footer in the flow ("Vestregionen – Faggruppe
    for plan" / "Side 1 av 2"), and the number alone is known for a page's. The same
    short line, no sentence and no label, over two page numbers or more is the footer's;
    left in, it closes the text of the item the page ends in."""
    seen: dict[str, list[int]] = {}
    for line in over_pages:
        if line.index >= _TOP_LINES and lines[line.index] is line:  # (a page's head at
            seen.setdefault(line.text, []).append(line.index)  # the top is the header's)
    footer: set[int] = set()
    for text, places in seen.items():
        if len(places) > 1 and _FOOTER_LENGTH[0] <= len(text) <= _FOOTER_LENGTH[1] and \
                text[-1:] not in ".:!?" and not lines[places[0]].is_bullet:
            footer.update(places)
            # (the footer's lines above it that come back alike: "Vestfjord regionråd" /
            # "Strandgata 4" over "Telefon … – www.vestfjord.no")
            for depth in range(1, _FOOTER_LENGTH[2] + 1):
                above = {lines[n - depth].text for n in places if n - depth >= _TOP_LINES}
                if len(above) != 1 or len(next(iter(above))) > _FOOTER_LENGTH[1] or \
                        any(n - depth < _TOP_LINES for n in places):
                    break
                footer.update(n - depth for n in places)
    if not footer:
        return lines
    kept = [line for n, line in enumerate(lines) if n not in footer]
    for n, line in enumerate(kept):
        line.index = n
    return kept


#: How long the line of a page footer over its number is, at least and at most, and how
#: many lines above it the footer may have; the first lines of the text, a page's head
#: over its number at the top, are left to ``_drop_running_headers``.
_FOOTER_LENGTH = (12, 100, 3)
_TOP_LINES = 3


# A case heading set in bold at the start of a paragraph, its text after it in plain
# type: "**Sak 2/25 Sommerleir** Leiren blir …", "**PS 12/24 Budsjett** Rådmannen …".
_BOLD_CASE_HEADING = lazy_regex(r"(?:Sak|SAK|PS)(?:\s+nr\.?)?\s*\d{1,4}(?:[/.-]\d{1,4})?[.:]?\s+\S")


def _run_in_case_heading(line: Line) -> tuple[Line, Line] | None:
    """A paragraph that opens with a case heading in bold and goes on in plain type with
    the item's text, as the heading's line and the text's line: the bold sets the title
    off where no full stop or colon does ("**Sak 2/25 Sommerleir** Leiren blir i uke
    26." is titled "Sommerleir"). None for any other line."""
    run = line.marked[0]
    if line.kind is not PARAGRAPH or line.text != line.body or \
            not line.body.startswith(run) or not _BOLD_CASE_HEADING.match(run):
        return None
    marked = line.marked[1:]
    if run[-1:] == ":" and (label := _trailing_part_label(run)):
        run = run[:-len(label)].rstrip(" –-")  # "**Sak 5/25 Sommerfest** **Vedtak:** …"
        marked = (label, *marked)
        if not _BOLD_CASE_HEADING.match(run):
            return None
    rest = line.body[len(run):].strip()
    if not rest[:1].isupper():
        return None
    heading = Line(run, run, PARAGRAPH, line.level, (), True, line.gap, line.index)
    after = Line(rest, rest, PARAGRAPH, line.level, (), False, False, line.index + 1)
    after.marked = marked
    return heading, after


# The labels of a case's parts that open its text ("Vedtak:", "Behandling:"), as they
# end a bold run after the heading when Word joined the two bold runs over the blank
# between them ("**Sak 5/25 Sommerfest** **Vedtak:** Festen holdes …").
_PART_LABELS = frozenset({"vedtak", "konklusjon", "konklusjonar", "beslutning", "behandling",
                          "innstilling", "orientering", "drøfting", "referat"})


def _trailing_part_label(run: str) -> str | None:
    """The label word and its colon that end a bold run ("Vedtak:"), or None: no title
    ends on one of them, so it is the text's first word, set in bold as its label."""
    word = run[:-1].rsplit(None, 1)[-1]
    return f"{word}:" if word.casefold() in _PART_LABELS else None


def _mark_runs(line: Line, runs: tuple[str, ...]) -> None:
    """Give a line of a word processor's paragraph the bold runs its reader kept that
    fall on it (``Block.runs``), as "**…**" inside a Markdown line gives them; a line
    after a soft break that is one bold run whole is a bold line, as "**Vedtak:**" on a
    Markdown line of its own is."""
    found = tuple(run for run in map(clean, runs) if run and run in line.text)
    if len(found) == 1 and found[0] == line.body and line.kind is not TABLE_ROW:
        line.bold = True
    else:
        line.marked = found


def runs_on_after_page(last: str, line: Line) -> bool:
    """Whether the line after a page number or footer left out goes on with the sentence
    the page before stopped in ("… sendes til" / "Side 1 av 2" / "Statsforvalteren …",
    "… med frist for merknader" / "Side 1 av 2" / "1. april 2024."): the blank around
    the page number is the page's margin, no paragraph break."""
    if line.kind is PARAGRAPH:
        return runs_on_over_page(last, line.text)
    return line.kind is LIST_ITEM and date_runs_on(last, line.text)


# An attendance sentence after another in one paragraph ("Møtet ble satt kl. 10.00 av
# leder Kari Holm. Til stede var …"): it starts a line of its own, as a label would.
_ATTENDANCE_AFTER_STOP = lazy_regex(
    r"\s(?<=[.!]\s)\s*(?=(?:Til stede|Tilstede|Til stades|Tilstades|Forfall|Fravær|Fråvær|"
    r"Fraværende|Frammøtte|Fremmøtte|Frammøtt|Møtende|Deltakere|Deltakarar|"
    # "… kom kl. 19.00. Meldt forfall: Johan Lie (Lierne kommune).": a list after a note
    r"Meldt forfall|Meldte forfall|Melde forfall)\b|"
    # "… Fra kommunene møtte Trine Lunde (Gran), …": a group's people, as "Fra X møtte:"
    r"(?:Fra|Frå)\s+[a-zæøå][\w-]*(?:\s+[\w-]+){0,3}?\s+(?:møtte|deltok)\s+(?!ikk)|"
    # "… kl. 19.00. Alle styremedlemmene var til stede: Bjørn Sæther (leder), …"
    r"Alle\s+(?:[a-zæøå]+\s+)?var\s+til\s+(?:stede|stades)\s*:|"
    # "… åpnet møtet. Følgende aksjeeiere var representert:": a general meeting's roll
    r"(?:Følgende|Følgjande)\s+(?:aksjeei|aksjon))")
# The words _ATTENDANCE_AFTER_STOP needs (substring tests first: most paragraphs lack them).
_may_hold_attendance = contains_any(("Til st", "Tilst", "Forfall", "Fravær", "Fråvær",
                                     "Frammøt", "Fremmøt", "Møtende", "Deltaka", "Deltake",
                                     "de forfall", "dt forfall", "dte forfall",
                                     " møtte ", " deltok ", "var til st", "ende aksj",
                                     "ande aksj"))


def _header_tables(lines: list[Line]) -> list[Line]:
    """A header laid out as a table of labels over a row of values ("STYRE/RÅD/UTVALG |
    MØTESTED | MØTEDATO" / "Ås Eldreråd | Ås rådhus | 12.03.2007") as "Label: value"
    lines, the way the head is read everywhere else."""
    start = _first_header_table(lines)
    if start is None:
        return lines  # (most documents: no line is rebuilt, nor the list)
    out: list[Line] = lines[:start]
    i = start
    changed = False
    while i < len(lines):
        line = lines[i]
        after = lines[i + 1] if i + 1 < len(lines) else None
        if line.is_table and after is not None and after.is_table and \
                _labels_over_values(line, after) and \
                ((lists := _side_by_side_lists(lines, i)) or _one_row_of_values(lines, i + 1)):
            if lists:
                end, columns = _attendance_columns(lines, i)
                for label, values in zip(line.cells, columns, strict=True):
                    for value in values:  # each list in turn, a labelled line a name
                        text = f"{label.rstrip(':')}: {value}"
                        out.append(Line(text, text, PARAGRAPH, 0, (), False, line.gap))
                i = end
                changed = True
                continue
            for label, value in zip(line.cells, after.cells, strict=False):
                if label and value and \
                        label.rstrip(": ").casefold() not in MEETING_NUMBER_HEADS:
                    text = f"{label.rstrip(':')}: {value}"
                    out.append(Line(text, text, PARAGRAPH, 0, (), False, line.gap))
            i += 2
            changed = True
            continue
        out.append(line)
        i += 1
    if changed:
        for index, line in enumerate(out):
            line.index = index
    return out


def _side_by_side_lists(lines: list[Line], labels: int) -> bool:
    """Whether the row at ``labels`` heads attendance lists side by side ("Til stede |
    Forfall" over names): not a presence grid ("Medlemmer | Møtt | Forfall | Møtande vara"
    over "Kari Holm | X | | "), whose rows mark each member in the columns after the name."""
    return _attendance_labels(lines[labels].cells) and not _marks_below(lines, labels)


def _marks_below(lines: list[Line], labels: int) -> bool:
    """Whether a row of the table under ``labels`` holds a lone mark ("X", "☒", "✓")
    after its first cell."""
    for line in lines[labels + 1:labels + 6]:
        if not line.is_table:
            return False
        if any(cell.strip().casefold() in _GRID_MARKS for cell in line.cells[1:]):
            return True
    return False


# The marks a presence grid's cells are ticked with ("sett kryss"): a cross, a box, a check.
_GRID_MARKS = frozenset(("x", "☒", "☑", "✓", "✔", "√", "✗", "✘", "×", "✖", "✅"))


def _attendance_labels(cells: tuple[str, ...]) -> bool:
    """Whether every cell of a labels row names an attendance list ("Til stede:",
    "Forfall:"): lists side by side, their names in the rows below. A copy list may stand
    beside them ("Til stede | Forfall | Kopi til", as project groups' Word forms have it):
    its names get its label, so they are read as no one who came."""
    attendance = False
    for cell in cells:
        label = match_label(cell.rstrip(":") + ":")
        if label is None or (label.field not in ATTENDANCE_FIELDS and
                             label.field is not Field.COPY):
            return False
        attendance = attendance or label.field in ATTENDANCE_FIELDS
    return attendance


def _attendance_columns(lines: list[Line], start: int) -> tuple[int, list[list[str]]]:
    """The names under side-by-side attendance labels at ``start``, column by column,
    and where they end. A lone name after the rows (the longest list going on alone) is
    the first column's."""
    columns: list[list[str]] = [[] for _ in lines[start].cells]
    i = start + 1
    while i < len(lines) and lines[i].is_table and \
            len(lines[i].cells) <= len(columns) and not _all_bare_labels(lines[i].cells):
        for column, cell in zip(columns, lines[i].cells, strict=False):
            if cell:
                column.extend(_names_in_cell(cell))
        i += 1
    while i < len(lines) and not lines[i].is_table and not lines[i].gap and \
            match_label(lines[i].text) is None and \
            looks_like_name(lines[i].body.split(",")[0].split("(")[0].strip()):
        columns[0].append(lines[i].body)
        i += 1
    return i, columns


def _name_lines_kept(cells: tuple[str, ...]) -> tuple[str, ...] | None:
    """The cells of a row under side-by-side attendance labels with their lines kept
    apart, when every line of every cell opens with a name; else None.

    A Word or web table often puts each whole list in one cell under "Til stede |
    Forfall", one person a line ("Kari Holm, Nordby kommune" / "Ola Dahl, Åsen
    kommune"); cleaned into one line, the second name would become the first one's
    organisation. A cell whose lines do not all open with a name ("Kari Holm" /
    "Nordby kommune") is one entry, and the row is cleaned as any other."""
    kept = []
    for cell in cells:
        parts = [clean(part) for part in cell.split("\n")]
        parts = [part for part in parts if part]
        if not all(looks_like_name(part.split(",")[0].split("(")[0].strip()) for part in parts):
            return None
        kept.append("\n".join(parts))
    return tuple(kept)


def _place_row_names_kept(cells: tuple[str, ...], raw: tuple[str, ...],
                          lines: list[Line]) -> tuple[str, ...] | None:
    """The cleaned ``cells`` of a row under "Kommune | Til stades | Forfall" with the
    lines of its attendance cells kept apart ("Astrid Fjeld⏎Rune Lie": two who came for
    the municipality), when each line of such a cell is a name; None for any other row.
    Cleaned into one line, the two would read as one long name."""
    heads = _place_attendance_heads(lines)
    if heads is None or len(raw) > len(heads):
        return None
    kept = list(cells)
    for i, cell in enumerate(raw):
        if "\n" not in cell or not heads[i]:
            continue
        parts = [part for part in map(clean, cell.split("\n")) if part]
        if not all(looks_like_name(part.split(",")[0].split("(")[0].strip()) for part in parts):
            return None
        kept[i] = "\n".join(parts)
    return tuple(kept)


def _place_attendance_heads(lines: list[Line]) -> list[bool] | None:
    """Which columns sort names by attendance, when the rows at the end of ``lines`` stand
    under a heading of one place column beside attendance labels ("Kommune | Til stades |
    Forfall", each row a municipality) or beside a name column ("Kommune | Navn", the
    municipality's people a line each); None otherwise. (Asked only of rows with a line
    break in a cell: the walk up the table is rare.)"""
    for line in reversed(lines[-_TABLE_ROWS_UP:]):
        if not line.is_table:
            return None
        heads = []
        for cell in line.cells:
            key = cell.strip().casefold().rstrip(":")
            label = match_label(f"{key}:") if key else None
            heads.append((label is not None and label.field in ATTENDANCE_FIELDS) or
                         ATTENDANCE_COLUMN_WORDS.get(key) == "name")
        if any(heads) and sum(ATTENDANCE_COLUMN_WORDS.get(
                cell.strip().casefold().rstrip(":")) == "org" for cell in line.cells) == 1:
            return heads
    return None


_TABLE_ROWS_UP = 40  # how far up a table's heading row is looked for


def _names_in_cell(cell: str) -> list[str]:
    """The people one cell under an attendance label holds: one a line when the row kept
    its lines apart (``_name_lines_kept``)."""
    return cell.split("\n") if "\n" in cell else [cell]


def _first_header_table(lines: list[Line]) -> int | None:
    """Where ``_header_tables`` has its first row of labels over a row of values, if
    anywhere: only two table rows in a row can be one, so the other lines cost one test
    each here instead of a pass that copies every line."""
    # (the rows found in C: most lines are none)
    tables = list(itertools.compress(itertools.count(), map(_IS_TABLE, lines)))
    for n, after in itertools.pairwise(tables):
        if after == n + 1 and _labels_over_values(lines[n], lines[after]) and \
                (_side_by_side_lists(lines, n) or _one_row_of_values(lines, after)) and \
                not _titles_under_signatures(lines, n):
            return n
    return None


#: "Ola Dahl (sign.)", "Per Moe (s.)": the mark after a signing name.
SIGNED_MARK = lazy_regex(r"\s*\((?:sign|s)\.?\)\s*$")


def _titles_under_signatures(lines: list[Line], labels: int) -> bool:
    """Whether the row of titles at ``labels`` ("møteleder | referent") stands right
    under a row of as many signed names ("Kari Holm (sign.) | Jonas Lie (sign.)"): the
    titles of those who signed above, not labels over the next row of signatures (the
    two who were to sign the minutes, after a blank: "Per Moe (sign.) | Anne Lie
    (sign.)"), which would give them the chair's and the writer's seats."""
    row = lines[labels]
    above = lines[labels - 1] if labels > 0 else None
    if above is None or row.gap or not above.is_table or len(above.cells) != len(row.cells):
        return False
    return all(looks_like_name(SIGNED_MARK.sub("", cell).strip(" ,"))
               for cell in above.cells if cell)


def _one_row_of_values(lines: list[Line], values: int) -> bool:
    """Whether the values row at ``values`` is the only one under its labels, as in a
    header form: more rows of values under "Dato | Tid | Sted" make a table of many
    entries (a meeting plan), each row its own, not the labels of one meeting."""
    below = lines[values + 1] if values + 1 < len(lines) else None
    if below is None or not below.is_table:
        return True
    filled = [c for c in below.cells if c]
    if filled and all(is_task_column_heading(c) for c in lines[values - 1].cells if c) and \
            match_label(filled[0] + ":") is None:
        # "Sende brev | Sekretariatet | Straks" under "Hva | Hvem | Når" and a first
        # task: a follow-up table's next task, though a label word stands in it
        return False
    return any(c.endswith(":") or match_label(c + ":") for c in filled)


def _spaced_name(cells: tuple[str, ...]) -> bool:
    """Whether padded "columns" are a first name and one capitalised word ("Per   Dahl"):
    a name copied from a web page with odd spacing, which no seat table splits so."""
    return len(cells) == 2 and " " not in cells[1] and cells[1][:1].isupper() and \
        cells[1][1:].islower() and is_first_name(cells[0])


def _labels_over_values(line: Line, after: Line) -> bool:
    """A table row of bare labels over a row of as many values or fewer, none a label,
    and not a follow-up table's heading over its one task (``_task_heading``)."""
    return len(after.cells) <= len(line.cells) and _all_bare_labels(line.cells) and \
        not any(match_label(c.rstrip(":") + ":") and not _body_under_body_label(line.cells, n)
                for n, c in enumerate(after.cells) if c) and \
        not _task_heading(line.cells)


def _body_under_body_label(labels: tuple[str, ...], column: int) -> bool:
    """Whether a value row's cell stands under a body's label ("Utvalg | Møtedato |
    Møtested" over "Styret | 09.03.2027 | …"): a case system's head names the body that
    met there, and a body's own name ("Styret", "Representantskapet") is a label word
    elsewhere ("Styret: Kari Holm, …"), not here."""
    if column >= len(labels):
        return False
    label = match_label(labels[column].rstrip(":") + ":")
    return label is not None and label.field is Field.BODY


def _task_heading(cells: tuple[str, ...]) -> bool:
    """Whether a row of labels is all a follow-up table's column headings, what is to be
    done among them ("Hva | Hvem | Når"): its one row is a task, read as the table's
    other rows are, not a header's "Hva: …" / "Hvem: …" lines (a header's row names
    where too: "Hva | Når | Hvor")."""
    filled = [c for c in cells if c]
    return all(map(is_task_column_heading, filled)) and \
        any(c.strip(":?* ").casefold() in TASK_WHAT_COLUMN_WORDS for c in filled)


def _all_bare_labels(cells: tuple[str, ...]) -> bool:
    """Whether every filled cell of a row is a header label with no value."""
    # (a meeting number's head starts with an "m" or "M", asked first: most cells don't)
    filled = [c for c in cells if c and (c[0] not in "mM" or
                                         c.rstrip(": ").casefold() not in MEETING_NUMBER_HEADS)]
    if len(filled) < 2:
        return False
    for cell in filled:
        label = match_label(cell.rstrip(":") + ":")
        if label is None or label.value:
            return False
    return True


# The heading of a header table's column of the meeting's number in the year ("Møte nr. |
# Dato | Tid | Sted" over "4/2026 | 28.05.2026 | …"): no field of the record, passed over.
MEETING_NUMBER_HEADS = frozenset({"møte nr.", "møte nr", "møtenr.", "møtenr", "møtenummer",
                                  "møte nummer"})


_NO_ROWS: frozenset[int] = frozenset()


def _narrow_rows(blocks: list[Block]) -> set[int]:
    """Blocks that are rows of a table padded by only two spaces: short one-line
    paragraphs with such a gap, next to another one. A single line with two spaces is
    more often a typing slip than a table."""
    # (the double space first: most blocks are paragraphs, few hold one)
    gapped = {n for n, block in enumerate(blocks)
              if "  " in block.text and block.kind is PARAGRAPH and len(block.text) < 100
              and "\n" not in block.text and _NARROW_GAP.search(block.text.strip())}
    return {n for n in gapped if n - 1 in gapped or n + 1 in gapped}


# Labels a header table may hold in its first column. "Leder" is left out: in a seat
# table under "Forfall" it names a seat, not who chaired the meeting.
_TABLE_LABEL_FIELDS = {Field.TIME, Field.DATE, Field.TIME_PLACE, Field.PLACE, Field.BODY,
                       Field.END,  # "Start | 19.00" over "Slutt | 21.00"
                       Field.ORGANIZATION,
                       Field.SECRETARY, Field.SECRETARIAT, Field.PRESENT, Field.ABSENT,
                       Field.GUESTS}
# The labels of when and where, which never give one another as a value.
_WHEN_WHERE_FIELDS = frozenset({Field.TIME, Field.DATE, Field.TIME_PLACE, Field.PLACE,
                                Field.END})
_TABLE_CHAIR_LABELS = {"møteleder", "møteleiar", "møteledar", "ordstyrer", "ordstyrar"}
# Deputies who came, by the plural or shortened words a seat table never uses for one
# seat ("Vara | Per Lie" under "Forfall" names whose deputy he is).
_TABLE_DEPUTY_LABELS = {"vararepr.", "vararepr", "vararepresentanter", "varamedlemmer",
                        "varamedlemer", "møtende vara", "møtande vara", "møtende varamedlemmer",
                        "møtande varamedlemmer", "møtande varamedlemer",
                        # a case system's head ("Varamedlemmer som møtte | X for Y⏎Z for W")
                        "varamedlemmer som møtte", "varamedlemer som møtte"}


def _in_attendance_table(blocks: list[Block], number: int) -> bool:
    """Whether a table row stands in a table headed by attendance columns ("Funksjon |
    Navn | Forfall | Møtt for", as case systems print the members called in): its
    "Ordfører | Kjell Tangen | |" is a seat and its holder under their columns, no header
    label and its value, though the seat's word is a label ("Ordfører:") elsewhere. The
    table is the rows of the same width above it; its first row is the heading."""
    width = len(blocks[number].cells)
    first = number
    while first > 0 and blocks[first - 1].kind is TABLE_ROW and \
            len(blocks[first - 1].cells) == width:
        first -= 1
    if first == number:
        return False
    meanings = [ATTENDANCE_COLUMN_WORDS.get(cell.strip().casefold().rstrip(":"))
                for cell in blocks[first].cells]
    return "name" in meanings and len(meanings) - meanings.count(None) >= 2


def _label_row(cells: tuple[str, ...], below: tuple[str, ...] = ()) -> str | None:
    """"Label: value" for a two-cell table row whose first cell is a header label.

    ``below`` is the cells of the table row under it, if any."""
    filled = [c for c in cells if c]
    if len(filled) != 2 or len(filled[0]) > 40:
        return None
    # (the label first: most rows' first cell is a name or a case, no label, and the
    # row leaves after one cached look-up instead of two column-word tests before it)
    label = match_label(filled[0].rstrip(":; ") + ":")
    if label is None or label.value or not (
            label.field in _TABLE_LABEL_FIELDS or label.label in _TABLE_CHAIR_LABELS or
            label.label in _TABLE_DEPUTY_LABELS):
        return None
    if is_task_column_heading(filled[0]) and is_task_column_heading(filled[1]):
        return None  # "Hvem | Når", "Hva | Ansvar og frist": a follow-up table's
        # headings, not "Hvem: Når"
    if label.field in _WHEN_WHERE_FIELDS and filled[1][-1:] not in "0123456789" and \
            (other := match_label(filled[1].rstrip(":; ") + ":")) is not None and \
            not other.value and other.field in _WHEN_WHERE_FIELDS:
        return None  # "Dato og tid | Sted" over "12. juni 2025 kl. 12 | Rådhuset": two
        # labels over the row of their values (``_header_tables``), not "Dato og tid: Sted"
    if label.field in _WHEN_WHERE_FIELDS and len(cells) == len(below) and \
            _times_under(filled[1], below[0]):
        return None  # "Tid | Hending" over "kl. 05.10 | Raudt farevarsel": a log's or a
        # programme's column names over its times, not the meeting's time "Tid: Hending"
    if label.field in ATTENDANCE_FIELDS and (other := match_label(filled[1].rstrip(":; ") + ":")) \
            and not other.value and other.field in ATTENDANCE_FIELDS:
        return None  # "Til stede | Forfall": two lists' labels side by side, not a value
    if label.field in ATTENDANCE_FIELDS and len(cells) == len(below) and \
            filled[1].rstrip(":; ").casefold() in ATTENDANCE_COLUMN_WORDS:
        return None  # "Frå administrasjonen | Stilling", "Forfall | Parti": a case system's
        # table heading, the list's label over the names and a column's word, as wide as
        # the rows under it (not the label and its value)
    return f"{filled[0].rstrip(':; ')}: {filled[1]}"


def _times_under(value: str, under: str) -> bool:
    """Whether a when-label's cell heads a column of times: the cell beside it holds no
    digit (a column's name, "Hending", "Aktivitet", no time or date), and the first cell
    of the row under it starts with one ("10.00", "kl. 05.10", "12.03")."""
    under = under.lstrip()
    return (under[:1].isdecimal() or under[:3].casefold() == "kl.") and \
        not any(char.isdecimal() for char in value)


def _label_pairs(cells: tuple[str, ...]) -> list[str] | None:
    """"Label: value" lines for a header grid row of two or three label and value pairs
    ("Arkivsak: | 25/123 | Sekretær: | Lise Berg"), or None. Each label cell ends in a
    colon, as the grid's labels do (an attendance table's "Navn | Rolle" cells do not),
    and one at least is a header label; read as one row, a label in the third cell would
    be lost."""
    filled = [c for c in cells if c]
    if len(filled) not in (4, 6):
        return None
    pairs = list(zip(filled[0::2], filled[1::2], strict=True))
    if not all(label.endswith(":") and len(label) <= 40 and not value.endswith(":")
               for label, value in pairs):
        return None
    read = [_label_row(pair) for pair in pairs]
    if not any(read):
        return None
    return [known or f"{label.rstrip(':; ')}: {value}"
            for known, (label, value) in zip(read, pairs, strict=True)]


# A form's check box before an entry on a line of several ("Møtt: ☒ Kari Holm ☐ Per
# Dahl ☒ Lise Berg"): the box, a space and the entry's first letter.
_FORM_BOX = lazy_regex(r"[\u2610-\u2612]\s+(?=\w)")
_FORM_BOXES = frozenset("\u2610\u2611\u2612")


def _chat_post_heads(parts: list[str]) -> list[str] | None:
    """The lines of a paragraph with each head of a chat post, as Teams writes it over a
    message copied or exported ("[10.03.2025 14:32] Siri Moen"), read as the head of a
    mail: "Fra: Siri Moen" / "Sendt: 10.03.2025 14:32". Minutes posted in a channel are
    then read as minutes sent by mail: the post's day dates them (its time is no
    meeting's), and the posts after them (replies: "Takk for referatet!") are later
    messages of the thread, no text of the last item. A head with its time alone ("[14:32]
    Kari Holm", a post of the day it was copied) is read the same, without a day. None
    when no line is such a head."""
    out: list[str] = []
    found = False
    for raw in parts:
        head = _CHAT_POST_HEAD.fullmatch(raw.strip()) if raw[:1] == "[" else None
        if head is None:
            out.append(raw)
        else:
            if head["day"]:
                out.extend((f"Fra: {head['name']}", f"Sendt: {head['day']} {head['time']}"))
            else:  # (a post of the day the thread was copied: its time alone)
                out.extend((f"Fra: {head['person']}", f"Sendt: {head['clock']}"))
            found = True
    return out if found else None


# A chat post's head: "[10.03.2025 14:32] Siri Moen", "[10.03.25, 09:05] Kari Holm"; or,
# as Teams copies a post of the same day, only its time: "[14:32] Kari Holm" – then with
# the colon and a person's name of two to four capitalised words ("[09.00] Registrering og
# kaffe" is a programme's line, no post).
_CHAT_POST_HEAD = lazy_regex(r"\[(?:(?P<day>\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2}))[ ,]+"
                             r"(?P<time>\d{1,2}[:.]\d{2})\]\s+(?P<name>[^\W\d][^\[\]]{1,60})|"
                             r"(?P<clock>\d{1,2}:\d{2})\]\s+"
                             r"(?P<person>[A-ZÆØÅ][\w'-]+(?:\s+[A-ZÆØÅ][\w'-]+){1,3}))")


def _boxed_entries(raw: str) -> list[str]:
    """A line of entries each behind a check box, as a form lays them side by side
    ("Møtt: ☒ Kari Holm ☐ Per Dahl ☒ Lise Berg"), as its label and one line per box
    ("Møtt:", "☒ Kari Holm", "☐ Per Dahl", …): read as a list ticked line by line, the
    box left empty marks the one who did not come. Any other line is kept whole (a box
    inside a sentence, a line of one box, or boxes before single words: choices)."""
    starts = [found.start() for found in _FORM_BOX.finditer(raw)]
    if len(starts) < 2:
        return [raw]
    head = raw[:starts[0]].strip()
    if head and not head.rstrip("*_").endswith(":"):  # (a label in bold: "**Møtt:**")
        return [raw]
    entries = [raw[a:b].strip() for a, b in itertools.pairwise([*starts, len(raw)])]
    if any(" " not in entry[1:].strip() for entry in entries):
        return [raw]  # "Svar: ☐ Ja ☐ Nei": a form's choices, not people
    return [head, *entries] if head else entries


def _boxed_entry_cells(cells: tuple[str, ...]) -> list[str] | None:
    """A table row laid out as a form's line of boxed entries ("Møtt: | ☒ Kari Holm |
    ☐ Per Dahl"): its label and one line per entry, as ``_boxed_entries`` reads the
    line; None for a row whose cells are not all boxed entries beside at most a label
    opening it (a presence column's box stands alone in its cell)."""
    filled = [cell.strip() for cell in cells if cell.strip()]
    label = filled[0] if filled and filled[0].endswith(":") else ""
    entries = filled[1:] if label else filled
    if len(entries) < 2 or not all(_FORM_BOX.match(entry) and "\n" not in entry
                                   for entry in entries):
        return None
    return [label, *entries] if label else entries


def _people_cell_lines(cells: tuple[str, ...]) -> list[str] | None:
    """The lines of a two-cell row "Til stede | Kari Nordmann, leder⏎Per Hansen" as a
    paragraph with soft breaks gives them ("Til stede: Kari Nordmann, leder", "Per
    Hansen"), or None for any other row. Each line of such a cell is a person with the
    role beside them; joined into one line, the role would go to the next person and two
    names would run into one. A list split over two cells beside the label ("Til stede |
    Kari Holm⏎Per Dahl | Eli Sund⏎Siri Lie") reads column by column, as it is written."""
    filled = [c for c in cells if c.strip()]
    if len(filled) < 2 or "\n" in filled[0].strip() or \
            not any("\n" in cell for cell in filled[1:]):
        return None
    label_cell = clean(filled[0])
    label = match_label(label_cell.rstrip(":; ") + ":")
    if label is None or label.field not in ATTENDANCE_FIELDS or \
            _label_row((label_cell, clean(filled[1]))) is None:
        return None
    if len(filled) > 2 and not all(_opens_with_name(cell) for cell in filled[1:]):
        # "Til stede | Kari Holm⏎Per Dahl | Nordby⏎Sørby": a column each, line by line
        paired = _paired_lines(filled[1:]) if len(filled) == 3 else None
        return [f"{label_cell.rstrip(':; ')}: {paired[0]}", *paired[1:]] if paired else None
    first, *others = [line for cell in filled[1:] for line in cell.split("\n") if line.strip()]
    return [f"{label_cell.rstrip(':; ')}: {first}", *others]


# A side's group label alone in a cell: "Fra Fiskarlaget Nord:", "Frå Vestland fylkeskommune:".
_SIDE_LABEL_CELL = lazy_regex(r"(?:Fra|Frå)\s+[A-ZÆØÅ][^:\n]{1,48}:")


def _side_cell_lines(cells: tuple[str, ...]) -> list[str] | None:
    """A two-cell row of a meeting's head that gives one side's people under its label,
    one a line ("Fra Fiskarlaget Nord: | Hans Lie (leder)⏎Eva Moe (styremedlem)"), as the
    one line "Fra Fiskarlaget Nord: Hans Lie (leder), Eva Moe (styremedlem)" writes it
    (semicolons between them when a line has a comma of its own: "Kari Holm, rådgiver");
    None for any other row. Cleaned into one line, the names would run into each other."""
    if len(cells) != 2 or "\n" not in cells[1] or cells[0][:2] != "Fr":
        return None
    label = clean(cells[0])
    if _SIDE_LABEL_CELL.fullmatch(label) is None:
        return None
    parts = [clean(part) for part in cells[1].split("\n") if part.strip()]
    if not all(looks_like_name(part.split(",")[0].split("(")[0].strip()) for part in parts):
        return None
    return [f"{label} " + ("; " if any("," in part for part in parts) else ", ").join(parts)]


def _people_cards(cells: tuple[str, ...]) -> list[str] | None:
    """A row of people set side by side, each cell a card of a name on its first line
    and the role or whom the person represents under it ("Hilde Brekke⏎leder | Stian
    Aune⏎kasserer"), as the list lines "Hilde Brekke, leder", "Stian Aune, kasserer";
    else None. Joined into one line a cell reads as one long name and is lost."""
    filled = [c for c in cells if c.strip()]
    if len(filled) < 2:
        return None
    cards = []
    for cell in filled:
        lines = [clean(line) for line in cell.split("\n") if line.strip()]
        if not 2 <= len(lines) <= _CARD_LINES or "," in lines[0] or \
                not looks_like_name(lines[0]) or \
                any(len(line) > _CARD_LINE or line[-1:] in ".:" for line in lines[1:]):
            return None
        cards.append(", ".join(lines))
    return cards


def _card_cell(cell: str) -> str | None:
    """One cell that is a person's card, a name on its first line and whom the person
    represents, or the role and whom, under it ("Kari Holm⏎Solvik kommune", "Kari
    Holm⏎leder, Solvik kommune"), as a list line writes it ("Kari Holm, Solvik kommune");
    None for any other cell. A row's other cells (the role, a remark) stay beside it.
    Cleaned into one line with a space, the organisation would run on from the name and
    the person be lost. A cell of names, one a line, is no card (``_names_on_lines`` reads
    it), nor is one whose later lines are sentences or labels."""
    lines = [clean(line) for line in cell.split("\n") if line.strip()]
    if not 2 <= len(lines) <= _CARD_LINES or "," in lines[0] or "(" in lines[0] or \
            not looks_like_name(lines[0]) or _name_goes_on(lines[0], lines[1]):
        return None
    for line in lines[1:]:
        if len(line) > _CARD_LINE or line[-1:] in ".:" or \
                looks_like_name(line.split(",", 1)[0].split("(", 1)[0].strip()):
            return None
    card = lines[0]
    for line in lines[1:]:  # (a note in brackets goes on with its line: "(frå sak 3)")
        card = f"{card} {line}" if line[:1] == "(" else f"{card.rstrip(' ,')}, {line}"
    return card


def _name_goes_on(first: str, line: str) -> bool:
    """Whether a cell's second line is the rest of the name on its first: capitalised
    words alone under a line that ends on a first name ("Per Olav" over "Haugen", a
    narrow column or a PDF's lines of one cell), no organisation under a whole name
    ("Kari Holm" over "Innlandet")."""
    words = line.split()
    return len(words) <= 2 and all(word[:1].isupper() for word in words) and \
        is_first_name(first.split()[-1])


def double_first_name_wrapped(before: str, text: str) -> bool:
    """A line that is only a double first name ("Anne Marit") over a line or a table row
    opened by one word that is no first name, alone or before whom the person represents
    ("Strand, Lunner", "Strand (Sp)", "Strand⇥Lunner kommune"): the surname a narrow cell
    or column wrapped, one person ("Anne Marit Strand, Lunner"), as a cell of the name
    over its organisation is one (``_card_cell``); no one is listed by a double first
    name alone."""
    words = before.split()
    if len(words) != 2 or not is_first_name(words[0]) or not is_first_name(words[1]):
        return False
    head = re.split(r"[,(\t]", text, maxsplit=1)[0].split()
    return len(head) == 1 and head[0][:1].isupper() and head[0].isalpha() and \
        not is_first_name(head[0])


def _card_over_row(name: str, cells: tuple[str, ...]) -> bool:
    """Whether a line between a table's rows is the first line of the next row's name cell,
    a person's name over whom she represents ("Anne Marit Strand" over "Lunner⇥Medlem"):
    the line is a name with a first name first, the row's first cell a short capitalised
    word or two that is no name and no column heading, as a card cell reads
    (``_card_cell``)."""
    first = cells[0]
    if len(cells) < 2 or not first[:1].isupper() or len(first) > 30 or \
            len(first.split()) > 2 or "," in first or any(c.isdigit() for c in first) or \
            first.casefold() in ATTENDANCE_COLUMN_WORDS or looks_like_name(first):
        return False
    return "," not in name and is_first_name(name.split()[0]) and looks_like_name(name)


# A person's card in a cell: the name, a role, whom they represent and a note at most,
# each a short line (no sentence, no label).
_CARD_LINES = 4
_CARD_LINE = 60


def _paired_lines(cells: list[str]) -> list[str] | None:
    """Names in one cell and whom they represent in the next, a line each ("Kari
    Holm⏎Per Dahl | Nordby kommune⏎Sørby kommune"): "Kari Holm, Nordby kommune", … ."""
    names, others = ([line.strip() for line in cell.split("\n") if line.strip()]
                     for cell in cells)
    if len(names) < 2 or len(names) != len(others) or \
            not all(looks_like_name(clean(name)) for name in names):
        return None
    return [f"{name}, {other}" for name, other in zip(names, others, strict=True)]


def _opens_with_name(cell: str) -> bool:
    """Whether a cell's first line starts with a person's name ("Kari Holm, Nordby")."""
    first = cell.strip().split("\n", 1)[0]
    return looks_like_name(clean(first.split(",", 1)[0].split("(", 1)[0]))


def _box_lines(blocks: list[Block], number: int) -> list[str] | None:
    """The lines of a table row that is a box drawn round text, or None.

    Secretaries frame a vedtak, a conclusion or a list of names in a table of one cell
    ("Vedtak:" / "Innkallingen godkjennes.", "Forfall:" / "Ole Bakken" / "Liv Dahl").
    Such a row is no data: its paragraphs are lines of the page, as a text copy shows
    them; joined into one line, names would run together and a label would hide in the
    sentence. A row of one cell between rows of several (a merged row of an item table)
    stays with its table."""
    block = blocks[number]
    filled = [cell for cell in block.cells if cell.strip()]
    if len(filled) != 1 or "\n" not in filled[0]:
        return None
    before = blocks[number - 1] if number else None
    after = blocks[number + 1] if number + 1 < len(blocks) else None
    if (not block.gap and before is not None and _columns(before) > 1) or \
            (after is not None and not after.gap and _columns(after) > 1):
        return None
    return filled[0].split("\n")


def _laid_out_lines(blocks: list[Block], number: int) -> list[str] | None:
    """The lines of a table of one row that lays out a letterhead in columns, cell by
    cell, or None.

    A template puts the club and the body on the left and "MØTEREFERAT" with "Dato:",
    "Tid:" and "Sted:" under it on the right, each a paragraph of its cell. A data table
    has rows; a row alone whose cells hold lines, one of them a "Label: value" line, is
    the page's head set side by side, and reads as a text copy gives it: each column's
    lines in turn. (A row of signatures, "Kari Holm⏎leder", has no label line.)"""
    block = blocks[number]
    after = blocks[number + 1] if number + 1 < len(blocks) else None
    if not block.gap or (after is not None and not after.gap and after.kind is TABLE_ROW
                         and not _labels_row(after)):
        return None  # (a row of labels under it, "Referent: Kari" | "Møteleder: Ola", is
        # the same head's foot, no data table's next row)
    lines = [line for cell in block.cells for line in cell.split("\n") if line.strip()]
    if len(lines) < 3 or not any(_LABEL_CELL.match(line) for line in lines):
        return None
    return lines


def _labels_row(block: Block) -> bool:
    """Whether every filled cell of a one-line table row is a "Label: value" ("Referent:
    Kari Holm" | "Møteleder: Ola Berg"): the head's last fields, not a data row."""
    filled = [cell for cell in block.cells if cell.strip()]
    return bool(filled) and "\n" not in block.text and \
        all(_LABEL_CELL.match(cell.strip()) for cell in filled)


def _columns(block: Block) -> int:
    """How many filled cells a table row has (0 for other blocks)."""
    return len(block.cells) - block.cells.count("") if block.kind is TABLE_ROW else 0


# The word or letters before a case's number in a table cell: "Sak 3", the case's kind or
# series ("PS 12/24", "RS 3/24", "O-sak 3/24", "Orienteringssak 2/24", "Styresak 12/2024").
CASE_CELL_PREFIX = (r"(?:sak|(?-i:[A-ZÆØÅ]{2,4})|[a-zæøå]{1,4}-sak|[a-zæøå]{3,20}sak)"
                    r"(?:\s*nr\.?)?\s*")
# A case's number in a table cell, after ``CASE_CELL_PREFIX``: "3", "12a", "10/24",
# "12/2024" (items', minutes' decision logs').
CASE_CELL_NUMBER = r"\d{1,3}[a-z]?|\d{1,4}\s*/\s*\d{2,4}"
# … and an item's, which may be a site meeting's point by the meeting's number and its
# own: "14.2", "12.14" (a point carried over from meeting 12). The clock-time rule, here
# only: a second digit after the point (group ``clock``) is how a programme writes its
# time too ("13.30", ``_CLOCK_CELL``), so only a column headed as the items' numbers
# (``items._ROW_NUMBER``) reads it as a point; a row with no heading over it does not.
ITEM_CELL_NUMBER = CASE_CELL_NUMBER + r"|\d{1,3}\.\d(?P<clock>\d)?"
# The number cell of an item table's row: "3", "3.", "Sak 3", "10/24", "PS 10/24", "14.2".
_ITEM_NUMBER_CELL = lazy_regex(r"(?:" + CASE_CELL_PREFIX + r")?(?:" + ITEM_CELL_NUMBER + r")\.?",
                               re.I)


# A programme table's time cell: "13:30", "09.15", "10.00–11.30".
_CLOCK_CELL = lazy_regex(r"\d{1,2}[:.]\d{2}(?:\s*[-–]\s*\d{1,2}[:.]\d{2})?")


def _item_row_cells(cells: tuple[str, ...],
                    runs: tuple[str, ...] = ()) -> list[tuple[str, ...]] | None:
    """An item table's row whose title cell holds several paragraphs ("10/24" |
    "Orienteringer" / "Status ble gjennomgått." / "Konklusjon: Tatt til orientering.") as
    the row with the title line alone, then a one-cell row for each line under it, or
    None for any other row. Joined into one, the item's text and its decision would be
    read as its title. A title a line break wrapped ("Godkjenning av" / "referat") stays
    whole: text under a title starts anew and holds a full stop or a label's colon,
    unless the first paragraph alone is set in bold (``runs``, the row's bold text): a
    bold title over plain text is the title whatever the text ("**Friluftsskolen**" /
    "påmeldingen åpner 1. mars")."""
    number = cells[0].strip() if len(cells) >= 3 or (len(cells) == 2 and "\n" in cells[1]) \
        else ""
    head, tail = number[:1], number[-1:]  # (a cell of words, most rows: no pattern call)
    if not (head.isdecimal() or head in ("S", "s") or
            (head.isalpha() and (tail.isdecimal() or tail == "."))) or \
            (cell := _ITEM_NUMBER_CELL.fullmatch(number)) is None or cell["clock"]:
        if head.isdecimal() and "\n" not in cells[1] and _CLOCK_CELL.fullmatch(number):
            # a programme's slot ("13:30 | Status | Kjell | - Byggesak er forsinket." /
            # "- Piloten evalueres."): its text cell's paragraphs as a numbered row's
            return _text_cell_rows(cells)
        return None
    if "\n" not in cells[1]:
        return _text_cell_rows(cells)
    title, *rest = [line for line in map(clean, cells[1].split("\n")) if line] or [""]
    if not rest:
        return None
    rest = _owners_joined(rest)
    if not _bold_over_plain(title, rest[0], runs) and (not _opens_anew(rest[0]) or not any(
            line.endswith((".", "!", "?", ":")) or ": " in line for line in rest)) and \
            not _lists_cases(rest):
        return None
    return [(clean(number), title, *map(clean, cells[2:])), *((line,) for line in rest)]


def _owners_joined(paragraphs: list[str]) -> list[str]:
    """A cell's paragraphs with one that ends on an owner's label ("… til neste møte,
    ansvar:") joined to the one under it ("Tone Vik"): the owner a cell's narrow column
    or an Enter put on the next line is the label's value, as ``merge_wrapped`` joins
    such lines of running text."""
    out: list[str] = []
    for line in paragraphs:
        if out and out[-1][-1:] == ":" and _owner_label_at_end(out[-1]):
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return out


def _lists_cases(lines: list[str]) -> bool:
    """Whether the lines under a title cell's first line each name a case ("Referatsaker"
    / "RS 2/26 Brev fra …" / "RS 3/26 Protokoll fra …"): the papers the item lists, its
    text, no words of a wrapped title."""
    return all(_LISTED_CASE.match(line) for line in lines)


# A line that names a case by its number: "RS 2/26 Brev fra …", "DS 4/26 …", "Sak 3/26 …".
_LISTED_CASE = lazy_regex(r"(?:" + CASE_CELL_PREFIX + r")\d{1,4}\s*/\s*\d{2,4}\s", re.I)


def _bold_over_plain(title: str, under: str, runs: tuple[str, ...]) -> bool:
    """Whether a cell's first paragraph is bold as a whole and the one under it is not:
    one of the row's bold texts (``Block.runs``) is the title, none is the next line."""
    if not runs:
        return False
    bold = {clean(run) for run in runs}
    return title in bold and under not in bold


def is_cell_bullet(paragraph: str) -> bool:
    """Whether a table cell's paragraph is a bulleted list's entry ("- Kurs for ledere 24.
    april", "• Ingen andre saker"), as a reader writes a Word list inside a cell: each
    entry a line of its own, though none ends in a full stop."""
    return paragraph[:2] in _CELL_BULLETS


_CELL_BULLETS = frozenset(("- ", "• ", "– ", "* ", "\u2022 ", "▪ ", "· "))


def _opens_anew(line: str) -> bool:
    """Whether a title cell's second paragraph starts text of its own, not the rest of a
    wrapped title: a capital or a digit, or a list's letter or bullet ("a) Høring",
    "b. Status", "- Brev fra fylket" under "Orienteringssaker")."""
    first = line[:1]
    return first.isupper() or first.isdecimal() or \
        (first.isalpha() and line[1:3] in (") ", ". ")) or line[:2] in ("- ", "• ", "– ")


def _text_cell_rows(cells: tuple[str, ...]) -> list[tuple[str, ...]] | None:
    """An item table's row whose text cell holds several paragraphs ("a) Brev fra fylket"
    / "b) Årsmelding" / "Tatt til orientering."): the row with the cell's first paragraph,
    then a one-cell row for each paragraph under it, so that a list and the decision under
    it stay lines of their own and are not run together into one sentence. The text cell
    is the longest one; its paragraphs must hold a sentence (a cell of names does not).
    Sentences in the cells to its right ("Oppfølging": "Marte lager utkast …") are read
    after the text cell's last paragraph, as a reader reads the row, not between its
    paragraphs; a short cell there ("Ansvar": "Daglig leder", "Frist": "01.04.2024")
    stays in the row, where its column names it. A cell of bullets only ("- Kurs 24.
    april" / "- Ingen andre saker") is split too: a Word list's entries are lines of their
    own, though none ends in a full stop."""
    where = max(range(2, len(cells)), key=lambda n: len(cells[n]))
    paragraphs = _owners_joined([line for line in map(clean, cells[where].split("\n"))
                                 if line])
    if len(paragraphs) < 2 or (
            not any(line.endswith((".", "!", "?", ":")) for line in paragraphs) and
            not all(is_cell_bullet(line) for line in paragraphs)):
        return None
    row = tuple(clean(c) if n != where else paragraphs[0] for n, c in enumerate(cells))
    right = [cell for cell in row[where + 1:] if cell]
    if right and all(len(cell.split()) >= 3 and cell.endswith((".", "!", "?"))
                     for cell in right):
        row = row[:where + 1] + ("",) * len(row[where + 1:])
    else:
        right = []
    return [row, *((line,) for line in paragraphs[1:]), *((cell,) for cell in right)]


# A page's number after a running header's words, set apart by spaces only (a PDF's text
# layer that lost the header's tab stop): "Regionrådet for Hadeland Side 2".
_SPACED_PAGE_NUMBER = lazy_regex(r"(?<=\S)\s+(?:side|page)\s+\d{1,3}$", re.I)
# … every such line of a text, its words before the number as the group.
_SPACED_PAGE_LINES = lazy_regex(r"^[ \t]*(?P<head>\S[^\n]{2,99}?)\s+(?:side|page)\s+"
                                r"(?P<page>\d{1,3})[ \t]*$", re.I | re.M)


def _before_page_number(text: str) -> str | None:
    """A line's words before a page's number that closes it with spaces only ("Regionrådet
    for Hadeland Side 2" → "Regionrådet for Hadeland"), or None: the part of a running
    header that repeats on every page (``_paged_heads``)."""
    if len(text) > 100 or ("ide " not in text and "IDE " not in text and
                           "age " not in text and "AGE " not in text):
        return None
    found = _SPACED_PAGE_NUMBER.search(text)
    return " ".join(text[:found.start()].split()) if found else None


def _paged_heads(whole: str) -> frozenset[str]:
    """The words a document's lines set before two or more page numbers ("… Side 2", "…
    Side 3"): a running header a PDF's text layer wrote in single spaces, left out as the
    one tabbed apart is. One line alone ending "side 4" is a sentence's reference to a
    page ("Se vedlegget side 4"), no header: it never comes back with another number."""
    pages: dict[str, set[str]] = {}
    for found in _SPACED_PAGE_LINES.finditer(whole):
        head = found.group("head")
        if not head.endswith((".", ":")):
            pages.setdefault(" ".join(head.split()), set()).add(found.group("page"))
    return frozenset(head for head, numbers in pages.items() if len(numbers) >= 2)


def _is_page_footer(text: str, cells: tuple[str, ...]) -> bool:
    """A running footer or header that ends in the page number: "Regionrådet Vestfjord –
    referat 12.03.2024      Side 1 av 2" (a padded second column, or run together).

    A label's value is no page number: "Sak: | 20/24" and "Arkivsak: | 24/112" in a case
    system's block over each case (but "Side: | 2/4" is one)."""
    if len(cells) > 2:
        # "Regionrådet for Hadeland ⇥ Referat 14.02.2025 ⇥ Side 2 av 3": a header with a
        # date in the middle column, closed by the page of the pages, as run together
        return len(text) < 120 and bool(_PAGE_FOOTER.search(text))
    if cells:
        return len(cells) == 2 and _may_be_page_line(cells[1]) and \
            bool(_PAGE_LINE.match(cells[1])) and not cells[1].isdecimal() and \
            (cells[0][-1:] != ":" or cells[0][:4].casefold() in _PAGE_LABEL_WORDS)
    return len(text) < 120 and bool(_PAGE_FOOTER.search(text))


def _footer_head(text: str, cells: tuple[str, ...]) -> str:
    """The words of a running footer that ends in its page's number (``_is_page_footer``)
    without that number: "Nordvik AS – Protokoll 5/2025 ⇥ Side 1 av 2" → "Nordvik AS –
    Protokoll 5/2025", as the same words stand over the next page as its header."""
    if len(cells) == 2:
        return cells[0].strip()
    return _PAGE_FOOTER.sub("", cells[0] if cells else text).strip()


_PAGE_LABEL_WORDS = frozenset(("side", "page", "s.:"))
# The page number before its word, as a Word footer field writes it: "2 | Side",
# "Faggruppe for folkehelse      2 | Side" (the bar sets "Side" apart as a cell: asked
# of table rows only).
_PAGE_WORD_LAST = frozenset(("Side", "side", "SIDE", "Page", "page", "PAGE"))
_PAGE_NUMBER_FIRST = lazy_regex(r"(?:^|\s)\d{1,3}\s*[|\t]\s*(?:side|page)$", re.I)
_PAGE_FOOTER = re.compile(r"\sside\s+\d+\s*(?:av|/)\s*\d+$", re.I)
# the page number first, set off from the running header by a dash, a bar or a tab:
# "Side 2 av 4 – Møtebok for Eldrerådet" ("Side 2 av vedlegget …" is a sentence)
_PAGE_HEADER = re.compile(r"side\s+\d+\s*(?:av|/)\s*\d+\s*(?:[-–—|\t]|\s{3})\s*\S", re.I)


def _has_case_column(blocks: list[Block]) -> bool:
    """Whether a block is only a case-number column's heading ("Sak nr.", "Saksnr"): a
    copy of a case table that put one cell a line, whose "1/10" lines are cases."""
    return any(len(block.text) < 9 and block.text.casefold().rstrip(".: ") in
               _CASE_COLUMN_HEADS for block in blocks)


def _lone_case_series(blocks: list[Block]) -> bool:
    """Whether the lines that read as pages "n/m" are case numbers on lines of their own
    ("12/24" over "Godkjenning av innkalling"): two or more share an m that is the year
    the document writes ("2024", "14.03.24"), and they are no run of pages 1 or 2 up to
    m ("2/3", "3/3"), the footers of a whole document."""
    by_year: dict[int, list[int]] = {}
    for block in blocks:
        text = block.text.strip()
        if len(text) <= 6 and "/" in text and (found := _LONE_PAGE_CASE.fullmatch(text)):
            by_year.setdefault(int(found["m"]), []).append(int(found["n"]))
    series = [(year, ns) for year, ns in by_year.items() if len(ns) >= 2]
    if not series:
        return False
    written = " ".join(block.text for block in blocks)
    years = {int(y) for y in _SHORT_YEAR.findall(written)}  # "Dato: 14.03.24"
    return any((f"20{year:02d}" in written or year in years) and
               not (min(ns) <= 2 and max(ns) == year) for year, ns in series)


_LONE_PAGE_CASE = lazy_regex(r"(?P<n>\d{1,2})\s*/\s*(?P<m>\d{2})")
_SHORT_YEAR = lazy_regex(r"\b\d{1,2}\.\s?\d{1,2}\.\s?(\d{2})\b")


def _lone_item_numbers(blocks: list[Block]) -> frozenset[int]:
    """The blocks "1", "2", "3" … that number items, not pages: a run of two or more
    counting up by one, each over a short title line (a capital, no stop), with less text
    between two of them than any page holds. A page number has a page of text after it,
    and the last page's number ends the document (a slide deck's too): no title under it."""
    lone = [n for n, block in enumerate(blocks)
            if len(block.text) <= 4 and block.text.strip().isdecimal()]
    if len(lone) < 2:
        return frozenset()
    values = [int(blocks[n].text) for n in lone]
    if any(b != a + 1 for a, b in itertools.pairwise(values)) or \
            not all(_short_title_block(blocks, n) for n in lone):
        return frozenset()
    between = (sum(len(block.text) for block in blocks[a + 1:b])
               for a, b in itertools.pairwise(lone))
    return frozenset(lone) if max(between) < _PAGE_TEXT else frozenset()


def _chart_figure(blocks: list[Block], value: int) -> bool:
    """Whether a lone three-digit number is a chart's figure, no page's number: a slide's
    chart, copied as text, sets each value on a line of its own ("540" / "410"), and no
    document has more pages than blocks. (A smaller figure stays a page's: left out, it
    costs a line of a chart's labels; kept, a run "2" / "4" / "6" of an axis would read
    as items.)"""
    return value > len(blocks)


def _in_figure_run(blocks: list[Block], number: int) -> bool:
    """Whether the lone small number of block ``number`` is a chart's value
    (``chart_value``), no page's number."""
    return chart_value(blocks[number - 1].text.strip() if number else "",
                       blocks[number + 1].text.strip() if number + 1 < len(blocks) else "")


def chart_value(before: str, after: str) -> bool:
    """Whether a lone small number between the lines ``before`` and ``after`` is a chart's
    value: next to another figure ("3" / "12", "2023" / "45 %": values copied from a
    slide one a line), or right under a count's caption ("Antall sentraler i fylket" /
    "5"). A page's number stands alone between two pages' text, and an item's number
    over its title, never next to another number nor under a caption."""
    if before.startswith(_COUNT_CAPTIONS) and len(before) <= 80 and \
            before[-1:] not in ".:!?":
        return True
    return bool(_FIGURE.fullmatch(before) or _FIGURE.fullmatch(after))


# How a chart's caption over counted values opens (bokmål and nynorsk).
_COUNT_CAPTIONS = ("Antall ", "Andel ", "Tal på ", "Talet på ", "Del av ", "Prosent ")


# A chart's value on a line of its own: "12", "1 180", "45 %", "2023".
_FIGURE = lazy_regex(r"\d{1,3}(?:[ \u00a0\u202f]\d{3})*(?:[.,]\d+)?(?: ?%)?|\d{4}")


# Fewer characters than a page of minutes holds, the title pages' too.
_PAGE_TEXT = 500


def _short_title_block(blocks: list[Block], number: int) -> bool:
    """Whether the block after ``number`` is a short title: a capital, no stop."""
    if number + 1 >= len(blocks):
        return False
    text = blocks[number + 1].text.strip()
    return text[:1].isupper() and len(text) <= 80 and "\n" not in text and \
        not text.endswith((".", "!", "?"))


def _wrapped_case_reference(above: str, text: str, blocks: list[Block], number: int) -> bool:
    """Whether a line "n/m" alone (``text``, block ``number``) is a case's number that a
    narrow window wrapped onto a line of its own inside a sentence, no page's number:
    the line above ends on the word for a case ("… behandlet i sak" / "3/24", "– til
    sak" / "3/24"), or the sentence runs through it (no stop above, lower case below)
    and no other line alone numbers a page of the same count, as a page footer's
    series does ("1/3", "2/3")."""
    words = above.split()
    if len(words) > 1 and words[-1].casefold() in _CASE_WORDS_BEFORE_NUMBER:
        # (not after a stop, "Ingen saker.", nor under a column's heading "Sak" alone)
        return True
    if above.endswith(TERMINAL) or not _below_goes_on(blocks, number):
        return False
    count = text.rpartition("/")[2].strip()
    return not any(at != number and _is_page_line(block.text.strip()) and
                   block.text.strip().endswith(f"/{count}")
                   for at, block in enumerate(blocks)
                   if "/" in block.text and len(block.text) <= 12)


# The words for a case (or cases) that a case's number follows in a sentence: "i sak",
# "til saka", "jf. sakene", "sak nr."
_CASE_WORDS_BEFORE_NUMBER = frozenset({"sak", "saka", "saken", "sakene", "sakane", "saker",
                                       "sakar", "nr.", "saksnr.", "saksnr", "ps"})


def _below_goes_on(blocks: list[Block], number: int) -> bool:
    """Whether the block after ``number`` goes on with a sentence: it opens in lower case."""
    return number + 1 < len(blocks) and blocks[number + 1].text.lstrip()[:1].islower()


def _titled(blocks: list[Block], number: int) -> bool:
    """Whether the block after ``number`` starts with a capital letter (a case's title)."""
    return number + 1 < len(blocks) and blocks[number + 1].text.lstrip()[:1].isupper()


_CASE_COLUMN_HEADS = frozenset({"sak nr", "saksnr", "saknr", "sak nr.", "saksnr.", "saknr.",
                                "sak.nr", "sak.nr."})


def _is_page_line(text: str) -> bool:
    """A line that is only a page number ("2", "- 2 -", "Side 2 av 4", "2/4", "2 (5)");
    "46/15" is no page of fifteen, but a case number on a line of its own."""
    found = _PAGE_LINE.match(text)
    return found is not None and (found.group("page") is None or int(found.group("page")) <=
                                  int(found.group("pages") or found.group("of")))


def _may_be_page_line(text: str) -> bool:
    """Whether a line can be a page number at all: it starts as _PAGE_LINE's forms do.

    "- 3 -", "3", "3/9", or "side 3 (av 9)" (lines starting "Sak", "Sted" … leave here).
    """
    first = text[:1]  # "" for an empty cell: no page number
    if first == "-" or first.isdecimal():
        return True
    return first in _PAGE_WORD_FIRST and text[:4] in _PAGE_HEADS


_TEXT_OF = operator.attrgetter("text")  # a line's text, for passes that run in C
_IS_TABLE = operator.attrgetter("is_table")  # … and whether it is a table's row
_PAGE_LINE_S = frozenset("sSſ")  # ſ: IGNORECASE matches it with "s"
_PAGE_WORD_FIRST = _PAGE_LINE_S | frozenset("pPlL")  # … and "Page 2 of 4", "Lysbilde 2"
# the words a page number may follow, folded (their first four letters)
_PAGE_WORDS = ("side", "sida", "page", "lysb", "lysa", "slid")
# … as written in any case: ``text[:4] in _PAGE_HEADS`` asks whether the folded first
# four letters are one of _PAGE_WORDS
_PAGE_HEADS = frozenset().union(*map(folded_forms, _PAGE_WORDS))
# The first characters that keep a plain paragraph off ``to_lines``' short path: a bullet
# ("o"), or a page's word may open with them (then its first four letters decide).
_NOT_PLAIN_FIRST = _PAGE_WORD_FIRST | BULLET_STARTS


# An item heading in an agenda at the very top comes back as its section's heading.
# (also "Sak nr. 14/26 …" and "SR-sak 3/26 …": an agenda right under the title names its
# first case, which the minutes head again; no running header)
_CASE_START = re.compile(r"(?:[a-zæøå]{1,4}-)?(?:sak\s*)?(?:nr\.?\s*)?\d", re.I)


# A page's running header naming the minutes and their day, set apart by a dash or a bar:
# "Nordvik regionråd – referat møte med stortingsbenken 16.01.2026".
_PAGE_TOP_HEADER = lazy_regex(r"\b(?:referat|protokoll|møtebok)\b.*\s\d{1,2}\.\s?\d{1,2}\.\s?"
                              r"(?:\d{4}|\d{2})$", re.I)


def _page_top_header(text: str) -> bool:
    """Whether the first line under a page number left out is the page's running header
    (``_PAGE_TOP_HEADER``): one that differs from the first page's top, which
    ``_drop_running_headers`` cannot tell by its repeat. Only asked after a page break."""
    return len(text) < 100 and (" – " in text or " - " in text or " | " in text) and \
        not _CASE_START.match(text) and _PAGE_TOP_HEADER.search(text) is not None


def _drop_running_headers(lines: list[Line], at_page_breaks: dict[int, Line],
                          running: list[str] | None = None) -> list[Line]:
    """Lines that repeat one of the first lines later on: a PDF's running page header.

    "Midt-Agder regionråd" at the top of every page would otherwise end up in the text
    of whichever item the page break fell in. Only short, non-sentence lines count, and
    no bullet ("- Kari Holm" under "Tilstede:" is named again under "Møteleder").
    A first line that reads as content ("Sted: Rådhuset", "Kari Holm") repeats as
    content too (an attached summons' place, a name in a second list): its repeat is a
    header only beside a page number left out (``at_page_breaks``). The texts dropped
    go to ``running``.
    """
    candidates = [line.text for line in lines[:3]
                  if len(line.text) < 80 and not line.is_bullet
                  and line.text[-1:] != "." and not _CASE_START.match(line.text)]
    # a header that ends in its page's number ("Østfold fylkeskommune ⇥ Referat ⇥ Side 1")
    # repeats without it: such lines are compared without the number (rare: looked for
    # only when a top line ends so)
    paged = any("\t" in text and _PAGE_NUMBER_LAST.search(text) for text in candidates)
    if paged:
        candidates = [_without_page_number(text) for text in candidates]
    # (most documents repeat none: the test of every line runs in C, without a generator;
    # only then is each candidate read as content or not, a name test among others)
    if not candidates or set(candidates).isdisjoint(
            map(_without_page_number, map(_TEXT_OF, lines[3:])) if paged
            else map(_TEXT_OF, lines[3:])):
        return lines
    top = {text: _reads_as_content(text) for text in candidates}
    kept = []
    page_break = False
    for n, line in enumerate(lines):
        key = _without_page_number(line.text) if paged else line.text
        if n >= 3 and key in top and (not top[key] or id(line) in at_page_breaks) \
                and (id(line) in at_page_breaks or not (
                    _heads_a_group(lines, n) or _value_under_label(lines, n))):
            page_break = True
            if running is not None and line.text not in running:
                running.append(line.text)
            continue
        if page_break and line.gap and kept and runs_on_after_page(kept[-1].body, line):
            line.gap = False  # the header's margin, inside a sentence (``stops_inside``)
        page_break = False
        kept.append(line)
    if len(kept) == len(lines):
        return lines
    for n, line in enumerate(kept):
        line.index = n
    return kept


# A page's number closing a running header's last cell: "⇥ Side 2", "⇥ Side 2 av 4".
_PAGE_NUMBER_LAST = lazy_regex(r"\t\s*(?:side|page)\s+\d{1,3}(?:\s*(?:av|of|/)\s*\d{1,3})?\s*$",
                               re.I)


def _without_page_number(text: str) -> str:
    """A running header's text without the page number closing it (``_PAGE_NUMBER_LAST``):
    the part that repeats on every page."""
    if "\t" not in text:
        return text
    found = _PAGE_NUMBER_LAST.search(text)
    return text[:found.start()] if found else text


def _value_under_label(lines: list[Line], n: int) -> bool:
    """Whether line ``n`` is the value of a bare label right above it ("Utvalg:" over
    "Ytre Salten regionråd", a web page's head table set out one cell a line): the body's
    name in the site's banner and in the head is the head's value, no running header."""
    above = lines[n - 1].text
    return above.endswith(":") and (label := match_label(above)) is not None and \
        not label.value


def _heads_a_group(lines: list[Line], n: int) -> bool:
    """Whether line ``n`` heads a group inside a list of people: a person's line above it
    and one under it ("Liv Olsen, kommunedirektør" / "Salten regionråd" / "Trond Berg,
    rådgiver"). The letterhead's organisation named again so is whom the people under it
    represent, no running header (one beside a page number left out still is)."""
    return 0 < n < len(lines) - 1 and _opens_with_person(lines[n - 1].body) and \
        _opens_with_person(lines[n + 1].body)


def _opens_with_person(text: str) -> bool:
    """A line that starts with a person's name: a known first name and a capital word."""
    words = text.split(maxsplit=2)
    return len(words) >= 2 and is_first_name(words[0]) and words[1][:1].isupper()


def _reads_as_content(text: str) -> bool:
    """A line a document may well write twice on its own: a "Label: value" line ("Sted:
    Rådhuset", "Tid: kl. 10.00") or a person's name alone ("Kari Holm", in two lists)."""
    if _LABEL_CELL.match(text):
        return True
    words = text.split()
    return 2 <= len(words) <= 4 and is_first_name(words[0]) and \
        all(word[:1].isupper() for word in words)


# Abbreviations after which a full stop does not end a sentence (a property's numbers in
# the land register: "gnr. 12 bnr. 4", farm, holding, leasehold and section).
_ABBREVIATIONS = (
    "bl.a", "f.eks", "o.l", "m.m", "mv", "jf", "jfr", "iht", "ifm", "ca", "kl", "nr", "pkt",
    "evt", "ev", "dvs", "osv", "div", "tlf", "vedr", "ang", "mht", "etc", "st", "s", "v",
    "ref", "adm", "inkl", "ekskl", "hhv", "pga", "vha", "mill", "mrd", "kr", "mr", "dr",
    "prof", "jan", "feb", "mar", "apr", "aug", "sep", "sept", "okt", "nov", "des", "ds",
    "ytterl", "red", "obs", "ev", "sek", "fylkesk", "kommunedir", "fv", "rv", "kap", "mnd",
    "stk", "ant", "avd", "ansv", "repr", "sekr", "gnr", "bnr", "fnr", "snr", "g.nr", "b.nr",
    # "per" and "from/to and with" before a date: "Ola sender tall pr. 1. april.",
    # "gjelder f.o.m. 1. mai", "p.t."
    "pr", "f.o.m", "t.o.m", "p.t",
    # a least or greatest amount, and minutes: "min. 1 time per uke", "maks. 20 deltakere",
    # "Pause 10 min." (the stop before a figure leads on; "min" closes as "kr" does)
    "min", "maks",
)
# … folded (``fold``) as IGNORECASE would match them: looked up as the last word of a text
_ABBREVIATION_SET = frozenset(_ABBREVIATIONS)


def abbreviation_before_stop(tail: str) -> str | None:
    """The abbreviation (as written) whose stop ends the text ("… bl.a.", "(kl."), or None.

    The word is the text after its last space or "(", or all of it: an abbreviation holds
    neither. Looked up folded in a set, where a search of one alternation of all of them
    (with IGNORECASE) tried each at every position of the text.
    """
    if tail[-1:] != ".":
        return None
    word = tail[:-1]
    if (cut := word.rfind("(")) >= 0:
        word = word[cut + 1:]
    if not word or word[-1].isspace():
        return None  # (the stop right after a space: "… ." ends no word)
    word = word.rsplit(None, 1)[-1]
    return word if fold(word) in _ABBREVIATION_SET else None


# Those of them that close a phrase and so may close its sentence: a unit after an amount
# ("… på 40 000 kr. Regnskapet ble godkjent.") or the end of a list ("… stoler, bord osv.
# Kari …"). Before a capitalised word they end the sentence; the others ("jf. Sak 3",
# "bl.a. Oslo kommune", "ca. 40", "nr. 5") lead into what follows and never end one.
_CLOSING_ABBREVIATIONS = frozenset(("kr", "mill", "mrd", "osv", "m.m", "mv", "etc", "o.l",
                                    "stk", "mnd", "min"))
# A word that opens a sentence: a capital, then a small letter ("Regnskapet", not "NOK").
_SENTENCE_OPENER = lazy_regex(r"[«\"(]?[A-ZÆØÅ][a-zæøå]")
_DAY_NUMBER = lazy_regex(r"(?:^|\s)\d{1,2}\.$")
_MONTH_AHEAD = lazy_regex(r"(?:" + "|".join(MONTH_NAMES) + r")\b", re.I)
# Two sentences a copy ran together without the space: a word, a full stop, a word.
# (the stop first and the letters before it behind it: ``re`` skips ahead to the stops)
_GLUED_SENTENCE = re.compile(r"\.(?<=[a-zæøå]{3}\.)(?=[A-ZÆØÅ][a-zæøå]{2})")
# (after a name or another initial: "Benthe K.", "Heidi B. S."; after a lower-case word
# the letter is a name of its own that ends the sentence: "… går for alternativ B. Kari …")
_INITIAL_END = lazy_regex(r"(?:^|\s)[A-ZÆØÅ][\w.-]*\s+[A-ZÆØÅ]\.$")
# The stop and the space after it (a match starts at the stop: a pattern that opens with
# a character class lets ``re`` skip to the stops, where a lookbehind is tried everywhere).
# (the quote or bracket the stop closes stays with its sentence: "… (frist 15.11.) Lage …")
# A mark that calls the reader's eye to the sentence after it ("NB! …", "Obs! …"): no
# sentence of its own
_CALL_TO_NOTE = frozenset(("NB!", "OBS!", "NB!!", "OBS!!"))
# (a sentence may open with a Sami or Kven name's capital: "… uttalelse. Ánte Gaup lager …")
_SENTENCE_END = re.compile(r"[.!?](?P<close>[\"»”')]*)\s+(?=[«\"(]?[A-ZÆØÅÁČĐŊŠŦŽÄÖÉÜ0-9])")


def sentences(text: str) -> list[str]:
    """Split running text into sentences, minding Norwegian abbreviations and dates.

    A full stop ends a sentence only before a capital letter or a digit and not after
    an abbreviation ("bl.a.", "kl.") or a day number ("25. Mars" is rare; "4.9." ends
    one when followed by a capital).
    """
    head = text.rstrip()[:-1]  # a sentence end needs a capital or digit after it
    if "." not in head and "!" not in head and "?" not in head:
        tail = text.strip()  # one sentence: most lines of minutes
        return [tail] if tail else []
    if "." in head and _GLUED_SENTENCE.search(head):
        text = _GLUED_SENTENCE.sub(". ", text)  # "… hjemmeside.Prosjektleder får …"
    out: list[str] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        stop = match.start() + 1  # (the sentence runs up to and with the stop)
        # the patterns are anchored at the end: test the end only, and cut out the
        # sentence only when it ends here (a line of thousands of "kl." would copy its
        # growing front at every one of them)
        tail = text[max(start, stop - 16):stop]
        abbreviation = abbreviation_before_stop(tail)
        if abbreviation and not _closes_sentence(abbreviation, text, match.end()):
            continue
        if _DAY_NUMBER.search(tail) and _MONTH_AHEAD.match(text, match.end()):
            continue  # "17. Mai" written with a capital
        if tail[-2:-1].isupper() and (stop - start == 2 or (
                tail[-3:-2] in " \n" and _INITIAL_END.search(text[max(start, stop - 30):stop]))):
            continue  # a middle initial: "Benthe K. Jansson blei valt"
        if stop - start < 2:
            continue
        if tail[-2:-1].isdigit() and inline_entry_number(text[start:stop]):
            continue  # "… i nummerert rekkefølge: 1. Solveig Håland, 2. Terje Øydna og 3.
            # Marte Vatland.": the numbers of a list inside the sentence
        if stop - start <= 4 and text[start:stop].upper() in _CALL_TO_NOTE:
            continue  # "NB! Fristen er 1. mai.": the mark leads the sentence after it
        out.append(text[start:match.end("close")].rstrip() if match["close"]
                   else text[start:stop])
        start = match.end()
    tail = text[start:].strip()
    if tail:
        out.append(tail)
    return out


def inline_entry_number(text: str) -> bool:
    """Whether a text ends with the number of an entry in a numbered list run into its
    sentence ("Som varamedlemmer velges: 1. Solveig Håland, 2. Terje Øydna og 3."): a
    number after the colon that opens the list, or after a comma or "og" once the list
    has opened with "1." after a colon (not "… sak 2 og 4. Styret …", no list)."""
    if text[-1:] != "." or not text[-2:-1].isdigit():
        return False
    found = _INLINE_ENTRY_NUMBER.search(text, max(0, len(text) - 12))
    if found is None:
        return False
    opened = text.rfind(": 1. ")
    return (found.group("sep") == ":" and found.group("number") == "1") or \
        (opened >= 0 and found.group("sep") != ":")


# The number of an entry of a list inside a sentence, at the text's end: ": 1.", ", 2.",
# " og 3.", " eller 3."
_INLINE_ENTRY_NUMBER = lazy_regex(r"(?:(?P<sep>[:,])|\s(?:og|eller))\s(?P<number>\d{1,2})\.$")


def _stop_of_abbreviation_goes_on(tail: str, below: str) -> bool:
    """Whether a line ending in an abbreviation's stop (``tail``, its last characters)
    goes on in the line below: always in lower case ("3,2 mill." / "kroner"), and before
    a figure when the abbreviation leads into one and cannot end a sentence ("kl." /
    "10.00 på rådhuset", "ca." / "40 deltakere"); a closing one ("kr.", "osv.") may end
    its sentence before a numbered line."""
    abbreviation = abbreviation_before_stop(tail)
    return abbreviation is not None and (
        not below[:1].isdigit() or abbreviation.casefold() not in _CLOSING_ABBREVIATIONS)


def _closes_sentence(abbreviation: str, text: str, after: int) -> bool:
    """Whether an abbreviation's stop also ends its sentence: a closing one ("kr.", "osv.")
    before a word that opens the next sentence ("… 40 000 kr. Regnskapet ble godkjent.")."""
    return abbreviation.casefold() in _CLOSING_ABBREVIATIONS and \
        _SENTENCE_OPENER.match(text, after) is not None


# U+FFFD stands for a letter a broken encoding lost ("Bj\ufffdrn"); first in a word it
# was a capital one ("\ufffdsheim" for "Åsheim", "?stby" for "Østby": only Æ, Ø and Å
# are lost so).
# A "?" inside a word is a letter an export lost ("B?k"), as U+FFFD is.
_CAPITAL_WORD = lazy_regex(r"^(?:[A-ZÆØÅÉÜÖÄÁÍÓÚÝÞÐČŠŽĐŊŦ]|[\ufffd?](?=[a-zæøå]{2}))"
                           r"(?:[\w'’.\ufffd-]|\?(?=\w))*$")
# (Sami names and places begin with Á, Č, Đ, Ŋ, Š, Ŧ, Ž too: "Ánde", "Čáhcesuolu")
_NAME_CAPITALS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZÆØÅÉÜÖÄÁÍÓÚÝÞÐČŠŽĐŊŦ")  # its first letters


def _is_capital_word(word: str) -> bool:
    """Whether ``_CAPITAL_WORD`` matches: a capital, then letters and the like.

    A capital and letters only (most words of a name) is answered without the pattern,
    whose every call costs some 1,200 instructions.
    """
    return (word[:1] in _NAME_CAPITALS and word[1:].isalnum()) or \
        _CAPITAL_WORD.match(word) is not None
# Initials run together, also a double name's with its hyphen: "T.B.", "O.J.", "A.-M.".
_RUN_OF_INITIALS = lazy_regex(r"^[A-ZÆØÅ](?:\.-?|-)(?:[A-ZÆØÅ](?:\.-?|-))?[A-ZÆØÅ]\.$")
# A name of two to six words, each a capital and small letters, one space between:
# ``looks_like_name``'s short way.
_PLAIN_NAME = lazy_regex(r"[A-ZÆØÅ][a-zæøå]+(?: [A-ZÆØÅ][a-zæøå]+){1,5}")
_NAME_PARTICLES = {"van", "von", "de", "der", "den", "da", "di", "la", "le", "af", "av", "bin",
                   "al", "el", "du"}
NAME_PARTICLES = frozenset(_NAME_PARTICLES)  # (for the steps that join a name wrapped at one)


@functools.lru_cache(maxsize=8192)
def looks_like_name(text: str, min_words: int = 2) -> bool:
    """A person's name: 2–6 capitalised words (particles such as "van" allowed).

    Used to tell people from organisations and from sentences in attendance lists.
    The same name is asked about by several steps (a table row, then the participant
    list), so answers are cached by text.
    """
    if _PLAIN_NAME.fullmatch(text) is not None:
        # "Kari Holm", "Per Arne Åkerholt" (most names): every word a capital word, no
        # initial, stop or capitals alone, so only the vocabulary can say no, asked of
        # the lowered words at once; a word among ``NOT_NAME_WORDS`` (whose "Lo" last
        # may be a surname) or a place's prefix first goes the long way below, as does
        # a name of fewer words than asked for (s74c: some 180 bytecode steps a name
        # the long way, about 70 here)
        lowered_words = text.lower().split()
        if len(lowered_words) >= min_words and lowered_words[0] not in PLACE_PREFIXES and \
                NOT_NAME_WORDS.isdisjoint(lowered_words):
            for lowered in lowered_words:
                if (endings := _NO_SURNAME_BY_TAIL.get(lowered[-2:])) is not None and \
                        lowered.endswith(endings):
                    return False  # "Flyktningtenesta Sunnfjord": as the long way's test
            return True
    words = text.split()
    if not (min_words <= len(words) <= 6) or words[0].lower() in PLACE_PREFIXES:
        return False
    capitals = initials = shouted = 0
    last = len(words) - 1
    for index, word in enumerate(words):  # one pass: any failed test gives False at once
        lowered = word.lower()
        if (endings := _NO_SURNAME_BY_TAIL.get(lowered[-2:])) is not None and \
                lowered.endswith(endings):
            return False  # "Skolenes Landsforbund", "Danmarks Lærerforening", "Gassforum
            # Midt": asked of each word here, where it was lowered (every other exit is
            # False as well, so the answer is the one a test after the loop gave)
        if len(word) == 1 and word.isupper() and 0 < index < last and \
                (word != "I" or not text.isupper()):
            initials += 1  # a middle initial without its stop, also "I" ("Roar I Huseby";
            continue  # in "FAU I SKOLEN" it is the word "i")
        if (lowered in NOT_NAME_WORDS and not (index == last and index and
                                               lowered in _SURNAME_ACRONYMS and
                                               word[1:].islower())) or \
                (index < last and word[-1] == "." and lowered[:-1] in NOT_NAME_WORDS):
            return False  # also a sentence's end inside: "Referat. Godkjennes" (but "Carl
            # Chr. Mathiesen", "Johs. Røinås" are names)
        if word.isupper() and lowered in _NAME_PARTICLES:
            return False  # "GODKJENNING AV SAKLISTA": a heading in capitals
        if _is_capital_word(word) and not word.isupper():
            capitals += 1
        elif word.isupper() and len(word) > 1 and len(words) <= 4 and \
                word.replace("-", "").isalpha():
            capitals += 1
            shouted += 1  # "KARI HOLM"; but "Nordmøre PPT" is a name and an acronym
        elif lowered in _NAME_PARTICLES:
            continue
        elif len(word) == 2 and word[1] == "." and word[0].isupper():
            initials += 1  # a middle initial: "Kari H. Holm"
        elif word[-1] == "." and _RUN_OF_INITIALS.match(word):
            initials += 1  # "Stein T.B. Høyer", also first ("O.J. Berg", "A-M. Lie") or
            # after the surname ("Berg O.J.")
        else:
            return False
    if shouted and shouted != capitals and not (shouted == 1 and _surname_in_capitals(words)):
        return False
    return capitals >= 1 and capitals + initials >= min_words


# An organisation's short name that is also a surname when written small: "Svein Lo"
# (the trade union is "LO").
_SURNAME_ACRONYMS = frozenset({"lo"})


def _surname_in_capitals(words: list[str]) -> bool:
    """"Kari NES", "Tone Merete ØDEGÅRD-HANSEN": known first names (or initials), then the
    surname in capitals, as some case systems print it. Not a party or an institution
    after a name ("Per Bø SV", "Kari Holm UIA"): the words before must all be first names."""
    last = words[-1]
    return last.isupper() and any(vowel in last for vowel in _VOWELS) and \
        last not in _PARTY_CAPITALS and all(
            is_first_name(word) or _INITIAL_WORD.fullmatch(word)
            for word in words[:-1]) and is_first_name(words[0])


_VOWELS = "AEIOUYÆØÅÉ"
_INITIAL_WORD = lazy_regex(r"[A-ZÆØÅ]\.?")
# Parties' short names in capitals: "Kari SV" is no one named SV.
_PARTY_CAPITALS = frozenset({"AP", "SP", "SV", "FRP", "KRF", "MDG", "RØDT", "PP", "INP", "KYST",
                             "FNB", "PF", "TVP", "DEM", "NKP", "LL", "FOLKELISTA"})
PARTY_CAPITALS = _PARTY_CAPITALS  # for the lists' readers: "(AP)" after a name is no initials


# "Reigstad, Monrad": surname first, as registers of elected members print names (Sami
# names too: "Sara, Máret Ánne", "Utsi, Elle Márjá").
_INVERTED_NAME = re.compile(r"(?P<surname>[A-ZÆØÅÁČĐŊŠŦŽÄÖ][\w'-]+), "
                            r"(?P<given>[A-ZÆØÅÁČĐŊŠŦŽÄÖ][\w'-]+"
                            r"(?: (?:[A-ZÆØÅÁČĐŊŠŦŽÄÖ][\w'-]+|[A-ZÆØÅ]\.))?|"
                            # or initials only: "Holm, K.", "Dahl, T.B.", "Lie, A.-M."
                            r"(?P<initials>[A-ZÆØÅ](?:\.-?[A-ZÆØÅ]){0,2}\.?))")
# How Norwegian surnames commonly end: "Hansen", "Reigstad", "Fossum", "Brekke" …
_SURNAME_ENDINGS = ("sen", "son", "stad", "rud", "dal", "vik", "nes", "heim", "land", "berg",
                    "bakken", "haug", "lie", "by", "seth", "set", "moen", "gard", "gård",
                    "voll", "strand", "aas", "ås", "øy", "um", "ekke", "eide", "li", "rød")


@functools.lru_cache(maxsize=4096)
def uninverted(name: str, one_person: bool = False, party: bool = False) -> str | None:
    """"Given Surname" for a name written surname first ("Reigstad, Monrad" → "Monrad
    Reigstad"), else None. Only when the word before the comma is no first name and
    either the word after it is one or the first reads as a surname: "Holm, Kari" is
    one person, "Kari, Ola" two. Where the text holds one person (``one_person``: a
    table's name cell) a surname that is also a first name is one too, before first
    names: "Sara, Máret Ánne", "Nils, Kari" ("Sara" and "Nils" are common Sami surnames).
    A party in brackets after the pair (``party``: "Holm, Ante (Ap)", as an elected
    body's lists write members) vouches for a person where the first name is one the
    list of first names lacks."""
    match = _INVERTED_NAME.fullmatch(name.strip())
    if match is None:
        return None
    surname, given = match.group("surname"), match.group("given")
    if surname.isupper() and len(surname) > 1:
        surname = surname.title()  # "NES, Kari": the surname in capitals, read as a name
    if any(word.lower() in NOT_NAME_WORDS for word in surname.split()) or (
            any(is_first_name(word) for word in surname.split()) and not (
                one_person and not match.group("initials") and
                all(is_first_name(word) for word in given.split()))):
        return None
    if match.group("initials"):  # (a list piece may have lost the last stop: "Holm, K")
        return f"{given.rstrip('.')}. {surname}"
    given_words, surname_like = given.split(), surname.lower().endswith(_SURNAME_ENDINGS)
    if not (is_first_name(given_words[0]) or surname_like or (
            party and not any(word.lower() in NOT_NAME_WORDS for word in given_words))):
        return None
    if len(given_words) > 1 and not is_first_name(given_words[-1]) and (
            not surname_like or given_words[-1].lower().endswith(_SURNAME_ENDINGS)):
        return None  # "Tolga, Kari Holm", "Liv Bø, Kari Holmstad": not one name
    return f"{given} {surname}"


def abbreviates(short: str, name: str) -> bool:
    """Whether ``short`` is the initials of ``name`` without its small words: "HI" for
    "Helse Innlandet", "OUP" for "Offentlig utvalg for punktskrift"."""
    initials = "".join(word[0] for word in name.split()
                       if word[:1].isalpha() and word.casefold() not in _SMALL_WORDS)
    return len(short) >= 2 and short.isupper() and initials.upper() == short


# The small words inside an organisation's name ("Statsforvalteren i Vestfold og Telemark",
# "Regionrådet for Nordfjord"): written small, and no word of its length (``minutes``).
# Where a link joins capitalised words into one name (``header._org_of_tail``, a shouted
# name's words), only these: "om", "av", "til" also open what a title is about
# ("Orientering om Nordvik"), which would run into the name.
NAME_LINKS = frozenset({"i", "og", "for", "på"})
# … and every small word a name holds between its capitalised words, where the name is
# known to be one ("Sogn og Fjordane Energi AS", "Forum for helse med kommunene"): written
# small when a letterhead shouts it, and no word of a place's or a company's name. Not
# "fra", "frå" (``_SMALL_WORDS`` has them), on purpose: a word too many here writes small
# a word of a name, and a title's "fra" comes before the body's name.
NAME_LINK_WORDS = NAME_LINKS | {"om", "av", "til", "med", "ved"}
# The small words an abbreviation's initials leave out ("Offentlig utvalg for punktskrift"
# → OUP): those of a name, and "fra", "frå" too, on purpose: a word too many here only
# shortens the initials, which must still equal the abbreviation whole.
_SMALL_WORDS = NAME_LINK_WORDS | {"fra", "frå"}


# How a noun ends in its definite singular: "Styret", "Laget", "Regiongruppen", "Nemnda",
# "Saka" (after the indefinite form: "regiongrupp|en", "nettverk|et"); disjoint, so
# the first that ends a word is its ending. (participants._DEFINITE_ENDINGS leaves out the
# "a" on purpose, since first names end so: it says why.)
DEFINITE_ENDINGS = ("et", "en", "a")
# How a body named by one definite word ends ("Kontrollutvalget", "Representantskapet",
# "Deltok fra styret:", "Eierforumet"): the one list of these endings in the extractor.
BODY_WORD_ENDINGS = ("utvalget", "utvalet", "styret", "rådet", "skapet", "nemnda", "komiteen",
                     "gruppen", "gruppa", "nettverket", "forumet")
# The talks held between two parties, by their nouns (also a compound's first part,
# "konsultasjonsmøte"): a consultation with a siida or a reindeer district, a samråd, a
# discussion or a negotiation with the staff's unions. A meeting of two sides, no body of
# its own (``header``'s titles), and news when someone reports on them (``outcomes``).
# (Joined for the patterns of those modules: ``TALKS``.)
TALK_NOUNS = ("konsultasjon", "samråd", "drøfting", "forhandling")
TALKS = "|".join(TALK_NOUNS)


def _names_compound_body(text: str) -> bool:
    """Whether a running page line's first words name a body by a compound of its
    definite noun ("Kystsonenettverket Agder ⇥ Side 1 av 2", "Styringsgruppa for …"):
    kept as page furniture, the body's full name where the text calls it "Nettverket"
    alone (``minutes._body_named_on_pages``)."""
    return any(word[:1].isupper() and len(word) > 7 and
               word.casefold().endswith(BODY_WORD_ENDINGS) for word in text.split()[:3])


# How the last word of an organisation's name ends; no Norwegian surname does.
ORGANISATION_ENDINGS = ("forbund", "forbundet", "forening", "foreningen", "foreining",
                        "foreininga", "felag", "felaget", "direktorat", "direktoratet",
                        "departement", "departementet", "organisasjon", "organisasjonen",
                        "universitet", "universitetet", "høgskole", "høgskolen", "høgskule",
                        "høgskulen", "høyskole", "høyskolen", "sykehus", "sjukehus",
                        "helseforetak", "tilsynet", "senteret", "kommune", "fylkeskommune",
                        "eldreråd", "ungdomsråd", "brukerråd", "utvalget", "forum",
                        "forumet", "nettverk", "nettverket", "næringshage", "næringshagen",
                        "selskap", "selskapet", "stiftelse", "stiftelsen", "institutt",
                        "instituttet", "akademi", "akademiet", "museum", "museet",
                        "barnehage", "barnehagen", "skolen", "skulen", "kontoret", "etaten",
                        "fylkesmannen", "statsforvalteren", "statsforvaltaren", "prosjekt",
                        "prosjektet", "samarbeid", "samarbeidet", "regionråd", "regionrådet",
                        "næringsråd", "næringsrådet",
                        "kompetansesenter", "kompetansesenteret", "sekretariat",
                        "sekretariatet",
                        # the associations a contact committee or a council hears
                        # ("Nordfjellet Turlag", "Bygda Idrettslag"): "-lag" alone would be
                        # every "forslag" ("Norges Bondelag" is left to the context, as a
                        # surname may end so)
                        "turlag", "turlaget", "idrettslag",
                        "idrettslaget", "grunneierlag", "grunneierlaget", "historielag",
                        "historielaget", "sanitetslag", "sanitetslaget", "ungdomslag",
                        "ungdomslaget", "velforening", "bygdelag", "bygdelaget",
                        # a Swedish partner of a cross-border body ("Årjängs kommun",
                        # "Länsstyrelsen i Värmland")
                        "kommun", "länsstyrelsen",
                        # a national agency's district or area an emergency council hears
                        # ("Sivilforsvarsdistrikt Agder", "HV-område Fjordane"): no surname
                        # ends so
                        "distrikt", "distriktet", "område", "området",
                        # the tourist trade's firms by their own compound names, with a
                        # place before ("Lunde Fjordhotell", "Vik Gardsmat", "Brekke
                        # Fiskecamping", "Dalen Sideri"), and the destinations and regional
                        # parks a partner works for ("Reisemål Indre Sogndal", "Regionalparken
                        # Vassdalen"): no surname ends so
                        "hotell", "hotellet", "camping", "campingen", "gardsmat", "sideri",
                        "bryggeri", "bryggeriet", "rafting", "fjordsafari", "gjestegård",
                        "gjestegard", "reisemål", "regionalpark", "regionalparken",
                        "regionpark", "regionparken",
                        # the Sami words of a municipality, an association and a centre
                        # ("Deanu gielda", "Loabága suohkan", "Porsangin komuuni",
                        # "Riddu Riđđu Searvi", "Norgga Sámiid Riikkasearvi", "Álttá sámi
                        # giellaguovddáš"): no surname ends so
                        "gielda", "suohkan", "komuuni", "searvi", "guovddáš")
# (``SERVICE_DEFINITE_ENDINGS``, a public service in its definite form, is labels.py's.)
# A municipal service in its definite form, capitalised before the place it serves
# ("Flyktningtenesta Sunnfjord", "Flyktningtjenesten Aukra", "Vaksenopplæringa Ørsta"): no
# surname ends so. (Not among ``ORGANISATION_ENDINGS``: "… for skolehelsetjenesten v/ Kari
# Holm" in running text is a topic's word before its presenter, no sender.)
SERVICE_NAME_ENDINGS = (*SERVICE_DEFINITE_ENDINGS, "opplæringa", "opplæringen")
# A practice or a clinic by its own compound name after its place, as members of a
# health or an on-call cooperation come from ("Vassdal Dyreklinikk", "Nordli
# Dyrlegekontor", "Bakken Tannklinikk", "Sentrum Apotek", "Fjord Legesenter"): no surname
# ends so.
_PRACTICE_ENDINGS = ("klinikk", "klinikken", "kontor", "hospital", "apotek", "apoteket",
                     "legesenter", "legevakt", "legevakta", "legevakten")
_NO_SURNAME_ENDINGS = ORGANISATION_ENDINGS + SERVICE_NAME_ENDINGS + _PRACTICE_ENDINGS
# … by their last two letters, each ending at least two long: ``looks_like_name`` asks its
# word's two last letters and only then ``endswith`` of the few endings that end so ("en":
# 17, most none), where ``endswith`` of all 93 tried each in turn on every word (s70g:
# about 3,000 instructions a word; a unit test holds this to the whole tuple)
_NO_SURNAME_BY_TAIL: dict[str, tuple[str, ...]] = {
    tail: tuple(ending for ending in _NO_SURNAME_ENDINGS if ending[-2:] == tail)
    for tail in dict.fromkeys(ending[-2:] for ending in _NO_SURNAME_ENDINGS)}


# Words that never occur in a person's name but often start or end list fragments.
# ("Viken" is left out: the former county is also a common surname.)
NOT_NAME_WORDS = {
    "og", "samt", "kommune", "herad", "fylkeskommune", "kommunene", "regionen", "regionråd",
    "regionrådet", "sekretariatet", "sekretariat", "referent", "møteleder", "leder",
    # (their nynorsk forms: "Møteleiar: Eva Li Skrivar: Per Dal" on one line of a PDF)
    "skrivar", "møteleiar", "leiar",
    "fra", "frå", "for", "i", "på", "med", "til", "er", "var", "ble", "vart", "har",
    "ikke", "ikkje", "møtte", "forfall", "fravær", "uten", "alle", "ingen", "hele",
    "deler", "møtet", "gruppe", "gruppen", "utvalg", "utvalget", "styret", "rådet",
    "administrasjonen", "nav", "ks", "nho", "lo", "teams", "zoom", "digitalt", "fysisk",
    "innlandet", "oslo", "agder", "vestland", "rogaland", "trøndelag", "nordland",
    "troms", "finnmark", "telemark", "vestfold", "østfold", "akershus", "buskerud",
    "universitet", "universitetet", "høgskole", "høyskole", "næringsforening", "as", "asa",
    "sa", "iks", "the", "and", "of", "from", "region", "se", "tid", "sted", "dato", "sak", "saker",
    "saksliste", "agenda", "innkalling", "referat", "protokoll", "vedtak", "konklusjon",
    "tema", "orientering", "orienteringer", "eventuelt", "godkjenning", "neste",
    "hilsen", "helsing", "mvh",  # "Hilsen Liv" under a mail
    # the groups a list of people is headed by, also in capitals ("REGIONRÅDETS
    # ADMINISTRASJON", "STYRETS MEDLEMMER"): no one's name
    "administrasjon", "deltakere", "deltakarar", "medlemmer", "medlemer", "varamedlemmer",
    "varamedlemer", "representanter", "representantar", "observatører", "observatørar",
    # English job titles that tourism and business firms give ("Business Developer",
    # "Destination Manager", "CEO"): two capitalised words, yet no one's name
    "ceo", "cfo", "cto", "coo", "manager", "developer", "director", "officer", "advisor",
    # the unit of a hospital trust or a municipality after a job ("Divisjon Gjøvik-
    # Lillehammer", "Klinikk Hamar", "Avdeling Mo"): two capitalised words, no one's name
    "divisjon", "klinikk", "avdeling", "seksjon", "fagavdeling",
}
#: First words of two-word place names ("Vestre Slidre", "Nord Fron", "Øvre Eiker",
#: "Indre Østfold"): no one's first name, so a line such as "Ola Dahl, Vestre Slidre"
#: is a person and the municipality they represent, not two people.
#: (The list is the readers', ``motebok.read.blocks.PLACE_PREFIXES``.)
#: Words of organisations that read like two capitalised names ("Innovasjon Norge",
#: "Statens vegvesen"): never a person's, but an organisation's. Also the first words of
#: the health trusts ("Helse Vest", "Sykehuset Innlandet"), of "Nye Veier" and of the
#: tourist boards ("Visit Sørlandet") that come to regional councils.
ORGANISATION_WORDS = frozenset({"nav", "ks", "nho", "lo", "innovasjon", "norge", "statens",
                                "vegvesen", "vegvesenet", "statsforvaltaren", "helse",
                                "sykehuset", "sjukehuset", "nye", "visit",
                                # an audit firm: "Revisjon Midt-Norge", "Vestlandsrevisjon"
                                "revisjon", "revisjonen",
                                # a region's part after a centre's or an agency's name
                                # ("Korus Øst", "Bufetat region Sør", "NAV Midt"): no
                                # one's surname ("Nord" and "Vest" are)
                                "øst", "sør", "midt", "nordøst", "sørøst", "sørvest",
                                "nordvest",
                                # … hyphenated, as a firm's regions are ("Tine Sør-Vest"
                                # with the first name "Tine": the dairy's region)
                                "nord-øst", "sør-øst", "sør-vest", "nord-vest",
                                # the tourist trade's firms and boards in a reiseliv group
                                # ("Filefjell Reiseliv", "Beitostølen Resort", "Geilo
                                # Skisenter", "Fjellvang Hotell"): no one's surname
                                "reiseliv", "resort", "hotell", "hotel", "turistkontor",
                                "skisenter", "alpinsenter", "destinasjon", "camping",
                                # a Swedish county's council and state office ("Region
                                # Dalarna", "Länsstyrelsen Dalarna")
                                "region", "länsstyrelsen",
                                # the state's integration and skills directorates with a
                                # region ("IMDi Vest", "HK-dir Bergen")
                                "imdi", "hk-dir",
                                # the voluntary bodies a user representative or a rus
                                # network comes from ("Kirkens Bymisjon", "Blå Kors")
                                "bymisjon", "bymisjonen", "kors",
                                # the road safety organisation at a road safety committee
                                # ("Maria Fjell, Trygg Trafikk, og …"): no one's surname
                                "trafikk",
                                # a region's digitalisation cooperation ("Digi Vestfold",
                                # "Digi Sunnhordland") as a secretary's organisation
                                "digi",
                                # the English names of partners abroad in a Nordic or
                                # EU project's minutes ("Lipowo Sports Club", "Financial
                                # Mechanism Office", "Highland Council"): no one's surname
                                "council", "club", "museum", "ministry", "association",
                                "university", "office", "cluster", "embassy", "agency",
                                "foundation", "programme", "secretariat",
                                # … and a municipality or county by its English name in
                                # an English list ("Nordby Municipality", "Agder County")
                                "municipality", "county"})
NOT_NAME_WORDS |= ORGANISATION_WORDS


# The letters of North Sami and Kven that Norwegian words never hold: a label's first
# words with one of them before a slash are the label in that language.
SAMI_LETTERS = frozenset("áčđŋšŧžäÁČĐŊŠŦŽÄ")
# A label in Sami or Kven and in Norwegian across a slash, as the administrative
# languages of Sápmi write an item's outcome: "Mearrádus / Vedtak: …", "Čuovvoleapmi /
# Oppfølging: …", "Päätös / Vedtak: …". The Norwegian half is the label.
_SAMI_LABEL_HALF = lazy_regex(r"^(?P<other>[^\W\d_]+(?:[ -][^\W\d_]+){0,2})\s*/\s*"
                              r"(?=(?i:vedtak|konklusjon|oppfølging|oppfylging|ansvar|"
                              r"frist|tiltak|innstilling|tilråding|merknad|oppgave|"
                              r"oppgåve|aksjon)\s*:)")


def without_sami_label_half(text: str) -> str:
    """``text`` without a label's Sami or Kven half before the Norwegian one (see
    ``_SAMI_LABEL_HALF``); a slash between Norwegian words ("Drøfting/konklusjon:") stays."""
    found = _SAMI_LABEL_HALF.match(text)
    if found is None or not SAMI_LETTERS.intersection(found.group("other")):
        return text
    return text[found.end():]


def merge_wrapped(lines: list[Line], whole: list[Line] | None = None) -> list[Line]:
    """Join lines that a PDF or a narrow window wrapped in the middle of a paragraph.

    A paragraph line with no gap before it continues the line above when that line does
    not end a sentence; a word broken with a hyphen ("utarbei-" / "der") is rejoined.
    Lists, tables and headings are never joined. ``whole``: the whole text that ``lines``
    (one item's) are part of, which tells whether the text is hard-wrapped when the few
    lines of a short item cannot (``_hard_wrapped``).
    """
    merged: list[Line] = []
    # a line well short of the longest ended its paragraph when the next one starts with a
    # capital: lines wrapped at a width stop near it ("… årsregnskapet" / "Regnskap og …");
    # so does a short bullet without a stop over the sentence after the list ("- Behov for
    # bedre samarbeid" / "Faggruppen ble enige om …"), as a wrapped bullet fills its line
    # (-1 until first asked: under a line that ends a sentence, most lines, it never is)
    width = -1
    hard: bool | None = None  # ``_hard_wrapped``, when first asked
    whole_hard: bool | None = None  # ``_whole_hard_wrapped``, when first asked
    # under a follow-up table's heading typed as a line ("Hva – hvem – når"), the separator
    # its rows use: each row is a line of its own, as the heading is
    rows: re.Pattern[str] | None = None
    heading: Line | None = None
    for position, line in enumerate(lines):
        prev = merged[-1] if merged else None
        if rows is not None:
            if len(rows.split(line.text, 2)) > 1 or (not line.gap and line.kind is PARAGRAPH):
                if prev is heading or (prev is not None and len(rows.split(prev.text, 2)) > 1):
                    merged.append(line)  # a row, or the first line of one wrapped
                    continue
                # (the rest of a wrapped row: joined below, as any wrapped line is)
            else:
                rows = None
        if len(line.text) <= TASK_COLUMN_LINE_MAX and \
                (columns := task_column_line(line.text)) is not None:  # (no call for longer)
            rows, heading = columns[0], line
            merged.append(line)
            continue
        if prev is not None and prev.text[-1:] == "t" and prev.text.endswith(" at") and \
                _lead_over_task_lines(prev, line, lines[position + 1:position + 2]):
            merged.append(line)
            continue
        # (each test asks no more than its line and the one above, and changes nothing:
        # their order is the cheapest first, the stop that ends most lines early on)
        if (prev is not None and (not line.gap or _sentence_goes_on(prev, line))
                and len(prev.text) < _MAX_JOINED
                and prev.kind in (PARAGRAPH, LIST_ITEM)
                # (after a sentence's stop, most lines, each exception is decided by the
                # last characters before its call: a day's digit, or a colon)
                and ((prev.text[-1:] not in TERMINAL_CHARS
                      # "… mellom kommunane er stor…" / "Faggruppa drøfta …": a sentence
                      # that trails off in an ellipsis ends as one with a stop does
                      and not (prev.text[-1:] == "…" and line.text[:1].isupper()))
                     or (line.goes_on and (prev.kind is not LIST_ITEM or
                                           not _sentence_under_point(prev, line)))
                     # "**Konklusjon:** X." / "Sekretariatet sender … på" / "… innen 9.
                     # mai.": a text wrapped at a narrow width broke right after a stop
                     # (most lines under a stop end a sentence too, and ask no width)
                     or (prev.text[-1:] == "." and not line.gap and
                         len(prev.text) >= _WRAPPED_MIN - _WORD_SLACK and
                         line.text.partition(" ")[0][-1:] != ":" and
                         # (nor a label in Sami beside the Norwegian: "Mearrádus / Vedtak:")
                         not ("/" in line.text[:40] and SAMI_LETTERS.intersection(line.text[:25])
                              and without_sami_label_half(line.text) != line.text) and
                         (prev.kind is not LIST_ITEM or not _sentence_under_point(prev, line)) and
                         ((wraps := _wrapped_after_stop(
                             lines[position - 1], line, width if width >= 0
                             else (width := _widest_paragraph(lines)))) or
                          (wraps is None and (hard if hard is not None
                                              else (hard := _hard_wrapped(lines, width))))
                          # (a short item's middle line, its paragraph flowing into it
                          # from a line broken mid-sentence, over a long sentence that
                          # ends it: the whole text tells; a short closing line, "Tatt
                          # til orientering.", "Enstemmig vedtatt.", is a line of its own)
                          or (wraps is None and len(prev.text) > len(lines[position - 1].text)
                              and len(line.text) >= width - 2 * _WORD_SLACK
                              and (whole_hard if whole_hard is not None else
                                   (whole_hard := _whole_hard_wrapped(whole, width))))))
                     or (prev.text[-2:-1].isdigit() and (_wrapped_in_date(prev, line) or
                                                          inline_entry_number(prev.text)))
                     # "… en ramme på 3,2 mill." / "kroner.": an abbreviation's stop, and
                     # the sentence goes on in lower case; or one that leads into a
                     # figure ("… starter kl." / "10.00 på rådhuset.", "ca." / "40")
                     or ((line.text[:1].islower() or line.text[:1].isdigit())
                         and prev.text[-1:] == "." and _stop_of_abbreviation_goes_on(
                             prev.text[-16:], line.text))
                     or (prev.text[-1:] in ":;" and (line.text[:1].islower()
                                                     or _owner_label_at_end(prev.text))))
                and (line.kind is PARAGRAPH or _wrapped_date(prev, line))
                and not ((width if width >= 0 else (width := _widest_paragraph(lines)))
                         >= _UNWRAPPED_WIDTH and len(prev.text) < width - _WRAP_SLACK
                         and line.text[:1].isupper() and not line.goes_on)
                and not (prev.kind is LIST_ITEM and line.text[:1].isupper() and
                         not line.goes_on and len(merged) > 1 and
                         _after_unstopped_entries(merged[-2], prev, line))
                and ((not prev.bold and not line.bold) or _bold_span_goes_on(prev, line))
                and (not _starts_like_heading(line.text) or _DATE_START.match(line.text)
                     or _passive_before_colon(line.text) or _lower_after_open_word(prev, line))
                and not _case_reference(prev.text) and not _case_reference(line.text)
                and not _ends_short_line(prev, line) and not _ends_in_pointer(prev.text)
                and not _ends_in_owner(prev.text, line.text)
                # ("A-12 …": a register's next row; and a capital under one is the
                # sentence after the register, "… – pågår, KH" / "Gruppen tok …")
                and not entry_number_end(line.text)
                and not (line.text[:1].isupper() and entry_number_end(prev.text))
                and not (line.text[:1].isdigit() and _title_over_count(prev, line, width))):
            lowered = None
            if prev.text[-1:] in "-–" and (hyphened := join_at_hyphen(prev.text, line.text)):
                joined_text, joined_body = hyphened, join_at_hyphen(prev.body, line.text) or \
                    f"{prev.body} {line.text}"
            else:
                joined_text, joined_body = f"{prev.text} {line.text}", f"{prev.body} {line.text}"
                # lowering the whole paragraph again for every line costs its square
                lowered = f"{prev.lowered} {line.text.lower()}"
            merged[-1] = Line(text=joined_text, body=joined_body, kind=prev.kind,
                              level=prev.level, cells=prev.cells, bold=prev.bold, gap=prev.gap,
                              index=prev.index, lowered=lowered)
            continue
        merged.append(line)
    return merged


def _after_unstopped_entries(above: Line, prev: Line, line: Line) -> bool:
    """Whether a capitalised sentence under a list of bullet entries written without stops
    ("- Lag A, tilskot kr 25 000" / "- Lag B, tilskot kr 30 000 til nytt lerret" /
    "Styret tok saka til vitande.") opens a paragraph of its own after the list: the
    entries above stop without a stop, so the last one did too, and the line below,
    a whole sentence, is not the rest of it."""
    if not (above.kind is LIST_ITEM and above.text[-1:] not in TERMINAL_CHARS and
            line.text[-1:] in ".!" and len(line.text.split()) >= 3):
        return False
    if prev.text[:1] in _BULLET_MARKS and prev.text[1:2] == " ":
        return above.text[:1] == prev.text[:1]
    # (numbered entries too: "2. Videreutdanning i psykisk helsearbeid" / "3. Veileder-
    # utdanning for praksisveiledere" / "Styret stiller en egenandel …": a vedtak's
    # priorities listed without stops, then its next sentence)
    number, dot, _ = prev.text.partition(". ")
    before, dot_above, _ = above.text.partition(". ")
    return bool(dot and dot_above) and number.isdecimal() and before.isdecimal() and \
        int(number) == int(before) + 1


def _sentence_under_point(prev: Line, line: Line) -> bool:
    """Whether a capitalised line under a bullet point that ends with a full stop opens
    a sentence of its own ("- Seljord kjem med tala før jul." / "Tarjei Bakken ønskjer
    …"), though a PDF's reader saw it go on (``Line.goes_on``): a paragraph set at the
    point's indent under the list, as Word's list paragraphs are, starts where the
    point's wrapped lines would, and a bullet is one point, wrapped inside its sentence
    far more often than right after its stop. (A numbered point, "1. Styret godkjenner
    …", may be a vedtak of several sentences, and keeps them.)"""
    return prev.kind is LIST_ITEM and prev.text[-1:] == "." and \
        prev.text[1:2] == " " and prev.text[:1] in _BULLET_MARKS and line.text[:1].isupper()


# The marks a bullet point's line starts with, as the readers keep them ("- ", "• ").
_BULLET_MARKS = "-–•*o▪"


def _wrapped_after_stop(prev: Line, line: Line, width: int) -> bool | None:
    """Whether a paragraph line ``prev`` (as read, not joined) ending in a stop was
    wrapped at a narrow width, the line under it going on with its paragraph (what the
    PDF reader tells as ``goes_on``):
    the text is wrapped at ``width`` columns (the widest paragraph line, under
    ``_UNWRAPPED_WIDTH``), the line above stops near it and the first word below would
    not have fitted on it, and the line below is itself wrapped (as long, and no end of
    a sentence): a paragraph's middle line. None when only the line below ends its
    paragraph: a line of its own, such as a task set under a one-line "Konklusjon: X.",
    whose length the width does not bound, unless the whole text is hard-wrapped."""
    text, below = prev.text, line.text
    if not _WRAPPED_MIN <= width < _UNWRAPPED_WIDTH or len(text) < width - _WORD_SLACK or \
            prev.kind is not PARAGRAPH or line.kind is not PARAGRAPH:
        return False
    word = below.split(" ", 1)[0]
    if len(text) + 1 + len(word) <= width or word.endswith(":") or _starts_like_heading(below):
        return False
    # a line below that ends its paragraph (short, or with a stop) may be one of its own;
    # None: it goes on only when the whole text is wrapped at the width (``_hard_wrapped``)
    if below.endswith(TERMINAL):
        # (a sentence whose subject is a body, "Sametinget sender …", is that body's own
        # word or errand under the line above, a line of its own even so)
        return False if _opens_with_body(below) else None
    return len(below) >= width - _WORD_SLACK  # (a short line without a stop: a heading)


def _opens_with_body(text: str) -> bool:
    """Whether a sentence opens with a body or an organisation as its subject, its verb
    next in lower case: "Sametinget sender …", "Vefsn kommune melder …", "NVE vurderer
    …", "Statsforvalteren i Nordland ber …", "Styringsgruppa tek …"; a person or a plural
    of people ("Leverandørene inviteres …") is none."""
    words = text.split(" ", 4)
    if len(words) < 3 or not words[0][:1].isupper():
        return False
    first, after = words[0], 1
    if words[1] in _ORGANISATION_NOUNS:  # "Vefsn kommune", "Statens vegvesen"
        after = 2
    elif words[1] == "i" and words[2][:1].isupper() and len(words) > 3:  # "… i Nordland"
        after = 3
    if not words[after][:1].islower() or words[after] in _ORGANISATION_NOUNS:
        return False
    if after == 2:
        return True
    return (first.isupper() and 2 <= len(first) <= 6 and first.isalpha()) or \
        first.lower().endswith(_BODY_ENDINGS)


# The nouns that close an organisation's name of two words ("Bodø kommune"), and the
# endings of a body's or an agency's name in one word ("Regionrådet", "Kystverket").
_ORGANISATION_NOUNS = frozenset({"kommune", "fylkeskommune", "vegvesen", "IKS", "HF",
                                 "interkommunale", "helseforetak", "sykehus", "sjukehus"})
_BODY_ENDINGS = ("tinget", "kommunen", "kommunene", "kommunane", "forvalteren",
                 "forvaltaren", "rådet", "styret", "utvalget", "utvalet", "sekretariatet",
                 "nettverket", "gruppen", "gruppa", "forum", "forumet", "verket", "vesenet",
                 "direktoratet", "departementet", "etaten", "tilsynet", "nemnda", "komiteen",
                 "foretaket", "føretaket", "skapet")


def _hard_wrapped(lines: list[Line], width: int) -> bool:
    """Whether the text is hard-wrapped at ``width`` columns: most of its paragraph lines
    that stop near the width break a sentence there (no stop at their end), as a text
    filled at a width does, where a text typed a sentence a line stops its long lines
    with their sentences. Then a line that stops near the width with a sentence, whose
    next word would not have fitted, was broken by the wrapping too, and the line under
    it goes on with the paragraph ("Konklusjon: Gruppen slutter seg til forslaget." /
    "Leverandørene inviteres til …")."""
    long = broken = 0
    for line in lines:
        if line.kind is PARAGRAPH and len(line.text) >= width - _WORD_SLACK:
            long += 1
            broken += not line.text.endswith(TERMINAL)
    return broken >= _HARD_WRAPPED_LINES and 2 * broken > long


def _whole_hard_wrapped(whole: list[Line] | None, width: int) -> bool:
    """Whether the whole text an item is part of is hard-wrapped at the item's own width
    (its widest line): a short item of three lines ("… kunngjort i uke 45. Tilbodsfristen
    er 8. januar 2027." / "Byggjestart er planlagd …") has too few lines to tell, but the
    text around it, filled at the same width, does. Not when the text is wider than the
    item by more than a word: then the item's lines stop short of the text's width.
    Only lines inside a paragraph (the next line goes on with no gap) are counted: a
    paragraph's last line, and a one-line decision or task, ends with its sentence
    whatever the wrapping."""
    if whole is None or _widest_paragraph(whole) > width + _WORD_SLACK:
        return False
    long = broken = 0
    for line, below in itertools.pairwise(whole):
        if line.kind is PARAGRAPH and below.kind is PARAGRAPH and not below.gap and \
                len(line.text) >= width - _WORD_SLACK:
            long += 1
            broken += not line.text.endswith(TERMINAL)
    return broken >= _HARD_WRAPPED_LINES and 2 * broken > long


#: The narrowest width a text is wrapped at (about), and how far short of the width a
#: wrapped line may stop: about one long word.
_WRAPPED_MIN = 60
_WORD_SLACK = 16
#: The fewest lines broken mid-sentence near the width that tell a text's wrapping.
_HARD_WRAPPED_LINES = 4


def _widest_paragraph(lines: list[Line]) -> int:
    """The length of the longest paragraph line (0 for none): the width a converter
    wrapped the text at, when it did (``merge_wrapped``)."""
    return max([len(line.text) for line in lines if line.kind is PARAGRAPH], default=0)


def _bold_span_goes_on(prev: Line, line: Line) -> bool:
    """Whether a bold line right under a bold line is the rest of one bold sentence that a
    converter broke across lines ("**Konklusjon: Gruppen anbefaler at fristene samordnes
    fra" / "2025.**"): the lower line opens in lower case or with a digit, as no bold
    heading over the text does; two bold lines each set apart, or one that starts like a
    heading, stay apart (the other tests of ``merge_wrapped`` still apply)."""
    return prev.bold and line.bold and not line.gap and (
        line.text[:1].islower() or line.text[:1].isdigit())


#: Paragraph lines this long show a text that was not wrapped at a narrow width, and a
#: wrapped line stops at most about one long word short of the widest.
_UNWRAPPED_WIDTH = 100
_WRAP_SLACK = 30
#: No paragraph of minutes runs to this many characters: past it a paragraph takes no
#: more lines, or a file of thousands of lines without a full stop (digits, a dump)
#: copies its growing text once a line and takes the square of its size to read.
_MAX_JOINED = 8000


def _title_over_count(prev: Line, line: Line, width: int) -> bool:
    """A short heading standing alone ("Deltakarar i prosjektet") over a sentence that
    opens with a count ("9 medlemskommunar deltek i prosjektet …"): the heading ended
    there. A wrapped sentence fills its line nearly to the widest, and a line that starts
    with a number is joined to a short one above only when it reads as an entry; a
    number, a plural noun and a verb read as prose (``opens_with_count``)."""
    return prev.gap and prev.kind is PARAGRAPH and len(prev.text) < width - _WRAP_SLACK \
        and not prev.text.endswith(TERMINAL) and prev.text[:1].isupper() \
        and opens_with_count(line.text)


# A sentence that opens with a count: a number, a plural noun and a verb ("9
# medlemskommunar deltek i …", "12 kommuner har svart", "3 elevar fekk pris"), not a
# numbered item's heading ("9 Budsjett", "12 Eventuelt").
_COUNT_SENTENCE = lazy_regex(
    r"\d{1,4}(?:[ \u00a0]\d{3})*\s+(?:[a-zæøå-]+\s+)?[a-zæøå-]{2,}(?:er|ar|ere|arar|ene|ane|or|a)"
    r"\s+(?:(?:har|hadde|er|var|vart|ble|blei|blir|vert|skal|vil|kan|må|fekk|fikk|kom|gjekk|"
    r"gikk|tok|deltek|møtte|møtet)\b|[a-zæøå]{2,}(?:er|ar|te|de|dde|et)\b)")


def opens_with_count(text: str) -> bool:
    """Whether a line starting with a number is a sentence counting something ("9
    medlemskommunar deltek i prosjektet"): prose, not an item numbered 9."""
    return text[:1].isdigit() and _COUNT_SENTENCE.match(text) is not None


def _ends_in_pointer(text: str) -> bool:
    """A line that ends pointing with an arrow to a few words ("Leie lydanlegg → KH",
    "… -> Per, innen 1. april"): a task and who does it, a line of its own."""
    if "→" not in text and ">" not in text:
        return False  # (most lines: a cheap test first)
    after = max(text.rfind("→"), text.rfind("->") + 1, text.rfind("–>") + 1,
                text.rfind("=>") + 1)
    return len(text) - after <= 40


def _ends_in_owner(text: str, following: str) -> bool:
    """A task line that ends on its owner after a dash ("Bestille pizza – ansv. Olav",
    "Leie telt - ansvarleg: Kari Nes"): the task is whole, and the next line, when it is
    a sentence of its own ("Styret tek kontakt med …"), is no part of it. (A surname
    wrapped alone to the next line, "Nes.", still joins.)"""
    tail = text[-40:]
    if "nsv" not in tail:
        return False  # (most lines: a cheap test first)
    return bool(_DASH_OWNER_AT_END.search(tail)) and len(following.split()) > 2


_DASH_OWNER_AT_END = lazy_regex(r"\s[–-]\s*(?i:ansv\.?|ansvar|ansvarlig|ansvarleg)\s*:?\s*"
                                r"[A-ZÆØÅ][\w.-]*(?:\s+(?:og\s+)?[A-ZÆØÅ][\w.-]*){0,3}$")


def _owner_label_at_end(text: str) -> bool:
    """A sentence that ends on its owner's label ("… dugnad i våren. Ansvar:") wrapped
    before the owner: the line below ("Bjørn Moe innen 1. april.") is the label's value,
    so the task keeps its owner and date. A label alone on its line heads a list instead."""
    if text[-1:] != ":":
        return False
    head, _space, last = text.rpartition(" ")
    return bool(head) and last.casefold() in _OWNER_LABELS


_OWNER_LABELS = frozenset({"ansvar:", "ansvarlig:", "ansvarleg:", "ansv:", "ansv.:",
                           "frist:", "tidsfrist:"})


def _sentence_goes_on(prev: Line, line: Line) -> bool:
    """A paragraph that ends in a word and one that starts in lower case are one sentence,
    even set apart: a DOCX typed with a hard return at the end of every line. A speaker's
    line set apart ("v/ Kari Holm, KS" under a talk's title) is no sentence's rest: it
    names who gave the talk, as a line of its own under a programme's slot does."""
    return (prev.text[-1:].isalpha() and line.text[:1].islower()
            and not line.text.startswith("v/")
            and not _ENDS_WITH_OWNER.search(prev.text[-_OWNER_TAIL:]))


# "…, ansvar: Kari" ends a task entry: a lower-case paragraph below it is the next task.
# (searched in the paragraph's end only: the whole of a long one costs its square)
_OWNER_TAIL = 200
_ENDS_WITH_OWNER = lazy_regex(r"\b[Aa]nsvar(?:lig)?\s*:?\s*[A-ZÆØÅ][\w.-]*(?:\s+[A-ZÆØÅ][\w.-]*)*$")


_DATE_START = lazy_regex(r"^\d{1,2}\.\s*(?:" + "|".join(sorted(MONTHS, key=len, reverse=True))
                         + r")\b", re.I)


def _wrapped_date(prev: Line, line: Line) -> bool:
    """"… innen" / "15. februar." is a sentence wrapped before a date, not a numbered entry."""
    return (line.kind is LIST_ITEM and prev.kind is PARAGRAPH
            and prev.text[-1:].isalpha() and bool(_DATE_START.match(line.text)))


def _wrapped_in_date(prev: Line, line: Line) -> bool:
    """"… innen 1." / "november.": a sentence wrapped between a date's day and month."""
    return (prev.text[-1:] == "." and prev.text[-2:-1].isdigit()
            and bool(_DAY_END.search(prev.text, len(prev.text) - 5))
            and bool(_MONTH_START_WORD.match(line.text)))


# (a match spans at most four characters and ends at the text's end or before a final
# line break: searched from five characters before the end, ``re`` no longer tries
# every space of a long line)
_DAY_END = lazy_regex(r"\s\d{1,2}\.$")
_MONTH_START_WORD = lazy_regex(r"^(?:" + "|".join(sorted(MONTHS, key=len, reverse=True))
                               + r")\b")


# A wrapped line runs close to the wrapping width; a list entry shorter than this that is
# followed by a capitalised line ended there ("b. Status for delavtale 2" / "Gruppen …").
_SHORT_ENTRY = 50


def _ends_short_line(prev: Line, line: Line) -> bool:
    """Whether ``line`` starts a new paragraph after a short entry rather than wrapping it.

    A short list entry, or a short title-like line ("2.1 Kontorrekvisita"), followed by a
    capitalised line ended there. A short line that stops on a word a sentence cannot
    end with ("… til", "… og") was wrapped all the same (narrow PDF columns).
    """
    if not line.text[:1].isupper():
        return False
    # (a paragraph being joined grows line by line: its ends only, not the whole text,
    # are searched, or a page of thousands of wrapped lines takes the square of them)
    if prev.text[-1:].isdigit() and _DATE_STAMPED.search(prev.text[-_STAMP_TAIL:]):
        return True  # "Behandling i Regionrådet - 12.03.2024": a case system's heading
    if _opens_case_step(line.text) or (line.text[-1:] == ":" and _stamped_vedtak_label(line.text)):
        return True  # "Lukka sak etter offl. § 13" / "Vedtak i Kontrollutvalet - 03.02.2026"
    if _ENDS_WITH_DEADLINE.search(prev.text[-30:]):
        return True  # "Jon sender rapporten innen 1.3" / "Siri lager …": a task entry ended
    tail = prev.text[-40:]
    if ("ns" in tail or "rist" in tail or "lging" in tail) and \
            _ENDS_WITH_OWNER_OR_SOON.search(tail):
        return True  # "Rydde stien – ansvar: PD, frist: snarest" / "Søknad om …": the same
    if tail[-1:] == ")" and _ends_in_bracketed_owner(tail):
        return True  # "Lage kart over tomtene (TH)" / "Sende grunnlaget …": the same
    if ("–" in tail or " - " in tail) and _DASHED_INITIALS_ENTRY.search(prev.text[-60:]):
        return True  # "Sende invitasjon – MH – til neste møte" / "Kontakte …": the same
    if ": " in prev.text[:_SHORT_TITLE] and _label_then_names(prev.text):
        return True  # "Til å skrive under protokollen: Per Berg og Liv Dahl" / "Innkallingen …"
    if prev.text[:3] in _PAPERS_LABEL_STARTS and _papers_line(prev.text):
        return True  # "Vedlegg: Protokoll fra styremøte 9.12.2025" / "Protokollen ble …"
    if prev.kind is LIST_ITEM:
        return len(prev.text) < _SHORT_ENTRY or _lettered_title_over_sentence(prev, line)
    if prev.text[:1] in _SUB_TITLE_FIRST and _sub_numbered_title_over_sentence(prev, line):
        return True  # "6.1 Forslag fra Ola Berg om treningsavgift" / "Forslaget falt …"
    if programme_slot_line(prev.text):
        return True  # "10.00–10.45 Erfaringer fra Sørvik v/ Kari Holm" over its summary
    if prev.text[-1:].isdigit() and hours_after_title(prev.text) is not None:
        return True  # "Energisparing i bygg 09.15–10.30", the hours after the title: the same
    if prev.text[:1] in "AaHhKk" and len(prev.text) < _SHORT_ENTRY and \
            _OWNER_LABEL_LINE.match(prev.text):
        return True  # "Ansvar: Liv Sande og Odd Bø" / "Odd Bø sender …": the owner's line ended
    last_word = prev.text.rsplit(None, 1)[-1]
    if last_word.casefold() in _LINKING_WORDS:
        return False
    if not line.gap and len(prev.text) >= _WRAPPED_AT and ends_before_noun(prev.text[-_NOUN_TAIL:]):
        return False  # "… ga støtte til alle tre" / "Vestkyst-kommunenes søknader …"
    if last_word.casefold() in _PROPOSAL_HEADS and len(prev.text.split()) <= 6:
        return True  # "Kommunedirektørens forslag til innstilling" over the proposal's text
    return (len(prev.text) < _SHORT_TITLE and len(prev.text.split()) <= 5) or \
        _own_clause(last_word, line)


# How a line naming a case's papers starts ("Vedlegg:", "VEDLEGG 2:", "Bilag:"); the cheap
# test before ``_papers_line``.
_PAPERS_LABEL_STARTS = frozenset(("Ved", "VED", "Bil", "BIL"))
# "Vedlegg: …", "Vedlegg 1: …", "Vedlegg nr. 2: …", "Bilag: …": the label over the papers.
_PAPERS_LABEL = lazy_regex(r"(?:vedlegg|bilag)(?:\s+(?:nr\.?\s*)?\d{1,2})?\s*:\s+\S", re.I)


def _papers_line(text: str) -> bool:
    """A line that names a case's papers after their label ("Vedlegg: Protokoll fra
    styremøte 9.12.2025", "Vedlegg 1: Resultatregnskap per 31.12"): a record of what was
    enclosed, whole without a full stop; the capitalised line below it starts the case's
    text ("Protokollen ble godkjent."), it does not go on with the document's name."""
    return _PAPERS_LABEL.match(text) is not None


def _lettered_title_over_sentence(prev: Line, line: Line) -> bool:
    """A lettered sub-item's title ("b) Valg av møteleder, referent og to til å underskrive
    protokollen"), long but with no verb, over a capitalised sentence ("Som møteleder ble
    valgt …"): the title ended and its text starts, as an årsmøte's "Konstituering" lists
    its parts. A title that stops on a linking word ("… tilskudd fra") was wrapped."""
    return prev.text[:1].isalpha() and _NUMBER_MARK.match(prev.text) is not None and \
        not FINITE_VERB.search(prev.text) and \
        prev.text.rsplit(None, 1)[-1].casefold() not in _LINKING_WORDS and \
        FINITE_VERB.search(line.text) is not None


def _sub_numbered_title_over_sentence(prev: Line, line: Line) -> bool:
    """A sub-item's numbered title ("6.1 Forslag fra Ola Berg om å innføre treningsavgift
    for voksne", "9.2 Val av styreleiar"), with no verb of its own and ending on a lower-case
    word, over a capitalised line that is no name ("Forslaget falt med 12 mot 20
    stemmer."): the title ended and its outcome starts, as an årsmøte's "Innkomne
    forslag" takes each proposal in turn; so does a proposal's numbered title ("Forslag
    1: Asfaltering av Nordliveien (fra Jens Rud)"), which may end on a name or a note. A
    sub-item's title that stops on a linking word or a capitalised word ("… fra Ola" /
    "Berg …") was wrapped."""
    numbered = _SUB_NUMBER.match(prev.text) or _PROPOSAL_NUMBER.match(prev.text)
    if numbered is None or FINITE_VERB.search(prev.text):
        return False
    last = prev.text.rsplit(None, 1)[-1]
    first = line.text.split(None, 1)[0].strip(".,:;")
    if not first[1:].islower() or is_first_name(first):
        return False
    if last[-1:] == ")" and "(" in prev.text:
        return True  # "Forslag 1: Asfaltering av Nordliveien (fra Jens Rud)": a note closes it
    return last.isalpha() and last not in _LINKING_WORDS and (
        last.islower() or numbered.re is _PROPOSAL_NUMBER)


# "6.1 ", "2.3. ": a sub-item's number before its title.
_SUB_NUMBER = lazy_regex(r"\d{1,2}\.\d{1,2}\.?\s+[A-ZÆØÅ]")
# "Forslag 1: ", "Framlegg nr. 2 – ": a proposal's number before its title, each proposal
# of "Innkomne forslag" in turn (its title may end on a name: "… av Nordliveien").
_PROPOSAL_NUMBER = lazy_regex(r"(?:Forslag|Framlegg)\s+(?:nr\.?\s*)?\d{1,2}\s*[:.)–-]\s*"
                              r"[A-ZÆØÅ]")
_SUB_TITLE_FIRST = frozenset("0123456789F")


# The last word of a case paper's proposal heading set without a colon ("Kommunedirektørens
# forslag til innstilling", "Rådmannens innstilling", "Dagleg leiar si tilråding"), which
# may be longer than a short title: the proposal's text starts below it.
_PROPOSAL_HEADS = frozenset({"innstilling", "innstilling:", "tilråding", "tilråding:"})


def _label_then_names(text: str) -> bool:
    """A line of a short lead, a colon and names only ("Til å skrive under protokollen:
    Per Berg og Liv Dahl", "Tellekorps: Kari Holm, Ola Dahl"): a record of who, whole
    without a full stop; a capitalised line below it is a sentence of its own, not the
    names' continuation. A note in brackets after a name ("Styremedlem: Anders Nesse
    (ny, 2 år)", "Valgkomité: Lars Krogh (leder), Tone Bakk") and the numbers of a ranked
    list ("Varamedlemmer: 1. Aud Helle 2. Sindre Moum") still make such a record: an
    election's."""
    value = text.split(": ", 1)[1]
    if "(" in value:
        value = _BRACKETED_NOTE.sub(" ", value)
    words = [word for word in value.replace(",", " ").split() if not _RANK.fullmatch(word)]
    return 2 <= len(words) <= _MAX_NAME_LIST_WORDS and words[-1][:1].isupper() and \
        all(word[:1].isupper() or word in _NAME_LIST_JOINERS for word in words)


_BRACKETED_NOTE = lazy_regex(r"\([^()]*\)")
_RANK = lazy_regex(r"\d{1,2}[.)]")


_MAX_NAME_LIST_WORDS = 12
_NAME_LIST_JOINERS = frozenset({"og", "&", "samt", "v/"})


def _lead_over_task_lines(prev: Line, line: Line, after: list[Line]) -> bool:
    """Whether a short lead ending in "at" ("Det ble avtalt at") introduces task lines, one
    a line ("Kari sender invitasjon" / "Per bestiller mat"): the
    first of them is a task of its own, not the end of the lead's sentence."""
    return (len(prev.text) < _SHORT_TITLE and bool(after) and not after[0].gap
            and bool(_OWNER_AND_VERB.match(line.text))
            and bool(_OWNER_AND_VERB.match(after[0].text)))


def _own_clause(last_word: str, line: Line) -> bool:
    """Whether ``line`` starts a clause of its own after a line ending in a lower-case word:
    who, then a verb in the present ("Kari Holm sender invitasjon til alle medlemmene" /
    "Ola Berg booker lokale"). Task lines typed without full stops are one task a line; a
    sentence wrapped there would run two clauses together without a conjunction."""
    return last_word.isalpha() and last_word.islower() and bool(_OWNER_AND_VERB.match(line.text))


# A capitalised subject of up to three words, then a present-tense verb and more words.
_OWNER_AND_VERB = lazy_regex(r"[A-ZÆØÅ][\w.-]*(?:\s+[A-ZÆØÅ][\w.-]*){0,2}\s+"
                             r"(?:[a-zæøå]{2,}(?:er|ar)|tar|tek|gjør|gjer|går|ser|får)\s+"
                             r"[\wæøå]")


_SHORT_TITLE = 40
# The end of a line ``ends_before_noun`` reads: its last two words.
_NOUN_TAIL = 60
# A line as long as a converter's wrapped one (a shorter one may be a task line whole).
_WRAPPED_AT = 60
# A deadline ends a task entry: "… innen 1.3", "…, frist 31.01", "… innen 14. februar".
_ENDS_WITH_DEADLINE = lazy_regex(r"\b(?:frist|innen|innan|senest|seinast)\s*:?\s*"
                                 r"\d{1,2}(?:[./]\d{1,2}(?:[./]\d{2,4})?|\.\s*[a-zæøå]+)$",
                                 re.I)
# A task entry that ends in its owner's initials or role or a deadline without a date
# ("…, ansvar: PD", "… Oppfølging: Sekretariatet", "… Ansv.: daglig leder", "…, frist:
# snarest"): a capitalised line under it starts the next entry. (A name after "Ansvar:"
# may go on in the next line, "Tone Merete" / "Engebretsen", in a PDF: names do not count.)
_ENDS_WITH_OWNER_OR_SOON = lazy_regex(
    r"\b(?:ansvar(?:lig|leg)?|ansv\.?|oppfølging|oppfylging)\s*:\s*"
    r"(?:(?-i:[A-ZÆØÅ]{2,4}(?:/[A-ZÆØÅ]{2,4})*)|sekretariatet|administrasjonen|adm\.?|"
    r"daglig\s+leder|dagleg\s+leiar|styreleder|styreleiar|prosjektleder|prosjektleiar|"
    r"leder|leiar|styret|rådmannen|kommunedirektøren|kassereren|kasseraren|kasserer)\.?$|"
    r"\b(?:frist|tidsfrist)\s*:?\s*(?:snarest|straks|umiddelbart|asap|løpende|fortløpende)$",
    re.I)


# A register's entry typed as "task – initials – when" or "task – initials": its owner's
# initials between dashes or closing it ("Oppdatere lista – SB – veke 17", "Bestille buss
# – KH"), a whole entry whatever its deadline says ("til neste møte" is no date).
_DASHED_INITIALS_ENTRY = lazy_regex(r"\S\s[–-]\s+[A-ZÆØÅ]{2,4}(?:/[A-ZÆØÅ]{2,4})*"
                                    r"(?:\s+[–-]\s+[^–]{1,40})?$")


def _ends_in_bracketed_owner(tail: str) -> bool:
    """Whether a line ends on its owner in brackets, initials or a name ("Lage kart over
    tomtene (TH)", "Bestille buss (KH/PD)", "Søke om midler (Rune)", "Lage anbudsgrunnlag
    (Jan Erik Holm)"): a task entry typed without a full stop, which the capitalised line
    under it does not go on."""
    bracket = _BRACKETED_OWNER_AT_END.search(tail)
    if bracket is None:
        return False
    who = bracket.group("who")
    return who.isupper() or is_first_name(who.split(None, 1)[0])


# "(TH)", "(KH/PD)", "(Rune)", "(Jan Erik Holm)" closing a line: initials of two to four
# capitals, or a name of up to four words
_BRACKETED_OWNER_AT_END = lazy_regex(r"\s\((?P<who>(?:[A-ZÆØÅ]{2,4}(?:/[A-ZÆØÅ]{2,4})*|"
                                     r"[A-ZÆØÅ][a-zæøå]+(?:[\s-][A-ZÆØÅ][a-zæøå]+){0,3}))\)$")


# A short line that only says who follows up the task above it ("Ansvarlig: Kari Holm og
# Per Dahl", "Ansv.: KH", "Hvem: Kari"): it ends there, the next line is the next task.
_OWNER_LABEL_LINE = lazy_regex(r"(?:ansvar(?:lig|leg)?|ansv\.?|hvem|kven)\s*:\s*\S", re.I)
# (ePhorte's "Behandling/vedtak i Formannskapet den 12.03.2025 sak 12/25": the day and the
# case's number, the words "den" and "sak" keeping a wrapped sentence's date out)
_DATE_STAMPED = lazy_regex(r"(?:\s[-–]\s*\d{1,2}\.\d{1,2}\.\d{2,4}|"
                           r"\sden\s\d{1,2}\.\d{1,2}\.\d{2,4}\ssak\s\d{1,4}/\d{2,4})$")
_STAMP_TAIL = 80  # " - 12.03.2024" and room for any spaces a line keeps around the dash


def _opens_case_step(text: str) -> bool:
    """Whether ``text`` is a case system's heading over a step of the case ("Behandling i
    Formannskapet - 04.03.2026", "Vedtak i Kontrollutvalet - 03.02.2026"): a unit of its
    own, never the end of a line above that stops without a full stop ("Lukka sak,
    unnateke offentlegheit etter offl. § 13", "Kommunedirektøren si innstilling")."""
    return text[:1] in _STEP_FIRST and text[-1:].isdigit() and len(text) < _STAMP_TAIL and \
        bool(_CASE_STEP_LINE.match(text))


def _stamped_vedtak_label(text: str) -> bool:
    """Whether ``text`` (ending in ":") is a case system's vedtak label alone on its line,
    the body's short name and the case before it ("RR- 12/25 Vedtak:", "REP-vedtak:", "AU-
    4/25 vedtak:"): the line above it ("Votering: Innstillingen ble enstemmig vedtatt", often
    printed without a stop) ends there."""
    return "edtak" in text and len(text) < _STAMP_TAIL and \
        _STAMPED_VEDTAK_LINE.match(text) is not None


_STAMPED_VEDTAK_LINE = lazy_regex(r"[A-ZÆØÅ]{2,6}\s*-\s*(?:\d{1,4}/\d{2,4}\s+)?vedtak\s*:$", re.I)


# behandling, handsaming, innstilling, vedtak, saksprotokoll
_STEP_FIRST = frozenset("BHIVSbhivs")
_CASE_STEP_LINE = lazy_regex(r"(?:behandling|handsaming|innstilling|vedtak|saksprotokoll)"
                             r"\s+i\s+\S[^.!?]*?"
                             r"(?:\s[-–]\s*\d{1,2}\.\d{1,2}\.\d{2,4}|"
                             r"\sden\s\d{1,2}\.\d{1,2}\.\d{2,4}\ssak\s\d{1,4}/\d{2,4})$", re.I)
_LINKING_WORDS = LINKING_WORDS


# A case listed by its kind and number: "RS 1/25 Brev frå Statsforvaltaren", "DS 12/24 …"
# (referat- and delegerte saker under one item): each a line of its own, never wrapped.
# One letter ("M 1/25 Brev fra …", the meldinger) needs a title in capitals after it: "I
# 1/3 av kommunene" is a sentence.
_CASE_REFERENCE = lazy_regex(r"[A-ZÆØÅ]{2}\s\d{1,4}/\d{2,4}\b|"
                             r"[A-ZÆØÅ]\s\d{1,3}/\d{2,4}\s+[A-ZÆØÅ]")


# A register's entry led by the case it comes from: "Sak 12/26: Signere kontrakt – KH",
# "Sak 4 – Kari sender brevet" (the lead's colon or dash: "Sak 12/24 i fjor" may be a
# sentence wrapped before the words)
_CASE_LEAD = lazy_regex(r"(?:Sak|SAK)\s\d{1,4}(?:/\d{2,4})?\s*(?::|[–-]\s)")


def _case_reference(text: str) -> bool:
    """Whether a line starts with a case's kind and number ("RS 1/25 …") or a register's
    case lead ("Sak 12/26: …"): a unit of its own, never the words of the line above."""
    if (text[2:3] == " " and text[:2].isupper()) or (text[1:2] == " " and text[:1].isupper()):
        return _CASE_REFERENCE.match(text) is not None
    return text[:4] in ("Sak ", "SAK ") and _CASE_LEAD.match(text) is not None


# The register's own running number before an entry, kept from meeting to meeting:
# "Nr. 7 Felles mal – …", "Nr. 4: Avklare …", and as an action code "#7 …", "A-12 …",
# "AP-3: …" (capitals and a hyphen: the code, not a word of the task).
_ENTRY_NUMBER = lazy_regex(r"^(?:nr\.?\s*|#\s?|(?-i:[A-ZÆØÅ]{1,3})-)\d{1,3}\s*[.:)]?\s+(?=\S)",
                           re.I)


def entry_number_end(text: str) -> int:
    """Where the register's own running number or action code that leads an entry ends
    ("Nr. 7 ", "#7 ", "A-12 "), 0 without one. Cheap tests first: most lines lead with a
    word."""
    first = text[:1]
    if (first in "Nn#" or (first.isupper() and "-" in text[1:4])) and \
            (number := _ENTRY_NUMBER.match(text)) is not None:
        return number.end()
    return 0


def _starts_like_heading(text: str) -> bool:
    """A line that starts a new unit even without a blank line ("Vedtak:", "Ansvar: X",
    "YMSE": a heading in capitals)."""
    return bool(_HEADING_START.match(text)) or (
        text.isupper() and 4 <= len(text) <= 80)


def _lower_after_open_word(prev: Line, line: Line) -> bool:
    """A lower-case line under one cut after a word no sentence ends with ("… godkjent
    med en" / "rettelse i sak 4: rute 140 skal være rute 141."): the sentence goes on, and
    the colon inside it opens no label, as a label's word is not cut from its article."""
    if not line.text[:1].islower():
        return False
    words = prev.text.rsplit(" ", 2)[-2:]
    word = words[-1].casefold()
    # (or a determiner before its noun, maybe with an adjective between: "… ble enige om
    # denne" / "prioriteringen:", "… om denne felles" / "prioriteringen:")
    return word in GOES_ON_WORDS or word in _DETERMINERS_BEFORE_NOUN or (
        len(words) == 2 and word.isalpha() and word.islower() and
        words[0].casefold() in _DETERMINERS_BEFORE_NOUN)


_DETERMINERS_BEFORE_NOUN = frozenset(("denne", "disse", "desse", "følgende", "følgjande"))


def _passive_before_colon(text: str) -> bool:
    """A wrapped line that opens with a sentence's passive verb and its colon ("Som
    varamedlemmer" / "velges: Trond Hasvik og …", "Til revisor" / "veljast: …"): the verb
    of the line above, in lower case and ending as a passive does, never a label's noun;
    also with a few words after it ("Som varamedlemmer" / "velges i nummerert
    rekkefølge: 1. Solveig Håland, …")."""
    words, colon, _ = text.partition(":")
    word = words.partition(" ")[0]
    return bool(colon) and word[:1].islower() and word.isalpha() and \
        word.endswith(("es", "ast", "ås")) and words.count(" ") <= 4


# (also a sub-point's number and title: "1.2 Forsikring" under "Vedtak: Regnskapet godkjennes")
_HEADING_START = lazy_regex(r"^(?:[\w ]{2,30}:(?:\s|$)|\d{1,2}[.)]\s|"
                            r"\d{1,2}\.\d{1,2}\.?\s+[A-ZÆØÅ])")


# A programme's time before an agenda entry: "09.00–09.15 Velkommen", "Kl. 10.30 Eventuelt",
# "10:00 - Status", "(10.00–10.30) Budsjett".
_UNTIL = r"(?:\s*[-–—]\s*(?:kl\.?\s*)?[0-2]?\d[.:][0-5]\d)?"  # "– 10.30": the slot's end
TIME_SLOT = lazy_regex(rf"(?:(?:kl\.?\s*[0-2]?\d|[0-2]\d)[.:][0-5]\d{_UNTIL}|"
                       rf"\((?:kl\.?\s*)?[0-2]?\d[.:][0-5]\d{_UNTIL}\))"
                       r"(?:\s*[:–—-])?\s+(?=[A-ZÆØÅ])", re.I)
#: A slot's hour after its title, as a programme that closes with "Oppsummering og
#: avslutning 15.00" writes it: a two-digit hour and minutes no month has ("15.00",
#: "14.30"), so a date ("Status per 15.09") or a section ("kap. 3.20") is none; a span
#: too ("Budsjett 10.30–11.15"). (Test ``line[-3:-2] in ".:"`` first.)
HOUR_AFTER_TITLE = lazy_regex(r"\s+(?:[01]\d|2[0-3])[.:](?:00|1[3-9]|[2-5]\d)"
                              r"(?:\s*[-–—]\s*(?:[01]?\d|2[0-3])[.:][0-5]\d)?$")


def hours_after_title(text: str) -> re.Match[str] | None:
    """The hours after a programme slot's title ("Energisparing i bygg 09.15–10.30",
    "Oppsummering og avslutning 15.00"), or None: a short capitalised line whose words
    before the hours end in no label's colon or sentence's stop."""
    if text[-3:-2] not in ".:" or not text[-1:].isdigit() or len(text) > 80 or \
            not text[:1].isupper() or (hours := HOUR_AFTER_TITLE.search(text)) is None:
        return None
    return None if text[:hours.start()].endswith((".", ":", ",")) else hours


#: How a line that may open with a time slot starts (the cheap test before ``TIME_SLOT``).
SLOT_STARTS = frozenset(("Kl", "kl", "KL", "(k", "(K", "(0", "(1", "(2", "(7", "(8", "(9"))


def without_time_slot(entry: str) -> str:
    """An agenda entry without the time the programme gives it ("09.00–09.15 Velkommen"
    is the item "Velkommen"): the detailed section's heading carries no time."""
    if entry[:1].isdigit() or entry[:2] in SLOT_STARTS:
        slot = TIME_SLOT.match(entry)
        if slot is not None:
            return entry[slot.end():]
    elif entry[:4] in _TIME_LABELS and (slot := _labelled_slot(entry)) is not None:
        return entry[slot.end():]
    return entry


#: A programme that labels each slot's time ("Tid: 09.00–09.15 Velkommen").
_TIME_LABELS = frozenset(("Tid:", "tid:", "TID:"))


def _labelled_slot(entry: str) -> re.Match[str] | None:
    """The slot of a programme line that labels its time ("Tid: 09.15–10.15 Nye
    retningslinjer"): a range with a title after it is one entry of the day's programme,
    not the meeting's hours; "Tid: 18.00 Sted: Rådhuset" is a head's two labels."""
    start = len(entry) - len(entry[4:].lstrip())
    slot = TIME_SLOT.match(entry, start)
    if slot is None or ("–" not in slot.group() and "-" not in slot.group()):
        return None
    rest = entry[slot.end():].split(maxsplit=1)
    return slot if rest and not rest[0].endswith(":") else None


#: The longest line read as a programme's slot: its time and a title, never a paragraph.
_SLOT_LINE = 100


# A gathering's day on a line of its own: "Dag 1 – tirsdag 4. mars", "Dag 2", "DAG 1:
# onsdag 12. mars", "Dag 2 (fredag 24. oktober)".
_PROGRAMME_DAY = lazy_regex(r"dag\s+[1-4](?:\s*[–—:-]\s|\s+\(|\s*:?$)", re.I)


def programme_day_line(text: str) -> bool:
    """A day of a gathering over several days set as a heading ("Dag 1 – tirsdag 4. mars",
    "Dag 2"): over that day's programme slots it only groups them, as a weekday and its
    date alone do ("Onsdag 3. juni"); no item of its own and no text of the one above."""
    return len(text) <= 40 and text[:3] in ("Dag", "DAG") and \
        _PROGRAMME_DAY.match(text) is not None


def programme_slot_line(text: str) -> bool:
    """A programme's time slot and its title ("09.30–10.00 Velkommen og runde rundt
    bordet", "Kl. 10.15: Erfaringer fra Sørvik"): a heading line of its own in minutes
    written over the day's programme, whatever its length; the summary under it starts a
    new paragraph."""
    if len(text) > _SLOT_LINE:
        return False
    if text[:1].isdigit() or text[:2] in SLOT_STARTS:
        return TIME_SLOT.match(text) is not None
    return text[:4] in _TIME_LABELS and _labelled_slot(text) is not None
