"""Turning text and queries into search tokens, the same way for both backends.

Everything the database sees is produced here, so SQLite and PostgreSQL index and
query exactly the same words: text is NFC-normalised and case-folded in Python, split
into runs of letters and digits, accents on Latin letters are dropped ("café" is
"cafe"; æ, ø and å are letters of their own and stay), case numbers ("Sak 04/22",
"4/2022") become one normalised token, and every word also gets its Snowball
*Norwegian* stem (PyStemmer, the same algorithm as PostgreSQL's ``norwegian``
configuration).

A user's query never reaches the database as syntax: it is split into these same
tokens, and the backends quote each token themselves.
"""

from __future__ import annotations

import itertools
import math
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import NamedTuple

import Stemmer

from motebok.extract.dates import MONTHS
from motebok.search.wordforms import compound_forms, other_forms, own_forms, own_stem

#: A case number such as "04/22", "4 / 2022" or "12/21"; the year is 2 or 4 digits.
#: No letter or digit right before it: tested by the look-behind *after* its first digit
#: (the two characters there are not a letter or digit followed by that digit), the same
#: test as one before it, so that the pattern opens with a digit and a search skips to
#: the next digit in C instead of trying a look-behind at every character.
CASE_NUMBER = re.compile(r"(\d(?<![^\W_]\d)\d{0,3})\s*/\s*(\d{4}|\d{2})(?![^\W_]|/\d)")
#: A word: a run of letters and digits (underscore is punctuation here).
WORD = re.compile(r"[^\W_]+")
#: Both at once; case numbers win because they are tried first.
TOKEN = re.compile(f"{CASE_NUMBER.pattern}|{WORD.pattern}")
#: ``TOKEN`` with the word as a third group, so ``findall`` yields every token's value.
TOKEN_VALUES = re.compile(f"{CASE_NUMBER.pattern}|({WORD.pattern})")

#: A date typed in a query: "4. mars 2025", "4 mars 2025", "04.03.2025", "4.3.25",
#: "2025-03-04" (groups 1–9), or a month of a year, "mars 2025" (groups 10–11). Month
#: names and their short forms are the extractor's (bokmål and nynorsk spell them alike).
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
QUERY_DATE = re.compile(
    r"(?<![^\W_])(?:(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4}|\d{2})"
    r"|(\d{4})-(\d{1,2})-(\d{1,2})"
    rf"|(\d{{1,2}})\.?\s*({_MONTH})\.?\s+(\d{{4}})"
    rf"|({_MONTH})\.?\s+(\d{{4}}))(?![^\W_])", re.IGNORECASE)
#: The tokens ``date_tokens`` makes: one for a day, one for its month.
DATE_TOKEN = re.compile(r"dato\d{8}|mnd\d{6}")

#: Hyphens that join the parts of one word ("e-post", "nett-side", "Nord-Norge"): the
#: ASCII hyphen-minus, the Unicode hyphen and the non-breaking hyphen (never a dash).
HYPHENS = "-\u2010\u2011"
#: A hyphenated word: runs of letters joined by single hyphens, no space around them;
#: after the first, a run may be digits ("covid-19", "covid-19-pandemien"), which the
#: same writers also write closed ("covid19"). A number range ("2024-2025") is not one.
HYPHENATED = re.compile(rf"(?<![^\W_])[^\W\d_]+(?:[{HYPHENS}][^\W_]+)+(?![^\W_])")
#: A number written in groups of three digits ("1 000 000", "200\u00a0000", "1.000.000"):
#: Norwegian separates thousands with a space (or a point), so the groups are one number.
#: Not a decimal ("4,5"), a date ("04.03.2025") or a longer digit run on either side.
#: (The look-behind follows the first digit, as in ``CASE_NUMBER``: a search skips to digits.)
GROUPED_NUMBER = re.compile(r"\d(?<![\d.,]\d)\d{0,2}(?:[ \u00a0\u202f.]\d{3})+(?![\d]|[.,]\d)")
#: The separators a ``GROUPED_NUMBER`` drops.
NUMBER_GROUP = re.compile(r"[ \u00a0\u202f.]")
#: Strips the hyphens of a ``HYPHENATED`` match.
HYPHEN = re.compile(f"[{HYPHENS}]")

#: Soft hyphen, zero-width space and joiners, word joiner, byte order mark: invisible,
#: and dropped (``normalize``) as the file readers drop them.
INVISIBLE = re.compile("[\u00ad\u200b-\u200d\u2060\ufeff]")

