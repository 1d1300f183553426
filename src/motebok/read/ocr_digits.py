"""Numbers typed or scanned with a letter for a digit ("Sak O4/23", "1O.O1.2O24",
"kl. l8.OO"), read as the digits they show.

OCR of a scanned page confuses the round and the upright strokes, and a typist or a text
copied out of such a page does the same in a .txt, a Word or a Writer file: a case
number, a date or a time so written is not found as one. The PDF reader applies the rule
to each line as it cuts the page; ``motebok.read.read_bytes`` to the blocks of every
other format, so the same text reads the same whatever the file.
"""

from __future__ import annotations

import re

from motebok.lazy_pattern import lazy_regex


def with_ocr_digits(text: str) -> str:
    """Numbers in which OCR read a digit as a letter ("Sak O4/23", "l2.03.2O24",
    "kl. O9.OO–11.3O", "2O23") with the digits they show: "O" for 0, "l" and "I" for 1.

    A scanned page's text layer confuses the round and the upright strokes: a case
    number, a date or a time so read is not found as one, and the item, the meeting's
    day or its hours are lost. Only a run of digits and these letters that stands alone
    (no letter or digit beside it) and that a number's shape makes unmistakable is read
    again: parts joined by "/", ".", ":" or a dash with a digit among them, or a run of
    three or more with two digits and a digit last ("2O23"; "10l", ten litres, stays).
    Words have no such runs; a run of letters alone ("IO", "lO") is left as it is, but
    in a page count ("Side l av 4") or after "kl." ("kl. lO.OO"), whose place shows a
    number. Read as the page's lines are cut, so a page number or a running footer so
    read is known as one."""
    text = _OCR_PLACED_NUMBER.sub(_all_digits, text)
    return _OCR_NUMBER.sub(_as_digits, text)


def may_hold_ocr_digits(line: str, has_digit: bool = True) -> bool:
    """Whether a line may hold a number with a look-alike letter for a digit: a letter
    beside a digit (the cheap test), or a page count or a clock time whose place shows
    it a number though OCR read each of its digits as a letter ("Side l av 4",
    "kl. lO.OO"). ``has_digit`` False says the caller already found no digit in the
    line, so the letter test, which needs one, is skipped."""
    return (has_digit and _LETTER_BY_DIGIT.search(line) is not None) or (
        (" av " in line or "kl" in line) and _OCR_PLACED_NUMBER.search(line) is not None)


def may_change(text: str, latin1: bytes | None = None) -> bool:
    """Whether ``with_ocr_digits`` may change the text: the exact gate ``read_bytes``
    asks of a whole document before its per-block pass. ``latin1`` is the text encoded
    as Latin-1 with "?" for what Latin-1 lacks, when the caller has it already.

    ``may_hold_ocr_digits`` also says yes to every plain "kl. 18.00" (its place test
    matches digits as well as letters), so nearly every document went through the
    per-block pass for nothing. A number the rule reads again holds a letter beside a
    digit or one separator from it (the letter test), but for a page count or a time
    whose part is all letters ("Side l av 4", "Side 2 av I", "kl. lO.OO"): such a part
    opens right after "ide ", " av " or "l. " (``_letter_placed``)."""
    return (_may_have_letter_by_digit(text, latin1) and
            _LETTER_BY_DIGIT.search(text) is not None) or _letter_placed(text)


def _may_have_letter_by_digit(text: str, latin1: bytes | None = None) -> bool:
    """Whether the text may hold a look-alike letter beside a digit or one separator from
    it (``_LETTER_BY_DIGIT``): a cheap test of a whole document before the pattern.

    The pattern tries every digit of the text, and a document has hundreds (dates,
    times, case numbers). Here each character is replaced by its kind in C, as bytes
    (``_KINDS``: a digit "0", a look-alike "L", anything else a space), the separators
    ("./:-") left out on the way, so two substring searches ("0L", "L0") find the pairs
    the pattern needs, a separator between them or not. A character outside Latin-1
    becomes "?" on the way, and counts as a digit: a digit of another script still
    passes, and so does "–", the one such separator ("0–L" reads "00L"). The test may
    say yes where the pattern says no (two separators, "–" beside a letter), never the
    other way round."""
    if latin1 is None:
        latin1 = text.encode("latin-1", "replace")
    kinds = latin1.translate(_KINDS, _SEPARATOR_BYTES)
    return b"0L" in kinds or b"L0" in kinds


