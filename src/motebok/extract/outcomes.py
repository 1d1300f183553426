"""Decisions and actions inside an item's text.

Decisions are explicit (a "Vedtak:" or "Konklusjon:" block) or outcome sentences
("… ble godkjent", "tok saken til orientering", "sluttet seg til forslaget"). Actions
are one-off follow-ups: someone *does* something after the meeting ("PL bearbeider …",
"Sekretariatet sender …", "Det lages …", "Ansvar: X", "innen 1. mars").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

import Stemmer

from motebok.extract import dates
from motebok.extract.first_names import is_first_name
from motebok.extract.labels import (
    ABSENCE_NOUNS,
    ATTENDANCE_COLUMN_WORDS,
    DECISION_COLUMN_WORDS,
    TASK_COLUMN_WORDS,
    TASK_WHAT_COLUMN_WORDS,
    is_amount_column_heading,
    task_column_line,
    typing_slips,
)
from motebok.extract.participants import (
    has_partial_hint,
    is_job_title,
    partial_sentences,
    person_in_office,
)
from motebok.extract.text import (
    BODY_WORD_ENDINGS,
    DEFINITE_ENDINGS,
    ORGANISATION_ENDINGS,
    SAMI_LETTERS,
    SCHOOL_CLASS_WORDS,
    SENTENCE_RARE_LETTERS,
    SERVICE_NAME_ENDINGS,
    TALKS,
    FoldedPattern,
    Line,
    by_first_letter,
    by_last_letter,
    contains_any,
    entry_number_end,
    fold,
    fold_lowered,
    folded_pattern,
    hint_mask,
    is_cell_bullet,
    is_lower_case_pattern,
    looks_like_name,
    sentences,
    starts_with_any,
    strip_bullet,
    strip_list_marker,
    without_sami_label_half,
)
from motebok.lazy_pattern import lazy_regex
from motebok.read.blocks import HEADING, LIST_ITEM, TABLE_ROW
from motebok.record import Action

# The sentence tests ``_is_decision``, ``_is_action``, ``_is_bare_verdict``,
# ``decided_by_another`` and ``responsible_of`` are asked of one sentence by several steps
# of an item, and of the same words again in other items and minutes ("Saken ble tatt
# til orientering.", "Referatet ble godkjent."): each answer depends on its arguments
# alone (strings), so it is remembered per distinct sentence, as ``match_label``
# remembers a line's label; about two of five askings are then answered at once.
_SENTENCE_MEMO = 4096  # distinct sentences remembered (a document holds a few hundred)


def _first_letters(letters: str) -> frozenset[str]:
    """The ASCII first characters that ``starts_with_any(letters)`` lets through, for the
    same test written out where every sentence asks it: ``text[:1] in … or not
    text[:1].isascii()`` (a non-ASCII first character passes there too). The call of the
    generated test costs more than the test.
    """
    return frozenset(letters.lower() + letters.upper())


# Labels that open an explicit decision block; "Innstilling" only counts when adopted.
# A case system's stamp before the label: "PS - 12/24 vedtak:", "RR- 12.03.2024 vedtak:",
# the body's name before the case or alone: "Regionrådet- 8/24 vedtak:", "Regionrådet-
# vedtak:" (alone only before a colon: "Reguleringsplan - vedtak" is a title).
_DECISION_STAMP = (r"(?:[A-ZÆØÅ][\wæøå]{0,24}\s*-\s*(?:\d{1,4}/\d{2,4}\s+|(?=vedtak\s*:))|"
                   r"[A-ZÆØÅ][\w-]*(?:\s+[\w-]+){0,5}?\s*[-–]\s*\d{1,2}\.\d{1,2}\.\d{2,4}\s+)?")
# The branches that open on a free word read it whole ("[\w-]++\s++", "[\w-]*+" with the
# word's ending tested behind it): a word followed by a space can only end where the word
# does, so the lazy or greedy forms found the same labels, but failed on running text
# ("… viste til tidligere vedtak og …") only after trying every letter of the word.
_DECISION_LABEL_BODY = (
    # a sentence announcing the vedtak: "Styret fattet følgende enstemmige vedtak", also
    # with the case or meeting it was made in ("Styret i X fattet i sak 12/23 følgende
    # vedtak:"; another body's is told as background: see ``_label_of_another``)
    r"(?:(?:(?:[\w-]++\s++){1,4}(?:fattet|fatta|gjorde|traff|gjer|gjør|fatter|fattar)|"
    r"det\s+ble\s+fattet|"
    r"det\s+vart\s+fatta)(?:\s+i\s+(?:sak|møte|møtet)\s+[^:]{1,25}?)?"
    # and how: "Utvalet gjorde samrøystes slikt vedtak", "Styret fattet med 5 mot 2
    # stemmer følgende vedtak"
    r"(?:\s+(?:enstemmig|einstemmig|samrøystes|med\s+\d+\s+mot\s+\d+\s+(?:stemmer?|røyst(?:er)?)))?\s+"
    r"(?:(?:følgende|følgjande|slikt|slik)\s+"
    r"(?:enstemmige?\s+|samrøystes?\s+)?vedtak|"
    # (the vote alone before the colon: "Styret fattet enstemmig vedtak:")
    r"(?:(?<=enstemmig\s)|(?<=einstemmig\s)|(?<=samrøystes\s))vedtak(?=\s*:))|"
    r"(?:følgende|følgjande)\s+vedtak\s+(?:ble|vart)\s+(?:fattet|fatta|gjort)|"
    # what was decided, announced: "Det ble besluttet:", "Følgende ble bestemt:", "Det
    # vart vedteke:", a summary mail's "Dette vart bestemt:" (only before a colon)
    r"(?:det|dette|følgende|følgjande)\s+(?:ble|vart|blei)\s+(?:enstemmig\s+|samrøystes\s+)?"
    r"(?:vedtatt|vedteke|besluttet|bestemt|bestemd)(?=\s*:)|"
    # a vote introducing the vedtak: "Et enstemmig fylkesutvalg vedtok:", "Styret vedtok
    # med 9 mot 4 stemmer:", "… med 3 mot 1 stemme:" (only before a colon: "Styret vedtok
    # budsjettet" is an outcome)
    # (nynorsk "Eit samrøystes arbeidsutval vedtok:", "Eit einstemmig styre vedtok:")
    r"(?:(?:et|eit|ei|en)\s+)?(?:enstemmig\s+|enstemmige\s+|einstemmig\s+|samrøystes?\s+)?"
    r"[\w-]++\s++"
    # (also what it concluded: "Møtet konkluderte:", "Styret konkluderte med følgende:",
    # and what it settled: "Styringsgruppen besluttet:", "Styret bestemte følgende:")
    r"(?:vedtok|vedtog|gjorde\s+vedtak|konkluderte(?:\s+med)?|besluttet|bestemte)"
    r"(?:\s+(?:enstemmig|samrøystes|"
    r"med\s+\d+\s+mot\s+\d+\s+(?:stemmer?|røyst(?:er)?)|mot\s+\w+\s+stemmer?))?"
    # (and what: "Utvalget vedtok følgende:", "Styret vedtok enstemmig slik:")
    r"(?:\s+(?:følgende|følgjande|slik|dette))?(?=\s*:)|"
    # the vote before the vedtak's text: "Enstemmig vedtatt:", "Samrøystes vedteke:",
    # "Følgende forslag ble enstemmig vedtatt:" (only before a colon: "Enstemmig
    # vedtatt." alone is the vote itself, an outcome sentence)
    r"(?:(?:følgende|følgjande)\s+(?:(?:forslag|framlegg|innstilling|tilråding)\s+)?"
    r"(?:ble|vart|blei)\s+|(?:forslag|framlegg)\s+til\s+vedtak\s+(?:ble|vart|blei)\s+|"
    # (s76a) whose proposal, before the points it made: "Forslaget fra Per Dahl ble
    # vedtatt:", "Framlegget frå Sp vart vedteke:" (only before a colon)
    r"(?:forslaget|framlegget)(?:\s+(?:fra|frå)\s+[^:.]{1,40}?)?\s+(?:ble|vart|blei)\s+)?"
    r"(?:enstemmig\s+|einstemmig\s+|samrøystes\s+)?(?:vedtatt|vedteke|vedteken)"
    r"(?:\s+(?:enstemmig|samrøystes|med\s+\d+\s+mot\s+\d+\s+(?:stemmer?|røyst(?:er)?)))?"
    r"(?=\s*:)|"
    # the vote alone as the vedtak's label: "Einstemmig:", "Samrøystes:" over its text
    r"(?:enstemmig|einstemmig|samrøystes)(?=\s*:)|"
    # (with the meeting's date, as case systems print it: "Formannskapets vedtak 12.03.2024:")
    # (and whose conclusion: "Styrets konklusjon:", "Møtets konklusjon:")
    # (not the vote's "Samrøystes vedtak.", whose "-s" is no owner's)
    r"(?!samrøystes\s)[A-ZÆØÅ][\w-]*+(?<=[\w-]s)\s+(?:(?:endelige\s+)?vedtak"
    r"(?:\s+\d{1,2}\.\d{1,2}\.\d{2,4})?|"
    r"konklusjon)|"
    # (a council's word for its vedtak: "Eldrerådets uttalelse:", "Rådets uttale:", nynorsk
    # "Eldrerådet si fråsegn:"; not the administration's: "Rådmannens uttalelse")
    r"[\w-]*+(?:(?<=råds)|(?<=rådets)|(?<=utvalgs)|(?<=utvalgets)|(?<=utvals)|(?<=utvalets))"
    r"\s+(?:uttalelse|uttale|"
    r"fråsegn)|[\w-]*+(?:(?<=rådet)|(?<=utvalet))\s+si\s+(?:uttale|fråsegn)|"
    # (the same in the verb, before a colon: "Rådet uttaler:", "Eldrerådet uttalte:",
    # nynorsk "Utvalet uttalar:")
    r"[\w-]*+(?:(?<=rådet)|(?<=utvalet)|(?<=utvalget))\s+(?:uttaler|uttalte|uttalar|uttalde)"
    r"(?=\s*:)|"
    # (the council announcing the statement that follows: "Eldrerådet gav slik uttale:",
    # "Rådet handsama saka og kom med slik uttale:", "Regionrådet gir følgende
    # høringsuttalelse:"; only ending its line, the statement's text on the lines after;
    # with the text on the same line the whole line is the outcome sentence)
    # (a forum, network or group the same: "Forumet gir slik uttale:", nynorsk "Nettverket
    # gjev slik fråsegn:")
    # (a nemnd and a forum by its bare name the same: "Fiskerinemnda gir følgjande
    # fråsegn:", "Vindkraftforum Nordfjord gir slik uttale:")
    r"[\w-]*+(?:(?<=råd)|(?<=rådet)|(?<=utvalet)|(?<=utvalget)|(?<=styret)|(?<=forum)|"
    r"(?<=forumet)|(?<=nettverket)|(?<=gruppa)|(?<=gruppen)|(?<=nemnda))\s+"
    r"(?:[\wæøå-]+\s+){0,4}?"
    r"(?:gir|gav|ga|gjev|avgir|avga|avgav|avgjev|kom\s+med|kjem\s+med)\s+"
    r"(?:følgende|følgjande|slik|denne)\s+[\wæøå-]*(?:uttalelse|uttale|fråsegn)(?=\s*:\s*$)|"
    # (or adopted or sends it, perhaps saying to whom: "Forumet vedtok slik uttalelse til
    # Samferdselsdepartementet:", "Rådet sender følgende uttalelse til fylkeskommunen:")
    r"[\w-]*+(?:(?<=råd)|(?<=rådet)|(?<=utvalet)|(?<=utvalget)|(?<=styret)|(?<=forum)|"
    r"(?<=forumet)|(?<=nettverket)|(?<=gruppa)|(?<=gruppen)|(?<=nemnda))\s+"
    r"(?:vedtok|vedtar|vedtek|sender|sende|sendte)\s+"
    r"(?:følgende|følgjande|slik|denne)\s+[\wæøå-]*(?:uttalelse|uttale|fråsegn)"
    r"(?:\s+til\s+[\wæøåÆØÅ-]+(?:\s+[\wæøåÆØÅ-]+){0,3})?(?=\s*:\s*$)|"
    # (nynorsk says whose with "sitt": "Styret sitt vedtak:", "Formannskapet sitt vedtak")
    r"[A-ZÆØÅ][\w-]*+\s+sitt\s+(?:endelege\s+)?vedtak(?:\s+\d{1,2}\.\d{1,2}\.\d{2,4})?|"
    # "Konklusjon/oppfølging:", "Vedtak/konklusjon:" (one label naming both)
    # (and the innstilling that is the vedtak, either way round: "Innstilling/vedtak:",
    # "Vedtak/innstilling:", nynorsk "Tilråding/vedtak:" – the label says it was adopted,
    # unlike a case system's "Forslag til vedtak/innstilling", a proposal's)
    r"(?:vedtak|konklusjon(?:ar|er)?)\s*/\s*(?:oppfølging|oppfylging|tiltak|vedtak|"
    r"konklusjon|beslutning|oppsummering|innstilling|tilråding)|"
    r"(?:innstilling|tilråding)\s*/\s*vedtak|"
    # "Oppsummering og konklusjon:", "Drøfting og konklusjon:", also with a slash
    # ("Oppsummering/konklusjon:", "Drøfting / konklusjon:")
    r"(?:oppsummering|drøfting)\s*(?:og|/)\s*konklusjon(?:ar|er)?|"
    # (the vote after a dash before the bare label's branch: "Vedtak – enstemmig:", also
    # its count: "Vedtak, 3 mot 1 stemme:", "Vedtak med 5 mot 2 røyster:")
    r"vedtak(?:,|\s+[–-])?\s+(?:enstemmig|einstemmig|samrøystes|"
    r"(?:med\s+)?\d+\s+mot\s+\d+\s+(?:stemmer?|røyst(?:er)?)(?=\s*:))|"
    # (one of several numbered vedtak in one item: "Vedtak 1:", "Vedtak nr. 2:"; a
    # decision log's short number: "V1:", "V12:", a project's numbered beslutning "B1:",
    # "B2:", in capitals only)
    r"vedtak\s+(?:nr\.?\s*)?\d{1,2}(?=\s*:)|(?-i:[VB])\d{1,2}(?=\s*:)|"
    # what was settled, as a short note's label: "Besluttet: …", "Bestemt: …", "Avgjort:
    # …", "Enighet: …", nynorsk "Semje: …" (only before a colon: "Bestemt." is an outcome)
    r"(?:besluttet|bestemt|bestemd|avgjort|enighet|einigheit|semje)(?=\s*:)|"
    # (a project's decision point, as its minutes head what the group settled at it:
    # "Beslutningspunkt: Styringsgruppen godkjenner …", only before a colon)
    r"beslutningspunkt(?:er)?(?=\s*:)|"
    # (a Swedish body's "Beslut:" in a cross-border body's minutes, only before a colon,
    # or alone on its line over the decision, as a Swedish protocol heads it)
    r"beslut(?=\s*:|\s*$)|"
    r"(?:endelig\s+)?vedtak|vedtak\s*\([^)]*\)|konklusjon(?:ar|er)?|beslutning(?:ar|er)?|"
    r"konkl\.?(?=\s*:)|"  # "Konkl.: …", the label cut short
    r"beslutting|"
    # the same label in English-labelled minutes of a Nordic cooperation: "Decision:"
    r"decisions?|conclusions?|"
    # (bilingual minutes of a Nordic network: "Vedtak/Decision:", "Konklusjon / Conclusion")
    r"(?:vedtak|konklusjon|beslutning)\s*/\s*(?:decisions?|conclusions?)|"
    r"avgjerd|avgjørelse|vedtaket|e(?:i)?nstemmig vedtak|samrøystes? vedtak|"
    # "Vedtaket vart:", also with its vote or "slik": "Vedtaket vart samrøystes:",
    # "Vedtaket ble enstemmig slik:", "Vedtaket vart med 5 mot 2 røyster:"
    r"vedtaket\s+(?:ble|vart|blei)(?:\s+(?:fattet|fatta|gjort))?(?:\s+(?:enstemmig|einstemmig|"
    r"samrøystes|med\s+\d+\s+mot\s+\d+\s+(?:stemmer?|røyst(?:er)?)|"
    # (its count against alone: "Vedtaket ble fattet mot 2 stemmer:")
    r"mot\s+\w+\s+(?:stemmer?|røyst(?:er)?)))?(?:\s+(?:slik|følgende|følgjande))?"
    r"(?=\s*:)|"
    r"styrets vedtak|rådets vedtak|utvalgets vedtak|gruppens vedtak|møtets vedtak|"
    r"forslag til vedtak som ble vedtatt|"
    # a heading "Vedtak i vassområdeutvalet" alone on its line (or before a colon), also
    # a case system's with the body's full name and the day: "Vedtak i Regionrådet for
    # Valdres - 05.03.2024" (more words only before a day: "Vedtak i saken er utsatt")
    # (the vedtak "in the case", its text after the colon: "Vedtak i saka: X.", "Vedtak i
    # saken: X.", "Konklusjon i sak 3: X.")
    r"(?:vedtak|konklusjon)\s+i\s+(?:saka|saken|sak\s+[\d/.]+)(?=\s*:)|"
    # a council's statement, which is its vedtak, under the bare label or a case system's
    # heading with the council and the day: "Uttalelse: Rådet ber …", "Uttale i
    # Eldrerådet - 08.10.2024:", "Fråsegn:" (not another's "Uttalelse fra Statsforvalteren",
    # nor the list of statements received, "Uttalelser:"); a regional council's joint
    # statement on behalf of its municipalities is its own: "Fellesuttale:", "Felles
    # uttalelse:", nynorsk "Felles fråsegn:"
    r"(?:felles\s*)?(?:uttalelse|uttale|fråsegn)(?:\s+i\s+[\wæøå-]+(?:(?:\s+[\wæøå-]+){0,5}?\s*[-–]?\s*"
    r"\d{1,2}\.\d{1,2}\.\d{2,4})?)?(?=\s*:)|"
    # (the same heading alone on its line without the colon: "Uttalelse i Ungdomsrådet -
    # 12.03.2025", the statement on the lines below; the dash and the day make it one)
    r"(?:uttalelse|uttale|fråsegn)\s+i\s+[\wæøå-]+(?:\s+[\wæøå-]+){0,5}?\s*[-–]\s*"
    r"\d{1,2}\.\d{1,2}\.\d{2,4}(?=\s*$)|"
    # (or with its text after the colon on the same line: "Vedtak i AU: Innstillingen ble
    # enstemmig vedtatt.", the body by one word; another body's is judged by the caller)
    r"(?:vedtak|konklusjon)\s+(?:i|frå|fra)\s+[\wæøå-]+(?:(?:\s+[\wæøå-]+){0,5}?\s*[-–]?\s*"
    r"\d{1,2}\.\d{1,2}\.\d{2,4})?(?=\s*:?\s*$|\s*:))\s*(?:[:;.–-]\s*|$)(?P<rest>.*)$")
_DECISION_LABEL = lazy_regex("^" + _DECISION_STAMP + _DECISION_LABEL_BODY, re.I)
# The same pattern without the stamp, for lines without a dash: both forms of the stamp
# need a "-" or "–", so there the optional stamp never matches and the two patterns find
# the same label. Trying the stamp's words first costs more than the rest of the pattern.
_DECISION_LABEL_UNSTAMPED = lazy_regex("^" + _DECISION_LABEL_BODY, re.I)


def _without_colon_branches(source: str) -> str:
    r"""``source`` (a pattern opening with a group of branches) without the branches of
    that group that end in ``(?=\s*:)`` at their own top level: those need a colon after
    them, so on a text without one they can never match, and the rest, in their order,
    match as the whole did (the group's capture numbers are its named groups', which the
    callers read). Read off the pattern's text: brackets, classes and escapes counted."""
    depth, start, branches, in_class, at = 0, 1, [], False, 0
    while at < len(source):
        char = source[at]
        if char == "\\":
            at += 2
            continue
        if in_class:
            in_class = char != "]" or source[at - 1] == "["
        elif char == "[":
            in_class = True
            if source[at + 1:at + 2] == "^":
                at += 1
        elif char == "(":
            depth += 1
            if depth == 1:
                start = at + (3 if source.startswith("(?:", at) else 1)
        elif char == ")":
            depth -= 1
            if depth == 0:
                branches.append(source[start:at])
                kept = [b for b in branches if not b.endswith(_NEEDS_COLON)]
                return source[:source.index("(")] + "(?:" + "|".join(kept) + source[at:]
        elif char == "|" and depth == 1:
            branches.append(source[start:at])
            start = at + 1
        at += 1
    raise ValueError("no group of branches")


_NEEDS_COLON = r"(?=\s*:)"
# The same pattern for a text without a colon: 13 of its 44 branches need one, and each
# was tried at the line's start on talk holding "vedtak" before the pattern failed (about
# a third of such a call's cost). tests/extract/test_prefilters.py compares the two.
_DECISION_LABEL_NO_COLON = lazy_regex("^" + _without_colon_branches(_DECISION_LABEL_BODY), re.I)


# The bare label "Vedtak:", most decision labels: with the colon right after the word no
# stamp and no other branch of the label patterns can match (each needs a space, "/", "(",
# "," or a dash after the word), so the branch that does is this one with its tail.
_BARE_DECISION_LABEL = re.compile(r"vedtak\s*(?:[:;.–-]\s*|$)(?P<rest>.*)$", re.I)


# the body above that a proposal goes to: "… til rådet", "… til regionrådet", "… til
# representantskapet" (each pattern using it wants the colon after it: the phrase ends
# a label, "Utvalgets innstilling til regionrådet:")
_TO_BODY_ABOVE = r"\s+til\s+[\wæøå-]*(?:rådet|styret|utvalget|utvalet|skapet|tinget|nemnda)"
# The body's own advice as the label of an item's outcome: "Tilråding frå faggruppa:",
# "Anbefaling fra nettverket:", "Faggruppa tilrår:", "Gruppen anbefaler følgende:", the
# owner's genitive "Faggruppens anbefaling:", nynorsk "Faggruppa si tilråding:", and a
# bare "Anbefaling:" / "Tilråding:" (whose, the caller judges: see ``_own_advice_label``).
# (a planning forum heads its verdict on each case "Råd frå planforum:", "Oppsummering fra
# planforum:", "Planforum sine råd:", "Oppsummering/råd:": it gives advice, no vedtak, and
# the advice is what it concluded; the bare "Råd:" is no label, and only the forum's own
# name or the summing up paired with it makes one)
_ADVICE_NOUN = r"(?:tilråding|tilrådinga|anbefaling|anbefalinga|anbefalingen|innstilling|" \
    r"innstillinga|innstillingen|råd|rådet|oppsummering|oppsummeringa|oppsummeringen)"
_ADVICE_LABEL = lazy_regex(
    rf"(?:(?P<noun>{_ADVICE_NOUN})(?:\s*/\s*|\s+og\s+(?=r))?(?P<pair>råd)?"
    r"(?:\s+(?:fra|frå)\s+(?P<source>[\wæøå-]+))?|"
    r"(?P<who>[\wæøå-]+)\s+(?:tilrår|anbefaler|rår\s+til)"
    r"(?:\s+(?:følgende|følgjande|slik|dette))?|"
    rf"(?P<owner>[\wæøå-]+?)(?:s|\s+(?:si|sitt|sin))\s+{_ADVICE_NOUN}"
    # (and the body above it goes to: a valnemnd's "Valnemnda si innstilling til
    # regionrådet:", "Valgnemndas innstilling til representantskapet:")
    r"(?:" + _TO_BODY_ABOVE + r")?)"
    r"\s*[:;]\s*(?P<rest>.*)$", re.I)
_has_advice_word = contains_any(("tilrå", "anbefal", "innstil", "rår til", "råd f", "råd:",
                                 "oppsummering f", "s råd", "e råd", "t råd"))
# The kinds of body whose minutes are their advice to others: a faggruppe, an
# administrative or a working group, a network, a forum (a council or a board decides).
_ADVISING_KINDS = contains_any(("grupp", "nettverk", "forum"))


def _own_advice_label(text: str, body: str) -> re.Match[str] | None:
    """The label of the meeting body's own advice, which heads the item's outcome as
    "Konklusjon:" does: a faggruppe's or a network's recommendation to another body is the
    conclusion it reached (the reading guide's rule that an innstilling is a decision only
    once adopted concerns another's proposal to the body that decides). The body must be
    named as the one that met ("Tilråding frå faggruppa:" in a faggruppe's minutes; not
    "Innstilling frå arbeidsutvalet:" in a regionråd's, a proposal to it); a bare
    "Anbefaling:" or "Tilråding:" is the body's own only in an advising body's minutes."""
    found = _ADVICE_LABEL.match(text)
    if found is None:
        return None
    own = body.casefold()
    named = found["source"] or found["who"] or found["owner"]
    if named is None:
        # (a forum's "Oppsummering/råd:" pairs the summing up with the advice: the
        # forum's own verdict, as "Råd frå planforum:" is, though neither word alone is)
        bare = found["noun"].casefold()
        return found if (bare.startswith(("anbefal", "tilråd")) or
                         (found["pair"] and bare.startswith("oppsum"))) and \
            _ADVISING_KINDS(own) else None
    # (a body's noun ends in its kind, "faggrupp", "arbeidsutvalg": not the
    # kommunedirektør's innstilling in the minutes of "Kommunedirektørutvalget")
    stem = _body_stem(named)
    return found if len(stem) >= 4 and stem in own and \
        any(part in stem[-9:] for part in _BODY_STEMS) else None


def _label_ends_line(text: str) -> str | None:
    """The running text before a decision label that ends the line with nothing after
    its colon ("Saken ble drøftet. Enstemmig vedtak:", "Styret drøfta saka. Vedtak:"), the
    vedtak's text on the lines below; None when the line's last sentence is no such
    label (the caller has found ". " in the line and a colon at its end)."""
    told, _, last = text.rpartition(". ")
    if not last[:1].isupper() or len(last) > 60:
        return None
    found = _has_decision_label_word(fold(last)) or _has_vote_label_word(fold(last))
    label = found and _decision_label(last)
    if not label or label.group("rest").strip():
        return None
    return told + "."


def _proposal_label_inside(text: str) -> int | None:
    """Where a proposal's label opens a sentence inside a line after running text ("Daglig
    leder la fram saken. Innstilling: Utvalget godkjenner regnskapet."), with the proposal's
    words after its colon; None when no sentence of the line after the first opens so.
    Converted Word text runs the label on in the paragraph it stood under."""
    for end in _SENTENCE_THEN_CAPITAL.finditer(text):
        found = _PROPOSAL_LABEL.match(text[end.end() - 1:])  # (its "^" wants the start)
        if found is not None and (found.group("rest") or "")[:1].isupper():
            return end.end() - 1
    return None


# A sentence's end inside a line and the next sentence's capital: "… saken. Innstilling".
_SENTENCE_THEN_CAPITAL = lazy_regex(r"[\w)][.!?]\s+[A-ZÆØÅ]")


def _decision_label(text: str, folded: str | None = None) -> re.Match[str] | None:
    """``_DECISION_LABEL.match(text)``, without trying a stamp where there can be none;
    failing that, a heading of the body's whole name and "vedtak" (``_NAMED_BODY_VEDTAK``),
    tried only on the few lines that end with the word. ``folded``: ``fold(text)``, when
    the caller holds it."""
    if text[:7].lower() == "vedtak:":
        return _BARE_DECISION_LABEL.match(text)
    if "-" in text or "–" in text:
        found = _DECISION_LABEL.match(text)
    elif ":" in text:
        found = _DECISION_LABEL_UNSTAMPED.match(text)
    elif _label_cannot_end(text, folded):
        found = None  # "Per viste til tidligere vedtak og foreslo …": talk, not a label
    else:
        found = _DECISION_LABEL_NO_COLON.match(text)
    if found is None and text.rstrip(" :")[-6:].lower() == "vedtak":
        return _NAMED_BODY_VEDTAK.match(text)
    return found


# The words a label of ``_DECISION_LABEL_NO_COLON`` ends with (each of its branches ends
# in one of them, a date or a bracket), lower-cased; none is longer than
# ``_LABEL_ENDING_LONGEST``. A branch added to the pattern needs its last word here.
_LABEL_ENDINGS = ("vedtak", "vedtaket", "vedtatt", "fattet", "fatta", "gjort", "konklusjon",
                  "konklusjonar", "konklusjoner", "uttalelse", "uttale", "fråsegn",
                  "oppfølging", "oppfylging", "tiltak", "beslutning", "beslutningar",
                  "beslutninger", "oppsummering", "innstilling", "tilråding", "enstemmig",
                  "einstemmig", "samrøystes", "beslutting", "decision", "decisions",
                  "conclusion", "conclusions", "avgjerd", "avgjørelse", "beslut")
_LABEL_ENDING_LONGEST = max(map(len, _LABEL_ENDINGS))


def _label_cannot_end(text: str, folded: str | None = None) -> bool:
    """Whether ``_DECISION_LABEL_NO_COLON`` surely fails on ``text`` (a text without a
    colon or a dash, the only ones it is asked of), told from the text before its first
    "." or ";".

    Why: the pattern's some thirty branches are tried at the start of every talk sentence
    that holds "vedtak" ("Per viste til tidligere vedtak og foreslo …"), about 20,000
    instructions a sentence, and fail. Without a colon or a dash the label must be
    followed by spaces and then ";", "." or the text's end; a label holds a "." or ";"
    only inside a date (digits on both sides of the stop), a bracket ("(") or the few characters
    after "i sak"/"i møte" of an announcing sentence. So when the text has a stop, none of
    those stands before the first one, and the words before it (spaces stripped) end in
    no label's last word (``_LABEL_ENDINGS``, asked of the last characters folded as
    IGNORECASE reads them), no branch can match. ``folded``: ``fold(text)`` when the caller
    holds it (folding keeps every character one character, so its slice is the head's)."""
    stop = text.find(".")
    semicolon = text.find(";") if ";" in text else -1
    if semicolon >= 0 and (stop < 0 or semicolon < stop):
        stop = semicolon
    if stop < 0:
        return False  # (a label may run to the text's end)
    head = text[:stop]
    if (head[-1:].isdigit() and text[stop + 1:stop + 2].isdigit()) or "(" in head:
        return False  # (a date's stop stands between digits: "… vedtak 12.03.2024")
    folded = fold(head) if folded is None else folded[:stop]
    if "sak" in folded or "møte" in folded:
        return False
    return not folded.rstrip()[-_LABEL_ENDING_LONGEST:].endswith(_LABEL_ENDINGS)


def _may_be_decision_label(text: str, folded: str) -> bool:
    r"""Whether ``_decision_label`` can match ``text`` at all: each branch of its patterns
    either names one of these words or needs a colon after its label (``(?=\s*:)``).

    Why: on running text the label patterns fail only after trying each of their some
    forty branches at the line's start (about 29,000 instructions a sentence); a sentence
    of talk without a colon and without any of the words is answered by a few searches.
    tests/extract/test_prefilters.py compares it with the patterns. ``folded``: ``fold(text)``,
    as its caller holds it."""
    if ":" in text:
        return True
    return _has_decision_label_word(folded) or "uttale" in folded or "fråsegn" in folded


# A case system's heading with the body's whole name, alone on its line or before a colon:
# "Politisk råd sitt vedtak", "Indre Fjorden regionråd sitt vedtak:", bokmål "Øvre Dalen
# regionråds vedtak" (a body's word in the genitive: "Oppfølging av politiske vedtak" is a
# heading of its own). In running text "Rådet støttar kommunestyret sitt vedtak." is a
# sentence, and its full stop keeps it one.
_NAMED_BODY_VEDTAK = lazy_regex(
    r"^[A-ZÆØÅ][\w-]*+(?:\s+[\w-]+){1,5}?(?:\s+sitt\s+(?:endelege\s+)?|"
    r"(?:(?<=råds)|(?<=rådets)|(?<=utvalgs)|(?<=utvalgets)|(?<=styrets)|(?<=skaps)|"
    r"(?<=skapets))\s+)vedtak\s*:?\s*(?P<rest>)$", re.I)
# "Vedak:", "Konklusjon;" misspelt "Konklsujon;": the bare decision label with a slip of
# the keys (not the verbs "vedta", "vedtek" one slip away, which no label is).
_DECISION_SLIPS = frozenset((typing_slips("vedtak") | typing_slips("konklusjon")) -
                            {"vedta", "vedtek"})
_SLIPPED_DECISION_LABEL = lazy_regex(r"(?P<word>[^\W\d_]{4,12})\s*[:;]\s*(?P<rest>.*)$")


def _misspelt_decision_label(text: str) -> re.Match[str] | None:
    """The bare decision label typed with a slip ("Vedak: Budsjettet vedtas."), as a match
    whose ``rest`` is the vedtak's text like ``_decision_label``'s; only before a colon or
    semicolon, so a word of running text is never taken for it."""
    found = _SLIPPED_DECISION_LABEL.match(text)
    return found if found is not None and \
        found.group("word").casefold() in _DECISION_SLIPS else None


# Words each label pattern below cannot match without (tested on the folded line first:
# most lines of an item are running text and carry none of them). The proposal, action
# and proceedings labels also need a ":" or ";".
_has_decision_label_word = contains_any(("vedtak", "konkl", "avgjerd", "avgjørelse",
                                         "vedtok", "vedtog", "decision", "conclusion",
                                         # ("beslutning", "beslutting", and a Swedish
                                         # body's "Beslut:" or "Beslut" alone)
                                         "beslut"))
# … and the vote or lead that opens a vedtak's text, which names none of them
# ("Enstemmig vedtatt:", "Det ble besluttet:"), or a council's statement that is its
# vedtak ("Eldrerådets uttalelse:"): asked only of lines with a colon.
_has_vote_label_word = contains_any(("vedtatt", "vedteke", "beslutt", "bestem", "nstemmig",
                                     "samrøystes", "konkluderte", "avgjort", "enighet",
                                     "einigheit", "semje",
                                     # (a council's statement: "Eldrerådets uttalelse:",
                                     # "Rådet uttalte:", nynorsk "Utvalet uttalar:")
                                     "uttal", "fråsegn"))


def _statement_heading(folded: str) -> bool:
    """Whether a line without a colon may be a council's statement heading with its day
    ("Uttalelse i Ungdomsrådet - 12.03.2025"): the word and a dash; asked only of lines
    opening with "U" or "F" (the vote words above are asked only of lines with a colon)."""
    return ("uttale" in folded or "fråsegn" in folded) and ("-" in folded or "–" in folded)


_has_proposal_label_word = contains_any(("innstilling", "forslag", "tilråding", "framlegg",
                                         "anbefaling"))
_has_action_label_word = contains_any(("oppfølging", "oppfylging", "tiltak", "aksjon", "oppgaver",
                                       "oppgåver",  # (nynorsk: "Oppgåver:" over the tasks)
                                       "gjøremål", "action", "videre arbeid", "neste steg",
                                       "restanse", "huskeliste", "til neste",
                                       # a task app's "AP:" (action point) and "To-do:"
                                       "ap:", "ap :", "to-do", "todo",
                                       # "Hvem gjør hva:", "Kven gjer kva", "Arbeidsfordeling:"
                                       "gjør hva", "gjer kva", "fordeling"))
_has_proceedings_label_word = contains_any(("behandling", "handsaming", "drøfting",
                                            "saksprotokoll", "votering", "avstemming",
                                            "røysting", "diskusjon", "debatt", "ordskifte"))
_PROPOSAL_LABEL = lazy_regex(
    # whose the proposal is, and a summons' words for it: "Administrasjonens forslag:",
    # "Sekretariatets anbefaling:", "Kommunedirektørens forslag til vedtak:"
    # (also the proposal for the body's own innstilling to the council: "Kommunedirektørens
    # forslag til innstilling:", "… framlegg til innstilling")
    # ("Rådmannens innstilling til vedtak:", "Styrelederens tilråding til vedtak:")
    r"^(?:[A-ZÆØÅ][\w-]*s\s+(?:(?:innstilling|tilråding)(?:\s+til\s+vedtak)?|"
    r"forslag til (?:vedtak|innstilling)|"
    r"framlegg til innstilling|framlegg|forslag|"
    # (and the committee's own to the body above: "Utvalgets innstilling til regionrådet:")
    r"anbefaling)(?:" + _TO_BODY_ABOVE + r"(?=\s*[:;]))?|"
    # the owner in two words: "Daglig leders forslag til vedtak:", "Fungerende rådmanns
    # innstilling"
    r"[A-ZÆØÅ][\w-]*\s+[a-zæøå][\w-]*s\s+(?:(?:innstilling|tilråding)(?:\s+til\s+vedtak)?|"
    r"forslag til (?:vedtak|innstilling)|framlegg til vedtak)|"
    # nynorsk: "Kommunedirektøren sitt framlegg til vedtak", "Dagleg leiar si tilråding"
    r"[A-ZÆØÅ][\w-]*(?:\s+[a-zæøå][\w-]*)?\s+(?:si|sitt|sin)\s+(?:innstilling|tilråding|framlegg)(?:\s+til\s+(?:vedtak|innstilling)|"
    r"" + _TO_BODY_ABOVE + r"(?=\s*[:;]))?|"
    # the proposal laid before the meeting, told in a line that ends in a colon over its
    # points: "Valgkomiteen la fram sin innstilling:", "Styret la fram følgende forslag:",
    # nynorsk "Valnemnda la fram framlegget sitt:"
    r"[A-ZÆØÅ][\w-]*(?:\s+[a-zæøå][\w-]*){0,2}?\s+(?:la|legger|legg)\s+(?:fram|frem)\s+"
    r"(?:(?:sin|si|sitt|følgende|fylgjande|slik|slikt)\s+)?"
    r"(?:innstilling|innstillinga|innstillingen|tilråding|tilrådinga|framlegg|framlegget|"
    r"forslag|forslaget)(?:\s+(?:sin|si|sitt))?(?:\s+til\s+(?:vedtak|innstilling))?(?=\s*:)|"
    r"innstilling|forslag til vedtak|framlegg til vedtak|tilråding|"
    # "Innstilling til vedtak:", "Forslag til konklusjon:", a bare "Forslag:" / "Framlegg:"
    r"innstilling til vedtak|forslag til konklusjon|framlegg til konklusjon|"
    # a working committee's proposal to the body above it: "Innstilling til rådet:",
    # "Tilråding til styret:", "Innstilling til representantskapet:"
    r"(?:innstilling|tilråding|forslag|framlegg)\s+til\s+[\wæøå-]*(?:rådet|styret|utvalget|"
    r"utvalet|skapet|tinget|nemnda)(?=\s*[:;])|"
    r"forslag|framlegg|"
    # whose it is after "fra": "Forslag fra leder:", "Framlegg frå dagleg leiar:"
    r"(?:forslag|framlegg|innstilling|tilråding)(?:\s+til\s+vedtak)?\s+(?:fra|frå)\s+"
    # (and the party in brackets: "Forslag fra Kari Holm (Sp):")
    r"[\wæøåÆØÅ.-]+(?:\s+[\wæøåÆØÅ.-]+){0,3}(?=\s*(?:\([^():;]{1,30}\)\s*)?[:;])|"
    r"saksbehandlers forslag|daglig leders forslag|"
    # a proposed text for the body to adopt: "Forslag til endringer:", "Forslag til nye
    # vedtekter:", "Framlegg til endra reglar:" (its vote, "Forslaget ble vedtatt.",
    # adopts the points; "Forslag til tiltak:" lists tasks, no text to adopt)
    r"(?:forslag|framlegg)\s+til\s+(?:nye?\s+|nytt\s+|endra\s+|endrede?\s+|reviderte?\s+)?"
    r"[\wæøå-]*(?:endring|endringer|endringar|vedtekter|vedtekt|reglement|regler|reglar|"
    r"retningslinjer|retningsliner|tekst|ordlyd|formulering)(?:\s+[\wæøå0-9-]+){0,2}"
    r"(?=\s*[:;])|"
    # a paragraph of the statutes by its number: "Forslag til ny § 2:", "Framlegg til ny
    # § 4 andre ledd:" (the rules text itself follows, quoted or on the next line)
    r"(?:forslag|framlegg)\s+til\s+(?:nye?\s+|nytt\s+|endra\s+|endret\s+)?§\s*\d+[a-z]?"
    r"(?:\s+[\wæøå0-9.-]+){0,3}(?=\s*[:;]))"
    # a case system's one label for the proposal whether to adopt or to pass on: "Forslag
    # til vedtak/innstilling", nynorsk "Framlegg til vedtak/innstilling"
    r"(?:\s*/\s*(?:innstilling|vedtak))?\s*(?:\([^)]*\))?\s*"
    r"(?:[:;]\s*(?P<rest>.*)|$)", re.I)  # "Regionkoordinators innstilling" alone on a line
# The heading of the list of follow-ups at the end of minutes, alone on its line: its
# entries are tasks ("- Sak 2/25: Sekretariatet lager …" cites a case, opens no item).
# ("Restanseliste": the tasks still open from earlier meetings; "Huskeliste"; a heading of
# points, "Oppfølgingspunkter", nynorsk "Oppfylgingspunkt"; "Saker til oppfølging",
# "Oppfølgingssaker"; the actions, "Aksjoner", "Aksjonspunkter", nynorsk "Aksjonar"; and
# a heading of what is to be done, "Til oppfølging", "Tiltak", "Oppgaver"; and a
# programme office's log of actions kept from meeting to meeting, "Aksjonslogg",
# "Tiltakslogg", "Oppfølgingslogg", whose rows carry an ID such as "A-25-014")
FOLLOW_UP_LIST = (r"(?:oppfølgingsliste|oppfylgingsliste|aksjonsliste|tiltaksliste|"
                  r"(?:aksjons|tiltaks|oppfølgings|oppfylgings)logg|"
                  r"aksjoner|aksjonar|aksjonspunkt(?:er|ar)?|"
                  r"(?:til\s+)?(?:oppfølging|oppfylging)|tiltak|oppgaver|oppgåver|"
                  r"restanseliste|huskeliste|(?:oppfølgings|oppfylgings)punkt(?:er|ar)?|"
                  # a note app's heading of the points to act on (Loop, OneNote):
                  # "Handlingspunkter", nynorsk "Handlingspunkt"
                  r"handlingspunkt(?:er|ar)?|"
                  r"(?:oppfølgings|oppfylgings)saker|saker\s+til\s+(?:oppfølging|oppfylging)|"
                  # a meeting app's own heading: Teams' "Oppfølgingsoppgaver" (nynorsk
                  # "Oppfølgingsoppgåver")
                  r"(?:oppfølgings|oppfylgings)oppg(?:aver|åver)|"
                  # and its English, kept by a Loop or OneNote template: "Action items"
                  # (and a workshop's or a business network's "Next steps", "Neste steg")
                  r"action\s+(?:items|points)|next\s+steps|neste\s+steg|"
                  # (s77a) a summary's heading of them: "Oppsummering av oppgaver", nynorsk
                  # "Oppsummering av oppgåver", "Oversikt over oppgaver"
                  r"(?:oppsummering\s+av|oversikt\s+over)\s+oppg(?:aver|åver))")
# (also with its columns named after dashes, on one line: "Oppfølging – hva – hvem – frist";
# and set off by a dash, as a template's heading: "Oppfølging –", "– Oppfølging"; and
# saying whose they are: "Oppgaver fra møtet", nynorsk "Oppgåver frå møtet")
FOLLOW_UP_LIST_HEADING = lazy_regex(
    rf"^(?:[–—-]\s*)?{FOLLOW_UP_LIST}(?:\s+(?:fra|frå|etter)\s+møtet)?"
    r"(?:(?:\s+[–—-]\s+(?:hva|kva|hvem|kven|frist|når|"
    r"ansvar(?:lig)?|sak)){2,}|\s+[–—-])?\s*:?\s*$", re.I)
# The heading of the register of the meeting's decisions at the end of minutes, alone on
# its line ("Beslutningslogg", "Vedtaksliste", "Oversikt over vedtak", nynorsk
# "Vedtaksoversikt"): its rows cite the cases they were made in.
DECISION_LOG_HEADING = lazy_regex(
    r"^(?:(?:beslutnings|vedtaks)(?:logg|liste|oversikt|register)|"
    r"oversikt\s+over\s+(?:vedtak|beslutninger|beslutningar))\s*:?\s*$", re.I)
_ACTION_LABEL = re.compile(
    # ("Til oppfølging:", "For oppfølging:", nynorsk "Til oppfylging:")
    r"^(?:(?:til|for)\s+(?:oppfølging|oppfylging)|"
    # one label for what and who, as a template's "Oppfølging/ansvar:" (nynorsk
    # "Oppfylging/ansvar:", turned round "Ansvar/oppfølging:"): the task follows
    r"(?:oppfylging|oppfølging)(?:\s*/\s*ansvar)?|ansvar\s*/\s*(?:oppfølging|oppfylging)|"
    # (bilingual minutes of a Nordic network: "Oppfølging/Action:", "Oppfølging / Follow-up:")
    r"(?:oppfylging|oppfølging|aksjon)\s*/\s*(?:actions?|follow-?up)|"
    r"oppfølgingspunkter|oppfølgingspunkt|tiltak|videre oppfølging|"
    r"aksjonspunkter|aksjonspunkt|aksjoner|aksjon|oppgaver|gjøremål|actions?|"
    # the English of Teams and Loop notes: "Action item:", "Action points:", "To-do:",
    # and the action point's capitals "AP:" before a task ("AP: HS tar saken opp …";
    # only in capitals and before a capital, as "Ap" is also a party's name)
    r"action\s+(?:items?|points?)|to-?do|(?-i:AP(?=\s*:\s*[A-ZÆØÅ@]))|"
    r"videre arbeid|neste steg)"
    # who (and by when) in brackets between the label and its colon: "Aksjon (AS):",
    # "Aksjon (WR, frist 15.05):", "Action (Kari Holm):"
    r"(?:\s*\((?P<owner>[^()]{1,60})\))?\s*[:;]\s*(?P<rest>.*)$", re.I)
# A numbered action point in a closing list ("AP 1  Sende årsregnskapet … – JS"), in capitals
# before a capital (the party "Ap" is written otherwise); not a work package's status line,
# whose topic and colon follow the number ("AP2 Datakvalitet: Gol har vasket …").
_NUMBERED_ACTION_POINT = lazy_regex(r"AP\s?\d{1,2}(?:[.)]|\s*:)?\s+(?=[A-ZÆØÅ])(?![\w -]{1,40}:)")
_ACTION_POINT_CELL = lazy_regex(r"AP\s?\d{1,2}[.:)]?")
_TOPIC_FIRST = lazy_regex(r"[\w -]{1,40}:")


def is_numbered_action_point(text: str) -> bool:
    """Whether a line is a numbered action point: "AP 2 Sende invitasjon – ET – 15.05."."""
    return text[:2] == "AP" and _NUMBERED_ACTION_POINT.match(text) is not None
# "Behandling:", and a case system's "Behandling i Regionrådet - 12.03.2024" line
# (set off by a dash as a template's heading: "Oppfølging –", "– Oppfølging")
# (also as a list's lead: "Følgende oppfølgingspunkter:", nynorsk "Følgjande oppgåver:")
_ACTION_HEADING = lazy_regex(r"^(?:[–—-]\s*)?(?:(?:følgende|følgjande)\s+(?=\w+\s*:?\s*$))?"
                             r"(?:(?:til|for)\s+(?:oppfølging|oppfylging)|oppfylging|"
                             r"oppfølging|oppfølgingspunkter|aksjonspunkter|aksjoner|"
                             r"oppgaver|videre oppfølging|videre arbeid|neste steg|"
                             r"gjøremål|actions?|til neste gang|til neste møte|"
                             r"oppgaver til neste møte|oppgåver til neste møte|"
                             # who does what (by when): "Hvem gjør hva:", "Arbeidsfordeling:",
                             # nynorsk "Kven gjer kva innan når", "Hvem gjør hva, og når"
                             r"(?:hvem|kven)\s+(?:gjør|gjer)\s+(?:hva|kva)(?:\s*,?\s*"
                             r"(?:og\s+|innen\s+|innan\s+)?når)?|arbeidsfordeling|"
                             r"oppgavefordeling|oppgåvefordeling|fordeling\s+av\s+(?:oppgaver|"
                             r"oppgåver|arbeid)|"
                             + FOLLOW_UP_LIST + r")(?:\s+[–—-])?\s*:?\s*$", re.I)
# An item that is a list of tasks: "Arbeidsoppgaver", "Ting som må gjøres", "Videre".
_ACTION_TITLE = re.compile(r"^(?:arbeidsoppgaver|oppgaver|oppfølging|oppfølgingspunkter|"
                           r"aksjonspunkter|aksjoner|gjøremål|videre arbeid|neste steg|videre|"
                           r"to ?do|huskeliste|ting som må (?:bli )?(?:gjøres|gjort)|"
                           r"oppgavefordeling|fordeling av oppgaver|til neste gang|"
                           r"til neste møte)\s*:?$", re.I)
# A section of a summary that lists what the body agreed on: "Hva vi ble enige om",
# nynorsk "Kva vi vart samde om", "Dette ble bestemt", "Beslutninger", "Konklusjonar".
_DECISION_TITLE = lazy_regex(r"^(?:(?:hva|kva)\s+(?:vi|styret|gruppa|gruppen|møtet)\s+"
                             r"(?:ble|vart|blei)\s+(?:enige|einige|samde|samd|enig)\s+om|"
                             r"(?:dette|det\s+som)\s+(?:ble|vart|blei)\s+(?:vedtatt|vedteke|"
                             r"bestemt|bestemd|besluttet)|beslutninger|beslutningar|"
                             r"konklusjoner|konklusjonar|avgjørelser|avgjerder|"
                             # a wiki's English template ("Decisions", Confluence's
                             # "Decision log"), or its Norwegian "Beslutningslogg"
                             r"(?:key\s+)?decisions(?:\s+made)?|decision\s+log|"
                             r"beslutningslogg|"
                             # the meeting's own decisions, recapped at the end: "Vedtak i
                             # møtet", "Vedtak frå møtet", "Vedtak fattet i møtet"
                             r"vedtak\s+(?:fattet\s+|gjort\s+|gjorde\s+)?(?:i|fra|frå)\s+"
                             r"møtet)\s*:?$", re.I)
_may_be_decision_title = starts_with_any("hkdbav")
# A section on what happens after the meeting, whose lines are not all tasks (so not an
# _ACTION_TITLE): "Veien videre", nynorsk "Vegen vidare", "Vidare arbeid", "Videre
# prosess". An authority's act by a date under it is a follow-up like anyone else's.
_ONWARD_TITLE = lazy_regex(r"^(?:(?:veien|vegen)\s+(?:videre|vidare)|(?:videre|vidare)\s+"
                           r"(?:arbeid|prosess|oppfølging|oppfylging)|neste\s+steg|"
                           r"oppfølging\w*|oppfylging\w*)\s*:?$", re.I)
# The first letters of _ACTION_TITLE's words: most titles fail on their first character.
_may_be_action_title = starts_with_any("aogvnthf")
# (and what was said before the vote: "Diskusjon:", "Debatt:", nynorsk "Ordskifte:")
_PROCEEDINGS_LABEL = lazy_regex(r"^(?:behandling|handsaming|saksbehandling|drøfting|"
                                r"diskusjon|debatt|ordskifte|møtebehandling|"
                                # the case systems' headings over the meeting's own step:
                                # Elements "Behandling i Eldrerådet - 12.03.2025", Websak
                                # "Saksprotokoll i Eldrerådet - 12.03.2025", ePhorte
                                # "Behandling/vedtak i Eldrerådet den 12.03.2025 sak 12/25"
                                r"(?:behandling(?:\s*/\s*vedtak)?|handsaming|saksprotokoll)"
                                r" i [\w -]+?|votering|"
                                # "Formannskapets behandling 12.03.2024:"
                                r"[a-zæøå][\w-]*s\s+behandling(?:\s+\d{1,2}\.\d{1,2}\.\d{2,4})?|"
                                r"avstemming|røysting)"  # (nynorsk: "Røysting:")
                                r"(?:(?:\s*[-–]\s*|\s+den\s+)\d{1,2}\.\d{1,2}\.\d{2,4}"
                                r"(?:\s+sak\s+\d{1,4}/\d{2,4})?)?\s*"
                                r"(?:[:;]\s*(?P<rest>.*)|$)", re.I)
# The labels of a discussion alone, among the proceedings' (``_PROCEEDINGS_LABEL``; matched
# casefolded): "Drøfting:", "Diskusjon:", "Debatt:", nynorsk "Ordskifte:" (``_TALK_WORD``,
# also the lead over the talk's points in ``VIEWS_LEAD``). What the body
# "mente" in it is the talk; a vedtak or a konklusjon is labelled apart, and a
# "Behandling:" often holds the vote itself.
_TALK_WORD = r"(?:drøfting(?:en|a|ar|er)?|diskusjon(?:en)?|debatt(?:en)?|ordskifte(?:t)?)"
_TALK_LABEL = lazy_regex(rf"{_TALK_WORD}\b(?!\s*(?:og|/)\s*konkl)")
# A view held in a sentence (lower-cased): "… mente at …", nynorsk "… meinte at …", or
# without "at" before what ought to be done: "… meinte saka burde sendast …".
_VIEW_AFTER = r"(?:at\b|[\wæøå]+(?:\s+[\wæøå]+){0,3}\s+(?:bør|burde|må|måtte|skal|skulle)\s)"
_VIEW_IN_TALK = lazy_regex(rf"\b(?:mente|mener|meinte|meiner)\s+{_VIEW_AFTER}")
# The words of an owner label, the one vocabulary the "Ansvar:" patterns are built from
# (``_RESPONSIBLE``, ``_OWNER_LINE``, ``_BARE_OWNER_OR_DUE``, ``_JOINED_OWNER_DUE_LABEL``,
# ``_OWNER_LABEL_OF_SENTENCE``): "Ansvar:", "Ansvarlig:", nynorsk "Ansvarleg:", and the
# short "Ansv.:" / "Ansv:". A new spelling goes here and every pattern reads it.
# (the plural when a task has several: "Ansvarlige: Kari Li, Per Dal", nynorsk "Ansvarlege:")
_OWNER_LABEL_WORDS = ("ansvarlige", "ansvarlege", "ansvarlig", "ansvarleg", "ansvar")
_OWNER_LABEL_SHORT = "ansv"
# … as a label before its colon (or the slash of a joined "Ansvar/frist:")
_OWNER_LABEL = (r"(?:(?:" + "|".join(_OWNER_LABEL_WORDS) + r")\b|"
                + _OWNER_LABEL_SHORT + r"\.?)")
# … and as a label inside running text: the short form without its stop only before a
# colon ("…, ansv: Kari"; "ansv" alone is no label)
_OWNER_LABEL_IN_TEXT = (r"(?:(?:" + "|".join(_OWNER_LABEL_WORDS) + r")\b|"
                        + _OWNER_LABEL_SHORT + r"\.|" + _OWNER_LABEL_SHORT + r"(?=\s*[:;]))")
_RESPONSIBLE = lazy_regex(r"(?:^|[,;(]\s*|\s[-–]\s*)" + _OWNER_LABEL_IN_TEXT + r"\s*[:;]?\s*"
                          # (who ends at a colon: "Ansvar HTV: innkalle til drøftingsmøte";
                          # but "Ansvar for oppfølging: Kari" names who after it)
                          r"(?P<who>(?!for\b)[^,;.:)·|]+|[^,;.)·|]+)", re.I)
# A further owner after a comma in an owner label's value: "ansvar: Kari Li, Per Dal",
# "(ansvar: KH, PD)" (a deadline after the comma, ", frist 1. mai", names no one)
_CO_OWNER = lazy_regex(r"\s*,\s*(?P<who>[A-ZÆØÅ][\w-]*(?:\s+[A-ZÆØÅ][\w-]*){0,2})"
                       r"(?=\s*(?:[,;.)]|$))")


def _label_owners(sentence: str, found: re.Match[str]) -> str:
    """Who an owner label names (``_RESPONSIBLE``'s ``who``), with the further people
    after commas: "Ansvar: Kari Li, Per Dal" names both, as written (the spec's owners
    are written as the text joins them: "Eli Bryhni, Karl Tofte"), not the first alone.
    Each further one must be a person by first name or initials."""
    who, end = found.group("who"), found.end("who")
    if sentence[end:end + 1] != "," or not _names_people(who):
        return who
    while (more := _CO_OWNER.match(sentence, end)) and _names_people(more.group("who")):
        end = more.end()
    return sentence[found.start("who"):end]


def _names_people(who: str) -> bool:
    """Whether words name a person by first name or initials ("Kari Li", "PD")."""
    first = who.split(maxsplit=1)[0] if who.strip() else ""
    return bool(first) and (is_first_name(first) or bool(_INITIALS.fullmatch(first)))


# "Ansvarlig for organiseringen er Kari Holm (i samarbeid med Per Dahl)": who is named last.
# Someone named taking the task on: "…, Kristin tar ansvar for det.", "Per Lie har
# ansvaret.", "Styret tek ansvar for dette."
# ("Målfrid er dugnadsansvarleg.", "Axel er ansvarlig.": a seat for the task)
# A school class or year group as who does it, in FAU and school minutes: "3. trinn",
# "10. klasse", "5.–7. trinn", "7A", "10B" (a class owns a task as a body does: "3. trinn
# tar ansvar for kaffesalget."); its number is no list number.
_SCHOOL_CLASS_RE = (r"\d{1,2}\.(?:\s*[-–]\s*\d{1,2}\.)?\s*(?:"
                    + "|".join(sorted(SCHOOL_CLASS_WORDS)) + r")|\d{1,2}[A-ZÆØÅ]")
_SCHOOL_CLASS = lazy_regex(rf"(?:{_SCHOOL_CLASS_RE})$")


def _school_class(head: str) -> bool:
    """Whether the words before a task verb name a school class ("3. trinn", "7A")."""
    return head[:1].isdigit() and _SCHOOL_CLASS.match(head) is not None


# (two people by "og" too: "Helene Brattvoll og Kasper Lindeland har ansvar for …")
_TAKES_RESPONSIBILITY = lazy_regex(r"(?:^|[,;]\s*|\s[-–]\s*)(?P<who>[A-ZÆØÅ][\w.-]*"
                                   r"(?:\s+[A-ZÆØÅ][\w.-]*){0,2}(?:\s+og\s+[A-ZÆØÅ][\w.-]*"
                                   rf"(?:\s+[A-ZÆØÅ][\w.-]*){{0,2}})?|{_SCHOOL_CLASS_RE})\s+(?:(?:tar|tek|har|får|fikk|fekk)"
                                   r"\s+(?:hoved|hovud)?ansvar(?:et)?\b|"
                                   r"(?:er|blir|vert)\s+[\wæøå]*ansvarl[ie]g\b)")


def _person_charged(sentence: str) -> bool:
    """Whether a vedtak's sentence gives a person by name the charge of something ("Kari
    Holm har ansvar for programmet."): the body assigning a task, so an action as well as
    the decision. (Outside a vedtak the same words may tell a standing seat: "Per har
    ansvar for økonomien".) A body or a role "har ansvar for" states a duty, no errand."""
    taker = _TAKES_RESPONSIBILITY.search(sentence)
    return taker is not None and is_first_name(taker.group("who").split(None, 1)[0])


# People by first name who "har ansvar for" something: "Randi og Hilde har ansvar for
# kaker og lotteri.", "Kari Holm har ansvaret for pyntinga."
_NAMED_IN_CHARGE = lazy_regex(
    r"^(?P<who>[A-ZÆØÅ][\w-]*(?:\s+[A-ZÆØÅ][\w-]*)?(?:(?:,\s*|\s+og\s+)[A-ZÆØÅ][\w-]*"
    r"(?:\s+[A-ZÆØÅ][\w-]*)?){0,3})\s+(?:har|får)\s+(?:hoved|hovud)?ansvar(?:et)?\s+for\s")


def _charged_for_coming_event(sentence: str, title: str | None,
                              texts: list[tuple[str, bool, bool, bool, str | None]],
                              due_date: Callable[[str], str | None]) -> bool:
    """Whether people by name "har ansvar for" a part of a coming event the item is
    about ("Vårdugnad 27. april" / "Randi og Hilde har ansvar for kaker og lotteri."):
    a one-off task for that day, an action. Without a coming day in the item's title
    or text the same words tell a standing duty ("Per har ansvar for økonomien."). A
    line with a deadline word ("Ola lager plakater innen 20. april.") gives a task's
    date, not the event's, and so does a day only named ("denne uken")."""
    charged = _NAMED_IN_CHARGE.match(sentence)
    if charged is None or not is_first_name(charged.group("who").split(None, 1)[0]):
        return False
    if title is not None and due_date(title) is not None:
        return True
    for text, *_ in texts:
        rest = text.replace(sentence, "")
        if any(map(str.isdigit, rest)) and not _has_deadline_word(rest.lower()) and \
                due_date(rest) is not None:  # (a day written: not "denne uken")
            return True
    return False


# The follow-up of the case as what someone takes on: "Sekretariatet har ansvar for
# videre oppfølging.", "Dagleg leiar tek ansvaret for oppfylginga." (lower-cased; "Per har
# ansvar for økonomien" is a seat, no task)
_FOLLOW_UP_TAKEN = lazy_regex(r"\bansvar(?:et)?\s+for\s+(?:den\s+)?(?:videre\s+|vidare\s+)?"
                              r"(?:oppfølging|oppfylging)(?:en|a)?(?:\s+av\s+(?:saken|saka|"
                              r"vedtaket|dette|denne))?\s*[.!]?$")


def _owns_the_follow_up(sentence: str, lowered: str) -> bool:
    """Whether someone named takes on the case's follow-up (see ``_FOLLOW_UP_TAKEN``): the
    body's own people only ("Kommunene har ansvar for oppfølging." is their duty)."""
    taker = _FOLLOW_UP_TAKEN.search(lowered) and _FOLLOW_UP_TAKER.match(sentence)
    return bool(taker) and not _members_duty(taker.group("who"), "sørge for")


_FOLLOW_UP_TAKER = lazy_regex(r"(?P<who>(?i:daglig|dagleg)\s+(?:leder|leiar)|"
                              r"[A-ZÆØÅ][\w.-]*(?:\s+(?:og\s+)?[A-ZÆØÅ][\w.-]*){0,2})\s+"
                              r"(?:tar|tek|har|får|fikk|fekk)\s+(?:hoved|hovud)?ansvar")


# A sentence that only says who takes on what the sentence before it said: "Trong tar
# ansvar for det.", "Styret tek ansvaret for dette."
_TAKES_IT_ON = lazy_regex(r"^(?P<who>[A-ZÆØÅ][\w.-]*(?:\s+[A-ZÆØÅ][\w.-]*){0,2})\s+"
                          r"(?:tar|tek|tok)\s+(?:hoved|hovud)?ansvar(?:et)?\s+for\s+"
                          r"(?:det|dette|den|denne)\s*[.!]?$")
_RESPONSIBLE_FOR = lazy_regex(r"for\s.{1,80}?\s(?:er|blir|vert)\s+(?P<who>[A-ZÆØÅ][^,;.()]*?)"
                              r"(?:\s+i\s+samarbeid\s+med\b.*)?$")


def _any_case(pattern: str) -> tuple[re.Pattern[str], bool]:
    """An IGNORECASE pattern as (compiled on first use, whether it searches the folded
    text).

    A pattern in lower case runs on the folded sentence without IGNORECASE (several
    times faster, same matches: ``folded_pattern``); one that names upper-case letters
    keeps IGNORECASE on the sentence itself. Compiled when first searched: a form whose
    guard no sentence of a document passes costs that document's process nothing (the
    outcome forms were a fifth of the patterns compiled by importing the parser).
    """
    if is_lower_case_pattern(pattern):
        return lazy_regex(pattern), True
    return lazy_regex(pattern, re.I), False


# Money named without a figure, after "setter av" / "set av" (lower-case): "en sum",
# "eit beløp", "midler", "pengar" – a grant, as "setter av 50 000 kr" is, where "set av ein
# kontaktperson" or "setter av en dag" is a task.
_MONEY_WORDS = (r"(?:(?:en|ein|et|eit|ei)\s+(?:sum|beløp|pott|ramme|andel|del\s+av\s+midl)|"
                r"(?:midler|midlar|penger|pengar)\b)")
# Money set aside, by its figure or its words: "setter av 50 000 kr", "set av kr 100 000",
# "set av 2 mill.", "setter av midler" (not "set av ein kontaktperson", "setter av tid").
_SET_ASIDE_MONEY = (r"(?:setter|set|satte|satt|sett|sette)\s+av\s+(?:kr\.?\s*\d|"
                    r"\d[\d .,]*\s*(?:kr\b|kroner|,-|mill)|" + _MONEY_WORDS + ")")

# The definite nouns a body is called by when it is the subject ("Styret …", "Regionrådet
# …", "Arbeidsutvalet …", "Laget …"): one vocabulary for the forms below.
# (a forum goes by its bare name as often as by "forumet": "Planforum anbefaler at …",
# "Rådmannsforum sluttet seg til …", as "Styre" does in a heading)
_BODY_NOUN = (r"(?:rådet|styret|styre|utvalget|utvalet|gruppa|gruppen|nettverket|forum(?:et)?|"
              r"nemnda|"
              r"forsamlingen|forsamlinga|"
              r"komiteen|skapet|laget)")
# Whom a body advises: another body ("styret", "regionrådet"), the owners or the councils
# that decide in a cooperation between municipalities ("kommunane", "eigarkommunane",
# "kommunestyra", "kommunestyrene i deltakerkommunene"): "Utvalet rår kommunestyra til å …".
_ADVISED = (rf"(?:[\wæøå-]*(?:{_BODY_NOUN}|kommunene|kommunane|styra|styrene)|kommunen|eierne|"
            r"eigarane)(?:\s+i\s+[\wæøå-]*(?:kommunene|kommunane))?")
# The place a body is named with: "i Vestby", "i Vestby kommune", "i Nordre Land".
_PLACE_OF_BODY = (r"(?-i:[A-ZÆØÅ][\w-]*(?:\s+[A-ZÆØÅ][\w-]*)?)"
                  r"(?:\s+(?:kommune|fylkeskommune|herad|fylke))?")
# A body's usual short name as the subject: "AU anbefaler …", "FAU går videre med …" (in
# capitals only: not "Nav", nor "au" inside a word); the health cooperation's committees
# too: "OSU rår til at …", "FSU anbefaler at …", "SSU sluttar seg til …" (overordna,
# faglege and strategisk samarbeidsutval, which call themselves so in their own minutes).
_BODY_SHORT = r"(?-i:AU|FAU|SU|SMU|KU|AMU|RR|OSU|FSU|SSU)"
_OPTION_NOUNS = ("tilbud", "tilbod", "anbud", "anbod", "alternativ", "modell", "forslag",
                 "framlegg", "løsning", "løysing", "leverandør", "kandidat",
                 "entreprenør", "variant", "konsept", "skisse", "utkast", "opsjon",
                 # the agreement on the table: "Styret går videre med leieavtalen."
                 "avtale", "kontrakt")
# (the options the body has before it, for "går videre med …" below and further down;
# the noun may close a compound: "leieavtalen", "hovedalternativet", "anbudsforslaget")
# The body approving or adopting at the meeting: "Styret godkjenner årsregnskapet",
# "Rådet vedtar budsjettet", the body's full name ("Programutvalget for språk og
# litteratur godkjenner …"), "AU godkjenner …", "UHR B vedtar …", the members' "Vi vedtar …"
_BODY_SUBJECT = (rf"^(?:(?=[A-ZÆØÅ])[\wæøå-]*?(?:{_BODY_NOUN}|møtet)"
                 r"(?:\s+(?:for|i|fra|frå)\s+[\wæøå-]+(?:\s+(?:og|i)\s+[\wæøå-]+)?)?|"
                 r"(?-i:[A-ZÆØÅ]{2,5}(?:\s[A-ZÆØÅ]{1,2})?|Vi))")
_BODY_APPROVES = rf"{_BODY_SUBJECT}\s+(?:godkjenner|vedtar|vedtek)"
# The body's own approval with what goes with it: "Kontrollutvalet godkjenner
# årsrapporten og sender han til kommunestyret." – its act at the meeting, a decision and
# no task it owns ("Styret vedtar at Kari sender …" gives Kari one; searched with re.I)
_BODY_OWN_ACT = lazy_regex(rf"{_BODY_APPROVES}\s+(?!at\s)", re.I)
# The body creating something by its decision: "Fellesrådet oppretter en 50 % stilling som
# kirketjener.", "Styret etablerer ei arbeidsgruppe.", "Rådet nedset eit utval." – the
# vedtak itself makes it exist, so it is a decision and no errand the body owns (a person
# doing so, "Kari oppretter en Teams-kanal.", is still a task; searched with re.I)
_BODY_CREATES = lazy_regex(rf"{_BODY_SUBJECT}\s+(?:oppretter|opprettar|etablerer|etablerar|"
                           r"nedsetter|nedset|(?:setter|set)\s+ned)\s|"
                           # (also after its first act: "Forumet tek rapporten til vitande og
                           # set ned ei arbeidsgruppe …")
                           rf"{_BODY_SUBJECT}\s+[^.]*?\bog\s+(?:setter|set)\s+ned\s", re.I)


# A body naming a person to a seat or a role, the person named: "FAU valgte Pål Ruud og
# Erik Strand som representanter.", "Styret oppnevnte Kari Holm til valgkomiteen.",
# "Brukarutvalet peikar ut Siri Bakke til FSU." – an election or an appointment the body
# made at the meeting, a decision and no errand ("Hver kommune utpeker en kontaktperson"
# names no one yet: a task).
_NAMED_TO_A_SEAT = (
    r"^(?:[A-ZÆØÅ][\w-]*\s+){1,3}(?:valgte|valde|oppnevnte|oppnevner|oppnemnde|oppnemner|"
    r"utpeker|utpeikar|utpekte|utpeika|peker\s+ut|peikar\s+ut|pekte\s+ut|peika\s+ut|"
    r"utnevner|utnemner|utnevnte|utnemnde)\s+"
    # (the outcome forms run without regard to case: an indefinite article is no name,
    # "Hver kommune oppnevner en fagperson til …" names someone yet to be found)
    r"(?!(?:en|ei|et|ein|eit)\s)"
    r"[A-ZÆØÅ][\w-]*(?:\s+(?:og\s+)?[A-ZÆØÅ][\w-]*)*\s+(?:som|til)\s")
# The words the pointing and naming verbs of ``_NAMED_TO_A_SEAT`` cannot match without.
_APPOINT_HINTS = ("utpe", "peker ut", "peikar ut", "pekte ut", "peika ut", "utne")
_names_to_a_seat_hint = contains_any(_APPOINT_HINTS)
_APPOINTS_NAMED = lazy_regex(_NAMED_TO_A_SEAT)

# The body that met named bare after the next meeting's words, as its own minutes name it:
# "Neste møte i utvalet er flytta til …", "Neste møte i styret blir 4. mai.", and the
# usual compounds of a cooperation's own bodies: "… i representantskapet", "… i
# regionrådet", "… i arbeidsutvalget", "… i styringsgruppa" (a body named in full, "… i
# fylkestinget", "… i kommunestyret", is another's and not read so), and a faggruppe's own:
# "Neste samling i faggruppa vert 3. juni."
_OWN_BODY_AFTER = (r"(?:(?:i|for)\s+(?:representant|region|arbeids|styrings|prosjekt|fag)?"
                   rf"{_BODY_NOUN}\s+)?")

# The place of the next meeting between its words and the verb, a capitalised name after
# "i": "Neste planforum i Stryn blir 4. mai.", "Neste møte i Bø kommune er …" (the place
# said before the day, as "Neste møte blir 12. juni i Bø." says it after; a body after
# "i" is ``_OWN_BODY_AFTER``'s, and another body's, "i Regionrådet", ``decided_by_another``'s).
_PLACE_AFTER = r"(?:i\s+(?-i:[A-ZÆØÅ])[\wæøå-]+\s+(?:kommune\s+)?)?"

# The next meeting's words naming a meeting with others, not the body's own next meeting:
# "Neste forhandlingsmøte (med staten) er i november.", "Neste folkemøte blir i mai." –
# the text tells of it; the body did not set it (its own compounds, "Neste styremøte",
# "Neste rådsmøte", and a series it holds, "Neste dialogmøte", still read as set).
_NOT_OTHERS_MEETING = (r"(?!(?:forhandlings|folke|informasjons|innspills|innspels|hørings|"
                       r"høyrings|kontakt|samråds|drøftings)møte)")

# A fund's or a board's answer to an application, granted or refused (nynorsk "innvilgja",
# "avslegen" too), and the sum granted as written: "150 000", "150.000,-". One vocabulary
# for a sentence's answer here and a heading's after a dash (``items._DASH_GRANT``).
GRANT_WORDS = r"(?:innvilget|innvilga|innvilgja|innvilgd|avslag|avslått|avslege|avslegen)"
KRONER_SUM = r"\d{1,3}(?:[ \u00a0.]\d{3})*(?:,-)?"
# An answer to an application with the sum granted ("innvilga kr 150 000", "avslag").
_GRANT_ANSWER = (GRANT_WORDS + r"(?:\s+(?:med\s+)?(?:kr\.?\s*)?" + KRONER_SUM +
                 r"(?:\s*(?:kr|kroner))?)?")

# Outcome sentences that record a decision of the body. One alternation of all forms
# cost ~50 µs per sentence (IGNORECASE tries every branch at every position), so each
# form is its own pattern behind the lower-case substrings it cannot match without;
# a sentence is an outcome when any form matches (the same as one big alternation).
# Each form is kept as (guard substrings, pattern); ``_is_outcome`` tests all guards at
# once (``hint_mask``) and runs only the patterns whose guard holds.
_OUTCOME_FORM_SPECS: tuple[tuple[tuple[str, ...], str], ...] = (
    # (guards name "vedtatt", "vedtek" rather than "vedt": "vedtak" stands in many
    # sentences that none of these forms matches)
    (("godkj", "vedtatt", "vedtek", "godt", "orientering", "etterretning", "enige", "einige",
      "samde", "utsatt", "utsett", "vit", "innvilg"),
     # (nynorsk "vert" beside "blir": "Orienteringa vert teken til vitande.")
     # (not a relative clause's state, what kind of thing it is: "Kommuner som er godkjent
     # som Trafikksikker kommune blir prioritert.")
     r"\b(?:ble|vart|blei|(?<!\bsom\s)(?:er|blir|vert))\s+(?:enstemmig\s+|samrøystes\s+|"
     r"automatisk\s+|"
     r"for\s+øvrig\s+|forøvrig\s+|dermed\s+)?"
     r"(?:godkjenn?t|godkjende?|vedtatt|vedteke|vedtekne|godtatt|vedtatt\s+enstemmig|"
     r"innvilget|innvilga|innvilgd|"
     r"vedteken|tatt til orientering|teke til orientering|tekne til orientering|"
     r"teken til orientering|tatt til vitende|teke til vitande|teken til vitande|"
     r"tekne til vitande|tatt til etterretning|tekne til etterretning|teke til etterretning|"
     # (not "utsatt for": exposed to, "Elevane blir utsett for støy"; nor "er utsatt" of
     # what is not the case, a state told: "Byggjestart er utsett til mars.")
     r"teken til etterretning|(?<!\ber\s)(?:utsatt|utsett)(?!\s+for\b))\b|"
     # agreed ("ble enige"); "X og skulen blir einige om …" is still to be done
     r"\b(?:ble|vart|blei|er)\s+(?:enige|einige|samde)\b|"
     # after the vote before it: "Innstillingen ble deretter enstemmig vedtatt." (only
     # the past: "Planen blir deretter vedtatt av kommunestyret" tells the way ahead)
     # (also "thus": "Forslaget ble således vedtatt.", nynorsk "Framlegget vart såleis
     # vedteke." – after a tied vote settled by the chair's casting vote)
     r"\b(?:ble|vart|blei)\s+(?:deretter|derfor|difor|dermed|da|så|således|såleis)\s+"
     r"(?:enstemmig\s+|samrøystes\s+)?(?:godkjenn?t|godkjend|vedtatt|vedteke|vedteken)\b"),
    # "Med endringen ble saksliste og innkalling – enstemmig godkjent.", "Skrivet vart
    # gjennomgått og tatt til etterretning."
    (("godkj", "vedtatt", "vedtek", "orientering", "etterretning"),
     r"\b(?:ble|vart|blei)\s+(?:(?:[\wæøå-]+\s+){1,5}[–-]\s+(?:enstemmig\s+|"
     r"samrøystes\s+)?(?:godkjenn?t|godkjend|vedtatt|vedteke)\b|"
     r"[\wæøå]+\s+og\s+(?:tatt|teke|teken|tekne)\s+til\s+(?:orientering|etterretning)\b|"
     # gone through by someone, then adopted: "Årsberetningen ble gjennomgått av
     # styreleder Magnus Hegg og godkjent."
     r"(?:gjennomgått|presentert|lagt\s+fram|lagd\s+fram|lest\s+opp|lesen\s+opp|drøftet|"
     r"drøfta|behandlet|handsama)\s+av\s+(?:[\wæøå.-]+\s+){1,4}?og\s+"
     r"(?:enstemmig\s+|samrøystes\s+)?(?:godkjenn?t|godkjend|vedtatt|vedteke|vedteken|"
     r"(?:tatt|teke|teken)\s+til\s+(?:orientering|etterretning|vitande))\b)"),
    # "Styret tok saken til orientering", "tek saka til orientering", "… og årsmøtet tok
    # til vitande at …"
    (("tok", "tar ", "tek "), r"\b(?:tok|tar|tek)\s+(?:[\wæøå-]+\s+){0,3}?til\s+"
                      r"(?:orientering|etterretning|vitande|vitende)|"
                      # "Styret tar skriv fra fotball om vinterfotball til etterretning.",
                      # nynorsk "Faggruppa tok orienteringa frå Erlend Vik til vitande."
                      r"\b(?:tok|tar|tek)\s+(?:[\wæøå.-]+\s+){4,8}?til\s+"
                      r"(?:orientering|etterretning|vitande|vitende)\s*[.!]?$"),
    # "Styret sa seg einig i tilrådinga.", "… ga sin tilslutning til forslaget."
    # (and its yes or no: "Styret sa ja til søknaden.", "Laget seier nei til tilbodet.")
    (("sa seg", "seier seg", "sier seg", "tilslutning", "tilslutnad", "ja til", "nei til"),
     rf"^(?:[A-ZÆØÅ][\w-]*\s+){{0,2}}?(?:alle|[\wæøå-]*{_BODY_NOUN}|møtet|medlemmene)\s+"
     # (also content with it: "Styret seier seg nøgd med rapporten.", "… sa seg fornøyd med")
     r"(?:sa|seier|sier)\s+(?:seg\s+(?:enige?|einige?|samde?|(?:godt\s+)?(?:nøgde?|fornøyde?|"
     r"fornøgde?|tilfreds)\s+med)|ja\s+til|nei\s+til)\b|"
     # (nynorsk also "tilslutnad": "Styret gav tilslutnad til framlegget.")
     # (and how, or with nothing after: "Rådet gav samrøystes tilslutnad.")
     r"\b(?:ga|gav|gir|gjev)\s+(?:sin\s+|si\s+)?(?:enstemmig\s+|samrøystes\s+)?(?:full\s+)?"
     r"tilslutn(?:ing|ad)(?:\s+til\b|\s*[.!]?$)|"
     r"\b(?:fikk|fekk|får)\s+(?:full\s+|brei\s+|bred\s+)?tilslutn(?:ing|ad)\b"),
    # the fee or pay an annual meeting sets, as its item asks: "Kontingenten for 2027
    # settes til kr 400.", "Godtgjørelsen til styret blir satt til kr 60 000.",
    # "Kontingenten holdes uendret.", nynorsk "Kontingenten held fram uendra på kr 250."
    # (the fee as the sentence's subject: "Leder orienterte om at kontingenten …" is news)
    (("kontingent", "godtgj", "honorar"),
     r"^(?:[\wæøå-]*(?:kontingent|godtgjørelse|godtgjersle|godtgjering|honorar)[\wæøå]*)"
     r"(?:\s+(?!(?:er|var|ble|vart|blei|blir|vert|har|hadde)\b)[\wæøå.,/-]+){0,5}?\s+"
     r"(?:(?:settes|setjast|fastsettes|fastsetjast|økes|aukast|heves|justeres|justerast)\s+"
     r"(?:opp\s+)?(?:til|med)\b|"
     r"(?:blir|vert|ble|vart|blei)\s+(?:satt|sett|fastsatt|fastsett|økt|auka|hevet|justert)"
     r"\s+(?:opp\s+)?(?:til|med)\b|"
     r"(?:holdes|haldast|blir|vert|forblir|held\s+fram|holder\s+seg|ble|vart|blei|vedtas|"
     r"vedtakast)\s+(?:uendret|uendra|uforandret|uforandra)\b|"
     # (it stays where it was: "Styrehonoraret vert ståande på kr 60 000 …")
     r"(?:blir|vert|ble|vart|blei)\s+(?:stående|ståande)\s+(?:på|uendret|uendra)\b)"),
    # the board discharged for the year, as a general meeting does with the accounts:
    # "Styret ble meddelt ansvarsfrihet.", "Årsmøtet gav styret ansvarsfridom."
    (("ansvarsfri",),
     r"\b(?:ble|vart|blei|blir|vert|er)\s+(?:enstemmig\s+|samrøystes\s+)?(?:meddelt|gitt|"
     r"gjeve|gjevne|gitt\s+full|meddelt\s+full)\s+ansvarsfri(?:het|dom)\b|"
     r"\b(?:gav|ga|gir|gjev|meddelte|meddeler)\s+(?:[\wæøå-]*styret|styremedlemmene)\s+"
     r"(?:full\s+)?ansvarsfri(?:het|dom)\b"),
    # "Styret tiltrer innstillingen.", "Rådet gikk inn for alternativ 2.": the body adopts it
    # (also the majority, as the body's vote: "Fleirtalet gjekk inn for å utsetje saka.",
    # "Flertallet (Ap, Sp) gikk inn for forslaget."; and how it voted: "Utvalet gjekk
    # samrøystes inn for tilrådinga.", "Styret gikk enstemmig inn for forslaget."; and
    # without "inn", the body's choice: "Arbeidsutvalget går for tilbudet fra Fjordbuss.")
    (("tiltr", "inn for", "går for", "gikk for", "gjekk for"),
     rf"^(?:[A-ZÆØÅ][\w-]*\s+){{0,2}}?(?:[\wæøå-]*{_BODY_NOUN}|møtet|medlemmene|"
     r"(?:flertallet|fleirtalet)(?:\s*\([^)]*\))?)\s+"
     r"(?:tiltrer|tiltrådte|tiltrådde|(?:gikk|gjekk|går|gjeng)\s+"
     r"(?:samlet\s+|samla\s+|enstemmig\s+|einstemmig\s+|samrøystes\s+)?"
     r"(?:inn\s+)?for)\s"),
    # the body going on with the option or the party it chose: "Styret går videre med
    # modell B.", "Utvalet går vidare med alternativ 2.", "Styret gikk videre med
    # Byggmester AS." – its choice, as "Styret går for …" (see ``_GOES_ON_WITH_OPTION``;
    # "… går videre med å innhente tilbud" or "… med saken" is work going on, no choice)
    (("videre med", "vidare med"),
     rf"^(?:[A-ZÆØÅ][\w-]*\s+){{0,2}}?(?:[\wæøå-]*{_BODY_NOUN}|møtet|{_BODY_SHORT})\s+"
     r"(?:går|gikk|gjekk|gjeng)\s+(?:samlet\s+|samla\s+|enstemmig\s+|einstemmig\s+|"
     r"samrøystes\s+)?(?:videre|vidare)\s+med\s+(?!å\b)(?:(?:[\wæøå-]+\s+){0,3}?[\wæøå-]*?(?:"
     + "|".join(_OPTION_NOUNS) + r")|(?-i:[A-ZÆØÅ])[\w&.-]*\s+(?-i:[A-ZÆØÅ]))"),
    # the body rallying round one proposal: "Møtet samlet seg om forslag 2.", "Styret
    # samla seg bak tilrådinga." (the whole body: not "Flere samlet seg om …")
    (("samle", "samla"),
     rf"^(?:[A-ZÆØÅ][\w-]*\s+){{0,2}}?(?:alle|[\wæøå-]*{_BODY_NOUN}|møtet|medlemmene)\s+"
     r"(?:samlet|samla|samler|samlar)\s+seg\s+(?:enstemmig\s+|samrøystes\s+)?(?:om|bak)\s"),
    # "Gustav Ekre held fram som kasserar.": who keeps a seat on the board
    (("fram som", "fortsetter som", "fortset som"),
     r"\b(?:held|heldt|holder|fortsetter|fortset)\s+(?:fram\s+)?som\s+(?:leiar|leder|"
     r"nestleiar|nestleder|kasserar|kasserer|sekretær|styremedlem|varamedlem|varamann)\b"),
    # "Forslaget fikk flertall.", "Saken ble trukket.", "… gis fullmakt til å …"
    # (withdrawn also in the present passive and the perfect, and the case named: "Saken
    # trekkes.", "Saka er trekt.", "Saka om breiband vart trekt.")
    (("flertal", "fleirtal", "trukket", "trekt", "fullmakt", "trekkes", "trekkast",
      "trekkjast"),
     r"\b(?:fikk|fekk)\s+(?:\w+\s+)?(?:flertall|fleirtal)\b|"
     r"\b(?:saken|saka)\s+(?:ble|vart|blir|vert)\s+(?:trukket|trekt)\b|"
     # (and by its number: "Sak 34/26 ble trukket.", "Sak 5/26 vart trekt.")
     r"^(?:saken|saka|punktet|sak\s+(?:nr\.?\s*)?\d{1,3}(?:/\d{2,4})?)"
     r"(?:\s+(?:om|fra|frå|med)\s[^.]{1,60}?)?\s+"
     r"(?:(?:ble|vart|blei|blir|vert|er)\s+(?:trukket|trekt)|trekkes|trekkast|trekkjast)\b|"
     r"\b(?:gis|gjevast|får|fekk|fikk|(?:ble|vart)\s+gitt|(?:ble|vart)\s+gjeve)\s+"
     r"fullmakt\s+til\b|"
     # the body gives it: "Styret ga daglig leder fullmakt til å …"
     # (to two joined by "og": "Styret gir styreleder og daglig leder fullmakt til å …")
     r"\b(?:ga|gav|gir|gjev)\s+(?:[\wæøå-]+\s+){1,3}(?:og\s+(?:[\wæøå-]+\s+){1,3})?"
     r"fullmakt\s+til\b"),
    # "Styret godkjenner årsregnskapet.", "Rådet vedtar budsjettet.": a body decides
    (("godkjenner", "vedtar", "vedtek"), rf"{_BODY_APPROVES}\s"),
    # A proposal voted down or withdrawn: "Forslaget falt.", "Forslaget fra Per Dahl falt
    # med 3 mot 6 stemmer.", "Framlegget fall.", "Ap sitt forslag fikk 2 stemmer og falt.",
    # "Benkeforslaget ble nedstemt.", "Forslaget ble trukket." (not "i så fall")
    # (guards with a space before: "forfall", "bestemmer" and "oktober " are no votes)
    # (nynorsk also "Framlegget vart nedrøysta."; "Forslaget ble ikke vedtatt.")
    # ("Forslaget ble stemt ned.", "Framlegget vart røysta ned.", "Forslaget oppnådde ikke
    # flertall.")
    # (the votes it got alone, "Forslaget fra Kari Holm fikk 2 stemmer.", "A fikk 2
    # stemmer, B fikk 2 stemmer.", are a count with no outcome: the sentence telling
    # what was carried is the decision)
    ((" fal", "nedstemt", "forkast", "avvist", "trukket", "trekt", "nedrøyst",
      "ikke vedt", "ikkje vedt", "stemt ned", "røysta ned", "røystet ned", "oppnådde"),
     # (also the clause after the casting vote: "Leiaren si dobbeltrøyst var avgjerande,
     # og framlegget fall.")
     # (also after the vote it was put to: "Det ble først stemt over Halsens forslag, som
     # fikk 2 stemmer og falt.", "Det vart røysta over framlegget frå Ola Li, som fall.")
     r"(?:^|,\s+og\s+)(?:det\s+(?:ble|vart|blei)\s+(?:først\s+|fyrst\s+)?"
     r"(?:stemt|votert|røysta|røystet)\s+over\s+)?"
     r"(?:[\wæøå-]+\s+){0,3}?(?:[\wæøå-]*(?:forslag|framlegg)(?:et)?|"
     r"innstillingen|innstillinga|tilrådinga)\b[^.]{0,120}?"
     r"(?:(?<!\bså)(?<!\balle)(?<!\bdet)(?<!\bbeste)(?<!\bverste)\s(?:falt|fall)\b|"
     r"\s(?:ble|vart|blei)\s+(?:nedstemt|forkastet|forkasta|avvist|trukket|trekt|nedrøysta|"
     r"nedrøystet|(?:ikke|ikkje)\s+(?:vedtatt|vedteke|vedteken)|"
     r"(?:stemt|røysta|røystet)\s+ned)\b"
     r"(?!\s+av\b)|"
     r"\soppnådde\s+(?:ikke|ikkje)\s+(?:flertall|fleirtal)\b)"),
    # The majority votes for it: "Et flertall på 5 stemte for innstillingen.", "Fleirtalet
    # (Sp, H) røysta for framlegget." (the minority's vote is not the decision)
    # (its guard the words it needs anyway: no substring search of its own)
    (("flertal", "fleirtal"),
     r"^(?:et\s+|eit\s+)?(?:flertall|fleirtal)(?:et)?(?:\s*\([^)]*\)|\s+på\s+\w+"
     r"(?:\s+(?:stemmer|røyster|medlemmer|medlemer))?)?\s+(?:stemte|røysta|røystet|røystde)"
     r"\s+for\s"),
    # A vote line: "Enstemmig med unntak av Dag Eriksen.", "Samrøystes, unntatt Brit Lid."
    (("unnta",),
     r"^(?:enstemmig|samrøystes|einstemmig)(?:\s+(?:vedtatt|vedteke|vedteken|godkjent|"
     r"godkjend))?\s*,?\s+(?:med\s+unntak\s+av|unntatt)\s+\S"),
    # The body votes it down: "Styret stemte ned forslaget.", "Rådet røysta ned framlegget."
    (("stemte ned", "røysta ned", "røystet ned"),
     rf"^(?:[A-ZÆØÅ][\w-]*\s+){{0,2}}?(?:[\wæøå-]*{_BODY_NOUN}|møtet|flertallet|fleirtalet)\s+"
     r"(?:stemte|røysta|røystet)\s+ned\s+(?:[\wæøå-]+\s+){0,3}?(?:forslaget|framlegget|"
     r"innstillingen|innstillinga|tilrådinga)\b"),
    # The body's resolution that asks someone to act, in the present tense as a vedtak is
    # written: "Styret ber daglig leder om å …", "Regionrådet ber om at …", "Rådet bed
    # kommunane …". (A member asking is no resolution, and the past "Gruppa ba
    # sekretariatet se på …" tells the discussion: a task, not a decision.)
    # The body may be named with its place ("Kontrollutvalget i Vestby (kommune) ber …"),
    # or come after the verb when the sentence opens with why ("Med bakgrunn i rapporten
    # ber kontrollutvalget kommunedirektøren om …", "Derfor ber styret om at …").
    # Named first, it may urge rather than ask, the same resolution in a softer verb
    # ("Regionrådet oppfordrer fylkeskommunen til å …", "Rådet oppmodar kommunane om å …"),
    # or demand it in a statement: "Forumet krev at det vert laga ein plan …".
    ((" ber ", " bed ", "oppfordr", "oppmod", " krev"),
     rf"^(?:[A-ZÆØÅ][\w-]*\s+){{0,2}}?(?:[\wæøå-]*{_BODY_NOUN}|[\wæøå-]*møtet|"
     rf"{_BODY_SHORT})(?:\s+i\s+{_PLACE_OF_BODY})?\s+"
     r"(?:ber|bed|oppfordrer|oppfordrar|oppmoder|oppmodar|krever\s+at|krev\s+at)\s+"
     r"(?!deg\b|dere\b|dykk\b)\w|"
     # (the words before the verb an adverb or a phrase with a word in lower case, not a
     # subject: "Ola ber styret om hjelp" is a member asking the board)
     rf"^(?i:derfor|difor|dermed|samtidig|videre|vidare|så)\s+(?:ber|bed)\s+"
     rf"(?:[\wæøå-]*{_BODY_NOUN}|{_BODY_SHORT})\s+(?!deg\b|dere\b|dykk\b)\w|"
     rf"^[A-ZÆØÅ][\wæøå-]*(?:\s+[\wæøå-]+){{0,4}}?\s+(?-i:[a-zæøå])[\wæøå-]*\s+(?:ber|bed)\s+"
     rf"(?:[\wæøå-]*{_BODY_NOUN}|{_BODY_SHORT})\s+(?!deg\b|dere\b|dykk\b)\w"),
    # How the case itself ends: "Innstillingen ble enstemmig tiltrådt.", "Søknaden avslås.",
    # "Klagen tas ikke til følge.", "Saken sendes tilbake til administrasjonen.", "Saken
    # utgår.", "Saken ble strøket fra sakslisten." (in the present or passive the deciding
    # body writes; "Søknaden ble avslått" is as often another body's answer reported: see
    # ``_CASE_ANSWERED``); "Søknaden innvilges.", nynorsk "Klaga takast ikkje til følgje.",
    # "Saka vert avslått"; a case sent back is only ever the body's own outcome ("Saken ble
    # sendt tilbake til administrasjonen.", "Saka vart sendt attende …", "Saken ble
    # returnert til administrasjonen."); so is a case an administrative group sends on or
    # takes home: "Saken sendes videre til regionrådet.", "Saken tas med tilbake til egen
    # organisasjon.", nynorsk "Saka vert teken med attende til eigen organisasjon."; an
    # application met, as a vedtak words it: "Søknaden imøtekommes.", "Søknaden vert ikkje
    # imøtekomen."; backed by the vote: "Søknaden ble enstemmig støttet.", nynorsk "Framlegget
    # vart samrøystes støtta." (a vote word makes it the body's, not one member's backing)
    (("tiltrådt", "tiltrådd", "avslås", "avslåast", "til følge", "tilbake", "utgår", "utgikk",
      "utgjekk", "går ut", "gikk ut", "gjekk ut", "strøket", "stroke", "til følgje", "attende",
      "innvilges", "innvilgast", "avslått", "avslåes", "avvis", "innvilg", "imøtekom",
      "returner", "i retur", "sendes videre", "sendast vidare", "sendt videre", "send vidare",
      "støttet", "støtta", "sendes til", "sendast til", "sendt til", "send til"),
     r"\b(?:ble|vart|blei|blir|vert)\s+(?:enstemmig\s+|samrøystes\s+)?(?:tiltrådt|tiltrådd)\b|"
     r"\b(?:ble|vart|blei)\s+(?:enstemmig|einstemmig|samrøystes)\s+(?:støttet|støtta)\b|"
     r"\b(?:avslås|avslåes|avslåast)\b|"
     r"^(?:[\wæøå-]+\s+){1,4}(?:innvilges|innvilgast|imøtekommes|imøtekomast|"
     r"(?:blir|vert)\s+(?:avslått|(?:ikke|ikkje)\s+(?:innvilget|innvilga))|"
     r"(?:blir|vert|ble|vart|blei)\s+(?:(?:ikke|ikkje|delvis)\s+)?"
     r"(?:imøtekommet|imøtekomen|imøtekome|imøtekomne)(?!\s+av\b))\b|"
     # a claim or complaint dismissed: "Klagen avvises.", "Klaga vert avvist."
     r"^(?:søknaden|søknada|klagen|klaga|kravet|saken|saka)\s+(?:avvises|avvisast|"
     r"(?:blir|vert)\s+avvist)\b|"
     r"\b(?:tas|takast)\s+(?:ikke\s+|ikkje\s+)?til\s+(?:følge|følgje)\b|"
     r"^(?:saken|saka|punktet)\s+(?:(?:sendes|sendast)\s+(?:tilbake|attende|i\s+retur)|"
     # (nynorsk also the participle "send": "Saka vert send tilbake til administrasjonen.")
     # (and "i retur": "Saken ble sendt i retur.")
     r"returneres|returnerast|(?:ble|vart|blei|blir|vert)\s+(?:sendt?\s+(?:tilbake|attende|i\s+retur)|"
     r"returnert))\b|"
     # (sent on or taken home, with where to: "… sendes videre til regionrådet", "… tas med
     # tilbake til egen organisasjon", "… vert send vidare til …", "… vert teken med attende")
     r"^(?:saken|saka)\s+(?:(?:sendes|sendast)\s+(?:videre|vidare)|(?:tas|takast)\s+med\s+"
     r"(?:tilbake|attende)|(?:blir|vert)\s+(?:sendt?\s+(?:videre|vidare)|(?:tatt|teken|teke)\s+"
     r"med\s+(?:tilbake|attende)))\s+til\b|"
     # (and in the active, the members taking it home to their own organisations:
     # "Rektorene tar med seg saken tilbake til egen kommune.", nynorsk "Rektorane tek med
     # seg saka attende til eigen kommune." – not "… tilbake til styret", one errand)
     r"^(?:[\wæøå-]+\s+){1,3}?(?:tar|tek)\s+(?:med\s+seg\s+)?(?:saken|saka)\s+"
     r"(?:med\s+(?:seg\s+)?)?(?:tilbake|attende)\s+til\s+(?:egen|eigen|egne|eigne|sin|sine|sitt)\s|"
     # (and sent on to the body that decides it, the sentence ending with that body, its
     # meeting's date or what it is to do: "Saka blir sendt til partnarskapsmøtet 9.
     # april.", "Saken sendes til OSU.", "… til regionrådet for endelig vedtak." – not "…
     # til FAU for videre arbeid", work handed on)
     r"^(?:saken|saka)\s+(?:sendes|sendast|(?:blir|vert)\s+sendt?)\s+til\s+[\wæøå-]+"
     r"(?:\s+\d{1,2}\.\s*(?:[a-zæøå]+|\d{1,2}\.(?:\d{2,4})?)(?:\s+\d{4})?|"
     r"\s+(?:for|til)\s+(?:endelig\s+|endeleg\s+)?(?:vedtak|godkjenning|behandling|"
     r"handsaming|avgjerd|avgjørelse)|"
     # (or as this body's input to what the other decides: "Saken sendes til
     # fylkeskommunen som innspill til budsjettet.", "Saka vert send til … som innspel.")
     r"\s+som\s+(?:et\s+|eit\s+)?(?:innspill|innspel)\b[^.]*)?\.?$|"
     # (also by its number: "Sak 7/26 utgår.", as the approval of the agenda says it)
     r"^(?:saken|saka|punktet|denne\s+saken|denne\s+saka|"
     r"sak\s+(?:nr\.?\s*)?\d{1,3}(?:/\d{2,4})?)\s+(?:utgår|utgikk|utgjekk|"
     r"går\s+ut|gikk\s+ut|gjekk\s+ut|(?:ble|vart)\s+(?:strøket|stroke))\b"),
    # A proposal or case sent on without the body voting on its content: "Forslaget
    # oversendes kommunedirektøren uten realitetsbehandling.", "Forslaget ble oversendt
    # formannskapet som innspill.", "Framlegget vert oversendt rådmannen utan
    # realitetshandsaming." – the body's handling of it, as "… ble vedtatt oversendt
    # kommunedirektøren" is, in every tense (the present one is also the passive task of
    # sending it; "Budsjettet oversendes fakultetet." alone is only that task)
    (("oversend",),
     r"^(?:[\wæøå-]+\s+){1,4}?(?:oversendes|oversendast|(?:ble|vart|blei|blir|vert)\s+"
     r"(?:enstemmig\s+|samrøystes\s+)?oversendt)\s[^.]*?\b(?:(?:uten|utan)\s+"
     r"(?:realitetsbehandling|realitetshandsaming|votering|avstemning|røysting)|"
     r"som\s+(?:et\s+|eit\s+)?innspel|som\s+(?:et\s+|eit\s+)?innspill)\b"),
    # A proposal the body recommends to the one that decides: "Budsjettforslaget ble
    # anbefalt oversendt til regionrådet.", "Strategien ble enstemmig anbefalt.", nynorsk
    # "Framlegget vart tilrådd." – a group's conclusion in the past tense (the paper
    # names itself: not "Det ble anbefalt at …", someone's advice told)
    (("anbefalt", "tilrådd"),
     r"^[\wæøå-]*(?:forslaget|framlegget|planen|budsjettet|strategien|avtalen|rapporten|"
     r"utkastet|innstillingen|innstillinga)\s+(?:ble|vart|blei)\s+(?:enstemmig\s+|"
     r"samrøystes\s+)?(?:anbefalt|tilrådd)\b"),
    # The body refuses, puts off or backs it: "Styret avslår søknaden.", "Styret utsetter
    # saken.", "Styret er positive til forslaget.", "Rådet gir sin støtte til prosjektet."
    # (and withdraws or returns it: "Styret trakk saken.", "Rådet returnerte saka til
    # administrasjonen.")
    # (and grants it in the old word: "Styret bifalt søknaden.", "Rådet bifell klagen.")
    # (and takes a stand against it: "Rådet er uenig i nedleggelsen.", "Styret er negativ
    # til søknaden.")
    # (and accepts, backs or chooses: "Styret godtok tilbudet.", "Rådet støtter at det
    # bygges flere omsorgsboliger.", "Styret støttar søknaden.", "Styret valgte
    # leverandør B." – the body's own verb; a member's "Per støtter at …" is debate)
    (("avslår", "avslo", "utsetter", "utsatte", "utset ", "positiv", "støtte til",
      "til følge", "trakk", "trekker", "returnerte", "returnerer", "bifal", "bifel",
      "uenig", "ueinig", "usamd", "negativ", "samtykke", "støtt", "godto", "godtar",
      "godtek", "aksepter", "valgte", "valde", "inngår", "gjør ", "gjer ", "innvilg"),
     rf"^(?:[A-ZÆØÅ][\w-]*\s+){{0,2}}?(?:[\wæøå-]*{_BODY_NOUN}|møtet)\s+"
     # (after what the body found, joined by "og": "Nettverket har ikkje midlar og avslår
     # søknaden.", "Styret drøftet saken og innvilget søknaden.")
     r"(?:[^.;:]{1,60}?\s+og\s+(?:avslår|avslo|avslog|innvilger|innvilgar|innvilget|"
     r"innvilga|bifaller|bifalt|bifell)\s+(?:søknaden|søknadene|klagen|"
     r"anmodningen|oppmodinga|førespurnaden)\b|"
     # (its stance after what it talked over: "Arbeidsutvalget drøftet om midlene skal
     # settes av til et kompetanseløft, og var positive til det.")
     r"(?:drøftet|drøfta|diskuterte|vurderte)\s[^.;:]{1,160}?,?\s+og\s+(?:er|var)\s+"
     r"(?:samlet\s+|samla\s+)?positive?\s+til\b|"
     r"(?:avslår|avslo|avslog|utsetter|utsatte|utset|bifaller|bifalt|bifalte|bifall|"
     r"bifell|støtter|støttar|støttet|støtta|godtok|godtar|godtek|aksepterer|aksepterte|"
     r"valgte|valde)\s|"
     # (and enters the agreement itself: "Styret inngår avtale med Byggservice AS.",
     # "Styret gjør avtale med Nordre Brøyt AS.", nynorsk "Styret gjer avtale med …")
     r"(?:inngår|gjør|gjer)\s+(?:en\s+|ei\s+|eit\s+|et\s+)?(?:ny\s+|nye\s+)?"
     r"[\wæøå-]*(?:avtale|kontrakt)\w*\b|"
     r"(?:trakk|trekker|returnerte|returnerer)\s+(?:saken|saka)\b|"
     r"tar\s+(?:\w+\s+){1,2}(?:ikke\s+|ikkje\s+)?til\s+følge\b|"
     r"(?:er|var|ble|vart)\s+(?:samlet\s+|samla\s+)?(?:positive?|positivt\s+innstilt)\s+til\b|"
     r"(?:er|var|ble|vart)\s+(?:samlet\s+|samla\s+)?(?:(?:uenig|ueinig|usamd)e?\s+i|"
     r"negative?\s+til)\b|"
     # (or consent: "Styret gav samtykke til salet.")
     r"(?:ga|gav|gir|gjev)\s+(?:sin\s+|si\s+|sitt\s+)?(?:full\s+)?(?:støtte|samtykke)\s+til\b)"),
    # put off to a later meeting in other words: "Saken flyttes til neste møte.", "Saka
    # vart flytta til møtet i mai.", "Saken legges fram på nytt." (not "… ble flyttet til
    # slutten av møtet": the order of the day)
    (("flytt", "på nytt"),
     r"^(?:saken|saka|punktet|denne\s+saken|denne\s+saka)\s+(?:(?:flyttes|flyttast|"
     r"(?:ble|vart|blei|blir|vert)\s+(?:flyttet|flytta|flytt))\s+til\s+(?:neste\b|"
     r"(?:et|eit)\s+(?:senere|seinare)\b|(?:[\wæøå-]*møtet|[\wæøå-]*møte)\s+(?:i|den|\d)|"
     r"(?:høsten|hausten|våren)\b)|"
     r"(?:legges|leggjast|leggast|(?:blir|vert)\s+lagt|skal\s+legges)\s+fram\s+på\s+nytt\b)"),
    # "Saken avsluttes.", "Saka vert avslutta.": the case is closed (nynorsk "blir" beside
    # "vert": "Saka blir avslutta.")
    # (a consultation's protocol closes it so, also for some of its points: "Konsultasjonen
    # er avsluttet for punktene 2 og 4.", "Samrådet vert avslutta.")
    (("avslutt",), r"^(?:saken|saka|konsultasjonen|samrådet)\s+(?:avsluttes|avsluttast|"
                   r"(?:er|blir|ble)\s+avsluttet|(?:er|vert|vart|blir|blei)\s+avslutta)"
                   r"(?:\s+for\s+[^.!?]{1,60})?\s*[.!]?$"),
    # … or goes on with what the parties did not agree on: "For hyttefeltet fortsetter
    # konsultasjonen.", "Konsultasjonen fortsetter for punkt 3.", nynorsk "… held fram"
    (("fortsett", "held fram"),
     r"^(?:for\s+[^.!?]{1,60}?\s+(?:fortsetter|held\s+fram)\s+(?:konsultasjonen|samrådet)|"
     r"(?:konsultasjonen|samrådet)\s+(?:fortsetter|held\s+fram)(?:\s+for\s+[^.!?]{1,60})?)"
     r"\s*[.!]?$"),

    # "Tatt til orientering.", nynorsk also "Teke til vitande."
    (("tatt", "teke", "tas"),
     r"^(?:tatt|teke|tas)\s+til\s+(?:orientering|etterretning|vitande|vitende)"),
    # "Saken tas til orientering." (but not "… vil bli tatt til orientering"), nynorsk
    # "Samrøystes teke til vitande." (but not "… vil verte teken til vitande")
    (("tas", "takast", "tatt", "teke", "tekne"),
     # (a date's full stop inside: "Protokoll fra møtet 24. juni tas til orientering.")
     r"^(?!(?:[^.]|\.(?=\s*\w))*\b(?:vil|skal|kan)\s+(?:bli|verte)\b)(?:[^.]|\.(?=\s*\w))*"
     r"\b(?:tas|takast|tatt|teke|teken|tekne)\s+til\s+(?:orientering|etterretning|vitande)"),
    # "Referatet godkjennes.", "Budsjettet vedtas som fremlagt.", "Protokoll fra møtet
    # 6. februar 2024, godkjennes." (a date inside, also in figures: "Protokollen fra
    # 14.10.2025 godkjennes.")
    (("godkjennes", "godkjennast", "vedtas", "vedtakast"),
     r"^(?:[\wæøå/-]+(?:\.\d+)*[.,:]?\s+){0,9}(?:godkjennes|godkjennast|vedtas|vedtakast)"
     # (and by what measure: "Revisors honorar godkjennes etter regning.")
     r"(?:\s+(?:som|med|uten|utan|enstemmig|samrøystes|slik|etter)\b[^.]*)?\.?$"),
    # kept as it is, in a few words of its own: "Fordelingsnøkkelen fra 2024 videreføres.",
    # nynorsk "Ordninga vert vidareført." (not a task carried on in a follow-up list:
    # "Punkt 2 videreføres.", "… unntatt nr. 3, som videreføres.")
    (("videreføres", "vidareførast", "vidareført"),
     r"^(?!(?:punkt|aksjonspunkt|aksjonspunktet|tiltak|tiltaket|oppgave|oppgåve|nr)\b)"
     # (nor what someone told: "Kari sa at prosjektet videreføres.")
     r"(?:(?!at\s|om\s)[\wæøå-]+\s+){1,5}?(?:videreføres|vidareførast|(?:vert|blir)\s+"
     r"vidareført)\s*\.?$"),
    # (the vote cut short, as a hurried secretary writes it: "Enst. vedtatt.")
    (("nstemmig", "samrøystes", "enst."),
     r"^(?:enstemmig|einstemmig|samrøystes)(?:\s*[.!]?$|\s+(?:vedtatt|vedteke|godkjenn?t))|"
     r"^enst\.\s*(?:vedtatt|vedteke|godkjenn?t)\b|"
     # (nynorsk and what was voted on: "Tilrådinga var samrøystes.", "Framlegget vart
     # einstemmig.", an election's vote: "Valet var samrøystes.", "Valget var enstemmig.")
     # (the indefinite too: "Vedtak vart gjort samrøystes.", "Vedtak ble fattet enstemmig.")
     r"^(?:vedtaket|vedtak|innstillingen|innstillinga|tilrådinga|tilrådingen|forslaget|framlegget|"
     r"avgjerda|avgjørelsen|valet|valget)\s+(?:var|ble|vart|blei|er)\s+"
     # (also made so: "Vedtaket vart gjort samrøystes.", "Vedtaket ble fattet enstemmig.",
     # "Vedtaket er fattet enstemmig.", nynorsk also "einstemmig")
     r"(?:(?:gjort|fatta|fattet)\s+)?(?:enstemmig|einstemmig|samrøystes)\s*\.?$|"
     # every election of the item at once: "Alle valg var enstemmige.", "Valgene var
     # enstemmige.", nynorsk "Alle vala var samrøystes.", the two of a leader and a
     # deputy: "Begge valg var enstemmige.", "Begge vala var samrøystes."
     r"^(?:alle\s+|begge\s+)?(?:valg|val|vala|valgene|valene)\s+(?:var|ble|vart|blei)\s+"
     r"(?:enstemmige?|einstemmige?|samrøystes)\s*\.?$"),
    # everyone's vote for it: "Alle stemte for forslaget.", "Alle røysta for framlegget."
    (("stemte for", "røysta for", "røystet for", "røystde for"),
     r"^(?:alle|samtlige)(?:\s+(?:medlemmene|medlemene|fremmøtte|frammøtte))?\s+"
     r"(?:stemte|røysta|røystet|røystde)\s+for\s+(?:forslaget|framlegget|innstillingen|"
     r"innstillinga|tilrådinga)\b"),
    # the votes in an alternative vote, the verb first: "Ved alternativ votering mellom
    # innstillingen og forslaget fra Sp fikk innstillingen 6 stemmer og Sps forslag 3."
    ((" stemme", "røyst"),
     r"^ved\s+(?:alternativ\s+)?(?:votering|avstemming|avstemning|røysting)\b[^.]{0,160}?"
     r"\s(?:fikk|fekk)\s+(?:[\wæøå-]+\s+){1,3}?\d+\s+(?:stemmer|røyster)\b"),
    # the vote it was made by: "Vedtaket ble fattet med 7 mot 2 stemmer.", nynorsk
    # "Vedtaket vart gjort med 5 mot 2 røyster.", and who voted against it in brackets:
    # "Vedtaket ble fattet med 5 mot 2 stemmer (Sp og Frp)."; or how the rest voted after
    # a comma: "…, 1 stemte blankt.", "…, og 1 avholdt seg."
    (("stemme", "røyst"),
     r"^(?:vedtaket|avgjerda|avgjørelsen)\s+(?:ble|vart|blei|er)\s+(?:fattet|fatta|gjort)\s+"
     r"(?:med|mot)\s+[\w\s]{1,30}?(?:stemmer|stemme|røyster|røyst)(?:\s*\([^()]{1,80}\))?"
     # (and whose casting vote it was: "Vedtaket er fattet med dobbeltstemme fra leder.")
     r"(?:\s+(?:fra|frå)\s+[\wæøå]+)?(?:\s*[,;]\s+(?:og\s+)?[^.,;]{1,60})?\s*\.?$"),
    (("vedtatt", "vedtek", "godkj"), r"^(?:vedtatt|vedteke|godkjenn?t|godkjend)\b|"
     # (cut short in hurried notes, alone or with how: "Godkj.", "Godkj. m/ små endringer";
     # not "Godkj. innkalling", the title's "Godkjenning")
     r"^godkj\.(?:\s*(?:m/|u/|med\s|uten\s|utan\s)[^.]{1,60})?\s*\.?$"),
    # "Referat fra sist styremøte mandag 18. januar ok.": approved, in a word
    (("ok",), r"^(?:referat|referatet|protokoll|protokollen|innkalling|innkallinga|"
              r"innkallingen|saksliste|sakliste|sakslisten|dagsorden|møtebok)\b"
              r"(?![^.]*\b(?:ikke|ikkje)\b)(?:[^.]|\.(?=\S)){0,80}?"
              r"\s(?:er\s+|var\s+)?ok\s*\.?$"),
    # "Generalforsamlingen velger Kari Holm til ordstyrer …", "Årsmøtet valgte: A og B.",
    # "Vi velger å betale for tjenesten …"
    (("velger", "vel ", "valgte", "valde"),
     rf"^(?:[A-ZÆØÅ][\w-]*\s+){{0,2}}?(?:[\wæøå-]*{_BODY_NOUN}|[\wæøå-]*møtet)\s+"
     r"(?:velger|vel|valgte|valde)\s*(?::\s*|\s+å\s+|(?=(?-i:[A-ZÆØÅ])))|"
     # (the members choosing now; "Vi valgte å gå videre …" tells what they did)
     r"^vi\s+velger\s+å\s"),
    # the vote's short note that the vedtak follows the proposal: "Vedtak i samsvar med
    # innstillinga.", "Vedtatt i tråd med forslaget." (as "Vedtatt som innstilt.")
    (("i samsvar", "i tråd"),
     r"^(?:enstemmig\s+|einstemmig\s+|samrøystes\s+)?(?:vedtak|vedtatt|vedteke|vedteken|"
     r"godkjent|godkjend)\s+i\s+(?:samsvar|tråd)\s+med\s+(?:innstilling|tilråding|forslag|"
     r"framlegg|saksframlegg|kommunedirektørens|rådmannens)"),
    # "Konklusjonen er at det er ein kostbar affære."
    (("konklusjon",), r"^(?:konklusjonen|konklusjon)\s+(?:er|var|ble|vart|blei)\s+at\b"),
    # "Dagsorden godkjent.", "Innkalling og saksliste enstemmig godkjent.", "Referat
    # fra 10.10.2024 godkjent." (no verb)
    (("godkjent", "godkjennt", "godkjend", "vedtatt", "vedteke", "innvilg"),
     # (nor what someone got from another: "Vestland fekk 14 prosjekt innvilga.")
     r"^(?![^.]*\b(?:ikke|ikkje|må|skal|vil|kan|bør|være|vere|bli|ble|vart|er|blir|fekk|"
     r"fikk|fått)\b)"
     # (also after a topic's colon: "Godkjenning av innkalling og sakliste: Godkjent.")
     r"[A-ZÆØÅ][\wæøå-]*,?(?:\s+[\wæøå./-]+[,:]?){0,9}\s+(?:enstemmig\s+|samrøystes\s+)?"
     r"(?:godkjenn?t|godkjende?|vedtatt|vedteke|innvilget|innvilga)"
     r"(?:\s+(?:uten|utan|med|som|ved)\b[^.]*)?\.?$"),
    # (nynorsk "sluttar"; how it was done between: "slutta seg samrøystes til")
    (("slut",), r"\bslut(?:tet|ta|ter|tar)\s+seg\s+(?:(?:enstemmig|einstemmig|samrøystes|"
                r"samlet|samla)\s+)?til"),
    # the same outcomes in English-labelled minutes: "The agenda was approved.", "The
    # minutes were adopted.", "It was agreed to …", "The steering group agreed to …"
    (("approved", "adopted", "agreed", "decided", "supported", "endorse"),
     r"\b(?:was|were)\s+(?:unanimously\s+)?(?:approved|adopted|agreed|decided)\b|"
     r"^the\s+(?:[\w-]+\s+){0,3}?(?:group|board|council|committee|forum|network|meeting|"
     # (a project's partners: "The partners supported the proposal.")
     r"partners|partnership)\s+"
     # (after its talk, in one sentence: "The board discussed the roadmap and agreed …")
     r"(?:(?:discussed|considered|reviewed)\b[^.;]{0,80}?\s+and\s+)?"
     r"(?:unanimously\s+)?(?:agreed|approved|adopted|decided|supported|endorsed|"
     r"endorses)\b|"
     # (the outcome alone: "Approved.", "Adopted unanimously.")
     r"^(?:approved|adopted|agreed)(?:\s+(?:unanimously|without\s+comments))?\s*\.?$"),
    # the English "tatt til orientering": "The board took the annual report into account.",
    # "The council took note of the report.", "The report was noted." (not "It was noted
    # that …": what was said)
    (("into account", "noted", "note of"),
     r"^the\s+(?:[\w-]+\s+){0,3}?(?:group|board|council|committee|forum|network|meeting)\s+"
     r"(?:took\s+(?:[^.]{1,80}?\s+into\s+account|note\s+of)|noted\s+(?!that\b))|"
     r"\b(?:was|were)\s+(?:taken\s+into\s+account|noted|taken\s+note\s+of)\s*\.?$|"
     r"^(?:noted|taken\s+into\s+account)\s*\.?$"),
    # "Det var enighet om …" before the forms of "enig" below: the guard "enig" holds for it
    # too, and the first form that matches ends the search (cheaper, same answer)
    # (and "det" after the verb, the adverbial put first: "Etter ein lang drøfting vart det
    # semje om å …")
    (("enighet", "semje", "einigheit", "einighet"),
     r"\b(?:det\s+)?(?:var|ble|vart|er)\s+(?:det\s+)?(?:enighet|semje|einigheit|einighet)"
     r"\s+om\b"),
    # the same as a short note without its verb: "Enighet om å gå videre med alternativ
    # B.", "Full semje om framlegget." (a form of its own: see the "^" note below)
    (("enighet", "semje", "einigheit", "einighet"),
     r"^(?:full\s+|brei\s+|bred\s+)?(?:enighet|semje|einigheit|einighet)\s+om\b"),
    # a rule put in force from a day, what the meeting decided (a drøftingsmøte's "Enighet.
    # Retningslinjene gjøres gjeldende fra 1. mars 2026.", nynorsk "… gjerast gjeldande frå")
    (("gjeldende", "gjeldande"),
     r"\b(?:gjøres|gjerast)\s+(?:gjeldende|gjeldande)\s+(?:fra|frå|f\.o\.m\.)\s"),
    # a drøftingsmøte's protocol giving the parties' outcome in one word after the
    # discussion: "Enighet.", "Uenighet.", nynorsk "Semje.", "Usemje."
    (("enighet", "semje", "einigheit"),
     r"^u?(?:enighet|semje|einigheit)\s*\.?$"),
    (("enig", "einig", "samd"),
     r"\b(?:var|ble|vart)\s+(?:enig|enige|einig|einige|samd|samde)\b"
     r"|\b(?:var|er)\s+enig(?:e)?\s+om\b"
     # "Vi har blitt enige om …", "Vi er også enige om å …"
     r"|\b(?:har\s+blitt|har\s+vorte|er\s+også|var\s+også)\s+(?:enige|einige|samde)\s+om\b"
     # a consultation's outcome without agreement, as its protocol records it: "Partene
     # ble ikke enige om utredningsområdet.", nynorsk "Partane vart ikkje samde om …"
     r"|\b(?:ble|vart|blei|er|var)\s+(?:ikke|ikkje)\s+(?:enige|einige|samde)\s+om\b"
     # the verb before its subject, after what led to it: "Etter diskusjon ble møtet enige
     # om denne prioriteringen:", "Etter drøftinga vart rådet samde om …"
     rf"|\b(?:ble|vart|blei)\s+(?:vi|me|alle|møtet|[\wæøå-]*{_BODY_NOUN})\s+"
     r"(?:enige|einige|samde)\s+om\b"),
    # (a form of its own: a "^" branch in the alternation above cost every search of it
    # twice the instructions)
    (("enig", "einig", "samd"), r"^(?:enige|einige|samde)\s+om\b"),
    # a drøftingsmøte's outcome for the parties in a sentence of its own, with nothing
    # after it: "Partene er ikke enige.", "Partene var enige.", nynorsk "Partane er samde."
    (("enig", "einig", "samd"),
     r"^(?:partene|partane)\s+(?:er|var|ble|blei|vart)\s+(?:ikke\s+|ikkje\s+)?"
     r"(?:u?enige|u?einige|u?samde)\s*\.?$"),
    # what the meeting agreed, as "Det var enighet om at …" is: "Det ble avtalt at
    # sekretariatet sender …", nynorsk "Det vart avtalt at Per kallar inn …" (the
    # sentence's own opening: "På forrige møte ble det avtalt at …" is background; a lead
    # alone, "Det ble avtalt at", only introduces the lines below it)
    (("avtalt at", "avtala at"), r"^det\s+(?:ble|vart|blei)\s+(?:avtalt|avtala)\s+at\s+\w"),
    # (nynorsk present "støttar" and past "støtta": "Rådet støttar tilrådinga frå AU.")
    (("støtt",),
     r"\bstøtt(?:e[rt]|ar|a)\s+(?:denne|dette|forslaget|tilnærmingen|opplegget|"
     r"innstillingen|planen|anbefalingen|tilrådingen|utkastet|framlegget|innstillinga|"
     r"tilrådinga|\w*prioriteringene|\w*prioriteringane)"),
    (("vedtok", "besluttet", "bestemte", "avgjorde"),
     r"\bmøtet\s+vedtok|\bvedtok\b|\bbesluttet\b|\bbestemte\b|\bavgjorde\b"),
    (("utsett",),
     r"\bsaken\s+utsettes|\bsaka\s+(?:vert|vart|blir)\s+(?:samrøystes\s+)?utsett|"
     r"\butsettes\s+til|"
     # "Underskrift utsettes pga. fravær.": what is put off, in a few words
     r"^[A-ZÆØÅ][\wæøå-]*(?:\s+[\wæøå-]+){0,3}\s+utsettes\b|"
     # "Denne vart utsett til neste møte …"
     r"^(?:denne|dette|den|det|saka|saken|punktet)\s+(?:ble|vart|blei|er)\s+"
     r"(?:utsatt|utsett)\b|"
     # "Kafeen søndag 23/10 vert utsett til søndag 13/11."
     r"\b(?:vert|blir|ble|vart|blei)\s+(?:utsett|utsatt)\s+til\b"),
    # the case put on the next meeting's agenda, as one put off is: "Saka vert sett opp
    # til neste møte.", "Saken settes opp på neste møte."; also as a kind of case there,
    # the body deciding how it is to be handled: "Saka vert sett opp som drøftingssak i
    # neste møte.", "Sak om nye avgifter settes opp som drøftingssak."
    (("sett opp", "settes opp", "satt opp"),
     r"^(?:saka|saken|punktet|temaet|sak(?:a|en)?\s+om\s+[^.]{2,80}?)\s+"
     r"(?:settes|vert\s+sett|blir\s+satt|blir\s+sett|"
     r"ble\s+satt|vart\s+sett)\s+opp\s+(?:igjen\s+)?(?:(?:til|på|i)\s+neste\s+\w*møte\b|"
     r"som\s+(?:drøftings|orienterings|vedtaks|diskusjons|temasak|ordskifte)\w*)"),
    # … or put on that meeting's agenda in so many words: "Saken settes på dagsorden for
    # neste møte.", "Saka vert sett på sakslista til neste møte."
    (("på dagsorden", "på sakskart", "på saklist", "på sakslist"),
     r"^(?:saka|saken|punktet|temaet)\s+(?:settes|vert\s+sett|blir\s+satt|blir\s+sett|"
     r"ble\s+satt|vart\s+sett)\s+på\s+(?:dagsorden|sakskart|saklist|sakslist)\w*\s+"
     r"(?:til|for|på|i)\s+neste\s+\w*møte\b"),
    # "Utsatt." alone, also with when to ("Utsett til neste møte.", "Saka utsett.")
    # (or to a season or a year: "Utsatt til høsten.", "Utsett til våren 2026.")
    (("utsatt", "utsett"), r"^(?:(?:saka|saken|punktet|sak\s+\d{1,3}(?:/\d{2,4})?)\s+)?"
                           r"(?:utsatt|utsett|utsettes)"
                           r"(?:\s+til\s+(?:neste|(?:et|eit)\s+(?:senere|seinare))\s+møte|"
                           r"\s+til\s+(?:høsten|hausten|våren|vinteren|sommeren|sommaren|"
                           r"neste\s+år|(?:19|20)\d{2})(?:\s+(?:19|20)\d{2})?)?"
                           r"\s*[.!]?$"),
    # a fund's answer to an application alone, with the sum granted: "Innvilget kr 150
    # 000.", "Avslag.", "Delvis innvilget." as a sentence (a table's Vedtak cell), or the
    # fragment in lower case an application's heading sets after a dash ("Søknad frå X –
    # innvilga kr 150 000"); not a capitalised cell of a table of applicants with no stop
    # ("Innvilga kr 150 000" beside the sum applied for: the case's text, its vedtak below)
    (("innvilg", "avslag", "avslått", "avsleg"),
     r"^(?:(?:søknaden|søknaden\s+er)\s+)?(?:delvis\s+)?" + _GRANT_ANSWER + r"\s*[.!]$|"
     r"^(?-i:(?![A-ZÆØÅ]))" + _GRANT_ANSWER + r"$"),
    # the rest of a fund's applicants turned down, as its vedtak says after those granted:
    # "De fire andre søknadene får avslag.", nynorsk "Dei andre søknadene får avslag."
    # (present tense: "Kommunen fikk avslag fra Husbanken" is news of another body's answer)
    (("avslag",),
     r"^(?:[\wæøå-]+\s+){0,4}(?:søknad\w*|søker\w*|søkar\w*|søkjar\w*)\s+(?:får|får\s+dermed)\s+"
     r"avslag\s*[.!]?$"),
    # "Trukket." alone, as "Utsatt." is: the case was withdrawn ("Saka trekt.", "Trukket
    # fra sakslisten."), or taken off the agenda ("Utgår.", "Sak 7/26 – utgår")
    (("trukket", "trekt", "utgår", "utgikk", "utgjekk"),
     r"^(?:(?:saka|saken|punktet)\s+)?(?:trukket|trekt|utgår|utgikk|utgjekk)"
     r"(?:\s+(?:fra|frå)\s+(?:sakslisten|sakslista|saksliste|sakliste|"
     r"saklista|sakskartet|dagsordenen|dagsorden))?\s*[.!]?$"),
    (("konstituer",), r"\bkonstituerte\s+seg\b|\b(?:ble|vart|blei)\s+konstituert\b"),
    # "Ingen hadde innvendingar mot forslaget.", "FAU hadde ingen innvendinger til …"
    (("innvending",), r"\bingen\s+(?:hadde\s+)?innvending(?:er|ar)\s+(?:mot|til)\b|"
                      r"\bhadde\s+ingen\s+innvending(?:er|ar)\s+(?:mot|til)\b"),
    # "Det var ingen merknader til innkallinga.", "Ingen merknader til referatet"
    (("merknad",), r"^(?:det\s+(?:var|kom)\s+)?ingen\s+merknad(?:er|ar)?\s+til\s+"
                   r"(?:innkall|saksl|sakl|dagsorden|referat|protokoll|møtebok)|"
                   # the body's word on a plan it heard: "Planforum har ingen vesentlege
                   # merknader til planforslaget."
                   rf"^[\wæøå-]*{_BODY_NOUN}\s+(?:har|hadde)\s+ingen\s+(?:vesentl\w+\s+)?"
                   r"merknad(?:er|ar)?\s+til\b"),
    # "Det vart fastsett …", "Arbeidsfordelinga vart avklåra.", "ble bestemt at …"
    # "Det ble avgjort at …", nynorsk "Det vart avgjort/avgjord at …" (settled, as "Det
    # ble bestemt at …" is; "Saka er ikkje avgjord" says nothing was)
    (("fastsatt", "fastsett", "bestemt", "avklar", "avklår", "avgjor"),
     r"\b(?:ble|vart|blei)\s+(?:fastsatt|fastsett|bestemt|avklart|avklara|avklåra|avgjort|"
     r"avgjord)\b"),
    # "Orkland AP innvilget en støtte på 1000 kr", "Styret bevilga 5000 kroner"
    # (money named without a figure as one with it: "Styret setter av en sum til …",
    # "Styret set av pengar til …"; nynorsk "Styret løyver 50 000 kr …"; an amount set
    # aside: "Styret setter av 50 000 kr til …", "Rådet set av kr 100 000 …")
    (("innvilg", "bevilg", "løyv", " av "),
     # (not a sum of the grants: "Sum innvilget i møtet: kr 270 000.")
     r"^(?!(?:sum|totalt|samla|samlet)\s)(?:(?!(?:ikke|ikkje)\b)[A-ZÆØÅ][\w-]*\s+){1,3}"
     # (not a grant received: "Prosjektet har fått bevilget …", "… fekk løyvd …")
     r"(?<!fått\s)(?<!fikk\s)(?<!fekk\s)"
     r"(?:(?:innvilget|innvilga|bevilget|bevilga|bevilgar|bevilger|innvilger|innvilgar|"
     # (the participle too, as "Det ble bevilget …": "Det vart løyvd 50 000 kr …")
     # ("løyva" only before a sum: it is the permits too, "… gjekk gjennom løyva for elg")
     r"løyver|løyvde|løyvar|løyva(?=\s+(?:kr\.?\s+)?\d)|løyvd|løyvt)\s|" +
     _SET_ASIDE_MONEY + ")"),
    # "Styret stiller seg positiv til ordningen.", "Styret kom til at …" (also "kom fram
    # til at", as nynorsk and bokmål say a conclusion reached), "Styret lar saken ligge."
    # (not in a relative clause on others: "… drøftet med grunneierne, som stiller seg
    # positive til tiltakene" is their stance, not the body's)
    (("stiller seg", "stilte seg", "kom til at", "kom fram til at", "kom frem til at",
      "saken ligge", "saka ligge"),
     r"\b(?<!\bsom\s)(?:stiller|stilte|stilde)\s+seg\s+(?:positive?|negative?|bak|positivt)\b|"
     rf"^(?:[A-ZÆØÅ][\w-]*\s+){{0,2}}(?:[\wæøå-]*{_BODY_NOUN}|møtet)\s+kom\s+(?:fram\s+|frem\s+)?"
     r"til\s+at\b|"
     r"\blar\s+(?:derfor\s+)?(?:denne\s+saken|saken|saka|denne\s+saka)\s+ligge\b"),
    # "Taletid ble satt til 3 minutter.", "Kontingenten vart sett til 300 kroner."
    (("satt til", "sett til"), r"\b(?:ble|vart|blei)\s+(?:satt|sett)\s+til\s+"
                               r"(?!side\b|å\b|livs\b)"),
    # a sum set in the present passive, as a summary's bullet writes it: "Budsjettet for
    # arrangementet settes til 15 000 kr", nynorsk "Eigendelen vert … / … setjast til kr 200"
    (("settes til", "setjast til"),
     # (the sum as the sentence's subject: "Leder sa at budsjettet settes til …" is told)
     r"^(?:(?!at\b)[\wæøå-]+\s+){1,5}?(?:fast)?(?:settes|setjast)\s+til\s+"
     r"(?:kr\.?\s*\d|nok\s*\d|\d[\d .,]*\s*"
     r"(?:kr\b|kroner|,-|mill))"),
    # "Møtet var beslutningsdyktig.": the meeting's own finding
    (("beslutningsdyktig", "vedtaksført", "vedtaksfør"),
     r"\b(?:var|er|ble|vart)\s+(?:beslutningsdyktig|vedtaksført|vedtaksfør)\b"),
    # "FAU valgte Pål Ruud og Erik Strand som representanter." (an election)
    # (also appointed: "Styret oppnevnte Kari Holm til valgkomiteen.", nynorsk "oppnemnde")
    # (or pointed out by name: "Brukarutvalet peikar ut Siri Bakke til FSU."; "Hver kommune
    # utpeker en kontaktperson" names no one yet: a task)
    (("valgte", "valde", "oppne", *_APPOINT_HINTS), _NAMED_TO_A_SEAT),
    # an election's result told as the new seats and names: "Nytt styre: Anne Mo (leiar),
    # Jon Vik, Kari Lie.", "Ny leder: Per Dahl."
    (("nytt styre", "ny leder", "ny leiar", "ny styreleder", "ny styreleiar", "nye medlem"),
     r"^(?:nytt\s+styre|ny\s+(?:styre)?(?:leder|leiar)|nye\s+(?:styre)?medlem(?:mer|er)?)"
     r"\s*:\s*(?-i:[A-ZÆØÅ])[\w-]+\s+(?-i:[A-ZÆØÅ])"),
    # "Anders Dahl og John Lie velges til referenter." (the present passive)
    (("velges", "veljast", "veljes"),
     r"^(?:[A-ZÆØÅ][\w.-]*\s+){1,4}(?:og\s+(?:[A-ZÆØÅ][\w.-]*\s+){1,4})?"
     r"(?:velges|veljast|veljes)\s+(?:til|som)\b"),
    (("valgt", "vald", "valt", "konstituert", "oppne"),
     # (how, or for how long: "Per Dahl ble enstemmig valgt.", "Marit Fosse vart vald med
     # 4 røyster.", "Kari Holm ble gjenvalgt for to år.")
     r"\b(?:ble|vart|blei)\s+(?:enstemmig\s+|samrøystes\s+|einstemmig\s+)?"
     r"(?:valgt|valde|vald|valt|gjenvalgt|attvald|attvalt|konstituert|oppnevnt|oppnemnd)"
     # (the vote after the verb: "Alle vart valde samrøystes.")
     r"(?:\s+(?:enstemmig|einstemmig|samrøystes))?"
     r"(?:\s+(?:til|som|ved)\b|\s+med\s+\w+\s+(?:stemmer|stemme|røyster|røyst|mot)\b|"
     r"\s+for\s+(?:\d+|ett|eitt|ein|en|eit|et|to|tre|fire)\s+(?:år|periode)\b|\s*[.!]?$)|^(?:valgt|gjenvalgt|vald|attvald)\s+(?:ved|som|til)\b|"
     # the result as a label over the names: "Valgt: Kari Holm og Per Dahl.", nynorsk
     # "Valde: …" (under "Valg av to til å signere protokollen")
     r"^(?:valgt|gjenvalgt|vald|valde|valt|attvald|attvalde):\s+(?-i:[A-ZÆØÅ])|"
     # … and after the seat it filled: "Møteleiar vald: Brynjar Lunde", "Referent valgt:"
     r"^[\wæøå]+\s+(?:valgt|gjenvalgt|vald|valt|attvald):\s+(?-i:[A-ZÆØÅ])|"
     # "… ble foreslått som dirigent og valgt ved akklamasjon.", and the assembly electing
     # the whole list so: "Årsmøtet valgte alle ved akklamasjon."
     r"\b(?:valgt|vald|valt|godkjent|vedtatt|(?:valgte|valde)\s+(?:alle|begge|samtlige))"
     r"\s+ved\s+akklamasjon\b|"
     # the vote and the election alone under the names: "Enstemmig valgt.", nynorsk
     # "Samrøystes vald." (as "Enstemmig vedtatt." is the vote on a vedtak)
     r"^(?:enstemmig|einstemmig|samrøystes)\s+(?:valgt|valde|vald|valt|gjenvalgt|gjenvald|"
     r"attvald|attvalt|attvalde)\s*[.!]?$"),
    # "Etter gjennomgangen ble regnskapet godkjent uten bemerkning." (the verb first)
    (("godkj", "vedtatt", "vedtek"), r"^(?:etter|deretter|så|dermed|med\s+dette)\b[^.]{0,40}?\s"
                        r"(?:ble|vart)\s+(?!ikke\b|ikkje\b|det\b)[\wæøå-]+\s+"
                        r"(?:enstemmig\s+|samrøystes\s+)?(?:godkjenn?t|godkjend|vedtatt|"
                        r"vedteke)\b"),
    # "Årsberetningen ble gjennomgått og godkjent.", "Protokollen ble gjennomgått,
    # godkjent og underskrevet."
    (("godkj", "vedtatt", "vedtek"), r"\b(?:ble|vart)\s+(?:[\wæøå-]+\s+){1,2}og\s+"
                        r"(?:godkjenn?t|godkjend|vedtatt|vedteke)\b|"
                        r"\b(?:ble|vart)\s+[\wæøå-]+,\s+(?:godkjenn?t|godkjende?|vedtatt|"
                        r"vedteke)\b"),
    (("godkjente", "godkjende"),
     r"^(?:[A-ZÆØÅ][\w-]*\s+){1,3}(?:godkjenn?te|godkjende)\s+(?!at\b)"),
    # what a council sets by law: "Samarbeidsrådet fastsatte årsplanen.", "Soknerådet
    # fastset planen." (the body itself, not a person fixing a date)
    (("fastsatt", "fastset"),
     rf"^(?:[\wæøå-]*{_BODY_NOUN})\s+(?:enstemmig\s+|einstemmig\s+|samrøystes\s+)?"
     r"(?:fastsatte|fastsette|fastset|fastsetter)\s+(?!at\b|seg\b)"),
    # the body awarding a contract or a commission to a supplier: "Styret tildelte
    # kontrakten til Byggmester Hansen AS.", "Utvalget tildelte oppdraget til …", nynorsk
    # "Styret tildelte avtalen til …" (the choice it made among tenders, as "Styret
    # valgte …" is; a person or another authority awarding it is told, not decided)
    (("tildel",),
     rf"^(?:[\wæøå-]*{_BODY_NOUN}|møtet)\s+(?:enstemmig\s+|einstemmig\s+|samrøystes\s+)?"
     r"(?:tildelte|tildelde|tildeler|tildelar)\s+(?:derfor\s+)?"
     r"(?:kontrakten|kontrakta|oppdraget|avtalen|avtala|anbodet|anbudet|leveransen|"
     r"jobben|arbeidet|rammeavtalen|rammeavtala)\s+til\s+\S"),
    # "Styret er enig i at …": the body agrees (one member agreeing is no decision); also
    # of one voice: "Styringsgruppen var samstemt om at …", nynorsk "… var samstemd i …"
    (("enig", "einig", "samd", "samstem"),
     rf"^(?:[\wæøå-]*{_BODY_NOUN}|møtet|alle)\s+(?:er|var|ble|vart)\s+"
     r"(?:enig|einig|samd|samstemte?\s+(?:om|i)|samstemde?\s+(?:om|i))\b"),
    # the stand the body takes, as "Styret er enig i at …" is: "Utvalget mente at
    # tilbudet bør videreføres.", nynorsk "Styret meiner at …" (a member's view, "Per
    # mente at …", is the debate's; so is a view without "at", "Rådet mener planen må si
    # mer om …"), but a planning forum sums up each plan it heard by its own stand in the
    # present, the "at" left out: "Planforum meiner planinitiativet må reduserast." (its
    # verdict, as "Planforum rår kommunen til …" is)
    (("mente", "mener", "meinte", "meiner"),
     rf"^(?:[\wæøå-]*{_BODY_NOUN}|møtet)\s+(?:mente|mener|meinte|meiner)\s+at\b|"
     r"^planforum(?:et)?\s+(?:mener|meiner)\s+(?!at\b)[\wæøå-]+\s+"
     r"(?:er|kan|må|bør|skal|vil|blir|vert)\b"),
    # "Enstemmig som innstilt", "Vedtatt som innstilt."
    # (and "Vedtak som innstilling.", "Vedtatt som forslaget.")
    # (a vote line names the proposal bare or by its maker, "Samrøystes som framlegg.",
    # "Enstemmig som forslag fra leder.", or "i tråd med" it: "Samrøystes i samsvar med
    # framlegget.", "Enstemmig i tråd med innstillingen.")
    (("som innstil", "som tilrå", "som forslag", "som framlegg", "i tråd med",
      "i samsvar med"),
     r"^(?:enstemmig\s+|einstemmig\s+|samrøystes\s+)?(?:(?:vedtak|vedtatt|vedteke|godkjenn?t)\s+)?"
     r"som\s+(?:innstilt|tilrådd|innstillingen|innstillinga|innstilling|tilrådinga|tilråding|"
     r"(?:forslaget|framlegget|forslag|framlegg)(?:\s+(?:fra|frå)\s+[\wæøå -]{2,40})?|"
     r"(?:forslag|framlegg)\s+til\s+vedtak)\s*\.?$|"
     r"^(?:enstemmig|einstemmig|samrøystes)\s+(?:(?:vedtatt|vedteke|vedteken|godkjent|"
     r"godkjend)\s+)?i\s+(?:tråd|samsvar)\s+med\s+(?:forslaget|framlegget|innstillingen|"
     r"innstillinga|tilrådinga)(?:\s+(?:fra|frå)\s+[\wæøå -]{2,40})?\s*\.?$"),
    # The body made a vedtak on it: "Utvalet gjorde vedtak om å sende saka på høyring.",
    # "Styret fattet vedtak i tråd med innstillingen." (another body's is background: see
    # ``decided_by_another``)
    (("vedtak om", "vedtak i "),
     rf"^(?:[A-ZÆØÅ][\w-]*\s+){{0,2}}?(?:[\wæøå-]*{_BODY_NOUN}|møtet|(?-i:AU|RR))\s+"
     r"(?:gjorde|gjer|gjør|fattet|fatta|fatter|fattar)\s+(?:enstemmig\s+|samrøystes\s+)?"
     r"vedtak\s+(?:om|i\s+tråd|i\s+samsvar)\b"),
    # The body gives its statement on a hearing: "Regionrådet gir følgende
    # høringsuttalelse.", "Rådet gav fråsegn til planen.", "AU avgir uttalelse i tråd med
    # saksframlegget." (a statement is what the body concluded)
    # (the body also by its name with its place after it: "Vindkraftforum Nordfjord gjev
    # slik fråsegn: …", "Fiskerinemnda i Sunnhordland gir følgjande fråsegn")
    (("uttal", "fråsegn"),
     rf"^(?:[A-ZÆØÅ][\w-]*\s+){{0,2}}?(?:[\wæøå-]*{_BODY_NOUN}|[\wæøå-]*møtet|(?-i:AU|RR))"
     r"(?:\s+(?:(?:i|for)\s+)?(?-i:[A-ZÆØÅ])[\wæøå-]+)?\s+"
     r"(?:gir|gav|ga|gjev|avgir|avga|avgav|avgjev)\s+(?:følgende\s+|følgjande\s+|slik\s+|"
     r"ei\s+|en\s+|eit\s+|et\s+|sin\s+|si\s+|sitt\s+)?"
     # (and what kind: "Regionrådet gjev ei positiv fråsegn.", "… ga en kritisk uttalelse")
     r"(?:positiv\s+|negativ\s+|kritisk\s+|felles\s+|samla\s+|samlet\s+)?"
     r"[\wæøå-]*(?:uttalelse|uttale|uttalen|fråsegn)\b"),
    # The body hands a matter on to be settled: "Styret delegerer til daglig leder å inngå
    # avtalen.", "Rådet delegerte saka til AU.", "Fullmakta vert delegert til leiar."
    (("deleger",),
     rf"^(?:[A-ZÆØÅ][\w-]*\s+){{0,2}}?(?:[\wæøå-]*{_BODY_NOUN}|møtet|(?-i:AU|RR))\s+"
     r"(?:delegerer|delegerte|delegerar)\b|"
     # (what is delegated named first, in a few words, "Fullmakt til å signere delegeres
     # til styreleder": not "Per mente oppgaven burde delegeres til AU", a member's view)
     r"^[A-ZÆØÅ][\wæøå-]*(?:\s+(?!(?:bør|burde|kan|kunne|skal|skulle|må|måtte|vil|ville|"
     r"mente|meinte|mener|meiner|at)\b)[\wæøå-]+){0,4}?\s+"
     r"(?:delegeres|delegerast|(?:blir|ble|vert|vart)\s+delegert)\s+til\b"),
    # "Man konkluderte med at …", "Gruppa konkluderte med …"
    # (and as a short note without a subject: "Konkludert med at prosjektet avsluttes.")
    (("konkluder",), r"\bkonkluderte\s+med\b|\b(?:ble|vart|blei)\s+konkludert\s+med\b|"
                     r"^konkludert\s+med\b"),
    (("vedtatt",), r"\bvedtatt\s+(?:med|mot)\s+\d+|\bvedtatt\s+mot\b"),
    # "Neste møte blir som avtalt 12.6.": the day agreed on
    (("neste",),
     r"^(?:neste\s+" + _NOT_OTHERS_MEETING +
     r"(?:\w*møte|moete|samling)\s+(?:blir|er|vert|holdes|avholdes|settes|berammes)\b.*\b(?:avtalt|avtala|bestemt|vedtatt|vedteke|besluttet))"),
    # the day set for the next meeting, with or without "som avtalt": "Neste møte blir
    # 12. juni i Bø.", "Neste styremøte vert i veke 16.", "Neste møte er berammet til
    # 4. mai.", "Neste møte holdes i mars.", "Neste møte vert i Ål i slutten av april." –
    # the meeting fixing its next date, as "Det berammes et ekstra møte 3.11." does (a
    # decision of the meeting); a day only thought
    # of ("er tenkt den 3. november", "planlagt", "foreløpig") or left open ("er ikke
    # fastsatt") is none, nor is another body's meeting ("Neste møte i fylkestinget …")
    (("neste",),
     r"^neste\s+" + _NOT_OTHERS_MEETING + r"(?:\w*møte|moete|samling|fagdag|"
     # (a committee or council for its meeting: "Neste kommunedirektørutval vert 2. juni.",
     # a forum for its own: "Neste planforum er 9. april 2026.", also with what it is
     # for: "Neste planforum for kystsoneplan blir 3. juni.", see ``others_forum``)
     r"\w{2,}(?:utvalg|utval|råd)\w*|\w*forum(?:et)?(?:\s+for\s+[\wæøå-]+)?)\s+" +
     _OWN_BODY_AFTER + _PLACE_AFTER +
     r"(?:(?:blir|er|vert|blei|(?:blir|vert|er)\s+(?:holdt|halde|haldt|avholdt|satt|sett|"
     r"berammet|berama|fastsatt|fastsett|lagt))(?:\s+til)?|holdes|avholdes|haldast|"
     r"settes\s+til|setjast\s+til|berammes|berammast)\s+"
     r"(?![^?]*\b(?:tenkt|planlagt|foreløpig|førebels|ikke|ikkje|uavklart|usikkert|trolig|"
     r"truleg|kanskje|antakelig|ca)\b)"
     # (a place and a vague time before the month: "vert i Vågå i slutten av september")
     r"(?:[\wæøå.-]+\s+){0,5}?"
     r"(?:\d|(?:" + "|".join((*dates.WEEKDAY_FULL_NAMES, *dates.MONTH_NAMES)) + r")\b)[^?]*$"),
    # a meeting set by this one: "Det berammes et ekstra møte 3.11.", nynorsk "Det
    # berammast/beramast eit møte …", and with an auxiliary "Det vert berama (beramma)
    # eit ekstra møte 3. april.", "Det blir berammet et møte …" – not the participle
    # describing a meeting already set ("møtet berammet for desember flyttes til juni")
    # a Swedish body's day for its next meeting, as "Neste møte holdes 4. mai." is: "Nästa
    # möte hålls den 20 maj 2025 …"
    # (the place first: "Nästa möte hålls i Pello den 8 juni 2027.")
    (("nästa",), r"^nästa\s+(?:\w*möte|sammanträde)\s+(?:hålls|äger\s+rum|blir)\s+"
                 r"(?:i\s+[\w-]+(?:\s+[\w-]+)?\s+)?(?:den\s+)?\d"),
    (("beram",),
     r"\bberamm?(?:es|ast)\b|\b(?:vert|blir|ble|vart|blei)\s+beramm?(?:a|et)\b|"
     r"^det\s+er\s+beramm?(?:a|et)\b"),
    # … and held, as the meeting sets it: "Det holdes et felles allmøte i februar.",
    # nynorsk "Det vert halde eit ope dialogmøte på Bømlo i april." (a meeting the text
    # only tells of, "Det ble holdt et møte med NAV", is past; a wish, "bør", is none)
    (("holdes", "halde", "blir holdt"),
     r"^det\s+(?:holdes|avholdes|haldast|(?:vert|blir)\s+(?:halde|haldt|holdt|avholdt))\s+"
     r"(?:eit|et|ein|en|ei)\s+(?:[\wæøå-]+\s+){0,2}?[\wæøå-]*(?:møte|samling)\b"
     r"(?![^?]*\b(?:kanskje|muligens|trolig|truleg|foreløpig|førebels)\b)[^?]*$"),
    # the next meeting moved by this one: "Neste møte flyttes fra Gjøvik til Dokka.",
    # nynorsk "Neste møte vert flytta til 4. mai." (as setting its day is; a move only
    # wished for or reported, "… om at møtet flyttes", does not open the sentence)
    (("flytt",),
     r"^neste\s+" + _NOT_OTHERS_MEETING + r"(?:\w*møte|moete|samling)\s+" +
     _OWN_BODY_AFTER +
     r"(?:flyttes|flyttast|(?:blir|vert|er)\s+(?:flyttet|flytta))\s+(?:til|fra|frå)\b"
     r"(?![^?]*\b(?:kanskje|muligens|trolig|truleg|foreløpig|førebels)\b)[^?]*$"),
    # an election with the seat first: "Til leiar vart Kari Holm vald.", "Som referent
    # ble Kari Holm valgt."; or with what it followed: "I samsvar med innstillingen ble
    # Eirik Sande og Hanne Myklebust valgt som styremedlemmer for to år."
    (("valgt", "valt", "vald"),
     r"^(?:til|som|i\s+samsvar\s+med|i\s+tråd\s+med|etter)\s(?!kjent\b)[^.]{2,80}?\b(?:ble|vart|blei)\b(?!\s+det\b)[^.]{0,80}?"
     r"\b(?:valgt|valt|vald|valde|"
     r"gjenvalgt|gjenvald|attvald|attvalt)\b"),
    # an election's result over the names it lists: "Følgende ble valgt:", "Desse vart
    # valde:", "Disse ble gjenvalgt som revisorer:" (the names after it join the decision)
    (("valgt", "valt", "vald"),
     r"^(?:følgende|følgjande|disse|desse|de|dei)\s+(?:ble|vart|blei|er|vert|blir)\s+"
     r"(?:enstemmig\s+|einstemmig\s+|samrøystes\s+|også\s+|òg\s+)?"
     r"(?:valgt|valt|vald|valde|gjenvalgt|gjenvald|gjenvalde|attvald|attvalt|attvalde)\b"
     r"[^.:]{0,60}:|"
     # the participle first, as a protocol heads the result: "Valgt ble:", "Vald vart:"
     r"^(?:valgt|valt|vald|valde|gjenvalgt)\s+(?:ble|vart|blei)\s*:"),
    # put off: "Saken tas opp igjen på neste møte.", "… legges på is inntil videre."
    # (and in the future passive: "Saka vert teken opp att på neste møte.")
    # (and put on that agenda: "Saka vert sett opp på neste møte.", "… settes opp igjen")
    (("tas opp", "takast opp", "på is", "utsatt til", "tatt opp", "teken opp", "teke opp",
      "settes opp", "setjast opp", "sett opp", "satt opp"),
     # (a show staged again is no case put off: "To forestillinger ble avlyst og settes
     # opp igjen i høst.")
     r"(?:^(?![^.]*\b(?:forestilling|konsert|framsyning|oppsetjing|oppsetning)\w*\s)[^.]*?\b"
     r"settes|"
     # (not in a clause of time or condition, the sentence's errand before it: "Næringshagen
     # undersøker interessen før saken tas opp igjen.")
     r"^(?!.*\b(?:før|når|dersom|hvis|viss|inntil|innan|innen)\s+(?:saken|saka|den|det)\s+"
     r"(?:tas|takast|blir|vert|vil|skal|kan)\s).*?"
     r"\b(?:tas|takast|setjast|(?:vil\s+bli|blir|vert)\s+(?:tatt|teken|teke|satt|sett)))"
     r"\s+opp\s+"
     r"(?:igjen|att|på\s+nytt|som\s+(?:egen|eiga)\s+sak|på\s+neste|"
     r"i\s+neste|på\s+et\s+senere|til\s+ny\s+vurdering)\b|\blegges\s+på\s+is\b|"
     r"^(?:tas|takast)\s+opp\s+(?:på|i)\s+\w*møte|"  # "Tas opp på medlemsmøte."
     r"^utsatt\s+til\b"),
    # put off to be dealt with at the next meeting: "Saka vert drøfta på neste møte.",
    # "Saken behandles videre i neste styremøte.", "Saka blir handsama på neste møte." (as
    # "Saken utsettes til neste møte." is; not "ble drøftet": what an earlier meeting did)
    (("neste",),
     r"^(?:denne\s+)?sak(?:en|a)\s+(?:(?:vert|blir|vil\s+bli|skal)\s+(?:drøfta|drøftet|"
     r"behandla|behandlet|handsama|diskutert|diskutera)|"
     # (and "skal" before the passive: "Saka skal handsamast på neste møte.")
     r"(?:skal\s+)?(?:drøftes|drøftast|behandles|"
     r"behandlast|handsamast|diskuteres|diskuterast))\s+(?:videre\s+|vidare\s+|igjen\s+|"
     r"att\s+|på\s+nytt\s+)?(?:på|i)\s+neste\s+\w*møte\b"),
    # the case comes back to the body at a later meeting, in the active voice: "Saka kjem
    # opp att på neste møte.", "Saken kommer tilbake på neste møte.", "Styret tar saken
    # opp igjen i neste møte." (a put-off, as "Saken tas opp igjen på neste møte." is;
    # "Saken kommer opp i kommunestyret i mars" tells another body's way ahead)
    # ("Styret går videre med saken på neste møte." puts it off the same way)
    (("opp igjen", "opp att", "opp på nytt", "tilbake", "attende", "videre med sak",
      "vidare med sak"),
     rf"^(?:sak(?:en|a)|[\wæøå-]*{_BODY_NOUN})\s+"
     r"(?:(?:kommer|kjem)\s+(?:opp\s+(?:igjen|att|på\s+nytt)|tilbake|attende)|"
     r"(?:går|gikk|gjekk)\s+(?:videre|vidare)\s+med\s+(?:saken|saka)|"
     r"(?:tar|tek)\s+(?:saken|saka|den)\s+opp\s+(?:igjen|att|på\s+nytt))\s+"
     r"(?:til\s+[\wæøå-]+\s+)?(?:på|i)\s+(?:neste|et\s+senere|eit\s+seinare|"
     r"seinare|senere)\b"),
    # (the lookahead first: without the verb at the start of one of the first five words
    # the costly backtracking through the words before it can find nothing)
    (("foreslo", "anbefal", "tilrå", "ønsk", "rår ", "rådde "),
     r"^(?=(?:\S+\s+){1,4}(?:foreslo|anbefal|tilrå|ønsk|rår\s|rådde\s))"
     # (the summary's "vi", the body writing of itself: "Vi anbefaler at de øvrige
     # kommunene forlenger avtalen.")
     # (and a meeting of owners named by its kind: "Eiermøtet anbefaler at …", "Årsmøtet
     # tilrår …")
     rf"(?:[A-ZÆØÅ][\w-]*\s+){{0,3}}(?:[\wæøå-]*{_BODY_NOUN}|[\wæøå-]*møtet|medlemmene|vi|"
     # also a body's usual short name: "AU anbefaler …" (not "NAV anbefaler at …": others'
     # advice told in an orientation), and a group's name without its article after its
     # kind ("Administrativ gruppe anbefaler at …", as the group calls itself)
     rf"{_BODY_SHORT}|(?-i:[A-ZÆØÅ][a-zæøå]+)\s+gruppe)\s+"
     # (nynorsk "ønskjer", "ønska": "Rådet ønskjer å gå vidare med modell 2.")
     r"(?:(?:foreslo|anbefaler|anbefalte|tilrår|tilrådde)\s+å\b|"
     # (a wish only to follow up or look at it is a vague intention, no outcome: "Rådet
     # ønsker å følge opp saken.", "Styret ønsket å se nærmere på dette.")
     # (an adverb between as well: "Rådet ønsker særlig å løfte fram …", "… ønskjer
     # difor å …")
     r"(?:ønsker|ønsket|ønskte|ønskjer|ønska)\s+"
     r"(?:(?:særlig|særleg|spesielt|også|òg|derfor|difor)\s+)?å\s+"
     r"(?!(?:følge|følgje|fylgje)\s+(?:med|opp)\b|"
     r"(?:se|sjå)\s+(?:nærmere|nærare|mer|meir|videre|vidare|på)\b|(?:jobbe|jobba|arbeide|"
     r"arbeida|vurdere|vurdera|tenke|tenkje|prøve|prøva|forsøke|"
     # nor a wish for where to lean: "Utvalget ønsker å prioritere barn og unge.",
     # "Rådet ønskjer å satse på reiseliv." (a direction hoped for, nothing settled),
     # nor to do something better: "Gruppen ønsker å samordne arbeidet bedre."
     # (nor to strengthen or develop: "Styret ønskjer å styrkje kompetansen på økonomi.")
     r"prioritere|prioritera|satse|satsa|fokusere|fokusera|styrke|styrkje|styrka|"
     r"utvikle|utvikla)\b|"
     r"[^.?!]*\b(?:bedre|betre|tettere|tettare)[.!]?$)|"
     # what the body recommends another to do: "AU anbefaler at regionrådet vedtar …",
     # "Arbeidsutvalget tilrår rådet å …"; or what it recommends: "Arbeidsgruppa
     # anbefaler innkjøp av nettbrett."
     # (and what it will recommend: "Faggruppa vil tilrå at …", "Nettverket vil anbefale
     # at …", the advice it gives as "… tilrår at …" does)
     r"(?:anbefaler|anbefalte|tilrår|tilrådde|vil\s+(?:anbefale|tilrå))\s+(?:at|"
     rf"{_ADVISED}\s+å|(?!å\b)[\wæøå-]+)\b|"
     # nynorsk advice with "rå til": "AU rår styret til å godkjenne …", "… rår til at …"
     # (a planning forum's to the municipality whose plan it heard: "Planforum rår
     # kommunen til å redusere feltet.")
     rf"(?:rår|rådde)\s+(?:{_ADVISED}\s+)?til\s+(?:å|at)\b)"),
    # a verdict after the talk, what comes first in the passive: "Tiltak 3 og 5 prioriteres
    # høyest.", nynorsk "Modell B og C prioriterast høgast." (the subject right before the
    # verb: not "I handlingsprogrammet prioriteres rv. 80 høyest", another's order told,
    # nor "… at tiltaket prioriteres høyest", a view)
    (("prioriteres ", "prioriterast ", "prioriteras "),
     r"^(?![^.]*\bat\s)[A-ZÆØÅ0-9](?:[^.:;!?]|\.(?=\s*[\da-zæøå])){0,80}?\s"
     r"(?:prioriteres|prioriterast|prioriteras)\s+"
     r"(?:høyest|høgast|høgst|først|fyrst|fremst|framst)\.?$"),
    # a group the meeting set up, told in the passive: "Det ble satt ned en arbeidsgruppe
    # for å …", "Det ble nedsatt et utvalg …", nynorsk "Det vart sett ned ei gruppe …"
    (("satt ned", "sett ned", "nedsatt", "nedsett"),
     r"^det\s+(?:ble|vart|blei)\s+(?:satt\s+ned|sett\s+ned|nedsatt|nedsett)\s+"
     r"(?:en|ei|et|eit|to|tre)\s+(?:[\wæøå-]+\s+)?[\wæøå-]*(?:gruppe|gruppa|utvalg|utval|"
     r"komité|komite)\b"),
    # a member municipality staying out of or joining a joint tender or agreement, as a
    # procurement cooperation records it: "Andøy kommune deltar ikke i konkurransen om
    # renholdsmidler.", "Marker kommune deltar ikke, da …", nynorsk "Tysnes kommune
    # deltek ikkje i konkurransen …", "Gran kommune blir med i avtalen." (the
    # municipality's choice the body takes note of; "Gran kommune deltar i prosjektet med
    # to ansatte" tells who works on what: joining needs a tender's or agreement's word)
    (("kommune delt", "kommune blir", "kommune vert", "kommune trekk", "kommune går ut"),
     r"^(?:[A-ZÆØÅ][\w-]*\s+(?:og\s+)?){1,4}kommune\s+(?:"
     r"(?:deltar|deltek|blir|vert)\s+(?:ikke|ikkje)\b|"
     r"(?:trekker|trekkjer)\s+seg\s+(?:fra|frå|ut)\b|går\s+ut\s+av\b|"
     r"(?:deltar|deltek|blir\s+med|vert\s+med)\s+i\s+(?:den\s+|det\s+)?(?:felles\s+|nye\s+)?"
     r"[\wæøå-]*(?:konkurranse|avtale|avtala|anskaffels|anskaffing|innkjøp|utlysing|"
     r"utlysning|forlengels|forlenging|opsjon))"),
    # an agenda the meeting changed, as one it approved: "Sakslista vart justert slik at …",
    # "Saklisten ble endret ved at sak 5 utgår.", "Dagsorden ble utvidet med én sak."
    (("sakslist", "saklist", "dagsorden"),
     r"^(?:[\wæøå-]+\s+){0,3}?(?:(?:sakslist|saklist)(?:en|e|a)|dagsorden(?:en)?)\s+(?:ble|vart|blei)\s+"
     r"(?:justert|endret|endra|utvidet|utvida|supplert)\b"),
    # a Swedish body's outcomes in a cross-border body's minutes: "Dagordningen
    # godkänns.", "Protokollet godkändes.", "Rapporten lades till handlingarna.",
    # "Styrgruppen noterade informationen.", "Eva Lind valdes att justera protokollet.",
    # "Kommittén beslutade att …", "Styrgruppen ställer sig bakom ansökan."; the body
    # putting it to the files itself ("Kommittén tackar för informationen och lägger den
    # till handlingarna.") and the passive note ("Informationen noteras.")
    (("godkän", "handlingarna", "noterade", "noteras", "valdes", "utses", "utsågs",
      "beslutade", "beslutar", "bakom"),
     r"\b(?:godkänns|godkändes|godkänner|godkände)\b|"
     r"\b(?:lades|läggs|lägges|lägger(?:\s+\w+){1,2}?)\s+till\s+handlingarna\b|"
     r"\b(?:noterade|noterar)\s+(?:informationen|redovisningen|rapporten)\b|"
     r"^(?:\w+\s+){1,2}noteras\b|"
     r"\b(?:valdes|utses|utsågs)\s+(?:att|till)\b|\b(?:beslutade|beslutar)\s+att\b|"
     r"\bställ(?:er|de)\s+sig\s+bakom\b"),
)
# Bit i set: the guard of form i holds.
_outcome_guards = hint_mask(tuple(guards for guards, _pattern in _OUTCOME_FORM_SPECS))
# Form i's (pattern, whether it searches the folded sentence), by its bit.
_OUTCOME_PATTERNS: dict[int, tuple[re.Pattern[str], bool]] = {
    1 << i: _any_case(pattern) for i, (_guards, pattern) in enumerate(_OUTCOME_FORM_SPECS)}


def _is_outcome(sentence: str, lowered: str, folded: str) -> bool:
    """Whether one of the outcome forms matches (the sentence lower-cased and folded)."""
    forms = _outcome_guards(lowered)
    while forms:  # the forms whose guard holds, in their order (lowest bit first)
        form = forms & -forms
        pattern, on_folded = _OUTCOME_PATTERNS[form]
        if pattern.search(folded if on_folded else sentence):
            return True
        forms ^= form
    return False


# A count of municipalities, in digits or words ("to av tre kommuner", "4 av 6 kommunar")
_COUNT_WORD = r"\d{1,3}|to|tre|fire|fem|seks|sju|syv|åtte|ni|ti|elleve|tolv"
# A decision reported from another body's meeting is not this body's decision.
# So is what one member asked for ("Hedda Foss Five ba om at saken utsettes …").
_OTHER_BODY = lazy_regex(r"\bi\s+[A-ZÆØÅ][\w-]*s\s+møte\b|\bhar\s+vedtatt\b|"
                         # put off or adopted in a cause told: "Mindreforbruket skyldes at
                         # et prosjekt ble utsatt.", "… fordi planen vart vedteken seint"
                         r"\b(?:skyldes|skyldtes|skuldast|skulda\w*|fordi|ettersom)\s+"
                         r"(?:at\s+)?[^.]{0,60}?\b(?:ble|vart|blei|er|blir|vert)\s+"
                         r"(?:utsatt|utsett|vedtatt|vedteke|vedteken|godkjent|godkjend)\b|"
                         # adopted in a condition, later and elsewhere: "Neste møte holdes
                         # etter at planen er vedtatt."
                         r"\b(?:etter\s+at|når|dersom)\s+[^.]{0,60}?\b(?:er|blir|vert)\s+"
                         r"(?:vedtatt|vedteke|vedteken|godkjent|godkjend)\b|"
                         r"\bfylkestinget\b|\bkommunestyret\s+har\b|\bregjeringen\b|"
                         r"\b(?:vedtatt|vedteke)\s+av\s+[A-ZÆØÅ][\w-]*\s+i\s+møte\b|"
                         r"^(?:[A-ZÆØÅ][\w.-]*\s+){2,4}(?:ba|bad)\s+om\s+at\b|"
                         # … after a view of his own: "Geir Dahl mente at satsene rammer
                         # de små havnene, og ba om at saken utsettes."
                         r"^(?-i:[A-ZÆØÅ][\w.-]*\s+[A-ZÆØÅ][\w.-]*)\s+[^.]*?,\s+og\s+"
                         r"(?:ba|bad)\s+om\s+at\b|"
                         # … or had asked for before the meeting: "Sirdal var ikke
                         # representert og har bedt om at saken utsettes."
                         r"\b(?:har|hadde)\s+(?:bedt|bede)\s+om\s+at\b|"
                         # adopted where it was told: "Planen er vedtatt i alle kommunene.",
                         # "Saka vart vedteken i kommunestyret 5. mars."
                         r"\b(?:vedtatt|vedteke|vedteken|vedtekne|godkjent|godkjend|godkjende|"
                         # ("Planen fikk tilslutning i alle kommunestyrene.")
                         r"(?:fikk|fekk|fått|fenge)\s+(?:full\s+)?tilslutn(?:ing|ad))"
                         r"\s+i\s+(?:alle\s+|samtlige\s+|begge\s+|de\s+fleste\s+|dei\s+fleste\s+)?"
                         r"(?:(?:eier|eigar|medlems)?kommunene|(?:eigar|medlems)?kommunane|"
                         r"kommunestyr|bystyr|formannskap|fylkesutval)|"
                         # … in some of them or in places named: "Planene er vedtatt i to av
                         # tre kommuner.", "… i fire eigarkommunar", "… i Nordby og Sørby",
                         # "… i Sørby kommunestyre" (a body meets as one, not in two places)
                         r"\b(?:vedtatt|vedteke|vedteken|vedtekne|godkjent|godkjend|godkjende)"
                         r"\s+i\s+(?:(?:" + _COUNT_WORD + r")\s+(?:av\s+(?:de\s+|dei\s+)?(?:"
                         + _COUNT_WORD + r")\s+)?(?:eier|eigar|medlems)?kommun(?:er|ar|ene|ane)\b|"
                         r"(?-i:[A-ZÆØÅ])[\w-]+(?:\s*,\s*(?-i:[A-ZÆØÅ])[\w-]+)*"
                         r"(?:\s+og\s+(?-i:[A-ZÆØÅ])[\w-]+(?=\s*[.,;]|\s+i\b|$)|"
                         r"\s+(?:kommune|kommunestyre|bystyre|formannskap)\b))|"
                         # … and the other body's meeting first: "I kommunestyret 3. mai ble
                         # planen vedtatt.", "I bystyret vart saka vedteken."
                         r"^i\s+(?:kommunestyr|bystyr|formannskap|fylkesutval|fylkesting)\w*\b"
                         r".{0,60}?\b(?:vedtatt|vedteke|vedteken|godkjent|godkjend)\b|"
                         # another authority's decision reported with its agent: "Budsjettet
                         # ble vedtatt av kommunestyret 12. desember."
                         r"\b(?:vedtatt|vedteke|godkjent|godkjend|innvilget|innvilga)\s+av\s+"
                         r"(?:kommunestyr|bystyr|formannskap|fylkesutval|stortinget|departement|"
                         r"direktorat|statsforvalt|fylkesmann)|"
                         # the state's own: "Departementet godkjente søknaden.", "Stortinget
                         # vedtok reformen." (never the body whose minutes these are)
                         r"\b(?:stortinget|\w*departementet|\w*direktoratet|statsforvaltaren|"
                         r"statsforvalteren|fylkesmannen)\s+(?:har\s+)?(?:vedtok|vedtatt|vedtekne?|"
                         r"godkjente|godkjende|godkjent|besluttet|bestemte|innvilget|innvilga|avslo|"
                         r"avslått)\b", re.I)
_has_other_body_word = contains_any(("møte", "vedtatt", "fylkestinget", "kommunestyr", "tilslutn",
                                     "skyld", "skuld", "fordi", "ettersom",
                                     "vedteke i", "vedteken i", "vedtekne i", "godkjent i",
                                     "godkjend i", "godkjende i",
                                     "regjeringen", "ba om", "bad om", "bedt om", "bede om",
                                     "bystyr", "formannskap", "fylkesutval", "stortinget",
                                     "departement", "direktorat", "statsforvalt", "fylkesmann"))

# A decision told of a named body, at the start of the sentence: "Kommunestyret i Nordby
# vedtok 12. februar å …", "Fylkestinget har vedtatt at …", "Styret i Vestdalen Utvikling
# fattet i sak 12/23 følgende vedtak:", "Fylkesutvalet gjorde vedtak 20. juni om …".
_DECIDED_BY = lazy_regex(
    r"^(?P<who>[A-ZÆØÅ][\wæøå-]*)(?:\s+(?:i|for|fra|frå)\s+(?:[A-ZÆØÅ][\w-]*(?:\s+[A-ZÆØÅ][\w-]*)"
    # (or of the member municipalities together: "Kommunedirektørene i de tre kommunene
    # har sluttet seg til …", "Kommunestyra i alle kommunane har vedteke …")
    r"{0,2}|(?:(?:de|dei|alle)\s+(?:[\wæøå]+\s+)?)?(?:eier|eigar)?(?:kommunene|kommunane)))?"
    r"\s+(?:har\s+|hadde\s+)?(?:(?:enstemmig|samrøystes)\s+)?(?:vedtok|vedtog|vedtatt|"
    r"vedteke|fattet|fatta|gjorde\s+vedtak|godkjente|godkjende|godkjent|godkjend|besluttet|"
    r"bestemte|innvilget|innvilga|bevilget|bevilga|løyvd|løyvde|avslo|avslått|"
    # (a grant told in the present: "Kommunen setter av 500 000 kr til tiltaket.",
    # "Fylkeskommunen bevilger 2 mill.", nynorsk "Kommunen set av …", "… løyver …")
    r"innvilger|innvilgar|bevilger|bevilgar|løyver|løyvar|(?=" + _SET_ASIDE_MONEY + r")\w+\s+av|"
    r"(?:sluttet|slutta)\s+seg\s+til|tiltrådte|tiltrådde|(?:gikk|gjekk)\s+inn\s+for|"
    r"(?:ga|gav)\s+(?:sin\s+|si\s+)?(?:full\s+)?tilslutn(?:ing|ad)|"
    # what a body advises is its innstilling, a decision only of the body that gives it:
    # "Arbeidsutvalet rår til at regionrådet vedtek planen." in the council's minutes is
    # the working committee's, adopted (or not) by the vedtak below
    r"rår\s+til|rådde\s+til|tilrår|tilrådde|anbefaler|anbefalte|innstiller\s+på|"
    r"innstilte\s+på)\b")
# The word a body's name is built on ("Regionrådet", "Arbeidsutvalet", "Styringsgruppa"):
# a subject with none of them is a person, the members or the meeting itself.
_BODY_STEMS = ("styr", "råd", "utval", "ting", "skap", "grupp", "nettverk", "forum", "komite",
               "nemnd", "departement", "direktorat", "regjering", "kommun", "statsforvalt",
               "fylkesmann")
# Bodies that are never the one whose minutes these are when the minutes do not say who met
# (a municipality's or the state's; "Styret" or "Utvalget" may be the body itself).
# (a municipality or county itself, "Fylkeskommunen", is never the body that met)
_AUTHORITY_STEMS = ("kommunestyr", "bystyr", "formannskap", "fylkesting", "fylkesutval",
                    "storting", "departement", "direktorat", "regjering", "statsforvalt",
                    "kommun", "fylkeskommun")


# The state's bodies and the councils of a municipality or county, whose own plans minutes
# tell as background ("Statsforvalteren skal gjennomføre tilsyn i høst.", "Kommunestyret
# skal behandle saken 20. juni."): no follow-up of this meeting. (Not "Kommunene" or
# "Fylkeskommunen": member municipalities and counties do take on tasks.)
_STATE_STEMS = ("departement", "direktorat", "regjering", "storting", "statsforvalt",
                "fylkesmann")
# The county's members of parliament, people who meet a region and take its errands on
# ("Stortingsbenken følger opp saken", "Stortingsrepresentantane tek det med seg"), not
# the Storting, whose own plans are told as background.
_STORTING_PEOPLE = ("stortingsbenk", "stortingsrepresentant", "stortingspolitik")
_COUNCIL_STEMS = ("kommunestyr", "bystyr", "formannskap", "fylkesting", "fylkesutval")
_has_authority_word = contains_any(_STATE_STEMS + _COUNCIL_STEMS)  # (most tasks have none)


def _authority_subject(sentence: str, body: str | None) -> bool:
    """Whether a task-shaped sentence starts with a state body or a council other than
    the minutes' own ``body`` as its subject: what that authority is to do, told. Not
    when it acts through its person named at once ("Statsforvalteren v/ Ingrid Moe
    sender …"): that one, at the meeting, takes the errand on."""
    first, _, rest = sentence.partition(" ")
    if rest[:2] == "v/" or rest[:4] == "ved ":
        return False
    stem = _body_stem(first)
    if any(part in stem for part in _STATE_STEMS):
        return not stem.startswith(_STORTING_PEOPLE)
    return stem.startswith(_COUNCIL_STEMS) and stem not in (body or "").casefold()


# An authority's promise to answer the meeting: "… og kommer tilbake til nettverket",
# "… og gir svar innen 1. september", nynorsk "… og kjem tilbake", "… og gjev
# tilbakemelding" (searched lower-cased).
_ANSWERS_BACK = lazy_regex(r"\b(?:kommer|kjem)\s+tilbake\b|\b(?:gir|gjev|gi|gje)\s+"
                           r"(?:et\s+|eit\s+)?(?:svar|tilbakemelding)\b|"
                           r"\bmelder\s+tilbake\b|\bmeldar\s+tilbake\b")


# An agency's own release of new figures told to the meeting: "IMDi publiserer nye tall for
# hele landet i desember.", "SSB legger fram oppdaterte befolkningstal i mars." (its
# short form or a state body's noun first; the figures new, not the meeting's own).
_AGENCY_RELEASE = lazy_regex(
    r"^(?:[A-ZÆØÅ][A-Za-zÆØÅæøå]{0,4}[A-ZÆØÅ][A-Za-zÆØÅæøå]{0,3}|[A-ZÆØÅ][\wæøå]*(?:"
    r"direktoratet|departementet)|Statsforvalteren|Statsforvaltaren)\s+(?:publiserer|"
    r"publiserar|legger\s+fram|legg\s+fram|legger\s+ut|legg\s+ut|lanserer|lanserar|"
    r"kommer\s+med|kjem\s+med)\s+(?:sine\s+|sin\s+)?(?:nye|oppdaterte|ferske|endelige|"
    r"endelege)\s+[\wæøå]*(?:tall|tal|statistikk|prognoser|prognosar)\b")


def _agency_release(sentence: str, lowered: str, present: frozenset[str]) -> bool:
    """Whether a task-shaped sentence tells an agency's own release of new figures
    (``_AGENCY_RELEASE``), with no deadline set and the agency none of those at the
    meeting: news told to the meeting, no follow-up of it ("IMDi publiserer nye tall for
    hele landet i desember."; but "IMDi sender ut rettleiaren innan 1. mars." or a
    present agency's release is its errand)."""
    return _AGENCY_RELEASE.match(sentence) is not None and \
        not _has_deadline_word(lowered) and not _present_agency(sentence, present)


def _present_agency(sentence: str, present: frozenset[str]) -> bool:
    """Whether a sentence's subject, a state body, is one at the meeting: its name or its
    short form opens the name of a present participant's organisation ("Direktoratet for
    mineralforvaltning", "Statsforvaltaren" of "Statsforvaltaren i Vestland") or ends its
    first word ("Direktoratet" of "Fiskeridirektoratet"). What such a body says it will do
    by a date is its promise to the meeting (a planning forum's agencies), not news of its
    own work."""
    first = sentence.partition(" ")[0].casefold()
    return len(first) > 4 and any(org.partition(" ")[0].endswith(first) for org in present)


def _answers_back(lowered: str) -> bool:
    """Whether a state body's task-shaped sentence promises to answer the meeting
    (``_ANSWERS_BACK``): "Statsforvalteren undersøker saken og gir svar innen 1.
    september." is a follow-up the meeting is owed, the authority its responsible, where
    "Statsforvalteren skal gjennomføre tilsyn i høst." only tells its own plans."""
    return ("tilbake" in lowered or "svar" in lowered) and \
        _ANSWERS_BACK.search(lowered) is not None


def _body_stem(noun: str) -> str:
    """A body's noun without its definite ending: "kommunestyret" → "kommunestyr"."""
    noun = noun.casefold()
    if noun.endswith(("et", "en", "ne")) and len(noun) >= 5:  # ("rådet" → "råd")
        return noun[:-2]
    return noun[:-1] if noun.endswith("a") and len(noun) > 4 else noun


# The state and the county by their plain nouns' stems ("Staten", "Fylket"): authorities
# whose grants minutes retell, whole words only ("Statusrapporten" is no state).
_STATE_OR_COUNTY = frozenset({"stat", "fylk"})
# The endings of the foundations, banks and funds that grant money ("Sparebankstiftelsen",
# "Gjensidigestiftinga", "Husbanken", "Kulturfondet"), by their nouns' stems.
_GRANTOR_ENDINGS = ("stiftels", "stifting", "bank", "fond")


def another_body(who: str, body: str | None) -> bool:
    """Whether ``who`` (a body's noun first: "Kommunestyret i Nordby") names a body other
    than the minutes' own ``body``: its decision is background, not this meeting's.

    The own body's name holds the noun's stem ("Rådet" in "Regionrådet Fjordbotn",
    "Utvalget" in "Utvalg for oppvekst"); with no body, or one named only by letters
    ("FAU"), only a municipality's or the state's bodies are surely others.
    """
    stem = _body_stem(who.split()[0])
    if stem in _STATE_OR_COUNTY or stem.endswith(_GRANTOR_ENDINGS):
        return True  # "Staten løyver 300 000 kr …", "Fylket set av …", "Sparebankstiftelsen
        # innvilget …": never the body that met
    if "møt" in stem or not any(part in stem for part in _BODY_STEMS):
        return False  # ("Styremøtet vedtok …": a meeting, whose is not said)
    own = body.casefold() if body else ""
    if stem.startswith(_AUTHORITY_STEMS):
        return stem not in own
    # a body of the same kind is taken for the own one misspelt or shortened ("Kystinget"
    # in the minutes of "Kysttinget"; "Fylkesrådet" in a regional council's is missed);
    # the chief executives' "råd" is no council's ("Rådmannsutvalget anbefaler …" in the
    # minutes of "Regionrådet" is the committee's advice, another body's)
    kind = stem.replace("rådmann", "-").replace("rådmenn", "-") if "rådm" in stem else stem
    return any(part in own for part in _BODY_STEMS) and stem not in own and \
        not any(part in kind and part in own for part in _BODY_STEMS)


# Whose a decision label says the vedtak is: "Formannskapets vedtak:", "Vedtak i
# kommunestyret:" (alone on its line).
_LABEL_GENITIVE = lazy_regex(r"(?P<who>[A-ZÆØÅ][\w-]*?)s\s+(?:(?:endelige\s+)?vedtak|"
                             r"konklusjon|uttalelse|uttale|fråsegn)\b")
_LABEL_IN = lazy_regex(r"(?i:vedtak|konklusjon)\s+(?:i|frå|fra)\s+(?P<who>[\wæøå-]+)\s*:?\s*$")


def _label_of_another(head: str, body: str | None, meeting: str | None = None) -> bool:
    """Whether a decision label (``head``, the words before its text) gives another
    body's vedtak, quoted as the case's background: "Styret i Vestdalen Utvikling fattet
    i sak 12/23 følgende vedtak:", "Formannskapets vedtak:" in a council's minutes; or the
    own body's at an earlier meeting ("Regionrådet vedtok 12. februar følgende:")."""
    if (step := _CASE_STEP.match(head)) is not None:
        return _step_elsewhere(step, body, meeting)
    found = _DECIDED_BY.match(head) or _LABEL_GENITIVE.match(head) or _LABEL_IN.match(head)
    return bool(found) and (another_body(found.group("who"), body) or
                            _decided_earlier(head, found, meeting))


# A case system's heading over one step of the case's history, alone on its line: the
# body that handled it and the day ("Behandling i Arbeidsutvalget - 31.01.2024", "Vedtak
# i Sunnhordlandsrådet - 14.02.2024", "Formannskapets behandling 12.03.2024:").
_CASE_STEP = lazy_regex(
    r"^(?:(?:behandling(?:\s*/\s*vedtak)?|handsaming|vedtak|saksprotokoll)\s+i\s+"
    r"(?P<who>[\w-]+)(?:\s+[\w-]+){0,5}?|"
    r"(?P<owner>[A-ZÆØÅ][\w-]*?)s\s+(?:behandling|handsaming|(?:endelige\s+)?vedtak))"
    r"(?:(?:\s*[-–]?\s*|\s+den\s+)(?P<day>\d{1,2}\.\d{1,2}\.\d{2,4})"
    r"(?:\s+sak\s+\d{1,4}/\d{2,4})?)?\s*:?\s*$", re.I)


def _step_elsewhere(step: re.Match[str], body: str | None, meeting: str | None) -> bool:
    """Whether a case step (a ``_CASE_STEP`` match) was taken by another body or at an
    earlier meeting: the case's history printed above this meeting's own behandling, whose
    text and vedtak are background, not this meeting's decisions."""
    if another_body(step.group("who") or step.group("owner"), body):
        return True
    told = dates.find_dates(step.group("day")) if step.group("day") and meeting else []
    day = told[0].resolve(int(meeting[:4])) if told and meeting else None
    return day is not None and day.isoformat() < meeting


# Words _DECIDED_BY cannot match without (lower-cased): most sentences have none.
_has_decided_word = contains_any(("vedt", "fatt", "gjorde vedtak", "godkj", "beslut",
                                  "bestemte", "innvilg", "bevilg", "løyv", "avslo", "avslått",
                                  "seg til", "tiltrådte", "tiltrådde", "inn for", "tilslutn",
                                  "tter av", "set av", "tt av",
                                  # (advice: "rår til", "tilrår", "anbefaler", "innstiller på")
                                  "rår til", "rådde til", "tilrå", "anbefal", "innstil"))


# A club or association first, then what it wishes or proposes: "Turlaget ønsker å merke
# …", "Grunneigarlaget ønskjer at …", "Idrettslaget foreslo …" (see ``_member_club_wishes``).
_CLUB_WISHES = lazy_regex(r"^(?:[A-ZÆØÅ][\w-]*\s+){0,2}[A-ZÆØÅa-zæøå][\w-]*laget\s+"
                          r"(?:ønsker|ønskjer|ønsket|ønska|foreslo|foreslår|føreslo|"
                          r"føreslår)\b")


def _member_club_wishes(sentence: str, body: str | None, parent: str | None) -> bool:
    """Whether a sentence tells what a club or association wishes ("Turlaget ønsker å
    merke en ny sti …") in the minutes of a body that is no "lag" itself (an advisory
    committee, a board): the view of one organisation the body hears, not its outcome.
    In a club's own minutes ("Styret i Vassvik idrettslag") the club's wish is its own."""
    own = f"{body or ''} {parent or ''}".casefold()
    return "lag" not in own and _CLUB_WISHES.match(sentence) is not None


@functools.lru_cache(maxsize=_SENTENCE_MEMO)  # (an answer of the text alone: see there)
def decided_by_another(sentence: str, body: str | None, lowered: str | None = None,
                       meeting: str | None = None, parent: str | None = None) -> bool:
    """A sentence that tells what another body decided ("Kommunestyret vedtok 12. mai
    å …", "Kommunen setter av 500 000 kr til tiltaket." in a club's minutes), or the own
    body at an earlier meeting ("Regionrådet vedtok 12. februar å …" in the minutes of
    14 March): background of the case, neither a decision nor a task of this meeting.
    The body's ``parent`` organisation is no other ("Kommunen setter av …" in the minutes
    of a formannskap of "Nordby kommune" is the vedtak made there)."""
    lowered = lowered or sentence.lower()
    if "neste" in lowered and _others_next_meeting(lowered, body):
        return True  # "Neste møte i regionrådet er 3. mai." in its working committee's
    if meeting and (" i 20" in lowered or " i 19" in lowered) and \
            _outcome_in_earlier_year(lowered, meeting):
        return True  # "Kontingenten ble satt til kr 300 i 2022, …": the case's history
    if meeting and " i " in lowered and _outcome_in_earlier_month(lowered, meeting):
        return True  # "Planprogrammet ble fastsatt i februar." in April: the case's history
    if body and (" foreslo " in sentence or " anbefal" in sentence or " tilrå" in sentence) and \
            _proposed_by_another(sentence, body):
        return True  # "Styret foreslo å øke kontingenten." at the annual meeting
    if not sentence[:1].isupper() or not _has_decided_word(lowered):
        return False
    if " i " in sentence and _adopted_in_named(sentence, body, parent):
        return True  # "Planen ble vedtatt i Nordby 3. mai.": where it was adopted
    if (" sin " in lowered or " sitt " in lowered or " sine " in lowered) and \
            _own_plan_by_named(sentence, body, parent):
        return True  # "Øvre Dal vedtok sin plan i desember.": a member's own vedtak
    found = _DECIDED_BY.match(sentence)
    if found is None:
        return _granted_by_named(sentence, body, parent)
    return (another_body(found.group("who"), body) and
            not _names_parent(found.group("who"), parent)) or \
        _decided_earlier(sentence, found, meeting)


# A body's advice told with its noun first: "Styret foreslo å …", "Rådet anbefaler at …".
_BODY_ADVISES = lazy_regex(r"(?P<who>[A-ZÆØÅ][a-zæøå]+)\s+(?:foreslo|anbefaler|anbefalte|"
                           r"tilrår|tilrådde)\s+(?:å|at)\s")
# The assemblies a board reports to and proposes to: its advice there is no outcome.
_ASSEMBLIES = ("årsmøt", "eiermøt", "generalforsaml", "representantskap", "allmøt")


def _proposed_by_another(sentence: str, body: str) -> bool:
    """Whether the sentence tells another body's advice to this one ("Styret foreslo å
    øke kontingenten." in the minutes of the annual meeting, "Arbeidsutvalget anbefaler
    at …" in the council's): the case's proposal, no outcome; the own body's ("Styret
    foreslo å …" at a board meeting) is its conclusion."""
    found = _BODY_ADVISES.match(sentence)
    if found is None:
        return False
    stem = _body_stem(found.group("who"))
    if stem == "styr" and body.casefold().startswith(_ASSEMBLIES):
        return True
    return another_body(found.group("who"), body)


# A body that is neither a board nor a council: a group, committee, network or forum
# (lower case). Its minutes' "styremøte" is the board's, and its "Neste regionrådsmøte" or
# "Neste møte i regionrådet" the council's it works under.
NOT_A_BOARD = lazy_regex(r"grupp|utval|nettverk|forum|komit|nemnd")


def councils_meeting(who: str, body: str | None) -> bool:
    """Whether a council named for a next meeting ("regionråd", "regionrådet") is another
    body than the minutes' own: the body that met is a group, committee or network
    under it (a faggruppe's, a kommunedirektørutval's); the council's own minutes, or
    its board's, set their day."""
    return bool(body) and _body_stem(who).endswith("råd") and \
        NOT_A_BOARD.search(body.casefold()) is not None


# The body whose next meeting a sentence gives, named after the words ("Neste møte i
# regionrådet er 3. mai.", "Neste møte for styret vert …") or as the topic before them,
# a bullet's "Regionrådet: neste møte er 19. juni." (searched lower-cased).
_NEXT_MEETING_OF = lazy_regex(r"^(?:(?:[\wæøå-]+\s+){0,2}(?P<topic>[\wæøå-]+)\s*:\s*)?"
                              r"neste\s+(?:[\wæøå-]*møte|moete|samling|"
                              # (a committee or council for its meeting: "Neste
                              # regionråd er 18. juni", "Neste kommunedirektørutval vert …",
                              # "Neste planforum er …")
                              r"[\wæøå-]{2,}(?:utvalg|utval|råd)\w*|[\wæøå-]*forum)\b"
                              r"(?:\s+(?:i|for)\s+(?P<after>[\wæøå-]+))?")


def _others_next_meeting(lowered: str, body: str | None) -> bool:
    """Whether a next meeting's sentence gives another body's meeting: one named after
    the words or as the topic before them that ``another_body`` finds is not the minutes'
    own ("Neste møte i regionrådet er 3. mai." among the orientations of its working
    committee tells the council's date; the committee set nothing). The body's own ("…
    i utvalget" in an utvalg's minutes) and one not named stay its decision."""
    found = _NEXT_MEETING_OF.match(lowered)
    if found is None:
        return False
    if "forum" in found[0] and others_forum(lowered, body):
        return True  # "Neste planforum for kystsoneplan blir 3. juni." in a council's
    who = found.group("after") or found.group("topic") or _body_in_meeting_noun(found[0])
    return who is not None and (another_body(who, body) or _other_group_of_kind(who, body) or
                                councils_meeting(who, body))


# A forum named for its next meeting, with what it is for: "neste planforum for
# kystsoneplan", "neste regionale planforum", "neste forum" (lower-cased; "i" after it
# names the place: "Neste planforum i Stryn blir …").
_FORUM_NAMED = lazy_regex(r"\bneste\s+(?:regionale\s+|felles\s+)?(?P<noun>[\wæøå-]*forum)"
                          r"(?:et)?\b(?:\s+for\s+(?P<topic>[\wæøå-]+))?")


def others_forum(lowered: str, body: str | None) -> bool:
    """Whether a next meeting named by a forum's noun ("Neste planforum for kystsoneplan
    blir 3. juni.") is another forum's than the body that met: a forum names a body, so it
    is the own next meeting only when the body's name holds the noun ("Planforum for
    kystsoneplan", "Regionalt planforum") and what the forum is for, when the words say it
    ("for kystsoneplan"). In a council's or a network's minutes the words tell another
    forum's day; with no body known, nothing is said."""
    if not body:
        return False
    found = _FORUM_NAMED.search(lowered)
    if found is None:
        return False
    own = body.casefold()
    topic = found["topic"]
    return found["noun"] not in own or (
        topic is not None and topic[:max(4, len(topic) - 3)] not in own)


def _body_in_meeting_noun(words: str) -> str | None:
    """The body a next meeting's compound noun names ("neste representantskapsmøte" →
    "representantskap", "neste regionrådsmøte" → "regionråd"), or None ("neste møte")."""
    noun = words.rpartition(" ")[2].removesuffix("møte").rstrip("-")
    return noun.removesuffix("s") if len(noun) > 4 else None


def _other_group_of_kind(who: str, body: str | None) -> bool:
    """Whether a body named by its noun ("styringsgruppa") is a group of the same kind as
    the minutes' own ("Prosjektgruppa") with another word before the kind: a steering group
    beside the project group. ``another_body`` takes one of the same kind for the own body
    misspelt ("Kystinget" for "Kysttinget"), so the words before the kind must differ from
    their first letters on; with no word before the kind in either ("gruppa") it may be
    the own one shortened."""
    if not body:
        return False
    stem, own = _body_stem(who), body.casefold()
    for part in _BODY_STEMS:
        at = stem.find(part)
        if at < 3 or part not in own:
            continue
        mine = next((word for word in own.split() if part in word), "")
        head, own_head = stem[:at], mine[:mine.find(part)]
        return len(own_head) >= 3 and head[:3] != own_head[:3]
    return False


# Adopted in one place or body named, then a day or the sentence's end: "Planen ble vedtatt
# i Nordby 3. mai.", "Saka vart vedteken i Regionrådet 12.02.", "… godkjent i Sørby."; a
# place of two names ("… vedtatt i Nordre Nordby 3. mai.") or a place's body ("… vedtatt
# i Vestby hovedutvalg.", "… i Nordre Nordby kommunestyre den 4. mars") is one name too.
_ADOPTED_IN_NAMED = lazy_regex(
    r"\b(?:vedtatt|vedteke|vedteken|vedtekne|godkjent|godkjend|godkjende)\s+i\s+"
    r"(?P<who>(?-i:[A-ZÆØÅ])[\wæøå-]+)(?:\s+(?P<more>(?-i:[A-ZÆØÅ])[\wæøå-]+"
    r"(?:\s+(?-i:[a-zæøå])[\wæøå-]+)?|(?-i:[a-zæøå])[\wæøå-]+))?"
    r"(?=\s+(?:den\s+)?\d|\s*[.;]?$)", re.I)


def _adopted_in_named(sentence: str, body: str | None, parent: str | None) -> bool:
    """Whether the sentence tells of a decision made in a place or body named that is not
    the minutes' own ``body`` or ``parent`` ("Planen ble vedtatt i Nordby 3. mai." in a
    club's minutes): the case's background, as "… vedtatt i kommunestyret" is. A body's
    noun is compared as ``another_body`` does ("… vedtatt i Regionrådet." in the minutes
    of Regionrådet is its own); a short name in capitals ("AU") or a month is left as it is."""
    found = _ADOPTED_IN_NAMED.search(sentence)
    if found is None:
        return False
    who, more = found.group("who"), found.group("more")
    if more:  # (the one name alone is followed by neither a day nor the sentence's end)
        return _two_word_place(who, more, body, parent)
    folded = who.casefold()
    if who.isupper() or folded in _MONTH_NAMES or "møt" in folded or \
            folded.startswith(_MEETING_TOOLS):
        return False  # "… godkjent i Styremøtet", "… godkjent i Teams": the meeting itself
    if any(part in _body_stem(who) for part in _BODY_STEMS):
        return another_body(who, body)
    own = {name.casefold() for name in (body, parent) if name}
    return folded not in own


def _two_word_place(who: str, more: str, body: str | None, parent: str | None) -> bool:
    """Whether a place or body named in two or three words after "vedtatt i" is another
    than the minutes' own: a place of two names ("Nordre Nordby") or a place's body
    ("Vestby hovedutvalg", "Nordre Nordby kommunestyre") unless it is the own ``body`` or
    ``parent`` as named. Words that name neither (a month, "samrøystes", "Teams-møte")
    leave the adoption this meeting's."""
    second, _, noun = more.partition(" ")
    if more[:1].isupper():
        if who.isupper() or second.isupper() or second.casefold() in _MONTH_NAMES or \
                "møt" in second.casefold() or who.casefold().startswith(_MEETING_TOOLS):
            return False  # "… godkjent i AU Mars", "… i Teams Møterom" name no place
    else:
        noun = more
    folded = noun.casefold()
    if noun and (not any(part in folded for part in _BODY_STEMS) or "møt" in folded):
        return False  # "… vedtatt i Styret samrøystes", "… godkjent i Teams-møte"
    name = f"{who} {more}".casefold()
    if any(name in own.casefold() for own in (body, parent) if own):
        return False
    if more[:1].isupper() and any(part in _body_stem(who) for part in _BODY_STEMS):
        return another_body(who, body)  # "… i Regionrådet Fjordbotn": the body's noun first
    return True


_MEETING_TOOLS = ("teams", "zoom", "skype", "whereby", "e-post", "epost")
_MONTH_NAMES = frozenset(dates.MONTH_NAMES)


# A grant by an authority or a grantor named in two or three words: "Nordby kommune setter
# av 300 000 kr …", "Vestland fylkeskommune løyver …", "Sparebanken Vest innvilget …";
# and a municipality's own vedtak told so: "Sørby kommune vedtok planen i mars."
_GRANTED_BY_NAMED = lazy_regex(
    r"^(?P<who>[A-ZÆØÅ][\wæøå-]*(?:\s+[A-ZÆØÅ][\wæøå-]*)?(?:\s+(?:kommune|fylkeskommune))?)"
    r"\s+(?:har\s+)?(?:innvilget|innvilga|innvilger|innvilgar|bevilget|bevilga|bevilger|"
    r"vedtok|vedtog|vedtatt|vedteke|godkjente|godkjende|"
    r"bevilgar|løyvd|løyvde|løyver|løyvar|(?=" + _SET_ASIDE_MONEY + r")\w+\s+av)\s")


# A place or organisation named in capitals that adopted its own plan, budget or rules:
# "Øvre Dal vedtok sin plan i desember", "Nordby har vedteke sitt budsjett" (a member's
# own vedtak, told as the case's background; "Styret vedtok sitt …" is a body's, read as
# before).
_OWN_PLAN_BY_NAMED = lazy_regex(
    r"^(?P<who>[A-ZÆØÅ][\wæøå-]*(?:\s+[A-ZÆØÅ][\wæøå-]*)?)\s+(?:har\s+|hadde\s+)?"
    r"(?:vedtok|vedtog|vedtatt|vedteke|godkjente|godkjende)\s+(?:sin|sitt|sine)\s")


def _own_plan_by_named(sentence: str, body: str | None, parent: str | None) -> bool:
    """Whether a sentence tells that a place or organisation named in capitals, neither
    a body's noun nor the minutes' own body or parent, adopted its own plan or rules."""
    found = _OWN_PLAN_BY_NAMED.match(sentence)
    if found is None:
        return False
    who = found.group("who")
    if any(part in _body_stem(word) for word in who.casefold().split() for part in _BODY_STEMS):
        return False
    return who.casefold() not in f"{body or ''} {parent or ''}".casefold()


# The words a sentence names every member or one of them by ("Kvar kommune", "Hver skole").
_EACH_OR_ALL = frozenset({"kvar", "hver", "alle", "ein", "en", "ei", "eit", "et"})


def _granted_by_named(sentence: str, body: str | None, parent: str | None) -> bool:
    """Whether a grant is told of a municipality or county by its name ("Nordby kommune
    setter av …") or of a foundation, bank or fund ("Sparebanken Vest innvilget …"), none
    of them the minutes' own ``body`` or ``parent``: the case's background."""
    found = _GRANTED_BY_NAMED.match(sentence)
    if found is None or " " not in found.group("who"):
        return False
    who = found.group("who")
    words = who.casefold().split()
    if words[0] in _EACH_OR_ALL:
        return False  # "Kvar kommune set av 20 000 kr …": each member's own share
    if words[-1] not in ("kommune", "fylkeskommune") and \
            not any(_body_stem(word).endswith(_GRANTOR_ENDINGS) for word in words) and \
            not _named_grant_of_sum(sentence, found.end(), words[0]):
        return False
    own = f"{body or ''} {parent or ''}".casefold()
    return who.casefold() not in own


# A sum of money: "400 000 kr", "kr 50 000", "1,2 mill.", "25 000,-", "NOK 10 000".
_SUM_OF_MONEY = lazy_regex(r"\b(?:kr\.?|nok)\s*\d|\d[\d .,]*\s*(?:kr\b|kroner|,-|mill|nok\b)",
                           re.I)


def _named_grant_of_sum(sentence: str, verb_end: int, first: str) -> bool:
    """Whether an organisation named in capitalised words ("Innovasjon Norge innvilget
    400 000 kr …", "Norsk Kulturråd bevilga 80 000 kroner …") grants
    a sum: a grant by a named outsider is the case's background, as the municipality's or
    a foundation's is; a body's own noun first ("Styret …") is read by ``another_body``."""
    if any(part in _body_stem(first) for part in _BODY_STEMS):
        return False
    return _SUM_OF_MONEY.search(sentence, verb_end) is not None


def _names_parent(who: str, parent: str | None) -> bool:
    """Whether a body's noun (``who``: "Kommunen", "Regionrådet") names the minutes' parent
    organisation ("Nordby kommune", "Regionrådet i Vestdalen"): its stem is in the name."""
    return bool(parent) and _body_stem(who.split()[0]) in parent.casefold()


# An outcome in the past passive dated to a year: "Kontingenten ble satt til kr 300 i
# 2022", "Planen vart vedteken i 2021", "Honoraret ble økt til 5 000 kroner i 2019" (searched
# lower-cased; not "for 2022": what was set for a year, which a meeting does ahead); and
# grants reported in the perfect: "Det er innvilget tilskudd til fem prosjekter i 2025"
# (last year's grants in a fund's report: what was granted before, not a vedtak now).
_PASSIVE_OUTCOME_IN_YEAR = lazy_regex(
    r"\b(?:ble|vart|blei|er)\s+(?:[\wæøå-]+\s+){0,2}?(?:satt|sett|fastsatt|fastsett|vedtatt|"
    r"vedteke|vedteken|godkjent|godkjend|økt|auka|hevet|heva|justert|justera|bestemt|"
    r"innvilget|innvilga|bevilget|bevilga|tildelt|løyvd|løyvt)\b"
    r"[^.;]{0,60}?\bi\s+(?P<year>(?:19|20)\d{2})\b")


def _outcome_in_earlier_year(lowered: str, meeting: str) -> bool:
    """Whether a past outcome is dated to a year before this meeting's (ISO ``meeting``):
    the case's background, as ``_EARLIER_OUTCOME`` reads "i fjor" and "i forrige møte"."""
    found = _PASSIVE_OUTCOME_IN_YEAR.search(lowered)
    return found is not None and int(found["year"]) < int(meeting[:4])


# An outcome in the past passive dated to a month right after its verb: "Planprogrammet ble
# fastsatt i februar.", "Planen ble vedtatt av kommunestyret i mars." (not "… ble utsatt
# til møtet i mai", "Det ble bestemt å holde fagdagen i februar": a month ahead)
_PASSIVE_OUTCOME_IN_MONTH = lazy_regex(
    r"\b(?:ble|vart|blei)\s+(?:[\wæøå-]+\s+){0,2}?(?:satt|sett|fastsatt|fastsett|vedtatt|"
    r"vedteke|vedteken|godkjent|godkjend|behandlet|behandla|bestemt)"
    r"(?:\s+(?!at\b|å\b|til\b|for\b|innen\b|innan\b)[\wæøå.-]+){0,4}?\s+i\s+"
    r"(?P<month>" + "|".join(dates.MONTH_NAMES) + r")\b(?!\s+(?:19|20)\d\d)")


def _outcome_in_earlier_month(lowered: str, meeting: str) -> bool:
    """Whether a past outcome is dated to a month earlier in this meeting's year (ISO
    ``meeting``; a month later than the meeting's is last year's, or ahead: left alone):
    the case's background, as ``_outcome_in_earlier_year`` reads "i 2022"."""
    found = _PASSIVE_OUTCOME_IN_MONTH.search(lowered)
    return found is not None and dates.MONTHS[found["month"]] < int(meeting[5:7])


# How far after the verb the day of the decision is told: "vedtok 12. februar",
# "vedtok i møtet den 12.02.2024", "vedtok i sak 5/24 12. februar".
_DECIDED_ON_REACH = 30


def _decided_earlier(sentence: str, found: re.Match[str], meeting: str | None) -> bool:
    """Whether a body's decision is told with a day before this meeting's ``meeting``
    (ISO): "Regionrådet vedtok 12. februar å …" reports an earlier meeting's vedtak. A
    day without year is taken in the meeting's year; the same day or a later one (a
    deadline, "vedtok å svare innen 1. mai") leaves the sentence this meeting's. Nor is
    a day after "å" or "at" the decision's own: it is what was decided ("Faggruppa vedtok
    å møtast 5. februar, 23. april og 11. juni 2026." lists the coming meetings), nor a
    day after a colon ("Nettverket vedtok møteplanen for 2026: 12. februar, 14. mai …")."""
    who = _body_stem(found.group("who").split()[0])
    if meeting is None or "møt" in who or not any(part in who for part in _BODY_STEMS):
        return False  # ("Kari godkjente …", "Styremøtet vedtok …": no body's earlier day)
    after = sentence[found.end():found.end() + _DECIDED_ON_REACH]
    if _earlier_period(after, meeting):
        return True
    if after.startswith((" å ", " at ")):
        return False
    told = dates.find_dates(after)
    if told and ":" in after[:told[0].start]:
        return False  # the days listed after the colon are what was decided
    day = told[0].resolve(int(meeting[:4])) if told else None
    return day is not None and day.isoformat() < meeting


def _earlier_period(after: str, meeting: str) -> bool:
    """Whether the words right after a body's verb place the decision before this
    meeting without a day: "vedtok tidligere …", "vedtok i 2022 …", "godkjente i januar
    planen" in the minutes of March (a past month other than the meeting's is an earlier
    meeting's, last year's when later in the year)."""
    if after[:1] != " ":
        return False
    if after[1:10].casefold().startswith(("tidligere", "tidlegare")):
        return True
    period = _IN_PERIOD.match(after)
    if period is None:
        return False
    year = int(period["year"]) if period["year"] else int(meeting[:4])
    month = dates.MONTHS.get(period["month"].casefold()) if period["month"] else None
    if year != int(meeting[:4]) or month is None:
        return year < int(meeting[:4])
    return month != int(meeting[5:7])


# The period of a decision right after its verb: "vedtok i 2022", "vedtok i desember
# 2023", "godkjente i januar" (the month's full name).
_IN_PERIOD = lazy_regex(r"\s+i\s+(?:(?P<month>(?i:" + "|".join(dates.MONTH_NAMES) + r"))\b\s*)?"
                        r"(?P<year>(?:19|20)\d{2}\b)?")


# Present-tense task verbs: "PL bearbeider …", "Sekretariatet sender …".
_TASK_VERBS = (
    "sender", "sendar", "følger opp", "fylgjer opp", "lager", "lagar", "bearbeider",
    # a Swedish member's errand in a cross-border body's minutes: "Sekreteraren skickar
    # utkastet …", "Projektledaren tar fram ett förslag …", "Mats ansvarar för att …",
    # "Kari återkommer efter formannskapets behandling." (as "kommer tilbake til saken")
    "skickar", "tar fram", "ansvarar för att", "sammanställer", "förbereder", "bjuder in",
    "återkommer",
    # a promise made at the meeting to act after it: "Leder lovet å ta opp saken med
    # vegvesenet.", Swedish "Ordföranden lovade att ta upp frågan med Trafikverket."
    "lovet å", "lovte å", "lovade att",
    "utarbeider", "utarbeidar", "sjekker", "sjekkar", "kaller inn", "kallar inn",
    # a payment the meeting tells someone to make: "Kommunen utbetaler midlene innen 1.
    # april." (active only: "Tilskuddet utbetales etter søknad" is the scheme's rule)
    "utbetaler", "utbetalar", "betaler ut", "betalar ut",
    "inviterer", "inviterar", "kontakter", "kontaktar", "tar kontakt", "tek kontakt",
    "sørger for", "syter for", "sørgjer for", "ettersender", "forbereder", "førebur", "oppdaterer",
    "oppdaterar", "distribuerer", "innkaller", "retter opp", "rettar opp", "legger fram",
    "legg fram", "legger ut", "legg ut", "setter opp", "set opp", "skriver", "skriv",
    "undersøker", "undersøkjer", "avklarer", "avklarar", "koordinerer", "ordner", "ordnar",
    "booker", "bestiller", "melder", "meldar", "tar med", "tek med",
    # a point raised, to be taken into the next report: "Sekretariatet tek dette med i
    # rapporten for andre tertial."
    # (but "tar dette med seg videre" is no errand)
    "tar dette med i", "tek dette med i", "tar det med i", "tek det med i", "tar ansvar",
    "tar ansvaret", "tek ansvaret", "tek ansvar", "tok ansvaret for", "tok ansvar for", "foretar",
    "føretek", "fikser", "fiksar", "arkiverer",
    "arkiverar", "hjelper til med", "hjelpar til med", "hører med", "høyrer med",
    "lager utkast", "følger med", "sammenstiller", "samanstiller", "gjennomgår",
    # its split form, as "greier ut": "Hovedverneombudet går gjennom rutinen med sjåførene."
    "går gjennom",
    "ser på", "ser nærmere på", "vurderer", "vurderar", "henvender seg", "utreder",
    "kartlegger", "skriver referat", "reviderer", "revidere", "innhenter", "hentar inn",
    "innhentar", "kartlegg", "utgreier",
    # a contract to be negotiated: "Sekretariatet forhandler fram avtale med X AS og …"
    "forhandler fram", "forhandler frem", "forhandlar fram", "forhandler med",
    "forhandlar med",
    # … and a hiring's pay: "Styreleder forhandler lønn med kandidat 1 og legger fram …"
    "forhandler lønn", "forhandlar løn", "forhandlar lønn",
    # nynorsk's split form of "utgreie": "Sekretariatet greier ut modell 2 og legg fram sak."
    "greier ut", "greiar ut",
    "følgjer opp", "innarbeider", "innarbeidar", "tar saken videre", "tek saka vidare",
    "tar dette videre", "tek dette vidare", "går videre med",
    # nynorsk as bokmål: "Utvalet går vidare med nominasjonane innan 1. april."
    "går vidare med",
    "oversender", "oversendar", "videresender", "vidaresender", "formidler", "formidlar",
    "utformer", "utformar", "tilskriver", "innkallar", "purrer", "purrar",
    "følger dette opp", "lyser ut", "kaller inn til",
    # a scheme or a call made known, as "lyser ut": "Daglig leder kunngjør ordningen innen
    # 1. mars."
    "kunngjør", "kunngjer",
    # a case put before another body, as "legger fram sak": "Rådmennene fremmer likelydende
    # sak for kommunestyrene."
    "fremmer sak", "fremmer saken", "fremmer likelydende sak", "fremjar sak", "fremjar saka",
    "fremjar likelydande sak",
    # hosts at an event the body holds: "Kari og Per stiller som verter på seniordagen."
    "stiller som vert", "stiller som verter", "stiller som vertar", "stiller som vertskap",
    "stiller som vertinner",
    "justerer", "justerar", "ferdigstiller", "ferdigstillar", "sluttfører", "arrangerer",
    # a meeting or course to be held, as "arrangerer" says it: "… ber om at Sametinget og
    # kommunene holder et felles konsultasjonsmøte i oktober." (not "holder et høyt nivå")
    "holder et felles", "held eit felles", "holder et møte", "held eit møte", "holder et eget",
    "held eit eige", "holder et kurs", "held eit kurs",
    # a course given to those the body trains: "Berit held kurs for superbrukarane 14. april."
    "holder kurs for", "held kurs for", "holder opplæring for", "held opplæring for",
    "arrangerar", "oppretter", "opprettar", "etablerer", "etablerar", "avtaler", "avtalar",
    # a site or road to be inspected: "Vegvesenet og kommunen befarer strekningen innen
    # 15. desember.", nynorsk "Rektor synfarer bygget i uke 3."
    "befarer", "befarar", "synfarer", "synfarar",
    "publiserer", "publiserar", "fakturerer", "reserverer", "etterspør", "tar seg av",
    "tek seg av", "kjøper inn", "kjøpar inn", "finner fram", "finn fram", "finner frem",
    "tinger", "tingar", "lanserer", "lanserar", "deler ut", "delar ut", "skriver ut",
    "skriv ut", "printer ut", "prentar ut", "representerer", "representerar",
    # sharing its own paper with the others: "Tønsberg kommune deler sin plan med nettverket."
    "deler sin ", "deler sitt ", "deler sine ", "delar sin ", "delar sitt ", "delar sine ",
    # spreading the word for the body: "Jonas sprer det på sosiale medier.", nynorsk "Per
    # spreier dette i kommunane." (not "sprer seg", a thing that spreads)
    "sprer det", "sprer dette", "sprer informasjon", "sprer informasjonen", "spreier det",
    "spreier dette", "spreier informasjon", "spreier informasjonen",
    "tar dette opp", "tek dette opp", "tar det opp", "tek det opp", "tar saken opp",
    "tek saka opp", "gir tilbakemelding", "gjev tilbakemelding", "gir beskjed",
    "gjev beskjed",
    # (and the way of it between: "Kommunane gjev skriftleg tilbakemelding innan 1. mai.")
    "gir skriftlig tilbakemelding", "gjev skriftleg tilbakemelding",
    # members sending their views in: "Kommunene gir innspill til sekretariatet innen 1. mai."
    # a question put in the meeting answered after it: "Kommunedirektøren svarer skriftlig.",
    # by mail: "Smittevernoverlegen svarer på e-post."
    "svarer skriftlig", "svarar skriftleg", "svarer ut", "svarar ut", "gir skriftlig svar",
    "gjev skriftleg svar", "svarer på e-post", "svarar på e-post", "svarer per e-post",
    "svarar per e-post",
    # … to the body that asked, named between: "Statens vegvesen v/ Tor Li svarar utvalet
    # skriftleg innan 15. januar.", "Kommunen svarer nettverket innen 1. mai."
    "svarer utvalget", "svarar utvalet", "svarer nettverket", "svarar nettverket",
    "svarer forumet", "svarar forumet", "svarer rådet", "svarar rådet", "svarer styret",
    "svarar styret",
    # … by a deadline right after the verb: "Partnerkommunene svarer innen uke 12.",
    # "Kommunane svarar innan 1. mai." (not a guess at another's answer: "Fylkeskommunen
    # svarar truleg innan 1. mai.")
    "svarer innen", "svarar innan",
    # a report to bring to a later meeting: "Daglig leder rapporterer om gjennomføringen
    # i møtet i juni."
    "rapporterer om", "rapporterar om", "rapporterer tilbake", "rapporterar tilbake",
    "gir innspill", "gir innspel", "gjev innspel", "gjev innspill", "kommer med innspill",
    "kjem med innspel", "klargjør", "klargjer", "gjennomarbeider", "gjennomarbeidar",
    "tilrettelegger", "tilretteleggjer", "ringer", "ringjer", "henter", "hentar",
    "leverer", "leverar", "rydder", "ryddar", "kopierer", "kopierar",
    "skaffer", "skaffar", "gjør avtale", "gjer avtale", "kjøper", "kjøpar",
    # help hired in: "Sekretariatet engasjerer ekstern bistand innenfor en ramme på …"
    # (not one's own zeal: "Styret engasjerer seg i saken.")
    "engasjerer ekstern", "engasjerar ekstern", "engasjerer en ", "engasjerar ein ",
    "engasjerer konsulent", "engasjerar konsulent",
    "prøver å", "prøvar å", "påtok seg", "påtek seg", "tar på seg", "tek på seg",
    "jobber med å", "jobbar med å", "arbeider med å", "arbeider vidare med",
    "arbeider videre med", "jobber videre med", "jobbar vidare med",
    "snakker med", "snakkar med", "følgjer med", "holder kontakt", "held kontakt",
    "holder kontakten", "held kontakten",
    "tar opp saken", "tek opp saka", "tar opp dette", "tek opp dette",
    "legger frem", "legg frem", "kommer tilbake med", "kjem tilbake med", "kjem attende med",
    # gathering what others send in: "Sekretær samlar innspel frå kommunane innan 15. nov."
    "samler inn", "samlar inn", "samler innspill", "samlar innspel", "samler sammen",
    "samlar saman", "legger saken fram", "legg saka fram",
    # a date to be settled: "Sekretariatet finn eit tidspunkt.", "Leder finner ny dato."
    "finner et tidspunkt", "finn eit tidspunkt", "finner en dato", "finn ein dato",
    "finner ny dato", "finn ny dato",
    # (the bare noun: "Trine Haug og Petter Solvang finner dato.")
    "finner dato", "finn dato", "finner tidspunkt", "finn tidspunkt",
    # (or puts one forward to the others: "Styreleder og daglig leder foreslår tidspunkt
    # innen 1. april.", nynorsk "Leiaren føreslår ein dato"; not "foreslår at …", a motion)
    "foreslår tidspunkt", "foreslår et tidspunkt", "foreslår nytt tidspunkt", "foreslår dato",
    "foreslår en dato", "foreslår ny dato", "føreslår tidspunkt", "føreslår eit tidspunkt",
    "føreslår nytt tidspunkt", "føreslår dato", "føreslår ein dato", "føreslår ny dato",
    "foreslår datoer", "føreslår datoar",
    # … or a way out of a problem told at the table: "Skulen og busselskapet finn ei
    # løysing for elevane innan 15. oktober."
    "finner en løsning", "finner ei løsning", "finn ei løysing", "finn ein løysing",
    # the object between verb and particle: "Linn Eikrem set det opp."
    "setter det opp", "set det opp", "setter dette opp", "set dette opp",
    "setter saken opp", "set saka opp",
    # carrying a point to whom it concerns: "Hanne tar det med til parkvesenet."
    "tar det med til", "tek det med til", "tar dette med til", "tek dette med til",
    "tar saken med til", "tek saka med til",
    # (a pronoun or the paper the case is about: "Mona tar den med til tildelingsmøtet",
    # "Leiar tek søknaden med til fylket")
    "tar den med til", "tek den med til", "tar dem med til", "tek dei med til",
    "tar søknaden med til", "tek søknaden med til", "tar forslaget med til",
    "tek framlegget med til",
    # naming someone to a task: "Hver kommune utpeker en kontaktperson innen 10. februar."
    # (not "oppnevner": "Rådet oppnevner Kari Holm til …" is the body's own election)
    "utpeker", "utpeikar", "peker ut", "peikar ut",
    # setting someone or some time aside: "Kvar kommune set av ein kontaktperson innan
    # nyttår.", "Hver skole setter av en dag til kurset." (an amount set aside, "Styret
    # setter av 50 000 kr til …", is a grant: a decision)
    "setter av en", "setter av ei", "setter av et", "setter av tid", "set av ein",
    "set av ei", "set av eit", "set av tid",
    # seeing to it: "Kari ser til at lokalet er klart.", "Per passar på at …"
    "ser til at", "passer på at", "passar på at",
    # signing what the body decided: "Daglig leder signerer kontrakten.", "Leiar
    # underteiknar avtalen.", "Styreleder inngår avtale med leverandøren." (not "inngår i")
    "signerer", "signerar", "undertegner", "underteiknar", "inngår avtale", "inngår avtalen",
    "inngår kontrakt", "inngår kontrakten",
    # members forming a group to do the work: "Kåre og Mari danner en arbeidsgruppe som
    # lager program." (a body that "set ned ei arbeidsgruppe" in its vedtak does so by
    # the decision itself: no follow-up)
    "danner en arbeidsgruppe", "danner ei arbeidsgruppe", "dannar ei arbeidsgruppe",
    # (and without the article, as a konklusjon puts it: "Eva og Per danner arbeidsgruppe.")
    "danner arbeidsgruppe", "dannar arbeidsgruppe",
    # (or setting it down, nynorsk "set ned": "Oddvar og Elin set ned ei arbeidsgruppe.")
    "setter ned en arbeidsgruppe", "setter ned ei arbeidsgruppe", "set ned ei arbeidsgruppe",
    "setter ned arbeidsgruppe", "set ned arbeidsgruppe",
    # working out figures: "OT og TF reknar ut bemanningsbehovet innan 14.02.", "Kari
    # beregner kostnadene."
    "regner ut", "rekner ut", "reknar ut", "beregner", "bereknar",
    # an adverb between the verb and its particle: "PL følger særlig opp risiko 2 …"
    "følger særlig opp", "følger spesielt opp", "følgjer særleg opp", "følgjer spesielt opp",
    # fitting a shared paper to one's own use: "Hver kommune tilpasser rutinen til egne
    # skoler før sommeren."
    "tilpasser", "tilpassar",
    # a fault reported at the meeting put right after it, most often by the vendor:
    # "Leverandøren retter feilen innen uke 12." (not "retter en takk til …")
    "retter feilen", "retter feil", "rettar feilen", "rettar feil", "retter avviket",
    "rettar avviket", "retter avvikene", "rettar avvika", "utbedrer", "utbetrar",
    # putting the members' papers together: "Sekretariatet samordnar søknadene." (a task
    # only with a doer: ``_DOER_ONLY_VERBS``)
    "samordner", "samordnar",
    # a member's answer whether it takes part: "Hver kommune bekrefter deltakelse
    # skriftlig.", nynorsk "Kvar kommune stadfestar deltaking innan 1. mai."
    "bekrefter deltakelse", "bekrefter deltagelse", "bekreftar deltaking",
    "stadfester deltakelse", "stadfestar deltaking",
)
# Task verbs that as often describe what a thing does ("Planen samordnar tilbodet …"):
# a task only when a person or an owner role does it (``_doer_named``).
_DOER_ONLY_VERBS = frozenset({"samordner", "samordnar", "hjelper", "hjelpar"})
# Taking charge of something: "Kari står for serveringa." (``_STANDS_FOR``, a pattern)
_TASK_FIRST_WORDS = frozenset(v.split()[0] for v in _TASK_VERBS) | {"står", "gjennomfører",
                                                                    "gjennomførar"}


# Raising a matter with another party: "KN tar opp budsjettet med formannskapet.", "Tor
# tek opp spørsmålet om veglys med kommunen innan mai" – an errand after the meeting, as
# "tar opp saken" is (the body taking its own case up again, "Styret tar saken opp på
# neste møte", names no one to raise it with: see ``_BODY_RETURNS``). The party is a
# word in its definite form or an office, at the end or before a deadline; a problem
# "med" something ("tar opp problemet med parkering") is what was raised, not with whom.
# (and the case taken along to that party: "Leiar tek dette med seg til kommunen.", "KH
# tar saken med seg til formannskapet" – the meeting's input taken along into work going
# on, "tar med seg innspillene", is no errand: ``_takes_input_along``)
_OTHER_PARTY = (r"(?:[\wæøå-]+(?:en|et|ene|ane|a)|rektor|ordfører|ordførar|rådmann|"
                r"kommunedirektør|kommunedirektøren|styreleder|styreleiar)"
                r"(?=\s*[.!]?$|\s+(?:innen|innan|før|snarest|så\s+snart)\b)")
_RAISES_WITH = (
    r"t(?:ar|ek)\s+(?:opp\s+(?!(?:problem|utfordring|bekymring)[\wæøå]*\s+med\b)"
    r"(?:[\wæøå-]+\s+){0,5}?med\s+|"
    r"(?:dette|det|saken|saka|spørsmålet|forslaget|framlegget)\s+med\s+seg\s+"
    r"(?:videre\s+|vidare\s+)?til\s+)" + _OTHER_PARTY)

# Raising a matter in another body's meeting: "Torgeir tar opp arealregnskapet i
# rådmannsutvalget 25. september.", "Leiar tek opp saka i formannskapet" – the same
# errand, the body named by its definite form at the end, before its day or a deadline.
_RAISES_IN = (r"t(?:ar|ek)\s+opp\s+(?:[\wæøå-]+\s+){1,4}?(?:i|på)\s+[\wæøå-]*"
              r"(?:utvalget|utvalet|rådet|styret|formannskapet|kommunestyret|nettverket|"
              r"gruppa|gruppen|forumet)"
              r"(?=\s*[.!]?$|\s+(?:\d+|innen|innan|før|neste)\b)")


# Putting a matter before someone with its object between verb and particle:
# "Sekretariatet legger evalueringen fram for regionrådet i februar.", "Leiaren legg den
# nye planen fram i mars" – as "legger fram evalueringen", with the object (a word in its
# definite form, after at most two words) first; and so putting it out: "PL legg
# referata ut på nettsidene." as "legg ut".
# ("fram" after any object of up to three words: "Kommunen legg revidert plankart fram til
# neste møte"; "ut" only after a definite one, as a plan's "legg nye område ut til bustad"
# tells what the plan does); and attaching it to the minutes: "Sekretariatet legg lenkja
# ved referatet." (only "ved" the minutes or the summons: "legg bustadene ved elva" places)
_PUTS_FORWARD = (
    r"legg(?:er)?\s+(?:(?:[\wæøå-]+\s+){0,2}?[\wæøå-]+(?:en|et|a|ene|ane|ne)\s+(?:fram|frem|ut|"
    r"ved\s+(?:referatet|protokollen|innkallinga|innkallingen))|"
    r"(?:[\wæøå-]+\s+){1,3}?(?:fram|frem))\b")
# Taking charge of something: "Kari står for serveringa." – not a share of a whole ("Dei
# utanlandske gjestane står for mesteparten av auken.", "Industrien står for 40 prosent
# av utsleppa"): what a figure is made of, told to the meeting, no errand.
_STANDS_FOR = (r"står\s+for(?!\s+(?:(?:om\s+lag|omlag|rundt|ca\.?|nesten|over|under|godt|"
               r"vel|bare|berre|kun|hele|heile)\s+)?(?:mesteparten|størstedelen|storparten|"
               r"halvparten|en\s+(?:stor|større|vesentlig|del|tredel|tredjedel|fjerdedel)|"
               r"ein\s+(?:stor|større|vesentleg|del|tredel|tredjedel|fjerdedel)|"
               # ("Skolene står for det største forbruket": the largest share)
               r"(?:det|den|de|dei)\s+(?:største|meste)\b|"
               r"\d|[a-zæøå]+\s+prosent\b))")
# Putting a matter on the next agenda: "Sekretariatet set klimatilpassing på sakslista",
# "Leder setter saken på dagsorden".
_PUTS_ON_AGENDA = (r"set(?:ter)?\s+(?:[\wæøå-]+\s+){1,3}?på\s+(?:sakslist(?:en|a|e)|"
                   r"dagsorden(?:en)?|agendaen)")

# Promising to bring a matter back: "Sekretariatet kommer tilbake til saken i neste
# møte.", nynorsk "Dagleg leiar kjem attende til saka." – a follow-up its named party owes
# the body, as "kommer tilbake med" is (not "kommer tilbake til jobb": a person's return).
_RETURNS_TO_IT = (r"k(?:ommer|jem)\s+(?:tilbake|attende)\s+til\s+(?:denne\s+|dette\s+)?"
                  r"(?:saken|saka|dette|det|spørsmålet|spørsmålene|spørsmåla|temaet|punktet|"
                  r"forslaget|framlegget|innspillene|innspela)\b")

# Sharing a paper or what a trial taught with the others after the meeting: "Tatiana
# deler undervisningsopplegget med nettverket", "… tester kurset og deler erfaringene i
# neste møte" (the definite "erfaringene": those of the trial; "deler erfaringer med
# hverandre" is the talk at the meeting)
_SHARES_WITH = (r"del(?:er|ar)\s+(?:erfaringene|erfaringane|(?:\S+\s+){1,3}?med\s+"
                r"(?:nettverket|gruppa|gruppen|forumet|kommunene|kommunane|medlemmene|"
                r"medlemene|de\s+andre|dei\s+andre)\b)")

# Taking a matter up again with its object between verb and particle: "Kari tek
# spørsmålet om godtgjersle opp att med dei tillitsvalde", "Per tar budsjettet opp igjen
# i mars" – as "tar saken opp" (the body's own return to its case is ``_BODY_RETURNS``).
_TAKES_UP_AGAIN = r"t(?:ar|ek)\s+(?:[\wæøå-]+\s+){1,4}?opp\s+(?:att|igjen)"

# Taking something along into a paper yet to be written: "Fylkeskommunen tar den felles
# prioriteringen med i saksframlegget.", "Sekretariatet tek innspela med i fråsegna" – as
# "tar dette med i"; only into a paper (a case's framing, a statement, a report), not into
# a judgement ("tar det med i vurderingen").
_TAKES_INTO_PAPER = (r"t(?:ar|ek)\s+(?:[\wæøå-]+\s+){1,4}?med\s+(?:seg\s+)?(?:inn\s+)?i\s+"
                     r"[\wæøå-]*(?:framlegg|utgreiing|innspill|innspel|uttalelse|uttale|"
                     r"fråsegn|notat|rapport|utkast)[\wæøå]*")
# A point raised, worked into a paper: "Hanne Lunde tar dette inn i praksisinformasjonen
# for høsten.", nynorsk "Eva tek det inn i planen." (a pattern of its own: each in
# ``_TASK_VERB_RE``'s tuple is one branch grouped under its first letter)
_TAKES_POINT_INTO = r"t(?:ar|ek)\s+(?:dette|det)\s+inn\s+i\s"


# Carrying out a job in a time to come: "Fylkeskommunen gjennomfører kartlegginga i løpet
# av hausten.", "Kari gjennomfører undersøkinga innan 1. mai" – a promise to the meeting
# (the state's own plans are ``_authority_subject``'s). Without the time ("Fylkeskommunen
# gjennomfører anskaffelsen på vegne av alle") it tells who does what, an arrangement.
_CARRIES_OUT_IN_TIME = (r"gjennomfør(?:er|ar)\s+(?:[\wæøå-]+\s+){1,5}?"
                        r"(?:i\s+løpet\s+av|innen|innan|før)\b")

# Gathering a thing by a time ahead, as "samler inn" is: "Ragnhild Brattli samler
# historielagets bilder av husmannsplassene til neste møte.", "Kari samlar innspela innan
# 1. mai" (up to five words between; the time makes it an errand, not a description).
_GATHERS_IN_TIME = (r"saml(?:er|ar)\s+(?!seg\b)(?:[\wæøå-]+\s+){1,5}?"
                    r"(?:til\s+neste\s+møte|innen|innan|før)\b")

# Helping someone with a thing, as "hjelper til med" is: "Sekretariatet hjelper kommunene
# med søknaden.", "Kari hjelpar Per Bø med budsjettet" – whom (up to three words, no
# preposition: the noun "Ny hjelper i barnehagen med …" is none; "hjelper til med" is in
# ``_TASK_VERBS``) and then "med".
_HELPS_WITH = (r"hjelp(?:er|ar)\s+(?!(?:i|på|for|ved|hos|fra|frå|som|og|til)\s)"
               r"(?:[\wæøå-]+\s+){1,3}?med\s")


def _patterns_by_first_letter(patterns: tuple[str, ...]) -> str:
    """An alternation of ``patterns`` (each starting with a plain letter) grouped by that
    letter: "l(?:ages|egges ut)|u(?:tarbeides)".

    ``re`` then tests a position against one letter per group, not against each of some
    hundred patterns (words are passed through ``re.escape``). Patterns with different
    first letters never match at the same place, and within a group they keep their
    order, so the same pattern matches first and the match is the same.
    """
    groups: dict[str, list[str]] = {}
    for pattern in patterns:
        if not pattern[:1].isalpha():
            raise ValueError(f"not a pattern starting with a letter: {pattern!r}")
        groups.setdefault(pattern[0], []).append(pattern[1:])
    return "|".join(f"{first}(?:{'|'.join(rests)})" for first, rests in groups.items())


# The task verbs and the raising form, grouped by first letter: the raising form joins the
# verbs' "t" group, one more branch tried only where a word starts with "t", not at every
# word start.
_TASK_VERB_RE = FoldedPattern(r"\b(?:" + _patterns_by_first_letter(
    (_RAISES_WITH, _RAISES_IN, _TAKES_UP_AGAIN, _TAKES_INTO_PAPER, _TAKES_POINT_INTO,
     _PUTS_FORWARD, _PUTS_ON_AGENDA, _STANDS_FOR, _RETURNS_TO_IT, _CARRIES_OUT_IN_TIME,
     _SHARES_WITH, _HELPS_WITH, _GATHERS_IN_TIME,
     *map(re.escape, _TASK_VERBS))) +
    r")\b")


# After a passive verb (searched lower-cased): not the meeting itself as its subject
# (nor a thing described in a relative clause: "… kampanje som skal gjennomføres andre
# halvår")
_NOT_IN_RELATIVE = "(?<!som {verb})(?<!som skal {verb})(?<!som må {verb})"
_NOT_THE_MEETING = "(?<!møtet {verb})(?<!møtene {verb})(?<!møta {verb})" + _NOT_IN_RELATIVE
# After a passive verb (searched lower-cased): bound by a modal before it or a time ahead
# after it ("… skal gjennomføres", "… gjennomføres før neste møte / innen 1. mai").
_BOUND_TIMES = (r"innen|innan|før|snarest|i\s+løpet\s+av|til\s+neste|"
                # a quarter ahead: "… gjennomføres i første kvartal 2026"
                r"i\s+(?:første|fyrste|andre|tredje|fjerde|[1-4]\.)\s+kvartal")
_BOUND = r"(?:(?<=skal {verb})|(?<=må {verb})|(?=[^.]*?\b(?:" + _BOUND_TIMES + r")\b))"
# ``_BOUND``, or a season or month of a year after it ("… høsten 2025", "… i mars 2026"):
# the time a plan is due for its revision.
_BOUND_OR_SEASON = (r"(?:(?<=skal {verb})|(?<=må {verb})|(?=[^.]*?\b(?:" + _BOUND_TIMES +
                    r"|(?:våren|høsten|hausten|sommeren|sommaren|vinteren|" +
                    "|".join(dates.MONTH_NAMES) + r")\s+(?:19|20)\d{{2}})\b))")
# An agreement or contract as the subject of its signing or entering into ("Avtalen
# signeres …", "Kontrakta vert inngått …"), bokmål and nynorsk.
_CONTRACTS = ("avtalen", "avtalene", "kontrakten", "kontraktene")
_CONTRACTS_NN = ("avtala", "avtalen", "avtalane", "kontrakta", "kontrakten", "kontraktane")
# Passive tasks: "Det lages …", "Et forslag utarbeides …", "… skal oppnevnes".
_PASSIVE_TASKS = (
    r"lages", r"utarbeides", r"bearbeides", r"etableres", r"oppnevnes", r"sendes", r"sendast",
    r"følges opp", r"fylgjast opp", r"følgjast opp", r"vurderes", r"vurderast", r"undersøkes",
    r"undersøkast",
    r"avklares", r"avklarast", r"innarbeides", r"ferdigstilles",
    # (not a rule put in force: "Retningslinjene gjøres gjeldende fra 1. mars.", decided;
    # nor a trial made lasting: "Ordningen gjøres permanent fra 1. juli.")
    r"gjøres(?!\s+(?:gjeldende|permanent)\b)", r"gjerast(?!\s+(?:gjeldande|permanent)\b)",
    r"tas med", r"takast med", r"legges ut", r"leggast ut",
    # attached afterwards: "Presentasjonen legges ved referatet.", "… leggjast ved"
    r"legges ved", r"leggast ved", r"leggjast ved",
    # shared afterwards where a network keeps its papers: "Utkastet legges i
    # Sharepoint-mappen.", "Lista leggast inn på Padlet." (not "… legges i bunn for …")
    *(verb + r"\s+(?:inn\s+)?(?:i|på)\s+(?=[\wæøå-]*(?:sharepoint|teams|padlet|onedrive))"
      for verb in ("legges", "leggast", "leggjast")),
    # ("Årsmeldinga legges fram av møteleder": presented there and then)
    r"legges fram(?!\s+av\b(?![^.]*\bneste\b))", r"leggast fram(?!\s+av\b(?![^.]*\bneste\b))",
    r"oppdateres", r"distribueres", r"innkalles", r"kalles inn",
    # (not a value raised: "Minstearealet settes opp fra 3 000 til 3 500 dekar.")
    r"settes opp(?!\s+fra\s+\d)", r"utredes", r"kartlegges", r"revideres", r"innhentes", r"sjekkes",
    r"forberedes", r"rettes",
    # an invoice to send: "Egenandelen for 2025 faktureres kommunene i februar."
    r"faktureres", r"fakturerast",
    r"tas\s+(?:med\s+)?(?:tilbake|opp(?!\s+som\b|\s+til\s+(?:ny\s+)?(?:vurdering|evaluering)\b))",
    r"tas\s+\w+\s+med", r"sendes ut", r"utsendes", r"formidles",
    # sent afterwards, what the meeting lacked: "Presentasjonen ettersendes."
    r"ettersendes", r"ettersendast",
    # a name or a need to report: "Ny representant meldes inn av rådmannen.", "Behovet
    # meldast inn innan 1. mai."
    r"meldes inn", r"meldast inn",
    r"publiseres", r"bestilles", r"bestillast", r"planlegges", r"planleggast", r"skrives\s+av",
    r"skrivast\s+av", r"kjøpes", r"kjøpast", r"anskaffes", r"anskaffast", r"kontaktes",
    r"kontaktast",
    # someone asked afterwards, as contacted: "KS spørres om de kan holde kurset." (not a
    # question told of: "Det spørres om …")
    r"spørres om(?<!det spørres om)", r"forespørres om", r"spørjast om(?<!det spørjast om)",
    r"ordnes", r"ordnast", r"opprettes", r"opprettast", r"oversendes",
    r"oversendast", r"legges\s+også\s+(?:ut|fram)", r"leggast\s+òg\s+(?:ut|fram)",
    # those told of it afterwards: "Beboerne varsles skriftlig.", "Grunneigarane varslast."
    r"varsles", r"varslast",
    # an application to be sent: "Det søkes om midler til kurs fra fylkeskommunen." (not a
    # case paper's sum applied for: "Det søkes om kr 30 000 til …")
    r"søkes om(?!\s+(?:kr\.?\s*|nok\s*)?\d)", r"søkjast om(?!\s+(?:kr\.?\s*|nok\s*)?\d)",
    # the nynorsk s-passive of the bokmål forms above: "Det skal lagast ein plan innan
    # 1. mars.", "Rutinane skal oppdaterast."
    r"lagast", r"utarbeidast", r"etablerast", r"oppnemnast", r"innarbeidast",
    r"ferdigstillast", r"oppdaterast", r"distribuerast", r"innkallast", r"kallast inn",
    r"setjast opp", r"settast opp", r"utgreiast", r"kartleggjast", r"reviderast",
    r"innhentast", r"sjekkast", r"førebuast", r"sendast ut", r"formidlast",
    r"publiserast",
    # the -je verbs' nynorsk passives with their j: "Det planleggjast ein fellesgudsteneste
    # i juni.", "Saka fylgjast opp" (as "planleggast" above)
    r"planleggjast", r"kartleggast", r"leggjast ut", r"leggjast fram(?!\s+av\b(?![^.]*\bneste\b))",
    # invited to a meeting, not asked to do something ("Styret inviteres til å vurdere …");
    # invited to present at one is to a meeting too ("Leverandørene inviteres til å
    # presentere løsningene sine", "… til å orientere om saka")
    r"inviteres(?!\s+til\s+å\s+(?!komme\b|delta\b|presentere\b|orientere\b))",
    r"inviterast(?!\s+til\s+å\s+(?!komme\b|delta\b|presentere\b|orientere\b))",
    # work carried out or put together: "Kartleggingen gjennomføres av kommunene før neste
    # møte.", "Resultatene sammenstilles av prosjektleder."; carrying out is told of
    # standing work too ("Prosjektet gjennomføres i perioden 2025–2027.", "Arbeidet utføres
    # av frivillige."), so it is a task only when bound by "skal"/"må" or a time ahead, and
    # not how the meeting itself is held ("Møtet skal gjennomføres digitalt.")
    *(verb + _NOT_THE_MEETING.format(verb=verb) + _BOUND.format(verb=verb)
      for verb in ("gjennomføres", "gjennomførast", "utføres", "utførast",
                   # a paper handed in or back by a time ahead: "Signert avtale returneres
                   # til sekretariatet innen 1. november.", "Skjemaet leveres innen fredag."
                   # (not how things are: "Maten leveres av kantina.")
                   "returneres", "returnerast", "leveres", "leverast",
                   # a grant's project reported on by its deadline: "Prosjektet
                   # rapporteres innen 1. mars 2027." (not "… rapporteres årlig")
                   "rapporteres", "rapporterast")),
    # a plan revised at a time ahead: "Handlingsprogrammet rulleres høsten 2024.", as
    # "Kunnskapsgrunnlaget oppdateres før neste samling." (a one-off with its time); a
    # plan "rulleres årlig" by its standing rule, no task; nor plans described in a
    # relative clause ("Flere kommuner har planer som skal rulleres i 2026.")
    *(verb + _NOT_IN_RELATIVE.format(verb=verb) + _BOUND_OR_SEASON.format(verb=verb)
      for verb in ("rulleres", "rullerast")),
    r"sammenstilles", r"samanstillast",
    # an agreement or contract signed or entered into afterwards: "Avtalen signeres når
    # karenstiden er ute.", "Kontrakten inngås etter at klagefristen har gått ut.",
    # "Kontrakta signerast / inngåast når karenstida er over." (not the minutes' own signing,
    # "Protokollen signeres digitalt"; nor one whose signer is named, "… signeres av leder";
    # nor a case paper's advice "det inngås avtale med …", no contract its subject)
    *(verb + "(?:" + "|".join(f"(?<={noun} {verb})" for noun in nouns) + r")(?!\s+av\b)"
      for verbs, nouns in ((("signeres", "inngås"), _CONTRACTS),
                           (("signerast", "inngåast"), _CONTRACTS_NN))
      for verb in verbs))
_PASSIVE_TASK = FoldedPattern(r"\b(?:" + _patterns_by_first_letter(_PASSIVE_TASKS) + r")\b")
# The longest first word of a passive task ("ferdigstillast"): each pattern opens on its
# passive word, ending in "es" or "ast" or being "tas" (``_passive_task`` searches from
# this far before the first such word, tests/extract/test_outcomes.py checks the forms).
_PASSIVE_WORD_MAX = max(len(re.match(r"\w+", form).group()) for form in _PASSIVE_TASKS)
_FUTURE_SUBJECT = lazy_regex(
    r"^(?P<who>(?:[A-ZÆØÅ][\w-]*|(?:de|den|dei)\b)"
    r"(?:\s+(?!(?:som|at|hvilke|hvilken|hva|kva|hvordan|korleis|hvorvidt|om|dersom|man|vi|"
    r"det|hvis|når|skal|vil|må)\b)[\w-]+){0,4}?)\s+"
    # ("X skulle innhente tilbud": the task as a past sentence tells it; but not "Tallet
    # skulle vært …" nor "Stipendet skulle brukast …")
    r"(?:vil(?:\s+måtte)?|skal|skulle(?!\s+(?:vært|vore|hatt|\w+(?:es|ast))\b)|"
    r"(?:tar|tek|tok)\s+sikte\s+på\s+å|påtar seg å|påtok seg å|får ansvar for å|"
    # who offers to do it: "Per sier seg villig til å lagre ryddesagen."
    r"(?:sier|seier|sa)\s+seg\s+(?:villig|viljug|villige|viljuge)\s+til\s+å|"
    r"tilbyr\s+seg\s+å|tilbød\s+seg\s+å|"
    r"har ansvar for å|fekk i oppgåve å|fikk i oppgave å|får i oppdrag å|får i oppgåve å|"
    r"får i oppgave å|fekk i oppdrag å|fikk i oppdrag å|"
    # Swedish, as "ger X i uppdrag att" is read: "Sekretariatet får i uppdrag att ta fram
    # ett underlag", "Kansliet fick i uppdrag att …" (the subject is given the errand)
    r"(?:får|fick)\s+i\s+uppdrag\s+att|"
    r"(?:har\s+)?fått\s+i\s+(?:oppgave|oppdrag)(?:\s+å)?|"
    # given it in the passive: "Daglig leder gis i oppdrag å …", "Leiar vert gjeve i oppgåve å …"
    r"(?:gis|gjevast|(?:blir|ble|vert|vart)\s+(?:gitt|gjeve))\s+"
    r"(?:i\s+(?:oppdrag|oppgave|oppgåve)|ansvar(?:et)?\s+for)\s+å|"
    # asked in the passive: "Daglig leder bes utarbeide …", "Per vart beden om å …", the
    # nynorsk plural too: "Kommunane vert bedne om å …", and the participle "bede" ("Kystverket
    # vert bede om å …"; bokmål's "bedd"), and the formal request "oppmode" ("Kommunane vert
    # oppmoda om å melde …", "Kommunene blir oppmodet om å …")
    r"(?:bes|(?:blir|ble|blei|er|vert|vart)\s+(?:bedt|beden|bedne|bede|bedd|oppmoda|oppmodde|"
    r"oppmodet|oppmodd))(?:\s+om)?"
    r"(?:\s+å)?|"
    # asked to do it, as "bes om å" ("Fylkeskommunen spørres om å delta.", nynorsk "…
    # spørjast om å …"; not asked whether it can: "KS spørres om de kan …" is the asking)
    r"(?:spørres|spørjast|(?:blir|ble|blei|vert|vart)\s+(?:spurt|spurd))\s+om\s+å)"
    r"\s+(?!ha\b|være\b|vere\b|bli\b|"
    # not what will not happen, nor someone leaving ("X skal slutte i …")
    r"ikke\b|ikkje\b|slutte\b|slutta\b|"
    # nor only told to note a thing: "Regionrådet ble bedt om å merke seg at …"
    r"(?:om\s+)?(?:å\s+)?merk[ea]\s+seg\b|"
    # nor a stance it will take: "Fylkeskommunen vil legge vekt på kartleggingen.",
    # "… vil ta hensyn til innspillene" (nynorsk "leggje vekt på", "ta omsyn til")
    r"(?:legge|leggje|leggja)\s+vekt\s+på\b|vektlegg[ea]\b|ta\s+(?:hensyn|omsyn)\s+til\b|"
    # (nynorsk too: "Prosjektet skal styrkje …", "… medverke til …")
    r"få\b|kunne\b|bidra\b|medvirke\b|medverke\b|fremme\b|fremja\b|styrke\b|styrkje\b|"
    r"styrkja\b|"
    # nor an effect foreseen: "Dronen vil forstyrre rein på høstbeite.", "Tiltaket vil
    # skade fuglelivet", "… vil føre til meir ferdsel"
    r"forstyrre\b|forstyrra\b|skade\b|skada\b|føre\s+til\b|føra\s+til\b|påvirke\b|"
    r"påverke\b|svekke\b|svekkje\b|true\b|truge\b)", re.I)  # a mission
# Who must do a one-off task: "Alle kommunene må sende inn tall innen 1. mars." (a task
# only with its deadline: "Kommunene må sende inn tall" alone may be a standing duty; and
# only with a verb of a one-off errand: "Kommunene må ta ansvar for …" is a view)
_MUST_DO = lazy_regex(r"^(?P<who>[A-ZÆØÅ][\w-]*(?:\s+[\w-]+){0,2}?)\s+må\s+"
                      r"(?:snarest\s+|også\s+|òg\s+)?(?:sende|senda|lage|laga|utarbeide|"
                      r"utarbeida|melde|levere|kontakte|kontakta|sjekke|oppdatere|avklare|"
                      r"skrive|svare|fylle\s+ut|registrere|innhente|kalle\s+inn|invitere|"
                      r"ferdigstille|gi\s+tilbakemelding|gje\s+tilbakemelding|"
                      # a report due by a date: "Kommunene må rapportere … innen 1. mars."
                      r"rapportere|rapportera)\b")


# A time ahead that is no date, in which a task is done: "i løpet av april", "i løpet av
# våren", "i løpet av neste veke", "innan utgangen av mai" (the due is the period's last
# day, ``dates.deadline``; "i løpet av møtet" is the meeting itself: no time ahead).
_TIME_AHEAD = (r"(?:i\s+løpet\s+av|(?:innen|innan)\s+(?:utgangen|slutten)\s+av)\s+"
               r"(?:(?:neste|denne|dette|første|fyrste|andre|kommande|kommende)\s+|\d\.?\s*)?"
               r"(?:" + "|".join(dates.MONTH_NAMES) + r"|våren|våre|vår|hausten|høsten|"
               r"sommaren|sommeren|vinteren|året|uke|uka|veke|veka|måned|månad|halvår|"
               r"kvartal|kort\s+tid|(?:19|20)\d{2})\b")


# Someone named doing something by a dated deadline, in the present tense: "Per Dahl
# rapporterer til styret innen 1. mars." (a verb the task verbs do not list; the date is
# what makes it a one-off task; not what someone tells or expects: "Kari opplyser at …",
# "Per venter svar innen 1. mars")
_DATED_DOER = re.compile(r"^(?P<who>(?:Daglig|Dagleg)\s+(?:leder|leiar)|"
                         # each member on its own: "Hver kommune oppnevner en
                         # kontaktperson innen 1. april." (``_all_of``)
                         r"(?:Hver|Kvar|Alle)\s+[a-zæøå]{4,}|"
                         r"[A-ZÆØÅ][\w-]*(?:\s+[A-ZÆØÅ][\w-]*){0,2}"
                         # (two people sharing it: "Camilla og Jomar tilpasser …")
                         r"(?:\s+og\s+[A-ZÆØÅ][\w-]*(?:\s+[A-ZÆØÅ][\w-]*){0,2})?)\s+"
                         # (not "Daglig" alone with "leder" for its verb)
                         r"(?<!Daglig\s)(?<!Dagleg\s)"
                         # (informing others by a day is an errand: "Daglig leder
                         # informerer eierkommunene innen 15. juni."; of something, told)
                         r"(?!(?:opplyser|orienterer|informerer(?=[^.]*\b(?:om|at)\b)|"
                         r"mener|meiner|minner|"
                         r"understreker|påpeker|forteller|fortel|venter|ventar|forventer|"
                         r"regner|reknar|håper|håpar|tror|trur|etterlyser|spør)\b)"
                         # (nor someone coming or going: "Kari sluttar i løpet av mai")
                         r"(?!(?:slutter|sluttar|begynner|byrjar|flytter|flyttar|reiser)\b)"
                         r"(?:[a-zæøå]{3,}(?:er|ar)|"
                         # (or a nynorsk strong verb's short present: "Kvar kommune legg
                         # skuleruta ut … innan 1. mars.", "Per set opp …", "Siri skriv …")
                         r"legg|set|tek|gjer|skriv|held|finn)\s+"
                         # (a plural noun with an s-passive after it is no doer's verb:
                         # "Alle balkonger rehabiliteres i løpet av 2026.")
                         r"(?![a-zæøå]{3,}(?:es|ast)\b)"
                         r"(?:(?!at\b|om\s+at\b)[\wæøå-]+,?\s+){0,8}?"
                         r"(?:(?:innen|innan|senest|seinast|(?:med\s+)?frist)\s+\d{1,2}[./]\s*\d{0,2}|"
                         + _TIME_AHEAD + r")")


# People named planning something after the meeting: "Kari Holm planlegger en fagdag i
# mai.", "Randi Hus og Håkon Sætre planlegg ein fagdag i mai." – a one-off errand of those
# named, one or several. Only people: a body or municipality that "planlegger ny skule"
# reports what it is about (as a round of news does, see ``_OWNER_COLON_VERB``), and
# planning "å …" is an intention.
_PERSON_WORDS = r"[A-ZÆØÅ][\w-]*(?:\s+[A-ZÆØÅ][\w-]*){0,2}"
_PLANNING_PEOPLE = lazy_regex(rf"^(?P<who>{_PERSON_WORDS}(?:\s*,\s*{_PERSON_WORDS})*"
                              rf"(?:\s+og\s+{_PERSON_WORDS})?)\s+"
                              r"(?:planlegger|planlegg|planleggjer)\s+(?!å\b)\w")
_PEOPLE_JOINS = lazy_regex(r"\s*,\s*|\s+og\s+")


# An agreement that the body, its host or members named plan an event or apply for money:
# "Vi ble enige om at nettverket søker om midler til en fagdag.", "… enige om at Bærum og
# fylkeskommunen planlegger et webinar til høsten." Told alone, a municipality that
# "planlegger" or "søker om" reports its own news; agreed on in the meeting, it is a task.
_AGREED_PLAN = lazy_regex(r"\b(?:enige?|einige?|samde)\s+om\s+at\s+(?P<who>[\wæøå-]+"
                          r"(?:\s+og\s+[\wæøå-]+)?)\s+(?:planlegger|planlegg|planleggjer|"
                          r"søker\s+om|søkjer\s+om)\s+(?!å\b)\w")


_has_agreed_word = contains_any(("enig", "einig", "samde"))


def _agreed_plan(sentence: str) -> str | None:
    """Who an agreement (``_AGREED_PLAN``) sets to plan or to apply: each a name in
    capitals or a word for the body or its host ("nettverket", "fylkeskommunen")."""
    found = _AGREED_PLAN.search(sentence) if _has_agreed_word(sentence) else None
    if found is None:
        return None
    who = found["who"]
    if all(part[:1].isupper() or part.casefold() in _AGREED_OWNERS
           for part in _PEOPLE_JOINS.split(who)):
        return who
    return None


def _planning_people(sentence: str) -> str | None:
    """Who ``_PLANNING_PEOPLE`` names, when each is a person (a first name from the list
    or a full name's shape, ``_full_name_shaped``)."""
    found = _PLANNING_PEOPLE.match(sentence)
    if found is None:
        return None
    names = _PEOPLE_JOINS.split(found["who"])
    if all(is_first_name(name.split()[0]) or _full_name_shaped(name) for name in names):
        return found["who"]
    return None


# A speaker telling what they will do themselves: "Kari sa at hun skal sende brevet.",
# "Per opplyste at han vil kontakte banken." (a one-off task: an infinitive of
# ``_LISTED_TASK`` after the modal; not "… at han skal gå av" nor "… vil være borte")
_OWN_PLAN_TOLD = lazy_regex(r"^(?P<who>[A-ZÆØÅ][\w.-]*(?:\s+[A-ZÆØÅ][\w.-]*){0,2})\s+"
                            r"(?:sa|sier|seier|opplyste|opplyser|fortalte|fortel|forteller|"
                            r"meldte|melder)\s+(?:om\s+)?at\s+(?:han|hun|ho|hen)\s+"
                            r"(?:skal|vil)\s+(?:også\s+|òg\s+|snarest\s+)?")


_OWN_PLAN_WORDS = (" skal ", " vil ")  # (``_OWN_PLAN_TOLD`` needs one)
_may_tell_own_plan = contains_any(_OWN_PLAN_WORDS)


def _own_plan_told(sentence: str, lowered: str) -> str | None:
    """The speaker of ``_OWN_PLAN_TOLD`` when a one-off task's infinitive follows."""
    told = _OWN_PLAN_TOLD.match(sentence)
    if told is None or _LISTED_TASK.match(lowered, told.end()) is None:
        return None
    return told["who"]


# (the words ``_DATED_DOER`` needs before its date: fewer in-tests than _has_deadline_word)
_DATED_WORDS = ("innen ", "innan ", "frist ", "senest ", "seinast ",  # (``_DATED_DOER`` needs one)
                "løpet av ")
_has_dated_word = contains_any(_DATED_WORDS)


def _dated_doer(sentence: str) -> str | None:
    """Who ``_DATED_DOER`` names, when it is a person's first name, initials or an owner
    role, also every one of a group ("Hver kommune", "Alle kommunane"); "Kommunen
    behandler saken innen …" tells what a body outside does."""
    found = _DATED_DOER.match(sentence)
    if found is None:
        return None
    who = found["who"]
    if " og " in who:  # two people, each a person ("Camilla og Jomar", "Kari Li og PD")
        people = who.split(" og ")
        return who if all(is_first_name(one.split()[0]) or _INITIALS.fullmatch(one) or
                          _full_name_shaped(one) for one in people) else None
    first = who.split()[0]
    if is_first_name(first) or first.casefold() in _ROLE_OWNERS or \
            who.casefold() in ("daglig leder", "dagleg leiar") or _INITIALS.fullmatch(who) or \
            _full_name_shaped(who):
        return who
    return None


# The endings of the words an organisation is named by, not a person ("Innovasjon Norge",
# "Statens vegvesen", "Nordby Idrettslag", "Visit Hallingdal"), beside ``_BODY_STEMS``.
_ORGANISATION_ENDINGS = ("sjon", "ing", "het", "else", "lag", "senter", "etat", "vesen",
                         "verk", "foreining", "forening", "s")


def _full_name_shaped(who: str) -> bool:
    """Whether two or three capitalised words read as a person's full name though the first
    name is not in the list ("Imran Ali", "Oksana Kovalenko", "Yusuf Demir"): no word of a
    body, grantor or organisation (``_BODY_STEMS``, ``_GRANTOR_ENDINGS``,
    ``_ORGANISATION_ENDINGS``); the task's date makes the sentence a one-off errand."""
    words = who.split()
    if not 2 <= len(words) <= 3 or not all(word.isalpha() and word[1:].islower()
                                            for word in words):
        return False
    for word in words:
        folded = word.casefold()
        if any(part in folded for part in _BODY_STEMS) or \
                folded.endswith(_GRANTOR_ENDINGS + _ORGANISATION_ENDINGS) or \
                folded in _STATE_OR_COUNTY:
            return False
    return True


# A person or role of the meeting who asks someone outside for something, in the present
# tense like a task: "Lise Moe spør kommunen om å sende oversikten innen 1. april.", "Kari
# spør banken om tilbud innen 1. mai.", nynorsk "Per spør NAV om å …". The follow-up is the
# one asked, as with the other verb of asking ("Per ber kommunen (om å) sende …" gives
# kommunen). A question put at the meeting ("Kari spør om …", "Per spør styret om …", "…
# spør leiaren om det er …") is no errand: the one asked is outside the meeting, and what
# is asked is to do something ("om å …") or by a date. In the past as well, as "ba
# kommunen om å …" is read: "Per spurte kommunen om å sende oversikten innen 1. mai."
_ASKS_OUTSIDE = lazy_regex(r"^(?P<who>[A-ZÆØÅ][\w-]*(?:\s+[A-ZÆØÅ][\w-]*){0,2})\s+"
                           r"(?:spør|spørjer|spurte|spurde)(?:\s+også|\s+òg)?\s+"
                           r"(?P<whom>[a-zæøå][\wæøå-]*(?:en|et|a|ne)|[A-ZÆØÅ]{2,}|"
                           r"[A-ZÆØÅ][\wæøå-]*(?:en|et))\s+om\s+(?P<what>å\s)?")
# Whom a question at the meeting goes to: the body, its leader, the meeting itself.
_ASKED_AT_MEETING = lazy_regex(rf"(?i:{_BODY_NOUN}|møtet|salen|møteleder|møteleiar|"
                               r"lederen|leiaren|leder|leiar|de|dei|dem|dette|det|den)")


# The verbs ``_ASKS_OUTSIDE`` reads, each a word of its own.
_ASK_VERBS = (" spør ", " spurte ", " spurde ", " spørjer ")
_has_ask_verb = contains_any(_ASK_VERBS)  # (whether the lower-cased sentence holds one)


def _asks_outside(sentence: str, lowered: str) -> str | None:
    """Whom ``_ASKS_OUTSIDE`` names as asked by someone of the meeting (a person or an owner
    role) to do something (the caller has found the verb, ``_has_ask_verb``): the one to do
    the follow-up; None for a question put at the meeting."""
    found = _ASKS_OUTSIDE.match(sentence)
    if found is None or _ASKED_AT_MEETING.fullmatch(found["whom"]):
        return None
    if found["what"] is None and not (_has_dated_word(lowered) and
                                      _has_deadline_word(lowered)):
        return None  # "Kari spør kommunen om status.": a question, unless by a date
    who = found["who"]
    first = who.split()[0]
    if is_first_name(first) or first.casefold() in _ROLE_OWNERS or _INITIALS.fullmatch(who):
        return found["whom"]
    return None


# A thing that must be dealt with by a time, in the passive (searched from the start):
# "Stien til Kattnakken må ryddast før sesongen.", "Rapporten må oppdateres innen mai.",
# "Nøklane må leverast innan 1. juni." – a one-off follow-up whoever does it, a passive
# task (no owner) with any verb, in bokmål and nynorsk alike; a verb that is no passive
# of doing ("møtes", "lykkes", "finnes") and a daily time ("før kl. 16", a standing rule)
# are not. So is the impersonal "Det må ryddes før sesongen.", nynorsk "Det må lagast
# ei oversikt innan 1. mars.": the thing left to the item's subject, the work as one-off
# and as dated ("Det må jobbes mer med dette." names no time: no task).
_MUST_BE_DONE_BY = lazy_regex(
    r"(?P<thing>[A-ZÆØÅ][\wæøå-]{2,}(?:en|et|a|ne|ta)|(?P<it>Det)(?=\s+må\s))"
    r"(?:\s+(?:til|på|i|ved|for|langs|mot|fra|frå|rundt|over|under)\s+[\wæøåÆØÅ-]+){0,2}\s+"
    r"må\s+(?:(?:snarest|også|òg|derfor|difor|uansett)\s+)?"
    r"(?!(?:møt|lykk|lukk|finn|syn|triv|minn|kjenn|hør|vis|treng|skj|slåss)(?:es|ast)\b)"
    r"[a-zæøå]{3,}(?:es|ast)\s+(?:[\wæøå.-]+\s+){0,4}?"
    r"(?:før|innen|innan|senest|seinast)\s+(?!kl\b|klokka\b|klokken\b|hver\b|kvar\b|"
    r"kvart\b|hvert\b|alle\b)")


def _must_be_done_by(sentence: str, lowered: str) -> bool:
    """Whether "X må <passive> før/innen …" sets a thing's one-off deadline (see
    ``_MUST_BE_DONE_BY``); the caller has seen " må " and a deadline word."""
    found = _MUST_BE_DONE_BY.match(sentence)
    if found is None:
        return False
    return (found["it"] is not None or found["thing"].casefold() not in _PRONOUN_SUBJECTS) \
        and not _standing(lowered)


def _must_do(sentence: str, lowered: str) -> str | None:
    """Who "X må sende …" names as having to do the task, or None (the caller has
    found " må " in the sentence)."""
    must = _MUST_DO.match(sentence)
    return must.group("who") if must and _acceptable_subject(must.group("who")) else None


# "… ba sekretariatet sende …"; in a vedtak "Kontrollutvalget ber kommunedirektøren svare
# på …" is a task, but "… ber fylkeskommunen vurdere …" only asks another body to consider.
# (nynorsk past "bad": "Styret bad dagleg leiar om å kontakte …"; and what members are
# asked to send in: "… ber kommunene om å melde inn behov", "… gi tilbakemelding"; no one
# is named in "Vi ba om å få se regnskapet")
# Hands-on work a person is asked to do, or a bullet starts with (searched lower-cased,
# bokmål and nynorsk): "Styret ber vaktmester om å merke gjesteplassene", "… om å sette
# opp skilt", "- Rydde sykkelboden". One list for ``_ASKED`` and ``_LISTED_TASK``.
_HANDS_ON_VERBS = (r"merke|merka|rydde|rydda|reparere|reparera|hente|henta|kjøpe|kjøpa|"
                   r"bestille|bestilla|ordne|ordna|ringe|ringa|skaffe|skaffa|sjekke|sjekka|"
                   r"sette\s+opp|setje\s+opp|setja\s+opp|henge\s+opp|henga\s+opp|"
                   r"montere|montera|fjerne|fjerna|male|måle|vaske|vaska|klippe|klippa|"
                   r"tømme|tømma|låse|låsa|"
                   # (s79i) a fault to mend: "Rådet ber kommunedirektøren utbedre rampen"
                   r"utbedre|utbedra|utbetre|utbetra")
# What a body asks someone to do, present or past ("ber"/"bed"/"å be", "ba"/"bad"): one
# list for both tenses, with the few verbs that only one tense reads as a task. The past
# report of a request may name a loose verb ("Styret ba Kari se på saken", "… ta
# kontakt", "… gå gjennom …"), but in a vedtak the present "… ber fylkeskommunen vurdere
# …" only asks another body to consider; the present takes the calls and reports an
# administration is asked for ("ber kommunedirektøren svare på …", "… kalle inn til …").
_ASKED_VERBS = (r"sende|lage|utarbeide|undersøke|kontakte|invitere|forberede|skrive|"
                r"oppdatere|avklare|utrede|innhente|melde|levere|kontakta|senda|laga|"
                # the inputs to put together into one draft: "… ber regionkoordinator
                # sammenstille innspillene til en felles uttalelse"
                r"sammenstille|sammenstilla|samanstille|samanstilla|"
                # … or to gather in the first place: "… ber koordinator samle innspela i
                # ei felles fråsegn" (but "samle seg om" is agreeing, no work)
                r"samle(?!\s+seg\b)|samla(?!\s+seg\b)|"
                # … or to coordinate: "… ber Aslak om å koordinere innspela frå kommunane",
                # "… ber sekretariatet samordne et felles innspill"
                r"koordinere|koordinera|samordne|samordna|"
                # a meeting to call, asked in the past as well: "Styringsgruppa bad
                # prosjektleiar kalle inn bondelaga til eit eige møte innan 15. februar."
                r"kalle\s+inn|kalla\s+inn|innkalle|innkalla|"
                # a change to work into a draft: "… ba sekretariatet innarbeide et punkt om …"
                r"innarbeide|innarbeida|justere|justera|"
                # a survey to make: "… ber sekretariatet kartlegge hvilke verktøy …"
                r"kartlegge|kartlegga|kartleggje|"
                # a post to advertise: "Styret ber daglig leder lyse ut stillingen på nytt."
                r"lyse\s+ut|lysa\s+ut|utlyse|utlysa|"
                # help to hire: "… ber vertskommunen leie inn vikar for de ledige vaktene"
                r"leie\s+inn|leige\s+inn|leiga\s+inn|"
                # a budget to draw up on a frame: "… ber vertskommunen byggje budsjettet på
                # ei ramme på kr 38 mill."
                r"(?:bygge|byggje|bygga)\s+(?:opp\s+)?(?:budsjett|økonomiplan)\w*|"
                # an agreement to negotiate: "… ber styret forhandle fram ein leigeavtale"
                r"forhandle|forhandla|"
                # a measure to put in place: "AMU ber daglig leder sette i verk en
                # arbeidsplassvurdering", nynorsk "… ber dagleg leiar setje i verk …"
                r"sette\s+i\s+verk|setje\s+i\s+verk|setja\s+i\s+verk|iverksette|iverksetje|"
                # … or work to start: "Representantskapet ber styret sette i gang arbeidet
                # med ny eierstrategi", nynorsk "… setje i gang", "… starte arbeidet med"
                r"sette\s+i\s+gang|setje\s+i\s+gang|setja\s+i\s+gang|igangsette|igangsetje|"
                r"(?:starte|starta)\s+(?:opp\s+)?arbeidet|"
                # a working group to set up: "… ba Kari Holm nedsette en arbeidsgruppe"
                r"nedsette|nedsetja|setje\s+ned|sette\s+ned|"
                # … or a team or a service to set up: "Partnarskapsmøtet ber kommunane og HF
                # etablere eit felles team", "… ber sekretariatet opprette ei gruppe"
                r"etablere|etablera|opprette|oppretta|"
                # work to go on with, and then report on: "Utvalet ber arbeidsgruppa
                # halde fram arbeidet og leggje fram ein rapport", "… fortsette arbeidet"
                r"fortsette|fortsetja|fortsetje|halde\s+fram|holde\s+fram|"
                # a course or a gathering to hold: "… ber Bufetat om å halde eit kurs i
                # Volda", "… ba sekretariatet holde en fagdag for rådgiverne"
                r"(?:holde|halde|halda)\s+(?:(?:et|eit|ei|en|ein)\s+)?(?:[\wæøå]+\s+){0,2}?"
                r"(?:kurs|samling|seminar|fagdag|webinar|opplæring)\w*|"
                # work to lead: "… og ber Holmvik kommune lede arbeidet", nynorsk "… bed
                # Stryn kommune leie prosessen" (not a meeting to chair: "lede møtet")
                r"(?:lede|leie|leia)\s+(?:arbeidet|prosessen|arbeidsgruppa|arbeidsgruppen)\b|"
                # nynorsk: "Rådet bad sekretariatet greie ut saka."
                r"greie\s+ut|greia\s+ut|utgreie|førebu|syte\s+for|følgje\s+opp|"
                r"fylgje\s+opp|undersøkje|kome\s+attende|leggje\s+fram|"
                # someone to name for a task: "… ber kommunene utpeke en kontaktperson på
                # hvert sykehjem innen 1. februar" (as "Hver kommune utpeker …" is one)
                r"utpeke|utpeike|peke\s+ut|peike\s+ut|"
                r"gi\s+(?:ei\s+|en\s+)?(?:tilbakemelding|innspill|svar|beskjed)|"
                r"gje\s+(?:ei\s+)?(?:tilbakemelding|innspel|svar|beskjed)|"
                # an inspection's findings to close: "… ber brannsjefen lukke avvika
                # innan 1. februar", "… lukke de to pålegga" (a closed meeting is no task)
                r"lukk[ea]\s+(?:[\wæøå]+\s+){0,2}?(?:avvik|pålegg|merknad)\w*|"
                # experience or material to share with the others: "Faggruppen ber
                # kommunene dele erfaringer med fangvekster på neste møte."
                r"dele(?!\s+seg\b)|dela(?!\s+seg\b)|"
                # an inspection or a review to carry out: "FTU ber Statens vegvesen og
                # kommunen om å gjere ei felles synfaring av strekninga", "… ber
                # administrasjonen gjennomføre en befaring"
                r"(?:gjøre|gjere|gjera|gjennomføre|gjennomføra)\s+(?:ei|en|et|eit)\s+"
                r"(?:[\wæøå-]+\s+)?(?:synfaring|befaring|gjennomgang|kartlegging)\w*|"
                # routines to review, a piece of work of its own (not a loose "gå gjennom
                # saka"): "AMU ber barnevernleiaren gå gjennom rutinane for heimebesøk"
                r"(?:gå\s+(?:i)?gjennom|gjennomgå)\s+(?:[\wæøå-]+\s+)?"
                r"(?:rutin|retningslin|prosedyr)\w*|"
                # hands-on work: "Styret ber vaktmester om å merke gjesteplassene"
                + _HANDS_ON_VERBS)
# (a way out to find is one: "Styret ba daglig leder finne en alternativ trasé", the past
# report to its own people; not "finne seg i", nor the present "… ber fylkeskommunen finne
# andre innsparingar", which only asks another body)
_ASKED_IN_PAST_ONLY = r"se|følge|komme|vurdere|ta|legge|gå|sette|sjå\s+på|finne(?!\s+seg\b)"
_ASKED_IN_PRESENT_ONLY = (r"svare|rapportere|redegjøre|ta\s+kontakt|følge\s+opp|sørge\s+for|"
                          # a matter to raise elsewhere: "… ber regionrådet ta opp saka i …"
                          r"ta\s+opp|"
                          # a meeting to hold: "… ber sekretariatet arrangere …" (to call
                          # one, "kalle inn", is asked in both tenses: ``_ASKED_VERBS``)
                          r"arrangere|arrangera|"
                          # what an administration is asked to prepare for the body
                          r"legge\s+fram|komme\s+tilbake|ferdigstille|innhenta|utarbeida|"
                          r"invitera|"
                          # a meeting or a statement to ask a third party for: "… ber leder
                          # og regionkoordinator be om et møte med statsråden"
                          r"be\s+om\s+(?:et\s+|eit\s+|en\s+|ei\s+)?(?:møte|uttalelse|fråsegn|avklaring)")
# Who is asked, after the asking verb, and the infinitive's mark before the verb asked:
# (two asked, joined by "og": "Styret bad Kari Li og Per Dal om å …")
# (one named in two languages: "… ber Kainun institutti/Kvensk institutt")
# (the second of three words: "… ber Trøndelag fylkeskommune og Region Jämtland Härjedalen
# utrede …")
_ASKED_WHO = (r"(?P<who>(?:[\w/-]+\s+){0,3}?[\w/-]+(?:\s+og\s+[\w-]+(?:\s+[\w-]+){0,2}?)?)\s+"
              r"(?:(?:om|til)\s+å\s+)?")
# (urging is asking too, in the present a vedtak is written in: "Rådet oppfordrer
# kommunene til å melde inn behov …", nynorsk "… oppmodar kommunane om å sende …")
_ASKED = lazy_regex(r"\b(?:(?P<past>bad?)|ber|bed|å\s+be|oppfordr[ae]r|oppmod[ae]r)\s+(?!om\b)"
                    + _ASKED_WHO +
                    r"(?:" + _ASKED_VERBS + r"|(?(past)(?P<loose>" + _ASKED_IN_PAST_ONLY + r")|(?:"
                    + _ASKED_IN_PRESENT_ONLY + r")))\b", re.I)


def _asked_search(sentence: str) -> re.Match[str] | None:
    """``_ASKED`` in the sentence, but not a loose past verb's request to an agency outside
    the meeting ("Nettverket ba Statens vegvesen se på saka", "… ba fylkeskommunen vurdere
    …"): the body's request, no task, as the present "ber Statens vegvesen se på …" is;
    the past report of a request to its own people ("ba Kari se på saken", "ba
    prosjektleder legge fram …") stays a task. A loose verb with a time it is to be done
    by is a task to anyone asked, past or present ("… ber Statens vegvesen se på
    løsninger før påske"); a request to apply, ``_ASKED_STAFF_TO_APPLY``'s."""
    found = _ASKED.search(sentence)
    if found is None and "søk" in sentence:
        return _ASKED_STAFF_TO_APPLY.search(sentence)
    if found is not None and found["loose"] is None:
        return found
    # a loose verb with a time it is to be done by: "Nettverket ber Statens vegvesen og
    # kommunene se på løsninger før påske.", "… ba fylkeskommunen vurdere saka innan 1.
    # mai": a one-off errand by a deadline, as a request to send or make something is
    dated = ("før " in sentence or "inn" in sentence) and \
        _BY_NAMED_TIME.search(sentence) is not None
    if found is None:
        return _ASKED_LOOSE_PRESENT.search(sentence) if dated else None
    return None if not dated and _outside_agency(_asked_one(found["who"])) else found


# The words that put a time a thing is to be done by right after them ("innen 1. mai", "før
# påske"): the leads ``_BY_NAMED_TIME`` reads a time after, and the first of the deadline
# words ``_has_deadline_word`` tests for ("før" with its space: not "først", "føre").
_TIME_LEADS = ("innen", "innan", "før ")
# A time a thing is to be done by: a day ("innen 1. mai", "før 15.4.") or a named season
# or holiday ("før påske", "innan sommaren", "før jul"), not a clause ("før saken tas opp
# igjen") nor the next meeting. (Case-sensitive words: the sentence is searched as written.)
# Only the leads of ``_TIME_LEADS``, and only with a time after them, unlike the wider
# ``_has_deadline_word``: "frist", "senest", "klar til" have their dates read by the task
# patterns of their own, and a request ("ber X se på …") is made an errand only by such a
# time after "innen"/"før", not by a deadline word anywhere in the sentence.
_BY_NAMED_TIME = lazy_regex(r"\b(?:" + "|".join(lead.strip() for lead in _TIME_LEADS) +
                            r")\s+(?:den\s+)?(?:\d{1,2}\.|"
                            r"utgangen\s+av\s+\w|påske|påska|sommeren|sommaren|jul|jula|"
                            r"nyttår|årsskiftet|(?:sommer|sommar|vinter|høst|haust)ferien)")
# ``_ASKED`` with the loose verbs a past report of a request reads (``_ASKED_IN_PAST_ONLY``)
# in the present too: the request's deadline makes it an errand.
_ASKED_LOOSE_PRESENT = lazy_regex(r"\b(?:ber|bed|å\s+be)\s+(?!om\b)" + _ASKED_WHO +
                                  r"(?P<loose>" + _ASKED_IN_PAST_ONLY + r")\b", re.I)


# An application the body's own staff is asked to write: "Styringsgruppa ber dagleg leiar
# søkje HVL om eit nytt kull.", "Styret ber daglig leder søke om midler." (the staff's
# errand; asked of others, "… ber kommunane søkje om midlar", it stays their own choice)
_ASKED_STAFF_TO_APPLY = lazy_regex(
    r"\b(?:ber|bed|ba|bad|å\s+be)\s+(?P<who>dagleg\s+leiar|daglig\s+leder|sekretariatet|"
    r"prosjektleiar(?:en)?|prosjektleder(?:en)?|administrasjonen|koordinator(?:en)?|"
    r"kommunedirektøren|rådmannen)\s+(?:om\s+å\s+)?(?:søke|søkje|søkja)\b", re.I)


def _outside_agency(who: str) -> bool:
    """Whether the one asked is an agency or company outside the meeting, not a person or
    the body's own staff: a capitalised name that is no person's ("Statens vegvesen",
    "Skyss", not "Kari", "Kari Holm", "SMH"), or the state's or county's own
    ("fylkeskommunen", "statsforvaltaren")."""
    first = who.split(maxsplit=1)[0] if who.strip() else ""
    if first.casefold().startswith(_OUTSIDE_AGENCY_STEMS):
        return True
    return first[:1].isupper() and not (is_first_name(first) or _INITIALS.fullmatch(who) or
                                        _full_name_shaped(who))


_OUTSIDE_AGENCY_STEMS = ("fylkeskommun", "statens", "statsforvalt", "vegvesen", "departement")
# (also the infinitive after a vedtak: "Utvalet vedtok å be kommunedirektøren greie ut …")
_ASKING_WORDS = ("ba ", "ber ", "bed ", "bad ", "å be ",  # _ASKED needs one
                 "oppfordr", "oppmod")
_has_asking_word = contains_any(_ASKING_WORDS)
# What a body asks a named group for by a deadline: "Styret ber lokallagene om innspill
# innen 15. april.", "Rådet bad kommunane om tal innan 1. mai." – the request is the
# vedtak's, the answer by the date is the group's follow-up (without a deadline, "ber
# departementet om svar", it stays the body's request alone). With no group named,
# "Styret ber om innspill innen 1. mai." is the same follow-up of whoever answers: a
# passive task, its responsible null (``who`` unset).
_ASKED_FOR = lazy_regex(r"\b(?:ber|bed|ba|bad|å\s+be)\s+(?:(?!om\b)"
                        r"(?P<who>(?:[\w-]+\s+){0,2}?[\w-]+)\s+)?om\s+"
                        r"(?:ei\s+|en\s+|ein\s+|eit\s+|et\s+|sine\s+|sitt\s+|si\s+)?"
                        r"(?:skriftleg\s+|skriftlig\s+|kort\s+|nye\s+|oppdaterte\s+)?"
                        r"(?:innspill|innspel|tilbakemelding|svar|uttale|uttalelse|fråsegn|"
                        r"rapport|oversikt|tall|tal|forslag|framlegg|status|redegjørelse|"
                        r"utgreiing|utredning|kandidat|navn|namn)\w*\b", re.I)


# A person asking in the debate with no one named to answer: "Kari Holm ba om innspill
# innen 1. april." is what she said, no request of the body.
_PERSON_ASKED_FOR = lazy_regex(r"^[A-ZÆØÅ][\w-]+(?:\s+[A-ZÆØÅ][\w-]+){1,3}\s+"
                               r"(?:ba|bad|ber|bed)\s+om\b")


def asks_for_work(sentence: str) -> bool:
    """Whether a decision is the body's request for a piece of work ("Utvalget ber om en
    utredning av …", "Rådet bed om ei oversikt over …", see ``_ASKED_FOR``): a vedtak that
    assigns a task, whose doer and date a table row's "Ansvar" / "Frist" cells give when
    the sentence names neither (no person's own request in the debate)."""
    lowered = sentence.lower()
    if " om " not in lowered or not _has_asking_word(lowered):
        return False
    asked = _ASKED_FOR.search(sentence)
    return asked is not None and not (asked.group("who") is None and
                                      _PERSON_ASKED_FOR.match(sentence))


def _asked_that_by_date(sentence: str, lowered: str) -> re.Match[str] | None:
    """The body's request that someone does something by a deadline (see
    ``_ASKED_THAT_BY_DATE``), or None; its ``who`` is the one asked."""
    if " om at " not in lowered or not _has_asking_word(lowered) or \
            not _has_deadline_word(lowered):
        return None
    return _ASKED_THAT_BY_DATE.search(sentence)


def _dated_errand(sentence: str, lowered: str, due_date: Callable[[str], str | None]) -> bool:
    """Whether a sentence under the body's own advice ("Oppsummering/råd:") is an errand
    told in the present with its date ("Kommunen sender revidert plankart innan 1.
    april."): the forum's advice to others is no task, but an errand agreed at the table
    is the meeting's follow-up, as it is under a "Konklusjon:"."""
    return _has_deadline_word(lowered) and not _has_advice_verb(lowered) and \
        due_date(sentence) is not None and _is_action(sentence, lowered)


# The verbs of advice, whose sentence stays advice even with a date in it ("Planforum rår
# kommunen til å sende planen innan 1. mai.")
_has_advice_verb = contains_any(("rår ", "tilrå", "anbefal", " bør ", "oppmod"))


def _request_by_date(sentence: str, lowered: str) -> bool:
    """Whether a sentence is the body's request that someone does something by a date
    ("Utvalget ber Siri Moen om å lage et notat innen 15. april."): a follow-up even under
    an item of orientations or shared experience, where other talk gives none."""
    return _has_asking_word(lowered) and _has_deadline_word(lowered) and bool(
        _asked_search(sentence) or _asked_by_date(sentence, lowered) or
        _asked_that_by_date(sentence, lowered))


def _asked_by_date(sentence: str, lowered: str) -> re.Match[str] | None:
    """The body's request for something by a deadline (see ``_ASKED_FOR``), or None; its
    ``who`` is the group asked, unset when the request names none."""
    if " om " not in lowered or not _has_asking_word(lowered) or \
            not (_has_deadline_word(lowered) or
                 ("neste m" in lowered and _FOR_NEXT_MEETING.search(lowered))):
        return None
    asked = _ASKED_FOR.search(sentence)
    if asked and asked.group("who") is None and _PERSON_ASKED_FOR.match(sentence):
        return None
    return asked
def _asker_who_answers(sentence: str, lowered: str) -> str | None:
    """The person who asks others for input and then does the dated task herself ("Kari
    Holm ber fastlegane om innspel og melder attende innan 15. april"): the last clause,
    after "og", opens with a task verb and holds the deadline, so it is hers, not theirs.
    Only a named person (two or three capitalised words) before the asking word."""
    tail = lowered.rpartition(" og ")[2]
    if not tail.startswith(_TASK_VERBS) or not _has_deadline_word(tail):
        return None
    words = sentence.split()
    asking = next((i for i, word in enumerate(words[:4]) if word in ("ber", "bed")), None)
    if asking not in (2, 3) or not all(word[:1].isupper() for word in words[:asking]):
        return None
    return " ".join(words[:asking])


# The next meeting as the time an answer is wanted by (lower-cased): "… ber daglig leder om
# en redegjørelse til neste møte" is an errand as a dated request is (its due unknown).
_FOR_NEXT_MEETING = lazy_regex(r"\b(?:til|innen|innan|før|fram\s+til)\s+neste\s+møte\b")
# A deadline's day: its date's digits, or a weekday's name ("senest fredag").
_DAY_NAMED = r"(?:\d|(?:" + "|".join(dates.WEEKDAY_FULL_NAMES) + r")\b)"
# The one-off errands a mandate sends someone on ("… fullmakt til å forhandle fram avtale",
# "… til å signere kontrakten", nynorsk "… til å underteikne avtalen"): the one given the
# mandate is to do it, so the vedtak is a task too, dated or not. A discretionary power
# ("… til å gjere mindre endringar", "… til å støtte prosjektet innenfor en ramme") names
# none of these and stays the vedtak's only.
_MANDATE_ERRANDS = (r"(?:forhandle|signere|underskrive|underteikne|skrive\s+under|inngå|"
                    r"innhente|hente\s+inn|bestille|kjøpe|engasjere|ansette|tilsette|"
                    r"ferdigstille|sluttføre|utlyse|lyse\s+ut|sende|selge|selje)\b")
# … or a date the act is due by ("… innen 15.12.2025", "… seinast fredag")
_MANDATE_ACT = (r"(?:" + _MANDATE_ERRANDS + r"|[^.]*?\b(?:innen|innan|senest|seinast|før)\s+"
                r"(?:den\s+)?" + _DAY_NAMED + r")")
_GOT_TASK = lazy_regex(r"\bfikk\s+(?P<who>[\w-]+(?:\s+[\w-]+)?)\s+i\s+oppgave\s+å\b|"
                       r"\bfekk\s+(?P<who2>[\w-]+)\s+i\s+oppgåve\s+å\b|"
                       # authorised to act on an errand or by a date: "Kommunedirektøren gis
                       # fullmakt til å signere kontrakten innen 15.12.2025.", nynorsk "Dagleg
                       # leiar fekk fullmakt til å underteikne avtalen." (a power without
                       # either, "… til å gjere mindre endringar", is the vedtak's only); by a
                       # weekday ("… senest fredag") it is an errand too, whose day is no due date
                       r"^(?P<who3>[\w-]+(?:\s+[\w-]+){0,2}?)\s+(?:gis|gjevast|gjes|får|fekk|"
                       r"fikk|(?:ble|vart|blei)\s+(?:gitt|gjeve))\s+fullmakt\s+til\s+å\s+"
                       + _MANDATE_ACT + r"|"
                       # the body giving it: "Styret gir daglig leder fullmakt til å signere
                       # avtalen innen 1. mars.", to two joined by "og" ("… gir styreleder og
                       # daglig leder fullmakt …": both answer for it)
                       r"^[\w-]+\s+(?:gir|ga|gav|gjev)\s+(?P<who4>[\w-]+(?:\s+[\w-]+){0,2}?"
                       r"(?:\s+og\s+[\w-]+(?:\s+[\w-]+){0,2}?)?)\s+"
                       r"fullmakt\s+til\s+å\s+" + _MANDATE_ACT + r"|"
                       # the errand delegated: "Styret delegerte til daglig leder å inngå
                       # avtalen.", nynorsk "Rådet delegerer til AU å ferdigstille fråsegna."
                       r"^[\w-]+\s+(?:delegerte|delegerer|delegerar)\s+til\s+"
                       r"(?P<who5>[\w-]+(?:\s+[\w-]+){0,2}?)\s+å\s+" + _MANDATE_ACT + r"|"
                       # the errand given by the body: "Styret gir daglig leder i oppdrag å
                       # lage et forslag.", nynorsk "… gjev AU i oppgåve å …", Swedish
                       # "Gränsrådet ger sekretariatet i uppdrag att ta fram ett förslag."
                       r"^[\w-]+\s+(?:gir|ga|gav|gjev|ger)\s+(?P<who6>[\w-]+(?:\s+[\w-]+){0,2}?)"
                       r"\s+i\s+(?:oppdrag|oppgave|oppgåve|uppdrag)\s+(?:å|att)\s+\w|"
                       # … and in a Swedish decision's "att" clause: "Mötet beslutade att
                       # uppdra åt sekretariatet att …", "Kommittén beslutar att ge
                       # sekretariatet i uppdrag att …" (the clause alone in a list too)
                       r"\b(?:att|beslutade|beslutar)\s+uppdra\s+åt\s+"
                       r"(?P<who8>[\w-]+(?:\s+[\w-]+){0,2}?)\s+att\s+\w|"
                       r"\b(?:att|beslutade|beslutar)\s+ge\s+"
                       r"(?P<who9>[\w-]+(?:\s+[\w-]+){0,2}?)\s+i\s+uppdrag\s+att\s+\w|"
                       # a piece of work handed on, named first: "Endelig språkvask delegeres
                       # til ASU.", nynorsk "Oppfølginga vert delegert til AU." (a power
                       # handed on, "Fullmakt til å … delegeres til leder", is the vedtak's)
                       r"^(?!(?:fullmakt|myndighet|mynde|avgjerd|avgjørelse)\w*\b)"
                       r"[A-ZÆØÅ][\wæøå-]*(?:\s+[\wæøå-]+){0,3}?\s+(?:delegeres|delegerast|"
                       r"(?:blir|ble|vert|vart)\s+delegert)\s+til\s+"
                       r"(?P<who7>[\w-]+(?:\s+[\w-]+){0,2}?)\s*\.?$", re.I)
# Advice that another act (searched lower-cased): "Gruppen anbefaler at regionrådet lyser
# ut midler", "AU tilrår at kommunane sender …", nynorsk "Samhandlingsutvalet rår til at
# kommunane og HF greier ut …" – a recommendation (an outcome when it is the body's own),
# whose doing waits for the one advised: nobody's follow-up yet. (The nynorsk form with a
# passive clause, "… rår til at saka vert lagt fram for regionrådet", names no one
# advised: the case's next step, which the body's own people take.)
_ADVISES_THAT = lazy_regex(r"^(?:[\wæøå.-]+\s+){1,4}(?:anbefaler|anbefalte|anbefalar|"
                           r"tilrår|tilrådde|(?P<raa>rår\s+til|rådde\s+til))\s+at\b")
# The passive's helping verbs, in the first words of the clause after "rår til at".
_PASSIVE_HELPERS = frozenset({"vert", "blir", "vart", "blei", "ble"})
# What figures or a speaker showed (searched lower-cased): "Henrik Vold viste at …", "Tala
# viser at …" – a finding told to the meeting, whatever verb follows "at".
_SHOWN_THAT = lazy_regex(r"^(?:[\wæøå.-]+\s+){1,4}?(?:viste|viser)\s+at\s")
# A person's request in the debate: "Eli Brekke ba om at …", nynorsk "Per Dahl bad om at …"
# (a full name: "Styret ba om at …" is the body's own request, a task); and a member
# municipality's, by its name ("Sel kommune ba om at fordelingen vurderes på nytt"): one
# party of the cooperation asking, as a member does; two of them by their names ("Gulen og
# Masfjorden har bedt om at reiseavstand tas med"), and in the perfect: asked before; a
# member municipality by its place name alone too ("Hol ba om at nøkkelen vurderes på
# nytt", as a cooperation's minutes name its members), but not a body or the staff that
# serves it in one definite word ("Styret", "Forumet", "Sekretariatet ba om at …"), nor
# one by office ("Leder ba om at …": the chair speaking for the body).
_ASKER = (r"[A-ZÆØÅ][\w-]+(?:(?:\s+[A-ZÆØÅ][\w-]+){1,3}|"
          r"(?:\s+[A-ZÆØÅ][\w-]+){0,2}\s+(?:kommune|herad)|"
          r"(?<=[a-zæøå])(?<![\w-]{2}(?:et|en|na|ga|ta|da|ra|ja|pa))"
          r"(?<!eder)(?<!eiar)(?<!ører)(?<!ørar)(?<!ktør)(?<!sjef)(?=\s+(?:ba|bad)\s))")
_PERSON_ASKED_THAT = lazy_regex(r"^(?:" + _ASKER + r"(?:\s+og\s+" + _ASKER + r")?|"
                                r"[A-ZÆØÅ][\w-]+\s+og\s+[A-ZÆØÅ][\w-]+)\s+"
                                r"(?:ba|bad|ber|bed|har\s+bedt|har\s+bede)\s+om\s+at\b")
# Members' views in the debate (matched from the start): a person by full name, "Per Dahl
# mente at …", or some of those present, "Flere mente at …", "Fleire representantar meinte
# at …", "Enkelte mener at …" – not the body's ("Utvalget mente at …", one capitalised word).
# (also a point made, "Kari Holm påpekte at …", and the employees' representatives as a
# group, "Tillitsvalde peika på at kompensasjonen må avklarast": their view, no errand)
_VIEW_IN_DEBATE = lazy_regex(r"^(?:[A-ZÆØÅ][\w-]+(?:\s+[A-ZÆØÅ][\w-]+){1,3}|"
                             r"(?i:flere|fleire|noen|nokre|nokon|mange|enkelte|somme|"
                             r"en\s+del|ein\s+del)(?:\s+[\wæøå-]+){0,2}?|"
                             r"(?i:(?:de\s+|dei\s+)?(?:tillitsvalgte|tillitsvalde))|"
                             # one who holds a post by its word: "Verneombudet mener
                             # rutinen må oppdateres.", "Daglig leder meinte at …"
                             r"(?i:(?:hoved)?verneombud(?:et)?|daglig\s+leder|dagleg\s+leiar|"
                             r"tillitsvalgt|tillitsvald))\s+"
                             r"(?:(?:mente|meinte|mener|meiner)\s+" + _VIEW_AFTER + r"|"
                             r"(?:påpekte|påpeika|påpeikte|pekte\s+på|peika\s+på|peikte\s+på|"
                             r"understreket|understreka)\s+at\b)|"
                             # an agency's point at a forum, by its short name or its name of
                             # two words: "NVE peikte på at …", "Statens vegvesen påpekte at …"
                             r"^(?:[A-ZÆØÅ]{2,6}|[A-ZÆØÅ][\w-]+\s+[a-zæøå][\w-]+)\s+"
                             r"(?:påpekte|påpeika|påpeikte|pekte\s+på|peika\s+på|peikte\s+på)"
                             r"\s+at\b")
_PROPOSED_THAT = lazy_regex(r"\bforeslo\s+at\s+det\s+\w+(?:es|ast)\b", re.I)
# (nynorsk "Hugs å …", "Gje beskjed …": the other imperatives are the same in both; "svar"
# followed by a verb or "fra" is the noun: "Svar ventes i april.", "Svar fra fylket er kome.")
_IMPERATIVE = folded_pattern(r"^(?:send|husk|hugs|meld|lever|fyll\s+ut|registrer|"
                             r"svar(?!\s+(?:\w+(?:es|ast)|er|var|kom|kommer|kjem|fra|frå|"
                             r"foreligger|ligg|ligger)\b)|"
                             r"gi\s+beskjed|gje\s+beskjed|ta\s+kontakt|kontakt)\b")  # folded
# (the words it starts with: most sentences fail this test, and a call of a pattern
# costs some 1,200 instructions even when it fails on the first letter)
_IMPERATIVE_STARTS = ("send", "husk", "hugs", "meld", "lever", "fyll", "svar", "registrer",
                      "gi", "gje", "ta", "kontakt")
_IMPERATIVE_BY_FIRST = by_first_letter(_IMPERATIVE_STARTS)  # (``_task_form``'s gate, s70g)
# An entry of a task list: "Sende søknad … innen 1. april (Siri Aas)", "Male gjerdet (NR)":
# an infinitive with a due date or the doer's name in parentheses at the end (the
# hands-on errands of a board's list too, whose date or owner makes them tasks).
_TASK_ENTRY_VERBS = (r"sende|lage|utarbeide|kalle\s+inn|invitere|oppdatere|sjekke|"
                     r"undersøke|avklare|booke|bestille|forberede|skrive|ferdigstille|"
                     r"kontakte|distribuere|publisere|innhente|levere|planlegge|kartlegge|"
                     r"koordinere|revidere|innkalle|utlyse|informere|gjennomgå|følge\s+opp|"
                     r"ta\s+kontakt|gå\s+gjennom|legge\s+fram|melde\s+inn|" + _HANDS_ON_VERBS)
_TASK_ENTRY = lazy_regex(r"^(?i:" + _TASK_ENTRY_VERBS + r")\b"
                         r"(?=.*(?:\b(?i:innen|innan|frist)\b|\([A-ZÆØÅ][^()]*\)\W*$))")
# (its verbs' first words, asked of a sentence's first word: one set lookup, where a
# prefix test would try each of some seventy in turn for every sentence)
_TASK_ENTRY_FIRSTS = frozenset(verb.split("\\s+")[0] for verb in _TASK_ENTRY_VERBS.split("|"))
# A list entry that starts with the infinitive of a one-off task (searched lower-cased).
_LISTED_TASK = lazy_regex(r"(?:velge|velje|lage|laga|skrive|skriva|finne\s+ut|finna\s+ut|skaffe|"
                          r"innkalle|innkalla|kalle\s+inn|kalla\s+inn|"
                          r"skaffa|merke|merka|følge\s+opp|følgje\s+opp|spørje|spørre|"
                          # (not the noun: "Vedlikehold av lekeplass" is a topic)
                          r"vedlikehold(?!\s+av\b)|vedlikeholde|sende|senda|kontakte|kontakta|bestille|"
                          r"bestilla|ordne|ordna|sjekke|sjekka|invitere|avtale|ringe|ringa|"
                          r"kjøpe|kjøpa|oppdatere|undersøke|avklare|booke|forberede|"
                          r"ferdigstille|publisere|rydde|rydda|reparere|hente|henta|levere|"
                          r"søke\s+om|søkja\s+om|planlegge|planleggja|"
                          + _HANDS_ON_VERBS + r")\b")


# A listed entry whose first word is the noun a task verb is spelt like, told in a state
# it has reached: "Avtale med leverandør er signert.", "Avtalen ble inngått i mars." (the
# subject of "er"/"ble" + a participle, no errand; a relative clause's "som er …" after
# the task's object is none: "Sende brev til de som er berørt").
_STATE_OF_NOUN = lazy_regex(r"[a-zæøå]+(?:\s+(?!som\b|at\b|om\b|når\b|dersom\b|hvis\b)"
                            r"[\wæøå-]+){0,4}?\s+(?:er|ble|blei|vart|var)\s+"
                            r"(?:nå\s+|no\s+|allerede\s+|alt\s+)?[a-zæøå]+(?:t|a|d)\b")


def _is_when_word(word: str) -> bool:
    """A month or weekday name ("Oktober", "Tirsdag"), which names no one."""
    word = word.casefold()
    return word in dates.MONTHS or word in dates.WEEKDAYS


_IN_MEETING_OF = lazy_regex(r"\b(?:ekstra\s+|neste\s+)?møte\s+i\s+"
                            r"(?P<who>[A-ZÆØÅ][\w-]+)")
# A round where each member reports in turn ("Nordby: Jobber med planen."): "Runde rundt
# bordet", "Kommunerunden", "Nytt frå kommunane" – reports, not tasks or decisions, and the
# members' names set over them are sub-headings of the one item (see items.py).
_ROUND_TABLE = (r"runden|gjensidig orientering|"
                # the gathering's opening with it: "Velkommen og runde (rundt bordet)"
                r"velkom(?:m)?en\s+og\s+(?:kort\s+)?runde(?:\s+rundt\s+bordet)?$|"
                # "Orienteringsrunde fra kommunene", "Informasjonsrunden"
                r"(?:orienterings|informasjons)runden?(?:\s+(?:fra|frå|i|blant|rundt)\b.*)?$|"
                r"(?:kort\s+)?runde\s+(?:rundt\s+bordet|blant\s+\w+)$|rundt\s+bordet$|"
                r"bordet\s+rundt$|kommunerunden?$|erfaringsdeling$|"
                # ("Kort nytt frå kommunane", "Aktuelt fra medlemskommunene", "Nytt fra
                # regionene": the members' news whatever the members are)
                r"(?:kort\s+)?(?:nytt|aktuelt|status|oppdatering|orientering(?:er|ar)?|"
                r"informasjon)\s+(?:fra|frå|i)\s+"
                r"(?:kommunene|kommunane|medlemskommunene|medlemskommunane|medlemmene|"
                r"medlemane|deltakerne|deltakarane|regionene|regionane)$")
ROUND_TABLE_TITLE = lazy_regex(rf"^(?:{_ROUND_TABLE})", re.I)
_ORIENTATION_TITLE = lazy_regex(
    r"^(?:orientering(?:er|ar|ssaker)?(?:\s+(?:fra|frå|om|ved)\b.*)?$|"
    r"informasjon(?:ssaker)?(?:\s+(?:fra|frå|om)\b.*)?$|meldinger|meldingar|meldingssaker|"
    # an agency's or a partner's news laid before the body: "Nytt frå IMDi", "Nytt fra
    # NAV", "Kort nytt fra fylkeskommunen"
    r"(?:kort\s+)?nytt\s+(?:fra|frå)\s+\S.*$|"
    # the cases laid before the body for its information: "Saker til orientering",
    # nynorsk "Saker til vitande", "Andre saker til orientering"
    r"(?:andre\s+)?(?:saker|sakar)\s+til\s+(?:orientering|informasjon|vitande)$|"
    rf"referatsaker|{_ROUND_TABLE})", re.I)
# An item that lists the topics of the next meeting (its bullets are no tasks): "Saker
# til neste møte", "Tema til neste styremøte", "Forslag til saker til neste møte",
# nynorsk "Saker til neste møte", "Innspel til tema på neste møte".
_NEXT_AGENDA_TITLE = lazy_regex(
    r"^(?:(?:forslag|framlegg|innspill|innspel)\s+til\s+)?(?:nye\s+)?"
    r"(?:saker|sakar|tema|temaer|emner|punkter|punkt)\s+(?:til|på|for)\s+"
    r"(?:det\s+)?neste\s+[\wæøå]*møte[\wæøå]*\s*:?$", re.I)
# The heading of a meeting's goals in a wiki's or a note app's template: "Mål", "Mål for
# møtet", "Møtets mål", "Målsetting", "Formål", nynorsk "Føremål", "Hensikt".
_GOAL_TITLE = lazy_regex(r"^(?:(?:møtets\s+)?(?:mål|målsetting|målsetjing)(?:\s+for\s+møtet)?|"
                         r"formål|føremål|hensikt|hensikten\s+med\s+møtet)\s*:?$", re.I)
_GOAL_TITLE_STARTS = frozenset("MmFfHh")
# The words one of which every title ``_ORIENTATION_TITLE`` takes holds (asked of the
# title folded, as the pattern ignores case): most titles ("Godkjenning av referat",
# "Budsjett for 2025") hold none and skip the pattern, which a test of the first
# letters ("o", "i", "m", "r", "g", …) let nearly every title through to
_may_be_orientation_title = contains_any((
    "orienter", "informasjon", "melding", "referatsak", "rund", "erfaringsdeling", "vitande",
    "nytt",
    # "Nytt fra kommunene", "Status frå medlemane", "Oppdatering fra deltakerne"
    "kommun", "medlem", "deltak", "region"))
_PRONOUN_SUBJECTS = {"det", "vi", "man", "dette", "de", "den", "dei", "her", "da", "så",
                     "når", "som", "hvis", "om", "etter", "i", "for", "til", "på", "med",
                     "ellers", "deretter", "samtidig", "også", "men", "og", "hva", "hvordan",
                     "innen", "innan", "før", "videre", "vidare", "dessuten", "dessutan",
                     "følgende", "følgjande", "kva", "korleis", "ved", "under", "av",
                     # adverbials of time, never the one who does it: "Fra nå av skal …",
                     # "Framover sender …", "Seinare tek …"
                     "fra", "frå", "fremover", "framover", "heretter", "etterpå", "senere",
                     "seinare", "derfor", "difor"}


@dataclass(slots=True)
class Outcomes:
    """What one item decided and who is to do what."""

    decisions: list[str]
    actions: list[Action]
    # the case a register's row cites in its "Sak" column ("11/24", or the case's title),
    # by the ``id`` of the row's action: the item the task comes from
    cited: dict[int, str] = field(default_factory=dict)
    # the case a decision log's row cites ("Nr | Sak | Beslutning": "11/25"), by the text of
    # its decision cell: the decisions and tasks read from that cell are that case's
    cited_texts: dict[str, str] = field(default_factory=dict)
    # each action read from a row of a follow-up table ("Hva | Hvem | Når"), by its ``id``:
    # a closing register may repeat a task the item's text already gave. The action is held
    # so its id stays its own while the caller gathers the items' rows (one dropped later,
    # a talk slide's "skal" bullet, would otherwise free its id for another item's task);
    # ``cited``'s keys are among these, held with them.
    rows: dict[int, Action] = field(default_factory=dict)


# The owner's column: a follow-up table's "who" words, or the follow-up itself.
_OWNER_COLUMNS = frozenset(word for word, meaning in TASK_COLUMN_WORDS.items()
                           if meaning == "who") | {"oppfølging", "oppfylging", "oppfølging/ansvar"}
# The deadline's column beside them: "Frist", "Når", "Innen".
_DUE_COLUMNS = frozenset(word for word, meaning in TASK_COLUMN_WORDS.items() if meaning == "when")


def _decision_columns(cells: tuple[str, ...]) -> tuple[int, int, int] | None:
    """Where a table headed "Vedtak | Oppfølging" (or "Konklusjon | Ansvar") keeps the
    decision, who follows it up and by when (-1 for a table without an owner's column,
    "Tema | Konklusjon", whose other columns are headings of the matter or what was said,
    and -1 without a "Frist" column), or None for any other row ("Vedtak | Styret slutter
    seg til …" is a label and its text)."""
    keys = [cell.strip().strip(":* ").casefold() for cell in cells]
    decision = next((i for i, key in enumerate(keys) if key in DECISION_COLUMN_WORDS), None)
    if decision is None:
        return None
    owner = next((i for i, key in enumerate(keys) if key in _OWNER_COLUMNS), None)
    if owner is None:
        return (decision, -1, -1) if len(keys) >= 2 and all(
            key.rstrip(".") in _MATTER_COLUMNS for i, key in enumerate(keys)
            if i != decision) else None
    # a decision log's "Nr | Vedtak | Ansvar | Frist": the deadline is the column's
    due = next((i for i, key in enumerate(keys) if key in _DUE_COLUMNS), -1)
    return decision, owner, due


def _decision_row(cells: tuple[str, ...], columns: tuple[int, int, int]
                  ) -> list[tuple[str, bool, bool, bool, str | None]]:
    """A row of a "Vedtak | Oppfølging | Frist" table as the lines "Vedtak: X", "Ansvar:
    Y" and "Frist: Z".

    A vedtak that names who follows it up assigns a task: it is both a decision and an
    action of that owner (a name or a role alone in the column: "Daglig leder", "KH").
    A longer text there is the follow-up itself, a task of its own. The deadline column
    dates that task, as a "Frist:" line under it does."""
    decision, owner, due = (cells[i].strip() if 0 <= i < len(cells) else "" for i in columns)
    rows: list[tuple[str, bool, bool, bool, str | None]] = []
    if decision:
        rows.append((f"Vedtak: {decision}", True, False, False, None))
    if owner and owner.casefold().rstrip(" .") not in _NOTHING_TO_DO:
        only = len(owner.split()) <= 3 and not owner.endswith(".")
        rows.append((f"Ansvar: {owner}" if only and decision else f"Oppfølging: {owner}",
                     False, False, False, None))
        if due and due[:1].isdecimal():  # ("Neste møte" is no day: see the guide)
            rows.append((f"Frist: {due}", False, False, False, None))
    return rows


# The headings beside a decision column in a table without an owner's column: the matter,
# its number, and what was said about it ("Tema | Drøfting | Konklusjon", "Saksnr. |
# Tittel | Vedtak", "Sak | Innhold | Vedtak", "Tema | Vedtak | Merknad"); matched without
# a trailing full stop.
_MATTER_COLUMNS = frozenset(("sak", "saker", "tema", "emne", "punkt", "nr", "saksnr",
                             "saksnummer", "sak nr", "tittel", "sakstittel", "drøfting",
                             "diskusjon", "drøfting/diskusjon", "kommentar", "kommentarer",
                             "merknad", "merknader", "innhold", "beskrivelse", "orientering",
                             "saksopplysninger", "saksopplysningar", "saksutgreiing"))


# The column of a decision table that names the case a row's decision belongs to, best
# first ("Saksnr. | Tittel | Vedtak", "Nr | Sak | Beslutning": "Nr" there only counts the
# rows, so it names no case).
_DECISION_CASE_COLUMNS = ("saksnr", "saksnummer", "sak nr", "saknr", "sak", "saker")


def _decision_case_column(cells: tuple[str, ...], columns: tuple[int, int, int]) -> int:
    """The column of a decision table's heading row that names each row's case, or -1.

    A log that dates its rows ("Dato | Sak | Beslutning", "Møte | Sak | Vedtak") gathers
    the decisions of many meetings: a running number alone there ("3") may be any
    meeting's case, and a row's decision stays where the log is: -2 for such a log."""
    keys = [cell.strip().strip(":* ").rstrip(".").casefold() for cell in cells]
    if any(key in _LOG_DATE_COLUMNS for key in keys):
        return -2
    for word in _DECISION_CASE_COLUMNS:
        if word in keys and keys.index(word) not in columns:
            return keys.index(word)
    return -1


# The column of a cumulative decision log that dates each row: the meeting it was made in.
_LOG_DATE_COLUMNS = frozenset(("dato", "møte", "møtedato", "vedtaksdato", "beslutningsdato",
                               "møtedag"))


# A table row's first cell that labels the text in the second as a line's label does.
# (and the vote's row between them: "Votering | Enstemmig vedtatt.", nynorsk "Røysting")
_ROW_LABELS = frozenset(("vedtak", "konklusjon", "behandling", "handsaming", "innstilling",
                         "tilråding", "forslag til vedtak", "framlegg til vedtak",
                         "votering", "avstemming", "røysting",
                         # a system protocol's remarks row, as its line "Merknader: Ingen
                         # merknader til innkalling og saksliste." reads
                         "merknader", "merknad", "merknadar",
                         *DECISION_COLUMN_WORDS))


def _views_table_heading(cells: tuple[str, ...]) -> bool:
    """Whether a two-column table's heading names who spoke and what they said ("Etat |
    Innspel", "Virksomhet | Kommentarer"): its rows are each speaker's views, read as
    lines "NVE: …" under a lead "Innspel:" are (a view no task, a speaker's own dated
    errand in it one: ``_speaker_line``)."""
    who, said = cells[0].strip().casefold(), cells[1].strip()
    return ATTENDANCE_COLUMN_WORDS.get(who) == "org" and said[:1] in VIEWS_INITIALS and \
        VIEWS_LEAD.match(f"{said}:") is not None


def _digit_near_end(cell: str) -> bool:
    """Whether a cell's last six characters hold a digit: the cheap gate before
    ``_amount_row`` ("145 000", "25 000 kr"; most cells are words)."""
    return any(ch.isdigit() for ch in cell[-6:])


def _amount_row(cells: tuple[str, ...]) -> bool:
    """Whether a table row is a line of figures: its last cell an amount ("145 000", "25
    000 kr", "1 800 000", "500 kr") and no cell a sentence of its own (none ends in a
    stop). A grant table's "Søker | Tiltak | Beløp" rows name who gets how much; the words
    over the table ("Utvalget fordeler tilskudd slik:") are what is decided, the rows
    neither decisions nor tasks. A bare number under a thousand ("42": a week, a case's
    number beside a task "| Kari Holm bestiller vester | 42 |") is no amount: money is
    written in thousands or with its currency."""
    amount = cells[-1].strip()
    if not _AMOUNT_CELL.fullmatch(amount):
        return False
    if sum(ch.isdigit() for ch in amount) < 4 and not _CURRENCY_MARK.search(amount):
        return False
    return not any(cell.rstrip()[-1:] in ".!?" for cell in cells[:-1])


# An amount as a budget's or a grant's table writes it: "145 000", "25 000 kr", "1.800.000,-".
_AMOUNT_CELL = lazy_regex(r"(?:kr\.?\s*)?\d{1,3}(?:[ \u00a0.]\d{3})*(?:,(?:\d{2}|-))?"
                          r"(?:\s*(?:kr|NOK|,-))?")
# The currency an amount under a thousand is written with: "500 kr", "kr 750", "900,-".
_CURRENCY_MARK = lazy_regex(r"kr|NOK|,-")


def _row_parts(cells: tuple[str, ...]) -> list[str]:
    """A table row's cells as the texts they are: a cell that opens a sentence of its own
    ("Rådet vil skilte turvegane i 2026." beside the topic "Turvegar") stands apart, so
    the topic does not become part of the sentence's subject ("Turvegar Rådet"); a cell
    that goes on with the one before ("Kari Holm | sender brevet innen 1. mai") joins it,
    as the row reads."""
    parts: list[str] = []
    for cell in cells:
        cell = cell.strip()
        if not cell:
            continue
        if parts and not _opens_sentence(cell):
            parts[-1] = f"{parts[-1]} {cell}"
        else:
            parts.append(cell)
    return parts or [" ".join(cells)]


def _made_with_partner(sentence: str, lowered: str,
                      due_date: Callable[[str], str | None]) -> bool:
    """Whether a sentence in someone's account tells, in the present passive, with whom
    the work told of is made ("Utstillingen lages sammen med historielaget.", nynorsk
    "Boka vert laga saman med sogelaget."): how it is done, no errand, when no one is
    named to do it and no date is set."""
    return _MADE_WITH.match(lowered) is not None and due_date(sentence) is None and \
        not _has_deadline_word(lowered)


# A thing made in the present passive, then with whom: "utstillingen lages sammen med …",
# "boka vert laga saman med …" (lower-cased; the subject a definite noun of one word; a
# making verb only: "Presentasjonen sendes ut sammen med referatet" is an errand).
_MADE_WITH = lazy_regex(r"[\wæøå-]+(?:en|et|a|ene|ane)\s+"
                        r"(?:(?:lag|utvikl|produser|arranger|bygg|byggj)(?:es|ast)|"
                        r"(?:blir|vert)\s+(?:laget|laga|lagd|utviklet|utvikla|produsert|"
                        r"arrangert|bygget|bygd))\s+(?:[\wæøå]+\s+){0,2}?"
                        r"(?:sammen|saman)\s+med\s")


def _rule_told(sentence: str, due_date: Callable[[str], str | None]) -> bool:
    """Whether a "skal" sentence in someone's account sets a rule for a kind of people or
    things ("Nye deltakarar skal nå B1 i norsk.", "Alle søknader skal ha budsjett."): its
    subject a common noun's phrase (no name, no role or body of the meeting, no member
    group) and no date of an errand."""
    who = responsible_of(sentence)
    if not who or due_date(sentence) is not None:
        return False
    words = who.split()
    first = words[0].casefold()
    if first in _ROLE_OWNERS or first in _GROUP_SUBJECTS or first in _AGREED_OWNERS or \
            looks_like_name(who):
        return False
    # (a kind in the plural: "Partnarskapsmøtet skal godkjenne …" is another body's act)
    return len(words) <= 3 and all(word.islower() for word in words[1:]) and (
        words[-1].casefold().endswith(_PLURAL_ENDINGS) or
        any(verb in sentence for verb in _RULE_VERBS))


# What a paper or scheme "skal" be like, a rule it holds to, never an errand: "Forskrifta
# skal følgje gravplassforskrifta § 12.", "Avtalen skal gjelde fra 1. mars."
_RULE_VERBS = (" skal følgje ", " skal følge ", " skal gjelde ", " skal gjelda ",
               " skal inneholde ", " skal innehalde ", " skal omfatte ", " skal byggje på ",
               " skal bygge på ")


# The endings of nouns in the plural, indefinite and definite ("deltakarar", "søknader",
# "deltakarane", "elevene").
_PLURAL_ENDINGS = ("ar", "er", "ane", "ene")


def _figures_heading(cells: tuple[str, ...]) -> bool:
    """Whether a table's first row names three columns or more by one capitalised word
    each, a year after it allowed ("Kommune | Oppmoding 2026 | Vedteke 2025", "Kommune |
    Anmodning | Vedtatt"): the heading of a table of figures, whose last word may be a
    verdict's ("Vedteke") without anything being decided."""
    if len(cells) < 3:
        return False
    for cell in cells:
        words = cell.split()
        if not words or len(words) > 2 or not words[0][:1].isupper() or \
                not words[0].isalpha() or (len(words) == 2 and not words[1].isdecimal()):
            return False
    return True


def _opens_sentence(cell: str) -> bool:
    """Whether a table cell opens a sentence of its own: a capital first letter, small
    letters after it, and three words or more, one of them in small letters ("Kommunane
    søkjer om midlar."); a name or a label alone ("Kari Holm", "Ansvar") does not, nor a
    firm's name of capitalised words ("Sørdalen Interiør AS" in an election's row)."""
    return cell[:1].isupper() and cell[1:2].islower() and cell.count(" ") >= 2 and \
        any(word[:1].islower() for word in cell.split()[1:])


def _row_label(cell: str) -> bool:
    """Whether a row's first cell labels the second: one of the row labels, or any other
    decision label alone in it ("Vedtak (samrøystes)", "Styrets vedtak")."""
    key = cell.strip().rstrip(":").casefold()
    if key in _ROW_LABELS:
        return True
    if len(key) > 40 or not _has_decision_label_word(fold(key)):
        return False
    label = _decision_label(cell.strip().rstrip(":") + ":")
    return bool(label) and not label.group("rest")


# An item about one application or complaint ("Søknad om tilskudd til …", "Klage på
# vedtak om …"): the case before the body, whose answer in the past passive ("Søknaden ble
# avslått.", "Klagen ble ikke tatt til følge.") is then the body's decision. (Under
# another title the same words more often report another body's answer.)
_CASE_TITLE = lazy_regex(r"^(?:søknad|søknader|klage|klager|klage\s*sak)\b"
                         r"(?![^.]*\b(?:status|orientering|svar)\b)(?![^.]*\stil\s+(?-i:[A-ZÆØÅ]))",
                         re.I)
_may_be_case_title = starts_with_any("sk")
_CASE_ANSWERED = lazy_regex(
    r"^(?:søknaden|søknada|søknadene|klagen|klaga|klagene)\b[^.]{0,60}?\s(?:ble|vart|blei)\s+"
    r"(?:derfor\s+|dermed\s+)?(?:enstemmig\s+|samrøystes\s+)?"
    r"(?:avslått|avslegen|avvist|(?:ikke|ikkje|delvis)\s+(?:innvilget|innvilga)|"
    r"(?:ikke\s+|ikkje\s+)?(?:tatt|teken|teke)\s+til\s+(?:følge|følgje))"
    r"(?!\s+av\b)", re.I)
_has_answer_word = contains_any(("avslått", "avslegen", "til følg", "avvist", "innvilg"))


def _is_case_title(title: str | None) -> bool:
    """Whether the item's title names one application or complaint (``_CASE_TITLE``):
    asked once an item, not once a sentence. A case about one person may name the person
    first ("Per Dahl – Klage på vedtak om startlån")."""
    if not title:
        return False
    if _may_be_case_title(title) and _CASE_TITLE.match(title):
        return True
    name, dash, topic = title.partition(" – ") if " – " in title else title.partition(" - ")
    return bool(dash) and _may_be_case_title(topic) and bool(_CASE_TITLE.match(topic)) and \
        looks_like_name(name)


def _case_answered(lowered: str, sentence: str) -> bool:
    """Whether the sentence answers the application or complaint the item is about (the
    caller has found the item's title to be one, ``_is_case_title``)."""
    return _has_answer_word(lowered) and bool(_CASE_ANSWERED.match(sentence))


# A short outcome in lower case after a dash at the end of a heading: "Budsjett –
# vedtatt", "Referat – godkjent med endringer", "Høring – tatt til orientering", and as
# minutes also say it: "Økonomirapport – tatt til etterretning", nynorsk "– teke til
# vitande", "Referat – godkjent uten merknader", "Budsjett – vedtatt mot én stemme".
OUTCOME_FRAGMENT = (
    r"(?P<outcome>(?:enstemmig\s+|samrøystes\s+)?(?:godkjent|godkjend|vedtatt|"
    r"vedteke|utsatt|utsett|(?:tatt|teke) til (?:orientering|etterretning|vitande)|"
    r"tatt til vitende|trukket|avvist|utgår|"
    # (as hurried notes cut it short: "Referat – godkj.", "Budsjett 2027 – ok", "– OK")
    r"godkj\b\.?|ok|OK|Ok)"
    r"(?:\s+(?:med|uten|utan)\s+(?:endringer|endringar|merknader|merknadar)|"
    # (and with what, short too: "godkj. m/ én rettelse i sak 44/26")
    r"\s+m/\s*[^–—:;]{1,40}?)?"
    # (with its vote: "Budsjett – vedtatt med 4 mot 1 stemme", "– vedteke mot 2 røyster")
    r"(?:\s+(?:med\s+\d+\s+mot\s+\d+|mot\s+\w+)\s+(?:stemmer?|røyst(?:er)?))?)")
# A lettered or numbered sub-point that is a title line with its outcome after a dash:
# "Status for rekruttering – teke til orientering." (its marker "a)" already gone); a
# date's points in the subject are no sentence end ("RS 3/25 Protokoll 12.03.2025 –
# godkjent").
_SUB_POINT_OUTCOME = lazy_regex(r"(?P<head>[A-ZÆØÅ](?:[^.:;!?–—]|\.(?=\d)){2,80}?)\s[–—-]\s*" +
                                OUTCOME_FRAGMENT + r"\.?$")


# A line that opens with a case of a series by its letters ("RS 12/25 Brev fra KS –
# tatt til orientering", "DS 4/25 …"): an entry of the item's list, as "a)" opens one.
_CASE_LINE = lazy_regex(r"[A-ZÆØÅ]{2,3}[ -]?\d{1,3}/\d{2,4}\s")
_CASE_SERIES_INITIALS = frozenset("ABDFKOPRSV")


def _sub_point_outcome(sentence: str) -> str | None:
    """The outcome fragment alone of a list entry written as a title line: the reading
    guide's "Referat – godkjent" → "godkjent" holds for a sub-point "a) Status for X –
    teke til orientering." as for an item's heading (the words before the dash name the
    subject, not the decision). None for other entries."""
    if " – " not in sentence and " - " not in sentence and " — " not in sentence:
        return None
    found = _SUB_POINT_OUTCOME.match(sentence)
    if found is None or len(found["head"].split()) > 8:
        return None
    return found["outcome"]  # as a heading's fragment: "Referat – godkjent." → "godkjent"


# A constituting sub-point's title before a colon, its outcome after it: "b) Valg av
# møteleder: Astrid Nygård ble valgt.", "a) Godkjenning av innkalling og saksliste:
# Innkalling og saksliste ble godkjent." (the title names the step, not the decision)
_STEP_TITLE_COLON = lazy_regex(r"(?P<head>(?:godkjenning|godkjenninga|valg|val|opprop|"
                               r"konstituering|konstitueringa)\b[^.:;!?]{0,70}):\s+"
                               r"(?P<rest>[A-ZÆØÅ].*)$", re.I)


def _step_title_outcome(sentence: str) -> str | None:
    """The sentence after the colon of a lettered or numbered constituting step ("b) Valg
    av møteleder: Astrid Nygård ble valgt."), when it is an outcome: the step's title is
    no part of it, as a sub-point's title over its own line is not. None otherwise."""
    if ": " not in sentence or (found := _STEP_TITLE_COLON.match(sentence)) is None:
        return None
    rest = found["rest"]
    return rest if _is_decision(rest, rest.lower()) else None


@functools.lru_cache(maxsize=_SENTENCE_MEMO)
def _title_reading(title: str | None) -> tuple[bool, bool, bool, bool, bool, bool, bool,
                                               str | None, bool]:
    """What an item's title says of how ``find_outcomes`` reads its lines: (orientation,
    members' round, next agenda, goals, one case, habilitet, constituting, the mode its
    lines start in, onward).

    Remembered per distinct title: a body's standing items ("Godkjenning av innkalling",
    "Eventuelt", "Orienteringssaker") come back in every meeting's minutes, and the
    answer depends on the title alone; the eight tests cost more than the look-up.
    """
    title_folded = fold(title) if title else ""  # (asked by several title tests below)
    orientation = bool(title and _may_be_orientation_title(title_folded) and
                       _ORIENTATION_TITLE.match(title))
    # "Orienteringar frå kommunane", "Kommunerunden": each member's news in turn
    # ("Runden – tema X": a round is each member's news in turn, whatever its topic)
    members_round = orientation and ("kommun" in title.casefold() or
                                     ROUND_TABLE_TITLE.match(title) is not None)
    # "Saker til neste møte": its bullets are the next agenda's topics, not tasks
    next_agenda = bool(title and "neste" in title and _NEXT_AGENDA_TITLE.match(title))
    # "Mål", "Møtets mål": a note app's template lists what the meeting is to reach
    # ("- Avklare romprogram"), no errand for after it
    goals = bool(title and title[:1] in _GOAL_TITLE_STARTS and _GOAL_TITLE.match(title))
    # "Leder: Kari Holm" decides
    # "Søknad om tilskudd …": the item is one case, whose answer is the body's decision
    case_item = _is_case_title(title)
    # "Habilitet", "Ugildskap": the body's short word in it rules on who sits
    hability_title = bool(title) and ("abil" in title or "gild" in title)
    constituting = bool(title and _may_be_constituting(title_folded) and
                        _CONSTITUTING.search(title))
    # "decision" inside a Vedtak block, "action" in Oppfølging (or an item named so)
    mode: str | None = "action" if title and _may_be_action_title(title) and \
        _ACTION_TITLE.match(title) else None
    # after the meeting ("Veien videre", "Oppfølging"): an authority's dated act is a task
    onward = mode == "action" or bool(title and title[:1] in "VvNnOo" and
                                      _ONWARD_TITLE.match(title))
    if mode is None and title and _may_be_decision_title(title) and \
            _DECISION_TITLE.match(title):
        mode = "decision"  # a summary's "Hva vi ble enige om": its points are decisions
    return (orientation, members_round, next_agenda, goals, case_item, hability_title,
            constituting, mode, onward)


# The ends of a line that leads into what follows it: a colon, or a sentence going on
# below ("… ba AMU om å", "… ble enige om at"), by last letter (s70g: ``find_outcomes``
# asks ``endswith`` of the one that can match)
_LEAD_ENDS_BY_LAST = by_last_letter((":", " å", " at"))


def find_outcomes(lines: list[Line], heading_rest: str | None, title: str | None,
                  due_date: Callable[[str], str | None], body: str | None = None,
                  meeting: str | None = None, parent: str | None = None,
                  places: frozenset[str] = frozenset(), briefing: bool = False,
                  present: frozenset[str] = frozenset()) -> Outcomes:
    """Decisions and actions of one item, in the order they are written.

    ``due_date`` turns a sentence into an ISO due date (the caller knows the year);
    ``body`` is the body whose minutes these are, to tell its decisions from others';
    ``meeting`` the meeting's ISO day, to tell them from its own earlier ones;
    ``parent`` the organisation the body belongs to (an AU's "Samarbeidsrådet for X"),
    whose applications its minutes prepare as its own; ``places`` the places (folded)
    the participants come from ("gran" of "Gran kommune"), whose one-word names open a
    members' round ("Gran: …"); ``briefing`` that the heading marks the item as a case
    for orientation ("O-sak 3/25", "Status (O)"): what it tells of work going on with no
    one named to do it is news, as a state reached is ("Planen er vedtatt.");
    ``present`` the organisations (folded) of those at the meeting, whose state bodies'
    dated errands are promises to it (``_present_agency_errand``).
    """
    decisions: list[str] = []
    actions: list[Action] = []
    orientation, members_round, next_agenda, goals, case_item, hability_title, \
        constituting, mode, onward = _title_reading(title)
    review = _is_review_title(title)  # "Gjennomgang av aksjonsliste": a register's rows
    # the item is a guest's talk ("Innlegg ved Kari Holm, NAV."): its papers' plans are news
    presented = _opens_with_talk(lines)
    # "Godkjenning av referat": "Leder gikk gjennom endringene. Referatet er godkjent." is
    # the body's own approval, however told
    approving = bool(title) and "godkj" in title.lower()
    under_member = False  # … and the lines are under a member's name set as a heading
    # the follow-up heading is "Til neste møte:" alone, whose entries may be the next
    # agenda's topics as well as errands to do before it
    before_next = False
    speaking = False  # … one written "Marit, Ås:", whose part runs over blank lines
    # (line text, after a gap, list entry, bulleted entry, the text lower-cased if known)
    texts: list[tuple[str, bool, bool, bool, str | None]] = []
    if heading_rest:
        # (a table row's cells and their paragraphs, one a line: each read as a line is,
        # so that a paragraph's "Vedtak:" labels what follows it)
        # (a cell's bulleted paragraph, "- Sekretariatet sender …", an entry of its list)
        texts.extend((strip_bullet(part), False, False, True, None) if is_cell_bullet(part)
                     else (part, False, False, False, None) for part in heading_rest.split("\n"))
    columns: dict[str, int] | None = None  # a follow-up table's "Hva | Hvem | Frist"
    decided: tuple[int, int, int] | None = None  # a "Vedtak | Ansvar | Frist" table's columns
    case_column = -1  # its column naming each row's case ("Sak | Beslutning"), if any
    cited_texts: dict[str, str] = {}  # a decision cell's text and the case its row cites
    owned: dict[str, int] | None = None  # an "Ansvar | Frist" table's columns
    # its rows as actions, by the number of text lines before them
    table_actions: dict[int, list[Action]] = {}
    cited: dict[int, str] = {}  # the case a row of the table cites, by its action's id
    # the actions read from a follow-up table's rows, by id, each held: an action dropped
    # on the way (merged, done, adopted) would free its id for a later one while this lives
    row_ids: dict[int, Action] = {}
    label = ""  # an "Ansvar:" or "Frist:" line whose value is on the next line
    arrowed = False  # the line before started with an arrow ("→ Per kontakter …")
    open_tasks: set[int] = set()  # texts from an open task box ("- [ ] Kari sender …")
    done_tasks: set[int] = set()  # … and from a ticked one ("- [x] Eva sendte oversikt")
    bold_at: set[int] = set()  # texts set in bold as a whole sentence, after others
    # a follow-up table written as lines: "Tiltak – ansvarlig – frist" (its columns, the
    # separator its rows use, and how many columns it has)
    dashed: tuple[dict[str, int], re.Pattern[str], int] | None = None
    weighed = False  # the rows are a risk register's (``_risk_register_heading``)
    said_rows = False  # the rows are each speaker's views ("Etat | Innspel")
    in_table = False  # the line before was a table's row
    for line in lines:
        first_row, in_table = not in_table, line.kind is TABLE_ROW
        if in_table:
            if weighed:
                continue
            if said_rows and len(line.cells) == 2 and line.cells[0].strip():
                # "NVE | Skredfaren må vurderast." as the line "NVE: Skredfaren må …"
                texts.append((f"{line.cells[0].strip()}: {line.cells[1].strip()}", False,
                              False, False, None))
                continue
            if len(line.cells) == 2 and _views_table_heading(line.cells):
                said_rows = True  # its heading, the lead of the views below
                texts.append((f"{line.cells[1].strip()}:", line.gap, False, False, None))
                continue
            if decided is not None and line.cells:
                texts.extend(_decision_row(line.cells, decided))
                if 0 <= case_column < len(line.cells) and decided[0] < len(line.cells) and \
                        (case := line.cells[case_column].strip()):
                    cited_texts[" ".join(line.cells[decided[0]].split())] = case
                continue
            if (decided := _decision_columns(line.cells)) is not None:
                case_column = _decision_case_column(line.cells, decided)
                continue
            if owned is not None and line.cells:
                # "Per Lunde | 1.5." under "Ansvar | Frist": the owner line of the task above
                texts.append((_owner_row_line(line.cells, owned), False, False, False, None))
                continue
            if (owned := _owner_columns(line.cells)) is not None:
                continue
            if first_row and _remarks_table_heading(line.cells):
                weighed = True  # "Innspill fra | … | Forslag til svar": remarks, no outcomes
                continue
            found = task_columns(line.cells)
            if found and "when" not in found and _risk_register_heading(line.cells):
                found = None  # "RISIKO | … | TILTAK | EIER": each risk's owner, no due date
            if found:
                columns = found
                continue
            if not columns and _risk_register_heading(line.cells):
                weighed = True
                continue
            if columns and line.cells:  # (kept in place among the lines' tasks below)
                if _closed(line.cells, columns):
                    continue  # "… | Utført": done before this meeting, no task after it
                row_action = _table_action(line.cells, columns, due_date)
                if row_action.due is None and "status" in columns:
                    row_action.due = _overdue(line.cells, columns)
                rows = table_actions.setdefault(len(texts), [])
                if rows and _owner_added_to_merged_task(rows[-1], row_action):
                    continue  # "Bestille lokale" merged over "Kari Holm" and "Per Dal"
                rows.append(row_action)
                row_ids[id(row_action)] = row_action
                if "case" in columns and columns["case"] != columns["what"] and \
                        columns["case"] < len(line.cells):
                    cited[id(row_action)] = line.cells[columns["case"]].strip()
                elif row_action.text[:1] in "SsPp" and \
                        (lead := CASE_LEAD.match(row_action.text)) is not None:
                    cited[id(row_action)] = lead.group("num")  # "Sak 2: Sende …" | Kari
                continue
            if ":" in line.cells[0] and (entry := _labelled_cells(line.cells)):
                table_actions.setdefault(len(texts), []).append(
                    _table_action(entry[0], entry[1], due_date))
                continue
            if len(line.cells) == 2 and line.cells[0][:2] == "AP" and \
                    _ACTION_POINT_CELL.fullmatch(line.cells[0].strip()) and \
                    not _TOPIC_FIRST.match(line.cells[1].strip()):
                # "AP 1  Sende årsregnskapet … – JS": the action point's number set apart by
                # spaces, its task after it (as on a line, "AP 1 Sende …")
                texts.append((f"AP: {line.cells[1].strip()}", line.gap, False, False, None))
                continue
            if len(line.cells) == 2 and _row_label(line.cells[0]):
                # a case system's "Behandling | …" over "Vedtak | …": the label and its text
                label_cell = line.cells[0].strip().rstrip(":")
                texts.append((f"{label_cell}: {line.cells[1].strip()}", True, False, False, None))
                continue
            if len(line.cells) == 2 and \
                    line.cells[0].strip().rstrip(":").casefold() in _TASK_COLUMNS and \
                    not is_amount_column_heading(line.cells[1]):
                # ("Tiltak | Beløp (kr)": a budget's headings, no task "Beløp (kr)")
                # a form's label and value: "Oppgave | Sende brev" over "Ansvar | Kari Holm"
                # reads as the lines "Oppgave: Sende brev" and "Ansvar: Kari Holm"
                label = line.cells[0].strip().rstrip(":")
                texts.append((f"{label}: {line.cells[1].strip()}", line.gap, False, False, None))
                continue
            if (row := _task_row(line.cells) or _numbered_task_row(line.cells)) is not None:
                # "Bestille buss | Oda | 1.12." without a heading row: task, who, when
                if _closed(line.cells, row):
                    continue  # "Avklare kartgrunnlag | LA | Ferdig": done, no task
                row_action = _table_action(line.cells, row, due_date)
                table_actions.setdefault(len(texts), []).append(row_action)
                row_ids[id(row_action)] = row_action
                continue
            if len(line.cells) == 1 and line.cells[0][:1].isalnum():
                # one paragraph of a cell: "1. Kontrollutvalget vedtar planen." in the
                # item's Vedtak cell is an entry of the vedtak's list, as on a line
                cell = line.cells[0]
                entry = strip_list_marker(cell)
                texts.append((entry, line.gap, len(entry) < len(cell), False, None))
                continue
            if len(line.cells) == 1 and is_cell_bullet(line.cells[0]):
                # a bulleted paragraph of a cell ("- Kari sender planen innen 1. mai."):
                # an entry of the cell's list, as a bulleted line is
                texts.append((strip_bullet(line.cells[0]), line.gap, False, True, None))
                continue
            if first_row and _figures_heading(line.cells):
                continue  # "Kommune | Oppmoding | Vedteke" over the figures: the columns'
                # names ("Vedteke" heads the numbers resolved), no verdict of the body
            if line.cells and _digit_near_end(line.cells[-1]) and _amount_row(line.cells):
                continue  # "Ramstad idrettslag | Belysning på stien | 145 000": a grant's or
                # a budget's figures, which the sentence over the table decides, if any
            for place, part in enumerate(_row_parts(line.cells)):
                texts.append((part, line.gap and not place, False, False, None))
            continue
        if not first_row:  # (a table's state is set by its rows only: reset after one)
            columns = decided = owned = None
            weighed = said_rows = False
        raw = line.text
        first = raw[:1]  # (asked by several tests below)
        text = strip_list_marker(raw)
        if first == "A" and text[:2] == "AP" and (point := _NUMBERED_ACTION_POINT.match(text)):
            text = f"AP: {text[point.end():]}"  # "AP 2 Sende …": as "AP:" labels a task
        if "/" in text[:40] and SAMI_LETTERS.intersection(text[:25]):
            text = without_sami_label_half(text)  # "Mearrádus / Vedtak: …" as "Vedtak: …"
        if line.marked and (labelled := _bold_label(text, line.marked[0])) is not None:
            text = labelled
        if dashed is not None:
            cells = tuple(dashed[1].split(text))
            if 1 < len(cells) <= dashed[2] and all(cell.strip() for cell in cells):
                # "Oppdatere risikolisten – PL – 30. januar" under "Tiltak – ansvarlig – frist"
                row_action = _table_action(cells, dashed[0], due_date)
                table_actions.setdefault(len(texts), []).append(row_action)
                row_ids[id(row_action)] = row_action
                continue
            dashed = None
        elif len(text) < 60 and ("–" in text or "/" in text or " - " in text or "—" in text) \
                and (dashed := _dashed_columns(text)) is not None:
            continue  # (its separators first: ``task_column_line`` needs one, most lines have none)
        if len(text) < 14 and text.endswith(":") and _BARE_OWNER_OR_DUE.match(text):
            label = text  # "Ansvar:" with the owner on the next line
            continue
        if label:  # (the value as written: "15. april" is no numbered entry)
            value = raw.strip() if first.isdigit() else text
            text, label = f"{label} {value}", ""
        if first in _ARROW_STARTS and (first in _ARROWS or raw.startswith(_TYPED_ARROW_STARTS)):
            # "→ Per kontakter Vaktmester AS": what follows from the decision above, a unit
            # of its own as after a blank line (not an entry of the vedtak's list); the
            # arrows after it are a list of their own
            if text.startswith(_TYPED_ARROW_STARTS):
                text = text[2:].lstrip()
            if not arrowed and (who := _arrowed_owner(text)):
                # "→ Kari" under a sentence: who does it, as "Ansvar: Kari" says
                texts.append((f"Ansvar: {who}", False, False, False, None))
                continue
            texts.append((text, not arrowed, arrowed, arrowed, None))
            arrowed = True
            continue
        arrowed = False
        if ("→" in text or (">" in text and ("->" in text or "=>" in text or "–>" in text))) and \
                (arrow_task := _task_to_arrowed_owner(text, due_date)) is not None:
            # "Leie lydanlegg → KH": the task, then who is to do it after the arrow
            table_actions.setdefault(len(texts), []).append(arrow_task)
            continue
        if line.is_bullet:
            if "[ ]" in raw[:6] or first == "☐":
                open_tasks.add(len(texts))
            elif _ticked_task_box(raw):
                done_tasks.add(len(texts))
        if line.bold and _bold_vedtak(text):
            bold_at.add(len(texts))
        if ": " in text and ". " in text and _has_proposal_label_word(line.lowered) and \
                (cut := _proposal_label_inside(text)):
            # "Daglig leder la fram saken. Innstilling: Utvalget anbefaler …": the talk,
            # then the proposal as if its label opened the next line (its vote below
            # adopts it, as it does a proposal under its own label)
            texts.append((text[:cut].rstrip(), line.gap, False, False, None))
            texts.append((text[cut:], False, False, False, None))
            continue
        if text[-1:] == ":" and ". " in text and (told := _label_ends_line(text)):
            # "Saken ble drøftet. Enstemmig vedtak:" over the vedtak's lines: the talk,
            # then the label as if on its own line
            texts.append((told, line.gap, False, False, None))
            texts.append((text[len(told):].strip(), False, False, False, None))
            continue
        # (a register's row led by its own running number or code, "Nr. 7 Felles mal – …",
        # "A-12 Felles mal – …", is an entry of a list as "7. Felles mal – …" is)
        listed = line.kind is LIST_ITEM or first.isdigit() or \
            entry_number_end(text) > 0
        # (only "A" and "a" lower to a text that "ansv" starts with: most lines, one test)
        if text[:1] in "Aa" and text[:4].lower() == "ansv" and ". " in text and \
                (listed or line.is_bullet or line.gap) and \
                (task_first := _owner_label_first(text)) is not None:
            text = task_first  # "- Ansvar: Kari. Frist: 1. mai. Sende brev.": the entry's task
            # (a paragraph set apart is one unit as well: "Ansvar: Hanne og Tor Arne. Sende
            # oppdatert overslag … innen 1. juni." names who does its own task)
        texts.append((text, line.gap, listed, line.is_bullet,
                      line.lowered if text is line.body else None))
    adopted_proposal: list[str] = []
    # how many decisions, and actions, stood when the proposal's last words were read
    proposal_ends = (0, 0)
    proposed: list[str] = []  # the last proposal's words, kept once it is adopted
    amendment: list[str] | None = None  # an amendment's words while its vote is pending
    amendment_label = ""  # the label that opened it ("Tilleggsforslag fra Kari Holm:")
    #: earlier amendments still waiting for their vote when another was made (label, words)
    waiting: list[tuple[str, list[str]]] = []
    told_proposal = False  # a proposal told in words ("X fremmet forslag om …") is pending
    #: an innstilling adopted with changes ("Innstillinga med Li sitt framlegg vart vedteken"):
    #: its words, which a vedtak block after the vote replaces with the text as changed
    changed_proposal: list[str] = []
    #: a proposal adopted by a plain vote, and then the decisions and actions counted when a
    #: vedtak block of the body opened after that vote (see ``_drop_unrepeated``)
    voted_proposal: list[str] = []
    superseding: tuple[list[str], int] | None = None
    #: the count of decisions when a proposal opened right under a bare verdict ("Votering:
    #: Enstemmig vedtatt" / "Forslag til vedtak: X"): X is adopted if the item decides
    #: nothing more, as a vedtak block under it would write what was decided instead
    voted_above: int | None = None
    proposer = ""  # whose the proposal is, by its label ("daglig leders")
    rules_proposed = False  # … and it proposes statutes or rules ("Forslag til nye vedtekter:")
    opened = False  # the line right after a bare "Vedtak:" label belongs to its block
    stating = False  # … and the label opening the block was a statement's ("… slik uttale:")
    conditioned = False  # … and its sentence before the points set a permit's conditions
    bare = False  # the decision block was opened by a label alone on its line
    inline = False  # the last line was a decision label with its text on the same line
    introduces = False  # … and that text ended in a colon ("Vedtak: Styret vedtar:")
    last = ""  # the previous sentence, which an "Ansvar: X" line may turn into a task
    #: the earlier task an "Ansvar:" line named the doers of, whose "Frist:" line may follow
    repeated: Action | None = None
    ruled = ""  # the last sentence read as the body's word on a habilitet statement
    recommending = False  # under "… oversendes kommunestyret med følgende innstilling:"
    advice: re.Match[str] | None = None  # the line's label of the body's own advice
    advised_by_label = False  # ``recommending`` under such a label, not a lead to another
    owner_first: str | None = None  # a "Hvem: Kari" that named no task: the "Hva:" after it
    first_owned: Action | None = None  # the last task so read: the next "Hvem:" is not its
    owner_made: Action | None = None  # a task the "Hvem:" line just made of the sentence above
    #: … or a task above that the "Hvem:" line gave its owner, and the owner it had before
    owner_taken: tuple[Action, str | None] | None = None
    introduced = False  # the bullets follow "Innspillene er presentert som kulepunkter:"
    shown = ""  # … the last such line outside a vedtak: an account? ("Per presenterte planen.")
    views = False  # … and that lead names what was said ("Innspill fra gruppen:")
    agency_said = ""  # … and the line goes on with one speaker's words ("NVE: …", "lead")
    speaker = ""  # … whose label was the last one under that lead ("NVE")
    listing = False  # the last decision ended in a colon: its short lines complete it
    seat_lead = False  # … and led an election's seats, the last line one of them
    amending = False  # … and adopted something with changes: its list entries are decided
    amend_next = False  # … and the next line is the first change
    voted = False  # the last line was the vote on a vedtak ("Samrøystes vedteke."): it ends it
    noted = False  # the last line was a member's or the minority's note under the vedtak
    decided_before = 0  # decisions found before the last decision label
    elsewhere = False  # under a case step of another body or an earlier meeting
    # under a "Drøfting:" label, and whether a line of the talk has come (see ``_TALK_LABEL``)
    discussing = discussed = False
    run_from: int | None = None  # the first action of the list entries just read
    lead = ""  # a vedtak's open lead-in ("Styret vil") that each list entry below completes
    labelled_owner: str | None = None  # "Aksjon (AS, frist 15.05):": who does its task
    # the summons' case text above the item's first label, a proposal's: no task of it
    case_text = _case_text_before_proposal(texts)
    case_tasks = 0  # the tasks read from that case text, dropped after the loop
    # the lines of a round of news under a title that does not say so ("Status planer" /
    # "Ås: planen er vedtatt." / "Vestby: høring i mai."): each member's report
    round_lines = set() if orientation else _round_by_shape(texts, places)
    quote_closed = False  # the last line ended a quotation ("… tilleggsforslag: «X.»")
    for position, (text, gap, listed, bullet, known_lowered) in enumerate(texts):
        if position == case_text and position:
            case_tasks = len(actions)
        if quote_closed and mode == "amendment":
            # an amendment quoted in full ends with its closing mark: the line below is
            # the minutes again ("Per og Kari ønsket å utsette saken."), not its words
            mode = None
        quote_closed = text[-1:] in "»”"
        if discussing and gap and discussed:
            discussing = False  # the paragraph of the talk is over
        discussed = discussing
        if lead and not (listed or bullet):
            lead = ""  # the list under the lead-in is over
        if table_actions and position in table_actions:
            actions.extend(table_actions.pop(position))  # a table's rows before this line
        # a line of talk alone ("Gruppen drøftet saken. Flere pekte på kostnadene."), read
        # while no block, proposal, vote, ruling or "Hvem:" entry is open: each of its
        # sentences fails every test of the sentence loop below, whose only work is then
        # to move on the sentence an "Ansvar:" line may own (see ``_talk_only``); most
        # lines of an item are such, and skip those tests with one remembered answer.
        # Asked here only of a line ended by a stop, without a colon, the only lines the
        # answer serves below (the states the tests up to there read do not change it)
        talk = _talk_only(text, known_lowered or text.lower()) \
            if mode is None and text[-1:] == "." and not (listed or bullet) and \
            not members_round and ":" not in text and ";" not in text else None
        if talk is not None and not (
                amendment is None and not adopted_proposal and not told_proposal and
                not proposed and owner_first is None and not ruled and not hability_title and
                not case_item and "abil" not in last and "gild" not in last and
                (first_owned is None or not actions or actions[-1] is not first_owned) and
                position not in open_tasks and position not in done_tasks and
                position not in bold_at):
            talk = None  # (something is open: the sentence tests below must run)
        if talk is not None and not (discussing or amending or listing or seat_lead or
                                     constituting or agency_said or views):
            # … and no talk label, list, seats or speakers' views read on from the line
            # above: of the states the tests below keep, such a line moves on only these
            # (a line ended by a stop introduces nothing, closes a vote, shows itself
            # for a task under it and names no speaker), and takes no branch of theirs
            run_from = None
            voted = introduced = False
            shown, speaker = text, ""
            if gap:
                recommending = False
            inline = opened = noted = False
            last, owner_made, owner_taken = talk, None, None
            continue
        # the tasks of the list just ended, which an "Ansvar:" line under it owns together
        if listed or bullet:
            shared_from = None
            if run_from is None:
                run_from = len(actions)
        else:
            shared_from, run_from = run_from, None
        if amending and (listed or bullet or amend_next):
            # (the line right after the colon, in a list or not: "… med følgende endring:"
            # / "Post 3 økes med 50 000 kr.")
            amend_next = False
            _decide_listed_change(text, decisions, actions, due_date)
            continue  # "Planen ble vedtatt med disse endringene:" / "- Kapittel 3 strykes."
        amending = amend_next = False
        # an election's or a nomination's lead over its seats, in any item: "Følgende ble
        # valgt:", "Valkomiteen vart samd om slik innstilling:" / "Styreleiar: X, attval"
        seating = constituting or seat_lead or (listing and bool(decisions) and
                                                _leads_seats(decisions[-1]))
        if listing and (listed or not gap) and len(text) <= 40 and \
                not text.endswith((".", ":", "!", "?")) and \
                not _heads_own_bullets(texts, position) and \
                not _long_entry_follows(texts, position) and \
                not (seating and _seats_filled(text)) and \
                not (_has_decision_label_word(fold(text)) and _decision_label(text)) and \
                not (_owned_by_first_name(text) and is_action(text)):
            # "… møteplan: / Torsdag 22. mars" (but "Det vart semje om at: / Jens lagar sak
            # om turvegar" is a list of tasks, and "Innstillingen ble vedtatt: / Leder: Eva
            # Lie (ny)" an election's list, a seat a line)
            decisions[-1] = f"{decisions[-1]} {text.strip()}"
            continue
        listing = False
        closed_by_vote, voted = voted, False
        if not bullet:  # (or the sentence before goes on in them: "… ba AMU X om å")
            # (an agreement's lead, "Følgende ble avtalt:", introduces what is to be done)
            introduced = (lead_ends := _LEAD_ENDS_BY_LAST.get(
                (stripped := text.rstrip())[-1:])) is not None and \
                stripped.endswith(lead_ends) and not _AGREED_LEAD.search(text)
            shown = text if mode is None else ""  # (asked only of a task under it)
            spoke, agency_said = agency_said or views, ""
            views = introduced and ((text[:1] in VIEWS_INITIALS and
                                     VIEWS_LEAD.match(text) is not None) or
                                    (text[-1:] == ":" and (_RAISED_LEAD.search(text) is not None
                                                           or _account_lead(text))))
            if spoke and not views and (agency_said := _speaker_line(text, spoke, speaker)):
                views = True  # "Innspel frå sektormyndigheitene:" / "NVE: Ingen merknader."
                if ":" in text:
                    speaker = text.partition(":")[0]
            elif not views and text[:1] in "Ii" and ": " in text and \
                    _NAMED_VIEWS.match(text) is not None:
                # "Innspel frå Statsforvaltaren: Støyen må vurderast.": the lead and the
                # agency's words on one line, a view as under a lead of its own
                views, agency_said = True, "said"
            if not views:
                speaker = ""
        if seating and _seats_filled(text):
            decisions.append(text)  # "Nestleder: Nina Follesøy" under "Konstituering"
            seat_lead = True  # (the lead's next seat may follow)
            continue
        seat_lead = False
        if constituting and ". " in text and (seats := _seats_in_sentences(text)):
            decisions.extend(seats)  # "Møteleder: Trine Vold. Referent: Are Solheim."
            continue
        # (the line's own when the text is its body; a one-sentence line reuses it below)
        source, source_lowered = text, known_lowered or text.lower()
        if talk is not None:
            # a line of talk (see above), ended by a stop and without a colon, takes no
            # branch of the label chain below either: each label needs a colon or a line
            # without a stop, and ``_talk_only`` has found no decision label, no heading of
            # a task list or of the decisions and no "Veien videre" (the chain's tests of
            # short lines that may end in a stop): nothing of the line is left to read
            if gap:
                recommending = False
            inline = opened = noted = False
            last, owner_made, owner_taken = talk, None, None
            continue
        folded = fold_lowered(text, source_lowered)
        colon = ":" in text or ";" in text
        # a proposal's or proceedings' label without a colon stands alone on its line, and
        # its patterns end in a word, a date or a bracket then: a line that ends in a stop
        # ("Saken ble behandlet i styret.") and has no colon can be neither, untested
        stopped = not colon and text[-1:] == "."
        label = ((_has_decision_label_word(folded) or (colon and _has_vote_label_word(folded))
                  or (text[:1] in "VB" and text[1:2].isdecimal())
                  or (text[:1] in "UuFf" and _statement_heading(folded)))
                 and _decision_label(text, folded)) or \
            (colon and text[:1] in "VvKk" and _misspelt_decision_label(text)) or \
            (colon and body is not None and _has_advice_word(folded) and
             (advice := _own_advice_label(text, body)))
        advising = recommending  # (before a paragraph set apart ends it, just below)
        if label:
            # the body's own advice opens a recommendation: what it advises others to do
            # is no task of this meeting
            recommending = advised_by_label = label is advice
        elif gap and not (opened and recommending) and not (recommending and (listed or bullet)):
            recommending = False  # (the recommendation's text ends with its paragraph,
            # not at the blank line right under its bare label, nor at the one between its
            # lead and its points: "… rår kommunestyret til å gjere slikt vedtak:" / "1. …")
        ends_inline = inline  # "Konklusjon: X." on one line: the block is that line
        inline = False
        if ends_inline and listed and not introduces and (
                gap or _sibling_bullet(texts, position) or
                _sub_point_over_vedtak(text, texts, position)):
            listed = False  # "Vedtak: X." / "b) Neste punkt": the list goes on, not the vedtak
        if label:
            mode = "decision"
            head = text[:label.start("rest")].rstrip()
            # (a statement's own label: "Forumet gir slik uttale:", not "Vedtak:")
            stating = "uttal" in head.lower() or "fråsegn" in head.lower()
            conditioned = False
            if " " in head and _label_of_another(head, body, meeting):
                mode = "reported"  # another body's vedtak, quoted: background
            elif elsewhere and not _CASE_STEP.match(head):
                mode = "reported"  # "AU- 3/24 Vedtak:" under the work committee's behandling
            else:
                elsewhere = False
            if changed_proposal and mode == "decision":
                _drop_superseded(changed_proposal, decisions, actions)
            elif voted_proposal and mode == "decision" and "vedtak" in head.lower():
                # (a vedtak's block; "Uttalelse:" under the vote is the words it adopted)
                superseding = (voted_proposal, len(decisions))
            changed_proposal = voted_proposal = []
            decided_before = len(decisions)
            text = label.group("rest").strip()
            if text[:1] in "EeSs" and not adopted_proposal and _VOTE_ALONE.match(text) and \
                    _vedtak_text_follows(texts, position):
                text = ""  # "Vedtak: samrøystes" over the vedtak's text: the vote is its label's
            if not text and adopted_proposal and _vote_as_vedtak(head, source) and \
                    not _vedtak_text_follows(texts, position):
                # "Innstilling: X. / Enstemmig vedtak.": the vote adopts the proposal
                last = _adopt_innstilling(adopted_proposal, decisions, actions, due_date,
                                          rules_proposed, last, proposal_ends)
                decisions.append(source.strip())
                adopted_proposal, mode = [], None
                continue
            if not text and decisions and not adopted_proposal and \
                    _vote_as_vedtak(head, source) and not _vedtak_text_follows(texts, position):
                # "Vedtak / X. / Behandling / … / Samrøystes vedtak." (a case system's
                # page): the vote on the vedtak above, an outcome as "Enstemmig vedtatt." is
                decisions.append(source.strip())
                mode = None
                continue
            opened = bare = not text
            inline = bool(text)
            introduces = text[-1:] == ":"
            if not text:
                continue
        elif stopped and mode is None and len(text) >= 60:
            # running text outside any block: a line of 60 or more characters ended by a
            # stop, without a colon, is none of the labels and headings below (each needs
            # a colon, a short line or a line without a stop) and ends no block (there is
            # none open); most lines of an item are such and skip the whole chain here
            pass
        elif colon and ("protokoll" in folded or "dissens" in folded or "særmerkn" in folded) \
                and (remark := _REMARK_LABEL.match(text)):
            # "Protokolltilførsel fra Ap:", "Merknad til protokollen:", "Dissens:": a
            # member's view recorded beside the vote, no decision of the body
            mode, opened = "reported", not remark.group("rest")
            continue
        elif mode == "decision" and text[-1:] in ".)" and \
                _note_in_vedtak(text, source_lowered, colon):
            # "Merknad: X fratrådte som inhabil under punkt 3.", "(Sekretærens merknad: …)",
            # "(Ove Nygård var ikke til stede under punkt 2.)": the minutes' note set into
            # the vedtak, no part of it; its numbered points go on below the note (a
            # paragraph set apart after it is the minutes again, as after a member's note)
            noted = True
            continue
        elif colon and _has_proposal_label_word(folded) and \
                (amend := _amendment_label(text, bool(adopted_proposal))):
            # "Endringsforslag fra Sp:", "Per Dahl fremmet følgende forslag:": a proposal
            # made in the meeting, decided only when the vote after it adopts it
            if amendment:  # (two or more made before the votes on them)
                waiting.append((amendment_label, amendment))
            mode, elsewhere, amendment, amendment_label = "amendment", False, [], text
            rest = (amend.group("rest") or "").strip()
            if rest[:1] in _QUOTES:
                rest = _stop_inside_quote(rest)  # «Planen evalueres innen 2025».
            if rest[:1] == "«" and 0 < (shut := rest.find("»")) < len(rest) - 1:
                # «Planen evalueres etter to år.» and the minutes go on in the same
                # paragraph: the quotation is the whole amendment, the rest is talk
                amendment.extend(sentences(rest[1:shut].strip()))
                text, mode = rest[shut + 1:].strip(), None
            else:
                # (its words as quoted after the label: «3. Planen rulleres årlig.»)
                text = strip_list_marker(rest.strip("«»\"“”"))
                opened = not text
                if not text:
                    continue
        elif (colon or (len(text) < 60 and not stopped)) and \
                _has_proposal_label_word(folded) and \
                (proposal := _PROPOSAL_LABEL.match(text)) and \
                not (adopted_proposal and _ADOPTED.search(text)) and \
                not _vote_alone(proposal.group("rest")):
            # (not the vote on the one proposed above, "Innstilling frå kommunedirektøren:
            # samrøystes vedteke.", read below as the proposal adopted)
            mode, elsewhere = "proposal", False
            # (a case system may print the vote first: "Votering: Enstemmig vedtatt" over
            # "Forslag til vedtak/innstilling": the verdict is this proposal's, when no
            # vedtak block follows it; see ``voted_above``)
            voted_above = len(decisions) if not adopted_proposal and decisions and \
                _is_bare_verdict(decisions[-1]) else None
            adopted_proposal = proposed = []
            proposer = _proposer(text) or ""
            # (statutes or house rules proposed: what they lay down binds everyone
            # always, no errand once adopted)
            rules_proposed = bool(_RULES_TEXT.search(text, 0, proposal.start("rest")
                                                     if proposal.group("rest") is not None
                                                     else len(text)))
            text = (proposal.group("rest") or "").strip()
            if text[:1] in "«“":
                text = _stop_inside_quote(text)  # (its stop after the closing mark)
            if len(text) > 2 and text[0] in "«“" and text[-1] in "»”":
                text = text[1:-1].strip()  # "Framlegg til ny § 4: «Nettverket vel …»"
            opened = not text
            if not text:
                continue
        elif (colon or (len(text) < 90 and not stopped)) and \
                _has_proceedings_label_word(folded) and \
                (proceedings := _PROCEEDINGS_LABEL.match(text)):
            # "Behandling i Arbeidsutvalget - 31.01.2024" in the regional council's
            # minutes: the case's history, background until the next step's heading
            elsewhere = bool(step := _CASE_STEP.match(text)) and \
                _step_elsewhere(step, body, meeting)
            mode = "reported" if elsewhere else None
            text = (proceedings.group("rest") or "").strip()
            discussing = _TALK_LABEL.match(folded) is not None
            discussed = discussing and bool(text)  # (the talk on the label's own line)
            if not text:
                continue
        elif colon and _has_action_label_word(folded) and \
                (act := _ACTION_LABEL.match(text)):
            mode, before_next = "action", False
            text = act.group("rest").strip()
            opened = not text
            labelled_owner = act.group("owner")
            # "Aksjon: Mona innhenter tall." on one line: the label's task is that line, as
            # "Konklusjon: X." is the vedtak (a list under it goes on)
            inline, introduces = bool(text), text[-1:] == ":"
            if not text or text.casefold().rstrip(" .") in _NOTHING_TO_DO:
                continue  # "Oppfølging: Ingen."
            if _owner_only(owner := _deadline_unbracketed(text, actions)):
                if not last:
                    continue  # "Til oppfølging: Kari Holm" first in the item: no task to own
                text = f"Ansvar: {owner}"  # "Oppfølging: Ola Nordmann, frist 1. mars"
        elif len(text) < 30 and _has_action_label_word(folded) and _ACTION_HEADING.match(text):
            mode, opened = "action", True  # a heading "Oppgaver" over a list of tasks
            before_next = folded.rstrip(" :") == "til neste møte"
            continue
        elif len(text) < 40 and _may_be_decision_title(text) and _DECISION_TITLE.match(text):
            # a summary's heading "Dette vart bestemt" (a web page's <h2>, no colon) over
            # its list of decisions: the heading is their label, no outcome of its own
            mode, opened = "decision", True
            continue
        elif text[:1] in _PAPER_INITIALS and (len(text) < 60 or ":" in text[:45]) and \
                (paper := _PAPER_HEADING.match(text)) and \
                ((mode == "decision" and not (paper.group("rest") or "").strip()) or
                 _formal_step_after(texts, position)):
            # (also with its text on the label's line: "Bakgrunn: Partnerskapsmøtet vedtok
            # i desember ein ny plan." tells the case, not this meeting's outcome)
            # (a case system prints the case paper after the vedtak too: a bare
            # "Saksopplysningar:" below the vedtak's lines ends them)
            mode = "paper"  # "Bakgrunn:" … "Innstilling:": the case paper's background
            if not (paper.group("rest") or "").strip():
                continue
        elif closed_by_vote and mode == "decision":
            mode = None  # the text after the vote is the minutes' again, not the vedtak
        elif mode == "decision" and "vedtaket" in folded and _PASSES_ON_DECISION.search(folded):
            # "Nemnda vedtok samrøystes:" / its text / "Sekretariatet kunngjer vedtaket på
            # nettsida innan 25. juni.": the line that passes the vedtak on names it from
            # outside, the minutes' follow-up after the meeting, no sentence of it
            mode = None
        elif stating and mode == "decision" and (
                (folded[:4] in ("utta", "frås") and _STATEMENT_SENT.match(folded)) or
                (("uttal" in folded or "fråsegn" in folded) and
                 _PASSES_ON_STATEMENT.match(folded))):
            # (also a role's errand: "Sekretæren sender uttalen til kommunane innan 1. mars.")
            # "Forumet gir slik uttale:" / its text / "Uttalen sendes fylket innen 1. mai.":
            # under the statement's own label (not a vedtak's, whose vote may follow), the
            # line that sends the statement on names it from outside: the minutes again,
            # what is done with it after the meeting, no sentence of it
            mode = None
        elif (gap or (ends_inline and mode in ("decision", "action") and not introduces)) and \
                not opened and \
                mode in {"decision", "action", "proposal", "reported", "amendment"} and \
                (not listed or (gap and mode == "decision" and
                                (position in open_tasks or position in done_tasks))) and \
                not ("ansv" in folded and not (gap and ends_inline and mode == "decision") and
                     _RESPONSIBLE.search(text)) and \
                not folded.startswith(("frist", "ansvar")) and \
                not (bare and mode == "decision" and not ends_inline and not noted and
                     not (advising and _is_action(text, source_lowered)) and
                     _vedtak_goes_on(text, source_lowered)) and \
                not (ends_inline and not gap and mode == "decision" and not listed and
                     _passive_ending(source_lowered) and
                     _vedtak_goes_on(text, source_lowered) and
                     not _is_action(text, source_lowered)):
            # (but a one-line vedtak's paragraph wrapped at a full stop goes on with the
            # vedtak's next sentence, in the vedtak's passive: "Vedtak: Årsregnskapet
            # godkjennes." / "Overskuddet avsettes til fond.", as a PDF breaks a
            # paragraph's lines; a task on the line under it is the minutes' follow-up,
            # "Sekretariatet sender … innen …", and a fact its grounds)
            # (under a forum's bare "Råd frå planforum:" the advice is the forum's own
            # sentences: an errand set apart below it, "Kommunen sender planen innen 1.
            # mai.", is the minutes again, though a role's task goes on a vedtak)
            # (after a dissent, "Mindretallet ville utsette saken.", the vedtak is over:
            # a paragraph set apart below is the minutes again)
            mode = "reported" if elsewhere else None
        elif ends_inline and mode in ("decision", "action") and not introduces and \
                folded.startswith(("ansv", "frist", "tidsfrist")):
            # "Vedtak: X." / "Ansvarlig: PH" / "Frist: 20. juni" / "PH lager …": the owner's
            # and deadline's lines belong to the one-line vedtak, and the line after them
            # ends it, as the line right after the vedtak would
            inline = True
        opened = noted = False
        if len(text) < 30 and text[:1] in "VvNn" and _ONWARD_TITLE.match(text):
            onward = True  # "Veien videre:" over the item's last lines: what follows it
        if elsewhere and mode == "reported":
            continue  # (not even an adopted innstilling: the other body's vote adopts it)
        # (the vote after the vedtak's text; one right under "Vedtak:" comes before it)
        # (or the vote at the end of the vedtak's line: "Representantskapet anbefaler at …
        # Enstemmig vedtatt.")
        voted = mode == "decision" and ((len(decisions) > decided_before and
                                         _is_bare_verdict(text)) or _ends_in_verdict(text))
        # "Luster: Budsjettet for 2025 er vedteke." in "Orienteringar frå kommunane": one
        # member's report of its own news, whose outcomes are not this body's
        reporting = orientation and ": " in text and _member_lead(text)
        told = orientation  # (the line only tells news: its tasks are only a named one's)
        if round_lines and position in round_lines:
            reporting = told = True
        if members_round:
            # "Ulvik" alone on its line over its news: the lines under it are Ulvik's
            # report, until a blank line or a label ends the member's part; under a
            # speaker's "Marit, Ås:" her paragraphs run on to the next speaker
            if not speaking and (gap or ":" in text):
                under_member = False
            if _member_heading(text):
                under_member, speaking = True, text.endswith(":")
                continue
            reporting = reporting or under_member
        if talk is not None and mode is None and text is source:
            # (a line of talk that no label or heading above took: see ``talk``)
            last, owner_made, owner_taken = talk, None, None
            continue
        previous, counted = "", -1
        inline_vedtak = False  # a decision label inside the line: its sentences to the end
        presenting = False  # an earlier sentence of the line opened someone's account
        account = ""  # … that sentence
        proposing = False  # … or laid a proposal before the meeting ("Per la fram et forslag om …")
        for sentence in sentences(text):
            if previous and not presenting and mode is None:
                presenting = _opens_account(previous)
                account = previous if presenting else ""
            if previous and not proposing and mode is None and " fram " in previous:
                proposing = _PROPOSAL_LAID.search(previous) is not None
            # the sentence before, when it set nothing apart: what "Trong tar ansvar for
            # det." takes on
            found = len(decisions) + len(actions)
            unowned = previous if found == counted else ""
            previous, counted = sentence, found
            opening = sentence[:1]  # (its first character, asked by many tests below)
            if inline_vedtak:
                if ": " not in sentence[:_LABEL_REACH] and \
                        not _tells_the_talk(sentence, sentence.lower()):
                    # "… Vedtak: Styret vedtar planen. Olav sender den til forretningsfører
                    # innen 1. april.": the vedtak goes on to the paragraph's end, as it
                    # does after a label that opens the line
                    decisions.append(sentence)
                    if not orientation and _is_action(sentence, sentence.lower()):
                        actions.append(make_action(sentence, due_date))
                    last = sentence  # (the sentence an "Ansvar:" after it owns)
                    continue
                inline_vedtak = False  # "Ansvar: Kari.", "Det vart elles orientert om …": the
                # owner's label or the minutes' talk again end it
            # (a proposal or amendment pending, or its words kept: the tests of its vote;
            # most sentences come with none, and skip them all)
            if amendment is not None or adopted_proposal or told_proposal or proposed or \
                    mode == "proposal":
                if opening in "Rr" and adopted_proposal:
                    sentence = _without_minutes_label(sentence)
                if amendment is not None and adopted_proposal and \
                        (won := _innstilling_outvotes(sentence)) is not None:
                    # "Innstillingen fikk 6 stemmer, Sps forslag fikk 3 stemmer.": an
                    # alternative vote's tally adopts the one with more votes, and only that one
                    if won:
                        last = _adopt_innstilling(adopted_proposal, decisions, actions, due_date,
                                                  rules_proposed, last, proposal_ends)
                    else:
                        _adopt(_whole_sentences(amendment), decisions, actions, due_date)
                    decisions.append(sentence)
                    amendment, adopted_proposal, mode = None, [], None
                    waiting.clear()
                    continue
                if amendment is not None:
                    # (the vote on the innstilling by its owner's name is not the amendment's:
                    # "Saksbehandlers forslag ble enstemmig vedtatt.")
                    # (nor is the vote on the proposal named by who brought the case:
                    # "Forslaget fra daglig leder ble vedtatt.")
                    fate = None if adopted_proposal and \
                        (_adopts_owners_proposal(sentence, proposer) or
                         (sentence[:1] in "Ff" and _FROM_PROPOSER_LEAD.match(sentence))) \
                        else _amendment_fate(sentence)
                    if fate is None and waiting and \
                            (fate := _amendments_fate(sentence)) is not None:
                        # "Forslagene fra Ås og Vestby ble enstemmig vedtatt.": one vote on
                        # all the amendments made, each adopted (or fallen) in its words
                        voted_on = [said for _label, made in waiting for said in made]
                        voted_on.extend(amendment)
                        waiting.clear()
                        amendment = None
                    elif fate is not None:  # "Endringsforslaget ble vedtatt." / "… falt."
                        voted_on = amendment
                        if waiting:  # which of the amendments made the vote is on
                            waiting.append((amendment_label, amendment))
                            voted_on = waiting.pop(_voted_amendment(sentence, waiting))[1]
                            amendment_label, amendment = waiting.pop()
                        else:
                            amendment = None
                    if fate is not None:  # the vote read: what it adopted, and the vote
                        if fate:
                            _adopt(_whole_sentences(voted_on), decisions, actions, due_date)
                        decisions.append(sentence)
                        mode = None if mode == "amendment" else mode
                        continue
                    if mode == "amendment" and amendment and opening.isupper() and \
                            _named_talk(sentence):
                        mode = None  # (s76l) "Per Dahl fremmet slikt forslag: 1. … 2. …" /
                        # "Siri Aas orienterte om saken.": a member's talk after the points
                        # ends them (no words of the proposal), which the vote still adopts
                    if mode == "amendment" and not _reports_outcome(sentence):
                        amendment.append(sentence)  # the amendment's words, until its vote
                        continue
                    if mode == "amendment":
                        mode = None  # "Innstillingen ble vedtatt.": the vote was on another
                if adopted_proposal and _tells_proposal_in_words(sentence):
                    # "Per Dahl fremmet forslag om …": a counter-proposal told in the minutes'
                    # words, which ends the innstilling's text and is no part of it
                    told_proposal = True
                    mode = None if mode == "proposal" else mode
                    continue
                if told_proposal and _votes_on_told_proposal(sentence):
                    decisions.append(sentence)  # "Forslaget ble vedtatt.": that proposal's vote
                    told_proposal = False
                    continue
                if adopted_proposal and (_ADOPTED.search(sentence)
                                         or _adopts_owners_proposal(sentence, proposer)
                                         or _adopted_with_aside(sentence)
                                         or (not proposer and _OWN_ADVICE_VOTED.match(sentence))):
                    # the proposal was adopted, also after a "Behandling:" part between, or by
                    # its owner's name ("Daglig leders forslag ble enstemmig vedtatt.")
                    last = _adopt_innstilling(adopted_proposal, decisions, actions, due_date,
                                              rules_proposed, last, proposal_ends)
                    decisions.append(sentence)
                    voted_proposal = adopted_proposal
                    if " med " in sentence and _VOTE_WITH_CHANGES.search(sentence):
                        changed_proposal = adopted_proposal
                        if task := _task_in_change(sentence, due_date):
                            actions.append(task)
                        _drop_replaced(adopted_proposal, sentence, decisions, actions)
                    adopted_proposal = []
                    mode = None
                    continue
                if adopted_proposal and _is_rejection(sentence, mode == "proposal"):
                    # "Innstillingen falt.": the proposal was not adopted
                    decisions.append(sentence)
                    adopted_proposal = []
                    mode = None
                    continue
                if adopted_proposal and mode == "decision" and \
                        (as_proposed := _AS_PROPOSED.match(sentence)):
                    # "Vedtak: Som innstillingen."
                    last = _adopt_innstilling(adopted_proposal, decisions, actions, due_date,
                                              rules_proposed, last, proposal_ends)
                    if as_proposed.group("vote"):
                        decisions.append(sentence)  # "Som framlegg, samrøystes.": the vote
                    adopted_proposal = []
                    continue
                if not adopted_proposal and proposed and mode == "decision" and \
                        proposed[0] in decisions and _AS_PROPOSED.match(sentence):
                    superseding = None  # (the block's text is the proposal's: it stays)
                    continue  # "Votering: Enstemmig. / Vedtak: Som forslag.": adopted already
                if adopted_proposal and mode == "decision" and sentence[:1] in "SsLlIiEeVv" and \
                        _AS_PROPOSED_CHANGED.match(sentence):
                    # "Vedtak: Som innstillingen, med den endring at …": the proposal, changed
                    last = _adopt_innstilling(adopted_proposal, decisions, actions, due_date,
                                              rules_proposed, last, proposal_ends)
                    decisions.append(sentence)
                    adopted_proposal = []
                    continue
                if adopted_proposal and sentence[:1].isalnum() and _is_bare_verdict(sentence):
                    # "Innstilling: X." / "Samrøystes vedteke.": the vote adopts the proposal
                    last = _adopt_innstilling(adopted_proposal, decisions, actions, due_date,
                                              rules_proposed, last, proposal_ends)
                    decisions.append(sentence)
                    voted_proposal = adopted_proposal
                    adopted_proposal = []
                    mode = None
                    continue
                if mode == "proposal" and has_partial_hint(said := sentence.lower()) and \
                        _attendance_note(sentence, said):
                    continue  # "Olav Sunde var ugild og fråtredde.": the minutes' note on who
                    # sat, told between the proposal and its vote: no part of the proposal
                if mode == "proposal" and _procedural_note(sentence):
                    mode = None  # "Saken ble behandlet for lukkede dører.": the minutes' note
                    continue  # on how the case was heard ends the proposal's text, no part of it
                if mode == "proposal" and adopted_proposal and \
                        _tells_the_talk(sentence, sentence.lower()):
                    mode = None  # "Innstilling frå OSU: X." / "Kari Holm orienterte om …" /
                    # "Vedtak: Som innstilling.": the talk after the innstilling ends its text
                    # (no words of what the vote adopts), which the vote still adopts
                if mode == "proposal" and not _reports_outcome(sentence):
                    adopted_proposal.append(sentence)
                    # (where its words stand among them)
                    proposal_ends = (len(decisions), len(actions))
                    continue
                if mode == "proposal":
                    mode = None  # "Forslag til vedtak: X. / Saken ble utsatt.": what became of it
            if mode == "reported" or mode == "paper":
                continue  # the text of another body's vedtak, or of the case paper
            if opening in "Ss" and actions and _status_of_task(sentence, last, actions):
                continue  # "Tiltak: X / Ansvar: Kari / Status: Ferdig": X was done before
            if opening in "FfUu" and actions and \
                    _completed_task(sentence, last, actions, due_date, meeting):
                continue  # "- [x] Dele presentasjonen / Fullført 12.02.2026": done there
            if owner_first is not None and (task := _task_after_owner(sentence, owner_first,
                                                                     due_date)):
                if owner_made is not None and actions and actions[-1] is owner_made:
                    actions.pop()  # "Beboere melder om … / Hvem: Geir / Hva: X": the
                    # sentence above was the case, not the task the entry names
                if owner_taken is not None and actions and actions[-1] is owner_taken[0]:
                    # "Skulen lagar ein plan. / Kven: Rektor / Kva: X": the owner is X's,
                    # and the task above keeps its own
                    actions[-1].responsible = owner_taken[1]
                actions.append(task)  # "Hvem: Kari. Hva: Sende brev.": Kari's task
                owner_first, first_owned, owner_made, owner_taken = None, task, None, None
                continue
            owner_made = owner_taken = None
            owner_first = None
            if first_owned is not None and actions and actions[-1] is first_owned and \
                    (owner_first := _owner_named_first(sentence)):
                continue  # the next entry's "Hvem:", written owner first as the one before
            if repeated is not None:
                if opening in "Ff" and (due := _DUE_LINE.match(sentence)):
                    repeated.due = repeated.due or due_date(f"frist {due.group('when')}")
                    repeated = None
                    continue  # (its deadline, not the last task's)
                repeated = None
            if opening in "Aa" and len(actions) > 1 and \
                    (repeated := _owner_line_of_earlier_task(sentence, actions, due_date)):
                continue  # "A og B lager … innen 1. juni. C bestiller …" / "Ansvar: A og B"
            before = _last_task_state(actions) if opening in "HhKk" else None
            # (``_may_be_owner_or_due`` written out: asked of every sentence)
            if (opening in _OWNER_OR_DUE_FIRSTS or not opening.isascii()) and \
                    _owner_or_due(sentence, last, actions, due_date):
                if actions and actions[-1].text == task_text(sentence):
                    last = sentence  # "Ansvar: Kari Holm ser på saken." is a task of its
                    # own: a "Frist:" line under it is its deadline
                if before is not None and before == _last_task_state(actions):
                    # (a "Hvem:" line that named no task's owner: the next "Hva:" is its)
                    owner_first = _owner_named_first(sentence)
                elif before is not None and len(actions) == before[0] + 1 and \
                        (owner_first := _owner_named_first(sentence)) and \
                        not _WHAT_LABEL.match(last):
                    owner_made = actions[-1]  # it made the sentence above a task: a "Hva:"
                    # right after shows the entry is written owner first (see above)
                elif before is not None and actions and len(actions) == before[0] and \
                        (owner_first := _owner_named_first(sentence)) and \
                        not _WHAT_LABEL.match(last):
                    owner_taken = (actions[-1], before[1])  # it gave the task above its
                    # owner: a "Hva:" right after takes it back (see above)
                else:
                    owner_first = None
                if shared_from is not None:  # (and a "Frist:" line after it too)
                    _share_owner_and_due(actions[shared_from:])
                    run_from = shared_from
                continue
            shared_from = None  # (an owner line after other words is theirs: "X. Ansvar: Per")
            if opening == "(" and (inner := _bracketed(sentence)) and \
                    _may_be_owner_or_due(inner) and _owner_or_due(inner, last, actions, due_date):
                continue  # "Styret arrangerer medlemsmøte. (Ansvar: Kari Holm, frist: 1. mai)"
            if opening == "(" and (_owner_in_brackets(sentence, last, actions) or
                                        _owns_sentence_above(sentence, last, actions, due_date)):
                continue  # "Søke om midler innen 1.2. (Jon)", "Bestille buss. (KH)"
            prior = last
            # (no call for a sentence whose first character opens no verdict: most)
            if not ((opening in _VERDICT_OPENINGS or not opening.isascii()) and
                    _is_bare_verdict(sentence)):
                last = sentence  # "Samrøystes vedteke." is no task for "Ansvar: X" to own
            # asked by several tests below: lower once (a whole line already was)
            lowered = source_lowered if sentence is source else sentence.lower()
            # (the vedtak's tests, asked in turn while a vedtak is read: the other
            # sentences skip them all at this one test)
            if mode == "decision":
                if len(decisions) > decided_before and _tells_the_talk(sentence, lowered):
                    mode = None  # "Vedtak: 1) … 2) … / Det vart elles orientert om …": the minutes
                elif (
                        # "Mindretallet (Per Dahl) ville utsette saken.": not the vedtak
                        (sentence[:6] == "Mindre" and
                         lowered.startswith(("mindretallet", "mindretalet"))) or
                        # "Per Dahl stemte mot.", "Kari tok dissens.": one member's note
                        _member_note(sentence, lowered) or
                        # "(Ove Nygård var ikke til stede under behandlingen av saken.)"
                        _attendance_note(sentence, lowered) or
                        # "Vedtak: X. / Saken ble behandlet for lukkede dører.": the note
                        _procedural_note(sentence, lowered) or
                        # "Vedtaket kan påklages til …": the appeal notice the law asks for
                        ("klag" in lowered and appeal_note(lowered)) or
                        # "Vedtak: X. / Forslaget fikk 4 mot 4 stemmer, og leders
                        # dobbeltstemme avgjorde.": how it was carried, no point of it
                        ("dobbelt" in lowered and _casting_vote_only(lowered))):
                    noted = True
                    continue
                elif bare and not gap and not listed and sentence is source and \
                        len(decisions) > decided_before and _someones_task(sentence, lowered):
                    mode = None  # "Vedtak: / X. / Kari sender …": the task line ends it, as apart
                else:
                    if sentence[:1].islower() and sentence[-1:] == ":" and \
                            len(decisions) > decided_before and decisions[-1][-1:] == "," \
                            and not (listed or bullet):
                        # "… dispensasjon for bruk av ATV hausten 2026," / "på følgjande
                        # vilkår:": the vedtak's sentence wrapped after its comma goes on
                        decisions[-1] = f"{decisions[-1]} {sentence}"
                        conditioned = "vilkår" in lowered
                        last = decisions[-1]
                        continue
                    if sentence[-1:] == ":" and len(sentence.split()) <= 5 and \
                            not _is_decision(sentence, lowered) and \
                            not _announces_its_list(lowered):
                        # "Tilråding til kommunane:": a heading inside the vedtak (but
                        # "Regionrådet vedtar følgende satsingsområder:" is its first sentence)
                        continue
                    if adopted_proposal and not _is_bare_verdict(sentence):
                        # the vedtak in its own words (the proposal amended under "Handsaming:"):
                        # the vote after it adopts these words, not the proposal's
                        adopted_proposal = []
                    if sentence == text and not (listed or bullet) and \
                            _opens_a_list(sentence, texts, position):
                        lead = sentence  # "Vedtak: Styret vil / a) innhente tilbud …"
                        continue
                    if lead and (listed or bullet):
                        sentence = _completed_by_entry(lead, sentence)
                        lowered = sentence.lower()
                    decisions.append(sentence)
                    if not (listed or bullet):
                        # "… gjev dispensasjon på følgjande vilkår:" opens the permit's
                        # conditions, its points below; any other sentence ends them
                        conditioned = sentence[-1:] == ":" and "vilkår" in lowered
                    if sentence[-1:] == ":" and _recommends_to_another(lowered):
                        recommending, advised_by_label = True, False
                    elif recommending and not (advised_by_label and
                                               _dated_errand(sentence, lowered, due_date)):
                        continue  # the other body's vedtak to come: no task from this meeting
                    if actions and _dates_task_before(sentence, lowered, prior, actions,
                                                      due_date):
                        continue  # "Rådet ber X greie ut … . Utgreiinga skal liggje føre
                        # innan 1. november.": the vedtak dates its task, no second one
                    if task := (None if (stating and _statement_condition(sentence)) or
                                (conditioned and _permit_condition(lowered)) else
                                _vedtak_task(sentence, lowered, due_date)):
                        if task.due and actions:
                            _dated_by_next_task(sentence, prior, actions, task.due)
                        actions.append(task)
                    elif actions and actions[-1].text == task_text(prior) and (
                            _is_decision(sentence, lowered) or
                            (sentence is not source and prior in source)):
                        # "a) Kari lager en plan. b) Saken tas til orientering.", and any
                        # other sentence after the task in its line that sets none
                        # ("Konklusjon: Ola lagar eit utkast. Gruppa er nøgd med arbeidet."):
                        # an "Ansvar:" or "Frist:" line under it owns or dates the task, not
                        # a view (a row of a table of decisions below is its own)
                        last = prior
                    continue
            if mode == "action" or (mode not in ("decision", "reported") and (
                    (open_tasks and position in open_tasks) or
                    (done_tasks and position in done_tasks and
                     _due_after_meeting(sentence, due_date, meeting)))):
                # a follow-up list, or a Markdown task list's open box: a task not yet
                # done ("- [x]" is one done)
                if lowered.startswith("neste") and _NEXT_MEETING_START.match(lowered):
                    mode = None  # "Neste møte: 17. januar" under the follow-up list ends it
                    if _is_decision(sentence, lowered):
                        # ("Neste samling blir 12. mars i Sarpsborg." sets the day, a
                        # decision as it is anywhere else)
                        decisions.append(sentence)
                    continue
                if done_tasks and position in done_tasks and \
                        not _is_action(sentence, lowered) and \
                        not _due_after_meeting(sentence, due_date, meeting):
                    # "- [x] @Eva Lia sendt oversikt" under "Oppgaver": ticked, and told as
                    # done (a ticked "Randi Bø: booke møterom" still names the task given,
                    # and so does one due after the meeting: ticked when the page was
                    # exported, a follow-up of this meeting all the same)
                    continue
                if _has_done_word(lowered) and _DONE.search(lowered) and \
                        not _is_action(sentence, lowered):
                    continue  # "Brev til ordføraren er sendt.": done before this meeting
                if len(sentence) < 40 and _nothing_listed(lowered):
                    continue  # "Sak 10/24: Ingen.": the case left nothing to follow up
                if mode == "action" and not (listed or bullet) and \
                        _meeting_told(sentence, lowered):
                    continue  # "Gruppen gikk gjennom listen." over the entries: what the
                    # meeting did with them, no task of its own
                if mode == "action" and _is_outcome_not_task(sentence, lowered, body,
                                                             meeting):
                    decisions.append(sentence)
                    continue
                if "=" in sentence and _STATUS_LEGEND.fullmatch(sentence):
                    continue  # "Status: Grønn = utført, Gul = i rute, Rød = forsinket." under
                    # the list: what its status words mean, no task
                if before_next and bullet and sentence[-1:] != "." and \
                        not _LISTED_TASK.match(lowered) and not _owned_after_dash(sentence) \
                        and not _is_action(sentence, lowered):
                    continue  # "Til neste møte:" / "- Evaluering av talentprogrammet": a topic
                    # for the next meeting's agenda, no errand ("- Kari sender ut tala." is)
                actions.append(make_action(sentence, due_date, explicit=True))
                if (open_tasks and position in open_tasks) or \
                        (done_tasks and position in done_tasks):
                    # a task box is an entry of the meeting's task list, which may repeat
                    # a task the notes gave (``_drop_repeated_rows``), as a table's row does
                    row_ids[id(actions[-1])] = actions[-1]
                if labelled_owner:
                    _own_by_label(actions[-1], labelled_owner, due_date)
                    labelled_owner = None
                if actions[-1].responsible is None and \
                        (mode != "action" or position in open_tasks or position in done_tasks
                         or listed or bullet):
                    # (a box under "Oppfølging" too: "- [ ] @Tor Bakken deler …"; and an
                    # entry of a follow-up list, whose place says it is a task whatever
                    # its verb: "- Rektor informerer foreldrene i ukebrevet.")
                    actions[-1].responsible = _task_box_owner(actions[-1].text)
                elif actions[-1].responsible is None and inline:
                    # the label's own line: "Oppfølging: Camilla og Jomar tilpasser malen."
                    actions[-1].responsible = _people_first(actions[-1].text)
                continue
            if review and mode is None and (
                    (entry := _register_entry(sentence, bullet or listed, due_date)) or
                    (not (bullet or listed) and _status_tally(lowered))):
                # "- Avklare datagrunnlag – pågår, PL" under "Gjennomgang av aksjonsliste":
                # a row of the register the item goes through, its status no outcome of
                # this meeting; an open row is a task still to do, a done one is none
                # ("Av ti punkter er sju ferdig og ett er utsatt." counts them: neither,
                # but the one a tally excepts as still open is a task: "Alle er ferdig,
                # unntatt avtalen med X, som pågår (IB).")
                if entry is None:
                    entry = _open_exception(sentence, lowered)
                if entry and entry.text:
                    actions.append(entry)
                    last = entry.text  # (an "Ansvar:" line under it owns it)
                continue
            if bold_at and position in bold_at and mode is None and not orientation and \
                    not _tells_the_talk(sentence, lowered):
                # the conclusion set in bold under the discussion, without a label
                task = make_action(sentence, due_date) if _is_action(sentence, lowered) \
                    else None
                if task is None or not _own_task(sentence, task):
                    decisions.append(sentence)
                if task is not None:
                    actions.append(task)
                continue
            # (a lead needs ": ", which few sentences hold: found once for the three tests
            # of a lead below, and again for the sentence after a lead that one cuts off)
            leads = ": " in sentence
            if leads and (after := _after_lead(sentence)) is not None and \
                    not _is_decision(sentence, lowered) and (
                        not _is_action(sentence, lowered) or
                        lowered.partition(": ")[0] in _SUMMARY_LEADS) \
                    and _is_action(after, after.lower()):
                sentence, lowered = after, after.lower()  # "Innspel frå rektor: Leiar SU …"
                # (and the summing up's label, no part of the task it gives: "Oppsummering:
                # Fylkeskommunen sender oversikten innen 1. november.")
                leads = ": " in sentence
            if ", " in sentence and (parts := _decided_then_task(sentence)):
                decisions.append(parts[0])  # "Referatet godkjent, Marit arkiverer."
                actions.append(make_action(parts[1], due_date))
                continue
            if leads and lowered.startswith(_INLINE_DECISION_LEADS) and \
                    lowered.partition(": ")[0] in _INLINE_DECISION_LEADS and \
                    (after := sentence.partition(": ")[2])[:1].isupper():
                # "Vi drøfta planen. Konklusjon: Planen vert godkjend.": a label inside the
                # line, after what was said; its sentence is decided, without the label
                decisions.append(after)
                if not orientation and _is_action(after, after.lower()):
                    actions.append(make_action(after, due_date))
                # an "Ansvar:" or "Frist:" after it owns or dates the decided sentence,
                # the task it is (not a second task of the sentence with its label)
                last = after
                inline_vedtak = True
                continue
            if leads and mode is None and lowered.startswith(_SUMMING_UP_LEADS) and \
                    lowered.partition(": ")[0] in _SUMMING_UP_LEADS and \
                    (after := _after_lead(sentence)) is not None and \
                    _standing_rule_summed_up(after, after.lower()):
                decisions.append(after)  # "Oppsummering: Fylket inviterer laget til
                last = after  # planforum når planene behandles.": a standing practice the
                continue  # meeting agreed on, which the guide reads as decided, no task
            if leads and lowered.startswith(_OUTCOME_LEADS) and \
                    (after := _after_lead(sentence)) is not None and \
                    _is_decision(after, after.lower()):
                # "Oppsummering: Styret ønsker å gå videre med modell 2." (a form that
                # starts with the body: the lead hides it from the whole line)
                sentence, lowered = after, after.lower()
            # (a ruling needs a habilitet word in the sentence before or in the title:
            # most sentences have none there and skip the call)
            if prior and (hability_title or prior == ruled or "abil" in prior or
                          "gild" in prior) and \
                    _rules_on_hability(sentence, prior if prior != ruled else "habil", title):
                ruled = sentence  # (and a second word on it: "Styret tok det til …")
                continue  # "X meldte seg inhabil. Styret var enig i dette.": who sits
            # "a) Status for X – teke til orientering.": a sub-point as a title line
            fragment = _sub_point_outcome(sentence) if listed else \
                _case_line_outcome(sentence)
            if fragment is None and listed and leads:
                fragment = _step_title_outcome(sentence)  # "b) Valg av møteleder: X ble valgt."
            if fragment is not None or _is_decision(sentence, lowered) or \
                    (case_item and _case_answered(lowered, sentence)):
                if (reporting or (members_round and ": " in sentence and
                                  _member_report(sentence))) and \
                        not (under_member and _is_bare_verdict(sentence)):
                    continue  # "Årdal kommune: Ny plan vart vedteken i mars.": its news
                    # (but "Tatt til orientering." under the last one is the body's), also
                    # inside a paragraph of the round ("… Runde rundt bordet: Ås: …")
                if discussing and mode is None and _VIEW_IN_TALK.search(lowered):
                    continue  # "Drøfting: Utvalget mente at …": a view in the talk, no
                    # conclusion (one under "Konklusjon:" is read above)
                if (bullet or listed or briefing) and mode is None and \
                        _reported_as_done(lowered) and \
                        (orientation or briefing or _only_noted(texts)):
                    continue  # "- Planen er vedtatt." among "Orienteringer": news of it
                    # (and in running text under "O-sak 3/25": "Det er løyvd 2 mill. kr.")
                if mode is None and not approving and (
                        (presenting and _reported_as_done(lowered)) or
                        (presenting and opening in "Pp" and _parties_of_talks(lowered, account)) or
                        (": " in sentence and _account_then_news(sentence))):
                    continue  # "Eva Li orienterte om framdriften. Planen er vedtatt, og …":
                    # the presenter's news, told on in her paragraph (or after her colon)
                if fragment is None and \
                        decided_by_another(sentence, body, lowered, meeting, parent):
                    # (but "RS 3/25 Protokoll fra representantskapet – godkjent": the
                    # fragment is this body's word on the paper another body wrote)
                    # "Kommunestyret vedtok 12. mai å …": the case's background, and so is
                    # the vedtak it quotes after a colon ("… vedtok 12. mai følgende:")
                    if sentence.endswith(":"):
                        mode, opened = "reported", True
                    continue
                if fragment is None and mode is None and "laget " in sentence[:30] and \
                        _member_club_wishes(sentence, body, parent):
                    continue  # "Turlaget ønsker å merke ein ny sti." in a council's
                    # minutes: a member organisation's wish, no outcome of the meeting
                if fragment is not None:
                    sentence = fragment  # the outcome alone, as for a heading's
                elif prior and (sentence is not source or _told_proposal(prior)) and \
                        (voted_proposal := _proposal_voted_on(prior, sentence, source, decisions)):
                    decisions.append(voted_proposal)  # "Ny bom monteres. Vedtatt (4–1).": adopted
                    if _is_action(voted_proposal, voted_proposal.lower()) and \
                            not _only_dates_last_task(voted_proposal, actions, due_date):
                        # "Ola Moe foreslo at regionrådet sender uttalelse innen 1. mai.
                        # Enstemmig vedtatt.": the adopted task is both
                        actions.append(make_action(voted_proposal, due_date))
                decisions.append(sentence)
                listing = sentence[-1:] == ":" and sentence is source
                if sentence[-1:] == ":" and _recommends_to_another(lowered):
                    recommending, advised_by_label = True, False
                elif recommending and not (advised_by_label and
                                           _dated_errand(sentence, lowered, due_date)):
                    continue  # the other body's vedtak to come: no task from this meeting
                amending = amend_next = listing and _has_change_word(lowered) and \
                    bool(_ADOPTED_WITH_CHANGES.search(lowered))
                # (under orientations only the body's request by a date: "Utvalget ber
                # Siri Moen om å lage et notat innen 15. april.")
                if (not told or _request_by_date(sentence, lowered)) and \
                        _is_action(sentence, lowered):
                    actions.append(make_action(sentence, due_date))
                continue
            if unowned and (taker := _TAKES_IT_ON.match(sentence)):
                action = make_action(f"{unowned} {sentence}", due_date)
                action.responsible = taker.group("who")
                actions.append(action)  # "Vi får låne lydanlegg. Trong tar ansvar for det."
                continue
            if (lowered.startswith(_POINTING_BACK) or
                    _thing_of_task_before(sentence, lowered, prior, actions)) and (
                    # "Kari sender søknaden. Dette må gjøres før 1. mars."
                    _deadline_of_task_before(sentence, lowered, prior, actions, due_date) or
                    # "Kari bestiller container. Dette gjøres etter møtet."
                    _when_of_task_before(sentence, lowered, prior, actions, due_date) or
                    # "Kari skulle lage oversikt. Den er laget og sendt ut."
                    _reports_on_task_before(sentence, lowered, prior, actions)):
                continue  # (the sentence before is the task it tells more of)
            if len(lowered) < 12 and _done_right_after(lowered, prior, actions):
                continue  # "Per sender innkallingen. Gjort."
            task = _is_action(sentence, lowered)
            if not task and "ansvar" in lowered and not constituting and \
                    _charged_for_coming_event(sentence, title, texts, due_date):
                task = True  # "Vårdugnad 27. april" / "Randi og Hilde har ansvar for kaker."
            if task and views and bullet and not _owned_by_first_name(sentence) and \
                    not _own_dated_errand(sentence, lowered):
                task = None  # "Innspill fra gruppen:" / "- Opplæring må planlegges tidlig.":
                # a view the group gave, no one's task
            elif task and bullet and mode is None and " om at " in lowered and \
                    _members_request(sentence):
                task = None  # "- Nord-Aurdal reagerte på kuttene og ber om at dette
                # vurderes på nytt.": a member's wish among the views, no one's errand
            elif task and agency_said and (": " in sentence or
                                           responsible_of(sentence) is None):
                task = None  # "Innspel frå sektormyndigheitene:" / "NVE: Skredfaren må
                # kartleggjast.": the agency's view, no task (but "Vegvesenet sender
                # kommunen oversikta innan 1. april." after it is its own errand)
            if (task or (bullet and (not introduced or _owned_after_dash(sentence)) and
                         not next_agenda and not goals and
                         _LISTED_TASK.match(lowered) and not _STATE_OF_NOUN.match(lowered))) and \
                    (not told or (task and (_owned_by_first_name(sentence) or
                                                   _role_task_with_deadline(sentence, lowered) or
                                                   _presentation_sent_on(lowered) or
                                                   _asked_at_meeting(sentence, lowered) or
                                                   _asked_by_this_body(sentence, lowered,
                                                                       body) or
                                                   # "Fiskeridirektoratet: … Direktoratet
                                                   # sender kart innan 1. juni." in a round
                                                   ((agency_said or views) and
                                                    _own_dated_errand(sentence, lowered))))):
                if decided_by_another(sentence, body, lowered, meeting):
                    continue  # "Arbeidsutvalget har vedtatt at planen legges fram."
                if task and _has_authority_word(lowered) and \
                        _authority_subject(sentence, body) and \
                        not ((onward or _present_agency(sentence, present)) and
                             due_date(sentence)) and \
                        not _answers_back(lowered):
                    continue  # "Departementet sender forslaget på høring i mai.": news
                    # (but under "Veien videre", "Statsforvalteren sender ut rettleiaren
                    # innan 1. desember." is a follow-up of the meeting, and so is a
                    # dated errand of a directorate at the meeting, its promise to it)
                if task and not onward and ("publiser" in lowered or " fram " in lowered or
                                            " med " in lowered or " ut " in lowered or
                                            "lanser" in lowered) and \
                        _agency_release(sentence, lowered, present):
                    continue  # "IMDi publiserer nye tall for hele landet i desember.": the
                    # agency's own news told to the meeting
                if task and not onward and sentence[-1:] == "." and \
                        "kommun" in lowered[:40] and \
                        _organisation_at_work(sentence, lowered, prior):
                    continue  # "Fylkeskommunen undersøker om …", "Kommunane ser på …" in
                    # running text: news of their own work (a summary slide's bullet, or
                    # under "Veien videre", is the day's follow-up)
                if task and places and not onward and (" vil " in lowered or " på " in lowered) \
                        and _members_own_plan(lowered, places):
                    continue  # "Masfjorden og Fedje vil gå saman om eitt tiltak.", "…, og
                    # Lierne og Røyrvik ser på samarbeid …": members tell their own plans
                if task and places and not onward and ", " in lowered and \
                        _members_status(lowered, places):
                    continue  # "Overhalla har vedtatt sin plan, Grong sender planen på
                    # høring i januar, og Namsos har så vidt startet revisjonen.": each
                    # member's status in turn, news told to the meeting
                if task and presented and not onward and (
                        _paper_goes_alone(sentence) or _organisation_intends(lowered) or
                        _plan_passive(sentence, lowered)):
                    continue  # "Innlegg ved X." / "Strategien skal på høring i april.": news
                    # ("Presentasjon ved planleggjar Kari Ås. Kommunen vil rullere
                    # arealdelen …": what the plan presented is to do, also in the passive:
                    # "Eldre byggjeområde skal vurderast på nytt.")
                if task and bullet and shown[-1:] == ":" and mode is None and not onward \
                        and "at " in lowered[:8] and _OPTION_POINT.match(lowered) and \
                        _options_lead(shown):
                    continue  # "Rådet drøfta to forslag:" / "b. at innsatsleiar avgjer kva
                    # for mannskap som vert kalla inn.": an option weighed, no one's errand
                if task and bullet and shown and mode is None and not onward and \
                        _under_consideration(lowered) and _account_over_points(shown) and \
                        not due_date(sentence) and responsible_of(sentence) is None:
                    continue  # "Per presenterte utkast til markedsplan." / "- Messe i
                    # Berlin vurderes": a point of what he presented, no one's errand
                if task and mode is None and not onward and \
                        (" sammen med " in lowered or " saman med " in lowered) and \
                        _made_with_partner(sentence, lowered, due_date) and \
                        (presenting or (position > 0 and not gap and
                                        _opens_account(texts[position - 1][0]))):
                    continue  # "Eva orienterte om sommerutstillingen. Utstillingen lages
                    # sammen med historielaget.": how the work she told of is done, news
                    # (her account on the line above, in the same paragraph, too)
                if task and proposing and mode is None and not onward and \
                        _plan_passive(sentence, lowered):
                    continue  # "Per la fram et forslag om et kurs. Kurset skal gjennomføres
                    # i samarbeid med skolen.": what the proposal holds, no errand yet (the
                    # body's verdict on it follows)
                if task and presenting and mode is None and not onward and \
                        _organisation_intends(lowered):
                    continue  # "Kari Vik presenterte planinitiativet. Kommunen vil leggje
                    # til rette for …": what the municipality presented means to do, no
                    # errand of the meeting (as under a talk's heading, above)
                if task and presenting and mode is None and not onward and \
                        " skal " in lowered and _rule_told(sentence, due_date):
                    continue  # "Per orienterte om endringane i lova. Nye deltakarar skal nå
                    # B1.": what the law or scheme he told of says, no one's errand
                if task and (briefing or (presenting and _goes_to_handling(lowered))) and \
                        mode is None and not onward and _work_timeline(sentence, lowered):
                    continue  # "O-sak 3/25" / "Planforslaget sendes på høring i februar.":
                    # news of the work the body is told of, no one's task (so after "Kari
                    # orienterte om planen." in the line: "Planen skal til politisk
                    # handsaming i juni." is the timeline of her work)
                if task and bullet and mode is None and not onward and \
                        _work_under_way(lowered) and _only_noted(texts):
                    continue  # "- Evalueringen gjøres av innkjøpskontoret." in a status
                    # the body only took note of: who does the work, news
                if task and prior and ("svarer innen" in lowered or "svarar innan" in lowered) \
                        and _has_application_word(prior.lower()):
                    continue  # "Kari søker om midler. Kommunen svarer innen 1. mai.": the
                    # answer to an application is the other party's ruling on it, as
                    # "Innovasjon Norge behandler søknaden innen 1. mai." is, no follow-up
                    # of the meeting (members answering what the body sent them are one:
                    # "Per sender skjema til kommunene. Kommunene svarer innen uke 12.")
                if task and (" søker " in lowered or " søkjer " in lowered) and \
                        _applies_for_another(sentence, body, parent):
                    continue  # "Elevrådet søker om midler …" in another body's minutes
                # also a bullet that starts with what is to be done ("• Lage invitasjon",
                # "• Skaffe spon og overtrekkssko"; a numbered "2. Kjøpe felles plattform"
                # is more often one of the choices a text sets out)
                actions.extend(make_action(task, due_date) for task in _tasks_of(sentence))
                if reporting and actions[-1].responsible in _THE_MUNICIPALITY:
                    # "Flå: Kommunen vart beden om å …": the municipality is the line's member
                    actions[-1].responsible = text.partition(": ")[0].strip()
                if sentence[-1:] == ":" and _recommends_to_another(lowered):
                    recommending = True  # (sending it on, told as the task it is)
            elif actions and actions[-1].due is None and _has_deadline_word(lowered) and \
                    actions[-1].text == task_text(prior) and responsible_of(sentence) is None \
                    and not _someone_else_first(sentence, actions[-1].text) and \
                    not _done_by_another(lowered, actions[-1].responsible) and \
                    not _deadline_of_another(lowered, actions[-1].text):
                # (not another's task: "Per sender brev. Kommunane svarar innan 1. mars.")
                actions[-1].due = due_date(sentence)  # "Kari sender søknaden. Fristen er 1. mars."
    for rows in table_actions.values():  # a table after the last line of text
        actions.extend(rows)
    if adopted_proposal and voted_above == len(decisions):
        _adopt(adopted_proposal, decisions, actions, due_date)  # (the vote printed above it)
    if superseding is not None:
        _drop_unrepeated(*superseding, decisions, actions)
    if constituting and len(decisions) > 2:
        decisions = _elected_again(decisions)
    if case_tasks:
        # ("Kommunene skal oppdatere oversiktene innen våren" set out before the
        # proposal; a vote printed there, "Enstemmig vedtatt.", stays the decision it is)
        del actions[:case_tasks]
    if not decisions and title and title[:1] in "GgIiSsDd" and _APPROVAL_TITLE.match(title):
        decisions = _no_remarks(texts)  # "Godkjenning av innkalling" / "Ingen merknader."
    actions = _unique_actions(actions)
    if actions:
        actions = [a for a in actions if not _marked_done(a.text)]
        if any(a.responsible and a.responsible.casefold() in _PRONOUN_OWNERS for a in actions):
            _name_pronoun_owners(actions, " ".join(text for text, *_ in texts))
        if any(_owner_unnamed(a) and _marks_owners(a.text) for a in actions):
            _name_marked_owners(actions, lines)
        if body:
            _name_the_body_expected(actions, body)
    if cited:  # (only the rows kept, as their ids are held in ``row_ids`` alone)
        cited = {id(a): cited[id(a)] for a in actions if id(a) in cited}
    if row_ids:
        row_ids = {id(a): a for a in actions if id(a) in row_ids}
    # (by position, in the fields' order: decisions, actions, cited, cited_texts, rows)
    return Outcomes(_unique(decisions), actions, cited, cited_texts, row_ids)



# The first letters of a sentence (folded) that ``_owner_or_due`` reads as an owner or
# deadline line: any other sentence it leaves alone and answers False.
_OWNER_OR_DUE_HEADS = ("opp", "ansv", "hvem", "kven", "frist", "tidsfrist", "når")


@functools.lru_cache(maxsize=_SENTENCE_MEMO)  # (an answer of the text alone: see there)
def _talk_only(text: str, lowered: str) -> str | None:
    """The last sentence of a line (``lowered`` its lower-cased text) whose every sentence
    is talk alone, None when any sentence may be more.

    ``find_outcomes`` asks this of a line read while nothing is open (no decision, action,
    proposal or amendment block, no pending vote, "Hvem:" entry or habilitet ruling), and
    then skips the line's sentences: each test its loop asks of a sentence in that state
    needs something a sentence of talk lacks — a label's ": ", "(", an owner or deadline
    line's first word (``_OWNER_OR_DUE_HEADS``), a "Status:" line, a deadline word, "ansvar",
    a habilitet word, a word pointing back ("Dette …"), a short line ("Gjort."), a
    decision, a task, a decision and task after a comma, a bare verdict, or "X tar ansvar
    for det." — and the loop's only other work is to keep the sentence as ``last``, the
    one an "Ansvar:" line below may own. Each test here is that test's own (or a wider
    one), asked of the sentence alone: the answer depends on the text only. A line that
    the label chain of ``find_outcomes`` may read as a decision label or as a heading of
    tasks or decisions is no talk either: it leaves out that chain as well for a talk
    line ended by a stop, without a colon."""
    if ": " in text or "ansvar" in lowered or "abil" in text or "gild" in text or \
            _has_deadline_word(lowered) or "unnta" in lowered or "bortsett" in lowered:
        # (also the row a reviewed register's tally excepts: ``_open_exception``)
        return None  # (the line's own tests: most lines that are more than talk stop here)
    folded = fold_lowered(text, lowered)
    if (_may_be_decision_label(text, folded) and _decision_label(text, folded) is not None) or (
            len(text) < 40 and (
                _ACTION_HEADING.match(text) is not None or
                _DECISION_TITLE.match(text) is not None or
                _ONWARD_TITLE.match(text) is not None)):
        return None  # (a label or heading the line-level chain reads, however it reads)
    found = sentences(text)
    for sentence in found:
        said = lowered if sentence is text else sentence.lower()
        opening = sentence[:1]
        if opening == "(" or len(said) < 12 or ": " in sentence or "ansvar" in said or \
                "abil" in sentence or "gild" in sentence or \
                said.startswith(_POINTING_BACK) or _has_deadline_word(said) or \
                fold(sentence[:9]).startswith(_OWNER_OR_DUE_HEADS) or \
                _STATUS_LINE.match(sentence) is not None or \
                ((opening in _VERDICT_OPENINGS or not opening.isascii()) and
                 _is_bare_verdict(sentence)) or \
                (", " in sentence and _decided_then_task(sentence) is not None) or \
                _case_line_outcome(sentence) is not None or \
                _is_decision(sentence, said) or _is_action(sentence, said):
            return None
    return found[-1] if found else None


def _case_line_outcome(sentence: str) -> str | None:
    """The outcome after the dash of a line that opens with a case of a series ("RS 3/25
    Brev fra KS – godkjent" → "godkjent"), which ``find_outcomes`` reads as a sub-point's;
    None for other sentences (the first letters ask first: most sentences fail there)."""
    if sentence[:1] not in _CASE_SERIES_INITIALS or not sentence[1:2].isupper() or \
            not _CASE_LINE.match(sentence):
        return None
    return _sub_point_outcome(sentence)

# Words a register's short form of a task may leave out or add ("Kontakt med NAV")
_FILLER_WORDS = frozenset({"til", "med", "for", "fra", "frå", "som", "ved", "det", "den",
                           "eit", "ein", "ett", "over", "under", "etter", "mot", "alle"})
_TASK_WORD = lazy_regex(r"[^\W\d_]{3,}")


def _task_words(text: str) -> list[str]:
    """The words of a task that say what is done ("sende", "oversikt", "NAV"), lower-cased."""
    return [w for w in _TASK_WORD.findall(text.casefold()) if w not in _FILLER_WORDS]


def _same_word(short: str, words: list[str]) -> bool:
    """Whether a register's word is one of the task's, inflected or not: "sende" in
    "sender", "avtale" in "avtalen", "kontakt" in "kontakte" (the first five letters), or
    a compound ending in one of them ("høringsuttalelse" for "uttalelse"). A word of four
    letters is its stem whole: "bruk" in "brukes", "bruke"; one of three with a definite
    ending: "mal" in "malen", "sak" in "saka"."""
    if len(short) < 4:
        return short in words or (len(short) == 3 and any(
            w[:3] == short and w[3:] in _DEFINITE_ENDINGS for w in words))
    stem = short[:5]
    if len(short) == 4:
        return any(w[:4] == short and len(w) <= 7 for w in words)
    return any((w[:5] == stem and len(w) >= 4) or
               (len(w) >= 5 and len(short) > len(w) and short.endswith(w)) or
               # (or a compound ending in the word without its definite ending:
               # "informasjonsfolder" for "folderen", "søknadsskjema" for "skjemaet")
               (len(w) >= 7 and w[-2:] in ("en", "et") and len(short) > len(w) - 2 and
                short.endswith(w[:-2]))
               for w in words)


def _compound_of_two(short: str, words: list[str]) -> bool:
    """Whether a register's compound joins two of the task's words, the last one whole
    ("budsjettforslag" for "lager et forslag til budsjett", "høringsbrev" for "brev på
    høring"): it says what two words of the sentence say, and counts for both."""
    if len(short) < 9:
        return False
    for word in words:
        if len(word) >= 4 and short.endswith(word) and len(short) - len(word) >= 4:
            head = short[:-len(word)]
            if head in words or (head[-1] in "se" and head[:-1] in words):
                return True
    return False


def repeats_task(row: Action, task: Action) -> bool:
    """Whether a follow-up table's row ("Utkast til plakat | Kim | 20.2.") is the same
    task as one the text already gave ("Kim lager utkast til plakat."): every word of
    the row's task (two or more) is in the sentence, and the owners do not differ."""
    return repeat_score(row, task) > 0


def repeat_score(row: Action, task: Action, context: list[str] | None = None,
                 people: dict[str, frozenset[str]] | None = None) -> int:
    """How surely a register's row repeats a task the text gave: the words they share,
    counted above any number of words when both name the owner; 0 for another task.

    The row repeats the sentence when every word of its task (two or more) is in it and
    the owners do not differ (``same_owners``); by the same owner, one long word will do
    when it is the row's only one, and one shared word when the row and the sentence
    give the same deadline. A register also names a task shortly
    with words of the item it comes from: "Justere malen for kartlegging | AB" for "AB
    justerer malen og sender den ut på nytt." under "Felles kartlegging av møteplasser".
    With that item's words (``context``, from ``task_words``), the row repeats the
    sentence when its other words are the item's, and it shares two words with the
    sentence, or one when both name the same owner. The caller keeps the task that
    scores highest: one naming the row's owner before an ownerless one ("Marit sender
    analysen …" before "Styret sluttet seg til at analysen sendes på høring" for "Sende
    ROS-analyse på høring | Marit"), then the one sharing the most words. ``people``
    (see ``same_owners``) tells whose initials a row's owner may be."""
    owned = bool(row.responsible and task.responsible)
    if owned and not same_owners(row.responsible, task.responsible, people):
        if not _role_beside_initials(row.responsible, task.responsible, people):
            return 0
        owned = False  # "PL legger fram …" / "… | RT": perhaps one person, the words decide
    short = _task_words(row.text)
    if len(short) < 2 and not (owned and short and len(short[0]) >= _LONE_WORD):
        return 0  # (one long word will do for the row of the same owner: "Opplæringsplan
        # M365 | RS" for "RS lager forslag til opplæringsplan …")
    words = _task_words(task.text)
    shared = sum(_same_word(word, words) for word in short)
    score = shared + _OWNED * owned  # (the sentence naming the row's owner first)
    if shared == len(short) or (shared and owned and row.due and row.due == task.due):
        return score  # (or a word of it, by the same owner for the same day: "Høringsuttalelse
        # SFO | LE | 20.03" for "LE lager utkast til uttalelse innen 20. mars.")
    if shared >= 2 and (owned or (row.due and row.due == task.due)) and \
            _all_but_one_shared(row, short, words):
        return score  # (or a passive sentence with the row's deadline: "rapporten vert
        # sendt til Innovasjon Norge før 1. mai" / "Sende rapport til … | Eva | 01.05")
    if shared == 1 and not owned:
        shared += sum(_compound_of_two(word, words) for word in short)
    if not context or not (shared >= 2 or (shared and owned)):
        return 0
    return score if all(_same_word(word, words) or _same_word(word, context)
                        for word in short) else 0


def _all_but_one_shared(row: Action, short: list[str], words: list[str]) -> bool:
    """Whether a row of the same owner says the sentence's task in its words but one: a
    meeting app's task list repeats what a mention in the notes gave, with the owner's
    name and the deadline in the entry ("Siri Mørk: kontakte helsesykepleierne – frist
    23.5." for "@Siri Mørk tar kontakt med helsesykepleierne …"), or one verb put
    otherwise ("Avklare skylagring med personvernombudet | Arne Berg" for "Arne Berg
    følger opp spørsmålet om lagring i skyen med personvernombudet."). Two of the
    words that name the task are needed, and all but one of them shared; a verb in
    another form shares its first four letters ("purre" for nynorsk "purrar")."""
    owner = set(_task_words(row.responsible or ""))
    core = [word for word in short if word not in owner and word not in _WHEN_WORDS]
    stems = {word[:4] for word in words if len(word) >= 5}
    shared = sum(_same_word(word, words) or (len(word) >= 5 and word[:4] in stems)
                 for word in core)
    return shared >= 2 and shared >= len(core) - 1


# The words of a task's deadline, no words of the task itself ("innen fredag", "frist
# 23.5.", "til neste møte", "uke 12").
_WHEN_WORDS = frozenset({"frist", "innen", "innan", "neste", "møte", "uke", "veke",
                         *dates.WEEKDAYS, *dates.MONTHS})


# What naming the same owner weighs in ``repeat_score``: more than any row's words.
_OWNED = 100
# The fewest letters of a row's only task word that names its task (``repeat_score``).
_LONE_WORD = 8

# A project's roles as minutes shorten them: prosjektleder, prosjekteier, prosjektansvarlig.
_ROLE_SHORTS = frozenset(("pl", "pe", "pa"))
# … and written out, as the text gives a task to the role.
# (also a company's or a destination's manager: "Daglig leder utarbeider …" / "… | Trude
# Vik", nynorsk "dagleg leiar")
_ROLE_WORDS = frozenset(("prosjektleder", "prosjektleiar", "prosjekteier", "prosjekteigar",
                         "daglig leder", "dagleg leiar",
                         # an arbeidsmiljøutvalg's seats: "Hovedverneombudet går gjennom
                         # rutinen …" / "… | Kenneth Bakken | 01.12.2026"
                         "hovedverneombudet", "hovudverneombodet", "verneombudet",
                         "verneombodet", "hr-rådgiver", "hr-rådgjevar", "personalrådgiver",
                         "personalrådgjevar"))


def _names_role(owner: str) -> bool:
    """Whether a task's owner (lower-cased) is a role rather than a person: a project's or
    a company's (``_ROLE_WORDS``), or a head's job as one compound of "leder" / "leiar"
    ("NAV-leder følger opp …", "Enhetsleiar sender …") that a register gives by the
    name of whoever holds it."""
    return owner in _ROLE_WORDS or (
        owner[-5:] in ("leder", "leiar") and len(owner) > 6 and " " not in owner)


def _role_beside_initials(one: str, other: str,
                          people: dict[str, frozenset[str]] | None) -> bool:
    """Whether one owner is a project role's short form ("PL") and the other a
    participant's initials ("RT"): the text names the project leader by the role and the
    register by her initials, so the owners may be one person, and only the task's words
    can tell (``repeat_score``)."""
    a, b = one.strip().casefold(), other.strip().casefold()
    if not people:
        return False
    if _names_role(a) or _names_role(b):
        # (the role written out beside a participant's full name: "Prosjektleder lager …"
        # / "… | Hanne Kristiansen")
        name = other if _names_role(a) else one
        keys = _owner_keys(name)
        # (a participant by initials the list gave with an organisation, or a full name
        # of two to four capitalised words)
        return " " in name.strip() and len(keys) == 1 and (
            next(iter(keys)) in people or
            (2 <= len(words := name.split()) <= 4 and all(w[:1].isupper() for w in words)))
    return (a in _ROLE_SHORTS and b in people) or (b in _ROLE_SHORTS and a in people)


def task_words(text: str) -> list[str]:
    """The words of an item's title and text that a register row may name its task with
    (``repeat_score``)."""
    return _task_words(text)


def same_owners(one: str, other: str,
                people: dict[str, frozenset[str]] | None = None) -> bool:
    """Whether two tasks' owners are the same people as written in a register and in the
    text: the same words, or the same initials ("KA" for "Kjell Aas", "MH/RS" for "MH og
    RS", "JS/BA" for "JS og Bjørn Aasen"), as minutes define them in the list of who came.
    A person named through the organisation she comes from ("NAV v/ Tor Lie") is that
    person; and with ``people`` (a participant's initials, lower-cased, to the
    organisation she came from, lower-cased), a row's "TL" is the "NAV" the text names
    for the task when Tor Lie came from NAV (a guest's organisation, not the body's)."""
    if one.casefold() == other.casefold():
        return True
    if _owner_keys(one) == _owner_keys(other) or _owners_alike(one, other):
        return True
    return bool(people) and (_org_of_initials(one, other, people) or
                             _org_of_initials(other, one, people) or
                             _each_by_initials(one, other, people))


def _each_by_initials(one: str, other: str, people: dict[str, frozenset[str]]) -> bool:
    """Whether several owners a register writes as initials ("NV/PG/TL") are the ones the
    text names by their organisations, in any order ("Nannestad, Hurdal og Gjerdrum"):
    each initials name a participant from a place the text names, each place once."""
    if "/" not in one and "/" not in other:
        return False  # (a register joins several owners' initials with slashes)
    ones, others = _OWNER_SPLIT.split(one.strip()), _OWNER_SPLIT.split(other.strip())
    if len(ones) < 2 or len(ones) != len(others):
        return False
    ones, others = _names_as_initials(ones, people), _names_as_initials(others, people)
    if not all(part.strip().casefold() in people for part in ones):
        ones, others = others, ones
    left = list(others)
    for initials in ones:
        match = next((owner for owner in left if _org_of_initials(initials, owner, people)), None)
        if match is None:
            return False
        left.remove(match)
    return True


def _names_as_initials(parts: list[str], people: dict[str, frozenset[str]]) -> list[str]:
    """A register's owners written by full names ("Eva Karin Bakken / Kåre Johnsen") as
    their initials, when every one is a participant's name, so they meet the
    organisations the text gives the task to ("NAV Vesterålen og Andøy kommune") as
    initials do; other owners as written."""
    keys = [_owner_keys(part) for part in parts]
    if all(len(key) == 1 and next(iter(key)) in people and " " in part.strip()
           and next(iter(key)) != part.strip().casefold()
           for key, part in zip(keys, parts, strict=True)):
        return [next(iter(key)) for key in keys]
    return parts


def _owners_alike(one: str, other: str) -> bool:
    """Whether a register and the text name the same owners in other words, one by one:
    a first name for the full name ("Marit og sekretær" for "Marit Olsnes / sekretær"),
    or a noun in another form ("Alle kommunene" for "Alle kommuner")."""
    ones, others = _owner_parts(one), _owner_parts(other)
    if len(ones) != len(others):
        return False
    return all(_owner_alike(a, b) for a, b in zip(ones, others, strict=True))


# The kinds of a public owner written after its name ("Nome kommune"), whose definite
# form names it in the text ("Kommunen").
_OWNER_KINDS = frozenset(("kommune", "fylkeskommune"))


def _owner_parts(owners: str) -> list[list[str]]:
    """Each owner of a task as its words, without "alle"/"hver"."""
    parts = []
    for part in _OWNER_SPLIT.split(owners.strip()):
        words = [word for word in part.split() if word.casefold() not in ("alle", "hver", "kvar")]
        if words:
            parts.append(words)
    return parts


def _owner_alike(one: list[str], other: list[str]) -> bool:
    """Whether two owners' words name the same one: a first name and a full name starting
    with it, or the same nouns up to their endings ("kommuner", "kommunene")."""
    short, long_ = sorted((one, other), key=len)
    if len(short) == 1 and len(long_) >= 2 and short[0][:1].isupper() and \
            all(word[:1].isupper() for word in long_):
        return short[0] == long_[0]
    if len(short) == 1 and len(long_) >= 2 and long_[-1] in _OWNER_KINDS and \
            short[0].casefold() == f"{long_[-1]}n":
        return True  # "Kommunen sender ny skisse." / "… | Midt-Telemark kommune"
    return len(one) == len(other) and all(
        _noun_stem(a) == _noun_stem(b) or _definite_form(a, b)
        for a, b in zip(one, other, strict=True))


def _definite_form(one: str, other: str) -> bool:
    """Whether one word is the other with a definite ending ("arkivlederen" for
    "Arkivleder", "leiaren" for "leiar"), which the stemmer does not always cut alike
    ("arkivled" / "arkivleder")."""
    short, long_ = sorted((one.casefold(), other.casefold()), key=len)
    return len(short) >= 4 and long_.startswith(short) and \
        long_[len(short):] in _DEFINITE_ENDINGS


def _noun_stem(word: str) -> str:
    """A noun without its ending of number or definiteness ("kommunene" → "kommun"), by
    the Snowball stemmer for Norwegian (bokmål and nynorsk endings alike)."""
    return _NORWEGIAN.stemWord(word.casefold())


_NORWEGIAN = Stemmer.Stemmer("norwegian")


# The secretary as a register names the owner by the role: the one who took the minutes.
_SECRETARY_OWNERS = frozenset(("sekr.", "sekr", "sekretær", "sekretæren", "referent",
                               "referenten", "sekretariat"))


def _org_of_initials(initials: str, owner: str, people: dict[str, frozenset[str]]) -> bool:
    """Whether a row's owner written as initials ("TL") is a participant who came from the
    organisation the text names as the owner ("NAV" for Tor Lie of "NAV Midt-Dal"). A row
    may name that participant in full ("Tor Lie"), read as her initials."""
    initials = initials.strip()
    if " " in initials:
        keys = _owner_keys(initials)
        if len(keys) != 1:
            return False
        initials = next(iter(keys))
    orgs = people.get(initials.casefold())
    if not orgs:
        return False
    folded = owner.strip().casefold()
    if folded in _SECRETARY_OWNERS:
        folded = "sekretariatet"  # ("Sekr." in the register for the one who took the minutes)
    return any(org == folded or org.startswith(f"{folded} ") or
               _kind_in_definite_form(org, folded) for org in orgs)


def _kind_in_definite_form(org: str, owner: str) -> bool:
    """Whether an owner is the definite form of the kind an organisation's name ends in:
    "Fylkeskommunen" for "Buskerud fylkeskommune", "Kommunen" for "Gol kommune"."""
    kind = org.rsplit(" ", 1)[-1]
    return " " in org and owner in (f"{kind}n", f"{kind}en", f"{kind}et", f"{kind}a")


def _owner_keys(owners: str) -> frozenset[str]:
    """Each owner of a task as initials: a name of two or more capitalised words as its
    initials ("Per Arne Rustad" → "par"), anything else as written, lower-cased; a person
    named through her organisation ("NAV v/ Tor Lie", "NAV ved Tor Lie") as the person."""
    keys = set()
    if " v/" in owners or " ved " in owners:
        owners = _THROUGH_ORG.sub("", owners)
    for part in _OWNER_SPLIT.split(owners.strip()):
        words = part.split()
        if len(words) >= 2 and all(word[:1].isupper() for word in words):
            keys.add("".join(word[0] for word in words).casefold())
        elif part:
            keys.add(part.casefold())
    return frozenset(keys)


# An organisation before the person who acts for it: "NAV v/ ", "Statsforvalteren ved ".
_THROUGH_ORG = lazy_regex(r"(?:^|(?<=[,&]\s)|(?<=\sog\s))[\wÆØÅæøå.-]+(?:\s+[\wÆØÅæøå.-]+){0,3}"
                          r"\s+(?:v/|ved\s)\s*")
# Between the owners of one task: "MH/RS", "MH og RS", "Kari, Per", "JS & BA".
_OWNER_SPLIT = lazy_regex(r"\s*(?:/|,|&|\s+og\s+|\s+and\s+)\s*")


# The last word of a vedtak's lead-in that leaves it open for the list below to complete:
# a modal or a verb that wants what follows ("Styret vil", "Rådet ber", "Utvalet går inn
# for å", "Styret ønsker at"), never a whole sentence.
_OPEN_LEAD_ENDS = frozenset(("vil", "skal", "må", "ber", "bed", "å", "at", "om"))


def _opens_a_list(sentence: str, texts: list, position: int) -> bool:
    """Whether a vedtak line is a short lead-in without an end ("Styret vil") over a list
    whose entries each complete it ("a) innhente tilbud fra tre firma"): the lead alone
    says nothing, so each entry is read as the lead and the entry together."""
    if sentence.endswith((".", ":", "!", "?", ";", ",")) or len(sentence) > 60:
        return False
    words = sentence.split()
    if len(words) > 6 or words[-1].casefold() not in _OPEN_LEAD_ENDS:
        return False
    following = texts[position + 1] if position + 1 < len(texts) else None
    return following is not None and bool(following[2] or following[3])


def _completed_by_entry(lead: str, entry: str) -> str:
    """The lead-in and one list entry as the sentence they make ("Styret vil" + "Innhente
    tilbud." → "Styret vil innhente tilbud."); a name opening the entry keeps its capital."""
    first = entry.split(maxsplit=1)[0] if entry else ""
    if first[:1].isupper() and first[1:2].islower() and not is_first_name(first):
        entry = entry[:1].lower() + entry[1:]
    return f"{lead} {entry}"


# A person named by pronoun as a task's subject: "Ola kontakter Bygg AS. Han melder
# tilbake innen 1. april." (nynorsk "ho"; the neutral "hen")
_HE_OR_SHE = frozenset(("han", "hun", "ho", "hen"))
# The writer or those addressed as a task's subject: "Me sender søknaden innan 1. mai.",
# "Jeg tar kontakt med banken." – a task, whose owner the words do not name
_WRITER_OR_READERS = frozenset(("me", "eg", "jeg", "dere", "du"))
_PRONOUN_OWNERS = _HE_OR_SHE | _WRITER_OR_READERS  # (asked of every task: one set)


def _name_pronoun_owners(actions: list[Action], text: str) -> None:
    """Give a task whose owner is "Han" or "Hun" the owner of the task in the sentence
    right before it (the one the pronoun points back to), or no owner when the sentence
    before set no task: a pronoun names no one the record can hold."""
    for position, action in enumerate(actions):
        if action.responsible and action.responsible.casefold() in _WRITER_OR_READERS and \
                not _in_capitals(action.responsible):  # ("ME" is someone's initials)
            action.responsible = None
        if not action.responsible or action.responsible.casefold() not in _HE_OR_SHE:
            continue
        before = actions[position - 1] if position else None
        named = before is not None and before.responsible and \
            before.responsible.casefold() not in _HE_OR_SHE and \
            f"{before.text} {action.text}" in text
        action.responsible = before.responsible if named and before else \
            _person_told_before(action.text, text)


# A sentence that gives a person by first name the charge of something ("Kari har
# ansvaret for premiene.", "Per Moen er kontaktperson mot skolen.", nynorsk "Ho … tek
# ansvar for …"), or has them present the case ("Kari Nes orienterte om status.", "Per
# la fram saka."): a "Hun"/"Han" task right after is theirs, as the one who told it.
# (Other news of a person, "Kari har snakket med banken.", gives the pronoun an owner only
# when she is the one person the item names before it: see ``_only_person_before``.)
_PERSON_SUBJECT = lazy_regex(r"(?:^|(?<=[.!?]\s))(?P<who>[A-ZÆØÅ][\w-]+(?:\s+[A-ZÆØÅ][\w-]+)"
                             r"{0,2})\s+(?:(?:har|tar|tek|får|fikk|fekk)\s+(?:hoved|hovud)?"
                             r"ansvar(?:et)?|(?:er|blir|vert)\s+(?:ansvarlig|ansvarleg|"
                             r"kontaktperson|koordinator)|"
                             # the one who presented the case: "Kari Nes orienterte om …"
                             r"orienterte|orienterer|presenterte|presenterer|informerte|"
                             r"la\s+fram|gikk\s+gjennom|gjekk\s+gjennom|innledet|innleidde)"
                             r"\b[^.!?]*[.!?]\s+$")


def _person_told_before(task: str, text: str) -> str | None:
    """The person the sentence right before a "Hun …"/"Han …" task names as its subject
    when that sentence set no task of its own ("Kari har ansvaret for premiene. Hun
    bestiller dem denne uken." → Kari), else None."""
    at = text.find(task)
    if at <= 0:
        return None
    told = _PERSON_SUBJECT.search(text, max(0, at - 200), at)
    who = told and told.group("who")
    return who if who and is_first_name(who.split()[0]) else _only_person_before(text[:at])


# A person's name in running text: a capitalised word and up to two more (the first of
# them must be a known first name to count).
_NAME_IN_TEXT = lazy_regex(r"(?<![\w-])[A-ZÆØÅ][a-zæøå-]+(?:\s+[A-ZÆØÅ][a-zæøå-]+){0,2}")


def _only_person_before(before: str) -> str | None:
    """The one person the item names before a "Hun …"/"Han …" task ("Kari har snakket
    med banken. Hun sender tilbudet."), as last written: with a single candidate the
    pronoun can point nowhere else. Two people named ("Kari og Per …"), or none, leave
    the owner open: choosing between them would be a guess."""
    people: dict[str, str] = {}
    for found in _NAME_IN_TEXT.finditer(before):
        first = found.group().split(None, 1)[0]
        if first.casefold() not in _HE_OR_SHE and is_first_name(first):
            people[first] = found.group()
    return next(iter(people.values())) if len(people) == 1 else None


# What the minutes expect the body itself to do (searched lower-cased): "Det forutsettes
# at vi kommer med et første forslag …", "… forutsettes det at vi …", nynorsk "Det
# føresetjast at me …" – a task of the body ("vi"), not a vague intention.
_EXPECTED_OF_US = lazy_regex(r"\b(?:det\s+(?:forutsettes|føresetjast|føresettast)|"
                             r"(?:forutsettes|føresetjast|føresettast)\s+det)\s+at\s+"
                             r"(?:vi|me)\s+(?!ikke\b|ikkje\b)[a-zæøå]")


def _name_the_body_expected(actions: list[Action], body: str) -> None:
    """Give a task the minutes expect of "vi" ("Det forutsettes at vi …") the body whose
    minutes they are: the members writing "vi" are the body."""
    for action in actions:
        if action.responsible is None and ("forutsett" in action.text or
                                           "føreset" in action.text) and \
                _EXPECTED_OF_US.search(action.text.lower()):
            action.responsible = body


# A follow-up whose owners the minutes mark in bold: "De i uthevet skrift følger opp
# gruppens første møte.", "Dei som står i feit skrift følgjer opp.", "Ansvarlige er
# uthevet.", "(ansvarlig i fet skrift)".
_MARKED_OWNERS = lazy_regex(r"\b(?:uthev(?:et|a|ede|a)|(?:i|med)\s+(?:fet|feit|halvfet)\s+"
                            r"(?:skrift|tekst|font)|markert\s+(?:med\s+)?(?:fet|feit))\b",
                            re.I)
# Every form of it holds one of these words (asked of the text folded, as the pattern
# ignores case): most tasks hold none and skip the search, which tried its alternation
# at every place of the task's text.
_may_mark_owners = contains_any(("uthev", "fet", "feit"))


def _marks_owners(text: str) -> bool:
    """Whether the text points to owners set in bold (``_MARKED_OWNERS``): "De i uthevet
    skrift følger opp …", "(ansvarlig i fet skrift)"."""
    return _may_mark_owners(fold(text)) and _MARKED_OWNERS.search(text) is not None


def _bold_label(text: str, run: str) -> str | None:
    """A line that opens with a vedtak's or a proposal's label set in bold without a
    colon ("**Vedtak** Planen vedtas som foreslått.", "**Forslag til vedtak** Styret
    …") as the label with its colon: the bold sets the label off from its text as the
    colon would. None when the bold run opens no such label (a bold name, a phrase)."""
    if len(run) > 40 or run[-1:] in ":;" or not text.startswith(run) or \
            not (rest := text[len(run):].strip()) or not (rest[0].isupper() or rest[0].isdigit()):
        return None  # (a lower-case rest goes on with the bold words: "**Styret vedtok** å …")
    folded = fold(run)
    labelled = run + ":"
    if _has_decision_label_word(folded) and (found := _decision_label(labelled)) and \
            not found.group("rest"):
        return f"{labelled} {rest}"
    if _has_proposal_label_word(folded) and _PROPOSAL_LABEL.match(labelled):
        return f"{labelled} {rest}"
    return None


def _name_marked_owners(actions: list[Action], lines: list[Line]) -> None:
    """Give a task that says its owners are set in bold ("De i uthevet skrift følger
    opp …") the people written in bold in the item, in order, each once: the names the
    sentence points to (every reader keeps bold inside a line: ``Line.marked``)."""
    names = list(dict.fromkeys(run.strip(" ,.:;") for line in lines for run in line.marked
                               if looks_like_name(run.strip(" ,.:;"))))
    if not names:
        return
    for action in actions:
        if _owner_unnamed(action) and _marks_owners(action.text):
            action.responsible = ", ".join(names)


def _owner_unnamed(action: Action) -> bool:
    """Whether a task names no owner of its own: none, or only the pointer to the bold
    names read as one ("… (ansvarlig i fet skrift)" gives "i fet skrift")."""
    return action.responsible is None or _marks_owners(action.responsible)


# The marks that open a note to the reader, set off by a colon or "!" ("NB: …", "Obs!
# …", "Viktig: …", "Husk: …"), often in bold: a note, neither a vedtak nor an owner.
_NOTE_MARKS = frozenset({"nb", "obs", "merk", "viktig", "husk", "ps", "info", "til info"})


def _own_task(sentence: str, task: Action) -> bool:
    """Whether a task is its owner's own, told with the owner as its subject ("Ole Vik
    bestiller buss innen 1. april."): a person's or a role's follow-up, no vedtak even
    when set in bold. A body as the subject ("Styret ber …", "Kommunane meldar inn …")
    is the body's act, a vedtak that assigns a task. A person named by an office is no
    body though its title holds a body's stem ("Kommunedirektøren sender …",
    "Styreleiaren kallar inn …")."""
    owner = task.responsible
    if not owner or not sentence.startswith(owner):
        return False
    first = owner.split()[0]
    stem = _body_stem(first)
    return not any(part in stem for part in _BODY_STEMS) or person_in_office(first)


def _bold_vedtak(text: str) -> bool:
    """Whether a line set wholly in bold reads as a vedtak without its label: whole
    sentences of some length, no heading ("Bakgrunn:"), note ("NB! …", ``_NOTE_MARKS``),
    question or the meeting's own course ("Møtet ble hevet kl. 15.")."""
    return len(text) >= 25 and text.endswith(".") and text[:1].isupper() and \
        " " in text and not text.startswith(("NB", "Merk", "Obs", "OBS", "Møtet ")) and \
        text.split(None, 1)[0].rstrip("!:.").casefold() not in _NOTE_MARKS


# What the minutes tell of the meeting's talk, never the words of a vedtak: "Det vart
# drøfta …", "Det ble orientert om …", "Det ble stilt spørsmål om …", "Kari Holm
# orienterte om …". After a vedtak's text, such a sentence is the minutes' again.
_TALK = lazy_regex(r"^(?:det\s+(?:ble|vart|blei)\s+(?:[\wæøå]+\s+)?(?:orientert|informert|"
                   r"drøftet|drøfta|diskutert|snakket|snakka|stilt\s+spørsmål)\b|"
                   r"(?:[\wæøå.-]+\s+){1,3}(?:orienterte|informerte|spurte|spurde)\b)")
_has_talk_word = contains_any(("orient", "inform", "drøft", "diskut", "snakk", "spørsmål",
                               "spurte", "spurde"))


# A member's own note after the vedtak: how one voted, a dissent, a wish to have it
# minuted, stepping down as disqualified ("Per Dahl (H) stemte mot.", "Brit Lid tok
# dissens.", "Kari ba om å få protokollført at …", "Ola erklærte seg inhabil.").
_MEMBER_NOTE = lazy_regex(
    r"^(?:[A-ZÆØÅ][\w.-]*\s+){1,4}(?:\([^)]*\)\s+)?(?:"
    r"(?:stemte|stemmer|røysta|røystar|røystet)\s+(?:mot|imot|for|blankt|ikke|ikkje|nei|ja)\b|"
    r"(?:tok|tek|tar|hadde|har)\s+dissens\b|"
    r"(?:ba|bad)\s+om\s+(?:å\s+)?få\s+(?:protokollført|protokollert|ført\s+i\s+protokollen)|"
    r"erklærte\s+seg\s+(?:inhabil|ugild)\b)")
_has_member_note_word = contains_any(("stemte", "stemmer", "røyst", "dissens", "protokoll",
                                      "inhabil", "ugild"))


# The words that close a sentence introducing its own list ("Husordensreglene endres
# slik:", "Vedtektene vert endra som følgjer:"), and the verbs that only quote a text
# ("Vedtaket lyder slik:"), which stays a lead
_LIST_ANNOUNCED = (" slik:", " sånn:", " følgende:", " følgjande:", " som følger:",
                   " som følgjer:")
_QUOTING_VERBS = (" lyder ", " lyd ", " ljodar ", " lyde ")


def _announces_its_list(lowered: str) -> bool:
    """Whether a short line ending in ":" inside a vedtak is the vedtak's own sentence
    over its list, not a heading: "Husordensreglene endres slik:" says what the body
    decided (the rules change, as listed), so a reader keeps it with its entries, while
    "Tilråding til kommunane:" names no change and "Vedtaket lyder slik:" only quotes."""
    return lowered.endswith(_LIST_ANNOUNCED) and \
        not any(verb in lowered for verb in _QUOTING_VERBS)


# A seat's vote told by its municipality or party alone after the vedtak: "Øyer stemte
# mot.", "Nes og Flå røysta mot." – names and the vote, nothing else; or with the seat's
# reason joined by "og": "Sunnfjord Kraftlag AS stemte imot og ønsket utbytte."
_SEAT_VOTED_AGAINST = lazy_regex(r"^[A-ZÆØÅ][\w-]+(?:(?:\s+og\s+|,\s*|\s+)[A-ZÆØÅ][\w-]+){0,3}"
                                 r"\s+(?:stemte|røysta|røystet)\s+(?:mot|imot)"
                                 r"(?:\s+og\s+[a-zæøå][\wæøå-]*(?:\s+[\wæøå-]+){0,8})?\s*\.?$")
# The subjects of such a sentence that are the body or a share of it: their vote is an
# outcome ("Flertallet stemte mot.", "Styret røysta imot."), no one seat's note.
_COLLECTIVE_ENDINGS = ("tallet", "talet", "rådet", "styret", "utvalget", "utvalet", "gruppa",
                       "gruppen", "alle", "samtlige")
# … and a count of votes, which is the outcome told ("Ingen stemte mot.", "To stemte mot.")
_VOTE_COUNT_WORDS = frozenset(("ingen", "en", "én", "ein", "ei", "to", "tre", "fire", "fem",
                               "seks", "sju", "syv", "åtte", "ni", "ti"))


def _member_note(sentence: str, lowered: str) -> bool:
    """Whether a sentence inside a vedtak is one named member's note (``_MEMBER_NOTE``),
    or one seat's vote against told by its place or party (``_SEAT_VOTED_AGAINST``),
    which is no part of what the body decided."""
    first = sentence.split(maxsplit=1)[0]
    if is_first_name(first):
        return _has_member_note_word(lowered) and bool(_MEMBER_NOTE.match(sentence))
    return "mot" in lowered and _SEAT_VOTED_AGAINST.match(sentence) is not None and \
        not first.casefold().endswith(_COLLECTIVE_ENDINGS) and \
        first.casefold() not in _VOTE_COUNT_WORDS


def _statement_condition(sentence: str) -> bool:
    """Whether a sentence under a statement's label ("Nemnda gir følgjande fråsegn:") is a
    condition the body sets for another authority, in the passive with no one named and
    no day ("Fortøyingane må flyttast ut av gytefeltet før søknaden vert handsama."): what
    the statement asks of the applicant or the authority, no errand after the meeting (a
    sentence naming its owner or a deadline stays a task too)."""
    return not any(char.isdecimal() for char in sentence) and "neste" not in sentence and \
        responsible_of(sentence) is None


def _permit_condition(lowered: str) -> bool:
    """Whether a point under a permit's lead ("… gjev dispensasjon på følgjande vilkår:")
    is a condition the holder keeps while using it ("Køyring skal berre skje i perioden
    1. juli – 15. september.", "Transport skal skje på snødekt mark."): a standing rule
    the vedtak sets, decided, no errand after the meeting. A point with a deadline stays
    a task ("Køyrelogg skal sendast forvaltaren innan 1. oktober.")."""
    return not (_has_deadline_word(lowered) and any(char.isdecimal() for char in lowered))


# The statement a body gave, sent on, at the start of a line (lower-cased): "Uttalen
# sendes …", "Uttalelsen oversendes …", nynorsk "Fråsegna vert send …".
# Someone passing the statement on after the meeting: "Sekretæren sender uttalen til
# kommunane", "Leiar oversender fråsegna til fylket" (a task, no sentence of the statement).
_PASSES_ON_STATEMENT = lazy_regex(
    r"\w+(?: \w+)? (?:sender|send|oversender|oversend|formidlar|formidler|ettersender) "
    r"(?:\w+ )?(?:uttalen|uttalelsen|uttala|fråsegna)\b")
_STATEMENT_SENT = lazy_regex(r"(?:uttalen|uttalelsen|uttala|fråsegna)\s+(?:skal\s+|blir\s+|"
                             r"vert\s+)?(?:sendes|sendast|sendt|send|oversendes|oversendast|"
                             r"oversendt|ettersendes)\b")


def _note_in_vedtak(text: str, lowered: str, colon: bool) -> bool:
    """Whether a whole line inside a vedtak is a note set into it: under a note label
    (``_INSERTED_NOTE``), or in brackets one person's attendance or own note ("(Kari Lie
    forlot møtet.)", "(Per Dahl stemte mot.)")."""
    if colon and _INSERTED_NOTE.match(text):
        return True
    if text[:1] != "(" or not text.endswith(")") or "(" in text[1:]:
        return False
    inner, inner_lowered = text[1:-1], lowered[1:-1]
    return _member_note(inner, inner_lowered) or _attendance_note(inner, inner_lowered)


# How the case was heard, told by the minutes in the past tense: behind closed doors ("Saken
# ble behandlet for lukkede dører.", "Saka vart handsama i lukka møte.", "Møtet ble lukket
# under behandlingen."), someone unfit to sit ("Ordføreren erklærte seg inhabil.", "Ho vart
# kjend ugild.") or another in the chair ("Nestleder ledet møtet under saken."). (A vedtak
# to close the meeting is in the present: "Saken behandles i lukket møte.")
_has_procedural_word = contains_any(("lukk", "habil", "ugild", "møtet under", "møtet fr"))
_PROCEDURAL_NOTE = lazy_regex(
    r"\b(?:ble|vart|blei)\s+(?:[\wæøå]+\s+){0,2}?(?:for|bak|i)\s+(?:lukkede|lukka|lukte|"
    r"stengde|stengte)\s+(?:dører|dørar|møte)\b|"
    r"\bmøtet\s+(?:ble|vart|blei)\s+(?:lukket|lukka)\b|"
    r"\b(?:ble|vart|blei|var)\s+(?:erklært\s+|kjent\s+|kjend\s+|funnet\s+|funne\s+)?"
    r"(?:inhabil|ugild)\b|\b(?:erklærte|erklærde)\s+seg\s+(?:inhabil|ugild)\b|"
    r"\b(?:ledet|leda|leia|leidde)\s+møtet\s+(?:under|(?:fra|frå)\s+(?:og\s+med\s+)?"
    r"(?:sak|punkt))\b", re.I)  # (or from an item on: "X ledet møtet fra sak 3.")


def _procedural_note(sentence: str, lowered: str | None = None) -> bool:
    """Whether the sentence is the minutes' note on how the case was heard
    (``_PROCEDURAL_NOTE``), which no proposal's or vedtak's text holds. ``lowered``: the
    sentence lower-cased, when the caller holds it."""
    if lowered is None:
        lowered = sentence.lower()
    return _has_procedural_word(lowered) and _PROCEDURAL_NOTE.search(lowered) is not None


def _attendance_note(sentence: str, lowered: str) -> bool:
    """Whether a sentence inside a vedtak only tells one named person's attendance, also
    in brackets: "(Ove Nygård var ikke til stede under behandlingen av saken.)", "Kari
    Lie forlot møtet under punkt 2." The participants read it (``partial_sentences``);
    it is the minutes' note, no part of what the body decided."""
    if sentence[:1] == "(" and sentence.endswith(")"):
        sentence, lowered = sentence[1:-1], lowered[1:-1]
    found = partial_sentences(sentence, lowered)
    return bool(found) and sentence.startswith(found[0][0])


# A doer that passes the vedtak just made on, the vedtak its object: "Sekretariatet
# kunngjer vedtaket …", "Leiar sender vedtaket til kommunane", "… publiserer vedtaket".
_PASSES_ON_DECISION = lazy_regex(
    r"^\w+(?: \w+)? (?:kunngj[øe]r|sender|send|publiserer|publiserar|formidlar|formidler|"
    r"oversender|oversend|informerer|varslar|varsler) (?:\w+ )?vedtaket\b")


def _vedtak_goes_on(text: str, lowered: str) -> bool:
    """Whether a paragraph set apart under a bare "Vedtak:" label's block is more of the
    vedtak.

    Word and ODT minutes set every paragraph apart, so a vedtak of two or three
    paragraphs ("Vedtak:" / "Styret vedtar planen." / "Taket skiftes i 2025.") reads as
    the same lines without blank lines do. The block ends at what a reader sees is no
    longer the vedtak: the talk ("Det ble diskutert …"), a person's task by name ("Per
    sender …", ``_someones_task``; a role's task stays the vedtak's, as on its lines),
    the next meeting, a heading-like line without a full stop, or a question."""
    if not text.endswith(".") or len(text) < 12:
        return False
    if lowered.startswith(("neste", "ref", "møtet", "motet")):
        return False  # "Neste møte …", "Referent …", "Møtet ble hevet": the minutes again
    head, colon, _ = text.partition(": ")
    if colon and len(head.split()) <= 3:
        return False  # "Innspill fra møtet: …": a part of the minutes of its own
    for sentence in sentences(text):
        low = sentence.lower()
        if _is_decision(sentence, low):
            continue  # "Vedtaket var samrøystes.", "Styret vedtok å …"
        if _told_as_past(low) or _tells_the_talk(sentence, low) or \
                _member_note(sentence, low) or _someones_task(sentence, low) or \
                _follows_up(low):
            return False  # (a passive order, "Rørlegger bestilles.", and a role's task,
            # "Daglig leder sender … innen …", are the vedtak's own, set apart or not)
    return True


# The minutes' own note of who takes a case further, set under its vedtak: "Daglig leder
# følger opp med tilsagnsbrev innen 1. oktober.", nynorsk "Dagleg leiar fylgjer opp." A
# vedtak orders in its own words ("… gis i oppdrag å …", "… sender …"); "følger opp" is
# the writer's phrase, a task after the vedtak, no part of it.
_FOLLOWS_UP = lazy_regex(r"^(?:[\wæøå-]+\s+){1,3}(?:følger|følgjer|fylgjer)\s+opp\b")


def _follows_up(lowered: str) -> bool:
    """Whether a sentence is a follow-up note (``_FOLLOWS_UP``): one to three words of
    who, then "følger opp"."""
    return " opp" in lowered and _FOLLOWS_UP.match(lowered) is not None


def _someones_task(sentence: str, lowered: str) -> bool:
    """Whether a line right under a vedtak's lines is a person's follow-up by name ("Tor
    Moe sender avtalen …"): it ends the vedtak as it does when a blank line sets it
    apart. A role's ("Dagleg leiar sender budsjettet …") or a passive order stays a
    sentence of the vedtak that assigns a task: both, as formal vedtak often end with
    who carries them out."""
    return not _is_decision(sentence, lowered) and _is_action(sentence, lowered) and \
        _owned_by_first_name(sentence)


# Words that tell what happened in the meeting rather than what is decided: the past
# ("Saken ble diskutert", "Han mente …", nynorsk "vart", "meinte") and the speakers
# ("Vi ser fram til …", "Dette er i tråd med …"). A vedtak is written in the present:
# "Avgiften økes", "Styret velger", "Lag i grenda betaler halv pris".
_PAST_WORDS = frozenset(("ble", "blei", "vart", "hadde", "mente", "meinte", "sa", "tok",
                         "gikk", "gjekk", "kom", "fikk", "fekk", "spurte", "ønsket",
                         "ønskte", "viste", "la", "uttrykte", "uttalte", "takket", "takka"))
_SPEAKER_STARTS = frozenset(("han", "hun", "ho", "hen", "vi", "me", "eg", "jeg", "dette",
                             "bakgrunnen", "begrunnelse", "grunngjeving", "flere", "fleire"))


def _told_as_past(lowered: str) -> bool:
    """Whether a sentence after a vedtak's paragraphs tells the meeting: a speaker first,
    a past-tense word among its first words, a verb in -erte ("diskuterte",
    "orienterte") or a perfect ("Kommunen har bedt om …")."""
    words = lowered.rstrip(".").split()[:5]
    if not words or words[0] in _SPEAKER_STARTS:
        return True
    return any(word in _PAST_WORDS or (word.endswith("erte") and len(word) > 6) or
               (word == "har" and _participle(words, i))
               for i, word in enumerate(words) if i)


def _participle(words: list[str], at: int) -> bool:
    """Whether the word after "har" is a past participle ("har bedt", "har sendt",
    "har diskutert"; not "har rett til")."""
    after = words[at + 1] if at + 1 < len(words) else ""
    return len(after) > 3 and after.endswith(("t", "dd")) and after != "rett"


# (s76l) A person named, then a verb of what she said in the meeting: "Siri Aas orienterte
# om saken.", "Ola Berg (Sp) viste til …", "Kari Holm kommenterte …", nynorsk "peika på";
# (s79i) a request in the debate, "Morten Lie ba om at …", nynorsk "bad om":
# the minutes' account, no point of a proposal made before it.
_NAMED_TALK = lazy_regex(
    r"(?P<who>(?:[A-ZÆØÅ][\w.-]*\s+){1,4})(?:\([^)]*\)\s+)?(?:orienterte|informerte|"
    r"viste\s+til|spurte|spurde|kommenterte|påpekte|understreket|understreka|"
    r"stilte\s+spørsmål|peikte\s+på|peika\s+på|minnet\s+om|minte\s+om|redegjorde|"
    r"gjorde\s+greie|hadde\s+innlegg|tok\s+ordet|ba\s+om|bad\s+om)\b")


def _named_talk(sentence: str) -> bool:
    """Whether a sentence opens with a person's name and a verb of talk ("Siri Aas
    orienterte om saken.", ``_NAMED_TALK``): what was said, not what is proposed."""
    talk = _NAMED_TALK.match(sentence)
    return talk is not None and looks_like_name(talk.group("who").strip())


def _tells_the_talk(sentence: str, lowered: str) -> bool:
    """Whether the sentence tells what was said or asked in the meeting (``_TALK``)."""
    return _has_talk_word(lowered) and bool(_TALK.match(lowered))


# The headings of a case paper's parts before its proposal: "Saksframlegg", "Bakgrunn",
# "Saksopplysninger", "Vurdering", "Kommunedirektørens vurdering", "Økonomiske
# konsekvenser" (nynorsk "Saksutgreiing", "Saksopplysningar"). What the administration
# tells and plans there ("Administrasjonen skal legge fram … innen 1. oktober") is no
# follow-up of the meeting, nor its outcome.
_PAPER_HEADING = lazy_regex(
    r"^(?:[A-ZÆØÅ][\w-]*s\s+|[A-ZÆØÅ][\w-]*\s+(?:si|sin|sitt)\s+|sakens\s+)?"
    r"(?:saksframlegg|saksfremlegg|saksutredning|saksutgreiing|saksopplysning(?:er|ar)?|"
    r"bakgrunn(?:\s+for\s+saken|\s+for\s+saka|\s+og\s+saksopplysning(?:er|ar))?|"
    r"vurdering(?:ar|er)?|økonomiske\s+(?:og\s+administrative\s+)?konsekvens(?:er|ar)|"
    r"faktiske\s+opplysning(?:er|ar))\s*(?::\s*(?P<rest>.*))?$", re.I)
_PAPER_INITIALS = frozenset("SsBbVvØøFfAaKkRrDd")


def _after_paper_label(sentence: str) -> str | None:
    """What a sentence tells after a case paper's label on its own line ("Saksframlegg:
    Barnevernleder la fram rapporten.", "Bakgrunn: …", "Vurdering: …"), None when it opens
    with none. The label names a part of the case, not who does anything: read as an
    owner before a colon ("Kari Holm: sende …") it would make the paper's account a task."""
    if sentence[:1] not in _PAPER_INITIALS or ":" not in sentence[:45]:
        return None
    paper = _PAPER_HEADING.match(sentence)
    rest = paper.group("rest") if paper else None
    return rest.strip() if rest and rest.strip() else None


def _long_entry_follows(texts: list, position: int) -> bool:
    """Whether the numbered list the line at ``position`` opens goes on with an entry too
    long to complete the sentence above ("… følgende rekkefølge:" / "1) Fv. 2550 Vågåmo–
    Lalm" / "2) Fv. 55 Lom sentrum, trafikksikring ved skolen"): a list of its own, whose
    first entry is no more the sentence's than the others (a list of days, "Torsdag 22.
    mars" / "Torsdag 19. april", all short, completes it)."""
    if not texts[position][2]:
        return False
    for following in texts[position + 1:position + 12]:  # (text, gap, listed, bullet, …)
        if not following[2] or following[1]:
            return False
        if len(following[0]) > 40 or following[0].endswith((".", "!", "?")):
            return True
    return False


def _heads_own_bullets(texts: list, position: int) -> bool:
    """Whether the numbered line at ``position`` heads bullets of its own: "… opprette to
    arbeidsgrupper:" / "1. Helårsturisme" / "- i. Kari Holm og Per Lie" is a list of
    groups, each with its members, not a short line that completes the sentence."""
    if not texts[position][2] or texts[position][3] or position + 1 >= len(texts):
        return False
    following = texts[position + 1]  # (text, gap, listed, bullet, lowered)
    return bool(following[3]) and not following[1]


def _case_text_before_proposal(texts: list[tuple[str, bool, bool, bool, str | None]]) -> int:
    """How many lines open the item before its first label when that label is a
    proposal's ("Forslag til vedtak:", "Innstilling:"), else 0 (read for tasks only).

    A summons (or a combined "Innkalling og referat") sets out each case and then the
    proposal; the case text was written before the meeting, so its "Kommunene skal
    oppdatere … innen våren" is background, not a follow-up. Minutes that tell the
    meeting first and give a label after it open with a decision or proceedings label
    (or none) and keep their text. (Most items name no proposal at all: one test over
    their opening lines together spares the per-line tests.)"""
    opening = texts[:8]
    # (the lines' own lower-cased texts where known: lower-casing Norwegian letters costs
    # several times the search; ``fold`` differs from ``lower`` only where "ſ", "ı" or
    # "İ" stood, which leave "ſ", "ı" or a combining dot in the lower-cased text)
    lowered = "\n".join([entry[4] or entry[0].lower() for entry in opening])
    if not lowered.isascii() and ("ſ" in lowered or "ı" in lowered or "\u0307" in lowered):
        lowered = fold("\n".join(text for text, *_ in opening))
    if not _has_proposal_label_word(lowered):
        return 0
    for position, (text, *_, known) in enumerate(opening):
        kind = _paper_label(text, fold_lowered(text, known) if known is not None else fold(text),
                            with_action=True)
        if kind == "proposal":
            return position
        if kind and ":" in text[:40]:
            return 0
    return 0


def _paper_label(text: str, folded: str, with_action: bool = False) -> str | None:
    """Which label of a case paper opens ``text`` ("proposal", "decision", "proceedings",
    and with ``with_action`` "action"), None for none: the one place the item's opening
    and its later lines are told apart by their labels, each pattern behind its word test."""
    if _has_proposal_label_word(folded) and _PROPOSAL_LABEL.match(text):
        return "proposal"
    if _has_decision_label_word(folded) and _decision_label(text):
        return "decision"
    if _has_proceedings_label_word(folded) and _PROCEEDINGS_LABEL.match(text):
        return "proceedings"
    if with_action and _has_action_label_word(folded) and _ACTION_LABEL.match(text):
        return "action"
    return None


def _formal_step_after(texts: list[tuple[str, bool, bool, bool, str | None]],
                       position: int) -> bool:
    """Whether a proposal, proceedings or vedtak label follows in the item: a case
    paper's form, so a "Bakgrunn" heading above it opens background, not the minutes'
    own account of the item (informal minutes use "Bakgrunn:" for that too)."""
    for text, *_ in texts[position + 1:]:
        if len(text) > 120:
            continue
        if _paper_label(text, fold(text)):
            return True
    return False


# An item that approves the summons, the agenda or the minutes: "Godkjenning av innkalling
# og saksliste", "Godkjenning av referat", "Innkalling og sakliste" (not the summons to
# another meeting the item prepares: "Innkalling til årsmøte"; "… til møtet" is this one).
_APPROVAL_TITLE = lazy_regex(r"^(?:godkjenn(?:ing|e)\b|(?:innkalling|innkallinga|saksliste|"
                             r"sakliste|dagsorden)\b(?!\s+til\s+(?!(?:dagens\s+|dette\s+)?"
                             r"møte)))", re.I)
# Nothing said against it: "Ingen merknader.", "Det var ingen merknader.", "Ingen
# kommentarar."
_NO_REMARKS = lazy_regex(r"^(?:det\s+(?:var|kom)\s+)?ingen\s+(?:merknad(?:er|ar)?|"
                         r"kommentar(?:er|ar)?|innvending(?:er|ar)?|bemerkning(?:er)?)\s*[.!]?$",
                         re.I)


def _no_remarks(texts: list[tuple[str, bool, bool, bool, str | None]]) -> list[str]:
    """The sentence that an approval item had no remarks ("Ingen merknader."), as its
    decision when the item records no other: under "Godkjenning av innkalling" it says
    the summons was approved as sent (elsewhere it says only that nobody spoke)."""
    for text, *_rest in texts:
        for sentence in sentences(text):
            if sentence[:1] in "IiDd" and _NO_REMARKS.match(sentence):
                return [sentence]
    return []


# A decision that adopts something with the changes listed under it: "Planen ble vedtatt
# med disse endringene:", "Budsjettet vart godkjent med følgjande endringar:". The changes
# are part of what was decided, each entry as written (a vedtak's sentences are too).
_ADOPTED_WITH_CHANGES = lazy_regex(
    r"\bmed\s+(?:disse|desse|følgende|følgjande|de|dei|to|tre|noen|nokre)\s+"
    r"(?:endring|endrin|tillegg|justering|rettels|retting)\w*\s*:$")
_has_change_word = contains_any(("endrin", "tillegg", "justering", "rettels", "retting"))


def _reports_outcome(sentence: str) -> bool:
    """Whether a sentence under "Forslag til vedtak:" tells what became of the case in the
    past tense ("Saken ble utsatt.", "Saka vart trekt."): a proposal is written in the
    present, so the sentence is the minutes again, not more of the proposal's text."""
    lowered = sentence.lower()
    if "støtt" in lowered and _BODY_BACKED_PROPOSAL.match(sentence):
        return True  # "Forslag: felles kampanje …" / "Nettverket støttet forslaget.": its fate
    return (" ble " in lowered or " vart " in lowered or " blei " in lowered) and \
        _past_in_main_clause(lowered) and _is_decision(sentence, lowered)


# The body backing the proposal above in the past tense: "Nettverket støttet forslaget
# om …", nynorsk "Gruppa støtta framlegget." ("… sluttet seg til forslaget" and "… gikk
# inn for forslaget" adopt it already, as _ADOPTED's votes do)
_BODY_BACKED_PROPOSAL = lazy_regex(
    rf"^(?:[A-ZÆØÅ][\w-]*\s+){{0,2}}?(?:[\wæøå-]*{_BODY_NOUN}|møtet)\s+"
    r"(?:(?:samlet|samla|enstemmig|samrøystes)\s+)?(?:støttet|støtta)\s+"
    r"(?:forslaget|framlegget)\b", re.I)


_PAST_AUXILIARIES = frozenset(("ble", "vart", "blei"))
_CLAUSE_PRONOUNS = frozenset(("det", "den", "dei", "de", "han", "ho", "hun", "dette"))
_SUBORDINATORS = frozenset(("slik", "sånn", "da", "når", "fordi", "at", "som", "hvordan",
                            "korleis", "etter", "før"))


def _past_in_main_clause(lowered: str) -> bool:
    """Whether "ble"/"vart"/"blei" stands in the sentence's main clause ("Saken ble
    utsatt.", "Det ble vedtatt å …"), not only in a clause hung on a proposal written in
    the present: "Styret godkjenner budsjettet slik det ble lagt fram.", "… planen som
    vart presentert." tell how the proposal came, not what became of the case."""
    words = lowered.split()
    for at, word in enumerate(words):
        if at and word in _PAST_AUXILIARIES:
            before = words[at - 1].strip(",")
            if before == "som" or (before in _CLAUSE_PRONOUNS and at > 1 and
                                   words[at - 2].strip(",") in _SUBORDINATORS):
                continue
            return True
    return False


def _decide_listed_change(text: str, decisions: list[str], actions: list[Action],
                          due_date: Callable[[str], str | None]) -> None:
    """A listed change under "… vedtatt med disse endringene:" as decisions, and the
    sentences among them that assign a task also as actions (as in a vedtak block)."""
    for sentence in sentences(text):
        decisions.append(sentence)
        if _is_action(sentence, sentence.lower()):
            actions.append(make_action(sentence, due_date))


# The vote alone after a proposal's label: "samrøystes vedteke.", "Enstemmig vedtatt."
_ADOPTION_VOTE = lazy_regex(r"(?:(?:enstemmig|einstemmig|samrøystes)\s+)?"
                            r"(?:vedtatt|vedteke|vedteken|godkjent|godkjend|tiltrådt|tiltrådd)"
                            r"(?:\s+(?:enstemmig|einstemmig|samrøystes))?\s*\.?|"
                            r"(?:enstemmig|einstemmig|samrøystes)\s*\.?", re.I)


def _vote_alone(rest: str | None) -> bool:
    """Whether all a proposal's label has after its colon is the vote that adopted it
    ("Innstilling frå arbeidsutvalet med tillegg: samrøystes vedteke."): the line then
    records the outcome, as "Innstillinga vart samrøystes vedteken." does, and no
    proposal's text follows it (the lines under it are what was added)."""
    return bool(rest) and _ADOPTION_VOTE.fullmatch(rest.strip()) is not None


# A proposal of statutes or standing rules, by its label: "Forslag til nye vedtekter:",
# "Framlegg til endra reglar:", "Forslag til husordensregler:" – the adopted points are
# rules for everyone, not follow-ups ("Husdyrhold skal meldes til styret.")
_RULES_TEXT = lazy_regex(r"vedtekt|reglement|regler\b|reglar\b|retningslin|husorden|"
                         r"ordensregl|§", re.I)  # ("Forslag til ny § 2:": a statute's)


# Where an added point goes, before its words: "Nytt punkt 3: Regionkoordinator utarbeider
# …", "Nytt kulepunkt: …", nynorsk "Nytt punkt 4 – …" (the place in the vedtak, as its
# list number is, and no part of the sentence the vedtak block then repeats)
_POINT_PLACE = (r"^(?:nytt|nye|ny)\s+(?:punkt|kulepunkt|strekpunkt|avsnitt|pkt\.?)"
                r"(?:\s*\d{1,2}[a-z]?\.?)?")
_NEW_POINT = lazy_regex(_POINT_PLACE + r"\s*[:–-]\s*(?=\S)", re.I)
# ("Nytt punkt 3:" on its own line, the words under it)
_NEW_POINT_ALONE = lazy_regex(_POINT_PLACE + r"\s*:?$", re.I)


def _whole_sentences(words: list[str]) -> list[str]:
    """An adopted amendment's sentences without the pieces of wording it splices into the
    proposal ("endringsforslag til punkt 1: «… med de endringer som kom fram i møtet.»"):
    a piece opened by an ellipsis is no sentence of its own; the vedtak as changed is. An
    added point's place ("Nytt punkt 3:") is left off its sentence, and so are the quotes
    the whole amendment stands in (see ``_unquoted``)."""
    return [_NEW_POINT.sub("", sentence, count=1) if sentence[:1] in "Nn" else sentence
            for sentence in _unquoted(words) if not sentence.startswith(("…", "...")) and
            not (sentence[:1] in "Nn" and _NEW_POINT_ALONE.match(sentence))]


def _stop_inside_quote(text: str) -> str:
    """A quotation's last stop put inside its closing mark, where the marks set the words
    apart: '"… innen 2024".' and «… innen 2024». end as '"… innen 2024."' and «… innen
    2024.» do, so one test finds the whole text quoted and the sentence keeps its stop."""
    if len(text) > 2 and text[-1] in ".!?" and text[-2] in _QUOTES:
        return text[:-2] + text[-1] + text[-2]
    return text


def _unquoted(words: list[str]) -> list[str]:
    """A proposal's sentences without the quotes its whole text is set in, on the lines
    under its label ("X fremmet følgende forslag:" / "«Rådet ber om … innen 1. mai.»"):
    the marks open its first sentence and close its last, and are no part of either; the
    vedtak that repeats the words writes them bare, so one copy of each is read. The
    closing mark may stand before the last stop ("«… innen 1. mai».", '"… innen 2024".'),
    which stays the sentence's."""
    if not words or words[0][:1] not in _QUOTES:
        return words  # (most amendments are written bare)
    words = [*words[:-1], _stop_inside_quote(words[-1])]
    if words[-1][-1:] not in _QUOTES:
        return words
    inner = " ".join(words)[1:-1]
    if len(inner) < 2 or any(mark in inner for mark in _QUOTES):
        return words  # (a quote inside: the marks may be a title's, not the whole text's)
    if len(words) == 1:
        return [inner.strip()]
    return [words[0][1:].lstrip(), *words[1:-1], words[-1][:-1].rstrip()]


# A vote adopting the innstilling with changes made in the meeting: "Innstillinga med Li
# sitt framlegg vart vedteken", "Innstillingen med Haugs tillegg ble enstemmig vedtatt",
# "… med tilleggsforslaget", "… med de endringer som kom fram".
_VOTE_WITH_CHANGES = lazy_regex(
    r"\bmed\s+(?:[\wæøå-]+\s+){0,3}?(?:\w*forslag\w*|\w*framlegg\w*|tillegg\w*|"
    r"endring\w*)\b", re.I)


def _task_in_change(vote: str, due_date: Callable[[str], str | None]) -> Action | None:
    """The task the change itself assigns when the vote writes it after a colon
    ("Innstillingen ble vedtatt med følgende endring: Prosjektet forlenges, og
    kommunalsjefene legger fram en plan innen 1. mars."): the change is part of what was
    decided, and a follow-up in it is one as in a vedtak block; the vote's own words are
    not, so the task is the change's words alone. Only a task with an owner: a change
    often rewords what a text is to say ("Uttalelsen skal også be om at …"), which has
    a task's form but asks nobody to do anything."""
    _, colon, change = vote.partition(": ")
    if not colon or not change[:1].isupper():
        return None
    task = _vedtak_task(change, change.lower(), due_date)
    return task if task is not None and task.responsible else None


# A change that sets a new value for what the proposal named: "Rammen reduseres til kr 12
# 300 000", "Fristen endres til 1. mai", nynorsk "Summen vert auka til …" – the thing
# changed by its (definite) noun first, a verb of changing, then "til".
_SETS_NEW_VALUE = lazy_regex(r"^(?P<noun>[A-ZÆØÅ][a-zæøå]{3,})\s+(?:endres|reduseres|økes|"
                             r"heves|senkes|justeres|settes|endrast|reduserast|aukast|"
                             r"(?:blir|vert)\s+(?:endret|endra|redusert|økt|auka|justert))\s+til\b")


def _drop_replaced(proposal: list[str], vote: str, decisions: list[str],
                   actions: list[Action]) -> None:
    """Take back the proposal's sentence a change adopted with it gives a new value
    ("Budsjettet vedtas med en ramme på kr 12 480 000." under "Innstillingen ble vedtatt
    med følgende endring: Rammen reduseres til kr 12 300 000."): that sentence was not
    what was decided, the change is; the proposal's other sentences stand."""
    change = vote.partition(": ")[2]
    if not change or (found := _SETS_NEW_VALUE.match(change)) is None:
        return
    noun = found.group("noun").casefold()
    stem = noun[:max(4, len(noun) - 2)]  # "rammen" → "ramm", "fristen" → "frist"
    replaced = [s for s in proposal if stem in s.casefold()]
    if len(replaced) != 1:
        return  # none, or several the change might mean: all stand as adopted
    decisions[:] = [d for d in decisions if d != replaced[0]]
    actions[:] = [a for a in actions if a.text != replaced[0]]


def _drop_superseded(proposal: list[str], decisions: list[str], actions: list[Action]) -> None:
    """Take back an innstilling adopted with changes once a vedtak block follows the vote:
    the block writes the text as changed ("Vedtak: Rådet vedtek budsjettet med auka ramme
    til kultur."), and the innstilling's own words ("… slik det ligg føre") were not what
    was decided. Its sentences the vedtak repeats are read again from the block."""
    dropped = set(proposal)
    decisions[:] = [d for d in decisions if d not in dropped]
    actions[:] = [a for a in actions if a.text not in dropped]


def _drop_unrepeated(proposal: list[str], start: int, decisions: list[str],
                     actions: list[Action]) -> None:
    """Take back the sentences of a proposal adopted by a plain vote ("Votering: Enstemmig
    vedtatt.") that the vedtak block written after the vote does not repeat.

    Why: a case system writes the body's vedtak under the vote, and that block is what was
    decided; a proposal the meeting replaced ("Forslag til vedtak: X." / "Votering:
    Enstemmig vedtatt." / "Vedtak: Saken utsettes.") or amended in the talk is not. The
    sentences the block repeats stay where the proposal put them. A block of only a vote
    ("Vedtak: Enstemmig.") writes nothing of its own and takes nothing back."""
    block = decisions[start:]
    if not any(not _is_bare_verdict(d) for d in block):
        return
    kept = set(block)
    dropped = {s for s in proposal if s not in kept}
    if dropped:
        decisions[:start] = [d for d in decisions[:start] if d not in dropped]
        actions[:] = [a for a in actions if a.text not in dropped]


def _adopt_innstilling(proposal: list[str], decisions: list[str], actions: list[Action],
                       due_date: Callable[[str], str | None], rules_proposed: bool,
                       last: str, ends: tuple[int, int]) -> str:
    """``_adopt`` for the vote on an innstilling, as every form of that vote does it; gives
    the sentence an owner line under the vote follows up from now on.

    Why one place: proposed statutes or rules ("Forslag til vedtekter:") are adopted as
    decisions but assign no task, and their owner line keeps the earlier sentence.

    ``ends``: how many decisions, and actions, stood when the proposal's words ended; the
    adopted words go there, in the text's order, before the outcomes read between them
    and this vote ("Framlegg til vedtak: 1. … 2. …" / "Framlegget frå Terje Sunde fall." /
    "Framlegg til vedtak vart vedteke."), and the tasks they give before a task written
    between them and the vote ("Sekretariatet sender planen til kommunene.")."""
    adopted = _adopt(proposal, decisions, [] if rules_proposed else actions, due_date, ends)
    return last if rules_proposed else adopted or last


def _adopt(proposal: list[str], decisions: list[str], actions: list[Action],
           due_date: Callable[[str], str | None],
           ends: tuple[int, int] | None = None) -> str:
    """An adopted innstilling's sentences as decisions, and those that assign a task also
    as actions ("2. Sekretariatet sender uttalelsen innen 1. april." under "Forslag til
    vedtak:", then "Innstillingen ble enstemmig vedtatt."), as in a vedtak block.

    Returns the proposal's last sentence: what an "Ansvar: dagleg leiar. Frist: 15.2."
    line right under the vote owns, as the vote adopted those words (the vote itself,
    "Framlegget vart samrøystes vedteke.", names no task, and the case's talk above the
    proposal, "Kari Holm orienterte.", is not what the owner line follows up).

    A proposal that recommends another body's vedtak ("Kontrollutvalet rår kommunestyret
    til å gjere slikt vedtak:") gives no task in the points under its lead, as in a
    vedtak block: they wait for that body.

    ``ends``: where among the decisions and the actions the proposal's words stood in the
    text (see ``_adopt_innstilling``); None, or none read since, puts them last."""
    if ends is not None and ends[0] < len(decisions):
        # (s75a) where the text has it, before later outcomes
        decisions[ends[0]:ends[0]] = proposal
    else:
        decisions.extend(proposal)
    before = len(actions)
    prior = ""
    advised = False  # (under a lead of a recommendation to another body)
    for sentence in proposal:
        lowered = sentence.lower()
        if sentence[-1:] == ":" and _recommends_to_another(lowered):
            advised = True
        elif not advised and not (
                actions and _dates_task_before(sentence, lowered, prior, actions, due_date)) \
                and _is_action(sentence, lowered):
            # ("Kommunedirektørene legger fram saken. Dette skal skje innen 1. mars.": the
            # second sentence dates the task, as in a vedtak block)
            actions.append(make_action(sentence, due_date))
        prior = sentence
    if ends is not None and ends[1] < before < len(actions):
        # (s76a) its tasks too, before a task written after its words ("Forslag til
        # vedtak: … 2. Rådmannen utreder …" / "Sekretariatet sender …" / "Enstemmig
        # vedtatt.")
        adopted = actions[before:]
        del actions[before:]
        actions[ends[1]:ends[1]] = adopted
    return proposal[-1] if proposal else ""


# A follow-up point reported done ("Brev til ordføraren er sendt.", "Søknad levert –
# utført."): a status from the list of earlier tasks, no task of this meeting.
_DONE = lazy_regex(r"\b(?:er|ble|vart|blei|har\s+blitt|har\s+vorte)\s+(?:no\s+|nå\s+|"
                   r"allerede\s+|alt\s+|blitt\s+)?(?:sendt|gjennomført|gjennomførd|"
                   r"utført|levert|ordnet|ordna|gjort|fullført|avklart|avklara|betalt|bestilt|"
                   r"laget|laga|lagd|utarbeidet|utarbeidd|skrevet|skrive|oppretta|opprettet|"
                   r"publisert|ferdig|på\s+plass|i\s+orden|delt)\b|"
                   r"(?:^|[–:-]\s*)(?:utført|ferdig|gjennomført|levert)\s*[.!]?$|"
                   # a follow-up list's status after the task's name, with the day it was
                   # done and who did it: "Søknad om tilskot: sendt 20. januar (Kari Holm).",
                   # "Brev til kommunen – levert 3.2."
                   r"(?:[:–]|\s-)\s*(?:sendt|utført|ferdig|gjennomført|gjennomførd|levert|"
                   r"gjort|bestilt|betalt|publisert)\s+(?:den\s+)?\d{1,2}\.\s*(?:[a-zæøå]+|"
                   r"\d{1,2}\.?(?:\d{2,4})?)(?:\s*\([^()]{1,40}\))?\s*[.!]?$")
_has_done_word = contains_any(("sendt", "gjennomfør", "utført", "levert", "ordn", "gjort",
                               "laget", "laga", "lagd", "utarbeid", "skrev", "oppretta",
                               "fullført", "avklar", "betalt", "bestilt", "publisert", "ferdig",
                               "på plass", "i orden", "delt"))


# A lead over the bullets of what was said: "Innspill fra gruppen:", "Innspel frå
# deltakarane:", "Kommentarer:", "Spørsmål og innspill:", "Tilbakemeldinger fra salen:".
# ("Innspill til regional plan:" names a case, not the talk.)
VIEWS_LEAD = lazy_regex(r"(?:innspill|innspel|kommentar(?:er|ar)?|synspunkt(?:er)?|"
                        r"spørsmål|tilbakemelding(?:er|ar)?|refleksjon(?:er|ar)?|"
                        r"momenter|moment)(?:\s+(?:og|fra|frå)\s+[^:.!?()]{1,40})?"
                        # (with an aside on their order: "Innspill fra gruppen (i ingen
                        # bestemt rekkefølge):")
                        r"(?:\s*\([^():]{1,40}\))?:$|"
                        # the talk's own label over its points: "Drøfting:", "Diskusjon:"
                        # (not "Drøfting og konklusjon:", which labels what was concluded)
                        rf"{_TALK_WORD}\s*:$", re.I)
VIEWS_INITIALS = frozenset("IiKkSsTtRrMmDd")
# The same lead naming whose views they are, with the views after it on its line:
# "Innspel frå Bane NOR: Planavgrensinga må …", "Innspill fra NVE: …".
_NAMED_VIEWS = lazy_regex(r"(?:innspill|innspel)\s+(?:fra|frå)\s+[^:.!?()]{1,40}:\s", re.I)
# The labels of what a meeting made of the views, not one more speaker's (``_speaker_line``).
_SUMMING_UP = ("oppsummering", "konklusjon", "vidare", "videre", "oppfølging", "oppfølgjing",
               "vedtak", "tilråding", "anbefaling", "råd ")


def _own_dated_errand(sentence: str, lowered: str) -> bool:
    """Whether a sentence among the views given is a speaker's own errand with a date, no
    view: "- Fiskeridirektoratet: Gyteområda må avsetjast. Direktoratet sender kart innan
    1. juni." (its subject names who sends, and by when; no speaker's label before it)."""
    return ": " not in sentence and _has_deadline_word(lowered) and \
        responsible_of(sentence) is not None


def _speaker_line(text: str, spoke: str | bool, speaker: str = "") -> str:
    """How a line goes on under a lead of views ("Innspel frå sektormyndigheitene:"), each
    speaker's words not in a list: "lead" for a speaker's label of its own ("NVE:",
    "Fylkeskommunen, kulturarv:"), "said" for a line of views after its label ("NVE: Flaum
    må greiast ut.", or the paragraph under a label of its own, or a line of the last
    ``speaker`` under its own name: "Statens vegvesen: …" / "Statens vegvesen sender uttale
    innan 1. mars."); "" when the views are over ("Konklusjon frå planforum:", a sentence
    with no speaker)."""
    if text[:1].islower() or text.casefold().startswith(_SUMMING_UP):
        return ""
    lead, colon, rest = text.partition(":")
    if not colon or len(lead) > 40 or len(lead.split()) > 4 or not lead[:1].isupper() or \
            lead[-1:] in ".!?" or _decision_label(text):
        if colon == "" and (spoke == "lead" or (speaker and text.startswith(f"{speaker} "))):
            return "said"
        return ""
    return "said" if rest.strip() else "lead"
# A lead that tells what was brought up in the talk: "I drøftingen ble følgende trukket
# fram:", "Følgende momenter kom fram i diskusjonen:", "Desse punkta vart peikte på:".
_RAISED_LEAD = lazy_regex(r"\b(?:trukket|trekt|trekte|dratt)\s+(?:fram|frem)\b|"
                          r"\bkom\s+(?:fram|frem)\b(?!\s+til)|"
                          r"\b(?:pekt|peikt|peikte|peika)\s+på\b|"
                          # a round where each member told its own news: "Deretter var det en
                          # runde der kommunene delte erfaringer:", nynorsk "… ein runde der
                          # fylka delte erfaringar:" (each entry is one member's report, as
                          # under "Runden", no task given at the meeting)
                          r"\b(?:en|ein)\s+runde\b|"
                          r"\b(?:delte|delt|utvekslet|utveksla)\s+(?:sine\s+)?erfaring(?:er|ar)\b",
                          re.I)
# A lead that introduces what was agreed to be done: "Følgende ble avtalt:", "Det vart
# semje om at:", "Vi ble enige om følgende:". (Not a list's order: "Innspill fra gruppen (i
# ingen bestemt rekkefølge):" leads the views given, no matter agreed.)
_AGREED_LEAD = lazy_regex(r"\b(?:avtalt|avtala|enige|einige|enighet|semje|samde|"
                          r"bestemt(?!\s+(?:rekkefølge|rekkjefølgje|orden))|"
                          r"besluttet|gjøres|gjerast|følges\s+opp|følgjast\s+opp)\b", re.I)


# A task not done yet (searched lower-cased): "Dette er ikke gjort ennå", nynorsk "Det
# er ikkje ferdig enno", "Dette gjenstår".
_NOT_YET = lazy_regex(r"\b(?:ikke|ikkje)\s+(?:\w+\s+)?(?:gjort|gjorde|ferdig|sendt|utført|"
                      r"levert|avklart|avklara|ordnet|ordna|klart?|laget|laga|lagd|kommet|"
                      r"kome|starta|startet|gjennomført)\b|\b(?:gjenstår|står\s+att)\b")


_PAST_PLAN = lazy_regex(r"\bskulle\b", re.I)  # "Kari skulle lage oversikt."


def _reports_on_task_before(sentence: str, lowered: str, prior: str,
                            actions: list[Action]) -> bool:
    """Whether a sentence pointing back ("Den er laget og sendt ut.", "Dette er ikke gjort
    ennå, og følges opp til neste møte.") tells the state of the task read from the
    sentence before, and so is no task of its own. A plan told in the past ("Kari skulle
    lage oversikt.") that the next sentence reports done is no open task: it is dropped.
    A task reported not done yet stays open, with the owner the sentence before names."""
    if not prior or not actions or actions[-1].text != task_text(prior):
        return False
    if _NOT_YET.search(lowered):
        return True
    if _has_done_word(lowered) and _DONE.search(lowered) and (
            _PAST_PLAN.search(prior) or _DONE_ALONE.match(lowered)):
        actions.pop()
        return True
    return False


# A bare report that the task just written is done, nothing else said (searched
# lower-cased): "Hanne sender referatet. Det er gjort.", "… Dette er allerede utført.",
# or the word alone ("Gjort.", "Utført!"). Whatever the tense of the task, it was done
# by the time the minutes were written: no open follow-up.
_DONE_ALONE = lazy_regex(r"^(?:(?:det|dette|den|denne|alt)\s+(?:er|ble|vart|blei)\s+"
                         r"(?:no\s+|nå\s+|allerede\s+|alt\s+|også\s+|og\s+)?)?"
                         r"(?:gjort|utført|ferdig|levert|sendt|ordnet|ordna|gjennomført|"
                         r"fullført|bestilt|betalt)\s*[.!]?$")
_may_be_done_alone = starts_with_any("guflsob")  # the bare word's first letters


def _done_right_after(lowered: str, prior: str, actions: list[Action]) -> bool:
    """Whether a lone done word ("Gjort.", "Utført.") reports the task read from the
    sentence before done; that task is then dropped (see ``_DONE_ALONE``)."""
    if not prior or not actions or actions[-1].text != task_text(prior) or \
            not _may_be_done_alone(lowered) or not _DONE_ALONE.match(lowered):
        return False
    actions.pop()
    return True


# The words that point back to the task before: "Dette må gjøres før 1. mars."
_POINTING_BACK = ("dette ", "det ", "denne ", "den ", "disse ", "desse ", "alt ")


# The words between "Det" and the deadline of a sentence that only says when the task
# before is due ("Det må gjøres før 1. mars.", "Det skal være klart innen 1. mai.", "Det
# må sendes inn innen 1. mai."): modals, "be done" and "ready" words, a passive without
# an object. A word outside them is what the sentence itself is about: "Det vert laga ei
# oversikt …", "Det lages en plan …" is an impersonal task of its own.
_BACK_WORDS = frozenset(("må", "skal", "bør", "vil", "være", "vere", "bli", "blir", "vert",
                         "verte", "gjort", "klart", "klar", "ferdig", "ferdigstilt", "skje",
                         "ordnet", "ordna", "på", "plass", "inn", "inne", "ut", "levert", "sendt",
                         "også", "òg", "helst", "ha", "vært", "vore", "foreligge",
                         "foreliggje", "ligge", "liggje", "føre",
                         # laid before the body: "Planen skal leggjast fram innan 15. januar."
                         "fram", "frem"))
_BACK_DEADLINE_WORDS = frozenset(("frist", "innen", "innan", "senest", "seinast", "før", "til"))


def _refers_back(lowered: str) -> bool:
    """Whether a sentence opening with "det" only sets the deadline of the task before it
    (every word before its deadline word is one of ``_BACK_WORDS`` or a passive verb)."""
    for word in lowered.split()[1:]:
        if word in _BACK_DEADLINE_WORDS:
            return True
        if word not in _BACK_WORDS and not word.endswith(("es", "ast")):
            return False
    return False


# A sentence that names the deadline itself: "Fristen er 1. mars.", "Fristen blir 15. mai.",
# "Fristen settes til 1. juni." – the deadline of the task before, never a task.
_DEADLINE_IS = ("fristen er ", "fristen blir ", "fristen vert ", "fristen settes ",
                "fristen setjast ", "fristen skal vere ", "fristen skal være ")


def _dates_task_before(sentence: str, lowered: str, prior: str, actions: list[Action],
                       due_date: Callable[[str], str | None]) -> bool:
    """Whether a sentence of a vedtak or an adopted innstilling only gives the task before
    it its deadline ("Dette skal skje innen 1. mars.", "Fristen er 1. mars.", "Planen skal
    være klar til 1. mai."), and if so date that task: the guide takes ``due`` from the
    next sentence when it refers back, and such a sentence is no second task."""
    if lowered.startswith(_DEADLINE_IS) or (
            lowered[:1] in "ft" and actions and _deadline_of_the_task(lowered, actions[-1].text)):
        if not (actions and actions[-1].due is None and actions[-1].text == task_text(prior)):
            return False
        due = due_date(sentence)
        if due is not None:
            actions[-1].due = due
        return due is not None
    return (lowered.startswith(_POINTING_BACK) or
            _thing_of_task_before(sentence, lowered, prior, actions)) and \
        _deadline_of_task_before(sentence, lowered, prior, actions, due_date)


def _dated_by_next_task(sentence: str, prior: str, actions: list[Action], due: str) -> None:
    """Give the undated task of the sentence before the date of a task that goes on with
    the thing it makes, by its definite noun ("Rådet gir sekretariatet i oppdrag å lage en
    strategi. Strategien legges fram for rådet innen utgangen av 2026."): the guide takes
    ``due`` from the task's own sentence or the next one, and the next one is then a task
    of its own too (presenting is another step than making)."""
    last = actions[-1]
    if last.due is not None or last.text != task_text(prior):
        return
    first = sentence.split(maxsplit=1)[0]
    noun = first.casefold()
    if not first[:1].isupper() or len(noun) < 5 or not noun.endswith(_DEFINITE_ENDINGS) or \
            "frist" in noun or noun in _POINTERS:
        return
    stem = next(noun[:-len(end)] for end in _DEFINITE_ENDINGS_LONGEST if noun.endswith(end))
    # the thing the task makes, after its subject (not the body that gives the task,
    # "Regionrådet ber …", nor the first part of a compound: "prosjekteigar" is no
    # "prosjektet"): the noun's own word, or the last part of a compound ("næringsstrategi")
    objects = re.findall(r"\w+", last.text.casefold())[1:]
    if any(word in (noun, stem, f"{stem}e", f"{stem}er") or
           (len(stem) >= 5 and word.endswith(stem)) for word in objects):
        last.due = due


def _only_dates_last_task(sentence: str, actions: list[Action],
                          due_date: Callable[[str], str | None]) -> bool:
    """Whether a sentence only gave the last task the deadline it has, pointing back to
    it ("Vedtak: Styret ber PP-leiar leggje fram ein plan. / Planen skal leggjast fram
    innan 15. januar. Samrøystes."): the vote after it adopts that task, no second one."""
    if not actions or actions[-1].due is None:
        return False
    lowered = sentence.lower()
    first = lowered.split(maxsplit=1)[0] if lowered.strip() else ""
    points = lowered.startswith(_POINTING_BACK) or (
        len(first) >= 5 and first.endswith(_DEFINITE_ENDINGS) and
        _names_thing(first, actions[-1].text.casefold()))
    return points and _refers_back(lowered) and due_date(sentence) == actions[-1].due


def _deadline_of_the_task(lowered: str, task: str) -> bool:
    """Whether a sentence names the deadline of the thing the task before makes, as "Fristen
    er …" does: "Fristen for evalueringen er 1. april." after "… ber prosjektleder legge
    fram en evaluering", "Frist for dette er 1. mai." (not "Frist for innspill til planen
    er 20. mai." after "Kart oppdateres.": another thing's, see ``_deadline_of_another``)."""
    named = _DEADLINE_FOR.match(lowered)
    return named is not None and _DEADLINE_VERB.match(lowered, named.end()) is not None and \
        not _deadline_of_another(lowered, task)


# The verb after "Fristen for X": "… er 1. april", "… blir", "… vert", "… settes til".
_DEADLINE_VERB = lazy_regex(r"\s+(?:er|blir|vert|settes|setjast|skal\s+vere|skal\s+være)\s")


def _deadline_of_task_before(sentence: str, lowered: str, prior: str, actions: list[Action],
                             due_date: Callable[[str], str | None]) -> bool:
    """Give the task before its deadline when this sentence only points back to it with one
    ("Dette må gjøres før 1. mars."): that is no second task. True if it did. The caller
    has seen that ``lowered`` starts pointing back (few sentences do: no call for the rest)."""
    if not (actions and _has_deadline_word(lowered) and actions[-1].text == task_text(prior)):
        return False
    if (lowered.startswith("det ") or not lowered.startswith(_POINTING_BACK)) and \
            not _refers_back(lowered):
        return False  # "Det vert laga ei oversikt innan 12. april.": a task of its own
    due = due_date(sentence)
    if due is None:
        return False
    if actions[-1].due is None:
        actions[-1].due = due
        return True
    # (a vedtak's task already took this date from the sentence after it: the same task)
    return actions[-1].due == due


# A sentence that only says when the task before is done, with or without a date: "Dette
# gjøres etter møtet.", "Det gjøres innen fredag.", "Dette skal skje så snart som mulig.",
# nynorsk "Det vert gjort i løpet av neste veke.": the passive "be done" with nothing of its
# own, then a time phrase. It continues that task (and dates it when it names a date).
_WHEN_TASK_BEFORE = lazy_regex(
    r"^(?:dette|det|den|denne|disse|desse|alt)\s+(?:(?:må|skal|bør|vil|kan)\s+)?"
    r"(?:(?:blir|bli|vert|verte)\s+(?:gjort|ordnet|ordna|fulgt\s+opp|følgt\s+opp)|"
    r"gjøres|gjerast|gjørast|ordnes|skje|skjer|følges\s+opp|følgjast\s+opp)\s+"
    r"(?:etter|innen|innan|før|til|senest|seinast|snarest|straks|umiddelbart|fortløpende|"
    r"fortløpande|så\s+snart|så\s+fort|i\s+løpet|i\s+dag|i\s+morgen|i\s+morgon|i\s+uke|"
    r"i\s+veke|i\s+neste|neste|denne|på\s+(?:mandag|tirsdag|onsdag|torsdag|fredag|måndag|"
    r"tysdag|laurdag)|(?:mandag|tirsdag|onsdag|torsdag|fredag|måndag|tysdag)\b)")


def _when_of_task_before(sentence: str, lowered: str, prior: str, actions: list[Action],
                         due_date: Callable[[str], str | None]) -> bool:
    """Whether a sentence only tells when the task before is done ("Kari bestiller
    container. Dette gjøres etter møtet."): no task of its own; a date in it becomes the
    task's deadline when it has none. The caller has seen ``lowered`` point back."""
    if not (actions and actions[-1].text == task_text(prior) and
            _WHEN_TASK_BEFORE.match(lowered)):
        return False
    if actions[-1].due is None:
        actions[-1].due = due_date(sentence)
    return True


_ARROWS = frozenset("→➔⇒")  # ("➢" and "►" are as often a plain bullet)
# The first characters of a line that opens with an arrow, one of ``_ARROWS`` or the
# typed "->" / "–>" / "=>": a line starting with none of them needs no arrow test at all.
_TYPED_ARROW_STARTS = ("->", "–>", "=>")
_ARROW_STARTS = _ARROWS | frozenset("-–=")


def _decided_then_task(sentence: str) -> tuple[str, str] | None:
    """A decision and, after a comma, who does what follows from it: "Referatet underskrevet
    og godkjent, Marit arkiverer." is the decision and Marit's task."""
    head, _comma, tail = sentence.partition(", ")
    if not tail[:1].isupper() or not is_decision(head) or not is_action(tail):
        return None
    return head, tail


def _vedtak_task(sentence: str, lowered: str,
                 due_date: Callable[[str], str | None]) -> Action | None:
    """The task a vedtak's sentence assigns: the sentence itself, or its clause after
    ", og" ("Planen godkjennes, og sekretariatet sender den …": both, the task's owner and
    date from its clause, its text the sentence, the owner as written there:
    "sekretariatet", lower case). None when it assigns none."""
    if _is_action(sentence, lowered) or ("ansvar" in lowered and _person_charged(sentence)) \
            or ((" bed" in lowered or "oppmod" in lowered)
                and _asked_in_vedtak(sentence, lowered)):
        return make_action(sentence, due_date)
    if ", og " not in sentence or (clause := _task_after_og(sentence)) is None:
        return None
    task = make_action(clause, due_date)
    if task.responsible and clause.startswith(task.responsible):
        task.responsible = sentence.rpartition(", og ")[2][:len(task.responsible)]
    task.text = task_text(sentence)
    return task


def _task_after_og(sentence: str) -> str | None:
    """The task a vedtak's sentence gives in a clause of its own after ", og", with the
    clause's first letter raised ("Planen godkjennes, og sekretariatet sender den til
    kommunene innen 1. mai." → "Sekretariatet sender den …"): the decision and the task
    joined in one sentence, as a second sentence would give them apart (nynorsk "Planen
    vert godkjend, og sekretariatet sender han …" the same). None when the sentence has
    no such clause or the clause is no task ("…, og har ikke vært endret siden.")."""
    head, _og, tail = sentence.rpartition(", og ")
    if not head or not tail[:1].islower():
        return None
    clause = tail[:1].upper() + tail[1:]
    return clause if _is_action(clause, clause.lower()) else None


# The task first, then who takes it on: "…, Oddleiv avklarer dette.", "…, Rigmor kontaktar dei."
_OWNER_AFTER_COMMA = lazy_regex(r",\s+(?P<who>[A-ZÆØÅ][\w-]+(?:\s+[A-ZÆØÅ][\w-]+)?)\s+"
                                r"(?P<verb>[a-zæøå]+)\s+(?:dette|det|dei|dem|den|disse|desse)"
                                r"\s*[.!]?$")


_OBJECT_PRONOUNS = (" dette", " det", " dei", " dem", " den", " disse", " desse")


def _owner_after_comma(sentence: str) -> str | None:
    """Who a short clause after the task's comma names, with a task verb."""
    if not sentence.rstrip(" .!").endswith(_OBJECT_PRONOUNS):
        return None  # most sentences leave here, before the pattern
    found = _OWNER_AFTER_COMMA.search(sentence)
    if found is None or found.group("verb") not in _TASK_FIRST_WORDS or \
            found.group("who").split()[0].casefold() in _PRONOUN_SUBJECTS:
        return None
    return found.group("who")


# Who takes the task on, in brackets after it: "Dugnad 12. mai (Per ordner)", "Ny
# nøkkel til boden (Kari og Ola følger opp)", "(Anne tar kontakt med maler)": names, then
# a task verb and at most a short object, in lower case.
_OWNER_DOING_IN_BRACKETS = lazy_regex(r"\((?P<who>[A-ZÆØÅ][\w-]*(?:\s+(?:og\s+)?[A-ZÆØÅ][\w-]*)"
                                      r"{0,2})\s+(?P<verb>[a-zæøå]+(?:\s+[a-zæøå]+){0,4})\)\W*$")
_TASK_VERB_SET = frozenset((*_TASK_VERBS, "står for"))


def _owner_doing_in_brackets(sentence: str) -> str | None:
    """Who the closing brackets name as doing the task ("… (Per ordner)"), with a task
    verb of the list and a short object at most: a club's minutes write the doer so after
    an entry of "Eventuelt" or of a task list. Not a pronoun ("(Vi sjekker)") and not a verb outside
    the list ("(Per var enig)": a remark, no errand)."""
    if not sentence.rstrip(" .!").endswith(")"):
        return None  # most sentences leave here, before the pattern
    found = _OWNER_DOING_IN_BRACKETS.search(sentence)
    if found is None or found.group("who").split()[0].casefold() in _PRONOUN_SUBJECTS:
        return None
    words = found.group("verb").split()
    if not any(" ".join(words[:n]) in _TASK_VERB_SET for n in (1, 2, 3)):
        return None
    return found.group("who")


# A task list's ticked box at a line's start: Markdown's "[x]" (an HTML page's checked
# box reads so too), and the ticked marks of a Word or PDF list ("☑", "☒", "✅").
_TICKED_TASK_BOX = ("[x]", "[X]", "☑", "☒", "✅")


def _own_by_label(task: Action, owner: str, due_date: Callable[[str], str | None]) -> None:
    """Give a task the owner and deadline its label's brackets name ("Aksjon (WR, frist
    15.05): Gå gjennom rutinen."): the label is where the minutes say who does it, so it
    wins over a guess from the task's words; its deadline only when the task has none.
    Brackets that name no one ("Aksjon (viktig):") leave the task as it is."""
    who, _sep, when = owner.partition(",")
    who = who.strip()
    if _owner_only(who) or _INITIALS.fullmatch(who):
        task.responsible = who
    if when.strip() and task.due is None:
        task.due = due_date(f"frist {when.strip().removeprefix('frist').strip()}")


def _due_after_meeting(sentence: str, due_date: Callable[[str], str | None],
                       meeting: str | None) -> bool:
    """Whether a task's own sentence sets a due date after the meeting's day ("- [x] Tor
    deler rutinen 📅 2026-03-20" from a meeting on 12 March): a task given at the meeting,
    whatever its box says when the page is read later."""
    if meeting is None or not any(ch.isdigit() for ch in sentence):
        return False
    due = due_date(sentence)
    return due is not None and due > meeting


def _ticked_task_box(text: str) -> bool:
    """Whether a list entry opens with a ticked box: the task is done, no follow-up
    after the meeting (as "- [ ]" marks one still open)."""
    return text.startswith(_TICKED_TASK_BOX) or text[2:5] in ("[x]", "[X]")


# The name before the verb of an open task box ("- [ ] @Ola Berg registrerer resten"):
# capitalised words, then a verb in the present ("-er", nynorsk "-ar", or one of the
# short ones: "gjør", "går", "får", "gir", "tar", "ser"); two such names joined by "og"
# share the task ("- Camilla og Jomar tilpasser malen").
_TASK_BOX_NAME = r"(?-i:[A-ZÆØÅ])[\w-]+(?: (?-i:[A-ZÆØÅ])[\w-]+){0,2}"
_TASK_BOX_OWNER = lazy_regex(rf"({_TASK_BOX_NAME}(?: og {_TASK_BOX_NAME})?) "
                             r"(?:(?-i:[a-zæøå])\w+(?:er|ar)|gjør|går|får|gir|gjev|tar|ser)\b")


def _task_box_owner(task: str) -> str | None:
    """Who a task list's open box names as doing the task: the subject before a verb in
    the present, as a note app's "@Ola Berg" mention puts it first, whatever the verb
    (the box says it is a task). Not a pronoun or a quantifier ("Vi sender …")."""
    found = _TASK_BOX_OWNER.match(task)
    if found and _acceptable_subject(found.group(1)) and not _infinitive_first(found.group(1)):
        return found.group(1)
    return _mentioned_last(task)


def _people_first(task: str) -> str | None:
    """The people a follow-up label's own line names first ("Oppfølging: Camilla og Jomar
    tilpasser malen."): the label says it is a task whatever its verb, as a task box does
    (``_task_box_owner``), but in running text only people by first name or initials own
    it ("Oppfølging: Saken følger …" names no one); so does a role, a body named by its
    one word or every member ("Oppfølging: KD-utvalget behandler planen i februar.",
    "Oppfølging: Hver kommune tilpasser rutinen."), whom the label gives the work."""
    owner = _task_box_owner(task)
    if owner is None:
        return None
    if _owning_unit(owner):
        return owner
    if not all(is_first_name(part.split()[0]) or _INITIALS.fullmatch(part)
               for part in _PEOPLE_JOINS.split(owner)):
        return None
    return owner


def _owning_unit(owner: str) -> bool:
    """Whether a follow-up line's subject is a role or body that takes work on, not a
    person: "Sekretariatet", "KD-utvalget", "Hver kommune" (a thing, "Saken", is none)."""
    if _all_of(owner):
        return True
    if " " in owner:
        return False
    folded = owner.casefold()
    return folded in _ROLE_OWNERS or folded.endswith(_BODY_ENDINGS)


def _infinitive_first(owner: str) -> bool:
    """Whether a one-word "owner" before a word in "-er" is the task's infinitive, no one
    ("Bestille container til dugnaden", "Sjekke garantier"): a word in "-e" that is no
    first name ("Frode sender …" is a person)."""
    return " " not in owner and owner[-1:] == "e" and not is_first_name(owner)


# A full name closing a task box, as a note app appends its "@Siv Moe" mention
# ("- [ ] Oppdatere risikoanalyse @Siv Moe"), after a word in lower case.
# (a middle initial too: "… @Ola Å. Berg")
_TRAILING_NAME = lazy_regex(r"(?<=[a-zæøå0-9]) ((?-i:[A-ZÆØÅ])[\w-]+"
                            r"(?: (?-i:[A-ZÆØÅ])\.)?(?: (?-i:[A-ZÆØÅ])[\w-]+){1,2})\.?$")


def _mentioned_last(task: str) -> str | None:
    """The person an open task box names at its end ("Oppdatere risikoanalyse Siv Moe"):
    the box says it is a task, and a first name says the words are a person, not a
    place or a body ("Sende søknad til Innovasjon Norge")."""
    end = len(task)
    found = _TRAILING_NAME.search(task)
    if found is None and ("frist" in task or "inn" in task) and \
            (tail := _DEADLINE_TAIL.search(task)):
        end = tail.start()  # "… @Siv Moe – frist 1. mars"
        found = _TRAILING_NAME.search(task, 0, end)
    if found and not is_first_name(found.group(1).split()[0]) and " " in found.group(1):
        # "… til Statsforvalteren Kari Holm": a body's word before the person's name
        found = _TRAILING_NAME.search(task, found.start(1), end)
    return found.group(1) if found and is_first_name(found.group(1).split()[0]) else None


# The deadline a task box closes with after its owner's mention: "… @Siv Moe – frist 31.
# januar", "… @Siv Moe (innen 1. mars)", nynorsk "… – innan 12.03."
_DEADLINE_TAIL = lazy_regex(r"\s+(?:[–—-]\s+|\()(?:frist|innen|innan)\b[^()]{1,40}\)?\.?$")


def _owned_by_first_name(task: str) -> bool:
    """A task that a person takes on by name ("Mette lager utkast til program.").

    Items that only inform ("Orienteringssaker") hold plans of others ("Horten skal
    ansette en person", "Osloregionen vil jobbe videre"), which are no tasks of the
    meeting; a first name as the subject still is one.
    """
    owner = responsible_of(task)
    return bool(owner) and is_first_name(owner.split()[0])


# The slides of a briefing sent on after it: "Presentasjonen ettersendes.", "Presentasjonen
# sendes ut sammen med referatet.", nynorsk "Presentasjonane vert sende ut."
_PRESENTATION_SENT = lazy_regex(r"(?:presentasjonen|presentasjonene|presentasjonane|"
                                r"presentasjonar|lysbilda|lysbildene|foilene)\s+"
                                r"(?:blir\s+|vert\s+|skal\s+)?(?:ettersendes|ettersendast|"
                                r"ettersendt|sendes|sendast|sendt|sende|sendas|legges\s+ved|"
                                r"leggast\s+ved|distribueres|deles)\b")


def _presentation_sent_on(lowered: str) -> bool:
    """Whether a task in an item that informs is sending its presentation on ("Presentasjonen
    ettersendes."): the briefing's own follow-up, though no one is named for it (other
    passive tasks there tell plans reported from elsewhere)."""
    return lowered[:3] in ("pre", "lys", "foi") and _PRESENTATION_SENT.match(lowered) is not None


def _role_task_with_deadline(sentence: str, lowered: str) -> bool:
    """A task in an item that informs, owned by one of the meeting's own roles and given a
    deadline ("Sekretariatet sender ut rapporten innen 1. mai.") or set for the next
    meeting ("Sekretariatet sjekker dette til neste møte."): the deadline or the coming
    meeting makes it a follow-up of this meeting, not a plan reported from elsewhere. So
    does a promise to answer the meeting by a date ("Statsforvalteren undersøker saken og
    gir tilbakemelding til gruppa innen 1. juli."), whoever gives it."""
    dated = _has_deadline_word(lowered) and bool(dates.find_dates(sentence))
    if dated and _answers_back(lowered):
        return True
    if not dated and not ("møte" in lowered and _BY_NEXT_MEETING.search(lowered)):
        return False
    owner = responsible_of(sentence)
    # (every member by a date is a task of this meeting too: "Kvar kommune melder inn
    # kontaktperson innan 20. juni." among the orientations is no plan of others)
    return owner is not None and (_role_only(owner) or (dated and _all_of(owner)))


def _tasks_of(sentence: str) -> list[str]:
    """A task sentence as one task per person: "Ann Mørk sender ut informasjon og Anette
    oppdaterer nettsidene." is two, each with its own owner."""
    # (the pattern needs "og": most task sentences have none, and skip its search, which
    # tries every space of the sentence)
    split = _AND_SOMEONE.search(sentence) if "og" in sentence else None
    if split is None:
        return [sentence]
    first, second = sentence[:split.start()].rstrip(" ,"), sentence[split.end():]
    if not is_action(second) or responsible_of(second) is None or \
            responsible_of(first) in (None, responsible_of(second)):
        return [sentence]
    return [first, second]


# "… og Anette oppdaterer …": another name and its own task after "og".
_AND_SOMEONE = lazy_regex(r",?\s+og\s+(?=[A-ZÆØÅ][\w-]+(?:\s+[A-ZÆØÅ][\w-]+)*\s+[a-zæøå])")


# Labels that only announce what follows ("Oppsummering: Gruppa tok saka til orientering."):
# the outcome after them is the decision. A topic before the colon ("Skuleruta 2023-2024:
# FAU hadde ingen innvendingar til den nye skuleruta") is part of the sentence.
# How far into a sentence a label's colon stands ("Ansvar: Kari", "Frist: 1. mai").
_LABEL_REACH = 25
# A decision label that opens a sentence inside a line ("… Konklusjon: X."), as words.
_INLINE_DECISION_LEADS = ("konklusjon", "konklusjonar", "konklusjoner", "vedtak",
                          "beslutning", "avgjerd", "avgjørelse",
                          # (with its vote: "Saka vart drøfta. Samrøystes vedtak: X.")
                          "enstemmig vedtak", "einstemmig vedtak", "samrøystes vedtak")
_SUMMARY_LEADS = ("oppsummering", "oppsummert", "sammendrag", "samandrag", "merknad",
                  "kommentar", "resultat", "utfall")
# The labels that sum up a case's talk (a summary's, not a vedtak's).
_SUMMING_UP_LEADS = ("oppsummering", "oppsummert", "sammendrag", "samandrag")


def _standing_rule_summed_up(sentence: str, lowered: str) -> bool:
    """Whether the sentence after "Oppsummering:" gives a party a task for good, a standing
    rule (``_standing``: "… når planene behandles", "… etter hvert møte"): what the meeting
    concluded, a decision (the guide: standing working rules are decisions, not actions).
    A one-off task there stays a task ("Oppsummering: Fylket sender oversikten innen 1.
    november.")."""
    if not _standing(lowered) or _is_decision(sentence, lowered):
        return False
    subject = _subject_before(_TASK_VERB_RE, sentence, lowered)
    return subject is not None and subject[:1].isupper()


# ... and the minutes' own label in a combined summons and minutes, under each case after
# its "Forslag til vedtak:" ("Referat: Innkallingen ble godkjent."); the bare word only (a
# topic, "Referat fra forrige møte: …", is part of the sentence)
_OUTCOME_LEADS = (*_SUMMARY_LEADS, "referat:")


# The member a line of a round of news opens with: "Luster:", "Lærdal kommune:",
# "Nord-Aurdal:", "Innlandet fylkeskommune:" (capitalised words, then perhaps the kind of
# place they are).
_MEMBER_LEAD = lazy_regex(r"(?-i:[A-ZÆØÅ])[\w-]*(?:\s+(?-i:[A-ZÆØÅ])[\w-]*){0,2}"
                          r"(?:\s+(?:kommune|fylkeskommune|bydel|by))?", re.I)


# An outcome told in the perfect as a state reached, with the thing as its subject:
# "Planen er vedtatt.", "Budsjettet er no vedteke.", "Avtalen har blitt godkjent." (searched
# lower-cased; not "ble vedtatt", the minutes' own past, nor "er enstemmig vedtatt", a vote).
# (after the item's own sub-point number: "25.2 Søknaden om tilskudd er innvilget.")
_REPORTED_AS_DONE = lazy_regex(
    r"^(?:\d{1,3}\.\d{1,2}\.?\s+)?(?:[\wæøå-]+\s+){1,6}?(?:er|har\s+(?:blitt|vorte|blitt))\s+(?:nå\s+|no\s+|endelig\s+|"
    r"endeleg\s+|også\s+|og\s+)?(?:vedtatt|vedteke|vedteken|vedtekne|godkjent|godkjend|"
    # (a grant told so too: "- Søknaden om tilskudd er innvilget.")
    r"godkjende|innvilget|innvilga|bevilget|bevilga|løyvd|løyvt)\b")


# An option's point under the line that weighs them, a clause opened by "at" (after its
# letter or number): "a. at 110 alarmerer …", "2) at innsatsleiar avgjer …".
_OPTION_POINT = lazy_regex(r"^(?:[a-z\d]{1,2}[.)]\s+)?at\s")


def _options_lead(text: str) -> bool:
    """Whether a line over points weighs options, not what was agreed: it ends in a colon
    and names the options by their noun ("Rådet drøfta to forslag:", "Det ligg føre tre
    alternativ:"), not in an agreement's words ("Følgende ble vedtatt:")."""
    lowered = text.lower()
    return any(noun in lowered for noun in _OPTION_NOUNS) and not _AGREED_LEAD.search(text) \
        and not any(word in lowered for word in ("vedt", "beslut", "avtalt", "einige",
                                                 "enige", "samde", "ble enig", "vart samd"))


# The verbs of one telling the meeting about something (``_opens_account``), lower-cased.
_ACCOUNT_VERBS = (" orienterte ", " informerte ", " presenterte ", " redegjorde ",
                  " gikk gjennom ", " gjekk gjennom ")
_has_account_verb = contains_any(_ACCOUNT_VERBS)


def _account_over_points(text: str) -> bool:
    """Whether a line above bullets opens someone's account ("Per Berg presenterte utkast
    til markedsplan. Hovedmarkedene er …"): the bullets under it may be the points of what
    was presented, and one that says a point is under consideration ("- Messe i Berlin
    vurderes", ``_under_consideration``) is the plan's state, no follow-up of the meeting
    (other passives there are the meeting's: "- Presentasjonen legges ved referatet.").
    Not a line that tells what was agreed ("… Følgende ble avtalt:")."""
    if not _has_account_verb(f" {text.lower()} "):
        return False  # (most lines)
    first = next(iter(sentences(text)), "")
    return _opens_account(first) and _AGREED_LEAD.search(text) is None


def _under_consideration(lowered: str) -> bool:
    """Whether a sentence says only that something is being considered ("messe i berlin
    vurderes", nynorsk "… vurderast"): a state, with no "må", "skal" or "bør" that makes it
    a charge ("… må vurderes før sommeren")."""
    return lowered.rstrip(" .").endswith((" vurderes", " vurderast", " vurderes nærmere",
                                          " vurderast nærare")) and \
        not any(word in lowered for word in (" må ", " skal ", " bør ", " skulle "))


def _opens_account(sentence: str) -> bool:
    """Whether a sentence opens someone's account to the meeting ("Eva Li fra Statens
    vegvesen orienterte om framdriften."): the sentences after it in its paragraph tell
    what she told, so a state reached there ("Reguleringsplanen er vedtatt") is her news,
    not the body's decision. Not the body's own word ("Styret gikk gjennom planen og
    godkjente den" is no account)."""
    lowered = f" {sentence.lower()} "
    return _has_account_verb(lowered) and not _is_decision(sentence, lowered.strip())


# The verbs of a presenter's account whose points may follow as bullets (not "gikk
# gjennom", which may go through the tasks to be done).
_has_told_verb = contains_any(_ACCOUNT_VERBS[:4])


def _account_then_news(sentence: str) -> bool:
    """Whether one sentence opens someone's account and tells its news after a colon
    ("Eva Li gjekk gjennom status: Ås og Vik er godkjende, Lia søkjer i vår."): the state
    reached after the colon is what she reported, as in the sentences after an account."""
    head, _, tail = sentence.partition(": ")
    return _has_account_verb(f" {head.lower()} ") and _reported_as_done(tail.lower()) and \
        _opens_account(head)


def _account_lead(text: str) -> bool:
    """Whether a line ending in a colon opens someone's account with its points under it
    ("Guri Lie orienterte om magasina:" / "- Brannsikringa må betrast."): each bullet is
    what she told, a need she reported, no task the meeting gave."""
    lowered = f" {text.lower()} "
    return _has_told_verb(lowered) and _opens_account(text)


# Talks with or between parties that someone gives an account of: "orienterte om
# konsultasjonene med reinbeitedistriktene", "… om forhandlingane", "… fra møtet med
# fylkeskommunen".
_TALKS_TOLD = lazy_regex(rf"\b(?:(?:{TALKS}|[\w-]*møte)\w*\s+(?:med|mellom)\s|"
                         rf"(?:{TALKS})(?:ene|ane)\b)")


def _parties_of_talks(lowered: str, account: str) -> bool:
    """Whether "Partene ble enige om …" (nynorsk "Partane vart samde om …") tells what the
    parties of talks elsewhere agreed, in the account of those talks the sentence follows
    ("Randi orienterte om konsultasjonene med reinbeitedistriktene. Partene ble enige om
    hensynssoner …"): her news, not this meeting's decision (the parties of a meeting
    between two sides agree in its own minutes: "Administrasjonen orienterte om forslaget.
    Partene var enige om å opprette en arbeidsgruppe.")."""
    return lowered.startswith(("partene ", "partane ")) and \
        _TALKS_TOLD.search(account.lower()) is not None


def _reported_as_done(lowered: str) -> bool:
    """Whether a bullet of an orientation item tells an outcome as news ("- Planen er
    vedtatt i alle kommunene.", "- Budsjettet er vedteke."): what was decided elsewhere,
    reported to the body, is not this meeting's decision; the body's own verdict under the
    bullets ("Tatt til orientering.") is."""
    return (" er " in lowered or " har " in lowered) and \
        _REPORTED_AS_DONE.match(lowered) is not None


# The words of the body taking note ("Tatt til orientering.", "Saka vart teken til
# vitande."), lower-cased.
_NOTED_WORDS = ("til orientering", "til vitande", "til vitende", "til etterretning")


def _only_noted(texts: list[tuple[str, bool, bool, bool, str | None]]) -> bool:
    """Whether an item's own outcome is only that the body took note ("Saken tas til
    orientering.") and no line opens a vedtak of more: the item reports, whatever its
    title, and the outcomes its bullets tell were reached elsewhere."""
    noted = False
    for text, *_rest in texts:
        lowered = text.lower()
        taken = any(words in lowered for words in _NOTED_WORDS)
        if not taken and lowered.startswith(("vedtak", "konklusjon")):
            return False  # (but "Vedtak: Saken tas til orientering." only takes note)
        noted = noted or taken
    return noted


def _member_report(sentence: str) -> bool:
    """Whether a sentence of a members' round run together in one paragraph opens with
    the member whose news it tells, after the round's own label or not ("Runde rundt
    bordet: Ringerike: Ny plan er vedtatt.", "Hole: Planen er vedtatt.")."""
    lead, _, rest = sentence.partition(": ")
    if ": " in rest and ROUND_TABLE_TITLE.match(lead.strip()):
        sentence = rest
    return _member_lead(sentence)


def _member_lead(text: str) -> bool:
    """Whether a line of an orientation item opens with the member (a municipality or
    a place) whose news it tells: "Luster: Budsjettet er vedteke." (not a label such as
    "Konklusjon:" nor the body itself, "Regionrådet:")."""
    lead = text.partition(": ")[0].strip()
    key = lead.casefold()
    return bool(_MEMBER_LEAD.fullmatch(lead)) and key not in _INLINE_DECISION_LEADS and \
        key not in _SUMMARY_LEADS and not key.endswith(BODY_WORD_ENDINGS)


# A member that asks for something in its own view: "Nord-Aurdal reagerte på kuttene og
# ber om at …", "Gran kommune ber om at …" (its place, then the request in the sentence).
_MEMBER_ASKS = lazy_regex(r"(?P<who>[A-ZÆØÅ][\w-]*(?:\s+[A-ZÆØÅ][\w-]*){0,2}"
                          r"(?:\s+(?:kommune|kommunen|fylkeskommune|herad))?)\s+"
                          r"(?:[^.:]*?\s)?(?:ber|bed|ba|bad)\s+om\s+at\s")


def _members_request(sentence: str) -> bool:
    """Whether a bullet is a member's request told among the views ("- Nord-Aurdal
    reagerte på kuttene og ber om at dette vurderes på nytt."): what it wants others to
    consider, no follow-up the meeting gave anyone; not the body's own ("Styret ber om at
    …"), which asks as a vedtak does."""
    found = _MEMBER_ASKS.match(sentence)
    return found is not None and _MEMBER_LEAD.fullmatch(found["who"]) is not None and \
        not found["who"].casefold().endswith(BODY_WORD_ENDINGS)


def _place_lead(text: str) -> int:
    """Whether a line opens with a place and a colon before its news ("Vestby: planen er
    vedtatt.", "Nordre Land kommune: …"): a member's lead (``_member_lead``), and not a
    person ("Kari:", a first name), initials, a work package ("AP1 Anskaffelse:") or a role
    ("PL:", "Sekretariatet:") that owns a task as "Kari: sender referatet." does.

    0 when not; 2 when the lead can only be a name ("Nordre Land", "Nord-Fron",
    "Ås kommune": several capitalised words or parts, or a place's kind); 1 for one plain
    word, which may as well be a topic ("Økonomi:", "Dugnad:")."""
    lead = text.partition(": ")[0].strip()
    folded = lead.casefold()
    if folded in _NOT_OWNERS or len(lead) < 2 or lead == lead.upper() or \
            any(char.isdigit() for char in lead) or folded in _ROLE_OWNERS or \
            is_first_name(lead.split(maxsplit=1)[0]) or not _member_lead(text):
        return 0
    return 2 if " " in lead or "-" in lead else 1


def _round_by_shape(texts: list[tuple[str, bool, bool, bool, str | None]],
                    places: frozenset[str] = frozenset()) -> set[int]:
    """The positions of the lines that make a round of news by their shape alone: two or
    more "Place: sentence" lines in a row (``_place_lead``), one of them a lead that can
    only be a place's name, whatever the item's title ("Status kulturplaner" / "Nordre
    Land: planen er vedtatt." / "Vestby: høring i mai."). Each is a member's report of its
    own news, as under "Nytt fra kommunene", not the body's decision or task; a run of
    topics alone ("Økonomi: …" / "Dugnad: …") is no round. A one-word lead is surely a
    place too when a participant comes from it (``places``: "Gran:" where "Kari Bøe (Gran
    kommune)" attended), so a round of one-word places under "Diverse" is one. Cheap for
    most items: a line without ": " ends any run."""
    found: set[int] = set()
    run: list[int] = []
    named = False  # a lead of the run is surely a place
    for position, entry in enumerate(texts):
        text = entry[0]
        if ": " not in text:
            # (most lines: no lead; the line ends the run above it, if any, and starts
            # none, as the full way below finds for it)
            if run:
                if len(run) > 1 and named:
                    found.update(run)
                run, named = [], False
            continue
        # (``find`` with a start and an end parses its arguments from a tuple: asked only
        # of a line that holds ": ")
        colon = text.find(": ", 1, 40)
        if colon != -1 and _status_light(text, colon):
            found.add(position)  # "Lokaler: Gul. To alternativer vurderes.": a status
            continue
        shape = _place_lead(text) if colon != -1 else 0
        if shape:
            run.append(position)
            named = named or shape == 2 or (
                bool(places) and text.partition(":")[0].strip().casefold() in places)
            continue
        if len(run) > 1 and named:
            found.update(run)
        run, named = ([position], shape == 2) if shape else ([], False)
    if len(run) > 1 and named:
        found.update(run)  # (a run to the item's last line)
    return found


def _status_light(text: str, colon: int) -> bool:
    """Whether a line reports a part's status by a traffic light after its lead ("IKT og
    fagsystem: Rød. Migrering er ikke avklart.", "Kviteseid: Gul – graving er utsett til
    juni."), as project minutes list their sub-projects: the state of the work told, no
    decision of the meeting nor a task, whatever its verbs ("vurderes", "utsett til")."""
    word = text[colon + 2:colon + 9].partition(" ")[0].rstrip(".,;–-").casefold()
    return word in _STATUS_LIGHTS and not _has_decision_label_word(fold(text[:colon]))


# The colours of a status report's traffic light, bokmål and nynorsk ("oransje" between
# yellow and red). Also after a follow-up list's task, its owner and deadline ("Oppdatere
# rutiner – Kari Holm – 01.06.2026 – Rød", ``_DASH_OWNER``): how the task is going, the
# task still open.
_STATUS_LIGHTS = frozenset(("grønn", "grønt", "grøn", "gul", "gult", "rød", "rødt", "raud",
                            "raudt", "oransje"))


def _member_heading(text: str) -> bool:
    """Whether a line of a members' round is a member's name alone, as a heading over its
    news ("Ulvik", "Eidfjord kommune"): one to four capitalised words, no sentence. Also
    the speaker and where from, with a colon: "Marit, Ås:", "Eva Snare, Kongsvingerregionen:"."""
    if text.endswith(":") and text.count(", ") == 1 and len(text) <= 50:
        return all(_member_heading(part) for part in text[:-1].split(", "))
    return len(text) <= 40 and text[:1].isupper() and not text.endswith((".", "!", "?")) \
        and _MEMBER_LEAD.fullmatch(text.strip()) is not None and \
        not text.strip().casefold().endswith(BODY_WORD_ENDINGS)


def _without_minutes_label(sentence: str) -> str:
    """A combined summons and minutes' own label taken off the sentence it opens
    ("Referat: Gruppa sluttet seg til forslaget." under "Forslag til vedtak: …"): the
    vote on the proposal above reads from the body's name, as it does on a line of its
    own; the label is no part of the decision."""
    lead, colon, rest = sentence.partition(": ")
    if colon and lead.casefold() == "referat" and rest[:1].isupper():
        return rest
    return sentence


def _after_lead(sentence: str) -> str | None:
    """The sentence after a short lead-in and a colon ("Innspel frå rektor: Leiar SU og
    rektor lagar …"), or None when there is none."""
    lead, colon, rest = sentence.partition(": ")
    if not colon or not rest[:1].isupper() or len(lead.split()) > 4 or \
            not lead[:1].isupper() or len(rest.split()) < 3:
        return None
    return rest


def _unique_actions(actions: list[Action]) -> list[Action]:
    """Actions once each: an adopted proposal and the vedtak after it repeat the task,
    also when the proposal stands in quotes («Det opprettes …») and the vedtak writes the
    words bare; the bare copy is kept, in the place of the first."""
    if len(actions) < 2:
        return actions  # (most items have one task or none: nothing can repeat)
    seen: dict[str, int] = {}
    unique: list[Action] = []
    for action in actions:
        text = action.text
        key = text.strip(_QUOTES) if text[:1] in _QUOTES or text[-1:] in _QUOTES else text
        if key not in seen:
            seen[key] = len(unique)
            unique.append(action)
        elif unique[seen[key]].text != key and text == key:
            unique[seen[key]] = action  # (the vedtak's bare words for the quoted proposal)
    return _without_shorter_copies(unique, [action.text for action in unique])


# "Vedtak: Som innstillingen.", also indefinite or as a participle ("Som forslag.",
# "Som innstilt.", "Som tilrådd."), and with the vote after a comma or a dash ("Som
# framlegg, samrøystes.", "Som forslaget – enstemmig vedtatt."), which the vote before it
# ("Samrøystes som framlegg.") is read as too; whose it was may be said when the one who
# brought the case made it ("Som rektors forslag.", "Som kommunedirektørens innstilling.",
# "Som dagleg leiar sitt framlegg."), not a member's ("Som Kari Holms forslag.": hers)
_AS_PROPOSED = lazy_regex(r"^(?:som|lik|likt\s+med|i\s+samsvar\s+med)\s+"
                          r"(?:(?:daglig\s+|dagleg\s+)?[\wæøå-]*(?:rådmann|direktør|"
                          r"administrasjon|sekretariat|leder|leiar|rektor)(?:en|et|a)?"
                          r"(?:s|\s+(?:si|sin|sitt))\s+)?(?:innstillingen|"
                          r"innstillinga|innstilling|forslaget|framlegget|tilrådinga|"
                          r"forslag|framlegg|tilråding|innstilt|tilrådd|foreslått|"
                          r"(?:forslag|framlegg)\s+til\s+vedtak)\b"
                          r"(?P<vote>\s*[,–-]\s*(?:enstemmig|einstemmig|samrøystes)"
                          r"(?:\s+(?:vedtatt|vedteke|vedteken))?)?\W*$", re.I)
# The vedtak as the proposal with a change: "Som innstillingen, med den endring at …",
# "Enstemmig som forslaget, med tillegg av et nytt punkt 4." (the proposal's sentences and
# this one, which gives the change, are what was decided)
_AS_PROPOSED_CHANGED = lazy_regex(
    r"^(?:(?:enstemmig|samrøystes|einstemmig)\s+)?(?:(?:vedtatt|vedteke)\s+)?"
    r"(?:som|lik|i\s+samsvar\s+med)\s+(?:innstillingen|innstillinga|innstilling|forslaget|"
    r"framlegget|tilrådinga|forslag|framlegg|tilråding|(?:forslag|framlegg)\s+til\s+vedtak)"
    r"\s*,?\s+(?:med|men)\s", re.I)
# The proposal named by whoever brought the case, not by a member: "Forslaget fra daglig
# leder", "Framlegget frå administrasjonen" (a member's is a counter-proposal); also the
# innstilling named by the body that prepared it, "Innstillingen fra arbeidsutvalget",
# "Innstillinga frå AU" (a working committee's advice to the council is the case's
# proposal, never a member's).
_FROM_PROPOSER = (r"(?:forslaget|framlegget|innstillingen|innstillinga|tilrådinga|tilrådingen)"
                  r"\s+(?:fra|frå)\s+(?:[\wæøå-]+\s+)?"
                  r"(?:(?:rådmann|kommunedirektør|direktør|administrasjon|sekretariat|leder|leiar|"
                  r"styreleder|styreleiar)(?:en|et|a)?|[\wæøå-]*" + _BODY_NOUN + r"|AU)")
_FROM_PROPOSER_LEAD = lazy_regex(_FROM_PROPOSER + r"\b", re.I)
# "Innstillingen ble enstemmig vedtatt.", "Framlegg til vedtak vart samrøystes vedteke.",
# the short "Innstillingen enstemmig vedtatt.", and "Enstemmig som innstillingen."
# (and whose it was, in the indefinite: "Rådmannens innstilling ble vedtatt.",
# "Kommunedirektøren si tilråding vart vedteken."; a forslag or framlegg only when the
# administration or a body made it: "Aps forslag ble vedtatt." and "Kari Holms forslag
# til vedtak ble vedtatt." are counter-proposals made in the meeting, not the proposal)
_ADOPTED = lazy_regex(r"\b(?:innstillingen|innstillinga|forslaget|framlegget|tilrådinga|"
                      # the change a proposal of statutes makes: "Vedtektsendringen vedtas."
                      # (not a bare "endringen": "Forslaget med endringen ble vedtatt.")
                      r"vedtektsendringen|vedtektsendringa|vedtektsendringene|"
                      r"vedtektsendringane|"
                      r"(?<!s\s)(?<!\ssi\s)(?<!\ssin\s)(?<!\ssitt\s)"
                      r"(?:forslag|framlegg) til vedtak|"
                      r"(?:(?<=s\s)|(?<=\ssi\s)|(?<=\ssin\s)|(?<=\ssitt\s))"
                      r"(?:innstilling|tilråding)(?:\s+til\s+vedtak)?|"
                      rf"[\wæøå-]*(?:rådmann|direktør|administrasjon|sjef|sekretariat|leder|"
                      rf"leiar|{_BODY_NOUN}|au)(?:en|et|a)?(?:s|\s+(?:si|sin|sitt))\s+"
                      # (also "Kommunedirektørens forslag til innstilling ble vedtatt")
                      r"(?:framlegg|forslag)(?:\s+til\s+(?:vedtak|innstilling|tilråding))?)\s+"
                      r"(?:(?:ble|vart|blei|var|er)\s+)?(?:deretter\s+)?"
                      # (the vote alone ends it: "Tilrådinga var samrøystes.",
                      # "Innstillingen ble enstemmig.")
                      r"(?:(?:enstemmig|einstemmig|samrøystes)\s*\.?$|"
                      r"(?:enstemmig\s+|samrøystes\s+)?"
                      r"(?:vedtatt|vedteke|vedteken|godkjenn?t|godkjend|tiltrådt|tiltrådd|"
                      # the present passive: "Innstillingen vedtas.", "… vert vedteken."
                      r"vedtas|vedtakast|godkjennes|godkjennast|"
                      r"(?:vert|blir)\s+(?:vedteken|vedteke|vedtatt|godkjend|godkjent)))|"
                      # (also "Vedtak som innstilling.": the vedtak, with no colon, is it;
                      # "Vedtatt som innstilt.", "Vedtak i samsvar med innstillinga.",
                      # "Vedtatt i tråd med rådmannens innstilling.")
                      r"^(?:(?:enstemmig|samrøystes|einstemmig)\s+(?:vedtatt\s+|vedteke\s+)?|"
                      r"(?:enstemmig\s+|samrøystes\s+|einstemmig\s+)?"
                      r"(?:vedtak|vedtatt|vedteke|vedteken)\s+)"
                      r"(?:som|i\s+(?:samsvar|tråd)\s+med)\s+(?:[\wæøå-]+(?:s|\s+si|\s+sitt)\s+)?"
                      r"(?:innstillingen|innstillinga|innstilt|forslaget|framlegget|"
                      r"tilrådinga|tilrådd|forslag|framlegg|tilråding|innstilling)\b|"
                      # the body adopts it: "Arbeidsutvalget vedtok forslaget med 4 mot 1
                      # stemme.", "Styret slutta seg til framlegget."
                      r"^(?:[\wæøå-]+\s+){1,2}(?:enstemmig\s+|samrøystes\s+)?(?:vedtok|vedtek|"
                      r"godkjente|godkjende|tiltrådte|tiltrådde|"
                      r"(?:sluttet|slutta)\s+seg\s+(?:enstemmig\s+|samrøystes\s+)?til|"
                      r"gikk\s+inn\s+for|gjekk\s+inn\s+for|"
                      # (an administrative group makes it its advice to the council:
                      # "Kommunedirektørutvalget anbefaler innstillingen.")
                      r"anbefaler|anbefalte|tilrår|tilrådde)\s+"
                      r"(?:enstemmig\s+|samrøystes\s+)?(?:innstillingen|innstillinga|forslaget|"
                      r"framlegget|tilrådinga)\b|"
                      # the proposal by the one who brought the case: "Forslaget fra daglig
                      # leder ble vedtatt.", "Framlegget frå administrasjonen vart vedteke."
                      rf"^{_FROM_PROPOSER}\s+(?:ble|vart|blei)\s+(?:enstemmig\s+|samrøystes\s+)?"
                      r"(?:vedtatt|vedteke|vedteken|godkjent|godkjend)\b|"
                      # whose proposal, then its vote after a colon, as case systems print
                      # it under "Vedtak": "Innstilling frå kommunedirektøren: samrøystes
                      # vedteke.", "Forslag fra daglig leder: Enstemmig vedtatt."
                      r"^(?:innstilling|tilråding|forslag|framlegg)(?:\s+til\s+vedtak)?\s+"
                      r"(?:fra|frå)\s+[^:]{2,40}:\s*(?:(?:enstemmig|einstemmig|samrøystes)\s*"
                      r"(?:vedtatt|vedteke|vedteken)?|vedtatt|vedteke|vedteken)\s*\.?$|"
                      # the case adopted, right under its proposal: "Saken ble enstemmig
                      # vedtatt.", "Saka vart samrøystes vedteken."
                      r"^(?:saken|saka)\s+(?:ble|vart|blei)\s+(?:enstemmig\s+|samrøystes\s+)?"
                      r"(?:vedtatt|vedteke|vedteken)\b", re.I)
# The vote alone under the body's own advice to another ("Innstilling til regionrådet: …"
# / "Samrøystes tilrådd.", "Enstemmig anbefalt."): an administrative group adopts the
# advice it sends on. (Under someone's innstilling, "Kommunedirektørens innstilling:", the
# same words recommend that one onwards, and the body's "Vedtak:" below words its own.)
_OWN_ADVICE_VOTED = lazy_regex(r"^(?:enstemmig|einstemmig|samrøystes)\s+"
                               r"(?:tilrådd|tilrådt|anbefalt)\s*\.?$", re.I)
# The proposal adopted with words between it and its vote, which _ADOPTED wants side by
# side: the adopted changes ("Innstillingen med vedtatt tilleggsforslag ble enstemmig
# vedtatt.", "Innstillingen, med vedtatt endring, ble vedtatt.", "Innstillingen ble, med de
# vedtatte endringer, enstemmig vedtatt.", "Rådmannens innstilling med endringsforslaget fra
# Ap ble vedtatt."), its tally first ("Innstillinga fekk 6 røyster og vart vedteken.",
# "Forslag til vedtak fikk 3 stemmer og ble vedtatt."), "Forslaget til vedtak ble …", the
# majority alone ("Innstillingen fikk flertall."), and
# the bare indefinite "Innstilling vedtatt med 5 mot 2 stemmer." (a member's or a party's
# "forslag" is a counter-proposal and has no place here: only the innstilling, the
# tilråding and the "forslag til vedtak" the case came with)
_ADOPTED_WITH_ASIDE = lazy_regex(
    r"^(?:(?:(?:[\wæøå-]+\s+)?[\wæøå-]+(?:s|\s+si|\s+sin)\s+)?"
    r"(?:innstillingen|innstillinga|innstilling|tilrådinga|tilråding)(?:\s+til\s+vedtak)?|"
    r"(?:forslaget|framlegget|forslag|framlegg)\s+til\s+vedtak)"
    r"(?:(?:\s*,?\s+med\s+[^.;:!?]{1,80}?,?|\s+(?:fikk|fekk)\s+\d{1,3}\s+(?:stemmer|røyster)\s+og)?"
    r"\s+(?:(?:ble|vart|blei)(?:\s*,\s*med\s+[^.;:!?]{1,80}?,)?\s+)?"
    r"(?:dermed\s+|derfor\s+|difor\s+|såleis\s+)?"
    r"(?:enstemmig\s+|samrøystes\s+|einstemmig\s+)?(?:vedtatt|vedteke|vedteken)\b|"
    # (the majority alone: "Innstillingen fikk flertall.", "Tilrådinga fekk fleirtal.")
    r"\s+(?:fikk|fekk)\s+(?:[\wæøå]+\s+)?(?:flertall|fleirtal)\b)", re.I)
_ADOPTED_ASIDE_WORD = contains_any(("innstilling", "tilråding", " til vedtak"))
_NEGATIONS = frozenset(("ikke", "ikkje", "ikkje,", "ikke,"))


# An alternative vote told as both tallies, the innstilling's first ("Innstillingen fikk 6
# stemmer, Sps forslag fikk 3 stemmer.", "Tilrådinga fekk 6 røyster og framlegget frå Sp 3
# røyster.") or after the verb ("Ved alternativ votering … fikk innstillingen 6 stemmer og
# Sps forslag 3."), or the other's first ("Sps forslag fikk 3 stemmer, innstillingen 6.")
_ALTERNATIVE_TALLY = lazy_regex(
    r"\b(?:(?:fikk|fekk)\s+)?(?:innstillingen|innstillinga|tilrådinga|"
    r"(?:forslaget|framlegget|forslag|framlegg)\s+til\s+vedtak)\s+(?:(?:fikk|fekk)\s+)?"
    r"(?P<own>\d{1,3})\s+(?:stemmer|stemme|røyster|røyst)\b"
    r"\s*(?:,|og|mens)\s+[^.\d]{1,60}?\s(?:(?:fikk|fekk)\s+)?(?P<other>\d{1,3})"
    r"(?:\s+(?:stemmer|stemme|røyster|røyst))?\s*[.!]?$|"
    # (the other's first: "Sps forslag fikk 3 stemmer, innstillingen 6.")
    r"^[^.\d]{0,60}?(?:forslag|framlegg)(?:et)?\b[^.\d]{0,40}?\s(?:fikk|fekk)\s+"
    r"(?P<before>\d{1,3})\s+(?:stemmer|stemme|røyster|røyst)\s*(?:,|og|mens)\s+"
    r"(?:innstillingen|innstillinga|tilrådinga)\s+(?:(?:fikk|fekk)\s+)?(?P<after>\d{1,3})"
    r"(?:\s+(?:stemmer|stemme|røyster|røyst))?\s*[.!]?$", re.I)


def _innstilling_outvotes(sentence: str) -> bool | None:
    """Whether an alternative vote's two tallies (``_ALTERNATIVE_TALLY``) carry the
    innstilling (True) or the other proposal (False); None when the sentence is no such
    tally (or a tie, which the sentence does not settle by itself)."""
    if "fikk" not in sentence and "fekk" not in sentence:
        return None
    found = _ALTERNATIVE_TALLY.search(sentence)
    if found is None:
        return None
    own, other = (found["own"], found["other"]) if found["own"] else \
        (found["after"], found["before"])
    return None if own == other else int(own) > int(other)


def _adopted_with_aside(sentence: str) -> bool:
    """Whether the sentence adopts the innstilling with words between it and the vote
    (_ADOPTED_WITH_ASIDE): only sentences that start with the proposal's word or its
    owner's genitive are tried, and a negation ("… ble ikke vedtatt") adopts nothing."""
    if len(sentence) > 200 or not _ADOPTED_ASIDE_WORD(sentence.lower()):
        return False
    found = _ADOPTED_WITH_ASIDE.match(sentence)
    return found is not None and \
        not _NEGATIONS.intersection(found.group().lower().split())


# A remark entered in the minutes at a member's request: "Protokolltilførsel fra Sp:",
# "Protokolltilførsel (Frp):", "Merknad til protokollen frå Tor Vik:", "Protokollmerknad:"
# (its text is on the line or under it; either way what the member said, not what the
# body decided). So is a dissent
# ("Dissens: Per Dahl stemte mot.", "Særmerknad frå Brit Lid:").
_REMARK_LABEL = lazy_regex(r"^(?:protokolltilførsel|protokolltilføring|protokolltilføyelse|"
                           r"dissens|særmerknad(?:er|ar)?|"
                           r"protokollmerknad|protokolltilførsle|(?:merknad|tilførsel)\s+til\s+"
                           r"protokollen)(?:\s+(?:fra|frå)\s+[^:;]{1,60}?)?"
                           # (whose in brackets: "Protokolltilførsel (Frp):")
                           r"(?:\s*\([^():;]{1,40}\))?\s*[:;]\s*"
                           r"(?P<rest>.*)$", re.I)


# A note the secretary sets into the vedtak's text: "Merknad: Tor Hauge fratrådte som
# inhabil.", "(Sekretærens merknad: tallet ble rettet etter møtet.)", "Anm.: Datoen ble
# senere endret.", "Referentens kommentar:", nynorsk "Merknad frå referenten:" (a remark
# for the protocol is _REMARK_LABEL's; "Merknader til vedtaket" headings are no notes)
_INSERTED_NOTE = lazy_regex(r"^\(?(?:[\wæøå]+(?:ens|ets|ars|ers|as)\s+)?"
                            r"(?:merknad|kommentar|anmerkning|anm\.|red\.\s*anm\.)"
                            r"(?:\s+(?:fra|frå)\s+(?:referenten|sekretæren|sekretariatet|"
                            r"møteleder|møteleiar|leder|leiar))?\s*:\s*\S", re.I)


# A proposal made in the meeting beside the one the case came with: an amendment or a
# counter-proposal ("Endringsforslag fra Sp:", "Tilleggsframlegg frå Brit Lid:", "Per Dahl
# fremmet følgende forslag:"; and "Forslag fra H:" while the innstilling is still pending).
# (also several groups' joint or agreed one: "Fellesforslag fra H, Frp og KrF:", "Omforent
# forslag:", nynorsk "Fellesframlegg frå Ap og Sp:", "Omforeint framlegg:"; and one sent on
# to another body without a vote, whose words that body decides on: "Oversendelsesforslag
# fra SV:", nynorsk "Oversendingsframlegg frå Raudt:")
# Which part of the proposal an amendment changes: "Endringsforslag til punkt 2 fra Sp:",
# "Per Bø fremmet følgende endringsforslag til pkt. 3:", nynorsk "… til kulepunkt 4:"
_TO_POINT = (r"\s+til\s+(?:punkt|pkt\.?|kulepunkt|kulepkt\.?|strekpunkt|avsnitt|kapittel|"
             r"kap\.|side)\s*[\w.]{1,6}")
_AMENDMENT_LABEL = lazy_regex(
    r"^(?P<amend>endrings|tilleggs|benke|mot|felles|oversendelses|oversendings|"
    # (a motion to postpone, whose words are "Saken utsettes …": they decide only when it
    # is adopted; nynorsk "Utsetjingsframlegg")
    r"utsettelses|utsettings|utsetjings|"
    r"alternativt\s+|alternativ\s+|nytt\s+|omforent\s+|omforeint\s+)?"
    r"(?:forslag|framlegg)(?!\s+til\s+vedtak)(?:" + _TO_POINT + r")?"
    r"(?P<by>\s+(?:fra|frå)\s+[^:;]{1,60}?)?"
    r"\s*[:;]\s*(?P<rest>.*)$", re.I)
# (who made it, before the colon: "Per Dahl (Sp) fremmet følgende endringsforslag:", also
# without the determiner or with nynorsk verbs: "Ove Tangen fremmet endringsforslag:",
# "Per Bø kom med endringsframlegg:", "Eli Moe fremja tilleggsframlegg:")
_AMENDMENT_MADE = lazy_regex(
    r"^[A-ZÆØÅ][^:;]{0,60}?\s(?:fremmet|fremma|fremja|fremde|sette\s+fram|satte\s+fram|"
    r"set\s+fram|la\s+fram|kom\s+med)\s+(?:(?:følgende|følgjande|slikt|dette|sitt|et|eit)\s+)?"
    # (what kind, in a word before it: "fremmet følgende alternative forslag:")
    r"(?:(?:alternativ[et]?|nytt|nye|eget|eige|subsidiært|subsidiert)\s+)?"
    r"[\wæøå-]*(?:forslag|framlegg)(?:" + _TO_POINT + r")?\s*[:;]\s*(?P<rest>.*)$", re.I)

# The same told in a sentence, without its words quoted after a colon: "Per Dahl fremmet
# forslag om å legge til et avsnitt." (while the innstilling is pending, the "Forslaget ble
# vedtatt." after it is this proposal's vote, not the innstilling's)
# (or by the verb alone: "Jon Bergan foreslo å redusere gebyret.", nynorsk "Per Lid
# føreslo at …", "Per Lid gjorde framlegg om …", so that "Bergans forslag falt." after it
# is read as "Myklebust sitt framlegg fall." is after "sette fram framlegg om")
_AMENDMENT_IN_WORDS = lazy_regex(
    r"^[A-ZÆØÅ][^.:;]{0,60}?\s(?:(?:fremmet|fremma|sette\s+fram|satte\s+fram|set\s+fram|"
    r"gjorde|kom\s+med)\s+(?:et\s+|eit\s+)?(?:nytt\s+)?[\wæøå-]*(?:forslag|framlegg)\s+om\b|"
    r"(?:foreslo|føreslo|foreslog|føreslog)\s+(?:å|at)\s)")


def _tells_proposal_in_words(sentence: str) -> bool:
    """Whether the sentence tells a counter-proposal made at the meeting
    (``_AMENDMENT_IN_WORDS``); its verbs checked first, as most sentences have none."""
    return (" fr" in sentence or " fores" in sentence or " føres" in sentence or
            " gjorde " in sentence or " kom med " in sentence) and \
        _AMENDMENT_IN_WORDS.match(sentence) is not None


def _amendment_label(text: str, pending: bool) -> re.Match[str] | None:
    """The label of an amendment or counter-proposal, or None. A plain "Forslag fra X:"
    is one only while a proposal is ``pending`` (else it is the case's own proposal)."""
    found = _AMENDMENT_LABEL.match(text)
    if found is not None and (found["amend"] or (pending and found["by"])):
        return found
    if " fr" in text or " la fram" in text or " sat" in text or " set" in text or \
            " kom med" in text:
        return _AMENDMENT_MADE.match(text)  # (a verb of making it: most labels have none)
    return None


# What the vote did with the amendment: "Endringsforslaget ble vedtatt.", "Tilleggsforslaget
# fra Sp ble enstemmig vedtatt.", "Forslaget fra H falt med 3 mot 6 stemmer.", "Framlegget
# vart røysta ned." (the amendment is named first; "Innstillingen …" is the other's vote)
_AMENDMENT_FATE = lazy_regex(
    # (the amendment after the kind of vote: "Ved alternativ votering ble forslaget fra Sp
    # vedtatt med 5 mot 4 stemmer.", nynorsk "Ved alternativ røysting vart framlegget …";
    # "… mellom innstillingen og forslaget fra Sp ble innstillingen vedtatt" is not it)
    r"^(?P<lead>ved\s+(?:alternativ\s+)?(?:votering|avstemming|avstemning|røysting)\b"
    r"(?:\s+mellom\s[^.]{1,100}?)?\s*,?\s+(?:ble|vart|blei)\s+"
    # (its owner before it: "Ved votering ble Sp sitt forslag forkastet …")
    r"(?=(?:[\wæøå-]+\s+){0,2}?[\wæøå-]*(?:forslag|framlegg)))?"
    r"(?:[\wæøå-]+\s+){0,2}?[\wæøå-]*(?:forslag|framlegg)(?:et)?\b(?!\s+til\s+vedtak)"
    # (after that lead, its verb came first: "… ble forslaget fra Sp vedtatt")
    r"[^.]{0,100}?\s(?:(?P<adopted>(?(lead)|(?:ble|vart|blei)\s+)(?:deretter\s+|også\s+|òg\s+)?"
    r"(?:enstemmig\s+|samrøystes\s+)?(?:vedtatt|vedteke|vedteken|godkjent|godkjend|"
    # ("… ble vedtatt oversendt kommunedirektøren": sent on, not adopted)
    r"tiltrådt|tiltrådd)(?!\s+(?:oversendt|oversend))|"
    r"(?:fikk|fekk)\s+(?:\w+\s+)?(?:flertall|fleirtal))|"
    r"(?P<rejected>falt|fall|(?(lead)|(?:ble|vart|blei)\s+)(?:nedstemt|nedrøysta|forkastet|"
    r"forkasta|avvist|trukket|trekt|(?:ikke|ikkje)\s+(?:vedtatt|vedteke|vedteken)|"
    r"(?:stemt|røysta|røystet)\s+ned)|oppnådde\s+(?:ikke|ikkje)\s+(?:flertall|fleirtal)))\b",
    re.I)


# The kind of amendment a vote names ("Tilleggsforslaget …" → "tilleggs") and the names
# in it ("… fra Fjellheim", "Sandviks forslag"), to find which of several it is on.
_VOTED_KIND = lazy_regex(r"^(?:[\wæøå-]+\s+){0,2}?(?P<kind>[\wæøå-]*?)(?:forslag|framlegg)",
                         re.I)
_VOTE_NAME = lazy_regex(r"\b(?-i:[A-ZÆØÅ][\wæøå-]+?)(?:s\b|\b)")


def _voted_amendment(sentence: str, made: list[tuple[str, list[str]]]) -> int:
    """Which of the amendments ``made`` (label, words; in the order they were made) a vote
    on one of them is on: the one whose label has the vote's kind ("Tilleggsforslaget ble
    vedtatt." after "… fremmet følgende tilleggsforslag:") or a name the vote gives
    ("Endringsforslaget fra Sandvik falt." after "Per Olav Sandvik fremmet …"); else the
    earliest, as votes are taken in the order the proposals were made."""
    kind = _VOTED_KIND.match(sentence)
    kind_word = kind["kind"].casefold() if kind and len(kind["kind"]) > 2 else ""
    names = [name for name in _VOTE_NAME.findall(sentence)
             if len(name) > 1 and "forslag" not in name and "framlegg" not in name]
    best, best_score = 0, 0
    for at, (label, _words) in enumerate(made):
        score = 2 * any(name in label for name in names) + \
            (bool(kind_word) and kind_word in label.casefold())
        if score > best_score:
            best, best_score = at, score
    return best


# One vote on several amendments, named in the plural (searched from the sentence's
# start): "Forslagene fra Ås og Vestby ble enstemmig vedtatt.", "Begge forslagene falt.",
# nynorsk "Dei to framlegga vart samrøystes vedtekne."
_AMENDMENTS_FATE = lazy_regex(
    r"^(?:begge|alle|de\s+to|dei\s+to|de|dei)?\s*[\wæøå-]*(?:forslagene|framlegga|framlegge?ne)\b"
    r"[^.]{0,100}?\s(?:(?P<adopted>(?:ble|vart|blei)\s+(?:deretter\s+|også\s+|òg\s+)?"
    r"(?:enstemmig\s+|samrøystes\s+)?(?:vedtatt|vedtekne|vedteke|godkjent|godkjende))|"
    r"(?P<rejected>falt|fall|(?:ble|vart|blei)\s+(?:nedstemt|nedrøysta|forkastet|forkasta|"
    r"avvist)))\b", re.I)


def _amendments_fate(sentence: str) -> bool | None:
    """Whether one vote adopts (True) or rejects (False) all the amendments pending, named
    in the plural ("Forslagene fra Ås og Vestby ble vedtatt."), or None when it does not."""
    found = _AMENDMENTS_FATE.match(sentence)
    return None if found is None else found["adopted"] is not None


def _amendment_fate(sentence: str) -> bool | None:
    """Whether the sentence adopts (True) or rejects (False) the pending amendment, or None
    when it tells neither."""
    if "forslag" not in sentence and "framlegg" not in sentence and \
            "Forslag" not in sentence and "Framlegg" not in sentence:
        return None
    found = _AMENDMENT_FATE.match(sentence)
    if found is None:
        return None
    return found["adopted"] is not None


# A proposal adopted by the owner its label named: "Daglig leders forslag til vedtak:" …
# "Daglig leders forslag ble enstemmig vedtatt." (an innstilling or tilråding is adopted
# whoever owns it, by _ADOPTED; "… forslag med endringen ble vedtatt" adopts it changed:
# the vedtak block gives the words then); nynorsk names the owner with a possessive:
# "Kommunedirektøren sitt framlegg til vedtak:" … "Kommunedirektøren sitt framlegg vart
# vedteke."
_OWNED_ADOPTED = lazy_regex(
    r"^(?P<owner>(?:[\wæøå-]+\s+)?[\wæøå-]+(?:s|\s+sitt))\s+(?:forslag|framlegg)"
    r"(?:\s+til\s+vedtak)?\s+"
    r"(?:(?:ble|vart|blei)\s+)?(?:deretter\s+)?(?:enstemmig\s+|samrøystes\s+)?"
    r"(?:vedtatt|vedteke|vedteken|godkjent|godkjend|tiltrådt|tiltrådd|vedtas)\b", re.I)
# The body adopting it by its owner's name: "Styret sluttet seg til daglig leders
# forslag.", "Styret vedtok havnedirektørens forslag.", "Styret slutta seg til dagleg
# leiar sitt framlegg."
_BODY_ADOPTS_OWNED = lazy_regex(
    r"^(?:[\wæøå-]+\s+){1,2}(?:enstemmig\s+|samrøystes\s+)?(?:vedtok|vedtek|godkjente|"
    r"godkjende|tiltrådte|tiltrådde|(?:sluttet|slutta)\s+seg\s+(?:enstemmig\s+|samrøystes\s+)?"
    r"til|gikk\s+inn\s+for|gjekk\s+inn\s+for)\s+(?:enstemmig\s+|samrøystes\s+)?"
    r"(?P<owner>(?:[\wæøå-]+\s+)?[\wæøå-]+(?:s|\s+sitt))\s+(?:forslag|framlegg)"
    r"(?:\s+til\s+vedtak)?\s*[.!]?$", re.I)
_has_owner_genitive = contains_any(("s forslag", "s framlegg", "sitt forslag", "sitt framlegg"))
# The owner a proposal label names: "Daglig leders forslag til vedtak" → "daglig leders",
# "Kommunedirektøren sitt framlegg" → "kommunedirektøren" (see _owner_key).
_PROPOSER = lazy_regex(r"^(?P<owner>(?:[\wæøå-]+\s+)?[\wæøå-]+(?:s|\s+(?:si|sitt|sin)))\s+"
                       r"(?:innstilling|tilråding|forslag|framlegg)\b", re.I)
_POSSESSIVES = (" si", " sitt", " sin")


def _owner_key(owner: str) -> str:
    """A proposal's owner as named before it, lower-cased and without the nynorsk
    possessive ("Kommunedirektøren sitt" → "kommunedirektøren"), so that the label's
    "… si tilråding" and the vote's "… sitt framlegg" name the same owner."""
    owner = owner.casefold()
    for possessive in _POSSESSIVES:
        if owner.endswith(possessive):
            return owner[:-len(possessive)]
    return owner


def _proposer(label: str) -> str | None:
    """Whose proposal a proposal label gives, lower-cased ("daglig leders"), or None; after
    "fra" the owner as named there ("Forslag fra viltforvalteren:" → "viltforvalteren",
    whose genitive the vote may use: "Viltforvalterens forslag ble vedtatt.")."""
    found = _PROPOSER.match(label)
    if found is None and label[:1] in "FfRr" and (found := _PROPOSER_FROM.match(label)):
        return found.group("owner").casefold()
    return _owner_key(found.group("owner")) if found else None


# A proposal label naming its owner after "fra"/"frå": "Forslag fra viltforvalteren:",
# "Framlegg til vedtak frå dagleg leiar:" (one or two words, no name's capital needed).
_PROPOSER_FROM = lazy_regex(r"^(?:forslag|framlegg)(?:\s+til\s+vedtak)?\s+(?:fra|frå)\s+"
                            r"(?P<owner>(?:[\wæøå-]+\s+)?[\wæøå-]+)\s*:", re.I)


def _adopts_owners_proposal(sentence: str, proposer: str) -> bool:
    """Whether the sentence adopts a plain "forslag" by the name of the owner its label
    named: another owner's ("Tveitens forslag") is a counter-proposal."""
    if not proposer or not _has_owner_genitive(sentence):
        return False
    found = _OWNED_ADOPTED.match(sentence) or _BODY_ADOPTS_OWNED.match(sentence)
    # (the genitive of an owner a "fra" label named: "viltforvalteren" → "Viltforvalterens")
    return found is not None and _owner_key(found.group("owner")) in (proposer, f"{proposer}s")


# "Innstillingen falt med 3 mot 4 stemmer.", "Framlegget vart nedstemt.": the proposal
# before it was voted down (also "… vart røysta ned", "… oppnådde ikke flertall").
_REJECTED = lazy_regex(r"\b(?P<what>innstillingen|innstillinga|forslaget|framlegget|tilrådinga|"
                       r"(?:forslag|framlegg)\s+til\s+vedtak)\b[^.]{0,80}?"
                       r"\s(?:falt|fall|(?:ble|vart|blei)\s+(?:nedstemt|nedrøysta|forkastet|"
                       r"forkasta|(?:stemt|røysta|røystet)\s+ned)|"
                       r"(?:oppnådde|fikk|fekk)\s+(?:ikke|ikkje)\s+(?:flertall|fleirtal))\b", re.I)


def _is_rejection(sentence: str, right_after: bool) -> bool:
    """Whether a sentence says the pending proposal was voted down (the words first: most
    sentences have none). "Forslaget falt." is the proposal's fall only ``right_after`` it:
    after a "Behandling:" part it is as a rule the counter-proposal made there."""
    if sentence[:1].isdecimal():
        return _tally_fails(sentence)  # "2 stemte for, 5 mot.": the proposal fell
    lowered = sentence.lower()
    rejected = ("fal" in lowered or "ned" in lowered or "forkast" in lowered or
                "flert" in lowered or "fleirt" in lowered) and _REJECTED.search(sentence)
    return bool(rejected) and (right_after or rejected["what"].casefold() not in
                               ("forslaget", "framlegget"))


# A vote line after a vedtak ("Samrøystes vedteke.", "Vedtatt mot 2 stemmer.", "Vedtaket
# ble fattet med 7 mot 2 stemmer."): it records how the decision above was made and says
# nothing to do by itself.
_BARE_VERDICT = lazy_regex(r"^(?:vedtaket\s+(?:var|ble|vart|blei|er)"
                           r"(?:\s+(?:fattet|fatta|gjort))?\s*)?"
                           r"(?:(?:enstemmig|samrøystes|einstemmig)\s*)?"
                           r"(?:vedtatt|vedteke|vedteken|godkjenn?t|godkjend)?"
                           r"(?:\s+(?:enstemmig|samrøystes))?"
                           # (where, when the body votes as a working committee or group:
                           # "Samrøystes vedteke i AU.", "Enstemmig vedtatt i styret.")
                           r"(?:\s+i\s+(?:(?-i:[A-ZÆØÅ]{2,4})|(?:arbeids|styrings|prosjekt)?"
                           r"(?:utvalet|utvalget|gruppa|gruppen)|styret|rådet))?"
                           # (one vote against: "Vedtatt mot 1 stemme.", nynorsk "røyst")
                           r"(?:\s+(?:med|mot)\s+[\w\s]+(?:stemmer?|røyster|røyst))?"
                           # (all but the few against: "Vedtatt med alle stemmer mot én.",
                           # nynorsk "Vedteke med alle røyster mot ei.")
                           r"(?:\s+mot\s+(?:én|en|ein|ei|to|tre|fire|fem|\d{1,2}))?"
                           # (whose votes were against: "Vedtatt mot stemmene fra Sørby.",
                           # nynorsk "Vedteke mot røystene frå Sp og Frp.")
                           r"(?:\s+mot\s+(?:stemmene|stemmane|røystene|røystane)\s+"
                           r"(?:fra|frå|til)\s+[^.!?]{1,60})?"
                           # (whose casting vote: "Vedtaket er fattet med dobbeltstemme
                           # fra leder.", nynorsk "… med dobbeltrøyst frå leiar")
                           r"(?:\s+(?:fra|frå)\s+(?:møteleder|møteleiar|leder|leiar|"
                           r"styreleder|styreleiar|ordføreren|ordføraren|ordfører|ordførar))?"
                           # ("Enstemmig med unntak av Dag Eriksen.")
                           r"(?:\s*,?\s+(?:med\s+unntak\s+av|unntatt)\s+[^.!?]{1,60})?"
                           # (who voted against, in brackets: "Vedtatt mot 1 stemme (H).")
                           r"(?:\s*\([^()]{1,60}\))?"
                           # (how the rest voted: "…, 1 stemte blankt.", "…, og 1 avholdt seg.")
                           r"(?:\s*,\s+(?:og\s+)?(?:\d{1,2}|én|en|ein|ei|to|tre)\s+(?:stemte|"
                           r"røysta|røystet|avholdt|avheldt|avsto|avstod)\b[^.,;!?]{0,40})?"
                           r"\s*[.!]?$", re.I)
# Every word of _BARE_VERDICT starts with one of these letters; without a word, the
# sentence starts with a space, "." or "!" (or is empty).
_VERDICT_LETTERS = "vesg"
_may_be_bare_verdict = starts_with_any(_VERDICT_LETTERS)
_VERDICT_FIRSTS = _first_letters(_VERDICT_LETTERS)  # (the same test, written out)
# … and with these three ("Saken ble …", "Styret …", "Ellers …" pass the first letter)
_BARE_VERDICT_HEADS = frozenset(("ved", "ens", "ein", "sam", "god"))
# The vote told as its tally, the whole sentence: "4 stemte for, 1 mot.", "5 for og 2
# mot.", "Alle stemte for.", nynorsk "Alle røysta for."
_VOTE_TALLY = lazy_regex(r"^(?:(?P<yes>\d{1,2}|alle)\s+(?:stemte|stemmer|røysta|røystar)\s+for"
                         # (what for, when it is the innstilling: "5 stemte for
                         # innstillingen, 2 stemte imot."; a "forslaget" may be another's)
                         r"(?:\s+(?:innstillingen|innstillinga|tilrådinga))?"
                         r"(?:\s*(?:,|og)\s*(?P<no>\d{1,2})\s+(?:(?:stemte|røysta)\s+)?"
                         r"(?:mot|imot))?|"
                         r"(?P<for>\d{1,2})\s+for\s*(?:,|og)\s*(?P<against>\d{1,2})\s+"
                         r"(?:mot|imot))(?:\s*\([^()]{1,60}\))?\s*[.!]?$", re.I)


def _tally_carries(sentence: str) -> bool:
    """Whether the sentence is a vote's tally (``_VOTE_TALLY``) with more for than
    against: "4 stemte for, 1 mot." carries the proposal, "2 for og 5 mot." does not."""
    tally = _VOTE_TALLY.match(sentence)
    if tally is None:
        return False
    yes, no = tally["yes"] or tally["for"], tally["no"] or tally["against"]
    return not (no and yes.isdecimal() and int(no) >= int(yes))


def _votes_on_told_proposal(sentence: str) -> bool:
    """Whether the sentence is the vote on a proposal just told in words ("Per Dahl
    fremmet forslag om …"): "Forslaget ble vedtatt." / "… falt.", or its tally ("2 stemte
    for, 5 mot."), which is that proposal's and not the innstilling's."""
    if sentence[:1].isdecimal():
        return _VOTE_TALLY.match(sentence) is not None
    return sentence.startswith(("Forslaget ", "Framlegget ")) and \
        _amendment_fate(sentence) is not None


def _sibling_bullet(texts: list[tuple[str, bool, bool, bool, str | None]],
                    position: int) -> bool:
    """Whether a bullet follows a bullet that held a one-line vedtak ("- Konklusjon: X." /
    "- Kari tar opp …"): the label was one entry of the item's list, so the next entry is
    its sibling, which the label does not cover (a vedtak's own list hangs under a label
    line that is no bullet, or under one ending in a colon)."""
    return position > 0 and texts[position][3] and texts[position - 1][3]


def _sub_point_over_vedtak(text: str, texts: list[tuple[str, bool, bool, bool, str | None]],
                           position: int) -> bool:
    """Whether a list entry right under a one-line vedtak heads the next sub-point of the
    case, not the vedtak's list: a title ("b) Søknad frå Fyresdal utmarkslag", no full
    stop) with a vedtak label of its own right under it ("Vedtak: Søknaden vert
    avslått.")."""
    if text[-1:] in ".!?:;," or len(text) > 100 or position + 1 >= len(texts):
        return False
    if text[:1].isdecimal() and _next_dotted_point(text, texts, position):
        return True
    below = texts[position + 1][0]
    return _has_decision_label_word(below.lower()) and _decision_label(below) is not None


def _next_dotted_point(text: str, texts: list[tuple[str, bool, bool, bool, str | None]],
                       position: int) -> bool:
    """Whether a title numbered "1.2" ("1.2 Forsikring") carries on the points the item
    numbered above it ("1.1 Regnskap 2024"): the document's numbering makes it the next
    sub-point's heading, whatever the text under it, not a point of the vedtak over it."""
    point = _DOTTED_POINT.match(text)
    if point is None or int(point["sub"]) < 2:
        return False
    before = f"{point['top']}.{int(point['sub']) - 1}"
    return any(entry[0].startswith(before) and not entry[0][len(before):len(before) + 1]
               .isdecimal() for entry in texts[:position])


# a sub-point's number and title in capitals: "1.2 Forsikring", "3.10 Eventuelt"
_DOTTED_POINT = lazy_regex(r"(?P<top>\d{1,2})\.(?P<sub>\d{1,2})\.?\s+[A-ZÆØÅ]")


def _vedtak_text_follows(texts: list[tuple[str, bool, bool, bool, str | None]],
                        position: int) -> bool:
    """Whether the line after a vedtak's label holds the vedtak's text: right under it
    (no blank line between) and no owner or deadline line ("Ansvar: Kari", "Frist: …").
    After a blank line the minutes go on ("Vedtak: Samrøystes." / "Kari orienterte …")."""
    if position + 1 >= len(texts):
        return False
    text, gap = texts[position + 1][0], texts[position + 1][1]
    return not gap and not fold(text[:6]).startswith(("ansv", "frist", "hvem", "kven"))


def _tally_fails(sentence: str) -> bool:
    """Whether the sentence is a vote's tally with as many or more against than for:
    "2 stemte for, 5 mot." tells the proposal fell, as "Forslaget falt." does."""
    tally = _VOTE_TALLY.match(sentence)
    if tally is None:
        return False
    yes, no = tally["yes"] or tally["for"], tally["no"] or tally["against"]
    return bool(no) and yes.isdecimal() and int(no) >= int(yes)


# The vote alone after a vedtak's label ("Vedtak: samrøystes", "Vedtak: Enstemmig."): with
# the vedtak's text on the lines under it, it tells how that vedtak was made, as
# "Samrøystes vedtak:" does, and is no decision of its own.
_VOTE_ALONE = re.compile(r"(?:enstemmig|einstemmig|samrøystes)(?:\s+med\s+\d+\s+mot\s+\d+"
                         r"\s+(?:stemmer?|røyst(?:er)?))?\s*[.!]?$", re.I)


def _vote_as_vedtak(head: str, line: str) -> bool:
    """Whether a decision label is the vote alone, "Enstemmig vedtak." / "Samrøystes
    vedtak", not before a colon: right after an innstilling it tells that the innstilling
    was adopted (its words are the vedtak), not a label over text still to come."""
    lowered = head.rstrip(" .!").lower()
    return lowered.endswith(" vedtak") and not line.rstrip().endswith(":") and \
        _VOTE_ALONE.match(lowered[:-7]) is not None


# A resolution as a proposal is worded, in the present passive or with "skal"
# ("Ny bom monteres ved innkjørselen.", "Leiga vert auka til 600 kroner.", "Styret skal
# …"), perhaps after the proposer's label ("Forslaget fra Ove Kragerud: …"); the minutes'
# account of the talk ("Utvalget drøftet utkastet.") is in the past and no proposal.
_PROPOSER_LABEL = lazy_regex(
    r"^(?:(?:nytt\s+|alternativt\s+)?(?:forslag(?:et)?|framlegg(?:et)?)"
    r"(?:\s+(?:fra|frå)\s+[^:]{1,40})?|endringsforslag(?:\s+(?:fra|frå)\s+[^:]{1,40})?):\s+",
    re.I)
_PROPOSAL_WORDING = lazy_regex(
    r"^[\w-]+(?:\s+[\w-]+){0,4}?\s+(?:[a-zæøå]{3,}(?:es|as|ast)|vert|blir|skal)\s|"
    # or the body itself in the present: "Grendalaget held vårdugnad laurdag 10. mai."
    r"^(?:Styret|Rådet|Utvalget|Utvalet|[A-ZÆØÅ][a-zæøå]+(?:laget|lag|styret|rådet|utvalget|"
    r"utvalet|foreningen|foreninga|foreininga|sameiet))\s+(?:[a-zæøå]{2,}(?:er|ar)|held|tek|"
    r"gjev|gir|går|får|tar|set)\s")
_TOLD_TALK = lazy_regex(r"\b(?:ble|blei|vart|var|har|hadde|orienterte|drøftet|drøfta)\b",
                        re.I)


# A proposal a member (or the leader) made, told in words with what it proposes after
# "at": "Ola Moe foreslo at regionrådet sender uttalelse.", "Per Dahl fremmet forslag om
# at saken utsettes.", nynorsk "Kari gjorde framlegg om at laget søkjer om midlar."
_TOLD_PROPOSAL = lazy_regex(
    r"^[A-ZÆØÅ][\wæøå.-]*(?:\s+[\wæøå.-]+){0,3}?\s+(?:foreslo|føreslo|foreslog|føreslog|"
    r"(?:fremmet|fremma|gjorde|la\s+fram|la\s+frem|kom\s+med)\s+(?:et\s+|eit\s+)?"
    r"(?:forslag|framlegg)\s+om)\s+at\s+(?P<rest>\S.*)$")


@functools.lru_cache(maxsize=_SENTENCE_MEMO)  # (an answer of the text alone: see there)
def _told_proposal(sentence: str) -> str | None:
    """What a proposal told in words proposes, as its own sentence ("Ola Moe foreslo at
    regionrådet sender uttalelse." → "Regionrådet sender uttalelse."), or None: the words a
    vote right after it adopts, without who proposed them (as a "Forslaget fra X:" label
    goes)."""
    if " at " not in sentence or not (" fores" in sentence or " føres" in sentence or
                                      " om at " in sentence):
        return None
    found = _TOLD_PROPOSAL.match(sentence)
    if found is None:
        return None
    rest = found["rest"]
    return rest[:1].upper() + rest[1:]


def _proposal_voted_on(prior: str, verdict: str, source: str,
                       decisions: list[str]) -> str | None:
    """The sentence a bare vote right after it adopts, in the same paragraph ("Ny bom
    monteres ved innkjørselen. Vedtatt (4–1).", "Forslaget fra AP: X. Vedtatt mot 2
    stemmer."): the vote shows the proposal was adopted, so its words are the decision
    (as an innstilling's are when the text shows it carried). None when the vote stands
    alone, the sentence before is recorded already, or it tells the talk, not a proposal."""
    told = _told_proposal(prior)
    if prior in decisions or prior.endswith((":", "?")):
        return None  # (a task already is adopted too: a vedtak that sets a task is both)
    if told is not None:
        # "Ola Moe foreslo at regionrådet sender uttalelse. Enstemmig vedtatt." (also on
        # the next line, or "Forslaget ble vedtatt."): the proposal's own words
        if not (_is_bare_verdict(verdict) or
                (_votes_on_told_proposal(verdict) and _amendment_fate(verdict))):
            return None
        return None if told in decisions else told
    if not _is_bare_verdict(verdict):
        return None
    at = source.find(prior)
    if at < 0 or source.find(verdict, at + len(prior)) < 0:
        return None  # (the sentence before is on another line)
    if label := _PROPOSER_LABEL.match(prior):
        prior = prior[label.end():]
        prior = prior[:1].upper() + prior[1:]
    if prior in decisions or not _PROPOSAL_WORDING.match(prior) or _TOLD_TALK.search(prior):
        return None
    return prior


def _ends_in_verdict(text: str) -> bool:
    """Whether a line's last sentence, after one or more of the vedtak's own, is the vote
    on it ("Lånerammen økes til 90 mill. kroner. Enstemmig vedtatt."): the vedtak ends
    there as it does under a vote on a line of its own."""
    _, stop, last = text.rstrip().rpartition(". ")
    return bool(stop) and len(last) < 60 and _is_bare_verdict(last)


@functools.lru_cache(maxsize=_SENTENCE_MEMO)  # (an answer of the text alone: see there)
def _is_bare_verdict(sentence: str) -> bool:
    """Whether _BARE_VERDICT matches; most sentences fail on their first characters."""
    first = sentence[:1]
    if first.isdecimal() or (first in "Aa" and sentence[1:5].lower() == "lle "):
        return _tally_carries(sentence)  # "4 stemte for, 1 mot."
    # (``_may_be_bare_verdict`` written out: asked of every sentence of an item)
    if not (first in _VERDICT_FIRSTS or not first.isascii() or not first or first.isspace()
            or first in ".!"):
        return False
    head = sentence[:3]  # (ASCII only: IGNORECASE compares it as ``lower`` does)
    if head.isascii() and first.isalpha() and head.lower() not in _BARE_VERDICT_HEADS:
        return False
    return _BARE_VERDICT.match(sentence) is not None


# The ASCII first characters (and the empty text) on which ``_is_bare_verdict`` gets past
# its first tests (a non-ASCII one always does): a tally's digit or "Alle", a verdict's
# letter, a space or a stop. A sentence opening with any other is no verdict, and the
# caller that asks every sentence spares the call.
_VERDICT_OPENINGS = frozenset(("", *"Aa.!", *_VERDICT_FIRSTS,
                               *(c for c in map(chr, range(128)) if c.isdecimal() or c.isspace())))


# The week a follow-up is due, as a label writes it after who: "uke 14", "i veke 9", "innen
# uke 12" is a deadline of its own (a week is no date: the task's due stays null).
_WEEK_DUE = r"(?i:(?:i\s+)?(?:uke|veke)\s+\d{1,2})\b"

# ("Ansvar:", "Frist:", "Hvem:", "Når:", "Oppfølging: Kari Holm")
_OWNER_OR_DUE_LETTERS = "afthkno"
_may_be_owner_or_due = starts_with_any(_OWNER_OR_DUE_LETTERS)
_OWNER_OR_DUE_FIRSTS = _first_letters(_OWNER_OR_DUE_LETTERS)  # (the same test, written out)
# (an owner stops at a "·" or "|": "Ansvarlig: Thea · Status: Åpen · Frist: April 24";
# and at a deadline after a comma or a dash: "Ansvar: Liv Berg, frist: 1. oktober.",
# "Ansvarlig: Kari Holm – frist 1.3.", "Ansvar: Per, innan 1. mars", and at a second
# label on the line: "**Ansvar:** Kari Holm **Frist:** 1. oktober")
# (also "Ansvar – Jon Moe", and the owner of a "Hva: / Hvem: / Når:" entry)
# (and for what, before the colon: "Ansvarleg for oppfølging: Brit Lid"; the short
# "Ansv:" without its full stop too)
_OWNER_LINE_LABEL = (r"^(?:" + _OWNER_LABEL_IN_TEXT +
                     r"(?:\s+for\s+(?!å\b)[\wæøå]+)?"
                     r"\s*(?:[:;]|[-–](?=\s))|"
                     # the short label before a name without a colon: "Ansv. Per"
                     r"ansv\.(?=\s+(?-i:[A-ZÆØÅ]))|"
                     r"(?:hvem|kven)\s*:)\s*")
_OWNER_LINE = lazy_regex(_OWNER_LINE_LABEL + r"(?P<who>[^·|]+?)\s*"
                         r"(?:(?:(?:[,;]|\s[-–])\s*(?:frist|tidsfrist|innen|innan)\s*[:;]?|"
                         r"\s(?:frist|tidsfrist|når|naar)\s*:|"
                         # (the week it is due after a comma: "Ansvar: Kari Holm, uke 14")
                         r"(?:[,;]|\s[-–])\s*(?=" + _WEEK_DUE + r")|"
                         # (no comma before a deadline word: "Ansvar: Ola Dahl innen 1. april",
                         # "Oppfølging: styreleiar frist 1. mai" where a day follows "frist")
                         r"\s(?:innen|innan|senest|seinast)(?=\s)|\s(?:tids)?frist(?=\s+\d))\s*"
                         r"(?P<when>[^·|]+?))?\s*"
                         r"(?:[·|].*)?$", re.I)
# The same line where no deadline can follow who ("Ansvar: Kari Holm"): each way to a
# deadline needs a comma, a semicolon, a dash or one of ``_may_name_due``'s words, and a
# "·" or "|" is all that can end who before the line's end. There who runs to the last
# character that is no space (or is that space, when only spaces follow the label), as
# the lazy ``who`` above ends; ``when`` is never set.
_OWNER_LINE_PLAIN = lazy_regex(_OWNER_LINE_LABEL + r"(?P<who>[^·|]*[^·|\s]|[^·|])\s*"
                               r"(?:(?!)(?P<when>))?$", re.I)
_may_name_due = contains_any(("frist", "når", "naar", "innen", "innan", "senest", "seinast"))


def _owner_line(text: str) -> re.Match[str] | None:
    """``_OWNER_LINE.match(text)``, by ``_OWNER_LINE_PLAIN`` on a line where no deadline
    can follow who.

    Why: the lazy ``who`` tries the four ways to a deadline at each of its characters
    (about 39,000 instructions for "Ansvar: Kari Holm"); the plain form takes who in one
    run. tests/extract/test_prefilters.py compares the two."""
    if "," in text or ";" in text or "-" in text or "–" in text or "·" in text or \
            "|" in text or _may_name_due(fold(text)):
        return _OWNER_LINE.match(text)
    return _OWNER_LINE_PLAIN.match(text)


# Only who follows up, and perhaps when: "Ola Nordmann", "Kari og Per, frist 1. mars",
# "Ola Dahl innen 1. april", "Kari Li, Per Dal" (several joined by a comma too)
_OWNER_ONLY = re.compile(r"^(?P<who>[A-ZÆØÅ][\w.-]*(?:(?:\s+(?:og\s+)?|,\s*)[A-ZÆØÅ][\w.-]*)"
                         r"{0,3})\s*"
                         r"(?:(?:[,;]|\s[-–])?\s*(?:frist|innen|innan)\b.*|"
                         # (or the week it is due: "Oppfølging: Kari Holm, uke 14")
                         r"(?:[,;]|\s[-–])\s*" + _WEEK_DUE + r")?[.!]?$")
# A partner written after the owner on an owner's line: "Kari Holm, i samarbeid med
# økonomirådgiver", "sekretariatet sammen med kommunene" (as the one asked "i samarbeid
# med" others owns the task, ``_ASKED_THAT``).
_PARTNER_AFTER_OWNER = lazy_regex(r",?\s+(?:i\s+samarbeid\s+med|i\s+samråd\s+med|sammen\s+med|"
                                  r"saman\s+med)\s")
_NOTHING_TO_DO = {"ingen", "nei", "-", "–", "ingen oppfølging", "ikkje noko", "ikke noe",
                  "ingen tiltak"}


def _nothing_listed(lowered: str) -> bool:
    """Whether an entry of a follow-up list, after its lead ("Sak 10/24: Ingen."), says
    there is nothing to do."""
    return lowered.rpartition(": ")[2].rstrip(" .") in _NOTHING_TO_DO


_NOT_WHO = {"ingen", "nei", "ja", "ok", "se", "sjå", "jf", "jfr", "ikke", "ikkje"}


def _first_deadline_word(text: str) -> int:
    """Where the first "frist", "innen" or "innan" starts in ``text`` (as written), or -1:
    the deadline words the owner patterns read after who does the task."""
    at = -1
    for word in _DEADLINE_WORDS:
        found = text.find(word)
        if found >= 0 and (at < 0 or found < at):
            at = found
    return at


_DEADLINE_WORDS = ("frist", "innen", "innan")


def _may_be_owner_only(text: str) -> bool:
    """Whether ``_OWNER_ONLY`` can match: without a deadline word its owner is at most
    seven words ("Kari og Per og Ola Lie"), and a stop after a space is an eighth; a
    follow-up sentence ("Sekretariatet lager et forslag …") fails slowly, word by word.

    With one, every word before the first deadline word is a name's (a capital first),
    "og", or the comma or dash before the deadline ("Kari og Per Lie, frist 1. mars"): the
    pattern's owner is names alone, and a deadline word inside a name ("Kristinnen") only
    comes earlier. A task sentence ("Kari sender ut oversikten innen 2. mai.") has a word
    in lower case before it, and skips the pattern, whose failure there tries every
    shorter length of every name (some 10 µs)."""
    if "frist" in text or "inn" in text:
        at = _first_deadline_word(text)
        if at < 0:
            return True  # ("inn" alone: as before, the pattern decides)
        for word in text[:at].split():
            if not (word[0].isupper() or word == "og" or word[0] in ",;-–"):
                return False
        return True
    words = text.split()
    # (and without one its second word is a name's, "og", or the closing stop: "Kari
    # Holm", "Kari og Per", "Kari ."; a sentence's second word mostly is none of these)
    return len(words) <= 8 and (len(words) < 2 or words[1][0].isupper() or
                                 words[1] in ("og", ".", "!"))


def _may_be_role_by_whom(text: str) -> bool:
    """Whether ``_ROLE_BY_WHOM`` can match: without "v/", "ved" or a deadline word it is
    a role of one or two words and perhaps a stop ("dagleg leiar ."), three words at most;
    without "v/" or "ved" its deadline comes after the role and a comma or dash, so the
    first deadline word has at most three words before it ("styreleder, frist 1. mars")."""
    if "v/" in text or "ved" in text:
        return True
    if "frist" in text or "inn" in text:
        at = _first_deadline_word(text)
        return at < 0 or len(text[:at].split()) <= 3
    return len(text.split()) <= 3


_BRACKETED_DEADLINE = lazy_regex(r"\s*\((?P<when>(?i:frist|innen|innan|senest|seinast)\b[^()]*|"
                                 + _WEEK_DUE + r")\)"
                                 r"\s*\.?$")


def _deadline_unbracketed(rest: str, actions: list[Action]) -> str:
    """A follow-up label's "KH (frist 1.4.)" as "KH, frist 1.4." when no task is read
    before it, or only one that names no one ("Rutinene revideres." over "Oppfølging:
    Sekretariatet (uke 14)"): the label then only says who has the case and by when, as
    "Oppfølging: Kari Holm, frist 1. april" does (under a task someone owns, "Oppfølging:
    Sekretariatet (innen 1. mars)" stays a follow-up of its own)."""
    if (actions and actions[-1].responsible) or not rest.endswith((")", ").")):
        return rest
    bracket = _BRACKETED_DEADLINE.search(rest)
    return f"{rest[:bracket.start()]}, {bracket['when']}" if bracket else rest


def _owner_label_first(entry: str) -> str | None:
    """A list entry that opens with its owner label, perhaps its deadline, then its one
    task ("Ansvar: Sekretariatet. Frist: uke 16. Sende vedtaket til kommunene."), written
    task first ("Sende vedtaket til kommunene. Ansvar: Sekretariatet. Frist: uke 16."),
    or None when it is not so written. An entry is one unit: the label that opens it
    names who does the entry's own task, not the task of the line above (which an owner
    line alone on its line, or after its task, names)."""
    parts = sentences(entry)
    if len(parts) < 2:
        return None
    owner = _owner_line(parts[0])  # ("Ansv.: Sekr. Frist: 1. mai." is one sentence)
    who = owner.group("who").strip(" .,;") if owner else ""
    if not who or not (_owner_only(who) or _every_member(who)):
        return None  # ("Ansvar: Alle kommunene." names the members)
    rest = 1
    while rest < len(parts) - 1 and parts[rest][:1] in "FfTt" and _DUE_LINE.match(parts[rest]):
        rest += 1  # "Frist: uke 16."
    task = parts[rest]
    if rest != len(parts) - 1 or (task[:1] in "FfTt" and _DUE_LINE.match(task)) or \
            _owner_line(task) or _meeting_told(task) or task.endswith("?"):
        return None  # (two sentences after the labels: which is the task is not told)
    return " ".join((task, *parts[:rest]))


def _owner_only(text: str) -> bool:
    """Whether a follow-up label's text only names who does it ("Oppfølging: Kari Holm,
    frist 1. mars", "Oppfylging: dagleg leiar"): it then owns the task before it, as
    "Ansvar: Kari Holm" does."""
    only = _OWNER_ONLY.match(text) if _may_be_owner_only(text) else None
    if only is None:
        if len(text) < 20 and _role_only(text):  # (a role is a word or two)
            return True
        # "sekretariatet v/ Per Dahl, frist snarest": the role, who for it, and by when
        role = _ROLE_BY_WHOM.match(text) if len(text) < 80 and _may_be_role_by_whom(text) \
            else None
        return role is not None and _role_only(role["role"])
    return only.group("who").split()[0].casefold().rstrip(".") not in _NOT_WHO


# An owner role with the person who does it for the role and a deadline after it:
# "sekretariatet v/ Per Dahl, frist snarest", "Dagleg leiar ved Kari Holm",
# "styreleder, frist 1. mars", also without the comma: "sekretariatet innan 15. juni"
# (the role is then ``_role_only``'s)
_ROLE_BY_WHOM = lazy_regex(r"^(?P<role>[\wæøå]+(?:\s+[a-zæøå]+)?)"
                           r"(?:\s+(?:v/|ved\s)\s*(?:[A-ZÆØÅ][\w.-]*(?:\s+[A-ZÆØÅ][\w.-]*){0,2}|"
                           r"[a-zæøå]+))?"
                           r"\s*(?:(?:[,;]|\s[-–])\s*(?:(?:frist|innen|innan)\b.*|" +
                           _WEEK_DUE + r")|(?:frist|innen|innan)\b.*)?[.!]?$")


def _role_only(text: str) -> bool:
    """Whether the text is one owner role in lower case ("sekretariatet", "dagleg leiar")."""
    role = text.rstrip(" .").casefold()
    return role in _ROLE_OWNERS or role in ("daglig leder", "dagleg leiar")


# A follow-up label that names who after a task in the same line: "Leder sender brev til
# kommunen. Oppfølging: Ola Berg." (alone on its line it is ``_ACTION_LABEL``'s)
# (also "by" whom, without the colon: "Oppfølging ved Kari Holm, frist 1. april.", nynorsk
# "Oppfylging ved dagleg leiar.", and the short "Oppfølging v/ sekretariatet")
# (and the owner's own label: "Oppfølgingsansvar: Kari Holm", "Oppfylgingsansvarleg: …")
_FOLLOW_UP_OWNER = lazy_regex(r"^(?:oppfølging|oppfylging)(?:sansvar(?:lig|leg)?)?"
                              r"(?:\s*:\s*|\s+(?:ved\s+|v/\s*))"
                              r"(?P<rest>\S.*)$", re.I)


# The words of a deadline in the sentence after a task ("Fristen er 1. mars.", "Dette må
# være klart innen 20. februar."): its date is the task's due date.
# ("Skal være klart til 5. februar.", "Dette må gjøres før 1. mars.")
# A cheap test for any deadline word, no time needed after it: the leads of
# ``_TIME_LEADS`` (which ``_BY_NAMED_TIME`` reads with their time) and the deadline's own
# words, which take a date in shapes of their own ("frist 1. mars", "senest fredag", "klar
# til 5. februar"). ("innen" without a space also finds "innenfor": see its callers.)
_has_deadline_word = contains_any((*_TIME_LEADS, "frist", "senest", "seinast",
                                   "klar til", "klart til", "klare til", "ferdig til",
                                   "ferdige til"))
# A task app's fields under a task: who it is given to ("Tilordnet til: Kari Holm",
# "Tildelt: …") and the day it is due ("Forfallsdato: 14.03.2026"); not "Forfall:", the
# attendance label.
_APP_TASK_FIELD = lazy_regex(r"^(?:(?:tilordnet|tildelt)(?:\s+til)?|"
                             r"(?P<due>forfallsdato|forfallsdag))\s*:\s*(?P<rest>\S.*)$", re.I)
# "Ansvar:" / "Frist:" alone on a line (a PDF or a form puts the value on the next line)
_BARE_OWNER_OR_DUE = lazy_regex(r"^(?:" + _OWNER_LABEL + r"|frist|tidsfrist)\s*:$", re.I)
# "Frist: 1. mars", and without the colon when a date follows ("Frist 1. mars.").
_DUE_LINE = lazy_regex(r"^(?:(?:frist|tidsfrist)(?:\s*[:;]\s*|\s+(?=\d|innen\b|innan\b))|"
                       r"når\s*:\s*)(?P<when>.+)$", re.I)  # ("Når: 1. mars" under "Hvem:")


def _owner_or_due(sentence: str, last: str, actions: list[Action],
                  due_date: Callable[[str], str | None]) -> bool:
    """Apply an "Ansvar: X" or "Frist: …" sentence to the task before it; True if it was one.

    "Ansvar: X" after a sentence that was not read as a task makes that sentence one
    ("Møtet vedtok å … . Ansvar: sekretariatet."): naming who is responsible is what
    makes it a follow-up. Not so after a sentence that tells what the meeting did ("Saken
    ble drøftet.", "Tatt til orientering."): the line then names who has the case.
    """
    head = fold(sentence[:9])  # both patterns are anchored: most sentences fail here
    if head[:5] in ("tilor", "tilde", "forfa") and (field := _APP_TASK_FIELD.match(sentence)):
        # a task app's fields under the task (Teams, Planner, Loop): "Tilordnet til: Kari
        # Holm" names who, as "Ansvar:" does, "Forfallsdato: 14.03.2026" when, as "Frist:"
        sentence = ("Frist: " if field["due"] else "Ansvar: ") + field["rest"]
        head = fold(sentence[:9])
    if head.startswith("opp") and (follow := _FOLLOW_UP_OWNER.match(sentence)) and \
            _owner_only(follow["rest"]):
        sentence, head = f"Ansvar: {follow['rest']}", "ansvar: "  # "Oppfølging: Ola Berg."
    owner = head.startswith(("ansv", "hvem", "kven")) and _owner_line(sentence)
    if owner is None and (joined := _joined_owner_due(sentence)):
        # "Ansvar/frist: Kari Holm, 1. mars" (the pattern found no label it knows)
        return _owner_or_due(joined, last, actions, due_date)
    if owner:
        who = owner.group("who").strip(" .,;")
        if " med " in who and (partner := _PARTNER_AFTER_OWNER.search(who)) and partner.start():
            who = who[:partner.start()]  # "Ansvar: Legevaktsjefen, i samarbeid med
            # økonomirådgiver": the partner helps, the one named first owns the task
        if _owner_doing(who):  # "Ansvar: Kari Holm ser på saken.": a task of its own
            actions.append(make_action(sentence, due_date))
            return True
        if not last and not actions and _owner_only(who) and "·" not in sentence:
            # "Ansvar: Kari" under the item's heading: who has the case (a tracker's
            # "Ansvarlig: Styret · Status: Åpen" makes the item a task of its own)
            return True
        if _names_its_own_task(sentence):
            actions.append(make_action(sentence, due_date))  # "Ansvar for plakat: Eirik."
            return True
        if _not_yet_a_task(last, actions):
            if _meeting_told(last):
                return True  # "Saken ble drøftet." / "Ansvar: Kari Holm": who has the case
            actions.append(make_action(last, due_date))
        if actions and (not _owner_named(actions[-1]) or who in (actions[-1].responsible or "")
                        or _names_in_full(who, actions[-1].responsible or "")):
            actions[-1].responsible = who  # (or the one in charge of those it names)
        if actions and owner.group("when"):
            actions[-1].due = due_date(f"frist {owner.group('when')}") or actions[-1].due
        return bool(actions)
    due = (actions or last) and head.startswith(("frist", "tidsfrist", "når")) and \
        _DUE_LINE.match(sentence)
    if not due and head == "frist for" and last and (named := _NAMED_DEADLINE.match(sentence)):
        _must_by_named_deadline(named["when"], last, actions, due_date, named["what"])
        return False  # (the sentence read on as any other: in a vedtak, one of its own)
    if due is None and (joined := _joined_owner_due(sentence)):
        return _owner_or_due(joined, last, actions, due_date)  # "Frist/ansvar: 1. mars / Kari"
    if due and head.startswith(("frist", "tidsfrist")) and _not_yet_a_task(last, actions):
        if _meeting_told(last) or (last[:1] in "AaHhKk" and _owner_line(last)):
            # "Saka vart drøfta." / "Frist: 1. juni": no task is named (nor by "Ansvar:
            # styret v/ leder." first in the item: who has the case)
            return True
        actions.append(make_action(last, due_date))  # "Lage kart." over "Frist: 3. mars"
    if due and actions:  # (read with its word: after "frist" a "15/3" is a date, not a case number)
        actions[-1].due = due_date(f"frist {due.group('when')}") or actions[-1].due
        return True
    return False


# What an owner line is for, before its colon: "Ansvar for plakat: Eirik." names a task
# of its own (the poster); "Ansvar for oppfølging: Kari", "Ansvarleg for saka: Per" name
# who carries the case or the sentence above.
_OWNER_FOR = lazy_regex(r"ansv\w*\.?\s+for\s+(?P<what>[\wæøå]+)\s*[:;]", re.I)
_FOLLOW_UP_WORDS = frozenset({
    "oppfølging", "oppfølgingen", "oppfølginga", "oppfylging", "oppfylginga", "saken",
    "saka", "dette", "det", "denne", "den", "videre", "vidare", "gjennomføring",
    "gjennomføringen", "gjennomføringa", "arbeidet", "tiltaket", "tiltak", "oppgaven",
    "oppgåva", "punktet", "punkt", "sak", "oppgave", "oppgåve", "utføring", "utføringen"})


def _names_its_own_task(sentence: str) -> bool:
    """Whether an "Ansvar for X: Y" line names its own task X (see ``_OWNER_FOR``)."""
    what = _OWNER_FOR.match(sentence)
    return what is not None and what.group("what").casefold() not in _FOLLOW_UP_WORDS


def _last_task_state(actions: list[Action]) -> tuple[int, str | None]:
    """How many tasks there are and who owns the last: an owner line that leaves this
    unchanged gave no task its owner."""
    return len(actions), actions[-1].responsible if actions else None


def _owner_line_of_earlier_task(sentence: str, actions: list[Action],
                                due_date: Callable[[str], str | None]) -> Action | None:
    """The task before the last that an "Ansvar: X" line repeats the doers of, when both
    tasks name their own doers as their subjects and the last names others ("Synnøve og
    Petter lager forslag innen 1. juni. Jorunn bestiller vestene." / "Ansvar: Synnøve og
    Petter"): the line restates who does the first, and the last stays its own subject's.
    Its deadline, if the line has one, goes to that task too; None for any other line."""
    if not fold(sentence[:6]).startswith("ansvar") or (owner := _owner_line(sentence)) is None:
        return None
    who = owner.group("who").strip(" .,;")
    last, earlier = actions[-1], actions[-2]
    if not last.responsible or who != earlier.responsible or who == last.responsible or \
            not last.text.startswith(last.responsible) or not earlier.text.startswith(who):
        return None
    if owner.group("when") and earlier.due is None:
        earlier.due = due_date(f"frist {owner.group('when')}")
    return earlier


def _owner_named_first(sentence: str) -> str | None:
    """Who a "Hvem: Kari" / "Kven: Per" line names when it gave no task its owner (no
    task before it, or one that has its owner): the entry is written owner first, and
    the "Hva:" line after it is that owner's task."""
    if sentence[:1] not in "HhKk":
        return None
    head = fold(sentence[:5])
    if head not in ("hvem:", "kven:") and not head.startswith(("hvem ", "kven ")):
        return None
    owner = _owner_line(sentence)
    who = owner.group("who").strip(" .,;") if owner else ""
    return who if owner and not owner.group("when") and _owner_only(who) else None


def _task_after_owner(sentence: str, who: str,
                      due_date: Callable[[str], str | None]) -> Action | None:
    """The task of a "Hva: sende brev" line right under "Hvem: Kari" (see
    ``_owner_named_first``), owned by who that line named."""
    if sentence[:1] not in "HhKkOo" or ":" not in sentence[:8] or \
            not _WHAT_LABEL.match(sentence):
        return None
    task = make_action(sentence, due_date)
    task.responsible = task.responsible or who
    return task


# What the meeting itself did with the case, in the past (searched lower-cased): "Saken
# ble drøftet.", "Daglig leder orienterte om økonomien.", "Styret gikk gjennom
# tilbudene.", "Tatt til orientering." – nothing left to do after the meeting.
_MEETING_TOLD = lazy_regex(
    r"^(?:(?:[\wæøå.-]+\s+){1,3}(?:ble|vart|blei)\s+(?:\w+\s+)?(?:drøftet|drøfta|diskutert|"
    r"gjennomgått|orientert|informert|presentert)|"
    r"(?:[\wæøå.-]+\s+){1,3}(?:orienterte|informerte|diskuterte|drøftet|drøfta|presenterte|"
    # (also a case or a proposal laid before the meeting, and a summary given to it: "Per
    # la fram et forslag om …", "Eline oppsummerte evalueringene.")
    r"gjennomgikk|gikk\s+gjennom|gjekk\s+gjennom|la\s+fram|la\s+frem|oppsummerte)|"
    r"(?:saken\s+|saka\s+)?(?:ble\s+|vart\s+)?(?:tatt|teke|teken)\s+til\s+"
    r"(?:orientering|etterretning|vitande|vitende)|"
    # or put the case off: "Saka vart utsett til neste møte.", "Saken utsettes." – an
    # "Ansvar: dagleg leiar" under it names who has the case, not a task
    r"(?:[\wæøå.-]+\s+){0,3}?(?:ble\s+|vart\s+|blei\s+|er\s+|vert\s+|blir\s+)?"
    r"(?:utsatt|utsatte|utsett|utsette|utsetter|utsettes|utsetjast|utset))\b[^,;]*$")
_has_told_meeting_word = contains_any(("drøft", "diskut", "gjennom", "orient", "inform",
                                       "presenter", "etterretning", "vitande", "vitende",
                                       "utsatt", "utset", "la fram", "la frem",
                                       "oppsummerte"))


# A question word opening what the meeting talked about ("Styret diskuterte hva som må
# gjøres", "Gruppa drøfta korleis stien skal merkast"): the passive after it is the
# topic of the talk, not a follow-up anyone was given.
_ASKED_WHAT = lazy_regex(r"\b(?:hva|kva|hvordan|korleis|hvilke|hvilken|hvilket|kva\s+for|"
                         r"hvem|kven)\s")


def heads_decisions(text: str) -> bool:
    """Whether a line is a decision label alone with its colon ("Vedtak:", "Vedtak
    (samrøystes):", "Dette vart bestemt:"), the vedtak's points on the lines under it: a
    numbered list there ("1. Leiargruppa godkjende referatet.") is the vedtak's, no items."""
    if not text.endswith(":") or len(text) > 60:
        return False
    folded = fold(text)
    if _has_decision_label_word(folded) and (label := _decision_label(text)) is not None:
        return not label.group("rest").strip()
    return bool(_may_be_decision_title(text) and _DECISION_TITLE.match(text))


def heads_decision_list(text: str) -> bool:
    """Whether a short line alone heads a list of the meeting's decisions ("Beslutninger",
    "Dette vart bestemt", "Vedtak i møtet"; ``_DECISION_TITLE``)."""
    return len(text) < 40 and bool(_may_be_decision_title(text) and _DECISION_TITLE.match(text))


def is_outcome_heading(text: str) -> bool:
    """Whether a line alone heads the meeting's decisions or tasks ("Dette vart bestemt",
    "Oppfølging:", "Til oppfølging"): a short summary's sections after its attendance, so
    the names under them are people at work, not people who came."""
    if len(text) >= 40:
        return False
    folded = fold(text)
    return bool((_has_action_label_word(folded) and _ACTION_HEADING.match(text)) or
                (_may_be_decision_title(text) and _DECISION_TITLE.match(text)))


def tells_what_the_meeting_did(sentence: str) -> bool:
    """Whether a sentence only tells what the meeting did with the case ("Geir orienterte
    om resultatene.", "Saken ble drøftet."): no errand for after the meeting."""
    return _meeting_told(sentence)


def _meeting_told(sentence: str, lowered: str | None = None) -> bool:
    """Whether a sentence tells only what the meeting did with the case (``_MEETING_TOLD``),
    with no task after a comma ("Saken ble drøftet, og Kari sender brev"). ``lowered``:
    the sentence lower-cased, when the caller holds it."""
    if lowered is None:
        lowered = sentence.lower()
    return _has_told_meeting_word(lowered) and _MEETING_TOLD.match(lowered) is not None


def _share_owner_and_due(tasks: list[Action]) -> None:
    """Give the tasks of a list the owner and deadline that one "Ansvar:" or "Frist:"
    line under the whole list gave its last entry ("- Sende brev / - Oppdatere nettsiden
    / Ansvar: Kari"): the line stands apart from the entries, so it covers them all;
    an entry that names its own owner or date keeps it."""
    if len(tasks) < 2:
        return
    owner, due = tasks[-1].responsible, tasks[-1].due
    for task in tasks[:-1]:
        task.responsible = task.responsible or owner
        task.due = task.due or due


def _owner_doing(who: str) -> str | None:
    """The subject when an owner label's value goes on with a task verb ("Ansvar: Kari Holm
    ser på saken" → "Kari Holm"), or None: the label then names who, and the words after
    it are the task itself, not part of the name (nor the owner of the task before it)."""
    if " " not in who:
        return None
    if " – " in who or " - " in who:  # "Ansv.: RB – Bestille nye skilt": who, then the task
        left, right = _DASH_SPLIT.split(who, maxsplit=1)
        if (_TASK_INFINITIVE_AT.match(right.strip()) or _infinitive_first_word(right)) and \
                _owners_after_dash(left.strip()):
            return left.strip()
    verb = _TASK_VERB_RE.search_lowered(who, who.lower())
    if verb is None:
        return _named_person_doing(who)
    if verb.start() == 0:
        return None
    subject = who[:verb.start()].strip(" ,")
    words = subject.split()
    # (two people joined: "Ansvar: Kari Holm og Per Dahl lagar forslag …")
    if not words or len(words) - words.count("og") > 4 or not (words[0][:1].isupper() or
                                           subject.casefold() in _ROLE_OWNERS or
                                           _role_only(subject)):
        return None
    return subject


def _infinitive_first_word(text: str) -> bool:
    """Whether a task opens with a verb in the infinitive outside the task verbs' list
    ("Melde saka inn til regionrådet", "Rydde lageret"): a word in "-e" of four letters or
    more that is no first name, with more words after it."""
    words = text.split(maxsplit=2)
    return len(words) > 1 and len(words[0]) >= 4 and words[0].endswith("e") and \
        words[0].isalpha() and not is_first_name(words[0])


# Verbs in the present that tell a state, not an errand: "Ansvar: Kari Holm har …".
_STATE_VERBS = frozenset({"har", "var", "hadde"})


def _named_person_doing(who: str) -> str | None:
    """The person an owner label's value opens with when a verb in the present follows
    the name, whatever the verb ("Ansvar: Anne Kro legger planen fram for …" → "Anne
    Kro"): a sentence of its own, the task itself; only after a first name, so a role
    ("Daglig leder") is no subject, and not a verb of state ("har", "var")."""
    found = _TASK_BOX_OWNER.match(who)
    if found is None or not is_first_name(found.group(1).split()[0]):
        return None
    verb = who[found.end(1):].split()[0]
    return None if verb in _STATE_VERBS else found.group(1)


_DEADLINE_FOR = lazy_regex(r"^(?:tids)?frist(?:en)?\s+for\s+(?:å\s+)?(?P<what>[\wæøå-]+)")
_POINTERS = frozenset(("dette", "det", "denne", "den", "disse", "desse", "arbeidet",
                       "oppgaven", "oppgåva", "oppdraget", "tiltaket", "saken", "saka"))


def _deadline_of_another(lowered: str, task: str) -> bool:
    """Whether a deadline sentence names a thing of its own that the task before does not
    ("Kart oppdateres. Frist for innspill til planen er 20. mai."): that deadline is
    the thing's, not the task's ("Fristen for søknaden er 1. mars." after "Kari sender
    søknaden." and "Fristen for dette …" stay the task's)."""
    if not lowered.startswith(("frist", "tidsfrist")):
        return False
    named = _DEADLINE_FOR.match(lowered)
    if named is None or named["what"] in _POINTERS:
        return False
    return named["what"][:5] not in task.lower()


def _someone_else_first(sentence: str, task: str = "") -> bool:
    """Whether a sentence opens with a person's first name or an owner role ("Per Dahl
    rapporterer til styret innen 1. mars."): its deadline is that one's own, not the
    deadline of the task before it ("Fristen er 1. mars." is the task's). So is one that
    opens with a definite noun the task does not name and a verb of its own ("Kari søker
    om midler. Kommunen svarer innen 1. mai.", "Per lager et utkast. Planen skal være
    ferdig innen 15. mai."): a second subject, with its own date; "Kari sender søknaden.
    Søknaden må være inne innen 1. mars." names the task's own thing."""
    words = sentence.split(maxsplit=2)
    first = words[0].rstrip(",.:")
    if is_first_name(first) or first.casefold() in _ROLE_OWNERS:
        return True
    if first.casefold() in _DEADLINE_OPENERS and (inverted := _DEADLINE_FIRST.match(sentence)):
        # the deadline put first, the verb second: "Innen 15. mai skal planen være ferdig."
        return _another_subject(inverted["noun"].capitalize(), inverted["verb"], task)
    return len(words) > 2 and _another_subject(first, words[1], task)


def deadline_put_last(sentence: str) -> str | None:
    """A sentence that opens with its deadline told in the usual order, subject first and
    deadline last ("Innen 15. mai skal planen være ferdig." → "Planen skal være ferdig
    innen 15. mai."), or None when it does not open so. Norwegian puts the verb second
    after a fronted deadline; read back in the usual order the sentence is the task the
    same words make ("Innan 1. juni skal sekretariatet sende planen." is the
    secretariat's), so the task forms need not each know both orders."""
    inverted = _DEADLINE_THEN_VERB.match(sentence)
    if inverted is None:
        return None
    words = inverted["rest"].split()
    if len(words) < 2:
        return None
    size = 1
    if words[0].casefold() in _ALL_OF:
        size = 2  # "Innen 1. mars må alle kommunene …"
    elif words[0][:1].isupper():
        while size < min(3, len(words) - 1) and words[size][:1].isupper():
            size += 1  # "Innen fredag sender Kari Nes …": the whole name
    subject, remainder = " ".join(words[:size]), " ".join(words[size:])
    stop = remainder[-1] if remainder[-1] in ".!" else ""
    deadline = inverted["deadline"]
    return (f"{subject[:1].upper()}{subject[1:]} {inverted['verb']} {remainder.rstrip('.!')} "
            f"{deadline[:1].lower()}{deadline[1:]}{stop}")


# A deadline put first, then the verb and the rest: "Innen 15. mai skal planen være ferdig.",
# "Innan utgangen av mars må søknaden vere send.", "Før jul skal styret …".
# (also a week, "Innen uke 12 skal Kari …", "Innan veke 12 må …", a season, "Før sommeren
# skal styret …", and the time after the meeting or until the next, which are no
# deadlines but put first the same way: "Til neste møte skal Per lage …", "Etter møtet
# skal Per bestille …")
_DEADLINE_THEN_VERB = lazy_regex(
    r"^(?P<deadline>(?:innen|innan|senest|seinast|før)\s+(?:(?:den\s+)?\d{1,2}\.?\s*"
    r"(?:[a-zæøå]+\.?|\d{1,2}\.?)(?:\s*\d{2,4})?|[a-zæøå]+dag|nyttår|jul|påske|sommaren|"
    r"sumaren|sommeren|høsten|hausten|våren|(?:uke|veke)\s+\d{1,2}|"
    r"utgangen\s+av\s+[a-zæøå]+(?:\s+\d{4})?|neste\s+[a-zæøå]+)|"
    r"til\s+neste\s+[\wæøå-]*møte|etter\s+møtet)\s*,?\s+"
    r"(?P<verb>skal|må|bør|blir|vert)\s+(?P<rest>\S.*)$", re.I)


# An earlier agreement referred to first, then the verb and the rest: "Som avtalt sender
# Kari Holm invitasjonen …", "Som avtalt på forrige møte skal styreleiar …", nynorsk "Som
# avtala tidlegare, kallar leiar inn …" (searched lower-cased after a "som " test).
_AS_AGREED_THEN_VERB = lazy_regex(
    r"^som\s+(?:tidligere\s+|tidlegare\s+|allerede\s+|alt\s+)?(?:avtalt|avtala|bestemt|"
    r"vedtatt|vedteke|besluttet|nevnt|nemnt|varslet|varsla)"
    r"(?:\s+(?:på|i)\s+(?:forrige|førre|siste|sist)\s+[\wæøå-]*møte|\s+tidligere|\s+tidlegare)?"
    r"\s*,?\s+(?P<verb>[a-zæøå]+)\s+(?=\S)", re.I)


def agreement_put_aside(sentence: str) -> str | None:
    """A sentence that opens by referring to an earlier agreement, read without that
    opener and with its subject first ("Som avtalt sender Kari Holm invitasjonen innen 1.
    mai." → "Kari Holm sender invitasjonen innen 1. mai."), or None when it does not open
    so or names no one after the verb. What was agreed before and is still to be done is
    this meeting's follow-up as the plain sentence is (not a decision of this meeting:
    the agreement was made earlier); Norwegian puts the verb before the subject after
    such an opener, so the task forms read it back in the usual order."""
    opener = _AS_AGREED_THEN_VERB.match(sentence)
    if opener is None:
        return None
    who = _INVERTED_SUBJECT.match(sentence, opener.end())
    if who is None or who.group("who").casefold() in _PRONOUN_SUBJECTS:
        return None  # "Som avtalt arrangeres sommerfesten 14. juni.": no one named
    return f"{who.group('who')} {opener['verb']}{sentence[who.end():]}"  # (as written)


# A sequence or time adverbial put first, then the finite verb and the rest: "Nå sender
# Kari Holm …", "Deretter lager Per Dal …", nynorsk "I mellomtida førebur Kari …", "No
# kallar leiar inn …", "Neste veke sender sekretariatet …" (searched lower-cased after a
# first-word test: ``_SEQUENCE_OPENER_WORDS``).
_SEQUENCE_THEN_VERB = lazy_regex(
    r"^(?:nå|no|deretter|derefter|så|etterpå|først|fyrst|seinare|senere|samtidig|samstundes|"
    r"videre|vidare|dessuten|dessutan|i\s+mellomtida|i\s+mellomtiden|i\s+tillegg|til\s+slutt|"
    r"etter\s+(?:dette|det)|(?:i\s+)?(?:neste|denne|kommende|kommande)\s+"
    r"(?:uke|uka|veke|veka|måned|månad))\s*,?\s+(?P<verb>[a-zæøå]+)\s+(?=\S)", re.I)
# The first words of those openers, with the space after them (a cheap ``startswith``).
_SEQUENCE_OPENING = ("nå ", "no ", "deretter ", "derefter ", "så ", "etterpå ", "først ",
                     "fyrst ", "seinare ", "senere ", "samtidig ", "samstundes ", "videre ",
                     "vidare ", "dessuten ", "dessutan ", "i mellomtid", "i tillegg ", "til slutt ",
                     "etter det", "i neste ", "neste ", "denne ", "kommende ", "kommande ")
_SEQUENCE_INITIALS = "ndsefvitk"
_OPENER_INITIALS = _SEQUENCE_INITIALS  # (with "s" of "som ")


def opener_put_aside(sentence: str, lowered: str) -> str | None:
    """A sentence that opens with an earlier agreement ("Som avtalt …", see
    ``agreement_put_aside``) or with a sequence or time adverbial ("Nå sender Kari Holm
    brevet." → "Kari Holm sender brevet."), read without the opener and with its subject
    first; None when it opens otherwise or names no one after the verb. Norwegian puts
    the finite verb second, so the subject follows it; read back in the usual order the
    sentence is the task (or the report, or the view) the plain sentence is, and the
    adverb is never its owner."""
    if lowered[:4] == "som ":
        return agreement_put_aside(sentence)
    if lowered[:1] not in _SEQUENCE_INITIALS or not lowered.startswith(_SEQUENCE_OPENING):
        return None
    opener = _SEQUENCE_THEN_VERB.match(sentence)
    if opener is None or opener["verb"].casefold() in _NOT_FINITE_AFTER_OPENER:
        return None
    who = _INVERTED_SUBJECT.match(sentence, opener.end())
    if who is None or who.group("who").casefold() in _PRONOUN_SUBJECTS:
        return None  # "Deretter sendes brevet til kommunen.": no one named
    return f"{who.group('who')} {opener['verb']}{sentence[who.end():]}"  # (as written)


# Words after an opener that are no finite verb: "Deretter til Kari …", "Nå i mai …"
_NOT_FINITE_AFTER_OPENER = frozenset({"til", "i", "på", "med", "om", "for", "av", "fra", "frå",
                                      "og"})


# A sentence opening with its deadline, the verb second and the subject after it (Norwegian
# puts the verb second): "Innen 15. mai skal planen være ferdig.", nynorsk "Innan 1. juni
# må rapporten vere send." – the subject is what the sentence is about, as when it opens
# the sentence ("Planen skal være ferdig innen 15. mai.").
_DEADLINE_OPENERS = frozenset(("innen", "innan", "senest", "seinast", "før"))
# The same words opening a sentence, with the space after them (a cheap ``startswith``).
_DEADLINE_OPENING = tuple(f"{word} " for word in _DEADLINE_OPENERS)
# … and the times put first the same way that are no deadlines ("Til neste møte skal …",
# "Etter møtet skal …"), which ``deadline_put_last`` reads back too; their first letters.
_TIME_FIRST_OPENING = (*_DEADLINE_OPENING, "til neste ", "etter møtet ")
_TIME_FIRST_INITIALS = "ifste"
_DEADLINE_FIRST = lazy_regex(r"^\w+\s+(?:\d{1,2}\.?\s*(?:\w+|\d{1,2}\.?)(?:\s*\d{2,4})?|"
                             r"\w+dag|nyttår|jul|påske|sommaren|sumaren)\s*,?\s+"
                             r"(?P<verb>skal|må|vil|bør|blir|vert|er|kan)\s+"
                             r"(?P<noun>[a-zæøå]{5,})\b")


# The endings of a definite noun ("kommunen", "huset", "gruppa", "kommunene", "kommunane":
# ``DEFINITE_ENDINGS`` and the plural's) and the verbs after a subject that make a
# sentence of its own: a modal, or a present tense.
_DEFINITE_ENDINGS = (*DEFINITE_ENDINGS, "ene", "ane", "erne", "arne")
_OWN_VERBS = frozenset({"skal", "må", "vil", "kan", "bør", "er", "blir", "vert", "får", "har"})


# A passive with its agent: "… bekreftes av busselskapet", "… vert godkjent av styret",
# "… signeres av leder" (searched lower-cased).
_PASSIVE_AGENT = lazy_regex(r"\b(?:[a-zæøå]{3,}(?:es|ast)|(?:blir|vert|bli|verte)\s+[a-zæøå]+)"
                            r"\s+av\s+(?P<agent>[\wæøå]+(?:\s+[\wæøå]+)?)")


def _done_by_another(lowered: str, owner: str | None) -> bool:
    """Whether a deadline sentence after a task names who does its own act, someone other
    than the task's ``owner`` ("Daglig leder sender brev. Svaret bekreftes av busselskapet
    innen 1. mars."): that deadline is the agent's, no date of the task before it."""
    if " av " not in lowered:
        return False  # (most deadline sentences name no agent)
    found = _PASSIVE_AGENT.search(lowered)
    if found is None:
        return False
    agent = found["agent"]
    return not owner or agent.split()[0] not in owner.casefold()


def _another_subject(first: str, second: str, task: str) -> bool:
    """Whether ``first`` and ``second`` open a sentence with a subject of its own (see
    ``_someone_else_first``): a capitalised definite noun that the task does not name, or
    an authority or organisation whether it does or not, then a modal or a present-tense
    verb."""
    if not first[:1].isupper() or len(first) < 5 or \
            not first.casefold().endswith(_DEFINITE_ENDINGS):
        return False
    verb = second.casefold()
    # (a present-tense verb, also in the passive: "Svaret bekreftes av busselskapet innen
    # 1. mars.", nynorsk "Svaret vert stadfesta …", "Svaret stadfestast …")
    if verb not in _OWN_VERBS and not (verb.endswith(("er", "ar", "es", "ast")) and len(verb) > 4):
        return False
    task = task.casefold()
    noun = first.casefold()
    if "frist" in noun or noun in _POINTERS:
        # "Fristen er 1. april.", "Søknadsfristen er 15. mars.", "Arbeidet skal være
        # ferdig …": the task's
        return False
    if "kommune" in noun or noun.endswith(ORGANISATION_ENDINGS) or \
            any(stem in noun for stem in _STATE_STEMS + _COUNCIL_STEMS):
        # an authority or an organisation acts of its own, though the task names it:
        # "Marit kontakter kommunen. Kommunen behandler saken innen 30. september."
        return True
    return not _names_thing(noun, task)


def _thing_of_task_before(sentence: str, lowered: str, prior: str,
                          actions: list[Action]) -> bool:
    """Whether a sentence opens with the thing the task before makes, by its definite
    noun, and only says when it is ready ("Egil lager program. Programmet skal være klart
    til 1. november.", "Kari skriv søknad. Søknaden må vere ferdig innan 1. mars."): the
    task's deadline, as "Dette må gjøres før …" is, no second task."""
    if not (actions and actions[-1].text == task_text(prior)):
        return False  # (undated, or dated from this sentence: ``_deadline_of_task_before``)
    first = sentence.split(maxsplit=1)[0]
    if first.casefold() in _DEADLINE_OPENERS and (moved := deadline_put_last(sentence)):
        first = moved.split(maxsplit=1)[0]  # "Innen 1. april må maskinene være på plass."
    noun = first.casefold()
    if noun in _POINTERS and first[:1].isupper():
        # the task's work by a general word: "Rådet ber X lage ei sak om Y. Saka skal vere
        # klar innan 15. januar.", "Arbeidet skal være ferdig innen 1. mai."
        return _has_deadline_word(lowered) and _refers_back(lowered)
    if not first[:1].isupper() or len(noun) < 5 or not noun.endswith(_DEFINITE_ENDINGS) or \
            "frist" in noun or noun in _POINTERS or not _has_deadline_word(lowered):
        return False
    return _names_thing(noun, actions[-1].text.casefold()) and _refers_back(lowered)


def _names_thing(noun: str, task: str) -> bool:
    """Whether a task (lower-cased) names the thing a definite noun is ("programmet" in
    "lager program", "søknaden" in "sender søknad"): a word of the task starts with the
    noun's stem (without the doubled consonant of the definite form), or holds it as the
    last part of a compound."""
    stem = next(noun[:-len(end)] for end in _DEFINITE_ENDINGS_LONGEST if noun.endswith(end))
    if len(stem) > 3 and stem[-1] == stem[-2]:
        stem = stem[:-1]  # "programmet" → "program" (the consonant doubled before the ending)
    # (or ends a compound with it: "maskinene" in "bestiller nye vaskemaskiner")
    words = re.findall(r"\w+", task)
    return any(word.startswith(stem) or (len(stem) >= 5 and stem in word) for word in words) \
        or _names_doing(stem, words)


# The endings that make a noun of a verb: "søknad" of "søke", "bestilling" of "bestille",
# "innkallelse" of "innkalle".
_VERB_NOUN_ENDINGS = ("nad", "ning", "ing", "else")


def _names_doing(stem: str, words: list[str]) -> bool:
    """Whether a noun's stem is the noun of the task's own verb ("søknaden" after "søker",
    "bestillingen" after "bestiller", "rapporteringa" after "rapporterer"): the thing the
    task makes is named by its doing, and a sentence of it with a deadline dates the task."""
    ending = next((end for end in _VERB_NOUN_ENDINGS if stem.endswith(end)), None)
    if ending is None or len(stem) - len(ending) < 3:
        return False
    verb = stem[:-len(ending)]
    if any(word in (verb + "er", verb + "ar", verb + "jer", verb + "e") for word in words):
        return True
    # (a particle verb names its noun with the particle first: "greie ut" → "utgreiing",
    # "legge fram" → "framlegging"; a vedtak asks for it in the infinitive)
    particle = next((p for p in _NOUN_PARTICLES if verb.startswith(p)), None)
    if particle is None or len(verb) - len(particle) < 3:
        return False
    rest = verb[len(particle):]
    return any(word in (rest + "e", rest + "er", rest + "ar") and words[at + 1:at + 2] ==
               [particle] for at, word in enumerate(words))


# The particles that come first in the noun of a particle verb ("utgreiing" of "greie ut").
_NOUN_PARTICLES = ("ut", "fram", "opp", "inn", "gjennom")


# (longest first: "kommunene" loses "ene", not "e"; "trykkeriet" → "trykkeri", which
# "trykking" does not start with)
_DEFINITE_ENDINGS_LONGEST = tuple(sorted(_DEFINITE_ENDINGS, key=len, reverse=True))


# A deadline named by what is due, as its own sentence: "Frist for innmelding 15.
# september.", "Frist for søknad er 1. oktober."
_NAMED_DEADLINE = lazy_regex(r"^(?:frist|tidsfrist)\s+for\s+(?:å\s+)?"
                             r"(?P<what>[^\W\d]+(?:\s+[^\W\d]+){0,3}?)"
                             r"\s*(?:er\s+|:\s*)?(?P<when>\d.*)$", re.I)


def _must_by_named_deadline(when: str, last: str, actions: list[Action],
                            due_date: Callable[[str], str | None], what: str = "") -> None:
    """Make a "må" errand above a "Frist for X <date>." sentence a task with that date:
    "Kommunane må melde inn behov til sekretariatet. Frist for søknad 1. oktober." has its
    deadline in the next sentence, as "… innan 1. oktober" in its own makes it a task
    (``_MUST_DO``). A task read already from the sentence above, undated, takes the date
    when the deadline names what that task is about (``_names_same_thing``): "… ba Kari
    Holm nedsette en arbeidsgruppe med én representant fra hver kommune. Frist for å
    melde inn representanter er 1. desember." ("Kart oppdateres. Frist for innspill til
    planen er 20. mai." dates another errand). Anything else above stays as it was:
    "Fylket har lyst ut midlar. Frist for søknad 1. oktober." tells of another's
    deadline."""
    if actions and actions[-1].due is None and not _not_yet_a_task(last, actions) and \
            _names_same_thing(what, last):
        actions[-1].due = due_date(f"frist {when}")
        return
    if " må " in last and _not_yet_a_task(last, actions) and \
            _must_do(last, last.lower()) is not None and not _standing(last.lower()):
        actions.append(make_action(last, due_date))
        actions[-1].due = due_date(f"frist {when}")


def _names_same_thing(what: str, sentence: str) -> bool:
    """Whether a deadline's words ("melde inn representanter") share a stem with a
    sentence ("… med én representant fra hver kommune"): the first six letters of a word
    of six letters or more."""
    stems = {word[:6] for word in what.casefold().split() if len(word) >= 6}
    return bool(stems) and any(word[:6] in stems for word in sentence.casefold().split()
                               if len(word) >= 6)


def _not_yet_a_task(last: str, actions: list[Action]) -> bool:
    """Whether the sentence before an "Ansvar:" or "Frist:" line is no task yet: the line
    makes it one, as a deadline or an owner is what makes a sentence a follow-up (and
    the line then belongs to it, not to an earlier task)."""
    return bool(last) and (not actions or actions[-1].text != task_text(last))


def _bracketed(sentence: str) -> str | None:
    """The text of a sentence that is all one parenthesis ("(Ansvar: Kari, frist: 1. mai)."),
    which owns or dates the task before it as the same words without brackets do."""
    text = sentence.rstrip(" .")
    if not text.endswith(")") or "(" in text[1:]:
        return None
    return text[1:-1].strip()


def _owner_in_brackets(sentence: str, last: str, actions: list[Action]) -> bool:
    """Give the task just read the owner a bracket after its full stop names ("Søke om
    midler innen 1.2. (Jon)", "(KH/PD)"); True if it did. The stop of a short date
    parts the bracket from its task, yet it is the task's, as "Bestille buss (Jon)" is.
    Only first names, roles and initials count: "(Ferdig)" is no one."""
    inner = _bracketed(sentence)
    if not inner or not actions or actions[-1].responsible or \
            actions[-1].text != task_text(last) or not _owners_after_dash(inner) or \
            inner.casefold() in _CLOSED_STATUS:  # ("(OK)" is its status, no initials)
        return False
    actions[-1].responsible = inner.rstrip(".")
    actions[-1].text = f"{actions[-1].text} {sentence}"
    return True


def _owns_sentence_above(sentence: str, last: str, actions: list[Action],
                         due_date: Callable[[str], str | None]) -> bool:
    """Make the sentence before a task of the one a bracket after it names ("Bestille buss
    til turen. (KH)"), as "Ansvar: KH" would; True if it did. Not when that sentence is
    a task already (``_owner_in_brackets`` has it) nor one that tells what the meeting
    did ("Saken ble drøftet. (KH)")."""
    inner = _bracketed(sentence)
    if not inner or not last or (actions and actions[-1].text == task_text(last)) or \
            not _only_owners(inner) or inner.casefold() in _CLOSED_STATUS:
        return False
    found = len(actions)
    if not _owner_or_due(f"Ansvar: {inner}", last, actions, due_date):
        return False
    if len(actions) > found:
        actions[-1].text = f"{actions[-1].text} {sentence}"
    return True


def _names_in_full(who: str, subject: str) -> bool:
    """Whether an owner label names in full the person the task's subject names short:
    "Eirik sender utkast." / "Ansvarleg: Eirik Hovland" (the first name), "EH lagar
    plan." / "Ansvar: Elin Haga" (the initials). The label is the careful form of the
    same person, so it is the task's owner; another person in the label is not."""
    if not subject or " " in subject or not who[:1].isupper():
        return False
    names = who.split()
    if not 2 <= len(names) <= 4 or not all(name[:1].isupper() for name in names):
        return False
    if subject == names[0]:
        return True
    return subject.isupper() and subject == "".join(name[0] for name in names)


def _owner_named(action: Action) -> bool:
    """Whether the task already names a person who does it as an owner mark: first as a
    label ("Ola: bestille lokale") or after it ("Bestille lokale (Ola)"): an "Ansvarlig:
    X" line after it does not take the task from them. A subject ("Kari sender søknaden."
    / "Ansvar: Per Dahl") is not such a mark: the label is the secretary's explicit word
    on who answers for the task, so it wins (the reading guide: "Ansvar: X" gives X)."""
    who = action.responsible
    if not who:
        return False
    if action.text.rstrip(" .").endswith((f"({who})", f"– {who}", f"- {who}")):
        return True  # "Bestille lokale (Ola)", "Bestille lokale – Ola"
    if "nsv" in action.text and (named := _RESPONSIBLE.search(action.text)) and \
            _label_owners(action.text, named).strip().startswith(who):
        return True  # "Dugnadslista vert send ut innan 1. mars, ansvar: Per.": said in it
    if not action.text.startswith(who):
        return False
    return action.text[len(who):len(who) + 2] in (": ", ":", " –", " -")


# Column headings of a follow-up table ("Hva | Hvem | Frist", "Tiltak | Ansvar | Frist").
_TASK_COLUMNS = {
    **dict.fromkeys(TASK_WHAT_COLUMN_WORDS, "what"),
    # "Hvem | Gjør hva | Innen når", nynorsk "Kven | Gjer kva | Innan når"
    "gjør hva": "what", "gjer kva": "what",
    **TASK_COLUMN_WORDS,
}


# The date at the end of an "Ansvar/frist" cell, after a comma, slash, dash or line break:
# "Kari Holm, 01.04.2025", "PL / 15.6.", "Sekretariatet – 1. mars".
_OWNER_THEN_DATE = lazy_regex(r"^(?P<who>.*?)\s*[,/–\n-]\s*(?P<when>\d{1,2}\.\s*\S.*)$", re.S)
# … and the date first in a "Frist/ansvar" cell: "1. mars / Kari Holm", "15.03.24 – PL",
# "01.04, sekretariatet".
_DATE_THEN_OWNER = lazy_regex(r"^(?P<when>\d{1,2}\.\s*(?:\d{1,2}\.?(?:\d{2,4})?|[a-zæøå]+\.?"
                              r"(?:\s+\d{4})?))\s*[,/–\n-]\s*(?P<who>[^\W\d].*)$", re.S)


def owner_and_date(cell: str) -> tuple[str, str]:
    """An "Ansvar/frist" (or "Frist/ansvar") cell as its owner and its date; a cell without
    a date beside a separator is the owner alone ("Alle")."""
    text = cell.strip()
    if (split := _OWNER_THEN_DATE.match(text)) is None and \
            (not text[:1].isdecimal() or (split := _DATE_THEN_OWNER.match(text)) is None):
        return text, ""
    return split.group("who").strip(), split.group("when").strip()


# A label that names who and by when at once: "Ansvar/frist:", "Frist/ansvar:", "Ansvar og
# frist:", "Kven/når:" (the value holds both, in either order).
_JOINED_OWNER_DUE_LABEL = lazy_regex(
    r"^(?:(?:" + _OWNER_LABEL + r"|hvem|kven)\s*(?:/|\s+og\s+)\s*(?:tids)?(?:frist|når)|"
    r"(?:tids)?(?:frist|når)\s*(?:/|\s+og\s+)\s*(?:" + _OWNER_LABEL + r"|hvem|kven))"
    r"\s*[:;]\s*(?P<rest>\S.*)$", re.I)


def _joined_owner_due(text: str) -> str | None:
    """An "Ansvar/frist: Kari Holm, 1. mars" line written as the owner line it is ("Ansvar:
    Kari Holm, frist 1. mars"), so that it owns and dates the task above as "Ansvar:" and
    "Frist:" lines do; None for any other line."""
    found = _JOINED_OWNER_DUE_LABEL.match(text)
    if found is None:
        return None
    who, when = owner_and_date(found["rest"])
    return f"Ansvar: {who}, frist {when}" if when else f"Ansvar: {who}"


def _joined_column(key: str) -> str | None:
    """What a follow-up table's heading of two joined words means when they are the owner
    and the deadline ("Ansvar/frist", "Frist / ansvarleg", "Ansvar og frist"): both in one
    cell ("Kari Holm, 1. mars"), "who/when"; None for any other heading."""
    parts = key.split("/") if "/" in key else key.split(" og ")
    meanings = {_TASK_COLUMNS.get(part.strip()) for part in parts}
    return "who/when" if len(parts) == 2 and meanings == {"who", "when"} else None


def task_columns(cells: tuple[str, ...]) -> dict[str, int] | None:
    """Where a follow-up table keeps the task, the owner and the due date, or None."""
    found: dict[str, int] = {}
    for i, cell in enumerate(cells):
        # (a heading asked as a question: "Hva? | Hvem? | Når?")
        key = cell.strip().strip(":?* ").casefold()
        meaning = _TASK_COLUMNS.get(key)
        if meaning is None and ("/" in key or " og " in key):
            meaning = _joined_column(key)  # "Ansvar/frist": who and by when in one cell
        if meaning is None and key in _CASE_COLUMNS:
            meaning = "case"
        elif meaning is None and key == "status":
            meaning = "status"
        if meaning and meaning not in found:
            found[meaning] = i
    if "what" not in found and "case" in found and "who" in found and (
            ("when" in found and cells[found["when"]].strip().strip(":?* ").casefold() != "dato")
            or "status" in found):
        # "Sak | Ansvarlig | Frist": the case is the task (an agenda's "Sak | Tema |
        # Ansvarlig" or a plan's "Sak | Dato" sets no deadline: no task table); so too in
        # a register that tracks each point's status, "Punkt | Ansvarleg | Status"
        found["what"] = found["case"]
    if "what" in found and ("who" in found or "when" in found or "who/when" in found):
        return found
    return None


def _risk_register_heading(cells: tuple[str, ...]) -> bool:
    """Whether a table's heading row is a risk register's ("RISIKO | SANNSYNLIGHET |
    KONSEKVENS | TILTAK"): its rows weigh each risk and name the measure planned against
    it ("Avklares med leverandør"), the project's standing plan, no one's follow-up of
    this meeting. An owner column beside the weights ("… | TILTAK | EIER") names who
    watches each risk, still no task of this meeting; a due column makes it a task table
    (asked first). Asked only of rows no other table heading took, or a task heading
    without a due column: the first cell is tested first."""
    if len(cells) < 3 or cells[0].strip(":* ").casefold() not in _RISK_COLUMNS:
        return False
    return any(cell.strip(":* ").casefold() in _RISK_WEIGHT_COLUMNS for cell in cells[1:])


def _remarks_table_heading(cells: tuple[str, ...]) -> bool:
    """Whether a table's heading row is a hearing's remarks table ("Nr | Innspill fra | Tema
    | Forslag til svar", "Merknad frå | Vurdering"): its rows give who sent each remark and
    the answer proposed to it ("Tas til følge."), the matter the body weighs, no decision
    or task of its own (its verdict follows the table: "Gruppa slutta seg til svara.").
    A column of who sent it and a column of the answer or assessment both."""
    if len(cells) < 2 or len(cells) > 6:
        return False
    keys = [cell.strip(":* ").rstrip(".").casefold() for cell in cells]
    return (any(key in REMARK_SENDER_COLUMNS for key in keys) and
            any(_answers_remarks(key, _REMARK_ANSWER_COLUMNS) for key in keys)) or \
        weighs_remarks(keys)


def weighs_remarks(heads: list[str]) -> bool:
    """Whether a table's (casefolded) headings hold a column of the remarks themselves and
    one of the answer or assessment given each ("Nr | Tema | Innspill | Vurdering", "Merknad
    | Forslag til svar"): a hearing's remarks weighed, with no column of who sent them; a
    bare "Kommentar" beside a "Merknad" may be an attendance list's, so it is no answer."""
    return not _REMARK_COLUMNS.isdisjoint(heads) and \
        any(_answers_remarks(head, _REMARK_ASSESSMENT_COLUMNS) for head in heads)


def _answers_remarks(head: str, columns: frozenset[str]) -> bool:
    """Whether a (casefolded) heading is one of ``columns`` of answers to remarks, or a
    proposed answer with more words after it ("Forslag til svar frå administrasjonen")."""
    return head in columns or head.startswith(("forslag til svar", "framlegg til svar"))


# A remarks table's column of who sent each remark, and its column of the answer to it.
REMARK_SENDER_COLUMNS = frozenset(("innspill fra", "innspel frå", "innspel fra", "merknad fra",
                                    "merknad frå", "merknader fra", "merknadar frå",
                                    "avsender", "avsendar", "innsender", "innsendar",
                                    "høringsinstans", "høyringsinstans", "uttale fra",
                                    "uttale frå", "innspillsgiver", "innspelsgjevar"))
_REMARK_ANSWER_COLUMNS = frozenset(("svar", "forslag til svar", "framlegg til svar",
                                    "vurdering", "administrasjonens vurdering",
                                    "administrasjonen si vurdering", "prosjektets vurdering",
                                    "prosjektet si vurdering", "kommentar", "kommentarar",
                                    "kommentarer", "forslag til merknadsbehandling",
                                    "merknadsbehandling", "oppfølging i planen",
                                    "oppfølging i planforslaget"))
# A remarks table's column of the remarks themselves, and the answers that weigh them (not
# a bare "Kommentar", which an attendance list's "Merknad | Kommentar" may hold too).
_REMARK_COLUMNS = frozenset(("innspill", "innspel", "høringsinnspill", "høyringsinnspel",
                             "merknad", "merknader", "merknadar", "innspill/merknad",
                             "merknad/innspill", "innspel/merknad", "merknad/innspel"))
_REMARK_ASSESSMENT_COLUMNS = _REMARK_ANSWER_COLUMNS - {"kommentar", "kommentarar",
                                                       "kommentarer"}


# The risk column of a risk register's heading, and the columns that weigh the risk.
_RISK_COLUMNS = frozenset(("risiko", "risikoar", "risikoer", "risikoområde", "risikoelement",
                           "risikofaktor", "hendelse", "uønsket hendelse"))
_RISK_WEIGHT_COLUMNS = frozenset(("sannsynlighet", "sannsynlegheit", "sannsyn", "konsekvens",
                                  "konsekvensar", "konsekvenser", "risikonivå", "risikoverdi"))


# A follow-up table's column naming the case or topic ("Sak | Ansvarlig | Frist"): the task
# when no column says what is to be done ("Sak | Tiltak | Ansvar" has one).
_CASE_COLUMNS = frozenset(("sak", "saker", "tema", "emne", "punkt"))


# A register's status that says the entry is done ("Utført", "Lukket", nynorsk "Lukka",
# "Ferdig 3.3."): it was done before or at this meeting, so it is no task after it. "Åpen",
# "Pågår", "Ny" and "Utsatt" leave it one.
_CLOSED_STATUS = frozenset(("utført", "utfört", "lukket", "lukka", "ferdig", "avsluttet",
                            "avslutta", "gjennomført", "fullført", "løst", "done", "ok",
                            "stengt", "avklart", "avklara", "levert", "sendt", "gjort",
                            "ferdigstilt", "behandlet", "behandla", "besvart", "svart",
                            # a site meeting's point struck from the list ("Utgår"): closed
                            # at this meeting, dropped from the next minutes
                            "utgår", "utgått",
                            # a task app's English status ("Completed"), and the check
                            # mark a register ticks a done row with ("✔", "✅")
                            "completed", "complete", "closed",
                            "✓", "✔", "√", "✅", "☑", "☒"))


def _closed(cells: tuple[str, ...], columns: dict[str, int]) -> bool:
    """Whether a register's row is marked done in its status column ("Utført 1.3."), or
    in its deadline column where there is none ("Avklare budsjett | Per Dal | Ferdig": the
    date's place tells that it was done, no deadline is left)."""
    what, when = columns.get("what"), columns.get("when")
    if what is not None and what < len(cells) and \
            (when is None or when >= len(cells) or not cells[when].strip()) and \
            _has_done_word(lowered := cells[what].lower()) and _DONE.search(lowered):
        return True  # "Kartet er delt i kanalen | Lars Wold |": told as done, no deadline
    index = columns.get("status", columns.get("when"))
    if index is None or index >= len(cells):
        return False
    return status_mark(cells[index]) == "closed"


# A status that says the entry is still open ("Pågår", "Åpen", "Ikke startet"): with the
# closed ones above, the words a status column holds instead of text.
_OPEN_STATUS = frozenset(("pågår", "pågående", "åpen", "open", "ny", "nytt", "utsatt", "utsett",
                          "løpende", "startet", "påbegynt", "igang", "gjenstår", "ikke",
                          "ikkje", "venter", "planlagt",
                          # a task app's English ("Ongoing", "Pending", "Started")
                          "ongoing", "pending", "started"))
# The same in two English words, as a task app writes them: "In progress", "Not started".
_OPEN_STATUS_PHRASES = frozenset(("in progress", "not started", "on hold", "to do"))


def status_mark(cell: str) -> str | None:
    """"closed" or "open" for a status cell that is only a status ("Ferdig", "Utført
    1.3.", "Pågår", "Ikke startet"), None for a cell of text ("Avventer svar fra
    fylket, tas opp igjen i juni"): at most three words, led by a status word."""
    words = cell.split()
    if not words or len(words) > 3:
        return None
    word = words[0].strip(".,:;!/").casefold()
    if word in _CLOSED_STATUS:
        return "closed"
    if word in _OPEN_STATUS:
        return "open"
    pair = " ".join(words[:2]).strip(".,:;!/").casefold()
    return "open" if len(words) >= 2 and pair in _OPEN_STATUS_PHRASES else None


def _overdue(cells: tuple[str, ...], columns: dict[str, int]) -> str | None:
    """The deadline of a register's open row as written with its year, also when it has
    passed ("01.11.2024 | Pågår" in December): the row says the task is still to do, and
    the column says the date is its deadline."""
    index = columns.get("when")
    when = cells[index].strip() if index is not None and index < len(cells) else ""
    if not when[-4:].isdecimal():
        return None  # ("1.11." without a year may be next year's: left to the due rule)
    return dates.iso(dates.parse_date(when))


# A task entry's status on a line of its own: "Status: Ferdig", "Status – pågår".
_STATUS_LINE = lazy_regex(r"^status\s*(?:[:;]|\s[-–])\s*(?P<state>\S.*)$", re.I)


def _status_of_task(sentence: str, last: str, actions: list[Action]) -> bool:
    """Read a "Status:" line under a task entry ("Tiltak: … / Ansvar: … / Status: …");
    True if it was one. The status is no task of its own, and a closed one ("Ferdig",
    "Utført") drops the task: it was done before this meeting, as a register's row
    marked so is."""
    status = _STATUS_LINE.match(sentence)
    if status is None or actions[-1].text != task_text(last):
        return False
    if status["state"].split(" ", 1)[0].strip(".,:;!/").casefold() in _CLOSED_STATUS:
        actions.pop()
    return True


# A task app's line under a task that says it was completed, and when: "Fullført
# 12.02.2026", "Fullført", nynorsk "Fullført 12.2.", "Utført 3. mars 2026".
_COMPLETED_LINE = lazy_regex(r"^(?:fullført|fullførd|utført|utførd)\s*:?\s*"
                             r"(?P<when>\d[\d. a-zæøå-]{2,20}\d|\d{1,2}\.\d{1,2}\.?)?\s*\.?$", re.I)


def task_field_line(text: str) -> bool:
    """Whether a line is a task app's field under a task in its list ("Tilordnet til:
    Kari Holm", "Forfallsdato: 14.03.2026", "Fullført 12.02.2026"): part of the entry."""
    return text[:1] in "TtFfUu" and (_APP_TASK_FIELD.match(text) is not None or
                                     _COMPLETED_LINE.match(text) is not None)


def _completed_task(sentence: str, last: str, actions: list[Action],
                    due_date: Callable[[str], str | None], meeting: str | None) -> bool:
    """Read a task app's "Fullført 12.02.2026" under a task; True if it was one. Done by
    the meeting's day (or with no day), the task is no follow-up and is dropped; done
    later, the page was exported after the work the meeting gave, which stays a task."""
    completed = _COMPLETED_LINE.match(sentence)
    if completed is None or actions[-1].text != task_text(last):
        return False
    when = due_date(f"frist {completed['when']}") if completed["when"] else None
    if when is None or meeting is None or when <= meeting:
        actions.pop()
    return True


# Status words that after a comma are also a task's own ("Kjøpe maling, svart").
_NOT_DONE_AFTER = frozenset(("ok", "sendt", "svart"))


def _marked_done(text: str) -> bool:
    """Whether a listed task ends in its status, done: "Kari sender kart – utført",
    "Bestille skilt (lukket)", "…, ferdig." (a register of earlier tasks written as a
    list). The word must stand apart after a dash, bracket, comma or colon: a task may
    end in "ferdig" as its own word ("… før planen er ferdig")."""
    head, _space, word = text.rstrip(" .)").rpartition(" ")
    if word.strip("(").casefold() not in _CLOSED_STATUS or word.casefold() in _NOT_DONE_AFTER:
        return False
    return word.startswith("(") or head.endswith(("–", "-", ",", ":", "—"))


# The title of an item that goes through the tasks given at earlier meetings ("Gjennomgang
# av aksjonsliste fra forrige møte", "Oppfølging av aksjonspunkter", nynorsk "… frå førre
# møte", "Oppfølging fra forrige møte", "Oppfølgingspunkter fra forrige møte"): its list
# entries are the register's rows.
_REVIEW_TITLE = lazy_regex(r"aksjons(?:liste|punkt)|(?:oppfølgings|oppfylgings|tiltaks)liste|"
                           r"restanse|(?:oppfølging|oppfylging)(?:s(?:punkt|sak)\w*)?\s+(?:av|fra|frå)\s+"
                           r"(?:forrige|førre|sist)", re.I)


@functools.lru_cache(maxsize=_SENTENCE_MEMO)
def _is_review_title(title: str | None) -> bool:
    """Whether an item's title names a review of earlier tasks (remembered per title: the
    standing items come back in every meeting's minutes)."""
    return bool(title) and ("ksjon" in title or "pp" in title or "ltaks" in title or
                            "estans" in title) and _REVIEW_TITLE.search(title) is not None


# A register's row written as a list entry: the task, a dash or a colon, its status and
# what the row adds after it ("Avklare datagrunnlag – pågår, PL", "Juridisk vurdering:
# utsatt", "Dialog med vegvesenet – pågår, KH følger opp", "Søknad – utsatt til april").
_REGISTER_ENTRY = lazy_regex(r"^(?P<task>[^–:]{3,}?)(?:\s+[–-]\s+|\s*:\s+)"
                             r"(?P<status>[^\W\d_]+)(?P<tail>[\s,.;(].*)?$")
# The same with who answers for it between the task and the status: "Felles mal for
# kontraktsoppfølging – Marte Hjelle – open", "Kartleggje avtalar – alle – open, frist 15.1."
_OWNED_REGISTER_ENTRY = lazy_regex(r"^(?P<task>[^–]{3,}?)\s+[–-]\s+(?P<who>[^–,;]{2,40}?)"
                                   r"\s+[–-]\s+(?P<status>[^\W\d_]+)(?P<tail>[\s,.;(].*)?$")
# The negation that opens a two-word status: "ikke startet", "ikkje påbyrja".
_NOT_STATUS = frozenset(("ikke", "Ikke", "ikkje", "Ikkje"))
# The owner the row names first after its status: "PL", "KH følger opp", "Kari Holm", and
# before a deadline: "(Kjell, frist 1.11.)".
_TAIL_OWNER = lazy_regex(r"^(?P<who>[A-ZÆØÅ][\w.-]*(?:\s+[A-ZÆØÅ][\w.-]*){0,2})(?=[\s,;]|$)")


def _register_entry(sentence: str, entry: bool,
                    due_date: Callable[[str], str | None]) -> Action | None:
    """A list entry of a reviewed register as its task ("Avklare X – pågår, PL" is PL's
    task "Avklare X", "JOS leverer innen 31.03." after the status dates it; "X – Marte
    Hjelle – open" is Marte Hjelle's), an empty action for a row marked done ("X –
    ferdig"), None when the entry has no status mark. A line led by the register's own
    number ("Nr. 7 …") is an entry even when not set as a list."""
    if number := entry_number_end(sentence):
        sentence, entry = sentence[number:], True
    if not entry or (found := _REGISTER_ENTRY.match(sentence)) is None:
        return None
    mark = status_mark(found["status"])
    owned = None
    if mark is None and (owned := _OWNED_REGISTER_ENTRY.match(sentence)) is not None:
        found, mark = owned, status_mark(owned["status"])
    if mark is None:
        return None
    if mark == "closed":
        return Action(text="", responsible=None, due=None)
    task = found["task"].strip()
    tail = (found["tail"] or "").strip(" ,.;()")
    if found["status"] in _NOT_STATUS and tail[:1].islower():
        # "– ikke startet, TH": the status is two words, the owner comes after both
        tail = tail.partition(" ")[2].lstrip(" ,")
    if owned is not None:
        return Action(text=task, responsible=owned["who"].strip(),
                      due=(due_date(tail) if tail else None) or due_date(task))
    owner = _TAIL_OWNER.match(tail)
    # (no owner after the status: the task's own sentence may name one, "Hilde lagar X")
    return Action(text=task, responsible=owner["who"] if owner else responsible_of(task),
                  due=(due_date(tail) if tail else None) or due_date(task))


# The status words a sentence counting a register's rows names ("Av ti punkter er sju
# ferdig, to pågår og ett er utsatt."): two kinds of them make it a tally.
_TALLY_WORDS = (("ferdig", "utført", "lukket", "fullført"), ("pågår", "gjenstår", "åpne"),
                ("utsatt", "utsett"))


# The row a tally excepts as still open: "…, unntatt avtalen med X, som pågår (IB).",
# "… bortsett fra søknaden, som gjenstår".
_OPEN_EXCEPTION = lazy_regex(r"\b(?:unntatt|bortsett\s+fra|med\s+unntak\s+av)\s+[^,;]+?,?\s+som\s+"
                             r"(?:fortsatt\s+|framleis\s+)?(?:pågår|gjenstår|er\s+utsatt|"
                             r"er\s+utsett)\s*(?:\((?P<who>[^)]{2,40})\))?\s*\.?$")


def _open_exception(sentence: str, lowered: str) -> Action | None:
    """The task a tally of a reviewed register excepts as still open, the whole sentence
    as written with the owner its bracket names ("Alle punkter er ferdig, unntatt avtalen
    med Innovasjon Norge, som pågår (IB)." is IB's); None for a tally without one."""
    if "unnta" not in lowered and "bortsett" not in lowered:
        return None
    found = _OPEN_EXCEPTION.search(sentence)
    if found is None:
        return None
    return Action(text=sentence, responsible=found["who"], due=None)


def _status_tally(lowered: str) -> bool:
    """Whether a sentence counts the rows of a reviewed register by their status."""
    return sum(any(word in lowered for word in kind) for kind in _TALLY_WORDS) >= 2


_ROW_COLUMNS = {"what": 0, "who": 1, "when": 2}
_STATUS_ROW_COLUMNS = {"what": 0, "who": 1, "status": 2}


# The same columns after a row's own number: "1 | Oppfølging av X | Rolf Sand | 01.04.2024".
_NUMBERED_ROW_COLUMNS = {"what": 1, "who": 2, "when": 3}
_NUMBERED_STATUS_ROW_COLUMNS = {"what": 1, "who": 2, "status": 3}
# (a running count of the rows, "1", "2)": no case's number, ``items._ROW_NUMBER``)
_ROW_NUMBER = lazy_regex(r"\d{1,2}[.)]?")


def _numbered_task_row(cells: tuple[str, ...]) -> dict[str, int] | None:
    """The columns of a follow-up row without a heading that counts itself first ("1 |
    Oppfølging av rutiner for legevakt | Rolf Sand | 01.04.2024"), or None. The number
    only counts the rows; with an owner and a date or a status beside it, the words
    between are the task whatever their form (a noun as often as a verb)."""
    if len(cells) not in (3, 4) or not _ROW_NUMBER.fullmatch(cells[0].strip()):
        return None
    rest = cells[1:]
    found = _task_row(rest)
    if found is not None:
        return _NUMBERED_ROW_COLUMNS if found is _ROW_COLUMNS else _NUMBERED_STATUS_ROW_COLUMNS
    who = rest[1].strip().rstrip(".")
    if len(rest) < 3 or not rest[0][:1].isalpha() or not who[:1].isalpha() or len(who) > 40 \
            or not _owners_after_dash(who):
        return None
    if dates.find_dates(rest[2]):
        return _NUMBERED_ROW_COLUMNS  # "… | Rolf Sand | 01.04.2024"
    if status_mark(rest[2]) is not None:
        return _NUMBERED_STATUS_ROW_COLUMNS  # "… | Trude Myhre | Pågår"
    return None


def _task_row(cells: tuple[str, ...]) -> dict[str, int] | None:
    """The columns of a task written as a row without a heading ("Bestille buss | Oda |
    1.12.", "Lage årshjul | KH/PD"): a task in the infinitive or with its subject, then
    only who does it (a first name, a role, initials), then perhaps when; else None.
    Secretariats write follow-ups so in plain text, one bar between each part."""
    if not 2 <= len(cells) <= 3:
        return None
    task, who = cells[0].strip(), cells[1].strip().rstrip(".")
    if len(who) > 40 or not who[:1].isalpha() or not _owners_after_dash(who):
        return None
    lowered = task.lower()
    if not (_LISTED_TASK.match(lowered) or _TASK_INFINITIVE_AT.match(task) or
            _is_action(task, lowered)):
        return None
    if len(cells) == 3 and status_mark(cells[2]) is not None:
        return _STATUS_ROW_COLUMNS  # "Innhente innspel | TH | Pågår": a status, no date
    return _ROW_COLUMNS


def _labelled_cells(cells: tuple[str, ...]) -> tuple[tuple[str, ...], dict[str, int]] | None:
    """A row whose cells each carry their column's label ("Hva: Sende brev | Hvem: Kari |
    Når: 1. april"): the values and where each meaning is, or None when it is no task."""
    values: list[str] = []
    found: dict[str, int] = {}
    for i, cell in enumerate(cells):
        label, colon, value = cell.partition(":")
        meaning = _TASK_COLUMNS.get(label.strip().casefold()) if colon else None
        if meaning is None or not value.strip():
            return None
        found.setdefault(meaning, i)
        values.append(value.strip())
    if "what" in found and ("who" in found or "when" in found):
        return tuple(values), found
    return None


def _dashed_columns(text: str) -> tuple[dict[str, int], re.Pattern[str], int] | None:
    """The columns of a line that only names a follow-up table's columns, with a dash or
    slash between them ("Tiltak – ansvarlig – frist"): the lines under it are its rows,
    each "task – owner – deadline" in that order, as a drawn table's would be."""
    heading = task_column_line(text)
    if heading is None:
        return None
    separator, cells = heading
    if len(cells) > 3 and FOLLOW_UP_LIST_HEADING.match(cells[0].strip()) and \
            (named := task_columns(cells[1:])) is not None:
        # "Oppfølging – hva – hvem – frist": the list's heading, then the columns its
        # rows fill ("Sak 2: Skrive utkast – Ingrid Vold – 1. april")
        return named, separator, len(cells) - 1
    found = task_columns(cells)
    return (found, separator, len(cells)) if found else None


def _owner_columns(cells: tuple[str, ...]) -> dict[str, int] | None:
    """Where a table that only says who and by when keeps each ("Ansvar | Frist", "Hvem |
    Når"): it stands under the task it owns, as "Ansvar: X, frist Y" lines do; None when
    a cell names something else (a task table, or a form's "Ansvar | Kari Holm")."""
    if len(cells) < 2 or len(cells) > 3:
        return None
    found: dict[str, int] = {}
    for i, cell in enumerate(cells):
        meaning = TASK_COLUMN_WORDS.get(cell.strip().strip(":?* ").casefold())
        if meaning is None or meaning in found:
            return None
        found[meaning] = i
    return found if "who" in found else None


def _owner_row_line(cells: tuple[str, ...], columns: dict[str, int]) -> str:
    """A row of an "Ansvar | Frist" table as the owner line it stands for: "Ansvar: Per
    Lunde, frist 1.5." (the row's deadline read as one, as its column says)."""
    def cell(meaning: str) -> str:
        index = columns.get(meaning)
        return cells[index].strip() if index is not None and index < len(cells) else ""

    who, when = cell("who"), cell("when")
    return f"Ansvar: {who}, frist {when}" if when else f"Ansvar: {who}"


# A follow-up table's task cell that names its case first, for want of a "Sak" column:
# "Sak 2: Lage utkast til plan | Hilde Brun | 15.05.2026" (the case the row cites, as a
# "Sak" cell would; its running number alone names an item only in the register the
# minutes end with, see minutes._to_cited_items); also the lead a task loses once it
# sits at the item it names (minutes._drop_case_lead)
CASE_LEAD = lazy_regex(r"(?:sak|ps)\s+(?:nr\.?\s*)?(?P<num>\d{1,3}(?:\s*/\s*\d{2,4})?)"
                       r"\s*(?:[:–-]|\.\s)", re.I)


def _owner_added_to_merged_task(above: Action, row: Action) -> bool:
    """Whether a follow-up table's row repeats the task of the row above with another
    owner: its task cell merged over both rows (rowspan, vMerge), which the readers repeat
    in each row. The task is both owners' ("Kari Holm, Per Dal", as the spec writes
    owners), not the first row's alone; ``above`` gets the further owner."""
    if row.text != above.text or not row.responsible or not above.responsible or \
            (row.due != above.due and row.due and above.due):
        return False  # (another date: two tasks worded alike, each its own)
    if row.responsible not in above.responsible.split(", "):
        above.responsible = f"{above.responsible}, {row.responsible}"
    above.due = above.due or row.due
    return True


def _table_action(cells: tuple[str, ...], columns: dict[str, int],
                  due_date: Callable[[str], str | None]) -> Action:
    """One row of a follow-up table as an action."""
    def cell(meaning: str) -> str:
        index = columns.get(meaning)
        return cells[index].strip() if index is not None and index < len(cells) else ""

    who, when = cell("who"), cell("when")
    if "who/when" in columns:  # "Kari Holm, 1. mars" under "Ansvar/frist"
        who, when = owner_and_date(cell("who/when"))
    return Action(text=cell("what") or " ".join(cells), responsible=who or None,
                  # the column says it is a deadline: "15/4" there is a date
                  due=due_date(f"frist {when}") if when else None)


def _unique(values: list[str]) -> list[str]:
    """Each decision once: also when one copy stands in quotes, as an adopted proposal
    quoted in the behandling («Kommunen ber om …») and the same words in the vedtak, or
    keeps only its closing quote (the sentence cut from "… slikt framlegg: «Rådet ber
    om …»")."""
    if len(values) < 2:
        return values  # (most items have one decision or none: nothing can repeat)
    seen: set[str] = set()
    kept = []
    for value in values:
        key = value.strip(_QUOTES) if value[:1] in _QUOTES or value[-1:] in _QUOTES else value
        if key not in seen or _own_point_verdict(key):
            seen.add(key)
            kept.append(value)
    return _without_shorter_copies(kept, kept)


def _without_shorter_copies(values: list, texts: list[str]) -> list:
    """The values but those whose text the vedtak repeats with more words at its end: an
    adopted amendment's words ("Sekretariatet legg fram ein plan.") and the vedtak that
    writes them out in full ("… ein plan innan 1. oktober."); the fuller copy is what was
    decided. Short verdicts ("Godkjent.") are no such copies (fewer than
    ``_COPY_WORDS`` words), nor is a sentence the longer one goes on from with a clause of
    its own ("X sluttet seg til forslaget." and, later, "X sluttet seg til forslaget og
    framhevet at …": two things the meeting said, each a decision)."""
    if len(texts) < 2 or len({text[:_COPY_HEAD] for text in texts}) == len(texts):
        return values  # (no two open alike: no copy; most items end here)
    stems = [text.rstrip(" .") + " " for text in texts]
    shorter = {n for n, stem in enumerate(stems) if stem.count(" ") >= _COPY_WORDS and any(
        m != n and len(other) > len(stem) and other.startswith(stem) and
        not other[len(stem):].startswith(_CLAUSE_OPENERS)
        for m, other in enumerate(stems))}
    return [value for n, value in enumerate(values) if n not in shorter] if shorter else values


# A sentence of fewer words than this is too short to count as a copy of a longer one;
# a copy opens with at least this many characters of the fuller sentence.
_COPY_WORDS = 4
_COPY_HEAD = 16
# How a sentence goes on with a statement of its own after a shorter one's words ("… og
# framhevet at …", "…, men …"): no fuller copy of it.
_CLAUSE_OPENERS = ("og ", "men ", "samt ", ", ", "fordi ", "då ", "da ")


# A verdict that names no subject: "Tatt til orientering.", "Teke til vitande.", the
# fragment "godkjent" after a paper's dash (lower-cased, without its stop).
_NOTED_VERDICT = frozenset({"tatt til orientering", "teke til orientering", "tatt til vitande",
                            "teke til vitande", "tatt til vitende", "tatt til etterretning",
                            "teke til etterretning", "godkjent", "godkjend", "vedtatt",
                            "vedteke", "enstemmig vedtatt", "samrøystes vedteke"})


def _own_point_verdict(decision: str) -> bool:
    """Whether a decision repeated in one item is each sub-point's own outcome, not a copy:
    a verdict without a subject ("a) Status for X / Tatt til orientering. b) Nytt frå Y /
    Tatt til orientering.", "RS 3/25 … – godkjent" and "RS 5/25 … – godkjent") records the
    outcome of the point it stands under, and the spec's list holds each; a sentence with
    its subject ("Saken tas til orientering.") twice is the same decision copied."""
    return len(decision) < 26 and decision.rstrip(" .!").lower() in _NOTED_VERDICT


# The quotes a proposal's words are set in when quoted under its label.
_QUOTES = "«»\"“”"


# Cheap substrings one of which every outcome sentence contains (checked before the regex).
# None contains another ("besluttet" is found by "slutt", "enighet" by "enig"): each one
# is a substring search of its own on every sentence.
_OUTCOME_HINTS = ("godkj", "vedt", "til orientering", "etterretn", "satt til", "sett til",
                  # (Swedish outcomes: see the last of ``_OUTCOME_FORM_SPECS``)
                  "godkän", "handlingarna", "noterade", "noteras", "valdes", "utses", "utsågs",
                  "beslutade", "beslutar", "bakom",
                  "settes til", "setjast til",  # ("Budsjettet settes til 15 000 kr")
                  "kontingent", "godtgj", "honorar",  # ("Kontingenten holdes uendret.")
                  "ansvarsfri",  # ("Styret ble meddelt ansvarsfrihet.")
                  # ("For hyttefeltet fortsetter konsultasjonen.": how a consultation ends)
                  "fortsetter konsult", "held fram konsult", "konsultasjonen fortset",
                  "konsultasjonen held",
                  "enig", "einig", "samd", "samstem",
                  "tas opp", "takast opp", "på is", "valt", "vald",
                  "opp igjen",  # ("Saken settes opp igjen i april.": put off)
                  "opp som ",  # ("Saka vert sett opp som drøftingssak.": its kind there)
                  "nästa m", "nästa sa",  # ("Nästa möte hålls den 20 maj.": as "neste " is)
                  "sa seg", "seier seg", "sier seg", "tilslutn", "flertal", "fleirtal", "trukket",
                  "trekt", "fullmakt", "vitande", "vitende",
                  "slutt", "støtt", "bestemte", "avgjor", "utset", "neste ",
                  "beram", "foreslo å", "anbefal", "tilrå", "rår ", "rådde ", "ønsk",
                  "godtatt", "godto", "godtar", "godtek", "aksepter", "utsatt", "valgt", "vald",
                  "konstituert",
                  "semje", "nstemmig", "samrøystes", "til vit", "innvending", "merknad",
                  "beslutningsdyktig", "deleger",
                  "vedtaksfør", "valt", "fastsatt", "bestemt",
                  # ("fastset" for "fastsett" and the nynorsk present "Rådet fastset planen.")
                  "fastset", "avklar", "avklår",
                  "videreføres", "vidareført",  # ("Fordelingsnøkkelen videreføres.")
                  # ("Retningslinjene gjøres gjeldende fra 1. mars.")
                  "gjøres gjeld", "gjerast gjeld",
                  "mente at", "mener at", "meinte at", "meiner at",  # ("Styret mente at …")
                  # (a planning forum's verdict: "Planforum meiner planen kan …")
                  "planforum meiner ", "planforum mener ", "planforumet meiner ",
                  "planforumet mener ",
                  "innvilg", "bevilg", "stiller seg", "stilte seg", "kom til at", "kom fr",
                  "saken ligge", "saka ligge", "fram som", "fortsetter som", "fortset som",
                  "som innstilt", "som tilrådd", "konkluder", "konklusjon", "velges", "veljast",
                  "veljes", "velger", "vel ", " ok", "tiltr", "inn for",
                  "går for", "gikk for", "gjekk for",  # ("Styret går for tilbod 2.")
                  "videre med", "vidare med",  # ("Styret går videre med modell B.")
                  " fal", "nedstemt", "forkast", "avvist", " stemme", " ber ", " bed ", " krev",
                  "oppfordr", "oppmod",  # ("Rådet oppfordrer/oppmodar X til/om å …")
                  "avslå", "avslo", "avslag", "avsleg", "til følge", "til følgje", "avvis",
                  "nedrøyst",
                  "sendes tilbake", "sendast tilbake",
                  "sendt tilbake", "send tilbake", "attende", "utgår", "oversend",
                  # (a case sent on or taken home: "Saken sendes videre til regionrådet.")
                  "sendes videre", "sendast vidare", "sendt videre", "send vidare",
                  # (… or to the body that decides it: "Saka blir sendt til OSU.")
                  "sendes til", "sendast til", "sendt til", "send til",
                  "med tilbake",
                  # (… taken home in the active: "Rektorene tar med seg saken tilbake …")
                  "saken tilbake", "saka tilbake", "saka attende",
                  "utgikk", "utgjekk", "går ut", "gikk ut", "gjekk ut", "strøket", "stroke",
                  "positiv", "som innstil", "som forslag", "som framlegg", "tatt opp",
                  "teken opp", "teke opp", "løyv", "satte av", "setter av", "set av",
                  # ("stemt" and "røyst" stand for "nedstemt", "stemt ned", "stemte ned",
                  # "røysta ned", "nedrøyst" and "samrøystes", "trekk" for "trekkes",
                  # "trekker": one search each instead of one per form)
                  "imøtekom", "returner", "trekk", "trakk", "stemt", "røyst", "oppnådde",
                  "flytt", "på nytt", "i retur", "bifal", "bifel", "negativ",
                  # ("Det ble satt ned / nedsatt en arbeidsgruppe …", "vart sett ned ei …")
                  "tt ned", "nedsat", "nedset",
                  # ("Det holdes et allmøte i februar.", "Det vert halde eit dialogmøte …")
                  "holdes", "halde", "holdt",
                  # ("oppne" for "oppnevnte", "oppnemnde", "ble oppnevnt")
                  "samtykke", "ja til", "nei til", "oppne", "uttal", "fråsegn",
                  # ("Nytt styre: Anne Mo (leiar), …", "Ny leder: Per Dahl")
                  "nytt styre", "ny leder", "ny leiar", "ny styreleder", "ny styreleiar",
                  "nye medlem", "nye styremedlem",
                  # ("Rådet peker ut / utpeker / utnevner Kari Lie til …")
                  "utpe", "peker ut", "peikar ut", "pekte ut", "peika ut", "utne",
                  "samle", "samla",  # ("samlet seg om", "samla seg bak")
                  # English-labelled minutes: "was approved", "were adopted", "agreed"
                  "approved", "adopted", "agreed", "decided", "into account", "noted",
                  "note of", "supported", "endorse",
                  # ("Styret inngår/gjør avtale med …": the body's own act)
                  "inngår", "gjør ", "gjer ",
                  "avtalt at", "avtala at",  # ("Det ble avtalt at Per kaller inn …")
                  # ("Andøy kommune deltar ikke i konkurransen.": a member's choice noted)
                  "kommune delt", "kommune blir", "kommune vert",
                  "prioriter",  # ("Tiltak 3 og 5 prioriteres høyest.")
                  "tildel",  # ("Styret tildelte kontrakten til …": the award it made)
                  "sakslist", "saklist", "dagsorden")  # ("Sakslista vart justert …")
# ("vedt" and "godkj" searched first: most outcome sentences hold one of them, and then
# the test stops there, where grouped they came after some 20 searches; on sentences with
# no hint this costs about one search more)
# (asked of sentences: their rare letters, see ``SENTENCE_RARE_LETTERS``)
_has_outcome_hint = contains_any(_OUTCOME_HINTS, first=("vedt", "godkj"),
                                 rare=SENTENCE_RARE_LETTERS)


# A tied vote told with the casting vote that settled it: "Forslaget fikk 4 mot 4 stemmer,
# og møteleders dobbeltstemme avgjorde.", "Ved stemmelikhet var leders dobbeltstemme
# avgjørende.", nynorsk "… og leiaren si dobbeltrøyst avgjorde." (searched lower-cased).
_CASTING_VOTE = lazy_regex(r"\bdobbelt(?:stemme|røyst)\w*\b[^.]*?\b(?:avgjorde|avgjer|"
                           r"avgjør|(?:var|er|ble|vart)\s+(?:avgjørende|avgjerande))\b")
# The outcome words that make such a sentence the decision after all: "…, og forslaget ble
# vedtatt.", "… dobbeltstemme avgjorde, og innstillingen falt.", "Vedtaket ble fattet med
# 3 mot 3 stemmer, og …" (as "Vedtaket ble fattet med 7 mot 2 stemmer." is)
_TALLY_OUTCOME = lazy_regex(r"\b(?:vedtatt|vedteke|vedteken|vedtok|vedtekne|godkjent|"
                            r"godkjend|fattet|fatta|falt|fall|nedstemt|nedrøysta|forkastet|forkasta|"
                            r"valgt|vald|valt|tiltrådt|tiltrådd)\b")


def _casting_vote_only(lowered: str) -> bool:
    """Whether the sentence (with "dobbelt" in it) only tells a tied vote and the casting
    vote that settled it, not which way: the count, no decision (the sentence saying
    what was carried is the decision, as with other vote counts)."""
    return _CASTING_VOTE.search(lowered) is not None and \
        _TALLY_OUTCOME.search(lowered) is None


def is_decision(sentence: str) -> bool:
    """An outcome sentence that records what this body decided or concluded."""
    return _is_decision(sentence, sentence.lower())


_BARE_OK = {"ok", "ellers ok", "alt ok"}
# A ruling on one member's disqualification ("Ola Berg ble enstemmig erklært inhabil.",
# "Styret vedtok at ho var ugild."): the participants read it (partial attendance); it
# decides who sits, not the case. (Not "habilitetsreglementet ble godkjent".)
_HABILITY_WORDS = r"inhabil|ugild|habil"
_DISQUALIFIED = lazy_regex(rf"\b(?:{_HABILITY_WORDS})\b")
# The body's word on such a statement, right after it: "Per Dahl opplyste at han kunne
# være inhabil. Kontrollutvalget var enig i dette.", "Styret tok erklæringen til
# etterretning.", nynorsk "Styret var samd i det." (the same ruling on who sits); the
# statement by the same words, also as the start of one ("Spørsmål om habilitet")
_HABILITY_STATEMENT = lazy_regex(rf"\b(?:{_HABILITY_WORDS})", re.I)
_HABILITY_RULING = lazy_regex(
    r"^[\wæøå-]+(?:\s+[\wæøå-]+)?\s+(?:(?:var|er|vart|blei|ble)\s+)?"
    r"(?:enstemmig\s+|einstemmig\s+|samrøystes\s+|samstemt\s+)?"
    r"(?:enig|einig|enige|einige|samd|samde)(?:\s+i\s+(?:dette|det|vurderingen|vurderinga))?|"
    r"^[\wæøå-]+(?:\s+[\wæøå-]+)?\s+(?:tok|tek|tar|tek)\s+(?:erklæringen|erklæringa|"
    r"opplysningen|opplysninga|opplysningene|opplysningane|dette|det)\s+til\s+"
    r"(?:etterretning|orientering|vitande)|"
    r"^[\wæøå-]+(?:\s+[\wæøå-]+)?\s+(?:sluttet|slutta)\s+seg\s+til\s+(?:dette|det)"
    r"(?=\s*[.!]?$)", re.I)


# A vedtak that sends the case on with the body's recommendation: "Rapporten oversendes
# kommunestyret med følgende innstilling:", "Kontrollutvalget rår kommunestyret til å gjere
# slikt vedtak:", nynorsk "… med slik tilråding:". The text under it is that body's
# vedtak to come ("Kommunestyret ber kommunedirektøren …"), no task from this meeting.
_RECOMMENDATION_LEAD = lazy_regex(
    r"\b(?:med|gir|gjev|gjer|legger\s+fram|legg\s+fram)\s+(?:(?:følgende|følgjande|slik|"
    r"denne|dette|sin|si)\s+)?(?:innstilling|tilråding|tilrådning)\s*:$|"
    r"\b(?:innstilling|tilråding)\s+til\s+(?:kommunestyret|bystyret|fylkestinget|"
    r"representantskapet|formannskapet|[\wæøå]+styret|[\wæøå]+tinget)\s*:$|"
    r"\b(?:å|til\s+å)\s+(?:fatte|gjøre|gjere|treffe)\s+(?:følgende|følgjande|slikt)\s+vedtak\s*:$")


def _recommends_to_another(lowered: str) -> bool:
    """Whether a decision sentence (lower-cased, ending in ":") leads the recommendation
    to another body (``_RECOMMENDATION_LEAD``), whose text under it is no task."""
    return ("innst" in lowered or "tilråd" in lowered or "vedtak" in lowered) and \
        _RECOMMENDATION_LEAD.search(lowered) is not None


def _rules_on_hability(sentence: str, before: str, title: str | None) -> bool:
    """Whether the sentence is the body's short word ("Styret var enig i dette.", "Styret
    tok erklæringen til etterretning.") on the habilitet statement ``before`` it, or on
    any statement in an item titled "Habilitet": a ruling on who sits, as "Styret vedtok
    at ho var ugild." is, not a decision of the case (the words checked first: most
    sentences have none)."""
    if len(sentence) >= 80:
        return False
    about = before if "abil" in before or "gild" in before else title or ""
    return ("abil" in about or "gild" in about) and \
        _HABILITY_STATEMENT.search(about) is not None and \
        _HABILITY_RULING.match(sentence) is not None
# A condition first: the outcome in it is what may come ("Dersom søknaden innvilges, …");
# only an outcome after its comma is decided ("Dersom ingen merknader kommer innen
# fredag, anses referatet som godkjent.").
_IF_WORDS = ("hvis ", "dersom ", "viss ", "om ", "i fall ", "såfremt ")
# A condition after the main clause: "… i september dersom styret slutter seg til …";
# so is a time clause of an adoption still to come: "Vestnes vil vente med å slutte seg
# til avtalen til budsjettet er vedtatt.", "… før planen er godkjent", nynorsk "… når
# planen er vedteken" (the outcome words tell what must happen first).
_IF_CLAUSE = lazy_regex(r" (?:dersom|hvis|viss) | (?:til|inntil|før|når) (?=(?:[\wæøå-]+ ){1,3}"
                        r"(?:er|blir|vert) (?:endelig |endeleg )?(?:vedtatt|vedteke|vedteken|"
                        r"godkjent|godkjend)\b)")


def _outcome_in_condition_only(sentence: str, lowered: str) -> bool:
    """Whether a sentence's outcome words lie only in a condition after its main clause
    ("Anbudet kan lyses ut i september dersom styret slutter seg til rammen."): what
    another must do first, no outcome of this meeting (the main clause is searched)."""
    cut = _IF_CLAUSE.search(lowered)
    if cut is None or cut.start() < _MAIN_CLAUSE_MIN:
        return False
    head, head_lowered = sentence[:cut.start()], lowered[:cut.start()]
    return not _is_outcome(head, head_lowered, fold_lowered(head, head_lowered))


# The words a time clause of ``_IF_CLAUSE`` begins with, and the verbs of its adoption
# still to come ("til budsjettet er vedtatt", "… blir vedtatt", nynorsk "… vert vedteke").
_TIME_CLAUSE_WORDS = contains_any((" til ", " inntil ", " før ", " når "))
_TIME_CLAUSE_VERBS = contains_any((" er ", " blir ", " vert "))
# How long a main clause before "dersom" is at least (a shorter one is an outcome's
# own: "Godkjent dersom …").
_MAIN_CLAUSE_MIN = 25
# The votes in brackets after a decision: "(7 st.)", "(5 mot 2)", "(6-1)".
_VOTE_COUNT = lazy_regex(r"\s*\(\d+\s*(?:st\.?|stemmer|røyster|mot\s+\d+|[-–]\s*\d+)\)\.?$")


# Words no sentence ends in: a line ending in one (and no full stop) was cut off before
# what it governs, on a slide or a list line never joined to the next. ("til", "for",
# "med" can end one as a verb's particle: "Alle stemte for", "Styret sluttet seg til".)
_DANGLING = frozenset({"av", "i", "fra", "frå", "og", "eller", "at", "som"})


# A standing working rule the body lays down (searched lower-cased): "Heretter skal
# referatet sendes ut innen en uke.", "Frå no av skal møta haldast på skulen.", "Møtene
# holdes heretter på skolen." – the body's decision, as the reading guide has it. Not the
# narrative "Heretter orienterte Kari om …", an intent ("Heretter vil Per …"), nor a
# hope ("Framover må vi bli flinkere …", "Fremover blir det viktig å …").
_FROM_NOW = (r"(?:heretter|(?:fra|frå)\s+(?:nå|no)\s+av|fremover|framover|"
             r"(?:i|for)\s+(?:fremtiden|framtiden|framtida|fremtida))")
_RULE_VERB = (r"(?:skal|må(?!\s+(?:vi|me|man|dere|de|dei)\b)|"
              r"[a-zæøå]{3,}(?:es|ast)(?<!\bdes)(?<!\bdet\wes))\b")
# The same rule in the passive with "vert" / "blir" and a participle (nynorsk has no
# "-es" passive of its own for most verbs): "Frå no av vert møta haldne digitalt.",
# "Referatet vert heretter sendt ut innan ei veke.", "Fra nå av blir møtene holdt på
# Teams." – not "Framover blir det viktig å …" nor "Fremover blir samarbeidet viktig"
# (no pronoun subject, and a participle ending after the subject).
_NOT_A_RULE_SUBJECT = r"(?:det|dette|den|vi|me|man|dei|de|du|dere|eg|jeg|han|ho|hun|hen)\b"
_PARTICIPLE = (r"(?!(?:først|fremst|framst|godt|helt|litt|mindre|andre|mest|best)\b)"
               r"[\wæøå]{3,}(?:t|ne|d|de|te|dd)\b")
_STANDING_RULE = lazy_regex(rf"^{_FROM_NOW}\s*,?\s+{_RULE_VERB}|"
                            rf"^(?:(?!at\s|som\s)[\wæøå-]+\s+){{1,3}}?{_RULE_VERB}\s+{_FROM_NOW}\b|"
                            rf"^{_FROM_NOW}\s*,?\s+(?:vert|blir)\s+(?!{_NOT_A_RULE_SUBJECT})"
                            rf"(?:[\wæøå-]+\s+){{1,4}}?{_PARTICIPLE}|"
                            rf"^(?!{_NOT_A_RULE_SUBJECT})(?:(?!at\s|som\s)[\wæøå-]+\s+){{1,3}}?"
                            rf"(?:vert|blir)\s+{_FROM_NOW}\s+{_PARTICIPLE}")
# Verbs of an aim rather than a rule: "Fremover skal vi jobbe mer med rekruttering.",
# "Styret skal heretter prøve å …", "… se nærmere på …", "… bli flinkere til …"
# (whole words: the stem with a verb ending only, so "… behandlet av arbeidsutvalget" is
# no effort verb – a compound noun on the stem is the rule's own object or agent)
_STRIVING_WORD = lazy_regex(r"(?:(?:jobb|arbeid|prøv|forsøk|sats|fokus|vurder|tenk|streb|"
                            r"strev)(?:e|a|er|es|ast|ere|ert|je)?|se|sjå|bli|verte)[.,;:!]?")


def _striving(after: str) -> bool:
    """Whether the words after a from-now-on rule's verb tell an aim, not a rule: an
    effort verb among the next three words (after "skal vi", "skal styret")."""
    return any(_STRIVING_WORD.fullmatch(word) for word in after.split()[:3])


_has_rule_word = contains_any(("heretter", "nå av", "no av", "fremover", "framover", "fremtid",
                               "framtid"))


# Words of a slide's title that make it a follow-up slide: "Veien videre", "Vegen
# vidare", "Oppfølging", "Neste steg", "Oppgaver", "Tiltak", "Aksjonspunkter", "Hva gjør
# vi framover?". Also the item on the body's own way of working ("Arbeidsform og
# møteplan"): its slides set up the network's own arrangements, no talk's message; and
# the day's closing point ("Oppsummering og avslutning", nynorsk "Avslutting"), which
# tells what happens after the gathering.
_is_follow_up_slide_title = contains_any(("videre", "vidare", "oppfølging", "oppfylging",
                                          "neste steg", "oppgaver", "oppgåver", "tiltak",
                                          "aksjon", "gjøremål", "framover", "fremover",
                                          "to do", "to-do", "arbeidsform", "avslutning",
                                          "avslutting"))


# The closing slide's title that sums up the day: "Oppsummering", "Oppsummering av
# dagen", nynorsk "Oppsummering frå dagen", "Samandrag".
# (or the standing "Eventuelt" closing the deck: no talk's slide, but what the organisers
# bring up last, "- Sekretariatet sender presentasjonene etter møtet")
_DAYS_SUMMARY_TITLE = lazy_regex(r"(?:(?:oppsummering|sammendrag|samandrag)"
                                 r"(?:\s+(?:av|fra|frå)\s+(?:dagen|møtet|samlingen|samlinga))?"
                                 r"|eventuelt|evt\.?)\s*:?", re.I)


def talk_slide_tasks(actions: list[Action], heads: Iterable[str | None],
                     lines: Iterable[Line] = (), *, closing: bool = False) -> list[Action]:
    """The tasks of one slide of a deck, whose ``heads`` are its item's title and its own
    first line: the bullets of a talk's slide report what the talk said ("Kommunane skal
    dele data meir" is its message, no errand of the meeting), so only a follow-up
    slide's bullets ("Veien videre", "Neste steg") are tasks as they stand; elsewhere a
    bullet is a task only with a deadline or an owner set apart from its sentence
    ("Ansvar: Kari", "Kari Holm: sende …", "… (Kari)"). The deck's ``closing`` item
    titled as the day's summary ("Oppsummering") tells what happens after the gathering,
    as "Oppsummering og avslutning" does, and so does a closing "Eventuelt": its bullets
    are tasks as they stand too."""
    if not actions or any(head and (_is_follow_up_slide_title(head.casefold()) or (
            closing and _DAYS_SUMMARY_TITLE.fullmatch(head.strip())))
                          for head in heads):
        return actions
    lines = list(lines)
    followed = _under_follow_up_slides(lines)
    goals = _under_slides(lines, _is_goal_slide_title)
    return [action for action in actions if (action.due or _owner_set_apart(action) or
            any(action.text in body for body in followed)) and
            not any(action.text in body for body in goals)]


def _under_follow_up_slides(lines: Iterable[Line]) -> list[str]:
    """The lines of a follow-up slide ("Videre arbeid", "Neste steg") among an item's
    slides, after a talk's: its bullets are tasks as they stand, as they are on a
    follow-up slide that opens the item, up to the next slide's title."""
    return _under_slides(lines, _is_follow_up_slide_title)


def _under_slides(lines: Iterable[Line], titled: Callable[[str], bool]) -> list[str]:
    """The lines under the slide titles ``titled`` takes (lower-cased), each up to the
    next slide's title: a heading, or a short line that is no bullet and no sentence."""
    found, under = [], False
    for line in lines:
        body = line.body.strip()
        if line.kind is HEADING or (len(body) < 40 and not line.is_bullet and
                                     body[-1:] not in ".:;!?"):
            under = bool(body) and titled(body.casefold())
        elif under:
            found.append(body)
    return found


# A slide that sets the network's goals: "Mål 2025", "Målsetting", "Delmål", "Hovedmål".
_GOAL_SLIDE_TITLE = lazy_regex(r"(?:hoved|del|effekt|resultat)?(?:mål|målsetting(?:ar|er)?|"
                               r"målsetjing(?:ar)?)(?:\s+(?:for\s+)?(?:20\d\d|[\wæøå]+et))?:?")


def _is_goal_slide_title(folded: str) -> bool:
    """Whether a slide's title names goals ("Mål 2025", "Delmål"): a goal with a date on
    it ("Alle kommuner har oppdatert oversikt innen 1. juni 2025") is where the network
    wants to be, no errand of the meeting."""
    return "mål" in folded and _GOAL_SLIDE_TITLE.fullmatch(folded) is not None


def _owner_set_apart(action: Action) -> bool:
    """Whether the task names its owner apart from its sentence's subject ("Ansvar:
    Kari", "Kari Holm: sende utkast", "Bestille buss (KH)"), or a person by name as the
    one doing it ("Kari Holm sender lenke til opptaket"): no talk's message."""
    who, text = action.responsible, action.text
    if not who:
        return False
    if "ansv" in text.casefold() or is_first_name(who.split()[0]):
        return True
    return not text.startswith(who) or text[len(who):].lstrip()[:1] in (":", "–", "-")


def _is_outcome_not_task(sentence: str, lowered: str, body: str | None,
                         meeting: str | None) -> bool:
    """Whether a sentence under a follow-up heading ("Videre arbeid", "Neste steg",
    "Oppfølging:") records what the body concluded rather than a task: "Gruppen anbefaler
    at prosjektet forlenges.", "Saken tas opp igjen på neste møte." are its decisions,
    while "Kari sender brev" and "Malen sendes ut" stay follow-ups."""
    return _is_decision(sentence, lowered) and not _is_action(sentence, lowered) and \
        not decided_by_another(sentence, body, lowered, meeting)


# A record quoted after its lead-in: "Fra protokollet fra kommunestyret 20. januar: «…»",
# "I referatet står det: «…»", Swedish "Ur protokollet: «…»" (lower-cased).
_QUOTED_RECORD = lazy_regex(r"\b(?:protokoll|referat|møtebok)\w*\b[^«:]{0,80}:\s*«")


@functools.lru_cache(maxsize=_SENTENCE_MEMO)  # (an answer of the text alone: see there)
def _is_decision(sentence: str, lowered: str) -> bool:
    """``is_decision`` with the sentence already lower-cased."""
    if lowered.rstrip(" .!") in _BARE_OK:
        return True  # "Ok" under "Godkjenning av innkalling": approved
    if sentence[:1].isdecimal() and _VOTE_TALLY.match(sentence):
        return True  # "5 stemte for, 2 mot.": the vote's outcome, carried or fallen
    if sentence.endswith((")", ").")) and (vote := _VOTE_COUNT.search(sentence)):
        sentence = sentence[:vote.start()]  # "Innstillingen enstemmig vedtatt (7 st.)."
        lowered = lowered[:vote.start()]
    if sentence[-1:] == "?":
        return False  # a question decides nothing
    if _has_rule_word(lowered) and (rule := _STANDING_RULE.search(lowered)) and \
            not _striving(lowered[rule.end():]):
        return True  # "Heretter skal referatet sendes ut innen en uke.": the body's rule
    if (" søker " in lowered or " søkjer " in lowered) and _body_applies_for_sum(sentence):
        return True  # "Nettverket søker om 90 000 kr til …": the body settles its application
    if not _has_outcome_hint(lowered):
        return False
    if lowered.rsplit(" ", 1)[-1] in _DANGLING:
        return False  # "Vedtatt av" / "fylkestinget 9.mars" on a slide: whose is cut off
    if lowered.startswith(_IF_WORDS) and ", " in lowered and \
            not _has_outcome_hint(lowered.split(", ", 1)[1]):
        return False  # "Hvis forslaget blir vedtatt, må budsjettet justeres.": only if
    if "meld" in lowered and _ABSENCE_NOTICE.search(lowered):
        return False  # "Geir melder forfall til neste møte.": attendance, not a task
    if "«" in lowered and (quoted := _QUOTED_RECORD.search(lowered)) and \
            not _has_outcome_hint(lowered[:quoted.end()]):
        return False  # "I protokollet står det: «Styrgruppen beslutade att …»": an earlier
        # meeting's or another body's words, quoted from its record
    if ("habil" in lowered or "ugild" in lowered) and _DISQUALIFIED.search(lowered):
        return False  # "Styret vedtok samrøystes at ho var ugild.": who sat, not the case
    if "dobbelt" in lowered and _casting_vote_only(lowered):
        return False  # "Forslaget fikk 4 mot 4 stemmer, og leders dobbeltstemme avgjorde."
    if ("forslag" in lowered or "framlegg" in lowered) and _PROPOSAL_MADE.search(lowered):
        return False  # "Per fremmet følgende forslag: Saken utsettes.": only proposed
    folded = fold_lowered(sentence, lowered)
    if not _is_outcome(sentence, lowered, folded):
        return ": " in sentence and _topic_outcome(sentence)
    if (" dersom " in lowered or " hvis " in lowered or " viss " in lowered or
            (_TIME_CLAUSE_VERBS(lowered) and _TIME_CLAUSE_WORDS(lowered))) and \
            _outcome_in_condition_only(sentence, lowered):
        return False  # "Anbudet lyses ut i mai dersom styret slutter seg til rammen."
    if " at " in lowered and _advised_by_another(sentence):
        return False
    if _has_told_word(lowered) and _told_or_asked(lowered):
        return False  # "Rektor informerte om at skuleruta er vedteken.": news, a question
    if lowered.startswith(_SOME_WORDS) and _SOME_AGREED.match(lowered):
        return False  # "Mange var samde i at …": some members, not the body
    if lowered.startswith(_GROUPS_WORDS) and _GROUPS_AGREED.match(lowered):
        return False  # "Gruppene var enige om at …": a workshop's groups, not the body
    if sentence[:1].isupper() and _member_agreed(sentence, lowered):
        return False  # "Per Dahl var einig.": a member's view in the debate
    if ("forrige" in lowered or "førre" in lowered or " sist" in lowered or "tidl" in lowered
            or " i fj" in lowered) and _EARLIER_OUTCOME.search(lowered):
        return False  # "Saken ble utsatt i forrige møte.": background, not this meeting's
    return not (_has_other_body_word(folded) and _OTHER_BODY.search(sentence))


# Someone advising or proposing what the outcome should be: "Kommunedirektøren anbefaler at
# saken utsettes.", "Leder foreslo at referatet godkjennes.", "Per Dahl fremmet forslag om
# at …", "Leiaren gjorde framlegg om at …" (the body's own advice, "AU anbefaler at …", is
# its conclusion; see the forms above)
_ADVICE_LEAD = lazy_regex(r"^(?P<who>(?:[\wæøåÆØÅ.-]+\s+){1,4}?)(?:anbefaler|anbefalte|foreslår|"
                          r"foreslo|føreslår|føreslo|tilrår|tilrådde|rår\s+til|ønsker|ønsket|ønskjer|ynskjer|"
                          r"mener|meiner|mente|meinte|innstiller\s+på|"
                          # (a member backing it: "Per Dahl støtter at saken utsettes.")
                          r"støtter|støttar|støttet|støtta|"
                          r"innstilte\s+på|"
                          r"har\s+bedt\s+om|har\s+bede\s+om|"
                          r"(?:gjorde|gjer|gjør|fremmet|fremma|fremmer|la\s+fram|la\s+frem|"
                          r"legger\s+fram|kom\s+med)\s+(?:et\s+|eit\s+)?(?:forslag|framlegg)"
                          r"\s+om)\s+at\s(?P<rest>.*)$")
_BODY_ADVISER = lazy_regex(rf"(?i:[\wæøå-]*(?:{_BODY_NOUN}|gruppe|utval|utvalg|forum|møtet)|"
                           rf"alle|vi|medlemmene)\s*$|^{_BODY_SHORT}\s*$")


# An outcome of an earlier meeting told as the case's background: "Saken ble utsatt i
# forrige møte.", "Saka vart utsett frå førre møte.", "Planen ble godkjent i fjor.", "slik
# den ble vedtatt på forrige fylkesting" (not
# "Referatet fra forrige møte ble godkjent": there the meeting names what was approved;
# nor "Det var enighet om å gjenta besøkene fra i fjor.": last year's visits, agreed now)
_EARLIER_OUTCOME = lazy_regex(
    r"\b(?:ble|vart|blei|var|vedtok|vedtek|godkjente|godkjende|utsatte|bestemte|besluttet)\b"
    r"[^.]*?(?:\b(?:i|på)\s+(?:forrige|førre|siste|sist|tidligere|tidlegare)\s+"
    r"\w*(?:møte|ting)(?:et|t)?\b|(?<!fra )(?<!frå )\bi\s+(?:fjor|fjar)\b|"
    r"\b(?:utsatt|utsett)\s+(?:fra|frå)\s+(?:forrige|førre|siste|sist)\s+\w*møte)")


# What someone told or asked about an outcome, not the outcome: "Rektor informerte om at
# skuleruta er vedteken.", "Det vart spurt om budsjettet er godkjent.", "Det ble stilt
# spørsmål ved om avtalen er godkjent.", "Informasjon om at saka er utsett."
_TOLD_OR_ASKED = lazy_regex(
    r"^(?:det\s+(?:ble|vart|blei)\s+(?:(?:informert|orientert|opplyst)\s+(?:om\s+)?at|"
    r"(?:spurt|stilt\s+spørsmål(?:\s+ved)?)\s+om)\s|"
    r"(?:[\wæøå.-]+\s+){1,4}?(?:(?:(?:informerte|orienterte|opplyste|fortalte|fortalde)\s+"
    # (also in the present and with whom: "Kari spør styret om de er enige.")
    r"(?:om\s+)?at|(?:spurte|spurde|spør|spørjer|lurte|lura|lurer|lurar)\s+"
    r"(?:(?!om\b)[\wæøå-]+\s+){0,2}?(?:på\s+)?om)\s|"
    # what was told about, then who decided it: "Hanne Moe orienterte om reglementet som
    # kommunestyret vedtok i desember." (not "… om regnskapet, som ble godkjent.": this
    # meeting's outcome in the passive)
    r"(?:informerte|orienterte|opplyste|fortalte|fortalde)\s+om\s+(?:[\wæøå.-]+\s+){1,6}?"
    r"(?:som|der)\s+(?!(?:ble|vart|blei)\b))|"
    r"(?:informasjon|orientering)\s+om\s+at\s)")
_has_told_word = contains_any(("informer", "orienter", "opplyst", "fortal", "spurt", "spurd",
                               "spørsmål", "lurte", "lura", "lurer", "informasjon", "spør "))


def _told_or_asked(lowered: str) -> bool:
    """Whether the sentence only tells or asks about an outcome (``_TOLD_OR_ASKED``), and
    does not go on to one of its own ("…, og dette ble vedtatt")."""
    return ", og " not in lowered and ", men " not in lowered and "; " not in lowered and \
        bool(_TOLD_OR_ASKED.match(lowered))


# Some of those present agreeing, not the body: "Mange var samde i at …", "Flere av
# medlemmene var enige om …" ("Alle var enige" is the body's outcome).
_SOME_WORDS = ("mange ", "fleire ", "flere ", "nokre ", "noen ", "enkelte ", "somme ",
               "ein del ", "en del ", "fleirtalet av ", "flertallet av ")
# "… var (også) enige": the words of agreeing after whoever agreed
# (or backing it: "Flere støttet forslaget.", "Per Dahl støttar framlegget." – the body's
# own "Styret støtter forslaget." is its outcome)
_AGREED_TAIL = (r"\s+(?:(?:var|er|ble|vart|blei)\s+(?:også\s+|og\s+|òg\s+)?"
                r"(?:enig|enige|einig|einige|samd|samde)|(?:også\s+|og\s+|òg\s+)?"
                r"(?:støtter|støttet|støttar|støtta)|"
                # (or joining it: "Fleire av medlemene slutta seg til dette.")
                r"(?:også\s+|og\s+|òg\s+)?slut(?:tet|ta|ter|tar)\s+seg\s+"
                r"(?:også\s+|og\s+|òg\s+)?til)\b")
_SOME_AGREED = lazy_regex(r"^(?:mange|fleire|flere|nokre|noen|enkelte|somme|ein\s+del|en\s+del)"
                          r"(?:\s+av\s+[\wæøå]+)?" + _AGREED_TAIL)


# A workshop's groups agreeing ("Gruppene var enige om at …", "Alle gruppane støtta …",
# "Gruppe 2 var samd i …"): their innspill to the body, not its outcome.
_GROUPS_WORDS = ("gruppe", "alle grupp", "begge grupp", "de fleste grupp",
                 "dei fleste grupp")
_GROUPS_AGREED = lazy_regex(r"^(?:(?:alle|begge|de\s+fleste|dei\s+fleste)\s+)?"
                            r"(?:gruppene|gruppane|gruppe\s+\d+(?:\s*(?:og|,)\s*\d+)*)"
                            + _AGREED_TAIL)


# A person named agreeing, alone or with another: "Per Dahl var einig.", "Kari og Per var
# enige i forslaget." (a member's view in the debate, not the body's: "Styret var enig.")
_MEMBER_AGREED = lazy_regex(r"^(?P<who>[A-ZÆØÅ][\w-]+)(?:\s+[A-ZÆØÅ][\w-]+){0,2}"
                            r"(?:\s+(?:og|&)\s+[A-ZÆØÅ][\w-]+(?:\s+[A-ZÆØÅ][\w-]+){0,2})?"
                            + _AGREED_TAIL)


def _member_agreed(sentence: str, lowered: str) -> bool:
    """Whether the sentence is a person named agreeing ("Per Dahl var einig."), by the
    first name that opens it."""
    if "enig" not in lowered and "einig" not in lowered and "samd" not in lowered and \
            "støtt" not in lowered:
        return False
    found = _MEMBER_AGREED.match(sentence)
    return found is not None and is_first_name(found["who"])


def _advised_by_another(sentence: str) -> bool:
    """Whether the outcome is only what a person or another party advises ("Rådmannen
    anbefaler at saken utsettes."): it records no outcome unless the sentence goes on to
    say it was adopted ("…, og dette ble vedtatt")."""
    advice = _ADVICE_LEAD.match(sentence)
    if advice is None or _BODY_ADVISER.search(advice.group("who")):
        return False
    tail = advice.group("rest").partition(", ")[2]
    return not (tail and is_decision(tail))


def _topic_outcome(sentence: str) -> bool:
    """A short topic, a colon and a bare outcome: "Drift: vedtatt.", "Investering: utsatt."
    (a numbered list of sub-points, each with what became of it). Not another's outcome
    reported with its agent: "Status: godkjent av fylket"."""
    lead, _colon, rest = sentence.partition(": ")
    return 0 < len(lead.split()) <= 4 and ": " not in rest and len(rest.split()) <= 6 and \
        rest[:1].islower() and " av " not in rest and \
        (bool(_BARE_PARTICIPLE.match(rest)) or is_decision(rest))


# What became of an application or a sub-point, in one participle after its name:
# "Fjellmat AS: innvilget kr 50 000.", "Turlag Nord: avslått."
_BARE_PARTICIPLE = lazy_regex(r"(?:enstemmig\s+|samrøystes\s+)?(?:innvilget|innvilga|innvilgd|"
                              r"avslått|avslege|avslegen|godkjent|godkjend|vedtatt|vedteke)"
                              r"(?:[\s.,;]|$)")


def is_action(sentence: str) -> bool:
    """A one-off follow-up: a task verb with a subject, a passive task, or "Ansvar:".

    Every pattern below needs a word the cheap substring tests look for first; most
    sentences are not tasks and leave after a few ``in`` tests.
    """
    return _is_action(sentence, sentence.lower())


# A concrete event offered in the passive with "kan" (searched lower-cased): "Det kan
# gjennomføres en felles workshop om …", "Det kan arrangeres et dialogmøte med
# kommunene i mars.", nynorsk "Det kan haldast ei samling for leiarane.", and with "bli"
# ("Det kan bli arrangert en fagdag i mai.", "Det kan verte halde eit kurs.") A new meeting,
# workshop or course to be held is a follow-up to arrange, unlike a vague possibility
# ("Det kan vurderes å …", "Saken kan tas opp igjen senere"), which names no event.
_EVENT_OFFERED = lazy_regex(
    r"\b(?:kan|kunne)\s+(?:det\s+|man\s+)?(?:også\s+|òg\s+|gjerne\s+)?"
    r"(?:gjennomføres|gjennomførast|arrangeres|arrangerast|holdes|haldast|avholdes|"
    r"avhaldast|organiseres|organiserast|settes\s+opp|setjast\s+opp|"
    r"(?:bli|verte|verta)\s+(?:arrangert|arrangera|gjennomført|gjennomførd|holdt|halde|"
    r"avholdt|avhalde|organisert|organisera|satt\s+opp|sett\s+opp))\s+"
    r"(?:en|ei|et|eit)\s+(?:[\wæøå-]+\s+){0,2}?"
    r"[\wæøå-]*(?:workshop|møte|samling|seminar|kurs|konferanse|webinar|befaring|fagdag|"
    r"temadag|dugnad|studietur)\b")
# An event offered only on a condition or if wanted stays a possibility: "Det kan holdes
# et ekstra møte ved behov.", "… dersom det er interesse", "… om ønskelig".
_ON_CONDITION = lazy_regex(r"\b(?:ved\s+behov|etter\s+behov|om\s+ønskelig|om\s+ønskeleg|"
                           r"dersom|hvis|viss|om\s+nødvendig|eventuelt|evt\.?)(?!\w)")


def _event_offered(lowered: str) -> bool:
    """Whether a "kan" passive offers a concrete event to be held (``_EVENT_OFFERED``),
    not on a condition: a follow-up someone is to arrange, where "kan" with any other
    passive ("Det kan vurderes å …") is a mere possibility and no task."""
    return _EVENT_OFFERED.search(lowered) is not None and \
        _ON_CONDITION.search(lowered) is None


# An amendment's change to the wording of the text being decided: "I punkt 4 endres «skal
# vurderes» til «skal gjennomføres».", nynorsk "I punkt 4 vert «skal vurderast» endra til
# «skal gjennomførast».", "Ordet «bør» endres til «skal»." (the quoted words are the
# vedtak's own, changed as it is adopted; no one is to do anything after the meeting)
_WORDING_CHANGED = lazy_regex(r"\b(?:endres|endrast|(?:vert|blir)\s+(?:«[^»]{1,120}»\s+)?"
                              r"endra|endret)\b[^.]{0,160}?\btil\s*:?\s*«")


# Those named as a group that is set to work: "Kari Li, Per Dal og Ola Berg utgjør
# arbeidsgruppen og legger fram forslag til neste møte.", nynorsk "… utgjer arbeidsgruppa og
# legg fram …" (the group's name between them and what they are to do).
_GROUP_NAMED_AND = lazy_regex(
    r"^(?P<who>(?-i:[A-ZÆØÅ])[^.;:]{0,80}?)\s+(?:utgjør|utgjer)\s+(?:den\s+nye\s+|ei\s+|"
    r"en\s+|eit\s+|et\s+)?[\wæøå-]*(?:gruppen|gruppa|gruppe|utvalget|utvalet|utval|utvalg|"
    r"komiteen|komitéen|komite|komité|nemnda|nemnd)\s+og\s+(?P<rest>\S.*)$", re.I)


def _without_group_named(sentence: str) -> str | None:
    """The sentence with the group's name taken out, those named the subject of what the
    group is to do ("Kari Li og Per Dal legger fram forslag …"), or None when it sets up
    no group with a task ("Kari Li og Per Dal utgjør arbeidsgruppen." names members only)."""
    found = _GROUP_NAMED_AND.match(sentence)
    return f"{found.group('who')} {found.group('rest')}" if found else None


# The body's own request that something be done, reported in the past and the passive:
# "Nettverket ba om at statistikken deles på kommune i neste rapport.", nynorsk "Rådet bad
# om at saka vert greidd ut." Its subject is one word naming a body ("Styret", "Gruppa",
# "Nettverket", "Regionrådet"): a person's request in the debate ("Kari Holm ba om at …")
# is none. The present of a vedtak or an uttale ("Rådet ber om at tilbudet styrkes.")
# asks another body, the municipality, to see to it: no follow-up of the meeting.
_BODY_ASKED_PASSIVE = lazy_regex(
    r"^(?P<who>[A-ZÆØÅ][\wæøå-]*)\s+(?:ba|bad)\s+om\s+at\s+(?:[^.]{0,100}?\s)?"
    r"(?:[a-zæøå]{3,}(?:es|ast)|(?:blir|vert|bli|verte)\s+[a-zæøå]{3,})\b")
_BODY_ASKS_PASSIVE = lazy_regex(
    r"^(?P<who>[A-ZÆØÅ][\wæøå-]*)\s+(?:ber|bed)\s+om\s+at\s+(?:[^.]{0,100}?\s)?"
    r"(?:[a-zæøå]{3,}(?:es|ast)|(?:blir|vert|bli|verte)\s+[a-zæøå]{3,})\b")
# How the one word of a body ends: the definite form of its kind (``BODY_WORD_ENDINGS``,
# and a team's, a board of teachers' or a partnership's).
_BODY_ENDINGS = (*BODY_WORD_ENDINGS, "kollegiet", "laget", "partnerskapet")


def _body_asked_passive(sentence: str, lowered: str) -> bool:
    """Whether the sentence is the body's request that something be done, in the passive
    (``_BODY_ASKED_PASSIVE``): a follow-up for whoever serves the body, whatever the verb,
    where the same passive alone ("Statistikken deles på kommune.") may tell how things
    are. Its doer is unnamed, so the task's responsible stays null."""
    if " om at " not in lowered:
        return False
    found = _BODY_ASKED_PASSIVE.match(sentence)
    if found is None:
        # (in the present by a dated deadline: "AMU ber om at retningslinja vert gått
        # gjennom på alle personalmøte innan 1. mars.", the body's vedtak, the errand's
        # date; not "… at fristen forlenges til 1. september": what another body grants)
        found = (" innen " in lowered or " innan " in lowered) and \
            dates.DIGIT.search(lowered) and _BODY_ASKS_PASSIVE.match(sentence)
        if not found:
            return False
    who = found["who"]
    return who.casefold().endswith(_BODY_ENDINGS) or \
        (who.isupper() and who[-1:] == "U" and len(who) <= 5)  # "AMU", "PSU", "HAMU"


# The notice of the right to appeal that closes an individual decision in law
# ("Vedtaket kan påklages til Miljødirektoratet innen tre uker.", nynorsk "… kan
# påklagast …", "Klagefristen er tre veker.", "Klagen sendes verneområdestyret."): the law
# has the minutes tell the applicant this; it is neither a decision nor a task. (The
# deadline passed is only the time of another act: "Kontrakten signeres når klagefristen
# er ute.", "… etter utløpt klagefrist".)
_APPEAL_NOTE = lazy_regex(r"\bkan\s+(?:\w+\s+){0,2}?påklag|"
                          r"\b(?<!etter\s)(?<!når\s)(?<!utløpt\s)(?<!utløpen\s)klagefrist"
                          r"(?!\w*\s+(?:er|har|var)\s+(?:ute|utløpt|utløpen|gått\s+ut|løpt\s+ut)\b)|"
                          r"^klage[an]?\s+(?:sendes|sendast|skal\s+sendast?|stilast|stiles)\b")


def appeal_note(lowered: str) -> bool:
    """Whether a lower-cased sentence is the notice of the right to appeal
    (``_APPEAL_NOTE``)."""
    return "klag" in lowered and _APPEAL_NOTE.search(lowered) is not None


# A permit granted or refused in the body's own words ("Styret gir dispensasjon etter
# verneforskriften § 3, på vilkår om at taket tekkes med torv.", "… får Ola Berg løyve
# til …"): the vedtak itself, whose conditions bind the applicant, no errand of anyone.
_PERMIT_GIVEN = lazy_regex(r"\b(?:gir|gjev|gis|gjevast|får|innvilger|innvilgar|avslår)\s+"
                           r"(?:[\wæøå-]+\s+){0,4}?(?:dispensasjon|løyve|tillatelse|løyvet)\b")


# Holding off as the plan: "Vinje og Fyresdal vil vente med analysane til malen ligg
# føre.", "Sekretariatet avventer svar": no errand until then, whoever is named.
_HOLDS_OFF = lazy_regex(r"\b(?:(?:vil|skal)\s+(?:vente|venta)\s+med|avvent(?:e|a|er|ar)\b)")


# The body or a speaker concerned that something is done ("Nemnda er oppteken av at …",
# "Styret var opptatt av at planen følges opp."): what matters to them, no one's errand.
_CONCERNED_THAT = lazy_regex(r"^[\wæøå-]+(?:\s+[\wæøå-]+){0,3}?\s+(?:er|var|vart|ble|blei)\s+"
                             r"(?:svært\s+|særleg\s+|særlig\s+|spesielt\s+)?"
                             r"(?:oppteken|opptekne|oppteke|opptatt|opptatte)\s+av\s+at\s")


# (s79i) A deadline someone has set, told in the perfect ("Fylkeskommunen har satt intern
# frist til 20.04.2027", "Direktoratet har gitt kommunene frist til …", nynorsk "har sett
# frist"): a date others must meet, reported from the case papers, no errand of the one
# who set it (searched lower-cased).
_DEADLINE_SET = lazy_regex(r"\b(?:har|hadde)\s+(?:satt|sett|fastsatt|fastsett|gitt)\s+"
                           r"(?:(?:en|ei|et|eit)\s+)?(?:[a-zæøå]+\s+)?(?:søknads)?frist")


@functools.lru_cache(maxsize=_SENTENCE_MEMO)  # (an answer of the text alone: see there)
def _is_action(sentence: str, lowered: str) -> bool:
    """``is_action`` with the sentence already lower-cased.

    The forms that make a task are tried first, and the exceptions that unmake one (a
    notice of absence, the body's own act, a rule for everyone …) only for a sentence
    that a form takes: most sentences are no task, and then no exception needs asking.
    Each exception still rules out exactly the forms written after it in the chain (the
    English form comes before the owner line, and that before the body's own act).
    """
    if "vent" in lowered and _HOLDS_OFF.search(lowered):
        return False  # "Vinje vil vente med analysen til …": holding off, no errand
    if sentence[-1:] == "?" or len(sentence) < 12:
        return False
    if "frist" in lowered and _DEADLINE_SET.search(lowered):
        return False  # "Fylkeskommunen … har satt intern frist til 20.04.": one set for others
    if " oppt" in lowered and _CONCERNED_THAT.match(lowered):
        return False  # "Nemnda er oppteken av at strategien vert følgd opp.": a concern
    if ("klag" in lowered and appeal_note(lowered)) or \
            (("dispens" in lowered or "løyve" in lowered or "tillatelse" in lowered) and
             _PERMIT_GIVEN.search(lowered)):
        return False  # the appeal notice, a permit given: no one's errand
    if sentence[:1].isdigit() and (sub_point := _SUB_POINT_LABEL.match(sentence)):
        # "4.2 Natteravner: Morten Bø lager ny liste.": the sub-point's number and label
        # only head the task that follows them
        sentence, lowered = sentence[sub_point.end():], lowered[sub_point.end():]
    if lowered[:1] in "hk" and lowered.split(" ", 1)[0] in QUESTION_WORDS:  # (h…, k…)
        return False  # "Kva tittel og ansvar skal dei ha." is a question, not a task
    if (told := _after_paper_label(sentence)) is not None:
        return _is_action(told, told.lower())  # "Saksframlegg: Kari la fram …"
    if lowered[:1] in _TIME_FIRST_INITIALS and lowered.startswith(_TIME_FIRST_OPENING) and \
            (moved := deadline_put_last(sentence)) is not None:
        sentence, lowered = moved, moved.lower()  # "Innen 15. mai skal planen være ferdig."
    elif lowered[:1] in _OPENER_INITIALS and (moved := opener_put_aside(sentence, lowered)):
        # "Som avtalt sender Kari Holm …", "Nå sender Kari Holm …" (read as a sentence:
        # its first word capitalised)
        sentence, lowered = moved[:1].upper() + moved[1:], moved.lower()
    if sentence[-1] == ":" and _introduces_meeting_days(lowered):
        return False  # "Arbeidsutvalget skal møtes disse dagene:" opens a meeting plan
    if "utgj" in lowered and (named := _without_group_named(sentence)) is not None:
        return _is_action(named, named.lower())  # "A, B og C utgjør arbeidsgruppen og …"
    facts = _task_facts_of(lowered)  # (each form's words, found in one pass)
    if facts & _OPENING_FORMS:  # (one test for the three forms below: most hold none)
        if facts & _ENGLISH and (english := _ENGLISH_WILL.match(sentence)) and \
                _english_owner(english["who"], sentence):
            # "John Smith will send the report by March 6." (English minutes)
            return not _told_not_given(sentence, lowered)
        if facts & _READY and _has_deadline_word(lowered) and _paper_ready_by(sentence) and \
                _names_when(lowered):
            # "Sluttrapporten skal vere ferdig innan 1. mars.": a passive task
            return not (_told_not_given(sentence, lowered) or
                        _not_an_errand(sentence, lowered))
        if facts & _OWNER_WORD and _names_owner(sentence, lowered):
            return not (_told_not_given(sentence, lowered) or
                        _not_an_errand(sentence, lowered))
    if " to " in lowered and " by " in lowered and \
            (to_do := _ENGLISH_TO_DO.match(sentence)) and _english_doers(to_do["who"]) and \
            _ENGLISH_BY_DAY.search(sentence):
        # (s75a) "Lars Dahl to send the revised timeline to all partners by 1 December
        # 2026." in English minutes' text: an action point's form without its label, who
        # and by when (read under "Action:" already)
        return not _told_not_given(sentence, lowered)
    if " inn i " in lowered and _TAKEN_INTO.match(sentence) is not None:
        return True  # "Erfaringene tas inn i revisjonen av ROS-analysen.": a passive task
    if (" innen " in lowered or " innan " in lowered) and _names_when(lowered) and \
            _PASSIVE_BY_DEADLINE.match(sentence) is not None and not (
                _told_not_given(sentence, lowered) or _not_an_errand(sentence, lowered)):
        return True  # "Ferieønsker meldes til daglig leder innen 15. mars.": a passive task
    if _task_form(sentence, lowered, facts) and not (
            _told_not_given(sentence, lowered) or _not_an_errand(sentence, lowered) or
            _bodys_own_act(sentence, lowered)):
        return True
    return ", og " in lowered and _servant_task_after_og(sentence, lowered)


# What the clause after ", og" says of its subject when it gives no errand: a wish or a
# possibility ("…, og kommunen vil gjerne dele maler"), or how things are ("…, og
# regionrådet er bedt om innspill").
_NO_ERRAND_VERBS = frozenset({"vil", "kan", "bør", "er", "var", "ble", "vart", "har",
                              "hadde", "ønsker", "ønskjer"})


def _servant_task_after_og(sentence: str, lowered: str) -> bool:
    """Whether the sentence gives one who serves the body a task in a clause of its own
    after ", og", the owner in lower case ("Faggruppa ønsker en felles veileder, og
    sekretariatet lager et første utkast.", "Saken ble vedtatt, og administrasjonen skal
    komme tilbake …"): the forms above find a name there, not a role. Only the body's own
    people (``_BODY_SUBJECTS``), not "…, og at …" nor what others must ("…, og kommunene
    må melde inn …" tells an outside scheme's rule)."""
    words = lowered.rpartition(", og ")[2].split(maxsplit=2)
    return len(words) == 3 and words[0] in _BODY_SUBJECTS and \
        words[1] not in _NO_ERRAND_VERBS and _task_after_og(sentence) is not None


# A thing of a few words as subject (no modal among them: "Turen må bestilles innen …" is a
# rule), then the present passive of sending, reporting or telling and "innen"/"innan"
# before a day later in the sentence, whom to or what of first ("til", "om"; "Brevet sendes
# innen 1. mai." dates the task before it): "Ferieønsker meldes til daglig leder innen 15.
# mars.", "Kommunene orienteres om sine tilskudd innen 1. november.",
# nynorsk "Søknadene sendast til sekretariatet innan 1. mai." (a passive errand, whoever is
# to do it unnamed; "Regnskapene avlegges innen 22. februar." tells the law's deadline).
_PASSIVE_BY_DEADLINE = lazy_regex(r"^[A-ZÆØÅ][\wæøå-]*(?:\s+(?!(?:at|kan|kunne|må|måtte|bør|"
                                  r"burde|skal|skulle|vil)\b)[\wæøå-]+){0,2}?\s+"
                                  r"(?:meld|send|oversend|lever|orienter|varsl|informer)"
                                  r"(?:es|ast)\s+(?:til|om)\s[^.;:]{1,80}?\b(?:innen|innan)\s")


# A thing taken into a plan or a revision, the thing the sentence's own subject (a few
# words before the verb, no "at" among them: "Rådet ber om at lys tas inn i planen" is a
# request to others): "Erfaringene tas inn i revisjonen …", nynorsk "… vert teke inn i …"
_TAKEN_INTO = lazy_regex(r"^[A-ZÆØÅ][\w-]*(?:\s+(?!at\b)[\w-]+){0,3}?\s+"
                         r"(?:tas|takast|(?:blir|vert)\s+(?:tatt|teke))\s+inn\s+i\s")


# The body meeting, in a line that opens the list of its meeting days: "Arbeidsutvalget
# skal møtes disse dagene:", "Styret skal ha møte på følgende datoer:", nynorsk "Rådet
# skal møtast desse dagane:". (A colon is needed: "Kari og Per skal møtes for å avklare
# budsjettet." is a follow-up two people are given.)
_MEETING_DAYS_OPENING = lazy_regex(r"\b(?:møtes|møtast|møtest|samles|samlast|ha\s+møter?)\b"
                                   r"[^.:]*:$")


def _introduces_meeting_days(lowered: str) -> bool:
    """Whether a line ending in a colon says the body meets on the days listed below it:
    a meeting plan, no task, though "skal" and a subject give it a task's form."""
    return ("møt" in lowered or "saml" in lowered) and \
        _MEETING_DAYS_OPENING.search(lowered) is not None


# What the body (or the meeting) noted, with the fact after "at" (lower-cased): "Styret
# merket seg at …", "Gruppa noterte at …", nynorsk "Styret merka seg at …", "Det vart
# notert at …", "Det ble påpekt at …".
_NOTED_THAT = lazy_regex(r"^(?:(?:[\wæøå.-]+\s+){1,4}?(?:merket|merka|merkte|noterte|"
                         r"registrerte)\s+(?:seg\s+)?|det\s+(?:ble|vart|blei)\s+(?:notert|"
                         r"registrert|påpekt|peika\s+på|pekt\s+på|nevnt|nemnt)\s+)at\b")
_has_noted_word = contains_any(("merke", "merka", "merkte", "noter", "registr", "påpek", "peika",
                                "pekt", "nevnt", "nemnt"))


# An outside organisation inviting to an event by name: one named by its initials ("KS
# inviterer til dialogmøte", "NAV inviterer til fagdag", nynorsk "… inviterar til
# samling"), by what it is ("Fylkeskommunen inviterer til samling", "Statsforvalteren
# inviterer til fagdag", "Husbanken …", "Universitetet …") or as a kommune or county
# ("Vestland fylkeskommune inviterer til …"). The body's own sekretariat, styre or råd
# is none of these.
_INVITED_TO_EVENT = (r"\s+inviter[ea]r\s+til\s+(?:eit\s+|et\s+|en\s+|ei\s+)?(?:[\wæøå-]+\s+)?"
                     r"[\wæøå-]*(?:møte|konferanse|seminar|samling|kurs|webinar|"
                     r"fagdag|workshop|frokost|lunsj|"
                     # an opening or a celebration on its day: "Nordby kommune inviterer til
                     # åpning av nytt kulturhus 18. april."
                     r"åpning|opning|markering|lansering|jubileum|messe)\b")
_INVITES_TO_EVENT = lazy_regex(r"(?P<who>[A-ZÆØÅ]{2,5}|(?=[A-ZÆØÅ])[\wæøå-]*?"
                               r"(?i:kommunen|forvalteren|forvaltaren|fylkesmannen|"
                               r"departementet|direktoratet|tilsynet|banken|universitetet|"
                               r"høgskolen|høgskulen)|"
                               r"[A-ZÆØÅ][\wæøå-]+(?:\s+og\s+[A-ZÆØÅ][\wæøå-]+)?\s+"
                               rf"(?:fylkes)?kommune){_INVITED_TO_EVENT}")
_BODY_SHORT_ALONE = lazy_regex(_BODY_SHORT)
# A place inviting to its event: "Gol inviterer til fagdag om …", nynorsk "Ål inviterar til
# samling …" (one capitalised word, checked by ``_member_invites``).
_PLACE_INVITES = lazy_regex(rf"(?P<who>[A-ZÆØÅ][a-zæøå-]+){_INVITED_TO_EVENT}")


def _member_invites(sentence: str, lowered: str) -> bool:
    """Whether a member, named by its place alone, invites to its own event on a day
    ("Gol inviterer til fagdag om tidleg innsats 14. november."), as the members'
    news in a round or under "Eventuelt" do: told to the meeting, no errand of it. A
    person's ("Kari inviterer …") or the body's own, a definite noun ("Sekretariatet
    inviterer …", "Gruppa …"), is."""
    invites = _PLACE_INVITES.match(sentence)
    if invites is None or _has_deadline_word(lowered) or not dates.find_dates(sentence):
        return False
    who = invites.group("who")
    return not who.casefold().endswith(_DEFINITE_ENDINGS) and not is_first_name(who) and \
        not _role_only(who)


def _told_not_given(sentence: str, lowered: str) -> bool:
    """Whether a task-shaped sentence only tells the meeting something or puts the case
    to a later meeting (a notice of absence, a greeting, a proposal made, an earlier
    meeting's word, the body going on with its choice or entering an agreement, what
    was talked about): no errand given, whichever task form it has."""
    # (each word below searched once for the tests that need it: most sentences lack it)
    if "meld" in lowered:
        if _ABSENCE_NOTICE.search(lowered):
            return True  # "Geir melder forfall til neste møte.": attendance, not a task
        if _REPORTS_OF.search(lowered) and not _has_future_hint(lowered) and \
                not _has_deadline_word(lowered):
            return True  # "Foreldre melder om mye trafikk ved porten.": told to the meeting
        if _REPORTS_NEED.search(lowered) and not _has_future_hint(lowered) and \
                not dates.find_dates(sentence):
            return True  # "Bedriftene melder stort behov for …": told to the meeting
        if lowered[:1] in _COUNT_STARTS and _COUNTED_REPORT.match(lowered):
            return True  # "Seks av åtte kommuner melder behov for …": a survey's count
    if "invit" in lowered and (invites := _INVITES_TO_EVENT.match(sentence)) and \
            not _BODY_SHORT_ALONE.fullmatch(invites.group("who")) and \
            not _has_deadline_word(lowered) and dates.find_dates(sentence):
        return True  # "KS inviterer til dialogmøte om samarbeid 15. mai.": an outside
        # organisation's event on its day, told to the meeting (the body's own "AU" or
        # "Sekretariatet inviterer til samling 12. april" is its errand)
    if "invit" in lowered and _member_invites(sentence, lowered):
        return True  # "Gol inviterer til fagdag 14. november.": a member's own event
    if " opp " in lowered:
        if _BODY_RETURNS.match(lowered) or \
                (lowered[:2] == "ta" and _RETURNS_UNSAID.match(lowered)):
            return True  # "Saken tas opp igjen av styret i neste møte.": no one's errand
        if " under " in lowered and _TAKEN_UP_UNDER.search(lowered):
            return True  # "Ny sak 19/26 tas opp under Eventuelt.": this meeting's agenda
        if (at_meeting := _FOLLOWED_UP_AT_MEETING.search(lowered)) and \
                " av " not in lowered[at_meeting.start():] and \
                not _taken_home_first(lowered[:at_meeting.start()]):
            # (an "av" in the subject names no doer: "Vedlikehold av lekeplass tas opp
            # på neste møte.")
            return True  # "Saken følges opp i neste møte.": the body's agenda, no one's errand
    if ("hils" in lowered or "helsing" in lowered or "takk" in lowered) and \
            _COURTESY.search(lowered) and not _has_deadline_word(lowered):
        return True  # "Kari Holm sender hilsen fra kommunen.": told at the meeting
    if ("forslag" in lowered or "framlegg" in lowered) and _PROPOSAL_MADE.search(lowered):
        return True  # "Per fremmet følgende forslag: «… ber rådmannen …»": only proposed
    if "«" in lowered and "endr" in lowered and _WORDING_CHANGED.search(lowered):
        # "I punkt 4 endres «skal vurderes» til «skal gjennomføres».": the wording changed
        return True
    if ("forrige" in lowered or "førre" in lowered) and _EARLIER_OUTCOME.search(lowered):
        # "Styringsgruppen vedtok i forrige møte at programmet skal sendes på høring.":
        # the last meeting's word told as background, no errand given at this one
        return True
    if ("videre med" in lowered or "vidare med" in lowered) and \
            (_goes_on_with_choice(sentence, lowered) or _BODY_GOES_ON_LATER.match(lowered)):
        # "Styret går videre med det rimeligste tilbudet.": the choice made; "Styret går
        # videre med saken på neste møte.": put off, no errand
        return True
    if ("tilbake til" in lowered or "attende til" in lowered) and \
            _BODY_GOES_ON_LATER.match(lowered):
        return True  # "Styret kommer tilbake til saken i neste møte.": put off, as above
    if ("inngår" in lowered or " avtale" in lowered) and _BODY_ENTERS_AGREEMENT.match(lowered):
        return True  # "Styret inngår avtale med Byggservice AS.": the vedtak's own act
    if " at " in lowered and _has_noted_word(lowered) and _NOTED_THAT.match(lowered) and \
            not _has_deadline_word(lowered):
        # "Styret merket seg at dreneringen må vurderes.": what the body noted (a summary's
        # bullet), no errand given; a dated one stays a task ("… at Kari sender … innen 1. mai")
        return True
    if ("ønsk" in lowered or " vil at " in lowered) and _WISHED_THAT.match(lowered) and \
            not _has_deadline_word(lowered):
        # "Nettverket ønsker at fylkeskommunen koordinerer gjennomføringen.": a wish put
        # to another, no errand given (a dated one still is: "… at Kari sender … innen 1. mai")
        return True
    if " å " in lowered and _told_work_to_do(sentence, lowered):
        return True  # "Jonas orienterte om arbeidet med å revidere avtalene.": told about
    if ("har " in lowered or "hadde " in lowered) and _noun_read_as_verb(sentence, lowered):
        return True  # "Andelen avtaler med klimakrav har økt til 64 prosent.": a figure told
    # "Nettverket drøfta korleis kommunane følgjer opp ungdom.": the question talked
    # about, not a task given
    return ("drøft" in lowered or "diskut" in lowered or "snakk" in lowered) and \
        _TALKED_HOW.search(lowered) is not None


# Someone's or the body's wish that another do something (searched lower-cased from the
# start): "Nettverket ønsker at fylkeskommunen koordinerer …", nynorsk "Rådet ønskjer at …".
# (and "vil at": "Arbeidsutvalet vil at trafikktryggleik vert løfta fram.")
_WISHED_THAT = lazy_regex(r"(?:[\wæøå.-]+\s+){1,3}?(?:ønsker|ønskjer|ønsket|ønskte|vil)\s+at\s")


def _wished_clause(sentence: str) -> str | None:
    """Who does a task the body wishes done by a day (``_WISHED_THAT``: "Rådet vil at
    Kari Holm sender brevet innen 1. mai", "Styret ønsker at revisjonen er ferdig innen
    1. mars"): the clause's own subject as written, or "" for a passive or a paper's
    (the wisher asks, it does not do it); None when the sentence wishes nothing."""
    lowered = sentence.lower()
    if not ("ønsk" in lowered or " vil at " in lowered) or \
            (wished := _WISHED_THAT.match(lowered)) is None:
        return None
    clause = sentence[wished.end():].lstrip()
    if not clause:
        return None
    who = responsible_of(clause[:1].upper() + clause[1:]) or ""
    # (the clause's subject in its own case: "… at sekretariatet lagar …" → "sekretariatet")
    return clause[:len(who)] if who and clause.casefold().startswith(who.casefold()) else who


# A change told in the perfect ("har økt", "hadde falt", nynorsk "har auka"), the clause's
# own verb: searched from the end of the word read as the task's verb.
_CHANGE_TOLD_AFTER = lazy_regex(r"[^,;:«»()]*?\b(?:har|hadde)\s+(?:økt|auka|gått|falt|sunket|"
                                r"steget|stige|vokst|blitt|vorte|vært|vore|endret|endra|"
                                r"doblet|dobla|halvert)\b")
# A clause's start between the two verbs: then each has its own subject.
_CLAUSE_WORD = lazy_regex(r"\b(?:som|at|og|men|der|når|dersom|hvis|om|fordi|etter)\b")


def _noun_read_as_verb(sentence: str, lowered: str) -> bool:
    """Whether the word read as the task's verb is a plural noun, as the clause's finite
    verb comes after it: "Andelen avtaler med klimakrav har økt" (the agreements, no
    one agreeing), "Antall saker har gått ned". Only a change or state told in the
    perfect counts ("har økt", "har blitt"): "Kari sender papirene kommunen har bedt om"
    keeps its task, its second verb in a clause of its own."""
    verb = _TASK_VERB_RE.search_lowered(sentence, lowered)
    if verb is None:
        return False
    told = _CHANGE_TOLD_AFTER.match(lowered, verb.end())
    return told is not None and _CLAUSE_WORD.search(lowered, verb.end(), told.end()) is None


def _told_work_to_do(sentence: str, lowered: str) -> bool:
    """Whether the task verb is an infinitive after "å" in a sentence that tells what the
    meeting heard ("Jonas orienterte om arbeidet med å revidere avtalene", "Kari
    presenterte planen for å etablere et nytt tilbud"): the work reported on, which the
    sentence gives no one as an errand."""
    verb = _TASK_VERB_RE.search_lowered(sentence, lowered)
    return verb is not None and lowered.endswith(" å ", 0, verb.start()) and \
        _meeting_told(sentence)


def _not_an_errand(sentence: str, lowered: str) -> bool:
    """Whether a task-shaped sentence other than the English form lays down a rule for
    everyone, advises another, asks for something in the debate, or tells a standing
    division of work ("Ansv. for økonomi ligger hos kasserer."), or says what the owner
    will not do ("Faggruppen lager ikke felles uttalelse.")."""
    if (" ikke " in lowered or " ikkje " in lowered) and \
            (_DOES_NOT.match(sentence) or _task_verb_negated(sentence, lowered)):
        return True  # a negated task is what was settled, no errand
    if " skal " in lowered and _rule_of_things(lowered):
        return True  # "Sykler skal stå i sykkelboden.": a rule for everyone, no errand
    if " skal etter " in lowered and _DUTY_BY_LAW.search(lowered):
        return True  # "Krisesenteret skal etter krisesenterloven ha et botilbud for menn.":
        # what the law asks of it, a standing duty, no errand
    if " skal " in lowered and "jf" in lowered and _LAW_CITED.search(lowered):
        return True  # "Søknad om erstatning skal sendes innen 1. november, jf. forskrift
        # om …": what the law asks of anyone it concerns, told with its source, no errand
    if _every_one_of_a_kind(lowered):
        return True  # "Alle vurderinger sendes digitalt.": how every one is handled
    if ("anbefal" in lowered or "tilrå" in lowered or "r til at" in lowered) and \
            (advice := _ADVISES_THAT.match(lowered)) and not (
                advice["raa"] and _PASSIVE_HELPERS.intersection(
                    lowered[advice.end():].split()[:3])):
        return True  # "Gruppen anbefaler at regionrådet lyser ut …": advice to another
    if (" viste at " in lowered or " viser at " in lowered) and \
            _SHOWN_THAT.match(lowered) and not _has_deadline_word(lowered):
        return True  # "Kari viste at 14 prosent av epikrisene sendes for seint.": a finding
    if " om at " in lowered and _PERSON_ASKED_THAT.match(sentence):
        return True  # "Eli Brekke ba om at fordelingen vurderes på nytt.": one member's
        # request in the debate, which the body has not taken up
    if "neste" in lowered and _CASE_PUT_OFF.match(lowered):
        return True  # "Saka skal handsamast på neste møte.": a put-off, decided, no errand
    if ((("mente " in lowered or "meinte " in lowered or "mener " in lowered or
            "meiner " in lowered) and _VIEW_IN_TALK.search(lowered)) or
            (" at " in lowered and ("påp" in lowered or " på at " in lowered or
                                    "understrek" in lowered))) and \
            _VIEW_IN_DEBATE.match(sentence):
        return True  # "Fleire meinte at nøkkelen må vurderast på nytt.", "Per meinte saka
        # burde sendast …": a view in the debate, as a member's request is (the body's own
        # "Styret mente at …" is its stand)
    if "priorit" in lowered and _GIVEN_PRIORITY.search(lowered):
        return True  # "Tiltaket skal prioriterast i 2026.": a standing priority, decided
    if "ønsk" in lowered and _WISH_AS_VERB.match(sentence) and \
            not (" og be" in lowered and _ASKED.search(sentence, lowered.find(" og be"))):
        return True  # "Nettverket ønsker et felles møte med PP-lederne i løpet av høsten.":
        # a wish, which no one has been given yet (the task, if any, follows it; "…
        # ønsker en felles avtale og ber Holmvik kommune lede arbeidet" gives it)
    if " det sam" in lowered and _CONSIDERS_THE_SAME.search(lowered):
        return True  # "…, og Nordsjø kommune vurderer det samme.": what a member is
        # weighing, told beside what others have done, no errand of the meeting
    if (" bed" in lowered or "oppmod" in lowered) and _asked_by_others(sentence):
        return True  # "Kommunene er bedt om å bosette 40 flyktninger i 2026.": a request
        # the members received from an agency, no follow-up of this body
    return "ansv" in lowered and " hos " in lowered and _LIES_WITH.search(lowered) is not None \
        and not _has_deadline_word(lowered)


# A member weighing what others have done, told as news: "To kommuner har avtale om delt
# stilling, og Nordsjø kommune vurderer det samme.", nynorsk "… vurderar òg det same."
_CONSIDERS_THE_SAME = lazy_regex(r"\bvurder(?:er|ar)\s+(?:(?:nå|no|også|òg)\s+)?"
                                 r"(?:å\s+(?:gjøre|gjere)\s+)?det\s+samm?e\b")


# A request reported as received, in the perfect passive: "Kommunene er bedt om å bosette
# 40 flyktninger i 2026.", nynorsk "Kommunane er bedne om å …", "Utvalget har blitt bedt om
# å gi en uttalelse." The perfect tells a state the text reports (IMDi's or the county's
# request, as "IMDi ber kommunene …" is read); the meeting's own request is in the present
# or the past ("Kommunane vert bedne om å …", "Ullensaker ble bedt om å …").
_ASKED_BEFORE = lazy_regex(r"^(?P<who>[A-ZÆØÅ][\w-]*(?:\s+[\w-]+){0,3}?)\s+"
                           r"(?:er|har\s+(?:blitt|vorte|vore))\s+(?:bedt|bedd|beden|bedne|bede|"
                           r"oppmoda|oppmodet|oppmodd)"
                           r"\s+om\b")


def _asked_in_vedtak(sentence: str, lowered: str) -> bool:
    """Whether a sentence under a vedtak's label reports a request in the perfect with a
    deadline ("Vedtak: … Kystverket er bedt om å sende oppdatert plan innen 1. desember."):
    the vedtak makes it the body's own request, the errand it gives the one asked, though
    the same words in the talk tell a request received (``_asked_by_others``)."""
    return _has_deadline_word(lowered) and _ASKED_BEFORE.match(sentence) is not None and \
        not _told_not_given(sentence, lowered)


def _asked_by_others(sentence: str) -> bool:
    """Whether the sentence reports a request its subject received (``_ASKED_BEFORE``),
    the subject not one of the body's own people: a member municipality, the members or
    the body itself. A person ("Kari Holm er bedt om å …") or the body's staff
    ("Sekretariatet er bedt om å …") stays the meeting's errand, as it is given them."""
    found = _ASKED_BEFORE.match(sentence)
    if found is None:
        return False
    who = found["who"].split()
    first = who[0].casefold()
    if is_first_name(who[0]) or (first in _BODY_SUBJECTS and
                                 not first.endswith(_BODY_ENDINGS)):
        return False
    return not (len(who) > 1 and who[1][:1].isupper() and who[1].casefold() != "kommune")


# A law or a regulation cited as the source of what a sentence says (lower-cased): "jf.
# forskrift om erstatning …", "jf. viltlova § 16", "jfr. forvaltningsloven § 28".
# A duty by a law or a regulation named after "skal etter": "… skal etter krisesenterloven
# ha …", nynorsk "… skal etter opplæringslova …", "… skal etter forskrifta …".
_DUTY_BY_LAW = lazy_regex(r"\bskal\s+etter\s+(?:[\wæøå-]*lov(?:a|en)?|"
                          r"[\wæøå-]*forskrift(?:a|en)?)\b")
_LAW_CITED = lazy_regex(r"\bjfr?\.?\s+(?:[\wæøå-]+\s+){0,3}?(?:forskrift|[\wæøå]*lov(?:a|en)?\b|§)")
# A wish as the sentence's own verb, right after a capitalised subject of one to three
# words: "Nettverket ønsker et felles møte …", nynorsk "Kommunane ønskjer ei samling …"
# (a wish that someone does it, "ønsker at …", is ``_WISHED_THAT``'s).
_WISH_AS_VERB = lazy_regex(r"[A-ZÆØÅ][\w-]*(?:\s+[\w-]+){0,2}?\s+(?:ønsker|ønskjer|ynskjer)\s+"
                           r"(?!at\b|å\b)")


# A task verb negated right after its named subject: "Faggruppen lager ikke felles
# uttalelse.", "Kari Holm sender ikkje brevet." (the subject one to three capitalised words,
# the verb in the present).
_DOES_NOT = lazy_regex(r"(?:[A-ZÆØÅ][\w-]*\s+){1,3}[a-zæøå]+(?:er|ar)\s+(?:ikke|ikkje)\b")


def _task_verb_negated(sentence: str, lowered: str) -> bool:
    """Whether the sentence's task verb is negated right after it, later in the sentence
    than its subject ("Nettverket held fram med Sommarles og lagar ikkje eige opplegg.",
    "Styret fortset som før og sender ikke ut ny høring."): what the body will not do, a
    choice settled at the meeting, no errand (``_DOES_NOT`` reads the verb right after
    its subject)."""
    verb = _TASK_VERB_RE.search_lowered(sentence, lowered)
    return verb is not None and lowered.startswith((" ikke ", " ikkje "), verb.end())


# The case put off to the body's own next meeting (searched lower-cased from the start):
# "Saka skal handsamast på neste møte.", "Saken skal drøftes videre i neste styremøte.",
# "Planen skal handsamast i neste styremøte." (what the body itself takes up again) – a
# decision, as "Saken utsettes til neste møte." is, and no one's errand. (Another body's
# handling, "Saka skal handsamast i Vestlandsrådet 4. mai.", "Saken legges fram for
# kommunestyrene.", stays a passive task: the case's next step after the meeting.)
_CASE_PUT_OFF = lazy_regex(
    r"(?:denne\s+)?(?:sak(?:en|a)|[\wæøå-]+(?:en|et|a))\s+skal\s+(?:behandles|behandlast|"
    r"handsamast|drøftes|drøftast|"
    r"diskuteres|diskuterast)\s+(?:videre\s+|vidare\s+|igjen\s+|att\s+|på\s+nytt\s+)?"
    r"(?:på|i)\s+neste\s+\w*møte\b")
# A priority given (searched lower-cased): "Tiltaket skal prioriterast i 2026.", "Arbeidet
# med rus prioriteres i planperioden.", "Saka skal ha høg prioritet." – what the body puts
# first for a time, a standing decision (as a working rule is), no one-off follow-up.
_GIVEN_PRIORITY = lazy_regex(
    r"\b(?:prioriteres|prioriterast|prioriterest|(?:bli|blir|verte|vert|være|vere|vera)\s+"
    r"prioritert|(?:ha|få|gis|gjevast)\s+(?:[\wæøå]+\s+)?prioritet)\b")


def _names_owner(sentence: str, lowered: str) -> bool:
    """Whether the sentence (with "ansv" in it) names who answers for the task: "Ansvar:
    Kari", "Kari tar ansvar for …", "Ansvarleg for oppfølging: Per"."""
    return bool(_RESPONSIBLE.search(sentence) or (
        "ansvarl" in lowered and _TAKES_RESPONSIBILITY.search(sentence)) or
        (("oppfølging" in lowered or "oppfylging" in lowered) and
         _owns_the_follow_up(sentence, lowered)))


def _bodys_own_act(sentence: str, lowered: str) -> bool:
    """Whether the sentence is the body's own act ("Kontrollutvalet godkjenner
    årsrapporten og sender han til …"), no errand of the forms after the owner line."""
    # (its verbs whole: "vedta" alone is in every "vedtatt" and "vedtak")
    if ("oppretta" in lowered or "oppretter" in lowered or "etabler" in lowered or
            "nedset" in lowered or " ned " in lowered) and \
            _BODY_CREATES.match(sentence) is not None:
        return True  # "Fellesrådet oppretter en 50 % stilling …": created by the vedtak
    if " av e" in lowered and _SETS_ASIDE_MONEY.search(lowered):
        return True  # "Styret setter av en sum til jubileet.": a grant, decided
    if _names_to_a_seat_hint(lowered) and _appoints_only(sentence, lowered):
        return True  # "Brukarutvalet peikar ut Siri Bakke til FSU.": an appointment
    if " krev" in lowered:
        if _BODY_DEMANDS.match(sentence) is not None and "neste" not in lowered and \
                not any(char.isdecimal() for char in lowered):
            return True  # "Forumet krev at det vert laga ein plan …": a statement's condition
        head, colon, statement = sentence.partition(": ")
        if colon and head.lower().endswith(("fråsegn", "uttale", "uttalelse")):
            # "Forumet gir følgjande fråsegn: Forumet krev at …": the statement after its
            # announcement judged alone
            return _bodys_own_act(statement, statement.lower())
    return ("godkjenner" in lowered or "vedtar" in lowered or "vedtek" in lowered) and \
        _BODY_OWN_ACT.match(sentence) is not None


# The body's demand in its statement on a hearing or an application: "Forumet krev at det
# vert laga ein plan for friluftsliv.", "Nemnda krever at fortøyningene flyttes." – a
# condition it sets for another authority's decision, no errand after the meeting ("før
# konsesjon vert gitt" a condition too; with a day or "neste møte", "… krev at
# sekretariatet sender … innan 1. mai", it stays a task).
_BODY_DEMANDS = lazy_regex(rf"{_BODY_SUBJECT}\s+(?:krev|krever)\s+at\s", re.I)


def _appoints_only(sentence: str, lowered: str) -> bool:
    """Whether the sentence names a person to a seat (``_NAMED_TO_A_SEAT``) and gives no
    task after it: the appointment is made at the meeting, a decision only; "…, og ber
    henne kalle inn til første møte" goes on with a task."""
    named = _APPOINTS_NAMED.match(sentence)
    if named is None:
        return False
    rest = lowered[named.end():]
    return " og " not in rest and ", " not in rest


# Money set aside (searched lower-cased): "setter av en sum til …", nynorsk "set av eit
# beløp til …" – a grant the vedtak makes, where "set av ein kontaktperson" is a task.
_SETS_ASIDE_MONEY = lazy_regex(r"\b(?:setter|set)\s+av\s+" + _MONEY_WORDS)


# The body itself applying for something: "Styret søker kommunen om tilskudd til ny
# lekeplass.", "Rådet søkjer fylket om midlar.", "Vi søker om forlenget frist." – an
# application to write and send after the meeting. The bare body word or "Vi", or a
# meeting body's compound name ("Regionrådet søker …", "Samarbeidsrådet søkjer …"), which
# ``find_outcomes`` keeps only when it names the minutes' own body or its parent organisation
# (an AU preparing its council's application; ``_applies_for_another``):
# a case told of another applicant ("Musikklaget søkjer om tilskot …", "Elevrådet søker
# om …", "Skulen søkjer om …") is the case's background, and "søker å" is an aim
# ("Styret søker å styrke …"). The officer who applies on the body's behalf
# ("Prosjektleder søker om forlengelse av fristen.", "Dagleg leiar søkjer om …") makes
# the body's application too, and so does the project a steering group steers
# ("Prosjektet søker fylkeskommunen om midler …"). A club's compound name ("Idrettslaget søker …",
# "Velforeningen søker …", nynorsk "Ungdomslaget søkjer …") is read the same way: its
# application in the club's own minutes, another's case in a FAU's or a council's.
_BODY_APPLIES = lazy_regex(r"^(?:(?P<who>Styret|Rådet|Utvalget|Utvalet|Nettverket|Gruppa|Gruppen|"
                           r"Nemnda|Komiteen|Forumet|Laget|Velet|Foreningen|Foreninga|Foreininga|"
                           r"Klubben|Vi|"
                           # (a steering group's project: "Prosjektet søker fylket om …")
                           r"Prosjektet|"
                           # the body's officer applying on its behalf: "Vedtak: Prosjektleder
                           # søker om forlengelse av fristen.", "Dagleg leiar søkjer om …"
                           r"Prosjektleder|Prosjektleiar|Daglig leder|Dagleg leiar|Styreleder|"
                           r"Styreleiar|Leder|Leiar|Sekretariatet|Sekretæren|PL|"
                           r"(?P<compound>[A-ZÆØÅ][\wæøå-]+?(?:rådet|styret|utvalget|utvalet|"
                           r"nettverket|forumet|nemnda|komiteen|gruppa|gruppen|tinget|laget|"
                           r"foreningen|foreninga|foreininga|klubben)))\s+)"
                           r"(?:søker|søkjer)\s+(?!å\s)[\wæøå]")


# The bare nouns a body applies under in its own minutes (``_BODY_APPLIES``), not its
# officer's title nor a club's or compound name, which may be another applicant's case.
_BARE_BODY_APPLICANTS = frozenset(("Styret", "Rådet", "Utvalget", "Utvalet", "Nettverket",
                                   "Gruppa", "Gruppen", "Nemnda", "Komiteen", "Forumet"))


def _body_applies_for_sum(sentence: str) -> bool:
    """Whether the body itself applies for a sum it names ("Nettverket søker om 90 000 kr
    til en arrangementsserie.", "Forumet søkjer Nasjonalbiblioteket om 200 000 kr."): a
    network's project money settled at the meeting, its decision as well as the
    application to send (a task, ``_BODY_APPLIES``). Without a sum ("Styret søker om
    forlenget frist") it stays the task alone."""
    found = _BODY_APPLIES.match(sentence)
    return found is not None and found.group("who") in _BARE_BODY_APPLICANTS and \
        _SUM_OF_MONEY.search(sentence, found.end()) is not None


# The words of an application, asked of the sentence before "X svarer innen …" (lower-cased):
# "Kari søker om midler.", "Laget har søkt om tilskot.", "Styret sender søknad til kommunen."
_has_application_word = contains_any(("søker om", "søkjer om", "søkt om", "søkte om",
                                       "søke om", "søkje om", "søknad"))


def _applies_for_another(sentence: str, body: str | None, parent: str | None = None) -> bool:
    """Whether the sentence is a body applying under a compound name ("Elevrådet søker om
    midler …") that is not the minutes' own ``body``: another applicant's case, told as
    background. "Regionrådet søker …" in the minutes of "Midt-Agder regionråd" is the
    body's own application (its noun's stem is in the body's name), and so is one in the
    name of the ``parent`` organisation (an AU's council)."""
    found = _BODY_APPLIES.match(sentence)
    if found is None:
        return False
    if found.group("compound") is None:
        stem = _body_stem(found.group("who"))
        return found.group("who") in _CLUB_WORDS and \
            (_other_kind_than_club(stem, body) or _club_of_another_kind(stem, parent)) and \
            stem not in (parent or "").casefold()
    stem = _body_stem(found.group("compound"))
    return not _names_applicant(stem, body) and not _names_applicant(stem, parent)


def _names_applicant(stem: str, name: str | None) -> bool:
    """Whether the body or organisation ``name`` is the applicant whose compound noun's
    ``stem`` is given ("idrettslag" in "Haugen idrettslag"), also under its short form
    ("Nordby IL", "Solberg vel")."""
    if not name:
        return False
    name = name.casefold()
    if stem in name:
        return True
    short = next((short for kind, short in _CLUB_SHORT_FORMS if stem.endswith(kind)), None)
    return short is not None and short in name.replace(",", " ").split()


# The lone words of a lag, vel or forening: in its own (or its styre's) minutes "Laget søker
# om …" is the body's application; in a FAU's, a council's or an utvalg's it is the case of
# the club the item is about ("Søknad fra Nordby IL": "Laget søker om å låne gymsalen").
_CLUB_WORDS = frozenset(("Laget", "Velet", "Foreningen", "Foreninga", "Foreininga", "Klubben"))
# The short forms clubs are named by ("Nordby IL" for "Nordby idrettslag", "Solberg vel"
# for its velforening), by the ending of the compound's stem.
_CLUB_SHORT_FORMS = (("idrettslag", "il"), ("velforening", "vel"), ("velforeining", "vel"))
# Meeting bodies of another kind than a club or its styre (searched in the body's name).
_NOT_CLUB_KINDS = lazy_regex(r"\bfau\b|råd|utval|nettverk|forum|ting|skap|nemnd|kommun")


def _club_of_another_kind(stem: str, parent: str | None) -> bool:
    """Whether the minutes' ``parent`` is a club that a lone word of ``_CLUB_WORDS`` (its
    ``stem``) does not name: "Laget søker om …" in the board minutes of "Nordby vel" is
    the case of a lag the item is about, where in "Nordby IL"'s, "Haugen borettslag"'s,
    a sanitetsforening's (a lag and a forening are called by either word) or an unknown
    parent's it is the club's own application."""
    words = (parent or "").casefold().split()
    named: set[str] = set()
    for word in words:
        for ending, lone in _CLUB_NAMED_BY:
            if word.endswith(ending) or (ending == "lag" and word == "il"):
                named |= lone
    return bool(named) and stem in _LONE_CLUB_STEMS and stem not in named


# The stems of the lone club words ("Laget", "Velet", "Foreningen", "Foreininga",
# "Klubben") that a club's name, by its last word's ending, is called by: a lag, a forening
# and a klubb by all three words ("Nordby IL" is "laget" and "klubben"); a vel by "velet"
# and "foreningen" only ("Laget" in a vel's minutes is another club).
_LONE_CLUB_STEMS = frozenset({"lag", "vel", "forening", "foreining", "klubb"})
_ASSOCIATION = frozenset({"lag", "forening", "foreining", "klubb"})
_CLUB_NAMED_BY: tuple[tuple[str, frozenset[str]], ...] = (
    ("lag", _ASSOCIATION), ("forening", _ASSOCIATION), ("foreining", _ASSOCIATION),
    ("klubb", _ASSOCIATION), ("vel", frozenset({"vel", "forening", "foreining"})))


def _other_kind_than_club(stem: str, body: str | None) -> bool:
    """Whether the minutes' ``body`` is of another kind than the club a lone word of
    ``_CLUB_WORDS`` (its ``stem``: "lag") names: a FAU, council or utvalg, not the club
    itself nor its styre. An unknown body keeps the word as the body's own."""
    own = (body or "").casefold()
    return bool(own) and stem not in own and "styr" not in own and \
        _NOT_CLUB_KINDS.search(own) is not None


def _task_form(sentence: str, lowered: str, facts: int) -> bool:
    """Whether one of the task forms after the owner line takes the sentence (the first
    that decides gives the answer; see ``_is_action`` for the exceptions). ``facts`` is
    ``_task_facts(lowered)``: a form is tried only when its words stand in the sentence."""
    if facts & _FIRST_FORMS:  # (one test for the forms below: most sentences hold none)
        if facts & _GOT and _GOT_TASK.search(sentence):
            return True
        if facts & _EXPECTED and _EXPECTED_OF_US.search(lowered):
            return not _standing(lowered)  # "Det forutsettes at vi kommer med et forslag …"
        if facts & _ASKING and (_asked_search(sentence) or _asked_by_date(sentence, lowered)
                                or _asked_that_by_date(sentence, lowered) or
                                _body_asked_passive(sentence, lowered)):
            # (… "Nettverket ba om at tallene deles på kommune."); but a request for good
            # is a working rule, decided, no errand: "… ber PPT legge fram tall for
            # ventetid to ganger i året", "… på hvert møte"
            return not _standing(lowered)
        if facts & _COLON and ":" in sentence[:40] and \
                (owned := _OWNER_COLON_VERB.match(sentence)) and \
                owned.group("who").casefold() not in _NOT_OWNERS:
            return True  # "Fotballstyret: Rydder kontor i klubbhuset."
        if facts & (_COLON | _DASH) and \
                (":" in (head := sentence[:60]) or " – " in head or " - " in head) and \
                _owner_then_infinitive(sentence):
            return True  # "Kari Nes: sende ut invitasjon til seminaret.", "Per – bestille buss"
        if facts & _PROPOSED and _PROPOSED_THAT.search(sentence):
            return True
        if facts & _APPLIES and _BODY_APPLIES.match(sentence):
            return True  # "Styret søker kommunen om tilskudd.": the body's application
    folded = fold_lowered(sentence, lowered)
    if (starts := _IMPERATIVE_BY_FIRST.get(folded[:1])) is not None and \
            folded.startswith(starts) and _IMPERATIVE.match(folded):
        return True
    if folded.partition(" ")[0].rstrip(",.:;") in _TASK_ENTRY_FIRSTS and \
            _TASK_ENTRY.match(sentence):
        return True
    if lowered[0] in _MODAL_INITIALS and _MODAL_START.match(lowered):
        return False  # a note without a subject ("Bør følges opp av …")
    hinted_future = facts & _FUTURE  # (asked twice below)
    if hinted_future and ("gjennomfør" in lowered or "utfør" in lowered) and \
            _carried_out_as(lowered):
        return False  # "Programmet skal gjennomføres i tråd med føringene.": how the work
        # decided is done, a condition of the decision, no errand
    if hinted_future:
        future = _FUTURE_SUBJECT.match(sentence)
        if future and _future_owner(sentence, future):
            # (not "Per skulle kontakte banken, men det var ikke nødvendig.")
            return not _standing(lowered) and not (", men " in lowered and
                                                    _CALLED_OFF.search(lowered)) \
                and not _members_duty(future.group("who"), lowered) \
                and not _bodys_intention(future, lowered) \
                and not _aim_only(future, lowered) \
                and not _scheme_from(future, lowered) \
                and not _goes_on_with(future, lowered) \
                and not _applicants_plan(future, lowered) \
                and not _paper_content(future, lowered) \
                and not _predicted_effect(future, lowered) \
                and not ("evalu" in lowered and _REVIEW_TERM.match(lowered, future.end())) \
                and not ("plan" in lowered and _BY_THE_SCHEDULE.search(lowered))
    if hinted_future and facts & _THAT and _agreed_future_owner(sentence):
        return not _standing(lowered)  # "Det ble avtalt at Kari skal kontakte kommunen."
    if facts & _COMMA and _owner_after_comma(sentence):
        return True  # "Invitere spelemannslaget, Rigmor kontaktar dei."
    if facts & _BRACKET and ")" in sentence[-3:] and _owner_doing_in_brackets(sentence):
        return True  # "Dugnad 12. mai (Per ordner)."
    if facts & _MUST and _has_deadline_word(lowered) and (
            _must_do(sentence, lowered) or _must_be_done_by(sentence, lowered)):
        return True  # "Sekretariatet må sende ut innkalling innen 20. februar."
    words = lowered.split()
    if words and words[-1][-1:] in ".!" and words[-1] != "skriv.":
        words[-1] = words[-1].rstrip(".!")  # "Ann-Helen bestiller." (not "Sjå eige skriv.")
    if words and words[0] in _WRITERS_WE and not _in_capitals(sentence[:2]) and \
            _writers_verb(sentence, lowered):
        # "Vi sender ut invitasjon innen 15. april." (not "Vi ble enige om at Kari …", nor
        # "Vi sender en stor takk til Kari før hun slutter.")
        return _has_deadline_word(lowered) and not _hedged(sentence, lowered) and \
            not _standing(lowered) and not _COURTESY.search(lowered)
    if not _TASK_FIRST_WORDS.isdisjoint(words):
        subject = _subject_before(_TASK_VERB_RE, sentence, lowered) or \
            _inverted_subject(sentence, lowered)
        if subject is not None and not _hedged(sentence, lowered):
            # (not "Leder sender referatet etter hvert møte.", "Kommunene sørger for at …")
            if " går gjennom " in lowered and subject.casefold().endswith(_BODY_ENDINGS):
                return False  # "Styret går gjennom årsberetningen på neste møte.": the
                # body's own work at a meeting, no errand (but "Hovedverneombudet går
                # gjennom rutinen …" is one)
            return not _standing(lowered) and not _members_duty(subject, lowered) and \
                not _takes_input_along(lowered) and _doer_named(subject, words)
    if facts & _DATED and _dated_doer(sentence):
        return True  # "Per Dahl rapporterer til styret innen 1. mars."
    if " planlegg" in lowered and _planning_people(sentence):
        return True  # "Randi Hus og Håkon Sætre planlegg ein fagdag i mai."
    if facts & _THAT and _agreed_plan(sentence):
        return True  # "Vi ble enige om at nettverket søker om midler til en fagdag."
    if facts & _ASK_VERB and _asks_outside(sentence, lowered):
        return not _hedged(sentence, lowered)  # "Lise spør kommunen om å sende oversikten."
    if facts & _THAT and facts & _OWN_PLAN and _own_plan_told(sentence, lowered):
        return True  # "Kari sa at hun skal sende brevet."
    if facts & _BECOMES and _FUTURE_PASSIVE.search(lowered) and \
            not _not_a_task(lowered) and not _WISH.search(lowered) and \
            not (" slik at " in lowered and _CHANGED_SO_THAT.search(lowered)) and \
            not (facts & _THAT and _news_told(sentence)):
        return True  # "Forslaget vert sendt som vedlegg til neste møte."
    if not facts & _PASSIVE:
        # "Det kan bli arrangert en fagdag i mai.": the event offered with "bli", as below
        return (" bli " in lowered or " verte " in lowered or " verta " in lowered) and \
            (" kan " in lowered or " kunne " in lowered) and _event_offered(lowered)
    if (" kan " in lowered or " kunne " in lowered) and _event_offered(lowered):
        return True  # "Det kan gjennomføres en felles workshop om …": a concrete event
    passive = _passive_task(sentence, lowered)
    if passive and (_not_a_task(lowered) or _by_the_rules(lowered) or
                    (" før møt" in lowered and _LEAD_TIME.search(lowered) is not None) or
                    (" dagen " in lowered and _DAY_BEFORE.search(lowered) is not None)):
        return False  # "Det foreslås at …", "… innkalles kun ved forfall" (a standing rule;
        # also a lead time kept before each meeting: "… skal sendast ut seinast ti dagar før
        # møtet")
    if passive and "viktig at" in lowered and not _has_deadline_word(lowered):
        return False  # "Viktig at det forberedes spørsmål til panelet.": a concern, undated
    if passive and facts & _THAT and _TOLD_THAT.match(sentence):
        return False  # "Daglig leder orienterte om at dette må tas opp med eierkommunene.":
        # what the speaker told the meeting is to be done, news without a doer of its own
    if passive:
        before = sentence[:passive.start()].split()[-1:]
        if before and before[0].casefold() in {"kan", "kunne", "ble", "vart", "var", "ikke",
                                               "ikkje", "blitt", "er", "bør"}:
            return False
        if [w.casefold() for w in sentence[:passive.start()].split()[-2:]] in _MAY_BE_DONE:
            return False  # "… kan det vurderes å revidere det": a possibility
        if _JUDGED_OR_DENIED.match(lowered, passive.end()) and not (
                lowered.endswith("opp", 0, passive.end()) and
                _AS_A_CASE.match(lowered, passive.end())) and not (
                lowered.startswith(" som ", passive.end()) and
                passive.group(0).casefold() in _SENT_VERBS):
            return False  # "Tiltaket vurderes ikke å tilsidesette …": a judgement, no task
            # (but what is sent goes as something: "Rv. 9 sendes som eget innspill til
            # Statens vegvesen.", no judgement of it)
        if " før " in lowered and _IN_TIME_CLAUSE.search(lowered, 0, passive.start()):
            return False  # "… innspill før planprogrammet sendes på høring": when, no task
        if "plan" in lowered and _BY_THE_SCHEDULE.search(lowered, 0, passive.start()):
            return False  # "Søknaden skal etter planen sendes i juni.": the schedule told
        if _WORK_DESCRIBED.match(lowered, passive.end()) and \
                not _has_deadline_word(lowered) and \
                not (before and before[0].casefold() in _TASK_MODALS):
            return False  # "Det gjøres mye bra arbeid i laget.": how things are, no task
        if _has_told_meeting_word(lowered) and \
                _ASKED_WHAT.search(lowered, 0, passive.start()):
            return False  # "Styret drøftet hva som må gjøres.": what was talked about
        if " slik at " in lowered and _CHANGED_SO_THAT.search(lowered, 0, passive.start()):
            return False  # "Rutinen er endret slik at alle vurderinger sendes digitalt."
        return not _HAS_BEEN.search(sentence)
    return False


# "Alle" and a noun in the indefinite plural before a passive verb (lower-cased, from the
# sentence's start): "Alle vurderinger sendes digitalt.", "Alle vurderinger skal sendes
# digitalt.", nynorsk "Alle vurderingar vert sende digitalt." – every one of a kind, the way
# they are handled (a standing practice or rule), not a one-off errand; the definite
# plural ("Alle sakene sendes ut …") names the meeting's own things and stays one.
_EVERY_ONE_OF_A_KIND = lazy_regex(r"(?:alle|all)\s+[\wæøå-]+(?<!ne)(?<!a)\s+"
                                  r"(?:(?:skal|må)\s+)?(?:(?:blir|bli|vert|verte)\s+"
                                  r"[\wæøå]+(?:t|e|a)|[\wæøå]+(?:es|ast))\b")


def _every_one_of_a_kind(lowered: str) -> bool:
    """Whether a passive sentence says how every one of a kind is handled (see
    ``_EVERY_ONE_OF_A_KIND``), with no deadline and no date of its own."""
    return lowered.startswith(("alle ", "all ")) and \
        _EVERY_ONE_OF_A_KIND.match(lowered) is not None and \
        not _has_deadline_word(lowered) and not any(c.isdigit() for c in lowered)


# A change reported made, with how things now go after "slik at": "Rutinen er endret slik
# at alle vurderinger sendes digitalt.", nynorsk "… er endra slik at … vert sende …" (the
# passive after it tells the new routine, done before the meeting: no task of it).
_CHANGED_SO_THAT = lazy_regex(r"\b(?:er|har\s+blitt|har\s+vorte)\s+(?:no\s+|nå\s+|allerede\s+|"
                              r"alt\s+)?(?:endret|endra|justert|justera|lagt\s+om|lagd\s+om)"
                              r"\s+slik\s+at\b")


# A numbered sub-point and its short label before the text ("4.2 Natteravner: ", "3.1.
# Parkering: ", "12.3 Innkjøp av utstyr: "): a heading run into the line, no part of the
# task after it (a number with one level, "3. trinn …", is no sub-point).
_SUB_POINT_LABEL = lazy_regex(r"\d{1,2}(?:\.\d{1,2})+\.?\s+(?:[\wæøåÆØÅ/-]+\s+){0,3}?"
                              r"[\wæøåÆØÅ/-]+:\s+(?=[A-ZÆØÅ])")


# What follows a passive verb that makes it a judgement or a refusal, not a task: "Tiltaket
# vurderes ikke å tilsidesette hensynet …", "… vurderes å være i tråd med planen", "…
# vurderes som uheldig", "Søknaden sendes ikke videre" (matched lower-cased right after it).
_JUDGED_OR_DENIED = lazy_regex(r"\s+(?:ikke|ikkje|å|som)\b")
# The passive verbs of sending, after which "som" says in what form it goes ("sendes som
# vedlegg", "oversendes som innspill"), never a judgement.
_SENT_VERBS = frozenset(("sendes", "sendast", "oversendes", "oversendast", "ettersendes",
                         "ettersendast"))
# … but a case put on an agenda as a kind of case is no judgement: "Sak om nye avgifter
# settes opp som drøftingssak." (a task, as "Saken settes opp på neste møte." is; after
# "settes opp" alone: "… legges fram som drøftingssak" in what a group agreed stays none)
_AS_A_CASE = lazy_regex(r"\s+som\s+[\wæøå-]*sak\b")
# A clause of time that the passive verb ends, inside the sentence (searched lower-cased
# up to the verb): "… er invitert til å gi innspill før planprogrammet sendes på høring"
# says when something else happens, "Før neste møte utarbeides …" (opening the
# sentence: "før" a preposition) and "… sendes før neste møte" stay tasks.
_IN_TIME_CLAUSE = lazy_regex(r"\S\s+før\s+(?:[\wæøå-]+\s+){1,3}$")
# What follows a passive verb that makes it a description of the work going on, not a
# follow-up: "Det gjøres mye bra arbeid i laget.", "Det gjerast eit godt arbeid i
# nettverket.", "Dette gjøres allerede." (matched lower-cased right after it; a deadline
# in the sentence or a modal before the verb, "Det må gjøres mye …", still makes it a task)
_TASK_MODALS = frozenset({"skal", "må", "vil", "skulle"})
_WORK_DESCRIBED = lazy_regex(
    r"\s+(?:(?:det|der)\s+)?(?:(?:mye|mykje|masse|svært|veldig|allerede|allereie)\b|"
    r"(?:et|eit|en|ein|ei)\s+(?:(?:svært|veldig|særs)\s+)?[\wæøå-]+\s+"
    r"(?:arbeid|innsats|jobb)\b)")


# The case or the body itself coming back to the case (searched lower-cased): "Saken tas
# opp igjen av styret i neste møte.", "Saka kjem opp att.", "Styret tek saka opp att." –
# the body returning to its own case is a put-off (a decision), no follow-up that someone
# does after the meeting; raising it with others ("… tas opp igjen med kommunen") is one,
# and so is a person laying it before the body ("Kari legg fram saka på nytt").
_BODY_RETURNS = lazy_regex(
    rf"(?:sak(?:en|a|ene|ane)|(?:denne|den)\s+saka?|dette|temaet|spørsmålet|punktet|"
    rf"[\wæøå-]*{_BODY_NOUN})\s+(?:vil\s+|skal\s+)?"
    r"(?:tas|takast|tar|tek|ta|(?:blir|vert|vil\s+bli|skal\s+bli)\s+(?:tatt|teken|teke)|"
    r"kommer|kjem)\s+(?:(?:saken|saka|dette|det|den)\s+)?opp\s+(?:igjen|att|på\s+nytt|"
    # (or at the next meeting: "Styret tar saken opp på neste møte.")
    r"(?:i|på)\s+(?:neste|kommende|komande)\s+[\wæøå]*møte)\b"
    rf"(?![^.]*\bmed\s)(?![^.]*\bav\s+(?![\wæøå-]*{_BODY_NOUN}\b))")
# The same with its subject left unsaid, the item's matter understood: "Tas opp igjen i
# høst.", nynorsk "Takast opp att i mars." (raised with others, "… med kommunen", is one's
# errand, as above).
_RETURNS_UNSAID = lazy_regex(r"(?:tas|takast)\s+opp\s+(?:igjen|att|på\s+nytt)\b"
                             r"(?![^.]*\bmed\s)(?![^.]*\bav\s)")
# The body going on with its case at a later meeting (searched lower-cased): "Styret går
# videre med saken på neste møte.", nynorsk "Utvalet går vidare med saka i neste møte",
# "Styret kommer tilbake til saken i neste møte." – put off as "Saken utsettes til neste
# møte." is (a decision), no one's errand (a party's "kommer tilbake til" is its errand).
_BODY_GOES_ON_LATER = lazy_regex(
    rf"(?:[\wæøå-]+\s+){{0,2}}?(?:[\wæøå-]*{_BODY_NOUN}|vi)\s+(?:vil\s+|skal\s+)?"
    r"(?:(?:går|gikk|gjekk|gå)\s+(?:videre|vidare)\s+med|"
    r"(?:kommer|kjem)\s+(?:tilbake|attende)\s+til)\s+(?:saken|saka|denne\s+saka?|"
    r"dette|det|punktet|temaet)\s+(?:på|i|til)\s+(?:neste|et\s+senere|eit\s+seinare|"
    r"seinare|senere|kommende|komande)\b")
# A case put on this meeting's agenda (searched lower-cased): "Ny sak 19/26 tas opp under
# Eventuelt.", nynorsk "Saka vert teken opp under eventuelt." – the agenda changed at the
# meeting, taken there and then, no follow-up after it.
_TAKEN_UP_UNDER = lazy_regex(r"\b(?:tas|takast|(?:blir|vert|ble|vart)\s+(?:tatt|teken|teke))"
                             r"\s+opp\s+under\s+(?:eventuelt|evt\b|sak\s+\d)")
_HAS_BEEN = lazy_regex(r"har(?<!\whar)\s+blitt\b")  # ("\bhar…": led by its letters, faster)
# The case followed up by the body itself at a later meeting (searched lower-cased, with
# no one named by "av"): "Saken følges opp i neste møte.", "Saka vert følgd opp på neste
# styremøte." – as "Saken tas opp igjen i neste møte." (``_BODY_RETURNS``); and taken up
# there in the passive, with or without a subject ("Tas opp på neste møte." in a Vedtak
# column, "Saka vert teken opp på neste møte.")
_FOLLOWED_UP_AT_MEETING = lazy_regex(
    r"\b(?:følges|følgjast|fylgjast|(?:blir|vert|vil\s+bli)\s+(?:fulgt|følgd|fylgd)|tas|takast|"
    r"(?:blir|vert|vil\s+bli)\s+(?:tatt|teken|teke))\s+opp\s+"
    r"(?:videre\s+|vidare\s+|igjen\s+|att\s+|på\s+nytt\s+)?(?:(?:i|på)\s+(?:neste|nytt|kommende|"
    r"komande|et\s+senere|eit\s+seinare)\s+[\wæøå]*møte\b|"
    # (or in a month, the sentence's last words: "Ev. justering av kontingent tas opp i
    # juni", a later meeting's agenda, as "Saken tas opp igjen i mars." puts it off)
    r"i\s+(?:" + "|".join(dates.MONTH_NAMES) + r")\s*\.?$)")
def _taken_home_first(before: str) -> bool:
    """Whether the words before a put-off first send the case home to the members'
    own organisations ("Saken tas med tilbake til egen organisasjon og følges opp i neste
    møte."): that part is an errand for each of them, whatever the meeting does later."""
    return "med tilbake" in before or "med attende" in before


# Greetings and thanks passed on at the meeting (searched lower-cased): "Kari sender
# hilsen fra kommunen.", "Leder sender en stor takk til alle frivillige.", nynorsk "Per
# sender helsing frå ordføraren" – words said, no errand (sending flowers is one)
_COURTESY = lazy_regex(r"\bsend(?:er|ar)\s+(?:(?:en|ei|ein|sin|sine|si|stor|varm|hjertelig|"
                       r"hjarteleg|mange|beste)\s+)*(?:(?:hilsen(?:er)?|helsing(?:ar)?)\s+"
                       r"(?:fra|frå)\b|takk\b)")
# A member giving notice of absence (searched lower-cased): "melder forfall til neste
# møte", nynorsk "meldar fråvær" / "meldar fråfall" — who will attend, no follow-up.
# (and the standing rule in the passive: "Forfall meldes inn til sekretariatet.")
# (the nouns ``labels.ABSENCE_NOUNS``)
_ABSENCE_NOTICE = lazy_regex(r"\bmeld(?:er|ar|te|a|e)?\s+(?:\w+\s+)?"
                             rf"(?:{'|'.join(ABSENCE_NOUNS)})\b|"
                             rf"\b(?:{'|'.join(ABSENCE_NOUNS)})\s+(?:skal\s+|må\s+)?"
                             r"meld(?:es|ast)\b")
# A plan told in the past and then set aside: "Per skulle kontakte banken, men det var
# ikke nødvendig.", "Kari skulle sende brevet, men fylket svarte først." (searched
# lower-cased; "X skulle innhente tilbud." alone is the task as the minutes tell it)
_CALLED_OFF = lazy_regex(r"\bskulle\b[^,]*,\s+men\b")
# Someone telling the meeting of something (searched lower-cased): "Foreldre melder om
# mye trafikk ved porten.", "Skolen meldar at …" – a report, no errand (not "Kari melder
# saken til kommunen", nor "Per melder inn behovet innen 1. mai")
_REPORTS_OF = lazy_regex(r"\bmeld(?:er|ar)\s+(?:om|at)\b")
# (and a need reported, "innen" there the field and no deadline unless a date follows:
# "Bedriftene melder størst behov for fagarbeidere innen elektro.", "Kommunane meldar
# auka etterspurnad etter …")
# (a bare "Kommunene melder behov for skoleåret …" is the call to register them: a task)
_REPORTS_NEED = lazy_regex(r"\bmeld(?:er|ar)\s+(?:stort|størst|større|økt|økende|auka|aukande|"
                           r"sterkt|høyt|akutt|nytt|lite|mindre)\s+"
                           r"(?:behov|mangel|etterspørsel|etterspurnad)\b")
# Some of a group reporting, counted (searched lower-cased): "Seks av åtte kommuner melder
# behov for flere vernepleiere.", "Tre av skolane meldar om …" – what a survey found, no
# errand given to anyone (the whole group, "Kommunene melder behov …", may be one).
# (the counts of ``_COUNT_WORD``, one, and a share said in words)
_SOME_OF = (rf"(?:{_COUNT_WORD}|en|ein|ei|eitt|ett|halvparten|flertallet|fleirtalet|"
            r"de\s+fleste|dei\s+fleste)")
_COUNTED_REPORT = lazy_regex(rf"{_SOME_OF}\s+av\s+(?:\w+\s+){{0,2}}?[\wæøå-]+\s+"
                             r"meld(?:er|ar|te|a)\b")
# The first characters of ``_SOME_OF``'s words: the cheap test before the pattern.
_COUNT_STARTS = frozenset("0123456789eftsnhdå")
# Who has a field of work (searched lower-cased): "Ansv. for økonomi ligger hos
# kasserer.", "Ansvaret for nettsida ligg hos Per." – a standing division, no one-off task
_LIES_WITH = lazy_regex(r"\bansv(?:ar(?:et)?\b|\.)\s*for\b.*\bligg(?:er)?\s+hos\b")
# From now on, for all time to come (searched lower-cased): "Fra nå av skal alle
# bestillinger godkjennes av daglig leder.", "Framover sender sekretariatet …", "I
# fremtiden skal …" – a working rule, as "heretter" makes one.
_FROM_NOW_ON = (r"\b(?:(?:fra|frå)\s+(?:nå|no)\s+av\b|fremover\b|framover\b|"
                r"(?:for|i)\s+(?:fremtiden|framtiden|framtida|fremtida)\b)")
_FROM_NOW_ON_WORDS = ("nå av", "no av", "fremover", "framover", "fremtid",
                      "framtid")
# A working rule for every meeting or time to come, not a one-off task: "Sekretariatet
# sender ut referatet etter hvert møte.", "Leder kaller heretter inn med to vekers
# varsel.", "Kasserer sender alltid purring i mars." (the passive forms are
# ``_NOT_A_TASK``'s)
_STANDING = lazy_regex(r"\b(?:hvert|kvart|hver|kvar)\s+(?:\w*møte|gang|gong|år|halvår|kvartal|"
                       r"måned|månad|uke|veke|kontroll|konsultasjon)\b|"
                       # at a routine check each child comes to by age: "Helsesjukepleiarane
                       # vil ta opp kosthald på 4-årskontrollen.", "… ved seksukerskontrollen"
                       # (a practice at every such check, no one-off errand)
                       r"\b(?:på|ved)\s+(?:\d{1,2}\s?-|[a-zæøå]+)(?:års|måneders|månaders|"
                       r"månads|ukers|vekers)(?:kontroll|konsultasjon)(?:en|ane|ene|a)?\b|"
                       r"\b(?:heretter|fortløpende|fortløpande|alltid|"
                       r"jevnlig|jamleg|regelmessig|årlig|årleg)\b|"
                       r"\bsom\s+(?:hovedregel|hovudregel)\b|"
                       # how often, for good: "Rapportering skal skje to ganger i året."
                       # (also by its gatherings: "Nettverket skal samle …, med fire
                       # samlinger i året", "… seks møter per år")
                       r"\b(?:en|ein|to|tre|fire|fem|seks|\d{1,2})\s+(?:ganger|gang|gonger|gong|"
                       r"samlinger|samlingar|møter|møte)\s+"
                       r"(?:i|per|pr\.?|om)\s+(?:året|år|halvåret|halvår|måneden|måned|månaden|"
                       r"månad|uka|uke|veka|veke)\b|"
                       # a way of working from now on: "Kontoret skal i større grad dele opp …"
                       r"\bi\s+(?:større|sterkere|sterkare|økende|aukande|mindre)\s+grad\b|"
                       r"\btil\s+(?:en\s*hver|ei\s+kvar|ein\s+kvar)\s+tid\b|"
                       # a practice kept up, no errand: "Kommunene følger utviklingen tett og
                       # melder fra ved behov.", nynorsk "… følgjer med på situasjonen"
                       r"\b(?:ved|etter)\s+behov\b|\bfølg(?:er|jer)\s+(?:med\s+på\s+)?"
                       r"(?:utviklingen|utviklinga|situasjonen)\b|"
                       # each time such a case comes up, no date of it: "Fylkeskommunen
                       # inviterer fiskarlaget når kystsoneplaner behandles." (not with a
                       # modal: "Hver kommune avklarer når høringen kan behandles." asks when,
                       # once)
                       r"\bnår\s+(?=[^\d]*$)(?:[\wæøå-]+\s+){1,6}?(?<!\bkan\s)(?<!\bskal\s)"
                       r"(?:behandles|handsamast|"
                       r"behandlast|blir\s+behandlet|vert\s+handsama)\b|"
                       # a priority to hold to, no date: "Fondet skal prioritere tiltak for
                       # kystfiskeflåten." (as "… skal prioriterast" is the vedtak's own)
                       r"\bskal\s+(?:særlig\s+|særleg\s+|først\s+og\s+fremst\s+)?"
                       r"(?:prioritere|prioritera)\b(?=[^\d]*$)|"
                       # a rate to keep in the cases as they come, no one-off errand:
                       # "Kvar kommune skal gjennomføre tilsyn i minst 10 % av sakene."
                       r"\bi\s+(?:minst|minimum|over|inntil)\s+\d{1,3}\s*(?:%|prosent)\s+av\b|"
                       # from now on: "Fra nå av sender kasserer …", "Frå no av skal …"
                       rf"{_FROM_NOW_ON}")
# A lead time a passive rule keeps before the meetings (lower-cased): "Saksdokument skal
# sendast ut seinast ti dagar før møtet.", "… senest en uke før møtene" – how every meeting
# is prepared, no one's errand (a named doer's "Kari sender utkastet senest en uke før
# møtet" is one).
_LEAD_TIME = lazy_regex(r"\b(?:senest|seinast)\s+(?:\d{1,2}|[a-zæøå]+)\s+(?:dager|dagar|"
                        r"virkedager|yrkedagar|uker|veker|uke|veke)\s+før\s+(?:hvert\s+|kvart\s+)?"
                        r"(?:møtet|møta|møtene|møtane|møter|møte)\b(?=[^\d]*$)")
_has_standing_word = contains_any(("hvert", "kvart", "hver ", "kvar ", "heretter", "fortløp",
                                   "% av", "prosent av",
                                   "alltid", "jevnlig", "jamleg", "regelmessig", "årlig", "årleg",
                                   "hovedregel", "hovudregel", "hver tid", "kvar tid", " grad",
                                   "behov", "utvikling", "situasjon", " gang", " gong",
                                   "skontroll", "skonsultasjon",
                                   " i året", " per år", " i halvåret", "når ", "prioriter",
                                   *_FROM_NOW_ON_WORDS))


# A duty laid on the member municipalities or the members (lower-cased): "Kommunene
# skal sørge for at planene er oppdatert.", "Kommunen skal følge retningslinjene." – a
# policy the vedtak sets, no one-off follow-up ("Kommunene skal sende inn innspill innen
# 1. mars." is one, and so is "Sekretariatet skal sørge for at …": the body's own people)
_MEMBERS = lazy_regex(r"(?:(?:alle|hver|kvar|de|dei)\s+)?(?:[a-zæøå]*kommun(?:en|ene|ane|e)|"
                      r"medlemmene|medlemene|partene|partane|eierne|eigarane)$")
_DUTY = lazy_regex(r"\b(?:(?:sørge|sørger|syte|syter)\s+for|påse|påser|sikre|sikrar|sikrer|"
                   r"ivareta|ivaretar|(?:følge|fylgje|følgje)(?!\s+opp\b)|følger(?=\s+(?:de\s|dei\s|"
                   r"[a-zæøå]+(?:ene|ane|ne|a)\b))|legge\s+til\s+rette|prioritere|etterleve)\b")


def _members_duty(who: str, lowered: str) -> bool:
    """Whether a task-shaped sentence lays a standing duty on the member municipalities
    or members (see ``_MEMBERS``): no date or deadline in it, and a verb of keeping
    something up ("sørge for", "sikre", "følge" a rule) rather than of an errand."""
    who = who.casefold()
    if "kommun" not in who and not who.startswith(_MEMBER_STARTS):
        return False  # (most owners: a cheap test first)
    return _MEMBERS.match(who) is not None and _DUTY.search(lowered) is not None and \
        not _has_deadline_word(lowered) and not any(c.isdigit() for c in lowered)


_MEMBER_STARTS = ("medlem", "part", "eier", "eigar")


def _standing(lowered: str) -> bool:
    """Whether a task-shaped sentence states a standing rule (see ``_STANDING``,
    ``_BY_THE_RULES``, ``_DAY_BEFORE``)."""
    return (_has_standing_word(lowered) and _STANDING.search(lowered) is not None) or \
        _by_the_rules(lowered) or (" dagen " in lowered and _DAY_BEFORE.search(lowered) is not None)


# A time of day before each trip or booking (lower-cased): "Turen må bestilles innen kl.
# 18.00 dagen før.", nynorsk "… innan kl. 15 dagen i forvegen" – how a service works (a
# bestillingstransport, a ferry's booking), no one's errand.
_DAY_BEFORE = lazy_regex(r"\b(?:innen|innan|senest|seinast|før)\s+(?:kl\.?|klokka|klokken)\s*"
                         r"\d{1,2}(?:[.:]\d{2})?\s+dagen\s+(?:før|i\s+forveien|i\s+forvegen)\b")


# Done by the adopted rules (lower-cased): "Tildelingen gjøres av kommunedirektøren etter
# retningslinjene.", "Søknadene behandles i tråd med vedtektene.", nynorsk "… etter
# reglementet", and by a routine: "Kommunene melder avvik etter felles rutine." – how
# every later case is handled, a standing rule, no one-off errand (the rule words are
# ``_RULES_TEXT``'s; a deadline or a date makes it a task again).
_BY_THE_RULES = lazy_regex(r"\b(?:etter|i\s+(?:tråd|samsvar)\s+med|i\s+(?:henhold|medhald)\s+til)"
                           r"\s+(?:de\s+|dei\s+|dette\s+|gjeldende\s+|gjeldande\s+|nye\s+|"
                           r"ny\s+|felles\s+|fast\s+|faste\s+|"
                           r"vedtatte\s+|vedtekne\s+)?(?=[\wæøå-]*?(?:" + _RULES_TEXT.pattern
                           + r"|rutine))")
_has_rules_word = contains_any(("vedtekt", "reglement", "regler", "reglar", "retningslin",
                                "husorden", "ordensregl", "rutine"))


# The work itself to be carried out in a given way (lower-cased): "Prosjektet skal
# gjennomføres i tråd med søknaden", "… i samarbeid med skolen", "… innenfor rammen":
# how what was decided or proposed is done, a condition of it (as corpus 7840 reads it
# after a proposal), no one-off errand; with a deadline or a date it is a task again
# ("Prosjektet skal gjennomføres innen utgangen av 2027.", as "Planene skal revideres
# innen utgangen av året." is read).
_CARRIED_OUT_AS = lazy_regex(r"^(?:[\wæøå-]+\s+){1,4}?skal\s+(?:gjennomføres|gjennomførast|utføres|"
                             r"utførast)\s+(?:i\s+(?:tråd|samsvar|samarbeid|samråd|dialog)\s+med|"
                             r"innenfor|innanfor|etter|som)\b")


def _carried_out_as(lowered: str) -> bool:
    """Whether a passive sentence tells how the work is to be carried out, undated (see
    ``_CARRIED_OUT_AS``)."""
    if _CARRIED_OUT_AS.search(lowered) is None or any(c.isdigit() for c in lowered):
        return False
    # ("innenfor rammen" is no "innen" of a deadline)
    return not _has_deadline_word(lowered.replace("innenfor", "").replace("innanfor", ""))


def _by_the_rules(lowered: str) -> bool:
    """Whether a task-shaped sentence tells what is done by the adopted rules, with no
    deadline or date of its own (see ``_BY_THE_RULES``)."""
    return _has_rules_word(lowered) and _BY_THE_RULES.search(lowered) is not None and \
        not _has_deadline_word(lowered) and not any(c.isdigit() for c in lowered)


# Going on with one of the options (``_OPTION_NOUNS``) before the meeting (searched
# lower-cased): "Styret går videre med det rimeligste tilbudet", "Me går vidare med
# alternativ 2" is the choice itself, the decision, and leaves nobody an errand. "… går
# videre med å innhente tilbud" or "… går videre med saken" still gives one (no option
# noun there).
_GOES_ON_WITH_OPTION = lazy_regex(
    r"\bg(?:år|å|ikk|jekk)\s+(?:videre|vidare)\s+med\s+(?!å\b)(?:[\wæøå-]+\s+){0,3}?"
    r"[\wæøå-]*?(?:" + "|".join(_OPTION_NOUNS) + r")\w*")
# ... or with a supplier, a firm or a candidate named by its own name (searched in the
# sentence as written): "Styret går videre med Byggmester AS.", "Styret gjekk vidare med
# Malarmeister Hansen." – the choice made, as with "det rimeligste tilbudet".
_GOES_ON_WITH_NAMED = lazy_regex(r"\bg(?:år|å|ikk|jekk)\s+(?:videre|vidare)\s+med\s+"
                                 r"[A-ZÆØÅ][\w&.-]*")


def _goes_on_with_choice(sentence: str, lowered: str) -> bool:
    """Whether "går videre med …" tells the option or the named party the body chose
    (see ``_GOES_ON_WITH_OPTION``): the decision, no task – unless a deadline follows."""
    if _has_deadline_word(lowered):
        return False
    return _GOES_ON_WITH_OPTION.search(lowered) is not None or \
        _GOES_ON_WITH_NAMED.search(sentence) is not None


# A rule for where things are or what holds (searched lower-cased): "Sykler skal stå i
# sykkelboden.", "Søppelsekker skal ligge i containeren.", "Ordningen skal gjelde fra
# 1. mai.", "Biler skal parkeres på anvist plass." – a state or a placing that binds
# everyone, no one-off errand. "Kari skal stå for bevertningen", "Per skal henge opp
# plakater" are tasks; a placing with a date ("Avfallet skal kastes innen fredag") is one.
# So is what a statement is to say of something: "Hafast skal omtalast som det viktigaste
# prosjektet" (a point of a uttale or plan the body adopts, its content, no errand), and
# whom a thing is aimed at: "Kampanjen skal rettes mot elever i videregående skole", and
# what money is for: "Pengene skal brukes til kurs for lærere." (nynorsk "Midlane skal
# nyttast til innkjøp.")
_STATE_RULE = lazy_regex(r"\bskal\s+(?:ikke\s+|ikkje\s+)?(?:(?P<holds>gjelde|gjelda)|"
                         r"stå(?!\s+for\b)|ligge|liggje|henge(?!\s+opp\b)|"
                         r"(?:legges|leggast)\s+i\b|"
                         r"(?:brukes|brukast|nyttes|nyttast)\s+til\b|"
                         r"(?:omtal|beskriv|framstill|fremstill)(?:es|ast)\s+som\b|"
                         r"(?:rett|retta|vend)(?:es|ast)\s+mot\b|"
                         r"(?:oppbevar|parker|plasser|lagr|kast|sorter)(?:es|ast))\b")


def _rule_of_things(lowered: str) -> bool:
    """Whether a "… skal …" sentence lays down a state or a placing (see ``_STATE_RULE``)
    rather than giving someone a task."""
    rule = _STATE_RULE.search(lowered)
    if rule is None:
        return False
    return rule.group("holds") is not None or \
        (not _has_deadline_word(lowered) and not any(c.isdigit() for c in lowered))
# A member putting forward a proposal in the proceedings (searched lower-cased): what it
# asks for is no task unless the body adopts it (the vedtak then says so itself).
# (also "Randi Tufte sette fram dette framlegget: «Saka vert send attende …»")
_PROPOSAL_MADE = lazy_regex(r"\b(?:fremmet|fremma|fremmer|sette\s+fram|satte\s+fram|"
                            r"set\s+fram|setter\s+fram)\s+(?:følgende\s+|følgjande\s+|"
                            r"slikt\s+|sitt\s+|et\s+|eit\s+|dette\s+)?"
                            r"[\wæøå-]*(?:forslag|framlegg)(?:et)?\b")
# A modal and "det" or "man" before a passive: what may be done, not a task.
_MAY_BE_DONE = [[modal, who] for modal in ("kan", "kunne", "bør", "burde")
                for who in ("det", "man")]
# An item that fills the board's seats, and a line that fills one: "Kasserer: Per Dahl".
_CONSTITUTING = lazy_regex(r"konstituer|\bvalg\b|\bval\b|\bvalg av\b|\bval av\b", re.I)
# Every branch of _CONSTITUTING holds "konstituer" or "val" (tested on the folded title:
# most titles hold neither, and the IGNORECASE search tries every branch at every position).
_may_be_constituting = contains_any(("konstituer", "val"))
# "Kasserer: Per Dahl", "styremedlemmer ble: Kari Holm og Nils Berg."
_FULL_NAME = r"[A-ZÆØÅ][\w.-]+(?:\s+[A-ZÆØÅ][\w.-]+)+"
# (of the deputy's seat words, ``labels.DEPUTY_SEAT_WORDS``, only the title "varamedlem":
# "Vara: Kari Holm" is the attendance label of who came in a seat, by test, no seat filled)
_SEATS = (r"leder|leiar|nestleder|nestleiar|kasserer|kasserar|sekretær|styremedlem|"
          r"varamedlem|møteleder|møteleiar|referent|ordstyrer|ordstyrar|dirigent|revisor")
_SEAT_FILLED = lazy_regex(rf"(?:(?:\d{{1,2}}\.\s*(?i:vara(?:medlem|representant)?)|"
                          rf"[A-ZÆØÅ][\wæøå &/-]{{2,40}}):\s*{_FULL_NAME}"
                          # (with her place or the term after a comma: "Styreleder: Lisbeth
                          # Hansen, Herøy (gjenvalg, 1 år)", "Styremedlem: Hilde Sørheim,
                          # ny, for to år"; a deputy's place in the order: "1. vara: X")
                          # (her place one capitalised word, maybe with "kommune"
                          # after it: "1. vara: Per Moe, Nordal kommune"; not a second
                          # name: "Tellekorps: Kari Holm, Per Lie" lists people, no seat)
                          r"(?:,\s*(?:[a-zæøå][\wæøå -]{0,25}|"
                          r"[A-ZÆØÅ][\wæøå-]+(?:\s+(?:fylkes)?kommune)?"
                          r"(?=\s*(?:\(|,|\.?$)))){0,2}|"
                          rf"[\wæøå][\wæøå &/-]{{2,40}}?\s+(?:ble|vart|blei):\s*{_FULL_NAME}"
                          rf"(?:\s*(?:,|\bog\b)\s*{_FULL_NAME})*)"
                          r"(?:\s*\([^()]*\))?\.?$|"
                          # "Olav Tiller er møteleder" under "Valg av møteleder og referent"
                          rf"{_FULL_NAME}\s+(?:er|blir|vert)\s+(?:{_SEATS})\s*\.?$")
# A seat's label and the names elected to it, each maybe numbered and with a note in
# brackets: "Varamedlemmer: 1. Per Moe 2. Liv Ås", "Valgkomité: Svein Dahl (leder), Hanne
# Bø", "Styremedlemar: Kari Holm og Nils Berg (attval)". The label must name a seat: "Til
# å skrive under protokollen: Kari Holm og Per Dahl" records who signs, no office filled.
_NAME_ENTRY = rf"(?:\d{{1,2}}[.)]\s*)?{_FULL_NAME}(?:\s*\([^()]*\))?"
_SEATS_FILLED = lazy_regex(
    r"(?i:styre)?(?i:leder|leiar|nestleder|nestleiar|kasserer|kasserar|sekretær|"
    r"styremedlem(?:mer|ar|er)?|varamedlem(?:mer|ar|er)?|vara|varamenn|varamann|"
    r"vararepresentant(?:er|ar)?|representant(?:er|ar)?|"
    r"valgkomit[eé](?:en)?|valkomit[eé]|valnemnd(?:a)?|revisor(?:er|ar)?|"
    r"kontrollkomit[eé](?:en)?|kontrollnemnd(?:a)?)"
    # (with the year or term it is elected for: "Valgkomité for 2027: …", "Revisor for
    # 2026–2027: …")
    r"(?:\s+for\s+(?:19|20)\d{2}(?:\s*[–/-]\s*(?:19|20)?\d{2})?)?"
    rf"\s*:\s*{_NAME_ENTRY}(?:\s*(?:,|;|\bog\b)?\s*{_NAME_ENTRY})*\s*\.?$")
# An officer named who was not up for election this year: no seat filled.
# ("ikke på valg", "ikkje på valg" hold these too)
_NOT_UP = ("ikke på val", "ikkje på val")


def _elected_again(decisions: list[str]) -> list[str]:
    """The decisions without the seat lines of an innstilling ("Leder: Kari Holm, Nordby"
    under "Valgkomiteen la fram innstillingen:") when the item records the election after
    them under its own lead ("Valgt ble:" / "Leder: Kari Holm"), the same seat filled
    again: the proposal was only laid before the meeting, the election is the decision.
    Without such a lead the seat lines stay (two bodies' leaders may be elected in one
    item, "Styre: …" and "Valgkomité: …")."""
    lead = next((i for i, text in enumerate(decisions)
                 if text[-1:] == ":" and _ELECTION_LEAD.match(text)), None)
    if not lead:
        return decisions
    refilled = {_seat_label(text) for text in decisions[lead + 1:]} - {None}
    return [text for i, text in enumerate(decisions)
            if i > lead or _seat_label(text) not in refilled]


# The election's result over the seat lines that follow it: "Valgt ble:", "Følgende ble
# valgt:", nynorsk "Desse vart valde:".
_ELECTION_LEAD = lazy_regex(r"^(?:(?:valgt|valt|vald|valde|gjenvalgt)\s+(?:ble|vart|blei)|"
                            r"(?:følgende|følgjande|disse|desse)\s+(?:ble|vart|blei)\s+"
                            r"(?:valgt|valt|vald|valde|gjenvalgt))\b[^.:]{0,60}:$", re.I)


def _seat_label(text: str) -> str | None:
    """The seat a "Leder: Kari Holm" line fills, folded ("leder"); None for any other."""
    label, colon, _ = text.partition(":")
    return label.strip().casefold() if colon and 2 < len(label) <= 30 and \
        re.fullmatch(_SEATS, label.strip(), re.I) else None


def _seats_in_sentences(text: str) -> list[str] | None:
    """The seats a line fills one sentence each ("Møteleder: Trine Vold. Referent: Are
    Solheim."), each a decision as on a line of its own; None unless every sentence
    fills one."""
    parts = [part.strip() for part in _SEAT_SENTENCE_BREAK.split(text) if part.strip()]
    if len(parts) < 2 or not all(_seats_filled(part) for part in parts):
        return None
    return parts


# A full stop that ends a seat's sentence before the next seat's label ("… Vold. Referent:").
_SEAT_SENTENCE_BREAK = lazy_regex(r"(?<=[a-zæøå)]\.)\s+(?=[A-ZÆØÅ][\wæøå -]{1,40}:)")


def _leads_seats(decision: str) -> bool:
    """Whether a decision ending in a colon leads an election's or a nomination's list of
    seats ("Følgende ble valgt:", "Valkomiteen vart samd om slik innstilling:")."""
    if decision[-1:] != ":":
        return False
    lowered = decision.lower()
    return "innstilling" in lowered or "valgt" in lowered or "vald" in lowered or \
        "velges" in lowered or "veljast" in lowered


def _seats_filled(text: str) -> bool:
    """Whether a line of a constituting or election item fills a seat ("Kasserer: Per
    Dahl", ``_SEAT_FILLED``) or several (``_SEATS_FILLED``), other than one who is "(ikke
    på valg)" this year and only sits on: no one was elected to that seat. A case's own
    labels ("Saksbehandlar: Tone Vik", "Saksordfører: …") name who prepared or brings
    the case, no office the election filled."""
    if text[:4].lower() == "saks":
        return False
    if _SEAT_FILLED.match(text) is None and (
            ":" not in text[:30] or _SEATS_FILLED.match(text) is None):
        return False
    lowered = text.lower()
    return not any(words in lowered for words in _NOT_UP)


# A sentence that starts by asking, even without its question mark.
# ("Når …" is left out: "Når referatet er godkjent, sender Kari det ut." is a task.)
QUESTION_WORDS = frozenset({"hva", "kva", "hvem", "kven", "hvordan", "korleis", "hvorfor",
                             "kvifor", "hvilke", "hvilken"})
# A wish or a condition is no task: "ønskjeleg at referat blir sendt ut …".
_WISH = lazy_regex(r"\bønsk|\bbør\b|\bdersom\b|\bhvis\b|\bviss\b|\bom\s+nødvendig\b")
# A task in the future passive: "blir sendt", "vert laga", "blir fulgt opp".
_FUTURE_PASSIVE = lazy_regex(
    # an agreement or contract entered into or signed afterwards, as "Kontrakten inngås /
    # signeres …" is a task: "Avtala vert inngått etter klagefristen." (not "… signert av
    # leiar", its signer named; nor the minutes' own "Protokollen vert signert digitalt.")
    r"\b(?:" + "|".join(dict.fromkeys(_CONTRACTS + _CONTRACTS_NN)) +
    r")\s+(?:blir|vert)\s+(?:inngått|signert)(?!\s+av\b)|"
    # (sent on too: "Framlegget vert oversendt rådmannen.", as "oversendes" is a task)
    r"\b(?:blir|vert)\s+(?:snart\s+|straks\s+|også\s+|òg\s+)?(?:(?:over)?sendt|laget|laga|utarbeidet|utarbeidd|fulgt\s+opp|følgt\s+opp|"
    r"fylgt\s+opp|lag[dt]\s+(?:fram|ut)|kalt\s+inn|kalla\s+inn|oppdatert|distribuert|publisert|"
    r"sjekket|sjekka|avklart|avklara|"
    # nynorsk participles: "vert følgd opp", "blir send ut", "vert utgreidd", and the
    # plural's "Avtalane vert sende på høyring."
    r"følgd\s+opp|fylgd\s+opp|(?:over)?sende?(?:\s+ut)?|utgreidd|utgreia|utreda|utredet|"
    # on an agenda, as "settes opp" is: "Saka vert sett opp på neste møte."
    r"satt\s+opp|sett\s+opp|"
    # considered again, as "vurderes på nytt" is: "Plasseringa vert vurdert på nytt."
    r"vurdert\s+på\s+nytt|"
    # taken home, as "tas med tilbake" is: "Utkastet vert teke med attende til eigen
    # organisasjon."
    r"(?:tatt|teken|teke)\s+med\s+(?:tilbake|attende)|"
    # work carried out, as "gjennomføres" is: "Kartlegginga vert gjennomført av kommunane"
    # (not "Møtet blir gjennomført digitalt.")
    # (and reported on by a deadline: "Prosjektet vert rapportert innan 1. februar 2027.")
    r"(?<!møtet\sblir\s)(?<!møtet\svert\s)(?:(?:gjennomført|gjennomførd|utført|utførd|rapportert)"
    r"(?=[^.]*?\b(?:innen|innan|før|snarest|i\s+løpet\s+av|til\s+neste)\b)|"
    r"sammenstilt|samanstilt)|"
    # invited to a meeting, as "inviteres" is: "Per Nes blir invitert til neste møte." (not
    # asked to do something: "Styret blir invitert til å vurdere …")
    r"invitert(?!\s+til\s+å\s+(?!komme\b|delta\b)))\b")
# A proposal, or a rule for every later case, is no one-off task even in the passive.
_NOT_A_TASK = lazy_regex(r"\b(?:foreslås|foreslåast|det\s+blir\s+foreslått|kun\s+ved|"
                         r"berre\s+ved|bare\s+ved|heretter|alltid|som\s+hovedregel|"
                         r"hvert\s+år|kvart\s+år|årlig|årleg|hver\s+måned|kvar\s+månad|"
                         r"jevnlig|jamleg|regelmessig|fortløpende|fortløpande|"
                         # a question discussed: "Det ble diskutert om protokollen skulle
                         # legges ut på Internett."
                         r"(?:diskutert|drøftet|drøfta|spurt|vurdert)\s+om|"
                         # a question how it is done ("Styret diskuterer hvordan saken skal
                         # legges fram"), a wish ("Styret ønsker at saken vurderes …"), a
                         # chance given ("Forslagsstiller gis anledning til å …")
                         r"hvordan|korleis|hvorvidt|ønsker\s+at|ønskjer\s+at|ønsket\s+at|"
                         # and when it is done, told as the practice or the question
                         # ("Kommunene har ulik praksis for når rapporten legges fram.")
                         r"(?:for|om|uklart|usikkert|drøftet|drøfta|diskuterte)\s+når|"
                         # a wish told as a point ("Ønskelig at referatet sendes ut kort
                         # tid etter møtet.", "Det er ønskjeleg at …"): no one is given it
                         r"ønskelig\s+at|ønskeleg\s+at|ønskjeleg\s+at|"
                         r"gis\s+anledning|får\s+anledning|"
                         # a motion put to the vote: "Leder fremmet forslag om at
                         # rapporten oversendes kommunestyret."
                         r"(?:forslag|framlegg)\s+om\s+at|"
                         # no objection to what another is to do: "Planforum har ingen
                         # innvendinger mot at planprogrammet sendes på høring." (a verdict)
                         r"innvending(?:er|ar)?\s+mot\s+at)\b|"
                         rf"{_FROM_NOW_ON}|"
                         # when the next meeting is: "Neste møte planlegges til 29. november"
                         r"^neste\s+(?:\w*møte|samling)\b")
# Words ``_NOT_A_TASK`` cannot match without (each branch holds one as written): most
# passive sentences hold none, and the pattern's leading "\b" keeps ``re`` from skipping
# to the first letters of its words, so it tries every branch at every position.
_has_not_a_task_word = contains_any((
    "foreslå", "kun", "berre", "bare", "heretter", "alltid", "hovedregel", "hver", "kvar",
    "årlig", "årleg", "jevnlig", "jamleg", "regelmessig", "fortløp", "diskutert", "drøft",
    "spurt", "vurdert", "hvor", "korleis", " når ", "ønsk", "anledning", "forslag", "framlegg",
    "neste", "innvending", *_FROM_NOW_ON_WORDS))


def _not_a_task(lowered: str) -> bool:
    """``_NOT_A_TASK.search(lowered)``, skipping the pattern on sentences without its words."""
    return _has_not_a_task_word(lowered) and _NOT_A_TASK.search(lowered) is not None
# When the next meeting is: no task, and the end of a list of tasks above it.
# (also when the case comes up next: "Neste behandling: 2. mai")
_NEXT_MEETING_START = lazy_regex(r"^neste\s+(?:\w*møte|samling|behandling|handsaming)\b")
_CLAUSE_BREAK = lazy_regex(r"\s+(?:at|og|som)\s+")
_REPORTING_VERB = lazy_regex(r"\s+(?:meldte|sa|opplyste|orienterte|informerte)\b")
_MODAL_START = lazy_regex(r"(?:bør|må|kan|skal|vil)\b")
_MODAL_INITIALS = frozenset("bmksv")
_HEDGES = frozenset(("kan", "kunne", "bør"))
# The words ``_FUTURE_SUBJECT`` cannot match without (one prefilter for is_action and
# responsible_of).
_FUTURE_WORDS = ("vil", "skal", "skulle", "sikte", "påtar", "påtok", "ansvar", "oppg", "oppdrag",
                 "uppdrag", "villig", "viljug", "tilbyr", "tilbød", "bes ", "bedt", "beden",
                 "bedne", "bede om", "bedd om", "oppmod", "spørres om å", "spørjast om å",
                 "spurt om å", "spurd om å")
_has_future_hint = contains_any(_FUTURE_WORDS)
# A word in the s-passive: r"\w(?:es|ast)\b|\btas\b", as two patterns that open on a
# literal ("es", "as"): the engine then scans for those two letters in C and tries a match
# only where they stand, which costs a third of one pattern that starts at every word's
# last "s" or "t" (tests/extract/test_prefilters.py checks them against the plain form).
_PASSIVE_ES = lazy_regex(r"es\b(?<=\wes)")
# (and "inngås", the one passive task of ``_PASSIVE_TASKS`` in "-ås")
_PASSIVE_AS = lazy_regex(r"as(?:t\b(?<=\wast)|\b(?<=\btas))|ås\b(?<=inngås)")


# A modal told by the schedule, no one's task: "Søknaden skal etter planen sendes i juni",
# "Anlegget skal ifølge fremdriftsplanen stå ferdig", nynorsk "skal etter planen sendast".
_BY_THE_SCHEDULE = lazy_regex(r"\b(?:skal|skulle|vil|kan)\s+(?:etter|ifølge|i\s+følge)\s+"
                              r"(?:den\s+)?(?:fremdrifts|framdrifts|tids)?plan(?:en|a)\b")


def _passive_ending(lowered: str) -> bool:
    """Whether a word of the text ends in the s-passive ("sendes", "gjerast", "tas")."""
    return _PASSIVE_ES.search(lowered) is not None or _PASSIVE_AS.search(lowered) is not None


def _passive_task(sentence: str, lowered: str) -> re.Match[str] | None:
    """``_PASSIVE_TASK``'s first match in the sentence, searched only from where it can
    start: every form opens on a passive word ("sendes", "gjerast", "tas"), so no match
    starts more than ``_PASSIVE_WORD_MAX`` letters before the end of the first word
    ``_PASSIVE_ES`` or ``_PASSIVE_AS`` finds, and with no such word there is none. The
    plain search tried the whole alternation at every place of the sentence before it."""
    ending = _PASSIVE_ES.search(lowered)
    other = _PASSIVE_AS.search(lowered)
    if other is not None and (ending is None or other.end() < ending.end()):
        ending = other
    if ending is None:
        return None
    return _PASSIVE_TASK.search_lowered(sentence, lowered,
                                        max(0, ending.end() - _PASSIVE_WORD_MAX))


# The words each form of ``_is_action`` and ``responsible_of`` cannot take a sentence
# without, one family a bit, found in the lower-cased sentence in one pass (``hint_mask``):
# most sentences are no task and hold none of them, and one generated test of them all
# costs less than a substring search, a slice or a call of its own for each form. Each
# family is the guard its form had (the same words, the same tuples its other callers
# test), or holds it (a dash "–" for " – ": the form's own test follows the bit).
_TASK_FACT_FAMILIES: tuple[tuple[str, ...], ...] = (
    (" will ",),  # _ENGLISH_WILL
    ("ferdig", "klar", "signert", "underskr", "underteik", "sendt", " send ",
     "levert"),  # _paper_ready_by
    ("ansv",),  # _names_owner
    ("fikk", "fekk", "fullmakt", "deleger", " i oppdrag ", " i oppgåve ", " i oppgave ",
     " i uppdrag ", "uppdra åt"),  # _GOT_TASK
    ("forutsett", "føreset"),  # _EXPECTED_OF_US
    _ASKING_WORDS,  # _ASKED, _asked_by_date, _asked_that_by_date
    (":",),  # _OWNER_COLON_VERB (a colon in its first 40 characters), _owner_then_infinitive
    ("–", " - "),  # _owner_then_infinitive (" – " or " - " in its first 60), _DASH_OWNER
    ("foreslo at",),  # _PROPOSED_THAT
    (" søker ", " søkjer "),  # _BODY_APPLIES
    _FUTURE_WORDS,  # _FUTURE_SUBJECT, _agreed_future_owner
    (" at ",),  # _agreed_future_owner, _own_plan_told
    (", ",),  # _owner_after_comma
    (")",),  # _owner_doing_in_brackets (a bracket in its last three characters)
    (" må ",),  # _must_do
    _DATED_WORDS,  # _dated_doer
    _ASK_VERBS,  # _asks_outside
    _OWN_PLAN_WORDS,  # _own_plan_told
    (" blir ", " vert "),  # _FUTURE_PASSIVE
    ("es", "as", "gås"),  # the s-passive (_passive_ending, _PASSIVE_TASK; "inngås")
)
(_ENGLISH, _READY, _OWNER_WORD, _GOT, _EXPECTED, _ASKING, _COLON, _DASH, _PROPOSED, _APPLIES,
 _FUTURE, _THAT, _COMMA, _BRACKET, _MUST, _DATED, _ASK_VERB, _OWN_PLAN, _BECOMES,
 _PASSIVE) = (1 << bit for bit in range(len(_TASK_FACT_FAMILIES)))
_task_facts = hint_mask(_TASK_FACT_FAMILIES, rare=SENTENCE_RARE_LETTERS)  # (of sentences)
# The families of ``_is_action``'s opening forms and of ``_task_form``'s first ones, each
# group asked as one before each form asks its own.
_OPENING_FORMS = _ENGLISH | _READY | _OWNER_WORD
_FIRST_FORMS = _GOT | _EXPECTED | _ASKING | _COLON | _DASH | _PROPOSED | _APPLIES
# The last sentence's facts: ``responsible_of`` reads the task ``_is_action`` has just
# taken (one entry, replaced as a whole, so a reader never pairs one text with another's).
_last_facts: tuple[str, int] = ("", 0)


def _task_facts_of(lowered: str) -> int:
    """``_task_facts(lowered)``, found once for a sentence that the task forms and then
    ``responsible_of`` read in turn."""
    global _last_facts
    last, facts = _last_facts
    if lowered != last:
        facts = _task_facts(lowered)
        _last_facts = (lowered, facts)
    return facts


# Quantifiers and articles that open a subject no one in particular owns ("Flere kommuner
# skal …", "En kommune skal …"), bokmål and nynorsk alike ("Fleire kommunar skal …",
# "Ein kommune skal …", "Nokre kommunar skal …").
_QUANTIFIERS = {"flere", "fleire", "mange", "alle", "noen", "nokre", "en", "ein", "et", "eit",
                "ei", "ingen", "hver", "kvar", "begge"}


def _helps_out(words: list[str]) -> bool:
    """Whether "hjelper" is the errand "hjelper til med" ("Katja hjelper til med
    trykking"): no thing helps out, so any subject does it, unlike "Ordningen hjelper
    kommunene med …" (what a scheme does)."""
    for verb in ("hjelper", "hjelpar"):
        if verb in words:
            at = words.index(verb)
            return words[at + 1:at + 2] == ["til"]
    return False


def _in_capitals(word: str) -> bool:
    """Whether a word is written in capitals, as initials are ("AV", "ME", "DE"): a
    person's short name, never the preposition or pronoun of the same letters."""
    return len(word) > 1 and word.isupper()


def _doer_named(subject: str, words: list[str]) -> bool:
    """Whether the subject of a task verb can do it: any subject for most verbs, but for
    one that also tells what a thing does (``_DOER_ONLY_VERBS``: "Planen samordnar
    tilbodet") a person, initials or an owner role ("Sekretariatet samordnar søknadene")."""
    if not _TASK_FIRST_WORDS.intersection(words) <= _DOER_ONLY_VERBS or _helps_out(words):
        return True  # (most tasks: another verb of the list)
    return _in_capitals(subject.split()[0]) or _names_people(subject) or \
        subject.casefold() in _ROLE_OWNERS


def _acceptable_subject(who: str) -> bool:
    """A subject that can own a task: not a pronoun, quantifier or adverbial."""
    words = who.split()
    if _in_capitals(words[0]):
        return True  # initials, whatever word they spell: "AV tar saken opp", "DE sender …"
    first = words[0].casefold()
    if first in {"de", "dei"}:
        return len(words) >= 3  # "De i uthevet skrift følger opp …"
    if first == "den":
        return _marks_owners(who)  # one owner in bold: "Den i uthevet skrift kaller inn …"
    if _all_of(who):
        return True  # "Alle kommunene sender …", "Hver kommune melder …", "Alle sender …"
    if _GENITIVE_LAST.search(who):
        return False  # "Planen omfatter kommunenes avtaler": a noun after its owner, no verb
    return first not in _PRONOUN_SUBJECTS and first not in _QUANTIFIERS


# A definite genitive in small letters at a subject's end ("kommunenes", "regionens",
# "prosjektets"): the word after it is the noun it owns ("kommunenes avtaler"), however
# like a task verb it reads, and the words before it no subject of one.
_GENITIVE_LAST = lazy_regex(r"\s[a-zæøå]{3,}(?:enes|ens|ets|anes|ernes)$")


# The work itself as a sentence's subject: "Arbeidet gjelder alle blokkene og skal starte
# i uke 18.", "Oppdraget skal være ferdig …" – a thing that is done, no one who does it
# (bokmål and nynorsk definite forms).
_WORK_SUBJECTS = frozenset({"arbeidet", "arbeida", "arbeidene", "jobben", "oppdraget",
                            "vedlikeholdet", "vedlikehaldet", "byggingen", "bygginga",
                            "utbyggingen", "utbygginga", "rehabiliteringen",
                            "rehabiliteringa", "oppussingen", "oppussinga",
                            "renoveringen", "renoveringa", "utskiftingen", "utskiftinga"})


# A paper or plan as a sentence's subject, one word in its definite form, also closing a
# compound: "Planforslaget skal ut på høyring", "Rapporten skal være ferdig …", nynorsk
# "Søknaden skal sendast …", "Budsjettframlegget skal …" – a thing that goes or is done,
# no one who owns the task. (Not ``_OPTION_NOUNS``: a "leverandør" or "kandidat" acts.)
_THING_NOUNS = ("forslag", "framlegg", "utkast", "skisse", "plan", "rapport", "notat",
                "dokument", "budsjett", "regnskap", "rekneskap", "søknad", "referat",
                "strategi", "avtale", "kontrakt", "saksframlegg", "tilbud", "tilbod",
                # a statement the body sends: "Høyringsuttalen skal sendast …", nynorsk
                # "Fråsegna skal òg krevje at …"
                "uttale", "uttalelse", "fråsegn",
                # what the body has printed or put out for an event: "Plakatene må være
                # ferdige til 17. mai.", "Programmet skal vere klart innan 1. april."
                "program", "programm", "invitasjon", "plakat", "oversikt", "liste",
                "brosjyre", "annonse", "innkalling", "presentasjon", "nettside",
                "hjemmeside", "heimeside", "flygeblad", "skilt",
                # a tender the body puts out: "Anbudet skal ut før sommeren"
                "anbud", "anbod", "utlysning", "utlysing",
                # a study or answer someone writes: "Utgreiinga skal liggje føre innan
                # 1. november.", "Høringssvaret må være klart …" – a work product, no owner
                "utredning", "utgreiing", "evaluering", "kartlegging", "analyse",
                "vurdering", "svar",
                # a model worked out for the body: "Finansieringsmodellen skal vise …"
                "modell",
                # the case itself on its way to another body: "Saka skal opp til
                # sluttbehandling i regionrådet.", "Byggesaken skal behandles …"
                "sak")
# (matched on the folded word, ``fold``: with IGNORECASE the engine backs off the leading
# letters one at a time and compares every noun's letters through its case tables there,
# about four times the cost)
_THING_SUBJECT = folded_pattern(r"[\wæøå-]*(?:" + "|".join(_THING_NOUNS) +
                                r")(?:et|en|a|ene|ane|ne|n|t)")


def _paper_content(future: re.Match[str], lowered: str) -> bool:
    """Whether "X skal …" (a ``_FUTURE_SUBJECT`` match) says what a paper is to hold
    ("Uttalen skal òg peike på behovet for fiskerihamner.", "Planen skal omfatte alle
    kommunane."): the vedtak's words on its content, no follow-up anyone owns."""
    who = future.group("who")
    return " " not in who and (_thing_subject(who) or fold(who) in _SCOPED_SUBJECTS) and \
        _CONTENT_VERB.match(lowered, future.end()) is not None


# What the body sets up with a scope, whose "skal omfatte …" tells what it takes in
# ("Prosjektet skal òg omfatte lærlingar.", "Ordninga skal gjelde alle kommunane."), though
# "Prosjektet skal rapportere …" is a task the project's people own (no ``_THING_NOUNS``).
_SCOPED_SUBJECTS = frozenset({"prosjektet", "prosjekta", "prosjektene", "tiltaket",
                              "ordningen", "ordninga", "satsingen", "satsinga"})


# What a paper holds or says, after its "skal": "peike på", "omfatte", "inneholde",
# "leggje vekt på", "ta for seg" (also after "òg"/"også"), and the span it covers
# ("Planen skal dekke perioden 2025–2028.", "… strekke seg over fire år").
_CONTENT_VERB = lazy_regex(r"(?:òg\s+|også\s+|og\s+)?(?:peike|peika|peke|omfatte|omfatta|"
                           r"dekke|dekkje|dekka|strekke\s+seg|strekkje\s+seg|"
                           r"innehalde|inneholde|gjelde|gjelda|beskrive|omtale|omtala|"
                           r"avklare|avklara|"
                           # (what a statement demands: "Fråsegna skal òg krevje at …")
                           r"kreve|krevje|krevja|"
                           r"vise\s+til|(?:legge|leggje|legga)\s+vekt|vektlegge|vektleggje|"
                           # (what it is to show: "Modellen skal vise konsekvensane", not
                           # "… vise fram", done before people)
                           r"vise(?!\s+(?:fram|frem)\b)|"
                           r"ta\s+for\s+seg|understreke|understreka|inkludere|inkludera)\b")


# What a proposal, a cut or a change will bring about, after its "vil"/"skal": "Forslaget
# vil gi lengre reisetid …", nynorsk "Kutta vil råke pendlarar …", "Prosjekta skal rette
# seg mot barn og unge" – a consequence or an aim told, no errand anyone is to do ("gi"
# only with more or less of something: "Kommunen vil gi svar" may be a task).
_EFFECT_VERB = lazy_regex(r"(?:også\s+|òg\s+)?(?:råke|råka|ramme|ramma|føre\s+til|føra\s+til|"
                          r"medføre|medføra|innebære|innebere|bety|påvirke|påverke|svekke|"
                          r"svekkje|(?:rette|retta)\s+seg\s+mot|"
                          # (where a planned structure will lie or reach, told of a site:
                          # "Anlegget vil ligge nær land", "Fortøyingane vil gå om lag 120
                          # meter inn i feltet"; "gå" only before a measure, "Kari vil gå
                          # gjennom saka" is an errand, and "Utgreiinga skal liggje føre
                          # innan 1. november" a paper due)
                          r"(?:ligge|liggje|ligga)(?!\s+(?:føre|fore|klar|ferdig))|"
                          r"(?:gå|strekke\s+seg|strekkje\s+seg)\s+"
                          r"(?:om\s+lag\s+|omlag\s+|ca\.?\s*|opp\s+til\s+)?\d+|"
                          r"(?:gi|gje)\s+(?:[\wæøå]+(?:ere|are)|lengre|større|verre|økt\w*|auka\w*|redusert\w*|mer|"
                          r"meir|mindre|færre|fleire|flere)\b)\b")


def _predicted_effect(future: re.Match[str], lowered: str) -> bool:
    """Whether "X vil/skal …" (a ``_FUTURE_SUBJECT`` match) of a one-word subject tells
    what X will bring about or is aimed at (see ``_EFFECT_VERB``), not a follow-up."""
    return " " not in future.group("who") and \
        _EFFECT_VERB.match(lowered, future.end()) is not None


# A proposal laid before the meeting (lower-cased or not): "Kari la fram et forslag om …",
# "Per la fram forslag til …", nynorsk "Eli la fram eit framlegg om …".
_PROPOSAL_LAID = lazy_regex(r"\bla\s+fram\s+(?:et\s+|eit\s+|sitt\s+|eget\s+|eige\s+)?"
                            r"(?:[\wæøå-]+\s+)?(?:forslag|framlegg)\s+(?:om|til)\b", re.I)


# The first line of an item that is a speaker's talk: "Innlegg ved Kari Holm, NAV.",
# "Presentasjon frå Statsforvaltaren ved Per Dal.", "Foredrag av …", "Orientering ved …".
_TALK_OPENING = lazy_regex(r"(?:(?:innlegg|presentasjon|foredrag|orientering|innleiing|"
                           r"innledning)\s+(?:(?:fra|frå)\s+[^.]{2,80}?\s+)?(?:ved|av|v/)\s|"
                           # the presenter's label: "Innleiar: arealplanleggjar Kari Vik, …"
                           r"(?:innleiar|innleder|innledar|foredragsholder|foredragshaldar)"
                           r"\s*:\s)", re.I)


def _work_timeline(sentence: str, lowered: str) -> bool:
    """Whether a passive task names no one and no deadline, only the month or season the
    work is planned for ("… og planforslaget sendes på høring i februar.", "Anleggene
    ferdigstilles våren 2026."): in a case the body is only told of, the timeline of the
    work reported on; not a follow-up of the meeting ("Presentasjonen ettersendes.")."""
    return not _has_deadline_word(lowered) and _WORK_PERIOD.search(lowered) is not None and \
        responsible_of(sentence) is None


def _work_under_way(lowered: str) -> bool:
    """Whether a passive sentence names who does the work and no deadline ("Evalueringen
    gjøres av innkjøpskontoret.", "Anbudet vurderes av en ekstern konsulent."): in a
    status the body only takes note of (``_only_noted``), work going on, no follow-up of
    the meeting ("Presentasjonen ettersendes." names no one and stays a task)."""
    return " av " in lowered and not _has_deadline_word(lowered) and \
        _PASSIVE_BY.search(lowered) is not None


# An s-passive verb and its doer: "gjøres av", "vurderes av", "tas av", with a particle
# ("følges opp av", "sendes ut av"); nynorsk "vert gjort av" is no s-passive, left alone.
_PASSIVE_BY = lazy_regex(r"\b(?:\w{3,}(?:es|ast)|tas)(?:\s+(?:opp|ut|inn|fram))?\s+av\s+\w")


# A month or season a piece of work is planned for (searched lower-cased).
# A paper's way to a body's handling: "… skal til politisk handsaming …", "… skal opp til
# sluttbehandling …" (see ``_goes_to_handling``).
_TO_HANDLING = lazy_regex(r"\bskal\s+(?:opp\s+)?til\s+(?:[\wæøå-]+\s+){0,2}?"
                          r"(?:slutt)?(?:behandling|handsaming)\b")


def _goes_to_handling(lowered: str) -> bool:
    """Whether a sentence says a paper goes to a body's handling ("Planen skal til politisk
    handsaming i juni."): told in someone's account with only its month, the timeline of
    the work she told of (a høring someone sends it on stays a follow-up)."""
    return " til " in lowered and _TO_HANDLING.search(lowered) is not None


_WORK_PERIOD = lazy_regex(r"\b(?:våren|høsten|hausten|sommeren|sommaren|vinteren|" +
                          "|".join(dates.MONTH_NAMES) + r")\b")


def _opens_with_talk(lines: list[Line]) -> bool:
    """Whether the item's first line of text names a guest's talk ("Innlegg ved …",
    "Innleiar: Kari Vik, Vik kommune"): what the talk tells of the speaker's own papers
    ("Strategien skal på høring i april.") is the speaker's news, no follow-up of this
    meeting."""
    for line in lines[:3]:
        text = line.text.strip()
        if text:
            return text[:1] in "IiPpFfOo" and _TALK_OPENING.match(text) is not None
    return False


def _organisation_intends(lowered: str) -> bool:
    """Whether a sentence tells what a municipality or county means to do, with no date:
    "Kommunen vil rullere arealdelen …" under its planner's presentation is the plan's
    content, no errand of the meeting."""
    subject, _, rest = lowered.partition(" ")
    return subject in _ORGANISATION_SUBJECTS and rest.startswith(("vil ", "ønsker ",
                                                                  "ønskjer ")) and \
        not _has_deadline_word(lowered)


def _plan_passive(sentence: str, lowered: str) -> bool:
    """Whether a sentence tells in the passive what the plan presented will do, with no
    one named and no deadline ("Eldre byggjeområde skal vurderast på nytt."): the plan's
    content, as "Kommunen vil …" is (``_organisation_intends``); the meeting's own papers
    ("Presentasjonen skal sendast ut.") stay the follow-up they are."""
    return " skal " in lowered and _PLAN_PASSIVE.search(lowered) is not None and \
        not _has_deadline_word(lowered) and responsible_of(sentence) is None and \
        not lowered.startswith(_MEETING_PAPERS)


# "skal vurderast", "skal tas ut", "skal utredes på nytt" (searched lower-cased)
_PLAN_PASSIVE = lazy_regex(r"\bskal\s+(?:[\wæøå]+(?:ast|es)|tas|takast)\b")
# The meeting's own papers, whose sending is a follow-up even under a presentation.
_MEETING_PAPERS = ("presentasjon", "lysark", "foil", "referat", "innspel", "innspill",
                   "kommentar", "merknad")


def _paper_goes_alone(sentence: str) -> bool:
    """Whether a sentence's subject is a paper alone ("Strategien skal på høring …"), with
    no one who does it (``_thing_subject``)."""
    first = sentence.split(maxsplit=1)[0] if sentence.strip() else ""
    return first[-1:] in "tna" and _thing_subject(first) and responsible_of(sentence) is None


def _paper_named_with_topic(who: str) -> bool:
    """Whether a subject is a paper in the indefinite form and what it is on ("Utkast til
    revidert forvaltningsplan", "Forslag til budsjett", "Søknad om midlar"): a thing that
    is done, as its definite form "Planforslaget" is, no one who does it."""
    first, second = [*who.split(), ""][:2]
    return second in _PAPER_LINKS and fold(first) in _THING_NOUNS


# The word that ties a paper to its topic: "Utkast til …", "Søknad om …", "Plan for …".
_PAPER_LINKS = frozenset({"til", "om", "for", "frå", "fra"})


def _thing_subject(word: str) -> bool:
    """Whether the word is a paper or thing in its definite form ("Planforslaget",
    "Budsjettet", "Programmet"): the subject of a passive task, no one who does it. The
    defence ("Forsvaret", "Sivilforsvaret") ends in "svaret" as an answer does, but is an
    agency that does the work ("Sivilforsvaret lager en rapport, frist 1. juni.")."""
    folded = fold(word)
    return _THING_SUBJECT.fullmatch(folded) is not None and not folded.endswith("forsvaret")


# A paper that is to be ready: "Sluttrapporten skal vere ferdig innan 1. mars.",
# "Budsjettet må være klart før 1. desember." – with a deadline, the follow-up of whoever
# writes it (a passive task: the paper owns none, see ``_THING_SUBJECT``); so is one to be
# signed, sent or handed in by then ("Avtalen skal være signert innen 15. desember.",
# "Søknaden må vere send innan 1. oktober.").
_PAPER_READY = lazy_regex(r"^(?P<thing>[\wæøå-]+)\s+(?:skal|må|bør)\s+(?:være|vere|vera|bli|"
                          r"verte)\s+(?:helt\s+|heilt\s+)?(?:ferdig|ferdige|ferdigstilt|"
                          r"ferdigstilte|klar|klart|klare|signert|signerte|underskrevet|"
                          r"underskriven|underskrive|underteikna|underteikne|sendt|send|"
                          r"levert|innlevert|innsendt|innsend)\b")


def _names_when(lowered: str) -> bool:
    """Whether a sentence names a day, week or month for its deadline ("innan 1. mars",
    "før uke 12", "innen utgangen av mai"), not a season alone: "Planen skal være ferdig
    før sommeren" tells when a paper reported on is to be ready, no dated follow-up (as
    "… i løpet av våren")."""
    return dates.has_digit(lowered) or any(month in lowered for month in dates.MONTH_NAMES) or \
        "kvartal" in lowered or "halvår" in lowered


def _paper_ready_by(sentence: str) -> bool:
    """Whether a paper as subject is to be ready (see ``_PAPER_READY``); the caller has
    seen a deadline word."""
    ready = _PAPER_READY.match(sentence)
    return ready is not None and _thing_subject(ready.group("thing"))


_ALL_OF = {"alle", "hver", "hvert", "kvar", "kvart", "begge"}  # (the neuter: "hvert team")


def _all_of(who: str) -> bool:
    """Whether a subject is every one of a group ("alle kommunene", "hver kommune",
    "alle"): they own the task together, though the words are no name."""
    words = who.split()
    return words[0].casefold() in _ALL_OF and (len(words) == 1 or
                                                (len(words) == 2 and words[1].islower()))


def _agreed_future_owner(sentence: str) -> str | None:
    """Who an agreement gives a task to do: "Det ble avtalt at Kari skal kontakte
    kommunen." → "Kari", "Styret ble enige om at sekretariatet skal sende …", nynorsk "Det
    vart semje om at Kari skal …" (the clause after "at" read as ``_FUTURE_SUBJECT``)."""
    head, found, clause = sentence.partition(" at ")
    if not found or not _AGREED.search(head):
        return None
    future = _FUTURE_SUBJECT.match(clause)
    if future is None or _passive_word_at(clause, future.end()):
        return None  # "… at møtene skal holdes på Teams": what is done, not who does it
    who = _future_owner(clause, future)
    if who is None or _members_duty(who, clause.lower()):
        return None  # "… at kommunene skal sørge for at …": a standing duty
    first = who.split()[0].casefold()
    # (someone named, or a role or body in lower case: "… at sekretariatet skal …")
    return who if who[:1].isupper() or first in _ROLE_OWNERS or first in _BODY_SUBJECTS \
        else None


def _agreed_subject(head: str) -> str | None:
    """The subject after "at" when the sentence opens impersonally: "Det ble avtalt at
    Kari Holm" → "Kari Holm", "Vi ble enige om at sekretariatet" → "sekretariatet", also
    the members all together ("… at alle kommunene", "… at kommunene", "… at hver
    kommune": each member does it, as "Alle kommunene sender …" owns its task)."""
    first, after = _CLAUSE_BREAK.split(head)[0], head.rsplit(" at ", 1)[1].strip()
    if (_acceptable_subject(first) and not _AGREEMENT_NOTE.fullmatch(first)) or not after or \
            len(after.split()) > 5 or not _AGREED.search(first):
        return None
    if after[:1].isupper() or after.split()[0].casefold() in _AGREED_OWNERS or \
            _members_together(after):
        return after
    return None


# An agreement written as a short note without its verb, "Semje om at …", "Enighet om
# at …": no subject of its own, so the one after "at" does the task (as after "Det var
# semje om at …").
_AGREEMENT_NOTE = lazy_regex(r"(?:full\s+|brei\s+|bred\s+)?(?:enighet|semje|einigheit|einighet)"
                             r"\s+om", re.I)


def _members_together(who: str) -> bool:
    """Whether the subject after an agreement's or a decision's "at" is the member
    municipalities or members, all of them or each ("kommunene", "alle kommunane", "hver
    kommune", "alle"): who carries out what the body agreed."""
    return who.casefold() in _MEMBER_GROUPS or _all_of(who)


# The body asks that someone does it: the subject after "at" (a few words) does it.
# (also in the perfect: "Banken har bedt om at styret sender …", nynorsk "har bede om at")
# (the one asked may have a partner beside them, no owner of the task: "… ba om at
# sekretariatet i samarbeid med kommunedirektørene utarbeider …" is the secretariat's)
_ASKED_THAT = lazy_regex(r"\b(?:ber|bed|ba|bad|bedt|bede|bedd)\s+om\s+at\s+"
                         r"(?P<who>\S+(?:\s+(?!(?:sammen|saman)\s+med\b|i\s+samarbeid\s)"
                         r"\S+){0,3})"
                         r"(?:\s+(?:i\s+samarbeid\s+med|sammen\s+med|saman\s+med)"
                         r"(?:\s+\S+){1,4})?$")
_AGREED = lazy_regex(r"\b(?:avtalt|avtala|avtalte|avtalde|enige?|einige?|enighet|semje|samde|"
                     r"bestemt|besluttet|avgjort|avgjord|"
                     r"vedtatt|vedteke|vedteken|konkludert|konkluderte|landet\s+på|"
                     # "Det forutsettes at administrasjonen legger fram …": expected of them
                     r"forutsettes|forutsatt|føresett|føresetjast)\b", re.I)
# Lower-case subjects that own a task after "at": the secretariat, the body, its leader.
_BODY_SUBJECTS = {"sekretariatet", "leder", "lederen", "leiaren", "leiar", "styret", "rådet",
                  "sekretær", "sekretæren", "nestleder", "nestleiar", "kasserer", "kasserar",
                  "gruppen", "gruppa", "utvalget", "utvalet", "administrasjonen",
                  "prosjektleder", "prosjektleiar", "daglig", "dagleg", "styreleder",
                  "nettverket", "forumet", "arbeidsutvalget",
                  # a merger's fellesnemnd is served by its prosjektrådmann, a
                  # municipality's council ("Lederen svarte at rådmannen legger fram …") by
                  # the chief executive
                  "prosjektrådmannen", "rådmannen", "kommunedirektøren",
                  # the vendor of a system the body bought: "Styringsgruppa ber om at
                  # leverandøren legg fram ein ny leveranseplan."
                  "leverandøren", "leverandørene", "leverandørane"}
# … and after an agreement's "at" also the county that runs a network and serves it: "Vi
# ble enige om at fylkeskommunen arrangerer et kurs før sommeren." (told alone,
# "Fylkeskommunen svarar truleg innan 1. mai." is the county's answer, no errand given)
_AGREED_OWNERS = frozenset(_BODY_SUBJECTS | {"fylkeskommunen", "fylkeskommuna"})


# The body asking someone to do something, at the start of a sentence, whatever it did
# first: "Regionrådet drøftet fordelingen og ba om at sekretariatet utarbeider …".
_BODY_ASKED_THAT = lazy_regex(r"^(?P<who>[A-ZÆØÅ][\wæøå-]*)\s+(?:[^.]*?\s)?"
                              r"(?:ber|bed|ba|bad)\s+om\s+at\s")


# Someone asked in the past passive, the meeting the one who asked: "Ullensaker ble bedt om
# å sende oppdatert plan …", nynorsk "Kommunen vart beden om å melde inn …". Said in a
# member's line of a round of news it is still the errand this meeting gave that member;
# one asked by another ("… ble bedt av Statsforvalteren om å …") does not match.
_ASKED_IN_PASSIVE = lazy_regex(r"^[A-ZÆØÅ][\w-]*(?:\s+(?:og\s+)?[A-ZÆØÅ][\w-]*){0,3}\s+"
                               r"(?:ble|blei|vart)\s+(?:bedt|beden|bedne|bede|bedd)\s+om\s+å\s")


# The municipality as a task's subject, which in a member's line of a round is that member
_THE_MUNICIPALITY = frozenset(("Kommunen", "Kommuna"))


def _asked_at_meeting(sentence: str, lowered: str) -> bool:
    """Whether a sentence tells that its subject was asked, in the past passive and by no
    one named, to do something (``_ASKED_IN_PASSIVE``): the meeting's request, a task
    even in a member's report under "Innspill fra kommunene", where the member's own
    plans ("Ullensaker skal …") are news."""
    return " om å " in lowered and ("edt om" in lowered or "eden om" in lowered or
                                     "edne om" in lowered or "ede om" in lowered or
                                     "edd om" in lowered) and \
        _ASKED_IN_PASSIVE.match(sentence) is not None


def _asked_by_this_body(sentence: str, lowered: str, body: str | None) -> bool:
    """Whether the meeting's own body asks someone to do something (its one word in the
    definite form, of the body's name: "Regionrådet" of "Sørkyst regionråd"): an errand
    the meeting gave, also in an item of news or referatsaker, where another body's
    request ("Fylkestinget ba om at …") is news."""
    if not body or " om at " not in lowered or \
            (asked := _BODY_ASKED_THAT.match(sentence)) is None:
        return False
    who = asked["who"].casefold()
    if not who.endswith(_BODY_ENDINGS):
        return False
    stems = [word for word in body.casefold().split() if len(word) > 3]
    return any(who.startswith(stem.removesuffix("et").removesuffix("en")) for stem in stems)


def _may_be_asked(who: str) -> bool:
    """Whether the words after "ber om at" name one who can be asked to do a task: a
    name or a capitalised body, the secretariat or the body's officers, all of a group,
    the member municipalities ("… ber om at sekretariatet utarbeider …")."""
    return who[:1].isupper() or who.split()[0].casefold() in _BODY_SUBJECTS or \
        _all_of(who) or who in _MEMBER_GROUPS


def _subject_before(pattern: FoldedPattern, sentence: str, lowered: str) -> str | None:
    """The short capitalised subject before a task verb ("PL", "Sekretariatet").

    ``lowered`` is the sentence lower-cased (the caller has it already).
    """
    match = pattern.search_lowered(sentence, lowered)
    if not match:
        return None
    head = sentence[:match.start()].strip()
    before = head.rsplit(" ", 1)[-1]
    if (before.casefold() in _BEFORE_A_NOUN and not _in_capitals(before)) or before.isdigit():
        return None  # "… behov for ekstra lager", "To avtaler …": a noun here, no verb
    head = _AFTER_CONJUNCTION.split(head)[-1]  # "Planen godkjent, men Styreleder sender …"
    if (" – " in head or " - " in head) and _role_only(tail := _DASH_BREAK.split(head)[-1]):
        return tail  # "Rælingen ønsker ny dato – prosjektleder finner en.": the role after it
    if " om " in head and _WONDERED.search(head):
        return None  # "Kari lurte på om sekretariatet sender …": a question, no task
    if " at " in head:
        # "PL meldte at … og retter opp dette": the subject of the first clause; but
        # "Det ble avtalt at Kari Holm sender …": the subject after "at"
        agreed = _agreed_subject(head)
        if agreed:
            return agreed
        reported = _REPORTED_THAT.match(head)
        if reported:
            return _reported_owner(reported)
        if _proposed_by_member(head):
            return None  # "Mona Sand foreslo at velet kjøper …": a proposal, not a task
        if " om at " in head and (asked := _ASKED_THAT.search(head)) and \
                _may_be_asked(asked["who"]):
            # "Regionrådet drøftet fordelingen av midlene og ba om at sekretariatet
            # utarbeider …": the one asked does it, however long the clause before
            return asked["who"]
        head = _CLAUSE_BREAK.split(head)[0]
    words = head.split()
    if not words or (len(words) > 6 and not _names_only(words) and
                     not _joined_verb_phrase(words)):
        return None
    if not _acceptable_subject(head):
        return None
    if not words[0][:1].isupper() and not _school_class(head):
        return None
    return head


# An indirect question before the task verb: "Kari lurte på om …", "Per spurte om …".
_WONDERED = lazy_regex(r"\b(?:lurte|lurer|lurar|lura|spurte|spurde|spør|undret|undra)\b"
                       r"(?:\s+(?:seg|på|over))*\s+om\b", re.I)


# Someone proposing or wishing what should be done: "Mona Sand foreslo at velet kjøper
# …", "Per Dahl fremmet forslag om at sekretariatet sender …", "Leiaren gjorde framlegg om
# at …", "Kari meinte at styret bør …".
_PROPOSED_BY = lazy_regex(r"^(?P<who>(?:[\wæøåÆØÅ.-]+\s+){1,4}?)(?:foreslo|foreslår|"
                          # (a proposal sent in before the meeting: "Holtan kommune har
                          # foreslått at sekretariatet utreder …")
                          r"(?:har|hadde)\s+(?:foreslått|føreslått)|"
                          r"ønsket|ønsker|ønskte|ønskjer|mente|mener|meinte|meiner|"
                          r"(?:gjorde|gjer|gjør|fremmet|fremma|fremmer|sette\s+fram|"
                          r"satte\s+fram|la\s+fram|kom\s+med)\s+(?:et\s+|eit\s+)?"
                          r"(?:forslag|framlegg)\s+om|tok\s+til\s+orde\s+for)\s+at\s")


def _proposed_by_member(head: str) -> bool:
    """Whether the words before a task verb are a person's proposal or wish that it be
    done ("Mona Sand foreslo at velet kjøper …"): what is proposed is no task of the
    meeting until the body adopts it (the body's own wish, "Styret ønsker at …", and the
    members', "Vi foreslår at …", are left to the other tests)."""
    proposed = _PROPOSED_BY.match(head)
    return bool(proposed) and not _BODY_ADVISER.search(proposed.group("who"))


# A speaker's report of what is to be done, at the sentence's start (``_REPORTED_THAT``'s
# verbs of telling, before "at" whatever follows).
_TOLD_THAT = lazy_regex(r"^[A-ZÆØÅ][\w.-]*(?:\s+[\w.-]+){0,3}?\s+(?:orienterte|informerte|"
                        r"opplyste|fortalte|redegjorde)\s+(?:om\s+)?at\s")
# Someone telling the meeting what is to happen: "Kari orienterte om at kommunen sender ut
# høringen", "Jon fortalte at han lager en ny nettside".
_REPORTED_THAT = lazy_regex(r"^(?P<who>[A-ZÆØÅ][\w.-]*(?:\s+[\w.-]+){0,3}?)\s+(?:orienterte|"
                            r"informerte|opplyste|fortalte|meldte|sa|viste\s+til|redegjorde|"
                            # (an interpellation's answer: "Leiaren svara at …")
                            r"svarte|svara|svarde|"
                            r"kunne\s+fortelle)\s+(?:om\s+)?at\s+(?P<after>\S(?:(?!\sog\b).)*)$")
# (not "PL meldte at siste punkt var ufullstendig og retter opp dette": after "og" the verb
# is the speaker's own again)
_BACK_PRONOUNS = frozenset(("han", "hun", "ho", "hen"))


def _news_told(sentence: str) -> bool:
    """Whether a sentence tells what someone reported will happen to a thing, naming no
    doer of the body ("Leiaren orienterte om at saka vert lagd fram i mars."): news
    to the meeting, no follow-up of its own."""
    reported = _REPORTED_THAT.match(sentence)
    return reported is not None and _reported_owner(reported) is None


def _reported_owner(reported: re.Match[str]) -> str | None:
    """Who does what a speaker told: the speaker when "at" goes on with "han"/"hun" (their
    own task), the body's own people ("sekretariatet", "leder") when it names them, and no
    one when it names another party ("kommunen sender …": news, not a task of the
    meeting)."""
    after = reported.group("after").split()
    first = after[0].casefold()
    if first in _BACK_PRONOUNS:
        return reported.group("who")
    if first in _BODY_SUBJECTS:
        return " ".join(after)
    return None


# The body deciding that someone does it: "Styret vedtok at sekretariatet sender …",
# "Rådet slutta seg til at leiar skriv …", "Regionrådet gjekk inn for at dagleg leiar …".
_DECIDED_THAT = lazy_regex(r"\b(?:vedtok|vedtek|vedtar|bestemte|bestemde|besluttet|"
                           r"(?:sluttet|slutta|slutter|sluttar)\s+seg\s+til|"
                           r"(?:gikk|gjekk|går)\s+inn\s+for|"
                           # the body agreed that someone does it: "Styret var enig i at
                           # styreleder og daglig leder forbereder saken", nynorsk "samd i"
                           # ("… var enige om at", nynorsk "vart samde om at": the same)
                           r"(?:var|er|ble|blei|vart)\s+(?:enige?|einige?|samde?)\s+(?:i|om))"
                           r"\s+at\s+"
                           r"(?P<who>\S+(?:\s+\S+){0,3})$")
_GROUP_SUBJECTS = frozenset(("kommunene", "kommunane", "medlemmene", "medlemene"))
# The municipality as one side of a meeting with its clubs or partners: "Møtet vedtok at
# kommunen lagar eit eige skjema …" gives the errand to the municipality, not the meeting.
_MUNICIPALITY_SIDE = frozenset(("kommunen", "kommuna"))


def _owner_after_that(who: str) -> str | None:
    """The subject after the body's "vedtok at" when it names who (a name, the body's own
    people, the member municipalities, all or each of them), else no one: the deciding
    body is not the owner; the county that serves a network is one too, as after an
    agreement's "at" ("Forumet slutter seg til at fylkeskommunen lager …")."""
    first = who.split()[0].casefold()
    if who[:1].isupper() or first in _AGREED_OWNERS or first in _GROUP_SUBJECTS or \
            first in _MUNICIPALITY_SIDE or _all_of(who):
        return who
    return None


def _names_only(words: list[str]) -> bool:
    """Whether a subject is a list of names only ("Grete Ringset, Gudny Fagerhol og Roe
    Yksnøy"), which may run longer than a subject otherwise does (ten words at most); also
    after the holders' role and its "i" ("Kommunedirektørene i Gjøvik, Østre Toten og
    Vestre Toten"): the places' names are the list, the role before them its subject."""
    if len(words) > 10:
        return False
    if len(words) > 3 and words[1] == "i" and words[0][:1].isupper():
        words = words[2:]
    return all(w[:1].isupper() or w == "og" for w in words)


# The members a body asks to do something, lower-cased: "… ber om at kommunene sender …".
_MEMBER_GROUPS = frozenset(("kommunene", "kommunane", "medlemmene", "medlemene",
                            "medlemskommunene", "medlemskommunane"))
_AFTER_CONJUNCTION = lazy_regex(r",\s+(?:men|og|så)\s+")
# A dash between a point's matter and the one who answers it ("Ny møtedag – prosjektleder
# finner en."): the owner named in lower case after it is a role, the clause a task.
_DASH_BREAK = lazy_regex(r"\s[–-]\s")
# Words a noun follows and a finite verb does not: "ekstra lager", "på lager", "et møte".
_BEFORE_A_NOUN = {"ekstra", "et", "eit", "ett", "en", "ein", "ei", "nytt", "nye", "eget", "eige",
                  "på", "til", "fra", "frå", "av", "for", "med", "om",
                  # ("Lunner etterlyste oversikt over avtaler med …": a preposition's noun)
                  "over", "mellom", "uten", "utan", "gjennom",
                  # a finite verb before it: "Styret tar skriv fra … til etterretning"
                  "tar", "tek", "har", "fikk", "fekk", "får",
                  # a number or an amount: "To avtaler gjenstår.", "Flere sendere mangler."
                  "to", "tre", "fire", "fem", "seks", "sju", "syv", "åtte", "ti", "flere",
                  "fleire", "mange", "noen", "nokre", "enkelte", "ingen",
                  # a determiner of time, never a subject alone: "Dagens avtaler går ut …"
                  "dagens", "årets", "fjorårets", "gjeldende", "gjeldande", "eksisterende",
                  "eksisterande", "nåværende", "noverande",
                  # an own or possessive adjective, never a subject: "Kommuner med egne
                  # avtaler om korttidsplasser omfattes også.", "… sine avtaler …"
                  "egne", "eigne", "sine", "våre", "vore", "ulike", "øvrige"}
# Words that open an adverbial before the verb, after which the subject follows the
# verb: "Etter møtet sender sekretariatet …", "Med enkelte justeringer, sender
# prosjektleder …".
_ADVERBIAL_OPENERS = {"etter", "til", "før", "innen", "innan", "med", "i", "på", "deretter",
                      "så", "da", "nå", "fram", "frem", "samtidig", "snarest", "snart",
                      "straks", "umiddelbart", "i løpet"}
_INVERTED_SUBJECT = lazy_regex(r"\s*(?P<who>[A-ZÆØÅ][\w.-]*(?:\s+[A-ZÆØÅ][\w.-]*){0,2}"
                               r"(?:\s+(?:kommune|fylkeskommune|regionråd))?|"
                               r"(?:" + "|".join(sorted(
                                   (_BODY_SUBJECTS - {"daglig", "dagleg"}) |
                                   {"daglig leder", "dagleg leiar"} | _MEMBER_GROUPS,
                                   # longest first, ties in letter order: the same
                                   # pattern whatever the hash seed
                                   key=lambda word: (-len(word), word))) + r"))\b(?![\w-])")


# An object put first: "Desse sakene vil administrasjonen arbeide vidare med."
_DEMONSTRATIVES = {"desse", "disse", "denne", "dette", "slike", "sånne"}


def _future_owner(sentence: str, future: re.Match[str]) -> str | None:
    """Who "X vil/skal …" makes responsible: X, or after a demonstrative object the
    subject right after the modal verb."""
    who = future.group("who")
    if who.split(maxsplit=1)[0].casefold() in _DEMONSTRATIVES:
        after = _INVERTED_SUBJECT.match(sentence, future.end())
        return after.group("who") if after else None
    return who if _acceptable_subject(who) else None


# A body's stated aim in its work, no errand: the body by its noun or short name, "vil",
# then work it means to do in general ("Vannområdeutvalget vil bruke innspillene i
# arbeidet", "Styret vil se på dette", "Rådet vil arbeide vidare med saka", "FAU vil følge
# med på …", "Gruppa vil lære av funna"; not "Styret vil innhente tilbud", "FAU vil be
# kommunen om …"), or a stance it will stress ("AU vil særlig løfte behovet for …", "Rådet
# vil understreke at …") or recommend ("Faggruppa vil tilrå at …", "Nettverket vil anbefale
# at …": its advice, read as the decision "… tilrår at …" is, no errand of sending it on).
_STANCE_VERBS = (r"(?:(?:særlig|særleg|spesielt|også|òg|sterkt)\s+)?"
                 r"(?:løfte|løfta|understreke|understreka|framheve|fremheve|framheva|påpeke|"
                 r"påpeike|(?:peke|peike)\s+på|anbefale|tilrå)")
_BODY_INTENDS = lazy_regex(
    rf"^(?:[\wæøå-]*{_BODY_NOUN}|{_BODY_SHORT})\s+vil\s+"
    rf"(?:{_STANCE_VERBS}|(?:(?:særlig|særleg|spesielt|også|òg|sterkt)\s+)?"
    r"(?:bruke|bruka|nytte|nytta|(?:se|sjå)\s+(?:nærmere\s+|nærare\s+)?på|jobbe|jobba|"
    r"arbeide|arbeida|følge\s+med|fylgje\s+med|vurdere|vurdera|ta\s+med\s+seg|"
    r"ha\s+(?:fokus|fokuset)|legge\s+vekt|leggje\s+vekt|vektlegge|prioritere|prioritera|"
    r"støtte|støtta|tenke|tenkje|(?:lære|læra)\s+av))\b", re.I)
# … whose "at" clause says what it stresses ("Rådet vil understreke at kommunane må melde
# inn behov innan 1. mai", "AU vil peke på at …"): the body's view in its statement, so a
# day in the clause is part of that view, no deadline of an errand.
_BODY_STRESSES_THAT = lazy_regex(
    rf"^(?:[\wæøå-]*{_BODY_NOUN}|{_BODY_SHORT})\s+vil\s+{_STANCE_VERBS}\s+at\s", re.I)


# Taking the meeting's input along into the work: "Kommunen tar med seg innspillene i det
# videre arbeidet", nynorsk "… tek med seg innspela", "… tar med seg synspunktene".
_INPUT_TAKEN_ALONG = lazy_regex(r"\b(?:tar|tek)\s+med\s+seg\s+(?:alle\s+|de\s+|dei\s+)?"
                                r"(?:innspill|innspel|synspunkt|kommentar|merknad|"
                                r"tilbakemelding|signal)")


def _takes_input_along(lowered: str) -> bool:
    """Whether a sentence says someone takes the meeting's input along ("Kommunen tar med
    seg innspillene i det videre arbeidet"): the input will be heeded in work going on, a
    vague intention the guide reads as no task ("tar med" kake, a list, a paper to the
    next meeting is an errand). A deadline in the sentence still makes it one."""
    return "med seg" in lowered and _INPUT_TAKEN_ALONG.search(lowered) is not None and \
        not _has_deadline_word(lowered)


# A body's "vil" with any verb: the start of a stated aim that a hedge may leave vague.
_BODY_WILL = lazy_regex(rf"^(?:[\wæøå-]*{_BODY_NOUN}|{_BODY_SHORT})\s+vil\s", re.I)
# A hedge that leaves when to act open: "… der det er naturlig", "… når det er aktuelt",
# nynorsk "… der det er naturleg", "… om det blir behov".
_WHERE_FITTING = lazy_regex(r"\b(?:der|når|dersom|om|hvis|viss)\s+det\s+(?:er|blir|vert)\s+"
                            r"(?:naturlig|naturleg|aktuelt|hensiktsmessig|tenleg|formålstjenlig|"
                            r"mulig|mogleg|behov)\b")


def _bodys_intention(future: re.Match[str], lowered: str) -> bool:
    """Whether "X vil …" (a ``_FUTURE_SUBJECT`` match) is a body's stated aim
    (``_BODY_INTENDS``, or any work hedged by "der det er naturlig") with no deadline:
    a vague intention, which the guide reads as neither decision nor task; a person's
    "vil" and a body's "skal" stay tasks."""
    if future.end() >= 40:
        return False
    aim = _BODY_INTENDS.match(future.string) is not None or (
        " det " in lowered and _BODY_WILL.match(future.string) is not None and
        _WHERE_FITTING.search(lowered) is not None)
    return aim and (not _has_deadline_word(lowered) or
                    (" at " in lowered and _BODY_STRESSES_THAT.match(future.string) is not None))


# Trying out or bringing in an arrangement from a time on (searched lower-cased after the
# modal): "Tokke vil prøve ut ei ordning med … frå 2026", "Kommunen skal innføre digitale
# skjema fra 1. januar", "… ta i bruk ny plattform frå hausten".
_SCHEME_FROM = lazy_regex(
    r"(?:(?:også|òg)\s+)?(?:(?:prøve|prøva|teste|testa)\s+ut|innføre|innføra|ta\s+i\s+bruk|"
    r"(?:starte|starta)\s+opp)\b[^.]*?\s(?:fra|frå)\s+(?:og\s+med\s+)?"
    r"(?:\d|nyttår|årsskiftet|neste\s+år|våren|høsten|hausten|sommeren|sommaren|"
    r"skoleåret|skuleåret|" + "|".join(dates.MONTH_NAMES) + r")")


# The review an adopted plan, scheme or agreement gets at the end of its term, as the
# sentence's last words (searched lower-cased after the modal, or at the passive verb):
# "Ordningen skal evalueres etter prøveperioden.", "Avtalen skal evaluerast etter to år.",
# "… skal evalueres i 2027.", "… høsten 2027." A term
# of what the body adopts (when it is looked at again), read as a decision the way "Planen
# evalueres etter to år." is, no one-off errand after the meeting; a deadline ("innen 1.
# mars", "før sommeren") or a further step ("… og legges fram for styret") is one. (A plan
# to revise, "Planen skal revideres i 2028.", stays a task, as "… rulleres høsten 2025" is.)
_REVIEW_TERM = lazy_regex(
    r"(?:evalueres|evaluerast|evaluerest|(?:bli|verte|verta)\s+evaluert)"
    r"\s+(?:(?:på\s+nytt|samla|samlet)\s+)?"
    r"(?:etter\s+(?:(?:ett|eitt|et|en|ein|ei|to|tre|fire|fem|seks|\d+)\s+"
    r"(?:år|års\s+drift|måneder|månader|mnd\.?|halvår|driftsår|skoleår|skuleår)|"
    r"(?:endt\s+|første\s+|fyrste\s+)?[\wæøå-]*(?:perioden|perioda|fasen|driftsåret|"
    r"prøvetida|prøvetiden|prøveåret))|"
    r"i\s+(?:19|20)\d{2}|(?:våren|høsten|hausten|sommeren|sommaren)\s+(?:19|20)\d{2})"
    r"\s*\.?\s*$")


def _scheme_from(future: re.Match[str], lowered: str) -> bool:
    """Whether "X vil/skal …" (a ``_FUTURE_SUBJECT`` match) tries out or brings in an
    arrangement from a time on, with no deadline: a member's own plan told to the meeting
    (what it will do from then on), no one-off follow-up after the meeting, which the
    guide's actions are; "innen 1. mars" would make it a dated errand."""
    return (" fra " in lowered or " frå " in lowered) and \
        _SCHEME_FROM.match(lowered, future.end()) is not None and \
        not _has_deadline_word(lowered)


# Keeping up what is done already (searched lower-cased after the modal): "Kommunen vil
# vidareføre dei årlege møta", "Styret vil fortsette med …", "… halde fram med …".
_GOES_ON_WITH = lazy_regex(r"(?:(?:også|òg)\s+)?(?:videreføre|vidareføre|vidareføra|"
                           r"fortsette|fortsetje|(?:holde|halde|halda)\s+fram)\b")


def _goes_on_with(future: re.Match[str], lowered: str) -> bool:
    """Whether "X vil/skal …" (a ``_FUTURE_SUBJECT`` match) keeps up a practice that goes
    on already ("Kommunen vil vidareføre dei årlege samarbeidsmøta."): a standing way of
    working, no one-off follow-up after the meeting; a deadline would make it one."""
    return ("før" in lowered or "fort" in lowered or "fram" in lowered) and \
        _GOES_ON_WITH.match(lowered, future.end()) is not None and \
        not _has_deadline_word(lowered)


# The applicant of a grant case by its role (lower-cased): "Selskapet", "Søkjaren",
# "Bedrifta" (not "Prosjektet", which a vedtak sets to report: a condition, a task).
_APPLICANT_SUBJECTS = frozenset(("selskapet", "søker", "søkeren", "søkjar", "søkjaren",
                                 "bedriften", "bedrifta", "tiltakshaver", "tiltakshavar"))


def _applicants_plan(future: re.Match[str], lowered: str) -> bool:
    """Whether "X skal …" (a ``_FUTURE_SUBJECT`` match) tells what the applicant of a
    grant case plans ("Selskapet skal etablere 12 telt med helårsdrift."): the case's
    facts, not a follow-up of the meeting, as long as no deadline binds it ("Søkeren skal
    sende sluttrapport innen 1. mars." is the grant's condition to meet, a task)."""
    return future.group("who").casefold() in _APPLICANT_SUBJECTS and \
        not _has_deadline_word(lowered)


def _aim_only(future: re.Match[str], lowered: str) -> bool:
    """Whether "X tar sikte på å …" / nynorsk "X tek sikte på å …" (a ``_FUTURE_SUBJECT``
    match) states an aim with no deadline: what X aims at is a vague intention, which the
    guide reads as neither decision nor task, in both written forms alike ("… innen 1.
    mai" makes it a dated errand). So does the gathering or event itself as the subject
    ("Workshopen skal gi innspill til …", "Samlinga skal gje …", "Kampanjen skal gå i uke
    37–39"): what the day is for, or when it runs, no one's errand after it."""
    if "sikte" in future.group(0):
        return not _has_deadline_word(lowered)
    return fold(future.group("who")) in _GATHERING_SUBJECTS


# A key to a follow-up list's codes under it: two or more "word = meaning" pairs, after a
# label or not ("Status: Grønn = utført, Gul = i rute, Rød = forsinket.", "G = grønn; R =
# rød").
_STATUS_LEGEND = lazy_regex(r"(?:[\w ]{1,30}:\s*)?(?:\w[\w ]{0,20}?\s*=\s*[^,;=]{1,40}?"
                            r"\s*(?:[,;.]\s*|$)){2,}")


# The meeting, gathering or event itself in its definite form, the subject of its purpose
# or of when it is held.
_GATHERING_SUBJECTS = frozenset(("møtet", "workshopen", "samlingen", "samlinga",
                                 "seminaret", "dagen", "fagdagen", "arbeidsverkstaden",
                                 "arbeidsverkstedet", "verkstaden", "verkstedet",
                                 "dialogmøtet", "nettverksmøtet", "nettverkssamlingen",
                                 "nettverkssamlinga",
                                 # an exercise, a course or a conference the body holds:
                                 # "Øvelsen skal prøve ut varsling …" is what it is for
                                 "øvelsen", "øvingen", "øvinga", "kurset", "konferansen",
                                 # a consultation between parties: "Samrådet skal gi
                                 # siidaen mulighet til å påvirke planen" is what it is for
                                 "samrådet", "samrådsmøtet", "konsultasjonen",
                                 "konsultasjonsmøtet", "kontaktmøtet", "samarbeidsmøtet",
                                 # a campaign or an event it runs: "Kampanjen skal gå i uke
                                 # 37–39" says when, no one's errand
                                 "kampanjen", "kampanja", "arrangementet", "markeringen",
                                 "markeringa"))


# What follows "vurderer" when it weighs a plan or states a judgement, not a task.
# An "also" between them changes nothing: "vurderer også å …", nynorsk "vurderer òg å …".
_ALSO_WORDS = (" også ", " òg ", " og så ")
# The verbs of work that goes on for a while (weighing, looking into, mapping), and the
# words right after them that say it is going on now: what someone is already doing,
# told to the meeting ("Fylkeskommunen vurderer for tiden om rutene skal endres."), not
# a follow-up the meeting gives.
_ONGOING_WORK = ("vurder", "undersøk", "utred", "utgreier", "kartlegg")
_ONGOING_NOW = (" for tiden ", " for tida ", " nå ", " no ", " allerede ", " alt ",
                " fortsatt ", " framleis ", " fremdeles ")
# (also an option named by an indefinite article, "Gjøvik og Lena vurderer en felles søknad
# om …", nynorsk "… vurderer eit felles tilbod": an option weighed, no errand taken on)
_WEIGHS_OR_JUDGES = (" å ", " at ", " det som ", " det slik at ", " det slik ", " det dit ",
                     " en ", " ei ", " et ", " ein ", " eit ",
                     # the option another member took, weighed for one's own place:
                     # "Midt-Telemark vurderer det samme for barnehagene.", "… det same …"
                     " det samme ", " det same ")
# A municipality or county by its bare definite noun or its name ("Kommunen", "Nordby
# kommune", "Fylkeskommunen", "Innlandet fylkeskommune"), as the subject of work.
# (and the municipalities together: "Kommunene vurderer …", nynorsk "Kommunane …")
_ORGANISATION_SUBJECTS = frozenset(("kommunen", "fylkeskommunen", "kommune", "fylkeskommune",
                                    "kommunene", "kommunane"))
# An organisation's work under way: ``_ONGOING_WORK``, and looking into a matter
# ("Kommunene ser på muligheten for …", "… ser nærmere på ordningen").
_ORGANISATION_WORK = (*_ONGOING_WORK, "ser på", "ser nærmere på", "ser nærmare på",
                      # "Kommunene forbereder lettelser …": work under way, told
                      "forbereder", "førebur")


# What the meeting did with a matter before someone took it on: "Nettverket drøftet …",
# "Det var diskusjon om …" (searched lower-cased).
_DISCUSSED = ("drøft", "diskut", "diskusjon")


def _organisation_at_work(sentence: str, lowered: str, prior: str) -> bool:
    """Whether a task-shaped sentence tells what a municipality, the municipalities or a
    county are already doing, by an ongoing-work verb (``_ORGANISATION_WORK``) right after
    the subject: "Kommunen vurderer om tilbudet skal utvides.", "Kommunene ser på
    muligheten for …" are news to the meeting, as a state body's is. Still a follow-up
    with a deadline or a promise to answer the meeting ("… og gir svar innen 1. april"),
    when the meeting asks it ("Kommunene bes vurdere …": its verb is the asking), and
    right after the meeting discussed the matter ("Nettverket drøftet … . Fylkeskommunen
    undersøker om …": the organisation takes the meeting's question on), and when it is
    to bring the matter back to the next meeting. A person or the secretariat keep their
    task."""
    match = _TASK_VERB_RE.search_lowered(sentence, lowered)
    if match is None or not lowered.startswith(_ORGANISATION_WORK, match.start()):
        return False
    words = lowered[:match.start()].split()
    if not (0 < len(words) <= 3 and words[-1] in _ORGANISATION_SUBJECTS and
            (len(words) == 1 or words[-1][-1] == "e")):
        return False
    prior_lowered = prior.lower()
    return not _has_deadline_word(lowered) and not _answers_back(lowered) and \
        not any(word in prior_lowered for word in _DISCUSSED) and \
        not _BY_NEXT_MEETING.search(lowered)


def _members_own_plan(lowered: str, places: frozenset[str]) -> bool:
    """Whether a sentence (or its last clause after ", og") tells what members, named by
    their places alone ("Masfjorden og Fedje", of "Masfjorden kommune" among those at the
    meeting), mean to do or are looking into, with no deadline: their own plans told to
    the meeting, as a municipality's news is (``_organisation_at_work``), no errand it
    gave. A person ("Kari vil …") or the body is no place of a member."""
    clause = lowered.rpartition(", og ")[2]
    found = _PLACES_THEN_PLAN.match(clause)
    return found is not None and \
        all(word == "og" or word in places for word in found["who"].split()) and \
        not _has_deadline_word(lowered) and not _BY_NEXT_MEETING.search(lowered)


def _members_status(lowered: str, places: frozenset[str]) -> bool:
    """Whether a sentence goes through the members' places one clause each ("Overhalla har
    vedtatt sin plan, Grong sender planen på høring i januar, og Namsos har så vidt
    startet revisjonen."): a status told place by place, as a round is, not an errand of
    the first place; a deadline ("… innen 1. mars") still makes it one."""
    clauses = _CLAUSE_SPLIT.split(lowered.rstrip(" ."))
    return len(clauses) >= 2 and \
        all(clause.split(maxsplit=1)[0] in places for clause in clauses if clause) and \
        not _has_deadline_word(lowered)


# The clauses of a sentence after its commas, an "og" after the comma dropped.
_CLAUSE_SPLIT = lazy_regex(r",\s+(?:og\s+|men\s+|mens\s+)?")


# Places as a subject, then what they mean to do or look into (lower-cased): "masfjorden
# og fedje vil …", "lierne og røyrvik ser på …".
_PLACES_THEN_PLAN = lazy_regex(r"(?P<who>[\wæøå-]+(?:\s+og\s+[\wæøå-]+){0,3})\s+"
                               r"(?:vil|ser\s+på|ser\s+nærm[ae]re\s+på)\s")


# Work to bring back by the next meeting: "Fylkeskommunen ser på saken til neste møte."
# (the meeting's matter taken on, as one answering back is), "Sekretariatet sjekker dette
# før møtet", nynorsk "… innan neste møte", "… fram til neste møte".
_BY_NEXT_MEETING = lazy_regex(r"\b(?:til|innen|innan|før|fram\s+til)\s+"
                              r"(?:(?:neste|kommende|kommande)\s+møte|møtet)\b")


def _hedged(sentence: str, lowered: str) -> bool:
    """A hedge before the task verb ("Sekretariatet kan sende …"); one later in the
    sentence ("… saker som ein bør ta opp") does not soften the task. "Styret vurderer å
    kjøpe …" weighs a plan it has not made: no task either, and "Prosjektgruppen vurderer
    at fremdriften er den største risikoen" (or "… vurderer det som …") is a judgement
    the group made in the meeting, no errand ("… vurderer om …" still is one)."""
    match = _TASK_VERB_RE.search_lowered(sentence, lowered)
    if match and lowered.startswith("vurder", match.start()) and (
            lowered.startswith(_WEIGHS_OR_JUDGES, match.end()) or
            (lowered.startswith(_ALSO_WORDS, match.end()) and
             lowered.startswith(_WEIGHS_OR_JUDGES, lowered.find(" ", match.end() + 1)))):
        return True  # (also "Fylkeskommunen vurderer òg å lage …": weighs a plan too)
    if match and lowered.startswith(_ONGOING_WORK, match.start()) and \
            lowered.startswith(_ONGOING_NOW, match.end()):
        return True  # "Fylkeskommunen vurderer for tiden om …", "Statsforvalteren undersøker
        # nå om …": news of work going on, no follow-up the meeting gives
    head = lowered[:match.start()] if match else lowered
    return not _HEDGES.isdisjoint(head.split())


def _inverted_subject(sentence: str, lowered: str) -> str | None:
    """The subject right after a task verb that follows an adverbial (Norwegian puts the
    verb second): "Etter møtet sender sekretariatet ut referatet" → "sekretariatet"."""
    first = lowered.split(maxsplit=1)[0].rstrip(",")
    if first not in _ADVERBIAL_OPENERS:
        return None
    match = _TASK_VERB_RE.search_lowered(sentence, lowered)
    if not match or match.start() < len(first) + 2:
        return None
    who = _INVERTED_SUBJECT.match(sentence, match.end())
    if who is None or who.group("who").casefold() in _PRONOUN_SUBJECTS:
        return None
    return who.group("who")


# The words between "ber" and the one asked that are not that one: an adverb ("ber derfor
# kommunedirektøren …") and, in inverted order, the body asking ("Med bakgrunn i rapporten
# ber kontrollutvalget kommunedirektøren om …"). A body whose name goes on after a
# preposition is the one asked ("OSO ber fagrådet for samhandling legge fram …").
_ASKER_FIRST = lazy_regex(rf"^(?:(?:derfor|difor|dermed|også|òg|herved|samtidig)\s+)?"
                          rf"(?:(?:[\wæøå-]*{_BODY_NOUN}|{_BODY_SHORT})\s+"
                          r"(?=\S)(?!og\b|samt\b|eller\b|for\b|i\b|ved\b|på\b|om\b))?",
                          re.I)


def _asked_one(who: str) -> str:
    """Whom a request asks ("kommunedirektøren"), without an adverb or the asking body
    that the words after "ber" hold before it."""
    who = who.strip()
    found = _ASKER_FIRST.match(who)
    return who[found.end():] if found and found.end() < len(who) else who


@functools.lru_cache(maxsize=_SENTENCE_MEMO)  # (an answer of the text alone: see there)
def responsible_of(sentence: str) -> str | None:
    """Who is to do the task, as the sentence names them, or None for passive tasks and
    for the work itself as the subject ("Arbeidet gjelder alle blokkene og skal …")."""
    if sentence[:1].lower() in _TIME_FIRST_INITIALS and \
            sentence[:12].lower().startswith(_TIME_FIRST_OPENING) and \
            (moved := deadline_put_last(sentence)) is not None:
        sentence = moved  # "Innen 1. mai skal sekretariatet …": the subject after the verb
    elif sentence[:1].lower() in _OPENER_INITIALS and \
            (moved := opener_put_aside(sentence, sentence[:20].lower())):
        sentence = moved  # "Som avtalt sender Kari Holm …", "Nå sender Kari …": the subject
    if "utgj" in sentence and (named := _without_group_named(sentence)) is not None:
        sentence = named  # "Kari Li og Per Dal utgjør arbeidsgruppen og legger fram …"
    if " at " in sentence and (wished := _wished_clause(sentence)) is not None:
        return wished or None  # "Rådet vil at revisjonen skal vere ferdig innan …": no doer
    who = _responsible_of(sentence)
    if who is None and ", og " in sentence and (clause := _task_after_og(sentence)):
        # "…, og sekretariatet lager et første utkast.": the clause's subject, as written
        owner = _responsible_of(clause)
        if owner and clause.startswith(owner):
            who = sentence.rpartition(", og ")[2][:len(owner)]
    if who and who.split(maxsplit=1)[0].casefold() in _WORK_SUBJECTS:
        return None
    if who and " " not in who and who[-1:] in "tna" and _thing_subject(who):
        return None  # "Planforslaget skal ut på høyring i juni.": the paper goes, no owner
    if who and " " in who and _paper_named_with_topic(who):
        return None  # "Utkast til revidert forvaltningsplan skal på høring …": the same
    if who and who.count(" ") in (2, 3):
        return _without_title(who.split())  # "Rektor Per Lie følgjer opp …" → "Per Lie"
    return who


# The finite verbs that cannot follow another finite verb in a statement: a task verb's
# form right before one is a plural noun ("avtalar", "avtaler", "planer") heading the
# subject of a passive, no doer's verb.
_FINITE_AFTER_NOUN = (" vert ", " blir ", " skal ", " må ")


def _finite_verb_follows(lowered: str, end: int) -> bool:
    """Whether a task verb matched ending at ``end`` stands right before a finite verb
    ("Utkast til reviderte avtalar vert sende på høyring", "Nye avtaler blir sendt ut"):
    then it is the noun of the same spelling, the subject of what follows."""
    return lowered.startswith(_FINITE_AFTER_NOUN, end)


def _responsible_of(sentence: str) -> str | None:
    """``responsible_of`` before the work itself is told from who does it."""
    # Each pattern needs a word the cheap ``in`` test looks for first.
    if "]" in sentence[-40:] and "[" in sentence:
        # who in square brackets, as in round ones: "Bestille buss [KH]"
        sentence = sentence.replace("[", "(").replace("]", ")")
    lowered = sentence.lower()
    facts = _task_facts_of(lowered)  # (each form's words: ``_is_action`` has found them)
    takes = facts & _OWNER_WORD and "ansvar" in lowered and \
        (_TAKES_RESPONSIBILITY.search(sentence) or _FOLLOW_UP_TAKER.match(sentence))
    if takes:  # "…, Kristin tar ansvar for det.", "Daglig leder har ansvar for oppfølging."
        return takes.group("who")
    explicit = facts & _OWNER_WORD and _RESPONSIBLE.search(sentence)
    # (a label with nothing after it, "…, ansvar:" with the owner on the cell's next
    # line, names no one: a colon alone is no owner)
    if explicit and _ANSVAR_WORD.search(sentence) and \
            any(map(str.isalpha, explicit.group("who"))):
        who = _label_owners(sentence, explicit).strip()
        if (named := _RESPONSIBLE_FOR.match(who)):  # "Ansvarlig for X er Kari Holm"
            return named.group("who")
        if not who.startswith("for "):  # "Ansvar for å lage arrangement" names no one
            return _owner_doing(who) or _before_deadline(who)
        after = who.partition(": ")[2].strip()  # "Ansvarlig for oppfølging: Kari Holm"
        if after and (after[:1].isupper() or _role_only(after.split(" – ")[0])):
            return _before_deadline(after)
    owner = facts & (_COLON | _DASH) and \
        (":" in sentence[:60] or "–" in sentence[:60] or " - " in sentence[:60]) and \
        _OWNER_FIRST.match(sentence)
    if owner:  # "Kari Holm: sende utkast …", "Kari Bø – lage oversikt …"
        rest = sentence[owner.end():]
        if owner.group("who").strip().casefold() in _NOTE_MARKS or \
                _after_paper_label(sentence) is not None:
            # "NB: fakturaer må sendes innen fredag.", "Viktig: Kari sender …": a note's
            # mark, no one; the note itself may name who
            return responsible_of(rest) if rest[:1].isupper() else None
        if (labelled := _ACTION_LABEL_BEFORE_OWNER.match(owner.group("who"))) and \
                (_INITIALS.fullmatch(labelled["who"]) or _named_owner(labelled["who"])):
            return labelled["who"]  # "Aksjon KH: kontakte …": the entry's label, then who
        if owner.group("infinitive") and not _named_owner(owner.group("who")) and \
                not _INITIALS.fullmatch(owner.group("who").strip()):
            return None  # "Julemøte: Bestille lokale …": a topic, not who ("KH:" is)
        if rest[:1].isupper() and not is_first_name(owner.group("who").split()[0]) and \
                (subject := responsible_of(rest)):
            return subject  # "Julemøte: Leder sjekker …": a topic, then who does it
        return owner.group("who").strip()
    if facts & _BRACKET and ")" in sentence[-3:] and \
            (doing := _owner_doing_in_brackets(sentence)):
        return doing  # "Dugnad 12. mai (Per ordner)."
    trailing = facts & _BRACKET and ")" in sentence[-40:] and \
        (_TRAILING_OWNER.search(sentence) or _LONE_OWNER.match(sentence) or
         _role_in_brackets(sentence))
    if trailing:  # "Sende søknad innen 1. april (Siri Aas).", "Sekretariatet (innen 1. mars)"
        return trailing.group("who")
    dashed = facts & _DASH and _DASH_OWNER.search(sentence)
    if dashed and _owners_after_dash(dashed.group("who").rstrip(".")):
        return dashed.group("who").rstrip(".")  # "Bestille lokale – Ola, innen 1. mars"
    got = facts & _GOT and _GOT_TASK.search(sentence)
    if got:
        return (got.group("who") or got.group("who2") or got.group("who3") or
                got.group("who4") or got.group("who5") or got.group("who6") or
                got.group("who7") or got.group("who8") or got.group("who9")).strip()
    # (the two requests by a date need an asking word as ``_ASKED`` does)
    asked = facts & _ASKING and _asked_search(sentence)
    if asked:
        return _asked_one(asked.group("who"))
    if facts & _ASKING and (asked_for := _asked_by_date(sentence, lowered)):
        if " og " in lowered and (asker := _asker_who_answers(sentence, lowered)):
            return asker  # "Kari Holm ber kommunane om tal og melder attende innan 1. mai."
        # "Styret ber lokallagene om innspill innen 15. april."; "Styret ber om innspill
        # innen 1. mai." names no one: whoever answers, a passive task
        return _asked_one(asked_for.group("who")) if asked_for.group("who") else None
    if facts & _ASKING and (asked_that := _asked_that_by_date(sentence, lowered)):
        return asked_that.group("who")  # "… ber om at kommunedirektøren gir … innen 1. juni"
    if facts & _ASKING and " om at " in lowered and \
            (asked_whom := _ASKED_WHOM_THAT.search(sentence)):
        # "Nettverket ber IMDi om at anmodningen sendes kommunene før 1. desember.": the
        # one asked sees to what the passive leaves without a doer
        return _asked_one(asked_whom.group("who"))
    if facts & _THAT and facts & _FUTURE and \
            (agreed_owner := _agreed_future_owner(sentence)):
        return agreed_owner  # "Det vart semje om at Kari skal kontakte kommunen."
    future = facts & _FUTURE and _FUTURE_SUBJECT.match(sentence)
    if future and (who := _future_owner(sentence, future)) and \
            not _passive_word_at(sentence, future.end()):
        if not _asked_done(future, sentence):
            return _trim_subject(who.strip())
        # "Saken bes utredet av administrasjonen …": the one the sentence names as doing it
        return _asked_agent(sentence, future.end()) if " av " in lowered else None
    if facts & _COMMA and (after := _owner_after_comma(sentence)):
        return after  # "Undersøke om vi får filmen, Oddleiv avklarer dette."
    if facts & _MUST and (must := _must_do(sentence, lowered)):
        return must  # "Alle kommunene må sende inn tall …"
    if facts & _DATED and (doer := _dated_doer(sentence)):
        return doer  # "Per Dahl rapporterer til styret innen 1. mars."
    if " planlegg" in lowered and (planners := _planning_people(sentence)):
        return planners  # "Randi Hus og Håkon Sætre planlegg ein fagdag i mai."
    if facts & _THAT and (agreed_planner := _agreed_plan(sentence)):
        return agreed_planner  # "… enige om at Bærum og fylkeskommunen planlegger …"
    if facts & _ASK_VERB and (asked := _asks_outside(sentence, lowered)):
        return asked  # "Lise Moe spør kommunen om å sende oversikten innen 1. april."
    if facts & _THAT and facts & _OWN_PLAN and (teller := _own_plan_told(sentence, lowered)):
        return teller  # "Kari sa at hun skal sende brevet."
    if facts & _APPLIES and (applies := _BODY_APPLIES.match(sentence)):
        return applies.group("who")  # "Styret søker kommunen om tilskudd …"
    match = _TASK_VERB_RE.search_lowered(sentence, lowered)
    if match and _finite_verb_follows(lowered, match.end()):
        match = None  # "Reviderte avtalar vert sende …": the "verb" is the subject's noun
    if match:
        head = sentence[:match.start()].strip()
        agreed = " at " in head and _agreed_subject(head)
        if agreed:
            return _trim_subject(agreed)
        asked_that = " om at " in head and _ASKED_THAT.search(head)
        if asked_that and _may_be_asked(asked_that["who"]):
            return asked_that["who"]  # "Regionrådet ber om at sekretariatet utarbeider …"
        reported = " at " in head and _REPORTED_THAT.match(head)
        if reported:  # "Jon fortalte at han lager …" → Jon
            return _reported_owner(reported)
        decided = " at " in head and _DECIDED_THAT.search(head)
        if decided:  # "Rådet slutta seg til at leiar skriv …" → leiar
            return _owner_after_that(decided["who"])
        inverted = _inverted_subject(sentence, lowered)
        if inverted:
            return inverted
        first = _AFTER_CONJUNCTION.split(_REPORTING_VERB.split(head)[0])[-1]
        first = first.rpartition(": ")[2]  # "Vedr. innsamling: Elin deler ut …"
        dashed_topic = " – " in first or " - " in first
        if dashed_topic:  # "Dugnad – Kari lager plakat …"
            first = _DASH_SPLIT.split(first)[-1]
        words = first.split()
        if dashed_topic and words and len(words) <= 3 and words[0].casefold() in _ROLE_OWNERS:
            return first  # a role in lower case after the topic: "Møteplan – dagleg leiar sender …"
        if words and words[0][:1].isupper() and (words[0].casefold() not in _PRONOUN_SUBJECTS
                                                 or _in_capitals(words[0])) \
                and (len(words) <= 6 or _names_only(words) or _joined_verb_phrase(words)):
            return _trim_subject(first)
        if _school_class(first):
            return first  # "5. trinn rigger gymsalen."
        if words and sentence[:1].islower() and first == head and len(words) <= 4 and \
                words[0].casefold() in _ROLE_OWNERS:
            return first  # a list entry in lower case: "- kasserer betaler fakturaen …"
    if "møte" in sentence and _passive_task(sentence, lowered):
        in_meeting = _IN_MEETING_OF.search(sentence)
        if in_meeting and not _is_when_word(in_meeting.group("who")):
            return in_meeting.group("who")  # "møte i Styret", not "møte i Oktober"
    if (" av " in lowered or " v/" in lowered) and \
            (passive := _passive_task(sentence, lowered) or
             _FUTURE_PASSIVE.search(lowered)):  # "… blir fulgt opp av X"
        agent = _AGENT.search(sentence) or \
            _AGENT_AFTER_VERB.match(sentence, passive.end())  # "… sendes av Otto til alle"
        who = _agent_as_written(agent.group("who")) if agent else ""
        if who and (who[:1].isupper() or who.split()[0].rstrip(".").casefold() in _ROLE_OWNERS):
            return who  # ("… følgd opp av rektor": a role in lower case)
    if facts & _COLON and ": " in sentence[:40]:
        lead, _colon, rest = sentence.partition(": ")
        if rest[:1].isupper() and len(lead.split()) <= 3:
            return responsible_of(rest)  # "Skatepark: Kommunedirektøren skal svare …"
    if " the " in lowered and (english := _ENGLISH_DOER.match(sentence)) and \
            is_first_name(english["who"].split()[0]):
        return english["who"]  # "Ingeborg Sand finalises the text …" (English minutes)
    if facts & _ENGLISH and (english := _ENGLISH_WILL.match(sentence)) and \
            _english_owner(english["who"], sentence):
        return english["who"]  # "John Smith will send the report by March 6."
    if " to " in lowered and (" the " in lowered or " by " in lowered) and \
            (english := _ENGLISH_TO_DO.match(sentence)) and _english_doers(english["who"]):
        return english["who"]  # "Secretariat to prepare a draft by 15 April." (an action
        # point's English: who, "to", the verb)
    return None


# An English action point: who, "to" and the verb ("Secretariat to prepare a draft outline
# by 15 April", "Kari Holm and Eva Lind to send the invitation by 1 May").
_ENGLISH_TO_DO = lazy_regex(r"^(?P<who>[A-ZÆØÅ][\w-]+(?:\s+(?:[A-ZÆØÅ][\w-]+|and|&)){0,6}?)"
                            r"\s+to\s+[a-z]{3,}\b")


def _english_doers(who: str) -> bool:
    """Whether the words before an action point's "to" name who does it: people by a first
    name ("Kari Holm and Eva Lind"), or one role or body of a word or two ("Secretariat",
    "Programme Operator", "LP secretariat")."""
    return is_first_name(who.split()[0].split("-")[0]) or \
        (len(who.split()) <= 2 and " and " not in who)


# Someone who will do a task in English-labelled minutes: a name or "the secretariat",
# "will", a verb ("Lena will contact the auditor.", "The secretariat will send …"); not
# "will be" / "will have" (what will come about) nor a hedge ("will try", "will consider").
_ENGLISH_WILL = lazy_regex(
    r"^(?P<who>[A-ZÆØÅ][\w-]+(?:\s+[A-ZÆØÅ][\w-]+){0,2}|the\s+(?:secretariat|secretary|"
    r"chair|board|network|group|committee))\s+will\s+(?:also\s+)?"
    r"(?!be\b|have\b|try\b|consider\b|look\b|continue\b|need\b|probably\b|not\b)[a-z]{3,}\b",
    re.I)


def _english_owner(who: str, sentence: str) -> bool:
    """Whether the subject before "will" names who does the task: a person by a first
    name, or a role or body ("The secretariat"); or an organisation by a name of two or
    three words when the sentence gives it a day to do it by ("Gmina Lipowo will prepare
    the Polish version by 30 June.", as the action point's "X to prepare … by <date>")."""
    return who[:4].casefold() == "the " or is_first_name(who.split()[0]) or \
        (" by " in sentence and " " in who and who.split(" ", 1)[0] not in _NO_OWNER_WORDS
         and _ENGLISH_BY_DAY.search(sentence) is not None)


# The capitalised words that open a sentence without naming who does something ("All
# Partners will …", "Next Year will …").
_NO_OWNER_WORDS = frozenset({"All", "Both", "Each", "Every", "Next", "This", "That", "These",
                             "Those", "Our", "Their", "Its", "Some", "Any", "No", "In", "On",
                             "At", "From", "After", "Before", "During"})
# A day to do it by, in English: "by 30 June", "by 1st May 2026", "by June 30", "by 15.4."
_ENGLISH_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|"
                  r"November|December)")
_ENGLISH_BY_DAY = lazy_regex(
    r"\bby\s+(?:(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?" + _ENGLISH_MONTH +
    r"|" + _ENGLISH_MONTH + r"\s+\d{1,2}\b|\d{1,2}\.\s?\d{1,2}\.|\d{4}-\d{2}-\d{2})")


# A person doing a task in English-labelled minutes: a name, a verb in -s, then "the"
# ("Ingeborg Sand finalises the text and sends it by 9 May").
_ENGLISH_DOER = lazy_regex(r"^(?P<who>[A-ZÆØÅ][\w-]+(?:\s+[A-ZÆØÅ][\w-]+){1,2})\s+"
                           r"[a-z]+s\s+the\b")


# A dash or a deadline word after who is responsible: "ansvar: Ola – frist 1.3."
_OWNER_END = lazy_regex(r"\s[-–]\s|\s(?:frist|innen|innan|senest|seinast)\b", re.I)


def _before_deadline(who: str) -> str:
    """The owner named after "ansvar:" without the deadline the same part goes on to
    ("Ola – frist 1.3." → "Ola"): who stops where the date's part begins."""
    if " " not in who:
        return who
    return _OWNER_END.split(who, maxsplit=1)[0].strip() or who


# The roles and bodies that may own a task when named alone after a dash or in brackets
# at its end ("Sende søknaden – Sekretariatet", "Følge opp kontrakten (kommunedirektøren)"):
# the body's own people, and the administration a body gives tasks to. A vocabulary, not
# any capitalised word: "Kontakte fylket – Hamar" names a place, not who does it.
_ROLE_OWNERS = frozenset(_BODY_SUBJECTS | {
    "kommunedirektøren", "kommunedirektør", "rådmannen", "rådmann", "rådmenn",
    "ordføreren", "ordføraren", "styrelederen", "styreleiaren", "nestlederen", "nestleiaren",
    "kassereren", "kasseraren", "referent", "referenten", "møteleder", "møteleiar",
    "sekretariat", "sekretariatsleder", "sekretariatsleiar", "koordinator", "koordinatoren",
    "administrasjonssjef", "administrasjonssjefen", "regionrådsleder", "regionrådsleiar",
    # the administration's leaders and groups a regional council gives tasks to
    "rektor", "rektoren", "kommunedirektørene", "kommunedirektørane", "rådmennene",
    "rådmannsgruppa", "rådmannsgruppen", "kommunedirektørgruppa",
    "kommunedirektørgruppen", "prosjektlederen", "prosjektleiaren",
    "kommunene", "kommunane", "medlemmene", "medlemene", "medlemskommunene",
    "medlemskommunane", "arbeidsgruppa", "arbeidsgruppen", "styringsgruppa",
    "styringsgruppen", "faggruppa", "faggruppen", "alle", "hver", "kvar", "adm", "sekr",
    # a housing cooperative's or an association's hired help and auditor
    "forretningsfører", "forretningsførar", "revisor", "vaktmester", "vaktmeister",
    "styreleiar",
    # a regional council's own staff, by the title the cooperation gives its head or
    # coordinator ("Regionkoordinator lagar eit notat innan 15. september.")
    "regionkoordinator", "regionkoordinatoren", "regionsjef", "regionsjefen",
    "regiondirektør", "regiondirektøren",
    # a church council's staff, who carry out what the fellesråd or sokneråd decides
    # ("Kirkevergen sender søknad til kommunen …", "Prosten kallar inn …")
    "kirkevergen", "kirkeverge", "kyrkjeverja", "kyrkjeverje", "kirkevergene",
    "kyrkjeverjene", "prosten", "prost", "soknepresten", "sokneprest"})
# The owners above that only quantify the noun after them ("hver kommune", "alle
# medlemmene"): an owner alone, never the first word of a longer one.
_QUANTIFIER_OWNERS = frozenset({"alle", "hver", "kvar"})
# What a body asks that someone does by a date: "Kontrollutvalget ber om at
# kommunedirektøren gir en redegjørelse innen 1. juni.", nynorsk "Rådet bed om at
# kommunane gjev tilbakemelding innan 1. mai." – whatever the verb, the one named after
# "at" (a name, or a definite noun: "kommunedirektøren", "revisjonen", "kommunene") has a
# follow-up by the date; without a date it stays the body's request alone.
# (a name, or two joined by "og": "… om at Nordby kommune og Sørby kommune sender …")
_ASKED_NAMED = (r"(?-i:[A-ZÆØÅ])[\w-]*(?:\s+(?-i:[A-ZÆØÅ])[\w-]*){0,2}"
                r"(?:\s+(?:kommune|fylkeskommune|regionråd|kommunerevisjon|revisjon))?")
_ROLE_ALTERNATION = "|".join(sorted(_ROLE_OWNERS - _QUANTIFIER_OWNERS, key=lambda w: (-len(w), w)))
# Whom a body asks that something be done ("ber IMDi om at …", "bad Bufetat om at …"):
# the name, capitalised, between the asking verb and "om at" (not an adverb: "ber også
# om at …" names no one).
_ASKED_WHOM_THAT = lazy_regex(r"\b(?:ber|bed|ba|bad)\s+"
                              r"(?P<who>[A-ZÆØÅ][\w/-]*(?:\s+[\w/-]+){0,2}?)\s+om\s+at\b")
_ASKED_THAT_BY_DATE = lazy_regex(
    r"\b(?:ber|bed|ba|bad)\s+om\s+at\s+(?!(?:det|dette|den|denne|dei|de|desse|disse)\s)"
    r"(?P<who>" + _ASKED_NAMED + r"(?:\s+og\s+" + _ASKED_NAMED + r")?|"
    r"(?:dagleg|daglig)\s+(?:leiar|leder)|"
    # every member, the quantifier with its noun: "… bed om at kvar kommune rapporterer
    # restansane innan 15. desember", "… om at alle skolene sender …"
    r"(?:hver|kvar|alle)\s+[a-zæøå][\w-]{3,}|"
    # a role without its article, from the one list of owner roles: "… ber om at
    # forretningsfører sender …" (not "alle", "hver" alone: their noun is no verb)
    + _ROLE_ALTERNATION + r"|"
    r"[a-zæøå][\w-]*(?:en|et|a|ne))\s+"
    r"(?:(?:skal|må|vil)\s+)?(?!ikke\b|ikkje\b|blir\b|vert\b|er\b|var\b|har\b|kan\b|bør\b|"
    # (nor a preposition, the noun's phrase going on: "… om at retningslinja for
    # heimebesøk vert gått gjennom …" names a thing done, a passive, no one asked; "… om at
    # kartet over løypene vert oppdatert før utsending" the same)
    r"for\b|til\b|av\b|på\b|med\b|fra\b|frå\b|ved\b|om\b|som\b|og\b|over\b)"
    r"[a-zæøå]+[a-rt-zæøå]\b", re.I)  # (not a passive: "… at saken legges fram …")


# A role alone in brackets at the end, lower-cased: "Sende referatet (sekretariatet)".
# (also before the deadline after it: "Avklare finansiering (kommunedirektørene), frist 1.4.",
# and after a dash: "Bestille grunnundersøkelse (TF) – innen utgangen av mars", "… – uke 12")
_AFTER_BRACKET_DEADLINE = (r"(?:(?:,|\s[–-])?\s*(?i:frist|innen|innan|senest|seinast|uke|veke|"
                           r"til\s+neste)\b[^()]*)?")
_ROLE_BRACKETS = lazy_regex(r"\((?P<who>[a-zæøå]+(?:\s+[a-zæøå]+)?)\)"
                            + _AFTER_BRACKET_DEADLINE + r"\W*$")


def _role_in_brackets(sentence: str) -> re.Match[str] | None:
    """The role in brackets that ends a task, when it is one of the owner roles (a
    capitalised owner is ``_TRAILING_OWNER``'s)."""
    found = _ROLE_BRACKETS.search(sentence)
    if found and (found["who"] in _ROLE_OWNERS or found["who"] in ("daglig leder",
                                                                   "dagleg leiar") or
                  _all_of(found["who"])):  # "(alle kommunene)", "(hver kommune)"
        return found
    return None


_DASH_SPLIT = lazy_regex(r"\s[–-]\s")  # a topic before a dash, then the task
_OWNERS_JOINED = lazy_regex(r"\s*,\s*|\s+(?:og|&)\s+|\s*/\s*")


# A deadline after an arrow's owner: "→ Per, innen 1. april", "→ Kari – 1.4."
_AFTER_OWNER = lazy_regex(r"\s*(?:,\s*|\s[–-]\s*)(?=(?i:innen|innan|frist|senest|seinast|"
                          r"snarest|\d))")


def _arrowed_owner(text: str) -> str | None:
    """Who an arrow points to when that is all its line says ("Kari", "KH/PD, innen
    1.4."): the whole text after the arrow, when it names who and perhaps by when."""
    who = _AFTER_OWNER.split(text.strip().rstrip(". "), 1)[0]
    if not who or len(who) > 40 or not _only_owners(who):
        return None
    return text.strip().rstrip(".")


def _only_owners(who: str) -> bool:
    """Whether the words name who and nothing more: "Kari og Per", "KH/PD", "Daglig
    leder", "sekretariatet" ("Per kontakter Vaktmester AS" is a task of its own)."""
    if _every_member(who):
        return True  # "→ alle kommunene", "→ hver kommune"
    if not _owners_after_dash(who):
        return False
    return _role_only(who) or all(word[:1].isupper() or word in ("og", "&")
                                  for word in who.split())


# The members one by one, as a noun after "hver" / "kvar" ("hver kommune", "kvar skule")
_EACH_MEMBER_NOUNS = frozenset(("kommune", "medlem", "medlemskommune", "skole", "skule",
                                "region", "lag", "forening", "foreining", "virksomhet",
                                "verksemd", "enhet", "eining", "deltaker", "deltakar"))


def _every_member(who: str) -> bool:
    """Whether the words are the body's members all together or each one ("alle
    kommunene", "kommunane", "hver kommune", "alle medlemmene", "alle"): they own a task
    pointed to them as a person does, though the words are no name."""
    words = who.casefold().split()
    if len(words) == 1:
        return words[0] in _MEMBER_GROUPS or words[0] == "alle"
    return len(words) == 2 and words[0] in _ALL_OF and (
        words[1] in _MEMBER_GROUPS or words[1] in _EACH_MEMBER_NOUNS or
        words[1].endswith(("ene", "ane")))


# The arrows a line points its task to who does it with: the sign, and as typed with a
# hyphen, an en dash (a word processor's "->" turned "–>") or an equals sign.
_TYPED_ARROWS = ("→", "->", "–>", "=>")
# The owner label an arrow may point to before who: "… –> Ansvar: Kari", "… -> ansv. Per"
_OWNER_LABEL_AFTER_ARROW = lazy_regex(r"^(?i:ansvarlege?|ansvarlig|ansvar|ansv)\.?\s*:?\s*"
                                      r"(?=[A-ZÆØÅa-zæøå])")


def _task_to_arrowed_owner(text: str, due_date: Callable[[str], str | None]) -> Action | None:
    """A line that points a task to who does it ("Leie lydanlegg → KH", "Sende invitasjon
    -> Per, innen 1. april", "Lage oversikt –> Ansvar: Kari") as that task with its owner
    and due date, or None when the words after the arrow name no one (a result: "Søknad
    sendt → innvilget")."""
    for arrow in _TYPED_ARROWS:
        task, found, owner = text.rpartition(f" {arrow} ")
        if found and task.strip():
            owner = _OWNER_LABEL_AFTER_ARROW.sub("", owner.strip(), count=1)
            who = _AFTER_OWNER.split(owner.rstrip(". "), 1)[0]
            if who and len(who) <= 40 and _only_owners(who):
                return Action(text=text.strip(), responsible=who, due=due_date(text))
    return None


def _owned_after_dash(sentence: str) -> bool:
    """Whether a list entry names who does it after a dash ("Oppdatere rutiner – Kari Holm
    – 01.06.2026 – Rød"): a follow-up list's row, a task also under a lead ("Status per
    punkt:") whose other entries may be points told."""
    return ("–" in sentence or " - " in sentence) and \
        (dashed := _DASH_OWNER.search(sentence)) is not None and \
        _owners_after_dash(dashed.group("who").rstrip("."))


def _owners_after_dash(who: str) -> bool:
    """Whether the words after a task's dash name who does it: each of them a first name
    ("Ola", "Kari og Per"), an owner role ("sekretariatet", "Daglig leder") or initials
    ("KH/PD"); a place ("Kontakte fylket – Hamar") names no one."""
    parts = _OWNERS_JOINED.split(who)
    return all(part.strip() for part in parts) and \
        all(is_first_name(part.split()[0]) or
            part.split()[0].rstrip(".").casefold() in _ROLE_OWNERS or
            bool(_INITIALS.fullmatch(part.rstrip(".")))
            for part in parts)
# A person's initials, as minutes put them after a task: "Kontakte grunneiere – PL"; with
# a small letter between where two share the capitals ("EaS", "OlN", "KjH"), as brackets
# already give them ("Lage budsjett (OlN)").
_INITIALS = lazy_regex(r"[A-ZÆØÅ](?:[a-zæøå]?[A-ZÆØÅ]){1,3}")


# Who a task bullet names after a dash at its end, before any deadline: "Bestille lokale –
# Ola, innen 1. mars", "Sende referat - sekretariatet".
# (also "Sende søknad – Kari – 1. mars": who, then the deadline after a second dash)
# (a role of two words, "– Daglig leder", and a body with the person in it who does it:
# "– Sekretariatet v/ Anne Sæle")
_BY_WHOM = r"(?:\s+v/\s*[A-ZÆØÅ][\w.-]*(?:\s+[A-ZÆØÅ][\w.-]*){0,2})?"
# (two or more who share it: "– Kari og Per", "– Kari Holm og Per Dahl", "– KH/PD", "– AU
# og sekretariatet")
# (and a deadline in words after the second dash: "– Kari – snarest", "– AU – før
# sommeren", "– Per – uke 12", "– Ola – Q2 2026", "– Siri – løpende"; only a date there
# gives the task its due date)
_DASH_DEADLINE_WORDS = (r"(?i:snarest|straks|asap|løpende|fortløpende|fortløpande|kontinuerlig|"
                        r"innen|innan|frist|før|senest|seinast|uke|veke|q[1-4]|neste|"
                        # (a when of words: "– MH – til neste møte", "– KA – i løpet av mai")
                        r"til\s+neste|i\s+løpet|i\s+uke|i\s+veke|medio|ultimo|primo|"
                        + "|".join(dates.MONTH_NAMES) + ")")
_DASH_OWNER = lazy_regex(r"\s[–-]\s+(?P<who>(?:(?i:daglig|dagleg)\s+(?:leder|leiar)|"
                         r"[A-ZÆØÅ][\w.-]*(?:\s+[A-ZÆØÅ][\w.-]*){0,2}"
                         r"(?:(?:\s*,\s*|\s+(?:og|&)\s+|\s*/\s*)"
                         r"(?:[A-ZÆØÅ][\w.-]*(?:\s+[A-ZÆØÅ][\w.-]*){0,2}|[a-zæøå]+)){0,3}|"
                         rf"[a-zæøå]+){_BY_WHOM})\s*(?:,\s*(?:innen|innan|frist)\b[^–]*|"
                         # (the deadline straight after who: "– sekretariatet innen 15.03.")
                         r"\s(?:innen|innan|senest|seinast|frist:?)\s+\d{1,2}[./][^–]*|"
                         # (an English day: "– HS – 1 October 2026")
                         r"\s[–-]\s+(?:(?:(?:innen|innan|frist:?)\s+)?"
                         r"\d{1,2}(?:\.|\s(?-i:[A-Z])[a-z]{2,8}\b)|"
                         rf"{_DASH_DEADLINE_WORDS}\b)[^–]*)?"
                         # a register's open status closing the entry: "Sende program –
                         # HS – 01.05 – Åpen", "… – KO – uke 14 – ikke startet", or its
                         # traffic light ("– Rød", "– Gul"; see ``_STATUS_LIGHTS``)
                         r"(?:\s[–-]\s+(?i:" + "|".join(sorted(_OPEN_STATUS)) + "|" +
                         "|".join(sorted(_STATUS_LIGHTS)) + r")(?:\s+[a-zæøå]+)?)?[.!]?$")


# Who does a passive task: "… følges opp av sekretariatet.", "… sendes av Kari Holm.",
# "… følgt opp av dagleg leiar", also before its deadline ("… av Per innen 1. mars.")
# (several: "… av styreleder og daglig leder", "… av Kari og Per"; a short role, "… av
# adm."; "by" whom, "Følges opp v/ sekretariatet"; and with whom they work, "… av
# sekretariatet i samarbeid med kommunene")
_AGENT_ONE = (r"(?:[A-ZÆØÅ][\w.-]*(?:\s+[A-ZÆØÅ][\w.-]*){0,2}|(?:daglig|dagleg)\s+(?:leder|leiar)|"
              r"[a-zæøå]+\.?)")
_AGENT = lazy_regex(rf"\s(?:av\s+|v/\s*)(?P<who>{_AGENT_ONE}(?:(?:\s*,\s*|\s+(?:og|&)\s+)"
                    rf"{_AGENT_ONE}){{0,2}})"
                    r"(?:\s+(?:i\s+samarbeid\s+med|sammen\s+med|saman\s+med)\s[^!?]*?)?"
                    # (and its deadline: "… av kommunene før neste møte", "… innan mai")
                    r"(?:,?\s+(?:innen|innan|senest|seinast|frist|før|i\s+løpet\s+av)\b"
                    r"[^!?]*?)?\s*[.!]?$")


def _agent_as_written(who: str) -> str:
    """The agent of a passive task without the sentence's full stop, which a short role
    keeps as its own ("… følges opp av adm." → "adm.")."""
    bare = who.rstrip(".")
    return who if bare.casefold() in _SHORT_ROLES and who.endswith(".") else bare


_SHORT_ROLES = frozenset(("adm", "sekr", "sekr.leder"))


# The agent right after the passive verb: "Info-epost sendes av Otto til alle medlemmer",
# also two named together: "Utkastet bearbeides av Eva Strand og Jorunn Aas og legges fram …"
# (several, listed with commas before the last "og": "Evalueringen gjøres av KH, SR og PV
# i uke 13")
_AGENT_NAME = r"[A-ZÆØÅ][\w.-]*(?:\s+[A-ZÆØÅ][\w.-]*){0,2}"
_AGENT_AFTER_VERB = lazy_regex(rf"\s+av\s+(?P<who>{_AGENT_NAME}(?:(?:\s*,\s*{_AGENT_NAME}){{0,3}}"
                               rf"\s+og\s+{_AGENT_NAME})?)\b")


def _passive_word_at(sentence: str, start: int) -> bool:
    """Whether the verb at ``start`` is in the s-passive ("skal behandles"): the subject
    before the modal is then what is done, not who does it."""
    words = sentence[start:].split(maxsplit=3)
    while words and words[0].casefold() in _ADVERBS:  # "skal også sendes"
        words = words[1:]
    word = words[0].rstrip(".,;:").casefold() if words else ""
    return word == "tas" or (len(word) > 4 and word.endswith(("es", "ast")))


# The writers themselves as a task's subject, bokmål "Vi" and nynorsk "Me": "Vi sender ut
# invitasjon innen 15. april.", "Me sender søknaden innan 1. mai." – the body or its
# secretariat writing, a one-off task when a deadline binds it, its owner unnamed (a
# pronoun names no one the record can hold). Without a deadline "Vi ser på saken", "Me
# lagar eit opplegg" is an intention told, not a follow-up.
_WRITERS_WE = frozenset(("vi", "me"))


def _writers_verb(sentence: str, lowered: str) -> bool:
    """Whether a task verb follows right after the "Vi"/"Me" (``_WRITERS_WE``) that leads
    the sentence: the writers' own task, a task only with a deadline."""
    verb = _TASK_VERB_RE.search_lowered(sentence, lowered)
    return verb is not None and verb.start() == 3


# A request in the passive with a participle after it: "Innspill bes sendt til
# sekretariatet innen 1. mars.", "Skjemaet bes levert på kontoret.", "Saka bes oversendt
# kommunen." – the subject is what is to be sent, and the receiver ("til sekretariatet")
# is not who sends it: a passive task, no one named. With the infinitive the subject is
# who is asked ("Kommunene bes sende innspill …", "Daglig leder bes utarbeide …").
_ASKED_WORDS = frozenset(("bes", "bedt", "beden", "bedne", "bede", "bedd"))
_NOT_PARTICIPLES = frozenset(("snart", "først", "fyrst", "straks", "selv", "sjølv", "derfor"))


def _asked_done(future: re.Match[str], sentence: str) -> bool:
    """Whether ``future`` (a ``_FUTURE_SUBJECT`` match) is "bes"/"bedt" with a past
    participle after it ("bes sendt", "bes levert", "bes oversendt"): what is asked to be
    done is the subject, so the sentence names no one who does it."""
    asking = future.group(0).split()
    if not asking or asking[-1].casefold() not in _ASKED_WORDS:
        return False  # ("bes om å sende", "bes sende": who is asked does it)
    words = sentence[future.end():].split(maxsplit=3)
    while words and words[0].casefold() in _ADVERBS:  # "bes snarest sendt"
        words = words[1:]
    word = words[0].rstrip(".,;:").casefold() if words else ""
    return len(word) > 3 and word.endswith(("t", "d")) and word not in _NOT_PARTICIPLES


def _asked_agent(sentence: str, start: int) -> str | None:
    """Who a passive request names as doing it after "av" ("… bes utredet av
    administrasjonen", "… bes sendt av Kari Holm"): a name or a role, else None."""
    agent = _AGENT.search(sentence, start)
    who = _agent_as_written(agent.group("who")) if agent else ""
    if who and (who[:1].isupper() or who.split()[0].rstrip(".").casefold() in _ROLE_OWNERS):
        return who
    return None


_ADVERBS = frozenset(("også", "og", "òg", "snarest", "straks", "derfor", "deretter", "nå", "no",
                      "fortsatt", "framleis", "heller"))


# The body itself entering an agreement, in the present a vedtak is written in: "Styret
# inngår avtale med Byggservice AS for to år.", "Styret gjør avtale med Nordre Brøyt AS.",
# nynorsk "Styret gjer avtale med …", "Rådet inngår kontrakt med …" – the act done by
# deciding, no errand after the meeting (a person doing it, "Styreleder inngår avtale med
# leverandøren.", signs for the body: a task; so does a second clause, "…, og leder
# signerer innen 1. mars.")
_BODY_ENTERS_AGREEMENT = lazy_regex(
    rf"^(?:[\wæøå-]*{_BODY_NOUN}|møtet)\s+(?:inngår|gjør|gjer)\s+"
    r"(?:en\s+|ei\s+|eit\s+|et\s+)?"
    r"(?:ny\s+|nye\s+)?[\wæøå-]*(?:avtale|kontrakt)\w*\b[^,;]*$")
# A verb of talk with the question talked about right after it: "Nettverket drøfta
# korleis kommunane følgjer opp ungdom", "Styret diskuterte om vaktmester skal bestille
# …", "Vi snakket om hvem som sender innkallingen": the task verb inside the question is
# no errand given (a task in a clause of its own after a comma or ";" still is one).
_TALKED_HOW = lazy_regex(
    r"\b(?:drøft(?:a|e|et|er|ar)|diskuter(?:te|er|t)|snakk(?:a|et|er|ar)(?:\s+om)?)\s+"
    r"(?:også\s+|òg\s+|så\s+|litt\s+)?"
    r"(?:hvordan|korleis|om|hva|kva|hvem|kven|hvorvidt|hvilke|hvilken|kva\s+for)\s[^,;]*$")
_ANSVAR_WORD = lazy_regex(r"\bansv", re.I)
# "Fotballstyret: Rydder kontor i klubbhuset.": who, then a task in the present tense.
_OWNER_COLON_VERB = lazy_regex(r"^(?P<who>[A-ZÆØÅ][\w-]+(?:\s+[A-ZÆØÅ][\w-]+){0,2})\s*:\s+"
                               # not a speaker's view: "Jan: Støtter forslaget."
                               r"(?!(?i:støtter|støttar|mener|meiner|synes|syns|tror|trur|"
                               r"ønsker|ønskjer|foreslår|lurer|lurar|spør|svarer|svarar|"
                               # nor a speaker's remark on the case, as a planning forum
                               # lists each agency's "Innspill:" ("Vegvesenet: Viser til
                               # …", "NVE: Minner om flaumfare", "Peker på …")
                               r"viser|peker|peikar|minner|påpeker|påpeikar|understreker|"
                               r"understrekar|etterlyser|anbefaler|anbefalar|"
                               r"presiserer|presiserar|kommenterer|kommenterar|savner|saknar|"
                               # nor a member's report of how things stand: "Bremnes:
                               # Sliter med rekruttering.", "Ulvik: Arbeider med planen."
                               r"jobber|jobbar|arbeider|arbeidar|sliter|mangler|manglar|"
                               r"venter|ventar|opplever|erfarer|erfarar|"
                               r"planlegger|"
                               # nor a topic's schedule: "Rapportering: hver tredje uke.",
                               # "Møte: kvar fjerde veke" (no verb in "-er", "-ar" at all)
                               r"hver|annenhver|kvar|annakvar|etter|over|under|senere|"
                               r"seinare|tidligere|tidlegare)\b)"
                               r"[A-ZÆØÅ]?[a-zæøå]+(?:er|ar)\s+[\wæøå]")
# Labels that look like that: "Vedtak: Styret …", "Status: Arbeidet går …".
_NOT_OWNERS = {"vedtak", "konklusjon", "merknad", "merknader", "tema", "sak", "status",
               "forslag", "innstilling", "kommentar", "kommentarer", "info", "orientering",
               "oppfølging", "behandling", "bakgrunn", "saksopplysninger", "diskusjon",
               "referat", "ansvar", "frist", "innspill", "innspel", "oppsummering",
               # a case's steps before its vedtak: "Habilitet: Gunnar Strøm ble erklært
               # inhabil", "Votering: …" (a first name in "-ar" is no verb)
               "habilitet", "inhabilitet", "votering", "avstemning", "avrøysting",
               "røysting",
               # who presented the case, heading its text: "Innleiar: arealplanleggjar
               # Kari Vik, Vik kommune" (a title in "-ar" is no verb)
               "innleiar", "innleder", "innledar", "innleiarar", "innledere",
               "foredragsholder", "foredragshaldar", "møteleiar", "møteleder", "referent"}
# A task in the infinitive, as a follow-up entry states it: "(Jon Moe:) Bestille lokale".
_TASK_INFINITIVE = (r"(?i:sende|lage|utarbeide|kalle\s+inn|invitere|oppdatere|sjekke|"
                    r"undersøke|avklare|booke|bestille|forberede|skrive|ferdigstille|kontakte|"
                    r"ta\s+kontakt|følge\s+opp|distribuere|publisere|"
                    # (the errands of project groups' registers: "Innhente tilbud", "Gå
                    # gjennom rutinen", "Informere rådmannsutvalget", "Utlyse stillinger")
                    r"informere|innhente|gå\s+gjennom|gjennomgå|vurdere|utlyse|justere|"
                    r"kartlegge|planlegge|koordinere|revidere|innkalle|skaffe|melde\s+inn|"
                    r"legge\s+fram|sette\s+opp)\b")
_TASK_INFINITIVE_AT = lazy_regex(_TASK_INFINITIVE)
# A follow-up list entry that starts with who does it: "Ola Dahl og Per Lie: forberede …".
# (also the members, each or all: "Hver kommune: sende inn tall …", "Alle kommunane: …")
_OWNER_FIRST = lazy_regex(
    r"^(?P<who>(?:[A-ZÆØÅ][\w.-]*(?:\s+[A-ZÆØÅ][\w.-]*){0,3}|"
    r"(?:Alle|Hver|Kvar)\s+(?:[a-zæøå]+(?:ene|ane)|kommune|medlem|medlemskommune|skole|skule))"
    r"(?:\s*(?:,|og|&)\s*[A-ZÆØÅ][\w.-]*(?:\s+[A-ZÆØÅ][\w.-]*){0,3})*)\s*(?::|\s[–-])\s+"
    r"(?=[a-zæøå]|[A-ZÆØÅ][a-zæøå]+(?:er|ar)\s|"
    # a task in the infinitive, capitalised: "Jon Moe: Bestille lokale innen 1. mars."
    r"(?P<infinitive>" + _TASK_INFINITIVE + "))")


# A follow-up entry's own label before who does it: "Aksjon KH: kontakte …", "Tiltak
# Kari Holm: sende …", "Oppgåve PD: …" (the label says what the line is, the rest who)
_ACTION_LABEL_BEFORE_OWNER = lazy_regex(r"^(?:Aksjon|Tiltak|Oppgave|Oppgåve|Action)\s+"
                                        r"(?P<who>\S.*?)\s*$")


def _owner_then_infinitive(sentence: str) -> bool:
    """Whether a sentence is a named owner, a colon or a dash and a task in the infinitive
    ("Kari Nes: sende ut invitasjon", "KH: Oppdatere nettsiden", "Per – bestille buss"): a
    follow-up entry even outside a follow-up list (a topic before the colon, "Julemøte:
    Bestille lokale", is not who)."""
    owner = _OWNER_FIRST.match(sentence)
    if not owner:
        return False
    who = owner.group("who").strip()
    return (_named_owner(who) or bool(_INITIALS.fullmatch(who))) and \
        _TASK_INFINITIVE_AT.match(sentence, owner.end()) is not None


def _named_owner(who: str) -> bool:
    """Whether the words before a colon name a person or a body ("Jon Moe", "Sekretariatet")
    rather than a topic ("Julemøte")."""
    first = who.split()[0]
    return is_first_name(first) or first.casefold() in _BODY_SUBJECTS
# A follow-up entry that is only who and by when: "Sekretariatet (innen 1. mars)".
_LONE_OWNER = lazy_regex(r"^(?P<who>[A-ZÆØÅ][\w.-]*(?:\s+[A-ZÆØÅ][\w.-]*){0,3})\s*"
                         r"\((?:(?:innen|innan|frist|før)\b[^()]*|" + _WEEK_DUE + r")\)\W*$")
# "… (Siri Aas)." or "… (Rein og Alex)" at the end of a task entry names who does it
# (also initials joined by a slash: "(OD/PL)").
# (also with its deadline after a comma: "Lage invitasjon (Kari, 1.3.)", "(Per, innen 15.2.)",
# or a deadline that names no day: "(PL, uke 15)", "(EH, før neste møte)", "(PL, løpende)")
_TRAILING_OWNER = lazy_regex(r"\((?P<who>[A-ZÆØÅ][\w.-]*"
                             r"(?:(?:\s+(?:og\s+)?|\s*/\s*)[A-ZÆØÅ][\w.-]*){0,3}" + _BY_WHOM + ")"
                             r"(?:,\s*(?:(?:innen|innan|frist:?)\s+)?(?:\d{1,2}\.[^()]*|"
                             + _WEEK_DUE + r"|(?i:(?:før|til)\s+neste\s+møte|løpende|løpande|"
                             r"fortløpende|fortløpande|snarest)))?\)"
                             + _AFTER_BRACKET_DEADLINE + r"\W*$")

# Short finite verbs that end a subject ("Kontrollutvalget tar rapporten … og sender …").
_SHORT_VERBS = {"tar", "tok", "er", "var", "har", "hadde", "ble", "blir", "går", "gikk",
                "gjør", "får", "fikk", "ser", "la", "legger", "gir", "ga",
                # nynorsk
                "tek", "gjer", "fekk", "vert", "vart", "gjev", "gav", "legg"}


# Role nouns that end as verbs do ("Daglig leder v/ Per Dahl sender …" is one subject).
_ROLE_NOUNS = frozenset(("leder", "leiar"))


# The small words that link a subject to its place or parent ("Voksenopplæringa i Molde",
# "NAV-kontoret på Gol"): no verb of the subject.
_PLACE_LINKS = frozenset(("i", "på", "ved", "for", "fra", "frå"))


def _joined_verb_phrase(words: list[str]) -> bool:
    """Whether the words before a task verb are a subject and a verb phrase of its own
    joined to the task's by "og", a time or place in it ("Voksenopplæringa i Molde tester
    kurset i mai og deler …"): longer than a subject alone, ``_trim_subject`` ends the
    subject at the first verb. A date names the time as well as "i mai" does ("Line Haugom
    inviterte til konferansen 14. mai og sender …")."""
    return len(words) <= 10 and words[-1] == "og" and words[0][:1].isupper() and \
        any(word in _TIME_OR_PLACE_LINKS or _day_of_month(words, i)
            for i, word in enumerate(words[2:-1], 2))


def _day_of_month(words: list[str], at: int) -> bool:
    """Whether the word at ``at`` is a month's name after a day's number ("14. mai",
    "3. juni"): a date inside the words."""
    day = words[at - 1]
    return day[:1].isdigit() and day.rstrip(".").isdigit() and \
        words[at].rstrip(",.").casefold() in dates.MONTHS


# The words that open a time or a place inside a verb phrase ("tester kurset i mai",
# "held kurs på Gol"): "Utvalet slutter seg til rådet og sender …" has none, and is
# left to the body's own act.
_TIME_OR_PLACE_LINKS = frozenset(("i", "på"))


def _trim_subject(who: str) -> str:
    """A subject without a trailing adverbial ("Sekretariatet vil på bakgrunn av …") and
    without the seat in brackets after a name ("Kari Holm (leder) sender …")."""
    if who.endswith(")") and "(" in who and who.index("(") > 0:
        who = who[:who.index("(")].rstrip()
    words = who.split()
    if len(words) > 2 and words[-1] in ("og", "men"):
        # "Rådet drøftet planen og vil gi en uttale": a verb phrase joined to the task's,
        # so the subject ends at the first verb after it
        # (not the "i" of a place in the subject: "Voksenopplæringa i Molde tester …")
        words = words[:next((i for i, w in enumerate(words[:-1]) if i and w.islower()
                             and w not in _ROLE_NOUNS and w not in _PLACE_LINKS
                             and words[i - 1][:1].isupper()),
                            len(words) - 1)]
    keep = _body_of_organisation(words)
    cut = next((i for i, w in enumerate(words) if i >= keep and (
        w.casefold() in {"på", "i", "etter", "innen", "før", "også", "derfor", "nå", "da"}
        or (w.casefold() in _SHORT_VERBS and words[i - 1][:1].isupper())
        or (w.islower() and len(w) >= 5 and w.endswith(("er", "ar")) and i + 1 < len(words)
            and w not in _ROLE_NOUNS
            and words[i - 1][:1].isupper()))), len(words))
    # "Jørgen Moen innarbeider innspillene og sender …": a verb ends the subject
    # (and the comma after an apposition goes: "Daglig leder, Jon Moe, sender …")
    return " ".join(words[:cut]).rstrip(",;")


def _without_title(words: list[str]) -> str:
    """A subject without the job title before a person's full name ("Rektor Per Lie
    følgjer opp …" → "Per Lie"): the owner is the person, named as the participants
    are, without titles; a title alone ("Rektor sender …") is the owner as written."""
    if 3 <= len(words) <= 4 and words[1][:1].isupper() and is_first_name(words[1]) and \
            all(word[:1].isupper() for word in words[2:]) and is_job_title(words[0]):
        return " ".join(words[1:])
    return " ".join(words)


_OFFICE_ENDINGS = ("kontoret", *SERVICE_NAME_ENDINGS)
# Institutions named by their place as an office is: "Universitetet i Agder", "Sykehuset i
# Vestfold", "Høgskolen i Innlandet" (the place is part of the name, not where the task is).
_INSTITUTIONS_BY_PLACE = frozenset({"universitetet", "høgskolen", "høgskulen", "høyskolen",
                                    "sykehuset", "sjukehuset"})


def _body_of_organisation(words: list[str]) -> int:
    """How many words of a subject name a body by its organisation ("Styret i
    velforeningen", "Arbeidsutvalget i Åsen Vel", "Valgkomiteen i idrettslaget"): the
    body as the minutes name it owns the task, not "Styret" alone, which would read as
    the minutes' own board; an office by its place too ("Innkjøpskontoret i Larvik"). 1
    when the subject is no such body ("Sekretariatet vil i løpet av …" is cut at "i" as
    before)."""
    if len(words) < 3 or words[1] != "i" or not words[0][:1].isupper():
        return 1
    if words[0].casefold() in _ROLE_OWNERS and words[2][:1].isupper() and \
            words[2].isalpha() and words[2].casefold() not in dates.MONTHS:
        return 3  # "Kyrkjeverja i Alver sender …": among several municipalities' officers,
        # the place says whose (not "Kirkevergen i dag", nor "… i Mars")
    # "Innkjøpskontoret i Larvik", a service by its place: "Voksenopplæringa i Molde";
    # the state's office in a county by its county ("Statsforvaltaren i Trøndelag"); a
    # staff unit by its short name in capitals at one member ("HR i Hadsel koordinerer
    # …", "IKT i Sortland")
    first = words[0].casefold()
    office = first.endswith(_OFFICE_ENDINGS) or first.startswith(_COUNTY_OFFICES) or (
        first in _INSTITUTIONS_BY_PLACE) or (
        words[0].isupper() and 2 <= len(words[0]) <= 4 and words[0].isalpha())
    if not office and not first.endswith(BODY_WORD_ENDINGS):
        return 1
    org = words[2]
    if org[:1].isupper() and org.isalpha() and org.casefold() not in dates.MONTHS:
        end = 3  # (not a month written in capitals: "Styret i Mars sender …")
        while end < len(words) and ((words[end][:1].isupper() and words[end].isalpha()) or
                                    (words[end] == "og" and end + 1 < len(words) and
                                     words[end + 1][:1].isupper())):
            end += 1  # "Åsen Vel", "Nordby Idrettslag", "Møre og Romsdal"
        return end
    if office:
        return 1  # (an office's own place names it: "Servicekontoret i Larvik", not "… i dag")
    if len(words) > 3 and words[3] == "med":
        return 1  # "Styret i samarbeid med kommunen …": how, not whose
    return 3 if org.casefold().endswith(_ORGANISATION_OR_CLUB) else 1


# The state's offices named by their county: "Statsforvaltaren i Vestland", "Fylkesmannen
# i Nordland".
_COUNTY_OFFICES = ("statsforvalt", "fylkesmann")
# An organisation's word, or a club's or co-owners' ("velforeningen", "idrettslaget", "sameiet").
_ORGANISATION_OR_CLUB = (*ORGANISATION_ENDINGS, "laget", "lag", "sameiet", "sameiget")


def make_action(sentence: str, due_date: Callable[[str], str | None],
                explicit: bool = False) -> Action:
    """An action from its sentence: text as written, responsible and due date."""
    written = _task_as_written(sentence)
    owner = responsible_of(written)  # (before an owner label goes: it may name the owner)
    text = _without_owner_label(written, owner)
    return Action(text, owner, due_date(text))  # (by position: text, responsible, due)


# An owner label opening a task's line: "Ansvar: ", "Ansvarleg: ", "Ansv.: ".
_OWNER_LABEL_OF_SENTENCE = lazy_regex(_OWNER_LABEL + r"\s*:\s*", re.I)


def _without_owner_label(text: str, owner: str | None) -> str:
    """The task without its owner label when the label's value is the task's own sentence,
    the ``owner`` its subject ("Ansvar: Kari Holm følger opp saken." → "Kari Holm følger opp
    saken."): the label only says who, and the sentence already does. A value that is not
    a sentence of its own keeps the label ("Ansvar: HN – Informere …", "Ansvar: Kari")."""
    if not owner or text[:4].lower() != "ansv" or \
            (label := _OWNER_LABEL_OF_SENTENCE.match(text)) is None:
        return text
    rest = text[label.end():]
    after = rest[len(owner):] if rest.startswith(owner) else ""
    if len(after) < 3 or after[0] != " " or not after[1].islower():
        return text
    return rest


# The label of the "what" line of a "Hva: / Hvem: / Når:" entry: the task is what follows.
_WHAT_LABEL = lazy_regex(r"^(?:hva|kva|oppgave|oppgåve|tiltak|aksjon)\s*:\s*(?=\S)", re.I)


def task_text(sentence: str) -> str:
    """A task's text as written, without the "Hva:" or "Oppgave:" label of its entry
    ("Hva: Lage program" over "Hvem: Nina" is the task "Lage program") and without an
    owner label before the task's own sentence ("Ansvar: Kari Holm følger opp saken.")."""
    written = _task_as_written(sentence)
    if written[:4].lower() != "ansv" or \
            not _may_go_on_past_owner(written.partition(":")[2]):
        return written  # (most tasks: no owner label, and no owner to find for it)
    return _without_owner_label(written, responsible_of(written))


def _may_go_on_past_owner(value: str) -> bool:
    """Whether an owner label's value may go on past the owner with a verb ("Kari Holm
    følger opp …", "dagleg leiar kallar inn …"), before the owner is looked for: a word in
    lower case after capitalised ones and no comma, or a value of three words or more that
    opens in lower case ("Kari Holm", "PL", "Kari Holm, frist 1. mars" cannot)."""
    words = value.split(maxsplit=8)
    for at, word in enumerate(words):
        if word in _OWNER_JOINERS:
            continue  # "Kari Holm og Per Dahl lagar …": the owners go on
        if word[:1].islower():
            if at == 0:
                return len(words) > 2
            return not words[at - 1].endswith((",", ";")) and word not in _OWNER_DEADLINES
    return False


# Words in lower case that join owners ("Kari og Per", "styret v/ leder") or put the
# deadline after them ("Kari Holm innen 1. mars"): no verb.
_OWNER_JOINERS = frozenset(("og", "v/", "ved", "&"))
_OWNER_DEADLINES = frozenset(("frist", "innen", "innan", "senest", "seinast"))


def _task_as_written(sentence: str) -> str:
    """``task_text`` before an owner label is looked for. A comma or semicolon closing it
    is where a line break fell before the task's "Ansvar:" or "Frist:" line ("… til
    kommunene," over "Ansvar: Hilde Bakken,"): no part of the task."""
    text = sentence.strip().rstrip(",;").rstrip()
    if text[:1] in "HhKkOoTtAa" and ":" in text[:8] and (label := _WHAT_LABEL.match(text)):
        return text[label.end():]
    if (" – " in text or " - " in text) and (status := _TRAILING_STATUS.search(text)) and \
            status_mark(status["status"]) == "open":
        return text[:status.start("dash")]  # "EH innhenter tilbud – pågår": the register's mark
    return text


# An open status after a dash closing a task's line, and no other dash before it ("EH
# innhenter tilbud på maling – pågår", "Kari følger opp – In progress"): the mark a
# register adds, no part of the task (a "– HS – Åpen" entry keeps its fields as written).
_TRAILING_STATUS = lazy_regex(r"^[^–]*?[^\s–-](?P<dash>\s[–-]\s+)(?P<status>[^–-]{2,20}?)[.!]?$")