#: Letters of the Nordic alphabets that are letters of their own, never a base letter
#: with an accent: "år" is not "ar", and "ä"/"ö" (Swedish, Finnish) stay as written.
NORDIC_LETTERS = frozenset("åÅäÄöÖ")


def _accent_table() -> dict[int, str]:
    """Latin letters with accents → the bare letter ("é" → "e", "ü" → "u", "ç" → "c").

    Norwegian writes "idé", "kafé", "allé", and names such as "Renée" or "Müller"; users
    type them without the accent as often as with it, so both sides are folded alike.
    One character for one, so folded text keeps every position (for highlighting).
    """
    table = {}
    for code in (*range(0xC0, 0x250), *range(0x1E00, 0x1F00)):
        char = chr(code)
        base, *marks = unicodedata.normalize("NFD", char)
        if (char not in NORDIC_LETTERS and marks and base.isascii() and base.isalpha()
                and all(unicodedata.combining(mark) for mark in marks)):
            table[code] = base
    return table


ACCENTS = _accent_table()
#: Any letter ``ACCENTS`` folds: most texts hold none, and are not translated at all.
ACCENTED = re.compile("[" + "".join(map(chr, ACCENTS)) + "]")

#: Words that only introduce a case number in a query ("sak 4/22", "saksnr. 4/22").
CASE_WORDS = frozenset({"sak", "saken", "saksnr", "saksnummer", "nr", "case", "item"})
#: Words of a meeting's title, body name or place that never tell one meeting from
#: another, so they are left out of its own words (``context_words``): the words every
#: minutes title is made of ("Møte i …", "Referat frå møtet", "Protokoll fra …"), bokmål
#: and nynorsk, and the small words between names. As meeting words they made every
#: entry of nearly every meeting a candidate for "møte" — no help to a searcher, and the
#: longest lists a search can read.
CONTEXT_IGNORED = frozenset({
    "møte", "møtet", "møter", "møtene", "møta", "moete", "referat", "referatet",
    "protokoll", "protokollen", "møtebok", "møteboka", "møtereferat", "møteprotokoll",
    "ordinært", "ordinert", "ekstraordinært", "ekstraordinert", "innkalling", "sakliste",
    "saksliste", "utkast", "godkjent", "i", "og", "for", "fra", "frå", "til", "på", "med",
    "om", "av", "en", "ei", "et", "eit", "ein", "den", "det", "dei", "de", "som", "hos",
    "ved", "etter", "over", "under", "nr", "kl",
})
#: "AND" written in capitals between query words: every word must match anyway, so it is
#: dropped rather than searched as the word "and" (a duck), which made "barnehage AND
#: skole" find nothing. "OR", "NOT" and "NEAR" stay words: searching without them would
#: find the opposite of what was asked for.
CONJUNCTION = "AND"
#: The usual case series, however they are typed ("PS"/"ps 12/25": politisk sak,
#: referatsak, formannskapssak, delegert sak). Not "os" or "st" in lower case: "Os 12/25"
#: may name the municipality (written "OS", a series is still one: ``_case_prefix``).
CASE_SERIES = frozenset({"ps", "rs", "fs", "ds"})
#: Query limits that keep a pasted essay from becoming an expensive query.
MAX_TERMS = 12
MAX_TERM_LENGTH = 64
MAX_QUERY_CHARS = 2000
#: A term this long (letters only) is also looked for inside longer words.
MIN_SUBSTRING_LENGTH = 4
#: Indexed text is cut here; minutes items are far shorter.
MAX_INDEX_CHARS = 200_000


class Token(NamedTuple):
    """One token of a text, with where it was found (for highlighting).

    A named tuple rather than a frozen dataclass: snippets tokenise every hit's text,
    and a tuple is several times cheaper to create.
    """

    start: int
    end: int
    value: str  # case-folded word, or the normalised case-number token
    is_number: bool


@dataclass(frozen=True)
class Term:
    """One word of a query, with every form a backend may match it by."""

    word: str  # case-folded word, or the normalised case-number token
    stem: str  # Snowball Norwegian stem (the word itself for numbers)
    substring: bool  # also match inside longer words (compound parts)
    is_number: bool
    #: Other spellings and forms of the word, (word, stem) each, matched as the word
    #: itself is: æ, ø, å written as ae, oe, aa ("Aalesund" is "Ålesund"), and the
    #: reverse; the other forms of an "-er" noun ("deltakere" → "deltaker", "deltakerne");
    #: the nynorsk forms of a bokmål word and the reverse ("skole" → "skule", see
    #: ``motebok.search.wordforms``).
    variants: tuple[tuple[str, str], ...] = ()
    #: The words a date was typed with ("4", "mars", "2025" for "dato20250304"): an
    #: entry's own text that writes them finds the date as the words did before
    #: dates were read (``query_dates``), its meeting's date by the token.
    parts: tuple[str, ...] = ()

    @property
    def words(self) -> tuple[str, ...]:
        """The word and its variants."""
        return (self.word, *(word for word, _ in self.variants))

    @property
    def stems(self) -> tuple[str, ...]:
        """The stems of the word and of its variants."""
        return (self.stem, *(found for _, found in self.variants))


