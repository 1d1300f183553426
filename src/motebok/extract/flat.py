"""Pages a copy ran into one line each, broken back into the lines they were.

Web copies of PDF minutes (and some text exports) give a whole page as one line:
"1 Møteprotokoll Tid: kl. 15:15 Stad: Rådhuset Frammøtte: … SR 2017/43 Godkjenning …".
The extractor reads line by line, so such a line is first cut before every head label,
case number and case-part heading it holds (``unflatten``); everything after that reads
the pieces as it reads any other lines.
"""

from __future__ import annotations

import re

from motebok.extract.first_names import is_first_name
from motebok.extract.labels import ATTENDANCE_FIELDS, match_label
from motebok.lazy_pattern import lazy_regex

#: A line this long may be a whole page a copy ran together.
FLAT_LENGTH = 300
# The headings of a case's parts in a case system's minutes, in capitals ("UTGREIING",
# "INNSTILLING", "SAMRØYSTES VEDTAK"); in a page run together, the text follows them.
_CASE_SECTION = (r"(?:SAKSUTGREIING|UTGREIING|SAKSOPPLYSNINGER|SAKSOPPLYSNINGAR|INNSTILLING|"
                 r"TILRÅDING|MØTEHANDSAMING|MØTEBEHANDLING|BEHANDLING|HANDSAMING|"
                 r"(?:SAMRØYSTES |ENSTEMMIG |ENSTEMMIGE )?VEDTAK)(?![\w.,])"
                 # not a word of a title in capitals ("BEHANDLING AV HØRINGER")
                 r"(?!\s+(?!SAMRØYSTES|ENSTEMMIG|VEDTAK)[A-ZÆØÅ]{2,}\b)")
_FLAT_DOC_HEADING = (r"(?:(?:Møtebok|Møteprotokoll|MØTEBOK|MØTEPROTOKOLL)\s+"
                     r"(?:for|fra|frå|i|FOR|FRA|FRÅ|I)|"
                     # "REFERAT fra styremøte …" (a case titled "REFERAT FRA STYREMØTE" is not)
                     r"(?:REFERAT|MØTEREFERAT)\s+(?:fra|frå))\s")
# A case number just before a break: the heading's words are the case's title.
_FLAT_NUMBER_BEFORE = lazy_regex(r"(?:\d{1,4}/\d{2,4}|Sak\s+\d{1,3})[.:]?$")
_CASE_SECTION_HEAD = lazy_regex(rf"({_CASE_SECTION}):?\s+(?=\S)")
# Head labels and case numbers that start a line of their own in minutes; found inside a
# very long line, they show a page flattened into one line by a copy from a PDF.
_FLAT_BREAK = lazy_regex(
    r"\s(?=(?:Tid|Kl\.?|Sted|Møtested|Dato|Møtedato|Tidspunkt|Utvalg|Fremmøtte|Forfall|"
    r"Møteleder|Møteleiar|Referent|Sekretær|Vedtak|Innstilling|Behandling|Votering|"
    r"Underskrift|Andre møtende|Fra [A-ZÆØÅa-zæøå][\wæøå -]{2,40} møtte|"
    r"(?:Følgende|Følgjande|Fylgjande|Faste) [a-zæøå ]{0,30}(?:møtte|forfall|til stades|"
    r"til stede))\s*:|"
    r"(?:Til stede|Tilstede|Saker til behandling|Saksliste|SAKLISTE|Sakliste|Dagsorden|"
    r"Foredragsholdere)\b|"
    r"(?:(?:Sak|PS|RS|ST)\s+)?\d{1,4}/\s?\d{1,4}:?\s+[A-ZÆØÅ]|Sak\s+\d{1,3}[.:]?\s+[A-ZÆØÅ]|"
    r"(?:19|20)\d{2}-\d{1,3}[.:]?\s*[A-ZÆØÅ]|"  # "2006-21 Konstitusjon av styret."
    # the document's own heading, and a seat table's heading without its colon
    rf"{_FLAT_DOC_HEADING}|(?:Møtedeltakarar|Møtedeltakere|Møtedeltagere)\s+[A-ZÆØÅ]|"
    rf"{_CASE_SECTION})")
# The letters that mark which kind of case a number is ("SR 2017/43", "T-SAK 01/05", one
# letter: "V 2/25" vedtak, "O 1/25" orientering),
# or the words of a vote before "VEDTAK": a break found after them is moved before them.
# A number after "vedtak", "sak" or "jf." is cited in the text ("Vedtak ST 6/2018:").
_FLAT_HEAD_PREFIX = lazy_regex(
    r"(?:^|\s)(?:(?P<ref>(?:[Vv]edtak|VEDTAK|sak|saka|saken|jf\.|jfr\.|nr\.?)"
    r"(?:\s+[A-ZÆØÅ]{1,3}(?:-SAK)?)?)|"
    r"(?P<case>Sak(?:\s+nr\.?:?)?|SAK(?:\s+NR\.?:?)?|[A-ZÆØÅ]{1,3}|[A-ZÆØÅ]{1,3}-SAK)|"
    r"(?P<vote>SAMRØYSTES|ENSTEMMIG|ENSTEMMIGE))$")
