"""Norwegian (bokmål and nynorsk) dates and clock times, as minutes write them.

Meeting minutes give dates in many hands: "17.3.22", "31.08.2023", "2022-03-17",
"17/3-22", "4. mars 2022", "Fredag 11. mars", "10. og 11.6.", "1.–3. juni", and times
as "kl. 09.00 – 10.30", "kl. 13-15", "kl. 0900-1100" or "09:00–11:00". This module
finds them with a handful of precompiled regular expressions, because it runs on every
line of every document (a few µs per line) and because general date libraries guess
wrongly here (dateparser invents a date from "kl. 13-15" and is ~300× slower).

The rules are conservative: a case number ("Sak 07/12"), a year range ("2025-2028"), a
decimal ("2.5 mill"), a month alone ("mai/juni") or a week ("uke 7/8/9") is never a
date, and a day is never guessed.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from motebok.lazy_pattern import lazy_regex
from motebok.vocab import MONTH_NAMES, MONTH_WORDS

#: A digit: what every date, time and number pattern needs (a cheap test before them;
#: also used by the header and item steps).
DIGIT = re.compile(r"\d")


def has_digit(text: str) -> bool:
    """Whether ``DIGIT`` finds a digit in ``text``, mostly without running it.

    The pattern looks up the Unicode class of every character (about 90 instructions
    each); ten substring searches for "0"–"9" cost about a quarter of that on a line of
    80 characters. Beyond ASCII only characters from U+0660 on can be digits: a text that
    Latin-1 can encode (Norwegian text, most often) has no other (tests/extract/
    test_prefilters.py checks every code point).
    """
    if "0" in text or "1" in text or "2" in text or "3" in text or "4" in text or \
            "5" in text or "6" in text or "7" in text or "8" in text or "9" in text:
        return True
    if text.isascii():
        return False
    try:
        text.encode("latin-1")  # (a copy of the bytes for text held one byte a character)
    except UnicodeEncodeError:
        return DIGIT.search(text) is not None  # Arabic, Devanagari, full-width digits …
    return False


__all__ = [
    "DIGIT",
    "MONTH_NAMES",
    "DateMatch",
    "find_dates",
    "find_time_range",
    "has_digit",
    "iso",
    "labelled_slash_date",
    "mail_client_date",
    "parse_date",
    "year_from_weekday",
]

# --- vocabulary ---------------------------------------------------------------------

# Every month word (``vocab.MONTH_WORDS``) to its number.
MONTHS: dict[str, int] = {name: n for n, names in MONTH_WORDS.items() for name in names}

_WEEKDAY_NAMES: dict[int, tuple[str, ...]] = {
    0: ("mandag", "måndag", "monday"),
    1: ("tirsdag", "tysdag", "tuesday"),
    2: ("onsdag", "wednesday"),
    3: ("torsdag", "thursday"),
    4: ("fredag", "friday"),
    5: ("lørdag", "laurdag", "saturday"),
    6: ("søndag", "sundag", "sunday"),
}
# Every written-out weekday name, bokmål and nynorsk: the one list for patterns that
# read a weekday as a word ("senest fredag", "innan måndag").
WEEKDAY_FULL_NAMES: tuple[str, ...] = tuple(name for names in _WEEKDAY_NAMES.values()
                                            for name in names[:-1])
# Each weekday's bokmål name by its number (Monday 0, as ``date.weekday()``): the one a
# message names a day by ("falls on onsdag").
WEEKDAY_NAMES_BY_NUMBER: tuple[str, ...] = tuple(names[0] for names in _WEEKDAY_NAMES.values())
_WEEKDAY_ABBREVIATIONS: dict[int, tuple[str, ...]] = {
    0: ("man", "mån"),
    1: ("tirs", "tir", "tys"),
    2: ("ons",),
    3: ("tors", "tor"),
    4: ("fre",),
    5: ("lør", "laur"),
    6: ("søn", "sun"),
}
WEEKDAYS: dict[str, int] = {
    name: n
    for table in (_WEEKDAY_NAMES, _WEEKDAY_ABBREVIATIONS)
    for n, names in table.items()
    for name in names
}


def _alternation(words: Iterable[str]) -> str:
    """A regex alternation, longest words first so "sept" wins over "sep"."""
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


def _prefix_tree(words: Iterable[str]) -> str:
    """The words as one regex grouped by their shared beginnings, longer words first:
    "a(?:pr(?:il|)|ug(?:ust|))" for "apr", "april", "aug", "august" (an empty branch,
    not "?", because ``re`` runs an optional group through a counted repeat).

    It matches the words ``_alternation`` matches, but a failing attempt costs one test
    of the first letter instead of one per word: ``re`` tries an IGNORECASE alternation
    word by word, and ``_DATE`` asks for a month after every "14. " and "09." it meets.
    Where the word must end before a letter (or a "-"), only one word can match, so the
    order of the branches cannot change a match either.
    """
    ends = "" in (words := set(words))
    heads: dict[str, list[str]] = {}
    for word in sorted(words - {""}):
        heads.setdefault(word[0], []).append(word[1:])
    branches = [re.escape(head) + _prefix_tree(rests) for head, rests in heads.items()]
    if not branches:
        return ""
    if len(branches) == 1 and not ends:
        return branches[0]
    return f"(?:{'|'.join(branches)}{'|' if ends else ''})"


_NOT_LETTER_AFTER = r"(?![^\W\d_])"
_DASH = r"[-–—‒−]"

# --- dates --------------------------------------------------------------------------

# One alternation, so a single left-to-right scan finds every shape without overlaps.
# Each branch refuses to start or end inside a longer number. Spelled for ``re``'s
# engine, which retries and counts where a plainer spelling would read the same: runs of
# digits taken whole ("\d{1,2}+": each is followed by a non-digit, so giving one back
# never helps), optional groups as a branch with an empty side ("(?:…|)", no counted
# repeat), the months as a prefix tree (see _prefix_tree).
_MONTH_TREE = _prefix_tree(MONTHS)  # "…|ma(?:i|r(?:ch|s|)|y)|…": see _prefix_tree
# The branches by name, each ending its line (comments in the verbose pattern end there).
_DATE_BRANCHES = {
    "iso": r"""
        (?P<iso_y>\d{4})-(?P<iso_m>\d{1,2}+)-(?P<iso_d>\d{1,2}+)(?![\d])
    """,
    "dot_y": r"""
        (?P<dot_y>(?:19|20)\d{2})\.(?P<dot_m>\d{1,2}+)\.(?P<dot_d>\d{1,2}+)(?![\d]|\.\d)
        # "2024.04.03": the year first with full stops, as some case systems print it
    """,
    "dash": r"""
        (?P<dash_d>\d{1,2}+)-(?P<dash_m>\d{1,2}+)-(?P<dash_y>(?:19|20)\d{2})(?![\d-])
        # "03-09-2024": day, month and a four-digit year between dashes
    """,
    "num": r"""
        (?P<num_d>\d{1,2}+)\.(?:\s(?=\d{1,2}\.\s?(?:19|20)\d{2}(?!\d))|)
        (?P<num_m>\d{1,2}+)\.(?:\s(?=(?:19|20)\d{2}(?!\d))|)
        (?P<num_y>\d{4}|\d{2})(?!\d|[.,]\d)  # "22.11. 2022", "13. 3. 2014" too
    """,
    "sl": r"""
        (?P<sl_d>\d{1,2}+)/(?P<sl_m>\d{1,2}+)(?:[-/]|\s(?=(?:19|20)\d{2}))
        (?P<sl_y>\d{4}|\d{2})(?![\d/]|[.,]\d)
    """,
    "dm": rf"""
        (?P<dm_d>\d{{1,2}}+)-(?P<dm_m>{_MONTH_TREE})-(?P<dm_y>(?:19|20)\d{{2}}|\d{{2}})
        (?![\d\w])  # "12-Mar-2026", "05-okt-24": a calendar's or a database export's day
    """,
    "wr": rf"""
        (?P<wr_d>\d{{1,2}}+)(?:st|nd|rd|th|)  # an English ordinal: "12th March 2026"
        (?:\.\s*|\s+(?:\.\s*|))  # "14. mars", "14 mars", "14 .mars"
        (?P<wr_m>{_MONTH_TREE}){_NOT_LETTER_AFTER}\.?
        (?:,?\s*(?<=[\s,.])(?P<wr_y>(?:19|20)\d{{2}})(?!\d)  # "5. okt. 2024", "5. okt.2024"
          | \s+[-–'’](?P<wr_yy>\d{{2}})
            (?!\w|[.,]\d|\.\s*(?:{_MONTH_TREE}){_NOT_LETTER_AFTER})
            # "3. mars -24", "3. mars '24": a two-digit year after a dash or an apostrophe
        |)
    """,
    "in": r"""
        (?P<in_d>\d{1,2}+)\.\s?i\s(?P<in_m>\d{1,2}+)\.(?:\s?(?P<in_y>(?:19|20)\d{2})|)(?!\d)
        # "den 3. i 4.": the third in the fourth (month), as speech has it
    """,
    "bare": r"""
        (?P<bare_d>\d{1,2}+)\.(?P<bare_m>\d{1,2}+)(?:(?P<bare_dot>\.)|)(?!\d|[.,]\d)
    """,
}
_DATE_HEAD = r"""
    (?=\d)(?<![\w.,/:])  # the lookahead first lets the engine skip to digits quickly
"""
_DATE_FLAGS = re.IGNORECASE | re.VERBOSE


def _date_pattern(names: Iterable[str]) -> re.Pattern[str]:
    """``_DATE`` with only the named branches, in ``_DATE``'s order, and the other
    branches' groups in a last branch that never matches: every group of ``_DATE`` is
    there (unmatched, as when another branch matched), so ``_fields`` reads any match.
    (Compiled on first use: the rare shapes cost an import nothing.)"""
    chosen = [branch for name, branch in _DATE_BRANCHES.items() if name in names]
    left = [group for name, branch in _DATE_BRANCHES.items() if name not in names
            for group in re.findall(r"\(\?P<(\w+)>", branch)]
    rest = [f"|(?!){''.join(f'(?P<{group}>)' for group in left)}"] if left else []
    return lazy_regex(_DATE_HEAD + "(?:" + "|".join(chosen) + "".join(rest) + ")", _DATE_FLAGS)


_DATE = _date_pattern(_DATE_BRANCHES)

# Where a date can start: a digit after no letter, digit or ".,/:" (_DATE's look-around),
# with the rest of its run of digits. Its first op is the digit, so ``re`` skips to
# digits in a tight loop; _DATE, led by a look-ahead, would start its whole attempt at
# every character (several times the cost).
_DATE_START = re.compile(r"\d(?<![\w.,/:]\d)\d*")
# _DATE's branches that can match where a run of digits of that length ends in that
# character (``_dates_in``): a branch's first run is "\d{1,2}+" (possessive: the run is
# one or two digits long, all of it taken) or four digits, and the character after it is
# the branch's own ("-", ".", "/", a space). Any other run starts no date. The common
# "14. mars" and "09.30" skip five branches, "2019 Flere …" and "kl 1030" every one.
# (each a name of the module, so that the instruction counter compiles it before it
# counts: benchmarks/instructions.py)
_DAY_RUN_DOT = _date_pattern(("num", "wr", "in", "bare"))  # "14. mars", "09.30", "1.2.24"
_DAY_RUN_DASH = _date_pattern(("dash", "dm"))  # "03-09-2024", "12-Mar-2026"
_DAY_RUN_SLASH = _date_pattern(("sl",))  # "3/4-24"
_DAY_RUN_SPACED = _date_pattern(("wr",))  # (a day and any whitespace: "14 mars")
# the first letters of an English ordinal's suffix ("1st", "2nd", "3rd", "12th March"):
# such a run is tried as a written date too ("wr" takes the suffix)
_ORDINAL_OPENINGS = "snrtSNRT"
_YEAR_RUN_DASH = _date_pattern(("iso",))  # "2024-03-14"
_YEAR_RUN_DOT = _date_pattern(("dot_y",))  # "2024.03.14"
_DAY_RUN_THEN = {".": _DAY_RUN_DOT, "-": _DAY_RUN_DASH, "/": _DAY_RUN_SLASH}
_YEAR_RUN_THEN = {"-": _YEAR_RUN_DASH, ".": _YEAR_RUN_DOT}

# Words after which "6.5" or "12.3.22" is a number, a section or a clock time, not a date.
_NUMBER_WORDS = ("kl", "klokka", "klokken", "kr", "nok", "ca", "versjon", "ver", "v", "pkt",
                 "punkt", "kap", "kapittel", "sak", "saksnr", "nr", "ref", "tabell", "figur",
                 "fig", "vedlegg", "side", "s", "uke", "veke")
# Matched against the *reversed* text before a date, so it is one anchored attempt
# instead of a search over every position of the look-back window.
_NUMBER_CONTEXT_BEFORE_REVERSED = re.compile(
    rf"\s*(?:\.?(?:{_alternation(w[::-1] for w in _NUMBER_WORDS)}){_NOT_LETTER_AFTER}|§"
    rf"|{_DASH}\s*\d{{2}}[.:]\d)",
    re.IGNORECASE,
)
# What ``_NUMBER_CONTEXT_BEFORE_REVERSED`` can open with past its spaces, besides a letter:
# an abbreviation's stop, "§", a dash (checked over every code point: tests/extract/test_dates.py)
_NUMBER_CONTEXT_OPENINGS = frozenset(".§" + _DASH[1:-1])
# Units after which "2.5" is an amount, and a following clock time ("10.12-11.00").
_NUMBER_CONTEXT_AFTER = lazy_regex(
    r"\s*(?:%|‰|(?:prosent|mill|millioner|mrd|milliarder|mnok|kr|kroner|nok|tusen|km|mil|"
    r"kg|timer|t|stk|år|dager|uker|mnd|måneder|meter|m2|m²)\b|" + _DASH + r"\s*\d{1,2}[.:]\d{2})",
    re.IGNORECASE,
)
_SLASH_CONTEXT_BEFORE = lazy_regex(
    r"\b(?:sak|saksnr|saksnummer|arkivsak|arkivsaksnr|ref|vår\s+ref|deres\s+ref|nr|"
    r"jnr|journalnr|løpenr|uke|uker|veke|veker)\.?\s*:?\s*$",
    re.IGNORECASE,
)
# "10. og " / "1.–" / "3., " before a date: earlier days of the same month.
_LIST_DAY_BEFORE = lazy_regex(
    rf"(?<![\w.,/:])(?P<day>\d{{1,2}})(?P<dot>\.)?\s*(?P<sep>og|&|til|,|{_DASH})\s*$",
    re.IGNORECASE,
)
# "3/3–" / "30/3 til " before a slash date: the first day of a span, "3/3-4/3 2026".
_SLASH_DAY_BEFORE = lazy_regex(
    rf"(?<![\w.,/:])(?P<day>\d{{1,2}})/(?P<month>\d{{1,2}})\s*(?:{_DASH}|til)\s*$",
    re.IGNORECASE,
)
_LOOKBACK = 30  # characters of context examined before a match
_CONTEXT = 16  # … for the words that make a number "not a date"
_GAP = " ,\t\u00a0"  # what may stand between a weekday and its date
_LIST_SEPARATORS = (",", "&", "-", "–", "—", "‒", "−", "og", "til")
_FULL_WEEKDAYS = {name: n for n, names in _WEEKDAY_NAMES.items() for name in names}
_SHORT_WEEKDAYS = {name: n for n, names in _WEEKDAY_ABBREVIATIONS.items() for name in names}
# The last three letters of every weekday name and abbreviation ("dag", "day", "ons",
# "tor" …; none is shorter): a word before a date whose own last three letters, lowered,
# are none of these is no weekday, and ``_weekday_before`` need not find where it begins
# (lowering is letter by letter, so a word that lowers to a name ends in that name's tail).
_WEEKDAY_TAILS = frozenset(name[-3:] for name in (*_FULL_WEEKDAYS, *_SHORT_WEEKDAYS))


@dataclass(frozen=True, slots=True)
class DateMatch:
    """One date found in a text, as written: the year may be missing."""

    day: int
    month: int
    year: int | None  # None when the text gives no year
    start: int  # span in the searched text
    end: int
    weekday: int | None  # 0=Monday … when a weekday name precedes the date, else None

    def resolve(self, default_year: int | None) -> dt.date | None:
        """The date with its own year, else ``default_year``; None if impossible (31.2.)."""
        year = self.year if self.year is not None else default_year
        if year is None:
            return None
        try:
            return dt.date(year, self.month, self.day)
        except ValueError:
            return None


_NEW = object.__new__
_SET_DATE_FIELDS = tuple(DateMatch.__dict__[name].__set__
                         for name in ("day", "month", "year", "start", "end", "weekday"))


def _date_match(day: int, month: int, year: int | None, start: int, end: int,
                weekday: int | None) -> DateMatch:
    """``DateMatch(day, month, year, start, end, weekday)``, made for the date scan, which
    makes one for every date it finds: a frozen dataclass's ``__init__`` sets each field
    through ``object.__setattr__`` (about 9,000 instructions a date), where the slots'
    own setters, called here, set the same fields for some 40 % less. The object is the
    same in every way (fields, equality, hash, still frozen)."""
    found = _NEW(DateMatch)
    set_day, set_month, set_year, set_start, set_end, set_weekday = _SET_DATE_FIELDS
    set_day(found, day)
    set_month(found, month)
    set_year(found, year)
    set_start(found, start)
    set_end(found, end)
    set_weekday(found, weekday)
    return found


def _year(text: str) -> int:
    """A written year as a full year: two-digit years are 20xx in these documents."""
    value = int(text)
    return 2000 + value if len(text) == 2 else value


def _weekday_before(text: str, start: int) -> int | None:
    """The weekday named directly before ``start`` ("Fredag 11. mars"), if any.

    Plain string work rather than a regex: it runs for every date found, and a regex
    anchored at the end would be tried at every position of the look-back window.
    """
    # (a conditional, not max(): a call of the builtin costs more than the rest of a line)
    head = text[start - _LOOKBACK if start > _LOOKBACK else 0:start].rstrip(_GAP)
    if head[-3:].lower() == "den" and (len(head) == 3 or not head[-4].isalpha()):
        head = head[:-3].rstrip(_GAP)
    abbreviated = head[-1:] == "."
    if abbreviated:
        head = head[:-1]
    if head[-3:].lower() not in _WEEKDAY_TAILS:
        return None  # (most words before a date: "innen", "frist", "Dato:", a digit)
    begin = len(head)
    while begin and head[begin - 1].isalpha():
        begin -= 1
    word = head[begin:].lower()
    if abbreviated and word in _SHORT_WEEKDAYS:
        return _SHORT_WEEKDAYS[word]
    return _FULL_WEEKDAYS.get(word)


def _after_number_word(text: str, start: int) -> bool:
    """Whether ``start`` follows "kl.", "kr", "versjon", "§", "09.00 –" and the like.

    The reversed pattern's alternation of words is tried word by word (some 8,000
    instructions on a miss), but past its spaces each branch opens with a letter (a
    word's last), a stop, "§" or a dash: a text whose last character before the spaces
    is none of them ("Møtetid: 09.30", or nothing before the date) is answered without it.
    """
    before = text[start - _CONTEXT if start > _CONTEXT else 0:start]
    last = before.rstrip()[-1:]  # (``rstrip`` strips what the pattern's "\s" matches)
    if not last or not (last.isalpha() or last in _NUMBER_CONTEXT_OPENINGS):
        return False
    return _NUMBER_CONTEXT_BEFORE_REVERSED.match(before[::-1]) is not None


def _fields(match: re.Match[str], text: str) -> tuple[int, int, int | None] | None:
    """(day, month, year) of one regex match, or None when its context says "not a date".

    One branch of ``_DATE`` matched, and only its groups are set, so the order of the
    tests below changes no answer: the shapes of minutes' dates come first ("14. mars",
    "14.03.2025"), each further test a look-up into the match saved."""
    if match["wr_d"]:
        year = match["wr_y"] or match["wr_yy"]
        return int(match["wr_d"]), MONTHS[match["wr_m"].lower()], _year(year) if year else None
    if match["num_d"]:
        year = match["num_y"]
        if len(year) == 2 and _after_number_word(text, match.start()):
            return None
        return int(match["num_d"]), int(match["num_m"]), _year(year)
    if match["iso_y"]:
        return int(match["iso_d"]), int(match["iso_m"]), int(match["iso_y"])
    if match["dot_y"]:
        return int(match["dot_d"]), int(match["dot_m"]), int(match["dot_y"])
    if match["dash_d"]:
        return int(match["dash_d"]), int(match["dash_m"]), int(match["dash_y"])
    if match["dm_d"]:
        return int(match["dm_d"]), MONTHS[match["dm_m"].lower()], _year(match["dm_y"])
    if match["sl_d"]:
        if _SLASH_CONTEXT_BEFORE.search(text, max(0, match.start() - _CONTEXT), match.start()):
            return None
        return int(match["sl_d"]), int(match["sl_m"]), _year(match["sl_y"])
    if match["in_d"]:  # "3. i 4." only after "den" or before a year ("punkt 3. i 4. ledd")
        year = match["in_y"]
        if not year and text[max(0, match.start() - 4):match.start()].lower() != "den ":
            return None
        return int(match["in_d"]), int(match["in_m"]), int(year) if year else None
    # Bare "D.M" / "D.M.": the riskiest shape, so it must not look like a number or a time.
    if _after_number_word(text, match.start()):
        return None
    if match["bare_dot"] is None and _NUMBER_CONTEXT_AFTER.match(text, match.end()):
        return None
    return int(match["bare_d"]), int(match["bare_m"]), None


def _list_days(text: str, found: DateMatch, floor: int, written: bool) -> list[DateMatch]:
    """Earlier days listed before a date ("10. og 11.6.", "1.–3. juni"), same month/year.

    ``floor`` is where the previous match ended: a listed day never reaches into it.
    """
    days: list[DateMatch] = []
    start = found.start
    if found.weekday is not None:  # "mandag 9. og tirsdag 10. november": past the weekday
        head = text[max(floor, start - _LOOKBACK):start].rstrip(_GAP)
        word = head.rstrip(".").rsplit(None, 1)[-1] if head.strip() else ""
        if word.lower() in _FULL_WEEKDAYS or word.lower() in _SHORT_WEEKDAYS:
            start = max(floor, start - _LOOKBACK) + head.rstrip(".").rfind(word)
    while text[start - 5 if start - 5 > floor else floor:start].rstrip().lower().endswith(
            _LIST_SEPARATORS):
        tail = _LIST_DAY_BEFORE.search(text, max(floor, start - _LOOKBACK), start)
        if tail is None:
            break
        dash = tail.group("sep").lower() not in ("og", "&", "til", ",")
        # Without its dot, a number is a listed day only in "1-3. juni".
        if not tail.group("dot") and not (dash and written):
            break
        day = int(tail.group("day"))
        if not 1 <= day <= 31 or (days and day >= days[0].day) or day >= found.day:
            break
        begin = tail.start("day")
        end = tail.end("dot") if tail.group("dot") else tail.end("day")
        days.insert(0, DateMatch(day, found.month, found.year, begin, end,
                                 _weekday_before(text, begin)))
        start = begin
    return days


def _slash_span_start(text: str, found: DateMatch, floor: int) -> DateMatch | None:
    """The first day of a span written with slashes, "3/3-4/3 2026" or "30/3 til 1/4-26",
    with the last day's year: the span's first day alone ("3/3") is no date (a fraction
    or a case number) until the dash ties it to the dated last day."""
    before = text[max(floor, found.start - 12):found.start]
    if "/" not in before or (tail := _SLASH_DAY_BEFORE.search(before)) is None:
        return None
    day, month = int(tail["day"]), int(tail["month"])
    if not (1 <= day <= 31 and 1 <= month <= 12) or (month, day) == (found.month, found.day):
        return None
    offset = max(floor, found.start - 12)
    if _SLASH_CONTEXT_BEFORE.search(text, max(0, offset + tail.start() - _CONTEXT),
                                    offset + tail.start()):
        return None  # "sak 3/3-4/3": case numbers
    first = DateMatch(day, month, None, offset + tail.start(), offset + tail.end("month"),
                      _weekday_before(text, offset + tail.start()))
    return _with_year_of(first, found) if found.year is not None else first


def find_dates(text: str) -> list[DateMatch]:
    """Every date in ``text``, in order; dates without a year have ``year=None``.

    Day and month are checked for range (1–31, 1–12) but not against each other, so
    "31.2.2022" is found and its :meth:`DateMatch.resolve` gives None.

    The steps ask this of the same text again and again (a task's sentence is read for
    its due date, for a date after the meeting, for a deadline of the task before; an
    item's lines by the header and the next-meeting steps): the dates of a text with a
    digit are remembered (``_dates_in``), each caller given a list of its own.
    """
    if not has_digit(text):
        return []
    return list(_dates_in(text))


# Distinct texts whose dates are remembered: a document asks about a few dozen, and the
# same sentences ("Neste møte 12. mars.", "Frist 1. april.") come back in other minutes.
_DATES_MEMO = 4096


@functools.lru_cache(maxsize=_DATES_MEMO)
def _dates_in(text: str) -> tuple[DateMatch, ...]:
    """``find_dates`` of a text with a digit, as a tuple: an answer of the text alone
    (``DateMatch`` is frozen), so one remembered answer serves every caller."""
    results: list[DateMatch] = []
    floor = at = 0
    # the dates ``_DATE.finditer`` gives, tried only where one can start (see _DATE_START)
    # and with only the branches that can match the run of digits there (_DAY_RUN_THEN)
    while (start := _DATE_START.search(text, at)) is not None:
        at = start.end()  # (a digit inside the run starts no date: a digit is before it)
        run = at - start.start()
        if run <= 2:
            after = text[at:at + 1]
            pattern = _DAY_RUN_THEN.get(after) or (
                _DAY_RUN_SPACED if after.isspace() or (after and after in _ORDINAL_OPENINGS)
                else None)
        else:
            pattern = _YEAR_RUN_THEN.get(text[at:at + 1]) if run == 4 else None
        if pattern is None or (match := pattern.match(text, start.start())) is None:
            continue
        at = match.end()
        fields = _fields(match, text)
        if fields is None:
            continue
        day, month, year = fields
        if not (1 <= day <= 31 and 1 <= month <= 12):
            continue
        found = _date_match(day, month, year, match.start(), match.end(),
                            _weekday_before(text, match.start()))
        if year is not None and results and results[-1].year is None and \
                _joins_range(text[results[-1].end:found.start], found.weekday):
            results[-1] = _with_year_of(results[-1], found)
        if match["sl_d"] and (span_start := _slash_span_start(text, found, floor)):
            results.append(span_start)
        results.extend(_list_days(text, found, floor, bool(match.group("wr_d"))))
        results.append(found)
        floor = match.end()
    return tuple(results)


# What joins the first and the last day of a meeting over several: "31. mars–1. april".
_RANGE_JOINS = frozenset({"–", "-", "—", "til", "og", "&"})


def _joins_range(between: str, weekday: int | None) -> bool:
    """Whether the text between two days joins them as the first and the last of one
    meeting, so the first takes the last one's year: "4. mars – 5. mars 2024", and with
    the last day's weekday after the join ("mandag 4. mars – tirsdag 5. mars 2024")."""
    joined = between.strip().casefold()
    if joined in _RANGE_JOINS:
        return True
    if weekday is None:
        return False
    words = joined.split()  # ("– tirsdag", "og tirs.", "– tirsdag den": the weekday's own)
    return 2 <= len(words) <= 3 and words[0] in _RANGE_JOINS


def _with_year_of(first: DateMatch, last: DateMatch) -> DateMatch:
    """The first day of a span over two months, "31. mars–1. april 2026" or "30.12.–2.1.2027",
    with the year the last day gives (the year before, when the span crosses New Year)."""
    year = last.year if (first.month, first.day) <= (last.month, last.day) else last.year - 1
    return DateMatch(first.day, first.month, year, first.start, first.end, first.weekday)


# A day and month with a slash, first in a date label's value: "Dato: Torsdag 4/4 kl. 10".
_LABELLED_SLASH = lazy_regex(rf"^\s*(?:(?P<weekday>{_alternation(_FULL_WEEKDAYS)})\s+)?"
                             r"(?:den\s+)?(?P<day>\d{1,2})/(?P<month>\d{1,2})(?![\d/])", re.I)


def labelled_slash_date(value: str) -> DateMatch | None:
    """The date of a date label's value written "4/4" without a year (elsewhere a
    fraction or a case number, so only ``find_dates``'s fallback where a label says
    the value is a date)."""
    found = _LABELLED_SLASH.match(value) if "/" in value else None
    if found is None:
        return None
    day, month = int(found["day"]), int(found["month"])
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return None
    weekday = _FULL_WEEKDAYS[found["weekday"].lower()] if found["weekday"] else None
    return DateMatch(day, month, None, found.start("day"), found.end(), weekday)


def weekday_slash_date(text: str) -> DateMatch | None:
    """The day of a line that opens with a weekday and "4/3" ("Onsdag 9/4 kl 0830-1000,
    Rådhuset"): the weekday says the slash is a day and month, as a date label does."""
    found = labelled_slash_date(text) if text[:1].isalpha() and "/" in text[:20] else None
    return found if found is not None and found.weekday is not None else None


_MONTH_FIRST = lazy_regex(r"^\s*(?:[A-Za-z]+,?\s+)?(?P<month>[A-Za-z]+)\s+(?P<day>\d{1,2}),?\s+"
                          r"(?P<year>\d{4})\b")


def mail_client_date(value: str) -> DateMatch | None:
    """The date an English mail client writes month first ("Sent: Friday, March 15, 2024
    10:12"): read only in a sent-date label's value, which says when the document was
    sent, never in running text, where Norwegian writes the day first."""
    found = _MONTH_FIRST.match(value)
    if found is None or (month := MONTHS.get(found["month"].lower())) is None:
        return None
    day = int(found["day"])
    if not 1 <= day <= 31:
        return None
    return DateMatch(day, month, int(found["year"]), found.start("month"), found.end(), None)


def parse_date(text: str, default_year: int | None = None) -> dt.date | None:
    """The first date in ``text``, taking ``default_year`` when it gives none."""
    for found in find_dates(text):
        return found.resolve(default_year)
    return None


def year_from_weekday(day: int, month: int, weekday: int, near: int) -> int | None:
    """The year within ``near``±6 closest to ``near`` in which day.month falls on weekday.

    "Fredag 11. mars" without a year still pins the year down. On a tie the earlier year
    wins, since minutes are written about meetings that have been.
    """
    for distance in range(7):
        for year in (near - distance, near + distance) if distance else (near,):
            try:
                if dt.date(year, month, day).weekday() == weekday:
                    return year
            except ValueError:
                continue
    return None


# Deadlines in shapes that are dates only after a deadline word: "innen 15/4" (a bare
# "15/4" may be a fraction or a case number; also with its weekday: "innen onsdag 15/1"),
# "innen utgangen av mars" (its last day).
_DEADLINE_SLASH = lazy_regex(r"\b(?:frist|innen|innan|senest|seinast|før)\s*:?\s*"
                             r"(?:[a-zæøå]{2,5}dag\s+)?(?:den\s+)?"
                             r"(?P<day>\d{1,2})/(?P<month>\d{1,2})(?![\d/])", re.I)
# ("ultimo mars" is its last day too, so is "ved utgangen av mars"; "utgangen av året" and
# "årsskiftet" are December's; so is the end of a year by its number, "i løpet av 2025";
# a quarter or a half year ends with its last month: "i løpet av 2. kvartal", "innan
# utgangen av første halvår" are 30 June)
_DEADLINE_MONTH_END = lazy_regex(
    rf"\b(?:(?:(?:innen|innan|før|til|ved|frist:?)\s+(?:utgangen|slutten|enden)|i\s+løpet)\s+av\s+|"
    rf"ultimo\s+)(?:(?P<month>{_alternation(MONTHS)}){_NOT_LETTER_AFTER}|(?P<year_end>året\b)|"
    r"(?:(?P<quarter>[1-4])\.?|(?P<quarter_word>første|fyrste|andre|annet|tredje|fjerde|"
    r"siste))\s+kvartal\b|"
    r"(?P<half>første|fyrste|andre|annet|siste)\s+halvår\b|"
    r"(?P<year_only>(?:19|20)\d{2})(?![\d/-]|\.\d))"
    rf"(?:\s+(?P<year>(?:19|20)\d{{2}}))?|"
    rf"\b(?:innen|innan|før|til)\s+(?P<turn>årsskiftet)\b",
    re.I)


# An English deadline, month first as English writes it: "by March 6", "by April 15th,
# 2026" (only after "by": in running Norwegian text the day comes first)
# (and a note app's English "due" before it: "(due: March 20, 2026)", "due March 20")
_ENGLISH_BY_MONTH_DAY = lazy_regex(
    r"\b(?:by|due\s*:?)\s+(?P<month>january|february|march|april|may|june|july|august|september|october|"
    r"november|december)\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(?P<year>(?:19|20)\d{2}))?",
    re.I)


# The quarters and half years by their ordinal word, as the number of the last month
_QUARTER_WORDS = {"første": 1, "fyrste": 1, "andre": 2, "annet": 2, "tredje": 3, "fjerde": 4,
                  "siste": 4}
_HALF_WORDS = {"første": 1, "fyrste": 1, "andre": 2, "annet": 2, "siste": 2}


def _last_month_of(month_end: re.Match[str]) -> int:
    """The last month of the period a ``_DEADLINE_MONTH_END`` match names: the month
    itself, a quarter's third month, a half year's sixth, else December (the year)."""
    if month_end["month"]:
        return MONTHS[month_end["month"].lower()]
    if month_end["quarter"]:
        return int(month_end["quarter"]) * 3
    if month_end["quarter_word"]:
        return _QUARTER_WORDS[month_end["quarter_word"].lower()] * 3
    if month_end["half"]:
        return _HALF_WORDS[month_end["half"].lower()] * 6
    return 12


def deadline(text: str, default_year: int | None) -> dt.date | None:
    """A deadline in the shapes ``find_dates`` leaves alone: "frist 15/4", "innen
    utgangen av mars", "i løpet av april", "i løpet av 2. kvartal" (the period's last day,
    in ``default_year`` unless one is written). A period named alone ("innen mai", "før
    påske", "innen sommeren") gives none: whether it means its start or its end, the
    text does not say, and no day is made up for it."""
    slash = "/" in text and _DEADLINE_SLASH.search(text)  # (the pattern needs a "/")
    if slash and default_year is not None:
        try:
            return dt.date(default_year, int(slash["month"]), int(slash["day"]))
        except ValueError:
            return None
    # every form names "utgangen", "slutten", "enden" or "løpet"; most task sentences none
    # ("slutten" tested without its "s", which IGNORECASE also matches as "ſ"; ``lower``
    # is IGNORECASE for the other letters)
    lowered = text.lower()
    month_end = ("utgangen" in lowered or "lutten" in lowered or "enden" in lowered or
                 "løpet" in lowered or "ultimo" in lowered or "årsskift" in lowered) and \
        _DEADLINE_MONTH_END.search(text)
    if month_end:
        year = int(month_end["year"] or month_end["year_only"] or 0) or default_year
        if year is None:
            return None
        month = _last_month_of(month_end)
        following = dt.date(year + month // 12, month % 12 + 1, 1)
        return following - dt.timedelta(days=1)
    english = ("by " in lowered or "due" in lowered) and _ENGLISH_BY_MONTH_DAY.search(text)
    if english:
        year = int(english["year"]) if english["year"] else default_year
        try:
            return dt.date(year, MONTHS[english["month"].lower()], int(english["day"])) \
                if year is not None else None
        except (ValueError, KeyError):
            return None
    return None


def iso(d: dt.date | None) -> str | None:
    """ISO 8601 text for the record ("2022-03-17"), None stays None."""
    return d.isoformat() if d is not None else None


# --- times --------------------------------------------------------------------------

# "About" before a time, bokmål and nynorsk: "ca. 15.00", "cirka 15", "om lag 14.00".
ABOUT = r"(?:ca\.?\s*|cirka\s+|om\s+lag\s+|omkring\s+)"
# A clock time after "kl.": "9", "09", "09.00", "09:00" or "0900".
_KL_TOKEN = r"(?:\d{4}|\d{1,2}(?::\d{2}:\d{2}|[.:]\d{2})?)(?!\d|[.:]\d)"
# A bracketed aside between the start and the dash: "kl. 09.00 (lunsj fra 11.30) – 15.00".
# (A note app's range has an arrow, after the time zone: "13:00 (CEST) → 15:00".)
# (and the first day named after the start of a meeting over two: "kl. 10.00 dag 1 til kl.
# 14.00 dag 2", the end then the second day's)
# (and the first day's weekday after its start, the end then the later day's: "frå kl.
# 11.00 onsdag til kl. 14.00 torsdag")
_ASIDE = (r"(?:\s*\([^()]{1,40}\)|\s+dag\s+1(?!\d)|"
          rf"\s+(?:{_alternation(_FULL_WEEKDAYS)}){_NOT_LETTER_AFTER})?")
# What stands between the start and the end: a dash, "til" ("to" in English), and the
# end named "slutt" ("10.00 – slutt ca. 15.00"), also in brackets ("kl. 10 (slutt ca. 15)",
# "kl. 10.00 (varte til 15.30)": how long it lasted, written beside the start), or after a
# slash as the start was named ("Start 09.00 / Slutt 11.45", "Møtestart 9 / møteslutt
# 11.30"); a form's "Fra: 18.00 Til: 20.00" has a colon after "til".
_END_SEPARATOR = (rf"(?:{_ASIDE}\s*(?:{_DASH}|til:?|to|→)|"
                  r"\s*[,/]?\s*\(?(?=(?:møte)?slutt|varte\s))\s*"
                  rf"(?:(?:(?:møte)?slutt|varte\s+til)\s*:?\s*)?(?:{ABOUT})?")
_KL_TIME = lazy_regex(
    rf"""
    kl(?<![^\W\d_]kl)(?:okka|okken)?[.:]?\s*(?:{ABOUT})?(?P<t1>{_KL_TOKEN})
    (?:{_END_SEPARATOR}(?:(?:kl|klokka|klokken)[.:]?\s*)?(?P<t2>{_KL_TOKEN}))?
    """,
    re.IGNORECASE | re.VERBOSE,
)
# Without "kl.", only "HH:MM", "HH.MM–HH.MM" (or "Tid: HH.MM") count: "2.5" is a number.
# (with seconds only after colons: "16:15:00" is a time, "12.03.24" a date)
# A slash before the time only right after a dotted date's year: "04.03.26/10:00-12:00"
# (a "Dato/tid:" value written as one token); "3/10.00" is a fraction or a case number.
_BARE_TOKEN = (r"(?:(?<![\d.,:/])|(?<=\.\d\d/)|(?<=\.\d{4}/))"
               r"\d{1,2}(?::\d{2}:\d{2}|[.:]\d{2})(?!\d|[.:]\d)")
_BARE_TIME = re.compile(
    rf"""
    (?=\d)(?P<t1>{_BARE_TOKEN})
    (?:{_END_SEPARATOR.replace("|to|", "|")}(?:(?:kl|klokka|klokken)\.?\s*)?(?P<t2>{_BARE_TOKEN}))?
    """,
    re.IGNORECASE | re.VERBOSE,
)
_TID_BEFORE = lazy_regex(r"(?<![^\W\d_])tid(?:spunkt)?\s*:?\s*(?:fra\s+)?$", re.IGNORECASE)
# "0900-1440" right after a date ("Fredag 20.6.2014, 0900-1440"); elsewhere a year range.
_DIGITS_RANGE = lazy_regex(rf"(?=\d)(?<![\d.,:/])(?P<t1>\d{{4}})\s*{_DASH}\s*(?P<t2>\d{{4}})(?!\d)")


_CLOCK_SEPARATOR = re.compile(r"[.:]")


def _has_dash(text: str) -> bool:
    """Whether the text holds one of the dashes ``_DASH`` stands for."""
    return "-" in text or "–" in text or "—" in text or "‒" in text or "−" in text


def _clock(token: str | None) -> str | None:
    """ "9", "09.00", "09:00", "0900" → "09:00"; None when not a valid time of day."""
    if not token:
        return None
    if token.isdigit():
        hours, minutes = (token[:2], token[2:]) if len(token) == 4 else (token, "0")
    else:
        hours, minutes = _CLOCK_SEPARATOR.split(token)[:2]  # "16:15:00": no seconds
    h, m = int(hours), int(minutes)
    if 0 <= h <= 23 and 0 <= m <= 59:
        return f"{h:02d}:{m:02d}"
    return None


# A meeting over two days, its end on the second: "kl. 12.00 – 4. mars kl. 14.00",
# "3.3. kl. 12 – 4.3. kl. 14", "kl. 17.00 til tirsdag 3. februar kl. 15.00" (the day's
# number is no hour, the time after it the end); "kl. 11 – dag 2 kl. 14", "… – andre dag
# kl. 14": the second day by its number; "kl. 10 – torsdag kl. 14.30" by its weekday.
_LATER_DAY_END = lazy_regex(
    rf"{_ASIDE}\s*(?:{_DASH}|\s(?:til|to)\s)\s*(?:(?:[^\W\d_]+dag\s+)?(?:den\s+)?\d{{1,2}}\.\s*"
    rf"(?:\d{{1,2}}\.(?:\d{{2,4}})?|(?:{_alternation(MONTHS)}){_NOT_LETTER_AFTER}\.?"
    rf"(?:\s+(?:19|20)\d{{2}})?)|dag\s+[2-9](?!\d)|"
    # "Dag 1 kl. 11.00 – dag 2 kl. 14.00": a gathering's days by number
    rf"(?:andre|neste|påfølgende)\s+dag|"
    # "onsdag kl. 10.00 – torsdag kl. 14.30": the later day by its weekday alone, its
    # hour after "kl." (the dates of both days stand before: "27.–28. januar")
    rf"[^\W\d_]+dag(?=\s*,?\s*kl))\s*,?\s*(?:kl(?:okka|okken)?[.:]?\s*)?(?P<t2>{_KL_TOKEN})",
    re.IGNORECASE)

# What follows a number that is a day, not an hour: "4. mars", "4.3.".
_DAY_NOT_HOUR = lazy_regex(rf"\.\s*(?:\d{{1,2}}\.|(?:{_alternation(MONTHS)}){_NOT_LETTER_AFTER})",
                           re.IGNORECASE)


# A time joined to the day before it by a slash: "12.03/10.00", "4.3.26/18:00" ("Dato/kl.:
# 12.03/10.00": the day, then the hour; "12.03" is no time there).
_SLASH_THEN_TIME = lazy_regex(r"\s?/\s?\d{1,2}[.:]\d{2}(?!\d)")


def slash_hour_as_kl(text: str) -> str:
    """The text after a day written with its hour after a slash ("14.05/18.00–20.00, …"
    from the "/") with the slash read as "kl.", the way such a day's hour is said; other
    text as it is."""
    if text[:1] == "/" and _SLASH_THEN_TIME.match(text):
        return f"kl. {text[1:].lstrip()}"
    return text


def _first_kl(text: str) -> tuple[int, str, str | None, int] | None:
    if "kl" not in text.lower():  # the pattern's one literal (lower() keeps IGNORECASE's "K")
        return None
    for match in _KL_TIME.finditer(text):
        start = _clock(match.group("t1"))
        if start and match.group("t2") is None and text[match.end("t1"):][:3].lstrip()[:1] == \
                "/" and _SLASH_THEN_TIME.match(text, match.end("t1")):
            continue  # "kl: 12.03/10.00": a day and month, the hour after the slash
        if start:
            end, stop = _clock(match.group("t2")), match.end()
            if end is None or text[stop:stop + 1] == ".":
                if later := _LATER_DAY_END.match(text, match.end("t1")):
                    end, stop = _clock(later.group("t2")), later.end()  # the second day's
                elif end and _DAY_NOT_HOUR.match(text, stop):
                    end, stop = None, match.end("t1")  # "kl. 10 – 4. mars": a day, no end
            return match.start(), start, end, stop
    return None


# A whole hour before a dash and a bare time: "10 - 14:30", "9–15.30" (the hour alone is
# no time, but a range's start is one when its end is a time).
_HOUR_BEFORE_DASH = lazy_regex(r"(?<![\d.,:/])(?P<hour>\d{1,2})\s*[-–—]\s*$")


def _first_bare(text: str) -> tuple[int, str, str | None, int] | None:
    if "." not in text and ":" not in text:  # every bare time is "HH.MM" or "HH:MM"
        return None
    for match in _BARE_TIME.finditer(text):
        start, end = _clock(match.group("t1")), _clock(match.group("t2"))
        if start is None:
            continue
        if end is None and match.start() and text[match.start() - 1] in " -–—" and \
                (hour := _HOUR_BEFORE_DASH.search(text, max(0, match.start() - 6),
                                                  match.start())) and \
                (opened := _clock(f"{hour.group('hour')}.00")) is not None and \
                "06:00" <= opened < start and (":" in match.group("t1") or _TID_BEFORE.search(
                    text, max(0, hour.start() - _CONTEXT), hour.start())):
            return hour.start(), opened, start, match.end()  # "Tid: 10 - 14:30"
        # (a token right after a slash follows a dotted day: "12.03/10.00", "4.3.26/10.00")
        if end or ":" in match.group("t1") or text[match.start() - 1:match.start()] == "/" or \
                _TID_BEFORE.search(text, max(0, match.start() - _CONTEXT), match.start()):
            return match.start(), start, end, match.end()
    return None


# A second session right after the first range: "kl. 09.00–11.30 og 12.30–15.00",
# "kl. 9–11.30, 12.30–15" (a break between them): a whole range again, nothing else.
_SECOND_SESSION = lazy_regex(
    # (each range may name its day in brackets: "kl. 10.00–15.30 (dag 1) og kl.
    # 08.30–12.00 (dag 2)")
    rf"\s*(?:\([^()]{{1,20}}\)\s*)?(?:og|,|/|\+|&)\s*(?:(?:kl|klokka|klokken)\.?\s*)?(?P<t1>{_KL_TOKEN})\s*{_DASH}\s*"
    rf"(?:{ABOUT})?(?:(?:kl|klokka|klokken)\.?\s*)?(?P<t2>{_KL_TOKEN})(?!\s*{_DASH})",
    re.IGNORECASE)


# A meeting over two days with each day's hours: "onsdag 12. mars kl. 10.00–16.00,
# torsdag 13. mars kl. 08.30–12.00", "12.3. kl. 10–16 og 13.3. kl. 9–12": after the
# first day's range, a comma or "og", the later day (its weekday first, or none), then
# its range; the meeting ends when the later day's range does.
_LATER_DAY_SESSION = lazy_regex(
    rf"\s*(?:og|,|;|/)\s*(?:[^\W\d_]+dag\s+)?(?:den\s+)?\d{{1,2}}\.\s*"
    rf"(?:\d{{1,2}}\.(?:\d{{2,4}})?|(?:{_alternation(MONTHS)}){_NOT_LETTER_AFTER}\.?"
    rf"(?:\s+(?:19|20)\d{{2}})?)\s*,?\s*(?:(?:kl|klokka|klokken)\.?\s*)?(?P<t1>{_KL_TOKEN})\s*"
    rf"{_DASH}\s*(?:{ABOUT})?(?:(?:kl|klokka|klokken)\.?\s*)?(?P<t2>{_KL_TOKEN})(?!\s*{_DASH})",
    re.IGNORECASE)


def second_day_end(text: str) -> str | None:
    """The end of a second range after the first in ``text`` ("kl. 10.00–16.00 og
    08.30–12.00"), whenever it starts, or None: read by a caller that knows the meeting
    runs over two days ("12.–13. mars"), where the second range is the second day's hours.
    On one day a range starting before the first one ends is no later session
    (``_session_end``)."""
    text = slash_hour_as_kl(text)
    candidates = [c for c in (_first_kl(text), _first_bare(text)) if c]
    if not candidates:
        return None
    first = min(candidates, key=lambda c: c[0])
    second = _SECOND_SESSION.match(text, first[3]) if first[2] is not None else None
    if second is None:
        return None
    resume, until = _clock(second.group("t1")), _clock(second.group("t2"))
    return until if resume is not None and until is not None and resume < until else None


def spans_two_days(text: str) -> bool:
    """Whether a date in ``text`` is a meeting's two joined days ("12.–13. mars 2025",
    "12. og 13. mars"), which the first day's date alone does not tell."""
    found = find_dates(text)
    return len(found) >= 2 and days_end(text, found, found[0]) > found[0].end


def _session_end(text: str, at: int, end: str) -> str:
    """The meeting's end when a second session follows the first one's range: that
    session's end, if it starts after the first one ends and ends after it starts; or,
    when the second range is a later day's ("…, torsdag 13. mars kl. 08.30–12.00"), that
    day's end, whenever it starts."""
    second = _SECOND_SESSION.match(text, at)
    if second is None:
        later = _LATER_DAY_SESSION.match(text, at) if _day_follows(text, at) else None
        if later is not None and (resume := _clock(later.group("t1"))) is not None and \
                (until := _clock(later.group("t2"))) is not None and resume < until:
            return until
        return end
    resume, until = _clock(second.group("t1")), _clock(second.group("t2"))
    if resume is None or until is None or not end <= resume < until:
        return end  # ("kl. 12-14 og 10-11": no later session; a second day's, unsaid, open)
    return until


def _day_follows(text: str, at: int) -> bool:
    """A cheap test for ``_LATER_DAY_SESSION``: a separator, then a digit or a weekday,
    within the few characters after ``at`` (most ranges end their line)."""
    after = text[at:at + 4].lstrip()
    return after[:1] in (",", ";", "/") or after[:2].lower() == "og"


def _first_after_date(text: str, limit: int) -> tuple[int, str, str | None, int] | None:
    if not _has_dash(text[:limit]):  # "0900-1440" needs a dash
        return None
    for match in _DIGITS_RANGE.finditer(text, 0, limit):
        start, end = _clock(match.group("t1")), _clock(match.group("t2"))
        if start is None or end is None:
            continue
        head = text[:match.start()].rstrip(" ,\t")
        found = find_dates(head)
        if found and found[-1].end == len(head):
            return match.start(), start, end, match.end()
    return None


# A twelve-hour clock, as a note app set to English writes its times ("10:00 AM → 11:30
# AM", "2:00 PM"): read as the 24-hour time it is.
_TWELVE_HOUR = lazy_regex(r"(?<![\d.:])(\d{1,2}):(\d{2})\s?([AaPp])\.?[Mm]\.?(?!\w)")


def _as_24_hours(found: re.Match[str]) -> str:
    """The 24-hour form of a twelve-hour time ("2:00 PM" → "14:00", "12:15 AM" → "00:15")."""
    hours = int(found.group(1)) % 12 + (12 if found.group(3) in "Pp" else 0)
    return f"{hours:02d}:{found.group(2)}" if int(found.group(1)) <= 12 else found.group(0)


def find_time_range(text: str) -> tuple[str | None, str | None]:
    """("HH:MM", "HH:MM" or None) for the first clock time or time range in ``text``.

    (None, None) when there is none. "kl."/"klokka" makes any hour a time ("kl. 13-15");
    without it, only forms that cannot be a number or a date count.
    """
    if not has_digit(text):
        return None, None
    text = slash_hour_as_kl(text)
    if ("M" in text or "m" in text) and _TWELVE_HOUR.search(text):
        text = _TWELVE_HOUR.sub(_as_24_hours, text)  # "10:00 AM → 2:30 PM"
    candidates = [c for c in (_first_kl(text), _first_bare(text)) if c]
    first = min(candidates, key=lambda c: c[0]) if candidates else None
    # The costly "date, then 0900-1440" check only runs on the text before any other time.
    after_date = _first_after_date(text, first[0] if first else len(text))
    if after_date is not None:
        first = after_date
    if first is None:
        return None, None
    end = first[2]
    if end is not None and len(text) > first[3] + 4:  # room for "og 12.30-15"
        end = _session_end(text, first[3], end)
    return first[1], end


def days_end(text: str, found: list[DateMatch], first: DateMatch) -> int:
    """Where a meeting's days end in ``text``: past the later days of a meeting over
    several ("14.–15. mai 2024 i Oslo", "14. og 15. mai, Dalen hotell"), so the hours and
    the place after them are read after the last day, not the first."""
    end = first.end
    for later in found[found.index(first) + 1:]:
        between = text[end:later.start].strip(" ,–-").casefold()
        if between not in ("", "og", "&") and not _join_then_weekday(between):
            break
        end = later.end
    if text[end:end + 2].lstrip()[:1] == "(" and (weekday := WEEKDAY_IN_BRACKETS.match(text, end)):
        end = weekday.end()  # "6. mai (onsdag) kl. 10 på Rådhuset": the day's own weekday
    return end


def _join_then_weekday(between: str) -> bool:
    """Whether the text between two days is a join and the later day's weekday ("og
    torsdag" in "Onsdag 4. og torsdag 5. juni"), which the later day's match may leave
    out (cheap: most texts between two dates are no two words)."""
    words = between.split()
    return len(words) == 2 and words[0] in ("og", "&", "til") and words[1] in _FULL_WEEKDAYS


# A weekday in brackets after its day ("6. mai (onsdag)", "4.3.2026 (ons.)"): part of the
# day, no remark and no place.
WEEKDAY_IN_BRACKETS = lazy_regex(rf"\s*\(\s*(?:{_alternation(WEEKDAYS)})\.?\s*\)", re.I)