#: Letters and how they are written without a Norwegian keyboard (or in old names).
SPELLINGS = (("æ", "ae"), ("ø", "oe"), ("å", "aa"))


def spellings(word: str) -> tuple[str, ...]:
    """The other spellings of a word: its æ/ø/å written as ae/oe/aa, or those digraphs as
    the letters ("aalesund" → "ålesund", "møte" → "moete"); none for most words."""
    found = []
    letters, written = word, word
    for letter, digraph in SPELLINGS:
        letters = letters.replace(digraph, letter)
        written = written.replace(letter, digraph)
    for other in (letters, written):
        if other != word and other not in found:
            found.append(other)
    return tuple(found)


def agent_forms(word: str, found: str) -> tuple[str, ...]:
    """The other forms of an "-er" noun ("deltaker", "deltakere", "deltakerne") and of
    its nynorsk "-ar" twin ("deltakar", "deltakarar", "deltakarane") given one of them
    and its stem, or none.

    Snowball gives the bokmål forms three stems ("deltak", "deltaker", "deltakern") and
    the nynorsk ones two ("deltak", "deltakar"), so a search for one would miss the
    others; these forms are searched as variants ("deltakarar" stands for every nynorsk
    form the stem "deltak" misses).
    """
    if found.endswith("ern"):
        base = found[:-3]
    elif found.endswith(("er", "ar")):
        base = found[:-2]
    elif word.endswith(("er", "ar")) and found == word[:-2]:
        base = found
    else:
        return ()
    if len(base) < 3 or not base.isalpha():
        return ()
    return tuple(form for form in (base + "er", base + "ere", base + "erne", base + "arar")
                 if form != word)


def doubled_m_forms(word: str, found: str) -> tuple[str, ...]:
    """The other side of a word whose m is doubled when it is inflected, given one of
    its forms and its stem, or none: "ungdommen"/"ungdommer" (stem "ungdomm") → "ungdom",
    "møterom" → "møteromm" (the stem of "møterommet", "møterommene").

    Norwegian writes no double m at a word's end ("ungdom", "rom", "program", "medlem")
    but doubles it before an ending after a short vowel, and Snowball keeps the two m's
    in the stem, so "ungdommen" missed "ungdom" and "møterom" missed "møterommet" (a
    word of four letters or more finds its longer forms as a word part anyway).
    """
    if not found.isalpha() or len(found) < 3 or found.endswith(LATIN_UM):
        return ()
    if found.endswith("mm"):
        return (found[:-1],)
    if found.endswith("m") and found == word:
        return (found + "m",)
    return ()


def bare_a_forms(word: str, found: str) -> tuple[str, ...]:
    """The bare form of a noun ending in "a" given an inflected one and its stem, or none:
    "temaet"/"temaene" (stem "tema") → "tema", "skjemaet" → "skjema", "klimaet" →
    "klima". Snowball takes the "a" off the bare form ("tema" → "tem") but leaves it in
    the inflected ones, so "temaet" missed "tema" (the bare form finds the others as a
    word part)."""
    if len(found) >= 4 and found.endswith("a") and len(word) > len(found) and found.isalpha():
        return (found,)
    return ()


#: "-mann" words whose plural is no "-menn" of theirs ("allmenn" is an adjective).
NOT_MANN = frozenset({"allmenn", "almenn"})


def man_forms(word: str, found: str) -> tuple[str, ...]:
    """The other number of "mann" and of a word ending in it, given one of its forms and
    its stem, or none: "rådmann"/"rådmannen" (stem "rådmann") → "rådmenn", "varamenn"/
    "varamennene" (stem "varamenn") → "varamann".

    The plural changes the vowel ("mann", "menn"), so Snowball gives the two numbers two
    stems and "rådmannen" missed "rådmennene"; the one variant per side finds every form
    of that number by its stem."""
    if len(found) < 4 or not found.isalpha() or found in NOT_MANN:
        return ()
    if found.endswith("mann"):
        return (found[:-4] + "menn",)
    if found.endswith("menn"):
        return (found[:-4] + "mann",)
    return ()


