"""Agenda items: find the numbered sections of the minutes and their text.

The hard parts are what *not* to take: a table of contents (page numbers, dot leaders,
the same numbers again later), numbered lists inside an item ("1." after "Sak 4"), and
dates that look like numbers ("4. mars"). Candidates are found per line, then the
sequence decides which are items.
"""

from __future__ import annotations

import copy
import functools
import itertools
import re
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from motebok.extract import dates
from motebok.extract.dates import has_digit
from motebok.extract.first_names import is_first_name
from motebok.extract.labels import (
    ATTENDANCE_FIELDS,
    DECISION_COLUMN_WORDS,
    SPEAKER_LABELS,
    TASK_COLUMN_WORDS,
    WRITER_VERBS_AV,
    Field,
    is_amount_column_heading,
    is_state_agency,
    match_label,
)
from motebok.extract.outcomes import (
    FOLLOW_UP_LIST_HEADING,
    GRANT_WORDS,
    KRONER_SUM,
    OUTCOME_FRAGMENT,
    QUESTION_WORDS,
    REMARK_SENDER_COLUMNS,
    ROUND_TABLE_TITLE,
    VIEWS_INITIALS,
    VIEWS_LEAD,
    heads_decisions,
    is_decision,
    owner_and_date,
    status_mark,
    task_columns,
    weighs_remarks,
)
from motebok.extract.participants import (
    FIRST_NAME_WRITER,
    MARK_BEFORE_TITLE,
    SIGNED_MARK,
    SIGNED_WRITER,
    SIGNER_ROLES,
    WRITER_ENDINGS,
    is_job_title,
    names_organisation,
    signing_chair,
    table_columns,
)
from motebok.extract.text import (
    BODY_WORD_ENDINGS,
    BULLET_STARTS,
    CASE_CELL_NUMBER,
    CASE_CELL_PREFIX,
    CONTACT_MARK,
    DEFINITE_ENDINGS,
    FINITE_VERB,
    HOUR_AFTER_TITLE,
    ITEM_CELL_NUMBER,
    ORGANISATION_ENDINGS,
    QUOTED_MESSAGE,
    SCHOOL_CLASS_WORDS,
    SLOT_STARTS,
    TIME_SLOT,
    Line,
    by_first_letter,
    chart_value,
    contains_any,
    fold,
    hours_after_title,
    looks_like_name,
    merge_wrapped,
    programme_day_line,
    programme_slot_line,
    runs_on_after_page,
    starts_with_any,
    strip_bullet,
    without_time_slot,
)
from motebok.lazy_pattern import lazy_regex
from motebok.read.blocks import HEADING, LIST_ITEM, PARAGRAPH, TABLE_ROW, join_at_hyphen
from motebok.read.text import unspaced

MONTHS = (*dates.MONTH_NAMES, "jan", "feb", "mar", "apr",
          "aug", "sep", "sept", "okt", "nov", "des")

# "Sak 01/22 Title", "Sak nr. 20.2009 Title", "PS 12/21 Title", "Sak 3 . Title", "Sak 1: T",
# "Sak 12-23 Title", "Sak 12.23 Title", "Styresak 3.2016 Title",
# "V-sak 12/24 Title" (a vedtakssak; O-sak, D-sak for orientering and drøfting)
_CASE = re.compile(
    # "Sak 12/24", "V-sak", "AU-sak 12/24", "Sak AU 12/24" (a committee's own series)
    # ("MR sak 14/2017": a council's letters and the word; "PU/SL sak 01/07": two sets)
    r"^(?:(?:[a-zæøå]{1,4}-|(?-i:[A-ZÆØÅ]{2,4}(?:/[A-ZÆØÅ]{1,4})?)\s+(?=sak\s+\d))?"
    # "Ad sak 1:", "Til sak 1": the minutes' section on an item of the agenda above
    # (not "TIL SAKSNR: 10/24", a protocol's header field)
    r"(?:(?:ad|til)\s+(?=sak\s+\d))?(?:styre)?sak(?:snr\.?|\s+nr\.?|"
    r"\s+(?-i:[A-ZÆØÅ]{2,4})|"
    r"\.(?=\s*\d))?|saknr\.?|"
    r"sak(?:ene|ane)(?=\s+\d)|"  # "Sakene 3/26 og 4/26 Budsjett": two heard together
    # a municipal case system's kinds: politisk, referat-, orienterings-, drøftings-,
    # formannskaps- and vedtakssak ("VS 4/24", "Vs 4/24", "VS4/24" as "PS" is read)
    r"ps|rs|os|ds|vs|fs|pkt\.?|punkt|item|tema|"
    r"nr\.?(?=\s*\d)|\#(?=\d)|"  # "Nr. 1 Godkjenning …", "#1 Godkjenning …"
    r"§(?=\s*\d)|"  # "§ 1 Godkjenning av innkalling": an årsmøte's paragraphs
    r"ärende(?=\s*\d)|"  # "Ärende 3 Kollektivtrafik": a Swedish body's "Sak 3"
    r"ad\.?(?=\s*\d)|"  # "Ad 1. Godkjenning av innkalling", "Ad. 1", "Ad.1"
    # "Orienteringssak 3/24", "Vedtakssak 4/24", "Drøftingssak 5/24"
    r"(?:orienterings|vedtaks|drøftings|diskusjons|beslutnings|informasjons|referat)sak|"
    r"arkivsak|"
    # "RF 33/11", "AU 24/14", "LR-28/2014", "SR 2017/43": a committee's letters before its
    # case numbers (but "FSK-012/24 Vedtak:" is a case system's stamp on a vedtak, and a
    # year first needs a title: "FAU 2022/23" alone is a school year)
    r"(?-i:[A-ZÆØÅ]{2,4})(?:-(?=\d)|(?=\s))"
    r"(?=\s*(?:\d{1,3}\s*/\s*\d{2,4}\b|\d{4}\s*/\s*\d{1,4}\s+\S)"
    r"(?!\s*(?:vedtak|innstilling|behandling|votering)\b))|"
    # "S 1/3/19 - Møteplan": one letter before a case, meeting and year; "O 1/25
    # Orientering", "V 2/25 Budsjett": one letter of the case's kind before its number
    # (a title with a capital after it, or on the line below: "I 1/3 av kommunene" is a
    # sentence)
    r"(?-i:[A-ZÆØÅ])(?=\s+\d{1,3}/\d{1,2}/\d{2}\s|"
    r"\s\d{1,3}/(?:\d{2}|(?:19|20)\d{2})(?:\s+(?-i:[A-ZÆØÅ])|\s*$)))"
    r"\s*(?::\s*|\#\s*(?=\d))?"  # "Sak nr.: 62/12", "Sak #4"
    r"(?P<num>\d{1,4}/\d{2}/\d{4}|\d{1,3}/\d{1,2}/(?:\d{2}|(?:19|20)\d{2})(?![\d/])|"
    r"\d{1,3}[-–]\d{1,3}/\d{2,4}(?!\d)|"  # "Sak 3-4/26": two cases heard together
    # "Sak 12/26-27": a case of the school year 2026/27, as school owners' forums count them
    r"\d{1,3}/\d{2}[-–]\d{2}(?![\d/–-])|"
    r"\d{1,4}(?:[a-z](?=/))?\s*/\s*\d{2,4}|"  # ("Sak 4a/24": a case added under 4/24)
    r"(?:19|20)\d{2}\s*/\s*\d(?!\d)|"
    r"\d{2}\s*/\s*\d(?![\d/.])|"  # "Sak 25/3": a two-digit year first, a one-digit case
    r"\d{1,3}\s+av\s+(?:19|20)\d{2}(?!\d)|"  # "Sak 3 av 2025": case 3 of the year 2025
    r"\d{1,3}\s*\.\s*\d{4}|"
    r"(?:19|20)\d{2}-\d{1,3}(?![\d-])|"  # "Sak 2013-01": the year first
    r"\d{1,3}\s*[-–]\s*(?:\d{2}|(?:19|20)\d{2})(?!\d)|"
    r"\d{1,2}[-–][2-9](?=\s+(?-i:[A-ZÆØÅ]))|"  # "Sak 1-3 Godkjenning …": cases heard together
    # "Sak 12.23", and "Sak 23.3": a case numbered within its meeting or year
    r"\d{1,3}\.\d{1,2}(?!\d|\.\d)|"
    r"\d{1,3}/(?=\s|$)|"  # "Sak 3/ Budsjett": the year left out when the heading was typed
    r"\d{1,3}[a-z]?|/\d{2,4})"
    # the title after a space, or glued on after a full stop, a colon or a four-digit year
    # ("MR sak 14/2017Godkjenning av …", as a PDF's copy joins them; "Sak 1:Økonomi")
    r"(?:\s*[.:)\-–—*]+)?(?:\s+|$|(?:(?<=[.:])|(?<=\d{4}))(?=(?-i:[A-ZÆØÅ])[a-zæøå]))"
    r"(?P<title>.*)$", re.I)
# The case heading most minutes write, "Sak 12/24 Budsjett" ("SAK", "sak"; one to three
# digits, a two-digit year, one space each side and a title that opens with no space or
# mark): ``_CASE`` gives such a line this match (its "sak" branch, the number by its
# "\d{1,4}/\d{2,4}" branch, the title after the space) at about 11,000 instructions a
# line, its forty word branches tried under IGNORECASE; this pattern at about 2,500.
# Asked first; a line it does not take goes to ``_CASE`` (test_prefilters.py).
_SAK_CASE = re.compile(r"(?:Sak|SAK|sak) (?P<num>\d{1,3}/\d\d) (?=[^\s.:)\-–—*])(?P<title>.*)$")
# The case word in another language before the Norwegian one: "Ášši / Sak 9/25 …".
_CASE_WORD_BESIDE = lazy_regex(r"[^\W\d_]{2,20}\s*/\s*(?=(?i:sak)\s+\d)")
# A body's own word for its cases: "Regionrådssak 12/24", "Utvalgssak 3/24", "Møtesak 4/24".
# ("Agendapunkt 1:", "Dagsordenpunkt 2": a point of the agenda, numbered so)
# An item added at the meeting: "Ekstra sak 7/24", "Tilleggs sak 7/24", "Ny sak 9/26" (and
# "Tilleggssak 7/24").
_COMPOUND_CASE = lazy_regex(r"(?:[A-ZÆØÅ][a-zæøå]{2,20}(?:sak|punkt)|(?:Ekstra|Tilleggs|Haste|Ny)"
                            r"\s+sak)\s+(?:nr\.?\s*)?(?=\d)")
# Points numbered within an item's text, not cases of the meeting: "Læringspunkt 1: …"
# after an exercise or incident, "Forbedringspunkt 2", "Sjekkpunkt 3" (lower-cased starts).
_TEXT_POINT_WORDS = ("lærings", "forbedrings", "forbetrings", "sjekk", "kontroll", "fokus",
                     "observasjons", "avviks")
# An unnumbered item added at the meeting: "Ekstra sak: Ny nettside", "Tilleggssak – Vei"
# (not a sentence about one: "Tilleggssak: Kari tok opp spørsmålet om ny nettside.").
_ADDED_ITEM = re.compile(r"(?:ekstra\s*sak|tilleggs\s*sak|tilleggspunkt|hastesak)\s*"
                         r"(?::|[–—-]|:\s*[–—-])\s*"
                         r"(?P<title>(?-i:[A-ZÆØÅ0-9]).{1,80})(?<![.!?])$", re.I)
# "1/24 Title", "12/2024: Title", "07 – 2022 Title": a case number without "Sak"; the
# title starts with a capital, so "1/3 av kommunene" and dates ("14/2 2024") are not headings.
# A document's title after its meeting number: "03/20 Referat styremøte …".
_MEETING_TITLE = lazy_regex(r"(?:møte)?(?:referat|protokoll|innkalling)\s+(?:fra\s+|frå\s+)?"
                            r"\w*møte", re.I)
_BARE_CASE = lazy_regex(r"^(?P<num>(?:\d{1,3}[a-z]?|0\d{3})\s*/\s*(?:\d{2}|(?:19|20)\d{2})|"
                        r"\d{1,3}\s*[-–]\s*(?:19|20)\d{2})"
                        # ("12/25 a Formål", "12/25 b) Tilskudd": a case's lettered parts)
                        r"(?:\s+(?P<part>[a-h])\)?(?=\s+[A-ZÆØÅ]))?"
                        r"(?:\s*[.:)\-–—]+)?"
                        # ("1/26 (V) Budsjett": the case's kind before its title)
                        r"\s+(?:[(\[][VODBIR](?:-sak)?[)\]]\s+)?(?P<title>[A-ZÆØÅ].*)$")
# A ditto mark for the word above: "«  2.  Skriv frå forbundet" under "Sak 1.  Referat".
_DITTO_MARKS = frozenset('«"〃„')
_DITTO_NUMBER = lazy_regex(r'[«"〃„]\s*(?=\d{1,3}\b)')
# "1. Title", "1) Title", "1 Title" is too loose and not accepted.
_CASE_CELL = lazy_regex(r"^(?:sak\s*)?(?P<num>\d{1,4}\s*/\s*\d{2,4})$", re.I)
# (not a range of numbered things: "5.–7. trinn: 5 produksjoner", the school years a
# line of a list names, starts no item "–7. trinn")
_NUMBERED = lazy_regex(r"^(?P<num>\d{1,2})\s*[.)]\s*(?P<title>(?![-–—]\s?\d)\S.*)$")
# Only when the minutes have no other items: a heading numbered without a full stop ("1
# Godkjenning av referat"), a case number with a dash and a two-digit year ("1-24
# Dagsorden"), a letter ("A) Endringer").
# "5 a) Kommunereform", "5a. Høring": the lettered parts of item 5, as "Sak 5 a" (one
# digit before the letter: "12a." is rare, "12 a" may be a clock or an address).
_PART_NUMBERED = lazy_regex(r"^(?P<num>\d)(?P<part>\s?[a-h])[.)]\s+(?P<title>[A-ZÆØÅ].*)$")
# "(1) Godkjenning av innkalling": the number in brackets, the title with its capital
_BRACKET_NUMBERED = lazy_regex(r"^\((?P<num>\d{1,2})\)\s+(?P<title>[A-ZÆØÅ].{1,150})$")
_BARE_NUMBERED = lazy_regex(r"^(?P<num>\d{1,2})\s+(?P<title>[A-ZÆØÅ][^\d\s][^:]{1,80})$")
# A title that goes on numbering cases: "Sak 28 og 29/14", "Sak 3 – 5/24".
_MORE_CASES = lazy_regex(r"^(?:og|-|–|til)\s*\d{1,3}(?:/\d{2,4})?\b")
# The rest of a line that ends a range of whole case numbers begun by "Sak 05/26": "– 08/26",
# "til 08/26" (the head's list of the meeting's cases, no heading; a school year after a
# plain number, "Sak 1 - 16/17", is another thing: the range needs a "/" in both).
_CASE_RANGE_END = lazy_regex(r"\s*(?:[-–—]|til)\s*\d{1,3}\s*/\s*\d{2,4}\s*$")
# "Sak 4/24 og 5/24 Budsjett og økonomiplan": two cases under one heading and one title
# (handled as one item), not "Sak 28 og 29/14 (kl 10-12):" over who came for them
_JOINT_CASE = lazy_regex(r"og\s+(?:sak\s+)?(?P<num>\d{1,3}(?:\s*/\s*\d{2,4})?)(?:\s*[:.–-])?\s+"
                         r"(?P<title>(?-i:[A-ZÆØÅ]).*)$", re.I)
# "1 - Godkjenning av innkalling", "2 – Økonomi": a number, a spaced dash, then the title
# in capitals (a range "1-2 ganger" has no spaces, a vote "7 – 2" no letter).
_DASH_NUMBERED = lazy_regex(r"^(?P<num>\d{1,2})\s+[-–—]\s+(?P<title>[A-ZÆØÅ].{1,150})$")
_COLON_NUMBERED = lazy_regex(r"^(?P<num>\d{1,2}):\s+(?P<title>[A-ZÆØÅ].{2,200})$")  # "3: Opprop"
_DASH_CASE = lazy_regex(r"^(?P<num>\d{1,3}-\d{2})\s+(?P<title>[A-ZÆØÅ].{2,120})$")
# "A) Endringer", "b) Brev", "C. Eventuelt" (a capital and a full stop: "a." is a sub-item)
_LETTERED = lazy_regex(r"^(?P<num>[A-Ha-h](?=\))|[A-H](?=\.))[.)]\s+"
                       r"(?P<title>[A-ZÆØÅ].{2,120})$")
# "2. varamann: Mikal Heldal": an ordinal seat and who holds it, not item 2.
_ORDINAL_SEAT = lazy_regex(r"^[a-zæøå]+\s*[:;]\s*[A-ZÆØÅ][\w-]+\s+[A-ZÆØÅ]")
# The meeting's ordinal, as a title: "1. styremøte 2006 i Fiskum grendeutvalg".
_ORDINAL_MEETING = lazy_regex(r"^[a-zæøå-]*møte\b")
# A long heading line whose short title comes first: "1. Budsjett 2010: Finn Madsen …".
_TITLE_THEN_TEXT = lazy_regex(r"[^.:]{3,60}[.:]\s+[A-ZÆØÅ]")
_HEADING_NUMBER = lazy_regex(r"^(?P<num>\d{1,3})\s+(?P<title>[A-ZÆØÅa-zæøå].*)$")  # "## 1 Tittel"
# "1 Godkjenning av innkalling" set in bold on its own line, as Word prints a heading
# numbered without a full stop (a capital after the number, short, no sentence's stop)
_BOLD_NUMBERED = lazy_regex(r"^(?P<num>\d{1,2})\s+(?P<title>[A-ZÆØÅ][^\d\s][^.:]{1,80})$")
# Page numbers and dot leaders at a title's end. Every run of spaces, tabs, dots or "…"
# is entered only at its first character (the look-behind after it) and taken whole (the
# possessive "+"): a search tries every position, and a run tried from each of its
# characters and given back one at a time costs the square of its length (a title joined
# from thousands of leader lines took minutes). Each pattern ends at the title's end, so
# the leftmost start decides the match: what is found is the same. (Each branch starting
# with a character, not a look-behind, lets the search skip to the candidates.)
_RUN_OF_DOTS = r"(?:\s(?<!\s\s)\s*+\.{%d,}+|\.(?<![\s.]\.)\.{%d,}+)"
_RUN_OF_ELLIPSES = r"(?:\s(?<!\s\s)\s*+…++|…(?<![\s…]…)…*+)"
_TOC_TAIL = lazy_regex(rf"(?:{_RUN_OF_DOTS % (3, 2)}\s*+|{_RUN_OF_ELLIPSES}\s*+"
                       r"|\t(?<!\t\t)\t*+\s*+|\s(?<!\s\s)\s{2,}+)(?:side\s*+)?\d{1,3}\s*+$", re.I)
_DOT_LEADERS = lazy_regex(rf"(?:{_RUN_OF_DOTS % (3, 2)}|{_RUN_OF_ELLIPSES})\s*+$")
_TRAILING_PAGE = lazy_regex(rf"(?:{_RUN_OF_DOTS % (2, 1)}|{_RUN_OF_ELLIPSES})\s*+\d{{1,3}}\s*+$")
_MONTH_START = lazy_regex(r"^(?:" + "|".join(MONTHS) + r")\b", re.I)
_YEAR_FIRST_CASE = lazy_regex(r"^(?P<num>\d{2}/\d{1,3})\s+(?P<title>[A-ZÆØÅ][^/]{2,150})$|"
                              # "2006-21 Konstitusjon av styret.", "2006-22Godkjenning …"
                              # (a page run into one line goes on after the title), and
                              # "2024/15 Godkjenning av innkalling" (a space before it)
                              r"^(?P<dashed>(?:19|20)\d{2}(?:-\d{1,3}|/\d{1,3}(?=[.:]?\s)))"
                              r"[.:]?\s*"
                              r"(?P<title2>[A-ZÆØÅ].{2,})$")
# ("1" bare as well: to_lines keeps such a line only when it numbers items, no page)
_LONE_NUMBER = lazy_regex(r"(\d{1,2})[.)]?")
# A verb right after a case number: the line is a sentence ("Sak 31 behandles …",
# "Sak 3 ble utsatt"), not a heading.
_SENTENCE_ON = lazy_regex(r"(?:[a-zæøå]+(?:es|ast)|ble|blei|vart|blir|vert|er|var|har|"
                          r"hadde|skal|vil|kan|må|går|gikk|tas|takast)\b")
# A year first and then the archive's running number: "2009/12995", "2018/3556".
# An archive's case reference: year first ("2024/551"), or a two-digit year and a running
# number of three digits or more ("24/1234"), which no item's number/year is.
_ARCHIVE_NUMBER = lazy_regex(r"(?:19|20)\d{2}/\d{1,6}|\d{2}/(?!(?:19|20)\d{2}$)\d{3,6}")
_LONE_CASE = re.compile(r"\d{1,3}/(?:19|20)?\d{2}")
# "7. 17. mai (bod på Nesttun)": an item whose title starts with a day
_DAY_MONTH_START = lazy_regex(r"^\d{1,2}\.?\s*(?:" + "|".join(MONTHS) + r")\b", re.I)
# (nynorsk's plural "Faste punkt" as bokmål's "Faste punkter")
_STANDING = re.compile(r"^(?:eventuelt|evt\.?|faste punkt(?:er)?|orienteringssaker|"
                       # the same cases in words, a council's standing point ("Saker til
                       # orientering", nynorsk "Saker til vitande")
                       r"(?:saker|sakar)\s+til\s+(?:orientering|informasjon|vitande)(?=\s*:?\s*$)|"
                       r"orienteringar|orienteringer|referatsaker|meldingssaker|"
                       r"eventuelt/neste møte|ymse|"
                       # the site visit before the cases, a section of its own ("Befaring",
                       # nynorsk "Synfaring"), as a heading alone or with its place
                       # ("Befaring på Ose bygdetun", "Synfaring ved kaia"): a line
                       # without a sentence's stop
                       r"(?:befaring|synfaring)(?:a|en)?"
                       r"(?:\s+(?:på|i|ved|til|langs)\s+[^\s.!?:;,][^.!?:;,]{1,40})?"
                       r"(?=\s*:?\s*$)|"
                       # an årsmøte's opening section before its cases: who leads, writes
                       # and signs ("Konstituering", "Åpning og konstituering")
                       r"konstituering|(?:åpning|opning)\s+og\s+konstituering|"
                       r"diverse(?!\s+merknad)|drøftingssak(?:er)?|"
                       # the news of the chair or the staff, a standing point of many
                       # agendas ("Orientering fra leder", "Informasjon frå rektor")
                       r"(?:orientering(?:er|ar)?|informasjon)\s+(?:fra|frå)\s+(?:styreleder|"
                       r"styreleiar|leder|leiar|rektor|daglig\s+leder|dagleg\s+leiar|"
                       r"administrasjonen|sekretariatet|rådmannen|kommunedirektøren)(?=\s*:?\s*$)|"
                       # the open tasks of earlier meetings, gone through before the cases
                       # (also their list: "Oppfølgingsliste fra forrige møte", "Aksjonsliste
                       # frå førre møte")
                       r"(?:(?:oppfølging|oppfylging)(?:slist(?:e|en|a)|spunkt(?:er|a|ene)?)?|"
                       r"aksjonslist(?:e|en|a))\s+(?:fra|frå|av)\s+(?:forrige|førre|"
                       r"siste|tidligere|tidlegare)\s+møte(?:r|t)?)\b",
                       re.I)


# A heading over a group of items: "Orienteringssaker", "Saker til behandling", "II.
# Drøftingssaker", "Vedtakssaker (2 saker)", "Del 2: Referatsaker", "Delegerte saker" (a
# kind of case in the plural, no text of its own).
_GROUP_HEADING = lazy_regex(r"(?:(?:[ivx]{1,4}|[a-h]|\d{1,2})[.)]?\s+|del\s+\d{1,2}\s*[:.–-]?\s*)?"
                            r"(?:[a-zæøå]*saker|saker\s+(?:til|for|fra|frå)\s+[a-zæøå]+"
                            r"(?:\s+[a-zæøå]+)?|(?:nye|faste|politiske|andre|øvrige)\s+saker|"
                            r"[a-zæøå]{3,}(?:te|ne|de)\s+saker)"
                            # ("Vedtakssaker (2 saker)": how many the group holds)
                            r"(?:\s*\(\d{1,2}\s+sak(?:er)?\))?\s*:?", re.I)


def _school_class_title(title: str) -> bool:
    """Whether the words after "3." name a school class, not an item: "3. trinn tar ansvar
    for kaffesalget.", "10. klasse selger kaffe" (the number is the class's, in lower case
    after it; an item's title "Klassetur" starts in upper case)."""
    return title[:1].islower() and title.split(" ", 1)[0].rstrip(".,:") in SCHOOL_CLASS_WORDS


# The kinds of case a heading may group without the word "saker": "III. Orienteringar",
# "B. Til drøfting", "Meldinger:" (the plural of a kind, or "til" and what the body does).
GROUP_KINDS = frozenset((
    "orienteringer", "orienteringar", "meldinger", "meldingar", "drøftinger", "drøftingar",
    "til orientering", "til informasjon", "til drøfting", "til diskusjon", "til behandling",
    "til handsaming", "til vedtak", "til avgjerd", "til avgjørelse", "til beslutning",
    "til uttale", "til uttalelse",
    # a case added after the summons went out, in the singular over its own numbered
    # heading: "Ettersendt sak:" / "Sak 27/26 …", "Tilleggssak" / "Sak 9/26 …"
    "ettersendt sak", "ettersend sak", "tilleggssak", "tilleggssaker", "ekstra sak"))
# The numeral before a group's heading: "III. ", "B) ", "2 ".
_GROUP_NUMERAL = re.compile(r"(?:[ivx]{1,4}|[a-h]|\d{1,2})[.)]?\s+", re.I)
_GROUP_NUMERAL_FIRSTS = frozenset("ivxabcdefghIVXABCDEFGH0123456789")


def is_group_heading(line: Line) -> bool:
    """A line that heads a group of numbered items ("Referatsaker" right over "RS 1/24",
    "III. Orienteringar" over "Sak 5/26"): no item, and no part of the text of the item
    above it."""
    text = line.body
    if len(text) > 50 or line.is_table:
        return False
    if "aker" in text.lower():
        return _GROUP_HEADING.fullmatch(text) is not None
    # (a numeral's first character: a letter "a"–"h", "i", "v", "x" or a digit; ASCII
    # first characters decided without the pattern, most lines' "Vedtak: …", "Presentasjonen …")
    first = text[:1]
    numeral = _GROUP_NUMERAL.match(text) if not first.isascii() or \
        first in _GROUP_NUMERAL_FIRSTS else None
    kind = (text[numeral.end():] if numeral else text).rstrip(" :").casefold()
    # (the singular only under a numeral: "III. Drøfting" numbers a part of the agenda;
    # a lone "Orientering" may be the kind of the case above)
    return kind in GROUP_KINDS or (numeral is not None and kind in _GROUP_KIND_SINGULARS)


_GROUP_KIND_SINGULARS = frozenset(("orientering", "drøfting", "informasjon", "diskusjon"))


def is_day_heading(text: str) -> bool:
    """A line that opens a day of a meeting over several days ("Dag 2", "Dag 2 – onsdag
    11. september", "DAG 2: kl. 09–13", or the day alone: "Tirsdag 5. mars", "TYSDAG
    5.3.2024:"): over the next item it heads that day's items, no part of the text of
    the item above it."""
    if text[:3].casefold() != "dag":
        return len(text) <= 40 and text[:1] in _WEEKDAY_FIRSTS and \
            _DATED_DAY_HEADING.fullmatch(text) is not None
    return len(text) <= 80 and \
        _DAY_HEADING.fullmatch(text) is not None and not FINITE_VERB.search(text) and \
        not _WORD_STOP.search(text)


# "Dag 2", "Dag 2:", "Dag 2 – onsdag 11. september kl. 09–13" (not "Dag 2 ble brukt til …").
_DAY_HEADING = lazy_regex(r"dag\s*(?:nr\.?\s*)?\d{1,2}(?:\s*[:.–—-].*)?", re.I)
# "Tirsdag 5. mars", "Onsdag 6. mars 2024:", "Tysdag 05.03.24", "Fredag den 8. mars": a
# weekday and its date, nothing more (a time after it: "Mandag 4. mars kl. 10–16")
_DATED_DAY_HEADING = lazy_regex(
    r"(?:" + "|".join(dates.WEEKDAY_FULL_NAMES) + r")\s+(?:den\s+)?"
    r"\d{1,2}\.(?:\s*(?:" + "|".join(dates.MONTH_NAMES) + r")(?:\s+\d{4})?|"
    r"\d{1,2}\.(?:\d{2}|\d{4})?)"
    r"(?:\s*,?\s*(?:kl\.?\s*)?\d{1,2}(?:[.:]\d{2})?\s*[-–]\s*\d{1,2}(?:[.:]\d{2})?)?"
    r"\s*:?", re.I)
_WEEKDAY_FIRSTS = frozenset("MmTtOoFfLlSs")
# A full stop after a word: a sentence ends there ("kl." and "11." are no words of three).
_WORD_STOP = lazy_regex(r"[a-zæøå]{3}\.(?:\s|$)")


def is_standing_title(title: str) -> bool:
    """A standing section's title ("Eventuelt", "Orienteringssaker")."""
    return bool(_STANDING.match(title))


# A mail's closing request, alone on its line, that readers tell the writer what is wrong
# or missing in the minutes: it closes the mail, it is no text of the last item. (The
# request alone is not enough: "Gi beskjed til kommunen om feil i listene" is a task.)
_ASKS_FOR_CORRECTIONS = (r"(?:(?:si|sei|meld)\s+i?fr[aå]|(?:gi|gje)\s+(?:beskjed|lyd|melding)|"
                         r"kom\s+gjerne\s+med)\b[^.!?\n]{0,60}?\b"
                         r"(?:rettelser|rettingar|rettinger|korrigeringer|korrigeringar|"
                         r"glemt|gløymt|gløymd|misforstått|mistforstått|utelatt|"
                         r"(?:feil|mangler|manglar|merknader|merknadar|kommentarer|kommentarar|"
                         r"endringer|endringar)\s+(?:i|til|ved)\s+referatet)"
                         r"\b[^.!?\n]{0,40}[.!?]*\s*$")
_END_MARK = re.compile(r"^(?:referent\s*[:;]|refr?\.\s*[:;]|"
                       r"refr?\.\s+(?-i:[A-ZÆØÅ][\w-]+\s+[A-ZÆØÅ])|rett\s+(?:protokoll)?utskrift|"
                       # the writer's day before her name: "Ref. 6.3.26 Kari Holm"
                       r"refr?\.\s*\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}\s*[,–-]?\s*"
                       r"(?-i:[A-ZÆØÅ][\w-]+\s+[A-ZÆØÅ])|"
                       # "Referat: Kari Holm 6.3.2026" alone: who wrote them, and when
                       r"referat\s*:\s*(?-i:[A-ZÆØÅ])[\w-]+(?:\s+(?-i:[A-ZÆØÅ])[\w.-]*){1,3}"
                       r"(?:\s*,?\s*\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4})?\s*$|"
                       # "Rett protokoll stadfestar:", "Rett protokoll bekreftes:"
                       r"rett\s+protokoll\b|"
                       r"--$|"  # an e-mail's signature delimiter ("-- ")
                       # the signing formula: "Sted og dato: Fjordbygd, 14.02.2025"
                       r"(?:sted|stad)\s*(?:og|/|,)\s*dato\s*:\s*\S|"
                       # a Swedish protocol's signing block: "Vid protokollet" over the
                       # secretary, "Justeras" (alone) over the chair and the checker,
                       # "Protokollet justeras av …", and the signature boxes at a page's
                       # foot: "Justerandes sign      Utdragsbestyrkande"
                       r"vid\s+protokollet\b|justeras\s*:?\s*$|protokollet\s+justeras\b|"
                       r"justerandes\s+sign|"
                       r"mvh\b|med\s+vennlig\s+hilsen|vennlig\s+hilsen|vennleg\s+helsing|"
                       # a summons' closing: "Med hilsen", "Med venleg helsing", "Vel møtt!"
                       r"med\s+(?:venn?leg\s+)?(?:hilsen|helsing)\b|venleg\s+helsing|"
                       r"vel\s+møtt\s*!?\s*$|"
                       # a summons' request for notice of absence under its last item ("Meld
                       # forfall til styreleder …", "Eventuelt forfall meldes til …", nynorsk
                       # "Fråfall må meldast til …", "Ved forfall, gi beskjed til …")
                       r"(?:eventuelle?\s+|eventuelt\s+)?(?:meld\s+(?:eventuelt\s+|eventuelle\s+)?"
                       r"(?:forfall|fråfall)|(?:forfall|fråfall)\s+(?:må\s+|bes\s+)?"
                       r"(?:meldes|meldast)|ved\s+(?:forfall|fråfall)\s*,?\s*"
                       r"(?:gi|gje|meld|kontakt|ta|send|si)\s)|"
                       # a mail's closing wish alone on its line ("Ha en fin dag!", "God
                       # helg"), its phone's tag and its disclaimer: no text of the last item
                       r"ha\s+(?:en|ei|ein)\s+(?:\w+\s+)?(?:dag|helg|kveld|ettermiddag|sommer|"
                       r"påske|jul)\s*[!.]?\s*$|god\s+(?:helg|påske|jul|sommer)\s*[!.]?\s*$|"
                       # the mail's request for corrections ("Si fra om jeg har glemt noe!",
                       # "Gi beskjed om rettelser.", nynorsk "Sei frå om eg har gløymt noko")
                       rf"{_ASKS_FOR_CORRECTIONS}|"
                       # (and the mail app's own: "Sendt fra Outlook for iOS", "Hentet fra
                       # Outlook for Android", "Sendt fra min Samsung Galaxy-smarttelefon")
                       r"(?:sendt|send|hentet|henta)\s+fr[aå]\s+(?:min\s+|mi\s+)?"
                       r"(?:iphone|ipad|mobil|android|outlook|samsung|galaxy|huawei|"
                       r"smarttelefon|nettbrett|e-?post\s+for\s+windows)|sent\s+from\s+my\s|"
                       r"get\s+outlook\s+for\s|"
                       # the writer's initials or first name alone: "Ref. KH", "ref: Kari H.",
                       # "/Kari" (a mail's slash before the sender's name)
                       r"refr?\.\s+(?-i:[A-ZÆØÅ]{2,3})\s*$|"
                       # (with whom she is: "Ref: Mari Lund, sekretariatet")
                       r"ref\s*[:;]\s*(?-i:[A-ZÆØÅ])[\w-]+(?:\s+(?-i:[A-ZÆØÅ])[\w.-]*){0,2}"
                       r"(?:\s*,\s*[\w. /-]{2,30})?\s*$|"
                       r"/\s*(?-i:[A-ZÆØÅ])[\w.-]*(?:\s+(?-i:[A-ZÆØÅ])[\w.-]*){0,2}\s*$|"
                       # a meeting tool's note under its AI summary ("AI-generert innhold
                       # kan være feil.", "Intelligent oppsummering generert av Copilot.")
                       r"(?:ai|ki)-?\s?generert\s+(?:innhold|innhald|oppsummering)|"
                       r"ai-generated\s+content|intelligent\s+(?:oppsummering|recap)\b|"
                       r"generert\s+av\s+(?:copilot|ki\b|ai\b)|"
                       r"(?:denne|den\s+her)\s+e-?(?:post|mail)(?:en)?\s+(?:kan\s+inneholde|er\s+kun|"
                       r"inneholder)|"
                       r"beste\s+hilsen|(?:hilsen|helsing)(?:\s+(?-i:[A-ZÆØÅ])[\w-]*){0,3}\s*$|"
                       r"(?-i:[A-ZÆØÅ])[\w -]{1,30},\s*(?:den\s+)?\d{1,2}\.\s*"
                       r"(?:\d{1,2}\.\s*\d{2,4}|[a-zæøå]+\s+\d{4})\s*$|"  # "Austvik, 30.11.2023"
                       # (also nynorsk without the verb: "Møtet heva kl. 15.10.", and
                       # "Møtet vart heve kl. 15.10", as it is often written)
                       r"møtet\s+(?:ble\s+|blei\s+|vart\s+)?(?:hevet|heva|heve)\b|underskrift|"
                       r"møtet\s+(?:ble\s+|blei\s+|vart\s+)?(?:avsluttet|avslutta|slutt)\s+"
                       r"(?:ca\.?\s*)?(?:kl\.?\s*)?\d|"  # "Møtet slutt ca. kl. 14."
                       # (alone on its line, no time: "Møtet slutt.", "Møtet vart avslutta.")
                       r"møtet\s+(?:ble\s+|blei\s+|vart\s+)?(?:avsluttet|avslutta|slutt)\s*\.?\s*$|"
                       # (and in the past: "Møtet slutta kl. 15.10.", "Møtet endte kl. 15")
                       r"møtet\s+(?:sluttet|slutta|endte|enda)\s+(?:ca\.?\s*)?(?:kl\.?\s*)?\d|"
                       r"signert|godkjent\s+(?:ved|av)\s+signatur|sign\.?\s*:|"
                       # the signatures themselves: "Kari Holm (sign.)   Ola Berg (sign.)"
                       r"(?-i:[A-ZÆØÅ])[\w-]+(?:\s+(?-i:[A-ZÆØÅ])[\w.-]+){1,3}\s*"
                       r"\((?:sign|sign\.|signert|sgn\.?|s\.)\)|"
                       # the heading over the signatures: "Protokollen godkjennes av:",
                       # nynorsk "Protokollen vert godkjend av:" (names under or after it)
                       # (and done, how: "Protokollen er godkjend elektronisk av:")
                       r"(?:referatet|protokollen|møteboka|møteboken)\s+"
                       r"(?:vert\s+|blir\s+|er\s+|ble\s+|vart\s+)?"
                       r"(?:godkjennes|godkjenast|godkjennast|godkjent|godkjend|signeres|"
                       r"signerast|signert|underskrives|underteikna|underteiknast)\s+"
                       r"(?:elektronisk\s+|digitalt\s+)?av\s*:|"
                       # the copy list under the minutes: "Kopi til: Kommunedirektørene",
                       # "Distribusjon:", "Referatet sendes til:", "Utsendt til:"
                       r"kopi(?:\s+til)?\s*:|(?:distribusjon|mottakere|mottakarar)\s*:|"
                       # who wrote these minutes: "Referatet er skrevet av Kari Holm."
                       r"(?:møte)?(?:referatet|protokollen|referat|protokoll)\s+"
                       r"(?:er\s+|ble\s+|blei\s+|vart\s+)?(?:skrevet|skrive|skriven|ført|førd)"
                       r"\s+av\s*:?\s*(?:(?-i:[A-ZÆØÅ])|sekretariatet|sekretær|referent|"
                       r"leder|leiar|daglig\s+leder|dagleg\s+leiar)|"
                       # how the whole board signs: "Protokollen signeres av samtlige
                       # styremedlemmer.", "Protokollen vert underskriven av alle" (not who
                       # was chosen to sign, a case of its own: "… av Kari Holm og Per Li")
                       r"(?:møte)?(?:referatet|protokollen)\s+(?:blir\s+|vert\s+|skal\s+)?"
                       r"(?:signeres|signerast|underskrives|underskrivast|underskriven|"
                       r"underteiknast|underteikna)\s+(?:av\s+(?:samtlige|alle|styret|de\s|"
                       r"dei\s)|elektronisk|digitalt)|"
                       # the same without the minutes named, alone with the day:
                       # "Skrevet av Kari Holm 6. mars 2025", "Ført av Eli Vik"
                       # (a summary's: "Oppsummert av Eli Vik, Nordby kommune, 9. juni 2026",
                       # whom she writes for between the name and the day)
                       # (any verb of ``WRITER_VERBS_AV``: "Protokollført av Eli Vik 6.6.2026")
                       # (her job in small letters first: "Protokollført av daglig leder
                       # Kari Holm 6. juni 2026")
                       rf"(?:{WRITER_VERBS_AV})\s+av\s*:?\s*(?:(?-i:[a-zæøå])[\w-]*\s+){{0,2}}"
                       r"(?-i:[A-ZÆØÅ])[\w-]+"
                       r"(?:\s+(?-i:[A-ZÆØÅ])[\w.-]*){0,3}(?:,\s*(?-i:[A-ZÆØÅ])[^,\d]{1,60}|"
                       # (or her job after it, then the day: "…, daglig leder, 6. juni 2026")
                       r",\s*(?-i:[a-zæøå])[^,\d]{1,40}(?=,?\s+(?:den\s+)?\d))?"
                       r"(?:,?\s+(?:den\s+)?\d[\w. ]*)?\s*$|"
                       # the day before the writer: "(Referatet) skrevet 6.3.2026 av Kari Holm"
                       r"(?:(?:referatet|protokollen|referat|protokoll)\s+(?:er\s+|ble\s+|vart\s+)?)?"
                       r"(?:skrevet|skrive|skriven|ført|førd)\s+(?:den\s+)?\d{1,2}\.[\w. ]{2,16}?"
                       r"\d{2,4}\s+av\s+(?-i:[A-ZÆØÅ])|"
                       r"(?:(?:referatet|protokollen|referat|protokoll)\s+"
                       r"(?:er\s+|vert\s+|blir\s+|ble\s+)?)?"
                       r"(?:sendt|sendes|sendast|send|utsendt)\s+til\s*:|"
                       # the writer's signature labelled with another of her titles
                       # ("Sekretær for møtet: Kari Holm", nynorsk "Skrivar: Eli Vik")
                       # (or the minutes' own: "For referatet: Eli Vik", "For protokollen:")
                       r"(?:sekretær|møtesekretær|protokollfører|protokollførar|skrivar|"
                       r"referent|for\s+referatet|for\s+protokollen)(?:\s+(?:for|i|på)\s+møtet)?"
                       # (two of them joined by a slash: "Referent/skrivar: Eli Vik")
                       r"(?:\s*/\s*(?:sekretær|skrivar|referent|protokollfører|"
                       r"protokollførar))?\s*:\s*"
                       r"(?-i:[A-ZÆØÅ])[\w-]+(?:\s+(?-i:[A-ZÆØÅ])[\w.-]*){1,3}\s*$|"
                       # "Referent Erik Dahl" alone under the last item: the signature
                       r"(?:referent|skrivar|skriver)\s+(?-i:[A-ZÆØÅ])[\w-]+"
                       r"(?:\s+(?-i:[A-ZÆØÅ])[\w.-]*){0,3}\s*$|"
                       # a letterhead's footer: "Postadresse: Postboks 1, 3850 Dalen …"
                       r"(?:postadresse|besøksadresse|besøksadr\.|org\.?\s*nr\.?)\s*:|"
                       # a web page's own lines after the minutes
                       # ("Sist endret av Per Dahl", "Sist oppdatert 15.03.2024", a wiki's
                       # "Tags:", "Les også:", "Del på Facebook")
                       r"sist\s+(?:oppdatert|endret|endra)(?:\s*:|\s+av\s|\s+\d)|"
                       r"(?:tags|stikkord|emneord|nøkkelord|etiketter|merkelapper)\s*:|"
                       r"les\s+(?:også|mer)\s*(?::|$)|"
                       # the page's dates and buttons: "Publisert: 06.06.2024 | Oppdatert: …",
                       # "Skriv ut | Tips ein venn"
                       r"publisert\s*:?\s*(?:den\s+)?\d|(?:oppdatert|endret|endra)\s*:\s*\d|"
                       r"skriv\s+ut\s*(?:$|tips\b|del\b)|tips\s+(?:en|ein)\s+venn\b|"
                       r"del\s+(?:på|via)\s+(?:facebook|linkedin|twitter|x|e-?post|sms)\b|"
                       # a site's share heading and footer: "Del denne siden", "Del dette:",
                       # "Org.nr. 974 567 321" (no colon), "Personvernerklæring | …"
                       r"del\s+(?:denne\s+sida|denne\s+siden|denne\s+saka|denne\s+saken|"
                       r"dette|sida|siden|artikkelen|saka|saken)\s*:?\s*$|"
                       r"org\.?\s*nr\.?\s*\d{3}\s?\d{3}\s?\d{3}\b|"
                       r"personvern(?:erklæring|erklæringa)?\s*(?:$|[|·•\t])|"
                       # the page's links to other posts under the minutes
                       r"relaterte(?:\s+(?:saker|artikler|innlegg|nyheter|lenker))?\s*:?\s*$|"
                       # the contact box of the page's footer: "Kontakt" / "Kontakt oss" alone
                       # over a name, a phone number or an address
                       r"kontakt(?:\s+oss)?\s*:?\s*$|"
                       r"obs!\s+denne\s+artikkelen\b)", re.I)


def _openings_by_first(openings: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """``openings`` by their first character, for one ``startswith`` a line."""
    by_first: dict[str, list[str]] = {}
    for opening in openings:
        if opening:
            by_first.setdefault(opening[0], []).append(opening)
    return {first: tuple(group) for first, group in by_first.items()}


# The folded first four characters of every ``_END_MARK`` branch that opens with a word
# or a mark (its closings, signatures, labels and a web page's own lines; "-- ", "/Kari"),
# as `tools/pattern_openings.py motebok.extract.items:_END_MARK` reads them off the
# pattern (tests/extract/test_prefilters.py holds the two equal: a new branch needs its
# opening here). The two other branches open with a capital and need a comma within the
# next 31 characters ("Austvik, 30.11.2023") or a bracket ("Kari Holm (sign.)").
_END_MARK_OPENING_TEXTS = (
    '--', '/', '/ ', 'ai g', 'ai- ', 'ai-g', 'aige', 'best', 'besø', 'del ', 'den ', 'denn',
    'dist', 'emne', 'endr', 'etik', 'even', 'for ', 'forf', 'fråf', 'førd', 'ført', 'gene', 'get ',
    'gi ', 'gje ', 'god ', 'godk', 'ha ', 'hels', 'hent', 'hils', 'inte', 'just', 'ki g', 'ki- ',
    'ki-g', 'kige', 'kom ', 'kont', 'kopi', 'les ', 'med ', 'meld', 'merk', 'mott', 'mvh',
    'møte', 'nøkk', 'obs!', 'oppd', 'opps', 'org ', 'org.', 'orgn', 'pers', 'post', 'prot', 'publ',
    'ref ', 'ref.', 'ref:', 'ref;', 'refe', 'refr', 'rela', 'rett', 'sei ', 'sekr', 'send',
    'sent', 'si ', 'sign', 'sist', 'skre', 'skri', 'stad', 'sted', 'stik', 'tags', 'tips',
    'unde', 'utse', 'ved ', 'vel ', 'venl', 'venn', 'vid ')
_END_MARK_OPENINGS = _openings_by_first(_END_MARK_OPENING_TEXTS)


def _thanks_then_closed(line: Line) -> bool:
    """Whether a line is the chair's closing words and the meeting's close ("Møteleder
    takket for et godt møte. Møtet ble hevet kl. 14.40.", "Leiar takka for innsatsen.
    Møtet vart heva kl. 15.10."): the end of the minutes, as "Møtet hevet" alone is, and
    no part of the last item's text."""
    lowered = line.lowered
    if len(lowered) >= 160:
        return False
    if "takk" in lowered and "møtet" in lowered:
        return _THANKS_THEN_CLOSED.match(lowered) is not None
    # (or that no more cases came: "Flere saker forelå ikke til behandling.
    # Generalforsamlingen ble hevet kl. 15.10.")
    return "sak" in lowered and "hev" in lowered and \
        _NO_MORE_CASES_THEN_CLOSED.match(lowered) is not None


# One short sentence of thanks, then the close: "Leder takket for innsatsen i perioden.
# Møtet ble hevet kl. 15.10." (searched lower-cased)
_THANKS_THEN_CLOSED = lazy_regex(r"^[^.]{0,40}\btakk\w*\s[^.]{0,80}[.!]\s+møtet\s+"
                                 r"(?:ble\s+|blei\s+|vart\s+)?(?:hevet|heva|heve)\b")
# The sentence that no other case came, then the close of the meeting or of the assembly:
# "Det ble ikke fremsatt andre saker. Møtet ble hevet kl. 11.15.", "Flere saker forelå ikke
# til behandling. Generalforsamlingen ble hevet kl. 15.10." (searched lower-cased)
_NO_MORE_CASES_THEN_CLOSED = lazy_regex(
    r"^[^.]{0,60}\b(?:flere|fleire|andre|ingen)\s+saker\b[^.]{0,40}[.!]\s+"
    r"(?:[a-zæøå]*møtet|generalforsamlingen|representantskapet)\s+"
    r"(?:ble\s+|blei\s+|vart\s+)?(?:hevet|heva|heve)\b")


def _end_mark(text: str) -> re.Match[str] | None:
    """``_END_MARK.match(text)``, leaving at once on a line that opens with none of its
    branches' openings (most lines: the pattern's some sixty branches fail slowly, about
    25,000 instructions a line; two letters let "Det var …" through for "del på", "denne
    e-post"). tests/extract/test_prefilters.py compares it with the pattern."""
    head = text[:4]
    head = head.lower() if head.isascii() else fold(head)
    if head.startswith(_END_MARK_OPENINGS.get(head[:1], ())) or not head.isprintable() or \
            (text[:1].isupper() and ("," in text[:32] or "(" in text)):
        return _END_MARK.match(text)
    return None


@dataclass(slots=True)
class Candidate:
    """A line that may start an agenda item."""

    line: int
    number: str
    seq: int | None
    title: str
    style: str  # "case" (Sak 01/22), "numbered" (1.), "standing" (Eventuelt)
    toc: bool = False
    raw_title: str = ""
    row: TableItem | None = None  # the rest of the row when the minutes are a table
    #: the letters of a case's own series ("ps", "rs", "o", "s"); "" for "Sak" or none
    series: str = ""
    #: the last line of a case system's filing table under a print's heading
    #: ("Behandla av | Møtedato | Saknr" over its row): no text of the item
    form_end: int = -1


@dataclass(slots=True)
class TableItem:
    """What the other columns of an item table's row say: text, who and by when."""

    text: str = ""
    responsible: str | None = None
    due: str | None = None
    #: the tasks of rows that continue the item without a number of their own
    more: list[TableItem] = field(default_factory=list)
    head_text: str | None = None  # the first row's own text, when rows continue it
    #: the cells of its "Vedtak" / "Konklusjon" columns (also in ``text``): decided
    decided: list[str] = field(default_factory=list)
    #: whether the table keeps what was said in a column of its own ("Sak | Drøfting |
    #: Vedtak"): its decision column then holds only what was decided
    beside_talk: bool = False
    last_line: int = -1  # the last line of a row that continues over several lines
    #: whether its status column marks it done ("Ferdig", "Utført"): no task after the
    #: meeting, whoever the "Ansvar" column names
    closed: bool = False
    #: the positions of its table's "Ansvar" / "Frist" columns: a later row under the
    #: same number names a task's owner and date there, no text of the item
    task_cells: tuple[int, ...] = ()
    #: the positions of its "Vedtak" / "Konklusjon" columns: a later paragraph of such a
    #: cell, on a line of its own (``Line.rest_of_cell``), is decided as well
    decided_at: tuple[int, ...] = ()


@dataclass(slots=True)
class Section:
    """An item's heading and the lines of its text."""

    number: str | None
    title: str | None
    lines: list[Line] = field(default_factory=list)
    heading_rest: str | None = None  # running text that shared the heading line
    row: TableItem | None = None
    # how many of ``lines`` come before ``heading_rest`` as the page shows them: the
    # later paragraphs of a table row's title cell stand left of its other cells
    rest_after: int = 0
    # the heading marks the item as a case for orientation ("O-sak 3/25", "Budsjett
    # (O)", "Orienteringssak" under it): the body is told, not asked to decide
    briefing: bool = False
    # the case is closed to the public: the legal basis its note gives ("offl. § 13"),
    # or the note itself when it cites none ("U.off."); the record's extra item key
    # ``exemption`` (``exemption_of``)
    exemption: str | None = None


def normalize_number(raw: str) -> str:
    """The number as written without spaces ("01 / 22" → "01/22"); a number in words
    keeps one space between them ("3  av 2025" → "3 av 2025": case 3 of 2025)."""
    # str.split() drops the same (Unicode) spaces as the pattern \s, without a regex
    return ("" if "av" not in raw else " ").join(raw.split()).rstrip(".:")


_LEADING_DIGITS = re.compile(r"\d+")


def _first_int(number: str) -> int | None:
    if number.isdecimal():  # (most numbers: no pattern call, ~1,200 instructions)
        return int(number)
    match = _LEADING_DIGITS.match(number)
    return int(match.group()) if match else None


# Column headings of minutes written as a table: "Sak | Tema | Konklusjon | Ansvar | Frist".
_ITEM_NUMBER_HEADS = {"sak", "nr", "saksnr", "sak nr", "saknr", "pkt", "punkt", "#", "sak-nr",
                      "saksnummer", "løpenr"}
_ITEM_COLUMN_HEADS = {
    "tema": "title", "tittel": "title", "sak": "title", "saker": "title", "emne": "title",
    "innhold": "title", "sakstittel": "title", "overskrift": "title", "hva": "title",
    "referat": "text", "oppfølging": "text",
    "diskusjon": "text", "kommentar": "text", "kommentarer": "text", "merknad": "text",
    "status": "status", "beskrivelse": "text", "drøfting": "text",
    "konklusjon / oppfølging": "text", "konklusjon/oppfølging": "text", "notat": "text",
    # a case system's columns that say nothing of the item itself
    "arkivsaksnr": "skip", "arkivsak": "skip", "arkivsaksnummer": "skip", "arkivnr": "skip",
    "saksnr": "skip", "side": "skip", "video": "skip", "utredning": "skip", "vedlegg": "skip",
    # a summons' saksliste: the papers' links ("Saksframlegg Vedlegg 1") and the mark on a
    # case closed to the public ("X", "Unntatt etter offl. § 23") are no text of the item
    "dokumenter": "skip", "dokument": "skip", "saksdokumenter": "skip", "saksdokument": "skip",
    "lenker": "skip", "lukket": "skip", "lukka": "skip", "unntatt offentlighet": "skip",
    "u.off": "skip", "u.off.": "skip",
    # the kind of case ("SAK | TITTEL | TYPE" / "23/25 | Budsjett | V"): a mark on the
    # case as "(V)" beside its title is, no text of the item
    "type": "skip", "sakstype": "skip", "type sak": "skip",
    # what was decided: "Vedtak", "Konklusjon", "Beslutning" (text whose every sentence
    # the body decided, as under a "Vedtak:" label)
    **dict.fromkeys(DECISION_COLUMN_WORDS, "decision"),
    **TASK_COLUMN_WORDS,
}
# A row's number cell: "3", "12/24", "Sak 12/24", and with the case's kind or series before
# it: "PS 12/24", "RS 3/24", "O-sak 3/24", "Orienteringssak 2/24", "Styresak 12/2024";
# and a site meeting's point by the meeting's number and its own ("14.2" in "Byggemøte nr.
# 14", "12.4" a point carried over from meeting 12).
# (a heading names the column, so "10.30" is a point here, ``ITEM_CELL_NUMBER``)
_ROW_NUMBER = lazy_regex(r"^(?P<pre>" + CASE_CELL_PREFIX + r")?"
                         r"(?P<num>" + ITEM_CELL_NUMBER + r")\.?$", re.I)


def _column_meaning(head: str) -> str:
    """What an item table's column holds by its (casefolded) heading; "text" for an
    unknown one. A template's heading of two words of one meaning joined by a slash
    ("Sak/Tema", "Tema / sak", "Vedtak/Konklusjon") means what both words mean; two
    meanings ("Ansvar/Frist") tell nothing of one, and the column is text."""
    meaning = _ITEM_COLUMN_HEADS.get(head)
    if meaning is None and (" og " in head or "/" in head):
        # "Tittel og konklusjon", "Sak og vedtak", "Sak / vedtak": the title first, then
        # what was decided
        first, _og, rest = head.partition(" og " if " og " in head else "/")
        if _ITEM_COLUMN_HEADS.get(first.strip()) == "title" and \
                _ITEM_COLUMN_HEADS.get(rest.strip()) in _TEXT_MEANINGS:
            return "title"
    if meaning is not None or "/" not in head:
        return meaning or "text"
    meanings = {_ITEM_COLUMN_HEADS.get(part.strip()) for part in head.split("/")}
    if meanings == {"who", "when"}:
        return "who/when"  # "Ansvar/frist": "Kari Holm, 01.04.2025" in one cell
    return meanings.pop() if len(meanings) == 1 and None not in meanings else "text"


def item_table_columns(cells: tuple[str, ...]) -> list[str] | None:
    """Column meanings of an item table's heading row, or None for any other row.

    The first column numbers the items and another one names them; other columns are
    the item's text (conclusion, follow-up), its responsible and its due date.
    """
    first = cells[0].strip().strip(".:").casefold() if len(cells) >= 2 else ""
    if first not in _ITEM_NUMBER_HEADS:
        if first in _TIME_HEADS:
            return _timed_columns(cells)
        return _unnumbered_columns(cells) if first in _FIRST_TITLE_HEADS else None
    heads = [c.strip().strip(".:").casefold() for c in cells]
    if not REMARK_SENDER_COLUMNS.isdisjoint(heads) or weighs_remarks(heads):
        return None  # "Nr | Innspill fra | Tema | Forslag til svar", "Nr | Tema | Innspill
        # | Vurdering": a hearing's remarks, numbered one by one, no items of the meeting
    meanings = ["number"] + [_column_meaning(h) for h in heads[1:]]
    if "title" not in meanings:
        # "Sak | Konklusjon | Ansvar": no other column names the items, so "Sak" does
        unnumbered = _unnumbered_columns(cells) if first in _MATTER_HEADS else None
        if unnumbered is None and (described := _described_columns(heads, meanings)):
            return described
        return unnumbered
    return meanings


def _described_columns(heads: list[str], meanings: list[str]) -> list[str] | None:
    """The meanings of "Sak | Beskrivelse | Ansvar": a number column, one column that
    describes the item (its first paragraph the title, the rest its text, as a Word cell
    holds them) and whom it falls to; None when no column describes it."""
    if not {"who", "when", "who/when"} & set(meanings):
        return None
    for n, head in enumerate(heads[1:], 1):
        if head in _DESCRIBING_HEADS:
            return [*meanings[:n], "title", *meanings[n + 1:]]
    return None


_DESCRIBING_HEADS = frozenset({"beskrivelse", "saksbeskrivelse"})


# An item table without a number column: "Tema | Drøfting | Beslutning". Its first column
# names the items; another must hold what was said or decided, which sets it apart from a
# follow-up list ("Tema | Ansvar | Frist") and an agenda ("Tema | Innleder | Tid").
_FIRST_TITLE_HEADS = frozenset({"tema", "tittel", "emne", "saker", "sakstittel", "overskrift"})
_MATTER_HEADS = frozenset({"sak", "punkt"})  # a number's column, or the matter itself
_OUTCOME_HEADS = DECISION_COLUMN_WORDS | {"drøfting", "diskusjon", "referat",
                                          "konklusjon / oppfølging", "konklusjon/oppfølging"}


# A wiki template's table of the meeting's points by the hour (Confluence's meeting notes,
# "Tid | Punkt | Hvem | Notater"): the hour's column, the point's, and the notes' words.
_TIME_HEADS = frozenset({"tid", "kl", "klokka", "klokkeslett", "tidspunkt"})
_TIMED_TITLE_HEADS = frozenset({"punkt", "tema", "sak", "emne", "tittel", "element",
                                "agendapunkt", "diskusjonspunkt"})
_NOTE_HEADS = frozenset({"notater", "notat", "notatar", "referat", "diskusjon", "drøfting",
                         "kommentarer", "kommentar", "kommentarar", "merknad"})
# … and who leads the point there ("Hvem", "Innleder"): no owner of a task
_LEADER_HEADS = frozenset({"hvem", "kven", "innleder", "innleiar", "ansvarlig", "ansvar"})


def _timed_columns(cells: tuple[str, ...]) -> list[str] | None:
    """Column meanings of a table of the meeting's points by the hour ("Tid | Punkt |
    Hvem | Notater"), or None: each row an item, titled by its point, its text the notes.
    The hour and who led the point say nothing of the item. A notes column sets it apart
    from a summons' programme ("Tid | Tema | Innleder"), whose rows hold nothing said."""
    heads = [c.strip().strip(".:").casefold() for c in cells]
    if len(heads) < 3 or heads[1] not in _TIMED_TITLE_HEADS or \
            not _NOTE_HEADS.intersection(heads[2:]):
        return None
    return ["skip", "title"] + ["text" if head in _NOTE_HEADS else
                                "skip" if _leader_head(head) else _column_meaning(head)
                                for head in heads[2:]]


def _leader_head(head: str) -> bool:
    """Whether a column's heading names who leads the point ("Hvem", "Innleder"), also two
    such words in one ("Ansvar/Innleder", "Ansvar / innleiar")."""
    if head in _LEADER_HEADS:
        return True
    return "/" in head and all(part.strip() in _LEADER_HEADS for part in head.split("/"))


def _unnumbered_columns(cells: tuple[str, ...]) -> list[str] | None:
    """Column meanings of an item table whose first column is the title, or None."""
    heads = [c.strip().strip(".:").casefold() for c in cells]
    if not any(h in _OUTCOME_HEADS for h in heads[1:]):
        return None
    return ["title"] + [_column_meaning(h) for h in heads[1:]]


def _follow_up_list(columns: list[str], found: list[Candidate], cells: tuple[str, ...]) -> bool:
    """Whether a table headed like an item table is a follow-up list under an item found
    by its heading ("1. Oppfølgingsliste" over "Sak | Hva | Hvem | Frist", the cases the
    tasks come from): only who and when beside the title, and items found before it that
    are no table rows. A register's "Status" column ("Nr | Hva | Hvem | Frist | Status",
    its rows "2024-07 | Søke om tilskudd | Ola | 15.02.2025 | Pågår") holds no text."""
    if not found or found[-1].row is not None or not {"who", "when", "who/when"} & set(columns):
        return False
    return all(meaning not in _TEXT_MEANINGS or
               cells[i].strip().strip(".:").casefold() == "status"
               for i, meaning in enumerate(columns))


_TEXT_MEANINGS = frozenset(("text", "decision"))
_TASK_MEANINGS = frozenset(("who", "when", "who/when"))  # a task's owner and date


def _row_values(columns: list[str], cells: tuple[str, ...]) -> dict[str, list[str]]:
    """A row's non-empty cells by what their columns hold; a decision column's cells are
    the item's text too ("decision" and "text"), in the order of the columns. A status
    column's bare status ("Pågår", "Ferdig") is no text of the item: "status"."""
    values: dict[str, list[str]] = {}
    for meaning, cell in zip(columns, cells, strict=False):
        if meaning == "status" and status_mark(cell) is None:
            meaning = "text"  # a status column that tells more than a status: text
        elif meaning == "who/when":
            who, when = owner_and_date(cell)
            for part, value in (("who", who), ("when", when)):
                if value:
                    values.setdefault(part, []).append(value)
            continue
        if cell.strip():
            values.setdefault(meaning, []).append(cell.strip())
            if meaning == "decision":
                values.setdefault("text", []).append(cell.strip())
    return values


def _marked_closed(values: dict[str, list[str]]) -> bool:
    """Whether a row's status column marks it done ("Ferdig", "Utført 1.3."), or its
    deadline column where there is none ("… | Per Dal | Ferdig": done, no date left)."""
    return any(status_mark(cell) == "closed"
               for cell in values.get("status") or values.get("when", []))


# A number before the title in a "Sak" column that holds both ("Sak | Drøfting | Vedtak",
# its rows "1. Godkjenning av dagsorden | … | …", "12/26 Budsjett | … | …"): the row is
# that numbered item. Only before a capitalised title ("3 timer | …" is no item).
_NUMBER_IN_TITLE_CELL = lazy_regex(r"^(?P<pre>)(?P<num>\d{1,3}[a-z]?|\d{1,4}\s*/\s*\d{2,4})"
                                   r"\s*[.):]?\s+(?P<title>[A-ZÆØÅ].*)$")


# The headings of a column for what was said ("Sak | Drøfting | Vedtak", "Sak | Innhold |
# Vedtak/konklusjon"): beside one, a decision column holds only what was decided.
_TALK_HEADS = frozenset(("referat", "diskusjon", "drøfting", "kommentar", "kommentarer",
                         "merknad", "notat", "innhold"))


def _talk_column(cells: tuple[str, ...]) -> bool:
    """Whether an item table's heading row has a column of its own for what was said."""
    return any(cell.strip().strip(".:").casefold() in _TALK_HEADS for cell in cells)


def _table_candidate(i: int, line: Line, columns: list[str],
                     talk: bool = False) -> Candidate | None:
    """An item from one row of an item table ("3 | Søknad | Sendes. | Nils Berg | 15. mai")."""
    if columns[0] == "title" and len(line.cells) == len(columns) + 1 and \
            line.cells[0][:1].isdecimal() and _ROW_NUMBER.match(line.cells[0].strip()):
        # "Sak | Vedtak" over "12/25 | Godkjenning av referat | Godkjent": the heading
        # "Sak" stands over the number and the title both
        columns = ["number", *columns]
    elif columns[0] == "title" and len(columns) >= 2 and columns[1] == "text" and \
            len(line.cells) == len(columns) and _number_over_title(line.cells):
        # "Sak | Beskrivelse | Konklusjon" over "2 | **Ny rutemodell** / Tom Fure
        # presenterte … | …": the "Sak" cell holds the number alone, the cell beside it
        # the title (its first paragraph), so the columns are number and title
        columns = ["number", "title", *columns[2:]]
    number = _ROW_NUMBER.match(line.cells[0].strip()) if columns[0] == "number" else None
    titled = None
    if not number and columns[0] == "number" and line.cells[0].strip():
        if (titled := _titled_number_columns(line.cells[0], columns)) is None:
            return None
        columns = titled
    values = _row_values(columns, line.cells)
    title = (values.get("title") or [""])[0]
    if columns[0] == "title" and title[:1].isdecimal() and \
            (numbered := _NUMBER_IN_TITLE_CELL.match(title)):
        number, title = numbered, numbered.group("title")  # "1. Godkjenning av dagsorden"
    elif titled and (numbered := _CASE_AND_TITLE_CELL.match(title.strip())):
        number, title = numbered, numbered.group("title")  # "Sak 2/26: Ny matrikkelversjon"
    if not number and not title[:1].isupper():
        return None  # no number and no title of its own: a row that goes on (or no item)
    if (":" in title and (labelled := _title_then_label(title))) or \
            (". " in title and (labelled := _standing_then_text(title))):
        title, told = labelled  # "Rammeavtale renhold. Konklusjon: …" in one cell
        values.setdefault("text", []).insert(0, told)
    num = normalize_number(number.group("num")) if number else ""
    row = TableItem(text="\n".join(values.get("text", [])),
                    responsible=", ".join(who for who in values.get("who", [])
                                          if who.casefold().rstrip(".") not in _NO_OWNER_CELLS)
                    or None,
                    due=" ".join(values.get("when", [])) or None,
                    decided=values.get("decision", []),
                    beside_talk=talk and "decision" in columns,
                    closed=_marked_closed(values),
                    task_cells=tuple(n for n, meaning in enumerate(columns)
                                     if meaning in _TASK_MEANINGS),
                    decided_at=tuple(n for n, meaning in enumerate(columns)
                                     if meaning == "decision"))
    # an empty number cell over a title: an unnumbered item ("| | Eventuelt | … |")
    # (a site meeting's "14.2" and a point carried over, "12.4", stand as cases do: one
    # series by the meetings, no running number)
    style = ("case" if "/" in num or "." in num else "numbered") if num else "row"
    return Candidate(i, num, _first_int(num) if num else None, clean_title(title), style,
                     False, title, row, series=_series(number.group("pre") or "") if number
                     else "")


# An "Ansvar" cell that names no owner but marks the point as told for information, as a
# site meeting's minutes do ("14.4 | Økonomi … | Info"): no one's task.
_NO_OWNER_CELLS = frozenset(("info", "til info", "orientering", "til orientering"))


def _number_over_title(cells: tuple[str, ...]) -> bool:
    """Whether a row's first cell is a bare item number ("2", "3/25") and the second a
    title: a capitalised line of a few words that ends in no sentence's stop ("Ny
    rutemodell 2026", not "Ola orienterte om status."), as a row of a table whose "Sak"
    heading stands over the numbers reads."""
    first, second = cells[0].strip(), cells[1].strip()
    return first[:1].isdecimal() and second[:1].isupper() and "\n" not in second and \
        not second.endswith((".", "!", "?", ":")) and len(second.split()) <= 12 and \
        _ROW_NUMBER.match(first) is not None


# A number column's cell that holds the case, its number and the title: "Sak 2/26: Ny
# matrikkelversjon", "PS 12/26 Budsjett" (the case word as ``_ROW_NUMBER`` reads it).
_CASE_AND_TITLE_CELL = lazy_regex(r"^(?P<pre>" + CASE_CELL_PREFIX + r")"
                                  r"(?P<num>" + CASE_CELL_NUMBER + r")"
                                  r"\s*[.):]?\s+(?P<title>(?-i:[A-ZÆØÅ]).*)$", re.I)


def _titled_number_columns(cell: str, columns: list[str]) -> list[str] | None:
    """The columns of a row whose number cell holds the title too ("Sak | Beskrivelse |
    Ansvar | Frist" over "2/26 Ny matrikkelversjon | Ola orienterte … | Ola Tveit |
    1. mars"): the first cell is then the title (with its number), and the column read
    as the title for want of one ("Beskrivelse") is the item's text. None when the cell
    is no number before a capitalised title."""
    if not (cell[:1].isdecimal() and _NUMBER_IN_TITLE_CELL.match(cell.strip())) and \
            not (cell[:1].isalpha() and _CASE_AND_TITLE_CELL.match(cell.strip())):
        return None
    return ["title", *("text" if meaning == "title" else meaning for meaning in columns[1:])]


# A title cell that goes on with a labelled conclusion on the same line: "Rammeavtale
# renhold. Konklusjon: Styret inngår avtale …" (a plain text's tab table has no paragraphs).
_TITLE_THEN_LABEL = lazy_regex(r"^(?P<title>[^.:\n]{3,120}?)\.\s+"
                               r"(?P<told>(?P<label>[A-ZÆØÅ][a-zæøå]+)\s*:\s*\S.*)$", re.S)


def _title_then_label(cell: str) -> tuple[str, str] | None:
    """A title cell as its title and the labelled text after it, when a decision label
    ("Konklusjon:", "Vedtak:", "Beslutning:") follows the title's full stop; else None."""
    split = _TITLE_THEN_LABEL.match(cell.strip())
    if split is None or split.group("label").casefold() not in DECISION_COLUMN_WORDS:
        return None
    return split.group("title"), split.group("told")


# A standing title that goes on with a sentence in the same cell: "Eventuelt. Ingen saker."
_STANDING_THEN_TEXT = lazy_regex(r"^(?P<title>[^.:\n]{3,40}?)[.:]\s+(?P<told>[A-ZÆØÅ].*)$", re.S)


def _standing_then_text(cell: str) -> tuple[str, str] | None:
    """A title cell as a standing title ("Eventuelt", "Orienteringssaker") and the
    sentence after its stop; else None (a title may hold a stop of its own)."""
    split = _STANDING_THEN_TEXT.match(cell.strip())
    if split is None or not is_standing_title(split.group("title")) or \
            len(split.group("title").split()) > 2:
        return None
    return split.group("title"), split.group("told")


def _restates_heading(row: Candidate, found: list[Candidate]) -> bool:
    """Whether an item table's row restates the case whose heading it stands under:
    "Sak 13/25 Vedlikeholdsplan" over "Sak | Tittel | Vedtak" / "13/25 | Vedlikeholdsplan
    | Styret velger …" (a case system's protocol, one table per case). The row is the
    case's own text and decision, read with the lines under the heading, not a second
    item of the same case ("PS 13/26" over a row "013/26" is the same case too)."""
    if not row.number or row.row is None or not found:
        return False
    heading = found[-1]
    return heading.row is None and row.line > heading.line and same_case(heading, row)


def _continues_row(i: int, line: Line, last: Candidate, columns: list[str]) -> bool:
    """Whether an item table's row with an empty number cell goes on with the item above
    ("| | | Rapporten oversendes. | Sekretariatet | 30.06 |": a row that continues over
    several lines, or a second task of the same item), and if so add it to that item. A
    row that names a new title in capitals is an item of its own, not a continuation."""
    if line.cells[0].strip() or columns[0] != "number":
        return False
    values = _row_values(columns, line.cells)
    title = " ".join(values.get("title", []))
    # (a title cell beside an owner or a date, in a table with no text column of its own
    # or that row's empty: the task's words, "| | Sende søknad | Ida Lunde | 15. april |")
    task = title[:1].isupper() and ("who" in values or "when" in values) and \
        "text" not in values
    if title[:1].isupper() and not task and not _title_cell_goes_on(last, title):
        return False
    if title and not task:  # a title wrapped over two lines: "Godkjenning av" / "innkalling"
        last.title = clean_title(f"{last.raw_title} {title}")
        last.raw_title = f"{last.raw_title} {title}"
    more = TableItem(text="\n".join(values.get("text", [title] if task else [])),
                     responsible=", ".join(values.get("who", [])) or None,
                     due=" ".join(values.get("when", [])) or None,
                     closed=_marked_closed(values))
    row = last.row
    assert row is not None
    if row.head_text is None:
        row.head_text = row.text
    row.last_line = i
    row.text = _join_cell(row.text, more.text)
    for decided in values.get("decision", []):
        if row.decided and _wraps_on(row.decided[-1], decided):
            row.decided[-1] = f"{row.decided[-1]} {decided}"
        else:
            row.decided.append(decided)
    if more.text and _wraps_task(row, more):
        return True
    if more.responsible or more.due:
        row.more.append(more)
    return True


def _wraps_task(row: TableItem, more: TableItem) -> bool:
    """Whether a row that goes on with an item wraps the sentence of the item's last task
    ("Kari-Anne Nyhus sender referatet fra | Kari-Anne | 20.06" / "markedsdialogen til
    rådet. | Nyhus |", a PDF's narrow columns), and if so join it to that task: its text
    goes on, and so do its owner's and its date's cells, which wrapped with it ("Kari-Anne
    Nyhus" is one owner, not two)."""
    if row.more:
        task = row.more[-1]
        if not _wraps_on(task.text, more.text):
            return False
        task.text = _join_cell(task.text, more.text)
    elif row.head_text and (row.responsible or row.due) and \
            _wraps_on(row.head_text, more.text):
        task = row  # (the item's own row: its text before the rows that go on)
        row.head_text = _join_cell(row.head_text, more.text)
    else:
        return False
    if more.responsible:
        task.responsible = f"{task.responsible} {more.responsible}" if task.responsible \
            else more.responsible
    task.due = task.due or more.due
    return True


def _title_cell_goes_on(last: Candidate, title: str) -> bool:
    """Whether a title cell under an item's row, in capitals, goes on with the item's
    title: the title above stops on a word that needs the next ("Budsjett 2026 for" /
    "Gjøvikregionen IKT", a PDF's narrow column), and the cell is a few words that make
    no sentence. A capitalised title under one that is whole is an item of its own."""
    raw = (last.raw_title or "").rstrip()
    if raw[raw.rfind(" ") + 1:].casefold() not in _TITLE_PREPOSITIONS:
        return False
    return len(title) <= 60 and not title.endswith((".", ":", "!", "?")) and \
        not FINITE_VERB.search(title)


def _under_last_columns(line: Line, columns: list[str]) -> Line | None:
    """A row of an item table with fewer cells than its heading, read under the heading's
    last columns, when its first cell is no number and its last cells are an owner and a
    date: "Det hentes inn tilbud. | Lise Dahl | 1. juni" under "Sak | Tema | Vedtak |
    Ansvar | Frist". A row's first cells merged across columns (HTML's colspan, Word's
    gridSpan), a row that has no first cell (Word's gridBefore) and a PDF's row under a
    number shown once in the row above all leave the cells out in front, not at the end;
    the row is then a task of the item above, as with its empty cells written. None for
    any other row (one cut short at the end, or whose last cells are no owner or date)."""
    cells = line.cells
    first = cells[0].strip()
    if first[:1].isdecimal() and _ROW_NUMBER.match(first):
        return None  # (a row whose number cell stands first: its cells from the left)
    aligned = ("",) * (len(columns) - len(cells)) + cells
    tasked = False
    for meaning, cell in zip(columns, aligned, strict=True):
        if meaning in _TASK_MEANINGS and cell.strip():
            if not (_date_cell(cell) if meaning == "when" else _owner_cell(cell)):
                return None
            tasked = True
    if not tasked:
        return None
    text = "\t".join(aligned)
    return Line(text, text, line.kind, line.level, aligned, line.bold, line.gap, line.index)


def _owner_cell(cell: str) -> bool:
    """Whether a cell may be an "Ansvar" column's: a name or a role of a few words ("Lise
    Dahl", "Daglig leder", "KH/PD"), not a sentence ("Ingen saker.")."""
    return len(cell.split()) <= 6 and not cell.rstrip().endswith((".", "!", "?", ":"))


def _date_cell(cell: str) -> bool:
    """Whether a cell may be a "Frist" column's: a date ("1. juni", "15.10.2024", "uke
    42") or a word or two for when ("Snarest", "Neste møte"), not a sentence."""
    return len(cell.split()) <= 4 and (has_digit(cell) or (
        len(cell.split()) <= 2 and not cell.rstrip().endswith((".", "!", "?", ":"))))


def _task_only(row: TableItem) -> bool:
    """Whether a row without a number names only a task: words in its title cell, an
    owner or a date, and no text ("| | Sende søknad til kulturkontoret | Ida Lunde |
    15. april |" under "Sak | Tema | Ansvar | Frist"). Under an item's row it is that
    item's task, not an unnumbered item ("| | Eventuelt | Ingen saker. |" is one)."""
    return bool(row.responsible or row.due) and not row.text and not row.closed


def _add_merged_row(row: Candidate, last: Candidate) -> None:
    """Add to the item above a row of an item table under the same number: a number cell
    merged over several rows (HTML's rowspan, Word's vMerge, Writer's covered cells),
    which the readers repeat in each row it spans ("5/24 | Godkjenning av referat" /
    "5/24 | Vedtak: Referatet ble godkjent." / "5/24 | Referatet legges ut … | Lise
    Dahl"). The page shows the number once: the later rows stay lines of the item's text,
    without the number (``_without_repeated_number``), and a row that names who or by
    when gives them to the task in its text, as a row with an empty number cell does."""
    more, above = row.row, last.row
    assert more is not None and above is not None
    above.decided.extend(more.decided)
    if more.responsible or more.due:
        if above.head_text is None:
            above.head_text = above.text
        own = "" if (row.raw_title or "").strip() == (last.raw_title or "").strip() \
            else (row.raw_title or "").strip()
        above.more.append(TableItem(text=_join_cell(own, more.text),
                                    responsible=more.responsible, due=more.due,
                                    closed=more.closed))


def _without_repeated_number(lines: list[Line], row: tuple[str, ...],
                             task_cells: tuple[int, ...] = ()) -> list[Line]:
    """An item's lines with the rows that repeat the number cell of its row ``row`` (a
    cell merged over them, ``_add_merged_row`` and ``_one_item_per_merged_number``) read
    without it, as the page shows them: "5/24 | Vedtak: …" is the item's "Vedtak: …".
    So are the cells after it that repeat the row's too (a title merged with the
    number: "5/24 | Vedlikeholdsplan | Tilbud hentes inn. | Kari Holm")."""
    out = []
    for line in lines:
        if line.kind is TABLE_ROW and line.cells and line.cells[0] == row[0]:
            shown = 1
            while shown < min(len(line.cells), len(row)) and row[shown] and \
                    line.cells[shown] == row[shown]:
                shown += 1
            # (empty cells in their place: no task row of its own)
            cells = ("",) * shown + line.cells[shown:]
            if task_cells and any(cells[n] for n in task_cells if n < len(cells)):
                # "5/24 | | Tilbud hentes inn. | Lise Dahl | 1. juni": the owner and the
                # date are the task's (``_add_merged_row``), no words of the item's text
                cells = tuple("" if n in task_cells else cell for n, cell in enumerate(cells))
                if not any(cells):
                    continue  # (a row of only the task's owner and date: no text at all)
            text = "\t".join(cell for cell in cells if cell)
            line = Line(text, text, line.kind, line.level, cells, line.bold, line.gap,
                        line.index)
        out.append(line)
    return out


def _one_item_per_merged_number(found: list[Candidate], lines: list[Line]) -> list[Candidate]:
    """The candidates without the table rows that repeat the number cell of the row
    above them: a number cell merged over an item's rows (its title, its vedtak, its
    task), which the readers repeat in each row it spans, numbers one item, not one per
    row ("09/24 | Driftsrapport" / "09/24 | Vedtak: …" / "09/24 | Det lages en plan …").
    The rows are the item's text (``_without_repeated_number``)."""
    kept: list[Candidate] = []
    for cand in found:
        if kept and cand.number and cand.number == kept[-1].number and \
                cand.row is None and kept[-1].row is None and \
                _repeats_number_cell(lines, kept[-1].line, cand.line):
            continue
        kept.append(cand)
    return kept


def _repeats_number_cell(lines: list[Line], above: int, below: int) -> bool:
    """Whether row ``below`` of a table repeats the first cell of row ``above``, with
    only rows of the table between them."""
    first = lines[above].cells[0] if lines[above].kind is TABLE_ROW and lines[above].cells \
        else ""
    return bool(first) and lines[below].kind is TABLE_ROW and bool(lines[below].cells) and \
        lines[below].cells[0] == first and \
        all(lines[n].kind is TABLE_ROW for n in range(above + 1, below))


def _wraps_on(above: str, below: str) -> bool:
    """A cell that stops mid-sentence ("Styret bestiller nye") and one under it in lower
    case ("armatur innen 1. juni."): one sentence a narrow column wrapped."""
    return below[:1].islower() and above[-1:] not in ".!?:;"


def _join_cell(above: str, below: str) -> str:
    """The text of a row and of the row continuing it: one sentence joined with a space
    when the column wrapped it, else a line of its own."""
    if not above or not below:
        return above or below
    if not _wraps_on(above, below):
        return f"{above}\n{below}"
    # "… informasjons-" / "sikkerhet før sommeren.": a word a narrow column (a PDF's
    # table) broke at its hyphen is one word again
    return (above[-1:] == "-" and join_at_hyphen(above, below)) or f"{above} {below}"


def _case_then_text(cells: tuple[str, ...]) -> str | None:
    """A row whose first cell is a case's heading ("Sak 8/26 Turkart for Helgeland") and
    whose other cells say what happened ("Sekretariatet orienterte … innen 15. mars."), as
    a web page's term and description or a two-column table give it: the heading and the
    text set apart by a colon, as "Title: text" is read, so that the text's first sentence
    is not read into the title. None for any other row."""
    head = cells[0].strip()
    if head[:1] not in "SsPp" or head.endswith((".", ":", "!", "?")):
        return None
    rest = " ".join(cell.strip() for cell in cells[1:] if cell.strip())
    if len(rest.split()) < 2 or not rest.endswith((".", "!", "?")):
        return None
    case = _may_be_case(head) and _CASE.match(head)
    if not case or not case.group("title").strip() or case.end() != len(head):
        return None
    return f"{head}: {rest}"


def _told_cells(cells: tuple[str, ...]) -> TableItem | None:
    """What the cells after a case's number and title say, in a table of the cases
    without a heading row ("12/25 | Tilskot til drenering | Forumet gjekk gjennom …"):
    the item's text when they tell it in sentences (the last one ends with a full stop);
    None when they hold no sentence: a page number, a presenter, a register's date."""
    if len(cells) < 3:
        return None
    told = [cell.strip() for cell in cells[2:] if cell.strip()]
    if not told or not told[-1].endswith((".", "!", "?")) or " " not in told[-1]:
        return None
    return TableItem(text="\n".join(told))


def find_candidates(lines: list[Line], start: int = 0, *, nested: bool = False) -> list[
        Candidate]:
    """Every line from ``start`` on that may be an item heading; ``nested``: also entries
    of an indented list, "1 Title" without a full stop and "A) Title" (the items of
    minutes that have no headings of their own)."""
    found: list[Candidate] = []
    # (items found, the number an indented list inside the last of them goes on with)
    inner_next = (0, 0)
    item_columns: list[str] | None = None  # inside minutes written as a table
    talk = False  # … with a column of its own for what was said
    people = False  # under "Til stede:", where "1. Kari Holm Nordby kommune" is a person
    papers = 0  # under "Vedlegg:": the number the list of documents goes on with, or 0
    follow_up = False  # inside a follow-up table under an item ("Sak | Hva | Hvem | Frist")
    decided = 0  # under "Vedtak:": the number the vedtak's numbered points go on with, or 0
    for i in range(start, len(lines)):
        line = lines[i]
        if people and not (line.text[:1].isdecimal() and _numbered_person(line.text)):
            people = False
        if people:
            continue
        if decided:
            decided = _next_point(line, decided)
            if decided:
                continue
        if papers:
            papers = _next_paper(line, papers)
            if papers:
                continue
        if line.text[-1:] == ":":
            if (label := match_label(line.text)) is not None and \
                    label.field in ATTENDANCE_FIELDS and not label.value:
                people = True
                continue
            if line.lowered.rstrip(": ") in PAPERS_HEADINGS:
                papers = 1
                continue
            if heads_decisions(line.body) and i + 1 < len(lines) and \
                    _next_point(lines[i + 1], 1):
                decided = 1  # "Vedtak:" over "1. Leiargruppa godkjende referatet …"
                continue
        if line.is_table:
            heading = item_table_columns(line.cells)
            if heading and _follow_up_list(heading, found, line.cells):
                follow_up = True  # its rows are the item's tasks, not items
                continue
            if follow_up:
                continue
            if heading:
                item_columns = heading
                talk = _talk_column(line.cells)
                continue
            if not item_columns and found and found[-1].row is None and \
                    task_columns(line.cells):
                # "Sak | Oppfølging | Ansvar | Status" under "PS 31/24 Restanseliste": a
                # register whose rows cite the cases their tasks come from, no items
                follow_up = True
                continue
            if item_columns:
                row_line = line
                if len(line.cells) < len(item_columns) and \
                        (aligned := _under_last_columns(line, item_columns)) is not None:
                    row_line = aligned  # (the row as the page shows it, under its columns)
                row = _table_candidate(i, row_line, item_columns, talk)
                if row and row.number and found and found[-1].row is not None and \
                        found[-1].number == row.number and row.row is not None and \
                        found[-1].series == row.series:  # ("PS 3/24", "RS 3/24": two cases)
                    _add_merged_row(row, found[-1])
                    continue
                if row and not row.number and row.row is not None and found and \
                        found[-1].row is not None and _task_only(row.row) and \
                        _continues_row(i, row_line, found[-1], item_columns):
                    continue  # "| | Sende søknad | Ida Lunde | 15. april |": a task, no item
                if row and not row.number and row.row is not None and found and \
                        found[-1].row is not None and row.raw_title and \
                        _title_cell_goes_on(found[-1], row.raw_title) and \
                        _continues_row(i, row_line, found[-1], item_columns):
                    continue  # "| | Gjøvikregionen IKT | økning på … |": the title wrapped
                if row and _restates_heading(row, found):
                    continue  # the row is the section's own table: its text, no item
                if row:
                    found.append(row)
                    continue
                if found and found[-1].row is not None and \
                        _continues_row(i, row_line, found[-1], item_columns):
                    continue
                item_columns = None  # another table's row: the item table ended
        elif line.kind is not TABLE_ROW:  # (a row of one cell goes on with the table)
            if item_columns and (line.kind is HEADING or found[-1:] == [] or
                                 found[-1].row is None):
                item_columns = None
            # (else a paragraph of a cell set on a line of its own, as a PDF or a copy
            # with spaced columns gives it, and the rows go on under it)
            follow_up = False
        elif item_columns and line.cells and found and found[-1].row is not None and (
                _continues_row(i, line, found[-1], item_columns) or
                line.text[:1].isdecimal() or line.text[1:2] in (")", ".")):
            # "| | innkalling | | |": the title above wrapped; "2. Rådet ber …" / "b) Brev":
            # a numbered paragraph of the row's text cell, no item
            continue
        if line.level > 0 and line.kind is LIST_ITEM and not nested:
            number = _NUMBERED.match(line.text)
            if inner_next[0] != len(found):
                inner_next = (len(found), 0)  # a new item: no list inside it yet
            if number is None or int(number.group("num")) in (1, inner_next[1]) or \
                    not _next_top_number(found, int(number.group("num"))):
                # "1.", "2." indented under an item: a list inside it
                if number is not None:
                    inner_next = (len(found), int(number.group("num")) + 1)
                continue
        is_table = line.is_table
        cells_toc: re.Match[str] | bool | None = False
        if not is_table:  # (most lines: the table row forms below are not tried)
            text = line.body if line.is_bullet else line.text
            if text[:2] in _EXEMPTION_STARTS and (mark := _EXEMPTION_MARK.match(text)):
                text = text[mark.end():]  # "U.off. Sak 4/24 Personalsak": the case's heading
            if _heads_no_item(text, line, nested):
                continue  # (most lines: running text, none of the forms below is tried)
        else:
            last_cell = line.cells[-1].strip()
            cells_toc = last_cell[:1].isdecimal() and _PAGE_CELL.fullmatch(last_cell)
            text = " ".join([c for c in (line.cells[:-1] if cells_toc else line.cells) if c])
            # (the heading's first letter before the call, as ``_case_then_text`` asks it
            # first: most rows, a name or a task, skip the call)
            told = _case_then_text(line.cells) if not cells_toc and \
                line.cells[0].strip()[:1] in "SsPp" else None
            # (the gate before the row's own forms below: each needs a digit or "Sak"
            # first in the first cell, which the joined cells open with too, or a space
            # before it, which sends a row the long way)
            if told is None and _row_heads_no_item(text, line, lines, found, nested):
                continue  # (most rows: a name, a task; none of the forms below is tried)
            # (the title's capitals first: most rows' second cell has none, and leaves
            # before the number cell is stripped twice)
            if len(line.cells) == 2 and line.cells[1].isupper() and \
                    len(line.cells[1]) <= 80 and \
                    line.cells[0].strip().rstrip(".").isdecimal() and \
                    len(line.cells[0].strip()) <= 3:  # "1   AKTUELT FOR NÆRINGSFORUM": in capitals
                number = line.cells[0].strip().rstrip(".")
                found.append(Candidate(i, number, int(number), clean_title(line.cells[1].strip()),
                                       "numbered", False, line.cells[1].strip()))
                continue
            case_cell = len(line.cells) >= 2 and _may_be_case_cell(line.cells[0].strip()) and \
                _may_be_title_cell(line.cells[1]) and _CASE_CELL.match(line.cells[0].strip())
            if case_cell:  # "Sak 53/16 | Tittel": the number without the word Sak
                number = normalize_number(case_cell.group("num"))
                title = line.cells[1].strip()
                if i and _under_handling_head(lines, i):
                    # "Utvalgssaksnr. | Utvalg | Møtedato" over "18/25 | Eldrerådet |
                    # 15.10.2025": the case's register, the body beside its number; the
                    # case's title is the heading under the row
                    title = ""
                found.append(Candidate(i, number, _first_int(number), clean_title(title), "case",
                                       bool(cells_toc), title,
                                       _told_cells(line.cells) if title and not cells_toc
                                       else None))
                continue
            if told is not None:
                text = told
        first = text[:1]
        if first in _DITTO_MARKS and found and found[-1].style == "case" and \
                (ditto := _DITTO_NUMBER.match(text)):
            text = "Sak " + text[ditto.end():]  # "Sak 1. Referat" / "«  2.  Skriv": "Sak" again
            first = "S"
        elif first in "Ff" and (again := _CONTINUED_FIRST.match(text)):
            text = f"{text[again.end():]} (forts.)"  # "Forts. sak 2 Budsjett": item 2 goes on,
            first = "s"  # as "Sak 2 Budsjett (forts.)" says it
        elif " / " in text and text.find(" / ", 2, 24) > 0 and \
                (beside := _CASE_WORD_BESIDE.match(text)):
            text = text[beside.end():]  # "Ášši / Sak 9/25 Budsjett": the case word in Sami
            first = "S"  # beside the Norwegian one, which heads the case as alone
        digit = first.isdecimal()  # (asked by most patterns below)
        if (digit or first in "Kk") and "sak" in line.lowered[5:30]:
            text = _after_time_slot(text)  # "10.00–10.30 Sak 2/25 Budsjett": a programme's
            first = text[:1]  # time before the case
            digit = first.isdecimal()
        # (every case number holds a digit: a line without one needs no try; ``has_digit``
        # finds it by substring searches, where the pattern tests each character's class)
        match = _may_be_case(text) and has_digit(text) and (
            _SAK_CASE.match(text) or _CASE.match(text))
        if not match and not is_table and (
                "sak " in (head := line.lowered[:26]) or "punkt " in head) and \
                (compound := _COMPOUND_CASE.match(text)) and \
                not line.lowered.startswith(_TEXT_POINT_WORDS):
            text = "Sak " + text[compound.end():]  # "Regionrådssak 12/24": the body's word
            match = _CASE.match(text)
        if match and first.islower() and i and _wrapped_mid_sentence(lines[i - 1], line):
            match = None  # "… etter verneforskriften § 4" / "punkt 1.3 bokstav a for …": a
            # sentence wrapped before its point of the law, no heading
        if match:  # (most lines have none: the tests of a case heading are skipped)
            match, joint = _case_heading(match, text, bool(found))
        if match:
            title = match.group("title").strip()
            if title[:1].isdecimal() or title[:2] in SLOT_STARTS:
                title = without_time_slot(title)  # "Sak 2/25 10.30–11.30 Budsjett"
            number = normalize_number(match.group("num"))
            seq = _first_int(match.group("num"))
            if len(number) <= 4 and number[-2:-1] in _DASHES and seq is not None and \
                    seq < int(number[-1]):
                seq = int(number[-1])  # "Sak 1-3 …": the next case goes on from 3
            if joint:  # "Sak 4/24 og 5/24 Budsjett og økonomiplan": one item for both
                number, title = f"{number} og {normalize_number(joint['num'])}", joint["title"]
            elif title[:1].isdecimal() and (span := _ranged_cases(match, text)) is not None:
                # "Sak 1 – 3 Godkjenning av innkalling, sakliste og protokoll": cases heard
                # together, one item numbered as written; the next case goes on from the last
                number, title, seq = span
            if title[1:3] == ") " and "a" <= title[0] <= "h" and (
                    "/" in number or title[3:4].isupper()):
                # "Sak 12/24 a) Tilskudd til lag", "Sak 5 b) Samferdsel": a case split in
                # parts, each its own item
                number, title = f"{number} {title[0]}", title[3:].strip()
            elif title[1:2] == " " and "a" <= title[:1] <= "h" and title[2:3].isupper():
                # "Sak 3 a Godkjenning av innkalling", "Sak 3 b Samferdsel": lettered parts
                # of one number ("a" is no Norwegian word)
                number, title = f"{number} {title[0]}", title[2:].strip()
            if (title[2:3] == "/" or title[4:5] == "/") and _SCHOOL_YEAR.fullmatch(title):
                # "Sak 1 18/19": the case of school year 18/19
                number, title = f"{number} {title}", ""
            elif title[2:3] == "/" and (year := _SCHOOL_YEAR_FIRST.match(title)) and \
                    int(year["b"]) == (int(year["a"]) + 1) % 100:
                # "Sak 1 - 16/17: Konstituering": the case of school year 16/17, the title
                number, title = f"{number} - {year['a']}/{year['b']}", year["title"]
            filed = False
            if ":" in title[:16] and _CASE_PRESENTER.match(title):
                title = ""  # "Sak 12/25 – Saksordfører: Geir Holm": who brings the case;
                # its title is on the next line
            elif ("rkiv" in title or "RKIV" in title) and _ARCHIVE_ALONE.fullmatch(title):
                # "Sak 2024/14 Arkivsak 24/55" / "Eventuelt": the file beside the case's
                # number (which is the item's, though written year first), the title below
                title, filed = "", True
            if text[:8].casefold() == "arkivsak" or (not title and not filed and (
                    _ARCHIVE_NUMBER.fullmatch(number) or
                    (not found and _stamp_over_title(lines, i, text)))):
                # "Sak nr. 2009/12995" under a heading, "Arkivsak: 24/112" under "PS 22/24
                # Rekneskap" in a summons: the archive's reference, not an item (also with
                # the item's text after it: "Arkivsak 24/1234. Budsjettet ble vedtatt.")
                continue
            if found and found[-1].line == i - 1 and not found[-1].title and not title and \
                    found[-1].style == "case" and "/" not in found[-1].number:
                found[-1].line = i  # "SAK 1" / "Saksnr. 05/2008" / title: one heading, the
                continue  # agenda's number and the archive's
            if found and "." in number and _part_of_last(found[-1].number, number):
                continue  # "Sak 2" / "Sak 2.1 Veilys" / "Sak 2.2 Brøyting": parts of item 2
            toc = bool(cells_toc or _has_page_tail(title))
            # (by position, the fields' order: line, number, seq, title, style, toc,
            # raw_title, row, series; a keyword call builds a dict, s70g)
            found.append(Candidate(i, number, seq, clean_title(title), "case", toc, title,
                                   None, _series(text[:match.start("num")])))
            continue
        if digit:  # the numbered forms below: a line that starts with no digit skips them
            match = ("/" in text[:6] or "-" in text[:6] or "–" in text[:6]) \
                and len(text) < 160 and \
                _BARE_CASE.match(text)
            if match and not found and _MEETING_TITLE.match(match.group("title")):
                match = None  # "03/20 Referat styremøte X 25. mars": the meeting's own number
            if match:  # "1/24 Godkjenning av innkalling": a case number without "Sak"
                title = match.group("title").strip()
                if i and lines[i - 1].body[:5] in HANDLING_HEAD_STARTS and \
                        is_flat_handling_head(lines[i - 1].body):
                    title = ""  # "18/25 Eldrerådet 15.10.2025" under "Utvalgssaksnr. Utvalg
                    # Møtedato": the case's register; its title is the heading below
                toc = bool(cells_toc or _TOC_TAIL.search(title) or _DOT_LEADERS.search(title))
                number = normalize_number(match.group("num"))
                if match.group("part"):  # "12/25 a Formål og oppgaver": a part, its own item
                    number = f"{number} {match.group('part')}"
                found.append(Candidate(i, number, _first_int(match.group("num")),
                                       clean_title(title), "case", toc, title))
                continue
            lone_case = len(text) <= 9 and not line.is_table and \
                _LONE_CASE.fullmatch(text)
            if lone_case and i + 1 < len(lines) and not lines[i + 1].is_table and \
                    lines[i + 1].body[:1].isupper() and \
                    not (i and _LONE_CASE.fullmatch(lines[i - 1].text)):  # not a column of them
                # "46/2015" on a line of its own, its title on the next: a table's columns
                # a copy put one under the other
                found.append(Candidate(i, normalize_number(text), _first_int(text), "", "case"))
                continue
            year_first = (
                (text[2:3] == "/" and len(text) < 160) or text[4:5] in _YEAR_CASE_MARKS) and \
                _YEAR_FIRST_CASE.match(text)
            if year_first:  # "13/1 Årsmelding 2012": the year, then the case (kept in series)
                number = year_first.group("num") or year_first.group("dashed")
                title = (year_first.group("title") or year_first.group("title2")).strip()
                found.append(Candidate(i, number, int(_YEAR_CASE_SPLIT.split(number)[1]),
                                       clean_title(title), "year_first", False, title))
                continue
            lone = len(text) <= 3 and (not line.is_table or not text.isdecimal()) and \
                _LONE_NUMBER.fullmatch(text)
            if lone and i + 1 < len(lines) and _NUMBERED.match(lines[i + 1].text):
                lone = None  # "2." empty between "1. …" and "3. …": a web list's blank entry
            elif lone and chart_value(lines[i - 1].text if i else "",
                                      lines[i + 1].text if i + 1 < len(lines) else ""):
                lone = None  # "3" / "12" under "Antall kommuner": a slide's chart
            if lone:  # "1." on a line of its own: a PDF put the number apart from its title
                found.append(Candidate(i, lone.group(1), int(lone.group(1)), "", "numbered"))
                continue
            match = (_NUMBERED.match(text) or (
                line.kind is HEADING and _HEADING_NUMBER.match(text)) or (
                line.bold and not is_table and _BOLD_NUMBERED.match(text)) or (
                (text[2:3] in _DASHES or text[3:4] in _DASHES) and _DASH_NUMBERED.match(text)) or (
                ":" in text[1:3] and _COLON_NUMBERED.match(text)))  # "3: Opprop"
            if match and not _MONTH_START.match(match.group("title")) and \
                    not _ORDINAL_SEAT.match(match.group("title")) and \
                    not _ORDINAL_MEETING.match(match.group("title")) and \
                    not _school_class_title(match.group("title")) and \
                    (not match.group("title")[:1].isdecimal() or
                     _DAY_MONTH_START.match(match.group("title")) or
                     TIME_SLOT.match(match.group("title"))) and (
                        len(text) < 400 or nested or _TITLE_THEN_TEXT.match(match.group("title"))):
                # a long line only when a short title starts it: "1. Budsjett 2010: Finn …",
                # or in minutes that are only a numbered list (``nested``); a programme's
                # time before the title is no part of it ("2. 09.15–10.00 Budsjett")
                title = without_time_slot(match.group("title").strip())
                toc = bool(cells_toc or _has_page_tail(title))
                found.append(Candidate(i, match.group("num"), int(match.group("num")),
                                       clean_title(title), "numbered", toc, title))
                continue
            part = ("a" <= text[1:2] <= "h" or "a" <= text[2:3] <= "h") and \
                len(text) < 200 and _PART_NUMBERED.match(text)
            if part:  # "5 a) Kommunereform", "5b. Høring": a lettered part, its own item
                found.append(Candidate(i, part.group("num") + part.group("part"),
                                       int(part.group("num")), clean_title(part.group("title")),
                                       "numbered", False, part.group("title")))
                continue
            bare = nested and (
                ((line.gap or _over_sentences(lines, i) or _over_own_point(lines, i, text)) and
                 _BARE_NUMBERED.match(text)) or
                _COLON_NUMBERED.match(text))
            if bare:  # "1 Godkjenning av referat", "1: Kulturelt innslag": no full stop
                found.append(Candidate(i, bare.group("num"), int(bare.group("num")),
                                       clean_title(bare.group("title")), "numbered", False,
                                       bare.group("title")))
                continue
            dashed = nested and _DASH_CASE.match(text)
            if dashed:  # "1-24 Dagsorden": a case number with a dash and a two-digit year
                found.append(Candidate(i, dashed.group("num"), _first_int(dashed.group("num")),
                                       clean_title(dashed.group("title")), "case", False,
                                       dashed.group("title")))
                continue
        # (a sentence's stop ends most lines: no call for those)
        trailing = not is_table and len(text) <= 120 and \
            (text[-1:] in _TRAIL_LAST or text[-1:].isdecimal()) and \
            _may_trail_case(text, line.lowered) \
            and (_TRAILING_CASE.match(text) if line.gap or line.bold or line.kind is HEADING
                 else _wrapped_trailing_case(lines, i, found))
        if trailing and (_person_for_case(trailing.group("title")) or (
                ":" in trailing.group("title") and _lists_people(text))):
            trailing = None  # "Frå selskapet: Olav Sunde (sak 3/26)": there for that case
        if trailing and "/" not in trailing.group("num") and (
                text[-1:].isdecimal() or "sak" not in text[trailing.end("title"):].lower()):
            # "Budsjett – sak 3", "Bærekraftsmål (FN 17)": after a dash or letters, the
            # number names a case only with its year
            trailing = None
        if trailing:  # "Godkjenning av innkalling (sak 1)": the number after the title
            number = normalize_number(trailing.group("num"))
            wrapped = trailing.string != text  # (the title's first line is the heading's)
            found.append(Candidate(i - wrapped, number, _first_int(number),
                                   clean_title(trailing.group("title")),
                                   "case" if "/" in number else "numbered", False,
                                   trailing.group("title"), form_end=i if wrapped else -1))
            continue
        bracketed = first == "(" and text[1:2].isdecimal() and not is_table and \
            _BRACKET_NUMBERED.match(text)
        if bracketed:  # "(2) Budsjett": numbered as "2)" is, the brackets no part of it
            found.append(Candidate(i, bracketed.group("num"), int(bracketed.group("num")),
                                   clean_title(bracketed.group("title")), "numbered", False,
                                   bracketed.group("title")))
            continue
        # (the numeral goes on or ends at once: "Vedtak:", "I møtet …" need no pattern call)
        roman = first in "IVX" and text[1:2] in _ROMAN_NEXT and len(text) <= 100 and \
            _ROMAN.match(text)
        if not roman and first in "Ss" and text[4:5] in _ROMAN_FIRSTS and len(text) <= 100:
            roman = _CASE_ROMAN.match(text)  # "Sak II – Årsmelding": the word, then the numeral
        if not roman and first in "IVX" and (text[1:2] in _ROMAN_FIRSTS or (
                text[1:2] == " " and text[2:3].isupper())) and len(text) <= 100 and \
                text[-1:] != "." and (bare_roman := _BARE_ROMAN.match(text)) and \
                not FINITE_VERB.search(bare_roman["title"]):
            # "II Referat fra forrige møte": the numeral without a stop, an item only in a
            # series rising from I (``_roman_series``); never a group's fixed point
            found.append(Candidate(i, bare_roman["num"], roman_value(bare_roman["num"]),
                                   clean_title(bare_roman["title"]), "roman", False,
                                   bare_roman["title"], series=_BARE))
            continue
        if roman and _standing_after_cases(found, roman["title"]) and (
                line.kind is HEADING or line.bold or line.gap):
            found.append(Candidate(i, "", None, clean_title(roman["title"]), "standing"))
            continue
        if roman and (value := roman_value(roman.group("num"))):  # "II. Årsmelding"
            found.append(Candidate(i, roman.group("num"), value, clean_title(roman["title"]),
                                   "roman", False, roman.group("title")))
            continue
        lettered = nested and ("A" <= first <= "H" or (
            "a" <= first <= "h" and _letters_under_agenda(lines, i, found))) and \
            _LETTERED.match(text)
        if lettered:  # "A) Endringer i kontoplanen": items lettered, not numbered
            letter = lettered.group("num")
            found.append(Candidate(i, letter, ord(letter.upper()) - ord("A") + 1,
                                   clean_title(lettered.group("title")), "numbered", False,
                                   lettered.group("title")))
            continue
        if len(text) < 60 and (line.kind is HEADING or line.bold or line.gap
                               or text.isupper() or text[-1:] == ":"
                               or _closing_point_without_gap(lines, line, found)):
            if _may_be_standing(text) and _STANDING.match(text):
                # (as written, for the text run on after a colon: "Eventuelt: Ingen saker.")
                found.append(Candidate(i, "", None, clean_title(text), "standing", False,
                                       text if ": " in text else ""))
                continue
            if line.kind is HEADING and found and _over_sentences(lines, i) and \
                    lines[i + 1].kind is PARAGRAPH and _sibling_heading(lines, line, found) \
                    and line.lowered.rstrip(" :") not in SIGNING_HEADINGS:
                # "## Budsjett 2027" after "## Tema 2: …": a heading of the items' own
                # level, unnumbered, is an item of its own (with no number)
                found.append(Candidate(i, "", None, clean_title(text), "standing"))
                continue
            if "A" <= first <= "H" and text[1:2] in ".)" and \
                    _standing_after_cases(found, rest := text[2:].lstrip()):
                found.append(Candidate(i, "", None, clean_title(rest), "standing"))
                continue
            if "sak" in line.lowered[:14] and (added := _ADDED_ITEM.match(text)):
                found.append(Candidate(i, "", None, clean_title(added["title"]), "standing",
                                       False, added["title"]))  # "Ekstra sak: Ny nettside"
                continue
            if first in "Gg" and _APPROVAL_HEADING.fullmatch(text):
                found.append(Candidate(i, "", None, clean_title(text), "approval"))
                continue
        printed = first in "Ss" and not is_table and len(text) <= 160 and \
            text.split(None, 1)[0].casefold().rstrip(":-–") in _PRINT_NAMES and \
            _print_heading(lines, i, text)
        if printed:  # "SAKSPROTOKOLL - SKULERUTE" over "Behandla av | Møtedato | Saknr"
            found.append(printed)
            continue
        titled = first in "SsTt" and _TITLE_LABEL.match(text)
        if titled:  # "Sakstittel: Opptak" in a template with a form per item
            found.append(Candidate(i, "", None, clean_title(titled.group("title")),
                                   "labelled"))
    if len(found) >= 2 and _closing_list_of_earlier_tasks(found):
        found.pop()
    return _year_first_in_series(_one_item_per_merged_number(found, lines))


# How the title of an item that is a follow-up list begins (the lists first, then the
# points and the backlog a numbered item may be: "4. Oppfølgingspunkter", "Restanseliste")
_FOLLOW_UP_TITLES = ("oppfølgingslist", "oppfylgingslist", "aksjonslist",
                     "oppfølgingspunkt", "oppfylgingspunkt", "restanselist")


def _closing_list_of_earlier_tasks(found: list[Candidate]) -> bool:
    """Whether the last candidate is the list of earlier meetings' open tasks
    ("Oppfølgingsliste fra tidligere møter") after the cases: a register that closes the
    minutes, no item. Before the cases ("Oppfølgingsliste fra forrige møte" / "1. …") it
    is gone through first, a standing item of the meeting."""
    last = found[-1]
    return (
        last.style == "standing"
        and last.title.casefold().startswith(_FOLLOW_UP_TITLES[:3])
        and any(c.style != "standing" for c in found[:-1])
    )


# The first characters of the heading forms ``find_candidates`` tries on a line that is
# no table row, beyond a digit, the case words ``_may_be_case`` knows and the forms with
# a test of their own in ``_heads_no_item``: a ditto mark ("«  2.  Skriv") and "(2)
# Budsjett".
_FORM_FIRSTS = frozenset('«"〃„(')
# … and with the first letters of the forms ``_heads_no_item`` tests further ("Kl. 10.00
# Sak 2/25", a roman numeral, "Saksprotokoll", "Særutskrift")
_FORM_OR_WORD_FIRSTS = _FORM_FIRSTS | frozenset("KkIVXSs")


def _heads_no_item(text: str, line: Line, nested: bool) -> bool:
    """Whether a line that is no table row (``text`` its body) can be none of the item
    headings ``find_candidates`` reads, told by the cheap tests that open each form before
    any pattern runs: most lines are running text ("Gruppen drøftet saken.").

    Each test keeps the lines a form may take: a digit or one of ``_FORM_FIRSTS`` first
    (numbered and bracketed headings, a ditto's case), a programme's "Kl. 10.00 Sak 2/25",
    a roman numeral ("II. Årsmelding"), "SAKSPROTOKOLL - …" and "Sakstittel: …", a letter
    of a lettered list (``nested``), a bracket, colon or digit last (the case number after
    the title, "Budsjett (sak 3/25)"), a short heading, bold, capital or set apart line (a
    standing item, "Eventuelt"), "…sak 12" / "…punkt 3" early (a compound case word), and
    a case word with a digit (``_CASE``). A line that passes all can head no item."""
    first = text[:1]
    last = text[-1:]
    if first.isdecimal() or last in _TRAIL_LAST or last.isdecimal():
        return False
    lowered = line.lowered
    # (the forms led by a mark or by K, I, V, X or S behind one test of the first
    # character: most lines open with another letter and skip them all)
    if first in _FORM_OR_WORD_FIRSTS and (
            first in _FORM_FIRSTS or
            (first in "Kk" and "sak" in lowered[5:30]) or
            (first in "IVX" and (text[1:2] in _ROMAN_NEXT or
                                 (text[1:2] == " " and text[2:3].isupper()))) or
            (first in "Ss" and (lowered[:4] == "saks" or lowered[:3] == "sær"))):
        return False
    if nested and ("A" <= first <= "H" or "a" <= first <= "h"):
        return False
    if len(text) < 60:  # (a closing point is shorter: ``_CLOSING_POINT_CHARS``)
        if line.kind is HEADING or line.bold or line.gap or text.isupper():
            return False
        if len(text) <= _CLOSING_POINT_CHARS and lowered.rstrip(" :.") in _CLOSING_POINTS:
            return False  # "Eventuelt" in minutes typed without blank lines
    head = lowered[:26]
    if "sak " in head or "punkt " in head:
        return False
    return not (_may_be_case(text) and has_digit(text))


def _row_heads_no_item(text: str, line: Line, lines: list[Line], found: list[Candidate],
                       nested: bool) -> bool:
    """Whether a table row (``text`` its cells joined) can be none of the item headings
    ``find_candidates`` tries after the row's own forms (capitals, a case cell, "Sak 3 |
    Budsjett"): most rows are a person ("Kari Holm | Nordby kommune | leiar") or a task.

    A row keeps the long way when it may take one of them: a digit first (the numbered
    forms, a programme's time), a ditto mark, "Forts. sak 2", "Sak II" or "Sakstittel:",
    a roman numeral, "Kl. 10.00 Sak 2/25", "Ášši / Sak 9/25", a letter of a lettered list
    (``nested``), a short bold, capital, set apart or colon-ended row or a closing point
    (a standing item), and a case word with a digit (``_CASE``). The forms read only on a
    line of text (a case number after the title, "(2)", a compound case word, a printed
    protocol's heading) are never tried on a row."""
    first = text[:1]
    # (also a space first: the joined cells start with the first cell as written, and
    # ``find_candidates`` reads a numbered or case cell stripped, after this test)
    if first.isdecimal() or first in _ROW_FORM_FIRSTS or \
            (first in _ROMAN_FIRSTS and (text[1:2] in _ROMAN_NEXT or
                                         (text[1:2] == " " and text[2:3].isupper()))) or \
            (first in _CASE_S and text[1:3].lower() == "ak") or \
            (first in _K and "sak" in line.lowered[5:30]) or \
            (nested and ("A" <= first <= "H" or "a" <= first <= "h")) or \
            (" / " in text and text.find(" / ", 2, 24) > 0):
        return False
    if len(text) < 60 and (line.kind is HEADING or line.bold or line.gap or text.isupper()
                           or text[-1:] == ":"
                           or (line.text[:1] in _CLOSING_POINT_FIRSTS and
                               _closing_point_without_gap(lines, line, found))):
        return False
    return not (_may_be_case(text) and has_digit(text))


# The first characters of the forms ``_row_heads_no_item`` sends the long way on their
# first character alone: the ditto marks and "Forts. sak 2" / "Framhald av sak 2", and
# every space ``str.strip`` takes off a cell (a row whose first cell starts with one)
_ROW_FORM_FIRSTS = _DITTO_MARKS | frozenset("Ff") | frozenset(
    char for char in map(chr, range(0x3001)) if char.isspace())
_CASE_S = frozenset("Ss")
_K = frozenset("Kk")


def _next_point(line: Line, expected: int) -> int:
    """The number the vedtak's numbered points go on with after ``line``: the next when it
    is the point due ("2. Felles plan vert sendt …" when 2 is), the same on a point's
    wrapped line ("   grupperom i 2. etasje."); 0 when the list has ended (a blank line,
    a heading, another number). A heading numbered next ("3. Kulturmønstring" after the
    vedtak's "1.", "2.", the outline's number of Writer's or Word's next heading) is the
    next item, never a point: the points are paragraphs or list entries."""
    if line.kind is HEADING:
        return 0
    number = _NUMBERED.match(line.text) if line.text[:1].isdecimal() else None
    if number is not None:
        return expected + 1 if int(number.group("num")) == expected else 0
    if expected > 1 and not line.gap:
        return expected  # a point's text wrapped onto the next line
    return 0


def _sibling_heading(lines: list[Line], line: Line, found: list[Candidate]) -> bool:
    """Whether an unnumbered heading (a Markdown "##", a Word or HTML heading) stands at
    the level of the two numbered item headings before it ("## Tema 1: …", "## Tema 2: …",
    "## Budsjett 2027") over running text: an item of its own, not a part of the last
    one's text (a table or a list under it, "## Oppgaver", "## Beslutningslogg", sums the
    items up). Not a
    label ("Vedtak:"), a part of a case ("Bakgrunn", "Forslag til vedtak"), the next
    meeting, the attachments or the signatures, and not under a table of contents."""
    text = line.body
    if len(found) < 2 or text.endswith(":") or not text[:1].isupper() or \
            any(c.style not in ("numbered", "case") or c.toc for c in found[-2:]):
        return False
    if any(lines[c.line].kind is not HEADING or lines[c.line].level != line.level
           for c in found[-2:]):
        return False
    return match_label(text) is None and _CASE_PART.match(text.upper()) is None and \
        _NEXT_MEETING_LABEL.match(text) is None and \
        _ATTACHMENTS_LABEL.match(text.casefold()) is None and \
        _end_mark(text) is None


def _case_heading(match: re.Match[str], text: str, after_items: bool) -> tuple[
        re.Match[str] | None, re.Match[str] | None]:
    """A ``_CASE`` match on ``text`` that heads an item, and the second case of a joint
    heading ("Sak 4/24 og 5/24 Budsjett"), or None for it; (None, None) when the case
    number starts something other than an item's heading. ``after_items``: items were
    found above the line."""
    title = match.group("title")
    joint = _JOINT_CASE.match(title) if title[:3].casefold() == "og " else None
    if joint and ("/" in joint["num"]) != ("/" in match.group("num")):
        joint = None  # "Sak 28 og 29/14": the year of both after the second
    if not joint and title.startswith(("og", "-", "–", "til")) and _MORE_CASES.match(title):
        return None, None  # "Sak 28 og 29/14 (kl 10-12):" over who came for those cases
    if "/" in match.group("num") and title[:1].isdecimal() and \
            _CASE_RANGE_END.match(text, match.end("num")):
        return None, None  # "Saksnr. 05/26 – 08/26": the cases this meeting handled
    if title[:1].islower() and (_SENTENCE_ON.match(title) or _closes_bracket(match, text)):
        # "Sak 31 behandles etter pausen, …": a sentence about a case; "RS-sak 4/2025) og
        # Eva Dahl (…)": a wrapped list line that closes "(Grane, fra" above it
        return None, None
    if not after_items and text[:2] in _NR and _meeting_named(title):
        return None, None  # "Nr. 41 - Referat fra 7. mars 2023": the meeting's own number
    return match, joint


def _closes_bracket(match: re.Match[str], text: str) -> bool:
    """Whether the case number is followed by a bracket the line never opened: the end of
    a note wrapped at the margin ("… Lie (Grane, fra" over "sak 4/25) og Ola Moe …")."""
    return text[match.end("num"):match.start("title")].strip()[:1] == ")" and \
        "(" not in text[:match.start("num")]


def _ranged_cases(match: re.Match[str], text: str) -> tuple[str, str, int] | None:
    """The number, title and last case of a heading over a run of cases ("Sak 1 – 3
    Godkjenning …", "Sak 2/24 – 3/24 Budsjett og handlingsplan"): after a dash the
    second number, written as the first (with its year or without), greater, and a title
    in capitals; None for any other heading."""
    first = match.group("num")
    dash = text[match.end("num"):match.start("title")]
    if "–" not in dash and "-" not in dash:
        return None
    span = _RANGE_REST.match(match.group("title"))
    if span is None or ("/" in span["num"]) != ("/" in first):
        return None
    low, high = _first_int(first), _first_int(span["num"])
    if low is None or high is None or not low < high <= low + 20:
        return None
    mark = "–" if "–" in dash else "-"  # (the dash as written, without the spaces)
    return f"{normalize_number(first)}{mark}{normalize_number(span['num'])}", span["title"], high


# the second number of a run and the title after it: "3 Godkjenning …", "3/24 Budsjett"
_RANGE_REST = lazy_regex(r"(?P<num>\d{1,3}(?:/\d{2,4})?)[.:]?\s+(?P<title>[A-ZÆØÅ].*)")


def _lists_people(text: str) -> bool:
    """Whether a line is an attendance label with its people ("Fra administrasjonen: Eli
    Vik (sak 3/26)"): the case in brackets says when they were there, no item's number."""
    label = match_label(text)
    return label is not None and label.field in ATTENDANCE_FIELDS


def _person_for_case(title: str) -> bool:
    """Whether a line that ends in a case's number names a person there for that case
    ("Per Ivar Lund, Statsforvaltaren (sak 31/24)", "Kari Holm – NAV (sak 3/26)",
    "Rådgjevar Per Lund, …", "Marit Moe, rådgiver (sak 4)") under an attendance label
    above it: a name of known first name, alone or before a comma or a spaced dash, after a
    job title or not, opens it. An item's title is a topic; a case about a person puts the
    name after the topic ("Søknad om fritak – Kari Holm"), or the topic after it in small
    letters ("Kari Holm – søknad om fritak"), which no job is. A seat's line "Buskerud
    museum: Kari Holm (sak 2/25)" names her after whom she came for (a topic before the
    colon heads a case: "Søknad om fritak: Kari Holm")."""
    if " v/" in title and _sent_by_organisation(title):
        return True  # "Eikvåg kommune v/ planleder Jorunn Salvesen (sak 6/27)"
    seat, colon, after = title.rpartition(":")
    if colon and after.strip() and not _names_topic(seat):
        title = after.strip()
    name, rest = title, ""
    for mark in (",", " – ", " - ", " — "):
        name, _, after = name.partition(mark)
        rest = after or rest
    first_word = rest.split(None, 1)[0].strip(",.;") if rest.strip() else ""  # ("…; Per Li")
    if (rest.lstrip()[:1].islower() and not is_job_title(first_word)) or _names_topic(rest):
        return False  # (but "Marit Moe, rådgiver (sak 4)": her job, in small letters)
    words = name.split()
    if len(words) > 2 and is_job_title(words[0]):
        words = words[1:]  # "Rådgjevar Per Ivar Lund"
    return is_first_name(words[0]) and looks_like_name(" ".join(words))


def _sent_by_organisation(title: str) -> bool:
    """Whether a line that ends in a case's number names an organisation's people there
    for that case ("Eikvåg kommune v/ planleder Jorunn Salvesen og arealplanlegger Martin
    Berge (sak 6/27)", "Sweco Norge AS v/ Ida Lønning (sak 6/27)", "Statens vegvesen v/
    Randi Li (sak 3/27)"): an organisation by its kind before "v/", a name of known first
    name after it (after a job in small letters). A case's topic before "v/" ("Søknad frå
    Naustdal IL v/ Kari Holm", "Orientering om kommuneplanen v/ Eli Vik") heads an item."""
    org, _, sent = title.partition(" v/")
    if not org or _names_topic(org) or not (names_organisation(org) or
                                            is_state_agency(org.casefold())):
        return False
    words = sent.replace(",", " ").split()
    while words and words[0][:1].islower() and is_job_title(words[0]):
        words = words[1:]  # "planleder Jorunn Salvesen"
    name = list(itertools.takewhile(lambda word: word != "og", words))
    return bool(name) and is_first_name(name[0]) and looks_like_name(" ".join(name))


def _names_topic(rest: str) -> bool:
    """Whether what follows a name and a dash is a case's topic in capitals ("Søknad om
    fritak", "Klage på vedtak om startlån", "Fritak frå verv"), not whom the person is
    from ("NAV", "Statsforvaltaren i Vestland"): it opens with a word for a matter put to
    the body, or says what the matter is about with "om" (no organisation's name does)."""
    words = rest.casefold().split()
    if not words:
        return False
    return words[0].strip(",.:") in _TOPIC_NOUNS or "om" in words[1:]


# The words a case about one person opens its topic with: an application, a complaint, a
# request, an exemption, an appointment or an election.
_TOPIC_NOUNS = frozenset((
    "søknad", "klage", "klagesak", "fritak", "anmodning", "oppmoding", "henvendelse",
    "førespurnad", "forespørsel", "permisjon", "oppnevning", "oppnemning", "valg", "val",
    "suppleringsvalg", "suppleringsval", "innspill", "innspel", "spørsmål", "uttalelse",
    "uttale", "krav", "dispensasjon", "tilskudd", "tilskot", "erstatning"))


# "Godkjenning av innkalling (sak 1)", "Budsjett 2026 (Sak 12/25):": a heading that gives
# its number in brackets after the title (not "(jf. sak 3)", a reference to another).
# Also in square brackets, with the case's series ("(PS 14/26)", "[AU-sak 7/26]") and after
# a dash ("Budsjett 2027 – sak 14/26").
_TRAILING_CASE = lazy_regex(r"^(?P<title>[A-ZÆØÅ][^()\[\]]{2,100}?)\s*(?:[(\[]|\s[–—-]\s*)"
                            r"(?:(?i:sak|[a-zæøå]{1,4}-sak)|(?-i:[A-ZÆØÅ]{2,3}))\s*"
                            r"(?:(?i:nr)\.?\s*)?"
                            r"(?P<num>\d{1,3}(?:/\d{2,4})?)(?:[)\]]|(?<=\d)(?=\s*:?$))\s*:?$")


# The last characters a line that ends in its case's number can have (a digit aside):
# the bracket, or the colon after it (``_may_trail_case``).
_TRAIL_LAST = frozenset(")]:")


def _may_trail_case(text: str, lowered: str) -> bool:
    """Whether a line may end in its case's number (``_TRAILING_CASE``): a bracket or a
    digit last, and "sak" or a case's slash near the end (most lines have neither)."""
    last = text.rstrip(":")[-1:]
    return (last in ")]" or last.isdecimal()) and \
        ("sak" in lowered[-24:] or "/" in text[-10:])


def _standing_after_cases(found: list[Candidate], title: str) -> bool:
    """Whether a fixed point under a group's numeral ("C. Eventuelt", "III. Eventuelt")
    follows numbered cases ("Sak 4/26 …"): the numeral numbers the group of the agenda
    ("A. Innledende saker", "B. Saker til behandling"), the fixed point is the item, with
    no number of its own."""
    if not title or not found or found[-1].style != "case":
        return False
    return title.split(None, 1)[0].rstrip(".:").casefold() in _CLOSING_POINTS


# The fixed points that close an agenda after its cases ("C. Eventuelt"); not a group of
# reports ("A. Orienteringer fra daglig leder" under a case is a part of that case).
_CLOSING_POINTS = frozenset(("eventuelt", "evt", "ymse", "diverse", "eventuelt/neste"))
_CLOSING_POINT_CHARS = max(map(len, _CLOSING_POINTS)) + 1  # (and a colon)
# … and their first letters, which a caller may test before the call
_CLOSING_POINT_FIRSTS = frozenset("EeYyDd")


def _closing_point_without_gap(lines: list[Line], line: Line, found: list[Candidate]) -> bool:
    """Whether "Eventuelt" alone on its line closes minutes typed without blank lines:
    "Sak 14 - 2024 Val av nestleiar" / "Hege Mathisen vart vald." / "Eventuelt" /
    "Ingen saker.": the numbered headings above stand without a gap too, so the lack of
    one is how this document sets its headings, and the point is an item unnumbered."""
    return bool(found) and found[-1].style in ("case", "numbered") and \
        line.text[:1] in _CLOSING_POINT_FIRSTS and \
        line.lowered.rstrip(" :.") in _CLOSING_POINTS and \
        not lines[found[-1].line].gap


def _may_be_title_cell(cell: str) -> bool:
    """Whether the cell beside a case number may name the case: it holds a word, or is
    empty (the title on a row of its own). A letterhead's filing table ("Arkivsak |
    Saksnr. | Dato" / "26/112 | 2026/45 | 12.02.2026") has numbers only: no item."""
    return not cell.strip() or any(char.isalpha() for char in cell)


def _wrapped_trailing_case(lines: list[Line], i: int,
                           found: list[Candidate]) -> re.Match[str] | None:
    """The number after a title wrapped over two lines ("Interkommunalt legevaktsamarbeid
    – evaluering av avtalen og videre" / "organisering (sak 48/25)"): the lower-case
    line goes on from a heading line that opens a paragraph, is no item already and ends
    no sentence; the two read as one heading."""
    line = lines[i]
    if not i or not line.body[:1].islower() or (found and found[-1].line == i - 1):
        return None
    above = lines[i - 1]
    head = above.body
    if not (above.gap or above.bold or above.kind is HEADING) or above.is_table or \
            len(head) > 120 or head.endswith((".", ":", "!", "?", ",")) or \
            match_label(above.text) is not None:
        return None
    return _TRAILING_CASE.match(f"{head} {line.body}")


# "I. Godkjenning av innkalling", "IV) Eventuelt": items numbered in roman numerals.
_ROMAN = lazy_regex(r"^(?P<num>[IVX]{1,5})[.)]\s+(?P<title>[A-ZÆØÅ][^\d\s.].*)$")
# "Sak I – Godkjenning av innkalling", "SAK II: Årsmelding": the case word before a roman
# numeral, then the title after a space, a stop, a colon or a dash (the numeral in
# capitals: "Sak i …" is no heading).
_CASE_ROMAN = lazy_regex(r"^(?i:sak)\s(?P<num>[IVX]{1,5})(?:\s*[.:)]|\s+[–-])?\s+"
                         r"(?P<title>[A-ZÆØÅ][^\d\s.].*)$")
# "II Referat fra forrige møte": the numeral and a space only (a sentence may start so:
# "I Oslo ble det …", so these head items only in a series rising from I)
_BARE_ROMAN = lazy_regex(r"^(?P<num>[IVX]{1,5})\s+(?P<title>[A-ZÆØÅ][^\d\s.].*)$")
_BARE = "(bare)"  # the ``series`` of a roman numeral written without a stop
_ROMAN_FIRSTS = frozenset("IVX")
_ROMAN_DIGITS = {"I": 1, "V": 5, "X": 10}
_ROMAN_NEXT = frozenset("IVX.)")
_DASHES = frozenset("-–—")  # (a one-character slice of "" is "": never in the set)


def roman_value(numeral: str) -> int | None:
    """The value of a roman numeral up to 39 ("IV" → 4); None for a malformed one."""
    total = 0
    for n, letter in enumerate(numeral):
        value = _ROMAN_DIGITS[letter]
        after = _ROMAN_DIGITS[numeral[n + 1]] if n + 1 < len(numeral) else 0
        total += -value if value < after else value
    return total if _to_roman(total) == numeral else None


def _to_roman(value: int) -> str:
    """A value up to 39 in roman numerals, to check a numeral is written as they are."""
    tens, ones = divmod(value, 10)
    return "X" * tens + ("", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX")[ones]


def _series(prefix: str) -> str:
    """The letters that keep a case series apart ("PS 1/24" and "RS 1/24", "O-sak 1/3/19"
    and "S 1/3/19" are different cases): the prefix without "sak", "nr" and marks."""
    folded = prefix.casefold()
    core = folded.rstrip(" ")  # "Sak ": letters and a space, most prefixes (no pattern call)
    letters = core if not core.strip(_SERIES_LETTERS) and "nr" not in core else \
        _SERIES_NOISE.sub("", folded)
    return "" if letters in _NO_SERIES else letters.removesuffix("sak")


# Words that name an item of the agenda but no series of cases of their own: "Sak 3",
# "Punkt 3", "Pkt. 3", "Tema 3", and the minutes' older "Til sak 3:" / "Ad sak 3" over the
# section of an agenda's "Punkt 3" (one case, whichever word each of the two uses)
_NO_SERIES = frozenset(("sak", "saksnr", "saknr", "tilsak", "adsak", "ad", "punkt", "pkt",
                        "tema", "item"))
_SERIES_NOISE = lazy_regex(r"[^a-zæøå]|nr")
_SERIES_LETTERS = "abcdefghijklmnopqrstuvwxyzæøå"


def same_case(a: Candidate, b: Candidate) -> bool:
    """Whether two headings number the same case: the same number, zeros before it aside
    ("030/09" in the agenda is "30/09" in the text), and the same series where both name
    one (an agenda's "1/24" is the section's "PS 1/24")."""
    return _case_key(a) == _case_key(b) and \
        (a.series == b.series or not a.series or not b.series)


def _case_key(cand: Candidate) -> str:
    """What names a heading's case: its number without leading zeros; and the title too
    when an export stripped the case's own digits ("Sak /12 Budsjett", "Sak /12
    Eventuelt": every case of the year reads "/12", and only the title tells them apart).
    (The index's methods inline the first line: a call per heading costs more.)"""
    number = cand.number.lstrip("0")
    return number if number[:1] != "/" else _titled_key(number, cand)


def _titled_key(number: str, cand: Candidate) -> str:
    """The case key of a number stripped to its year: the number and the title."""
    return f"{number} {cand.title.casefold()}"


class _CaseIndex:
    """Headings counted by their case, to ask "does ``same_case`` hold for one of them?"
    in one look-up instead of a pass over all of them (a long register of cases made
    that pass quadratic).

    ``same_case`` holds when the case keys agree (the numbers without their leading
    zeros), and the series agree or one of the two has none; so headings are counted by
    that key and, under it, by series.
    """

    def __init__(self, candidates: Iterable[Candidate] = ()) -> None:
        # (plain dicts of counts: a ``Counter`` made for every add, even under a key that
        # has one, costs three Python calls, and its missing key a fourth)
        self._by_number: dict[str, dict[str, int]] = {}
        for cand in candidates:
            self.add(cand)

    def add(self, cand: Candidate) -> None:
        """Count one more heading."""
        number = cand.number.lstrip("0")
        key = number if number[:1] != "/" else _titled_key(number, cand)
        counts = self._by_number.get(key)
        if counts is None:
            counts = self._by_number[key] = {}
        series = cand.series or ""
        counts[series] = counts.get(series, 0) + 1

    def remove(self, cand: Candidate) -> None:
        """Count one heading less (one that was added)."""
        number = cand.number.lstrip("0")
        series = self._by_number[number if number[:1] != "/" else _titled_key(number, cand)]
        key = cand.series or ""
        series[key] -= 1
        if not series[key]:
            del series[key]

    def has_same(self, cand: Candidate) -> bool:
        """Whether ``same_case(cand, c)`` holds for some counted heading ``c``."""
        number = cand.number.lstrip("0")
        series = self._by_number.get(number if number[:1] != "/" else
                                     _titled_key(number, cand))
        if not series:
            return False
        return not cand.series or cand.series in series or "" in series


def _year_first_in_series(found: list[Candidate]) -> list[Candidate]:
    """Keep "13/1", "13/2" … (year first, then the case) only as a rising series of the
    same year, two at least, as cases; a lone "12/3 Styremøte" is a date in a list."""
    series = [c for c in found if c.style == "year_first"]
    if not series:
        return found
    years = [_YEAR_CASE_SPLIT.split(c.number)[0] for c in series]
    lone = {id(c) for c, year in zip(series, years, strict=True) if years.count(year) < 2}
    for cand in series:
        cand.style = "case"
    return [c for c in found if id(c) not in lone]


_YEAR_CASE_SPLIT = lazy_regex(r"[/-]")
_YEAR_CASE_MARKS = frozenset("-/")  # the mark after a year first: "2006-21", "2024/15"
# "Sak 1 - 16/17: Konstituering": the school year, a colon, then the title.
_SCHOOL_YEAR_FIRST = lazy_regex(r"(?P<a>\d{2})/(?P<b>\d{2})\s*:\s*(?P<title>.*)$")
# A school or season year after a case number: "18/19", "2018/19".
_SCHOOL_YEAR = lazy_regex(r"(?:\d{2}|\d{4})/\d{2}")


# Headings over the documents of a case in a summons or its minutes: "Vedlegg:" /
# "1. Referat fra møte 8. februar" lists papers, not items.
PAPERS_HEADINGS = frozenset((
    "vedlegg", "vedlegg til saken", "trykte vedlegg", "utrykte vedlegg", "vedlagt",
    "vedlagte dokumenter", "saksdokumenter", "saksdokument", "saksdokumenter i saken",
    "saksdokument i saka", "dokumenter i saken", "dokument i saka", "andre dokumenter",
    "bakgrunnsdokumenter", "bakgrunnsdokument", "relevante dokumenter", "utsendte dokumenter",
    "vedlegg i saken", "vedlegg i saka", "ikkje vedlagde dokument", "ikke vedlagte dokumenter"))


def _next_paper(line: Line, expected: int) -> int:
    """The number a list of papers goes on with after ``line``, or 0 when the line ends
    the list: the entries count 1, 2, 3 … as bullets or numbers, a blank line only
    before the first ("Vedlegg:" / "1. Referat …" / "" / "3. Rapport …": item 3 again)."""
    if line.gap and expected > 1:
        return 0
    if line.is_bullet and not line.text[:1].isdecimal():
        return expected + 1
    number = _NUMBERED.match(line.text)
    return expected + 1 if number and int(number.group("num")) == expected else 0


def _numbered_person(text: str) -> bool:
    """A numbered list entry that starts with a person's name: "1. Per Sverre Rannem
    Steinkjer kommune", "16. Hans-Fredrik Donjem Sekretær"."""
    match = _NUMBERED.match(text)
    if not match:
        return False
    words = match.group("title").split()
    return any(looks_like_name(" ".join(words[:n])) for n in (2, 3))


# The formalities a body approves first, unnumbered before its numbered cases: "Godkjenning
# av innkalling og saksliste", "Godkjenning av referat fra forrige møte" (a heading of its
# own: no full stop at the end).
_APPROVAL_HEADING = lazy_regex(
    r"godkjenn?ing\s+av\s+(?:(?:forrige|førre|siste)\s+)?(?:møte)?(?:innkalling|saksliste|"
    r"sakliste|dagsorden|referat|protokoll|møtebok)[a-zæøå]{0,3}\b(?:[^:;!?]{0,50}\w)?\s*:?",
    re.I)


# A form per item: "Sakstittel: Opptak" (then "Saksgrunnlag:", "Diskusjon:", "Vedtak:").
_TITLE_LABEL = re.compile(r"^(?:sakstittel|saksnavn|sakstema)\s*:\s*(?P<title>\S.{0,120})$",
                          re.I)


_PAGE_CELL = lazy_regex(r"\d{1,3}")  # a last table cell holding a page number
# First letters of _CASE's and _STANDING's words: most lines fail on their first
# character. _NUMBERED and _HEADING_NUMBER start with a digit (``str.isdecimal`` is
# the same class as the patterns' ``\d``).
_CASE_STARTS = frozenset(("sa", "ps", "rs", "os", "ds", "vs", "fs", "pk", "pu", "it", "ar",
                          "te", "or", "ve", "dr", "di", "be", "in", "re", "st", "§ ", "ad",
                          "ti", "nr", "är",
                          *(f"§{digit}" for digit in "123456789"),
                          *(f"#{digit}" for digit in "123456789")))


def _in_any_case(starts: frozenset[str]) -> frozenset[str]:
    """Every way of writing the ASCII ``starts`` in capitals and small letters ("sa",
    "Sa", "sA", "SA"): one set look-up of a line's first two characters then answers
    what lower-casing them and looking that up did, without the lower-casing."""
    heads: set[str] = set()
    for start in (start for start in starts if start.isascii()):
        written = {""}
        for char in start:
            written = {w + c for w in written for c in {char.lower(), char.upper()}}
        heads |= written
    return frozenset(heads)


#: ``_CASE_STARTS``' ASCII starts as a line may write them (``_may_be_case``).
_CASE_HEADS = _in_any_case(_CASE_STARTS)


_NR = frozenset(("Nr", "nr", "NR"))
_MEETING_DATED = lazy_regex(r"[-–—:]?\s*(?:møte)?(?:referat|protokoll)\s+(?:fra|frå)\s+"
                            r"(?:\w*møte(?:t|ts)?\s+)?(?:\w+\s+)?\d", re.I)


def _stamp_over_title(lines: list[Line], i: int, text: str) -> bool:
    """Whether a lone "Saksnr. 24/123" (or "Saksnummer: 2024/55") stands over the
    minutes' own title ("Referat fra møte i …"): the archive's stamp on the document,
    not an item whose title follows (an item heading "Sak 3/24" keeps its next line, and
    so does "Saksnr. 01/24" / "Referat fra forrige møte" under the document's title)."""
    if not text[:6].casefold().startswith(("saksnr", "saksnu")) or \
            any(_DOC_TITLE_START.match(line.body) for line in lines[:i]):
        return False
    for line in lines[i + 1:i + 7]:  # past other fields ("Vår ref.: …", "Dato: …")
        if _DOC_TITLE_START.match(line.body):
            return True
        if line.body and ":" not in line.body:
            return False
    return False


def is_archive_stamp(text: str) -> bool:
    """A line that gives only the archive's reference of a case ("Saksnr. 2026/15",
    "Arkivsak: 25/1234", "J.post 25/4432-2", "Vår ref.: 26/112-3"): set right over a case
    heading, it files that case, and is no text of the case above."""
    return text[:1] in _STAMP_STARTS and "/" in text and len(text) <= 40 and \
        _ARCHIVE_STAMP.fullmatch(text) is not None


_STAMP_STARTS = frozenset("AaSsJjVvDd")
# "Arkivsak: 25/1234", "J.post 25/4432", "Vår ref.: 26/112-3", and "Saksnr. 2026/15" with
# an archive's number (a year first, or three digits and more after it: "Saksnr. 12/24"
# alone may head a case whose title is on the next line).
_ARCHIVE_STAMP = lazy_regex(
    r"(?:(?:arkivsak(?:snr\.?|snummer|\s+nr\.?)?|arkivnr\.?|j\.?\s*post(?:nr\.?)?|"
    r"journalpost(?:nr\.?)?|(?:vår|dykkar|deres)\s+ref\.?)\s*:?\s*"
    r"\d{2,4}/\d{1,6}(?:-\d{1,3})?|"
    r"(?:saksnr\.?|saksnummer|sak\s+nr\.?)\s*:?\s*"
    r"(?:(?:19|20)\d{2}/\d{1,6}|\d{2}/\d{3,6})(?:-\d{1,3})?)", re.I)


# A line that names the document: "Referat fra …", "PROTOKOLL", "Møteinnkalling".
_DOC_TITLE_START = lazy_regex(r"(?:møte)?(?:referat|protokoll|innkalling)\b|møtebok", re.I)


def _meeting_named(title: str) -> bool:
    """Whether a title names the minutes themselves ("Referat fra styremøte", "Referat
    fra 7. mars 2023"), as the meeting's own number heads them."""
    return bool(_MEETING_TITLE.match(title.lstrip("-–—: ")) or _MEETING_DATED.match(title))


def lettered_over_list(lines: list[Line], numbered: list[Candidate]) -> tuple[
        list[Candidate], list[Candidate]] | None:
    """The items and agenda of minutes lettered "a)", "b)", "c)" when the numbered items
    found are one list inside one of them, else None.

    A short minutes may letter its items and number the points of one ("b) Regnskap" /
    "Kassereren la fram tre punkter:" / "1. Inntektene …" / "2. Kostnadene …"): read
    by their numbers alone, the points are the only items and the lettered sections
    vanish. Numbers with no text between them, after a lettered heading set apart, are
    such a list when the letters run "a", "b", … with text under each.
    """
    if numbered[0].number != "1" or any(
            _has_body_between(lines, a.line, b.line) for a, b in itertools.pairwise(numbered)):
        return None
    found = _lettered_headings(lines[:numbered[0].line])
    if not found:
        return None  # (no lettered heading before the list: the numbers are the items)
    found += _lettered_headings(lines[numbered[-1].line + 1:])
    items, toc = choose_items(lines, found)
    if len(items) < 2 or items[0].number not in "aA" or \
            any(b.seq != a.seq + 1 for a, b in itertools.pairwise(items)) or \
            not all(_has_body_between(lines, a.line, b.line)
                    for a, b in itertools.pairwise(items)) or \
            not items[0].line < numbered[0].line:
        return None
    return items, toc


def _lettered_headings(lines: list[Line]) -> list[Candidate]:
    """The lines set apart that open with a letter ("a) Brøyting", "B. Regnskap")."""
    found: list[Candidate] = []
    for line in lines:
        text = line.body
        if text[1:2] in ".)" and text[:1].isalpha() and line.gap and \
                (lettered := _LETTERED.match(text)) is not None:
            letter = lettered.group("num")
            found.append(Candidate(line.index, letter, ord(letter.upper()) - ord("A") + 1,
                                   clean_title(lettered.group("title")), "numbered", False,
                                   lettered.group("title")))
    return found


def _letters_under_agenda(lines: list[Line], i: int, found: list[Candidate]) -> bool:
    """Whether "a) Title" on line ``i`` goes on a list of items lettered in lower case:
    "a)" right under "Saker:" / "Saksliste:", or the letter after the last one found.
    In minutes with no numbered items, "a) Title" set apart by a blank line over a
    paragraph of its own heads the first section as a number would. Elsewhere
    "a) … b) …" are points inside an item's text."""
    letter = lines[i].text[0]
    if letter == "a":
        return i > 0 and (is_agenda_heading(lines[i - 1]) or (
            not found and lines[i].gap and i + 1 < len(lines) and
            lines[i + 1].kind is PARAGRAPH and not lines[i + 1].gap))
    return bool(found) and found[-1].number == chr(ord(letter) - 1)


def _next_top_number(found: list[Candidate], number: int) -> bool:
    """Whether an indented "2. Title" goes on from item "1." at the margin: a copy from a
    PDF often indents one heading by a space."""
    last = found[-1] if found else None
    return last is not None and last.style == "numbered" and last.seq is not None and \
        number == last.seq + 1


def _wrapped_mid_sentence(above: Line, line: Line) -> bool:
    """Whether a line starting in small letters goes on with the sentence of the line
    above it: no blank line between, the line above a paragraph's that ends on a letter
    or digit (no full stop, colon or bracket), as a PDF's wrapped lines do ("…
    verneforskrifta § 3" / "punkt 6.1 for inntil seks turar."). A case heading opens on
    its own line after a finished one."""
    return not line.gap and above.kind is PARAGRAPH and not above.is_table and \
        above.body[-1:].isalnum() and line.kind is PARAGRAPH


def _may_be_case(text: str) -> bool:
    """Whether ``text`` starts as one of _CASE's words does ("Sak", "PS", "Punkt" …, or
    capitals: "RF 33/11", "S 1/3/19").

    The first two letters, folded as IGNORECASE compares them, must begin one of the
    words: "Saken …", "Det …" and most other lines leave without running the pattern.
    """
    head = text[:2]  # (``fold`` only for letters beyond ASCII: it lowers ASCII the same)
    return head in _CASE_HEADS or (not head.isascii() and fold(head) in _CASE_STARTS) or \
        "-" in text[1:5] or (  # "V-sak", "AU-sak"
        head.isupper() and (" " in text[2:6] or text[2:3].isdecimal()))  # "RF 33/11"


def _has_page_tail(title: str) -> bool:
    """A title ending in a page number or dot leaders (a table of contents entry).

    Both patterns need the title to end, spaces aside, in a digit or in "." / "…"; the
    test of that last character spares the searches, which try every position. Before
    the page's digits ``_TOC_TAIL`` needs three dots or an ellipsis, a TAB or three
    spaces (every space but " " is unprintable), and the leaders alone need the title
    to end in them: a sentence ending in a digit or a stop, most such titles, is
    answered by substring tests (``_finishes_title`` asks of lines under a heading).
    """
    stripped = title.rstrip()
    end = stripped[-1:]
    if end.isdecimal():
        return ("..." in title or "…" in title or "  " in title or
                not title.isprintable()) and bool(_TOC_TAIL.search(title))
    return stripped.endswith(("...", "…")) and bool(_DOT_LEADERS.search(title))
_may_be_case_cell = starts_with_any("s0123456789")  # "Sak 12/24" or "12/24"
_may_be_standing = starts_with_any("eformydkåiasb")  # the first letters of _STANDING


def is_exemption_note(text: str) -> bool:
    """Whether ``text`` is only the note that a case is closed to the public ("U.off.",
    "(Unntatt offentlighet, jf. offl. § 13)", "Unnateke offentlegheit etter offl. § 13"):
    no title, however short."""
    return (text[:2] in _EXEMPTION_STARTS or text[:2] in _CLOSED_STARTS) and len(text) <= 90 \
        and _EXEMPTION_NOTE.fullmatch(text.strip()) is not None


# The note on a case closed to the public, in its usual forms: "U.off.", "U. off",
# "Unntatt offentlighet", "Unnateke offentlegheit", with or without the law after it
# ("jf. offl. § 13", "etter offentleglova § 13, jf. fvl. § 13") and brackets around.
_EXEMPTION_WORDS = (r"(?:u\.?\s?off\.?|unntatt\s+(?:fra\s+)?offentlighet(?:en)?|"
                    r"unnateke\s+(?:frå\s+)?offentlegheit(?:a)?)")
_EXEMPTION_LAW = (r"(?:\s*,?\s*(?:jf\.?|jfr\.?|etter|iht\.?|og|i\s+medhald\s+av|i\s+medhold\s+av)?"
                  r"\s*(?:offl\.?|offentleglova|offentlighetsloven|fvl\.?|forvaltningsloven|"
                  r"forvaltningslova)\s*§+\s*\d+[a-z]?(?:\s*(?:første|andre|1\.|2\.)?\s*ledd)?)*")
# (or "Lukket sak, jf. offl. § 13", "Lukka sak – unnateke offentlegheit": a note too)
_EXEMPTION_NOTE = lazy_regex(r"\(?\s*(?:" + _EXEMPTION_WORDS + r"|(?:lukket|lukka)\s+(?:sak|møte)"
                             r"(?:\s*[,–—-]?\s*" + _EXEMPTION_WORDS + r")?)" + _EXEMPTION_LAW +
                             r"\s*\.?\s*\)?\.?", re.I)
# the note before a title or a case: "(U.off.) Tilsetting", "U.off. – Personalsak",
# "Unntatt offentlighet: Klage på vedtak", "U.off. Sak 4/24 …"
_EXEMPTION_MARK = lazy_regex(r"(?:\(\s*" + _EXEMPTION_WORDS + _EXEMPTION_LAW +
                             r"\s*\.?\s*\)|" + _EXEMPTION_WORDS + _EXEMPTION_LAW +
                             r"\s*(?:[:–—-]|(?<=\.)(?=\s+(?:sak|ps)\b)))\s+(?=\S)", re.I)
_EXEMPTION_STARTS = frozenset(("U.", "u.", "U ", "Un", "un", "UN", "(U", "(u"))
_CLOSED_STARTS = frozenset(("Lu", "lu", "LU", "(L", "(l"))


@functools.lru_cache(maxsize=1024)
def clean_title(title: str) -> str:
    """Title without page numbers, dot leaders, a trailing "." ":" ";" and a Markdown
    heading's attributes ("Budsjett {#budsjett}").

    Remembered per distinct title (an answer of the text alone): ``build_sections`` cleans
    each item's title again after ``find_candidates`` did (about half the calls of a
    document repeat one), and a body's standing titles come back in every meeting's
    minutes; a look-up costs a fraction of the dozen tests below.
    """
    end = title.rstrip()[-1:]
    if end == "}":
        title = _HEADING_ATTRIBUTES.sub("", title)
        end = title.rstrip()[-1:]
    if end.isdigit() or end in {".", "…"}:  # only such endings can be page numbers/leaders
        title = _TRAILING_PAGE.sub("", title)
        title = _TAB_PAGE.sub("", title)
        title = _DOT_LEADERS.sub("", title)
        title = _SPACED_PAGE.sub("", title)
    if (end.isdigit() or end == ")") and ("side" in title or "s." in title):
        title = _SIDE_PAGE.sub("", title)  # "Budsjett (side 2)", "Budsjett, side 3"
    if (end == ")" or end.isdigit()) and "kl" in title[-24:].lower():
        title = _TRAILING_CLOCK.sub("", title)  # "Budsjett (kl. 10.30–11.30)"
    elif end == ")" and title[-2:-1].isdigit():
        title = _TRAILING_SPAN.sub("", title)  # "Budsjett (10.30–11.30)": the slot's hours
    elif end.isdigit() and title[-3:-2] in ".:":
        title = HOUR_AFTER_TITLE.sub("", title)  # "Oppsummering og avslutning 15.00"
    if end == ")" and ("sak" in (tail := title[-18:].lower()) or "ps" in tail):
        title = _CASE_REFERENCE.sub("", title)  # "Godkjenning av innkalling (sak 1/25)"
    if title[:1] in "([" and (kind := _KIND_MARK.match(title)):
        # "(V) Godkjenning av protokoll", "[O]", "(D-sak)": the kind of case, not the title
        title = title[kind.end() - 1:]
    elif title[:1] in "VODB" and title[1:2] in " -–—" and (kind := _KIND_DASHED.match(title)):
        title = title[kind.end():]  # "Sak 1/25 – D – Budsjett": the kind between dashes
    if title[:2] in _EXEMPTION_STARTS and (mark := _EXEMPTION_MARK.match(title)):
        # "(U.off.) Tilsetting av daglig leder", "U.off. – Personalsak": the mark on a case
        # closed to the public, no part of its title
        title = title[mark.end():]
    if ("rkiv" in title or "RKIV" in title) and (
            filed := _ARCHIVE_BESIDE.sub("", title)) and filed is not title and filed.strip():
        # "(arkivsak 23/1234) Budsjett", "– arkivsak 22/987 – Skulebruksplan", "Budsjett
        # (arkivsak 23/1234)": the archive's reference beside the case number, no title
        title = filed
    if title[:1] == "(" and title[1:2].isdecimal() and (filed := _BARE_ARCHIVE_FIRST.match(title)):
        # "Sak 5 (25/112) Budsjett 2026": the case's file in the archive, unlabelled, in
        # brackets between the running number and the title
        title = title[filed.end():]
    if title[:1] in "SsRrIiAa" and (own := _OWN_CASE_NUMBER.match(title)):
        # "PS 14/24 Sak 7/24 Budsjett 2025": the body's own running number after the case
        # system's, which the heading's number is; no words of the title
        title = title[own.end():]
    if title[:1] in "VODRTBvodrtb" and title.lower().startswith(_CASE_KINDS) and \
            (kind := _CASE_KIND_PREFIX.match(title)):
        # "Vedtakssak: Budsjett 2027", "Orienteringssak – Status": the kind, as "(V)" is
        title = title[kind.end():]
    if title[1:2] == " " and title[3:4] == " ":
        title = unspaced(title)  # "Sak 13/98  E V E N T U E L T": a title typed letter by
        # letter is the word it spells, as the reader reads such a heading on its own line
    return title.strip().rstrip(".:;").strip()


# The programme's time after a title, set apart: "Budsjett (kl. 10.30–11.30)", "Eventuelt,
# kl. 11.30", "Orientering – kl. 13" (not "Befaring kl. 13", which may be the title's own).
_TRAILING_CLOCK = lazy_regex(r"(?:\s*\(|\s*[,–—-]\s*)kl\.?\s*[0-2]?\d(?:[.:][0-5]\d)?"
                             r"(?:\s*[-–—]\s*(?:kl\.?\s*)?[0-2]?\d(?:[.:][0-5]\d)?)?\)?$",
                             re.I)
# The slot's hours in brackets after an item's title without "kl.": "Budsjett
# (12.15–13.15)". Both times with their minutes, so "(2025–2026)" stays a title's years.
_TRAILING_SPAN = lazy_regex(r"\s*\([0-2]?\d[.:][0-5]\d\s*[-–—]\s*[0-2]?\d[.:][0-5]\d\)$")
# The case's number in the case system after the title: "(sak 1/25)", "(PS 12/24)",
# "(saksnr. 2025/14)": a number, no words of the title.
_CASE_REFERENCE = lazy_regex(r"\s*\((?:sak|saka|saksnr\.?|sak\s+nr\.?|ps)\s*\d{1,4}"
                             r"(?:\s*/\s*\d{2,4})?\)$", re.I)
# The archive's reference to a case beside its number in the heading, before the title
# ("(arkivsak 23/1234) Budsjett", "Arkivsaknr. 24/55 – Eventuelt", a leading dash of
# "Sak 12/24 – arkivsak 22/987 – …" too) or after it ("Budsjett (arkivsak 23/1234)",
# "Budsjett, arkivsak: 23/1234"): the case's file, no words of its title.
_ARCHIVE_REFERENCE = (r"(?:arkivsak(?:snr\.?|snummer|\s*nr\.?)?|arkivnr\.?|arkiv-?id)\s*:?\s*"
                      r"\d{2,4}/\d{1,6}(?:-\d{1,3})?")
_ARCHIVE_BESIDE = lazy_regex(
    rf"^(?:[-–—:]\s*)?(?:\(\s*{_ARCHIVE_REFERENCE}\s*\)|\[\s*{_ARCHIVE_REFERENCE}\s*\]|"
    rf"{_ARCHIVE_REFERENCE})\s*[-–—:,]?\s+(?=\S)|"
    rf"(?:\s*\(\s*{_ARCHIVE_REFERENCE}\s*\)|\s*[,;–—-]\s*{_ARCHIVE_REFERENCE})\s*$", re.I)
# A second case number at the head of a title, the body's own series beside the case
# system's ("Sak 7/24", "RR-sak 7/24", "IPR-sak 3/25", "AU-sak 2/24" after "PS 14/24").
_OWN_CASE_NUMBER = lazy_regex(r"(?:(?:RR|IPR|AU|RS)-)?[Ss]ak\s+(?:nr\.?\s*)?\d{1,3}/\d{2,4}"
                              r"\s*[-–—:]?\s+(?=[A-ZÆØÅ\d«\"])")
# … and unlabelled, in brackets before the title: "(25/112) Budsjett", "(2025/1234-3) …".
_BARE_ARCHIVE_FIRST = lazy_regex(r"\(\s*\d{2,4}/\d{1,6}(?:-\d{1,3})?\s*\)\s+(?=\S)")
# That reference alone after the number: the title is on the next line.
_ARCHIVE_ALONE = lazy_regex(rf"[-–—:(\[\s]*{_ARCHIVE_REFERENCE}[)\].\s]*", re.I)
# A case's kind in one letter before its title: (V)edtak, (O)rientering, (D)røfting,
# (B)eslutning, (I)nformasjon, (R)eferat.
_KIND_MARK = lazy_regex(r"[(\[][VODBIR](?:-sak)?[)\]]\s+\S")
# … or between dashes after the number ("Sak 3/25 – D – Budsjett", "Sak 4/25 – O-sak –
# Status"): a capital letter alone, which no title opens with before a dash.
_KIND_DASHED = lazy_regex(r"[VODB](?:-sak)?\s*[–—-]\s+(?=\S)")
# … and after it, in one letter or written out: "Budsjett (V)", "[D]", "(O-sak)",
# "(drøftingssak)" (not "(I)" or "(R)" there, which may number a title's parts): kept
# in the title as written.
_KIND_AFTER = lazy_regex(r"\s*[(\[](?:(?-i:[VODB])(?:-sak)?|(?:vedtaks|orienterings|drøftings|"
                         r"diskusjons|beslutnings|informasjons|referat)sak)[)\]]\s*$", re.I)
_TAB_PAGE = lazy_regex(r"\t(?<!\t\t)\t*+\s*+\d{1,3}\s*+$")  # runs whole, as in _TOC_TAIL
_HEADING_ATTRIBUTES = lazy_regex(r"\s*\{[#.:][^{}]*\}\s*$")
_SPACED_PAGE = lazy_regex(r"\s(?<!\s\s)\s{2,}+\d{1,3}$")
# A page named after the title: "(side 2)", ", side 3", "– s. 4" (the pages of the case
# papers in the summons, no words of the title).
_SIDE_PAGE = lazy_regex(r"(?:\s*[,–-])?\s+\(?(?:side|s\.)\s*\d{1,3}(?:\s*[-–]\s*\d{1,3})?\)?$")


def _has_body_between(lines: list[Line], a: int, b: int) -> bool:
    """Whether real text (not just headings of the list) stands between two lines. The
    lower-case line right under a heading whose title it finishes ("PS 6/24 Budsjett
    2025 for" / "regionrådet") is no text, nor is a group's heading inside the list
    ("PS 12/25 …" / "Orienteringssaker" / "OS 3/25 …"): an agenda list stays one list."""
    return any(not match_label(lines[k].text) and
               not (k == a + 1 and _finishes_title(lines[a], lines[k])) and
               not is_group_heading(lines[k])
               for k in range(a + 1, b))


def _finishes_title(heading: Line, line: Line) -> bool:
    """A short lower-case line joined to the heading above it, no sentence of its own;
    also with the contents' page after it: "Sak 3/25 Budsjett 2026 for" / "regionrådet
    ........ 4", an entry of a table of contents wrapped at a word space."""
    if line.gap or heading.body.endswith((".", ":", "!", "?")):
        return False  # (asked first: neither needs the line's text cleaned)
    text = line.body
    if (text[-1:].isdecimal() or text[-1:] in ".…") and _has_page_tail(text):
        text = clean_title(text)
    return text[:1].islower() and len(text) <= 40 and \
        not text.endswith((".", ":", "!", "?")) and not FINITE_VERB.search(text)


def choose_items(lines: list[Line], candidates: list[Candidate]) -> tuple[
        list[Candidate], list[Candidate]]:
    """The item headings among the candidates, and the table-of-contents entries.

    - The style with numbers wins: "Sak NN/YY" headings when the document has them,
      else "1." headings.
    - A run of headings with nothing between them whose numbers come back later (or
      that carry page numbers) is a table of contents.
    - Plain numbers must continue the sequence (a "1." after item 4 starts a list
      inside the item, not a new item).
    """
    case = [c for c in candidates if c.style == "case"]
    numbered = [c for c in candidates if c.style == "numbered"]
    summons = _summons_before_minutes(lines, numbered)
    if summons:
        numbered = numbered[len(summons):]
    if case and numbered and (_cites_numbered_items(lines, case, numbered) or
                              _rows_of_follow_up_item(case, numbered)):
        case = []  # "Sak 2: Skrive utkast – Kari – 1. april" under "Oppfølging:"
    # "Sak 4" / "Eventuelt": a standing title right under a bare number is that item's
    bare = {c.line + 1 for c in case + numbered if not c.title}
    standing = [c for c in candidates if c.style == "standing" and c.line not in bare]
    approvals = [c for c in candidates if c.style == "approval" and c.line not in bare]
    chosen = case if len(case) >= 2 or (case and not numbered) or \
        _points_of_lone_case(lines, case, numbered) else numbered
    if (mixed := _mixed_series(lines, case, numbered)) is not None:
        chosen = mixed
    roman = [] if case else _roman_series(lines, candidates, numbered)
    if roman:
        chosen = roman
    if chosen is case and numbered:
        chosen = _numbered_going_on(lines, case, numbered)
    if chosen is numbered and (headed := _headed_lists(lines, numbered)):
        return headed, []
    if not chosen:
        if dotted := _dotted_sections(lines):
            return dotted, []
        rows = [c for c in candidates if c.style == "row"]
        if len(rows) >= 2:  # a table "Tema | Drøfting | Beslutning": its rows, unnumbered
            return rows, []
        labelled = [c for c in candidates if c.style == "labelled"]
        return (labelled, []) if len(labelled) >= 2 else ([], [])

    # Table of contents: runs of adjacent headings that recur later, or have page numbers.
    runs: list[list[Candidate]] = [[chosen[0]]]
    in_run = _CaseIndex(runs[-1])
    for prev, cur in itertools.pairwise(chosen):
        if in_run.has_same(cur) or _has_body_between(lines, prev.line, cur.line):
            runs.append([cur])
            in_run = _CaseIndex(runs[-1])
        else:
            runs[-1].append(cur)
            in_run.add(cur)
    toc: list[Candidate] = []
    body: list[Candidate] = []
    later = _CaseIndex(chosen)  # the headings of the runs after the current one
    for n, run in enumerate(runs):
        for cand in run:
            later.remove(cand)
        back = sum(later.has_same(c) for c in run)  # listed again later
        recurring = len(run) >= 2 and back >= max(2, len(run) // 2)
        # the sections start over at the list's first case number, and a copy cut
        # short after a few of them: the list is still the agenda ("1/24 … 8/24", then
        # "1/24, 2/24"; a plain "1)" again opens a list inside an item)
        restarted = len(run) >= 3 and n + 1 < len(runs) and "/" in run[0].number and \
            same_case(runs[n + 1][0], run[0]) and back >= 2
        paged = sum(c.toc for c in run) >= max(1, len(run) // 2)
        # (a lone paged heading with text under it that no later heading repeats is a
        # section whose heading carries its page: "PS 5/24   Godkjenning   2", no contents)
        if recurring or restarted or (paged and n + 1 < len(runs) and (len(run) >= 2 or back)):
            toc.extend(run)
        else:
            body.extend(run)
    if not body:  # nothing but a list (an agenda, or a truncated document)
        body, toc = toc, []
    if chosen is case and not toc and numbered:
        toc = _numbered_agenda(lines, body, numbered)
    body = _without_follow_up_list(lines, body)
    body, toc = _agenda_before_sections(lines, body, toc)
    body = _without_cited_cases(lines, body)
    body = _without_listed_letters(lines, body)

    if len(body) >= 3 and all(c.number == "1" for c in body) and \
            all(_has_body_between(lines, a.line, b.line) for a, b in itertools.pairwise(body)):
        pass  # every entry "1.": a web page's list that restarts at each item, as written
    elif chosen is numbered or chosen is roman or \
            all(_is_plain_number(c.number) for c in body):
        body = _in_sequence(lines, body)
    if approvals:
        body = _with_approvals(lines, body, standing, approvals, toc)
    body = _with_standing(lines, body, standing, toc)
    return _with_unnumbered_rows(body, candidates), summons + toc if summons else toc


def _cites_numbered_items(lines: list[Line], case: list[Candidate],
                          numbered: list[Candidate]) -> bool:
    """Whether the "Sak N" lines only cite items "1." … read before them: they all come
    after the last numbered item, under a follow-up list's heading ("Oppfølging:",
    "Oppfølgingspunkter"), and each names the running number of one of those items
    ("Sak 2: Skrive konkurransegrunnlag – Ingrid Vold – 1. april"). Being "Sak" lines
    they would win over the plain numbers and stand as the only items."""
    numbers = {c.number for c in numbered}
    return case[0].line > numbered[-1].line and \
        all(c.number in numbers for c in case) and \
        _under_follow_up_list(lines, numbered[-1].line, case[0].line)


def _rows_of_follow_up_item(case: list[Candidate], numbered: list[Candidate]) -> bool:
    """Whether every "Nr. 7 Felles mal – Marte – open" line lies inside a numbered item
    that is the follow-up list itself ("4. Oppfølgingsliste", "3) Oppfølgingsliste fra
    forrige møte"): the rows carry the tasks' own running numbers, kept from meeting to
    meeting, and open no item. Being case lines they would win over the plain numbers."""
    ends = [c.line for c in numbered[1:]] + [sys.maxsize]
    spans = [(c.line, end) for c, end in zip(numbered, ends, strict=True)
             if c.title[:1] in "OoAaRr" and c.title.casefold().startswith(_FOLLOW_UP_TITLES)]
    return bool(spans) and all(any(start < c.line < end for start, end in spans) for c in case)


def _mixed_series(lines: list[Line], case: list[Candidate],
                  numbered: list[Candidate]) -> list[Candidate] | None:
    """One series numbered in two ways: "1. Godkjenning", "Sak 2: Økonomi", "3.
    Sesongstart", "Sak #4 Eventuelt", as a secretary writes who copies some headings from
    an older template. Every heading has a title and text under it, and read in the
    document's order their plain numbers count on by one; so no agenda list (its numbers
    come back in the sections) and no list inside an item (it starts again at 1)."""
    if not case or not numbered or len(case) + len(numbered) < 3 or \
            not all(c.title and _is_plain_number(c.number) for c in case):
        return None
    merged = sorted(case + numbered, key=lambda c: c.line)
    for a, b in itertools.pairwise(merged):
        if a.seq is None or b.seq != a.seq + 1 or not b.title or \
                not _has_body_between(lines, a.line, b.line):
            return None
    return merged if merged[0].title else None


def _points_of_lone_case(lines: list[Line], case: list[Candidate],
                         numbered: list[Candidate]) -> bool:
    """A protocol of one case ("PS 15/26 Revidert budsjett") whose innstilling or vedtak
    is a numbered list: every "1." / "2." lies below the case heading and the list opens
    under a label ending in a colon ("Innstilling:", "Vedtak:", "Rådmannen rår til at:").
    The points are the case's text, not items; a "Saksliste:" over them is the agenda."""
    if len(case) != 1 or not numbered or numbered[0].line <= case[0].line:
        return False
    above = lines[numbered[0].line - 1]
    return above.index != case[0].line and above.text.rstrip().endswith(":") and \
        not is_agenda_heading(above)


def _summons_before_minutes(lines: list[Line], numbered: list[Candidate]) -> list[Candidate]:
    """The numbered entries of a summons that comes first in the same document as the
    minutes: "1. Godkjenning …" / "Forslag til vedtak: …" … then a heading "Referat" and
    "1. Godkjenning …" again with what was decided ([] for any other document). One item
    per number, with the minutes' text: the summons' entries are the agenda, as a table
    of contents would be (the attendance under "Referat" is read up to the first item)."""
    if len(numbered) < 4 or not _has_body_between(lines, numbered[0].line, numbered[1].line):
        return []
    first = numbered[0]
    title = first.title.casefold()
    for k in range(2, len(numbered)):
        cand = numbered[k]
        if cand.seq == first.seq and title and cand.title.casefold() == title and \
                _minutes_heading_between(lines, numbered[k - 1].line, cand.line):
            return numbered[:k]
    return []


def _minutes_heading_between(lines: list[Line], start: int, end: int) -> bool:
    """Whether a short heading that names minutes ("Referat", "Protokoll fra møtet")
    stands between two lines: the minutes' own part starts there."""
    return any(len(text := lines[i].body) <= 60 and text[-1:] != "." and
               _MINUTES_PART.match(text) is not None for i in range(start + 1, end))


# A heading over the minutes' part of a document: "Referat", "Møteprotokoll", "Møtebok".
_MINUTES_PART = lazy_regex(r"(?:møte)?(?:referat|protokoll)\b|møtebok", re.I)


def _with_unnumbered_rows(body: list[Candidate], candidates: list[Candidate]) -> list[
        Candidate]:
    """Add the rows of an item table whose number cell is empty ("| | Eventuelt | … |"):
    items without a number, in the table's order, when the chosen items are its rows."""
    if not body or body[-1].row is None:
        return body
    first = next((c.line for c in body if c.row is not None), body[-1].line)
    rows = [c for c in candidates if c.style == "row" and c.line > first]
    return sorted(body + rows, key=lambda c: c.line) if rows else body


def _roman_series(lines: list[Line], candidates: list[Candidate],
                  numbered: list[Candidate]) -> list[Candidate]:
    """Headings numbered "I.", "II.", "III." when the document numbers its items so: the
    series starts at I, has two entries at least, and comes before any "1." (a list in
    roman numerals inside an item numbered "2." is that item's text). Over "1." lists
    they are items only when each list starts at 1 again; "I. Vedtakssaker" over "1.",
    "2." and "II. Orienteringssaker" over "3." head groups of the numbered items."""
    roman = _rising_bare_numerals([c for c in candidates if c.style == "roman"])
    if len(roman) < 2 or roman[0].seq != 1 or roman[1].seq != 2 or \
            (numbered and numbered[0].line < roman[0].line):
        return []
    if numbered:
        heads = {c.line for c in roman}
        firsts = [c for prev, c in itertools.pairwise(sorted(roman + numbered,
                                                             key=lambda c: c.line))
                  if prev.line in heads and c.line not in heads]
        if any(c.seq != 1 for c in firsts) or \
                any(is_group_heading(lines[c.line]) for c in roman):
            return []
    return roman


def _rising_bare_numerals(roman: list[Candidate]) -> list[Candidate]:
    """The roman headings without the numerals written without a stop ("II Referat")
    that are no step of a series rising from I: "I Oslo ble det …" may start any
    sentence, so such a numeral counts only as the next of the series, and an "I" only
    right before a "II" (a sentence's "I" comes before another "I" or a later numeral)."""
    if all(c.series != _BARE for c in roman):
        return roman
    kept: list[Candidate] = []
    for n, cand in enumerate(roman):
        if cand.series != _BARE:
            kept.append(cand)
        elif cand.seq == 1:
            if n + 1 < len(roman) and roman[n + 1].seq == 2:
                kept.append(cand)  # (again after an agenda list: "I", "II", then "I" …)
        elif kept and kept[-1].seq is not None and cand.seq == kept[-1].seq + 1:
            kept.append(cand)
    return kept


def _dotted_sections(lines: list[Line]) -> list[Candidate]:
    """Items numbered as sections of one chapter, "4.1 Deltagere" … "4.10 Annet", or as
    chapters "1.0", "2.0", "3.0", in minutes with no other numbering: three at least,
    1, 2, 3 … in order. Sections of one chapter whose heading stands right over the
    first ("1 Økonomi" / "1.1 Rekneskap 2024") are that chapter's points: the chapters
    are the items (``two_bare_sections``), not the points."""
    found = [(i, line, match) for i, line in enumerate(lines)
             if line.text[:1].isdecimal() and not line.is_table and len(line.body) <= 100
             and (match := _DOTTED_SECTION.match(line.body))]
    if len(found) < 3:
        return []
    part = "minor" if len({match["major"] for _i, _line, match in found}) == 1 else "major"
    first = found[0][0]
    if part == "minor" and first and _over_own_point(lines, first - 1, lines[first - 1].body):
        return []
    found = [(line, match) for _i, line, match in found]
    if part == "major" and any(match["minor"] != "0" for _line, match in found):
        return []  # "1.0", "1.1", "2.0": chapters with sections, not items alone
    if [int(match[part]) for _line, match in found] != list(range(1, len(found) + 1)):
        return []
    return [Candidate(line.index, f"{match['major']}.{match['minor']}", int(match[part]),
                      clean_title(match["title"]), "numbered") for line, match in found]


_DOTTED_SECTION = lazy_regex(r"^(?P<major>\d{1,2})\.(?P<minor>\d{1,2})\.?\s+"
                             r"(?P<title>[A-ZÆØÅ].{1,80})$")


def _headed_lists(lines: list[Line], numbered: list[Candidate]) -> list[Candidate]:
    """The headings of lists that start at "1." under each of them ("Årsmøte:" / "1. …"
    "2. …" / "Lysløype:" / "1. …"): a web page's sections, each with its own list.

    Three such lists at least, every one right under a short line ending in a colon that
    is no label ("Saksliste:" over the agenda is one); else none.
    """
    starts = [c for c in numbered if c.seq == 1]
    if len(starts) < 3 or numbered[0].seq != 1:
        return []
    headed = []
    for cand in starts:
        above = lines[cand.line - 1] if cand.line > 0 else None
        if above is None or not above.body.endswith(":") or len(above.body) > 60 or \
                len(above.body.split()) > 8 or above.is_table or match_label(above.text):
            return []
        headed.append(Candidate(above.index, "", None, clean_title(above.body), "standing"))
    return headed


def _numbered_agenda(lines: list[Line], body: list[Candidate],
                     numbered: list[Candidate]) -> list[Candidate]:
    """The agenda written as a numbered list ("1. Godkjenning …" / "2. Orientering …")
    over sections headed "Sak 1", "Sak 2": a run of two or more list entries before the
    first section, one under the other and counting on by one, with the first section's
    number among them. It is the table of contents when "Saksliste:" heads it or the
    sections take up two of its numbers again, so that a copy cut off inside a section
    still lists the items after it."""
    first = body[0].line if body else -1
    run = [c for c in numbered if c.line < first]
    if len(run) < 2 or not any(c.number == body[0].number for c in run):
        return []
    for a, b in itertools.pairwise(run):
        if a.seq is None or b.seq != a.seq + 1 or _has_body_between(lines, a.line, b.line):
            return []
    headed = run[0].line > 0 and is_agenda_heading(lines[run[0].line - 1])
    if headed:
        return run
    sections = _CaseIndex(body)
    return run if sum(sections.has_same(c) for c in run) >= 2 else []


def _numbered_going_on(lines: list[Line], case: list[Candidate],
                       numbered: list[Candidate]) -> list[Candidate]:
    """Cases "Sak 1" … "Sak 4" and, after them, headings of the same level numbered on
    without the word ("## 5 Mistillitsforslag"): one series."""
    last = case[-1]
    if last.seq is None or not _is_plain_number(last.number) or \
            lines[last.line].kind is not HEADING:
        return case
    more = []
    for cand in numbered:
        if cand.line > last.line and cand.seq == last.seq + 1 and \
                lines[cand.line].kind is HEADING and \
                lines[cand.line].level == lines[last.line].level:
            more.append(cand)
            last = cand
    return case + more if more else case


def _without_cited_cases(lines: list[Line], body: list[Candidate]) -> list[Candidate]:
    """Leave out earlier cases an item's text goes through: under "Det ble gitt
    tilleggsinformasjon i følgende saker:" the headings "Sak 2/17 …", "Sak 8/17 …" inside
    item 11/17 go back in number after a line ending in a colon. The list goes on in the
    cited series past the item's own number: under "AU-sak 4/19" the agenda of another body
    ("FN-sak 3/19 …", "FN-sak 4/19 …", "FN-sak 5/19 …") is cited whole."""
    kept: list[Candidate] = []
    citing = False
    cited = ""  # the cited list's series ("fn")
    for cand in body:
        last = kept[-1] if kept else None
        back = last is not None and cand.seq is not None and last.seq is not None and \
            cand.seq < last.seq and "/" in cand.number and \
            cand.number.rsplit("/", 1)[1] == last.number.rsplit("/", 1)[-1] and \
            (cand.series == last.series or cand.series not in _SIDE_SERIES)
        # ("Referatsaker:" over "RS 1/24" after "Sak 2/24": a series of its own, counted anew)
        if back and (citing or _after_colon(lines, last.line, cand.line)):
            citing, cited = True, cand.series or ""
            continue
        if citing and cited and cand.series == cited and last is not None and \
                cand.series != last.series:
            continue  # (the cited list's next case, "FN-sak 4/19" under "AU-sak 4/19")
        citing = False
        kept.append(cand)
    return kept


def _without_follow_up_list(lines: list[Line], body: list[Candidate]) -> list[Candidate]:
    """Leave out the cases a follow-up list cites: under "Oppfølgingsliste" or
    "Aksjonsliste" after the items, "- Sak 2/25: Sekretariatet lager …" names the case a
    task comes from (also a case of an earlier meeting); it opens no item, and items are
    each listed once (nor are the sections before it an agenda the list repeats). The
    next case of the same year goes on as an item: "Oppfølgingsliste" may be a standing
    item between two cases. A case cited by its running number alone ("Sak 12: Signere
    kontrakt – KH" under "Aksjoner" after "Sak 15/26") goes back to an item before it."""
    kept: list[Candidate] = []
    for cand in body:
        if kept and (("/" in cand.number and not _goes_on(kept[-1], cand)) or
                     _goes_back(kept[-1], cand)) and \
                _under_follow_up_list(lines, kept[-1].line, cand.line):
            continue
        kept.append(cand)
    return kept


def _goes_on(last: Candidate, cand: Candidate) -> bool:
    """Whether a case number comes after the last item's in the same year ("3/25" after
    "2/25")."""
    return cand.seq is not None and last.seq is not None and cand.seq > last.seq and \
        cand.number.rsplit("/", 1)[1] == last.number.rsplit("/", 1)[-1]


def _goes_back(last: Candidate, cand: Candidate) -> bool:
    """Whether a case's running number is not past the last item's ("12" after "15/26"):
    it cites an item already read."""
    return cand.seq is not None and last.seq is not None and cand.seq <= last.seq


def _under_follow_up_list(lines: list[Line], start: int, line: int) -> bool:
    """Whether a follow-up list's heading stands between the lines ``start`` and ``line``."""
    return any(lines[index].body[:1] in "OoAaTtRrHhSsNn–—-" and
               FOLLOW_UP_LIST_HEADING.match(lines[index].body.strip())
               for index in range(start + 1, line))


def _without_listed_letters(lines: list[Line], body: list[Candidate]) -> list[Candidate]:
    """Leave out the letters an item of letters lists: under "PS 13/24 Referatsaker" (or
    "Sak 13/24 Referatsaker") the lines "RS 1/24 Brev fra …", "RS 2/24 …" are that item's
    text (its vedtak follows them), a series of their own inside an item of the main one.
    A bare "Sak 13/24" has its title on the next line."""
    kept: list[Candidate] = []
    for cand in body:
        last = kept[-1] if kept else None
        if last is not None and cand.series and cand.series != last.series and \
                (last.series or cand.series in _SIDE_SERIES) and \
                not _after_side_letters_item(last, cand) and \
                _LETTERS_ITEM.search(last.title or _line_below(lines, last.line, cand.line)):
            continue
        kept.append(cand)
    return kept


def _after_side_letters_item(last: Candidate, cand: Candidate) -> bool:
    """Whether ``cand`` is the case after a letters item that is itself a case of a side
    series ("RS 4/25 Referatsaker"), not a letter it lists: a case of the main series
    ("PS 25/25 Eventuelt"), or one of another side series that heads letters of its own
    ("DS 1/26 Delegerte vedtak"). A case system lists its letters under a main case
    ("PS 13/24 Referatsaker" over "RS 1/24 …"), never under an RS case."""
    if last.series not in _SIDE_SERIES:
        return False
    return cand.series not in _SIDE_SERIES or _LETTERS_ITEM.search(cand.title or "") is not None


def _line_below(lines: list[Line], line: int, stop: int) -> str:
    """The text of the line under a bare heading ``line`` when it comes before ``stop``:
    the title a heading "Sak 13/24" has on the line below it."""
    return lines[line + 1].body if line + 1 < stop else ""


# Who brings a case, written in its heading instead of a title: "Saksordfører: Geir Holm",
# "Sakshandsamar: Kari Li" (the title follows on the next line).
_CASE_PRESENTER = lazy_regex(r"(?:saksordfører|saksordførar|saksbehandler|saksbehandlar|"
                             r"sakshandsamar|saksansvarlig|saksansvarleg)\s*:", re.I)


# An item that lists letters and reports: "Referatsaker", "Meldingssaker", "Delegerte vedtak"
# (nynorsk "Meldingar").
_LETTERS_ITEM = lazy_regex(r"\b(?:referat|meldings|orienterings)saker\b|\bdelegerte\s+"
                           r"(?:vedtak|saker)\b|\bmelding(?:er|ar)\b|\breferater\b", re.I)


def _after_colon(lines: list[Line], start: int, line: int) -> bool:
    """Whether the last text line between ``start`` and ``line`` ends in a colon."""
    for index in range(line - 1, start, -1):
        text = lines[index].body.strip()
        if text:
            return text.endswith(":")
    return False


def _agenda_before_sections(lines: list[Line], body: list[Candidate],
                            toc: list[Candidate]) -> tuple[list[Candidate], list[Candidate]]:
    """An agenda whose entries are apart (a presenter under each) and the sections after
    it: when every heading before the first repeated number comes back later, those
    first headings are the agenda, even though no run of them stood together. Only for
    case numbers ("1/22"): a plain "1." again is a list inside an item. Headings that
    each have a vedtak under them are the sections themselves, whose numbering started
    over by mistake ("PS 7/26" … "PS 10/26", then "PS 7/26 Eventuelt", as a Writer list
    does after a bullet list between), not an agenda, whole or cut short."""
    if not body or any(_is_plain_number(c.number or "") for c in body):
        return body, toc
    before = _CaseIndex()
    for index, cand in enumerate(body):
        if not before.has_same(cand) or _opens_side_series(cand, body[:index]):
            before.add(cand)
            continue
        first = body[:index]
        rest = _CaseIndex(body[index:])
        if (all(rest.has_same(c) for c in first) or
                (index >= 3 and "/" in cand.number and same_case(cand, first[0]))) and \
                not _each_decided(lines, body[:index + 1]):
            # (or the sections start over at the agenda's first case, and a copy cut
            # short after a few of them)
            return body[index:], sorted(toc + first, key=lambda c: c.line)
        break
    return body, toc


def _each_decided(lines: list[Line], run: list[Candidate]) -> bool:
    """Whether a line opening with "Vedtak" stands under each heading of ``run`` but the
    last, before the next: sections with their decisions, no agenda ("Forslag til
    vedtak:" under an agenda's entry is a proposal, and does not open so)."""
    return all(any(line.lowered.startswith("vedtak") for line in lines[a.line + 1:b.line])
               for a, b in itertools.pairwise(run))


def _opens_side_series(cand: Candidate, earlier: list[Candidate]) -> bool:
    """Whether a heading of a series that counts on its own ("RS 01/24" under
    "Referatsaker", after "Sak 01/24" and "Sak 02/24") is the first of its number in that
    series: a new case, not the section of an agenda entry "Sak 01/24" above."""
    return cand.series in _SIDE_SERIES and \
        not any(c.series == cand.series and same_case(c, cand) for c in earlier)


# Letters, referatsaker, delegated decisions and briefings: each series counts from 1
# ("M 1/25" and "MS 1/25": the meldinger under "Sak 3/25 Meldinger").
_SIDE_SERIES = frozenset(("rs", "ds", "os", "m", "ms"))
_PLAIN_NUMBER = lazy_regex(r"\d+[a-z]?")


def _is_plain_number(number: str) -> bool:
    """A number without a year or case part: "4", "12b": ``_PLAIN_NUMBER`` in full, read
    by string tests (``isdecimal`` is the pattern's digit class), as every case number
    ("01/24") is asked once a document."""
    return number.isdecimal() or (number[:-1].isdecimal() and "a" <= number[-1:] <= "z")


def _in_sequence(lines: list[Line], candidates: list[Candidate]) -> list[Candidate]:
    """Keep headings whose plain numbers continue 1, 2, 3 … (gaps of a few allowed).

    A number that goes back ("1." after item 4) opens a list inside the item; the
    entries that follow it directly (2., 3. …) belong to that list too, even when one
    of them happens to carry the next item's number.
    """
    kept: list[Candidate] = []
    inner: Candidate | None = None  # last entry of a list inside an item
    listed: list[Candidate] = []  # … and all of that list's entries
    for n, cand in enumerate(candidates):
        if cand.seq is None:
            continue
        if inner is not None and inner.seq is not None and cand.seq == inner.seq + 1 and \
                (not _has_body_between(lines, inner.line, cand.line) or
                 _only_wrapped_between(lines, inner.line, cand.line)) and \
                not _closing_item_after_list(lines, kept, listed, cand):
            inner = cand
            listed.append(cand)
            continue
        in_list, inner, listed = inner is not None, None, []
        if not kept:
            if cand.seq <= 3 or cand.style == "case" or _series_from(candidates[n:]):
                kept.append(cand)  # also "22.", "23.", "24.": numbered on from last meeting
            continue
        last = kept[-1].seq or 0
        if last < cand.seq <= last + (CASE_GAP if _both_cases(kept[-1], cand) else 3):
            kept.append(cand)  # "Sak 23", "Sak 27": cases may wait for a later meeting
        elif cand.seq == last and _lettered_part(kept[-1].number, cand.number):
            kept.append(cand)  # "Sak 5", "Sak 5a", "Sak 5b": lettered parts of case 5
        elif cand.series and cand.series != kept[-1].series and cand.seq <= 3:
            kept.append(cand)  # "V-SAK 1", "O-SAK 1", "O-SAK 2": each kind counts anew
        elif cand.seq == 1 and cand.style == "case" and \
                _section_between(lines, kept[-1].line, cand.line):
            kept.append(cand)  # "## Saker fra forrige møte" … "## Nye saker", "Sak 1" again
        elif cand.seq == 1 and _restarts_under_group(lines, kept[-1], cand, candidates[n + 1:]):
            kept.append(cand)  # "Orienteringssaker" / "1. Status", "2. …": counted anew
        elif (is_continued(cand.raw_title or cand.title) and
              any(c.number == cand.number for c in kept)) or \
                (cand.number == kept[-1].number and cand.title and
                 cand.title.casefold() == kept[-1].title.casefold()):
            kept.append(cand)  # "2. Budsjett (forts.)" after item 3, or "2. Budsjett" again
            # at the top of the next page: item 2 goes on
        elif cand.seq == last and _number_typed_twice(lines, kept[-1], cand,
                                                      candidates[n + 1:n + 2]):
            kept.append(cand)  # "Sak 2", "Sak 2", "Sak 4": the third item numbered 2
        elif not in_list and _fills_gap(lines, kept, cand):
            kept.append(cand)  # "Sak 4" after "Sak 5": an item taken out of its order
        elif cand.seq <= last:
            inner = cand
            listed = [cand]
    return kept


def _closing_item_after_list(lines: list[Line], kept: list[Candidate],
                             listed: list[Candidate], cand: Candidate) -> bool:
    """Whether "3. Eventuelt" right after a list inside item 2 ("1. Kari sender …" / "2.
    Per innkaller …") is item 3, though its number also goes on from the list's: it
    takes the number after the last item's, it is the meeting's closing point, written
    as that item's heading is, and the list's entries are no agenda of fixed points
    themselves (a next meeting's "1. Godkjenning" / "2. Budsjett" / "3. Eventuelt")."""
    if not kept or kept[-1].seq is None or cand.seq != kept[-1].seq + 1 or \
            not _CLOSING_POINT.fullmatch(cand.title.rstrip(" .:").casefold()):
        return False
    line, above = lines[cand.line], lines[kept[-1].line]
    return line.kind is above.kind and line.level == above.level and \
        line.bold == above.bold and not any(_fixed_point(c.title) for c in listed)


# The point that closes a meeting's agenda, after every case: "Eventuelt", "Ymse".
_CLOSING_POINT = lazy_regex(r"eventuelt|evt|ymse|diverse|eventuelt\s*(?:/|og)\s*neste\s+møte")


def _only_wrapped_between(lines: list[Line], entry: int, cand: int) -> bool:
    """Whether the lines between two entries of a list inside an item are only the first
    entry's sentence wrapped ("1. Romprogrammet godkjennes …, herunder to ekstra" /
    "grupperom i 2. etasje." / "2. Prosjektleder oppdaterer …"): lower-case lines right
    under it, no text of the item's own, so the list goes on and its "2." is no item."""
    return all(lines[k].kind is PARAGRAPH and not lines[k].gap and lines[k].body[:1].islower()
               for k in range(entry + 1, cand))


def _number_typed_twice(lines: list[Line], last: Candidate, cand: Candidate,
                        after: list[Candidate]) -> bool:
    """Whether ``cand`` repeats the last item's number by a slip ("Sak 1", "Sak 2 Budsjett",
    "Sak 2 Skoleball", "Sak 4"): written as that heading is, with another title, text
    between them, and the next heading numbered as if it had the number after (4, not
    3). An item going on ("2. Budsjett (forts.)") has the same title and is read apart."""
    if not after or after[0].seq is None or cand.seq is None or \
            after[0].seq != cand.seq + 2 or not cand.title or not last.title or \
            cand.style != last.style or cand.title.casefold() == last.title.casefold():
        return False
    line, above = lines[cand.line], lines[last.line]
    return line.kind is above.kind and line.level == above.level and \
        _has_body_between(lines, last.line, cand.line) and \
        _has_body_between(lines, cand.line, after[0].line)


def _lettered_part(last: str, number: str) -> bool:
    """Whether ``number`` is a lettered part that follows ``last`` under the same
    digits ("5" or "5a", then "5b"): minutes that split one case into parts number
    them "5a", "5b", as "Sak 5 a" and "Sak 14a/23" are parts, each its own item."""
    letter = number[-1:]
    if not letter.isalpha() or number[:-1].rstrip() != last.rstrip(_SERIES_LETTERS).rstrip():
        return False
    return last[-1:].isdecimal() or last[-1:] < letter


def _fills_gap(lines: list[Line], kept: list[Candidate], cand: Candidate) -> bool:
    """Whether a heading that goes back takes a number the items passed over, written as
    the last item's heading is ("Sak 3", "Sak 5", then "Sak 4": the meeting took item 4
    after item 5), with that item's text between them. A list inside an item starts at
    1 and goes on 2, 3 … right after, so its entries never fill a gap (the caller asks
    only when the heading before was no entry of such a list)."""
    seq = cand.seq
    if seq is None or not cand.title or cand.style != kept[-1].style or \
            any(c.seq == seq for c in kept) or not any(c.seq and c.seq < seq for c in kept):
        return False
    line, above = lines[cand.line], lines[kept[-1].line]
    return line.kind is above.kind and line.level == above.level and \
        line.gap == above.gap and _has_body_between(lines, kept[-1].line, cand.line)


#: How far a case number ("Sak 27" after "Sak 23") may jump ahead and still be the next
#: item: a running case register skips the cases that wait for a later meeting.
CASE_GAP = 10


def _both_cases(last: Candidate, cand: Candidate) -> bool:
    """Whether two headings are both written as cases ("Sak 23 …", "Sak 27 …")."""
    return last.style == "case" and cand.style == "case"


def _restarts_under_group(lines: list[Line], last: Candidate, cand: Candidate,
                          after: list[Candidate]) -> bool:
    """Whether item 1 again opens a group of the agenda or a day of a meeting over two:
    "Vedtakssaker" / "1. …", "2. …", then "Orienteringssaker" / "1. …" (or "Dag 2" /
    "1. …"). The group's heading stands apart right over it, after the last item's text,
    and the entry has text of its own under it: a list inside an item ("Til
    orientering:" / "1. Brev fra …" / "2. …") lists lines with none between them."""
    above = cand.line - 1
    if above <= last.line + 1 or cand.style != last.style:
        return False
    heading = lines[above]
    if not (heading.gap or heading.bold or heading.kind is HEADING or heading.text.isupper()) or \
            not (is_group_heading(heading) or is_day_heading(heading.body)):
        return False
    below = after[0].line if after else len(lines)
    return _has_body_between(lines, cand.line, below)


def _section_between(lines: list[Line], start: int, end: int) -> bool:
    """Whether a heading that is no item stands between two item headings: a new part
    of the minutes, whose cases may count from 1 again."""
    return any(lines[index].kind is HEADING for index in range(start + 1, end))


def _series_from(candidates: list[Candidate]) -> bool:
    """Whether the first three candidates number on (22, 23, 24; or 100, 101, 103 with
    a number skipped, as the sequence does further on); the lettered parts of one number
    ("5 a", "5 b") count once."""
    seqs = [c.seq for c in candidates[:3]]
    if seqs[1:] and seqs[1] == seqs[-1]:  # (cheap test first: parts are rare)
        seqs = [c.seq for n, c in enumerate(candidates[:6])
                if not n or not _lettered_part(candidates[n - 1].number, c.number)][:3]
    return len(seqs) == 3 and None not in seqs and seqs[1] == seqs[0] + 1 and \
        seqs[1] < seqs[2] <= seqs[1] + 3  # type: ignore[operator]


def _with_standing(lines: list[Line], items: list[Candidate], standing: list[Candidate],
                   toc: list[Candidate]) -> list[Candidate]:
    """Add unnumbered standing sections: one that follows the last item ("Eventuelt"),
    and those before the first item that have text of their own ("Faste punkter" with
    the approval of the last minutes), after any table of contents."""
    if not items or not standing:
        return items
    first, last = items[0].line, items[-1].line
    known = {i.title.casefold() for i in items}
    after_toc = max((c.line for c in toc), default=-1)
    before = [s for s in standing if after_toc < s.line < first
              and s.title.casefold() not in known
              and _has_body_between(lines, s.line, _next_heading(s.line, standing, first))]
    extra = [s for s in standing if s.line > last and s.title.casefold() not in known]
    # after the cases, one standing section; more when each is set out in capitals or
    # with a colon, as a protocol's "DRØFTINGSSAK:", "REFERATSAKER:", "MELDINGSSAKER:"
    marked = [s for s in extra[1:] if lines[s.line].body.isupper() or
              lines[s.line].body.endswith(":")] if extra and (
        lines[extra[0].line].body.isupper() or lines[extra[0].line].body.endswith(":")) else \
        _set_apart(lines, extra)
    between = _standing_between(lines, items, standing, known)
    if between:
        items = sorted(items + between, key=lambda c: c.line)
    return before + items + extra[:1] + marked


def _with_approvals(lines: list[Line], items: list[Candidate], standing: list[Candidate],
                    approvals: list[Candidate], toc: list[Candidate]) -> list[Candidate]:
    """Add the unnumbered approvals before the first numbered item that have text of their
    own ("Godkjenning av innkalling og saksliste" / "Godkjent." over "Sak 3/24 …"): the
    body's formalities, left out of its case register. Not under a standing heading that
    holds them ("Faste punkter" over them is the item), nor inside the agenda above."""
    if not items:
        return items
    first = items[0].line
    after_toc = max((c.line for c in toc), default=-1)
    if any(after_toc < s.line < first for s in standing):
        return items
    inside = [c for c in approvals if after_toc < c.line < first]
    if not inside:  # (the approvals come after the first item: its agenda's repeats)
        return items
    ends = [c.line for c in inside[1:]] + [first]
    return [c for c, end in zip(inside, ends, strict=True)
            if _has_body_between(lines, c.line, end)] + items


def _set_apart(lines: list[Line], extra: list[Candidate]) -> list[Candidate]:
    """The standing sections after the first one past the cases that each stand apart
    as headings of their own: after a blank line, the title alone on its line, with text
    under it ("Referatsaker" with its list, then "Eventuelt" with its own text). A plain
    line inside the first section's text has no blank line before it or no text under."""
    if len(extra) < 2 or not lines[extra[0].line].gap:
        return []
    found: list[Candidate] = []
    for n, cand in enumerate(extra[1:], 1):
        line = lines[cand.line]
        end = extra[n + 1].line if n + 1 < len(extra) else len(lines)
        if not (line.gap and _titled_alone(line, cand) and
                _has_body_between(lines, cand.line, end)):
            break
        found.append(cand)
    return found


def _titled_alone(line: Line, cand: Candidate) -> bool:
    """Whether a standing section's heading line holds its title alone, or after the
    words of an added item ("Ekstra sak: Ny nettside", whose raw title is kept): a heading
    then, not a label inside an item's text."""
    return line.body == cand.title or (
        bool(cand.raw_title) and line.body.endswith(cand.raw_title))


def _standing_between(lines: list[Line], items: list[Candidate], standing: list[Candidate],
                      known: set[str]) -> list[Candidate]:
    """Standing sections between two items that have text of their own: "Orienteringssaker"
    with the briefings under it, after item 2 and its text, before item 3. The heading
    stands apart (a blank line or markup before it, the title alone on its line), so a
    label inside an item's text ("Referatsaker:" over its list) stays that item's text."""
    found: list[Candidate] = []
    starts = sorted(c.line for c in items)
    for cand in standing:
        if not starts[0] < cand.line < starts[-1] or cand.title.casefold() in known:
            continue
        line = lines[cand.line]
        above = max(start for start in starts if start < cand.line)
        below = min(start for start in starts if start > cand.line)
        marked = line.kind is HEADING or line.bold or line.gap
        if marked and not line.body.endswith(":") and _titled_alone(line, cand) and \
                cand.line - above > 1 and not lines[above + 1:cand.line][-1].body.endswith(":") \
                and _has_body_between(lines, cand.line, below):
            found.append(cand)
    return found


def _next_heading(line: int, standing: list[Candidate], first: int) -> int:
    """The line of the next standing heading after ``line``, or the first item's when
    that comes sooner ("Orienteringssaker" right over "Sak 1/24" has no text of its own)."""
    return min((s.line for s in standing if line < s.line < first), default=first)


# An outcome run onto a heading after its title: "… og dagsorden Godkjent uten merknader."
_VERDICT_AFTER = lazy_regex(r"(?<=[a-zæøå\d])\s+(?=(?:Godkjent|Godkjend|Vedtatt|Vedteke|"
                            r"Tatt til orientering|Teke til orientering|Enstemmig|Samrøystes)"
                            r"\b)")
# The words _VERDICT_AFTER needs, as written (the pattern minds case).
_has_verdict_word = contains_any(("Godkjen", "Vedt", "Tatt til orientering",
                                  "Teke til orientering", "Enstemmig", "Samrøystes"))


# (the outcome fragment after a dash: OUTCOME_FRAGMENT, shared with the sub-points' reading)
_DASH_OUTCOME = re.compile(r"\s[–—-]\s*" + OUTCOME_FRAGMENT + r"\.?$")
_OUTCOME_ENDS = frozenset("tdegr.jkK")  # the last letters of _DASH_OUTCOME's words
# A fund's or a board's answer to an application after a dash in its heading, with the sum
# granted: "Søknad frå X AS om tilskot – innvilga kr 150 000", "Søknad om lån – avslag".
# (the words and the sum as ``outcomes._GRANT_ANSWER`` reads them; here the sum needs its
# "kr" before it or "med" and "kroner" around it, a bare number may be the case's)
_DASH_GRANT = lazy_regex(r"\s[–—-]\s*(?P<outcome>" + GRANT_WORDS +
                         r"(?:\s+(?:med\s+)?kr\.?\s*" + KRONER_SUM + r"|"
                         r"\s+med\s+" + KRONER_SUM + r"\s*(?:kr|kroner))?)\.?$")
# The same outcome after a colon or in brackets, or capitalised: "Referat frå førre møte:
# godkjent", "Budsjett 2026 (vedtatt)", "Referat – Godkjent."
_TAIL_OUTCOME = re.compile(r"(?:\s[–—-]\s*|:\s*|\s\()" + OUTCOME_FRAGMENT + r"\)?\.?$", re.I)
_TAIL_ENDS = frozenset("tdegr.)TDEGRjJkK")
# A heading line that is a whole short sentence of the outcome, with no dash or colon:
# "Forrige referat godkjent.", "Budsjett 2025 vedtatt." (the note form of "… ble godkjent.").
_ELLIPTIC_OUTCOME = lazy_regex(r"(?P<subject>[A-ZÆØÅ][\w /-]{2,60}?)\s" + OUTCOME_FRAGMENT +
                               r"\.")


# A heading's words that say only that the item was withdrawn: "Sak 3/24 utgår", "Sak 3/24
# – trukket", "Sak 3/24 (Utgår)", "Sak 3/24 Saken er trukket": the item, with no title.
_WITHDRAWN = lazy_regex(r"\(?(?:sak(?:en|a)\s+(?:er\s+|vart\s+|blei?\s+)?)?(?:utgår|utgikk|utgått|"
                        r"utgjekk|trukket|trekt|strøket|strøke)(?:\s+(?:fra|frå)\s+"
                        r"saks?lista|\s+(?:fra|frå)\s+sakslisten)?\)?\.?", re.I)
_WITHDRAWN_STARTS = frozenset("uUtTsS(")


@functools.lru_cache(maxsize=1024)
def split_heading(title: str) -> tuple[str | None, str | None]:
    """Split a heading line that runs on into text: (title, rest).

    "BEST-konferansen 2022 – orientering ved sekretariatet. Faggruppen kom med …" and
    "Prosjekt X – oppnevning … – Sekretariatet presenterte …" carry the item's first
    sentences on the heading line; a short tail such as "Velkommen. Innledning" does not.

    Remembered per distinct heading, as ``clean_title`` is: the answer depends on the
    text alone (a tuple of strings), and a body's standing items ("Godkjenning av
    innkalling og saksliste", "Eventuelt") head every meeting's minutes.
    """
    if not title:
        return None, None
    if title[:1] in _WITHDRAWN_STARTS and len(title) <= 40 and _WITHDRAWN.fullmatch(title):
        return None, title  # "Sak 3/24 utgår": what became of the item, no title
    if ": " in title and _may_hold_case_label(title) and \
            (label := _INLINE_CASE_LABEL.search(title)) and label.start() > 0:
        # "Budsjett 2026 Forslag til vedtak: Budsjettet godkjennes.": the title stops
        # before the case's label, which opens the item's text (and before its full stop:
        # "Referat frå årsmøtet. Vedtak: …")
        return title[:label.start()].strip().rstrip(".;,").strip(), \
            title[label.start():].strip()
    verdict = _VERDICT_AFTER.search(title) if " " in title and _has_verdict_word(title) else None
    if verdict and len(title[:verdict.start()].split()) >= 2:
        # "Godkjenning av innkalling og dagsorden Godkjent uten merknader." (a page run
        # together): the outcome starts with its capital after the title
        return title[:verdict.start()].strip(), title[verdict.start():].strip()
    if (title[-1:] in _OUTCOME_ENDS or " m/" in title) and \
            (outcome := _DASH_OUTCOME.search(title)) and \
            len(title[:outcome.start()].split()) >= 1:
        # "Referat fra forrige møte – godkjent": the outcome in a fragment after a dash
        return title[:outcome.start()].strip(), outcome["outcome"]
    if ("nnvilg" in title or "vsl" in title) and (grant := _DASH_GRANT.search(title)) and \
            len(title[:grant.start()].split()) >= 2:
        # "Søknad frå X AS om tilskot – innvilga kr 150 000": the answer, no part of the title
        return title[:grant.start()].strip(), grant["outcome"]
    if title[-1:] in _TAIL_ENDS and (outcome := _TAIL_OUTCOME.search(title)) and \
            title[:outcome.start()].strip():
        # "Budsjett 2026 (vedtatt)", "Referat frå førre møte: godkjend" (with its full
        # stop as written: "Referat – Godkjent.")
        return title[:outcome.start()].strip(), \
            outcome["outcome"] + ("." if title.endswith(".") else "")
    if title.endswith(("t.", "d.", "e.", "g.", "r.")) and _elliptic_outcome(title):
        return None, title  # "1) Forrige referat godkjent.": the outcome, no title
    if "ngen" in title or "kk" in title or "nga" in title:
        nothing = _DASH_NOTHING.search(title)
        if nothing and nothing.start() > 0:
            # "Eventuelt – ingen saker", "Referat – ingen merknader": nothing to report
            return title[:nothing.start()].strip(), nothing["rest"]
    if (" – " in title or " - " in title or " — " in title) and \
            (told := _DASH_LOWER_REPORT.search(title)) and len(told["rest"].split()) >= 3:
        # "Veilys – leder orienterte, styret bestiller ny armatur": what was said, run on
        # after a dash in lower case (not "Høring – regional plan for klima")
        return title[:told.start()].strip(), told["rest"].strip()
    run_on = _split_at_subject(title) if title[-1:] == "." else None
    if run_on:
        return run_on
    if title[-1:] == "." and _may_be_standing(title) and (standing := _standing_run_on(title)):
        return standing
    stopped = _split_at_stop(title) if "." in title else None
    # A dash followed by a capitalised sentence that ends (or goes on) as running text.
    dashed = "-" in title or "–" in title or "—" in title  # most titles have none
    # (each rest is a tail of the one before: once one is no sentence, no later one is,
    # so a line of many dashes is read in linear time; the kind is looked for in the
    # head's last characters, not in a copy of the whole head per dash)
    sentence_possible = True
    for match in _DASH_BEFORE_CAPITAL.finditer(title) if dashed else ():
        start = match.start()
        if title[max(0, start - _CASE_KIND_CHARS):start].casefold().endswith(_CASE_KINDS):
            continue  # "Vedtakssak – Magsil AS. Fullmakt til …": the kind, then the title
        if stopped and len(stopped[0]) < start:
            return stopped  # "Konstitusjon av styret. Leder … består av: Leder - Per Dahl"
        if not sentence_possible:
            continue
        rest = title[match.end():]
        if len(rest.split(None, 2)) >= 3 and _SENTENCE_MARK.search(rest) and \
                _looks_like_sentence(rest):
            return title[:start].strip(), rest.strip()
        sentence_possible = False
    # A colon after a few words, then a capitalised sentence: "Logo til rådet: Johannes
    # Heggdal har arbeidet mer med logoen."
    colon = _COLON_BEFORE_CAPITAL.search(title) if ": " in title else None
    if colon and len(title[:colon.start()].split()) <= 8 and \
            not _theme_question(title[colon.end():]) and (
            (len(title[colon.end():].split()) >= 5 and _looks_like_sentence(title[colon.end():])
             and not _topic_of_nouns(title[colon.end():]))
            or (stopped is None and _short_sentence(title[colon.end():]))):
        return _stop_before_colon(title, colon.start()) or \
            (title[:colon.start()].strip(), title[colon.end():].strip())
    return stopped or (title, None)


# A case's label run on after its title on the heading line, as a summons lists each item
# with its proposal ("2. Budsjett 2026 Forslag til vedtak: …", "… Kommunedirektørens
# innstilling: …", "… Daglig leders forslag til vedtak: …", "… Vedtak: …"): capitalised,
# so "Oppfølging av vedtak: status" keeps it. (Whose it is in one or two words, or in
# nynorsk's "Dagleg leiar sitt framlegg til vedtak:".)
_INLINE_CASE_LABEL = lazy_regex(
    r"\s(?=[A-ZÆØÅ])(?:(?:[\wæøå-]+\s+)?[\wæøå-]+s\s+|"
    r"[\wæøå-]+(?:\s+[\wæøå-]+)?\s+(?:si|sitt|sin)\s+)?"
    r"(?:(?:[Ff]orslag|[Ff]ramlegg)\s+til\s+vedtak|"
    r"(?:[Ii]nnstilling|[Tt]ilråding)(?:\s+til\s+vedtak)?|Vedtak|Konklusjon)\s*:\s+(?=\S)")
_may_hold_case_label = contains_any(("til vedtak", "Vedtak", "nnstilling", "ilråding",
                                     "Konklusjon"))


# A full stop after a lower-case word, then a capital: a sentence's end, no abbreviation's
# ("St. Olav", "Vestland FK. Oppfølging" end in capitals).
_STOP_AFTER_WORD = lazy_regex(r"(?<=[a-zæøå]{3})\.\s+(?=[A-ZÆØÅ])")


def _stop_before_colon(title: str, colon: int) -> tuple[str, str] | None:
    """(title, rest) at a full stop that ends a title of two words or more before the
    colon that would split the line: "Fordeling av arbeidet. Gruppe 1: Torunn Eide.
    Gruppe 2: …" is titled "Fordeling av arbeidet", the colon belongs to the text."""
    stop = _STOP_AFTER_WORD.search(title, 0, colon)
    if stop is None or len(title[:stop.start()].split()) < 2:
        return None
    return title[:stop.start()].strip(), title[stop.end():].strip()


# A lower-case report after a dash: a subject, then a verb that tells what happened.
_DASH_LOWER_REPORT = lazy_regex(r"\s[–—-]\s+(?P<rest>[a-zæøå][\wæøå]*(?:\s[\wæøå]+)?\s+"
                                r"(?:ble|blei|vart|vedtok|vedtek|orienterte|informerte|"
                                r"drøftet|drøfta|gikk gjennom|gjekk gjennom|la fram|"
                                r"presenterte|tok)\b.*)$")


def _standing_run_on(title: str) -> tuple[str, str] | None:
    """(title, rest) of a standing section's heading that runs on into its text with no
    stop between, as a page run into one line gives it: "Eventuelt Ingen saker.",
    "Orienteringssaker Rådmannen orienterte om budsjettet.", or after a full stop, as
    prose that leads each paragraph with its topic writes it ("Eventuelt. Per minte om
    dugnaden.")."""
    standing = _STANDING.match(title)
    if standing is None:
        return None
    end = standing.end()
    if title[end:end + 2] == ". ":  # "4. Eventuelt. Solveig minte om dugnaden 10. mai."
        rest = title[end + 2:].strip()
    elif title[end:end + 1] == " ":
        rest = title[end:].strip()
    else:
        return None
    if not rest[:1].isupper() or not (
            _short_sentence(rest) or (len(rest.split()) >= 5 and _looks_like_sentence(rest))):
        return None
    return title[:standing.end()], rest


def _short_sentence(text: str) -> bool:
    """A short sentence after a heading's colon that is no part of its title: an outcome
    ("Godkjenning av innkalling: Godkjent."), nothing to report ("Eventuelt: Ingen
    saker.") or a subject and its finite verb ("Økonomi: Kasserer la fram regnskapet.").
    It ends in a full stop; a title after a colon ("Høring: Regional plan") has none."""
    if not text.endswith((".", "!")) or len(text.split()) > _TITLE_WORDS:
        return False
    return text.startswith(_NOTHING_TO_REPORT) or is_decision(text) or \
        bool(FINITE_VERB.search(text) or _SUBJECT_VERB.match(text))


# "… – ingen saker.", "… - ikke noe å melde": nothing to report, after a dash in a heading.
_DASH_NOTHING = lazy_regex(r"\s[–—-]\s*(?P<rest>(?i:ingen|ingenting|ikke noe|ikkje noko|inga)"
                           r"(?:\s[^–—-]{1,40})?)$")
# "Ingen saker.", "Ingen merknader.", "Ingenting å melde.": nothing under a heading.
_NOTHING_TO_REPORT = ("Ingen ", "Ingen.", "Ingenting", "Ikke noe", "Ikkje noko", "Inga ")


def _elliptic_outcome(title: str) -> bool:
    """Whether a heading line is the item's outcome written as a note's short sentence
    ("Forrige referat godkjent.", "Regnskap for 2024 godkjent med merknader."): its full
    stop ends a sentence whose subject is the paper or matter, so it is the item's text
    and its decision, not a title (a dash or colon would set a title apart, "Referat –
    godkjent"); a subject with a verb of its own is a longer sentence read elsewhere."""
    found = _ELLIPTIC_OUTCOME.fullmatch(title)
    return found is not None and len(found["subject"].split()) <= 6 and \
        FINITE_VERB.search(found["subject"]) is None


def _split_at_subject(title: str) -> tuple[str, str] | None:
    """(title, rest) of a heading that runs on into its first sentence with no stop
    between, as a page run together gives it: "Godkjenning av referat fra møte Utkast
    til referat ble sendt ut …". The sentence starts at the capitalised subject (up to
    four words) right before its first verb, after a word in lower case or a number, or
    after a one-word title ("Økonomi Styret gikk gjennom …"); the title before it has no
    verb and no full stop of its own."""
    words = title.split()
    if len(words) < _RUN_ON_WORDS:
        return None
    verb = next((n for n, word in enumerate(words)
                 if _RUN_ON_VERB.fullmatch(word.rstrip(",.:;").casefold())), None)
    if verb is None:
        return None
    for start in range(verb - 1, max(0, verb - 5), -1):
        before = words[start - 1]
        subject = words[start]
        if not subject[:1].isupper() or (len(subject.rstrip(".")) == 1 and subject not in "IÅ"):
            continue  # "blokk B må …", "Benthe K. Jansson": a letter, no sentence's start
        if start == 1 and not (_one_word_title(before) and _subject_after_one_word(words, verb)):
            continue
        if start > 1 and not ((before[:1].islower() or before[:1].isdigit())
                              and not before.endswith((".", ":", ",", ";"))
                              and before not in _GOVERNING) \
                and not _name_taken_up(words[:start], subject) \
                and not _body_after_name(words[:start], subject, words[start + 1]):
            continue  # "plan for Innlandet"
        head = " ".join(words[:start])
        if "." in head or FINITE_VERB.search(head):
            return None  # a stop or a verb of its own: not a bare title
        return head, " ".join(words[start:])
    return None


def _one_word_title(word: str) -> bool:
    """Whether a heading's first word may be its whole title before a capitalised subject
    ("Økonomi Styret gikk gjennom …", "Vedlikehold Taket på blokk B må …", as a paragraph
    whose source broke the line after the heading reads): a word of letters that is no
    first name ("Kari Lund orienterte …" is a sentence) and no preposition ("Fra Styret")."""
    return word.isalpha() and word[:1].isupper() and not is_first_name(word) and \
        word.casefold() not in _GOVERNING


def _subject_after_one_word(words: list[str], verb: int) -> bool:
    """Whether ``words[1:verb]`` may be a sentence's subject after a one-word title: a first
    name and its surname ("Kari Lund la fram …"), or one capitalised word and lower-case
    ones ("Taket på blokk B må …"); two capitalised words that are no person's name run a
    name on ("Nome Næringsforum Næringsforumet har …": the title is "Nome Næringsforum").
    A subject of one word that is no first name is a noun in its definite form or a
    pronoun ("Styret", "Vårdugnaden", "Saka", "Vi"): a bare name word after the first
    ("Kviteseid Bygdetun har søkt …") is the second half of a name that is the subject."""
    if is_first_name(words[1]):
        return True
    if not _definite_or_pronoun(words[1]):
        return False
    return verb < 3 or not words[2][:1].isupper()


# Definite endings of a noun as a sentence's subject ("Styret", "Vårdugnaden", "Saka",
# "Medlemmene", "Elevane") and the pronouns a sentence starts with.
_DEFINITE_ENDINGS = (*DEFINITE_ENDINGS, "ne")  # (and the plural's, "Medlemmene")
_SUBJECT_PRONOUNS = frozenset({"vi", "det", "dette", "den", "de", "dei", "han", "hun", "ho",
                               "alle", "eg", "jeg", "me"})


def _definite_or_pronoun(word: str) -> bool:
    """Whether a capitalised word may open a sentence as its subject: a pronoun, or a
    noun with a definite ending ("Taket", "Leiaren" – not a name such as "Bygdetun")."""
    lowered = word.casefold()
    return lowered in _SUBJECT_PRONOUNS or (len(lowered) > 3 and
                                            lowered.endswith(_DEFINITE_ENDINGS))


def _name_taken_up(head: list[str], subject: str) -> bool:
    """Whether a heading of capitalised name words is taken up by its sentence's subject
    in the definite form: "Nome Næringsforum Næringsforumet har søkt …", "Vinje
    Skisenter Skisenteret ønskjer …", "Åmli Idrettslag Laget har …" – the name is the
    title, the sentence starts at its noun made definite."""
    if len(head) < 2 or not all(word[:1].isupper() and word.isalpha() for word in head):
        return False
    name = head[-1].casefold()
    lowered = subject.casefold()
    ending = next((end for end in _DEFINITE_ENDINGS if lowered.endswith(end)), None)
    if ending is None:
        return False
    stem = lowered[:-len(ending)]
    # (the stem whole or shortened: "Skisenter" → "Skisenteret" or "Senteret";
    # "Barnehage" → "Barnehagen", whose stem keeps the name's last letter)
    # (a Latin noun loses its "-um" when made definite: "Museum" → "Museet")
    return len(stem) >= 3 and (name.endswith(stem) or lowered.startswith(name) or
                               (name.endswith("um") and name[:-2].endswith(stem)))


def _body_after_name(head: list[str], subject: str, after: str) -> bool:
    """Whether a heading of capitalised name words runs on into a sentence whose subject
    is a body or an organisation in its definite form that does not repeat the name's
    word: "Vest-Telemark Museum Styret i museet har søkt …", "Fyresdal Bygdetun Kommunen
    har bedt om …". The word after the subject is in lower case (it goes on as a
    sentence), and the name before it has two words at least ("Styret" alone, or a name
    such as "Nordby Styret Vel", is no sentence's start). The name may also end a title
    after a preposition ("Søknad fra Nordby IL Laget søker om …": the title is "Søknad
    fra Nordby IL")."""
    if not after[:1].islower():
        return False
    head = _name_after_governing(head)
    if len(head) < 2 or \
            not all(word[:1].isupper() and word.replace("-", "").isalpha() for word in head):
        return False
    lowered = subject.casefold()
    return subject.isalpha() and _definite_or_pronoun(subject) and \
        lowered not in _SUBJECT_PRONOUNS and (
            lowered.endswith(BODY_WORD_ENDINGS) or lowered in _DEFINITE_BODIES or
            (lowered in ORGANISATION_ENDINGS and lowered.endswith(_DEFINITE_ENDINGS)))


def _name_after_governing(head: list[str]) -> list[str]:
    """The name that ends a heading's words after its last preposition ("Søknad fra
    Nordby IL" → "Nordby IL"), or the words whole when no preposition is among them."""
    for at in range(len(head) - 1, -1, -1):
        if head[at] in _GOVERNING:
            return head[at + 1:] if at > 0 and head[0][:1].isupper() else head
    return head


# The definite bodies a sentence opens with that the body and organisation endings miss.
_DEFINITE_BODIES = frozenset({"laget", "kommunen", "fylkeskommunen", "administrasjonen",
                              "sekretariatet", "leiinga", "ledelsen"})


#: A heading line at least this many words long may run on into a sentence.
_RUN_ON_WORDS = 5
# Verbs that show a sentence has begun: finite forms ("Skisenteret ønskjer …", "Laget
# søker …"), "-erte" pasts, the passives of outcomes ("Innkalling til møtet godkjennes.")
# and of what is held or dealt with ("Vårdugnaden holdes lørdag 25. april.", "Saka
# handsamast i neste møte.").
_RUN_ON_VERB = lazy_regex(r"ble|blei|vart|blir|vert|er|var|har|hadde|skal|vil|kan|må|gikk|"
                          r"kom|tok|fikk|fekk|la|sa|ga|gav|vedtok|foreslo|sendte|godkjente|"
                          r"drøftet|drøfta|ønsket|ønska|ønsker|ønskjer|søker|søkjer|ber|"
                          r"\w{2,}erte|godkjennes|godkjennast|"
                          r"vedtas|vedtakast|tas|takast|sendes|sendast|utsettes|utsetjast|"
                          r"holdes|avholdes|haldast|gjennomføres|gjennomførast|behandles|"
                          r"behandlast|handsamast")
# Words whose object follows them: a capital after one starts a name, not a sentence.
_GOVERNING = frozenset({"av", "for", "fra", "frå", "i", "med", "om", "på", "til", "ved", "hos",
                        "mot", "under", "etter", "over", "og", "eller", "mellom"})


def _split_at_stop(title: str) -> tuple[str, str] | None:
    """(title, rest) at the first full stop followed by a capitalised sentence of some
    length; also "Ymse. Neste møte er …" and "Protokoll frå førre møte. Godkjent.".

    A heading run together with a whole page can hold thousands of stops; each one is
    judged from the title's indices (the words after it counted up to nine, the head's
    case followed along the title once), not from copies of the head and the rest, so
    the work grows with the line, not with its square."""
    second_word = _SECOND_WORD.search(title)
    second_at = second_word.end() if second_word else len(title)
    shouting = _Shouting(title)
    for match in _STOP_BEFORE_CAPITAL.finditer(title):
        start, end = match.span()
        shouted = shouting.upto(start)  # "ÅRSMELDING. Johannes las …" (not "Fjordlaks AS.")
        if title[start - 1].isupper() and not shouted:
            continue
        words_after = sum(1 for _ in itertools.islice(_TOKEN.finditer(title, end), 9))
        rest = title[end:] if words_after <= 8 else ""  # (a long rest is only counted)
        sentence_after = words_after >= 5 and (
            words_after > 8 or FINITE_VERB.search(rest) or _STRONG_VERB.search(rest) or
            _PAST_VERB.search(rest) or _SUBJECT_PRESENT.match(rest) or
            rest.split(" ", 1)[0].endswith(":") or  # "Vedtak: …"
            title[start] in "?!")  # "Skal koret dekke utgiftene? Koret dekker ikke …"
        # ("Oppdatert årsplanen. Gjennomgang og fordeling av oppgåver" is one title)
        if (sentence_after or ((is_decision(rest) or rest.startswith(_NOTHING_TO_REPORT)) and
                               not FINITE_VERB.search(title, 0, start))) and \
                (second_at < start or is_standing_title(title[:start]) or
                 ((start >= 4 or shouted) and title[:1].isupper() and words_after >= 5)) and \
                not _ENDS_IN_NUMBER.search(title, max(0, start - 3), start):
            return title[:start].strip(), (rest or title[end:]).strip()
    return None


class _Shouting:
    """Whether the title up to a place is written in capitals (``str.isupper`` of that
    head), asked at places further and further on: the case of each new stretch is
    read once. A head is in capitals when it has no lower-case (or title-case) letter
    and some capital; a stretch has no lower-case letter when it is in capitals with a
    capital added."""

    def __init__(self, title: str) -> None:
        self.title = title
        self.read_to = 0
        self.no_lower = True
        self.has_capital = False

    def upto(self, end: int) -> bool:
        """``self.title[:end].isupper()``, for ``end`` never smaller than the last one."""
        if self.no_lower and end > self.read_to:
            stretch = self.title[self.read_to:end]
            self.read_to = end
            if (stretch + "A").isupper():
                self.has_capital = self.has_capital or stretch.isupper()
            else:
                self.no_lower = False
        return self.no_lower and self.has_capital


_SECOND_WORD = lazy_regex(r"\S\s+(?=\S)")  # (its end is where a second word starts)
_TOKEN = lazy_regex(r"\S+")


# What kind of case an item is, written before its title.
_CASE_KINDS = ("vedtakssak", "orienteringssak", "drøftingssak", "diskusjonssak",
               "referatsak", "temasak", "beslutningssak")
# A case's kind written out before its title, set apart by a colon or a dash:
# "Vedtakssak: Budsjett 2027", "Orienteringssak – Status for vegen".
_CASE_KIND_PREFIX = lazy_regex(rf"(?:{'|'.join(_CASE_KINDS)})\s*(?::|\s[–—-])\s+(?=\S)", re.I)
# The kind alone on the line under a titled heading: "Vedtakssak", "O-sak", "(D)",
# "Sakstype: Drøfting" (singular: "Orienteringssaker" heads a group of items).
_KIND_LINE = lazy_regex(rf"(?:{'|'.join(_CASE_KINDS)}|[VODB]-sak|[(\[](?:[VODB]|"
                        rf"{'|'.join(_CASE_KINDS)})[)\]]|(?:sakstype|type)\s*:\s*(?:vedtak|"
                        rf"orientering|drøfting|diskusjon|beslutning|referat)(?:s?sak)?)\.?",
                        re.I)


def _is_kind_line(text: str) -> bool:
    """Whether ``text`` only names the kind of the case headed right above it ("Sak
    3/25 Budsjett" / "Vedtakssak"), as "(V)" beside the title does."""
    return len(text) < 32 and text.lstrip("([")[:1] in _KIND_LINE_INITIALS and \
        _KIND_LINE.fullmatch(text.strip()) is not None


_KIND_LINE_INITIALS = frozenset("VODBRTSvodbrts")
# The series and kinds of a case the body is only told of: "O-sak", "OS 3/25",
# "Orienteringssak 3/25", "Informasjonssak"; and the kind marks "(O)", "[O-sak]",
# "(orienteringssak)", "Orienteringssak" beside or under the title.
_BRIEFING_SERIES = frozenset(("o", "os", "orienterings", "informasjons"))
_BRIEFING_MARK = lazy_regex(r"[(\[]?(?:o(?:-sak)?|(?:orienterings|informasjons)sak)[)\]]?\.?",
                            re.I)


def _is_briefing(cand: Candidate, kind_line: str | None) -> bool:
    """Whether the heading marks its item as a case for orientation: by its series
    ("O-sak 3/25"), by a kind mark before or after the title ("(O) Status", "Status
    (orienteringssak)", "Orienteringssak: Status") or on the line under it. What such an
    item's text tells is news to the body, not its decision or its task."""
    if cand.series in _BRIEFING_SERIES:
        return True
    if kind_line is not None:
        return _BRIEFING_MARK.fullmatch(kind_line.strip()) is not None
    raw = (cand.raw_title or cand.title or "").strip()
    if not raw or ("(" not in raw and "[" not in raw and raw[:1] not in "OoIi"):
        return False  # (most titles: no mark to read)
    if raw[-1:] in ")]" and (after := _KIND_AFTER.search(raw)):
        return _BRIEFING_MARK.fullmatch(after.group().strip()) is not None
    if raw[:1] in "([" and (before := _KIND_MARK.match(raw)):
        return _BRIEFING_MARK.fullmatch(raw[:before.end() - 1].strip()) is not None
    if raw[:1] == "O" and _KIND_DASHED.match(raw):
        return True  # "Sak 2/25 – O – Status": the kind between dashes
    return raw.casefold().startswith(("orienteringssak", "informasjonssak")) and \
        _CASE_KIND_PREFIX.match(raw) is not None
# (enough of a head's last characters to hold the longest kind)
_CASE_KIND_CHARS = max(map(len, _CASE_KINDS)) + 1
_DASH_BEFORE_CAPITAL = lazy_regex(r"\s[–—-]\s+(?=[A-ZÆØÅ])")
_SENTENCE_MARK = lazy_regex(r"\.(?:\s|$)|:\s")
_COLON_BEFORE_CAPITAL = lazy_regex(r"(?<=[\wæøå)]):\s+(?=[A-ZÆØÅ])")
# (also after a title in capitals: "ÅRSMELDING. Johannes las årsmeldinga.")
_STOP_BEFORE_CAPITAL = lazy_regex(r"(?<=[a-zæøåA-ZÆØÅ0-9)»])[.?]\s+(?=[A-ZÆØÅ])")  # or a question
_ENDS_IN_NUMBER = lazy_regex(r"\b\d{1,2}$")
_VERBISH = lazy_regex(r"\b\w+(?:erte|ert|et|te|de|ble|var|kom|har|skal|vil|er|går|gikk)\b|"
                      r"\b(?:har|hadde|ble|vart|skal|vil|kan|må)\b")


# Nouns whose last letters ``_VERBISH`` takes for a past tense ("kontrollområde",
# "årsmøte", "bilde"), in a topic after a colon that has no verb of its own.
_VERB_LIKE_NOUNS = ("område", "møte", "bilde", "stykke")


def _topic_of_nouns(text: str) -> bool:
    """Whether a rest after a heading's colon with no full stop at its end is a topic, not
    a sentence: each word ``_VERBISH`` reads as a verb is one of ``_VERB_LIKE_NOUNS``'s
    nouns ("Sak 16/26 Mattilsynet: ILA-utbrudd og kontrollområde i Vestfjorden", the
    agency that brings the case, then its topic); or a topic and, after a spaced dash, a
    subtitle of a few words in small letters ("AMU: Vold og trusler – avviksmeldinger",
    its plural nouns no verbs)."""
    if text.rstrip()[-1:] in ".!":
        return False
    if (" – " in text or " - " in text) and _DASHED_SUBTITLE.fullmatch(text.rstrip()):
        return True
    found = [hit.group() for hit in _VERBISH.finditer(text)]
    return bool(found) and all(word.casefold().endswith(_VERB_LIKE_NOUNS) for word in found)


# A topic, a spaced dash and a subtitle of one to three words in small letters, no stop.
_DASHED_SUBTITLE = lazy_regex(r"[^.!?–—]{3,60}\s[–-]\s[a-zæøå][\wæøå-]*"
                              r"(?:\s[a-zæøå][\wæøå-]*){0,2}")


def _looks_like_sentence(text: str) -> bool:
    """Running text rather than a title fragment: has a verb-like word, or ends in a full
    stop after a strong verb or an infinitive ("Rådmannen påtok seg å være sekretær.")."""
    return bool(_VERBISH.search(text)) or (
        text.rstrip().endswith(".") and bool(_STRONG_VERB.search(text)))


# A subject and a verb in the present tense: "Peter Christersson avtaler …", "Koret dekker …".
_SUBJECT_PRESENT = lazy_regex(r"[A-ZÆØÅ][\w-]*(?:\s+[A-ZÆØÅ][\w-]*){0,2}\s+[a-zæøå]{3,}(?:er|ar)\b")
# Verbs a short sentence after a title is likely to have: "Kari orienterte om …".
_PAST_VERB = lazy_regex(r"\b\w+(?:erte|ert|ertes|ket|kte|gikk|drøftet|drøfta|vedtok)\b")
_STRONG_VERB = lazy_regex(r"\b(?:tok|påtok|fikk|fekk|sa|ga|gav|la|gjorde|foreslo|får|gjer|"
                          r"gjør)\b|\bå\s+[a-zæøå]{2,}")


def build_sections(lines: list[Line], items: list[Candidate], end: int,
                   agenda: dict[str, str] | None = None,
                   furniture: frozenset[int] = frozenset()) -> list[Section]:
    """The text lines of each item, from its heading to the next one (or ``end``).

    ``agenda``: the titles the agenda list gives by number; a heading that runs on past
    its agenda title into the text ("Innkalling og sakliste Innkalling og sakliste
    godkjennes.", from a page run together) is cut there; not one whose wording goes on
    in lower case ("Godkjenning av innkalling og dagsorden" under the list's "Godkjenning
    av innkalling"): the detailed section's wording is the title. ``furniture``: the indices of
    page headers and footers in the text, left out before wrapped lines are joined, so
    the two halves of a sentence a page break split join up as one.
    """
    sections: list[Section] = []
    closed: tuple[int, str] | None = None  # (the section a closed case's heading makes, basis)
    for n, cand in enumerate(items):
        if closed is not None:
            _mark_closed(sections, closed)
        stop = items[n + 1].line if n + 1 < len(items) else end
        if n + 1 < len(items) and stop - 1 > cand.line and (
                is_group_heading(lines[stop - 1]) or is_day_heading(lines[stop - 1].body)):
            stop -= 1  # "Vedtakssaker" over the next item heads a group, not this item's text
        elif n + 1 < len(items) and stop - 1 > cand.line and \
                lines[stop - 1].text[:1] in "SsUu" and _is_print_heading(lines[stop - 1].text):
            stop -= 1  # "Saksprotokoll i Regionrådet – 14.03.2025" heads the next case's print
        elif n + 1 < len(items) and stop - 1 > cand.line and \
                is_archive_stamp(lines[stop - 1].body):
            stop -= 1  # "Saksnr. 2026/15" over the next case files that case, not this one
            while stop - 1 > cand.line and is_archive_stamp(lines[stop - 1].body):
                stop -= 1  # ("Arkivsak: 25/1234" / "J.post: 26/1199-2": two such lines)
        elif n + 1 < len(items) and not items[n + 1].title and \
                lines[stop].text[:4] in _FORM_CASE_LABELS:
            stop = _form_start(lines, cand.line + 1, stop)
        first = cand.line if cand.row is None or cand.row.last_line < cand.line else \
            cand.row.last_line  # (a row continued over several lines ends at the last)
        first = max(first, cand.form_end)  # (a print's filing table is no text)
        body_lines = lines[first + 1:stop]
        basis = exemption_of(cand.raw_title or cand.title, body_lines)
        closed = (len(sections), basis) if basis is not None else None
        if first > cand.line + 1:
            body_lines = _cell_lines_between(lines, cand.line, first) + body_lines
        if lines[cand.line].kind is TABLE_ROW and lines[cand.line].cells and \
                lines[cand.line].cells[0]:  # (a row numbered in its first cell)
            body_lines = _without_repeated_number(
                body_lines, lines[cand.line].cells,
                cand.row.task_cells if cand.row is not None else ())
        if furniture:
            body_lines = without_furniture(body_lines, furniture)
        # "Sak 3/25 Budsjett" / "Orienteringssak": the kind under the heading (the first
        # line of the item's text, as written)
        kind_line = body_lines[0].body if body_lines and cand.title and \
            _is_kind_line(body_lines[0].body) else None
        briefing = _is_briefing(cand, kind_line)
        title: str | None = cand.title
        rest = None
        listed = agenda.get(cand.number) if agenda and cand.number else None
        raw = cand.raw_title or title or ""
        if listed and len(raw) > len(listed) + 1 and raw[len(listed)] == " " and \
                not raw[len(listed) + 1].islower() and \
                raw.casefold().startswith(listed.casefold()) and \
                not (raw.rstrip()[-1:] in ")]" and _KIND_AFTER.fullmatch(raw, len(listed))):
            # (but "Budsjett 2026 (V)" under the list's "Budsjett 2026": the kind of case
            # after the title as written, no text)
            sections.append(Section(number=cand.number, title=listed,
                                    lines=merge_wrapped(body_lines, lines),
                                    heading_rest=raw[len(listed):].strip(), row=cand.row,
                                    briefing=briefing))
            continue
        if listed and raw.endswith((".", "!")) and not _opens_like(raw, listed) and \
                _tells_what_happened(raw):
            # "Ad 1: Godkjent." / "Til sak 2: Leder orienterte." under a numbered agenda:
            # the line holds what happened; the agenda holds the title
            sections.append(Section(number=cand.number, title=listed,
                                    lines=merge_wrapped(body_lines, lines),
                                    heading_rest=raw.strip(), row=cand.row, briefing=briefing))
            continue
        if not title and body_lines and (form := _form_title(body_lines)) is not None:
            # "Sak: 20/24" / "Resultat: …" / "Arkivsak: …" / "Tittel: BUDSJETT 2025"
            title, body_lines = form[0], body_lines[form[1]:]
        if listed and not title and body_lines and _text_under_listed(body_lines[0], listed):
            title = listed  # "Til sak 1:" / "Godkjent.": the agenda's title, the line text
        aside = None
        if title and title[:1] == "(" and title[-1:] == ")" and "(" not in title[1:] and \
                len(body_lines) > 1 and _short_title_line(body_lines[0], body_lines[1:2]):
            # "Sak 45/25 (utsett frå møtet i desember)" / "Felles kommuneadvokat": a note
            # on the case beside its number, the title on the next line
            aside, title = title, None
        elif title and is_exemption_note(title) and len(body_lines) > 1 and \
                _short_title_line(body_lines[0], body_lines[1:2]) and \
                not is_exemption_note(body_lines[0].body):  # ("Lukket sak, jf. offl. § 13.")
            # "Sak 3/24 Unntatt offentlighet, jf. offl. § 13" / "Tilsetting av daglig leder":
            # the case is closed to the public, its title on the line below, the note the
            # first words of its text. With no title below, the note stands in the title's
            # place and is read as the title, as the heading writes it.
            aside, title = (cand.raw_title or title).strip(), None
        elif not title and len(body_lines) > 2 and is_exemption_note(body_lines[0].body) and \
                _short_title_line(body_lines[1], body_lines[2:3]):
            # "Sak 2/24" / "U.off. jf. offl. § 13" / "Tilsetting av dagleg leiar": the note
            # over the title is the first words of the text
            aside, body_lines = body_lines[0].body.strip(), body_lines[1:]
        wrapped = _wrapped_title(body_lines) if not title and body_lines and not rest else 1
        if wrapped > 1 or (not title and body_lines and not rest and
                           _short_title_line(body_lines[0], body_lines[1:2])):
            title = clean_title(" ".join(line.body for line in body_lines[:wrapped]))
            body_lines = body_lines[wrapped:]
            rest = aside  # (the note: the first words of the item's text)
        elif title:
            title, rest = split_heading(cand.raw_title or title)
            title = clean_title(title) if title else title
            if (rest is None and is_whole_sentence(cand.raw_title or "")) or (
                    rest is not None and title and len(title.split()) >= 6 and
                    title.split(" ", 1)[0].casefold() not in _QUESTION_OPENERS and
                    is_whole_sentence(f"{title}.")):
                # "2. Innkallinga blei godkjent.": the entry is what happened, no title;
                # "Sak 63/19- Valg av foreleser falt på X. Per avtaler …" too
                title, rest = None, (cand.raw_title or "").strip()
        if title and rest is None and cand.row is None and body_lines and (
                _title_goes_on(title, body_lines[0]) or
                _capitals_go_on(title, cand.raw_title, body_lines) or
                _lower_case_tail(title, body_lines[0], body_lines[1:2]) or
                _dash_tail_wrapped(title, body_lines)) and \
                not _DASH_OUTCOME.search(f"{title} {body_lines[0].body}"):
            # (not "Budsjett –" / "vedtatt": the outcome the dash sets apart)
            # "Sak 5/24 Regional plan for" / "kompetanse og næring – høring", also under
            # a number on a line of its own; and a third line when the second stops on a
            # link word too ("Søknad om midler til" / "nytt lekeapparat og" / "benker")
            tail = body_lines[0].body.strip()
            if body_lines[0].is_bullet and _dash_tail_wrapped(title, body_lines):
                tail = body_lines[0].text.strip()  # (the dash the title's own)
            title = clean_title(f"{title} {tail}")
            body_lines = body_lines[1:]
            if len(body_lines) > 1 and _title_goes_on(title, body_lines[0]):
                title = clean_title(f"{title} {body_lines[0].body.strip()}")
                body_lines = body_lines[1:]
        elif title and rest is None and cand.row is None and len(body_lines) > 1 and \
                (cand.raw_title or "").rstrip()[-1:] == ":" and \
                _subject_after_kind(title, body_lines[0]):
            # "Sak 2/25 Høring:" / "Regional plan for klima og energi": the kind of
            # matter, then its subject on the next line
            title = f"{title}: {body_lines[0].body.strip()}"
            body_lines = body_lines[1:]
        body_lines = merge_wrapped(body_lines, lines)
        rest_after = 0
        if cand.row is not None:  # a table row: its other columns are the text
            title, rest = clean_title(cand.title) or None, cand.row.text or None
            if rest:
                rest_after = _title_cell_lines(body_lines)
                if cand.row.last_line > cand.line:  # (and the paragraphs above its last row)
                    rest_after = max(rest_after, sum(1 for line in body_lines
                                                     if line.index < cand.row.last_line))
        # (by position: number, title, lines, heading_rest, row, rest_after, briefing)
        sections.append(Section(cand.number or None, title or None, body_lines, rest,
                                cand.row, rest_after, briefing))
    if closed is not None:
        _mark_closed(sections, closed)
    return sections


def _mark_closed(sections: list[Section], closed: tuple[int, str]) -> None:
    """Give the section a closed case's heading made (the ``closed[0]``-th, if its
    candidate made one) the legal basis ``closed[1]``."""
    if len(sections) > closed[0]:
        sections[closed[0]].exemption = closed[1]


def exemption_of(heading: str | None, body_lines: list[Line]) -> str | None:
    """The legal basis on which a case is closed to the public, from the note its heading
    or the first line of its text gives: "Sak 3/24 (U.off.) Tilsetting", "Sak 3/24
    Unntatt offentlighet, jf. offl. § 13" (the title below), "Sak 2/24" / "U.off. jf.
    offl. § 13" (the note over the title or the text). None for an open case.

    Only the heading and the first line of text are read (a note elsewhere in the text
    tells of something else: "Saken var unntatt offentlighet i fjor"); a substring test
    of their first letters spares every open case the patterns.
    """
    if heading:
        mark = heading.lstrip()
        if mark[:2] in _EXEMPTION_STARTS or mark[:2] in _CLOSED_STARTS:
            if is_exemption_note(mark):
                return exemption_basis(mark)
            if mark[:2] in _EXEMPTION_STARTS and (found := _EXEMPTION_MARK.match(mark)):
                return exemption_basis(found.group())
    first = next((line.body.strip() for line in body_lines[:2] if line.body.strip()), "")
    if first[:2] in _EXEMPTION_STARTS or first[:2] in _CLOSED_STARTS:
        if is_exemption_note(first):
            return exemption_basis(first)
        if first[:2] in _EXEMPTION_STARTS and (found := _EXEMPTION_MARK.match(first)):
            return exemption_basis(found.group())
        if first[:2] in _EXEMPTION_STARTS and (bare := _BARE_SECTION_NOTE.fullmatch(first)):
            return f"offl. § {bare.group(1)}"  # "U.off. § 13": the section of offentleglova
        if "§" in first and len(first) <= 160 and (note := _EXEMPTION_NOTE.match(first)) and \
                _LAW_TAIL.fullmatch(first, note.end()):
            # "Unntatt offentlighet, jf. offl. § 13, jf. fvl. § 13 første ledd nr. 1": the
            # citation goes on past what ``is_exemption_note`` reads
            return exemption_basis(first)
    return None


def exemption_basis(note: str) -> str:
    """The legal basis a note on a closed case gives, as written: "Unntatt offentlighet,
    jf. offl. § 13" → "offl. § 13", "(U.off. jf. offl. § 23 første ledd)" → "offl. § 23
    første ledd"; a note citing no law is itself the basis ("U.off.", "Lukket sak")."""
    note = " ".join(note.split()).strip("()[]:;–—- ")
    law = _EXEMPTION_BASIS.search(note)
    if law is None:
        note = note.rstrip(",")
        # ("Unnateke offentlegheit." without its full stop; "U.off." keeps its own)
        return note if note[-4:].casefold() == "off." else note.rstrip(".")
    return note[law.start():].rstrip(".,;:)] ").replace(" )", ")")


# What may follow a law's section in a citation: "første ledd nr. 1", ", jf. fvl. § 13",
# "bokstav a", "og § 24"
_LAW_TAIL = lazy_regex(r"(?:[\s,.;]*(?:jf\.?|jfr\.?|og|nr\.?|bokstav|første|andre|tredje|fyrste|"
                       r"ledd|punktum|\d+[a-z]?|[a-h]\)?|fvl\.?|offl\.?|forvaltningsloven|"
                       r"forvaltningslova|§+))*[\s,.;)]*", re.I)
# "U.off. § 13", "(U. off. § 23)": the note with the section of offentleglova alone
_BARE_SECTION_NOTE = lazy_regex(r"\(?\s*u\.?\s?off\.?\s*§+\s*(\d+[a-z]?)\s*\)?\.?", re.I)
# The law a note on a closed case cites, from its name: "offl. § 13", "offentleglova § 13",
# "kommuneloven § 11-5", "fvl. § 13" (what follows it, another law or "første ledd", too)
_EXEMPTION_BASIS = lazy_regex(r"\b(?:offl\.?|offentleglova|offentlighetsloven|fvl\.?|"
                              r"forvaltningsloven|forvaltningslova|kommuneloven|kommunelova|"
                              r"koml\.?)\s*§", re.I)


def _cell_lines_between(lines: list[Line], row: int, last: int) -> list[Line]:
    """The lines between an item's row ``row`` and the last row ``last`` that goes on with
    it which are no rows: the later paragraphs of its cells, set on lines of their own
    ("Ungdommens kulturmønstring" / "Vedtak: Rådet støtter …", as Word's cell or a PDF
    gives them). They are the item's text, though the rows' own lines are not."""
    return [line for line in lines[row + 1:last]
            if line.in_title_cell or line.kind is not TABLE_ROW]


def _title_cell_lines(body_lines: list[Line]) -> int:
    """How many lines under an item table's row are the later paragraphs of its title
    cell ("06/25" | "Status" / "Prosjektleder orienterte …" | "Tatt til etterretning."),
    which ``to_lines`` gives a row of one cell each after the row's title line
    (``Line.in_title_cell``): they read before the row's other cells, left to right as
    the page shows them, not after the decision beside them."""
    count = 0
    for line in body_lines:
        if not line.in_title_cell:
            break
        count += 1
    return count


def _text_under_listed(line: Line, listed: str) -> bool:
    """Whether the first line under a heading without a title ("Til sak 1:", "Sak 2")
    is its text rather than its title, when the agenda above lists the title by number:
    a plain line that does not open with the listed title's first words ("Godkjent."
    under "1. Godkjenning av innkalling"; not "Godkjenning av innkalling og dagsorden",
    nor a bold or marked-up heading line)."""
    if line.kind is HEADING or line.bold or line.is_table:
        return False
    return not _opens_like(line.body, listed)


def _tells_what_happened(text: str) -> bool:
    """A sentence of what the meeting did or heard ("Godkjent.", "Ingen saker.", "Leder
    orienterte."), not a title that ends in a full stop ("Godkjenning av innkalling.")."""
    return is_decision(text) or text.startswith(_NOTHING_TO_REPORT) or \
        FINITE_VERB.search(text) is not None or _PAST_VERB.search(text) is not None


def _opens_like(text: str, listed: str) -> bool:
    """Whether a line opens with the first two words of a title the agenda lists."""
    words = listed.casefold().split()[:2]
    return text.casefold().split()[:len(words)] == words


# The kinds of matter a title may name before a colon and its subject ("Høring: Regional
# plan for klima"); not "Eventuelt:" or "Orienteringer:", which head points of their own.
_MATTER_KINDS = frozenset(("høring", "høyring", "orientering", "søknad", "uttalelse",
                           "høringsuttalelse", "høyringsuttale", "uttale", "fråsegn",
                           "drøfting", "drøftingssak", "orienteringssak", "vedtakssak",
                           "informasjon", "tema", "status", "tilskudd", "tilskot"))


def _subject_after_kind(title: str, line: Line) -> bool:
    """Whether a title that names a kind of matter before a colon ("Høring:", "Søknad:")
    goes on with its subject on the next line: a short line with a capital, no stop, no
    label and no verb ("Regional plan for klima og energi")."""
    text = line.body
    return title.casefold() in _MATTER_KINDS and not line.is_table and \
        line.kind is not LIST_ITEM and \
        text[:1].isupper() and len(text) <= 80 and len(text.split()) <= _TITLE_WORDS and \
        not text.endswith((".", ":", "!", "?", ",", ";")) and ":" not in text and \
        not FINITE_VERB.search(text) and not _PAST_VERB.search(text) and \
        not looks_like_name(text)


def _form_title(lines: list[Line]) -> tuple[str, int] | None:
    """The title a case system's form under a bare case number gives ("Sak: 20/24" /
    "Resultat: Innstilling vedtatt" / "Arkivsak: 24/112" / "Tittel: BUDSJETT 2025"), and
    how many lines the form takes, or None. Every line down to "Tittel:" must be such a
    "Label: value" field; the fields are the case's filing, not its text. The form's
    "SAKSPROTOKOLL -" before the title names the print, not the case."""
    for n, line in enumerate(lines[:_FORM_FIELDS]):
        text = line.text.replace("\t", " ")
        field = _FORM_FIELD.match(text)
        if field is None:
            return None
        if field["label"].casefold() in _FORM_TITLE_LABELS:
            title = _PRINT_NAME.sub("", field["value"])
            return (clean_title(title), n + 1) if title else None
    return None


def _print_heading(lines: list[Line], i: int, text: str) -> Candidate | None:
    """A case system's print of one case ("SAKSPROTOKOLL - SKULERUTE FOR 2025/2026",
    "Særutskrift – Budsjett 2026") over its filing table, whose row under a "Saknr" /
    "Saksnr." heading gives the case number: the heading of that case, titled without
    the print's name. Prints collected one after the other are the minutes' items."""
    title = _PRINT_NAME.sub("", text).strip()
    if not title or title == text:
        return None
    for head in range(i + 1, min(i + 3, len(lines) - 1)):
        cells = lines[head].cells
        if not lines[head].is_table:
            continue
        column = next((n for n, cell in enumerate(cells)
                       if cell.strip().rstrip(".:").casefold() in _ITEM_NUMBER_HEADS), None)
        row = lines[head + 1]
        if column is None or not row.is_table or len(row.cells) != len(cells):
            return None
        case = _CASE_CELL.match(row.cells[column].strip())
        if case is None:
            return None
        number = normalize_number(case.group("num"))
        return Candidate(i, number, _first_int(number), clean_title(title), "case", False,
                         title, form_end=head + 1)
    return None


def _form_start(lines: list[Line], first: int, stop: int) -> int:
    """Where the case form that a field "Sak: 21/24" at ``stop`` belongs to begins: the
    print's name ("Saksprotokoll") and the fields over the case number ("Utvalg: …",
    "Møtedato: …") head the next case, not the text of the one before."""
    if not _FORM_FIELD.match(lines[stop].text.replace("\t", " ")):
        return stop  # "Sak 21/24 Budsjett": a heading of its own, no form's field
    start = stop
    while start - 1 > first and stop - start < _FORM_FIELDS and (
            _filing_field(lines[start - 1].text) or _PRINT_NAME.fullmatch(lines[start - 1].text)):
        start -= 1
    return start


def _under_handling_head(lines: list[Line], i: int) -> bool:
    """Whether the row ``i`` stands right under a case register's heading (see
    ``is_handling_head``): the line above it."""
    above = lines[i - 1]
    return above.body[:5] in HANDLING_HEAD_STARTS and is_handling_head(above)


def is_flat_handling_head(text: str) -> bool:
    """Whether a line without cells is a case register's heading, its words run together
    ("Saksgang Møtedato Saknr", "Utvalg Møtedato Utvalgssak")."""
    words = text.casefold().replace("nr.", "nr").split()
    return 2 <= len(words) <= 4 and "møtedato" in words and \
        all(word in HANDLING_HEADS for word in words)


def is_handling_head(line: Line) -> bool:
    """Whether a table row is the heading of a case system's register of where a case
    was handled ("Utvalg | Utvalgssak | Møtedato" over "Regionrådet | 5/24 |
    12.03.2024"): filing printed over each case, no part of its text. (Its rows hold the
    meeting's date and are found as page headers are.)"""
    if len(line.cells) < 2:
        return False
    heads = [cell.casefold().rstrip(".: ") for cell in line.cells]
    # (a register says where: "Saksnr. | Dato | Sak" alone heads a list of cases in the
    # item's text, as the delegated decisions "DS 3/25 | 14.01.2025 | Løyve til …" are)
    return all(head in HANDLING_HEADS for head in heads) and \
        not all(head in _CASE_LIST_HEADS for head in heads)


HANDLING_HEADS = frozenset(("utvalg", "utval", "utvalgssak", "utvalssak", "møtedato",
                            "saksnr", "sak nr", "utvalgssaksnr", "utvalssaksnr", "møte",
                            "dato", "sak", "saknr", "saksgang", "sakshandsaming"))
# The heads of a list of cases, which name no body or meeting that handled them.
_CASE_LIST_HEADS = frozenset(("saksnr", "sak nr", "saknr", "dato", "sak"))
HANDLING_HEAD_STARTS = frozenset(("Utval", "UTVAL", "Saksn", "Sak n", "Møted", "Sak\tU",
                                  "Saksg", "Saksh"))


def _is_print_heading(text: str) -> bool:
    """A case print's heading over each case ("Saksprotokoll i Regionrådet – 14.03.2025",
    "SÆRUTSKRIFT", "Utskrift av møtebok"): the print of the next case begins there; it is
    no sentence of the case before."""
    return len(text) <= _PRINT_HEADING_LENGTH and not text.endswith(".") and \
        _PRINT_HEADING.match(text) is not None


_PRINT_HEADING = lazy_regex(r"(?:saksprotokoll|særutskrift|utskrift\s+av\s+møtebok)"
                            r"(?:$|\s*[-–:]|\s+(?:i|for|fra|frå)\s)", re.I)
_PRINT_HEADING_LENGTH = 120


def _filing_field(text: str) -> bool:
    """Whether a line is a case form's filing field ("Utvalg: Regionrådet", "Møtedato:
    14.05.2024"), never the text's own "Vedtak: …"."""
    field = _FORM_FIELD.match(text.replace("\t", " "))
    return field is not None and field["label"].casefold() in _FILING_LABELS


# The first letters of a case form's case-number field ("Sak:", "Saksnr.:", "Sak nr.:").
_FORM_CASE_LABELS = frozenset(("Sak:", "Sak\t", "Saks", "Sak "))
_FILING_LABELS = frozenset(("utvalg", "utval", "organ", "møtedato", "dato", "arkivsak",
                            "saksbehandler", "sakshandsamar", "resultat", "møte"))
# A case form's field: a short label, a colon, its value ("Arkivsak: 24/112").
_FORM_FIELD = lazy_regex(r"(?P<label>[A-ZÆØÅ][\wæøå.-]{1,20}(?: [\wæøå.-]{1,12})?):\s+"
                         r"(?P<value>\S.{0,200})$")
_FORM_TITLE_LABELS = frozenset(("tittel", "sakstittel", "sak tittel"))
_FORM_FIELDS = 8
_PRINT_NAMES = frozenset(("saksprotokoll", "særutskrift", "saksframlegg"))
_PRINT_NAME = lazy_regex(r"^(?:saksprotokoll|særutskrift|saksframlegg)\s*[-–:]?\s*", re.I)


def without_furniture(lines: list[Line], furniture: frozenset[int]) -> list[Line]:
    """The lines without those whose indices are in ``furniture`` (page headers and
    footers). Blank lines around furniture are the page's margins, no paragraph break:
    the line after it runs on from a line that stopped inside a sentence, on a word or a
    comma ("… sendes til" / header / "Statsforvalteren innen 1. april."), or before a
    date ("… frist for merknader" / header / "1. april 2024.")."""
    kept: list[Line] = []
    after = False
    for line in lines:
        if line.index in furniture:
            after = True
            continue
        if after and line.gap and kept and runs_on_after_page(kept[-1].body, line):
            line = copy.copy(line)
            line.gap = False
        after = False
        kept.append(line)
    return kept


def _title_goes_on(title: str, after: Line) -> bool:
    """A heading's title that stops on a word needing the next one ("Regional plan
    for"), or on a dash, and a short line under it that is no sentence (in lower case,
    its last colon the title's own): the title wrapped onto the next line, which is no
    part of the item's text. The line starts in lower case, or with a name after a
    preposition ("Orientering fra" / "Innlandet fylkeskommune"), or goes on in capitals
    under a title in capitals ("GODKJENNING AV INNKALLING OG" / "SAKSLISTE")."""
    last = title[title.rfind(" ") + 1:].casefold()  # (most titles end on no such word)
    if ", " in title and title[-len(last):][:1].isupper() and _name_wraps_on(title, after):
        return True
    if last in dates.MONTH_NAMES and len(body := after.body.strip()) == 4 and \
            body.isdigit() and body[:2] in ("19", "20") and not after.gap and \
            not after.is_table and title[:-len(last)].rstrip().endswith("."):  # ("20. november")
        return True  # "… fra møtet 20. november" / "2025": a PDF wrapped the day's year
    if last in _DASHES:
        return _goes_on_after_dash(title, after)
    if last.endswith(("møte", "møtet")) and _meeting_day_wrapped(after):
        return True  # "Godkjenning av referat fra møte" / "10.12.2026"
    if last not in _TITLE_PREPOSITIONS and last != "og":
        return False
    text = after.body
    first = text[:1]
    # the title's own colon ends it ("Høring –" / "riksveg 3:"; not "Vedtak:", a label)
    core = text[:-1] if text[-1:] == ":" and first.islower() else text
    return (first.islower() or (first.isupper() and ":" not in text and (
        last != "og" or (text.isupper() and title.isupper())))) and len(text) <= 60 and \
        not after.is_table and not core.endswith((".", ":", "!", "?")) and \
        text[1:3] not in _LETTER_MARKS and not FINITE_VERB.search(text)


def _meeting_day_wrapped(after: Line) -> bool:
    """Whether the line under a title that ends on a meeting ("… referat fra møte") is
    that meeting's day alone, wrapped in the heading's bold ("10.12.2026", "3. mars
    2026"): the rest of the title, which names the meeting by its day, not the item's
    first line of text."""
    body = after.body.strip()
    return after.bold and not after.gap and not after.is_table and len(body) <= 20 and \
        body[:1].isdigit() and _DAY_ALONE.fullmatch(body) is not None


# A day alone: "10.12.2026", "3.3.26", "3. mars 2026".
_DAY_ALONE = lazy_regex(r"\d{1,2}\.\s?(?:\d{1,2}\.\s?\d{2,4}|[a-zæøå]{3,9}\.?\s+\d{4})")


def _dash_tail_wrapped(title: str, below: list[Line]) -> bool:
    """A long title a PDF wrapped before its dash ("Sak 34/2026 Forvaltningsplan for
    Lyngvidda nasjonalpark" / "– høyringsutkast"): a lone line of a few lower-case words
    after an en dash, no digit, no stop, right under the heading and with no list entry
    after it; the dash is the title's, not a bullet (under a short title, "4. Eventuelt" /
    "– dugnad 12. mai", the line is the item's list)."""
    if len(below) < 2 or len(title) < 35:
        return False
    line, text = below[0], below[0].text.strip()
    return text[:2] == "– " and line.is_bullet and not line.gap and not below[1].is_bullet and \
        line.body[:1].islower() and len(line.body.split()) <= 4 and \
        not any(char.isdigit() for char in line.body) and line.body[-1:] not in ".:!?,;"


def _name_wraps_on(title: str, after: Line) -> bool:
    """A case title that ends on a name after its comma ("Søknad om dispensasjon – tilbygg,
    Stavanger") and a line right under it of one or two capitalised words without a stop
    ("Turistforening"): the applicant's name wrapped onto the next line, as a PDF's
    narrow column breaks it; the case's text starts with a label or a sentence."""
    text = after.body
    words = text.split()
    return not after.gap and not after.is_table and 1 <= len(words) <= 2 and \
        all(word[:1].isupper() and word.isalpha() for word in words) and \
        len(title.rsplit(", ", 1)[-1].split()) <= 3 and not _CASE_PART.match(text.upper())


def _capitals_go_on(title: str, raw: str | None, below: list[Line]) -> bool:
    """A title in capitals set over two lines ("SAK 2/25: ØKONOMI" / "REGNSKAP PR.
    JANUAR") with the text in ordinary letters right under: the second line in capitals
    of a few words is the heading's, not the case's text. Not a single word ("VEDTAK",
    "BAKGRUNN": the parts of a case), a label or a heading ending in a colon."""
    if len(below) < 2 or not title.isupper() or (raw or title).rstrip()[-1:] in ".:":
        return False
    line, text = below[0], below[0].body.strip()
    return not line.gap and not line.is_table and text.isupper() and 2 <= len(text.split()) <= 5 \
        and len(text) <= 40 and text[-1:] not in ":!?" and not below[1].body.isupper() \
        and not _CASE_PART.match(text) and match_label(line.text) is None


# The parts of a case in capitals that stand under its heading: "FORSLAG TIL VEDTAK",
# "RÅDMANNENS INNSTILLING", "BAKGRUNN FOR SAKEN", "SAKSOPPLYSNINGER".
_CASE_PART = lazy_regex(r"(?:\w+S\s+)?(?:FORSLAG|VEDTAK|INNSTILLING|KONKLUSJON|BAKGRUNN|"
                        r"SAKSOPPLYSNING|SAKSFRAMLEGG|SAKSFREMLEGG|SAKSUTGREIING|VURDERING|"
                        r"BEHANDLING|DRØFTING|ORIENTERING|MERKNAD|ØKONOMISKE\s+KONSEKV)")


def _goes_on_after_dash(title: str, after: Line) -> bool:
    """A title that stops on a dash ("Høring –") goes on in lower case on the next line
    ("regional plan for klima:"), unless that line is the outcome the dash sets apart
    ("Budsjett –" / "vedtatt") or a sentence ("rådet vedtok budsjettet")."""
    text = after.body
    if not text[:1].islower() or _DASH_OUTCOME.search(f"{title} {text}"):
        return False
    core = text[:-1] if text[-1:] == ":" else text
    return len(text) <= 60 and not after.is_table and \
        not core.endswith((".", ":", "!", "?", ",")) and text[1:3] not in _LETTER_MARKS and \
        not _WORD_VERB.search(text) and not _PAST_VERB.search(text)


_WORD_VERB = lazy_regex(rf"\b(?:{_RUN_ON_VERB.pattern})\b")  # a verb as a word of its own


# The prepositions a title cannot end on (a name may follow them on the next line).
_TITLE_PREPOSITIONS = frozenset({"av", "fra", "frå", "til", "for", "om", "i", "på", "med"})


def _wrapped_title(lines: list[Line]) -> int:
    """How many lines a title under a lone number takes: more than one when a narrow
    table column wrapped it after a link word ("Godkjenning av" / "referat 260215")."""
    taken = 1
    if len(lines) > 1 and not lines[0].is_table and \
            _lower_case_tail(lines[0].body, lines[1], lines[2:3]):
        return 2
    if len(lines[0].body) > 25:
        return 1  # a wide column: a title wrapped in it has a long first line
    while taken < min(len(lines), 4) and _LINK_AT_END.search(lines[taken - 1].body) and \
            not lines[taken].gap and len(lines[taken].body) <= 40 and \
            not lines[taken].body.endswith((".", ":")):
        taken += 1
    return taken


def _lower_case_tail(first: str, second: Line, after: list[Line]) -> bool:
    """A title wrapped onto a short lower-case line ("Sak 5/24 Høring om ny" / "kommuneplan",
    "Tilskudd til lag" / "og foreninger 2024"), under a lone number or beside it: neither
    line is a sentence (no stop, no finite or past verb), the second joins the first with
    no blank line, and what follows starts anew (a blank line, a capital) rather than
    going on as one wrapped paragraph. Not a presenter line ("Sak 2/25 Budsjett 2026" /
    "v/ kasserer Leif Ho"): who brings the case is the item's text, not its title. Not a
    bulleted line ("4. Eventuelt" / "– dugnad 12. mai"): a dash or bullet starts a list
    entry of the item's text; a wrapped title goes on without a marker."""
    text = second.body
    return text[:1].islower() and not second.gap and len(text) <= 40 and \
        not second.is_bullet and \
        text[1:3] not in _LETTER_MARKS and not text.startswith(PRESENTER_OPENERS) and \
        len(first) <= 60 and not second.is_table and \
        not first.endswith((".", ":", ",", "!", "?")) and \
        not text.endswith((".", ":", ",", "!", "?")) and \
        (not after or after[0].gap or after[0].body[:1].isupper()) and \
        not FINITE_VERB.search(first) and not FINITE_VERB.search(text) and \
        not _PAST_VERB.search(text) and len(first.split()) + len(text.split()) <= _TITLE_WORDS


# What follows a sub-item's letter ("a) Status bredbånd" under "Sak 21/25 Orienteringer"):
# a list starts there, the title does not go on.
_LETTER_MARKS = frozenset((") ", ". "))
# How a line naming who brings a case opens: "v/ kasserer", "v. leder", "ved rådmannen".
PRESENTER_OPENERS = ("v/", "v. ", "ved ")
# A line ending in a word that needs the next one: "Resultatene fra", "Kandidater til".
_LINK_AT_END = lazy_regex(r"(?:\s(?:av|fra|frå|til|for|om|i|på|med|og|v/)|,)$", re.I)
# A title may ask: "Korleis skal vi legge opp prøveordninga" is a title, not what happened.
_QUESTION_OPENERS = QUESTION_WORDS | {"skal", "kan", "bør", "vil", "når"}


def _theme_question(text: str) -> bool:
    """A question a heading sets as its theme after a colon ("Gruppearbeid: Hvordan nå
    ungdom som faller utenfor?", "Tema 2: Korleis kan vi dele data?"): one question that
    opens on a question word is the title's own, not what was said under it."""
    return text.endswith("?") and text.split(" ", 1)[0].casefold() in QUESTION_WORDS and \
        not any(mark in text[:-1] for mark in ".!?")


def _heading_question(text: str) -> bool:
    """A plain question line that a summary of unnumbered sections may set as a heading:
    a talk's topic with its question after a dash ("Levekår i Namdal – hva sier
    tallene?") or a colon ("Gruppearbeid: Hvordan bruke tallene?", a short topic
    first), or a short question opening on a question word ("Hva sier forskningen om
    Sørlandet?", "Kva tek vi med oss vidare?"). A question of more words, or one that
    opens otherwise ("Er dette riktig?"), is what was asked, not a heading; the caller
    still wants the line set apart over running text like any plain heading."""
    head, dash, tail = text.partition(" – ")
    if dash:
        return bool(head) and "?" not in head and _theme_question(tail)
    head, colon, tail = text.partition(": ")
    if colon and len(head.split()) <= 3:
        return "?" not in head and _theme_question(tail)
    return text.split(" ", 1)[0].casefold() in QUESTION_WORDS and len(text.split()) <= 8


def is_whole_sentence(text: str) -> bool:
    """A numbered entry that is a finished sentence with a finite verb ("Saklista blei
    godkjent.", "Magne Aasbrenn blei valt til møteleiar."), not a title."""
    text = text.strip()
    if text[-1:] != ".":  # "Sak 1 Innkallingen og dagsorden ble godkjent"
        return len(text.split()) >= 3 and ("ble" in text or "vart" in text) and \
            bool(_PASSED.search(text))  # (the pattern's verbs: "ble", "blei", "vart")
    return len(text.split()) >= 3 and \
        bool(FINITE_VERB.search(text)) and not _ENDS_IN_NUMBER.search(text[:-1])


# What a meeting did to a case, said without a full stop after it.
_PASSED = lazy_regex(r"\b(?:ble|blei|vart)\s+(?:\w+\s+)?(?:godkjent|godkjend|vedtatt|vedteke|"
                     r"valgt|valt|vald|utsatt|utsett|tatt til orientering)\b")


def _short_title_line(line: Line, after: list[Line]) -> bool:
    """A line short enough and unfinished enough to be a title on its own.

    Not the first line of running text: one a lower-case line right below goes on
    ("… kom inn heile kr55.000,- til" / "organisasjonen …"), one of more words than a
    title has, or a few words and a colon before a sentence ("Skuleruta 2023-2024: Fau
    hadde ingen innvendingar til den nye skuleruta").
    """
    if line.bold:
        return True
    text = line.body
    sentence = len(text.split()) >= 6 and _SUBJECT_VERB.match(text)  # "Styret besluttet å …"
    if text.endswith(".") and not sentence and ((len(text.split()) <= 3 and
                                                 not FINITE_VERB.search(text))
                                                or _YEAR_STOP.search(text)
                                                or (after and after[0].body.endswith(":") and
                                                    not FINITE_VERB.search(text))):
        return True  # "Ryddedugnad.", "Seminar i Drammen 24.-25. januar 2015.", and a title
    # with its full stop over "Vedtak:" / "Saksdokumenter:" (not "Innkallingen ble godkjent.":
    # a sentence, the item's text under a heading that holds only its number)
    if len(text) > 120 or text.endswith((".", "!", "?")) or len(text.split()) > _TITLE_WORDS \
            or sentence:
        return False
    if after and not after[0].gap and after[0].body[:1].islower() and not after[0].is_table \
            and after[0].kind is not LIST_ITEM:  # ("a) Noah tok opp …" starts a list)
        return False
    _head, colon, tail = text.partition(": ")
    return not (colon and len(tail.split()) >= 5)


_YEAR_STOP = lazy_regex(r"\s(?:19|20)\d{2}\.$")
# A sentence starting with its subject and a finite verb: "Styret besluttet å kjøpe …".
_SUBJECT_VERB = lazy_regex(r"^[A-ZÆØÅ][\wæøå-]+\s+(?:[a-zæøå]+(?:te|et|de|ert|ast)|ble|vart|var|"
                           r"har|hadde|skal|vil|la|tok|fikk|fekk|kom|gikk|gjekk|er)\b")
#: A title on its own line has at most this many words; more is running text.
_TITLE_WORDS = 12


def _memo_copy_field(lines: list[Line], start: int, i: int) -> bool:
    """Whether a copy label ("Kopi: Rådmannsutvalget") is a memo's head field right under
    its "Sak:" field or its case's heading ("Sak 04/25 Felles bookingløsning"), the case
    the memo is about: the memo's text follows, no closing. A copy list that closes an
    item stands after its text, so one that opens the item's text, with sentences after
    it, is the head's."""
    return i == start and i > 0 and lines[i].lowered.startswith("kopi") and \
        i + 1 < len(lines) and (lines[i - 1].lowered.startswith("sak:") or
                                _sentence_follows(lines[i + 1:i + 4]))


def _head_copy_line(lines: list[Line]) -> bool:
    """Whether an item's text opens with a memo's copy field ("Kopi: Næringssjefene")
    over the memo's text (``_memo_copy_field``): a field of the head, no text of it."""
    label = match_label(" ".join(lines[0].text.split()))  # (also "Kopi:⇥…", a cell apart)
    return label is not None and label.field is Field.COPY and label.value != "" and \
        _sentence_follows(lines[1:4])


def _sentence_follows(lines: list[Line]) -> bool:
    """Whether one of these lines is running text: a sentence of some words that ends
    with a full stop ("Styret ba i møte 12. desember om en vurdering …")."""
    return any(line.body.endswith(".") and len(line.body.split()) >= _SENTENCE_WORDS and
               match_label(line.text) is None for line in lines)


_SENTENCE_WORDS = 5


def section_end(lines: list[Line], start: int) -> int:
    """Where the last item's text stops: a signature or "Møtet hevet" line, else the end.

    A letterhead's footer that a page break put inside the text is no end: the text goes
    on after it (``page_footer_inside``)."""
    for i in range(start, len(lines)):
        if (
            lines[i].lowered.rstrip(" :") in SIGNING_HEADINGS
            and i > start
            and i + 1 < len(lines)
            and _signature_line(lines[i + 1])
        ):
            return i  # "Godkjent av" / "Signert elektronisk av Kari Holm, 15.03.2025 08:41"
        if (_end_mark(lines[i].body) or _thanks_then_closed(lines[i])) and \
                not page_footer_inside(lines, i) and not _memo_copy_field(lines, start, i):
            return i - 1 if i - 1 > start and _writer_over(lines, i) else i
        if "godkj" in lines[i].lowered and _approves_these_minutes(lines, start, i):
            return i
        if lines[i].lowered[:7] == "vedlegg" and _attachments_list(lines, start, i):
            return i
        if lines[i].lowered[:4] in _APPEAL_STARTS and _closing_appeal(lines, start, i):
            return i
        if i + 1 < len(lines) and _signs_over_titles(lines[i], lines[i + 1]):
            return i
        if lines[i].lowered[:4] == "for " and i > start and _signs_for_body(lines, i):
            return i
        if ("@" in lines[i].body or (
                (starts := _CONTACT_BY_FIRST.get(lines[i].lowered[:1])) is not None and
                lines[i].lowered.startswith(starts))) and \
                (signed := _mail_signature(lines, start, i)) is not None:
            return signed
        if _may_sign_with_title(lines[i]) and _signs_with_title(lines[i]):
            return i
        if 2 <= len(lines) - i <= _SIGNATURE_BLOCK_LINES and "," in lines[i].body and \
                i > start and _signatures_to_the_end(lines, i):
            return i
        if "sign" in lines[i].lowered and _NAME_E_SIGNED.match(lines[i].body):
            return i  # "Kari Holm, styreleiar – signert elektronisk 25.04.2025 (BankID)"
        if lines[i].lowered[:4] in _MAIL_HEAD_STARTS and _quoted_mail_head(lines, i):
            return i
        if lines[i].lowered[:4] in _CLOSING_LIST_STARTS and closing_people_list(lines, i):
            return i
        if lines[i].lowered[:8] == "lettlest" and i > start and _easy_read_summary(lines[i]):
            return i
        if (starts := _INVITATION_BY_FIRST.get(lines[i].lowered[:1])) is not None and \
                lines[i].lowered.startswith(starts) and _meeting_invitation(lines, i):
            return i
    if len(lines) - 1 > start and (_site_footer(lines[-1].body) or _signed_first_name(lines[-1])
                                   or _signed_by_chair_alone(lines) or
                                   _writer_after_label(lines[-1])):
        return len(lines) - 1
    if (len(lines) - 1 > start or _last_row_signed(lines, start)) and \
            (signed := _signed_by_writer(lines[-2:])):
        return max(len(lines) - signed, start + 1 if len(lines) - 1 > start else start)
    if len(lines) - 1 > start and (dated := _signed_place_and_date(lines, start)) is not None:
        return dated
    if len(lines) - 1 > start and lines[-1].body[-1:].isdigit() and _dated_alone(lines):
        return len(lines) - 1
    return len(lines)


#: Headings over the signatures that close minutes exported from a board portal
#: ("Godkjent av", "Signaturer"): neither an item nor words of the last one.
SIGNING_HEADINGS = frozenset(
    (
        "godkjent av",
        "godkjend av",
        "godkjent og signert av",
        "signert av",
        "signaturer",
        "signatur",
        "signering",
        "e-signatur",
        "e-signaturer",
        "elektronisk signatur",
        "elektronisk signert",
        "underskrifter",
        "underskrift",
        "underteikna av",
        "signatarer",
    )
)
# One who signed electronically, named first: "Kari Holm, styreleiar – signert
# elektronisk 25.04.2025 08:12 (BankID)", "Ola Berg – signert med BankID" (a name, maybe
# the seat after a comma, then the stamp; "Avtalen ble signert elektronisk" names no one).
_NAME_E_SIGNED = lazy_regex(
    r"(?-i:[A-ZÆØÅ])[\w-]+(?:\s+(?-i:[A-ZÆØÅ])[\w.-]+){1,3}\s*"
    r"(?:,\s*[\wæøå /-]{2,40}?)?\s*[–—,-]?\s*(?:signert|signed|"
    r"e-?signert)\s+(?:elektronisk|digitalt|med\s+bankid)\b",
    re.I,
)


def _signature_line(line: Line) -> bool:
    """Whether a line signs the minutes: the usual end marks ("Signert elektronisk av
    Kari Holm, 15.03.2025 08:41", "Kari Holm (sign.)"), a name with an electronic stamp,
    or a line about BankID ("Dokumentet er signert elektronisk med BankID.")."""
    lowered = line.lowered
    return (
        _end_mark(line.body) is not None
        or "bankid" in lowered
        or ("sign" in lowered and _NAME_E_SIGNED.match(line.body) is not None)
    )


# The first letters of a heading over the meeting's people bound after the items
# (also as an appendix: "Vedlegg 1: Deltakere").
_CLOSING_LIST_STARTS = frozenset(("delt", "til ", "tils", "vedl", "bila", "over", "list"))

# The first lines of a video meeting's invitation pasted under the minutes, as the calendar
# writes it ("Microsoft Teams-møte", "Bli med på datamaskin eller mobilapp", "Klikk her for
# å bli med i møtet", then "Møte-ID: …" and "Passord: …"): no words of the last item.
_INVITATION_STARTS = ("microsoft teams", "teams-møte", "bli med på ", "bli med i møtet",
                      "klikk her for å bli med", "join on your", "join the meeting",
                      "join zoom", "zoom-møte", "møte-id", "meeting id")
_INVITATION_BY_FIRST = by_first_letter(_INVITATION_STARTS)  # (``section_end``'s gate, s70g)
# The lines that make it an invitation: the meeting's id and its code.
_INVITATION_CODES = ("møte-id", "meeting id", "passord", "passcode", "password")


def _meeting_invitation(lines: list[Line], i: int) -> bool:
    """Whether line ``i`` opens a meeting invitation: a meeting id or passcode line
    follows within a few lines (the opening words alone may be a sentence's)."""
    return any(line.lowered.startswith(_INVITATION_CODES) for line in lines[i:i + 5])


def _easy_read_summary(line: Line) -> bool:
    """Whether a line heads the easy-read summary a council for people with disabilities
    adds after the items ("Lettlest sammendrag", "Lettlest samandrag:", "Lettlest
    oppsummering"): the minutes told again in plain words, no item's text."""
    words = line.lowered.rstrip(" :.").split()
    return len(words) == 2 and words[1] in _EASY_READ_SUMMARY_WORDS


_EASY_READ_SUMMARY_WORDS = frozenset(("sammendrag", "samandrag", "oppsummering",
                                      "oppsummert", "referat", "versjon", "utgave", "utgåve"))


def closing_people_list(lines: list[Line], i: int) -> bool:
    """Whether lines[i] heads a list of who took part bound after the last item
    ("Deltakarliste", "Deltakere:", "Til stede:" alone, set apart, over a name a line, as
    a gathering's summary ends; or bound as an appendix, "Vedlegg 1: Deltakere", and as
    a table under its heading row, "Navn | Organisasjon"): the people, not the last
    item's text nor a paper of its own."""
    line = lines[i]
    if not line.gap or i + 2 >= len(lines):
        return False
    label = match_label(closing_list_heading(line.text))
    if label is None or label.field is not Field.PRESENT or label.value:
        return False
    start, name_at = i + 1, 0
    if lines[start].is_table and (columns := table_columns(lines[start].cells)):
        start, name_at = start + 1, next(at for at, key in columns.items() if key == "name")
    rows = lines[start:start + 2]
    return len(rows) == 2 and all(looks_like_name(_listed_name(row, name_at)) for row in rows)


def closing_list_heading(text: str) -> str:
    """A closing list's heading without the appendix's word and number that bind it
    after the minutes: "Vedlegg 1: Deltakere" is headed "Deltakere" as a list of its own
    ("Deltakarliste") is."""
    if text[:4].casefold() not in _APPENDIX_STARTS:
        return text
    bound = _APPENDIX_PREFIX.match(text)
    return text[bound.end():] if bound else text


# "Vedlegg 1:", "Vedlegg:", "Bilag 2 –", "Vedlegg nr. 1." before an appendix's heading.
_APPENDIX_PREFIX = lazy_regex(r"(?:vedlegg|bilag)(?:\s+(?:nr\.?\s*)?(?:\d{1,2}|[a-h]))?"
                              r"\s*[:.–—-]\s*(?=\S)", re.I)


def _listed_name(row: Line, name_at: int) -> str:
    """The name that opens one entry of a closing list: its name cell in a table, else
    the line up to the first comma, bracket or dash ("Kari Li, Vestby kommune")."""
    if row.is_table:
        return row.cells[name_at].strip() if name_at < len(row.cells) else ""
    return _FIRST_PIECE.split(row.body, 1)[0].strip()


_FIRST_PIECE = lazy_regex(r"[,(–]|\s-\s")


# The heading over a paper bound after the minutes: "Vedlegg 1: Høringsuttalelse",
# "Vedlegg 2 – Saksframlegg", "BILAG 1", "Appendiks A", "Vedlegg 1 til protokoll",
# "Vedlegg til protokollen", or "Vedlegg" alone. Not "Vedlegg: budsjett 2025" (an item
# naming its paper: no number) nor a sentence ("Vedlegg 1. Budsjettet ble lagt fram.").
_APPENDIX_HEADING = lazy_regex(r"(?:vedlegg|bilag|appendiks|appendix)(?:(?:\s+(?:nr\.?\s*)?"
                               r"(?:\d{1,2}|[a-h])\b)(?:\s+til\s+[^.:]{3,60})?"
                               r"(?:\s*[:.–—-]\s*[^:]{1,99}[^.:]|\s*[:.])?|"
                               # "Vedlegg til protokollen" over the papers
                               r"\s+til\s+(?:møte)?(?:referatet|protokollen|protokollet|"
                               r"møteboka|møteboken)\s*:?|\s*:?)")
_APPENDIX_STARTS = ("vedl", "bila", "appe")
#: Lines that say the minutes go on below a heading: no paper of its own starts there.
# (the next meeting's label too: "Vedlegg" over a list of papers, then "Neste møte: 4.
# desember" closes the minutes, no paper's text)
_MINUTES_GO_ON = lazy_regex(r"(?:referent|møtesekretær|protokollfører)\s*[:;]|"
                            r"møtet\s+(?:ble\s+|vart\s+)?(?:hevet|heva|heve)\b|"
                            r"neste\s+[a-zæøå]*møte\s*[:;]")


def appendix_start(lines: list[Line], candidates: list[Candidate]) -> int | None:
    """The line where a paper bound after the minutes begins (a letter, a presentation,
    a case paper under "Vedlegg 1: …", a letter's letterhead over "Vår ref.:", the earlier
    mails quoted under a reply), or None:
    its names, dates, numbered paragraphs and "Forslag til vedtak" are no part of the
    meeting's record.

    The heading stands apart (a blank line, a page or a heading of its own) below the
    first item, is no item's heading, and opens text, not a list of papers. Nothing
    after it goes on with the minutes: an item numbered after the last one above, an
    item listed above (its section), a "Referent:" signature, "Møtet hevet"."""
    if not candidates:
        return None
    first, heads = candidates[0].line, {c.line for c in candidates}
    for line in lines[first + 1:]:
        start = line.lowered[:4]
        if start in _APPENDIX_STARTS and line.index not in heads and \
                (line.gap or line.kind is HEADING) and \
                _APPENDIX_HEADING.fullmatch(line.lowered) and \
                _opens_paper(lines, line.index, candidates) and \
                not closing_people_list(lines, line.index):  # "Vedlegg 1: Deltakere"
            return line.index
        if start in _LETTER_REF_STARTS and line.lowered.startswith(_LETTER_REFS):
            top = _letterhead_top(lines, line.index, candidates)
            if top not in heads and _opens_paper(lines, top, candidates):
                return top
        if start in _MAIL_HEAD_STARTS and _quoted_mail_head(lines, line.index):
            return line.index  # the thread under a reply that holds the minutes ("Fra: Per
            # Dahl" / "Sendt: …"): earlier mails, a draft of these minutes among them
    return None


# A letter's reference block under its letterhead: "Vår ref.: 24/112", "Deres ref:",
# "Vår dato:". Minutes have none; a letter bound after them (the body's statement, a
# letter from the county) starts with it.
_LETTER_REFS = ("vår ref", "deres ref", "vår dato", "deres dato", "vår referanse",
                "deres referanse", "vår sak", "dykkar ref", "dykkar dato")
_LETTER_REF_STARTS = frozenset(ref[:4] for ref in _LETTER_REFS)
#: How many lines of letterhead (name, address, postcode) stand over the reference block.
_LETTERHEAD_LINES = 6


def _letterhead_top(lines: list[Line], at: int, candidates: list[Candidate]) -> int:
    """The first line of the letterhead over a letter's reference line ``at``: the lines
    of its block (no blank line between) above it, below the last item heading."""
    last_head = max(c.line for c in candidates if c.line < at)
    top = at
    while top - 1 > last_head and not lines[top].gap and at - top < _LETTERHEAD_LINES:
        top -= 1
    return top


def _opens_paper(lines: list[Line], at: int, candidates: list[Candidate]) -> bool:
    """Whether the appendix heading at line ``at`` opens a paper of its own: text under
    it, not the next entry of a list of papers, and nothing below that continues the
    minutes (an item after the last one above it, a signature, "Møtet hevet")."""
    below = lines[at + 1:]
    if len(below) < 2 or below[0].lowered[:4] in _APPENDIX_STARTS or \
            _papers_over_case_part(below) or _papers_then_signature(below):
        return False
    above = [c for c in candidates if c.line < at]
    last = above[-1]
    listed = {(c.number, c.title.casefold()) for c in above}
    if any(c.line > at and ((c.style == last.style and c.series == last.series and
                             (c.seq or 0) > (last.seq or 0)) or
                            (c.number, c.title.casefold()) in listed) for c in candidates):
        return False  # (the same number and title again: a summons' case papers under
        # "Vedlegg", the sections of the saksliste above)
    return not any(_MINUTES_GO_ON.match(line.lowered) for line in below)


def _papers_then_signature(below: list[Line]) -> bool:
    """Whether the lines under a "Vedlegg:" heading are the minutes' list of papers ("1.
    Kartleggingsrapport", "2. Presentasjon …") and then no more than a signing block
    of short lines ("Gol, 23. oktober 2025" / "Kari Holm | Per Dahl" / "leiar |
    referent") to the end: the minutes end there, no paper is bound after them."""
    n = 0
    while n < len(below) and n <= _MAX_PAPERS and len(below[n].body) <= _ATTACHMENT_LENGTH \
            and (below[n].text[:1].isdecimal() or below[n].is_bullet):
        n += 1
    return n > 0 and len(below) - n <= _CLOSING_LINES and \
        all(len(line.body) <= _CLOSING_LENGTH for line in below[n:])


#: A signing block under the list of papers: at most this many lines, each this short.
_CLOSING_LINES = 6
_CLOSING_LENGTH = 60


def _papers_over_case_part(below: list[Line]) -> bool:
    """Whether the lines under a "Vedlegg" heading are its list of papers ("1. Rapport fra
    arbeidsgruppa", "2. Utkast til avtale") and then a part of the case ("Innstilling",
    "Saksopplysninger"): a case paper naming its papers in its head, whose case text
    goes on below, no paper bound after the record."""
    for n, line in enumerate(below[:_MAX_PAPERS + 1]):
        if (line.text[:1].isdecimal() or line.is_bullet) and \
                len(line.body) <= _ATTACHMENT_LENGTH:
            continue
        return n > 0 and len(line.body) <= 40 and _CASE_PART.match(line.body.upper()) is not None
    return False


_MAX_PAPERS = 12  # (a case paper lists a few papers: a longer list is something else)


# How the first line of a mail's header starts ("Fra: Jon Berg", "From: …"), and the
# lines that follow it in the header ("Sendt: 30. april 2024 14:00").
_MAIL_HEAD_STARTS = frozenset({"fra:", "from", "----"})
_MAIL_HEAD_NEXT = ("sendt:", "sent:", "dato:", "date:", "til:", "to:")


def _quoted_mail_head(lines: list[Line], i: int) -> bool:
    """Whether line ``i`` opens a mail quoted under the minutes ("Fra: Jon Berg" over
    "Sendt: …", or "-----Opprinnelig melding-----"): an earlier message in the thread,
    no text of the last item."""
    lowered = lines[i].lowered
    if lowered.startswith("----"):
        return bool(QUOTED_MESSAGE.match(lowered))
    return (lowered.startswith("fra:") or lowered.startswith("from:")) and \
        i + 1 < len(lines) and lines[i + 1].lowered.startswith(_MAIL_HEAD_NEXT)


# The most lines a block of signatures closing the minutes takes ("Kari Holm, leder" /
# "Per Bø, sekretær" / the two who approve the minutes, side by side).
_SIGNATURE_BLOCK_LINES = 5


def _signatures_to_the_end(lines: list[Line], i: int) -> bool:
    """Whether the lines from ``i`` to the end are the minutes' signatures: each a signer
    and the seat after a comma ("Kari Holm, leder", a web page's signature cell with the
    title under the name) or names alone side by side ("Per Bø ⇥ Eva Lund", those who
    approve the minutes). One "Kari Holm, leder" alone may be an item's list of whom the
    body elected, and so may a run under a colon ("Følgende ble valgt:") or run on from
    such a line; a run of two lines or more that ends the document, set apart from the
    item's words, is the closing block, no text of the last item."""
    above = lines[i - 1]
    if not _signer_and_seat(lines[i].body) or above.body.endswith(":") or (
            not lines[i].gap and _signer_and_seat(above.body)):
        return False  # "Følgende ble valgt:" / "Kari Holm, leder" / "Per Bø, nestleder"
    for line in lines[i + 1:]:
        if _signer_and_seat(line.body):
            continue
        cells = [cell for cell in line.cells if cell.strip()] if line.is_table else [line.body]
        if not all(looks_like_name(cell.strip()) for cell in cells):
            return False
    return True


def _signer_and_seat(text: str) -> bool:
    """A name and a signer's seat after a comma: "Kari Holm, leder", "Per Bø, sekretær"."""
    name, comma, seat = text.rpartition(",")
    return bool(comma) and seat.strip(" .").casefold() in SIGNER_ROLES and \
        looks_like_name(name.strip())


def _last_row_signed(lines: list[Line], start: int) -> bool:
    """Whether the only line after the last item is under its table row: minutes written
    as a table ("PS 4/26 | Eventuelt | Ingen saker.") end with the writer's line under
    the table, which is no text of the last row's item (its text is in its cells)."""
    return start == len(lines) - 1 and start > 0 and lines[start - 1].is_table and \
        not lines[start].is_table


def _signed_by_writer(last_two: list[Line]) -> int:
    """How many of the document's last lines are the writer's signature ("Kari Holm,
    referent", "Nordvik, 14.03.2026 – Kari Holm, referent", "Kari Holm (ref.)") set apart,
    with the place-and-date line over or under it (2) or alone (1), else 0: the minutes end
    with who wrote them, which is no text of the last item."""
    line = last_two[-1]
    if len(last_two) == 2 and not line.gap and last_two[0].gap and \
            line.body[-1:].isdigit() and PLACE_AND_DATE.fullmatch(line.body.strip()):
        line = last_two[0]  # "Kari Holm, referent" / "Vestby 14.03.2025": the place and
        # day under the signature (the two lines, when it is the writer's)
        return 2 if _signed_by_writer([line]) else 0
    text = without_trailing_day(line.body.strip())
    if not text.casefold().endswith(WRITER_ENDINGS):
        return 0
    signed = SIGNED_WRITER.match(text)
    if signed is None or not looks_like_name(signed.group("name")):
        first = FIRST_NAME_WRITER.match(text)
        return 1 if first and line.gap and is_first_name(first.group("name")) else 0
        # ("Tove, referent" set apart: a first name signing as the writer)
    if len(last_two) == 2 and not line.gap and last_two[0].gap and \
            (PLACE_AND_DATE.match(last_two[0].body.strip()) or _signs_as_chair(last_two[0])):
        return 2
    return 1 if line.gap else 0


def _writer_over(lines: list[Line], i: int) -> bool:
    """Whether the writer's signature set apart stands right over the place-and-date line
    ``i`` that ends the minutes ("Kari Holm, referent" / "Vestby, 14. mars 2025"): the two
    sign them, and neither is text of the last item."""
    line = lines[i]
    return not line.gap and lines[i - 1].gap and line.body[-1:].isdigit() and \
        PLACE_AND_DATE.fullmatch(line.body.strip()) is not None and \
        _signed_by_writer([lines[i - 1]]) == 1


def _signs_as_chair(line: Line) -> bool:
    """"Kari Holm, styreleder", "Kari Holm (sign.) leder", "Kari Holm (leder)" alone on its
    line: the chair's signature over the writer's ("Per Vik, referent") that ends the
    minutes, or alone at the end."""
    name = signing_chair(line.body)
    return name is not None and looks_like_name(name)


def _signed_by_chair_alone(lines: list[Line]) -> bool:
    """Whether the document's last line is the chair's signature set apart ("Kari Holm,
    leder", "Per Dahl, styreleiar" under a blank line): the minutes close with who
    signs them, no text of the last item. Not the last of a list of whom the body
    elected ("Kari Holm, leder" under "Per Bø, kasserer" or under a lead "… valgt:")."""
    line = lines[-1]
    if not line.gap or not ("," in line.body or line.body.endswith(")")) or \
            not _signs_as_chair(line):
        return False
    above = lines[-2].body.rstrip()
    return not above.endswith(":") and not _signs_as_chair(lines[-2]) and \
        not _TITLED_ENTRY.match(above)


# An entry of a list of people with their seats: "Per Bø, kasserer", "Kari Holm – leder".
_TITLED_ENTRY = lazy_regex(r"^[A-ZÆØÅ][\w.-]+(?:\s+[A-ZÆØÅ][\w.-]+){1,3}\s*[,–-]\s*[a-zæøå]+\.?$")


# The day after a writer's signature: "Kari Holm, referent, 6. mars 2025", "… – 06.03.25",
# also with the place it was signed after a comma: "Kari Holm, referent, Vestby 6.3.2025".
_TRAILING_DAY = lazy_regex(r"(?:\s*[,–—-]\s*[A-ZÆØÅ][\w-]+(?:\s+i\s+[A-ZÆØÅ][\w-]+)?,?\s+|"
                          r"\s*[,–—-]?\s*)(?:den\s+)?\d{1,2}\.\s*"
                          r"(?:\d{1,2}\.\s*\d{2,4}|[a-zæøå]+\s+\d{4})\.?$")


def without_trailing_day(text: str) -> str:
    """A writer's signature without the day after it ("Kari Holm, referent, 6. mars 2025"
    → "Kari Holm, referent"), and the place before that day ("…, Vestby 6.3.2025"): the
    place and day date the minutes, the rest names who wrote them."""
    return _TRAILING_DAY.sub("", text) if text[-1:].isdigit() else text


def _signed_place_and_date(lines: list[Line], start: int) -> int | None:
    """Where a place-and-date line set apart over only a signature ends the minutes
    ("Vestby 6. mars 2025" / "Kari Holm", also without the comma the end mark needs):
    where and when they were signed, no text of the last item. Only the last three lines
    are looked at, and every line under the date must be a name or a signer's title. The
    date may stand without its place ("12.03.26" / "Ragnhild Eide")."""
    for k in range(max(start + 1, len(lines) - 3), len(lines) - 1):
        line = lines[k]
        if not (line.gap and (line.body[:1].isupper() or line.body[:1].isdecimal()) and
                line.body[-1:] in "0123456789."
                and PLACE_AND_DATE.match(line.body.strip())):
            continue
        if all(looks_like_name(SIGNED_MARK.sub("", under.body).strip(" ,")) or
               under.lowered.strip(" .,()") in SIGNER_ROLES for under in lines[k + 1:]):
            return k
    return None


def _dated_alone(lines: list[Line]) -> bool:
    """Whether the document's last line is a date alone with no name under it ("17.02.22",
    "Vestby, 17. februar 2022") after a finished sentence or a blank line: the day the
    minutes were written or signed, no text of the last item. A date under another date
    ("Møteplan:" / "10.02.22" / "17.02.22") or under a line that leads to it ("Neste møte:")
    is the item's own."""
    last, above = lines[-1], lines[-2]
    if not PLACE_AND_DATE.match(last.body.strip()):
        return False
    before = above.body.rstrip()
    return (last.gap or before[-1:] in ".!") and before[-1:] not in ":;," and \
        not PLACE_AND_DATE.match(before)


# A line of its own with where and when the minutes were signed: "Nordvik, 14.03.2026",
# "Nordvik 14. mars 2026", "14.03.26"
PLACE_AND_DATE = lazy_regex(r"(?:[A-ZÆØÅ][\w-]+,?\s+(?:den\s+)?)?\d{1,2}\.\s*"
                            r"(?:\d{1,2}\.\s*\d{2,4}|[a-zæøå]+\s+\d{4})\.?$")


def _writer_after_label(line: Line) -> bool:
    """Whether the document's last line, set apart, names who wrote the minutes after
    the writer's label ("Ref. Live", "Referent: Anne Berg", "Skrivar: Ola"): the
    signature, not text of the last item."""
    lowered = line.lowered
    if not (line.gap and len(lowered) < 50 and lowered.startswith(_WRITER_LABELS)):
        return False
    name = line.body.split(None, 1)[1].strip(" .") if " " in line.body.strip() else ""
    first = name.split(None, 1)[0] if name else ""
    return bool(first) and (looks_like_name(name) or (" " not in name and is_first_name(first)))


# How a line naming the minutes' writer starts, with its label's stop or colon.
_WRITER_LABELS = ("ref. ", "ref: ", "ref.: ", "referent: ", "referent ", "skrivar: ",
                  "sekretær: ", "møtesekretær: ")


def _signed_first_name(line: Line) -> bool:
    """Whether the document's last line is a mail's sign-off by first name alone ("Per"
    under a blank line): the sender, not text of the last item."""
    word = line.body.rstrip(" .")
    return line.gap and " " not in word and 1 < len(word) < 20 and word[0].isupper() and \
        is_first_name(word)


# How the lines of a mail signature with phone or address start ("Telefon: 900 11 222")
_CONTACT_STARTS = ("tlf", "telefon", "mobil", "e-post", "epost", "e-mail", "mob.", "mob:")
_CONTACT_BY_FIRST = by_first_letter(_CONTACT_STARTS)  # (``section_end``'s gate, s70g)
#: How many lines of title and employer stand between a mail signature's name and its
#: phone or address line.
_SIGNATURE_LINES = 3


def _mail_signature(lines: list[Line], start: int, i: int) -> int | None:
    """The line of the name that opens the sender's mail signature when line ``i`` gives
    her phone or address ("Kari Holm" / "Rådgiver | Nordby kommune" / "Telefon: 900 11
    222"): the minutes were sent as a mail, and what follows is no text of the last item.
    Not a contact an item names ("Spørsmål kan rettes til:" over the name)."""
    line = lines[i]
    if len(line.body) > 150 or ". " in line.body or \
            not CONTACT_MARK.search(line.lowered):
        return None
    for k in range(i - 1, max(start, i - 1 - _SIGNATURE_LINES), -1):
        body = lines[k].body
        if len(body) > 60 or body[-1:] in ".:;!?":
            return None
        if lines[k].is_table:
            body = lines[k].cells[0]  # "Kari Holm | Rådgiver | Nordby kommune"
        if looks_like_name(body.strip(" ,")):
            above = lines[k - 1].body
            return k if above[-1:] != ":" else None
    return None


# "For styret", "For Regionrådet Nordfjell", "For arbeidsutvalet": whom the names under it
# sign for (a few words, no sentence).
_SIGNS_FOR = lazy_regex(r"for\s+(?:(?:styret|rådet|utvalget|utvalet|gruppa|gruppen|"
                        r"[\wæøå-]*(?:rådet|styret|utvalget|utvalet|gruppa|gruppen))\b|"
                        r"(?-i:[A-ZÆØÅ]))[^.,:;!?]{0,50}", re.I)


def _signs_for_body(lines: list[Line], i: int) -> bool:
    """Whether line ``i`` opens the signatures under the minutes: "For styret" over a
    signed name ("Kari Holm (sign.)") or a row of names. No text of the last item."""
    if i + 1 >= len(lines) or not _SIGNS_FOR.fullmatch(lines[i].body):
        return False
    below = lines[i + 1]
    if below.is_table:
        return all(looks_like_name(SIGNED_MARK.sub("", c).strip(" ,")) for c in below.cells)
    # (a name alone, or with the chair's title: "For styret" / "Kari Holm, styreleder")
    return looks_like_name(SIGNED_MARK.sub("", below.body).strip(" ,")) or \
        ("," in below.body and _signs_as_chair(below))


# A postcode and its place ("1234 Åsen"): an address.
_POSTCODE_PLACE = lazy_regex(r"(?<![\w.,/-])\d{4} +[A-ZÆØÅ]")


def _site_footer(text: str) -> bool:
    """Whether the document's last line is a web site's footer under the minutes: the
    organisation's address with its postcode and two of its numbers or addresses ("Åsen
    kommune | Rådhusgata 1, 1234 Åsen | Tlf 12 34 56 78 | postmottak@asen.no"), no
    sentence."""
    return len(text) <= 250 and text[-1:] != "." and \
        len(CONTACT_MARK.findall(text)) >= 2 and _POSTCODE_PLACE.search(text) is not None


def _may_sign_with_title(line: Line) -> bool:
    """The cheap test before ``_signs_with_title``: a slash, a signature mark "(s", or a
    comma in a line of columns."""
    body = line.body
    return "/" in body or "(s" in line.lowered or \
        ("," in body and (line.is_table or "   " in body or "\t" in body))


def _signs_with_title(line: Line) -> bool:
    """A board's signature with its title, one or two to a line: after a slash ("Kari
    Holm / styreleder      Per Bø / nestleder"), after the signature mark ("Kari Holm
    (sign.) leiar"), or after a comma in signatures side by side ("Liv Sæbø, leiar
    Helge Rørvik, skrivar"). No item text: a sentence has no signer's title after its
    last slash or a "(sign.)", and a lone "Kari Holm, leder" may be an item's list of
    whom the body elected, so the comma counts only with a signature beside it."""
    cells = line.cells if line.is_table else tuple(_COLUMNS.split(line.body.strip()))
    cells = tuple(cell for cell in cells if cell.strip())
    for cell in cells:
        marked = MARK_BEFORE_TITLE.split(cell, 1)
        if len(marked) == 2:  # "Kari Holm (sign.) leiar": the mark, then the title
            name, title = marked
        else:
            name, slash, title = cell.rpartition("/")
            if not slash and len(cells) > 1:  # "Liv Sæbø, leiar" beside another
                name, slash, title = SIGNED_MARK.sub("", cell).rpartition(",")
            if not slash:
                return False
        if title.strip(" .,").casefold() not in SIGNER_ROLES or \
                not looks_like_name(SIGNED_MARK.sub("", name).strip(" ,")):
            return False
    return bool(cells)


_COLUMNS = lazy_regex(r"\s{3,}|\t")




# A closing note on how these minutes are approved: "Referatet er godkjent av leder.",
# "Referatet godkjennes ved signering.", "Protokollen vert godkjend elektronisk.", "Møteboka
# er godkjend elektronisk av leiar og sekretær." (a case system's møtebok) It names
# who signs or how, which an item's "Referatet fra forrige møte ble godkjent." does not.
_SIGNERS = "|".join(sorted((re.escape(role) for role in SIGNER_ROLES), key=len, reverse=True))
_SIGNING = (r"(?:ved|gjennom|med|etter)\s+(?:elektronisk\s+|digital\s+)?"
            r"(?:signering|signatur|underskrift|e-?signering|bankid)")
_THESE_MINUTES_APPROVED = lazy_regex(
    r"^(?:(?:møte)?(?:referatet|protokollen|referat|protokoll|boka|boken)\s+"
    r"(?:er\s+|blir\s+|ble\s+|blei\s+|vert\s+|vart\s+)?"
    r"(?:godkjent|godkjend|godkjennes|godkjennast|godkjenast|godkjent\s+og\s+signert)\s+"
    rf"(?:{_SIGNING}|elektronisk|digitalt|"
    # approved as they are written, item by item: "Protokollen godkjennes fortløpende.",
    # nynorsk "Protokollen vert godkjend fortløpande."
    r"(?:fortløpende|fortløpande)\s*\.?\s*$|"
    r"(?:per|pr\.?|via|på)\s+e-?post|"
    rf"av\s+(?:møtets\s+|styrets\s+)?(?:{_SIGNERS})\b|"
    # "… godkjent av Kari Dahl og Per Lie ved elektronisk signering."
    rf"av\s+[^:]{{3,80}}?\s+{_SIGNING}|"
    # "Referatet godkjennes på neste møte.", "… i neste styremøte"
    r"(?:på|i)\s+(?:neste|kommende|kommande|førstkommende)\s+[\wæøå-]*møte\b)|"
    # a stamp without the minutes named: "Godkjent elektronisk", "Dokumentet er
    # elektronisk godkjent og har derfor ingen håndskrevne signaturer."
    # ("Protokollen er elektronisk godkjent og har derfor ingen signatur.")
    r"(?:(?:dokumentet|(?:møte)?protokollen|(?:møte)?referatet|møteboka|møteboken)\s+"
    r"(?:er|vart|ble)\s+)?"
    r"(?:(?:elektronisk|digitalt)\s+(?:godkjent|godkjend)|"
    r"(?:godkjent|godkjend)\s+(?:elektronisk|digitalt|(?:per|pr\.?|via|på)\s+e-?post))|"
    # the day of approval as a labelled stamp: "Godkjent dato: 12.02.2025"
    r"(?:(?:godkjent|godkjend)\s+dato|dato\s+(?:godkjent|godkjend)|godkjenningsdato)\s*:|"
    # the stamp with its date alone: "Godkjent: 12.02.2025", "Godkjend: 3. mars 2025"
    r"(?:godkjent|godkjend)\s*:\s*\d{1,2}\.\s*(?:\d{1,2}\.\s*\d{2,4}|[a-zæøå]+\s+\d{4})\s*$|"
    # the minutes' own approval said alone: "Protokollen er godkjent.", "Referatet vart
    # godkjent." (what approved an earlier meeting's minutes names that meeting)
    r"(?:møte)?(?:referatet|protokollen)\s+(?:er|ble|blei|vart)\s+(?:godkjent|godkjend)"
    r"\s*\.?\s*$|"
    # … or with the day: "Referatet er godkjent 11. mars 2025.", "Godkjent av styret
    # 11.03.2025" (the day these minutes were approved, no outcome of the last item)
    r"(?:(?:møte)?(?:referatet|protokollen)\s+(?:er|ble|blei|vart)\s+)?(?:godkjent|godkjend)"
    r"(?:\s+av\s+[^:\d]{2,40}?)?\s+(?:den\s+)?\d{1,2}\.\s*(?:\d{1,2}\.\s*\d{2,4}|"
    r"[a-zæøå]+\s+\d{4})\s*\.?\s*$)"
    r"[^:]*$")


# The approval by silence under the minutes: "Referatet anses godkjent dersom det ikke er
# kommet merknader innen 14 dager", "Protokollen vert rekna som godkjend …". It says how
# these minutes become approved, never what an item decided.
_DEEMED_APPROVED = lazy_regex(
    r"^(?:møte)?(?:referatet|protokollen|referat|protokoll)\s+(?:\w+\s+){0,3}?"
    r"(?:anses|ansees|regnes|reknast|vert\s+rekna|blir\s+regnet|betraktes)\s+"
    r"(?:som\s+)?(?:godkjent|godkjend)\b")


def _approves_these_minutes(lines: list[Line], start: int, i: int) -> bool:
    """Whether line ``i`` is the closing note on approving these minutes, which ends the
    last item's text. Not the item's first line, nor in an item about approving minutes:
    there such a line may be what the item decided."""
    lowered = lines[i].lowered
    if (" anse" in lowered or " regne" in lowered or " rekn" in lowered or
            "betrakt" in lowered) and _DEEMED_APPROVED.match(lowered):
        return i > start or not _about_minutes(lines, start)  # approval by silence
    if (i == start and not lines[i - 1].is_table) or len(lowered) > 120 or \
            not _THESE_MINUTES_APPROVED.match(lowered):
        return False  # (a table row holds its own text: the line under it is no first line)
    return not _about_minutes(lines, start)


def _about_minutes(lines: list[Line], start: int) -> bool:
    """Whether the last item's heading (the line above ``start``) is about minutes."""
    title = lines[start - 1].lowered if start else ""
    return any(word in title for word in ("referat", "protokoll", "godkj", "signer"))


_ATTACHMENTS_LABEL = lazy_regex(r"vedlegg(?:\s+til\s+(?:møte)?(?:referatet|protokollen))?\s*:?")
_ATTACHMENT_LENGTH = 100  # a document's name, not a sentence of the item's text


def _attachments_list(lines: list[Line], start: int, i: int) -> bool:
    """Whether line ``i`` is a bare "Vedlegg:" set apart below the last item over a list
    of documents that runs to the end (or to a signature): the minutes' attachments,
    which are no text of the last item. Not the item's first line, and not a label that
    names its document on the same line ("Vedlegg: Høringsbrev", the item's own)."""
    # (i > 0: the last item's heading stands above)
    if (i == start and not lines[i - 1].is_table) or not lines[i].gap or \
            not _ATTACHMENTS_LABEL.fullmatch(lines[i].lowered):
        return False  # (under a table's last row, whose cells hold the item's text: no)
    after = lines[i + 1:section_end(lines, i + 1)]
    return bool(after) and all(len(line.body) <= _ATTACHMENT_LENGTH for line in after)


# The notice of the right to appeal set apart below the last item, for the meeting's
# decisions together: "Vedtakene i sak 9/25 og 10/25 kan påklages til …", nynorsk "Vedtaka
# i sakene … kan påklagast …", "Klagefrist: tre veker …". It closes the minutes, as the law
# has them tell the parties; no text of the last item, whose own notice names its one
# vedtak ("Vedtaket kan påklages …").
_APPEAL_STARTS = frozenset(("vedt", "enke", "klag"))
_CLOSING_APPEAL = lazy_regex(r"(?:vedtak(?:ene|a)|enkeltvedtak(?:ene|a)?|"
                             r"vedtak\s+i\s+(?:sak|saker|sakene|sakane)|"
                             r"klagefrist(?:en)?|klageadgang(?:en)?|klagerett(?:en)?)\b")


def _closing_appeal(lines: list[Line], start: int, i: int) -> bool:
    """Whether line ``i`` opens the closing appeal notice (``_CLOSING_APPEAL``): set apart
    after the last item's first line, on appeal ("påklag", "klage")."""
    line = lines[i]
    return i > start and line.gap and _CLOSING_APPEAL.match(line.lowered) is not None and \
        ("påklag" in line.lowered or "klage" in line.lowered)


def _signs_over_titles(names: Line, titles: Line) -> bool:
    """Signatures under the minutes: "Kari Holm" over "leder", or names side by side over
    their titles ("Kari Holm      Per Bø" / "leder      referent"). No item text."""
    if titles.is_table:
        cells = titles.cells
        if not names.is_table or len(names.cells) != len(cells) or \
                not all(c.strip(" .,").casefold() in SIGNER_ROLES for c in cells):
            return False
        return all(looks_like_name(SIGNED_MARK.sub("", c).strip(" ,")) for c in names.cells)
    return titles.lowered.strip(" .,") in SIGNER_ROLES and \
        looks_like_name(SIGNED_MARK.sub("", names.body).strip(" ,"))


def page_footer_inside(lines: list[Line], i: int, anywhere: bool = False) -> bool:
    """Whether line ``i`` is a letterhead's footer ("Postadresse: Postboks 1, 1234 Nordby
    Org.nr 123 456 789") that a copy from PDF left at a page break: it comes back further
    on (every page has it; ``anywhere``: before it too, the last page's footer), or it
    stands between two halves of one sentence, or it is the document's last line."""
    text = lines[i].body
    if not is_contact_footer(text):
        return False
    if any(line.body == text for line in lines[i + 1:]) or \
            (anywhere and any(line.body == text for line in lines[:i])):
        return True
    if i == len(lines) - 1 and text[-1:] != ".":
        return True  # the document's last line: the last page's footer
    return 0 < i < len(lines) - 1 and lines[i - 1].body[-1:].isalpha() and \
        lines[i + 1].body[:1].islower()


def is_contact_footer(text: str) -> bool:
    """A line of an organisation's addresses and numbers, no sentence: two of its words
    ("Postadresse", "Org.nr", "Telefon", "E-post" …), one of them an address or a number
    only a footer gives ("Kari Holm, tlf. 123 45 678, e-post …" names a contact)."""
    if len(text) > 250 or text[-1:] == ".":
        return False
    lowered = text.casefold()
    if not any(word in lowered for word in _FOOTER_WORDS):
        return False
    return len(CONTACT_MARK.findall(lowered)) >= 2


# Words only a letterhead's footer uses (the rest of ``CONTACT_MARK`` a contact line shares).
_FOOTER_WORDS = ("postadr", "besøksadr", "org.", "org nr", "orgnr", "organisasjonsn",
                 "bankkonto", "kontonr", "foretaksreg", "postboks")


# "Budsjett 2025 (forts.)", "Budsjett – fortsettelse", "Forts. budsjett": the item again,
# after a break or another item; so is the word in brackets before the title, right
# after the number ("Sak 16/26 (forts.) Budsjett").
# ("Budsjett – fortsatt behandling", "Budsjett (forts. behandling)": the case heard on)
_CONTINUED = lazy_regex(r"^(?:forts\.|fortsettelse|framhald)\s|"
                        r"^\((?:forts\.?|fortsettelse|framhald|frh\.?)\)\s|"
                        r"(?:[\s,(–-]|^)(?:forts\.?|fortsettelse|fortsatt|framhald|frh\.?)"
                        r"(?:\s+(?:behandling|handsaming))?\s*\)?$",
                        re.I)


# The word first: "Forts. sak 2 Budsjett", "Fortsettelse av sak 3/24", "Framhald sak 2".
_CONTINUED_FIRST = lazy_regex(r"^(?:forts\.|fortsettelse|framhald)\s*(?:av\s+|på\s+)?"
                              r"(?=sak\s+\d)", re.I)


def is_continued(title: str) -> bool:
    """Whether an item heading says it goes on with an item taken earlier ("(forts.)")."""
    return ("ort" in title or "ram" in title or "rh" in title or "ORT" in title) and \
        _CONTINUED.search(title.strip()) is not None


def merge_continued(sections: list[Section]) -> list[Section]:
    """An item taken up again later ("Sak 11/24 Budsjett (forts.)" after item 12/24) is
    one item: its later text goes on the first section's, in the place of the first. So
    is a heading a PDF repeats at the top of the next page, the same number and title
    right after the section it goes on."""
    merged: list[Section] = []
    for section in sections:
        repeated = bool(merged) and section.number == merged[-1].number and \
            section.title is not None and merged[-1].title is not None and \
            section.title.casefold() == merged[-1].title.casefold()
        earlier = next((s for s in merged if s.number == section.number), None) \
            if section.number and section.title and \
            (repeated or is_continued(section.title)) else None
        if earlier is None and section.number and section.title and \
                is_continued(section.title):
            earlier = next((s for s in merged if s.number and
                            _without_kind(s.number) == _without_kind(section.number)), None)
        if earlier is None or section.heading_rest or section.row is not None:
            merged.append(section)
            continue
        earlier.lines = earlier.lines + section.lines
    return merged


# The kind of case before its number: "O-sak 2/25" (orientering), "V-sak", "D-sak", "B-sak".
_KIND_PREFIX = lazy_regex(r"[A-ZÆØÅ]-sak\s+", re.I)


def _without_kind(number: str) -> str:
    """A case number without the letter of its kind: "V-sak 2/25" taken up again as "Sak
    2/25 (forts.)" is the same case (one series; "RS 2/25" and "PS 2/25" are two)."""
    if "sak" in number[2:5]:
        kind = _KIND_PREFIX.match(number)
        if kind is not None:
            return number[kind.end():]
    return number


def next_meeting_line(lines: list[Line], last: Candidate, end: int,
                      headings: Sequence[int] = ()) -> int:
    """Where the last item's text stops when the minutes close with a line about the next
    meeting in a label's form ("Neste møte: 4. mai kl. 10 på Rådhuset"): that line is the
    record's next meeting, not the item's text. A sentence ("Neste møte blir 4. mai.")
    stays in the item, and so does the line under an item about the meetings ("Neste
    møte", "Møteplan"), and one with more text of the item after it. A table row "Neste
    møte | 4. mai, Rådhuset" is the label's form too: its first cell is the label. So is
    the sentence set apart after a blank line ("Neste møte blir 19.02.2026 kl. 18."): a
    closing paragraph of the minutes, no longer what was said under the last item. Text
    from a converter that leaves no blank line anywhere (pdfplumber's, PyMuPDF's: a line
    per printed line) cannot set it apart so; there the sentence on a line of its own is
    taken as set apart too. So is it where no item's heading (``headings``, their lines)
    is set apart either: a PDF whose paragraphs all stand equally far apart, or whose
    text layer gives a line per printed line under a letterhead or a running header that
    does stand apart, after a finished sentence."""
    gapless: bool | None = None  # (asked only at a next meeting's sentence: most items have none)
    if _MEETINGS_TITLE.search(last.title):
        return end
    # the row of a table that holds the items' text (a "Vedtak" cell beside the title): a
    # paragraph set apart under the table closes the minutes ("Sum innvilget i møtet: kr
    # 270 000."), no words of the last row's item
    row_end = max(last.line, last.row.last_line) if last.row is not None and \
        last.row.text.strip() and lines[last.line].kind is TABLE_ROW else end
    for index in range(last.line + 1, end):
        line = lines[index]
        if index > row_end and line.gap and line.kind is PARAGRAPH and \
                lines[index - 1].kind is TABLE_ROW and line.body:
            return index  # (a heading under the table, "Beslutninger" / "Oppgaver" over
            # their lists, gathers the meeting's decisions and tasks: the last row's)
        if (line.lowered.startswith(_NEXT_OPENINGS) or " / neste " in line.lowered[:40] or
                line.lowered.startswith(_YEARED_MEETING_OPENINGS)) and \
                end - index <= NEXT_MEETING_TAIL and \
                (index > last.line + 1 or last.row is not None or
                 split_heading(last.raw_title or last.title)[1] is not None):
            # (the line right under the heading follows the item's text when the heading
            # line carries it: "4. Eventuelt. Solveig minte om dugnaden 10. mai."; the label
            # may follow its Sami words: "Boahtte čoahkkin / Neste møte: …")
            if is_next_meeting_label(line):
                return _under_next_steps(lines, last, index)
            if _NEXT_MEETING_SENTENCE.match(line.body) or _place_only_sentence(line.body) or \
                    _month_only_sentence(line.body):
                if line.gap or not any(other.gap for other in lines[1:]):
                    return index
                if _under_next_steps(lines, last, index) < index:
                    return index - 1
                if gapless is None:
                    gapless = bool(headings) and last.row is None and \
                        not any(lines[h].gap for h in headings)  # (a table's rows: none)
                if gapless and lines[index - 1].body.endswith((".", "!", "?")):
                    return index
        if line.lowered.startswith(("de neste", "dei neste")) and line.gap and \
                _NEXT_MEETINGS_HEADING.match(line.body) and end - index <= NEXT_MEETING_TAIL:
            return index  # "De neste regionrådsmøtene:" over a day and place a line
        if line.lowered.startswith(_MEETING_PLAN_OPENINGS) and line.gap and \
                (plan := _MEETING_PLAN_LABEL.match(line.body)) and \
                end - index <= NEXT_MEETING_TAIL and _plan_gives_days(line.body[plan.end():]) \
                and not (index + 1 < end and lines[index + 1].is_table):
            return index  # "Møteplan høsten 2024: 9. september, …": the plan, set apart (a
            # table of the plan's days under it stays the item's, as a table of its own)
        if line.lowered.startswith(PLAN_HEADING_OPENINGS) and \
                (line.kind is HEADING or line.bold) and index > last.line + 1 and \
                _plan_heading_over_days(lines, index, end):
            return index  # "### Møtekalender 2026" / "- 9. juni" / …: the plan's own heading
        if line.gap and line.lowered.startswith(_NO_OTHER_BUSINESS_OPENINGS) and \
                end - index <= NEXT_MEETING_TAIL and _no_other_business(line, last):
            return index  # "Ingen saker under eventuelt." set apart after the last item
    return end


# A closing heading of what comes next, over the next meeting's line ("Next steps" /
# "Neste partnerskapsmøte blir 6. mars."; "Veien videre", nynorsk "Vegen vidare").
_NEXT_STEPS_HEADINGS = frozenset({"next steps", "neste steg", "veien videre", "vegen vidare"})


def _under_next_steps(lines: list[Line], last: Candidate, index: int) -> int:
    """Where the minutes' closing lines on the next meeting begin: at the line ``index``,
    or at a heading of what comes next set apart right over it ("Next steps"), which
    heads the record's next meeting, no words or tasks of the last item."""
    above = lines[index - 1]
    if index - 1 > last.line and above.gap and not lines[index].gap and \
            above.lowered.rstrip(" :") in _NEXT_STEPS_HEADINGS:
        return index - 1
    return index


# The words a heading of the coming meetings' plan opens with, no colon after it
# ("Møteplan hausten 2026", "Møtekalender 2026", "Møteplan 2026/27").
PLAN_HEADING_OPENINGS = ("møteplan", "møtekalender")
# A heading of the plan: its word, a season or a year, no more ("Møteplan for våren 2027").
_PLAN_HEADING = lazy_regex(r"møte(?:plan|kalender)(?:\s+(?:for\s+)?(?:(?:våren|høsten|hausten|"
                           r"vinteren|sommeren)\s+)?(?:\d{4}(?:\s*/\s*\d{2,4})?)?)?\s*:?", re.I)
# A line of the plan: a day first ("9. juni", "30.11.2026", "Tysdag 3. september").
_PLAN_DAY = lazy_regex(r"(?:[a-zæøå]{3,7}dag\s+)?\d{1,2}\.(?:\s*(?:" + "|".join(MONTHS) +
                       r")\b|\d{1,2}\.)", re.I)


def _plan_heading_over_days(lines: list[Line], index: int, end: int) -> bool:
    """Whether a heading of the plan ("Møteplan hausten 2026", "### Møtekalender 2026",
    no colon) stands over its days to the end: each line under it up to the closing
    lines (a place and date, a signature; ``NEXT_MEETING_TAIL`` at most) opens with a
    day, a table's head row ("Dato | Stad") aside. Then it is the minutes' plan of the
    coming meetings, set apart, not the last item's text."""
    if _PLAN_HEADING.fullmatch(lines[index].body.strip()) is None:
        return False
    days = 0
    row = index + 1
    while row < end:
        line = lines[row]
        first = line.cells[0] if line.is_table else line.body
        if _PLAN_DAY.match(first):
            days += 1
        elif not (days == 0 and line.is_table and row == index + 1 and not has_digit(line.text)):
            break
        row += 1
    return days > 0 and end - row <= NEXT_MEETING_TAIL


def _plan_gives_days(rest: str) -> bool:
    """Whether what follows a plan's label gives its days: nothing (the days on the lines
    below) or words with a date ("9. september, 14. oktober"). A point under "Eventuelt"
    about the plan ("Møteplan våren 2026: Forslag til møteplan legges fram …") names no
    day: it is the item's text."""
    rest = rest.strip()
    return not rest or any(char.isdigit() for char in rest)


def _place_only_sentence(text: str) -> bool:
    """Whether a line is a next meeting's sentence that gives its place but no day ("Neste
    møte vert i Gol i slutten av februar."): set apart at the end, it closes the minutes
    as the dated one does (``next_meeting_line``)."""
    words = _NEXT_MEETING_WORDS.match(text)
    return words is not None and place_without_day(text[words.end():]) is not None


def _month_only_sentence(text: str) -> bool:
    """Whether a line is a next meeting's sentence that gives a month or a season but no
    day and no place ("Neste møte i februar 2026.", "Neste møte blir i september, dato
    settes senere.", nynorsk "Neste møte vert etter sankinga, i oktober."): set apart at
    the end, it closes the minutes as the dated one does (``next_meeting_line``)."""
    words = _NEXT_MEETING_WORDS.match(text)
    if words is None:
        return False
    rest = text[words.end():]
    if ". " in rest:  # "Neste samling blir i mars 2026. Dato kommer.": the day to follow
        rest, _, after = rest.partition(". ")  # (or the close: "… Møtet ble hevet kl. 21.")
        if _DATE_TO_FOLLOW.match(after) is None and _CLOSED_AFTER.match(after) is None:
            return False
    return _VAGUE_TIME_ONLY.match(rest) is not None


# A next meeting's words opening a sentence: "Neste møte", "Neste fellesmøte", "Nytt møte".
# Also an annual meeting named by its year, which tells the next one as well: "Årsmøtet 2027
# holdes i april i Vega.", nynorsk "Årsmøtet i 2027 vert halde på Stryn".
_NEXT_MEETING_WORDS = lazy_regex(r"(?:neste|nytt)\s+(?:[\w-]{0,20}møte|moe?te|samling)\w*|"
                                 r"(?:årsmøtet|generalforsamlingen)\s+(?:i\s+)?20\d\d(?=\s)",
                                 re.I)
# The openings of such a line (the gate of ``next_meeting_line``).
_YEARED_MEETING_OPENINGS = ("årsmøtet 20", "årsmøtet i 20", "generalforsamlingen 20",
                            "generalforsamlingen i 20")

# A closing line that no matter was raised under "Eventuelt" (searched lower-cased):
# "Ingen saker under eventuelt.", "Det var ingen saker til eventuelt.", nynorsk "Det vart
# ingen saker under eventuelt", "Ingen saker meldt til eventuelt".
_NO_OTHER_BUSINESS = lazy_regex(r"(?:det\s+(?:var|vart|ble)\s+)?ingen\s+(?:andre\s+)?"
                                r"(?:saker|saka?r|punkt)\s+(?:meldt\s+|melde\s+)?"
                                r"(?:under|til|på)\s+eventuelt\s*\.?")
_NO_OTHER_BUSINESS_OPENINGS = ("ingen", "det var ingen", "det vart ingen", "det ble ingen")


def _no_other_business(line: Line, last: Candidate) -> bool:
    """Whether a line set apart at the end says that nothing was raised under
    "Eventuelt" where the minutes give that point no heading: a remark on an agenda
    point of its own, closing the minutes as the next meeting's line does, no words of
    the last item (under an "Eventuelt" heading it is that item's text)."""
    return _NO_OTHER_BUSINESS.fullmatch(line.lowered.strip()) is not None and \
        "eventuelt" not in last.title.casefold()


def is_next_meeting_label(line: Line) -> bool:
    """Whether a line gives the next meeting in a label's form ("Neste møte: 4. mai kl.
    10", a table row "Neste møte | 4. mai"; see ``_NEXT_MEETING_LABEL``), also after the
    label's words in Sami or Kven ("Boahtte čoahkkin / Neste møte: 9. desember")."""
    if not line.lowered.startswith(_NEXT_OPENINGS):
        if " / neste " not in line.lowered[:40] or line.is_table:
            return False
        other, _, label = line.body.partition(" / ")
        return _OTHER_LANGUAGE_LABEL.fullmatch(other) is not None and \
            _NEXT_MEETING_LABEL.match(label) is not None
    return _NEXT_MEETING_LABEL.match(line.cells[0] if line.is_table else line.body) is not None


# A label's words in another language before the Norwegian one: "Boahtte čoahkkin".
_OTHER_LANGUAGE_LABEL = lazy_regex(r"[^\W\d_]+(?:\s+[^\W\d_]+){0,2}")


# The words a next meeting's line opens with: "Neste møte", "Nytt møte", and Swedish
# "Nästa möte" in a cross-border body's minutes.
_NEXT_OPENINGS = ("neste", "nytt", "nästa", "next ", "the next ")
# A committee or council named for its next meeting, no "møte" with it: nynorsk "Neste
# kommunedirektørutval vert 2. juni", "Neste rådmannsutvalg: 27. august", "Neste regionråd
# er 18. juni" (a word before the kind: "neste råd" is advice). The kinds are the one list
# minutes.py reads such a body's name by (``_BODY_NOUN``); the compound meeting words'
# wider list (header.py ``_BODY_NOUNS``: "styremøte", "gruppemøte") names bodies that take
# "møte" for their next meeting.
NEXT_MEETING_BODY_KINDS = "utvalg|utval|råd"
_BODY_FOR_MEETING = rf"(?<=neste\s)[\w-]{{2,20}}(?:{NEXT_MEETING_BODY_KINDS})"
# "Neste møte: …" (or "Neste møte; …", a typo and OCR's common misreading of the colon),
# "Neste møte – …", "Nytt møte:", and "Neste møte" alone over its date;
# also the body's own word for it ("Neste styremøte:", "Neste regionrådsmøte:", "Neste
# AU-møte:"), or the body named after it ("Neste møte i arbeidsutvalget:", "Neste møte
# for styringsgruppa:"), and a forum's or network's word ("Neste planforum:", "Neste
# nettverkssamling:").
_NEXT_MEETING_LABEL = lazy_regex(r"(?:neste|nytt|nästa|next)\s+"
                                 # (the ordinary one, after an extraordinary: "Neste
                                 # ordinære eiermøte: september 2026")
                                 r"(?:ordinære\s+|ordinert\s+)?"
                                 # (English: "Next meeting:", "Next partner meeting:")
                                 r"(?:(?<=next\s)(?:[\w-]+\s+){0,2}?meeting|"
                                 r"[\w-]{0,20}(?:møte|möte|samling|forum)|"
                                 # (Swedish: "Nästa sammanträde: 2 juni")
                                 r"(?<=nästa\s)sammanträde|"
                                 r"moe?te|"
                                 # (a committee or council named for its meeting: "Neste
                                 # rådmannsutvalg: 27. august", "Neste regionråd: 4. mai")
                                 rf"{_BODY_FOR_MEETING})\w*"
                                 # (in two languages: "Neste møte / Nästa möte: 12. mai",
                                 # Sami or Kven words before the colon: "Neste møte /
                                 # Boahtte čoahkkin:", "Neste møte / Seuraava kokous:")
                                 r"(?:\s*/\s*(?:(?:neste|nästa|next)\s+(?:møte|möte|meeting)|"
                                 r"[^\W\d_]+(?:\s+[^\W\d_]+){0,2}(?=\s*:)))?"
                                 # (the body named after the words: "Neste møte i
                                 # arbeidsutvalget:", or a heading of its own, "Neste møte
                                 # i utvalget" over the day, as a portal's sidebar box is)
                                 r"(?:(?:\s+(?:i|for)|(?<=sammanträde)\s+med)\s+[\w-]+(?:\s+[\w-]+){0,3}(?=\s*[:;]|\s*$))?"
                                 r"(?:\s*[:;]|\s+[-–]\s|\s*$|"
                                 # the colon left out before the day: "Neste møte 12. mars
                                 # kl. 10 på Gjøvik", "Neste møte tysdag 3.3." (a label's
                                 # form all the same: no verb makes it a sentence)
                                 r"\s+(?=(?:[a-zæøå]+dag\s+)?(?:den\s+)?\d{1,2}\.\s*(?:\d|[a-zæøå]{3})|"
                                 # or the weekday and hours alone, as a forum meeting each
                                 # week writes it: "Neste møte tysdag kl. 08.30."; or the
                                 # hours first, as a crisis team meeting daily writes it:
                                 # "Neste statusmøte kl. 08.00 i morgon."
                                 r"(?:[a-zæøå]+dag\s+)?(?:kl\.?|klokka|klokken)\s*\d))|"
                                 r"neste\s*:\s*\w*møte\w*\s", re.I)  # "Neste: Styremøte 4. mai"
# The verb that tells the next meeting's day, with its participle ("vert halde", "er sett til").
_NEXT_MEETING_VERB = (r"(?:blir|vert|er|blei|holdes|avholdes|haldast|skal\s+være|skal\s+vere)"
                      r"(?:\s+(?:halde|haldt|holdt|avholdt|berammet|berama|sett|satt|fastsatt|"
                      r"fastsett|lagt)(?:\s+til)?)?")
# The next meeting told in a sentence with its day right after the verb: "Neste møte blir
# 19.02.2026 kl. 18.00 …", nynorsk "Neste møte vert tysdag 3. mars …", "Neste styremøte er
# 4. mai." (a weekday may come first; "Neste møte blir avtalt senere" gives no day), the
# verb with its participle ("vert halde fredag 13. desember", "er berammet til 4. mai",
# "er sett til 27. april") or the week for the day ("vert i veke 16"), and
# one that leaves the day to be set ("Neste møte avtales senere.", nynorsk "Neste møte
# vert avtalt seinare."): said of the next meeting all the same, no item's text
_NEXT_MEETING_SENTENCE = lazy_regex(
    # (English: "The next meeting of the committee will be held in Eidsvang in spring 2027.")
    r"(?:the\s+)?next\s+(?:[\w-]+\s+){0,2}?meeting(?:\s+of\s+the\s+[\w-]+)?\s+"
    r"(?:will\s+be|is)\s+(?:held|scheduled|planned)\b|"
    rf"(?:neste|nytt)\s+(?:[\w-]{{0,20}}møte|moe?te|samling|{_BODY_FOR_MEETING})\w*\s+"
    # the group it is of, in its definite form: "Neste samling i nettverket er …"
    rf"(?:(?:i|for)\s+(?-i:[a-zæøå])[\w-]+(?:et|en|a)\s+)?(?:(?:{_NEXT_MEETING_VERB}|"
    # or the place first: "Neste samling i Fitjar 10. juni.", "Neste møte på Fagernes 4. mai",
    # also before the verb: "Neste møte i Gol blir 12. mars.", "… på Fagernes vert 4. mai."
    rf"(?:i|på)\s+(?-i:[A-ZÆØÅ])[\w-]+,?(?:\s+{_NEXT_MEETING_VERB})?)\s+"
    r"(?:(?:(?:på\s+|den\s+)?[a-zæøå]+dag\s+"
    r"(?:den\s+)?)?\d{1,2}\s*[./]\s*(?:\d|[a-zæøå]{3})|i\s+(?:uke|veke)\s+\d|"
    # or the hours alone, its day left unsaid: "Neste møte vert kl. 10 same dag som …"
    r"(?:kl\.?|klokka|klokken)\s*\d|"
    # or the season alone, its day not set: "Neste dialogmøte holdes våren 2026"
    r"(?:våren|høsten|hausten|vinteren|sommeren|sommaren)\s+\d{4})|"
    r"(?:avtales|avtalast|fastsettes|fastsetjast|berammes|(?:blir|vert)\s+avtalt)\s+"
    r"(?:senere|seinare)\.?$)", re.I)
# Where the next meeting is held when its day is not set, the time left vague or left
# out: "(Neste møte) vert i Ål i slutten av april.", "blir på Gol i juni", "vert neste år i
# Numedal", "blir på Fagernes i veke 12". The place is one or two capitalised names (a
# body's initials, "i AU", are no place; a body's name is left out by the caller).
_MONTHS_OR_SEASONS = (rf"(?:{'|'.join(dates.MONTH_NAMES)}|våren|vår|hausten|haust|høsten|høst|"
                      r"sommaren|sommeren|vinteren|år|året)")
_VAGUE_TIME = (r"(?:(?:i\s+(?:slutten|starten|byrjinga|begynnelsen|midten|løpet|utgangen)\s+av|"
               r"i|om|til|neste|seinare\s+i|senere\s+i|tidleg\s+i|tidlig\s+i)\s+"
               rf"{_MONTHS_OR_SEASONS}(?:\s+\d{{4}})?|i\s+(?:uke|veke)\s+\d{{1,2}})")
# The day to follow after a comma: "…, dato kjem seinare", "…, endelig dato kommer".
_DAY_TO_FOLLOW_AFTER = (r"\s*,\s*(?:endelig\s+|endeleg\s+)?(?:dato|datoen|tidspunkt)"
                        r"(?:\s+[\w-]+){1,3}")
# One or two capitalised names: a place ("Gol", "Nedre Eiker").
_PLACE_NAME = r"(?-i:[A-ZÆØÅ][a-zæøå])[\w-]*(?:\s+(?-i:[A-ZÆØÅ][a-zæøå])[\w-]*)?"
_PLACE_WITHOUT_DAY = lazy_regex(
    # (a label's colon first: "Neste møte: veke 16 på Gol.", "Neste møte: på Gol, …")
    r"(?:\s*:)?\s*(?:(?:blir|vert|er|skal\s+være|skal\s+vere|holdes|avholdes|haldast|"
    r"blir\s+halde|vert\s+halde|blir\s+holdt|blir\s+avholdt)\s+)?"
    # (the week also without its "i" in a label's words: "Neste møte: veke 16 på Gol.")
    rf"(?:(?:{_VAGUE_TIME}|(?:uke|veke)\s+\d{{1,2}})\s+)?(?:i|på)\s+"
    rf"(?P<place>{_PLACE_NAME})"
    rf"(?:,?\s+{_VAGUE_TIME})?"
    # (and the day to follow after a comma: "Neste møte blir på Gol, dato kjem seinare.")
    rf"(?:{_DAY_TO_FOLLOW_AFTER})?"
    r"\s*\.?\s*$", re.I)
# A label's place first, bare, and then only the day to follow or a vague time after a
# comma: "Neste møte: Gol, dato kjem seinare.", "Neste møte: Fagernes, i veke 12." (a bare
# name alone, "Neste møte: Gol.", is left: no word says it is the place)
_PLACE_FIRST_WITHOUT_DAY = lazy_regex(
    rf"\s*:\s*(?P<place>{_PLACE_NAME})(?:{_DAY_TO_FOLLOW_AFTER}|\s*,\s*{_VAGUE_TIME})"
    r"\s*\.?\s*$", re.I)


# What follows "Neste møte" when only the month or season is known: "i februar 2026",
# "blir i september, dato settes senere", "vert etter sankinga, i oktober" (one sentence,
# or one more that only says the day will follow: ``_DATE_TO_FOLLOW``).
_VAGUE_TIME_ONLY = lazy_regex(
    r"\s*(?:(?:blir|vert|er|holdes|haldast)\s+)?(?:etter\s+[\w-]+,?\s+)?"
    rf"{_VAGUE_TIME}(?:\s*,\s*(?:endelig\s+|endeleg\s+)?(?:dato|datoen|tidspunkt)"
    r"(?:\s+[\w-]+){1,3})?\s*\.?\s*$", re.I)


# A short sentence after a next meeting's month that only says its day will follow:
# "Dato kommer.", "Endelig dato kommer senere.", nynorsk "Dato kjem seinare.", "Eksakt
# dato blir sendt ut." (any other sentence after the month keeps the line the item's).
# The meeting's close after the next meeting's sentence on its line: "Neste årsmøte holdes
# i mars 2028. Møtet ble hevet kl. 21.10."
_CLOSED_AFTER = lazy_regex(r"(?:[a-zæøå]*møtet)\s+(?:ble\s+|blei\s+|vart\s+)?(?:hevet|heva|heve)\b"
                           r"(?:\s+(?:kl\.?\s*)?\d{1,2}(?:[.:]\d{2})?)?\s*\.?\s*$", re.I)
_DATE_TO_FOLLOW = lazy_regex(
    r"(?:endelig\s+|endeleg\s+|eksakt\s+|nøyaktig\s+|nøyaktleg\s+)?(?:dato|datoen|tidspunkt|"
    r"tidspunktet)\s+(?:kommer|kjem|settes|vert\s+sett|blir\s+sendt|blir\s+send|sendes|"
    r"vert\s+send|avklares|avklarast|blir\s+avklart|vert\s+avklart)(?:\s+[\w-]+){0,2}\s*\.?\s*$",
    re.I)
# The stop that ends a sentence before the next one: "april. Dato kjem seinare."
_SENTENCE_AFTER = lazy_regex(r"(?<=[a-zæøå\d])\.\s+(?=[A-ZÆØÅ])")


def place_without_day(rest: str) -> str | None:
    """The place of a next meeting whose sentence gives no day (``_PLACE_WITHOUT_DAY``),
    from the words after "Neste møte": the record's place then, its day left null, for
    the guide's "never guess" (a month or a week is no day). None when the words say
    more, or the name is a body's ("vert i Regionrådet …")."""
    if ". " in rest:  # "… i slutten av april. Dato kjem seinare.": its own sentence
        rest = _SENTENCE_AFTER.split(rest, maxsplit=1)[0]
    found = _PLACE_WITHOUT_DAY.match(rest)
    if found is None and rest.lstrip()[:1] == ":":
        found = _PLACE_FIRST_WITHOUT_DAY.match(rest)
        if found is not None and _day_or_month(found.group("place")):
            return None  # "Neste møte: Tysdag, dato kjem seinare." names no place
    if found is None or found.group("place").casefold().endswith(BODY_WORD_ENDINGS):
        return None
    return found.group("place")


def _day_or_month(name: str) -> bool:
    """Whether a capitalised word is a weekday's or a month's name, no place's."""
    word = name.casefold()
    return word.endswith("dag") or word in dates.MONTH_NAMES


# A heading over the coming meetings' days, set apart under the last item: "De neste
# regionrådsmøtene:", nynorsk "Dei neste møta:"
_NEXT_MEETINGS_HEADING = lazy_regex(r"dei?\s+neste\s+[\w-]*(?:møtene|møta|møter)\s*:?\s*$",
                                    re.I)
# An item about the meetings: its text is the next meeting's line. (Not one about a
# meeting room: "NYTT MØTEROM" is a room the group looked at, and a closing "Neste møte
# blir tirsdag 10. mars." is no text of it.)
_MEETINGS_TITLE = re.compile(r"møte(?:plan|dato|datoar|datoer|r\b)|neste\s+møte(?!rom)|"
                             r"nytt\s+møte(?!rom)", re.I)
# The coming meetings' plan as a label, set apart at the end of the minutes: "Møteplan
# høsten 2024: 9. september, …", "Møteplan hausten 2024:" over its days, "Møtedatoer
# våren:" (a label within a few words of the plan's word; not "Møteplanen ble vedtatt.")
# (also with the coming ones named first: "Kommende møtedatoer: 18. september og 27.
# november", nynorsk "Komande møtedatoar:")
_MEETING_PLAN_LABEL = lazy_regex(r"(?:kommende\s+|komande\s+)?møte(?:plan|datoer|datoar|dagar)\b"
                                 r"[^:.]{0,30}:", re.I)
_MEETING_PLAN_OPENINGS = ("møte", "kommende møte", "komande møte")
#: Lines the next meeting's label, its day, hours and place may take at the end.
NEXT_MEETING_TAIL = 4


def item_text(section: Section) -> str:
    """The item's full text as plain lines (bullet markers removed, cells spaced)."""
    out: list[str] = []
    if section.rest_after:  # a table row's title cell goes on: its paragraphs, then the rest
        out.extend(line.text for line in section.lines[:section.rest_after])
    if section.heading_rest:
        rest = section.heading_rest
        # (a table cell's bulleted paragraphs, "- Kurs 24. april": their entries' words)
        out.append("\n".join(strip_bullet(part) for part in rest.split("\n"))
                   if "- " in rest or "• " in rest or "– " in rest else rest)
    own_rows = _own_table_rows(section) if section.number else {}
    lines = section.lines
    # (the lines left out at the start, counted once: the title cell's paragraphs above,
    # or a memo's copy field first)
    start = section.rest_after or int(bool(lines) and lines[0].lowered[:4] == "kopi" and
                                       _head_copy_line(lines))
    end = len(lines)
    if end > start and lines[-1].is_table and _next_tables_heading(lines[-1].cells):
        end -= 1  # the next case's table's heading row, its own table under it
    if end > start + 1 and _notes_label(lines[start].text):
        start += 1  # a meeting app's "Notater" over each point's notes: its label, no words
    for n in range(start, end):
        line = lines[n]
        if own_rows and n in own_rows:  # (most sections have no table of their own)
            if own_rows[n]:
                out.append(own_rows[n])
        elif line.is_table:
            if section.row is not None and item_table_columns(line.cells):
                continue  # the item table's heading again, at the top of a PDF's next page
            out.append(_labelled_row(line.cells) or (
                strip_bullet(line.cells[0]) if len(line.cells) == 1 else
                " ".join(c for c in line.cells if c)))
        elif (first := line.text[:1]) in BULLET_STARTS or first >= "\u25a0":
            out.append(strip_bullet(line.text))
        else:
            out.append(line.text)  # (no bullet to strip: most lines, no call)
    return "\n".join(out)


def _notes_label(text: str) -> bool:
    """Whether an item's first line is only the label a meeting app's template (Teams'
    meeting notes, Loop, OneNote) sets over each agenda point's notes ("Notater",
    "Notat:", "Notes"), which says nothing of the point itself."""
    return len(text) <= 10 and text.rstrip(": ").casefold() in _NOTES_LABELS


_NOTES_LABELS = frozenset({"notater", "notat", "notatar", "notes", "møtenotater", "møtenotat"})


def _next_tables_heading(cells: tuple[str, ...]) -> bool:
    """Whether an item's last line is a table's heading row with no row under it ("SAK |
    BESKRIVELSE | ANSVAR | FRIST" when each case is a table of its own): the heading of
    the next case's table, whose first row opens that case, no words of this one. Every
    cell but one (the case column's "Sak", "Nr") names a column."""
    filled = [cell for cell in cells if cell.strip()]
    return len(filled) >= 3 and len(filled) == len(cells) and \
        sum(map(_column_word, filled)) >= len(filled) - 1


def _labelled_row(cells: tuple[str, ...]) -> str | None:
    """A form's row of a part of the case's text under its label cell ("Vedtak | Utvalet
    sluttar seg til framlegget.", "Drøfting | …") as the text version writes it, "Vedtak:
    Utvalet sluttar …"; None for any other row. Joined with a space only, the label
    runs into the text as if it were its first word."""
    if len(cells) < 2:
        return None
    filled = [cell for cell in cells if cell]
    if len(filled) != 2 or len(filled[0]) > _LABEL_CELL_LENGTH or \
            filled[0].rstrip(".: ").casefold() not in _TEXT_PART_LABELS or \
            _column_word(filled[1]):
        return None  # ("Ansvar | Frist": a table's headings side by side, no label's text)
    return f"{filled[0].rstrip('.: ')}: {filled[1]}"


_LABEL_CELL_LENGTH = 40  # (the longest label cell of a form's row, with its colon)


def _own_table_rows(section: Section) -> dict[int, str]:
    """The case's own table under its heading ("Sak 13/26 Revisjonsplan" over "Sak |
    Tittel | Vedtak" / "13/26 | Revisjonsplan 2026 | Kontrollutvalet godkjenner …"), by
    position in the section: the heading row gives no text, the row that restates the
    case gives its text cells alone, not its number and title again."""
    own: dict[int, str] = {}
    rows = section.lines
    for n in range(len(rows) - 1):
        if not rows[n].is_table or not rows[n + 1].is_table or \
                (columns := item_table_columns(rows[n].cells)) is None:
            continue
        row = _table_candidate(n + 1, rows[n + 1], columns)
        if row is None or row.row is None or row.number != section.number:
            continue
        own[n] = ""
        own[n + 1] = " ".join(row.row.text.split())
    return own


def unnumbered_agenda(lines: list[Line], agenda: int) -> list[Candidate]:
    """The lines of an unnumbered list right under "Agenda" / "Saksliste" (slides, summons).

    The list runs until a blank line or a line that reads as a sentence; two entries at
    least, else it is not a list.
    """
    found: list[Candidate] = []
    for i in range(agenda + 1, min(len(lines), agenda + 25)):
        line = lines[i]
        text = line.body
        if found and line.gap:
            return found if len(found) >= 2 else _spaced_agenda(lines, i, found)
        if _ends_agenda_list(line):
            break
        if _LONE_CASE.fullmatch(text):
            continue  # a column of case numbers a copy put between the titles
        if found and text.startswith(PRESENTER_OPENERS) and not line.gap:
            continue  # "09.15 Status delprosjekt rus" / "v/ Tor Lie, Arendal kommune": who
            # brings the entry above, on a line of its own, no entry
        found.append(Candidate(i, "", None, clean_title(_slot_topic(line, text)), "standing"))
    return found if len(found) >= 2 else []


def _ends_agenda_list(line: Line) -> bool:
    """A line no agenda entry is: long, a sentence or a lead ending in a colon, a label
    ("Sted: …") or a table row that is no programme slot."""
    text = line.body
    return len(text) > 80 or text.endswith((".", ":")) or \
        (match_label(line.text) and not programme_slot_line(text)) or \
        (line.is_table and not programme_slot_line(text))


def _spaced_agenda(lines: list[Line], start: int, found: list[Candidate]) -> list[Candidate]:
    """The agenda slide's entries one text box each, a blank line between them (a deck
    copied as text: "Agenda" / "Velkommen" / "Status for prosjektet" / "Eventuelt").
    Blank lines alone do not tell a list from the slides after it, so the entries count
    only when the list ends where the next slide begins: at the slide's number alone on a
    line ("2") or at the first entry's own slide, which repeats its title. Else none, as
    for any list broken off after one line."""
    entries = list(found)
    seen = {c.title.casefold() for c in found}
    for i in range(start, min(len(lines), start + 15)):
        text = lines[i].body
        if len(entries) >= 2 and (text.isdecimal() or text.casefold().strip(" :") in seen):
            return entries
        if not lines[i].gap or _ends_agenda_list(lines[i]) or text.isdecimal():
            return []
        title = clean_title(_slot_topic(lines[i], text))
        entries.append(Candidate(i, "", None, title, "standing"))
        seen.add(title.casefold())
    return []


def _slot_topic(line: Line, text: str) -> str:
    """An entry without its programme time; in a programme table ("10.30 | Status |
    Kari Holm, KS") the topic's cell alone: the columns after it say who brings it or
    where, no part of the entry's title."""
    topic = without_time_slot(text)
    if line.is_table and "\t" in topic:
        topic = topic.split("\t", 1)[0].strip() or topic
    return topic


def programme_list(lines: list[Line]) -> list[Candidate]:
    """The entries of a programme written as bare time slots without an "Agenda" /
    "Program" heading over them ("09.00–09.15 Velkommen" / "Tid: 09.15–10.15 Status"
    line under line): a summons' list of what the day holds, read as an agenda list,
    going on over the next day's heading ("Torsdag 4. juni"). Two slots in a row at
    least, or it is no programme."""
    for i in range(1, len(lines) - 1):
        if programme_slot_line(lines[i].body) and programme_slot_line(lines[i + 1].body) \
                and not lines[i + 1].gap:
            found = unnumbered_agenda(lines, i - 1)
            while found and (after := found[-1].line + 2) < len(lines) and \
                    is_day_and_date(lines[after - 1].body) and \
                    programme_slot_line(lines[after].body):
                found += unnumbered_agenda(lines, after - 1)  # the next day's slots
            return found
    return []


def programme_over_days(lines: list[Line], headings: list[Candidate]) -> list[Candidate]:
    """The slots of a programme over several days, each day's list under a heading of
    its weekday and date ("Onsdag 3. juni" over "11.00 Registrering", "11.30 Velkommen"):
    when every heading found is such a day or a slot, the days only group the slots, and
    the slots are the entries. Empty when any heading is an item of its own."""
    days = [is_day_and_date(lines[c.line].body) for c in headings]
    if not any(days) or not all(day or programme_slot_line(lines[c.line].body)
                                for day, c in zip(days, headings, strict=True)):
        return []
    found: list[Candidate] = []
    for i in range(headings[0].line, len(lines)):
        text = lines[i].body
        if programme_slot_line(text) and any(
                0 <= j < len(lines) and programme_slot_line(lines[j].body) for j in (i - 1, i + 1)):
            found.append(Candidate(i, "", None, clean_title(without_time_slot(text)), "standing"))
    return found if len(found) >= 2 else []


def is_day_and_date(text: str) -> bool:
    """A line that is a weekday and its date alone ("Onsdag 3. juni", "Torsdag 4. juni
    2026:"): a day of a programme over several days."""
    first = text.split(" ", 1)[0].casefold()
    return len(text) <= 30 and first in dates.WEEKDAY_FULL_NAMES and \
        bool(dates.find_dates(text)) and not FINITE_VERB.search(text)


def _after_time_slot(text: str) -> str:
    """A heading without the programme's time before its case ("10.00–10.30 Sak 2/25
    Budsjett", "Kl. 11.30 Sak 3/25 Eventuelt"): minutes written over the summons keep
    each case's time slot in front of its number, and the time is no part of the case."""
    slot = TIME_SLOT.match(text)
    rest = text[slot.end():] if slot is not None else ""
    return rest if rest and _may_be_case(rest) else text


def agenda_list_over(lines: list[Line], agenda: int, items: list[Candidate]) -> list[
        Candidate]:
    """The unnumbered list under "Saksliste:" over sections that take its entries' titles
    in order ("- Budsjett 2024" / "Sak 2/24 Budsjett 2024"): the table of contents of a
    text cut short, whose last entries no section reaches. None when the list is no
    longer than the sections, or a section's title is not the entry's."""
    entries = unnumbered_agenda(lines, agenda)
    if len(entries) <= len(items) or entries[-1].line >= items[0].line:
        return []
    if any(e.title.casefold() != c.title.casefold() for e, c in zip(entries, items, strict=False)):
        return []
    return entries


# A lead in capitals that opens a paragraph of plain text, set off by a full stop or a
# colon: "BRØYTING. Avtalen med …", "ØKONOMI OG MEDLEMMER: Kassereren la fram …".
_CAPITALS_LEAD = lazy_regex(r"[A-ZÆØÅ][A-ZÆØÅ0-9 &/,-]{2,50}?[.:](?= +[A-ZÆØÅ0-9«\"])")


def run_in_leads(lines: list[Line]) -> tuple[list[Line], list[Candidate]] | None:
    """The lines with each paragraph that opens with a run-in lead split into the lead, as
    a bold heading line, and the rest of the paragraph, and the items the leads head;
    None when fewer than two paragraphs do so.

    Minutes written as prose set each topic off by a lead set in bold, underlined or in
    capitals at the start of its paragraph ("**Økonomi.** Regnskapet ble gjennomgått …",
    "BRØYTING. Avtalen løper ut …"): the lead is the item's title, the paragraph its
    text. One lead alone is emphasis, no series of topics. Asked only of a document
    where no item was found (most have numbered or set-apart headings), so a signature
    label at the end ("Referent: Kari Holm") does not hide the leads above it as head."""
    splits = {}
    for line in lines:
        if line.kind is PARAGRAPH and line.text == line.body and \
                (lead := _run_in_lead(line)) is not None:
            splits[line.index] = lead
    if len(splits) < 2:
        return None
    out: list[Line] = []
    found: list[Candidate] = []
    for line in lines:
        lead = splits.get(line.index)
        if lead is None:
            line.index = len(out)
            out.append(line)
            continue
        title = lead.rstrip(" .:–-")
        rest = line.body[len(lead):].lstrip(" .:–-")
        heading = Line(title, title, PARAGRAPH, line.level, (), True, line.gap, len(out))
        found.append(Candidate(len(out), "", None, clean_title(title), "standing"))
        out.append(heading)
        after = Line(rest, rest, PARAGRAPH, line.level, (), False, False, len(out))
        after.marked = line.marked[1:] if line.marked[:1] == (lead.strip(),) else line.marked
        out.append(after)
    return out, found


def _run_in_lead(line: Line) -> str | None:
    """The lead a paragraph opens with, as written with its stop or colon, or None: a bold
    (or underlined) run at its start, or words in capitals ended by a full stop or a
    colon; a few words that name a topic, no label ("Vedtak:", "Til stede:"), no
    person ("**Kari Holm** følger opp …"), and a capital after it."""
    body = line.body
    if line.marked and body.startswith(line.marked[0]):
        lead = line.marked[0]
        after = body[len(lead):]
        if after[:1] in ".:" or after[:2] in (" –", " -"):  # "**Økonomi**: Regnskapet …"
            lead += after[:2].rstrip() if after[:1] in ".:" else after[:2]
    elif body[:2].isupper() and (caps := _CAPITALS_LEAD.match(body)) is not None and \
            sum(ch.isalpha() for ch in caps[0]) >= 4:
        lead = caps[0]
    else:
        return None
    title = lead.rstrip(" .:–-")
    rest = body[len(lead):].lstrip(" .:–-")
    if not ((title[:1].isupper() and rest[:1].isupper()) or rest[:1].isdigit()) or \
            len(title) > 60 or len(title.split()) > 7 or ". " in title or \
            title.endswith(("?", "!", ",")) or len(rest.split()) < 3:
        return None
    folded = title.casefold()
    if folded in _TEXT_PART_LABELS or folded in _SUMMARY_LIST_LABELS or \
            match_label(f"{title}:") is not None or _names_someone(title):
        return None
    return lead


def unnumbered_headings(lines: list[Line]) -> list[Candidate]:
    """Items without numbers: short heading lines each followed by running text.

    Used only when the document has no numbered items. A heading is a heading block, a
    bold line or one in capitals, a bullet with bullets indented under it, or in plain
    text a short line without end punctuation standing alone (blank line before it)
    whose next line is a sentence. Lines in the
    head (labels and the attendance lists under them) are never headings.
    """
    start = after_head_labels(lines)
    found: list[Candidate] = []
    gapless = _gapless(lines)
    # the text under a heading as paragraphs: a PDF wraps its first sentence over lines
    paragraphs = merge_wrapped(lines[start:])
    for position, (line, after) in enumerate(itertools.pairwise(paragraphs)):
        i = line.index
        if line.text != lines[i].text:
            continue  # a wrapped paragraph, not a heading
        text = without_time_slot(line.body)  # "09.15 Ny folkehelselov": a slot, the title
        if text is line.body and (hours := hours_after_title(text)) is not None:
            text = text[:hours.start()]  # "Ny folkehelselov 09.15–10.30": the same slot
        elif text is line.body and text[-1:].isdigit() and \
                (clock := _clock_after_title(text)) is not None:
            text = text[:clock]  # "Avslutning kl. 14.30": the same, "kl." no part of it
        # a programme's slot marks its line a heading, whatever its words ("10.00–10.45
        # Erfaringer fra Sørvik v/ Kari Holm, Sørvik kommune", "12.30 Gruppearbeid: Hvordan
        # nå ungdom?"): the summary under it is the item's text
        if _speaker_over_text(paragraphs, position + 1):
            after = paragraphs[position + 2]  # "v/ Kari Holm, KS" over the talk's summary
        slot = text is not line.body and _is_running_text(after.body) and not after.is_table
        if line.is_bullet and after.is_bullet and after.level > line.level and ": " in text:
            topic = _outline_topic(text)
            if topic is not None:  # "• Økonomi: Bjørn gikk gjennom regnskapet." over bullets
                found.append(Candidate(i, "", None, topic, "standing", raw_title=text))
                continue
        colon_heading = text.endswith(":") and len(text.split()) <= 5 and \
            text.rstrip(" :").casefold() not in _OUTCOME_LABELS  # "• Bokprosjektet:"
        # an outline: "• Drøftinger rundt skolevurdering" over bullets indented under it,
        # or a bullet standing alone over its paragraphs ("• Oppdatering av maillister")
        outline = line.is_bullet and (
            (after.is_bullet and after.level > line.level) or
            (line.gap and not after.is_bullet and _is_running_text(after.body)))
        # (a question is a heading when marked up as one: "## Hva skal vi jobbe med videre?")
        # (a slot's title may be longer: "… v/ Ingvild Rønning, Helsedirektoratet")
        if len(text) > (90 if slot else 70) or text.endswith((".", ",", ";", "!")) \
                or line.is_table \
                or (text.endswith("?") and line.kind is not HEADING and not slot
                    and not _heading_question(text)) \
                or not (text[:1].isupper() or _DAY_MONTH_TITLE.fullmatch(text.rstrip(":"))) \
                or (match_label(line.text) and not colon_heading and not slot) \
                or text.rstrip(" :").casefold() in _OUTCOME_LABELS \
                or (colon_heading and text.rstrip(" :").casefold() in _SUMMARY_LIST_LABELS) \
                or (colon_heading and text[:1] in VIEWS_INITIALS and VIEWS_LEAD.match(text)) \
                or is_break_title(text) \
                or (programme_day_line(text) and programme_slot_line(after.body)) \
                or (line.is_bullet and not (colon_heading or outline)):
            continue
        marked = line.kind is HEADING or line.bold or _capitals_heading(text) or outline or slot
        plain = (line.gap or _under_group_heading(lines, i) or
                 (gapless and _after_sentence(lines, i))) and \
            _is_running_text(after.body) and len(after.body) > len(text) \
            and not after.is_table and len(text.split()) <= 8 and "," not in text \
            and not _names_someone(text) and not (". " in text and _is_running_text(text))
        # (a sentence before a link's words is text: "Kari viste tallene. [Lenke her](#)")
        if not (plain or marked) and line.gap and not line.is_bullet and _over_points(
                text, after):
            plain = True  # "Erfaringsdeling" / "- Rana: skolemiljøteam": a slide's title
        fixed = line.gap and not plain and not marked and _fixed_point(text)
        if fixed and (_is_running_text(after.body) or after.gap):
            # "Godkjenning av innkalling" over "Godkjent.", "Orienteringer" over the reports:
            # a meeting's fixed points are headings even over a shorter line of text
            found.append(Candidate(i, "", None, clean_title(text), "standing"))
        elif marked or plain:
            found.append(Candidate(i, "", None, clean_title(text), "standing"))
    last = paragraphs[-1] if paragraphs else None
    if found and last is not None and last.kind is HEADING and is_standing_title(last.body):
        found.append(Candidate(last.index, "", None, clean_title(last.body), "standing"))
        # ("## Eventuelt" last, with nothing under it: still an item)
    found = _top_headings(lines, _without_outline_heads(found))
    found = _without_empty_wrappers(lines, found)
    if len(found) >= 3 and _closing_register(lines, found[-1]):
        found.pop()  # "Oppfølgingspunkter" over "Hva | Hvem | Når": the tasks' register
    if len(found) >= 3:
        found = _without_sub_headings(lines, found)
        found = _without_briefing_heads(lines, found)
        found = _without_member_heads(found)
        found = _without_work_group_heads(found) or found
    return found if len(found) >= 2 else []


# A workshop's group set as a heading over its notes: "Gruppe 1", "Gruppe 2: Felles
# ressursar", "Gruppe B – kommunikasjon", "Gruppa 3".
_WORK_GROUP_HEAD = lazy_regex(r"^grupp[ea]\s+(?:\d{1,2}|[a-h]|[ivx]{1,4})(?:$|[\s:.–-])", re.I)


def _under_group_heading(lines: list[Line], i: int) -> bool:
    """Whether line ``i`` stands right under a plain group heading set apart
    ("Orienteringssaker" / "Status for bredbåndsutbygging" / its text): the group's first
    title, a heading though no blank line parts it from the group's name."""
    if i == 0 or lines[i].gap:
        return False
    above = lines[i - 1]
    return above.gap and len(above.body) <= 50 and is_group_heading(above)


def _without_work_group_heads(found: list[Candidate]) -> list[Candidate]:
    """Without the headings of a workshop's groups ("Gruppearbeid" / "Gruppe 1: Felles
    ressursar" / bullets / "Gruppe 2" / bullets): each group's notes are part of the item
    they were made under, no items of their own. The first heading stays (there is no
    item above it); an empty list when fewer than two items would be left."""
    kept = [cand for n, cand in enumerate(found)
            if n == 0 or cand.title[:6].casefold() not in ("gruppe", "gruppa") or
            _WORK_GROUP_HEAD.match(cand.title) is None]
    return kept if len(kept) >= 2 else []


# A programme's break, no item of the meeting: "Lunsj", "Pause (15 min)", "Kaffipause".
# (and the day's end as a programme marks it: "15.00 Slutt", "Vel heim", "16.00 Slutt for
# dagen" between a two-day gathering's days, "Avreise")
# (with the guests' arrival or departure: "Registrering og lunsj", "Lunsj og avreise")
_BREAK = lazy_regex(r"(?:registrering\s+og\s+)?"
                    r"(?:lunsj|lunch|lunsjpause|pause|kaffepause|kaffipause|matpause|"
                    r"beinstrekk|middag|slutt(?:\s+for\s+(?:dagen|i\s+dag))?|vel\s+hjem|"
                    r"vel\s+heim|avreise|hjemreise|heimreise)"
                    r"(?:\s+og\s+(?:registrering|avreise|hjemreise|heimreise))?"
                    r"(?:\s*\([^)]*\))?\s*:?", re.I)


def _closing_register(lines: list[Line], last: Candidate) -> bool:
    """Whether the last heading found heads a register of follow-ups at the end
    ("Oppfølgingspunkter" / "Aksjonsliste" right over a table): the minutes' list of
    tasks, which rows give to the items they name, no item of its own (as under
    numbered items)."""
    after = last.line + 1
    return after < len(lines) and lines[after].is_table and \
        FOLLOW_UP_LIST_HEADING.match(last.title) is not None


def is_break_title(title: str) -> bool:
    """Whether an entry names a break in the day ("Lunsj", "Pause (15 min)"), no item."""
    return len(title) <= 30 and _BREAK.fullmatch(title) is not None


def is_break_slot(text: str) -> bool:
    """Whether a line is a programme's break with its time ("10.45–11.00 Pause",
    "Kl. 11.45: Lunsj", or the time after it: "Lunsj 11.30–12.15"): between two items,
    and part of neither one's text."""
    bare = without_time_slot(text)
    if bare is not text:
        return is_break_title(bare)
    # (a cheap test first: only a line that ends in a digit can end in the break's time)
    return text[-1:].isdigit() and len(text) <= 40 and \
        (after := _BREAK_TIME_AFTER.search(text)) is not None and \
        is_break_title(text[:after.start()])


# The time after a break's name: "Lunsj 11.30–12.15", "Pause kl. 10.30", "Lunsj kl. 12";
# also after a slot's title with "kl." (``_clock_after_title``).
_BREAK_TIME_AFTER = lazy_regex(r"\s+(?:kl\.?\s*[0-2]?\d(?:[.:][0-5]\d)?|[0-2]?\d[.:][0-5]\d)"
                               r"(?:\s*[-–—]\s*(?:kl\.?\s*)?[0-2]?\d(?:[.:][0-5]\d)?)?$", re.I)


def _clock_after_title(text: str) -> int | None:
    """Where "kl." and the hours after a slot's short title start ("Avslutning kl. 14.30",
    "Oppsummering kl. 15.00–15.30"), which ``hours_after_title`` leaves (the "kl." ends in a
    stop there): the title is the words before it, capitalised, at most four, and no
    sentence ("Møtet ble hevet kl. 14.30." ends in a stop)."""
    found = _BREAK_TIME_AFTER.search(text) if len(text) <= 60 else None
    if found is None or found.group().lstrip()[:2].casefold() != "kl":
        return None
    before = text[:found.start()]
    if not before[:1].isupper() or len(before.split()) > 4 or \
            before.endswith((".", ":", ",")):
        return None
    return found.start()


def _over_points(text: str, after: Line) -> bool:
    """Whether a short line set apart heads the bullet points right under it, as a
    summary written from slides gives each topic ("Ungdomskriminalitet – status og
    trender" over "- Økning i vold blant de yngste"): a few words with no end mark and
    no one's name, over a bullet that is no name either (not a list of who came)."""
    if not (after.is_bullet and not after.gap and len(text.split()) <= 8 and
            not text.endswith(":") and not _names_someone(text)):
        return False
    point = strip_bullet(after.body)
    # ("- Ved Ann Kristin Myre, Nordlandsnettverket": who gave the talk, no list of names)
    return point.lower().startswith(PRESENTER_OPENERS) or \
        not looks_like_name(point.split(",")[0].strip())


def _part_of_last(last: str, number: str) -> bool:
    """Whether a number "2.1" is a part of the item found last, numbered "2" (its parts
    are never found, so "2.2" after "2.1" still follows "2"): a section of that item,
    not an item of its own."""
    major, _, minor = number.partition(".")
    return last == major and minor.isdecimal() and len(minor) <= 2


def _over_sentences(lines: list[Line], i: int) -> bool:
    """Whether the line after ``i`` is running text and not itself a numbered line: "1
    Godkjenning av innkalling" right over "Godkjent." heads it, with no blank line
    between the items (a list of "1 Kari Holm" / "2 Per Dahl" has no sentences under)."""
    if i + 1 >= len(lines):
        return False
    after = lines[i + 1]
    return not after.text[:1].isdecimal() and not after.is_table and \
        _is_running_text(after.body)


def _over_own_point(lines: list[Line], i: int, text: str) -> bool:
    """Whether the line after ``i`` is the first point numbered under it: "1 Økonomi"
    right over "1.1 Budsjett" heads the points "1.1", "1.2" … (its text), no blank line
    and no sentence between them."""
    if i + 1 >= len(lines) or not text[:1].isdecimal():
        return False
    number = text.split(" ", 1)[0]
    below = lines[i + 1].body
    return below.startswith(number + ".") and below[len(number) + 1:len(number) + 2].isdecimal()


def two_bare_sections(lines: list[Line], found: list[Candidate]) -> bool:
    """Whether two headings numbered without a stop, "1 Økonomi" and "2 Eventuelt", are
    a short minutes' two items: "1" then "2", each set apart by a blank line above it and
    over sentences of its own (three such headings make a series on their own; two
    lines "1 Kari Holm" / "2 Per Dahl" have no sentences under them); a heading right over
    its own first point ("1 Økonomi" / "1.1 Regnskap 2024") is set apart by that too."""
    if len(found) != 2 or [c.number for c in found] != ["1", "2"] or \
            any(c.style != "numbered" for c in found):
        return False
    first, second = found
    return all(lines[c.line].gap and (_over_sentences(lines, c.line) or
                                      _over_own_point(lines, c.line, lines[c.line].body))
               for c in found) and \
        _BARE_NUMBERED.match(lines[first.line].body) is not None and \
        _BARE_NUMBERED.match(lines[second.line].body) is not None


def _fixed_point(text: str) -> bool:
    """A standing point of any meeting ("Eventuelt", "Orienteringer") or the approval of
    its papers ("Godkjenning av innkalling og referat")."""
    first = text[:1]
    return (_may_be_standing(text) and _STANDING.fullmatch(text.rstrip(" :")) is not None) or \
        (first in "Gg" and _APPROVAL_HEADING.fullmatch(text) is not None) or \
        _round_table(text)


_may_be_round_table = starts_with_any("rgkbesnoia")  # the first letters of its titles


def _round_table(title: str) -> bool:
    """A round where each member reports in turn ("Runde rundt bordet", "Nytt fra
    kommunene", "Kommunerunden"): a fixed point of a network's meeting, whose members'
    names set over their news ("Nordby kommune") are no items of their own."""
    return _may_be_round_table(title) and ROUND_TABLE_TITLE.match(title.rstrip(" :")) is not None


_BRIEFINGS = frozenset(("orienteringer", "orienteringar", "orienteringssaker", "referatsaker",
                        "meldingssaker"))


def _without_briefing_heads(lines: list[Line], found: list[Candidate]) -> list[Candidate]:
    """Without the plain lines that head the short reports right under "Orienteringer"
    ("Fra leder" / "Kommunen har svart." / "Fra kasserer" / …): that item's text, up to
    the next fixed point or marked-up heading."""
    kept: list[Candidate] = []
    inside = False
    for n, cand in enumerate(found):
        line = lines[cand.line]
        marked = line.kind is HEADING or line.bold or _capitals_heading(line.body)
        if inside and not marked and not _fixed_point(line.body):
            continue
        inside = cand.title.casefold() in _BRIEFINGS and n + 1 < len(found) and \
            not _has_body_between(lines, cand.line, found[n + 1].line)
        kept.append(cand)
    return kept


# A member of a round set as a heading over its news: "Nordby kommune", "Sørvik
# kommune:", "Vestli fylkeskommune", "Bydel Nord".
_MEMBER_HEAD = lazy_regex(r"^(?:[A-ZÆØÅ][\w-]+\s+){1,3}(?:fylkes)?kommune$|"
                          r"^Bydel\s+[A-ZÆØÅ][\w-]+$")
_PLACE_WORD = lazy_regex(r"[A-ZÆØÅ][a-zæøå]+(?:-[A-ZÆØÅ][a-zæøå]+)?")


def _without_member_heads(found: list[Candidate]) -> list[Candidate]:
    """Without the members' names set as headings under a round ("Runde rundt bordet" /
    "Nordby kommune" / "Sørvik" / "Vestli kommune"), also with the round's own text
    between: the headings of one item's reports, no items. The run under the round holds
    member names only ("X kommune", or a place's single name among them) and needs at
    least one "X kommune"; it ends at the first other heading ("Felles fagdag") and at a
    meeting's fixed point ("Eventuelt")."""
    kept: list[Candidate] = []
    n = 0
    while n < len(found):
        cand = found[n]
        kept.append(cand)
        n += 1
        if not _round_table(cand.title):
            continue
        run = n
        while run < len(found) and _member_or_place(found[run].title):
            run += 1
        if any(_MEMBER_HEAD.match(c.title.rstrip(" :")) for c in found[n:run]):
            n = run  # (the members' headings are the round's text)
    return kept


def _member_or_place(title: str) -> bool:
    """A member's name as a heading: "Nordby kommune", or one place's name ("Sørvik"),
    never a meeting's fixed point ("Eventuelt")."""
    name = title.rstrip(" :")
    return _MEMBER_HEAD.match(name) is not None or \
        (_PLACE_WORD.fullmatch(name) is not None and not _fixed_point(name) and
         not is_standing_title(name))


def _without_sub_headings(lines: list[Line], found: list[Candidate]) -> list[Candidate]:
    """Without the bold or capital lines inside a marked-up heading's section when most
    such headings have their text right under them: "## Orienteringer" over "**Fra
    leder**" and "**Fra kasserer**", among "## Godkjenning" and "## Eventuelt" with their
    own text, holds short reports, not items. (When the headings that hold such lines are
    as many as the others, "## Saker" over bold items, the lines stay items.)"""
    parent: Candidate | None = None
    under: dict[int, list[Candidate]] = {}
    heads: list[Candidate] = []
    for cand in found:
        if lines[cand.line].kind is HEADING:
            parent = cand
            heads.append(cand)
        elif parent is not None:
            under.setdefault(parent.line, []).append(cand)
    if not under or len(heads) - len(under) <= len(under):
        return found
    inner = {c.line for subs in under.values() for c in subs}
    return [c for c in found if c.line not in inner]


def _without_outline_heads(found: list[Candidate]) -> list[Candidate]:
    """Without the heading right over a note app's outline topics ("Notater" over "•
    Økonomi: …"): the topics are the items, the heading only the notes' section."""
    return [c for c, d in itertools.pairwise([*found, found[-1]])
            if not (d.line == c.line + 1 and d.raw_title and not c.raw_title)] if found else found


def _outline_topic(text: str) -> str | None:
    """The topic of a note-app outline's bullet that states its point after a colon and has
    bullets indented under it ("• Økonomi: Bjørn gikk gjennom regnskapet." over "◦ Under
    budsjett."), as a meeting recap writes each topic: a few words with a capital, no
    person's name ("• Kari: …" reports what Kari said) and no outcome's label."""
    topic = text[:text.index(": ")].strip()
    words = topic.split()
    if not 1 <= len(words) <= 6 or not topic[:1].isupper() or "," in topic or \
            topic.casefold() in _OUTCOME_LABELS or match_label(f"{topic}:") is not None:
        return None
    if (len(words) == 1 and is_first_name(topic)) or _names_someone(topic):
        return None
    return topic


def _top_headings(lines: list[Line], found: list[Candidate]) -> list[Candidate]:
    """The items among marked-up headings of several levels are the outermost ones: "==
    Orientering ==" is an item, "=== Epostliste ===" under it a part of its text (when two
    headings at least share the outermost level)."""
    levels = [lines[c.line].level for c in found if lines[c.line].kind is HEADING]
    if len(set(levels)) < 2:
        return found
    if levels.count(min(levels)) < 2:
        if len(found) >= 3 and len(levels) == len(found) and levels[0] == min(levels):
            return found[1:]  # a news page's "# Dette skjedde på samlinga" over its topics
            # ("## Kulturskulen", "## Kalender"): the page's title, the topics its items
        return found
    top = min(levels)
    opened = _opened_wrappers(lines, found, top)
    return [c for c in found if c.line not in opened and (
        lines[c.line].kind is not HEADING or lines[c.line].level == top or
        opened.get(_wrapper_above(opened, c.line)) == lines[c.line].level)]


def _without_empty_wrappers(lines: list[Line], found: list[Candidate]) -> list[Candidate]:
    """Without a heading that only gathers a summary's topics and has no text of its own
    ("Hovudpunkt" in bold right over "Psykologen si rolle i barnevernet", "Lågterskeltilbod
    …"): the topics under it are the items, the gathering heading is none."""
    plain = _plain_group_heads(lines, found)
    return [c for n, c in enumerate(found)
            if not (n + 2 < len(found) and _SUMMARY_WRAPPER.fullmatch(c.title.casefold()) and
                    not _has_body_between(lines, c.line, found[n + 1].line)) and
            not (n + 1 < len(found) and _empty_group_heading(lines, c, found[n + 1])) and
            c.line not in plain]


def _plain_group_heads(lines: list[Line], found: list[Candidate]) -> frozenset[int]:
    """The lines of plain-text group headings ("Orienteringssaker", "Vedtakssaker",
    "Drøftingssaker", "Til vedtak" set apart over unnumbered titles, each title over its
    text) when the agenda is grouped by two of them at least: each stands right over a
    heading found, with no text of its own, and the titles under it are the items. A single
    "Orienteringssaker" over plain lines may be one item of short reports
    (``_without_briefing_heads``), and "Referatsaker" left empty one item; two groups
    with nothing of their own show the agenda's parts."""
    starts = {c.line for c in found}
    heads = [line.index for line in lines
             if line.index + 1 in starts and line.gap and
             not (line.bold or line.kind is HEADING) and is_group_heading(line)]
    return frozenset(heads) if len(heads) >= 2 else frozenset()


def _empty_group_heading(lines: list[Line], cand: Candidate, after: Candidate) -> bool:
    """Whether an unnumbered heading only groups the ones under it ("**Vedtakssaker**"
    right over "**Godkjenning av innkalling**", "**Orienteringssaker**" over "**Status
    for festivalen**"): bold or a heading as they are, with no text of its own; the headings
    under it are the items. ("Orienteringer" over plain "Fra leder" lines keeps them as
    its text: ``_without_briefing_heads``.)"""
    line, below = lines[cand.line], lines[after.line]
    if not (line.bold or line.kind is HEADING):
        return False  # (a plain line's heading is read from the text under it)
    return is_group_heading(line) and line.kind is below.kind and line.bold == below.bold \
        and line.level == below.level and not _has_body_between(lines, cand.line, after.line)


def _opened_wrappers(lines: list[Line], found: list[Candidate], top: int) -> dict[int, int]:
    """The outermost headings that only gather a summary's topics ("## Hovedpunkter fra
    samlingen" right over "### Næringsarealer", "### Reiseliv"), by line, with the level
    of the topics under them: such a heading has no text of its own and two topics at
    least, and its topics are the items (a heading of a matter, "## Orienteringer" over
    "### Fra leder", keeps its reports as its text)."""
    opened: dict[int, int] = {}
    for n, cand in enumerate(found[:-1]):
        line = lines[cand.line]
        if line.kind is not HEADING or line.level != top or \
                not _SUMMARY_WRAPPER.fullmatch(cand.title.casefold()):
            continue
        below = lines[found[n + 1].line]
        if below.kind is not HEADING or below.level <= top or \
                _has_body_between(lines, cand.line, below.index):
            continue
        topics = 0
        for after in found[n + 1:]:
            level = lines[after.line].level if lines[after.line].kind is HEADING else None
            if level is not None and level <= top:
                break
            topics += level == below.level
        if topics >= 2:
            opened[cand.line] = below.level
    return opened


def _wrapper_above(opened: dict[int, int], line: int) -> int:
    """The line of the last opened wrapper above ``line`` (-1 for none)."""
    return max((w for w in opened if w < line), default=-1)


# The heading of a summary's part that gathers its topics: "Hovedpunkter", "Hovudpunkt
# frå samlinga", "Oppsummering", "Tema for dagen", "Program og hovedpunkter"; and a
# meeting app's notes part ("## Notater", "## Møtenotat") over the points' headings; and
# "## Referat" under a programme's table, over the slots' headings that hold what was said.
_SUMMARY_WRAPPER = lazy_regex(r"(?:hovedpunkt(?:er|ene)?|hovudpunkt(?:a|ene)?|oppsummering|"
                              r"sammendrag|samandrag|tema(?:er|ene|ne)?|"
                              r"(?:møte)?notat(?:er|ar)?|"
                              r"program(?:\s+og\s+hovedpunkter|\s+og\s+hovudpunkt|"
                              r"\s+og\s+referat)?|referat)"
                              r"(?:\s+(?:fra|frå|for)\s+(?:møtet|samlingen|samlinga|dagen|"
                              r"nettverkssamlingen|nettverkssamlinga|seminaret))?\s*:?")


# Labels inside an item, never an item of their own: "Vedtak:" over its text.
# A short summary's labels over its points, with their colon ("Kort oppsummert:" over the
# decisions, "Til oppfølging:" over the tasks in a mail after the meeting): what came out
# of the meeting, no topic of it ("Oppsummering" alone may head a workshop's last item).
_SUMMARY_LIST_LABELS = {"oppsummering", "kort oppsummering", "kort oppsummert", "oppsummert",
                        "til oppfølging", "til oppfylging"}
_OUTCOME_LABELS = {"vedtak", "konklusjon", "konklusjonar", "beslutning", "innstilling",
                   "forslag til vedtak", "framlegg til vedtak", "oppfølging", "oppfylging",
                   "ansvar", "frist", "behandling", "merknad", "merknader", "tiltak"}


def _column_word(cell: str) -> bool:
    """Whether a cell is a table column's heading word ("Frist", "Ansvar", "Vedtak")."""
    word = cell.strip(".:?* ").casefold()
    return word in _TEXT_PART_LABELS or word in TASK_COLUMN_WORDS or \
        is_amount_column_heading(word)  # ("Tiltak | Beløp (kr)": a budget's headings)


# The labels of the parts of a case's text, as a form's label cell gives them: what was
# decided and followed up (the labels inside an item), what was said (a column's heading
# for it), and what the case is about.
_TEXT_PART_LABELS = _OUTCOME_LABELS | _TALK_HEADS | DECISION_COLUMN_WORDS | \
    _DESCRIBING_HEADS | {"orientering", "saksframstilling", "saksframlegg", "saksutgreiing",
                         "saksopplysninger", "saksopplysningar", "bakgrunn", "grunngjeving",
                         "begrunnelse"}
# A heading that is a day: "17. mai".
_DAY_MONTH_TITLE = lazy_regex(r"\d{1,2}\.\s?(?:" + "|".join(dates.MONTH_NAMES) + r")(?:-[\wæøå]+)?")


def _names_someone(text: str) -> bool:
    """A line that is a person's name, maybe after a job title ("Fylkesrevisor John
    Tuseth" under "Fra administrasjonen møtte:"): no heading."""
    words = text.split()
    return looks_like_name(text) or (len(words) >= 3 and looks_like_name(" ".join(words[1:])))


def _speaker_over_text(paragraphs: list[Line], position: int) -> bool:
    """Whether the paragraph at ``position`` names a talk's speaker on a line of its own
    ("v/ Kari Holm, Helsedirektoratet") over running text: the summary of a talk starts
    under who gave it, so the heading above (a programme's slot or a plain title) heads
    the text below the speaker's line as it would right under it. (A programme's list
    has the speaker under each slot too, but the next slot under it, no running text.)"""
    speaker = paragraphs[position]
    return (speaker.body.startswith(PRESENTER_OPENERS) or _speaker_label(speaker.body)) and \
        len(speaker.body) <= 80 and \
        position + 1 < len(paragraphs) and _is_running_text(paragraphs[position + 1].body)


# A talk's speaker labelled on the line under its topic ("Innleder: Kari Holm, KS",
# nynorsk "Innleiar:", "Foredragsholder:"), as "v/ Kari Holm" names one: one person, so
# not the plural "Innledere:" that lists the day's speakers in a head (several speakers of
# one talk: "Innleiarar: Kari Holm og Per Dahl"): labels.py's words.
_SPEAKER_LABELS = tuple(f"{label}:" for label in SPEAKER_LABELS)


def _speaker_label(text: str) -> bool:
    """Whether a line opens with the label of one talk's speaker ("Innleder: …")."""
    return text[:1] in "IiFf" and text[:18].casefold().startswith(_SPEAKER_LABELS)


def _section_speaker(lines: list[Line], i: int) -> bool:
    """Whether line ``i``, a speaker's label ("Innleder: Kari Holm, KS"), stands under a
    section's topic over the summary of the talk ("Ny næringsplan" / "Innleder: …" /
    "Arbeidet har pågått …"): the first section's speaker, no label of the head, which
    ends above the topic. Past the first lines only (a title over "Innleder:" and the
    meeting's labels is the head's)."""
    if i < 3 or i + 1 >= len(lines) or not _speaker_label(lines[i].body):
        return False
    if _is_running_text(lines[i - 1].body):
        return _speaker_below_summary(lines, i)
    topic = lines[i - 1].body
    return len(topic) <= 70 and topic[:1].isupper() and \
        not topic.endswith((".", ",", ";", ":", "!")) and match_label(topic) is None and \
        _is_running_text(lines[i + 1].body) and not lines[i + 1].is_table


def _speaker_below_summary(lines: list[Line], i: int) -> bool:
    """Whether a speaker's label (line ``i``) closes the summary of a talk under a marked
    topic heading that a heading above it (the page's title) stands over: "# Dette skjedde
    på samlinga" … "## Kulturskulen" / "Kari Holm fortalde om …" / "Innleiarar: Kari
    Holm": the first section's speaker, so the head ended above the topic."""
    k = i - 1
    while k > i - 4 and k > 0 and lines[k].kind is not HEADING and \
            _is_running_text(lines[k].body) and not lines[k].is_table:
        k -= 1
    return k < i - 1 and lines[k].kind is HEADING and len(lines[k].body) <= 70 and \
        match_label(lines[k].text) is None and \
        any(line.kind is HEADING for line in lines[:k])


def _is_running_text(text: str) -> bool:
    """Sentences under a heading: they end in a full stop, or hold one and end in a
    task's owner ("… formål. Ansvar: Svein")."""
    return text.endswith(".") or (". " in text and len(text.split()) >= 6)


def after_head_labels(lines: list[Line]) -> int:
    """The line after the head's last label and the list lines right under it.

    A heading after the labels ends the head: a "Referent: X" signature under the
    last item of a short document is not part of it. A heading that names the document
    does not: a letterhead's labels ("Saksbehandler:", "Dato:") stand above the title
    ("Referat fra styremøte") and the meeting's own labels below it.
    """
    last = -1
    label = None
    gapless = _gapless(lines)
    for i, line in enumerate(lines[:40]):
        if found := match_label(line.text):
            if found.field is Field.GUESTS and _section_speaker(lines, i):
                break  # "Innleder: …" under the first section's topic: the head ended above
            last, label = i, found
        elif last >= 0 and (line.kind is HEADING or _plain_heading(lines, i, gapless=gapless) or
                            _fixed_point_set_apart(lines, i) or
                            _spaced_heading_past_labels(lines, i)) and \
                not line.lowered.startswith(_DOCUMENT_WORDS) and not _titled_summary(line):
            break
    i = last + 1
    if label is not None and label.field is Field.AGENDA and not label.value and \
            i < len(lines) and lines[i].body.endswith("."):
        return i  # "Saker" over what was said: the minutes' text, no list of the head's
    while i < len(lines) and not lines[i].gap and not _capitals_heading(lines[i].body) and \
            not (gapless and _plain_heading(lines, i, gapless=True)):
        i += 1  # the rest of a list under the last label ("Deltakere:" + one per line)
    return max(i, 1)


def _gapless(lines: list[Line]) -> bool:
    """Whether the text has no blank line past its first lines, as text copied out of a
    PDF viewer comes: there only a short line between two sentences tells a heading
    (``_plain_heading``), no blank line above it."""
    return len(lines) > _GAPLESS_FROM and \
        not any(line.gap for line in itertools.islice(lines, _GAPLESS_FROM, None))


_GAPLESS_FROM = 3  # (a letterhead or title may stand apart above gapless text)


def _after_sentence(lines: list[Line], i: int) -> bool:
    """Whether the line above line ``i`` ends a sentence or is a head's label line
    ("Forfall: Holmestrand"): where gapless text (``_gapless``) may start a section."""
    above = lines[i - 1].text if i else ""
    return above.endswith((".", "!", "?")) or match_label(above) is not None


def _spaced_heading_past_labels(lines: list[Line], i: int) -> bool:
    """A heading set apart on both sides (text from Word) with no label right under it:
    the first section, past the head. A title over the meeting's own labels ("Notat fra
    møte i styringsgruppen" / "Møtet ble holdt …" / "Til stede: …") is still the head's."""
    return _plain_heading(lines, i, spaced=True) and \
        not any(match_label(line.text) for line in lines[i + 1:i + 4])


def _fixed_point_set_apart(lines: list[Line], i: int) -> bool:
    """A meeting's fixed point alone between blank lines over a sentence ("Godkjenning av
    innkalling" / "Innkallinga vart godkjend."): the first item, so the head ends above it,
    also where every paragraph stands apart (text from Word, whose blank lines keep
    ``_plain_heading`` from telling a heading) and a "Referent:" label closes the minutes."""
    line = lines[i]
    if not line.gap or i + 1 >= len(lines) or line.is_table or line.is_bullet or \
            len(line.body) > 60:
        return False
    return _fixed_point(line.body) and _is_running_text(lines[i + 1].body)


# How a heading naming the document starts: it is the title, no item.
_DOCUMENT_WORDS = ("referat", "møtereferat", "protokoll", "møteprotokoll", "møtebok",
                   "innkalling", "møteinnkalling")
# A summary sent after a meeting or seminar names itself so in a heading of some words
# ("Oppsummering fra nettverkssamlingen", "Orientering etter seminaret 2. oktober"); a
# bare "Oppsummering" is a section of the text.
_SUMMARY_WORDS = ("oppsummering ", "orientering og oppsummering ", "orientering etter ")


def _titled_summary(line: Line) -> bool:
    """Whether a heading names the document as a summary: under a memo's "Til:" / "Fra:"
    / "Dato:" it is the document's title, and the labels under it still belong to the
    head ("Tid og sted: …"), as under "Referat fra …"."""
    return line.kind is HEADING and line.lowered.startswith(_SUMMARY_WORDS) and \
        len(line.body.split()) >= 3


def _capitals_heading(text: str) -> bool:
    """A line in capitals that is no label and no name ("MERKNADER TIL INNKALLINGA",
    "YMSE"): a heading, also where no blank line sets it apart."""
    return text.isupper() and len(text) >= 4 and not match_label(text) and \
        not _names_someone(text)


def _plain_heading(lines: list[Line], i: int, spaced: bool = False,
                   gapless: bool = False) -> bool:
    """A short unpunctuated line after a blank line, followed by a sentence: a heading.
    In ``gapless`` text (``_gapless``) a line right under a sentence's end will do.

    ``spaced`` also takes one with a blank line under it too, as text from Word sets every
    paragraph apart ("Overvann og flom" / "" / "Kommunen har laget …"): where the head's
    labels are passed, such a line opens the first section, so a later label ("Vedlegg:
    Deltakere" over an annex) does not draw the sections into the head."""
    line = lines[i]
    after = lines[i + 1] if i + 1 < len(lines) else None
    text = line.body
    colon_heading = text.endswith(":") and len(text.split()) <= 5  # "Asfaltarbeid:"
    return bool((line.gap or (gapless and _after_sentence(lines, i))) and after is not None
                and (not after.gap or colon_heading or spaced)
                and len(text) <= 70 and text[:1].isupper()
                and (not text.endswith((".", ",", ";", ":", "?", "!")) or colon_heading)
                and not line.is_table and (not line.is_bullet or colon_heading)
                and len(text.split()) <= 8
                and "," not in text and _is_running_text(after.body)
                and len(after.body) > len(text) and not match_label(after.text)
                and not _names_someone(text))


# A part of every spelling of the agenda's label (``labels.LABELS``: "Saksliste",
# "Sakskart", "Dagsorden", "Program" …); respelling "pa" as "på" adds none of their letters.
AGENDA_LABEL_PARTS = ("sak", "agenda", "dagsorden", "program", "dagordning")  # (Swedish)
_may_name_agenda = contains_any(AGENDA_LABEL_PARTS)


def is_agenda_heading(line: Line) -> bool:
    """A "Saksliste" / "Agenda" heading that introduces the list of items.

    A line without a part of the label's spellings (``AGENDA_LABEL_PARTS``) is no such
    heading: most lines leave before the label is read."""
    if not _may_name_agenda(line.lowered):
        return False
    label = match_label(line.text)
    return label is not None and label.field is Field.AGENDA and not label.value