# A case heading whose title is in capitals, and the text that follows it on the page.
_FLAT_CAPS_TITLE = lazy_regex(r"((?:\S+\s+){0,3}?\d{1,4}/\d{1,4}:?\s+"
                              r"[A-ZÆØÅ][A-ZÆØÅ0-9 ,.:()/&«»-]*[A-ZÆØÅ0-9)»])\s+"
                              r"(?=[A-ZÆØÅ][a-zæøå])")
_FLAT_CITED = lazy_regex(r"\s(?:[Vv]edtak|VEDTAK|sak|saka|saken|jf\.|jfr\.)$")
# A case heading glued on to the sentence before it.
_GLUED_CASE = lazy_regex(r"(?<=[.)])(?=Sak\s+\d{1,3}[.:]?\s)")


def may_hold_glued_case(raw: str) -> bool:
    """Whether ``split_glued_cases`` may cut a line: a case heading glued on to a stop or
    a parenthesis. A case heading that opens its line ("Sak 3/25 Budsjett", in every
    document) is none, and its line stays as written."""
    return ".Sak " in raw or ")Sak " in raw


def split_glued_cases(raw: str) -> list[str]:
    """A line cut before each case heading a copy glued on to the sentence before it
    ("… biligare ungdomskort.Sak 02: Økonomi. …", the line break lost)."""
    if not may_hold_glued_case(raw):
        return [raw]
    return [piece for piece in _GLUED_CASE.split(raw) if piece]
# A copy that runs each page into one line starts it with the page's number.
_FLAT_PAGE_NUMBER = lazy_regex(r"\d{1,3} (?=[A-ZÆØÅ])")


# Any capitalised phrase that ends in a colon, tried at every space: a label the
# vocabulary knows ("Faste medlemer til stades:", "Sekretariat for møtet:") breaks too.
_FLAT_COLON_LABEL = lazy_regex(r"\s(?=([A-ZÆØÅ][\wæøå./ -]{1,40}?:))")


def unflatten(raw: str) -> list[str]:
    """A page run together into one line, as its lines: it is broken before each head
    label and case number, when there are three or more of them ("… MØTEPROTOKOLL Tid:
    Kl.: Sted: Hjerkinn Til stede … Forfall: … Saker til behandling 13/1 Årsmelding …")."""
    if len(raw) <= FLAT_LENGTH:
        return [raw]
    breaks = sorted({m.start() for m in _FLAT_BREAK.finditer(raw)} | {
        m.start() for m in _FLAT_COLON_LABEL.finditer(raw)
        if (label := match_label(m.group(1))) is not None and not label.value} |
        set(_numbered_items(raw)))
    page = _FLAT_PAGE_NUMBER.match(raw)
    if len(breaks) < 3 and not (page and match_label(raw[page.end():]) is not None):
        return [raw]  # (but a page that starts with its number, then a label, is one too)
    breaks = sorted({moved for b in breaks if (moved := _break_before_prefix(raw, b)) >= 0
                     and not _after_link_word(raw, b)})
    if page and (not breaks or page.end() <= breaks[0] + 1):
        raw = " " * page.end() + raw[page.end():]  # same length: the breaks still fit
    starts = [0, *(b + 1 for b in breaks)]
    lines = []
    for a, b in zip(starts, [*breaks, len(raw)], strict=True):
        piece = raw[a:b].strip()
        if head := _CASE_SECTION_HEAD.match(piece):  # the heading on a line of its own
            lines += [head.group(1), piece[head.end():]]
        elif title := _FLAT_CAPS_TITLE.match(piece):  # "82/10 REFERAT | Referatet godkjent"
            lines += [title.group(1), piece[title.end():]]
        elif piece:
            lines += split_groups(piece)
    return lines


def _numbered_items(raw: str) -> list[int]:
    """The places of items numbered "1.", "2.", "3." … in a page run together ("…
    Referent: Siri Dahl 1. Godkjenning av innkalling Innkallingen ble godkjent. 2.
    Veilys …"): only a series that counts 1, 2, 3 in order, three at least, so a date
    ("8. Juni") or a number in the text breaks nothing."""
    found: list[int] = []
    for match in _FLAT_NUMBERED.finditer(raw):
        if int(match.group(1)) == len(found) + 1:
            found.append(match.start())
    return found if len(found) >= _NUMBERED_ITEMS else []