def _byte_kinds() -> bytes:
    """The table for ``_may_have_letter_by_digit``: each byte as its kind ("0" a digit or
    "?", "L" a look-alike letter, " " anything else; the separators are left out)."""
    table = bytearray(b" " * 256)
    for byte in b"0123456789?":
        table[byte] = ord("0")
    for byte in b"OlI":
        table[byte] = ord("L")
    return bytes(table)


_KINDS = _byte_kinds()
_SEPARATOR_BYTES = b"./:-"


def _letter_placed(text: str) -> bool:
    """Whether a look-alike letter opens a part right after "l. ", "ide " or " av ", the
    places of a page count's or a clock time's part (``may_change``).

    Each place is looked up where it occurs, and the character after it tested: a few
    searches of the text and a few steps, where a search for each of the nine pairs of
    place and letter read the whole text nine times (a document holds few such places,
    a page's "Side l av 4" rarely). " av " is a page count's place only after "Side "
    (``_OCR_PLACED_NUMBER``), so a text without "ide " is not searched for it, nor for
    "ide ": most minutes hold "av" often, and "Side" seldom."""
    for lead in _PLACES if "ide " in text else _CLOCK_PLACES:
        at = text.find(lead)
        while at != -1:
            if text[at + len(lead):at + len(lead) + 1] in _OCR_LETTERS:
                return True
            at = text.find(lead, at + 1)
    return False


def _all_digits(match: re.Match[str]) -> str:
    """A page count or a time with its look-alike letters read as digits."""
    return match.group().translate(_DIGIT_LOOKALIKES)


def _as_digits(match: re.Match[str]) -> str:
    """The run with its look-alike letters read as digits, when its shape is a number's."""
    run = match.group()
    digits = sum(char.isdigit() for char in run)
    if digits == 0 or (match.group("joined") is None and not _whole_number(run, digits) and
                       not _day_of_month(run, match.string, match.end())):
        return run
    return _ROMAN_PART.sub(_part_as_digits, run)


def _part_as_digits(match: re.Match[str]) -> str:
    """One part of a number with its look-alike letters read as digits; a part of "I"s
    alone is a Roman numeral ("I.1", "II-3": a section and its point) and stays."""
    part = match.group()
    return part if part.strip("I") == "" else part.translate(_DIGIT_LOOKALIKES)


def _whole_number(run: str, digits: int) -> bool:
    """A run of three or more that holds two digits and ends in one ("2O23", "l50")."""
    return len(run) >= 3 and digits >= 2 and run[-1].isdigit()


def _day_of_month(run: str, text: str, end: int) -> bool:
    """A day's number of two characters before its ordinal dot and a space ("l4. mars"),
    or before the dot a typist put after the space ("1O .mars", "1O . mars"): the month's
    name follows either way, so the run is the day."""
    if len(run) != 2:
        return False
    after = text[end:end + 3]
    return after[:2] == ". " or (after[:2] == " ." and (after[2:] == " " or after[2:].isalpha()))


# A letter OCR reads for a digit beside a digit (the cheap test before the full one), a
# run of digits and those letters standing alone, and the digits the letters show.
# (the letter test starts at the digit, a letter before it a look back: the regex engine
# then jumps from digit to digit instead of trying every character)
_LETTER_BY_DIGIT = lazy_regex(r"\d(?:[./:\-–]?[OlI]|(?<=[OlI]\d)|(?<=[OlI][./:\-–]\d))")
_OCR_NUMBER = lazy_regex(r"(?<![^\W\d_])(?<!\d)[\dOlI]+(?P<joined>(?:[./:\-–][\dOlI]+)+)?"
                         r"(?![^\W_])")
# Where a page count's or a time's part opens, after "Side ", " av " or "kl. ", and the
# letters that may open it there (``may_change``).
_PLACES = ("l. ", "ide ", " av ")
_CLOCK_PLACES = ("l. ",)
_OCR_LETTERS = frozenset("OlI")
_DIGIT_LOOKALIKES = str.maketrans("OlI", "011")
_ROMAN_PART = lazy_regex(r"[\dOlI]+")
_OCR_PLACED_NUMBER = lazy_regex(r"(?<=\b[Ss]ide )[\dOlI]{1,3} av [\dOlI]{1,3}\b|"
                                r"(?<=\b[Kk]l\. )[\dOlI]{1,2}[.:][\dOlI]{2}\b")
