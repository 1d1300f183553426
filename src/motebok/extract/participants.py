"""Who attended: attendance lists, tables and notes → participants.

Norwegian minutes list people in many shapes: "A (Oslo), B og C (Asker)" where one
parenthesis covers several names, a Name | Organisation table, one name per line,
groups ("Fra sekretariatet møtte:", "Tillitsvalgte:"), and sentences about partial
attendance ("X var til stede under sak 2", "Y forlot møtet …"). Each shape is one small
function; ``People`` keeps everyone once, in order of first appearance.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from motebok.extract.first_names import is_first_name
from motebok.extract.labels import (
    ABSENCE_NOUNS,
    ATTENDANCE_COLUMN_WORDS,
    ATTENDANCE_FIELDS,
    DEPUTY_SEAT_WORDS,
    JOB_TITLE_ENDINGS,
    MEMBER_SEAT_WORDS,
    STAYED_AWAY_FORMS,
    Field,
    Label,
    is_state_agency,
    match_label,
)
from motebok.extract.text import (
    BODY_WORD_ENDINGS,
    NAME_PARTICLES,
    NOT_NAME_WORDS,
    ORGANISATION_ENDINGS,
    ORGANISATION_WORDS,
    PARTY_CAPITALS,
    SERVICE_DEFINITE_ENDINGS,
    SIGNED_MARK,
    Line,
    abbreviates,
    contains_any,
    fold,
    looks_like_name,
    none_holds,
    strip_bullet,
    text_test,
    uninverted,
)
from motebok.lazy_pattern import lazy_regex
from motebok.read.blocks import PLACE_PREFIXES
from motebok.record import Participant
from motebok.vocab import (
    COMPANY_FORMS,
    COMPANY_FORMS_ALSO_WORDS,
    MONTH_NAMES,
    Attendance,
    ParticipantRole,
)

# The titles written under the names that sign the minutes: the chair's, the writer's, or
# another signer's (None). One list for the signatures' roles and for the end of the
# last item's text.
SIGNER_ROLES: dict[str, ParticipantRole | None] = {
    **{word: ParticipantRole.CHAIR for word in (
        "leder", "leiar", "styreleder", "styreleiar", "møteleder", "møteleiar",
        "utvalgsleder", "utvalsleiar", "rådsleder", "rådsleiar", "ordförande")},
    **{word: ParticipantRole.SECRETARY for word in (
        "referent", "ref", "sekretær", "møtesekretær", "protokollfører", "protokollførar",
        "skrivar", "sekreterare")},  # (nynorsk "skrivar": the one who wrote the minutes)
    **{word: None for word in ("nestleder", "nestleiar", "styremedlem", "medlem",
                               "daglig leder", "dagleg leiar", "varamedlem", "ordfører",
                               "ordførar", "justerare")},
}
#: The words a writer signs the minutes with in full ("Kari Holm, referent"): the
#: secretary's signer roles but the abbreviation "ref", which a signature line reads apart.
WRITER_WORDS: tuple[str, ...] = tuple(word for word, role in SIGNER_ROLES.items()
                                      if role is ParticipantRole.SECRETARY and word != "ref")


# "Kari Holm, referent" under the minutes: the writer's signature on one line, maybe after
# the place and date it was signed ("Nordvik, 14.03.2026 – Kari Holm, referent",
# "14.03.2026, Kari Holm (ref.)", "14.03.2026 Kari Holm, referent") and with the title
# after a slash ("Kari Holm / referent")
SIGNED_WRITER = lazy_regex(r"^(?:(?:[A-ZÆØÅ][\w-]+,?\s+(?:den\s+)?)?\d{1,2}\.\s*"
                           r"(?:\d{1,2}\.\s*\d{2,4}|[a-zæøå]+\s+\d{4})(?:\s*[,–—-]\s*|\s+))?"
                           r"(?P<name>[A-ZÆØÅ][\w.-]*(?:\s+[A-ZÆØÅ][\w.-]*){1,3})\s*"
                           r"(?:(?:\((?:s|sign)\.?\)\s*[,–-]?|[,–—/-])\s*"
                           rf"(?:{'|'.join(WRITER_WORDS)})\.?|"
                           rf"\(\s*(?:{'|'.join(WRITER_WORDS)}|ref)\.?\s*\))$")
# A first name alone signing as the writer: "Tove (sekretær)", "Tove, referent" (a small
# group's secretary signs as the members know her).
FIRST_NAME_WRITER = lazy_regex(r"^(?P<name>[A-ZÆØÅ][a-zæøå-]+)\s*(?:,\s*|\(\s*)"
                               rf"(?:{'|'.join(WRITER_WORDS)})\.?\s*\)?$")
#: How a writer's signature line ends (lower case): the cheap test before ``SIGNED_WRITER``.
WRITER_ENDINGS = (*WRITER_WORDS, *(f"{word}." for word in WRITER_WORDS),
                  *(f"{word})" for word in WRITER_WORDS), "ref.)", "ref)")
# A signature mark between a name and its title: "Kari Nes (sign.) leiar", "Per Bø (s) ref."
MARK_BEFORE_TITLE = lazy_regex(r"\s*\((?:sign|s)\.?\)\s*(?=\S)", re.I)
# A writer's title in brackets after a signing name: "(ref.)", "(referent)".
WRITER_MARK = lazy_regex(r"\s*\((?:ref|referent|sekretær|skrivar)\.?\)\s*$", re.I)


def signs_alone(text: str) -> bool:
    """Whether a line is a signing name alone, maybe with its mark or a signer's title
    ("Kari Holm", "Kari Holm (sign.)", "Kari Holm, referent", "Per Dahl (ref.)"): the
    line under the place and day the minutes were signed."""
    name = SIGNED_MARK.sub("", WRITER_MARK.sub("", text)).strip(" ,")
    name, _, title = name.partition(",")
    return looks_like_name(name.strip()) and (not title or title.strip(" .").casefold()
                                              in SIGNER_ROLES)


# The chair's titles among the signer roles ("leder", "styreleiar", "utvalgsleder" …).
_CHAIR_TITLES = "|".join(sorted((re.escape(word) for word, role in SIGNER_ROLES.items()
                                 if role is ParticipantRole.CHAIR), key=len, reverse=True))
# A signing mark: "(s.)", "(sign.)", and "(e.f.)" for one signing by authority.
_SIGNING_MARK = r"\((?:sign|s|e\.\s*f)\.?\)"
# The chair's signature under the minutes, on one line: "Kari Holm, styreleder", "Kåre
# Haugli (s.) styreleder", "Kari Holm (leder)", "Kari Holm, leder (sign.)".
_SIGNING_CHAIR = lazy_regex(
    r"^(?P<name>[A-ZÆØÅ][\w.-]*(?:\s+[A-ZÆØÅ][\w.-]*){1,3})\s*"
    rf"(?:{_SIGNING_MARK}\s*,?\s*|,\s*(?P<comma>)|\(\s*(?P<open>))"
    rf"(?i:{_CHAIR_TITLES})\.?"
    rf"(?(open)\s*\)|(?(comma)(?:\s*{_SIGNING_MARK})?))\s*$")


def signing_chair(text: str) -> str | None:
    """The name in a line that signs as the chair ("Kari Holm, leder", "Per Dahl (sign.)
    styreleiar", "Kari Holm (leder)", "Kari Holm, leder (sign.)"), else None. One reading
    of the chair's closing signature, on the signer roles' one list of chair titles;
    whether the line stands where a signature does is the caller's to judge."""
    found = _SIGNING_CHAIR.match(text.strip())
    return found.group("name") if found else None


# Words in a parenthesis or a cell that give a role rather than an organisation.
ROLE_WORDS: dict[str, ParticipantRole] = {
    "møteleder": ParticipantRole.CHAIR, "møteleiar": ParticipantRole.CHAIR,
    "leder": ParticipantRole.CHAIR, "leiar": ParticipantRole.CHAIR,
    "styreleder": ParticipantRole.CHAIR, "styreleiar": ParticipantRole.CHAIR,
    "styrets leder": ParticipantRole.CHAIR, "rådets leder": ParticipantRole.CHAIR,
    # the leader of the body that met, named by the body's kind
    "regionrådsleder": ParticipantRole.CHAIR, "regionrådsleiar": ParticipantRole.CHAIR,
    "rådsleder": ParticipantRole.CHAIR, "rådsleiar": ParticipantRole.CHAIR,
    "utvalgsleder": ParticipantRole.CHAIR, "utvalsleiar": ParticipantRole.CHAIR,
    "komiteleder": ParticipantRole.CHAIR, "komitéleder": ParticipantRole.CHAIR,
    "komitéleiar": ParticipantRole.CHAIR, "komiteleiar": ParticipantRole.CHAIR,
    "utvalgets leder": ParticipantRole.CHAIR, "styrets nestleder": ParticipantRole.MEMBER,
    "nettverksleder": ParticipantRole.CHAIR, "nettverksleiar": ParticipantRole.CHAIR,
    "faggruppeleder": ParticipantRole.CHAIR, "faggruppeleiar": ParticipantRole.CHAIR,
    # … and of a project's steering group, project group, working group or working
    # committee ("Elin Johansen (styringsgruppeleder)"); "prosjektleder" runs the
    # project and so is its secretary, and "gruppeleder" leads a party group, no body
    "styringsgruppeleder": ParticipantRole.CHAIR, "styringsgruppeleiar": ParticipantRole.CHAIR,
    "prosjektgruppeleder": ParticipantRole.CHAIR, "prosjektgruppeleiar": ParticipantRole.CHAIR,
    "arbeidsgruppeleder": ParticipantRole.CHAIR, "arbeidsgruppeleiar": ParticipantRole.CHAIR,
    "arbeidsutvalgsleder": ParticipantRole.CHAIR, "arbeidsutvalsleiar": ParticipantRole.CHAIR,
    "au-leder": ParticipantRole.CHAIR, "au-leiar": ParticipantRole.CHAIR,
    "ordstyrer": ParticipantRole.CHAIR, "ordstyrar": ParticipantRole.CHAIR,  # (nynorsk)
    # what she did, in a bracket after her job: "Trine Haug, daglig leder (leder møtet)"
    "leder møtet": ParticipantRole.CHAIR, "ledet møtet": ParticipantRole.CHAIR,
    "leiar møtet": ParticipantRole.CHAIR, "leia møtet": ParticipantRole.CHAIR,
    "ordfører": None,  # type: ignore[dict-item]
    "president": ParticipantRole.CHAIR,  # an association's leader chairs its board
    # a cross-border body's Swedish seats: "Birgitta Holm, Årjängs kommun, ordförande"
    # ("vice ordförande" as "nestleder"; "justerare" checks the minutes, a member)
    "ordförande": ParticipantRole.CHAIR, "vice ordförande": ParticipantRole.MEMBER,
    "sekreterare": ParticipantRole.SECRETARY, "projektledare": ParticipantRole.SECRETARY,
    "ledamot": ParticipantRole.MEMBER, "ersättare": ParticipantRole.MEMBER,
    "justerare": ParticipantRole.MEMBER, "adjungerad": ParticipantRole.GUEST,
    "gäst": ParticipantRole.GUEST,  # "Eva Ek, Strömstads kommun (gäst)", as "(gjest)"
    "visepresident": ParticipantRole.MEMBER,
    "referent": ParticipantRole.SECRETARY, "sekretær": ParticipantRole.SECRETARY,
    "møtesekretær": ParticipantRole.SECRETARY, "protokollfører": ParticipantRole.SECRETARY,
    "styresekretær": ParticipantRole.SECRETARY,
    "protokollførar": ParticipantRole.SECRETARY,
    # a crisis team's log keeper writes its minutes: "Geir Ås, beredskapskoordinator, loggfører"
    "loggfører": ParticipantRole.SECRETARY, "loggførar": ParticipantRole.SECRETARY,
    "ref": ParticipantRole.SECRETARY, "refr": ParticipantRole.SECRETARY,  # "(ref.)"
    "skrivar": ParticipantRole.SECRETARY, "sekretariat": ParticipantRole.SECRETARY,
    # abbreviated in brackets: "(sekr.)", "(nestl.)", "(medl.)"
    "sekr": ParticipantRole.SECRETARY, "nestl": ParticipantRole.MEMBER,
    "medl": ParticipantRole.MEMBER, "varamedl": ParticipantRole.MEMBER,
    "sekretariatet": ParticipantRole.SECRETARY, "pl": ParticipantRole.SECRETARY,
    "prosjektleder": ParticipantRole.SECRETARY, "prosjektleiar": ParticipantRole.SECRETARY,
    "nestleder": ParticipantRole.MEMBER, "nestleiar": ParticipantRole.MEMBER,
    "medlem": ParticipantRole.MEMBER, "vara": ParticipantRole.MEMBER,
    "varamedlem": ParticipantRole.MEMBER, "observatør": ParticipantRole.GUEST,
    "styremedlem": ParticipantRole.MEMBER, "kasserer": ParticipantRole.MEMBER,
    "kasserar": ParticipantRole.MEMBER,  # nynorsk
    # the staff's elected board member: "Eva Li (ansattevalgt)"
    "ansattevalgt": ParticipantRole.MEMBER, "ansattvalgt": ParticipantRole.MEMBER,
    "ansatterepresentant": ParticipantRole.MEMBER, "ansattrepresentant": ParticipantRole.MEMBER,
    "tilsettvald": ParticipantRole.MEMBER, "tilsetterepresentant": ParticipantRole.MEMBER,
    "ansattes representant": ParticipantRole.MEMBER, "ansattes repr": ParticipantRole.MEMBER,
    "dei tilsette sin representant": ParticipantRole.MEMBER,
    # (nynorsk without "dei", abbreviated or in one word: "Tilsette sin repr.  Ove Li",
    # "Tilsettrepresentant  Ove Li"; bokmål with the article: "De ansattes representant")
    "tilsette sin representant": ParticipantRole.MEMBER,
    "tilsette sin repr": ParticipantRole.MEMBER, "dei tilsette sin repr": ParticipantRole.MEMBER,
    "tilsettrepresentant": ParticipantRole.MEMBER, "tilsettvalt": ParticipantRole.MEMBER,
    "de ansattes representant": ParticipantRole.MEMBER,
    # the seats of a samarbeidsutvalg, a råd or a board by whom they stand for: "Per Moe –
    # lærerrepresentant", "Eli Dal (foreldrerepresentant)" (a seat, not an organisation)
    "representant": ParticipantRole.MEMBER, "vararepresentant": ParticipantRole.MEMBER,
    "lærerrepresentant": ParticipantRole.MEMBER, "lærarrepresentant": ParticipantRole.MEMBER,
    "foreldrerepresentant": ParticipantRole.MEMBER, "elevrepresentant": ParticipantRole.MEMBER,
    "brukerrepresentant": ParticipantRole.MEMBER, "brukarrepresentant": ParticipantRole.MEMBER,
    "ungdomsrepresentant": ParticipantRole.MEMBER,
    # a training office's board or a county's Y-nemnd seats an apprentice or a pupil,
    # the seat often cut short in a seat table ("Lærlingrepr.  Jonas Tveito")
    "lærlingrepresentant": ParticipantRole.MEMBER, "lærlingerepresentant": ParticipantRole.MEMBER,
    "lærlingrepr": ParticipantRole.MEMBER, "lærlingerepr": ParticipantRole.MEMBER,
    "elevrepr": ParticipantRole.MEMBER,
    # a kindergarten's samarbeidsråd and a nursing home's brukerråd: the owner's, the
    # residents' and the next of kin's seats ("Kjell Fossum (eierrepresentant)")
    "eierrepresentant": ParticipantRole.MEMBER, "eigarrepresentant": ParticipantRole.MEMBER,
    "beboerrepresentant": ParticipantRole.MEMBER, "bebuarrepresentant": ParticipantRole.MEMBER,
    "pårørenderepresentant": ParticipantRole.MEMBER,
    "arbeidstakerrepresentant": ParticipantRole.MEMBER,
    "arbeidstakarrepresentant": ParticipantRole.MEMBER,
    "varamedlem for leder": ParticipantRole.MEMBER, "medlem av styret": ParticipantRole.MEMBER,
    "gjest": ParticipantRole.GUEST, "innleder": ParticipantRole.GUEST,
    # at a partite body without a vote, as the occupational health service sits in an
    # arbeidsmiljøutvalg: "Rådgjevar, utan røysterett" (as the label "Uten stemmerett:")
    "uten stemmerett": ParticipantRole.GUEST, "utan stemmerett": ParticipantRole.GUEST,
    "utan røysterett": ParticipantRole.GUEST,
    # an adviser from an agency (the roads authority, the police) who speaks at a road
    # safety committee but has no vote: "Rådgiver – møtte med talerett"
    "møtte med talerett": ParticipantRole.GUEST, "møter med talerett": ParticipantRole.GUEST,
    "med talerett": ParticipantRole.GUEST, "møtte med tale- og forslagsrett": ParticipantRole.GUEST,
    "med tale- og forslagsrett": ParticipantRole.GUEST,
    "innleiar": ParticipantRole.GUEST, "foredragshaldar": ParticipantRole.GUEST,
    # an interpreter serves the meeting, no seat in the body: "Eva Li, tegnspråktolk"
    "tolk": ParticipantRole.GUEST, "tegnspråktolk": ParticipantRole.GUEST,
    "teiknspråktolk": ParticipantRole.GUEST, "skrivetolk": ParticipantRole.GUEST,
    # … and so does a member's companion or helper, which a council for people with
    # disabilities names as "not a member": "Eva Li (ledsager)", "Tolk, ikke medlem"
    "ledsager": ParticipantRole.GUEST, "ledsagar": ParticipantRole.GUEST,
    "ikke medlem": ParticipantRole.GUEST, "ikkje medlem": ParticipantRole.GUEST,
    "foredragsholder": ParticipantRole.GUEST, "rådgiver": None,  # type: ignore[dict-item]
    # the administration serving the body attends as guests
    "daglig leder": ParticipantRole.GUEST, "dagleg leiar": ParticipantRole.GUEST,
    "sekretariatsleder": ParticipantRole.GUEST, "sekretariatsleiar": ParticipantRole.GUEST,
    "kommunedirektør": ParticipantRole.GUEST, "rådmann": ParticipantRole.GUEST,
    "fylkesdirektør": ParticipantRole.GUEST, "fylkesrådmann": ParticipantRole.GUEST,
    # … and a regional council's own staff, whose job names the region they serve
    # ("Torunn Lie (regionkoordinator)" among the members by their municipalities)
    "regionkoordinator": ParticipantRole.GUEST, "regionrådgiver": ParticipantRole.GUEST,
    "regionrådgjevar": ParticipantRole.GUEST,
    # a housing cooperative's or sameie's manager, who serves its board: "Eva Ruud
    # (forretningsfører)" is her job there, not whom she comes from
    "forretningsfører": ParticipantRole.GUEST, "forretningsførar": ParticipantRole.GUEST,
    # … and its caretaker, staff who serve the board too: "Vaktmester: Lia Drift AS ved Per"
    "vaktmester": ParticipantRole.GUEST, "vaktmeister": ParticipantRole.GUEST,
    # the occupational health service, which advises a board or an AMU without a vote:
    # "BHT: Avonova, Jonas Fjell", "Jonas Fjell | BHT" (the seat's short word; the service
    # written out, "bedriftshelsetjenesten", is whom one comes from)
    "bht": ParticipantRole.GUEST,
    # a project's supplier, who reports to its group on the delivery: "Leverandør | Per
    # Nyhus | Arkivsystemer AS" in a role column (an outside party, no seat)
    "leverandør": ParticipantRole.GUEST, "leverandørar": ParticipantRole.GUEST,
    "leverandører": ParticipantRole.GUEST,
    # the same seats in English-labelled minutes of a Nordic cooperation: "(Chair)"
    "chair": ParticipantRole.CHAIR, "chairperson": ParticipantRole.CHAIR,
    "secretary": ParticipantRole.SECRETARY, "vice chair": ParticipantRole.MEMBER,
    "observer": ParticipantRole.GUEST, "co-chair": ParticipantRole.CHAIR,
    "interpreter": ParticipantRole.GUEST,
    # "Jon Dahle, adviser (minutes)": who wrote them, as "(referent)"
    "minutes": ParticipantRole.SECRETARY, "minute taker": ParticipantRole.SECRETARY,
}
# A body of parents alone ("FAU", "Foreldrerådets arbeidsutval", "Foreldreutvalget"): the
# school's or kindergarten's leaders who come to it are its guests, not members (in a
# "samarbeidsutval" the principal holds a seat, so that is no such body).
_PARENTS_BODY_WORDS = ("fau", "foreldrearbeidsutval", "foreldreråd", "foreldrerådet",
                       "foreldreutval", "foreldrerådets arbeidsutval")
# The staff titles beside a name in such a body's list: "rektor Per Lunde", "Tor Aas, rektor"
_SCHOOL_STAFF = lazy_regex(r"(?:assisterende\s+|assisterande\s+)?(?:rektor|inspektør|styrer)",
                           re.I)


def is_parents_body(body: str | None) -> bool:
    """Whether the meeting's body is the parents' own council ("FAU", "Foreldrerådet")."""
    key = (body or "").casefold()
    return key.startswith(_PARENTS_BODY_WORDS) or key.endswith(" fau")


# The councils a mayor leads by law (kommuneloven § 6-1): the municipal or county council
# and its executive board ("Kommunestyret", "Bystyret", "Formannskapet", "Fylkestinget",
# "Fylkesutvalget"), in the folded body's name.
_MAYOR_LED_BODY = ("kommunestyre", "bystyre", "formannskap", "fylkesting", "fylkesutval")
# The mayor's seat in a case system's seat table ("Funksjon: Ordfører").
MAYOR_SEATS = frozenset({"ordfører", "ordførar", "fylkesordfører", "fylkesordførar"})


def _names_mayor(paren: str) -> bool:
    """Whether a bracket after a name calls the person the mayor, alone or among the
    party and other words ("(ordførar)", "(Sp, ordfører)"): the chair only of a council
    the mayor leads (``People.mayor_chairs``), a member of any other body."""
    return "ordf" in paren.casefold() and \
        any(part.strip(" .").casefold() in MAYOR_SEATS for part in paren.split(","))


def is_mayor_led(body: str | None) -> bool:
    """Whether the body that met is one its (county) mayor chairs by law ("Kommunestyret",
    "Formannskapet i Nesvik", "Fylkesutvalet"): there the seat "Ordfører" is the chair's,
    while in a regional council each municipality's mayor is one member among others."""
    key = (body or "").casefold()
    return any(word in key for word in _MAYOR_LED_BODY)


def school_staff_named(text: str, name: str) -> bool:
    """Whether the list calls the person a school leader ("rektor Per Lunde", "Tor Aas,
    rektor", "Tor Aas (inspektør)")."""
    # (the title after a name is that person's unless a name follows it: "Anne Berg,
    # rektor Tor Aas" calls Tor Aas the principal)
    return any((before is not None and _STAFF_BEFORE.search(before)) or
               (end is not None and _STAFF_AFTER.match(text, end))
               for before, end in _name_places(text, name))


# A school title right before a name, and one after it (see ``school_staff_named``).
_STAFF_BEFORE = lazy_regex(rf"{_SCHOOL_STAFF.pattern}\s+\Z", re.I)
_STAFF_AFTER = lazy_regex(rf"\s*(?:,|\(|–|-)\s*{_SCHOOL_STAFF.pattern}\b(?!\s+(?-i:[A-ZÆØÅ]))",
                          re.I)
# How far before a name its title is looked for: longer than any title and its spaces.
_TITLE_REACH = 120
_WORD_EDGE = lazy_regex(r"\b")


def _name_places(text: str, name: str):
    """Each place the name stands in a list line, first place first, as the text just
    before it when a word does not go on after it (a title may stand before it) and
    where it ends when a word does not go on before it (a title may follow), else None.

    A title is read only next to the name, so a line of thousands of names (a list
    pasted as one line) costs a look at each place, not a search of the whole line per
    name, which was quadratic in the number of names."""
    if not name:
        return
    start = text.find(name)
    while start >= 0:
        end = start + len(name)
        yield (text[max(0, start - _TITLE_REACH):start] if _WORD_EDGE.match(text, end)
               else None), (end if _WORD_EDGE.match(text, start) else None)
        start = text.find(name, start + 1)


# A body of the municipalities' chief executives ("Kommunedirektørutvalget i Hallingdal",
# "Rådmannsutvalet", "Rådmannsgruppa i Vesterålen", "Kommunedirektørforum"): there the
# kommunedirektør or rådmann listed is the body's own member, not the administration
# serving an elected body. So is a body named as the administrations' own ("Administrativt
# kontaktutvalg (AKU)", "Administrativ styringsgruppe"): the heads it lists sit on it.
_HEADS_BODY_STEMS = ("kommunedirektør", "rådmanns", "rådmenn", "administrativ")
# The title that makes a listed person one of those heads: "kommunedirektør Per Lie",
# "Ola Haugen | Flå | kommunedirektør", "Tone Rud, kst. rådmann".
_HEAD_TITLE = lazy_regex(r"(?:(?:assisterende|assisterande|konstituert|kst\.|fungerende|"
                         r"fungerande|fung\.)\s*)?(?:kommunedirektør|rådmann)\b", re.I)


def is_heads_body(body: str | None) -> bool:
    """Whether the meeting's body is the chief executives' own ("Kommunedirektørutvalet",
    "Rådmannsgruppa"), not a body they serve."""
    folded = (body or "").casefold()
    # (a word that starts with a stem holds it: most bodies hold none, and skip the words)
    return _has_heads_stem(folded) and \
        any(word.startswith(_HEADS_BODY_STEMS) for word in folded.split())


_has_heads_stem = contains_any(_HEADS_BODY_STEMS)


# A forum of a hospital trust and its municipalities ("Strategisk samarbeidsutval",
# "Overordnet samarbeidsutvalg (OSU)", "Samhandlingsutvalget", the partnarskapsmøte of a
# helsefellesskap): its members are both sides' leaders, so a kommunedirektør listed there
# represents the municipality on it, no administration serving an elected body. So does
# one on infection control, where the municipalities' doctors, their heads and the trust
# meet ("Regionalt koronamøte", "Kommuneoverlegeforum", "Smittevernforum"). So does the
# partnership of a municipality and NAV ("Samarbeidsutvalet NAV Kinn", "Partnarskapet Kinn
# kommune og NAV Vestland"): a kommunedirektør there is the municipality's partner. So
# does the partnership of the municipalities and the police ("Politirådet i Vestdal",
# "Haugvik politiråd", the police district's meeting with its municipalities, an SLT
# group): the ordfører, kommunedirektør and politistasjonssjef all sit on it. So does the
# partnership council of a university college and its municipalities ("Partnerskapsrådet",
# nynorsk "Partnarskapsrådet"): the municipality's kommunedirektør is its partner there.
_HEALTH_FORUM = lazy_regex(r"helsefellesskap|samhandlingsutval|sjukehus|sykehus|"
                           r"\bhelse\s+(?-i:[A-ZÆØÅ])|\bHF\b|korona|smittevern|"
                           r"kommuneoverleg|(?-i:\bNAV\b)|politir[åa]d|politidistrikt|"
                           r"(?-i:\bSLT\b)|partnerskapsråd|partnarskapsråd", re.I)


def is_health_forum(body: str | None, organization: str | None) -> bool:
    """Whether the body that met is a forum of a hospital trust and its municipalities,
    by its own name or its parent's ("Helsefellesskapet …", "Helse Førde HF")."""
    text = f"{body or ''} | {organization or ''}"
    # (every branch of the pattern holds one of these, as ``fold`` spells what IGNORECASE
    # matches: most bodies hold none, and skip the search)
    return _has_health_word(fold(text)) and _HEALTH_FORUM.search(text) is not None


_has_health_word = contains_any(("helse", "samhandlingsutval", "sjukehus", "sykehus", "hf",
                                  "korona", "smittevern", "kommuneoverleg", "nav", "politir",
                                  "politidistrikt", "slt", "partnerskapsråd",
                                  "partnarskapsråd"))


def head_named(text: str, name: str) -> bool:
    """Whether the list gives the person a chief executive's title, before the name
    ("kommunedirektør Per Lie", also with the municipality between: "Kommunedirektør i
    Berg kommune Anita Storvik") or after it in the same line ("Per Lie, rådmann",
    "Per Lie | Flå | kommunedirektør"). The name may wrap at a line's end ("…,
    kommunedirektør Per" / "Lie, Flå, …"), as a PDF's paragraph does."""
    escaped = re.escape(name).replace(r"\ ", r"\s+")
    return re.search(rf"{_HEAD_TITLE.pattern}(?:\s+(?:i|for)\s+[^\n,;()]*?)?\s+{escaped}\b|"
                     rf"\b{escaped}\b[^\n]*?"
                     rf"{_HEAD_TITLE.pattern}", text, re.I) is not None or \
        _heads_of_places_named(text, name)


def _heads_of_places_named(text: str, name: str) -> bool:
    """Whether the person is named in brackets after a place in a line the heads' plural
    opens: "Kommunedirektørane i Stryn (Eva Loen) og Gloppen (Jon Sandvik)"."""
    if "ommunedirektør" not in text and "ådm" not in text:
        return False  # (most lists)
    return re.search(rf"{_HEADS_PLURAL}\s+(?:i|fra|frå)\s+[^\n]*?\(\s*{re.escape(name)}\b",
                     text, re.I) is not None


# The chief executives of several places, as a list's line opens with them.
_HEADS_PLURAL = r"\b(?:kommunedirektør(?:ene|ane|er|ar)|rådmenn(?:ene)?|rådmannane)"


# Bodies of elected members ("Vesterålen regionråd", "Eldrerådet", "Kontrollutvalget",
# "Formannskapet"): their members are politicians, listed by party or office, so one
# listed with an administration job ("Liv Sand, enhetsleder", "kommunalsjef Jens Bakke")
# serves the body and attends as a guest. (Not a network, a group or a forum of officials,
# whose members are listed with their jobs: "Nettverk for kommunalsjefer".)
_ELECTED_BODY_STEMS = ("regionråd", "kommunestyr", "bystyr", "formannskap", "fylkesting",
                       "fylkesutval", "eldreråd", "ungdomsråd", "kontrollutval",
                       "representantskap", "hovedutval", "hovudutval")
_OFFICIALS_BODY_ENDINGS = ("gruppe", "gruppa", "gruppen", "nettverk", "nettverket", "forum",
                           "forumet", "team", "teamet", "samling", "samlinga")
# Offices of the elected themselves, never the administration's: "ordfører", "gruppeleder"
# (a party's group in the council), "varaordførar".
_ELECTED_OFFICE_ENDINGS = ("ordfører", "ordførar", "gruppeleder", "gruppeleiar",
                          "opposisjonsleder", "opposisjonsleiar")
_ADMINISTRATION_JOB = lazy_regex(r"[a-zæøåA-ZÆØÅ][\wæøå-]+")


# A council named by the word alone: "Rådet for personer med funksjonsnedsettelse", "Råd
# for eldre", "Kommunalt råd for …" (the word "råd" itself, not "menighetsråd" or "rådmann").
_COUNCIL_WORDS = frozenset({"råd", "rådet"})


def is_elected_body(body: str | None) -> bool:
    """Whether the meeting's body is one of elected members (regionråd, kommunestyre,
    eldreråd, kontrollutvalg, "Rådet for …" …) and no group or network of officials."""
    words = (body or "").casefold().split()
    return any(w.startswith(_ELECTED_BODY_STEMS) or w in _COUNCIL_WORDS for w in words) and \
        not any(w.endswith(_OFFICIALS_BODY_ENDINGS) for w in words)


# The endings of a municipality's or a region's administration jobs ("kommunalsjef",
# "kommunedirektør", "enhetsleder", "seniorrådgiver", "prosjektkoordinator"); not the
# jobs a member of an elected body may be listed by (a "rektor", a "sykepleier"): a part
# of ``JOB_TITLE_ENDINGS`` on purpose, not the whole.
_ADMINISTRATION_ENDINGS = ("sjef", "direktør", "rådmann", "leder", "leiar", "rådgiver",
                           "rådgjevar", "konsulent", "koordinator", "saksbehandler",
                           "sakshandsamar", "planlegger", "planleggar", "revisor")


def _administration_job(word: str) -> bool:
    """Whether one word is an administration job ("kommunalsjef", "Enhetsleder",
    "rådgiver"), not an elected office ("ordfører", "gruppeleder") nor a meeting role
    ("leder", "prosjektleder" taking the minutes)."""
    key = word.casefold()
    return key.endswith(_ADMINISTRATION_ENDINGS) and is_whole_job_title(key) and \
        not key.endswith(_ELECTED_OFFICE_ENDINGS) and \
        role_of(key) in (None, ParticipantRole.GUEST)


def is_job_title(word: str) -> bool:
    """Whether one word is a job title or a meeting office written before a name
    ("Revisor", "rådgjevar", "Kommunalsjef", "Kasserer"): a word that stands before a
    person's name, so the two words after it are a name whatever the first name is
    ("Revisor Imran Ali")."""
    key = word.strip(" .,:").casefold()
    return key in ROLE_WORDS or is_whole_job_title(key)


def names_organisation(text: str) -> bool:
    """Whether a text after a name reads as an organisation by its kind ("NAV Sørvik",
    "Sørvik kommune", "Helsedirektoratet"): whom the person before it comes from."""
    return _ORG_HINT.search(text.casefold()) is not None


def person_in_office(word: str) -> bool:
    """Whether one word names a person by an office or a job ("Kommunedirektøren",
    "rådmannen", "Styreleiaren", "ordføraren"), not a body: the stems a body's name is
    built on ("kommun", "råd", "styr") sit inside many such titles."""
    key = word.casefold()
    for ending in ("en", "ne", "a"):  # the definite form: "direktøren", "leiaren"
        if key.endswith(ending) and len(key) > len(ending) + 3:
            key = key[:-len(ending)]
            break
    return key.endswith(_ADMINISTRATION_ENDINGS + _ELECTED_OFFICE_ENDINGS +
                        ("sekretær", "kasserer", "kasserar", "rektor"))


def administration_named(text: str, name: str) -> bool:
    """Whether a list line gives the person an administration job, before the name
    ("Enhetsleder Kjersti Vik") or right after it ("Jens Bakke, kommunalsjef helse",
    "Liv Sand (enhetsleder)"). The title after a name is that person's unless a name
    follows it, as in ``school_staff_named``. The first place a word stands before the
    name decides for before, and the first title after it for after."""
    before = after = None
    for text_before, end in _name_places(text, name):
        if before is None and text_before is not None:
            before = _JOB_BEFORE.search(text_before)
        if after is None and end is not None:
            after = _JOB_AFTER.match(text, end)
        if before and after:
            break
    if before and _administration_job(before.group("job")):
        return True
    return (after is not None and _administration_job(after.group("job"))) or \
        _heads_of_places_named(text, name)  # "Kommunedirektørane i Stryn (Eva Loen)"


# A word right before a name, and a job after it (see ``administration_named``).
_JOB_BEFORE = lazy_regex(rf"(?P<job>{_ADMINISTRATION_JOB.pattern})\s+\Z")


def administration_cell(cells: tuple[str, ...], columns: dict[int, str] | None) -> bool:
    """Whether a table row's role or job column ("Funksjon", "Stilling") gives an
    administration job ("kommunalsjef", "Rådmann, Vik"), as ``administration_named`` reads
    it in a list line."""
    if not columns:
        return False
    return any(meaning in ("role", "job") and i < len(cells) and
               _administration_job(cells[i].split(",", 1)[0].strip())
               for i, meaning in columns.items())


def administration_in_cells(cells: tuple[str, ...]) -> bool:
    """Whether a cell of a table row without column headings gives an administration job
    ("| kommunedirektør |", "| Rådmann, Vik |"), as ``administration_cell`` reads the
    role column of a headed table."""
    return any(_administration_job(cell.split(",", 1)[0].strip()) for cell in cells)


# Who writes the minutes, before a name in any group ("Dessutan møtte: Møtesekretær X").
_MINUTE_TAKERS = frozenset({"møtesekretær", "referent", "protokollfører", "protokollførar",
                            # the secretary of the council's body, as case systems title
                            # them ("utvalssekretær Eva Moe", "formannskapssekretær …")
                            "utvalgssekretær", "utvalssekretær", "formannskapssekretær",
                            "rådssekretær", "styresekretær",
                            # and the plain word before a name in the staff's list ("Frå
                            # administrasjonen møtte: …, sekretær Bodil Ask")
                            "sekretær"})
# Seat words before a member's name that make them the chair, capitalised too ("Leiar Kari
# Nes, Stryn kommune"); a job title ("Daglig leder …") is two words and is not one of them.
_CHAIRS = frozenset({"leder", "leiar", "møteleder", "møteleiar", "styreleder", "styreleiar"})
# A programme's point by its number, arabic or roman as the items are ("under punkt III")
_POINT_NUMBER = r"(?:\d+|(?-i:[IVX]{1,5})(?![\w-]))"
# A case named by its series rather than "sak" (a note of when, for ``_NOTE`` and
# ``_PARTIAL`` alike): "(PS 31/24)"; a group's letters with the year ("fra OS 5/25", "(DS
# 2/25)": orientation, discussion, decision cases); a partite body's own series ("møtte
# fra PSU 04/27", "(fra AMU-sak 3/27)").
_CASE_BY_SERIES = (r"ps\s*\d{1,3}|(?:os|ds|bs|vs|rs|fs)\s*\d{1,3}/\d{2,4}|"
                   r"(?:psu|h?amu)(?:-sak)?\s*\d{1,3}/\d{2,4}")
# Words that make a parenthesis or a trailing phrase an attendance note.
_NOTE = lazy_regex(
    # (a Swedish protocol's paragraph for its item in brackets: "Lisa Ek (§ 5)", as
    # ``_PARTIAL`` reads its comma form)
    r"§\s*\d{1,3}\b|"
    # (a case by its number word too: "under saknr. 16/2025", "frå saksnr. 4")
    r"\b(?:sak|saker|saka|sakene|sakane|saknr|saksnr|kl\.?|klokka|deler|del av|delvis|fra|frå|"
    r"til|etter|forlot|gikk|kom|telefon|teams|zoom|skype|webex|video|digitalt|på\s+nett|permisjon|perm\.|"
    r"inhabil|ugild|for\s|pva|p\.\s?v\.\s?a(?=\.)|"
    r"på vegne|møtte for|vara for|fravær|forfall|sein|sent|tidlig|"
    # (a Swedish deputy sitting in: "tjänstgörande ersättare för Olle Dahl")
    r"ersättare\s+för|"
    rf"under\s+(?:tema|punkt|pkt\.?)\s*{_POINT_NUMBER}|"  # "(under tema 2)", "under punkt III"
    rf"(?:punkt|pkt\.?)\s*{_POINT_NUMBER}|"  # "(punkt 3)": an agenda point alone, as "(sak 3)"
    # "(berre dag 1)", "(bare første dag)": one day of a gathering over several
    r"(?:bare|berre|kun)\s+(?:på\s+)?(?:første\s+|fyrste\s+|andre\s+|siste\s+)?dag|"
    rf"{_CASE_BY_SERIES}|"
    # English-labelled minutes: "(item 4 only)", "(items 1–3)", "(left after item 4)",
    # "(online)", "(via Teams)", "(by phone)"
    r"items?\s*\d{1,3}|left\s+(?:after|at|early|before)|arrived|joined\s+(?:at|from|for)|"
    r"online|remote(?:ly)?|(?:by|via)\s+(?:tele)?phone|by\s+video|part\s+of\s+the\s+meeting)\b",
    re.I)
# Present for every item: no partial attendance, and no note (it repeats "present").
_ALL_ITEMS = lazy_regex(r"(?:i\s+)?(?:alle\s+saker|alle\s+sakene|heile\s+møtet|hele\s+møtet)",
                        re.I)
_PARTIAL = lazy_regex(
    # (a Swedish protocol's paragraph for its item: "Eva Lind, Länsstyrelsen, § 5")
    r"§\s*\d{1,3}\b|"
    r"\b(?:sak|saker|saka|sakene|sakane|saknr|saksnr|styresak\w*|kl\.?|klokka|deler av|del av|"
    r"delvis|forlot|"
    r"gikk|kom\s|fra\s+sak|frå\s+sak|til\s+sak|etter\s+sak|permisjon|perm\.|inhabil|ugild|sein|"
    r"sent|i en periode|i ein periode|forlate|forlet|forlét|permittert|tiltrådte|tiltredde|"
    rf"{_CASE_BY_SERIES}|"
    # English-labelled minutes: "(item 4 only)", "(items 1–3)", "– left after item 4",
    # "(arrived 11:00)", "(part of the meeting)"
    r"items?\s*\d{1,3}|left\s+(?:after|at|early|before)|arrived|joined\s+(?:at|from|for)|"
    r"part\s+of\s+the\s+meeting|"
    # one day of a gathering over several: "(berre dag 1)", "til stede bare første dag"
    r"(?:bare|berre|kun)\s+(?:på\s+)?(?:dag\s*\d|(?:første|fyrste|andre|siste)\s+dag(?:en)?)|"
    # part of the day by its lunch: "(berre fram til lunsj)", "(kom etter lunsj)"
    r"(?:til|etter|før|fra|frå)\s+lunsj(?:en|pausen)?|"
    # a programme's points: "(under tema 2)", "(frå punkt 3)"
    rf"(?:under|fra|frå|til|etter)\s+(?:tema|punkt|pkt\.?)\s*{_POINT_NUMBER}|"
    # … and an agenda point alone, as "(sak 3)" is: "Eirik Sunde, Widerøe (punkt 3)"
    rf"(?:punkt|pkt\.?)\s*{_POINT_NUMBER}|"
    # the site visit before the meeting only: "var med på befaringa", "(kun under befaringen)",
    # "(gjest, kun befaringen)"
    r"(?:på|under|kun|bare|berre)\s+(?:befaring|synfaring)(?:a|en))\b", re.I)
# A note in an absence list that says the person came after all, for part of the meeting:
# "(kom likevel kl. 11.00)", "– møtte likevel fra sak 3", "(kom etter lunsj)" (but "(møtte
# ikke)", "(kom ikkje)" is the absence itself: the caller skips a note with "ikk").
_AFTER_ALL = r"(?:likevel|allikevel|likevæl)"
_CAME_AFTER_ALL = lazy_regex(r"(?:kom|møtte|deltok|var\s+til\s+stede|var\s+til\s+stades)\s+"
                             rf"(?:{_AFTER_ALL}|(?:inn\s+)?(?:kl\.?|klokka)|"
                             r"fr[aå]\s|etter\s|under\s|til\s+sak|på\s+sak|i\s+sak)", re.I)
# The same said in a sentence of its own after the absence list, on the list's line:
# "Forfall: Anne Berg, Per Dahl. Anne Berg kom likevel." (read only where "likev" stands).
_CAME_AFTER_ALL_SENTENCE = lazy_regex(
    r"^(?P<name>[A-ZÆØÅ][\w-]+(?:\s+[A-ZÆØÅ][\w-]+){1,3})\s+"
    rf"(?P<note>(?:kom|møtte|deltok)\s+{_AFTER_ALL}\b(?:[^.;]|\.(?=\s?\d))*)")


def came_after_all(sentence: str) -> tuple[str, str] | None:
    """(name, note) when a sentence says one who sent apologies came after all ("Anne Berg
    kom likevel", "Per Dahl møtte likevel fra sak 3"), else None. The person was there for
    part of the meeting; the caller decides whether the name was listed as absent."""
    if "likev" not in sentence:
        return None
    found = _CAME_AFTER_ALL_SENTENCE.match(sentence.strip())
    if found is None:
        return None
    return tidy_name(found.group("name")), " ".join(found.group("note").split())


# Case numbers alone as a note: "(49/14)", "(47-55/14)", "(frå 51/14)", "(til 12/24)".
_CASES_NOTE = lazy_regex(r"^(?:(?:fra|frå|til|etter|før|under|i)\s+)?\d{1,3}(?:\s*[-–]\s*\d{1,3})?"
                         r"/\d{2,4}(?:\s*(?:,|og)\s*\d{1,3}(?:\s*[-–]\s*\d{1,3})?/\d{2,4})*$",
                         re.I)
# Why someone was away, or who came instead: never an organisation in a parenthesis.
# (an organisation named for the sick is none: "(Sykepleierforbundet)", "(Sjukehuset)")
# (a sickness by its own forms only: "sykdom", "sjukemeld", "sykt"; a place or a body
# that opens with the same letters, "Sykkylven", "Sykehuset", is whom one comes from)
_ABSENCE_REASON = lazy_regex(r"^(?:(?:syk|sjuk)(?:t|e|dom\w*|e?meld\w*|efravær)?|ferie|"
                             r"permisjon|perm\.?|reise|jobb\w*|arbeid|kurs|"
                             r"andre\s+møter|annet\s+møte|anna\s+møte|forhindret|"
                             r"kollisjon\w*|vara\b.*|ingen\s+vara.*|uten\s+vara.*)$", re.I)
# A reason alone for being away, kept as the absentee's note ("sykdom", "sjukdom", "ferie",
# "jobb", "andre møter"); not who came instead ("vara Kari Lie møtte", "ingen vara").
_REASON_AWAY = lazy_regex(r"(?:syk|sjuk|ferie|jobb|arbeid|reise|permisjon|kurs\b|andre\s+møter|"
                          r"annet\s+møte|anna\s+møte|forhindr|kollisjon)(?!.*\bvara\b)", re.I)
# (English-labelled minutes too: "– online", "(by phone)")
_PRESENT_NOTE = lazy_regex(r"\b(?:telefon|teams|zoom|video|digitalt|skype|webex|på\s+nett|"
                           # (the English words _REMOTE_PIECE reads, the same ones)
                           r"online|remote(?:ly)?|(?:by|via)\s+(?:tele)?phone|by\s+video)\b",
                           re.I)
# How one took part with another's help: "Møtte med tolk", "med ledsager", "deltok med
# teiknspråktolk" (the words on attendance of a council's list, a note as "på Teams" is).
_WITH_HELPER = lazy_regex(r"(?:(?:møtte|møtt|deltok|deltek|til\s+stede|til\s+stades)\s+)?"
                          r"med\s+\w*(?:tolk|ledsager|ledsagar|assistent|hjelper|hjelpar)\b",
                          re.I)
# How one took part in the room, beside others on a channel ("Ingrid Løvås – fysisk"):
# the words on attendance of a hybrid meeting's list, a note as "på Teams" is.
_IN_ROOM_NOTES = frozenset({"fysisk", "fysisk oppmøte", "fysisk til stede", "fysisk tilstede",
                            "til stede fysisk", "i møterommet", "møtte fysisk", "deltok fysisk"})
# A list piece that says how someone took part from afar: "deltok på Teams", "møtte
# digitalt", "via video", "på telefon" (present, with how as the note: "på Teams", as
# the sentence "Ola Dale deltok på Teams." gives it).
_REMOTE_PIECE = lazy_regex(r"^(?:(?:deltok|deltek|deltar|møtte|møter)\s+)?"
                           r"(?P<how>(?:(?:på|via|per|over)\s+)?"
                           # (or in the room, beside others from afar: "– fysisk")
                           r"(?:teams|zoom|video|telefon|skype|webex|nett|digitalt|fysisk)\b.*|"
                           # (English-labelled minutes: "– online", "– by phone")
                           # (… the same words as _PRESENT_NOTE's: "by telephone")
                           r"(?:online|remote(?:ly)?|(?:by|via)\s+(?:tele)?phone|by\s+video)\b.*)",
                           re.I)
_SUBSTITUTE = lazy_regex(r"^(?P<name>.+?)\s+(?:for|pva\.?|på vegne av|vara for|som vara for|"
                         r"i\s+staden\s+for|i\s+stedet\s+for)\s+"
                         r"(?P<absent>[A-ZÆØÅ][\w.-]*(?:\s+[A-ZÆØÅ][\w.-]*){0,4})\s*$")
# "Ås kommune v/ Kari Nes", "Ås kommune ved ordfører Kari Nes", "Revisjon Vest IKS v/
# oppdragsansvarleg revisor Geir Lie" (the title, of one or two words, is no name)
_ON_BEHALF = lazy_regex(r"^(?P<org>.+?)\s+(?:v/|ved\s)\s*(?:[a-zæøå][\w-]*\s+){0,2}"
                        r"(?P<name>[A-ZÆØÅ][\w-]+(?:\s+[A-ZÆØÅ][\w-]+){1,3})$")
# ("Liv Aas frå kommunen", "Per Moe fra administrasjonen": the place they work written as a
# common noun in its definite form is whom they come from as much as a name is)
_ORG_DEFINITE = (r"(?:kommunen|fylkeskommunen|fylket|administrasjonen|sekretariatet|"
                 r"statsforvaltaren|statsforvalteren|skolen|skulen|barnehagen|helsestasjonen|"
                 r"sjukehuset|sykehuset|politiet|kyrkja|kirken|staben)\b")
_FROM_ORG = lazy_regex(r"^(?P<name>[A-ZÆØÅ][\w.-]*(?:\s+[A-ZÆØÅ][\w.-]*){1,4})"
                       r"(?:\s+(?:fra|frå)\s+|\s*/\s*)"
                       rf"(?P<org>[A-ZÆØÅ].*|(?<=[aå]\s){_ORG_DEFINITE}.*)$")
# A job title written before the organisation ("fylkesordfører Vestland").
# Job titles written next to a name ("ordfører Kari Holm", "Kari Holm, kommunalsjef"):
# whole titles, and the endings that make one ("kommunalsjef", "seniorrådgiver").
_JOB_TITLE_WORDS = ("ordfører", "varaordfører", "fylkesordfører", "ordførar", "varaordførar",
                    # (English, in a twin town's minutes: "Mayor Siri Bakken (co-chair)")
                    "mayor", "deputy mayor",
                    "fylkesordførar", "rådmann", "kommunedirektør", "fylkesdirektør",
                    # a hospital trust's head in a health cooperation's lists: "Gro Bergan
                    # (administrerende direktør, nestleder)"
                    "administrerende direktør", "administrerande direktør", "adm. direktør",
                    # its short form in a shareholders' table: "adm. dir. Torunn Bakke"
                    "adm. dir.", "adm.dir.",
                    # a county's or a city's executive member ("Ola Lien (fylkesråd)")
                    "fylkesråd", "byråd",
                    "statsforvalter", "fylkesmann", "daglig leder", "dagleg leiar",
                    # the police's heads in a politiråd: "Lensmann Geir Mo"
                    "lensmann", "politimester", "politimeister",
                    # the one who holds health, safety and environment at a workplace
                    "hms-ansvarlig", "hms-ansvarleg",
                    # a building's caretaker: "Vaktmeister Ivar Lunde var med på saka."
                    "vaktmester", "vaktmeister",
                    # a company's accountant at its board meeting: "Regnskapsfører Mette Aas"
                    "regnskapsfører", "regnskapsførar",
                    # an auditor by the title the law gives ("Statsautorisert revisor Jon
                    # Fjeld") and a firm's expert for a field ("fagansvarlig
                    # forvaltningsrevisjon Ole Gjerde"; "-ansvarlig" alone may be a seat)
                    "statsautorisert revisor", "registrert revisor", "fagansvarlig",
                    "fagansvarleg",
                    # a municipality's school or kindergarten officer in a school owners'
                    # network ("Kari Li, skolefaglig ansvarlig, Hol kommune")
                    "skolefaglig ansvarlig", "skulefagleg ansvarleg",
                    "barnehagefaglig ansvarlig", "barnehagefagleg ansvarleg",
                    # an officer of the Home Guard in a beredskapsråd: "Arve Lid, kaptein,
                    # HV-09" ("oberstløytnant" by the ending "løytnant")
                    "kaptein", "major", "oberst", "fenrik", "sersjant")
_JOB_TITLE_ALT = ("|".join(re.escape(w) for w in _JOB_TITLE_WORDS)
                  + r"|[\wæøå-]*(?:" + "|".join(JOB_TITLE_ENDINGS) + ")")
# English titles that companies in tourism and business networks give their staff ("CEO",
# "Head of Sales", "Business Developer", "Destination Manager"): a job beside the name, as
# "daglig leder" is, so the part after it is the organisation. Only for whole parts (not
# before a name or an organisation, where a capitalised English word may be a firm's name).
_ENGLISH_JOB_TITLE = (r"c[a-z]o|head\s+of\s+[a-z]+(?:\s+(?:and|&)\s+[a-z]+)?|"
                      r"(?:[a-z]+\s+){0,2}(?:manager|developer|director|officer|advisor)")
_JOB_TITLE = lazy_regex(rf"(?:{_JOB_TITLE_ALT}|{_ENGLISH_JOB_TITLE})", re.I)  # for fullmatch

# The last four characters, lower-cased, of every text ``_JOB_TITLE`` matches whole: a job
# word's, an ending's (whatever the ``[\wæøå-]*`` before it holds; none is shorter than
# four), an English job's last word's, and the "CEO" form's three ("c[a-z]o", the whole
# text). "Head of …" may end in any letter: its texts start with "head".
_JOB_TITLE_TAILS = frozenset(
    [word[-4:] for word in (*_JOB_TITLE_WORDS, *JOB_TITLE_ENDINGS, "manager", "developer",
                            "director", "officer", "advisor")] +
    [f"c{letter}o" for letter in "abcdefghijklmnopqrstuvwxyz"])


def is_whole_job_title(text: str) -> bool:
    """Whether ``_JOB_TITLE`` matches the whole text (its ``fullmatch``), the test every
    caller makes of it. A text whose last four characters end none of the pattern's forms
    ("Hilde", "Bjørnar", "per": most texts asked are first names) is no job, answered
    without the pattern, which tries its ending branch at every letter of such a word
    (some 40,000 instructions a first name). Exact: the pattern's letters are small, and
    a character ``re.IGNORECASE`` matches with one of them is that letter when folded
    (``fold``: a capital, "ſ", "ı", "İ", the Kelvin sign), so a matched text's last four
    characters folded are a form's last four (or the whole "c?o"), and a "head of …"
    text's first four are "head"."""
    if fold(text[-4:]) not in _JOB_TITLE_TAILS and fold(text[:4]) != "head":
        return False
    return _JOB_TITLE.fullmatch(text) is not None


def _job_title_part(part: str) -> bool:
    """Whether a lower-case part after a name's dash is the person's job, alone ("rektor")
    or with its field in one lower-case word after it ("rådgiver næring", "kommunalsjef
    helse"), as ``_TITLE_BEFORE_ORG`` reads a title before the organisation: a job, so
    whom the person represents is still the group's organisation ("Fra X fylkeskommune:")."""
    if is_whole_job_title(part):
        return True
    title, _, field = part.partition(" ")
    if title.endswith(_PRACTISING) and field.isalpha() and is_whole_job_title(field):
        return True  # "praktiserende veterinær", "privatpraktiserande psykolog": the job
    return bool(field) and field.isalpha() and field.islower() and \
        is_whole_job_title(title)


# How a job's practice is said before it: "praktiserende lege", "privatpraktiserande
# fysioterapeut", "selvstendig næringsdrivende" aside (no job after it).
_PRACTISING = ("praktiserende", "praktiserande")


# The words that join a job to the field it is for: "leder for tjenestedesign",
# "rådgiver innen digitalisering", nynorsk "rådgjevar innan klima".
_FIELD_LINKS = frozenset({"for", "innen", "innan"})


def _job_for_field(text: str) -> bool:
    """Whether a lower-case piece after a name is a job and the field it is for ("leder
    for tjenestedesign", "rådgiver innen digitalisering", "leiar for plan og bygg"): a
    job, as "rådgiver" alone is, so the organisation may follow it after a comma. Not a
    seat in a body ("leder for styret", "leiar for forumet"), which names no field."""
    words = text.split()
    if not 3 <= len(words) <= 5 or words[1] not in _FIELD_LINKS or \
            not all(word[:1].islower() for word in words[2:]):
        return False
    last = words[-1].casefold()
    return not last.endswith((*BODY_WORD_ENDINGS, "forumet", "forum")) and \
        is_whole_job_title(words[0])


def _acronym_job(part: str) -> bool:
    """Whether a part is a job named after a service's short name ("NAV-leiar",
    "PPT-leder", "IKT-rådgiver"): a capitalised word that is a job all the same."""
    head, dash, tail = part.partition("-")
    return bool(dash) and head.isupper() and tail.isalpha() and tail.islower()


# The company forms after a firm's name (``vocab``'s): "Trøndelag Vekst SA" is "Trøndelag
# Vekst".
_COMPANY_FORMS = tuple(f" {form}" for form in (*COMPANY_FORMS, *COMPANY_FORMS_ALSO_WORDS))


def _without_company_form(organization: str) -> str:
    """An organisation's name folded, without the company form at its end, so that a
    row's "Trøndelag Vekst" is the record's "Trøndelag Vekst SA"."""
    folded = organization.casefold().strip()
    return folded.rsplit(" ", 1)[0] if folded.endswith(_COMPANY_FORMS) else folded


# A manager's title that any company or association gives, not only a cooperation's own.
_MANAGER_TITLES = frozenset({"daglig leder", "dagleg leiar"})


# The chair of an organisation's board, which may be a member's own organisation.
_BOARD_CHAIR_TITLES = frozenset({"styreleder", "styreleiar"})


def _heads_own_organisation(seat: str, attendance: Attendance) -> bool:
    """Whether a seat word (folded) beside an organisation of the person's own may head
    that organisation rather than the meeting: "styreleder, Vassdal Bondelag" anywhere,
    and in an absence list "leder, Dal næringsforening" too, one who sent word she could
    not come leading no meeting (``People.other_boards_chairs``: a member when the
    meeting's chair is named elsewhere)."""
    return seat in _BOARD_CHAIR_TITLES or \
        (attendance is Attendance.ABSENT and seat in _LEADER_WORDS)


_LEADER_WORDS = frozenset({"leder", "leiar"})


def _beside_an_organisation(part: str, parts: list[str]) -> bool:
    """Whether another dash or comma part than ``part`` (``parts`` start with the name)
    names an organisation: a capitalised part that is no role word."""
    return any(other is not part and other[:1].isupper() and not is_role_word(other)
               for other in parts[1:])


def _municipal_interpreter(part: str, others: list[str]) -> bool:
    """Whether "tolk" is a member's job, not an interpreter who serves the meeting: a part
    beside the municipality or NAV office she works for (``others``: the entry's other
    parts; "Leila Ahmadi – tolk – Larvik kommune", "Amir Zadeh, tolk, Horten kommune" in
    a settlement network, as "programrådgiver" beside it is a job). A hired interpreter
    stands alone ("Tolk: Eva Li", "Eva Li (tolk)") or comes from an interpretation
    service, never from a municipality among the members."""
    if part.strip(" .").casefold() != "tolk":
        return False
    return any(other.rstrip(" .").endswith(" kommune") or other.startswith("NAV ")
               for other in others)


def _manager_of_employer(part: str, parts: list[str]) -> bool:
    """Whether a dash or comma part is "daglig leder" beside an organisation of its own
    ("Ola Vik – daglig leder – Nordby Sag AS", "Ola Vik, daglig leder, Nordby Sag AS",
    "Ola Vik (daglig leder, Nordby Sag AS)"; ``parts`` start with the name):
    the manager of that employer, who sits in a forum for it, not the body's
    administration as "daglig leder" alone says. Whether the employer is the cooperation
    that serves the body is told once the record's organisation is known
    (``People.cooperation_staff``, as for an adviser)."""
    if part.strip(" .").casefold() not in _MANAGER_TITLES:
        return False
    return _beside_an_organisation(part, parts)


# A title before the organisation ("fylkesordfører Vestland"): lower case only, so
# "Fylkesrådgiver" as part of a proper name stays, but for a short capital prefix
# ("HR-rådgiver Gran kommune", "IKT-sjef Ål kommune"); the title may name its field in one
# lower-case word ("kommunalsjef helse Kongsberg kommune").
# Who holds a job for a while or stands in: "assisterende kommunedirektør", "kst. rådmann"
# (also "konst."), "fungerende daglig leder" (the job after it is the title).
_ACTING_WORDS = ("assisterende", "assisterande", "ass.", "konstituert", "kst.", "konst.",
                 "fungerende", "fungerande", "fung.")
_ACTING = "(?:" + "|".join(map(re.escape, _ACTING_WORDS)) + ")"
# Jobs written by their capitals before the place, as infection-control fora do ("KO
# Gjesdal", the kommuneoverlege of Gjesdal): the title, not part of the organisation; so
# is a hospital's praksiskonsulent, a GP who works part-time for it ("Henrik Vold (PKO,
# medisinsk klinikk)": the clinic is whom he serves).
_JOB_ABBREVIATIONS = ("KO", "PKO")
_JOB_ABBREVIATION_OPENINGS = tuple(f"{short} " for short in _JOB_ABBREVIATIONS)
# ... and with the place after "i" ("KO i Time"): the place is whom they represent.
_SHORT_JOB_AT_PLACE = lazy_regex(rf"^(?:{'|'.join(_JOB_ABBREVIATIONS)})\s+(?:i|for)\s+"
                                 r"(?P<org>[A-ZÆØÅ][\w-]*(?:\s+[A-ZÆØÅ][\w-]*)?)$")
_TITLE_BEFORE_ORG = lazy_regex(rf"^(?=[a-zæøå]|[A-ZÆØÅ]{{2,4}}-[a-zæøå]|"
                               rf"(?:{'|'.join(_JOB_ABBREVIATIONS)})\s)(?:{_ACTING}\s*)?"
                               # (a compound title's shared first part: "helse- og
                               # omsorgssjef Kviteseid")
                               r"(?:[a-zæøå][\wæøå]*-\s+(?:og|eller)\s+)?"
                               rf"(?:{_JOB_TITLE_ALT}|{'|'.join(_JOB_ABBREVIATIONS)})"
                               r"(?:\s+[a-zæøå][\wæøå-]{2,})?\s+"
                               r"(?=[A-ZÆØÅ])")  # ("ass. rådmann Gol kommune" too)
_SEPARATOR = lazy_regex(r"\s*(?:,|;|\bog\b|\bsamt\b|\bog\s+fra\b|&)\s*", re.I)
# ("\s+…", "\s{2,}" led by one "\s": ``re`` skips to spaces in a tight loop, the same matches)
_DASH_PARTS = lazy_regex(r"\s\s*[-–—]\s+")
_MULTISPACE = re.compile(r"\s\s+")
# What parts a row's cells on one line: a TAB, or two spaces or more.
_CELL_GAP = lazy_regex(r"\s*\t\s*|\s\s+")

# Sentences about partial attendance: "X (PA) var til stede under sak 2.",
# "Johs forlot møtet i en periode …", "Kari kom til møtet fra sak 3".
_TAIL = r"(?:[^.;]|\.(?=\s?\d))*"  # the rest of the clause; "kl. 12.30" does not end it
# There until a point, the word "fram"/"frem" before "til": "… deltok fram til sak 19/25",
# "… var til stede frem til kl. 12" (the case or the hour closes the clause, as "til" does).
_UP_TO = r"(?:fram|frem)\s+til\s+(?=sak|kl|klokka|lunsj|pausen)"
# (a Sami or Kven name's capitals too: "Ánte Guttorm gikk etter sak 4", "Čalbmi Sara …")
_NAME_IN_SENTENCE = r"(?P<name>[A-ZÆØÅÁČĐŊŠŦŽÄÖ][\w-]+(?:\s+[A-ZÆØÅÁČĐŊŠŦŽÄÖ][\w-]+){0,4})"
_PARTIAL_SENTENCE = lazy_regex(
    _NAME_IN_SENTENCE + r"\s*(?:\((?P<paren>[^)]*)\)\s*)?"
    r"(?P<note>(?:var|vart|ble)\s+(?:(?:berre|bare|kun)\s+)?(?:til stede|til stades|med)\s+"
    # ("var med på Teams" is there from afar, the whole meeting: see _REMOTE_PIECE)
    r"(?:under|på(?!\s+(?i:teams|zoom|telefon|video|skype|webex|nett)\b)|i|fra|frå|til|"
    r"etter|" + _UP_TO + r")\b" + _TAIL +
    # (also "gikk ut av møtet", nynorsk "gjekk ut av møtet etter denne saka")
    r"|(?:forlot|gikk\s+fra|gjekk\s+frå|forlét|gikk\s+ut\s+av|gjekk\s+ut\s+av)\s+møtet\b"
    + _TAIL +
    # "… gikk etter sak 5", "… gjekk kl. 11.30": left, said without "møtet"
    r"|(?:gikk|gjekk)\s+(?:etter|før|under|kl\.?|klokka|(?:fra|frå)\s+(?=sak|kl))\b" + _TAIL +
    r"|(?:kom|ankom)\s+(?:til\s+møtet\s+)?(?:under|fra|frå|etter|kl\.?|klokka|til)\b" + _TAIL +
    # (nynorsk minutes in the present, too: "… deltek frå sak 3")
    r"|(?:deltok|deltek|møtte)\s+(?:under|fra|frå|til|etter|bare|berre|kun|kl\.?|klokka|"
    + _UP_TO + r"|"
    # there for one item: "… deltok på sak 2" (not "deltok på Teams", the whole meeting)
    r"på\s+(?=(?:sak|saka|saker|sakene|punkt)\b)|"
    # there for a stretch of it: "… deltok de første 30 minuttene", "… møtte den siste
    # timen", nynorsk "… deltok dei fyrste to timane"
    r"(?:den|de|dei)\s+(?:første|fyrste|siste)\s+(?=\S)|"
    # "… møtte i forbindelse med presentasjon av sak 14/26": there for that item
    r"i\s+(?:forbindelse|samband)\s+med\s+(?=[^.;]{0,40}?\b(?:sak|saka|saker|sakene|punkt)\b)|"
    # "… deltok i sak 2025/17", "… møtte i behandlingen av sak 4": there for those items
    # (not "deltok i møtet", the whole of it)
    r"i\s+(?=(?:sak|saka|saker|sakene|sakane|behandlingen|handsaminga)\b))\b"
    + _TAIL +
    # "… deltok på Teams fra sak 2", "… var med på Teams under sak 2", "… kom seint",
    # "… måtte gå etter sak 5"
    r"|(?:deltok|møtte|var\s+med)\s+(?:på|via|per)\s+\w+\s+(?:under|fra|frå|til|etter|i)\s+"
    r"(?:sak|saka|saker|kl\.?|klokka)\b" + _TAIL +
    r"|kom\s+(?:seint|sent|for\s+seint|for\s+sent|senere|seinare|seinere)\b" + _TAIL +
    # one who came to present an item: "Eirik Bjåen (kommuneoverlege) orienterte under
    # sak 4", "… innledet i sak 3": there for that item
    r"|(?:orienterte|innledet|innleidde|innleia|presenterte)\s+(?:under|i)\s+"
    r"(?:sak|saka)\b" + _TAIL +
    r"|måtte\s+(?:gå|forlate\s+møtet|forlata\s+møtet)\b" + _TAIL +
    # away for some items only: "… var ikke til stede under sak 4"
    r"|var\s+(?:ikke|ikkje)\s+(?:til\s+stede|til\s+stades|tilstede)\s+(?:under|i|ved|fra|frå)\s+"
    r"(?:sak|saka|saker|behandlingen|handsaminga)\b" + _TAIL +
    # not there for one case: "… deltok ikke under sak 4 (inhabil)"
    r"|(?:deltok|møtte)\s+(?:ikke|ikkje)\s+(?:under|i|på)\s+"
    r"(?:sak|behandlingen|handsaminga)\b" + _TAIL +
    r"|hadde\s+(?:permisjon|perm\.)" + _TAIL + r"|var\s+inhabil" + _TAIL +
    # "… ble permittert fra kl. 12.00", "Varamedlem Jon Aas tiltrådte (kl. 12.00)."
    r"|(?:ble|vart)\s+permittert" + _TAIL + r"|tiltrådte" + _TAIL + r"|tiltredde" + _TAIL +
    r"|fratrådte" + _TAIL + r")")

# Rarer sentences, read apart (only where their words are) so that the common pattern
# above stays cheap: declared disqualified by the body or by oneself ("… ble erklært
# inhabil og fratrådte", "… melde seg ugild"), given leave ("… fikk permisjon fra kl. 12"),
# seated late ("… tok sete fra sak 3/24").
_SEAT_SENTENCE = lazy_regex(
    _NAME_IN_SENTENCE + r"\s*(?:\((?P<paren>[^)]*)\)\s*)?"
    # why first, then the step: "Siri Hammer er ansatt i barnevernet og fratrådte som
    # inhabil" (the reason is no part of the note)
    # said first: "Per Dahl opplyste at han er inhabil og fratrådte" (he, not the body, is
    # the one who stepped out, for this item only)
    r"(?:(?:opplyste|sa|sa\s+frå|sa\s+fra|meldte|informerte|gjorde\s+oppmerksom\s+på)\s+at\s+"
    r"(?:han|hun|ho)\s+(?=(?:er|var)\s))?"
    # (but "… var ugild i sak 4/26 og fråtredde", the case named in it, is the note itself)
    # (also the reason, then the declaration: "… er styreleiar i X AS og melde seg ugild")
    r"(?:(?:er|var)\s+(?:(?!sak\s\d)[^.;:]){1,80}?\s+og\s+"
    r"(?=fratr|fråtr|(?:erklærte|meldte|melde)\s+seg\s+(?:inhabil|ugild)))?"
    r"(?P<note>(?:ble|vart)\s+(?:enstemmig\s+|samrøystes\s+)?(?:erklært|kjent|kjend|funnet|"
    r"funnen)\s+(?:inhabil|ugild)" + _TAIL +
    r"|(?:erklærte|meldte|melde)\s+seg\s+(?:inhabil|ugild)" + _TAIL +
    # "… er inhabil og deltok ikke i behandlingen", nynorsk "… fråtredde under handsaminga"
    r"|(?:er|var)\s+ugild" + _TAIL + r"|er\s+inhabil" + _TAIL +
    r"|(?:fratredde|fratrådde|fratrådte|fråtredde|fråtrådde|fråtrådte)" + _TAIL +
    r"|(?:fikk|fekk|ble\s+innvilget|vart\s+innvilga)\s+permisjon" + _TAIL +
    r"|tok\s+sete\b" + _TAIL + r")")
has_seat_hint = contains_any(("inhabil", "ugild", "permisjon", "tok sete", "fratredde",
                              "fratrådde", "fratrådte", "fråtr"))

# The presenter's form of a partial sentence ("… orienterte under sak 4"): in the
# attendance paragraph one there for that item, in an item's text only who spoke.
PRESENTED_ITEM = ("orienterte", "innledet", "innleidde", "innleia", "presenterte")
_PARTIAL_HINTS = ("til stede", "til stades", "med ", "forlot", "forlét", "gikk", "gjekk", "kom ",
                  "ankom", "måtte ",
                  "deltok", "deltek ", "møtte", "permisjon", "perm.", "inhabil", "ugild", "fratr",
                  "fråtr",
                  "permittert", "tiltrådte", "tiltredde", "tok sete",
                  # (one who presented an item: "… orienterte under sak 4"; the verb
                  # with its preposition, which few lines hold)
                  "orienterte under", "orienterte i sak", "innledet under", "innledet i sak",
                  "innleidde under", "innleidde i sak", "innleia under", "innleia i sak",
                  "presenterte under", "presenterte i sak")
# Whether a (lower-cased) line may hold a partial-attendance sentence at all.
has_partial_hint = contains_any(_PARTIAL_HINTS)
# "med " is a common word: only _PARTIAL_SENTENCE's "var (berre) med under …" form needs
# it, and that form needs the verb (or "berre") right before it, which few lines hold
_PARTIAL_HINTS_BUT_WITH = tuple(h for h in _PARTIAL_HINTS if h != "med ")
_has_partial_hint_but_with = contains_any(_PARTIAL_HINTS_BUT_WITH)
# The same hints asked of a document's text (``no_partial_hint``): grouped behind parts
# that several share and few documents hold, where the line test's letters and parts of
# two ("å", "de") are in every document (``text_test``)
_text_has_partial_hint = text_test(_PARTIAL_HINTS_BUT_WITH,
                                   gates=(" i sak", " under", "innle", "perm", "tiltr", "forl",
                                          "delt", "til st"))
_WITH_CLAUSE = lazy_regex(r"(?:var|vart|ble|berre|bare|kun)\s+med\s")


def may_hold_partial(lowered: str, text: str, hints: bool = True) -> bool:
    """Whether ``partial_sentences`` can find anything in ``text`` (``lowered``: the text
    lower-cased): a partial hint other than "med ", or "med " in a "var med" clause ("med"
    alone is common: "sendes ut sammen med referatet"). ``has_partial_hint`` is the first
    or "med ", so this is the hint test and the clause test asked as one: a line holding
    "med " only leaves without a second search of every hint. A caller that asks it first
    tells ``partial_sentences`` so (``hinted``: ``read_other_people``). ``hints=False``:
    the caller knows the text holds none of the other hints (``no_partial_hint``)."""
    return (hints and _has_partial_hint_but_with(lowered)) or (
        "med " in lowered and _WITH_CLAUSE.search(text) is not None)


def no_partial_hint(lines: list[Line]) -> bool:
    """Whether none of the lines holds a partial hint other than "med " (``none_holds``):
    most minutes note no one coming or leaving inside their items, and then each item
    line's ``may_hold_partial`` needs only its "var med" test."""
    return none_holds(_text_has_partial_hint, lines)


# (a municipal enterprise by its mark: "Fjordvik vatn og avløp KF")
_ORG_HINT = lazy_regex(
    r"(?:kommune|herad|fylkeskommune|regionen|regionråd|rådet|sekretariat|universitet|høgskole|"
    r"høyskole|næringsforening|forbund|forbundet|\bas\b|\biks\b|\bkf\b|\bnav\b|\bks\b|\bnho\b|"
    r"\blo\b|direktorat|departement|etat|region|partnerskap|selskap|forening|utvalg|"
    r"gruppe|skole|bedrift|næringshage|fylke|stat\b|statsforvalter|statsforvaltar|"
    # a national body's name: "Norsk Vann", "Norges Bondelag", "Statens vegvesen"
    r"\bnorsk\b|\bnorges\b|\bstatens\b|"
    # a farmers', grazing, forest owners' or hunters' association: "Ullensvang Bondelag",
    # "Vågå beitelag", "Etne skogeigarlag", "Voss jeger- og fiskarlag" (no name ends so;
    # not "forslag", "avslag", "innslag" …)
    r"\w(?<!fors)(?<!avs)(?<!inns)(?<!opps)(?<!tils)(?<!ans)(?<!uts)(?<!oms)lag(?:et)?\b|"
    # a hunting area one leads or speaks for: "leiar i Tinndal storvald", "Aurvik elgvald"
    r"(?:stor|elg|hjorte?|jakt)vald(?:et)?\b|"
    # a nynorsk utval, lower-cased as the text names it: "Mette Lie, villreinutvalet"
    r"utval(?:et)?\b|"
    # the municipalities' educational-psychological service and a centre, named for whom
    # they serve: "(PPT for Nordfjord)", "(Senter for kompetanseutvikling)"
    r"\bppt\b|pp-tenest|pp-tjenest|senter|"
    # the press among listeners: "Mari Lunde, Vestfjord Avis", "…, Bygdeavisa"
    r"\bavis\b|avisa\b|avisen\b|"
    # the firms and public companies of a climate or business partnership: "Ove Dale,
    # Bergen Havn", "Lene Fosse, Sparebanken Vest", "…, Lyse Energi", "…, Sunnfjord Kraft"
    r"\bhavn\b|sparebank|\bbank\b|energi\b|kraft\b|"
    # a hospital one comes from: "Randi Mo, Helgelandssykehuset Sandnessjøen"
    r"sykehus|sjukehus|"
    # a state agency named by its work in the definite form: "Liv Ask, Kystverket,
    # lostjenesten", "…, Mattilsynet, avdeling Vest" (a unit in small letters may follow)
    r"\w(?:verket|tilsynet)\b|"
    # … and a firm named by its part of the country: "Tine Sør-Vest", "Helse Nord-Vest"
    r"\b(?:sør|nord)-(?:vest|øst)\b|"
    # a cross-border programme one comes from, named for its area: "Eva Nilsson, Interreg
    # Aurora (fra sak 3)" (a first name as the area's word, "Aurora", makes no person)
    r"\binterreg\b|"
    # a named project one works in: "…, prosjektleiar i Interreg-prosjektet Grenselaus helse"
    # (its name capitalised after it, not "deltok i prosjektet")
    r"prosjektet\s+(?-i:[A-ZÆØÅ]))", re.I)


@functools.lru_cache(maxsize=8192)
def normalize_name(name: str) -> str:
    """The key under which two spellings of a name are the same person."""
    return " ".join(unicodedata.normalize("NFC", name).casefold().split())


@dataclass(slots=True)
class Entry:
    """One person found in a list, before it is merged into the participant list."""

    name: str
    organization: str | None = None
    role: ParticipantRole | None = None
    attendance: Attendance = Attendance.PRESENT
    note: str | None = None
    #: a first name alone, from a list that gives nothing more ("Nora, Vegard, Erik")
    first_name_only: bool = False
    #: a surname alone, from a list of a municipality's pairs ("Granstad: Bekkelund/Sæther")
    surname_only: bool = False
    #: the text says this person led the meeting ("Møtet ble ledet av Per Lie.")
    led: bool = False
    #: a seat table gives the seat "Ordfører" (see ``People.mayor_chairs``)
    mayor: bool = False
    #: the line calls the person an adviser or a consultant by job (see
    #: ``People.cooperation_staff``)
    staff: bool = False
    #: the line calls the person "styreleder" beside an organisation of its own ("Jostein
    #: Ødegård – styreleder – Valdres skogeierlag"; see ``People.other_boards_chairs``)
    board_chair: bool = False
    #: a table row gives a job at a state agency where the others may give seats
    #: ("Statens vegvesen | seksjonsleder"; see ``table_names_seats``)
    agency_staff: bool = False
    #: "Statsforvalteren i Innlandet v/ Jørund Lie" among the members: read as a visiting
    #: agency's, the planning forum's own side (``minutes._municipalities_bring_cases``)
    agency_visitor: bool = False


class People:
    """Participants in order of first appearance, each once (by normalised name)."""

    def __init__(self) -> None:
        self._by_key: dict[str, Participant] = {}
        self.order: list[Participant] = []
        self._first_only: list[str] = []  # keys of people known by first names alone
        # those whose name has three words, by its first and last ("stine", "urke"), and
        # each one's place in ``order``: ``_with_initial`` asks only them (noted when it
        # first needs them: most participants are never asked so)
        self._by_ends: dict[tuple[str, str], list[Participant]] = {}
        self._places: dict[int, int] = {}
        self._leaders: list[Participant] = []  # those the text says led the meeting
        self._mayors: list[Participant] = []  # those a seat table calls "Ordfører"
        self._staff: list[Participant] = []  # those a line calls "rådgiver" (Entry.staff)
        self._board_chairs: list[Participant] = []  # (Entry.board_chair)
        #: those read as a visiting agency's people (``Entry.agency_visitor``)
        self.agency_visitors: list[Participant] = []
        # absent members whose organisation was their deputy's seat (``mark_absent``): the
        # one written beside their own name later is theirs
        self._seat_orgs: list[Participant] = []
        # the roles of listed guests a sentence made chair by opening or welcoming the
        # meeting ("Styreleiar X opna møtet og ønskte velkomen", ``opened_by``): kept, and
        # given back when the meeting elects another chair (``one_chair``)
        self._opened_as: list[tuple[Participant, str]] = []
        #: who wrote a pasted e-mail ("Fra: Tove Hansen"): the "meg" of its lists
        self.writer: str | None = None
        #: the body that met, as the head names it ("Arbeidsutvalet"): a group's sentence
        #: naming it ("Frå arbeidsutvalet møtte …") lists its own members
        self.body: str | None = None
        #: the body is the parents' own (FAU, foreldreråd): the school's staff are guests
        self.parents_only = False
        #: presenters the text names who were listed already (see
        #: ``minutes._presenters_in_closing_list``)
        self.listed_presenters: list[Participant] = []
        #: the body is one of elected members (regionråd, eldreråd): the administration
        #: listed with them are guests
        self.elected_only = False
        #: the head's lines before the attendance, casefolded, when they name a meeting of
        #: two parties ("Dialogmøte mellom regionrådet og Innlandet fylkeskommune",
        #: "Kontaktmøte med Statsforvalteren"), else "": a side the title names sits in it
        self.parties_head = ""
        #: names of three words or more read from names run together, whose last word
        #: may be a place ("Lillian Nærem Hurdal"), each with its list: settled, or
        #: warned about, once the whole text is known
        self.run_names: dict[str, str] = {}
        #: several attendance lines name a place and two surnames ("Granstad: Bekkelund/
        #: Sæther"): a mayor and a chief executive per municipality, by surname alone
        self.surname_pairs = False
        #: an attendance line names one person surname first with a known first name
        #: ("Nymo, Sigve (nestleder)"): the list is of people, so "Holm, Ante (leder)" in
        #: the same form is one too, though "Ante" is no first name known here
        self.inverted_list = False
        #: an attendance line named one person and whom she represents ("Kari Holm,
        #: Vestland fylkeskommune"): a list one person a line, so "Bjarni Petersen, Føroya
        #: Fornminnissavn" in it is one person with a foreign organisation of two
        #: capitalised words (``one_with_org``), not two people
        self.named_with_org = False

    def add(self, entry: Entry) -> Participant | None:
        """Add a person, or enrich the one already known under the same name."""
        known = self._add(entry)
        if entry.led and known is not None:
            self._leaders.append(known)
        if entry.mayor and known is not None and not any(known is m for m in self._mayors):
            self._mayors.append(known)
        if entry.staff and known is not None:
            self._staff.append(known)
        if entry.board_chair and known is not None:
            self._board_chairs.append(known)
        if entry.agency_visitor and known is not None:
            self.agency_visitors.append(known)
        return known

    def other_boards_chairs(self, body: str | None, organization: str | None) -> None:
        """One listed as "styreleder" of an organisation of her own beside another chair
        of the meeting ("Sigrid Hande – leder – Nord-Aurdal kommune" over "Jostein Ødegård
        – styreleder – Valdres skogeierlag") chairs that organisation's board and sits in
        the network for it: a member. Not at a board's own meeting, nor when the
        organisation is the record's (the board that met is hers)."""
        if not self._board_chairs or (body or "").casefold().startswith("styre"):
            return
        own = (organization or "").casefold()
        others = [known for known in self.order if known.role == ParticipantRole.CHAIR and
                  not any(known is chair for chair in self._board_chairs)]
        if not others:
            return
        for known in self._board_chairs:
            if known.role == ParticipantRole.CHAIR and \
                    (known.organization or "").casefold() != own:
                known.role = ParticipantRole.MEMBER.value

    def cooperation_staff(self, organization: str | None) -> None:
        """An adviser or consultant listed with the members ("Silje Rønning, rådgiver,
        Nordvestrådet") is the administration, a guest by the reading guide, when she works
        for the cooperation that serves the body: the record's organisation, or the one
        the secretary or the administration's head (daglig leder, sekretariatsleder) comes
        from, when that is no municipality or county (a member's own adviser represents
        her municipality, as any member does)."""
        if not self._staff:
            return
        serving = {_without_company_form(known.organization) for known in self.order
                   if known.organization and known.attendance != Attendance.ABSENT and
                   known.role in (ParticipantRole.SECRETARY, ParticipantRole.GUEST) and
                   not any(known is staff for staff in self._staff)}
        if organization:
            serving.add(_without_company_form(organization))
        for known in self._staff:
            org = _without_company_form(known.organization or "")
            if known.role == ParticipantRole.MEMBER and org in serving and \
                    not org.endswith(_OWN_SEAT_ORG_ENDINGS):
                known.role = ParticipantRole.GUEST.value

    def mayor_chairs(self, body: str | None) -> None:
        """The one member a seat table calls "Ordfører" chairs a council the mayor leads
        by law (``is_mayor_led``) when no one else is called chair: ACOS and Elements print
        "Ordfører | SP", not "Leder", in a kommunestyre's or formannskap's protocol."""
        if len(self._mayors) != 1 or not is_mayor_led(body) or \
                any(known.role == ParticipantRole.CHAIR for known in self.order):
            return
        mayor = self._mayors[0]
        if mayor.role in (None, ParticipantRole.MEMBER) and mayor.attendance != Attendance.ABSENT:
            mayor.role = ParticipantRole.CHAIR.value

    def one_chair(self) -> None:
        """Who led the meeting is its chair: a title in a list ("Kari Holm (leder av
        regionrådet)") does not make another person chair of a meeting the text says Per
        Lie led; she keeps her seat as a member."""
        if not self._leaders:
            return
        for known in self.order:
            if known.role == ParticipantRole.CHAIR and \
                    not any(known is leader for leader in self._leaders):
                known.role = self.role_without_chair(known)

    def role_without_chair(self, known: Participant) -> str:
        """The role of one read as chair whom the meeting's own chair displaces: a member,
        or the guest she was listed as before opening the meeting (``opened_by``)."""
        return next((role for opener, role in self._opened_as if opener is known),
                    ParticipantRole.MEMBER.value)

    def in_text_order(self, start: int, text: str) -> None:
        """Put the people added since ``start`` in the order ``text`` names them (those it
        does not name last): one paragraph's sentences read out of turn, the partial
        attendance first, are still in order of first appearance."""
        added = self.order[start:]
        if len(added) > 1:
            self.order[start:] = sorted(added, key=lambda known: (
                at if (at := text.find(known.name)) >= 0 else len(text)))

    def opened_by(self, known: Participant) -> None:
        """A listed participant a sentence names as opening or welcoming the meeting by a
        chair's title chairs it, unless it elects another chair: the company's board
        chair listed "Frå selskapet" who opened an owners' meeting then is a guest again."""
        if known.role == ParticipantRole.GUEST:
            self._opened_as.append((known, known.role))
        known.role = ParticipantRole.CHAIR.value

    def _add(self, entry: Entry) -> Participant | None:
        """Add a person, or enrich the one already known under the same name."""
        name = tidy_name(entry.name)
        plain = uninverted(name, one_person=True, party=self.inverted_list or
                           _known_party(entry.organization or "")) \
            or name if "," in name else name
        if "." in plain and _GLUED_INITIAL.search(plain):
            plain = _GLUED_INITIAL.sub(r"\g<initial> ", plain)  # "B.Strand" is "B. Strand"
        if not (looks_like_name(plain) or entry.first_name_only or entry.surname_only):
            known = self._by_initials(plain)  # "Referent: Ellen HF" signs the list's Ellen
            if known is not None and entry.role and known.role != ParticipantRole.CHAIR:
                known.role = str(entry.role)
            return known
        if entry.organization and entry.organization[:2] in ("LP", "PP", "Le", "le") and \
                _PARTNER_CODE.fullmatch(entry.organization):
            entry.organization = None  # "Chair: Øystein Lunde (LP)": an EU project's partner by
            # its number (lead partner, partner 3), no organisation: his own line names it
        key = normalize_name(plain)  # "Reigstad, Monrad" is "Monrad Reigstad"
        # (a list of first names alone is rare: without one, no call for each person)
        # (a middle name or initial needs three words: ``key`` is spaced singly, so two
        # spaces tell it without a call for the two-word names most lists hold)
        known = self._by_key.get(key) or \
            (self._with_initial(key, name) if key.count(" ") == 2 else None) or \
            (self._by_first_names(key, name) if self._first_only else None)
        if known is None:  # str() of a StrEnum member is its value (and cheaper than .value)
            # (by position, in the fields' order: name, organization, role, attendance,
            # note; a keyword call builds and unpacks a dict of its arguments, about
            # 800 instructions, once for each participant)
            known = Participant(name, entry.organization,
                                str(entry.role) if entry.role else None,
                                str(entry.attendance), entry.note)
            self._by_key[key] = known
            self.order.append(known)
            if entry.first_name_only:
                self._first_only.append(key)
            return known
        if entry.organization and (not known.organization or _secretariat_only(
                known.organization, entry.organization)):
            known.organization = entry.organization
        elif entry.organization and self._seat_orgs and any(known is p for p in self._seat_orgs):
            # "Vidar Grønli | Rømskog | møtte for Heidi Sæther", then "Forfall: Heidi Sæther
            # (Indre Østfold)": her own line says whom she represents, not her deputy's seat
            known.organization = entry.organization
            self._seat_orgs.remove(known)
        if entry.role and (known.role is None
                           or (entry.role in _CHAIR_OR_SECRETARY
                           and known.role != _CHAIR_ROLE)):
            # a later mention adds a role, or the meeting role (chair, secretary); it does
            # not demote a member to a guest
            known.role = str(entry.role)
        if entry.attendance is _PARTIAL_ATTENDANCE:
            known.attendance = Attendance.PARTIAL.value
            known.note = entry.note or known.note
        elif entry.attendance is _ABSENT and known.attendance == "present" and \
                known.note is None:
            known.attendance = Attendance.ABSENT.value  # a table of every member, then
            # "Forfall: Knut Vang, Ivar Rostad": the forfall list says who did not come
            known.note = entry.note  # (and why: "Ivar Rostad (sykdom)")
        elif entry.attendance is _ABSENT and known.attendance == "absent" and \
                known.note is None and entry.note:
            known.note = entry.note  # "Vara: X for Karl Ek", then "Forfall: Karl Ek (ferie)"
        elif entry.note and known.note is None and known.attendance == "present" and \
                entry.attendance is Attendance.PRESENT and substituted_for(entry.note):
            known.note = entry.note  # listed as present, then "Vara: X møtte for Y"
        return known

    def put_first(self, first: list[Participant]) -> None:
        """Put these known participants first, in this order, the rest after them in theirs
        (the places ``_with_ends`` noted are noted again when next asked)."""
        moved = {id(known) for known in first}
        self.order[:] = [*first, *(known for known in self.order if id(known) not in moved)]
        self._places.clear()
        self._by_ends.clear()

    def _with_initial(self, key: str, name: str) -> Participant | None:
        """One already known under the same name with a middle name or its initial
        ("Stine Ø. Urke", "Stine Ødegaard Urke"); the full spelling is kept. A middle
        initial also finds the name without one ("Bjørn F. Framnes", "Bjørn Framnes")."""
        words = key.split()
        if len(words) != 3:
            return None
        if len(words[1].rstrip(".")) == 1 and \
                (plain := self._by_key.get(f"{words[0]} {words[2]}")) is not None:
            return plain  # "Bjørn F. Framnes" signs for "Bjørn Framnes" in the list
        for known in self._with_ends(words[0], words[2]):
            other = normalize_name(known.name).split()
            if len(other) == 3 and other[0] == words[0] and other[2] == words[2] and \
                    other[1][:1] == words[1][:1] and (len(other[1].rstrip(".")) == 1
                                                      or len(words[1].rstrip(".")) == 1):
                if len(words[1]) > len(other[1]):
                    known.name = name
                    self._by_key[key] = known
                    self._renamed(known)
                return known
        return None

    def _note_ends(self, known: Participant, place: int) -> None:
        """Note a participant (at ``place`` in ``order``) under the first and last word
        of its name as it now reads, if it has three. An entry left under a former name
        is checked against the name where it is found."""
        self._places[id(known)] = place
        words = normalize_name(known.name).split()
        if len(words) == 3:
            self._by_ends.setdefault((words[0], words[2]), []).append(known)

    def _renamed(self, known: Participant) -> None:
        """Note a participant noted already under its new name too (only ``People``
        renames a participant; one not noted yet is noted as it reads when asked)."""
        if (place := self._places.get(id(known))) is not None:
            self._note_ends(known, place)

    def _with_ends(self, first: str, last: str) -> list[Participant]:
        """Those with a three-word name of this first and last word, in the order of
        ``order``, each once: the ones ``_with_initial`` walked ``order`` for (a list of
        50 full names asked each name of each of the others)."""
        for place in range(len(self._places), len(self.order)):  # (added since last time)
            self._note_ends(self.order[place], place)
        noted = self._by_ends.get((first, last), [])
        if len(noted) < 2:
            return noted
        return sorted({id(known): known for known in noted}.values(),
                      key=lambda known: self._places[id(known)])

    def _by_first_names(self, key: str, name: str) -> Participant | None:
        """The one person a list named by first names alone that this full name goes
        on from ("Rigmor" … "Ref.: Rigmor Sollie Holmebukt"); the full name is kept, in
        the place the first name had."""
        if not self._first_only or " " not in key:
            return None
        hits = [known for known in self._first_only if key.startswith(known + " ")]
        if len(hits) != 1:
            return None
        self._first_only.remove(hits[0])
        self._by_key[key] = found = self._by_key[hits[0]]
        found.name = name
        self._renamed(found)
        return found

    def _by_initials(self, name: str) -> Participant | None:
        """The one person a first name and the initials of the rest stand for ("Ellen
        HF" for Ellen Holtan Folkestad), if exactly one."""
        words = name.split()
        if len(words) != 2 or not (2 <= len(words[1]) <= 3 and words[1].isupper()):
            return None
        hits = [p for p in self.order if (known := p.name.split())[0] == words[0] and
                "".join(w[:1] for w in known[1:]).upper() == words[1]]
        return hits[0] if len(hits) == 1 else None

    def with_initials(self, initials: str) -> Participant | None:
        """The one person whose name's words start with these capitals ("KH" for Kari
        Hovda, "SOB" for Stein Olav Brua), if exactly one: minutes signed "Ref: KH"."""
        hits = [p for p in self.order
                if name_initials(p.name) == initials]
        return hits[0] if len(hits) == 1 else None

    def mark_absent(self, name: str, deputy: Participant | None = None) -> None:
        """A substitute came "for Y": Y did not attend (added as absent if unknown).

        The deputy and the member hold one seat, so whom the seat represents, written by
        either of them, is the other's too ("Siri Lie (Zby) møtte for Ola Nord",
        "Ola Nord, Zby – forfall, vara Siri Lie møtte").
        """
        known = self.find(name)
        if known is None:
            known = self.add(Entry(name=name, role=ParticipantRole.MEMBER,
                                   attendance=Attendance.ABSENT,
                                   first_name_only=" " not in name))  # "pva Kari"
        elif known.attendance == Attendance.PRESENT.value:
            known.attendance = Attendance.ABSENT.value
        if known is not None and deputy is not None and known is not deputy:
            if known.organization is None and deputy.organization:
                self._seat_orgs.append(known)
            share_seat(deputy, known)

    def find(self, reference: str) -> Participant | None:
        """The participant a name or a first name ("Johs") refers to, if unambiguous; a
        double first name ("Bjørn Olav" for "Bjørn Olav Strand") too."""
        key = normalize_name(reference)
        if key in self._by_key:
            return self._by_key[key]
        if " " in key:  # the leading names of one longer name: "Bjørn Olav gikk kl. 14.00"
            words = key.split()
            size = len(words)
            hits = [p for p in self.order
                    if (known := normalize_name(p.name).split())[:size] == words and
                    len(known) > size]
        else:
            hits = [p for p in self.order if normalize_name(p.name).split()[0] == key]
        return hits[0] if len(hits) == 1 else None

    def __len__(self) -> int:
        return len(self.order)


def share_seat(deputy: Participant | Entry, member: Participant | Entry) -> None:
    """A deputy and the member they came for hold one seat: whom it represents, written
    for one of them only, is the other's too."""
    if deputy.organization is None:
        deputy.organization = member.organization
    elif member.organization is None:
        member.organization = deputy.organization


# Job titles written before a name ("Kommunalsjef Geir Dyrnes", "rådgiver Anne Foss").
# A word that qualifies a title: "Assisterande rådmann", "Oppdragsansvarleg revisor", a
# hospital trust's head: "Administrerende direktør Per Strand", "Adm. direktør …"
_TITLE_QUALIFIER = (r"(?:(?:assisterende|assisterande|konstituert|fungerende|fungerande|"
                    r"oppdragsansvarlig|oppdragsansvarleg|administrerende|administrerande|"
                    r"adm\.|ass\.|kst\.|konst\.|fung\.)\s*)?")
_TITLE_PREFIX = lazy_regex(
    # "også hennes vara Liv Strand" in a forfall list: the deputy was away too
    r"^(?:(?:(?:også|og|samt)\s+)?(?:hans|hennes|hennar|deres|deira|sin|sitt)\s+"
    r"(?:vara|varamedlem|vararepresentant)\w*\s+(?=[A-ZÆØÅ])|"
    # a word that qualifies the title (``_TITLE_QUALIFIER``)
    rf"{_TITLE_QUALIFIER}"
    # a compound title's shared first part: "Helse- og omsorgssjef", "Plan- og byggesaksleiar"
    r"(?:[\wæøå]+-\s+(?:og|eller)\s+)?"
    # the title's other name before a slash, as a change of titles left it written:
    # "Kommunedirektør/rådmann Anne Lie"; two jobs one person holds, each maybe qualified:
    # "Daglig leder/oppdragsansvarlig revisor Geir Dal"
    # (the slash looked for first, one or two words on: most names have none)
    rf"(?:(?=[\wæøå-]+(?:\s[\wæøå-]+)?\s*/)(?:{_JOB_TITLE_ALT})\s*/\s*{_TITLE_QUALIFIER})?"
    rf"(?:{_JOB_TITLE_ALT}|nestleder|nestleiar|medlem|varamedlem|styremedlem|vara|kasserer|"
    r"kasserar|"
    r"styremedlemmene|medlemmene|varamedlemmene|representantene|"
    # a list's title for all its people: "Ordførerne Kari Nes (Ås), Per Bø (Berg) …"
    r"ordførerne|ordførarane|varaordførerne|varaordførarane|rådmennene|kommunedirektørene|"
    r"kommunedirektørane|"
    # the staff's plural title before its first person: "Avdelingsdirektørene Torill Aske,
    # Even Halse", "Rådgjevarane Eli Bø og …"
    r"[\wæøå-]*(?:direktørene|direktørane|rådgiverne|rådgjevarane|sjefene|sjefane|"
    r"konsulentene|konsulentane)|"
    # the staff's seat on a board: "Ansattes representant Frode Li", "Tilsettrepresentant …"
    r"(?:de\s+)?ansattes\s+representant|(?:dei\s+)?tilsette\s+sin\s+representant|"
    r"ansatte?representant|tilsetterepresentant|tilsettrepresentant|"
    # a seat by whom it speaks for: "Brukerrepresentant Siv Hansen", "Fastlegerepresentant …"
    # (also a body of two or three words: "Lesja kommunes representant Ola Nord",
    # "Statens vegvesens representant …")
    # (not a plural group's: "De ansattes representant", a first name before it)
    r"[\wæøå-]*representant|(?-i:[A-ZÆØÅ])[\wæøå-]+(?:\s+(?![\wæøå-]*(?:tte|ene|ane)s\s)"
    r"[\wæøå-]+){0,2}?s\s+representant|"
    r"dr\.|prof\.|[\wæøå-]*(?:ombud|revisor|planlegger|"
    r"saksbehandler|sakshandsamar)|"
    # a researcher's or teacher's rank before a guest speaker's name: "Førstelektor Jonas
    # Aas (UiT) holdt innlegg", "seniorforsker Eva Li", "professor emeritus Per Dahl"
    r"professor(?:\s+emeritus|\s+emerita)?|dosent|stipendiat|postdoktor|"
    # a doctoral fellow by the degree's short form: "Ph.d.-stipendiat Ahmed Rahimi"
    r"ph\.\s?d\.-stipendiat|"
    # a faculty's head in a university's cooperation with the municipalities: "Dekan Marit
    # Solberg, Høgskolen i X", "prodekan for utdanning Eva Li"
    r"[\wæøå-]*(?:lektor|amanuensis|forsker|forskar|dekan))\s+"
    # "Daglig leder i Grenlandssamarbeidet Karianne Resare": where the job is, then the name
    r"(?:(?P<place>(?:i|ved|hos)\s+[A-ZÆØÅ][\w-]*\s+)(?=[A-ZÆØÅ][\w-]+\s+[A-ZÆØÅ])|"
    # "Fylkesdirektør for samferdsel Trine Vik", "Leiar for plan og bygg Eva Li": the field
    r"(?-i:for|i)\s+(?-i:[a-zæøå][\w-]*)(?:\s+og\s+(?-i:[a-zæøå][\w-]*))?\s+"
    r"(?=(?-i:[A-ZÆØÅ])[\w-]+\s+(?-i:[A-ZÆØÅ]))|"
    # "Leiar PPT Mari Lunde", "Rådgiver NAV Eva Li": the service's short name, then the name
    r"(?-i:[A-ZÆØÅ]{2,6})\s+(?=(?-i:[A-ZÆØÅ][a-zæøå])[\w-]+\s+(?-i:[A-ZÆØÅ])))?"
    r"(?=[A-ZÆØÅ]))", re.I)


# The words that open ``_TITLE_PREFIX``'s deputy branch ("hans vara Liv Strand"), some of
# them first names as well ("Hans"); every other branch opens with a job, a title's
# qualifier or a compound's first part, which no first name is.
_TITLE_PREFIX_OPENERS = frozenset(("også", "og", "samt", "hans", "hennes", "hennar", "deres",
                                   "deira", "sin", "sitt"))


def _first_name_first(name: str) -> bool:
    """Whether ``name`` opens with a first name, so that ``_TITLE_PREFIX`` cannot match it
    ("Knut Olav Lie": no title before it).

    Why: on a name that opens with no title the pattern fails only after trying each of
    its job words and endings (about 65,000 instructions for "Per Arne Moen", 0.6 % of a
    generated document's parse); the word's look-up costs about one hundredth of that.
    tests/extract/test_prefilters.py compares the two on every first name."""
    first = name.split(None, 1)[:1]
    return bool(first) and first[0].casefold() not in _TITLE_PREFIX_OPENERS and \
        is_first_name(first[0])


@functools.lru_cache(maxsize=8192)
def tidy_name(name: str) -> str:
    """A name without titles, list markers, stray punctuation or markup.

    Cached by text: a name is tidied where it is found and again when it is added.

    Why the first test: most names are two words of letters ("Kari Holm"), which every
    step below leaves as they are (nothing to strip, no marker, too few words for a
    title unless the first is lower-case, no stop to keep): one split and two letter
    tests say so, about a third of the steps of the whole way (s75c).
    """
    first, _, last = name.partition(" ")
    if first.isalpha() and last.isalpha() and not first[:1].islower():
        return name
    name = name.strip()
    if name[:1] in _MARKER_STARTS:
        name = _LIST_MARKER.sub("", name)
    if (name[:1].islower() or len(name.split()) >= 3) and not _first_name_first(name) and \
            (title := _TITLE_PREFIX.match(name)) is not None:
        name = name[title.end():]
        if title.group("place"):
            name = _second_place_word_off(name)
    if name[:1].islower() and (lead := _LOWER_LEAD.match(name)) and \
            looks_like_name(name[lead.end():].strip(" .,;:")):
        name = name[lead.end():]  # any job title before a name: "inspektør Jostein Moldsvor"
    return _with_initial_stop(name.rstrip(" ,;:*_-–"), name.strip(" .,;:*_-–"))


def _second_place_word_off(name: str) -> str:
    """The name after a job title's place when the place runs two words ("kommunedirektør
    i Nordre Land Kari Anne Holm", "rådgiver i Indre Østfold Eva Li"): the title's pattern
    takes one word of place, so a first word that is no first name before one that is is
    the place's second word."""
    words = name.split(None, 1)
    if len(words) == 2 and not is_first_name(words[0]) and \
            is_first_name(words[1].split(None, 1)[0]) and looks_like_name(words[1]):
        return words[1]
    return name


# (a job of a few words too: "leiar for førebyggjande avdeling Siri Nes"; not a unit
# acting through the person, "sekretariatet ved Kari Holm", read as whom she comes from;
# a unit named by its emergency number: "leiar 110-sentralen Marta Dal")
_LOWER_LEAD = lazy_regex(r"^[a-zæøå][\w.-]*(?:\s+(?!ved\b)(?:\d+-)?[a-zæøå][\w-]*){0,3}\s+"
                         r"(?=[A-ZÆØÅ])")


_LIST_MARKER = lazy_regex(r"^(?:[-*•]\s*|\d+[.)]\s+)")
_MARKER_STARTS = frozenset("-*•0123456789")


# Enum members read on every list or person, bound once: ``Attendance.ABSENT`` is a lookup
# through the class's ``EnumType.__getattr__`` hook (Python 3.11), about ten times the
# cost of a module global.
_ABSENT = Attendance.ABSENT
_PARTIAL_ATTENDANCE = Attendance.PARTIAL
_CHAIR_ROLE, _SECRETARY_ROLE = ParticipantRole.CHAIR, ParticipantRole.SECRETARY
_CHAIR_OR_SECRETARY = (_CHAIR_ROLE, _SECRETARY_ROLE)

# The role a header label gives everyone listed under it (built once: reading an enum's
# member off its class costs about 0.2 µs in Python 3.11, and the table built on each call
# cost about 8 µs, three times a document).
_FIELD_ROLES: dict[Field, ParticipantRole] = {
    Field.PRESENT: ParticipantRole.MEMBER,
    Field.ABSENT: ParticipantRole.MEMBER,
    Field.CHAIR: ParticipantRole.CHAIR,
    Field.SECRETARY: ParticipantRole.SECRETARY,
    Field.SECRETARIAT: ParticipantRole.SECRETARY,
    Field.MEMBERS: ParticipantRole.MEMBER,
    Field.GUESTS: ParticipantRole.GUEST,
}


def field_role(field: Field) -> ParticipantRole | None:
    """The role a header label gives everyone listed under it."""
    return _FIELD_ROLES.get(field)


# Who wrote the minutes, said as a deed in a parenthesis: "Kari Mælen (skreiv referatet)",
# "Per Lund (tok referat)", "(førte protokollen)" — the secretary, not an organisation.
# (also the one word "protokoll" after a name in the administration's line: "konsulent
# Bjørg Ånesland (protokoll)", who keeps the protocol)
_WROTE_MINUTES = lazy_regex(r"(?:og\s+|som\s+)?(?:skrev|skreiv|skriv|skriver|tok|tek|tar|førte|"
                            r"fører)\s+(?:referat|referatet|protokoll|protokollen)|protokoll")


def _wrote_minutes(key: str) -> bool:
    """A casefolded parenthesis that says its person wrote the minutes."""
    return ("refer" in key or "protokoll" in key) and _WROTE_MINUTES.fullmatch(key) is not None


# A role said with the body it serves: "sekretær for styret", "leiar av nettverket", "styrets
# sekretær", "rådets referent"; the role is the word's own.
_ROLE_OF_BODY = lazy_regex(r"(?P<role>[a-zæøå]+)\s+(?:for|i|av)\s+(?:[a-zæøå-]*(?:styret|rådet|"
                           r"utvalget|utvalet|møtet|gruppa|gruppen|nettverket|forumet|"
                           # (an owners' forum by its name's noun: "leder av eierforum")
                           r"(?:eier|eigar)forum|"
                           r"komiteen|nemnda|representantskapet|årsmøtet|"
                           # (a fund or a cooperation it serves: "sekretær for fondet",
                           # "kraftfondets sekretær", "sekretær for samarbeidet")
                           r"fondet|samarbeidet|"
                           # a climate partnership's: "leiar av partnarskapet"
                           r"partnerskapet|partnarskapet|"
                           # a health or welfare partnership's: "sekretariatet for
                           # helsefellesskapet", "leiar av barnevernsfellesskapet"
                           r"fellesskapet|"
                           # a municipality's crisis management: "leder av kriseledelsen",
                           # "leiar av kriseleiinga"
                           r"ledelsen|leiinga))|"
                           r"[a-zæøå-]*(?:styrets|rådets|utvalgets|utvalets|"
                           r"gruppas|gruppens|nettverkets|representantskapets|fondets|"
                           r"samarbeidets|fellesskapets)\s+"
                           r"(?P<owned>[a-zæøå]+)|"
                           # a working-environment or joint committee by its short name, as
                           # its own minutes write it: "(leder AMU)", "leiar i HAMU", "leder
                           # av PSU"; an oil-spill committee's ("(leder IUA)"); a working
                           # committee's, "(leder av AU)", "leiar i AU" (s77a)
                           r"(?P<short_role>[a-zæøå]+)\s+(?:(?:for|i|av)\s+)?(?:h?amu|psu|iua|au)")


def _role_of_body(key: str) -> ParticipantRole | None:
    """The role of a casefolded "sekretær for styret" / "styrets sekretær": a role word
    with the body it serves named beside it is that role (None for other words)."""
    found = _ROLE_OF_BODY.fullmatch(key) if " " in key else None
    if found is None:
        return None
    return ROLE_WORDS.get(found["role"] or found["owned"] or found["short_role"])


# The secretariat named alone after a person, as whom she comes from ("Eva Moe
# (sekretariatet)"): the body's staff, no organisation of its own.
_SECRETARIAT = frozenset({"sekretariatet", "sekretariat"})
# The staff units a bracket after names may give: the body's administration, by that word
# or the regional council's office.
_STAFF_UNITS = frozenset({"administrasjonen", "administrasjon", "adm", "regionkontoret"})


def _names_secretariat(text: str) -> bool:
    """Whether a piece after a name is the secretariat, alone ("sekretariatet") or with
    the body it serves ("regionrådets sekretariat", "sekretariat for rådet"): a unit the
    person comes from (her organisation) as well as her meeting role, where "styrets
    sekretær" names only the role. The substring test first: most pieces have none."""
    key = text.strip().strip(".").casefold()
    if "sekretariat" not in key:
        return False
    if key in _SECRETARIAT:
        return True
    found = _ROLE_OF_BODY.fullmatch(key) if " " in key else None
    return found is not None and \
        (found["role"] or found["owned"] or found["short_role"]).startswith("sekretariat")


def _without_acting(key: str) -> str | None:
    """A folded role key without the word of one holding the job for a while, or None when
    it has none: "assisterande kommunedirektør", "konstituert rådmann" name the job's role
    (the acting word is no role of its own). The words themselves first (``_ACTING_WORDS``,
    a prefix test): most keys have none."""
    if not key.startswith(_ACTING_WORDS):
        return None
    acting = ACTING_JOB.match(key)
    return key[acting.end():] if acting else None


def role_of(text: str) -> ParticipantRole | None:
    """The role a parenthesis or cell names ("møteleder", "PL"), if it names one."""
    key = text.strip().strip(".").casefold()
    if key in ROLE_WORDS:
        return ROLE_WORDS[key]
    if "talerett" in key and "stemme" not in key and "røyste" not in key:
        # "Rådgiver – møtte med talerett": an adviser who speaks but has no vote (with
        # "møte-, tale- og stemmerett" a member)
        return ParticipantRole.GUEST
    if (served := _role_of_body(key)) is not None:
        return served
    if _wrote_minutes(key):
        return ParticipantRole.SECRETARY
    # (a part may name the body it serves: "konsulent, sekretær for rådet")
    found = [ROLE_WORDS.get(part := piece.strip()) or _role_of_body(part)
             for piece in _ROLE_PARTS.split(key)]
    for role in (ParticipantRole.CHAIR, ParticipantRole.SECRETARY):
        if role in found:
            return role  # "(ordfører, møteleder)": the meeting role wins
    found_role = next((role for role in found if role), None)
    if found_role is None and (job := _without_acting(key)):
        return role_of(job)  # "assisterande kommunedirektør": the job's
    return found_role


def is_role_word(text: str) -> bool:
    """A parenthesis that names a role (or a short capital abbreviation such as "PA")."""
    key = text.strip().strip(".").casefold()
    return key in ROLE_WORDS or key.split(",")[0].strip() in ROLE_WORDS or \
        ("," in key and key.rpartition(",")[2].strip() in _WITHOUT_A_SEAT) or \
        ("," in key and _host_or_job_then_meeting_role(key)) or \
        key in _ROLE_ABBREVIATIONS or _wrote_minutes(key) or _role_of_body(key) is not None or (
            (" og " in key or "/" in key)  # "sekretær og referent", "sekreterare/referent"
            and all(part in ROLE_WORDS for part in _ROLE_PARTS.split(key))) or \
        ((job := _without_acting(key)) is not None and is_role_word(job))


def _host_or_job_then_meeting_role(key: str) -> bool:
    """Whether a folded parenthesis is the host's word or the person's job, then the
    meeting role she had: "(vertskommune, møteleder)", "(vert, referent)", "(havnesjef,
    leder)", "(kommunalsjef, møteleder)" chair or write as "(møteleder)" and "(ordfører,
    leder)" do; neither word is an organisation (the one before the bracket is hers). One
    test for both: the meeting role after the last comma is asked first (a dictionary's
    look-up), the host's words next, the job (``_job_title_part``) last."""
    before, _, seat = key.rpartition(",")
    if ROLE_WORDS.get(seat.strip()) not in MEETING_ROLES:
        return False
    before = before.strip()
    return before in _HOST_FORMS or _job_title_part(before)


# The words that say a person's municipality hosts the cooperation or the meeting, before
# the meeting role in a parenthesis ("(vertskommune, møteleder)"): no job title, so
# ``_host_or_job_then_meeting_role`` asks of them apart.
_HOST_FORMS = frozenset({"vertskommune", "vertskommunen", "vert", "vertskap", "arrangør"})


def _municipality_named(organization: str | None) -> bool:
    """Whether a list's label names a municipality by its name ("Brekkestø kommune",
    "Ulvik herad"), not a group by its common noun ("skogeigarlaga")."""
    return bool(organization) and organization[:1].isupper() and \
        organization.endswith(_OWNER_ENDINGS)


# The parts of a list of roles: "ordfører, møteleder", "sekretær og referent".
# also "Koordinator (leder)", "Rådgiver/sekretær for eldrerådet"
_ROLE_PARTS = lazy_regex(r"\s*,\s*|\s+og\s+|\s*[()/]\s*")


# Roles written as capitals: "(DL)", "(PA)", and a job's ("(KO)", the kommuneoverlege:
# every one of ``_JOB_ABBREVIATIONS``). Other capitals name a party or a unit ("(SV)",
# "(MED)", "(KHM)"): whom the person represents.
_ROLE_ABBREVIATIONS = frozenset({"dl", "pa", *(short.casefold() for short in _JOB_ABBREVIATIONS)})
# ... the same written alone after a name's comma or dash ("Kari Holm, KO", "Ola Dahl – DL"):
# the job, as in brackets, not whom the person represents.
_JOB_INITIALS = frozenset(short.upper() for short in _ROLE_ABBREVIATIONS)


# Where ``_split_top_level`` has something to decide: a bracket, a separator character,
# or the character after a space (where "og", "samt" may start a separator).
_SPLIT_POINT = lazy_regex(r"[(),;&]|(?<= )(?s:.)")
_BRACKET = lazy_regex(r"[()]")


def _two_whole_municipalities(before: str | None, text: str) -> bool:
    """Whether the organisation before "og" and the piece after it are each a whole
    municipality's name ("Helga Reinsnes, Fjellbu kommune, og Sjøvik kommune"): the second
    is one more in the list (a municipality with no one named), not the end of one name
    as "Møre og Romsdal" is."""
    return before is not None and " " in before and " " in text and \
        before.casefold().endswith(" kommune") and text.casefold().endswith(" kommune")


def _organisation_with_og(pieces: list[tuple[str, str | None, bool]]
                          ) -> list[tuple[str, str | None, bool]]:
    """The pieces with an organisation whose name holds "og" made one again ("Geir Tveit,
    Hardanger og Voss museum"): a lone capitalised word after a name, then after "og" an
    organisation's name that is no person's ("Voss museum", or a longer one its last word
    says is one: "Ytre Sogn interkommunale politiske råd"), is one organisation, not a
    place and then the organisation. A name after "og" ("Kari Holm, Nordby og Per Dahl")
    is the next person."""
    out = list(pieces[:2])
    for text, paren, joined in pieces[2:]:
        before, before_paren, before_joined = out[-1]
        if joined and before_paren is None and " " not in before and before[:1].isupper() \
                and not is_first_name(before) and looks_like_name(tidy_name(out[-2][0])) \
                and not looks_like_name(tidy_name(text)) and \
                (_named_org(text) or text.casefold().endswith(_COUNCIL_ENDINGS)):
            out[-1] = (f"{before} og {text}", paren, before_joined)
        elif joined and before_paren is None and " " not in text and text[:1].isupper() and \
                " i " in before and _OFFICE_IN_PLACE.search(before) and \
                not is_first_name(text) and looks_like_name(tidy_name(out[-2][0])):
            # "Per Moe, Statsforvalteren i Oslo og Viken (sak 5)": the office of a region
            # whose name holds "og", whatever bracket the last place has
            out[-1] = (f"{before} og {text}", paren, before_joined)
        else:
            out.append((text, paren, joined))
    return out


def _agency_with_district(pieces: list[tuple[str, str | None, bool]]
                          ) -> list[tuple[str, str | None, bool]]:
    """The pieces with a national agency and its district made one organisation again
    ("Ola Rud, politistasjonssjef, Politiet, Sør-Vest politidistrikt", "Sivilforsvaret,
    Vest sivilforsvarsdistrikt"): the district after a comma is the part of the agency
    the person serves in, as written, not an organisation of its own. The agency is one
    capitalised word in its definite form that is no person's name."""
    out = list(pieces[:1])
    for text, paren, joined in pieces[1:]:
        before, before_paren, before_joined = out[-1]
        if not joined and before_paren is None and len(out) >= 2 and \
                _district_of_agency(before, text):
            out[-1] = (f"{before}, {text}", paren, before_joined)
        else:
            out.append((text, paren, joined))
    return out


def _district_of_agency(agency: str, district: str) -> bool:
    """Whether ``district`` names the district of ``agency`` written before it ("Politiet",
    "Sør-Vest politidistrikt"), or another unit of it: a local house by its kind
    ("Kriminalomsorgen, Kongsvik fengsel", "Politiet, Nordvik lensmannskontor",
    "Skatteetaten, Vestby skattekontor") or a department or region by its word
    ("Mattilsynet, avdeling Nordland", "Skatteetaten, region nord"). The agency is one
    capitalised word in the definite form, no first name."""
    if " " in agency or not agency[:1].isupper() or agency[-2:] not in ("et", "en") or \
            is_first_name(agency):
        return False
    folded = district.casefold()
    if folded.endswith("distrikt"):
        return True
    words = folded.split()
    return 2 <= len(words) <= 4 and (
        (district[:1].isupper() and words[-1] in _AGENCY_HOUSES) or
        (words[0] in _AGENCY_UNIT_WORDS and district[:1].islower()))


# A state agency's local house, by the last word of its name ("Kongsvik fengsel",
# "Vestby politistasjon"), and the words a department or region of it opens with
# ("avdeling Nordland", "region Sør"), after the agency's one word and a comma.
_AGENCY_HOUSES = frozenset(("fengsel", "fengsle", "politistasjon", "lensmannskontor",
                            "lensmannskontoret", "skattekontor", "skattekontoret", "tollsted",
                            "tollstasjon", "regionkontor", "regionkontoret", "distriktskontor",
                            "distriktskontoret", "friomsorgskontor", "friomsorgskontoret",
                            "avdelingskontor", "avdelingskontoret", "overgangsbolig"))
_AGENCY_UNIT_WORDS = frozenset(("avdeling", "avd.", "avd", "region", "regionkontor",
                                "seksjon", "distrikt"))
# The cheap test for those (searched in the whole entry): a house's word or a unit's.
_AGENCY_HOUSE_HINT = lazy_regex(r"(?:fengsel|politistasjon|lensmannskontor|skattekontor|"
                                r"tollst|regionkontor|distriktskontor|friomsorgskontor|"
                                r"avdelingskontor|overgangsbolig)|, (?:avdeling|avd\.?|region|"
                                r"seksjon) ")


# An organisation of a region, the place after "i" its name's end so far: "Statsforvalteren
# i Oslo", "Innovasjon Norge i Vestfold" (to be joined with "og Viken", "og Telemark")
_OFFICE_IN_PLACE = lazy_regex(r"^[A-ZÆØÅ][\w-]*(?:\s+[A-ZÆØÅ][\w-]*)?\s+i\s+[A-ZÆØÅ][\w-]*$")


def _split_top_level(value: str) -> list[tuple[str, str | None, bool]]:
    """Split a list into (text, parenthesis, joined) pieces at commas, "og" and "samt".

    Separators inside parentheses do not split, so "(Vestfold og Telemark)" stays one
    organisation. ``joined`` tells that the piece followed "og" / "samt" / "&" rather
    than a comma ("Ola Dahl og Mette Rø (sekretariatet)" is one group).

    A list whose only separators are commas ("Kari Holm, Per Dahl", most "Forfall:"
    lists) is split by ``str.split`` (``_split_at_commas``), not walked word by word.
    """
    if _commas_only(value):
        return _split_at_commas(value)
    return _split_by_walk(value)


def _commas_only(value: str) -> bool:
    """Whether ``_split_by_walk`` could split ``value`` at commas only, each piece joined
    by none: no brackets, ";" or "&", no "og" or "samt" (as ``_SEPARATOR`` reads them,
    case-blind, also inside a word), and no white space but single spaces (a separator
    that starts at the second of two spaces, "Kari  , Per", is read as joined)."""
    if "(" in value or ")" in value or ";" in value or "&" in value or "  " in value or \
            not value.isprintable():
        return False
    folded = fold(value)
    return "og" not in folded and "samt" not in folded


def _split_at_commas(value: str) -> list[tuple[str, str | None, bool]]:
    """``_split_by_walk`` of a list with commas as its only separators
    (``_commas_only``): the pieces between them, stripped, but a comma between two
    numbers ("sak 3, 4") stays inside its piece, as the walk keeps it."""
    pieces: list[str] = []
    for part in value.split(","):
        if pieces and pieces[-1].rstrip()[-1:].isdecimal() and part.lstrip()[:1].isdecimal():
            pieces[-1] = f"{pieces[-1]},{part}"
        else:
            pieces.append(part)
    kept = [t for t in map(str.strip, pieces) if t.strip(" .:")]
    return [(_with_stop(t, t.strip(" .:"), at < len(kept) - 1), None, False)
            for at, t in enumerate(kept)]


def _with_stop(written: str, stripped: str, inside: bool) -> str:
    """A list piece without its trailing stop (``_with_initial_stop``), but one inside
    the list (another piece follows it) keeps the stop of one capitalised word cut short
    ("Kari Nes, Statsf., sak 2": the organisation as written); only the list's last
    piece could have its stop from the sentence's end. A piece ending in a word for a kind
    of organisation cut short keeps it anywhere ("…, Ola Moe, Statsforv.", "Vestby k.")."""
    if inside and written[-1:] == "." and len(stripped) >= 3 and stripped.isalpha() and \
            stripped[:1].isupper() and stripped[1:].islower() and \
            written.rstrip(".") == stripped and not is_first_name(stripped):
        return f"{stripped}."
    if written[-1:] == "." and written.rstrip(".") == stripped and _ends_cut_org_word(stripped):
        return f"{stripped}."
    return _with_initial_stop(written, stripped)


def _ends_cut_org_word(text: str) -> bool:
    """Whether a list piece ends in a word for a kind of organisation cut short, whose
    stop marks the cut ("Statsforv." for Statsforvalteren, "Fylkesk.", "Vestby k.",
    "Nordby komm."): the start of such a word and no whole one; alone, a capitalised
    word of four letters or more ("Stat." might be a sentence's last word)."""
    head, _, last = text.rpartition(" ")
    key = last.casefold()
    if not last.isalpha() or (head and not (last.islower() and head[:1].isupper())) or \
            (not head and (len(last) < 4 or not last[:1].isupper())):
        return False
    return key in _ORG_SHORT_FORMS or (key not in _CUT_ORG_WORDS and
                                       key not in _WHOLE_ORG_WORDS and any(
        word.startswith(key) for word in _CUT_ORG_WORDS))


# Whole words of an organisation's kind that start a longer one of ``_CUT_ORG_WORDS``:
# their stop ends the sentence ("…, ph.d.-stipendiat Martin Aune, Nord universitet.").
_WHOLE_ORG_WORDS = frozenset({"universitet", "høgskole", "høgskule", "direktorat"})


def ends_in_cut_org(value: str) -> bool:
    """Whether a list's last entry ends in a kind of organisation cut short ("…, Ola Moe,
    Statsforv", "Per Dal, Vestby k") once a sentence break after it took its full stop
    ("Til stede var …, Ola Moe, Statsforv. Referent var …"): the stop was the word's too,
    and given back it keeps the organisation with its name (``_with_stop``)."""
    last = value.rpartition(",")[2].rpartition(" og ")[2].strip()
    return _ends_cut_org_word(last)


# Kinds of organisation a list writes cut short after a name or a place ("Statsforv.",
# "Fylkesk.", "Vestby k."), and short forms that are no word's start ("fk." for
# fylkeskommune).
_CUT_ORG_WORDS = ("statsforvalteren", "fylkeskommunen", "fylkeskommune", "kommunen", "kommune",
                  "fylkesmannen", "direktoratet", "universitetet", "høgskolen", "høgskulen",
                  "sekretariatet", "administrasjonen", "næringsforening", "næringsselskap")
_ORG_SHORT_FORMS = frozenset({"fk"})


def _split_by_walk(value: str) -> list[tuple[str, str | None, bool]]:
    """``_split_top_level`` of any list: its characters walked from one place that may
    decide something (a bracket, a separator, the start of a word) to the next."""
    pieces: list[tuple[str, str | None, bool]] = []
    one_place = _places_with_og(value) if " og " in value else set()
    depth, buf, paren = 0, [], None
    joined = False
    i = 0
    text = value
    while i < len(text):
        ch = text[i]
        if depth and ch not in "()":
            point = _BRACKET.search(text, i + 1)  # inside brackets only brackets count
            i = point.start() if point else len(text)
            continue
        if ch not in "(),;&" and (i == 0 or text[i - 1] != " "):
            # nothing to decide here: copy the run up to the next bracket, separator
            # character or character after a space at once
            point = _SPLIT_POINT.search(text, i + 1)
            end = point.start() if point else len(text)
            buf.append(text[i:end])
            i = end
            continue
        if ch == "(":
            depth += 1
            if depth == 1:
                start = i + 1
            i += 1
            continue
        if ch == ")" and depth:
            depth -= 1
            if depth == 0:
                paren = text[start:i].strip()
                pieces.append(("".join(buf).strip(), paren, joined))
                buf, paren, joined = [], None, False
            i += 1
            continue
        if depth:
            i += 1
            continue
        # a separator counts at a ",;&" or after a space: only there is it worth matching
        sep = (ch in ",;&" or (i > 0 and text[i - 1] == " ")) and _SEPARATOR.match(text, i)
        if sep and ch not in ",;&" and _last_char(buf) == "-":
            sep = None  # "Kommunal- og distriktsdepartementet": one word, shortened
        if sep and i in one_place:
            sep = None  # "Sogn og Fjordane fylkeskommune": one county
        if sep and ch == "&" and _FIRM_AFTER_AMPERSAND.match(text, sep.end()):
            sep = None  # "Fjeld & Co AS", "Berg & Sønn": one firm's name
        if sep and ch == "o" and _up_to_and_with(buf, text, sep.end()):
            sep = None  # "til og med sak 4": one note, not two people
        if sep and ch == "o" and _one_name_with_og(buf, text, sep.end()):
            sep = None  # "leder Lønn og regnskap Midt": one unit's name, not two people
        if sep and ch not in ";&" and text[sep.end():sep.end() + 1].isdecimal() and \
                _last_char(buf).isdecimal():
            sep = None  # "Tove Hansen sak 13 og 14/2022", "sak 3, 4": items, not people
        if sep and sep.end() > i:
            if buf or not pieces:
                pieces.append(("".join(buf).strip(), None, joined))
            buf = []
            # ("samt" adds someone apart: "Per Lia og Anne Berg, samt rådgiver Ola Dal fra
            # fylkeskommunen" – his "fra" is his own, not the group's before him)
            joined = ch not in ",;" and not (ch in "sS" and text[i:i + 4].casefold() == "samt")
            i = sep.end()
            continue
        buf.append(ch)
        i += 1
    if buf:
        pieces.append(("".join(buf).strip(), None, joined))
    kept = [(t, p, j) for t, p, j in pieces if t.strip(" .:") or p]
    return [(_with_stop(t, t.strip(" .:"), at < len(kept) - 1), p, j)
            for at, (t, p, j) in enumerate(kept)]


def _one_name_with_og(buf: list[str], text: str, after: int) -> bool:
    """Whether an "og" joins two words of a unit's name after a job ("leder Lønn og
    regnskap Midt"): the piece opens with a job or seat in small letters, a capitalised
    word that is no first name stands before "og", and a small word that is no job or seat
    after it, with no first name up to the next bracket or comma (a person after "og"
    comes with one: "styremedlem Lise Kolsrud og ansattes representant Håkon Sletta")."""
    nxt = text[after:after + 30].split(" ", 1)[0].strip(",;.()")
    if not nxt[:1].islower() or not nxt.isalpha():
        return False
    words = "".join(buf).split()
    if len(words) < 2 or not words[0][:1].islower() or not words[-1][:1].isupper() or \
            not words[-1].isalpha():
        return False
    if role_of(words[0]) is None and not _is_job_title(words[0]):
        return False
    if any(is_first_name(word) for word in words[1:]):
        return False
    if role_of(nxt) is not None or _is_job_title(nxt) or nxt in _OG_SMALL_STARTS:
        return False
    rest = re.split(r"[(,;]", text[after:], maxsplit=1)[0].split()
    return not any(word[:1].isupper() and is_first_name(word) for word in rest)


# Small words that may open the next piece after "og" ("og referent Per Li", "og sekretær …"
# are seats; "og vara …", "og ordfører …" too): never part of a name with "og" in it.
_OG_SMALL_STARTS = frozenset({"vara", "varamedlem", "referent", "sekretær", "ordfører",
                              "ordførar", "leder", "leiar", "nestleder", "nestleiar", "fra",
                              "frå", "med", "til", "i", "på", "som", "hans", "hennes", "deres"})


# What follows "&" in a firm's name, never a person's: "& Co", "& Sønn", "& Partners".
_FIRM_AFTER_AMPERSAND = lazy_regex(r"(?:Co\b|Søn|Partner)")


def _with_initial_stop(written: str, stripped: str) -> str:
    """A list piece without its trailing stop, but a surname written as its initial keeps
    it ("Kari H., Per M."): the stop is the name's, as written, not a sentence's end."""
    if stripped[-2:-1] == " " and stripped[-1:].isupper() and written.rstrip(" :")[-1:] == ".":
        return f"{stripped}."
    if "." in stripped and " " in stripped and written.rstrip(" :")[-1:] == "." and \
            "." in (last := stripped.rsplit(" ", 1)[1]) and _GIVEN_INITIALS.fullmatch(last):
        return f"{stripped}."  # "Berg O.J.", "Lie A.-M.": initials after the surname
    return stripped


def _up_to_and_with(buf: list[str], text: str, after: int) -> bool:
    """Whether the "og" just found joins "til og med" / "fra og med" (up to and
    including, from and including a case or a time): one phrase, never a separator."""
    return text.startswith("med ", after) and \
        _last_word(buf).casefold() in _INCLUSIVE


def _last_char(buf: list[str]) -> str:
    """The last character but white space of the piece ``_split_top_level`` is building
    ("" when it has none), read from its last runs: joining the whole piece at every
    "og" it keeps ("Kommunal- og …") grew with the square of a long pasted line."""
    for part in reversed(buf):
        if stripped := part.rstrip():
            return stripped[-1]
    return ""


def _last_word(buf: list[str]) -> str:
    """The last word of the piece being built (after its last space), from as many of
    its last runs as hold it."""
    tail = ""
    for part in reversed(buf):
        tail = part + tail
        stripped = tail.rstrip()
        if " " in stripped:
            return stripped.rsplit(" ", 1)[-1]
    return tail.rstrip().rsplit(" ", 1)[-1]


_INCLUSIVE = frozenset({"til", "fra", "frå"})


# Two names a web page's lost line break glued together: "Johan HovsbakkenHelge Meyer".
_GLUED_NAMES = re.compile(r"(?<=[a-zæøå]{3})(?=[A-ZÆØÅ][a-zæøå]+\s+[A-ZÆØÅ])")
# Counties and municipalities whose names hold "og" (also any "X og Y kommune": "Evje og
# Hornnes kommune", "Nes og Ås herad" is one municipality, never a name "Evje" and a
# municipality "Hornnes kommune").
_PLACE_WITH_OG = lazy_regex(r"\b(?:Sogn|Møre|Vestfold|Troms|Nore)\s+(?P<og>og)\s+"
                            r"(?:[Ff]jordane|Romsdal|Telemark|Finnmark|Uvdal)\b|"
                            r"(?<=, )[A-ZÆØÅ][\wæøå-]+\s+(?P<og2>og)\s+[A-ZÆØÅ][\wæøå-]+\s+"
                            r"(?:kommune|herad)\b")


# One person's entry ending in a place of two words joined by "og", perhaps after a
# title in lower case and before a bracket: "Sigrun Homme, Evje og Hornnes", "Gunnar Lia,
# ordfører Evje og Hornnes (leder)" – a municipality's name ("Nes og Ås", "Hol og Ål"),
# or a service's two regions ("PPT Sunnfjord og Ytre Sogn", each half up to two words),
# not two more people (neither word a first name: "Kari Dahl, Per og Lise" is three).
_ENTRY_PLACE_WITH_OG = lazy_regex(r"[^,()]+\s[^,()]+,\s+(?:[a-zæøå]+\s+)?"
                                  r"(?P<first>[A-ZÆØÅ][\wæøå-]+(?:\s+[A-ZÆØÅ][\wæøå-]+)?)"
                                  r"\s+(?P<og>og)\s+(?P<second>[A-ZÆØÅ][\wæøå-]+"
                                  r"(?:\s+[A-ZÆØÅ][\wæøå-]+)?)\s*(?:\([^()]*\))?")


# One person's entry ending in a unit whose name joins two nouns by "og", the second in
# lower case: "Roald Tøndel, Elvedal brann og redning", "Vigdis Krogh, Helse og omsorg" –
# the unit the person comes from, as project groups list them, not a second person
# ("redning" is no name; "Kari Dahl, Leder og referent" stays two roles).
# (also after the person's job, and with the company's form after it: "Tomas Grav,
# brannsjef, Sørlia brann og redning IKS")
_ENTRY_UNIT_WITH_OG = lazy_regex(r"[^,()]+\s[^,()]+,\s+(?:[a-zæøå][^,()]*,\s+)?"
                                 r"(?P<unit>[A-ZÆØÅ][^,()]*?)\s+(?P<og>og)\s+"
                                 r"(?P<rest>[a-zæøå][\wæøå-]*(?:\s+[a-zæøå][\wæøå-]*){0,3})"
                                 r"(?:\s+(?:IKS|AS|KF|SA))?\s*(?:\([^()]*\))?")


def _places_with_og(value: str) -> set[int]:
    """Where an "og" in ``value`` joins the two halves of one place's name, not two
    pieces of a list (``_PLACE_WITH_OG``, ``_ENTRY_PLACE_WITH_OG``), or of one unit's name
    (``_ENTRY_UNIT_WITH_OG``)."""
    found = {m.start("og") if m.group("og") else m.start("og2")
             for m in _PLACE_WITH_OG.finditer(value)}
    # (one entry's line is short: a long pasted line is never tried)
    entry = _ENTRY_PLACE_WITH_OG.fullmatch(value) \
        if len(value) < 160 and value.count(",") == 1 else None
    if entry is not None and not any(map(is_first_name, entry["first"].split())) and \
            not any(map(is_first_name, entry["second"].split())) and \
            not is_role_word(entry["first"]):
        found.add(entry.start("og"))  # (not two roles: "Kari Dahl, Leder og Referent")
    if entry is None and value.count(",") > 1:
        found |= _titled_places_with_og(value)
    if "pplæringskontor" in value:
        # "Opplæringskontoret for bygg og anlegg i Vestmark": a training office named by
        # its trades, one organisation
        found |= {m.start("og") for m in _TRAINING_OFFICE_TRADES.finditer(value)}
    unit = _ENTRY_UNIT_WITH_OG.fullmatch(value) \
        if entry is None and len(value) < 160 and value.count(",") in (1, 2) else None
    if unit is not None and not is_role_word(unit["unit"]) and not is_role_word(unit["rest"]):
        found.add(unit.start("og"))
    if entry is None and unit is None and len(value) < 160 and value.count(",") == 2 and \
            (job := _ENTRY_JOB_WITH_OG.fullmatch(value)) is not None and \
            not is_role_word(job["rest"].split()[0]):
        found.add(job.start("og"))  # "Eva Rudi, avdelingsleder kultur og fritid, Brennmo"
    return found


# A vocational training office by its trades, maybe its region and company form
# ("Opplæringskontoret for bygg og anlegg i Vestmark SA", "Opplæringskontoret for
# offentleg sektor i Sunnvik", "Opplæringskontoret for reiseliv og mat Austvik").
TRAINING_OFFICE = lazy_regex(r"Opplæringskontor(?:et)?\s+(?:for|i)\s+[\w-]+(?:,?\s+[\w-]+){0,8}"
                             r"(?:\s+(?:SA|AS|BA))?")
# A vocational training office named by two trades joined by "og", in lower case
# ("Opplæringskontoret for bygg og anlegg", "… for helse og oppvekst").
_TRAINING_OFFICE_TRADES = lazy_regex(r"[Oo]pplæringskontor(?:et)?\s+for\s+[a-zæøå][\w-]*"
                                     r"(?:,\s+[a-zæøå][\w-]*)*\s+(?P<og>og)\s+[a-zæøå]")


# One person's entry whose job names its field with two nouns joined by "og", all in lower
# case, before the place: "Ellen Rudi, avdelingsleder kulturskole og fritid, Brennmo" – one
# job, not a second entry ("Kari Dahl, leder og referent, Nordby" stays two roles).
_ENTRY_JOB_WITH_OG = lazy_regex(r"[^,()]+\s[^,()]+,\s+(?P<job>[a-zæøå][^,()]*?)\s+(?P<og>og)\s+"
                                r"(?P<rest>[a-zæøå][\wæøå-]*(?:\s+[a-zæøå][\wæøå-]*){0,2}),\s+"
                                r"[A-ZÆØÅ][^,()]*?\s*(?:\([^()]*\))?\s*")


# One piece of a list after a person's name: a seat's title in lower case and a place
# of two words joined by "og", perhaps before a bracket ("ordfører Evje og Hornnes (leder)").
_TITLED_PLACE_WITH_OG = lazy_regex(r"[a-zæøå]+\s+(?P<first>[A-ZÆØÅ][\wæøå-]+)\s+(?P<og>og)\s+"
                                   r"(?P<second>[A-ZÆØÅ][\wæøå-]+)\s*(?:\([^()]*\))?")


def _titled_places_with_og(value: str) -> set[int]:
    """Where, in a list of several people, an "og" joins one place's name after a
    person's title ("Anne Foss, ordfører Evje og Hornnes (leder), Tor Sletten, ordfører
    Bygland"): the piece after a name's, neither word a first name or a role ("Kari
    Dahl, leder Per og Lise" is no place). Only after a title in lower case: a bare "Nes
    og Ås" in a long list may be two places, or two people."""
    found: set[int] = set()
    start, before = 0, ""
    for piece in value.split(","):
        stripped = piece.strip()
        if " og " in stripped and before and looks_like_name(before) and \
                (place := _TITLED_PLACE_WITH_OG.fullmatch(stripped)) and \
                not is_first_name(place["first"]) and not is_first_name(place["second"]) \
                and not is_role_word(place["first"]):
            found.add(start + (len(piece) - len(piece.lstrip())) + place.start("og"))
        before = stripped
        start += len(piece) + 1
    return found


# The staff a person in a list comes from, said in brackets with "fra": "Eva Li (fra
# sekretariatet)", "Arne Li (frå administrasjonen)" say what "(sekretariatet)" says.
_FROM_STAFF_PAREN = lazy_regex(r"\((?:fra|frå)\s+(?P<group>sekretariatet|administrasjonen|"
                               r"revisjonen)\s*\)")


# The shares (and votes) an owner held at a general meeting, written after whom it sent:
# "… 400 aksjer/stemmer", "… (300 aksjar)", "…, 120 stemmer".
_SHARE_WORDS = ("aksjer", "aksjar", "stemmer", "røyster", "stemmar")
_SHARE_UNIT = "(?:" + "|".join(_SHARE_WORDS) + ")"  # (one list: the pattern and its gate)
_SHARES_AT_END = lazy_regex(rf"[\s,–-]*\(?\d[\d\s.]*\s*{_SHARE_UNIT}"
                            rf"(?:\s*/\s*{_SHARE_UNIT})?\)?[\s.]*$", re.I)


# An owner municipality's share of an inter-municipal company, said beside its delegate:
# ", eigarandel 61,2 %", "eierandel: 23,4 %" (``_EMPTY_BRACKETS`` then drops a bracket it
# filled alone).
_OWNER_SHARE = lazy_regex(r",?\s*\b(?:eierandel|eigarandel|eigardel)\s*:?\s*\d[\d,.]*\s*%", re.I)


# Whose proxy someone held, after the name: "med fullmakt frå X", ", som hadde fullmakt
# fra X", "(fullmakt fra X)"; the owner ends at a comma, "og" or the end.
_PROXY_FROM = lazy_regex(r"(?:,?\s+som\s+hadde|\s+med|\s+ved|\s*\(\s*(?:med\s+)?)\s*"
                         r"fullmakt\s+(?:fra|frå)\s+"
                         r"(?P<owner>(?-i:[A-ZÆØÅ])[^,;()]*?)\s*\)?\s*(?=[,;]|\.?$|\s+og\s)",
                         re.I)


def is_share_count(text: str) -> bool:
    """Whether the text is only the shares an owner held ("400 aksjer/stemmer", "(300
    aksjar)"): a general meeting's cell beside whom the owner sent."""
    return (text[:1].isdigit() or text[:1] == "(") and \
        text.rstrip(" .)").casefold().endswith(_SHARE_WORDS) and \
        _SHARES_AT_END.fullmatch(text) is not None


# An invitation's answer in brackets after a name, as a meeting app copies the calendar's
# list of attendees ("(Arrangør)", "(Ikke svart)", "(Godtatt)", "(Foreløpig)", "(Takket
# nei)", "(Avslått)"; nynorsk "(Ikkje svart)", "(Takka nei)").
_CALENDAR_ANSWER = lazy_regex(
    r"\s*\((?:(?P<no>takket\s+nei|takka\s+nei|avslått|avslege)|arrangør|organisator|"
    r"ikke\s+svart|ikkje\s+svart|godtatt|godteke|foreløpig|førebels)\)", re.I)


def _calendar_answer(match: re.Match[str]) -> str:
    """A calendar's answer in brackets as the list reads it: a no is "(forfall)", the
    other answers (organiser, no answer, yes, maybe) say nothing of the meeting."""
    return " (forfall)" if match.group("no") else ""


def parse_people_list(value: str, role: ParticipantRole | None,
                      attendance: Attendance, organization: str | None = None) -> list[Entry]:
    """People in running list text (see ``_people_list``); one person whose entry ends
    "… møtte ikke" did not come, whatever list they stand in ("Medlem Vigdis Belbo (Sp)
    meldte fra om forsinkelse, men møtte ikke."), with the rest of the sentence as note."""
    if value[:1] >= "\U0001f1e6":  # "Forfall: 🇳🇴 Berit Moe, Lierne kommune": the side's flag
        value = strip_bullet(value)
    if "@" in value:  # "Pål Strand paal.strand@kvikne.no Kirsten Lund ki-hlun@online.no"
        if "(" in value:
            # "Eva Li, personvernombud (eva.li@nordby.kommune.no)": contact details in
            # brackets, neither whom she represents nor a note
            value = _EMAIL_IN_BRACKETS.sub("", value)
        value = _EMAIL_OUTSIDE_BRACKETS.sub(",", value).strip(" ,")
    if "." in value and _GLUED_INITIAL.search(value):
        # "B.Strand" read as "B. Strand", then named as written (the rules below read
        # the spaced list: "K.Holm, rådgiver – referent")
        return [_glued_again(entry, value) for entry in parse_people_list(
            _GLUED_INITIAL.sub(r"\g<initial> ", value), role, attendance, organization)]
    if value[-1:].islower() and "," in value and (" – " in value or " - " in value) and \
            (found := _MEETING_ROLE_AFTER_JOB.search(value)) and \
            role_of(found.group("role")) in (ParticipantRole.CHAIR, ParticipantRole.SECRETARY):
        # "Eva Li, personvernombud – møteleder": her meeting role after her job, as
        # "(møteleder)" says it (a dash part alone would be read as whom she represents)
        value = f"{value[:found.end('job')]} ({found.group('role')})"
    if ("aksj" in value or "stemm" in value or "røyst" in value) and \
            value.rstrip(" .)").casefold().endswith(_SHARE_WORDS):
        # "Nordby kommune ved ordfører Kari Holm   400 aksjer/stemmer": a general meeting's
        # owner with the shares it voted, no part of whom it sent
        value = _SHARES_AT_END.sub("", value).strip(" ,;–-")
    if "andel" in value and "%" in value:
        # "Kari Vie (Sunnfjord kommune, eigarandel 61,2 %)": an owner's share of the company
        # beside whom its delegate represents, no part of it
        value = _EMPTY_BRACKETS.sub("", _OWNER_SHARE.sub("", value))
    owners = None
    if "fullmakt" in value:
        # "Astrid Bleie med fullmakt frå Ulvik kommune", "Geir Lyng, som hadde fullmakt
        # fra Frosta kommune": a proxy speaks for the owner who gave it, as "(Frosta
        # kommune)" would say
        owners = {found.group("owner") for found in _PROXY_FROM.finditer(value)}
        value = _PROXY_FROM.sub(r" (\g<owner>)", value)
    if _DIGIT_RUN.search(value) and _PHONE_OUTSIDE_BRACKETS.search(value):
        # "Per Bø – Marnardal – tlf. 913 45 678" (the cheap pattern first: few lists have
        # a run of digits, and the phone's pattern tries its label at every position)
        value = _PHONE_OUTSIDE_BRACKETS.sub("", value).strip(" ,;–-")
    if ". " in value:  # "… og fagansvarlig Tuva Kleven. Daglig leder førte referat."
        value = _without_closing_remark(value)
    if "v/" in value and " og " in value and (joined := _OG_ORG_ON_BEHALF.match(value)) and \
            not looks_like_name(joined.group("head")):
        # "Nordby brann og redning v/ Liv Holm (referent)": the "og" joins the words of
        # one organisation's name, not two people
        found = parse_people_list(joined.group("rest"), role, attendance, organization)
        if len(found) == 1 and found[0].name in joined.group("rest"):
            found[0].organization = joined.group("org")
            return found
    if "v/" in value and " og " in value and value[-1:] == ")" and \
            (pair := _PAIR_ON_BEHALF_FOR_CASE.match(value)) and \
            _CASES_NOTE.match((note := pair.group("note").strip()).split(None, 1)[1]):
        # "Eikvåg kommune v/ planleder Jorunn Salvesen og arealplanlegger Martin Berge (sak
        # 6/27)": the organisation's people both there for its case, as under its heading
        found = parse_people_list(pair.group("head"), role, attendance, organization)
        if len(found) > 1:
            for entry in found:
                if entry.note is None and entry.attendance is not Attendance.ABSENT:
                    _apply_note(entry, note)
            return found
    if "v/" in value and ", " in value and (unit := _ORG_UNIT_ON_BEHALF.match(value)) and \
            names_organisation(unit.group("org")):
        # "Sørlandsfjord fylkeskommune, kulturarv v/ Tone Fjeld": the comma sets off the
        # organisation's unit in small letters, no person before it
        found = parse_people_list(unit.group("rest"), role, attendance, organization)
        if found and all(entry.name in unit.group("rest") for entry in found):
            for entry in found:
                if entry.organization in (None, organization, unit.group("unit")):
                    entry.organization = f"{unit.group('org')}, {unit.group('unit')}"
            return found
    if value[1:2].isupper() and (" – " in value or " - " in value or " — " in value):
        value = _INITIALS_FIRST.sub(_name_past_initials, value)  # "KN – Kari Nymoen"
    if " (" in value and ((value[1:2].isupper() and " (" in value[2:6]) or "), " in value):
        # "KH (Kari Holm, Nordby, leder), PD (Per Dahl)": each person's initials, then the
        # name and what the entry says of her in one bracket, read as "Kari Holm (Nordby,
        # leder)"
        value = _INITIALS_BEFORE_BRACKET.sub(_name_out_of_bracket, value)
    if "\t" in value:  # "Leder:  Nordby    Ola Nordmann": cells a label's value kept
        value = _cells_as_entry(value)
    if "(fr" in value:  # "Arne Li (frå administrasjonen)": as "Arne Li (administrasjonen)"
        value = _FROM_STAFF_PAREN.sub(r"(\g<group>)", value)
    if "(" in value and _CALENDAR_ANSWER.search(value):
        # "Kari Holm (Arrangør)", "Per Dahl (Ikke svart)", "Eli Moe (Takket nei)": the
        # invitation's answers as a Teams or Outlook calendar lists them under the notes;
        # who sent it and who did not answer name no organisation, a no is an absence
        value = _CALENDAR_ANSWER.sub(_calendar_answer, value)
    if "fråfall" in value:  # "Tor Aas (fråfall)": nynorsk for forfall, read as "fråvær"
        value = _FRAAFALL.sub("fråvær", value)
    if "(" in value and "ikk" in value:  # "Lene Almås, (Ingelin Vik møtte ikkje)"
        value = _AWAY_IN_BRACKETS.sub(r"\g<name> (\g<away>)", value)
    if "ikk" in value and "ara" in value and (stayed := _DEPUTY_STAYED_AWAY.search(value)):
        # "Tor Aas (forfall, vara Eli Sund møtte ikkje)": the deputy came no more than he
        found = parse_people_list(_EMPTY_BRACKETS.sub("", value[:stayed.start()] +
                                                      value[stayed.end():]),
                                  role, attendance, organization)
        return _deputy_away_too(found, stayed.group("deputy"), value[:stayed.start()])
    if ". Vara" in value or ". vara" in value:  # "Kari Holm, forfall. Vara: Eli Sund"
        value = _AWAY_STOP_DEPUTY.sub(", vara", value)  # as "…, forfall, vara: Eli Sund"
    if ":" in value and "vara" in value:  # "…, forfall, vara: Eli Sund": as "vara Eli Sund"
        value = _DEPUTY_COLON.sub(r"\g<word> ", value)
    if "møt" in value:  # "Dagny Li møtte som vara for Anne Moe": a substitute, "X for Y"
        value = _MET_FOR.sub(" for ", value)
    if ". " in value:  # "Birgit Dokk, Styreleder. Therese Kjersem, nestleder. …"
        value = _FULL_STOP_BETWEEN.sub(_entry_end, value)
    if ": " in value:  # "…, SRU: Trine Mjøen (referent)": the short name is her employer
        value = _CODE_BEFORE_LAST_NAME.sub(_code_before_last_name, value)
    if value.count("/") >= 2 and "(" not in value:
        value = _slashes_as_commas(value)  # "Kari Holm/Per Dahl/Ola Vik"
    if (") –" in value or ") -" in value) and _PAREN_THEN_DASH.search(value):
        value = _PAREN_THEN_DASH.sub("), ", value)  # "Per Dahl (H) – leder"
    if ("–" in value or " - " in value) and \
            value.rstrip(" .").casefold().endswith(_ANSWER_ENDINGS) and \
            (answered := _answer_after_dash(value, role, attendance, organization)):
        return answered  # "Kjell Aasen, styreleder – ja", "Astrid Berg – ikke svart"
    if "," in value and ("–" in value or " - " in value) and \
            (seat_then_org := _seat_before_dash(value)) is not None:
        value = seat_then_org  # "Astrid Nyhus, leder – Strand kommune"
    if value.count("–") + value.count(" - ") >= 2:
        if ("," in value or " og " in value) and (one := _one_dashed_person(value, role, attendance,
                                                        organization)) is not None:
            return [one]  # "Kari Nes – prosjektleder, referent – Agder fylkeskommune"
        if (entries := _dashed_entries(value)) is not None:
            return [person for entry in entries
                    for person in parse_people_list(entry, role, attendance, organization)]
        value = _dashes_as_commas(value)
    if "-" in value or "–" in value or "—" in value:
        value = ",".join(map(_hyphen_note, value.split(",")))
    if attendance is not _ABSENT and ("vara" in value or "møtte" in value) and \
            ("forfall" in value or "fravær" in value or "fråvær" in value) and \
            (away_then_deputy := _AWAY_THEN_DEPUTY.search(value)) and (
                _one_absence(value) or not ("(" in away_then_deputy.group(0) and
                                            _SEVERAL.search(value, 0, away_then_deputy.start()))):
        # "Ola Nord, Zby – forfall, vara Siri Lie møtte" among who came: as in a forfall list
        # (also "Ola Nord (forfall), vara Siri Lie"); "Kari Dahl, Tor Aas (forfall), vara
        # Eli Sund": the absence, said once, is Tor Aas's alone; the others before him came
        deputies = _deputies_who_came(value[:away_then_deputy.start()] +
                                      value[away_then_deputy.end():], role, organization)
        if deputies:
            return _others_came(deputies, attendance) if _one_absence(value) else deputies
    if attendance is not _ABSENT and value.rstrip(" .").endswith(_AWAY_ENDINGS):
        away = _away_after_separator(value, role, organization)
        if away is not None:
            return away
    found = _people_list(value, role, attendance, organization)
    if owners and role is ParticipantRole.MEMBER:
        for entry in found:
            if entry.organization in owners:
                entry.role = role  # "kommunedirektør Geir Lyng, som hadde fullmakt fra
                # Frosta kommune": he votes for an owner, one of the members, whatever his job
    did_not_come = attendance is not _ABSENT and len(found) == 1 and (
        (_has_away_word(value) and _DID_NOT_COME.search(value)) or
        # "Eli Lien (Etnedal) fikk ikke koblet seg på Teams.": never got in
        ("ikk" in value and _never_joined(_after_name(value, found[0].name))))
    if did_not_come:
        entry = found[0]
        entry.attendance = Attendance.ABSENT
        note = _after_name(value, entry.name)
        entry.note = None if _DID_NOT_COME.fullmatch(note) or \
            note.casefold() in _ABSENCE_NOUNS_AS_READ else note or None
    if "samt " in value:
        _staff_after_samt(found, value)
    if role is ParticipantRole.MEMBER and len(found) > 2 and " AS" in value:
        _firms_presenters(found)
    return found


def _unit_of_group(unit: str, organization: str | None) -> bool:
    """Whether the words after a job name a unit of the one organisation a group label
    names ("Til stede fra politiet: …; Arne Hval, leder Østre GDE; …"): a name with
    initials in capitals under a group of one agency in the definite singular
    ("politiet", "fylkeskommunen"), which the person represents; not a place after an
    office ("Fra kommunene: Kari Nes, ordfører Vestdal")."""
    if not organization or " " in organization or not organization.islower() or \
            not organization.endswith(("et", "en")) or organization.endswith("ene"):
        return False
    return any(len(word) >= 2 and word.isupper() and word.isalpha() for word in unit.split())


def _firms_presenters(found: list[Entry]) -> None:
    """Make a guest of one from a firm among a list's members who was there for named
    items only ("Deltakere: …, Gunn Vik (arkitekt, Vik Arkitekter AS) – deltok under sak
    3"): a consultant who came to present a case, no member of the group (the guide:
    presenters are guests)."""
    for entry in found:
        if entry.role is ParticipantRole.MEMBER and entry.attendance is Attendance.PARTIAL \
                and (entry.organization or "").endswith((" AS", " ASA")) and \
                entry.note and FOR_ITEMS_ONLY.fullmatch(entry.note):
            entry.role = ParticipantRole.GUEST


# A note that someone was there for named items only: "deltok under sak 3", "sak 3 og 4",
# "til stede i sak 2".
FOR_ITEMS_ONLY = lazy_regex(r"(?:(?:deltok|deltog|var\s+til\s+stede|til\s+stede|møtte)\s+)?"
                             r"(?:(?:under|i|for|på)\s+)?(?:sak|saka|saker|sakene|sakane)\s+"
                             r"\d[\d/.]*(?:\s*(?:,|og|-|–)\s*\d[\d/.]*)*", re.I)


def _after_name(value: str, name: str) -> str:
    """What a one-person list piece says after the name and its bracket ("Tor Aas
    (Nordby) møtte ikke." → "møtte ikke")."""
    start = value.find(")") + 1 if ")" in value else value.find(name) + len(name)
    return value[start:].strip(" .,;")


# "…, samt rådgiver Ola Dal fra fylkeskommunen": a job title after "samt", then a name
_SAMT_JOB = lazy_regex(r"\bsamt\s+(?P<job>[a-zæøå][\wæøå-]+)\s+(?P<name>[A-ZÆØÅ][\w-]+)")


def _without_closing_remark(value: str) -> str:
    """A list's value without the remark a full stop sets after its last entry: "Daglig
    leder Geir Dal og fagansvarlig Tuva Li. Daglig leder førte referat." (who wrote the
    minutes, a sentence of three words or more that names no one and no body, or that
    names a body but says something of it ("har", "ikke"): every word after its first in
    lower case). An entry after the stop ("… Fagsjef Live Haugan.")
    names a person in capitals and stays."""
    head, _, tail = value.rstrip(" .").rpartition(". ")
    words = tail.split()
    if not head or len(words) < 3 or not tail[:1].isupper() or \
            any(not word[:1].islower() for word in words[1:]) or \
            (_ORG_HINT.search(tail) and _REMARK_WORDS.isdisjoint(words)):
        return value
    return head


# Words of a sentence that no organisation's name holds: a remark that names a body
# ("… Lise Gran (Hol). Ål kommune har ikke oppnevnt representant.") is still a remark.
_REMARK_WORDS = frozenset({"har", "hadde", "er", "var", "vil", "skal", "kan", "ikke", "ikkje"})


def _staff_after_samt(found: list[Entry], value: str) -> None:
    """Make guests of the staff "samt" adds to a list of members ("Kari Holm (leder),
    Per Lia og Anne Berg, samt rådgiver Ola Dal fra fylkeskommunen"): "samt" sets the
    person apart from the body's own, and an administration job (rådgiver, konsulent,
    kommunalsjef) marks someone who serves the body rather than sits in it – a guest, as
    the guide reads the administration. A seat ("samt nestleder …") is no such job."""
    for added in _SAMT_JOB.finditer(value):
        if not _administration_job(added.group("job")):
            continue
        for entry in found:
            if entry.name.startswith(added.group("name")) and \
                    entry.role in (None, ParticipantRole.MEMBER) and \
                    value.find(entry.name) > added.start():
                entry.role = ParticipantRole.GUEST
                break


# An initial typed without a space before the surname: "B.Strand", "J.Aasen" (a capital
# alone before the stop; "St.Olav", "Kr.sund" have more letters).
_GLUED_INITIAL = lazy_regex(r"(?<![\w.])(?P<initial>[A-ZÆØÅ]\.)(?=[A-ZÆØÅ][a-zæøå]{2,})")


def _glued_again(entry: Entry, written: str) -> Entry:
    """The entry named as the list wrote it, its initial glued to the surname ("B.Strand"),
    after the list was read with a space put in (see ``_GLUED_INITIAL``)."""
    tight = entry.name.replace(". ", ".", 1)
    if tight != entry.name and tight in written:
        entry.name = tight
    return entry


# A capital code and a dash before a name, at the start of a list's entry: "KN – Kari
# Nymoen", "PD - Per Dal, Vestby kommune" (the code the minutes call the person by later).
_INITIALS_FIRST = lazy_regex(r"(?:^|(?<=[,;]\s))\s*(?P<code>[A-ZÆØÅ]{2,4})\s+[–—-]\s+"
                             r"(?P<name>[A-ZÆØÅ][\w-]+(?:\s+[A-ZÆØÅ][\w-]+){1,3})\b")
# Short names of agencies and unions a minutes list may put before a name as whom the
# person represents, even where the letters are also the person's initials.
_AGENCY_CODES = frozenset({"KS", "LO", "NAV", "NHO", "NVE", "SSB", "UDI", "YS"})


def _name_past_initials(found: re.Match[str]) -> str:
    """An entry opened by the person's own initials ("KN – Kari Nymoen") without them:
    the code is how the minutes name her later ("KN sender …"), whom she represents it is
    not."""
    rest = found.string[found.end():found.end() + 3].lstrip()[:1]
    if not _own_initials(found.group("code"), found.group("name"), rest in (",", "(", "–", "-")):
        return found.group(0)
    return found.group(0)[:found.start("code") - found.start()] + found.group("name")


# A capital code before a bracket that opens with a name, at the start of a list's entry:
# "KH (Kari Holm, Nordby)", "PD (Per Dahl)" (notes typed in a hurry name the person by the
# code throughout and say once in the list whom it stands for).
_INITIALS_BEFORE_BRACKET = lazy_regex(
    r"(?:^|(?<=[,;]\s))\s*(?P<code>[A-ZÆØÅ]{2,4})\s+\(\s*"
    r"(?P<name>[A-ZÆØÅ][\w-]+(?:\s+[A-ZÆØÅ][\w-]+){1,3})\s*(?P<end>[,)])\s*")


def _name_out_of_bracket(found: re.Match[str]) -> str:
    """An entry "KH (Kari Holm, Nordby)" as "Kari Holm (Nordby)", "PD (Per Dahl)" as "Per
    Dahl": the code is the person's initials, no organisation; the rest of the bracket says
    whom she represents and her role, as a bracket after her name does. A code that is not
    the name's initials stays ("NAV (Kari Holm)"), and so does an agency's short name
    unless the bracket says whom she represents ("KS (Kari Sand)"). A party's capitals
    that are all the name's initials are hers when the bracket goes on to say whom she
    represents ("AP (Anne Pedersen, Nordby)"): a party would follow the name."""
    code, name, placed = found.group("code"), found.group("name"), found.group("end") == ","
    lead = found.group(0)[:found.start("code") - found.start()]
    if not _own_initials(code, name, placed) and not (
            placed and code in PARTY_CAPITALS and code == name_initials(name).upper()
            and looks_like_name(name)):
        if placed and looks_like_name(name) and \
                (rest := found.string[found.end():].partition(")")[0].split(",")[0].strip()) \
                and rest[:1].isupper() and not is_role_word(rest):
            # "NAV (Kari Holm, Nordby)", "SP (Per Lie, Sørby)": a short name not hers,
            # then the person and whom she represents, read as "Kari Holm (Nordby)" the
            # way "SP: Kari Holm, Nordby" is; a bracket that goes on with her role only
            # keeps the code as whom she represents ("SU (Kari Holm, leder)")
            return f"{lead}{name} ("
        return found.group(0)
    if found.group("end") == ")":
        return f"{lead}{found.group('name')} " if found.end() < len(found.string) and \
            found.string[found.end()] not in ",;" else f"{lead}{found.group('name')}"
    return f"{lead}{found.group('name')} ("


def name_initials(name: str) -> str:
    """The first letters of a name's words, each part of a hyphenated name its own ("Kari
    Holm" → "KH", "Ann-Kristin Lie" → "AKL"): how minutes shorten a person, in registers'
    owner cells, "(KH)" after a name and a "Ref: KH" signature."""
    return "".join(word[:1] for word in name.replace("-", " ").split())


def _own_initials(code: str, name: str, placed: bool = False) -> bool:
    """Whether a capital code before a name is the person's initials: its letters are the
    name's (all of them, or the first and the last), and it is no party, nor an agency by
    its short name unless the entry says whom the person represents after the name
    (``placed``): "AP – Anne Pedersen", "KS – Kari Sand" say whom they represent, "KS –
    Kjell Sande, Vestland fylkeskommune" who he is."""
    if not (2 <= len(code) <= 4 and code.isupper() and code.isalpha()) or \
            (code in _AGENCY_CODES and not placed):
        return False
    return _are_initials(code, name_initials(name).upper()) and looks_like_name(name)


# A short name and a colon before the list's last person, after a comma: "Hanne Lyseth
# (Sørvåg), SRU: Trine Mjøen (referent)" is read as "Trine Mjøen (SRU) (referent)", the way
# a line "SRU: Trine Mjøen" is read as a group of one. A short name before several
# ("SRU: Trine Mjøen, Ola Brenden") is hers alone: the colon ties it to the name after it.
# (s75a) Also a list's first entry ("SP: Kari Holm, Nordby" read alone), each entry of a
# list that semicolons part ("SP: Kari Holm, Nordby; H: Per Dahl, Vestby"), and a party's
# one capital or mixed-case code ("H", "V", "Sp", "KrF"); a bracket may close the place
# ("V: Siri Lie, Åsen (permisjon fra sak 5)").
# (s75l) An entry ends too where a comma opens the next one's code ("Sp: Kari Holm
# (leder), Ås: Per Dahl"), after her bracket, or before a note on when: each read as on a
# line of its own.
_LIST_CODE = r"(?:[A-ZÆØÅ]{1,6}|[A-ZÆØÅ][a-zæøå][A-ZÆØÅ]?|Krf|Frp)"
_CODE_BEFORE_LAST_NAME = lazy_regex(
    rf"(?:(?<=[,;])|^)\s*(?P<code>{_LIST_CODE}):\s+"
    r"(?P<name>[A-ZÆØÅ][\w.-]*(?:\s+[A-ZÆØÅ][\w.-]*){1,3})"
    rf"(?:(?=\s*(?:\([^()]*\)\s*)?\.?(?:$|;|,\s*{_LIST_CODE}:\s))"
    # (a bracket that closes her entry before the next person, "H: Per Dahl (permisjon), Ola
    # Aas"; a note on when after her name, "Frp: Geir Bakken, fra sak 3")
    r"|(?=\s*\([^()]*\)\s*,)|(?=,\s*(?:fra|frå|til|etter|under|gikk|gjekk)\s)"
    r"|,\s*(?P<place>[A-ZÆØÅ][\w-]*(?:\s+[\w-]+){0,2})(?P<paren>\s*\([^()]*\))?\.?"
    rf"(?=\s*(?:$|;|,\s*{_LIST_CODE}:\s)))")


def _code_before_last_name(found: re.Match[str]) -> str:
    """"…, SRU: Trine Mjøen (referent)" as "Trine Mjøen (SRU) (referent)"; "…, SP: Kari
    Holm, Nordby" as "Kari Holm (Nordby)", whom she represents after her name, the way a
    line "SP: Kari Holm, Nordby" is read. A second person's name after the comma ("SRU:
    Trine Mjøen, Ola Brenden") is no place: both stay people, the code hers."""
    if place := found.group("place"):
        paren = found.group("paren") or ""  # "…, Åsen (permisjon fra sak 5)": her note
        if looks_like_name(place):
            return f"{found.group('name')} ({found.group('code')}), {place}{paren}"
        return f"{found.group('name')} ({place}){paren}"
    return f"{found.group('name')} ({found.group('code')})"


# Nynorsk "fråfall" as a word of its own in a list (not inside a longer word).
_FRAAFALL = lazy_regex(r"(?<!\w)fråfall(?!\w)")


# A deputy named beside the member's absence who did not come either: "(forfall, vara Eli
# Sund møtte ikkje)", "…, vara Eli Sund møtte heller ikke"
_DEPUTY_STAYED_AWAY = lazy_regex(
    r"(?:\s*[,;–-]\s*|(?<=\())(?:og\s+)?(?:hennes\s+|hans\s+|hennar\s+)?[Vv]ara(?:medlem)?\s*:?\s+"
    r"(?P<deputy>[A-ZÆØÅ][\w.-]*(?:\s+[A-ZÆØÅ][\w.-]*){1,3})\s+møtte\s+(?:heller\s+)?"
    r"(?:ikke|ikkje)\b\.?")


def deputy_stayed_away(text: str) -> bool:
    """Whether ``text`` names, after a member, a deputy who did not come either ("…,
    forfall, vara Tone Brekke møtte ikke"): its "møtte ikke" is the deputy's, not the
    whole list's."""
    return "ikk" in text and "ara" in text and _DEPUTY_STAYED_AWAY.search(text) is not None


def _deputy_away_too(found: list[Entry], deputy: str, before: str) -> list[Entry]:
    """The people of a list, and after the member whose absence names her the deputy who
    did not come either ("Siri Moe, Bøen kommune – forfall, vara Tone Brekke møtte
    ikke"): absent, of the member's seat, as on a "Vara: Tone Brekke (ikke møtt)" line of
    her own under the member; no note (the words repeat the category)."""
    members = [i for i, entry in enumerate(found) if entry.name in before]
    if not members or not looks_like_name(deputy):
        return found
    member = found[members[-1]]
    found.insert(members[-1] + 1, Entry(name=deputy, organization=member.organization,
                                        role=member.role, attendance=Attendance.ABSENT))
    return found
_EMPTY_BRACKETS = lazy_regex(r"\s*\(\s*\)")
# The deputy in a sentence of its own after the member's absence: "Kari Holm, forfall.
# Vara: Eli Sund", "Kari Holm (forfall). Vara: Eli Sund"
_AWAY_STOP_DEPUTY = lazy_regex(r"(?:(?<=forfall)|(?<=fravær)|(?<=fråvær)|(?<=forfall\))|"
                               r"(?<=fravær\))|(?<=fråvær\)))\.\s+[Vv]ara"
                               r"(?=(?:medlem)?\s*:?\s)")
_SEVERAL = lazy_regex(r",|;|\s+og\s")  # more than one person before it
# "vara:" inside an entry, after the member ("…, forfall, vara: Eli Sund", "(vara: Per Lie)");
# with the deputy's seat before the name, "(vara: varaordfører Eli Sund møtte)", the seat
# goes with the label: the deputy is named after it as after a bare "vara"
# "Leiar: Kari Li, overtannlege, nestleiar: Ola Vik, Stord kommune": the deputy leader's own
# label inside the leader's value, where the next person begins
_DEPUTY_LEADER_LABEL = lazy_regex(r"[,;]\s*(?:nestleder|nestleiar)\s*:\s*", re.IGNORECASE)


def split_deputy_leader(value: str) -> tuple[str, str] | None:
    """The leader's and the deputy leader's part of a leader's line that names both
    ("Kari Li, overtannlege, nestleiar: Ola Vik, Stord kommune"), or None."""
    if "estle" not in value or (deputy := _DEPUTY_LEADER_LABEL.search(value)) is None:
        return None
    return value[:deputy.start()], value[deputy.end():]


_DEPUTY_COLON = lazy_regex(r"(?<=[\s,(])(?P<word>vara(?:medlem|representant)?)\s*:\s*"
                           r"(?:(?:vara)?ordfør[ea]r\s+(?=[A-ZÆØÅ]))?", re.I)


# An e-mail meeting's answer set off by a dash after who gave it ("Kjell Aasen, styreleder
# – ja", "Mette Haga – enig", "Astrid Berg – ikke svart"): a vote or a reply, no
# organisation. (The endings are the cheap test; the pattern reads the answer whole.)
_ANSWER_ENDINGS = ("ja", "nei", "enig", "uenig", "svart", "merknader", "merknad", "merknadar")
_ANSWER_TAIL = lazy_regex(r"\s+[–—-]\s+(?P<answer>ja|nei|enig|uenig|"
                          r"(?P<none>(?:har\s+)?(?:ikke|ikkje)\s+svart)|"
                          r"ingen\s+merknad(?:er|ar)?)\s*\.?\s*$", re.I)


def _answer_after_dash(value: str, role: ParticipantRole | None, attendance: Attendance,
                       organization: str | None) -> list[Entry] | None:
    """One member and the answer they gave to an e-mail meeting's proposal: who answered
    took part (present; the answer is a vote, no words on attendance, so no note), who
    did not answer is absent (the words repeat that: no note either)."""
    tail = _ANSWER_TAIL.search(value)
    if tail is None:
        return None
    if tail.group("none"):
        attendance = Attendance.ABSENT
    found = _people_list(value[:tail.start()], role, attendance, organization)
    return found if len(found) == 1 else None


# The absence nouns (``labels.ABSENCE_NOUNS``) as ``parse_people_list`` reads a list: its
# nynorsk "fråfall" is "fråvær" by then (``_FRAAFALL``), so the list leaves it out.
_ABSENCE_NOUNS_AS_READ = tuple(noun for noun in ABSENCE_NOUNS if noun != "fråfall")


def _one_absence(value: str) -> bool:
    """The list says once that someone was away, so that one absence is one person's."""
    return sum(value.count(word) for word in _ABSENCE_NOUNS_AS_READ) == 1


def _others_came(found: list[Entry], attendance: Attendance) -> list[Entry]:
    """In a list of who came, one member's absence and the deputy in the seat ("Kari Dahl,
    Tor Aas – forfall, vara Eli Sund"): only the member whose seat the deputy took was
    away; everyone else the list names came, as the list's label says."""
    seats = {entry.note[4:] for entry in found if entry.note and entry.note.startswith("for ")}
    for entry in found:
        if entry.attendance is Attendance.ABSENT and entry.name not in seats:
            entry.attendance = attendance
    return found


def _cells_as_entry(value: str) -> str:
    """Two cells of a padded line, a name and what is not one ("Nordby\tOla Nordmann",
    "Ola Nordmann\tNordby"), as "Ola Nordmann (Nordby)": the other cell is said of the
    person, as in brackets (whom they represent, or a seat); a tab is never in a name."""
    cells = [cell.strip() for cell in value.split("\t") if cell.strip()]
    if len(cells) >= 2 and _own_initials(cells[0], cells[1], len(cells) > 2):
        cells = cells[1:]  # "KN\tKari Nymoen\tVestby kommune": her initials, no organisation
        value = "\t".join(cells)
        if len(cells) == 1:
            return value
    if len(cells) != 2 or "(" in value or "," in value:
        return value
    first, second = (looks_like_name(tidy_name(cell)) for cell in cells)
    if first != second:
        name, other = cells if first else cells[::-1]
        if _tick(other).casefold().strip(" .") in _PRESENT_MARKS:
            return name  # "Leder   Ola Nordmann   Møtt": the mark says only that he came
        return f"{name} ({other})"
    return value


def _away_after_separator(value: str, role: ParticipantRole | None,
                          organization: str | None) -> list[Entry] | None:
    """One person whose entry ends, after a dash or comma, in a clause saying they did not
    come ("Ola Dahl – meldte forfall", "Kari Sand, Vestby – hadde forfall", "Per Lie –
    ikke møtt") in a list of who came: absent, and the clause is no organisation (nor a
    note: it repeats "absent")."""
    tail = _AWAY_TAIL.search(value)
    if tail is None:
        return None
    found = _people_list(value[:tail.start()], role, Attendance.ABSENT, organization)
    return found if len(found) == 1 else None


# An EU project's partner by its number in the partnership ("(LP)", "(PP3)", "(Lead
# Partner)"): which partner, not whom the person represents; and its secretariat ("(LP
# secretariat)"), as "sekretariatet" is read.
_PARTNER_CODE = lazy_regex(r"(?:LP|PP\s?\d{1,2}|[Ll]ead\s+[Pp]artner)")
_SECRETARIATS = _SECRETARIAT | {"lp secretariat", "lead partner secretariat"}


def _secretariat_only(known: str, named: str) -> bool:
    """Whether a person first placed only in the secretariat ("Referent: Eva Moe
    (sekretariatet)", "Minutes: Ida Lie (LP secretariat)") is named later with the
    organisation she works for ("Eva Moe | Nordby fylkeskommune" in the attendance
    table): that is whom she represents, the secretariat was her task in the meeting.
    Only a name of two words or more: one word after her may be another label read as a
    place ("Protokollførere: Eva Moe")."""
    return known.casefold() in _SECRETARIATS and " " in named.strip()


def _unknown_first_name(text: str) -> bool:
    """A word that may be a first name the name list does not hold ("Federico", "Naomi"):
    capitalised letters only, neither a seat nor a noun in its definite form."""
    return text[:1].isupper() and text.isalpha() and not text.isupper() and \
        2 <= len(text) <= 12 and text.casefold() not in ROLE_WORDS and \
        not text.casefold().endswith(_DEFINITE_ENDINGS)


# Endings of nouns in the definite form ("Styret", "Administrasjonen", "Kommunen"), the
# plural's "ene" too; not the "a" of ``DEFINITE_ENDINGS``, on purpose: many first names
# end so ("Ida", "Anna", "Maria"), and this asks of a word that may be one.
_DEFINITE_ENDINGS = ("et", "en", "ene")


def _capitalised_seat(entry: Entry, text: str) -> bool:
    """Give ``entry`` the seat or job written after its name with a capital ("Styrets
    leder", "Daglig leder", "Økonomisjef"); False when ``text`` is neither. A job that is
    no seat on the body is the administration's: a guest."""
    lowered = text.casefold()
    if lowered in ROLE_WORDS:
        seat = ROLE_WORDS[lowered]
        if seat is not None:
            entry.role = seat
        if entry.organization is None and _names_secretariat(lowered):
            # "Marte Hov, Sekretariatet": whom she comes from, as "…, sekretariatet" and
            # "Marte Hov (Sekretariatet)" are read
            entry.organization = text
        return True
    if is_whole_job_title(lowered):
        if entry.role in (None, ParticipantRole.MEMBER):
            entry.role = ParticipantRole.GUEST
        return True
    # a task within the board ("Økonomiansvarlig", "PR-ansvarlig"), no organisation
    return lowered.endswith(("ansvarlig", "ansvarleg"))


# A part of an organisation written after a dash: "avd. Alta", "avdeling for plan"
_UNIT_START = ("avd.", "avd ", "avdeling", "seksjon", "eining", "enhet", "kontor")


def _org_with_unit(org: str, remarks: list[str]) -> tuple[str, list[str]]:
    """The organisation with the part of it a dash sets off ("NAV – avd. Alta", "SANKS –
    Sámi klinihkka/Samisk klinikk", "Helse Nord – RHF"), as written whole (the gold keeps
    "Asker – Bærum" too), and the remarks left: a capitalised part that is no name, role
    or note, or a unit ("avd. …"), is the organisation's; "– leder", "– fra sak 3", "–
    sjukdom" stay the person's."""
    while remarks:
        part = remarks[0].strip(" .,;")
        folded = part.casefold()
        unit = folded.startswith(_UNIT_START) or (
            part[:1].isupper() and not looks_like_name(tidy_name(part)) and
            not is_role_word(part) and not _PARTIAL.search(part) and
            not _SECOND_PAREN_AWAY.fullmatch(part) and
            (len(part.split()) <= 5 or _long_proper_name(part)))
        if not unit:
            break
        org = f"{org.strip()} – {remarks.pop(0).strip()}"
    return org, remarks


# The small words inside an organisation's proper name ("Norwegian Association of Local
# and Regional Authorities", "Senter for kvinne- og kjønnsforskning i Nord").
_NAME_JOINERS = frozenset({"of", "and", "for", "the", "in", "on", "og", "i", "på", "av",
                           "til", "&"})


def _long_proper_name(part: str) -> bool:
    """Whether a part of more than five words is one proper name, each word capitalised
    but its small joining words ("Norwegian Association of Local and Regional
    Authorities"): an organisation's full name after its short one and a dash ("KS – …"),
    no sentence or note."""
    words = part.split()
    return len(words) <= 10 and words[-1][:1].isupper() and \
        all(word[:1].isupper() or word in _NAME_JOINERS for word in words)


def _unit_words(text: str) -> bool:
    """Whether a capitalised piece has a word in small letters after its first that no
    name has ("Divisjon psykisk helsevern", "Avdeling for helse"): a unit, no person (a
    name's particle, ``NAME_PARTICLES``, is no such word: "Femke de Vries")."""
    words = text.split()
    return len(words) >= 2 and any(word[:1].islower() and word not in NAME_PARTICLES
                                   for word in words[1:])


def _hyphen_note(part: str) -> str:
    """"Rune Nordstrand-1.klasse", "Bjørn Framnes-rektor", "Kine Sandvik- 2.klasse": what
    follows a name after a hyphen in lower case or digits is said of the person, as in
    brackets (a double surname goes on in a capital: "Nordstrand-Hansen"). A line of
    three dash-set parts ("Kari Nes - leder - Vestdal kommune") is "Name – role – org",
    read part by part in ``_entry_from_piece``."""
    if len(_DASH_PARTS.findall(part)) >= 2:
        return part
    match = _HYPHEN_NOTE.match(part)
    if match and match.group("dash") != "-" and not _PARTIAL.search(match.group("rest")):
        return part  # after a dash only when ("Ola Nord – deltok på sak 2 og 3")
    if match and looks_like_name(match.group("name")):
        paren = f", {match.group('paren')}" if match.group("paren") else ""
        return f"{part[:match.start('name')]}{match.group('name')} ({match.group('rest')}{paren})"
    return part


_HYPHEN_NOTE = lazy_regex(r"^\s*(?P<name>[A-ZÆØÅ][\w.]+(?:\s+[A-ZÆØÅ][\w.]+){1,3})"
                          r" ?(?P<dash>[-–—]) ?"
                          r"(?P<rest>(?!og\b|eller\b)[a-zæøå\d][^()]*?)\s*"
                          r"(?:\((?P<paren>[^()]*)\)\s*)?$")  # "Heidi Scholz -vara (6. klasse)"


# A seat on the body described in brackets: "(ny leder SU)", "(repr. lærere)".
_SEAT_WORDS = lazy_regex(r"\b(?:leder|leiar|nestleder|nestleiar|repr\.?|representant|"
                         r"medlem|valgt|vald)\b")


def _dashed_entries(value: str) -> list[str] | None:
    """The entries of a list each written "Name – whom they represent" and set apart by
    semicolons or commas ("Kari Holm – NAV Agder; Per Moe – KS; Siv Lie – UiA"), or None.

    Read one entry at a time: a short name after a dash ("KS") is the organisation, not a
    piece that runs on into the next person's name.
    """
    separator = ";" if ";" in value else ","
    entries = [entry.strip() for entry in value.split(separator) if entry.strip()]
    if len(entries) < 2 or "(" in value:
        return None
    for entry in entries:
        head, *rest = _DASH_SEPARATOR.split(entry, maxsplit=1)
        if not rest or not looks_like_name(tidy_name(head)):
            return None
    return entries


def _one_dashed_person(value: str, role: ParticipantRole | None, attendance: Attendance,
                       organization: str | None) -> Entry | None:
    """One person written "Name – job, seat – whom she represents" ("Kari Nes –
    prosjektleder, referent – Agder fylkeskommune", "Ola Lunde – ordfører, leder – Evje og
    Hornnes kommune"), or None. The comma between her jobs and seats is no list's: read
    as a comma list, the seat after it ("referent – Agder fylkeskommune") would be a
    piece of its own, and the "og" of the place's name would part two people."""
    parts = _DASH_SEPARATOR.split(value.strip(" ."))
    if len(parts) != 3 or not parts[2][:1].isupper() or "," in parts[2] or \
            not looks_like_name(tidy_name(parts[0])) or \
            any(looks_like_name(side.strip()) for side in parts[2].split(" og ")[1:]):
        return None  # (not "Kari Nes – leder – Per Dahl og Eva Li": people after her)
    jobs = [job.strip() for job in parts[1].split(",")]
    if not all(job[:1].islower() and (is_role_word(job) or _job_title_part(job)) for job in jobs):
        return None
    seat = None
    if parts[2][-1:] == ")":  # "… – KS Troms og Finnmark (sekretær)": her seat after whom
        # she represents, no part of its name
        whom, _, word = parts[2][:-1].rpartition("(")
        if whom and is_role_word(word):
            parts[2], seat = whom.rstrip(), role_of(word)
    # (each job a part of its own, as "Name – job – seat – org" is read part by part)
    entry = _entry_from_piece(" – ".join([parts[0], *jobs, parts[2]]), role, attendance,
                              organization)
    if entry is not None and seat is not None:
        entry.role = seat
    return entry


def _seat_before_dash(value: str) -> str | None:
    """One person written "Name, seat – whom she represents" ("Astrid Nyhus, leder –
    Strand kommune", "Per Moe, nestleder - Hov kommune") as "Name – seat – org", or None.
    Read as a comma list, the seat and the organisation after the comma would be one
    piece, the organisation's ("leder – Strand kommune")."""
    found = _SEAT_BEFORE_DASH.fullmatch(value.strip(" ."))
    if found is None or not looks_like_name(tidy_name(found.group("name"))):
        return None
    seat, org = found.group("seat"), found.group("org")
    if not (is_role_word(seat) or _job_title_part(seat)) or _has_away_word(org.casefold()) or \
            _PARTIAL.search(org) or _PRESENT_NOTE.search(org) or " og " in org:
        return None  # ("Kari Holm, leder – Forfall", "…, leder – Via Teams": notes)
    return f"{found.group('name')} – {seat} – {org}"


# "Name, seat – Org": one comma and one dash, a seat in lower case between them
_SEAT_BEFORE_DASH = lazy_regex(r"(?P<name>[A-ZÆØÅ][^,;()–—-]*?),\s*"
                               r"(?P<seat>[a-zæøå][^,;()–—-]*?)\s+[–—-]\s+"
                               r"(?P<org>[A-ZÆØÅ][^,;()–—]*)")


def _slashes_as_commas(value: str) -> str:
    """A list whose people are set apart by slashes ("Kari Holm/Per Dahl/Ola Vik") as a
    comma list. Three full names or more, each opening with a known first name: a slash
    between two ("Kari Holm/Nordby kommune", "Lunner kommune/ Hadelandsregionen") joins a
    person and whom she represents, or a member and her deputy."""
    pieces = [piece.strip() for piece in value.split("/")]
    if len(pieces) >= 3 and all(
            looks_like_name(piece) and is_first_name(piece.split(None, 1)[0])
            for piece in pieces):
        return ", ".join(pieces)
    return value


def _dashes_as_commas(value: str) -> str:
    """A list whose people are set apart by dashes ("Ragnar Bakken –Tine Steinset - Kamilla
    Vestre – Frank Urke (vara for Stine Urke)") as a comma list; "Name – role – org" (one
    person) stays as it is."""
    pieces = [p.strip() for p in _DASH_SEPARATOR.split(value) if p.strip(" .")]
    names = sum(looks_like_name(tidy_name(_BRACKETS.sub("", p).strip(" ."))) for p in pieces)
    if len(pieces) >= 3 and names == len(pieces):
        return ", ".join(pieces)
    return value


# "(begge Lunde)", "(alle fra Bøvik)": the people before share the organisation.
# "… – alle Årdal kommune", "…, begge frå Luster": whom everyone listed before represents
_ALL_FROM_TAIL = lazy_regex(r"(?:\s+[–—-]\s*|\s*,\s*)(?:begge|alle|båe)\s+(?:(?:fra|frå)\s+)?"
                            r"(?P<org>[A-ZÆØÅ][^,;()–—]*?)\s*\.?$")
# "Kari Holm og Per Dahl, alle fra Xby kommune, og Eva Berg fra Yby": the same said of
# the names before it in the middle of a list, with more people after it.
_ALL_FROM_INSIDE = lazy_regex(r"\s*,\s*(?P<all>begge|alle|båe)\s+(?:fra|frå)\s+"
                              r"(?P<org>[A-ZÆØÅ][^,;()–—]*?)\s*(?=[,;]\s*\S)")
_BOTH_FROM = lazy_regex(r"^(?:begge|alle|båe)\s+(?:(?:fra|frå)\s+)?(?=[A-ZÆØÅ])")
# A dash between a name and what is said of it: "Nes, Kari – leder".
_DASH_TAIL = re.compile(r"\s+[–—-]\s+")
# "… møtte som vara for …", "… møte for …", "… møtte på vegne av …" between two names
# in a list of who came.
_MET_FOR = lazy_regex(r"(?<=[a-zæøå])\s+(?:møtte|møtt|møte)\s+(?:som\s+(?:vara|varamedlem|"
                      r"varamann|varerepresentant|vararepresentant)\s+)?"
                      r"(?:(?:i\s+staden\s+|i\s+stedet\s+)?for|på\s+vegne\s+av)\s+(?=[A-ZÆØÅ])")
# Someone who did not come, said in brackets of their own among the list.
_AWAY_IN_BRACKETS = lazy_regex(r"(?<![^\s,])\(\s*"
                               r"(?P<name>[A-ZÆØÅ][\w.-]*(?:\s+[A-ZÆØÅ][\w.-]*){1,3})"
                               r"\s+(?P<away>møtte\s+ikk(?:e|je))\s*\)")
# A full stop after a word, outside brackets, before a capital: where one person's entry
# may end and the next name begin (see ``_entry_end``).
_FULL_STOP_BETWEEN = lazy_regex(r"(?P<word>[\w/-]+)\.(?= [A-ZÆØÅ])(?![^(]*\))")
_ABBREVIATIONS = frozenset(("repr", "ca", "evt", "nr", "tlf", "kl", "jf", "st", "pga", "ass",
                            "avd",  # ("NAV – avd. Alta": a unit, no entry's end)
                            # ("Lene Bråten pva. Nils Ekeberg": whose seat she took)
                            "pva"))


def _entry_end(match: re.Match[str]) -> str:
    """The full stop in "Birgit Dokk, Styreleder. Therese Kjersem, nestleder." or "…, Jon
    Slettvold. Anna Bårdgård, …" as a comma: it ends an entry. After an abbreviation
    ("repr. Lærerne") or a short one of a first name ("Johs. Røinås") it stays, as after
    an initial, also the second of a double name's ("A.-M. Lie")."""
    word = match.group("word").lstrip("-")
    if "-" in word and all(len(part) == 1 for part in word.split("-")):
        return match.group(0)  # "A-M. Lie": a double first name's initials
    short_name = word[:1].isupper() and len(word) <= 4 and not word.isupper() and \
        not _surname_before_name(match)
    if (len(word) < 2 and not word.isdecimal()) or short_name or \
            word.casefold() in _ABBREVIATIONS:  # ("EGEA-kontakt 2. Vilde Bull" ends one)
        return match.group(0)
    return f"{word},"


def _surname_before_name(match: re.Match[str]) -> bool:
    """Whether the short word before a full stop ends a name, not shortens one: "Dahl" in
    "Per Dahl. Ola Vik" follows a first name and a full name follows it; "Johs." first
    in its entry, or "Chr." with no vowel, is a shortened first name and stays."""
    word, text = match.group("word"), match.string
    before = text[:match.start()].rstrip()
    after = text[match.end() + 1:]
    return bool(_NAME_WORD_AT_END.search(before)) and \
        any(letter in "aeiouyæøå" for letter in word.casefold()) and \
        bool(_FULL_NAME_FIRST.match(after))


_NAME_WORD_AT_END = lazy_regex(r"(?:^|[,;:]\s*|\s)[A-ZÆØÅ][a-zæøå]+$")
_FULL_NAME_FIRST = lazy_regex(r"[A-ZÆØÅ][a-zæøå]+\s+[A-ZÆØÅ][a-zæøå-]+")


# A dash after a bracket before the last lower-case words of an entry ("Per Dahl (H) –
# leder", "Tor Lie (Frp) - forfall"): said of the person as after a comma; a third dash
# ("(Sp) – leder – Vestdal kommune") keeps the line to ``_entry_from_piece``.
_PAREN_THEN_DASH = lazy_regex(r"\)\s+[–—-]\s+(?=[a-zæøå][^–—,;()-]*(?:[,;]|$))")
# (tried only where a run of spaces or dashes starts: from inside a long run, as a ruled
# line "––––" or padded columns have, each start would scan to the run's end, quadratic)
_DASH_SEPARATOR = lazy_regex(r"(?<![\s–—-])(?:\s+[–—-]+\s*|\s*[–—-]+\s+)")
_BRACKETS = lazy_regex(r"\([^)]*\)")
# An e-mail address between names, not inside a parenthesis: it separates the people.
# A Norwegian phone number beside a name in the list, with its label and the separator
# before it: contact details, neither an organisation nor a name.
_PHONE_OUTSIDE_BRACKETS = lazy_regex(
    r"\s*(?:[,;–-]\s*)?(?:(?:tlf|tel|telefon|mob|mobil)\.?:?\s*)?(?:\+47\s?)?"
    r"\b(?:\d{8}|\d{3} \d{2} \d{3}|\d{2} \d{2} \d{2} \d{2})\b(?![^(]*\))", re.I)
_DIGIT_RUN = re.compile(r"\d\d[\d ]{5}")
# (with a dash before it: "Eva Berg, Sørby kommune – eva@sorby.no" leaves no dash behind)
_EMAIL_OUTSIDE_BRACKETS = lazy_regex(r"(?:\s+[–—-]\s*)?(?<![(\w.-])[\w.+-]+@[\w-]+"
                                     r"(?:\.[\w-]+)+(?![^(]*\))")
# A meeting role after a job and a dash at the end of an entry: "…, rådgiver – referent".
_MEETING_ROLE_AFTER_JOB = lazy_regex(r",\s*(?P<job>[a-zæøå][^,;()–—]*?[a-zæøå])\s+[–—-]\s+"
                                     # (with the body she serves: "– sekretær for styret")
                                     r"(?P<role>[a-zæøå]+(?:\s+(?:for|i|av)\s+[a-zæøå]+)?)$")
# An e-mail address alone in brackets after a name: "Eva Li (eva.li@nordby.no)".
_EMAIL_IN_BRACKETS = lazy_regex(r"\s*\(\s*(?:e-?post:?\s*)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*\)",
                                re.I)
_DID_NOT_COME = lazy_regex(r"(?:men\s+)?(?:møtte|møtt|deltok|deltek|kom)\s+(?:ikke|ikkje)\s*\.?$|"
                           r"(?<=\))\s*(?:forfall|fråvær|fravær)\s*\.?$")  # "(repr.)forfall"
# The words ``_DID_NOT_COME`` needs, as written (it ignores no case): one present
# person's list (most: "Referent: Kari Holm") holds none, and skips the search.
_has_away_word = contains_any(("møtt", "forfall", "fråvær", "fravær", "deltok ikk", "deltek ikk",
                               "kom ikk"))


# A clause after a dash or comma that says the person did not come (see
# ``_away_after_separator``).
_AWAY_TAIL = lazy_regex(r"\s*[,–—-]\s*(?:(?:(?:hadde|har)\s+(?:meldt\s+)?|meldte\s+|meldt\s+)?"
                        r"(?:forfall|fråvær|fravær)|(?:ikke|ikkje)\s+møtt|møtte\s+(?:ikke|ikkje))"
                        r"(?:\s*[,–—-]?\s*(?:og\s+)?(?:ingen|uten|utan)\s+vara)?"  # "…, ingen vara"
                        r"\s*\.?$", re.I)
# A dash part that says someone did not come, or that no deputy came ("– forfall",
# "– meldt forfall", "– ingen vara"): what is said of attendance, never an organisation.
_AWAY_PART = lazy_regex(r"(?P<away>(?:(?:hadde|har)\s+(?:meldt\s+)?|meldte\s+|meldt\s+)?"
                        r"(?:forfall|fråvær|fravær)|(?:ikke|ikkje)\s+møtt|"
                        r"møtte\s+(?:ikke|ikkje))?(?:\s*,?\s*(?:og\s+)?(?:ingen|uten|utan)\s+vara)?",
                        re.I)
# A member's absence, then the deputy who came: "Ola Nord, Zby – forfall, vara Siri Lie
# møtte", "Ola Nord (Zby), forfall – Siri Lie møtte", "Ola Nord hadde forfall, vara Siri
# Lie møtte" (the clause before the deputy's).
_AWAY_THEN_DEPUTY = lazy_regex(r"(?:\s*[,–—-]\s*|\s+(?=(?:hadde|har|meldte)\s)|"
                               r"\s*\((?=(?:meldt\s+)?(?:forfall|fråvær|fravær)\)))"
                               r"(?:(?:hadde|har)\s+(?:meldt\s+)?|meldte\s+|"
                               # (in brackets too: "Ola Nord (forfall), vara Siri Lie")
                               r"meldt\s+)?(?:forfall|fråvær|fravær)\)?"
                               r"(?=\s*[,;–—-]\s*(?:(?:og\s+)?"
                               r"(?:hennes\s+|hans\s+|hennar\s+)?vara(?:medlem)?\s+[A-ZÆØÅ]|"
                               r"(?-i:[A-ZÆØÅ])[^,;()]*\smøtte\b))", re.I)
_AWAY_ENDINGS = ("forfall", "fravær", "fråvær", "møtt", "ikke", "ikkje", "ingen vara",
                 "uten vara", "utan vara")
# Whose seat someone took, set off by a dash at the end of their entry ("Per Vik, Ål –
# for ordfører Liv Grønn", "… - pva Liv Grønn"): read as the same words in brackets, so
# the absent member is not taken for a second person from the place before the dash.
_DASHED_SEAT = lazy_regex(r"\s+[–—-]\s*(?P<seat>(?:(?:som\s+)?vara(?:medlem|representant)?\s+for|"
                          r"møtte\s+for|for|pva\.?|"
                          r"på\s+vegne\s+av|i\s+staden\s+for|i\s+stedet\s+for)\s+"
                          r"(?:[a-zæøå]+\s+)?[A-ZÆØÅ][\w.-]*(?:\s+[A-ZÆØÅ][\w.-]*){1,3})"
                          r"(?=\s*(?:[,;]|$))")


# A dash before whom a seat stands for, at the end of an entry ("Ola Vik, leder –
# representant for Nordby IL"): read as a comma.
_DASHED_REPRESENTS = lazy_regex(r"\s+[–—-]\s+(?=representant\s+for\s+\S)")


# A name, then with no comma a place of words joined by "i", "og" or "på" ("Jon Vik Mo i
# Rana", "Eli Ask Nore og Uvdal", "Per Dahl Bø i Telemark (leiar)"), as an entry of a list.
_NAME_THEN_JOINED_PLACE = lazy_regex(
    r"(?:^|(?<=,\s))(?P<name>[A-ZÆØÅ][\w-]+(?:\s+[A-ZÆØÅ][\w-]+){1,3})\s+"
    r"(?P<place>[A-ZÆØÅ][\w-]+\s+(?:i|og|på)\s+[A-ZÆØÅ][\w-]+)(?=\s*(?:,|;|\(|$))")


# A job in a department of the organisation, lower case: "rådgjevar i samhandlingsavdelinga",
# "seniorrådgiver ved seksjon for plan", "leiar for plan- og byggesaksavdelinga", then
# the organisation after "i"/"ved" or a comma, or nothing ("rådgjevar i
# samhandlingsavdelinga, Helse Førde", "… i Helse Førde").
_UNIT_KINDS = r"(?:avdelinga|avdelingen|avdeling|seksjonen|seksjon|eininga|enheten|staben)"
_JOB_IN_UNIT = lazy_regex(
    r"(?<![\w-])(?P<job>[a-zæøåA-ZÆØÅ][\wæøå-]*(?:\s+[a-zæøå][\wæøå-]*)?)\s+"
    r"(?:i|ved|for)\s+"
    r"(?P<unit>(?:[a-zæøå-]+\s+(?:og\s+)?)?[a-zæøå-]*" + _UNIT_KINDS + r"|" + _UNIT_KINDS +
    r"\s+(?:for|i)\s+[a-zæøå][\wæøå-]*)"
    r"(?P<after>\s+(?:i|ved)\s+(?=[A-ZÆØÅ])|(?=\s*[,;)–]|\s*$))")


def _job_without_unit(found: re.Match[str]) -> str:
    """A job with its department taken out (``_JOB_IN_UNIT``): "rådgjevar i
    samhandlingsavdelinga i Helse Førde" → "rådgjevar i Helse Førde", "… , Helse Førde"
    → "rådgjevar, Helse Førde". A department alone is no organisation, and a unit before
    its parent gives the parent ("avdeling for folkehelse, Innlandet fylkeskommune"), so the
    organisation the line, its bracket or its heading names is whom the person represents;
    the text stays as it is when the first words are no job."""
    job = found["job"]
    if job.lower() in _UNIT_HEADS:
        # "leder i teknisk avdeling", "leiar for plan- og byggesaksavdelinga": the head of a
        # department, a job as "avdelingsleder" is, not the chair's seat ("leder i
        # faggruppen", no department, stays the seat)
        job = "avdelingsleder"
    elif not _is_job_title(job[:1].lower() + job[1:]):
        return found[0]
    return f"{job} i " if found["after"].strip() else job


# the seat words that name the head of a department when a department follows them
_UNIT_HEADS = frozenset({"leder", "leiar", "leiaren", "lederen"})


def _joined_place_bracketed(value: str) -> str:
    """A list with each place of several words written after its name without a comma
    ("Jon Vik Mo i Rana") as the name and the place in brackets ("Jon Vik (Mo i Rana)"):
    the lower-case "i" would otherwise end the name early or drop the entry. The place
    is the last capitalised word before "i"/"og"/"på" and the word after it (a place's
    name has no more); not two people ("Per Dahl og Kari", "Per Dahl og KM"), nor a name
    that is not one."""
    def bracketed(found: re.Match[str]) -> str:
        name, place = found["name"], found["place"]
        after = place.split()[-1]
        if (" og " in place and (is_first_name(after) or _INITIALS.fullmatch(after))) or \
                not looks_like_name(name):
            return found.group()  # (nor "Nils Petter Rød og MK": a second person's initials)
        return f"{name} ({place})"
    return _NAME_THEN_JOINED_PLACE.sub(bracketed, value)


def _noted_by_tail(entries: list[Entry], pieces: list[tuple[str, str | None, bool]],
                   index: int) -> list[Entry]:
    """Whom a note on part of the meeting after a comma is said of: the person before it
    ("Rolf Ask, Agder fylkeskommune, under sak 2"), or, as the last piece of a list
    closed by "og", the whole list ("Eli Bø, NAV, og Tor Ek, KS, under sak 2": they
    came together, as "Eli Bø og Tor Ek under sak 2" says); a person the list already
    gave a note of their own keeps it."""
    # (the last person came in by "og", then their organisation, then the note: in "Kari,
    # Per og Ola, fra sak 3" the note may be Ola's alone, and stays his; but "Stein Aas og
    # Hilde Li, til stede under sak 8" names one pair, who came together)
    if pieces[index][0][:4] == "som ":
        return entries[-1:]  # "Eli Bø (referent) og Tor Ek, som deltok frå sak 2": a
        # relative clause is said of the one it follows
    if index == 2 == len(pieces) - 1 and len(entries) == 2 and pieces[1][2]:
        return [entry for entry in entries if entry.note is None or entry is entries[-1]]
    if index != len(pieces) - 1 or len(entries) < 2 or index < 3 or \
            not pieces[index - 2][2] or pieces[index - 1][2]:
        return entries[-1:]
    # (the referent and the chair are there all the meeting: "Siv Lund (referent), og Ola
    # Berg, rådgiver, til stede under sak 3" says so of Ola alone)
    return [entry for entry in entries if entry is entries[-1] or (
        entry.note is None and entry.role not in _WHOLE_MEETING_ROLES)]


_WHOLE_MEETING_ROLES = (ParticipantRole.SECRETARY, ParticipantRole.CHAIR)


def _bracketed_note_joined(pieces: list[tuple[str, str | None, bool]]
                           ) -> list[tuple[str, str | None, bool]]:
    """The pieces with a note on part of the meeting and a bracket that says the same
    made one note ("Guri Holø, Sel, kom kl. 11.15 (frå sak 3)"): the case in brackets
    tells when she came, as the words before it do, and is no organisation or role of
    the list's (read apart, it would cover the place before it)."""
    return [(f"{text} ({paren})", None, joined)
            if paren and text[:1].islower() and _PARTIAL.search(text) and _PARTIAL.search(paren)
            else (text, paren, joined) for text, paren, joined in pieces]


def _people_list(value: str, role: ParticipantRole | None,
                 attendance: Attendance, organization: str | None = None) -> list[Entry]:
    """People in running list text: "A (Oslo), B og C (Asker), D (referent)".

    A parenthesis that is an organisation covers every name since the previous
    parenthesis; one that is a role or a note belongs to its own name only. A piece that
    is an organisation rather than a name ("Ola Dahl, Hamar kommune") becomes the
    organisation of the name before it.
    """
    if attendance is _ABSENT and ("møtte" in value or "ara" in value or
                                            "erstat" in value):
        deputies = _deputies_who_came(value, role, organization)
        if deputies:
            return deputies
    if " i " in value or " og " in value or " på " in value:
        value = _joined_place_bracketed(value)  # "Jon Vik Mo i Rana" → "Jon Vik (Mo i Rana)"
    if ("avdeling" in value or "seksjon" in value or "eininga" in value or
            "enheten" in value or "staben" in value) and \
            (" i " in value or " ved " in value or " for " in value):
        value = _JOB_IN_UNIT.sub(_job_without_unit, value)  # "rådgjevar i samhandlings-
        # avdelinga, Helse Førde" → "rådgjevar, Helse Førde"
    if "sentant for" in value and _DASHED_REPRESENTS.search(value):
        value = _DASHED_REPRESENTS.sub(", ", value)  # "Ola Vik, leder – representant for
        # Nordby IL": whom the seat stands for, as after a comma
    if ("for " in value or "pva" in value) and _DASHED_SEAT.search(value):
        value = _DASHED_SEAT.sub(r" (\g<seat>)", value)  # "Per Vik, Ål – for Liv Grønn"
    if ("alle" in value or "begge" in value or "båe" in value) and \
            _ALL_FROM_INSIDE.search(value):
        value = _ALL_FROM_INSIDE.sub(r" (\g<all> \g<org>)", value)
    if ("alle" in value or "begge" in value or "båe" in value) and \
            (everyone := _ALL_FROM_TAIL.search(value)):
        # "Kari Lie, Ola Dale og Per Moe – alle Årdal kommune": as "(alle Årdal kommune)"
        value = f"{value[:everyone.start()]} (alle {everyone.group('org').strip()})"
        shared = everyone.group("org").strip()
    else:
        shared = None
    pieces = _split_top_level(_GLUED_NAMES.sub(", ", value))
    if "(" in value:
        pieces = _bracketed_note_joined(pieces)
    if len(pieces) >= 3 and " og " in value:
        pieces = _organisation_with_og(pieces)  # "…, Hardanger og Voss museum"
    if len(pieces) >= 3 and ("distrikt" in value or _AGENCY_HOUSE_HINT.search(value)):
        # "…, Politiet, Sør-Vest politidistrikt", "…, Kriminalomsorgen, Kongsvik fengsel"
        pieces = _agency_with_district(pieces)
    given, *tail = _DASH_TAIL.split(pieces[1][0], maxsplit=1) if len(pieces) == 2 else [""]
    if len(pieces) == 2 and not pieces[0][1] and "," in value and \
            not _two_lone_words(pieces[0][0], given, pieces[1][1]) and \
            (plain := uninverted(written := f"{pieces[0][0]}, {given}",
                                 one_person=_one_inverted_person(pieces[0][0], given,
                                                                 pieces[1][1]),
                                 party=_known_party(pieces[1][1] or ""))):
        # "Reigstad, Monrad (PF)": one person, read in the usual order, named as written
        # ("Holm, Ante (Ap)": the party vouches for a first name the list lacks)
        # (written with its comma: "Hamarøy og Gildeskål" is two, no name turned round)
        # (also "Nes, Kari – leder": what follows the dash is the person's as it would be)
        paren = f" ({pieces[1][1]})" if pieces[1][1] else ""
        rest = f" – {tail[0]}" if tail else ""
        found = _people_list(plain + rest + paren, role, attendance, organization)
        if len(found) == 1 and found[0].name == plain:
            if _GIVEN_INITIALS.fullmatch(given) and f"{written}." in value:
                written = f"{written}."  # "Holm, K.": the initial's stop, as written
            found[0].name = written
            return found
    if len(pieces) == 3 and not pieces[0][1] and not pieces[1][1] and not pieces[2][2] and \
            (found := _inverted_with_org(value, pieces, role, attendance, organization)):
        return found
    if len(pieces) == 3 and not pieces[0][1] and pieces[1][1] and \
            (found := _inverted_before_seat(value, pieces, role, attendance, organization)):
        return found
    if len(pieces) >= 4 and "," in value and \
            (pairs := _inverted_party_pairs(pieces, role, attendance)) is not None:
        return pairs  # "Nils, Kari (Ap), Berg, Ola (H)"
    placed = _name_and_place(pieces, role, attendance, organization)
    if placed is not None:
        return [placed, *_deputy_of_placed(placed, pieces[-1][1], attendance)]
    first_names = _first_names_only(pieces, role, attendance is _ABSENT)
    if first_names:
        entries = [Entry(name=name, organization=organization, role=role,
                         attendance=attendance, first_name_only=True) for name in first_names]
        for entry, (_text, paren, _joined) in zip(entries, pieces, strict=True):
            unit = _UNIT_CODE.fullmatch(paren) if paren else None
            if unit:  # "Alvhild (FIN)", "Olav (FLKI/nestleder)": the unit, and a role
                entry.organization = unit.group("code")
                paren = unit.group("role")
            if paren:  # "Helge (referent)", "Målfrid (1. vara)"
                apply_paren(entry, paren)
                if _DEPUTY_NOTE.fullmatch(paren):
                    entry.note = paren
        return entries
    entries: list[Entry] = []
    pending: list[Entry] = []  # names waiting for an organisation parenthesis
    # "Monica, Anja, Geir, Sylvi Ofstad (Troms idrettskrets)": first names alone among
    # full names; two or more known ones make the single words first names
    lone_first_names = sum(" " not in text and is_first_name(text) for text, _p, _j in pieces)
    # "Sigrun, TK og ØL (Innlandet fylkeskommune)": people named by their initials
    coded = _initials_as_people(pieces) if any(_INITIALS.fullmatch(text) for text, _p, _j
                                                 in pieces) else frozenset()
    lone_words = sum(" " not in text and text[:1].isupper() for text, _p, _j in pieces)
    # one person under a seat's label ("Møteleder: Gisela")
    one_seat = len(pieces) == 1 and role in _CHAIR_OR_SECRETARY
    org_piece = False  # the previous piece was the organisation of the last person
    after_title = False  # the previous piece was a job title ("…, PP-leder, Nordmøre PPT")
    # one-word places follow names in this list ("Marit Kvåle, leiar, Sogndal, Ola Berge,
    # Luster"): set once a place came after a seat word, which no first name does
    # (or every other piece one: "A B, Stord, C D, Bømlo"; "A B og C D, Stord, …")
    place_groups = _alternating_places(pieces)
    places = bool(place_groups)
    after_seat = False  # the previous piece was a seat word ("…, leiar, Sogndal")
    behalf = None  # the organisation the previous person was named for ("Lunde kommune v/A")
    sharing = 1  # how many people the last organisation piece was named for ("A og B, Org")
    for index, (text, paren, joined) in enumerate(pieces):
        after_org, org_piece = org_piece, False
        org_after = False  # the bracket after a note on when names her organisation
        behalf_before, behalf = behalf, None
        title_before, after_title = after_title, False
        seat_before, after_seat = after_seat, False
        if entries and text[:1].islower() and (noted := _NOTE_THEN_NAME.match(text)) and \
                _PARTIAL.search(noted.group("note")):
            # "…, tilstede under sak 1-11 Adrian Smith (AS, sekretær)": a page run
            # together, the note of the person before and the next name
            _apply_note(entries[-1], noted.group("note"))
            text = noted.group("name")
        if after_org and joined and text[:1].isupper() and not paren and \
                not looks_like_name(tidy_name(text)) and \
                not _two_whole_municipalities(entries[-1].organization, text):
            text, *said = _DASH_TAIL.split(text, maxsplit=1)
            entries[-1].organization = f"{entries[-1].organization} og {text}"
            org_piece = True  # "…, fylkesordfører Møre og Romsdal": one organisation
            if said:  # "…, Statsforvalteren i Oslo og Viken – observatør": said of her
                apply_paren(entries[-1], said[0])
            continue
        if after_org and text[:1].islower() and \
                _fields_of_unit(entries[-1].organization, text, joined):
            # "…, Nord universitet, Fakultet for sykepleie og helsevitenskap", "Fakultet for
            # lærerutdanning, kunst og kulturfag": the fields the unit is for, one name
            entries[-1].organization += f"{' og' if joined else ','} {text}"
            if paren:
                apply_paren(entries[-1], paren)
            org_piece = True
            continue
        if text and not paren and (after_org or _dashed_org_before(pieces, index, entries)) \
                and _unit_then_parent(entries[-1].organization, text):
            entries[-1].organization = text  # "…, Klinikk for psykisk helse, Helse Fjordane
            org_piece = True  # HF": the trust she represents, the clinic a unit of it
            continue  # (also after a dash: "Hege Li – dekan – Institutt for X, Universitetet Y")
        if text and (after_org or _dashed_org_before(pieces, index, entries)) and \
                _unit_of_org(text, entries[-1].organization):
            # "Anne Tveit, Agder fylkeskommune, avd. samferdsel": the organisation as
            # written, its department after it (as an organisation cell keeps it); a
            # pair named for it ("A og B, Statsforvaltaren i Vestland, landbruksavdelinga")
            # both work there
            whole = f"{entries[-1].organization}, {text}"
            for earlier in entries[-sharing:-1] if sharing > 1 else ():
                if earlier.organization == entries[-1].organization:
                    earlier.organization = whole
            entries[-1].organization = whole
            if paren:
                apply_paren(entries[-1], paren)
            org_piece = True
            continue
        if text and _has_absence_verb(text) and (away := _ABSENT_SENTENCE.match(text)) and \
                looks_like_name(away.group("name")):  # "…; Inger Dyrnesli hadde forfall."
            entries.append(Entry(name=away.group("name"), organization=organization, role=role,
                                 attendance=Attendance.ABSENT))
            pending = []
            continue
        if text and entries and (absent := substituted_for(seat := text.lstrip("–—- ")) or
                                 seat_surname(seat)):
            # "Jon Li (Ap) for Per Bø (Ap)", "Jon Li (Ap) – vara for Per Bø (Ap)" (a
            # surname alone, "…, møtte for Hansen", named in full by ``seat_substitutes``)
            entries[-1].note = f"for {absent}"
            if entries[-1].organization is None and _seat_place(paren):
                entries[-1].organization = paren  # "Siri Lie, vara for Ola Nord (Zby)"
            pending = []
            continue
        if text and entries and text[-2:] in _ENGLISH_JOB_TAIL_ENDS and \
                (not paren or (is_role_word(paren) and not text.endswith("Operator"))) and \
                _english_function(text) and role_of(text) is None:
            # (s75m) also with her meeting role after it ("Helene Strøm, Cluster Manager
            # (secretary)"): her job, no organisation; only "Programme Operator" names an
            # office (the body running a grants programme), read as whom she comes from
            if paren:
                apply_paren(entries[-1], paren)
            # (s75a) "Lars Dahl, Project Manager, Region Norrbotten" under "Present:": an
            # English function, capitalised as English writes any job, is her job, as a
            # Norwegian job between the name and the employer ("…, rådgiver, Nordby
            # kommune") is: no seat outside the body nor a person "Senior Adviser"; so too
            # before the ministry she works for, read next ("Anna Kowal, Programme Operator,
            # Ministry of Funds and Regional Policy")
            pending = []
            continue
        if text and entries and not paren and text[:1].isupper() and len(text) < 30 and \
                not looks_like_name(text) and not _is_job_title(text) and \
                _capitalised_seat(entries[-1], text):
            # "Erik Fløystad, Styrets leder", "Anita Jernquist, Daglig leder"; after a job
            # ("Lise Berg, Seniorrådgiver, Konsis") the employer may follow
            after_title = is_qualified_job(text)
            continue
        if not text and paren and entries and ("ara" in paren or "møtte" in paren) and \
                (deputy := _deputy_in_paren(entries[-1], paren, attendance)):
            entries.append(deputy)  # "Ola Dale (Sp) (vara: Per Lie)": a second parenthesis
            pending = []
            continue
        if not text and paren and entries and is_role_word(paren):
            apply_paren(entries[-1], paren)  # "Ola Dahl (rådmann) (referent)": a second
            continue  # parenthesis gives the meeting role
        if not text and paren and entries and attendance is not Attendance.ABSENT and \
                entries[-1].note is None and _on_leave(paren):
            _apply_note(entries[-1], paren)  # (s75l) "Per Dahl (Sp) (sykemeldt)": away
            continue
        if not text and paren and entries and attendance is not Attendance.ABSENT and \
                _SECOND_PAREN_AWAY.fullmatch(paren.strip(" .")):
            entries[-1].attendance = Attendance.ABSENT  # "Tor Aas (Sp) (forfall)", "Per Dahl
            continue  # (Berg kommune) (møtte ikke)": a present list marks who stayed away
        if not text and paren and entries and entries[-1].note is None and \
                _second_paren_note(paren):
            _apply_note(entries[-1], paren)  # "Siv Lie (Vik sykehus HF) (forlot møtet etter
            continue  # sak 6)": a second parenthesis says how long she was there
        if not text and paren and entries and paren[:4].casefold() in ("for ", "pva ") and \
                (absent := substituted_for(paren)):
            entries[-1].note = f"for {absent}"  # "Tor Vik (Ap) (for Hans Moe)"
            pending = []
            continue
        seat = None
        if text and entries and text[:1].islower() and \
                (not paren or (paren[:1].islower() and not _ORG_HINT.search(paren)) or
                 (org_after := _org_after_note(entries[-1], paren, organization)) or
                 (seat := _seat_after_note(paren)) or
                 (paren[:1].isupper() and _PRESENT_NOTE.match(paren))) and \
                _PARTIAL.search(text) \
                and not _JOB_AT_PLACE.match(_DASH_TAIL.split(text, maxsplit=1)[0]) and \
                not _job_then_name(text):  # ("…, rådgiver i Ås kommune – fra sak 2": whom)
            # (a bracket after the note says how: "…, under sak 4 (med tolk over telefon)")
            noted: list[Entry] = []  # (the entries the note is said of)
            if not _office_then_note(entries[-1], text, organization):
                noted = _noted_by_tail(entries, pieces, index)
                for entry in noted:
                    # "Hilde Søraa (AP) måtte forlate møtet tidleg"; "…, som deltok frå
                    # sak 2": the clause's words without its pronoun
                    _apply_note(entry, text[4:] if text[:4] == "som " else text)
            if paren and is_role_word(paren):
                apply_paren(entries[-1], paren)  # "…, fra sak 3 (referent)"
            elif paren and (seat := seat or _seat_after_note(paren)) and entries[-1].note and \
                    substituted_for(entries[-1].note) is None:
                # "Sara Tesfay, fra sak 2 (Kari Holm)", "… (vara for Kari Holm)": when, then
                # whose seat she took, as "Sara Tesfay for Kari Holm, fra sak 2" says it
                entries[-1].note = f"for {seat}, {entries[-1].note}"
            elif org_after:
                # (s75l) "Sara Tesfay, fra sak 2 (Nordby kommune)": when, then whom she
                # represents, as "Sara Tesfay (Nordby kommune), fra sak 2" says it
                for entry in noted or entries[-1:]:
                    if entry.organization in (None, organization):
                        entry.organization = paren.strip()
            elif paren and (_PRESENT_NOTE.search(paren) or _WITH_HELPER.search(paren)):
                # (s75a) "…, under sak 34/26 (med tolk på tigrinja over telefon)": how she
                # took part, the note's words too, kept as written after when
                for entry in noted:
                    if entry.note and paren not in entry.note:
                        entry.note = f"{entry.note} ({paren.strip()})"
            pending = []
            continue
        if text and entries and not paren and text[:1].islower() and \
                (remote := _REMOTE_PIECE.match(text)):
            _apply_note(entries[-1], remote["how"])  # "Per Lid, Volda kommune, deltok på Teams"
            pending = []
            continue
        if text and entries and not paren and entries[-1].note is None and \
                _reason_part(text, attendance):
            entries[-1].note = text.strip(" .")  # "Siri Tveit (KrF) – sjukdom": why away
            pending = []
            continue
        at_place = text and entries and text[:1].islower() and _JOB_AT_PLACE.match(text)
        if at_place and _is_job_title(at_place.group("job")) and \
                (split := _place_then_name(at_place.group("org"))):
            # "Tone Lie, ordfører i Nordby Jon Berg": the next person, named after the
            # seat and place that are theirs (as "Ordfører i Nordby Jon Berg" is read)
            entry = Entry(name=split[1], organization=split[0], role=role,
                          attendance=attendance)
            _staff_role(entry, at_place.group("job"))
            if paren:
                apply_paren(entry, paren)
            entries.append(entry)
            pending = []
            continue
        if at_place and (at_place.group("job") in _EMPLOYED or
                         _is_job_title(at_place.group("job"))):
            # "Kari Holm, ordfører i Nordvik": the job, then whom they represent (rather
            # than her party: "Kari Holm (Sp), ordførar i Nordvik")
            if (entries[-1].organization in (None, organization) or
                    is_party(entries[-1].organization)):
                if not _school_of_owner(at_place.group("org"), organization, pieces, index):
                    entries[-1].organization = at_place.group("org")
                elif (owner := _bare_owner_after(pieces, index)) is not None:
                    # "Nina Ek, rektor ved Moen voksenopplæring, Hvaler": the
                    # municipality named alone after the unit it runs (its "… kommune"
                    # the next piece gives as any organisation)
                    entries[-1].organization = owner
                    # (the list names its people by their places then: "…, Hvaler, og
                    # Per Dahl, Hadsel" gives him his, as a seat word before the place does)
                    places = True
            _staff_role(entries[-1], at_place.group("job"))
            if paren:
                apply_paren(entries[-1], paren)
            pending = []
            continue
        if text and paren and entries and text.casefold() in MAYOR_SEATS and is_party(paren):
            entries[-1].mayor = True  # "Ragnhild Sæ, ordførar (Sp)": the mayor, her party
            if entries[-1].organization in (None, organization):
                entries[-1].organization = paren
            after_title = True
            continue
        if text in _JOB_INITIALS and entries:
            # "Kari Holm, KO": the kommuneoverlege's capitals, her job as in brackets
            # ("Kari Holm (KO)"), no organisation (nor a guest's seat)
            if paren:
                apply_paren(entries[-1], paren)  # "Kari Holm, KO (leiar)"
            after_title = True
            continue
        if text and entries and (_is_job_title(text) or is_qualified_job(text) or
                                 (text[:1].islower() and _job_for_field(text))) and \
                (not paren or is_role_word(paren) or _PARTIAL.search(paren)):
            # "Møteleder: Even Hagen, fylkesordfører": a title, not whom they represent;
            # "Sindre Moe, rådgiver (sekretær)": the parenthesis is the person's role, and
            # in "Knut Dahl, rådmann (frå kl. 10.00)" when they were there
            if text.casefold() in MAYOR_SEATS:
                entries[-1].mayor = True  # "Trond Aasheim, ordfører": see mayor_chairs
            if paren:
                apply_paren(entries[-1], paren)
                if is_role_word(paren):
                    pending = []  # "Eva Li, rådgiver (sekretær), og Per Dahl fra Statens
                    # naturoppsyn": her seat closes her entry, "fra …" is his alone
            elif ROLE_WORDS.get(text.casefold()) is ParticipantRole.GUEST and \
                    entries[-1].role in (None, ParticipantRole.MEMBER) and \
                    _partner_manager(text, organization, entries[-1]):
                # "Frå Sogn regionråd: Jostein Li, dagleg leiar": the manager of the party
                # the group names, a member unless it serves the body (as "Ola Vik, daglig
                # leder, Nordby Sag AS"; ``People.cooperation_staff``)
                entries[-1].staff = True
            elif ROLE_WORDS.get(text.casefold()) is ParticipantRole.GUEST and \
                    entries[-1].role in (None, ParticipantRole.MEMBER) and \
                    index + 1 < len(pieces) and \
                    _manager_of_employer(text, [entries[-1].name, pieces[index + 1][0]]) and \
                    not looks_like_name(tidy_name(pieces[index + 1][0])):
                # "Lene Dahl, daglig leder, Østfold Renhold AS – fra kl. 14.00": the
                # firm's manager, as without the dash's note (``_manager_of_employer``)
                entries[-1].staff = True
            elif ROLE_WORDS.get(text.casefold()) is ParticipantRole.GUEST and \
                    entries[-1].role in (None, ParticipantRole.MEMBER):
                entries[-1].role = ParticipantRole.GUEST  # "…, Daglig leder": the staff
            elif text[:1].isupper() and not _is_job_title(text) and \
                    entries[-1].role in (None, ParticipantRole.MEMBER):
                # "Tor Haug, Oppdragsansvarlig revisor, …": a job no seat on the body, as
                # "…, Seniorrådgiver" is read
                entries[-1].role = ParticipantRole.GUEST
            after_title = True
            continue
        if text and entries and text[:4].casefold() == "repr" and _REPRESENTS.match(text):
            # "Mikkel Nes, representant for grunneigarane i Luster": whom his seat stands
            # for, as in brackets (``_REPRESENTS``)
            if entries[-1].organization in (None, organization):
                entries[-1].organization = text
            if paren:
                apply_paren(entries[-1], paren)
            pending = []
            continue
        if text and entries and not paren and _SEAT_IN_THE_BODY.match(text):
            # "Møteleder: Vebjørn Olsen, nestleder i brukerrådet": the body itself; "…,
            # sekretær for utvalet" in the staff's list writes the minutes
            if text[:3].casefold() == "sek":
                entries[-1].role = ParticipantRole.SECRETARY
            elif entries[-1].role in (None, ParticipantRole.MEMBER) and \
                    _LEADS_THIS_GROUP.match(text):
                entries[-1].role = ParticipantRole.CHAIR  # "Bente Aas (Granli), leder av
                # nettverket" in a network's list of who came: the one who leads it
            continue
        if text and (len(pieces) == 2 or (index == 1 and _note_closes(pieces))) and entries and \
                entries[-1].organization in (None, organization) and \
                _org_after_one_name(entries[-1].name, text,
                                    role is ParticipantRole.GUEST and
                                    (paren is None or _PARTIAL.search(paren) is not None)):
            # "Gjest: Trond Haug, Norsk Vann (under tema 2)", "Observatør: Per Lie, Asplan
            # Viak": one person and, after the comma, words no first name opens: whom he
            # comes from, not a second person
            entries[-1].organization = text
            if paren:
                apply_paren(entries[-1], paren)
            org_piece, pending = True, []
            continue
        if text and entries and (not looks_like_name(tidy_name(text)) or
                                 (text[-4:] == "Skog" and _forest_owners(text)) or
                                 ((title_before or seat_before) and
                                  _org_closing_seat_line(text, pieces, index))) and \
                index not in coded and _person_from(text) is None:
            if text[:1].islower() and (_lower_case_unit(text) or _named_district(text)) and (
                    entries[-1].organization is None or
                    _group_word_org(entries[-1].organization, organization)):
                _unit_as_organisation(entries[-1], text, paren)
                sharing = 1
                if not joined and (run := _run_before(pieces, index, entries, organization)) > 1:
                    for earlier in entries[-run:-1]:
                        earlier.organization = entries[-1].organization
                    sharing = run
                org_piece, pending = True, []
                continue
            noted = paren is not None and (_NOTE.search(paren) is not None or
                                           _ABSENCE_REASON.match(paren) is not None)
            # ("Kari Nes, leder (Ås kommune)": the seat, then whom she represents)
            # ("Tone Moe, prosjektleder (referent)": the seat, then the meeting role)
            # ("Aud Helland, leiar (Stord)": the seat, then the place she represents)
            piece_role = role_of(text) if not paren or is_party(paren) or noted or \
                _ORG_HINT.search(paren) or is_role_word(paren) or \
                (_is_seat_word(text) and _place_in_paren(paren)) else None
            if piece_role is ParticipantRole.GUEST and not paren and \
                    index + 1 < len(pieces) and \
                    _municipal_interpreter(text, [pieces[index + 1][0]]):
                # "…, Amir Zadeh, tolk, Horten kommune, …" in a comma list: her job beside
                # the municipality that follows (read next), the list's seat
                pending = []
                continue
            if paren and paren[:4] == "for " and piece_role is None and \
                    _is_job_title(text) and (absent := substituted_for(paren)):
                # "Linda Røen, varaordførar (for Lars Bygnes)": her office, then whom she
                # stood in for, as "Linda Røen (for Lars Bygnes)" says it
                _staff_role(entries[-1], text)
                entries[-1].note = f"for {absent}"
                pending = []
                continue
            # "…, fagansvarlig (sekretær)": a job the vocabulary does not know (small
            # words alone: "fylkesordfører Vestland" also says where), then the meeting
            # role in brackets, which decides
            job_then_role = piece_role is None and paren is not None and \
                is_role_word(paren) and _small_words(text) and not _body_by_noun(text)
            if piece_role or job_then_role or _names_secretariat(text):
                # "Arvid Sæther, leder"; under "Referent:" a job title ("Kari Ness,
                # daglig leder") does not undo the meeting role the label gave
                keep = role in (ParticipantRole.CHAIR, ParticipantRole.SECRETARY) or \
                    text.casefold().strip() in {"vara", "medlem"}
                _set_role(entries[-1], None if keep else piece_role, text)
                after_seat = piece_role is not None and text[:1].islower()
                if after_seat and _heads_own_organisation(text, attendance) and \
                        index + 1 < len(pieces) and \
                        _beside_an_organisation(text, [text, pieces[index + 1][0]]):
                    # "Sverre Moen, styreleder, Vassdal Bondelag": the chair of his own
                    # organisation's board, as the dash form says it
                    entries[-1].board_chair = True
                if paren and is_role_word(paren):
                    apply_paren(entries[-1], paren)  # "Eva Li, sekretariatet (referent)"
                elif noted:  # "Ola Dale, medlem (vara for Siv Moe)", "(ingen vara møtte)"
                    _apply_note(entries[-1], paren)
                elif paren and entries[-1].organization in (None, organization):
                    entries[-1].organization = paren  # "Kari Nes, leiar (Sp)": her party
                pending = []
                continue
            # (a place replaces the group heading's word too: "Frå administrasjonen:
            # Kommunedirektør Per Lie, Sogndal og kommunedirektør Eli Moe, Lærdal")
            # (after a titled name, "ordfører Kari Holm, Gran (leder)" or "…, Søndre
            # Land", the piece is whom the person represents even as the list's first
            # place and before her seat in brackets: the title says the piece before
            # was the person, so this one is no second person; see ``_titled_name``)
            # (a titled name has three words or more: most pieces before, "Kari Holm",
            # ask no title)
            titled_before = not places and index > 0 and text[:1].isupper() and \
                pieces[index - 1][0].count(" ") >= 2 and _titled_name(pieces[index - 1][0])
            place = (entries[-1].organization is None or
                     _group_word_org(entries[-1].organization, organization)) and \
                (not paren or places or titled_before) and \
                (seat_before or places or titled_before) and \
                (" " not in text or (titled_before and
                                     _place_of_words(text, pieces[index - 1][0]))) and \
                text[:1].isupper() and not is_first_name(text)
            places = places or bool(place)
            if (entries[-1].organization is None or is_party(entries[-1].organization) or
                    _group_word_org(entries[-1].organization, organization) or
                    (text[:1].islower() and
                     _mayor_elsewhere(text, entries[-1].organization, organization))) and \
                    not _ON_BEHALF.match(text) and (
                    # (an org's word inside a lower-case job is no org: "fylkesbibliotekar",
                    # "kulturskolerektor" are jobs, and the bracket after one names whom)
                    (_ORG_HINT.search(text) and not (text[:1].islower() and
                                                     _is_job_title(text))) or place or (
                    # "Tobias Ek – prosjektleder (innleid fra Arkivråd AS) – Valdres IKT":
                    # the person's own dashed line goes on past the bracket to whom
                    text[:1] in ("–", "—") and index > 0 and pieces[index - 1][1] and
                    _dashed_org_after_bracket(text)) or (
                    title_before and text[:1].isupper() and len(text.split()) <= 4) or (
                    # "Kari Nes (Sp) Stryn, Ola Dale (Ap) Gloppen": the place after the party
                    is_party(entries[-1].organization) and not paren and
                    text[:1].isupper() and len(text.split()) <= 2 and
                    not is_first_name(text.split()[0])) or (
                    # "Kari Nes (Sp), ordførar Vestdal": the place her office is in
                    # (not a road the job is for: "Kari Nes, prosjektleder E6, Nye Veier")
                    text[:1].islower() and (titled := _TITLE_BEFORE_ORG.match(text)) and
                    len(text.split()) <= 4 and not _WORK_PACKAGE.match(text, titled.end()) and
                    not _unit_of_group(text[titled.end():], organization)) or (
                    not after_org and _named_org(text)) or (
                    # "Per Moe, KS; Siv Lie, UiA": an agency's or a party's short name
                    entries[-1].organization is None and not paren and _short_org(text)) or (
                    entries[-1].organization in (None, organization) and not paren and
                    _cut_org(text)) or (
                    # "Linn Moe, Skyss, rutesjef": one capitalised word between a name and
                    # a job is whom she works for, as "Linn Moe, Gol kommune, rådgiver"
                    entries[-1].organization is None and not paren and
                    _org_word_before_job(text, pieces, index)) or (
                    # "Eirik Sunde, Widerøe (punkt 3), Marte Lund": so too one before a
                    # note on the items she came for, after a full name
                    entries[-1].organization is None and paren and " " in entries[-1].name
                    and _org_word_before_note(text, paren)) or (
                    # a long name its last words say is one ("Sunnfjord og Ytre Sogn
                    # interkommunale politiske råd", made one by ``_organisation_with_og``)
                    not paren and text.casefold().endswith(_COUNCIL_ENDINGS)) or (
                    # after a job, a unit named by its kind and its fields, however many:
                    # "…, klinikksjef, Klinikk for psykisk helse og rus"
                    title_before and _unit_by_fields(text))):
                # "Jan Erik Moe, Vestby kommune (leder)", "…, Strandvik kommune – for Y"
                org, substitute = _split_substitute(text)
                # "Rindal kommune – til stede fra kl. 13" ("(leder) - Rindal kommune": the
                # dash after the brackets is no part of it)
                org, *remarks = _DASH_PARTS.split(org.lstrip("-–— "))
                if remarks:
                    org, remarks = _org_with_unit(org, remarks)  # "NAV – avd. Alta"
                if "del" in org and (partial := _PARTIAL_TAIL.search(org)) and partial.start():
                    # "…, Nordby kommune i deler av møtet": whom, then for how long
                    org, remarks = org[:partial.start()], [org[partial.start():].strip(" ,"),
                                                           *remarks]
                entries[-1].organization = org_after_job(_TITLE_BEFORE_ORG.sub("", org))
                sharing = 1
                if not joined and (run := _run_before(pieces, index, entries, organization)) > 1:
                    for earlier in entries[-run:-1]:
                        earlier.organization = entries[-1].organization
                    sharing = run
                if place and place_groups.get(index, 1) > 1:
                    _share_place(entries, place_groups[index])
                for remark in remarks:  # (a seat too: "…, ordførar Ås kommune – leiar")
                    (apply_paren if is_role_word(remark) else _apply_note)(entries[-1], remark)
                org_piece = True
                if substitute:
                    entries[-1].note = substitute
                if paren and ("ara" in paren or "møtte" in paren) and \
                        (deputy := _deputy_in_paren(entries[-1], paren, attendance)):
                    entries.append(deputy)  # "Ola Nord, Vestby (forfall, Siri Lie møtte)"
                elif paren and _reason_after_org(entries[-1], paren):
                    entries[-1].note = paren  # "Randi Bakken, Åsnes kommune (sykdom)"
                elif paren and attendance is not Attendance.ABSENT and _on_leave(paren):
                    _apply_note(entries[-1], paren)  # (s75l) "…, Ås kommune (sykemeldt)"
                elif paren and paren[:1].islower() and _attendance_remark(paren):
                    # "Hovland kommune (heimekontor)": how she took part, no unit of it
                    # (though "-kontor" ends the word)
                    if _PARTIAL.search(paren):
                        _apply_note(entries[-1], paren)
                    elif entries[-1].note is None:
                        entries[-1].note = paren
                elif paren and _bracketed_unit(paren):
                    entries[-1].organization = f"{entries[-1].organization} ({paren})"
                elif paren:
                    apply_paren(entries[-1], paren)
                pending = []
                continue
            if not paren and _PARTIAL.search(text) and not _ORG_HINT.search(text) and \
                    not _job_then_name(text):
                if text[:1].isupper() and (entries[-1].organization is None or _group_word_org(
                        entries[-1].organization, organization)):
                    text = _place_before_dashed_note(entries[-1], text)
                for entry in _noted_by_tail(entries, pieces, index):
                    _apply_note(entry, text)  # "Rolf Ask, Agder fylkeskommune, under sak 2"
                continue
        entry = _entry_from_piece(text, role, attendance, organization)
        if entry is None and (index in coded or (coded and " " not in text and
                                                 is_first_name(text))):
            # "…, Jomar, Camilla Ødegaard, SH, Nils Petter Rød og MK (referent)": the
            # group's own short forms, as a list of first names alone writes them
            entry = Entry(name=text, organization=organization, role=role,
                          attendance=attendance, first_name_only=True)
        if entry is None and " " not in text and one_seat and is_first_name(text):
            # "Møteleder: Gisela" (but "Møteleiar: Aasland" is a listed person's surname)
            entry = Entry(name=text, organization=organization, role=role,
                          attendance=attendance, first_name_only=True)
        if entry is None and " " not in text and ((lone_first_names >= 2 and (
                is_first_name(text) or ((lone_words == len(pieces) or
                                         2 * lone_first_names >= lone_words) and
                                        _unknown_first_name(text)))) or
                                                  _lone_first_name_with(pieces, text, paren)):
            # (and "Federico", "Naomi" among "Annika, Anne, Ragnhild, …": first names too)
            entry = Entry(name=text, organization=organization, role=role,
                          attendance=attendance, first_name_only=True)
        if entry is not None and text.split(" ", 1)[0].casefold() in _MINUTE_TAKERS:
            # "Møtesekretær Dianne Kilvær"; "Fra administrasjonen: rådmann Siri Aas,
            # referent Mona Holm" (whatever the group's role)
            entry.role = ParticipantRole.SECRETARY
        elif entry is not None and text[:1].islower():
            _seat_role(entry, text)  # "styreleder Hilde Vik"
        elif entry is not None and not text.startswith(entry.name):
            _seat_role(entry, text, guests_only=True)  # "Rådmann Per Lie"
        if entry is None and (named := _people_in_paren(text, paren, role, attendance)):
            entries.extend(named)  # "Nordvik (Kari Holm), Østvik (Per Bø og Siv Lie)"
            pending = []
            continue
        if entry is None:
            if paren and entries and (text[:1].islower() or _unit_words(text)) and (
                    _PARTIAL.search(paren) or _CASES_NOTE.match(paren) or
                    _REMOTE_PIECE.fullmatch(paren.strip(" ."))):
                # "Eva Li, kommunalsjef helse og omsorg (sak 3/24)": her job, then when
                # (or how: "Eva Li, rådgjevar (på Teams)", present from afar); so too
                # after her unit, where the group named whom she represents ("Til stede
                # fra Sykehuset X HF: Ola Dal, klinikkdirektør, Divisjon psykisk
                # helsevern (Teams)")
                _apply_note(entries[-1], paren)
                continue
            if paren and entries and text[:1].islower() and " " in text and \
                    is_role_word(paren):
                # "Tone Haug, leder Lønn og regnskap Midt (leder av AMU)": her job, then
                # her seat in the body, which is hers as after a name alone
                apply_paren(entries[-1], paren)
                continue
            if paren and pending and not is_role_word(paren) and not _NOTE.search(paren):
                # "…, Helse Innlandet (HI)": the name the capitals stand for
                org = text if text and abbreviates(paren, text) else paren
                for waiting in pending:
                    waiting.organization = org
                pending = []
            continue
        if joined and behalf_before and entry.organization in (None, organization):
            entry.organization = behalf_before  # "Lunde kommune v/Kari Nes og Per Bø"
            if is_secretariat(behalf_before) and entry.role not in MEETING_ROLES:
                entry.role = ParticipantRole.SECRETARY  # "sekretariatet ved A og B": both
        if entry.organization and entry.organization != organization and (
                behalf_before or _ON_BEHALF.match(tidy_name(text)) or
                _led_by_place(text, entry)):  # "Vestdal – Kari Nes og Ola Dale"
            behalf = entry.organization
        if joined and entry.organization and entry.organization != organization and \
                not (index and _job_before_name(text) and _job_before_name(pieces[index - 1][0])):
            # (but "daglig leder Ola Vik og revisor Kari Li fra Revisjon Øst IKS": each
            # with a job of their own, "fra …" is the last one's alone)
            for waiting in pending:  # "Kari Holm og Ola Dahl fra Asker": both from Asker
                if waiting.organization in (None, organization):
                    waiting.organization = entry.organization
                    if entry.role is ParticipantRole.SECRETARY and is_secretariat(
                            entry.organization):
                        waiting.role = entry.role  # "… og Eli Moe fra sekretariatet"
        entries.append(entry)
        pending.append(entry)
        if paren is None or "@" in paren or _PHONE.match(paren):
            if entry.organization and entry.organization != organization:
                pending = []
            continue
        if ("ara" in paren or "møtte" in paren) and \
                (deputy := _deputy_in_paren(entry, paren, attendance)):
            entries.append(deputy)  # "Ola Dale (forfall, vara Per Lie møtte)"
            pending = []
            continue
        if _names_mayor(paren):
            entry.mayor = True  # "Ola Berg (ordførar)", "(Sp, ordfører)": see mayor_chairs
        # "(Nordland fylkeskommune, referent)", "(BB, forvaltning, styreleder)"
        paren = _take_role_part(entry, _without_initials(entry.name, paren))
        if "," in paren:
            paren = _without_job(paren)  # "(revisor, sak 2)": when, without the job
        if not paren:
            pending.remove(entry)
            continue
        if paren[:3] in ("inn", "lei") and (hired := _HIRED_FROM.match(paren)):
            # "Tobias Ek – prosjektleder (innleid fra Arkivråd AS) – Valdres IKT": the firm
            # says how he works; the organisation the list gives him is whom he is there
            # for, and the firm only when the list gives none
            if not _dash_part_follows(pieces, index) and \
                    entry.organization in (None, organization):
                entry.organization = hired.group("firm")
            pending.remove(entry)
            continue
        if entry.organization not in (None, organization) and paren[:1].islower() and \
                text.endswith(entry.organization) and _unit_of_org(paren) and \
                not is_role_word(paren):
            # "Ola Berg – Stord kommune (landbruksavdelingen)": a department of the
            # organisation after the dash, no organisation of its own; one word is kept
            # with it as "Ola Berg, Stord kommune (landbruksavdelingen)" keeps it, more
            # ("(plan- og byggavdelinga)") left out as after a comma
            if _bracketed_unit(paren):
                entry.organization = f"{entry.organization} ({paren})"
            pending.remove(entry)
            continue
        if _names_secretariat(paren):
            # "A, B og C (sekretariatet)" is one enumeration; "A, B, C, D (sekretariatet)"
            # without "og" lists people one by one, and only D is the secretariat.
            for waiting in (pending if joined else [entry]):
                _set_role(waiting, ParticipantRole.SECRETARY, paren)
            pending = []
        elif paren.casefold().strip(" .") in _STAFF_UNITS:
            # "A og B (administrasjonen)", "(regionkontoret)": the staff who serve the
            # body, its guests by the guide, as under "Fra administrasjonen:"
            unit = paren.strip(" .")
            for waiting in (pending if joined else [entry]):
                waiting.organization = "administrasjonen" if unit.casefold() == "adm" else unit
                if waiting.role in (None, ParticipantRole.MEMBER):
                    waiting.role = ParticipantRole.GUEST
            pending = []
        elif paren.casefold().strip(" .") in _ABSENT_MARKS:  # "Kari Holm (ikke møtt)"
            entry.attendance = Attendance.ABSENT
            pending.remove(entry)
        elif attendance is not Attendance.ABSENT and _on_leave(paren):
            # (s75l) "Per Dahl (foreldrepermisjon)", "Ola Aas (perm.)", "Per Dahl
            # (sykemeldt)" in the present list: away, the words the note (no organisation)
            _apply_note(entry, paren)
            pending.remove(entry)
        elif "," in paren and substituted_for(paren.split(",")[0]):
            _apply_note(entry, paren)  # "(for Jon Hollekim, Inderøy kommune)": whose seat
            pending.remove(entry)
        elif _CASES_NOTE.match(paren):  # "A og B (49/14)": there for those cases only
            for waiting in (pending if joined else [entry]):
                _apply_note(waiting, paren)
            pending = []
        elif "," in paren and (job := _party_then_job(paren)) is not None:
            entry.organization = entry.organization or paren.split(",", 1)[0].strip()
            _job_at_place(entry, job)  # "(Sp, ordfører i Nordby)": the place, not the party
            pending.remove(entry)
        elif "," in paren and (place := _party_then_place(paren)) is not None:
            entry.organization = entry.organization or place  # "(Sp, Innlandet)"
            pending.remove(entry)
        elif "," in paren and (org_note := _org_then_note(paren)):
            # "Pia Rosengård (Finland, Teams fra kl. 14)": whom they represent, then when
            for waiting in (pending if joined else [entry]):
                had = waiting.organization
                # (the group's "IMDi" under "Fra IMDi:" gives way to the bracket's "IMDi
                # Vest": the same organisation with its region, as a bracket without a
                # note gives it; and a group label's lower-case word, "fylkeskommunen"
                # under "Fra fylkeskommunen:", to the bracket's "Sørvest fylkeskommune":
                # her own bracket names it more exactly, as it does without a note)
                waiting.organization = org_note[0] if not had or \
                    org_note[0].startswith(f"{had} ") or \
                    _group_word_org(had, organization) else had
                _org_note_attendance(waiting, org_note[1])
            pending = []
        elif paren[:4].casefold() == "repr" and _REPRESENTS.match(paren) and \
                not _dash_part_follows(pieces, index):
            # "Torunn Nyhus (representant for grunneierne)": whom her seat stands for, as
            # a "Representerer" column gives it; it closes the enumeration before her
            # (not "Eli Li – rektor (repr. for rektorane) – Hol kommune": her seat's note
            # beside the organisation the dash gives her)
            for waiting in (pending if joined else [entry]):
                waiting.organization = waiting.organization or paren
            pending = []
        elif role is ParticipantRole.MEMBER and entry.role is ParticipantRole.MEMBER and \
                entry.organization in (None, organization) and paren[:1] in _ITEMS_FIRST and \
                _ITEMS_ONLY.fullmatch(paren.strip(" .")) and _staff_title_before(text, entry.name):
            # (s75l) "barnevernleder Kristin Vold (sak 15/26 og 16/26)" among the members:
            # the administration's staff there for her items, a guest by the guide, as
            # under "Fra administrasjonen:" (a member came for the rest: "fra sak 3")
            _apply_note(entry, paren)
            entry.role = ParticipantRole.GUEST
            pending.remove(entry)
        elif is_role_word(paren) or (_NOTE.search(paren) and not _ORG_HINT.search(paren)
                                     and not _unit_by_fields(paren)):
            # (a unit by its fields, "(Klinikk for psykisk helsevern)", is whom she
            # represents, not a substitute's "for X")
            apply_paren(entry, paren)
            pending.remove(entry)
        elif (seat_in := _SEAT_IN_GROUP.match(paren)) and not _ABSENCE_REASON.search(paren):
            # "(leder FAU)", "(tillitsvalgt Utdanningsforbundet)", "(nestleder elevrådet)":
            # a seat in the group the person comes from, which is whom they represent
            if entry.organization is None or \
                    (entry.organization == organization and not _municipality_named(organization)):
                # (a group label's word yields to the one named: "Frå skogeigarlaga:
                # Halldor Rabben (leiar Kvinnherad skogeigarlag)"; a municipality's name
                # does not: "Brekkestø kommune: Hanne Myrvold (leder NAV Brekkestø)" leads
                # the office and speaks for the municipality the line opens with)
                entry.organization = seat_in.group("org")
            pending.remove(entry)
        elif _ABSENCE_REASON.search(paren) or _is_job_title(paren) or (
                paren[:1].islower() and (is_whole_job_title(paren.split()[0])
                                         or _SEAT_WORDS.search(paren))) or \
                paren.startswith(_JOB_ABBREVIATION_OPENINGS) or (  # "(KO Gjesdal)"
                    "-" in paren[1:6] and " " in paren and "," not in paren and
                    _ACRONYM_TITLE.match(paren)):
            # (also a job led by an acronym: "(IKT-leder)", "(PP-leder)", "(NAV-leder NAV
            # Øvre Dal)": the job, then whom she represents)
            # "(sykdom)", "(vara Kari Lie møtte)", "(kommunalsjef helse)": not whom they
            # represent; but "(varaordførar Masfjorden)" names the place
            titled = _titled_org(paren)
            if attendance is Attendance.ABSENT and entry.note is None and \
                    _REASON_AWAY.match(paren):
                entry.note = paren  # "Geir Moen (sykdom)": why, in the document's words
            elif titled and entry.organization in (None, organization) and \
                    len(paren[titled.end():].split()) <= 3:
                # (a group label's "administrasjonen" yields to the organisation named)
                entry.organization = _after_work_package(paren[titled.end():]) or \
                    entry.organization
            elif titled is None and " " in paren and not _SEAT_WORDS.search(paren):
                _job_at_place(entry, paren)  # "(kommunedirektør i Nordby)"
            pending.remove(entry)
        elif paren[:1].isdigit() and _DEPUTY_NOTE.fullmatch(paren):
            entry.note = paren  # "Tor Lund (1. vara)": the deputy's rank, as for a first
            pending.remove(entry)  # name alone ("Målfrid (1. vara)"); no organisation
        elif paren[:1].islower() and not paren.endswith(_DEFINITE_FORMS) and (
                attendance is Attendance.ABSENT or _job_noun(paren) or
                _attendance_remark(paren)) and \
                not names_unit(paren) and not _service_field(paren):
            pending.remove(entry)  # "Filip Berg (skoletur)" away: why, not whom he
            # represents (but "(kommunen)" may be); "(ungdomskontakt)", "(verneombud)": a job
            if attendance is Attendance.ABSENT and entry.note is None and \
                    not _job_noun(paren) and _reason_as_written(paren):
                entry.note = paren  # the reason in the document's words, as "(sykdom)"
            elif entry.note is None and not _job_noun(paren) and _attendance_remark(paren):
                entry.note = paren  # "Siri Moe (heimekontor)" present: how she took part
        elif organization and paren in FIELD_UNITS:
            pending.remove(entry)  # "Vestland fylkeskommune: Kari Moe (kulturarv)": the
            # field of the group's organisation she works in, which is whom she represents
            # (a department named so, "(landbruksavdelinga)", is read as written)
        elif _short_for_named(entry, paren, organization):
            pending.remove(entry)  # "Kari Holm – Nordby kommune (NK)": the name's short form
        elif paren[:1].islower() and _LANGUAGES.fullmatch(paren):
            pending.remove(entry)  # "Tolk: Biret Somby (nordsamisk–norsk)": the languages
            # she interprets between, no one she represents
        else:
            # "B og C (Asker)" is one enumeration; in "A, B (Asker)" without "og" the
            # parenthesis is B's alone ("(begge Asker)": both, from Asker)
            org = _BOTH_FROM.sub("", paren)
            if "," in org:
                org = _org_without_job(org)  # "(arkitekt, Norconsult)": the firm
            waiting_ones = pending if joined or org != paren else [entry]
            if coded and index in coded:  # "Sigrun, TK og ØL (Innlandet fylkeskommune)":
                # the codes' own organisation, not the first names' before them
                waiting_ones = [one for one in waiting_ones if _INITIALS.fullmatch(one.name)]
            for waiting in waiting_ones:
                waiting.organization = org
            _both_of_two(entries, paren, org, organization)
            pending = []
    if lone_first_names >= 2 and role is ParticipantRole.MEMBER and not any(
            entry.first_name_only and entry.organization not in (None, organization)
            for entry in entries):  # (in "Kari (Nordby), Anne Lise (Østby)" all are alike)
        for entry in entries:  # "Monica, Anja, Geir, Sylvi Ofstad (Troms idrettskrets)":
            if not entry.first_name_only and entry.organization and entry.role is role:
                entry.role = ParticipantRole.GUEST  # the one from elsewhere is a guest
    if shared:
        for entry in entries:  # "Kari Nes (Ap), Per Bø (H) – alle Ås kommune": each one's
            if entry.organization is None or is_party(entry.organization):  # party aside
                entry.organization = shared
    return entries


# A consultant's bracket naming the firm he is hired from: "innleid fra Arkivråd AS",
# nynorsk "innleigd frå Fjordkonsult", "leid inn fra Sweco".
_HIRED_FROM = lazy_regex(r"(?:innleid|innleigd|innleigt|leid\s+inn|leigd\s+inn)\s+"
                         r"(?:fra|frå|av|gjennom)\s+(?P<firm>[A-ZÆØÅ][^()]*?)\s*$")


def _dashed_org_after_bracket(text: str) -> bool:
    """Whether a piece that opens with a dash after a person's bracket ("– Valdres IKT",
    "– Sogn IKT") names an organisation by a short capitalised name, no person."""
    rest = text.lstrip("–—- ")
    return rest[:1].isupper() and len(rest.split()) <= 5 and \
        not looks_like_name(tidy_name(rest))


def _dash_part_follows(pieces: list[tuple[str, str | None, bool]], index: int) -> bool:
    """Whether the list piece after ``index`` opens with a dash ("– Hol kommune"): the
    person's own "Name – job – organisation" goes on past her bracket."""
    return index + 1 < len(pieces) and pieces[index + 1][0][:1] in ("–", "-", "—")


# A seat named by whom it stands for: "representant for grunneigarane", "repr. for
# beitelaga", "representantar for næringa" (not "for X" alone, a substitute's note).
_REPRESENTS = lazy_regex(r"repr(?:\.|esentant(?:en|ar|er)?)\s+for\s+\w", re.I)


def _titled_org(paren: str) -> re.Match[str] | None:
    """A job title before the organisation in brackets ("varaordførar Masfjorden",
    "daglig leder Nordby frivilligsentral"): the match of the title. A seat word makes it
    a seat on the body ("nestleder Nordby") unless the seat word is part of a whole job
    title the vocabulary knows ("daglig leder", "dagleg leiar")."""
    titled = _TITLE_BEFORE_ORG.match(paren)
    if titled is None:
        return None
    seat = _SEAT_WORDS.search(paren)
    if seat is None:
        return titled
    job = paren[:titled.end()].strip().casefold()
    if ((" " in job and job.endswith(_JOB_TITLE_WORDS)) or _ACRONYM_TITLE.match(paren)) and \
            seat.end() <= titled.end() and _SEAT_WORDS.search(paren, titled.end()) is None:
        return titled  # ("NAV-leder NAV Vestby": the seat word a part of the acronym's job)
    return None


def _after_work_package(org: str) -> str:
    """The organisation after a job title in brackets without the project's part the job
    is for: "delprosjektleder DP1, Vestre Toten" leads work package DP1 for Vestre Toten,
    whom he represents; the code is the job's, no organisation ("" when nothing follows).
    A road the job is for is the same ("prosjektleder Fv. 44", "prosjektleder E6, Nye
    Veier"): a road number names a project, never whom the person represents."""
    if org[:1] not in "ADWEFR":  # (the common case: "daglig leder Nordby frivilligsentral")
        return org
    code = _WORK_PACKAGE.match(org)
    return org[code.end():] if code else org


# A project's part by its code, as project minutes number them: "DP1" (delprosjekt), "AP2"
# (arbeidspakke), "WP3" (work package), with a comma or the end after it; and a road by
# its number, as transport minutes name their projects: "E6", "E 39", "Fv. 44", "Rv 7".
_WORK_PACKAGE = lazy_regex(r"(?:DP|AP|WP|E|[FR]v\.?)\s?\d{1,4}(?:\s*,\s*|\s*$)")


def _short_for_named(entry: Entry, paren: str, organization: str | None) -> bool:
    """Whether a bracket of capitals after a person whose organisation is already named
    ("Kari Holm – Statsforvalteren i Vestland (SFVL)") is that name's short form: the
    organisation is the name as written, the acronym adds no second one."""
    named = entry.organization
    return named is not None and named != organization and " " in named and \
        _ACRONYM.fullmatch(paren) is not None and not is_party(named)


def _alternating_places(pieces: list[tuple[str, str | None, bool]]) -> dict[int, int]:
    """Whether a list is full names, each followed by one capitalised word that is no
    known first name: "Kari Holm, Nordby (leder), Per Dahl, Sørby". Two such pairs or
    more make the words places, whom each person represents ("Kari, Ola og Per" has
    first names, and a lone surname follows no full name). Two names joined by "og"
    before one place share it ("Trygve Haug og Liv Ottesen, Nordøy, Bente Rød,
    Strandvik": both came for Nordøy), as a place after each name would repeat itself.

    A place of more words ("Vestre Slidre") only follows a titled name ("ordfører Per
    Ås, Vestre Slidre, ordfører Anne Li, Vang"): the titles say every other piece is a
    person, so the pieces between them are whom each represents, not more people. So
    does a name that opens with a known first name when the place's words read as no
    name ("Anne Li, Vang, Per Ås, Vestre Slidre": a first name starts a person, and
    "Vestre Slidre" starts with none).

    Returns the index of each place piece with the number of names before it that it
    belongs to, or nothing when the list is not read so."""
    last = len(pieces) - 1
    while last > 2 and _remote_after_place(pieces, last):
        last -= 1  # "…, Per Dahl, Sørby, by phone": how he took part, after his place
    if len(pieces) < 4 or (" " in pieces[last][0] and
                           not _place_of_words(pieces[last][0].rstrip("."),
                                               pieces[last - 1][0])):
        return {}  # (most lists: a list of places ends with one, a word alone)
    groups: dict[int, int] = {}
    names = 0
    for index, (text, paren, joined) in enumerate(pieces):
        if not names and groups and index - 1 in groups and _remote_after_place(pieces, index):
            continue  # "Kari Holm, Nordby, by phone, Per Dahl, Sørby": her note, read after
        if names and not joined:  # the place ending this group
            place = text.rstrip(".")
            if not place[:1].isupper() or place.isupper() or is_first_name(place) or (
                    " " in place and not _place_of_words(place, pieces[index - 1][0])):
                return {}
            groups[index] = names
            names = 0
        elif (paren is None or _INITIALS.fullmatch(paren.strip()) or is_role_word(paren.strip())) \
                and " " in text and looks_like_name(tidy_name(text)):
            names += 1  # (a second name of a group came after "og"; "Dag Kåsa (DK)" with
            # the initials the minutes use for him is a name as well, and so is "Kari
            # Holm (leder), Nordby": her seat in brackets, her place after them)
        else:
            return {}
    return groups if len(groups) >= 2 and not names else {}


def _remote_after_place(pieces: list[tuple[str, str | None, bool]], index: int) -> bool:
    """Whether a list's piece says how the person before took part from afar ("by phone",
    "på Teams"), lower-case and without a bracket or an "og" before it."""
    text, paren, joined = pieces[index]
    return text[:1].islower() and paren is None and not joined and \
        _REMOTE_PIECE.match(text) is not None


def _titled_name(text: str) -> bool:
    """A name with a seat or job before it: "ordfører Per Ås", "Kommunedirektør Eli Ek",
    "varaordfører Eli Ek" (a job the role words do not hold: see ``_is_lone_job``)."""
    title, _, name = text.partition(" ")
    return " " in name and _is_lone_job(title.lower()) and looks_like_name(name)


def _place_of_words(place: str, before: str) -> bool:
    """A place of two or three capitalised words after a titled name ("ordfører Per Ås,
    Vestre Slidre"), or two joined by "og" ("Nore og Uvdal"): no title of its own and no
    name, so not a person of the list."""
    words = place.split()
    return (_titled_name(before) or _opens_with_first_name(before)) and \
        len(words) <= 3 and all(word[:1].isupper() or (word == "og" and 0 < i < len(words) - 1)
                                for i, word in enumerate(words)) and \
        not is_role_word(place.split()[0]) and not is_first_name(place.split()[0]) and \
        not looks_like_name(place)


def _opens_with_first_name(text: str) -> bool:
    """A name of two or three words that opens with a known first name: "Per Ås"."""
    first, _, rest = text.partition(" ")
    return bool(rest) and len(rest.split()) <= 2 and is_first_name(first) and \
        looks_like_name(text)


def _share_place(entries: list[Entry], names: int) -> None:
    """Give the place of the last person to the names joined to her by "og" before it
    ("Trygve Haug og Liv Ottesen, Nordøy"): one place after two names is both's."""
    for entry in entries[-names:-1]:
        if entry.organization is None:
            entry.organization = entries[-1].organization


def _place_before_dashed_note(entry: Entry, text: str) -> str:
    """ "Kari Moe, rådgiver, Nordby – til stede under sak 4": after her job, the place she
    comes from and, past the dash, how long she was there. The place (one or two
    capitalised words, or a place and its region: "Bø i Telemark") is whom she represents,
    even under a group heading's word ("Frå administrasjonen:"); the rest is returned as the
    note."""
    place, *rest = _DASH_PARTS.split(text, maxsplit=1)
    words = place.split()
    if len(words) == 3 and words[1] in ("i", "på"):
        words = words[::2]  # "Bø i Telemark", "Nes på Romerike": one place by its region
    if not rest or not 1 <= len(words) <= 2 or not all(word[:1].isupper() for word in words) \
            or _PARTIAL.search(place) or is_first_name(words[0]):
        return text
    if place.strip() in _JOB_INITIALS:
        return rest[0]  # "Kari Holm, KO – frå sak 3": her job's capitals, no place
    entry.organization = place
    return rest[0]


def _office_then_note(entry: Entry, text: str, organization: str | None) -> bool:
    """ "Per Dahl, ordfører Sørby – fra kl. 11": the office and its place, then after the
    dash when he was there. The place is whom he represents, the rest the note (the
    office alone, "ordfører – fra kl. 11", is no part of the note either)."""
    office, *rest = _DASH_PARTS.split(text, maxsplit=1)
    # (a place named with "og" is one word longer: "varaordfører Nore og Uvdal kommune")
    if not rest or len(office.split()) > (5 if " og " in office else 4) or \
            _PARTIAL.search(office):
        return False
    if is_whole_job_title(office) or _job_and_field(office) or \
            _qualified_job(office.split()):
        # "Per Dahl, ordfører – fra kl. 11": the job alone, or with its field ("Silje Aaberg,
        # fagleiar skule – til stades under sak 20/25"): said of the person, no note
        if (seat := role_of(office)) in MEETING_ROLES:
            entry.role = seat
        _apply_note(entry, rest[0])
        return True
    if not _TITLE_BEFORE_ORG.match(office):
        return False
    if entry.organization in (None, organization) or is_party(entry.organization):
        entry.organization = _TITLE_BEFORE_ORG.sub("", office)
    _apply_note(entry, rest[0])
    return True


def _job_and_field(office: str) -> bool:
    """A job title and its field in small letters: "fagleiar skule", "rådgiver oppvekst"."""
    words = office.split()
    return 2 <= len(words) <= 3 and _JOB_TITLE.fullmatch(words[0]) is not None and \
        all(word.isalpha() and word.islower() for word in words[1:])


def _deputy_of_placed(entry: Entry, paren: str | None, attendance: Attendance) -> list[Entry]:
    """The deputy in the parenthesis after a person's place: "Ola Nord, Vestby (forfall,
    Siri Lie møtte)" — Ola Nord was away and Siri Lie came for him."""
    if paren is None or ("ara" not in paren and "møtte" not in paren):
        return []
    deputy = _deputy_in_paren(entry, paren, attendance)
    return [deputy] if deputy is not None else []


def _both_of_two(entries: list[Entry], paren: str, org: str,
                 organization: str | None) -> None:
    """ "Kari Holm (leder) og Per Dahl (begge Nordby)": "begge" counts two people, so the
    one before, whose own parenthesis gave a role, shares the organisation too."""
    if paren.startswith(("begge ", "båe ")) and len(entries) >= 2 and \
            entries[-2].organization in (None, organization):
        entries[-2].organization = org


def _inverted_with_org(value: str, pieces: list[tuple[str, str | None, bool]],
                       role: ParticipantRole | None, attendance: Attendance,
                       organization: str | None) -> list[Entry]:
    """"Nes, Siv, Dal kommune (leder)": one person written surname first, then whom she
    represents, as member lists sorted by surname give them. Read as "Siv Nes, Dal
    kommune" and named as written; only when a known first name follows the surname and
    that reading is one person (so "Holm, Kari, Nes, Per" and lists of places stay lists)."""
    written = f"{pieces[0][0]}, {pieces[1][0]}"
    plain = uninverted(written) if is_first_name(pieces[1][0].split(" ", 1)[0]) else None
    if plain is None:
        return []
    rest = value.split(",", 2)[2]
    found = _people_list(f"{plain},{rest}", role, attendance, organization)
    if len(found) != 1 or found[0].name != plain:
        return []
    found[0].name = written
    return found


def _inverted_before_seat(value: str, pieces: list[tuple[str, str | None, bool]],
                          role: ParticipantRole | None, attendance: Attendance,
                          organization: str | None) -> list[Entry]:
    """"Kuoljok, Ánne Marja (Hamarøy kommune), leder" (its dash read as a comma): one
    person written surname first, whom she represents in brackets, then her seat, as a
    list sorted by surname gives them. Read as "Ánne Marja Kuoljok (…), leder" and named
    as written; only when that reading is one person, so "Holm, Kari (Ap), Nes" stays
    three pieces."""
    given = pieces[1][0]
    plain = uninverted(written := f"{pieces[0][0]}, {given}",
                       party=_known_party(pieces[1][1] or ""))  # "Holm, Ante (Ap), leder"
    at = value.find(given, len(pieces[0][0]))
    if plain is None or at < 0:
        return []
    found = _people_list(plain + value[at + len(given):], role, attendance, organization)
    if len(found) != 1 or found[0].name != plain:
        return []
    found[0].name = written
    return found


# The deputy who came, named in the absent member's parenthesis: "(vara: Per Lie)",
# "(forfall, vara Per Lie møtte)", "(Sp – vara Per Lie (Sp) møtte for han)".
_DEPUTY_IN_PAREN = lazy_regex(
    r"(?:(?P<before>[^()]*?)\s*(?:[,;]|\s[–-])\s*)?(?:hennes\s+|hans\s+|hennar\s+)?"
    r"(?P<vara>[Vv]ara(?:medlem|representant|repr\.)?\s*:?\s+)?"
    r"(?P<name>[A-ZÆØÅ][\w.-]*(?:\s+[A-ZÆØÅ][\w.-]*){1,3})\s*(?:\((?P<paren>[^()]*)\))?"
    r"(?:\s+(?P<came>møtte|møtte\s+for\s+(?:ham|han|henne|hen|honom)|"
    r"møtte\s+i\s+(?:hans|hennes|hennar)\s+(?:sted|stad)|møtte\s+i\s+(?:staden|stedet)))?\s*\.?")
# What says that the person before a parenthesis was away: "(forfall, vara …)".
_AWAY_WORD = lazy_regex(r"^(?:meldt\s+)?(?:forfall|fravær|fråvær|ikke\s+møtt|ikkje\s+møtt)$",
                        re.I)


def _deputy_in_paren(entry: Entry, paren: str, attendance: Attendance) -> Entry | None:
    """The deputy a parenthesis names as having come in ``entry``'s seat, present with the
    note "for <entry>"; ``entry`` is then away. In a present list the parenthesis must
    say so ("forfall, vara …" or "… møtte"): "(vara: Per Lie)" alone there is unclear.
    What else it holds before the deputy (a party: "(Sp, vara Per Lie)") is ``entry``'s."""
    match = _DEPUTY_IN_PAREN.fullmatch(paren)
    if match is None or not looks_like_name(match.group("name")):
        return None
    before = [part.strip() for part in re.split(r"[,;]", match.group("before") or "")
              if part.strip()]
    said_away = any(_AWAY_WORD.match(part) for part in before)
    if attendance is not Attendance.ABSENT and not said_away and not match.group("came"):
        return None
    if not match.group("vara") and not (said_away and match.group("came")):
        return None  # "(forfall, Siri Lie møtte)" names the deputy without "vara"
    for part in before:
        if not _AWAY_WORD.match(part) and not _ABSENCE_REASON.match(part) and \
                part[:1].isupper() and len(part.split()) <= 4 and not looks_like_name(part):
            entry.organization = entry.organization or part  # "(Sp, vara Per Lie)"
    entry.attendance, entry.note = Attendance.ABSENT, None
    deputy = Entry(name=match.group("name"), organization=None, role=entry.role,
                   attendance=Attendance.PRESENT, note=f"for {entry.name}")
    if match.group("paren"):
        apply_paren(deputy, match.group("paren"))
        if _PARTY.match(match.group("paren")) and not role_of(match.group("paren")):
            deputy.organization = match.group("paren")
    return deputy


# The endings of a noun in its definite form, as a group is named in lower case
# ("kommunen", "styret", "rektoratet", "fylkesadministrasjonen").
_DEFINITE_FORMS = ("en", "et", "a", "ene", "ane")
# Jobs named by a noun the job-title endings do not cover ("(ungdomskontakt)",
# "(verneombud)") ...
_JOB_NOUN_ENDINGS = ("kontakt", "ombud")
# ... and, in one word, the agent nouns of the arts and the press: "(produsent, leiar)" in
# a DKS group, "(fotograf)", "(journalist)", "(filmkonsulent)" (not "-ment": "(departement)"
# is a body).
_AGENT_NOUN_ENDINGS = ("ent", "ist", "graf")


def _attendance_remark(paren: str) -> bool:
    """Whether a lower-case bracket after a present person's name is a remark on her
    attendance in a word or two ("(heimekontor)", "(fri)", "(permisjon)", "(sjuk)"):
    her note, never whom she represents."""
    return paren.casefold().strip(" .") in _ATTENDANCE_REMARKS or \
        (len(paren) < 30 and _REASON_AWAY.match(paren) is not None)


# Remarks on a present person's attendance in one word: where or how she took part.
_ATTENDANCE_REMARKS = frozenset({"heimekontor", "hjemmekontor", "fri", "avspasering",
                                 "bortreist", "fjernmøte", "permisjon", "perm"})


def _job_noun(paren: str) -> bool:
    """Whether a lower-case bracket (or its part left after the meeting role) is a job
    named by a noun (``_JOB_NOUN_ENDINGS``, ``_AGENT_NOUN_ENDINGS``): "verneombud",
    "produsent"; a job, never whom the person represents."""
    return paren.endswith(_JOB_NOUN_ENDINGS) or (
        paren.endswith(_AGENT_NOUN_ENDINGS) and " " not in paren and
        not paren.endswith("ment") and paren.isalpha())


# A phone number in brackets, "(tlf. 900 00 000)", "(+47 …)"; but "(telefon, fra sak 2)"
# says how and when the person took part.
_PHONE = lazy_regex(r"(?:tlf|tel|telefon|mob|mobil)\.?:?\s*\+?\d|\+?\d[\d ]{6,}", re.I)


def label_note(head: str) -> str | None:
    """When those under a label were there, said in its brackets: "Fra administrasjonen
    (sak 5/24):", "Til stede (fra kl. 10):"; None for other brackets ("Deltakere (4):")."""
    found = _PAREN.search(head)
    note = found.group(1).strip() if found else ""
    return note if note and (_PARTIAL.search(note) or _CASES_NOTE.match(note)) else None


def _org_note_attendance(entry: Entry, note: str) -> None:
    """The note after the organisation in a parenthesis: an absence there ("Tor Aas (Sp,
    forfall)", "Kari Li (Berg kommune, meldt forfall)") says the person did not come, as
    "(Sp) (forfall)" does, and only repeats the category, so it leaves no note."""
    if note.casefold().strip(" .") in _ABSENT_MARKS:
        entry.attendance = Attendance.ABSENT
    else:
        _apply_note(entry, note)


def _name_words(name: str) -> int:
    """How many words an organisation's name has, its small links not counted
    ("Statsforvalteren i Oslo og Viken" has three)."""
    return sum(word not in _NAME_LINKS for word in name.split())


def _bare_number_in(words: str) -> bool:
    """Whether a number stands in ``words`` as a word of its own or a figure ("Sak 3",
    "kl. 12"), not inside a hyphened name ("Vestviken 110-sentral")."""
    if not any(char.isdigit() for char in words):
        return False  # (most names: no digit at all)
    return any(any(char.isdigit() for char in word) and
               not ("-" in word and any(char.isalpha() for char in word))
               for word in words.split())


def _org_then_note(paren: str) -> tuple[str, str] | None:
    """A parenthesis of a place or organisation, a comma and an attendance note
    ("Asker kommune, til kl. 12", "KrF, sjukdom"), split in two; None for anything else."""
    first, rest = (part.strip() for part in paren.split(",", 1))
    if not (first[:1].isupper() or _unit_in_small_letters(first)) or \
            _name_words(first) > 4 or _bare_number_in(first) \
            or is_role_word(first) or looks_like_name(first) or _NOTE.search(first) \
            or not (_NOTE.search(rest) or _reason_part(rest, Attendance.ABSENT)) \
            or _unit_of_org(rest):
        return None  # (a reason too: "(KrF, sjukdom)" is her party, then why she was away;
        # "(Vestland fylkeskommune, avd. for kultur)" is the county's department, no note)
    return first, rest


def _unit_in_small_letters(text: str) -> bool:
    """Whether a bracket's part before its comma names, in small letters, the agency or
    the unit a person comes from ("politiet", "teknisk drift", "helse og omsorg" in "(politiet,
    frå sak 7/27)"): at most three words of letters, no job among them ("rådgiver",
    "juridisk rådgiver"), which says what she does, not whom she represents; one word only
    in its definite form ("politiet", "ungdomsrådet"), as a lone "student" is no unit."""
    words = text.split()
    if not 0 < len(words) <= 3 or not all(word.isalpha() and word.islower() for word in words):
        return False
    if (len(words) == 1 and not text.endswith(("et", "en"))) or words[0] in _NOTE_PREPOSITIONS:
        return False  # (nor a reason or a time: "på kurs", "til kl. 12")
    return not _job_title_part(text) and not any(is_job_title(word) for word in words)


# The words a note opens with, not a unit's name ("på kurs", "i permisjon", "under sak 2").
_NOTE_PREPOSITIONS = frozenset({"på", "i", "til", "fra", "frå", "med", "for", "om", "av",
                                "under", "etter", "ved", "uten", "utan", "ikke", "ikkje"})


# Seats a person holds in a group, and the endings of a group's common noun.
_SEATS = r"leder|leiar|nestleder|nestleiar|medlem|styremedlem"
_GROUP_NOUN = "|".join(BODY_WORD_ENDINGS)
# A seat in a body named by its common noun: "nestleder i brukerrådet", "leiar i styret".
_SEAT_IN_THE_BODY = re.compile(rf"^(?:{_SEATS}|varamedlem|sekretær)\s+(?:i|for|av)\s+"
                               rf"[a-zæøå]*(?:{_GROUP_NOUN}|forumet)$")
# The chair of the group that met, named by its bare noun ("leder av nettverket", "leiar
# for gruppa"), or as the steering group a project's list of members serves ("leder av
# styringsgruppen": no one else's group sits in it): not "leder av eldrerådet" nor
# "leder for styret", whose board may be another than the one that met.
_LEADS_THIS_GROUP = lazy_regex(r"^(?:leder|leiar)\s+(?:i|for|av)\s+(?:nettverket|"
                               r"(?:styrings)?(?:gruppa|gruppen)|forumet|utvalget|utvalet|"
                               # a climate partnership's: "leiar av partnarskapet"
                               r"partnerskapet|partnarskapet)$",
                               re.I)
_SEAT_IN_GROUP = lazy_regex(
    rf"^(?:{_SEATS}|(?:hoved|hovud)?tillitsvalgt|(?:hovud)?tillitsvald|representant|"
    r"kasserer)\s+(?:i\s+|for\s+|fra\s+|frå\s+)?"
    r"(?P<org>[A-ZÆØÅ][\w-]*(?:\s+[A-ZÆØÅ][\w-]*){0,3}|"
    # a place's association in lower case: "(leiar Kvinnherad skogeigarlag)"
    r"[A-ZÆØÅ][\w-]*(?:\s+[A-ZÆØÅ][\w-]*){0,2}\s+[a-zæøå-]+lag(?:et)?|"
    # ... and a parish's council, an adjective before it or not: "(leiar Hella
    # sokneråd)", "(leder Bø kirkelige fellesråd)", "(leiar Vik kyrkjelege fellesråd)"
    r"[A-ZÆØÅ][\w-]*(?:\s+[A-ZÆØÅ][\w-]*){0,2}\s+(?:[a-zæøå]+e\s+)?"
    r"(?:fellesråd|sokneråd|menighetsråd|kyrkjeråd|kirkeråd)(?:et)?|"
    rf"[a-zæøå]+(?:{_GROUP_NOUN}|laget|foreningen|forbundet))$")
_ORG_SUBSTITUTE = lazy_regex(
    r"^(?P<org>.+?)\s*(?:[-–—]\s*|\s)(?:møtte\s+|møtte\s+som\s+vara\s+)?"
    r"(?:for|pva\.?|på vegne av|vara for|som vara for)\s+"
    r"(?P<absent>[A-ZÆØÅ][\w.-]*(?:\s+[A-ZÆØÅ][\w.-]*){0,4})\s*$")


# The words saying a seat was taken, not an organisation's own "for": "møtte for",
# "vara for", "pva", "på vegne av".
_SEAT_VERB = lazy_regex(r"møtte|vara|pva|på vegne av")


def _split_substitute(text: str) -> tuple[str, str | None]:
    """An organisation piece and the "for Y" a substitute's line ends with, if any (one
    word only as ``seat_surname`` reads it: "Jevnaker kommune, møtte for Hansen")."""
    match = _ORG_SUBSTITUTE.match(text)
    if not match or (" " not in match.group("absent") and (
            not seat_surname(f"for {match.group('absent')}") or
            not _SEAT_VERB.search(text, len(match.group("org"))))):
        return text, None  # ("PPT for Midt-Telemark og Nome": the organisation's name)
    return match.group("org").strip(" ,–—-"), f"for {match.group('absent')}"


_SUBSTITUTED = re.compile(
    # ("1. vara for Y": the deputy's place in the order they are called; "i staden for Y")
    # ("Møtt for Y", "Møter for Y", "Til stede for Y" in a table's Oppmøte column, as
    # "møtte for Y"; "Til stede for sak 3" is part of the meeting, no seat)
    r"^(?:(?:møtte|møtt|møter|møtande|møtende"
    r"|til\s*stede(?!\s+for\s+(?:sak|del|\d)))\s+)?(?:som\s+)?(?:\d\.\s*)?"
    # an owner's or a member's proxy: "Møtte ved fullmakt for Y", "fullmektig for Y", a
    # delegate's "(fullmakt for Y)"
    r"(?:(?:(?:ved|med|etter)\s+)?fullmakt\s+|fullmektig\s+)?"
    r"(?:vara(?:medlem|representant)?\s+)?"
    # (Swedish: "tjänstgörande ersättare för Y", "ersättare för Y")
    r"(?:for|pva\.?|p\.\s?v\.\s?a\.|på vegne av|i\s+staden\s+for|i\s+stedet\s+for|"
    r"(?:tjänstgörande\s+)?ersättare\s+för)\s+"
    rf"(?:(?:{_JOB_TITLE_ALT})\s+)?"  # "for ordfører Mari Lia": the person is Mari Lia
    r"(?P<absent>[A-ZÆØÅ][\w.-]*(?:\s+[A-ZÆØÅ][\w.-]*){0,4})$", re.I)


def substituted_for(note: str | None) -> str | None:
    """Whom a substitute's note says they came for: "for Y", "vara for Y", "pva Y"; one
    word only when it is a first name ("Per (Ap, pva Kari)" in a list of first names),
    not a party or a place ("for Ap")."""
    if not note:
        return None
    match = _SUBSTITUTED.match(note.strip())
    if match is None and ", " in note and (inverted := _substituted_for_inverted(note)):
        return inverted  # "vara for Isaksen, Hilde": the member named surname first
    if match is None and ", " in note:
        seat, when = note.split(", ", 1)  # "for Kari Fjeld, fra sak 14/26": for part of it
        match = _SUBSTITUTED.match(seat.strip()) if _PARTIAL.search(when) else \
            _SUBSTITUTED.match(when.strip()) if seat.strip().casefold() in DEPUTY_SEAT_WORDS \
            else None  # "varamedlem, møtte for Kari Fjeld": the seat, then whose it was
    if match is None:
        return None
    absent = match.group("absent")
    return absent if " " in absent or is_first_name(absent) else None


def seat_surname(note: str | None) -> str | None:
    """The one word a substitute's note names for whose seat she took when it is no first
    name ("møtte for Hansen", "vara for Hansen"): often the member's surname, which the
    list of those away may give in full (``seat_substitutes``); None for a party ("for
    Ap") and for the names ``substituted_for`` reads."""
    match = _SUBSTITUTED.match(note.strip()) if note and "for" in note else None
    if match is None or " " in (word := match.group("absent")) or not word[:1].isupper() or \
            is_first_name(word) or is_party(word) or len(word) < 3:
        return None  # (nor a role: "møtte for kommunedirektøren")
    return word


def seat_substitutes(people: People) -> None:
    """A substitute and the member whose seat she took, once the whole list is read: a
    surname alone ("Vara Kari Lie møtte for Hansen") is the one away of that surname ("Per
    Hansen" under forfall), named in full in her note; and whom the member represents is
    the substitute's too, when nothing said hers (``share_seat``). The absence list comes
    after the list of who came, so her line alone cannot tell."""
    absent = _ABSENT  # (an enum member's value, read once: each read is a call)
    deputies = [p for p in people.order if p.note and "for" in p.note and p.attendance != absent]
    if not deputies:
        return  # (most lists: no one took a seat)
    away = [p for p in people.order if p.attendance == absent]
    if not away:
        return
    for deputy in deputies:
        if (surname := seat_surname(deputy.note)) is not None:
            folded = surname.casefold()
            hits = [p for p in away if p.name.split()[-1].casefold() == folded]
            if len(hits) == 1:
                deputy.note = f"for {hits[0].name}"
                share_seat(deputy, hits[0])
            elif not hits and _names_a_members_place(people, folded):
                # "Kari Lie møtte for Lunner" beside "Ole Bakken, Lunner kommune": whom
                # she represents, no one's seat
                deputy.organization, deputy.note = deputy.organization or surname, None
        elif (absent := substituted_for(deputy.note)) is not None and \
                (member := people.find(absent)) is not None and member in away:
            share_seat(deputy, member)


def _names_a_members_place(people: People, word: str) -> bool:
    """Whether a word (folded) opens whom some participant represents ("lunner" for
    "Lunner kommune"): a place, not a surname."""
    return any(p.organization and p.organization.split()[0].casefold() == word
               for p in people.order)


def _substituted_for_inverted(note: str) -> str | None:
    """Whom "vara for Isaksen, Hilde" names, as written, when a list sorted by surname
    writes the member so ("Hilde Isaksen" read in the usual order); else None."""
    seat, _comma, given = note.strip().rpartition(", ")
    match = _SUBSTITUTED.match(seat)
    if match is None or " " in (surname := match.group("absent")) or is_party(surname):
        return None
    written = f"{surname}, {given}"
    return written if uninverted(written, one_person=True) else None


# In a forfall list, the deputy who came instead: "Siv Lie (H), vara Tor Vik (H) møtte".
_DEPUTY_CAME = lazy_regex(r"\s*[,;–-]?\s*(?:og\s+)?(?:hennes\s+|hans\s+)?"
                          # (a varaordfører takes the absent ordfører's seat; a
                          # representantskap's "vararepresentant Tor Vik møtte")
                          r"vara(?:medlem|ordfører|ordførar|representant)?\s+"
                          r"(?P<name>[A-ZÆØÅ][\w.-]*(?:\s+[A-ZÆØÅ][\w.-]*){1,3})\s*"
                          r"(?:\((?P<paren>[^()]*)\))?\s+møtte\b\.?")
# The deputy named first, after a dash or in brackets: "Eva Li – Tor Lund møtte som vara",
# "Eva Li (Tor Lund møtte)".
_DEPUTY_CAME_AS = lazy_regex(r"\s*(?:[–-]\s*|\(\s*)"
                             r"(?P<name>[A-ZÆØÅ][\w.-]*(?:\s+[A-ZÆØÅ][\w.-]*){1,3})\s*"
                             r"(?:\((?P<paren>[^()]*)\))?\s+møtte(?:\s+som\s+vara(?:medlem)?)?"
                             r"\b\s*\)?\.?")


# The deputy after the member, said the other way round: "Ola Dale, for ham møtte Per Lie",
# "Ola Dale, i hennes sted møtte Per Lie", "Ola Dale, Per Lie møtte som vara"; also a
# sentence of its own ("Kari Holm. I hennar stad møtte Per Dahl.").
_DEPUTY_CAME_INSTEAD = lazy_regex(
    r"\s*[,;.]?\s*(?:og\s+)?(?:[Ff]or\s+(?:ham|han|henne|hen|honom)|"
    r"[Ii]\s+(?:hans|hennes|hennar)\s+(?:sted|stad))\s+møtte\s+(?:vara(?:medlem)?\s+)?"
    r"(?P<name>[A-ZÆØÅ][\w.-]*(?:\s+[A-ZÆØÅ][\w.-]*){1,3})\s*(?:\((?P<paren>[^()]*)\))?\.?")
_DEPUTY_CAME_AS_VARA = lazy_regex(
    r"\s*[,;]\s*(?P<name>[A-ZÆØÅ][\w.-]*(?:\s+[A-ZÆØÅ][\w.-]*){1,3})\s*"
    # ("Ola Dale, Per Lie møtte": in a forfall list, the one who came in his seat)
    r"(?:\((?P<paren>[^()]*)\))?\s+møtte(?:\s+som\s+vara(?:medlem)?|(?=\s*[.,;]|\s*$))"
    r"(?:\s+for\s+(?:ham|han|henne|hen|honom))?\b\.?")


# In a forfall list, the deputy after a label of their own: "Ola Dale – vara: Siv Moe (Sp)",
# also after a dash without the colon ("Ola Dale – vara Siv Moe"), after a comma and the
# bare word ("Ola Dale (Sp), vara Siv Moe (Sp)"; not "1. vara", a seat), and the member
# "erstattet av" the deputy.
_DEPUTY_LABELLED = lazy_regex(
    r"(?:\s*[–,;-]\s*[Vv]ara(?:medlem)?\s*:|\s+[–-]\s*[Vv]ara(?:medlem)?\s|"
    # (not inside brackets: "(Sp, vara X)")
    r"\s*[,;]\s*vara(?:medlem)?\s+(?=[A-ZÆØÅ][^()]*(?:\(|$))|"
    r"\s*[–,;-]?\s*(?:erstattet|erstatta)\s+av\s+(?:vara(?:medlem)?\s+)?)\s*"
    r"(?P<name>[A-ZÆØÅ][\w.-]*(?:\s+[A-ZÆØÅ][\w.-]*){1,3})\s*(?:\((?P<paren>[^()]*)\))?"
    r"(?:\s*,\s*(?P<seat>[a-zæøå][\w-]*\s+[A-ZÆØÅ][\w-]*(?:\s+[A-ZÆØÅ][\w-]*)?))?")


def _deputies_who_came(value: str, role: ParticipantRole | None,
                       organization: str | None) -> list[Entry]:
    """A forfall list that names the deputy who came for someone: the absent member,
    then the deputy present with the note "for <member>"."""
    found: list[Entry] = []
    start = 0
    came = [*_DEPUTY_CAME.finditer(value), *_DEPUTY_CAME_AS.finditer(value),
            *_DEPUTY_LABELLED.finditer(value),
            *_DEPUTY_CAME_INSTEAD.finditer(value), *_DEPUTY_CAME_AS_VARA.finditer(value)]
    for match in sorted(came, key=lambda found: found.start()):
        before, end = _outside_brackets(value, start, match)
        absent = parse_people_list(before, role, Attendance.ABSENT, organization)
        found.extend(absent)
        if not absent:
            continue
        deputy = Entry(name=match.group("name"), organization=organization, role=role,
                       attendance=Attendance.PRESENT, note=f"for {absent[-1].name}")
        if match.group("paren"):
            apply_paren(deputy, match.group("paren"))
            if deputy.organization is None and _PARTY.match(match.group("paren")):
                deputy.organization = match.group("paren")
        seat = match.groupdict().get("seat")
        if seat and (titled := _TITLE_BEFORE_ORG.match(seat)):
            deputy.organization = seat[titled.end():]  # "…, varaordførar Sørvik"
        found.append(deputy)
        start = end
    if not found:
        return []
    return found + parse_people_list(value[start:], role, Attendance.ABSENT, organization)


def _outside_brackets(value: str, start: int, match: re.Match[str]) -> tuple[str, int]:
    """The member's part before a deputy ``match`` and where the list goes on after it.
    A deputy said in the member's brackets ("Kari Bø, Etnedal (vara Ola Nes møtte), Tor
    Ry, Nord-Aurdal (vara Eli Ek)") leaves the brackets out of both parts: an open one
    would hide the member's place, a closing one the next member's – the rest of the
    list is read as a list of its own."""
    before, end = value[start:match.start()], match.end()
    if before.rstrip().endswith("(") and value[end:].lstrip().startswith(")"):
        before = before.rstrip()[:-1]
        end = value.index(")", end) + 1
    return before, end


def _people_in_paren(text: str, paren: str | None, role: ParticipantRole | None,
                     attendance: Attendance) -> list[Entry]:
    """The people a place's parenthesis names: "Nordvik (Kari Holm)", "Østvik (Per Bø og
    Siv Lie)" — the place first, whom it sent in brackets, also with a title before the
    name ("Østby kommune (ordfører Anne Ruud)"), or a seat after the one name ("Alver
    (Kari Heggøy, leiar)"). The heads' or mayors' title before the first place is no part of it:
    "Kommunedirektørane i Alver (Kari Heggøy), Austrheim (Per Sæle)"."""
    if paren and text[:1] in "KkRrOo" and (heads := _HEADS_OF_PLACES.match(text)):
        text = heads.group("place")
    if not paren or not text[:1].isupper() or len(text.split()) > 4 or \
            looks_like_name(tidy_name(text)):
        return []
    names = [tidy_name(n.strip()) if n.strip()[:1].islower() else n.strip()
             for n in re.split(r",|\bog\b|&", paren)]
    seat = names.pop() if len(names) == 2 and role_of(names[-1]) else None
    if not names or not all(looks_like_name(n) for n in names):
        return []
    entries = [Entry(name=n, organization=text, role=role, attendance=attendance) for n in names]
    if seat:
        _set_role(entries[0], role_of(seat), seat)
    return entries


# The chief executives of the places listed after it: "Kommunedirektørane i Alver (…)",
# "Rådmennene i Åsvik (…)", "Kommunedirektørene fra Berg (…)".
# Also their mayors, and one's title before the first place: "Ordførerne i Ås (Kari Li),
# Frogn (Per Dal) og Vestby (Ola Moe)", "Ordførar i Stryn (Per Tyrdal)".
_HEADS_OF_PLACES = lazy_regex(r"^(?:(?:kommunedirektør|ordfører|ordførar)(?:ene|ane|er|ar|ne|e)?|"
                              r"rådmenn(?:ene)?|rådmannane|rådmann)"
                              r"\s+(?:i|fra|frå)\s+(?P<place>[A-ZÆØÅ].*)$", re.I)


def _office_of_two_places(pieces: list[tuple[str, str | None, bool]]) -> str | None:
    """The organisation of four pieces "name, agency, place og place" ("Anders Opedal,
    Mattilsynet, Hardanger og Voss"): an agency's office by the two places it serves, as
    written; None unless the agency and the places are single capitalised words that are
    no first names (two people "Eva og Per" are no places)."""
    agency, first, second = pieces[1], pieces[2], pieces[3]
    if agency[1] is not None or first[1] is not None or agency[2] or first[2]:
        return None
    words = (agency[0], first[0], second[0])
    if not all(word[:1].isupper() and " " not in word and not is_first_name(word)
               for word in words) or not looks_like_name(tidy_name(pieces[0][0])):
        return None
    return f"{agency[0]}, {first[0]} og {second[0]}"


# The countries a guest from abroad comes from, after her organisation (Norwegian and
# English names of the neighbours and partners minutes name).
_COUNTRY_PIECE = lazy_regex(r"(?:Sverige|Sweden|Finland|Danmark|Denmark|Island|Iceland|"
                            r"Færøyene|Faroe\s+Islands|Skottland|Scotland|Storbritannia|"
                            r"Tyskland|Germany|Polen|Poland|Nederland|Netherlands|Belgia|"
                            r"Belgium|Russland|Russia|Litauen|Lithuania|Latvia|Estland|Estonia|"
                            r"Norge|Norway)")


# The small words inside an English organisation's name: "Ministry of Climate and
# Environment", "Royal Norwegian Embassy in Warsaw".
_ENGLISH_NAME_LINKS = frozenset(("of", "the", "and", "in", "for", "on"))


def _english_org_name(text: str) -> bool:
    """Whether a piece after a name is an English organisation's name of five to eight
    words: each capitalised or one of its small words, one of those among them ("UiT The
    Arctic University of Norway"). A Norwegian name that long holds "og", "i" or a word
    in lower case, and stays a job or a clause (``_name_and_place``)."""
    words = text.split()
    # (not a substitute's "Per Dahl for Kari Holm": a first name opens no organisation)
    return len(words) <= 8 and words[0].casefold() not in _ENGLISH_JOB_HEADS and \
        not is_first_name(words[0]) and \
        any(word in _ENGLISH_NAME_LINKS for word in words) and \
        all(word[:1].isupper() or word in _ENGLISH_NAME_LINKS for word in words)


def _english_function(text: str) -> bool:
    """Whether a piece is an English function written in capitals ("Programme Operator",
    "Project Manager", "Policy Officer"): two or three capitalised words, the last a job's
    noun. Before an organisation's name it is the person's job; alone it may stand for the
    office itself ("Ewa Kamińska, Programme Operator (minutes)")."""
    words = text.split()
    return 2 <= len(words) <= 3 and all(word[:1].isupper() for word in words) and \
        words[-1].casefold() in _ENGLISH_JOB_TAILS


# The last words of an English function ("Programme Operator", "Country Director"), and
# their last two letters: the cheap test before ``_english_function``.
_ENGLISH_JOB_TAILS = frozenset(("operator", "manager", "director", "officer", "coordinator",
                                "adviser", "advisor", "consultant", "assistant", "specialist",
                                "administrator"))
_ENGLISH_JOB_TAIL_ENDS = frozenset(word[-2:] for word in _ENGLISH_JOB_TAILS)


# The first words of an English job title written in capitals ("Head of the Culture
# Centre", "Director of Planning"): a job, no organisation.
_ENGLISH_JOB_HEADS = frozenset(("head", "director", "chief", "manager", "adviser", "advisor",
                                "officer", "coordinator", "deputy", "senior", "minister",
                                "secretary", "chair", "member", "mayor"))


def _name_and_place(pieces: list[tuple[str, str | None, bool]], role: ParticipantRole | None,
                    attendance: Attendance, organization: str | None) -> Entry | None:
    """One person on a line with whom they represent: "Ordførar Jenny Følling, Sogndal (leiar)".

    Only for a line of exactly a name and one capitalised place: in longer lists a lone
    capitalised word is as likely a first name ("Kari, Ola og Per"). A third piece may
    say when they were there: "Torstein Hoem, SKE, sak 1/22".
    """
    if len(pieces) == 4 and pieces[3][2] and (office := _office_of_two_places(pieces)):
        # "Anders Opedal, Mattilsynet, Hardanger og Voss": an agency's office named by the
        # two places it serves, one organisation (no people "Hardanger" and "Voss")
        return _name_and_place([pieces[0], (office, pieces[3][1], False)], role, attendance,
                               organization)
    if len(pieces) == 3 and pieces[2][1] is None and not pieces[2][2] and \
            (_PARTIAL.search(pieces[2][0]) or _ALL_ITEMS.fullmatch(pieces[2][0])):
        entry = _name_and_place(pieces[:2], role, attendance, organization)
        if entry is not None and not _ALL_ITEMS.fullmatch(pieces[2][0]):
            _apply_note(entry, pieces[2][0])
        return entry
    if len(pieces) == 3 and pieces[2][1] is None and not pieces[2][2] and \
            pieces[2][0][:1].islower() and (remote := _REMOTE_PIECE.match(pieces[2][0])):
        # "Kari Holm, Nordby, by phone", "Per Lie, Sørby, på Teams": how she took part
        # after whom she represents, a note
        entry = _name_and_place(pieces[:2], role, attendance, organization)
        if entry is not None:
            _apply_note(entry, remote["how"])
        return entry
    if len(pieces) == 3 and pieces[2][1] is not None and pieces[1][1] is None and \
            _COUNTRY_PIECE.fullmatch(pieces[2][0].strip()) and _NOTE.search(pieces[2][1]):
        # "Fiona MacLeod, The Highland Council, Skottland (sak 3/26)": a guest from abroad,
        # her country after her organisation, then when she was there
        return _name_and_place([pieces[0], (pieces[1][0], pieces[2][1], pieces[1][2])], role,
                               attendance, organization)
    if len(pieces) == 3 and (seat := _seat_of_placed(pieces, role, attendance, organization)):
        return seat
    if len(pieces) == 3 and (seated := _name_seat_and_place(pieces, role, attendance,
                                                             organization)) is not None:
        return seated
    if len(pieces) != 2:
        return None
    if (seated := _seat_at_place_then_name(pieces, role, attendance)) is not None:
        return seated
    if pieces[1][1] is not None and (seat := _seat_then_bracketed_place(pieces, role, attendance,
                                                                        organization)):
        return seat
    if (org_first := _org_then_name(pieces, role, attendance)) is not None:
        return org_first
    (name, name_paren, _), (place, paren, joined) = pieces
    name = tidy_name(name)
    if paren and name_paren is None and place[:1].isupper() and \
            place.split(" ", 1)[0].casefold() in _ENGLISH_JOB_HEADS and \
            looks_like_name(name) and _NOTE.search(paren):
        # "Krzysztof Lis, Head of Department of Education (from item 3)": an English job in
        # capitals, no organisation, then when he was there
        entry = Entry(name=name, organization=organization, role=role, attendance=attendance)
        apply_paren(entry, paren)
        return entry
    seat_paren = None
    if name_paren is not None and _PARTY.match(name_paren) and not role_of(name_paren) and \
            (paren is None or _known_party(name_paren)):
        # "Kari Holm (Ap), Alvdal": the party; the place is whom she represents. A piece
        # with a bracket of its own after a short place ("Bjørn Lie (Vang), Astrid (Hol)")
        # is the next person with hers, unless the first bracket is a party the list knows
        name_paren = None
    elif name_paren is not None and _is_seat_word(name_paren):
        seat_paren, name_paren = name_paren, None  # "Marit Kvåle (leiar), Sogndal"
    # after a comma a short capital word is whom they represent ("Torstein Hoem, SKE"),
    # unless it is a role the vocabulary knows ("PL")
    # (the place is what comes before a dash: "Vestland Revisjon – deltok på sak 2 og 3")
    head = _DASH_PARTS.split(place, maxsplit=1)[0] if "-" in place or "–" in place else place
    if name_paren is not None or joined or not looks_like_name(name) or \
            not place[:1].isupper() or looks_like_name(tidy_name(head)) or _is_clause(head) or \
            head.strip(" .").casefold() in ROLE_WORDS or \
            (len(head.split()) > 4 and not _english_org_name(head)) or \
            is_whole_job_title(head.strip(" .").casefold()) or \
            (head[:1] == "C" and _CHIEF_INITIALS.fullmatch(head.strip(" .")) is not None) or \
            head.strip(" .") in _JOB_INITIALS:
        return None  # "Eirik Holm, Økonomisjef", "Ola Dahl, CISO", "Kari Holm, KO": a job,
        # read as one below
    place, *remarks = _DASH_PARTS.split(place)  # "Hemsedal – ingen vara"
    if remarks:
        place, remarks = _org_with_unit(place, remarks)  # "SANKS – Samisk klinikk"
    if "-" in place[:6] and (titled := _TITLE_BEFORE_ORG.match(place)):
        place = place[titled.end():]  # "HR-rådgiver Gran kommune": the job is no part
    if (place[:1] == "C" and _CHIEF_INITIALS.match(place)) or \
            ("-" in place[1:6] and _ACRONYM_TITLE.match(place)):
        at_org = org_after_job(place)  # "CISO i IKT Nordhordland", "SLT-koordinator i Åsby
        # kommune": the job is no part
        if at_org == place and place[:1] != "C" and _AT_OWN_WORKPLACE.search(place):
            at_org = ""  # "HR-sjef i vertskommunen", "HMS-rådgiver i kommunen": the job at
            # a place the text names by its kind alone, as "økonomisjef i kommunen": no one
        place = at_org
    entry = Entry(name=name, organization=place.strip() or None, role=role,
                  attendance=attendance)
    written = pieces[0][0].strip()
    if written != name and written.endswith(name):  # "Leiar Kari Nes, Stryn kommune"
        _seat_role(entry, written, guests_only=written[:1].isupper() and
                   written.split(" ", 1)[0].casefold() not in _CHAIRS)
    for remark in remarks:
        if is_role_word(remark) and role_of(remark):
            entry.role = role_of(remark)  # "Alvdal – leder"
        else:
            _apply_note(entry, remark)
    if paren and _SECOND_PAREN_AWAY.fullmatch(paren.strip(" .")):
        # "Tone Brekke, Nordby kommune (ikke møtt)": away, as "(Nordby kommune) (ikke
        # møtt)" is; the words only repeat the category, so no note
        entry.attendance = Attendance.ABSENT
    elif paren and _known_party(entry.organization or "") and not _NOTE.search(paren) and \
            (county := _party_then_place(f"{entry.organization}, {paren}")):
        entry.organization = county  # "Liv Heggen, SV (Buskerud)": as "(SV, Buskerud)"
    elif paren and _reason_after_org(entry, paren):
        entry.note = paren  # "Tove Li, Flå kommune (kurs)": why she was away
    elif paren and attendance is not Attendance.ABSENT and _on_leave(paren):
        _apply_note(entry, paren)  # (s75l) "Per Dahl, Ås (foreldrepermisjon)": away
    elif paren and paren[:1].islower() and _attendance_remark(paren) and \
            not _PARTIAL.search(paren):
        entry.note = entry.note or paren  # "Rune Ek, Lia kommune (heimekontor)": how
    elif paren and _bracketed_unit(paren):
        entry.organization = f"{entry.organization} ({paren})"
    elif paren and paren[:1] in "dD" and entry.role in (None, ParticipantRole.MEMBER) and \
            _manager_of_employer(paren, [name, entry.organization]):
        # "Ivar Tveit, Fjordekspressen AS (dagleg leiar)": the manager of the firm the line
        # names, as "…, dagleg leiar, Fjordekspressen AS" is (``_manager_of_employer``)
        entry.staff = True
    elif paren:
        apply_paren(entry, paren)
    if seat_paren:
        apply_paren(entry, seat_paren)
    return entry


def _org_then_name(pieces: list[tuple[str, str | None, bool]], role: ParticipantRole | None,
                   attendance: Attendance) -> Entry | None:
    """"NAV Buskerud, seksjonssjef Hege Liabø", "LO i Vestland, Olav Skrede (leiar)": whom
    the person represents first, then the name (a job before it no part of it), as a
    forum of parties lists its seats. Only when the first piece names an organisation by
    its kind and is no name itself."""
    (org, org_paren, _), (named, paren, joined) = pieces
    if org_paren is not None or joined or not org[:1].isupper() or len(org.split()) > 6 or \
            not names_organisation(org) or looks_like_name(tidy_name(org)) or \
            is_job_title(org.split(" ", 1)[0]) or is_job_title(" ".join(org.split()[:2])) or \
            (is_first_name(org.split(" ", 1)[0]) and len(org.split()) > 1 and
             org.split()[1][:1].isupper()):
        # (not "Daglig leder Vestfjell regionråd, Anders Li": her job's seat; nor "Liv Aas
        # frå kommunen, Per Moe": a person with her place, then the next)
        return None
    if paren and role_of(paren) is None:
        return None  # "Lunner kommune, Kari Mørch (Vestre Toten)": two entries, hers placed
    first, _, rest = named.partition(" ")
    if first[:1].islower() and rest and _is_job_title(first):
        named = rest  # "seksjonssjef Hege Liabø": the job is no part of the name
    if not named[:1].isupper() or not looks_like_name(named) or names_organisation(named):
        return None
    entry = Entry(name=tidy_name(named), organization=org.strip(), role=role,
                  attendance=attendance)
    if paren:
        apply_paren(entry, paren)
    return entry


def _seat_of_placed(pieces: list[tuple[str, str | None, bool]], role: ParticipantRole | None,
                    attendance: Attendance, organization: str | None) -> Entry | None:
    """A deputy with her place, then whose seat she took: "Siri Lie, Zby, møtte for Ola
    Nord" ("pva", "vara for"), as "Siri Lie, Zby kommune – for Ola Nord" is read: the
    place is hers (and the seat's), the third piece a note, not a person of its own. The
    place may close the line ("Siri Lie, vara for Ola Nord, Zby"): the seat's place, which
    the guide's "organisation a participant line states" gives her as well."""
    for seat in (2, 1):
        text, paren, joined = pieces[seat]
        if paren is None and not joined and text[:1] in "mfpvsMFPVS" and \
                (absent := substituted_for(text)):
            break
    else:
        return None
    entry = _name_and_place([pieces[0], pieces[3 - seat]], role, attendance, organization)
    if entry is not None:
        entry.note = f"for {absent}"
    return entry


def _seat_place(paren: str | None) -> bool:
    """Whether the bracket after the absent member's name is a place or whom the seat
    stands for ("(Zby)", "(Ap)"): capitalised, a few words, no role or attendance note."""
    return bool(paren) and paren[:1].isupper() and len(paren.split()) <= 4 and \
        not is_role_word(paren) and _NOTE.search(paren) is None


def _seat_then_bracketed_place(pieces: list[tuple[str, str | None, bool]],
                               role: ParticipantRole | None, attendance: Attendance,
                               organization: str | None) -> Entry | None:
    """A deputy, then whose seat she took with the place in brackets after that name:
    "Siri Lie, vara for Ola Nord (Zby)" is read as "Siri Lie, vara for Ola Nord, Zby"
    (``_seat_of_placed``): the place the line states is hers and the seat's, not lost
    to the absent member's name. Only a capitalised place of a few words, no role or
    attendance note ("vara for Ola Nord (leiar)", "(frå sak 3)")."""
    text, paren, joined = pieces[1]
    if joined or text[:1] not in "vfpVFP" or not _seat_place(paren) or \
            substituted_for(text) is None:
        return None
    return _seat_of_placed([pieces[0], (text, None, False), (paren, None, False)], role,
                           attendance, organization)


# How an inter-municipal political council's name ends (folded).
_COUNCIL_ENDINGS = ("politisk råd", "politiske råd", "politiske rådet")


def _initials_as_people(pieces: list[tuple[str, str | None, bool]]) -> frozenset[int]:
    """The indexes of the pieces that are people named by their initials in a list of who
    came ("Guro, Sigrun, TK og ØL (Innlandet fylkeskommune)", "Camilla Ødegaard, SH, Nils
    Petter Rød og MK (referent)"), as small groups write their own: not the organisation
    of the name before. A capital code is a person when it follows a first name alone
    (no one writes a first name's employer as a code after it), has a meeting role in
    brackets, or is joined by "og" to another code; then every code of the list is one.
    A list that pairs names with codes alone ("Kari Holm, FK, Per Dal, SF") and the
    agencies' and parties' short names ("KS", "NAV", "SV") stay organisations."""
    codes = [index for index, (text, _paren, _joined) in enumerate(pieces)
             if _INITIALS.fullmatch(text) and text not in _AGENCY_CODES and
             text not in PARTY_CAPITALS]
    if codes and len(pieces) >= 2 and all(paren is None and _INITIALS.fullmatch(text)
                                          for text, paren, _joined in pieces):
        # "Forfall: JKA, SV": a list of codes alone has no name for them to belong to;
        # they are people by their initials (a party's letters among them too)
        return frozenset(range(len(pieces)))

    def person(index: int) -> bool:
        _text, paren, joined = pieces[index]
        before, before_paren, _before_joined = pieces[index - 1] if index else ("", None, False)
        return bool(paren and is_role_word(paren)) or \
            (before_paren is None and " " not in before and is_first_name(before)) or \
            (joined and index - 1 in codes) or \
            (index + 1 < len(pieces) and pieces[index + 1][2] and index + 1 in codes)

    return frozenset(codes) if any(person(index) for index in codes) else frozenset()


def _short_org(text: str) -> bool:
    """Whether a list piece is an organisation's short name: two capitals or more in one
    short word ("KS", "NAV", "UiA", "KrF"), never a first name ("Anja", "Pål"), nor an
    English chief's initials ("Ola Dahl, CISO": his job)."""
    return 2 <= len(text) <= 6 and text[:1].isupper() and text.isalpha() and \
        sum(ch.isupper() for ch in text) >= 2 and \
        not (text[:1] == "C" and _CHIEF_INITIALS.fullmatch(text))


def _cut_org(text: str) -> bool:
    """Whether a list piece is an organisation's name cut short with a stop ("Kari Nes,
    Statsf., sak 2", "Ola Berg, Fylkesk."): one capitalised word that keeps its stop
    (``_with_stop``) and is no first name, whom the person came from."""
    return text[-1:] == "." and len(text) >= 4 and " " not in text and \
        text[:1].isupper() and text[1:-1].isalpha() and not is_first_name(text[:-1])


def _org_word_before_job(text: str, pieces: list[tuple[str, str | None, bool]],
                         index: int) -> bool:
    """Whether a list piece of one capitalised word after a person ("Skyss", "Brakar")
    is followed by her lower-case job ("rutesjef", "trafikkplanleggjar"): the job says the
    piece before it was no second person but whom she works for (a first name stays a
    person: "Holm, Kari, rådgiver")."""
    if " " in text or not text[:1].isupper() or not text.isalpha() or \
            index + 1 >= len(pieces):
        return False
    job = pieces[index + 1][0]
    return job[:1].islower() and (_is_job_title(job) or job.endswith(JOB_TITLE_ENDINGS)) \
        and not is_first_name(text) and role_of(text) is None


def _org_word_before_note(text: str, paren: str) -> bool:
    """Whether a list piece of one capitalised word after a person ("Widerøe", "Avinor")
    carries a bracket that says which items she was there for ("(punkt 3)", "(sak 4 og
    5)"): whom she came from, as the same piece without the bracket at the end of the
    line is read; no first name, seat or job."""
    return " " not in text and text[:1].isupper() and text.isalpha() and \
        not is_first_name(text) and role_of(text) is None and not _is_job_title(text) and \
        paren[:1].islower() and _PARTIAL.search(paren) is not None


def _forest_owners(text: str) -> bool:
    """Whether a piece after a name is a forest owners' cooperative named by its region
    ("Ola Dahl, Glommen Mjøsen Skog", "…, Viken Skog"): capitalised words ending in "Skog"
    whose first word is no first name ("Kari Skog" is a person)."""
    words = text.split()
    return 2 <= len(words) <= 4 and words[-1] == "Skog" and not is_first_name(words[0]) and \
        all(word[:1].isupper() for word in words)


def _org_closing_seat_line(text: str, pieces: list[tuple[str, str | None, bool]],
                           index: int) -> bool:
    """Whether the last piece of a line, after the person's job or seat, is whom she
    represents though its words could be a name ("Sverre Moen, styreleder, Vassdal
    Bondelag"): capitalised words that name an organisation by its kind (``_ORG_HINT``),
    the first no first name ("…, rådgiver, Per Bondelag" would be a second person)."""
    words = text.split()
    return index == len(pieces) - 1 and 2 <= len(words) <= 4 and \
        not is_first_name(words[0]) and all(word[:1].isupper() for word in words) and \
        _ORG_HINT.search(text) is not None


def _named_org(text: str) -> bool:
    """Whether a list piece right after a person is an organisation by its proper name,
    without a word that says so ("Tor Haug, Statens vegvesen (sak 2), Liv Moe, NAV",
    "…, Innovasjon Norge, …"): capitalised words, two to four, that are no name; or a
    training office by its trades and region, however long ("Opplæringskontoret for bygg
    og anlegg i Vestmark")."""
    if text[:13] == "Opplæringskon" and TRAINING_OFFICE.fullmatch(text):
        return True
    words = text.split()
    if " og " in text:
        words = _without_joining_og(words)  # "Mental Helse Sogn og Fjordane": one county
    return 2 <= len(words) <= 4 and text[:1].isupper() and not is_first_name(words[0]) and \
        words[0].casefold() not in ROLE_WORDS and not _is_clause(text) and \
        not is_role_word(text) and not _is_job_title(text)


def _without_joining_og(words: list[str]) -> list[str]:
    """The words of a name with each "og" that joins two capitalised words dropped, so a
    county's name in it counts as the place it is ("Sogn og Fjordane", "Møre og Romsdal");
    the words as they were when any other word is in lower case."""
    if any(not w[:1].isupper() for w in words if w != "og") or words[0] == "og" or \
            words[-1] == "og":
        return words
    return [w for w in words if w != "og"]


# The verbs of a sentence about who came: "Jon Aas møtte ikke", "Per Bø deltok ikkje".
#: A word that makes a piece of a list a sentence about who came, not a name or whom
#: someone represents ("Jon Aas møtte ikke", "Siv Lie og Tor Vik var ikkje tilstades").
SAYS_WHO_CAME = lazy_regex(r"\b(?:møtte|møtt|deltok|meldt|meldte|melde|forfall|fråvær|fravær|"
                           r"forlot|forlét|kom|gikk|gjekk|var|hadde|har|ikke|ikkje)\b", re.I)


def _is_clause(text: str) -> bool:
    """Whether a piece after a comma is a sentence about someone rather than whom the
    person before represents: a clause with a verb ("Ola Dahl, Jon Aas møtte ikke") is
    never an organisation, however capitalised its first words are."""
    return " " in text and SAYS_WHO_CAME.search(text) is not None


def _run_before(pieces: list[tuple[str, str | None, bool]], index: int, entries: list[Entry],
                group_org: str | None) -> int:
    """How many people before the organisation at ``index`` come from it: more than the
    last when they were named as one group, closed by "og" ("Eli Sund og Tor Ask,
    oppvekstkontoret"), as all do in "Eli Sund og Tor Ask (oppvekstkontoret)"; else 1.

    A pair shares it when it opens the list or follows a person whose organisation is
    known. A longer run ("…, Nordby kommune, Per Dal, Ola Moe og Siv Ask, Statsforv.")
    only after such a person: a list that pairs each name with its organisation names a
    group's organisation once, after the group. At the list's start ("Kari Holm, Eli Sund
    og Tor Ask, Nordby") whom the first three share is a guess."""
    if index < 2 or len(entries) < 2 or not pieces[index - 1][2]:
        return 1
    run = 1
    while run < len(entries) and run < index:
        text, paren, joined = pieces[index - 1 - run]
        if joined or paren or entries[-1 - run].name != text or \
                entries[-1 - run].organization not in (None, group_org) or \
                pieces[index - run][1]:
            break
        run += 1
    if run == 1:
        return 1
    if run == len(entries):  # the group opens the list: a pair only
        return 2 if run == 2 else 1
    return run if entries[-1 - run].organization not in (None, group_org) else 1


def _partner_manager(job: str, group_org: str | None, entry: Entry) -> bool:
    """Whether "…, dagleg leiar" after a name under a group heading that names an
    organisation by its own name ("Frå Sogn regionråd:") is that organisation's manager
    (a party to the body, unless it serves it), not the body's administration, which a
    lower-case group word names ("Frå administrasjonen:")."""
    return group_org is not None and group_org[:1].isupper() and \
        entry.organization == group_org and job.casefold() in _MANAGER_TITLES


# A mayor's seat before the place it is in ("ordførar Nordøy", "varaordfører Vestdal").
_MAYOR_TITLES = frozenset({*MAYOR_SEATS, "varaordfører", "varaordførar"})


def _mayor_elsewhere(text: str, org: str | None, group_org: str | None) -> bool:
    """Whether a piece "ordførar Nordøy" after a name under a group heading that names an
    organisation ("Frå fylkeskommunen:", "Vestfjord fylkeskommune:") names another place:
    the mayor represents her municipality, not the group's (a "Forfall:" line under the
    group: "Helga Myklebust, ordførar Nordøy"); but under "Frå Nordøy kommune:" the
    group's fuller name of the same place stays."""
    if org is None or org != group_org:
        return False
    title, _, place = text.partition(" ")
    return title.casefold() in _MAYOR_TITLES and place[:1].isupper() and \
        len(place.split()) <= 3 and place.split()[0].casefold() not in org.casefold()


def _group_word_org(org: str | None, group_org: str | None) -> bool:
    """Whether a person's organisation is only the lower-case word of the group heading
    above ("Fra sekretariatet:", "Frå administrasjonen:"), which an organisation the line
    names itself replaces: "Eirik Vågen, dagleg leiar Vesterfjord regionråd" under "Frå
    sekretariatet:" represents the regionråd (the line's own words are the nearer)."""
    return org is not None and org == group_org and org[:1].islower()


def _unit_by_fields(text: str) -> bool:
    """Whether a capitalised piece names a unit by its kind, then "for" and its fields
    ("Klinikk for psykisk helse og rus", "Avdeling for plan, bygg og miljø"): an
    organisation's part, whose lower-case words after "for" make it no job or name."""
    kind, _, rest = text.partition(" ")
    return kind[:1].isupper() and rest.startswith("for ") and kind.casefold() in UNIT_WORDS


def _fields_of_unit(org: str | None, text: str, joined: bool = False) -> bool:
    """Whether a lower-case piece after a person's organisation, at a comma or "og", is one
    more field of the unit it ends with ("Fakultet for sykepleie" + "helsevitenskap",
    "Institutt for pedagogikk" + "religion", "samfunnsfag"): a word or two, no job, no
    role and no note on attendance; or after "og" one more sector of a municipality's
    ("Rana kommune, helse" + "velferd")."""
    if not org or len(text) > 40 or not text.replace(" ", "").replace("-", "").isalpha():
        return False
    if joined and text in FIELD_UNITS and org.rpartition(", ")[2] in FIELD_UNITS:
        return True
    words = text.split()
    unit = next((part for part in reversed(org.split(", ")) if not part[:1].islower()), "")
    return len(words) <= 2 and _unit_by_fields(unit) and \
        not is_job_title(words[0]) and not is_role_word(text) and \
        not _PARTIAL.search(text) and words[0] not in _FIELD_STOPS


# Lower-case words after a unit that start no field of it: who the person is or how she came.
_FIELD_STOPS = frozenset({"vara", "varamedlem", "observatør", "gjest", "forfall", "sekretær",
                          "permisjon", "digitalt", "ikke", "ikkje", "møtte", "deltok"})


def _unit_then_parent(unit: str | None, text: str) -> bool:
    """Whether a person's organisation so far is a unit ("Klinikk for psykisk helse",
    "Avdeling for folkehelse") and the piece after it the organisation it is part of
    ("Helse Fjordane HF", "Innlandet fylkeskommune"): whom the person represents is the
    parent, as when the unit is written in lower case ("…, avdeling for folkehelse,
    Innlandet fylkeskommune"); the unit only says where in it they work."""
    if not unit or not text[:1].isupper() or len(text.split()) > 5:
        return False
    words = unit.casefold().split()
    if words[0] not in UNIT_WORDS and not words[-1].endswith(_UNIT_ENDINGS) and \
            not (unit[:1].islower() and _lower_case_unit(unit)):
        return False  # ("Medisinsk klinikk", "Kvinneklinikken", "Kirurgisk avdeling" too;
        # "skolekontoret, Nordby kommune": the municipality the unit belongs to)
    return _ORG_HINT.search(text) is not None or _HEALTH_TRUST.search(text) is not None


# The first words of a unit inside an organisation: a hospital trust's clinic or division,
# a municipality's or a county's department, section or office.
UNIT_WORDS = frozenset({"klinikk", "klinikken", "avdeling", "avdelinga", "avdelingen",
                         "seksjon", "seksjonen", "divisjon", "divisjonen", "enhet", "eining",
                         "sektor", "kontor", "stab", "staben", "fagavdeling", "fagseksjon",
                         # a state agency's regional office: "Fiskeridirektoratet, region Sør"
                         "region",
                         # a university's department or faculty: "Institutt for sykepleie,
                         # Høgskolen i X", "Fakultet for helsefag, Universitetet i Y"
                         "institutt", "instituttet", "fakultet", "fakultetet",
                         # a research or competence centre: "Senter for omsorgsforsking"
                         "senter"})
# The endings of a unit's name that ends in its kind: "Medisinsk klinikk", "Barneavdelinga".
_UNIT_ENDINGS = ("klinikk", "klinikken", "avdeling", "avdelinga", "avdelingen", "seksjon",
                 "seksjonen", "divisjon", "divisjonen")
# A hospital trust or a hospital by its name: "Helse Fjordane HF", "Sykehuset Innlia".
_HEALTH_TRUST = lazy_regex(r"\b(?:HF|RHF)\b|helseforetak|sykehus|sjukehus", re.I)


# The kinds of unit a municipality or a county writes in lower case after a person's name,
# in their definite form: "oppvekstkontoret", "plan- og byggesaksavdelinga",
# "helse- og omsorgstjenesten", "kulturstaben". No job title ends so.
# (also a service's house: "helsestasjonen", "barnehagen"; and the indefinite form after an
# adjective: "teknisk avdeling", "plan og bygg-kontor")
_LOWER_UNIT_ENDINGS = ("kontoret", "kontora", "avdelingen", "avdelinga", "seksjonen", "enheten",
                       "eininga", *SERVICE_DEFINITE_ENDINGS, "staben",
                       "senteret", "sentret", "etaten", "stasjonen", "barnehagen", "skolen",
                       "skulen", "biblioteket", "avdeling", "seksjon", "kontor", "etat",
                       # the body a person comes from by its definite word, a role in
                       # brackets after it: "Ingrid Lia, fylkeskommunen (møteleiar)",
                       # "Per Dal, helseføretaket (referent)"
                       "kommunen", "foretaket", "føretaket",
                       # an agency or an institution by its definite word between a name and
                       # the job, as a capitalised one stands ("Petter Dal, politiet,
                       # familievoldskoordinator", "Per Moe, sjukehuset, overlege")
                       "politiet", "sykehuset", "sjukehuset", "barnevernet")
# A place after the unit: "barnehagekontoret i Nordby", "plankontoret ved rådhuset".
_UNIT_PLACE = lazy_regex(r"\s+(?:i|ved|på)\s+(?=\S)")


def _bracketed_unit(paren: str) -> bool:
    """Whether a bracket after a person's organisation names one department of it in a
    single small word ("Guri Nes, Statsforvalteren i Innlandet (landbruksavdelingen)",
    "…, Sel kommune (helseavdelinga)"): part of whom she represents, kept as written, as
    an organisation cell keeps "Statsforvalteren i Nordland (landbruksavdelingen)"."""
    return paren[:1].islower() and " " not in paren and \
        (_unit_of_org(paren) or paren in LONE_FIELD_UNITS) and \
        not is_role_word(paren) and not _attendance_remark(paren)


def _dashed_org_before(pieces: list[tuple[str, str | None, bool]], index: int,
                       entries: list[Entry]) -> bool:
    """Whether the piece before ``index`` gave the last person her organisation after a
    dash ("Kåre Helland – Fiskeridirektoratet", then ", region Nord (observatør)"): a unit
    after it belongs to that organisation, as after an organisation's own piece."""
    if index == 0 or not entries or not entries[-1].organization:
        return False
    before = pieces[index - 1][0]
    return not pieces[index - 1][1] and before.endswith(entries[-1].organization) and \
        _DASH_TAIL.search(before) is not None


def _unit_of_org(text: str, parent: str | None = None) -> bool:
    """Whether a piece after a person's organisation names a unit of it: a department,
    section or office ("avd. samferdsel", "avdeling for folkehelse", "seksjon for
    kollektivtransport", "sektor opplæring", "helseavdelinga"), written after the
    organisation it belongs to ("Agder fylkeskommune, avd. samferdsel"); with the
    ``parent`` named, also its local house ("Helse Fjordane, Fjordvik sjukehus")."""
    words = text.split()
    if not words or len(words) > 6:
        return False
    first = words[0].casefold().rstrip(".")
    # (also a unit by its compound's kind: "Statens vegvesen, Vegavdeling Vest")
    return first in UNIT_WORDS or first == "avd" or \
        (len(words) <= 3 and first.endswith(_UNIT_ENDINGS) and first not in _UNIT_ENDINGS) or \
        (text[:1].islower() and _lower_case_unit(text)) or \
        (len(words) == 1 and first in FIELD_UNITS) or \
        (parent is not None and 2 <= len(words) <= 3 and text[:1].isupper() and
         # (its kind after its place, or before it: "Helse Nord HF, Sykehuset Namsos")
         (_local_house_of(parent, words[-1].casefold()) or
          _local_house_of(parent, words[0].casefold())))


# A state agency's or a health trust's local house, by the last word of its name, and the
# start of a word its parent's name holds: "Helse Fjordane, Fjordvik sjukehus", "Vest
# politidistrikt, Vestdal politistasjon", "Vest politidistrikt, Sunnfjord lensmannsdistrikt"
# (the whole is whom the person represents, as "Agder fylkeskommune, avd. samferdsel" is).
_LOCAL_HOUSES = {"sjukehus": ("helse", "hf"), "sykehus": ("helse", "hf"),
                 "sjukehuset": ("helse", "hf"), "sykehuset": ("helse", "hf"),
                 "politistasjon": ("politi",), "lensmannskontor": ("politi",),
                 # the district a lensmann's or a station's office serves ("Vest
                 # politidistrikt, Sunnfjord lensmannsdistrikt")
                 "lensmannsdistrikt": ("politi",), "politistasjonsdistrikt": ("politi",)}


# The hospital words a compound ends with ("sentralsjukehus", "universitetssykehuset")
_HOSPITAL_WORDS = ("sjukehus", "sykehus", "sjukehuset", "sykehuset")


def _local_house_of(parent: str, kind: str) -> bool:
    """Whether a house of ``kind`` ("sjukehus") belongs to ``parent`` by its name ("Helse
    Fjordane", "Helse Vest RHF"); a hospital after a hospital stays apart."""
    hints = _LOCAL_HOUSES.get(kind)
    if hints is None and "kehus" in kind:
        # (a hospital word compounded: "Førde sentralsjukehus", "Elvik universitetssykehus",
        # "Dal lokalsjukehus": a house of the trust, as "Fjordvik sjukehus" is)
        hints = next((_LOCAL_HOUSES[house] for house in _HOSPITAL_WORDS
                      if kind.endswith(house)), None)
    low = parent.casefold()
    return hints is not None and kind not in low and \
        any(word.startswith(hints) for word in low.split())


#: A county's field alone after its name, as the agencies' list of a planning forum names
#: the county's heritage office: "Agder fylkeskommune, kulturarv" (no job: one word of a
#: field, not "rådgiver kulturarv"); and its transport office at a ferry or road council:
#: "Vestland fylkeskommune, samferdsel".
#: (and a municipality's sector, as a partnership's list of employers names it: "Hemnes
#: kommune, oppvekst", "Rana kommune, helse og velferd")
#: Defined here once: each is also a field a public service works in, which a body's name
#: may end in (``header._SERVICE_FIELD_ENDINGS`` imports them and adds more fields).
FIELD_UNITS = frozenset({"kulturarv", "kulturminne", "kulturminner", "kulturminnevern",
                         "samferdsel", "mobilitet", "kollektivtransport", "oppvekst", "helse",
                         "omsorg", "velferd"})

#: The fields a municipality's services are organised by, whose words alone in a bracket
#: name the person's unit ("Ola Grønvold (plan og byggesak)", "Kari Moe (helse og
#: omsorg)"), in an absence list as in the present one: "Fraværende: Jon Tveter
#: (landbruk)" is from the farming office, and why he was away is not said ("(sykdom)",
#: "(ferie)", "(kurs)" are reasons). The county's fields (``FIELD_UNITS``) and the
#: municipality's.
SERVICE_FIELD_WORDS = FIELD_UNITS | frozenset({
    "landbruk", "kultur", "fritid", "plan", "byggesak", "bygg", "oppmåling", "teknisk",
    "drift", "barnevern", "skole", "barnehage", "næring", "miljø", "eiendom", "økonomi",
    "samfunnsutvikling", "beredskap", "vann", "avløp", "renovasjon", "miljøvern",
    "opplæring", "utdanning"})
#: The fields of ``SERVICE_FIELD_WORDS`` that name a unit alone, one word in brackets after
#: its organisation ("Statsforvaltaren i Møre og Romsdal (landbruk)", as "(kulturarv)",
#: "(landbruksavdelingen)"); not the halves of a field of two words ("teknisk drift").
LONE_FIELD_UNITS = SERVICE_FIELD_WORDS - {"teknisk", "drift", "vann", "avløp"}


def _service_field(paren: str) -> bool:
    """Whether a bracket in small letters is only a field of service, maybe two linked
    ("landbruk", "plan og byggesak", "teknisk drift", "helse og omsorg"): the unit the
    person works in, not a reason for being away."""
    words = paren.replace(",", " ").split()
    return 0 < len(words) <= 5 and words[0] in SERVICE_FIELD_WORDS and \
        all(word in SERVICE_FIELD_WORDS or word == "og" for word in words)


def _lower_case_unit(text: str) -> bool:
    """Whether a piece after a name is a unit written in lower case ("Lars Rå,
    oppvekstkontoret"): the place the person works and comes from, as "Kari Holm,
    sekretariatet" is, rather than a job or a note. One to four words, all small,
    before a place the unit is in, if any ("barnehagekontoret i Nordby")."""
    words = _UNIT_PLACE.split(text, maxsplit=1)[0].split()
    return 0 < len(words) <= 4 and words[-1].endswith(_LOWER_UNIT_ENDINGS) and \
        all(word[:1].islower() for word in words) and not _is_job_title(words[-1])


# The common nouns of a reindeer herding unit, which its proper name or number follows in
# small letters: "reinbeitedistrikt 16 Čorgaš", "siida Láhpoluoppal", South Sami "sijte".
_DISTRICT_NOUNS = frozenset({"reinbeitedistrikt", "reinbeitedistriktet", "beitedistrikt",
                             "siida", "siidaen", "sijte", "reinbeiteområde"})


def _named_district(text: str) -> bool:
    """Whether a piece after a name is a reindeer herding district or siida by its name
    ("Ellen Gaino, reinbeitedistrikt 16 Čorgaš", "Per Hætta, siida Láhpoluoppal"): whom
    the person represents, as the same words in brackets are (``names_unit``)."""
    first, _, rest = text.partition(" ")
    if rest in _DIRECTION_NAMES and first in _SERVICE_DISTRICTS:
        return True  # "Arne Vik, overtannlege, distrikt nord": the service's district by its
        # direction, whom he speaks for, as "region sør" is
    return first in _DISTRICT_NOUNS and names_unit(text)


# A service's or an agency's districts named by their direction ("distrikt nord", "region
# sør", "område vest"), lower-case after a job.
_SERVICE_DISTRICTS = frozenset({"distrikt", "region", "område", "sone"})
_DIRECTION_NAMES = frozenset({"nord", "sør", "aust", "øst", "vest", "midt", "nordvest", "nordaust",
                              "nordøst", "sørvest", "søraust", "sørøst", "indre", "ytre"})


def _unit_as_organisation(entry: Entry, unit: str, paren: str | None) -> None:
    """Give a person the unit written after their name as whom they represent, and read
    the parenthesis after it: a meeting role or a note ("oppvekstkontoret (referent)"),
    or the municipality the unit belongs to ("oppvekstkontoret (Midtdal kommune)"), which
    names the organisation itself and so is the one kept."""
    entry.organization = unit
    if paren is None:
        return
    if is_role_word(paren) or _NOTE.search(paren):
        apply_paren(entry, paren)
    elif _ORG_HINT.search(paren) or (unit in _HEALTH_SERVICE_UNITS and paren[:1].isupper()):
        # (the occupational health service by its provider: "Siri Tjelta,
        # bedriftshelsetjenesten (Avonova)" comes from Avonova, as "BHT (Avonova)" says)
        entry.organization = paren


# The occupational health service written out in small letters after a name.
_HEALTH_SERVICE_UNITS = frozenset({"bedriftshelsetjenesten", "bedriftshelsetjeneste",
                                   "bedriftshelsetenesta", "bedriftshelseteneste"})


def org_after_job(org: str) -> str:
    """Whom a person represents, without the job they hold there: "prosjektleder i
    Nordby kommune" → "Nordby kommune". The job is no organisation; a seat word the
    vocabulary knows as a meeting role ("prosjektleder", "leder") counts as a job here
    too, since "i Nordby kommune" says the post is the municipality's, not the body's.
    A job named by initials before a hyphen is one too: "SLT-koordinator i Åsby kommune"."""
    acronym = not org[:1].islower() and _ACRONYM_TITLE.match(org) is not None
    if not (org[:1].islower() or acronym or (org[:1] == "C" and _CHIEF_INITIALS.match(org))) or \
            (" i " not in org and " for " not in org and " ved " not in org and
             " hos " not in org):
        return org  # (a chief's initials open it in capitals: "CISO i IKT Nordhordland")
    probe = org
    if acronym:  # (the initials small, as the pattern reads a job: "slt-koordinator i …")
        hyphen = org.index("-")
        probe = org[:hyphen].lower() + org[hyphen:]
    at_place = _JOB_AT_PLACE.match(probe)
    if at_place is None:
        return org
    job = at_place.group("job")
    if job in _EMPLOYED or _is_job_title(job) or role_of(job) is not None or \
            is_whole_job_title(job):
        return at_place.group("org")
    return org


# A job's workplace named by its kind alone, a definite noun in small letters: "… i
# vertskommunen", "… i kommunen", "… ved etaten" (whose name the text does not give).
_AT_OWN_WORKPLACE = lazy_regex(r"\s(?:i|ved|hos)\s+[a-zæøå]+(?:en|et|a)$")


# Words that say where someone works without naming the job: "ansatt i Nordby kommune".
_EMPLOYED = frozenset({"ansatt", "tilsett", "tilsatt", "jobber", "jobbar", "arbeider",
                       "arbeidar"})


def _is_seat_word(text: str) -> bool:
    """A lower-case seat or meeting role alone ("leiar", "medlem", "referent")."""
    return text[:1].islower() and role_of(text) is not None and is_role_word(text)


def _place_in_paren(paren: str) -> bool:
    """Whether brackets after a seat word hold the place the person represents, as an
    attendance line puts it ("Aud Helland, leiar (Stord)", "…, nestleder (Nord-Fron)"):
    one to three capitalised words that are no person's name (not "…, vara (Kari Holm)",
    whose seat that is)."""
    return paren[:1].isupper() and len(paren.split()) <= 3 and \
        not looks_like_name(tidy_name(paren)) and not _is_clause(paren)


def _name_seat_and_place(pieces: list[tuple[str, str | None, bool]],
                         role: ParticipantRole | None, attendance: Attendance,
                         organization: str | None) -> Entry | None:
    """"Marit Kvåle, leiar, Sogndal" or "Marit Kvåle, Sogndal, leiar": a seat beside the place.

    A lower-case seat word cannot be a name, so a line of three pieces with one of them is
    one person; the capital piece left is whom they represent, read as in "Name, Place".
    """
    for seat_at in (1, 2):
        seat, seat_paren, seat_joined = pieces[seat_at]
        if seat_paren is None and not seat_joined and (
                _is_seat_word(seat.strip(" .")) or
                (seat_at == 1 and _abbreviated_job(seat))):
            rest = [piece for at, piece in enumerate(pieces) if at != seat_at]
            entry = _name_and_place(rest, role, attendance, organization)
            if entry is not None and _manager_of_employer(seat, [p[0] for p in pieces]):
                entry.staff = True  # "Ola Vik, daglig leder, Nordby Sag AS": as the dash form
            elif entry is not None and \
                    _municipal_interpreter(seat, [p[0] for at, p in enumerate(pieces)
                                                  if at != seat_at]):
                pass  # "Amir Zadeh, tolk, Horten kommune": her job, the list's seat
            elif entry is not None:
                apply_paren(entry, seat.strip(" ."))
                # "Siri Moe, leder, Dal næringsforening" under "Forfall:": the head of her
                # own organisation, as the dash form says it (``other_boards_chairs``)
                entry.board_chair = entry.role is ParticipantRole.CHAIR and \
                    entry.organization is not None and \
                    _heads_own_organisation(seat.strip(" .").casefold(), attendance)
            return entry
    return None


def _abbreviated_job(text: str) -> bool:
    """Whether a list piece is a job shortened with a stop ("komm.overlege", "rådg.",
    "einingsl. helse"): small words, one of them cut short, no digit and no note ("kl.",
    "pva."). Between a name and a place it can only be the person's job."""
    return "." in text and text[:1].islower() and len(text.split()) <= 3 and \
        not any(ch.isdigit() for ch in text) and _NOTE.search(text) is None


def _seat_at_place_then_name(pieces: list[tuple[str, str | None, bool]],
                             role: ParticipantRole | None,
                             attendance: Attendance) -> Entry | None:
    """"Ordførar i Ullensvang, Kari Nes (leiar)": the seat and its place come first.

    Regional councils list their members by municipality this way; the place is whom
    the person represents, and an administration title ("Kommunedirektør i Kvam") makes
    them a guest as it does before a name.
    """
    (seat, seat_paren, _), (name, paren, joined) = pieces
    if seat_paren is None and not joined and " i " not in seat and \
            (place := job_before_place(seat)) is not None and looks_like_name(tidy_name(name)):
        # "Kommuneoverlege Sandnes, Øystein Lima", "KO Sola, Kari Nes": the job and its
        # place without "i", as infection-control fora write a doctor's seat
        entry = Entry(name=tidy_name(name), organization=place, role=role,
                      attendance=attendance)
        _seat_role(entry, seat, guests_only=True)
        if paren:
            apply_paren(entry, paren)
        return entry
    if seat_paren is not None or joined or not seat[:1].isupper() or " i " not in seat or \
            titled_at_place(seat) is not None:  # ("Ordfører i Nordby Jon Berg, Lise Vik")
        return None
    at_place = _JOB_AT_PLACE.match(seat[0].lower() + seat[1:])
    if not at_place or not _is_job_title(at_place.group("job")) or \
            not looks_like_name(tidy_name(name)) or _place_then_name(at_place.group("org")):
        return None  # ("Ordfører i Nordby Jon Berg, Siri Moe": two people, each named)
    entry = Entry(name=tidy_name(name), organization=at_place.group("org"), role=role,
                  attendance=attendance)
    _seat_role(entry, seat, guests_only=True)
    if paren:
        apply_paren(entry, paren)
    return entry


def job_before_place(seat: str) -> str | None:
    """The place of a seat written as a job and one capitalised place ("Kommuneoverlege
    Sandnes", "KO Sola"), or None: a first name after the job is a person's
    ("Rektor Kari")."""
    words = seat.split()
    if len(words) != 2 or not words[1][:1].isupper() or is_first_name(words[1]):
        return None
    if words[0] in _JOB_ABBREVIATIONS or (words[0][:1].isupper() and
                                         is_whole_job_title(words[0])):
        return words[1]
    return None


def _first_names_only(pieces: list[tuple[str, str | None, bool]],
                      role: ParticipantRole | None, absent: bool = False) -> list[str] | None:
    """The names of a list of first names alone ("Nora, Vegard, Erik og Sigrid"), as small
    groups write them; None for anything else. Two or more under a list label ("Forfall:
    Astrid og Gry"), or one under "Referent:"/"Møteleder:" or alone ("Fraværende:
    Alexander"); every word must be a known first name, so a list of places ("Hamar,
    Løten, Stange") stays what it is."""
    if any(paren is not None and not (is_role_word(paren) or _DEPUTY_NOTE.fullmatch(paren) or
                                      _UNIT_CODE.fullmatch(paren))
           for _text, paren, _joined in pieces):
        return None  # only a role, a deputy's place or a unit's code may follow a first name
    names = [text for text, _paren, _joined in pieces]
    # one name is enough under "Referent:" / "Møteleder:", or a known first name alone
    # under "Fraværende:" (a present list wrapped after "Midsund kommune: Einar" is not)
    enough = len(names) >= 2 or (len(names) == 1 and (
        role in _CHAIR_OR_SECRETARY or
        (absent and " " not in names[0] and is_first_name(names[0]))))
    if not enough:
        return None
    misses = 0
    for name in names:
        if not _first_names(name):
            misses += 1
            if 3 * misses > len(names):
                return None  # (fewer than two thirds can be known below: most lists, full
                # names, leave at their first piece)
    known = len(names) - misses
    # a name the list does not know ("Karoline") among known ones is one too, and so
    # are initials in a long list of first names ("Pia, THB, Ingrid, Marius, …")
    if known < len(names) and not (known >= 2 and 3 * known >= 2 * len(names) and all(
            _first_names(n) or _FIRST_NAME.fullmatch(n) or is_first_name(n.split()[0]) or
            (known >= 4 and _INITIALS.fullmatch(n)) for n in names if n)):
        return None
    return names


def _lone_first_name_with(pieces: list[tuple[str, str | None, bool]], text: str,
                          paren: str | None) -> bool:
    """Whether a piece is a known first name with whom that person represents or their
    role in brackets: "Ingrid (Ulvik)", "Forfall: Trond (Lia)", "Lene (referent)", one a
    line as networks write who came, or one of a list where every piece has its bracket
    ("Bjørn Lie (Vang), Astrid (Hol)"). The bracket makes it a person, where a first
    name alone may be any word."""
    if not paren or (len(pieces) != 1 and not all(bracket for _t, bracket, _j in pieces)):
        return False
    return (paren[:1].isupper() or is_role_word(paren)) and is_first_name(text)


def _first_names(piece: str) -> bool:
    """A piece of a first-name list: one or two first names, maybe with an initial
    ("Jan Ingvar", "Linn M.")."""
    words = piece.split()
    if not 1 <= len(words) <= 2 or not (_FIRST_NAME.fullmatch(words[0]) and
                                         is_first_name(words[0])):
        return False
    return len(words) == 1 or is_first_name(words[1]) or bool(_INITIAL.fullmatch(words[1]))


_INITIAL = re.compile(r"[A-ZÆØÅ]\.?")
# The short code of a unit or organisation after a first name, maybe with a role:
# "(FIN)", "(FLKI/Nestleder)".
_UNIT_CODE = lazy_regex(r"(?P<code>[A-ZÆØÅ]{2,6})(?:\s*/\s*(?P<role>[\wæøå]+))?")
_INITIALS = lazy_regex(r"[A-ZÆØÅ]{2,4}")
# A deputy's place in the order they are called: "1. vara", "2. varamedlem".
_DEPUTY_NOTE = lazy_regex(r"\d\.\s*vara\w*", re.I)


_FIRST_NAME = re.compile(r"[A-ZÆØÅ][a-zæøåéü]+(?:-[A-ZÆØÅ][a-zæøåéü]+)?")


def _top_level_parts(text: str, separator: str) -> list[str]:
    """The non-empty parts of ``text`` between separators outside parentheses."""
    parts, depth, start = [], 0, 0
    for n, char in enumerate(text):
        depth += (char == "(") - (char == ")")
        if char == separator and depth == 0:
            parts.append(text[start:n])
            start = n + 1
    parts.append(text[start:])
    return [part for part in parts if part.strip()]


_PARTY = lazy_regex(r"^[A-ZÆØÅ][A-Za-zÆØÅæøå]{0,3}$")  # "Ap", "H", "KrF", "MDG"
#: A party's short name as written after a member's name without brackets ("Tore Fosse SV").
PARTY_MARK = r"(?:[A-ZÆØÅ]{1,4}|Ap|Sp|Frp|KrF|Krf)"


def is_party(text: str | None) -> bool:
    """A party's short name ("Ap", "H", "KrF", "FRP"), as given after a member's name."""
    return bool(text) and bool(_PARTY.match(text)) and not role_of(text)


_NOTE_THEN_NAME = lazy_regex(r"^(?P<note>[a-zæøå].*?\d)\s+"
                             r"(?P<name>[A-ZÆØÅ][\w-]+(?:\s+[A-ZÆØÅ][\w-]+){1,2})$")


# A name, its initials in brackets and another bracket right after them: "Turid Hovde (TH)
# (Sigdal kommune)".
_INITIALS_THEN_PAREN = lazy_regex(r"(?P<name>[A-ZÆØÅ][\w-]+(?:\s+[A-ZÆØÅ][\w-]+){1,4})"
                                  r"\s+\((?P<code>[A-ZÆØÅ]{2,4})\)\s*(?=\()")


def _name_without_initials(found: re.Match[str]) -> str:
    """A name without the initials bracketed after it when a bracket of what the person
    represents follows ("Turid Hovde (TH) (Sigdal kommune)", "Bjørnar Eggen (BE)
    (regionrådet, sekretær)"): the minutes define the initials the tasks name her by, and
    the second bracket is read as if the first were not there. (The name's last words
    only may be the name: "Til stede Turid Hovde (TH)".)"""
    words = found.group("name").split()
    code = found.group("code")
    for start in range(max(0, len(words) - 4), len(words) - 1):
        name = words[start:]
        if _are_initials(code, name_initials(" ".join(name)).upper()):
            return f"{found.group('name')} "
    return found.group(0)


def _without_initials(name: str, paren: str) -> str:
    """A parenthesis without the person's initials first: "Bente Berg (BB, forvaltning,
    styreleder)" gives "forvaltning, styreleder"."""
    first, sep, rest = paren.partition(",")
    initials = name_initials(name).upper()
    code = first.strip()
    if _mixed_initials(code, initials):
        return rest.strip()  # "Eli Aasen (ElA, leiar)": her initials, then her seat
    if not (2 <= len(code) <= 4 and code.isupper() and code.isalpha()):
        return paren
    if sep and code[0] == initials[:1] and code[-1] == initials[-1:]:
        return rest.strip()
    if not sep and _are_initials(code, initials):
        return ""  # "Kjersti Haug (KH)": who she is in the minutes, whom she represents not
    return paren


def _mixed_initials(code: str, initials: str) -> bool:
    """Whether a code in mixed case is the person's initials with a letter more ("ElA"
    for Eli Aasen, "KaH" for Kari Holm): its capitals are the name's initials, and it is
    no party ("KrF", "Frp")."""
    if not (3 <= len(code) <= 4 and code.isalpha() and code[:1].isupper()) or \
            code.isupper() or code.upper() in PARTY_CAPITALS:
        return False
    capitals = "".join(ch for ch in code if ch.isupper())
    return len(capitals) >= 2 and capitals == initials


def _are_initials(code: str, initials: str) -> bool:
    """Whether a bracketed capital code alone is the person's initials: all of them or
    the first and last ("KH" for Kjersti Haug, "EAB" or "EB" for Eli Arnkværn Bryhni),
    and no party written in capitals ("Anne Pedersen (AP)", "Siv Vik (SV)")."""
    return code not in PARTY_CAPITALS and len(initials) >= 2 and \
        code in (initials, initials[0] + initials[-1])


def names_unit(paren: str) -> bool:
    """Whether a bracket in small letters names a unit by its proper name, maybe with its
    number ("(reinbeitedistrikt 22 Fiettar)", "(sone Nord)"): whom the person represents,
    absent or not, where a reason says why ("(sykdom)", "(legetime kl. 14)", "(kurs i
    Bodø)", a place after its preposition)."""
    words = paren.split()
    return len(words) >= 2 and any(word[:1].isupper() for word in words[1:]) and \
        not any(word in _REASON_JOINS or "." in word for word in words)


_REASON_JOINS = frozenset({"i", "på", "til", "med", "for", "fra", "frå", "og", "av"})


# The languages an interpreter works between, in brackets after her name: "(nordsamisk–
# norsk)", "(kvensk/norsk)", "(norsk til lulesamisk)", "(tegnspråk)".
_LANGUAGE = r"(?:[a-zæøå]*(?:samisk|norsk|kvensk|finsk|svensk|engelsk|russisk)|tegnspråk)"
_LANGUAGES = lazy_regex(rf"{_LANGUAGE}(?:\s*(?:[–/-]|til|og)\s*{_LANGUAGE})*")


def _take_role_part(entry: Entry, paren: str) -> str:
    """Give ``entry`` the role a comma part of its parenthesis names; return the rest."""
    if "," not in paren:
        return paren
    parts = [p.strip() for p in paren.split(",")]
    is_role = [is_role_word(p) for p in parts]
    if not any(is_role) or all(is_role):
        return paren  # "(ordfører, møteleder)" is handled as a role list as a whole
    for part, role_part in zip(parts, is_role, strict=True):
        if role_part and _manager_of_employer(part, [entry.name, *parts]):
            entry.staff = True  # "Ola Vik (daglig leder, Nordby Sag AS)": as the dash form
        elif role_part:
            _set_role(entry, role_of(part), part)
    return ", ".join(p for p, r in zip(parts, is_role, strict=True) if not r)


def _without_job(paren: str) -> str:
    """A parenthesis of a job and when the person was there ("revisor, sak 2",
    "regnskapsfører, fra kl. 11") as the note alone: the job is no attendance note, nor
    whom they represent. Anything else stays as it is: a reason for being away ("på kurs,
    deltok på sak 1", "sykemeldt, kom kl. 11") is no job but part of the note."""
    parts = [part.strip() for part in paren.split(",")]
    notes = [part for part in parts if _PARTIAL.search(part) or _CASES_NOTE.match(part)]
    jobs = [part for part in parts if part not in notes and not _unit_in_small_letters(part)]
    if not notes or not jobs or not all(
            part[:1].islower() and len(part.split()) <= 2 and not _NOTE.search(part)
            and not any(ch.isdigit() for ch in part) and not _on_leave(part)
            for part in jobs):
        return paren
    return ", ".join(notes)


def _org_without_job(paren: str) -> str:
    """Whom people represent in a parenthesis that also gives their job: "arkitekt,
    Norconsult" or "Norconsult, arkitekt" is Norconsult. Only when every other part is a
    word or two in lower case; anything else stays as written."""
    parts = [part.strip() for part in paren.split(",")]
    if len(parts) == 3 and "distrikt" in paren and _district_of_agency(parts[1], parts[2]):
        parts = [parts[0], f"{parts[1]}, {parts[2]}"]  # "lensmann, Politiet, Sør politidistrikt"
    if len(parts) == 2 and " " in parts[0] and _ACRONYM.fullmatch(parts[1]):
        return parts[0]  # "(Nordby kommune, NK)": the name, then its short form
    if len(parts) == 2 and parts[0][:1].isupper() and parts[1][:1].isupper() and \
            _COUNTRY_PIECE.fullmatch(parts[1]) and not _COUNTRY_PIECE.fullmatch(parts[0]):
        return parts[0]  # "(Lapin liitto, Finland)": whom she represents, then its country
    # (a job after an acronym is written with its capitals: "IKT-leder, Rindal kommune")
    named = [part for part in parts if part[:1].isupper() and not _is_job_title(part)]
    if len(named) != 1 or not all((part[:1].islower() or _is_job_title(part)) and
                                  len(part.split()) <= 2 and not _unit_of_org(part)
                                  for part in parts if part is not named[0]):
        return paren  # (a unit, "Nordby kommune, oppvekstkontoret", is part of it)
    return named[0]


def _set_role(entry: Entry, role: ParticipantRole | None, text: str) -> None:
    """A role named next to a name; the secretariat is also whom the person represents.

    A seat named after the meeting role ("Kari Holm, leder, foreldrerepresentant") does
    not take the role back: she led the meeting, and a member's seat says no more."""
    if role and not (entry.role in MEETING_ROLES and role not in MEETING_ROLES):
        entry.role = role
    if (entry.organization is None or (
            # (under "Sekretariat:", "…, sekretariatet for helsefellesskapet": the line's
            # own words name it in full, the group's word only in short)
            entry.organization.casefold() in {"sekretariatet", "sekretariat"} and
            " " in text.strip())) and _names_secretariat(text):
        entry.organization = text.strip()


#: Roles one person holds for the meeting itself, not for a group listed with them.
MEETING_ROLES = (ParticipantRole.CHAIR, ParticipantRole.SECRETARY)


# An absence alone in a second parenthesis ("(forfall)", "(møtte ikke)").
_SECOND_PAREN_AWAY = lazy_regex(r"(?:meldt\s+)?(?:forfall|fravær|fråvær|fraværende|fråverande)|"
                                r"(?:ikke|ikkje)\s+møtt|møtte\s+(?:ikke|ikkje)", re.I)


def _second_paren_note(paren: str) -> bool:
    """Whether a second parenthesis after a name and its organisation is an attendance
    note ("(forlot møtet etter sak 34/09)", "(på Teams)"): lists that give each person's
    organisation in brackets add the note in brackets of its own."""
    return (_PARTIAL.search(paren) is not None or _PRESENT_NOTE.search(paren) is not None) \
        and "ikk" not in paren


def apply_paren(entry: Entry, paren: str) -> None:
    """A parenthesis after a name that is a role ("leder") or an attendance note."""
    if is_role_word(paren):
        parsed_role = role_of(paren)
        if parsed_role is ParticipantRole.GUEST and entry.role in MEETING_ROLES:
            return  # "Fra sekretariatet: Knut Bø (daglig leder)": still the secretariat
        if parsed_role is ParticipantRole.MEMBER and entry.role in MEETING_ROLES:
            return  # "Reidun Sletta, leder (pårørenderepresentant)": her seat, and she chairs
        if parsed_role is ParticipantRole.MEMBER and entry.role is ParticipantRole.GUEST:
            return  # "Observatører: Jorunn Haug (ansattes representant)": whom she stands
            # for; the group says she observes
        if parsed_role:
            entry.role = parsed_role
        if entry.organization is None and "sekretariat" in paren.casefold():
            _secretariat_in_roles(entry, paren)
        if "," in paren and _PARTIAL.search(rest := paren.split(",", 1)[1]):
            _apply_note(entry, rest)  # "(gjest, berre sak 3)": the seat, then when she was there
        elif "," in paren and (remote := _REMOTE_PIECE.match(rest.strip(" ."))):
            _apply_note(entry, remote["how"])  # "(observatør, på Teams)": the seat, then how
    elif _NOTE.search(paren):
        _apply_note(entry, paren)


def _secretariat_in_roles(entry: Entry, paren: str) -> None:
    """The secretariat among a parenthesis' roles ("(sekretariatet, referent)") is also
    whom the person represents, as "Eli Moe, sekretariatet (referent)" says."""
    for part in _ROLE_PARTS.split(paren.strip().strip(".")):
        if _names_secretariat(part):
            entry.organization = part
            return


def _seat_role(entry: Entry, text: str, guests_only: bool = False) -> None:
    """The meeting role a seat word before the name gives ("styreleder Hilde Vik"), or the
    guest's that an administration title gives ("rådmann Per Lie", "daglig leder Siv Moe").

    Only among the body's own members: a guest "styreleder Lise Vang" chairs another board.
    ``guests_only``: a capitalised title, which names no meeting role here.
    """
    words = text.split(" ", 2)
    seat = ROLE_WORDS.get(words[0].casefold())
    if seat is None and len(words) > 2:
        seat = ROLE_WORDS.get(f"{words[0]} {words[1]}".casefold())  # "daglig leder"
    if entry.role not in (None, ParticipantRole.MEMBER):
        return
    if seat in MEETING_ROLES and len(words) > 2 and words[1] in ("for", "av") and \
            (at := text.find(entry.name)) > 0 and role_of(text[:at].strip(" ,")) is None:
        return  # "leiar for førebyggjande avdeling Siri Nes": the head of a department,
        # where "leder for styret Kari Holm" chairs the body (``_role_of_body``)
    if seat is ParticipantRole.GUEST or (seat in MEETING_ROLES and not guests_only):
        entry.role = seat


def _entry_from_piece(text: str, role: ParticipantRole | None, attendance: Attendance,
                      organization: str | None) -> Entry | None:
    """One list piece as a person, handling "Name – role – org" and substitutes."""
    lead = _ROLE_LEAD.match(text.strip())
    if lead and ROLE_WORDS.get(lead.group("role").casefold()) in MEETING_ROLES and \
            (entry := _entry_from_piece(lead.group("rest"), role, attendance, organization)):
        # "Referent Hilde Karlsen rådgiver", "Leder i KFU Gudrun Veske": the meeting role
        seat = ROLE_WORDS[lead.group("role").casefold()]
        if seat is ParticipantRole.SECRETARY or role in (None, ParticipantRole.MEMBER):
            entry.role = seat
        return entry
    if (titled := titled_at_place(text)) is not None:
        # a group named above ("Deltok fra Prosjekt Kystvei:") is whom they came for; a
        # staff label's lower-case "administrasjonen" yields to the place
        name, place = titled
        org = organization if organization and organization[:1].isupper() else place
        return Entry(name=name, organization=org, role=role, attendance=attendance)
    if lead and lead.group("role").casefold() in MAYOR_SEATS and \
            (entry := _entry_from_piece(lead.group("rest"), role, attendance, organization)):
        entry.mayor = True  # "Ordførar Gunnar Sletten (SP)" in a list: his seat as in a
        return entry  # seat table, the chair of a council the mayor leads (mayor_chairs)
    seat_org = _genitive_seat_org(text) if "s representant " in text else None
    text = tidy_name(text)
    if not text:
        return None
    if seat_org is not None and organization is None:
        organization = seat_org  # "Sametingets representant Eva Li": she speaks for Sametinget
    represented = _on_behalf(text) if "v/" in text or " ved " in text else None
    tail = None
    if represented is None and ("v/" in text or " ved " in text) and \
            not text.casefold().startswith(_TALK_LEADS) and \
            (partial := _PARTIAL_TAIL.search(text)) and partial.start() > 0 and \
            (represented := _on_behalf(text[:partial.start()].rstrip(" ,"))) is not None:
        # "Husbanken v/ seniorrådgiver Anne Li under VR-sak 25/25": there for that case
        tail = text[partial.start():].strip(" ,.")
    if represented is None and "v/" in text and (" – " in text or " - " in text) and \
            (dash := _DASH_THEN_SMALL.search(text)) is not None and \
            has_partial_hint(text[dash.end():].lower()) and \
            (represented := _on_behalf(text[:dash.start()])) is not None:
        # "Bane NOR v/ Silje Lie – deltok bare under sak 6/27": the note after the dash
        tail = text[dash.end():].strip(" ,.")
    # ("Ålesund kommune v/ Hanne Rise", "Ålesund kommune ved Hanne Rise")
    if represented:
        name, org = represented
        if org[:5] == "Besøk" and (visit := _VISIT_LEAD.match(org)) is not None:
            org = org[visit.end():]  # "Besøk av NAV Hadeland v/ Kari Holm": from NAV Hadeland
        if org.casefold() in BODY_WORD_ENDINGS:
            org = organization  # "Styret v/ Kari Holm": the body itself, no parent of it
        entry = Entry(name=name, organization=org, role=role, attendance=attendance)
        if org and org.casefold() in _SECRETARIAT:
            entry.role = ParticipantRole.SECRETARY
        elif role is ParticipantRole.MEMBER and org and is_state_agency(org.casefold()):
            # "Statsforvalteren i Innlandet v/ Jørund Lie" among the members present: the
            # agency came as a visitor, as under "Fra Statsforvalteren:" (a guest)
            entry.role = ParticipantRole.GUEST
            entry.agency_visitor = True
        if tail:
            _apply_note(entry, tail)
        return entry
    person = _person_from(text)  # "Berit Aune fra Storvik kommune", "Kari Holm/Asker"
    if person:
        entry = Entry(name=person[0], organization=person[1], role=role, attendance=attendance)
        if person[1] and person[1].casefold() in _SECRETARIAT:
            entry.role = ParticipantRole.SECRETARY  # "Eli Moe fra sekretariatet", as "(…)"
        if person[2]:
            _apply_note(entry, person[2])
        return entry
    # (the pattern's every link word holds "for", "pva" or "på vegne av", and its parts a
    # dash: a bare name, most pieces, skips both patterns)
    substitute = _SUBSTITUTE.match(text) if "for" in text or "pva" in text or \
        "på vegne av" in text else None
    if substitute and looks_like_name(tidy_name(substitute.group("name"))) and \
            (" " in substitute.group("absent") or
             seat_surname(f"for {substitute.group('absent')}") or
             is_first_name(substitute.group("absent"))):
        # (one word: a surname or a first name, "Kari Lie møtte for Hansen"; not a party)
        return Entry(name=tidy_name(substitute.group("name")), organization=organization,
                     role=role, attendance=attendance,
                     note=f"for {substitute.group('absent')}")
    parts = [p for p in _DASH_PARTS.split(text) if p] if \
        "-" in text or "–" in text or "—" in text else [text]
    if len(parts) == 2 and (led := _lead_then_name(parts[0], parts[1], role, attendance,
                                                   organization)):
        return led  # "Vestdal – Kari Nes", "Leder – Kari Nes"
    if len(parts) > 1 and looks_like_name(tidy_name(parts[0])):
        entry = Entry(name=tidy_name(parts[0]), organization=organization, role=role,
                      attendance=attendance)
        job = None
        for part in parts[1:]:
            if _manager_of_employer(part, parts):
                entry.staff = True  # "Ola Vik – daglig leder – Nordby Sag AS": his employer's
            elif _municipal_interpreter(part, [p for p in parts[1:] if p is not part]):
                continue  # "Leila Ahmadi – tolk – Larvik kommune": her job, the list's seat
            elif is_role_word(part) and role_of(part):
                entry.role = role_of(part)
                entry.board_chair = _heads_own_organisation(part.strip(" .").casefold(),
                                                            attendance) and \
                    _beside_an_organisation(part, parts)
            elif _PARTIAL.search(part):
                lead = role_of(part.split()[0])
                if lead is ParticipantRole.GUEST:  # "innleder sak 2": a presenter
                    entry.role = lead
                _apply_note(entry, part)
            elif part.strip() in _JOB_INITIALS:
                continue  # "Kari Holm – KO": her job's capitals, no organisation
            elif (part[:1].islower() or _acronym_job(part.strip())) and \
                    _job_title_part(part.strip()):
                job = part.strip()  # "Siri Vik – rektor": her job (a seat in a network), no
                continue  # organisation
            elif part[:1].islower() and (at_place := _dashed_job_at_place(part)):
                # "Per Dahl – rådgjevar i Fylkeskommunen": the job, then whom he
                # represents, as "Per Dahl, rådgjevar i Fylkeskommunen" is read
                entry.organization = at_place.group("org")
                _staff_role(entry, at_place.group("job"))
            elif part[:1].islower() and (remote := _REMOTE_PIECE.match(part.strip(" ."))):
                _apply_note(entry, remote["how"])  # "Arild Tangen – deltok på Teams"
            elif part[:1].islower() and (away := _AWAY_PART.fullmatch(part.strip(" ."))):
                if away.group("away"):  # "Mona Vik – forfall": no organisation, and absent
                    entry.attendance = Attendance.ABSENT
            elif _reason_part(part, attendance) and entry.note is None:
                entry.note = part.strip(" .")  # "Siri Tveit – sjukdom": why she was away
            elif part[:1].islower() and attendance is not Attendance.ABSENT and \
                    _on_leave(part):
                _apply_note(entry, part)  # (s75l) "Per Dahl – sykemeldt": away
            elif " for " in f" {part}" and (absent := substituted_for(part.strip(" ."))) and \
                    looks_like_name(absent):
                entry.note = f"for {absent}"  # "Ola Tveit – for Vibeke Rønningen – Gjøvik"
            else:
                entry.organization = _org_after_dashed_job(part.strip())
        if job is not None and entry.role is ParticipantRole.MEMBER:
            _agency_staff_by_job(entry, job)  # "Eva Li – seniorrådgiver – Statsforvalteren
            # i Vestland": the agency's adviser by job, as in a "Navn | Funksjon" table
        return entry
    words = text.split()
    if len(words) >= 3 and ROLE_WORDS.get(words[-1].casefold()) and \
            looks_like_name(" ".join(words[:-1])):  # "Hans-Fredrik Donjem Sekretær"
        return Entry(name=" ".join(words[:-1]), organization=organization,
                     role=ROLE_WORDS[words[-1].casefold()], attendance=attendance)
    if looks_like_name(text):
        return Entry(name=text, organization=organization, role=role, attendance=attendance)
    found = _organisation_word(words)
    if found is not None:
        # "Anders Vik Nordkommune", "Per Holm Steinkjer kommune", "Aage Schei Gassforum
        # Trøndelag": columns that lost their padding; a lower-case "kommune" needs the
        # place before it
        longest = found - (1 if words[found].islower() else 0)
        for cut in range(min(longest, 4), 1, -1):
            if words[cut - 1].casefold() in PLACE_PREFIXES or words[cut] == "og":
                continue  # "Ola Berg Nordre Follo kommune", "… Sogn og Fjordane …": the place's
            if looks_like_name(" ".join(words[:cut])):
                where = words[cut:]
                while len(where) > 1 and where[0].islower():
                    where = where[1:]  # "May Granum leder Eldreråd": her job, then where
                return Entry(name=" ".join(words[:cut]), organization=" ".join(where),
                             role=role, attendance=attendance)
    # "Kari Holm, til stede fra sak 3" arrives as two pieces; trailing words after a name
    # ("Ola Dahl fra sak 4") are a note.
    for cut in range(min(len(words), 5), 1, -1):
        head, tail = " ".join(words[:cut]), " ".join(words[cut:])
        if not looks_like_name(head):
            continue
        if "ikk" in tail and _NOT_THERE.fullmatch(tail):
            # "Eirik Øverby deltok ikke", "Per Lie kom ikkje": listed, and away
            return Entry(name=head, organization=organization, role=role,
                         attendance=Attendance.ABSENT)
        partial = _PARTIAL.search(tail)
        remote = None if partial else _REMOTE_PIECE.match(tail)
        if partial or remote:
            entry = Entry(name=head, organization=organization, role=role,
                          attendance=attendance)
            _apply_note(entry, remote["how"] if remote else tail)  # "Eli Vik deltok på Teams"
            return entry
    return _name_then_where(words, role, attendance, organization)


# A clause after a name that says the person was not there at all ("deltok ikke", "kom
# ikkje", "var ikke til stede"), in a list of who came as in one of who did not.
_NOT_THERE = lazy_regex(r"(?:deltok|deltek|kom|møtte|var)\s+(?:ikke|ikkje)"
                        r"(?:\s+til\s+(?:stede|stades))?\s*\.?")


def _dashed_job_at_place(part: str) -> re.Match[str] | None:
    """A job and where it is held after a name's dash ("rådgjevar i Fylkeskommunen",
    "seniorrådgiver ved Høgskulen på Vestlandet"): the match of ``_JOB_AT_PLACE``, whose
    "org" is whom the person represents, when the job is one (or "ansatt i"); else None.
    Only "i" and "ved" name an employer here: "leder for X" is a seat or a field."""
    if " i " not in part and " ved " not in part:
        return None
    at_place = _JOB_AT_PLACE.match(part.strip(" ."))
    if at_place is None or " for " in at_place.group(0)[:at_place.start("org")]:
        return None
    job = at_place.group("job")
    return at_place if job in _EMPLOYED or _is_job_title(job) else None


# A job title, "i" or "for" and a place, then the person: "Ordfører i Nordby Kari Holm",
# "Varaordførar i Vestby kommune Eli Sand" (capitalised, as a line starts).
_TITLE_AT_PLACE = lazy_regex(rf"^(?:{_ACTING}\s*)?(?:{_JOB_TITLE_ALT})\s+(?:i|for)\s+"
                             r"(?P<rest>(?-i:[A-ZÆØÅ])[\w -]+)$", re.I)
_PLACE_NOUNS = frozenset({"kommune", "fylkeskommune", "fylke", "by"})


# A body's seat in the genitive before the person: "Sametingets representant Eva Li",
# "Fylkeskommunens representant Per Dal", "NAVs representant …".
_GENITIVE_SEAT = lazy_regex(r"^(?P<org>(?-i:[A-ZÆØÅ])[\wæøå-]+(?:\s+[\wæøå-]+){0,2}?)s\s+"
                            r"representant\s+(?-i:[A-ZÆØÅ])")


def _genitive_seat_org(text: str) -> str | None:
    """The body a genitive seat names before the person ("Sametingets representant Eva
    Li" → "Sametinget"): a body's definite or short name, never a group of people, whose
    plural seat ("Ansattes representant", "Foreldrenes representant") names no
    organisation."""
    found = _GENITIVE_SEAT.match(text.strip())
    if found is None:
        return None
    org = found.group("org")
    if " " in org:
        # "Lesja kommunes representant", "Statens vegvesens …", "Innovasjon Norges …": a
        # name of more words, its last a kind of body or a proper name; not a plural
        # group's ("De ansattes", "Alle kommunenes")
        first, last = org.split(" ", 1)[0], org.rsplit(" ", 1)[-1]
        plural = last.endswith(("ene", "ane", "ner", "nar", "atte", "ette")) and last.islower()
        return None if plural or first in ("De", "Dei", "Alle") else org
    definite = org.endswith(("et", "en")) and not org.endswith(("ene", "ane"))
    return org if definite or org.isupper() else None


def titled_at_place(text: str) -> tuple[str, str] | None:
    """The name and place of "Ordfører i Nordby Kari Holm": the place is whom the person
    represents, the title is their job, whatever the title and its case ("kommunedirektør
    i Sørby Kari Holm" as a list writes it lower-case). The name starts at the first known
    first name after a capitalised place ("Nordby", "Vestby kommune"); None otherwise."""
    text = text.strip()
    if not text[:1].isalpha() or (" i " not in text and " for " not in text):
        return None
    found = _TITLE_AT_PLACE.match(text)
    if found is None:
        return None
    words = found.group("rest").split()
    for cut in range(1, len(words) - 1):
        if not is_first_name(words[cut]):
            if words[cut][:1].isupper() or words[cut] in _PLACE_NOUNS:
                continue
            return None
        name = " ".join(words[cut:])
        return (name, " ".join(words[:cut])) if looks_like_name(name) else None
    return None


def _lead_then_name(lead: str, name: str, role: ParticipantRole | None,
                    attendance: Attendance, organization: str | None) -> Entry | None:
    """A seat or a place, a dash, then the person: "Leder – Kari Nes" (the seat's role),
    "Vestdal – Kari Nes" (whom she represents), "Rådmann – Ola Dale" (the staff)."""
    lead, name = lead.strip(), tidy_name(name)
    if not lead[:1].isupper() or not looks_like_name(name) or looks_like_name(tidy_name(lead)) \
            or len(lead.split()) > 4 or any(c.isdigit() for c in lead):
        return None
    entry = Entry(name=name, organization=organization, role=role, attendance=attendance)
    seat = role_of(lead) if is_role_word(lead) else None
    if seat is not None:
        if seat is ParticipantRole.SECRETARY or role in (None, ParticipantRole.MEMBER):
            entry.role = seat
    elif is_whole_job_title(lead.casefold()) or lead.casefold() in ROLE_WORDS:
        _seat_role(entry, lead, guests_only=True)
    else:
        entry.organization = lead
    return entry


def _org_after_dashed_job(part: str) -> str:
    """Whom a person represents after a name's dash, without the job written before it
    with no comma ("Cecilie Holm – teamleder FACT Vestdalen", "… – kommunalsjef Lia
    kommune"): the job is no organisation, as after a comma ("Cecilie Holm, teamleder
    FACT Vestdalen"); a part in capitals ("Lia kommune") stays as written."""
    if not part[:1].islower():
        return part
    return _TITLE_BEFORE_ORG.sub("", part, count=1)


def _led_by_place(text: str, entry: Entry) -> bool:
    """Whether a list piece named the place before the person, after a dash ("Vestdal –
    Kari Nes"): the people joined to it with "og" come from there too."""
    if "–" not in text and " - " not in text and "—" not in text:
        return False
    parts = _DASH_PARTS.split(text)
    return len(parts) == 2 and parts[0].strip() == entry.organization


# A capitalised role word, maybe of a named body, before a name.
_ROLE_LEAD = re.compile(r"(?P<role>[A-ZÆØÅ][a-zæøå]+)(?:\s+(?:i|for)\s+[A-ZÆØÅ][\w-]*)?\s+"
                        r"(?P<rest>[A-ZÆØÅ][a-zæøå].*)")


def _organisation_word(words: list[str]) -> int | None:
    """Where the first word naming an organisation stands in a name-and-where line, or
    None: from the third word on, one ending as organisations do ("Gassforum",
    "Næringsforeningen", "kommune")."""
    for index in range(2, len(words)):
        if words[index].casefold().endswith(ORGANISATION_ENDINGS):
            return index
    return None


def _name_then_where(words: list[str], role: ParticipantRole | None, attendance: Attendance,
                     organization: str | None) -> Entry | None:
    """A name followed, without a comma, by whom they represent or their job: "Erik Berge
    HOOK", "May Granum leder Eldreråd", "Ane Nordskar kommunalsjef" (one per line)."""
    for cut in range(min(len(words) - 1, 4), 1, -1):
        head, tail = " ".join(words[:cut]), words[cut:]
        if not looks_like_name(head):
            continue
        if len(tail) == 1 and _ACRONYM.fullmatch(tail[0]) and not role_of(tail[0]):
            return Entry(name=head, organization=tail[0], role=role, attendance=attendance)
        if _marked_organisation(tail):  # "Liv Haug NAV Vestby", "Jon Li Helse Bergen HF"
            return Entry(name=head, organization=" ".join(tail), role=role,
                         attendance=attendance)
        jobs = [w for w in tail if w.islower()]
        if len(tail) <= 6 and all(w.islower() or w == "/" for w in tail) and any(
                w.endswith(JOB_TITLE_ENDINGS) for w in jobs):
            # "Jan Erik Innvær regional koordinator / daglig leder": jobs only
            return Entry(name=head, organization=organization, role=role,
                         attendance=attendance)
        if jobs and len(tail) <= 3 and jobs == tail[:len(jobs)] and len(jobs) <= 2 and \
                (is_whole_job_title(jobs[0]) or jobs[0].endswith(JOB_TITLE_ENDINGS)):
            # a job, then maybe where: the job is no meeting role ("leder Eldreråd" leads
            # another body)
            rest = " ".join(tail[len(jobs):])
            return Entry(name=head, organization=rest or organization, role=role,
                         attendance=attendance)
    return None


_ACRONYM = lazy_regex(r"[A-ZÆØÅ]{2,6}")


def _marked_organisation(words: list[str]) -> bool:
    """Whether the words after a name on a line without commas are whom the person
    represents: two to four capitalised words opened by a short name in capitals or an
    organisation's word ("NAV Vestby", "KS Agder", "Helse Bergen HF") or closed by a
    company's or a trust's mark ("Vestby Renovasjon IKS"). No name opens or ends so,
    while a lone capitalised word after a name may be a third name ("Kari Nes Vestby")."""
    if not 2 <= len(words) <= 4 or not all(word[:1].isupper() for word in words):
        return False
    first = words[0]
    return not role_of(first) and (
        _ACRONYM.fullmatch(first) is not None or first.casefold() in ORGANISATION_WORDS or
        _ACRONYM.fullmatch(words[-1]) is not None)


_ACRONYM_TITLE = lazy_regex(r"^[A-ZÆØÅ]{1,4}-[a-zæøå]")


# (the place also a definite common noun for the cooperation's own offices: "rådgiver i
# regionrådet", "konsulent i sekretariatet", as "Fra regionrådet:" names them; and an
# English chief's initials, "CISO i IKT Nordhordland", "CTO i Vestby kommune")
# (a department may stand between the job and the organisation, "rådgjevar i
# samhandlingsavdelinga i Helse Førde": the organisation is whom she represents)
# (a job held for a while keeps its word before it: "konstituert rektor kulturskulen i Lia")
_JOB_AT_PLACE = lazy_regex(r"^(?P<job>(?:" + _ACTING + r"\s+)?(?:[a-zæøå][\wæøå-]*|C[A-Z]{1,3}O)"
                           r"(?:\s+[a-zæøå][\wæøå-]*)?)\s+"
                           # (or "hos", where she works: "seniorrådgiver hos Statsforvalteren")
                           r"(?:i|for|ved|hos)\s+(?:[a-zæøå][\wæøå-]*" + _UNIT_KINDS +
                           r"\s+(?:i|ved)\s+)?(?P<org>[A-ZÆØÅ][\w-]*(?:\s+(?:og\s+)?[\w-]+){0,3}|"
                           r"(?:region|samarbeids)?rådet|sekretariatet|fylkeskommunen|"
                           # (a centre, an office or a company the text names by its kind:
                           # "dagleg leiar ved studiesenteret", "rådgjevar ved kontoret")
                           r"[a-zæøå]{0,20}(?:senteret|kontoret)|selskapet)$")


def _seat_in_job_cell(entry: Entry, cell: str) -> str:
    """A "Stilling" cell's bracketed meeting role ("kommunalsjef helse (leiar)",
    "rådgjevar (referent)") set on the entry as "(leder)" after a name is: the cell
    without it, for the job and employer that remain."""
    for paren in _parens(cell):
        if "," in paren and (split := _seat_then_remark(paren)) is not None and \
                (seat := role_of(split[0])):
            entry.role = seat  # "rådgiver (gjest, sak 4)": the seat, then when she was
            cell = cell.replace(f"({paren})", f"({split[1]})")  # there, a note for the job
        elif is_role_word(paren) and (seat := role_of(paren)):
            entry.role = seat
            cell = cell.replace(f"({paren})", " ")
    return " ".join(cell.split())


def _note_in_job_bracket(piece: str) -> str:
    """The attendance words a job's bracket holds ("driftsoperatør (fra kl. 10.15)",
    "prosjektleiar VA (frå sak 9/26)"): the note is the bracket's, the job no part of it;
    the piece as it is otherwise."""
    if piece[-1:] != ")" or (start := piece.rfind("(")) <= 0:
        return piece
    inner = piece[start + 1:-1].strip()
    return inner if _PARTIAL.search(inner) or _CASES_NOTE.match(inner) else piece


def _apply_job(entry: Entry, cell: str) -> None:
    """A "Stilling" cell: the job, then whom the person works for and an attendance note.

    Case systems list the administration as "Navn | Stilling", and the secretary puts
    all the rest into the job: "Forvaltningsrevisor i Deloitte, t.o.m. sak PS 44/22",
    "Kontrollsjef, Sekretariat for kontrollutvalet". The job itself is no field of the
    record unless it is the body's secretary ("Utvalgssekretær"); the firm after "i"/"ved"
    or after a comma is whom they represent, and words on the items they were there for
    make them partial.
    """
    pieces = _JOB_PIECES.split(cell) if "/" in cell else cell.split(",")
    for n, piece in enumerate(p.strip() for p in pieces):
        if not piece:
            continue
        if _PARTIAL.search(piece) or _CASES_NOTE.match(piece):
            _apply_note(entry, _note_in_job_bracket(piece))
        elif n and piece[:1].islower() and _secretary_job(piece):
            # "Konsulent, sekretær for rådet": the job the person has in the meeting, after
            # the post they hold
            entry.role = ParticipantRole.SECRETARY
        elif n and piece[:1].islower() and is_role_word(piece) and \
                role_of(piece) is ParticipantRole.CHAIR:
            entry.role = ParticipantRole.CHAIR  # "Kommunalsjef, leiar av styringsgruppa"
        elif entry.organization is not None:
            continue
        elif n == 0:
            if _secretary_job(piece):
                entry.role = ParticipantRole.SECRETARY  # "Sekretær for rådet", "Referent"
            at_place = _JOB_AT_PLACE.match(piece[0].lower() + piece[1:])
            if at_place and _is_job_title(at_place.group("job")):
                entry.organization = at_place.group("org")
        elif piece[:1].isupper() and not looks_like_name(piece):
            entry.organization = piece


# Where a "Stilling" cell's parts meet: a comma, or a slash with spaces as a "Stilling /
# kommune" column writes the job over whom the person works for ("Kommunedirektør /"
# over "Frøya kommune"; "IKT-leder/IKT Nordkyst" with no spaces may be one job's name).
_JOB_PIECES = lazy_regex(r",|\s/\s")


def _secretary_job(piece: str) -> bool:
    """Whether a job names the body's secretary ("Sekretær for rådet", "utvalgssekretær",
    "Referent"), whatever it serves after "for"/"i"/"ved"."""
    job = _JOB_OF.split(piece, 1)[0].casefold()
    return job.endswith("sekretær") or role_of(job) is ParticipantRole.SECRETARY


def _place_then_name(place: str) -> tuple[str, str] | None:
    """The place and the person's name when a seat's place runs on into a name
    ("Nordby Jon Berg" after "ordfører i"), as a list without a comma before the name
    writes it; None when the place does not end in a known first name and a surname."""
    words = place.split()
    for size in (3, 2):
        if len(words) > size and is_first_name(words[-size]) and \
                all(word[:1].isupper() for word in words[-size:]) and \
                looks_like_name(name := " ".join(words[-size:])):
            return " ".join(words[:-size]), name
    return None


# The units a municipality owns that a school owners' forum lists its people by ("rektor
# ved Vik skule", "styrer i Moen barnehage"): a workplace, not whom the person represents.
# (also the adult education centre a municipality runs: "rektor ved Moen voksenopplæring")
_OWNED_UNIT_ENDINGS = ("skole", "skule", "barnehage", "oppvekstsenter", "voksenopplæring",
                       "vaksenopplæring", "voksenopplæringen", "vaksenopplæringa")
# How the name of a municipality or county that owns them ends: "Ås kommune", "Ulvik herad".
_OWNER_ENDINGS = (" kommune", " herad", " fylkeskommune")
# The owner named by the place alone after the unit: "rektor ved Moen skole, Hvaler", a
# municipality's name of one or two capitalised words ("Nord-Aurdal", "Østre Toten").
_BARE_OWNER = lazy_regex(r"[A-ZÆØÅ][a-zæøå]+(?:-[A-ZÆØÅ][a-zæøå]+)?(?:\s[A-ZÆØÅ][a-zæøå]+)?")


def _school_of_owner(place: str, organization: str | None,
                     pieces: list[tuple[str, str | None, bool]], index: int) -> bool:
    """Whether a job's place is a school or kindergarten whose owner the list names as
    whom the person represents: the group's municipality ("Tysnes kommune: Eva Li, rektor
    ved Tysnes skule") or the next piece ("Eva Li, rektor ved Flå skole, Flå kommune").
    In a network of school owners the principal sits for the municipality."""
    if not place.casefold().endswith(_OWNED_UNIT_ENDINGS):
        return False
    owner = pieces[index + 1][0] if index + 1 < len(pieces) else organization
    if not owner:
        return False
    owner = owner.strip(" .")
    # (or the municipality by its name alone, after a unit it runs: "rektor ved Rådhusgata
    # voksenopplæring, Hvaler"; not a county's upper secondary school, nor the next
    # person of a comma list: "rektor ved Moen skole, Per Dahl")
    return owner.endswith(_OWNER_ENDINGS) or (
        index + 1 < len(pieces) and "videregå" not in place.casefold() and
        _BARE_OWNER.fullmatch(owner) is not None and
        not is_first_name(owner.split()[0].partition("-")[0]) and
        not owner.casefold().endswith(_OWNED_UNIT_ENDINGS))


def _bare_owner_after(pieces: list[tuple[str, str | None, bool]], index: int) -> str | None:
    """The municipality's name alone in the piece after a unit it runs ("…, rektor ved
    Moen skole, Hvaler"), which ``_school_of_owner`` took as its owner; None when the next
    piece is none or names the owner with its "kommune" (read as any organisation)."""
    if index + 1 >= len(pieces):
        return None
    owner = pieces[index + 1][0].strip(" .")
    return None if not owner or owner.endswith(_OWNER_ENDINGS) else owner


def _staff_role(entry: Entry, job: str) -> None:
    """The guest's role an administration title gives a listed member ("Lise Moe,
    kommunedirektør i Nordby"), as the title alone does ("Lise Moe, kommunedirektør")."""
    if ROLE_WORDS.get(job.casefold()) is ParticipantRole.GUEST and \
            entry.role in (None, ParticipantRole.MEMBER):
        entry.role = ParticipantRole.GUEST


def _party_then_job(paren: str) -> str | None:
    """The job held at a place after a party in one bracket ("Sp, ordfører i Nordby",
    "Ap, varaordførar i Sørby"), as "(Sp), ordfører i Nordby" is read; else None."""
    party, job = (part.strip() for part in paren.split(",", 1))
    at_place = _JOB_AT_PLACE.match(job) if is_party(party) else None
    return job if at_place and _is_job_title(at_place.group("job")) else None


def _party_then_place(paren: str) -> str | None:
    """The county or municipality a politician represents after the party in one bracket
    ("Sp, Innlandet", "KrF, Vestfold og Telemark", "H, Viken"): the place, as "(Sp,
    ordfører i Nordby)" gives it, the party aside; else None. The party must be a known
    one ("Oslo" is no party, though short), the place capitalised and no party or job."""
    party, _, place = (part.strip() for part in paren.partition(","))
    if not _known_party(party) or not place[:1].isupper() or "," in place or \
            _known_party(place) or _is_job_title(place) or role_of(place):
        return None
    return place


def _known_party(text: str) -> bool:
    """A party's short name that is no place's ("Sp", "KrF", "H"), unlike ``is_party``,
    which takes any short capitalised word ("Oslo")."""
    return text.upper() in PARTY_CAPITALS or (len(text) == 1 and text.isupper())


def _job_at_place(entry: Entry, paren: str) -> None:
    """A job and where it is held in a person's brackets ("(kommunedirektør i Nordby)",
    "(rådgiver ved Sørby skole)"): the place is whom they represent, the job may make
    them staff; the party or the group's organisation given before stays."""
    if paren.startswith(_JOB_ABBREVIATION_OPENINGS) and \
            (short := _SHORT_JOB_AT_PLACE.match(paren)):
        # "(KO i Time)": the kommuneoverlege's capitals, read as "(KO Time)" is
        entry.organization = entry.organization or short.group("org")
        return
    at_place = _JOB_AT_PLACE.match(paren)
    if at_place is None or not _is_job_title(job := at_place.group("job")):
        return
    if entry.organization is None or is_party(entry.organization):
        entry.organization = at_place.group("org")
    _staff_role(entry, job)


# Where the job is held, after the job: "Sekretær for rådet", "Rådgiver i Deloitte".
_JOB_OF = lazy_regex(r"\s+(?:for|i|ved)\s+")


def is_secretariat(org: str) -> bool:
    """Whether whom a person represents is the body's secretariat ("Sekretariatet",
    "Sekretariat for kontrollutvalet", "Kontrollutvalgssekretariatet")."""
    first = org.split()[0].casefold()
    return first.startswith("sekretariat") or (" " not in org and
                                               first.endswith(("sekretariatet", "sekretariat")))


# The definite nouns of bodies a person may come from, written small as one word
# ("villreinutvalet", "kontrollutvalget", "ungdomsrådet"): ``BODY_WORD_ENDINGS``.


def _body_by_noun(text: str) -> bool:
    """Whether a small piece is one word naming a body by its definite noun ("Mette Lie,
    villreinutvalet (observatør)"): whom she comes from, no job before her seat."""
    return " " not in text and text.endswith(BODY_WORD_ENDINGS) and not _is_job_title(text)


def _small_words(text: str) -> bool:
    """One to three words all written small ("fagansvarlig", "daglig leder"): a job or a
    seat, never a name or a place. A school's grade may stand among them as a number
    ("foreldrerepresentant 7. trinn", "kontaktlærer for 1.–4. trinn"): a seat still."""
    words = text.split()
    if not words or not words[0][:1].islower():
        return False
    small = [w for w in words if not (w[:1].isdigit() and _GRADE.fullmatch(w))]
    return 0 < len(small) <= 3 and all(w[:1].islower() for w in small)


# A school grade or a range of them written as numbers: "7.", "10", "1.–4.", "5-7".
_GRADE = lazy_regex(r"\d{1,2}\.?(?:[–-]\d{1,2}\.?)?")


# Who holds a job for a while or stands in: "assisterende kommunedirektør", "kst. rådmann"
# (also "konst."), "fungerende daglig leder" (the job after it is the title).
ACTING_JOB = lazy_regex(rf"^{_ACTING}\s*(?=[a-zæøå])")  # the acting word before a job
# A job right after a name ("Jens Bakke, kommunalsjef helse", "Liv Sand (kst. rådmann)"),
# unless a name follows it (see ``administration_named``).
_JOB_AFTER = lazy_regex(rf"\s*(?:,|\(|–|-)\s*(?:{ACTING_JOB.pattern[1:]})?"
                        r"(?P<job>[a-zæøå][\wæøå-]+)"
                        r"(?!\s+[A-ZÆØÅ][a-zæøå]+\s+[A-ZÆØÅ])")


# An English chief's initials as a job: "CISO" (information security), "CTO", "CDO".
_CHIEF_INITIALS = lazy_regex(r"C[A-Z]{1,3}O\b")


def _is_job_title(text: str) -> bool:
    """A lower-case job title on its own ("fylkesordfører", "rådgiver", "kommunalsjef"),
    also held for a while ("kst. kommunedirektør")."""
    if text[:1] in "akf":
        text = ACTING_JOB.sub("", text)
    words = text.split()
    # (the pattern needs a hyphen: most words, names and titles alike, skip it)
    if words and len(words) <= 2 and "-" in words[0] and _ACRONYM_TITLE.match(words[0]):
        # "PP-leder", "IT-rådgiver": a job, not the meeting's leader
        return is_whole_job_title(words[0].split("-", 1)[1])
    if text.casefold() in _JOB_TITLE_WORDS:
        return True  # "daglig leder": a job, though "leder" alone is the meeting's chair
    if text[:1] == "C" and _CHIEF_INITIALS.fullmatch(text):
        return True  # "CISO", "CTO": an English chief's initials, a job in capitals
    if not words or not all(w[:1].islower() for w in words):
        return False
    if len(words) <= 2:
        return role_of(text) is None and (is_whole_job_title(words[0]) or
                                              is_whole_job_title(text) or
                                              _qualified_job(words))
    return _job_with_field(words)


# The endings of an adjective that says which kind of a job one has ("psykiatrisk",
# "klinisk", "juridisk", "kommunal", "faglig", "fagleg").
_JOB_ADJECTIVE_ENDINGS = ("isk", "al", "lig", "leg")


def _qualified_job(words: list[str]) -> bool:
    """Whether two lower-case words are a job after the adjective that says its kind
    ("psykiatrisk sjukepleiar", "klinisk psykolog", "juridisk rådgiver"): a job as the
    noun alone is, never whom the person represents."""
    return len(words) == 2 and words[0].endswith(_JOB_ADJECTIVE_ENDINGS) and \
        is_whole_job_title(words[1])


def _job_with_field(words: list[str]) -> bool:
    """Whether lower-case words are a job then its field ("fylkesdirektør for samferdsel",
    "rådgiver regional utvikling"): a title no meeting role names ("leder for …" may be the
    chair's), then at most three words; a job however long, never an organisation."""
    return len(words) <= 4 and role_of(words[0]) in (None, ParticipantRole.GUEST) and \
        is_whole_job_title(words[0])


# The day a signature or a writer's line ends in, in figures or with the month's name:
# "9. juni 2026", "09.06.2026", "6.6.26" (``_DAY_AT_END``, ``_WRITTEN_DAY_TAIL``).
_SIGNED_DAY = (r"\d{1,2}\.\s?(?:\d{1,2}\.\s?(?:\d{4}|\d{2})|(?:" + "|".join(MONTH_NAMES) +
               r")\s+\d{4})$")
# The day a signature ends in after a comma: ", 9. juni 2026", ", 09.06.2026".
_DAY_AT_END = lazy_regex(r",\s*" + _SIGNED_DAY, re.I)


def signed_organization(rest: str, alone: bool = False) -> str | None:
    """Whom the one signing the minutes writes for, as the signature says after the name
    (", Vestdal regionråd", " (Vestdal kommune)", " / rådgiver, Vestdal kommune", ",
    rådgiver i Vestdal kommune"), or None for a date, a job alone or anything else.

    ``alone``: the words stand on a line of their own under the name, where a line of
    any other kind may follow; they must then name an organisation by its words.
    """
    rest = rest.strip()
    rest = rest[1:-1] if rest[:1] == "(" and rest[-1:] == ")" else rest.lstrip(",/–- ")
    rest = rest.strip().rstrip(" .")
    if "," in rest and rest[-1:].isdigit() and (dated := _DAY_AT_END.search(rest)) is not None:
        rest = rest[:dated.start()].rstrip()  # ", Nordby kommune, 9. juni 2026": the day signed
    if not rest or any(c.isdigit() for c in rest) or "(" in rest or ":" in rest:
        return None
    parts = [part.strip() for part in rest.split(",")]
    if len(parts) == 2 and (_is_job_title(parts[0]) or role_of(parts[0])):
        parts = parts[1:]  # "rådgiver, Vestdal kommune": her job, then whom she writes for
    if len(parts) != 1:
        return None
    org = parts[0]
    if (at := _JOB_AT_PLACE.match(org)) and (_is_job_title(at.group("job"))
                                             or role_of(at.group("job"))):
        org = at.group("org")  # "rådgiver i Vestdal kommune"
    elif org[:1].islower() and (titled := _TITLE_BEFORE_ORG.match(org)):
        org = org[titled.end():]  # "daglig leder ROR": her job, then whom she writes for
    if org.casefold() in _SECRETARIAT:
        return org
    if not org[:1].isupper() or len(org.split()) > 5 or looks_like_name(org) or \
            is_role_word(org) or (alone and not (_ORG_HINT.search(org) or
                                                 _ACRONYM.fullmatch(org))):
        return None
    return org


def _person_from(text: str) -> tuple[str, str, str | None] | None:
    """(name, organisation, note) of "Berit Aune fra Storvik kommune", "Kari Holm/Asker"
    or "Frode Lie / Kongsberg kommune under sak 056/13" (a note when they came for part)."""
    # (the pattern needs "fra", "frå" or "/": most names in a list have none)
    if "fr" not in text and "/" not in text:
        return None
    if text[:1].islower() and (lead := _LOWER_LEAD.match(text)) is not None:
        text = text[lead.end():]  # "forretningsfører Heidi Sæle fra OBOS": her job first
    found = _FROM_ORG.match(text)
    if not found:
        return None
    name, org, note = tidy_name(found.group("name")), found.group("org").strip(), None
    if (partial := _PARTIAL_TAIL.search(org)) and partial.start() > 0:
        org, note = org[:partial.start()].rstrip(" ,"), org[partial.start():].strip()
        head, _, verb = org.rpartition(" ")
        if head and verb in PRESENTED_ITEM:
            # "Ingvild Berg fra DFØ orienterte under sak 3": the presenter's verb ends
            # the organisation and opens the note
            org, note = head, f"{verb} {note}"
    if not looks_like_name(name) or looks_like_name(org) or _PARTIAL.search(org):
        return None
    return name, org, note


def _named_for(text: str) -> tuple[str, str] | None:
    """(name, organisation) of a cell naming a person with whom they represent:
    "NAV v/ Ola Dale", "Ola Dale v/ NAV", "Kari Holm/Asker"."""
    if "v/" in text and (behalf := _on_behalf(text)) is not None:
        return behalf
    person = _person_from(text)
    return (person[0], person[1]) if person and person[2] is None else None


def _on_behalf(text: str) -> tuple[str, str] | None:
    """(name, organisation) around "v/" or "ved": "Vestdal kommune v/ Kari Nes" names the
    person after it, "Kari Nes v/ Helse Vest" (a known first name first) the one before
    it. "ved" between two names ("Kari Nes ved Per Bø") is no such pair."""
    represented = _ON_BEHALF.match(text)
    if represented:
        org, name = represented.group("org"), represented.group("name")
        if looks_like_name(org) and is_first_name(org.split()[0]) and \
                not is_first_name(name.split()[0]):
            return org, name  # "Anne Lie v/ Helse Vest"
        if looks_like_name(name) and ("v/" in text or not looks_like_name(org)):
            return name, org
    at = _AT_ORG.match(text)
    if at and looks_like_name(at.group("name")) and not looks_like_name(at.group("org")):
        return at.group("name"), at.group("org")  # "Ola Dale v/NAV"
    return None


# An organisation whose name has an "og" in it before "v/" and its person ("Nordby brann og
# redning v/ Liv Holm"): "head" is the part before the "og".
_OG_ORG_ON_BEHALF = lazy_regex(r"^(?P<org>(?P<head>[A-ZÆØÅ][^,;()/]*?)\s+og\s+[^,;()/]*?)\s+v/\s*"
                               r"(?P<rest>[A-ZÆØÅ][^,;/]*)$")


# "Ola Dale v/ NAV": the person first, then where they work.
_AT_ORG = lazy_regex(r"^(?P<name>[A-ZÆØÅ][\w-]+(?:\s+[A-ZÆØÅ][\w-]+){1,3})\s+v/\s*"
                     r"(?P<org>[A-ZÆØÅ][^,;()]*)$")


# Where a note on part of the meeting starts after an organisation ("… kommune under sak 3",
# "… regionråd i deler av møtet", "… kommune, delvis").
# A talk's word before "ved"/"v/" ("Innledning ved Husbanken v/ …"): a line that names a
# presenter, not one of the body's list (read as a presenter's line elsewhere).
_TALK_LEADS = ("innledning", "innleiing", "presentasjon", "orientering", "foredrag", "innlegg")
# A visit's words before the organisation that came ("Besøk av Innlandet fylkeskommune v/
# fylkesordfører X"): no part of its name.
_VISIT_LEAD = lazy_regex(r"Besøk\s+(?:av|fra|frå)\s+")
# (a case of the body's own series too: "… under RR-sak 4/25", "… fra AU-sak 7/25")
_PARTIAL_TAIL = lazy_regex(r"[\s,]+(?:(?:under|i|fra|frå|til|etter)\s+(?:(?:[A-ZÆØÅ]{1,3}-)?"
                           r"(?:sak|saka|saker)|kl\.?)\s|"
                           r"(?:i\s+)?(?:deler|del)\s+av\s+(?:møtet|dagen)|delvis\b)")


# An organisation's two people or more after "v/" and one bracket that ends the line:
# "Eikvåg kommune v/ planleder Jorunn Salvesen og arealplanlegger Martin Berge (sak 6/27)".
_PAIR_ON_BEHALF_FOR_CASE = lazy_regex(r"^(?P<head>[A-ZÆØÅ][^()]*?\sv/[^()]*?\sog\s[^()]+?)"
                                      r"\s*\((?P<note>(?:sak|saka|saker)\s+[^()]+)\)$", re.I)


# An organisation, its unit in small letters after a comma, then "v/" and its people:
# "Sørlandsfjord fylkeskommune, kulturarv v/ Tone Fjeld".
_ORG_UNIT_ON_BEHALF = lazy_regex(r"^(?P<org>[A-ZÆØÅ][^,;()/:]*?),\s+"
                                 r"(?P<unit>[a-zæøå][^,;()/:]{2,40}?)"
                                 r"\s+v/\s*(?P<rest>[^,;]+)$")


# A dash before words in small letters: "Bane NOR v/ Silje Lie – deltok bare under sak 2".
_DASH_THEN_SMALL = lazy_regex(r"\s[–-]\s+(?=[a-zæøå])")


# A job set off before what the note says of attendance: "ordfører – gikk kl. 12".
_JOB_THEN_NOTE = lazy_regex(r"^(?P<job>[a-zæøå][\w-]*)\s*(?:[–—-]|,)\s+(?P<rest>.+)$")


def _job_before_name(piece: str) -> bool:
    """Whether a list piece opens with a person's own job of one or two words before her
    name ("daglig leder Ola Vik", "revisor Kari Li fra Revisjon Øst IKS"): two such pieces
    joined by "og" are two people described each on their own."""
    words = piece.split(" fra ", 1)[0].split(" frå ", 1)[0].split()
    for cut in (1, 2):
        if len(words) > cut + 1 and words[cut][:1].isupper() and \
                (_is_job_title(job := " ".join(words[:cut]).casefold()) or
                 (cut == 1 and _is_lone_job(job))):
            return looks_like_name(" ".join(words[cut:]))
    return False


def _job_then_name(text: str) -> bool:
    """Whether a piece in lower case opens with a job before a person's name ("kultursjef
    Ole Dahl under sak 2"): a person of their own, not a note on the one before."""
    found = _JOB_THEN_NAME.match(text)
    return found is not None and looks_like_name(found.group("name"))


# A job in lower case, then a name of two or more capitalised words.
_JOB_THEN_NAME = lazy_regex(r"^[a-zæøå][\w-]*\s+(?P<name>[A-ZÆØÅ][\w-]+(?:\s+[A-ZÆØÅ][\w-]+)+)")


def _is_lone_job(word: str) -> bool:
    """A one-word job title or seat ("ordfører", "rådmann", "nestleder"): said of the
    person, but no words on attendance."""
    return is_whole_job_title(word) or is_role_word(word)


# A presenter's or guest's word before the items they came for: "innleder sak 2",
# "innleiar sak 3", "foredragsholder sak 4", "gjest sak 5/26".
_GUEST_BEFORE_CASES = lazy_regex(r"(?:innleder|innleiar|foredragsholder|foredragshaldar|"
                                 r"gjest|observatør)\s")


# A note in an absence list that limits the absence to some items, so the person was there
# for the rest: "deltok ikke under sakene 3/26-4/26", "var ikkje til stades i sak 12",
# "møtte ikke under behandlingen av sak 5".
_AWAY_FOR_ITEMS = lazy_regex(r"(?:deltok|deltek|møtte|var)\s+(?:ikke|ikkje)\s+"
                             r"(?:til\s+(?:stede|stades)\s+)?(?:under|i|ved)\s+"
                             r"(?:behandlingen\s+av\s+|handsaminga\s+av\s+)?"
                             r"(?:sak|saka|saker|sakene|sakane|styresak\w*)\b")


# A note that says the person never got into the meeting: "kom ikkje inn på Teams på grunn
# av nettproblem", "fikk ikke koblet seg på", "klarte ikke å logge seg inn" (a digital
# meeting's way of being away).
_NEVER_JOINED = lazy_regex(r"(?:kom|deltok|deltek|møtte)\s+(?:ikke|ikkje)\b|"
                           r"(?:fikk|fekk|klarte|greidde|greide)\s+(?:ikke|ikkje)\s+(?:å\s+)?"
                           r"(?:kobl|kopl|kobla|kopla|logg)\w*\s+seg\s+(?:på|inn|opp)\b", re.I)


def _never_joined(note: str) -> re.Match[str] | None:
    """Whether an attendance note says the person was not there at all: it starts with a
    negated "came" or "got connected" ("kom ikkje inn på Teams …"), and what follows
    limits it to no time or item ("kom ikke før kl. 11", "deltok ikke under sak 4" are a
    partial presence, read by ``_PARTIAL``)."""
    found = _NEVER_JOINED.match(note)
    return None if found is None or _PARTIAL.search(note, found.end()) else found


# A leave said alone, with no item or hour: "permisjon", "i permisjon" (a member on leave,
# away from the meeting); (s75l) its kinds a secretary writes as one word
# ("foreldrepermisjon", "sykepermisjon", "utdanningspermisjon") and its short form "perm."
# too, and a sickness said alone ("syk", "sjuk", "sykemeldt", "sjukmeld", "sykdom").
_ON_LEAVE = lazy_regex(r"(?:(?:i|har|er|på)\s+)?(?:[a-zæøå]*permisjon|perm|"
                       r"(?:syk|sjuk)(?:dom|e?meldt?)?|ferie|kurs|(?:tjeneste|jobb)?reise|"
                       r"bortreist|ann(?:et|a)\s+møte|andre\s+møter)", re.I)


def _seat_after_note(paren: str) -> str | None:
    """Whose seat the bracket after a note on when names ("…, fra sak 2 (Kari Holm)", "(for
    Kari Holm)", "(vara for Kari Holm)"): the member the person stood in for, written
    out as a name of two or three capitalised words and no organisation; else None."""
    paren = paren.strip(" .")
    if paren[:1].islower():
        return substituted_for(paren) if "for " in paren else None
    words = paren.split()
    return paren if 2 <= len(words) <= 3 and all(w[:1].isupper() for w in words) and \
        looks_like_name(paren) and not names_organisation(paren) else None


def _org_after_note(entry: Entry, paren: str, organization: str | None) -> bool:
    """Whether the bracket after a note on when ("…, fra sak 2 (Nordby kommune)") names
    the organisation the person before represents, in capitals and by its kind, where the
    list gave her none: her organisation, as before the note. (s76l) A place alone
    ("…, fra sak 2 (Nord Fron)") is whom she represents too, as "Sara Tesfay (Nord Fron)"
    reads: not a channel ("(Teams)"), nor a first name or a person's name (whose seat)."""
    return paren[:1].isupper() and entry.organization in (None, organization) and \
        (names_organisation(paren) or
         (_place_alone(place := paren.strip(" .")) and not _PRESENT_NOTE.search(place) and
          not (" " not in place and is_first_name(place)))) and \
        not looks_like_name(paren) and not is_role_word(paren)


# Only the items one was there for, none from or after: "sak 15/26 og 16/26", "under sak
# 3", "sakene 4 og 5", "12/26".
_ITEMS_ONLY = lazy_regex(r"(?:(?:under|i)\s+)?(?:(?:sak|saka|saker|sakene|sakane)\s*)?"
                         r"\d{1,3}(?:/\d{2,4})?(?:\s*(?:,|og)\s*\d{1,3}(?:/\d{2,4})?)*", re.I)
_ITEMS_FIRST = frozenset("uUiIsS0123456789")


def _staff_title_before(text: str, name: str) -> bool:
    """Whether a job title of the administration is written before the name ("barnevernleder
    Kristin Vold", "Økonomisjef Tone Hansen"): no seat on the body ("leder", "medlem"),
    nor a mayor's."""
    title = text[:text.rfind(name)].strip(" ,").casefold() if name in text else ""
    return bool(title) and title not in MAYOR_SEATS and title[:4] != "vara" and \
        _is_job_title(title) and role_of(title) not in (ParticipantRole.CHAIR,
                                                         ParticipantRole.SECRETARY,
                                                         ParticipantRole.MEMBER)


def _on_leave(paren: str) -> bool:
    """Whether a bracket says alone that the person was on leave or sick ("permisjon",
    "foreldrepermisjon", "perm.", "sykemeldt", "syk"), or elsewhere for a reason the
    absence lists give ("ferie", "på kurs", "reise", "annet møte"): away from the
    meeting. The gate asks the lowered text, as the pattern ignores case ("(Permisjon)",
    "(Sykemeldt)", "(Ferie)")."""
    low = paren.lower()
    return ("perm" in low or "syk" in low or "sjuk" in low or "ferie" in low or
            "kurs" in low or "reis" in low or "møte" in low) and \
        _ON_LEAVE.fullmatch(paren.strip(" .")) is not None


def _apply_note(entry: Entry, note: str) -> None:
    """Attach an attendance note; partial presence makes the attendance partial (a dash
    that set it off is not part of it: "Siv Moe (SV) – gjekk etter sak 5")."""
    written, note = note, note.strip(" .,;()").lstrip("–—- ")
    if "(" in note and note.count("(") > note.count(")"):
        note += ")"  # "kom kl. 11.15 (frå sak 3)": a bracket inside the note keeps its end
    came = note
    if ", " in note and note[:1].islower() and _on_leave(note.partition(", ")[0]):
        came = note.partition(", ")[2]  # "Forfall: Eva Nes (på kurs, kom kl. 11)": why,
        # then when she came after all; the note is both
    if note and entry.attendance is Attendance.ABSENT and _CAME_AFTER_ALL.match(came) and \
            "ikk" not in note:
        entry.attendance, entry.note = Attendance.PARTIAL, note  # "Forfall: Ola Berg (kom
        return  # likevel kl. 11.00)": away at first, there for the rest
    if note and entry.attendance is Attendance.ABSENT and note[:1].islower() and \
            _AWAY_FOR_ITEMS.match(note):
        entry.attendance, entry.note = Attendance.PARTIAL, note  # "Forfall: Eirik Øverby
        return  # deltok ikke under sakene 3/26-4/26": away for those items, there for the rest
    if note and entry.note is None and _reason_part(note, entry.attendance):
        entry.note = note  # "Siri Tveit, Nordby kommune – jobbreise": why she was away
        return
    if not note or entry.attendance is Attendance.ABSENT or (
            ("alle" in note or "møtet" in note) and _ALL_ITEMS.fullmatch(note)):
        return  # "Kari Nes, FTD, alle saker": there throughout, the words repeat "present"
    if _on_leave(note):
        # (s75a) "Til stede: … Per Dahl (permisjon), …": on leave, away as "Forfall: Per
        # Dahl (permisjon)" and a "Permisjon:" label say, with the words as the note; leave
        # from an item or an hour ("permisjon fra sak 5", "fikk permisjon kl. 14") is partial
        # (s75l) so too "(foreldrepermisjon)", "(perm.)" (its stop kept, as written) and a
        # sickness alone, "(sykemeldt)", "(syk)": the member was away
        entry.attendance = Attendance.ABSENT
        entry.note = f"{note}." if note[-4:].casefold() == "perm" and \
            f"{note}." in written else note
        return
    if "ikk" in note and (never := _never_joined(note)):
        # "… kom ikkje inn på Teams": away, the words a note; "deltok ikke" alone only
        # repeats the category
        entry.attendance = Attendance.ABSENT
        entry.note = note if never.end() < len(note) else None
        return
    if note[:1].islower() and (job := _JOB_THEN_NOTE.match(note)) and \
            _is_lone_job(job.group("job")) and _PARTIAL.search(job.group("rest")):
        note = job.group("rest")  # "Per Dahl, Sørby kommune, ordfører – gikk kl. 12"
        seat = role_of(job.group("job"))  # "leder – fra sak 2": she chaired
        if seat and not (seat is ParticipantRole.GUEST and entry.role in MEETING_ROLES):
            entry.role = seat
    if note[:1].isupper() and ", " in note and entry.organization and \
            _GUEST_BEFORE_CASES.match(last := note.rpartition(", ")[2]) and \
            (_PARTIAL.search(last) or _CASES_NOTE.match(last.split(" ", 1)[1])):
        # "(Nordlandssykehuset HF, Lærings- og mestringssenteret, innleder sak 3)": the
        # unit of whom she represents, then why she came
        entry.organization = f"{entry.organization}, {note.rpartition(', ')[0]}"
        note = last
    if note[:1].islower() and " " in note and entry.role not in MEETING_ROLES and \
            _GUEST_BEFORE_CASES.match(note) and (_PARTIAL.search(rest := note.split(" ", 1)[1])
                                                 or _CASES_NOTE.match(rest)):
        entry.role = ParticipantRole.GUEST  # "(Visma, innleder sak 2)": there to present
    elif note.startswith(PRESENTED_ITEM) and entry.role not in MEETING_ROLES:
        # "NAV Arbeidslivssenter: Eivind Rui – orienterte under punkt 2": one on the list
        # who came to present an item, a guest as a presenter is (``_PARTIAL_SENTENCE``)
        entry.role = ParticipantRole.GUEST
    if _PARTIAL.search(note) or _CASES_NOTE.match(note):
        entry.attendance = Attendance.PARTIAL
        # a deputy there for part of the meeting keeps whose seat: "for Kari Fjeld, fra
        # sak 14/26"
        seat = entry.note if entry.note and note.lower().startswith(("fra ", "frå ", "til ",
                                                                     "etter ", "under ")) and \
            substituted_for(entry.note) else None
        # and one there from afar keeps how: "Per Dal (Teams) deltok fra sak 3"
        seat = seat or _remote_note(entry.note, note) or _came_then_from(entry.note, note)
        entry.note = f"{seat}, {note}" if seat else note
    elif absent := substituted_for(note) or seat_surname(note):
        entry.note = f"for {absent}"  # "(møtte for Y)", "(vara for Y)": the guide's "for Y"
        # (a surname alone, "vara for Hansen", is named in full by ``seat_substitutes``)
    elif "," in note and (absent := substituted_for(note.split(",")[0])):
        entry.note = f"for {absent}"  # "(for Siri Moe, Tynset)": the place is the seat's
        place = note.split(",", 1)[1].strip()
        if entry.organization is None and place[:1].isupper() and len(place.split()) <= 4:
            entry.organization = place
    elif "," in note and _is_lone_job(note.split(",", 1)[0].strip()) and \
            (absent := substituted_for(note.split(",", 1)[1].strip())):
        entry.note = f"for {absent}"  # "Varaordfører, møtte for Tove Haugland": her job,
        # then whose seat she took (a table's "Merknad" cell)
    elif _PRESENT_NOTE.search(note) or note.lower().startswith(("for ", "pva")) or \
            note.casefold() in _IN_ROOM_NOTES or ("med " in note and _WITH_HELPER.match(note)):
        # (how she took part, read after when: both, "digitalt, fra sak 3"; also with
        # whose help: "Møtte med tolk", as "per telefon" adds to "present")
        how = entry.attendance is Attendance.PARTIAL and _remote_note(note, entry.note)
        entry.note = f"{how}, {entry.note}" if how else note


def _came_then_from(earlier: str | None, later: str) -> str | None:
    """``earlier`` when it says when someone came by the clock and ``later``, the next
    clause of the same line, from which item ("Per Dal – kom kl. 10.40, frå sak 28/25"):
    one note in two clauses, as written, not the second alone; so too the other way
    round ("Liv Haug, frå sak 3, kom kl. 10.15")."""
    if earlier and later not in earlier and (
            (earlier[:4] in ("kom ", "kom,") and later.startswith(_FROM_ITEM_WORDS)) or
            (earlier.startswith(_FROM_ITEM_WORDS) and later[:4] in ("kom ", "kom,"))):
        return earlier
    return None


# The second clause's opening: "frå sak 3", also "til stades frå sak 3" ("Ola Strand –
# kom kl. 10.30, til stades frå sak 3").
_FROM_ITEM_WORDS = ("fra ", "frå ", "til stede fra ", "til stede frå ", "til stades frå ",
                    "til stades fra ")


def _remote_note(earlier: str | None, later: str | None) -> str | None:
    """``earlier`` when it says only how someone took part from afar ("Teams", "på
    Teams", "digitalt") and ``later`` says when (or ``later`` says it already): the two
    notes are one person's, and both are the document's words on attendance."""
    if not earlier or not later or earlier.casefold() in later.casefold():
        return None
    if _PARTIAL.search(earlier) or not _PRESENT_NOTE.search(earlier):
        return None
    return earlier if _PARTIAL.search(later) or _CASES_NOTE.match(later) else None




# The words a header's name column may hold ("navn", "deltakere", …): substrings of each
# key of ATTENDANCE_COLUMN_WORDS that means "name", for table_columns' first test.
_has_name_column_word = contains_any(tuple(word for word, meaning
                                           in ATTENDANCE_COLUMN_WORDS.items()
                                           if meaning == "name"))


def space_columns(text: str) -> list[str] | None:
    """Column meanings of a heading line whose cells lost their tabs: "Navn Funksjon Representerer".

    Protocols exported from case systems and copied out of a PDF keep the table heading
    as one line of words; it is recognised when every word (or word pair, "Møtte for")
    names a column and the first is the name.
    """
    tokens = text.casefold().split()
    meanings: list[str] = []
    i = 0
    while i < len(tokens):
        pair = " ".join(tokens[i:i + 2])
        if i + 1 < len(tokens) and pair in ATTENDANCE_COLUMN_WORDS:
            meanings.append(ATTENDANCE_COLUMN_WORDS[pair])
            i += 2
        elif tokens[i] in ATTENDANCE_COLUMN_WORDS:
            meanings.append(ATTENDANCE_COLUMN_WORDS[tokens[i]])
            i += 1
        else:
            return None
    if len(meanings) < 2 or meanings[0] != "name" or "name" in meanings[1:]:
        return None
    return meanings


def _role_length(words: list[str]) -> int:
    """How many words at the start are a role or job title ("Daglig leder", "Medlem")."""
    if len(words) >= 2 and " ".join(words[:2]).casefold() in ROLE_WORDS:
        return 2
    first = words[0].rstrip(",;") if words else ""  # "Kontrollsjef, Sekretariat for …"
    if first and (first.casefold() in ROLE_WORDS or is_whole_job_title(first)):
        return 1
    return 0


def _name_length(words: list[str], following: str | None, known: list[str]) -> int:
    """How many words at the start of a space-separated row are the person's name."""
    limit = min(4, len(words) - 1) if following else len(words)
    if following in {"role", "skip", "job"}:
        for cut in range(2, limit + 1):
            if _role_length(words[cut:]):
                return cut
    if following == "for":
        for cut in (2, 3):
            rest = " ".join(words[cut:]).casefold()
            if any(rest.startswith(name.casefold()) for name in known):
                return cut
    if following and len(words) >= 4 and words[2][:1].isupper() and \
            len(words) - 3 == 1 and words[3][:1].isupper():
        return 3  # "Tone Merete Sørli Tolga"
    return min(2, len(words))


def _known_length(words: list[str], known: list[str]) -> int:
    """How many words at the start are a name already listed (the longest), else 0: whom
    a substitute came for is as a rule on the absence list above ("Siri Hovda Terje Lunde
    Øystre Slidre" under "Navn Møtte for Representerer", with "Terje Lunde" absent)."""
    text = " ".join(words).casefold()
    size = 0
    for name in known:
        folded = name.casefold()
        if text.startswith(folded) and text[len(folded):len(folded) + 1] in {"", " "}:
            size = max(size, len(folded.split()))
    return size


def space_row_people(text: str, columns: list[str], role: ParticipantRole | None,
                     attendance: Attendance, known: list[str]) -> list[Entry]:
    """The person on one row under a heading found by ``space_columns``.

    The columns are told apart by what they hold: a role word ends the name, a known
    name is whom a substitute came for, the last column takes the rest of the line.
    """
    words = text.split()
    if len(words) < 2 or not words[0][:1].isupper():
        return []
    cut = _name_length(words, columns[1] if len(columns) > 1 else None, known)
    entry = Entry(name=tidy_name(" ".join(words[:cut])), role=role, attendance=attendance)
    if not looks_like_name(entry.name):
        return []
    rest = words[cut:]
    for n, meaning in enumerate(columns[1:], start=2):
        if not rest:
            break
        last = n == len(columns)
        if meaning == "role":
            size = len(rest) if last else (_role_length(rest) or 1)
            found = role_of(" ".join(rest[:size]))
            if found:
                entry.role = found
        elif meaning == "for":
            size = len(rest) if last else \
                (_known_length(rest, known) or _name_length(rest, "org", known))
            entry.note = f"for {' '.join(rest[:size])}"
        elif meaning == "org":
            size = len(rest) if last else 1
            entry.organization = " ".join(rest[:size])
        elif meaning == "job" and last:
            size = len(rest)
            _apply_job(entry, " ".join(rest))
        else:  # a job title or a remark: not part of the record
            size = len(rest) if last else (_role_length(rest) or 1)
        rest = rest[size:]
    if entry.organization and is_secretariat(entry.organization):
        entry.role = ParticipantRole.SECRETARY
    return [entry]


def _remark_past_heading(cells: tuple[str, ...], columns: dict[int, str]) -> str | None:
    """A cell past the heading's last column that says when the person was there ("Olav
    Kvåle | Medlem | AP | Møtte frå sak 23/25" under "Namn | Funksjon | Representerer"):
    the remark column the heading left unnamed; None when there is none."""
    if len(cells) <= max(columns) + 1:
        return None
    last = cells[-1].strip()
    return last if last and (_PARTIAL.search(last) or _CASES_NOTE.match(last)) else None


def presence_mark(cells: tuple[str, ...], columns: dict[int, str] | None) -> str | None:
    """What a row holds in its table's presence column ("x", "Forfall", "" when blank).

    None when the table has no such column. A blank last cell may have been cut off.
    """
    # (asked of every row: most tables have no such column, which a test in C tells)
    if not columns or "present" not in columns.values():
        return None
    index = next(i for i, meaning in columns.items() if meaning == "present")
    if index < len(cells):
        return _tick(cells[index])
    return "" if index == max(columns) else None


# Marks a presence or absence column is ticked with, as the "x" (ticked) or blank
# (not ticked) they mean: ballot boxes filled in or left empty, check marks, and a cross
# ("✗", "×") as the letter X that ticks a Norwegian form ("sett kryss").
# Minutes written in chat and note apps mark with emoji: a green check ("✅") came, a red
# cross ("❌") did not ("nei"), as a "Ja"/"Nei" column says it (the emoji's variation
# selector, U+FE0F, aside: "✔️" is "✔").
TICK_MARKS = {"☒": "x", "☑": "x", "☐": "", "✓": "x", "✔": "x", "√": "x", "✗": "x", "✘": "x",
          "×": "x", "✖": "x", "✅": "x", "❌": "nei",
          # a dash alone fills a cell that has nothing to say ("Eigarkommune: –" for the
          # employees' member), as an empty cell
          "-": "", "–": "", "—": ""}


def _tick(cell: str) -> str:
    """A table cell as read for its mark: "x" for a ticked box or a check mark, blank
    for an empty box, else the cell as written (stripped)."""
    cell = cell.strip()
    if cell[-1:] == "\ufe0f":
        cell = cell[:-1]  # "✔️", "☑️": the emoji form of the mark
    if (cell[:1] in _DASHES or cell[-1:] in _DASHES) and "/" in cell:
        cell = _EMPTY_SLOT.sub("", cell)  # "Kari Holm / –": a seat's pair, one side empty
    return TICK_MARKS.get(cell, cell)


_HEAD_PAREN = lazy_regex(r"\s*\([^)]*\)")  # "Til stede (x)"


# Column meanings whose heading words a row's cells hold as often ("Forfall", "Vara").
_ROW_WORDS = {"absent", "deputy"}


def table_columns(cells: tuple[str, ...]) -> dict[int, str] | None:
    """Column meanings from a header row ("Navn | Funksjon | Representerer"), or None."""
    # A header names its name column: a row none of whose cells holds such a word (most
    # rows, asked of each one) leaves after one substring test over all its cells. (Only
    # without a parenthesis: taking one out of a cell could join a word.)
    joined = "\n".join(cells)
    if "(" not in joined and not _has_name_column_word(joined.casefold()):
        return None
    # (the substitution only where a cell has a parenthesis: most cells have none)
    keys = [(_HEAD_PAREN.sub("", c) if "(" in c else c).strip().casefold().rstrip(":")
            for c in cells]
    keys = [_head_words(k) if "/" in k or "\n" in k or "  " in k else k for k in keys]
    if "-" in joined:
        keys = [_unhyphenated(k) if "-" in k else k for k in keys]  # "Eigar-kommune"
    if "/" in joined and "name" not in map(ATTENDANCE_COLUMN_WORDS.get, keys):
        keys = [_norwegian_half(k) if "/" in k else k for k in keys]  # "Namma/Navn"
        # "Navn / kommune": one column of cards, the name over whom she represents
        keys = [_NAME_COLUMN if "/" in k and _two_headings(k) == "name" else k for k in keys]
    if "name" not in map(ATTENDANCE_COLUMN_WORDS.get, keys):  # most rows are people, not a header
        return None
    if any(k not in ATTENDANCE_COLUMN_WORDS and looks_like_name(_cell_name(c))
           for k, c in zip(keys, cells, strict=True)):
        return None  # "Medlem | Hans Li | Møtt": a seat, a person and a mark make a row
    # ("Forfall" counts for nothing here: a row's mark cell holds it as often as a heading;
    # so does "Vara" or "Medlem", a row's role cell)
    if sum(ATTENDANCE_COLUMN_WORDS.get(k, "absent") not in _ROW_WORDS
           for k in keys if k) < 2 and any(looks_like_name(_cell_name(c)) for c in cells):
        return None  # "Randi Fosse | Nesvåg kommune | Medlem" is a row, not a header (so is
        # "Medlem | Kari Holm (gjekk etter sak 5)" and "Medlem | Per Lie, vara for Tor Aas")
    columns = {i: ATTENDANCE_COLUMN_WORDS.get(k) or _two_headings(k) or _scoped_role(k)
               or _item_column(k, cells[i])
               for i, k in enumerate(keys)}
    if "status" in keys:
        _status_column(columns, keys.index("status"))
    return columns


def _unhyphenated(key: str) -> str:
    """A heading the writer split with a hyphen ("Eigar-kommune", "Eier-kommune") as the
    vocabulary spells it in one word; other headings as they are ("e-post")."""
    if key in ATTENDANCE_COLUMN_WORDS:
        return key
    joined = key.replace("-", "")
    return joined if joined in ATTENDANCE_COLUMN_WORDS else key


def _head_words(key: str) -> str:
    """A header cell's words as the vocabulary spells them: a line break a narrow column
    put in ("Kommune /" over "organisasjon") or spaces around a slash ("Kommune /
    organisasjon") read as "kommune/organisasjon"."""
    return _SLASH_SPACED.sub("/", " ".join(key.split()))


_SLASH_SPACED = lazy_regex(r"\s*/\s*")


# The key a heading of a name column is read as when it names more than the name.
_NAME_COLUMN = "navn"


def _two_headings(key: str) -> str | None:
    """The meaning of a heading that joins two of the vocabulary's headings across a
    slash ("Kommune / funksjon", "Virksomhet/stilling"): one column that holds either,
    read as its first heading says (the writer's first word for what the cells hold), as
    a header's "Kommune / region" is one column of places. None unless both halves are
    headings of their own."""
    if "/" not in key:
        return None
    halves = key.split("/")
    if len(halves) != 2 or halves[1] not in ATTENDANCE_COLUMN_WORDS:
        return None
    return ATTENDANCE_COLUMN_WORDS.get(halves[0])


def _norwegian_half(key: str) -> str:
    """A heading written in two languages across a slash, as minutes in Sápmi head their
    tables ("Namma/Navn", "Ovddasta/Representerer", "Rolla/Rolle"): the half that is a
    heading of the vocabulary, when exactly one is ("kommune/region" is one heading)."""
    if key in ATTENDANCE_COLUMN_WORDS:
        return key
    known = [half for half in key.split("/") if half in ATTENDANCE_COLUMN_WORDS]
    return known[0] if len(known) == 1 else key


def _cell_name(cell: str) -> str:
    """A cell's text before a note in brackets or after a comma ("Kari Holm (frå sak 3)",
    "Per Lie, vara for Tor Aas"), or before whose seat she took ("Kari Fosse møtte for
    Per Dal", "Jon Li for Tor Aas"): the name, when the cell holds a person. A name
    written surname first ("Holm, Kari", "Utsi, Elle Márjá") is the whole name, read in
    the usual order."""
    name = re.split(r"[(,]", cell, maxsplit=1)[0].strip()
    if ", " in cell and (plain := uninverted(cell.split("(", 1)[0], one_person=True)) is not None:
        return plain
    if " for " in name or " pva " in name or " møtte" in name:
        name = _CELL_SEAT_TAKEN.split(name, maxsplit=1)[0].strip()
    return name


# Where a deputy's words on whose seat she took begin in a seat table's name cell.
_CELL_SEAT_TAKEN = lazy_regex(r"[\s,]\s*(?:møtte\b|møtt\b|(?:som\s+)?vara\b|for\s|pva\s)")


def _status_column(columns: dict[int, str], index: int) -> None:
    """A "Status" column beside a person's seat or place ("Rolle | Kommune | Navn |
    Status") marks who came ("Møtt", "Forfall"); beside a name alone it may be a task's
    state ("Navn | Oppgave | Status"), which says nothing of attendance."""
    if "present" not in columns.values() and {"role", "org"} & set(columns.values()):
        columns[index] = "present"


def _scoped_role(key: str) -> str | None:
    """"role" for a role heading narrowed to the body or project the table is about
    ("Rolle i prosjektet", "Funksjon i styringsgruppa", "Verv i utvalget"): project
    groups head the column by the project, and its cells ("Prosjektleder", "Leder av
    styringsgruppen") are roles all the same. None for any other heading."""
    head, sep, _ = key.partition(" i ")
    return "role" if sep and ATTENDANCE_COLUMN_WORDS.get(head) == "role" else None


def _item_column(key: str, cell: str) -> str:
    """The meaning of a header cell no column word names: "item:Sak 1" for an item of a
    presence grid ("Navn | Sak 1 | Sak 2"), else "other"."""
    if key[:1] in "sp" and _ITEM_COLUMN.fullmatch(key):
        return f"item:{cell.strip()}"
    if key[:1].isdigit() and (day := _DAY_COLUMN.fullmatch(key)):
        return f"day:{int(day[1])}.{int(day[2])}"  # a yearly register's meeting day
    return "other"


# A yearly attendance register's column head: one meeting's day ("21.05", "21.5.26",
# "21.05.2026"), one column per meeting of the year.
_DAY_COLUMN = lazy_regex(r"(\d{1,2})\.(\d{1,2})\.?(?:\d{2}|\d{4})?")


def columns_for_day(columns: dict[int, str], day: str | None) -> dict[int, str]:
    """A yearly register's columns read for one meeting: the column headed by the
    meeting's own day (ISO ``day``) is its presence column; the other meetings' columns
    say nothing of this one ("Navn | Kommune | 22.01 | 19.03 | 21.05" for 21 May).

    Without a column of the meeting's day (or with a presence column of its own) every
    day column is read as a remark column, as before."""
    days = [i for i, meaning in columns.items() if meaning[:4] == "day:"]
    if not days:
        return columns  # (most tables: no day columns)
    own = f"day:{int(day[8:10])}.{int(day[5:7])}" if day and len(day) >= 10 else None
    marked = own is not None and own in columns.values() and \
        "present" not in columns.values()
    return {i: ("present" if marked and meaning == own else "other")
            if meaning[:4] == "day:" else meaning for i, meaning in columns.items()}


# A written round's cell for a member who gave no answer: "Ikke svart", "Ikkje svart".
_NO_ANSWER_MARKS = frozenset({"ikke svart", "ikkje svart", "ikke besvart", "ikkje svara",
                              "ingen svar", "ikke mottatt svar", "ikkje motteke svar"})


def columns_of_answers(columns: dict[int, str], lines: list[Line], at: int) -> dict[int, str]:
    """A written round's answer grid read for who answered: "Navn | Rolle | Sak 04/26 |
    Sak 05/26" whose cells are the members' votes ("Ja", "Nei") and "Ikke svart" for one
    who did not answer (the grid says so by such a cell, or by a heading over it that
    speaks of answers, "Svar fra styremedlemmene:"). A "Nei" there is a vote, given by a
    member who took part; only no answer is away: the item columns become "answer:"
    columns. Other tables (and a presence grid of "Ja" / "Nei") are kept as they are."""
    items = [i for i, meaning in columns.items() if meaning[:5] == "item:"]
    if not items:
        return columns  # (most tables: no item columns)
    answers = any("svar" in lines[j].lowered for j in range(max(0, at - 2), at)
                  if not lines[j].is_table)
    j = at + 1
    while not answers and j < len(lines) and lines[j].is_table:
        cells = lines[j].cells
        answers = any(i < len(cells) and cells[i].casefold().strip(" .") in _NO_ANSWER_MARKS
                      for i in items)
        j += 1
    if not answers:
        return columns
    return {i: f"answer:{meaning[5:]}" if meaning[:5] == "item:" else meaning
            for i, meaning in columns.items()}


def labelled_columns(cells: tuple[str, ...]) -> tuple[Label, dict[int, str]] | None:
    """A case system's table heading whose first cell is the list's own label, or None.

    Elements, ACOS and Public 360 print "Møtende medlemmer | Parti | Representerer",
    "Møtende varamedlemmer | Parti | For": the first column holds the names, and its
    heading says who they are (present, absent, deputies who came).
    """
    if cells[1].casefold().rstrip(":") not in ATTENDANCE_COLUMN_WORDS:
        return None  # (one cell's dictionary test first: most rows are people)
    keys = [c.casefold().rstrip(":") for c in cells[1:]]
    if not all(k in ATTENDANCE_COLUMN_WORDS for k in keys if k):
        return None
    label = match_label(cells[0])
    if label is None or label.value or label.field not in ATTENDANCE_FIELDS:
        return None
    return label, {0: "name", **{i: ATTENDANCE_COLUMN_WORDS.get(k, "other")
                                 for i, k in enumerate(keys, start=1)}}


def heads_no_columns(cells: tuple[str, ...]) -> bool:
    """Whether a row of two or more cells is no table's heading of either kind:
    ``table_columns`` and ``labelled_columns`` both None.

    Why: every row of a plain attendance table is asked both (``read_attendance``), and
    almost every row leaves each at its first test: the second cell no column word (a
    dictionary look-up), no heading word for the names in any cell (one search). Asked
    here without the two calls and the cells joined once (s75c); a row that passes
    either test, or has a bracket (which ``table_columns`` reads otherwise), goes to the
    function itself."""
    joined = "\n".join(cells)
    if "(" in joined:
        return table_columns(cells) is None and labelled_columns(cells) is None
    return (cells[1].casefold().rstrip(":") not in ATTENDANCE_COLUMN_WORDS or
            labelled_columns(cells) is None) and \
        (not _has_name_column_word(joined.casefold()) or table_columns(cells) is None)


_PAREN = lazy_regex(r"\(([^)]*)\)")


def _without_parens(text: str) -> str:
    """The text without its parentheses ("Kari Nilsen (møteleder)" → "Kari Nilsen ")."""
    return _PAREN.sub("", text) if "(" in text else text


def _parens(text: str) -> list[str]:
    """What the text's parentheses hold (per table cell: skip the regex without one)."""
    return _PAREN.findall(text) if "(" in text else []


def _cell_and_notes(cell: str) -> tuple[str, list[str]]:
    """A cell without the attendance notes in its parentheses, and those notes.

    "Medlem (fra sak 44/24)" → ("Medlem", ["fra sak 44/24"]); a parenthesis that is part of
    a name ("Statsforvalteren (SFVL)") stays.
    """
    if "(" not in cell:
        return " ".join(cell.split()), []  # (most cells: no parenthesis, no note)
    notes = [p for p in _parens(cell) if _NOTE.search(p) and not _ORG_HINT.search(p)]
    for note in notes:
        cell = cell.replace(f"({note})", " ")
    return " ".join(cell.split()), notes


# The first letters of the sides and seats ``is_seat_side`` knows ("Arbeidstakar", "BHT",
# "Hovudverneombod", "Verneombud", "HTV", "Tillitsvald", "Ledelsen", "Ansatte", …).
_SIDE_INITIALS = frozenset("AaBbHhVvTtLlDd")


def _whom_a_seat_speaks_for(cell: str) -> str | None:
    """The union or provider in brackets after a partite body's side or seat in an
    organisation column ("Arbeidstakar (Fagforbundet)", "BHT (Sunnfjord HMS)"): whom the
    person speaks for, as "Name (Fagforbundet)" in a list; None for any other cell."""
    head, _, rest = cell.partition("(")
    if not is_seat_side(head):
        return None
    inner = rest.split(")", 1)[0].strip()
    return inner if inner[:1].isupper() else None


def _org_before_job(cell: str) -> str:
    """An organisation cell without the person's job after a comma: "Lindeli sjukeheim,
    einingsleiar" is whom she represents; the job is no part of the organisation."""
    head, _, tail = cell.rpartition(",")
    return head.strip() if head.strip() and _is_job_title(tail.strip()) else cell


def _employer_after_job(cell: str) -> str:
    """An organisation cell without the person's job before a comma: "Oppdragsansvarlig
    revisor, Viken Revisjon IKS" is whom he represents (the firm), as "Lindeli sjukeheim,
    einingsleiar" is read the other way round; the job is no part of the organisation."""
    head, _, tail = cell.partition(",")
    tail = tail.strip()
    if tail[:1].isupper() and "," not in tail and is_qualified_job(head.strip()) and \
            not looks_like_name(tail):
        return tail
    return cell


def is_qualified_job(text: str) -> bool:
    """A job title, maybe after words that qualify it, written with or without a capital:
    "Seniorrådgiver", "Oppdragsansvarlig revisor", "Daglig leder", "teknisk sjef" (up to
    three words, the rest small), not a seat on the body alone ("Leder", "Medlem")."""
    words = text.split()
    if not 1 <= len(words) <= 3 or not all(w[:1].islower() for w in words[1:]):
        return False
    job = text[:1].lower() + text[1:]
    if _is_job_title(job):
        return True
    return len(words) > 1 and (_is_job_title(words[-1]) or
                               role_of(words[-1]) is ParticipantRole.CHAIR)


def _note_after_comma(cell: str) -> tuple[str, str | None]:
    """An organisation cell without an attendance note after its last comma, and that
    note: "Tynset kommune, under sak 19/25" → ("Tynset kommune", "under sak 19/25"), as
    a "Stilling" cell's note is read (``_apply_job``); the cell and None without one."""
    head, _, tail = cell.rpartition(",")
    tail = tail.strip(" .")
    if head.strip() and tail and (_PARTIAL.search(tail) or _CASES_NOTE.match(tail) or
                                  (" for " in tail and _STOOD_IN.match(tail))):
        return head.strip(), tail
    return cell, None


# A remark that the person came in someone's place: "møtte for kommunedirektøren", "vara
# for Kari Holm", "møtte som vara for leiaren" (after the organisation's last comma).
_STOOD_IN = lazy_regex(r"(?:møtte|møtt|møter|møtar|stilte|stiller)\s+(?:som\s+vara\s+)?for\s+\S|"
                       r"(?:som\s+)?vara\s+for\s+\S", re.I)


def _role_after_comma(cell: str, role: ParticipantRole | None
                      ) -> tuple[str, ParticipantRole | None]:
    """An organisation cell without the meeting role after its last comma, and that role:
    "Pårørendeforeningen, leder" → ("Pårørendeforeningen", chair), as a role after a
    comma is read in a list; ``role`` (one the cell gave already) when there is none.
    The secretariat there is a unit of the organisation as well as the role, and stays in
    it, as "Nordland fylkeskommune, kulturminner" keeps its unit: "Vestdal regionråd,
    sekretariatet" → (the cell, secretary)."""
    head, _, tail = cell.rpartition(",")
    tail = tail.strip(" .")
    if head.strip() and is_role_word(tail) and (found := role_of(tail)):
        return (cell.strip() if _names_secretariat(tail) else head.strip()), found
    return cell, role


def _title_or_seat_alone(cell: str) -> bool:
    """Whether one word in an organisation column is a job title ("Institusjonsleder",
    "Fagsykepleier") or a seat ("Beboerrepresentant", "Leder"), not whom the person
    represents. "Sekretariatet" is whom the secretary comes from, as elsewhere."""
    if is_secretariat(cell):
        return False
    if is_role_word(cell) and role_of(cell) is not None:
        return True
    return _is_job_title(cell[:1].lower() + cell[1:])


def _role_apart(cell: str) -> tuple[str, ParticipantRole | None]:
    """A cell without the meeting role in its parenthesis, and that role: "Vesterålen
    regionråd (referent)" → ("Vesterålen regionråd", secretary). Other parentheses stay."""
    for paren in _parens(cell):
        if is_role_word(paren) and (role := role_of(paren)):
            return " ".join(cell.replace(f"({paren})", " ").split()), role
    return cell, None


def _seat_after_name(cell: str) -> tuple[str, ParticipantRole | None] | None:
    """A name cell that gives the seat or job after a comma, as a list line does: "Ola
    Vik, leder" → ("Ola Vik", chair), "Liv Moe, daglig leder" → ("Liv Moe", guest);
    None for any other cell ("Hansen, Kari", a list sorted by surname)."""
    head, _, tail = cell.rpartition(",")
    tail, head = tail.strip(" ."), head.strip()
    if not tail or not is_role_word(tail) or not looks_like_name(head):
        return None
    return head, role_of(tail)


# A role cell's opening that names the head of a unit ("Leder 110-sentralen", "Leiar
# barnevernstenesta"), folded; "Leder" alone, or of the body, is the chair's seat.
_UNIT_HEAD_STARTS = frozenset({"leder ", "leiar "})


def _agency_staff_seat(seat: str, organization: str | None) -> bool:
    """Whether a row's "Rolle" cell gives a job, no seat ("fagleg rådgjevar", "seniorrådgiver"),
    at a state agency ("Statsforvalteren i Vestland"): in a body of municipalities the
    agency's adviser comes as a visitor, as a state agency's person in a mixed list does,
    while the members' rows say "medlem" and a municipality's "rådgiver" holds its seat."""
    return bool(seat) and bool(organization) and is_state_agency(organization.casefold()) and \
        role_of(seat) is None and not is_absent_mark(seat)


def _agency_staff_by_job(entry: Entry, job: str) -> None:
    """A member listed by her job at a state agency (``_agency_staff_seat``), in a table's
    "Funksjon" cell or between a list line's dashes ("Eva Li – seniorrådgiver –
    Statsforvalteren i Vestland"): the supervising agency's adviser visits the body of
    municipalities (a guest); a building agency's person is a guest only where the other
    rows of a table name seats (``agency_staff``)."""
    if _agency_staff_seat(job, entry.organization):
        if entry.organization.casefold() in _BUILDING_AGENCIES:
            entry.agency_staff = True  # a guest only when the other rows name seats
        else:
            entry.role = ParticipantRole.GUEST


# The state agencies that build and run roads and sea lanes, parties to the transport
# bodies they sit in (a city growth agreement's group, a traffic safety forum): their
# staff listed by job beside the others' jobs are members; only in a table that names
# seats ("medlem", "vara") a job there says a visitor (``table_names_seats``). The
# supervising and advising ones (Statsforvalteren, a directorate) visit in any table.
_BUILDING_AGENCIES = frozenset({"statens vegvesen", "kystverket"})

# The seats whose naming in a table's role column shows that it lists seats, not jobs:
# the members' and the visitors' (a chair's "leder" or "møteleiar" heads job tables too).
_SEAT_ROLES = (ParticipantRole.MEMBER, ParticipantRole.GUEST)


def table_names_seats(rows: Iterable[tuple[str, ...]], columns: dict[int, str]) -> bool:
    """Whether a table's role column names seats in some row ("medlem", "vara",
    "observatør"): then a state agency's row with a job there ("Statsforvalteren i Vestland |
    fagleg rådgjevar") holds no seat and comes as a visitor; in a table whose column
    gives jobs ("Statens vegvesen | seksjonsleder" beside "AtB | fagleder ruteplan") the
    agency's person is one of the body's own, as the others are."""
    at = next((i for i, meaning in columns.items() if meaning == "role"), None)
    if at is None:
        return False
    for cells in rows:
        if at < len(cells) and (cell := cells[at].strip(" .*_").casefold()) and \
                len(cell) < 30 and role_of(cell) in _SEAT_ROLES:
            return True
    return False


def _row_by_columns(cells: tuple[str, ...], columns: dict[int, str],
                    role: ParticipantRole | None, attendance: Attendance) -> Entry | None:
    """A table row read by the meanings its header gave the columns."""
    by: dict[str, str] = {}
    for i, cell in enumerate(cells):
        if mark := _tick(cell):
            meaning = columns.get(i, "other")
            if meaning != "org" or "org" not in by or not is_party(mark):
                by[meaning] = mark  # "Kommune | Parti": the municipality, not the party
    raw_name = by.get("name", "")
    if " for " in raw_name or " pva " in raw_name:
        raw_name = _seat_taken_as_paren(raw_name)
    name = tidy_name(bare := _without_parens(raw_name))
    if name != bare.strip() and (seat := _seat_before_name(bare, name)):
        role = seat  # "Leiar Olaug Myklebust" in the name column: her seat, then her name
    org, org_notes = _cell_and_notes(by.get("org", ""))
    if "(" in org and org[0] in _SIDE_INITIALS and (whom := _whom_a_seat_speaks_for(org)):
        org = whom  # "Arbeidstakar (Fagforbundet)": the union the side's member speaks for
    org, org_role = _role_apart(org) if "(" in org else (org, None)
    if "," in org:
        org, after = _note_after_comma(org)
        if after:
            org_notes = [*org_notes, after]
        org, org_role = _role_after_comma(org, org_role)
        org = _org_before_job(org)
        org = _employer_after_job(org)
    if org and " " not in org and _title_or_seat_alone(org):
        org_role = org_role or role_of(org)  # "Beboerrepresentant": a seat, not whom
        org = ""  # "Institusjonsleder" alone in the "Representerer" column: her title
    name_role = None
    if "," in name and (seat_after := _seat_after_name(name)) is not None:
        name, name_role = seat_after  # "Ola Vik, leder" in the name column: his seat after
    if "," in name and _inverted_cell(name):
        pass  # "Hansen, Kari": a list sorted by surname, the name kept as written
    elif not looks_like_name(name):
        if (", " in raw_name or " – " in raw_name) and \
                (card := _card_in_name_cell(raw_name, role, attendance)):
            return _card_row(card, cells, columns, by, org)
        if "/" not in name or (named := _named_for(name)) is None:
            return None
        name, org = named[0], org or named[1]  # "NAV v/ Ola Dale" in the name column
    # (by position, in the fields' order: name, organization, role, attendance; once a row)
    entry = Entry(name, org or None, name_role or role, attendance)
    if by.get("job"):
        job = by["job"]
        if "(" in job:
            job = _seat_in_job_cell(entry, job)
        _apply_job(entry, job)
    if entry.organization and is_secretariat(entry.organization):
        entry.role = ParticipantRole.SECRETARY  # as "Sekretariatet: X" in a list
    for paren in _parens(raw_name):
        if is_role_word(paren) and role_of(paren):
            entry.role = role_of(paren)
        elif is_absent_mark(paren):
            entry.attendance = Attendance.ABSENT  # "Ola Nord (forfall)" in the name column
        elif entry.organization is None and _place_in_name_cell(name, paren):
            entry.organization = paren  # "Ola Nord (Nordby)": whom he represents
        else:
            _apply_note(entry, paren)
    if org_role:
        entry.role = org_role  # "Vesterålen regionråd (referent)" in the Kommune column
    if _PLAIN_COLUMNS.issuperset(columns.values()):
        # a "Navn | Kommune" table (most): no seat, mark, "for" or item column to read,
        # only the notes of the organisation's cell and a remark past the heading
        _apply_cell_notes(entry, org_notes)
        note = _remark_past_heading(cells, columns)
        return _apply_remark(entry, note, by) if note else entry
    seat, seat_notes = _cell_and_notes(by.get("role", ""))
    if "(" in seat and (seat_org := _seat_and_org(seat)) is not None:
        seat = seat_org[0]  # "Gjest (Statsforvalteren)": the seat, and whom she came from
        if entry.organization is None:
            entry.organization = seat_org[1]
    if seat and _has_away_word(seat) and (away := _seat_then_absence(seat)) is not None:
        seat = away  # "Jordbrukssjef – meldt forfall": the seat, and that she was away
        entry.attendance = Attendance.ABSENT
    if seat and (split := _seat_then_remark(seat)) is not None:
        seat, remark = split  # "gjest, sak 5/26": the seat, then when she was there
        seat_notes.append(remark)
    if seat and entry.organization and seat.strip(" .").casefold() in _MANAGER_TITLES:
        entry.staff = True  # "Ola Vik | Nordby Sag AS | Daglig leder": his employer's
        # manager, in a forum for it, as the dash form ("Ola Vik – daglig leder – …")
    elif seat and (seat_role := role_of(seat)):
        entry.role = seat_role
        # "Styreleder | Skogheim frivilligsentral": the chair of her own organisation's
        # board, as the dash form says it (``People.other_boards_chairs``)
        entry.board_chair = entry.organization is not None and \
            seat.strip(" .").casefold() in _BOARD_CHAIR_TITLES
        if "," in seat and entry.organization is None:
            # "Daglig leder, Nordby Energi AS": the staff's job, then whom they come from
            entry.organization = _place_after_job(seat) or _place_after_seat(seat)
    elif seat.casefold() in MAYOR_SEATS:
        entry.mayor = True  # "Ordfører": the chair only of a council the mayor leads
    elif is_absent_mark(seat):
        entry.attendance = Attendance.ABSENT  # "Forfall" in the Rolle column
    elif "," in seat and entry.organization is None:
        entry.organization = _place_after_job(seat)
    elif entry.organization is None and _place_alone(seat):
        entry.organization = seat  # "Stryn", "Mo i Rana" under "Funksjon": whom she represents
    elif seat[:1].islower() and _PARTIAL.search(seat):
        seat_notes.append(seat)  # "kom kl. 11.00", "frå sak 2" under "Funksjon": when there
    if seat[:6].casefold() in _UNIT_HEAD_STARTS and entry.organization and \
            role_of(seat) is None:
        # "Leder 110-sentralen | 110 Vestland": the head of a unit by job, no seat in the
        # body; staff of the cooperation when it serves the body (``cooperation_staff``)
        entry.staff = True
    if seat[:4].casefold() in _SEAT_FOR_STARTS and entry.note is None and \
            (seat_for := substituted_for(seat)):
        entry.note = f"for {seat_for}"  # "Vara for Ola Berg" under "Rolle": whose seat
    if entry.role is ParticipantRole.MEMBER:
        _agency_staff_by_job(entry, seat)
    if entry.role in (ParticipantRole.MEMBER, None) and entry.organization and \
            entry.organization.casefold() in _STAFF_UNITS and \
            (not seat or role_of(seat) in (ParticipantRole.MEMBER, None)):
        # "Astrid Li | Administrasjonen | Direktør": the staff who serve the body, its
        # guests by the guide, as under "Fra administrasjonen:"
        entry.role = ParticipantRole.GUEST
    _apply_cell_notes(entry, org_notes + seat_notes)
    if by.get("for"):
        entry.note = f"for {by['for']}"
    if len(columns) > 2 and (missed := _items_missed(columns, by)) is not None:
        _apply_items_missed(entry, columns, missed)
    if presence_mark(cells, columns) == "" or _says_yes(by.get("absent", "")):
        # "Til stede (x)" left blank (or cut off), or a mark under "Forfall"
        entry.attendance = Attendance.ABSENT
    if by.get("note") and by.get("present", "").casefold().strip(" .") in _ABSENT_MARKS:
        # "Forfall" under "Oppmøte" beside a "Forfallsgrunn" cell: the reason is read
        # below as the note; the mark in the presence column says she was away
        entry.attendance = Attendance.ABSENT
    if by.get("present", "").casefold().strip(" .") in _DEPUTY_SAT_MARKS:
        entry.attendance = Attendance.ABSENT  # "Vara møtte" under "Møtt": not the member
        return entry
    note = by.get("note") or by.get("present") or _remark_past_heading(cells, columns)
    return _apply_remark(entry, note, by) if note else entry


def _card_in_name_cell(cell: str, role: ParticipantRole | None,
                       attendance: Attendance) -> Entry | None:
    """The person a name column's cell holds as a card, the name and after a comma whom
    she represents, or her role and whom ("Kari Holm, Solvik kommune", "Kari Holm, leder,
    Solvik kommune"): a cell of two lines, the name over the organisation, as the text
    step writes it (``text._card_cell``), or a list line typed into the cell. Read as a
    list's entry is; None when it reads as no one or as more than one person."""
    listed = _listed_name_cell([cell], role, attendance)
    return listed[1] if listed is not None else None


def _card_row(card: Entry, cells: tuple[str, ...], columns: dict[int, str],
              by: dict[str, str], org: str) -> Entry:
    """A row whose name cell is a person's card (``_card_in_name_cell``), read with the
    row's other cells: its own organisation column, when filled, says whom she
    represents, and a role column her seat (the card's role only where that is empty);
    a remark as in any row. The card's words on when she was there stay."""
    card.organization = org or card.organization
    seat = _cell_and_notes(by.get("role", ""))[0]
    if seat and (seat_role := role_of(seat)):
        card.role = seat_role
    elif seat.casefold() in MAYOR_SEATS:
        card.mayor = True
    elif is_absent_mark(seat):
        card.attendance = Attendance.ABSENT
    if presence_mark(cells, columns) == "" or _says_yes(by.get("absent", "")):
        card.attendance = Attendance.ABSENT
    note = by.get("note") or by.get("present") or _remark_past_heading(cells, columns)
    return _apply_remark(card, note, by) if note else card


# How a seat cell that names whom the deputy came for opens ("Vara for Ola Berg").
_SEAT_FOR_STARTS = ("vara", "for ", "pva ", "pva.")


def _seat_before_name(cell: str, name: str) -> ParticipantRole | None:
    """The role of a seat written before the name in a name cell ("Leiar Olaug
    Myklebust", "Nestleder Per Dal"), which ``tidy_name`` took off, or None."""
    cell = cell.strip()
    if not cell.endswith(name):
        return None
    return role_of(cell[:-len(name)].strip(" ,:–-"))


def _seat_taken_as_paren(cell: str) -> str:
    """A name cell whose deputy says whose seat she took ("Kari Fosse møtte for Per Dal",
    "Kari Fosse, vara for Per Dal") written as "Kari Fosse (møtte for Per Dal)", the form
    the row reads: she came, for him, and he was away; both hold the row's seat and
    organisation. The cell unchanged when the words after the name say no such thing."""
    split = _seat_taken(cell)
    return f"{split[0]} ({split[1]})" if split else cell


def _seat_taken(cell: str) -> tuple[str, str] | None:
    """A cell's deputy and her words on whose seat she took, apart: ("Kari Fosse", "møtte
    for Per Dal") for "Kari Fosse møtte for Per Dal"; None when the words after the name
    say no such thing (or the name is no person's)."""
    found = _CELL_SEAT_TAKEN.search(cell)
    if found is None:
        return None
    name, said = cell[:found.start()].rstrip(" ,–-"), cell[found.start():].strip(" ,")
    if "(" in said or not looks_like_name(tidy_name(_without_parens(name))) or \
            substituted_for(said) is None:
        return None
    return name, said


# The column meanings a row's tail never reads (no seat, mark, note, "for" or item
# column): ``_row_by_columns`` skips those tests for a table that has only these.
_PLAIN_COLUMNS = frozenset({"name", "org", "other", "skip"})


def _apply_cell_notes(entry: Entry, notes: list[str]) -> None:
    """The notes in brackets of a row's organisation and seat cells: "Medlem (fra sak
    44/24)", "Vega (på Teams)"; one that only says away ("Medlem (forfall)") is so."""
    for note in notes:
        if is_absent_mark(note):
            entry.attendance = Attendance.ABSENT
        else:
            _apply_note(entry, note)


def _apply_remark(entry: Entry, note: str, by: dict[str, str]) -> Entry:
    """``entry`` with its row's remark read: the note or presence cell, or a remark past
    the heading (``by``: the row's cells by their column's meaning)."""
    if "(" in note:
        for paren in _parens(note):
            if is_role_word(paren) and role_of(paren):
                entry.role = role_of(paren)  # "x (referent)": present, and the meeting role
                note = " ".join(note.replace(f"({paren})", " ").split())
    if note and "(" in note:
        mark, inner = _cell_and_notes(note)
        # (the mark read as a tick: "√ (fra sak 3)" is "x (fra sak 3)")
        if inner and _tick(mark).casefold().strip(" .") in _PRESENT_MARKS | {""}:
            for remark in inner:  # "Møtt (fra sak 3)": present, for part of the meeting
                _apply_note(entry, remark)
            note = None
    if note and entry.organization is None and note[:1].isupper() and \
            (split := _org_and_remark(note)) is not None:
        entry.organization, note = split  # "Innlandet fylkeskommune, til stede under sak 3"
    if note and ("," in note or "–" in note or " - " in note) and \
            (timed := _job_then_partial(note)) is not None:
        seat, note = timed  # "Kommunedirektør, til stades til kl. 11.00" under "Merknad"
        if seat and not (seat is ParticipantRole.GUEST and entry.role in MEETING_ROLES):
            entry.role = seat
    if note and ", " in note and is_role_word(last := note.rpartition(", ")[2].strip(" .")) \
            and (role_of(last) in MEETING_ROLES or last.casefold() in _WITHOUT_A_SEAT):
        # "hele møtet, referent" in a presence column: when she was there, then her seat
        # (a job before the seat, "Dagleg leiar, referent", says no more than the seat;
        # so does one before "observatør": "kommunal viltkontakt, observatør", a guest;
        # and "Tolk somali–norsk, ikke medlem": who she is, then that she has no seat)
        rest = note.rpartition(", ")[0].strip()
        entry.role = role_of(last)
        note = None if is_role_word(rest) or _is_job_title(rest[:1].lower() + rest[1:]) \
            else rest
    if note and "," in note and \
            (said := note.split(",", 1))[0].casefold().strip(" .") in _PRESENT_MARKS:
        note = said[1].strip()  # "Ja, fra kl. 13": present, for part of the meeting
    elif note and " " in note and _tick(tick := note.split(None, 1)[0]).casefold() == "x":
        note = note[len(tick):].strip()  # "✓ fra sak 3/26": the tick, then when she came
    if note:
        mark = note.casefold().strip(" .")
        if mark in _ABSENT_MARKS or (mark == "f" and note == by.get("present")):
            entry.attendance = Attendance.ABSENT  # (a form's letter under "Status": "F")
        elif mark == "m" and note == by.get("present"):
            pass  # "M" (møtt) under "Status" or "Møtt": present
        elif by.get("present") == note and _seat_that_came(note) == "member":
            pass  # "Medlem" under "Møtt": the member came (a seat, not her role)
        elif is_role_word(note) and role_of(note) and \
                not (" for " in note and substituted_for(note)):
            # ("varamedlem, møtte for Per Dal" is the deputy's seat and whose it was)
            entry.role = role_of(note)  # "Merknad: Leder" names the seat
        elif entry.note is None and _reason_away_cell(note) and \
                (entry.attendance is Attendance.ABSENT or note == by.get("present")):
            # "Syk", "Ferie" under "Merknad" (or in the "Møtt" column itself): away, and
            # why in the document's words, as "Geir Moen (sykdom)" in a list
            entry.attendance, entry.note = Attendance.ABSENT, note.strip(" .")
        elif entry.note is None and entry.attendance is Attendance.ABSENT and \
                note == by.get("note") and _reason_as_written(note):
            entry.note = note.strip(" .")  # "Skoletur", "Kurs" beside a name away: why
        elif mark[:4] in ("leia", "lede") and (led := _LEADS_THE.match(mark)) and \
                not _leads_own(led.group("noun"), entry.organization):
            entry.role = ParticipantRole.CHAIR  # "leiar i storviltvaldet": the body that met
        elif mark not in _PRESENT_MARKS:
            _apply_note(entry, note)
    return entry


# A remark cell's "leiar i nemnda", "leder for styret" (lower-cased): the one who leads a
# body named only by its definite noun, which is the body that met unless it is the
# person's own organisation ("leiar i grunneigarlaget" beside "Nordbotn grunneigarlag").
_LEADS_THE = lazy_regex(r"^(?:leiar|leder)\s+(?:i|for|av)\s+(?P<noun>[a-zæøå-]{4,}(?:et|a|en))$")


def _leads_own(noun: str, organization: str | None) -> bool:
    """Whether the body a remark says the person leads ("grunneigarlaget") is her own
    organisation as its cell names it ("Nordbotn grunneigarlag")."""
    stem = noun[:-1] if noun.endswith("a") else noun[:-2]
    return bool(organization) and stem in organization.casefold()


# Last in a remark cell, that the person attends without a seat in the body: an observer,
# an interpreter or a member's companion ("…, ikke medlem"): a guest.
_WITHOUT_A_SEAT = frozenset(("observatør", "observatørar", "observatører", "ikke medlem",
                             "ikkje medlem"))


def _job_then_partial(note: str) -> tuple[ParticipantRole | None, str] | None:
    """A remark cell that gives the person's job, then when she was there
    ("Kommunedirektør, til stades til kl. 11.00", "Rådgiver – fra sak 3"): the job's
    meeting role (None when it has none) and the note, the job being no words on
    attendance; the lower-case piece a list gives is read by ``_apply_note``. None for
    any other remark."""
    job = _JOB_THEN_NOTE.match(note[:1].lower() + note[1:])
    if job is None or not _is_lone_job(job.group("job")) or \
            not job.group("rest").lower().startswith(_ATTENDANCE_OPENINGS) or \
            not _PARTIAL.search(job.group("rest")):
        return None  # ("Nestleder, ledet møtet fra sak 11": there throughout, in the chair)
    return role_of(job.group("job")), job.group("rest")


# How a note on when someone was there opens, after a job in a remark cell.
_ATTENDANCE_OPENINGS = ("til stede", "til stades", "fra ", "frå ", "til ", "etter ", "under ",
                        "kom ", "gikk ", "gjekk ", "forlot ", "deltok ", "deltek ", "var ",
                        "møtte ")


def _org_and_remark(note: str) -> tuple[str, str] | None:
    """A remark cell that names whom the person came from before her attendance note
    ("Innlandet fylkeskommune, til stede under sak 14/25", "Nordby kommune (fra kl.
    11)"), split in two: an "Andre:" table often has only a name and such a cell. Only
    an organisation by its kind ("… kommune", "Statsforvalteren") counts: "Teams, fra kl.
    10" is how and when, not whom. None for anything else."""
    if "(" in note:
        first, rest = note.split("(", 1)
        rest = rest.strip().removesuffix(")").strip()
        if not rest or ")" in rest or "(" in rest:
            return None
    elif "," in note:
        first, rest = note.split(",", 1)
    else:
        return None
    first, rest = first.strip(), rest.strip()
    if not names_organisation(first) or _org_then_note(f"{first}, {rest}") is None:
        return None
    return first, rest


def _one_inverted_person(surname: str, given: str, paren: str | None = None) -> bool:
    """Whether "Sara, Máret Ánne" is one person written surname first although the word
    before the comma is also a first name ("Sara", "Nils": common Sami surnames), as a
    table's one-person cell reads it: one word before the comma and two or more first
    names after it, or one with a party in brackets after it ("Nils, Kari (Ap)": a
    council's list by surname, party by party). "Ola, Kari" (two people by first name)
    stays two; so does a line whose words are not all first names ("Holm, Kari og Per",
    "Kari Holm, leder")."""
    words = given.split()
    return " " not in surname.strip() and \
        (len(words) >= 2 or (len(words) == 1 and bool(paren) and _PARTY.match(paren))) and \
        all(is_first_name(word) for word in words)


def _inverted_party_pairs(pieces: list[tuple[str, str | None, bool]],
                          role: ParticipantRole | None,
                          attendance: Attendance) -> list[Entry] | None:
    """The people of a running list of names written surname first, each with its party
    in brackets ("Nils, Kari (Ap), Berg, Ola (H), Moe, Siv (Sp)"): the commas inside the
    names make every surname a piece of its own, which a list read name by name would
    take for a person and every first name for another. Each pair is one person, named
    as written, the party whom they represent; None unless every pair reads so."""
    if len(pieces) < 4 or len(pieces) % 2:
        return None
    entries = []
    for (surname, surname_paren, _), (given, party, _) in zip(pieces[::2], pieces[1::2],
                                                               strict=True):
        if surname_paren or not party or " " in surname or not surname[:1].isupper() or \
                not _PARTY.match(party) or \
                not (all(is_first_name(word) for word in given.split()) or (
                    _known_party(party) and uninverted(f"{surname}, {given}", party=True))):
            return None  # (a known party vouches for a first name the list lacks)
        entries.append(Entry(name=f"{surname}, {given}", organization=party, role=role,
                             attendance=attendance))
    return entries


def _two_lone_words(first: str, second: str, paren: str | None) -> bool:
    """Whether "Hamarøy, Gildeskål" is two capitalised single words and no name turned
    round: the word after the comma is no known first name and nothing in brackets says
    whom a person represents ("Reigstad, Monrad (PF)" is one person). A list of places
    (the kommuner that sent apologies) reads so; "Holm, Kari" keeps its known first name,
    and "Johansen, Siri-Mette" its patronymic surname ("-sen", "-son"), which no place has."""
    first, second = first.strip(), second.strip()
    return paren is None and " " not in first and " " not in second and \
        not is_first_name(second) and not first.casefold().endswith(("sen", "son")) and \
        _GIVEN_INITIALS.fullmatch(second) is None  # "Holm, K.", "Dahl, T.B.": one person


# A given name written as its initials alone, maybe without the last stop a list piece
# lost: "K", "T.B", "A.-M".
_GIVEN_INITIALS = lazy_regex(r"[A-ZÆØÅ](?:\.-?[A-ZÆØÅ]){0,2}\.?")


def _reason_part(part: str, attendance: Attendance) -> bool:
    """Whether a piece set off by a dash after an absentee's name ("Siri Tveit –
    sjukdom", "– ferie", "– andre møter") is why she was away, the note in the document's
    words, and no organisation: a reason the vocabulary knows, in lower case."""
    part = part.strip(" .")
    return attendance is Attendance.ABSENT and part[:1].islower() and \
        _ABSENCE_REASON.match(part) is not None and _REASON_AWAY.match(part) is not None


def _reason_after_org(entry: Entry, paren: str) -> bool:
    """Whether the bracket after an absentee's organisation says why she was away
    ("Randi Bakken, Åsnes kommune (sykdom)", "Tove Li, Flå kommune (kurs)"), as one
    bracket after the name does: the note in the document's words. A seat ("(leder)") or
    a job ("(rådgiver)") is no reason."""
    return entry.attendance is Attendance.ABSENT and entry.note is None and \
        paren[:1].islower() and not is_role_word(paren) and (
            _reason_part(paren, Attendance.ABSENT) or (
                _reason_as_written(paren) and not _is_job_title(paren) and
                not _job_noun(paren)))


def _reason_as_written(cell: str) -> bool:
    """Whether a remark cell beside an absentee is a short reason in its own words
    ("Skoletur", "Kurs", "Annet møte", "Bortreist"): a few words with no digit, colon or
    deputy ("Vara: Kari Lie"), nor a mark that only repeats the category ("Forfall")."""
    words = cell.split()
    return 0 < len(words) <= 3 and cell[:1].isalpha() and not any(ch.isdigit() for ch in cell) and \
        ":" not in cell and "vara" not in cell.casefold() and \
        not is_absent_mark(cell) and substituted_for(cell) is None


# Where a role cell's seat ends and a remark on the attendance begins: a comma or a dash
# ("gjest, sak 5/26", "observatør – fra kl. 11"), or the preposition that opens the remark
# ("gjest under sak 5/26").
# (a slash with spaces too: Word's narrow cells put the remark on a line of its own after
# it, "Ordfører /" over "møtte fra sak 5/2025")
_SEAT_REMARK = lazy_regex(r"\s*(?:,|\s[–—/-])\s*|\s+(?=(?:under|fra|frå|til|etter|i|på)\s)",
                          re.IGNORECASE)


def _seat_then_remark(cell: str) -> tuple[str, str] | None:
    """A role cell that gives the seat and then when the person was there, as a list
    writes it in brackets ("gjest (sak 5/26)"): the seat and the remark, or None when the
    cell is no such pair ("daglig leder, referent" is two roles). A job in a "Funksjon"
    column is such a head too ("Økonomirådgiver – fra sak 3")."""
    if " " not in cell:
        return None
    if _PARTIAL.search(cell) is None:
        return _seat_then_whose(cell)
    parts = _SEAT_REMARK.split(cell, maxsplit=1)
    if len(parts) != 2:
        return None
    head, remark = parts[0].strip(), parts[1].strip()
    if not head or not remark or _PARTIAL.search(remark) is None:
        return None
    if (not is_role_word(head) or role_of(head) is None) and \
            not _is_job_title(head[:1].lower() + head[1:]):
        return None
    return head, remark


def _seat_then_absence(cell: str) -> str | None:
    """The seat of a role cell that gives it and then, after a dash or a comma, that the
    person was away ("Jordbrukssjef – meldt forfall", "Leder, forfall"), as "Forfall"
    alone in the column says; None when the cell ends otherwise."""
    for mark in (" – ", " - ", ", "):
        head, sep, tail = cell.rpartition(mark)
        if sep and head.strip() and is_absent_mark(tail):
            return head.strip()
    return None


def _seat_then_whose(cell: str) -> tuple[str, str] | None:
    """A role cell that gives the seat and then whom the deputy came for ("Varaordfører,
    for Tor Lie", "Vara, pva Kari Dahl"), as a list writes "(for Tor Lie)": the seat and
    the note, or None. A slash with spaces parts them as a comma does ("Kommunestyremedlem
    / vara for Tor Lie", the remark on the cell's second line)."""
    head, comma, tail = cell.rpartition(", ")
    if not comma and " / " in cell:
        head, comma, tail = cell.rpartition(" / ")
    tail = tail.strip()
    if not comma or not head.strip() or \
            not tail.casefold().startswith(("for ", "vara for ", "pva ", "pva. ", "møtte for ")) \
            or substituted_for(tail) is None:
        return None
    return head.strip(), tail


def _reason_away_cell(cell: str) -> bool:
    """Whether a table cell holds only a reason for being away ("Syk", "Ferie", "Jobb",
    "Sjukdom"), not who came instead ("Vara møtte") nor a longer word ("Arbeidsutvalet")."""
    cell = cell.strip(" .")
    return _ABSENCE_REASON.match(cell) is not None and _REASON_AWAY.match(cell) is not None


# A job in small letters before the place it is held, without a comma ("rådmann Skarvik",
# "rådmann i Skarvik").
_JOB_THEN_PLACE = lazy_regex(r"^(?P<job>[a-zæøå][\wæøå-]+)\s+(?:(?:i|for|ved)\s+)?"
                             r"(?P<place>[A-ZÆØÅ][\w-]*(?:\s+(?:og\s+)?[\w-]+){0,3})$")


def _place_after_job(cell: str) -> str | None:
    """Whom a person represents, after the job in a "Funksjon" cell ("Kommunalsjef,
    Sortland", "rådgiver, Nordby kommune"): a capitalised place of a few words; else
    None. Without a comma only after a job in small letters ("rådmann Skarvik", as Word
    files line up "Rune Hagen      rådmann Skarvik (leder)"), as a list reads "Rune
    Hagen, rådmann Skarvik"; the job is no field of the record."""
    job, comma, place = cell.partition(",")
    if not comma:
        probe = cell
        if cell[:1].isupper() and " " in cell:
            # a seat cell that opens the line with its job ("Kultursjef Holmsli kommune",
            # "DKS-kontakt Tinde kommune   Per Bø"): read as the job in small letters
            first, rest = cell.split(" ", 1)
            probe = f"{first.lower()} {rest}"
        found = _JOB_THEN_PLACE.match(probe) if probe[:1].islower() else None
        if found is None or not _is_job_title(found.group("job")) or \
                looks_like_name(found.group("place")):
            return None
        job, place = found.group("job"), found.group("place")
    place = place.strip()
    if place[:1].isupper() and len(place.split()) <= 4 and "," not in place and \
            (_is_job_title(job.strip().lower()) or is_qualified_job(job.strip())):
        return place  # ("Oppdragsansvarlig revisor, Viken Revisjon IKS": a qualified job)
    return None


# A body named in a seat cell ("leder, Arbeidsutvalget"): the body she sits in, not whom
# she represents.
_BODY_WORD = lazy_regex(r"(?:utval|utvalg|styre|råd|gruppe|nemnd|komit[eé])(?:et|a|en)?$",
                        re.IGNORECASE)
# A municipality or county written out after its name ("Luster kommune").
_MUNICIPALITY_WORDS = frozenset({"kommune", "kommuna", "fylkeskommune", "fylkeskommuna"})


def _place_after_seat(cell: str) -> str | None:
    """Whom a member represents, after the seat in a "Funksjon" cell ("leiar, Sogndal",
    "medlem, Luster kommune", "nestleder, Bø"): a seat table of a regional council gives
    each member's municipality there, as "Kari Holm (Sogndal)" gives it in brackets. The
    place is kept as written (a bare municipality name stands for its kommune); a party
    ("medlem, Ap"), a body ("leder, Arbeidsutvalget") or a note is no place: None."""
    seat, _, place = cell.partition(",")
    seat, place = seat.strip(), place.strip()
    words = place.split()
    if not words or len(words) > 3 or not is_role_word(seat) or role_of(seat) is None:
        return None
    names = words[:-1] if len(words) > 1 and words[-1] in _MUNICIPALITY_WORDS else words
    if not all(w[:1].isupper() and w.replace("-", "").isalpha() and not w.isupper()
               and w not in _MIXED_CASE_PARTIES for w in names):
        return None
    if is_role_word(place) or is_absent_mark(place) or _NOTE.search(place) or \
            _PARTIAL.search(place) or _BODY_WORD.search(place):
        return None
    return place


def _inverted_cell(name: str) -> bool:
    """Whether a name cell holds one person written surname first ("Hansen, Kari",
    "Vik Aas, Per Olav"), as tables sorted by surname give them."""
    plain = uninverted(name)
    return plain is not None and looks_like_name(plain)


def _surname_first_cell(cell: str) -> bool:
    """Whether a table cell holds one name written surname first, maybe with a note in
    brackets ("Holm, Kari", "Sara, Máret Ánne (leder)"): a surname that is also a first
    name counts there too, the cell holding one person."""
    return ", " in cell and uninverted(_without_parens(cell), one_person=True) is not None


def _seat_and_org(cell: str) -> tuple[str, str] | None:
    """A role cell whose parenthesis names whom the person represents ("Gjest
    (Statsforvalteren)", "Observatør (KS Innlandet)"), as a list writes "Kari Lie, gjest
    (Statsforvalteren)": the seat and the organisation, or None when the parenthesis is
    no such name (a note, a time, another role) or what is before it no seat. The caller
    keeps an organisation its own column gives."""
    for paren in _parens(cell):
        head = " ".join(cell.replace(f"({paren})", " ").split())
        if paren[:1].isupper() and len(paren.split()) <= 5 and not _NOTE.search(paren) and \
                not _PARTIAL.search(paren) and not any(ch.isdigit() for ch in paren) and \
                not is_role_word(paren) and not is_absent_mark(paren) and \
                is_role_word(head) and role_of(head) is not None:
            return head, paren
    return None


# A place's name: capitalised words, with "i", "og", "på" between them ("Mo i Rana", "Nore
# og Uvdal", "Indre Østfold", "Aurskog-Høland").
_PLACE_WORDS = lazy_regex(r"[A-ZÆØÅ][\wæøå-]+(?:\s+(?:(?:i|og|på)\s+)?[A-ZÆØÅ][\wæøå-]+){0,2}")
# The endings of nouns for people (a job or a part someone has: "Bibliotekar", "Deltaker",
# "Frivillig", "Student", "Lærling", "Kontaktperson", "Elev"), which a bare place ends in
# seldom: a one-word seat with one is no place.
# (and the definite forms of a group's noun: "Kommunen", "Elevrådet", "Ansatte")
_PERSON_NOUN_ENDINGS = ("er", "ar", "ør", "ig", "t", "ing", "person", "lege", "elev", "on",
                        "en", "et", "ne")
# The groups a seat of a school's or a service's council speaks for ("Foreldre | Kari Holm"
# under "Rolle | Navn"): a seat, not a place.
_SEAT_GROUPS = frozenset(("foreldre", "foresatte", "elever", "elevar", "brukere", "brukarar",
                          "politikere", "politikarar", "ansatte", "tilsette"))


def _place_alone(seat: str) -> bool:
    """Whether a seat cell that gave no role holds only a place ("Stryn", "Mo i Rana",
    "Bø i Telemark"): a table whose "Funksjon" column some rows fill with the member's
    municipality, which is whom that member represents. Not a job title, alone or before
    a place ("Kommunalsjef", "Ordfører Nes"), nor a one-word noun for a person or a group
    ("Bibliotekar", "Deltaker", "Foreldre", "Kommunen")."""
    if not seat or not seat[:1].isupper() or not _PLACE_WORDS.fullmatch(seat) or \
            is_role_word(seat):
        return False
    words = seat.split()
    if any(_title_or_seat_alone(word) for word in words if word[:1].isupper()):
        return False
    return len(words) > 1 or not (seat.casefold().endswith(_PERSON_NOUN_ENDINGS) or
                                  seat.casefold() in _SEAT_GROUPS or is_seat_side(seat))


def _place_in_name_cell(name: str, paren: str) -> bool:
    """Whether a name cell's parenthesis names whom the person represents: a capitalised
    word or few ("Nordby", "Vestby kommune"), not a note, nor the person's initials."""
    return paren[:1].isupper() and len(paren.split()) <= 4 and not _NOTE.search(paren) \
        and not _PARTIAL.search(paren) and not any(ch.isdigit() for ch in paren) \
        and not is_role_word(paren) and bool(_without_initials(name, paren))


def _items_missed(columns: dict[int, str], by: dict[str, str]) -> list[str] | None:
    """The heads of a presence grid's item columns ("Sak 1 | Sak 2") a row left blank or
    marked away, or None when the table has no item columns."""
    heads = [meaning for meaning in columns.values() if meaning[:5] == "item:"]
    if not heads:
        answers = [meaning for meaning in columns.values() if meaning[:7] == "answer:"]
        if not answers:
            return None
        # a written round: away from the items the member gave no answer on
        return [head[7:] for head in answers
                if head not in by or by[head].casefold().strip(" .") in _NO_ANSWER_MARKS]
    return [head[5:] for head in heads
            if head not in by or by[head].casefold().strip(" .") in _ABSENT_MARKS]


def _apply_items_missed(entry: Entry, columns: dict[int, str], missed: list[str]) -> None:
    """A presence grid's row: away from every item is absent; from some, partial, with a
    note naming the items missed ("ikke til stede under Sak 1 og Sak 3")."""
    if not missed:
        return
    if len(missed) == sum(meaning.startswith(("item:", "answer:"))
                          for meaning in columns.values()):
        entry.attendance = Attendance.ABSENT
        return
    named = missed[0] if len(missed) == 1 else f"{', '.join(missed[:-1])} og {missed[-1]}"
    entry.attendance = Attendance.PARTIAL
    entry.note = f"ikke til stede under {named}"


# A presence grid's item column head: "Sak 1", "Sak 12/24", "Pkt. 3", "PS 5/24".
_ITEM_COLUMN = lazy_regex(r"(?:sak|saka|pkt\.?|punkt|ps)\s*(?:nr\.?\s*)?\d+(?:/\d+)?")


# Words in an attendance column ("Oppmøte": X / Forfall) that only say present or absent
# (the stay-away forms a bracket after a label says, ``labels.STAYED_AWAY_FORMS``, too).
_ABSENT_MARKS = {*ABSENCE_NOUNS, *STAYED_AWAY_FORMS, "nei", "-",
                 "ikke til stede", "borte",
                 "ikkje til stades", "ikkje til stede", "ikke tilstede",
                 # (the verb said in full: "Lars Tofte (meldte forfall)")
                 "hadde meldt forfall", "har meldt forfall",
                 "melde fråfall", "hadde meldt fråfall", "meldt fråfall"}
# A "Møtt" cell saying the member's deputy came in the seat: the member was away.
_DEPUTY_SAT_MARKS = frozenset({"vara møtte", "vara møtt", "møtte ved vara", "vara",
                               "varamedlem møtte", "vara møtte for", "vara møtte i staden"})
_PRESENT_MARKS = {"x", "ja", "møtt", "til stede", "tilstede", "til stades", "✓", "✔"}


def is_absent_mark(text: str) -> bool:
    """Whether a role cell or its note says only that the person was away ("Forfall");
    a "-" there says the person has no role, not that they were away."""
    mark = text.casefold().strip(" .")
    return mark != "-" and mark in _ABSENT_MARKS


def _deputy_cell(cell: str) -> tuple[str, ...]:
    """A cell of a name and whom the person came for ("Arild Sæther, vara for Marit Holm",
    "Kari Fosse møtte for Per Dal") as two cells, as a table with a column of its own for
    it gives them; other cells whole."""
    name, comma, rest = cell.partition(", ")
    if comma and rest[:4].casefold() in ("for ", "vara", "pva ", "pva.", "møtt") and \
            substituted_for(rest):
        return name, rest
    if not comma and (split := _seat_taken(cell)):
        return split  # "Kari Fosse møtte for Per Dal": the same, without the comma
    return (cell,)


def parse_table_row(cells: tuple[str, ...], role: ParticipantRole | None,
                    attendance: Attendance,
                    columns: dict[int, str] | None = None) -> Entry | None:
    """A Name | Organisation (| Role) table row (``_parse_table_row``); one the row calls
    an adviser by job is marked, as on a line (``_mark_staff``), unless her organisation
    is one bare word that names no body ("Nordlia" under "Kommune": the municipality she
    represents, though a region of that name may be the record's organisation)."""
    entry = _parse_table_row(cells, role, attendance, columns)
    if entry is not None and (org := entry.organization) and \
            (" " in org or org.casefold().endswith(BODY_WORD_ENDINGS)):
        _mark_staff(entry, "\t".join(cells))
    return entry


def _parse_table_row(cells: tuple[str, ...], role: ParticipantRole | None,
                     attendance: Attendance,
                     columns: dict[int, str] | None = None) -> Entry | None:
    """A Name | Organisation (| Role) table row, with "(møteleder)" notes in the cell."""
    if columns:
        return _row_by_columns(cells, columns, role, attendance)
    values = [piece for c in cells if (value := _tick(c))
              for piece in (_deputy_cell(value) if ", " in value or " for " in value or
                            " pva " in value else (value,))]
    if not values or all(v.isupper() for v in values) or any(
            v.casefold() in {"navn", "name", "namn"} for v in values):
        return None
    name_index = next((i for i, v in enumerate(values)
                       if (looks_like_name(tidy_name(_without_parens(v))) and
                           # ("Regional DKS-koordinator   Mona Rustad, …": a seat in
                           # capitals before the person's cell, no name)
                           not (v[:1].isupper() and _is_job_title(v.casefold()) and
                                not any(is_first_name(word) for word in v.split()))) or
                       _surname_first_cell(v)), None)
    own_role = None
    bracketed = None  # the name cell's bracket that names whom the person represents
    if name_index is None:
        if (listed := _listed_name_cell(values, role, attendance)) is None:
            return None
        name_index, entry = listed
        own_role = entry.role if entry.role is not role else None
    else:
        name_cell = values[name_index]
        entry = Entry(name=tidy_name(_without_parens(name_cell)), role=role,
                      attendance=attendance)
        for paren in _parens(name_cell):
            if is_role_word(paren) and role_of(paren):
                entry.role = role_of(paren)
            elif bracketed is None and _place_in_name_cell(entry.name, paren):
                bracketed = paren  # "Medlem   Eva Berg (Sigdal kommune)": whom she represents
            else:
                _apply_note(entry, paren)
    _row_values_into(entry, values, name_index)
    if bracketed is not None and entry.organization is None:
        entry.organization = bracketed  # (an organisation's own cell beside it comes first)
    if own_role is not None:
        entry.role = own_role  # (the cell's "Hanne Moen, leder" beats a group's "Medlemmer")
    return entry


# A name cell that gives the job after a dash, in lower case: "Målfrid Sæbø – rådgjevar",
# "Per Vik – seksjonsleiar i beredskapsavdelinga (referent)".
_DASHED_JOB_CELL = lazy_regex(r"[^–,()]+?\s–\s[a-zæøå][^–]*$")


def _listed_name_cell(values: list[str], role: ParticipantRole | None,
                      attendance: Attendance) -> tuple[int, Entry] | None:
    """(its index, the person) for the one cell of a row that holds a name and, after a
    comma, the person's seat or job ("Hanne Moen, leder", "Ole Brekke, daglig leder
    (referent)"), read as a list's entry is: a table whose first column groups the rows
    ("Medlemmer", "Sekretariat") often writes the seat beside the name in one cell.
    None when no cell opens so, or the cell reads as more than one person."""
    for i, value in enumerate(values):
        if " – " in value and _DASHED_JOB_CELL.match(value) and \
                looks_like_name(tidy_name(value.partition(" – ")[0])):
            pass  # "Målfrid Sæbø – rådgjevar i samhandlingsavdelinga": the name, her job
        elif ", " not in value or (head := _ENTRY_HEAD.match(value)) is None or \
                not looks_like_name(tidy_name(head.group(1))):
            continue
        listed = parse_people_list(value, role, attendance)
        return (i, listed[0]) if len(listed) == 1 else None
    return None


def _row_values_into(entry: Entry, values: list[str], name_index: int) -> None:
    """Read a headerless row's cells other than the name's into the person: seat,
    absence, whom they came for, notes, organisation (``parse_table_row``)."""
    for i, value in enumerate(values):
        if i == name_index:
            continue
        if entry.organization is None and ", " in value and _job_first(value):
            # "rådgiver, Lindesnes kommune (leder)": the job, the employer, her seat (as
            # after the name's comma in a list), the seat's brackets no part of the employer
            _apply_job(entry, _org_with_notes(entry, value))
        elif is_role_word(value) and role_of(value):
            entry.role = role_of(value)
            if ", " in value and entry.organization is None:
                _apply_job(entry, value)  # "Sekretær, Viken Revisjon IKS": and whom for
            elif entry.organization is None and is_secretariat(value) and \
                    value.casefold().startswith("sekretariatet"):
                entry.organization = value  # "Kari Holm | sekretariatet | referent": whom she
                # serves, as "Kari Holm, sekretariatet" in a list
        elif is_absent_mark(value):
            # any word a status column uses for staying away ("Forfall", "møtte ikkje",
            # "meldt forfall"), in a row whose table has no head to name the column
            entry.attendance = Attendance.ABSENT
        elif value.casefold() in {"x", "møtt", "til stede", "ja"}:
            continue
        elif value[:4].casefold() in ("for ", "vara", "pva ", "pva.", "møtt") and \
                substituted_for(value):
            _apply_note(entry, value)  # a deputy's "for Y" cell names whom they came for
        elif _PARTIAL.search(value) and not _ORG_HINT.search(value):
            _apply_note(entry, value)
        elif is_seat_side(value) or _is_job_title(value):
            continue  # "Arbeidstakersiden | Mona Hegg | Fagforbundet": the side, no org
            # (nor a job in lower case: "Arbeidsgiversiden | Knut Bøe | personalsjef")
        elif entry.organization is None:
            org = _org_with_notes(entry, value)
            if not org:
                continue  # "Anne Li   (digitalt)": a note in its own column, no organisation
            if is_role_word(org):  # "vara (møtte for Tor Vik)": a seat, and a note
                entry.role = role_of(org) or entry.role
                if ", " in org:
                    # "Rådgiver, Viken Revisjon IKS": the job, then whom the person works
                    # for, as a "Stilling" cell gives them
                    _apply_job(entry, org)
            else:
                # ("Lesja kommune:      Kari Holm": a padded seat line's cells, the
                # organisation a label of the name, its colon no part of it)
                entry.organization = (_place_after_job(org) or org).removesuffix(":").rstrip()



def _job_first(cell: str) -> bool:
    """Whether a cell opens with a job in lower case before a comma and an employer after
    it ("rådgiver, Lindesnes kommune (leder)", "arealplanlegger, Farsund kommune"): a
    "Stilling, arbeidsgiver" cell, whose job is no part of the organisation. A seat after
    the job ("ordfører, leder") is read as a seat."""
    job, rest = cell.split(",", 1)
    job = job.strip()
    return job[:1].islower() and rest.strip()[:1].isupper() and "(" not in job and \
        _is_job_title(job)


def _member_and_deputy(member: Entry, cells: tuple[str, ...],
                       columns: dict[int, str]) -> list[Entry]:
    """A "Medlem | Vara | Møtt" row: a name in the deputy cell says the deputy met for
    the member (present, "for X"), who was away; an empty one says the member met.

    Only where the table also says who came: "Medlem | Vara" alone is a roster of seats
    and their deputies, not of who met.
    """
    index = next(i for i, meaning in columns.items() if meaning == "deputy")
    cell = cells[index] if index < len(cells) else ""
    if _tick(cell).casefold() == "x":
        return [_ticked_as_deputy(member, cells, columns)]
    name = tidy_name(_without_parens(cell))
    if name and "(" in cell and looks_like_name(name) and _deputy_marked_present(cell):
        return _deputy_came(member, name)  # "Trine Vik (møtte)": the roster says who came
    if not name or "present" not in columns.values() or not looks_like_name(name):
        return [member]
    mark = presence_mark(cells, columns)
    if mark and (seat := _seat_that_came(mark)):
        # "Medlem" / "Vara" under "Møtt" instead of a cross: which of the two came
        return [member] if seat == "member" else _deputy_came(member, name)
    if mark == "" or (mark and is_absent_mark(mark)):
        member.attendance = Attendance.ABSENT
        return [member]  # no mark, or "Forfall": the seat stood empty
    return _deputy_came(member, name)


def _deputy_in_empty_seat(cells: tuple[str, ...], role: ParticipantRole | None,
                          attendance: Attendance, columns: dict[int, str]) -> Entry | None:
    """The deputy of a "Medlem | Vara" row whose member's cell is a dash ("– | Kari Holm |
    Dal kommune" under "Desse møtte:"): the seat's member left out, its deputy the one who
    came, read as the member's cell would be; None when the row says otherwise."""
    seat = next((i for i, meaning in columns.items() if meaning == "name"), None)
    deputy = next(i for i, meaning in columns.items() if meaning == "deputy")
    if seat is None or max(seat, deputy) >= len(cells) or \
            cells[seat].strip() not in ("-", "–", "—"):
        return None
    name = tidy_name(_without_parens(cells[deputy]))
    if not looks_like_name(name):
        return None
    moved = list(cells)
    moved[seat], moved[deputy] = cells[deputy], ""
    return parse_table_row(tuple(moved), role, attendance, columns)


# What a mark column ("Forfall", "Vara") holds where it is not ticked: "Nei", a dash.
_NOT_MARKED = frozenset({"", "nei", "-", "–", "—", "ingen"})


def _says_yes(cell: str) -> bool:
    """Whether a mark column's cell is ticked: "X", "Ja", "✓" are; "Nei", "-" are not."""
    return _tick(cell).casefold().strip(" .") not in _NOT_MARKED


def _ticked_as_deputy(member: Entry, cells: tuple[str, ...],
                      columns: dict[int, str]) -> Entry:
    """A row ticked under "Vara" ("Navn | Møtt | Forfall | Vara": X): the person met as a
    deputy, present though the "Møtt" box is blank; a tick under "Forfall" too says away."""
    away = any(meaning == "absent" and i < len(cells) and _says_yes(cells[i])
               for i, meaning in columns.items())
    if not away:
        member.attendance = Attendance.PRESENT
    return member


# What a "Møtt" column may say instead of a cross in a "Medlem | Vara | Møtt" table.
_SEAT_THAT_CAME = {**dict.fromkeys(MEMBER_SEAT_WORDS, "member"),
                   **dict.fromkeys(DEPUTY_SEAT_WORDS, "deputy")}


def _seat_that_came(mark: str) -> str | None:
    """Which of the two a "Møtt" cell names: "Medlem", "Vara", also with the verb
    ("Medlem møtte", "Vara møtte", "Møtte vara")."""
    words = [w for w in mark.casefold().strip(" .").split() if w not in _CAME_WORDS]
    return _SEAT_THAT_CAME.get(" ".join(words))


_CAME_WORDS = frozenset({"møtte", "møtt", "møtar", "møter"})


def _deputy_came(member: Entry, name: str) -> list[Entry]:
    """The member away and the deputy present in the member's seat ("for" the member)."""
    member.attendance = Attendance.ABSENT
    return [member, Entry(name=name, organization=member.organization, role=member.role,
                          attendance=Attendance.PRESENT, note=f"for {member.name}")]


def _deputy_marked_present(cell: str) -> bool:
    """Whether a deputy cell's brackets say the deputy came ("Trine Vik (møtte)",
    "(til stede)"): in a "Medlem | Vara" roster with no presence column, the only sign."""
    return any(p.casefold().strip(" .") in _PRESENT_MARKS | {"møtte"} for p in _parens(cell))


def _org_with_notes(entry: Entry, value: str) -> str:
    """An organisation cell without its attendance note: "Østkommune (deler av møtet)";
    empty when the cell was a note alone.

    A parenthesis that is a note or a role belongs to the person; one that is part of the
    organisation's name ("Vestfold og Telemark (fylkeskommune)") stays.
    """
    kept = value
    for paren in _parens(value):
        if is_role_word(paren) and role_of(paren):
            entry.role = role_of(paren)
        elif _NOTE.search(paren) and not _ORG_HINT.search(paren):
            _apply_note(entry, paren)
        else:
            continue
        kept = kept.replace(f"({paren})", "")
    if ", " in kept:
        kept = _without_partial_tail(entry, kept)
    if ", " in kept:  # "Grimstad kommune, referent": the role after the organisation
        kept, entry.role = _role_after_comma(kept, entry.role)
    return " ".join(kept.split())  # ("" for a cell that was a note alone: "(digitalt)")


def _without_partial_tail(entry: Entry, value: str) -> str:
    """An organisation cell without the part of the meeting the person was there for,
    written after a comma instead of in brackets ("Sandøy kommune, fra kl. 13.15",
    "Holtan kommune, til og med sak 4"): that part is the person's note. A tail that
    names an organisation ("Nordby kommune, helse og omsorg") stays."""
    head, tail = value.rsplit(", ", 1)
    if not head.strip() or not _PARTIAL.search(tail) or _ORG_HINT.search(tail):
        return value
    _apply_note(entry, tail.strip())
    return head


def table_row_people(cells: tuple[str, ...], role: ParticipantRole | None,
                     attendance: Attendance,
                     columns: dict[int, str] | None = None) -> list[Entry]:
    """Everyone in one attendance table row.

    Usually one person, but "Kommune | Ordfører | Rådmann" tables hold a person per
    column: each name cell is a person, and a cell that is not a name (the municipality)
    is whom they all represent.
    """
    if len(cells) == 2 and columns in NAME_ORG_COLUMNS and \
            (plain := _plain_row(cells, role, attendance, columns)) is not None:
        return plain  # "Kari Holm | Nordby kommune": most rows of most tables
    if len(cells) >= 2 and cells[0][1:2].isupper() and \
            _own_initials(cells[0].strip(), tidy_name(_without_parens(cells[1])),
                          sum(bool(cell.strip()) for cell in cells) > 2):
        cells = ("", *cells[1:])  # "KN | Kari Nymoen | Vestby kommune": her initials
    if columns and (rows := _names_on_lines(cells, columns)):
        # "Fredrikstad | Kari Holm / Per Dahl" (a cell of two lines): a row each
        return [person for row in rows
                for person in table_row_people(row, role, attendance, columns)]
    if columns and (width := _repeat_width(columns)):
        # "Navn | Organisasjon | Navn | Organisasjon": two people's rows side by side
        return [person for start in range(0, len(cells), width)
                for person in table_row_people(cells[start:start + width], role, attendance,
                                               {i: columns[start + i] for i in range(width)})]
    if columns is None and (listed := _entries_in_cells(cells, role, attendance)):
        return listed
    if columns is None and len(cells) == 2 and " og " in cells[0] and (
            pair := _names_from_one_place(cells, role, attendance)):
        return pair
    if columns is None and len(cells) == 2 and " og " in cells[1] and \
            cells[0].rstrip()[-1:] == ":" and (pair := _people_of_one_org(cells, role, attendance)):
        return pair
    # both readings of a seat's deputy below need an absence word in a cell ("Per Dal
    # (forfall), Kari Fosse møtte", "forfall – Kari Fosse møtte"): one test of the row's
    # cells together (no hint holds a tab) decides for both, instead of one per cell
    away = _has_absence_word(joined := "\t".join(cells))
    if columns and away and (seat := _away_and_deputy_cell(cells, columns)) is not None:
        cells, deputy = seat  # "Per Dal (forfall), Kari Fosse møtte": both in one seat
        entry = parse_table_row(cells, role, attendance, columns)
        if entry is not None:
            return [entry, Entry(name=deputy, organization=entry.organization,
                                 role=ParticipantRole.MEMBER, attendance=Attendance.PRESENT,
                                 note=f"for {entry.name}")]
    entry = parse_table_row(cells, role, attendance, columns)
    if entry is None and columns is None and len(cells) == 2 and "/" in cells[1] and \
            (pair := _seat_pair(cells, role, attendance)):
        return pair
    if entry is None and columns is None:
        return _ticked_entry(cells, role, attendance)
    # (a "Nei" needs an "ei", asked once of the joined cells: no cell's "ei" spans a tab)
    if entry is not None and (away or ("ei" in joined and _said_no_in_cells(cells)) or
                              (attendance is Attendance.ABSENT and "(vara" in joined)) and \
            (deputy := _deputy_in_remark(entry, cells)) is not None:
        return [entry, deputy]  # (the cells, if cut above, hold a part of a cell that held one)
    if entry is not None and columns and "stand-in" in columns.values():
        return _with_stand_in(entry, cells, columns)
    if entry is not None and columns and "deputy" in columns.values():
        return _member_and_deputy(entry, cells, columns)
    if entry is None and columns and "deputy" in columns.values() and \
            (came := _deputy_in_empty_seat(cells, role, attendance, columns)) is not None:
        return [came]
    if entry is None or columns:
        return [entry] if entry else []
    if halves := _side_by_side(cells):
        return [person for half in halves
                for person in table_row_people(half, role, attendance)]
    # (a deputy's "for Y" cell names the absent member, not a second person at the table)
    names = [c.strip() for c in cells
             if looks_like_name(tidy_name(_without_parens(c))) and not substituted_for(c)]
    if len(names) < 2:
        return [entry]
    if len(names) >= 3 and names[0] == cells[0].strip() and \
            not is_first_name(names[0].split()[0]) and \
            2 * sum(is_first_name(n.split()[0]) for n in names[1:]) >= len(names) - 1:
        names = names[1:]  # "Indre Fosen | Bjørnar Buhaug | Knut Vang": a place first
    others = [c.strip() for c in cells if c.strip() and c.strip() not in names]
    # every cell a name ("Per Hansen | Tor Li"): two people, and no cell says whom they
    # represent (the organisation ``entry`` took is the second name)
    organization = others[0] if len(others) == 1 else entry.organization if others else None
    return [_person_cell(name, organization, role, attendance) for name in names]


# The two plain tables' columns: "Navn | Kommune" (or "Organisasjon", "Namn"), and the
# other way round ("Kommune | Navn"): ``_plain_row`` reads their rows.
_NAME_ORG = {0: "name", 1: "org"}
_ORG_NAME = {0: "org", 1: "name"}
NAME_ORG_COLUMNS = (_NAME_ORG, _ORG_NAME)  # (``read_attendance``'s way for their rows too)


def _plain_row(cells: tuple[str, ...], role: ParticipantRole | None, attendance: Attendance,
               columns: dict[int, str]) -> list[Entry] | None:
    """The person of a plain two-column row ("Kari Holm | Nordby kommune", columns
    ``_NAME_ORG`` or ``_ORG_NAME``), read the short way; None for a row that needs the
    long one (``table_row_people``, ``_row_by_columns``), which gives the same answer.

    Why: some 850 bytecode steps went into a plain row (s73r), most of them tests of
    forms it cannot hold. A row with no bracket, comma, line break, "for"/"pva" seat
    note, initials before the name, absence word or opening "Nei" holds none of them:
    what is left of the long way is the name tidied and tested, a one-word organisation
    that is a seat or a job, the secretariat's role, the staff mark.

    Of those, the cells' marks (``_tick``), the secretariat's name and the staff's jobs
    are asked behind the cheap tests that every answer but "no" needs (a letter at a
    cell's ends, "sekretariat" in the folded organisation, ``_may_name_staff``): about
    70 bytecode steps a row fewer (s76f).
    """
    joined = "\t".join(cells)
    if "(" in joined or "," in joined or "\n" in joined or cells[0][1:2].isupper() or \
            _has_absence_word(joined) or ("ei" in joined and _said_no_in_cells(cells)):
        return None
    at = 0 if columns[0] == "name" else 1
    # (a cell that opens and ends with a letter is no mark: ``_tick`` gives it back as it
    # is, stripped, since every mark and dash it reads starts and ends with none; s76f)
    raw_name = cells[at].strip()
    if not (raw_name[:1].isalpha() and raw_name[-1:].isalpha()):
        raw_name = _tick(raw_name)
    if " for " in raw_name or " pva " in raw_name:
        return None
    name = tidy_name(raw_name)
    if not looks_like_name(name):
        return None  # (a card, "NAV v/ Ola Dale", or no one: the long way)
    if name != raw_name.strip() and (seat := _seat_before_name(raw_name, name)):
        role = seat  # "Leiar Olaug Myklebust": her seat, then her name
    org = " ".join(cells[1 - at].split())
    if org and not (org[:1].isalpha() and org[-1:].isalpha()):
        org = " ".join(_tick(cells[1 - at]).split())  # ("–", "x": the mark's reading)
    if not org:
        return [Entry(name, None, role, attendance)]
    if " " not in org and _title_or_seat_alone(org):
        # "Institusjonsleder" alone: a title (its role, if it names one), not whom
        return [Entry(name, None, role_of(org) or role, attendance)]
    entry = Entry(name, org, role, attendance)
    # (both tests below ask the organisation's folded text: once here. The secretariat's
    # name holds "sekretariat" wherever ``is_secretariat`` says so, a substring search
    # before its call; s76f)
    folded = org.casefold()
    if "sekretariat" in folded and is_secretariat(org):
        entry.role = _SECRETARY_ROLE
    if (" " in org or folded.endswith(BODY_WORD_ENDINGS)) and _may_name_staff(joined):
        _mark_staff(entry, joined)  # (its first test asked here: most rows name no job)
    return [entry]


# The words of a seat left empty ("forfall", "meldt fråfall", "hadde meldt fravær") and the
# name of who came in it ("Kari Fosse", capitalised words even under re.I): shared by the
# remark cell and the name cell that say both.
_AWAY_WORDS = rf"(?:(?:hadde\s+|har\s+)?(?:meldt|melde)\s+)?(?:{'|'.join(ABSENCE_NOUNS)})"
_CAME_NAME = r"(?-i:[A-ZÆØÅ])[\w.-]*(?:\s+(?-i:[A-ZÆØÅ])[\w.-]*){1,3}"
# A remark cell saying the member was away and who came in the seat: "forfall – Kari Fosse
# møtte", "Forfall, vara Kari Fosse møtte", "Meldt fråfall; varamedlem Kari Fosse".
_REMARK_AWAY_DEPUTY = lazy_regex(
    # (or a "Møtt" column's "Nei – vara Kari Fosse møtte": the member did not come)
    rf"^(?:{_AWAY_WORDS}|nei)\s*[,;:–—-]\s*(?:(?:vara(?:medlem)?\s*:?\s+(?P<deputy>{_CAME_NAME})"
    r"(?:\s+(?:møtte|møtt|møtte\s+for\s+\w+))?)|"
    rf"(?P<came>{_CAME_NAME})\s+(?:møtte|møtt)(?:\s+som\s+vara(?:medlem)?)?)\s*\.?$", re.I)
# (without the first letter: "Forfall" and "forfall" both, tested on the cell as written)
_has_absence_word = contains_any(tuple(noun[1:] for noun in ABSENCE_NOUNS))
# The deputy alone in brackets after a forfall list's padded row ("Ola Nord     Zby
# (vara Kari Fosse møtte)"): the list's heading already says the member was away.
_BRACKETED_DEPUTY = lazy_regex(r"^\(\s*vara(?:medlem|representant)?\s*:?\s+"
                               rf"(?P<deputy>{_CAME_NAME})(?:\s+(?:møtte|møtt))?\s*\)\.?$", re.I)


# A seat's name cell holding the member away and the deputy who came ("Per Dal (forfall),
# Kari Fosse møtte", "Per Dal (fråfall); vara Kari Fosse"): the member, then the deputy.
_SEAT_AWAY_AND_DEPUTY = lazy_regex(
    rf"^(?P<away>[^,;()]+?\s*\({_AWAY_WORDS}\))\s*[,;]\s*"
    r"(?:(?P<vara>vara(?:medlem)?\s*:?\s+))?"
    rf"(?P<came>{_CAME_NAME})"
    r"(?P<verb>\s+(?:møtte|møtt)(?:\s+(?:som\s+vara(?:medlem)?|for\s+\w+))?)?\s*\.?$", re.I)


def _names_on_lines(cells: tuple[str, ...], columns: dict[int, str]) -> list[tuple[str, ...]]:
    """The rows a row stands for when its name cell holds a name on each of its lines.

    A table that gives each municipality one row sets its two or three people in one
    cell, a name a line (a line break in Word or HTML, a wrapped cell in a PDF). Each is
    a person with the row's other cells (the municipality). Empty when the name cell has
    one line, or a line that is no name ("Kari Holm" over "vara for Per Dahl").

    A converted table may instead join the cell's people with commas on one line
    ("Hol | Aslak Myhre, Guro Flaten (referent)"): the same rows, when every piece is a
    name (a surname-first "Holm, Kari" has pieces of one word and stays one person)."""
    joined = "\t".join(cells)
    if "\n" not in joined and ", " not in joined:
        return []  # (most rows: one test in C, before the name column is looked up)
    index = next((i for i, meaning in columns.items() if meaning == "name"), None)
    if index is None or index >= len(cells):
        return []
    cell = cells[index]
    if "\n" in cell:
        lines = [line.strip() for line in cell.split("\n") if line.strip()]
    elif ", " in cell:
        lines = [piece.strip() for piece in _COMMA_OUTSIDE_PARENS.split(cell) if piece.strip()]
    else:
        return []
    if len(lines) < 2 or not all(looks_like_name(tidy_name(_without_parens(line)))
                                 and not substituted_for(line) for line in lines):
        return []
    return [(*cells[:index], line, *cells[index + 1:]) for line in lines]


# A comma between two people in one cell, not one inside a note in brackets ("Kari Holm
# (leiar, Hol)").
_COMMA_OUTSIDE_PARENS = lazy_regex(r",\s+(?![^(]*\))")


def _away_and_deputy_cell(cells: tuple[str, ...], columns: dict[int, str]) -> tuple[
        tuple[str, ...], str] | None:
    """(the row with the member alone in the name cell, the deputy's name) when a seat's
    name cell names the member away and the deputy who came in the seat ("Per Dal
    (forfall), Kari Fosse møtte"); None for the usual cell of one person. The deputy must
    be said to have come ("møtte") or be called one ("vara"): two names alone may be two
    people."""
    for i, kind in columns.items():
        if kind != "name" or i >= len(cells) or not _has_absence_word(cells[i]):
            continue
        match = _SEAT_AWAY_AND_DEPUTY.match(cells[i].strip())
        if match is None or not (match.group("vara") or match.group("verb")):
            return None
        return (*cells[:i], match.group("away"), *cells[i + 1:]), match.group("came")
    return None


def _said_no(cell: str) -> bool:
    """Whether a cell opens with a "Møtt" column's "Nei" and goes on ("Nei – vara Kari
    Fosse møtte"): the member away, as an absence word says."""
    return cell.lstrip()[:3].casefold() == "nei" and len(cell.strip()) > 3


def _said_no_in_cells(cells: tuple[str, ...]) -> bool:
    """Whether any cell of a row opens with a "Nei" that goes on (``_said_no``)."""
    return any(_said_no(cell) for cell in cells if "ei" in cell)


def _deputy_in_remark(entry: Entry, cells: tuple[str, ...]) -> Entry | None:
    """The deputy a cell of the member's row names as having come in the seat ("forfall –
    Kari Fosse møtte"): the member was away, the deputy present "for" the member and
    holding the same seat (a member, whom the seat represents); None without one."""
    for cell in cells:
        if entry.attendance is Attendance.ABSENT and cell[:1] == "(" and "vara" in cell:
            match = _BRACKETED_DEPUTY.match(cell.strip())  # "(vara Kari Fosse møtte)"
        elif not (_has_absence_word(cell) or _said_no(cell)) or \
                not ("møtt" in cell or "ara" in cell):
            continue
        else:
            match = _REMARK_AWAY_DEPUTY.match(cell.strip())
        if match is None:
            continue
        deputy = match.group("deputy") or match.group("came")
        if normalize_name(deputy) == normalize_name(entry.name):
            return None
        entry.attendance = Attendance.ABSENT
        if entry.organization == cell.strip():
            entry.organization = None  # (no heading: the remark read as whom he represents)
        if entry.note and deputy in entry.note:
            entry.note = None  # the note only repeats the absence; the deputy is a person
        return Entry(name=deputy, organization=entry.organization, role=ParticipantRole.MEMBER,
                     attendance=Attendance.PRESENT, note=f"for {entry.name}")
    return None


def _repeat_width(columns: dict[int, str]) -> int | None:
    """The width of one person's columns when a header repeats them ("Navn | Kommune |
    Navn | Kommune", "Navn | Navn"): a list set in two columns to save room; else None."""
    if list(columns.values()).count("name") < 2:
        return None  # (most tables, asked for each row: one name column, counted in C)
    kinds = [columns.get(i) for i in range(len(columns))]
    if kinds.count("name") < 2:
        return None
    for width in range(1, len(kinds) // 2 + 1):
        if len(kinds) % width == 0 and kinds == kinds[:width] * (len(kinds) // width):
            return width
    return None


def _seat_pair(cells: tuple[str, ...], role: ParticipantRole | None,
               attendance: Attendance) -> list[Entry]:
    """Both people of a seat's pair padded beside its place ("Åsen kommune:    Kari Holm /
    Eva Li"), each read as the row with one name would be: the padding is the line's
    layout, read as the same line unpadded ("Åsen kommune: Kari Holm / Eva Li") is."""
    sides = [side.strip() for side in cells[1].split("/")]
    if len(sides) != 2 or not all(looks_like_name(tidy_name(_without_parens(side)))
                                  for side in sides):
        return []
    people = [person for side in sides
              if (person := parse_table_row((cells[0], side), role, attendance, None))]
    return people if len(people) == 2 else []


def _entries_in_cells(cells: tuple[str, ...], role: ParticipantRole | None,
                      attendance: Attendance) -> list[Entry] | None:
    """A list set in the columns of a table without a header, each cell an entry of its
    own ("Kari Holm, Nordby | Per Dahl, Sørby"): every filled cell a name then a comma
    or a bracket, one a comma at least. None for a row of one person's cells."""
    filled = [cell.strip() for cell in cells if cell.strip()]
    if len(filled) < 2 or not any("," in cell for cell in filled):
        return None
    for cell in filled:
        head = _ENTRY_HEAD.match(cell)
        if head is None or not looks_like_name(tidy_name(head.group(1))):
            return None
    return [entry for cell in filled for entry in parse_people_list(cell, role, attendance)]


def _ticked_entry(cells: tuple[str, ...], role: ParticipantRole | None,
                  attendance: Attendance) -> list[Entry]:
    """A box ticked or left empty beside one list entry, in a table without a header
    ("☑ | Kari Holm, Åsen kommune"): the entry read as in a list (the box's meaning is
    read with the list's other boxes, as on a line: ``_unticked_boxes_absent``)."""
    if not any(cell.strip() in TICK_MARKS or cell.strip().casefold() == "x" for cell in cells):
        return []
    others = [value for cell in cells if (value := _tick(cell)) and value.casefold() != "x"]
    if len(others) != 1 or (head := _ENTRY_HEAD.match(others[0])) is None or \
            not looks_like_name(tidy_name(head.group(1))):
        return []
    return parse_people_list(others[0], role, attendance)


# The name an entry opens with, before its comma or bracket ("Kari Holm, Nordby").
_ENTRY_HEAD = lazy_regex(r"([^,()]+?)\s*[,(]")


def _person_cell(cell: str, organization: str | None, role: ParticipantRole | None,
                 attendance: Attendance) -> Entry:
    """One of several people in a row, with what its brackets say ("Ola Nord (forfall)"
    under "Kommune | Ordfører | Kommunedirektør": away; "(fra sak 3)": partial)."""
    entry = Entry(name=tidy_name(_without_parens(cell)), organization=organization, role=role,
                  attendance=attendance)
    for paren in _parens(cell):
        if is_absent_mark(paren):
            entry.attendance = Attendance.ABSENT
        else:
            apply_paren(entry, paren)
    return entry


def organization_heads(cells: tuple[str, ...]) -> tuple[str, ...] | None:
    """A table's heading row that names an organisation over each column ("Xby kommune |
    Yby kommune | Regionrådet"), whose rows then hold each one's people; or None.

    Only when every filled cell is a capitalised organisation-like heading (no name, also
    none with a bracket such as "Lise Berg (leder)", no column or role word) and one says
    so ("kommune", "NAV", …). A cell that opens with a name and a comma ("Kari Holm,
    Åsen kommune") is a list entry set in a column, no heading: a row of such cells is
    read as one by ``_entries_in_cells``."""
    filled = [c.strip() for c in cells if c.strip()]
    if len(filled) < 2 or not any(_ORG_HINT.search(c) for c in filled):
        return None
    for cell in filled:
        key = cell.casefold().rstrip(":")
        if not cell[:1].isupper() or len(cell.split()) > 4 or key in ATTENDANCE_COLUMN_WORDS \
                or is_role_word(cell) or looks_like_name(tidy_name(_without_parens(cell))) \
                or ("," in cell and (_opens_with_name(cell) or _surname_first_cell(cell))) \
                or ("/" in cell and _names_a_pair(cell)):
            return None
    return tuple(c.strip() for c in cells)


def _names_a_pair(cell: str) -> bool:
    """Whether a cell names a seat's representative and deputy ("Kari Holm / Eva Li",
    "Kari Holm / –", "– / Per Dahl"): people, no heading over a column."""
    return any(looks_like_name(tidy_name(_without_parens(side.strip())))
               for side in _tick(cell).split("/"))


def _opens_with_name(cell: str) -> bool:
    """Whether a cell opens with a person's name before its comma or bracket ("Kari
    Holm, Åsen kommune"), as a list's entry does."""
    head = _ENTRY_HEAD.match(cell)
    return head is not None and looks_like_name(tidy_name(head.group(1)))


# Column headings over the administration's people in a table of the body's members by
# municipality ("Kommune | Ordfører | Kommunedirektør"): the administration attends as
# guests (the reading guide's roles), the members' column keeps the list's role.
_ADMINISTRATION_HEADS = frozenset({
    "kommunedirektør", "kommunedirektører", "kommunedirektørar", "kommunedirektøren",
    "rådmann", "rådmenn", "rådmannen", "fylkesdirektør", "fylkesrådmann", "administrasjon",
    "administrasjonen", "administrasjonssjef", "daglig leder", "dagleg leiar"})
_MEMBER_HEADS = frozenset({"ordfører", "ordførere", "ordførar", "ordførarar", "varaordfører",
                           "varaordførar", "politisk", "politikere", "politikarar",
                           "varaordførere", "varaordførarar"})
_may_name_administration = contains_any(("direktør", "rådm", "administr", "daglig", "dagleg"))


def administration_columns(cells: tuple[str, ...]) -> frozenset[int] | None:
    """The columns of an attendance table's heading row that hold the administration
    ("Kommune | Ordfører | Kommunedirektør": the third), or None for any other row.

    Only a row of an organisation column and seat headings, one at least the
    administration's: the heading says who is who, as a list's label would."""
    keys = _beside_one_org_column(cells, _may_name_administration)
    if keys is None:
        return None
    guests = frozenset(i for i, k in enumerate(keys) if k in _ADMINISTRATION_HEADS)
    if not guests or not all(not k or k in _MEMBER_HEADS or k in _ADMINISTRATION_HEADS or
                             ATTENDANCE_COLUMN_WORDS.get(k) == "org" for k in keys):
        return None
    return guests


def _beside_one_org_column(cells: tuple[str, ...],
                           may_head: Callable[[str], bool]) -> list[str] | None:
    """A heading row's cells as keys (folded, no colon) when exactly one of them names the
    organisation column, else None: the seat and attendance tables each hang their other
    columns on that one column, so a row of two or none is none of theirs. ``may_head``
    asks the row's folded text for a word of the table's own headings first: most rows
    have none, and a substring test is cheaper than folding cell by cell."""
    if not may_head("\t".join(cells).casefold()):
        return None
    keys = [c.strip().casefold().rstrip(":") for c in cells]
    return keys if sum(ATTENDANCE_COLUMN_WORDS.get(k) == "org" for k in keys) == 1 else None


_may_name_seats = contains_any(("ordf", "politi"))


def members_seat_heading(cells: tuple[str, ...]) -> bool:
    """Whether a heading row sets the members' seats beside one organisation column,
    without the administration's ("Kommune | Ordfører | Varaordfører"): a table of a
    person per seat, read as ``administration_columns``' tables are (``seat_matrix_row``)."""
    keys = _beside_one_org_column(cells, _may_name_seats)
    return keys is not None and sum(k in _MEMBER_HEADS for k in keys) >= 2 and \
        all(not k or k in _MEMBER_HEADS or ATTENDANCE_COLUMN_WORDS.get(k) == "org" for k in keys)


def seat_matrix_row(cells: tuple[str, ...], role: ParticipantRole | None,
                    attendance: Attendance) -> list[Entry]:
    """A row under "Kommune | Ordfører | Kommunedirektør": a person per seat cell, all of
    the row's municipality (the first cell that is no name). A seat's cell that holds a mark
    alone ("forfall", "–") names nobody: it is that seat's absence, not the others' in
    the row ("Vestby | Kari Li | forfall": Kari Li came); "Kari Li (forfall)" is hers."""
    names = [cell for cell in cells if looks_like_name(tidy_name(_without_parens(cell)))]
    places = [cell.strip() for cell in cells if cell.strip(" -–—") and cell not in names and
              not is_absent_mark(cell) and _tick(cell).casefold() not in _PRESENT_MARKS]
    # (the municipality's column comes first: a seat's cell of words after it,
    # "forfall – Kari Fosse møtte", is no organisation)
    organization = places[0] if places else None
    return [_person_cell(name, organization, role, attendance) for name in names]


# The headings of a table's columns that hold who came and who sent apologies, by name
# ("Kommune | Møtte | Forfall"): the column says each name's attendance.
_PRESENT_HEADS = frozenset({"til stede", "tilstede", "til stades", "møtt", "møtte", "deltok",
                            "møtande", "møtende"})
_ABSENT_HEADS = frozenset({"forfall", "meldt forfall", "fravær", "fråvær", "ikke møtt",
                           "ikkje møtt", "møtte ikkje", "møtte ikke",
                           "fråfall", "meldt fråfall"})  # nynorsk (ABSENCE_NOUNS)
_may_head_attendance = contains_any(("møt", "stede", "stades", "deltok", "forfall", "fravær",
                                     "fråvær", "fråfall"))


def attendance_by_column(cells: tuple[str, ...]) -> dict[int, Attendance] | None:
    """The columns of a heading row that sort the names by attendance beside one
    organisation column ("Kommune | Møtte | Forfall"): each row a municipality, the
    person in "Møtte" present, the one in "Forfall" away. None for any other row (a
    heading with a name column is ``table_columns``': its marks are beside the names)."""
    keys = _beside_one_org_column(cells, _may_head_attendance)
    if keys is None:
        return None
    columns = {i: Attendance.PRESENT if k in _PRESENT_HEADS else Attendance.ABSENT
               for i, k in enumerate(keys) if k in _PRESENT_HEADS or k in _ABSENT_HEADS}
    if not columns or not all(not k or i in columns or ATTENDANCE_COLUMN_WORDS.get(k) == "org"
                              for i, k in enumerate(keys)):
        return None
    return columns


def attendance_column_row(cells: tuple[str, ...], columns: dict[int, Attendance],
                          role: ParticipantRole | None) -> list[Entry]:
    """A row under "Kommune | Møtte | Forfall": each name (a line of its cell) in an
    attendance column, of the row's municipality (its first cell that holds no name),
    present or away by its column ("Årdal | | Ingvild Moen": away)."""
    people = {i: [line for line in cells[i].split("\n")
                  if looks_like_name(tidy_name(_without_parens(line)))]
              for i in columns if i < len(cells)}
    named = {line for lines in people.values() for line in lines}
    places = [cell.strip() for i, cell in enumerate(cells)
              if i not in columns and cell.strip() and cell not in named]
    organization = places[0] if places else None
    return [_person_cell(line, organization, role, columns[i])
            for i, lines in people.items() for line in lines]


def in_columns(entry: Entry, cells: tuple[str, ...], columns: frozenset[int]) -> bool:
    """Whether the person's name stands in one of the columns."""
    return any(entry.name in cells[i] for i in columns if i < len(cells))


def people_under_heads(cells: tuple[str, ...], heads: tuple[str, ...],
                       role: ParticipantRole | None, attendance: Attendance) -> list[Entry]:
    """A row under organisation headings: each name cell is a person of its column's
    organisation ("Kari Holm | Ola Nord" under "Xby kommune | Yby kommune")."""
    return [_person_cell(cell, heads[i] or None, role, attendance)
            for i, cell in enumerate(cells[:len(heads)])
            if cell.strip() and looks_like_name(tidy_name(_without_parens(cell)))]


def _side_by_side(cells: tuple[str, ...]) -> tuple[tuple[str, ...], ...] | None:
    """The halves of a row that holds two people's rows side by side, or None.

    A list set in two columns to save room ("Kari Holm | Åsen kommune | Per Dahl |
    Nordby kommune") is read row by row, so each row carries two people: a name opens
    each half, and nothing else in a half is a name, so each person keeps the
    organisation or role beside them, not the first one's.
    """
    half = len(cells) // 2
    if half < 2 or len(cells) != 2 * half:
        return None
    left, right = cells[:half], cells[half:]
    for part in (left, right):
        if not looks_like_name(tidy_name(_without_parens(part[0]))) or any(
                looks_like_name(tidy_name(cell)) for cell in part[1:]):
            return None
    return left, right


def _with_stand_in(entry: Entry, cells: tuple[str, ...], columns: dict[int, str]) -> list[
        Entry]:
    """A member's row and the deputy its "Vara som møtte" column names: the deputy came
    in the member's place ("for" the member, whom they represent too), so the member
    was away, whatever the member's own presence cell says. Without such a name the row
    is the member alone."""
    index = next(i for i, meaning in columns.items() if meaning == "stand-in")
    deputy = tidy_name(cells[index]) if index < len(cells) else ""
    if not looks_like_name(deputy):
        return [entry]
    entry.attendance = Attendance.ABSENT
    return [entry, Entry(name=deputy, organization=entry.organization,
                         role=ParticipantRole.MEMBER, attendance=Attendance.PRESENT,
                         note=f"for {entry.name}")]


# How a sentence says someone did not come: "… hadde meldt forfall", "… møtte ikkje",
# "… var ikkje til stades" (the nouns ``labels.ABSENCE_NOUNS``).
ABSENCE_VERB = (rf"(?:(?:hadde|har|hadde\s+også)\s+(?:meldt\s+)?(?:{'|'.join(ABSENCE_NOUNS)})|"
                # (nynorsk "melde", "fråfall")
                rf"(?:meldte|melde)\s+(?:også\s+)?(?:{'|'.join(ABSENCE_NOUNS)})|"
                r"møtte\s+(?:ikke|ikkje)|var\s+(?:ikkje|ikke)\s+(?:til\s*stades|til\s*stede)|"
                r"var\s+(?:fråverande|fraværende))")
_ABSENT_SENTENCE = lazy_regex(
    rf"^(?P<name>[A-ZÆØÅ][\w-]+(?:\s+[A-ZÆØÅ][\w-]+){{0,3}})\s+{ABSENCE_VERB}\s*\.?$")
# "I tillegg var A, B og C tilstades under sak 1.": others who came, maybe for some cases.
_PRESENT_WORD = r"(?:til\s*stades|til\s*stede|tilstades|tilstede)"
ALSO_PRESENT = lazy_regex(
    r"^(?:i\s+tillegg|dessuten|dessutan|også)\s+(?:var|møtte|deltok)\s+(?P<names>.+?)"
    rf"(?:\s+(?P<note>(?:{_PRESENT_WORD}\s+)?(?:under|i|på|fra|frå|til)\s+"
    rf"(?:sak|saka|saker|punkt)\b.*?)|\s+{_PRESENT_WORD})?\s*\.?$", re.I)
# The items first, then who came for them: "Under sak 15/25 deltok Eva Ruud frå KS.", "I sak
# 3 møtte også Per Dahl." (guests for those items, as "Eva Ruud deltok under sak 15/25")
ITEMS_THEN_PRESENT = lazy_regex(
    r"^(?P<note>(?:under|i|på|til|fra|frå)\s+(?:sak|saka|saker|sakene|sakane|punkt)\s+"
    r"[^,;:]{1,30}?)\s+(?:deltok|møtte|var\s+til\s+stede|var\s+til\s+stades)\s+"
    r"(?:også\s+|òg\s+)?(?P<names>(?-i:[A-ZÆØÅ])[^:;]+?)\s*\.?$", re.I)
_ATTENDED = lazy_regex(
    r"^(?P<name>(?:[\wæøåÆØÅ]+\s+){0,2}[A-ZÆØÅ][\w-]+(?:\s+[A-ZÆØÅ][\w-]+){1,3})\s+"
    r"(?:deltok|møtte|var\s+(?:også\s+)?(?:til\s+stede|til\s+stades|med))"
    r"(?:\s+(?:også|og|i\s+møtet|på\s+møtet|som\s+vara\w*))*\s*\.?$")


# "Elin Lid fra Setesdal regionråd ledet møtet (og skrev referat)."; also after the
# chair's title, as boards write it: "Styrets leder, Kari Nordby, ledet møtet."; and with
# her job between commas: "Kari Nordby, kommunalsjef helse og omsorg, leia møtet."
_LED_SENTENCE = lazy_regex(
    # the body's leader by its noun, as owner or after "av"/"for"/"i": "Styrets leder",
    # "Nettverkets leder", "Leder av nettverket", "Leiar i faggruppa"
    r"^(?:(?:[A-ZÆØÅ][a-zæøå]+s|Styret\s+sin|Rådet\s+sin)\s+(?:leder|leiar)|"
    r"(?:Leder|Leiar)\s+(?:av|for|i)\s+[a-zæøå]+|"
    r"Styreleder|Styreleiar|Møteleder|Møteleiar|Leder|Leiar)?\s*,?\s*"
    r"(?P<name>[A-ZÆØÅ][\w-]+(?:\s+[A-ZÆØÅ][\w-]+){1,3})(?:,\s+[a-zæøå][^,.]{1,70},|,?)"
    r"(?:\s+(?:fra|frå)\s+(?P<org>[A-ZÆØÅ][^,.]{1,60}?))?\s+(?:ledet|leia|leidde|leder|leiar)"
    r"\s+møtet"
    r"(?:\s+og\s+(?:skrev|førte|tok)\s+referat(?:et)?)?\s*\.?$")


# "Svein Jørum ønsket velkommen til Inderøy og ledet så møtet." inside a paragraph
_LED_AFTER_WELCOME = lazy_regex(
    r"(?:^|[.!]\s+)(?P<name>[A-ZÆØÅ][\w-]+(?:\s+[A-ZÆØÅ][\w-]+){1,3})\s+"
    r"(?:ønsket|ønskte|ønskja|ynskte|ynskja)\s+(?:velkomm?en|vel\s+møtt)[^.]{0,60}?\s+og\s+(?:så\s+)?"
    r"(?:ledet|leia|leidde)\s+(?:så\s+|deretter\s+)?møtet\b")


# "Møtet ble ledet av Anne Berg.", "Møtet vart leia av leiar Kari Nes." as a head sentence
# (also the seat and title before the name, as regional councils write them: "… av
# regionrådets nestleder, ordfører Hanne Strøm", "… av nestleiar, ordførar Ola Vik"; the seat
# in its definite form too: "… vart leia av nestleiaren, Eirik Hauge")
_LED_BY_SENTENCE = lazy_regex(r"^Møtet\s+(?:ble|blei|vart)\s+(?:ledet|leia|leda|leidd)\s+av\s+"
                              r"(?:[a-zæøå]+s\s+(?=nest|leder|leiar))?"
                              r"(?:(?:leder|leiar|nestleder|nestleiar|møteleder|møteleiar|"
                              r"styreleder|styreleiar|ordfører|ordførar|varaordfører|"
                              r"varaordførar)(?:en)?,?\s+){0,2}"
                              r"(?P<name>[A-ZÆØÅ][\w-]+(?:\s+[A-ZÆØÅ][\w-]+){1,3})\s*\.?$")


def chair_sentence(text: str) -> Entry | None:
    """The chair a head sentence names ("Elin Lid fra Setesdal regionråd ledet møtet.",
    "Møtet ble ledet av Anne Berg."), read where it stands among the lists so that she
    keeps her place in the order of first appearance."""
    if "øtet" not in text:
        return None
    if text[:6] == "Møtet ":
        match = _LED_BY_SENTENCE.match(text)
        return Entry(name=match.group("name"), role=ParticipantRole.CHAIR,
                     attendance=Attendance.PRESENT, led=True) \
            if match and looks_like_name(match.group("name")) else None
    if "møtet" not in text:
        return None
    match = len(text) <= 120 and _LED_SENTENCE.match(text)
    if not match and ("velkom" in text or "vel møtt" in text):
        match = _LED_AFTER_WELCOME.search(text)
    if not match or not looks_like_name(match.group("name")):
        return None
    return Entry(name=match.group("name"), organization=match.groupdict().get("org"),
                 role=ParticipantRole.CHAIR, attendance=Attendance.PRESENT, led=True)


# Words the patterns above cannot match without (they are case-sensitive).
_ATTENDED_WORDS = ("deltok", "møtte", "var")
# Words ``ABSENCE_VERB`` cannot match without, spaces as the pattern allows them aside
# (a guard for ``_ABSENT_SENTENCE`` on every piece of a list: most are bare names).
_has_absence_verb = contains_any((*ABSENCE_NOUNS, "møtte", "ikk", "fråverande"))
_ABSENT_WORDS = (*ABSENCE_NOUNS, "møtte ikke", "møtte ikkje", "var ikk", "fråverande",
                 "fraværende")


def attended_sentence(text: str) -> tuple[str, Attendance] | None:
    """Who a head sentence says attended or sent apologies, and which.

    "Daglig leder Stine Frich deltok." (present), "Jon Berg hadde meldt forfall." (absent).
    """
    if len(text) > 80:
        return None
    for pattern, words, attendance in ((_ABSENT_SENTENCE, _ABSENT_WORDS, Attendance.ABSENT),
                                       (_ATTENDED, _ATTENDED_WORDS, Attendance.PRESENT)):
        # the verb test in C skips the backtracking name pattern on most lines
        match = any(w in text for w in words) and pattern.match(text)
        if match:
            name = tidy_name(match.group("name"))
            known = looks_like_name(name) or (" " not in name and is_first_name(name))
            return (name, attendance) if known else None  # also "Frida hadde meldt forfall."
    return None


# A list of plain names set apart by ", " and maybe " og " before the last ("Kari Holm,
# Per Arne Dahl og Eli Vik"): each two or three capitalised words of letters alone (no
# hyphen, bracket, stop or note).
_PLAIN_NAME_LIST = lazy_regex(r"[A-ZÆØÅ][a-zæøå]+(?: [A-ZÆØÅ][a-zæøå]+){1,2}"
                              r"(?:, [A-ZÆØÅ][a-zæøå]+(?: [A-ZÆØÅ][a-zæøå]+){1,2})*"
                              r"(?: og [A-ZÆØÅ][a-zæøå]+(?: [A-ZÆØÅ][a-zæøå]+){1,2})?")
_LAST_AND = lazy_regex(r", | og ")
# Words that make a piece of a list something else than a name: seats ("Leder"), and the
# words of absence, deputies and organisations the list's readers look for.
_NOT_PLAIN_WORDS = frozenset(ROLE_WORDS) | {*ABSENCE_NOUNS, "vara", "møtte", "kommune",
                                             "referent"}


def _plain_names(text: str, role: ParticipantRole | None, attendance: Attendance,
                 organization: str | None) -> list[Entry] | None:
    """The people of a list of plain names, each opening with a known first name, as
    ``parse_line`` reads it, without the dozens of tests its other shapes need (most
    "Forfall:" and "Referent:" lines are such lists); None for any other text.

    A word that could be read as something else than a name (a seat word "Leder", a
    party "Sp", a word the list's readers ask about) sends the text the long way, as does
    a name of first names alone ("Per Arne": the long way may read it as first names)."""
    if not _PLAIN_NAME_LIST.fullmatch(text):
        return None
    names = _LAST_AND.split(text) if " og " in text else text.split(", ")
    for name in names:
        words = name.split(" ")
        if not is_first_name(words[0]) or is_first_name(words[-1]) or \
                not looks_like_name(name) or \
                any(word.casefold() in _NOT_PLAIN_WORDS or word in _MIXED_CASE_PARTIES
                    for word in words):
            return None
    # (by position: name, organization, role, attendance)
    return [Entry(name, organization, role, attendance) for name in names]


# Organisations whose people hold the members' seats, not the cooperation's staff.
_OWN_SEAT_ORG_ENDINGS = ("kommune", "kommuner", "fylkeskommune", "herad", "hf")
# The jobs of a cooperation's staff, as a line writes them beside a name.
_STAFF_JOBS = frozenset({"rådgiver", "rådgjevar", "seniorrådgiver", "seniorrådgjevar",
                         "spesialrådgiver", "spesialrådgjevar", "konsulent", "koordinator",
                         # the staff who run a shared service ("Fra IKT Vestmo: driftssjef
                         # Roar Nes, prosjektleder Siri Holtet (referent)")
                         "driftssjef", "saksbehandler", "sakshandsamar",
                         "prosjektmedarbeider", "prosjektmedarbeidar"})
_may_name_staff = contains_any(("ådg", "ÅDG", "onsulent", "oordinator",  # (any case)
                                "riftssjef", "aksbehandl", "akshandsam", "medarbeid"))


def one_with_org(entries: list[Entry], text: str) -> Entry | None:
    """The one person of a line "Name, Org" that a list one person a line read as two
    names ("Femke de Vries, Provincie Groningen (PP3)", a partner's name in its own
    language): the first with the second's name as her organisation (and its note).
    Not when the second opens with a first name known here ("Kari Holm, Per Dahl")."""
    first, second = entries
    head, _, tail = text.partition(",")
    if first.organization is not None or first.name not in head or second.name not in tail \
            or is_first_name(second.name.split(" ", 1)[0]) or " " not in second.name:
        return None
    first.organization = second.name
    if second.note and first.note is None:
        first.note, first.attendance = second.note, second.attendance
    return first


def parse_line(text: str, role: ParticipantRole | None, attendance: Attendance,
               organization: str | None = None) -> list[Entry]:
    """People on one line of an attendance section, whatever its shape (``_parse_line``);
    one person the line calls an adviser by job is marked (``People.cooperation_staff``)."""
    entries = _parse_line(text, role, attendance, organization)
    if len(entries) == 1:
        _mark_staff(entries[0], text)
    elif entries and _may_name_staff(text):
        _mark_staff_by_title(entries, text)
    return entries


# A "representant / vara" pair with one side empty: "Kari Holm / –", "– / Per Dahl".
_DASHES = frozenset("–—-")
_EMPTY_SLOT = lazy_regex(r"^\s*[–—-]\s*/\s*|\s*/\s*[–—-]\s*$")


def _mark_staff_by_title(entries: list[Entry], text: str) -> None:
    """Mark each person of a line of several whose job is written right before the name
    ("Fra IKT Vestmo: driftssjef Roar Nes, prosjektleder Siri Holtet"), as
    ``_mark_staff`` marks the one person of a line: the job is the word before her name."""
    for entry in entries:
        before = text[:max(text.find(entry.name), 0)].split()
        if before and before[-1].casefold() in _STAFF_JOBS:
            entry.staff = True


def _mark_staff(entry: Entry, text: str) -> None:
    """Mark the one person of a line or a table's row that calls her an adviser or a
    consultant by job ("Eva Li, rådgiver, Nordrådet", "Eva Li | rådgiver | Nordrådet"):
    ``People.cooperation_staff`` tells whether she serves the cooperation."""
    if _may_name_staff(text) and \
            not _STAFF_JOBS.isdisjoint(re.split(r"[\s,()|–-]+", text.casefold())):
        entry.staff = True


def _parse_line(text: str, role: ParticipantRole | None, attendance: Attendance,
                organization: str | None = None) -> list[Entry]:
    """People on one line of an attendance section, whatever its shape.

    Seat lists padded with spaces ("Leder      Ola Nordmann") are read as cells.
    """
    if role is _SECRETARY_ROLE and text[-1:].isdigit() and \
            (day := _WRITTEN_DAY_TAIL.search(text)) is not None:
        text = text[:day.start()]  # "Oppsummert av Kari Holm 6. juni 2026": the day she
        # wrote them, without the comma that would set it off as a part of its own
    if (plain := _plain_names(text, role, attendance, organization)) is not None:
        return plain
    if ") (" in text:
        text = _INITIALS_THEN_PAREN.sub(_name_without_initials, text)
    if "kommune: " in text and (groups := _NEXT_MUNICIPALITY.split(text))[1:]:
        # "Ordfører Ola Lund, Gran kommune: Ordfører Eli Aas": the kommune labels of one
        # person each, run together on one line; each group's people are its own
        return [entry for i, group in enumerate(groups)
                for entry in (parse_line(group, role, attendance, organization) if i == 0
                              else parse_line(group.partition(": ")[2], role, attendance,
                                              group.partition(": ")[0]))]
    if attendance is _ABSENT and text.rstrip(" .").endswith("forfall") and \
            (tail := _AWAY_TAIL.search(text)) and tail.start() > 0 and "," in text[:tail.start()]:
        # "Forfall: Kari Dal, Bjørkli, og Jon Hovde, Granvik, hadde meldt forfall.": the
        # label's word said again after the list, which reads as if it were not there
        text = text[:tail.start()]
    if attendance is _ABSENT and "møtte" in text and "." in text and \
            _DEPUTY_CAME_INSTEAD.search(text):
        # "Kari Holm. I hennar stad møtte Per Dahl.": the member, then who came instead
        return parse_people_list(text, role, attendance, organization)
    if "," not in text and (parties := _names_with_parties(text, role, attendance)):
        return parties
    if "," in text and "(" not in text and (parties := _names_with_parties(
            " ".join(text.replace(",", " ").replace(" og ", " ").split()), role, attendance)):
        return parties  # "Kari Nes Sp, Per Bø Ap og Ola Dahl H": each name with its party
    if text[:5].casefold() in ("navn ", "namn ") and (head := _FLAT_TABLE_HEAD.match(text)):
        flat = _flat_seat_table(text[head.end():], role, attendance)
        if flat:
            return flat
        text = text[head.end():]  # the rows are out of order: read the names as a list
    if "," not in text and (run := _run_together_names(text, role, attendance)):
        return run
    # three people or more, the first with a title at the start of the line
    if ";" not in text and _has_head_title(text) and len(_TITLE_HEAD.findall(f" {text}")) >= 3 and \
            (titled := _titled_people(text, role, attendance)):
        return titled
    if "," in text and len(_CAPS_SURNAME_FIRST.findall(text)) >= 2:
        text = _CAPS_SURNAME_NEXT.sub("; ", text)  # "NES, Kari (leder), BØ, Per": one a part
    elif "(" in text and _INVERTED_BRACKETED.match(text):
        text = _inverted_pairs(text)  # "Nes, Kari (Ås), Bø, Per (Berg)": one a part
    if ";" in text:
        parts = _top_level_parts(text, ";")
        if len(parts) > 1 and any("," in part for part in parts):
            # "Kari Holm, Alvdal – leder; Per Dahl, Tolga": one person a part
            return [entry for part in parts
                    for entry in parse_line(part, role, attendance, organization)]
    if "/" in text and (text[:1] in _DASHES or text.rstrip()[-1:] in _DASHES):
        text = _EMPTY_SLOT.sub("", text)  # "Kari Holm / –", "– / Per Dahl" under
        # "Møtt (representant / vara):": the dash is the seat nobody filled, no person
    if text.count(" / ") >= 2 and "," not in text and \
            (placed := _slashed_places_run(text, role, attendance, organization)):
        return placed
    if " / " in text and _all_names(text.split(" / ")):
        text = text.replace(" / ", ", ")  # "Per Lie / Anne Moe / Kari Holm (referent)"
    elif "/" in text and _all_names(text.split("/")):
        text = text.replace("/", ", ")  # "Eva Hoelstad/Morten Grini": a place's two seats
    if _MULTISPACE.search(text.strip()) or "\t" in text.strip():
        # seats padded with spaces, or the cells of a row after its label's cell ("Til
        # stede | Hanne Strand | Vefsn | leder"): one person's name, place and seat (an
        # e-mail address beside them is how to reach them, no organisation)
        cells = tuple(c for c in _CELL_GAP.split(text.strip()) if c and "@" not in c)
        entry = parse_table_row(cells, role, attendance)
        if entry is not None and (deputy := _deputy_in_remark(entry, cells)) is not None:
            return [entry, deputy]  # "Per Dal | forfall – Kari Fosse møtte"
        return [entry] if entry else []
    if " og " in text and text.count(" – ") == 2 and (dashed := _NAME_JOB_ORG.fullmatch(text)):
        # "Rolf Lie – kommunalsjef oppvekst og kultur – Tangen kommune": one person, whose
        # job's "og" joins two fields, not two people (read as the comma form is)
        text = f"{dashed['name']}, {dashed['job']}, {dashed['org']}"
    if (party := _PARTY_THEN_NOTE.match(text)) and looks_like_name(party.group("name")) and \
            not party.group("rest").startswith(("v/", "ved ")):
        # (but "Konsek Vest IKS v/ Eli Sæbø", "Boligbygg Forvaltning AS ved Tom Ruud" is a
        # company's short form and its person)
        # "Hilde Søraa AP måtte forlate møtet": read as "Hilde Søraa (AP) måtte …"
        text = f"{party.group('name')} ({party.group('party')}) {party.group('rest')}"
    return parse_people_list(text, role, attendance, organization)


# The day a writer's line gives after her name, with no comma before it: "Kari Holm 6. juni
# 2026", "Kari Holm 6.6.2026" (after a word's last letter: not a number of the name's own).
_WRITTEN_DAY_TAIL = lazy_regex(r"(?<=[^\W\d_])\s+" + _SIGNED_DAY, re.I)


# "Name – job – organisation" with an "og" inside the job ("kommunalsjef helse og omsorg").
_NAME_JOB_ORG = lazy_regex(r"(?P<name>[A-ZÆØÅ][\w.-]*(?:\s+[A-ZÆØÅ][\w.-]*){1,3})\s+–\s+"
                           r"(?P<job>[a-zæøå][^–,;()]*?\s+og\s+[^–,;()]*?)\s+–\s+"
                           r"(?P<org>[A-ZÆØÅ][^–;]*)")


def _slashed_places_run(text: str, role: ParticipantRole | None, attendance: Attendance,
                        organization: str | None) -> list[Entry] | None:
    """People of "Name / Place" lines that a copy ran into one ("Rune Engen / Hjartdal
    Astrid Sommer / Kongsvik Magnus Matre / Notodden"): between two slashes stand the
    place of the one before and the name of the next, which starts at a known first name.
    None unless every such part splits so, and each name reads as one; each person is
    then read as their own "Name / Place" line (a note after the place stays theirs)."""
    parts = [part.strip() for part in text.split(" / ")]
    names, places = [parts[0]], []
    for part in parts[1:-1]:
        words = part.split()
        cut = next((i for i in range(1, len(words) - 1) if is_first_name(words[i]) and
                    looks_like_name(" ".join(words[i:]))), None)
        if cut is None:
            return None
        places.append(" ".join(words[:cut]))
        names.append(" ".join(words[cut:]))
    places.append(parts[-1])
    if not all(looks_like_name(name) for name in names):
        return None
    return [entry for name, place in zip(names, places, strict=True)
            for entry in parse_people_list(f"{name} / {place}", role, attendance, organization)]


# The names in a row's first cell: "Hege Tveit og Kristoffer Lie", "Eli Bø, Per Aas og Ola Li"
_NAMES_IN_CELL = lazy_regex(r"\s*,\s*|\s+og\s+")


def _names_from_one_place(cells: tuple[str, ...], role: ParticipantRole | None,
                          attendance: Attendance) -> list[Entry] | None:
    """A padded row that seats two or more people from one place ("Hege Tveit og Kristoffer
    Lie      Nordøy"), as regional councils list a municipality's mayor and deputy: each
    name is a person of that place. None unless every part of the first cell is a name
    (a single name with "og" in it stays one row: "Olsen og Sønn AS   Vågsnes")."""
    names = _NAMES_IN_CELL.split(cells[0])
    if len(names) < 2 or not all(looks_like_name(tidy_name(name)) for name in names):
        return None
    entries = [parse_table_row((name, cells[1]), role, attendance) for name in names]
    return [entry for entry in entries if entry] if all(entries) else None


def _people_of_one_org(cells: tuple[str, ...], role: ParticipantRole | None,
                       attendance: Attendance) -> list[Entry] | None:
    """A padded row of an organisation's label and two of its people, each maybe with a
    job before the name ("Visit Sognefjord AS:   dagleg leiar Jon Fimreite og styreleiar
    Tove Aaberge (sak 3/26)"): each a person of that organisation, and a bracket after the
    last one said of both (as "A og B (sak 3)" in a list is). None unless each part reads
    as one person's row."""
    organization, people = cells
    shared = ""
    if people.endswith(")") and (opened := people.rfind("(")) > 0:
        people, shared = people[:opened].rstrip(), people[opened:]
    parts = people.split(" og ")
    if len(parts) != 2 or "(" in people or "," in people:
        return None
    entries = [parse_table_row((f"{part} {shared}".rstrip(), organization), role, attendance)
               for part in parts]
    if not all(entry is not None and entry.name != part and looks_like_name(entry.name)
               for entry, part in zip(entries, parts, strict=True)):
        return None
    return [entry for entry in entries if entry is not None]


# The next municipality's label inside a line of people grouped by kommune: ", Gran
# kommune: " (the comma before it ends the group before).
_NEXT_MUNICIPALITY = lazy_regex(r"\s*[,;]\s+(?=(?-i:[A-ZÆØÅ])[\w-]+(?:\s+(?-i:[A-ZÆØÅ])[\w-]+)?"
                                r"\s+(?:fylkes)?kommune:\s)")


# Names written surname first in capitals, "NES, Kari": the comma inside a name, and the
# comma before the next such name, which ends the one before.
_CAPS_SURNAME = r"[A-ZÆØÅ]{2,}(?:-[A-ZÆØÅ]{2,})?,\s*[A-ZÆØÅ][a-zæøå]"
_CAPS_SURNAME_FIRST = re.compile(rf"(?<![\w-]){_CAPS_SURNAME}")
_CAPS_SURNAME_NEXT = lazy_regex(rf"(?:\s*,\s*|\s+og\s+)(?={_CAPS_SURNAME})")


# A list starting "Surname, Given (…)": maybe everyone written surname first.
_INVERTED_BRACKETED = lazy_regex(r"[A-ZÆØÅ][\w-]+,\s*[A-ZÆØÅ][\w-]+(?:\s+[A-ZÆØÅ][\w-]+)?\s*\(")


def _inverted_pairs(text: str) -> str:
    """A comma list of names written surname first, each with its brackets ("Nes, Kari
    (Ås), Bø, Per (Berg)"), with the people set apart by semicolons; the text as it was
    unless every pair of pieces is one such name (a known first name after the comma)."""
    pieces = _split_top_level(text)
    if len(pieces) < 4 or len(pieces) % 2:
        return text
    people = []
    for (surname, first_paren, _j), (given, paren, joined) in zip(pieces[::2], pieces[1::2],
                                                                   strict=True):
        if first_paren is not None or joined or not is_first_name(given.split(" ", 1)[0]) or \
                uninverted(f"{surname}, {given}") is None:
            return text
        people.append(f"{surname}, {given}" + (f" ({paren})" if paren else ""))
    return "; ".join(people)


# A title with a capital before a name, where a copy ran one person a line together.
# ("Bibliotekdirektør Randi Taxt (leder), Universitetsbiblioteket i Bergen Hovedbibliotekar …":
# a title of one of the common endings too)
_HEAD_TITLES = tuple(word.capitalize() for word in (*_JOB_TITLE_WORDS, "fylkesvaraordfører",
                                                     "byrådsleder", "fylkesrådmann")
                     if " " not in word)
_HEAD_TITLE_ENDINGS = ("direktør", "bibliotekar", "koordinator", "rådgiver", "rådgjevar")
_TITLE_HEAD = lazy_regex(r"\s\s*(?=(?:" + "|".join(_HEAD_TITLES) +
                         r"|[A-ZÆØÅ][\wæøå-]*(?:" + "|".join(_HEAD_TITLE_ENDINGS) +
                         r"))\s+[A-ZÆØÅ])")
# Every title ``_TITLE_HEAD`` finds holds one of these as written (it ignores no case): a
# list of names without any (most lists) skips the pattern, which is tried at every space.
_has_head_title = contains_any((*_HEAD_TITLES, *_HEAD_TITLE_ENDINGS))
_TITLED_PERSON = lazy_regex(r"\s*\S+\s+(?P<name>[^,()]+?)\s*(?:\((?P<seat_paren>[^()]*)\))?"
                            r"\s*(?:,\s*(?P<org>[^,()]+?))?"
                            r"\s*(?:,\s*(?P<seat>[^,()]+?))?\s*(?:\((?P<paren>[^()]*)\))?\s*")


def _titled_people(text: str, role: ParticipantRole | None,
                   attendance: Attendance) -> list[Entry]:
    """People a copy ran together one line each, every line "Title Name, Organisation"
    ("Ordfører Ole Moe, Nordvik Ordfører Per Dahl, Sørvik regionråd, leder"): after the
    name comes whom they represent, then maybe a seat, then maybe a note in brackets."""
    entries = []
    for part in _TITLE_HEAD.split(text):
        if not part.strip():
            continue
        found = _TITLED_PERSON.fullmatch(part)
        if found is None or not looks_like_name(found.group("name")):
            return []
        entry = Entry(name=found.group("name"), organization=found.group("org"), role=role,
                      attendance=attendance)
        if found.group("seat_paren"):
            apply_paren(entry, found.group("seat_paren"))
        if found.group("seat"):
            apply_paren(entry, found.group("seat"))
        if found.group("paren"):
            apply_paren(entry, found.group("paren"))
        entries.append(entry)
    return entries


# A name, a party's capitals, and a note on the same line.
_PARTY_THEN_NOTE = re.compile(r"(?P<name>[A-ZÆØÅ][\w.'-]*(?: [A-ZÆØÅ][\w.'-]*){1,4}?) "
                              rf"(?P<party>{PARTY_MARK}) (?P<rest>[a-zæøå].*)")


# A seat table a copy ran into one line: "Navn Funksjon Representerer Inge Myrvoll Leder
# Rana kommune Siv Mossleth Medlem Saltdal kommune …".
_FLAT_TABLE_HEAD = lazy_regex(r"^na(?:v|m)n\s+(?:funksjon|rolle|verv)(?:\s+(?:representerer|"
                              r"repr\.?))?(?:\s+vara\s+for)?\s+", re.I)
_SEAT = (r"(?:Leder|Leiar|Nestleder|Nestleiar|Medlem|Varamedlem|Vara|Sekretær|Ordfører|Ordførar|"
         r"Varaordfører|Varaordførar|MEDL|NESTL|LEDER|VARA|MEDLEM|NESTLEDER|VARAMEDLEM|LEIAR|"
         r"NESTLEIAR)")  # ("MEDL", "NESTLEDER": a case system's own)
_SEAT_NAME = r"[A-ZÆØÅ][\w.'-]+(?:\s+[A-ZÆØÅ][\w.'-]*){1,3}"  # ("Ellen O Jakobsen")
# A name, its seat, then whom they represent up to the next name and seat. ``\s*`` makes
# the lazy organisation take a word at least; without it the organisation may be empty
# (an empty "Representerer" column: the next name follows the seat directly).
# (a deputy's seat may carry its rank: "Greger Holm 1. VARAMEDLEM AP")
_FLAT_SEAT = lazy_regex(rf"(?P<name>{_SEAT_NAME})\s+(?:\d\.\s*)?(?P<seat>{_SEAT})\b\s*(?P<org>.*?)"
                        rf"(?=\s+{_SEAT_NAME}\s+(?:\d\.\s*)?{_SEAT}\b|$)")
_FLAT_SEAT_BARE = lazy_regex(rf"(?P<name>{_SEAT_NAME})\s+(?:\d\.\s*)?(?P<seat>{_SEAT})\b"
                             rf"(?P<org>.*?)(?=\s+{_SEAT_NAME}\s+(?:\d\.\s*)?{_SEAT}\b|$)")


_SEAT_WORD = lazy_regex(rf"\b{_SEAT}\b")


def _flat_seat_table(text: str, role: ParticipantRole | None,
                     attendance: Attendance) -> list[Entry]:
    """The people of a seat table run into one line (its column heads taken off): each
    name, its seat (Leder, Medlem …) and whom they represent, up to the next name.

    Whom they represent may be left empty; of the two readings the one whose names
    start with known first names more often wins ("Hege Lothe Leder Jan Henrik Nygård
    Medlem" is two people, "Eva Wilks Medlem SAMETINGET Bjørn Iversen Medlem" too)."""
    readings = [_flat_seat_rows(pattern, text, role, attendance)
                for pattern in (_FLAT_SEAT, _FLAT_SEAT_BARE)]
    return max(readings, key=lambda found: sum(is_first_name(e.name.split()[0])
                                               for e in found))


def _flat_seat_rows(pattern: re.Pattern[str], text: str, role: ParticipantRole | None,
                    attendance: Attendance) -> list[Entry]:
    """``_flat_seat_table``'s rows as one pattern reads them."""
    entries = []
    for match in pattern.finditer(text):
        if not looks_like_name(match.group("name")) or _SEAT_WORD.search(match.group("name")):
            continue  # "Medlem Nestleder": columns the copy put out of their rows
        seat = match.group("seat").casefold()
        seat_role = ParticipantRole.CHAIR if seat in ("leder", "leiar", "ordfører", "ordførar") \
            and role in (None, ParticipantRole.MEMBER) else role  # (a council's mayor chairs it)
        entries.append(Entry(name=match.group("name"),
                             organization=match.group("org").strip() or None,
                             role=seat_role, attendance=attendance))
    return entries


# "Arve Helle Ap Aleksander Øren Heen Sp Bjørn Hollevik H": names, each with its party.
_NAME_PARTY = lazy_regex(rf"(?P<name>[A-ZÆØÅ][\w.'-]+(?:\s+[A-ZÆØÅ][\w.'-]+){{1,3}}?)\s+"
                         rf"(?P<party>{PARTY_MARK})(?=\s|$)")
# "Kari Nes (Sp) Per Bø (Ap) Ola Dale (H)": the same with each party in brackets.
_NAME_BRACKETED_PARTY = lazy_regex(rf"(?P<name>[A-ZÆØÅ][\w.'-]+(?:\s+[A-ZÆØÅ][\w.'-]+){{1,3}}?)"
                                   rf"\s*\((?P<party>{PARTY_MARK})\)(?=\s|$)")


def _names_with_parties(text: str, role: ParticipantRole | None,
                        attendance: Attendance) -> list[Entry]:
    """People listed without commas, each name followed by a party's short name; only
    when such pairs make up the whole line."""
    if ")" in text:
        pairs = list(_NAME_BRACKETED_PARTY.finditer(text))
    elif _party_tokens(text) >= 2:
        pairs = list(_NAME_PARTY.finditer(text))
    else:
        return []  # each pair's party is a word of its own: two are needed (most lists)
    if len(pairs) < 2 or sum(len(m.group(0)) for m in pairs) < 0.9 * len(text.strip()):
        return []
    if not all(looks_like_name(m.group("name")) for m in pairs):
        return []
    # (a job's capitals after each name, "Kari Holm, KO, og Per Dahl, DL", are no party
    # nor whom they represent, as "Kari Holm, KO" alone is read)
    return [Entry(name=m.group("name"), organization=None if m.group("party") in _JOB_INITIALS
                  else m.group("party"), role=role, attendance=attendance) for m in pairs]


def _party_tokens(text: str) -> int:
    """How many whitespace-separated words could be ``_NAME_PARTY``'s party (at most four
    capitals, or a party's mixed-case short name): a count that is never lower than the
    pattern's number of pairs, found without its costly search from every capital."""
    return sum(1 for word in text.split() if len(word) <= 4 and
               (word.isupper() or word in _MIXED_CASE_PARTIES))


_MIXED_CASE_PARTIES = frozenset({"Ap", "Sp", "Frp", "KrF", "Krf"})


@dataclass
class _Run:
    """A person being read from a run of names: their words, seat and note."""

    words: list[str]
    seat: ParticipantRole | None = None
    note: list[str] | None = None
    closed: bool = False  # a seat word ended the name
    brackets: list[str] = field(default_factory=list)  # "(meldt forfall)" after the name

    def add_note(self, word: str) -> None:
        """One more word of the note, added in place: a note copied for every word took
        the square of its length (a line of 25,000 leader dots)."""
        if self.note is None:
            self.note = [word]
        else:
            self.note.append(word)


def _run_together_names(text: str, role: ParticipantRole | None,
                        attendance: Attendance) -> list[Entry]:
    """People a copy ran into one line without commas: "Jostein Gryte Leiar Wenche Ness
    Gabrielsen Nestleiar Ikkje til stades i sak 49 Ingvild Loftheim Terje Mork …".

    A known first name after a surname starts the next person; a seat word ("Leiar",
    "Varamedlem") ends a name and gives its role; a capitalised word that lower-case
    words follow starts a note on the person before. Read this way only when it gives
    three or more names, most starting with a known first name, or two of names alone
    that both do ("Lillian Nærem Hurdal Per Moe Nes": six words are never one name; where
    the second name starts is certain, where the first ends is not, which
    ``run_may_hold_places`` leaves to a warning).
    """
    words = _BRACKETS_OR_WORD.findall(text) if "(" in text else text.split()
    if len(words) < 6 or any(ch in text for ch in ";/:"):
        return []
    runs: list[_Run] = []
    for n, word in enumerate(words):
        after = words[n + 1] if n + 1 < len(words) else ""
        cur = runs[-1] if runs else None
        seat = word.casefold().rstrip(".")
        if word[:1] == "(":  # "Asle Tveitnes (meldt forfall) Åshild Simonsen …"
            if cur is None or not word.endswith(")"):
                return []
            cur.brackets.append(word[1:-1])
            cur.closed = True
        elif cur is not None and word[:1].isupper() and seat in ROLE_WORDS and cur.note is None:
            cur.seat, cur.closed = ROLE_WORDS[seat], True
        elif not word[:1].isupper() or word.isupper():
            if cur is not None and word in ("og", "samt") and cur.note is None and \
                    after[:1].isupper():
                return []  # "A og B og C (Lunde kommune)": a list joined by "og", not a run
            if cur is None or (word.isupper() and len(word) > 1 and cur.note is None):
                return []  # capitals ("AP", "NESTL") are not read here
            cur.add_note(word)
        elif cur is not None and not cur.closed and cur.note is None and not (
                is_first_name(word) and len(cur.words) >= 2 and not is_first_name(cur.words[-1])):
            cur.words.append(word)  # a second first name or a surname
        elif cur is not None and after[:1].islower() and not is_first_name(word):
            cur.add_note(word)  # "Ikkje til stades i sak 49"
        else:
            runs.append(_Run([word]))
    names = [" ".join(run.words) for run in runs]
    if len(runs) < 2 or not all(2 <= len(run.words) <= 4 and looks_like_name(name)
                                for run, name in zip(runs, names, strict=True)):
        return []
    if 3 * sum(is_first_name(run.words[0]) for run in runs) < 2 * len(runs):
        return []  # (of two names, both)
    if len(runs) == 2 and any(run.note or run.brackets or run.seat for run in runs):
        return []  # "Jon Li (Ap) for Per Bø (Ap)": two names with words between, no run
    entries = []
    for run, name in zip(runs, names, strict=True):
        seat = run.seat
        if seat is ParticipantRole.CHAIR and role not in (None, ParticipantRole.MEMBER):
            seat = role  # "Leiar" in a list of guests names their job, not the chair
        entry = Entry(name=name, role=seat or role, attendance=attendance)
        for bracket in run.brackets:
            if bracket.casefold().strip(" .") in _ABSENT_MARKS:
                entry.attendance = Attendance.ABSENT  # "(meldt forfall)"
            else:
                apply_paren(entry, bracket)
        if run.note:
            _apply_note(entry, " ".join(run.note))
        entries.append(entry)
    return entries


_BRACKETS_OR_WORD = lazy_regex(r"\([^()]*\)|[^\s()]+")


def run_may_hold_places(text: str, entries: list[Entry]) -> bool:
    """Whether a list was read as names run together ("Lillian Nærem Hurdal Jon Sverre
    Bråthen Nannestad") with a name of three words or more: nothing in the words tells a
    surname from the place or organisation written after it ("Hurdal" may be either),
    so such a name is kept as written and the record warns that it may hold a place."""
    return len(entries) >= 2 and "," not in text and \
        any(len(entry.name.split()) >= 3 for entry in entries) and \
        " ".join(entry.name for entry in entries) == " ".join(text.split())


def _all_names(parts: list[str]) -> bool:
    """Whether every part is a person's name (a parenthesis after it aside)."""
    return all(looks_like_name(tidy_name(_PAREN_TAIL.sub("", part))) for part in parts)


_PAREN_TAIL = lazy_regex(r"\s*\([^()]*\)\s*$")
# The deputy's word closing a person's entry, before a colon and the deputy's name.
_DEPUTY_ENDS = frozenset({"vara", "dlem", "tant"})
_DEPUTY_AFTER = lazy_regex(r"[,.–-]\s*(?:vara|varamedlem|vararepresentant)$", re.I)
# (a short form in brackets is no part of the group's name: "Nordby kommune (NK):")
_GROUP = re.compile(r"^(?P<group>[^:()]{2,60}?)(?:\s*\([A-ZÆØÅ]{2,6}\))?:\s*(?P<rest>.*)$")
# An organisation's group with its unit in small letters in brackets, as transport
# minutes name an agency's department: "Agder fylkeskommune (samferdsel): Kari Holm"; the
# unit is part of whom they represent, as "Agder fylkeskommune, samferdsel:" would be.
_GROUP_WITH_UNIT = lazy_regex(r"^(?P<group>[^:()]{2,60}?\s*\([a-zæøå][^():]{2,40}\)):\s*"
                              r"(?P<rest>.*)$")
# An owner municipality's group with its ownership share in brackets, as an inter-municipal
# company's minutes list their owners: "Stad kommune (28,6 %): Kari Holm", "Nordby
# (eigarandel 12,5 %): …"; the share is no part of whom they represent.
_GROUP_WITH_SHARE = lazy_regex(r"^(?P<group>[^:()]{2,60}?)\s*\((?:(?:eierandel|eigarandel|"
                               r"eigardel|andel)\s*:?\s*)?\d[\d,.]*\s*%\s*\):\s*(?P<rest>.*)$",
                               re.I)


def group_label(text: str) -> tuple[str, str] | None:
    """A group prefix inside an attendance section: ("Kongsbergregionen", rest).

    "Representanter for kommunene: A (X), B (Y)" or "Fra styret:" introduce a group;
    when the group is an organisation ("Kongsbergregionen:", "Fra NAV:") it becomes the
    organisation of the people listed after it.
    """
    match = _GROUP.match(text) if ":" in text else None  # (most entries: a name, no colon)
    if not match and "%):" in text:
        match = _GROUP_WITH_SHARE.match(text)  # "Stad kommune (28,6 %): Kari Holm"
    if not match and "):" in text:
        match = _GROUP_WITH_UNIT.match(text)
        if match and not _ORG_HINT.search(match.group("group")):
            return None  # ("Møteleder (ordfører): …" names a seat, not an organisation)
    if not match:
        return None
    group, rest = match.group("group").strip(" *_"), match.group("rest").strip()
    if group[-4:].casefold() in _DEPUTY_ENDS and _DEPUTY_AFTER.search(group):
        return None  # "Kari Holm, forfall, vara: Eli Sund": a member and her deputy
        # (also after a full stop: "Kari Holm, forfall. Vara: Eli Sund")
    if "," in group and len(group) - group.rfind(",") <= 8 and \
            (coded := _NAME_THEN_CODE.search(group)) and \
            looks_like_name(group[:coded.start()].rpartition(",")[2].strip()):
        return None  # "Ola Berg, SP: Kari Holm, Nordby": a person, then the next one's party
        # (or employer's) code before her name, as after a comma in a list
    if looks_like_name(group) and not _ORG_HINT.search(group) and (
            "," in group or is_first_name(group.split(" ", 1)[0]) or
            not looks_like_name(_FIRST_PIECE.split(rest, 1)[0].strip())):
        return None  # "Dag, Asker:" style speaker headings are not groups (but
        # "Innovasjon Norge: Siv Moe" names whom Siv Moe came from)
    return group, rest


_FIRST_PIECE = lazy_regex(r"[,;(]|\s+og\s+")
# A short code in capitals (or a party's "Sp", "KrF") after a list's last comma: ", SP".
_NAME_THEN_CODE = lazy_regex(rf",\s*{_LIST_CODE}$")
_JOINERS = frozenset(("/", "-", "–", "—", "&"))  # between two parts of one group's name
_NAME_LINKS = frozenset(("og", "i"))  # inside one organisation's name ("Møre og Romsdal")
# Words that start no organisation's group heading ("Tid:", "Sak:"), unlike "NAV:",
# "Innovasjon Norge:".
_NOT_GROUP_WORDS = NOT_NAME_WORDS - ORGANISATION_WORDS


_ROLE_GROUP_ENDINGS = ("representant", "representanter", "representantar", "tillitsvalgt",
                       "tillitsvalde", "observatør", "observatører", "observatørar")


# The sides and safety seats of a body made of employer and employees (an
# arbeidsmiljøutvalg, a partssammensatt utvalg): "Arbeidsgiversiden:", "Arbeidstakarsida:",
# "Verneombud:", "HTV:" head the seats their people hold, not whom they come from.
# (the side's bare word too, in a table's "Part" column: "Arbeidsgjevar", "Arbeidstakar")
# (and "Fra arbeidsgiver", "Frå arbeidstakarane": the side whom its people meet for)
_PARTY_SIDE = lazy_regex(r"^(?:fra |frå )?arbeids(?:giv|gjev|tak)[ae]r"
                         r"(?:sid(?:en|a|e)|ens side|as side|ne|ane)?$")
_SAFETY_SEATS = frozenset({
    "verneombud", "verneombudet", "verneombod", "verneombodet", "hovedverneombud",
    "hovedverneombudet", "hovudverneombod", "hovudverneombodet", "verneombud/hvo", "hvo",
    "htv", "hovedtillitsvalgt", "hovudtillitsvald", "tillitsvalgt", "tillitsvald",
    "hovedtillitsvalgte", "hovudtillitsvalde", "ledelsen", "leiinga", "de ansatte",
    "dei tilsette", "ansatte", "tilsette",
    # the occupational health service's seat, not its provider: "BHT: Stamina Helse, Jonas
    # Fjell" names the provider beside the seat word
    "bht", "bedriftshelsetjeneste", "bedriftshelsetjenesten", "bedriftshelseteneste",
    "bedriftshelsetenesta"})


def is_seat_side(group: str) -> bool:
    """Whether a group heading names a side or a seat of a partite body ("Arbeidsgiversiden",
    "Verneombud", "HTV"), not an organisation."""
    lowered = group.strip().casefold()
    return lowered in _SAFETY_SEATS or _PARTY_SIDE.match(lowered) is not None


def is_party_side(group: str) -> bool:
    """Whether a group heading names one side of a partite body ("Arbeidsgiversiden",
    "Arbeidstakarsida"), whose people hold its seats whatever job they have."""
    return group.lstrip()[:6].casefold() in ("arbeid", "fra ar", "frå ar") and \
        _PARTY_SIDE.match(group.strip().casefold()) is not None


# The words of a body made of employer and employees, where the employer's manager holds a
# seat (the employer's side), not the administration's that serves an elected body
_PARTITE_BODY = lazy_regex(r"arbeidsmiljøutval|partssammensatt|partssamansett|drøftingsmøte|"
                           r"\bh?amu\b", re.I)
# The manager's titles that make a guest of an elected body's administration ("daglig leder")
_STAFF_HEADS = ("daglig leder", "dagleg leiar", "kommunedirektør", "rådmann",
                "fylkesdirektør", "sekretariatsleder", "sekretariatsleiar")


def is_partite_body(body: str | None) -> bool:
    """Whether the meeting's body is made of employer and employees ("Arbeidsmiljøutvalget
    (AMU)", "Partssammensatt utvalg", "Drøftingsmøte")."""
    return body is not None and _PARTITE_BODY.search(body) is not None


def employer_head_named(text: str, name: str) -> bool:
    """Whether the list gives the person a manager's title right beside the name ("Terje
    Lunde (daglig leder)", "Terje Lunde, daglig leder", "daglig leder Terje Lunde"): at a
    partite body the employer's seat, a member, not the serving administration's guest."""
    at = text.find(name)
    if at < 0:
        return False
    after = text[at + len(name):at + len(name) + 30].lstrip(" ,(–-").casefold()
    return after.startswith(_STAFF_HEADS) or \
        text[max(0, at - 20):at].rstrip().casefold().endswith(_STAFF_HEADS)


def speaks_for_a_seat(group: str) -> bool:
    """Whether a one-seat label names whom its holder speaks for ("Brukarrepresentant",
    "Fastlegerepresentant", "Tillitsvald", "Observatør"), a seat of its own apart from the
    side ("Frå helseføretaket:") whose people a heading above it listed."""
    lowered = group.strip().casefold()
    return lowered.endswith(_ROLE_GROUP_ENDINGS) or is_seat_side(lowered)


def organization_of_group(group: str) -> str | None:
    """The organisation a group heading names, if it names one."""
    g = group.strip()
    lowered = g.casefold()
    if is_seat_side(g):
        return None  # "Arbeidstakersiden:", "Verneombud:": the seats, not an organisation
    if g[:1].isupper() and " " not in g and is_qualified_job(g):
        return None  # "Rektor: Anders Vold", "Kommunalsjef: …": a job, not an organisation
    # ("Representantar foreldre:", "Repr. lærarane:": whom they speak for, not an org)
    if lowered.startswith(("repr", "medlemmer", "medlemer", "andre",
                           "tillitsvalgte", "tillitsvalde")) or \
            lowered.endswith(_ROLE_GROUP_ENDINGS):
        return None  # "Brukerrepresentant: Tor Vik" names a seat, not an organisation
    if lowered in ROLE_WORDS:
        return None  # "Medlem: Turid Hjelle", "Sekretær: Eli Vik": a seat word alone
    if lowered in _SIDES_OF_MANY_MEMBERS:
        return None  # "Kommunane:" over "Name – job – Luster kommune": a side of many
    if lowered.startswith(("sekretariat", "referent", "sekretær")) and \
            (served := _SEAT_FROM.match(g)):
        return served["org"]  # "Sekretariat frå HF:": the seat, then whom it comes from
    # ("Møtte for Nordby kommune:": the owner those under it represent; "Frå
    # helseføretaket møtte òg:", those who came besides the members, from the same)
    # (and in English-labelled minutes of a twin-town meeting: "From Nordby kommune:")
    prefix = re.match(r"^(?:(?:møtte|møtt|møtande|møtende)\s+)?(?:fra|frå|for|from)\s+(.+?)"
                      r"(?:\s+(?:møtte|deltok)(?:\s+(?:òg|også|dessutan|dessuten))?)?$", g, re.I)
    if prefix:
        org = prefix.group(1)
        if org.casefold() in _SIDES_OF_MANY_MEMBERS or org.casefold() == "styret" or \
                (org.islower() and org.endswith(("ene", "ane"))):
            return None  # "Fra medlemsorganisasjonene:", "For fylkesavdelingene:": many
        return org
    words = g.split()
    if len(words) == 2 and _ACRONYM.fullmatch(words[1]) and (
            lowered.split()[0] in ROLE_WORDS or is_whole_job_title(words[0])):
        return words[1]  # "Ordfører VKT: Liv Holm": her seat, then whom she comes from
    if len(words) >= 3 and words[1][:1].isupper() and is_whole_job_title(words[0]) and \
            _ORG_HINT.search(g):
        # "Ordfører Gjøvik kommune: Anne Bakken", "Varaordfører Østre Toten kommune: …":
        # the seat's job, then the municipality she represents (the job no part of it)
        return g.split(None, 1)[1]
    if len(words) == 2 and words[1][:1].isupper() and not is_first_name(words[1]) and \
            (words[0] in _JOB_ABBREVIATIONS or is_whole_job_title(words[0])):
        # "Kommuneoverlege Sola: Ragnhild Aas", "KO Randaberg: Maria Hetland": the doctor
        # of that place, which is whom she represents (the job no part of it)
        return words[1]
    # (a slash or a dash between two names of one seat counts no word: "Viken kulturarv /
    # Buskerud museum:")
    words = [word for word in words if word not in _JOINERS]
    if len(words) > 4 and all(word[:1].isupper() or word in _NAME_LINKS for word in words):
        # "Statsforvalteren i Oslo og Viken:", "Innovasjon Norge Vestfold og Telemark:":
        # the small words inside one name count no word
        words = [word for word in words if word not in _NAME_LINKS]
    if len(words) <= 4 and words[0][:1].isupper() and _ORG_HINT.search(g):
        return g  # "Oslo kommune:", "Akershus fylkeskommune:" (a place word first)
    if len(words) <= 8 and "," in g and words[0][:1].isupper() and \
            _ORG_HINT.search(head := g.split(",", 1)[0]) and len(head.split()) <= 4:
        # "Vestland fylkeskommune, Mobilitet og kollektivtransport:": the organisation,
        # then its department, however many words the department's name has
        return g
    if len(words) <= 4 and words[0][:1].isupper() and \
            words[0].casefold() not in _NOT_GROUP_WORDS:
        return g
    return None


# The secretariat's seat and whom it comes from: "Sekretariat frå HF", "Referent fra
# Nordby kommune" (the organisation after "fra"/"frå").
_SEAT_FROM = lazy_regex(r"^(?:sekretariat(?:et)?|referent|sekretær)\s+(?:fra|frå)\s+"
                        r"(?P<org>\S.*)$", re.I)
# A side of a cooperation's body that is many members, whom no one person represents: the
# municipalities, the employers of a network with NAV and the municipalities ("Arbeidsgivere:"
# over "Name, HR-sjef, Glomma Bygg AS", each from a firm of their own), the reindeer herding
# side of a forum; a group heading of one names no organisation of its people.
_SIDES_OF_MANY_MEMBERS = frozenset({"kommunene", "kommunane", "arbeidsgivere", "arbeidsgiverne",
                                    "arbeidsgjevarar", "arbeidsgjevarane", "bedriftene",
                                    "verksemdene", "virksomhetene",
                                    # the reindeer herding side of a reindrift forum, its
                                    # districts and siidas each named on its people's lines
                                    "reindriften", "reindrifta", "reindriftsnæringen",
                                    "reindriftsnæringa"})


# Names that open a sentence and are joined to the next one: "Ola Berg (Aby), Per Dahl og ",
# also first names alone ("Siri og "; _named_before decides)
_PERSON_IN_LIST = r"[A-ZÆØÅ][\w-]+(?:\s+[A-ZÆØÅ][\w-]+){0,3}\s*(?:\([^()]*\))?"
_NAMES_BEFORE = lazy_regex(rf"(?:^|(?<=[.!?]\s))(?P<names>{_PERSON_IN_LIST}"
                           rf"(?:\s*,\s*{_PERSON_IN_LIST})*)\s*,?\s*(?:og\s+)?$")
_NAME_AND_PAREN = lazy_regex(r"(?P<name>[^,()]+?)\s*(?:\((?P<paren>[^()]*)\))?\s*$")


def _named_before(prefix: str, first_names: bool = False) -> list[tuple[str, str | None]]:
    """The people a partial sentence names before the one its verb follows, who share
    the note: "Ola Berg og Anne Vik deltok under sak 2." (name, parenthesis) each; by
    first name alone when the last one is named so (``first_names``: "Siri og Tom gjekk
    etter sak 7")."""
    found = _NAMES_BEFORE.search(prefix)
    if found is None:
        return []
    people = []
    for piece in _top_level_parts(found.group("names"), ","):
        person = _NAME_AND_PAREN.match(piece.strip())
        if person is None or not (looks_like_name(person.group("name")) or (
                first_names and is_first_name(person.group("name")))):
            return []
        people.append((person.group("name"), person.group("paren")))
    return people


# A new clause about someone else inside a partial sentence: ", og Per Lie ledet resten",
# " men Kari Nes …" (a full name after the conjunction, so "sak 4 og Eventuelt" stays).
# (the other person maybe with a seat before the name: "…, og nestleder Guri Dahl ledet
# møtet")
_NEXT_CLAUSE = lazy_regex(r",?\s+(?:og|men)\s+(?=(?:[a-zæøå]+\s+)?[A-ZÆØÅ][\w-]+\s+"
                          r"[A-ZÆØÅ][\w-]+\s)")


def _next_clause(note: str) -> tuple[str, str | None]:
    """The note up to a clause about another person, and that clause (or None): "forlot
    møtet kl. 12.00, og Per Lie ledet resten av møtet" is her note only up to the comma."""
    found = _NEXT_CLAUSE.search(note)
    if found is None:
        return note, None
    return note[:found.start()].rstrip(" ,"), note[found.end():]


# A second clause on what the person did once there: "kom kl. 11.30 og orienterte om
# budsjettet", "… og la fram saka" (a past verb after "og"); not one on attendance ("kom kl.
# 10 og gikk kl. 12", "og deltok fra sak 4") nor a word in the note's phrase ("til og med
# siste sak", "sak 3 og 4").
_DEED_AFTER_OG = lazy_regex(r",?\s+og\s+(?P<verb>[a-zæøå]+(?:te|de|dde|et)|la|tok|sa|ga|"
                            r"holdt|hadde|svarte|fekk|fikk)\s")
# A clause after "og" whose first word the line's end cut ("… og presen-").
_CUT_CLAUSE = lazy_regex(r",?\s+og\s+[a-zæøå]+-$")
_ATTENDANCE_VERBS = frozenset({
    "forlot", "forlét", "gikk", "gjekk", "kom", "deltok", "møtte", "fratrådte", "fråtredde",
    "fratredde", "fråtrådte", "fråtrådde", "tiltrådte", "tiltredde", "fratrådde", "reiste",
    "forlet", "var", "vart", "ble", "blei", "siste", "neste", "første", "andre"})


def _attendance_part(note: str) -> str:
    """A partial-attendance note up to a clause on what the person then did ("kom kl. 11.30
    og orienterte om festivalen": "kom kl. 11.30"); the note as it was without one. A
    clause a PDF line cut in its first word ("var med under saka og presen-", the rest
    on the next line) is such a clause too: only its attendance part is the note's."""
    if note[-1:] == "-" and (cut := _CUT_CLAUSE.search(note)) and \
            _PARTIAL.search(head := note[:cut.start()]):
        return head
    for deed in _DEED_AFTER_OG.finditer(note):
        if deed.group("verb") not in _ATTENDANCE_VERBS:
            head = note[:deed.start()].rstrip(" ,")
            return head if _PARTIAL.search(head) else note
    return note


# Whom the people before a partial sentence's verb came from: "Ola Berg og Anne Vik fra
# Statsforvalteren deltok under sak 2", "… frå Nordvik kommune var til stades frå kl. 11".
_FROM_BEFORE_VERB = lazy_regex(
    r"(?<=[\w.])\s+(?:fra|frå)\s+(?P<org>[A-ZÆØÅ][\w-]*(?:\s+(?:[A-ZÆØÅ][\w-]*|kommune|"
    # (a place of two joined names: "fra Statsforvalteren i Vestfold og Telemark")
    r"fylkeskommune|herad|i\s+[A-ZÆØÅ][\w-]*(?:\s+og\s+[A-ZÆØÅ][\w-]*)?)){0,3}"
    # a last word written small: "frå Sogn revisjon", "fra Statens vegvesen", and the
    # company's form after it: "fra Sørlandet sykehus HF", "frå Sogn revisjon IKS"
    r"(?:\s+(?!og\b|samt\b)[a-zæøå][\w-]{3,}(?:\s+(?:HF|IKS|AS|SA|KF))?)?"
    # or one word in its definite form: "Arne Vik fra anleggskomiteen var til stede …"
    r"|[a-zæøå][\w-]{3,}(?:et|en|a))"
    # (or presented: "Per Ås fra Innovasjon Norge orienterte i sak 3/25")
    r"(?=\s+(?:deltok|møtte|var|vart|ble|kom|gikk|gjekk|forlot|forlét|" +
    "|".join(PRESENTED_ITEM) + r")\s)")


def _org_as_bracket(text: str) -> tuple[str, str | None]:
    """The sentence with "fra X" before its verb written as a bracket after the last name
    ("Ola Berg og Anne Vik (Statsforvalteren) deltok …"), and X; the text unchanged and
    None without one. Everyone the sentence names came from X, not only the last."""
    if " fra " not in text and " frå " not in text:
        return text, None
    found = _FROM_BEFORE_VERB.search(text)
    if found is None or not looks_like_name(" ".join(text[:found.start()].split()[-2:])):
        return text, None  # (a person's full name before "fra": not "Møtet fra …")
    return f"{text[:found.start()]} ({found.group('org')}){text[found.end():]}", found.group("org")


# A sentence about attendance that names its person by a pronoun only, after a sentence
# naming her: "Marit Skjerve er styremedlem i X AS. Ho vart kjend ugild og fråtredde."
# (also after a label on the line: "Habilitet: Marit Skjerve er styremedlem …")
_PRONOUNS = frozenset({"Han", "Ho", "Hun"})
_SENTENCE_SUBJECT = lazy_regex(r"(?:^|[.!?:]\s+)(?P<name>[A-ZÆØÅ][\w-]+(?:\s+[A-ZÆØÅ][\w-]+){1,3})"
                               r"(?=\s+[a-zæøå(])")


def _subject_before(prefix: str) -> str | None:
    """The person a pronoun at the start of a sentence stands for: the name (two to four
    capitalised words) that opens the sentence just before it, or None."""
    sentences = [*_SENTENCE_SUBJECT.finditer(prefix.rstrip())]
    if not sentences or re.search(r"[.!?]\s", prefix.rstrip()[sentences[-1].end():-1]):
        return None  # no name opens the sentence right before the pronoun
    return sentences[-1].group("name")


# What a visitor's sentence goes on with after a role set apart by commas: being there
# ("var til stede", "deltok") or presenting ("orienterte", "la fram").
_APPOSITION_VERB = (r"(?=(?:var|vart|ble|blei|deltok|deltek|møtte|orienterte|informerte|"
                    r"presenterte|innledet|innleia|innleidde|redegjorde|fortalte|fortalde|"
                    r"gikk\s+gjennom|gjekk\s+gjennom|la\s+fram|la\s+frem)\s)")
# A person named in apposition after the role that opens the sentence, before the
# verb: "Leder i anleggskomiteen, Arne Vik, var til stede under saken.", "Leder i
# Næringsforeningen, Arne Vik, var …" (the role's words up to its comma); the person's
# title may open the apposition: "Selskapets revisor, statsautorisert revisor Eva Li, var
# til stede …" (the title is dropped with the role's words).
_APPOSITION = lazy_regex(
    r"(?:^|(?<=[.!?:]\s))(?P<role>[A-ZÆØÅ][a-zæøå-]+(?:\s+[\w-]+){0,5}),\s+"
    r"(?:[a-zæøå][\w-]+\s+){0,2}"
    r"(?P<name>[A-ZÆØÅ][\w-]+(?:\s+[A-ZÆØÅ][\w-]+){1,3}),\s+" + _APPOSITION_VERB)
# A job in apposition after the name that opens the sentence: "Arne Vik, leder i
# Næringsforeningen, var til stede under saken.", "Eva Lund, dagleg leiar i Vestby
# Næringsselskap, orienterte." (a unit, "Eldbjørg Teigen, plan- og utviklingsavdelinga,
# var …", is no job: a list's piece, read as such).
_NAME_THEN_JOB = lazy_regex(
    r"(?:^|(?<=[.!?:]\s))(?P<name>[A-ZÆØÅ][\w-]+(?:\s+[A-ZÆØÅ][\w-]+){1,3}),\s+"
    r"(?P<role>[a-zæøå][\w-]*(?:\s+[\w-]+){0,5}?),\s+" + _APPOSITION_VERB)


def appositions_as_brackets(text: str) -> str:
    """The text with a role in apposition to a name written as a bracket after the name
    ("Arne Vik (leder i anleggskomiteen) var til stede …", "Arne Vik (Næringsforeningen)
    var …" for "Arne Vik, leder i Næringsforeningen, var …"), the form the sentence
    patterns for visitors and presenters read: the commas around the name or the role
    otherwise hid the person from them. A job at a named organisation gives the
    organisation alone, whom the person came from."""
    if (" – " in text or " — " in text) and _NAME_DASH_THEN.search(text):
        # "Gunn Tveito – rådgjevar i Statsforvaltaren i Vestland deltok under sak 3.":
        # the dash sets off what the commas do
        text = _NAME_DASH_THEN.sub(_dashed_as_bracket, text)
    if ", " not in text or not _has_verb_after_comma(text):
        return text  # (most texts: both patterns end in a comma and the verb)
    text = _NAME_THEN_JOB.sub(_job_as_bracket, _APPOSITION.sub(_role_as_bracket, text))
    return _NAME_THEN_ORG.sub(_org_as_bracket_after_name, text)


# An organisation in apposition after the name, capitalised: "Kommunedirektør Lise Holm,
# Dalheim kommune, deltok under sak 3/26." (a protocol's remark on a visitor).
# (also after a title of two words, the second in lower case: "Oppdragsansvarlig revisor
# Mona Li, Viddarevisjon IKS, deltok …")
_NAME_THEN_ORG = lazy_regex(
    r"(?:^|(?<=[.!?:]\s))(?P<title>[A-ZÆØÅ][\w-]+\s+[a-zæøå][\w-]+\s+)?"
    r"(?P<name>[A-ZÆØÅ][\w-]+(?:\s+[A-ZÆØÅ][\w-]+){1,3}),\s+"
    r"(?P<org>[A-ZÆØÅ][\w-]*(?:\s+[\w-]+){0,4}?),\s+" + _APPOSITION_VERB)


# The same set off by a dash, up to the verb: "Gunn Tveito – rådgjevar i Statsforvaltaren
# i Vestland deltok under sak 3.", "Per Ås – Nordby kommune var til stades frå kl. 11."
_NAME_DASH_THEN = lazy_regex(
    r"(?:^|(?<=[.!?:]\s))(?P<name>[A-ZÆØÅ][\w-]+(?:\s+[A-ZÆØÅ][\w-]+){1,3})\s+[–—]\s+"
    r"(?P<role>[\wæøå][\w-]*(?:\s+[\w-]+){0,5}?)\s+" + _APPOSITION_VERB)


def _dashed_as_bracket(found: re.Match[str]) -> str:
    """"Gunn Tveito – rådgjevar i Statsforvaltaren i Vestland " as "Gunn Tveito
    (Statsforvaltaren i Vestland) ", "Per Ås – Nordby kommune " as "Per Ås (Nordby
    kommune) ": a job at a named organisation or an organisation, after a name a known
    first name opens; anything else stays as written."""
    name, role = found.group("name"), found.group("role")
    if not is_first_name(name.split(" ", 1)[0]):
        return found.group(0)
    if role[:1].islower():
        org = org_after_job(role)
        return f"{name} ({org}) " if org != role and org[:1].isupper() else found.group(0)
    return f"{name} ({role}) " if _ORG_HINT.search(role) else found.group(0)


def _org_as_bracket_after_name(found: re.Match[str]) -> str:
    """"Lise Holm, Dalheim kommune, " as "Lise Holm (Dalheim kommune) ": only when the
    words after the comma name an organisation (``_ORG_HINT``) and a known first name
    opens the name, or follows one title word ("Kommunedirektør Lise Holm")."""
    name, org, title = found.group("name"), found.group("org"), found.group("title") or ""
    words = name.split()
    if not _ORG_HINT.search(org) or not (
            is_first_name(words[0]) or (len(words) > 2 and is_first_name(words[1]))) or \
            (title and not is_whole_job_title(title.split()[1])):
        return found.group(0)
    return f"{title}{name} ({org}) "


# The starts of ``_APPOSITION_VERB``'s verbs after the comma that ends an apposition.
_has_verb_after_comma = contains_any((", var", ", ble", ", delt", ", møtte", ", orient",
                                      ", inform", ", present", ", innle", ", redegj",
                                      ", fortal", ", gikk gj", ", gjekk gj", ", la fr"))


def _role_as_bracket(found: re.Match[str]) -> str:
    """"Leder i anleggskomiteen, Arne Vik, " as "Arne Vik (leder i anleggskomiteen) ".
    Only a name a known first name opens is moved ("Leder, Styret, var …" stays), and
    only a role in lower case after its first word, or a job at a named organisation."""
    name, role = found.group("name"), found.group("role")
    if not is_first_name(name.split(" ", 1)[0]):
        return found.group(0)
    role = f"{role[:1].lower()}{role[1:]}"
    if (org := org_after_job(role)) != role:
        return f"{name} ({org}) "
    if any(word[:1].isupper() for word in role.split()):
        return found.group(0)
    return f"{name} ({role}) "


def _job_as_bracket(found: re.Match[str]) -> str:
    """"Arne Vik, leder i Næringsforeningen, " as "Arne Vik (Næringsforeningen) ", and
    "Eva Lund, rådgiver, " as "Eva Lund (rådgiver) ": only a job, after a name a known
    first name opens."""
    name, role = found.group("name"), found.group("role")
    if not is_first_name(name.split(" ", 1)[0]):
        return found.group(0)
    if (org := org_after_job(role)) != role:
        return f"{name} ({org}) "
    if _is_job_title(role) or is_job_title(role):
        return f"{name} ({role}) "
    return found.group(0)


def partial_sentences(text: str, lowered: str | None = None, context: str = "",
                      hinted: bool = False) -> list[tuple[str, str | None, str]]:
    """(name, parenthesis, note) for each sentence saying someone was partly present.

    ``lowered`` is the text lower-cased when the caller has it already; ``context`` the
    line of the same paragraph above it, where a pronoun's person may be named (a PDF
    converter breaks a paragraph at its margins: "… ba om å få vurdert sin" over
    "habilitet. Hun ble erklært inhabil og fratrådte …"); ``hinted``: the caller has found
    ``may_hold_partial`` true of this text and ``lowered``.
    """
    found: list[tuple[str, str | None, str]] = []
    lowered = text.lower() if lowered is None else lowered
    if not hinted:  # (the tests of ``may_hold_partial``, the common hint test first)
        if not has_partial_hint(lowered):
            return found
        if not _has_partial_hint_but_with(lowered) and not _WITH_CLAUSE.search(text):
            return found  # "med" in a sentence ("sendes ut sammen med referatet") is common
    text, shared = _org_as_bracket(text)
    text = appositions_as_brackets(text)
    # (each of the pattern's forms needs one of the other hints, or a "var med" clause)
    matches = [*_PARTIAL_SENTENCE.finditer(text)]
    if text[:1] in "FfEe" or ". F" in text or ". E" in text:
        found += _when_first(text)  # "Fra kl. 11.00 møtte også Ola Moe (Sp)."
    if has_seat_hint(lowered):
        named = {match.group("name") for match in matches}
        matches += [match for match in _SEAT_SENTENCE.finditer(text)
                    if match.group("name") not in named]
        if " at h" in lowered:
            found += _ruled_disqualified(text, context,
                                         {match.group("name") for match in matches})
    for match in matches:
        name = match.group("name").strip()
        if name in _PRONOUNS and (name := _subject_before(text[:match.start()]) or (
                _subject_before(f"{context} {text[:match.start()]}") if context else None)) \
                is None:
            continue  # "Ho vart kjend ugild …" with no one named before it
            # (the line's own sentence before the pronoun first: the line above may be a
            # heading run into it, "Handsaming i Fjordrådet - 17.10.2024 Tone Lid er …")
        note = " ".join(match.group("note").split()).strip(" .")
        rest = None
        if " og " in note or " men " in note:
            note, rest = _next_clause(note)
            if " og " in note:
                note = _attendance_part(note)
        if note.endswith((" jf", " jfr", " jf.", " jfr.")):
            # "… fratrådte under behandlingen (inhabil), jf. kommuneloven § 11-10": the
            # abbreviation ended the clause; the law cited after it is no attendance note
            note = note.rsplit(" ", 1)[0].rstrip(" ,;")
        elif note.endswith((" og", " men")):
            # "… under behandlingen av saken, og" / "nestleder Eva Li ledet møtet.": the
            # line's end cut the clause on another person after its conjunction
            note = note.rsplit(" ", 1)[0].rstrip(" ,;")
        prefix, own = text[:match.start()], match.group("paren")
        if own and (both := _BOTH_FROM.match(own)):
            own = shared = own[both.end():]  # "A og B (begge NAV) deltok under sak 2"
        if prefix.endswith(", ") and _place_after_name(name) and \
                (before := _named_before(prefix) or (
                    # "Ola Berg og Eva Lie, Nordby deltok …": the pair came from there
                    " og " in prefix and _named_before(prefix.replace(" og ", ", ", 1)))):
            # "Eva Lie, Nordby (Teams) deltok fra sak 3": the word after her comma is where
            # she came from, no one else; a channel in its bracket is how she took part
            how = f"{own}, {note}" if own and _is_channel(own) else note
            found += [(other, paren or name, how) for other, paren in before]
            continue
        if prefix.endswith((" og ", ", ")):  # "Ola Berg og Anne Vik deltok under sak 2."
            found += [(other, paren or (shared if own == shared else None), note)
                      for other, paren in _named_before(prefix, " " not in name)]
        found.append((name, own, note))
        if rest:  # "… forlot møtet kl. 12, og Per Lie kom fra sak 4": his too
            found += [hit for hit in partial_sentences(rest) if hit[0] != name]
    return found


# The body's ruling on a member named in the sentence before, by a pronoun: "Nils Dal
# sa at bror hans eig tomta. Representantskapet vedtok samrøystes at han var ugild, og
# han gjekk frå møtet …" (the body is one word; its ruling, and what follows, the note).
_RULED_DISQUALIFIED = lazy_regex(
    r"(?:^|(?<=[.!?]\s))[A-ZÆØÅ][\w-]+\s+(?:vedtok|vedtog|fann|fant|konkluderte\s+med)\s+"
    r"(?:samrøystes\s+|enstemmig\s+)?at\s+(?:han|hun|ho)\s+"
    r"(?P<note>(?:var|er)\s+(?:inhabil|ugild)\b[^.;]*)")


def _ruled_disqualified(text: str, context: str,
                        named: set[str]) -> list[tuple[str, str | None, str]]:
    """(name, None, note) for each ruling that one named by a pronoun was disqualified
    (``_RULED_DISQUALIFIED``): the person the sentence before names, away for the case,
    unless a sentence of the text names him itself ("Aslaug Hovland fråtredde …"). The
    ruling may begin on ``context``, the paragraph's line above (its words wrapped: "…
    Representantskapet vedtok" over "samrøystes at han var ugild …"), and end on this."""
    found: list[tuple[str, str | None, str]] = []
    whole = f"{context} {text}" if context else text
    for ruled in _RULED_DISQUALIFIED.finditer(whole):
        if ruled.end() <= len(whole) - len(text):
            continue  # (the line above's own ruling, read with that line)
        name = _subject_before(whole[:ruled.start()])
        if name is not None and name not in named:
            found.append((name, None, " ".join(ruled.group("note").split())))
    return found


# A sentence on one who came late that says when first, then the verb and who (the
# word order after an adverbial): "Fra kl. 11.00 møtte også Ola Moe (Sp).", "Frå kl. 10
# møtte varamedlem Kari Fosse.", "Etter sak 2 kom Per Dal og Siv Ask." (those there for
# some items, "Under sak 15/25 deltok …", are ITEMS_THEN_PRESENT's guests)
_PERSON_AFTER_VERB = r"[A-ZÆØÅ][\w-]+(?:\s+[A-ZÆØÅ][\w-]+){1,3}(?:\s*\([^()]*\))?"
_WHEN_FIRST = lazy_regex(
    r"(?:^|(?<=[.!?]\s))(?P<when>(?:[Ff]ra|[Ff]rå|[Ee]tter)\s+kl\.?\s*\d{1,2}(?:[.:]\d{2})?|"
    r"[Ee]tter\s+sak(?:ene|ane|a)?\s+\d{1,3}(?:/\d{2,4})?)\s*,?\s+"
    r"(?:møtte|kom|deltok|deltek|tiltrådte|tiltredde)\s+(?:også\s+|òg\s+|i\s+tillegg\s+)?"
    r"(?P<vara>(?:varamedlem|varamedlemmet|vara)\s+)?"
    # (then more people, or whom the one before came from: "…, Ulvik herad.")
    rf"(?P<names>{_PERSON_AFTER_VERB}(?:\s*(?:,|og)\s+[A-ZÆØÅ][^,.;:()]*(?:\([^()]*\))?)*)")
_NAME_PAREN = lazy_regex(r"(?P<name>[^()]+?)\s*(?:\((?P<paren>[^()]*)\))?$")


def _when_first(text: str) -> list[tuple[str, str | None, str]]:
    """(name, parenthesis, note) for each person a sentence that says when first names
    after its verb ("Fra kl. 11.00 møtte også Ola Moe (Sp)."): there from then on, the
    when as the note, as written. A deputy keeps the word ("vara Kari Fosse") that says
    she sat in a member's seat."""
    found: list[tuple[str, str | None, str]] = []
    for match in _WHEN_FIRST.finditer(text):
        vara = match.group("vara") or ""
        for piece in re.split(r"\s*,\s*|\s+og\s+", match.group("names")):
            person = _NAME_PAREN.match(piece.strip())
            if person is None:
                break
            if looks_like_name(person.group("name")):
                found.append((f"{vara}{person.group('name')}", person.group("paren"),
                              match.group("when")))
            elif found and found[-1][1] is None and len(piece.split()) <= 4:
                found[-1] = (found[-1][0], piece.strip(), found[-1][2])  # "…, Ulvik herad"
            else:
                break
    return found


def _place_after_name(words: str) -> bool:
    """Whether what a partial sentence's verb follows, right after a person's name and a
    comma ("Eva Lie, Nordby deltok fra sak 3"), is where that person came from: one
    capitalised word that is no first name ("Per Dal, Ola deltok …" names two people),
    or more that name a body ("Eva Lie, Vestby Næringsforening deltok …")."""
    first = words.split(" ", 1)[0]
    if is_first_name(first) or not first[1:].islower():
        return False
    return " " not in words or _ORG_HINT.search(words) is not None


def _is_channel(paren: str) -> bool:
    """Whether a bracket says only how someone took part from afar ("Teams", "på
    Teams", "digitalt"), a note and never whom the person represents."""
    return len(paren.split()) <= 2 and _PRESENT_NOTE.search(paren) is not None


def _note_closes(pieces: list[tuple[str, str | None, bool]]) -> bool:
    """Whether a line of three pieces ends in a note of when the person was there ("Arild
    Moe, Tine Sør-Vest, frå sak 3"): one person, whom she comes from, then the note."""
    return len(pieces) == 3 and pieces[2][0][:1].islower() and \
        _PARTIAL.search(pieces[2][0]) is not None


def _org_after_one_name(name: str, text: str, one_guest: bool = False) -> bool:
    """Whether ``text``, the piece after the only full name of a line ("Trond Haug, Norsk
    Vann"), is that person's organisation: a few capitalised words that name a body and
    hold no first name, after a name that one opens (not "Ingelin Vik", a second person,
    nor "Hansen Berit", one written surname first). ``one_guest``: the line is a guest's
    or an observer's, one visitor's entry ("Gjest: Ingrid Solli, Asplan Viak", maybe with
    the items she was there for after the piece: "…, Asplan Viak (sak 2)"): there a firm's
    name needs no word of a body's kind."""
    words = text.split()
    # (the first names before the pattern: a second person's name, the usual piece, has
    # one, and a set lookup costs far less than the pattern's case-blind alternation)
    return 1 <= len(words) <= 4 and text[:1].isupper() and " " in name and \
        (not any(is_first_name(w) for w in words) or _kind_before_first_name(words)) and \
        (one_guest or _ORG_HINT.search(text) is not None) and \
        is_first_name(name.split(" ", 1)[0])


def _kind_before_first_name(words: list[str]) -> bool:
    """Whether a body's own word opens a piece whose later word is also a first name:
    "Interreg Aurora", a programme named for its area, is whom the person came from, not
    a second person (no one's first name is a kind of body). The whole word is the body's
    ("Kommunedirektør Per Lie" is a titled person)."""
    return len(words) >= 2 and not is_first_name(words[0]) and \
        _ORG_HINT.fullmatch(words[0]) is not None