# "1. Godkjenning", "2) Økonomi" inside a page run together, at the space before it.
_FLAT_NUMBERED = lazy_regex(r"\s(\d{1,2})[.)]\s+(?=[A-ZÆØÅ])")
#: How many numbered items in order show a page of them run together.
_NUMBERED_ITEMS = 3


# An organisation or group named before a colon inside an attendance line: "Nordvik
# kommune:", "Koordineringsgruppen:", "Prosjekt Felles areal … :".
_INNER_COLON = lazy_regex(r"\s?:\s+(?=\S)")


def split_groups(line: str) -> list[str]:
    """An attendance line of a page run together, cut before each group it holds:
    "Sekretariatet: Liv Berg, Tor Moen Nordvik kommune: rådmann Siv Lie" → "Sekretariatet:
    Liv Berg, Tor Moen" and "Nordvik kommune: rådmann Siv Lie".

    A group's name follows the last person before its colon: that person's first names
    (known ones) and one surname, after any lower-case title ("fylkesrådmann Harald
    Horne Koordineringsgruppen:"). Where the person cannot be told from the group that
    way, the line is not cut.
    """
    label = match_label(line)
    if label is None or label.field not in ATTENDANCE_FIELDS or ":" not in label.value:
        return [line]
    start = len(line) - len(label.value)
    pieces, cut = [], 0
    for colon in _INNER_COLON.finditer(line, start):
        group_start = _group_start(line, start, colon.start())
        start = colon.end()
        if group_start is not None:
            pieces.append(line[cut:group_start].strip())
            cut = group_start
    return [*pieces, line[cut:].strip()] if pieces else [line]


def _group_start(line: str, begin: int, colon: int) -> int | None:
    """Where the group named before ``colon`` starts: after the last person of the text
    from ``begin`` (names separated by commas or "og"), or None when unclear."""
    entry_start = max(line.rfind(",", begin, colon) + 1, begin)
    og = line.rfind(" og ", entry_start, colon)
    while og >= 0:  # "Knut Dahl og Siv Lie Nordvik kommune:", not "… Kyst og fjord:"
        if is_first_name(line[og + 4:colon].split(maxsplit=1)[0]):
            entry_start = og + 4
            break
        og = line.rfind(" og ", entry_start, og)
    words = list(re.finditer(r"\S+", line[entry_start:colon]))
    n = 0
    while n < len(words) and words[n].group()[:1].islower():
        n += 1  # "byrådssekretær", "prosjektleder": a title before the name
    first = n
    while n < len(words) and is_first_name(words[n].group().rstrip(",")):
        n += 1
    if n == first or n + 1 >= len(words) or not words[n + 1].group()[:1].isupper():
        return None  # no known first name, or no surname and group after it
    return entry_start + words[n + 1].start()


def _after_link_word(raw: str, at: int) -> bool:
    """Whether the word before a break links it to a title ("GODKJENNING AV INNKALLING OG
    SAKLISTE"): the label word is then the title's last word, not a new line."""
    before = raw[max(0, at - 6):at].rsplit(None, 1)
    return bool(before) and before[-1] in _LINK_WORDS and not _LABEL_AHEAD.match(raw, at)


# A label with its colon right after a break ("… Møteprotokoll for Tid: kl. 15"): a break.
_LABEL_AHEAD = lazy_regex(r"\s[\wæøåÆØÅ./ -]{1,30}?:")
_LINK_WORDS = {"og", "OG", "av", "AV", "for", "FOR", "til", "TIL", "med", "MED"}


def _break_before_prefix(raw: str, at: int) -> int:
    """Where a break found at ``at`` goes: before the letters that mark a case number's
    kind ("… Sakshandsamar | SR 2017/43 …") or the vote before "VEDTAK", so they stay on
    its line; -1 when the number is a reference in running text ("vedtak i sak 1/2009:")."""
    follows = raw[at + 1:at + 2]
    if (follows == "M" or raw.startswith(("REFERAT", "Referat"), at + 1)) and \
            _FLAT_NUMBER_BEFORE.search(raw, max(0, at - 12), at):
        return -1  # "020/17 Møteprotokoll frå førre møte": a case's title
    if not (follows.isdecimal() or follows == "V"):
        return -1 if _FLAT_CITED.search(raw, max(0, at - 8), at) else at
    prefix = _FLAT_HEAD_PREFIX.search(raw, max(0, at - 20), at)
    if prefix is None or (follows == "V") != bool(prefix.group("vote")):
        return at
    if prefix.group("ref") or (prefix.start() == 0 and not raw[0].isspace()):
        return -1  # cited, or the page starts with the case: no break needed
    return prefix.start()