#: The endings of a Latin "-um" noun ("museum", "jubileum", "kriterium") after "e" or "i".
LATIN_UM = ("eum", "ium")
#: The endings its inflected forms add to the stem ("muse|et", "jubile|er", "musea").
LATIN_UM_ENDINGS = frozenset({"et", "er", "ene", "ets", "ers", "enes", "a"})


def latin_um_forms(word: str, found: str) -> tuple[str, ...]:
    """The other side of a Latin noun in "-eum"/"-ium", given one of its forms and its
    stem, or none: "museum" → "museet" (whose stem "muse" finds "museer", "museene",
    nynorsk "musea"), "jubileet"/"jubileer" (stem "jubile") → "jubileum", "kriteriene" →
    "kriterium". The "-um" goes before an ending, and Snowball keeps it in the bare form's
    stem only, so "museum" missed "museet"."""
    if len(found) < 4 or not found.isalpha():
        return ()
    if found == word and found.endswith(LATIN_UM):
        return (found[:-2] + "et",)
    if found[-1] in "ei" and word[len(found):] in LATIN_UM_ENDINGS and word.startswith(found):
        return (found + "um",)
    return ()


#: The letters a word typed without Norwegian letters may stand for, as on a keyboard
#: without them ("tonsberg" for "Tønsberg", "barum" for "Bærum", "horing" for "høring").
BARE_LETTERS = {"a": ("a", "å", "æ"), "o": ("o", "ø")}
#: A word with more ways of reading its a's and o's than this gets none (``letter_forms``).
MAX_LETTER_FORMS = 81


def letter_forms(word: str) -> tuple[str, ...]:
    """Every way of reading a word's a's as a, å or æ and its o's as o or ø, the word
    itself left out ("tonsberg" → "tønsberg"; "barum" → "bårum", "bærum"); none for a
    word without a or o, or with more than ``MAX_LETTER_FORMS`` readings.

    These are only candidates: a search keeps those that are indexed words (the
    vocabulary, words of ``MIN_SUBSTRING_LENGTH`` letters or more), so "tonsberg" finds
    "Tønsberg" while "ar" never finds "år".
    """
    slots = [BARE_LETTERS.get(char, (char,)) for char in word]
    if not 1 < math.prod(len(slot) for slot in slots) <= MAX_LETTER_FORMS:
        return ()
    return tuple("".join(letters) for letters in itertools.product(*slots))[1:]


def letter_candidates(word: str, found: str) -> tuple[str, ...]:
    """The ``letter_forms`` of a query word, of its stem ``found`` (an inflection nobody
    wrote still finds the word: "horingen" → "høring", whose stem finds "høringen") and
    of its ae/oe/aa spellings ("odegaard" → "odegård" → "ødegård")."""
    lettered = word
    for letter, digraph in SPELLINGS:
        lettered = lettered.replace(digraph, letter)
    sources = dict.fromkeys((word, found, lettered))
    return tuple(dict.fromkeys(form for source in sources for form in letter_forms(source)
                               if form != word))


@lru_cache(maxsize=1)
def _stemmer() -> Stemmer.Stemmer:
    """The Norwegian (Bokmål) Snowball stemmer, created once; it caches words itself."""
    return Stemmer.Stemmer("norwegian")


def stem(word: str) -> str:
    """The Snowball Norwegian stem of a case-folded word ("møtene" → "møt")."""
    return _stemmer().stemWord(word)


def query_stem(word: str) -> str:
    """The stem a query word is matched by: Snowball's, unless ``wordforms.OWN_STEMS``
    gives it one of its own ("leder" → "leder", not "led", the stem of "ledige")."""
    own = own_stem(word)
    return stem(word) if own is None else own


def stem_all(words: list[str]) -> list[str]:
    """The stems of many case-folded words in one call (cheaper than ``stem`` in a loop)."""
    return _stemmer().stemWords(words)


def normalize(text: str) -> str:
    """NFC form without NUL characters and without the invisible characters pasted text
    may hold inside a word (``INVISIBLE``: "kommune\u00adstyret" is "kommunestyret", as
    the file readers make it): what is tokenised and shown in snippets."""
    if "\x00" in text:
        text = text.replace("\x00", " ")
    if INVISIBLE.search(text):
        text = INVISIBLE.sub("", text)
    if unicodedata.is_normalized("NFC", text):  # the usual case, and much cheaper
        return text
    return unicodedata.normalize("NFC", text)


