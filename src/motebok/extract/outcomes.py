"""Decisions and actions inside an item's text.

Decisions are explicit (a "Vedtak:" or "Konklusjon:" block) or outcome sentences
("… ble godkjent", "tok saken til orientering", "sluttet seg til forslaget"). Actions
are one-off follow-ups: someone *does* something after the meeting ("PL bearbeider …",
"Sekretariatet sender …", "Det lages …", "Ansvar: X", "innen 1. mars").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from motebok.extract.text import FoldedPattern, Line, contains_any, sentences, strip_list_marker
from motebok.record import Action

# Labels that open an explicit decision block; "Innstilling" only counts when adopted.
_DECISION_LABEL = re.compile(
    r"^(?:[A-ZÆØÅ]{1,8}\s*-\s*\d{1,4}/\d{2,4}\s+)?(?:[A-ZÆØÅ][\w-]*s\s+(?:endelige\s+)?vedtak|"
    r"(?:endelig\s+)?vedtak|vedtak\s*\([^)]*\)|konklusjon(?:ar|er)?|beslutning|"
    r"avgjerd|avgjørelse|vedtaket|enstemmig vedtak|samrøystes vedtak|"
    r"styrets vedtak|rådets vedtak|utvalgets vedtak|gruppens vedtak|møtets vedtak|"
    r"forslag til vedtak som ble vedtatt)\s*(?:[:;.–-]\s*|$)(?P<rest>.*)$", re.I)
_PROPOSAL_LABEL = re.compile(
    r"^(?:[A-ZÆØÅ][\w-]*s\s+(?:innstilling|forslag til vedtak|tilråding|framlegg)|"
    r"innstilling|forslag til vedtak|framlegg til vedtak|tilråding|"
    r"saksbehandlers forslag|daglig leders forslag)\s*(?:\([^)]*\))?\s*[:;]\s*(?P<rest>.*)$",
    re.I)
_ACTION_LABEL = re.compile(
    r"^(?:oppfølging|oppfølgingspunkter|oppfølgingspunkt|tiltak|videre oppfølging|"
    r"aksjonspunkter|aksjonspunkt|oppgaver|gjøremål|action)\s*[:;]\s*(?P<rest>.*)$", re.I)
_PROCEEDINGS_LABEL = re.compile(r"^(?:behandling|handsaming|saksbehandling|drøfting|"
                                r"behandling i [\w -]+|votering|avstemming)\s*[:;]\s*(?P<rest>.*)$",
                                re.I)
_RESPONSIBLE = re.compile(r"(?:^|[,;(]\s*|\s[-–]\s*)(?:ansvar(?:lig)?|ansv\.)\s*[:;]?\s*"
                          r"(?P<who>[^,;.)]+)", re.I)
_DUE = re.compile(r"(?:^|[,;(]\s*|\s)(?:frist|innen|seinast|senest|før)\s*[:;]?\s*", re.I)

# Outcome sentences that record a decision of the body.
_OUTCOME = re.compile(
    r"(?:\b(?:ble|vart|blei|er|blir)\s+(?:enstemmig\s+|samrøystes\s+)?"
    r"(?:godkjent|godkjend|vedtatt|vedteke|vedtekne|godtatt|vedtatt\s+enstemmig|"
    r"tatt til orientering|teke til orientering|tatt til etterretning|"
    r"enige|einige|samde|utsatt)\b"
    r"|\btok\s+(?:saken|saka|orienteringen|orienteringa|informasjonen|dette|"
    r"redegjørelsen)\s+til\s+(?:orientering|etterretning)"
    r"|\btek\s+saka\s+til\s+orientering"
    r"|^(?:tatt|teke|tas)\s+til\s+(?:orientering|etterretning)"
    r"|^(?:enstemmig|samrøystes)\s+(?:vedtatt|vedteke|godkjent)"
    r"|^(?:vedtatt|vedteke|godkjent|godkjend)\b"
    r"|\bslut(?:tet|ta)\s+seg\s+til"
    r"|\b(?:var|ble|vart)\s+(?:enig|enige|einig|einige|samd|samde)\b"
    r"|\b(?:var|er)\s+enig(?:e)?\s+om\b"
    r"|\bstøttet\s+(?:denne|dette|forslaget|tilnærmingen|opplegget|innstillingen|"
    r"planen|anbefalingen|tilrådingen)"
    r"|\bstøtta\s+(?:forslaget|framlegget)"
    r"|\bmøtet\s+vedtok|\bvedtok\b|\bbesluttet\b|\bbestemte\b|\bavgjorde\b"
    r"|\bsaken\s+utsettes|\bsaka\s+vert\s+utsett|\butsettes\s+til"
    r"|\bvedtatt\s+(?:med|mot)\s+\d+|\bvedtatt\s+mot\b"
    r"|^(?:neste\s+møte\s+(?:blir|er|vert|holdes|avholdes|settes|berammes))"
    r"|\bberammes\b"
    r"|^(?:[A-ZÆØÅ][\w-]*\s+){0,3}(?:gruppen|gruppa|utvalget|utvalet|styret|rådet|faggruppen|"
    r"faggruppa|nettverket|møtet|forumet|komiteen|nemnda|arbeidsutvalget|medlemmene)"
    r"\s+(?:foreslo|anbefaler|anbefalte|tilrår|tilrådde|ønsker|ønsket|ønskte)\s+å\b)",
    re.I)
# A decision reported from another body's meeting is not this body's decision.
_OTHER_BODY = re.compile(r"\bi\s+[A-ZÆØÅ][\w-]*s\s+møte\b|\bhar\s+vedtatt\b|"
                         r"\bfylkestinget\b|\bkommunestyret\s+har\b|\bregjeringen\b", re.I)

# Present-tense task verbs: "PL bearbeider …", "Sekretariatet sender …".
_TASK_VERBS = (
    "sender", "sendar", "følger opp", "fylgjer opp", "lager", "lagar", "bearbeider",
    "utarbeider", "utarbeidar", "sjekker", "sjekkar", "kaller inn", "kallar inn",
    "inviterer", "inviterar", "kontakter", "kontaktar", "tar kontakt", "tek kontakt",
    "sørger for", "syter for", "ettersender", "forbereder", "førebur", "oppdaterer",
    "oppdaterar", "distribuerer", "innkaller", "retter opp", "rettar opp", "legger fram",
    "legg fram", "legger ut", "legg ut", "setter opp", "set opp", "skriver", "skriv",
    "undersøker", "undersøkjer", "avklarer", "avklarar", "koordinerer", "ordner", "ordnar",
    "booker", "bestiller", "melder", "meldar", "tar med", "tek med", "tar ansvar",
    "lager utkast", "følger med", "sammenstiller", "samanstiller", "gjennomgår",
    "ser på", "ser nærmere på", "vurderer", "vurderar", "henvender seg", "utreder",
    "kartlegger", "skriver referat", "reviderer", "revidere", "innhenter", "hentar inn",
)
_TASK_FIRST_WORDS = frozenset(v.split()[0] for v in _TASK_VERBS)
_TASK_VERB_RE = FoldedPattern(r"\b(?:" + "|".join(re.escape(v) for v in _TASK_VERBS) + r")\b")
# Passive tasks: "Det lages …", "Et forslag utarbeides …", "… skal oppnevnes".
_PASSIVE_TASK = FoldedPattern(
    r"\b(?:lages|utarbeides|bearbeides|etableres|oppnevnes|sendes|sendast|følges opp|"
    r"fylgjast opp|vurderes|vurderast|undersøkes|undersøkast|avklares|avklarast|"
    r"innarbeides|ferdigstilles|gjøres|gjerast|tas med|takast med|legges ut|leggast ut|"
    r"legges fram|leggast fram|oppdateres|distribueres|innkalles|kalles inn|"
    r"settes opp|utredes|kartlegges|revideres|innhentes|sjekkes|forberedes|rettes|"
    r"tas\s+(?:med\s+)?(?:tilbake|opp)|tas\s+\w+\s+med|sendes ut|utsendes|formidles|"
    r"publiseres)\b")
_FUTURE_SUBJECT = re.compile(
    r"^(?P<who>(?:[A-ZÆØÅ][\w-]*|(?:de|den|dei)\b)"
    r"(?:\s+(?!(?:som|at|hvilke|hvilken|hva|man|vi|det|hvis|når|skal|vil|må)\b)[\w-]+){0,4}?)\s+"
    r"(?:vil(?:\s+måtte)?|skal|tar sikte på å|påtar seg å|får ansvar for å|"
    r"har ansvar for å|fekk i oppgåve å|fikk i oppgave å)\s+(?!ha\b|være\b|vere\b|bli\b|"
    r"få\b|kunne\b)", re.I)
_ASKED = re.compile(r"\bba\s+(?P<who>(?:[\w-]+\s+){0,3}?[\w-]+)\s+(?:om\s+å\s+)?"
                    r"(?:se|sende|lage|følge|utarbeide|sjekke|komme|undersøke|vurdere|"
                    r"ta|kontakte|invitere|forberede|legge|gå|skrive|oppdatere|avklare)\b",
                    re.I)
_GOT_TASK = re.compile(r"\bfikk\s+(?P<who>[\w-]+(?:\s+[\w-]+)?)\s+i\s+oppgave\s+å\b|"
                       r"\bfekk\s+(?P<who2>[\w-]+)\s+i\s+oppgåve\s+å\b", re.I)
_PROPOSED_THAT = re.compile(r"\bforeslo\s+at\s+det\s+\w+(?:es|ast)\b", re.I)
_IMPERATIVE = re.compile(r"^(?:send|husk|meld|lever|fyll\s+ut|svar|registrer|gi\s+beskjed|"
                         r"ta\s+kontakt|kontakt)\b", re.I)
_IN_MEETING_OF = re.compile(r"\b(?:ekstra\s+|neste\s+)?møte\s+i\s+"
                            r"(?P<who>[A-ZÆØÅ][\w-]+)")
_VAGUE = re.compile(r"\b(?:kan|kunne|bør\s+vurdere|vi\s+bør|man\s+bør|ønskes|"
                    r"hadde|ble|var|vart)\b", re.I)
_ORIENTATION_TITLE = re.compile(
    r"^(?:orientering(?:er|ar|ssaker)?(?:\s+(?:fra|frå|om|ved)\b.*)?$|"
    r"informasjon(?:ssaker)?(?:\s+(?:fra|frå|om)\b.*)?$|meldinger|meldingar|meldingssaker|"
    r"referatsaker|runden|gjensidig orientering)", re.I)
_PRONOUN_SUBJECTS = {"det", "vi", "man", "dette", "de", "den", "dei", "her", "da", "så",
                     "når", "som", "hvis", "om", "etter", "i", "for", "til", "på", "med",
                     "ellers", "deretter", "samtidig", "også", "men", "og", "hva", "hvordan"}


@dataclass(slots=True)
class Outcomes:
    """What one item decided and who is to do what."""

    decisions: list[str]
    actions: list[Action]


def find_outcomes(lines: list[Line], heading_rest: str | None, title: str | None,
                  due_date: Callable[[str], str | None]) -> Outcomes:
    """Decisions and actions of one item, in the order they are written.

    ``due_date`` turns a sentence into an ISO due date (the caller knows the year).
    """
    decisions: list[str] = []
    actions: list[Action] = []
    orientation = bool(title and _ORIENTATION_TITLE.match(title))
    mode: str | None = None  # "decision" inside a Vedtak block, "action" in Oppfølging
    texts: list[tuple[str, bool, bool]] = []  # (line text, after a gap, list entry)
    if heading_rest:
        texts.append((heading_rest, False, False))
    texts.extend((strip_list_marker(line.text) if line.kind.value != "table_row"
                  else " ".join(line.cells), line.gap,
                  line.kind.value == "list_item" or line.text[:1].isdigit()) for line in lines)
    adopted_proposal: list[str] = []
    opened = False  # the line right after a bare "Vedtak:" label belongs to its block
    for text, gap, listed in texts:
        label = _DECISION_LABEL.match(text)
        if label:
            mode = "decision"
            text = label.group("rest").strip()
            opened = not text
            if not text:
                continue
        elif (proposal := _PROPOSAL_LABEL.match(text)):
            mode = "proposal"
            adopted_proposal = []
            text = proposal.group("rest").strip()
            opened = not text
            if not text:
                continue
        elif (proceedings := _PROCEEDINGS_LABEL.match(text)):
            mode = None
            text = proceedings.group("rest").strip()
            if not text:
                continue
        elif (act := _ACTION_LABEL.match(text)):
            mode = "action"
            text = act.group("rest").strip()
            opened = not text
            if not text:
                continue
        elif gap and not opened and mode in {"decision", "action", "proposal"} and \
                not listed and not _RESPONSIBLE.search(text) and \
                not re.match(r"^(?:frist|ansvar)", text, re.I):
            mode = None
        opened = False
        for sentence in sentences(text):
            if mode == "proposal":
                if re.search(r"\b(?:innstillingen|forslaget|framlegget|tilrådinga)\s+"
                             r"(?:ble|vart)\s+(?:enstemmig\s+|samrøystes\s+)?"
                             r"(?:vedtatt|vedteke|godkjent)", sentence, re.I):
                    decisions.extend(adopted_proposal)
                    decisions.append(sentence)
                    mode = None
                else:
                    adopted_proposal.append(sentence)
                continue
            if mode == "decision":
                decisions.append(sentence)
                if is_action(sentence):
                    actions.append(make_action(sentence, due_date))
                continue
            if mode == "action":
                responsible_line = _RESPONSIBLE.match(sentence)
                if responsible_line and actions and responsible_line.start() == 0:
                    actions[-1].responsible = responsible_line.group("who").strip()
                    continue
                actions.append(make_action(sentence, due_date, explicit=True))
                continue
            responsible_line = re.match(r"^(?:ansvar(?:lig)?|ansv\.)\s*[:;]\s*(?P<who>.+)$",
                                        sentence, re.I)
            if responsible_line and actions:
                actions[-1].responsible = responsible_line.group("who").strip(" .")
                continue
            due_line = re.match(r"^(?:frist)\s*[:;]\s*(?P<when>.+)$", sentence, re.I)
            if due_line and actions:
                actions[-1].due = due_date(due_line.group("when"))
                continue
            if is_decision(sentence):
                decisions.append(sentence)
                if is_action(sentence) and not orientation:
                    actions.append(make_action(sentence, due_date))
                continue
            if not orientation and is_action(sentence):
                actions.append(make_action(sentence, due_date))
    return Outcomes(decisions=_unique(decisions), actions=actions)


def _unique(values: list[str]) -> list[str]:
    seen: set[str] = set()
    return [v for v in values if not (v in seen or seen.add(v))]


# Cheap substrings one of which every outcome sentence contains (checked before the regex).
_OUTCOME_HINTS = ("godkj", "vedt", "til orientering", "etterretn", "enig", "einig", "samd",
                  "slutt", "støtte", "besluttet", "bestemte", "avgjorde", "utset", "neste møte",
                  "beramme", "foreslo å", "anbefal", "tilrå", "ønsker å", "ønsket å",
                  "ønskte å", "godtatt", "utsatt")
_has_outcome_hint = contains_any(_OUTCOME_HINTS)


def is_decision(sentence: str) -> bool:
    """An outcome sentence that records what this body decided or concluded."""
    lowered = sentence.lower()
    if not _has_outcome_hint(lowered):
        return False
    if not _OUTCOME.search(sentence):
        return False
    return not _OTHER_BODY.search(sentence)


def is_action(sentence: str) -> bool:
    """A one-off follow-up: a task verb with a subject, a passive task, or "Ansvar:"."""
    if sentence.endswith("?") or len(sentence) < 12:
        return False
    if _RESPONSIBLE.search(sentence) and re.search(r"\bansvar", sentence, re.I):
        return True
    if _GOT_TASK.search(sentence) or _ASKED.search(sentence):
        return True
    if _PROPOSED_THAT.search(sentence):
        return True
    if _IMPERATIVE.match(sentence):
        return True
    if re.match(r"^(?:bør|må|kan|skal|vil)\b", sentence, re.I):
        return False  # a note without a subject ("Bør følges opp av …")
    future = _FUTURE_SUBJECT.match(sentence)
    if future and _acceptable_subject(future.group("who")):
        return True
    words = set(sentence.lower().split())
    if words & _TASK_FIRST_WORDS:
        subject = _subject_before(_TASK_VERB_RE, sentence)
        if subject is not None and not words & {"kan", "kunne", "bør"}:
            return True
    if not any(w.endswith(("es", "ast")) or w in {"tas", "takast"} for w in words):
        return False
    passive = _PASSIVE_TASK.search(sentence)
    if passive:
        before = sentence[:passive.start()].split()[-1:]
        if before and before[0].casefold() in {"kan", "kunne", "ble", "vart", "var", "ikke",
                                               "ikkje", "blitt", "er", "bør"}:
            return False
        return not re.search(r"\bhar\s+blitt\b", sentence)
    return False


_QUANTIFIERS = {"flere", "mange", "alle", "noen", "en", "et", "ei", "ingen", "hver", "begge"}


def _acceptable_subject(who: str) -> bool:
    """A subject that can own a task: not a pronoun, quantifier or adverbial."""
    words = who.split()
    first = words[0].casefold()
    if first in {"de", "dei"}:
        return len(words) >= 3  # "De i uthevet skrift følger opp …"
    return first not in _PRONOUN_SUBJECTS and first not in _QUANTIFIERS


def _subject_before(pattern: FoldedPattern, sentence: str) -> str | None:
    """The short capitalised subject before a task verb ("PL", "Sekretariatet")."""
    match = pattern.search(sentence)
    if not match:
        return None
    head = sentence[:match.start()].strip()
    # "PL meldte at … og retter opp dette": the subject of the first clause.
    head = re.split(r"\s+(?:at|og|som)\s+", head)[0] if " at " in head else head
    words = head.split()
    if not words or len(words) > 6:
        return None
    if not _acceptable_subject(head):
        return None
    if not words[0][:1].isupper():
        return None
    return head


def responsible_of(sentence: str) -> str | None:
    """Who is to do the task, as the sentence names them, or None for passive tasks."""
    explicit = _RESPONSIBLE.search(sentence)
    if explicit and re.search(r"\bansvar", sentence, re.I):
        return explicit.group("who").strip()
    got = _GOT_TASK.search(sentence)
    if got:
        return (got.group("who") or got.group("who2")).strip()
    asked = _ASKED.search(sentence)
    if asked:
        return asked.group("who").strip()
    future = _FUTURE_SUBJECT.match(sentence)
    if future and _acceptable_subject(future.group("who")):
        return _trim_subject(future.group("who").strip())
    match = _TASK_VERB_RE.search(sentence)
    if match:
        head = sentence[:match.start()].strip()
        first = re.split(r"\s+(?:meldte|sa|opplyste|orienterte|informerte)\b", head)[0]
        words = first.split()
        if words and words[0][:1].isupper() and words[0].casefold() not in _PRONOUN_SUBJECTS \
                and len(words) <= 6:
            return _trim_subject(first)
    if _PASSIVE_TASK.search(sentence):
        in_meeting = _IN_MEETING_OF.search(sentence)
        if in_meeting:
            return in_meeting.group("who")
    return None


def _trim_subject(who: str) -> str:
    """A subject without a trailing adverbial ("Sekretariatet vil på bakgrunn av …")."""
    words = who.split()
    cut = next((i for i, w in enumerate(words) if i and w.casefold() in
                {"på", "i", "etter", "innen", "før", "også", "derfor", "nå", "da"}), len(words))
    return " ".join(words[:cut])


def make_action(sentence: str, due_date: Callable[[str], str | None],
                explicit: bool = False) -> Action:
    """An action from its sentence: text as written, responsible and due date."""
    text = sentence.strip()
    return Action(text=text, responsible=responsible_of(text), due=due_date(text))
