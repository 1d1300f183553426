"""The document's head: title, kind, body, organisation, dates, time and place.

The head is everything before the first agenda item. Labelled values ("Tid:",
"Sted:", "Dato:") win; unlabelled evidence (a letterhead, a lone date line, "Digitalt
møte kl. 12.00-14.00") fills the gaps; nothing is guessed that the text does not say.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace

from motebok.extract import dates
from motebok.extract.dates import has_digit
from motebok.extract.first_names import is_first_name
from motebok.extract.items import PLAN_HEADING_OPENINGS, is_break_slot, is_break_title
from motebok.extract.labels import (
    TASK_COLUMN_WORDS,
    WRITER_LABELS_AV,
    Field,
    Label,
    chained_labels,
    match_label,
    names_service,
)
from motebok.extract.participants import (
    FIELD_UNITS,
    SIGNED_WRITER,
    SIGNER_ROLES,
    TRAINING_OFFICE,
    UNIT_WORDS,
    WRITER_ENDINGS,
    WRITER_WORDS,
    is_heads_body,
    signs_alone,
)
from motebok.extract.text import (
    BODY_WORD_ENDINGS,
    CONTACT_MARK,
    DEFINITE_ENDINGS,
    FINITE_VERB,
    NAME_LINK_WORDS,
    NAME_LINKS,
    NOT_NAME_WORDS,
    QUOTED_MESSAGE,
    SAMI_LETTERS,
    SERVICE_DEFINITE_ENDINGS,
    SLOT_STARTS,
    TALKS,
    Line,
    abbreviates,
    by_first_letter,
    contains_any,
    fold,
    hours_after_title,
    looks_like_name,
    programme_day_line,
    programme_slot_line,
    without_time_slot,
)
from motebok.lazy_pattern import lazy_regex
from motebok.read.blocks import (
    HEADING,
    PLACE_DIRECTION_WORDS,
    PLACE_PREFIXES,
    TABLE_ROW,
    folded_names_minutes,
    join_at_hyphen,
    names_cooperation_word,
    names_council,
    names_crisis_centre,
    names_destination,
    names_shared_service,
)
from motebok.vocab import (
    COMPANY_FORMS,
    COMPANY_FORMS_ALSO_WORDS,
    COUNCIL_KINDS,
    MEETING_CHANNELS,
    DocumentKind,
)

# A building or room named by a definite noun in lower case ("klubbhuset", "rådhuset",
# "lærerværelset", "korpslokalet", "klubbstua"): a place where a meeting is held (header
# and next meeting alike).
ROOM_IN_LOWER_CASE = (r"[a-zæøå]+(?:huset|rommet|salen|senteret|skolen|skulen|kontoret|"
                      r"biblioteket|værelset|hallen|kantina|kantinen|lokalet|stua|stova|bygget|bygningen)")

# Words for minutes besides "referat" and "protokoll".
# (nynorsk "samandrag" beside "sammendrag": "Samandrag frå møte i regionalt planforum")
_OTHER_MINUTES_WORDS = (r"oppsummering|møtebok|sammendrag|samandrag|minutes|møtenotat(?:er)?|"
                        r"minnes?notat|"
                        # a Swedish body's notes of its meeting: "Minnesanteckningar från
                        # möte i styrgruppen", "Mötesanteckningar"
                        r"minnesanteckningar|mötesanteckningar|"
                        # a Swedish municipality's record of a meeting: "Sammanträdesprotokoll"
                        r"sammanträdesprotokoll|"
                        # a summary of a meeting: "Hovedpunkter fra møtet i …", nynorsk
                        # "Hovudpunkt frå samlinga" (not "Hovedpunkter i strategien"), and
                        # the points to remember: "Minnepunkter fra møte i …", "Minnepunkt
                        # frå møte i faggruppa"
                        r"(?:hovedpunkt(?:er|ene)?|hovudpunkt(?:a|ene)?|minnepunkt(?:er|ene|a)?)"
                        r"(?=\s+(?:fra|frå)\b)|"
                        # a note of what a meeting said: "Notat fra møtet i …", nynorsk
                        # "Notat frå møte i faggruppa" (not "Notat til møtet", a case paper)
                        r"notat(?=\s+(?:fra|frå)\s+(?:møte|møtet|samling|samlinga|samlingen)\b)")
_MINUTES_WORDS = re.compile(rf"\b(?:referat\w*|møtereferat|protokoll|møteprotokoll|"
                            rf"{_OTHER_MINUTES_WORDS})\b", re.I)
# What makes a document minutes, also in compounds ("Årsmøteprotokollen", "Styrereferat")
# and spelt "protokol": the kind, not the title, which a compound alone does not make.
_KIND_MINUTES_WORDS = re.compile(rf"\b(?:\w*referat\w*|\w*protokoll?(?:en|et)?|"
                                 rf"{_OTHER_MINUTES_WORDS})\b", re.I)
_AGENDA_WORDS = lazy_regex(r"\b(?:innkalling|møteinnkalling|saksliste|sakliste|dagsorden|"
                           r"innkalling\w*|invitasjon|program|møteprogram|"
                           # the papers sent out with a summons
                           r"saksdokument\w*|sakspapir\w*|møtedokument\w*|møtepapir\w*|"
                           r"sakskart\w*)\b", re.I)
# A title that opens with "Agenda" before what meeting it is for: "Agenda – Steering Group
# meeting", "Agenda for styremøte 12. mars" (a summons; "Agenda" alone is _AGENDA_TITLES').
_AGENDA_FIRST = lazy_regex(r"^agenda\s*(?:[–—:-]|for\b|til\b)\s*\S", re.I)
# A summons in a sentence: "Det innkalles herved til …", "Innkalling til møtet i …".
_SUMMONS_SENTENCE = lazy_regex(r"\b(?:innkalles|innkallast|kalles\s+inn|vert\s+kalla\s+inn)"
                               r"(?:\s+herved|\s+med\s+dette)?\s+til\b|"
                               r"\binnkalling\s+til\s+(?:møte|møtet)\b"
                               # (not "Innkalling til møtet ble godkjent.")
                               r"(?![^.]*\b(?:godkj\w*|vedt\w*|ble|vart|var)\b)", re.I)
_DOC_PREFIX = re.compile(
    r"^(?:(?:foreløpig|godkjent|endelig|kort|utkast\s+til)\s+)?"
    # a case system's copy: "Utskrift av møtebok for …", "Utdrag frå møtebok for …"
    r"(?:(?:utskrift|utdrag)\s+(?:av|fra|frå)\s+)?"
    r"(?:orientering\s+og\s+(?=oppsummering))?"  # "Orientering og oppsummering etter …"
    # ("Minnesnotat", "Minnenotat": a memo of the meeting)
    # (a case system's print of every case: "Saksprotokollar frå Hovudutval for oppvekst")
    # (hurried notes: "Stikkordsreferat – ledergruppa for …", "Stikkordreferat frå …")
    r"(?:møte?|moe?te|minnes?|saks|sammanträdes|stikkords?)?(?:referat|protokoll(?:ar|er)?|oppsummering|møtebok|"
    # (a note app's plural: "Møtenotater – Nettverk for kulturskoler")
    r"sammendrag|samandrag|notat(?:er)?|minnesanteckningar|mötesanteckningar|"
    # a Teams or Loop template's English: "Meeting notes – Fagnettverk GIS Trøndelag"
    r"meeting\s+(?:notes|minutes)|"
    r"(?:hovedpunkt(?:er|ene)?|hovudpunkt(?:a|ene)?|minnepunkt(?:er|ene|a)?)(?=\s+(?:fra|frå)\b)|"
    # hurried notes' key words: "Stikkord frå nettverksmøte", "Referat – stikkord fra møtet"
    r"stikkord(?=\s+(?:fra|frå)\b)|"
    r"innkalling|invitasjon|saksliste|sakliste|dagsorden|agenda|"
    # a newsletter's report of a gathering: "Dette skjedde på nettverkssamlinga"
    r"(?:dette|det|slik)\s+skjedde\s+(?:på|i)(?=\s)|"
    # a gathering's programme: "Program for samling i …" (not "Program for folkehelse")
    r"program(?=\s+(?:for|til)\s+(?:\w*samling|\w*møte|fagdag|seminar|\w*konferanse)\b)|"
    r"saksdokument\w*|sakspapir\w*|møtedokument\w*|møtepapir\w*|sakskart\w*)"
    r"(?:\s+og\s+\w+|\s*/\s*(?:referat|protokoll|møtebok|oppsummering|notat))?"
    r"(?:\s+(?:fra|frå|fra\s+møtet|frå\s+møtet|fra\s+møte|frå\s+møte|for|av|etter|i|til|"
    r"(?:møte|moe?te|m[\ufffd?]te)\s+i|møtet\s+i|fra\s+(?:møte|moe?te|m[\ufffd?]te)\s+i|"
    r"frå\s+møte\s+i|"
    r"fra\s+møtet\s+i|"
    # (Swedish: "Minnesanteckningar från möte i styrgruppen för …")
    r"från|från\s+mötet?\s+i|mötet?\s+i|"
    # (Swedish: "Protokoll fört vid sammanträde med arbetsutskottet för …")
    # (after "från" read alone: "Protokoll från sammanträde i Gränsrådet X")
    r"(?:fört\s+vid|från)\s+sammanträdet?\s+(?:med|i)|sammanträdet?\s+(?:med|i)|"
    # (a numbered sitting "fört vid sammanträdet 1/2027" names no body: the rules below)
    r"fört\s+vid)\b)*"
    r"\s*[:–-]?\s*", re.I)
_TRAILING_DOC_WORD = lazy_regex(r"(?:\s*[–—-]\s*|\s+)(?:referat|møtereferat|protokoll|"
                                r"møteprotokoll|oppsummering|møtebok|hovudutskrift|"
                                r"hovedutskrift|(?:møte)?notat(?:er)?|minnes?notat|sammendrag|samandrag)(?:\s+nr\.?\s*\d{1,3}(?:\s*/\s*\d{2,4})?)?"
                                r"\s*$", re.I)  # also "… – møtereferat nr. 3"
# The words _TRAILING_DOC_WORD cannot match without (tested on the folded title first).
_has_doc_word = contains_any(("referat", "protokoll", "oppsummering", "møtebok", "utskrift",
                              "notat", "sammendrag", "samandrag"))


def _without_meeting_form(rest: str) -> str:
    """A title's body without the form the meeting took after it: "Regionrådet digitalt",
    "Styret, på Teams", "Arbeidsutvalget (fysisk møte)", "Styringsgruppa ekstraordinært".
    How the body met that day is no part of its name; a topic after "for"/"om" is
    ("Nettverk for digitalt …" keeps its words). Titles without the form's words (most)
    skip the pattern."""
    folded = rest.casefold()
    if not any(word in folded for word in _MEETING_FORM_WORDS):
        return rest
    form = _MEETING_FORM_END.search(rest)
    if form is None or form.start() == 0:
        return rest
    before = rest[:form.start()].rstrip(" ,(–—-")
    if not before or before.rsplit(None, 1)[-1].casefold() in _TOPIC_LINKS:
        return rest
    return before


# Words one of the forms a meeting took contains: a cheap test before the pattern.
_MEETING_FORM_WORDS = ("digital", "fysisk", "hybrid", "ekstraordin", "teams", "zoom",
                       "skype", "video", "telefon")
# The form a meeting took, ending a title: "digitalt", "på Teams", "(fysisk møte)",
# "– ekstraordinært møte", "som videomøte", ", Teams".
_MEETING_FORM_END = lazy_regex(
    r"(?:\s*[,–—-]\s*|\s+)\(?\s*(?:(?:på|via|over|per|i)\s+(?:teams|zoom|skype|video|telefon)|"
    r"(?:som\s+)?(?:digitalt|fysisk|hybrid|ekstraordinært|ekstraordinær)"
    r"(?:\s+(?:møte|teamsmøte|videomøte))?|"
    r"(?:som\s+)?(?:teams|video|telefon|nett|zoom|skype)-?møte|teams|zoom|skype)\s*\)?\s*$",
    re.I)
# Words after which a form's word is a topic: "Nettverk for digitalt", "Råd om hybrid".
_TOPIC_LINKS = frozenset({"for", "om", "til", "og", "med", "i", "av", "innan", "innen",
                          "microsoft"})


def _without_doc_word(text: str) -> str:
    """The text without a document word at its end ("… – referat"); most have none."""
    if not _has_doc_word(fold(text)):
        return text
    return _TRAILING_DOC_WORD.sub("", text)


# A body's short name joined to "møte": "Skate-møte", "KS-møte" (not "AU-møte": known).
_HYPHEN_MEETING = re.compile(r"^(?P<body>[A-ZÆØÅ][\wæøåÆØÅ]+)(?:-|(?<=[A-ZÆØÅ]{2})\s+)"
                             r"(?:møte|møtet|moete)$")  # also "FAU møte": an acronym, a space
# A body's name, then "møte" (and where): "Ungdomsråd møte", "Reindriftsstyret møte i Alta".
_BODY_THEN_MEETING = re.compile(r"^(?P<body>.*\S)\s+(?:møte|møtet)(?:\s+i\s+[^\s\d][\w-]*)?$",
                                re.I)
# "møte" right before the body's name, with no "i" or "for" between.
_BARE_MEETING = re.compile(r"^(?:(?:telefon|video|nett|teams|skype|zoom)-?)?(?:møte|møtet|moete)\s+"
                           r"(?P<body>[^\d\s].*)$", re.I)  # (and "Teams-møte nettverk X")
# An all-capitals title's hyphenated place ("MIDT-TROMS" → "Midt-Troms", not "Midt-troms").
_HYPHENATED_PLACE = lazy_regex(r"\b(?:midt|nord|sør|aust|vest|øst|indre|ytre|øvre|nedre)-[a-zæøå]+",
                               re.I)
# A region named by its position and a capitalised name, two words: "Indre Fjordane",
# "Ytre Sogn", "Nedre Glomma": a body "for" it is the region's own, as for "Sør-Trøndelag"
# (a council "i Nordre Land" is the municipality's: "i" keeps it the parent).
_SPACED_REGION = lazy_regex(r"(?:Midt|Nord|Sør|Aust|Vest|Øst|Indre|Ytre|Øvre|Nedre|Midtre|"
                            r"Nordre|Søndre|Austre|Vestre|Østre)\s+[A-ZÆØÅ][a-zæøå]+")
# "… I NORDKYST REGIONRÅD", "… ARBEIDSUTVALET, MIDTFJORD REGIONRÅD": the place that names
# a council or a municipality (after "i", or after the comma that sets a parent apart).
_PLACE_BEFORE_COUNCIL = lazy_regex(r"(?:(?<=\si\s)|(?<=,\s))[a-zæøå]+(?=\s(?:regionråd|kommune|"
                                   r"fylkeskommune|interkommunale)\b)")
# A title that only numbers the minutes: "Referat nr. 5, 2017".
_SERIAL_ONLY = re.compile(r"nr\.?\s*\d{1,4}(?:\s*[,/]\s*\d{2,4})?", re.I)
# The meeting's day before the document word: "12.03.2024 Referat styremøte X".
_DATE_FIRST = lazy_regex(r"(?:\d{1,2}\.\s*(?:\d{1,2}\.\s*\d{2,4}|[a-zæøå]+\s+\d{4})|"
                         r"(?:19|20)\d{2}-\d{2}-\d{2})\s*(?:[–—:-]\s*)?"
                         r"(?=[A-ZÆØÅa-zæøå])")
# The meeting's day between the document word and the body: "Referat 12.03.2024 – X";
# the day with a space alone (_DAY_THEN_NAME) only before a capital and after a document
# word ("Referat 2024-03-12 Regionrådet", not "Referat 12.03.2024 kl. 10").
_DAY_IN_TITLE = (r"(?:\d{1,2}\.\s*(?:\d{1,2}\.\s*\d{2,4}|[a-zæøå]+\s+\d{4})|"
                 r"(?:19|20)\d{2}-\d{2}-\d{2})")
_DATE_THEN_DASH = lazy_regex(rf"^{_DAY_IN_TITLE}\s*(?:[–—-]|:)\s+(?=[A-ZÆØÅa-zæøå])")
_DAY_THEN_NAME = lazy_regex(rf"^{_DAY_IN_TITLE}\s+(?=(?!Kl\b)[A-ZÆØÅ])")
# A running number before the document word: "Nr. 41 - Referat fra 7. mars".
# (also the week a forum meeting each week numbers them by: "Referat veke 3 – møte 19.01")
_SERIAL_PREFIX = re.compile(r"^(?:nr\.?\s*\d{1,4}(?:\s*/\s*\d{2,4})?|\d{1,4}\.|"
                            r"(?:uke|veke)\s*\d{1,2})\s*[-–:]\s*(?=\S)", re.I)
# The names of the weekdays and the months, bokmål and nynorsk, for the patterns below.
_WEEKDAY = r"(?:" + "|".join(dates.WEEKDAY_FULL_NAMES) + ")"
_MONTH = r"(?:" + "|".join(dates.MONTH_NAMES) + ")"
# Every month's word, Norwegian, Swedish, English and short, longest first ("februari"
# before "februar" before "feb"): for a day written without its dot.
_ANY_MONTH = r"(?:" + "|".join(sorted(dates.MONTHS, key=len, reverse=True)) + r")\b"
# Words before a compound meeting word that do not name the body.
_MEETING_KINDS = (r"(?:ekstraordinært|ekstraordinær|ekstraordinere|ordinært|ordinær|"
                  r"konstituerende|konstituerande|digitalt|fysisk|felles|utvidet|utvida)")
# The general meeting of a company or a housing cooperative, the owners' body as
# "årsmøte" is a club's: "(ordinær) generalforsamling i Solhaugen borettslag".
_GENERAL_MEETING = lazy_regex(rf"^(?:{_MEETING_KINDS}\s+)?generalforsamling(?:en)?"
                              r"(?:\s+(?:i|for)\s+(?P<org>[A-ZÆØÅ][^,.]{1,60}?))?\s*$", re.I)
# ("konstituerende møte – Regionrådet for X": the bare word too, before the body's name)
_MEETING_ADJECTIVE = re.compile(rf"^{_MEETING_KINDS}\s+(?=\S*møte)", re.I)
# A day, and the time and place after it, inside a title: the body is named before it
# (the day also as ISO writes it, across the border: "Referat fra møte 2026-03-14, kl. 10").
_DATE_AND_AFTER = lazy_regex(r"\s+(?:\d{1,2}\.\d{1,2}\.\d{2,4}|(?:19|20)\d{2}-\d{2}-\d{2}|"
                             rf"\d{{1,2}}\.\s*{_MONTH}\s+\d{{4}})(?:\s+|,).*$", re.I)
# "… arbeidsmiljøutvalg - 3/2018", "… MDG Hordaland Møte nr. 7/ 2016", "LAMU-møte 1/2023"
_TRAILING_NUMBER = lazy_regex(r"(?:\s*[–-]\s*(?:(?:møte|Møte|MØTE)\s+)?(?:nr\.?\s*)?|"
                              r"\s+(?:møte|Møte|MØTE)\s+nr\.?\s*|"  # "… – møte 4/2024" too
                              r"\s+(?:nr|Nr|NR)\.?\s*|"  # "Møte i styringsgruppa nr. 4/2025"
                              r"(?<=[mM]øte)\s+(?:nr\.?\s*)?)\d{1,3}\s*/\s*\d{2,4}$")
_NUMBER_WORD = lazy_regex(r"\d{1,3}/\d{2,4}")


def _without_trailing_number(rest: str) -> str:
    """A title's rest without the meeting's number at its end ("… arbeidsmiljøutvalg -
    3/2018", "LAMU-møte 1/2023" → "LAMU"); a body compound written with a hyphen
    ("Styre-møte 4/2026") keeps its meeting word, as "Styremøte 4/2026" does, so it still
    names the board and not "Styre"."""
    words = rest.rsplit(None, 2)
    if len(words) > 1 and "-" in words[-2] and _NUMBER_WORD.fullmatch(words[-1]) and \
            compound_body(words[-2]) is not None:
        return rest[:rest.rfind(words[-1])].rstrip()
    return _TRAILING_NUMBER.sub("", rest)


# How often a body meets, as a meeting app's title says it after the body's name: "… –
# månedlig møte", nynorsk "… – månadleg møte" (no part of the name).
_HOW_OFTEN = r"(?:månedlig|månedlige|månadleg|månadlege|ukentlig|vekentleg|fast|faste)"
# The meeting (its kind, number or year) after a dash or a comma closing a body's name: "…
# universitetsstyret - ekstraordinært møte", "Regionrådet for Hallingdal – møte 2026",
# "… – møte nr. 3 2026", "… – referat 2026" (no part of the name; "Regionrådet for
# Hallingdal – styremøte" names its board and is not taken). A meeting named by how
# often or what for ("… Indre Sogn – månadsmøte", "– arbeidsmøte", "– oppstartsmøte")
# names no body either.
_TRAILING_KIND = lazy_regex(rf"(?:\s*[–—-]\s*(?:{_MEETING_KINDS}|{_HOW_OFTEN})\s+(?:møte|møtet)|"
                            # (also the season's meeting after a comma, with its year:
                            # "Beiteforum Vinje, vårmøte 2025", "…, haustmøtet")
                            # (and a joint meeting of the sides named before the dash:
                            # "Oppfølgingstenesta og NAV – samarbeidsmøte")
                            r"(?:\s*[–—-]\s*|,\s*)(?:månads|måneds|kvartals|arbeids|oppstarts|"
                            r"status|evaluerings|planleggings|vår|haust|høst|sommar|sommer|"
                            r"vinter|samarbeids|dialog|kontakt|samråds)møte(?:t)?"
                            r"(?:\s+(?:19|20)\d{2})?|"
                            # a meeting app's notes of it: "… – notater fra nettverksmøte",
                            # also hurried notes' key words and a channel's meeting: "… –
                            # stikkord frå Teams-møte"
                            r"\s+[–—-]\s+(?:(?:møte)?notat(?:er|ar)?|stikkord)\s+(?:fra|frå)\s+"
                            r"\w*(?:-møte|møte)(?:t)?|"
                            r"(?:\s+[–—-]|,)\s+(?:møte|møtet|referat|protokoll)"  # ("AU-møte")
                            # (the number of the year's meetings: "– møte 4/2026")
                            r"(?:\s+(?:nr\.?\s*)?\d{1,3}(?:/(?:19|20)?\d{2})?)?"
                            r"(?:,?\s+(?:19|20)\d{2})?)\s*$", re.I)
# A meeting word joined to its channel: "telefonmøte", "Teams-møte", "videomøte",
# "e-postmøte" (a meeting all the same: the body is named after it, or none is).
_CHANNEL_FIRST = r"(?:(?:telefon|video|nett|teams|skype|zoom|e-?post)-?)?"
_LEADING_MEETING = re.compile(rf"^(?:\d{{1,2}}\.\s+)?(?:{_MEETING_KINDS}\s+)?"
                              r"(?:(?:[a-zæøå]*samling(?:a|en)?|fagdag(?:en)?)\s+"
                              # (with the year's number, as "møte 2/2026 i": "samling
                              # 2/2026 i Kommunenettverk for innovasjon")
                              r"(?:(?:nr\.?\s*)?\d{1,3}(?:\s*[/-]\s*\d{2,4})?\s+)?"
                              r"(?:i|for(?=\s+[\wæøå-]*"
                              r"(?:gruppe|gruppa|nettverk|utvalg|utval|råd|styre|forum)\w{0,3}\b))"
                              r"\s+|"  # a gathering in or for a body ("fagsamling for faggruppe X",
                              # "fagdag i nettverk for …")
                              rf"{_CHANNEL_FIRST}"
                              r"(?:møte|møtet|moe?te|moe?tet|m[\ufffd?]te|m[\ufffd?]tet|möte|mötet|"
                              r"sammanträdet?)(?:(?:\s+(?:den\s+)?\d{1,2}(?:\.\s*(?:\d{1,2}\.|"
                              rf"[a-zæøå]+)|\s+{_ANY_MONTH})\s*\d{{0,4}})?\s+(?:i|for|med)\s+|"
                              r"\s+(?:nr\.?\s*)?\d{1,3}(?:\s*[/-]\s*\d{2,4})?\s+"
                              rf"(?!{_ANY_MONTH})(?:(?:i|for|med)\s+)?))",
                              re.I)  # "Møte nr. 3/2024 i Regionrådet", "møte nr. 01/05 Rådet",
# "Møte 3-2024 i Nordby kontrollutval"; a Swedish sitting's as well ("sammanträdet 1/2027 i
# Gränskommittén X", "mötet 2/2027 med …"); but a number before a month's word is the
# day, as Swedish writes it without its dot ("sammanträdet 11 februari 2027"), no number
# A news post's heading on a meeting, with no document word: "Fra møtet i regionrådet",
# "Frå styremøtet i X" (the meeting words after it are read as in any title).
_FROM_THE_MEETING = lazy_regex(r"^(?:fra|frå)\s+(?=[\wæøå-]*møte(?:t)?(?:\s+(?:i|for)\s|$))", re.I)
# The month of the meeting closing a title: "Frå nettverksmøtet i april" (a time, no
# parent; the month is written in small letters, a place's name with a capital).
_MONTH_AT_END = lazy_regex(rf"\s+i\s+{_MONTH}$")
# "Det innkalles til møte i Kystrådet": a summons names the body in a sentence.
_SUMMONS_PREFIX = re.compile(r"^(?:det\s+)?(?:innkalles|innkallast|kalles\s+inn|vert\s+kalla\s+inn)"
                             r"\s+(?:herved\s+|med\s+dette\s+)?til\s+", re.I)
# Whom a summons is addressed to: the members of the body named after them ("Til
# medlemmene i Helsenettverket Lister", "Til rådets medlemmer og varamedlemmer i X"), or
# the body itself ("Til styret i Nordlys AS").
_ADDRESSEES = lazy_regex(r"^til\s+(?:(?:\w+s\s+)?(?:faste\s+)?(?:medlemmene|medlemmer|"
                         r"medlemene|medlemer|representantene|representantane)"
                         r"(?:\s+og\s+(?:vara\w*))?\s+(?:i|av|for)\s+|"
                         r"(?=(?:styret|\w*rådet|\w*utvalget|\w*utvalet|\w*gruppa|\w*gruppen|"
                         r"\w*nettverket|\w*forumet|\w*nemnda)\s+i\s|"
                         # (a council also named "for" its region: "Til: Regionrådet for
                         # Nordfjell"; "Styringsgruppen for X" may be a project's group)
                         r"\w*rådet\s+for\s))", re.I)
# "Samarbeidsutvalget for helse, Nordre Vestfold": a proper name after the last comma.
_COMMA_ORG = re.compile(r"^(?P<body>.+?),\s+(?P<org>[A-ZÆØÅ][\w-]+(?:\s+[\wæøå-]+){0,3})$")
# "Hallingdal barnevernsteneste, tilsynsutvalet": the parent first, then the body.
_ORG_COMMA_BODY = re.compile(r"^(?P<org>[A-ZÆØÅ][\w-]*(?:\s+[\wæøå-]+){0,4}),\s+"
                             r"(?P<body>[a-zæøå][\w-]*(?:\s+[\w-]+){0,3})$")
# Organisation forms that make "X for Y IKS" the body X of the organisation Y.
_ORG_FORM = lazy_regex(r"\b(?:IKS|AS|ASA|SA|KF|Vel|kommune|fylkeskommune|regionråd|"
                       r"interkommunale\s+\w+)$")
# Bodies that govern an organisation: "Styret for X" means the board of X.
_GOVERNING_BODIES = {"styret", "styre", "rådet", "representantskapet", "arbeidsutvalget",
                     "årsmøtet", "regionrådet", "utvalget", "kontrollutvalget",
                     "valgkomiteen", "generalforsamlingen", "eierrådet", "eigarrådet",
                     # (Swedish: "arbetsutskottet för Gränsrådet X", "styrelsen för …")
                     "arbetsutskottet", "styrelsen"}
# "Driftsstyret", "Samarbeidsrådet", "Eierrådet": a board or council of what follows "for"
# (also the councils a school or kindergarten has: "Samarbeidsutvalget", "Elevrådet").
_GOVERNING_SUFFIXES = ("styret", "rådet", "utvalget", "utvalet")
# The boards of protected areas, named after the area "for" governs ("Verneområdestyret
# for X", "Forvaltningsstyret for Y landskapsvernområde"): the area is no parent.
_AREA_BOARDS = ("nasjonalpark", "verneområde", "forvaltningsstyre", "forvaltingsstyre",
                "landskapsvern",
                # a world heritage site's council: "Verdensarvrådet for X helleristningsfelt"
                "verdensarv", "verdsarv")
# Words that make a name after "nettverksmøte i" the body itself, not its parent.
_BODY_STEMS = lazy_regex(r"(?:nettverk|utvalg|utval|(?<!om)(?<!sam)råd|gruppe|gruppa|forum|styre|"
                         r"komit[eé]|nemnd|samarbeid|partn[ae]rskap|representantskap|kriseledelse|"
                         r"kriseleiing)", re.I)


def _ends_in_own_kind(meeting_word: str, name: str) -> bool:
    """Whether a name after "i" ends in the kind of body the meeting's word names
    ("nettverksmøte i Sunnfjord folkehelsenettverk", "faggruppemøte i Indre Agder
    faggruppe for helse"): a place before the kind's word names the body itself, as a
    name that opens with it does ("… i Folkehelsenettverket Helgeland"), not a parent."""
    stem = meeting_word.casefold().rstrip(",:").partition("møte")[0].removesuffix("s")
    if len(stem) < 5:
        return False
    head = name.split(" for ", 1)[0].split()
    return len(head) > 1 and stem[:-1] in head[-1].casefold()

# How the name of a group of municipalities ends: "Kraftkommunane i Indre Sogn",
# "Fjellkommunene", a cooperation its members' kind names.
_MEMBER_GROUP_ENDINGS = ("kommunane", "kommunene")


def _network_of_members(compound: str, name: str) -> bool:
    """Whether a network's meeting "i" a group of municipalities named by their kind
    ("nettverksmøte i Kraftkommunane i Indre Sogn") is the group's own meeting: such a
    group is itself the network, the body that met, not a parent of "Nettverket"."""
    first = name.split()[0]
    return compound.casefold().startswith("nettverk") and first[:1].isupper() and \
        len(first) > len("kommunene") and first.casefold().endswith(_MEMBER_GROUP_ENDINGS)


# (Each of these patterns that opens with a run of marks, "[\s,]+", looks behind for the
# same marks first: it is tried from where the run starts only, so a line of thousands
# of commas or dashes costs its length to search, not the square of it.)
# (also the day without its dot before a month's word, as Swedish writes every day and a
# Norwegian title now and then: "Protokoll från sammanträdet den 11 februari 2027")
_TRAILING_DATE = lazy_regex(r"(?<![\s,–-])[\s,–-]*(?:(?:den\s+)?\d{1,2}\.\s*\w+\s*\d{0,4}|"
                            rf"(?:den\s+)?(?<!\w)\d{{1,2}}\s+{_ANY_MONTH}\.?\s*\d{{0,4}}|"
                            r"\d{1,2}\.\d{1,2}\.\s?\d{2,4}|\d{4}-\d{2}-\d{2}|"
                            r"\d{1,2}/\d{1,2}(?:[-/ ]\d{2,4})?)\s*$", re.I)
# A weekday and all after it: the date, time and place of the meeting, not its body.
_FROM_WEEKDAY = lazy_regex(rf",?\s+{_WEEKDAY}\b.*$", re.I)
# Where a title's meeting was held, "på" after the meeting's word or after the body: a
# named place after a meeting ("styremøte på Scandic Havet i Bodø lørdag 12. april"), or a
# room or building in lower case ("møte i styret på rådhuset i Bodø"). Not the school a
# council belongs to ("samarbeidsutvalget på Lia skole"), a parent, not a venue.
_TITLE_VENUE = lazy_regex(
    r"(?:(?<=møte)|(?<=møtet)|(?<=samling)|(?<=samlinga)|(?<=samlingen)|(?<=seminar)|"
    r"(?<=seminaret))\s+på\s+(?P<place>[A-ZÆØÅ][\w-]*(?:\s+[A-ZÆØÅ][\w-]*){0,3}"
    r"(?:\s+i\s+[A-ZÆØÅ][\w-]*)?)"
    rf"(?=\s*,|\s+(?:(?i:{_WEEKDAY})|den|\d)|\s*$)|"
    rf"\s+på\s+(?P<room>(?![a-zæøå]*(?:skolen|skulen)\b){ROOM_IN_LOWER_CASE}"
    r"(?:\s+i\s+[A-ZÆØÅ][\w-]*)?)"
    rf"(?=\s*,|\s+(?:(?i:{_WEEKDAY})|den|\d)|\s*$)|"
    # a named building after the body ("møte i regionrådet på Bodø rådhus", "… på Vik
    # kulturhus"): where it met; a school is left, the parent its council belongs to
    r"\s+på\s+(?P<building>[A-ZÆØÅ][\w-]*(?:\s+[A-ZÆØÅ][\w-]*){0,2}\s+[a-zæøå]*"
    r"(?:rådhus|rådhuset|kulturhus|kulturhuset|samfunnshus|samfunnshuset|kommunehus|"
    r"kommunehuset|fylkeshus|fylkeshuset|grendehus|grendehuset|hotell|hotellet|"
    r"kultursenter|kultursenteret|bibliotek|biblioteket|"
    # a hotel's name, its word capitalised: "… på Scandic Hotell Bodø", "Quality Hotel Straand"
    r"(?-i:Hotell|Hotel)(?:\s+[A-ZÆØÅ][\w-]*)?)"
    r"(?:\s+i\s+[A-ZÆØÅ][\w-]*)?)"
    rf"(?=\s*,|\s+(?:(?i:{_WEEKDAY})|den|\d)|\s*$)|"
    # a building named in one word after the body, and its town after a comma: "møte i
    # regionrådet på Fjordhotellet, Vik 3. mars"
    r"\s+på\s+(?P<compound>[A-ZÆØÅ][\w-]*(?:hotellet|huset|senteret|tunet|hallen|salen|"
    r"garden|gården)(?:,\s+[A-ZÆØÅ][\w-]*)?)"
    rf"(?=\s*,|\s+(?:(?i:{_WEEKDAY})|den|\d)|\s*$)")


def _title_venue(title: str) -> re.Match[str] | None:
    """Where a title says its meeting was held ("… styremøte på Scandic Havet i Bodø
    lørdag 12. april", "… møte i styret på rådhuset"), or None; a channel ("på Teams") is
    read elsewhere."""
    if " på " not in title:
        return None
    found = _TITLE_VENUE.search(title)
    if found is None or (found.group("place") or "").casefold() in _TITLE_CHANNELS:
        return None
    return found


_TITLE_CHANNELS = MEETING_CHANNELS


# A day named relative to when the text was written ("i går", "forrige uke"): no name.
_RELATIVE_DAY = lazy_regex(r"\s+(?:i\s+(?:går|gaar|dag|forgårs|kveld)|"
                           r"(?:forrige|førre|siste?)\s+(?:uke|veke|måned|månad))\b.*$", re.I)
# The day a mail's words name the meeting by, in the genitive: "fra dagens møte", "frå
# gårsdagens møte", "kveldens styremøte" (the day, not a body called "Dagen").
_DAY_GENITIVE = lazy_regex(r"^(?:dagens|gårsdagens|kveldens)\s+(?=[\wæøå-]*møte)", re.I)
# The same day's word left alone after "… møtet i" ("går", "dag"): names no body.
_RELATIVE_DAY_WORDS = frozenset({"går", "gaar", "dag", "forgårs", "kveld", "morgen"})
# A clock time or range after "kl.": "kl. 18.30", "klokka 10-14", "kl 09:00 – 15:30".
# (also four digits with no stop, as after "kl" they are always a time: "kl. 1800-2000")
_CLOCK = r"(?:[0-2]\d[0-5]\d(?!\d)|\d{1,2}(?:[.:]\d{2})?)"
_KL_HOURS = rf"(?:kl\.?|klokka|klokken)\s*{_CLOCK}(?:\s*[-–]\s*{_CLOCK})?"
# A clock time or range ending a title, and a date written as six or eight bare digits
# ("Referat styremøte Golia Vel 191009").
_TRAILING_TIME = lazy_regex(rf"(?:[\s,]+{_KL_HOURS}|\s+\d{{6}}(?:\d{{2}})?)\s*$", re.I)
_INNER_DATE = lazy_regex(r"\s+\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})(?=\s+(?:med|i|for|mellom)\s)")
# "Møte: 6/2014", "Møte: nr. 3": the meeting's number, not its body
_MEETING_NUMBER = lazy_regex(r"(?:nr\.?\s*)?\d{1,3}(?:\s*/\s*\d{2,4})?", re.I)
# A meeting's kind and its number in the year ("Møte: Nettverksmøte nr. 2/2025").
_NUMBERED_KIND = lazy_regex(r"(?P<kind>[\w-]*?)s?møte\s+(?:nr\.?\s*)?\d{1,3}"
                            r"(?:\s*/\s*\d{2,4})?", re.I)
# … or the kind's meeting for its members ("Møte: Nettverksmøte for frivilligsentralene"
# under "Referat – Frivillighetsnettverket i Sjøbygda"): who meets, not another body
_KIND_FOR_MEMBERS = lazy_regex(r"(?P<kind>[\w-]*?)s?møte\s+for\s+[\w -]{3,60}", re.I)


def _kind_of_named_body(value: str, body: str) -> bool:
    """Whether a "Møte:" value is only the numbered meeting of a kind that the body named
    by the title is one of ("Nettverksmøte nr. 2/2025" under "Referat – Landbruksnettverket
    i Innlandet"): the title's compound names that body, the kind says less. A kind that
    is the body's own word and the title gives its name after it ("Styringsgruppemøte nr.
    4/2025" under "Referat – styringsgruppen for Digital hjemmeoppfølging") says less too;
    the bare group word ("Referansegruppe") or another body ("Styringsgruppemøte nr. 3"
    under a project's title) is still named by the kind."""
    found = _NUMBERED_KIND.fullmatch(value)
    if found is None and " for " in value:
        found = _KIND_FOR_MEMBERS.fullmatch(value)
    if found is None or len(kind := found["kind"].casefold()) < 4:
        return False
    first, _, named = body.casefold().partition(" ")
    return (first.startswith(kind) and bool(named)) or \
        any(word.find(kind) > 0 for word in body.casefold().split())
# A date, then where the meeting was: a venue whose last word is a building or room.
_VENUE_AFTER_DATE = lazy_regex(r"\s+\d{1,2}\.\s*(?:\d{1,2}\.\s*\d{2,4}|\w+\s+\d{4})\s+"
                               r"(?:i|på)\s+[\w .-]*?(?:hus|huset|hotell|hotel|sal|salen|"
                               r"senter|senteret|rom|rommet|gård|garden|kultursenter)"
                               r"(?:,\s*[\w .-]{2,30})?$", re.I)  # "…, Verdal"
# A title that names minutes (not "Sakliste ble godkjent").
_MINUTES_TITLE = lazy_regex(r"^(?:møte)?(?:referat|protokoll|møtebok)\s+(?:fra|frå)\s", re.I)
_MINUTES_TITLE_GATE = ("møte", "referat", "protokoll")  # (tested first: most lines fail)
_MINUTES_TITLE_BY_FIRST = by_first_letter(_MINUTES_TITLE_GATE)  # (… by first letter, s70g)
# A project or organisation named before the document word: "X: Referat fra møte i …".
_OWNER_BEFORE_DOC = re.compile(r"^(?P<owner>[A-ZÆØÅ][^:]{2,60}?)\s*[:–-]\s+"
                               r"(?P<doc>(?i:møtereferat|referat|protokoll|møteprotokoll)\s.*)$")


# A club's name, then its meeting after a colon or a dash: "Havbygd IL – årsmøte 2024",
# or right after the name when only its number, its date or nothing follows ("Referat fra
# Nordby vel styremøte 3/2026", "Haugen borettslag styre-møte"); the document's word before
# the name is none of it ("Referat Nordby vel – styremøte"); a dash between two places
# without spaces is inside the name ("Grensekomiteen Vefsn–Storuman – styremøte").
_CLUB_THEN_MEETING = re.compile(r"^(?:(?i:møte)?(?i:referat|protokoll|møtebok)(?:\s+(?i:fra|frå))?"
                                r"\s+)?(?P<org>[A-ZÆØÅ](?:[^:–—]|(?<=\w)[–—](?=\w)){2,60}?)"
                                r"(?:\s*(?::|\s[–—-])\s+|"
                                r"\s+(?=[\wæøåÆØÅ-]+(?i:møte)t?(?:\s+\d|\s*$)))"
                                r"(?P<word>[\wæøåÆØÅ-]+(?i:møte|møtet))\b")


# The meeting word right before a number, as ``_CLUB_THEN_MEETING``'s look-ahead wants it
# when no colon or dash parts the club from its meeting ("Nordby vel styremøte 3/2026").
_MEETING_BEFORE_NUMBER = lazy_regex(r"møtet?\s+\d")


def _may_name_club_meeting(text: str) -> bool:
    """Whether ``_CLUB_THEN_MEETING`` can match ``text``: it needs a colon or a dash after
    the club, or the meeting word last or before a number. Tried at every character of the
    club's name, the pattern fails slowly on a title such as "Referat fra møte i …"."""
    if ":" in text or "-" in text or "–" in text or "—" in text:
        return True
    lowered = text.lower()
    return lowered.rstrip().endswith(("møte", "møtet")) or \
        _MEETING_BEFORE_NUMBER.search(lowered) is not None


def _club_meeting(text: str) -> bool:
    """Whether a line names a club's meeting: "Havbygd IL – årsmøte 2024"."""
    if not _may_name_club_meeting(text):
        return False
    club = _CLUB_THEN_MEETING.match(text)
    return club is not None and _names_club_of_place(club.group("org")) and \
        compound_body(club.group("word")) is not None


def _names_club_of_place(text: str) -> bool:
    """Whether a club's name before its meeting ends in its kind, or in its kind and then
    the place it serves: "Regionalt næringsfond for Sunnhordland – styremøte" is the board
    of the fund as "Sunnhordland næringsfond – styremøte" is (a single word before the
    place, "Regionrådet for Hallingdal", is a council, read as it always was)."""
    if names_club(text):
        return True
    kind, sep, place = text.rpartition(" for ")
    return (bool(sep) and place[:1].isupper() and len(place.split()) <= 3 and
            names_club(kind)) or _committee_then_place(text) or \
        _council_kind_then_place(text) or _fund_then_region(text)


# An association of clubs named by its kind first, definite, then the place it serves:
# "Idrettsrådet i Brekkestad", "Næringsrådet for Vikøy" (each has a board of its own; a
# regional council, "Regionrådet for Hallingdal", is read as it always was).
_DEFINITE_COUNCIL_KINDS = ("idrettsrådet", "næringsrådet", "bydelsrådet", "grendarådet",
                           "grenderådet",
                           # (a volunteer centre: "Frivilligsentralen i Eikvåg")
                           "frivilligsentralen")


def _council_kind_then_place(text: str) -> bool:
    """Whether a name is an association's kind in the definite form, then "i" or "for" and
    the place ("Idrettsrådet i Brekkestad – styremøte" is the board of that idrettsråd, as
    "Brekkestad idrettsråd – styremøte" is)."""
    kind, _, rest = text.partition(" ")
    prep, _, place = rest.partition(" ")
    return prep in ("i", "for") and kind.casefold().endswith(_DEFINITE_COUNCIL_KINDS) and \
        kind[:1].isupper() and place[:1].isupper() and len(place.split()) <= 3


def _fund_then_region(text: str) -> bool:
    """Whether a name is a fund's with the region it serves after its kind, in one or two
    capitalised words: "Regionalt forskingsfond Vestfjord", "Kompetansefondet Indre Sogn"
    (the fund has a board of its own, as "Fjordvik Næringsfond" has)."""
    words = text.split()
    for i in (len(words) - 2, len(words) - 3):
        if i >= 0 and words[i].casefold().endswith(("fond", "fondet")):
            return all(word[:1].isupper() for word in words[i + 1:])
    return False


# A board's own names as a title gives them ("Styret"), nynorsk too.
_BOARD_NAMES = frozenset({"styret", "styre"})
# A fund's board by its own word ("Protokoll fra møte i fondsstyret"), nynorsk too.
_FUND_BOARD_NAMES = frozenset({"fondsstyret", "fondsstyre"})


def _fund_for_region(text: str) -> bool:
    """Whether a name is a fund's, definite, then the region it serves: "Kraftfondet for
    Vassdal og Fjellgard", "Næringsfondet i Indre Dal" (capitalised places, "og" between)."""
    kind, sep, place = text.partition(" for ") if " for " in text else text.partition(" i ")
    return bool(sep) and " " not in kind and kind[:1].isupper() and \
        kind.casefold().endswith("fondet") and 1 <= len(place.split()) <= 4 and \
        all(word[:1].isupper() or word == "og" for word in place.split())


# A cross-border committee named by its kind first, as the Nordic ones are ("Grensekomiteen
# Vefsn–Storuman", Swedish "Gränskommittén …"): it has a board of its own.
_COMMITTEE_KIND_FIRST = ("komiteen", "komitéen", "kommittén")


def _committee_then_place(text: str) -> bool:
    """Whether a name is a committee's kind, then the place or places it serves:
    "Grensekomiteen Helgeland–Jämtland – styremøte" is the board of that committee, as
    "Regionalt næringsfond for Sunnhordland – styremøte" is the fund's."""
    kind, _, place = text.partition(" ")
    return kind.casefold().endswith(_COMMITTEE_KIND_FIRST) and kind[:1].isupper() and \
        place[:1].isupper() and len(place.split()) <= 3


# The meeting first, maybe with its year, then the club after a colon or a dash:
# "ÅRSMØTE 2026 – NORDLI VELFORENING", "Generalforsamling 2026: Lia borettslag".
_MEETING_THEN_CLUB = lazy_regex(r"^(?P<word>[\wæøåÆØÅ]*(?i:møte|generalforsamling))"
                                r"(?:\s+(?:19|20)\d{2})?\s*(?::|\s[–—-])\s+"
                                r"(?P<org>[\wæøåÆØÅ][^:–—]{2,60}?)\s*$")


def _meeting_then_club(text: str) -> tuple[str, str] | None:
    """The body and the club of a title that names the meeting before the club ("ÅRSMØTE
    2026 – NORDLI VELFORENING": the annual meeting of Nordli velforening), as
    ``_club_meeting`` reads "Havbygd IL – årsmøte 2024"; None for any other line."""
    found = _MEETING_THEN_CLUB.match(text)
    # (a title in capitals comes here lower-cased: its club's first letter is raised again)
    if found is None or not names_club(found.group("org")[:1].upper() + found.group("org")[1:]):
        return None
    word = found.group("word")
    body = "Generalforsamlingen" if word.casefold() == "generalforsamling" else \
        compound_body(word)
    return (body, found.group("org")) if body else None


def _summons_to_meeting(line: Line) -> bool:
    """Whether a line calls its readers to a meeting ("Styret i Fjellregionen Næringsforum
    innkalles til styremøte tirsdag 22. april 2025 kl. 18.00 på Tynset."): a summons's
    sentence with a day and hours gives the meeting's day, hours and place."""
    return "kall" in line.lowered and _SUMMONED.search(line.body) is not None


_SUMMONED = lazy_regex(r"\b(?:innkalles|innkallast|kalles\s+inn|vert\s+kalla\s+inn)\s+"
                       r"(?:herved\s+|med\s+dette\s+)?til\s+[\wæøå-]*møte\b", re.I)


def _venue_wrapped(venue: str, following: str) -> str:
    """A venue cut by a line's end after its comma ("… kl. 19.00 i kommunestyresalen," /
    "Solheim rådhus."), as a PDF wraps the sentence that says where the meeting was held:
    the short rest of the sentence on the next line is the venue's second part."""
    rest = following[:_sentence_end(following, 0)].rstrip(" .")
    if rest[:1].islower() and " " not in rest and len(rest) <= 30 and \
            rest == following.strip(" .") and rest.isalpha():
        return f"{venue} {rest}"  # "…, Skarvøy rådhus," / "kommunestyresalen": the room,
        # one word alone on the line
    if not rest or len(rest) > 40 or not rest[:1].isupper() or \
            dates.DIGIT.search(rest) or FINITE_VERB.search(rest):
        return venue
    return f"{venue} {rest}"


def _council_met(text: str) -> str | None:
    """The council a sentence says met ("Fjordkysten regionråd hadde møte i Kystvik"),
    when it is named as a council that meets itself ("… regionråd", "…rådet IKS")."""
    met = _BODY_MET.match(text)
    return met.group("who") if met and _council_letterhead(met.group("who")) else None


def _held_sentence(lines: list[Line]) -> re.Match[str] | None:
    """ "Det ble avholdt (ordinært) møte i <body> (i <place>) (den) <date>." in the head."""
    for line in lines:
        # (each opening's first letter asked first: most lines start with neither)
        lowered = line.lowered
        first = lowered[:1]
        if first == "d":
            if lowered.startswith("det ") and (held := _HELD_SENTENCE.match(line.body)):
                return held
            if lowered.startswith("den ") and (held := _HELD_ON_DAY.match(line.body)):
                return held
        if "møte" in lowered:  # (the next three need it: "møte i …" starts with it)
            # (two need a verb of holding or having after "møte": "holdt", "avholdt",
            # "halde", "haldt", "hadde", "heldt"; few lines with "møte" hold one)
            if ("hold" in lowered or "hald" in lowered or "hadde" in lowered or
                    "heldt" in lowered) and \
                    (held := _MEETING_WAS_HELD.match(line.body) or
                     _DAY_BODY_HAD.match(line.body)):
                return held
            if first == "m" and lowered[:8].startswith(("møte i ", "møtet i ")) and \
                    (held := _MEETING_OF_BODY_ON.match(line.body)):
                return held
    return None


# "Den 13. april 2025 ble det avholdt et styremøte for Universitetslisten fra kl. 18:35 …"
_HELD_ON_DAY = lazy_regex(
    r"^Den\s+(?P<when>\d{1,2}\.\s*\w+\.?\s+\d{4})\s+(?:ble|vart|blei)\s+det\s+"
    r"(?:avholdt|holdt|halde|haldt)\s+(?:et\s+|eit\s+)?(?:[\wæøå]*møte)\s+(?:for|i)\s+"
    r"(?P<body>[A-ZÆØÅ][\wæøå-]*(?:\s+[A-ZÆØÅ][\wæøå-]*)*)"
    r"(?:\s+(?:på|i)\s+(?P<place>[A-ZÆØÅ][\wæøå-]*(?:\s+[A-ZÆØÅ][\wæøå-]*)?))?")
# "Årsmøte i Stord Sogelag (org.nr. 996 829 405) vart halde onsdag 13.04.2024 kl. 20.00 på
# Sunnhordland museum etter skriftleg innkalling …"
_MEETING_WAS_HELD = re.compile(
    r"^(?P<kind>[\wæøå]*møte)\s+i\s+(?P<body>[A-ZÆØÅ][^.(]*?)\s*(?:\([^)]*\)\s*)?(?:ble|vart|blei)\s+"
    r"(?:avholdt|holdt|halde|haldt)\s+(?:[a-zæøå]+dag\s+)?(?:den\s+)?"
    r"(?P<when>\d{1,2}\.\s*(?:\d{1,2}\.\s*\d{2,4}|[a-zæøå]+\.?(?:\s+\d{4})?))"
    r"(?:\s+(?:kl\.?|klokka|klokken)\s*\d{1,2}[.:]\d{2})?\s+(?:på|i)\s+"
    r"(?P<place>[A-ZÆØÅ][^,.]*?)(?=\s+(?:etter|med|og|der|frå|fra)\b|\s*[,.]|$)")
# A web page's opening sentence under a title that does not say who met: "Møte i Østfold
# kulturnettverk torsdag 7. november 2024 kl. 10.00–14.00 på Litteraturhuset i
# Fredrikstad." (the body, the day, maybe its hours and the place, one sentence; the
# body's name is capitalised, as "i styret" is not a body's proper name).
_MEETING_OF_BODY_ON = lazy_regex(
    r"^(?P<kind>[Mm]øtet?)\s+i\s+(?P<body>[A-ZÆØÅ][^.(,;:]*?)\s+"
    rf"(?:(?i:{_WEEKDAY})\s+)?(?:den\s+)?"
    r"(?P<when>\d{1,2}\.\s*(?:\d{1,2}\.\s*\d{2,4}|[a-zæøå]+\.?\s+\d{4}))"
    r"(?:,?\s+(?:kl\.?|klokka|klokken)\s*\d{1,2}(?:[.:]\d{2})?"
    r"(?:\s*[-–]\s*\d{1,2}(?:[.:]\d{2})?)?)?"
    r"(?:,?\s+(?:på|i)\s+(?P<place>[A-ZÆØÅ][^,.;]*?))?\s*(?:[.]|$)")
# A mail's thanks for the meeting with where it was: "takk for eit godt møte på
# Kommunehuset i Odda i går", "Takk for et fint møte i Rådhuset, Vik." (a place in
# capitals, "X i Y" too; not "Takk for et godt møte i går", a day and no place; and
# without the article before its praise: "Takk for godt møte på Teams i går", but not
# "Takk for siste møte i Vestlandsrådet", which names the body)
_THANKED_FOR_MEETING = lazy_regex(
    r"\btakk\s+for\s+(?:(?:eit|et)(?:\s+\w+)?|godt|fint|nyttig|hyggelig|hyggeleg|bra|"
    r"flott|konstruktivt|interessant|givende|givande|kjekt|produktivt)\s+møte\s+(?:på|i)\s+"
    r"(?P<place>(?-i:[A-ZÆØÅ])[\wæøå-]+(?:\s+(?-i:[A-ZÆØÅ])[\wæøå-]+)?"
    r"(?:\s+i\s+(?-i:[A-ZÆØÅ])[\wæøå-]+)?)", re.I)
# "Onsdag 30. november hadde Sogn og Fjordane Bygdekvinnelag styremøte i Førde."
_DAY_BODY_HAD = re.compile(
    r"^(?:[A-ZÆØÅa-zæøå]+dag\s+)?(?P<when>\d{1,2}\.\s*[a-zæøå]+\.?(?:\s+\d{4})?)\s+"
    r"(?:hadde|hadde\s+vi|heldt|holdt)\s+(?P<body>[A-ZÆØÅ][^.]*?)\s+(?P<kind>[\wæøå]*møte)\s+"
    r"(?:i|på)\s+"
    r"(?P<place>[A-ZÆØÅ][\wæøå-]*(?:\s+[A-ZÆØÅ][\wæøå-]*)?)\s*\.?$")
# "Det ble avholdt møte i Øst-Finnmark Regionråd i Vadsø den 3. mai 2012."
_HELD_SENTENCE = lazy_regex(
    r"^Det\s+(?:ble|vart|blei)\s+(?:avholdt|holdt|halde|haldt)\s+(?:[\wæøå]+\s+)?"
    r"(?:møte|styremøte)\s+i\s+(?P<body>[\wæøåÆØÅ][^.]*?)\s+(?:(?:i|på)\s+"
    r"(?P<place>[A-ZÆØÅ][\wæøå-]*(?:\s+[A-ZÆØÅ][\wæøå-]*)?)(?<!IKS)(?<!\sAS)\s+)?(?:den\s+)?"
    r"(?P<when>\d{1,2}\..*)$")


def _gathered_at(text: str) -> tuple[str, re.Match[str]] | None:
    """The sentence of a line that says where the body met ("Vi var samla på Sunndal
    kulturhus …", "Gruppa møttes på Rådhuset …"), first or after another ("Takk for
    sist."), from its start to the line's end, and the match with its place; None when
    no sentence says so."""
    starts = [0, *(found.end() for found in _NEXT_SENTENCE.finditer(text))]
    for start in starts:
        gathered = _BODY_MET.match(text[start:])
        if gathered is not None and gathered.group("place"):
            return text[start:], gathered
    return None


# A company's formal opening with the day first: "År 2026, den 27. mai kl. 14.00, ble det
# avholdt ordinær generalforsamling i Vestkyst Bredbånd AS i formannskapssalen, Florø." or
# "Den 3. mars 2026 kl. 18.00 ble det holdt årsmøte i Nordby Vel på Grendehuset." (the
# body's name a run of capitalised words, the place what follows it)
_INVERTED_HELD = lazy_regex(
    r"^(?:[Åå]r\s+(?P<year>\d{4}),?\s+den\s+(?P<day>\d{1,2}\.\s*[a-zæøå]+)|"
    r"[Dd]en\s+(?P<date>\d{1,2}\.\s*(?:[a-zæøå]+\s+\d{4}|\d{1,2}\.\s*\d{2,4})))"
    r"(?P<hours>,?\s+(?:kl\.?|klokka|klokken)\s*\d{1,2}(?:[.:]\d{2})?"
    r"(?:\s*[-–]\s*\d{1,2}(?:[.:]\d{2})?)?)?,?\s+"
    r"(?:ble|vart|blei)\s+det\s+(?P<verb>avholdt|holdt|halde|haldt|halden)\s+"
    r"(?P<meeting>(?:(?:ordinær|ordinært|ekstraordinær|ekstraordinært)\s+)?"
    r"(?:generalforsamling|[a-zæøå]*møte))"
    r"(?P<body>\s+(?:i|for)\s+[A-ZÆØÅ][\wæøå&.-]*(?:\s+[A-ZÆØÅ][\wæøå&.-]*)*)?"
    r"(?P<rest>.*)$")


def _held_put_straight(inverted: re.Match[str]) -> str:
    """The inverted opening as the sentence the head reads: meeting, body, verb, day,
    hours, then the place ("Ordinær generalforsamling i X AS ble avholdt 27. mai 2026 kl.
    14.00 i Y.")."""
    day = inverted.group("date") or f"{inverted.group('day')} {inverted.group('year')}"
    meeting = inverted.group("meeting")
    return (f"{meeting[:1].upper()}{meeting[1:]}{inverted.group('body') or ''} ble "
            f"{inverted.group('verb')} {day}{(inverted.group('hours') or '').lstrip(',')}"
            f"{inverted.group('rest')}")


def _sentence_end(text: str, start: int) -> int:
    """Where the sentence going on at ``start`` ends (a full stop before a capital or a
    digit that starts the next one), or the text's end."""
    end = _NEXT_SENTENCE.search(text, start)
    return end.start() if end else len(text)


_NEXT_SENTENCE = lazy_regex(r"(?<!\bkl)(?<!\bca)\.\s+(?=[A-ZÆØÅ\d])")


def _hours_of_held_sentence(text: str, date_end: int, head: Head) -> None:
    """The hours in the sentence that says when the meeting was held, when it opens a
    long paragraph of running prose ("Gruppen møttes på Gran rådhus 14. januar kl.
    12.00–15.00. Fra kommunene møtte …"): the paragraph is too long for a heading line,
    but its first sentence is the meeting's time."""
    sentence = text[:_sentence_end(text, date_end)]
    start, end = dates.find_time_range(sentence)
    if start:
        head.start, head.end = _stated_start(sentence, start), end


def _hours_of_sentence(lines: list[Line], line: Line, text: str,
                       start: int) -> tuple[str | None, str | None]:
    """The hours in the sentence going on at ``start``, read on into the next line when a
    hard wrap at 72 columns cut it there ("… frå kl." / "10.00 til 15.00.")."""
    end = _sentence_end(text, start)
    sentence = text[start:end]
    if end == len(text) and line.index + 1 < len(lines):
        following = lines[line.index + 1].body
        sentence = f"{sentence} {following[:_sentence_end(following, 0)]}"
    return dates.find_time_range(sentence)


def _later_held_sentence(text: str) -> tuple[re.Match[str], int] | None:
    """A sentence after the line's first that says the meeting was held ("Hei, her er
    referatet. Møtet ble holdt 4. mars …"), with where it starts: a covering note often
    opens the line, and the sentence still gives the meeting's day and place."""
    for end in _NEXT_SENTENCE.finditer(text):
        rest = text[end.end():]
        if (held := _MEETING_HELD_ON.match(rest)):
            return held, end.end()
    return None

def says_meeting_held(line: Line) -> bool:
    """Whether the line opens with the sentence that says the meeting was held ("Møtet ble
    holdt 4. mars kl. 10–12 på Teams."): a head's line as much as a "Dato:" label is."""
    return "møte" in line.lowered[:30] and _MEETING_HELD_ON.match(line.body) is not None


# A sentence that says the meeting was held, at its start: its date is the meeting's.
_MEETING_HELD_ON = lazy_regex(r"^(?:(?:ordinær|ordinært|ekstraordinær|ekstraordinært)\s+)?"
                              r"(?:(?:[A-ZÆØÅa-zæøå]+)?møtet?|generalforsamling(?:en)?)\s+"
                              # the company or body it was of, by name: "Ordinær
                              # generalforsamling i Fjellvekst AS ble avholdt …", "Eiermøte
                              # i Vestnett IKS vart halden …"
                              r"(?:(?:i|for)\s+(?-i:[A-ZÆØÅ])[\wæøå&.-]*"
                              r"(?:\s+[\wæøåÆØÅ&.-]+){0,5}?\s+)?"
                              r"(?:ble|vart|blei)\s+"
                              r"(?:avholdt|holdt|halde|halden|haldt|gjennomført|arrangert|satt|"
                              r"åpnet|åpna|opna|opnet)\b",
                              re.I)  # ("Møtet ble satt kl. 18 torsdag 13. mars i X.", "Møtet
# vart opna kl. 10.05 måndag 3. mars på Rådhuset.", "Generalforsamlingen ble holdt …")
# A summary's opening sentence on who met, where and when: "Styringsgruppen møttes på
# Teams 12. mars 2024.", "Styret var samlet i Rådhuset tirsdag 4. juni", nynorsk "Styret
# møttest …", "… var samla …", "… hadde møte …" (the date follows; the place, when named,
# comes first).
_BODY_MET = lazy_regex(r"^(?P<who>[A-ZÆØÅ][\wæøå-]*(?:\s+[\wæøåÆØÅ-]+){0,6}?)\s+"
                       r"(?:møttes|møttest|møtest|var\s+samlet|var\s+samla|"
                       # "Arbeidsgruppen hadde (arbeids)møte i Lillehammer 10. februar"
                       r"hadde\s+(?:[a-zæøå-]*møte|[a-zæøå-]*samling))"
                       r"(?:\s+(?:på|i)\s+(?P<place>[A-ZÆØÅ][\wæøå-]*(?:\s+[A-ZÆØÅ][\wæøå-]*)?"
                       # the building after the place's name: "på Gran rådhus tirsdag …"
                       r"(?:\s+(?!den\b|kl\b|[a-zæøå]+dag\b)[a-zæøå][\wæøå-]*)?|"
                       # a room in lower case: "Eldrerådet hadde møte i kommunestyresalen …"
                       rf"{ROOM_IN_LOWER_CASE}(?=[\s,])),?|"
                       # someone's home, maybe with the address, up to the day: "Styret
                       # møttes hjemme hos Bjørn Sæther, Åsenveien 14, mandag 10. november"
                       r"\s+(?P<home>(?:hjemme|heime)\s+hos\s+[^.]{2,60}?),?"
                       r"(?=\s+(?:den\s+|[a-zæøå]+dag\s+)?\d{1,2}\.))?"
                       r"\s+")
# A summary's sentence on whom a body gathered, with no day: "Folkehelsenettverket for
# Sunnhordland og Haugalandet samla 19 deltakarar frå ni kommunar.", "Nettverket for X
# samlet ledere fra hele regionen." (the body first; not "samla seg", "samlet inn").
_BODY_GATHERED = lazy_regex(r"^(?P<who>[A-ZÆØÅ][\wæøå-]*(?:\s+[\wæøåÆØÅ-]+){0,6}?)\s+"
                            r"(?:samla|samlet)\s+(?!seg\b|inn\b|opp\b)(?=\d|[a-zæøå])")
# The same sentence with the day first (a weekday and "den" may stand before it): "Tysdag
# 3. juni 2025 var faggruppa samla på Sogndal kulturhus", "… hadde styret møte i Vik",
# "… samla 34 kulturarbeidarar frå seks kommunar seg på Sjøvik kulturhus".
_MET_AFTER_DATE = lazy_regex(r"\s+(?:(?:var|vart)\s+[\wæøåÆØÅ-]+(?:\s+[\wæøåÆØÅ-]+){0,5}?"
                             r"\s+(?:samla|samlet)|hadde\s+[\wæøåÆØÅ-]+(?:\s+[\wæøåÆØÅ-]+){0,5}?"
                             r"\s+[a-zæøå-]*(?:møte|samling)|"
                             # "Tysdag 21. oktober samla 34 kulturarbeidarar seg på …"
                             r"(?:samla|samlet)\s+[\wæøåÆØÅ-]+(?:\s+[\wæøåÆØÅ-]+){0,6}?\s+seg|"
                             # "Onsdag 15. april møttest koordinatorane frå fem kommunar på …"
                             # (who met, up to the place's name)
                             r"(?:møttes|møttest|møtest)\s+[\wæøåÆØÅ-]+(?:\s+[\wæøåÆØÅ-]+){0,6}?"
                             r"(?=\s+(?:på|i)\s+[A-ZÆØÅ]))"
                             r"(?:\s+(?:på|i)\s+(?P<place>[A-ZÆØÅ][\wæøå-]*(?:\s+[A-ZÆØÅ][\wæøå-]*)?"
                             r"(?:\s+(?!den\b|kl\b|fra\b|frå\b|[a-zæøå]+dag\b)[a-zæøå][\wæøå-]*)?))?"
                             r"(?=[\s,.]|$)")
# What may stand between that verb (and place) and the date: a weekday, "den".
_BEFORE_THE_DATE = lazy_regex(r"(?:(?:den|[a-zæøå]+dag)\s+)?(?:den\s+)?")
# "Møtet ble avholdt som telefonmøte / på Teams": the meeting's channel is its place (also
# "Årsmøtet ble holdt i klubbhuset").
_HELD_AS = lazy_regex(r"\b(?:(?:[a-zæøå]+)?møtet|"
                      # "Årsmøte ble holdt …", "Ordinær generalforsamling ble avholdt …"
                      r"(?<!neste\s)[a-zæøå]*møte(?=\s+(?:ble|vart|blei)\s)|"
                      r"generalforsamling(?:en)?)\s+(?:ble|vart|blei|er|var)\s+"
                      r"(?:(?:avholdt|holdt|halde|haldt|arrangert|gjennomført)\s+)?"
                      r"(?:(?:som|på|via|over)\s+(?P<place>telefonmøte|videomøte|Teams|Zoom|"
                      r"Skype|telefon|digitalt\s+møte|nettmøte|videokonferanse|"
                      r"telefonkonferanse|skypemøte|Teamsmøte)\b|"
                      r"(?<=var\s)på\s+(?P<at>(?-i:[A-ZÆØÅ])[\wæøå-]*"
                      r"(?:\s+(?-i:[A-ZÆØÅ])[\wæøå-]*)?)|"
                      # "Møtet ble holdt i Elva Hotell, Tana bru"
                      r"(?:(?<=holdt\s)|(?<=halde\s)|(?<=haldt\s))(?:i|på)\s+"
                      # (an ordinal keeps its dot: "Rådhuset, 3. etasje")
                      r"(?P<venue>(?-i:[A-ZÆØÅ])(?:[^.;:]|(?<=\d)\.(?=\s(?-i:[a-zæøå]))){1,60}?|"
                      # a building or room in lower case: "… holdt i klubbhuset"
                      rf"(?-i:{ROOM_IN_LOWER_CASE})(?=[\s,.]|$))"
                      r"\s*(?:\.(?!(?<=\d\.)\s(?-i:[a-zæøå]))|$|,?(?=\s+"
                      # "… på Vik rådhus tysdag 3. september kl. 09.00": the day ends the venue
                      rf"(?:{_WEEKDAY}\b|den\s+\d|\d{{1,2}}\.\s?\d{{1,2}}\.\d{{2,4}}|"
                      r"\d{1,2}\.\s+(?:jan|feb|mar|apr|mai|jun|jul|aug|sep|okt|nov|des)|"
                      r"(?:fra|frå)\s+kl|kl\.?\s*\d|klokk)))|"
                      # "Møtet ble holdt i styrerommet, Muséplass 1 og varte fra kl 1000-1440."
                      r"(?:(?<=holdt\s)|(?<=halde\s)|(?<=haldt\s))(?:i|på)\s+"
                      r"(?P<room>[^.;:]{2,60}?)\s+og\s+(?:varte|vart|varde)\b|"
                      # "Møtet ble avholdt digitalt 13. mars 2025."; "… digitalt på Teams":
                      # the channel named after it is the more exact place
                      r"(?:(?<=holdt\s)|(?<=halde\s)|(?<=haldt\s)|(?<=gjennomført\s))"
                      r"(?P<online>digitalt)\b(?:\s+(?:på|via|over|i)\s+"
                      r"(?P<channel>(?:microsoft\s+)?teams|zoom|skype|google\s+meet|whereby)\b)?|"
                      # "Møtet var halde heime hos Grete Ringset i Enokmarka 11."
                      r"(?P<home>(?:heime|hjemme)\s+hos\s+[^.]{2,60}))|"
                      # "Møtet fann stad på Sunnfjord hotell, Førde."
                      r"\bmøtet\s+(?:fann|fant)\s+(?:stad|sted)\s+(?:på|i)\s+"
                      r"(?P<took>(?-i:[A-ZÆØÅ])[^.;:]{1,60}?)\s*(?:\.|$)", re.I)
# Where a sentence says the meeting was held: "… blei det avholdt styremøte på Kyrkjestugu."
_HELD_AT = lazy_regex(r"\b(?:avholdt|holdt|avhalde|halde|haldt)\s+(?:[\wæøå-]*møte)\s+"
                      r"(?:på|i)\s+(?P<place>[A-ZÆØÅ][^.,;]{1,50})")
_TITLE_YEAR = lazy_regex(r"\b(?:19|20)\d{2}\b")
# The meeting's own number with its year: "Møte 2/2024, torsdag 18. april", also with a
# dash: "Møte 3-2026", "Møte nr. 3 – 2026".
# (also at the end of a compound, "Regionrådsmøte 2/25", and with two digits of the year
# after a slash when they can be no month, "møte 2/25" but not "møte 14/05", a day, nor
# "Styremøte 18-20", its hours)
_NUMBER_WITH_YEAR = lazy_regex(r"(?:(?i:møte)|\b(?i:referat|protokoll))\s*(?:nr\.?\s*)?"
                               r"\d{1,3}(?:\s*[/–-]\s*((?:19|20)\d{2})|"
                               r"\s*/\s*((?:1[3-9]|[2-9]\d)(?=\s|$|[,.:;)])))"
                               r"\b(?![/.-]\d)")
# What a line with such a number holds: the cheap test before the pattern (one ``or``
# expression, without the generator a test per mark would start on every head line).
_has_number_year_mark = contains_any(("/", "-", "–"))
# A web page's own dates under the text.
# (a blog's "Postet den 24. januar 2025 av Kari Holm" too, WordPress's words in Norwegian)
# A document's version line at its top: "Versjon 1.2, godkjent 02.12.2025", "Dokumentversjon
# 1.0 – 12.03.2025" (its number, then the day that version was made or approved).
_VERSION_LINE = lazy_regex(r"^(?:dokument)?versjon\s*:?\s*\d+(?:[.,]\d+)*\b", re.I)
_WEB_STAMPS = ("publisert", "sist endret", "sist oppdatert", "oppdatert", "publiseringsdato",
               "postet den", "posta den")
_WEB_STAMPS_BY_FIRST = by_first_letter(_WEB_STAMPS)  # (``read_head``'s gate, s70g)
# A start and an end time with only a space between, as a PDF drops the dash.
_TWO_TIMES = lazy_regex(r"\b\d{1,2}[.:]\d{2}\s+(\d{1,2})[.:](\d{2})\s*$")
# A second title that starts with the meeting: "Styremøte Hordaland folkemusikklag 11.05.16"
# under "Styremøte nr. 2-2016".
_MEETING_WORD_FIRST = lazy_regex(r"[\wæøå-]*møte\s+(?-i:[A-ZÆØÅ])", re.I)
# "Referat styremøte X skyttersamlag på Bodø Hotell, 23.04 2003": the place before the date
_PLACE_BEFORE_DATE = lazy_regex(r"\s+på\s+(?P<place>[A-ZÆØÅ][\w-]*(?:\s+[A-ZÆØÅ][\w-]*){0,3}),?"
                                r"\s+\d{1,2}\.\s*\d{1,2}[.\s]")
# A building's name ends in one of these words: "Vik rådhus", "Rådhuset", "Quality Hotel".
_VENUE_NOUNS = (r"(?:hus|huset|hotell|hotel|senter|senteret|skole|skolen|skule|skulen|salen|"
                r"hallen|gården|garden)")
_VENUE_END = lazy_regex(rf"{_VENUE_NOUNS}$", re.I)
# A building between the body and the day in a title: "Referat fra møte i Regionrådet, Vik
# rådhus, 4. mars 2025" (the comma and the day around it).
_VENUE_BEFORE_TITLE_DATE = lazy_regex(rf",\s+(?P<place>[A-ZÆØÅ][\w-]*(?:\s+[\w-]+){{0,2}}?"
                                      rf"{_VENUE_NOUNS}),?\s+(?:den\s+)?\d{{1,2}}\.", re.I)
# "… 29. mars 2017 på Klosterøya.": after a whole date, "på" and a name is where it met.
_PLACE_AFTER_YEAR = lazy_regex(r"(?<=\d{4})(?:(?:\s+på|,)\s+(?P<place>[A-ZÆØÅ][\w-]*"
                               r"(?:,?\s+(?:[A-ZÆØÅ][\w-]*|i|på|hotell|hotel|rådhus|kulturhus|"
                               r"samfunnshus|kommunehus|fylkeshus|senter|gård|skole|skule)){0,5}"
                               # (a room after the house: "…, Modum rådhus, møterom 2")
                               r"(?:,\s+(?:møterom|møtesal|rom|sal)\s+[\w.-]+)?)|"
                               # "… 2025 i Lunde samfunnshus" ("i Lunde Vel" names the body)
                               r"\s+i\s+(?P<building>[A-ZÆØÅ][\w-]*(?:\s+[\w-]+){0,3}?"
                               r"(?:hus|huset|hotell|senter|senteret|skole|skule|salen|hallen|"
                               r"bygdetun|kyrkje|kirke)))"
                               r"\s*\.?$")  # "… 2024 på Dalheim hotell", "… 2024, Rådhuset i X"
# "Osloregionens faggruppe", "Kommunenes nettverk": a definite noun's genitive (not
# "Status", and not a place ending in -s: "Tysnes ungdomsråd", "Hemnes kommune")
_GENITIVE_ORG = re.compile(r"^(?P<org>[A-ZÆØÅ][\w-]*?(?:en|et|a|ene))s\s+(?=[a-zæøåA-ZÆØÅ])")
# The assemblies of an organisation's members or owners: never the organisation itself.
_ASSEMBLIES = frozenset({"årsmøtet", "representantskapet", "generalforsamlingen"})
# A definite common noun in that place names no parent of its own ("Fylkets
# trafikksikkerhetsutvalg", "Kommunens eldreråd", nynorsk "Fylket sitt
# trafikktryggingsutval"): which county or municipality, a letterhead says; nor does an
# assembly ("Representantskapets valgnemnd": the committee of a company's assembly,
# whose company the letterhead names).
_GENERIC_OWNERS = frozenset({"fylket", "kommunen", "fylkeskommunen", "byen", "staten",
                             *_ASSEMBLIES,
                             # (s77a) nor a board's bare noun ("Styrets arbeidsutvalg"):
                             # the board's committee, whose company is named apart if at all
                             # (a council's, "Regionrådets arbeidsutvalg", is the council a
                             # page header may name in full: ``7404``)
                             "styret"})
# The same owner in the nynorsk possessive: "Vestlandsrådet sitt arbeidsutval",
# "Fjellregionen si styringsgruppe" (as "Vestlandsrådets arbeidsutvalg").
_POSSESSIVE_ORG = lazy_regex(r"^(?P<org>[A-ZÆØÅ][\w-]*?(?:en|et|a))\s+(?:sitt|si|sine)\s+"
                             r"(?=[a-zæøåA-ZÆØÅ])")
# The same owner named by a place and its kind, the kind in the genitive: "Salten
# regionråds arbeidsutvalg", "Nordby kommunes eldreråd", nynorsk "Hallingdal regionråd
# sitt arbeidsutval" (the place words capitalised, the body after them lower-case); also
# a definite cooperation's name with its place word after it ("Kystregionen Sørs …").
_NAMED_GENITIVE_ORG = lazy_regex(r"^(?P<org>[A-ZÆØÅ][\w-]*(?:\s+[A-ZÆØÅ][\w-]*){0,2}\s+"
                                 r"(?:regionråd|kommune|fylkeskommune|herad)|"
                                 # (or the council before its region: "Samarbeidsrådet for
                                 # Midt-Agder sitt arbeidsutval", "Regionrådet for Hadelands
                                 # arbeidsutvalg")
                                 r"(?:Regionrådet|Samarbeidsrådet)\s+(?:for|i)\s+"
                                 r"[A-ZÆØÅ][\w-]*?(?:\s+[A-ZÆØÅ][\w-]*?)?|"
                                 # (or a cooperation's definite name and its place word:
                                 # "Kystregionen Sørs faggruppe", "Samarbeidet Nords forum")
                                 r"[A-ZÆØÅ][\w-]*(?:regionen|rådet|samarbeidet)\s+"
                                 r"[A-ZÆØÅ][\w-]*?)"
                                 r"(?:s|\s+(?:sitt|si|sine))\s+(?=[a-zæøå])")
# Compound meeting words whose body no body noun gives (the rest: ``compound_body``).
_COMPOUND_MEETING = {
    "årsmøte": "Årsmøtet", "årsmøtet": "Årsmøtet", "medlemsmøte": "Medlemsmøtet",
    "medlemsmøtet": "Medlemsmøtet", "au-møte": "Arbeidsutvalget",
    # an IKS's or company's meeting of its owners, a body in its own right as the årsmøte is
    "eiermøte": "Eiermøtet", "eiermøtet": "Eiermøtet", "eigarmøte": "Eigarmøtet",
    "eigarmøtet": "Eigarmøtet",
    # the same assembly named by the owner municipalities: a legevakt's or a fire
    # service's "Protokoll eierkommunemøte 2/2025"
    "eierkommunemøte": "Eierkommunemøtet", "eierkommunemøtet": "Eierkommunemøtet",
    "eigarkommunemøte": "Eigarkommunemøtet", "eigarkommunemøtet": "Eigarkommunemøtet",
    # a destination company's meeting of its partner firms ("Referat fra partnermøte",
    # "Oppsummering frå partnarmøtet 12. mars"), its members' assembly as the medlemsmøte is
    "partnermøte": "Partnermøtet", "partnermøtet": "Partnermøtet",
    "partnarmøte": "Partnarmøtet", "partnarmøtet": "Partnarmøtet",
}
# The body nouns a compound meeting word is built on, with their definite form:
# "foreldrerådsmøte" → "Foreldrerådet", "samarbeidsutvalgsmøte" → "Samarbeidsutvalget".
_BODY_NOUNS = {"råd": "rådet", "styre": "styret", "utvalg": "utvalget", "utval": "utvalet",
               "gruppe": "gruppen", "nettverk": "nettverket", "forum": "forumet",
               "nemnd": "nemnda", "komité": "komiteen", "komite": "komiteen",
               "skap": "skapet"}
# Words on "-skap" that name a state or a skill, never a body that meets (as
# "representantskap", "formannskap", "partnerskap" do).
_STATE_NOT_BODY = ("beredskap", "kunnskap", "vennskap", "eierskap", "eigarskap",
                   # nor a consultation: a "samrådsmøte" is one between two parties (a
                   # county and a siida), no council of its own
                   "samråd")
# ("styremoete", "styremote" too: ASCII spellings)
_COMPOUND_SUFFIX = re.compile(r"^(?P<stem>[a-zæøå-]{2,}?)s?(?:møte|moe?te)t?$")
# A hyphen a writer put before the meeting word: "styre-møte" is "styremøte".
_HYPHEN_BEFORE_MEETING = lazy_regex(r"-(?=(?:møte|moe?te)t?$)")
# A gathering of such a body: "nettverkssamling" (the network's), "styresamling".
_COMPOUND_GATHERING = lazy_regex(r"^(?P<stem>[a-zæøå-]{2,}?)s?samling(?:a|en)?$")


def compound_body(word: str) -> str | None:
    """The body a compound meeting word names ("styremøte" → "Styret"), or None."""
    key = word.casefold()
    if key in _COMPOUND_MEETING:
        return _COMPOUND_MEETING[key]
    if "-" in key:  # "styre-møte", "års-møte": the same word as "styremøte", "årsmøte"
        return _hyphened_body(key)
    found = _COMPOUND_SUFFIX.match(key)
    if not found:
        return None
    return _body_of_stem(found.group("stem"))


def _hyphened_body(key: str) -> str | None:
    """The body of a meeting word a hyphen splits after a bare body noun ("styre-møte" →
    "Styret", "års-møte" → "Årsmøtet"), or None: a longer first part ("Fagråd-møte",
    "Skate-møte", "AU-møte" apart) is the body's own name, as written."""
    joined = _HYPHEN_BEFORE_MEETING.sub("", key, count=1)
    if joined in _COMPOUND_MEETING:
        return _COMPOUND_MEETING[joined]
    found = _COMPOUND_SUFFIX.match(joined)
    if found is None or found.group("stem") not in _BODY_NOUNS:
        return None
    return _body_of_stem(found.group("stem"))


def gathering_body(word: str) -> str | None:
    """The body a gathering word alone names ("nettverkssamling" → "Nettverket",
    "styresamling" → "Styret"), or None ("fagsamling": a theme, no body): a network's
    gathering is its meeting, as "nettverksmøte" is."""
    found = _COMPOUND_GATHERING.match(word.casefold())
    return _body_of_stem(found.group("stem")) if found else None


def _board_gathering(word: str) -> str | None:
    """The board a gathering word names ("styresamling" → "Styret", "AU-samling" apart):
    a board's gathering over a day or two is its meeting, as "styremøte" is, so "styresamling
    i Vestre Fjord Friluftsråd" is the board of the organisation named after it (a
    network's gathering, "nettverkssamling i X", keeps X as the body)."""
    body = gathering_body(word) if "amling" in word else None
    return body if body is not None and body.casefold() in _BOARDS_OF_COOPERATION else None


def _body_of_stem(stem: str) -> str | None:
    """The definite body a compound's first part ends in ("foreldreråd" → "Foreldrerådet").
    A "-skap" that names a state, not a body, gives none: a "beredskapsmøte" is a meeting
    about preparedness (of whoever the title names next), not of a "Beredskapet"."""
    noun = next((n for n in _BODY_NOUNS if stem.endswith(n)), None)
    if noun is None or stem.endswith(_STATE_NOT_BODY):
        return None
    body = stem[:-len(noun)] + _BODY_NOUNS[noun]
    return body[0].upper() + body[1:]


_LETTERHEAD_TAIL = re.compile(r"^(?:fylkeskommune|kommune|herad|regionråd|regionrådet|"
                              r"interkommunale\s+politiske\s+råd)$", re.I)
_CHANNELS = r"(?:microsoft\s+)?teams|zoom|skype|google\s+meet|whereby"  # by name
_DIGITAL = lazy_regex(rf"\b(?:digitalt\s+møte|digitalt|teamsmøte|{_CHANNELS}|videomøte|"
                      r"videokonferanse|telefonmøte|nettmøte|webinar)\b", re.I)
# A meeting held by answers to an e-mail, as a "Møteform:" gives it ("E-postmøte",
# "Per e-post"): its channel (only there: "e-post" elsewhere is no place of a meeting).
_BY_EMAIL = lazy_regex(r"(?:per\s+|på\s+)?e-?post(?:møte)?", re.I)
# A meeting at someone's home in a title: "Styremøte i X veglag hos Ove Straume 14. mai".
_AT_SOMEONES = lazy_regex(r"\s+(?P<where>hos\s+[A-ZÆØÅ][\w.-]*(?:\s+[A-ZÆØÅ][\w.-]*){0,3})\b.*$")
# A line that starts with the meeting's day: "Onsdag 21.09.2022 kl. 19.00 hos Marit Lykseth."
_DAY_OPENS = lazy_regex(rf"{_WEEKDAY}\b|\d{{1,2}}\.\s*\d{{1,2}}\.", re.I)
# A meeting word joined to its channel in a title, as written: "telefonmøte", "Teams-møte",
# "e-postmøte" (a meeting held by answers to an e-mail: the e-mail is its channel).
# ("digitalt styremøte": the word that says how it met, as "Møtet ble holdt digitalt")
_CHANNEL_MEETING = lazy_regex(r"\b(?:telefon|video|nett|teams|skype|zoom|e-?post)-?møte\b|"
                              r"\bdigitalt\s+møte\b|\bdigitalt(?=\s+[\wæøå-]+møte\b)", re.I)
_TITLE_CHANNEL = lazy_regex(rf"\s(?:på|via|over|i|per)\s+(?P<channel>{_CHANNELS}|telefon)\b", re.I)
# (and a Swedish sitting's: "Sammanträde den 14 mars 2024", "Styrgruppsmöte 2024-03-14")
_MEETING_DATE_LINE = lazy_regex(r"^(?:[\wæøå-]*møte|møtet|[\wæøå-]*samling|seminar|workshop|"
                                r"konferanse|fagdag|[\wäö-]*möte|sammanträde)\s+(?:den\s+)?"
                                r"(?:nr\.?\s*)?(?:\w+dag\s+)?\d", re.I)
# A meeting's or gathering's word, a comma, the town and the day: "Nettverkssamling,
# Leikanger 4. juni 2026", "Samling, Mo i Rana 12.03.2026" (the day's start ends it).
_GATHERING_PLACE_DAY = lazy_regex(r"^(?i:[\wæøå-]*møte|[\wæøå-]*samling(?:a|en)?|seminar|"
                                  r"fagdag),\s+(?P<place>[A-ZÆØÅ][\w-]+(?:\s+i\s+[A-ZÆØÅ][\w-]+|"
                                  r"\s+[A-ZÆØÅ][\w-]+)?),?\s+(?:den\s+)?")
# A gathering's word, "i" and the town, then the day: "Samling i Førde 3. oktober 2023",
# "Fagdag i Mo i Rana 12.03.2026" on a title slide (not "Møte i Regionrådet 4. mars",
# whose "i" names the body that met; a town is capitalised, a body's "i styret" is not).
_GATHERING_IN_TOWN = lazy_regex(r"^(?i:[\wæøå-]*samling(?:a|en)?|seminar|fagdag|konferanse)"
                                r"\s+i\s+(?P<place>[A-ZÆØÅ][\w-]+(?:\s+i\s+[A-ZÆØÅ][\w-]+)?),?"
                                r"\s+(?:den\s+)?")
# "Møte avholdt på Gol vgs. torsdag 24.2.2011": where, then the day.
# (also without the verb after "på": "Møte på Rådhuset 12. april 2026", "Samlingen på
# Scandic Havet i Bodø lørdag 12. april"; "Møte i styret 12. april" names the body)
_HELD_ON = lazy_regex(r"^(?:[\wæøå-]*møte|møtet|[\wæøå-]*samling|[\wæøå-]*samlinga|"
                      r"[\wæøå-]*samlingen)\s+(?:(?:(?:ble|vart|blei)\s+)?"
                      r"(?:avholdt|holdt|halde|haldt|avhalde)\s+(?:på|i)|på)\s+"
                      r"(?P<place>[A-ZÆØÅ][^,;:]{1,60}?),?\s+(?:den\s+)?"
                      rf"(?:{_WEEKDAY}\s+(?:den\s+)?)?\d", re.I)
# A secretariat's issuing line opens so: "Sekretariatet i Kinnarådet, 12. mai 2025",
# "Sekretariatet for …" (the first fourteen characters).
_SECRETARIAT_OPENINGS = frozenset({"Sekretariatet ", "SEKRETARIATET "})
# "Sandnes, 3. mai 2021": a place in words only (no weekday, no day), then the date
_PLACE_DATE = re.compile(rf"^(?!(?i:{_WEEKDAY})\b)"
                         # (a place in Sápmi by both its names: "Áltá/Alta, 22.05.2025")
                         r"(?P<place>[A-ZÆØÅÁČĐŊŠŦŽ][^\W\d_]*(?:[ ./-]+[^\W\d_]+){0,5}),\s*"
                         r"(?:den\s+)?"
                         r"(?P<date>\d.*)$")
# A letterhead's organisation and date joined by a middle dot: "Sørbø kommune · 2. februar
# 2027" (the date in words or in figures, nothing after it).
_ORG_DOT_DATE = lazy_regex(r"^[A-ZÆØÅ][^·|\d]{2,60}?\s+·\s+"
                           r"(?P<date>\d{1,2}\.\s*[a-zæøå]+\s+\d{4}|\d{1,2}\.\d{1,2}\.\d{2,4})$")
# A title slide's town, day and hours without a comma: "Ålesund 15. januar 2025 kl.
# 13.00–16.00" (a town of one or two words that is no weekday, the day in words).
_PLACE_DAY_HOURS = lazy_regex(rf"^(?!(?i:{_WEEKDAY})\b)"
                              r"(?P<place>[A-ZÆØÅ][\w-]+(?:\s[A-ZÆØÅ][\w-]+)?)\s+(?P<date>\d{1,2}\.\s*[a-zæøå]+\s+\d{4}\s+kl\.?\s*\d.*)$")
# A title slide's town (or venue) and day joined by a space, a dash or a bar, either way
# round and without hours: "Gjøvik 12. mars 2025", "Gjøvik | 12. mars 2025", "12. mars
# 2025 – Gjøvik", "Quality Hotel Strand 12.03.2025" (a deck's cover says where and when
# the event is, as "Gjøvik, 12. mars 2025" does).
_SLIDE_DAY = (rf"(?:(?i:{_WEEKDAY})\s+)?"
              r"(?P<date>\d{1,2}\.\s*[a-zæøå]+\s+\d{4}|\d{1,2}\.\d{1,2}\.\d{4})")
_SLIDE_PLACE = r"(?P<place>[A-ZÆØÅ][\w-]+(?:\s[A-ZÆØÅ][\w-]+){0,3})"
_SLIDE_PLACE_DAY = lazy_regex(rf"^(?!(?i:{_WEEKDAY})\b){_SLIDE_PLACE}\s+(?:[–|-]\s+)?"
                              rf"{_SLIDE_DAY}$|"
                              rf"^{_SLIDE_DAY.replace('<date>', '<day>')}\s+(?:[–|-]\s+)?"
                              rf"{_SLIDE_PLACE.replace('<place>', '<venue>')}$")
# A letter's place and date above the title, without the comma: "Sør-Gardermoen 11.
# september 2012", "Levanger 20.06.04" (a place of one or two words that is no meeting
# word, then a date).
_PLACE_DATE_ABOVE = lazy_regex(
    r"^(?P<place>[A-ZÆØÅ][\w-]+(?:\s[A-ZÆØÅ][\w-]+)?)(?<!møte)(?<!møtet)(?<!samling)\s+"
    r"(?:den\s+)?(?:\d{1,2}\.\s*[a-zæøå]+\s+\d{4}|\d{1,2}\.\d{1,2}\.(?:\d{2}|\d{4}))$")


@dataclass(slots=True)
class Head:
    """What the head of the document says about the meeting and the document."""

    title: str | None = None
    title_line: int | None = None
    kind: str = DocumentKind.MINUTES.value
    body: str | None = None
    organization: str | None = None
    document_date: str | None = None
    meeting_date: str | None = None
    start: str | None = None
    end: str | None = None
    location: str | None = None
    letterhead: str | None = None
    warnings: list[str] = field(default_factory=list)
    # the label (``match_label``) of each of the head's lines, from the first: asked once,
    # and read again by ``minutes.read_attendance`` for the lists in the head
    labels: list[Label | None] = field(default_factory=list, repr=False)


# What a mail client puts before a subject it replies to or forwards: "SV: ", "Re: ",
# "VS: ", "Fwd: ", also repeated ("SV: VS: Referat …").
# (also a mailing list's tag, "[Styret] Referat …", "Re: [Styret] …", as its archive's
# page heads the mail with the subject)
_REPLY_PREFIX = lazy_regex(r"(?:(?:SV|RE|VS|FWD?|AW|WG)\s*:\s*|\[[^\]\n]{1,40}\]\s*)+",
                           re.IGNORECASE)


def _without_reply_prefix(subject: str) -> str:
    """An e-mail subject without the reply and forward markers, which name no meeting."""
    subject = subject.lstrip()
    if ":" not in subject[:6] and subject[:1] != "[":
        return subject  # cheap test: no marker can start the subject
    match = _REPLY_PREFIX.match(subject)
    return subject[match.end():] if match else subject


# A memo's subject field, as a mail's "Emne:": "Sak:", "Vedrørende:", "Gjelder:".
_MEMO_SUBJECT = lazy_regex(r"^(?:sak|vedrørende|vedr\.?|gjelder|angående|ang\.?)\s*:\s*"
                           r"(?P<value>\S.*)$", re.I)


def _memo_subject(text: str) -> str | None:
    """The value of a memo's subject field ("Sak: Oppsummering av arbeidsmøte 10. februar")
    when it names the minutes or the meeting, as a mail's "Emne:" does: the document's own
    heading under a bare "NOTAT". None for any other field ("Sak: 12/25", "Gjelder: Budsjett")."""
    found = _MEMO_SUBJECT.match(text)
    if found is None:
        return None
    value = found.group("value").strip(" :")
    if _MINUTES_WORDS.search(value) or _AGENDA_WORDS.search(value) or _names_a_meeting(value):
        return value
    return None


def _names_a_meeting(subject: str) -> bool:
    """A mail's subject that names the meeting by its kind ("SV: Styremøte onsdag",
    "Re: Årsmøte 2025"): the minutes in the mail are of that meeting, as "Referat …" says."""
    words = _without_reply_prefix(subject).split()
    return bool(words) and len(words) <= 8 and compound_body(words[0]) is not None


def find_title(lines: list[Line], limit: int, head_end: int | None = None,
               running: list[str] | None = None) -> tuple[str | None, int | None]:
    """The first heading that names the document or the meeting.

    A line naming the kind of document ("Referat …", "Protokoll …") wins; else the first
    heading (by structure) or the first short line that is not a letterhead, a date or a
    label, above ``head_end`` (where the items start) when it is known. A document that
    starts with its first item ("Sak 14/26 Budsjett 2027", the pages before it lost or
    scanned without text) has no such heading: ``head_end`` 0 leaves the title null.
    """
    top = lines[:limit]
    labelled = False  # a label came above: a sentence naming the minutes now is no title
    for pos, line in enumerate(top):
        if line.index == 0 and line.lowered.strip(" :") in _AGENDA_TITLES and \
                _minutes_named_next(top, pos):
            continue  # "Dagsorden" over "Referat fra styremøte …": the minutes' title is below
        label = match_label(line.text)
        if labelled and label is None and _SENTENCE_THEN_MORE.search(line.body):
            continue  # "Her finn de heile referatet. Nordvik Generalforsamling 2023"
        labelled = labelled or label is not None
        if label is not None and label.label in {"emne", "subject"} and (
                _MINUTES_WORDS.search(label.value) or _AGENDA_WORDS.search(label.value) or
                _names_a_meeting(label.value)) \
                and not _bare_subject_over_title(label.value, top[pos + 1:]):
            return _without_reply_prefix(label.value).strip(" :"), line.index  # e-mail
        if label is None and line.lowered[:1] in "svga" and ":" in line.body[:12] and \
                not (head_end and line.index >= head_end) and \
                (memo := _memo_subject(line.body)) is not None:
            return memo, line.index  # a memo's "Sak: Oppsummering av arbeidsmøte 10. februar"
        if line.is_table and (dated := _dated_title_row(line)):
            return dated, line.index  # "Styremøte Sotra Sau og Geit       26.03.19"
        if line.is_table and (word := _doc_word_beside_sender(line)) and \
                not any(_MINUTES_WORDS.search(below.body) or _meeting_heading(below)
                        for below in top[pos + 1:pos + 4]):
            # "Regionrådet for Hallingdal      Møteprotokoll" (but over "REFERAT FRA MØTE I
            # …" the row is a running page header, and the heading under it the title; so
            # over a heading that names the meeting, "Møte i faggruppe kultur 4. mars": the
            # row's "Referat" is the letterhead's kind of document)
            return word, line.index
        if label is not None and line.index == 0 and label.field is Field.AGENDA and \
                not label.value and label.label.rstrip(":") in _AGENDA_TITLES:
            return line.body.strip(" :"), 0  # "Saksliste" over "Styremøte i X": the summons
        if label is not None or (head_end and line.index >= head_end) or line.is_table or \
                _is_filing_field(line):
            continue  # an item heading ("Sak 15/23 …") or a padded page header is no title
        if pos and line.lowered[:1] in "osm" and _slide_heading_under_cover(lines, top, pos):
            break  # a deck's "Oppsummering" slide under its cover: the cover holds the title
            # (and the slides below it none: "Søknad om … Program for …" is a bullet)
        if pos == 0 and line.kind is HEADING and line.body[-1:].isdecimal() and \
                _body_then_date(line.body):
            return line.body, line.index  # a meeting portal's "Storelv regionråd 12.03.2026"
        first_word = line.body.split(" ", 1)[0]
        named = _MINUTES_WORDS.search(line.body) or _AGENDA_WORDS.search(line.body) or (
            (compound_body(first_word) is not None or _ACRONYM_MEETING.match(first_word) or
             gathering_body(first_word) is not None or  # "Nettverkssamlinga i …", as "…møte"
             first_word.casefold() in _GENERAL_MEETING_WORDS or  # "Generalforsamling i X"
             ((pos == 0 or (line.kind is HEADING and " mellom " in line.body)) and
              first_word.casefold() in _JOINT_MEETING_WORDS))  # "Dialogmøte mellom X og Y"
            # first, or set as the heading under a letterhead (under a cover's heading,
            # "Dialogmøte om …" is its subject)
            and not _PAST_FINITE.search(line.body)) or (  # "Styremøtet ble gjennomført som …"
            "øte" in line.lowered and _club_meeting(line.body)) or (  # "Fjordvik Vel – styremøte …"
            is_not_a_meeting_record(line.body)) or (  # "Høringsuttalelse – …" under a letterhead
            first_word.casefold() == "møte" and _meeting_of_named_body(line.body, top[:pos])) or (
            (line.kind is HEADING or pos == 0) and "øte" in line.lowered[-14:] and
            _TRAILING_KIND.search(line.body) is not None) or (  # "# Faggruppe X – månedlig møte"
            line.kind is HEADING and " møte " in line.lowered and _body_meets_party(line.body))
        # (a plain text's first line too: "Kirkelig fellesråd i X – møte 4/2026" over
        # "PROTOKOLL" names the meeting first)
        if named and " " not in line.body and _menu_entry_over_minutes(top, pos):
            continue  # a copied page's menu ("Meny" / "Møtekalender" / "Postliste") over its
            # "Møteprotokoll": the site's section, the page's own heading the title
        if named and " " not in line.body and _spelled_out_below(top, pos):
            continue  # "SAMANDRAG" at the letterhead's right over "Samandrag frå møte i
            # administrativ gruppe …": the page's label, the full heading below the title
        if named and running and _running_header(top, pos, running):
            continue  # "Protokoll – Sogn regionråd – 12.03.2025" on every page, over
            # "PROTOKOLL": the page's header, the heading under it the title
        if named and pos and line.kind is not HEADING and \
                _under_body_heading(top, pos, lines) and not _MINUTES_WORDS.search(line.body):
            continue  # "Innkjøpsnettverket i Vestland" / "Nettverksmøte 5. mars 2026 kl. 10":
            # the line under the heading dates the meeting; the heading is the title
        if named and pos and line.lowered[:1] in "mns" and \
                line.lowered.strip(" :") in _APP_NOTES_LABELS and \
                top[0].kind is HEADING and names_a_body(top[0].body):
            continue  # "# Prosjektgruppe X – Region" over a bare "Møtenotater": the label a
            # Teams or Loop page sets under the heading that names the meeting, the title
        if named and pos and line.kind is not HEADING and top[0].kind is HEADING and \
                line.lowered[:1] in "rp" and _kind_under_topic_heading(line.body, top[0].body):
            continue  # "Lønnsnettverket i Salten – forberedelse til forhandlingene" over
            # "Referat fra nettverksmøte": the heading names the body and the meeting's
            # subject, the line under it only the document and the meeting's kind
        if named and pos and line.kind is not HEADING and line.lowered[:1] in "rp" and \
                _evaluation_heading_above(top[:pos]):
            continue  # "Evaluering av flomhendelsen i mai" (a heading) over "Referat fra
            # ekstraordinært møte i beredskapsrådet": the heading names the meeting held to
            # evaluate the event, the first heading that does; the line under it the record
        if named and len(line.body) <= 160 and (line.body[-1:] != "." or (
                first_word.casefold() == "møte" and _ends_in_short_date(line.body)) or (
                _DOC_PREFIX.match(line.body) and _DATE_THEN_STOP.search(line.body) and
                not FINITE_VERB.search(line.body) and not _meeting_named_above(top, line)) or (
                line.index == 0 and (_DATE_THEN_STOP.search(line.body) or compound_body(
                    line.body.split(" ", 1)[0]) is not None or (
                    _DOC_PREFIX.match(line.body) and dates.find_dates(line.body) and
                    not FINITE_VERB.search(line.body))))):
            # "Styremøte i X … skulen.", "Referat styremøte 17.11.20 på Teams."
            return _with_continuation(lines, line).strip(" :"), line.index
        if named and len(line.body) <= 120 and _MEETING_OF.match(line.body) and \
                not FINITE_VERB.search(line.body):
            return line.body.rstrip(" ."), line.index  # "Møtereferat fra møte i X Løypelag."
        if named and line.body.endswith(".") and _DOC_PREFIX.match(line.body) and \
                (when := dates.find_dates(line.body)) and \
                len(line.body[when[0].end:].split()) >= 4 and \
                not _meeting_heading_above(top[:pos]):
            # "REFERAT fra styremøte i X, tirsdag 5. mai 2015 kl Møtet ble arrangert …":
            # a page run together, the title up to its date
            title = _WEEKDAY_AT_END.sub("", line.body[:when[0].start]).strip(" ,–-")
            if len(title.split()) >= 3:
                return title, line.index
    if head_end is not None:
        top = top[:head_end]  # the first item's heading ("Sak 1: Budsjett") is no title
    for i, line in enumerate(top):
        if line.kind is HEADING and not match_label(line.text) and \
                not _is_letterhead(top, i) and not _is_date_line(line.body) and \
                not _is_filing_field(line):
            return line.body.strip(" :"), line.index
    for i, line in enumerate(top):
        text = line.body
        if match_label(line.text) or _is_letterhead(top, i) or _is_date_line(text) or \
                _is_contact_line(text) or _is_filing_field(line) or (i + 1 < len(top) and
                                           _is_contact_line(top[i + 1].body)):
            continue  # a letterhead: the name over its address, phone or web lines
        if text[:1] in "HhKk" and _GREETING.match(text):
            break  # "Hei alle," opens a mail or a post: the text starts, with no heading
        if i == 0 and len(top) > 1 and len(text.split()) <= 2 and \
                names_a_body(top[1].body) and _names_region(text.strip(" ."), lines):
            continue  # a deck's cover: "Valdres" / "Næringsnettverket": the region the
            # body serves over its name, which is the title (``_region_above``)
        if len(text) <= 120 and not text.endswith(".") and line.kind is not TABLE_ROW \
                and not line.is_bullet and not (  # "• Kjetil Århus, Bergen kommune" is no title
                    len(text.split()) >= 4 and _PAST_FINITE.search(text)):
            # nor is a sentence: "Styremøtet ble gjennomført som videokonferanse"
            return _with_continuation(lines, line).strip(" :"), line.index
        break
    return None, None


def _body_meets_party(text: str) -> bool:
    """Whether a heading names a body and then its meeting with another party after a
    dash ("Oppvekstforum Sørfjord – møte med Statsforvalteren i Nordmark"): it names the
    meeting, so it is the title over a bare "Referat" below it."""
    found = _MEETING_WITH_PARTY.search(text)
    return found is not None and names_a_body(text[:found.start()])


# "… – møte med X", "… - møte mellom X og Y": a body's meeting with another party.
_MEETING_WITH_PARTY = lazy_regex(r"\s[–-]\s+møte\s+(?:med|mellom)\s+\S", re.I)


def _body_then_date(text: str) -> bool:
    """Whether a heading is a body's name and a date alone, as a meeting portal heads a
    meeting's page ("Storelv regionråd 12.03.2026", "Styret – 4. mars 2026"): it names
    the meeting, over the page's sections ("Møtedokumenter", "Møteprotokoll")."""
    found = dates.find_dates(text)
    if not found or found[-1].end != len(text):
        return False
    name = text[:found[-1].start].strip(" ,–—-")
    return 1 <= len(name.split()) <= 6 and names_a_body(name) and \
        not FINITE_VERB.search(name)


# A meeting app's own label over its notes, alone on a line ("Møtenotater", nynorsk
# "Møtenotat", "Notater", English "Meeting notes").
_APP_NOTES_LABELS = frozenset({"møtenotater", "møtenotat", "møtenotatar", "notater", "notat",
                               "meeting notes",
                               # (and the summary's section a recap made from the meeting's
                               # transcript opens with: "Sammendrag", nynorsk "Samandrag")
                               "sammendrag", "samandrag"})


# "Møte i faggruppe oppvekst, …", "Møte for IKT-faggruppen": the meeting of a body.
_MEETING_OF_BODY = lazy_regex(r"^møte\s+(?:i|for)\s+(?P<body>[^,.;:]{3,80})", re.I)


def _meeting_of_named_body(text: str, above: list[Line]) -> bool:
    """Whether a head line names the meeting of a body with no document word ("Møte i
    faggruppe plan og næring, 4. mars 2025"): such a line is the document's heading, over
    a regional council's letterhead above it. A sentence ("Møte i styret ble flyttet …")
    is no heading, nor is the line under the body's own name set as the heading
    ("Nordisk nettverk for X" / "Møte i Nordisk nettverk for X": the name is the title)."""
    found = _MEETING_OF_BODY.match(text)
    if found is None or not names_a_body(found["body"]) or FINITE_VERB.search(text):
        return False
    body = found["body"].strip().casefold()
    return not any(line.body.strip(" :").casefold() == body for line in above)


def _ends_in_short_date(text: str) -> bool:
    """Whether a line's final full stop closes a date with no year ("… tirsdag 14.1."), so
    the line is still a heading, not a sentence."""
    found = dates.find_dates(text)
    return bool(found) and found[-1].end >= len(text.rstrip(". ")) and \
        not FINITE_VERB.search(text)


def _spelled_out_below(top: list[Line], pos: int) -> bool:
    """Whether a document word alone ("SAMANDRAG", "Referat") has a heading under it, in
    the next lines of the head, that opens with the same word and names the meeting
    ("Samandrag frå møte i administrativ gruppe i Nordfjordrådet"): the word alone is a
    label of the page (a letterhead's field, a template's stamp), the heading the title."""
    word = top[pos].body.strip(" :").casefold()
    for below in top[pos + 1:pos + 1 + _LABEL_REACH]:
        words = below.body.split(" ", 1)
        if words[0].casefold() == word and len(words) > 1 and len(below.body) <= 160 and \
                not below.body.endswith("."):
            return True
    return False


#: How many lines under a lone document word its spelled-out heading may stand.
_LABEL_REACH = 2


def _menu_entry_over_minutes(top: list[Line], pos: int) -> bool:
    """Whether a bare word naming no meeting's record ("Møtekalender", "Møteplan") is a
    site's menu entry copied with a page: a line below it in the head names the minutes
    ("Møteprotokoll", "Referat fra …"). A report's or a plan's title has its subject or its
    year with it ("Møteplan 2025"); alone over the minutes' heading it is the section of the
    site the page was found under."""
    return is_not_a_meeting_record(top[pos].body) and any(
        len(below.body) <= 80 and _MINUTES_WORDS.search(below.body) is not None
        for below in top[pos + 1:])


def _running_header(top: list[Line], pos: int, running: list[str]) -> bool:
    """Whether a line naming the minutes is a PDF's running page header: its repeats on
    the later pages were dropped (``running``), and a line below it in the head names
    the minutes too (the heading the page header stands over, "PROTOKOLL")."""
    return top[pos].text in running and \
        any(_MINUTES_WORDS.search(below.body) for below in top[pos + 1:])


def _slide_heading_under_cover(lines: list[Line], top: list[Line], pos: int) -> bool:
    """Whether a bare summary word ("Oppsummering", "Sammendrag") is a slide's heading
    in a deck whose cover above it names the body ("Hallingdal" / "Næringsnettverket" /
    "Samling 22. april 2025" / "Oppsummering"): the word heads one slide of the deck, so
    the cover's name is the deck's title (a bare word opening the text titles it)."""
    return _BARE_SUMMARY_WORD.fullmatch(top[pos].body.strip(" :#*")) is not None and \
        any(names_a_body(above.body) for above in top[:pos]) and looks_like_slides(lines)


# How a word for a meeting or gathering ends: "Nettverksmøte", "Fagsamling" (not a
# document's word, "Møteinnkalling").
_MEETING_KIND_ENDS = ("møte", "samling", "samlinga", "samlingen", "seminar", "workshop")


def _under_body_heading(top: list[Line], pos: int, lines: list[Line] | None = None) -> bool:
    """Whether the line at ``pos`` only dates or names the kind of the meeting of the
    body the first line names: under a heading ("Innkjøpsnettverket i Vestland" over
    "Nettverksmøte 5. mars 2026"), or, where a deck's text boxes have no heading style,
    the second line set apart under the first ("Næringsnettverket i Lister" over
    "Nettverksmøte")."""
    line, first = top[pos], top[0]
    if first.kind is HEADING:
        return _MEETING_DATE_LINE.match(line.body) is not None or \
            _kind_word_under_body(line.body, first.body)
    if pos in (1, 2) and line.gap and line.lowered.endswith(_MEETING_KIND_ENDS):
        if _kind_word_under_body(line.body, first.body) and \
                (pos == 1 or _one_word_line(top[1].body)):
            return True  # ("Prosjektgruppa X" / "Gjøvikregionen" / "Prosjektgruppemøte": the
            # cooperation's one word between the name and the kind, as the template sets it)
        if pos == 2 and _one_word_line(first.body) and \
                _kind_word_under_body(line.body, top[1].body):
            return True  # the region's one word above the name instead ("Hallingdal" /
            # "Faggruppe for reiseliv og næring" / "Nettverkssamling")
    # a deck's cover without heading styles, its meeting's line under the body's name
    # ("Hardanger" / "Folkehelsenettverket" / "Nettverkssamling 14. januar 2025, Askim"):
    # the meeting's word, day and place date the meeting; the name above is the title
    if _MEETING_DATE_LINE.match(line.body) is None or \
            not any(names_a_body(above.body) for above in top[:pos]):
        return False
    return "," in line.body or (lines is not None and line.gap and
                                _kind_and_day_only(line.body) and looks_like_slides(lines))


def _kind_and_day_only(text: str) -> bool:
    """Whether a line holds only the meeting's word and its day ("Nettverkssamling 14.
    november 2024"): on a deck's cover, a text box set apart under the network's name,
    with the place and the hours on the next, it dates the meeting and titles nothing (a
    deck copied out as plain lines, "Rådsmøte 14. mars 2025" right under the council's
    name, keeps it as its title)."""
    found = dates.find_dates(text)
    return len(found) == 1 and not text[found[0].end:].strip(" .") and \
        " " not in text[:found[0].start].strip()


def _one_word_line(text: str) -> bool:
    """A line of one capitalised word without digits ("Gjøvikregionen", "Innlandet"): a
    region's or a cooperation's name set alone on a title slide."""
    return " " not in text and text[:1].isupper() and text.isalpha()


# A document's word and the meeting's kind alone: "Referat fra nettverksmøte".
_DOC_OF_KIND = lazy_regex(r"(?:referat|møtereferat|protokoll|møteprotokoll)\s+(?:fra|frå)\s+"
                          r"[\wæøå-]+møte\s*$", re.I)


def _kind_under_topic_heading(text: str, heading: str) -> bool:
    """Whether a line naming only the document and the meeting's kind ("Referat fra
    nettverksmøte") stands under a heading that names a body and, after a dash, the
    meeting's subject ("Lønnsnettverket i Salten – forberedelse til lokale forhandlinger
    2026"): the heading is the title, as the first heading that names the meeting."""
    name, dash, subject = heading.partition(" – ")
    if not dash:
        name, dash, subject = heading.partition(" - ")
    return bool(dash) and subject[:1].islower() and names_a_body(name) and \
        _DOC_OF_KIND.match(text) is not None


def _evaluation_heading_above(above: list[Line]) -> bool:
    """Whether a heading set in the document's structure above names an evaluation of an
    event ("Evaluering av flomhendelsen i mai", "Evaluering – skogbrannen i Sokna"): the
    meeting held for it, which the "Referat fra …" line under it records."""
    return any(line.kind is HEADING and line.lowered.startswith("evaluering") and
               len(line.body) <= 100 and not line.body.endswith(".") for line in above)


def _kind_word_under_body(text: str, heading: str) -> bool:
    """Whether a line is only the meeting's kind ("Nettverksmøte", "Arbeidsmøte") under a
    heading that names a body ("Folkehelsenettverket i Vesterålen"), as a slide deck's
    title slide sets its subtitle: the heading is the title, the word says what met."""
    return " " not in text.strip() and names_a_body(heading)


# A cooperative's or a company's general meeting, named as a title names a meeting.
_GENERAL_MEETING_WORDS = frozenset({"generalforsamling", "generalforsamlingen"})
# A meeting of two sides named by its kind, no body's name in the word: "Samarbeidsmøte
# kommunene – NAV", "Dialogmøte mellom …", "Kontaktmøte med …", "Fellesmøte for …".
_JOINT_MEETING_WORDS = frozenset({"samarbeidsmøte", "dialogmøte", "kontaktmøte", "fellesmøte",
                                  "samrådsmøte", "partnerskapsmøte", "partnarskapsmøte"})


def names_joint_meeting(title: str) -> bool:
    """Whether a title names a meeting of two sides by its kind ("Samarbeidsmøte kommunene
    – NAV", "Oppfølgingstenesta (OT) og NAV – samarbeidsmøte"): the short names in it are
    the sides' own, not a short name of the body."""
    folded = title.casefold()
    return "møte" in folded and any(word in folded for word in _JOINT_MEETING_WORDS)


# A mail's or a post's greeting to its readers: "Hei alle,", "Hallo!", "Kjære alle".
_GREETING = lazy_regex(r"(?:hei|hallo|heisann|kjære)(?:\s+(?:alle|alle\s+sammen|alle\s+saman|"
                       r"igjen|nettverk|gruppe|gruppa|dere|dykk))?\s*[,!]?$", re.I)


def _bare_subject_over_title(subject: str, below: list[Line]) -> bool:
    """Whether a mail's subject is only the word "Referat" (or "SV: Protokoll") while
    the minutes below carry their own heading ("Referat fra styremøte i Nordby Vel"):
    that heading is the title."""
    if not _BARE_DOC_WORD.fullmatch(_without_reply_prefix(subject).strip(" :.!")):
        return False
    return any(_MINUTES_HEADING.match(line.body) for line in below)


# A heading that names the minutes and more: "Referat fra …", "Protokoll styremøte X".
_MINUTES_HEADING = lazy_regex(r"(?:møte)?(?:referat|protokoll)\s+\S", re.I)


def _is_filing_field(line: Line) -> bool:
    """Whether a line is the archive's or the series' field over a letter or minutes
    ("Referatserie: Styret 2024", "Saksnr. 24/123", "Arkivsak: 2024/551", "Vår ref.:",
    "Deres ref.:"): it files the document and names neither it nor the body; so does the
    file's name an export printed on top ("referat_styremote_2025-03-03.docx")."""
    if line.lowered.startswith(_FILING_WORDS) and _FILING_FIELD.match(line.lowered):
        return True
    return " " not in line.body and "." in line.body and bool(_FILE_NAME.search(line.lowered))


# A file's extension at the end of a word: "Referat_AU_0325.docx", "protokoll-12.pdf".
_FILE_NAME = lazy_regex(r"\w\.(?:docx?|pdf|odt|rtf|txt|md|html?|pptx?|xlsx?)$")


_FILING_WORDS = ("referatserie", "møteserie", "serie", "saksnr", "saksnummer", "sak nr",
                 "arkiv", "journalpost", "vår ref", "deres ref", "ref", "j.nr", "jnr",
                 "dokument")
# The word, then a colon or a number: "Serie: …", "Saksnr. 24/123", "Vår ref.: 24/12-4";
# also a quality system's "Dokument: Protokoll Regionrådet" in the page's header row
_FILING_FIELD = re.compile(r"^(?:referatserie|møteserie|serie|saksnr|saksnummer|sak\s+nr|"
                           r"dokument|"
                           r"arkiv(?:sak|kode|nr)\w*|journalpost\w*|vår\s+ref|deres\s+ref|"
                           r"ref|j\.?\s*nr)\.?\s*(?::|\d)")


# The agenda labels that name a summons when they head the whole document.
_AGENDA_TITLES = {"saksliste", "sakliste", "sakskart", "dagsorden", "agenda", "møteagenda"}
# A sentence's end inside a line, after a word (not a date's "7. mars").
_SENTENCE_THEN_MORE = lazy_regex(r"[a-zæøå]{2}\.\s+[A-ZÆØÅ]")
_PAST_FINITE = lazy_regex(r"\b(?:ble|vart|blei|var|har|hadde)\s+[a-zæøå]")


def _minutes_named_next(top: list[Line], pos: int) -> bool:
    """Whether the line after ``pos`` opens with the word for minutes ("Referat fra
    styremøte …", "Protokoll frå møte …"): a word for the agenda over it heads the
    list of items the minutes follow, not the document."""
    if pos + 1 >= len(top):
        return False
    words = top[pos + 1].body.split(" ", 1)
    return bool(_MINUTES_WORDS.fullmatch(words[0])) and len(words) > 1


def _meeting_heading_above(above: list[Line]) -> bool:
    """Whether a heading above names a meeting ("# Prosjektmøte Nordlys" over "Referat
    fra møte i styringsgruppa for …, 12. mars 2026 kl. 10–12 på Teams."): that heading
    is the title, and the sentence under it only says which group met."""
    return any(line.kind is HEADING and "møte" in line.lowered and
               match_label(line.text) is None for line in above)


def _meeting_named_above(top: list[Line], line: Line) -> bool:
    """Whether a line above names the meeting with its date ("FAU-møte den 15. oktober
    2012" over "REFERAT FRA MØTET 15. OKTOBER 2012."): that one is the title."""
    return any("møte" in above.lowered and dates.find_dates(above.body)
               for above in top[:line.index])


def _dated_title_row(line: Line) -> str | None:
    """The title of a first line that pads its date to the right margin: two cells,
    a title naming the meeting ("Styremøte X", "Referat …") and a date alone; or three,
    with the club's name first ("Fjordvik Vel    Referat styremøte    14.03.2023"), as a
    Word header laid out as a table has them (logo | "Referat" | "Dato: 4.3.2025")."""
    if line.index > 2:
        return None
    cells = line.cells
    if "" in cells:  # a logo's cell holds no text
        cells = tuple(cell for cell in cells if cell)
    if len(cells) == 3 and (names_club(cells[0]) or _letterhead_cell(cells[0])):
        cells = cells[1:]
    if len(cells) == 2 and _is_date_cell(cells[0]) and not _is_date_cell(cells[1]):
        cells = cells[::-1]  # "14. mars 2026 | Prosjektmøte X": a meeting-notes block
        # of Google Docs (or a note app) writes the day first, then the meeting
    if len(cells) != 2 or not _is_date_cell(cells[1]) or len(cells[0]) > 120:
        return None
    first = cells[0].split(" ", 1)[0]
    named = _MINUTES_WORDS.search(cells[0]) or _AGENDA_WORDS.search(cells[0]) or \
        compound_body(first) is not None or first.lower().endswith(("møte", "møtet"))
    return cells[0].strip(" :") if named else None


def _meeting_heading(line: Line) -> bool:
    """Whether a heading (by structure) names the meeting by its word ("Møte i faggruppe
    kultur 4. mars 2026", "Styremøte 3/2025"), as a title does."""
    if line.kind is not HEADING:
        return False
    first = line.body.split(" ", 1)[0]
    return first.casefold() == "møte" or compound_body(first) is not None


def _doc_word_beside_sender(line: Line) -> str | None:
    """The document's word of a first line that sets the sender's name beside it, as a
    case system prints its protocol's head: "Regionrådet for Hallingdal | Møteprotokoll",
    "Møtebok | Nordby kommune" (two cells, one the bare word, the other a name)."""
    pair = _doc_word_and_sender(line)
    return pair[0] if pair else None


def _sender_beside_doc_word(line: Line) -> str | None:
    """The name beside the bare document word in such a first line (see
    ``_doc_word_beside_sender``): the body or the organisation that sends it."""
    pair = _doc_word_and_sender(line)
    return pair[1] if pair else None


def _doc_word_and_sender(line: Line) -> tuple[str, str] | None:
    """The bare document word and the name beside it in a first line of two cells."""
    if line.index > 2:
        return None
    cells = tuple(cell for cell in line.cells if cell)
    if len(cells) != 2:
        return None
    for word, sender in (cells, cells[::-1]):
        if _BARE_DOC_WORD.fullmatch(word.strip(" :")) and _letterhead_cell(sender):
            return word.strip(" :"), sender.strip()
    return None


def _letterhead_cell(text: str) -> bool:
    """A Word header table's first cell beside the title and the date: the sender's name
    or a logo's words ("Nordby kommune", "Fjordregionen"), no date, label or title."""
    return text[:1].isupper() and len(text) <= 60 and not dates.DIGIT.search(text) and \
        ":" not in text and not _MINUTES_WORDS.search(text) and not _AGENDA_WORDS.search(text)


def _is_date_cell(text: str) -> bool:
    """A header cell that gives only a date: "4. mars 2025", "Dato: 04.03.2025",
    "Møtedato: 04.03.2025" (a Word table's date cell beside the title)."""
    if _is_date_line(text):
        return True
    label = match_label(text) if ":" in text else None
    return label is not None and label.field is Field.DATE and _is_date_line(label.value)


_DOC_AND_MONTH = re.compile(rf"(?:møte)?(?:referat|protokoll)\s+{_MONTH}"
                            r"(?:\s+(?:19|20)\d{2})?", re.I)
# A report of a meeting inside a line: "… Kort referat fra styremøte 22. januar 2018 …".
# A day named from the day the mail was written, then written out: "i går, 9. april",
# "i dag, tysdag 3. mars" (the date follows the word and its comma).
_SAID_RELATIVE_DAY = lazy_regex(r"\s(?:i\s+(?:går|gaar|dag|forgårs)|sist\s+\w+dag)"
                                r"\s*,?\s+(?:den\s+)?(?:\w+dag\s+)?(?=\d)", re.I)
# (a mail's summary too: "Kort oppsummering fra møtet i samarbeidsforumet i går, 20. november")
_REPORT_OF_MEETING = lazy_regex(r"\b(?:referat(?:et)?|møtereferat(?:et)?|protokoll(?:en)?|"
                                r"oppsummering(?:a|en)?)\s+"
                                r"(?:fra|frå)\s+"
                                r"[\wæøå]*møte[\wæøå]*\s+"
                                # "… fra styremøtet i Solbakken Vel onsdag 5. november"
                                r"(?:i\s+(?P<org>(?-i:[A-ZÆØÅ][\w-]*(?:\s+[A-ZÆØÅ][\w-]*){0,3}))\s+|"
                                # "… fra møtet i prosjektgruppa for Trygg skolevei torsdag
                                # 15. mai": the body in lower case, its name, then the day
                                r"(?:i|for)\s+(?P<named>(?-i:[a-zæøå][\wæøå-]*(?:\s+(?:for|i)(?:\s+[\w-]+){1,4}?)?))"
                                r"\s+(?=(?:i\s+går\s*,?\s+)?(?:den\s+)?(?:\w+dag\s+)?\d))?"
                                r"(?:den\s+)?(?:\w+dag\s+)?", re.I)
# The end named after the start: " (slutt ca. 15)", ", slutt kl. 14.30", " – slutt 15.00".
_END_NAMED = (rf"\s*[,–-]?\s*\(?slutt\s*:?\s*(?:{dates.ABOUT})?(?:kl\.?\s*)?"
              r"\d{1,2}(?:[.:]\d{2})?(?!\d)\)?")
# The hours right after a day: " fra kl. 10.00 til 12.00", " kl. 10–12"; the day may
# be "this year's" ("12. mars d.å. fra kl. 12 til ca. 15").
_HOURS_AFTER = lazy_regex(r"(?:\s+d\.\s?å\.)?"
                          r"\s+(?:fra\s+|frå\s+)?(?:kl\.?|klokka|klokken)\s*"
                          r"(?:\d{4}|\d{1,2}(?:[.:]\d{2})?)"
                          rf"(?:\s*(?:[-–]|til)\s*(?:{dates.ABOUT})?(?:kl\.?\s*)?"
                          r"(?:\d{4}|\d{1,2}(?:[.:]\d{2})?)|"
                          rf"{_END_NAMED})?")
# (or a building in lower case: "… 4. mars på rådhuset.")
# (who opened the meeting after the place is none of it: "… på Klubbhuset av styreleder
# Jorunn Lie.")
_DATE_THEN_VENUE = lazy_regex(r"\s+(?:på|i)\s+(?P<place>[A-ZÆØÅ][^.:;]{1,50}?|"
                              # "… på rådhuset, Lindvik" / "… på rådhuset i Lindvik"
                              rf"{ROOM_IN_LOWER_CASE}(?:(?:,\s+|\s+i\s+(?=[A-ZÆØÅ]))"
                              r"[^.:;]{1,40}?)?)"
                              r"(?:\s+av\s+[^.:;]{2,60}?)?"
                              # (its hours in brackets after it: "… på Teams (kl. 13–14.30).")
                              r"(?:\s*\((?P<hours>(?:kl\.?|klokka)\s*[^()]{1,30})\))?\.?$")
# "… 22. januar 2018 på ordførerkontoret, Lillesand Rådhus" ("i X" names the body there)
_DATE_THEN_AT = lazy_regex(r"\s+på\s+(?P<place>[\wæøåÆØÅ][^.:;]{1,60}?)\.?$")
_WEEKDAY_AT_END = lazy_regex(rf"[\s,]*(?:den\s+)?{_WEEKDAY}?\s*$", re.I)
# "Møtereferat fra møte i X.": a title written as a sentence, with its full stop.
_MEETING_OF = lazy_regex(r"^(?:møte)?(?:referat|protokoll)\s+(?:fra|frå)\s+\w*møte(?:t)?\s+"
                         r"(?:i|for|med)\s+[A-ZÆØÅ][^.]*\.$", re.I)
# A title that ends in a date and a full stop: "Styremøte tirsdag 21.10.2008."
_DATE_THEN_STOP = lazy_regex(r"\d\.\d{1,2}\.(?:\d{2}|\d{4})\.$|\s(?:19|20)\d{2}\.$|"
                             rf"\d\.\s*{_MONTH}\.$", re.I)
# Words that go on an all-capitals title wrapped onto the next line ("… FOR HELSE" /
# "OG ELDRERÅDET").
_LINKS_UPPER = {"OG", "I", "FOR", "MED", "AV", "OM", "TIL", "PÅ", "FRA", "FRÅ"}


_VENUE_LINE = lazy_regex(r"^(?:på|i)\s+[A-ZÆØÅ]\w*(?:\s+[A-ZÆØÅ]\w*)*,\s*[A-ZÆØÅ]\w*$")


# "Protokoll godkjent i møtet 22. september 2023": when the minutes were approved.
_APPROVED_ON = lazy_regex(r"\b(?:godkjent|godkjend|vedtatt|vedteke|signert|underskrevet)\b", re.I)
# A title that is only the kind of document: "MØTEREFERAT!", "Protokoll", and a summons's
# "MØTEINNKALLING" (not "Saksliste", which an item line with a date may follow).
_BARE_DOC_WORD = re.compile(r"(?:møte?)?(?:referat|protokoll|innkalling)|møtebok|minutes",
                            re.I)  # also "MØTREFERAT", and English "MINUTES"


# A title that names only a gathering, no body: "Referat fra samlingen", "Hovedpunkter
# fra møtet" (the line under it names the body and the day: "Nettverk for kulturskoler,
# 5. mars 2024, Storvik kulturhus").
_GATHERING_TITLE = lazy_regex(r"(?:møte)?(?:referat|protokoll|hovedpunkter|oppsummering|notat)"
                              r"\s+(?:fra|frå)\s+(?:møtet|samlingen|samlinga|seminaret|dagen)",
                              re.I)


# The body and the day under a title in capitals: "REFERAT FRA STYREMØTE" / "i Flaskebekk
# vel 21. oktober 2009".
_OF_BODY_LINE = lazy_regex(r"^(?:i|for)\s+[A-ZÆØÅ]")


# A title cut after the first of two days: "… Hallingdal, 3. og", "… styremøte 3.–".
_DAY_AND_LINK_AT_END = lazy_regex(r"\s\d{1,2}\.\s*(?:og|–|-)$")


# A title cut between the day's month and its year: "… 3. mars" over "2024".
_DAY_MONTH_AT_END = lazy_regex(rf"\s\d{{1,2}}\.\s*{_MONTH}$", re.I)
_YEAR_FIRST_ON_LINE = lazy_regex(r"(?:19|20)\d{2}(?![\d/.-])")


def _ends_in_link(title: str) -> bool:
    """Whether a heading line stops on a linking word ("Referat fra møte i", "Protokoll
    frå styremøte for"): no title ends there, so the line under it is its rest."""
    last = title.rsplit(" ", 1)[-1]
    return len(last) <= 3 and last.upper() in _LINKS_UPPER and " " in title


def _with_continuation(lines: list[Line], line: Line) -> str:
    """A title and the lower-case rest a PDF wrapped onto the next lines.

    "Referat fra møte i Innlandet" / "digitaliseringsnettverk" is one title, and so are
    "PROTOKOLL" / "fra" / "styremøte i Vestkyst Næringsforum SA" and "REFERAT FRA
    FELLESMØTE MED HOVEDUTVALGET FOR HELSE" / "OG ELDRERÅDET".
    """
    title = line.body
    for following in lines[line.index + 1:line.index + 4]:
        text = _before_labelled_cell(following)
        if text[:1].isdecimal() and _DAY_AND_LINK_AT_END.search(title) and \
                len(text) < 60 and (day := dates.find_dates(text)) and day[0].start == 0:
            return f"{title} {text}"  # "… Hallingdal, 3. og" / "4. mars 2024, Geilo"
        if text[:2] in ("19", "20") and len(text) < 60 and _YEAR_FIRST_ON_LINE.match(text) \
                and _DAY_MONTH_AT_END.search(title):
            return f"{title} {text}"  # "Referat fra styremøte i X 3. mars" / "2024"
        if _BARE_DOC_WORD.fullmatch(title.strip(" !:.")) and text[:1].isupper() and \
                len(text) < 80 and not following.gap and not match_label(following.text) \
                and dates.find_dates(text) and not FINITE_VERB.search(text):
            return f"{title} {text}"  # "MØTEREFERAT!" / "Regionrådet 31. januar 2012"
        if _BARE_DOC_WORD.fullmatch(title.strip(" !:.")) and text[:4] in ("fra ", "frå ") and \
                len(text) < 160 and not FINITE_VERB.search(text):  # (also after a blank line)
            return f"{title} {text}"  # "REFERAT" / "fra møte nr. 1/05 Rådet, 26. januar 2005"
        if _ends_in_link(title) and text[:1].isupper() and len(text) < 80 and \
                (not following.gap or (following.kind is line.kind and
                                       following.bold == line.bold)) and \
                not text.endswith((".", ":")) and not match_label(following.text) and \
                not FINITE_VERB.search(text):
            title = f"{title} {text}"  # "Referat fra møte i" / "Regionrådet for Nordfjord":
            continue  # a heading does not end in "i" or "for"; the name below completes it
            # (also as the next paragraph of the same style, as a Word file has it)
        if title == line.body and _bold_heading_goes_on(line, following):
            return f"{title} {text}"  # "**Referat arbeidsgruppe" / "Prosjekt X**"
        shouted = title.isupper() and text.isupper() and text.split(" ", 1)[0] in _LINKS_UPPER
        if following.gap or following.kind is not line.kind or \
                not (text[:1].islower() or shouted) or len(text) > 60 or \
                text.endswith((".", ":")) or match_label(following.text) or \
                (dates.find_dates(text) and not _OF_BODY_LINE.match(text)) or \
                (title.isupper() and _VENUE_LINE.match(text)):
            # "PROTOKOLL" / "fra" / "styremøte i X" / "tirsdag 4. juni": not the date;
            # "… REGIONRÅD" / "på Rica Hotell, Alta": the place, not the title
            break
        title = f"{title} {text}"
    return title


def _bold_heading_goes_on(line: Line, following: Line) -> bool:
    """Whether a bold title line goes on in the bold line right under it, no blank line
    between: one heading a converter broke over two lines ("**Referat arbeidsgruppe" /
    "Digitaliseringsprogrammet i X**", one "**" span; a soft line break in a Word
    heading). The title alone names no body then ("Referat arbeidsgruppe"), and the line
    under it is a name, not a label, a date or a sentence."""
    if not (line.bold and following.bold) or following.gap or following.kind is not line.kind:
        return False
    if line.body.isupper() and " " not in line.body and not following.body.isupper():
        return False  # "PROTOKOLL" over "Partssammensatt utvalg (PSU) i …": a whole title
    text = following.body
    return text[:1].isupper() and len(text) < 80 and len(line.body) < 60 and \
        not line.body.endswith((".", ":")) and not text.endswith((".", ":")) and \
        not match_label(following.text) and not dates.find_dates(text) and \
        not FINITE_VERB.search(text)


def _is_letterhead(lines: list[Line], i: int) -> bool:
    """A county/municipality letterhead ("Vestfold og Telemark" / "FYLKESKOMMUNE")."""
    text = lines[i].body
    if _LETTERHEAD_TAIL.match(text):
        return True
    if i + 1 < len(lines) and _LETTERHEAD_TAIL.match(lines[i + 1].body) and len(text) < 40:
        return True
    return bool(_letterhead_line(text)) and i < 2 and not _NOT_LETTERHEAD.search(text)


# What a running page header holds beside its owner's name: the minutes' word, a date or
# the page's number ("Østfold fylkeskommune ⇥ Referat nettverksmøte ⇥ Side 1").
_PAGE_HEADER_REST = lazy_regex(r"\b(?:referat|protokoll|møtebok|notat|side\s+\d|page\s+\d|"
                               # or the letter's filing reference at the right margin
                               # ("Interkommunalt arkiv Nord IKS ⇥ Arkivsak 25/014")
                               r"arkivsak|arkivkode|saksnr|vår\s+ref)|"
                               r"\d{1,2}\.\d{1,2}\.\d{2,4}", re.I)


def _header_owner_cell(text: str, body: str | None = None) -> str | None:
    """The first cell of a PDF's running page header at the top ("Østfold fylkeskommune ⇥
    Referat nettverksmøte ⇥ Side 1"), when the rest names the minutes, a date or the
    page, or the body that met (``body``: "Regionrådet for Midt-Dal ⇥ Faggruppe
    landbruk"): the organisation whose template it is, a letterhead as a line of its own
    is."""
    first, _, rest = text.partition("\t")
    if _PAGE_HEADER_REST.search(rest):
        return first.strip()
    named = rest.strip().casefold()
    return first.strip() if body and len(named) >= 4 and (
        named in body.casefold() or body.casefold() in named) else None


# KS's regional office by its county's name ("KS Agder", "KS Troms og Finnmark"), which
# heads the minutes of the networks it hosts for the municipalities.
_KS_OFFICE = lazy_regex(r"KS(?: [A-ZÆØÅ][\w-]+){1,2}(?: og [A-ZÆØÅ][\w-]+)?")


def _county_of_region(letterhead: str, region: str) -> bool:
    """Whether a letterhead names the county municipality of the region a title names
    ("Innlandet fylkeskommune" over "… i Innlandet"): the body is the county's, which
    is its parent, as a network's county hosting it is (a council or club named in the
    letterhead is another's, and a municipality's own region is no county)."""
    folded = letterhead.casefold()
    if folded[:3] == "ks " and _KS_OFFICE.fullmatch(letterhead):
        # KS's regional office ("KS Agder" over "KS-nettverk for kommunedirektører i
        # Midt-Agder"): its network for the county or a part of it, the office its parent
        place, _, county = region.casefold().rpartition("-")
        return folded[3:] == region.casefold() or (
            place in PLACE_PREFIXES and county in folded[3:].split())
    if len(letterhead) == len(region) + 14:
        return folded == f"{region.casefold()} fylkeskommune"
    # a part of the county by its quarter (a place's first word, ``PLACE_PREFIXES``:
    # "Vestfold og Telemark fylkeskommune" over "… i Vest-Telemark", "Troms
    # fylkeskommune" over "… i Nord-Troms"): still the county's
    quarter, _, county = region.casefold().partition("-")
    return quarter in PLACE_PREFIXES and folded.endswith(" fylkeskommune") and \
        county in folded[:-14].split()


def _organising_county(lines: list[Line], region: str) -> str | None:
    """The county municipality of the region a title names when a head's "Arrangør:"
    line names it ("Arrangør: Vestfold fylkeskommune, seksjon for kultur" over "…
    kulturnettverket i Vestfold"): the parent, as its letterhead would be; its section
    after a comma is part of it, not another organiser."""
    for line in lines:
        if "arrang" not in line.lowered:
            continue  # (most lines)
        found = _ORGANISER_IN_LINE.search(line.body)
        if found and _county_of_region(who := found["who"].split(",")[0].strip(), region):
            return who
    return None


def council_of_region(letterhead: str, region: str) -> bool:
    """Whether a letterhead names the council of the one-word region a body's name ends
    in ("Glåmdal regionråd" over "… i Glåmdalen", "Hardangerrådet IKS" over "… i
    Hardanger", "Vest-Dalsrådet" over "… i Vest-Dal"): a separate parent the text names,
    which the guide prefers to the region the name holds (as a county's letterhead is,
    ``_county_of_region``)."""
    if " " in region or len(region) < 4 or \
            not (_council_letterhead(letterhead) or one_word_council(letterhead)):
        return False
    words = letterhead.casefold().split()
    stem = words[1] if words[0] == "regionrådet" and len(words) > 1 else words[0]
    stem, place = stem.removesuffix("rådet"), region.casefold()
    return len(stem) >= 4 and (place.startswith(stem) or stem.startswith(place))


# The host municipality of a joint service, on the letterhead's second line: "Vertskommune
# Nord-Fron", "Vertskommune: Sel".
_HOST_MUNICIPALITY = lazy_regex(r"vertskommune(?:n)?\s*:?\s+[A-ZÆØÅ][\w-]+(?:\s+kommune)?$",
                                re.I)


def _hosted_service(lines: list[Line], i: int) -> bool:
    """Whether line ``i`` at the top names a joint service over the line that names its
    host municipality ("Midt-Dal barnevern" / "Vertskommune Nordby"): the letterhead of the
    service the body serves, though its name has no organisation's form."""
    if i + 1 >= len(lines) or not lines[i + 1].lowered.startswith("vertskommune"):
        return False
    line = lines[i]
    return len(line.body) < 50 and line.body[:1].isupper() and not match_label(line.text) and \
        _HOST_MUNICIPALITY.fullmatch(lines[i + 1].body) is not None


def _service_over_host(lines: list[Line]) -> tuple[str, str | None] | None:
    """(body, organization) from a joint service's own banner over its host's line
    ("Legevakta i Hallingdal" / "Ål kommune", "Nordfjell legevakt" / "Vertskommune: Sørby
    kommune") when the title names no body ("Referat frå møte 3. mars"): the service met,
    read as its banner alone is (the region after "i" its parent), and the host
    municipality's line is the host's, neither the body nor its parent; None when the
    top lines are no such pair."""
    for i in range(min(2, len(lines) - 1)):
        text, host = lines[i].body, lines[i + 1].body
        if len(text) >= 50 or not text[:1].isupper() or match_label(lines[i].text) or \
                not (names_service(text.partition(" ")[0]) or names_shared_service(text)):
            continue
        if _hosted_service(lines, i) or (host.endswith(" kommune") and _letterhead_line(host)):
            body, organization = body_and_organization(text)
            return body or text, organization
    return None


def _hosts_letterhead(lines: list[Line], name: str) -> bool:
    """Whether the letterhead is a joint service over its host's line ("Barnevernet i Dal" /
    "Vertskommune: Nordby kommune"): the service, the parent of the cooperation's council
    whatever the title calls it ("Møtebok – samarbeidsutvalet"), no host's letterhead."""
    return any(lines[i].body == name and _hosted_service(lines, i)
               for i in range(min(2, len(lines))))


def letterhead(lines: list[Line], limit: int) -> str | None:
    """The organisation named by a letterhead at the very top, in normal case."""
    for i, line in enumerate(lines[:min(limit, 4)]):
        if i < 2 and _hosted_service(lines, i):
            return line.body  # "Midt-Dal barnevern" / "Vertskommune Nordby"
        if i + 1 < len(lines) and lines[i + 1].lowered in _COOPERATION_TAGLINES and \
                _word_mark(line.body):
            # "HALLINGDAL" / "Interkommunalt samarbeid": a logo's name over what it is
            # (beside a project's block, read first: "Prosjekt X" / "Arkivsak 25/311")
            return line.body.title() if line.body.isupper() else line.body
        if i + 1 < len(lines) and _LETTERHEAD_TAIL.match(lines[i + 1].body) and \
                len(line.body) < 40 and not match_label(line.text) and \
                not _BARE_DOC_WORD.fullmatch(line.body.strip(" !:.")):
            # (but "MØTEPROTOKOLL" / "Regionrådet" is the title over the body that met)
            if letterhead_body(lines, limit):
                return line.body  # "Østre Agder" / "Regionrådet": the region's
            return f"{line.body} {lines[i + 1].body.lower()}"
        # ("Øst-Finnmark regionråd / Nuorta-Finnmárkku regionráđđi": its Norwegian name)
        text = _norwegian_name(line.body) if " / " in line.body else line.body
        if i < 2 and "\t" in text:
            text = _header_owner_cell(text) or text
        elif i < 2 and " · " in text and _letterhead_line(name := text.partition(" · ")[0]):
            text = name  # "Sogn regionråd · Kompetanseløftet": the council, then its programme
        elif i < 2 and " – " in text and (
                text.casefold().endswith(_DEPARTMENT_ENDINGS) or
                text.partition(" – ")[2].casefold().startswith(_DEPARTMENT_OPENINGS)):
            text = text.partition(" – ")[0]  # "Rogaland fylkeskommune – Regional- og
            # kulturavdelinga", "… – Seksjon for kultur": the county, then the department
            # of it that writes
        elif i < 2 and " – " in text and _work_of_letterhead(text.partition(" – ")[2]):
            text = text.partition(" – ")[0]  # "Dal kommune – kommunedelinga": the
            # municipality, then the work of its own the page is kept for
        if text[-1:] == ")":
            text = _without_founding_mark(text)
        if i < 2 and "for nye " in text and \
                (merger := _BODY_FOR_NEW_MUNICIPALITY.match(text)) is not None:
            # "Fellesnemnda for nye Vestby kommune" over or under a committee's title: the
            # municipality the merger makes, the parent of the bodies preparing it
            return merger.group("org")
        if i < 2 and text[:3] == "KS " and _KS_OFFICE.fullmatch(text):
            return text  # "KS Agder", "KS Møre og Romsdal": KS's regional office
        match = _letterhead_line(text)
        if match and i < 2 and (not _NOT_LETTERHEAD.search(text) or _company_of_place(
                name_in_normal_case(text) if text.isupper() else text)):
            # (a company of a place in capitals too: "KRISESENTERET I NORDVIK IKS")
            name = match.group(1)  # "ÅS KOMMUNE" → "Ås kommune"
            if name.isupper():  # (a company form stays in capitals: "VEST VATN IKS"; "og"
                # and "i" are small: "VANN OG AVLØP IKS" → "Vann og Avløp IKS")
                *place, kind = name.split()
                name = " ".join([*(w.title() if w not in ("OG", "I") else w.lower()
                                   for w in place),
                                 kind if kind in _CLUB_ACRONYMS else
                                 kind.title() if kind == "RÅDET" else kind.lower()])
            return name
        if i < 2 and text[:1].isupper() and (school := _education_institution(text)):
            return school  # "Universitetet i Vestfjord – Fakultet for helsevitskap",
            # "Fagskolen Nordland": the university or college whose partnership met
        if i == 0 and len(lines) > 1 and _cooperation_named_over_title(line.body, lines[1]):
            return line.body  # "Veterinærvaktsamarbeidet i Nordre Dal" / "Referat fra møte
            # i styringsgruppen": the cooperation whose group met, named over the title
        if i == 0 and len(lines) > 1 and _trust_and_municipalities(line.body) and \
                lines[1].lowered.startswith(MINUTES_TITLE_STARTS):
            return line.body  # "Helse Bergen HF og kommunane i opptaksområdet" / "Referat
            # frå Fagleg samarbeidsutval …": the health partnership whose forum met
        if i == 0 and len(lines) > 1 and lines[1].lowered[:1] in "aeih" and \
                _PROJECT_TAGLINE.match(lines[1].lowered) and _project_name_line(line.body):
            return line.body  # "CoFreight – Coastal Freight Hubs" / "Interreg North Sea
            # project 2024–2027 · Lead Partner: …": the project whose partners met
        if i < 2 and text[:18].casefold() == "driftsassistansen ":
            return text  # "Driftsassistansen for VA i Nordfjord": named by field and region
        if i < 2 and " " not in line.body and len(line.body) > 8 and \
                line.body.casefold().endswith(_COOPERATION_ENDINGS):
            return line.body  # "FJELLREGIONSAMARBEIDET" alone at the top
        if i < 2 and line.body[:12] == "Regionrådet " and \
                _COUNCIL_AND_REGION.fullmatch(line.body) is not None:
            return line.body  # "Regionrådet Vest": the council named by its region
        if i < 2 and names_destination(line.body):
            return line.body  # "Regionalparken Vassdalen", "Reisemål Indre Sogndal" over or
            # under the title: the park or destination whose council or group met
    return None


# The line under a project's name that says what it is: a programme's project ("Interreg
# North Sea project 2024–2027", "Et Interreg-prosjekt", "EU project under Horizon Europe"),
# lower-cased.
_PROJECT_TAGLINE = lazy_regex(r"(?:an?\s+|et\s+|eit\s+)?(?:interreg|eu|erasmus\+?|horizon)\b"
                              r"[^·|:]{0,50}?\b(?:project|prosjekt)\b")


def _project_name_line(text: str) -> bool:
    """Whether a top line is a project's name alone ("CoFreight – Coastal Freight Hubs"):
    short, capitalised, with no label, digit or minutes' word."""
    return 3 <= len(text) <= 60 and text[:1].isupper() and ":" not in text and \
        not any(char.isdigit() for char in text) and \
        not text.casefold().startswith((*MINUTES_TITLE_STARTS, "minutes", "innkalling", "agenda"))


def _education_institution(text: str) -> str | None:
    """The university, university college or vocational college a letterhead line names
    alone, or before a dash and the faculty or department that writes ("Universitetet i
    Vestfjord – Fakultet for helsevitskap", "Høgskulen på Vestlandet", "Nord universitet",
    "Fagskolen Nordland"): the institution, the owner of a partnership's minutes."""
    if "skole" not in text and "skule" not in text and "niversitet" not in text:
        return None
    name, dash, unit = text.partition(" – ")
    if dash and not unit.casefold().startswith(_FACULTY_OPENINGS):
        return None
    found = _EDUCATION_NAME.fullmatch(name.strip())
    return found.group(0) if found else None


# A university's or a college's name: "Universitetet i Agder", "Høgskulen på Vestlandet",
# "Nord universitet", "Fagskolen Innlandet", "Fagskulen Vestland".
_EDUCATION_NAME = lazy_regex(r"(?:Universitetet|Høgskolen|Høgskulen|Høyskolen)\s+(?:i|på)\s+"
                             r"[A-ZÆØÅ][\w-]+(?:\s+(?:og\s+)?[A-ZÆØÅ][\w-]+){0,2}|"
                             r"(?:Fagskolen|Fagskulen)(?:\s+(?:i\s+)?[A-ZÆØÅ][\w-]+){1,2}|"
                             r"[A-ZÆØÅ][\w-]+\s+universitet")
# How a faculty's or department's name opens after the institution's dash: a unit's word
# (``participants.UNIT_WORDS``), then its fields ("Fakultet for helsevitskap").
_FACULTY_OPENINGS = tuple(f"{word} for " for word in sorted(UNIT_WORDS))


# A health partnership named by its parties over the title: the hospital trust and the
# municipalities it serves ("Helse Bergen HF og kommunane i opptaksområdet", "Sykehuset
# Innlandet HF og kommunene i Innlandet").
_TRUST_AND_MUNICIPALITIES = lazy_regex(r"[A-ZÆØÅ][\w-]*(?:\s+[A-ZÆØÅ][\w-]*){0,3}\s+HF\s+og\s+"
                                       r"(?:dei\s+|de\s+)?(?:kommunane|kommunene)"
                                       r"(?:\s+(?:i|på)\s+[\w-]+)?")


def _trust_and_municipalities(name: str) -> bool:
    """Whether a letterhead names a health partnership by its parties ("Helse Bergen HF og
    kommunane i opptaksområdet"): the cooperation itself, whose forum's title says
    "samarbeidsutval", no host of it."""
    return " HF og " in name and _TRUST_AND_MUNICIPALITIES.fullmatch(name) is not None


# The words a minutes' title opens with, lower-cased (also where the minutes of the last
# meeting sent with a summons begin: ``minutes._without_attached_minutes``).
MINUTES_TITLE_STARTS = ("referat", "protokoll", "møtereferat", "møteprotokoll", "møtebok",
                        "styrereferat", "styreprotokoll")


def _cooperation_named_over_title(text: str, next_line: Line) -> bool:
    """Whether the top line names a cooperation by a compound on "-samarbeidet" and where
    ("Veterinærvaktsamarbeidet i Nordre Dal", "Innkjøpssamarbeidet for Dalane"), right
    over the minutes' own title: its letterhead, though its name has no organisation's
    ending."""
    first, _, rest = text.partition(" ")
    return names_cooperation_word(first) and rest.startswith(("i ", "for ")) and \
        len(text) < 60 and "." not in text and ":" not in text and \
        next_line.lowered.startswith(MINUTES_TITLE_STARTS)


# The line under a cooperation's word mark that says what it is, no part of its name
# ("HALLINGDAL" / "Interkommunalt samarbeid"), lower-cased.
_COOPERATION_TAGLINES = frozenset(("interkommunalt samarbeid", "interkommunale samarbeid",
                                   "regionalt samarbeid"))


def _word_mark(text: str) -> bool:
    """Whether a line is a logo's word mark, a place's name of one to three words with no
    digit, label or sentence ("HALLINGDAL", "Nord-Gudbrandsdal")."""
    words = text.split()
    return 1 <= len(words) <= 3 and len(text) <= 30 and text[:1].isupper() and \
        all(word.replace("-", "").isalpha() for word in words)


def _work_of_letterhead(rest: str) -> bool:
    """Whether what follows a letterhead's dash is one to three lower-case words naming the
    work the page is kept for ("kommunedelinga", "samanslåinga", "prosjekt nytt rådhus"),
    no title or label of its own."""
    words = rest.split()
    return 1 <= len(words) <= 3 and rest[:1].islower() and \
        all(word.isalpha() for word in words) and _NOT_LETTERHEAD.search(rest) is None


# How a department's name ends after its organisation's in a letterhead.
_DEPARTMENT_ENDINGS = ("avdeling", "avdelinga", "avdelingen", "seksjon", "seksjonen",
                       "sektor", "sektoren", "staben", "etaten", "kontoret",
                       # a county's vocational training unit: "Vestmark fylkeskommune –
                       # Fagopplæringen", nynorsk "Fagopplæringa"
                       "fagopplæringen", "fagopplæringa")


def _without_founding_mark(text: str) -> str:
    """A letterhead's name without the mark of a company not yet founded ("MIDT-AGDER VANN
    IKS (under stiftelse)", nynorsk "(under skiping)"): the interim board's company, by
    the name it will have."""
    name, _, mark = text.rpartition("(")
    return name.rstrip() if mark.casefold().startswith(("under stift", "under skip")) else text


def _cooperation_above(lines: list[Line], head: Head) -> str | None:
    """The cooperation a letterhead line names above the title, or a subtitle right under
    it, when the body that met is one of its own ("Regionrådet for Kystregionen" over
    "Protokoll fra møte i arbeidsutvalget", or "Referat fra møte i arbeidsutvalget" over
    "Kystregionen interkommunale politiske råd"): the body's parent. Not the body itself
    ("… i Regionrådet")."""
    top = head.title_line if head.title_line is not None else 2
    candidates = lines[:min(top, 2)]
    above = len(candidates)  # (a network only there: under the title it is the one met)
    if head.title_line is not None:
        under = head.title_line + 1
        if under < len(lines) and head.title and under + 1 < len(lines) and \
                head.title.endswith(f" {lines[under].body}"):
            under += 1  # "Referat" / "frå møte i faggruppa …": the title's second line
        candidates += lines[under:under + 1]
    for at, line in enumerate(candidates):
        text = _norwegian_name(line.body) if " / " in line.body else line.body
        if "\t" in text:  # a page header: the cooperation beside the body or the minutes
            text = _header_owner_cell(text, head.body) or text
        elif " · " in text:
            text = _name_before_address(text)
        if text.isupper() and " " not in text:
            text = _one_word_in_normal_case(text)  # "VEST-TELEMARKRÅDET"
        elif " " in text and text.isupper():
            text = _words_in_normal_case(text)  # "VASSOMRÅDE SUNNFJORD", "DIGI HALLINGDAL",
            # "REGIONRÅDET FOR NORDFJORD", "SUNNHORDLAND INTERKOMMUNALE SAMARBEID"
            if "ettverk for " in text:
                text = _network_field_in_small(text)  # "Nordisk nettverk for kystkultur"
        elif text[:11] in ("Sekretariat", "SEKRETARIAT"):
            text = secretariat_served(text) or text
        elif " – " in text or " - " in text:
            text = _beside_body(text, head.body) or text
        if (_COOPERATION_LETTERHEAD.match(text) or
                (at < above and (_NETWORK_LETTERHEAD.match(text) or (
                    "ettverk for " in text and _NETWORK_FOR_LETTERHEAD.match(text))))) and \
                not match_label(line.text) and \
                not council_of_a_kind(text) and head.body.casefold() not in text.casefold() and \
                not (head.title and _names_cooperation(head.title)):
            return text
        if at < above and names_crisis_centre(text) and \
                not match_label(line.text) and head.body.casefold() not in text.casefold():
            return text  # "Krisesenteret i Vesterdal" over "Referat fra samarbeidsrådet":
            # the centre whose board, council or staff met (its samarbeidsråd too, as 7296's
            # "Samarbeidsrådet for Krisesenteret i Vestfold")
    return None


# A region's network of a field on a letterhead over one of its groups: "Kystnettverket i
# Hardanger", "Folkehelsenettverket for Sunnfjord" (the network's word, then where). Only
# above another body: a line naming the network that met is its own name, not a parent.
_NETWORK_LETTERHEAD = lazy_regex(r"[A-ZÆØÅ][a-zæøå-]{3,30}nettverket\s+(?:i|for|på)\s+"
                                 r"[A-ZÆØÅ][\w -]{1,40}$")


# … and a network named for its field, maybe with how far it reaches first: "Nordisk
# nettverk for kystkultur", "Nettverk for folkehelse i Sunnhordland" (over a group's
# title, "Referat fra styringsgruppemøte": the group's parent; in small letters after
# "for", as the corpus writes such networks, and a place after "i" with its capital).
_NETWORK_FOR_LETTERHEAD = lazy_regex(r"(?:Nettverk|Fagnettverk|[A-ZÆØÅ][a-zæøå]{3,20}\s+"
                                     r"(?:fag)?nettverk)\s+for\s+[a-zæøå][\w -]{2,40}$")


def _network_field_in_small(text: str) -> str:
    """A network's name read from capitals with its field in small letters ("Nordisk
    nettverk for Kystkultur" → "Nordisk nettverk for kystkultur"): the words after "for"
    up to a place's "i" or "på", which keeps its capital ("… for folkehelse i
    Sunnhordland")."""
    head, _, field = text.partition("ettverk for ")
    words = field.split(" ")
    for index, word in enumerate(words):
        if word in ("i", "på"):
            break
        if not word.isupper():  # (an acronym kept in capitals stays so: "for SLT")
            words[index] = word.lower()
    return f"{head}ettverk for {' '.join(words)}"


def _cooperation_of_region_above(lines: list[Line], head: Head) -> str | None:
    """The letterhead's cooperation when it is the one the body's name ends in, with
    the region read as the parent ("Museumssamarbeidet i Valdres" over "Referat frå møte
    i styringsgruppa for museumssamarbeidet i Valdres"): the group belongs to that
    cooperation, which serves the region, so the cooperation is the parent, as under a
    title naming the cooperation's word alone."""
    above = _cooperation_above(lines, head)
    if above is None:
        return None
    word = head.body.rsplit(" ", 1)[-1].casefold()
    folded = above.casefold()
    return above if folded.startswith(word + " ") and \
        folded.endswith(" " + head.organization.casefold()) else None


def _name_before_address(text: str) -> str:
    """A letterhead's name before its address on one line, parted by middle dots
    ("Hadeland og Land innkjøpssamarbeid · Gran kommune, Rådhusvegen 39, 2750 Gran"): the
    parts after the name hold the street, the post code or the phone (a digit), and the
    name alone is the cooperation; a line without such a part stays as it is."""
    name, _, rest = text.partition(" · ")
    return name if has_digit(rest) and not has_digit(name) else text


def _beside_body(text: str, body: str) -> str | None:
    """The other side of a letterhead's dash pair whose one side is the body that met
    ("Faggruppe kultur – Vest-Telemarkrådet" over "Møte i faggruppe kultur"): the
    cooperation the body belongs to, as the same pair in a title is read; None when
    neither side is the body."""
    parts = text.split(" – ", 1) if " – " in text else text.split(" - ", 1)
    folded = body.casefold()
    if parts[0].strip().casefold() == folded:
        return parts[1].strip()
    return parts[0].strip() if parts[1].strip().casefold() == folded else None


def secretariat_served(text: str) -> str | None:
    """The cooperation a secretariat's line names as the one it serves: a municipality's
    letterhead ("Nordby kommune" / "Sekretariat for Helsefellesskapet Vest"), a page's edge
    ("Vestlandsrådet – sekretariatet"), a date line or a signature ("Sekretariatet i
    Kinnarådet, 12. mai 2025", "For sekretariatet, Fjellregionen interkommunale politiske
    råd"): the name as written, not yet checked as a cooperation's; None for other lines."""
    found = _SECRETARIAT_LINE.match(text)
    return (found["name"] or found["before"]) if found else None


# A secretariat's line naming its cooperation: "Sekretariatet i Kinnarådet, 12. mai
# 2025", "For sekretariatet, Fjellregionen interkommunale politiske råd", "Sekretariat
# for Helsefellesskapet Vest", or the name first: "Vestlandsrådet, sekretariatet".
_SECRETARIAT_LINE = lazy_regex(
    r"^(?:(?:[Ff]or\s+)?(?:[Ss]ekretariat(?:et)?|SEKRETARIAT(?:ET)?)(?:,\s*|\s+(?:i|for|til)\s+)"
    r"(?P<name>[A-ZÆØÅ][\w-]*(?:\s+[\w-]+){0,5}?)|"
    r"(?P<before>[A-ZÆØÅ][\w-]*(?:\s+[\w-]+){0,5}?)\s*[,–-]\s*[Ss]ekretariatet)"
    r"\s*(?:[,.]|$)")


def _one_word_in_normal_case(text: str) -> str:
    """A one-word name a letterhead writes in capitals, in normal case: each part after a
    hyphen with its capital, as a place is written ("VEST-TELEMARKRÅDET" →
    "Vest-Telemarkrådet"), the word "rådet" or "samarbeidet" after a hyphen small
    ("MIDT-TELEMARK-RÅDET" → "Midt-Telemark-rådet")."""
    parts = text.split("-")
    return "-".join(part.lower() if index and part.lower() in ("rådet", "samarbeidet")
                    else part.capitalize() for index, part in enumerate(parts))


# The words of a cooperation's name written small after its first word ("Regionrådet for
# Nordfjord", "Sunnhordland interkommunale samarbeid", "Indre Sogn innkjøpssamarbeid"),
# lower-cased: the little words between (``NAME_LINK_WORDS``), and the kind of body by how
# its word ends (a body's definite word, ``BODY_WORD_ENDINGS``, its indefinite form, or the
# adjective before it).
_KIND_IN_NAME_ENDINGS = (*BODY_WORD_ENDINGS, "råd", "samarbeid", "samarbeidet", "nettverk",
                         "interkommunale", "interkommunalt", "politiske", "politisk",
                         "kompetanseregion", "kompetanseregionen")


# The fields a public service works in, by how their words end ("tannhelse", "folkehelse",
# "barnevern", "helse og omsorg"): common nouns, never a place's or a person's name. A body's
# noun and such words only ("SAMARBEIDSUTVALET TANNHELSE") name what the body is for, as
# "Samarbeidsutvalget for tannhelse" does, and keep their small letters. The fields a
# person's unit is named by (``participants.FIELD_UNITS``: "helse", "oppvekst",
# "samferdsel", "kulturarv" …), then those only a service's.
_SERVICE_FIELD_ENDINGS = (*sorted(FIELD_UNITS), "barnevern", "beredskap", "landbruk",
                          "opplæring", "utdanning", "tenester", "tjenester", "rusvern",
                          "miljøvern")


def _field_words_only(words: list[str]) -> bool:
    """Whether every word after a body's noun names a service's field (``_SERVICE_FIELD_
    ENDINGS``) or links two ("helse og omsorg"): no name among them to capitalise."""
    return any(word.lower().endswith(_SERVICE_FIELD_ENDINGS) for word in words) and \
        all(word.lower() in NAME_LINK_WORDS or word.lower().endswith(_SERVICE_FIELD_ENDINGS)
            for word in words)


def _words_in_normal_case(text: str) -> str:
    """A cooperation's name a letterhead writes in capitals, in normal case, as it is
    written in running text: each place's word with its capital ("VASSOMRÅDE SUNNFJORD" →
    "Vassområde Sunnfjord", "DIGI HALLINGDAL" → "Digi Hallingdal"), the little words and
    the body's kind after the first word small ("REGIONRÅDET FOR NORDFJORD" → "Regionrådet
    for Nordfjord", "SUNNHORDLAND INTERKOMMUNALE SAMARBEID" → "Sunnhordland interkommunale
    samarbeid"), a company form in capitals ("HARDANGER AVFALL IKS")."""
    words = []
    split = text.split()
    fields = len(split) > 1 and split[0].lower().endswith(BODY_WORD_ENDINGS) and \
        _field_words_only(split[1:])  # "SAMARBEIDSUTVALET TANNHELSE": what it is for
    for index, word in enumerate(split):
        lowered = word.lower()
        if word in _CLUB_ACRONYMS:
            words.append(word)
        elif index and (lowered in NAME_LINK_WORDS or lowered.endswith(_KIND_IN_NAME_ENDINGS) or
                        fields):
            words.append(lowered)
        else:
            words.append(_one_word_in_normal_case(word))
    return " ".join(words)


def name_in_normal_case(name: str | None) -> str | None:
    """The body's or its parent's name in normal case when the document shouts it in
    capitals ("STIFTELSEN NORDSKOG MUSEUM", "VEST-FINNMARK REGIONRÅD" on a letterhead): one
    rule for every path that reads a name, as a title's shouted body is read ("REFERAT
    ADMINISTRATIV GRUPPE" → "Administrativ gruppe"). A name of short capitals only ("KS",
    "NAV", "IKA", "LAMU") is an acronym, kept; so are a company form and a short acronym beside
    the words ("VA", "IKS")."""
    if not name or not name.isupper() or all(len(word) < 4 for word in name.split()) or \
            (len(name) <= 5 and name.isalpha()):
        return name  # ("LAMU", "NTNU": one short word in capitals is an acronym)
    cased = _words_in_normal_case(name).split()
    return " ".join(word if len(word) <= 2 and word.lower() not in NAME_LINK_WORDS and index
                    else new for index, (word, new) in enumerate(zip(name.split(), cased,
                                                                      strict=True)))


def _region_above(lines: list[Line], head: Head) -> str | None:
    """The region a cover's first line names alone over a title that names the body
    ("Hallingdal" / "Nettverk for barnevernsledere", "Indre Østfold" / "Folkehelse-
    nettverket"): the region the body serves, its organisation, as "Klimanettverket i
    Nordfjord" is read (and a region over "Regionrådet" on a letterhead). Only a region
    by its position ("Indre Østfold", "Midt-Troms") or a region name's ending
    ("…dal", "…fjord", "…land"), never a person's or a body's name. A running header
    that pairs the region with the body by a dash may stand a line further up, over a
    "Dato:" line ("Lillehammer-regionen – kommuneoverlegeforum")."""
    text = lines[0].body.strip(" .")
    paired = None
    if head.body is not None and (" – " in text or " - " in text):
        paired = _region_beside_meeting(text, head.body)
        text = paired or text
    if head.title_line != 1 and paired is None:
        return None  # (a line between: only a region the pair ties to the body)
    if head.title is None or head.body is None or \
            head.body.casefold() not in head.title.casefold() or \
            not _names_region(text, lines) or is_first_name(text.split(" ", 1)[0]) or \
            text.casefold() in head.body.casefold():
        return None
    return text


def _region_beside_meeting(text: str, body: str) -> str | None:
    """The region a running header or letterhead pairs by a dash with the body or its
    meeting's word ("Lillehammer-regionen – kommuneoverlegeforum" over the forum's
    minutes, "Sunnfjord og Ytre Sogn – koronamøte" over a "Regionalt koronamøte"): the
    side that is not the body, for ``_region_above`` to judge; None when neither side
    names the body."""
    parts = text.split(" – ", 1) if " – " in text else text.split(" - ", 1)
    folded = body.casefold()
    for side, other in (parts, parts[::-1]):
        side = side.strip().casefold()
        if len(side) > 3 and (side == folded or folded.endswith(f" {side}")):
            return other.strip()
    return None


def _names_region(text: str, lines: list[Line]) -> bool:
    """Whether a line alone names a region: by its position or its ending ("Indre
    Østfold", "Hallingdal"), two such joined by "og" ("Sunnfjord og Ytre Sogn"), or one
    name the document itself uses for a region (``_used_as_region``: "Valdres", "Salten"
    have no such ending)."""
    if " og " in text:
        return all(_REGION_LINE.fullmatch(part) for part in text.split(" og "))
    return _REGION_LINE.fullmatch(text) is not None or (
        _ONE_NAME.fullmatch(text) is not None and _used_as_region(text, lines))


def _used_as_region(name: str, lines: list[Line]) -> bool:
    """Whether the document uses a name as a region's: its municipalities ("Valdres
    kommunane", "Salten-kommunene") or a body or region in it ("regionrådet i Valdres",
    "kommunane i Salten"), as a deck's later slides name the region its cover set
    alone. (Only asked of a lone name on a cover's first line.)"""
    used = _region_use(name)
    return any(name in line.body and used.search(line.body) for line in lines[1:_REGION_SCAN])


@functools.lru_cache(maxsize=64)
def _region_use(name: str) -> re.Pattern[str]:
    """The ways a text uses ``name`` as a region's name (``_used_as_region``)."""
    word = re.escape(name)
    return re.compile(rf"\b{word}[- ]kommun(?:ane|ene|ar|er)\b|"
                      rf"\b(?:regionråd(?:et)?|regionen|kommunane|kommunene|kommunar|"
                      rf"kommuner|region)\s+(?:i|for)\s+{word}\b", re.I)


_REGION_SCAN = 300  # (the lines of a deck's slides looked through)
# A place's one name on a line alone: "Valdres", "Salten", "Nord-Fron".
_ONE_NAME = lazy_regex(r"[A-ZÆØÅ][a-zæøå]{2,}(?:-[A-ZÆØÅ][a-zæøå]+)?")


# A line naming a region alone: "Indre Østfold", "Midt-Troms", "Hallingdal", "Sunnhordland".
_REGION_LINE = lazy_regex(r"(?:Midt|Nord|Sør|Aust|Vest|Øst|Indre|Ytre|Øvre|Nedre|Midtre|Nordre|"
                          r"Søndre|Austre|Vestre|Østre)[ -][A-ZÆØÅ][a-zæøå]+|"
                          r"[A-ZÆØÅ][a-zæøå]+(?:dal|dalen|fjord|fjorden|land|landet|rike|"
                          r"fylke|øy|øyene|sund|ålen|mark|marka|marken)|"
                          # a town's region, hyphened: "Lillehammer-regionen"
                          r"[A-ZÆØÅ][a-zæøå]+-regionen")


def _named_parent_above(lines: list[Line], head: Head) -> str | None:
    """The club or association a short name line above the title names, when the body that
    met is one of its generic boards ("Fjordvik Vel" / "REFERAT FRA STYREMØTE", "Havbygd
    Idrettslag" / "Protokoll fra årsmøte"): the body's parent. The address, "Org.nr.",
    phone, e-mail, web and reference lines of a letterhead between them are skipped; any other line
    (a sentence, a date, a label) ends the search, and a name must end in a kind of
    organisation ("… Vel", "… Idrettslag", "… IL") so a person's name never qualifies."""
    if head.title_line is None or head.body is None or (
            _INITIALS_AT_END.sub("", head.body).casefold() not in _GENERIC_BODIES and
            not _main_board(head.body) and not _PROJECT_GROUP.match(head.body)):
        return None  # (also "Arbeidsutvalget (AU)", its initials after it)
    row = lines[head.title_line].cells
    if len(row) == 3 and names_club(row[0]):
        return row[0]  # "Fjordvik Vel    Referat styremøte    14.03.2023"
    own_line = None
    for line in reversed(lines[max(0, head.title_line - 8):head.title_line]):
        text = line.body.strip()
        if _is_contact_line(text) or text.casefold() == head.body.casefold() or \
                _is_date_line(text) or _PLACE_DATE.match(text) or _is_filing_field(line):
            continue  # also the body's own line ("Styret"), the letter's date and its
            # reference ("Vår ref.: 2025/14   Dato: 12. mars 2025")
        if own_line is None and _names_body_closer(text, head.body):
            own_line = text  # "Nordby idrettslag" / "Hovedstyret" / "Referat fra styremøte":
            continue  # the club's main board, named more closely than the title does
        if own_line is None and _area_board_in_full(text, head.body):
            head.body = text  # "Nasjonalparkstyret for Lyngvidda nasjonalpark" (a running
            return None  # header) / "PROTOKOLL FRÅ MØTE I NASJONALPARKSTYRET": the board in
            # full, named after the area it manages, no parent
        if _is_parent_name(line) or (own_line is None and _assembly_of_named_body(head.body, line)):
            if own_line:
                head.body = own_line
            # ("Oarje-Finnmárkku regionráđđi / Vest-Finnmark regionråd": its Norwegian name)
            return _norwegian_name(text) if " / " in text else text
        if (" – " in text or " - " in text) and (pair := _club_dash_board(text, head.body)):
            if head.body[-1:] != ")":  # (the title's "Arbeidsutvalget (AU)" stays as written)
                head.body = pair[1]  # "Nordby idrettslag – Hovedstyret" / "Referat fra styremøte"
            return pair[0]
        break
    for below in lines[head.title_line + 1:head.title_line + 3]:
        if _is_parent_name(below) and not below.lowered.endswith(_PLACES):
            return below.body.strip()  # "Referat fra styremøte" / "Fjordvik Vel"
        if not _meeting_line(below):
            break  # (also under the meeting's own line: "Referat" / "Styremøte 3/2025" /
            # "Fjordvik Vel")
    return None


def _assembly_of_named_body(body: str, line: Line) -> bool:
    """Whether a name line above the title names the council, network or forum whose annual
    meeting or representantskap met ("Glåmdal friluftsråd" / "PROTOKOLL ÅRSMØTE 2025",
    "Folkehelsenettverket i Østfold" / "Referat fra årsmøtet 2025"). Such a body has an
    assembly only as an association of its members, so the name is the assembly's parent
    though it ends in no club's word (``_is_parent_name``); a short capitalised name with a
    body's stem, no digits, marks or label."""
    if body.casefold() not in _ASSEMBLIES:
        return False
    text = line.body.strip()
    words = text.split()
    return 2 <= len(words) <= 6 and text[:1].isupper() and not line.is_table and \
        _BODY_STEMS.search(text) is not None and \
        not any(c.isdigit() or c in ",:;.!?()" for c in text) and \
        not match_label(line.text) and words[0].casefold() not in _ADDRESS_WORDS


def _meeting_line(line: Line) -> bool:
    """A short line that only names the meeting under a bare title ("Styremøte 3/2025",
    "Styremøte 4. mars 2025"): a name line may stand under it as under the title."""
    return len(line.body) < 40 and "møte" in line.lowered and ":" not in line.body and \
        "neste" not in line.lowered


def _group_named_beside(lines: list[Line], head: Head) -> tuple[str, str | None] | None:
    """The network or group the title's meeting word names only generically ("Referat frå
    nettverksmøte": Nettverket), named in full on the line right above or below the title
    ("Nettverk for kulturkontakter i Hardangerrådet", "Barnehagenettverket i Midtfjord"):
    the body as the document names it, with its parent. Only a line without digits or a
    label, whose own body holds the same group word."""
    if head.title_line is None or head.body is None:
        return None
    stem = head.body.casefold().removesuffix("et").removesuffix("en").removesuffix("a")
    for index in (head.title_line - 1, head.title_line + 1):
        if not 0 <= index < len(lines):
            continue
        text, beside = _group_cell(lines[index], stem)
        if stem not in text.casefold() or len(text) > 80 or dates.DIGIT.search(text) or \
                match_label(lines[index].text):
            continue
        body, organization = _name_in_capitals(text, lines) if text.isupper() else \
            body_and_organization(text)  # ("IKT-LEDERNETTVERKET I GUDBRANDSDALEN")
        if body and " " in text and _group_word_leads(body, stem):
            if organization is None and " – " in body:
                body, organization = _group_then_region(body, stem)
            if organization is None and beside is None and index > head.title_line:
                beside = _owner_line_under(lines, index)  # "Fagnettverk for stedsutvikling"
                # / "Buskerud fylkeskommune" under the title: the network's parent below it
            return body, organization or beside
        if " – " in text and (group := _group_of_network(text, stem)):
            return group
    return None


# A gathering of a season or a kind with its year, as a deck's cover titles it: "Vårsamling
# 2026", "Haustsamling 2025", "Fagsamling 2024".
_SEASON_GATHERING = lazy_regex(r"[A-ZÆØÅ][a-zæøå]*samling(?:en)?\s+(?:19|20)\d\d")


def _body_under_gathering(lines: list[Line], title_line: int) -> tuple[str, str | None] | None:
    """The body named on the line right under a cover's gathering of the year ("Vårsamling
    2026" / "Barnehagenettverket Nordfjord" / "Stryn, 5. mars 2026"): a short line without
    digits, a label or a full stop that names a body, as (body, organization)."""
    if title_line + 1 >= len(lines):
        return None
    text = lines[title_line + 1].body.strip()
    if not text or len(text) > 70 or has_digit(text) or text.endswith((".", ":")) or \
            match_label(lines[title_line + 1].text) or not names_a_body(text):
        return None
    body, organization = body_and_organization(text)
    return (body, organization) if body else None


def _group_word_leads(body: str, stem: str) -> bool:
    """Whether a name opens on the group word, or on one word that qualifies it: "Nettverk
    for folkehelse", "Barnehagenettverket i Midtfjord", and "Fylkeskommunalt nettverk for
    folkehelse", "Regionalt nettverk …" (an adjective before the word), also before the
    word in a compound ("Regionalt næringsnettverk Vestdal", as the first word may be),
    and two compounds that share it ("Rus- og psykiatrinettverket i Nordfjord")."""
    words = body.casefold().split(" ", 3)
    return stem in words[0] or (len(words) > 1 and stem in words[1] and
                                words[0].endswith(("alt", "al", "ale", "sk", "ske"))) or \
        (len(words) > 2 and words[0][-1:] == "-" and words[1] in ("og", "eller") and
         stem in words[2])


def _group_then_region(body: str, stem: str) -> tuple[str, str | None]:
    """A group's name with the region it serves after a spaced dash ("Fylkeskommunalt
    nettverk for folkehelse – Søndre Østland"): the group, and the region as its parent
    (a short capitalised name without the group word)."""
    group, _, region = body.rpartition(" – ")
    region = region.strip()
    if not region[:1].isupper() or len(region.split()) > 3 or stem in region.casefold():
        return body, None
    return group.strip(), region


def _group_cell(line: Line, stem: str) -> tuple[str, str | None]:
    """The text of a line beside the title that may name its group, and the parent named
    beside it: a Word header of two cells puts the organisation's name at the left and
    the group's at the right ("Kristiansandregionen ⇥ Prosjektgruppe Digital
    hjemmeoppfølging"), so the cell holding the group word is the group's name and the
    other, a name without digits or label, its parent."""
    if len(line.cells) != 2:
        return line.body.strip(" ."), None
    first, second = line.cells
    own, other = (second, first) if stem in second.casefold() else (first, second)
    beside = other.strip() if other[:1].isupper() and len(other) < 60 and \
        not dates.DIGIT.search(other) and not match_label(other) else None
    return own.strip(" ."), beside


def _group_of_network(text: str, stem: str) -> tuple[str, str] | None:
    """A group and the network it belongs to on the line under a generic meeting word
    ("REFERAT FRA NETTVERKSMØTE" / "Faggruppe helse – Vestlandsnettverket for
    folkehelse"): the group before the dash met, in the network named after it, which
    holds the title's group word."""
    group, _, network = text.partition(" – ")
    if stem not in network.casefold() or " – " in network or not names_a_body(group) or \
            not group[:1].isupper() or len(group.split()) > 6:
        return None
    return group.strip(), network.strip()


def _meeting_for_body(body: str) -> bool:
    """Whether the body read from the title only names the meeting or its group
    generically: a meeting word as the name ("Prosjektmøte Nordlys") or the one group word
    a meeting word stands for ("Styringsgruppemøte 3" → Styringsgruppen)."""
    first = body.split(" ", 1)[0].casefold()
    return first.endswith("møte") or \
        (" " not in body and first.endswith(_GROUP_WORD_ENDINGS))


# The meeting told in a line of the head: "Referat frå møte i styringsgruppa for
# Bustadløftet, 9. mars 2026 kl. 13.00 …", "Møte i prosjektgruppen for Nordlys." – the
# group's name up to the day, the hour, the place or the sentence's end (a year in the
# name stays: "styringsgruppa for Fjordbyen 2030").
_MET_IN_GROUP = lazy_regex(r"\b(?:møte|møtet)\s+i\s+(?P<group>[a-zæøå][\w-]*"
                           r"(?:\s+(?:for|i|til)(?:\s+(?!kl\b|den\b|på\b|pa\b|ble\b|vart\b|var\b)"
                           r"[\wæøåÆØÅ-]+){1,5}?)?)\s*"
                           r"(?=[,.;:(]|\s+(?:kl\b|den\b|på\b|\d{1,2}\.[\s\d]|\d{1,2}/\d)|$)",
                           re.I)


def _group_met_in_head(lines: list[Line], head: Head, limit: int) -> tuple[str, str | None] | None:
    """The group the head's own words (the lines before ``limit``, where the items
    start) say met ("… møte i styringsgruppa for Bustadløftet,
    9. mars …"), when the title names the meeting only ("Styringsgruppemøte 3",
    "Prosjektmøte Nordlys"): the body as the document names it, with its parent. A group
    word in the title must be the same group ("Styringsgruppemøte" by "styringsgruppa")."""
    title_body = head.body or ""
    generic = not title_body.split(" ", 1)[0].casefold().endswith("møte")
    stem = title_body.casefold().removesuffix("en").removesuffix("et").removesuffix("a")
    for line in lines[:limit]:
        if line.index == head.title_line or "møte" not in line.lowered or \
                match_label(line.text) or (found := _MET_IN_GROUP.search(line.body)) is None:
            continue
        body, organization = body_and_organization(found.group("group"))
        if body is None or " " not in body or (generic and not body.casefold().startswith(stem)):
            continue
        return body, organization
    return None


# The group a head line says met, named by its field and the places it serves, a list of
# them allowed: "… møte i samarbeidsgruppen for gravplassforvaltning i Seljord, Kviteseid
# og Tokke, tirsdag …" (up to the comma, stop or end after the places).
_MET_IN_FIELD_GROUP = lazy_regex(r"\b(?:møte|møtet)\s+i\s+(?P<group>[a-zæøå][\w-]*\s+for\s+"
                                 r"[^,.;:]+?(?:,\s+[A-ZÆØÅ][\w-]*)*"
                                 r"(?:\s+og\s+[A-ZÆØÅ][\w-]*)?)(?=[,.]|$)", re.I)


def _group_on_topic_in_head(lines: list[Line], head: Head,
                            limit: int) -> tuple[str, str | None] | None:
    """The group a head line says met when the title names a joint meeting by its topic
    alone ("Gravplassforvaltning – samarbeidsmøte"): a topic is no body, the group "for"
    that topic is ("Referat fra møte i samarbeidsgruppen for gravplassforvaltning …").
    None when no head line names a group whose name holds the topic, or when the title's
    word names a body itself."""
    topic = (head.body or "").casefold()
    if not topic or names_a_body(topic):
        return None
    for line in lines[:limit]:
        if line.index == head.title_line or topic not in line.lowered or \
                (found := _MET_IN_FIELD_GROUP.search(line.body)) is None or \
                topic not in found.group("group").casefold():
            continue
        body, organization = body_and_organization(found.group("group"))
        if body is not None:
            return body, organization
    return None


# A network's or a working group's body word, as a meeting word names it generically.
_GROUP_WORD_ENDINGS = ("nettverket", "gruppa", "gruppen", "forumet")


# The words of a gathering held on a topic, not a body that meets: "Dialogmøte om …",
# "Verksted om …", "Workshop – …", "Samling om …".
_GATHERING_WORDS = frozenset({"dialogmøte", "verksted", "verkstad", "workshop", "seminar",
                              "arbeidsverksted", "arbeidsverkstad",
                              "fagdag", "fagsamling", "samling", "konferanse", "temamøte",
                              "innspelsmøte", "innspillsmøte", "idédugnad", "idedugnad",
                              # held on the web or over a morning: "Webinar om …"
                              "webinar", "nettseminar", "frokostseminar", "frukostseminar",
                              "fagseminar", "temadag",
                              # the first gathering of a new network or project: "Kick-off
                              # Startup-nettverk Hamar", "Oppstartsmøte for …"
                              "kick-off", "kickoff", "oppstartsmøte"})


def _gathering_on_topic(body: str) -> bool:
    """Whether the body read from the title is a gathering held on a topic ("Dialogmøte
    om vannforvaltning", "Verkstad om kystsoneplan"), which names no body that met. A
    network's gathering with its field after it ("Nettverkssamling folkehelse") is one
    too; alone it is the network's own ("Nettverket")."""
    first, _, rest = body.partition(" ")
    first = first.casefold().strip(":–-")
    return first in _GATHERING_WORDS or (first == "nettverkssamling" and bool(rest.strip())) or (
        first.endswith(_TOPIC_GATHERING_ENDINGS) and gathering_body(first) is None)


# A gathering named by its topic in one word ("Klimaseminaret", "Bolysttemadagen",
# "Ungdomskonferansen"): a topic, no body, unless its first part names one
# ("Nettverkssamlingen").
_TOPIC_GATHERING_ENDINGS = ("seminaret", "konferansen", "webinaret", "temadagen")


# A body's word after a gathering's: its definite form ("Dialogmøte IKT-nettverket Midt"),
# or a network's name in the indefinite form ("Kick-off Startup-nettverk Gjøvik").
_HELD_BY_ENDINGS = (*BODY_WORD_ENDINGS, "-nettverk")


def _body_after_gathering(body: str) -> str | None:
    """The body a gathering's word is followed by ("Dialogmøte IKT-nettverket Midt",
    "Workshop i styringsgruppa for X"), written as a body's definite form, or None."""
    rest = body.split(" ", 1)[1] if " " in body else ""
    rest = re.sub(r"^(?:[–-]\s+|(?:i|med|for)\s+)", "", rest)
    first = rest.split(" ", 1)[0].casefold()
    if not first.endswith(_HELD_BY_ENDINGS) or len(rest.split()) > 8:
        return None
    return rest[:1].upper() + rest[1:]


# The organiser's label over a gathering: "Arrangør: Nettverk for …", nynorsk "Arrangør:",
# "Arrangørar:", "Arrangert av: …", "Arrangert av …" (the value a body's name).
_ORGANISER = lazy_regex(r"(?i:arrangør(?:ar|er)?|arrangert\s+av|skipa\s+av|fra(?=:))\s*:?\s+"
                        r"(?P<who>\S.*?)[ .]*$")


def _organiser_body(lines: list[Line]) -> str | None:
    """The body a header's "Arrangør:" line names ("Nettverk for arealplanleggere i
    Trøndelag"): a webinar, seminar or fagdag on a topic is held by the body that
    arranged it, whose meeting the summary records; a host that names no body (a
    municipality, a company) is left, the topic body then stays."""
    for line in lines:
        if "arrang" not in line.lowered and "skipa av" not in line.lowered and \
                not line.lowered.startswith("fra:"):
            continue  # (most lines; a memo's sender, "Fra: Klimanettverket i X", too)
        found = _ORGANISER.match(line.body)
        if found and names_a_body(found["who"]):
            return found["who"]
    return None


# The organiser named after a sentence on the same line ("Nettverk for kommunal
# kulturminneforvaltning. Arrangør: Nordvik fylkeskommune") or at the line's start.
_ORGANISER_IN_LINE = lazy_regex(r"(?:^|[.;]\s+)(?i:arrangør(?:ar|er)?|arrangert\s+av|skipa\s+av)"
                                r"\s*:?\s+(?P<who>\S.*?)[ .]*$")
# A county's administration by its name ("Nordvik fylkeskommune", "Fylkeskommunen").
_COUNTY_ORGANISER = lazy_regex(r"(?:\w+\s+){0,3}fylkeskommunen?", re.IGNORECASE)
# A regional council by its name: "Hallingdal regionråd", "Regionrådet for Hallingdal",
# "Fjellregionrådet", "Vestlandsrådet", "Innlandsrådet", "Valdres interkommunale politiske
# råd" (the form the law gives regional councils).
_REGIONAL_COUNCIL = lazy_regex(
    r"(?:[\w-]+\s+){0,3}(?:\w*regionråd(?:et)?|interkommunal[te]?\s+politisk[e]?\s+råd(?:et)?)"
    r"(?:\s+(?:for|i)\s+[\w-]+(?:\s+[\w-]+){0,2})?|[A-ZÆØÅ]\w*landsrådet", re.IGNORECASE)


def _organiser_parent(lines: list[Line], body: str) -> str | None:
    """The county or regional council that a header's "Arrangør:" line names ("Arrangør:
    Nordvik fylkeskommune", "Arrangert av Hallingdal regionråd") under a network's or
    forum's own name: a county's networks (for folkehelse, kulturminner, planleggere) are
    run by its administration, a region's by its council of municipalities, and that is
    the parent the body serves. A municipality as organiser is left: meetings of a
    regional network move from host to host, and the host is no parent. Nor is the body
    itself ("Arrangør: Regionrådet" over the council's own seminar)."""
    for line in lines:
        if "arrang" not in line.lowered and "skipa av" not in line.lowered:
            continue  # (most lines)
        found = _ORGANISER_IN_LINE.search(line.body)
        if not found:
            continue
        who = found["who"]
        if _COUNTY_ORGANISER.fullmatch(who) and not names_a_body(who):
            return who
        if _REGIONAL_COUNCIL.fullmatch(who) and who.casefold() not in body.casefold() and \
                body.casefold() not in who.casefold():
            return who
    return None


def _body_line_under_title(lines: list[Line], title_line: int) -> tuple[str, int] | None:
    """A body's name alone on the line under the title ("Vannområdeutvalget for Indre
    Fjordane", "Friluftsrådet Vest"), and that line's index: a short line, no label nor
    sentence, whose first word is a body's definite form. Under a bare "Referat" the
    gathering's own line may come first ("Referat" / "Workshop om næringsareal" /
    "Regionrådet for Hallingdal"): then the line under that one."""
    under = title_line + 1
    if under + 1 < len(lines) and _gathering_on_topic(lines[under].body):
        under += 1
    if under >= len(lines):
        return None
    line = lines[under]
    text = line.body.strip(" *_")
    if " – " in text and _gathering_on_topic(text.split(" – ", 1)[1]):
        text = text.split(" – ", 1)[0]  # "Glåmdal regionråd – workshop om beredskap"
    if " og " in text and (side := _body_beside_partner(text)):
        text = side  # "Hadeland regionråd og Innlandet fylkeskommune": the council met
    words = text.split()
    if not text[:1].isupper() or len(words) > 8 or ":" in text or \
            text.endswith((".", ",")) or not _body_word_opens_or_ends(words) or \
            match_label(line.text) is not None or dates.has_digit(text):
        return None
    return text, under


def _summary_of_dialogue(title: str | None) -> bool:
    """Whether a title is a summary or note of a gathering word alone ("Oppsummering fra
    dialogmøte", "Kort referat frå dialogmøtet"): the kind of meeting names no body, so
    the body named under the title held it, as under "… fra workshop"."""
    if not title or "ialogm" not in title:
        return False
    last = title.rsplit(" ", 1)[-1].casefold().rstrip(" .:")
    return last in ("dialogmøte", "dialogmøtet") and _DOC_PREFIX.match(title) is not None


def _body_word_opens_or_ends(words: list[str]) -> bool:
    """Whether a name's first word is a body's definite form ("Friluftsrådet Vest"), or a
    body noun opens it before "for" ("Nettverk for stadutvikling") or ends it after a
    place ("Glåmdal regionråd"): the forms a body's own name takes on a line of its own."""
    first, last = words[0].casefold(), words[-1].casefold()
    return first.endswith(BODY_WORD_ENDINGS) or \
        (len(words) > 2 and words[1] == "for" and names_a_body(first)) or \
        (1 < len(words) <= 3 and names_a_body(last) and last.isalpha())


def _body_beside_partner(text: str) -> str | None:
    """The one side of "X og Y" under a dialogue meeting's title that names a body, when
    the other is an organisation ("Hadeland regionråd og Innlandet fylkeskommune"): the
    body held the meeting with its partner, who is no parent of it. None when both or
    neither side name a body."""
    left, right = text.split(" og ", 1)
    sides = [side for side in (left, right) if names_a_body(side)]
    return sides[0] if len(sides) == 1 and _PARENT_FORM.search(right if sides[0] == left
                                                                else left) else None


def _owner_line_under(lines: list[Line], index: int) -> str | None:
    """The organisation named alone on the line under a body's line in the head
    ("Fagnettverk for stedsutvikling" / "Buskerud fylkeskommune"): the body's parent, as
    a second heading under the title names it (``_parent_below``). Only a short line set
    apart, capitalised, that ends in an organisation's form ("… fylkeskommune", "…
    kommune", "… regionråd") or names a council in one word ("Midt-Telemarkrådet"); right
    under the body's line (a Markdown line break: "**Nettverk for X**  " / "Vestfold
    fylkeskommune") only an organisation's form of three words at most."""
    if index + 1 >= len(lines):
        return None
    line = lines[index + 1]
    text = line.body.strip(" *_")
    if not text[:1].isupper() or len(text.split()) > (5 if line.gap else 3) or \
            dates.has_digit(text) or match_label(line.text) is not None:
        return None
    return text if _PARENT_FORM.search(text) or (line.gap and one_word_council(text)) \
        else None


# A project's or a task's group named by its work ("Prosjektgruppe Grønn omstilling",
# "Arbeidsgruppa for felles innkjøp", "Styringsgruppen for X"): a group an organisation
# set up, whose name line above the title ("Numedal næringsforum") is its parent.
_PROJECT_GROUP = lazy_regex(r"(?:prosjekt|arbeids|styrings|referanse)grupp(?:e|a|en)\s", re.I)


def _main_board(body: str) -> bool:
    """A club's board named in one word: "Hovedstyret", "Driftsstyret"."""
    return " " not in body and body.casefold().endswith("styret")


def _club_dash_board(text: str, body: str) -> tuple[str, str] | None:
    """A club and its board on one line, "Nordby idrettslag – Hovedstyret": (club, board)
    when the board is the title's body or a closer name of it. The board's initials in
    brackets after it ("Sogn regionråd – arbeidsutvalet (AU)") stay with it as written."""
    club, _, board = re.sub(r"\s+-\s+", " – ", text).partition(" – ")
    board = board.strip()
    named = _INITIALS_AT_END.sub("", board) if board[-1:] == ")" else board
    body = _INITIALS_AT_END.sub("", body) if body[-1:] == ")" else body
    if (names_club(club) or (_named_board(club) and _WORKING_COMMITTEE.match(named))) and \
            (named.casefold() == body.casefold() or _names_body_closer(named, body)):
        return club.strip(), board
    return None


# A board named for what it governs, "Nasjonalparkstyret for Skjærvikfjellet",
# "Verneområdestyret for Kvitbergheia": the parent of its working committee.
_NAMED_BOARD = lazy_regex(r"^[A-ZÆØÅ][\wæøå-]*styret?\s+(?:for|i)\s+[A-ZÆØÅ]")
# That committee's word, after the dash: "… – arbeidsutvalget", "… – arbeidsutvalet (AU)"
_WORKING_COMMITTEE = lazy_regex(r"(?:arbeidsutvalget|arbeidsutvalet|au)$", re.I)


def _named_board(text: str) -> bool:
    """Whether a name is a board named for what it governs (``_NAMED_BOARD``)."""
    return "styre" in text and _NAMED_BOARD.match(text.strip()) is not None


# A body's initials in brackets after its name: " (AU)" in "arbeidsutvalet (AU)".
_INITIALS_AT_END = re.compile(r"\s+\([A-ZÆØÅ]{2,6}\)$")


def _board_under_club(lines: list[Line], title_line: int) -> str | None:
    """The board a one-word line names under a club's name taken for the title ("Nordby
    idrettslag" / "Hovedstyret" / "Dato: 12.03.2024"): the body that met, the club its
    parent. None unless the line is a board's name ("…styret", "…rådet", "…utvalget")."""
    if title_line + 1 >= len(lines) or not _is_parent_name(lines[title_line]):
        return None
    text = lines[title_line + 1].body.strip()
    if " " in text or not text[:1].isupper() or not text.casefold().endswith(
            _GOVERNING_SUFFIXES):
        return None
    return text


# How the first word of a working group's or a network's name ends: "Faggruppe kultur",
# "Arbeidsgruppa for …", "Nettverk for …" (a group of a council or a county, no parent).
_SUBGROUP_ENDINGS = ("gruppe", "gruppa", "gruppen", "nettverk", "nettverket")


def _cooperation_dash_group(body: str) -> str | None:
    """The cooperation a body's name gives before a dash, with its group in small letters
    after it ("Byvekstavtale Nordby – administrativ koordineringsgruppe", "Bypakke Sørby –
    faglig arbeidsgruppe"): the group met, the cooperation it serves is its parent. None
    unless the part after the dash ends in a group's word."""
    parent, _, group = body.partition(" – ")
    parent, group = parent.strip(), group.strip()
    if " " not in parent and _field_word(parent):
        return None  # "Introduksjonsprogrammet – fagnettverk": a field, the group's topic
    if not (parent[:1].isupper() and group[:1].islower()) or " – " in group or \
            not group.casefold().endswith(_DASH_GROUP_ENDINGS):
        return None
    return parent


# How a group's name after a cooperation's dash ends: "… – koordineringsgruppe", "…
# – arbeidsutval", "… – fagforum"; a host-municipality cooperation's "… – administrativt
# samarbeidsorgan".
_DASH_GROUP_ENDINGS = (*_SUBGROUP_ENDINGS, "utvalg", "utval", "forum", "samarbeidsorgan")


def _board_under_meeting_title(lines: list[Line], title_line: int, body: str) -> str | None:
    """The board a one-word line names right under a title that named its organisation as
    the one meeting ("Protokoll – møte i Friluftsrådet Nordkyst" / "Arbeidsutvalget",
    "Referat frå møte i Sunnfjord regionråd" / "Arbeidsutvalet (AU)"): the body that met,
    the title's its parent, as "AU" under its council elsewhere. None when the title's
    body is itself a board word, or the line is a group label over names ("Styret" /
    "Kari Holm"), or the title's body is a working group or network ("Minnepunkt frå møte
    i faggruppe kultur" / "Vest-Telemarkrådet"): such a group meets under a council, never
    above one, so the line names its parent (``_parent_below``)."""
    if title_line + 1 >= len(lines) or " " not in body or not body[:1].isupper() or \
            body.casefold() in _GENERIC_BODIES or \
            body.split(" ", 1)[0].casefold().endswith(_SUBGROUP_ENDINGS):
        return None
    line = lines[title_line + 1]
    written = line.body.strip()
    word = _INITIALS_AT_END.sub("", written)
    key = word.casefold()
    if " " in word or not word[:1].isupper() or line.is_table or key == body.casefold() or \
            (key not in _GENERIC_BODIES and not key.endswith(_GOVERNING_SUFFIXES)) or \
            match_label(line.text):
        return None
    if title_line + 2 < len(lines) and \
            _first_name_first(lines[title_line + 2].body.split(",", 1)[0].strip()):
        return None  # "Styret" / "Kari Holm, leder": the members' group, no heading
    return written


# "Møte i koordinatorgruppen", "Møte i arbeidsutvalet": the line under a title that named a
# network or cooperation, saying which of its groups met (a definite group word alone).
_GROUP_MEETING_LINE = lazy_regex(r"(?:møte|moete)\s+i\s+(?P<group>[a-zæøåA-ZÆØÅ-]{4,40}"
                                 r"(?:gruppen|gruppa|utvalget|utvalet|styret|rådet))",
                                 re.I)


def _group_meeting_under_title(line: Line, body: str) -> str | None:
    """The group a line alone under the title names as the one meeting ("Referat – Nordisk
    vennskapsnettverk" / "Møte i koordinatorgruppen"): the group met, the title's body
    is its parent; None when the line is anything else or names the title's body."""
    text = line.body.strip(" *_")
    if text[:1] not in "Mm" or len(text) > 60 or line.is_table or \
            (found := _GROUP_MEETING_LINE.fullmatch(text)) is None:
        return None
    group = found.group("group")
    if group.casefold() in body.casefold():
        return None
    return group[:1].upper() + group[1:]


def _same_council(body: str, organization: str) -> bool:
    """Whether a regional council is named twice, once by its region first: "Regionrådet
    for Valdres" (the body, from "Utvalg:") and "Valdres regionråd" (the letterhead) are
    one council, the cooperation itself, and no parent of its own; so are "Regionrådet
    Sunnhordland" (a case system's "Utval:", the region after the word) and the
    letterhead "SUNNHORDLAND REGIONRÅD"."""
    key = organization.casefold()
    if not key.endswith(" regionråd"):
        return False
    region = key[:-10]
    return body.casefold() in {f"regionrådet for {region}", f"regionrådet i {region}",
                               f"regionrådet {region}"}


def _letterhead_names_body(body: str, organization: str) -> bool:
    """Whether the parent read from a letterhead is the body's own full name: the body a
    title names by its one definite word ("Beredskapsrådet", "Klimautvalget") and the
    letterhead holding that word's indefinite form ("Interkommunalt beredskapsråd for
    Midt-Buskerud"), one body named twice rather than a body and its parent."""
    key = body.casefold()
    if " " in key or not key.endswith(_ONE_WORD_BODY_ENDINGS):
        return False
    stem = key[:-2]  # "beredskapsrådet" → "beredskapsråd", "klimautvalet" → "klimautval"
    return len(stem) > 6 and any(word.removesuffix("g") == stem.removesuffix("g")
                                 for word in organization.casefold().split())


# The definite endings of a body's one word whose indefinite form a letterhead writes
# (a part of ``BODY_WORD_ENDINGS`` on purpose: those whose stem is the word less "et")
_ONE_WORD_BODY_ENDINGS = ("rådet", "utvalget", "utvalet", "forumet", "nettverket")


# How a regional council's name ends: "Vestdal regionråd", and the form the law gives
# it, "Sunnhordland interkommunale politiske råd".
_COUNCIL_ENDINGS = ("regionråd", "politiske råd", "politisk råd",
                    # a mountain board of a state common (fjellova): the board that meets
                    # under its place's name ("Vinje fjellstyre"), no parent's letterhead
                    " fjellstyre")


def _council_letterhead(name: str) -> bool:
    """A letterhead that names a council, a body that meets itself: "Vestdal regionråd",
    "Sunnhordland interkommunale politiske råd", the region after the council's word
    ("Regionrådet Vest", "Regionrådet Nord-Gudbrandsdal"), and with its company form
    "Hardangerrådet IKS" (the council, organised as an IKS)."""
    key = name.casefold()
    return key.endswith(_COUNCIL_ENDINGS) or (key.endswith(" iks") and
                                         key[:-4].endswith(("rådet", "regionråd"))) or \
        (key.startswith("regionrådet ") and _COUNCIL_AND_REGION.fullmatch(name) is not None)


# "Regionrådet Vest", "Regionrådet Nord-Gudbrandsdal": the council's word, then its region
# by one or two capitalised words (not "Regionrådet vedtok …", a sentence).
_COUNCIL_AND_REGION = lazy_regex(r"Regionrådet\s+[A-ZÆØÅ][\w-]+(?:\s+[A-ZÆØÅ][\w-]+)?")


def _council_above(lines: list[Line], head: Head) -> str | None:
    """The council a letterhead line above the title names ("Lofotrådet", "Hallingdal
    regionråd", "Hardangerrådet IKS"): one word ending in "-rådet", or a council's
    letterhead name; a label, a sentence or a line with digits never is."""
    for line in lines[:min(head.title_line or 0, 3)]:
        text = line.body.strip()
        if len(text) > 50 or match_label(line.text) or \
                any(c.isdigit() or c in ":;.!?," for c in text):
            continue
        if _council_letterhead(text) or (" " not in text and len(text) > 7 and
                                          text[:1].isupper() and
                                          text.casefold().endswith("rådet")):
            return text.capitalize() if text.isupper() else text
    return None


def _body_named_in_letterhead(lines: list[Line], head: Head) -> str | None:
    """The full name of the body on a letterhead line at the top, when the title names the
    body only by its kind ("Vestlandsnettverket for folkehelse" over "Referat frå
    nettverksmøte" → that network, not "Nettverket"): the name's first word is a compound
    of the generic body (or the body's word itself in a cooperation's name: "Regionrådet
    for Setesdal" over "… møte i regionrådet"), and the line is a short name, no
    sentence, date or label."""
    for line in lines[:min(head.title_line or 0, 3)]:
        text = line.body.strip()
        first, _, rest = text.partition(" ")
        # (an area's board may be named for two areas: "Verneområdestyret for X nasjonalpark
        # og Y landskapsvernområde")
        long_board = len(text) <= 90 and fold(first).startswith(_AREA_BOARDS)
        if rest and (len(text) <= 60 or long_board) and \
                (_names_body_closer(first, head.body or "") or
                                          _kind_after_dash(text, head.body or "") or (
                # the cooperation itself by its full name over "… møte i regionrådet":
                # "Regionrådet for Setesdal" names the council the title calls by its kind
                # (not a council with an owner: "Samarbeidsrådet i Blåbærtua barnehage")
                first.casefold() == (head.body or "").casefold() and
                _COOPERATION_LETTERHEAD.match(text) is not None and
                body_and_organization(text) == (text, None))) and \
                not any(c.isdigit() or c in ":;.!?" for c in text) and \
                not _LETTERHEAD_NOT_BODY.search(text) and not match_label(line.text):
            # (in capitals, its places keep theirs: "GRENSERÅDET SOLØR–NORDVÄRMLAND" →
            # "Grenserådet Solør–Nordvärmland", as ``recased`` reads a shouted title)
            return recased(text.capitalize(), proper_nouns(lines)) if text.isupper() else text
    return None


# A health cooperation's top forum, named by its meeting: the text's own subject.
_MEETING_AS_BODY = ("Partnerskapsmøtet ", "Partnarskapsmøtet ")


def _meeting_named_as_body(lines: list[Line]) -> str | None:
    """The forum a partnership's minutes name by its meeting ("Partnerskapsmøtet vedtar
    handlingsplanen.") when the title gives only "Partnerskapsmøte": in a health
    cooperation of a trust and its municipalities that meeting is the body itself, as
    the text calls it, not "Partnerskapet"; None when no sentence opens with it."""
    for line in lines:
        text = line.body.rpartition(": ")[2]  # ("Vedtak: Partnerskapsmøtet …")
        if text.startswith(_MEETING_AS_BODY):
            return text.split(" ", 1)[0]
    return None


def _initials_spelled_out_above(lines: list[Line], head: Head) -> tuple[str, str | None] | None:
    """The body's full name and parent on a letterhead line above a title that names the
    body by its initials alone ("Praksiskonsulentordningen (PKO) ved Sykehuset Vest HF"
    over "Referat fra PKO-møte"): the name with the initials in brackets, the rest its
    parent, as such a title is read; no sentence, date or label."""
    mark = f"({head.body})"
    for line in lines[:min(head.title_line or 0, 3)]:
        text = line.body.strip()
        if mark in text and len(text) <= 90 and not text.startswith(mark) and \
                not any(c.isdigit() or c in ":;!?" for c in text) and not match_label(line.text):
            body, organization = body_and_organization(text)
            if body and body.endswith(mark):
                return body, organization
    return None


def _name_in_capitals(name: str, lines: list[Line]) -> tuple[str | None, str | None]:
    """The body and its parent from a name in capitals over the title ("POLITIRÅDET I
    ØSTBY" over "Møtereferat"): the words the document writes as names get their capitals
    back, and "Politirådet i Østby" is then read as in normal case."""
    body, organization = body_and_organization(name)
    if not body:
        return body, organization
    cased = proper_nouns(lines)
    body, organization = recased(body, cased), recased(organization, cased)
    if organization is None and (" i " in body or " for " in body):
        body, organization = body_and_organization(body)  # (also "POLITIRÅDET FOR X OG Y")
    return body, organization


def _field_compound_below(lines: list[Line], title_line: int, body: str) -> str | None:
    """The group's own name in the lines under a title that names its meeting by kind
    and field ("Referat fra nettverksmøte barnevern" gives "Nettverk barnevern", a name
    the document never writes), when the text calls the group by the compound of that
    field and kind ("Barnevernnettverket består av …", "Barnevernsnettverket"): the body
    as the document names it."""
    kind, _, field = body.partition(" ")
    if kind not in _TOPIC_KINDS or not field.isalpha() or not field.islower():
        return None
    stem = kind.casefold()
    names = {f"{field}{stem}{end}" for end in _TOPIC_KINDS[kind]} | \
        {f"{field}s{stem}{end}" for end in _TOPIC_KINDS[kind]}
    for line in lines[title_line + 1:title_line + 5]:
        lowered = line.lowered
        if field not in lowered:
            continue
        for word in line.body.split():
            if word.strip(" .,:;()«»").casefold() in names:
                return word.strip(" .,:;()«»")
    return None


# The kinds of group a title names by their field (``_topic_group``) and the endings of
# their compounds: "Barnevernnettverket", "Helsefaggruppen".
_TOPIC_KINDS = {"Nettverk": ("et", ""), "Faggruppe": ("n", "")}


def _owner_is_the_body(owner: str, body: str) -> bool:
    """Whether the name before the title's dash is the body its meeting word names only by
    kind ("Klimanettverk Vesterålen – referat fra nettverksmøte": the network, not the
    parent of "Nettverket"): the name's first word is a compound of that kind."""
    stem = _kind_stem(body)
    return len(stem) >= 5 and _kind_stem(owner.split(" ", 1)[0]).endswith(stem)


def _kind_stem(word: str) -> str:
    """A body's word without its definite ending: "Nettverket" → "nettverk"."""
    return word.casefold().removesuffix("et").removesuffix("en").removesuffix("a")


def _kind_after_dash(text: str, body: str) -> bool:
    """Whether a name ends, after a dash, in one small word that is a compound of the
    generic body the title gives ("Introduksjonsprogrammet – fagnettverk" over "Referat fra
    nettverksmøte"): the group as the document names it, its field before the dash."""
    name, dash, kind = text.rpartition(" – ")
    stem = _kind_stem(body)
    return bool(dash) and name[:1].isupper() and " " not in name and " " not in kind and \
        kind[:1].islower() and len(stem) >= 5 and len(_kind_stem(kind)) > len(stem) and \
        _kind_stem(kind).endswith(stem) and _field_word(name)


def _field_word(name: str) -> bool:
    """Whether a name is one definite word for a field or a programme, not a body
    ("Introduksjonsprogrammet", "Folkehelsearbeidet"; not "Regionrådet")."""
    return name.endswith(("et", "en")) and not names_a_body(name)


def _area_board_in_full(text: str, body: str) -> bool:
    """A line that names an area's board in full, the title's one word and "for" the area
    ("Nasjonalparkstyret for Lyngvidda nasjonalpark" over "Protokoll frå møte i
    nasjonalparkstyret"): the body as the document names it."""
    key = body.casefold()
    return key.startswith(_AREA_BOARDS) and len(text) <= 80 and \
        text.casefold().startswith(f"{key} for ") and not text.rstrip().endswith((".", ":"))


def _board_of_place(name: str) -> bool:
    """Whether a letterhead's "<Body> i <place>" names a board or council of that place
    ("Fjellstyret i Hovden", "Eldrerådet i Lia"), whose place is read apart as its parent,
    not a cooperation or network that is the region's own ("Regionrådet i Valdres",
    "Kompetansenettverket i Nordhordland"), whose name keeps its region."""
    first = name.partition(" ")[0].casefold()
    return not first.endswith(("nettverket", "nettverk")) and \
        _COOPERATION_LETTERHEAD.match(name) is None


def _names_body_closer(text: str, body: str) -> bool:
    """A one-word line that is a compound of the generic body the title gives
    ("Hovedstyret", "Driftsstyret" for "Styret"): the body as the document names it."""
    key = body.casefold()
    return " " not in text and text[:1].isupper() and len(text) > len(key) and \
        text.casefold().endswith(key)


def _is_contact_line(text: str) -> bool:
    """A letterhead's address, organisation number, phone, e-mail or web line."""
    return bool(CONTACT_MARK.search(text)) or bool(_POSTAL_LINE.search(text))


def _is_parent_name(line: Line) -> bool:
    """A short name line that ends in a kind of organisation: "Fjordvik Vel", "Havbygd
    Idrettslag", "Sørbygda IL", "Nordby skolekorps"."""
    text = line.body.strip()
    words = text.split()
    if not 2 <= len(words) <= 5 or not text[:1].isupper() or line.is_table or \
            any(c.isdigit() or c in ",:;.!?()" for c in text) or match_label(line.text) or \
            words[0].casefold() in _ADDRESS_WORDS or \
            (any(w in _PHRASE_WORDS for w in words) and not _company_of_region(words)):
        return False  # "Til medlemmene i Fjordvik Vel" addresses the club's members
    return names_club(text) or bool(_ORG_FORM.search(text)) or \
        (text[:1] in "KS" and _SERVICE_OF_REGION.match(text) is not None)


# A public service named by its kind, then the region it serves: "Karriere Vestland",
# "Karrieresenteret Sogn og Fjordane", "Karrieresenteret i Sørvika", "Studiesenteret
# Nordfjord" (the county's career centres and the municipalities' study centres; the
# place capitalised)
_SERVICE_OF_REGION = lazy_regex(r"^(?:Karriere|Karrieresenteret|Karrieresenter|Studiesenteret|"
                                r"Studiesenter)\s+(?:i\s+)?[A-ZÆØÅ][\w-]+(?:\s+og\s+"
                                r"[A-ZÆØÅ][\w-]+)?$")


def _company_of_region(words: list[str]) -> bool:
    """A company the municipalities own named by its service and region: "Krisesenteret i
    Telemark IKS", "Renovasjonen i Nordfjord AS". One "i" after the first word, before a
    capitalised place, and a company form in capitals at the end; a phrase ("Styremøte i
    Havna KF") names a meeting, not the company."""
    return len(words) >= 4 and words[1] == "i" and words[2][:1].isupper() and \
        words[-1] in _CLUB_ACRONYMS and "i" not in words[3:] and \
        "møte" not in words[0].casefold()


_ADDRESS_WORDS = {"til", "fra", "frå", "kopi", "vedr", "vedrørende", "ang", "angående", "gjelder"}
_PHRASE_WORDS = {"i", "til", "fra", "frå", "med", "hos", "på"}


def names_club(text: str) -> bool:
    """Whether a name of two words or more ends in a kind of association or company:
    "Havbygd Idrettslag", "Fjordvik vel", "Sørbygda IL", "Norges Korforbund"."""
    words = text.split()
    return len(words) >= 2 and text[:1].isupper() and (
        words[-1] in _CLUB_ACRONYMS or words[-1].casefold().endswith(_PARENT_KIND_ENDINGS) or
        # the kind first, definite, then the place it serves: "Beitelaget Skjåk Nord",
        # "Sankelaget Vest", "Skogeigarlaget Indre Sogn"
        (words[0].endswith(_DEFINITE_CLUB_KINDS) and
         all(word[:1].isupper() for word in words[1:])) or
        # a foundation by its form first, then its name: "Stiftelsen Nordskog museum",
        # nynorsk "Stiftinga Kystsoga" (in capitals too, as a letterhead writes it)
        (words[0].casefold() in _FOUNDATION_FIRST and words[1][:1].isupper()))


# A cooperation's name alone on a letterhead line: "Regionrådet for Kystregionen",
# "Samarbeidsrådet for Nord-Gudbrandsdal", "Kystregionen interkommunale samarbeid",
# "Interkommunalt politisk råd for Dalane", "Fjellregionen interkommunale politiske råd".
_COOPERATION_LETTERHEAD = re.compile(
    r"^(?:(?:Regionrådet|Samarbeidsrådet|Regionsamarbeidet|Vertskommunesamarbeidet|"
    # the municipalities' outdoor-recreation council: "Friluftsrådet for Midtre Dal"
    r"Interkommunalt\s+politisk\s+råd|Friluftsrådet|"
    # the municipalities' and the hospital's joint committee over its faggrupper:
    # "Samhandlingsutvalet i Sunnhordland"
    r"Samhandlingsutvalet|Samhandlingsutvalget)"
    r"\s+(?:for|i)\s+[A-ZÆØÅ][\w -]{1,40}|"
    # a field before the region: "Vertskommunesamarbeidet for barnevern i Nordfjord",
    # "Interkommunalt samarbeid om PPT i Indre Sogn", "Regionsamarbeidet for helse på
    # Helgeland" (the region in capitals, so no sentence passes)
    r"(?:Samarbeidsrådet|Regionsamarbeidet|Vertskommunesamarbeidet|Interkommunalt\s+samarbeid)"
    r"\s+(?:for|om)\s+(?:[\wæøå-]+\s+){1,4}?(?:i|på|for)\s+[A-ZÆØÅ][\w -]{1,40}|"
    # the region right after it: "Interkommunalt politisk råd Nordhordland"
    r"Interkommunalt\s+politisk\s+råd\s+[A-ZÆØÅ][\w -]{1,40}|"
    # (its short name first, as letterheads put it: "ORKidé – Nordmøre interkommunale
    # politiske råd")
    r"(?:[A-ZÆØÅ]\w{1,7}\s[–-]\s)?"
    r"[A-ZÆØÅ][\w -]{1,40}\s+(?:interkommunale\s+samarbeid|interkommunalt\s+samarbeid|"
    r"interkommunale\s+politiske\s+råd|interkommunalt\s+politisk\s+råd|"
    r"regionsamarbeid|samarbeidsråd|friluftsråd|"
    # the municipalities' region for the teachers' and kindergartens' competence schemes
    # (DEKOMP, REKOMP), over its forum: "Sunnhordland kompetanseregion"
    r"kompetanseregion(?:en)?|"
    # the municipalities' cooperation of a county or region: "Vestfold kommunesamarbeid",
    # or in one field, over a group of its projects: "Follo innkjøpssamarbeid", "Vestfold
    # IKT-samarbeid" (a compound of "samarbeid" after the region's name)
    r"kommunesamarbeid(?:et)?|[\wæøå-]{2,25}samarbeid(?:et)?)|"
    # one word: "Vestlandsrådet" over "Innkalling til møte i arbeidsutvalet", also of a
    # region named by two ("Midt-Telemarkrådet", "Midt-Telemark-rådet": a capital after
    # the hyphen)
    r"[A-ZÆØÅ](?:[a-zæøå-]|(?<=-)[A-ZÆØÅ]){3,30}(?:rådet|samarbeidet)|"
    # … and with its region: "Barnevernsamarbeidet i Lister", "Legevaktsamarbeidet
    # Midt-Troms" (a field's cooperation named by one word, then where)
    r"[A-ZÆØÅ][a-zæøå-]{3,30}samarbeidet\s+(?:(?:i|for|på)\s+)?[A-ZÆØÅ][\w -]{1,40}|"
    # the health cooperation of a hospital trust and its municipalities over one of its
    # fora: "Helsefellesskapet Helse Førde HF og kommunane i Sogn og Fjordane"
    r"Helsefellesskapet\s+(?:for\s+|i\s+)?[A-ZÆØÅ][\w ()-]{1,80}|"
    # a service the municipalities run together, over its steering group: "Interkommunal
    # legevakt Nordmark", "Interkommunalt barnevern Midt", "Interkommunal PPT for Indre …"
    r"Interkommunal[te]?\s+[\wæøå-]{3,30}\s+(?:(?:for|i)\s+)?[A-ZÆØÅ][\w -]{1,40}|"
    # the municipalities' committee against acute pollution by its short name and region,
    # over its council: "IUA Sunnfjord og Ytre Sogn" (the region capitalised)
    r"IUA\s+[A-ZÆØÅ][\w -]{1,40}|"
    # the municipalities' water management area, over its groups: "Vannområde Glomma sør",
    # nynorsk "Vassområde Nordfjord" (the Water Framework Directive's local cooperation)
    r"(?:Vannområde|Vassområde)t?\s+[A-ZÆØÅ][\w -]{1,40}|"
    # the municipalities' joint operating support for water and sewage, by its field and
    # region and its short name: "Driftsassistansen for vann og avløp i Innherred (DIVA-I)"
    r"Driftsassistansen\s+(?:for|i)\s+[\w ()-]{2,80}|"
    # … and by its word first: "Kompetanseregion Indre Østfold"
    r"Kompetanseregion(?:en)?\s+[A-ZÆØÅ][\w -]{1,40}|"
    # the municipalities' region by the word "Region" and its name, as the competence
    # schemes' forums name it: "Region Hallingdal", "Region Nord-Gudbrandsdal" (a quarter
    # alone, "Region Øst", is a state agency's district)
    r"Region\s+(?!(?:Øst|Vest|Nord|Sør|Midt)$)[A-ZÆØÅ][\w-]{2,30}(?:\s+[A-ZÆØÅ][\w-]{2,30})?|"
    # a region's digitalisation cooperation over its chief executives' or steering group:
    # "Digi Hallingdal", "DigiØst", "Digi-Vestfold" (a capital after "Digi", so no word)
    r"Digi[\s-]?[A-ZÆØÅ][\w-]{2,30}|"
    # a national association's region of its member municipalities, by the association's
    # initials and the region's name: "LVK-regionen Øvre Storelv", "KS-regionen Agder"
    r"[A-ZÆØÅ]{2,6}-regionen\s+[A-ZÆØÅ][\w-]{2,30}(?:\s+[A-ZÆØÅ][\w-]{2,30})?)$")


def cooperation_named(text: str) -> str | None:
    """The cooperation's or council's name a line gives alone, as a letterhead, a page's
    edge or a secretariat's signature gives it ("Vestlandsrådet", "Ytre Nordmøre
    regionråd", "Fjellregionen interkommunale politiske råd"), one word in capitals in
    normal case ("VESTLANDSRÅDET" → "Vestlandsrådet"); None for any other line and for a
    council named by its kind alone ("Regionrådet")."""
    if text.isupper() and " " not in text:
        text = _one_word_in_normal_case(text)
    if text.casefold() in _COUNCIL_WORDS:
        return None
    return text if _COOPERATION_LETTERHEAD.match(text) or names_council(text) else None


# The municipalities named as the other side in a joint body's name ("… – kommunene",
# "… og kommunane i Nordfjord"): the county's service, or another, holds it with them.
JOINT_WITH_MUNICIPALITIES = lazy_regex(r"\s(?:og|–)\s+kommun(?:ene|ane)\b", re.I)
# Words that make a body a cooperation of several municipalities (not the municipalities
# a county meets: "Referat fra møte med kommunene om fylkesvegprioriteringer", held by the
# county of the letterhead).
_COOPERATION_WORDS = lazy_regex(r"interkommunal|regionr[åa]d|samarbeid|(?<!\bmed )kommunene\b",
                                re.I)
# A body of a cooperation named by a compound of "samarbeid": "Samarbeidsforum for
# næringsutvikling", "samarbeidsgruppa", "Samarbeidsutvalget" – a group that meets, which
# says nothing of whether it is the cooperation itself.
COOPERATION_BODY = lazy_regex(r"samarbeids(?:forum|gruppe|gruppa|utval)", re.I)


def _names_cooperation(title: str) -> bool:
    """Whether a title names a cooperation of several municipalities ("… i Regionrådet",
    "Referat … interkommunalt barnevernsamarbeid"), so that the body is the cooperation
    and a letterhead over it no parent; a forum or group named by a compound of
    "samarbeid" ("Referat frå samarbeidsforum for næringsutvikling") is a body of its own
    under the letterhead's council."""
    found = _COOPERATION_WORDS.search(title)
    if found is not None and found.start() > 4 and \
            _GROUP_OF.search(title, 0, title.rfind(" ", 0, found.start()) + 1) is not None:
        return False  # "Styringsgruppa for innkjøpssamarbeidet": a group of the cooperation
    if found is None or "amarbeids" not in title[found.start():found.end() + 1].lower():
        return found is not None
    return _COOPERATION_WORDS.search(COOPERATION_BODY.sub(" ", title)) is not None


# A group's word right before a cooperation a title names ("Styringsgruppa for
# innkjøpssamarbeidet", "Arbeidsutvalget i samarbeidet"): the body is the cooperation's
# group, and a letterhead naming the cooperation in full names its parent.
_GROUP_OF = lazy_regex(r"(?i:gruppe|gruppa|gruppen|utvalg|utvalget|utval|utvalet)\s+"
                       r"(?:for|i)\s+(?:det\s+)?$")


# A cooperation named by one word: "Fjellregionsamarbeidet", "Kongsbergregionen".
_COOPERATION_ENDINGS = ("samarbeidet", "regionen", "samarbeid")


# A municipality by its place and its word ("Kvam herad", "Eidfjord kommune"): whom a
# member represents in a cooperation's list (not "fylkeskommune": a county sits beside
# the kommuner of one too).
_MUNICIPALITY_NAMED = lazy_regex(r"\b(?P<place>[A-ZÆØÅ][\w-]+)\s+(?:kommune|herad)\b")
# How many municipalities a head's lists name at least for the body to be several's.
_SEATED_MUNICIPALITIES = 3


def _several_municipalities_seated(head: list[Line], letterhead: str) -> bool:
    """Whether the head's lists seat members of three municipalities or more ("Kvam herad",
    "Eidfjord kommune", "Kvinnherad kommune"): the body is a cooperation of them, and the
    one municipality over the page ("Ullensvang herad", the site a protocol was copied
    from) hosts the page, no parent of the body (a regional council's own name, "…rådet",
    need not say so). A merger's new municipality ("Nye Asker kommune") seats the old
    ones in its fellesnemnd and partssammensatt utvalg: its own bodies, their parent."""
    if _MUNICIPALITY_NAMED.search(letterhead) is None or _new_municipality(letterhead):
        return False  # (a county's letterhead, "X fylkeskommune", is its networks' parent)
    places = {found["place"] for line in head
              if "ommune" in line.text or "herad" in line.text
              for found in _MUNICIPALITY_NAMED.finditer(line.text)}
    return len(places) >= _SEATED_MUNICIPALITIES


def _new_municipality(name: str) -> bool:
    """Whether a name is a municipality being made by a merger ("Nye Asker kommune", "nye
    Sunnfjord kommune"): the bodies that prepare it (fellesnemnda, partssammensatt utval,
    arbeidsutvalet) are its own, though their members come from the old municipalities."""
    return name[:4].casefold() == "nye " and name.endswith((" kommune", " herad"))


def _one_word_cooperation(name: str) -> bool:
    """Whether a letterhead is a cooperation's one-word name ("Gjøvikregionen",
    "Fjellregionsamarbeidet"), no municipality hosting the body. Narrower than
    ``one_word_cooperation`` on purpose: a network's one word ("Klimanettverket") may be
    the body itself, and a regional council's ("Vest-Telemarkrådet") is asked of
    ``one_word_council`` where it counts."""
    return len(name) > 8 and one_word_cooperation(name) and \
        not name.casefold().endswith(("nettverket", "rådet"))


# A head's project line: "Prosjekt: Barnevernsamarbeidet Sør-Helgeland – hovedprosjekt"
# (the name, then after a dash which part of it).
_PROJECT_LINE = lazy_regex(r"(?i:prosjekt(?:namn|navn)?)\s*:\s*(?P<name>[A-ZÆØÅ][^:–]{2,70}?)"
                           r"(?:\s+[–-]\s+.*)?")


def _cooperation_of_project(lines: list[Line]) -> str | None:
    """The cooperation a head's "Prosjekt:" line names as the project's owner: its name
    opens with one word for a cooperation ("Barnevernsamarbeidet Sør-Helgeland –
    hovedprosjekt", "Fjellregionsamarbeidet – …"), which is the group's parent; a project
    named by its task ("Ny brannstasjon Elvedal", "Helhetlig pasientforløp Namdal") names
    no organisation."""
    for line in lines:
        if line.lowered[:1] != "p" or not line.lowered.startswith("prosjekt") or \
                ":" not in line.body[:14]:
            continue
        found = _PROJECT_LINE.fullmatch(line.body.strip())
        if found is None:
            return None
        name = found["name"].strip(" .")
        first = name.split(maxsplit=1)[0].casefold()
        cooperation = first.endswith(_COOPERATION_ENDINGS[:2]) and len(name.split()) <= 4
        return name if cooperation else None
    return None


def letterhead_body(lines: list[Line], limit: int) -> str | None:
    """The body a two-line letterhead names under the region: "Østre Agder" / "Regionrådet"."""
    for i, line in enumerate(lines[1:min(limit, 4)], start=1):
        if line.body.casefold() in _BODY_TAILS and len(lines[i - 1].body) < 40 and \
                not match_label(lines[i - 1].text):
            return line.body[0].upper() + line.body[1:].lower()
    # "Kontrollutvalget" / "Nord-Trøndelag fylkeskommune" above "MØTEPROTOKOLL"
    for i, line in enumerate(lines[:min(limit, 3)]):
        word = line.body.casefold()
        if i + 1 >= len(lines) or not _letterhead_line(lines[i + 1].body):
            continue
        if " " not in word and word.endswith(BODY_WORD_ENDINGS):
            return line.body[0].upper() + line.body[1:].lower()
        if _named_body_line(line):
            return line.body.capitalize() if line.body.isupper() else line.body
    # "Åsbygda kommune" over "Ungdomsrådet i Åsbygda" (a template's text box over the
    # labels): the body's full name right under the municipality's letterhead
    for i, line in enumerate(lines[1:min(limit, 3)], start=1):
        if _letterhead_line(lines[i - 1].body) and _named_body_line(line):
            return _body_of_place(line.body, lines[i - 1].body)
    return None


def _body_of_place(name: str, letterhead: str) -> str:
    """A body named with its municipality's place ("Ungdomsrådet i Åsbygda" under
    "Åsbygda kommune"): the body alone, the letterhead being its parent; other names
    whole."""
    body, place = body_and_organization(name)
    return body if body and place and letterhead.startswith(place) else name


def _named_body_line(line: Line) -> bool:
    """Whether a letterhead line is a body's full name ("Hovedutvalg for teknikk og miljø",
    "Levekårsutvalet i Nordvik"): a body word first, then a short name with no date, label
    or sentence in it; as the single word "Kontrollutvalget" is over the municipality."""
    text = line.body
    first, _, rest = text.partition(" ")
    return bool(rest) and len(text) <= 60 and _BODY_STEMS.search(first.casefold()) is not None \
        and not any(c.isdigit() or c in ":;.!?" for c in text) and \
        not _LETTERHEAD_NOT_BODY.search(text) and not match_label(line.text)


# Words that make a letterhead line something else than a body's name: "Referat fra …".
_LETTERHEAD_NOT_BODY = lazy_regex(r"\b(?:møte|møtet|referat|protokoll|innkalling|"
                                  r"saksliste|sakliste|til|fra|frå)\b", re.I)


_BODY_TAILS = {"regionrådet"}

# "Nordre Dal kommune", "Midt-Agder regionråd", "Fjellregionen IKS" alone on a top line.
# (also a council whose proper name ends in a capital "Rådet": "Vest-Finnmark Rådet")
# (a regional development company too, "Hamarregionen utvikling", maybe after its short
# name: "ØRU – Øvre Romerike utvikling")
_LETTERHEAD_LINE = re.compile(r"^((?:[A-ZÆØÅ]{2,5}\s[–-]\s)?[A-ZÆØÅ][\w -]{1,40}\s"
                              r"(?:(?i:fylkeskommune|kommune|herad|samkommune|regionråd|"
                              # (a region's business council: "Midt-Dal Næringsråd")
                              r"utvikling|næringsråd|"
                              # (a cross-border region's council in English, whose
                              # working groups meet under it: "BARENTS REGIONAL COUNCIL")
                              r"regional\s+council|"
                              # a mountain board, which meets itself: "Vinje fjellstyre"
                              r"fjellstyre|"
                              # the emergency services the municipalities run together:
                              # "Vestkyst 110-sentral", "Midtdal brannvesen"
                              r"110-sentral(?:en)?|brannvesen(?:et)?)|IKS|KF|Rådet|RÅDET|"
                              # a firm that runs the forum or the board that met: "Visit
                              # Nordkyst AS", "Vestdal Vekst SA" at the top
                              r"AS|SA))$")
# The words ``_LETTERHEAD_LINE`` ends with, as ``fold`` reads them ("fylkeskommune" and
# "samkommune" end with "kommune"), and those it asks in their case.
_LETTERHEAD_ENDINGS = ("kommune", "herad", "regionråd", "utvikling", "næringsråd", "fjellstyre",
                       "council",
                       "110-sentral", "110-sentralen", "brannvesen", "brannvesenet")
_LETTERHEAD_CASED_ENDINGS = ("IKS", " KF", "Rådet", "RÅDET", " AS", " SA")


def _letterhead_line(text: str) -> re.Match[str] | None:
    """``_LETTERHEAD_LINE.match(text)``, asked only of a line that ends with one of its
    words (before a final line break, which its ``$`` allows). Why: the pattern tries its
    words after each space it backs over ("Til stede:", "Møtested: Teams"), about 6,600
    instructions a head line that fails."""
    tail = text[-11:].rstrip("\n")
    if not (tail.endswith(_LETTERHEAD_CASED_ENDINGS) or fold(tail).endswith(_LETTERHEAD_ENDINGS)):
        return None
    return _LETTERHEAD_LINE.match(text)


# … but "Formannskapet i Lindås kommune" names the body that met, and "Arrangert av
# Hallingdal regionråd" the organiser (``_organiser_parent``).
_NOT_LETTERHEAD = lazy_regex(r"\b(?:i|fra|frå|for|med|av|møte|referat|protokoll)\b", re.I)


def _company_of_place(text: str) -> bool:
    """Whether a letterhead line is an inter-municipal company named by its service and
    region ("Vaksenopplæringa i Indre Sogn IKS", "Renovasjonen i Grenland IKS"): its "i"
    no sign of a body that met, as "Styret i Vestvatn IKS" or "Representantskapet i …" is."""
    if not text.endswith(" IKS") or " i " not in text:
        return False
    found = _COMPANY_OF_PLACE.fullmatch(text)
    return found is not None and \
        not found.group("service").casefold().endswith(BODY_WORD_ENDINGS)


_COMPANY_OF_PLACE = lazy_regex(r"(?P<service>[A-ZÆØÅ][\w-]+)\s+i\s+(?:[A-ZÆØÅ][\w-]*\s+){1,3}IKS")


def _dated_above_title(lines: list[Line], title_line: int | None, index: int,
                       value: str) -> bool:
    """Whether a "Dato:" label with this value stands above the title and the line at
    ``index`` under it: a letter's own date over the minutes, whose day follows the title."""
    if title_line is None or index <= title_line:
        return False
    return any(value in line.text and line.lowered.startswith("dato")
               for line in lines[:title_line])


def _fuller_name(body: str, who: str) -> bool:
    """Whether the words before "hadde møte" name in full the body a title names by its
    kind alone ("Faggruppen" from "Faggruppemøte …", "Faggruppa for kart og oppmåling i
    Sunnfjord"): the same kind of body, bokmål or nynorsk, and more words."""
    if " " in body or " " not in who or len(body) < 6:
        return False
    first = who.split()[0]
    return first[:6].casefold() == body[:6].casefold() and \
        _BODY_STEMS.search(first) is not None and not first[:1].islower()


def _body_under_stamp(lines: list[Line], under: int, body: str) -> tuple[str, str | None] | None:
    """The body's full name on the line under a note app's page stamp, when the title
    names it by its kind alone ("Faggruppemøte 11. mars" / "onsdag 11. mars 2026" /
    "08:51" / "Faggruppe helse og omsorg – Vestdalen interkommunale samarbeid"), and the
    cooperation after its dash; None when the line is no such name."""
    if under >= len(lines):
        return None
    text = lines[under].body.strip(" *_")
    name, _dash, parent = text.partition(" – ")
    if len(text.split()) > 12 or text.endswith(".") or ":" in text or \
            dates.has_digit(text) or not _fuller_name(body, name.strip()):
        return None
    return name.strip(), parent.strip() or None


# A clock time alone on its line, as a note app stamps it ("10:02"): no "kl.", no range.
_BARE_CLOCK = lazy_regex(r"(?:[01]?\d|2[0-3]):(?P<minute>[0-5]\d)")


def _page_stamp(lines: list[Line], title_line: int | None) -> dates.DateMatch | None:
    """The day of a note app's page stamp under the title, or None.

    OneNote puts the page's date and the time it was made on two lines of their own under
    its title ("tirsdag 10. mars 2026" / "10:02"): when the secretary opened the page, not
    when the meeting began, and the text below says when it met. Read as a stamp when the
    time is no meeting's (a minute off the five-minute marks meetings are set on) or the
    date is written as the app does, the weekday in lower case.
    """
    if title_line is None or title_line + 2 >= len(lines):
        return None
    day, clock = lines[title_line + 1].body, lines[title_line + 2].body
    if not (4 <= len(clock) <= 5 and (bare := _BARE_CLOCK.fullmatch(clock))) or \
            not _is_date_line(day):
        return None
    if int(bare["minute"]) % 5 == 0 and not day[:1].islower():
        return None  # "Tirsdag 26. september 2023" / "12:30": the meeting's day and start
    return dates.find_dates(day)[0]


# The running number a body gives its minutes, before the second title's words: "Nr. 41 –
# referat frå 24. februar 2026", "Nr 7: Protokoll 3.3.2026".
_SERIAL_FIRST = lazy_regex(r"(?:nr\.?|no\.)\s*\d{1,4}\s*[–—:,-]\s*", re.I)


# After a heading's opening day, a dash or colon and the meeting's word: "15.10.2024 –
# Nettverksmøte på Gol", "2024-10-15: Styremøte".
_DASH_MEETING_WORD = lazy_regex(r"\s*[–—:-]\s*[\wæøå-]*(?:møte|møtet|samling)\b", re.I)


def _dated_meeting_heading(text: str, day: dates.DateMatch) -> bool:
    """Whether a line under the title opens with a day and then names the meeting
    ("15.10.2024 – Nettverksmøte på Gol"): a wiki page keeps each meeting's minutes under
    a heading dated so, the day the meeting's, as in "Nettverksmøte 15.10.2024"."""
    return day.start == 0 and _DASH_MEETING_WORD.match(text, day.end) is not None


# A head's sentence on whose the work is: "Prosjektet eies av Samarbeidsrådet for Nedre
# Romerike.", nynorsk "Prosjektet er eigd av …", "Nettverket er forankra i …".
_OWNED_BY = lazy_regex(r"^(?:prosjektet|nettverket|gruppa|gruppen|faggruppa|faggruppen|"
                       r"samarbeidet)\s+(?:eies|eigast|er\s+eid|er\s+eigd|er\s+forankret|"
                       r"er\s+forankra)\s+(?:av|i|hos)\s+(?P<owner>[A-ZÆØÅ][^.,;:]{2,60}?)\.?$",
                       re.I)


def _owner_sentence(lines: list[Line]) -> str | None:
    """The parent a head's sentence names as owning the project or network the body
    serves ("Prosjektet eies av Samarbeidsrådet for Nedre Romerike."), or None: the
    organisation the body belongs to, said in words instead of a letterhead."""
    for line in lines:
        if (" av " in line.body or " i " in line.body or " hos " in line.body) and \
                ("eid" in line.lowered or "eie" in line.lowered or "eig" in line.lowered or
                 "forankr" in line.lowered) and (owned := _OWNED_BY.match(line.body)):
            return owned["owner"]
    return None


def _numbered_doc_line(text: str) -> bool:
    """Whether a line under the title is the minutes' number, then their second title
    with the day ("Nr. 41 – referat frå 24. februar 2026"): the number is the series', the
    day the meeting's, as in the same line without it."""
    if text[:2].casefold() not in ("nr", "no"):
        return False  # (most lines)
    serial = _SERIAL_FIRST.match(text)
    return serial is not None and _DOC_PREFIX.match(text[serial.end():]) is not None


@functools.lru_cache(maxsize=4096)
def _is_date_line(text: str) -> bool:
    """A line that is only a date (a letterhead date).

    The title, date and signature steps ask about the same head lines: cached by text.
    """
    found = dates.find_dates(text)
    if not found:
        return False
    rest = (text[:found[0].start] + text[found[0].end:]).strip(" ,.-–")
    rest = _DATE_WORD.sub("", rest).strip()
    return bool(_WEEKDAY_OR_NOTHING.fullmatch(rest))


# An invitation's sentence up to the gathering's day: "Regionrådet inviterer til
# samling 4.–5. mars", "Du inviteres med dette til fagdag tirsdag 4. mars".
_INVITES_TO = lazy_regex(r"\b(?:inviterer|inviteres|inviterast|invitert)\s+(?:[\wæøå]+\s+){0,3}?"
                         r"til\s+(?:[\wæøå-]+\s+){0,2}?(?:[\wæøå-]*møte|[\wæøå-]*samling|"
                         r"seminar|workshop|konferanse|fagdag|kurs)\s+(?:den\s+)?"
                         r"(?:[a-zæøå]+dag\s+(?:den\s+)?)?(?=\d)", re.I)


def _invited_day(text: str, found: list[dates.DateMatch]) -> tuple[dates.DateMatch,
                                                                    str | None] | None:
    """The day (the first, over several) an invitation's sentence names for the gathering
    it invites to, and the venue after the days ("… 4.–5. mars 2025 på Hotell Fjord.")."""
    invites = _INVITES_TO.search(text)
    if invites is None:
        return None
    days = [day for day in found if day.start >= invites.end()]
    if not days or days[0].start != invites.end():
        return None
    last = days[1] if len(days) > 1 and days[1].start - days[0].end <= 3 else days[0]
    venue = _DATE_THEN_VENUE.match(text, last.end)
    return days[0], venue.group("place") if venue else None


def _in_date_list(lines: list[Line], line: Line) -> bool:
    """Whether a lone date line is one of three or more in a row (a meeting plan's days);
    a letterhead date, or a date over the meeting's day, stands alone or in a pair."""
    index = line.index
    if index >= len(lines) or lines[index] is not line:
        return False
    run = 1
    for step in (-1, 1):
        k = index + step
        while 0 <= k < len(lines) and run < 3 and _is_date_line(lines[k].body):
            run, k = run + 1, k + step
    return run >= 3


def _inside_items(lines: list[Line], line: Line, head_end: int) -> bool:
    """Whether a bare date line stands below the first item's heading, in the items' text.

    The head reads a dozen lines even when the items begin sooner; a bare date there
    ("Sak 7/26 Møteplan" / "Neste møter:" / "10.04.26") is a day the item speaks of, not
    the document's own date. The sign-off is the exception: a date over no more than the
    writer's name and title at the very end ("12.03.26" / "Ragnhild Eide") dates the
    minutes, unless a lead-in ends in a colon above it ("Neste møte:") or it closes a
    list of days ("10.04.26" / "17.05.26").
    """
    if line.index <= head_end:
        return False
    after = lines[line.index + 1:line.index + 5]
    signed_off = len(after) <= 3 and not any(map(dates.has_digit, (b.body for b in after)))
    above = lines[line.index - 1].body
    return not signed_off or above.endswith(":") or _is_date_line(above)


_DATE_WORD = lazy_regex(r"^(?:dato|den)\b\s*:?", re.I)
_WEEKDAY_OR_NOTHING = lazy_regex(rf"{_WEEKDAY}?", re.I)


def detect_kind(title: str | None, lines: list[Line], has_people: bool,
                has_outcomes: bool, only_guests: bool = False) -> str:
    """minutes, agenda, presentation or other, from the title and the text's shape.

    ``only_guests``: everyone found is a guest ("Innleder: Marte Vold" over a slide), who
    does not make short lines minutes the way an attendance list does."""
    head_text = " ".join(line.body for line in lines[:6])
    title_text = title or ""
    if _KIND_MINUTES_WORDS.search(title_text):
        return DocumentKind.MINUTES.value
    if title_text.casefold() in _AGENDA_TITLES:
        # "Saksliste" alone heads a summons, or minutes that list their agenda first
        return DocumentKind.MINUTES.value if _came(lines, head_text, has_people) or \
            _minutes_follow(lines) else DocumentKind.AGENDA.value
    if (agenda := _AGENDA_WORDS.search(title_text)) or (
            title_text[:6].casefold() == "agenda" and _AGENDA_FIRST.match(title_text)):
        if agenda and agenda.start() > 0 and agenda.group(0).casefold() == "program" and \
                _came(lines, head_text, has_people):
            # "Styringsgruppemøte – Bustadsosialt program Valdres" over "Til stades: …":
            # the programme the group steers, and a record of who came
            return DocumentKind.MINUTES.value
        return DocumentKind.MINUTES.value if _minutes_follow(lines) \
            else DocumentKind.AGENDA.value
    if _SUMMONS_SENTENCE.search(head_text) and not (has_people and _ATTENDED.search(head_text)):
        # "Det innkalles herved til …", "Til rådets medlemmer: Innkalling til møtet i …":
        # a summons, also when its saksliste has "Godkjenning av referat" on top and its
        # papers quote a vedtak
        return DocumentKind.AGENDA.value
    if is_not_a_meeting_record(title_text):
        if looks_like_slides(lines) and _cover_names_meeting_day(lines):
            # "Statusrapport – prosjekt X" over "Møte i styringsgruppen 20. mars 2025":
            # the slides of a report shown at that meeting
            return DocumentKind.PRESENTATION.value
        return DocumentKind.OTHER.value  # its history of meetings and vedtak make no minutes
    if _KIND_MINUTES_WORDS.search(head_text) and \
            _KIND_MINUTES_WORDS.search(_EARLIER_MINUTES.sub(" ", head_text)) and \
            not _only_a_summary_slide(lines):
        return DocumentKind.MINUTES.value
    if looks_like_slides(lines) and not (has_people and not only_guests and
                                         (has_outcomes or _labelled_when(lines))) \
            and not _says_who_came(lines[:10]):
        # short lines alone may be minutes typed line by line: an attendance list with a
        # decision or a "Dato:" / "Sted:" head makes them minutes, and so does a "Til
        # stades:" label (a slide deck names no one present)
        return DocumentKind.PRESENTATION.value
    if _AGENDA_WORDS.search(head_text) and not has_outcomes and not (
            has_people and _ATTENDED.search(head_text)):
        # but "Dagsorden:" under "Desse deltok …" is minutes, and so is a programme over
        # what the speakers said ("Per Lund viste …", "Anne Vik fortalte …")
        return DocumentKind.MINUTES.value if _tells_what_was_said(lines) else \
            DocumentKind.AGENDA.value
    if not has_people and _MEMO_TITLE.fullmatch(title_text.strip("*# ")) and \
            _proposes_vedtak(lines) and not _says_who_came(lines[:10]):
        # "Notat" / "Til: Regionrådet" / "Fra: Daglig leder" … "Forslag til vedtak": a case
        # memo to a meeting, which records none (its background tells of earlier vedtak)
        return DocumentKind.OTHER.value
    if has_people or has_outcomes or _says_who_came(lines[:10]):
        return DocumentKind.MINUTES.value
    return DocumentKind.OTHER.value


# The summary words a deck's slide is headed with, alone (``_BARE_SUMMARY_WORD``).
_SUMMARY_SLIDE_WORDS = frozenset(("oppsummering", "sammendrag", "samandrag"))


def _only_a_summary_slide(lines: list[Line]) -> bool:
    """Whether the only minutes word in the head is a deck's slide heading under its cover
    ("Næringsnettverket" / "Samling 22. april 2025" / "Oppsummering"): the heading of one
    slide, which makes the deck no minutes (a bare word on the first line titles them)."""
    if not any(line.lowered.strip(" :#*") in _SUMMARY_SLIDE_WORDS for line in lines[1:6]):
        return False  # (most documents: no such slide heading, one look-up a line)
    rest = " ".join(line.body for line in lines[1:6]
                    if not _BARE_SUMMARY_WORD.fullmatch(line.body.strip(" :#*")))
    return not _KIND_MINUTES_WORDS.search(lines[0].body + " " + rest) and \
        looks_like_slides(lines)


def _no_place_or_its_town(town: str | None, venue: str) -> bool:
    """Whether a venue may be the meeting's place: none is known yet, or only the town it
    is in ("Farsund, 4. juni 2025" over "Farsund Resort kl. 12.00–15.30": the venue
    names the place more closely)."""
    return town is None or (town in venue.split() and town != venue)


# Hours alone on a line: "Kl. 10.00–14.30", "kl 9-15", "09.30 – 14.00".
_HOURS_ALONE = lazy_regex(r"(?:kl\.?|klokka|klokken)?\s*[0-2]?\d(?:[.:][0-5]\d)?\s*"
                          r"(?:[-–—]|til)\s*[0-2]?\d(?:[.:][0-5]\d)?", re.I)


def _cover_names_meeting_day(lines: list[Line]) -> bool:
    """Whether a short line of the first few is a meeting and its day ("Møte i
    styringsgruppen 20. mars 2025", "Styringsgruppemøte 20.03.2025", "Nettverkssamling
    11. mars 2025"): the meeting a deck's title slide says it was made for. Its day may
    stand on the line under it ("Strategisamling for reiselivsnettverket" / "Loen, 12.
    mars 2025"), as a title slide sets it apart."""
    for n, line in enumerate(lines[:6]):
        lowered = line.lowered
        if len(lowered) > 60 or ("møte" not in lowered and "samling" not in lowered):
            continue
        if not any(c.isdigit() for c in lowered):
            if n + 1 < len(lines) and ":" not in lowered and lowered[-1:] != "." and \
                    _day_alone(lines[n + 1].body):
                return True
            continue
        found = dates.find_dates(line.body)
        if len(found) != 1:
            continue
        rest = line.body[:found[0].start].strip(" ,–-").casefold()
        if rest.startswith("møte i ") or rest.endswith(("møte", "samling", "samlinga")):
            return True  # (a network's gathering too: "Nettverkssamling 11. mars 2025")
    return False


def _day_alone(text: str) -> bool:
    """Whether a short line is a day alone, maybe after its place ("12. mars 2025",
    "Loen, 12. mars 2025"): a title slide's line under the meeting's name."""
    if len(text) > 40 or not dates.has_digit(text):
        return False
    found = dates.find_dates(text)
    if len(found) != 1 or text[found[0].end:].strip(" .,"):
        return False
    place = text[:found[0].start].strip(" ,–-")
    return len(place.split()) <= 3 and not dates.has_digit(place)


# A memo's bare title: "Notat", "NOTAT", "Saksnotat" (not "Notat fra møtet …", minutes).
_MEMO_TITLE = lazy_regex(r"(?:saks|orienterings|arbeids)?notat", re.I)
# The label of what a case paper proposes the body to decide.
_PROPOSAL_STARTS = ("forslag til vedtak", "framlegg til vedtak", "forslag til innstilling",
                    "innstilling", "tilråding")


def _proposes_vedtak(lines: list[Line]) -> bool:
    """Whether a line opens with a proposal's label ("Forslag til vedtak:", "Innstilling"):
    the text proposes what a meeting is to decide."""
    return any(line.lowered.lstrip("*# ").startswith(_PROPOSAL_STARTS) for line in lines)


def _tells_what_was_said(lines: list[Line]) -> bool:
    """Whether the text tells in the past what was said at the meeting, in two sentences
    at least ("Per Lund viste de nye indikatorene.", "Anne Vik fortalte om …"): a summary
    of the gathering under its programme ("Program" over the day's talks), no summons."""
    told = 0
    for line in lines:
        if line.body.endswith(".") and _TOLD.search(line.lowered):
            told += 1
            if told >= 2:
                return True
    return False


#: The past of the verbs that tell what a speaker said or showed at the meeting (bokmål
#: and nynorsk): what tells minutes from a summons here, and what makes the one who did
#: it a participant in the items (``minutes._add_presenters``). "viste" is "viste fram"
#: too.
TOLD_VERBS = ("orienterte", "informerte", "presenterte", "fortalte", "fortalde", "viste",
              "innledet", "innleia", "innleidde", "redegjorde", "gikk gjennom",
              "gjekk gjennom", "la fram", "la frem")
_TOLD = lazy_regex(r"\b(?:" + "|".join(v.replace(" ", r"\s+") for v in TOLD_VERBS) + r")\b")


# The earlier meeting's minutes an agenda entry names: "Godkjenning av referat", "Godkjenning
# av innkalling og referat", "Referat fra forrige møte", "Referatsaker" (an agenda's words,
# which make a deck or a summons no minutes).
# (also "Godkjenning av møtebok" / "… av protokoll": the last meeting's, as its referat)
_EARLIER_MINUTES = lazy_regex(r"\bgodkjenn\w*\s+av\s+(?:\w+\s+og\s+)?"
                              r"(?:(?:møte)?referat\w*|møtebok\w*|(?:møte)?protokoll\w*)|"
                              r"\b(?:møte)?referat(?:et)?\s+(?:fra|frå)\s+(?:forrige|førre|"
                              r"siste|sist)\s+møte\w*|\breferatsaker\b", re.I)


# The titles of documents about a body that record no meeting of it: a yearly report, a
# plan, a case paper for a meeting, a consultation reply, statutes, a mandate, an
# application ("Årsmelding 2023", "Handlingsplan for folkehelse 2024–2025", "Saksframlegg",
# nynorsk "Saksutgreiing", "Høyringsuttale").
_NOT_A_MEETING_TITLE = lazy_regex(
    r"^(?:årsmelding|årsberetning|årsrapport|handlingsplan|handlingsprogram|"
    r"saksframlegg|saksfremlegg|saksutredning|saksutgreiing|"
    r"høringsuttalelse|høringsinnspill|høringsnotat|høyringsuttale|høyringsinnspel|"
    r"vedtekter|vedtekt|mandat|prosjektplan|søknad|"
    # a year's list of meeting days, a project's report, a statement sent after a meeting
    # ("Møteplan 2025", "Statusrapport prosjekt X", "Uttalelse om fylkesveg 57")
    r"møteplan|møtekalender|årshjul|statusrapport|framdriftsrapport|fremdriftsrapport|"
    r"sluttrapport|prosjektrapport|høringssvar|høyringssvar|uttalelse|uttale)\b", re.I)


def is_not_a_meeting_record(title: str | None) -> bool:
    """Whether the title names a document that is no minutes, summons or deck of one
    meeting (kind ``other``): a report or plan tells of meetings without recording one."""
    return bool(title) and _NOT_A_MEETING_TITLE.match(title.lstrip("*# ")) is not None


def _came(lines: list[Line], head_text: str, has_people: bool) -> bool:
    """Whether the head says who came: a "Til stede:" list (not the "Innkalte:" of a
    summons, who are asked to come), or people and "møtte" / "deltok" in the first lines."""
    if has_people and _ATTENDED.search(head_text):
        return True
    for n, line in enumerate(lines[:10]):
        label = match_label(line.text)
        if label is not None and label.field in (Field.PRESENT, Field.ABSENT) and \
                not label.label.startswith("innkalt") and _has_value(label, lines, n):
            return True
    return False


def _minutes_follow(lines: list[Line]) -> bool:
    """Whether a summons is followed by its minutes in the same file: a line that is only
    a minutes heading ("Referat", "Protokoll", "Referat fra møtet") with a "Til stede:" /
    "Forfall:" list of names in the lines under it. The file records the meeting, so its
    vedtak are kept; a summons alone names no one who came."""
    for n, line in enumerate(lines):
        body = line.body.casefold()
        if len(body) <= 40 and ("referat" in body or "protokoll" in body) and \
                _MINUTES_WORD_HEADING.fullmatch(body.strip(" :")) and \
                _says_who_came(lines[n + 1:n + 8]):
            return True
    return False


# A heading that is only the word for minutes: "Referat", "Protokoll", "Referat fra møtet"
# (not ``_MINUTES_HEADING``: that one needs more after the word).
_MINUTES_WORD_HEADING = lazy_regex(r"(?:møte)?(?:referat|protokoll)(?:\s+(?:fra|frå)\s+møtet)?",
                                   re.I)


def _says_who_came(lines: list[Line]) -> bool:
    """Whether a line is a "Til stede:" or "Forfall:" label with names after it."""
    for n, line in enumerate(lines):
        label = match_label(line.text)
        if label is not None and label.field in (Field.PRESENT, Field.ABSENT) and \
                _has_value(label, lines, n):
            return True
    return False


def _has_value(label: Label, lines: list[Line], n: int) -> bool:
    """Whether the label on ``lines[n]`` has a value: on its line, or on the next line
    when the label stands alone ("Sted / tid" over "Nordre vegen 45. kl. 20.00")."""
    if label.value:
        return True
    following = lines[n + 1] if n + 1 < len(lines) else None
    return following is not None and bool(following.body) and \
        match_label(following.text) is None


# Who came, in the past tense: only minutes say it (a summons asks who will come).
_ATTENDED = lazy_regex(r"\b(?:deltok|møtte|til stede|tilstede|til stades|tilstades|"
                       r"frammøtte|fremmøtte)\b", re.I)


def _labelled_when(lines: list[Line]) -> bool:
    """Whether the first lines hold a labelled date, time or place ("Dato: 4. mars")."""
    for n, line in enumerate(lines[:10]):
        label = match_label(line.text)
        if label is not None and label.field in _WHEN_FIELDS and _has_value(label, lines, n):
            return True
    return False


_WHEN_FIELDS = {Field.DATE, Field.TIME, Field.TIME_PLACE, Field.PLACE}


def looks_like_slides(lines: list[Line]) -> bool:
    """Slides: mostly short lines without full stops, and a closing "Takk for …".

    A short deck of a few slides ("Bakgrunn", "Resultater", "Spørsmål?") has fewer
    lines: it counts when the closing slide is among its last three lines, or when its
    cover names the meeting and its day it was made for ("Statusmøte 11. mars 2025":
    a few status slides shown at a meeting often end without thanks, and a deck of one
    slide under such a cover has fewer than eight lines)."""
    if len(lines) < 8 and not _one_slide_deck(lines):
        return False
    closing = next((n for n in range(len(lines) - 1, max(len(lines) - 16, -1), -1)
                    if CLOSING_SLIDE.match(lines[n].body)), None)
    if len(lines) < 15 and (closing is None or closing < len(lines) - 3) and \
            not _cover_names_meeting_day(lines):
        return False
    short = sum(len(line.body) < 60 and not line.body.endswith(".") for line in lines)
    closing = closing is not None
    return short / len(lines) > 0.6 and (closing or short / len(lines) > 0.8)


def _one_slide_deck(lines: list[Line]) -> bool:
    """Whether a text of under eight lines is a cover naming its meeting and day over
    one slide of bullets ("Strategisamling for X" / "Loen, 12. mars 2025" / "Status" /
    "- …" / "- …"): a deck still, with no label or case of minutes (no colon)."""
    return len(lines) >= 5 and sum(line.is_bullet for line in lines) >= 2 and \
        not any(":" in line.body for line in lines) and _cover_names_meeting_day(lines)


# The last slide of a deck: thanks or questions, then contact details.
CLOSING_SLIDE = lazy_regex(r"^(?:takk for (?:møtet|oppmerksomheten|nå|i dag|meg|oss)|"
                           r"spørsmål\s*\?)", re.I)


def names_a_body(text: str) -> bool:
    """Whether a name holds a word for a body ("Nettverk for …", "Regionalt
    kompetanseforum", "Styret"), not a topic ("Reiselivsstrategi 2025–2030")."""
    return _BODY_STEMS.search(text) is not None


# A file name's run-together date, year first: "20240312".
_COMPACT_DATE = lazy_regex(r"(?<!\d)((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?!\d)")


# A title that opens with its document word in two languages across a slash, the Sami
# or Kven one first or last: "Čoahkkinbeavdegirji / Møteprotokoll", "Pöytäkirja / Møtebok",
# "Møteprotokoll / Čoahkkinbeavdegirji – Arbeidsutvalget".
# The meeting word stands so too ("Čoahkkin / Møte i regionrådet", "Kokous / Møte 3/2025").
_MEETING_WORDS = frozenset({"møte", "møtet", "møde"})
_TWO_WORDS_SLASHED = lazy_regex(r"^(?P<first>[^\W\d_]+)\s*/\s*(?P<second>[^\W\d_]+)(?P<rest>.*)$")


def _one_language_title(title: str | None) -> str | None:
    """The title with the document word's other language left out ("Čoahkkinčálus /
    Referat frå møte i X" read as "Referat frå møte i X", "Čoahkkin / Møte i regionrådet"
    as "Møte i regionrådet"): the word beside the Norwegian one only says the same, and is
    no body. Only when one of the two words is a document
    word and the other names no body ("Styret / Referat" keeps the board)."""
    if not title or "/" not in title[:60] or \
            (found := _TWO_WORDS_SLASHED.match(title)) is None:
        return title
    first, second = found.group("first"), found.group("second")
    for doc, other in ((first, second), (second, first)):
        if (_BARE_DOC_WORD.fullmatch(doc) or doc.casefold() in _MEETING_WORDS) and \
                not _BARE_DOC_WORD.fullmatch(other) and \
                compound_body(other) is None and not _BODY_STEMS.search(other):
            return doc + found.group("rest")
    return title


def filed_title(title: str | None) -> str | None:
    """A title written as a file name, read as words: "Referat_2024-03-12" and "20240312
    Referat styremøte" name the meeting's day as "Referat 2024-03-12" would (an export or
    a secretariat saving its minutes under the file's name); the title stays as written."""
    if not title:
        return title
    if "_" in title:
        title = " ".join(title.replace("_", " ").split())
    if len(title) >= 8 and dates.DIGIT.search(title):
        title = _COMPACT_DATE.sub(r"\1-\2-\3", title)
    return title


def _without_status(title: str | None) -> str | None:
    """The title without the draft's or approval's mark ("Referat (utkast)", "Protokoll
    – UTKAST", "Referat [ikke godkjent]"): it tells the minutes' state, not who met; the
    title itself stays as written."""
    if not title or not ("(" in title or "[" in title or "utkast" in title.casefold()):
        return title
    return _STATUS_MARK.sub("", title).strip() or title


_STATUS_MARK = lazy_regex(r"\s*[(\[]\s*(?:ikke\s+|ikkje\s+)?(?:utkast|foreløpig|godkjent|godkjend|"
                          r"revidert|korrigert|endelig|rettet|retta)\b[^)\]]{0,30}[)\]]|"
                          r"\s+[–—-]\s+(?:utkast|foreløpig)$", re.I)


# A meeting word after the organisation, then where it was held: "Nordby vel styremøte i
# Grendehuset", "Sørvik IL årsmøte på klubbhuset" (the part before the place names both).
_CLUB_MEETING_AT = re.compile(r"(?<=\S)møte\s+(?:i|på)\s+(?P<place>\w[\w-]*(?:\s+[\w-]+){0,3}?)"
                              r"(?=\s*,|\s+\d|\s*$)", re.I)


def _club_meeting_venue(title: str) -> tuple[str, str, str] | None:
    """The body, the organisation and the place a title names for a club's meeting with
    the place after it ("Referat Nordby vel styremøte i Grendehuset" → "Styret", "Nordby
    vel", "Grendehuset"): the words before the place name the club and its body; None
    otherwise ("Referat fra styremøte i Nordby IL" names the parent after "i")."""
    if "møte " not in title.casefold():
        return None  # (most titles)
    found = _CLUB_MEETING_AT.search(title)
    if found is None:
        return None
    body, organization = _body_and_organization(title[:found.start() + 4])
    if body is None or organization is None:
        return None
    return body, organization, found.group("place")


# A matter put to the board outside a meeting, read as a body: "Styrebehandling per
# e-post", "Styrebehandling på e-post", "Skriftlig styrebehandling" (the board is who
# decides).
_BOARD_HANDLING = lazy_regex(r"(?:skriftle?i?g\s+)?Styrebehandling"
                             r"(?:\s+(?:per|pr\.?|på|via)\s+e-?post)?", re.I)


def _norwegian_name(name: str) -> str:
    """A body's name in Norwegian and in Sami or Kven across " / " ("Nord-Troms regionråd /
    Davvi-Romssa regionráđđi", "Kainun kielen verkosto / Kvensk språknettverk"): the half
    that names a body by a Norwegian word (råd, nettverk, gruppe …), the name the minutes
    use in their text. The other half must be two words or more in capitals, as such a
    name is ("Regionrådet / AU" is the council and its committee)."""
    halves = name.split(" / ")
    if len(halves) != 2:
        return name
    named = [bool(_BODY_STEMS.search(half)) for half in halves]
    if named[0] and named[1]:
        # both name a body by its word, the Sami half by a compound of its own
        # ("Reindriftsforum Troms / Romssa boazodoalloforum"): the half with no Sami in it
        sami = [_sami_words(half) for half in halves]
        return halves[sami.index(False)].strip() if sami[0] != sami[1] and \
            all(len(half.split()) >= 2 for half in halves) else name
    if named[0] == named[1]:
        return name
    other = halves[named.index(False)].split()
    if len(other) < 2 or not other[0][:1].isupper():
        return name
    return halves[named.index(True)].strip()


# The stems of North Sami words a body's or a place's Sami name is built from, beside the
# letters only Sami writes (``SAMI_LETTERS``): "boazodoallo" (reindeer herding), "sámi",
# "giella" (language), "ráđđi" (council), "fierpmádat" (network), "searvi" (association).
_SAMI_STEMS = lazy_regex(r"(?i)boazo|sámi|giel(?:la|da)|ráđđ|fierpm|searvi|guovdd|čoahk")


def _sami_words(text: str) -> bool:
    """Whether a name holds Sami words (see ``_SAMI_STEMS``)."""
    return bool(SAMI_LETTERS.intersection(text)) or _SAMI_STEMS.search(text) is not None


def _bilingual_bar(name: str) -> str | None:
    """A cross-border body's letterhead in both languages across a bar ("Grensekomiteen
    Nordfjell–Idre | Gränskommittén Nordfjäll–Idre"): the Norwegian half
    (``_norwegian_name``), when the other half is a name of as many words, each
    capitalised; None for a web page's bar between a title and its site ("Referat
    styremøte | Lia vel")."""
    halves = name.split(" | ")
    if len(halves) != 2 or len(words := halves[0].split()) != len(other := halves[1].split()) \
            or not all(word[:1].isupper() for word in words + other):
        return None
    norwegian = _norwegian_name(" / ".join(halves))
    return None if " / " in norwegian else norwegian


# A document's word alone after the last dash of a title: "… – møteoppsummering",
# "… – referat", "… – møtenotater", nynorsk "… – samandrag".
_DOC_WORD_AFTER_DASH = lazy_regex(
    r"\s+–\s+(?:møte)?(?:oppsummering|referat|notater|notat|sammendrag|samandrag|"
    r"protokoll)\s*$", re.I)
# A review of an event as a title's subject: "Evaluering av øvelse Flom", "Evaluering etter
# brannen i Nordgata", "Gjennomgang av hendinga 3. mars" (what was reviewed, no body).
_REVIEW_OF = lazy_regex(r"(?:evaluering|gjennomgang)\s+(?:av|etter)\s", re.I)


def body_and_organization(title: str | None) -> tuple[str | None, str | None]:
    """``_body_and_organization``, with a parent read from an all-capitals title given
    a capital first letter ("… I NORGES KORFORBUND" → "Norges korforbund") and company
    forms in capitals again ("… NÆRINGSHAGE AS" → "… næringshage AS"). A web page's
    title parts its words with bars ("Referat styremøte | Lia vel"), read as the dashes
    that part them in minutes ("Referat styremøte – Lia vel")."""
    if title and " | " in title:
        title = _bilingual_bar(title) or title.replace(" | ", " – ")
    if title and " / " in title:
        title = _norwegian_name(title)  # "Nord-Troms regionråd / Davvi-Romssa regionráđđi"
    if title and (" med eig" in title or " med eier" in title) and \
            (owners := _MEETING_WITH_OWNERS.search(title)):
        # "Protokoll frå møte med eigarane av Nordfjella Vekst AS": the company's owners'
        # meeting, as "eigarmøte i Nordfjella Vekst AS" names it (whoever convened it)
        meeting = "eigarmøte" if owners.group("owners")[:3].casefold() == "eig" else "eiermøte"
        title = f"{title[:owners.start()]}{meeting} i {title[owners.end():]}"
    if title and title[-1:].isdigit() and (year := _YEAR_AT_END.search(title)) and (
            _ANNUAL_MEETING.search(title) or not year.group().startswith(" ") or
            year.group("month")):
        # "Årsmøte i Regionrådet for Fjordsida 2026", "… for Fjellregionen, februar 2026":
        # the meeting's year (and month), apart from the name
        title = title[:year.start()]
    if title and " i " in title[-14:] and title[-1:].islower() and \
            (month := _MONTH_AT_END.search(title)):
        title = title[:month.start()]  # "Frå nettverksmøtet i april": when, not whose
    if title and title[-1:].isdigit() and "/" in title[-8:] and \
            (number := _MEETING_NUMBER_AT_END.search(title)) and \
            not title[:number.start()].casefold().endswith(("møte", "moete", "møtet")):
        title = title[:number.start()]  # "Protokoll frå eigarforum 2/2026", "Referat fra
        # møte i Regionrådet for Hadeland 3/2025": the meeting's number in its series, no
        # part of the body's name nor of its parent's
    if title and " – " in title and (kind := _DOC_WORD_AFTER_DASH.search(title)):
        title = title[:kind.start()]  # "Prosjektgruppe felles legevakt – møteoppsummering":
        # the document's word after the body's name is no part of it
    if title and " – " in title and (party := _PARTY_MEETING_AFTER_DASH.search(title)) and \
            not names_a_body(title[:party.start()]):
        return None, None  # "Regional plan for kystsonen – samråd med siida": the subject,
        # then a meeting with another party, names no body that met
    body, organization = _body_and_organization(title)
    if body and body[:1] in "0123456789MmSs" and (serial := _SERIES_NUMBER_FIRST.match(body)):
        # "Sammanträdesprotokoll 1/2027 – Gränskommittén X", "Møteprotokoll 1/2027 –
        # Regionrådet for X": the meeting's number in its series is never a body; after
        # the meeting's word and a comma only a body's name is ("Møte 1/2027, Regionrådet
        # for X", "sammanträdet 1/2027, Gränskommittén X"; not "Møte 2/2027, Teams")
        after = body[serial.end():]
        body, organization = body_and_organization(after) if after else (None, None)
        if serial["word"] and body and not _BODY_STEMS.search(body) and \
                not body.split(" ", 1)[0].casefold().endswith(_SWEDISH_BODY_ENDINGS):
            body, organization = None, None
    if body and body[:1] in "EeGg" and _REVIEW_OF.match(body):
        return None, None  # "Referat – evaluering av øvelse Flom 2026": what the meeting
        # went through, no body (the name over the title says who met)
    if body and body == title and " – " in body and (named := _name_before_subject(body)):
        body, organization = named  # "Lønnsnettverket i Salten – forberedelse til …"
    if body and " – " in body and "nterkommunal" in body and \
            (described := _BODY_THEN_DESCRIPTION.fullmatch(body)) and \
            _BODY_STEMS.search(described["name"].split(" ", 1)[0]):
        body = described["name"]  # "Styringsgruppen for FACT Vestdalen – interkommunalt
        # ROP-team": what the team it steers is, no part of the group's name
    if title and (club := _club_meeting_venue(title)):
        body, organization = club[:2]  # "Referat Nordby vel styremøte i Grendehuset": the
        # club's board met, the place after "i" is where (not the parent)
    if organization and organization[-1:].isdigit() and \
            (year := _YEAR_AT_END.search(organization)) and \
            not _PROJECT_NAME_YEAR.search(organization):  # ("Reiselivsprosjektet Indre Sogn
        # 2030": the project's name holds its year)
        # "Styremøte i Nordby IL 2026", "Regionrådet for Hadeland 2026": the parent's name
        # has no year (a project's "Fjordlys 2030" is a body, not a parent)
        organization = organization[:year.start()]
    if organization and title and ", " in title and _town_before_day(title, organization):
        organization = None  # "Protokoll fra styremøte, Tromsø, torsdag 8. oktober": where
        # and when, as a letter is placed and dated, not the board's parent
    if organization is None and body and _HEALTH_PARENT_HINT.search(body) and \
            (split := _body_of_health_parent(body)):
        body, organization = split  # "Strategisk samarbeidsutval, Helsefellesskapet Helse
        # Førde": the forum of the hospital trust and its municipalities
    if body and body[:8] in ("Styre i ", "Styret i") and organization is None and \
            (rest := body.partition(" i ")[2]) and " " not in rest and rest.islower() and \
            rest.endswith(("et", "en", "a")):
        body = "Styret"  # "Protokoll fra styremøte i næringsfondet": the board of the fund the
        # letterhead names, by its common noun (``_parent_below`` reads the letterhead)
    if body and body[:5] in ("Styre", "Skrif") and _BOARD_HANDLING.fullmatch(body):
        body = "Styret"  # "STYREBEHANDLING PER E-POST", "Skriftlig styrebehandling": the
        # board decided, as "E-postmøte i styret" says
    if body in _NYNORSK_BODIES and title and _NYNORSK_TITLE.search(title):
        body = _NYNORSK_BODIES[body]  # "Referat frå prosjektgruppemøte": Prosjektgruppa
    if organization is None and body and " " in body and (parent := _trailing_cooperation(body)):
        organization = parent  # "Faggruppe oppvekst Gjøvikregionen"
    elif organization is None and body and body[-1:] == ")" and \
            (bracketed := _BRACKETED_PARENT.search(body)):
        # "Prosjektgruppe felles arkiv (Hallingdal IKT)": the cooperation whose group it
        # is, in brackets after the group's name (not its initials: "Arbeidsutvalet (AU)")
        body, organization = body[:bracketed.start()], bracketed.group("parent")
    if organization and body and " " not in body and body.casefold().endswith("møte") and \
            (group := compound_body(body)) is not None:
        body = group  # "Kystsoneplan for Lofoten, plangruppemøte 3/2026": the meeting word
        # after the parent's name stands for its group ("Plangruppen"), as it does alone
    if organization is None and body and " " in body and "enter" in body and \
            (centre := _meeting_of_centre(body)):
        body, organization = centre  # "Referat – kontaktpersonmøte Krisesenteret i Østmark"
    if body and " med " in body and (cases := _MEETING_WITH_CASES.fullmatch(body)):
        body = compound_body(cases["meeting"]) or cases["meeting"]  # "Referat fra
        # personalmøte med AMU-saker": the meeting's word names who met, its cases do not
    if body and " – møte med " in body and (word := _body_before_meeting_with(body)):
        body = word  # "Referat fra samarbeidsrådet – møte med kommunenes kontaktpersoner"
    if title and title.isupper():
        if organization:
            organization = _forms_in_capitals(organization[0].upper() + organization[1:])
            if organization[1:3].islower():
                organization = _vowelless_initials(organization, title)
        if body:
            body = _initials_in_capitals(_forms_in_capitals(_named_after_noun(body)), title)
    return body, organization


def _meeting_of_centre(body: str) -> tuple[str, str] | None:
    """The meeting's word and the crisis centre named after it ("Kontaktpersonmøte
    Krisesenteret i Østmark", "Personalmøte Overgrepssenteret Dal"): the meeting held at
    the centre names the body, the centre its parent (``names_crisis_centre``)."""
    word, _, rest = body.partition(" ")
    if not word.casefold().endswith("møte") or not names_crisis_centre(rest):
        return None
    return compound_body(word) or word, rest


# A meeting's word, then "med" and the kind of cases it took: "Personalmøte med AMU-saker",
# "Styremøte med budsjettsaker" (nynorsk "… med AMU-saker" too).
_MEETING_WITH_CASES = lazy_regex(r"(?P<meeting>[\wæøåÆØÅ-]*møte)\s+med\s+"
                                 r"[\wæøåÆØÅ-]*(?:saker|sakene|saka|sakane)")


def _body_before_meeting_with(body: str) -> str | None:
    """The body a title names before "– møte med …" ("Samarbeidsrådet – møte med
    kommunenes kontaktpersoner", "Styret – møte med eierkommunene"): the body met, and
    those it met with are no part of its name. Only a body's word alone (a named party,
    "Reinbeitedistrikt 19 Gávvir – møte med kommunen", is one side of a joint meeting)."""
    word = body.partition(" – møte med ")[0]
    return word if " " not in word and names_a_body(word) else None


# A meeting's number in its series opening what a title leaves of the body: "1/2027 – X".
_SERIES_NUMBER_FIRST = lazy_regex(r"^(?:(?P<word>møte|møtet|möte|mötet|sammanträdet?)\s+"
                                  r"(?=[\dNn]))?(?:nr\.?\s*)?\d{1,3}\s*/\s*(?:\d{2}|\d{4})"
                                  r"(?:\s*[,–—-]\s*|$)", re.I)


# A meeting held with or between parties after a dash: "… – samråd med siida", "… –
# konsultasjon med reinbeitedistriktet", "… – dialogmøte mellom X og Y" (a talk's noun, or
# a joint meeting's word of ``_JOINT_MEETING_WORDS``).
_PARTY_MEETING_AFTER_DASH = lazy_regex(rf"\s–\s+(?:(?:{TALKS})(?:er|ar|smøte)?|"
                                       + "|".join(sorted(_JOINT_MEETING_WORDS)) +
                                       r")\s+(?:med|mellom)\s", re.I)


# A meeting with a company's owners named after it: "møte med eigarane av X AS", "møte
# med eierne i X IKS" (the owners' meeting of X).
_MEETING_WITH_OWNERS = lazy_regex(r"\bmøte\s+med\s+(?P<owners>eigarane|eierne|eigarkommunane|"
                                  r"eierkommunene)\s+(?:av|i|for|til)\s+(?=[A-ZÆØÅ])")


# A body's name, then after a dash what the thing it serves is, in two small words
# ("… – interkommunalt ROP-team", "… – interkommunal tjeneste").
_BODY_THEN_DESCRIPTION = lazy_regex(r"(?P<name>[A-ZÆØÅ].*?\s+for\s+[A-ZÆØÅ].*?)\s+–\s+"
                                    r"interkommunal[te]?\s+[a-zæøåA-ZÆØÅ][\w-]*")


def _name_before_subject(title: str) -> tuple[str, str | None] | None:
    """The body and parent of a heading that names a body and, after a dash, the
    meeting's subject in lower case ("Lønnsnettverket i Salten – forberedelse til lokale
    forhandlinger 2026"): the name before the dash, read alone; None when the name names
    no body or the words after the dash name one or the document, or are no phrase of a
    subject but a word of the name ("Regionalt planforum – administrativt")."""
    name, _, subject = title.partition(" – ")
    if not subject[:1].islower() or subject.count(" ") < 2 or names_a_body(subject) or \
            _MINUTES_WORDS.search(subject) or not names_a_body(name) or \
            subject.startswith(("kommunene ", "kommunane ")):
        return None  # (nor the other side of a joint body: "Samarbeidsutvalget for
        # tannhelse – kommunene i Sørdal", the county's service and the municipalities)
    body, organization = _body_and_organization(name)
    return (body, organization) if body else None


# A parent's name in brackets closing a body's name: two or three words, the first
# capitalised and not in capitals alone ("(Hallingdal IKT)", "(Vest-Telemarkrådet)" is one
# word and may be the body's own short name, so it is left).
_BRACKETED_PARENT = lazy_regex(r"(?<=[a-zæøå])\s+\((?P<parent>[A-ZÆØÅ][a-zæøå][\w-]*"
                               r"(?:\s+[\w-]+){1,2})\)$")


def _trailing_cooperation(body: str) -> str | None:
    """The cooperation whose one-word name closes a body's name ("Faggruppe oppvekst
    Gjøvikregionen", "Nettverk for IKT Midt-Telemarkrådet"), or None: the body's parent,
    as "Osloregionens faggruppe" names Osloregionen; the body keeps its full name."""
    rest, _, last = body.rpartition(" ")
    if not rest or not one_word_cooperation(last) or \
            _BODY_STEMS.search(rest.split(" ", 1)[0]) is None:
        return None
    # ("Styringsgruppen for Kystsamarbeidet" names what the group steers, after its
    # preposition: the body's own name, read as written; so does the last of several
    # regions after it, "Nettverket for Gjøvik-, Hadeland- og Valdresregionen")
    before = rest.rsplit(" ", 1)[-1].casefold()
    return None if before in _BODY_NAME_LINKS or (before == "og" and "-, " in rest) else last


# The words that join a body's kind to what it serves: "… for X", "… i X". (Prepositions
# only, not ``NAME_LINKS``: "og" after a kind joins two regions, read apart.)
_BODY_NAME_LINKS = frozenset(("for", "i", "av", "til", "fra", "frå", "under", "om"))


def _town_before_day(title: str, organization: str) -> bool:
    """Whether a one-word "parent" stands between two commas right before the meeting's
    day in the title ("…, Tromsø, torsdag 8. oktober 2026"): a town that places the
    meeting, not an organisation (a cooperation's one-word name, "Kystnettverket", stays)."""
    if " " in organization or one_word_cooperation(organization) or \
            _BODY_STEMS.search(organization):
        return False
    return re.search(rf",\s+{re.escape(organization)},\s+(?:(?i:{_WEEKDAY})\b|den\s|\d)",
                     title) is not None


# One capitalised word after a whole date and "i" ends the title: the town it met in
# ("Referat fra styremøte 3. mars 2026 i Vik"); a club ("i Vik IL") has two words.
_TOWN_AFTER_YEAR = lazy_regex(r"(?<=\d{4})\s+i\s+(?P<town>[A-ZÆØÅ][a-zæøå-]+)\.?$")


# Where the parent of a health cooperation's forum may begin: the health cooperation
# ("Helsefellesskapet …"), a hospital trust ("Helse Førde", "Sykehuset Innlandet HF",
# "Sjukehuset i Telemark", "Vestre Viken HF"): a cheap precheck, then the split itself.
_HEALTH_PARENT_HINT = re.compile(r"[Hh]elsefellesskap|Helse\s|Sykehuset\s|Sjukehuset\s|\sHF\b")
_HEALTH_PARENT_NAME = (r"(?:[Hh]elsefellesskapet|[Hh]elsefellesskap)\s+\S.*|"
                       r"(?:Helse|Sykehuset|Sjukehuset)\s+(?:i\s+)?[A-ZÆØÅ].*|"
                       r"[A-ZÆØÅ][\w-]+(?:\s+[A-ZÆØÅ][\w-]+)?\s+HF(?:\s.*)?")
_HEALTH_PARENT = lazy_regex(rf"^(?P<body>.+?)\s*,?\s+(?:(?:i|ved)\s+)?"
                            rf"(?P<org>{_HEALTH_PARENT_NAME})$")
# … or in brackets after it: "Fagrådet for legevakt (Helsefellesskapet Vestre Viken)".
_BRACKETED_HEALTH_PARENT = lazy_regex(rf"^(?P<body>.+?)\s*\((?P<org>{_HEALTH_PARENT_NAME})\)$")


_NOT_BEFORE_PARENT = frozenset({*_PHRASE_WORDS, "for", "mellom"})


def _body_of_health_parent(name: str) -> tuple[str, str] | None:
    """A forum named with the health cooperation or hospital trust it belongs to after it
    ("Strategisk samarbeidsutval Helsefellesskapet Helse Førde", "Overordna
    samarbeidsutval (OSU) Helse Førde og kommunane", "Fagråd legevakt, Helsefellesskapet
    Innlandet", "… i helsefellesskapet X"): the forum, then its parent as written ("for"
    is left to the other rules: "Styringsgruppen for X" names a group by its task). The part before
    must name a body ("utval", "råd", "gruppe" …) so a trust's own name ("Helse Førde HF")
    or a topic never splits, nor a forum "mellom" (between) the trust and the
    municipalities, whose whole name is the body's."""
    found = (_BRACKETED_HEALTH_PARENT.match(name) if name[-1:] == ")" else None) or \
        _HEALTH_PARENT.match(name)
    if found is None:
        return None
    body = found.group("body").rstrip(" ,–-")
    if not _BODY_STEMS.search(body) or body.split()[-1].casefold() in _NOT_BEFORE_PARENT or \
            _HEALTH_PARENT_HINT.search(body):
        return None
    return body[0].upper() + body[1:], found.group("org").strip()


def _initials_in_capitals(body: str, title: str) -> str:
    """A body of initials alone keeps its capitals when its all-capitals title is put
    in normal case: "REFERAT FRA MØTE I FAU VED NORDBY SKOLE" → "FAU", not "Fau" (the same
    for "SU", "SMU", "AU", "OSO", and for two joined: "SU/SMU", "SU og SMU"); a noun
    ("RÅDET", "LAGET", "TEAM", "BYRÅD") is a word. So do initials before a hyphen that
    joins them to the body's word: "SLT-STYRINGSGRUPPA" → "SLT-styringsgruppa"."""
    if body[1:5].find("-") > 0:
        body = _initials_before_hyphen(body, title)
    if "-" in body[5:] and " " in body:
        # "STYRINGSGRUPPEN FOR IKT-TJENESTER" → "… for IKT-tjenester": initials before a
        # hyphen later in the name keep their capitals as the first word's do
        first, *rest = body.split(" ")
        body = " ".join([first, *(_initials_before_hyphen(word, title)
                                   if word[1:5].find("-") > 0 else word for word in rest)])
    if len(body) > 16:
        return body
    parts = _JOINED_BODIES.split(body)
    words = title.replace("-", " ").replace("/", " ").split()
    if not all(_shouted_initials(part, words) for part in parts[::2]):
        return body
    return "".join(part if n % 2 else part.upper() for n, part in enumerate(parts))


def _initials_before_hyphen(body: str, title: str) -> str:
    """The body's first word with the initials before its hyphen in capitals again, as
    the title writes them ("Slt-styringsgruppa" from "… I SLT-STYRINGSGRUPPA"): two to
    four letters without a vowel ("SLT", "PPT", "HMS"), or initials read as a word
    ("NAV", "IKT", "SFO"); a place's word before a hyphen ("ØST-", "NORD-") is no such."""
    initials, _, rest = body.partition("-")
    shout = initials.upper()
    if not (2 <= len(initials) <= 4 and initials.isalpha() and
            (shout in _WORD_INITIALS or not _VOWELS.intersection(initials.casefold()))):
        return body
    return f"{shout}-{rest}" if f"{shout}-" in title else body


def _vowelless_initials(name: str, title: str) -> str:
    """A name read from an all-capitals title with its initials in capitals again: a word
    of two to four letters without a vowel, as the title writes it ("… I RKK VALDRES" →
    "RKK Valdres", not "Rkk Valdres"); no word is spelt so."""
    words = name.split(" ")
    shouted = [word.upper() if 2 <= len(word) <= 4 and word.isalpha() and
               not _VOWELS.intersection(word.casefold()) and word.upper() in title.split()
               else word for word in words]
    return " ".join(shouted)


_VOWELS = frozenset("aeiouyæøå")
# (also an oil-spill committee's "IUA", as in "IUA-RÅDET")
_WORD_INITIALS = frozenset(("NAV", "IKT", "SFO", "FAU", "BUP", "DPS", "IUA"))


# Two bodies met together: "SU/SMU", "SU og SMU" (the joining kept as written).
_JOINED_BODIES = lazy_regex(r"(\s*/\s*|\s+og\s+)")


def _shouted_initials(word: str, title_words: list[str]) -> bool:
    """Whether a word of a body read from a capitals title was initials there: 2–5
    letters, written so in the title, no body noun or definite noun."""
    if not 2 <= len(word) <= 5 or not word.isalpha():
        return False
    key = word.casefold()
    return not key.endswith(_SHORT_BODY_WORDS) and not key.endswith(DEFINITE_ENDINGS) and \
        word.upper() in title_words


# The body nouns' definite forms and the other short nouns a body is called by.
_BODY_NOUN_FORMS = {*_BODY_NOUNS.values(), "lag", "team", "ting", "møte", "panel", "stab"}
# (a compound of them too: "BYRÅD")
_SHORT_BODY_WORDS = (*_BODY_NOUNS, *_BODY_NOUN_FORMS)
# (a short word with a definite noun's ending is a noun: "Laget", "Styret", "Lagen",
# "Nemnda", ``DEFINITE_ENDINGS``)


# A year closing a title, after a space, a comma or a dash: "… Nordby idrettslag 2026".
# A month may come before it ("…, februar 2026"), not after a day ("12. mars 2026"); a
# span's end ("2021-2027") is no such year. A name's own digits after its letters may
# stand before them ("Styringsgruppa E39 mai 2027", "Ringveg R4, 2026"): a road's or a
# zone's number, no day.
_YEAR_AT_END = lazy_regex(r"(?:(?<![\d.\s,–-])|(?<=[^\W\d_]\d)|(?<=[^\W\d_]\d\d)|"
                          r"(?<=[^\W\d_]\d\d\d))"
                          rf"[\s,–-]+(?:(?P<month>{_MONTH})\s+)?(?:19|20)\d{{2}}$", re.I)
# A meeting's number in the body's series of the year at a title's end: "… 2/2026", "…
# nr. 3/25" (after a word: not a date "12.3/2025" nor a case "sak 3/2025"; after "møte"
# the title's other rules read it: "Regionrådet i X møte 2/2025")
_MEETING_NUMBER_AT_END = lazy_regex(r"(?<=[^\W\d])(?<!\b[Ss]ak)\s+(?:nr\.?\s*)?\d{1,2}\s*/\s*"
                                    r"(?:\d{2}|\d{4})$")
# The meetings named by their year: "Årsmøte i X 2026", "Generalforsamling i X 2026".
_ANNUAL_MEETING = lazy_regex(r"årsmøte|generalforsamling|representantskapsmøte|årsmøtet",
                             re.I)


# The bodies a compound meeting word names, in nynorsk, for a title in nynorsk.
_NYNORSK_BODIES = {"Styringsgruppen": "Styringsgruppa", "Prosjektgruppen": "Prosjektgruppa",
                   "Faggruppen": "Faggruppa", "Arbeidsutvalget": "Arbeidsutvalet",
                   "Utvalget": "Utvalet"}
_NYNORSK_TITLE = lazy_regex(r"\bfrå\b", re.I)


def _named_after_noun(body: str) -> str:
    """A body from an all-capitals title with its proper name capitalised again:
    "Regionrådet nordhordland" → "Regionrådet Nordhordland" (a definite body noun, then
    its name)."""
    first, _, rest = body.partition(" ")
    if not rest or not first.casefold().endswith(BODY_WORD_ENDINGS) or \
            any(w in NAME_LINK_WORDS or w in _PARTNER_MUNICIPALITIES for w in rest.split()) or \
            _field_words_only(rest.split()):
        return body  # (nor "Samarbeidsutvalet tannhelse – kommunane": the service and the
        # municipalities that cooperate, common nouns, as "… kommunane i X" reads; nor the
        # service's field alone, "Samarbeidsutvalet tannhelse")
    return f"{first} {' '.join(w[:1].upper() + w[1:] for w in rest.split())}"


def _forms_in_capitals(text: str) -> str:
    """Company forms and agencies in capitals again: "… næringshage as" → "… AS"."""
    return _COMPANY_FORM.sub(lambda m: m.group(0).upper(), text)


# Company forms (``vocab.COMPANY_FORMS``) and agencies written in capitals ("… næringshage
# AS", "Vestfold Vann IKS"), and "DA" at the end; a closing "ba" stays small, as a header's
# sentence that ends on the verb ("… som styret ba") is likelier than a BA's name.
_COMPANY_FORM = lazy_regex(rf"\b(?:{'|'.join(COMPANY_FORMS)}|ks|nav|nho|il)\b|(?<=\s)da$", re.I)


# An English-labelled minutes' title names the body before "meeting": "Minutes –
# Steering Group meeting", "Minutes of the Board meeting 12 May 2025", and so does a
# title without the word ("Steering Group meeting – Nordic Coastal Network", "Agenda:
# Board meeting").
_ENGLISH_MINUTES = lazy_regex(r"^(?:(?:minutes|agenda)\s*(?:of\s+(?:the\s+)?|[–:-]\s*))?"
                              r"(?P<body>[A-ZÆØÅ][\w -]*?)\s+meeting\b"
                              r"(?:\s*[,–-]\s*(?P<org>[A-ZÆØÅ][^\d,]*?)\s*$)?", re.I)


# Who come to a meeting named for them, no body of its own ("Partner meeting", "Members'
# meeting"), as Norwegian "partnermøte", "medlemsmøte" are.
_ATTENDERS_OF_MEETING = frozenset(("partner", "partners", "member", "members", "owner",
                                   "owners", "stakeholder", "stakeholders"))


# An English title that names the meeting before the body: "Minutes of the meeting of the
# Joint Working Group on Health", "Minutes of the 3rd meeting of the Programme Committee"
# (the body whole, up to a date after it: "…, 12 May 2025").
_ENGLISH_MEETING_OF = lazy_regex(r"^(?:minutes|agenda)\s+(?:of|from)\s+(?:the\s+)?"
                                 r"(?:[\w.]+\s+){0,2}?meeting\s+of\s+(?:the\s+)?"
                                 r"(?P<body>[A-ZÆØÅ].*?)\s*(?:[,–-]?\s*\d.*)?$", re.I)


# A gathering on a theme names what the day was about, not who met ("fagsamling for
# kulturarv i Sunnhordland"); unless a body's word follows ("samling for faggruppe X").
_GATHERING_FIRST = lazy_regex(r"^(?:fag|kontakt|regional\s+|felles\s+)?samling(?:a|en)?\b",
                              re.I)


# A meeting's number before the title: "03/20 Referat …", "4/2023 Protokoll …".
_ORDINAL_FIRST = re.compile(r"^\d{1,2}\.\s+(?=[a-zæøå-]*møte\b)")
_MEETING_NUMBER_FIRST = re.compile(r"^\d{1,3}\s*/\s*\d{2,4}\s+(?=[A-ZÆØÅ])")


# A kind of meeting held with another party: "Kontaktmøte med Statsforvalteren", "dialogmøte
# med fylkeskommunen" (as "møte med …", see ``_met_with_outsider``).
_KIND_OF_MEETING_WITH = lazy_regex(r"(?:kontakt|dialog|samarbeids|samråds)møte[t]?\s+med\s+",
                                   re.I)


def _other_party(party: str) -> bool:
    """Whether the words after a kind of meeting's "med" name an organisation met ("med
    Statsforvalteren i X", "med fylkeskommunen"), not a body of one's own nor the open
    circle a dialogue meeting is ("Dialogmøte med næringslivet" names the meeting)."""
    first = party.split(" ", 1)[0]
    return (first[:1].isupper() or first.casefold() in _DEFINITE_ORGANISATIONS) and \
        not names_a_body(party)


# Organisations a text names by their definite noun: "møte med fylkeskommunen".
_DEFINITE_ORGANISATIONS = frozenset({"fylkeskommunen", "fylkeskommuna", "kommunen", "kommuna",
                                     "kommunene", "kommunane", "statsforvalteren",
                                     "statsforvaltaren"})


def _met_with_outsider(rest: str, stripped: str) -> bool:
    """Whether a title's "møte med X" names whom the body met, not the body: "Referat fra
    møte med Vestland fylkeskommune", "Møte med Statens vegvesen om rassikring" (a county,
    an agency, an office) are the other party, and the body that met is named elsewhere
    (a memo's "Til:", a list of who came); "møte med styret i X" still names a body."""
    if len(stripped) >= len(rest) or not rest[:len(rest) - len(stripped)].rstrip() \
            .casefold().endswith(" med"):
        return False
    return not names_a_body(stripped.split(" om ", 1)[0])


# A compound meeting word with the meeting's number before the body it met in: "styremøte
# 3/2025 i Interkommunalt arkiv Trollheimen IKS", "styremøte nr. 4 i X" (the number, as
# in "Møte nr. 3/2024 i Regionrådet", is no part of the name).
_NUMBERED_COMPOUND = lazy_regex(r"(?P<word>[\wæøå-]+øte)\s+(?:nr\.?\s*)?\d{1,3}"
                                r"(?:\s*[/-]\s*\d{2,4})?(?=\s+(?:i|for)\s)", re.I)


def _body_and_organization(title: str | None) -> tuple[str | None, str | None]:
    """The body that met and the organisation it belongs to, from the title.

    "Referat møte i Osloregionens faggruppe X" → ("Osloregionens faggruppe X",
    "Osloregionen"); "Protokoll fra styremøte i Åsen Vel" → ("Styret", "Åsen Vel");
    "OPPSUMMERING ADMINISTRATIV GRUPPE" → ("Administrativ gruppe", None).
    """
    if not title:
        return None, None
    text = _MEETING_NUMBER_FIRST.sub("", title.strip())  # "03/20 Referat styremøte X …"
    text = _ORDINAL_FIRST.sub("", text)  # "1. styremøte 2006 i Fiskum grendeutvalg"
    if text[:1].isdecimal() and (dated := _DATE_FIRST.match(text)) and (
            _DOC_PREFIX.match(text[dated.end():]) or
            compound_body(text[dated.end():].split(" ", 1)[0]) is not None):
        text = text[dated.end():]  # "12.03.2024 Referat styremøte Fjordvik Vel"
    if text.isupper() and (shouted := _shouted_gathering(text)):
        return shouted  # "NETTVERKSSAMLING I BERGEN": read before the town loses its capital
    if text.isupper() and not _ACRONYM.fullmatch(text):  # ("FAU" stays as written)
        text = _HYPHENATED_PLACE.sub(lambda m: m.group(0).title(), text.capitalize())
        text = _PLACE_BEFORE_COUNCIL.sub(lambda m: m.group(0).capitalize(), text)
        if " for " in text and text.endswith(_SERVICE_ENDS):
            text = _PLACE_OF_SERVICE.sub(_place_of_service, text, count=1)
        if "(" in text:  # "ARBEIDSUTVALGET (AU)": the initials stay in capitals
            text = _BRACKETED_INITIALS.sub(lambda m: m.group(0).upper(), text)
        if "-møte" in text:  # "REFERAT FRA SMU-MØTE": the initials stay in capitals
            text = _INITIALS_BEFORE_MEETING.sub(_initials_of_meeting, text)
        if text[1:5].find("-") > 0:  # "IKT-LEDERNETTVERKET …": so do a body's initials
            text = _INITIALS_BEFORE_BODY.sub(_initials_of_body, text, count=1)
        if " i " in text:
            text = _PARENT_AFTER_BODY.sub(_capitalised_parent, text)
            if " og " in text:  # "VILTNEMNDA I AURVIK OG HOVDAL": the two municipalities
                text = _TWO_PLACES_AFTER_BODY.sub(_capitalised_places, text, count=1)
        text = _COOPERATION_THEN_PLACE.sub(_capitalised_cooperation, text, count=1)
        if text.count(" ") == 1:
            text = _region_after_body_word(text)  # "KLIMANETTVERK GLÅMDALEN"
        if " ved " in text:  # "… BRUKERRÅDET VED SOLBAKKEN SYKEHJEM": the name's capital
            text = _INSTITUTION_AFTER_BODY.sub(lambda m: m.group(0).title(), text, count=1)
        if ", " in text:  # "FAGGRUPPE HELSE, VESTLANDSNETTVERKET": the network is a name
            text = _COOPERATION_AFTER_COMMA.sub(lambda m: m.group(0).capitalize(), text)
    text = _SERIAL_PREFIX.sub("", text, count=1)  # "Nr. 41 - Referat fra …"
    # (its owner ends at a colon or a dash: most titles have neither)
    owner = _OWNER_BEFORE_DOC.match(text) if ":" in text or "-" in text or "–" in text \
        else None
    if owner:  # "Fellesløsninger innen forskerstøtte: Referat fra møte i styringsgruppen"
        body, organization = body_and_organization(owner.group("doc"))
        if body and not body.isdecimal():  # ("… – referat 2026": a year names no body)
            if " " not in body and _owner_is_the_body(owner.group("owner"), body):
                return body_and_organization(owner.group("owner"))
            return body, organization or owner.group("owner")
        kind = _DOC_PREFIX.sub("", owner.group("doc"), count=1).strip(" !.:–-").split(" ", 1)
        if _kind_of_meeting_only(kind[0]):
            return None, owner.group("owner")  # "Prosjekt Ny X – referat fra prosjektmøte
            # nr. 7": the project owns the meeting, whose kind names no body
    if " meeting of " in text.casefold() and (meeting_of := _ENGLISH_MEETING_OF.match(text)):
        # "Minutes of the 3rd meeting of the Programme Committee": the body after "of"
        return meeting_of.group("body"), None
    if " meeting" in text.casefold() and (english := _ENGLISH_MINUTES.match(text)):
        # "Minutes – Steering Group meeting"; "…, Nordic Youth Network": its organisation
        body = english.group("body")
        if body.casefold().rstrip("'’") in _ATTENDERS_OF_MEETING:
            end = text.casefold().index("meeting", english.end("body")) + len("meeting")
            body = text[english.start("body"):end]
            # "Partner meeting no. 4 – Minutes": the partners' meeting is the body, as
            # "Partnermøtet" is (no body "Partner")
        return body, english.group("org")
    if "øte" in text and _club_meeting(text):  # "Fjordvik Vel – styremøte 14. mars 2023"
        club = _CLUB_THEN_MEETING.match(text)
        return compound_body(club.group("word")), club.group("org")
    if ("ØTE" in text[:12].upper() or "FORSAMLING" in text[:30].upper()) and \
            (club_after := _meeting_then_club(text)) is not None:
        return club_after  # "ÅRSMØTE 2026 – NORDLI VELFORENING"
    rest = _DOC_PREFIX.sub("", text, count=1).strip(" !.:–-")  # "MØTEREFERAT! Rådmannsutvalget"
    if rest[:8].casefold() == "stikkord":
        rest = _DOC_PREFIX.sub("", rest, count=1).strip(" !.:–-")  # "Referat – stikkord frå …"
    rest = _SERIAL_PREFIX.sub("", rest, count=1)  # "Referat nr. 6 – møte 17.11.2023"
    if rest[:1].isdecimal():
        named = _DATE_THEN_DASH.sub("", rest, count=1)  # "Referat 12.03.2024 – Faggruppe X"
        if named == rest and len(rest) < len(text):  # "Referat 2024-03-12 Regionrådet"
            named = _DAY_THEN_NAME.sub("", rest, count=1)
        rest = named
    rest = _SUMMONS_PREFIX.sub("", rest, count=1).strip()
    if "AMLING" in rest[:24].upper() and (gathered := _gathering_at(rest)):
        return gathered  # "nettverkssamlingen i Bergen", "NETTVERKSSAMLING I BERGEN"
    if ("amling" in rest[:24] or "øte" in rest[:24]) and (named := _named_after_gathering(rest)):
        return _body_and_organization(named)  # "Nettverkssamling Folkehelsenettverket i …"
    if "amling" in rest[:12] and _GATHERING_FIRST.match(rest) and \
            not _BODY_STEMS.search(rest):
        return None, None  # "Referat frå fagsamling for kulturarv": a gathering, no body
    if "amling" in rest[:24] and _gathering_for_audience(rest):
        return None, None  # "Nettverkssamling for helsesykepleiere 2026": who came, no body
    if rest[:4] in ("Til ", "TIL "):
        rest = _ADDRESSEES.sub("", rest, count=1)  # "Til medlemmene i Helsenettverket X"
    if "ellom " in rest[:30] and (staff := _STAFF_SIDE_MEETING.match(rest)):
        # "Drøftingsmøte mellom Vestfold Renovasjon IKS og de tillitsvalgte etter HTA § 1-4-2":
        # the employer's meeting with its own staff's representatives, read as "Drøftingsmøte
        # i X kommune": the meeting's kind, the employer its organisation
        employer = staff.group("org") or staff.group("org2")
        return staff.group("kind").capitalize(), employer if employer[:1].isupper() else None
    if ("ellom" in rest or rest[:6].casefold() == "felles") and _JOINT_MEETING.match(rest):
        # "Fellesmøte mellom regionrådet og AU": no one body met; but the councils of two
        # regions named together met as one ("… for regionråda i X og Y")
        return _joint_bodies(rest, title.isupper())
    rest = _MEETING_ADJECTIVE.sub("", rest, count=1)  # "ekstraordinært styremøte"
    if "eneralforsamling" in rest[:40] and (general := _GENERAL_MEETING.match(rest)):
        return "Generalforsamlingen", general.group("org")  # "… i Solhaugen borettslag"
    if " i " in rest:  # "Teams-møtet i dag": a day, not a meeting in a body named "dag"
        rest = _RELATIVE_DAY.sub("", rest)
    if rest[:4].casefold() in ("fra ", "frå "):
        rest = _FROM_THE_MEETING.sub("", rest, count=1)  # "Fra møtet i regionrådet"
    if rest[:4].casefold() in ("dage", "gårs", "kvel"):
        rest = _DAY_GENITIVE.sub("", rest, count=1)  # "Kort referat fra dagens møte"
    if " med " in rest[:30] and (kind := _KIND_OF_MEETING_WITH.match(rest)) and \
            _other_party(rest[kind.end():].split(" om ", 1)[0]):
        return None, None  # "Kontaktmøte med Statsforvalteren i X": whom the body met
    if "amling" not in rest[:20] or _board_gathering(rest.split(" ", 1)[0]) is None:
        stripped = _LEADING_MEETING.sub("", rest).strip()  # (not "styresamling i X": below)
        if _met_with_outsider(rest, stripped):
            return None, None  # "Notat frå møte med Vestland fylkeskommune om busstilbodet"
        rest = stripped
    if "øte " in rest[:24] and (numbered := _NUMBERED_COMPOUND.match(rest)) and \
            compound_body(numbered["word"]) is not None:
        rest = f"{numbered['word']} {rest[numbered.end():]}"  # "styremøte 3/2025 i X …"
    if "øte i " in rest[:40] or "øte – " in rest[:40] or "øte - " in rest[:40]:
        rest = _body_past_kind_of_meeting(rest)  # (the pattern's words)
    bare = _BARE_MEETING.match(rest)
    if bare and _BODY_STEMS.search(bare.group("body")):
        rest = bare.group("body")  # "Protokoll fra møte Midt-Troms regionråd"
    rest = _without_doc_word(rest)  # "Skate-møte 23. mars 2022 – referat"
    if "-" in rest or "–" in rest or "—" in rest or ", " in rest:  # (a dash or a comma)
        rest = _TRAILING_KIND.sub("", rest)  # "… universitetsstyret - ekstraordinært møte"
    if " og " in rest or "–" in rest or "-" in rest:  # (the pattern needs a link)
        rest = _FIRST_OF_TWO_DAYS.sub(" ", rest)  # "… Nordby Vekst AS 3. og 4. mars 2024"
    rest = _before_date_part(rest)
    # The patterns marked (d) cannot match without a digit, and the substitutions only
    # take text away: a title without digits (most) skips them.
    digits = dates.DIGIT.search(rest) is not None
    if digits:  # (d)
        first, _, after = rest.partition(" ")
        if after[:1].isdecimal() and (compound := compound_body(first)) and \
                (club := _club_after_date(after)):
            return compound, club  # "styremøte 14.03.2024 Nordby Sanitetsforening"
        rest = _VENUE_AFTER_DATE.sub("", rest)  # "Frostating 18.06.04 i Inderøy kulturhus"
    if " på " in rest and (venue := _title_venue(rest)):
        rest = rest[:venue.start()]  # "styremøte på Scandic Havet i Bodø": where, no parent
    if "hos" in rest:  # (the pattern's one word)
        rest = _AT_SOMEONES.sub("", rest)  # "… i Reistaddalen veglag hos Ove Straume torsdag …"
    if digits:  # (d)
        rest = _PLACE_AFTER_YEAR.sub("", rest)
        rest = _INNER_DATE.sub("", rest)  # "Fellesmøte 7.1.2014 med hovedutvalget …"
    if "dag" in rest.lower():  # (every weekday's name ends in "dag")
        rest = _FROM_WEEKDAY.sub("", rest)  # "Styremøte i Bygdelaget måndag 23.febr. kl. …"
    if " i " in rest or " forr" in rest or " førr" in rest or " sist" in rest:  # (its words)
        rest = _RELATIVE_DAY.sub("", rest)  # "Referat fra styremøtet i går" (a mail's subject)
    if rest.casefold() in _RELATIVE_DAY_WORDS or (
            rest[:1].islower() and rest.split(" ", 1)[0] in _RELATIVE_DAY_WORDS):
        # "Referat fra møtet i går": the prefix took "møtet i", the day is no body, nor
        # the place and hours a mail's sentence tells after it ("… i går på rådhuset kl. 12")
        rest = ""
    if digits:  # (d)
        rest = _without_meeting_number(rest)  # "Regionrådet i X møte 3/2025"
        rest = _TRAILING_TIME.sub("", rest)  # "FAU møte 22.11. 2022 kl 18.00-19.00"
        rest = _TRAILING_DATE.sub("", rest)
    rest = rest.strip(" ,–-:")
    if digits:  # (d)
        rest = _DATE_AND_AFTER.sub("", rest)  # "Os fjellstyre 25.02.20 kl 19.30 på kontoret"
        rest = _without_trailing_number(rest)  # "… arbeidsmiljøutvalg - 3/2018"
        if "øte" in rest:  # (the pattern's word)
            rest = _MEETING_WORD_AT_END.sub("", rest)  # "Regionrådet i X, møte 3/2025"
    rest = _without_doc_word(rest)  # "SU referat 22.11.16"
    rest = _without_meeting_form(rest)  # "REGIONRÅDET DIGITALT", "Styret, på Teams"
    then_meeting = _BODY_THEN_MEETING.match(rest)
    last_word = then_meeting.group("body").split()[-1] if then_meeting else ""
    if then_meeting and _BODY_STEMS.search(last_word) and not last_word.endswith("s") and \
            compound_body(last_word) is None:
        # "Ungdomsråd møte 17. april", "Reindriftsstyret møte i Alta": the body, then where
        # (a genitive, "Fellesnemndas møte", is the owner's: see _WHOSE_MEETING)
        body = then_meeting.group("body")
        return body[0].upper() + body[1:], None
    hyphen_meeting = _HYPHEN_MEETING.match(rest)
    if hyphen_meeting and compound_body(rest) is None and \
            not _BARE_MEETING_WORD.fullmatch(rest):  # "Teams-møtet": a channel, no body
        return hyphen_meeting.group("body"), None  # "Skate-møte": the body is Skate
    if "øte" in rest and (held := post_holders_meeting(rest)):
        return held, None  # "Referat oppvekstsjefmøtet": the heads' forum met
    if not rest or _NUMBERED_MEETING.match(rest) or _SERIAL_ONLY.fullmatch(rest) or \
            _BARE_MEETING_WORD.fullmatch(rest) or _kind_of_meeting_only(rest):
        # "Referat fra møte 3/2022" names no body ("Oppsummering fra nettverkssamling"
        # names the network)
        return (gathering_body(rest) if "amling" in rest else None), None
    dashed = _dash_split(rest)
    if dashed:
        return dashed
    if "øte" in rest and (named := _kind_then_named_body(rest)):
        return named, None
    words = rest.split()
    compound = compound_body(words[0].rstrip(",:")) or _board_gathering(words[0].rstrip(",:"))
    if compound is None and (acronym := _ACRONYM_MEETING.match(words[0])) and len(words) > 1:
        compound = acronym.group("body")  # "FAU-møte Solvik skole": FAU of the school
    if compound and re.match(r"^\S+\s*[,–-]\s*[A-ZÆØÅ]", rest) and \
            not re.search(r"\s[–-]\s", rest):
        # "nettverksmøte, Barnehagenettverket i Fjordkommunene": the name follows
        after = re.sub(r"^\S+\s*[,–-]\s*", "", rest)
        named = body_and_organization(after)
        if named[0] and _BODY_STEMS.search(named[0]):
            if not named[1] and compound.casefold() in _BOARDS_OF_COOPERATION and \
                    not named[0].casefold().endswith(("styre", "styret")):
                return compound, named[0]  # "styremøte, Norddal regionråd": the council's
                # board met, as in "styremøte i Norddal regionråd"
            return named
        if named[0] and not named[1] and not _FROM_WEEKDAY.search(after):
            # "prosjektgruppemøte, Vannområdet Hurdalsvassdraget": the group's owner
            return compound, after
    if compound:
        tail = re.sub(r"\([^)]*\)", "", " ".join(words[1:])).strip()
        tail = _YEAR_FIRST.sub("", tail)  # "styremøte 2006 i Fiskum grendeutvalg"
        if tail[:8].casefold() == "prosjekt" and \
                tail.casefold().startswith(("prosjekt ", "prosjektet ")):
            return f"{compound} {tail}", None  # "styringsgruppemøte prosjekt Ny skole": a
            # group named by its project, which is no parent organisation
        # (a council at an institution, "ved": "brukerrådsmøte ved Solbakken sykehjem")
        org_match = re.match(r"^(?:i|for|ved)\s+(.+)$", tail)
        if org_match and (_BODY_STEMS.search(org_match.group(1).split()[0]) or
                          _ends_in_own_kind(words[0], org_match.group(1)) or
                          _network_of_members(compound, org_match.group(1))) and \
                compound.casefold() not in {"styret", "arbeidsutvalget", "arbeidsutvalet",
                                            "representantskapet"}:
            # (but "styremøte i Språkrådet" is a meeting of the council's board, and
            # "representantskapsmøte i Friluftsrådet X" of the owners' assembly of it)
            # "nettverksmøte i Folkehelsenettverket Helgeland": the name is the body's
            return body_and_organization(org_match.group(1).strip())
        if org_match and org_match.group(1)[:1].islower() and not title.isupper():
            # "nettverksmøte for folkehelse": a topic names the body, no parent is named
            # unless a place follows ("… for næringsutviklere i Setesdal")
            named = f"{_as_written_body(words[0].rstrip(',:')) or compound} {tail}"
            in_org = _BODY_IN_ORG.match(named)
            if in_org and in_org.group("body").split()[-1].islower():
                return in_org.group("body"), in_org.group("org")
            return named, None
        if org_match and compound.casefold() in {"regionrådet", "samarbeidsrådet"} and \
                not _ORG_FORM.search(org_match.group(1)) and \
                not org_match.group(1).strip().casefold().endswith("regionen"):
            # "regionrådsmøte i Vestdal": the council of a region is the cooperation itself,
            # as "Regionrådet i Vestdal" is (see _REGION_COUNCIL)
            return f"{compound} {tail}", None
        if org_match and tail[:4] == "for " and \
                _HYPHENATED_PLACE.fullmatch(org_match.group(1).strip()) and \
                compound.casefold() not in _GOVERNING_BODIES:
            return f"{compound} {tail}", None  # "… for Sør-Trøndelag": the region's own
            # (after "i" the region is whom the body serves, as "i Hallingdal" is: below)
        if org_match:
            named = org_match.group(1).strip()
            if compound == "Styret" and named.casefold().endswith(("styre", "styret")):
                return named, None  # "styremøte i Røldal fjellstyre": the board is the body
            return compound, named
        if title.isupper() and tail.isalpha() and \
                (topic := _topic_group(words[0], tail.capitalize())):
            return topic, None  # "REFERAT FAGGRUPPEMØTE HELSE", lower-cased above (one word:
            # the club form of "NORDBY IL" is lost in lower case)
        if title.isupper():  # "STYREMØTE SAUDA SAU & GEIT": lower-cased above
            return compound, _shouted_name(tail)
        if (topic := _topic_group(words[0], tail)):
            return topic, None  # "Faggruppemøte Helse": the group's field, no parent
        if compound.casefold() in _PROJECT_GROUPS and _named_after_dash(tail) == tail:
            return compound, tail  # "prosjektgruppemøte Felles legevakt Hadeland": the
            # project named as a whole, as after a dash (not its last word alone)
        return compound, _org_from_tail(tail)
    if rest[:1].islower() and (owned_by := _definite_body_then_owner(words)) is not None:
        return owned_by  # "Møtereferat brukerrådet Solbakken sykehjem"
    rest = rest[0].upper() + rest[1:]
    if (owned := _initials_of_named_org(words)) is not None:
        return owned
    if "(" in rest and (parent := _parent_past_initials(rest)):
        return parent
    whose = _WHOSE_MEETING.match(rest)
    if whose:  # "Regionrådets møte", "Fellesnemndas møte": the body is the owner
        return whose.group("body"), None
    genitive = _GENITIVE_ORG.match(rest) or (" si" in rest and _POSSESSIVE_ORG.match(rest)) \
        or (("s " in rest or " si" in rest) and _NAMED_GENITIVE_ORG.match(rest))
    if genitive and genitive.group("org").casefold().endswith(("ene", "rne", "ane", "foreldra")):
        genitive = None  # "Foreldrenes arbeidsutvalg": a plural noun ("the parents'"), no parent
        # (nynorsk "Foreldra sitt arbeidsutval", "Kommunane sitt forum")
    if genitive and genitive.group("org").casefold() in _GENERIC_OWNERS:
        return rest, None  # "Fylkets trafikksikkerhetsutvalg": whose county, the text says apart
    if genitive and _INSTITUTION_END.search(rest) and \
            (at_school := _BODY_THEN_INSTITUTION.match(rest)) and \
            at_school.group("body").rsplit(" ", 1)[-1] not in NAME_LINKS | {"ved"}:
        # "Foreldrerådets arbeidsutvalg (FAU) Haugen skole": the council of that school,
        # as "FAU-møte Solvik skole" is; the parents' council is no organisation
        return at_school.group("body"), at_school.group("org")
    if genitive and len(words) >= 2 and (not _PARENT_FORM.search(rest) or
                                         genitive.group("org").casefold().endswith("regionen")):
        # (and "Orkdalsregionens regionråd" is the council of the cooperation Orkdalsregionen)
        # "Osloregionens faggruppe"; but "Midt-Troms regionråd" is a cooperation itself
        return rest, genitive.group("org")
    if " – " in rest and (dashed := _dash_parent(rest)) is not None:
        return dashed  # "faggruppe helse og omsorg – Sørlia samarbeidsråd"
    comma = _COMMA_ORG.match(rest)
    if comma and abbreviates(comma.group("org"), comma.group("body")):
        return comma.group("body"), None  # "Offentlig utvalg for punktskrift, OUP": its own
    if comma and _VENUE_END.search(comma.group("org")):
        if _INSTITUTION_END.search(comma.group("org")) and _school_body(comma.group("body")):
            # "Samarbeidsutvalget, Lia skule": the school's own council, its parent (as
            # "Samarbeidsutvalget ved Lia skule" is), not where it met
            return comma.group("body"), comma.group("org")
        return comma.group("body"), None  # "Regionrådet, Vik rådhus": where it met, no parent
    if comma and (comma.group("body").split()[-1].islower() or " " not in comma.group("body")):
        return comma.group("body"), comma.group("org")
    reversed_comma = _ORG_COMMA_BODY.match(rest)
    if reversed_comma and title.isupper() and \
            _BODY_STEMS.search(reversed_comma.group("org")) and \
            not _BODY_STEMS.search(reversed_comma.group("body")):
        # "FAGNETTVERK FOR LANDBRUK, INDRE SOGN" lower-cased: the body first, then where it
        # belongs (a place's name, each of its words a capital's)
        return reversed_comma.group("org"), _place_in_capitals(reversed_comma.group("body"))
    if reversed_comma:  # "Hallingdal barnevernsteneste, tilsynsutvalet"
        body = reversed_comma.group("body")
        return body[0].upper() + body[1:], reversed_comma.group("org")
    region = _REGION_COUNCIL.match(rest)
    if region and not _ORG_FORM.search(region.group("place")) and \
            not region.group("place").casefold().endswith("regionen") and \
            not _INSTITUTION_END.search(region.group("place")):
        # ("Samarbeidsrådet i Blåbærtua barnehage" is the kindergarten's council, its parent)
        # "Regionrådet for Fosen" is the cooperation itself, Fosen a region and no parent;
        # but "Regionrådet for Fjellregionen" is the council of the cooperation Fjellregionen
        return rest, None
    if "for nye " in rest and (merger := _BODY_FOR_NEW_MUNICIPALITY.match(rest)):
        # "Arbeidsutvalet til fellesnemnda for nye Sunnfjord kommune": the municipality a
        # merger makes is the parent of the bodies preparing it, as "… for Sunnfjord
        # kommune" is read (its "nye" in small letters)
        return merger.group("body"), merger.group("org")
    form = _BODY_FOR_ORG.match(rest)
    if form and form.group("org").endswith(" kommune") and \
            _municipal_programme(form.group("org")):
        return rest, None  # "Arbeidsgruppen for Trafikksikker kommune": the programme the
        # group works for is part of its name, no parent
    if form and rest[len(form.group("body")):].startswith(" for ") and \
            (_HYPHENATED_PLACE.fullmatch(form.group("org")) or
             _SPACED_REGION.fullmatch(form.group("org"))) and \
            form.group("body").casefold() not in _GOVERNING_BODIES and \
            not is_heads_body(form.group("body")):
        # "Trafikksikkerhetsutvalget for Sør-Trøndelag", "Vannområdeutvalget for Indre
        # Fjordane": the region's own body, no owner (but "Arbeidsutvalget for
        # Vest-Telemark" serves the region's council, and so does a chief executives'
        # group such as "Rådmannsutvalget for Midt-Solør"). After "i" a hyphenated region
        # is read as any region is ("Næringsnettverket i Nord-Østerdal" as "… i
        # Hallingdal": the body, and the region it serves as its organisation)
        return rest, None
    if form and form.group("body").casefold().startswith(_AREA_BOARDS) and \
            rest[len(form.group("body")):].startswith(" for "):
        return rest, None  # "Nasjonalparkstyret for X nasjonalpark": a board named after
        # the area it manages, which is no parent organisation
    if form and (_ORG_FORM.search(form.group("org")) or
                 form.group("body").casefold() in _GOVERNING_BODIES or
                 form.group("body").casefold().endswith(_GOVERNING_SUFFIXES)):
        # "Representantskapet for X IKS", "Styret for Vestlandsrådet"; but "Styringsgruppen
        # for prosjekt X" names a group by its task and stays whole
        return form.group("body"), form.group("org")
    if form and form.group("body").casefold().endswith(_ADVISING_ENDINGS) and \
            rest[len(form.group("body")):].startswith(" for ") and \
            (named := _PLACE_AND_SERVICE.fullmatch(form.group("org"))) and \
            named.group("kind").casefold() not in _REGION_KINDS and \
            not form.group("body").casefold().startswith("region"):
        # "Samarbeidsutval for Hallingdal barnevern": a council (its name not in the
        # definite form) of a service named by its place and kind, read as "Samarbeidsutvalget
        # for Hallingdal barnevern" is (but "Regionråd for Hallingdal" is the region's own)
        return form.group("body"), form.group("org")
    if " for " in rest and " i " in rest and (service := _BODY_FOR_SERVICE.match(rest)) and \
            service.group("body").casefold().endswith(_ADVISING_ENDINGS):
        # "administrativt samarbeidsråd for Krisesenteret i Nordfjord": a council of a
        # service named in its definite form with the district it serves, read as
        # "Samarbeidsrådet for Krisesenteret i Vestfold" is (the council, the service its
        # parent), whether the council's name is definite or not, one word or two ("a
        # steering group for X" names its task: "Styringsgruppa for Barnevernsamarbeidet
        # i Midt-Agder" stays whole)
        return service.group("body"), service.group("org")
    if " på " in rest and (at_school := _BODY_AT_INSTITUTION.match(rest)):
        # "Samarbeidsutvalget på Nordbyen skole": the school's council, as "… ved …"
        return at_school.group("body"), at_school.group("org")
    if _INSTITUTION_END.search(rest) and (at_school := _BODY_THEN_INSTITUTION.match(rest)) \
            and " " not in at_school.group("body") and \
            at_school.group("body").casefold().endswith(_GOVERNING_SUFFIXES):
        # "Samarbeidsutvalget Hov skole": the council's one word, then the school it
        # belongs to without "ved", as "FAU Hov skole" is read (a group is named by its
        # project: "Prosjektgruppa Nye Solvang barnehage" builds one)
        return at_school.group("body"), at_school.group("org")
    in_org = _BODY_IN_ORG.match(rest)
    if in_org and in_org.group("word") == "i" and \
            in_org.group("body").rsplit(None, 1)[-1].casefold() in _PARTNER_MUNICIPALITIES:
        # "Samarbeidsutvalget kommunene i Vestfold og NAV": "the municipalities in
        # Vestfold" are one party of the council's name, and their county no parent
        in_org = None
    if in_org and in_org.group("word") == "i" and \
            in_org.group("org").endswith(SERVICE_DEFINITE_ENDINGS):
        # "Nettverk for leiarar i PP-tenesta": the service its members lead, named in its
        # definite form as no parent's proper name is; part of the body's name
        in_org = None
    if in_org and in_org.group("word") == "i" and " for " in in_org.group("body") and \
            in_org.group("body").casefold().startswith(_AREA_BOARDS):
        # "Verdensarvrådet for helleristningene i Hjortevik": the site an area's board is
        # named after, with its place, as "… for Skjærvika helleristningsfelt"; no parent
        in_org = None
    if in_org and (in_org.group("body").split()[-1].islower() or in_org.group("word") == "ved"
                   or (in_org.group("word") == "i" and " " not in in_org.group("body") and
                       _definite_or_body(in_org.group("body")))):
        # "Arbeidsutvalget i Kystregionen"; but "Styringsgruppen for Smart Region" stays,
        # and so does a cooperation named by a word that is no body ("Vekst i Nordby")
        return in_org.group("body"), in_org.group("org")
    if " på " in rest and (in_region := _BODY_IN_REGION.match(rest)) and \
            _serves_region(in_region.group("body"), in_region.group("org")):
        # "Næringsutvalget på Hadeland", "Helsenettverket på Romerike": the region the
        # body serves, which "på" names for a district as "i" does ("… i Hallingdal")
        return in_region.group("body"), in_region.group("org")
    if title.isupper() and (board := _BOARD_OF.match(rest)) and \
            board.group("body").casefold() in _GOVERNING_BODIES:
        org = board.group("org")
        org = org[0].upper() + org[1:]
        if names_club(org) or _PARENT_FORM.search(org) or _council_letterhead(org):
            # "STYRET I FJORDVIK VEL", lower-cased above; and a council by the name the law
            # gives it ("KONTROLLUTVALGET FOR X INTERKOMMUNALE POLITISKE RÅD")
            return board.group("body"), org
    return rest, None


def _municipal_programme(org: str) -> bool:
    """Whether "<word> kommune" names a programme a municipality is certified by, not a
    municipality: its word an adjective ("Trafikksikker kommune", "Demensvennlig kommune",
    "Helsefremmende kommune"), which no municipality's name is. A group "for" it is the
    municipality's own, whose name its letterhead gives."""
    first, _, _kind = org.rpartition(" ")
    return " " not in first and first.casefold().endswith(_PROGRAMME_ADJECTIVE_ENDINGS)


# The endings of the adjectives programmes for municipalities are named by (see
# ``_municipal_programme``).
_PROGRAMME_ADJECTIVE_ENDINGS = ("sikker", "vennlig", "vennleg", "venleg", "fremmende",
                                "fremjande", "inkluderende", "inkluderande")


# A body of one to three words, then "for" and a service in its definite form with the
# district it serves ("… for Krisesenteret i Sogn og Fjordane", "… for PP-tenesta i Sogn").
_BODY_FOR_SERVICE = lazy_regex(r"^(?P<body>[A-ZÆØÅ][\w-]*(?:\s+[a-zæøå][\w-]*){0,2})\s+for\s+"
                               r"(?P<org>[A-ZÆØÅ][\w-]*(?:et|en|a)\s+i\s+[A-ZÆØÅ][\w-]*"
                               r"(?:\s+(?:og\s+)?[A-ZÆØÅ][\w-]*)*)$")
# A service named by its place and its kind in small letters: "Hallingdal barnevern",
# "Indre Sogn brannvesen", "Nord-Fron og Sel legevakt".
_PLACE_AND_SERVICE = lazy_regex(r"[A-ZÆØÅ][\w-]+(?:\s+(?:og\s+)?[A-ZÆØÅ][\w-]+)*\s+"
                                r"(?P<kind>[a-zæøå][\w-]+)")
# Kinds that name a region, not a service: "for Hallingdal region" is the region's own.
_REGION_KINDS = frozenset({"region", "regionen", "distrikt", "distriktet", "område",
                           "området", "fylke", "dal", "dalen"})
# How the name of a council or a board ends, definite or not ("samarbeidsråd", "styret",
# "tenesteutval"): a body that governs or advises what it is "for".
_ADVISING_ENDINGS = ("råd", "rådet", "styre", "styret", "utval", "utvalet", "utvalg",
                    "utvalget")


# "Faggruppe helse – Sørlia samarbeidsråd": the body, a dash, then a proper name.
_DASH_ORG = lazy_regex(r"^(?P<body>.+?)\s+–\s+(?P<org>[A-ZÆØÅ][\w-]+(?:\s+[\wæøå-]+){0,3})$")
# How the name of a cooperation that owns groups ends ("Sørlia samarbeidsråd",
# "Kystregionen"), beside the forms of _PARENT_FORM.
_COOPERATION_NAME_END = ("samarbeidsråd", "samarbeidsrådet", "regionen")
# … and the name of the municipalities' shared IT service or digitalisation cooperation
# ("IKT Sogn", "Hallingdal IKT", "Digi Vestfold", "DigiØst"): the owner of a forum or a
# steering group, as the body's parent after the dash.
_IT_COOPERATION = lazy_regex(r"^(?:IKT\s+[A-ZÆØÅ]|Digi[\s-]?[A-ZÆØÅ]|.*\sIKT$)")


def _dash_parent(rest: str) -> tuple[str, str] | None:
    """The body and its parent when the title names the parent after a dash, as it does
    after a comma ("Faggruppe helse og omsorg – Sørlia samarbeidsråd", "Næringsnettverket
    – Kystregionen"): a body's word before the dash, an organisation's form after it. A
    topic after the dash ("Faggruppe plan – ny veileder") is no parent and stays."""
    dashed = _DASH_ORG.match(rest)
    if dashed is None or not _BODY_STEMS.search(dashed.group("body")):
        return None
    org = dashed.group("org")
    if not (_PARENT_FORM.search(org) or org.casefold().endswith(_COOPERATION_NAME_END) or
            (("IKT" in org or "Digi" in org) and _IT_COOPERATION.match(org))):
        return None
    body = dashed.group("body")
    return body[0].upper() + body[1:], org


def _place_in_capitals(words: str) -> str:
    """A place's name lower-cased from an all-capitals title, each word with its capital
    again ("indre sogn" → "Indre Sogn", "nordhordland og gulen" → "Nordhordland og
    Gulen"); the links and the words for a municipality or a council stay small."""
    return " ".join(word if word in _SMALL_NAME_WORDS else word[:1].upper() + word[1:]
                    for word in words.split())


# Words that stay small inside a place's or an owner's name.
_SMALL_NAME_WORDS = NAME_LINKS | {"kommune", "fylkeskommune", "regionråd", "region",
                                   "kommunar", "kommuner", "kommunane", "kommunene"}


# A meeting of two parties or a joint meeting of two bodies names no one body that met
# (as "Møte mellom Regionrådet og fylkeskommunen" under a bare title does not): "Fellesmøte
# mellom regionrådet og AU", "Felles møte for styrene i A AS og B AS", "Fellesmøte med
# hovedutvalget og eldrerådet". A "Fellesmøte i regionrådet" of one body still names it.
# A consultation, samråd, negotiation or any kind of meeting "mellom" two parties names none
# either: "Protokoll fra konsultasjon mellom Nordby kommune og reinbeitedistrikt 7",
# "Samråd mellom fylkeskommunen og siidaen", "Kontaktmøte mellom X og Y".
_JOINT_MEETING = lazy_regex(rf"(?:(?:[\w-]*møte[t]?|(?:{TALKS})(?:a|en|et|er|ene|ar|ane)?)"
                            r"\s+)?mellom\s|"
                            r"felles\s*møte[t]?\s.*\s(?:og|&)\s", re.I)


# The staff's side of an employer's meeting with its employees' representatives.
_STAFF_SIDE = (r"(?:de\s+|dei\s+)?(?:(?:hoved|hovud)?(?:tillitsvalgte|tillitsvalde)"
               r"(?:\s+og\s+(?:hoved|hovud)?verneombud(?:et)?)?|ansatte|tilsette|"
               r"arbeidstaker(?:organisasjonene|siden)|arbeidstakar(?:organisasjonane|sida)|"
               r"(?:de\s+|dei\s+)?ansattes\s+representanter|fagforeningene|fagforeiningane)")
# An employer's meeting with its staff's side, by its kind: "Drøftingsmøte mellom X IKS og
# de tillitsvalgte (etter HTA § 1-4-2)", "Informasjonsmøte mellom dei tillitsvalde og X".
_STAFF_SIDE_MEETING = lazy_regex(
    r"(?P<kind>[\wæøå-]+møte)\s+mellom\s+(?:(?P<org>[\wæøå][^,;()]*?)\s+og\s+" + _STAFF_SIDE +
    r"|" + _STAFF_SIDE + r"\s+og\s+(?P<org2>[\wæøå][^,;()]*?))"
    r"(?:\s+(?:etter|iht\.?|jf\.?|jfr\.?|i\s+henhold\s+til|i\s+medhold\s+av)\s.*)?$", re.I)


# Councils of one kind named together by their plural, then the regions or places they
# serve: "Fellesmøte for regionråda i Valdres og Hallingdal", "Fellesmøte mellom
# regionrådene i Hadeland og Ringerike", "… formannskapene i Gran og Lunner" (the boards
# of two companies, "styrene i A AS og B AS", stay two bodies).
_JOINT_BODIES = lazy_regex(r"(?:felles\s*møte[t]?|møte[t]?)\s+(?:for|mellom|i)\s+"
                           r"(?P<body>[a-zæøå-]*(?:rådene|råda|formannskapene|formannskapa))\s+"
                           r"(?:i|for)\s+(?P<org>[A-ZÆØÅa-zæøå][\w-]*(?:\s+[\w-]+){0,4}?"
                           r"\s+(?:og|&)\s+[A-ZÆØÅa-zæøå][\w-]*(?:\s+[\w-]+){0,4}?)\s*$", re.I)


def _joint_bodies(text: str, shouted: bool) -> tuple[str | None, str | None]:
    """The bodies and their places of a joint meeting of one kind of body (``_JOINT_BODIES``):
    the body that met is the bodies together, as the title names them ("Regionråda"), and
    the regions they serve together their organisation ("Valdres og Hallingdal"), as
    "Felles formannskapsmøte Gran og Lunner" is read. (None, None) for any other joint
    meeting: two bodies of different kinds ("mellom regionrådet og AU") name no one body.
    ``shouted``: the title was in capitals, its places lower-cased with it."""
    found = _JOINT_BODIES.match(text)
    if found is None:
        return None, None
    body, org = found.group("body"), found.group("org")
    head, joined, other = org.rpartition(" og ")
    if joined and not shouted and other[:1].islower() and head[:1].isupper():
        org = head  # "… for eldreråda i Fjellregionen og brukarorganisasjonane": the
        # others who met with them, in small letters, are no place
    if shouted or org.islower():  # (each part of "Nord-Gudbrandsdal" a name's capital)
        org = "-".join(_place_in_capitals(part) for part in org.casefold().split("-"))
    return body[0].upper() + body[1:].casefold(), org


# Initials in brackets, lower-cased with an all-capitals title: "(au)", "(sg)".
# Initials joined to "møte" in a title put in normal case: "smu" in "referat fra smu-møte".
_INITIALS_BEFORE_MEETING = lazy_regex(r"(?<![\w-])[a-zæøå]{2,5}(?=-møte)")


def _initials_of_meeting(found: re.Match[str]) -> str:
    """The initials before "-møte" in capitals again, unless a body noun ("styre-møte")."""
    word = found.group(0)
    return word if word.endswith(_SHORT_BODY_WORDS) else word.upper()


# A body's initials joined to its compound, first in a title in capitals lower-cased:
# "Ikt-ledernettverket", "Hr-nettverket", "Kd-utvalget" (not a place's point of the
# compass or a place's first word, ``PLACE_PREFIXES``: "Sør-…", "Nord-…", "Øvre-…").
_INITIALS_BEFORE_BODY = lazy_regex(r"^(?P<initials>[A-ZÆØÅ][a-zæøå]{1,3})-(?P<rest>[a-zæøå]+)")


def _initials_of_body(found: re.Match[str]) -> str:
    """The initials before a body's compound in capitals again ("IKT-ledernettverket"),
    unless a point of the compass or the compound names no body."""
    initials = found["initials"]
    if initials.casefold() in PLACE_PREFIXES or not names_a_body(found["rest"]):
        return found.group(0)
    return f"{initials.upper()}-{found['rest']}"


_BRACKETED_INITIALS = lazy_regex(r"\([a-zæøå]{2,6}\)")
# A cooperation named by one word after "i", in a lower-cased all-capitals title: the
# body's parent ("arbeidsutvalget (AU) i kystregionen", "faggruppe helse i vestregionen";
# a region alone, "i grenland", is no parent and stays for ``recased``).
_PARENT_AFTER_BODY = lazy_regex(r"(?<=\s)i\s+[a-zæøå][\w-]*(?:regionen|samarbeidet)$")
# The name of an institution a council sits at, lower-cased with the rest of a title in
# capitals: "… ved solbakken sykehjem", "… ved nordby skole" (its first word gets its
# capital back; the kind of institution stays small).
_INSTITUTION_AFTER_BODY = lazy_regex(r"(?<=\sved\s)[a-zæøå][\w-]*(?=(?:\s+[a-zæøå][\w-]*)?\s+"
                                     r"[a-zæøå-]*(?:skole|skule|barnehage|sykehjem|sjukeheim|"
                                     r"sykehus|sjukehus|omsorgssenter|helsesenter)$)")


# A cooperation named by one word after the body and a comma, lower-cased above: a
# region, a cooperation, a network or a council of the region ("…, lågendalsrådet").
_COOPERATION_AFTER_COMMA = lazy_regex(r"(?<=,\s)[a-zæøå][\w-]*(?:regionen|samarbeidet|"
                                      r"nettverket|rådet|fellesskapet)$")


# A cooperation named by its kind and its region, lower-cased with the rest of a title in
# capitals: "helsefellesskapet innlandet", "regionrådet valdres" (both words are the name).
_COOPERATION_THEN_PLACE = lazy_regex(r"(?<=\s)[a-zæøå]*(?:fellesskapet|felleskapet|samarbeidet|"
                                     r"nettverket|regionrådet)\s+(?P<place>[a-zæøå][\w-]+)$")


def _region_after_body_word(text: str) -> str:
    """A two-word name in normal case whose second word is a region's name keeps the
    region's capital ("Klimanettverk glåmdalen" → "Klimanettverk Glåmdalen", read from
    "KLIMANETTVERK GLÅMDALEN"); a field after the body's word stays small ("Fagnettverk
    helse")."""
    first, _, second = text.partition(" ")
    region = second.capitalize()
    return f"{first} {region}" if _REGION_LINE.fullmatch(region) else text


def _capitalised_cooperation(found: re.Match[str]) -> str:
    """"helsefellesskapet innlandet" → "Helsefellesskapet Innlandet": the region keeps its
    capital; a word that says how or when the body met ("… digitalt") is left as it is."""
    if found.group("place") in _NOT_NAME_WORDS or found.group("place") in _NOT_A_FIELD:
        return found.group(0)
    return " ".join(word.capitalize() for word in found.group(0).split())


# Two places joined by "og" after a body's word and "i", the end of a title lower-cased
# from capitals: "… viltnemnda i aurvik og hovdal", "… kontrollutvalet i nes og bøvre" (the shared
# body of two municipalities; each gets its capital back).
_TWO_PLACES_AFTER_BODY = lazy_regex(
    r"(?<=[a-zæøå])(?:nemnda|nemnd|utvalet|utvalget|gruppa|gruppen|nettverket)"
    r"\s+i\s+(?P<one>[a-zæøå][\w-]*)\s+og\s+(?P<two>[a-zæøå][\w-]*)$")


def _capitalised_places(found: re.Match[str]) -> str:
    """"viltnemnda i aurvik og hovdal" → "viltnemnda i Aurvik og Hovdal"."""
    whole, start = found.group(0), found.start()
    one, two = found.span("one"), found.span("two")
    return (whole[:one[0] - start] + found.group("one").capitalize() +
            whole[one[1] - start:two[0] - start] + found.group("two").capitalize())


# A service the municipalities share, named by its district after "for" in a title in
# capitals: "BRUKERRÅDET FOR INDRE SALTEN INTERKOMMUNALE LEGEVAKT" (the district's words
# get their capitals back, as "Indre Salten interkommunale legevakt" is read; "for felles
# legevakt" names no district).
_SERVICE_ENDS = ("legevakt", "legevakta", "brannvesen", "barnevern", "barnevernteneste",
                 "barneverntjeneste", "krisesenter")
_PLACE_OF_SERVICE = lazy_regex(r"(?<=\sfor\s)(?P<place>[a-zæøå][\w-]*(?:\s+[a-zæøå][\w-]*){0,2}?)"
                               r"(?=(?:\s+interkommunale)?\s+(?:legevakt|legevakta|brannvesen|"
                               r"barnevern|barnevernteneste|barneverntjeneste|krisesenter)$)")
_NO_DISTRICT_WORDS = frozenset(("felles", "ny", "nye", "vår", "interkommunal",
                                "interkommunale", "kommunal", "kommunale", "regional",
                                "den", "det", "ei", "en", "et"))


def _place_of_service(found: re.Match[str]) -> str:
    """The district of a shared service with its capitals again, or the words as they were
    when one of them is no place ("felles", "ny")."""
    words = found.group("place").split()
    if any(word in _NO_DISTRICT_WORDS for word in words):
        return found.group(0)
    return " ".join(word.capitalize() for word in words)


def _capitalised_parent(found: re.Match[str]) -> str:
    """"i kystregionen" → "i Kystregionen": a cooperation's name with its capital again."""
    return "i " + found.group(0)[2:].lstrip().capitalize()


def _shouted_gathering(text: str) -> tuple[str, str | None] | None:
    """A gathering in a town from a title in capitals ("REFERAT FRÅ NETTVERKSSAMLING I
    BERGEN" → "Nettverket"): read while the town still stands out by its capitals, as
    the lower-case title is read; None when the title is no such gathering."""
    if "AMLING" not in text[:48]:
        return None
    rest = _DOC_PREFIX.sub("", text, count=1).strip(" !.:–-")
    return _gathering_at(rest) if "AMLING" in rest[:24] else None


def _named_after_gathering(rest: str) -> str | None:
    """The body's own name right after a gathering's or a body's meeting word, with no
    "i" or "for" between ("Nettverkssamling Folkehelsenettverket i Innlandet", a title
    slide's two lines read as one; "Nettverksmøte – Helsenettverket Vest", "Samling:
    Klimanettverket Vestland"): the name, which holds a body's word in its first word,
    is the body that met, as after "nettverkssamling i". None for anything else ("Styremøte
    Fjordvik Vel": a club, the parent; "Årsmøte Regionrådet Vest": the annual meeting)."""
    found = _WORD_THEN_NAME.match(rest)
    if found is None:
        return None
    word = found["word"].casefold()
    gathering = _GATHERING_WORD.fullmatch(word) is not None
    if not _BODY_STEMS.search(found["first"]) and \
            (gathering or _network_meeting(word)) and \
            _body_word_after_qualifier(rest[found.end("first"):]):
        return rest[found.start("first"):]  # "Nettverkssamling – Kystregionens nettverk for
        # …", "Nettverksmøte – Regionalt nettverk for …"
    if not _BODY_STEMS.search(found["first"]) or _PEOPLE_OF_BODY.search(found["first"]):
        return None
    if not gathering and compound_body(word) in (None, "Årsmøtet"):
        return None
    return rest[found.start("first"):]


def _network_meeting(word: str) -> bool:
    """Whether a meeting word is a network's ("nettverksmøte", "nettverksmøtet"): a network
    meets under the name after it as at its gathering (a board's "styremøte – X" is the
    meeting of X's board, X its parent)."""
    return word.startswith("nettverksmøte")


def _body_word_after_qualifier(after_first: str) -> bool:
    """Whether the word after a name's first word is a body's ("Kystregionens nettverk for
    rus …", "Regionalt nettverk for …", "Regionalt ROP-nettverk X"): a gathering's name
    that opens with the region's genitive or an adjective, then the body, names the body
    that met as a one-word name ("Helsenettverket Vest") does; "Samling – Nordvik kommune"
    names none."""
    second = after_first.lstrip().split(" ", 1)[0]
    if second[:1].islower():
        return _BODY_STEMS.match(second) is not None and _PEOPLE_OF_BODY.search(second) is None
    # a compound after the field's capitals: "Regionalt ROP-nettverk Sørdal"
    return "-" in second and _BODY_STEMS.search(second.rpartition("-")[2]) is not None and \
        _PEOPLE_OF_BODY.search(second) is None


# A meeting's or gathering's word, then a capitalised name after a space, a dash or a
# colon: "Nettverkssamling Folkehelsenettverket …", "Nettverksmøte – Helsenettverket …".
_WORD_THEN_NAME = lazy_regex(r"(?P<word>[\wæøåÆØÅ-]+?)(?:\s*[:–—]\s*|\s+-\s+|\s+)"
                             r"(?P<first>[A-ZÆØÅ][\wæøåÆØÅ-]*)")
# A gathering, alone or in a compound: "Samling", "Nettverkssamlinga", "Fagsamling".
_GATHERING_WORD = lazy_regex(r"[a-zæøå-]*samling(?:a|en)?")


def _gathering_for_audience(rest: str) -> bool:
    """Whether a title names a gathering and whom it is for, and no body ("Nettverkssamling
    for helsesykepleiere 2026", "Nettverkssamlinga for jordmødre i Nordland"): the
    audience is a trade or a group of people, not the body that met, and the gathering
    is an event, so the title names no body (a network named elsewhere in the text may).
    A body's word after "for" ("… for faggruppe helse", "… for Helsenettverket Vest")
    names one."""
    first, _, after = rest.partition(" ")
    return after[:4].casefold() == "for " and gathering_body(first) is not None and \
        not any(_BODY_STEMS.search(word) and not _PEOPLE_OF_BODY.search(word)
                for word in after.split())


def _audience_gathering_host(title: str, below: str) -> str | None:
    """The network that met when a title names a network's gathering for an audience
    ("Kort oppsummering frå nettverkssamling for næringsutviklarar") and the line under
    it names a council or cooperation ("Nordfjordrådet"), not a network: the gathering's
    network ("Nettverket") met, and the council it belongs to is its organisation. None
    for anything else (a network named below is the body itself)."""
    if "nettverk" in below.casefold():
        return None
    rest = _DOC_PREFIX.sub("", title, count=1).strip(" !.:–-")
    first = rest.split(maxsplit=1)[0] if rest else ""
    if not first.casefold().startswith("nettverk") or not _gathering_for_audience(rest):
        return None
    return gathering_body(first)


# A word for people of a body ("styremedlemmer", "gruppeledere", "utvalsleiarar"): the
# audience a gathering is for, though the body's stem is in it ("Styresamling for nye
# styremedlemmer" names no body).
_PEOPLE_OF_BODY = lazy_regex(r"(?:medlem(?:mer|mar|ene|ane)?|lede?r(?:e|ne)?|leiar(?:ar|ane)?|"
                             r"representant(?:er|ar|ene|ane)?|koordinator(?:er|ar|ane|ene)?|"
                             r"sekretær(?:er|ar|ane|ene)?|kontakt(?:er|ar|ane|ene)?)$", re.I)


def _named_network(lines: list[Line]) -> str | None:
    """The first network the text names by its own name, a capitalised compound
    ("Helsesykepleiernettverket i Vestfold", "Planleggernettverk Nord"): the body whose
    gathering a title for an audience names (``_gathering_for_audience``). Not the
    common noun ("nettverket", "Nettverket" alone) nor a network of something else named
    in passing after the text's first lines."""
    for line in lines[:_NETWORK_LINES]:
        if "ettverk" in line.lowered and (found := _OWN_NETWORK.search(line.body)):
            return found.group(0)
    return None


def _network_in_furniture(furniture: list[str]) -> str | None:
    """The network a page's running header or footer names by its own name (the lines
    the reader kept apart from the text): "SLT-nettverket i Vikfjord – referat
    14.11.2025" → "SLT-nettverket i Vikfjord"."""
    for text in furniture:
        if "ettverk" in text and (found := _OWN_NETWORK.search(text)):
            return found.group(0)
    return None


_NETWORK_LINES = 60  # a deck's first slides, where the network presents itself
# A network's own name: a compound ending in the word, and the place or field it is for.
# (a place of two words in full: "Kulturnettverket i Ytre Fjordsida")
_OWN_NETWORK = lazy_regex(r"\b(?:[A-ZÆØÅ][a-zæøå]{2,}|[A-ZÆØÅ]{2,5}-)nettverk(?:et)?\b"
                          r"(?:\s+(?:i\s+|for\s+)?[A-ZÆØÅ][\wæøå-]+(?:\s+[A-ZÆØÅ][a-zæøå-]+)?)?")


def _gathering_at(rest: str) -> tuple[str, str | None] | None:
    """The body a gathering word names when only where it was held follows
    ("nettverkssamlingen i Bergen", "styresamlinga på Voss" → "Nettverket", "Styret"): a
    town is no body and no parent; a club's name ("i Fjordvik Vel") is the parent, as
    after "styremøte i". None when a body is named after it ("… i Helsenettverket Vest")."""
    first, _, after = rest.partition(" ")
    gathered = gathering_body(first)
    if gathered and dates.has_digit(after):
        after = _TRAILING_DATE.sub("", after)  # "… i Bergen 12. mai 2025"
    where = _GATHERING_PLACE.fullmatch(after) if gathered else None
    if where is None or _BODY_STEMS.search(where["where"].casefold()):
        return None
    place = where["where"]
    if where["at"] not in ("i", "I"):
        return gathered, None
    if place.isupper():  # "I FJORDVIK VEL": the club keeps its last word, in any case
        return gathered, (place.capitalize() if _ORG_FORM_ANY_CASE.search(place) else None)
    return gathered, (place if _ORG_FORM.search(place) else None)


# An organisation form ending a name written in capitals: "FJORDVIK VEL", "NORDBY KOMMUNE".
_ORG_FORM_ANY_CASE = lazy_regex(_ORG_FORM.pattern, re.I)


# Where a gathering was held: "i Bergen", "på Voss", "i Fjordvik Vel" (capitalised words).
# (a title in capitals too: "NETTVERKSSAMLING I BERGEN")
_GATHERING_PLACE = lazy_regex(r"(?P<at>i|på|I|PÅ)\s+"
                              r"(?P<where>[A-ZÆØÅ][\w-]*(?:\s+[A-ZÆØÅ][\w-]*){0,2})")


# One compound meeting word alone: "arbeidsmøte", "fagmøte", "dialogmøtet".
_ONE_MEETING_WORD = lazy_regex(r"[a-zæøå]+(?:møte|møtet|moete)", re.I)


def _kind_of_meeting_only(rest: str) -> bool:
    """Whether what is left of a title is a kind of meeting alone ("Referat fra
    arbeidsmøte", "Oppsummering fra fagmøte"): a kind of meeting is no body, so none is
    named (a compound built on a body noun, "styremøte", "årsmøte", names one, and so
    does a meeting of the holders of one post, ``post_holders_meeting``)."""
    return "øte" in rest and _ONE_MEETING_WORD.fullmatch(rest) is not None and \
        compound_body(rest) is None and _POST_HOLDERS_MEETING.fullmatch(rest) is None


def _service_over_post_holders(above: list[Line]) -> str | None:
    """A public service named on a line of its own over the title of its post holders'
    meeting ("Tannhelsetenesta i Vestfjord", "Den offentlege tannhelsetenesta",
    "PP-tjenesten i Dal" over "Referat frå klinikksjefmøtet"): the forum's parent."""
    for line in above:
        text = line.body.strip()
        if len(text) < 60 and text[:1].isupper() and _SERVICE_NAME.fullmatch(text):
            return text
    return None


# A public service by its own word, its region after "i" a name, capitalised ("Tannhelsetenesta
# i Vestfjord", "PP-tjenesten i Dal og Fjord"; the words in any case, as a letterhead in
# capitals writes them, "TANNHELSETENESTA I VESTFJORD"): a lower-case place names no
# region ("Tannhelsetenesta i regionen" is no service's name).
_SERVICE_NAME = lazy_regex(r"(?i:Den\s+offentlege\s+|Den\s+offentlige\s+)?"
                           r"[\w-]+(?i:tenesta|tjenesten|tenesten|tjenesta)"
                           r"(?:\s+(?i:i)\s+[A-ZÆØÅ][\w-]+(?:\s+(?:(?i:og)\s+)?[A-ZÆØÅ][\w-]+)?)?")


def post_holders_meeting(word: str) -> str | None:
    """The body a meeting word of one post's holders names, as written ("Referat
    oppvekstsjefmøtet" → "Oppvekstsjefmøtet", "rektormøte", "bibliotekledermøtet"): the
    region's heads of a service meet as a standing forum under that name, as the
    "Kommunalsjefmøte oppvekst" of ``_KIND_AND_FIELD`` does. A leader without a field
    ("ledermøte") is a firm's meeting of its managers, no forum."""
    if "øte" not in word or _POST_HOLDERS_MEETING.fullmatch(word) is None:
        return None
    return word[0].upper() + word[1:]


def _network_over_post_meeting(above: list[Line], body: str) -> bool:
    """Whether a line over the title names the network or forum whose meeting the title
    calls by its post holders ("Valdres bibliotekleiarnettverk" over "Referat frå
    bibliotekleiarmøte"): the network is the body that met, not a parent; a council or
    cooperation there ("Namdal regionråd") is the parent of the post holders' forum.
    So is a partnership named by its partners ("Klimapartnarar Vestland" over "Referat frå
    partnarmøte"): the partners met as it; a company over its partners' meeting ("Visit
    Hallingfjell AS" over "Referat fra partnermøte") is their host, the parent."""
    if body in _PARTNERS_MEETINGS:
        return any(("partnar" in line.lowered or "partner" in line.lowered) and
                   len(line.body) <= 60 for line in above)
    return post_holders_meeting(body) is not None and any(
        line.lowered.strip().endswith(_GROUP_NAME_ENDINGS) and len(line.body) <= 60
        for line in above)


# The partners' meeting of a destination company or a partnership (``_COMPOUND_MEETING``).
_PARTNERS_MEETINGS = frozenset(("Partnermøtet", "Partnarmøtet"))
# The last word of a group's own name: "… bibliotekleiarnettverk", "… rektorforum".
_GROUP_NAME_ENDINGS = ("nettverk", "nettverket", "forum", "forumet", "gruppe", "gruppa",
                       "gruppen")
# One post's holders' meeting: a head of a field ("oppvekstsjef", "kommunalsjef",
# "bibliotekleder", "skuleleiar", "kommunedirektør") or a post alone (rektor, rådmann).
_POST_HOLDERS_MEETING = lazy_regex(r"(?:[a-zæøå]{3,}(?:sjef|leder|leiar|direktør)s?|"
                                   r"rektor|rådmanns?|ordfører|ordførar)møtet?", re.I)


def _body_past_kind_of_meeting(rest: str) -> str:
    """The body after a kind of meeting that names none itself: "arbeidsmøte i faggruppen
    for helse" → "faggruppen for helse", "temamøte i kommunestyret" → "kommunestyret",
    "arbeidsmøte – kulturnettverket i Sogn" (a dash in place of "i").
    A meeting word that does name a body ("styremøte i X": the board of X) and a meeting
    with no body after it ("dialogmøte i Nordby kommune") stay as they are."""
    kind = _KIND_OF_MEETING_IN.match(rest)
    if kind is None or compound_body(kind.group("kind")) is not None:
        return rest
    after = rest[kind.end():]
    if " og " in after and kind.group().rstrip()[-1] in "–-":
        return rest  # "samarbeidsmøte – Hardangerrådet og Vestland fylkeskommune": the
        # parties who met after a dash, no one body
    first = after.split(" ", 1)[0]
    if _BODY_STEMS.search(first) or first.casefold().endswith(("skapet", "skap")):
        return after
    if first[:1].isupper() and first.casefold().endswith(_COOPERATION_NAME_ENDINGS):
        return after  # "samarbeidsmøte i Kompetansesenter for velferdsteknologi Agder": a
        # centre or a cooperation by its name, which held the meeting
    return rest


# How the name of a centre or a cooperation that holds meetings ends (capitalised: a name).
_COOPERATION_NAME_ENDINGS = ("senter", "senteret", "sentret", "samarbeid", "samarbeidet")


# A kind of meeting, then "i" and what met: "arbeidsmøte i …", "Oppstartsmøte i …".
_KIND_OF_MEETING_IN = lazy_regex(r"^(?P<kind>[a-zæøåA-ZÆØÅ]{3,}møte)(?:\s+i|\s+[–-])\s+(?=\S)")


def _parent_past_initials(rest: str) -> tuple[str | None, str | None] | None:
    """Body and parent when the body's initials stand in brackets between them:
    "Arbeidsutvalget (AU) i Kystregionen" → ("Arbeidsutvalget (AU)", "Kystregionen").
    The initials are read past to find the parent, and stay with the body as written (as
    in "Samarbeidsutvalet (SU) ved Vikøy skule"). None when the name without them names
    no parent, or the body read is not the name before them."""
    initials = _INITIALS_BEFORE_PARENT.search(rest)
    if initials is None:
        return None
    body, organization = _body_and_organization(rest[:initials.start()] + rest[initials.end():])
    if not organization or body != rest[:initials.start()]:
        return None
    return f"{body}{initials.group(0)}", organization


# A body's initials in brackets before the word that links it to its parent: " (AU)" in
# "Arbeidsutvalget (AU) i Kystregionen", or before the comma that sets the parent apart:
# "arbeidsutvalget (AU), Midtfjord regionråd".
_INITIALS_BEFORE_PARENT = lazy_regex(r"(?<=[a-zæøå])\s+\([A-ZÆØÅ]{2,6}\)"
                                     r"(?=\s+(?:i|for|ved)\s+[A-ZÆØÅ]|,\s+[A-ZÆØÅ])")


def _initials_of_named_org(words: list[str]) -> tuple[str, str] | None:
    """A body's initials before the name of what it belongs to: "FAU Bjørkelia skole",
    "SU Solbakken barnehage" are the parents' or cooperation committee of that school, as
    "FAU-møte Solvik skole" is; None for any other name."""
    if len(words) < 3 or words[0].casefold() not in _GENERIC_BODIES or \
            not _ACRONYM.fullmatch(words[0]) or words[-1] not in _ORG_KIND_ENDINGS:
        return None
    if not all(word[:1].isupper() for word in words[1:-1]):
        return None  # "SU i Bjørkelia skole" is read as "X i Y" elsewhere
    return words[0], " ".join(words[1:])


# A board of a named organisation, from an all-capitals line: "Styret i fjordvik vel".
_BOARD_OF = lazy_regex(r"^(?P<body>[\wæøå]+)\s+(?:i|for)\s+(?P<org>[\wæøå][\w -]+)$", re.I)


_ACRONYM = lazy_regex(r"[A-ZÆØÅ]{2,6}")  # a body's initials alone: "FAU", "SU", "KU"
# A body's initials joined to "møte" before more words: "FAU-møte", "SU-møte".
_ACRONYM_MEETING = re.compile(r"^(?P<body>[A-ZÆØÅ]{2,6})-(?:møte|møtet)$")
# A regional council named by its region: the council is the cooperation itself.
# ("Interkommunalt politisk råd for Nordhordland" is such a council by its statutory name)
_REGION_COUNCIL = re.compile(r"^(?:regionrådet|regionråd|samarbeidsrådet|samarbeidsråd|"
                             r"interkommunalt\s+politisk\s+råd(?:et)?)\s+"
                             r"(?:i|for)\s+(?P<place>[A-ZÆØÅ][\w-]*(?:\s+[A-ZÆØÅ][\w-]*)?"
                             # (two regions joined by "og", the last with its part of the
                             # compass after it: "… for Numedal og Hallingdal sør")
                             r"(?:\s+og\s+(?-i:[A-ZÆØÅ])[\w-]*(?:\s+(?:sør|nord|øst|vest))?)?)$",
                             re.I)
# "Regionrådets møte", "Hovedstyrets oktobermøte": the body is the owner of the meeting
# (nynorsk writes the owner with "sitt": "Regionrådet sitt møte"), as of its gathering
# over one or two days ("Regionrådets samling", "Nettverket si vårsamling")
_WHOSE_MEETING = re.compile(r"^(?P<body>[A-ZÆØÅ][\w-]+?)(?:s|\s+sitt|\s+si)\s+(?:\S*?[\w)]-?)?"
                            r"(?:møte|møtet|moete|samling|samlinga|samlingen)$")
# A body for the municipality a merger makes: "Fellesnemnda for nye Sunnfjord kommune".
_BODY_FOR_NEW_MUNICIPALITY = lazy_regex(r"^(?P<body>.+?)\s+for\s+(?P<org>nye\s+[A-ZÆØÅ][\w-]*"
                                        r"(?:\s+[A-ZÆØÅ][\w-]*)*\s+(?:kommune|herad))$")
_BODY_FOR_ORG = re.compile(r"^(?P<body>[A-ZÆØÅ][\w-]+)\s+(?:for|för|i)\s+(?P<org>[A-ZÆØÅ].*)$")
# (a cooperation's kind after its place, "… i Sogn regionråd", "… i Nordfjord friluftsråd",
# is its name's last word as "kommune" is a municipality's; a joint council's two
# municipalities end in the plural: "… for Frosta og Levanger kommuner")
_BODY_IN_ORG = re.compile(r"^(?P<body>.+?)\s+(?P<word>i|for|ved)\s+(?P<org>[A-ZÆØÅ][\w-]+(?:\s+"
                          r"(?:og\s+)?[A-ZÆØÅ][\w-]+)*(?:\s+(?:kommuner|kommunar|kommune|"
                          # (nynorsk's other word for a municipality: "… i Voss herad")
                          r"herad|fylkeskommune|skole|skule|"
                          r"barnehage|sjukehus|sykehus|helsesenter|helsesenteret|sykehjem|"
                          r"sjukeheim|omsorgssenter|legekontor|bibliotek|vgs|regionråd|"
                          r"friluftsråd|IKS))?"
                          # (a region's part after its name: "… i Trøndelag sør")
                          r"(?:\s+(?:nord|sør|aust|øst|vest))?)$")
# A body, then the district it serves after "på" ("Næringsutvalget på Hadeland",
# "Faggruppe for helse på Romerike"): one or two capitalised words.
_BODY_IN_REGION = lazy_regex(r"^(?P<body>.+?)\s+på\s+"
                             r"(?P<org>[A-ZÆØÅ][\w-]+(?:\s+[A-ZÆØÅ][\w-]+)?)$")


def _serves_region(body: str, place: str) -> bool:
    """Whether "<body> på <place>" names a body and the district it serves, read as "i
    <region>" is: a body in one definite word or ending in a lower-case word, and a place
    that is no building where it met ("Styret på Gran rådhus") or a school ("… skole")."""
    return (body.split()[-1].islower() or (" " not in body and _definite_or_body(body))) and \
        _VENUE_END.search(place) is None and not _INSTITUTION_END.search(place) and \
        _ORG_FORM.search(place) is None


# A council at a school or kindergarten, "på" as often as "ved": "Samarbeidsutvalget på
# Nordbyen skole", "FAU på Lia barnehage" (the institution is its parent, not a venue).
_INSTITUTION_WORDS = (r"(?:skole|skule|barneskole|barneskule|ungdomsskole|ungdomsskule|"
                      r"barnehage|oppvekstsenter|vgs|videregående\s+skole|"
                      r"vidaregåande\s+skule)")
# A body, then the school or kindergarten it serves named right after it, without "på"
# or "ved": "Foreldrerådets arbeidsutvalg (FAU) Haugen skole".
_BODY_THEN_INSTITUTION = lazy_regex(r"^(?P<body>.*?[a-zæøå)])\s+(?P<org>[A-ZÆØÅ][\w-]+"
                                    rf"(?:\s+[A-ZÆØÅ][\w-]+)*\s+{_INSTITUTION_WORDS})$")
_BODY_AT_INSTITUTION = lazy_regex(r"^(?P<body>\S+(?:\s+\([^)]*\))?)\s+på\s+(?P<org>[A-ZÆØÅ][\w-]+"
                                  rf"(?:\s+[A-ZÆØÅ][\w-]+)*\s+{_INSTITUTION_WORDS})$")
# A school or kindergarten by name, as the last words of a parent: "Blåbærtua barnehage".
_INSTITUTION_END = lazy_regex(rf"\s{_INSTITUTION_WORDS}$", re.I)
# "møte", "konstituerende møte": a meeting, but no body named.
# (a gathering too: "Referat fra samling 12. mars", "… fra fagsamling")
# (and a Swedish sitting's: "Protokoll från sammanträde 1/2027", "… från mötet")
_BARE_MEETING_WORD = re.compile(rf"(?:{_MEETING_KINDS}\s+)?{_CHANNEL_FIRST}(?:møte|møtet|moete|"
                                r"möte|mötet|sammanträdet?|[a-zæøå]*samling(?:a|en)?)", re.I)
_YEAR_FIRST = lazy_regex(r"^(?:19|20)\d{2}\s+(?=(?:i|for)\s)")
_NUMBERED_MEETING = re.compile(r"^(?:møte|møtet|moete|möte|mötet|sammanträdet?)\s*(?:nr\.?\s*)?\d+"
                               r"(?:\s*[/-]\s*\d{2,4})?$", re.I)
_DASH = re.compile(r"\s\s*[–—-]\s+")  # ("\s+…": led by one "\s", a faster scan)
_PARENT_FORM = lazy_regex(r"(?:kommune|herad|samkommune|fylkeskommune|IKS|regionråd|regionrådet|"
                          r"selskap|selskapet|\bAS|\bSA|\bKF|\bVel|"
                          # the emergency call centre the municipalities of a region own
                          # together: "Vest 110-sentral – brukarforum"
                          r"110-sentral(?:en)?|"
                          # a regional park, a cooperation of its municipalities and trades:
                          # "Valdres natur- og kulturpark", "Haldenkanalen regionalpark"
                          r"regionalpark|kulturpark|naturpark|verdsarvpark)(?:\s+(?:DA|IKS|AS))?$",
                          re.I)  # also "Nord-Troms regionråd DA"


def _club_after_date(tail: str) -> str | None:
    """The club named after the meeting's date: "14.03.2024 Nordby Sanitetsforening"; or
    the health cooperation whose forum met: "partnarskapsmøte 12.03.2026 – Helsefellesskapet
    Helse Førde"."""
    found = dates.find_dates(tail)
    if not found or found[0].start != 0:
        return None
    name = tail[found[0].end:].strip(" ,–-")
    if name[:2] == "i ":  # "styremøte 3. mars 2026 i Vik IL": the club the board belongs to
        name = name[2:]  # (a town alone, "i Vik", names no club and stays out)
    return name if (names_club(name) or _health_cooperation_line(name)) and \
        not dates.DIGIT.search(name) else None


# The bodies a council or network has of its own: "styremøte, Norddal regionråd" is a
# meeting of the board of the council, as "styremøte i Norddal regionråd" is.
_BOARDS_OF_COOPERATION = frozenset({"styret", "arbeidsutvalget", "arbeidsutvalet"})


def _dash_split(text: str) -> tuple[str, str | None] | None:
    """(body, organisation) of "Innherred samkommune – Regionalt kompetanseforum" either way.

    Only when one side has the form of a parent organisation (a municipality, an IKS …)
    and the other names a body ("forum", "utvalg", "nettverk" …); "Høring – regional
    plan" and other dashes are left alone.
    """
    parts = _DASH.split(text)
    if len(parts) != 2:
        return None
    first, second = (p.strip() for p in parts)
    if second[:1].isupper() and _region_after_dash(first, second):
        # "Kommunalsjefmøte oppvekst – Sørmarka", "Regionrådet – Valdres": the region served
        return first[0].upper() + first[1:], second
    if second[-4:] in ("møte", "øtet") and _MEETING_KIND_AFTER.fullmatch(second) and \
            _BODY_STEMS.search(first):
        # "IKT-ledernettverket i Vestfold – faggruppemøte": the body's name, then what kind
        # of meeting it held, read as the name alone
        body, org = _body_and_organization(first)
        if body:
            return body, org
    for org, body in ((first, second), (second, first)):
        if (_PARENT_FORM.search(org) or names_club(org) or one_word_cooperation(org) or
                _COUNCIL_OF_REGION.match(org) or (org is second and _region_served(org)) or
                (org is first and _council_named_first(org)) or
                (org is second and _cooperation_of_place(org)) or
                # "Helsefellesskapet Helgeland – partnerskapsmøte": the trust's and the
                # municipalities' cooperation whose forum met
                _health_cooperation_line(org)) and \
                _BODY_STEMS.search(body) and \
                not _PARENT_FORM.search(body):  # also "Sørbygda Idrettslag – Styret"
            first, _, numbered = body.partition(" ")
            if (compound := compound_body(first)) and _NUMBER_ONLY.fullmatch(numbered):
                return compound, org  # "Styremøte nr. 4 2024 – Havbygd IL"
            if compound and _TASK_AFTER_MEETING.match(numbered):
                # "styringsgruppemøte prosjekt Ny skole – Nordby kommune": the group is
                # named by its task, as without the dash
                return f"{compound} {numbered}", org
            return body[0].upper() + body[1:], org
    return None


def _cooperation_of_place(name: str) -> bool:
    """A cooperation named by its one word and the place it serves, after a title's dash
    ("Operativt utvalg – Havnesamarbeidet Ytre Vik", "Arbeidsgruppe – Kystsamarbeidet
    Nord"): the body's parent, as the one word alone is (``one_word_cooperation``)."""
    head, _, place = name.partition(" ")
    return head.endswith("samarbeidet") and head[:1].isupper() and 0 < len(place) < 30 and \
        all(word[:1].isupper() for word in place.split())


def _council_named_first(name: str) -> bool:
    """A council named by one word of its own before a title's dash ("Lofotrådet –
    prosjektgruppe for grønn omstilling"), as a template puts its owner first: any
    "…rådet" there owns the group after the dash, whatever its first part ("Lofot" is
    no place's ending), but not a council by its kind alone ("Regionrådet")."""
    return " " not in name and name[:1].isupper() and name.endswith("rådet") and \
        len(name) > 8 and name.casefold() not in _COUNCIL_WORDS


def _region_after_dash(first: str, second: str) -> bool:
    """Whether the words after a title's dash name the region its body serves, read as
    "… i Valdres" is: a region's form ("Sørmarka", "Midt-Telemark") after a meeting named
    by kind and field ("Kommunalsjefmøte helse – Hallingdal"), or one capitalised name
    ("Valdres", "Salten" have no region ending) after such a meeting or a body's name
    ("Regionrådet – Valdres", "Faggruppe helse – Salten"). A word a title adds after
    a dash of its own ("Styret – Konstituering", "Møte – Oppfølging", "– Referat") is no
    region: it ends in a common title word, or names a body or a parent itself."""
    kind_and_field = _KIND_AND_FIELD.fullmatch(first) is not None
    if kind_and_field and _REGION_LINE.fullmatch(second):
        return True
    if _ONE_NAME.fullmatch(second) is None or _TITLE_WORD_END.search(second) or \
            _BODY_STEMS.search(second) or _PARENT_FORM.search(second) or \
            is_first_name(second) or second.casefold() in _MUNICIPALITIES_WORDS:
        return False  # (nor "– Kommunane": the other side of a joint body, see
        # ``_region_served``)
    if kind_and_field:
        return True
    # a body's name, its field in small letters after it ("Faggruppe helse", "Nettverk for
    # folkehelse"): no region of its own before the dash
    head, _, field_words = first.partition(" ")
    return _BODY_STEMS.search(head) is not None and len(field_words) < 40 and \
        not any(word[:1].isupper() for word in field_words.split()) and \
        (_PARENT_FORM.search(first) is None or first.casefold() in _COUNCIL_WORDS)


# A regional council named by its kind alone ("Regionrådet – Valdres": the council of it).
_COUNCIL_WORDS = frozenset(("regionrådet", "regionråd"))
# The common words a title puts after a dash, by how they end: what the document is
# ("Referat", "Møteprotokoll"), what kind of meeting or what stage ("Fellesmøte",
# "Konstituering", "Oppstart"), its theme ("Budsjett", "Status") or its form ("Digitalt").
_TITLE_WORD_END = lazy_regex(
    r"(?:møte|møtet|referat|protokoll|innkalling|saksliste|sakliste|dagsorden|"
    r"agenda|notat|oppsummering|samandrag|sammendrag|vedtak|budsjett|regnskap|rekneskap|"
    r"status|oppfølging|oppfylging|evaluering|konstituering|oppstart|samling|høring|"
    r"høyring|program|orientering|rapport|plan|strategi|utkast|seminar|konferanse|"
    r"workshop|ekstraordinært|ekstraordinær|digitalt|digital|fysisk|teams|arbeid|"
    r"gjennomgang|presentasjon|forslag|sak|saker|informasjon|mandat|melding|tema|dag|"
    r"dialog|utvikling|befaring|prosjekt|" + "|".join(dates.MONTH_NAMES) +
    r"|våren|hausten|høsten|vår|haust|høst)$", re.I)


# A meeting of those who hold one post, by its field: "Kommunalsjefmøte oppvekst",
# "Rektormøte grunnskole" (before a dash and the region it serves, ``_dash_split``).
_KIND_AND_FIELD = lazy_regex(r"[A-ZÆØÅ][a-zæøå]{3,}møte(?:\s+[a-zæøå]+){1,3}")
# A kind of meeting alone in small letters after a body's name and a dash: "faggruppemøte",
# "nettverksmøtet", "møte".
_MEETING_KIND_AFTER = lazy_regex(r"[a-zæøå-]{0,30}møtet?")


def _region_served(name: str) -> bool:
    """A region or a group of municipalities named by one word after the body and a dash
    ("Fagpolitisk utvalg for kultur – Østlandet", "Faggruppe folkehelse –
    Vestfoldkommunene"), or two regions joined by "og" ("Faggruppe for økonomisjefer –
    Hadeland og Land"): whom the body serves, its organisation, as "… i Innlandet" is."""
    if " og " in name:
        return _TWO_REGIONS.fullmatch(name) is not None  # "… – Hadeland og Land"
    # (but not the word alone: "Samarbeidsutvalet tannhelse – kommunane" names the two
    # sides that meet, no region)
    return " " not in name and name[:1].isupper() and \
        name.casefold().endswith(("landet", "kommunene", "kommunane")) and \
        name.casefold() not in _MUNICIPALITIES_WORDS


_MUNICIPALITIES_WORDS = frozenset(("kommunene", "kommunane"))


# Two regions served together, as a county or a group of regions is named: "Hadeland og
# Land", "Vestfold og Telemark", "Nordhordland og Gulen" (each one capitalised word).
_TWO_REGIONS = lazy_regex(r"[A-ZÆØÅ][a-zæøå]{2,}\s+og\s+[A-ZÆØÅ][a-zæøå]{2,}")


# What names a group by its task after its meeting word: "prosjekt X", "for X".
_TASK_AFTER_MEETING = lazy_regex(r"(?:for|prosjekt|prosjektet)\s+\S", re.I)


def _kind_then_named_body(text: str) -> str | None:
    """The body's own name after a kind of meeting and a dash, when the name holds the
    kind's word ("nettverksmøte – Kommunenettverk for digital samhandling", "styremøte –
    Styret i X"): the dash names which network met, not a parent ("styremøte – Åsen Vel"
    is the board of the club). The kind's word may stand inside a name that opens with
    the field and closes on the region ("nettverksmøte – Rus og psykisk helse nettverk
    Indre Østfold"), not in a topic ("styremøte – Valg av nytt styre")."""
    found = _KIND_DASH_NAME.match(text)
    if found is None:
        return None
    stem, name = found.group("stem").casefold(), found.group("name")
    words = name.casefold().split()
    if stem in words[0]:
        return name
    return name if len(words) > 2 and stem in words[1:-1] and name.split()[-1][:1].isupper() \
        else None


# "nettverksmøte – Kommunenettverk …": a compound meeting word, a spaced dash, a capital.
_KIND_DASH_NAME = lazy_regex(r"^(?P<stem>[a-zæøå]{4,}?)s?-?møte\s+[–—-]\s+"
                             r"(?P<name>[A-ZÆØÅ][^–—]{3,80})$", re.I)


# A regional council named before its region: "Regionrådet for Hadeland", "Regionrådet i
# Nord-Gudbrandsdal", "Interkommunalt politisk råd for Sunnhordland", "Samarbeidsrådet for
# Midt-Agder": the parent of the body a dash pairs it with ("Regionrådet for Hadeland –
# arbeidsutvalet"), not a body "Samarbeidsrådet" whose parent is the rest of the line.
# (also the municipalities' region for the teachers' and kindergartens' competence schemes
# by its region: "Kompetanseregion Sunnhordland – samarbeidsforum (DEKOM)")
_COUNCIL_OF_REGION = lazy_regex(r"(?:(?:regionrådet|samarbeidsrådet|"
                                r"interkommunalt\s+politisk\s+råd|"
                                r"interkommunale\s+politiske\s+rådet)\s+(?:for|i)\s+|"
                                r"kompetanseregion(?:en)?\s+(?:(?:for|i)\s+)?)"
                                r"(?-i:[A-ZÆØÅ])\S*(?:\s+(?:og\s+)?(?-i:[A-ZÆØÅ])\S*)*$", re.I)


def one_word_cooperation(name: str) -> bool:
    """A cooperation named by one word ("Kystsamarbeidet", "Osloregionen",
    "Vestlandsnettverket"): the parent of the body a dash pairs it with
    ("Kystsamarbeidet – Arbeidsutvalget", "Faggruppe helse – Vestlandsnettverket").
    Also a regional council named by its region and "-rådet" ("Midt-Telemarkrådet",
    "Nordfjordrådet"), not a council of a kind ("Eldrerådet", "Brukerrådet"). (A
    letterhead's one word is read without the network and the council,
    ``_one_word_cooperation``.)"""
    if " " in name or not name[:1].isupper():
        return False
    return name.casefold().endswith(("samarbeidet", "regionen", "nettverket")) or \
        one_word_council(name)


# The kinds of council named by the kind alone ("Eldrerådet"): ``vocab.COUNCIL_KINDS``.
_COUNCIL_KINDS = COUNCIL_KINDS


def council_of_a_kind(name: str) -> bool:
    """Whether one word names a council by its kind alone ("Eldrerådet", "UNGDOMSRÅDET"):
    a body, no cooperation or region, so over a working group's title it is not the group's
    parent as "Vestlandsrådet" there is (the spec's organisation is a region, a county, a
    municipality or a cooperation)."""
    folded = name.casefold()
    return folded.endswith("rådet") and folded[:-5] in _COUNCIL_KINDS


def one_word_council(name: str) -> bool:
    """A regional council named in one word by its region and "-rådet" ("Midt-Telemarkrådet",
    "Nordfjordrådet"): what comes before is a compass point joined to a name or a name by a
    place's ending, not a council of a kind ("Eldrerådet", "Brukerrådet")."""
    if " " in name or not name[:1].isupper() or not name.casefold().endswith("rådet"):
        return False
    stem = name[:-5]
    dash = stem.find("-")
    return (0 < dash < len(stem) - 1 and stem[dash + 1].isupper()) or _place_word(stem.casefold())


# What follows a meeting word when it only numbers or dates the meeting: "nr. 4 2024".
_NUMBER_ONLY = lazy_regex(r"(?:nr\.?\s*)?[\d\s./-]*", re.I)


# The first day of a meeting over two, before the second's day and month: "3. og" in
# "3. og 4. mars 2024", "3.–" in "3.–4. mars" (the second day then ends the title as one
# date does).
_FIRST_OF_TWO_DAYS = lazy_regex(rf",?\s*\d{{1,2}}\.\s*(?:og|–|-)\s*(?=\d{{1,2}}\.\s*(?:\d{{1,2}}\.|"
                                rf"{_MONTH}))", re.I)


# The meeting's own word left at the end once its number or day is gone: "Regionrådet i
# Vestdalen, møte 3/2025", "Styret i Nordby Vel, møte nr. 4", "Faggruppe helse, møte 4.
# mars 2025" (after a comma or a spaced dash: "AU-møte" is one word, "konstituerende
# møte" a kind of meeting).
_MEETING_WORD_AT_END = lazy_regex(r"(?:\s*,\s*|\s+[–—-]\s*)(?:møte|møtet)"
                                  r"(?:\s+(?:nr\.?\s*)?\d{1,3}(?:\s*[/-]\s*\d{2,4})?)?$", re.I)


# The meeting's number after the body's name without a comma: "Regionrådet i Xdalen
# møte 3/2025", "Styret for Vestlandsvatn IKS nr. 4", "… Nordvik Vel møte nr. 3".
_NUMBER_AT_END = lazy_regex(r"(?<=[^\W\d_])\s+(?:(?:møte|møtet)\s+(?:nr\.?\s*)?|nr\.?\s*)\d{1,3}"
                            r"(?:\s*/\s*\d{2,4})?$", re.I)


# A year after a body named in the definite form: "Referat fra 3. møte i arbeidsutvalget
# 2025" (a name that holds a year, "Prosjekt Kultur 2030", ends in no such noun).
_YEAR_AFTER_BODY = lazy_regex(r"(?:rådet|styret|utvalget|utvalet|gruppen|gruppa|nemnda)"
                              r"(?P<year>\s+(?:19|20)\d{2})$", re.I)


def _without_meeting_number(text: str) -> str:
    """The name without a meeting number right after it; a group named by its number keeps
    it ("Arbeidsgruppe nr. 2" is the group's name, "… Vel nr. 4" the meeting's count)."""
    if text[-4:-2] in ("19", "20") and (year := _YEAR_AFTER_BODY.search(text)):
        return text[:year.start("year")]  # "Arbeidsutvalget 2025": the year's meeting
    found = _NUMBER_AT_END.search(text) if "nr" in text or "øte" in text else None
    if found is None or found.start() == 0:
        return text
    before = text[:found.start()]
    last = before.rsplit(None, 1)[-1]
    if found.group(0).lstrip()[:2].casefold() == "nr":
        return text if _BODY_STEMS.search(last) else before
    # "Arbeidsutvalgets møte 3/2025", "Rådet sitt møte 2": the owner's meeting (_WHOSE_MEETING)
    return text if last.endswith("s") or last in ("sitt", "si") else before


def _before_date_part(text: str) -> str:
    """A title's parts before the one that gives the date or channel.

    "Faggruppe kultur – 5. juni 2024 – Teams" names the body in its first part only.
    """
    parts = _DASH.split(text)
    for n, part in enumerate(parts[1:], start=1):
        if dates.find_dates(part) or _DIGITAL.fullmatch(part.strip()):
            return " – ".join(parts[:n])
    return text


# A meeting's number and year after the name: "… Nordvik Vel 3/2025", "… IL nr. 2/24".
_TRAILING_SERIAL = lazy_regex(r"\s+(?:nr\.?\s*)?\d{1,3}\s*/\s*\d{2,4}$", re.I)


# A meeting's number right after its word, before a dash: "Styremøte 2/2026 – …".
_SERIAL_BEFORE_DASH = lazy_regex(r"\d{1,3}\s*/\s*\d{2,4}\s+(?=[–-]\s)")


def _named_after_dash(tail: str) -> str | None:
    """The whole name set apart by a dash after the meeting word, from its first capital
    to the proper name it ends on ("Styringsgruppemøte – Bustadsosialt program Valdres",
    "Prosjektgruppemøte – Ny flerbrukshall Brekke"): the programme or project the group
    serves, named as a whole, not its last word. Not a topic ("– Vedtak og budsjett").
    A project's name may end in its kind of work in small letters ("– Nordfjord
    reiselivsløft", "– Valdres bustadprosjekt"): the place first names it all the same.
    A plan's period may close the name ("– Regional næringsplan for Hallingdal
    2025–2030"): part of it, after the proper name it ends on."""
    words = tail.lstrip(" –-").split()
    named = words[:-1] if len(words) > 2 and words[-1][:1].isdecimal() and \
        _PLAN_PERIOD.fullmatch(words[-1]) else words
    if not 2 <= len(named) <= 6 or not all(word.isalpha() or "-" in word for word in named):
        return None
    if named[0] in _PROJECT_WORDS and named[1][:1].isupper():
        return " ".join(words)  # "– prosjekt Grenseløs helse": the project by its name
    if not (named[0][:1].isupper() and (named[-1][:1].isupper() or _project_kind(named) or
                                        _named_project_word(named[0]))):
        return None  # (but "– Interreg-prosjektet Grenseløs helse": the project's own
        # word opens its name, whatever words in small letters close it)
    return " ".join(words)


# The word in small letters a project's name may open with after a title's dash:
# "– prosjekt Grenseløs helse" (a capitalised "Prosjekt X" is a name of its own, whose
# owner a line under the title may name: "Hadelandsregionen")
_PROJECT_WORDS = frozenset(("prosjekt", "prosjektet"))


def _named_project_word(word: str) -> bool:
    """Whether a capitalised word is a compound naming a project ("Interreg-prosjektet",
    "Reiselivsprosjektet"): it opens a project's name, not "Prosjektet" alone."""
    return len(word) > 10 and word.casefold().endswith("prosjektet")


# A plan's period after its name: "2025–2030", "2024-27".
_PLAN_PERIOD = lazy_regex(r"\d{4}[–-](?:\d{4}|\d{2})")


def _project_kind(words: list[str]) -> bool:
    """Whether a name ends in a compound of a project's kind of work after capitals only
    ("Nordfjord reiselivsløft"); not a topic ("Status prosjekt", "Økonomi og program"),
    nor a title's word in front of one ("Status hovudprosjekt", "Oppstart forprosjekt",
    "Evaluering delprosjekt"): capitalised as a sentence's first word, no place's name."""
    last = words[-1]
    return all(word[:1].isupper() for word in words[:-1]) and \
        _TITLE_WORD_END.match(words[0]) is None and \
        any(last.endswith(kind) and len(last) > len(kind) + 2 for kind in _PROJECT_KIND_ENDINGS)


# The kind of work a project's name ends on in small letters ("Nordfjord reiselivsløft",
# "Valdres bustadprosjekt", "Hadeland næringssatsing"), nynorsk forms too
_PROJECT_KIND_ENDINGS = ("prosjekt", "prosjektet", "løft", "løftet", "satsing", "satsinga",
                         "satsingen", "program", "programmet")


def _definite_body_then_owner(words: list[str]) -> tuple[str, str] | None:
    """(body, owner) of a body's noun in the definite form in small letters followed by
    its owner's name and nothing more: "brukerrådet Solbakken sykehjem", "styret Fjordvik
    Vel" – the body of the institution or club, as "brukerrådet ved Solbakken sykehjem"
    says it. None unless the name ends in a kind of organisation or names a club."""
    first = words[0]
    if len(words) < 2 or not first.isalpha() or not first.islower() or \
            not words[1][:1].isupper() or not first.endswith(tuple(_BODY_NOUNS.values())):
        return None
    tail = " ".join(words[1:])
    if _org_from_tail(tail) != tail or \
            not (words[-1].casefold().endswith(_ORG_KIND_ENDINGS) or names_club(tail)):
        return None
    return first[0].upper() + first[1:], tail


def _org_from_tail(tail: str) -> str | None:
    """The trailing proper name after a meeting word ("… (PG-møte) Kompetanseregionen");
    none in a channel ("Styremøte på Teams"); a year after it is the meeting's ("Protokoll
    årsmøte Havbygd IL 2024")."""
    tail = re.sub(r"\([^)]*\)", "", tail).strip()
    # (a project's year is its name's: "… Reiselivsprosjektet Indre Sogn 2030")
    named_year = tail[-4:] if tail[-4:-2] in ("19", "20") and _year_in_name(tail) else None
    tail = _TRAILING_YEAR.sub("", tail)
    named = _org_of_tail(tail)
    return f"{named} {named_year}" if named and named_year else named


def _org_of_tail(tail: str) -> str | None:
    """``_org_from_tail`` of a tail without its year."""
    if "/" in tail:
        tail = _TRAILING_SERIAL.sub("", tail)  # "styremøte Nordvik Vel 3/2025": the meeting's
    if _DIGITAL.search(tail):
        return None
    if tail[:1].isdigit() and (serial := _SERIAL_BEFORE_DASH.match(tail)):
        tail = tail[serial.end():]  # "… 2/2026 – Bustadsosialt program Valdres"
    if tail[:1] in "–-" and (named := _named_after_dash(tail)):
        return named
    if (venue := _KIND_THEN_VENUE.match(tail)):
        tail = venue.group("org")  # "Salten skyttersamlag på Bodø Hotell": the place after
    words = tail.split()
    run: list[str] = []
    last = len(words) - 1
    if len(words) >= 2 and words[-1].islower() and words[-1].endswith(_ORG_KIND_ENDINGS) and \
            words[-2][:1].isupper():
        run, last = [words[-1]], last - 1  # "Nord-Trøndelag historielag", "Nordvik vel"
    elif len(words) >= 3 and words[-1].casefold() in _PARTNER_MUNICIPALITIES and \
            words[-2] == "og" and words[-3][:1].isupper():
        run, last = words[-2:], last - 2  # "Helse Fonna og kommunene": a cooperation
    for n in range(last, -1, -1):
        word = words[n]
        linking = word in NAME_LINKS and run and n > 0 and words[n - 1][:1].isupper()
        if not word[:1].isupper() and not linking:
            break
        run.insert(0, word)  # "Næringsforeningen i Ringvik": "i" inside a name
    start = len(words) - len(run)
    if run and start > 0 and words[start - 1] in _EMERGENCY_NUMBERS:
        run.insert(0, words[start - 1])  # "… flytting av 110 Sør-Vest": the emergency
        # centre by its number and its region, one name
    return " ".join(run) or None


# The emergency numbers that open the names of the centres answering them ("110 Sør-Vest",
# "110 Agder"): part of the name before the region.
_EMERGENCY_NUMBERS = frozenset(("110", "112", "113"))


def _emergency_centre(name: str) -> bool:
    """Whether a name is an emergency centre's by its number and region ("110 Sør-Vest")."""
    number, _space, rest = name.partition(" ")
    return number in _EMERGENCY_NUMBERS and rest[:1].isupper()


def _as_written_body(word: str) -> str | None:
    """The body an indefinite meeting word names, in the same form: "nettverksmøte (for
    folkehelse)" → "Nettverk", as the text writes it, where "nettverksmøtet (for …)" is
    "Nettverket"'s; None for the definite word or a word that is no compound of a body."""
    found = _COMPOUND_SUFFIX.match(word.casefold())
    if not found or word.casefold().endswith("t") or _body_of_stem(found.group("stem")) is None:
        return None
    stem = found.group("stem")
    return f"{word[0].upper()}{word[1:len(stem)]}"


def _topic_group(word: str, tail: str) -> str | None:
    """A subject group named by its field after the meeting word: "Faggruppemøte Helse" →
    "Faggruppe Helse", "Nettverksmøte Folkehelse" → "Nettverk Folkehelse". The field is
    no parent organisation; a name that is one ("… Osloregionen", "… Nordby IL") is not
    taken here."""
    found = _COMPOUND_SUFFIX.match(word.casefold())
    if not found or not found.group("stem").endswith(_TOPIC_GROUPS):
        return None
    words = tail.split()
    if not tail[:1].isupper() and (len(words) != 1 or tail.casefold() in _NOT_A_FIELD):
        return None  # "Faggruppemøte helse" names its field in lower case too, one word
    if not 1 <= len(words) <= 3 or \
            any(not w.isalpha() for w in words) or _ORG_FORM.search(tail) or \
            names_club(tail) or tail.casefold().endswith(_TOPIC_NOT_FIELD):
        return None
    stem = found.group("stem")
    return f"{word[0].upper()}{word[1:len(stem)]} {tail}"


# Groups named by their subject field, and the endings of names that are no field.
_TOPIC_GROUPS = ("faggruppe", "nettverk")
_TOPIC_NOT_FIELD = ("regionen", "samarbeidet", "rådet", "kommune", "kommunene", "fylke")
# Lower-case words after the meeting word that say how or what, not the group's field.
_NOT_A_FIELD = {"digitalt", "digital", "fysisk", "hybrid", "hybridmøte", "teams", "zoom",
                "ekstraordinært", "ekstraordinær", "ordinært", "ordinær", "referat",
                "protokoll", "notat", "oppsummering", "innkalling", "saksliste", "agenda",
                "møtereferat", "utkast", "kl", "klokka", "nr", "og", "i", "på", "for", "med"}


def _shouted_name(tail: str) -> str | None:
    """The name after the meeting word of an all-capitals title, which reaches here in
    lower case: "STYREMØTE SAUDA SAU & GEIT" → "Sauda Sau & Geit". None when a word of
    it is a number, a time or a kind of meeting rather than a name."""
    words = tail.split()
    if not words or len(words) > 5 or words[0] in NAME_LINKS or \
            any(not (word.isalpha() or word == "&") or word in _NOT_NAME_WORDS
                for word in words):
        return None
    return " ".join(word if word in NAME_LINKS else word.capitalize() for word in words)


# The municipalities a health trust cooperates with, named last in the cooperation's name:
# "OSU-møte Helse Fonna og kommunene" is the committee of the trust and the municipalities.
_PARTNER_MUNICIPALITIES = {"kommunene", "kommunane"}
# Words after "STYREMØTE" that say when or how it met, never whose meeting it was.
_NOT_NAME_WORDS = {*dates.MONTH_NAMES, "våren", "høsten",
                   "vinteren", "sommaren", "sommeren", "hausten", "uke", "veke", "kl",
                   "ekstraordinært", "ordinært", "konstituerende",
                   "konstituerande", "digitalt", "fysisk", "felles", "utvidet", "utvida",
                   "referat", "protokoll", "innkalling", "sakliste", "saksliste", "og",
                   "med", "nr", "hos", "på", "etter", "før"}
# The kind of organisation a name ends in, written in lower case after it.
_ORG_KIND_ENDINGS = ("lag", "laget", "forening", "foreningen", "foreining", "felag", "vel",
                     "klubb", "klubben", "korps", "kor", "menighet", "sokn", "sameie", "sameige",
                     "borettslag", "stiftelse", "grendautval", "grendeutvalg",
                     # "FAU-møte Solvik skole", "AU-møte Nordkyst regionråd"
                     "skole", "skule", "barnehage", "regionråd", "kommune", "herad",
                     # an institution's user council: "Brukerrådsmøte Solbakken sykehjem"
                     "sykehjem", "sjukeheim", "sykehus", "sjukehus", "omsorgssenter",
                     "helsesenter")
# An organisation of such a kind, then where it met: "Salten skyttersamlag på Bodø Hotell".
_KIND_THEN_VENUE = lazy_regex(rf"^(?P<org>.*?[a-zæøå](?:{'|'.join(_ORG_KIND_ENDINGS)}|råd|rådet))"
                              r"\s+på\s+[A-ZÆØÅ]")
# Kinds of organisation whose name under a title may be where the meeting was held.
_PLACES = ("skole", "skule", "barnehage", "kommune", "herad", "senter", "senteret")
# Generic boards and meetings of an organisation that a name line above the title owns.
_GENERIC_BODIES = _GOVERNING_BODIES | {
    "arbeidsutvalet", "styringsgruppa", "styringsgruppen", "prosjektgruppa",
    "prosjektgruppen", "samarbeidsutvalget", "samarbeidsutvalet", "driftsstyret",
    "foreldrerådet", "fagrådet", "brukerrådet", "medlemsmøtet", "årsmøte", "generalforsamling",
    "fau", "su", "au",
    # a career centre's or a partnership's own group ("Karriere Vestland" / "Partnarskapsgruppa")
    "partnarskapsgruppa", "partnerskapsgruppa", "partnerskapsgruppen",
    # a board named in English minutes ("Minutes of the Board meeting" under the letterhead
    # "NORDIC ARCTIC TRANSPORT FORUM"): the organisation above is its parent as well
    "board", "the board", "executive board", "steering group", "working group",
    "executive committee"}
_PARENT_KIND_ENDINGS = (*_ORG_KIND_ENDINGS, "forbund", "forbundet", "selskap", "selskapet",
                        "senter", "senteret", "idrettsråd", "ungdomsråd", "organisasjon",
                        # a neighbourhood's association, with a board of its own:
                        # "Østbyen bydelsråd", "Nordbygda grendaråd"
                        "bydelsråd", "grendaråd", "grenderåd",
                        # a business association with a board: "Hardanger Næringsråd"
                        "næringsråd", "næringsrådet",
                        # a forum, a business garden or a fund that has a board of its own:
                        # "Nordby Næringsforum", "Vestby Næringshage", "Fjordvik Næringsfond"
                        "forum", "forumet", "hage", "hagen", "fond", "fondet", "stiftelsen",
                        # an English name of an association: "Nordic Rail Association"
                        "association", "federation", "foundation", "network", "society",
                        # an industry cluster with a board: "Vestkyst Energiklynge",
                        # "Arctic Ocean Tech Cluster"
                        "klynge", "klyngen", "klynga", "cluster")
# A club's kind in the definite form that can open its name: "Beitelaget Skjåk Nord".
_DEFINITE_CLUB_KINDS = ("laget", "foreningen", "foreninga", "felaget")
# A foundation's form, opening its name: "Stiftelsen Nordskog museum".
_FOUNDATION_FIRST = frozenset(("stiftelsen", "stiftinga"))
_CLUB_ACRONYMS = {"IL", "IF", "SK", "FK", "BK", "IK",
                  *(form.upper() for form in (*COMPANY_FORMS, *COMPANY_FORMS_ALSO_WORDS))}
# "7100 Sørdal", "Storgata 4, 7100 Sørdal": a postcode and its place.
_POSTAL_LINE = lazy_regex(r"(?:^|,\s*)\d{4}\s+[A-ZÆØÅ][\w-]+(?:\s+[A-ZÆØÅ][\w-]+)?$")


@dataclass(slots=True)
class HeaderValues:
    """Raw labelled values found in the head, before interpretation."""

    time: list[str] = field(default_factory=list)
    date: list[str] = field(default_factory=list)
    document_date: list[str] = field(default_factory=list)  # "Vår dato:"
    place: list[str] = field(default_factory=list)
    end: list[str] = field(default_factory=list)  # "Til kl.: 12:30", "Møteslutt: 14.30"
    time_place: list[str] = field(default_factory=list)
    body: list[str] = field(default_factory=list)
    organization: list[str] = field(default_factory=list)  # "Organisasjon:"
    bare_lines: list[str] = field(default_factory=list)
    value_lines: set[int] = field(default_factory=set)  # lines that hold a label's value
    mail_from: bool = False  # a "Fra:" / "From:" line: maybe an e-mail's header
    # each head line's label (``match_label``), from the first line read on: asked once
    # here for the stacked labels, the labelled values and ``read_head``'s lone dates
    labels: list[Label | None] = field(default_factory=list)


# The labels of a form's start and end, "Fra:" and "Til:", with a clock time alone.
_FORM_HOURS = frozenset({"fra", "frå", "til"})
_CLOCK_ALONE = lazy_regex(r"(?:kl\.?\s*)?\d{1,2}[.:]\d{2}", re.I)


def _closes_aside(value: str, following: Line) -> str | None:
    """The line under a labelled place that left a bracket open, when it only finishes
    it: a narrow cell or column wrapped "Sted: Kulturhuset (rom" over "Glommen)". The
    line must follow with no gap, be short, hold no label and close the bracket."""
    if value.count("(") <= value.count(")") or following.gap or following.is_table:
        return None
    text = following.body.strip()
    if not text or len(text) > 40 or ")" not in text or "(" in text.split(")", 1)[0] or \
            match_label(following.text) is not None:
        return None
    return text


# The fields ``collect_values`` asks of each labelled value, bound once: ``Field.PLACE``
# is a lookup through the class's ``EnumType.__getattr__`` hook (Python 3.11), about ten
# times the cost of a module global (s75q's finding in ``minutes``; here s76f).
_FIELD_TIME, _FIELD_DATE, _FIELD_PLACE, _FIELD_BODY = Field.TIME, Field.DATE, Field.PLACE, \
    Field.BODY


def collect_values(lines: list[Line], start: int, stop: int) -> HeaderValues:
    """Labelled time/date/place values in lines[start:stop] (value on the same or next line)."""
    values = HeaderValues()
    # (every line of the range is asked by ``_stacked_labels`` and again below: one list,
    # where each later ask was a cache hit, some 450 instructions)
    labels = values.labels = [match_label(line.text) for line in lines[start:stop]]
    targets = {_FIELD_TIME: values.time, _FIELD_DATE: values.date, _FIELD_PLACE: values.place,
               Field.TIME_PLACE: values.time_place, _FIELD_BODY: values.body,
               Field.DOCUMENT_DATE: values.document_date,
               Field.ORGANIZATION: values.organization, Field.END: values.end}
    stacked = _stacked_labels(lines, start, stop, targets, labels)
    meeting_dates: list[str] = []  # "Møtedato:", "Dato for møtet:"
    forms: list[str] = []  # "Møteform: Teams"
    for i in range(start, stop):
        if i in stacked:
            field_, value = stacked[i]
            if field_ is not None:
                targets[field_].append(value)
                values.value_lines.add(i)  # not also a lone date line further on
            continue
        label = labels[i - start]
        if label is None:
            values.bare_lines.append(lines[i].body)
            if lines[i].is_table and ":" in lines[i].text:  # "X IKS | Sted: Rådhuset"
                for cell in _labelled_cells(lines[i]):
                    targets[cell.field].append(cell.value)
            continue
        if label.label in _FORM_HOURS and _CLOCK_ALONE.fullmatch(label.value):
            # a form's "Fra: 19.00" / "Til: 21.15" on lines of their own: the hours, no
            # mail's sender or addressee
            (values.end if label.label == "til" else values.time).append(label.value)
            values.value_lines.add(i)
            continue
        if label.label in _MAIL_FROM:
            if label.value[:1].isdigit() and dates.find_time_range(label.value)[1]:
                values.time.append(label.value)  # a form's "Fra: 18.00 Til: 20.00": hours,
                values.value_lines.add(i)  # no mail's sender
                continue
            values.mail_from = True
        for part in chained_labels(label):
            if part.field not in targets:
                continue
            value = part.value
            if not value and i + 1 < stop and not labels[i + 1 - start]:
                value = lines[i + 1].body
                values.value_lines.add(i + 1)
            if value and part.label in _TYPE_LABELS and _DIGITAL.fullmatch(value.strip(" .")):
                forms.append(value.strip(" ."))  # "Møtetype: Digitalt": the channel, no body
            elif value and part.label == "møteform":
                if _DIGITAL.search(value) or _BY_EMAIL.fullmatch(value.strip(" .")):
                    forms.append(value)  # "Møteform: Telefonmøte" / "E-postmøte": the
                    # channel, after any labelled place ("Fysisk" is no place)
                elif value[:1] in "FfMm" and (physical := _PHYSICAL_AT.match(value)) and \
                        not _ends_in_body(physical.group("place")):
                    forms.append(physical.group("place"))  # "Fysisk møte på Rådhuset"
            elif value and part.label in _BARE_START and not labelled_hours(value)[0] and \
                    not dates.find_time_range(value)[0]:
                continue  # "Start: 10.03.2025": the day work starts, no hour of this meeting
            elif value:
                if part.field is _FIELD_PLACE and "(" in value and i + 1 < stop and \
                        (closing := _closes_aside(value, lines[i + 1])):
                    value = f"{value} {closing}"  # "Sted: Kulturhuset (rom" / "Glommen)"
                    values.value_lines.add(i + 1)
                if part.field is _FIELD_PLACE and value[-1:] == "," and i + 1 < stop and \
                        (rest := _place_wrapped(lines[i + 1])):
                    value = f"{value} {rest}"  # "Møtested: Bøvre rådhus," / "formannskapssalen"
                    values.value_lines.add(i + 1)
                if part.field is _FIELD_PLACE and person_as_place(value):
                    continue  # "Stad: Olav Myklebust" in a list of people: no place
                field_ = _FIELD_TIME if part.field is _FIELD_BODY and \
                    _names_when(value) else part.field
                if part.label == "möte" and not dates.has_digit(value):
                    field_ = _FIELD_BODY  # "Möte: Gränskommittén Nordmark": a name, no sitting
                if field_ in _LENGTH_FIELDS and _may_state_duration(value.casefold()):
                    value = _without_duration(value)  # "Tid: 10.00, varighet 2 t"
                targets[field_].append(value)
                if part.field is _FIELD_DATE and ("møte" in part.label or (
                        part.label[-5:] == "datum" and part.label != "datum")):
                    meeting_dates.append(value)  # (and Swedish "Sammanträdesdatum:",
                    # "Mötesdatum:" beside a "Dato:" or "Datum:" of the document)
    values.place += forms
    if meeting_dates and len(meeting_dates) < len(values.date):
        # "Dato: 20.03.2024" over the title, "Møtedato: 14.03.2024" under it: the label
        # that names the meeting gives its day, and the bare "Dato:" is the document's
        values.date = meeting_dates + [v for v in values.date if v not in meeting_dates]
    return values


def _place_wrapped(following: Line) -> str | None:
    """The rest of a place label's value that ends in a comma, wrapped onto the next line
    with no blank line between ("Møtested: Bøvre rådhus," / "formannskapssalen"), as a
    PDF breaks a long head line: a few words with no digit, label or verb; None else."""
    text = following.body.strip()
    if following.gap or following.is_table or following.is_bullet or not text or \
            len(text) > 40 or len(text.split()) > 4 or dates.DIGIT.search(text) or \
            ":" in text or FINITE_VERB.search(text) or person_as_place(text):
        return None
    return text.rstrip(" .")


def person_as_place(value: str) -> bool:
    """Whether a place label's value is one person's name, with at most an organisation
    after a comma ("Stad: Olav Myklebust", "Sted: Liv Haugen, Kviteseid kommune"): the
    label misplaced in a list of people or a signature (or a municipality's group, Stad,
    in one), no place. Two or three capitalised words, the first a first name ("Karl
    Johans gate 5" has a word in lower case and a digit)."""
    words = value.partition(",")[0].partition("(")[0].split()
    return 2 <= len(words) <= 3 and is_first_name(words[0]) and \
        all(word.isalpha() and word[:1].isupper() and word[1:].islower() for word in words)


# The fields whose values may say how long the meeting lasts beside its start.
_LENGTH_FIELDS = frozenset((Field.TIME, Field.TIME_PLACE, Field.DATE))
# How long the meeting was to last, after its start and a comma or dash: "10.00, varighet
# 2 t", "kl. 10 – varigheit ca. 2 timar", "10.00, ca. 2 timer", "kl. 10.00, 90 min, Rådhuset",
# "10.00 i ca. 2 timer", "10.00 (varighet: 2 timer), Rådhuset".
# No end of the day's clock (the record holds no end it would have to compute) and no
# place; with the word "varighet" the unit may be a bare "t".
_DURATION_CLAUSE = lazy_regex(
    rf"(?:\s*[,;](?=\s)|\s+[-–]|\s+(?=varighe|lengde)|\s+i(?=\s+(?:ca|cirka|om\s+lag|\d)))\s*\(?\s*(?:"
    rf"(?:varighet|varigheit|lengde)\s*:?\s*(?:{dates.ABOUT})?\d{{1,3}}(?:[.,]\d{{1,2}})?\s*"
    rf"(?:timer|timar|time|t|minutter|minutt|min)|"
    rf"(?:{dates.ABOUT})?\d{{1,3}}(?:[.,]\d{{1,2}})?\s*(?:timer|timar|time|minutter|minutt|min))"
    rf"(?![\wæøå])\.?\s*\)?(?=\s*(?:[,;]|$))", re.I)
_may_state_duration = contains_any(("varighe", "lengde", "tim", "min"))


def _without_duration(value: str) -> str:
    """A "Tid:" value without the meeting's planned length after its start ("10.00,
    varighet 2 t" → "10.00"): the start is read as written, and no end is made up from
    the length (the reading guide names no such sum; the record's end stays null)."""
    return _DURATION_CLAUSE.sub("", value).strip()


# "Start:" alone, a word of many uses: a label of the meeting's hours only before a clock time.
_BARE_START = frozenset({"start", "start kl", "start kl."})
# A body label's value that is a day is the meeting's time: "Møte: tirsdag 4. mars kl. 10".
_DAY_FIRST = lazy_regex(rf"^(?:{_WEEKDAY}\b|\d)", re.I)


def _names_when(value: str) -> bool:
    """Whether a "Møte:" value gives the day rather than the body ("Møte: tirsdag 4. mars
    2025 kl. 10.00" in a summons): it starts with a weekday or a digit and holds a date
    (also one written with a slash, "Møte: onsdag 3/4 kl. 13", as a date label's is)."""
    return _DAY_FIRST.match(value) is not None and \
        bool(dates.find_dates(value) or dates.labelled_slash_date(value))


def _before_labelled_cell(line: Line) -> str:
    """The line's text before its first cell that gives the meeting's day, time or place
    under a label: a header row "Møte i Helgelandsrådet ⇥ Dato: 05.02.2025" (a Word tab
    stop, or a PDF's padding to the right margin) names the meeting in its first cell,
    and the labelled cell beside it is a field of its own (``_labelled_cells``), no word
    of the title or the body's name."""
    if not line.is_table or ":" not in line.text:
        return line.body
    kept = []
    for cell in line.cells:
        if ":" in cell and (label := match_label(cell)) is not None and \
                label.field in _WHEN_AND_WHERE:
            break
        kept.append(cell)
    return " ".join(cell for cell in kept if cell).strip() or line.body


def _labelled_cells(line: Line) -> list[Label]:
    """The day, time and place a Word header table gives in cells beside a title or a
    name ("Protokoll | Møtedato: 4.3.2025", "Styret i X IKS | Sted: Rådhuset"): each such
    cell after the first with its label and value in it."""
    found = []
    for cell in line.cells[1:]:
        label = match_label(cell) if ":" in cell else None
        if label is not None and label.value and label.field in _WHEN_AND_WHERE:
            found.append(label)
    return found


_WHEN_AND_WHERE = frozenset({Field.DATE, Field.TIME, Field.PLACE, Field.TIME_PLACE, Field.END})


# Labels that name the kind of meeting ("Møtetype: Styremøte"), or its channel alone.
_TYPE_LABELS = frozenset({"møtetype", "type møte"})
# A meeting form that names the place of a physical meeting: "Fysisk møte på Rådhuset",
# "Fysisk, Kommunestyresalen", "Møte i Rådhuset".
_PHYSICAL_AT = lazy_regex(r"(?:fysisk(?:\s+møte)?|møte)\s*(?:\s(?:på|i)\s|[,:–-])\s*"
                          r"(?P<place>(?-i:[A-ZÆØÅ])[^()]{1,60}?|"
                          # a room in lower case: "Fysisk, personalrommet"
                          rf"(?-i:{ROOM_IN_LOWER_CASE})\b[^()]{{0,40}}?)\s*\.?$", re.I)


def _label_fields(label: Label) -> list[Field]:
    """The fields a bare label stands for: one, or each part of a slashed one ("Dato / Tid /
    Sted" → date, time, place) when every part is a label of its own."""
    if label.field is not Field.TIME_PLACE or "/" not in label.label:
        return [label.field]
    parts = [match_label(part.strip() + ":") for part in label.label.split("/")]
    fields = [p.field for p in parts if p is not None and
              p.field in (Field.DATE, Field.TIME, Field.PLACE)]
    return fields if len(fields) == len(parts) else [label.field]


def _stacked_labels(lines: list[Line], start: int, stop: int, targets: dict,
                    labels: list[Label | None]) -> dict[int, tuple[Field | None, str]]:
    """Labels stacked above their values, as a PDF reads a two-row table column by column:
    "Dato" / "Tid" / "Sted" / "12.03.2024" / "10.00–12.00" / "Rådhuset" (or one slashed
    label, "Dato / Tid / Sted", over the three values). Maps each line of such a block to
    (field, value) for a value line and (None, "") for a label line. ``labels`` holds the
    label of each line from ``start`` on (``match_label``)."""
    found: dict[int, tuple[Field | None, str]] = {}
    i = start
    while i < stop:
        run: list[Field] = []  # the fields of the bare labels from line i on
        end = i  # the line after them
        while end < stop and (label := labels[end - start]) and \
                not label.value and label.field in targets:
            run += _label_fields(label)
            end += 1
        if end == i:  # no bare label starts here (most lines): nothing stacked
            i += 1
            continue
        values = range(end, end + len(run))
        stacked = len(run) >= 2 and values.stop <= stop and \
            not any(labels[k - start] for k in values)
        if stacked:
            for k in range(i, end):
                found[k] = (None, "")
            for k, field_ in zip(values, run, strict=True):
                found[k] = (field_, lines[k].body)
        i = values.stop if stacked else max(i + 1, end)
    return found


def _second_title(lines: list[Line], head: Head) -> str | None:
    """What a second title line under the first adds: "Protokoll fra styremøte 29. mars
    2017" over "Protokoll fra styremøte i Vekst i Grenland IKS 29. mars 2017 på
    Klosterøya." names the parent (set on ``head``) and the place (returned)."""
    for line in lines:
        if (starts := _MINUTES_TITLE_BY_FIRST.get(line.lowered[:1])) is None or \
                not line.lowered.startswith(starts) or \
                not _MINUTES_TITLE.match(line.body) or len(line.body) > 120:
            continue
        body, organization = body_and_organization(line.body.rstrip("."))
        if head.body is None and body:
            head.body, head.organization = body, organization
        elif body == head.body and organization and head.organization is None:
            head.organization = organization
        place = _PLACE_AFTER_YEAR.search(line.body)
        if place:
            return place.group("place") or place.group("building")
        return _hours_and_place_of_subtitle(line.body, head)
    return None


def _hours_and_place_of_subtitle(text: str, head: Head) -> str | None:
    """The hours (set on ``head`` when it has none) and the place a subtitle names after
    its day ("Referat frå møte måndag 26. oktober 2026 kl. 13.00–15.00, NAV Sogndal" under
    the meeting's heading), read as a "Tid:" value's are; not a person ("…, Kari Holm")."""
    if "kl" not in text or not (found := dates.find_dates(text)):
        return None
    when = text[found[0].start:]
    start, end = dates.find_time_range(when)
    if not start:
        return None
    if head.start is None:
        head.start, head.end = start, end
    place = _place_after_time(when)
    return place if place and not _first_name_first(place) else None


def proper_nouns(lines: list[Line]) -> dict[str, str]:
    """The words a document always writes with a capital inside a sentence, by their
    lower-case form ("hallingdal" → "Hallingdal"): the names it uses.

    A word seen in lower case anywhere, or only at the start of a line or sentence, is
    left out ("Helse" starting a line is no name when "helse" occurs too); but the place
    a "Sted:" line gives opens its value with the name it is ("Stad: Nordbygda skule").
    """
    capital: dict[str, str] = {}
    lower: set[str] = set()
    for line in lines:
        if line.text.isupper():
            continue  # another all-capitals line says nothing about case
        if line.body[:1] in "SsMm" and (place := _PLACE_VALUE.match(line.body)):
            capital.setdefault(place["word"].casefold(), place["word"])
        for found in _INNER_WORD.finditer(line.body):
            word = found.group()
            if word[:1].isupper():
                if found.start() < 16 and _ITEM_NUMBER_FIRST.fullmatch(line.body[:found.start()]):
                    continue  # "Sak 13/27 Tannhelse for eldre": a title's first word
                capital.setdefault(word.casefold(), word)
            else:
                lower.add(word.casefold())
    return {key: word for key, word in capital.items() if key not in lower}


# A word inside a sentence: after a word and a space (or an opening bracket there: "Lien
# (Ringerike k.)"), not after ". " or at the start.
_INNER_WORD = lazy_regex(r"(?:(?<=[\w,)] )|(?<=[\w,] \())"
                         r"[A-ZÆØÅa-zæøå][a-zæøå]+(?:-[A-ZÆØÅ]?[a-zæøå]+)*\b")


# An item's number opening a line, before its title: "Sak 13/27 ", "PS 4/25 ", "3. ".
_ITEM_NUMBER_FIRST = lazy_regex(r"(?:(?:[Ss]ak|SAK|PS|[Pp]unkt)\s+)?\d{1,3}(?:[/.-]\d{1,4})*\.?\s+")


# The first word of a place label's value, a name by its capital: "Sted: Nordbygda skule",
# "Møtestad: Lia samfunnshus".
_PLACE_VALUE = lazy_regex(r"(?:[Mm]øte)?[Ss]t[ae]d\s*:\s*"
                          r"(?P<word>[A-ZÆØÅ][a-zæøå]+(?:-[A-ZÆØÅ]?[a-zæøå]+)*)\b")


# Prepositions that may open a sentence before a place: "I Valdres er …", "Fra Gol …".
_PLACE_PREPOSITIONS = frozenset({"i", "fra", "frå", "for", "ved", "til", "på", "om", "mot"})


def _region_in_names(body: str, lines: list[Line]) -> bool:
    """Whether the region after a one-word body in a title in capitals ("Næringsnettverket
    i Valdres" from "… I NÆRINGSNETTVERKET I VALDRES") is the body's parent by the text's
    evidence: the text writes it, with its capital, as part of other names ("Visit
    Valdres", "NAV Valdres", "Valdres Næringshage", "Valdres regionråd"), as a region's
    bodies and firms are named. A region only said where things are ("kommunene i
    Grenland") is no such evidence, and a topic ("I PLAN OG MILJØ") is no single
    capitalised name."""
    place = body.rsplit(" i ", 1)[1]
    if " " in place or not place[:1].isupper() or place.isupper():
        return False
    named = re.compile(rf"\b(?:(?P<before>[A-ZÆØÅ][\wæøå-]*)\s+{re.escape(place)}\b|"
                       rf"{re.escape(place)}\s+(?:[A-ZÆØÅ][a-zæøå]|{_REGION_ORG_WORDS}\b))")
    for line in lines:
        if place in line.body and not line.text.isupper() and \
                any(found.group("before") is None or
                    found.group("before").casefold() not in _PLACE_PREPOSITIONS
                    for found in named.finditer(line.body)):
            return True  # ("I Valdres …", "Fra Valdres …" opening a sentence say where)
    return False


# The lower-case words of a region's own bodies and firms after its name ("Valdres
# regionråd", "Valdres næringshage"): the region written as part of their names.
_REGION_ORG_WORDS = r"(?:regionråd|regionrådet|næringshage|næringshagen|friluftsråd)"


def recased(name: str | None, cased: dict[str, str]) -> str | None:
    """A name taken from an all-capitals title with the words the document writes as
    names capitalised again ("Regionrådet for hallingdal" → "… Hallingdal"); its first
    word is left as it is."""
    if not name:
        return name
    first, *rest = name.split(" ")
    words = [first]
    company = rest[-1:] in (["AS"], ["ASA"])  # "HEIANE KRAFT AS": a company's words
    for word in rest:
        if word.islower() and word in cased:
            word = cased[word]
        elif company and word.islower() and word not in NAME_LINK_WORDS and word.isalpha():
            word = word[0].upper() + word[1:]  # "Heiane Kraft AS", as companies write
            # their names where the text gives no spelling of its own ("Sogn og Fjordane
            # Energi AS" keeps its "og")
        elif word.islower() and len(words) >= 2 and _region_pair(words[-1], word,
                                                                  rest[len(words):]):
            word = word[0].upper() + word[1:]  # "FAGGRUPPE GEODATA INDRE FJORDREGION": a
            # region's direction word and its name, by the name's ending
        elif word.islower() and words[-1] in _NAME_DASHES and \
                word not in _PARTNER_MUNICIPALITIES:
            word = word[0].upper() + word[1:]  # "GRUPPE – REGIONRÅDET FOR X": a name
            # starts after the dash that parts the body from its parent
            if "-" in word and _dashed_places(word.lower()) == "-" and \
                    word.partition("-")[0].casefold() in PLACE_PREFIXES:
                word = "-".join(part[0].upper() + part[1:] for part in word.split("-"))
                # "– NORD-FRON": a place whose name's parts both take capitals
        elif word.islower() and len(words) >= 3 and words[-2] in _NAME_DASHES and \
                _positioned_region(words[-1], word, first):
            word = word[0].upper() + word[1:]  # "BRUKARRÅDET – VESTRE FJORD": the region
            # the dash names by its position word and its name, both words the name's
        elif word.islower() and word.isalpha() and len(words) >= 4 and words[-1] == "og" and \
                words[-3] in _NAME_DASHES and len(words) == len(rest) and \
                "-" in words[-2] and words[-2].partition("-")[2][:1].isupper():
            word = word[0].upper() + word[1:]  # "REGIONRÅDET – NORD-FRON OG SEL": the
            # second of two places the dash names, the last word, a name as the first is
        elif ("–" in word or "-" in word) and word[1:].islower() and (
                words[-1] in _BEFORE_PLACE or (len(words) == 1 and first.casefold().endswith(
                    (*BODY_WORD_ENDINGS, *_SWEDISH_BODY_ENDINGS)))) and \
                (dash := _dashed_places(word)):
            word = dash.join(part[0].upper() + part[1:] for part in word.split(dash))
            # "GRENSERÅDET SOLØR–NORDVÄRMLAND", "REGIONRÅDET SOLØR-ODAL", "… FOR SOLØR–ODAL":
            # two places the body spans, joined by a dash or a hyphen without spaces, each
            # a name (also when a rule before gave the first its capital: "Solør-odal")
        elif word.islower() and words[-1] in _BEFORE_PLACE and _place_word(word):
            word = word[0].upper() + word[1:]  # "REGIONRÅDET FOR HALLINGDAL": a region the
            # text writes nowhere else, by how the names of dales and fjords end
        elif word.islower() and words[-1] == "og" and len(words) >= 3 and \
                words[-2][:1].isupper() and _place_word(words[-2].lower()) and \
                _place_word(word):
            word = word[0].upper() + word[1:]  # "FORUM HALLINGDAL OG NUMEDAL": the second
            # of two regions the body serves, a name as the first is
        elif word.islower() and words[-1] == "i" and len(words) == 2 and \
                first.casefold().endswith(BODY_WORD_ENDINGS) and \
                not word.endswith(BODY_WORD_ENDINGS):
            word = word[0].upper() + word[1:]  # "MENIGHETSRÅDET I NORDBY", "SAMARBEIDSRÅDET
            # I SOLSIKKEN BARNEHAGE": the council of a named parish, town or institution
        words.append(word)
    return " ".join(words)


# The dashes that part a body's name from the region or parent named after it.
_NAME_DASHES = ("–", "-", "—")
# The position words that open a region's name only, never a topic ("Vestre Toten",
# "Nordre Land", "Øvre Eiker"; "indre" and "ytre" also open topics: "indre kontroll").
_NAME_ONLY_POSITIONS = PLACE_DIRECTION_WORDS - {"indre", "ytre"}
# A council's name in its definite form ("Regionrådet", "Brukarrådet", "Eldrerådet",
# "Kontrollutvalet", "Representantskapet"): named already, so a dash after it names where
# it serves; an indefinite kind ("Arbeidsgruppe – indre kontroll") takes its topic there.
_NAMED_COUNCIL_ENDINGS = ("rådet", "utvalget", "utvalet", "styret", "skapet", "nemnda")


def _positioned_region(position: str, word: str, first: str = "") -> bool:
    """Whether a lower-case word after a dash and a position word is the region's name
    ("– Vestre fjord" → "Vestre Fjord", "– Nordre land"), as municipalities and regions
    so named write both words with capitals; a link word stays small. After "indre" or
    "ytre" only when a council named in its definite form precedes the dash
    ("REGIONRÅDET – INDRE SOGN"), which names its region there, no topic."""
    folded = position.casefold()
    return (folded in _NAME_ONLY_POSITIONS or (
        folded in ("indre", "ytre") and first.casefold().endswith(_NAMED_COUNCIL_ENDINGS))) \
        and position[:1].isupper() and word.isalpha() and word not in NAME_LINK_WORDS


def _dashed_places(word: str) -> str | None:
    """The dash joining two names in a word without spaces ("solør–odal", "solør-odal" from
    a title in capitals), as a body spanning two places or regions writes them, or None.

    A hyphen also joins initials or a name to a noun ("ikt-tjenester", "slt-styringsgruppa",
    "hallingskar-regionen"): with one, the first part is no initials (three letters at
    least, four unless a place's first word, ``PLACE_PREFIXES``: "sør-odal", "øst-agder")
    and the second no body's or common noun of such compounds."""
    dash = "–" if "–" in word else "-"
    parts = word.split(dash)
    if len(parts) != 2 or not all(len(part) >= 3 and part.isalpha() for part in parts):
        return None
    if dash == "-":
        head, tail = parts[0].lower(), parts[1]
        if (len(head) < 4 and head not in PLACE_PREFIXES) or \
                tail.endswith(BODY_WORD_ENDINGS) or tail.startswith(_COMPOUND_NOUN_HEADS):
            return None
    return dash


# The definite nouns of a Swedish body across the border ("GRÄNSKOMMITTÉN X–Y",
# "ARBETSUTSKOTTET", "NÄMNDEN", "STYRELSEN"), beside ``BODY_WORD_ENDINGS``.
_SWEDISH_BODY_ENDINGS = ("kommittén", "kommitten", "utskottet", "nämnden", "styrelsen")


# The nouns a name or initials compound with by a hyphen, no place ("Hallingskar-regionen",
# "IKT-tjenester", "Styre-møte", "Havbru-området", "Helse-senteret", "Bygde-sentrum").
_COMPOUND_NOUN_HEADS = ("region", "områd", "møte", "kommun", "samarbeid", "tjenest", "tenest",
                        "nettverk", "prosjekt", "forum", "kontor", "sent")


def _as_spelled(name: str, lines: list[Line]) -> str:
    """A name read from capitals as the text spells it in normal case elsewhere ("HEIANE
    KRAFT AS" and "… eigarane i Heiane kraft AS"), or as recased when it does not."""
    folded = name.lower()
    for line in lines:
        if folded in line.lowered and not line.body.isupper() and \
                len(line.lowered) == len(line.body):
            at = line.lowered.find(folded)
            spelled = line.body[at:at + len(name)]
            if not spelled.isupper() and not line.body[at + len(name):][:1].isalnum():
                return spelled
    return name


def _region_pair(before: str, word: str, after: list[str]) -> bool:
    """Whether a lower-case word of a name in capitals is a region's direction word before
    a place's name ("indre fjordregion", "nordre vestdal") or that name after it; "indre
    kontroll", "ytre miljø" stay topics."""
    if word in PLACE_DIRECTION_WORDS:
        following = after[0] if after else ""
        return following.islower() and _region_name_word(following)
    return before.casefold() in PLACE_DIRECTION_WORDS and before[:1].isupper() and \
        _region_name_word(word)


def _region_name_word(word: str) -> bool:
    """Whether a lower-case word reads as a region's name: a dale's, fjord's, … ending, or
    a "-region" ("fjordregion")."""
    return _place_word(word) or word.endswith(("region", "regionen"))


# The words a place follows in a body's name ("Regionrådet for Hallingdal", "Nettverket i
# Nordfjord"), and how names of regions end: dales, fjords, bays, islands and sounds
# (no field of work ends so: "… for næringsutvikling" stays a topic).
_BEFORE_PLACE = NAME_LINKS - {"og"}  # (a district's: "… på Hadeland")


def _place_word(word: str) -> bool:
    """Whether a lower-case word reads as a region's name by its ending ("hallingdal",
    "nordfjord"), not the ending alone ("heim", "sund": words of their own)."""
    return any(word.endswith(ending) and len(word) >= len(ending) + 2
               for ending in _PLACE_ENDINGS)

_PLACE_ENDINGS = ("dal", "dalen", "fjord", "fjorden", "vik", "øy", "øya", "sund", "heim",
                  # the old districts and their lands: "hadeland", "romerike", "ringerike"
                  "land", "landet", "rike")


# A programme's time slot before an item's number: "09.00–09.15 Sak 8/25 …", "10.00 2. …".
_ITEM_SLOT = lazy_regex(r"(?:kl\.?\s*)?[0-2]?\d[.:][0-5]\d(?:\s*[-–—]\s*(?:kl\.?\s*)?"
                        r"[0-2]?\d[.:][0-5]\d)?\s+(?:sak\b|\d{1,2}[.)]?\s)", re.I)


def _slot_start(text: str) -> str | None:
    """The time a programme's slot starts at when it gives no end ("11.00 Registrering og
    kaffe" → 11:00): on a slot line the lone time is an hour, no day."""
    found = _SLOT_HOUR.match(text)
    return f"{int(found.group(1)):02d}:{found.group(2)}" if found else None


_SLOT_HOUR = lazy_regex(r"(?:kl\.?\s*)?([01]?\d|2[0-3])[.:]([0-5]\d)\b", re.I)


def _time_in_brackets_only(text: str) -> bool:
    """Whether the line's only time stands in brackets: a person's part of the meeting in
    an attendance line ("Tinn kommune: Frode Heggenes (fra kl. 13.00 dag 1)"), not the
    meeting's hours."""
    return "(" in text and dates.find_time_range(_BRACKETED.sub(" ", text))[0] is None


_BRACKETED = lazy_regex(r"\([^()]*\)")


def _programme_start(lines: list[Line]) -> str | None:
    """The start of the first time slot of minutes written over the day's programme
    ("11.00–11.30 Velkommen og praktisk informasjon | Siri Aamodt, Vestfold
    fylkeskommune" → 11:00, a slot line too long for the head's test of short lines);
    None without a slot."""
    for line in lines:
        text = line.body
        if programme_slot_line(text):
            return dates.find_time_range(text)[0] or _slot_start(text)
    return None


def _programme_end(lines: list[Line]) -> str | None:
    """The end of the last time slot of minutes written over the day's programme
    ("13.30–14.00 Evaluering av samlingen" → 14:00), or None when the last slot gives
    only its start ("13.30 Evaluering"): when the meeting ended, as planned. A slot with
    its hour after the title below it ("Oppsummering og avslutning 15.00") is the last
    one: it gives only its start (the day's end only as "Slutt 15.00" does). A break
    after the last talk ("12.00–12.45 Lunsj", "Lunsj 12.00–12.45") ends no meeting: the
    talk's slot before it gives the end."""
    last = ""
    for line in reversed(lines):
        body = line.body
        if programme_slot_line(body):
            if is_break_slot(body) and \
                    not _DAY_ENDS.fullmatch(without_time_slot(body).strip()):
                continue  # "12.00–12.45 Lunsj" after the last talk
            last = body
            break
        if (hours := hours_after_title(body)) is not None:
            title = body[:hours.start()].strip()
            if _DAY_ENDS.fullmatch(title):
                return _slot_start(hours.group().strip())  # "Slutt 15.00"
            if is_break_title(title):
                continue  # "Lunsj 12.00–12.45" after the last talk
            # (a talk's span its end)
            return dates.find_time_range(hours.group())[1] if "–" in hours.group() or \
                "-" in hours.group() else None
    end = dates.find_time_range(last)[1]
    if end is None and last and _DAY_ENDS.fullmatch(without_time_slot(last).strip()):
        end = _slot_start(last)  # "14.00 Slutt", "15.30 Vel hjem": the day ends at its time
    return end


# A programme's last slot that marks the day's end, no talk: "Slutt", "Vel hjem",
# "Hjemreise" (not "Avslutning": closing words that take their own minutes).
_DAY_ENDS = lazy_regex(r"(?:slutt(?:\s+p[åa]\s+dagen)?|vel\s+h(?:jem|eim)|h(?:jem|eim)reise)"
                       r"[.!]?", re.I)


def _first_slot_of_days(lines: list[Line], head_end: int) -> Line | None:
    """The first slot under a day's heading right over the items ("Dag 1 – tirsdag 4.
    mars" / "11.00 Lunsj og registrering" / "12.00–13.00 Velkommen"): where a gathering
    over days starts, a break that is no item too. None when no day's heading is there."""
    for index in range(head_end, max(head_end - 3, 0), -1):
        if index + 1 < len(lines) and programme_day_line(lines[index].body):
            first = lines[index + 1]
            return first if programme_slot_line(first.body) else None
    return None


def _programme_first_slot(lines: list[Line], index: int, head_end: int) -> bool:
    """Whether line ``index`` is a programme's first slot where the items start: at the
    head's end, or right under a "Program" heading there (a seminar's summary lists its
    programme with lone start times over the sections that tell what was said)."""
    if index == head_end:
        return True
    if index - head_end not in (1, 2) or \
            lines[head_end].lowered.strip(" :") not in _PROGRAMME_HEADINGS:
        return False
    # (the day of a programme over two between: "Program" / "Onsdag 12. mars" / "11.30 …")
    return index == head_end + 1 or _day_line(lines[head_end + 1])


def _day_line(line: Line) -> bool:
    """A weekday and its date alone on a line ("Onsdag 12. mars"): a programme's day."""
    return len(line.body) <= 30 and \
        line.lowered.split(" ", 1)[0] in dates.WEEKDAY_FULL_NAMES and \
        bool(dates.find_dates(line.body))


_PROGRAMME_HEADINGS = frozenset({"program", "programme", "programmet", "dagens program"})


def _is_subject_line(line: Line) -> bool:
    """Whether the line is an e-mail's "Emne:" / "Subject:" field."""
    label = match_label(line.text) if line.lowered[:1] in "es" else None
    return label is not None and label.label in {"emne", "subject"}


# A sentence ends inside the line and the next begins: "… limer jeg inn under. Gi …"
# (not a day's "5. mars" nor "kl. 10").
_SENTENCE_END_INSIDE = lazy_regex(r"[a-zæøå]{2}[.!?]\s+[A-ZÆØÅ]")


def _pasted_minutes_heading(lines: list[Line], subject_line: int,
                            body: str | None) -> tuple[str, str] | None:
    """Body and organisation from the minutes' own heading pasted into an e-mail below its
    subject, when that heading names a parent the subject leaves out ("SV: Referat
    styremøte 1. september" over "REFERAT STYREMØTE NORDFJORD REISELIV"). Only a heading of
    the same body counts: a subject's body is the meeting the mail is about."""
    for line in lines[subject_line + 1:subject_line + 25]:
        text = line.body
        if not text or len(text) > 120 or text.endswith((".", "?", "!")) or \
                not _MINUTES_WORDS.search(text) or match_label(line.text) is not None or \
                _SENTENCE_END_INSIDE.search(text) or text[:1].isdecimal():
            continue  # (the mail's own words wrapped at 72 columns: "Referatet fra møtet
            # onsdag limer jeg inn under. Gi beskjed innen fredag" is no heading, nor a
            # saksliste's "1. Referat fra forrige møte" pasted above the minutes)
        if _ends_in_link(text):
            text = _with_continuation(lines, line)  # wrapped at 72 columns: "Referat fra
            # møte i administrativt kontaktutvalg (rådmannsutvalget) i" / "Midtdal regionråd"
        if _BARE_DOC_WORD.fullmatch(text) and (named := _name_under(lines, line.index)):
            text = named  # "REFERAT" / "Arbeidsutvalget i Nordvik regionråd": the pasted
            # heading names the document, the line under it the body
        found_body, organization = body_and_organization(text)
        if text.isupper():
            cased = proper_nouns(lines)
            found_body, organization = recased(found_body, cased), recased(organization, cased)
            if organization is None and found_body and " i " in found_body:
                # read again with its capitals: "ARBEIDSUTVALET I NORDFJORD FRILUFTSRÅD" as
                # "Arbeidsutvalet i Nordfjord friluftsråd", as read_head does a title
                found_body, organization = body_and_organization(found_body)
        if found_body and organization and (body is None or _same_body(body, found_body) or
                                            _whole_name_of(body, found_body)):
            return found_body, organization  # (also "Emne: Referat fra nettverksmøtet" over
            # "Nettverk for ledere innen rus, Østre Dal": the kind's whole name, its region)
        if found_body and organization is None and body and _whole_name_of(body, found_body):
            return found_body, None  # "Emne: Referat frå kontaktutvalet 4. juni" over
            # "Referat frå møte i kontaktutvalet mellom Helse Fonna og kommunane"
        return None  # (the first minutes heading decides)
    return None


def _name_under(lines: list[Line], index: int) -> str | None:
    """The line right under a bare document word, when it may name a body: no label, no
    sentence, not long."""
    below = lines[index + 1] if index + 1 < len(lines) else None
    if below is None or not below.body or len(below.body) > 80 or \
            below.body.endswith((".", "?", "!")) or ":" in below.body:
        return None
    return below.body


def _banner_names_body(lines: list[Line], title_line: int,
                       body: str) -> tuple[str, str | None] | None:
    """The body's whole name from a banner line above a title that names it by its kind
    alone ("Referat fra nettverksmøtet" gives "Nettverket"): a newsletter or a web page
    opens with "Nettverk for kommuneoverleger – Vestvikregionen". The line must name a
    body of the same kind (its first word the title's body without the definite ending)
    with words that set it apart."""
    stem = body.casefold()[:-2]
    if len(stem) < 3 or not body.casefold().endswith(BODY_WORD_ENDINGS):
        return None
    over = _lines_over_title(lines, title_line)
    for line in over:
        text = line.body
        if len(text) > 100 or not (_names_kind(text, stem) or _region_then_kind(text, stem, over)):
            continue
        if "·" in text and text.partition(" · ")[0].casefold() == body.casefold():
            return None  # "NORDRÅDET · POHJOISNEUVOSTO": the title's own name in each language
        if text[-1:].isdigit() and (dated := _BANNER_YEAR.match(text)) is not None:
            text = text[:dated.start("year")].rstrip(" ·|–—-")  # "… · 2025": the file's year
        found, organization = _name_in_capitals(text, lines) if text.isupper() else \
            body_and_organization(text)
        if found and " " in found and (_names_kind(found, stem) or
                                       _region_then_kind(found, stem, over)):
            return found, organization
        if organization and found and found.casefold() == body.casefold() and \
                _COOPERATION_LETTERHEAD.match(f"{found} for {organization}") is None:
            return body, organization  # "POLITIRÅDET FOR SOLVANG OG BERGLI" over "Referat
            # fra møte i politirådet": the title's own body, and whose it is (but
            # "Regionrådet for Kystregionen" is the cooperation's name: no parent)
    return None


def _dash_group_over_title(lines: list[Line], title_line: int) -> tuple[str, str] | None:
    """The group and its cooperation named by a heading over a title that names no body
    ("Slamsamarbeidet i Nordby – faggruppe" over "Referat"): the heading is the group's
    whole name, its part before the dash the parent (``_cooperation_dash_group``)."""
    for line in _lines_over_title(lines, title_line):
        text = line.body
        if " – " in text and len(text) <= 100 and (parent := _cooperation_dash_group(text)):
            return text, parent
    return None


def _lines_over_title(lines: list[Line], title_line: int, count: int = 3) -> list[Line]:
    """The ``count`` lines above a title, in order, passing over the labelled lines of a
    header block between a banner and the title ("Møtedato: …", "Stad: …"): a template's
    text box holding them is anchored in the banner's paragraph and read after it."""
    above: list[Line] = []
    for line in reversed(lines[:title_line]):
        if match_label(line.text) is None:
            above.append(line)
            if len(above) == count:
                break
    return above[::-1]


def _names_kind(name: str, stem: str) -> bool:
    """Whether a name is of a body of the kind ``stem`` names: opening with it
    (``_of_kind``), or with it after the region and a word for the cooperation
    ("Sunnhordland interkommunale nettverk for barnevern")."""
    if _of_kind(name.casefold(), stem):
        return True
    if "ale " not in name:  # (the cooperation's adjective: most names have none)
        return False
    region = _REGION_THEN_ADJECTIVE.match(name)
    return region is not None and _of_kind(name[region.end():].casefold(), stem)


def _region_then_kind(name: str, stem: str, over: list[Line]) -> bool:
    """Whether a banner names the body by its region, then a compound of the kind
    ("Nordfjord integreringsnettverk" over "Referat frå nettverksmøte"), the one line over
    the title that names that kind (a running footer's short form beside the heading's
    "Kompetansenettverket i Nordhordland" is no better name than it)."""
    words = name.split()
    if 3 < len(words) <= 6 and words.count("og") == 1 and words[-2] != "og":
        # two regions joined, as a council of both names itself ("Sunnfjord og Ytre Sogn
        # beredskapsråd"): each part one or two capitalised words
        words = [word for word in words if word != "og"]
        if len(words) > 4:
            return False
    elif not 2 <= len(words) <= 3:
        return False
    if not words[-1][:1].islower() or \
            not all(word[:1].isupper() for word in words[:-1]) or \
            not _of_kind(words[-1].casefold(), stem):
        return False
    return sum(stem in line.body.casefold() for line in over) == 1


# A region's name and an adjective of the cooperation before the kind of body:
# "Sunnhordland interkommunale …", "Nord-Troms regionale …".
_REGION_THEN_ADJECTIVE = lazy_regex(r"[A-ZÆØÅ][\w-]+(?:\s+[A-ZÆØÅ][\w-]+)?\s+"
                                    r"(?:interkommunale|regionale)\s+")


def _of_kind(name: str, stem: str) -> bool:
    """Whether a lower-cased name opens with a body of the kind ``stem`` names, also as the
    end of a compound ("fagnettverk for landbruk" for "nettverk")."""
    first = name.split(" ", 1)[0]
    return first.startswith(stem) or (first.endswith(stem) and len(first) > len(stem) + 2)


def _whole_name_of(short: str, full: str) -> bool:
    """Whether a pasted heading's body is the subject's body by its whole name: the same
    word, then what sets it apart ("Kontaktutvalet" and "Kontaktutvalet mellom Helse Fonna
    og kommunane"); a mail's subject shortens the name its minutes write out. A subject
    that names the kind alone ("nettverksmøte …" read as "Nettverket") shortens the name
    that opens with the kind ("Nettverk for arbeid og inkludering Nordvest")."""
    if " " not in short and " " in full and _kind_opens(short.casefold(), full):
        return True
    if not full.casefold().startswith(short.casefold() + " "):
        return False
    if " " not in short.strip():
        return True
    rest = full[len(short) + 1:].split(" ")  # "Faggruppe geodata" and "Faggruppe geodata
    # Indre Fjordregion": the group's name goes on with its region, capitalised words only
    return len(rest) <= 3 and all(word[:1].isupper() and not word.isupper() for word in rest)


def _kind_opens(short: str, full: str) -> bool:
    """Whether a body's bare definite noun ("nettverket", "styret") is the kind the first
    word of a longer name gives in its indefinite form ("Nettverk for …", "Styre for …")."""
    first = full.split(" ", 1)[0].casefold()
    return len(first) >= 4 and first != short and short.startswith(first) and \
        len(short) - len(first) <= 2


# The kind of body the last of a body's initials stands for: "AU" an arbeidsutvalg, "RU"
# a rådmannsutvalg, "SG" a styringsgruppe.
_KIND_OF_INITIAL = {"u": ("utval",), "g": ("grupp",), "r": ("råd",), "s": ("styre",),
                    "f": ("forum",), "n": ("nettverk", "nemnd"), "k": ("komit",)}


def _same_body(short: str, full: str) -> bool:
    """Whether a mail subject's body and the pasted heading's are one body by two names:
    the same, the subject's as the heading's other name in brackets ("Rådmannsutvalget"
    and "Administrativt kontaktutvalg (rådmannsutvalget)"), or its initials ("AU" and
    "Arbeidsutvalet": the first letter, and the kind the last letter stands for)."""
    folded, whole = short.casefold(), full.casefold()
    if folded == whole or f"({folded})" in whole:
        return True
    if folded.count(" ") == 1 and " " not in whole:
        # the subject's kind and field as two words, the heading's one compound of them:
        # "Nettverk barnevern" (from "nettverksmøte barnevern") and "Barnevernsnettverket"
        kind, field_ = folded.split(" ")
        return len(field_) >= 4 and whole.startswith(field_) and kind in whole[len(field_):]
    if not (2 <= len(short) <= 4 and short.isupper() and short.isalpha()):
        return False
    stems = _KIND_OF_INITIAL.get(folded[-1], ())
    return whole[:1] == folded[0] and any(stem in whole for stem in stems)


#: Whether a line of the head may hold a date or a time: a digit, which every date and
#: time pattern needs. ``read_head`` leaves a line without one before its dated tests;
#: a name of its own, so a test can check that skip against the full reading.
_may_be_dated = dates.has_digit


# "neste" as a word ("Neste møte", "neste styremøte"), not inside a name ("Nestegard").
_NEXT_WORD = lazy_regex(r"\bneste\b")


def _second_day_end(values: HeaderValues, end: str, title: str | None) -> str:
    """The meeting's end when its date spans two days ("Dato: 12.–13. mars 2025", or the
    title's "Samling i regionrådet 12.–13. mars 2025") and the
    time gives two ranges ("Tid: kl. 10.00–16.00 og 08.30–12.00"): the second is the second
    day's hours, so the meeting ends when it does, though it starts before the first day's
    end ("kl. 12-14 og 10-11" on one day is no later session)."""
    if not any(dates.spans_two_days(value)
               for value in [*values.date, *values.time, *([title] if title else [])]):
        return end
    for value in values.time:
        if (later := dates.second_day_end(value)) is not None:
            return later
    return end


def _written_in_head(lines: list[Line], name: str) -> str | None:
    """A head line that is ``name`` in normal case, whole ("PPT for Indre Vestdal" for
    "ppt for Indre Vestdal" taken from an all-capitals title), as the line writes it."""
    folded = name.casefold()
    for line in lines:
        if len(line.body) == len(name) and not line.body.isupper() and \
                line.body.casefold() == folded:
            return line.body
    return None


def read_head(lines: list[Line], head_end: int, case_year: int | None,
              furniture: list[str] | None = None, running: list[str] | None = None) -> Head:
    """Interpret the head: dates, time, place, title, body, organisation. ``furniture``
    is the page header's and footer's lines the reader kept apart (a year there dates a
    day written without one); ``running`` the top lines repeated as a page header."""
    limit = max(head_end, min(len(lines), 12))
    if head_end < len(lines) and lines[head_end].lowered.strip(" :") in _PROGRAMME_HEADINGS:
        # the first slot under the head's "Program" heading gives the start
        # (``_programme_first_slot``), a day's line between them too
        limit = max(limit, min(len(lines), head_end + 3))
    head = Head()
    head.title, head.title_line = find_title(lines, min(limit, 25), head_end, running)
    head.body, head.organization = body_and_organization(_one_language_title(
        _without_status(filed_title(_without_reply_prefix(head.title) if head.title else None))))
    if head.title and head.title.isupper() and (head.body or head.organization):
        cased = proper_nouns(lines)
        head.body, head.organization = recased(head.body, cased), recased(head.organization,
                                                                          cased)
        if head.organization and head.organization.endswith((" AS", " ASA")):
            head.organization = _as_spelled(head.organization, lines)
        if head.organization is None and head.body and " i " in head.body and \
                (" " in head.body.split(" i ", 1)[0] or _region_in_names(head.body, lines)):
            # read again with its capitals: "REFERANSEGRUPPEN FOR KULTURSKOLEPLAN I SØRÅS"
            # as "… i Sørås" is read in normal case, when the text writes Sørås as a name
            # (a council named by its place alone, "ELDRERÅDET I SKOGVIK", stays whole,
            # unless the text names others by the region: see ``_region_in_names``)
            head.body, head.organization = body_and_organization(head.body)
        elif head.organization is None and head.body and " på " in head.body:
            # "REFERAT FRA MØTE I NÆRINGSFORUMET PÅ HADELAND": the district the body serves
            # once "Hadeland" has its capital again, as "… på Hadeland" is read in normal case
            head.body, head.organization = body_and_organization(head.body)
        elif head.organization is None and head.body and " for " in head.body and \
                head.body.split(" ", 1)[0].casefold() in _GOVERNING_BODIES and \
                (written := _written_in_head(lines[:limit], head.body.partition(" for ")[2])):
            # "MØTEBOK – STYRET FOR PPT FOR INDRE VESTDAL" under the letterhead "PPT for
            # Indre Vestdal": the board of what the head writes as a name, read as "Styret
            # for PPT for Indre Vestdal" is in normal case (the board, and its parent)
            head.body, head.organization = head.body.split(" ", 1)[0], written
        elif head.organization is None and head.body and " – " in head.body:
            # "MØTE I ADMINISTRATIV GRUPPE – REGIONRÅDET FOR X": the dash parts the body
            # from its parent, seen only once the names have their capitals again
            head.body, head.organization = body_and_organization(head.body)
    if head.title and _DOC_AND_MONTH.fullmatch(head.title):
        head.body = head.organization = None  # "Referat August": the line below names them
    if head.organization is None and head.title_line is not None and head.title and \
            _is_subject_line(lines[head.title_line]) and \
            (pasted := _pasted_minutes_heading(lines, head.title_line, head.body)):
        head.body, head.organization = pasted  # "Emne: Referat styremøte 1. september"
        # over the pasted "REFERAT STYREMØTE NORDFJORD REISELIV": the parent is named there
    if head.body and head.body[:1].isdecimal():
        head.body = head.organization = None  # "Møtereferat 10.03.20117 Minimer": no name
    if head.body and head.title_line and _network_over_post_meeting(
            lines[max(0, head.title_line - 3):head.title_line], head.body):
        head.body = None  # "Valdres bibliotekleiarnettverk" / "Referat frå bibliotekleiarmøte":
        # the network met, read from the lines as a title naming no body is
    subtitle_body = None
    if head.body is None and head.title:  # "Referat", "REFERAT FRA MØTE 3/2022"
        subtitle = _subtitle(lines, head.title_line, limit)
        if over := _body_over_parent(lines, head.title_line, subtitle):
            subtitle = over[0]  # "Overordnet samarbeidsorgan (OSO)" / "Helse Fonna HF og
            head.organization = over[1]  # kommunene" / "Referat": the body, then its parent
        head.body, organization = _name_in_capitals(subtitle, lines) \
            if subtitle and subtitle.isupper() else body_and_organization(subtitle)
        head.organization = organization or head.organization  # (the title's owner stays:
        # "Prosjekt Ny X – referat fra prosjektmøte")
        if subtitle and " – " in subtitle and head.title[-4:].casefold() == "møte" and \
                (kind := _PARTIES_MEETING_TITLE.match(head.title)) and \
                (described := _DESCRIBED_COOPERATION.match(subtitle)):
            # "Protokoll frå drøftingsmøte" / "Hardangernett IKT – interkommunalt
            # IKT-samarbeid": the meeting of the parties names the body, the line under it
            # the cooperation whose employer and employees met
            head.body = kind.group("kind").capitalize()
            head.organization = described.group("org")
        subtitle_body = head.body
    if head.body and head.organization is None and head.title_line is not None:
        head.organization = _parent_below(lines, head.title_line, head.body)
    if head.body and head.organization is None and head.title_line and \
            " " not in head.body and (named := _banner_names_body(lines, head.title_line,
                                                                  head.body)):
        head.body, head.organization = named  # "Nettverk for kommuneoverleger –
        # Vestvikregionen" over "Referat fra nettverksmøtet 6. mai 2025"
    subtitle_place = None
    if head.title_line is not None:
        subtitle_place = _second_title(lines[head.title_line + 1:limit], head)
    head.letterhead = letterhead(lines, limit)
    if head.organization and head.letterhead and head.letterhead[:1] == head.organization[:1] \
            and head.letterhead[len(head.organization):] in (" kommune", " herad") and \
            head.letterhead.startswith(head.organization):
        head.organization = head.letterhead  # "Fjordvik kommune" over "Beredskapsrådet i
        # Fjordvik": the place the body is of, by its municipality's full name
    if head.organization is None and head.letterhead and not (
            ((head.title and _COOPERATION_WORDS.search(head.title)) or
             # (or the body under a bare "PROTOKOLL" names the municipalities as the other
             # side: "Samarbeidsutvalget for tannhelse – kommunene i Sørdal")
             (head.body and "kommun" in head.body and JOINT_WITH_MUNICIPALITIES.search(
                 head.body))) and
            not _one_word_cooperation(head.letterhead) and
            not _hosts_letterhead(lines, head.letterhead) and
            not _trust_and_municipalities(head.letterhead)) and \
            not _several_municipalities_seated(lines[:limit], head.letterhead):
        # a municipality's letterhead over a cooperation of several ("Referat … styringsgruppa
        # interkommunalt barnevernsamarbeid") is the host's, not the body's parent; but the
        # cooperation's own one-word name ("Gjøvikregionen" over "Protokoll
        # regionrådsmøte") is the parent of its council, as "Regionrådet for Fjellregionen"
        # is the council of the cooperation Fjellregionen
        head.organization = head.letterhead
    if head.organization is None and head.body and head.title_line and \
            "øte" in head.body and post_holders_meeting(head.body) and \
            (service := _service_over_post_holders(lines[max(0, head.title_line - 3):
                                                         head.title_line])):
        head.organization = service  # "Tannhelsetenesta i Vestfjord" over "Referat frå
        # klinikksjefmøtet": the heads of a service meet as its own forum
    if head.body is None:
        head.body = letterhead_body(lines, limit)
    if head.body is None and head.organization and " – " in head.organization and \
            (parent := _cooperation_dash_group(head.organization)):
        # "VA-samarbeidet i Nordby – faggruppe" / "Vertskommune: Nordby kommune" over a
        # title naming no body: the letterhead is the group's whole name, as in a title
        head.body, head.organization = head.organization, parent
    elif head.body is None and head.title_line and (named := _dash_group_over_title(
            lines, head.title_line)):
        head.body, head.organization = named  # "Vertskommunesamarbeid om barnevern –
        # administrativt samarbeidsorgan" over a bare "MØTEREFERAT"
    if head.body is None and head.title and (service := _service_over_host(lines[:limit])):
        head.body, head.organization = service  # "Legevakta i Hallingdal" / "Ål kommune"
    if head.body is None and (addressed := _addressed_body(lines, limit)):
        head.body, head.organization = addressed[0], addressed[1] or head.organization
    if head.body is None and (channel := _channel_over_post(lines)):
        head.body, head.organization = channel[0], channel[1] or head.organization
    if head.body is None and head.title and (met := _meeting_in_line(lines, limit)):
        head.body, head.organization = met[0], met[1] or head.organization
    if head.body is None and head.title and "amling" in head.title[:40] and \
            _gathering_for_audience(_DOC_PREFIX.sub("", head.title, count=1).strip(" !.:–-")):
        head.body = _named_network(lines)  # "Nettverkssamling for helsesykepleiere" over
        # "Helsesykepleiernettverket i Vestfold møtes …": the network met at its gathering
        if head.body is None and furniture and \
                (header_network := _network_in_furniture(furniture)):
            # … or the PDF's running page header names it ("SLT-nettverket i Vikfjord –
            # referat 14.11.2025"), its region the parent
            head.body, organization = body_and_organization(header_network)
            head.body = head.body or header_network
            head.organization = head.organization or organization
    values = collect_values(lines, 0, head_end)
    head.labels = values.labels
    # ("Møte: 3/2026", "Møte: Møte 3/2026": the sitting's number, no body's name)
    values.body = [v for v in values.body if not _MEETING_NUMBER.fullmatch(v.strip(" .")) and
                   not (v[:4].casefold() == "møte" and
                        _BARE_MEETING_NUMBER.fullmatch(v.strip(" ."))) and
                   not (head.body and _kind_of_named_body(v.strip(" ."), head.body))]
    if values.mail_from and values.date and (sent := _mail_date(lines[:limit])) in values.date:
        values.date.remove(sent)  # "Fra: …" / "Dato: tir. 19. mars 2024 kl. 14:02" /
        values.document_date.append(sent)  # "Emne: …": the day the mail was sent
    if values.document_date and (original := _forwarded_sent(lines[:limit])):
        if original in values.document_date:
            values.document_date.remove(original)
        values.document_date.insert(0, original)  # "VS: …" / "-----Original Message-----"
        # / "Sendt: …": the day the minutes were first sent, not the day they were passed on
    if values.body:
        body, organization = body_and_organization(values.body[0].strip(" ."))
        if subtitle_body is not None and body != subtitle_body:
            # "Møtenotat" / "Prosjekt: Ny skole i Dalen" / "Møte: Prosjektgruppemøte": the
            # line under the title named something else, and its "parent" is none of this
            # body's (a letterhead's still is)
            head.organization = head.letterhead
        head.body = body or values.body[0].strip(" .")
        head.organization = organization or head.organization
    if values.organization and values.organization[0].strip(" ."):
        head.organization = values.organization[0].strip(" .")  # "Organisasjon: X IKS"
    if head.organization is None and (owner := _cooperation_of_project(lines[:limit])):
        head.organization = owner  # "Prosjekt: Barnevernsamarbeidet Sør-Helgeland – …"
    if head.organization and head.body and \
            head.organization.casefold() == head.body.casefold():
        # "Sogn regionråd" on the letterhead and "Organ: Sogn regionråd": one name for the
        # body that met, which is then no parent of its own
        head.organization = None
    if head.letterhead and head.organization == head.letterhead and \
            _council_letterhead(head.letterhead) and \
            (head.body is None or head.body.casefold() == "regionrådet"):
        # ("Regionrådet" from "Til medlemmene i regionrådet" under it is the same council)
        # "Vestdal regionråd" by a bare "MØTEPROTOKOLL": a regionråd is itself a body that
        # meets, so when nothing names another body it is the one that met, not a parent
        head.body, head.organization = head.letterhead, None
    if head.body and " " not in head.body and \
            head.body.casefold().endswith(_GROUP_WORD_ENDINGS) and \
            (named := _group_named_beside(lines, head)):
        head.body, head.organization = named[0], named[1] or head.organization
    if head.body and head.title_line is not None and head.body[-1:].isdigit() and \
            _SEASON_GATHERING.fullmatch(head.body) and (under := _body_under_gathering(
                lines, head.title_line)):
        head.body, head.organization = under  # "Vårsamling 2026" / "Barnehagenettverket
        # Nordfjord" on a cover: the gathering of the year is no body, the name under it is
    if head.body and head.title_line is not None and _meeting_for_body(head.body) and \
            (met_in := _group_met_in_head(lines, head, head_end or limit)):
        head.body, head.organization = met_in[0], met_in[1] or head.organization
    if head.body and " " not in head.body and head.title and \
            names_joint_meeting(head.title) and \
            (topic_group := _group_on_topic_in_head(lines, head, head_end or limit)):
        head.body, head.organization = topic_group  # "Gravplassforvaltning –
        # samarbeidsmøte" / "… møte i samarbeidsgruppen for gravplassforvaltning i X, …"
    if head.body and _gathering_on_topic(head.body) and \
            (named_body := _body_after_gathering(head.body)):
        head.body = named_body  # "Dialogmøte IKT-nettverket Midt": the network held it
    elif head.title_line is not None and (
            (head.body and _gathering_on_topic(head.body)) or
            (head.body is None and _summary_of_dialogue(head.title))) and \
            (body_line := _body_line_under_title(lines, head.title_line)):
        # "Oppsummering fra dialogmøte om vannforvaltning" / "Vannområdeutvalget for Indre
        # Fjordane": the workshop is what was held, the body under the title held it
        old = head.organization
        under = body_line[0]
        head.body, organization = body_and_organization(under)
        head.body = head.body or under
        head.organization = organization or head.organization
        if organization is None and old and (old.casefold() in head.body.casefold() or
                                             head.body in old):
            head.organization = None  # "… i Hallingdal" read off the workshop's line is
            # the region in the name of the body under it ("Regionrådet for Hallingdal"),
            # and "Hadeland regionråd og Innlandet fylkeskommune" the two sides' line
        if head.organization is None:
            head.organization = _owner_line_under(lines, body_line[1])
    elif head.body and _gathering_on_topic(head.body) and \
            (organiser := _organiser_body(lines[:head_end or limit])):
        # "Oppsummering etter webinar om ny transportplan" / "Arrangør: Nettverk for
        # arealplanleggere": the network held the webinar, the topic is no body
        head.body, organization = body_and_organization(organiser)
        head.body = head.body or organiser
        head.organization = organization or head.organization
    if head.body == "Partnerskapet" and (named := _meeting_named_as_body(lines)):
        head.body = named  # "PROTOKOLL PARTNERSKAPSMØTE" / "Partnerskapsmøtet vedtar …"
    if head.body and " " not in head.body and head.title_line and \
            (named := _body_named_in_letterhead(lines, head)):
        head.body = named  # "Vestlandsnettverket for folkehelse" over "… nettverksmøte"
        if " i " in named and head.organization is None and _board_of_place(named):
            # "Fjellstyret i Hovden" over "Protokoll fra styremøte": the board and its
            # place, as the letterhead over "Møtebok" is read ("Eldrerådet i X")
            body, organization = body_and_organization(named)
            head.body, head.organization = body or named, organization
        elif head.organization == named and " i " in named:
            # "Personvernombudsnettverket i Fjordkysten" / "Vertskommune: Nordby kommune"
            # over "Referat fra nettverksmøte" (the banner of a hosted service, taken for
            # the parent too): the region after "i" its parent, as when the title names it
            # (a banner alone keeps its whole name)
            body, organization = body_and_organization(named)
            if body and organization:
                head.body, head.organization = body, organization
    elif head.body and head.title_line and head.body.isupper() and len(head.body) <= 6 and \
            (spelled := _initials_spelled_out_above(lines, head)):
        head.body, head.organization = spelled[0], head.organization or spelled[1]
    elif head.body and head.title_line is not None and head.body[:1] in "NF" and \
            (compound := _field_compound_below(lines, head.title_line, head.body)):
        head.body = compound  # "nettverksmøte barnevern" over "Barnevernnettverket består …"
    if head.body == "Nettverket" and head.title_line and \
            (named := _named_network(lines[:head.title_line])):
        # "Ungdomsrådsnettverket" over a bare "Nettverkssamling" (a deck's cover): the
        # gathering's network by its own name (and the region after it: "… i Sørdal")
        body, organization = body_and_organization(named)
        head.body = body or named
        head.organization = head.organization or organization
    if head.body and head.organization is None and head.title and \
            "amling" in head.title[:40] and \
            (network := _audience_gathering_host(head.title, head.body)):
        head.body, head.organization = network, head.body  # "… nettverkssamling for
        # næringsutviklarar" over "Nordfjordrådet": the network met, the council its parent
    if head.organization is None and head.body and " – " in head.body and \
            (parent := _cooperation_dash_group(head.body)):
        head.organization = parent  # (the body keeps its name as written, both parts)
    if head.organization is None and head.body:
        head.organization = _cooperation_above(lines, head) or _named_parent_above(lines, head)
    elif head.organization and head.body and head.body.endswith("samarbeidet") and \
            (full := _cooperation_of_region_above(lines, head)):
        head.organization = full  # "Museumssamarbeidet i Valdres" over "… for
        # museumssamarbeidet i Valdres": the cooperation, not its region alone
    if head.organization is None and head.body and head.title_line in (1, 2):
        head.organization = _region_above(lines, head)
    if head.organization is None and head.body and values.mail_from:
        head.organization = _parent_in_address(lines[:limit], head.body)
        if head.organization is None:
            head.body = _fuller_name_in_address(lines[:limit], head.body)
    if head.organization is None and head.body:
        head.organization = _organiser_parent(lines[:head_end or limit], head.body)
    if head.organization is None and head.body == head.title and head.title_line is not None \
            and (board := _board_under_club(lines, head.title_line)):
        head.body, head.organization = board, head.title
    elif head.organization is None and head.body and head.title_line is not None and \
            (board := _board_under_meeting_title(lines, head.title_line, head.body)):
        head.body, head.organization = board, head.body
    elif head.organization is None and head.body and head.title_line is not None and \
            head.title_line + 1 < len(lines) and \
            (group := _group_meeting_under_title(lines[head.title_line + 1], head.body)):
        head.body, head.organization = group, head.body
    if head.body and head.organization and head.body.casefold() == "regionrådet" and \
            head.organization.casefold().endswith("regionråd"):
        # "Storvik regionråd" over "Referat fra møte i regionrådet": the same council, the
        # cooperation itself and no parent of its own
        head.body, head.organization = head.organization, None
    elif head.body and head.organization and _same_council(head.body, head.organization):
        head.organization = None  # "Valdres regionråd" over "Utvalg: Regionrådet for Valdres"
    elif head.body and head.organization and _letterhead_names_body(head.body,
                                                                    head.organization):
        # "Interkommunalt beredskapsråd for Midt-Buskerud" over "Protokoll fra møte i
        # beredskapsrådet": the letterhead is the body's full name, no parent of its own
        head.body, head.organization = head.organization, None
    if head.body and (head.body.casefold() == "rådet" or (
            head.organization is None and head.body.casefold() == "regionrådet")) and \
            (council := _council_above(lines, head)):
        # "Lofotrådet" / "Hallingdal regionråd" over "Protokoll frå rådsmøte": the short
        # form names the council on the letterhead, which is the body, no parent of its own
        # (so too over "Innkalling til møte i regionrådet" when an address block stands
        # between the letterhead and the title)
        head.body = council
        if head.organization and head.organization.casefold() == council.casefold():
            head.organization = None
    elif head.body and head.organization and head.body.casefold() == "rådet" and \
            _council_letterhead(head.organization):
        # "Protokoll frå rådsmøte" / "Sunnhordland interkommunale politiske råd" under it:
        # the council named below the title is the one that met, no parent of its own
        head.body, head.organization = head.organization, None
    county = head.letterhead if head.organization and head.letterhead and \
        _county_of_region(head.letterhead, head.organization) else \
        _organising_county(lines[:limit], head.organization) if head.organization else None
    if county and head.title != f"{head.body} i {head.organization}":
        # "Innlandet fylkeskommune" over "Referat fra nettverksmøte i kulturnettverket i
        # Innlandet": the county's own network, the county municipality its parent (a
        # deck titled by the network's name alone keeps its region in the name: see
        # ``minutes._owner_over_region``); the region then stays in the body's name as
        # the title writes it ("Kulturnettverket i Innlandet"), no longer told apart
        if head.body:
            head.body = f"{head.body} i {head.organization}"
        head.organization = county
    elif head.organization and head.letterhead and \
            council_of_region(head.letterhead, head.organization):
        # "Glåmdal regionråd" over "Styringsgruppe for felles barnevernstjeneste i
        # Glåmdalen": the region's council, named apart, is the group's parent
        head.organization = head.letterhead

    meeting = None        # (DateMatch, source) of the meeting day
    document = None       # DateMatch of the document's own date
    cover = None          # the day a deck's cover names with its place (dates the deck)
    signed = None         # the place and day the minutes were signed at their end
    published = None      # a web post's "Publisert 5. oktober 2024"
    dated_label = None    # the "Dato:" value the meeting's day was taken from
    for value in values.document_date:  # "Vår dato: 15.03.2024"
        found = dates.find_dates(value)
        if not found and (mailed := dates.mail_client_date(value)):
            found = [mailed]  # "Sent: Friday, March 15, 2024 10:12"
        if found and document is None:
            document = found[0]
    time_sources = values.time + values.time_place
    for value in time_sources:
        time_label = value in values.time
        closed = None
        raw = value
        if "(" in value:  # "Tid: 9–11.30 (lunsj kl. 11.30)": the break's time is no start
            value, closed = _without_asides(value)
        found = dates.find_dates(value)
        if not found and meeting is None and (slashed := dates.labelled_slash_date(value)):
            found = [slashed]  # "Tid og sted: 4/4 kl. 10, Rådhuset"
        if found and meeting is None:
            meeting = found[0]
        if head.start is None:
            head.start, head.end = dates.find_time_range(value)
            head.start = _stated_start(value, head.start)
            if head.start and head.end is None and (pair := _TWO_TIMES.search(value)):
                head.end = f"{int(pair.group(1)):02d}:{pair.group(2)}"  # "Tid: 09:00 15:00"
            if head.start and head.end is None and time_label and (
                    "til" in value or "-" in value or "–" in value):
                head.end = _whole_hour_end(value, head.start)  # "Tid: frå 09:30 til 15"
        if head.start is None and time_label:
            head.start, head.end = labelled_hours(value)
            if head.start is None and found and found[0].end < len(value):
                # "Dato/tid: 06.03.24 / 10-15": the hours after the day
                head.start, head.end = labelled_hours(value[found[0].end:].lstrip(" ,/"))
            if head.start is None and found and found[0].start > 0:
                # "Tidspunkt: frå 10 til 14, 4. mars 2025": the hours before the day
                head.start, head.end = labelled_hours(value[:found[0].start].rstrip(" ,/"))
            if head.start is None and not found and "," in value and \
                    not dates.has_digit(rest := value.split(",", 1)[1]) and rest.strip():
                # "Tid: 10.00, Rådhuset": the hours, then the place after a comma
                head.start, head.end = labelled_hours(value.split(",", 1)[0])
            where = _HOURS.match(value.strip(" ."))
            if head.start and where and where.group("where") and head.location is None:
                head.location = where.group("where").strip()  # "Tid: 11.15 (rom 054)"
        if closed and head.start and closed > head.start:
            head.end = closed  # "Tid: 17-19 (møtet slutta 19.40)": when it did end
        if raw is not value:
            head.start = _started_at(raw, head.start, head.end)  # "(møtet startet 12.15)"
    titled = _titled_day(head.title)
    for value in values.date:
        found = dates.find_dates(value)
        if not found and (slashed := dates.labelled_slash_date(value)):
            found = [slashed]  # "Dato: Torsdag 4/4 kl. 10"
        if not found and (month_first := dates.mail_client_date(value)):
            found = [month_first]  # "Date: February 3, 2026": month first, read only here
        if not found:
            continue
        if meeting is None and titled is not None and found[0].year is not None and \
                (titled.day, titled.month, titled.year) != \
                (found[0].day, found[0].month, found[0].year):
            # "Styremøte 29. januar 2024" over "Dato: 2026-10-02": the title names the
            # meeting's day, the label the document's
            meeting, document = titled, document or found[0]
        elif meeting is None:
            meeting = found[0]
            dated_label = value
            if head.start is None:
                head.start, head.end = dates.find_time_range(value)
                if head.start and "(" in value and \
                        (closed := _without_asides(value)[1]) and closed > head.start:
                    head.end = closed  # "Dato: 4.3.2025 kl. 17–19 (møtet ble hevet kl. 19.30)"
                if head.start and "(" in value:  # "… kl. 17–19 (møtet startet 17.15)"
                    head.start = _started_at(value, head.start, head.end)
            rest = value[found[0].end:].lstrip(" ,/")
            if head.start is None and rest and not rest.isdigit():
                # "Dato: 4.3.2025, 10-12", "Dato: 4.3.2025 fra 12.30": hours and nothing else
                # after the meeting's day (four digits alone may be a stray year)
                head.start, head.end = labelled_hours(rest)
        elif (meeting.day, meeting.month) == (found[0].day, found[0].month) and \
                meeting.year in (None, found[0].year):
            meeting = found[0]  # "Tidspunkt: 8. oktober 1100" / "Dato: 8.–9. oktober 2020"
        elif document is None:
            document = found[0]
    if head.end and ("og" in "".join(values.time) or "," in "".join(values.time)):
        head.end = _second_day_end(values, head.end, head.title)
    if values.end and head.start and head.end is None:
        head.end = _labelled_end(values.end[0], head.start)
    if head.location is None and not values.place and not values.time_place:
        for value in values.time + values.date:  # "Dato: 2.10.2024, kl. 09–11, Teams"
            if (place := _place_after_time(value)) is not None:
                head.location = place
                break
    for value in values.place + values.time_place:
        labelled = bool(values.place) and value in values.place
        if labelled and (stop := _PLACE_SENTENCE_END.search(value)):
            value = value[:stop.start()]  # "Silda skule kl 13.00. I et strålende vær møtte …"
        place = _place_from(value, labelled)
        if place and ("innkall" in (low := place.casefold()) or "invitasjon" in low):
            # "Teams (se lenke i innkallingen)": the pointer is no part of the place
            place = _POINTER_TAIL.sub("", place)
            if _POINTS_ELSEWHERE.match(place):
                place = None  # "Sted: Se innkalling": the summons says where, the text not
        if place and head.location is None:
            head.location = place
        if head.start is None and labelled and _TRAILING_KL.search(value):
            head.start, head.end = dates.find_time_range(value)
    # Unlabelled evidence: a lone date line, a place-and-date line, "Digitalt møte kl. …".
    stamp = _page_stamp(lines, head.title_line)
    if stamp is not None and head.body and " " not in head.body and \
            (named := _body_under_stamp(lines, head.title_line + 3, head.body)):
        head.body, head.organization = named[0], named[1] or head.organization
    labels = values.labels  # (the head's lines', from the first: asked once)
    for line in lines[:limit]:
        if stamp is not None and line.index in (head.title_line + 1, head.title_line + 2):
            continue  # a note app's "tirsdag 10. mars 2026" / "10:02": when the page was made
        if line.index in values.value_lines or (
                (labels[line.index] if line.index < head_end else match_label(line.text)) and
                not (line.index == head_end and programme_slot_line(line.body))):
            # (not "Tid: 09.00–09.15 Velkommen", the first slot of a programme that
            # labels each slot's time: the day runs over all of them)
            if document is None and \
                    (starts := _SIGNER_BY_FIRST.get(line.lowered[:1])) is not None and \
                    line.lowered.startswith(starts):
                document = _writer_dated(line.body)  # "Ref.: Kari Holm, 06.03.25"
            continue  # "Dato" / "Torsdag 21. september": the label's value, not a lone date
        text = line.body
        if line.lowered[:1] in "åd" and " det " in line.lowered[:40] and \
                (inverted := _INVERTED_HELD.match(text)) is not None:
            text = _held_put_straight(inverted)  # "År 2026, den 27. mai kl. 14.00, ble det
            # avholdt ordinær generalforsamling i X AS i Y." read as "Ordinær
            # generalforsamling i X AS ble avholdt 27. mai 2026 kl. 14.00 i Y."
        if ("neste" in line.lowered and _NEXT_WORD.search(line.lowered)) or \
                "nytt møte" in line.lowered:
            continue  # "Neste møte blir 12. juni kl. 10": another meeting's date and time
            # (the word, not a name that holds it: "Til stades var Sigrid Nestegard …")
        if (stamps := _WEB_STAMPS_BY_FIRST.get(line.lowered[:1])) is not None and \
                line.lowered.startswith(stamps):
            # "Publisert 24. apr. 2019 10:46 - Sist endret …": the web page's, no meeting's
            published = published or _published_date(line)
            continue
        if line.lowered[:1] in "vd" and (version := _VERSION_LINE.match(text)):
            # "Versjon 1.1, godkjend 16.10.2025": the day this version of the minutes was
            # approved or written, the document's own date (after the version's number,
            # which is no day); no meeting's day
            if document is None and (found := dates.find_dates(text[version.end():])):
                document = found[0]
            continue
        if head_end and line.index >= head_end and (text.endswith((".", ":")) or ". " in text) \
                and not (text[:2] in SLOT_STARTS and programme_slot_line(text)):
            continue  # a sentence inside the first item is about something else (not
            # "Kl. 10.00: Velkomen", the programme's first slot)
        if head.location is None and text[:2] in {"på", "i "} and \
                (place := _PLACE_UNDER_WHEN.match(text)) and line.index > 0 and (
                    dates.find_time_range(lines[line.index - 1].body)[0] or (
                        line.index + 1 < len(lines) and
                        dates.find_time_range(lines[line.index + 1].body)[0])):
            # "tirsdag 4. juni kl. 17.00" / "på Kystsenteret", or the place above the time
            head.location = place.group("place")
            continue
        if head.location is None and "takk for" in line.lowered and \
                (thanked := _THANKED_FOR_MEETING.search(text)):
            head.location = thanked.group("place")  # "Takk for eit godt møte på
            # Kommunehuset i Odda i går": a mail's greeting says where the body met
            if head.start is None:  # "… i går (kl. 12–15)": and its hours, in that sentence
                rest = text[thanked.end():_sentence_end(text, thanked.end())]
                head.start, head.end = dates.find_time_range(rest)
        held_as = None
        if head.location is None and ("møte" in line.lowered or
                                      "forsamling" in line.lowered) and \
                (held_as := _HELD_AS.search(text)):
            # "… som telefonmøte", "Møtet var på Rådhuset onsdag …", "… holdt i X"
            head.location = held_as.group("place") or held_as.group("home") or \
                held_as.group("at") or held_as.group("venue") or held_as.group("room") or \
                held_as.group("took") or held_as.group("channel") or held_as.group("online")
            if head.start is None and "kl" in text:  # "Møtet ble holdt på Fjordvik rådhus
                # kl. 09.00–11.30.": the hours in the sentence that gave the place
                head.start, head.end = dates.find_time_range(
                    text[held_as.start():_sentence_end(text, held_as.start())])
        if head.location is None and line.index > 0 and (
                (_is_venue_line(text) and text.casefold() not in NOT_NAME_WORDS and
                 not _first_name_first(text)) or
                _is_hotel_line(text) or
                (len(text) < 30 and _DIGITAL.fullmatch(text.rstrip(".")))) and \
                dates.find_time_range(lines[line.index - 1].body)[0] and \
                dates.find_dates(lines[line.index - 1].body):
            head.location = text.rstrip(".")  # "Tysdag 25. april 2017 kl. 19.00." /
            # "Ørskoghallen", "Kommunestyresalen, rådhuset i Uggdal.", or a channel: "Teams"
            continue
        if head.location is None and _venue_under_lone_date(lines, line, head.title_line):
            head.location = text.rstrip(".")  # "Referat styremøte" / "12. mars 2026" /
            continue  # "Rådhuset, møterom 3": the block under the title gives day and venue
        if head.location is None and line.index > 0 and text[-1:] == ")" and \
                _channel_with_aside(text) and (
                    dates.find_dates(lines[line.index - 1].body) or (
                        line.index + 1 < len(lines) and
                        dates.find_dates(lines[line.index + 1].body))):
            head.location = text  # "Dato: 12.03.2025, 09:00–11:30" / "Digitalt møte (Teams)"
            continue  # (or over it: "Digitalt møte (Teams)" / "Dato: 12.03.2025")
        if "saml" in line.lowered and (head.body is None or " " not in head.body) \
                and (gathered_by := _BODY_GATHERED.match(text)) and \
                _BODY_STEMS.search(who := gathered_by.group("who")) and \
                (head.body is None or _fuller_name(head.body, who)):
            # "Folkehelsenettverket for Sunnhordland og Haugalandet samla 19 deltakarar …"
            # under "Oppsummering frå samling i folkehelsenettverket 12. mars": the
            # network's full name; under a title that names none, the network itself
            if head.body is None:
                named, organization = body_and_organization(who)
                head.body, head.organization = named or who, head.organization or organization
            else:
                head.body = who
        # (a line without a digit, most of a head's, holds no date and no time: one test
        # for the two searches below, each of which would begin with it)
        digit = _may_be_dated(text)
        if not digit:
            continue  # every test below needs a date or a time (``found``, ``start``), or
            # the hour "… og hevet kl. 10.45" of ``_OPENED_AND_CLOSED``: none can hold
        if _may_name_deadline(line.lowered):
            text = _before_deadline(text)  # "Svarfrist: 5. mai kl. 12.00": an answer's
            # deadline, no part of the meeting's day or hours (only dated lines matter)
        found = dates.find_dates(text) or _weekday_slash_day(text)
        if found and meeting is None and "invit" in line.lowered and \
                (invited := _invited_day(text, found)) is not None:
            meeting, place = invited  # "Regionrådet inviterer til samling 4.–5. mars 2025
            head.location = head.location or place  # på Hotell Fjord.": its first day
            continue
        held_meeting = ("møte" in line.lowered or "forsamling" in line.lowered) and \
            _MEETING_HELD_ON.match(text)  # (also "Generalforsamlingen ble holdt …", "Ordinær
        # generalforsamling ble avholdt …", "Årsmøte ble halde …")
        if held_meeting and found and \
                found[0].start > _sentence_end(text, held_meeting.end()):
            held_meeting = None  # "Møtet ble holdt som fysisk møte. Innkalling … ble sendt
            # ut 13. juni.": the sentence that says it was held names no day; a later
            # sentence's day is another event's, not the meeting's
        if found and not held_meeting and "møtet" in line.lowered and \
                (later := _later_held_sentence(text)) is not None:
            # "Hei, her er referatet. Møtet ble holdt 4. mars på Rådhuset.": the sentence
            # after the greeting gives the day and place; dates before it are not the day
            held_meeting, found = later[0], [d for d in found if d.start >= later[1]]
        if not found and head.location is None and \
                ("saml" in line.lowered or "møtt" in line.lowered) and \
                (gathered := _gathered_at(text)) is not None:
            # "Takk for sist. Vi var samla på Sunndal kulturhus frå kl. 10 til 14.": a mail's
            # sentence on where the body met and its hours, its day said elsewhere
            sentence, gathered = gathered
            head.location = gathered.group("place")
            if head.start is None:
                head.start, head.end = dates.find_time_range(
                    sentence[gathered.end():_sentence_end(sentence, gathered.end())])
            continue
        if head.body == "Rådet" and "hadde" in line.lowered and \
                (council := _council_met(text)) is not None:
            head.body = council  # "Referat frå rådsmøte 6. juni" over "Fjordkysten regionråd
            # hadde møte i …": the council the title names by its kind, in full
        if found and not held_meeting and meeting is None and found[0].start <= 12 and \
                ("saml" in line.lowered or "hadde" in line.lowered or "møt" in line.lowered) \
                and _BEFORE_THE_DATE.fullmatch(text[:found[0].start].lower()) and \
                (fronted := _MET_AFTER_DATE.match(text, dates.days_end(text, found, found[0]))):
            # "Tysdag 3. juni 2025 var faggruppa samla på Sogndal kulturhus frå kl." /
            # "10.00 til 15.00.": a summary's first sentence with the day put first
            meeting = found[0]
            head.location = head.location or fronted.group("place")
            if head.start is None:
                head.start, head.end = _hours_of_sentence(lines, line, text, fronted.end())
            continue
        met = found and not held_meeting and meeting is None and \
            ("møtt" in line.lowered or "saml" in line.lowered or "hadde" in line.lowered) and \
            _BODY_MET.match(text)
        if met and _BEFORE_THE_DATE.fullmatch(text, met.end(), found[0].start):
            held_meeting = met  # "Styringsgruppen møttes på Teams 12. mars 2024."
            if head.location is None and (met.group("place") or met.group("home")):
                head.location = met.group("place") or met.group("home")
            if head.body is None and _BODY_STEMS.search(met.group("who").split()[0]):
                head.body = met.group("who")  # under a bare "Møtenotat": "Prosjektgruppen
                # for Grønn skolevei hadde møte i Kongsberg …" names who met
            elif head.body and _fuller_name(head.body, met.group("who")):
                head.body = met.group("who")  # "Faggruppemøte kart og oppmåling" over
                # "Faggruppa for kart og oppmåling i Sunnfjord hadde møte …": its full name
        if found and held_meeting and dated_label and document is None and \
                _written_after(meeting, found[0]):
            # "Dato: 6. mars 2025" over "Møtet ble holdt tirsdag 4. mars på Rådhuset.": the
            # sentence gives the meeting's day, the label the day the minutes were written
            meeting, document, dated_label = None, meeting, None
        if found and held_meeting and (meeting is None or (head.location is None and (
                meeting.day, meeting.month) == (found[0].day, found[0].month))) and \
                not FINITE_VERB.search(text, found[0].end, _sentence_end(text, found[0].end)):
            # (also under a "Dato:" of the same day, for the place)
            meeting = meeting or found[0]  # "Møtet ble holdt 13. mars 2025 på Teams." (any
            # hours too)
            days = dates.days_end(text, found, found[0])  # (also "14. og 15. mars 2025")
            after = hours.end() if (hours := _HOURS_AFTER.match(text, days)) else \
                days  # "… 13. mars 2025 fra kl. 10.00 til 12.00 i Rådhuset."
            if head.location is None and (venue := _DATE_THEN_VENUE.match(
                    text, after, _sentence_end(text, after))) \
                    and not _ends_in_body(venue.group("place")):
                head.location = venue.group("place")  # "… 13. mars 2025 i Rådhuset." (its
                # sentence's end: a web post's ingress goes on "… på Bø hotell. Her er …")
            if head.start is None and len(text) >= 160:
                _hours_of_held_sentence(text, found[0].end, head)
        if found and (found[0].start <= 8 or (found[0].start < 30 and _MEETING_DATE_LINE.match(
                text))) and len(text) < 70 and head.location is None and \
                ((venue := _DATE_THEN_VENUE.match(text, days := _past_hours(
                    text, dates.days_end(text, found, found[0])))) or
                 (venue := _date_comma_venue(text, days))):
            if head.title_line is not None and line.index > head.title_line and \
                    head.title and head.title.endswith(text):
                found = dates.find_dates(head.title)  # "… 3. og" / "4. mars 2024, Geilo": a
                # wrapped title, whose first day is the meeting's
            elif _letter_dated_above(meeting, found[0], document, dated_label, lines, head,
                                     line):
                meeting, document = None, meeting  # "Dato: 03.06.2026" / title / "Torsdag
                # 28. mai 2026 kl. 09–11, Rådhuset": the letter's date above the title
            meeting = meeting or found[0]  # "27. september 2016 på Hasselbakken"
            head.location = venue.group("place")
            if head.start is None and days > found[0].end:
                head.start, head.end = dates.find_time_range(text[:days])  # "Onsdag 9/4
                # kl 0830-1000, Rådhuset": the hours between the day and the place
            continue
        if found and _is_date_line(text) and document is None:
            if _in_date_list(lines, line) or _inside_items(lines, line, head_end):
                continue  # "Møteplan 2025" / "4. mars 2025" / "6. mai 2025" / …: a plan's
                # list of days, none of them the document's date or the meeting's
            if dated_label and found[0].weekday is not None and meeting is not None and \
                    (meeting.day, meeting.month) != (found[0].day, found[0].month) and \
                    _dated_above_title(lines, head.title_line, line.index, dated_label):
                meeting, document = found[0], meeting  # "Dato: 10.03.25" / title /
                continue  # "Onsdag 5. mars": the letter's date above, the meeting's day under
            if found[0].weekday is not None and line.index + 1 < len(lines) and \
                    dates.find_time_range(lines[line.index + 1].body)[0]:
                meeting = meeting or found[0]  # "Tirsdag 26. september 2023" / "Kl. 12.30
                # til …": the meeting's day and hours, not the document's date; but a
                # deck's title slide ("Onsdag 23. oktober 2024" under its title, the venue
                # and hours under it) is dated by that day, as it is without the weekday
                if head.title_line is not None and \
                        head.title_line < line.index <= head.title_line + 2 and \
                        _is_title_slide(lines, head):
                    document = found[0]
                continue
            document = found[0]
            continue
        if found and meeting is None and head.title_line is not None and \
                line.index > head.title_line and len(text) < 80 and (
                    _DOC_PREFIX.match(text) or _MEETING_WORD_FIRST.match(text) or
                    _numbered_doc_line(text) or _dated_meeting_heading(text, found[0]) or
                    (line.index == head.title_line + 1 and
                     _BARE_DOC_WORD.fullmatch(head.title or ""))) \
                and not FINITE_VERB.search(text) and not dates.find_time_range(text)[0] \
                and not _APPROVED_ON.search(text) and "sendt" not in line.lowered:
            # (not "Saksdokumenter sendt ut: 7. mars 2025": the day the papers went out)
            meeting = found[0]  # a second title with the day: "Møtereferat styremøte
            continue  # 19.10.09 Golia vel" under "Referat styremøte Golia Vel 191009"
        if found and meeting is None and "referat" in line.lowered and \
                line.index != head.title_line and \
                (report := _REPORT_OF_MEETING.search(text)) and \
                all(word[:1].isupper() for word in text[:report.start()].split()) and \
                found[0].start >= report.end() and found[0].start - report.end() <= 12:
            # "Lillesand Høyre Kort referat fra styremøte 22. januar 2018 på Rådhuset" (not
            # an item "Godkjenning av referat fra møte 19.06.17")
            meeting = found[0]
            if head.location is None and (venue := _DATE_THEN_AT.match(text, found[0].end)):
                head.location = venue.group("place")
            continue
        if found and (meeting is None or head.location is None) and \
                (held_on := _HELD_ON.match(text)):
            meeting = meeting or found[0]  # "Møte avholdt på Gol vgs. torsdag 24.2.2011"
            head.location = head.location or held_on.group("place")
            if not dates.find_time_range(text)[0]:
                continue
        if found and meeting is None and ("," in text[:24] or (" i " in text[:24] and (
                "saml" in line.lowered[:20] or
                line.lowered.startswith(("semin", "fagdag", "konferans"))))) and \
                (gathered := _GATHERING_PLACE_DAY.match(text) or
                 _GATHERING_IN_TOWN.match(text)) and found[0].start == gathered.end():
            meeting = found[0]  # "Nettverkssamling, Leikanger 4. juni 2026" on a title slide
            head.location = head.location or gathered.group("place")
            continue
        if found and (meeting is None or _letter_dated_above(
                meeting, found[0], document, dated_label, lines, head, line)) and \
                _MEETING_DATE_LINE.match(text):
            if meeting is not None:  # "Dato: 03.06.2026" / title / "Møte nr. 3/2026,
                document = meeting  # torsdag 28. mai 2026 kl. …": the letter's date above
            meeting = found[0]  # "Samling 9. juni 2022", "Møte 4. mars"
            if not dates.find_time_range(text)[0]:
                continue  # else also the time and place: "Møte 2/2024, torsdag 18. april
                # kl. 10–14, Kulturhuset"
        if found and meeting is None and head.location is None and len(text) < 60 and \
                (dated := _PLACE_DATE.match(text)) and not _names_meeting(dated["place"]) and \
                (hours := dates.find_time_range(text))[0]:
            # "Rådhuset, 3. mars 2024 kl. 10-12": with its hours, the meeting's place and
            # day, not a letter's place and date
            meeting = found[0]
            head.location = _hotel_under(lines, line) or dated["place"]
            head.start, head.end = (head.start, head.end) if head.start else hours
            if head.title_line is not None and \
                    head.title_line < line.index <= head.title_line + 4 and \
                    _is_title_slide(lines, head):
                document = document or found[0]  # "Gjøvik, 19. januar 2026 kl. 13–15" on
                # a deck's cover: the cover's day dates the deck, with or without hours
            continue
        if found and document is None and text[:14] in _SECRETARIAT_OPENINGS and \
                len(text) < 100 and _PLACE_DATE.match(text):
            document = found[0]  # "Sekretariatet i Kinnarådet, 12. mai 2025": who issues
            continue  # the minutes and when, as a letter's place and date (no body met)
        if found and len(text) < 100 and (dated := _BODY_THEN_DAY.match(text) or (
                "dag " in text and _BODY_THEN_WEEKDAY.match(text))) and \
                _names_body(dated["body"]):
            # "Nettverk for kulturskoler, 5. mars 2024, Storvik kulturhus": the body's
            # gathering, its day and venue, no letter's place and date
            if dated_label and document is None and head.title_line is not None and \
                    head.title_line < line.index <= head.title_line + 2 and \
                    _written_after(meeting, found[0]):
                # "Dato: 26.11.2025" over "Oppvekstnettverket, 19. november 2025 kl. …"
                # right under the title: the label dates the summary written after the
                # gathering (not a case's earlier step further down, "Behandling i …")
                meeting, document, dated_label = None, meeting, None
            meeting = meeting or found[0]
            if head.location is None and (venue := _VENUE_AFTER_COMMA.match(
                    text, _past_hours(text, found[0].end))):
                head.location = venue.group("place")  # (also after its hours: "…, 19.
                # november 2025 kl. 09.00–14.30, Mysen kulturhus")
            elif head.location is None and dated["town"] and meeting is found[0] and \
                    not _names_meeting(dated["body"]):
                head.location = dated["town"]  # "Sogn regionråd, Leikanger, 3. mars 2025"
                # (a title's "… møte i X på Bygdetunet, Åsli, 3. mars" names its venue)
            if not _names_meeting(dated["body"]):
                _body_named_with_day(head, _without_case_stage(dated["body"]))
            if meeting is found[0]:
                # "Referat fra møte i styringsgruppen, 9. mars 2026 kl. 13.00–15.00 på
                # Rådhuset.": the hours and the place after the day
                _hours_and_place_after(head, text, found[0].end)
            continue
        if found and meeting is None and head.location is None and len(text) < 60 and \
                head.title_line is not None and \
                head.title_line < line.index <= head.title_line + 2 and \
                (dated := _PLACE_DATE.match(text) or _PLACE_DAY_HOURS.match(text) or
                 _slide_place_day(text)) and \
                not _names_meeting(dated["place"]) and _is_title_slide(lines, head):
            # "Nettverkssamling for planleggere" / "Trondheim, 14. november 2024" over
            # "Program": a title slide names the event's place and day, no letter's date
            # (also under a subtitle: "Fagnettverk for X" / "Innlandet" / "Gjøvik, …"); the
            # cover's day dates the deck too, as a day alone on the cover does
            meeting = cover = found[0]
            document = document or found[0]
            head.location = _hotel_under(lines, line) or dated["place"]
            if " kl" not in text:
                continue  # (the hours after the day are read below)
        if found and document is None and len(text) < 60 and head_end and \
                line.index >= head_end and line.index + 3 >= len(lines) and \
                _PLACE_DATE.match(text):
            continue  # "Vestby, 14.03.2025, Kari Nes, referent" closing a short text: where
            # and when it was signed (``_signed_date`` below), no day of the meeting
        if found and document is None and len(text) < 60 and (
                ((dated := _PLACE_DATE.match(text)) and not _names_meeting(dated["place"]))
                or (head.title_line is not None
                                            and line.index < head.title_line
                                            and _PLACE_DATE_ABOVE.match(text))):
            document = found[0]  # "Sandnes, 3. mai 2021"; above the title also without ","
            continue
        if found and document is None and "·" in text and len(text) < 80 and \
                (dotted := _ORG_DOT_DATE.match(text)) and found[0].start == dotted.start("date"):
            document = found[0]  # "Sørbø kommune · 2. februar 2027": the letterhead's
            # organisation and the day the document is dated, apart from the meeting's
        if found and document is None and line.is_table and _dated_letterhead_cell(line, head):
            document = found[-1]  # "Vestdal regionråd      Vestby, 20.02.2025"
            continue
        if text[:6] in ("Møtet ", "MØTET ") and (opened := _OPENED_AND_CLOSED.match(text)):
            # "Møtet ble satt 30. april 2018 klokken 10.00 og hevet klokken 10.45, møterom
            # 921, Lucy Smiths hus": the day, the hours and the room in one sentence
            _opened_and_closed(opened, head)
            found_when = dates.find_dates(opened.group("when"))
            meeting = meeting or (found_when[0] if found_when else None)
            continue
        start, end = dates.find_time_range(text)
        if start is None and head.start is None and \
                _programme_first_slot(lines, line.index, head_end) and programme_slot_line(text):
            start = _slot_start(text)  # "11.00 Registrering": the programme's first slot
        if start and line.index > 0 and (place_first := _VENUE_THEN_TIME.match(text)) and \
                not found and \
                _no_place_or_its_town(head.location, place_first.group("place")) and \
                "møte" not in line.lowered[place_first.start("place"):] and \
                dates.find_dates(lines[line.index - 1].body) and not FINITE_VERB.search(text):
            # "REFERAT FRA STYREMØTE 26. FEBRUAR 2020" / "Sagavn. 20, Leknes kl. 18.30"
            head.start, head.end = (head.start, head.end) if head.start else (start, end)
            head.location = _place_alone(place_first.group("place"))
            continue
        if start and line.index > 0 and (venue := _TIME_THEN_VENUE.match(text)) and \
                dates.find_dates(lines[line.index - 1].body) and not FINITE_VERB.search(text):
            # "kl 10.00 på distriktskontoret, Statens hus, Prinsens gt. 1 i møterom 4.135"
            head.start, head.end = (head.start, head.end) if head.start else (start, end)
            head.location = head.location or venue.group("place")
            continue
        if start and head.start is None and line.index >= 2 and _HOURS_ALONE.fullmatch(text) \
                and dates.find_dates(lines[line.index - 2].body) and \
                not lines[line.index - 1].is_bullet:
            # "23. april 2025" / "Leirvik kulturhus, Stord" / "Kl. 10.00–14.30": a title
            # slide's day, its venue, then the hours on a line of their own
            head.start, head.end = start, end
            continue
        # a heading sentence may be longer: "Protokoll fra styremøtet 9. mars 2015 klokka 13
        # på Klosterøya eller per telefon"
        if start and (len(text) < 80 or (found and len(text) < 160 and (
                " · " in text or  # (an app's "Torsdag 15. mai · 13:00–14:30 · Rom, Hus")
                _DOC_PREFIX.match(text) or line.index == head.title_line or held_as or
                held_meeting or _summons_to_meeting(line)))) \
                and (found or _DIGITAL.search(text) or meeting) and \
                (line.index < head_end or not _ITEM_SLOT.match(text)) and \
                not _time_in_brackets_only(text) and \
                not (head_end and line.index >= head_end and hours_after_title(text)):
            # (not "Energisparing i bygg 09.15–10.30": a slot's hours after its title)
            # (not "09.00–09.15 Sak 8/25 Godkjenning …": the first item's slot)
            if meeting is None and found:
                meeting = found[0]
            if head.start is None and head_end and line.index >= head_end and \
                    programme_slot_line(text):
                # "09.30–10.00 Velkommen": the first slot of a programme whose slots are
                # the items; the day runs to the last slot's end, not to this one's (and
                # from the first slot's start: a slot too long for this test may come first)
                # (a day's heading over the items: its first slot, a break too, "Dag 1" /
                # "11.00 Lunsj og registrering" / "12.00–13.00 Velkommen")
                first = _first_slot_of_days(lines, head_end)
                head.start = _programme_start([first] if first else
                                              lines[head_end:line.index + 1]) or start
                head.end = _programme_end(lines[head_end:])
            elif head.start is None and head_end and programme_slot_line(text) and \
                    (first := _first_slot_of_days(lines, head_end)) is not None and \
                    first.index == line.index:
                # "Dag 1 – tysdag 4. mars" / "11.00–12.00 Lunsj og registrering" right over
                # the items: the gathering starts with the break, which is no item (so it
                # stands in the head), and ends with the last day's last slot, not the break
                head.start, head.end = start, _programme_end(lines[head_end:])
            elif head.start is None:
                head.start, head.end = _stated_start(text, start), end
            if head.location is None:
                digital = _DIGITAL.search(text)
                if " · " in text and (dotted := _dotted_place(text)):
                    head.location = dotted  # "… · 13:00–14:30 · Rådhuset, møterom 2 / Teams"
                elif digital and (hybrid := _hybrid_place(text, digital)):
                    head.location = hybrid  # "…, kl. 12.00–15.00, Bodø rådhus og Teams"
                elif digital:
                    head.location = _place_phrase(text, digital)
                elif (after := _PLACE_AFTER_TIME.search(text)) and \
                        not _first_name_first(after.group("place")):  # (no "…, Kari Holm")
                    head.location = after.group("place")  # "… kl. 18.00 i klubbhuset."
                    if text[-1:] == "." and _ABBREVIATED_END.search(head.location + "."):
                        head.location += "."  # "…, Rådhuset 2. etg.": the abbreviation's
                    elif head.location.endswith(",") and line.index + 1 < len(lines):
                        head.location = _venue_wrapped(head.location,
                                                       lines[line.index + 1].body)
                elif (held := _HELD_AT.search(text)):
                    head.location = held.group("place")  # "… blei det avholdt styremøte på X."
    if head.start is None and head_end and head_end < len(lines) and \
            (hours := hours_after_title(lines[head_end].body)) is not None:
        # "Velkommen og praktisk informasjon 09.00" over the first item: a programme that
        # writes each slot's hours after its title starts with the first slot
        head.start = _slot_start(hours.group().strip())
        head.end = _programme_end(lines[head_end:])
    if head.start is None and head_end and (first := _first_slot_of_days(lines, head_end)):
        # minutes over a gathering's days, each day's slots under its heading ("Dag 1 –
        # tirsdag 4. mars" / "10.00–10.45 Velkommen og runde"): the first day's first slot
        # starts the meeting (a lunch too), the last day's last slot ends it
        head.start = _programme_start([first])
        head.end = head.end or _programme_end(lines[head_end:])
    if head.location is None:
        head.location = subtitle_place
    if head.location is None and head.title and \
            (channel := _TITLE_CHANNEL.search(head.title)):
        head.location = channel.group("channel")  # "Styremøte på Teams 9.11.23"
    if head.location is None and head.title and "øte" in head.title and \
            (channel := _CHANNEL_MEETING.search(head.title)):
        head.location = channel.group(0)  # "Referat fra telefonmøte i styret": the channel
    if head.location is None and head.title and head.title_line is not None and \
            head.title_line + 1 < len(lines) and _BARE_DOC_WORD.fullmatch(head.title) and \
            "øte" in (below := lines[head.title_line + 1].body) and \
            (channel := _CHANNEL_MEETING.search(below)):
        head.location = channel.group(0)  # "REFERAT" / "Digitalt styremøte 4/2025"
    if head.location is None:
        head.location = _lone_channel_line(lines[:head_end])
    if head.location is None and head.title and \
            (after_year := _PLACE_AFTER_YEAR.search(head.title)) and \
            not _first_name_first(after_year.group("place") or ""):
        # (a person after the year is who wrote or leads, no place: "… 2024, Kari Holm")
        head.location = after_year.group("place") or after_year.group("building")  # "… 2.
        # desember 2003 på Polhøgda, Lysaker"
    if head.location is None and head.title and " i " in head.title and \
            (town := _TOWN_AFTER_YEAR.search(head.title)) and \
            not _BODY_STEMS.search(town.group("town")) and \
            not one_word_cooperation(town.group("town")) and \
            not (head.body or "").casefold().endswith(("råd", "rådet")):
        # "Referat fra styremøte 3. mars 2026 i Vik" (a council's "regionrådsmøte … i
        # Valdres" may name the region whose council it is: left open)
        head.location = town.group("town")
    if head.location is None and head.title and (club := _club_meeting_venue(head.title)):
        head.location = club[2]  # "Referat Nordby vel styremøte i Grendehuset"
    if head.location is None and head.title and (venue := _title_venue(head.title)):
        head.location = venue.group("place") or venue.group("room") or \
            venue.group("building") or venue.group("compound")  # "… på Scandic Havet
        # i Bodø lørdag 12. april", "… møte i styret på rådhuset 12. april"
    if head.location is None and head.title and \
            (before_date := _PLACE_BEFORE_DATE.search(head.title)):
        head.location = before_date.group("place")  # "… på Bodø Hotell, 23.04 2003"
    if head.location is None and head.title and ", " in head.title and \
            (venue := _VENUE_BEFORE_TITLE_DATE.search(head.title)):
        head.location = venue.group("place")  # "… i Regionrådet, Vik rådhus, 4. mars 2025"
    if head.location is None:  # "Protokoll … veglag hos Ove Straume torsdag 14. mai"
        home = next((found for line in lines[:limit] if " hos " in line.body and
                     (_DOC_PREFIX.match(line.body) or _DAY_OPENS.match(line.body)) and
                     (found := _AT_SOMEONES.search(line.body))), None)
        if home is None and head.title and " hos " in head.title:
            home = _AT_SOMEONES.search(head.title)  # "Styremøte hos Marit 21.09.22"
        head.location = home.group("where") if home else None
    held = _held_sentence(lines[:limit])
    if held is not None:  # "Det ble avholdt møte i Øst-Finnmark Regionråd i Vadsø den …"
        kind = held.groupdict().get("kind") or "møte"  # "Årsmøte i Nordby Sogelag vart halde …"
        body, organization = body_and_organization(f"Referat fra {kind.lower()} i "
                                                   f"{held.group('body')}")
        if head.body is None:
            head.body, head.organization = body, organization
        elif body == head.body and head.organization is None:
            head.organization = organization
        head.location = head.location or held.group("place")
        found = dates.find_dates(held.group("when"))
        if meeting is None and found:
            meeting = found[0]
        if head.location is None and found and " i " in held.group("when"):
            _place_after_held_day(head, held.group("when"), found[0].end)
        if head.start is None:  # "… fra kl. 18:35 til 19:48 med tilstedeværelse av …"
            head.start, head.end = dates.find_time_range(held.string)
    if meeting is None and head.title:
        title_line = lines[head.title_line].body if head.title_line is not None else ""
        in_title = dates.find_dates(filed_title(head.title)) or (  # "… fra møte 08.05.2023"
            dates.find_dates(title_line) if title_line.startswith(head.title) or (
                head.title in lines[head.title_line or 0].cells) else [])  # a title row's date
        meeting = in_title[0] if in_title else None
    mailed = values.document_date and _is_mailed(lines[:limit])
    # (a post with no date of its own, "Hei alle!" / "Her er et kort referat fra
    # nettverksmøtet … fredag 21. november 2025 kl. 10–11.30 på Teams.", says it the same way)
    # (also under a title that gave the day but no place: "Referat frå møte i faggruppa
    # 12. mars 2025" over "Her kjem referatet frå møtet … 12. mars 2025 på Teams."; the
    # title itself is then no mail's words)
    posted = (meeting is None or head.location is None) and document is None and \
        not values.document_date
    said_lines = lines[:head_end or limit]
    if meeting is not None and not mailed:
        said_lines = [line for line in said_lines if line.index != head.title_line]
    if (mailed or posted) and (reported := _reported_meeting(said_lines)):
        said, day = reported
        meeting = meeting or day
        if (meeting.day, meeting.month) == (day.day, day.month):
            _hours_and_place_after(head, said, day.end)
        if head.organization is None and head.body and \
                (owner := _REPORT_OF_MEETING.search(said)) and owner.group("org"):
            head.organization = owner.group("org")  # "… fra styremøtet i Solbakken Vel …"
        if head.body is None and (owner := _report_naming_body(said, said_lines)):
            # "… referat fra møtet i prosjektgruppa for Trygg skolevei torsdag …": who met
            head.body, organization = body_and_organization(owner.group(0))
            head.organization = head.organization or organization
    if mailed and head.location is None:
        _place_after_said_day(head, said_lines)  # "… referatet fra møtet i går på Rådhuset."
    if mailed and (head.location is None or head.start is None):
        _bracket_after_said_day(head, said_lines)  # "… i går (torsdag 6. november, Teams,
        # kl. 13.00–14.30)."
    if mailed and head.start is None and meeting is not None:
        _hours_in_report_words(head, said_lines, meeting)  # "… referat fra Teams-møtet i
        # kulturnettverket, kl. 13.00–14.30.", "… fra dagens møte (kl. 09–10)."
    if mailed and head.body is None and (addressed := _body_addressed(lines[:limit])):
        # "Til: Styringsgruppa skolebruksplan" over "Referat fra møtet i går": the mail's
        # words name no body, and it went to the one that met
        head.body, organization = body_and_organization(addressed)
        head.organization = head.organization or organization
    if mailed and head.body and " " not in head.body:
        # "Referat fra nettverksmøte 12.3" over "… fra nettverksmøtet i Kulturnettverket"
        head.body = _named_body_in_mail_words(lines[:limit], head.body) or head.body
    if mailed and head.body and head.organization is None:
        # "… referatet frå møtet i faggruppa for landbruk i Vest-Telemarkrådet": the
        # mail's words name the body's parent
        head.organization = _parent_in_mail_words(lines[:limit], head.body)
    if head.organization is None and head.body and (owner := _owner_sentence(lines[:limit])):
        head.organization = owner  # "Prosjektet eies av Samarbeidsrådet for Nedre Romerike."
    if meeting is None and _held_by_email(head.title, values.place):
        meeting = _answer_deadline(lines[:limit])  # "Svarfrist: 13. februar"
    if meeting is not None and head.start is None and head.location is None:
        _cancelled_hours_and_place(head, lines[:limit], meeting)  # "Møtet … 5. mai kl.
        # 10.00 på Kommunehuset vart avlyst": when and where it was to be held
    if meeting is None and mailed and document is not None and _met_today(said_lines):
        meeting = document  # "Takk for et nyttig møte i dag!": the day the mail was sent
    if meeting is None and document is not None and not mailed:
        meeting = document  # (the day an e-mail was sent is after the meeting: no guess)
    if meeting is None and stamp is not None:
        meeting = stamp  # the page made on the day it met, when nothing else says so
    if meeting is None and furniture:
        meeting = _furniture_minutes_day(furniture)  # (s77l) "Sammanträdesprotokoll
        # 2027-01-28" only in the running header the reader left out: last of all
    if document is None or (document.year is None and meeting is not None and
                            (document.day, document.month) == (meeting.day, meeting.month)):
        # the lines after the head, or after the title when the head is the whole text
        # (a day without its year that is the meeting's, "Onsdag 12. mars" heading the
        # first day's cases of a gathering "12.–13. mars 2025", dates nothing: the place
        # and date it was signed at the end do)
        signed = _signed_date(lines, max((head.title_line or 0) + 1,
                                         head_end if head_end < len(lines) else 0))
        document = signed or document
    if document is None:
        document = published = published or _published_at_end(lines, limit)
    doc_year = document.year if document else None
    if doc_year and meeting is not None and meeting.year is None:
        doc_year = _nearest_year(meeting, document)
    if document is not None:
        head.document_date = dates.iso(document.resolve(None))
    if meeting is not None:
        # (the evidence for a missing year is looked for only when the day has none:
        # ``_resolve_meeting`` reads it for no other, and most days carry their year)
        yearless = meeting.year is None
        numbered = yearless and next((m for line in lines[:limit]  # (needs a "/" or dash)
                                      if _has_number_year_mark(line.body) and
                                      (m := _NUMBER_WITH_YEAR.search(line.body))), None)
        # "… folkehelseutfordringer 2017"
        in_title = yearless and _TITLE_YEAR.search(head.title or "")
        head.meeting_date = _resolve_meeting(meeting, head, [
            (_same_day_year(lines[:limit], meeting), None),
            (doc_year, "the document date"), (case_year, "the case numbers"),
            (_full_year(numbered.group(1) or numbered.group(2)) if numbered else None,
             "the meeting's number"),
            (int(in_title.group(0)) if in_title else None, "the title"),
            (_next_meeting_year(lines, meeting), "the next meeting's date"),
            (yearless and _banner_year(lines, head.title_line), "the heading above the title"),
            (yearless and _furniture_year(furniture), "the page header or footer")])
    if document is None and head.meeting_date:
        _date_signed_without_year(head, lines, max((head.title_line or 0) + 1, head_end))
    if head.document_date and head.document_date == head.meeting_date and (
            (document is published) or (not values.date and document is not cover and
                                        not (document is signed and
                                             _signed_under_text(lines, limit)) and
                                        not mailed and not _has_lone_date(lines, limit))):
        # (a place-and-date line signing the minutes at their end, "Kongsvinger, 20.
        # november 2025", dates them also on the day they met: the writer's own date)
        # (a mail sent the day it met keeps its "Sendt:" as its own date)
        head.document_date = None  # (a post published the day it met, a front matter's
        # "date:" beside "Møtedato:" of the same day: the meeting's day, said twice; but a
        # deck's cover "Gjøvik | 12. mars 2025", a row of two cells, dates the deck as the
        # comma's "Gjøvik, 12. mars 2025" does)
    head.body, head.organization = _tidy_name(head.body), _tidy_name(head.organization)
    if head.body and head.organization and \
            head.organization.casefold() == head.body.casefold():
        # a mail's "Referat fra møte i Kystnettverket" read again as the report of a meeting
        # in its owner: a body is never its own parent
        head.organization = None
    if head.body in _NYNORSK_BODIES and head.title and _nynorsk_head(lines, limit) and \
            not any(head.body in line.text for line in lines[:limit]):
        head.body = _NYNORSK_BODIES[head.body]  # "Referat prosjektgruppemøte – …" over
        # "Møtestad:", "Til stades:": the group in the text's own language, Prosjektgruppa
        # (a body the head writes out, "Arbeidsutvalget", stays as written)
    return head


# Words of a head written in nynorsk: its labels ("Møtestad:", "Til stades:", "Frammøtte
# medlemer:", "Møteleiar:") and its commonest small words ("frå", "ikkje")
_NYNORSK_HEAD_WORDS = lazy_regex(r"\b(?:møtestad|til\s+stades|frammøtte|møteleiar|medlemer|"
                                 r"frå|ikkje)\b", re.I)


def _nynorsk_head(lines: list[Line], limit: int) -> bool:
    """Whether the head is written in nynorsk: a body the title names only by a compound
    meeting word ("prosjektgruppemøte") is then given in nynorsk too (see
    ``_NYNORSK_BODIES``), as a title with "frå" has it."""
    return any(_NYNORSK_HEAD_WORDS.search(line.text) for line in lines[:limit])


def _date_signed_without_year(head: Head, lines: list[Line], head_limit: int) -> None:
    """The document's date from its place and day above the signature when they leave
    out the year ("Strandvik, 14.3.", "Bø, 14. mars"): a day without its year takes the
    meeting's (the minutes' convention), the one of the years around it that puts the
    day nearest the meeting's, since minutes are signed days after the meeting and a
    summons days before it."""
    signed = _signed_day_without_year(lines, head_limit)
    if signed is None:
        return  # (most minutes: the meeting's day is not read again, a date scan saved)
    meeting = dates.parse_date(head.meeting_date or "")
    if meeting is None:
        return
    days = [day for year in (meeting.year - 1, meeting.year, meeting.year + 1)
            if (day := signed.resolve(year)) is not None]
    if days:
        head.document_date = dates.iso(min(days, key=lambda day: abs((day - meeting).days)))


def _signed_day_without_year(lines: list[Line], head_limit: int) -> dates.DateMatch | None:
    """A short place-and-day line near the end whose day has no year ("Strandvik, 14.3.",
    "Bø, 14. mars") and nothing after the day: where and when the minutes were signed.
    (``_signed_date`` takes only full dates: the year is added from the meeting's.)"""
    for line in reversed(lines[max(head_limit, len(lines) - _SIGNED_TAIL - 4):]):
        text = line.body  # (the last lines, a signature block's titles among them)
        if "," not in text or len(text) >= 40 or line.is_bullet or line.is_table:
            continue  # (most lines)
        dated = _PLACE_DATE.match(text)
        if dated is None or _names_meeting(dated["place"]) or _task_deadline(text):
            continue
        found = dates.find_dates(dated["date"])
        if len(found) == 1 and found[0].year is None and found[0].start == 0 and \
                found[0].end >= len(dated["date"].rstrip(". ")):
            return found[0]
    return None


# A year standing alone at the end of a banner over the title: "Fagnettverk for landbruk ·
# 2025", "Kystlei – 2025", "Styret | 2025" (a file's or a template's running head).
_BANNER_YEAR = lazy_regex(r"^[^\d]{3,80}?\s(?:[·|–—-]\s*)?(?P<year>20\d{2})$")


def _banner_year(lines: list[Line], title_line: int | None) -> int | None:
    """The year a line above the title ends in, the only number it has: a running head
    that gives the year once for the whole file ("Fagnettverk for landbruk · 2025" over
    "Referat frå nettverksmøte" and "Dato: onsdag 12/3"). Read last of all sources."""
    if not title_line:
        return None
    for line in lines[max(0, title_line - 3):title_line]:
        if (banner := _BANNER_YEAR.match(line.body)) is not None:
            return int(banner.group("year"))
    return None


def _furniture_year(furniture: list[str] | None) -> int | None:
    """The year a page header's or footer's line ends in, its only number ("Styringsgruppen
    Kystlei · referat 2025"), as ``_banner_year`` reads it above the title."""
    for text in furniture or ():
        if (banner := _BANNER_YEAR.match(text)) is not None:
            return int(banner.group("year"))
    return None


def _furniture_minutes_day(furniture: list[str]) -> dates.DateMatch | None:
    """The day a page header's or footer's line dates the minutes by, after their word and
    as its only number ("Sammanträdesprotokoll 2027-01-28", "Referat AU 04.03.2025",
    "Møteprotokoll – Formannskapet 12. mars 2025"): the meeting's day, where the minutes
    give it nowhere else (a word of another date, "Utskrift", "Versjon", dates no meeting).
    One such day only: two that differ say nothing."""
    days: dict[tuple[int, int, int | None], dates.DateMatch] = {}
    for text in furniture:
        lowered = text.casefold()
        if len(text) > 80 or not folded_names_minutes(lowered) or \
                any(word in lowered for word in _HEADER_OTHER_DATES):
            continue
        found = dates.find_dates(text)
        if len(found) == 1 and found[0].year is not None and \
                found[0].end >= len(text.rstrip(" .")) and \
                not any(char.isdigit() for char in text[:found[0].start]):
            days.setdefault((found[0].day, found[0].month, found[0].year), found[0])
    return next(iter(days.values())) if len(days) == 1 else None


# The words of a date in a running header that is no meeting's ("Utskrift", "Godkjent",
# "Publisert", "Versjon", a summons' "Innkalling"), beside those that name the minutes
# (``blocks.MINUTES_WORDS``, asked by ``folded_names_minutes``: "Møteprotokoll",
# "Referat", "Møtebok", "Møtedato").
_HEADER_OTHER_DATES = ("utskrift", "utskrive", "godkj", "publis", "versjon", "version",
                       "oppdatert", "endret", "sist ", "frist", "innkalling", "kallelse")


def _full_year(digits: str) -> int:
    """The year a meeting's number gives, two digits read as 20xx ("2/25" → 2025)."""
    return int(digits) + 2000 if len(digits) == 2 else int(digits)


def _writer_dated(text: str) -> dates.DateMatch | None:
    """The day the writer's line gives ("Ref.: Kari Holm, 06.03.25", "Referent: Kari Holm
    6. mars 2025"): the day the minutes were written, their own date, in the head as at
    the end (see ``_signed_date``). Only a full date: a day without its year is no dating."""
    signed = _SIGNED_BY.match(text)
    found = dates.find_dates(signed["when"]) if signed else []
    return found[0] if found and found[0].year is not None else None


def _letter_dated_above(meeting: dates.DateMatch | None, day: dates.DateMatch,
                        document: dates.DateMatch | None, dated_label: str | None,
                        lines: list[Line], head: Head, line: Line) -> bool:
    """Whether the day a "Dato:" label above the title gave (``meeting`` so far) is the
    letter's own date, and ``day``, with its weekday on a line under the title, the
    meeting's: an earlier day than the label's ("Dato: 03.06.2026" / "Møtereferat – …" /
    "Møte nr. 3/2026, torsdag 28. mai 2026 kl. 09:00–11:30, Rådhuset")."""
    return meeting is not None and document is None and bool(dated_label) and \
        day.weekday is not None and _written_after(meeting, day) and \
        _dated_above_title(lines, head.title_line, line.index, dated_label)


def _written_after(labelled: dates.DateMatch | None, held: dates.DateMatch) -> bool:
    """Whether a lone "Dato:" day comes after the day a sentence says the meeting was
    held, in the same year or with the sentence's year left out: the label then dates the
    minutes, written after the meeting, and not the meeting itself."""
    if labelled is None or held.year not in (None, labelled.year):
        return False
    return (held.month, held.day) < (labelled.month, labelled.day)


def _dated_letterhead_cell(line: Line, head: Head) -> bool:
    """Whether a row above the title ends in a cell with the letter's place and date
    ("Vestdal regionråd" | "Vestby, 20.02.2025"): the letterhead's date, not the meeting's."""
    if head.title_line is None or line.index >= head.title_line or len(line.cells) < 2:
        return False
    dated = _PLACE_DATE.match(line.cells[-1])
    return dated is not None and len(line.cells[-1]) < 60 and not _names_meeting(dated["place"])


def _nearest_year(meeting: dates.DateMatch, document: dates.DateMatch) -> int | None:
    """The year that puts a meeting day written without one nearest the document's date:
    minutes mailed or posted in January about "onsdag 18. desember" met the year before,
    a summons dated in December for "10. januar" meets the year after (more than six
    months apart in the document's own year is the other side of New Year)."""
    year = document.year
    if year is None:
        return None
    if meeting.month - document.month > 6:
        return year - 1
    if document.month - meeting.month > 6:
        return year + 1
    return year


def _is_mailed(lines: list[Line]) -> bool:
    """Whether the head is a pasted e-mail's ("Sendt: 15. mars 2024 10:12", or "Fra:"
    and "Emne:" with a "Dato:" between)."""
    return any(line.lowered.startswith(("sendt:", "sent:")) for line in lines) or \
        _mail_date(lines) is not None


def _mail_date(lines: list[Line]) -> str | None:
    """The value of a "Dato:" line inside an e-mail's header ("Fra: …" up to three lines
    above it, "Emne:" or "Til:" as close): the day the mail was sent, not the meeting's.
    A "Dato:" with "Sted:" or "Tid:" under it is a meeting's ("Til: Styret" / "Fra: Daglig
    leder" / "Dato: 4.3.2025" / "Sted: Havnekontoret"): no mail client writes a place."""
    for i, line in enumerate(lines):
        if not line.lowered.startswith(("dato:", "date:")) or \
                (i + 1 < len(lines) and lines[i + 1].lowered.startswith(_MEETING_FIELDS)):
            continue
        block = lines[max(0, i - 3):i + 4]
        if any(other.lowered.startswith(("fra:", "frå:", "from:")) for other in block[:4]) and \
                any(other.lowered.startswith(_MAIL_FIELDS) for other in block):
            return line.body.split(":", 1)[1].strip()
    return None


def _forwarded_sent(lines: list[Line]) -> str | None:
    """The "Sendt:" value of the original mail under a forwarding or quoting client's
    line ("-----Original Message-----", "Videresendt melding") in the head: a forwarded
    mail's outer "Sendt:" is the day it was passed on, the inner one the day the minutes
    were sent, their own date. None when no such line stands in the head."""
    marker = next((i for i, line in enumerate(lines)
                   if line.lowered.startswith("---") and QUOTED_MESSAGE.match(line.lowered)),
                  None)
    if marker is None:
        return None
    for line in lines[marker + 1:marker + 6]:
        if line.lowered.startswith(("sendt:", "sent:", "dato:", "date:")):
            value = line.body.split(":", 1)[1].strip()
            return value or None
    return None


_MAIL_FIELDS = ("emne:", "subject:", "til:", "to:", "kopi:", "cc:")
_MEETING_FIELDS = ("sted:", "stad:", "tid:", "møtested:", "møtestad:", "klokkeslett:")
_MAIL_FROM = frozenset({"fra", "frå", "from"})  # (nynorsk memos: "Frå: Dagleg leiar")


def _report_naming_body(said: str, lines: list[Line]) -> re.Match[str] | None:
    """The mail's words on the meeting that name who met: the line that gave the day
    ("… referat fra møtet i prosjektgruppa X torsdag …"), else a later one, when the day
    came from a subject that names no one ("Emne: Oppsummering fra møtet 20.11." over
    "Kort oppsummering fra møtet i samarbeidsforumet i går, 20. november …")."""
    owner = _REPORT_OF_MEETING.search(said)
    if owner is None or owner.group("named") or owner.group("org"):
        return owner
    for line in lines:
        if line.body != said and ("referat" in line.lowered or "oppsummering" in line.lowered) \
                and (named := _REPORT_OF_MEETING.search(line.body)) and named.group("named"):
            return named
    return owner


def _reported_meeting(lines: list[Line]) -> tuple[str, dates.DateMatch] | None:
    """The meeting's day in an e-mail's words on the minutes it carries ("Vedlagt følger
    referat fra styremøtet 12. mars."): the day right after the meeting they report, and
    the line that says it. A mail's subject line ("Emne: Oppsummering frå møtet i
    leiargruppa 7.11.") only when no sentence of the mail says it ("her er ei kort
    oppsummering frå møtet … torsdag 7. november på Teams (kl. 13–14.30)"), which tells
    more."""
    subject = None
    for line in lines:
        if "referat" not in line.lowered and "protokoll" not in line.lowered and \
                "oppsummering" not in line.lowered:
            continue
        report = _REPORT_OF_MEETING.search(line.body)
        if report is None:
            continue
        after = report.end()
        if (relative := _SAID_RELATIVE_DAY.search(line.body, after, after + 80)) and \
                "." not in line.body[after:relative.start()]:
            after = relative.end()  # "… fra møtet i prosjektgruppa X i går, 9. april, på
            # rådhuset": the day the mail calls "i går" is then written out
        found = [d for d in dates.find_dates(line.body) if after <= d.start <= after + 12]
        if found and ":" in line.body[:12] and match_label(line.text) is not None:
            subject = subject or (line.body, found[0])
        elif found:
            return line.body, found[0]
    return subject


# A mail's words on a meeting held the day it was written: "referat fra dagens møte",
# "takk for eit godt møte i dag" (nynorsk the same).
_MET_TODAY = lazy_regex(r"\bdagens\s+[\wæøå-]*møte|"
                        r"\bmøte[\wæøå]*\s+(?:[\wæøå-]+\s+){0,6}?i\s+dag(?![\wæøå])", re.I)


def _met_today(lines: list[Line]) -> bool:
    """Whether a mail's own words say the meeting was held today ("Takk for et nyttig
    møte i dag!", "Kort referat fra dagens møte"): the day the mail was sent is then the
    meeting's, as written, where "i går" would need a sum the reading guide does not make."""
    return any("dag" in line.lowered and _MET_TODAY.search(line.body) for line in lines)


# The day a mail calls by its distance alone: "i går", "i dag" (no date written after it).
_BARE_RELATIVE_DAY = lazy_regex(r"(?<!\S)i\s+(?:går|gaar|dag|forgårs)\b", re.I)


def _place_after_said_day(head: Head, lines: list[Line]) -> None:
    """The place and hours a mail's words give after "i går" with no date ("her er
    referatet fra møtet i går på Gran rådhus.", "Referat fra møtet i går på rådhuset kl.
    12.00–14.00."): the day is left to the subject's or the text's own date (the day the
    mail was sent, less one, is a guess the reading guide does not make), the place and
    hours only from here. The mail's subject ("Emne: Referat fra møtet i går") says the
    same words and no more: the first line that gives hours or a place is the one read."""
    for line in lines:
        if " i g" not in line.lowered and " i dag" not in line.lowered:
            continue  # (most lines)
        report = _REPORT_OF_MEETING.search(line.body)
        if report is None:
            continue
        relative = _BARE_RELATIVE_DAY.search(line.body, report.end(), report.end() + 80)
        if relative and "." not in line.body[report.end():relative.start()]:
            _hours_and_place_after(head, line.body, relative.end())
            if head.start is None and "kl" in line.lowered:
                # the place before the hours: "… i går på rådhuset kl. 12.00–14.00."
                sentence = line.body[:_sentence_end(line.body, relative.end())]
                if (hours := _HOURS_AT_END.search(sentence, relative.end())) is not None:
                    head.start, head.end = dates.find_time_range(hours.group(0))
                    _hours_and_place_after(head, sentence[:hours.start()], relative.end())
            if head.start is not None or head.location is not None:
                return


# A mail's report of the meeting "i går" or "i dag" with its facts in a bracket after it:
# "her er kort referat fra nettverket i går (torsdag 6. november, Teams, kl. 13–14.30)."
_SAID_DAY_BRACKET = lazy_regex(r"\b(?:referat|oppsummering)[\wæøå]*\s+(?:fra|frå)\s+[^.()]{3,80}?"
                               r"\si\s+(?:går|gaar|dag)\s*\((?P<inside>[^()]{4,80})\)", re.I)


def _bracket_after_said_day(head: Head, lines: list[Line]) -> None:
    """The place and hours a mail's report sentence gives in a bracket after "i går" or
    "i dag" ("… referat fra nettverket i går (torsdag 6. november, Teams, kl. 13.00–14.30)."):
    the bracket's parts are the day, the place and the hours in any order; the part
    with neither a date nor hours, short and without digits, is the place."""
    for line in lines:
        if "(" not in line.body or (" i g" not in line.lowered and " i dag" not in line.lowered):
            continue  # (most lines)
        found = _SAID_DAY_BRACKET.search(line.body)
        if found is None:
            continue
        for part in found["inside"].split(","):
            part = part.strip()
            if (hours := dates.find_time_range(part))[0]:
                if head.start is None:
                    head.start, head.end = hours
            elif head.location is None and part and len(part) < 40 and \
                    not dates.DIGIT.search(part):
                head.location = part
        return


# A mail's words on the minutes it carries, up to the meeting they report: "referat fra
# Teams-møtet", "oppsummering fra dagens møte", "referatet frå møtet i faggruppa".
# (the day's genitive may come before a compound: "… fra dagens Teams-møte (kl. 08–09)")
_REPORT_WORDS = lazy_regex(r"\b(?:referat|oppsummering)[\wæøå]*\s+(?:fra|frå)\s+"
                           r"(?:[\wæøå]+[-\s]){0,2}?[\wæøå]*møte", re.I)


def _hours_in_report_words(head: Head, lines: list[Line], meeting: dates.DateMatch) -> None:
    """The hours a mail's sentence on the minutes gives with no day beside them, or with
    the meeting's own ("Under følger referat fra Teams-møtet i kulturnettverket, kl.
    13.00–14.30.", "Kort referat fra dagens møte (kl. 09–10).", "… fra møtet i faggruppa,
    torsdag 14. november kl. 09–10.30"): the day came from the subject or the sentence, the
    hours only from here. A sentence that names another day speaks of another meeting.
    The meeting's word joined to its channel there ("Teams-møtet") is its place when the
    head has none."""
    for line in lines:
        if "kl" not in line.lowered or ("referat" not in line.lowered and
                                        "oppsummering" not in line.lowered):
            continue  # (most lines)
        report = _REPORT_WORDS.search(line.body)
        if report is None:
            continue
        sentence = line.body[report.start():_sentence_end(line.body, report.end())]
        if any((day.day, day.month) != (meeting.day, meeting.month)
               for day in dates.find_dates(sentence)):
            continue
        start, end = dates.find_time_range(sentence)
        if start:
            head.start, head.end = _stated_start(sentence, start), end
            if head.location is None and "øte" in report.group(0) and \
                    (channel := _CHANNEL_MEETING.search(report.group(0))):
                head.location = channel.group(0)  # "… fra dagens Teams-møte (kl. 8–9)",
                # as a title's "Referat fra telefonmøte" gives its channel
            return


def _place_after_held_day(head: Head, when: str, day_end: int) -> None:
    """The place a held-sentence names after the day, before its hours ("Det ble avholdt
    møte i representantskapet i Fjellvann IKS 22. april 2026 i Storsalen, Brekke rådhus,
    kl. 10.00–12.30."): IKS protocols put the room between the day and the hours."""
    sentence = when[:_sentence_end(when, day_end)]
    _hours_and_place_after(head, _HOURS_AT_END.sub("", sentence), day_end)


# The hours that end a sentence after its place: ", kl. 10.00–12.30."
_HOURS_AT_END = lazy_regex(r",?\s+(?:fra\s+|frå\s+)?(?:kl\.?|klokka|klokken)\s*"
                           r"\d{1,2}(?:[.:]\d{2})?(?:\s*(?:[-–]|til)\s*(?:kl\.?\s*)?\d{1,2}(?:[.:]\d{2})?)?\s*\.?$")


# Where a cancelled meeting was to be held, right after its hours, then the word that
# cancels it: "… kl. 10.00 på Kommunehuset i Leikvik vart avlyst", "… i Rådhuset er avlyst".
_VENUE_CANCELLED = lazy_regex(r"\s+(?:på|i)\s+(?P<place>[A-ZÆØÅ][\wæøå-]*"
                              r"(?:\s+(?:i\s+|på\s+)?[A-ZÆØÅ][\wæøå-]*){0,3})"
                              r"\s+(?:vart|ble|blei|er|blir|vert|må\s+dessverre)\s+avlys")


def _cancelled_hours_and_place(head: Head, lines: list[Line],
                               meeting: dates.DateMatch) -> None:
    """The hours and the place of a meeting the minutes say was cancelled, in the sentence
    that says so ("Møtet i arbeidsutvalet tysdag 5. mai 2026 kl. 10.00 på Kommunehuset i
    Leikvik vart avlyst fordi …"): the meeting the document is about, as it was called,
    when no head line gives them. Only the meeting's own day, then its hours, then the
    place right before the cancelling words."""
    for line in lines:
        if "avlys" not in line.lowered or "møte" not in line.lowered:
            continue
        for day in dates.find_dates(line.body):
            if (day.day, day.month) != (meeting.day, meeting.month):
                continue
            hours = _HOURS_AFTER.match(line.body, day.end)
            if hours is None:
                continue
            venue = _VENUE_CANCELLED.match(line.body, hours.end())
            if venue is None:
                continue
            head.start, head.end = dates.find_time_range(hours.group(0))
            head.location = venue.group("place")
            return


def _hours_and_place_after(head: Head, text: str, end: int) -> None:
    """The hours and the place an e-mail's words give right after the meeting's day
    ("… referat fra møtet 26. september kl. 10–12 på Teams."), where the head has none."""
    if text[end:end + 1] == ",":
        end += 1  # "… 9. april, på rådhuset i Lindvik.": the place after the day's comma
    hours = _HOURS_AFTER.match(text, end)
    if hours and head.start is None:
        head.start, head.end = dates.find_time_range(hours.group(0))
    venue = _DATE_THEN_VENUE.match(text, hours.end() if hours else end)
    if venue and head.location is None and not _ends_in_body(venue.group("place")):
        head.location = venue.group("place")
    if venue and venue.group("hours") and head.start is None:
        head.start, head.end = dates.find_time_range(venue.group("hours"))


def _tidy_name(name: str | None) -> str | None:
    """A body's or organisation's name without what a page run together put after it
    ("Reisa Elvelag avholdt styremøte", "Skogselskapet i Agder. Birkeland", "Levanger
    Viltnemnd Møte"); None for what names nothing ("13.06.2014", "Til Landsstyret Kopi …
    Dato")."""
    if not name:
        return name
    name = _NAME_RUNS_ON.split(name, maxsplit=1)[0]
    name = _TRAILING_MEETING_WORD.sub("", name).strip(" ,.:–-")
    if not _year_in_name(name):
        name = _TRAILING_YEAR.sub("", name)  # "Østfold Mållag 2001": the year of the meeting
    if not name or (name[:1].isdecimal() and not _emergency_centre(name)) or \
            _ADDRESSED.match(name) or _PAGE_LABEL.search(name) or _WHEN_WORD.match(name):
        return None  # (and "Januar", "Året": when, not who; but "110 Sør-Vest" names one)
    if name[:2].isupper() and " – " in name:
        name = _without_banner_word(name)
    return name


def _without_banner_word(name: str) -> str:
    """A name without the agency's banner word a letterhead sets before a dash, in
    capitals, when the name after the dash is the unit of it ("POLITIET – Nordby
    politidistrikt" → "Nordby politidistrikt"): the word is the logo's, no part of the
    name. A banner that is a name of its own ("HALLINGDAL – Regionrådet") stays."""
    banner, _dash, rest = name.partition(" – ")
    if " " in banner or not banner.isupper() or len(banner) < 5 or not rest[:1].isupper():
        return name
    word = banner.casefold()
    stem = next((word[:-len(end)] for end in _BANNER_ENDINGS if word.endswith(end)), word)
    return rest if any(part.startswith(stem) for part in rest.casefold().split()) \
        else name


# The definite endings of an agency's banner word ("POLITIET", "TOLLETATEN").
_BANNER_ENDINGS = ("ene", "et", "en", "a")


_TRAILING_YEAR = re.compile(r"\s+(?:19|20)\d{2}$")
# A year that ends the name of what a group works for: "styringsgruppen for Kystkultur 2030"
# names the project (a plan's target year), not the year of the meeting.
_PROJECT_YEAR = re.compile(r"\s(?:for|til)\s+(?:[A-ZÆØÅ][\w-]*(?:\s+[A-ZÆØÅ][\w-]*){0,2}|"
                           # or a programme or event in its definite form ("planleggingsgruppa
                           # for folkevaltprogrammet 2027"), but no meeting ("årsmøtet 2024")
                           r"(?![\w-]*møte)[a-zæøå][\w-]*(?:et|en|a))"
                           r"\s+(?:19|20)\d{2}$")
# ... or the name of a project or programme, its word then its capitalised name
# ("Reiselivsprosjektet Indre Sogn 2030", "Prosjekt Kultur 2030", "Satsinga Grøn Vekst
# 2028"): the target year is part of the name (no day or month before it).
_PROJECT_NAME_YEAR = lazy_regex(r"(?:^|\s)[\w-]*(?:[Pp]rosjekt(?:et)?|[Pp]rogram(?:met)?|"
                                r"[Ss]atsing(?:a|en)?)\s+(?:[A-ZÆØÅ][\w-]*\s+){1,3}"
                                r"(?:19|20)\d{2}$")
_WHEN_WORD = re.compile(rf"^(?:{_MONTH}|året|årets)$", re.I)


def _year_in_name(name: str) -> bool:
    """Whether the year that ends a name is part of it: what a group works for ("… for
    Kystkultur 2030") or a project's name ("Reiselivsprosjektet Indre Sogn 2030"), not
    the year of the meeting ("Østfold Mållag 2001")."""
    return _PROJECT_YEAR.search(name) is not None or \
        _PROJECT_NAME_YEAR.search(name) is not None


# Where a name runs on: a sentence's end, or the verb of a sentence about the meeting.
_NAME_RUNS_ON = re.compile(r"\.\s+(?=[A-ZÆØÅ])|\s+(?:avholdt|avheldt|holdt|hadde|har)\s")
# "Levanger Viltnemnd Møte", "Landsrådet for saueavl 12. og": a meeting word or a date's
# first part left at the end.
_TRAILING_MEETING_WORD = re.compile(r"\s+(?:Møte|MØTE|Møtet)$|\s+\d{1,2}\.(?:\s+og)?$")
# An address line, not a name: "Til Landsstyret Kopi …", "Til ordførarane …".
_ADDRESSED = re.compile(r"(?:Til|TIL)\s")
# A page's furniture inside what was read as a name: "… Side 1 av 17", "… Dato:".
_PAGE_LABEL = re.compile(r"\bSide:?\s+\d|\bDato:|\bDokument:")


# The title of a meeting of an employer and its employees' representatives, which names
# no body of its own ("Protokoll fra drøftingsmøte"): the meeting's kind is the body.
_PARTIES_MEETING_TITLE = lazy_regex(r"^(?:protokoll|referat|møtereferat|møteprotokoll)\s+"
                                    r"(?:fra|frå)\s+(?P<kind>drøftingsmøte|"
                                    r"informasjonsmøte|tillitsvalgtmøte|tillitsvaldmøte)$",
                                    re.I)

# A cooperation's name with what kind it is, under the title of its committee's minutes:
# "Innlandsrådet – interkommunalt politisk råd", "Vestvann IKS - interkommunalt selskap";
# a shared service run by a host municipality names itself in small letters after the
# region ("Sunnfjord barnevernteneste – vertskommunesamarbeid", "Barneverntjenesten i
# Lister – vertskommunesamarbeid"), or says what it is and names its host in brackets.
_DESCRIBED_COOPERATION = lazy_regex(r"^(?P<org>[A-ZÆØÅ][\w-]*(?:\s+[A-ZÆØÅ][\w-]*){0,3}|"
                                    r"[A-ZÆØÅ][\w-]*(?:\s+[\w-]+){0,3}(?=\s+[–—-]\s+(?:v|[Ff]elles\s)))"
                                    r"\s+[–—-]\s+(?:[Ii]nterkommunalt\s+(?:politisk\s+)?"
                                    r"(?:råd|(?:[\w]+-)?samarbeid|selskap)"
                                    # (whom it serves: "… IKT-samarbeid for Bø og Lia")
                                    r"(?:\s+for\s+[A-ZÆØÅ][^.:;]*)?|[Vv]ertskommunesamarbeid|"
                                    # (a shared service told in words: "PPT Sørdalen –
                                    # interkommunal pedagogisk-psykologisk tjeneste"; not
                                    # "… – interkommunalt digitaliseringssamarbeid", the
                                    # cooperation a group is named after)
                                    r"[Ii]nterkommunal\s+[a-zæøå][\w-]*"
                                    r"(?:\s+[a-zæøå][\w-]*){0,3}|"
                                    # (its host: "… legevakt – vertskommune Dalby kommune")
                                    r"[Vv]ertskommune\s+[A-ZÆØÅ][\w-]*(?:\s+(?:kommune|herad))?|"
                                    # (what it is in words, its host in brackets at the end:
                                    # "… – sammenslått lønnstjeneste for Eikvoll og Nesbygd
                                    # (vertskommune Eikvoll)")
                                    r"[a-zæøå][^.:;()]*\([Vv]ertskommune:?\s+"
                                    r"[A-ZÆØÅ][\w-]*\)|"
                                    # (a service the municipalities share, named by them:
                                    # "Lønn og regnskap Midt – felles lønns- og
                                    # regnskapskontor for Nesby, Brudal og Åsli kommuner")
                                    r"[Ff]elles\s[^.:;()]*\sfor\s+[A-ZÆØÅ][^.:;()]*\s"
                                    r"(?:kommuner|kommunar))$")


# A partnership of a health trust (or another party) and the municipalities of a region,
# a joint body's parent: "Helse Nordvest HF og kommunene i Romsdal", "Sjukehuset X og
# kommunane på Sunnmøre" (the region named last, capitalised).
_PARTNERSHIP = lazy_regex(r"^[A-ZÆØÅ][\w.&-]*(?:\s+[\w.&-]+){0,6}\s+og\s+(?:[a-zæøå]+\s+)?"
                          r"kommun[ae]ne\s+(?:i|på)\s+[A-ZÆØÅ][\w-]*(?:\s+[A-ZÆØÅ][\w-]*){0,3}$")


def _health_cooperation_line(text: str) -> bool:
    """A line naming a hospital trust's and its municipalities' health cooperation alone
    ("Helsefellesskapet Helse Fjordane", "Helsefellesskapet Innlandet"), or the
    partnership of a municipality and NAV whose samarbeidsutval met ("Partnarskapet Kinn
    kommune og NAV Vestland"): no sentence, date or label."""
    return text.startswith(_COOPERATION_NAME_WORDS) and len(text) <= 90 and \
        not any(c.isdigit() or c in ":;!?" for c in text)


# The first word of a named cooperation of a trust or NAV and the municipalities.
_COOPERATION_NAME_WORDS = ("Helsefellesskapet ", "Partnerskapet ", "Partnarskapet ")


def _name_before_partners(text: str) -> str:
    """A health cooperation's name without the partners a dash spells out after it:
    "Helsefellesskapet Østmark – Sykehuset Østmark HF og kommunene i Østmark" →
    "Helsefellesskapet Østmark" (the name; the rest says who it is made of)."""
    name, dash, partners = text.partition(" – ")
    if dash and name.startswith(_COOPERATION_NAME_WORDS) and _PARTNERSHIP.match(partners):
        return name
    return text


def _health_cooperation_in_capitals(text: str) -> str | None:
    """The health cooperation a line in capitals names, in normal case: "HELSEFELLESSKAPET
    VESTKYST" → "Helsefellesskapet Vestkyst", also as the last column of a letterhead set
    apart by a wide gap ("HELSE SOGNAFJORD HF      HELSEFELLESSKAPET SOGN", the trust on
    the left); the trust's letters and the small words keep their case ("… HELSE FØRDE HF
    OG KOMMUNANE" → "… Helse Førde HF og kommunane")."""
    column = _LETTERHEAD_GAP.split(text)[-1].strip()
    if not column.isupper() or not column.startswith("HELSEFELLESSKAPET ") or \
            not _health_cooperation_line(column.capitalize()):
        return None
    return " ".join(word if word in _TRUST_LETTERS else word.lower()
                    if word.lower() in _SMALL_NAME_WORDS else word.capitalize()
                    for word in column.split())


# Columns of a letterhead copied as one line: three spaces or a tab between them.
_LETTERHEAD_GAP = lazy_regex(r"\s{3,}|\t")
# Letters of a trust's or the state's name kept in capitals ("Helse Førde HF").
_TRUST_LETTERS = frozenset({"HF", "RHF", "NAV", "KS", "IKS"})


def _parent_below(lines: list[Line], title_line: int, body: str) -> str | None:
    """The parent a second heading right under the title names for the same body:
    "Styremøte 7. april 2016" / "STYREMØTE I HEIDAL HISTORIELAG." → "Heidal historielag";
    and a heading right above it naming a club, company or municipality: "Styret i
    Fjordvik Vel" / "Referat fra styremøte" (a cooperation above is ``_cooperation_above``'s);
    and a partnership of a trust and municipalities under the title or up to two lines
    above it ("Helse X HF og kommunene i Y" / "Overordnet samarbeidsorgan" / "Referat"),
    or a health cooperation by its name ("Helsefellesskapet Helse Fjordane")."""
    for line in (*lines[title_line + 1:title_line + 3], *lines[max(0, title_line - 2):title_line]):
        text = line.body.rstrip(".")
        if (("kommun" in line.lowered and _PARTNERSHIP.match(text)) or
                _health_cooperation_line(text)) and match_label(line.text) is None:
            return _name_before_partners(text)  # "Helse Nordvest HF og kommunene i
            # Romsdal" by its body's line ("Helsefellesskapet Helse Fjordane" under "Fagleg
            # samarbeidsutval for …")
        if "ELLESSKAPET" in text and (named := _health_cooperation_in_capitals(text)):
            return named  # "HELSEFELLESSKAPET VESTKYST" over the title, also as a
            # letterhead's right-hand column ("HELSE X HF          HELSEFELLESSKAPET SOGN")
        if line.index < title_line - 1:
            continue  # (two lines up only a partnership: a body's line may come between)
        if line.index == title_line + 1 and "rogramme" in text and \
                (programme := _programme_in_subtitle(text)):
            return programme  # "Minutes of the 3rd meeting of the Programme Committee" /
            # "EEA Grants 2021–2028 – Local Development Programme, Poland": the programme
        if line.index < title_line and (body.casefold() in _BOARD_NAMES or
                                        body.casefold() in _FUND_BOARD_NAMES) and \
                "fond" in line.lowered and not line.lowered.startswith("styre") and \
                (_fund_for_region(text) or _names_club_of_place(text) or
                 _fund_then_region(text)) and \
                len(text) <= 80 and not match_label(line.text):
            return text  # "Kraftfondet for Dal og Li" / "Regionalt næringsfond for Dal" over
            # "Møtebok – styremøte …", "Regionalt forskningsfond Nordfjella" over "Protokoll
            # fra møte i fondsstyret": the fund whose board met
        if line.index == title_line - 1 and text[:1] in "KS" and \
                _SERVICE_OF_REGION.match(text) is not None and not match_label(line.text):
            return text  # "Karrieresenteret i Sørvika" / "Referat – Samarbeidsforum for
            # karriereveiledning": the career or study centre whose forum met
        if abs(line.index - title_line) == 1 and text[:13] == "Opplæringskon" and \
                TRAINING_OFFICE.fullmatch(text) is not None:
            return text  # "Opplæringskontoret for bygg og anlegg i Vestmark SA" over or
            # under "Protokoll fra styremøte": the training office whose board, annual
            # meeting, trade council or apprentices' council met
        if line.index < title_line and body.casefold() in _BOARD_NAMES and \
                _council_kind_then_place(text) and not match_label(line.text):
            return text  # "Frivilligsentralen i Eikvåg" / "Idrettsrådet i Nordby" over
            # "Protokoll frå styremøte": the association whose board met
        described = _DESCRIBED_COOPERATION.match(text) \
            if "nterkommunal" in text or "ertskommune" in text or "elles " in text else None
        if line.index < title_line and not (names_club(text) or _PARENT_FORM.search(text) or
                                            described):
            continue  # (tested first: the line above must end in the parent's name, or
            # describe it: "Barnevernet Nordfjell – interkommunalt samarbeid")
        if described:  # "Innlandsrådet – interkommunalt politisk råd" (under the title or
            return described.group("org")  # on the line above it; the regions it serves
            # may make it long)
        if len(text) > 80 or match_label(line.text) or FINITE_VERB.search(text.lower()):
            continue
        if line.index == title_line + 1 and _school_body(body) and _institution_name(text):
            return text  # "Samarbeidsutvalget (SU)" / "Lia skole": the school it serves
        same, parent = body_and_organization(text)
        if same and same != body and same[-1:] == ")":
            same = _INITIALS_AFTER.sub("", same)  # "Administrativt kontaktutvalg (AKU)"
        if same == body and parent and (line.index > title_line or names_club(parent) or
                                        _PARENT_FORM.search(parent)):
            return parent
        if line.index == title_line + 1 and parent and same and _same_kind_of_body(same, body):
            return parent  # "Referat fra møte i TS-koordinatornettverket" / "Regionalt
            # nettverk for trafikksikkerhetskoordinatorer i Dalaregionen": the same network
            # described in words under the title, the region it serves its parent
        if _owner_subtitle(line, title_line, text, body, parent):
            return text
        if line.index == title_line + 1 and body.casefold() in _PROJECT_GROUPS and \
                _named_after_dash(text) == text:
            if (owner := _project_owner_below(lines, line.index)) is not None:
                return owner  # "Nytt reinseanlegg på Storøyra" / "Fjordvik vatn og avlaup
                # IKS": the company that owns the project, on the line under its name
            return text  # "Referat styringsgruppemøte" / "Kompetanseløft Gjøvikregionen":
            # the programme the group serves on its own line, as after a dash
    return None


def _same_kind_of_body(described: str, body: str) -> bool:
    """Whether a subtitle's first two words name the kind of body the title's body is
    ("Regionalt nettverk for …" under "TS-koordinatornettverket", "Forum for …" under
    "Samhandlingsforumet"): the line describes the body that met."""
    last = body.rsplit(None, 1)[-1].casefold()
    kind = next((kind for kind in _DESCRIBED_KINDS if kind in last), None)
    return kind is not None and any(kind in word for word in described.casefold().split()[:2])


# The kinds of body a subtitle may describe the title's body as (``_same_kind_of_body``).
_DESCRIBED_KINDS = ("nettverk", "forum", "utvalg", "utval", "gruppe", "gruppa", "komite",
                    "komité")


def _programme_in_subtitle(text: str) -> str | None:
    """The programme a committee's subtitle names among its funding and country, set
    apart by dashes and a comma ("EEA Grants 2021–2028 – Local Development Programme,
    Poland"): the part that ends in "Programme", as written, without the country."""
    for part in _SUBTITLE_DASH.split(text):
        name, comma, country = part.strip().rpartition(", ")
        if not comma or not country[:1].isupper() or len(country.split()) > 2:
            name = part.strip()
        if name.endswith(" Programme") and name[:1].isupper() and \
                2 <= len(name.split()) <= 9 and not any(char.isdigit() for char in name):
            return name
    return None


_SUBTITLE_DASH = lazy_regex(r"\s+[–—-]\s+")


def _project_owner_below(lines: list[Line], project_line: int) -> str | None:
    """The company or association named alone on the next line under a project's name
    (``names_club``: "… IKS", "… AS"), which owns the project the group serves, or None."""
    for line in lines[project_line + 1:project_line + 2]:
        text = line.body.rstrip(".")
        if len(text) <= 60 and names_club(text) and match_label(line.text) is None:
            return text
    return None


# The groups of a project, which serve the programme or project named beside them.
_PROJECT_GROUPS = frozenset(("styringsgruppen", "styringsgruppa", "prosjektgruppen",
                             "prosjektgruppa"))


def _owner_subtitle(line: Line, title_line: int, text: str, body: str,
                    parent: str | None) -> bool:
    """Whether the line right under a title that already names the body is the name of
    the association, company or council behind it, alone: "Referat frå samarbeidsforum
    for Nordfjord" / "Nordfjord Næringsforum" (a Google Docs "Subtitle"), or a cooperation
    named in one word ("Minnepunkt frå møte i faggruppe kultur" / "Vest-Telemarkrådet"; a
    network's one word, "Klimanettverket", may be the body itself), or a cooperation's
    one-word name ("Referat fra møte i Fagpolitisk utvalg for samferdsel" / "Gjøvikregionen").
    Only one name of an organisation's form: not "Styret i Fjordvik Vel" (``body_and_organization``
    splits that), nor the body's own name again, nor a sentence ending in one ("Arrangert
    av Hallingdal regionråd"): each word before the kind is a capitalised name or a
    joining "og"."""
    return line.index == title_line + 1 and parent is None and \
        body.casefold() not in line.lowered and \
        (names_club(text) or one_word_council(text) or _one_word_cooperation(text)) and \
        not line.lowered.endswith(_PLACES) and \
        all(word[:1].isupper() or word == "og" for word in text.split()[:-1])


# The body's initials in brackets after its name: "Administrativt kontaktutvalg (AKU)",
# the same body as the title's "administrativt kontaktutvalg".
_INITIALS_AFTER = lazy_regex(r"\s*\([A-ZÆØÅ]{2,6}\)$")


# The councils of a school or kindergarten: "Samarbeidsutvalget", "Skolemiljøutvalet",
# "FAU", "Driftsstyret", "Samarbeidsrådet", "Foreldrerådet".
_SCHOOL_BODY_STEMS = ("samarbeidsutval", "skolemiljøutval", "skulemiljøutval", "fau",
                      "foreldrearbeidsutval", "driftsstyre", "samarbeidsråd", "foreldreråd")


# The same councils by their initials: "SU", "SMU", "SU/SMU", "SU og SMU".
_SCHOOL_BODY_INITIALS = frozenset({"su", "smu", "fau"})


def _school_body(body: str) -> bool:
    """Whether the body is a council of a school or kindergarten (``_SCHOOL_BODY_STEMS``),
    also by its initials ("SU", "SU/SMU": the first word whole, so "Sunnfjord" is none)."""
    key = body.casefold()
    return key.startswith(_SCHOOL_BODY_STEMS) or \
        re.split(r"[\s/-]", key, maxsplit=1)[0] in _SCHOOL_BODY_INITIALS


def _institution_name(text: str) -> bool:
    """A school's or kindergarten's name alone ("Lia skole", "Vikøy oppvekstsenter"): up
    to five words, capitalised but the last, no label, date or sentence."""
    words = text.split()
    return 2 <= len(words) <= 5 and text[:1].isupper() and ":" not in text and \
        not dates.has_digit(text) and _INSTITUTION_END.search(text) is not None


def _subtitle(lines: list[Line], title_line: int | None, limit: int) -> str | None:
    """The line under a bare "Referat" / "PROTOKOLL" title, when it names the meeting.

    "PROTOKOLL" / "Formannskapet i Lindås kommune": the second line names the body, and so
    does a bare "Regionrådet" under it (over a region's name it would be a letterhead's).
    """
    if title_line is None:
        return None
    if lines[title_line].is_table and (sender := _sender_beside_doc_word(lines[title_line])):
        if "ommune" in sender and (group := _group_under_issuer(lines, title_line, limit)):
            return group  # "Nordby fylkeskommune | Referat" / "Klimanettverket i Nordby"
        return sender  # "Regionrådet for Hallingdal | Møteprotokoll": the row's other cell
    title = lines[title_line].body.strip(" !:.")
    bare = bool(_BARE_DOC_WORD.fullmatch(title) or _GATHERING_TITLE.fullmatch(title) or
                _BARE_SUMMARY_WORD.fullmatch(title))
    above = title_line - 1
    if bare and above > 0 and match_label(lines[above].text) and \
            names_a_body(lines[above - 1].body):
        above -= 1  # "Verneområdestyret for X" / "Sekretariat: Statsforvaltaren i Y" /
        # "MØTEPROTOKOLL": the secretariat's label line between the board and the title
    for n in (title_line + 1, above):  # the line under it, else a letterhead above
        if not 0 <= n < min(limit, len(lines)):
            continue
        line = lines[n]
        # (a row whose day or place stands in a labelled cell beside the name, "Møte i
        # arbeidsutvalget ⇥ Dato: 14.10.2025", names the meeting in its first cell)
        text = _before_labelled_cell(line)
        if " / " in text:
            text = _norwegian_name(text)  # "Faggruppe for … / Boazodoalu … fáddájoavku"
        if n < title_line and text.casefold() in _GENERIC_BODIES and text[:1].isupper():
            return text  # "Fjordvik Vel" / "Styret" / "Referat": the board above the title
            # (a "Styret" over names would be a group label; above the title it names no one)
        if match_label(line.text) or (line.is_table and text == line.body) or \
                len(text) > 100 or _TOPIC_LABEL.match(text) or \
                text.startswith(_BETWEEN_PARTIES) or \
                (_is_letterhead(lines, n) and not (n > title_line and
                                                   text.casefold() in _BODY_TAILS)) or \
                FINITE_VERB.search(text) or _is_contact_line(text) or \
                text.endswith((".", ",", "!")) or _is_filing_field(line) or \
                (dates.find_dates(text) and not (bare and n > title_line)) or \
                not text[:1].isupper() or (text[:1] in "HhKk" and _GREETING.match(text)) or \
                (text[:4] in ("Møte", "MØTE") and _BARE_MEETING_NUMBER.fullmatch(text)) or \
                (text[:6] in ("Vertsk", "VERTSK") and _HOST_MUNICIPALITY.fullmatch(text)) or \
                (text[:8] in ("Prosjekt", "PROSJEKT") and ":" in text[8:14]) or \
                (0 < n < title_line and _names_department(text) and _is_letterhead(lines, n - 1)):
            continue  # "Møtet ble holdt i Elva Hotell" says where, not who ("Hei alle,",
            # "Hei alle!", "Hallo" greet the readers of a mail; "Møte nr. 5/2025" counts;
            # a letterhead's "Vår ref.: 26/114" files the letter; "Vertskommune: Nordby
            # kommune" over the title names the municipality that hosts the cooperation;
            # "Prosjekt: Nytt helsehus …" under "Byggemøte nr. 14" names the project built)
        if not bare and n > title_line and not names_a_body(text) and \
                _PARENT_FORM.search(text) is None and _MEETING_OF_TITLE.search(title):
            continue  # "Referat – samråd med Fiskeridirektoratet" / "Regional plan for
            # kystsonen i Vest-Finnmark": a title that tells the meeting, then its topic,
            # which names no body (no body's word, no organisation's form)
        if bare and n > title_line and (named := _name_under_topic(lines, n, limit, text)):
            return named  # "Referat" / "Felles rekruttering av helsefagarbeidere" / "Framtid
            # i Fosen": the topic of the meeting, then the cooperation that met
        if n > title_line and _ends_in_link(text) and text == line.body:
            return _with_continuation(lines, line)  # "REFERAT" / "Møte i nettverket for
            # Gjøvik- og" / "Valdresregionen": the name wrapped after its link word
        if n > title_line and text[-1:] in _DASHES and text == line.body and \
                (rest := _name_after_dash_break(lines, n)):
            # "REFERAT" / "Fagnettverk for … –" / "Kystregionen"; a hyphen close to its
            # word is the name's own, nothing comes between ("… i Sør-" / "Trøndelag")
            return join_at_hyphen(text, rest) or f"{text} {rest}"
        return text  # also "REFERAT" / "Årsmøte i Stord sogelag 11.02.10"
    return None


# The dashes a line may stop on or open with: a hyphen, an en dash, an em dash (a set: a
# one-character slice of "" is "", in any string but never in the set).
_DASHES = frozenset("-–—")


def _name_after_dash_break(lines: list[Line], n: int) -> str | None:
    """The short name a PDF wrapped onto the line under a subtitle that stops on its dash
    ("Fagnettverk for helsesykepleiere i helsestasjon og skolehelsetjenesten –" /
    "Kystregionen"): no name ends on a dash, so the line below, capitalised and neither a
    label, a date nor a sentence, is its region or parent."""
    if n + 1 >= len(lines):
        return None
    following = lines[n + 1]
    text = following.body
    if following.gap or not text[:1].isupper() or len(text) > 60 or \
            text.endswith((".", ":")) or match_label(following.text) or \
            dates.find_dates(text) or FINITE_VERB.search(text):
        return None
    return text


# A title that tells what kind of meeting was held with whom or on what ("Referat –
# samråd med X", "Referat fra dialogmøte om Y", "Notat frå arbeidsmøte"): a line under it
# is its subject unless it names a body (``_subtitle``). (Not ``_JOINT_MEETING_WORDS``: a
# meeting "om" a subject may be one side's, as an "arbeidsmøte" or "informasjonsmøte" is.)
_MEETING_OF_TITLE = lazy_regex(r"\b(?:samråd|konsultasjon|dialogmøte|arbeidsmøte|"
                               r"drøftingsmøte|kontaktmøte|oppstartsmøte|informasjonsmøte)\w*"
                               r"\s+(?:med|om|mellom)\s", re.I)


def _names_department(text: str) -> bool:
    """Whether a line names a department of an organisation ("Avdeling for mobilitet og
    infrastruktur", "Seksjon for plan", "Samferdselsavdelingen"): under a county's or a
    municipality's letterhead, the unit that writes the letter, not a body that met."""
    folded = text.casefold()
    return folded.startswith(_DEPARTMENT_OPENINGS) or \
        (" " not in folded and folded.endswith(_DEPARTMENT_ENDINGS))


# How the name of a department opens: "Avdeling for …", nynorsk "Avdeling for …" too.
_DEPARTMENT_OPENINGS = ("avdeling for ", "avdelinga for ", "avdelingen for ", "seksjon for ",
                        "seksjonen for ", "sektor for ", "sektoren for ")


def _group_under_issuer(lines: list[Line], title_line: int, limit: int) -> str | None:
    """The body named alone on the line under a template's first row that puts a kommune
    or a county municipality beside the bare document word ("Nordby fylkeskommune ⇥
    Referat" / "Klimanettverket i Nordby"): the network or group that met, the
    municipality whose template it is its parent (a municipality is not itself a body
    that meets). None when that line is no name of a body (a label, a date, a sentence)."""
    n = title_line + 1
    if n >= min(limit, len(lines)):
        return None
    line = lines[n]
    text = line.body.strip()
    if line.is_table or not text[:1].isupper() or len(text) > 80 or \
            match_label(line.text) or any(c.isdigit() or c in ":;.!?" for c in text) or \
            not names_a_body(text) or FINITE_VERB.search(text):
        return None
    return text


def _name_under_topic(lines: list[Line], n: int, limit: int, text: str) -> str | None:
    """The cooperation's name on the line under a topic line that follows a bare title:
    "Referat" / "Felles reiselivsstrategi og sommerkampanje" / "Vekst i Nordby". The topic
    is common nouns only (no body word, no capital after its first letter), the name a
    short line with a proper name in it and nothing else (no label, date, verb or stop)."""
    if n + 1 >= min(limit, len(lines)) or names_a_body(text) or \
            any(word[:1].isupper() for word in text.split()[1:]):
        return None
    below = lines[n + 1]
    name = below.body.strip()
    words = name.split()
    if not 1 <= len(words) <= 6 or not name[:1].isupper() or below.is_table or \
            match_label(below.text) or any(c.isdigit() or c in ":;.!?" for c in name) or \
            FINITE_VERB.search(name) or _is_contact_line(name) or \
            not (names_a_body(name) or any(word[:1].isupper() for word in words[1:])):
        names = proper_nouns(lines)  # ("Nordby natur- og kulturpark": a place the text
        # writes as a name, where the topic's first word is none)
        if words[0].casefold() not in names or text.split()[0].casefold() in names:
            return None
    return name


def _definite_or_body(word: str) -> bool:
    """Whether one word before "i <place>" is a body: a body's word, or a noun in the
    definite form as bodies are named ("Formannskapet", "Gruppa"), not a cooperation's
    brand name of a bare noun ("Vekst i Nordby", "Framtid i Fosen")."""
    return names_a_body(word) or word.casefold().endswith(("et", "en", "a", "ene"))


def _body_over_parent(lines: list[Line], title_line: int | None,
                      subtitle: str | None) -> tuple[str, str] | None:
    """The body and its parent when two name lines stand over a bare title and only the
    upper one names a body: "Overordnet samarbeidsorgan (OSO)" / "Helse Fonna HF og
    kommunene i Sunnhordland" / "Referat", "Politirådet i Nordby" / "Nordby kommune og
    Sør-Øst politidistrikt" / "Referat". The line right above the title (which
    ``_subtitle`` took) is then whom the body belongs to, written as a whole; the body's
    own "i <place>" stays the nearer parent."""
    if title_line is None or title_line < 2 or subtitle is None or \
            subtitle != lines[title_line - 1].body or names_a_body(subtitle):
        return None
    upper = lines[title_line - 2]
    text = upper.body
    if not text[:1].isupper() or len(text) > 80 or upper.is_table or \
            not names_a_body(text) or match_label(upper.text) or \
            any(c.isdigit() or c in ":;.!?" for c in text) or \
            _LETTERHEAD_NOT_BODY.search(text):
        return None
    own = body_and_organization(text)[1]
    return text, own or subtitle


# A line that only numbers the meeting ("Møte nr. 5/2025", "Møte 4/2024") under a bare
# title names no body: the council's name on the letterhead above it does.
_BARE_MEETING_NUMBER = lazy_regex(r"møte\s+(?:nr\.?\s*)?\d{1,3}(?:\s*[/-]\s*\d{2,4})?", re.I)


# A bare word for a summary of a meeting, as a title over the line that names the meeting:
# "Samandrag" / "Møte i styringsgruppa for Fjordvegen, 14. mars 2025", "Minnesnotat".
_BARE_SUMMARY_WORD = lazy_regex(r"oppsummering|sammendrag|samandrag|minnes?notat|"
                                r"(?:møte)?notat(?:er)?", re.I)
# A labelled topic under a bare title names what was discussed, not who met: "Tema: …".
_TOPIC_LABEL = lazy_regex(r"(?:tema|emne|gjelder|vedr(?:ørende)?|ang(?:ående)?)\.?\s*:", re.I)
# A meeting between parties names no one body that met: "Møte mellom Regionrådet og …".
_BETWEEN_PARTIES = ("Møte mellom ", "Møtet mellom ", "Dialogmøte mellom ", "Samarbeidsmøte mellom ")


def _meeting_in_line(lines: list[Line], limit: int) -> tuple[str, str | None] | None:
    """The body from a line in the head that names the meeting when the title does not:
    a mail's subject "Oppsummering fra Teams-møtet i dag" over "Møte i arbeidsgruppen for
    digitalisering, Havlandet regionråd" (a line, not a sentence: "Møte i styret ble
    holdt …" says what happened, and is read elsewhere)."""
    for line in lines[:limit]:
        text = _before_labelled_cell(line)
        if not text.startswith(("Møte i ", "Møtet i ", "Møte for ")) or text.endswith(".") \
                or len(text) > 100 or FINITE_VERB.search(text):
            continue
        body, organization = body_and_organization(text)
        if body:
            return body, organization
    return None


def _addressed_body(lines: list[Line], limit: int) -> tuple[str, str | None] | None:
    """The body a summons or memo is addressed to or sent from when no title names it:
    "Til: Medlemmene i Regionrådet for Nordfjord", "Til: Styret i Nordlys AS", "Til: Styrets
    medlemmer", "Fra: Regionrådet for Nordfjord" (not "Til: Kommunedirektørene", who are
    people, nor "Fra: Styreleder", a person's seat)."""
    for line in lines[:limit]:
        if not line.lowered.startswith(("til", "fra", "frå")) or \
                (addressed := _TO_OR_FROM_LABEL.match(line.body)) is None:
            continue
        whom = addressed.group("whom").strip(" .")
        if "@" in whom and addressed.group("label").casefold() == "til":
            # "Til: Arbeidsutvalet i Vest-Telemark <au@vtr.no>": the list's name, not its
            # address (a sender's mailbox, "Fra: Regionrådet <post@…>", names no body)
            whom = _MAIL_ADDRESS.sub("", whom).strip(" .")
        if (owner := _OWNERS_MEMBERS.match(whom)) and \
                owner.group("body").casefold().endswith(BODY_WORD_ENDINGS):
            return owner.group("body"), None  # "Til: Styrets medlemmer"
        if addressed.group("label").casefold() == "til":
            named = "Til " + whom if _ADDRESSEES.match("Til " + whom) else None
        else:  # a sender is the body only when it is one: "Fra: Regionrådet for X"
            first = whom.split(" ", 1)[0].casefold()  # (a mailbox "<post@…>" sent a mail)
            named = whom if first.endswith(BODY_WORD_ENDINGS) and "@" not in whom else None
        if named:
            body, organization = body_and_organization(named)
            if body and not body.startswith("Til "):
                return body, organization
    return None


def _channel_over_post(lines: list[Line]) -> tuple[str, str | None] | None:
    """The body whose channel or chat the minutes were posted in: the name a copied
    thread keeps over its first post ("Arbeidsgruppe digital skole – Hallingdal" over
    "[10.03.2025 14:32] Siri Moen", read as "Fra:" / "Sendt:"), when no title names
    one. Only a name that is a body's ("gruppe", "utval", "råd", "nettverk" …): a line
    over a printed mail's head is often the mailbox owner, a person."""
    if len(lines) < 3 or not lines[1].lowered.startswith(("fra:", "from:")) or \
            not lines[2].lowered.startswith(("sendt:", "sent:")):
        return None
    name = lines[0].body.strip()
    if ":" in name or len(name) > 80 or any(char.isdigit() for char in name) or \
            not name[:1].isupper() or not _BODY_STEMS.search(name):
        return None
    body, organization = body_and_organization(name)
    return (body, organization) if body else None


def _parent_in_address(lines: list[Line], body: str) -> str | None:
    """The parent a mail's addressee names after the body ("To: Arbeidsutvalget Midtfjord
    regionråd <au@…>" for "AU-møte"): a mailing list is named by the body and whom it
    belongs to, without the "i" of a sentence. Only a name that is itself a body or an
    owner (a council, a municipality, an IKS) after the body's own name counts."""
    for _whom, rest in _addressees_after(lines, body):
        if rest[:1].isupper() and len(rest) <= 60 and (
                names_a_body(rest) or rest.rsplit(" ", 1)[-1] in _OWNER_LAST_WORDS):
            return rest
    return None


def _addressees_after(lines: list[Line], body: str) -> Iterator[tuple[str, str]]:
    """Each mail addressee ("Til:"/"To:") that opens with the body's name, without its
    address, and the words after that name: ("Næringsforum Hadeland", "Hadeland") for
    the body "Næringsforum". Both the parent and the fuller name are read from them."""
    key = body.casefold() + " "
    for line in lines:
        if not line.lowered.startswith(("til:", "to:")):
            continue
        # (a memo's fields set apart by a TAB: "Til:\tFaggruppe næring, …")
        whom = _MAIL_ADDRESS.sub("", line.body.split(":", 1)[1]).strip(" \t;,.")
        if whom.casefold().startswith(key):
            yield whom, whom[len(key):]
        elif whom.casefold().startswith(key[:-1] + ", "):
            # "Til: Faggruppe næring, Nord-Østerdal regionråd": the parent after a comma
            yield whom, whom[len(key) + 1:]


def _fuller_name_in_address(lines: list[Line], body: str) -> str:
    """The body's full name from a mail's addressee, else ``body``: a subject names the
    forum by its kind alone ("Referat næringsforum 5. februar") while the mailing list it
    went to carries the region in the name ("Til: Næringsforum Hadeland"). The region
    after an indefinite kind is part of the name ("Kompetanseforum Agder"), not a parent:
    only one or two capitalised words that name no body and no owner count."""
    if " " in body or body.casefold().endswith(BODY_WORD_ENDINGS):
        return body
    for whom, rest in _addressees_after(lines, body):
        words = rest.split()
        if 1 <= len(words) <= 2 and all(_capitalised_name_word(word) for word in words) and \
                "," not in whom and not names_a_body(" ".join(words)) and \
                words[-1] not in _OWNER_LAST_WORDS:  # (after a comma: a parent, no name)
            return whom[:1].upper() + whom[1:]
    return body


def _named_body_in_mail_words(lines: list[Line], body: str) -> str | None:
    """The body's own name in a mail's words when the subject called it by its kind alone
    ("Emne: Referat fra nettverksmøte 12.3" gives "Nettverket", the mail says "… referat
    fra nettverksmøtet i Kulturnettverket"): one capitalised word after "i" that ends in
    the kind's word. None when no line says it."""
    kind = body.casefold()
    for line in lines:
        if kind not in line.lowered or " i " not in line.body:
            continue
        for found in _CAPITALISED_AFTER_I.finditer(line.body):
            if (word := found.group("word")).casefold().endswith(kind) and len(word) > len(kind):
                return word
    return None


# A capitalised word after "i" in a sentence: "… nettverksmøtet i Kulturnettverket".
_CAPITALISED_AFTER_I = lazy_regex(r"(?<!\S)i\s+(?P<word>[A-ZÆØÅ][\wæøå-]+)")


def _parent_in_mail_words(lines: list[Line], body: str) -> str | None:
    """The parent a mail's own words name beside the body that met: "Her kjem referatet
    frå møtet i faggruppa for landbruk i Vest-Telemarkrådet." (the body, then "i" and a
    name in capitals, as a title's "X i Y" reads). A field's value ("Til: Prosjektgruppa
    Grønn mobilitet i Vestfold") may be a project's name: only a sentence counts."""
    key = body.casefold()
    for line in lines:
        at = line.lowered.find(key) if key[:4] in line.lowered else -1
        if at < 0 or line.body[at + len(key):at + len(key) + 3] != " i " or \
                ":" in line.body[:at]:
            continue
        if named := _PARENT_NAMED_AFTER.match(line.body, at + len(key)):
            return named.group("org")
    return None


# The parent's name after a body's in a mail's words: " i Vest-Telemarkrådet.", " i
# Glåmdal regionråd" (capitals, then a council's or a cooperation's word).
_PARENT_NAMED_AFTER = lazy_regex(r" i (?P<org>[A-ZÆØÅ][\w-]+(?: [A-ZÆØÅ][\w-]+){0,2}"
                                 r"(?: (?:regionråd|kommune|fylkeskommune|IKS))?)(?=[\s.,:;!]|$)")


def _body_addressed(lines: list[Line]) -> str | None:
    """A mail's one addressee when it is a body ("Til: Styringsgruppa skolebruksplan",
    "To: Arbeidsutvalget <au@…>"): the list the minutes were sent to is the body that
    met when the mail names none. Several addressees, people or a bare address ("Til:
    styret@vel.no") name no body here."""
    for line in lines:
        if not line.lowered.startswith(("til:", "to:")):
            continue
        whom = _MAIL_ADDRESS.sub("", line.body.split(":", 1)[1]).strip(" \t.")
        if whom[:1].isupper() and not any(sign in whom for sign in ";,@") and \
                len(whom.split()) <= 6 and names_a_body(whom):
            return whom
        return None
    return None


def _capitalised_name_word(word: str) -> bool:
    """Whether a word may be part of a place's name: capitalised letters ("Hadeland",
    "Sør-Troms"), no digits or signs."""
    return word[:1].isupper() and word.replace("-", "").isalpha()


# A mail's address after the name it shows: " <au@midtfjord.no>" (" (au@…)" as the
# text reader gives it).
_MAIL_ADDRESS = lazy_regex(r"\s*[<(][^<>()]*@[^<>()]*[>)]")
# The last word of an owner's name that names no body: "Fjordvik kommune", "X IKS".
_OWNER_LAST_WORDS = frozenset({"kommune", "fylkeskommune", "IKS", "HF", "SA"})


# A memo's addressee or sender line: "Til: Medlemmene i rådet", "Fra: Regionrådet for X"
# (the colon makes it a label).
_TO_OR_FROM_LABEL = lazy_regex(r"^(?P<label>til|fra|frå)\s*:\s*(?P<whom>\S.*)$", re.I)
# The members of a body named by its genitive: "Styrets medlemmer", "Rådets faste medlemmer".
_OWNERS_MEMBERS = lazy_regex(r"^(?P<body>[A-ZÆØÅ][\w-]+?)s\s+(?:faste\s+)?(?:medlemmer|medlemer)\b")


def _signed_under_text(lines: list[Line], limit: int) -> bool:
    """Whether a place-and-date line with its comma ("Kongsvinger, 20. november 2025")
    stands among the last lines, under the head: where the minutes were signed (a deck's
    "Statusmøte 14. januar 2025" under its cover names the meeting, no signing)."""
    start = max(limit, len(lines) - _SIGNED_TAIL)
    return any(line.body[:1].isupper() and _PLACE_DATE.match(line.body) is not None
               for line in lines[start:])


def _has_lone_date(lines: list[Line], limit: int) -> bool:
    return any(_is_date_line(line.body) or _PLACE_DATE.match(line.body)
               for line in lines[:limit] if not match_label(line.text))


def _same_day_year(lines: list[Line], meeting: dates.DateMatch) -> int | None:
    """The year of the meeting's day where the head writes it in full ("Tid: 26. mars kl.
    10.30" under "Styremøte 26. mars 2023")."""
    if meeting.year is not None:
        return None
    return next((d.year for line in lines for d in dates.find_dates(line.body)
                 if d.year and (d.day, d.month) == (meeting.day, meeting.month)), None)


def _next_meeting_year(lines: list[Line], meeting: dates.DateMatch) -> int | None:
    """The year of a meeting day written without one ("Tidspunkt: 3. mars, kl. 18.00")
    from the next meeting's full date ("Neste møte: 14. april 2026"): the same year when
    the next day falls later in the year, else the year before (a meeting in November,
    the next in January). Only read when no better source gives the year."""
    if meeting.year is not None:
        return None
    for line in lines:
        if "neste" not in line.lowered or "møte" not in line.lowered:
            continue  # (most lines)
        following = next((d for d in dates.find_dates(line.body) if d.year is not None), None)
        if following is not None:
            later = (meeting.month, meeting.day) < (following.month, following.day)
            return following.year if later else following.year - 1
    return None


def _resolve_meeting(meeting: dates.DateMatch, head: Head,
                     years: list[tuple[int | None, str | None]]) -> str | None:
    """The meeting day in ISO form, taking a missing year from the best evidence: the
    first of ``years`` (year, where it was found; None needs no warning) that is known."""
    if meeting.year is not None:
        return _weekday_checked(meeting.resolve(None), meeting, head)
    for year, source in years:
        if year:
            if source:
                head.warnings.append(f"Meeting date has no year; {year} taken from {source}.")
            return _weekday_checked(meeting.resolve(year), meeting, head)
    # A weekday fits a day and month every few years: the year it gives would be a guess.
    head.warnings.append("Meeting date has no year and none could be inferred.")
    return None


def _weekday_checked(day: dt.date | None, meeting: dates.DateMatch, head: Head) -> str | None:
    """The meeting day as written, with a warning when the weekday before it names another
    day ("tirsdag 5. mars 2025", a Wednesday): either may be the slip, so the date stays
    and a reader is told (a weekday never moves the date)."""
    if day is not None and meeting.weekday is not None and day.weekday() != meeting.weekday:
        names = dates.WEEKDAY_NAMES_BY_NUMBER
        head.warnings.append(f"Meeting date {day.isoformat()} falls on "
                             f"{names[day.weekday()]}, but the text says "
                             f"{names[meeting.weekday]}; the date is kept as written.")
    return dates.iso(day)


# Hours after a "Tid:" label: "9-11.30", "0900-1130", "frå 10 til 14", "12.30 – ca. 15";
# a start alone as "09.00", "0900" or "fra 12.30" / "frå 10" (the "from" says it is a time).
# (each time may be "about": "Frå kl.: ca. 10.00", "Tid: kl. ca. 9–11.30")
_HOURS = lazy_regex(r"^(?:(?:fra|frå)\s+)?(?:kl\.?\s*)?(?:ca\.?\s*)?"
                    r"(?P<start>\d{1,2}(?:[.:]\d{2})?|\d{4})"
                    r"\s*(?:[-–]|til\b)\s*(?:ca\.?\s*)?(?:kl\.?\s*)?"
                    r"(?P<end>\d{1,2}(?:[.:]\d{2})?|\d{4})$|"
                    r"^(?:kl\.?\s*)?(?:ca\.?\s*)?(?P<alone>\d{1,2}[.:]\d{2}|\d{4})"
                    r"(?:\s*\((?P<where>[^()]*[^\W\d_][^()]*)\))?$|"  # "11.15 (rom 054)"
                    r"^(?:fra|frå)\s+(?:kl\.?\s*)?(?:ca\.?\s*)?(?P<from>\d{1,2}(?:[.:]\d{2})?)$",
                    re.I)


_LONE_PLACE = lazy_regex(r"[A-ZÆØÅ][\wæøå-]+(?:\s+[A-ZÆØÅ][\wæøå-]+)?")
# A town's name before a building of it in small letters: "Molde kulturskole", "Gol rådhus",
# "Hamar bibliotek", "Aukra kulturhus".
_TOWN_BUILDING = lazy_regex(r"[A-ZÆØÅ][\wæøå-]+\s+[a-zæøå]*(?:skole|skule|rådhus|hus|senter|"
                            r"bibliotek|hall|hotell|kirke|kyrkje)")
# Words that name a meeting room or building.
_VENUE_WORD = lazy_regex(r"(?:sal|salen|rådhus|rådhuset|hus|huset|hotell|senter|senteret|"
                         r"rom|rommet|skole|skolen|skule|skulen|kontor|kontoret|lokale|"
                         r"lokalet|kantina|kantine|bibliotek|biblioteket|hall|hallen|"
                         # a farmyard museum or a parlour ("Bygdetunet, Fjellbygda")
                         r"tun|tunet|stua|stova)\b", re.I)


# A channel with the service that carried it in brackets: "Digitalt møte (Teams)",
# "Videomøte (Zoom)", "Teams (lenke i innkallingen)" is no such line (see _POINTER_TAIL).
_CHANNEL_ASIDE = lazy_regex(rf"(?P<channel>[^()]{{2,30}}?)\s*\((?P<aside>{_CHANNELS})\)", re.I)


def _channel_with_aside(text: str) -> bool:
    """Whether a line beside the meeting's day is its channel alone with the service in
    brackets ("Digitalt møte (Teams)"): the whole line says where, as a "Sted:" would."""
    found = _CHANNEL_ASIDE.fullmatch(text)
    return found is not None and _DIGITAL.fullmatch(found.group("channel")) is not None


def _venue_under_lone_date(lines: list[Line], line: Line, title_line: int | None) -> bool:
    """Whether a line is a venue ("Rådhuset, møterom 3", "Teams") right under a lone date
    line that stands right under the title, or under a short subtitle under it (a title
    slide's "Arbeidsmøte"), or right under a title that is the meeting and its day
    ("Rådsmøte 14. mars 2025"): the title block's day, then its place. (A person's name
    there, "Kari Holm", is no venue.)"""
    if title_line is None or line.index not in (title_line + 1, title_line + 2,
                                                 title_line + 3) or len(line.body) >= 80:
        return False
    if line.index == title_line + 1 and not (len(lines[title_line].body) < 40 and
                                             _MEETING_DATE_LINE.match(lines[title_line].body)):
        return False  # (right under the title only when the title is "Rådsmøte 14. mars")
    if line.index == title_line + 3 and (len(lines[title_line + 1].body) > 40 or
                                         dates.has_digit(lines[title_line + 1].body)):
        return False  # (a short subtitle may come between: "Arbeidsmøte", "Nettverkssamling")
    if line.index + 1 < len(lines) and lines[line.index + 1].is_bullet and \
            not lines[line.index - 1].is_bullet:
        return False  # "Bakgrunn" over "• Vedtak i …": the next slide's title over its points
    text = line.body
    dated = lines[line.index - 1].body
    # (a title slide's "Møte 27. august 2025" / "Samling 9. juni" is its lone day too, also
    # with its hours: "Arbeidsmøte 3. februar 2027 kl. 12.00–15.00")
    day_line = _is_date_line(dated) or (len(dated) < 60 and _MEETING_DATE_LINE.match(dated)
                                        is not None and dates.find_dates(dated) != [])
    if len(text) < 30 and _DIGITAL.fullmatch(text.rstrip(".")):
        return day_line  # "Teams", "Digitalt møte"
    if _is_hotel_line(text) or _town_then_hotel(text):
        return day_line  # "Scandic Hamar", "Loen, Quality Hotel Alexandra"
    if (" i " in text or " på " in text) and _BUILDING_IN_TOWN.fullmatch(text.rstrip(".")):
        return day_line  # "Rådhuset i Stryn", "Kommunestyresalen i Stryn rådhus"
    return _is_venue_line(text) and day_line and \
        not looks_like_name(text.split(",", 1)[0]) and text.casefold() not in NOT_NAME_WORDS


# A building named by its word in the definite form, then the town it stands in:
# "Rådhuset i Stryn", "Fylkeshuset i Leikanger", "Kulturhuset på Nesbyen",
# "Kommunestyresalen i Stryn rådhus". (A word that is no building, "Møtet i Stryn", is
# no venue.)
_BUILDING_IN_TOWN = lazy_regex(r"[A-ZÆØÅ][\wæøå-]*(?:salen|huset|senteret|skolen|skulen|"
                               r"kontoret|lokalet|biblioteket|hallen|tunet|stua|stova|"
                               r"kantina|hotellet|kyrkja|kirken)\s+(?:i|på)\s+"
                               r"[A-ZÆØÅ][\wæøå-]+(?:\s+[a-zæøå]*(?:rådhus|hus|senter|skole|"
                               r"skule|hall|bibliotek))?")


def _town_then_hotel(text: str) -> bool:
    """A town and then its hotel after a comma ("Loen, Quality Hotel Alexandra"), as a
    deck's title slide writes the venue the other way round from "Scandic Hamar"."""
    town, _, hotel = text.partition(",")
    return bool(hotel) and _LONE_PLACE.fullmatch(town.strip()) is not None and \
        _is_hotel_line(hotel.strip())


def _first_name_first(text: str) -> bool:
    """Whether a line of two capitalised words is a person's name, a first name first
    ("Kari Holm" under the day is who wrote or leads, no place as "Ørskoghallen" is)."""
    return looks_like_name(text) and is_first_name(text.split(" ", 1)[0])


def _hotel_under(lines: list[Line], line: Line) -> str | None:
    """The hotel on the line right under a cover's town and day ("Svolvær, 27. august
    2024, kl. 12–16" / "Thon Hotel Lofoten, møterom Vågan"): where in the town the
    meeting was, the venue the record keeps rather than the town alone; or None."""
    after = line.index + 1
    if after >= len(lines):
        return None
    text = lines[after].body.strip()
    return text if _is_hotel_line(text) else None


def _is_hotel_line(text: str) -> bool:
    """A line that is only a hotel, where network gatherings are so often held: a chain's
    name before the hotel's own ("Scandic Hamar", "Thon Hotel Opera", "Quality Hotel
    Edvard Grieg, Bergen"), or a name with the word hotel ("Bø Hotell", "Fleischer's
    Hotel", "Hotell Fjellstua"). Two capitalised words read as a person's name otherwise."""
    return len(text) <= 60 and text[:1].isupper() and not text.endswith((":", "!", "?")) and \
        _HOTEL_LINE.fullmatch(text.rstrip(".")) is not None


# The hotel chains of Norway and a hotel's own word: what makes a line a hotel's name.
_HOTEL_LINE = lazy_regex(r"(?:(?i:scandic|thon|quality|clarion|radisson(?:\s+blu)?|comfort|"
                         r"best\s+western)\s+[A-ZÆØÅ][\w'’-]*|"
                         # the word first: "Hotell Fjellstua, Nordvang", "Hotel Norge"
                         r"(?i:hotel|hotell)\s+[A-ZÆØÅ][\w'’-]*|"
                         r"[A-ZÆØÅ][\w'’-]*(?:\s+[A-ZÆØÅ][\w'’-]*){0,2}\s+(?i:hotel|hotell))"
                         r"(?:\s+[A-ZÆØÅ][\w'’-]*){0,3}(?:,\s*[A-ZÆØÅ][\w-]*(?:\s+[\wæøå-]+){0,2})?"
                         # (and its room: "Thon Hotel Lofoten, møterom Vågan")
                         r"(?:,\s*(?:møterom|møtesal|rom|sal)\s+[\wæøåÆØÅ.-]+)?")


def _is_venue_line(text: str) -> bool:
    """A line that is only a place: one or two capitalised words ("Ørskoghallen"), or a
    room and a building ("Kommunestyresalen, rådhuset i Uggdal."). Not a place with the
    hours after it ("Fylkeshuset, Kristiansand kl. 09.30-12.00"): that line gives the
    hours too and is read as a place then the time."""
    if _LONE_PLACE.fullmatch(text) or _TOWN_BUILDING.fullmatch(text):
        return True
    first = text.split(",", 1)[0]
    return "," in text and len(text) < 80 and text[:1].isupper() and \
        bool(_VENUE_WORD.search(text)) and not FINITE_VERB.search(text.lower()) and \
        not looks_like_name(first) and not text.rstrip(".").endswith(":") and \
        not ("kl" in text and _VENUE_THEN_TIME.match(text))
_PLACE_UNDER_WHEN = lazy_regex(r"^(?:på|i)\s+(?P<place>[A-ZÆØÅ][^.;:]{1,50}?)\.?$")
# (a floor's ordinal keeps its stop: "…, Rådhuset, 2. etasje", "… Rådhuset 2. etg.")
_PLACE_AFTER_TIME = lazy_regex(rf"\b{_KL_HOURS}(?:,?\s+(?:i|på|ved)\s+|,\s*(?=[A-ZÆØÅ]))"
                               r"(?P<place>[\wæøåÆØÅ](?:[^.;]|(?<=\d)\.(?=\s)){1,50}?)\s*\.?$")


# "Møtet ble satt <day and time>[, <room>,] og hevet <time>[, <room>]."
_OPENED_AND_CLOSED = lazy_regex(
    r"^møtet\s+(?:ble|vart|blei)\s+satt\s+(?P<when>.+?),?\s+og\s+(?:ble\s+|vart\s+)?hevet\s+"
    r"(?:kl\.?|klokken|klokka)?\s*(?P<end>\d{1,2}(?:[.:]\d{2})?)(?:,\s*(?P<where>[^.]+(?:\.\s"
    r"[^.]+)*?))?\s*\.?$", re.I)


def _opened_and_closed(opened: re.Match[str], head: Head) -> None:
    """Start, end and place from "Møtet ble satt … og hevet …" (the place may stand after
    either time)."""
    when = opened.group("when")
    start = dates.find_time_range(when)[0]
    if head.start in (None, start) and start and head.end is None:
        head.start = start
        head.end = _clock(opened.group("end"))
    if head.location is None:
        after_time = _TIME_IN_WHEN.split(when, maxsplit=1)
        place = opened.group("where") or (after_time[-1] if len(after_time) > 1 else "")
        place = place.strip(" ,.")
        if place and not dates.find_dates(place):
            head.location = place


_TIME_IN_WHEN = lazy_regex(r"(?:kl\.?|klokken|klokka)\s*\d{1,2}(?:[.:]\d{2})?", re.I)
# The place, then the hours, on the line under a dated title: "Sagavn. 20, Leknes kl. 18.30".
# (not hours themselves: "Fra kl. 18.00 til kl. 20.00", "Kl. 18 til kl. 20")
# (a deck's venue line may name the meeting's form first: "Hybrid: Fylkeshuset i Bodø og
# Teams, kl. 10.00–13.30", "Fysisk møte: Rådhuset kl. 9")
_VENUE_THEN_TIME = lazy_regex(rf"^(?!(?i:fra|frå|kl|klokka|klokken)\b)"
                              r"(?:(?i:hybrid|hybridmøte|fysisk|fysisk\s+møte):\s*)?"
                              rf"(?P<place>[A-ZÆØÅ][^:;]{{2,60}}?),?\s+{_KL_HOURS}\.?$")
# A line of the time and the venue under the date; the venue may hold full stops.
_TIME_THEN_VENUE = lazy_regex(rf"^{_KL_HOURS},?\s+(?:i|på)\s+"
                              r"(?P<place>[\wæøåÆØÅ].{1,120}?)\s*\.?$", re.I)


def _titled_day(title: str | None) -> dates.DateMatch | None:
    """The whole date (with its year) in a title that names a meeting or its minutes."""
    if not title or len(title) > 80 or not _names_meeting(title):
        return None  # (a long "title" is a page run together: its dates are anyone's)
    return next((found for found in dates.find_dates(title) if found.year is not None), None)


def _ends_in_body(words: str) -> bool:
    """Whether words end in a body's noun ("i Regionrådet", "i styret for X" names who met,
    not where): "Møtet ble holdt 3. mars i Vestfjord regionråd" has no place."""
    last = words.split()[-1].casefold() if words.split() else ""
    return any(last.endswith((noun, definite)) for noun, definite in _BODY_NOUNS.items()) or \
        last in {"kommune", "kommunestyre"} or " for " in words


# The meeting's start named as such: "møtestart kl. 10.00", "Møtestart: 10".
_MEETING_START = lazy_regex(r"møtestart\s*:?\s*(?:kl\.?|klokka|klokken)?\s*"
                            r"(?P<time>\d{1,2}(?:[.:]\d{2})?)(?![\d.:]\d)", re.I)


def _stated_start(text: str, start: str | None) -> str | None:
    """The start a line names "møtestart", not the first time on it: in "Oppmøte kl. 09.30,
    møtestart kl. 10.00" people gather first and the meeting starts at ten."""
    if start is None or ("testart" not in text and "TESTART" not in text):
        return start
    stated = _MEETING_START.search(text)
    later = stated and dates.find_time_range(f"kl. {stated.group('time')}")[0]
    return later if later and later > start else start


def _weekday_slash_day(text: str) -> list[dates.DateMatch]:
    """The day "4/3" after its weekday, opening the line ("Onsdag 9/4 kl 0830-1000, X") or
    after the sentence's "Møtet ble holdt" ("Møtet ble holdt tirsdag 4/3 på Teams."):
    the weekday says the slash is a day and month; elsewhere "4/3" is left alone."""
    if "/" not in text:
        return []
    at = 0
    if text[:1] in "Mm" and (held := _MEETING_HELD_ON.match(text)):
        at = len(text) - len(text[held.end():].lstrip())
    found = dates.weekday_slash_date(text[at:])
    return [replace(found, start=found.start + at, end=found.end + at)] if found else []


def _past_hours(text: str, end: int) -> int:
    """Where the hours right after a day end ("9/4 kl 0830-1000, Rådhuset"), or ``end``
    when none follow: the place comes after them."""
    return hours.end() if (hours := _HOURS_AFTER.match(text, end)) else end


def _date_comma_venue(text: str, end: int) -> re.Match[str] | None:
    """The place after a line's day and a comma or dash: "4. mars 2024, Geilo", "tirsdag
    5. mars 2024 – Teams", "22. april 2026 kl. 10.00–15.00 | Namsos samfunnshus". The day
    comes first, so this is the meeting's day and place, not
    a letter's place and date ("Geilo, 4. mars 2024"), and never a document word."""
    if text[end:end + 1] not in (",", " ", "\t"):
        return None  # (a pipe or a tab too: "22. april 2026 kl. 10–15 | Namsos samfunnshus",
        # a slide's line of day and venue, split in two cells when read from its PDF)
    venue = _VENUE_AFTER_COMMA.match(text, end)
    if venue is None or _MINUTES_WORDS.search(venue.group("place")) or \
            venue.group("place").split(" ", 1)[0].casefold().endswith(("møte", "møtet")):
        return None  # (nor a meeting: "14. mars 2026 | Prosjektmøte X" is a note's day
        # and the meeting it is of, no place; "– Digitalt møte" still is one)
    place = venue.group("place")
    if "," in place and looks_like_name(place.partition(",")[0]):
        return None  # "Vestby, 14.03.2025, Kari Nes, referent": who signed, no room
    if text[end:end + 1] != "," and "," not in text[end:venue.start("place")] and \
            _first_name_first(place):
        return None  # (after a tab or a pipe, a row's next cell: "1.5. | Per Lunde" names
        # who is to do a task by then, no place)
    return venue


# The heading of a slide deck's or a gathering's list of what comes: an agenda's, or
# "Program".
_PROGRAM_TITLES = _AGENDA_TITLES | {"program", "programmet", "dagens program"}


def _slide_place_day(text: str) -> dict[str, str] | None:
    """The place of a title slide's line of a place and a day without a comma or hours
    (``_SLIDE_PLACE_DAY``), as {"place": …}, or None."""
    found = _SLIDE_PLACE_DAY.match(text)
    if found is None:
        return None
    return {"place": found["place"] or found["venue"]}


def _is_title_slide(lines: list[Line], head: Head) -> bool:
    """Whether the title and the line under it make a title slide: a title naming the
    event (no "Referat", "Innkalling": a document's own title makes a place-and-date line
    under it the letter's date), over an agenda's heading ("Program", "Agenda") within
    three lines, or in a slide deck."""
    title = head.title or ""
    if not title or _has_doc_word(fold(title)) or "innkall" in title.casefold() or \
            _SUMMONS_PREFIX.match(title):
        return False
    below = lines[head.title_line + 2:head.title_line + 5]
    return any(line.lowered.strip(" #:*") in _PROGRAM_TITLES for line in below) or \
        looks_like_slides(lines)


def _names_meeting(words: str) -> bool:
    """Whether words name a meeting or its minutes: a title, and the words before a comma
    and a date ("Referat Styremøte, 10.12.2013" is a title, not "Sandnes, 3. mai 2021")."""
    return "møte" in words.casefold() or bool(_MINUTES_WORDS.search(words))


def _names_body(words: str) -> bool:
    """Whether the words before a comma or dash and a date name a body of two words or
    more ("Faggruppe helse", "Nettverk for kulturskoler") or a group's one word
    ("Oppvekstnettverket"), where a letter's place has no
    body noun ("Sandnes", "Mo i Rana"; "Storvik rådhus" is a building)."""
    return (" " in words or words.endswith(_GROUP_WORD_ENDINGS)) and \
        bool(_BODY_STEMS.search(words)) and "rådhus" not in words.casefold()  # (or one
    # word of a group in the definite form: "Oppvekstnettverket, 19. november 2025 …")


# A body, then the day after a comma or a dash: "Nettverk for kulturskoler, 5. mars
# 2024, Storvik kulturhus", "Faggruppe helse – 5. mars 2024 – Teams"; or the town where
# it met between them: "Sogn regionråd, Leikanger, 3. mars 2025" (one name: "Mo i Rana",
# "Sør-Fron"; a person's two names are no town).
_BODY_THEN_DAY = lazy_regex(r"^(?P<body>[A-ZÆØÅ][^\W\d_]*(?:[ .-]+[^\W\d_]+){0,6})"
                            r"(?:,\s*(?P<town>[A-ZÆØÅ][^\W\d_]*(?:-[A-ZÆØÅ][^\W\d_]*)?"
                            r"(?:\s+i\s+[A-ZÆØÅ][^\W\d_]*)?))?"
                            r"(?:,|\s+[–—-])\s*(?:den\s+)?\d")
# The same with a weekday before the day and no town: "Møte i faggruppe for landbruk,
# onsdag 7. mai 2025" (a town before the weekday is a title's venue, read apart).
_BODY_THEN_WEEKDAY = lazy_regex(r"^(?P<body>[A-ZÆØÅ][^\W\d_]*(?:[ .-]+[^\W\d_]+){0,6})(?P<town>)"
                                rf"(?:,|\s+[–—-])\s*(?i:{_WEEKDAY})\s+(?:den\s+)?\d")


def _without_case_stage(named: str) -> str:
    """The body a case system's stage line names ("Vedtak i regionrådet - 12.09.2025",
    "Behandling i Hovedutvalg for teknikk - …", "Innstilling til formannskapet"): the body
    that dealt with the case that day, not the stage's words. (Only where the head names
    no body does such a line give it.)"""
    stage = _CASE_STAGE.match(named)
    return named[stage.end():] if stage and stage.end() < len(named) else named


# The stage of a case a protocol's line names before its body and day.
_CASE_STAGE = lazy_regex(r"(?:vedtak|behandling|handsaming|innstilling|tilråding)\s+"
                         r"(?:i|til|frå|fra|ved)\s+(?=\S)", re.I)


def _body_named_with_day(head: Head, named: str) -> None:
    """The body a header line names before its day ("Sogn regionråd, Leikanger, 3. mars
    2025") when the title does not name it (a bare "Referat"), or names the council by
    its short form ("Referat frå møte i regionrådet": the council it names, the
    cooperation itself and no parent of its own), or names only the gathering it held
    ("… fra seminar om tidlig innsats")."""
    if head.body is None:
        head.body, organization = body_and_organization(named)
        head.body = head.body or named
        head.organization = head.organization or organization
    elif head.body.casefold() == "regionrådet" and _council_letterhead(named):
        head.body, head.organization = named, None
    elif head.body.split(" ", 1)[0].casefold() in _GATHERING_WORDS and \
            (body := body_and_organization(named)[0]):
        head.body = body  # "Oppsummering fra seminar om tidlig innsats" over
        # "Oppvekstnettverket, 19. november 2025 …": the seminar is what the body held


# The venue after a body's day: "…, 5. mars 2024, Storvik kulturhus", "… – Teams".
# (a slide deck's title slide parts them with a middle dot: "21. mars 2024 · Teams")
# (a room after the house, behind a second comma: "13. mai 2025, Eid kulturhus, møterom 2")
_VENUE_AFTER_COMMA = lazy_regex(r"(?:,|\s+[–—·•|-]|\t)\s*(?P<place>[A-ZÆØÅ][^,.;:–—]{1,50}?"
                                r"(?:,\s*[\wæøåÆØÅ][^,.;:–—]{1,40}?)?)\s*$")


# The stamps that give the day a web post was published, the post's own date (not the
# day it was last edited).
_PUBLISHED = ("publisert", "publiseringsdato", "postet den", "posta den")
_PUBLISHED_BY_FIRST = by_first_letter(_PUBLISHED)  # (``_published_date``'s gate)


def _published_date(line: Line) -> dates.DateMatch | None:
    """The day a web post says it was published ("Publisert: 05.10.2024"): the date the
    document carries as its own, as a letterhead date is; only with its year."""
    if (stamps := _PUBLISHED_BY_FIRST.get(line.lowered[:1])) is None or \
            not line.lowered.startswith(stamps):
        return None
    text = line.body
    lowered = text.lower()
    edited = min((at for at in (lowered.find("sist endr"), lowered.find("oppdatert"))
                  if at > 0), default=-1)
    if edited > 0:
        text = text[:edited]  # "Publisert av Dal regionråd | Sist endret 02.06.2025": the
        # edit's day is no date of the document's own
    found = dates.find_dates(text)
    return found[0] if found and found[0].year is not None else None


def _published_at_end(lines: list[Line], head_limit: int) -> dates.DateMatch | None:
    """A publication stamp among the last lines, where web pages put it below the text."""
    for line in lines[max(head_limit, len(lines) - 6):]:
        if (found := _published_date(line)) is not None:
            return found
    return None


def signed_before_cases(lines: list[Line], after_list: int, first_case: int) -> str | None:
    """The day a summons is signed between its list of cases and the case papers
    ("Saksliste" … / "Storvik, 30. mai 2024" / "Kari Holm" / "Saksframlegg"): only the
    few lines right above the first case are looked at, as at a document's end."""
    found = _signed_date(lines[after_list:first_case], 0)
    return dates.iso(found.resolve(None)) if found else None


#: How many lines at the end may hold the place-and-date line: two signatures with their
#: titles and a copy list of a few lines stand under it.
_SIGNED_TAIL = 12
# The approval stamp with a full date alone at the end: "Godkjent: 18.02.2025", nynorsk
# "Godkjend: 3. mars 2025": the day these minutes were approved, their own date.
# (Not a sentence: "Referatet er godkjent av møteleder 20.03.2024." says when it was
# approved, not the day it is dated.)
_APPROVED_STAMP = lazy_regex(r"(?:godkjent|godkjend)\s*:\s*\d{1,2}\.\s*"
                             r"(?:\d{1,2}\.\s*\d{2,4}|[a-zæøå]+\s+\d{4})\s*$", re.I)


# The certification that opens a signing line: "Rett utskrift, Sogndal 8. september 2025",
# "Rett utskrift stadfesta: Voss, 3.4.2025" (the clerk's stamp before the place and date)
_TRUE_COPY = lazy_regex(r"rett\s+utskrift(?:\s+(?:bekreft|stadfest)(?:es|ast|et|a)?)?"
                        r"\s*[,:;–-]\s*", re.I)


def _without_true_copy(text: str) -> str:
    """A signing line without its "Rett utskrift," stamp: what follows is the place and
    date the minutes were signed, read as a place-and-date line on its own is. (A date
    right after the stamp, "Rett utskrift bekreftes, 19.11.2025", reads as it stands.)"""
    stamp = _TRUE_COPY.match(text)
    return text[stamp.end():] if stamp and text[stamp.end():stamp.end() + 1].isupper() else text


def signed_at_end(lines: list[Line], head_limit: int) -> str | None:
    """The ISO date a document is signed at its end ("Bråvik, 8. april 2026" over the
    writer), for a paper whose head stops at its case: a case paper dated where it is
    signed, whose case text the head does not read."""
    found = _signed_date(lines, head_limit)
    return dates.iso(found.resolve(None)) if found is not None else None


def _signed_date(lines: list[Line], head_limit: int) -> dates.DateMatch | None:
    """The date of a place-and-date line above the closing signature ("Austvik, 30.11.2023").

    Minutes and summonses are often dated where they are signed, at the very end; the
    signatures and a list of whom the minutes are sent to may stand under it.
    """
    for line in reversed(_last_lines(lines, head_limit, _SIGNED_TAIL)):
        text = line.body
        lowered = line.lowered
        if lowered[:1] == "r" and lowered.startswith("rett utskrift"):
            text = _without_true_copy(text)
        if line.is_table and (found_in_cell := _dated_signature_row(lines, line)) is not None:
            return found_in_cell  # "Referent | Dato" over "Kari Holm | 14.05.2025"
        if (starts := _SIGNER_BY_FIRST.get(lowered[:1])) is not None and \
                lowered.startswith(starts) and (
                signed := _SIGNED_BY.match(text) or _SIGNED_DAY_FIRST.match(text)) and \
                (found := dates.find_dates(signed["when"])) \
                and found[0].year is not None:
            return found[0]  # "Referent: Kari H., 13.08.23"
        if len(text) >= 50 or ((stamps := _WEB_STAMPS_BY_FIRST.get(lowered[:1])) is not None
                               and lowered.startswith(stamps)):
            continue  # (before the patterns below, which only count on short lines; and
            # "Publisert 8. januar 2025" is no place: see ``_published_at_end``)
        if line.lowered.startswith("godkj") and _APPROVED_STAMP.match(text) and \
                (found := dates.find_dates(text)):
            return found[0]  # "Godkjent: 18.02.2025", as "Godkjent dato:" (a stamp of no
            # real day, "Godkjent: 12.13.2025", is passed over as any other line)
        if ("dato" in line.lowered or "sendt" in line.lowered or "skrevet" in line.lowered or
                "skrive" in line.lowered) \
                and (label := match_label(line.text)) and label.field is Field.DOCUMENT_DATE:
            if label.label in _MAIL_SENT and _under_mail_sender(lines, line):
                continue  # a mail quoted under the minutes ("Fra: Jon" / "Sendt: 30. april")
            found = dates.find_dates(label.value)  # "Utskriftsdato: 19.03.2024" at the end
            if found and found[0].year is not None:
                return found[0]
            continue
        if (lowered[:1] == "s" and lowered.startswith(_SIGNING_PLACE_DATE)) or (
                line.lowered.startswith("dato") and (_over_signature(lines, line) or
                                                     _under_writer(lines, line))):
            # "Sted og dato: Bodø, 4.3.2025", or a lone "Dato: 4.3.2025" right above the
            # signature: where and when the minutes were signed, the document's own date
            found = dates.find_dates(text)
            if found and found[0].year is not None:
                return found[0]
            continue
        if text[:1].isdecimal() and _under_signed_title(lines, line):
            found = dates.find_dates(text)  # "Kari Holm" / "referent" / "7. mars 2025"
            if found and found[0].year is not None and found[0].start == 0 and \
                    found[0].end >= len(text.rstrip(". ")):
                return found[0]
        if text[:1].isdecimal() and line.lowered.endswith(WRITER_ENDINGS) and \
                SIGNED_WRITER.match(text):
            found = dates.find_dates(text)  # "14.03.2025, Kari Nes, referent": the day first
            if found and found[0].year is not None and found[0].start == 0:
                return found[0]
        if not (text[:1].isupper() and dates.has_digit(text)):
            continue  # (both patterns below need a capital first and a digit: most lines)
        if text[-1:] in "0123456789." and (writer := _WRITER_THEN_DAY.match(text)) and \
                _signing_writer(writer["writer"]):
            found = dates.find_dates(writer["when"])  # "Kari Holm, referent, 6. mars 2025"
            if found and found[0].year is not None:
                return found[0]
        if line.is_bullet:
            continue  # "* [Innkalling 30. august 2024](…)": a web page's list of links
        comma, space = _PLACE_DATE.match(text), _PLACE_SPACE.match(text)
        if (comma or space) and not _titled_running_line(text) and \
                not _under_next_heading(lines, line) and not _task_deadline(text) and \
                not (line.is_table and _in_route_table(lines, line)):
            found = dates.find_dates(text)
            if found and found[0].year is not None and (comma or (
                    found[0].start == space.end() - 1
                    and found[0].end >= len(text.rstrip(". ")))):
                return found[0]  # "Båsløkka 13. 3. 2014" also without the comma
    return None


def _dated_signature_row(lines: list[Line], line: Line) -> dates.DateMatch | None:
    """The full date in a closing signature table's "Dato" column: a row under a heading
    row of signature words only ("Referent | Dato", "Sted | Dato | Underskrift"), as a
    Word template signs the minutes in a table. A "Dato" column beside other headings (a
    task table's "Tiltak | Ansvar | Dato") dates no document."""
    at = line.index - (lines[0].index if lines else 0)  # (``lines`` may be a slice)
    if at <= 0 or at >= len(lines) or "dato" not in (above := lines[at - 1]).lowered:
        return None
    # (the heading row may have been read as a label and its value, "Referent: Dato")
    heads = [cell.strip().casefold().rstrip(":") for cell in above.cells] if above.is_table \
        else [part.strip() for part in _HEAD_ROW_SPLIT.split(above.lowered)]
    if len(heads) != len(line.cells):
        return None
    if not all(head in _SIGNATURE_HEADS for head in heads if head):
        return None
    if at >= 2 and lines[at - 2].lowered.startswith(PLAN_HEADING_OPENINGS):
        return None  # "Møteplan hausten 2026" over "Dato | Stad": the coming meetings' days
    for column, (head, cell) in enumerate(zip(heads, line.cells, strict=False)):
        if head in _DATE_HEADS and (found := dates.find_dates(cell)) and \
                found[0].year is not None:
            if at + 1 < len(lines) and (below := lines[at + 1]).is_table and \
                    len(below.cells) == len(line.cells) and dates.find_dates(below.cells[column]):
                return None  # a second dated row: a plan's days ("Dato | Stad"), no signing
            return found[0]
    return None


_HEAD_ROW_SPLIT = lazy_regex(r"\s*[:\t]\s*")
# The headings of a signature table's columns, and the ones among them that give its date.
_DATE_HEADS = frozenset({"dato", "sted og dato", "sted/dato", "stad og dato", "stad/dato"})
_SIGNATURE_HEADS = _DATE_HEADS | frozenset({
    "referent", "sekretær", "sekretar", "skrivar", "protokollfører", "møteleder", "møteleiar",
    "leder", "leiar", "styreleder", "styreleiar", "sted", "stad", "underskrift", "signatur",
    "sign", "sign.", "godkjent av", "godkjend av", "navn", "namn"})


def _in_route_table(lines: list[Line], line: Line) -> bool:
    """Whether a table row is a case's route through the bodies ("Saksgang" / "Utvalg |
    Møtedato | Saksnr" / "Kommunestyret | 13.11.2025"): a later meeting's day, not the
    place and date the minutes were signed. The table's head row is a few rows above."""
    for above in lines[max(0, line.index - 6):line.index]:
        if above.is_table and "møtedato" in above.lowered and "sak" in above.lowered:
            return True
    return False


# A deadline set for those summoned, not the meeting's own day or hours: "Svarfrist 5. mai
# kl. 12.00", "Påmelding innan 10. mars kl. 15", "Meld forfall seinast 3. mai". Its word
# begins what the line says about the deadline (what stands before it still counts).
# ("innen" and "seinast" only before a day or an hour: "faggruppe innen helse" is a name)
_DEADLINE_WORD = lazy_regex(r"(?<![\w-])(?:[\wæøå]*frist(?:en)?|påmelding(?:a|en)?|"
                            r"(?:meld\w*\s+(?:\w+\s+)?)?(?:innen|innan|seinast|senest)"
                            r"(?=\s+(?:\d|kl|den\b|[a-zæøå]+dag\b)))(?![\wæøå])", re.I)


def _may_name_deadline(lowered: str) -> bool:
    """A cheap test for ``_before_deadline``: one of its words in the lower-cased line."""
    return "frist" in lowered or "påmeld" in lowered or "innen" in lowered or \
        "innan" in lowered or "seinast" in lowered or "senest" in lowered


def _before_deadline(text: str) -> str:
    """The line up to a deadline's word: "Påmelding innan 10. mars kl. 15" says nothing
    of the meeting, "Møte 12. mai kl. 10, svarfrist 5. mai" only before the comma."""
    found = _DEADLINE_WORD.search(text)
    return text if found is None else text[:found.start()].rstrip(" ,;–-")


# The deadline for the members' answers in a meeting held by e-mail ("Svarfrist: 13.
# februar 2026 kl. 12.00", "Frist for svar: 4. mars 2026", "Frist for tilbakemelding …",
# "Svar innen 14. mars", "Tilbakemeldingsfrist:", and a bare "Frist:" in such a head).
_ANSWER_DEADLINE = lazy_regex(r"\s*(?:(?:svar|tilbakemeldings)frist(?:en)?|"
                              r"frist(?:en)?(?:\s+for\s+(?:å\s+svare|svar|tilbakemelding))?|"
                              r"svar\s+(?:innen|innan|senest|seinast))(?![\wæøå])", re.I)
# A title that names a meeting held by e-mail: "E-postmøte i styret", "Styrebehandling
# per e-post", "Protokoll fra e-postmøte i representantskapet".
_E_MAIL_TITLE = lazy_regex(r"(?<![\wæøå])e-?post(?:møte|behandling)?(?![\wæøå])", re.I)
# A title that names a matter decided in writing, outside a meeting: "Protokoll fra
# skriftlig styrebehandling", "Skriftleg handsaming i styret", "Sirkulasjonsvedtak".
_WRITTEN_TITLE = lazy_regex(r"skriftle?i?g\s+(?:styre)?(?:behandling|handsaming)|"
                            r"sirkulasjonsvedtak", re.I)
# The deadline said inside a sentence: "… sendt styret 10. mars med svarfrist fredag 14.
# mars kl. 12.00." (the day right after the word, a weekday allowed between).
_DEADLINE_IN_SENTENCE = lazy_regex(r"(?<![\wæøå])(?:svarfrist(?:en)?|frist\s+for\s+svar)"
                                   r"(?:\s+(?:var|er|vart|blei|ble))?[\s:]+", re.I)


def _held_by_email(title: str | None, places: list[str]) -> bool:
    """Whether the meeting was held by e-mail: its title names one ("E-postmøte i styret"),
    or its form does ("Møteform: E-postmøte", "Sted: Per e-post"), a head with no meeting
    date line either way."""
    if title and "post" in title.casefold() and _E_MAIL_TITLE.search(title):
        return True
    if title and ("skrift" in title.casefold() or "sirkul" in title.casefold()) and \
            _WRITTEN_TITLE.search(title):
        return True  # "Protokoll fra skriftlig styrebehandling": decided by answering
    return any(_BY_EMAIL.fullmatch(place.strip(" .")) for place in places)


def _answer_deadline(lines: list[Line]) -> dates.DateMatch | None:
    """The day an e-mail meeting's answers were due: its members decide by answering, so
    the deadline is the day the decisions were made (the day the papers were sent is not;
    the deadline's hour is no start time)."""
    for line in lines:
        if ("frist" in line.lowered or "svar" in line.lowered) and \
                (label := _ANSWER_DEADLINE.match(line.body)):
            found = dates.find_dates(line.body[label.end():])
            if found:
                return found[0]
    for line in lines:  # "… på e-post 10. mars 2026 med svarfrist fredag 14. mars."
        if "frist" in line.lowered and (label := _DEADLINE_IN_SENTENCE.search(line.body)):
            rest = line.body[label.end():]
            found = dates.find_dates(rest)
            if found and found[0].start <= 9:  # the day right after ("fredag 14. mars")
                return found[0]
    return None


def _task_deadline(text: str) -> bool:
    """Whether a line that reads as a place and a date names a task's deadline instead:
    "Frist 1. april 2026", "Innen 15.03.2026" (a table row's label cell and its value,
    a follow-up table's words for "when"), which dates the task, not the minutes."""
    word = text.split(None, 1)[0].rstrip(",:").casefold()
    return TASK_COLUMN_WORDS.get(word) == "when"


# A heading for the next meeting with its day on the lines under it: "(3.) Neste møte",
# "Neste styremøte:", nynorsk "Neste møte vert:", "Nytt møte", "Kommende møte".
_NEXT_HEADING = ("neste ", "nytt møte", "nytt mote", "kommende møte", "komande møte")


def _under_next_heading(lines: list[Line], line: Line) -> bool:
    """Whether a place-and-date line stands right under a short "Neste møte" heading
    ("Neste møte" / "Tromsø, 12. juni 2026"): the next meeting's place and day, written as
    a signing line is, not the day these minutes are dated."""
    index = line.index
    if not 0 < index < len(lines) or lines[index] is not line:
        return False
    # (an item's number before it: "3. Neste møte")
    raw = lines[index - 1].lowered.strip(" *#_")
    above = raw.strip(":.").lstrip("0123456789.) ")
    if len(above) > 40 or not above.startswith(_NEXT_HEADING) or dates.has_digit(above):
        return False
    if raw[-1:] == "." and above.count(" ") >= 3:
        return False  # "Neste møte vert i juni, dato kjem.": a sentence that says all it
        # knows of the next meeting, no heading over its day (the line under it is signed)
    # (with the signing name right under it, no blank line between, it is where and when
    # the minutes were signed, the next meeting's day not set: "Neste møte" / "Sørvik,
    # 5. mars 2026" / "Kari Holm", as the next meeting's reader takes it)
    under = lines[index + 1] if index + 1 < len(lines) else None
    return under is None or under.gap or not signs_alone(under.body)


def _titled_running_line(text: str) -> bool:
    """Whether a "Word Word date" line opens with a document word ("Møteprotokoll
    Formannskapet 03.02.2026", "Referat styremøte 12.03.2024"): a case system's running
    page header or footer naming the minutes and the meeting's day, not the place where
    they were signed ("Vestby, 7. mars 2025"); no place is called "Protokoll"."""
    return _has_doc_word(fold(text.split(None, 1)[0]))


_MAIL_SENT = frozenset({"sendt", "sent"})
# The writer's signature, then the day it was written: "Kari Holm, referent, 6. mars 2025",
# "Kari Holm (referent), 07.03.2025", "Kari Holm (ref.) 7. mars 2025".
_WRITER_THEN_DAY = lazy_regex(r"(?P<writer>[A-ZÆØÅ][^\d]{3,60}?[\w.)])\s*[,–—-]?\s*"
                              r"(?P<when>\d{1,2}\.\s*(?:\d{1,2}\.\s*\d{2,4}|"
                              rf"{_MONTH}\s+\d{{4}}))\.?$", re.I)
# The place a writer signed in, between the signature and the day: "Kari Nes, referent,
# Vestby" (before "14.03.2025").
_WRITER_THEN_PLACE = lazy_regex(r"^(?P<writer>.+?)\s*[,–—-]\s*[A-ZÆØÅ][\w-]+"
                                r"(?:\s+i\s+[A-ZÆØÅ][\w-]+)?,?$")


def _signing_writer(words: str) -> bool:
    """Whether the words before a closing line's day are a writer's signature ("Kari Holm,
    referent"), maybe with the place it was signed after it ("Kari Nes, referent,
    Vestby")."""
    if SIGNED_WRITER.match(words):
        return True
    placed = _WRITER_THEN_PLACE.match(words)
    return placed is not None and SIGNED_WRITER.match(placed["writer"]) is not None


# The signing formula's labels at a document's end: the place and day it was signed.
_SIGNING_PLACE_DATE = ("sted og dato", "stad og dato", "sted/dato", "stad/dato", "sted, dato",
                       "stad, dato", "sted / dato", "stad / dato")
# A signature line: a person's name alone, or one with a signer's title after a comma.
_SIGNER_NAME = lazy_regex(r"[A-ZÆØÅ][\w.-]+(?:\s+[A-ZÆØÅ][\w.-]+){1,3}(?:\s*[,(–-]\s*[\w ()]+)?")


def _over_signature(lines: list[Line], line: Line) -> bool:
    """Whether a "Dato:" line stands right above the closing signature: only a name or two
    and their titles under it (no label, no time), and no "neste møte" just above it (the
    next meeting's day is given the same way, with its time and place under it)."""
    index = line.index
    if index >= len(lines) or lines[index] is not line or (label := match_label(line.text)) \
            is None or label.field is not Field.DATE:
        return False
    below = lines[index + 1:]
    if not 1 <= len(below) <= 4 or any("neste" in above.lowered or "nytt møte" in above.lowered
                                       for above in lines[max(0, index - 5):index]):
        return False
    named = False
    for under in below:
        if under.lowered.strip(" .,()") in SIGNER_ROLES or _signature_furniture(under):
            continue
        if dates.DIGIT.search(under.body) or not _SIGNER_NAME.fullmatch(under.body):
            return False
        named = True
    return named


def _under_writer(lines: list[Line], line: Line) -> bool:
    """Whether a "Dato:" line ends the document right under the writer's line ("Referent:
    Kari Holm" / "Dato: 6. mars 2025"), or under the writer's title or a sign-off and the
    name on lines of their own ("Referent" / "Kari Holm" / "Dato: 12.03.2025", "Med
    hilsen" / "Kari Holm" / "Dato: …"): the day the minutes were written, as a "Dato:"
    over the signature is. Only the last line, so no next meeting's day under a
    signature."""
    index = line.index
    if not (0 < index == len(lines) - 1 and lines[index] is line):
        return False
    if lines[index - 1].lowered.startswith(_WRITER_STARTS):
        return True
    return index > 1 and _SIGNER_NAME.fullmatch(lines[index - 1].body.strip()) is not None \
        and (_writer_title(lines[index - 2].lowered) or
             lines[index - 2].lowered.startswith(_SIGN_OFF))


def _under_signed_title(lines: list[Line], line: Line) -> bool:
    """Whether a lone day ends the document under the writer's name and title on lines of
    their own ("Kari Holm" / "referent" / "7. mars 2025"): the day the minutes were
    written, as in the one-line "Kari Holm, referent, 7. mars 2025"."""
    index = line.index
    if not (1 < index == len(lines) - 1 and lines[index] is line):
        return False
    return _writer_title(lines[index - 1].lowered) and \
        _SIGNER_NAME.fullmatch(lines[index - 2].body.strip()) is not None


# A letter's sign-off over the signing name: "Med vennlig hilsen", "Mvh", nynorsk "Med
# venleg helsing".
_SIGN_OFF = ("med vennlig hilsen", "med venleg helsing", "med hilsen", "med helsing",
             "vennlig hilsen", "venleg helsing", "hilsen", "helsing", "mvh")


def _writer_title(lowered: str) -> bool:
    """Whether a line is the writer's title alone, on a line of its own ("referent",
    "Referent:", "(sekretær)")."""
    title = lowered.strip(" .,():")
    return title.startswith(_WRITER_STARTS) and len(title) < 20


# The writer's title on the line under the signing name: the signers' vocabulary.
_WRITER_STARTS = (*WRITER_WORDS, "ref.")


def _under_mail_sender(lines: list[Line], line: Line) -> bool:
    """Whether ``line`` stands right under a mail's "Fra:" / "From:" line: part of a
    quoted message's header, whose day is that message's, not the minutes'."""
    index = line.index
    return 0 < index < len(lines) and lines[index] is line and \
        lines[index - 1].lowered.startswith(("fra:", "from:"))


def _last_lines(lines: list[Line], head_limit: int, count: int) -> list[Line]:
    """The last ``count`` lines after ``head_limit``, not counting the furniture of a
    signature block ("styremedlem", "sign."): a board signs with every member, each name
    over its title and mark, and the place and date stand above them all."""
    kept, index = 0, len(lines)
    while index > head_limit and kept < count:
        index -= 1
        if not _signature_furniture(lines[index]):
            kept += 1
    return lines[index:]


# The marks and titles under the names of a signature block ("sign.", "styreleder").
_SIGNATURE_FURNITURE = frozenset(SIGNER_ROLES) | {"sign", "signert", "sgn", "ansattrepresentant"}


def _signature_furniture(line: Line) -> bool:
    """A line of signature titles or marks alone, in columns ("styreleiar    sign.")."""
    lowered = line.lowered
    if len(lowered) > 80 or not ("sign" in lowered or "le" in lowered or "medlem" in lowered
                                 or "ord" in lowered or "ref" in lowered):
        return False
    # (each word of such a line is a word of a title or mark: a sentence leaves at its
    # first word, before the columns are split)
    for word in lowered.replace(":", " ").split():
        word = word.strip("(). _")
        if word and word not in _FURNITURE_WORDS:
            return False
    return all(cell.strip("(). _") in _SIGNATURE_FURNITURE
               for cell in _COLUMN_GAP.split(lowered.strip()))


# The words of the titles and marks, as ``_signature_furniture`` cuts a line into words: a
# column's cell between gaps (a colon, a tab, two spaces) holds its title's words, and
# only the cell's first and last word may carry the brackets, stops or underscores that
# the cell's test strips off, which the word's test strips too.
_FURNITURE_WORDS = frozenset(word.strip("(). _") for entry in _SIGNATURE_FURNITURE
                             for word in entry.replace(":", " ").split())


# (written as "\s{2,}|\t|:\s*" with its first character taken first: a pattern led by a
# character class lets ``re`` skip to spaces and colons in a tight loop)
_COLUMN_GAP = re.compile(r"[\s:](?:(?<=\s)\s+|(?<=\t)|(?<=:)\s*)")


# The minute-taker's signature with the day it was written: "Referent: Kari H., 13.08.23".
# Also without the comma ("Referent: Kari Holm 14.3.2024") and "Referat ført av Kari Holm …";
# _SIGNER_STARTS are its first letters (tested first: the pattern's start is slow to fail).
_SIGNER_STARTS = ("ref", "sekr", "skriv", "ført", "skrev",
                  *sorted({spelling.split()[0] for spelling in WRITER_LABELS_AV}))
_SIGNER_BY_FIRST = by_first_letter(_SIGNER_STARTS)  # (``_signed_date``'s gate, s70g)
_SIGNED_BY = re.compile(r"(?:referent|ref\.|sekretær|skrivar|skriver|referat(?=\s*:)|"
                        # ("Referatet er skrive av Kari Holm 7. mars 2025.")
                        r"(?:referat(?:et)?\s+(?:er\s+|vart\s+|ble\s+)?)?(?:ført|skrevet|skrive)"
                        r"\s+av|"
                        # the writer's labels in "av" (``WRITER_LABELS_AV``): "Oppsummert av
                        # Kari Holm, 9. juni 2026", "Protokollført av Kari Holm 6.6.2026"
                        + "|".join(spelling.replace(" ", r"\s+") for spelling in
                                   sorted(WRITER_LABELS_AV, key=len, reverse=True)) +
                        r")\s*:?\s*"
                        r"[A-ZÆØÅ][^,\d]{1,40}?(?:,|\s)"
                        # whom she writes for, or her job, between the name and the day:
                        # "Referent: Kari Holm, Nordby kommune, 9.6.2026"
                        r"(?:\s*[^,\d()]{2,60},)?"
                        # (the day also in brackets: "Referent: Ola Dahl (15.3.25)")
                        r"\s*(?P<paren>\()?(?P<when>\d{1,2}\.\s?(?:\d{1,2}\.\s?(?:\d{4}|\d{2})|"
                        # the month in words: "Skrevet av Kari Holm 6. mars 2025"
                        rf"{_MONTH}\s+\d{{4}}))"
                        r"(?(paren)\))\.?$", re.I)
# The same with the day before the name: "Ref. 6.3.26 Kari Holm", "Referent: 6.3.2026, Eli Vik".
_SIGNED_DAY_FIRST = lazy_regex(r"(?:referent|ref\.|referat|sekretær|skrivar|skriver)\s*:?\s*"
                               r"(?P<when>\d{1,2}\.\s?\d{1,2}\.\s?(?:\d{4}|\d{2}))\s*[,–-]?\s*"
                               r"(?-i:[A-ZÆØÅ][\w-]+(?:\s+[A-ZÆØÅ][\w.-]*){1,3})$", re.I)
# A place and a date at the end without a comma: "Båsløkka 13. 3. 2014".
_PLACE_SPACE = re.compile(r"^(?!(?i:sak|saka|saken|møte|møtet)\b)[A-ZÆØÅ][\w-]+"
                          r"(?:\s[A-ZÆØÅ][\w-]+)?\s+(?:den\s+)?\d")  # "Vestby den 7. mars 2025"


# An end given in words after the start's dash or "til": "– lunsj", "–slutt", "– ca.
# middag", "til lunsj".
_WORDED_END = lazy_regex(r"\s*(?:[-–]|\stil\s)\s*(?:ca\.?\s*)?[^\W\d_][^\d]*$")


def labelled_hours(value: str) -> tuple[str | None, str | None]:
    """"10-14", "9-11.30", "0900-1200" or "09.00" after a "Tid:" label (the label says
    they are times); "09.00 –" with its end left blank is the start alone."""
    match = _HOURS.match(value.strip(" .").rstrip(" -–"))
    if not match and ("-" in value or "–" in value or " til " in value):
        # "Tid: 09.00–lunsj", "10.00 – slutt", "10.00 til lunsj": an end in words is no
        # time, the start stands
        match = _HOURS.match(_WORDED_END.sub("", value.strip(" .")))
    if not match:
        return None, None
    if match.group("alone") or match.group("from"):  # "Tid: 09.00", "Tid: fra 12.30"
        return _clock(match.group("alone") or match.group("from")), None
    start, end = _clock(match.group("start")), _clock(match.group("end"))
    if start is None or end is None or not start < end:
        return None, None
    return start, end


def _labelled_end(value: str, start: str) -> str | None:
    """The end an end label of its own gives ("Til kl.: 12:30" under "Fra kl.: 10:00",
    "Møteslutt: 14.30"): a clock time after the start, else none."""
    end = labelled_hours(value)[0]
    return end if end and end > start else None


def _whole_hour_end(value: str, start: str) -> str | None:
    """The end of "frå 09:30 til 15" after a time label: a bare hour after "til" is no
    clock time on its own, but after the label's start it is the meeting's end."""
    hours_start, end = labelled_hours(value)
    return end if hours_start == start else None


def _clock(digits: str) -> str | None:
    """"9" → "09:00", "0930" and "9.30" → "09:30"; None when it is no time of day."""
    if "." in digits or ":" in digits:
        hours, minutes = re.split(r"[.:]", digits)
    else:
        hours, minutes = (digits, "00") if len(digits) <= 2 else (digits[:2], digits[2:])
    if int(hours) > 24 or int(minutes) > 59:
        return None
    return f"{int(hours):02d}:{minutes}"


def _place_after_time(value: str) -> str | None:
    """A place a "Tid:" or "Dato:" value names after the day and hours, after a comma or
    "på"/"i" ("2.10.2024, kl. 09.00–11.00, Teams", "3.3.2024 kl. 10 på Lunde rådhus");
    not a remark ("(uke 36)", "ca. 12.00", "lunsj fra 11.30"). A channel in brackets
    at the end is the place too: "12.03.2025 09:00–11:30 (Teams)"."""
    if value[-1:] == ")" and (channel := _CHANNEL_IN_BRACKETS.search(value)):
        return channel.group("channel")
    if "," not in value and " på " not in value and " i " not in value:
        return None
    place = _place_from(value, False)
    if place and _ROOM_FIRST.match(place):
        return place  # "kl. 10 på rådhuset", "kl 12, møterommet i 2. etg."
    if place and place[:1].islower() and ", " in place and \
            (room := place.partition(", "))[0].endswith(("møterom", "lokaler", "kantine")) \
            and room[2][:1].isupper() and not dates.DIGIT.search(place):
        return place  # "kl. 14.00–15.45, legevaktens møterom, Dalby helsehus": a room
        # named by whose it is, then the building
    if not place or not (place[:1].isupper() or _DIGITAL.fullmatch(place)) or \
            (dates.DIGIT.search(place) and dates.DIGIT.search(_FLOOR.sub("", place))) or \
            "møte" in place.casefold().replace("møterom", ""):
        return None  # (a floor is the place's: "Rådhuset, 2. etasje", "Rådhuset 2. etg.";
        # so is a meeting room: "Rådhuset, møterom Fjøra")
    return place


# A floor after a building: its number is no remark ("(uke 36)") left in the place.
_FLOOR = lazy_regex(r"\b\d{1,2}\.\s*(?:etg\b\.?|etasje\b|etasjen\b|etage\b)", re.I)


# A channel alone in brackets ending a "Tid:" value, after the hours.
_CHANNEL_IN_BRACKETS = lazy_regex(rf"\d\s*\((?P<channel>{_CHANNELS}|digitalt(?:\s+møte)?|"
                                  r"videomøte|telefonmøte|nettmøte)\)$", re.I)
# A room or building in lower case first in what is left ("rådhuset i Nordby"): a place.
_ROOM_FIRST = lazy_regex(rf"{ROOM_IN_LOWER_CASE}(?![\wæøå])")


def _place_from(value: str, labelled_place: bool) -> str | None:
    """The place in a "Sted:" or "Tid og sted:" value: what is left after date and time."""
    if "(" in value and (remark := _PLACE_REMARK.search(value)) and \
            not _lists_places(remark.group()):
        value = value[:remark.start()]  # "… møterom Hove (OBS! Befaring av …)": a remark
    if labelled_place:
        value = _TRAILING_KL.sub("", value)  # "Krona, Romsdalsmuseet, kl. 19.00"
        value = _TRAILING_TIME_LABEL.sub("", value)  # "Hos Fredrik møtetid kl 19.30 – 21.30"
        return _place_alone(_without_edge_stops(value)) or None
    text = value
    if "(" in text:  # "kl. 10.00 (lunsj kl. 12), Rådhuset": the break is no place, nor
        text = _without_asides(text)[0]  # "(møtet slutta 19.40)"
    found_dates = dates.find_dates(text)
    if not found_dates and (slashed := dates.labelled_slash_date(text)):
        found_dates = [slashed]  # "Tid og sted: Tirsdag 4/3 fra kl. 10, Rådhuset"
    for found in reversed(found_dates):
        before = text[:found.start]
        if found.weekday is not None:  # "Rådhuset, ons. 4.3.26": the day's weekday too
            before = _WEEKDAY_LAST_WORD.sub("", before)
        after = text[found.end:]
        if after[:1] == "/":  # "12.03/10.00, Rådhuset": the slash joins the day to the hour
            after = after[1:]  # (a range after it goes with the other ranges below)
            after = after[hour.end():] if (hour := _LONE_HOUR.match(after)) else after
        text = before + " " + after
    text = _KL_TIME_SPAN.sub(" ", text)
    text = _TIME_SPAN.sub(" ", text)
    text = _WEEKDAY_WORD.sub(" ", text)
    if " og " in text:  # "kl. 09.00–11.30 og 12.30–15.00, Rådhuset": the "og" between
        text = _LONE_AND.sub(" ", text)
    text = _EDGE_PUNCTUATION.sub("", _SPACE_RUN.sub(" ", text))
    if text and text[-1] in _ABBREVIATION_LAST and _ABBREVIATED_END.search(text + ".") and \
            value.rstrip(" ,;").endswith("."):
        text += "."  # "Rådhuset, 2. etg.": the stop is the abbreviation's, and only when
        # written ("Rådhuset 2. etg" at the line's end stays as written)
    text = _IN_OR_AT.sub("", text)
    return text or None


# One hour alone, no range: "10.00" in "12.03/10.00, Rådhuset".
_LONE_HOUR = lazy_regex(r"\s?\d{1,2}[.:]\d{2}(?!\d|\s*(?:[-–]|til\s)\s*\d)")


# The weekday, also shortened, right before a day ("ons. ", "tirsdag den "): taken out of a
# place with the day.
_WEEKDAY_LAST_WORD = lazy_regex(r"\b[^\W\d_]+\.?\s*(?:den\s+)?$")


# Abbreviations a place may end in, whose stop is part of the place: "2. etg.", "avd.",
# "Storgt.", "Kirkevn.", "Torvpl.", an office's "komm. adm.", "sekr.".
_ABBREVIATED_END = lazy_regex(r"(?:\b(?:etg|avd|bygn|adm|komm|sekr)|[a-zæøå]gt|[a-zæøå]vn|"
                              r"[a-zæøå]pl)\.$", re.I)
# The last letters of those abbreviations: a cheap test before the pattern.
_ABBREVIATION_LAST = frozenset("gtdnvlmr")


def _without_edge_stops(value: str) -> str:
    """A labelled place without spaces, commas and stops at its edges, but with the stop of
    an abbreviation it ends in ("Sted: Rådhuset, 2. etg." keeps "etg."). A dash first is a
    bullet or a filler typed after the label ("Sted: -Kantina", "Sted: – Rådhuset"), no
    part of the name; a dash alone names no place."""
    place = value.strip(" .,")
    if place[:1] in _DASHES:
        place = place.lstrip("-–— ")
    if place and place[-1] in _ABBREVIATION_LAST and _ABBREVIATED_END.search(value.rstrip(" ,")):
        return place + "."
    return place


# A place value that only points to another text: "Se innkalling", "Jf. invitasjon",
# "Som i innkallingen", "Se kalenderinvitasjon".
_POINTS_ELSEWHERE = lazy_regex(r"(?:se|jf\.?|jfr\.?|iht\.?|ihht\.?|i\s+henhold\s+til|"
                               r"som\s+(?:i|angitt\s+i|oppgitt\s+i))\s+(?:\w*innkalling\w*|"
                               r"\w*invitasjon\w*|vedlegg\w*|e-post\w*|"
                               r"over|ovenfor|nedenfor)\W*$", re.I)


# A pointer to the summons after the place: ", se innkalling", " – lenke i innkallingen",
# " (se lenke i innkalling)", " (lenke sendt i innkallinga)", " (lenke sendes ut med …)".
_POINTER_TAIL = lazy_regex(r"\s*(?:[,–—-]|\()\s*(?:(?:se|jf\.?)\s+)?(?:(?:lenke|link)"
                           r"(?:\s+(?:er\s+)?(?:sendt|sendes|send)(?:\s+ut)?)?\s+"
                           r"(?:i|på|med)\s+)?\w*(?:innkalling|invitasjon)\w*\s*\)?\.?$", re.I)


def _place_alone(place: str) -> str:
    """A labelled place without what a page run together put after it: a sentence
    ("… Møllergata 24 Planen var at …") or a heading in capitals ("… Mosjøen DELTAKAR
    FUNKSJ …"); a long value only. A leading "På" goes ("På Biblioteket, Helleland"), and
    so does the middle dot or bar a title slide put before the hours it parted ("Dalen,
    Tokke · kl. 10.00–14.30")."""
    place = _AT_FIRST.sub("", place).rstrip(" ·|")
    if len(place) <= 60:
        return place
    cut = _PLACE_RUNS_ON.search(place, 3)
    return place[:cut.start()].rstrip(" .,") if cut else place


_AT_FIRST = lazy_regex(r"^(?:På|I)\s+(?=[A-ZÆØÅ])")
# The end of a labelled place's sentence, before another one: after a time or a word of
# three letters or more ("Silda skule kl 13.00. I et strålende vær …"; not "St. Olav", nor
# a department's or a floor's abbreviation: "Sykehuset, avd. Mo i Rana", "2. etg. Mot …").
_PLACE_SENTENCE_END = lazy_regex(r"(?:(?<=\d)|(?<=[a-zæøå]{3})(?<!\bavd)(?<!\betg)(?<!\badm))"
                                 r"\.\s+(?=[A-ZÆØÅ][a-zæøå]*\s+"
                                 r"[a-zæøå])")
_TRAILING_TIME_LABEL = lazy_regex(r"(?<![\s,])[\s,]+(?:møtetid|tid|tidspunkt|klokkeslett)"
                                  r"\s*:?\s*$", re.I)
# The hours after a labelled place: "Stad: Krona, Romsdalsmuseet, kl. 19.00".
_TRAILING_KL = lazy_regex(rf"(?<![\s,])[\s,]+{_KL_HOURS}\s*$", re.I)  # (see _TRAILING_DATE)
# Where a place runs on: a capitalised word and a finite verb, or a word in capitals.
_PLACE_RUNS_ON = lazy_regex(r"\s(?:[A-ZÆØÅ][a-zæøå]+\s+(?:var|er|ble|blir|har|skal|vil|kan)\b|"
                            r"[A-ZÆØÅ]{4,}\b)")
# A remark in brackets after a place: a warning, or a sentence of its own, or who hosts
# the meeting ("Teams (vertskommune: Sola)", "(vert: Region Värmland)": the host, no place).
# (its words inside the brackets: a closed "(tirs.)" before the hours and the place is none)
_PLACE_REMARK = lazy_regex(r"\s*\((?:[^()]*!|(?:[^\s()]+\s+){5,}|(?i:vert)\w*\s*:)"
                           r"[^()]*\)?\s*$")


def _lists_places(bracket: str) -> bool:
    """Whether a bracket after a place lists the towns a digital meeting joined ("Teams
    (Vardø, Kirkenes og Unjárga / Nesseby)"): names and their joins only, part of the
    place however many, where a remark has words in small letters."""
    words = bracket.strip(" ()").replace(",", " ").split()
    return "," in bracket and all(word[:1].isupper() or word in _PLACE_JOINS for word in words)


_PLACE_JOINS = frozenset({"og", "/", "-", "–"})


# A break in brackets beside the hours: "(lunsj kl. 12)", "(pause 11.30–12.00)".
def _without_asides(value: str) -> tuple[str, str | None]:
    """A time value without its bracketed asides, and the end one of them reports.

    A break's hours are no start or end ("kl. 10.00 – (lunsj 12–12.30) – 15.00" reads as
    10–15, its two dashes one), and "(møtet slutta 19.40)" / "(møtet ble hevet kl. 15.10)"
    is when the meeting did end, which the record holds rather than the planned end.
    """
    closed = _CLOSED_ASIDE.search(value)
    if closed is not None:
        value = value[:closed.start()] + " " + value[closed.end():]
    if (started := _STARTED_ASIDE.search(value)) is not None:
        value = value[:started.start()] + " " + value[started.end():]  # see _started_at
    value = _DOUBLED_DASH.sub(r"\1", _BREAK_ASIDE.sub(" ", value)).strip()
    if "(" in value and ("t" in value or "min" in value):
        value = _DURATION_ASIDE.sub(" ", value).strip()  # "kl. 10.00 (varighet 2 timer)"
    if closed is None:
        return value, None
    return value, dates.find_time_range(f"kl. {closed.group('time')}")[0]


# A remark on when the meeting closed: "(møtet slutta 19.40)", "(hevet kl. 15.10)".
_CLOSED_ASIDE = lazy_regex(r"\(\s*(?:møtet\s+)?(?:ble\s+|vart\s+|blei\s+)?(?:hevet|heva|heve|"
                           r"slutta|sluttet|slutt|avsluttet|avslutta|ferdig)\s+(?:ca\.?\s*)?"
                           r"(?:kl\.?\s*|klokka\s+)?(?P<time>\d{1,2}(?:[.:]\d{2})?)\s*\)", re.I)
# A remark on when the meeting did start: "(møtet startet 12.15)", "(møtet tok til kl. 10.10)",
# nynorsk "(møtet starta 18.10)", "(oppstart kl. 9.15)".
_STARTED_ASIDE = lazy_regex(r"\(\s*(?:møtet\s+)?(?:ble\s+|vart\s+|blei\s+)?(?:startet|starta|"
                            r"start|oppstart|begynte|byrja|satt|tok\s+til)\s+(?:ca\.?\s*)?"
                            r"(?:kl\.?\s*|klokka\s+)?(?P<time>\d{1,2}(?:[.:]\d{2})?)\s*\)", re.I)


def _started_at(value: str, planned: str | None, end: str | None) -> str | None:
    """The start a time value's aside reports, "Tid: 12:00–15:00 (møtet startet 12.15)":
    when the meeting did start, which the record holds rather than the planned start (as
    an aside's "(møtet ble hevet kl. 15.10)" gives the end). Only one before the end."""
    started = _STARTED_ASIDE.search(value) if planned and "(" in value else None
    if started is None:
        return planned
    actual = dates.find_time_range(f"kl. {started.group('time')}")[0]
    return actual if actual and (end is None or actual < end) else planned


# How long the meeting was to last, in brackets after its start: "(varighet 2 timer)",
# "(ca. 1,5 t)", "(90 min.)": neither a time of the day nor a place.
_DURATION_ASIDE = lazy_regex(r"\(\s*(?:(?:varighet|varigheit|lengde)\s*:?\s*)?(?:ca\.?\s*)?"
                             r"\d{1,3}(?:[.,]\d{1,2})?\s*(?:timer|time|t|minutter|min)\.?\s*\)",
                             re.I)
# Two dashes left where a break stood between them: "10.00 – (lunsj) – 15.00".
_DOUBLED_DASH = lazy_regex(r"([-–])\s*[-–]")
_BREAK_ASIDE = lazy_regex(r"\((?:[^()]*\b)?(?:lunsj|lunch|pause|middag|kaffe|servering|"
                          r"bevertning)\b[^()]*\)", re.I)
# What _place_from removes from a "Tid og sted:" value to leave the place.
# ("fra kl. 10" too, and a range's end after "til": "kl 09:00 til ca. 15:30")
_KL_TIME_SPAN = lazy_regex(rf"\b(?:(?:fra|frå)\s+)?{_KL_HOURS}(?:\s+til\s+(?:{dates.ABOUT})?"
                           rf"(?:kl\.?\s*)?\d{{1,2}}(?:[.:]\d{{2}})?\b|{_END_NAMED})?", re.I)
# "09.00-15.30", "09:00 til 15:30", "0900-1530" (four digits only as hours of a day)
_TIME_SPAN = lazy_regex(r"\b(?:(?:fra|frå)\s+)?\d{1,2}[.:]\d{2}\s*(?:[-–]|til)\s*"
                        rf"(?:{dates.ABOUT})?"
                        r"\d{1,2}[.:]\d{2}\b|\b(?:[01]\d|2[0-3])[0-5]\d\s*[-–]\s*"
                        r"(?:[01]\d|2[0-3])[0-5]\d\b", re.I)
# (and in brackets, also shortened: "4.3.2026 (ons.) kl. 18, Rådhuset")
_WEEKDAY_WORD = lazy_regex(rf"{dates.WEEKDAY_IN_BRACKETS.pattern}|\b{_WEEKDAY}\b", re.I)
_SPACE_RUN = lazy_regex(r"\s+")
# An "og" left alone where two sessions' hours were taken out.
_LONE_AND = lazy_regex(r"(?:^|(?<=,))\s*og\s*(?=,|$)")
_EDGE_PUNCTUATION = lazy_regex(r"^[\s,.;:/–-]+|[\s,.;:/–-]+$")  # "/ / Rådhuset" too
_IN_OR_AT = lazy_regex(r"^(?:i|på)\s+")


def _dotted_place(text: str) -> str | None:
    """The place a meeting app's head line gives last, parted from the day and the hours
    by middle dots ("Torsdag 15. mai 2025 · 13:00–14:30 · Rådhuset, møterom 2 / Teams"):
    the whole last part, a room and a channel alike, when the part before it holds the
    hours and the last holds no time of its own."""
    parts = text.split(" · ")
    if len(parts) < 2:
        return None
    place = parts[-1].strip()
    if not place[:1].isupper() or len(place) > 70 or _CLOCK_IN.search(place) or \
            not _CLOCK_IN.search(parts[-2]):
        return None
    return place


_CLOCK_IN = lazy_regex(r"\d[.:]\d\d")


def _hybrid_place(text: str, digital: re.Match[str]) -> str | None:
    """The place after a line's day and hours when it names a room and then, after "og"
    or "/", the channel ("…, kl. 12.00–15.00, Bodø rådhus (møterom 3) og Teams"): a hybrid
    meeting was held at both, and the place is the whole phrase, not the channel alone
    (also with the channel's own preposition: "kl. 10 i rådhuset og på Teams")."""
    if " og " not in text and "/" not in text:
        return None
    after = _PLACE_AFTER_TIME.search(text)
    if after is None or not after.start("place") < digital.start() <= after.end("place"):
        return None
    between = text[after.start("place"):digital.start()]
    return after.group("place") if between.endswith(_HYBRID_JOINS) else None


# What joins a room to the channel in a hybrid meeting's place, the channel's preposition
# kept ("Bodø rådhus og Teams", "rådhuset og på Teams", "Rådhuset / via Zoom").
_HYBRID_JOINS = (" og ", "/", "/ ", " og på ", " og via ", " og over ", "/ via ", "/via ")


# A line of the head that gives only the meeting's form, a digital one, as its place:
# "Digitalt møte", "Teams-møte", "Digitalt møte på Teams", "Videomøte (Zoom)".
_LONE_CHANNEL = lazy_regex(r"(?:digitalt\s+møte|digitalt|(?:teams|zoom|video|nett)-?møte)"
                           r"(?:\s+(?:på|via|over)\s+(?:teams|zoom|skype)|"
                           r"\s*\((?:microsoft\s+)?(?:teams|zoom|skype)\))?", re.I)
_LONE_CHANNEL_STARTS = ("digital", "teams", "zoom", "video", "nett")


def _lone_channel_line(lines: list[Line]) -> str | None:
    """The place of a meeting whose head names its form on a line of its own, as
    written ("Digitalt møte" under the day, as "Digitalt møte kl. 12.00" gives it with
    the hours); a table's cell or a bullet is no such line."""
    for line in lines:
        if line.lowered.startswith(_LONE_CHANNEL_STARTS) and len(line.body) <= 40 and \
                not line.is_table and not line.is_bullet and \
                _LONE_CHANNEL.fullmatch(text := line.body.strip(" .*_")):
            return text
    return None


def _place_phrase(text: str, digital: re.Match[str]) -> str:
    """"Digitalt møte" from "Digitalt møte kl. 12.00-14.00"; "Teams" from "… på Teams"."""
    return text[digital.start():digital.end()]