def fold(word: str) -> str:
    """A case-folded word (or words) without accents on Latin letters ("café" → "cafe");
    æ, ø, å, ä and ö are kept."""
    return word.translate(ACCENTS) if ACCENTED.search(word) else word


def _case_number_token(match: re.Match[str]) -> str:
    """``case_number_token`` of a ``CASE_NUMBER`` match (``index_words``)."""
    return case_number_token(match[1], match[2])


def case_number_token(sequence: str | int, year: str | int) -> str:
    """The one token for a case number: "04/22", "4/22" and "4/2022" → "saknr4x22".

    Letters and digits only, so no tokenizer (FTS5 or PostgreSQL's parser) splits it.
    """
    return f"saknr{int(sequence)}x{int(year) % 100:02d}"


def tokens(text: str) -> list[Token]:
    """Every word and case number of ``text`` (already ``normalize``d), in order.

    Snippets tokenise every hit of a page, so the words are found without the group
    lookups of ``TOKEN``: a case number starts where no word goes on (its look-behind)
    and ends where none starts (its look-ahead), so ``TOKEN``'s tokens are the case
    numbers ``CASE_NUMBER`` finds on its own, with the words of the text between them
    (``_word_tokens``).
    """
    if "/" not in text:
        return _word_tokens(text, 0, len(text))
    found: list[Token] = []
    for start, end, number in _at_case_numbers(text):
        if number is None:
            found += _word_tokens(text, start, end)
        else:
            found.append(Token(start, end, case_number_token(*number.group(1, 2)), True))
    return found


def _at_case_numbers(text: str) -> Iterator[tuple[int, int, re.Match[str] | None]]:
    """``text`` cut at its case numbers, in order: ``(start, end, None)`` for a stretch of
    words between them, ``(start, end, match)`` for a case number (see ``tokens``)."""
    position = 0
    for match in CASE_NUMBER.finditer(text):
        start, end = match.span()
        if start > position:
            yield position, start, None
        yield start, end, match
        position = end
    if position < len(text):
        yield position, len(text), None


def _word_tokens(text: str, start: int, end: int) -> list[Token]:
    """The words of ``text[start:end]`` as tokens (case-folded, without accents).

    A stretch with no letter ``ACCENTS`` folds (checked once, on the whole stretch
    case-folded: a word's own case-folding is part of it) needs no ``fold`` per word.
    """
    if ACCENTED.search(text[start:end].casefold()) is None:
        return [Token(match.start(), match.end(), match.group().casefold(), False)
                for match in WORD.finditer(text, start, end)]
    return [Token(match.start(), match.end(), fold(match.group().casefold()), False)
            for match in WORD.finditer(text, start, end)]


def token_values(text: str) -> tuple[list[str], list[int]]:
    """The values of ``tokens(text)`` in order, and the places of the case numbers among
    them, without a ``Token`` or a span per word: the words of a stretch are found by one
    ``findall`` and case-folded (and folded) at once, joined by spaces, which no word
    holds and neither folding makes. A snippet needs every token's value, to mark them,
    but the spans of only those up to its window's end (``token_spans``)."""
    if "/" not in text:
        return _word_values(text, 0, len(text)), []
    values: list[str] = []
    numbers: list[int] = []
    for start, end, number in _at_case_numbers(text):
        if number is None:
            values += _word_values(text, start, end)
        else:
            numbers.append(len(values))
            values.append(case_number_token(*number.group(1, 2)))
    return values, numbers


def _word_values(text: str, start: int, end: int) -> list[str]:
    """The values of the words of ``text[start:end]``, as ``_word_tokens`` makes them."""
    words = WORD.findall(text, start, end)
    if not words:
        return []
    return fold(" ".join(words).casefold()).split(" ")


def token_spans(text: str, count: int) -> list[tuple[int, int]]:
    """Where the first ``count`` tokens of ``tokens(text)`` stand (start, end)."""
    if "/" not in text:  # words only: no generator between the matches and the list
        return [match.span() for match in itertools.islice(WORD.finditer(text), count)]
    return list(itertools.islice(_spans(text), count))


def _spans(text: str) -> Iterator[tuple[int, int]]:
    """The spans of ``tokens(text)``, in order (case numbers, and the words between)."""
    position = 0
    if "/" in text:
        for match in CASE_NUMBER.finditer(text):
            start, end = match.span()
            for word in WORD.finditer(text, position, start):
                yield word.span()
            yield start, end
            position = end
    for word in WORD.finditer(text, position):
        yield word.span()


def date_tokens(day: date) -> tuple[str, ...]:
    """The tokens a meeting's date is found by: the day ("dato20250304"), the month
    ("mnd202503") and the year ("2025"). Letters and digits only, so no tokenizer splits
    them, and no text holds the first two: "4. mars 2025" and "04.03.2025" in a query
    become the day's token (``query_dates``), "mars 2025" the month's."""
    return (f"dato{day.year:04d}{day.month:02d}{day.day:02d}",
            f"mnd{day.year:04d}{day.month:02d}", str(day.year))


def _query_date(match: re.Match) -> str:
    """The token of one ``QUERY_DATE`` match, or the text as typed when it names no day
    ("31.02.2025")."""
    groups = match.groups()
    try:
        if groups[0] is not None:
            year = int(groups[2])
            day = date(year + 2000 if year < 100 else year, int(groups[1]), int(groups[0]))
        elif groups[3] is not None:
            day = date(int(groups[3]), int(groups[4]), int(groups[5]))
        elif groups[6] is not None:
            day = date(int(groups[8]), MONTHS[groups[7].casefold()], int(groups[6]))
        else:
            return date_tokens(date(int(groups[10]), MONTHS[groups[9].casefold()], 1))[1]
    except ValueError:
        return match.group()
    return date_tokens(day)[0]


def query_dates(text: str) -> tuple[str, dict[str, tuple[str, ...]]]:
    """``text`` with every date and month of a year it names written as its token
    (``date_tokens``), and for each token the words it was typed with (``Term.parts``);
    a query without a digit holds none and is returned at once."""
    if not any(ch.isdigit() for ch in text):
        return text, {}
    written: dict[str, tuple[str, ...]] = {}

    def replace(match: re.Match) -> str:
        token = _query_date(match)
        if token != match.group():
            written[token] = tuple(index_words(match.group()).split())
        return f" {token} "

    return QUERY_DATE.sub(replace, text), written


def context_words(body: str | None, title: str | None, location: str | None,
                  day: date | None) -> str:
    """The meeting-level words every entry of a meeting is also found by: its body's
    name, its title, its place and its date (``date_tokens``), each once, less the
    words every meeting's title has (``CONTEXT_IGNORED``).

    A user remembers "the regional council's budget in 2024", but the item only says
    "Budsjett": the body and year are in the meeting's header. Entries keep these words
    apart from their own (``contextual``), so a search may use them for some of its
    words but never for all of them.
    """
    words = [word for word in
             index_words(" ".join(part for part in (body, title, location) if part)).split()
             if word not in CONTEXT_IGNORED]
    if day is not None:
        words += date_tokens(day)
    return " ".join(dict.fromkeys(words))


def contextual(words: str) -> str:
    """``context_words`` with their stems, as they are stored with the filter tags (the
    stored column is matched as it is, so the stems a query looks for must be there)."""
    return " ".join(dict.fromkeys([*words.split(), *stem_words(words).split()])) \
        if words else ""


def filter_tag(kind: str, value: object) -> str:
    """A filter token such as "zzbody12" or "zzstatuspublished" (letters and digits only).

    Filter tokens live in their own column/vector, so no query word ever matches one.
    A non-negative ``int`` (an id, a year: every entry of an import carries a dozen)
    is its digits already, so it skips the letter-by-letter filter.
    """
    if type(value) is int and value >= 0:
        return f"zz{kind}{value}"
    if type(value) is str and value.isascii() and value.isalnum() and value.islower():
        return "zz" + kind + value  # (as it is folded and filtered: "published")
    return "zz" + kind + "".join(ch for ch in str(value).casefold() if ch.isalnum())


def filter_tags_of(kind: str, values: Iterable[object]) -> list[str]:
    """``filter_tag`` of each value, in one list (a meeting's participants: some ten
    a stored file), without a call each for a non-negative ``int``."""
    start = "zz" + kind
    return [f"{start}{value}" if type(value) is int and value >= 0
            else filter_tag(kind, value) for value in values]


def closed(text: str) -> str:
    """``text`` with its hyphenated words written closed ("e-post" → "epost"): a query
    for "e-post" is a query for the one word "epost", which every entry holding either
    spelling has among its index words (``index_words``)."""
    if not HYPHEN.search(text):
        return text
    return HYPHENATED.sub(lambda match: HYPHEN.sub("", match.group()), text)


def closed_tokens(text: str) -> list[Token]:
    """The hyphenated words of ``text`` (``normalize``d) written closed, case-folded and
    without accents, each spanning its whole written word ("e-post" → "epost")."""
    if not HYPHEN.search(text):
        return []
    return [Token(*match.span(), fold(HYPHEN.sub("", match.group()).casefold()), False)
            for match in HYPHENATED.finditer(text)]


def closed_words(text: str) -> list[str]:
    """The values of ``closed_tokens`` ("E-post og nett-side" → ["epost", "nettside"]),
    found with one ``findall`` and folded at once (this runs for every entry indexed)."""
    if not HYPHEN.search(text):
        return []
    return fold(HYPHEN.sub("", " ".join(HYPHENATED.findall(text))).casefold()).split()


def grouped_numbers(text: str) -> list[str]:
    """The numbers of ``text`` written in groups of digits, each as one word ("200 000
    kroner" → ["200000"]): a query for "200000" or "200 000" finds them
    (``joined_numbers``). One scan of the text in C; a match is rare."""
    return [NUMBER_GROUP.sub("", match) for match in GROUPED_NUMBER.findall(text)]


def grouped_number_tokens(text: str) -> list[Token]:
    """``grouped_numbers`` as tokens spanning the whole written number (highlighting)."""
    return [Token(*match.span(), NUMBER_GROUP.sub("", match.group()), False)
            for match in GROUPED_NUMBER.finditer(text)]


def joined_numbers(text: str) -> str:
    """A query with its numbers written in groups as one word ("1 000 000" → "1000000"),
    as ``index_words`` indexes them."""
    if not any(ch.isdigit() for ch in text):
        return text
    return GROUPED_NUMBER.sub(lambda match: NUMBER_GROUP.sub("", match.group()), text)


def index_words(text: str) -> str:
    """The space-separated tokens of a text: what the backends index.

    ``tokens()``'s values, then every hyphenated word written closed
    (``closed_words``): "e-post" is indexed as "e", "post" and "epost", so "epost",
    "e-post" and "post" all find it, as "epostliste" and "e-postliste" find each other;
    then every number written in groups as one word ("1 000 000" also as "1000000",
    ``grouped_numbers``).

    The tokens are found with one ``findall`` rather than a match object per token, and
    their words case-folded at once (folding is per character, so folding the joined
    words equals folding each word). A text with a "/" has its case numbers written as
    their tokens first (``CASE_NUMBER``, one substitution that skips to digits in C):
    a token has no letter or digit on either side, so ``WORD`` then finds it whole, as
    ``TOKEN_VALUES`` would, without a Python step per word (the same words: a test
    compares both ways). Case-number tokens are lower-case letters and digits already,
    so folding them again changes nothing. This runs for every entry of every import,
    in the parse workers (``motebok.search.prepare``).
    """
    text = normalize(text[:MAX_INDEX_CHARS])
    tokenised = CASE_NUMBER.sub(_case_number_token, text) if "/" in text else text
    words = fold(" ".join(WORD.findall(tokenised)).casefold())
    joined = closed_words(text) + grouped_numbers(text)
    return " ".join([words, *joined]) if joined else words


def item_heading(number: str, sequence: int | None, year: int | None, title: str) -> str:
    """An item's heading: its number and title ("04/22 Budsjett 2023").

    Without a written number, one is made from the sequence and year when both are
    known. One function for the stored rows and for ``prepare`` (the same text both ways).
    """
    if not number and sequence is not None and year is not None:
        number = f"{sequence:02d}/{year % 100:02d}"
    return " ".join(part for part in (number, title) if part)


def item_text(number: str, sequence: int | None, year: int | None, title: str,
              text: str | None) -> str:
    """An item's entry text: its heading (``item_heading``), then its text."""
    return headed_text(item_heading(number, sequence, year, title), text)


def headed_text(heading: str, text: str | None) -> str:
    """``item_text`` from the item's heading already made (the index needs both: one
    heading per item, not two)."""
    return f"{heading}\n{text}" if heading and text else heading or text or ""


def action_text(text: str, responsible: str | None) -> str:
    """An action's entry text: the task, with who is responsible in brackets."""
    return f"{text} ({responsible})" if responsible else text


def vocabulary_of(words: Iterable[str]) -> set[str]:
    """Of index words (each a single word, any number of times), the distinct ones the
    vocabulary holds: those of ``MIN_SUBSTRING_LENGTH`` letters or more, which a word
    part may be found inside."""
    return {word for word in set(words) if len(word) >= MIN_SUBSTRING_LENGTH}


def stem_words(words: str) -> str:
    """The stems of ``index_words`` output.

    Case-number tokens come back as they are without a check of their own: they end in
    the year's two digits, and every Norwegian suffix rule of the stemmer ends in a
    letter (a test holds this).
    """
    return " ".join(_stemmer().stemWords(words.split()))


def _introduces_number(found: list[Token], index: int) -> bool:
    """Whether the case words starting at ``index`` ("sak nr") precede a number."""
    for token in found[index:]:
        if token.value not in CASE_WORDS:
            return token.is_number or token.value.isdigit()
    return False


def _case_prefix(text: str, found: list[Token], index: int) -> bool:
    """Whether the token at ``index`` names a case's kind or series before its case
    number, as minutes and case systems write it and the archive's item numbers leave
    out: "PS 12/25", "ps 12/25", "RS 3/25", "O-sak 3/25", "Orienteringssak 2/25" (one of
    ``CASE_SERIES`` or a word ending in "sak"; other capitals: ``_named_case``), the case
    words of ``CASE_WORDS`` allowed in between."""
    token = found[index]
    if not (token.value in CASE_SERIES or token.value.endswith("sak")):
        return False
    return _case_after(found, index) is not None


def _case_after(found: list[Token], index: int) -> str | None:
    """The case number right after the token at ``index`` (case words allowed between),
    or None."""
    for after in found[index + 1:]:
        if after.value not in CASE_WORDS:
            return after.value if after.is_number else None
    return None


def _named_case(text: str, found: list[Token], index: int) -> str | None:
    """The case number after a word in 2–4 capitals that is no known series ("KS 12/25",
    "NAV 3/25", "OS 12/25"), or None. The capitals may name the body or a party to the
    case (KS, NAV, the municipality of Os) or a series of a case system the archive's
    item numbers leave out: the word is kept, and the case number stands in for it
    (``parse_query``), so every hit of the number is found, those naming the word first."""
    token = found[index]
    written = text[token.start:token.end]
    if token.is_number or not (2 <= len(written) <= 4 and written.isupper()):
        return None
    return _case_after(found, index)


def parse_query(query: str) -> tuple[Term, ...]:
    """The terms of a user's query; anything that is not a word is ignored.

    Quotes, operators, brackets and wildcards are punctuation here and so disappear;
    "AND" in capitals goes (``CONJUNCTION``), "OR"/"NEAR" become plain words; a
    hyphenated word is one word written closed ("e-post" is "epost", see
    ``index_words``). "sak"/"saksnr" directly before a number are dropped, so "Sak 04/22"
    and "4/22" mean the same, and so is a case's kind or series before a case number
    ("PS 04/22", ``_case_prefix``); other capitals before one are kept, with the case
    number as their alternative ("KS 12/25": ``_named_case``). A date ("4. mars 2025",
    "04.03.2025") or a month of a year ("mars 2025") is one term, the token of the
    meetings held then (``query_dates``). Duplicates go, and the number and
    length of terms are capped.
    """
    text, written = query_dates(closed(normalize(str(query)[:MAX_QUERY_CHARS])))
    text = joined_numbers(text)
    found = tokens(text)
    kept: list[Term] = []
    seen: set[str] = set()
    for index, token in enumerate(found):
        if ((token.value in CASE_WORDS and _introduces_number(found, index))
                or _case_prefix(text, found, index)
                or text[token.start:token.end] == CONJUNCTION):
            continue
        word = token.value[:MAX_TERM_LENGTH]
        if word in seen:
            continue
        seen.add(word)
        case = _named_case(text, found, index)
        if case is not None:
            kept.append(Term(word, query_stem(word), False, False, ((case, case),)))
        elif token.is_number or (word[0] in "dm" and DATE_TOKEN.fullmatch(word)):
            kept.append(Term(word, word, False, True, parts=written.get(word, ())))
        else:
            substring = len(word) >= MIN_SUBSTRING_LENGTH and word.isalpha()
            stemmed = query_stem(word)
            own = own_forms(word)
            others = dict.fromkeys((*spellings(word), *own,
                                    *(() if own else agent_forms(word, stemmed)),
                                    *doubled_m_forms(word, stemmed),
                                    *bare_a_forms(word, stemmed),
                                    *man_forms(word, stemmed),
                                    *latin_um_forms(word, stemmed),
                                    *other_forms(word, stemmed), *compound_forms(word)))
            others.pop(word, None)
            variants = tuple((other, query_stem(other)) for other in others)
            kept.append(Term(word, stemmed, substring, False, variants))
        if len(kept) == MAX_TERMS:
            break
    return tuple(kept)


def term_matches(term: Term, token: Token) -> bool:
    """Whether a query term matches one token of a text (used for highlighting)."""
    if token.is_number or term.is_number:
        return token.value == term.word
    if token.value in term.words or stem(token.value) in term.stems:
        return True
    return term.substring and term.word in token.value
