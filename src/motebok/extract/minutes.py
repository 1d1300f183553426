"""Blocks → minutes record, as an ordered list of small steps.

Each step reads what earlier steps found (``Draft``) and adds its part: where the items
are, then the head (title, dates, place), the participants, each item's text with its
decisions and actions, the next meeting, and finally the document's kind. Keeping the
steps small and in one list makes it easy to see, test and change what happens when.
"""

from __future__ import annotations

import datetime as dt
import itertools
import operator
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from difflib import SequenceMatcher

from motebok.extract import dates
from motebok.extract.first_names import is_first_name
from motebok.extract.header import (
    CLOSING_SLIDE,
    COOPERATION_BODY,
    JOINT_WITH_MUNICIPALITIES,
    MINUTES_TITLE_STARTS,
    ROOM_IN_LOWER_CASE,
    TOLD_VERBS,
    Head,
    body_and_organization,
    compound_body,
    cooperation_named,
    council_of_region,
    detect_kind,
    is_not_a_meeting_record,
    labelled_hours,
    name_in_normal_case,
    names_a_body,
    names_club,
    names_joint_meeting,
    one_word_cooperation,
    person_as_place,
    read_head,
    says_meeting_held,
    secretariat_served,
    signed_at_end,
    signed_before_cases,
)
from motebok.extract.items import (
    HANDLING_HEAD_STARTS,
    NEXT_MEETING_BODY_KINDS,
    NEXT_MEETING_TAIL,
    PLACE_AND_DATE,
    PRESENTER_OPENERS,
    Candidate,
    Section,
    TableItem,
    after_head_labels,
    agenda_list_over,
    appendix_start,
    build_sections,
    choose_items,
    clean_title,
    closing_list_heading,
    closing_people_list,
    find_candidates,
    is_agenda_heading,
    is_break_slot,
    is_break_title,
    is_day_and_date,
    is_flat_handling_head,
    is_group_heading,
    is_handling_head,
    is_next_meeting_label,
    is_standing_title,
    is_whole_sentence,
    item_text,
    lettered_over_list,
    merge_continued,
    next_meeting_line,
    page_footer_inside,
    place_without_day,
    programme_list,
    programme_over_days,
    run_in_leads,
    section_end,
    split_heading,
    two_bare_sections,
    unnumbered_agenda,
    unnumbered_headings,
    without_furniture,
    without_trailing_day,
)
from motebok.extract.labels import (
    ABSENCE_NOUNS,
    AGENCIES_GROUP_LABELS,
    ATTENDANCE_FIELDS,
    DECISION_COLUMN_WORDS,
    DEPUTY_SEAT_WORDS,
    MEMBER_SEAT_WORDS,
    PARTNER_GROUP_LABELS,
    PROJECT_GROUP_LABELS,
    STAFF_NOUNS,
    STAYED_AWAY_FORMS,
    TRUST_SIDE_LABELS,
    WRITER_LABELS_AV,
    WRITER_VERBS_AV,
    Field,
    Label,
    cases_before_colon,
    chained_labels,
    is_partner_group,
    is_staff_group,
    match_label,
    owned_secretariat,
    present_group,
    stayed_away_head,
)
from motebok.extract.outcomes import (
    CASE_LEAD,
    DECISION_LOG_HEADING,
    FOLLOW_UP_LIST_HEADING,
    NOT_A_BOARD,
    Outcomes,
    asks_for_work,
    councils_meeting,
    find_outcomes,
    heads_decision_list,
    is_action,
    is_decision,
    is_numbered_action_point,
    is_outcome_heading,
    others_forum,
    repeat_score,
    talk_slide_tasks,
    task_columns,
    task_field_line,
    task_words,
    tells_what_the_meeting_did,
)
from motebok.extract.participants import (
    ABSENCE_VERB,
    ALSO_PRESENT,
    FIRST_NAME_WRITER,
    FOR_ITEMS_ONLY,
    ITEMS_THEN_PRESENT,
    MARK_BEFORE_TITLE,
    MEETING_ROLES,
    NAME_ORG_COLUMNS,
    PARTY_MARK,
    PRESENTED_ITEM,
    ROLE_WORDS,
    SAYS_WHO_CAME,
    SIGNED_MARK,
    SIGNED_WRITER,
    SIGNER_ROLES,
    TICK_MARKS,
    WRITER_ENDINGS,
    WRITER_MARK,
    Entry,
    People,
    administration_cell,
    administration_columns,
    administration_in_cells,
    administration_named,
    apply_paren,
    appositions_as_brackets,
    attendance_by_column,
    attendance_column_row,
    attended_sentence,
    came_after_all,
    chair_sentence,
    columns_for_day,
    columns_of_answers,
    deputy_stayed_away,
    employer_head_named,
    ends_in_cut_org,
    field_role,
    group_label,
    has_partial_hint,
    head_named,
    heads_no_columns,
    in_columns,
    is_absent_mark,
    is_elected_body,
    is_heads_body,
    is_health_forum,
    is_job_title,
    is_mayor_led,
    is_parents_body,
    is_partite_body,
    is_party,
    is_party_side,
    is_qualified_job,
    is_role_word,
    is_secretariat,
    is_share_count,
    job_before_place,
    label_note,
    labelled_columns,
    may_hold_partial,
    members_seat_heading,
    name_initials,
    names_organisation,
    names_unit,
    no_partial_hint,
    one_with_org,
    org_after_job,
    organization_heads,
    organization_of_group,
    parse_line,
    partial_sentences,
    people_under_heads,
    presence_mark,
    run_may_hold_places,
    school_staff_named,
    seat_matrix_row,
    seat_substitutes,
    share_seat,
    signed_organization,
    signing_chair,
    signs_alone,
    space_columns,
    space_row_people,
    speaks_for_a_seat,
    split_deputy_leader,
    substituted_for,
    table_columns,
    table_names_seats,
    table_row_people,
    tidy_name,
    titled_at_place,
)
from motebok.extract.text import (
    BODY_WORD_ENDINGS,
    CASE_CELL_NUMBER,
    CASE_CELL_PREFIX,
    CONTACT_MARK,
    DEFINITE_ENDINGS,
    FINITE_VERB,
    LED_THE_GATHERING,
    LED_THE_MEETING,
    NAME_LINKS,
    NAME_PARTICLES,
    NEXT_MEETING_CUE,
    ORGANISATION_ENDINGS,
    OTHER_PEOPLE_CUE,
    PARTY_CAPITALS,
    ROLE_WORDS_ELECTED,
    SCHOOL_CLASS_WORDS,
    Line,
    by_first_letter,
    by_last_letter,
    contains_any,
    double_first_name_wrapped,
    fold,
    fold_lowered,
    folded_pattern,
    looks_like_name,
    merge_wrapped,
    sentences,
    to_lines,
    uninverted,
    without_time_slot,
)
from motebok.lazy_pattern import lazy_regex
from motebok.read.blocks import (
    HEADING,
    LIST_ITEM,
    PARAGRAPH,
    REGION_COOPERATION,
    REGION_COOPERATION_ENDS,
    SHARED_SERVICE_NOUNS,
    TABLE_ROW,
    TERMINAL,
    Block,
    join_at_hyphen,
    names_council,
    names_crisis_centre,
    names_destination,
    names_issuer,
)
from motebok.record import (
    Action,
    Item,
    Meeting,
    MinutesRecord,
    NextMeeting,
    Participant,
    Source,
)
from motebok.vocab import MEETING_CHANNELS, Attendance, DocumentKind, ParticipantRole

# Enum members read in loops over lines or people, bound once: ``Field.ABSENT`` is a
# lookup through the class's ``EnumType.__getattr__`` hook (Python 3.11), about ten times
# the cost of a module global, and read_attendance's label loop asks some ten of them.
_FIELD_ABSENT, _FIELD_PRESENT = Field.ABSENT, Field.PRESENT
_FIELD_MEMBERS, _FIELD_SECRETARIAT, _FIELD_GUESTS = Field.MEMBERS, Field.SECRETARIAT, Field.GUESTS
_MEETING_ROLE_FIELDS = frozenset({Field.SECRETARY, Field.CHAIR})
_ABSENT, _PRESENT = Attendance.ABSENT, Attendance.PRESENT
_SECRETARY = ParticipantRole.SECRETARY
_GUEST = ParticipantRole.GUEST.value
_CHAIR = ParticipantRole.CHAIR
# (and those asked of each table row's or list's person, and of each attendance line's
# label: ``add_row``, ``_add_list``, ``read_attendance``; s75q)
_GUEST_ROLE, _MEMBER_ROLE = ParticipantRole.GUEST, ParticipantRole.MEMBER
_FIELD_PLACE = Field.PLACE


@dataclass
class Draft:
    """What the steps have found so far."""

    lines: list[Line]
    record: MinutesRecord
    items: list[Candidate] = field(default_factory=list)
    toc: list[Candidate] = field(default_factory=list)
    head_end: int = 0
    #: where attendance lists end: the head, or past a table of contents that stands
    #: above them ("Dagsorden" … then "Deltakere:" … then the first item)
    attendance_end: int = 0
    #: where the head's attendance starts: the minutes' own head under a summons bound in
    #: front of them (``_summons_in_front``)
    attendance_start: int = 0
    head: Head = field(default_factory=Head)
    people: People = field(default_factory=People)
    sections: list[Section] = field(default_factory=list)
    #: the words of the head (``_head_words``), found when first needed
    known_words: set[str] | None = None
    #: people first named under a deputies' label ("Varamedlemmer:"): a summons' deputies
    #: are not called, and are no participants of its meeting (see ``finish``)
    deputies: list[Participant] = field(default_factory=list)
    #: an attendance label says who came ("Til stede:", "Møtte:", "Oppmøte:"), or a
    #: presence column is marked: not only who was called in ("Innkalte:", "Medlemmer:")
    attendance_recorded: bool = False
    #: a report, plan or case paper (kind ``other`` by its title): it records no meeting,
    #: and the steps that read one (``MEETING_STEPS``) are skipped
    no_meeting: bool = False
    #: where the last item's text stops (its heading's line, that end), found when first
    #: needed (``closing_start``), with the last item's line and the count of lines it
    #: was found for (a step that cuts ``lines`` shorter makes it stale)
    closing: tuple[int, int, int] | None = None
    #: the page furniture left out of ``lines`` that names a municipality ("Fjordvik
    #: kommune      Side 1 av 2"): a council's parent when its text names none
    furniture: list[str] = field(default_factory=list)
    #: the top lines a PDF repeats on every page, whose repeats were dropped ("Protokoll –
    #: Sogn regionråd – 12.03.2025"): a page header, no title (``to_lines``)
    running: list[str] = field(default_factory=list)
    #: the line an attendance list after the items starts on ("Deltakarliste" closing the
    #: minutes, a presence table below), else 0: the text above may name people first
    lists_below: int = 0
    #: the name of the site a web page was saved from (``NotedBlocks.site``): the body
    #: when the text names none
    site: str | None = None

    @property
    def year(self) -> int | None:
        """The meeting's year, for dates written without one."""
        for value in (self.record.meeting.date, self.record.document_date):
            if value:
                return int(value[:4])
        return case_year(self.items or self.toc)


def extract(blocks: list[Block], source: Source) -> MinutesRecord:
    """The minutes record of a document's blocks (never raises on odd text)."""
    # (a reader that left out page furniture itself hands on the lines that name a
    # kommune: ``NotedBlocks.furniture``)
    furniture: list[str] = list(getattr(blocks, "furniture", ()))
    running: list[str] = []
    draft = Draft(lines=to_lines(blocks, furniture, running),
                  record=MinutesRecord(source=source), furniture=furniture,
                  site=getattr(blocks, "site", None), running=running)
    for step in STEPS:
        if draft.no_meeting and step in MEETING_STEPS:
            continue  # a report or a plan records no meeting: no people, items or next one
        try:
            step(draft)
        except Exception as exc:  # one odd document must not lose the rest of its record
            draft.record.warnings.append(
                f"Could not finish step {step.__name__}: {type(exc).__name__}: {exc}")
    return draft.record


def find_items(draft: Draft) -> None:
    """Locate the agenda items (and a table of contents) and so the end of the head."""
    lines = draft.lines
    candidates = find_candidates(lines)
    appendix = appendix_start(lines, candidates)
    if appendix is not None:  # a letter or case paper bound after the minutes: no part
        lines = draft.lines = lines[:appendix]
        candidates = [c for c in candidates if c.line < appendix]
    draft.items, draft.toc = choose_items(lines, candidates)
    if len(draft.items) >= 2 and draft.items[0].style == "numbered" and \
            (lettered := lettered_over_list(lines, draft.items)) is not None:
        draft.items, draft.toc = lettered  # "b) Regnskap" over "1. …", "2. …": its points
    agenda = _agenda_heading(lines, bool(draft.items))
    if not draft.items:  # "Temaer for dette møtet var:" over an indented "1." list
        found = find_candidates(lines, nested=True)
        entry = LIST_ITEM
        top = min((lines[c.line].level for c in found if lines[c.line].kind is entry), default=0)
        # the outermost list is the items; a list indented under one of them is its text
        # (a heading's level is its depth, no indent: "## A. Status" under a lettered
        # "Dagsorden:" list is the detailed section the list names)
        nested, _toc = choose_items(lines, [c for c in found if lines[c.line].level == top or
                                            lines[c.line].kind is not entry])
        if not (len(nested) >= 3 and _one_series(nested)):
            nested, _toc = choose_items(lines, found)
        draft.items = nested if (len(nested) >= 3 and _one_series(nested)) or \
            two_bare_sections(lines, nested) else []
    if draft.items and _only_group_headings(lines, draft.items):
        titled = unnumbered_headings(lines)
        if len(titled) > len(draft.items):  # the titles under "A. Orienteringssaker"
            draft.items, draft.toc = titled, []
    if not draft.items:
        draft.items = (unnumbered_agenda(lines, agenda) if agenda is not None else []) or \
            unnumbered_headings(lines)
        timed = programme_over_days(lines, draft.items) or \
            ([] if draft.items else programme_list(lines))
        if timed:
            draft.items = timed
            if agenda == 0:
                agenda = None  # "Saksliste" naming the document over its head and slots
        if not draft.items and (split := run_in_leads(lines)) is not None:
            # "**Økonomi.** Regnskapet …" / "**Årsmøtet.** …": prose with a lead per topic
            lines, draft.items = split
            draft.lines = lines
    elif not draft.toc and agenda is not None and agenda < draft.items[0].line:
        draft.toc = agenda_list_over(lines, agenda, draft.items)
    starts = [c.line for c in draft.items + draft.toc]
    if agenda is not None and (not starts or agenda < min(starts)):
        starts.append(agenda)
    draft.head_end = min(starts) if starts else _head_without_items(lines)
    if draft.toc and draft.items and (draft.head_end <= 2 or not _meeting_labelled(
            draft.lines[:draft.head_end])):
        draft.head_end = _head_under_top_agenda(draft)
    draft.attendance_end = _attendance_end(draft)


def _only_group_headings(lines: list[Line], items: list[Candidate]) -> bool:
    """Whether the only numbered items are lettered group headings ("A.
    Orienteringssaker", "B. Vedtakssaker") beside standing points ("Eventuelt"): the
    unnumbered titles under the groups are then the items, not text of the groups."""
    lettered = [c for c in items if c.style != "standing"]
    return bool(lettered) and all(
        len(c.number) == 1 and c.number.isalpha() and is_group_heading(lines[c.line])
        for c in lettered)


def _meeting_labelled(lines: list[Line]) -> bool:
    """Whether a line labels the meeting's day, hours or place ("Dato:", "Tid og sted:")
    or says when it was held ("Møtet ble holdt 4. mars …"): a head above the saksliste
    that names none of them (a mail's "Fra:" / "Sendt:" / "Emne:" lines, a letterhead and
    a title) leaves the meeting's own head to the minutes under the list."""
    for line in lines:
        label = match_label(line.text) if ":" in line.text else None
        if (label is not None and label.field in _MEETING_FIELDS) or says_meeting_held(line):
            return True
    return False


def _head_under_top_agenda(draft: Draft) -> int:
    """The head's end when a saksliste (with page numbers) opens the file, or follows a
    head that names no meeting (a mail's "Fra:" / "Emne:"), and the minutes' own head
    follows it ("SAKLISTE" / "Sak 40/24 … 2" / "PROTOKOLL" / "Møtedato: …"): the first
    item, when the meeting's day is labelled (or said held) between the list and the
    first item; else the list's start, as before."""
    after_toc, first = draft.toc[-1].line + 1, draft.items[0].line
    return first if _meeting_labelled(draft.lines[after_toc:first]) else draft.head_end


def _agenda_heading(lines: list[Line], numbered: bool) -> int | None:
    """The line of the "Saksliste" / "Dagsorden" heading over the items, or None.

    One on the very first line names the document ("Saksliste" over "Styremøte i X",
    "Tid:", "Sted:"): its head follows, so the items start at the next such heading or at
    the numbered items; without either it still heads a bare list of items.
    """
    found = next((line.index for line in lines if is_agenda_heading(line)), None)
    if found == 0:
        later = next((line.index for line in lines[1:] if is_agenda_heading(line)), None)
        if later is not None or numbered:
            return later
    return found


#: Without item headings the head is taken to be this many lines, unless a list goes on.
HEAD_LINES = 40


def _head_without_items(lines: list[Line]) -> int:
    """The head's end in a document without item headings: the first lines, and an
    attendance list that runs on past them (a regional council's 47 representatives,
    municipality by municipality, in a protocol cut off before its cases)."""
    end = min(len(lines), HEAD_LINES)
    if end < len(lines) and _in_a_list(lines[end - 1]):
        while end < len(lines) and _in_a_list(lines[end]):
            end += 1
    return _before_prose(lines, _before_bulleted_points(lines, end))


def _before_prose(lines: list[Line], end: int) -> int:
    """The head's end moved up to the running text under the labels of a note with no
    attendance list and no items ("Til: / Fra: / Dato:", "Oppsummering etter seminaret
    …", "Tid og sted: …", then paragraphs on what was said): the paragraphs are the
    note's text, where the people who led or spoke are named, not part of its head."""
    if end < 2:
        return end
    first = after_head_labels(lines)
    if first >= end or len(lines[first].body) <= 80 or not lines[first].body.endswith(".") or \
            match_label(lines[first].text) is not None:
        return end
    attended = any((label := match_label(line.text)) is not None and
                   label.field in ATTENDANCE_FIELDS for line in lines[:end])
    return end if attended else first


def _before_bulleted_points(lines: list[Line], end: int) -> int:
    """The head's end moved up to the first bulleted point of the minutes after the
    attendance: "• Økonomi: 60.000 i tilskudd." under "Tilstede:" in a short note without
    item headings. A topic label over running text in lower case names no one, and the
    points after it ("• Arbeidsgruppe: Gudrun, Tore og Nils.") tell who will do the work,
    not who came."""
    attended = False
    for i in range(end):
        line = lines[i]
        if not attended:
            label = match_label(line.text)
            attended = label is not None and label.field in ATTENDANCE_FIELDS
        elif line.is_bullet and _TOPIC_POINT.match(line.body) and \
                match_label(line.body) is None:
            return i
        elif not line.is_bullet and line.body[:1] in _OUTCOME_HEADING_INITIALS and \
                is_outcome_heading(line.body):
            return i  # "Oppfølging" over "- Ida Vereide legg fram saka …": tasks, no list
    return end


# The first letters of the headings ``is_outcome_heading`` knows ("Oppfølging", "Til
# oppfølging", "Dette vart bestemt", "Konklusjonar", …): most lines fail on the first.
_OUTCOME_HEADING_INITIALS = frozenset("OoTtDdKkBbHhAaVvNnGgFfRr")


# A point of the minutes in a bullet: a topic's word and a colon over running text with
# no capital letter, ended by a stop ("Økonomi: 60.000 i tilskudd + 30.000 egeninnsats.").
_TOPIC_POINT = lazy_regex(r"[A-ZÆØÅ][\wæøå-]{2,30}:\s+[^A-ZÆØÅ:]{8,}\.$")


def _in_a_list(line: Line) -> bool:
    """A line of an attendance list: a label, a group heading, a name with what follows
    it, or a sentence about who came."""
    label = match_label(line.text)
    if label is not None:
        return label.field in ATTENDANCE_FIELDS
    text = line.body
    if len(text) > 120:
        return False
    return not text.endswith((".", "!", "?")) or "møtte" in text or "forfall" in text


def _one_series(items: list[Candidate]) -> bool:
    """Case numbers with a dash ("1-24", "2-24") are one series: the same year, rising.
    ("10-12 Lunsj", "12-13 Foredrag" in a programme are times.)"""
    dashed = [c.number.split("-") for c in items if "-" in c.number]
    if not dashed:
        return True
    return len({year for _n, year in dashed}) == 1 and \
        all(int(a[0]) < int(b[0]) for a, b in itertools.pairwise(dashed))


def _attendance_end(draft: Draft) -> int:
    """The head's end, or the first item's line when attendance labels stand between the
    table of contents and the first item."""
    if draft.items and 2 * sum(c.toc for c in draft.items) >= len(draft.items):
        # only an agenda with page numbers, the sections cut off: "Tilstede:" below it
        after = max(c.line for c in draft.items) + 1
        if any((label := match_label(line.text)) is not None and
               label.field in ATTENDANCE_FIELDS for line in draft.lines[after:]):
            return len(draft.lines)
    if not draft.toc or not draft.items:
        return _before_group_heading(draft, draft.head_end)
    after_toc = max(c.line for c in draft.toc) + 1
    first = draft.items[0].line
    for line in draft.lines[after_toc:first]:
        label = match_label(line.text)
        if label is not None and label.field in ATTENDANCE_FIELDS:
            return _before_group_heading(draft, first)
    return _before_group_heading(draft, draft.head_end)


def _before_group_heading(draft: Draft, end: int) -> int:
    """The attendance's end moved up over the heading of the first group of items right
    above the first item ("A. Innledende saker", "Orienteringssaker"): no person of the
    list above it."""
    if draft.items and end == draft.items[0].line and end - 1 > draft.attendance_start and \
            is_group_heading(draft.lines[end - 1]):
        return end - 1
    return end


# ("3 av 2025": case 3 of the year 2025, written out)
_CASE_YEAR = re.compile(r"(?:[/\-–](\d{2}|\d{4})|\.(\d{4})| av (\d{4}))$")
# "25/3": a two-digit year first, then a one-digit case (no year has one digit)
_SHORT_YEAR_FIRST = lazy_regex(r"(\d{2})/\d")
# "2006-21", "2024/3", "2024/12": the year first, then the case (not a school year "2023/24")
_YEAR_DASH_CASE = re.compile(r"(?P<year>(?:19|20)(?P<yy>\d{2}))[-/](?P<case>\d{1,3})")


def case_year(candidates: list[Candidate]) -> int | None:
    """The year in case numbers such as "07/12", "38/2023", "07-22", "20.2009", "25/3"
    (the year first) or "3 av 2025"."""
    for cand in candidates:
        first = _YEAR_DASH_CASE.fullmatch(cand.number)
        if first and not (len(first["case"]) == 2 and
                          int(first["case"]) == (int(first["yy"]) + 1) % 100):
            return int(first["year"])  # "2006-21", "Sak 2024/3": the year first
        match = _CASE_YEAR.search(cand.number) or _SHORT_YEAR_FIRST.fullmatch(cand.number)
        if match:
            year = int(next(group for group in match.groups() if group))
            return year + 2000 if year < 100 else year
    return None


def _capitals_as_the_text_writes(body: str, title: str, lines: list[Line]) -> str:
    """The body read from an all-capitals title with a word in capitals again where the
    document's running text writes that word so: "REFERAT FRÅ MØTE I SAMARBEIDSFORUM FOR
    DEKOM" and "Tildeling av DEKOM-midlar" → "Samarbeidsforum for DEKOM" (an acronym with
    vowels, which ``_initials_in_capitals`` cannot tell from a word). Only a line in mixed
    case counts: a heading in capitals shouts every word."""
    shouted = set(title.replace("-", " ").replace("/", " ").split())
    words = {word for word in body.split(" ") if 2 <= len(word) <= 8 and word.isalpha() and
             not word.isupper() and word.upper() in shouted and
             word.casefold() not in _SMALL_TITLE_WORDS}
    if not words:
        return body
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(w.upper()) for w in words) + r")\b")
    written = {hit for line in lines if not line.text.isupper()
               for hit in pattern.findall(line.text)}
    if not written:
        return body
    return " ".join(word.upper() if word.upper() in written and word in words else word
                    for word in body.split(" "))


# Small words of a title that no running text writes in capitals as a name.
_SMALL_TITLE_WORDS = frozenset({"i", "for", "og", "om", "til", "på", "med", "av", "frå", "fra",
                                "ved"})


def read_header(draft: Draft) -> None:
    """Title, body, organisation, dates, time and place from the head."""
    head = read_head(draft.lines, draft.head_end, case_year(draft.items or draft.toc),
                     draft.furniture, draft.running)
    draft.head = head
    record = draft.record
    record.title = head.title
    record.body = head.body or draft.site or (  # (a web page's site, when the text names
        _council_alone(draft.furniture) if draft.furniture else None)  # none)
    named_beside = None
    if draft.furniture and record.body and " " not in record.body:
        named_beside = _body_and_parent_on_pages(draft.furniture, record.body)
        record.body = named_beside[0] if named_beside else \
            _body_named_on_pages(draft.furniture, record.body,
                                 alone=head.organization is None) or record.body
    if record.body and record.title and record.title.isupper() and \
            not record.body.isupper():
        record.body = _capitals_as_the_text_writes(record.body, record.title, draft.lines)
    record.organization = head.organization
    if named_beside and (record.organization is None or
                         _topic_as_owner(named_beside[0], record.organization)):
        record.organization = named_beside[1]
    if head.organization == "Regionrådet" and draft.furniture and \
            (council := _council_alone(draft.furniture)):
        # "Regionrådets arbeidsutvalg" under a page header "Vestfjell regionråd": the
        # council the genitive names, by its full name
        record.organization = council
    record.document_date = head.document_date
    record.meeting.date = head.meeting_date
    record.meeting.start = head.start
    record.meeting.end = head.end
    record.meeting.location = _one_line(head.location)
    record.warnings.extend(head.warnings)
    if record.document_date is None and draft.toc and draft.items and \
            (after_list := draft.toc[-1].line + 1) < draft.items[0].line:
        signed = signed_before_cases(draft.lines, after_list, draft.items[0].line)
        if signed:  # a summons is signed before the meeting; minutes whose front page
            # holds the signatures over the case list ("Hamar, 12. mars 2026" / "Kari
            # Holm (s.)" / "styreleder") after it: the day they are dated either way
            record.document_date = signed
    if record.organization is None and head.body and \
            _MUNICIPAL_BODY.search(folded := fold(head.body)):
        record.organization = _the_municipality(draft.lines, head.body, draft.furniture,
                                                _COUNTY_BODY.search(folded) is not None)
    if record.organization is None and head.body and draft.furniture and \
            _COMPANY_BODY.match(fold(head.body)):
        record.organization = _the_company(draft.furniture)
    if record.organization is None and head.body and draft.furniture:
        record.organization = _parent_beside_body(draft.furniture, head.body) or \
            _club_beside_body(draft.furniture, head.body) or \
            _parent_alone(draft.furniture, head.body) or \
            _region_beside_body(draft.furniture, head.body) or \
            _parent_beside_group(draft.furniture, head.body) or \
            _county_over_its_group(draft.furniture, head.body) or \
            _cooperation_on_edges(draft.furniture, head.body) or \
            _owner_beside_project(draft.furniture, head.body)
    if record.organization is None and head.body:
        record.organization = _secretariat_of(draft.lines, draft.head_end, head.body) or \
            _governed_by_body(draft.lines, draft.head_end, head.body)
    if record.organization is None and head.body and record.meeting.location and \
            " fylkeskommune" in record.meeting.location:
        record.organization = _county_hosting_its_network(draft.lines, head.body,
                                                          record.meeting.location)
    if invited := _inviting_body(draft.lines, draft.head_end, head.body):
        inviter, own = invited
        if not own and head.body:
            # "Nordby regionråd" over "Frivillighetsnettverket i Nordby inviterer til …":
            # the network holds the gathering, the council on the letterhead is its parent
            record.body, record.organization = inviter, record.organization or head.body
        elif record.organization:
            record.body = inviter  # a parent named apart: the inviter's name kept whole
        else:  # the invitation names the body alone: read as a title naming it would be
            body, parent = body_and_organization(inviter)
            record.body, record.organization = body or inviter, parent
    if record.meeting.start is None:
        opened = _opening(draft.lines)  # "Møtet ble satt kl. 10.00 på Rådhuset."
        if opened:
            time = opened.group("time") or opened.group("start") or opened.group("lasted") \
                or opened.group("begun") or opened.group("begun_bare")
            record.meeting.start = dates.find_time_range(f"kl. {time}")[0]
            record.meeting.location = record.meeting.location or opened.group("place")
    elif (started := _recorded_start(draft.lines)) is not None:
        record.meeting.start = started  # "Møtet starter kl. 10.00" in the summons, "Møtet
        # ble satt kl. 10.05" in the protocol: the meeting began when the minutes say
    if record.meeting.end is None:  # (the head's end stays: "Tid: 10.00–14.00" over a
        # closing "Møtet hevet kl. 13.50" is read as the head gives it, the corpus' way)
        end = _closing_time(draft.lines)  # also without a start: "Møtet slutt 17.40"
        if end and (record.meeting.start is None or end > record.meeting.start):
            record.meeting.end = end


# An invitation's first sentence naming who invites: "Frivillighetsnettverket i Nordby
# inviterer til …", nynorsk "… inviterar til …" (a name of two words or more: "Styret
# inviterer …" names no one new).
_INVITER = lazy_regex(r"(?P<who>[A-ZÆØÅ][\wæøå-]+(?:\s+[\wæøåÆØÅ-]+){1,5}?)\s+"
                      r"inviter(?:er|ar)\s")
# An invitation addressed to the reader, whose inviter the next line names: "Du er
# invitert til fagdag …" / "Klimanettverket i Vestfold", "Velkommen til samling …".
_INVITED_READER = lazy_regex(r"(?:du|de|dere)\s+(?:er|blir)\s+"
                             r"invitert\s+(?:til|på)\s|(?:du|de|dere)\s+inviteres\s+til\s|"
                             r"(?:hjerteleg\s+|hjertelig\s+)?velkom(?:m)?en\s+til\s", re.I)


def _inviting_body(lines: list[Line], head_end: int,
                   body: str | None) -> tuple[str, bool] | None:
    """The body an invitation's head says invites, and whether the head's own reading
    (``body``) was this body's too (a short form, the sentence itself, nothing): "X
    inviterer til …" (``_INVITER``) names X; "Du er invitert til …" / "Velkommen til …"
    over a line naming a body names that line's (``_INVITED_READER``). A body the
    head read apart, written above and sharing no word with it, is the one on the
    letterhead: the inviter meets, the letterhead's is its parent (own False). None when
    no line invites or the head's body shares a word with the inviter (the same body,
    read already)."""
    for line in lines[:max(head_end, 8)]:
        if "invit" not in line.lowered and "velkom" not in line.lowered:
            continue  # (one substring test for every head line; the patterns below rarely)
        said = _inviter_of_line(lines, line)
        if said is None:
            continue
        who, sentence = said
        if not names_a_body(who) or looks_like_name(who):
            return None
        if body is None or body.startswith(sentence) or \
                sentence.startswith(body.rstrip(" .!")) or \
                (" " not in body and body.casefold() in who.casefold()):
            # nothing read, the sentence itself read as the body, or its short form
            # ("Nettverket" from the title's "nettverkssamling" for "Kulturnettverket i …")
            return who, True
        words = {word for word in fold(body).split() if len(word) > 3}
        if words & set(fold(who).split()):
            return None
        # a body the head made of a word ("Nettverket" of "Nettverkssamling") is none
        # the text names apart: only one written above (the letterhead's) is the parent
        return who, not any(body in above.body for above in lines[:line.index])
    return None


def _inviter_of_line(lines: list[Line], line: Line) -> tuple[str, str] | None:
    """Who a head line says invites, and the line's words that say it: the name before
    "inviterer"/"inviterar", or, after "Du er invitert til …"/"Velkommen til …", the next
    line when it is a name alone (no label, no digit, a few words)."""
    if "inviter" in line.lowered and (found := _INVITER.match(line.body)):
        return found.group("who"), found.group(0)
    if _INVITED_READER.match(line.body) is None or line.index + 1 >= len(lines):
        return None
    below = lines[line.index + 1].body.strip(" .")
    if not below or ":" in below or any(ch.isdigit() for ch in below) or \
            len(below.split()) > 6 or not below[:1].isupper():
        return None
    return below, line.body.strip(" .!")


# "Møtet varte fra (kl.) …": how long it lasted, from its start (_OPENED) to its end (_CLOSED).
_LASTED = r"\bmøtet\s+varte\s+(?:fra\s+)?(?:kl\.?\s*|klokka\s+)?"
# "… hevet kl. 11.30"; without "kl." only right after "Møtet" ("Møtet slutt 17.40"), as
# "Planen er ferdig 15.04" gives a date.
# (nynorsk "Møtet vart heve kl. 15.10" as often written: "heve" only after "vart")
_CLOSED = lazy_regex(r"\b(?:hevet|heva|(?<=vart\s)heve|avsluttet|avslutta|slutt|ferdig)\s+"
                     r"(?:ca\.?\s*)?"
                     r"(?:kl\.?|klokka)\s*"  # "… avsluttet ca. kl. 15.00"
                     r"(?P<time>\d{1,2}(?:[.:]\d{2})?|[0-2]\d[0-5]\d)\b|"  # "kl. 2000" too
                     r"\bmøtet\s+(?:ble\s+|vart\s+)?(?:hevet|heva|heve|avsluttet|avslutta|slutt)\s+"
                     r"(?:ca\.?\s*)?(?P<bare>\d{1,2}[.:]\d{2})\b|"
                     # the past of "slutte", "ende": "Møtet slutta kl. 15.10.", "Møtet
                     # sluttet 15.10", "Møtet endte kl. 15", nynorsk "Møtet enda kl. 15.10"
                     r"\bmøtet\s+(?:sluttet|slutta|endte|enda)\s+(?:ca\.?\s*)?(?:(?:kl\.?|klokka)\s*"
                     r"(?P<ended>\d{1,2}(?:[.:]\d{2})?)|(?P<ended_bare>\d{1,2}[.:]\d{2}))\b|"
                     # "Møteslutt: 20.15", "Møteslutt kl. 20.30", "Slutt: 20:15" (as "Møtestart")
                     r"\b(?:møteslutt\s*:?|slutt\s*:)\s*(?:(?:kl\.?|klokka)\s*"
                     r"(?P<labelled_kl>\d{1,2}(?:[.:]\d{2})?)|(?P<labelled>\d{1,2}[.:]\d{2}))\b|"
                     # "Møtet varte fra 10 til ca. 14.30", "Møtet varte til kl. 15"
                     rf"{_LASTED}(?:\d{{1,2}}(?:[.:]\d{{2}})?\s*)?(?:til|[-–])\s*(?:ca\.?\s*)?"
                     r"(?:kl\.?\s*|klokka\s+)?(?P<until>\d{1,2}(?:[.:]\d{2})?)\b", re.I)


_OPENED = lazy_regex(r"\bmøtet\s+(?:(?:ble|vart|blei)\s+(?:satt|sett|åpnet|opna|opnet|starta|"
                     r"startet)|starta|startet)\s+"  # (also "Møtet starta kl. …" without "vart")
                     r"(?:kl\.?|klokka)\s*(?P<time>\d{1,2}(?:[.:]\d{2})?)\b"
                     r"(?:\s+(?:på|i)\s+(?P<place>[A-ZÆØÅ][^.,;]{1,50}))?|"
                     # "Møtestart kl 20.00."
                     r"\bmøtestart\s*:?\s*(?:kl\.?|klokka)?\s*(?P<start>\d{1,2}[.:]\d{2})\b|"
                     # a label of its own line: "Start: 09.00", "Møtet startet: kl. 10"
                     r"^(?:start|møtet\s+start(?:et|a))\s*:?\s*(?:(?:kl\.?|klokka)\s*"
                     r"(?P<begun>\d{1,2}(?:[.:]\d{2})?)|(?P<begun_bare>\d{1,2}[.:]\d{2}))"
                     r"(?![\d.:])|"
                     # "Møtet varte fra 10 til ca. 14.30": a start before "til" only
                     rf"{_LASTED}(?P<lasted>\d{{1,2}}(?:[.:]\d{{2}})?)\s*(?:til|[-–])", re.I)


def _one_line(value: str | None) -> str | None:
    """A header value with the TABs of a padded row as single spaces: a place copied
    from a web page with doubled spaces ("Sted:    Møterom  2") reads as columns."""
    return " ".join(value.split()) if value and "\t" in value else value


def _opening(lines: list[Line]) -> re.Match[str] | None:
    """ "Møtet ble satt kl. 10.00 på Rådhuset.": the start time, and maybe the place."""
    for line in lines:
        if ("møte" in line.lowered and ("satt" in line.lowered or "sett" in line.lowered
                                        or "åpn" in line.lowered or "opn" in line.lowered
                                        or "start" in line.lowered or "varte" in line.lowered)) \
                or line.lowered.startswith("start"):
            found = _OPENED.search(line.body)
            if found:
                return found
    return None


def _recorded_start(lines: list[Line]) -> str | None:
    """The start the minutes record in the past tense ("Møtet ble satt kl. 10.05", nynorsk
    "Møtet vart sett kl. 10.05", "Møtet starta kl. 10.05"): when the meeting really began,
    which the guide's "meeting.start" is, over the time the head or a summons line planned
    ("Møtet starter kl. 10.00", "Tid: 10.00–12.00"). A label ("Møtestart: 10.00", "Start:
    10.00") may give the plan and is not taken over the head's time."""
    for line in lines:
        lowered = line.lowered
        if "møtet " in lowered and "kl" in lowered and (
                "start" in lowered or " satt" in lowered or " sett" in lowered or
                "åpn" in lowered or "opn" in lowered) and \
                (found := _RECORDED_START.search(line.body)):
            return dates.find_time_range(f"kl. {found.group('time')}")[0]
    return None


# The start in the past tense that ``_recorded_start`` reads (``_OPENED``'s first form).
_RECORDED_START = lazy_regex(r"\bmøtet\s+(?:(?:ble|vart|blei)\s+(?:satt|sett|åpnet|opna|opnet|"
                             r"starta|startet)|starta|startet)\s+(?:kl\.?|klokka)\s*"
                             r"(?P<time>\d{1,2}(?:[.:]\d{2})?)\b", re.I)


def _closing_time(lines: list[Line]) -> str | None:
    """The end time from "Møtet ble hevet kl. 11.30" / "… og ble avsluttet kl. 11.30"."""
    for line in lines:
        lowered = line.lowered
        if not ("hev" in lowered or "avslutt" in lowered or "slutt" in lowered
                or "ferdig" in lowered or "varte" in lowered or "møtet end" in lowered):
            continue
        found = _CLOSED.search(line.body)
        if found:
            time = found.group("time") or found.group("bare") or found.group("labelled") or \
                found.group("labelled_kl") or found.group("until") or found.group("ended") or \
                found.group("ended_bare")
            return dates.find_time_range(f"kl. {time}")[0]
    return None


# A body every municipality has: its parent is the municipality ("Tysnes ungdomsråd").
# (searched in the folded body: IGNORECASE drops ``re``'s quick first-letter tests)
_MUNICIPAL_BODY = folded_pattern(r"ungdomsråd|eldreråd|kontrollutval|formannskap|"
                                 r"kommunestyre|hovedutval|hovudutval|funksjonsnedsett|"
                                 r"planutval|driftsutval|oppvekstutval|levekårsutval|"
                                 r"klagenemnd|administrasjonsutval|fylkesting|fylkesutval|"
                                 r"fylkes(?:eldre|ungdoms)?råd")
# … and of those, the bodies of a county: its parent is the county municipality
# ("Fylkesutvalet" → "Vestland fylkeskommune"), never a kommune it names
_COUNTY_BODY = folded_pattern(r"fylkes(?:ting|utval|(?:eldre|ungdoms)?råd)")
# "Tysnes kommune"; "Vestland fylkeskommune" (``county``) is read only in page furniture,
# where a council's protocol may name its issuer and nothing else does
_MUNICIPALITY = lazy_regex(r"\b(?P<place>[A-ZÆØÅ][a-zæøå]+(?:-[A-ZÆØÅ][a-zæøå]+)?)\s+"
                           r"(?P<county>[Ff]ylkes)?[Kk]ommune\b")


# The bodies of a company: its owners' (representantskap, generalforsamling, eiermøte,
# eigarråd, eierutvalg), its board (``fold``ed: "styret", "eigarmøtet") and the board's or
# owners' own organs: "Arbeidsutvalet", "Valkomiteen", "Kontrollkomiteen" – any organ of
# the company the page's edge names is the company's, its "Fagrådet" too. ("eier" and
# "eigar" both: the bokmål "eiermøte" was missed when the pattern read "ei[ge]ar".)
_COMPANY_BODY = folded_pattern(r"representantskap|generalforsamling|ei(?:e|g?a)rm[øo]te|"
                               r"ei(?:e|g?a)rkommunem[øo]te|"  # (the owner kommuner's meeting)
                               r"ei(?:e|g?a)rråd|ei(?:e|g?a)rutval|styret\b|arbeidsutval|"
                               r"val[gj]?komit|val[gj]?nemnd|kontrollkomit|"
                               # the owners' advisory council of an archive or a
                               # service company: "Fagrådet for arkiv" (s68f)
                               r"fagråd")
# A company the kommuner own named on a page's edge: "Vestfjord Renovasjon IKS", the
# name up to its "IKS" ("Vestfjord Renovasjon IKS - Møteprotokoll representantskapet"),
# a limited company ("Vestdal Kraft AS") or the form spelled out ("Fjellvann
# interkommunale selskap", "… interkommunalt selskap"); or the emergency service the
# kommuner run together, whose owners' meeting or board prints it on its pages
# ("Vest-Telemark legevakt – Eierkommunemøtet", "Fjordby brann og redning").
_COMPANY = lazy_regex(r"^(?P<name>[A-ZÆØÅ][\w&.-]*(?:\s+[\w&.-]+){0,5}?\s+"
                      r"(?:IKS|AS|(?i:interkommunalt|interkommunale)\s+selskap|"
                      + "|".join(SHARED_SERVICE_NOUNS).replace(" ", r"\s+") + r"))\b"
                      # a foundation whose board meets, named alone: "Stiftelsen Helgeland
                      # kystmuseum" (a museum's or a hall's, as an AS's styre)
                      r"|^(?P<foundation>Stiftelsen\s+[A-ZÆØÅ][\w&.-]*(?:\s+[\w&.-]+){0,4})$")
_COMPANY_FORMS = (" IKS", " AS", "nterkommunal", "Stiftelsen ",  # (a cheap test first)
                  *(f" {noun}" for noun in SHARED_SERVICE_NOUNS))


def _the_company(furniture: list[str]) -> str | None:
    """The one company the kommuner own that the page headers or footers name (an IKS, an
    AS, an "interkommunalt selskap" spelled out), the parent of the
    representantskap or styre whose minutes it prints; None when they name none or
    several (a kommune's body is read from its kommune: ``_the_municipality``)."""
    names = {found.group("name") or found.group("foundation") for text in furniture
             if any(form in text for form in _COMPANY_FORMS)
             and (found := _COMPANY.match(text.strip()))}
    return names.pop() if len(names) == 1 else None


def _parent_beside_body(furniture: list[str], body: str) -> str | None:
    """The one municipality, a kommune or a county municipality, that a page header or
    footer names beside the body's own name ("Vestfjord fylkeskommune –
    Folkehelsenettverket" over a network's minutes): the template of the body's owner,
    read as its parent whatever kind of body met. None when no such line names the body
    or one names several; a municipality inside the body's own name is none."""
    key = body.casefold()
    found = _municipalities((text for text in furniture if key in text.casefold()),
                            _ANY_MUNICIPALITY)
    parents = [name for name in found.values() if name.casefold() not in key]
    return parents[0] if len(parents) == 1 else None


def _body_named_on_pages(furniture: list[str], body: str, alone: bool = False) -> str | None:
    """The full name of a body the text calls by its noun alone ("Nettverket", from
    "Referat – nettverksmøte"), as the running page header names it: "Kystsonenettverket
    Agder ⇥ Side 1 av 2" (the header's words before the page's number, their first a
    compound of the body's noun). When the head names no parent either (``alone``), the
    header may give the noun itself and then the name: "Grensekomiteen Nordfjell–Idre ·
    Protokoll 2/2026" over "Protokoll fra grensekomiteens møte". None when no header names
    it so, or headers differ."""
    noun = body.casefold()
    if not noun.endswith(BODY_WORD_ENDINGS):
        return None
    found = set()
    for text in furniture:
        head = _PAGE_OF.split(text, 1)[0].strip(" \t–—|·-")
        parts = [part for part in _FURNITURE_SPLIT.split(head) if part.strip()]
        first = parts[0].strip() if parts else ""
        word = first.split(" ", 1)[0].casefold()
        if (word.endswith(noun) and (len(word) > len(noun) or (
                alone and " " in first and first.split(" ", 2)[1][:1].isupper())) and
                len(first.split()) <= 5 and not any(ch.isdigit() for ch in first)) or \
                (alone and _adjective_then_noun(first, noun)):
            found.add(first)  # (s76l) or "Regionalt oppvekstnettverk …": adjective first
    return found.pop() if len(found) == 1 else None


def _adjective_then_noun(name: str, noun: str) -> bool:
    """(s76l) Whether a header names the body by an adjective, its noun without the
    definite ending and a region ("Regionalt oppvekstnettverk Salten og Ytre Nord" where
    the text says "oppvekstnettverket"): the body's full name, as ``_body_named_on_pages``
    reads one that opens with the noun."""
    words = name.split()
    if not 3 <= len(words) <= 8 or not words[0][:1].isupper() or \
            not words[0].casefold().endswith(_NAME_ADJECTIVE_ENDINGS) or \
            not words[2][:1].isupper() or any(ch.isdigit() for ch in name):
        return False
    said = words[1].casefold()
    return said == noun or any(noun == said + end for end in DEFINITE_ENDINGS)


# How the adjective before a body's noun in its name ends: "Regionalt", "Interkommunale",
# "Felles", "Nordisk".
_NAME_ADJECTIVE_ENDINGS = ("alt", "ale", "elt", "ele", "les", "isk", "iske")


def _body_and_parent_on_pages(furniture: list[str], body: str) -> tuple[str, str] | None:
    """The body's full name and its parent when the text calls the body by its definite
    noun alone ("Regiongruppen", from "Referat fra regiongruppemøte") and a page header
    names it by the indefinite noun and a name beside its parent, split by a dash or a bar
    ("Den kulturelle skolesekken Innlandet – regiongruppe Hadeland"): the template of the
    programme or cooperation the group belongs to. None when no header is just the two
    parts, or headers differ."""
    noun = body.casefold()
    stem = next((noun[:-len(end)] for end in DEFINITE_ENDINGS if noun.endswith(end)), None)
    if stem is None or len(stem) < 4:
        return None
    found = set()
    for text in furniture:
        if stem not in text.casefold():
            continue  # (one substring test for most headers)
        parts = [part.strip() for part in _FURNITURE_SPLIT.split(_PAGE_OF.split(text, 1)[0])
                 if part.strip()]
        if len(parts) != 2:
            continue
        for own, other in (parts, parts[::-1]):
            words = own.split()
            # (also what it is for: "Trygg Trafikk Troms · Nettverk for Trafikksikker
            # kommune")
            named = 1 + (len(words) > 2 and words[1] == "for")
            if words[0].casefold() in (stem, stem + "e") and 2 <= len(words) <= 5 and \
                    words[named][:1].isupper() and not any(ch.isdigit() for ch in text):
                found.add((own, other))
    return found.pop() if len(found) == 1 else None


def _topic_as_owner(body: str, organization: str) -> bool:
    """Whether the owner a title gave its body by the noun alone ("nettverksmøte –
    Trafikksikker kommune i Midt-Troms") is what the body's full name on the pages says
    it is for ("Nettverk for Trafikksikker kommune"): the network's topic, no parent."""
    topic = body.partition(" for ")[2].casefold()
    return bool(topic) and organization.casefold().startswith(topic)




# A page's number after a running header's words: "… Side 1 av 2", "… side 3".
_PAGE_OF = lazy_regex(r"\s{2,}|\s+(?:side|page)\s+\d", re.I)


def _region_beside_body(furniture: list[str], body: str) -> str | None:
    """The regional cooperation a page header names beside the body, split from it by a
    dash, a bar or a tab ("Kongsbergregionen – Faggruppe plan og areal" over the
    faggruppe's minutes): a cooperation named by its region ("…regionen", one word), as
    the template of the cooperation whose group met puts it. None when no header line
    is just the two, or such lines name different cooperations."""
    key = body.casefold()
    found = set()
    for text in furniture:
        if key not in text.casefold() or not any(end in text for end in REGION_COOPERATION_ENDS):
            continue
        parts = [part.strip() for part in _FURNITURE_SPLIT.split(text) if part.strip()]
        if len(parts) != 2 or key not in (parts[0].casefold(), parts[1].casefold()):
            continue
        other = parts[1] if parts[0].casefold() == key else parts[0]
        if REGION_COOPERATION.fullmatch(other):
            found.add(other)
    return found.pop() if len(found) == 1 else None


def _parent_beside_group(furniture: list[str], body: str) -> str | None:
    """The cooperation a page header names beside the group whose minutes it heads, split
    from it by a dash or a bar ("Nettverk for kommunal beredskap Agder – Administrativ
    gruppe", "Faggruppe landbruk og klima – Hadelandsregionen" over the minutes of the
    "Faggruppe for landbruk og klima"): the template of the network or region the group
    belongs to, its parent. The header may shorten the group's name by its small words
    ("for", "i", "om"); the other part must name a cooperation (a network, a
    "samarbeid", a council, a region's cooperation). None when no header line is just
    the two, or such lines name different parents."""
    key = _group_words(body)
    found = set()
    for text in furniture:
        if "grupp" not in text.casefold():
            continue
        parts = [part.strip() for part in _FURNITURE_SPLIT.split(text) if part.strip()]
        if len(parts) != 2:
            continue
        for own, other in (parts, parts[::-1]):
            if _group_words(own) == key and _names_cooperation_part(other):
                found.add(other)
    return found.pop() if len(found) == 1 else None


def _group_words(name: str) -> tuple[str, ...]:
    """A group's name as its words without the small ones a header drops ("Faggruppe for
    landbruk" and "Faggruppe landbruk" are one group)."""
    return tuple(word for word in name.casefold().split() if word not in ("for", "i", "om"))


def _names_cooperation_part(text: str) -> bool:
    """Whether a header's part names a cooperation of municipalities: a network
    ("Nettverk for kommunal beredskap Agder"), a "samarbeid", a council or a region's
    cooperation ("Hadelandsregionen")."""
    first = text.split(" ", 1)[0].casefold()
    return first in ("nettverk", "nettverket") or "samarbeid" in text.casefold() or \
        REGION_COOPERATION.fullmatch(text) is not None or cooperation_named(text) is not None


# What separates the parts of a running header: a dash or a bar with spaces, a tab, or
# the wide run of spaces a PDF's text copy parts its cells by.
_FURNITURE_SPLIT = lazy_regex(r"\s+[–—|·-]\s+|\t+| {4,}")


def _council_alone(furniture: list[str]) -> str | None:
    """The one regional council a page's edges name ("Čoahkkin / Møte 3/2025 – referat" on
    a page titled "… – Midt-Finnmark regionråd") when the text names no body at all: the
    council published the minutes of its own meeting, as its letterhead over a bare title
    names it. None when the edges name none or several."""
    names = {name for text in furniture for name in _council_names(text)
             if not names_issuer(text)}
    return names.pop() if len(names) == 1 else None


def _council_names(text: str) -> list[str]:
    """The regional council a header line names, also in capitals or beside its Sami
    name ("ØST-FINNMARK REGIONRÅD / NUORTA-FINNMÁRKKU REGIONRÁĐĐI" → "Øst-Finnmark
    regionråd"); [] when it names none."""
    found = []
    for half in text.split(" / ") if " / " in text else (text,):
        if half.isupper() and half.endswith("REGIONRÅD"):
            half = half.title()[:-9] + "regionråd"
        if names_council(half):
            found.append(half.strip())
    return found


def _parent_alone(furniture: list[str], body: str) -> str | None:
    """The one regional council or association a Word or Writer page header or footer
    names ("Vestfjell regionråd" over "Referat fra møte i arbeidsutvalget", "Fjellbygd
    sogelag" over "Protokoll frå styremøte"), or destination (a saved page's <title> "… |
    Visit Kystlandet" over its partners' meeting): the council, club or destination
    whose committee, board or partners met, its parent; so is a crisis centre ("… |
    Krisesenteret i Vesterdal" over its board's minutes). None when the body is the
    council itself ("Regionrådet", "Rådet"), the name is the body's own, or the edges
    name none or several. A kommune or a company alone is no such parent
    (``_the_municipality``, ``_the_company`` judge those by the body's kind)."""
    folded = fold(body)
    if "egionråd" in folded or folded == "rådet":
        return None
    names = {text for text in furniture if (names_council(text) or names_club(text) or
                                            names_destination(text) or
                                            names_crisis_centre(text))
             and not names_issuer(text) and text[:13] != "Sekretariatet"  # (its issuer)
             and folded not in fold(text)
             and fold(text) not in folded}
    return names.pop() if len(names) == 1 else None


def _cooperation_on_edges(furniture: list[str], body: str) -> str | None:
    """The one cooperation or council a page header or footer names, alone, beside its
    secretariat or before its address ("Vestlandsrådet – sekretariatet", "Sekretariatet
    for Vestlandsrådet", "Vesterfjella interkommunale politiske råd · Storgata 4"), or a
    region's cooperation beside a document's word ("Fjordbyregionen ⇥ Oppsummering"), over
    the minutes of one of its groups ("Administrativ gruppe", "Næringsforum"): the
    template of the cooperation the group belongs to, its parent. None when the body is
    a council itself (it is its own cooperation), the name is the body's own, or the
    edges name none or several."""
    folded = fold(body)
    if _council_itself(folded):
        return None
    names = set()
    for text in furniture:
        if "ekretariat" in text and (served := secretariat_served(text)):
            first = served
        else:
            first = next((part for part in (p.strip() for p in _FURNITURE_SPLIT.split(text))
                          if part and part.casefold() not in _SECRETARIAT_WORDS), "")
        if (name := cooperation_named(first) or _region_named(first)) and \
                folded not in fold(name):
            names.add(name)
    if len(names) > 1:
        # a logo's word mark over the region, its lines apart ("Kommunesamarbeidet" /
        # "VESTERDALEN"), beside the footer's whole name ("Kommunesamarbeidet Vesterdalen ·
        # Rådhusvegen 2"): the name alone is the start of the whole one, the same
        names = {name for name in names
                 if not any(other.startswith(f"{name} ") for other in names)}
    return names.pop() if len(names) == 1 else None


def _region_named(text: str) -> str | None:
    """A cooperation named by its region in one word ("Fjordbyregionen", as a Writer
    template's header puts it beside "Oppsummering"): the region's cooperation, whose
    groups' minutes the template heads. None for any other text."""
    if " " in text or not text.endswith("regionen"):
        return None
    return text if REGION_COOPERATION.fullmatch(text) else None


def _owner_beside_project(furniture: list[str], body: str) -> str | None:
    """The one name a page header gives beside the project whose group met ("Indre
    Salten samarbeid ⇥ Prosjekt Trygg heime" over the minutes of "Styringsgruppen for
    prosjekt Trygg heime"): the template of the project's owner, the group's parent. The
    body must be a group named for something the header names on its own (its first
    word a group's definite noun, the rest holding the header's part), and the owner a
    name (capitalised, two to five words or one of a region's cooperation, no digits
    nor label). None when the edges name no such part, or more than one other name."""
    first, _, rest = body.partition(" ")
    lead = first.casefold()
    if not rest or not lead.endswith((*BODY_WORD_ENDINGS, "gruppe")):
        return None
    folded = fold(rest)
    # (the project's word may open the group's compound: "Prosjektgruppe ny brannstasjon"
    # beside the header's "Prosjekt ny brannstasjon")
    projects = [text for text in furniture if len(text) > 5 and (
        (part := fold(text)) in folded or
        (lead.startswith("prosjekt") and part.startswith("prosjekt ") and part[9:] == folded))]
    if len(projects) != 1:
        return None
    owners = {text for text in furniture if text not in projects and
              (_OWNER_NAME.fullmatch(text) or _region_named(text))}
    if len(owners) != 1:
        return None
    owner = owners.pop()
    if owner.isupper():  # "HEIANE BRANN OG REDNING IKS" in the header: as the footer
        # spells it before its address, if it does ("Heiane brann og redning IKS – …")
        key = owner.casefold()
        owner = next((text[:len(owner)] for text in furniture if not text.isupper() and
                      text.casefold().startswith(key)), owner)
    return owner


# A name a page header gives: two to five capitalised or small words without digits or
# a label's colon ("Indre Salten samarbeid", "Fjellregionen Aust").
_OWNER_NAME = lazy_regex(r"[A-ZÆØÅ][A-Za-zÆØÅæøå-]+(?:\s+[A-Za-zÆØÅæøå-]+){1,4}")


def _council_itself(folded: str) -> bool:
    """Whether a (``fold``ed) body is a council or a cooperation itself ("Regionrådet",
    "Rådet for Vestdal", "Kystsamarbeidet"), its own organisation, not one of its groups.
    A forum, group or committee named by a compound of "samarbeid" ("Samarbeidsforum for
    desentralisert ordning") is a group that meets, whose parent the page may name; so
    is a fagråd ("Fagrådet for energi"), the specialists' council of a cooperation."""
    if "samarbeid" in folded:
        return COOPERATION_BODY.search(folded) is None
    return any(word.endswith(("råd", "rådet")) and not word.startswith("fagråd")
               for word in folded.split())


# The words a page's edge or a signature gives a cooperation's secretariat by.
_SECRETARIAT_WORDS = frozenset({"sekretariatet", "sekretariat", "sekretariatet for",
                                "sekretariatet i"})


def _secretariat_of(lines: list[Line], head_end: int, body: str) -> str | None:
    """The cooperation whose secretariat issues the minutes, as a date line over the title
    or the signature under them names it ("Sekretariatet i Kinnarådet, 12. mai 2025",
    "For sekretariatet, Fjellregionen interkommunale politiske råd"), or as the head's
    letter date names the issuer in place of a town ("Kinnarådet, 12. mai 2025"): the
    parent of the group that met. Only a cooperation's or a council's name
    (``cooperation_named``), not the body's own; only the head's lines and the last few,
    where such lines stand."""
    head = lines[:min(head_end, _SECRETARIAT_HEAD)]
    for index, line in enumerate(head + lines[-_SECRETARIAT_TAIL:]):
        if "sekretariat" in line.lowered:
            served = secretariat_served(line.body)
            name = served and cooperation_named(served)
        elif index < len(head) and ("råd," in line.lowered or "rådet," in line.lowered or
                                    "samarbeidet," in line.lowered):
            issuer, _, day = line.body.partition(",")  # "Kinnarådet, 12. mai 2025"
            name = cooperation_named(issuer) if day.lstrip()[:1].isdigit() else None
        else:
            continue
        if name and not _council_itself(folded := fold(body)) and folded not in fold(name):
            return name
    return None


def _governed_by_body(lines: list[Line], head_end: int, body: str) -> str | None:
    """The organisation the head's sentence says the body governs or serves as its organ
    ("Landbruksutvalet er styringsorgan for Indre Sogn landbrukskontor.", "Styret er
    øverste organ for Nordby vel."): its parent, named in the text. Only a sentence whose
    subject is the body's own word."""
    first = fold(body).split(" ", 1)[0]
    for line in lines[:head_end]:
        if "organ for " in line.lowered and line.lowered.startswith(first) and \
                (found := _ORGAN_FOR.match(line.body)) is not None:
            return found.group("org")
    return None


# "… er (eit) styringsorgan for X.", "… er øverste organ for X": X the body's parent.
_ORGAN_FOR = lazy_regex(r"^[\w-]+\s+er\s+(?:eit\s+|et\s+|ett\s+|det\s+)?(?:[\wæøå]+\s+)?"
                        r"[\wæøå]*organ(?:et)?\s+for\s+"
                        r"(?P<org>(?-i:[A-ZÆØÅ])[\w-]*(?:\s+[\w-]+){0,4}?)\s*\.?$", re.I)


_SECRETARIAT_HEAD = 6  # (the lines over the title and the head looked through)
_SECRETARIAT_TAIL = 8  # (the closing lines: signatures with their place and date)


def _club_beside_body(furniture: list[str], body: str) -> str | None:
    """The one association or company (``names_club``: "Fjordvik idrettslag", "Lia vel")
    that a running header names beside the body that met ("Fjordvik idrettslag ⇥
    Hovedstyret 12.03.2025" over "Referat fra møte i hovedstyret"): the template of the
    body's owner, its parent. None when the header does not name the body too, or names
    several such, or the name is the body's own."""
    key = body.casefold()
    if not any(key in text.casefold() for text in furniture):
        return None
    clubs = {text for text in furniture
             if names_club(text) and key not in text.casefold() and
             text.casefold() not in key}
    return clubs.pop() if len(clubs) == 1 else None


def _county_over_its_group(furniture: list[str], body: str) -> str | None:
    """The one county municipality a page header or footer names alone ("Innlandet
    fylkeskommune" over "Referat – Folkehelsenettverket"): the county's template over the
    minutes of a network, forum or faggruppe it runs, the group's parent. None when the
    edges name a kommune too or several counties, or the body is of another kind (a
    regional council is its own cooperation; a kommune's body is read from its kommune)."""
    folded = fold(body)
    if not any(word in folded for word in _COUNTY_GROUP_WORDS):
        return None
    counties = {found.group("county") for text in furniture if "fylkeskommune" in text
                for found in _COUNTY_VENUE.finditer(text)}
    if len(counties) != 1 or _municipalities(furniture, _KOMMUNE):
        return None
    county = counties.pop()
    return county if fold(county) not in folded else None


# The groups a county municipality runs for the kommuner and others in the county
# (fylkeskommunale nettverk, forum, faggrupper, partnerskap): ``fold``ed stems.
_COUNTY_GROUP_WORDS = ("nettverk", "forum", "faggrupp", "partnerskap")


# The county municipality a place line opens with: "Akershus fylkeskommune, Schweigaards
# gate 4", "Vestfold og Telemark fylkeskommune, møterom 2".
_COUNTY_VENUE = lazy_regex(r"(?P<county>[A-ZÆØÅ][\w-]+(?:\s+og\s+[A-ZÆØÅ][\w-]+)?\s+"
                           r"fylkeskommune)\b")
# A group label for the county's own staff: "Fra fylkeskommunen:", nynorsk "Frå …".
_COUNTY_STAFF = ("fra fylkeskommunen", "frå fylkeskommunen")
_COUNTY_STAFF_SCAN = 60  # (the head and attendance lines looked through)


def _county_hosting_its_network(lines: list[Line], body: str, location: str) -> str | None:
    """The county municipality whose network met ("Nettverk for klima og energi"), when it
    names no parent of its own: the county hosts the meeting (its offices open the place
    line, "Akershus fylkeskommune, …") and its own staff lead it, listed as a group ("Fra
    fylkeskommunen: …") beside the members' municipalities. Either alone leaves the
    parent open: a venue borrowed, or the county among the members."""
    if "nettverk" not in body.casefold():
        return None
    county = _COUNTY_VENUE.match(location)
    if county is None:
        return None
    if not any(line.lowered.lstrip("*# ").startswith(_COUNTY_STAFF)
               for line in lines[:_COUNTY_STAFF_SCAN]):
        return None
    return county.group("county")


def _the_municipality(lines: list[Line], body: str, furniture: list[str] | None = None,
                      county_body: bool = False) -> str | None:
    """The one municipality a council's minutes name ("… kommunepsykolog Tysnes kommune"),
    preferring the place the body's name starts with; None when they name several. A
    county's body (``county_body``: fylkestinget, fylkesutvalet) takes the one county
    municipality named ("Vestland fylkeskommune") instead, as a kommune's body its kommune.

    When the text names none, the running footer or header left out as page furniture
    ("Fjordvik kommune      Side 1 av 2" on every page) may name the issuer."""
    own_kind = _COUNTY if county_body else _KOMMUNE
    found = _municipalities((line.text for line in lines if "ommune" in line.text), own_kind)
    if not county_body and (county := _county_on_page_edges(lines, body, found, furniture)):
        return county
    if not found and furniture:
        found = _municipalities(furniture, _COUNTY if county_body else _ANY_MUNICIPALITY)
    own = found.get(body.split(maxsplit=1)[0].casefold())
    if own:
        return own
    return next(iter(found.values())) if len(found) == 1 else None


def _county_on_page_edges(lines: list[Line], body: str, kommuner: dict[str, str],
                          furniture: list[str] | None) -> str | None:
    """The county municipality that issues the minutes of a body either a kommune or a
    county has (kontrollutval, hovudutval): the one "X fylkeskommune" in the letterhead
    or the footer (the first and last lines, or the page furniture), when no kommune is
    named there and the body's name starts with no kommune's place ("Sunnfjord
    kontrollutval"). A kommune named in passing in a case ("samarbeidet med Y kommune")
    is no parent of a county's body."""
    if _KOMMUNE_ONLY_BODY.search(fold(body)) or \
            body.split(maxsplit=1)[0].casefold() in kommuner:
        return None
    edges = [line.text for line in (*lines[:_EDGE_LINES], *lines[-_EDGE_LINES:])
             if "ommune" in line.text and not line.text.rstrip().endswith(".") and
             len(line.text.split()) <= _EDGE_WORDS]  # (a case's sentence there is no footer)
    edges.extend(text for text in furniture or () if "ommune" in text)
    if not edges or _municipalities(edges, _KOMMUNE):
        return None
    counties = _municipalities(edges, _COUNTY)
    return next(iter(counties.values())) if len(counties) == 1 else None


# The lines at the top and at the end where a letterhead or a footer names the issuer.
_EDGE_LINES = 6
_EDGE_WORDS = 14  # a letterhead or footer line is short: "X fylkeskommune | Postboks 1 …"
# The bodies only a kommune has: a county municipality is never their parent.
_KOMMUNE_ONLY_BODY = folded_pattern(r"formannskap|kommunestyre")


def _municipalities(texts: Iterable[str], kinds: frozenset[bool]) -> dict[str, str]:
    """The municipalities ``texts`` name by their place, in order ("tysnes": "Tysnes
    kommune"), of the ``kinds`` asked for: a kommune (False) or a county municipality
    ("Vestland fylkeskommune", True)."""
    found: dict[str, str] = {}
    for text in texts:
        for match in _MUNICIPALITY.finditer(text):
            if (match.group("county") is not None) in kinds:
                found.setdefault(match.group("place").casefold(), match.group(0))
    return found


# The kinds ``_municipalities`` reads: is the match a county municipality?
_KOMMUNE = frozenset({False})
_COUNTY = frozenset({True})
_ANY_MUNICIPALITY = frozenset({False, True})


def _signed_with_title_below(lines: list[Line], i: int) -> tuple[str, ParticipantRole] | None:
    """The name and meeting role of a signature whose title stands alone under it ("Kari
    Holm (s.)" / "styreleder", "Per Dahl (sign.)" / "referent"): the mark says the name
    signed, so the title is hers, not a label over the line below. None for anything else
    (a name without the mark, a title that is no chair's or secretary's)."""
    if i + 1 >= len(lines) or not SIGNED_MARK.search(lines[i].body):
        return None
    role = SIGNER_ROLES.get(lines[i + 1].body.strip(" .,:").casefold())
    name = SIGNED_MARK.sub("", lines[i].body).strip(" ,")
    if role not in (ParticipantRole.CHAIR, ParticipantRole.SECRETARY) or \
            not looks_like_name(name):
        return None
    return name, role


def _signatures_cell_by_cell(lines: list[Line], i: int) -> bool:
    """Whether a two-cell row "leiar | Gunnar Bleie" is the seam of signatures set side by
    side in a table, copied cell by cell: "Astrid Lothe" / "leiar | Gunnar Bleie" /
    "dagleg leiar" (each cell a name over its title, a summons' or the minutes' signers).
    The title before the tab is the name above's, the name after it has its title on the
    line below: no seat row ("Leiar | Ola Nordmann") giving the name its meeting role."""
    if i == 0 or i + 1 >= len(lines) or lines[i].gap or lines[i + 1].gap:
        return False
    title, name = (cell.strip() for cell in lines[i].cells)
    return title.strip(" .,").casefold() in SIGNER_ROLES and looks_like_name(name) and \
        lines[i + 1].body.strip(" .,").casefold() in SIGNER_ROLES and \
        not lines[i - 1].is_table and signs_alone(lines[i - 1].body)


def _roles_under_names(lines: list[Line], i: int) -> tuple[str, ...] | None:
    """The roles in the table row under a row of names, cell under cell ("Hilde Brekke |
    Stian Aune | Berit Kvam" over "leder | kasserer | sekretær"): people set side by side
    as cards, whose two lines a PDF gives as two rows; else None."""
    cells = lines[i].cells
    if len(cells) < 2 or i + 1 >= len(lines) or len(lines[i + 1].cells) != len(cells):
        return None
    roles = lines[i + 1].cells
    if not all(is_role_word(role) for role in roles) or \
            not all(looks_like_name(tidy_name(name)) for name in cells):
        return None
    return roles


# How an appendix's heading starts ("Vedlegg 1: Deltakere", "Bilag: Deltakarliste").
_BOUND_LIST_STARTS = frozenset(("vedl", "bila"))


def _known_org_bracketed(value: str, people: People) -> str:
    """"Name, Org" as "Name (Org)" when Org is whom a person listed before represents
    ("Forfall: Hans Rye, Elkjøp Sørdalen" under a table whose "Representerer" column
    gave "Elkjøp Sørdalen" to his deputy): an organisation the document named already,
    not a second person whose first name is unknown; the value as it was otherwise."""
    if "(" in value:
        return value  # ("Eva Ek (M), Eda kommun": read as it stands)
    name, _, rest = value.partition(",")
    rest = rest.strip().rstrip(".")
    if not rest or not rest[:1].isupper():
        return value
    key = rest.casefold()
    if any(p.organization and p.organization.casefold() == key for p in people.order) and \
            not any(p.name.casefold() == key for p in people.order):
        return f"{name.strip()} ({rest})"
    return value


def read_attendance(draft: Draft) -> None:
    """People listed in the head's attendance sections, tables and notes."""
    lines, people = draft.lines, draft.people
    state: dict[str, object] | None = None
    buffer: list[str] = []
    unmarked: list = []  # people whose cell in a presence column ("Til stede (x)") is blank
    marked = False  # some row's presence cell holds a mark
    group: dict[str, object] | None = None  # the state of the last group label
    restore: dict[str, object] | None = None  # the group a one-line role label is inside
    own_group = False  # a "Deltok fra styret:" list came: other "fra X" lists are guests
    ditto: str | None = None  # the organisation of the table row above
    role_row = -1  # a row of roles read with the row of names above it
    opened = False  # the last label with a value opened its paragraph or cell

    row_label = False  # the last label was a one-person label's row with its value

    def flush() -> None:
        nonlocal state, restore, row_label
        if buffer and state is not None:
            known = len(people)
            joined = join_wrapped(buffer)
            value, *others = _SENTENCE_BREAK.split(joined)
            if not others and ". " in value:  # "…, som førte protokollen. Revisor Eva Dahl
                value, others = _names_then_sentences(value)  # deltok …" (a job first)
            run = _entries_go_on(others)
            if run:  # "…, Styreleder. Therese Kjersem, nestleder." (and a sentence after)
                value, others = ". ".join([value, *others[:run]]), others[run:]
            if others and ("ara" in others[0][:4] or "som vara" in others[0]) and \
                    (deputy := _OWN_DEPUTY.match(others[0])) and _one_seat_away(value, state):
                # "Forfall: Tor Aas. Vara Eli Sund møtte (for Aas).": the deputy sat in his seat
                came = deputy.group("came") or f"{deputy.group('named')} møtte"
                value, others = f"{value}, vara {came}", others[1:]
            if others and value[-1:].isalpha() and ends_in_cut_org(value):
                value += "."  # "…, Ola Moe, Statsforv. Referent var …": the stop is the word's
            if value and len(people) and value.count(",") == 1:
                value = _known_org_bracketed(value, people)
            if value:
                _add_list(people, value, state)
                if seat_org := state.pop("seat_org", None):
                    for person in people.order[known:]:  # "Vara: Tone Brekke (ikke møtt)"
                        person.organization = person.organization or seat_org  # her seat's
            for other in others:  # "Jon Berg hadde meldt forfall.", "Per Bø forlot møtet …"
                for sentence in sentences(other) if ". " in other else [other]:
                    if _came_after_all(people, sentence):
                        continue  # "Forfall: Anne Berg, Per Dahl. Anne Berg kom likevel."
                    if not _note_sentences(people, sentence, sentence.lower()):
                        _add_attended(people, sentence)
            if state.get("deputies"):  # (not the member a deputy comes for: "Jon Aas for
                # Per Dahl" under "Innkalt vara:" says Per Dahl has sent forfall)
                draft.deputies.extend(person for person in people.order[known:]
                                      if person.attendance != Attendance.ABSENT)
            if state.get("called_in") and any(person.attendance != Attendance.PRESENT
                                              for person in people.order[known:]):
                draft.attendance_recorded = True  # "Innkalt: A (meldt forfall), B": minutes
        buffer.clear()
        if restore is not None:  # "Dessuten møtte:" / "Sekretariatet: …" / "Oslo kommune: …"
            state, restore = restore, None
        elif row_label:
            state = None
        row_label = False

    def add_row(line: Line, cells: tuple[str, ...], mark: str | None) -> None:
        """The people of an attendance table's row, read by the table's kind, and stored
        with what the state and the row say of them (both ways to a row, below)."""
        nonlocal ditto
        for entry in seat_matrix_row(cells, state["role"], state["attendance"]) \
                if "seat_matrix" in state else \
                attendance_column_row(cells, state["attendance_columns"], state["role"]) \
                if "attendance_columns" in state else \
                table_row_people(cells, state["role"], state["attendance"],
                                 state.get("columns")):
            if entry.organization and _has_ditto_mark(entry.organization) and \
                    _DITTO.fullmatch(entry.organization):
                entry.organization = ditto  # "---- « ----": as in the row above
            ditto = entry.organization
            if entry.agency_staff and state.get("seats_named"):
                entry.role = ParticipantRole.GUEST  # "Statsforvalteren | rådgjevar"
                # among rows of "medlem": the agency's adviser visits
            # a table under "Fra administrasjonen møtte", "Vestdal kommune:"
            entry.organization = entry.organization or state.get("org")
            if "guest_columns" in state and entry.role == state["role"] and \
                    in_columns(entry, line.cells, state["guest_columns"]):
                entry.role = ParticipantRole.GUEST  # under "Kommunedirektør"
            elif people.elected_only and entry.role in (None, _MEMBER_ROLE) \
                    and not state.get("members_named") and \
                    administration_cell(line.cells, state.get("columns")):
                entry.role = ParticipantRole.GUEST  # "| kommunalsjef |" at a regionråd
            elif entry.role is _GUEST_ROLE and state.get("members_named") and \
                    not _guest_written(line.text) and \
                    (administration_in_cells(line.cells) or head_named(line.text, entry.name)):
                # a row under "Medlemmer" whose job makes a guest elsewhere ("| Lia |
                # Per Moe | kommunedirektør |"): the label says he holds a seat
                entry.role = ParticipantRole.MEMBER
            stored = people.add(entry)
            # (a row without a note, most of them, names no one it stands in for: no call)
            if entry.note and (absent := substituted_for(entry.note)):
                people.mark_absent(absent, stored)
            if entry.attendance is _ABSENT:
                # (an absence list of people one a row, as one a line: a "Fra
                # regionrådet:" heading below it names who came)
                state["listed"] = True
            if mark == "" and stored is not None:
                unmarked.append(stored)

    unlabelled = _unlabelled_people(lines[:draft.attendance_end])
    people.writer = _mail_writer(lines)
    people.body = draft.record.body
    people.parents_only = is_parents_body(draft.record.body)
    people.elected_only = is_elected_body(draft.record.body)
    people.parties_head = _two_party_head(lines)
    # (the lines are picked once: the two readings at the end go over the same lines)
    attendance_lines = _attendance_lines(draft)
    people.surname_pairs = _surname_pair_lines(lines, attendance_lines) >= 2
    people.inverted_list = _inverted_person_line(lines, attendance_lines)
    if draft.items and attendance_lines and attendance_lines[-1] > draft.items[0].line:
        draft.lists_below = min(i for i in attendance_lines if i > draft.items[0].line)
    signed_title = -1  # the title line under a signed name in the head, read with it
    lines, joined_away, prose = _prose_joined(lines, attendance_lines)
    # (the head's lines' labels, asked once by ``read_head``, while these are the lines
    # it read: a joined paragraph makes a new list. Later lines are asked here)
    head_labels = draft.head.labels if lines is draft.lines else []
    if draft.lists_below:
        prose |= _also_came_sentences(lines, attendance_lines, draft.lists_below)
    for i in attendance_lines:
        line = lines[i]
        if i == signed_title or i in joined_away:
            continue
        if i in prose:  # a paragraph of sentences on who came, wrapped: each in its order
            flush()
            for sentence in sentences(line.body):
                if not _note_sentences(people, sentence, sentence.lower()):
                    _add_attended(people, sentence)
            state = state if group is not None else None
            continue
        if line.body[-1:] == ")" and (signed := _signed_with_title_below(lines, i)):
            # "Kari Holm (s.)" / "styreleder" signing on the front page, over the items:
            # her meeting role, and no list under the title (the next signer is no chair)
            flush()
            state, signed_title = None, i + 1
            people.add(Entry(name=signed[0], role=signed[1], attendance=Attendance.PRESENT))
            continue
        if len(line.cells) == 2 and not line.gap and \
                line.cells[0].strip(" .,").casefold() in SIGNER_ROLES and \
                _signatures_cell_by_cell(lines, i):
            flush()
            state = None  # signers under the summons, no list's row
            continue
        label = head_labels[i] if i < len(head_labels) else match_label(line.text)
        if line.lowered[:4] in _BOUND_LIST_STARTS and draft.items and \
                i > draft.items[-1].line and \
                (bound := match_label(closing_list_heading(line.text))) is not None and \
                bound.field in ATTENDANCE_FIELDS:
            label = bound  # "Vedlegg 1: Deltakere" over the closing list (no list of papers)
        if label is not None and label.field is _FIELD_PLACE and state is not None and \
                _place_named_group(lines, i):
            label = None  # "Stad: Marte Hoddevik (nestleiar), Olav Drage" among its neighbours
        if label is not None and label.field is _FIELD_PLACE and state is not None and \
                label.value[:1].isupper() and person_as_place(label.value):
            # "Sted: Liv Haugen, Kviteseid kommune" among the people present: the label
            # strayed into the list (the head reads no place from it), the person is one
            # of the list's own, as the lines around her are
            flush()
            buffer.append(label.value)
            continue
        if label is not None and line.is_table and state is not None and "columns" in state \
                and sum(1 for cell in line.cells if cell.strip()) > 1 and \
                line.cells[0][-1:] != ":":
            # a row under a column heading is a row, not a list's label: "Leder | Nordby |
            # Ola Nordmann" (a seat in the role column) or "Varamedlem | Tor Berg | | Ola
            # Lund" under "Funksjon | Navn | Forfall | Møtt for"; a row of one cell
            # ("Forfall") still starts a list, and so does a label's own row after the
            # table ("Protokollfører: | Rolf Engen", the label and its value set apart
            # in two columns, as a case system prints the head): no cell of a table's
            # rows ends in a colon
            label = None
        if label is None and state is not None and line.is_table and \
                state.get("columns") in NAME_ORG_COLUMNS and not buffer and restore is None \
                and i != role_row and _plain_table_row(line):
            add_row(line, line.cells, None)  # "Kari Holm | Nordby kommune" under "Navn |
            continue  # Kommune": a plain table's row, the way below without its tests
            # (before the labelled heading's test: the row's own test asks it)
        head_columns = None
        if label is None and line.is_table and (headed := labelled_columns(line.cells)):
            label, head_columns = headed  # "Møtende medlemmer | Parti | Representerer"
        if label is not None:
            for part in _chained_attendance(label):
                # (a deputy's label under lines read: the only one the three below read;
                # any other is asked none of them, s75c)
                deputy = bool(buffer) and part.label[:4] == "vara"
                if deputy and _deputy_came_after_absence(part, state, buffer):
                    continue  # "Forfall: Tor Aas. Varamedlem: Eli Sund møtte.": his seat
                member_line = _deputy_under_away_member(part, state, buffer) if deputy else None
                flush()
                seat_org = _seat_org(people, member_line) if member_line is not None else None
                if part.field is _FIELD_ABSENT and part is label and not part.value and \
                        state is not None and _nobody_from_group(lines, i, state):
                    continue  # "Steigen kommune" / "- Forfall" / "Meløy kommune": that
                    # municipality sent no one, the list of groups goes on as it was
                if part.field in ATTENDANCE_FIELDS and not part.value and i > 0 and \
                        _bare_attendance_label(lines[i - 1]) and state is not None:
                    continue  # "Deltakere:" / "Forfall:" / the names: a table copied label
                    # by label; the names read as the first label's (its list is the long one)
                if part.field in ATTENDANCE_FIELDS:
                    # "Loppa kommune:" … "Forfall fra: A, B": the group's absentees
                    # (not one the group's own label named: "Til stede fra Nordby kommune:"
                    # then "Forfall: A, B" lists the whole body's absentees)
                    # (but after the staff's "Fra kommunen:", a lower-case word that names
                    # no municipality, "Forfall:" lists the body's own absentees)
                    # (nor, after a partner's "Frå fylkeskommunen:", does "Referent:" or
                    # "Møteleiar:" name one of the partner's people: a one-person label
                    # names the meeting's own, as the staff's "Fra kommunen:" are)
                    inherited = state.get("org") if state and group is not None and \
                        part.value and not state.get("label_org") and \
                        _is_municipality(state.get("org")) and (
                            part.field is not _FIELD_ABSENT or state["org"][:1].isupper()) \
                        and not (part.field in _MEETING_ROLE_FIELDS and state.get("partner")) \
                        else None
                    carried = _columns_over_group_row(lines, i, state) \
                        if part is label and not part.value and state else None
                    state = {"role": field_role(part.field), "org": inherited,
                             "attendance": _ABSENT if part.field is _FIELD_ABSENT
                             else _PRESENT}
                    if carried is not None:
                        state["columns"] = carried
                    if part.label in PROJECT_GROUP_LABELS and people.body and \
                            "prosjektgrupp" in people.body.casefold():
                        state["role"] = ParticipantRole.MEMBER  # the project group's own
                    if seat_org:
                        state["seat_org"] = seat_org  # the deputy's own line only
                    if part.field is _FIELD_PRESENT and part.label.startswith(_CALLED_IN_LABELS):
                        state["called_in"] = True
                    elif (part.field is _FIELD_PRESENT and part.label != "til") or \
                            part.label.startswith(_MINUTES_TAKER):  # not "Til: Styrets …"
                        draft.attendance_recorded = True
                    if not _plain_label(part, label, line.text):
                        # (the tests below read labels other than "Til stede:",
                        # "Forfall:", "Referent:" … written as they are: ``_plain_label``)
                        if part.label == "inviterte" and _invitation_answered(lines, i):
                            # a Teams invitation copied into the notes: "Inviterte: A; B; C"
                            # over "Deltok: A, B" and "Avslo: C" lists the body's own members
                            # (its answers say who came), no guests invited besides them
                            state["role"] = ParticipantRole.MEMBER
                        if part.label in PARTNER_GROUP_LABELS and (
                                _side_of_meeting(people, part.label) or
                                _county_side_of_joint_body(people, part.label)):
                            # "Fra fylkeskommunen:" at a dialogue meeting of the regionråd and
                            # the county: one side of it, members whatever job they hold
                            state["role"], state["members_named"] = ParticipantRole.MEMBER, True
                        elif part.label in PARTNER_GROUP_LABELS and \
                                _side_beside_named_guests(lines, i):
                            # "Fra kommunene:" / "Fra NAV:" / … / "Gjest:": the guests named
                            # apart, the partners' groups are the body's sides (also a group
                            # of the list's own words below it: "Fra karrieresenteret:")
                            state["role"], state["members_named"] = ParticipantRole.MEMBER, True
                            state["sides"] = True
                        if part.label in _BOARD_GROUP_LABELS and people.body and \
                                people.body.casefold().startswith(_OWNERS_OWN_BODIES):
                            # "Fra styret:" over "Styreleder X" / "Nestleder Y" at the
                            # representantskap: the board come to report, guests there whatever
                            # seat on the board they hold (as "Fra styret møtte …" reads; at a
                            # borettslag's generalforsamling its board are owners too)
                            state["role"], state["board_guests"] = ParticipantRole.GUEST, True
                        if part.field is _FIELD_PRESENT and \
                                (channel := _CHANNEL.search(_label_head(line.text, part, label))):
                            state["channel"] = channel.group(0)  # "Til stede på Teams:"
                        if part.field is _FIELD_PRESENT and part.label[-2:] in _OWN_BODY_ENDS and \
                                _OWN_MEMBERS_LABEL.search(part.label):
                            state["own_members"] = True  # "Til stede fra utvalget:"
                        if part.field is _FIELD_MEMBERS or "medl" in part.label:
                            state["members_named"] = True  # "Møtende medlemmer:": members,
                            # whatever job they are listed with
                        if part.field is _FIELD_MEMBERS and _DEPUTIES_LABEL.match(part.label):
                            state["deputies"] = True
                        if part.field is _FIELD_SECRETARIAT:  # "Regionrådets sekretariat:"
                            state["org"] = owned_secretariat(line.text) or \
                                _secretariat_owner(line.text) or "sekretariatet"
                            state["secretariat"] = True  # a group, not a one-person label
                        elif (staff := _STAFF_LABEL.match(part.label)) and state["org"] is None:
                            # "Fra administrasjonen:", as "Fra sekretariatet:" gives sekretariatet
                            state["org"] = _staff_org(staff.group("staff"))
                        elif part.label in TRUST_SIDE_LABELS:
                            # the trust's side of a health cooperation ("Frå sjukehuset: …"):
                            # whom its people represent, as written
                            state["org"] = part.label.split(None, 1)[1]
                        elif part is label and is_partner_group(part.label):
                            # "Frå Statsforvaltaren:", "Fra NAV:": the partner, as written
                            # (without the verb its label dropped: "Frå Kystverket møtte:")
                            written = line.text.split(":", 1)[0].strip(" *_").split()
                            state["org"] = " ".join(written[1:len(part.label.split())]).strip(" *_")
                            state["partner"] = True
                        elif part is label and (named := present_group(line.text)):
                            # "Deltok fra styret:", then "Deltok fra ViG:" (the staff)
                            named, state["note"] = named
                            state["org"] = organization_of_group(f"fra {named}")
                            state["label_org"] = True
                            if named.casefold().endswith(BODY_WORD_ENDINGS):  # the body's own
                                own_group = True  # members: "Til stede fra Universitetsstyret:"
                                state["org"] = None
                            elif own_group and state["org"]:
                                state["role"] = ParticipantRole.GUEST
                        if part is label and part.field is _FIELD_GUESTS and \
                                ")" in line.text and stayed_away_head(line.text.split(":", 1)[0]):
                            state["attendance"] = _ABSENT  # "Observatør (møtte ikke): Kari
                            # Holm, Nordby kommune": the seat a guest's, the bracket her absence
                        elif part is label and "(" in (head := line.text.split(":", 1)[0]) and \
                                (":" in line.text or head.rstrip(" .")[-1:] != ")") and \
                                (note := label_note(head)):
                            state["note"] = note  # "Fra administrasjonen (sak 5/24):" (a bracket
                            # closing a sentence with no colon is its last name's note: "Fra
                            # selskapet møtte A og B (til stede under sak 7/26).")
                        elif part is label and (note := cases_before_colon(head)):
                            state["note"] = note  # "Gjest under sak 2: Hilde Sand"
                    if part.field in _GROUP_FIELDS:
                        group = state
                    elif part.value and group is not None:
                        restore = group  # the lines after this one are the group's again
                        opened = not line.soft
                    elif part.value and line.is_table and state["role"] in MEETING_ROLES:
                        row_label = True  # "Sekretær: | Ivar Lunde": the row holds the
                        # one-person label's whole value, the lines after are no names of it
                    if part.field is _FIELD_GUESTS and part.value and part is label and \
                            " sak" in part.value and (also := ALSO_PRESENT.match(line.body)) \
                            and also.group("note"):
                        # "I tillegg møtte Ola Berg og Anne Vik under sak 2.": a sentence,
                        # whose "under sak 2" is said of everyone it names
                        state["note"] = also.group("note")
                        value = also.group("names")
                    elif part.field is _FIELD_GUESTS and part.value and part is label and \
                            "sak" in part.value and ":" not in line.body and \
                            part.value.rstrip(" .")[-1:] != ")" and \
                            (items := _FOR_ITEMS_AT_END.search(part.value)) is not None and \
                            not _sentence_ends_before(part.value, items.start()) and \
                            not (". " in part.value and _names_then_sentences(part.value)[1]):
                        # "Fra kommunen møtte kommunalsjef Siri Nakken under budsjettsaken.":
                        # the case she came for, said of everyone the sentence names (not
                        # a list after a colon, whose last entry alone has it: "Elles
                        # møtte: A (sekretær), B under sak 2"; nor a sentence of its own
                        # after the group's: "… Kjetil Moe, som førte møteboka. Oppsynsmann
                        # Per Li var til stades under sak 3." is his, which flush() reads;
                        # nor a bracket closing the sentence: "… og styreleder Bente Liland
                        # (til stede under sak 7/26 og 8/26)." is hers, as a list's entry)
                        state["note"] = items.group("note")
                        value = part.value[:items.start()]
                    else:
                        value = part.value
                    if value:
                        # flush() reads it, with any lines it goes on to, and the sentences
                        # after the list ("… og Anne Lie. Jon Berg hadde meldt forfall.")
                        buffer.append(value)
                else:
                    state = group = None
                    if part.label.startswith("merknad") and has_partial_hint(
                            lowered := part.value.lower()):
                        # "Merknader: Siv Lie gjekk etter sak 5/24.": a protocol's remarks
                        # on who came and went
                        _note_sentences(people, part.value, lowered)
            if head_columns and state is not None:
                state["columns"] = head_columns
            continue
        if buffer and not line.is_table and not line.is_bullet and \
                (not line.gap or _ends_a_list(line.body)) and (
                _list_goes_on(buffer[-1]) or (line.goes_on and line.body[:1].islower())
                or _wrapped_on(buffer[-1], line.body)):
            # the list goes on from the line before (a new bullet starts an entry of its
            # own, whatever the one before ended with; a PDF's line in small letters the
            # margin wrapped, "… fra Statens" / "naturoppsyn.", goes on: ``Line.goes_on``;
            # a sentence after a full stop, "Økonomisjef i …, deltok …", is one of its own)
            buffer.append(line.body)
            continue
        if line.soft and opened and restore is not None:
            # "Forfall: Pål Rustad⏎Siv Karlsen", a cell "Forfall: | A⏎B": the label's list
            # goes on to its paragraph's end, the group comes back after it
            held, restore = restore, None
            flush()
            restore = held
        elif buffer or restore is not None:  # (flush has nothing to do on most lines)
            flush()
        from_group = state is not None and line.body[:2] == "Fr" and not line.is_table and \
            _from_group_without_colon(lines, i)
        if state is not None and not line.is_table and not from_group and \
                line.lowered.endswith(_MUNICIPALITY_ENDINGS) and _municipality_line(line.body):
            if line.gap or match_label(lines[i - 1].text) is not None or \
                    _municipality_line(state.get("org") or ""):
                # "Nordby kommune" over its people; under a municipality's heading the
                # next one starts a group of its own ("Nordby kommune", A, B, "Sørby kommune")
                state = {**state, "org": line.body, "label_org": False}
            elif people.order and people.order[-1].organization is None:
                people.order[-1].organization = line.body  # "Ola Nordmann" / "Nordby kommune"
            continue
        if state is not None and (line.bold or line.body[-1:] == ":") and \
                not line.is_table and ("(" in line.body or "," in line.body or
                                       line.lowered.rstrip(": ") in _HEALTH_SERVICE_SEATS) and \
                _seat_group_role(line.body.rstrip(":")) is ParticipantRole.GUEST:
            # ("Bedriftshelsetjenesten:" alone too, as "BHT:" over its adviser)
            # "Bedriftshelsetjenesten (rådgivende, uten stemmerett):" (or bold, no colon)
            # over a name: a seat without a vote, whose holder advises the body (a guest),
            # no member of the side listed above
            state = {**state, "role": ParticipantRole.GUEST, "org": None}
            continue
        if state is not None and (line.bold or line.gap) and not line.is_table and \
                not line.is_bullet and _organisation_over_bullets(lines, i):
            # "**Statsforvalteren i Vidda**" over bullets of its people: a dialogue
            # meeting's participants grouped by whom they represent (also a plain line set
            # apart over its people's lines, "Statens vegvesen" / "Randi Lunde", as a text
            # file loses the indent under it)
            state = {**state, "org": line.body, "label_org": False}
            continue
        # (not a table's row, whose cells a sentence would run across: "Ragnhild Sæle |
        # Masfjorden | gjekk etter sak 3" is read by its columns; the tab tested first, a
        # row's hint test is a call of some 3,000 instructions spent for nothing)
        if line.lowered[:4] in _HEAD_TALK_STARTS and not line.is_table and \
                line.lowered.startswith(_ITEM_GUEST_STARTS) and \
                _presented_by(people, line.body, line.lowered):
            # "Innledning ved Husbanken v/ seniorrådgiver Anne Li under sak 25/25." among the
            # attendance: a presenter, a guest (no entry of the list above)
            state = state if group is not None else None
            continue
        known_before = len(people.order)
        if "\t" not in line.body and (has_partial_hint(line.lowered) or (
                line.lowered.endswith(_PRESENCE_ENDS) and
                has_partial_hint(_with_wrapped_rest(lines, i)[1]))) and _note_sentences(
                people, *(whole := _with_wrapped_rest(lines, i)),
                # (a sentence wrapped at the margin, "Revisor Eva Li var til stede" / "under
                # sak 3.", is one whole: it ends the list, no entry of the group above)
                listed := _listed_role(state, whole[0]),
                _named_group_org(line.body) or (state.get("org") if listed is not None else None)):
            if not _list_line(line.body):
                if ". " in line.body:
                    _attended_beside_partial(people, line.body)
                    # ("Fra styret møtte X. Revisor Y deltok under sak 3.": X first)
                    people.in_text_order(known_before, line.body)
                # (a sentence of its own under the list, as an absence sentence is: the
                # group a label opened goes on below it, "A og B (sekretariatet).")
                state = state if group is not None else None
            continue
        if " av " in line.lowered and (present := _IN_THE_PRESENCE_OF.search(line.body)):
            # "… ble det avholdt et styremøte … med tilstedeværelse av Ludwig, Oskar og Niamh."
            _add_list(people, present.group("names"), {
                "role": ParticipantRole.MEMBER, "org": None, "attendance": Attendance.PRESENT})
            continue
        sentence = line.body if line.is_table else _sentence_on(lines, i, draft.attendance_end)
        if not line.is_table and (_add_attended(people, sentence) or (
                ". " in sentence and _sentence_by_sentence(people, sentence))):
            # ("Styremedlem Tone Moe hadde meldt forfall. Varamedlem Jon Aas møtte ikke."
            # below a group's list: sentences of their own, not the group's next entries)
            # "Daglig leder Stine Frich deltok.", "Jon Berg hadde meldt forfall." end a list;
            # inside a list of groups ("Alta kommune:" …) the next group follows
            state = state if group is not None else None
            continue
        if not line.is_table and line.body[:2] == "Fr" and \
                (came := _CAME_FROM.match(line.body)):
            # "Fra Revisjon Nord IKS møtte" over names: others than the body's members
            org = came.group("org")
            state = {"role": ParticipantRole.SECRETARY if is_secretariat(org)
                     else ParticipantRole.GUEST, "org": org, "attendance": Attendance.PRESENT}
            continue
        if state is None and line.body[:2] == "Fr" and (
                (side := _first_side_heading(lines, i, draft.items)) is not None):
            # "Frå beitelaga:" over "Torgeir Haugen (Rauland beitelag), …" under the title,
            # no attendance label above it: the first side's group opens the list of members
            # (its people on the same line too: "Frå beitelaga: Ola Dal (Aurland beitelag), …")
            heading, names = side
            state = group = {"role": ParticipantRole.MEMBER,
                             "org": _group_heading(heading), "attendance": Attendance.PRESENT}
            if names and "," not in names and " og " not in names:
                # one side's one person on its line: a "Forfall:" after it lists the whole
                # body's absentees, no group's
                state["label_org"] = True
            draft.attendance_recorded = True
            if names:
                buffer.append(names)
            continue
        if state is None:
            columns = table_columns(line.cells) if line.is_table else None
            if columns:  # a "Navn | Organisasjon | Oppmøte" table without a label above
                columns = columns_of_answers(
                    columns_for_day(columns, draft.record.meeting.date), lines, i)
                state = {"role": ParticipantRole.MEMBER, "org": None,
                         "attendance": Attendance.PRESENT, "columns": columns}
                if "role" in columns.values():
                    state["seats_named"] = _table_names_seats(lines, i, columns)
                if i and lines[i - 1].body.endswith(":") and \
                        _side_of_meeting(people, lines[i - 1].body):
                    state["members_named"] = True  # under "Fra regionrådet:", one side of
                    # the dialogue meeting the head names: members whatever job they hold
                elif _seat_column_heading(line.cells, columns):
                    state["members_named"] = True  # "Eier | Representant | Aksjer": the
                    # owners' seats, whatever job the one holding a seat has
            elif line.is_table and (by_column := attendance_by_column(line.cells)):
                # "Kommune | Møtte | Forfall" without a label above: its heading is one
                state = {"role": ParticipantRole.MEMBER, "org": None,
                         "attendance": Attendance.PRESENT, "attendance_columns": by_column}
            elif i in unlabelled:  # "Vidar Fossum (leder SU)" … under the title
                first, *others = _SENTENCE_BREAK.split(line.body)
                _add_list(people, first, {"role": ParticipantRole.MEMBER, "org": None,
                                          "attendance": Attendance.PRESENT})
                for sentence in others:
                    _add_attended(people, sentence)  # "… Line Nilsen møtte som vara."
            continue
        # a row with one cell filled under a heading ("Anne Moe | | "): a name, no mark
        is_table = line.is_table or (bool(line.cells) and "columns" in state and
                                     looks_like_name(tidy_name(line.cells[0])))
        body = line.body
        if is_table and len(line.cells) == 2 and \
                (grouped := _group_row(line.cells)) is not None:
            is_table, body = False, grouped  # "Frå IKT-samarbeidet | dagleg leiar …"
        if is_table and len(line.cells) == 2 and is_share_count(line.cells[1]):
            is_table, body = False, line.cells[0]  # "Nordby kommune ved ordfører Kari
            # Holm | 400 aksjer/stemmer": the owner and whom it sent, the shares apart
        if not is_table and _space_table_line(people, body, state):
            continue
        if not is_table and "eta" in body[:12] and state["role"] is ParticipantRole.MEMBER \
                and state.get("members_named") and \
                body.rstrip(" :").casefold() in AGENCIES_GROUP_LABELS:
            # "Medlemmer til stede:" / … / "Fra etatene:": the list sets the members apart,
            # the agencies' people below them visit (each line names the agency)
            state = {**state, "role": ParticipantRole.GUEST, "org": None}
            continue
        if not is_table and body[-1:] == ":" and speaks_for_a_seat(body[:-1]):
            # "Frå helseføretaket:" / … / "Brukarrepresentant:" over a name: the seat's own
            # heading, whose holder is none of the side listed above
            state = {**state, "org": None}
            continue
        heading, when = _group_heading_note(body) if not is_table else (body, None)
        if from_group:
            heading += ":"  # "Fra Helse Fonna" over names: read as "Fra Helse Fonna:"
        if not is_table and (org := _group_heading(heading)):
            # "Fra ViG:" above a list names its people's organisation; after a one-person
            # label ("Sekretær: …") the people are the group's again
            if state["role"] in MEETING_ROLES and state.get("secretariat"):
                # (after the secretariat's group, "Frå sekretariatet:", the body's own
                # lists are over: an organisation's heading below it, "Frå Vestland
                # fylkeskommune:", names visitors, as "Fra administrasjonen:" names staff)
                state = {**state, "role": ParticipantRole.GUEST, "secretariat": False}
            elif state["role"] in MEETING_ROLES:
                state = group or {**state, "role": ParticipantRole.GUEST}
            state = {**state, "org": org}
            if state["role"] is ParticipantRole.MEMBER and state.get("members_named") and \
                    _academic_institution(org):
                state["role"] = ParticipantRole.GUEST  # "Møtande medlemer:" / … / "Frå
                # Høgskulen på Vestlandet:": below the members' own list the university's
                # people visit the forum, as "Fra etatene:" there do
            if state["role"] is ParticipantRole.MEMBER and is_staff_group(org):
                state["role"] = ParticipantRole.GUEST  # "Frå vertskommunen:" under the
                # members: the host's staff, who run the joint service for the others
            if state["role"] is ParticipantRole.MEMBER and _side_of_meeting(people, heading):
                # "Fra regionrådet:" at a dialogue meeting of the council and the county:
                # one side of it, members whatever job they hold (its kommunedirektør too)
                state["members_named"] = True
            if when:  # "Fra Eidsdal kommune (til stede under sak 2):": those under it
                # came for that case, and are no members of the body they visit
                state = {**state, "note": when}
                if state["role"] is ParticipantRole.MEMBER:
                    state["role"] = ParticipantRole.GUEST
            if _came_after_absences(state, line.body[:-1]):
                # "Forfall:" / "Knut Rui, Vinje kommune" / "Fra IKT Vest-Telemark:" over
                # names: the absences are over, the group names who came, as on one line
                state["attendance"] = Attendance.PRESENT
                state["grouped"] = True
                if state["role"] is ParticipantRole.MEMBER and _serves(
                    draft.record.body, draft.record.organization, org
                ):
                    state["role"] = ParticipantRole.GUEST
            continue
        if is_table:
            columns = table_columns(line.cells)
            if columns:
                columns = columns_of_answers(
                    columns_for_day(columns, draft.record.meeting.date), lines, i)
                if state["role"] in MEETING_ROLES and not state.get("secretariat"):
                    # "Referent: Hege Lund", then a "Navn | Virksomhet" table: the one-person
                    # label ended, the table is a list of the meeting's people of its own
                    # (but "Fra sekretariatet møtte:" over "Navn | Stilling" is a group's
                    # label, and the table its people, as a case system prints it)
                    state = group or {"role": ParticipantRole.MEMBER, "org": None,
                                      "attendance": Attendance.PRESENT}
                state["columns"] = columns
                if "role" in columns.values():
                    state["seats_named"] = _table_names_seats(lines, i, columns)
                if _seat_column_heading(line.cells, columns):
                    state["members_named"] = True  # "Kommune | Representant | Møtt": the
                    # people in it hold the seats, whatever job they are listed with
                continue
            if "columns" not in state and (guests := administration_columns(line.cells)):
                state["guest_columns"] = guests  # "Kommune | Ordfører | Kommunedirektør"
                state["seat_matrix"] = True
                continue
            if "columns" not in state and members_seat_heading(line.cells):
                state["seat_matrix"] = True  # "Kommune | Ordfører | Varaordfører"
                continue
            if "columns" not in state and (by_column := attendance_by_column(line.cells)):
                state["attendance_columns"] = by_column  # "Kommune | Møtte | Forfall"
                continue
            if "columns" not in state and not lines[i - 1].is_table and \
                    (heads := organization_heads(line.cells)):
                state["heads"] = heads  # "Xby kommune | Yby kommune" over their people
                continue
            if "heads" in state and "columns" not in state:
                for entry in people_under_heads(line.cells, state["heads"], state["role"],
                                                state["attendance"]):
                    people.add(entry)
                continue
            cells = line.cells
            if i == role_row:
                continue  # (the roles under their names, read with them)
            if "columns" not in state and (roles := _roles_under_names(lines, i)):
                # "Hilde Brekke | Stian Aune" over "leder | kasserer": each a card's two lines
                cells = tuple(f"{name} ({role})" for name, role in zip(cells, roles,
                                                                         strict=True))
                role_row = i + 1
            mark = presence_mark(cells, state.get("columns"))
            add_row(line, cells, mark)
            marked = marked or bool(mark)
            continue
        if state["role"] in MEETING_ROLES and ":" in body[:60] and _named_group(body):
            if state.get("secretariat"):
                # "Frå sekretariatet:" over its people, then "Frå Vestland fylkeskommune:
                # Kari Dale": the body's own lists are over, the organisation's people
                # on one line are visitors, as under its heading alone (above)
                state = {"role": ParticipantRole.GUEST, "org": None,
                         "attendance": Attendance.PRESENT}
            else:
                # "Referent: Torbjørn Lekve", then "Frå Hardangerrådet: A, B": the
                # one-person label ended, the group's people are the meeting's own
                state = group or {"role": ParticipantRole.MEMBER, "org": None,
                                  "attendance": Attendance.PRESENT}
        buffer.append(body)
    flush()
    draft.attendance_recorded = draft.attendance_recorded or marked
    if not marked:  # a presence column nobody filled in says nothing about who came
        for participant in unmarked:
            participant.attendance = Attendance.PRESENT
    _unticked_boxes_absent(draft)
    seat_substitutes(people)
    if is_heads_body(draft.record.body) or \
            is_health_forum(draft.record.body, draft.record.organization) or \
            _trust_side_listed(people) or _steering_group_of_heads(draft, attendance_lines) or \
            _planning_group(draft, attendance_lines):
        _heads_are_members(draft, attendance_lines)
    else:
        _heads_in_officials_table(draft, attendance_lines)
    _leader_of_the_body_chairs(draft, attendance_lines)
    if draft.record.body and "planforum" in draft.record.body.casefold():
        _municipalities_bring_cases(people.order, people.agency_visitors)
    if people.writer is not None:
        _writer_wrote_minutes(people, lines[:draft.attendance_end or 20])


def _plain_table_row(line: Line) -> bool:
    """Whether a row of a plain "Navn | Kommune" table (``NAME_ORG_COLUMNS``), under its
    heading with no list open, goes straight to its people (``read_attendance``).

    Why: such a row went through some 390 bytecode steps of tests in ``read_attendance``
    before its people were read (s74c), most of them for lines of text ("not
    line.is_table"). Here are the ones a row can answer otherwise: a sentence's hints
    without the cells' tab, "… med tilstedeværelse av …", a group's or an owner's row
    ("Frå IKT-samarbeidet | …", "… | 400 aksjer"), a new table's heading. A row that
    passes them has no other way; its presence mark is none (no such column).

    The group's and the owner's rows need a bracket, a digit first or "Fra"/"Frå" first
    (``_group_row``, ``is_share_count``): a row with none of them is asked no call for
    them; a heading of either kind (``labelled_columns`` too, asked here before the
    caller's own test of it) is ``heads_no_columns``' one test (s75c: some 90 steps a
    row fewer)."""
    cells = line.cells
    if len(cells) != 2 or "\t" not in line.body or " av " in line.lowered:
        return False
    first, second = cells
    if ("(" in second or second[:1].isdigit() or first[:4].casefold() in _FROM_OPENERS) \
            and (_group_row(cells) is not None or is_share_count(second)):
        return False
    return heads_no_columns(cells)


# The word a group opens with, lower-cased with its space ("Frå IKT-samarbeidet | …" in a
# table's row, "Fra NAV: …" in a list, "(fra Dal kommune)" in a note): one spelling for
# every test of a group's first four letters.
_FROM_OPENERS = ("fra ", "frå ")


def _group_row(cells: tuple[str, ...]) -> str | None:
    """A row of two cells whose first names whom its people come from, as the line "Frå
    IKT-samarbeidet: dagleg leiar Trond Eikås, rådgjevar Hilde Nygård" reads: a word
    processor's bold label and a tab before the names, which the reader splits into
    cells. The label vocabulary knows the usual groups ("Frå sekretariatet"); an
    organisation's own name is none of them, so the row would read as a row of names.
    So is a row whose first cell is a one-seat label ("Brukerrepresentanter | Tove Nyland
    (Brukerutvalget)") or a short name in capitals over people in brackets ("KS | Mette
    Holm (KS Agder)"): the brackets say whom each represents, as on the label's line."""
    if len(cells) != 2:
        return None
    head = cells[0].rstrip(": ")
    if cells[0][:4].casefold() not in _FROM_OPENERS:
        if "(" not in cells[1] or not (speaks_for_a_seat(head) or
                                       (head.isupper() and len(head) <= 5)):
            return None
        return f"{head}: {cells[1]}"
    if organization_of_group(head) is None or not cells[1]:
        return None
    return f"{head}: {cells[1]}"


def _writer_wrote_minutes(people: People, lines: list[Line]) -> None:
    """The mail's sender as the secretary when the mail's words call the minutes theirs
    ("Her kommer mitt referat fra nettverksmøtet", "her er referatet mitt", nynorsk the
    same): the one who wrote them and came ("…, Solveig Ravndal og meg."), a member of
    the list no longer."""
    if not any("referat" in line.lowered and _OWN_MINUTES.search(line.lowered)
               for line in lines):
        return
    writer = people.find(people.writer or "")
    if writer is not None and writer.role in (None, ParticipantRole.MEMBER):
        writer.role = ParticipantRole.SECRETARY.value


# The writer's own minutes in a mail: "mitt referat", "referatet mitt", "mitt korte referat".
_OWN_MINUTES = lazy_regex(r"\bmitt\s+(?:[\wæøå]+\s+)?referat\b|\breferatet\s+mitt\b")


def _heads_are_members(draft: Draft, attendance_lines: list[int]) -> None:
    """In the chief executives' own body ("Kommunedirektørutvalet i Hallingdal") those
    listed as kommunedirektør or rådmann are its members, though the same title at a
    regionråd marks the administration that serves it (a guest); so are they in a forum
    of a hospital trust and its municipalities (``is_health_forum``). ``attendance_lines``:
    the lines ``read_attendance`` went over (``_attendance_lines``)."""
    text = "\n".join([draft.lines[i].text for i in attendance_lines])
    for participant in draft.people.order:
        if participant.role == ParticipantRole.GUEST and head_named(text, participant.name):
            participant.role = ParticipantRole.MEMBER


# Words that show elected members or the administration apart from them in an attendance
# list: an ordfører, a party's or an elected body's seat ("Parti", "Nestleder", "Medlem"),
# a "Fra administrasjonen" section; a regionråd by its name is a political council.
_POLITICAL_OR_ADMIN = ("ordfør", "ordfar", "politisk", "politiker", "politikar", "parti",
                       "representant", "administrasjon", "kommunestyre", "formannskap",
                       "medlem", "nestled", "nestleiar", "regionrå")


def _steering_group_of_heads(draft: Draft, attendance_lines: list[int]) -> bool:
    """Whether the body is a styringsgruppe whose lists name no politician and set no
    administration apart (the words of ``_POLITICAL_OR_ADMIN``): a steering group of a
    shared service or project is made of the owners' chief executives and managers, so
    "Forfall: Kommunedirektør Per Li" there is one of its members away, not the
    administration serving an elected body (a guest). So is the meeting of a host
    municipality and its partners ("Vertskommunemøte – Barneverntjenesten i Li"): the
    kommunedirektører who run the shared service by delegation decide there."""
    body = (draft.record.body or "").casefold()
    if "styringsgrupp" not in body and "vertskommunemøt" not in body:
        return False  # (most bodies)
    # (not the hall it meets in: "Sted: Namsos rådhus, formannskapssalen")
    return not any(word in draft.lines[i].lowered and
                   not _only_in_hall(draft.lines[i].lowered, word)
                   for i in attendance_lines for word in _POLITICAL_OR_ADMIN)


def _planning_group(draft: Draft, attendance_lines: list[int]) -> bool:
    """Whether the body is a planleggingsgruppe (planning a programme or a conference)
    whose lists set no administration apart: its people are drawn from the
    municipalities' politicians and officials alike, so a kommunedirektør in its table
    beside an ordfører is one of its members, not the administration serving an elected
    body (a guest)."""
    body = (draft.record.body or "").casefold()
    if "planleggingsgrupp" not in body:
        return False  # (most bodies)
    return not any("administrasjon" in draft.lines[i].lowered for i in attendance_lines)


def _heads_in_officials_table(draft: Draft, attendance_lines: list[int]) -> None:
    """A kommunedirektør or rådmann in a table of officials ("Kommune | Navn | Funksjon"
    with a beredskapsleder, a koordinator) is a member of a council of officials (a
    beredskapsråd) as any row is, not the administration serving an elected body: so when
    the table's rows hold no politician and the list sets no administration apart (the
    words of ``_POLITICAL_OR_ADMIN``; "Fra administrasjonen" in a political council's
    list keeps its guests). Only rows of a table (tab or "|" cells)."""
    people = draft.people.order
    if ParticipantRole.GUEST not in [person.role for person in people]:
        return  # (most lists; a list, not a generator: no frame resumed for each person)
    lines = [draft.lines[i] for i in attendance_lines]
    rows = [line.text for line in lines if "\t" in line.text or "|" in line.text]
    # (the rows that hold the title: a row is one person, so a guest named there is its head)
    heads = [row for row in rows if "ommunedirektør" in row or "ådmann" in row]
    if len(rows) < 2 or not heads:
        return
    last_head = max(i for i, line in enumerate(lines) if line.text in heads)
    # ("Frå administrasjonen: …" after the table's last head names the staff it lists, not
    # the table's rows: only a label above a head's row may set it apart as staff)
    if any(word in text and (word != "medlem" or not _member_cells_only(text)) and
           (word != "administrasjon" or n <= last_head) and not _only_in_hall(text, word)
           for n, text in enumerate([(draft.record.body or "").casefold(),
                                     *[line.lowered for line in lines]], start=-1)
           for word in _POLITICAL_OR_ADMIN):
        return
    for person in people:
        if person.role == ParticipantRole.GUEST and any(person.name in row for row in heads):
            person.role = ParticipantRole.MEMBER


def _only_in_hall(lowered: str, word: str) -> bool:
    """Whether an elected body's word stands in a lower-cased line only as the name of the
    hall the meeting is held in ("Møtestad: Ålvik kommunehus, formannskapssalen",
    "kommunestyresalen"): a room, which sets no politicians apart in the list."""
    if word not in ("formannskap", "kommunestyre") or "sal" not in lowered:
        return False
    return word not in lowered.replace(word + "ssal", "").replace(word + "sal", "")


def _member_cells_only(lowered: str) -> bool:
    """Whether "medlem" stands in a lower-cased line only as a whole cell of a table row,
    a "Rolle" column's value ("moen | medlem"): the seat every row of an officials'
    council holds, which sets no elected members apart (as "medlem av formannskapet" or
    a "Medlemmer:" group does)."""
    if "\t" not in lowered and "|" not in lowered:
        return False
    cells = _CELL_MARK.split(lowered)
    return all(cell.strip(" .") in _SEAT_CELLS for cell in cells if "medlem" in cell)


_CELL_MARK = lazy_regex(r"[\t|]")
# (the seat words of ``labels`` that hold "medlem", the cells the test above looks at)
_SEAT_CELLS = frozenset(word for word in (*MEMBER_SEAT_WORDS, *DEPUTY_SEAT_WORDS)
                        if "medlem" in word)


def _municipalities_bring_cases(people: list, agency_visitors: list) -> None:
    """A planning forum's people from a municipality are guests: the forum is the county's
    and the state agencies' advice on plans, and the municipalities come to present their
    own ("Frå kommunane:" / "Hareid kommune: Kari Vik", listed as the agencies are), with
    the consultants who drew them ("Norconsult AS v/ Ola Nes", a company by its form). The
    agencies are its own side: "Statsforvaltaren i Vestland v/ Eva Li" among its members,
    a visiting agency's person in other bodies' lists (``People.agency_visitors``), is one."""
    for person in people:
        if person.role == ParticipantRole.MEMBER and person.organization and \
                person.organization.casefold().endswith((" kommune", " herad", " as", " asa")):
            person.role = ParticipantRole.GUEST
        elif person.role == ParticipantRole.GUEST and \
                any(person is visitor for visitor in agency_visitors):
            person.role = ParticipantRole.MEMBER.value


def _leader_of_the_body_chairs(draft: Draft, attendance_lines: list[int]) -> None:
    """One listed as the leader of the body that met, named by its name or its short form
    ("Solveig Aarnes, leiar FAU (1. trinn)", "Kari Holm (leder i SU)" in the FAU's or the
    SU's own minutes), chairs it as "(leder)" alone would say, when no one else does; the
    body's name after the seat word is no organisation either. ``attendance_lines``: the
    lines ``read_attendance`` went over (``_attendance_lines``), picked once for both."""
    body = draft.record.body
    people = draft.people.order
    # (lists, not generators, here and below: no frame resumed for each person or line)
    if not body or len(body) > 60 or ParticipantRole.CHAIR in [p.role for p in people]:
        return
    names = [body]
    if short := _BODY_SHORT_FORM.search(body):
        names.append(short.group(1))  # "Samarbeidsutvalget (SU)": "SU"
    text = "\n".join([draft.lines[i].text for i in attendance_lines])
    if "eder" in text or "eiar" in text or "EDER" in text or "EIAR" in text:
        # (its initials only where a leader's seat may be written: most lists have none)
        names += _initials_of_body(body, _meeting_lines(draft))
    if not any(name in text for name in names):
        return
    # every seat ``_LEADER_SEAT`` reads holds "leder" or "leiar": looked for in the lines'
    # own lower-cased bodies first, where case-folding the whole text again costs more
    # than the search (only the ligatures "ﬂ" and "ﬄ" fold to more letters than they lower
    # to that could begin the words: "ﬂeder")
    lowered = "\n".join([draft.lines[i].lowered for i in attendance_lines])
    if "leder" not in lowered and "leiar" not in lowered and "ﬂ" not in lowered and \
            "ﬄ" not in lowered:
        return
    before = _before_leader_seats(text, names)
    if not before:
        return
    for person in people:
        if person.role in (None, ParticipantRole.MEMBER) and \
                person.attendance != Attendance.ABSENT and \
                any(found.endswith(person.name.casefold()) for found in before):
            person.role = ParticipantRole.CHAIR.value
            if person.organization and \
                    person.organization.casefold() in {n.casefold() for n in names} and \
                    not any(other.organization == person.organization
                            for other in people if other is not person):
                # (a group's label gives its people that name: "Fra AU: A (leder AU), B")
                person.organization = _grade_after(text, person.name)
            return


# A school grade in brackets after a seat: "(3. trinn)", "(5.–7. klasse)".
_GRADE_IN_BRACKETS = lazy_regex(r"\((?P<grade>\d{1,2}\.?(?:\s*[–-]\s*\d{1,2}\.?)?\s*(?:" +
                                "|".join(sorted(SCHOOL_CLASS_WORDS)) + r"))\)", re.I)


def _grade_after(text: str, name: str) -> str | None:
    """The grade in brackets on the line of ``name`` ("Gunvor Sletten, leiar FAU (3.
    trinn)"): whom a FAU's leader represents, as for the members listed "(5. trinn)" –
    the body's name after her seat word is none. None without one."""
    start = text.find(name)
    if start == -1:
        return None
    end = text.find("\n", start)
    grade = _GRADE_IN_BRACKETS.search(text, start, end if end != -1 else len(text))
    return grade.group("grade") if grade else None


def _before_leader_seats(text: str, names: list[str]) -> list[str]:
    """The text (case-folded) before each seat "…, leder i <body>" / "(leiar FAU)" in
    ``text``, for the body's ``names``: a person whose name ends one of them leads it.

    Found by ``str.find`` of each name and ``_LEADER_SEAT`` over the few characters in
    front, not by a pattern of each person's name and the body's: a pattern made per
    document is compiled per document, which cost more than the rest of the attendance
    reading together."""
    folded = text.casefold()
    if "leder" not in folded and "leiar" not in folded:
        return []  # (every seat ``_LEADER_SEAT`` reads holds one: most lists name none)
    before = []
    for name in {n.casefold() for n in names}:
        start = folded.find(name)
        while start != -1:
            end = start + len(name)
            if end == len(folded) or not (folded[end].isalnum() or folded[end] in "_-"):
                seat = _LEADER_SEAT.search(folded, max(0, start - 40), start)
                if seat:
                    before.append(folded[:seat.start()].rstrip())
            start = folded.find(name, start + 1)
    return before


# The seat in front of the body's name, to the name's start: ", leder i ", "(leiar ",
# " – styreleder for "
_LEADER_SEAT = lazy_regex(r"(?:,|\(|–|-)\s*(?:leder|leiar|styreleder|styreleiar)\s+"
                          r"(?:(?:i|for|av)\s+)?$")


# A body's short form in brackets after its name: "Samarbeidsutvalget (SU)".
_BODY_SHORT_FORM = re.compile(r"\(([A-ZÆØÅ]{2,6})\)")


def _meeting_lines(draft: Draft) -> list[str]:
    """The head's first lines that name a meeting and hold a bracket: the title, or a line
    under a bare one ("MØTEREFERAT" / "Møte mellom arbeidsutvalget (AU) i X og"), where a
    body's short form may stand after its name (few heads hold a bracket there)."""
    return [line.body for line in draft.lines[:min(draft.head_end, _HEAD_NAMING_LINES)]
            if "(" in line.body and "øte" in line.lowered]


#: The head's lines searched for the meeting's naming line (``_meeting_lines``).
_HEAD_NAMING_LINES = 6


def _initials_of_body(body: str, named: list[str]) -> list[str]:
    """The short forms the attendance list may give the body that met after a leader's
    seat ("Lise Wiik (leder AU)", "leiar i AU") besides the one in brackets after its
    name: one in brackets in the line naming the meeting, ``named`` ("Møte mellom
    arbeidsutvalget (AU) i X og Y", the committee whose meeting it is), or the initials
    the body's first word makes, its first letter and the letter of its kind
    ("Arbeidsutvalget", "Arbeidsutvalet" → "AU", "Styringsgruppa for X" → "SG"), as
    minutes write them. The leader of another body ("leder i regionrådet" in the
    committee's minutes) matches none of them."""
    forms = [short.group(1) for text in named for short in _BODY_SHORT_FORM.finditer(text)]
    head = body.split(" ", 1)[0]  # ("Styringsgruppa for X": its kind's word)
    if len(head) > 4:
        folded = head.casefold()
        kind = next((letter for letter, stems in _INITIAL_STEMS.items()
                     if any(stem in folded[2:] for stem in stems)), None)
        if kind is not None:
            forms.append(f"{folded[0]}{kind}".upper())
    return forms


# The boxes a list of people is ticked in ("☑ Kari Holm, Stad kommune" / "☐ Per Dahl"):
# ticked, or left empty; the marks are those a table's presence column is ticked with
# (``TICK_MARKS``: "✅" ticked as "☑" is, and a red cross "❌" says no outright).
_TICKED_BOXES = (*(mark for mark, meaning in TICK_MARKS.items() if meaning == "x"),
                 "[x]", "[X]")
_EMPTY_BOXES = ("☐", "[ ]")
_NO_MARKS = tuple(mark for mark, meaning in TICK_MARKS.items() if meaning == "nei")


def _unticked_boxes_absent(draft: Draft) -> None:
    """People on a line whose box was left empty in a list where other boxes are ticked
    were not there (a form's "Deltakere" ticked off at the door). A list with no box
    ticked says nothing: a summons, or a form nobody filled in. A red cross ("❌ Per
    Moe") says no on its own, as in a table's column."""
    texts = [line.text for line in draft.lines[draft.attendance_start:draft.attendance_end]]
    joined = "\n".join(texts)  # (one search for an empty box first: most heads have none)
    if "☐" not in joined and "[ ]" not in joined and not any(
            mark in joined for mark in _NO_MARKS):
        return
    boxed = [text for text in (text.lstrip(" \t-*•") for text in texts)
             if text[:1] in TICK_MARKS or text[:1] == "["]
    empty = [text for text in boxed if text.startswith(_NO_MARKS)]
    unticked = [text for text in boxed if text.startswith(_EMPTY_BOXES)]
    if unticked and any(text.startswith(_TICKED_BOXES) for text in boxed):
        empty += unticked
    for person in draft.people.order:
        if person.attendance == Attendance.PRESENT and \
                any(person.name in text for text in empty):
            person.attendance = Attendance.ABSENT


# Labels over the members a summons calls in, which say nothing about who came:
# "Innkalte:", "Innkalla medlemer:", "Medlemmer:", "Faste medlemer:", "Representanter:".
# In a summons "Deltakere:" / "Deltakarar:" lists those asked to come as well, and so
# does an English summons' "Participants:" / "Attendees:".
_CALLED_IN_LABELS = ("innkal", "medlem", "faste medl", "styremedl", "representant",
                     "deltaker", "deltager", "deltakar", "møtedeltak", "møtedeltag",
                     "participant", "attendee")
# "Referent:": someone took minutes, so the meeting was held (a protocol read as a summons
# for want of outcome words); a summons names no one who will write them.
_MINUTES_TAKER = ("referent", "referatskriv", "skrivar")

# A label over the body's deputies as such, not over those who came: "Varamedlemmer:",
# "Vararepresentanter:" (but "Varamedlemmer som møtte:", "Vara til stede:").
# (also those a summons calls in: "Innkalte varamedlemmer:", "Følgende varamedlemmer er
# innkalt:": asked to come in a member's place, no one named as attending yet)
# The e-mail fields a pasted mail's head holds beside "Fra:" (a letter's "Fra: Nordby
# kommune" over a report has none of them).
_MAIL_HEAD_FIELDS = ("emne:", "subject:", "til:", "to:", "sendt:", "sent:")
_MAIL_HEAD_BY_FIRST = by_first_letter(_MAIL_HEAD_FIELDS)  # (``_mail_writer``'s gate, s70g)
# The writer among those who came: "Til stede var Kari Nes, Per Dahl og meg."
_SELF_AT_END = ("og meg", "og meg selv", "og meg sjølv", "og underteikna", "og undertegnede",
                # "…, i tillegg til underteikna.", "…, samt undertegnede." (a memo's writer)
                "i tillegg til meg", "i tillegg til underteikna", "i tillegg til undertegnede",
                "samt meg", "samt underteikna", "samt undertegnede")


def _mail_writer(lines: list[Line]) -> str | None:
    """The name in a pasted e-mail's "Fra: Tove Hansen <tove@…>" line, when the head is a
    mail's: whom "og meg" in its list of who came stands for."""
    head = lines[:8]
    if not any((fields := _MAIL_HEAD_BY_FIRST.get(line.lowered[:1])) is not None and
               line.lowered.startswith(fields) for line in head):
        return None
    for line in head:
        if line.lowered.startswith(("fra:", "frå:", "from:")):
            # (the address after it, "<tove@…>", read as "(tove@…)" or "[mailto:…]")
            name = re.split(r"[<(\[]", line.body.split(":", 1)[1], maxsplit=1)[0].strip(" \"'")
            return name if looks_like_name(name) else _name_after_job(name)
    return None


def _name_after_job(text: str) -> str | None:
    """The name after a memo's sender's job ("Frå: Dagleg leiar Terje Aasebø", "Fra:
    Prosjektleder Marianne Bolstad"): a first word that is no first name and lower-case
    words after it, then the name; None when no name follows."""
    words = text.split()
    if not words or is_first_name(words[0]):
        return None
    for start in range(1, min(len(words) - 1, 3) + 1):
        if not words[start][:1].isupper():
            continue  # "leiar" in "Dagleg leiar Terje Aasebø": still the job
        name = " ".join(words[start:])
        return name if looks_like_name(name) and is_first_name(words[start]) else None
    return None


def _writer_came(people: People, text: str) -> bool:
    """Whether a list ends with its writer ("…, Per Dahl og meg.") whose name the mail's
    head gives."""
    return people.writer is not None and (" meg" in text or " underte" in text) and \
        text.rstrip(" .").casefold().endswith(_SELF_AT_END)


# Name columns headed by the seat its people hold ("Representant", "Medlem").
_SEAT_COLUMN_HEADINGS = frozenset({"representant", "representanter", "representantar",
                                   "medlem", "medlemmer", "medlemer", "medlemar"})


def _seat_column_heading(cells: tuple[str, ...], columns: dict[int, str]) -> bool:
    """Whether a table's name column is headed by a seat ("Kommune | Representant | Møtt"):
    its people are the body's members, a kommunedirektør among them too."""
    return any(kind == "name" and cells[i].strip(" :*").casefold() in _SEAT_COLUMN_HEADINGS
               for i, kind in columns.items() if i < len(cells))


def _serves(body: str | None, parent: str | None, org: str) -> bool:
    """Whether a group's organisation is the cooperation the body that met serves, named
    in the body's name or as its parent ("Styringsgruppen for IKT Vest-Telemark" and "Fra
    IKT Vest-Telemark:"): its staff, not members of the body."""
    key = org.casefold()
    return is_staff_group(key) or (parent is not None and parent.casefold() == key) or (
        body is not None and body.casefold() != key and f" {key}" in body.casefold()
    )


def _table_names_seats(lines: list[Line], at: int, columns: dict[int, str]) -> bool:
    """Whether the table whose heading is ``lines[at]`` names seats in its role column
    (``table_names_seats``): its rows read once more, only for a heading with such a
    column and only as far as the table goes."""
    return table_names_seats((row.cells for row in itertools.takewhile(
        lambda row: row.is_table, lines[at + 1:at + 60])), columns)


def _came_after_absences(state: dict, group: str) -> bool:
    """Whether a "Frå Dal kommune:" group line follows an absence list of people named
    one by one: the absences are over, and the group names who came from that place (an
    absence list written by groups from its start stays one)."""
    return state["attendance"] is Attendance.ABSENT and bool(state.get("listed")) and \
        not state.get("grouped") and group[:4].casefold() in _FROM_OPENERS and \
        match_label(f"{group}:") is None


def _deputy_came_after_absence(part: Label, state: dict | None, buffer: list[str]) -> bool:
    """Whether a deputy's label chained after an absence list says who came in the seat
    ("Forfall: Tor Aas. Varamedlem: Eli Sund møtte."): the sentence goes on the absence list,
    whose reading seats the deputy for the one away, as "Vara Eli Sund møtte." does. So
    does a deputy's line under a member of a list of who came whose entry says she was
    away ("Siri Moe, Bøen kommune – forfall" / "Vara: Lars Hov (møtte)"): he sat in her
    seat, for her, as "…, forfall, vara Lars Hov møtte" on one line reads."""
    if not buffer or state is None or part.label[:4] != "vara":
        return False
    value = part.value.rstrip(" .")
    if value.endswith(_CAME_IN_BRACKETS):  # "Vara: Lars Hov (møtte)": as "Lars Hov møtte"
        value = f"{value.rsplit('(', 1)[0].rstrip()} møtte"
    came = value.endswith(" møtte")
    if state["attendance"] is not Attendance.ABSENT:  # a list of who came
        if not _away_above(buffer):
            return False
        # ("Vara: Lars Hov" under the member away: the one who came instead)
        came = came or looks_like_name(value)
    if not came:
        return False
    buffer[-1] = f"{buffer[-1].rstrip(' .')}. Vara {value}"
    return True


_CAME_IN_BRACKETS = ("(møtte)", "(møtt)")


def _deputy_under_away_member(part: Label, state: dict | None, buffer: list[str]) -> str | None:
    """The member's line above a deputy's line that did not come in her seat ("Siri Moe,
    Bøen kommune – forfall" / "Vara: Tone Brekke (ikke møtt)"), or None: the deputy holds
    the seat of the same municipality, as the deputy who came does, whether or not she
    came."""
    if not buffer or state is None or part.label[:4] != "vara" or not part.value or \
            state["attendance"] is Attendance.ABSENT or not _away_above(buffer):
        return None
    return buffer[-1]


def _away_above(buffer: list[str]) -> bool:
    """Whether the member's entry last read says she was away ("… – forfall", "(forfall)"):
    a deputy's line under it is about her seat."""
    return buffer[-1].rstrip(" .").endswith(_AWAY_AT_END)


def _seat_org(people: People, member_line: str | None) -> str | None:
    """The organisation of the member just added from ``member_line``, if any."""
    if member_line is None or not people.order:
        return None
    member = people.order[-1]
    return member.organization if member.name in member_line else None


# How a member's entry in a list of who came says she was away ("… – forfall", "(forfall)",
# "Tor Aas (fråfall)"): also how such a list's last entry does.
_AWAY_AT_END = (*ABSENCE_NOUNS, *(f"{noun})" for noun in ABSENCE_NOUNS))


_DEPUTIES_LABEL = lazy_regex(r"(?:(?:innkal\w*|følgende|følgjande)\s+)?"
                             r"vara(?!.*(?:møt|til\s*sted|til\s*stad|deltok))")


def _sentence_by_sentence(people: People, text: str) -> bool:
    """A paragraph whose first sentence says who attended or did not ("Kari Nes hadde
    meldt forfall. Per Bø møtte ikke."), read a sentence at a time; False (nothing
    added) when the first sentence says no such thing."""
    first, *others = sentences(text)
    if not others:
        return False
    if not _add_attended(people, first):
        # "Eldrerådet hadde møte … 3. november kl. 10.00. Møtet ble ledet av Aud Rønning.
        # Ellers møtte …": prose opens with when the body met, then who came
        if not (_says_when_met(first) and _add_attended(people, others[0])):
            return False
        others = others[1:]
    for other in others:
        if not _note_sentences(people, other, other.lower()):
            _add_attended(people, other)
    return True


def _says_when_met(sentence: str) -> bool:
    """Whether a sentence says when the body met ("Eldrerådet hadde møte i salen mandag 3.
    november kl. 10.00.", "Møtet vart halde på Gol 4. februar."): a meeting's word and a
    digit, the day or the hour."""
    lowered = sentence.lower()
    return ("møt" in lowered or "halde" in lowered or "holdt" in lowered) and \
        dates.has_digit(sentence)


# A ditto mark in a table cell: "---- « ----", "«", '"'.
_DITTO = lazy_regex(r"[-–—\s]*[«»\"”〃][-–—\s]*")
_has_ditto_mark = contains_any(("«", "»", '"', "”", "〃"))  # (before the pattern: most cells)


def _guest_written(row: str) -> bool:
    """Whether a table row calls its person a guest in words ("IMDi Øst | Seniorrådgiver,
    gjest", "observatør"): the seat the row gives, which no group label above overrules."""
    folded = row.casefold()
    return ("gjest" in folded or "observatør" in folded) and \
        _GUEST_WORD.search(folded) is not None


# (not a name that holds the word: "Kari Gjestland")
_GUEST_WORD = lazy_regex(r"\b(?:gjest|observatør)\b")


def _columns_over_group_row(lines: list[Line], i: int, state: dict[str, object]
                            ) -> dict[int, str] | None:
    """The columns of the table a group's row stands inside, for the rows under it: one
    heading row ("Namn | Funksjon | Representerer | Møtte for") over rows parted by the
    groups' own rows ("Faste medlemer som ikkje møtte", "Varamedlemer som møtte"), as a
    portal prints one table of everyone. The group says who came; the heading still says
    what each column holds (the seat a deputy took). None when the label stands between
    two tables: a label with its colon, the next row a heading of its own or wider than
    the columns."""
    columns = state.get("columns")
    if not columns or i == 0 or i + 1 >= len(lines) or not lines[i - 1].is_table:
        return None
    if lines[i].body.endswith(":") and len(lines[i].cells) != len(lines[i - 1].cells):
        return None  # ("Andre som møtte:" under the members' table: a list of its own; but
        # "Fra kommunene: | | " is the table's own row, its other cells left empty)
    following = lines[i + 1]
    if not following.is_table or len(following.cells) > max(columns) + 1 or \
            table_columns(following.cells) is not None:
        return None
    return columns  # (a dict the reader does not change: shared, not copied)


def _bare_attendance_label(line: Line) -> bool:
    """An attendance label alone on its line ("Deltakere:")."""
    label = match_label(line.text)
    return label is not None and label.field in ATTENDANCE_FIELDS and not label.value


# A head that names a meeting of two sides: "Dialogmøte mellom Regionrådet for Valdres og
# Innlandet fylkeskommune", "Kontaktmøte med Statsforvalteren", "Møte mellom AU og
# stortingsbenken", "Samarbeidsmøte kommunene – NAV", "Fellesmøte for regionråda i …".
_TWO_PARTY_MEETING = lazy_regex(r"(?:dialog|kontakt|samarbeids|felles|partnerskaps|partnarskaps)"
                                r"\s?møte|\bmøte\s+(?:mellom|med)\s")
# the words ``_TWO_PARTY_MEETING`` cannot match without (lower case)
_has_two_party_word = contains_any(("dialog", "kontakt", "samarbeids", "felles", "partnerskap",
                                    "partnarskap", "mellom", " med "))
# how many of the first lines may hold the title (a letterhead and "Referat" may come first)
_HEAD_LINES = 6


def _two_party_head(lines: list[Line]) -> str:
    """The first lines' text, casefolded, when it names a meeting of two sides, else "".

    At such a meeting a side the head names ("Fra fylkeskommunen:" at a dialogue meeting
    of the regionråd and the county) is one of the two that meet: its people are the
    meeting's members, not guests the body invited (see ``_side_of_meeting``)."""
    head = [line.lowered for line in lines[:_HEAD_LINES]]
    if not any(map(_has_two_party_word, head)):
        return ""  # (most heads: the words tested in C, no text joined)
    text = " ".join(head)
    return text if _TWO_PARTY_MEETING.search(text) else ""


# A presence label that names the body's own members: "Til stede fra utvalget:", "Møtt
# frå styret:", "Til stades frå rådet:" (the body in its definite form after "fra").
_OWN_MEMBERS_LABEL = lazy_regex(r"\b(?:fra|frå)\s+(?:utvalget|utvalet|styret|rådet|nettverket|"
                                r"gruppa|gruppen|forumet|partnerskapet|partnarskapet)$")
_OWN_BODY_ENDS = frozenset(("et", "en", "pa"))


def _county_side_of_joint_body(people: People, group: str) -> bool:
    """Whether "Fra fylkeskommunen:" names one side of a body the county's service holds
    with the municipalities, as its name says ("Samarbeidsutvalget for tannhelse –
    kommunene i Sørdal", "Samarbeidsforum tannhelse og kommunane"): members, as "Fra
    kommunene:" are, not the partner a regionråd invites."""
    return group.endswith("fylkeskommunen") and bool(people.body) and \
        "kommun" in people.body and JOINT_WITH_MUNICIPALITIES.search(people.body) is not None


def _side_beside_named_guests(lines: list[Line], i: int) -> bool:
    """Whether a partner's group ("Fra NAV:") is one of the sides of a cooperation's own
    list: a members' group ("Fra kommunene:") shortly above it, and the guests named apart
    shortly below, under a label of their own ("Gjest:") or by the word in a bracket
    after a name of the next group ("Fra IMDi: Terje Vold (IMDi Vest, gjest under punkt
    2)"). The list says who the guests are, so the partner's people are members of the
    body whatever job they hold."""
    return any(_guest_named_by_word(line.text) for line in lines[i + 1:i + 8]) and \
        any((found := match_label(line.text)) is not None and found.field is _FIELD_MEMBERS
            for line in lines[max(0, i - 6):i])


# A guest marked by the word in a bracket after a name: "(gjest)", "(IMDi Vest, gjest
# under punkt 2 og 3)", nynorsk "(gjest i sak 4)".
_GUEST_IN_BRACKET = lazy_regex(r"\((?:[^()]*,\s*)?gjest\b", re.I)


def _guest_named_by_word(text: str) -> bool:
    """Whether a line of the list names the meeting's guests by their word: a guests'
    label ("Gjest:", ``_guests_by_their_word``) or a bracket that calls the person before
    it a guest (``_GUEST_IN_BRACKET``)."""
    if (found := match_label(text)) is not None and _guests_by_their_word(found):
        return True
    return "jest" in text and _GUEST_IN_BRACKET.search(text) is not None


def _guests_by_their_word(found: Label) -> bool:
    """Whether a label names a meeting's guests and no one else by their own word
    ("Gjest:", "Gjester:", "Gjestar:", "Gjester til stede:"): one of the guests' labels
    (``labels``), not the administration's or the others' present ("Fra administrasjonen:",
    "Andre til stede:")."""
    return found.field is _FIELD_GUESTS and found.label.startswith("gjest")


def _side_of_meeting(people: People, group: str) -> bool:
    """Whether a group heading ("Fra fylkeskommunen", "Fra stortingsbenken:") names a side
    that the head's meeting of two sides names ("… og Innlandet fylkeskommune", "… og
    stortingsbenken"): the word without its definite ending is in the head."""
    if not people.parties_head:
        return False
    word = group.strip(" :*_").rsplit(None, 1)[-1].casefold()
    for ending in ("en", "et", "a"):
        if len(word) > 5 and word.endswith(ending):
            word = word[:-len(ending)]
            break
    return f" {word}" in f" {people.parties_head}"


def _place_named_group(lines: list[Line], i: int) -> bool:
    """Whether a place label's line inside an attendance list is a municipality's group
    named as the label is spelt: under "Gloppen: A, B", the municipality Stad's "Stad: C
    (nestleiar), D" lists its people as its neighbours do, though "Stad:" is nynorsk for
    the meeting's place. The line above has the same shape, a capitalised name and a
    colon before people, and no label of its own; the people are lists ("Stad: C, D") or
    one person each, by a first name ("Gloppen: Håkon Sandal" over "Stad: Olav Myklebust")."""
    above = lines[i - 1].body if i else ""
    head, colon, rest = above.partition(": ")
    if not (colon and head[:1].isupper() and len(head.split()) <= 3 and
            match_label(above) is None):
        return False
    if "," in rest and "," in lines[i].body:
        return True
    value = lines[i].body.partition(":")[2].split()
    return bool(value) and bool(rest) and is_first_name(value[0]) and \
        is_first_name(rest.split()[0])


def _attendance_lines(draft: Draft) -> list[int]:
    """The head's lines, then any attendance table further down: a web page may give the
    agenda first and "Navn | Parti | Funksjon | Møtte" below it. A running page header
    inside a list ("Eldrerådet 14. mars 2024" where the page broke) is left out.

    A list, made in one frame (a generator was resumed for every line), picked once for
    ``read_attendance`` and the two readings after it."""
    lines = draft.lines
    picked = []
    # (a running header holds the meeting's day or its year's last two digits, the first
    # test of ``_is_page_header``, asked here before the rest: two substring searches a
    # line where a test for any digit made ten, and none without the meeting's date)
    meeting = draft.record.meeting.date
    year, day = (meeting[2:4], meeting[8:].lstrip("0")) if meeting is not None else ("", "")
    for i in range(draft.attendance_start, draft.attendance_end):
        # (the title's lines at the top and a label's line, "Dato: 14. mars 2024", are no
        # running header; the day's digits first: most lines are names, which have none)
        text = lines[i].body
        # (a table's heading is no running header either: a yearly register heads its
        # columns with the meetings' days, "Navn | Kommune | 22.01 | 19.03")
        if i < 3 or ":" in text or meeting is None or \
                (year not in text and day not in text) or \
                (lines[i].is_table and table_columns(lines[i].cells) is not None) or \
                not _is_page_header(draft, text):
            picked.append(i)
    picked.extend(_attendance_under_programme(draft))
    below = list(_presence_tables_below(lines, draft.attendance_end))
    if owners := _shareholders_in_first_item(draft):
        below = sorted(owners + below)  # (a table of the owners among the item's lines)
    picked.extend(below)
    if draft.items and (end := closing_start(draft)) < len(lines) and \
            closing_people_list(lines, end):
        picked.extend(range(end, len(lines)))  # "Deltakarliste" after the last item
    return picked


# (the words that open a general meeting's list of the owners who came: "Følgende
# aksjeeiere var representert:", "Møtande aksjeeigarar:")
_SHAREHOLDER_WORDS = ("aksjeeier", "aksjeeigar", "aksjonær")
# Lines after the owners' list in the same item that name others who came ("I tillegg
# møtte daglig leder …"): a label of guests at the line's start.
_ALSO_CAME = ("i tillegg møtte", "dessuten møtte", "i tillegg deltok", "elles møtte",
              "ellers møtte", "dessutan møtte")


def _also_came_sentences(lines: list[Line], picked: list[int], start: int) -> set[int]:
    """The picked lines below ``start`` (inside the items) whose later sentence names
    others who came ("Totalt var 800 aksjar representerte. I tillegg møtte dagleg leiar
    Eva Lie."): read sentence by sentence, as prose, not as a list's line."""
    return {i for i in picked if i >= start and ". " in lines[i].body and
            any(f". {words}" in lines[i].lowered for words in _ALSO_CAME)}


def _shareholders_in_first_item(draft: Draft) -> list[int]:
    """The lines of a general meeting's list of shareholders in its first item ("1.
    Åpning av møtet og opptak av fortegnelse over møtende aksjeeiere"): the label, the
    owners under it, each with whom it sent ("Nordby kommune ved ordfører Kari Holm  400
    aksjer/stemmer"), up to the first sentence, and a line on others who came ("I tillegg
    møtte daglig leder …"). A company's protocol takes the roll in that item, not in a
    head above the items, so the list stands where no head's list does."""
    items, lines = draft.items, draft.lines
    if not items:
        return []
    named = f"{draft.record.body} {draft.record.title}".casefold()
    if "forsamling" not in named and "eiermøte" not in named and "eigarmøte" not in named:
        return []  # (only an owners' meeting takes such a roll: one test, not a pass over
        # the first item's lines of every document)
    first = items[0].line
    end = min(items[1].line if len(items) > 1 else len(lines), first + 40)
    picked: list[int] = []
    listing = opened = False
    for i in range(first + 1, end):
        lowered = lines[i].lowered
        if listing:
            if lowered.endswith(".") or match_label(lines[i].text):
                listing = False  # the count after the list ("Til sammen var …")
            else:
                picked.append(i)
                continue
        if lowered.endswith(":") and any(word in lowered for word in _SHAREHOLDER_WORDS):
            opened = True  # (a table of them under "… Følgjande aksjeeigarar var
            # representerte:" is read as a presence table, ``_PRESENCE_COLUMNS``)
            if (label := match_label(lines[i].text)) is not None and \
                    label.field in ATTENDANCE_FIELDS:
                picked.append(i)
                listing = True
        elif opened and any(words in lowered for words in _ALSO_CAME):
            picked.append(i)  # (also after the count: "Totalt var 800 aksjar
            # representerte. I tillegg møtte dagleg leiar …")
    return picked


def _attendance_under_programme(draft: Draft) -> range:
    """The lines of an attendance list between the head's end and the first item, from
    its label on: a gathering's minutes may give the day's "Program" (which ends the
    head, as a saksliste does) first and "Deltakere" with the people by municipality
    under it, above the numbered sections. The programme's slots above the label name
    presenters, not who came, and stay out."""
    lines = draft.lines
    if not draft.items or (first := draft.items[0].line) <= draft.attendance_end:
        return range(0)
    for i in range(draft.attendance_end, first):
        text = lines[i].text
        if text[:1].isupper() and (label := match_label(text)) is not None and \
                label.field in ATTENDANCE_FIELDS:
            return range(i, first)
    return range(0)


#: Columns that make a table with a name column a list of who came.
# (or the shares each owner voted, at a general meeting: "Aksjeeier | Representert ved |
# Aksjer")
_PRESENCE_COLUMNS = {"present", "role", "for", "shares"}
# The heading of a column for the term someone is elected for: "Verv | Navn | Periode".
_TERM_COLUMNS = frozenset({"periode", "valgperiode", "valperiode", "funksjonstid",
                           "valgt for", "vald for", "valt for", "på valg", "på val",
                           "gjenvalg", "attval"})


def _election_table(lines: list[Line], heading: int) -> bool:
    """Whether the table whose heading row is at ``heading`` lists an election in an item
    ("Verv | Navn | Periode" under "Valgkomiteen la fram innstillingen:"): whom the
    meeting elected, each to a seat and for a term, not who came (the elected need not
    be there). Its heading names the term, or the line above it leads in the nomination
    or the election."""
    if any(cell.strip(" :").casefold() in _TERM_COLUMNS for cell in lines[heading].cells):
        return True
    above = lines[heading - 1].lowered if heading > 0 else ""
    return above.endswith(":") and ("innstilling" in above or "valg" in above or
                                    "val " in above or "valt" in above or "vald" in above)


def _presence_tables_below(lines: list[Line], start: int) -> Iterator[int]:
    """The rows, from ``start`` on, of each table whose heading row has a name column and
    a presence, role or "for" column (``_PRESENCE_COLUMNS``).

    Only table rows can start one, and most lines below the head are none: they are
    picked out in C (``itertools.compress`` over ``Line.is_table``), not by a Python loop
    over every line of the items."""
    after = start  # the first line not yet read as a table's row
    rows = itertools.compress(range(start, len(lines)),
                              map(_IS_TABLE, itertools.islice(lines, start, None)))
    for i in rows:
        if i < after:
            continue  # a row of the table just yielded
        columns = table_columns(lines[i].cells)
        if columns and _PRESENCE_COLUMNS & set(columns.values()) and \
                not _election_table(lines, i):
            after = i
            while after < len(lines) and lines[after].is_table:
                yield after
                after += 1


_IS_TABLE = operator.attrgetter("is_table")


def _unlabelled_people(lines: list[Line]) -> set[int]:
    """The lines of a list of people with no label above it: three or more "Name (seat
    or role)" lines in a row before any attendance label ("Vidar Fossum (ny leder SU)")."""
    run: list[int] = []
    for line in lines:
        if match_label(line.text) is not None:
            break
        person = _NAME_IN_BRACKETS.match(line.body)
        if person and looks_like_name(person.group("name")):
            run.append(line.index)
        elif len(run) >= 3:
            break
        else:
            run = []
    return set(run) if len(run) >= 3 else set()


_NAME_IN_BRACKETS = re.compile(r"^(?P<name>[A-ZÆØÅ][\w.-]+(?:\s+[A-ZÆØÅ][\w.-]+){1,3})\s*"
                               r"\([^)]{2,60}\)")


# The words of a prose paragraph on who came ("Fra styret møtte …", "… deltok under sak 3"):
# a line that holds one and runs on is a sentence wrapped, not a list's line.
_PROSE_ATTENDANCE_WORDS = (" møtte ", " deltok ")
_PROSE_MIN = 50  # a wrapped line of running prose is long; a list's name line short


def _prose_joined(lines: list[Line], indices: list[int]) -> tuple[list[Line], set[int],
                                                                   set[int]]:
    """The lines with each running prose paragraph of the attendance joined into its first
    line, the indices of the lines joined into it, and those of the joined lines. A text
    file or a PDF's copy keeps
    the margin's breaks ("Fra styret møtte styreleder Per Dahl. Fra administrasjonen møtte"
    / "daglig leder Eva Lie og controller Kjetil Moe, som" / "førte protokollen. Revisor
    Hanne Mo fra Nord" / "Revisjon IKS deltok under sak 3."), and read line by line the
    sentences fall apart. A paragraph qualifies when its first line is long, tells who
    came in a sentence (``_PROSE_ATTENDANCE_WORDS``) with a full stop inside it, and
    does not end one; it runs over the lines below with no gap, label, table or bullet
    until a line ends a sentence. Lists ("Til stede: A, B," / "C og D") have no stop
    inside their first line and stay as they were."""
    joined_away: set[int] = set()
    starts: set[int] = set()
    copied: list[Line] | None = None
    wanted = set(indices)
    for i in indices:
        line = lines[i]
        body = line.body
        if (leads := _NOTE_LEADS_BY_LAST.get(body[-1:])) is not None and \
                body.endswith(leads) and i + 1 in wanted and i not in joined_away and \
                _note_wrapped(line, below := lines[i + 1]):
            copied = copied if copied is not None else list(lines)
            text = f"{body} {below.body}"  # (read as one line of the list, no prose)
            copied[i] = Line(text=text, body=text, kind=line.kind, level=line.level,
                             cells=line.cells, bold=line.bold, gap=line.gap, index=line.index)
            joined_away.add(i + 1)
            continue
        if i in joined_away or len(body) < _PROSE_MIN or line.is_table or line.is_bullet or \
                line.kind is not PARAGRAPH or body.endswith(TERMINAL) or \
                ". " not in body or body[-1:] == ":" or \
                not any(word in f" {line.lowered} " for word in _PROSE_ATTENDANCE_WORDS):
            continue
        parts, j = [body], i + 1
        while j in wanted and j < len(lines):
            below = lines[j]
            if below.gap or below.is_table or below.is_bullet or \
                    below.kind is not PARAGRAPH or match_label(below.text) is not None:
                break
            parts.append(below.body)
            j += 1
            if below.body.endswith(TERMINAL):
                break
        if len(parts) < 2 or not parts[-1].endswith(TERMINAL):
            continue
        if copied is None:
            copied = list(lines)
        text = join_wrapped(parts)
        copied[i] = Line(text=text, body=text, kind=line.kind, level=line.level,
                         cells=line.cells, bold=line.bold, gap=line.gap, index=line.index)
        joined_away.update(range(i + 1, j))
        if not _opens_with_attendance_label(line.text):
            starts.add(i)
        # (a label's line wrapped, "Forfall: Ola Dahl (Ås), leder. Per Lie møtte for" /
        # "ham.": joined, it is read as the label's line it was before the margin broke it,
        # its list and the sentence after it; as prose the label's list would be lost)
    return (copied if copied is not None else lines), joined_away, starts


def _opens_with_attendance_label(text: str) -> bool:
    """Whether a line opens with an attendance list's label ("Forfall: …", "Til stede:
    …"), the way ``match_label`` reads it."""
    label = match_label(text) if ":" in text[:40] else None
    return label is not None and label.field in ATTENDANCE_FIELDS


# The words a partial attendance's note ends on when a PDF wraps it before its hour or
# case ("Kari Moe – fra kl." / "13.30", "Per Lund – til sak" / "3/24").
_NOTE_LEADS = (" kl.", " kl", " fra", " frå", " til", " sak")
_NOTE_LEADS_BY_LAST = by_last_letter(_NOTE_LEADS)  # (``_prose_joined``'s gate, s70g)
# … and the hour or case number that starts the line after, with what follows it (a
# lower-case rest, a bracket's close or nothing; a capital starts a title: "3/24 Budsjett")
_NOTE_END_START = lazy_regex(r"(?:\d{1,2}[.:]\d{2}|\d{1,3}/\d{2,4})"
                             r"(?=$|[\s.,;:)–-])[\s.,;:)–-]*(?![A-ZÆØÅ])")


def _note_wrapped(prev: Line, line: Line) -> bool:
    """Whether ``line`` is the hour or case number a note on the attendance line above
    was wrapped before ("… – fra kl." / "13.30", "… til sak" / "3/24"): read joined, the
    note is whole ("fra kl. 13.30"), not its stump ("fra kl")."""
    if line.gap or line.is_table or line.kind is not PARAGRAPH or prev.is_table:
        return False
    return _NOTE_END_START.match(line.text) is not None


def _sentence_on(lines: list[Line], index: int, stop: int) -> str:
    """A line's text with the line after it when a PDF wrapped the sentence there: "…
    konsulent Ola" / "Rønneberg." (no gap between, and the first does not end it)."""
    text = lines[index].body
    after = lines[index + 1] if index + 1 < stop else None
    if after is None or after.gap or after.is_table or text.endswith(TERMINAL) or \
            not after.body.endswith((".", "!")) or len(after.body) > 80 or \
            looks_like_name(_PARTY_AFTER.sub("", text)):
        return text  # "Tore Fosse SV" is a whole entry of a list, not a wrapped sentence
    return f"{text} {after.body}"


_PARTY_AFTER = lazy_regex(rf"\s+{PARTY_MARK}$")



# A heading without a colon over the people an organisation sent: "Fra Revisjon Nord IKS
# møtte", "Frå Vestland fylkeskommune deltok".
_CAME_FROM = lazy_regex(r"^(?:Fra|Frå)\s+(?P<org>[A-ZÆØÅ][^:,.()]{1,50}?)\s+(?:møtte|deltok)$")


# (and the regional council whose staff a list grouped by municipality ends with: "Salten
# regionråd" over its adviser)
# (also the words for a municipality in Sami and Kven, as a name in the administrative
# area for Sami language is written in both or all three: "Deanu gielda / Tana kommune",
# "Loabága suohkan / Lavangen kommune", "… / Porsangin komuuni")
_MUNICIPALITY_ENDINGS = ("kommune", "fylkeskommune", "herad", "regionråd", "gielda", "suohkan",
                         "komuuni")


def _nobody_from_group(lines: list[Line], i: int, state: dict[str, object]) -> bool:
    """Whether a bare "Forfall" line (``lines[i]``) stands for a whole group of a list
    grouped by municipality: right under the municipality's heading, with the next
    municipality's heading right after it ("Steigen kommune" / "- Forfall" / "Meløy
    kommune"). It names no one, and the groups after it are present as before."""
    org = state.get("org")
    return bool(org) and not state.get("label_org") and 0 < i < len(lines) - 1 and \
        lines[i - 1].body == org and _municipality_line(lines[i + 1].body)


def _municipality_line(text: str) -> bool:
    """A municipality or county alone on a line of an attendance section ("Nordby
    kommune", "Møre og Romsdal fylkeskommune"): over its people after a gap or the label,
    else under the one person it goes with (a list written name line, place line). A
    name in two or three languages across slashes is one when each of them is one."""
    if " / " in text:
        parts = text.split(" / ")
        return len(parts) <= 3 and all(map(_municipality_line, parts))
    words = text.split()
    return 2 <= len(words) <= 5 and words[-1].casefold() in _MUNICIPALITY_ENDINGS and \
        all(word[:1].isupper() or word == "og" for word in words[:-1]) and \
        not is_first_name(words[0]) and not any(mark in text for mark in ",:;()")
    # (not "Kvinnherad", nor "Ola Dahl Vadsø kommune": a person and whom they represent)


def _from_group_without_colon(lines: list[Line], i: int) -> bool:
    """Whether ``lines[i]`` is a group heading written without its colon ("Fra Helse
    Fonna", "Frå Nordre Land kommune") over the names of the people it sent: whom they
    represent, as "Fra Helse Fonna:" says. Not a sentence ("Fra Revisjon Nord møtte …",
    "Fra kl. 10 …") nor a line with a name after it on the same line."""
    text = lines[i].body
    if text[:4] not in ("Fra ", "Frå ") or len(text) > 60 or not text[4:5].isupper() or \
            i + 1 >= len(lines) or any(mark in text for mark in ":,.;()") or \
            dates.has_digit(text):
        return False
    following = lines[i + 1].body
    if following[:4] in ("Fra ", "Frå ") or match_label(following) is not None:
        return False
    return looks_like_name(tidy_name(following.split(",", 1)[0].split(" (", 1)[0]))


def _first_side_heading(lines: list[Line], i: int,
                        items: list[Candidate]) -> tuple[str, str] | None:
    """The heading and the names on its line when ``lines[i]`` is a "Fra …:" / "Frå …:"
    group heading that opens a list of people with no attendance label above it ("Frå
    beitelaga:" over "Torgeir Haugen (Rauland beitelag), Anne Nordbø (…)", the names ""),
    or the one-line form ("Frå beitelaga: Ola Dal (Aurland beitelag), Per Li (…)", a list
    of two or more after the colon): a meeting of two sides lists each side under its own
    heading. Not a partner's or the staff's heading ("Fra kommunen:"), which a label reads
    already, nor one over (or before) running text; None otherwise."""
    text = lines[i].body
    if text[:4] not in ("Fra ", "Frå ") or len(text) < 6:
        return None
    heading, colon, names = text.partition(": ")
    if colon and names:
        # (a list: a comma or "og" between names, each name first; "Frå kommunen: Ola
        # Berg orienterte om …" is a sentence)
        if len(heading) > 50 or ("," not in names and " og " not in names and
                                 not _one_of_side_lines(lines, i, names, items)):
            return None
        heading += ":"
        first = names
    else:
        heading, names = text, ""
        if text[-1:] != ":" or len(text) > 50 or i + 1 >= len(lines) or \
                lines[i + 1].is_table:
            return None
        first = lines[i + 1].body
    if match_label(text) is not None or _group_heading(heading) is None:
        return None
    first = first.split(",", 1)[0].split(" (", 1)[0].split(" og ", 1)[0]
    return (heading, names) if looks_like_name(tidy_name(first)) else None


def _one_of_side_lines(lines: list[Line], i: int, names: str,
                       items: list[Candidate]) -> bool:
    """Whether a one-line group with one person ("Frå Gol kommune: Ingrid Skaug (leiar)")
    opens a run of such lines ("Frå Ål kommune: Kari Moe" under it): each side's person
    after its label, a list of groups under the title as the comma form is
    (``_first_side_heading``). Its words after the colon are a name alone (a bracket
    after it), and the next line is another side's in the same form, or the line is the
    only one of its kind, the first item's heading or a label right under it ("Frå Ål
    kommune: Kari Moe" over "Sak 1/25 …" or "Referent: …"), or running text right under
    it ("Møtet vart halde på Teams."): the one side named, the text after it no list."""
    if i + 1 >= len(lines):
        return False
    below = lines[i + 1]
    if below.body[:4] in ("Fra ", "Frå ") and ": " in below.body:
        pass  # another side's line
    elif (i and lines[i - 1].body[:4] in ("Fra ", "Frå ")) or not (
            any(item.line == i + 1 for item in items) or match_label(below.text) is not None
            or _running_text(below)):
        return False
    name = names.split(" (", 1)[0].strip()
    return len(name.split()) <= 4 and tidy_name(name) == name and looks_like_name(name)


def _running_text(line: Line) -> bool:
    """Whether a line is running text, a sentence with its verb and its stop ("Møtet ble
    holdt digitalt fordi …."), no list of people: a one-line group over it ends there."""
    text = line.body
    return not line.is_table and not line.is_bullet and len(text) > 30 and \
        text[:1].isupper() and text.rstrip()[-1:] in ".!" and FINITE_VERB.search(text) is not None


def _group_heading_note(text: str) -> tuple[str, str | None]:
    """A group heading's line without the brackets that say when its people were there
    ("Fra Eidsdal kommune (til stede under sak 2):"), and those words; the line as it
    is when it has none."""
    if "(" not in text or not text.endswith("):"):
        return text, None  # (most lines: a cheap test first)
    note = label_note(text[:-1])
    if note is None:
        return text, None
    return text[:text.rindex("(")].rstrip() + ":", note


def _secretariat_owner(text: str) -> str | None:
    """Whose secretariat a label names in brackets ("Frå sekretariatet (Innlandet
    fylkeskommune):"): the organisation its people work for; None without one."""
    head = text.partition(":")[0]
    if not head.endswith(")") or "(" not in head:
        return None
    inside = head.rpartition("(")[2].rstrip(") ")
    return inside if inside and organization_of_group(inside) == inside else None


# A seat's or group's label with its standing in brackets before the colon and the people
# after it: "BHT (utan røysterett): Per Sandvik, Hardanger BHT", "Observatør (uten
# stemmerett): Kari Holm, KS", "Vara (møtte ikke): Jon Dal": the label heads the line as
# without the brackets, whose words make guests of them or say they stayed away (the
# latter ``labels.STAYED_AWAY_FORMS``, as after a members' label).
_GROUP_STATUS = lazy_regex(r"^(?P<group>[^():,]{2,40}?)\s*\((?P<status>(?i:ut[ae]n\s+"
                           r"(?:stemmerett|røysterett)|"
                           + "|".join(form.replace(" ", r"\s+") for form in STAYED_AWAY_FORMS)
                           + r"))\)\s*:\s*(?P<rest>\S.*)$")


def _inline_group_note(text: str) -> tuple[str, str | None]:
    """A group's line whose brackets before the colon say when its people were there
    ("Frå Lom kommune (sak 3/25): Kari Ås, Odd Sletten"), without them, and those words:
    the delegation came for its own case, as under the same heading on a line of its own.
    The line as it is when the brackets say nothing of the time ("Nordby kommune (NK):")."""
    head, _, rest = text.partition("):")
    if "(" not in head or ")" in head.rpartition("(")[2]:
        return text, None
    stripped, note = _group_heading_note(f"{head}):")
    if note is None:
        return text, None
    return f"{stripped} {rest.lstrip()}", note


# The words a university's or a university college's name is built on ("Universitetet i
# Agder", "Høgskulen på Vestlandet", "NTNU", "UiT Norges arktiske universitet").
_ACADEMIC_STEMS = ("universitet", "høgskul", "høgskol", "høyskol")
_ACADEMIC_SHORT = frozenset({"ntnu", "hvl", "usn", "uit", "uia", "uib", "uio", "oslomet", "nmbu",
                             "hiof"})


def _academic_institution(org: str) -> bool:
    """Whether a group heading's organisation is a university or a university college,
    a partner that visits a municipalities' forum rather than sits in it."""
    words = org.casefold().replace("(", " ").replace(")", " ").split()
    return any(word.startswith(_ACADEMIC_STEMS) or word in _ACADEMIC_SHORT for word in words)


def _group_heading(text: str) -> str | None:
    """The organisation of a group heading alone on its line ("Fra ViG:", "Oslo kommune:"),
    whose people are listed on the lines below."""
    if not text.endswith(":"):
        return None
    group = group_label(text)
    if not group or group[1]:
        return None
    if " " not in group[0] and group[0].casefold().endswith(BODY_WORD_ENDINGS):
        return None  # "Brukerutvalget:", "Styringsgruppen:": the body's own people
    return organization_of_group(group[0])


def _organisation_over_bullets(lines: list[Line], i: int) -> bool:
    """A short bold line alone, an organisation's name ("Statsforvalteren i Vidda",
    "Sivilforsvaret"), with a bullet list of people under it: it names whom they
    represent. Not a person's name, a label (a colon) or a sentence. (A plain line so,
    set apart above, has its people on the lines right under it.)"""
    text = lines[i].body
    if i + 1 >= len(lines) or len(text) > 60 or \
            not (lines[i + 1].is_bullet if lines[i].bold else
                 (not lines[i + 1].gap and _plain_organisation_line(text))) or \
            not text[:1].isupper() or ":" in text or text.endswith((".", "!", "?")) or \
            dates.has_digit(text) or looks_like_name(tidy_name(text)) or \
            organization_of_group(text) != text:
        return False  # ("**Medlemmer**" is a group of the body's own, no organisation)
    first = lines[i + 1].body.split(",", 1)[0].split(" (", 1)[0]
    return looks_like_name(tidy_name(first))


def _plain_organisation_line(text: str) -> bool:
    """Whether a plain line set apart can be an organisation's name over its people
    ("Statens vegvesen", "Innlandstrafikk"): one to four words, no comma or bracket (a
    person's entry has them: "Ida Rønneberg, leiar"), not led by a first name."""
    words = text.split()
    return len(words) <= 4 and "," not in text and "(" not in text and \
        not is_first_name(words[0]) and not any(ch.isdigit() for ch in text)


def _named_group(text: str) -> bool:
    """A line that lists an organisation's people after its name ("Frå Vestland
    fylkeskommune: Ragnhild Øye, Kjetil Bergo")."""
    group = group_label(text)
    return group is not None and bool(group[1]) and organization_of_group(group[0]) is not None


# The board's group label, which at the owners' meeting lists guests, and the bodies of
# owners' representatives whose members the board's people are not.
_BOARD_GROUP_LABELS = frozenset({"fra styret", "frå styret"})
_OWNERS_OWN_BODIES = ("representantskap", "eiermøte", "eigarmøte")


# Groups whose people sit on the body: its own ("Fra styret:") and the municipalities it
# is made of ("Fra eierkommunene:", "Frå medlemskommunane:").
_MEMBER_GROUPS = (*BODY_WORD_ENDINGS, "kommunene", "kommunane")


# Labels over a group of people ("Til stede:", "Dessuten møtte:"), as opposed to labels
# naming one role ("Sekretariatet: …", "Referent: …") that may stand inside a group.
_GROUP_FIELDS = {Field.PRESENT, Field.GUESTS, Field.MEMBERS}


def _ends_a_list(text: str) -> bool:
    """A line that can only finish the list above it, even set apart: "og Ketil Amundsen"."""
    return text.startswith(("og ", "samt ")) and looks_like_name(text.split(" ", 1)[1])


def _wrapped_on(before: str, text: str) -> bool:
    """Whether a list line goes on from the line before, as a PDF wraps a long paragraph.

    It starts with what cannot start an entry: a parenthesis, "og", or the end of one
    ("… Jon Kvam (Iveland" / "kommune), Siri Dahl …"), or the line before left a
    parenthesis open or ended at a slash. A lower-case title before a name ("ordfører
    Mona Lie") starts one.
    """
    if text[:1] == "(" or ("(" in before and (  # (both counts need one: one search else)
            before.count("(") > before.count(")") or before.rfind("(") > before.rfind(")"))):
        return True  # (also "kommune), Ola Moe (Vest-Telemark" / "brann og …": the line
        # closed one parenthesis a wrap carried over and left another open)
    first = text.split(" ", 1)[0]
    if (")" in first and "(" not in first) or before.rstrip()[-1:] in ("/", "&"):
        return True  # "… brann og redningsteneste /" / "IKS), Per Lie": the word closes
        # a parenthesis the lines above opened, or the line ended inside a name at "/"
    if first[:1].islower():
        return first in {"og", "samt"} or _open_sentence(before) or \
            _place_goes_on(before, first) or \
            before.rstrip().rsplit(" ", 1)[-1] in _ENTRY_NEVER_ENDS or \
            (first in _ENTRY_NEVER_ENDS and before.rstrip().endswith(_PRESENCE_ENDS))
    if first[:1].isdecimal():  # "…, Modum, deltok under sak" / "14/25 og 15/25. …": the
        # case numbers a note was cut from
        return before.rstrip().rsplit(" ", 1)[-1].casefold() in _CASE_WORDS
    return _lone_first_name(before, text) or _two_word_place_cut(before, text)


def _two_word_place_cut(before: str, text: str) -> bool:
    """Whether the margin cut a place of two words after its first: "…, økonomirådgiver
    Per Brå, Nordre" / "Åsen kommune (referent)". The line below opens with a capitalised
    word and the organisation's ending ("kommune"), then its bracket or separator: no entry
    is a municipality alone, so it ends the one above, whose last piece is that one word.
    Not a group's label on a line of its own ("Akershus fylkeskommune" under "…, Ap"),
    nor after a party's short name."""
    if "," not in before:
        return False  # (most lines: the place after a comma)
    parts = _ENTRY_HEAD.split(text, maxsplit=1)
    head = parts[0].split()
    if len(parts) == 1 or len(head) != 2 or not head[0][:1].isupper() or \
            not head[0].isalpha() or not head[1].islower() or \
            not head[1].endswith(ORGANISATION_ENDINGS):
        return False
    last = before.rstrip().rsplit(",", 1)[1].split()
    return len(last) == 1 and last[0][:1].isupper() and last[0].isalpha() and \
        not is_party(last[0])


# Where a list line's first entry ends: its bracket or a separator.
_ENTRY_HEAD = lazy_regex(r"[,;(]")


# The word before a case number that a wrapped note leaves at a line's end.
_CASE_WORDS = frozenset({"sak", "saka", "saken", "sakene", "sakane", "saker"})


# Small words no entry ends with: a note cut at the margin ("…, Hilde Løvås, til" / "stede
# under sak 8") goes on in the line below.
_ENTRY_NEVER_ENDS = frozenset({"til", "fra", "frå", "under", "etter", "ved", "i"})
# The words a sentence on one person's presence ends a line with when the margin cut off
# its note ("Revisor Eva Dahl var til stede" / "under sak 3/26."): the note, opened by one
# of those small words, goes on in the line below.
_PRESENCE_ENDS = ("til stede", "til stades", "tilstede", "tilstades", "deltok", "møtte")


def _place_goes_on(before: str, first: str) -> bool:
    """Whether a line opened by the small word that ends an organisation's name
    ("kommune", "fylkeskommune", "forbund") finishes the place the line before ended
    with: "…, Siv Ås, Akershus" / "fylkeskommune". No entry starts with such a word."""
    last = before.rstrip().rsplit(" ", 1)[-1]
    return last[:1].isupper() and last.isalpha() and \
        first.rstrip(",.;:").endswith(ORGANISATION_ENDINGS)


def _open_sentence(before: str) -> bool:
    """A list line that ends inside a sentence after the list ("…. Per Bø forlot møtet")."""
    return not before.rstrip().endswith((".", "!", "?")) and \
        _SENTENCE_BREAK.search(before) is not None


# One person surname first on a line of its own, maybe with a role or a note in brackets:
# "Holm, Ante", "Dahl, Torjus (leder)", "Sara, Máret Ánne".
_INVERTED_SHAPE = lazy_regex(r"[A-ZÆØÅÁ][\w'-]+, [A-ZÆØÅÁ][\w'-]+(?: [A-ZÆØÅÁ][\w'-]+)?"
                             r"(?: \([^()]{1,40}\))?")


def _names_wrap_on(last: list[str], text: str) -> bool:
    """Whether a PDF wrapped a name at the margin in a list line: "…, ordfører Per" / "Olav
    Bråten" (a lone first name, then a first name and a surname: a double first name),
    "…, Mari Holm" / "Lønseth (H)" (a name of two words, then one word that is no first
    name before the person's parenthesis: a surname, as no entry is a lone surname) or
    "…, Marit" / "Hjelle Nygård (Stad kommune)" (a lone first name, then two words that
    are no first names before the parenthesis: a double surname)."""
    head = re.split(r"[,(]|\s+og\s+", text, maxsplit=1)[0].split()
    if not head or not head[0][:1].isupper() or not head[-1].isalpha():
        return False
    if len(last) >= 2 and len(head) == 1 and last[-1].casefold() in NAME_PARTICLES and \
            last[0][:1].isupper():
        return True  # "…, Tran Van" / "Minh (Fitjar)": no name ends at its particle
    if len(last) == 1 and len(head) == 2 and is_first_name(last[0]) and \
            head[1][:1].isupper() and text[len(" ".join(head)):].lstrip()[:1] == "(" and \
            not is_first_name(head[0]) and not is_first_name(head[1]):
        return True  # "…, Marit" / "Hjelle Nygård (Stad kommune)"
    if len(last) >= 1 and len(head) == 2 and last[-1][:1].isupper() and \
            (len(last) == 1 or not any(word[:1].isupper() for word in last[:-1])) and \
            is_first_name(last[-1]) and is_first_name(head[0]) and not is_first_name(head[1]):
        return True  # "ordfører Per" / "Olav Bråten"
    return len(last) == 2 and len(head) == 1 and is_first_name(last[0]) and \
        last[1][:1].isupper() and last[1].isalpha() and text[len(head[0]):].lstrip()[:1] == "(" \
        and not is_first_name(head[0])


def _lone_first_name(before: str, text: str) -> bool:
    """A list line that ends with a first name whose surname starts the next line.

    "…, Kari Ness (Voss), Mona" / "Lund (Kvam), …" and "… og Eirik" / "Langeland": the
    last entry above is one capitalised word (or two first names), and so is the first
    entry below. "Kari Holm, Asker" / "Ola Dahl, Bærum" are two entries (the line below
    starts with a name).
    """
    if "," not in before and ";" not in before and " og " not in before:
        return double_first_name_wrapped(before, text)
    if text.endswith(":"):
        return False  # "Tor Vik, Delta" / "Verneombud:": the next group's heading, no surname
    if "):" in text and "," not in text.partition("):")[0]:
        return False  # "Lise Berg, FO" / "BHT (utan røysterett): Per Sandvik": the next
        # group's label with its bracket before the colon and its people after it
    if "," in text and (uninverted(before.strip()) is not None or (
            _INVERTED_SHAPE.fullmatch(before.strip()) and
            _INVERTED_SHAPE.fullmatch(text.strip()))):
        return False  # "Nes, Kari" / "Bø, Per": one name per line, surname first (also
        # "Holm, Ante" / "Dahl, Torjus (leder)": two lines of the same form, two people)
    # (a group's label before it too: "…, Iveland. Fra Agder fylkeskommune: Geir" /
    # "Tjomsland (sak 19/26)")
    last = re.split(r"[,;:]|\bog\b", before.rstrip())[-1].split()
    # one capitalised word, maybe after a title ("…, personalsjef Wenche" / "Strøm"), or
    # two first names, also after a title ("… og Tom Martin" / "Hahtokari", "…,
    # fagansvarlig revisjon Ole Martin" / "Gjerde")
    two_first = len(last) >= 2 and all(is_first_name(word) for word in last[-2:]) and \
        not any(word[:1].isupper() for word in last[:-2])
    if last and _names_wrap_on(last, text):
        return True
    if not last or not last[-1][:1].isupper() or not last[-1].isalpha() or \
            (any(word[:1].isupper() for word in last[:-1]) and not two_first):
        return False
    head = re.split(r"[,(]|\s+og\s+", text, maxsplit=1)[0].split()
    return len(head) == 1 and head[0].rstrip(".")[:1].isupper()


def _list_goes_on(text: str) -> bool:
    """Whether a list line is cut off and continues on the next line.

    It ends with ",", ";", a hyphen or a word that links to what follows ("… og",
    "Berit Aune fra" / "Storvik kommune").
    """
    return text.rstrip().endswith(_GOES_ON)


_GOES_ON = (",", ";", "-", " og", " samt", " fra", " frå", " for", " i", " v/", " ved")


def _space_table_line(people: People, text: str, state: dict) -> bool:
    """A heading "Navn Funksjon Representerer" or a row under it; True if it was one."""
    columns = space_columns(text)
    if columns:
        state["space_columns"] = columns
        return True
    if "space_columns" not in state:
        return False
    known = [p.name for p in people.order]
    for entry in space_row_people(text, state["space_columns"], state["role"],
                                  state["attendance"], known):
        entry.organization = entry.organization or state.get("org")  # "Fra administrasjonen"
        stored = people.add(entry)
        if absent := substituted_for(entry.note):
            people.mark_absent(absent, stored)
    return True


# The list going on after a full stop: a name and a comma ("Therese Kjersem, nestleder"),
# and no sentence about who came ("Siv Lie, Tor Vik og Ane Moe var ikkje tilstades.").
# (also the list's last entry, a name alone to the end: "…, sekretær. Ola Vik")
_ENTRY_GOES_ON = lazy_regex(r"[A-ZÆØÅ][\w-]+(?:\s+[A-ZÆØÅ][\w.-]+){1,3}\s*(?:\([^()]*\)\s*)?"
                            r"(?:,|\.?$)")
# "… og Silje. Frida hadde …"; "…, Ann Moe AP. Vararepr. var forsøkt innkalt."; a group
# that came: "… og Kari Sand. Fra kommunen møtte Siv Holm."
# (not inside brackets: "Per Dahl (pva. Kari Holm)")
# (the full stop first, the look back over it: ``re`` skips to full stops in a tight loop)
# (not a title's full stop before a name: "Møteleder: dr. Per Moe", "prof. Eva Li")
# (nor before an organisation's group with its people after a colon, which the list goes
# on with: "… og Berit Mjelde. Frå Vestland fylkeskommune: Marit Hope (sekretær).")
_SENTENCE_BREAK = re.compile(r"\.(?:(?<=[a-zæøå)]\.)|(?<=[A-ZÆØÅ]{2}\.))"
                             r"(?<!\b[Dd]r\.)(?<!\b[Pp]rof\.)\s+"
                             r"(?!Fr[aå]\s+[A-ZÆØÅ][^.:;()]{1,50}:\s)"
                             r"(?=[A-ZÆØÅ][a-zæøå]+\s+"
                             r"(?:[A-ZÆØÅ]|(?:hadde|har|møtte|deltok|var)\b)|Vara\w*\.?\s|"
                             r"I\s+tillegg\s|Ingen\s|"
                             r"Fr[aå]\s+\w+(?:\s+\w+)?\s+(?:møtte|deltok)\s|"
                             # "… i sak 14/25. Under sak 15/25 deltok …": the items first
                             # ("… og Siv Ask. Etter sak 2 kom Tor Bø.": who came late)
                             r"(?:Under|I|På|Til|Fra|Frå|Etter)\s+sak\w*\s+[^.]{1,30}?\s+"
                             r"(?:møtte|deltok|kom)\s)(?![^()]*\))|"
                             r"\.(?<=\d\.)\s+(?=(?:Under|I|På|Til|Fra|Frå|Etter)\s+sak\w*\s+"
                             r"[^.]{1,30}?\s+(?:møtte|deltok|kom)\s)")


# A deputy's sentence after one member's absence, naming no seat: "Vara Eli Sund møtte."
# (also "Eli Sund møtte som vara.", and the verb in brackets: "Vara Eli Sund (møtte)"; a
# representantskap's "Vararepresentant Eli Sund møtte.")
_OWN_DEPUTY = lazy_regex(r"(?:Vara(?:medlem|representant)?\s*:?\s+"
                         r"(?P<came>[A-ZÆØÅ][\w.-]*(?:\s+[A-ZÆØÅ][\w.-]*){1,3}"
                         r"\s*(?:(?:\([^()]*\)\s*)?møtte|\(møtte\)))"
                         # whose seat, by a pronoun or the member's name, often the surname
                         # alone ("Vara Eli Sund møtte for Aas."): the one seat away
                         r"(?:\s+for\s+(?:ham|han|henne|hen|honom|[A-ZÆØÅ][\w-]*"
                         r"(?:\s+[A-ZÆØÅ][\w-]*){0,3}))?|(?P<named>[A-ZÆØÅ][\w.-]*"
                         r"(?:\s+[A-ZÆØÅ][\w.-]*){1,3}\s*(?:\([^()]*\))?)\s+møtte\s+som\s+"
                         r"vara(?:medlem)?)\s*\.?$")
_MORE_THAN_ONE = lazy_regex(r",|;|\s+og\s")  # a list of several people


def _chained_attendance(label: Label) -> list[Label]:
    """``chained_labels``, but an attendance list cut off at ". " before the next label
    keeps the stop of an organisation cut short that ends it ("Til stede: Kari Li, Ola
    Moe, Statsforv. Referent: Eva Lund"): the stop was the word's, not only the
    sentence's, and without it "Statsforv" reads as no organisation."""
    chain = chained_labels(label)
    if len(chain) < 2:
        # (the label itself when nothing was cut from it: "Til stede fra politiet: A, job;
        # B, job" is the group's line, as its label's own, whatever ";" it holds)
        # (``is`` first: ``chained_labels`` gives back the label itself when it cuts
        # nothing, and the dataclass's ``==`` builds and compares two tuples)
        return [label] if chain and (chain[0] is label or chain[0] == label) else chain
    return [Label(part.field, part.label, f"{part.value}.")
            if part.field in ATTENDANCE_FIELDS and part.value[-1:].isalpha() and
            f"{part.value}. " in label.value and ends_in_cut_org(part.value) else part
            for part in chain[:-1]] + chain[-1:]


def _one_seat_away(value: str, state: dict) -> bool:
    """Whether a deputy's sentence after a list ("Vara Eli Sund møtte.") can only be for
    one seat: a forfall list of one person ("Forfall: Tor Aas."), or a list of who came
    whose last person it says was away, once ("…, Per Berg, Tor Aas (forfall).")."""
    if state.get("attendance") is Attendance.ABSENT:
        # (one person with whom they represent is one seat too: "Forfall: Tor Aas, Dal
        # kommune.")
        return not _MORE_THAN_ONE.search(value) or \
            len(parse_line(value, state["role"], Attendance.ABSENT, state.get("org"))) == 1
    return value.rstrip(" .").endswith(_AWAY_AT_END) and \
        sum(value.count(word) for word in ABSENCE_NOUNS) == 1


def _entries_go_on(pieces: list[str]) -> int:
    """How many of the pieces after a list's first full stop go on with its entries
    ("Geir Ellingsen. John Alvin Olsen, Arild Martinsen."), before a sentence about
    someone ("Fridtjof Nordnes var invitert …")."""
    run = 0
    for piece in pieces:
        entry = _ENTRY_GOES_ON.match(piece)
        if entry is None or SAYS_WHO_CAME.search(piece) or (
                entry.group(0)[-1:] != "," and not _opens_with_person(piece)):
            break  # (a last name alone must open with a first name: "Ola Vik", not the
            # heading "Utval Møtedato" of a table after the list)
        run += 1
    return run


def _opens_with_person(piece: str) -> bool:
    """Whether a last entry after a list's full stop opens with a person: a first name
    ("Ola Vik."), or a job title with a name after it ("Daglig leder Tor Bøe. Fagsjef
    Live Haugan."), as administration lists write each person with their job."""
    words = piece.split(None, 3)
    return is_first_name(words[0]) or (len(words) == 3 and is_job_title(words[0]))


# The items a group's sentence ends with, said of everyone it names: "… under sak 2"
def _sentence_ends_before(text: str, end: int) -> bool:
    """Whether a sentence ends in ``text`` before ``end``: "Frå administrasjonen møtte A og
    B. Styreleiar C var til stades under sak 2." says when C came, not the two before him
    (a full stop, a space and a capital; "kl. 10" and "bl.a." go on)."""
    cut = text.find(". ", 0, end)
    while cut >= 0:
        if text[cut + 2:cut + 3].isupper():
            return True
        cut = text.find(". ", cut + 2, end)
    return False


_FOR_ITEMS_AT_END = lazy_regex(r"\s+(?P<note>(?:under|i|på|fra|frå|til|etter)\s+"
                               r"(?:sak|saka|saker|sakene|sakane|"
                               # a case named by its subject: "under budsjettsaken"
                               r"[a-zæøå]{3,}sak(?:en|a)|den\s+første\s+sak(?:en|a))\b[^,]*?)"
                               r"\s*\.?$")


# "Referent var Eva Lund.", "Skrivar var Jorunn Tveit, sekretariatet.": who wrote, told in a
# sentence after the attendance list.
_WRITER_SENTENCE = lazy_regex(r"(?i:referent|skrivar|skriver|sekretær|møtesekretær|"
                              r"protokollfører|protokollførar)\s+(?i:var|ble|blei|vart)\s+"
                              r"(?P<names>[A-ZÆØÅ][\w-]+\s+[A-ZÆØÅ][^.]*?)\s*\.?$")
# The writer's label as a sentence of a paragraph: "Referent: Per Ås, rådgjevar i Vik
# kommune." after "Kari Dahl leia møtet." (one person, with her job and place).
_WRITER_LABEL_SENTENCE = lazy_regex(r"^(?i:referent|skrivar|skriver|sekretær|protokollfører|"
                                    r"protokollførar)\s*:\s*(?P<rest>[A-ZÆØÅ][^:]*?)\s*\.?$")


def _writer_labelled(people: People, sentence: str) -> bool:
    """Add the one writer a label sentence names, with the organisation of her job after
    the comma, where the sentence stands (the order of first appearance); False when the
    sentence is no such label or names more or other than one person."""
    label = _WRITER_LABEL_SENTENCE.match(sentence)
    if label is None:
        return False
    entries = parse_line(label.group("rest"), ParticipantRole.SECRETARY, Attendance.PRESENT)
    if len(entries) != 1 or not looks_like_name(entries[0].name):
        return False
    people.add(entries[0])
    return True


# "Til stede fra styret var Kari Holm og Per Dahl.", nynorsk "Til stades frå
# arbeidsutvalet var …": a group's sentence with its verb after it, as "Fra styret møtte …".
_PRESENT_FROM_GROUP = lazy_regex(r"^(?i:til\s*stede|til\s*stades)\s+(?P<from>(?i:fra|frå)\s+"
                                 r"[\w-]+(?:\s+[\w-]+){0,4}?)\s+var\s+(?:også\s+|òg\s+)?"
                                 r"(?P<people>[A-ZÆØÅ].*)$")


# "Ellers møtte Kjell Bratli, Ragnhild Stene og Olav Mjøen.", nynorsk "Elles møtte …":
# the others who came, in a sentence of running prose.
_REST_PRESENT = lazy_regex(r"^(?:ellers|elles)\s+(?:møtte|deltok|var\s+til\s+stede|"
                           r"var\s+til\s+stades)\s+(?P<names>[A-ZÆØÅ][^.]+?)\s*\.?$", re.I)


def _items_first_role(note: str) -> ParticipantRole:
    """The role of those an items-first sentence names: "Fra sak 3 møtte Tor Bø." says
    when he came, and he stayed from then on, a member come late (as "Fra kl. 11.00 møtte
    også Ola Moe."); "Under sak 15/25 deltok Eva Ruud", "I sak 3 møtte Per Dahl" name
    those there for those items alone, guests who came to present them."""
    return ParticipantRole.MEMBER if note[:4].casefold() in _FROM_OPENERS else \
        ParticipantRole.GUEST


# A full stop and a capital after it: where a group's sentence may end and another begin.
_STOP_THEN_CAPITAL = lazy_regex(r"(?<=[a-zæøå)]\.)\s+(?=[A-ZÆØÅ])")
# The verb of a sentence on who came after such a stop: "Revisor Eva Dahl deltok under …"
_TELLS_WHO_CAME = lazy_regex(r"\s(?:møtte|deltok|deltek|kom|forlot|gikk|gjekk|var\s+til\s+"
                             r"stede|var\s+til\s+stades|var\s+invitert|var\s+gjest)\b")


def _names_then_sentences(names: str) -> tuple[str, list[str]]:
    """The people of a group's sentence or list and the sentence on who came a paragraph
    runs on with after them: "daglig leder Jon Vik og controller Kjetil Moe, som førte
    protokollen. Oppdragsansvarlig revisor Eva Dahl fra Revisjon Nord IKS deltok under sak
    3." The stop must end a word in lower case (a clause's, not a name's or a place's:
    "… Per Dahl. Kari Holm", "… Hovland, Leikanger. I hennar stad …" stay), and the words
    after it must tell who came (``_TELLS_WHO_CAME``)."""
    for stop in _STOP_THEN_CAPITAL.finditer(names):
        # (also a bracket's last word: "… og Gro Lunde (kasserer). Kultursjef …")
        word = names[:stop.start()].rsplit(None, 1)[-1][:-1].strip("()")
        if len(word) >= 4 and word.isalpha() and word.islower() and \
                _TELLS_WHO_CAME.search(names, stop.end()):
            return names[:stop.start()], [names[stop.end():]]
    return names, []


def _board_at_owners(group: str, body: str | None, people: People, also: bool) -> bool:
    """Whether "Fra styret møtte …" names the company's board at a meeting of its owners
    or of a control body it answers to (``_OWNERS_BODY``), where it sits as no member."""
    return group.casefold() == "styret" and bool(body) and \
        (_OWNERS_BODY.search(body.casefold()) is not None or
         # (the annual meeting it reports to: "Fra styret møtte også styreleder X, som la
         # fram årsmeldingen." at a council's årsmøte of the owners' representatives,
         # named above it or come "også", besides them; at a club's årsmøte whose members
         # are only counted, "Til stede: 27 medlemmer. Fra styret møtte A (styreleder) og B
         # (kasserer).", the board are the members named, as under "Fra styret møtte:")
         (body.casefold().startswith(("årsmøte", "årsmøtet")) and
          (also or any(person.role == ParticipantRole.MEMBER for person in people.order))))


# One invited to the meeting, who came: "Kultursjef Trine Moe fra Hestnes kommune var
# invitert som gjest.", "Eva Dahl (KS) var invitert." (a guest; not "… var invitert til
# neste møte", an invitation still to come)
_INVITED_GUEST = lazy_regex(r"^(?P<who>(?:[\wæøå-]+\s+){0,2}[A-ZÆØÅ][\w-]+"
                            r"(?:\s+[A-ZÆØÅ][\w-]+){1,3}(?:\s+(?:fra|frå)\s+[A-ZÆØÅ][^.,]{1,50}|\s*\([^()]{2,50}\))?)\s+"
                            r"(?:var|ble|vart)\s+invitert(?:\s+som\s+gjest)?\s*\.?$")


def _add_attended(people: People, sentence: str) -> bool:
    """Add whom a sentence says attended, chaired or sent apologies; True if it said so."""
    if sentence[:3].casefold() == "til" and (present := _PRESENT_FROM_GROUP.match(sentence)):
        sentence = f"{present['from']} møtte {present['people']}"  # the same group's sentence
    group = sentence[:4].casefold() in {"fra ", "frå "} and _FROM_GROUP_MET.match(sentence)
    if group:  # "Fra Kontrollkomiteen møtte Harold Jenssen, Øyvind Bjurbeck og Olav Sørebø."
        label = match_label(f"Fra {group.group('group')}:")
        role = field_role(label.field) if label and label.field in ATTENDANCE_FIELDS else \
            ParticipantRole.GUEST
        names, *others = _NEXT_GROUP_MET.split(group.group("people"), maxsplit=1)
        names, after = _names_then_sentences(names) if ". " in names else (names, [])
        # (a partner's heading, "Fra NAV:", names whom its people come from)
        partner = label is not None and is_partner_group(label.label)
        own = bool(people.body) and group.group("group").casefold() == people.body.casefold()
        if own:
            # "Frå arbeidsutvalet møtte Olav Sæle og Gro Hatlem" in the arbeidsutval's
            # own notes: its members, whom the body's name gives no organisation
            role, partner = ParticipantRole.MEMBER, False
        board = not own and _board_at_owners(group.group("group"), people.body, people,
                                             " også " in sentence[:40])
        if board:
            # "Fra styret møtte styreleder Eva Lund og nestleder Per Dahl." at the
            # representantskap: the board comes to report, all of it guests there (the
            # group's label, read again, would make its "nestleder" a member)
            role = ParticipantRole.GUEST
        org = group.group("group") if partner else None
        if org is None and not own and (staff := _STAFF_LABEL.match(group["group"].casefold())):
            org = _staff_org(staff["staff"])  # "Fra administrasjonen møtte …", as its label
        state = {"role": role or ParticipantRole.GUEST, "org": org,
                 "attendance": Attendance.PRESENT}
        if " sak" in names and names.rstrip(" .")[-1:] != ")" and \
                (items := _FOR_ITEMS_AT_END.search(names)):
            # "Fra NAV deltok Ola Berg og Anne Vik under sak 2.": both, for that item
            names, state["note"] = names[:items.start()], items.group("note")
            # (a bracket closing the sentence is the last one's: "… og styreleder Bente
            # Liland (til stede under sak 7/26 og 8/26).", read by the list as her note)
        if " som " in names and (guest := _AS_GUEST.search(names)):
            # "Fra idrettskretsen møtte Tove Sand som observatør.": a guest, as the group's
            names, state["role"] = names[:guest.start()], ParticipantRole.GUEST
        _add_list(people, names if own or board else f"Fra {group.group('group')}: {names}",
                  state)
        for other in others:  # "…, fra Sørby kommune møtte Eva Berg": the next group's
            _add_attended(people, other)
        for sentence in after:  # "… Kjetil Moe, som førte protokollen. Revisor Eva Dahl
            # deltok under sak 3.": a sentence of its own after the group's
            if not _note_sentences(people, sentence, sentence.lower()):
                _add_attended(people, sentence)
        return True
    chair = chair_sentence(sentence)
    if chair is not None:
        people.add(chair)
        return True
    writer = _WRITER_SENTENCE.match(sentence) if sentence[:1] in "RrSsMmPp" else None
    if writer:  # "Referent var Eva Lund." after the list: she came, and wrote, in this order
        _add_list(people, writer.group("names"), {"role": ParticipantRole.SECRETARY,
                                                  "org": None, "attendance": Attendance.PRESENT})
        return True
    if sentence[:1] in "RrSsPp" and ":" in sentence[:16] and _writer_labelled(people, sentence):
        return True  # "Kari Dahl leia møtet. Referent: Per Ås, rådgjevar i Vik kommune."
    also = ALSO_PRESENT.match(sentence) if sentence[:1] in "IiDdOo" else None
    if also:  # "I tillegg var A, B og C tilstades under sak 1.": guests, maybe for a while
        state = {"role": ParticipantRole.GUEST, "org": None, "attendance": Attendance.PRESENT}
        if also.group("note"):
            state["note"] = also.group("note")
        _add_list(people, also.group("names"), state)
        return True
    rest = _REST_PRESENT.match(sentence) if sentence[:3] in ("Ell", "ell") else None
    if rest:  # "Møtet ble ledet av Aud Rønning. Ellers møtte A, B og C.": the rest of the
        # body when only the chair (or no one) came before, else others beside the members
        members = all(p.role is ParticipantRole.CHAIR or p.attendance is not Attendance.PRESENT
                      for p in people.order)
        _add_list(people, rest.group("names"),
                  {"role": ParticipantRole.MEMBER if members else ParticipantRole.GUEST,
                   "org": None, "attendance": Attendance.PRESENT})
        return True
    first = sentence[:1]
    items_first = ITEMS_THEN_PRESENT.match(sentence) if first in "UuIiPpTtFf" and \
        " sak" in sentence[:12] else None
    if items_first:  # "Under sak 15/25 deltok Eva Ruud frå KS.": guests for those items
        note = items_first.group("note")
        _add_list(people, items_first.group("names"),
                  {"role": _items_first_role(note), "org": None,
                   "attendance": Attendance.PRESENT, "note": note})
        return True
    if ("vara" in sentence.lower() or "møtte for " in sentence or "på vegne av" in sentence or
            "fullmakt fr" in sentence) and _substitute_sentence(people, sentence.rstrip(" .")):
        return True  # before the absence list: "X møtte for Y, som hadde forfall."
    if _has_channel_word(sentence.lower()) and _took_part_by(people, sentence.rstrip(" .")):
        return True  # "Ola Dale og Siv Moe deltok på Teams."
    everyone = _ALL_BUT.match(sentence) if sentence[:4].casefold() == "alle" else None
    if everyone and everyone.group("verb"):  # "Alle styremedlemmer møtte unntatt Kari Nes."
        # (before the absence lists: "… unntatt Ola Berg, som hadde meldt forfall." names
        # one who stayed away, not "Alle … Ola Berg, som" as the list)
        _add_list(people, everyone.group("names"), {"role": ParticipantRole.MEMBER, "org": None,
                                                    "attendance": Attendance.ABSENT})
        return True
    away = _AWAY_LIST.match(sentence) if " var " in sentence or "møtte" in sentence or \
        "forfall" in sentence or "fråvær" in sentence or "fravær" in sentence or \
        "fråfall" in sentence else None
    if away is None and "orfall" in sentence and (" fra " in sentence or " frå " in sentence):
        away = _AWAY_FROM.match(sentence)  # "Forfall var meldt fra Eli Sund og Per Dahl."
        if away is not None:
            _add_list(people, away.group("names"), {"role": ParticipantRole.MEMBER,
                                                    "org": None, "attendance": Attendance.ABSENT})
            return True
    if away and deputy_stayed_away(sentence):
        # "Siri Moe, Bøen kommune – forfall, vara Tone Brekke møtte ikke": the verb is the
        # deputy's, the member's absence is said before it; both away, as a list reads it
        _add_list(people, sentence.rstrip(" ."), {"role": ParticipantRole.MEMBER, "org": None,
                                                  "attendance": Attendance.ABSENT})
        return True
    if away and ("," in away.group("names") or " og " in away.group("names") or
                 "(" in away.group("names")):
        # "Svein Sæther, Knut Klashaugen og Rita Randen var ikkje tilstades."; one person
        # with whom she represents: "Eli Sund (Aby) hadde meldt forfall."
        _add_list(people, away.group("names"), {"role": ParticipantRole.MEMBER, "org": None,
                                                "attendance": Attendance.ABSENT})
        return True
    if ", og " in sentence:  # "Ingunn Kleven har meldt forfall, og Trond Paaske møtte ikke."
        parts = sentence.rstrip(".").split(", og ")
        if all(attended_sentence(part) for part in parts):
            return all(_add_attended(people, part) for part in parts)
    invited = _INVITED_GUEST.match(sentence) if "invitert" in sentence else None
    if invited:  # "Kultursjef Trine Moe fra Hestnes kommune var invitert som gjest."
        _add_list(people, invited.group("who"), {"role": ParticipantRole.GUEST, "org": None,
                                                 "attendance": Attendance.PRESENT})
        return True
    attended = attended_sentence(sentence)
    if attended is None:
        return False
    name, attendance = attended
    deputy = " vara" in sentence or sentence[:4].casefold() == "vara"  # "Vara X møtte."
    role = ParticipantRole.GUEST if attendance is Attendance.PRESENT and not deputy \
        else ParticipantRole.MEMBER  # "X møtte som vara." is a member
    people.add(Entry(name=name, role=role, attendance=attendance,
                     first_name_only=" " not in name))  # "Frida hadde meldt forfall."
    return True


# Everyone came but the people named: "Alle møtte, unntatt Kari Nes og Per Bø."
# (under a present label without the verb: "Til stede: Alle styremedlemmer unntatt Kari Nes")
_ALL_BUT = lazy_regex(r"^alle(?:\s+[\wæøå-]+){0,2}?(?P<verb>\s+(?:møtte|deltok|"
                      r"var\s+(?:til\s*stede|til\s*stades|på\s+plass)))?\s*,?\s+(?:unntatt|untatt|unnateke|unnateken|"
                      r"utenom|utanom|med\s+unntak\s+av|bortsett\s+fr[aå])\s+"
                      r"(?P<names>(?-i:[A-ZÆØÅ])[^.:;]{2,200}?)\s*\.?$", re.I)
# A sentence naming a substitute and whose seat they took: "Per Lie møtte som vara for Ola
# Dale.", "Vara Per Lie (Sp) møtte for Ola Dale (Sp).", the seat's place after a comma as a
# list entry writes it ("Per Lie møtte for Ola Dale, Åmli.")
_PERSON = r"[A-ZÆØÅ][\w.-]*(?:\s+[A-ZÆØÅ][\w.-]*){1,3}"
_MET_IN_SEAT = lazy_regex(
    rf"^(?:[Vv]ara(?:medlem)?\s+)?(?P<name>{_PERSON})\s*(?:\((?P<paren>[^()]*)\)\s*)?møtte\s+"
    rf"(?:som\s+vara(?:medlem)?\s+)?(?:for|på\s+vegne\s+av|"
    # an owner's delegate by proxy: "Lars Helle møtte ved fullmakt frå ordførar Astrid
    # Gjerde, Austvik kommune." (the mayor who gave it away, her seat his)
    r"(?:ved|med|etter)\s+fullmakt\s+(?:fra|frå)(?:\s+(?:vara)?(?:ordfører|ordførar))?)"
    rf"\s+(?P<absent>{_PERSON})\s*"
    r"(?:\((?P<absent_paren>[^()]*)\)|\s*,\s*(?P<absent_place>[A-ZÆØÅ][\w-]*(?:\s+[\w-]+){0,3}))?"
    rf"(?:\s*,\s*som\s+{ABSENCE_VERB})?$")
# Where the deputy's clause starts after the member's: ", vara …", ", og hans vara …".
_DEPUTY_JOIN = lazy_regex(r",\s+(?:og\s+)?(?:(?:hans|hennes|hennar)\s+)?(?=vara(?:medlem)?\s)",
                          re.I)
_IN_THEIR_SEAT = lazy_regex(r"\s+(?:i\s+(?:hans|hennes|hennar)\s+(?:sted|stad)|"
                            r"for\s+(?:ham|han|henne|hen))$")
# How someone took part: "Ola Dale og Siv Moe deltok på Teams.", "Kari Nes møtte digitalt."
# (a comma before the verb makes it a list entry with its note: "Ola Dale, deltok digitalt",
# whose role is the list's)
_CHANNEL_WORDS = ("teams", "telefon", "digitalt", "video", "zoom", "skype")
_has_channel_word = contains_any(_CHANNEL_WORDS)


def _is_channel_paren(paren: str) -> bool:
    """Whether a bracket after a name says only how the person took part from afar
    ("(Teams)", "(digitalt)", "(på Teams)", "(via Zoom)"): a note, never whom the person
    represents."""
    words = paren.casefold().split()
    return 0 < len(words) <= 2 and words[-1] in _CHANNEL_WORDS and \
        (len(words) == 1 or words[0] in ("på", "via", "per", "over"))
_TOOK_PART_BY = lazy_regex(
    r"^(?P<names>[A-ZÆØÅ][^.:;()]{2,200}?)(?<![-–—,])\s+(?:deltok|møtte|var\s+med)\s+"
    r"(?P<how>(?:på|via|per)\s+(?:Teams|teams|telefon|video|Zoom|zoom|Skype|skype)|digitalt)$")


def _took_part_by(people: People, sentence: str) -> bool:
    """ "Ola Dale og Siv Moe deltok på Teams.": present, with those words as the note (the
    list above may name them already)."""
    found = _TOOK_PART_BY.match(sentence)
    if found is None:
        return False
    entries = parse_line(found.group("names"), ParticipantRole.GUEST, Attendance.PRESENT)
    if not entries or len(" ".join(e.name for e in entries)) < 0.6 * len(found.group("names")):
        return False
    for entry in entries:
        known = people.find(entry.name)
        if known is not None and known.note is None:
            known.note = found.group("how")
        elif known is None:
            entry.note = found.group("how")
            people.add(entry)
    return True


def _substitute_sentence(people: People, sentence: str) -> bool:
    """A sentence on a deputy who came in a member's seat: "Per Lie møtte som vara for Ola
    Dale (, som hadde forfall)", "Jon Vik hadde meldt forfall, (og) vara Tor Lund møtte (i
    hans sted)". The deputy is present with the note "for <member>", the member away."""
    seat = _MET_IN_SEAT.match(sentence) if " for " in sentence or " av " in sentence or \
        " fullmakt " in sentence else None
    if seat and looks_like_name(seat.group("name")) and looks_like_name(seat.group("absent")):
        absent = seat.group("absent")
        deputy = people.add(Entry(name=seat.group("name"), role=ParticipantRole.MEMBER,
                                  attendance=Attendance.PRESENT, note=f"for {absent}",
                                  organization=_paren_place(seat.group("paren"))))
        people.mark_absent(absent, deputy)
        if (place := _paren_place(seat.group("absent_paren") or seat.group("absent_place"))) and \
                (member := people.find(absent)) is not None and member.organization is None:
            member.organization = place
            if deputy is not None:
                share_seat(deputy, member)
        return True
    pronoun = _MET_FOR_PRONOUN.match(sentence) if sentence.endswith(_PRONOUN_ENDS) else None
    if pronoun and people.order and people.order[-1].attendance == Attendance.ABSENT:
        # "Ingebjørg Ness, Luster." / "Varaordførar Anders Kvam møtte for henne.": the
        # pronoun is the member named last, away
        member = people.order[-1]
        deputy = people.add(Entry(name=pronoun.group("name"), role=ParticipantRole.MEMBER,
                                  attendance=Attendance.PRESENT, note=f"for {member.name}"))
        if deputy is not None:
            share_seat(deputy, member)
        return True
    return _deputy_came(people, sentence)


# A deputy's sentence with a pronoun for the member: "Vara Anders Kvam møtte for henne".
_PRONOUN_ENDS = (" ham", " han", " henne", " hen", " honom", " ho")
_MET_FOR_PRONOUN = lazy_regex(r"(?:[Vv]ara[\wæøå]*\s+)?(?P<name>[A-ZÆØÅ][\w.-]*"
                              r"(?:\s+[A-ZÆØÅ][\w.-]*){1,3})\s+møtte\s+(?:som\s+vara"
                              r"(?:medlem)?\s+)?for\s+(?:ham|han|henne|hen|honom|ho)$")


def _paren_place(paren: str | None) -> str | None:
    """Whom a bracket after a name in a substitute's sentence says the person represents
    ("Per Lie (Sp) møtte for …", "(Zby)"); not a role or a note ("(leder)", "(sak 3)").
    A job before a comma is no part of it: "(rådgiver, Hol kommune)" → "Hol kommune", also
    one the role words do not list ("(IKT-sjef, Nome kommune)", "(økonomisjef, Bø kommune)"),
    nor one after it: "(Modum, HMS-rådgiver)" → "Modum"."""
    if paren and ", " in paren:
        job = paren.split(", ", 1)
        if is_role_word(job[0]) or is_job_title(job[0]):
            paren = job[1]
        elif is_role_word(job[1]) or is_job_title(job[1]):
            paren = job[0]
    if not paren or not paren[:1].isupper() or is_role_word(paren) or \
            sum(word not in NAME_LINKS for word in paren.split()) > 4 or \
            any(ch.isdigit() for ch in paren):
        return None
    return paren


def _deputy_came(people: People, sentence: str) -> bool:
    """ "Jon Vik hadde meldt forfall, vara Tor Lund møtte": the member away, and the
    deputy who came in their seat (present, "for Jon Vik")."""
    join = _DEPUTY_JOIN.search(sentence)
    if join is None:
        return False
    came_part = _IN_THEIR_SEAT.sub("", sentence[join.end():])
    away, came = attended_sentence(sentence[:join.start()]), attended_sentence(came_part)
    if away is None or came is None or away[1] is not Attendance.ABSENT or \
            came[1] is not Attendance.PRESENT:
        return False
    people.add(Entry(name=away[0], role=ParticipantRole.MEMBER, attendance=Attendance.ABSENT))
    people.add(Entry(name=came[0], role=ParticipantRole.MEMBER, attendance=Attendance.PRESENT,
                     note=f"for {away[0]}"))
    return True


# The next group of the same sentence: "Fra Nordby kommune møtte Kari Holm og Per Dahl,
# fra Sørby kommune møtte Eva Berg."
_NEXT_GROUP_MET = lazy_regex(r"\s*[,;]\s*(?:og\s+)?(?=(?:fra|frå)\s+[A-ZÆØÅ][^,;]{0,60}?\s+"
                             r"(?:møtte|deltok)\s)")
# A sentence that names those who sent apologies after the word: "Forfall var meldt fra
# Eli Sund og Per Dahl.", "Det var meldt forfall frå Kari Holm.", "Meldt forfall fra …".
_AWAY_FROM = lazy_regex(r"^(?:(?:Det\s+)?(?:var|er|ble|blei|vart|hadde)\s+(?:det\s+)?"
                        r"(?:kommet\s+|kome\s+|også\s+)?(?:meldt\s+|melde\s+)?forfall|"
                        r"(?:Meldt\s+)?[Ff]orfall\s+(?:var|er|ble|blei|vart)\s+(?:også\s+)?"
                        r"(?:meldt|melde|melda|innmeldt)|Meldt\s+forfall|Forfall)\s+(?:fra|frå)\s+"
                        r"(?P<names>[A-ZÆØÅ][^.:;]{2,200}?)\s*\.?$")
# Several people who did not come, in one sentence.
_AWAY_LIST = lazy_regex(rf"^(?P<names>[A-ZÆØÅ][^.:;]{{3,200}}?)\s+{ABSENCE_VERB}\s*\.?$")
# A group named by its own capitalised name, then people's names: "Fra sak 3 møtte også …"
# (lower case) is partial attendance, read elsewhere.
# The capacity a group's sentence ends with, that of a guest: "… som observatør".
_AS_GUEST = lazy_regex(r"\s+som\s+(?:observatør\w*|gjest\w*|tilhører\w*|tilhørar\w*)$")
_FROM_GROUP_MET = lazy_regex(r"^(?i:fra|frå)\s+(?P<group>[A-ZÆØÅ][\w-]*(?:\s+[\w-]+){0,4}?|"
                             r"styret|administrasjonen|sekretariatet|kommunene|kommunane|"
                             # (a body's compound name too: "Frå arbeidsutvalet møtte …")
                             r"[a-zæøå-]*(?:rådet|utvalget|utvalet|gruppa|gruppen|nettverket)|"
                             # (and a municipality by its part: "Fra vertskommunen deltok …")
                             r"revisjonen|skolen|skulen|[a-zæøå-]*kommunen|"
                             r"fylkeskommunen)\s+"
                             # ("… møtte også rådgiver Jon Vik og Eva Lie")
                             r"(?:møtte|deltok|var\s+til\s+stede)\s+(?:også\s+|òg\s+)?"
                             # (a job of two words first: "administrerende direktør Eva Li")
                             r"(?P<people>[A-ZÆØÅ].*?|[a-zæøå.]+(?:\s+[a-zæøå]+)?\s+"
                             r"[A-ZÆØÅ].*?)\.?$")


def join_wrapped(parts: list[str]) -> str:
    """Lines of one list joined; a word broken with a hyphen ("Brå-" / "then") is rejoined."""
    text = parts[0]
    for part in parts[1:]:
        text = join_at_hyphen(text, part) or f"{text} {part}"
    return text


# The body's own staff as a group label (``STAFF_NOUNS``, or "adm." for short): whom those
# under it represent ("Fra kommunen:" in a municipal council's minutes, as "Fra
# fylkeskommunen:" names its organisation).
# ("Møtende fra administrasjonen:", "Følgende fra administrasjonen møtte:" the same)
_STAFF_LABEL = re.compile(r"^(?:(?:møtende|møtande|følgende|følgjande|til stede|til stades|"
                          r"deltok|deltakere|deltakarar)\s+)?"
                          rf"(?:(?:fra|frå)\s+)?(?P<staff>{'|'.join(STAFF_NOUNS)}|adm\.?)"
                          r"(?:\s+møtte)?$")


def _staff_org(staff: str) -> str:
    """The organisation a staff label names, the abbreviation written out: "Fra adm.:"
    and "Adm.:" are the administration as "Fra administrasjonen:" is, and an organisation
    reads the same whichever way the label was typed."""
    return "administrasjonen" if staff.startswith("adm") and len(staff) <= 4 else staff


# "… Ola Dahl. Storvik: Berit Aune", "… Fred Kuyper; fra arbeidsgruppe X: Per Lie",
# "Ås: Kari Nes, Ola Dahl; Frogn: Per Bø"
# (not a deputy's label: "Kari Holm, forfall. Vara: Eli Sund" is one seat)
_NEXT_GROUP = re.compile(r"(?<=\.)\s+(?!Vara\w*\s*:)(?=[A-ZÆØÅ][\w .-]{1,40}:\s)|"
                         r";\s+(?=(?:fra|frå)\s[\w .-]{2,40}:\s|[A-ZÆØÅ][\w .-]{1,40}:\s)|"
                         # "… Høgskolen i Østfold Fra UHRs sekretariat: …" (a PDF's lines run on)
                         r"\s+(?=(?:Fra|Frå)\s[\w .-]{2,40}:\s)")


def _is_municipality(org: str | None) -> bool:
    """Whether a group heading names a municipality or county: in a council of
    municipalities that, not a member's party, is whom the member represents."""
    return bool(org) and "kommune" in org


_IN_THE_PRESENCE_OF = lazy_regex(r"\bmed\s+(?:tilstedeværelse|deltakelse|deltaking)\s+"
                                 r"(?:av|frå|fra)\s+(?P<names>[A-ZÆØÅ][^.;:]{2,300})")


# Before the colon of a deputy's line: "Møtt for Kari Holm: Per Dahl", "Vara for X: Y",
# "I staden for X: Y" (the verb the note leaves out: "møtt", "møtande").
_MET_WORD = lazy_regex(r"^(?:møtt|møtte|møtende|møtande)\s+(?=(?:som\s+)?(?:vara\w*\s+)?for\s)",
                       re.I)


# Words saying a person did not come ("møtte ikke", "ikkje møtt", "forfall", "fråvær").
_AWAY_WORDS = ("ikke", "ikkje", *ABSENCE_NOUNS)


def _says_away(text: str) -> bool:
    """Whether an entry's own words say the person stayed away."""
    lowered = text.lower()
    return any(word in lowered for word in _AWAY_WORDS)


def _seat_taken(group: str) -> str | None:
    """Whose seat the people after a group label took, when the label says so ("Møtt for
    Kari Holm:"): they came for that member, who did not. None for any other group."""
    if " for " not in group and group[:4].casefold() != "for ":
        return None
    said = _MET_WORD.sub("", group.strip(), count=1)
    absent = substituted_for(said[:-6] if said.endswith(" møtte") else said)  # "… X møtte:"
    if absent is None or not looks_like_name(absent) or (
            said[:4].casefold() == "for " and not is_first_name(absent.split()[0])):
        return None  # "Vara for Nordby kommune:", "For Nordby Sp:": a seat's group
    return absent


# "Sørvik – Per Lund (ordfører), Eli Sæther (kommunedirektør)": a place, a dash and its
# people, as "Sørvik: …" is written
_PLACE_DASH = lazy_regex(r"^(?P<place>[A-ZÆØÅ][\w-]*(?:\s+(?:[A-ZÆØÅ][\w-]*|kommune|"
                         r"fylkeskommune|herad)){0,2})\s+[–—-]\s+(?P<rest>.+)$")
_PERSON_START = lazy_regex(r"[A-ZÆØÅ][\w.-]*\s+[A-ZÆØÅ]")


def _place_then_people(text: str) -> tuple[str, str] | None:
    """(place, people) for a line that names a place, a dash, then several people; None
    when the line starts with a person ("Per Lund – Sørvik, leder") or names one only
    (that reads as it did: "Sørvik – Per Lund")."""
    if " – " not in text and " - " not in text and " — " not in text:
        return None
    found = _PLACE_DASH.match(text)
    if found is None or is_first_name(found.group("place").split(" ", 1)[0]):
        return None
    pieces = [piece.strip() for piece in _COMMA_OR_OG.split(_BRACKETED.sub("", found["rest"]))]
    if len(pieces) < 2 or not all(_PERSON_START.match(piece) and looks_like_name(piece)
                                  for piece in pieces):
        return None
    return found.group("place"), found.group("rest")


_BRACKETED = lazy_regex(r"\s*\([^()]*\)")
# Two surnames split by a slash, as a municipality's mayor and chief executive are listed
# ("Bekkelund/Sæther"), and the whole line that names the municipality before them.
_SURNAME = r"[A-ZÆØÅ][a-zæøå]+(?:-[A-ZÆØÅ][a-zæøå]+)?"
# (each may carry its role in brackets: "Bekkelund (leder)/Sæther")
_PAIR_PAREN = r"(?:\s*\([^()/]{1,30}\))?"
_SURNAME_PAIR = lazy_regex(rf"({_SURNAME})\s*(?:\(([^()/]{{1,30}})\))?\s*/\s*"
                           rf"({_SURNAME})\s*(?:\(([^()/]{{1,30}})\))?")
_SURNAME_PAIR_LINE = lazy_regex(rf"[A-ZÆØÅ][\w .-]{{0,40}}:\s*{_SURNAME}{_PAIR_PAREN}\s*/\s*"
                                rf"{_SURNAME}{_PAIR_PAREN}\.?")


def _surname_pair_lines(lines: list[Line], indexes: Iterable[int]) -> int:
    """How many attendance lines name a place and two surnames ("Granstad: Bekkelund/
    Sæther"): only several such lines make a list of pairs; one alone may be anything."""
    return sum(1 for i in indexes if "/" in lines[i].body and
               _SURNAME_PAIR_LINE.fullmatch(lines[i].body.strip()))


def _inverted_person_line(lines: list[Line], indexes: Iterable[int]) -> bool:
    """Whether an attendance line names one person surname first by the strict reading
    ("Nymo, Sigve (nestleder)": a first name known here after the comma). Such a list is
    of people, so its other lines in the same form are people too ("Holm, Ante (leder)",
    "Bakkevik, Torjus"), where alone they could be two places ("Hamar, Løten")."""
    for i in indexes:
        body = lines[i].body
        if ", " in body and body[:1].isupper() and len(body) < _INVERTED_LINE_MAX and \
                uninverted(body.split("(", 1)[0].strip(" .")) is not None:
            return True
    return False


_INVERTED_LINE_MAX = 80  # "Surname, Given Names (a role or a note)"


def _inverted_in_list(text: str, org: str | None, role: ParticipantRole | None,
                      attendance: Attendance) -> list[Entry]:
    """The one person of a list line written surname first whose first name the list of
    first names lacks ("Holm, Ante (leder)"), in a list that names people so
    (``_inverted_person_line``): read as "Ante Holm (leder)", named as written; none when
    the line is no such pair."""
    head, bracket, paren = text.strip(" .").partition("(")
    head = head.strip()
    if len(head) >= _INVERTED_LINE_MAX or (bracket and not paren.endswith(")")):
        return []
    plain = uninverted(head, one_person=True, party=True)
    if plain is None:
        return []
    found = parse_line(f"{plain} ({paren}" if bracket else plain, role, attendance, org)
    if len(found) != 1 or found[0].name != plain:
        return []
    found[0].name = head
    return found


def _surname_pair(text: str, org: str | None, role: ParticipantRole | None,
                  attendance: Attendance) -> list[Entry]:
    """The two people of a municipality's pair line ("Bekkelund/Sæther" under
    "Granstad:"), each by surname as written; none when a part is a role word
    ("Ordfører/Rådmann" names seats, not people)."""
    pair = _SURNAME_PAIR.fullmatch(text.strip(" ."))
    if pair is None or is_role_word(pair[1]) or is_role_word(pair[3]):
        return []
    entries = []
    for name, paren in ((pair[1], pair[2]), (pair[3], pair[4])):
        entry = Entry(name=name, organization=org, role=role, attendance=attendance,
                      surname_only=True)
        if paren and is_absent_mark(paren.strip()):
            entry.attendance = Attendance.ABSENT  # "Bekkelund (forfall)/Sæther"
        elif paren:  # "Bekkelund (leder)/Sæther": the role or note is the one's it follows
            apply_paren(entry, paren.strip())
        entries.append(entry)
    return entries
_COMMA_OR_OG = lazy_regex(r",|\s+og\s+")


def _staff_or_official(text: str, name: str, asked: tuple[bool, bool],
                       guests: dict[str, bool]) -> bool:
    """Whether the list line names the person as school staff (asked first: at a parents'
    body) or as the administration (asked second: at an elected body): a guest. ``guests``
    keeps the answer per name, so a name repeated through a long line is looked up once."""
    if name not in guests:
        staff, officials = asked
        guests[name] = (staff and school_staff_named(text, name)) or \
            (officials and administration_named(text, name))
    return guests[name]


# The two sides of a partnership of a hospital trust and its municipalities: "Frå
# kommunane: …", "Frå helseføretaket: …", "Fra Sykehuset Innlandet: …".
_PARTNERSHIP_SIDE = lazy_regex(r"(?:fra|frå)\s+(?:kommunene|kommunane|helseforetaket|"
                               r"helseføretaket|foretaket|føretaket|sykehuset|sjukehuset|"
                               r"spesialisthelsetjenesten|spesialisthelsetenesta|"
                               r"(?-i:(?:Helse|Sykehuset|Sjukehuset)\s+[A-ZÆØÅ])[^:]{0,40})\s*:",
                               re.I)


# The trust's side as its group label names whom its people represent ("Frå
# helseføretaket:" → "helseføretaket"), see ``TRUST_SIDE_LABELS``.
_TRUST_SIDES = frozenset(label.split(None, 1)[1] for label in TRUST_SIDE_LABELS)


def _trust_side_listed(people: People) -> bool:
    """Whether the attendance lists a hospital trust's side by its label ("Frå
    helseføretaket:"): a forum of the trust and its municipalities even when its name
    says neither ("Strategisk samarbeidsutval"), so the municipalities' heads listed
    there are its members, as ``is_health_forum`` reads a forum by its name."""
    return any(p.organization in _TRUST_SIDES for p in people.order)


def _partnership_side(part: str) -> bool:
    """Whether a list part opens with one side of a partnership of a hospital trust and
    the municipalities ("Frå kommunane: …" then "Frå sjukehuset: …"): both sides sit on
    its fora, so the second group is members as the first, no guests."""
    return _PARTNERSHIP_SIDE.match(part) is not None


def _from_place_group(part: str) -> bool:
    """Whether a list part opens with a group named by a capitalised organisation or place
    ("Fra Nordby kommune: …", "frå Sørby: …"): a list of such groups lists the members
    by whom they represent, so each group is of the same kind as the first."""
    return part[:4].lower() in _FROM_OPENERS and part[4:5].isupper() and \
        ":" in part[:50]


def _employer_side(people: People, group: tuple[str, str] | None,
                   role: ParticipantRole | None, org: str | None) -> bool:
    """Whether a list names the employer's side of a partite body: under its side's
    heading ("Arbeidsgiversiden: …"), or any list of the body's own at an
    arbeidsmiljøutvalg, a partssammensatt utvalg or a drøftingsmøte (not under "Fra
    administrasjonen:" nor another staff group's heading, whose people serve it as guests)."""
    return (group is not None and is_party_side(group[0])) or (
        role is not ParticipantRole.GUEST and not (org and is_staff_group(org)) and
        is_partite_body(people.body))


def _seat_group_role(name: str) -> ParticipantRole | None:
    """The role a job or seat set as a group's label names ("Forretningsfører", "Daglig
    leder", "Styremedlem"), or None for a group named by a place or an organisation.
    A union's or the safety service's seat ("Tillitsvald:", "Verneombud:") is one of the
    body's own seats, as "Tillitsvalgte:" in a project group's list is: a member, not
    one of the staff whose group ("Frå administrasjonen:") may stand above it."""
    if " " in name.strip() and not name[:1].isupper():
        return None
    key = name.strip().casefold()
    role = ROLE_WORDS.get(key)
    if role is None and key in _UNION_SEATS:
        return ParticipantRole.MEMBER
    if role is None and key in _HEALTH_SERVICE_SEATS:
        # "Bedriftshelsetjenesten:" written out, as "BHT:" says it: the occupational
        # health service advises an AMU without a vote, a guest
        return ParticipantRole.GUEST
    if role is None and ("," in key or "(" in key):
        # "BHT, rådgiver:", "Bedriftshelsetjenesten (rådgivende, uten stemmerett):": a
        # seat word that makes a guest, then what the seat does, or the seat's terms in
        # brackets (the occupational health service advises an AMU without a vote)
        head, _, terms = key.partition("(")
        words = [head.partition(",")[0].strip(), *(term.strip(" )") for term in terms.split(",")
                                                    if terms)]
        if any(ROLE_WORDS.get(word) is ParticipantRole.GUEST for word in words):
            return ParticipantRole.GUEST
    return role


# The occupational health service written out as a group label (``_seat_group_role``).
_HEALTH_SERVICE_SEATS = frozenset({"bedriftshelsetjeneste", "bedriftshelsetjenesten",
                                   "bedriftshelseteneste", "bedriftshelsetenesta"})


# The union's and the safety service's seats a group label may name (``_seat_group_role``).
_UNION_SEATS = frozenset({
    "tillitsvalgt", "tillitsvald", "tillitsvalgte", "tillitsvalde", "hovedtillitsvalgt",
    "hovudtillitsvald", "verneombud", "verneombod", "hovedverneombud", "hovudverneombod",
    "tillitsvalgt / vernetjenesten", "tillitsvald / vernetenesta", "tillitsvalgt/verneombud",
    "tillitsvald/verneombod", "tillitsvalgt / verneombud", "tillitsvald / verneombod"})


def _guest_seat_of_group(name: str) -> ParticipantRole | None:
    """The guest's role a group label opens with before whom its people come from
    ("Observatør KS:", "Observatør Statsforvalteren:", "Gjest NAV:"): the seat word says
    the role, as "Observatør:" alone does (the rest is their organisation). The word test
    first: most labels name a place or an organisation."""
    first, _, rest = name.strip().partition(" ")
    if not rest or ROLE_WORDS.get(first.casefold()) is not ParticipantRole.GUEST:
        return None
    return ParticipantRole.GUEST


def _provider_then_person(text: str) -> tuple[str, str] | None:
    """The firm and the person after a seat's label that names no organisation ("BHT:
    Stamina Helse, Jonas Fjell", "Vaktmester: Lia Drift AS, Per Moe"): the firm first, a
    full name with a known first name after the one comma; None for any other list (two
    people, a name then its organisation)."""
    provider, comma, person = text.partition(",")
    provider, person = provider.strip(), person.strip(" .")
    if not comma or "," in person or not provider[:1].isupper() or \
            is_first_name(provider.split()[0]) or looks_like_name(provider):
        return None
    if not (looks_like_name(person) and is_first_name(person.split()[0])):
        return None
    return provider, person


# A group prefix that says when its people were there, not whom they came from: "Frå sak
# 14/25:", "Fra kl. 10:", "Til og med sak 3:" (the rest of the line names them).
_WHEN_GROUP = lazy_regex(r"^(?:fra|frå|til(?:\s+og\s+med)?|etter|under|i)\s+"
                         r"(?:sak|saka|saker|sakene|sakane|kl\.?|klokka|punkt|pkt\.?)\s*\d", re.I)


def _when_group(name: str) -> str | None:
    """The words of a group prefix that gives the time its people came or left ("Frå sak
    14/25: Signe Moe"): they were there for part of the meeting, with the words as note;
    None for any other prefix (a cheap test on the first word before the pattern)."""
    if name.split(" ", 1)[0].casefold() not in _WHEN_WORDS:
        return None
    return name if _WHEN_GROUP.match(name) else None


_WHEN_WORDS = frozenset(("fra", "frå", "til", "etter", "under", "i"))


def _invitation_answered(lines: list[Line], i: int) -> bool:
    """Whether an "Inviterte:" line has the invitation's answers right under it ("Deltok:",
    "Avslo:"), as a Teams meeting's details give them."""
    return any(line.lowered.startswith(_ANSWER_LABELS) for line in lines[i + 1:i + 4])


# The answers to a meeting's invitation, under the list of those invited.
_ANSWER_LABELS = ("deltok:", "avslo:", "avslått:", "takket nei:", "takka nei:")


# A seat in a board named by a compound of its noun, after the name: ", styreleder i
# nasjonalparkstyret", ", nestleiar i verneområdestyret" (not "styret" alone, the body's own).
_SEAT_IN_NAMED_BOARD = lazy_regex(r",\s+(?:nest|styre)?(?:leder|leiar|medlem)\s+(?:i|for)\s+"
                                  r"(?P<board>[a-zæøå]{3,20}styret)\b")


# A picture's credit ("Foto: Eirik Tvedt", "Fotograf:", nynorsk "Bilete:"): who took the
# photo, no group of the people who met.
_PHOTO_CREDITS = ("foto:", "fotograf:", "foto/", "bilde:", "bilete:", "illustrasjon:")
_PHOTO_CREDIT_INITIALS = frozenset("FfBbIi")


# The roles a one-person label gives ("Møteleiar: …", "Skrivar: …"), not the lines after it.
_ONE_PERSON_ROLES = (ParticipantRole.CHAIR, ParticipantRole.SECRETARY)


def _seat_group_after_one_person(name: str) -> ParticipantRole:
    """The role of a seat group's people ("Brukarrepresentantar: …", "Kommunale
    observatørar: …") on the line after a one-person label ("Skrivar: Jon Lid"): the seats
    of the body's own members, not the chair's or the writer's role; a guest's when the
    seat's noun is a label of guests ("observatørar", ``labels``' GUESTS), read as the
    label alone would be read (``field_role``)."""
    label = match_label(f"{name.split()[-1]}:") if name.split() else None
    if label is not None and field_role(label.field) is ParticipantRole.GUEST:
        return ParticipantRole.GUEST
    return ParticipantRole.MEMBER


def _add_list(people: People, text: str, state: dict) -> None:
    """Add the people of one list paragraph, minding a group prefix ("Fra NAV: …").

    Several groups may share a line: "Lillevik: Kari Holm, Ola Dahl. Storvik: Berit Aune."
    """
    if text[:1] in _PHOTO_CREDIT_INITIALS and text[:13].casefold().startswith(_PHOTO_CREDITS):
        return  # a picture's caption under the list: "Fullt hus i salen. Foto: Eirik Tvedt"
    if ":" in text and state["role"] is ParticipantRole.CHAIR and \
            (leaders := split_deputy_leader(text)) is not None:
        # "Leiar: Kari Li, overtannlege, nestleiar: Ola Vik, Stord kommune": the deputy
        # leader's label inside the leader's value begins a member of the body
        _add_list(people, leaders[0], state)
        _add_list(people, leaders[1], {**state, "role": ParticipantRole.MEMBER})
        return
    parts = _NEXT_GROUP.split(text) if ":" in text else [text]  # (each group has a colon)
    if len(parts) > 1:
        parallel = _from_place_group(parts[0])
        for n, part in enumerate(parts):
            guests = n > 0 and part[:4].lower() in _FROM_OPENERS and \
                state["role"] is ParticipantRole.MEMBER and \
                not (parallel and _from_place_group(part)) and \
                not (_partnership_side(parts[0]) and _partnership_side(part) and
                     not people.elected_only)
            # "Tilstede fra styret: A, B; fra arbeidsgruppe X: C": C is not a member (but
            # "Fra Nordby kommune: A; fra Sørby kommune: C" are groups of one kind)
            _add_list(people, part, {**state, "role": ParticipantRole.GUEST} if guests else state)
        return
    role, org = state["role"], state["org"]
    before = len(people)
    voted = _VOTED_GROUP.match(text) if "stemme" in text else None
    if voted:  # "Norges Birøkterlag (6 stemmer): A og B": a member organisation and its votes
        org, text = voted.group("org"), voted.group("rest")
    line_note = None  # "Frå Lom kommune (sak 3/25): Kari Ås": when the group was there
    status = None  # "BHT (utan røysterett): Per Sandvik, Hardanger BHT": the seat's standing
    if not voted and "):" in text:
        if (status := _GROUP_STATUS.match(text)) is not None:
            text = f"{status['group']}: {status['rest']}"
        else:
            text, line_note = _inline_group_note(text)
    group = None if voted else group_label(text) or _place_then_people(text)
    seat_of = None  # "Møtt for Kari Holm: Per Dahl": whose seat those after the colon took
    named = seat = when = None
    if group:
        name, rest = group
        label = match_label(f"{name}:")
        if label is None and (seat_of := _seat_taken(name)):
            pass  # a deputy's line, not a group whose name is an organisation
        elif label is not None and label.field in ATTENDANCE_FIELDS:
            role = field_role(label.field) or role
            if label.field is Field.SECRETARIAT:
                org = "sekretariatet"
        elif label is None and (seat := _seat_group_role(name)) is not None:
            role = seat  # "Forretningsfører: Tom Ruud": the job is the role, no organisation
        elif label is None and (when := _when_group(name)) is not None:
            pass  # "Frå sak 14/25: Eli Sund": when she came, no group she came from
        else:
            named = organization_of_group(name)
            if role is ParticipantRole.MEMBER and named and state.get("own_members") and \
                    name[:4].casefold() in _FROM_OPENERS:
                # "Til stede fra utvalget: A, B" / "Fra Akershus fylkeskommune: C": the
                # label named the body's own members, so those of another organisation
                # under it came from outside the body
                role = ParticipantRole.GUEST
            if role is ParticipantRole.MEMBER and name[:4].casefold() in _FROM_OPENERS and \
                    name[4:5].islower() and not name.casefold().endswith(_MEMBER_GROUPS) and \
                    not names_unit(name[4:]) and \
                    (people.elected_only or not _partnership_side(f"{name}:")) and \
                    not _side_of_meeting(people, name) and not state.get("sides"):
                # ("Frå sjukehuset:" after "Frå kommunane:": the trust's side of the
                # partnership sits on its fora too; at an elected body it visits)
                # "Frå nemndene: …" under "Til stades frå styret" (but "Fra Eidskog: …"
                # names a member's place, "Fra eierkommunene:" the members of an owners'
                # or a council of municipalities, and "Fra reinbeitedistrikt 22 Fiettar:"
                # a party by its number and name)
                role = ParticipantRole.GUEST
            if role is ParticipantRole.MEMBER and named and \
                    name[:4].casefold() in _FROM_OPENERS and is_staff_group(named):
                role = ParticipantRole.GUEST  # "Frå PPT: Eli Sund, PPT-leiar": the service's
                # staff, who report to the council of the municipalities it serves
            if named and (guest_seat := _guest_seat_of_group(name)) is not None:
                role = guest_seat  # "Observatør KS: Lars Kvisler"
            org = named or org
        text = rest
        if named and role in MEETING_ROLES and state.get("secretariat") and \
                name[:4].casefold() in _FROM_OPENERS:
            # "Frå sekretariatet:" / "Eli Granum (møteleiar)" / "Frå Lom kommune: Kari Ås":
            # the secretariat's group is over, as under a heading of its own
            role = ParticipantRole.GUEST
        if line_note and named:
            role = ParticipantRole.GUEST  # (as under the same group's heading of its own;
            # also after a one-person label, "Møteleiar: …", whose role is not theirs)
        if named is None and label is None and speaks_for_a_seat(name):
            org = None  # "Frå helseføretaket:" / … / "Brukarrepresentant: Hilde Moen": the
            # users' seat, no one of the side whose heading stands above
            if role in _ONE_PERSON_ROLES:
                role = _seat_group_after_one_person(name)
        if (named is None or seat is not None) and (provider := _provider_then_person(rest)):
            org, text = provider  # "BHT: Stamina Helse, Jonas Fjell": the seat's provider
    attendance = state["attendance"]
    if status is not None:  # the bracket's word holds for everyone on the line
        if status["status"][:1] in "uU":
            role = _GUEST_ROLE  # "Observatør (uten stemmerett):": no vote, no seat
        else:
            attendance = _ABSENT  # "Vara (møtte ikke): Jon Dal, Fagforbundet"
            state["grouped"] = True
    elif group is not None and not voted and _came_after_absences(state, group[0]):
        attendance = Attendance.PRESENT  # "Møtte ikkje: Tor Aas, Dal kommune" / "Frå Dal
        # kommune: Eli Sund": a group after the list of who stayed away is who came
    elif group is None and attendance is _ABSENT:
        state["listed"] = True  # (an absence list of its own people, not of groups)
    else:
        state["grouped"] = True
    if text[:4].casefold() == "alle" and attendance is Attendance.PRESENT and \
            (everyone := _ALL_BUT.match(text)):
        text, attendance = everyone.group("names"), Attendance.ABSENT  # "Til stede: Alle
        # styremedlemmer unntatt Kari Nes": the one named did not come
    if attendance is _PRESENT and (beside := _beside_whole_body(text)):
        text, role = beside, ParticipantRole.GUEST  # "Fulltallig styre, samt Per Moe fra
        # OBOS": the board is there as a body, the one named is no member of it
    entries = parse_line(text, role, attendance, org)
    if len(entries) == 2 and people.named_with_org and text.count(",") == 1 and \
            (one := one_with_org(entries, text)) is not None:
        entries = [one]  # "Bjarni Petersen, Føroya Fornminnissavn" under "Kari Holm,
        # Vestland fylkeskommune": one person and the partner she comes from
    elif len(entries) == 1 and entries[0].organization and text.count(",") == 1 and \
            entries[0].organization != org:
        people.named_with_org = True
    if role is _CHAIR and len(entries) > 1 and "(nestle" in text:
        for entry in entries:  # "Ledere: Kari Li (leder, …) og Ola Vik (nestleder, …)":
            if f"{entry.name} (nestle" in text:  # the deputy leads no meeting, a member
                entry.role = ParticipantRole.MEMBER
    if len(entries) == 1 and entries[0].organization is None and "styret" in text and \
            (board := _SEAT_IN_NAMED_BOARD.search(text)) is not None and \
            not (people.body and board["board"].casefold() in people.body.casefold()):
        # "Møteleder: Eva Sørli, styreleder i nasjonalparkstyret" at its advisory council:
        # the board she leads, another than the body that met, is whom she sits for (at
        # the board's own meeting it is the body itself, no organisation)
        entries[0].organization = board["board"]
    if entries and "," not in text and run_may_hold_places(text, entries):
        people.run_names.update((e.name, text.strip()) for e in entries
                                if len(e.name.split()) >= 3)
    if not entries and people.inverted_list and ", " in text:
        entries = _inverted_in_list(text, org, role, attendance)
    if not entries and named and people.surname_pairs and "/" in text:
        entries = _surname_pair(text, org, role, attendance)
    if not entries and group is None and " " not in text.strip(" .,") and \
            is_first_name(text.strip(" .,")):
        # one first name on its own line under the label ("Tilstede: Ole Bjørn, leder" /
        # "Axel" / "Inger"): a list written one person a line
        entries = [Entry(name=text.strip(" .,"), organization=org, role=role,
                         attendance=attendance, first_name_only=True)]
    staff = people.parents_only and ("ektor" in text or "nspektør" in text or "tyrer" in text)
    officials = people.elected_only and not state.get("members_named") and \
        not (named and _side_of_meeting(people, group[0]))  # ("Fra Innlandet
    # fylkeskommune: A (fylkesråd) og B (rådgiver)" on one line at a dialogue meeting of the
    # council and the county: one side of it, members whatever job they hold, as under
    # that side's heading)
    guests: dict[str, bool] = {}  # a name listed again is judged once (a pasted list)
    for entry in entries:
        if seat_of and entry.note is None:
            entry.note = f"for {seat_of}"
            if entry.attendance is Attendance.ABSENT and not _says_away(text):
                # "Vara for Kari Holm: Per Dahl" under "Forfall:": the deputy took the
                # absent member's seat and came; the section's absence is hers alone
                # (but "…: Per Dahl (møtte ikke)" says he stayed away too)
                entry.attendance = Attendance.PRESENT
        if state.get("board_guests") and entry.role is _MEMBER_ROLE:
            entry.role = ParticipantRole.GUEST  # "Nestleder Anne Lie" under "Fra styret:"
            # at the owners' meeting: the board's deputy chair, no member of theirs (its
            # chair is settled beside the meeting's own: ``settle_chairs``)
        elif (staff or officials) and entry.role in (None, _MEMBER_ROLE) and \
                _staff_or_official(text, entry.name, (staff, officials), guests):
            # "rektor Per Lunde" at the parents' FAU, "Liv Sand, enhetsleder" at the eldreråd
            entry.role = ParticipantRole.GUEST
        elif entry.role is _GUEST_ROLE and employer_head_named(text, entry.name) and \
                _employer_side(people, group, role, org):
            # "Arbeidsgiversiden: Terje Lunde (daglig leder), …", or the manager in an
            # arbeidsmiljøutvalg's list: the employer's seat, held by its manager (a guest
            # where he serves an elected body or a board)
            entry.role = ParticipantRole.MEMBER
        elif entry.role is _GUEST_ROLE and state.get("members_named") and \
                head_named(text, entry.name):
            # "Møtande medlemer:" / "Per Lie, kommunedirektør, Lærdal kommune": the title
            # makes the administration elsewhere, the label says he holds a seat (a host
            # municipality cooperation's council of the members' chief executives)
            entry.role = ParticipantRole.MEMBER
        if _is_municipality(org) and is_party(entry.organization):
            entry.organization = org  # "Alta kommune:" over "Geir Bakken AP": whom they represent
        if when and entry.role in (None, ParticipantRole.MEMBER) and \
                administration_named(text, entry.name):
            # "Frå sak 14/25: Eli Sund, rådgjevar": set apart from the members' list by
            # when she came, her job makes her the administration's, a guest
            entry.role = ParticipantRole.GUEST
        if (note := state.get("note") or when or line_note) and \
                entry.attendance is Attendance.PRESENT and \
                entry.note is None:
            entry.attendance, entry.note = Attendance.PARTIAL, note
        elif state.get("channel") and entry.attendance is Attendance.PRESENT and \
                entry.note is None:
            entry.note = state["channel"]  # present, with the label's words on how
        stored = people.add(entry)
        if (absent := substituted_for(entry.note)) and before >= 0:
            people.mark_absent(absent, stored)
    if people.writer is not None and _writer_came(people, text):
        people.add(Entry(name=people.writer, organization=org, role=role,
                         attendance=attendance))


# The whole body present, said without its names, then others named beside it: "Fulltallig
# styre, samt Per Moe fra OBOS", "Styret fulltallig + Eva Ruud (forvalter)", "Hele styret og
# Kari Holm", "Alle styremedlemmer, i tillegg Per Dahl".
_WHOLE_BODY_THEN = lazy_regex(
    r"^(?:(?:fulltallig|fulltalig|fullt|full|hele|heile)\s+[\wæøå-]+|"
    r"[\wæøå-]+\s+(?:er\s+|var\s+)?(?:fulltallig|fulltalig)e?|"
    r"alle\s+(?:[\wæøå-]+\s+)?(?:medlem\w*|styremedlem\w*|representant\w*|"
    r"utvalsmedlem\w*|utvalgsmedlem\w*)|"
    # a count in their place: "11 stemmeberettigede medlemmer", "9 av 11 representanter"
    r"\d{1,3}\s+(?:av\s+\d{1,3}\s+)?(?:[\wæøå-]+\s+)?(?:medlem\w*|styremedlem\w*|"
    r"representant\w*|utsending\w*|delegat\w*))"
    r"\s*(?:[,+&]\s*|\s)(?:(?:samt|og|i\s+tillegg|dessuten|dessutan|med)\b\s*:?\s*)?"
    # (or the unit that sent them: "…, i tillegg sekretariatet ved Kari Holm")
    r"(?P<names>(?-i:[A-ZÆØÅ]).+|(?-i:[a-zæøå])[\wæøå-]+\s+(?:ved|v/)\s*.+)$", re.I)


def _beside_whole_body(text: str) -> str | None:
    """The people a present list names beside the whole body it gives without names
    ("Fulltallig styre, samt Per Moe fra OBOS": "Per Moe fra OBOS"): they are guests of the
    body, whose members are not named (never made up); None for any other list."""
    start = text[:4].casefold()
    if start not in ("full", "hele", "heil", "alle") and "fulltal" not in text and \
            not text[:1].isdigit():
        return None
    whole = _WHOLE_BODY_THEN.match(text)
    return whole.group("names") if whole else None


# How those under a present label took part: "Til stede på Teams:", "Deltakere (digitalt):".
# (also in the label's brackets, "Deltakere (Teams):" beside "Deltakere (fysisk):")
def _plain_label(part: Label, label: Label, text: str) -> bool:
    """Whether a line's label is one of the usual attendance labels (``_PLAIN_LABELS``)
    written as the line's head, nothing more before its colon ("Til stede:", "Forfall:
    Kari Holm, Per Dal", "Referent: Eva Lund").

    Why: ``read_attendance`` asks each attendance label a dozen questions of its words
    (an invitation's, a partner's or the board's group, a channel, the body's own
    members, deputies, the secretariat, the staff, a trust's side, a group named after
    "fra", a note in brackets or on cases before the colon), some 170 bytecode steps
    and a few searches a label, and the usual labels, as written, answer no to every
    one: they skip them (s75c; tests/extract/test_minutes.py asks each question of
    each label)."""
    name = part.label
    return part is label and name in _PLAIN_LABELS and text[len(name):len(name) + 1] == ":" \
        and text[:len(name)].casefold() == name


# Attendance labels that name no group, channel, seat, deputies or cases: the words of the
# lists' usual heads (``_plain_label``).
_PLAIN_LABELS = frozenset(("til stede", "tilstede", "til stades", "tilstades", "møtt",
                           "møtte", "deltakere", "deltakarar", "deltok", "forfall",
                           "fravær", "fråvær", "referent", "sekretær", "møteleder",
                           "møteleiar", "ordstyrer", "protokollfører"))


def _label_head(text: str, part: Label, label: Label) -> str:
    """The words of a line's label as written, up to its colon: the line's first label,
    or one a value ran on into ("Til stede: Kari Li, Per Dal. På Teams: Ola Moe": the
    words between the stop and the value)."""
    if part is label:
        return text.split(":", 1)[0]
    at = text.find(part.value) if part.value else -1
    if at <= 0:
        return ""
    head = text[:at]
    return head[max(head.rfind(". "), head.rfind("; ")) + 1:]


_CHANNEL = re.compile(r"\b(?:(?:på|via)\s+(?:teams|zoom|telefon|video)|per\s+telefon|digitalt)\b|"
                      r"(?<=\()(?:teams|zoom|telefon|video|digitalt)(?=\))", re.I)
_VOTED_GROUP = lazy_regex(r"^(?P<org>[^():]{2,80}?)\s*\(\d+\s+stemmer?\)\s*:\s*(?P<rest>.+)$")


def _came_after_all(people: People, sentence: str) -> bool:
    """Make one listed as absent partly present when a sentence after the list says she
    came after all ("Anne Berg kom likevel."); True if it did."""
    came = came_after_all(sentence)
    known = people.find(came[0]) if came is not None else None
    if came is None or known is None or known.attendance != Attendance.ABSENT:
        return False
    known.attendance, known.note = Attendance.PARTIAL.value, came[1]
    return True


def _attended_beside_partial(people: People, text: str) -> None:
    """The other sentences of a paragraph that says someone was there for part of the
    meeting: "Per Lie (Oslo) deltok fra sak 9. Eva Moe (Viken) hadde meldt forfall." (the
    second an absence of its own, which the partial reading leaves)."""
    for sentence in sentences(text):
        if not partial_sentences(sentence):
            _add_attended(people, sentence)


def _list_line(text: str) -> bool:
    """Whether a partial-attendance line is an entry of the list it stands in ("Kari Holm
    kom kl. 10.15 (fra sak 3)", "Per Lie gikk etter sak 4"): one clause without a full
    stop, so the names below it are the list's too, not a sentence that ends the list."""
    return not text.rstrip().endswith(".") and _NEXT_SENTENCE.search(text) is None


_NEXT_SENTENCE = lazy_regex(r"\.\s+[A-ZÆØÅ]")  # ("kl. 10.15" goes on in the same clause)


def _with_wrapped_rest(lines: list[Line], i: int) -> tuple[str, str]:
    """Line ``i``'s text and its lower-cased form, with the next line added when the
    sentence goes on there: a PDF's remark wrapped at the margin ("… Tor Vold forlot
    møtet etter" over "behandlingen av PS 17/24."), so that its note is whole. The next
    line goes on when it follows without a gap, in lower case, and this one ends in a
    word; or when this one ends in a capitalised word and the next opens with the rest of
    that name up to the sentence's stop ("… søknaden fra Nordlys" over "Produksjon AS. De
    tre …"): a name the margin cut in two."""
    line = lines[i]
    if line.body[-1:].isalpha() and i + 1 < len(lines) and not (after := lines[i + 1]).gap \
            and not after.is_table and (after.body[:1].islower() or (
                after.body[:1].isupper() and after.kind is line.kind and
                _name_cut_at_margin(line.body, after.body))):
        return f"{line.body} {after.body}", f"{line.lowered} {after.lowered}"
    return line.body, line.lowered


def _name_cut_at_margin(before: str, after: str) -> bool:
    """Whether a line ending in a capitalised word inside a sentence ("… søknaden fra
    Nordlys") goes on with the rest of the name on the next line: one to three
    capitalised words there, then the sentence's stop ("Produksjon AS. De tre …")."""
    last = before.rsplit(" ", 1)[-1]
    if not last[:1].isupper() or last.isupper() or " " not in before:
        return False
    head, stop, _ = after.partition(". ")
    if not stop and after.endswith("."):
        head = after[:-1]
    elif not stop:
        return False
    words = head.split()
    return 1 <= len(words) <= 3 and all(word[:1].isupper() for word in words)


def _listed_role(state: dict[str, object] | None, text: str) -> ParticipantRole | None:
    """The role of the list a partial-attendance line is an entry of ("Til stede:" then
    "Per Lie gikk etter sak 4": a member), or None (a guest) for a sentence."""
    if state is None or not _list_line(text) or state.get("attendance") is not \
            Attendance.PRESENT:
        return None
    role = state.get("role")
    return role if isinstance(role, ParticipantRole) else None


# A line's own group label naming an organisation by its proper name: "Frå Vestskog: Lene
# Tofte, skogbruksleiar, møtte frå sak 3." (the person the sentence names comes from it).
_NAMED_GROUP = lazy_regex(r"^(?:Fra|Frå)\s+(?P<org>[A-ZÆØÅ][\w-]*(?:\s+[\wæøå-]+){0,3}):\s")


def _named_group_org(text: str) -> str | None:
    """The organisation a line's own "Frå <Name>:" label names (``_NAMED_GROUP``), or None."""
    if text[:4] not in ("Fra ", "Frå "):
        return None
    found = _NAMED_GROUP.match(text)
    return found.group("org") if found else None


def _note_sentences(people: People, text: str, lowered: str,
                    role: ParticipantRole | None = None, org: str | None = None) -> bool:

    """Apply "X var til stede under sak 2" / "Y forlot møtet …" sentences (and "Z deltok
    på Teams." among them); True if any. ``role`` is the role of the list the line stands
    in, for people named nowhere else (a guest without one), and ``org`` its group's
    organisation ("Frå Statsforvaltaren:" over "Berit Homme, …, var med under sak 2")."""
    found = partial_sentences(text, lowered)
    if found and "var med på " in lowered:
        # "Ole Hynne var med på Teams under sak 2." updates one listed above; one named
        # nowhere else is read by the attendance list's own rules ("Gunnar Loen, Stryn
        # kommune, var med på Teams under sak 2." under the list: a member's seat)
        found = [(written, paren, note) for written, paren, note in found
                 if not _from_afar_for_items(note) or people.find(tidy_name(written))]
    if not found:
        return False
    for written, paren, note in found:
        name = tidy_name(written)  # "Varamedlem Jon Aas tiltrådte.": a deputy, a member
        if paren and _is_channel_paren(paren):
            # "Per Dal (Teams) deltok fra sak 3": how he took part, then when; both his
            # words on attendance (the channel is no one he represents)
            note, paren = f"{paren}, {note}", None
        known = people.find(name)
        if known is not None:
            known.attendance = Attendance.PARTIAL.value
            known.note = note
        elif looks_like_name(name):
            deputy = name != written and _seat_title(written)
            # (one who came late, from nowhere named and in no list of others, is a member:
            # "Ola Berg kom kl. 10.30." after the list of who came)
            # (also said when first: "Fra kl. 11.00 møtte også Ola Moe.", its note the when)
            # (a party in the bracket is a seat's: "Ola Moe (Sp) kom kl. 10.30.")
            late = (paren is None or is_party(paren) or _place_as_members(people, paren)) \
                and (note.startswith(_CAME_LATE) or
                     note[:4].casefold() in ("fra ", "frå ", "ette") or
                     note.startswith(_TOOK_PART_FROM))
            # "Ola Berg (Statsforvalteren) deltok under sak 2.": whom he came from
            people.add(Entry(name=name, organization=_paren_place(paren) or org,
                             attendance=Attendance.PARTIAL,
                             role=ParticipantRole.MEMBER if deputy else role or (
                                 ParticipantRole.MEMBER if late else ParticipantRole.GUEST),
                             note=note))
    if ". " in text and _has_channel_word(lowered):
        # "Kari Nes deltok på Teams. Per Bø kom fra kl. 10.30.": how one took part, beside
        # when another came, in the same paragraph
        for sentence in sentences(text):
            _took_part_by(people, sentence.rstrip(" ."))
    return True


def _from_afar_for_items(note: str) -> bool:
    """Whether a partial note says one took part from afar for some items ("var med på
    Teams under sak 2"), not where ("var med på befaringa") or for which item alone."""
    words = note.split(" ", 4)
    return note.startswith("var med på ") and len(words) > 3 and \
        words[3].casefold() in _CHANNELS


_CHANNELS = MEETING_CHANNELS | {"nett"}  # ("var med på nett under sak 2")


# The titles of a seat in the body, written before a name in a sentence on when one
# came or left ("Styremedlem Helge Mo deltok fram til sak 19/25", "Varamedlem Jon Aas
# tiltrådte."): a member, whom no list may name with the title.
_SEAT_TITLES = ("vara", "styremedlem", "medlem ", "nestleder", "nestleiar")


def _seat_title(written: str) -> bool:
    """Whether the words before a name in a partial sentence are a seat's title
    (``_SEAT_TITLES``): the person sat in the body."""
    return written.casefold().startswith(_SEAT_TITLES)


def _place_as_members(people: People, paren: str) -> bool:
    """Whether the bracket after one who came late names a place, as the brackets of the
    members listed before do ("Til stede var Lars Brekke (Risør), Hanne Nilsen
    (Tvedestrand) …. Mona Strand (Vegårshei) kom kl. 09.00."): a seat of the body, whose
    member came late, not an outside body a guest came from. So is a municipality beside
    members of municipalities ("Bjørn Lie, Åsnes kommune, deltok fra sak 6." below
    "Ingrid Ruud, Eidskog kommune"): a seat of the same kind."""
    if not paren[:1].isupper():
        return False
    if " " in (paren := paren.strip()):
        kind = paren.rsplit(" ", 1)[1]
        return kind in _PLACE_KINDS and any(
            p.role == ParticipantRole.MEMBER.value and p.organization and
            p.organization.endswith(f" {kind}") for p in people.order)
    return any(p.role == ParticipantRole.MEMBER.value and p.organization and
               " " not in p.organization and p.organization[:1].isupper()
               for p in people.order)


# What someone did who presented a case ("Lars Holm orienterte"), and what else one
# named with where they came from did ("Lars Holm fra NAV deltok").
# (who took the meeting through a paper: "Kasserar Ole Hauge gjekk gjennom rekneskapen",
# "Kari Holm la fram budsjettet"; who told or showed it: "Per Lund viste fram kartet",
# "Anne Vik fortalde om prosjektet")
_PRESENTED = TOLD_VERBS
# … or read it out to the meeting, at a sentence's start only: "Leiar Eva Lie las
# årsmeldinga", "Kari Holm leste opp årsberetningen"
_READ_OUT = ("las", "leste")
_PRESENTER_VERBS = (*_PRESENTED, "holdt", "deltok")
_has_presenter_verb = contains_any(_PRESENTER_VERBS)
_has_presenter_from = contains_any(("fra", "frå", "("))  # case-sensitive, as _PRESENTER is


def _may_hold_presenter(body: str) -> bool:
    """Whether ``_PRESENTER`` can match: its verb stands after the first "fra", "frå" or
    "(" of the line (where its organisation starts), which a line with the verb only
    before them cannot hold ("Kari Holm orienterte og svarte på spørsmål fra
    medlemmene."). Case-sensitive, as the pattern is. Where the person works may
    also follow "i" when it is a kommune ("Kari Dahl i Sogndal kommune presenterte")."""
    in_kommune = "kommune " in body
    if not in_kommune and not _has_presenter_from(body):
        return False  # (most lines)
    starts = [at for at in (body.find("fra"), body.find("frå"), body.find("("),
                            body.find(" i ") if in_kommune else -1) if at >= 0]
    return bool(starts) and _has_presenter_verb(body[min(starts):])


# (a middle initial too: "Kari B. Holm")
_FULL_NAME = r"[A-ZÆØÅ][\w-]+(?:\s+[A-ZÆØÅ]\.)?(?:\s+[A-ZÆØÅ][\w-]+){1,3}"
_PRESENTER = lazy_regex(
    # (or where she works, a kommune: "Tor Rudi i Nordby kommune fortalte om …")
    rf"(?P<name>{_FULL_NAME})\s+(?:fra|frå|\(|i(?=\s+[A-ZÆØÅ][\w-]*\s+(?:fylkes)?kommune\s))\s*"
    # (or one word in its definite form: "Siri Lund fra kulturkontoret orienterte")
    r"(?P<org>[A-ZÆØÅ][\w-]*(?:\s+[A-ZÆØÅ][\w-]*){0,3}(?:\s+(?:fylkes)?kommune)?"
    # a national agency's last word written small: "fra Statens vegvesen", "frå Norsk
    # kulturråd" (as ``_FROM_BEFORE_VERB`` reads it)
    r"(?:(?:(?<=Statens)|(?<=Norsk)|(?<=Norges))\s+[a-zæøå][\w-]{3,})?"
    # a university's or college's name in small letters after its capitals: "fra UiT
    # Norges arktiske universitet", "fra Norges teknisk-naturvitenskapelige universitet"
    r"(?:(?:\s+[a-zæøå][\w-]*){1,2}\s+(?:universitet|høgskule|høgskole|høyskole))?"
    # an institution of a place: "fra Universitetet i Agder", "(Statsforvalteren i Vestland)",
    # a county of two names too: "fra Statsforvalteren i Troms og Finnmark"
    r"(?:\s+i\s+[A-ZÆØÅ][\w-]*(?:\s+[A-ZÆØÅ][\w-]*|\s+og\s+[A-ZÆØÅ][\w-]*)?)?"
    # its regional unit after it in small letters: "frå Husbanken region aust"
    r"(?:\s+region\s+[a-zæøå]{2,})?|"
    r"[a-zæøå][\w-]+(?:et|en|a))\)?\s+"
    rf"(?:{'|'.join(_PRESENTER_VERBS)})\b")
# A full name that presented, at a sentence's start ("Lars Holm orienterte om …") or after
# "presentert av" ("Saka vart presentert av rådgjevar Lars Holm frå NAV").
# (four tests cover every verb of the pattern: "orientert" is in "orienterte" and
# "orientert av", "innle" in "innledet", "innleia", "innleidde")
_PRESENTED_WORDS = ("orientert", "presentert", "innle", "lagt fram av", "gjennom", "la fr",
                    "informerte", "fortal", "viste", "redegjorde",
                    # (nynorsk: "Innstillinga vart lagd fram av Marta Sande"; one who
                    # read a paper out: "Eva Lie las årsmeldinga")
                    "lagd fram av", " las ", " leste ")
_has_presented_word = contains_any(_PRESENTED_WORDS)
# (anchored patterns, tried where a sentence starts and after " av ": a search over the
# whole line tries every position and cost more than the rest of the step)
# (a body's spokesperson too: "Valgkomiteen ved Oddny Krogh la fram innstillingen", with
# "v/" and a title before the name: "Kulturskolen v/ rådgiver Lise Holm orienterte",
# "Renovasjonsselskapet ved dagleg leiar Per Ås orienterte"; a body of a few words:
# "Helse- og omsorgsetaten ved einingsleiar Turid Bakke orienterte", "NAV Sørvik v/ …")
_PRESENTER_FIRST = re.compile(rf"(?:(?P<spoke_for>[A-ZÆØÅ][\w-]+(?:\s+[\wæøå-]+){{0,3}}?)"
                              r"\s+(?:ved\s+|v/\s*)"
                              r"(?:(?P<title>[a-zæøå]+(?:\s+[a-zæøå]+)?)\s+(?=[A-ZÆØÅ]))?)?"
                              rf"(?P<name>{_FULL_NAME})\s+"
                              rf"(?:{'|'.join((*_PRESENTED, *_READ_OUT))})\b")
# ``_PRESENTER_FIRST`` without the body before the name, for a text with no "ved" or
# "v/" (most): there the optional part can never match, yet the pattern tries it at every
# sentence first, backtracking through up to four words (3–6 times the cost of the rest).
# Same answers; the caller reads the groups with ``groupdict().get``.
_PRESENTER_FIRST_NAMED = re.compile(rf"(?P<name>{_FULL_NAME})\s+"
                                    rf"(?:{'|'.join((*_PRESENTED, *_READ_OUT))})\b")


def _may_name_spokesperson(text: str) -> bool:
    """Whether ``_PRESENTER_FIRST``'s body before the name can match: it needs "ved" and a
    space after it, or "v/". "ved" alone holds for every "vedtak", which the generated
    and many real sentences hold ("… viste til tidligere vedtak"), and the full pattern
    costs three times the named one there (its optional body tried at each sentence).
    A space other than " " is unprintable, so such a text keeps the full pattern."""
    return "v/" in text or ("ved" in text and ("ved " in text or not text.isprintable()))


# A job at an organisation, then the name, before the verb: "Daglig leder i Vestby
# Næringsselskap Eva Lund orienterte" (``titled_at_place`` parts the name from the place).
_TITLE_AT_ORG_FIRST = lazy_regex(r"(?P<lead>[A-ZÆØÅ][a-zæøå]+(?:\s+[a-zæøå]+)?\s+(?:i|for)\s+"
                                 r"[A-ZÆØÅ][\w-]*(?:\s+[\w-]+){1,5}?)\s+"
                                 rf"(?:{'|'.join(_PRESENTED)})\b")
# A job of two words before the name, and where the person works after it, before the
# verb: "Daglig leder Oda Lie i Ungt Entreprenørskap Innlandet presenterte …", "Dagleg
# leiar Per Ås frå Visit Sogn orienterte" (the job's second word in small letters, which
# ``_FULL_NAME`` at a sentence's start cannot take; no preposition, so that "Styret i
# Sandvik IL orienterte" is no job and name)
_TWO_WORD_TITLE_FIRST = lazy_regex(
    r"[A-ZÆØÅ][a-zæøå]+\s+(?!(?:i|for|fra|frå|ved|og|av|om|til|med)\s)[a-zæøå]{3,}\s+"
    rf"(?P<name>{_FULL_NAME})"
    r"(?:\s+(?:i|fra|frå|ved)\s+(?P<org>[A-ZÆØÅ][\w-]*(?:\s+[A-ZÆØÅ][\w-]*){0,3}))?\s+"
    rf"(?:{'|'.join(_PRESENTED)})\b")
# A seat in one of the organisation's committees, then the name, before the verb: "Leder
# av valgkomiteen Per Dal la fram innstillinga.", "Leiar i valnemnda Eva Lie orienterte"
# (a committee's word in its definite form, small: "Leder i Sandvik IL …" is a job at a
# named place, read by ``_TITLE_AT_ORG_FIRST``)
_COMMITTEE_SEAT_FIRST = lazy_regex(
    r"(?:Leder|Leiar|Nestleder|Nestleiar|Medlem)\s+(?:av|i)\s+"
    r"[a-zæøå]*(?:komiteen|komitéen|nemnda|nemnden|utvalget|utvalet|gruppa|gruppen)\s+"
    rf"(?P<name>{_FULL_NAME})\s+(?:{'|'.join(_PRESENTED)})\b")
# The job first, then the name set off by commas, before the verb: "Leder for
# barnevernstjenesten, Tor Lie, orienterte om evalueringen." (the job's words are no
# organisation, and its "Leder" no chair of this body)
_JOB_THEN_NAME_FIRST = lazy_regex(r"[A-ZÆØÅ][a-zæøå]+(?:\s+[\wæøå-]+){0,4},\s+"
                                  rf"(?P<name>{_FULL_NAME}),\s+"
                                  rf"(?:{'|'.join(_PRESENTED)})\b")
# (the organisation after "fra"/"frå", or after a comma when it ends the sentence: "…
# presentert av Line Dahl, Statsforvalteren i Oslo og Viken.")
_PRESENTED_BY = lazy_regex(rf"(?:(?P<title>[a-zæøå]+)\s+)?(?P<name>{_FULL_NAME})"
                           r"(?:\s+(?:fra|frå)\s+"
                           r"(?P<org>[A-ZÆØÅ][\w-]*(?:\s+(?:[A-ZÆØÅ][\w-]*|kommune|"
                           r"fylkeskommune|herad)){0,3})|"
                           r",\s+(?P<apposed>[A-ZÆØÅ][\w-]*(?:\s+(?:[A-ZÆØÅ][\w-]*|i|og|"
                           r"kommune|fylkeskommune|herad)){0,5})(?=\s*[.;]?$|[.;]\s))?")
_PRESENTED_VERBS = ("presentert", "orientert", "innledet", "innleia", "lagt fram", "lagd fram",
                    # at the meeting: "Regnskapet ble gjennomgått av kasserer Frode Lund."
                    # (not "… er gjennomgått av revisor Eva Li": audited before it)
                    "ble gjennomgått", "vart gjennomgått", "blei gjennomgått")


def _wrapped_on_from(above: Line, line: Line) -> bool:
    """Whether a line goes on with the sentence of the line above, wrapped by a PDF: no
    gap between two paragraph lines, and the upper one ends in a word ("… 38 prosent.
    Fagleder Ole" / "Martin Dahl orienterte om …": the lower line starts in a name's
    middle, no sentence). A short line above ended where its writer ended it."""
    return (
        not line.gap
        and line.kind is PARAGRAPH
        and above.kind is PARAGRAPH
        and above.body[-1:].isalpha()
        and len(above.body) >= _WRAPPED_LINE_MIN
    )


#: A line a PDF wrapped is about this long at least (a column of body text).
_WRAPPED_LINE_MIN = 50


def _add_presenters(
    people: People, text: str, body: str | None = None, *, wrapped: bool = False
) -> None:
    """Those a sentence in an item says presented, as guests unless listed already: a
    full name starting with a known first name (after a title: "Rådgiver Lars Holm"),
    so that "Nye Veier orienterte" names no person. At a members' meeting (``body``) an
    officer of the organisation is a member (``_presenter_role``). A line that goes on
    from the one above (``wrapped``) starts in the middle of a sentence: its first
    words are tested as a sentence's start only after its first stop."""
    found = []
    start = 0
    if wrapped:
        start = text.find(". ")
        start = start + 2 if start >= 0 else -1
    titled: list[tuple[str, str]] = []
    presenter = _PRESENTER_FIRST if _may_name_spokesperson(text) else _PRESENTER_FIRST_NAMED
    while start >= 0:  # a sentence's start: "Lars Holm orienterte …"
        if (first := presenter.match(text, start)) is not None:
            found.append(first)
        elif text[start:start + 1].isupper() and \
                (lead := _TITLE_AT_ORG_FIRST.match(text, start)) is not None and \
                (split := titled_at_place(lead.group("lead"))) is not None:
            titled.append(split)  # "Dagleg leiar i Sogn Næringsselskap Eva Lund orienterte"
        elif text[start:start + 1].isupper() and ", " in text[start:start + 60] and \
                (apposed := _JOB_THEN_NAME_FIRST.match(text, start)) is not None:
            found.append(apposed)  # "Leder for barnevernstjenesten, Tor Lie, orienterte"
        elif text[start:start + 1].isupper() and \
                (job := _TWO_WORD_TITLE_FIRST.match(text, start)) is not None and \
                is_first_name(job.group("name").split(" ", 1)[0]):
            found.append(job)  # "Daglig leder Oda Lie i Ungt Entreprenørskap presenterte"
        elif text[start:start + 1] in "LMN" and \
                (seat := _COMMITTEE_SEAT_FIRST.match(text, start)) is not None and \
                is_first_name(seat.group("name").split(" ", 1)[0]):
            found.append(seat)  # "Leder av valgkomiteen Per Dal la fram innstillingen"
        start = text.find(". ", start)
        start = start + 2 if start >= 0 else -1
    at = text.find(" av ")
    while at >= 0:  # "… presentert av rådgjevar Eva Li frå …"
        if text[:at].endswith(_PRESENTED_VERBS) and \
                (by := _PRESENTED_BY.match(text, at + 4)) is not None:
            found.append(by)
        at = text.find(" av ", at + 1)
    for match in found:
        name = _presenter_name(match.group("name"), match.groupdict().get("title"))
        if name is None:
            continue
        if (known := people.find(name) or people.find(name.split()[0])) is not None:
            people.listed_presenters.append(known)
            _presenter_org_given(known, _presenter_org(match) or _job_place(match))
            continue  # (the listed person first: most presenters are)
        title = match.groupdict().get("title") or \
            match.group("name")[:len(match.group("name")) - len(name)] or \
            text[match.start():match.start("name")]  # ("Valgkomiteens leder Eva Li …")
        role = _presenter_role(title, body)
        if match.groupdict().get("spoke_for") and body and \
                body.casefold() in _MEMBERS_MEETINGS:
            role = ParticipantRole.MEMBER  # "Valgkomiteen ved X" at the annual meeting
        people.add(Entry(name=name, organization=_presenter_org(match), role=role))
    for name, org in titled:  # (a job at a named organisation: a visitor, from it)
        if people.find(name) is None:
            people.add(Entry(name=name, organization=org, role=ParticipantRole.GUEST))


def _presenter_org(match: re.Match[str]) -> str | None:
    """The organisation a presenter pattern names: after "fra"/"frå", or set off by a
    comma at the sentence's end ("… av Line Dahl, Statsforvalteren i Oslo og Viken.") when
    it starts with no first name (a list of names goes on: "… av Per Ås, Eva Li og …")."""
    groups = match.groupdict()
    apposed = groups.get("apposed")
    if apposed and not is_first_name(apposed.split(" ", 1)[0]):
        return apposed
    return groups.get("org")


def _job_place(match: re.Match[str]) -> str | None:
    """The place of a job set before a presenter's name ("Ordføraren i Vik kommune, Per
    Hauge, orienterte"): whom the person represents, as ``titled_at_place`` reads a
    list's "Ordfører i Vik kommune Per Hauge"; None for a job at no named place ("Leder
    for barnevernstjenesten, Tor Lie, …") and for the other patterns."""
    if match.re.pattern != _JOB_THEN_NAME_FIRST.pattern:
        return None
    job = match.string[match.start():match.start("name")].rstrip(" ,")
    place = _JOB_AT_PLACE.search(job) if " i " in job else None
    return place.group("place") if place is not None else None


# The place closing a job's words: "Ordføraren i Vik kommune", "Rådgjevar i Sogn regionråd".
_JOB_AT_PLACE = lazy_regex(r"\s+i\s+(?P<place>[A-ZÆØÅ][\w-]*(?:\s+[A-ZÆØÅ][\w-]*)?"
                           r"(?:\s+(?:fylkeskommune|kommune|herad|regionråd))?)$")


def _presenter_org_given(person: Participant, organization: str | None) -> None:
    """A listed person without an organisation takes the one the text gives where it
    says they presented ("Kari Dahl i Sogndal kommune presenterte …"): whom they
    represent, the list having named them alone."""
    if person.organization is None and organization:
        person.organization = organization
    if organization and person.role == ParticipantRole.MEMBER.value and \
            person.attendance == Attendance.PARTIAL.value and person.note and \
            FOR_ITEMS_ONLY.fullmatch(person.note):
        # "Hallvard Moen | Statsforvaltaren | Sak 3" in the table, then "Hallvard Moen frå
        # Statsforvaltaren orienterte om …": he came from outside to present that case, a
        # guest (the guide: presenters are guests), whichever table listed him
        person.role = ParticipantRole.GUEST.value


def _presenter_name(written: str, title: str | None) -> str | None:
    """The person a presenter sentence names, or None: a full name starting with a known
    first name ("Hanne Li orienterte"), or any name a job title stands before ("Revisor
    Imran Ali presenterte", "… lagt fram av rådgjevar Siri Oyelaran"), since the title says
    a person follows where the first-name list cannot ("Nye Veier orienterte" stays no
    one)."""
    name = _without_title(written)
    if is_first_name(name.split(" ", 1)[0]):
        return name if looks_like_name(name) else None
    words = written.split()
    if title and is_job_title(title) and 2 <= len(words) <= 3:
        name = written
    elif 3 <= len(words) <= 4 and is_job_title(words[0]):
        name = " ".join(words[1:])
    else:
        return None
    return name if looks_like_name(name) else None


# The bodies that are the members of an organisation met together: its officers are
# among them ("Årsmøtet" in Nordby IL, "Generalforsamlingen" in Lia borettslag).
_MEMBERS_MEETINGS = frozenset({"årsmøtet", "generalforsamlingen", "medlemsmøtet"})


def _presenter_role(title: str, body: str | None) -> ParticipantRole:
    """A presenter is a guest, unless at a members' meeting the title before the name is
    an office of the organisation ("Kasserer Tor Nilsen la fram regnskapet", "… ble
    gjennomgått av kasserer Frode Lund", "Nestleiar Eva Li orienterte"): the treasurer
    giving the accounts at the annual meeting is one of its members. (At a board's
    meeting a treasurer no list names may be the accountant of another body.)"""
    if body is None or body.casefold() not in _MEMBERS_MEETINGS:
        return ParticipantRole.GUEST
    title = title.strip().rstrip(",").casefold()  # ("Valgkomiteens leder, Eva Lie, …")
    if title and ROLE_WORDS.get(title) in (ParticipantRole.MEMBER, ParticipantRole.CHAIR):
        return ParticipantRole.MEMBER
    if (" av " in title or " i " in title) and title.count(" ") == 2:
        seat, _, committee = title.split(" ")  # "Leder av valgkomiteen Per Dal la fram …"
        if ROLE_WORDS.get(seat) in (ParticipantRole.MEMBER, ParticipantRole.CHAIR) and \
                committee.endswith(_COMMITTEE_ENDINGS):
            return ParticipantRole.MEMBER
    owner, _, seat = title.partition(" ")
    if owner.endswith("s") and ROLE_WORDS.get(seat) in (ParticipantRole.MEMBER,
                                                        ParticipantRole.CHAIR):
        return ParticipantRole.MEMBER  # "Valgkomiteens leder Anita Hagen la fram …": the
        # seat in a committee of the organisation
    return ParticipantRole.GUEST


# How a committee's word of an organisation ends, definite: "valgkomiteen", "valnemnda" (not
# ``BODY_WORD_ENDINGS``: a board or a council is no committee of its organisation).
_COMMITTEE_ENDINGS = ("komiteen", "komitéen", "nemnda", "nemnden", "utvalget", "utvalet",
                      "gruppa", "gruppen")


_CHAIR_ENDINGS = ("leder", "leiar", "leder.", "leiar.")
#: How many first or last letters of a line key read_other_people's signer gate
#: (``_SIGNER_BY_LAST``, ``_SIGNED_BY_FIRST``): every start and ending is that long.
_SIGN_KEY = 3
# (the gate of read_other_people's loop: "referent" and "protokoll" it finds anyway)
_SIGNER_ENDINGS = (*_CHAIR_ENDINGS, "sekretær", "sekretær.", "skrivar", "skrivar.", "ref.)",
                   "ref)", "sekretariatet")
# (the gate asks only those of the line's last three letters: by one letter, every line
# that ends a sentence asked the four that end in a stop, s75b)
_SIGNER_BY_LAST = by_last_letter(_SIGNER_ENDINGS, _SIGN_KEY)
# "Møtet ble ledet av X"; "Møtet ble satt kl. 10.00 av leder X": who opened it chaired it
_CHAIRED_BY = lazy_regex(r"\b(?:"
                         # also a gathering not called a meeting: "Samlingen ble ledet av
                         # X (Lia kommune)", "Seminaret vart leia av Y", "Nettverksmøtet …"
                         r"[\wæøå]*møtet|samlingen|samlinga|seminaret|konferansen|"
                         # (the day of a seminar too: "Dagen ble ledet av …", "Fagdagen …")
                         r"workshopen|[\wæøå]*dagen|"
                         # a workshop's own words: "Arbeidsverkstaden vart leia av …"
                         r"[\wæøå]*verkstaden|[\wæøå]*verkstedet)"
                         # (after what else the sentence says of it: "Samlingen samlet 42
                         # koordinatorer fra ti kommuner og ble ledet av …")
                         r"(?:\s+[^.]{1,80}?\s+og)?"
                         r"\s+(?:ble|blei|vart)\s+(?:ledet|leia|leda|"
                         r"(?:satt|sett|åpnet|opna)\b.{0,40}?)\s+av\s+"
                         # (also the seat and title as the head rule takes them: "… av
                         # regionrådets nestleder, ordfører Hanne Strøm")
                         r"(?-i:[a-zæøå]+s\s+(?=nest|leder|leiar))?"
                         r"(?:(?:leder|leiar|nestleder|nestleiar|møteleder|møteleiar|"
                         r"styreleder|styreleiar|ordfører|ordførar|varaordfører|"
                         r"varaordførar),?\s+){0,2}"
                         r"(?P<name>[A-ZÆØÅ][\w-]+(?:\s+[A-ZÆØÅ][\w-]+){1,3})"
                         r"(?:\s+\((?P<org>[A-ZÆØÅ][^()]{1,60})\)|"
                         # (or her municipality after a comma: "…, Færder kommune.")
                         r",\s+(?P<org_after>(?-i:[A-ZÆØÅ])[\w-]*(?:\s+(?-i:[A-ZÆØÅ])[\w-]*)?"
                         r"\s+(?-i:(?:fylkes)?kommune))\b)?", re.I)


def _chair_job_place(text: str, chaired: re.Match[str]) -> str | None:
    """Where the chair works, from her job after a comma ("Samlingen ble ledet av Eva Lie,
    rådgiver folkehelse i Nordby fylkeskommune.", "… av Per Ås, rektor ved Lia skule."), as
    an attendance line reads it; None when no comma follows the name or no place does."""
    rest = text[chaired.end():]
    if not rest.startswith(", "):
        return None
    clause = rest[2:].split(". ", 1)[0].rstrip(".")
    entries = parse_line(f"{chaired.group('name')}, {clause}", ParticipantRole.CHAIR,
                         Attendance.PRESENT)
    if len(entries) == 1 and entries[0].name == chaired.group("name"):
        return entries[0].organization
    return None


_SIGNED_FIRST_NAME = lazy_regex(r"^(?:referent|refr?\.)\s*:?\s*(?P<name>[A-ZÆØÅ][a-zæøå-]+)\s*$",
                                re.I)
# The minutes signed by their writer's initials: "Ref: KH", "Referent: SOB", "ref. KH".
_SIGNED_INITIALS = lazy_regex(r"^(?i:referent|refr?\.?)\s*:?\s*(?P<initials>[A-ZÆØÅ]{2,3})\s*$")
# The same in the head, alone on its line or lined up after another field with spaces or
# a tab ("Møtedato: 12.03.2010          Referent: TS").
_HEAD_INITIALS = lazy_regex(r"(?:^|\s{2,}|\t)(?i:referent|refr?\.?)\s*:?\s*"
                            r"(?P<initials>[A-ZÆØÅ]{2,3})\s*$")
_INITIAL_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZÆØÅ")


def _ends_in_capitals(text: str) -> bool:
    """Whether ``text``'s last two characters but spaces are capitals of
    ``_HEAD_INITIALS``' initials, which the pattern needs at the line's end ("Referent:
    TS"). Why: the pattern is searched at every space of a line holding "ref" ("Referent:
    Kari Holm", most minutes' head), about 15,000 instructions a line that fails."""
    tail = text.rstrip()[-2:]
    return len(tail) == 2 and tail[0] in _INITIAL_LETTERS and tail[1] in _INITIAL_LETTERS
# "Robin Kåss var møteleder." inside the first item; "X ble valgt til møteleder."
_WAS_CHAIR = lazy_regex(r"(?:^|[.!]\s+)(?P<name>[A-ZÆØÅ][\w-]+(?:\s+[A-ZÆØÅ][\w.-]+){1,3})\s+"
                        r"(?:var|er|ble\s+valgt\s+(?:til|som)|vart\s+vald\s+(?:til|som))\s+"
                        r"(?:møteleder|møteleiar)\b")
# The same the other way round, as summaries open: "Møteleder var Ola Nordmann."
# (not the chair beside whom one signs: "… saman med møteleiar vart Tone Bryn vald")
_CHAIR_WAS = lazy_regex(r"(?<!med\s)\b(?:[Mm]øte(?:leder|leiar)|[Oo]rdstyr(?:er|ar))\s+"
                        r"(?:var|er|vart)\s+"
                        # (a title in lower case before the name: "Ordstyrer var
                        # nettverkskoordinator Silje Haugland.")
                        r"(?:[a-zæøå]{4,}\s+(?=[A-ZÆØÅ]))?"
                        r"(?P<name>[A-ZÆØÅ][\w-]+(?:\s+[A-ZÆØÅ][\w-]+){1,3})")


def _chair_welcoming(people: People, text: str) -> Participant | None:
    """The listed participant a sentence names as chair welcoming the meeting ("Leder
    Petter Dahl ønsket det nye styret velkommen.", "X ønsket velkommen og ledet møtet."),
    if any."""
    for sentence in sentences(text):
        host = _WELCOMED.match(sentence)
        if host and _welcomed_as_chair(host) and (known := people.find(host.group("name"))):
            return known
        if "møtet" in sentence and (led := chair_sentence(sentence)) and \
                (known := people.find(tidy_name(led.name))):
            return known  # "Fylkesordfører Knut Aas ønsket velkommen og ledet møtet."
        if ", som " in sentence and (led := _LED_AS_APPOSITION.search(sentence)) and \
                (known := people.find(led.group("name"))):
            return known  # "Til stede var Lars Brekke (Risør), som ledet møtet, …"
    return None


def _chair_from_item(people: People, text: str) -> Participant | None:
    """The listed participant a sentence says led the meeting from an item on ("Kari Holm
    ledet møtet fra sak 3.", nynorsk "… leia møtet frå sak 4."), when no one else is the
    chair: the body's newly elected leader took over the meeting she then chaired."""
    if any(p.role == ParticipantRole.CHAIR.value for p in people.order):
        return None
    for sentence in sentences(text):
        led = _LED_FROM_ITEM.match(sentence)
        if led and (known := people.find(led.group("name"))):
            return known
    return None


# "Kari Holm ledet møtet fra sak 3.", "Nyvald leiar Ola Vik leia møtet frå og med sak 4."
_LED_FROM_ITEM = lazy_regex(r"^(?:(?:Nyvalgt|Nyvald|Ny)\s+(?:leder|leiar)\s+)?"
                            r"(?P<name>[A-ZÆØÅ][\w-]+(?:\s+[A-ZÆØÅ][\w-]+){1,3})\s+"
                            r"(?:ledet|leia|leidde)\s+møtet\s+(?:fra|frå)\s+(?:og\s+med\s+)?"
                            r"(?:sak|punkt)\b")


# One of a list of who came, said to have led the meeting in a clause after the name and
# its place: "Lars Brekke (Risør), som ledet møtet,", "kultursjef Marit Haugen frå Nes
# kommune, som leia møtet."
_LED_AS_APPOSITION = lazy_regex(r"(?P<name>[A-ZÆØÅ][\w-]+(?:\s+[A-ZÆØÅ][\w-]+){1,3})"
                                r"(?:\s*\([^()]{1,60}\))?(?:\s+(?:fra|frå)\s+[^,()]{1,50}?)?"
                                r",\s+som\s+(?:ledet|leia|leidde)\s+møtet\b")


def _welcomed_as_chair(host: re.Match[str]) -> bool:
    """Whether a welcoming sentence (``_WELCOMED``, or an opening one) gives the host a
    chair's title, before the name or in brackets after it."""
    return bool(host.group("chair") or host.groupdict().get("bracketed"))


def _titled_host(text: str) -> Entry | None:
    """The chair a sentence of the first item names by the chair's title as opening or
    welcoming the meeting ("Styreleder Randi Sæther ønsket velkommen.", "Leiar Kari Holm
    opna møtet."), when no list named her; None without the title (a bare name welcoming
    may be a host who is no participant)."""
    for sentence in sentences(text):
        host = _WELCOMED.match(sentence) or _TITLED_OPENED.match(sentence)
        if host and _welcomed_as_chair(host) and looks_like_name(host.group("name")):
            return Entry(name=host.group("name"), role=ParticipantRole.CHAIR)
    return None


_CHAIR_TITLES = (r"(?:Styre|Møte)?(?:leder|leiar)|Formann(?:en)?|Styrets\s+leder|Leder|Leiar|"
                 r"Styreleder|Styreleiar|Møteleder|Møteleiar")
# The host's name after a title, and the verb of opening the meeting, bokmål and nynorsk:
# one piece each for the sentences that open a meeting or welcome to it.
_HOST_NAME = r"(?P<name>[A-ZÆØÅ][\w-]+(?:\s+[A-ZÆØÅ][\w-]+){1,3})"
_OPENED_VERB = r"(?:åpnet|åpna|opna|opnet)"
# "Leiar Kari Holm opna møtet.", "Styreleder Per Dahl åpnet møtet kl. 18.00."
_TITLED_OPENED = lazy_regex(rf"^(?P<chair>{_CHAIR_TITLES})\s+"
                            rf"{_HOST_NAME}\s+{_OPENED_VERB}\s+møtet\b")
# A mayor's title opening the meeting: "Ordfører Kari Holm åpnet møtet", "Varaordførar
# Ola Li opna møtet" (the lines are picked by their start first: few lines start so).
_MAYOR_STARTS = ("ordfør", "varaordfør", "fylkesordfør")
_MAYOR_OPENED = lazy_regex(r"^(?:Fylkes|Vara)?(?i:ordfører|ordførar)(?:en)?\s+"
                           rf"{_HOST_NAME}\s+{_OPENED_VERB}\s+møtet\b")
_WELCOMED = lazy_regex(rf"^(?:(?P<chair>{_CHAIR_TITLES})"
                      rf"\s+)?{_HOST_NAME}\s+"
                      # (the title in brackets after the name: "Oddny Sæbø (leiar i
                      # arbeidsgruppa) ønskte velkomen")
                      rf"(?:\((?P<bracketed>{_CHAIR_TITLES})(?:\s+(?:i|for|av)\s+[^()]{{2,40}})?\)\s+)?"
                      # (after opening the meeting: "Leiar X opna møtet og ønskte velkomen")
                      rf"(?:{_OPENED_VERB}\s+møtet\s+og\s+)?"
                      # (nynorsk "velkomen", "ynskte vel møtt")
                      r"(?:ønsket|ønskte|ønskja|ønska|ynskte|ynskja)\s+(?:\w+\s+){0,3}?"
                      r"(?:velkomm?en|vel\s+møtt)\b")
# "X blei valt til møteleiar", "framlegg om A til møteleiar og B til referent"
_MEETING_ROLES = (r"(?:møteleder|møteleiar|møteledar|ordstyrer|ordstyrar|dirigent|referent|"
                  r"protokollfører|protokollførar)")
_TO_MEETING_ROLE = re.compile(
    r"(?P<name>[A-ZÆØÅ][\w-]+(?:\s+(?:[A-ZÆØÅ][\w-]+|[A-ZÆØÅ]\.)){1,3})\s+"
    r"(?:(?:(?:ble|blei|vart)\s+(?:enstemmig\s+|samrøystes\s+)?(?:valgt|valt|vald)\s+)?"
    rf"(?:til|som)|(?:er|blir|vert))\s+(?P<role>{_MEETING_ROLES}|sekretær|"
    # the seat by its task: "Kåre Bøe ble valgt til å føre protokoll." (not "… til å
    # underskrive protokollen", "… til å skrive under protokollen": those who sign)
    r"(?<=til\s)å\s+(?:føre|skrive)\s+(?:protokoll(?:en)?|referat(?:et)?))\b"
    r"(?!\s+(?:for|på|til|i)\s+neste)")  # ("Kari Holm er møteleder" too)
_NAME = r"(?-i:[A-ZÆØÅ][\w-]+(?:\s+(?:[A-ZÆØÅ][\w-]+|[A-ZÆØÅ]\.)){1,3})"


def _seat_then_name(roles: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The two ways a line elects someone with the seat first, for the seats ``roles``
    matches: "Til møteleder ble valgt Kari Holm" / "Ordstyrar vart vald, Ole Romtveit",
    and with the name inside the verb, as nynorsk puts it: "Som møteleiar vart Brit Linge
    vald", "Til møteleder ble Kari Holm valgt". One place for both, so the meeting's seats
    and the writer beside its chair (``_writer_beside_chair``) are read alike."""
    unanimous = r"(?:enstemmig\s+|samrøystes\s+)?"
    elected = r"(?:valgt|valt|vald)"
    # (not the seat of one who signs beside the chair: "Til å signere protokollen saman med
    # møteleiar vart Tone Bryn vald"; the verb may fall in a label: "Møteleiar vald: Ola Vik")
    companion = r"(?<!med\s)"
    return (re.compile(rf"\b{companion}(?P<role>{roles})\s+(?:(?:ble|blei|vart)\s+)?{unanimous}"
                       rf"{elected}\s*[,:]?\s*(?P<name>{_NAME})", re.I),
            re.compile(rf"\b{companion}(?P<role>{roles})\s+(?:ble|blei|vart)\s+(?P<name>{_NAME})\s+"
                       rf"{unanimous}{elected}\b", re.I))


_ROLE_ELECTED_NAME, _ROLE_NAME_ELECTED = _seat_then_name(_MEETING_ROLES)
# … and the next seat in the same sentence: ", til referent Per Dahl", ", og referent …"
# (nynorsk's "skrivar" here only, beside the meeting's chair: alone it is as often the
# board's secretary an årsmøte elects, "Skrivar: Eva Li (attval)")
_AND_ROLE_NAME = lazy_regex(rf"\s*,?\s*(?:og\s+)?(?:til\s+|som\s+)?"
                            rf"(?P<role>{_MEETING_ROLES}|skrivar)"
                            rf"\s+(?P<name>{_NAME})", re.I)
# … and a second seat after the first, the name before it: "Kari Dahl vart vald til
# møteleiar og Per Vik til skrivar" (nynorsk's "skrivar" beside the chair, as above)
_AND_NAME_TO_ROLE = lazy_regex(rf"\s+og\s+(?P<name>{_NAME})\s+(?:til|som)\s+"
                               rf"(?P<role>{_MEETING_ROLES}|skrivar|sekretær)\b", re.I)
# Seat labels run on after an item's heading: "1. Konstituering: Ordstyrer: Marianne Fauske,
# referent: Bjørgulf Claussen", or one to a line under it ("Dirigent: Liv Aasen")
# (also a constitution item's lettered point: "b) Møteleder: Stein Aune", and the seat
# with the word for electing before it: "Valgt som dirigent: Håkon Brenden")
_ROLE_LABEL_IN_LINE = re.compile(rf"(?:^(?:[a-h]\)\s*)?(?:(?:valgt|valt|vald)\s+(?:som|til)\s+)?|"
                                 rf"[:,;]|\.(?=\s))\s*"
                                 rf"(?P<role>{_MEETING_ROLES}|sekretær)\s*:\s*"
                                 rf"(?P<name>{_NAME})", re.I)
# Two seats, then the two people elected to them in the same order: "Til møteleder og
# referent ble valgt: Kari Holm og Per Dahl", "Valgt som møteleiar og skrivar: Eva Li, Per
# Vik", "Møteleder og referent: Kari Holm Per Dahl" (the names as written after them).
_TWO_SEATS_ELECTED = lazy_regex(
    rf"(?:^|\b(?:valgt|valt|vald)\s+(?:til|som)\s+|\btil\s+|\bsom\s+)"
    rf"(?P<role>{_MEETING_ROLES})\s+og\s+(?P<role2>{_MEETING_ROLES}|skrivar|sekretær)\s*"
    r"(?:(?:ble|blei|vart)\s+(?:enstemmig\s+|samrøystes\s+)?(?:valgt|valt|vald)\s*)?[,:]?\s+"
    r"(?P<names>[A-ZÆØÅ][^.;:()]*)", re.I)
# Between two names: a comma, "og", "&", or nothing but a space ("Kari Holm Per Dahl").
_BETWEEN_NAMES = lazy_regex(r"\s*,\s*|\s+(?:og|&)\s+")


def _two_names(text: str) -> tuple[str, str] | None:
    """The two people a list of two names holds ("Kari Holm og Per Dahl", "Kari Holm, Per
    Dahl"), also when a space alone parts them ("Kari Holm Per Dahl": a first name opens
    each half, neither surname is one); None for one person or more than two."""
    parts = [part for part in _BETWEEN_NAMES.split(text.strip().rstrip(" .")) if part]
    if len(parts) == 1:
        words = parts[0].split()
        if len(words) != 4 or not is_first_name(words[0]) or not is_first_name(words[2]) or \
                is_first_name(words[1]) or is_first_name(words[3]):
            return None
        parts = [" ".join(words[:2]), " ".join(words[2:])]
    if len(parts) != 2 or not all(looks_like_name(part) for part in parts):
        return None
    return parts[0], parts[1]


def _seat_role(seat: str) -> ParticipantRole:
    """The meeting role a seat word names: the chair's ("møteleder", "ordstyrer",
    "dirigent") or the minutes' writer's (the rest)."""
    if seat.lower().startswith(("møtele", "ordst", "dirig")):
        return ParticipantRole.CHAIR
    return ParticipantRole.SECRETARY


def _elected_two_seats(people: People, text: str) -> bool:
    """Add the two people a line elects to two seats in turn ("Til møteleder og referent
    ble valgt: Kari Holm og Per Dahl"): the first to the first seat. True if it did."""
    found = _TWO_SEATS_ELECTED.search(text)
    pair = _two_names(found.group("names")) if found else None
    if found is None or pair is None:
        return False
    for seat, name in zip((found.group("role"), found.group("role2")), pair, strict=True):
        role = _seat_role(seat)
        people.add(Entry(name=name, role=role, led=role is ParticipantRole.CHAIR))
    return True


_has_role_word_elected = contains_any(ROLE_WORDS_ELECTED)  # one expression, not a generator


# How a line under the minutes that names who wrote them starts.
# (also with the day first: "Skrevet 6.3.2026 av Kari Holm")
_SIGNED_STARTS = ("ref", "for ref", "for protokollen", "skrivar", "skriver", "møtesekretær",
                  "sekretær", "protokollfør",
                  # the writer's labels in "av" ("Ført av Eli Vik, 6.6.2026")
                  *WRITER_LABELS_AV,
                  "ved pennen",
                  *(f"{word} {digit}" for word in ("skrevet", "skrive") for digit in "0123456789"))
# The starts by their first three letters: read_other_people's gate asks only those of the
# line's, where ``str.startswith`` would try all thirty on every line (most start with
# none); by one letter, three lines in five were asked some ("f", "s", "v" …), by three
# one in four ("for", "ved": s75b).
_SIGNED_BY_FIRST = by_first_letter(_SIGNED_STARTS, _SIGN_KEY)
# "Valg av referent: Øystein Eeg", "Valg av møteleder: Kari Holm" (the name in capitals
# whatever the label's case: "Valg av møteleder: Astrid Nygård ble valgt." elects her, not
# "Astrid Nygård ble valgt")
_CHOSEN_FOR_ROLE = re.compile(
    r"\bvalg\s+av\s+(?P<role>referent|møteleder|møteleiar|ordstyrer|ordstyrar|dirigent)\s*:\s*"
    r"(?P<name>(?-i:[A-ZÆØÅ][\w-]+(?:\s+(?:[A-ZÆØÅ][\w-]+|[A-ZÆØÅ]\.)){1,3}))", re.I)


def _elected_below(draft: Draft, line: Line) -> None:
    """The one the line under a sub-heading "b) Valg av protokollfører" says was elected
    ("Hege Mathisen ble valgt."): the annual meeting's chair or minute-taker."""
    seat = _ELECTION_HEADING.match(line.body)
    index = line.index + 1
    if seat is None or index >= len(draft.lines) or draft.lines[index].index != index:
        return
    elected = _NAME_ELECTED.match(draft.lines[index].body)
    if elected and looks_like_name(elected.group("name")):
        role = ParticipantRole.CHAIR if seat.group("role").lower().startswith(
            ("møtele", "ordst", "dirig")) else ParticipantRole.SECRETARY
        draft.people.add(Entry(name=elected.group("name"), role=role,
                               led=role is ParticipantRole.CHAIR))  # (as just above)


# "b) Valg av protokollfører", "1.2 Val av møteleiar:" (a sub-heading of the constitution)
_ELECTION_HEADING = lazy_regex(rf"^(?:[a-z\d]{{1,3}}[.)]\s*(?:\d[.)]?\s*)?)?(?:valg|val)\s+av\s+"
                               rf"(?P<role>{_MEETING_ROLES}|sekretær)\s*:?$", re.I)
# "Hege Mathisen ble valgt.", "Kari Dahl vart samrøystes vald."
_NAME_ELECTED = lazy_regex(rf"^(?P<name>{_NAME})\s+(?:ble|blei|vart)\s+"
                           r"(?:enstemmig\s+|samrøystes\s+)?(?:valgt|valt|vald)\.?$")


def _elected_to_meeting_roles(people: People, text: str, lowered: str) -> None:
    """Who a sentence gives the meeting's chair or minutes ("Magne Aasbrenn blei valt til
    møteleiar.", "… framlegg om Anstein Lohndal til møteleiar og Jakob Gullberg til
    referent.")."""
    # every pattern needs a role word and one of the joining words; few lines hold a role
    # word, so that is asked first
    if not _has_role_word_elected(lowered) or not (
            " til " in lowered or " som " in lowered or "valg av" in lowered or
            " vald" in lowered or " valt" in lowered or " valgt" in lowered or
            " er " in lowered or " blir " in lowered or " vert " in lowered or
            ": " in lowered):
        return
    if " og " in lowered and _elected_two_seats(people, text):
        return  # (the patterns below would give the second seat to the first name)
    found: list[re.Match[str]] = []
    for elected in _TO_MEETING_ROLE.finditer(text):
        found.append(elected)
        if (then := _AND_NAME_TO_ROLE.match(text, elected.end())) is not None:
            found.append(then)
    found += [*_CHOSEN_FOR_ROLE.finditer(text), *_ROLE_LABEL_IN_LINE.finditer(text)]
    for elected in (*_ROLE_ELECTED_NAME.finditer(text), *_ROLE_NAME_ELECTED.finditer(text)):
        found.append(elected)
        if (then := _AND_ROLE_NAME.match(text, elected.end())) is not None:
            found.append(then)
    if found and "skrivar" in lowered:
        found += _writer_beside_chair(text, found)
    for match in found:
        name = match.group("name")
        if looks_like_name(name) and job_before_place(name) is None:
            # ("Møteleiar: Kommuneoverlege Sandnes, Øystein Lima": a seat, the name after it)
            role = ParticipantRole.CHAIR if match.group("role").lower().startswith(
                ("møtele", "ordst", "dirig")) else ParticipantRole.SECRETARY
            # the meeting's elected chair led it: the board's "leiar" in the list does
            # not chair it as well (``People.one_chair``)
            # (whom the elected one comes from in brackets after the name: "Dirigent:
            # Håkon Brenden (Solheim IL)")
            club = _CLUB_IN_BRACKETS.match(text, match.end()) if "(" in text else None
            people.add(Entry(name=name, role=role, led=role is ParticipantRole.CHAIR,
                             organization=club.group("org") if club else None))


# An organisation in brackets right after a name, capitalised, of two words or more:
# " (Solheim IL)", " (Nordby kommune)" (not a role's short form, "(PL)", nor a party's).
_CLUB_IN_BRACKETS = lazy_regex(r"\s*\((?P<org>[A-ZÆØÅ][^()\s]*\s[^()]{1,60})\)")


def _writer_beside_chair(text: str, found: list[re.Match[str]]) -> list[re.Match[str]]:
    """The "skrivar" a line elects in a sentence of its own beside the meeting's chair
    ("Som møteleiar vart Eirik Haugen vald. Som skrivar vart Solveig Dahle vald."): the
    meeting's writer, as in one sentence (``_AND_ROLE_NAME``). Alone, "skrivar" may be
    the board's secretary an årsmøte elects."""
    if not any(m.group("role").lower().startswith(("møtele", "ordst", "dirig")) for m in found):
        return []
    return [*_WRITER_NAME_ELECTED.finditer(text), *_WRITER_ELECTED_NAME.finditer(text),
            *_NAME_ELECTED_WRITER.finditer(text)]


# "Som skrivar vart Solveig Dahle vald", "Skrivar vart vald: Solveig Dahle", "Solveig
# Dahle vart vald til skrivar" (beside the chair: ``_writer_beside_chair``)
_WRITER_ELECTED_NAME, _WRITER_NAME_ELECTED = _seat_then_name("skrivar")
_NAME_ELECTED_WRITER = lazy_regex(rf"(?P<name>{_NAME})\s+(?:ble|blei|vart)\s+"
                                  r"(?:samrøystes\s+|enstemmig\s+)?(?:valgt|valt|vald)\s+"
                                  r"(?:til|som)\s+(?P<role>skrivar)\b", re.I)


# ("Sekretær for møtet: Kari Nes" first: "referent" alone would take "for møtet" as a name)
_SIGNATURE = lazy_regex(r"^(?:(?:sekretær|referent|skrivar)\s+(?:for|i|på)\s+møtet(?=\s*:)|"
                        # two titles joined by a slash: "Referent/skrivar: Eli Vik",
                        # "Skrivar / referent: …" (before "referent" alone takes "/ …")
                        r"(?:referent|skrivar|sekretær|protokollfører|protokollførar)\s*/\s*"
                        r"(?:referent|skrivar|sekretær|protokollfører|protokollførar)(?=\s*:)|"
                        # ("Ref: Kari Holm" with no stop, as "Ref.: Kari Holm")
                        r"referent|refr?\.|ref(?=\s*[:;])|"
                        r"referat(?:\s+(?:ført|skrevet|skrive))?\s+av|"
                        r"for\s+referatet|for\s+protokollen|skrivar|skriver|møtesekretær|"
                        rf"(?:{WRITER_VERBS_AV})\s+av|"
                        # the day between: "(Referat) skrevet 6.3.2026 av Kari Holm"
                        r"(?:referat(?:et)?\s+(?:er\s+|ble\s+|vart\s+)?)?(?:skrevet|skrive|ført)\s+"
                        r"\d{1,2}\.[\w. ]{2,16}?"
                        r"\d{2,4}\s+av|"
                        # "Sekretær: Kari Nes", "Protokollførar: Siv Lunde" (not "Sekretær
                        # Kari Nes orienterte …", a title in running text)
                        r"(?:sekretær|protokollfører|protokollførar)(?=\s*:)|"
                        # "Referat: Kari Holm 6.3.2026" closing the minutes: who wrote them
                        # (see _signed_secretary: only under the last item)
                        r"(?P<minutes>referat)(?=\s*:))"
                        # the day the writer signed, before the name: "Ref. 6.3.26 Kari Holm"
                        r"(?:\s*[:;]?\s*\d{1,2}\.\s?\d{1,2}\.\s?(?:\d{4}|\d{2})(?!\d)\s*[,–-]?)?"
                        # her job in small letters before the name ("Referent: daglig leder
                        # Kari Holm", "Protokollført av rådgiver Eli Vik"), which
                        # ``_signed_secretary`` holds to a job title
                        r"\s*[:;]?\s*(?P<job>(?-i:[a-zæøå][\w-]*)(?:\s+(?-i:[a-zæøå][\w-]*))?"
                        r"\s+)?"
                        # a middle initial ("Kari B. Holm") or a particle ("Eva de Lange")
                        # (case-sensitive: "Referent: Kari Holm la fram …" ends at Holm)
                        r"(?P<name>(?-i:[A-ZÆØÅ][\w-]+(?:\s+(?:[A-ZÆØÅ]\.|"
                        r"(?:van|von|de|der|den|di|da|du|la|le)(?=\s+(?:[A-ZÆØÅ]|de[rn]?\s))|"
                        r"[A-ZÆØÅ][\w-]+)){1,4})(?<!\.))",
                        re.I)


# (the title under a name signed, or a label over it; nynorsk "Skrivar", and "Ved pennen")
_SIGNED_AS_SECRETARY = {"referent", "ref", "sekretær", "for referatet", "for protokollen",
                        "referat ved", "skrivar",
                        "møtesekretær", "protokollfører", "protokollførar", "ved pennen"}
# "Kari Holm skriver referat", "(Inspektør Jostein Moldsvor skriv referat.)"
# "Daglig leder Liv Berg førte protokollen", "Referatet ble skrevet av Kari Holm",
# "Protokollført av daglig leder Kari Holm" (under an e-mail meeting's protocol)
# (a stop only after an initial, "Kari H. Holm", "Kari H.-L. Holm": "Møtet vart leia av Eva
# Li. Per Dahl skreiv referatet." names the writer after the stop alone)
_WRITES_MINUTES = re.compile(r"(?P<name>[A-ZÆØÅ][\w-]+(?:\s+(?:[A-ZÆØÅ][\w-]+|"
                             r"[A-ZÆØÅ]\.(?:-[A-ZÆØÅ]\.)?)(?![.\w])){1,3})"
                             # "…, som også skrev referat": who came, and wrote them
                             r"(?:,\s+som(?:\s+også|\s+òg|\s+og)?"
                             # "…, som er nettverkskoordinator og skreiv …": her job between
                             r"(?:\s+er\s+[a-zæøå-]+\s+og)?)?"
                             # "… deltok og skrev protokollen": came, and wrote them
                             r"(?:\s+(?:deltok|deltek|møtte|møter)\s+og)?"
                             # "Dagleg leiar i X, Trond Øyen, var sekretær for møtet."
                             r",?\s+"
                             r"(?:(?:skriver|skriv|skrev|skreiv|fører|førte)\s+"
                             r"(?:referat(?:et)?|protokoll(?:en)?|"
                             # a board's book of minutes: "…, som også førte møteboka"
                             r"møtebok(?:a|en)?|"
                             # a summary's writer: "… og skreiv denne oppsummeringa"
                             r"(?:denne\s+)?oppsummering(?:a|en))|"
                             # "Geir Sand var referent." in running prose
                             r"(?:var|er|blei|ble|vart)\s+(?:referent|skrivar|møtesekretær|"
                             r"sekretær\s+for\s+møtet))\b|"
                             r"\b(?:(?:[Rr]eferat(?:et)?|[Pp]rotokoll(?:en)?)\s+(?:ble|blei|vart|er)\s+"
                             r"(?:skrevet|skrive|ført)|"
                             # "Protokollført av daglig leder Siv Ramstad 12. mars 2026."
                             r"[Pp]rotokollført|[Pp]rotokollert)\s+av\s+(?:[a-zæøå]+\s+){0,2}"
                             r"(?P<name2>[A-ZÆØÅ][\w-]+(?:\s+[A-ZÆØÅ][\w-]+){1,3})")
# Every form ``_WRITES_MINUTES`` reads holds one of these words as written (the pattern
# is case-sensitive): a verb of writing ("skriver", "skrev", "skreiv", "fører", "ført",
# "Protokollert") or the title after "var" / "ble" ("referent", "skrivar", "møtesekretær").
_has_writing_word = contains_any(("skriv", "skrev", "skreiv", "fører", "ført", "rotokollert",
                                  "referent", "møtesekretær", "sekretær for møtet"))


def _writer_named(draft: Draft, line: Line) -> re.Match[str] | None:
    """``_WRITES_MINUTES`` in the line, else in the line above and it together: the name
    may end the line above, wrapped at 72 columns ("… møtte Torunn Fimreite, som" / "er
    nettverkskoordinator og skreiv …").

    Each text is searched only when it holds one of the pattern's words
    (``_has_writing_word``; none spans the space the two lines are joined with): the
    callers' word tests let "Referent: Kari Holm" through, a label on which the search
    tries every capital word as the writer's name and fails slowly (some 7 µs, twice)."""
    body = line.body
    own = _has_writing_word(body)
    if own and (found := _WRITES_MINUTES.search(body)) is not None:
        return found
    if not line.index or line.gap:
        return None
    above = draft.lines[line.index - 1].body
    if not own and not _has_writing_word(above):
        return None
    return _WRITES_MINUTES.search(f"{above} {body}")


# "Dagleg leiar førte protokollen.", "Daglig leder skrev referatet.": the writer named by
# the job the attendance gave them ("Frå selskapet møtte dagleg leiar Stein Moe og …")
_JOB_WROTE = lazy_regex(r"(?:^|[.!]\s+)(?P<job>[A-ZÆØÅ][a-zæøå-]{3,}(?:\s+[a-zæøå-]{3,})?)\s+"
                        r"(?:skriver|skriv|skrev|skreiv|fører|førte)\s+"
                        r"(?:referat(?:et)?|protokoll(?:en)?|møtebok(?:a|en)?)\b")


def _writer_by_job(draft: Draft, line: Line, first_item: int) -> None:
    """Make the secretary of the one person whose job, written before their name in the
    head ("dagleg leiar Stein Moe"), a sentence says kept the minutes ("Dagleg leiar førte
    protokollen."): the job is the writer's only name there. Only a job title
    (``is_job_title``) and only one holder: two with that job leave it open."""
    found = _JOB_WROTE.search(line.body)
    if found is None or not (is_job_title(found["job"]) or
                             is_job_title(found["job"].split()[0])):
        return
    job = found["job"].casefold() + " "
    head = " ".join(draft.lines[i].lowered for i in range(first_item))
    holders = [p for p in draft.people.order if job + p.name.casefold() in head]
    if len(holders) == 1 and holders[0].role in (None, ParticipantRole.GUEST.value):
        holders[0].role = ParticipantRole.SECRETARY.value


_REFERENT_INLINE = lazy_regex(r"(?:[.;]\s+)(?:referent|Referent)(?:\s*[:;]|\s+var|\s+ble)\s*"
                              r"(?P<name>[A-ZÆØÅ][\w-]+(?:\s+[A-ZÆØÅ][\w-]+){0,3})")


# "Kari Holm ledet møtet." / "Ingrid Bøe ledet seminaret." (``LED_THE_MEETING``,
# ``LED_THE_GATHERING``)
_led_the_meeting = contains_any(LED_THE_MEETING)
_led_the_gathering = contains_any(LED_THE_GATHERING)
_GATHERING_LED = lazy_regex(r"(?:^|[.!]\s+)(?:[A-ZÆØÅ][a-zæøå]*(?:leder|leiar|koordinator)\s+)?"
                            r"(?P<name>[A-ZÆØÅ][\w-]+(?:\s+[A-ZÆØÅ][\w-]+){1,3})\s+"
                            r"(?:ledet|leia)\s+(?:seminaret|samlingen|samlinga)\b")

def read_other_people(draft: Draft) -> None:
    """Chairs, referents and presenters named outside the attendance sections."""
    people = draft.people
    first_item = draft.items[0].line if draft.items else len(draft.lines)
    second_item = draft.items[1].line if len(draft.items) > 1 else len(draft.lines)
    last = len(draft.lines) - 1
    for line in draft.lines:
        lowered = line.lowered
        if line.is_table and line.index > draft.head_end:
            _signed_side_by_side(draft, line)
            if "," in line.text or "(s" in lowered:  # ("Kari Nes (sign.) leiar")
                _signed_with_titles(draft, line)
        if line.index == last and line.index > first_item and lowered[-1:].isdigit():
            _signed_writer(draft, line)  # "Kari Holm, referent, 6. mars 2025" ending them
        # (each test below needs a cue word, ``OTHER_PEOPLE_WORDS``, found where the line
        # was made, or the line to end as a chair's signature or start as a minute-taker's)
        if not line.cues & OTHER_PEOPLE_CUE and \
                ((signer_ends := _SIGNER_BY_LAST.get(lowered[-_SIGN_KEY:])) is None or
                 not lowered.endswith(signer_ends)) and \
                ((signed_starts := _SIGNED_BY_FIRST.get(lowered[:_SIGN_KEY])) is None or
                 not lowered.startswith(signed_starts)):
            continue  # none of the tests below can hold (most lines)
        if line.index > first_item and lowered.endswith(WRITER_ENDINGS):
            _signed_writer(draft, line)
        if "ledet av" in lowered or "leia av" in lowered or "leda av" in lowered or \
                "møtet ble satt" in lowered or "møtet vart sett" in lowered or \
                "møtet ble åpnet" in lowered:
            chaired = _CHAIRED_BY.search(line.body)
            opened_only = chaired is not None and ("åpne" in lowered or "opna" in lowered) \
                and "ledet av" not in lowered and "leia av" not in lowered
            if opened_only and (known := people.find(chaired.group("name"))) is not None \
                    and known.role == ParticipantRole.GUEST:
                # "Eiermøtet ble åpnet av styreleder Eva Kirk." of one listed without a vote:
                # she chairs until the meeting elects its own (``People.opened_by``)
                people.opened_by(known)
            elif chaired:  # (led, or only opened: "Møtet ble satt av …")
                chair = people.add(Entry(name=chaired.group("name"), role=ParticipantRole.CHAIR,
                                 organization=chaired.group("org") or chaired.group("org_after")
                                 or _chair_job_place(line.body, chaired),
                                 led="ble satt" not in lowered and "vart sett" not in lowered
                                 and "åpne" not in lowered and "opna" not in lowered))
                if chair is not None and line.index < first_item:
                    # "Samlinga vart leia av X." in an opening paragraph over the list of
                    # presenters: she is named first (``_first_if_named_first``)
                    _first_if_named_first(draft, chair, line.index)
        elif _led_the_gathering(lowered) and \
                (led := _GATHERING_LED.search(line.body)) and looks_like_name(led["name"]):
            people.add(Entry(name=led["name"], role=ParticipantRole.CHAIR, led=True))
            # "Nettverksleder Ingrid Bøe ledet seminaret.": the day's chair
        elif ("møtele" in lowered or "ordstyr" in lowered) and (
                was_chair := _WAS_CHAIR.search(line.body) or _CHAIR_WAS.search(line.body)) and \
                looks_like_name(was_chair.group("name")):
            chair = people.add(Entry(name=was_chair.group("name"), role=ParticipantRole.CHAIR,
                                     led=True))  # "X var møteleder": she led this meeting
            if chair is not None and "ordstyr" in lowered:
                _first_if_named_first(draft, chair, line.index)
        elif line.index < second_item and lowered.startswith(_MAYOR_STARTS) and \
                (opener := _MAYOR_OPENED.match(_sentence_on(draft.lines, line.index,
                                                           second_item))) and \
                looks_like_name(opener.group("name")):
            # "Ordfører Kari Holm åpnet møtet (og ønsket velkommen)." over the items (before
            # the welcoming, which takes the title for a name): she was there. A council
            # the mayor leads by law she chairs (``People.mayor_chairs``, if no one else is
            # called chair); at another body's meeting (a youth or elderly council) she
            # came as a guest, unless its list names her already
            body = draft.record.body
            people.add(Entry(name=opener.group("name"), mayor=True,
                             role=ParticipantRole.GUEST if body and not is_mayor_led(body)
                             else None))
        elif line.index < first_item and ("velkom" in lowered or "vel møtt" in lowered):
            # (nynorsk "velkomen", "ønskte vel møtt")
            sentence = _sentence_on(draft.lines, line.index, first_item)
            welcomed = chair_sentence(sentence)
            if welcomed:
                people.add(welcomed)  # "X ønsket velkommen og ledet så møtet." after the agenda
            elif (host := _WELCOMED.match(sentence)) and looks_like_name(host.group("name")):
                # "X ønskte velkommen": was there; "Leder X ønsket … velkommen" chaired
                people.add(Entry(name=host.group("name"),
                                 role=ParticipantRole.CHAIR if _welcomed_as_chair(host)
                                 else None))
        elif line.index < first_item and ("åpn" in lowered or "opn" in lowered) and \
                (opener := _TITLED_OPENED.match(_sentence_on(draft.lines, line.index,
                                                             first_item))) and \
                looks_like_name(opener.group("name")):
            # "Styrets leder Bente Aas åpnet møtet." over the items: she came, and chaired
            # until a møteleder the meeting elects takes over (``People.one_chair``)
            people.add(Entry(name=opener.group("name"), role=ParticipantRole.CHAIR, led=False))
        elif line.index < second_item and ("velkom" in lowered or _led_the_meeting(lowered)) and \
                (known := _chair_welcoming(people, line.body)) is not None:
            people.opened_by(known)  # "… Leder Petter Dahl ønsket det nye
            # styret velkommen." in the first item: a listed member chaired (so did "Kari
            # Holm ledet møtet." there)
        elif line.index > first_item and ("møtet fr" in lowered) and \
                (known := _chair_from_item(people, line.body)) is not None:
            known.role = ParticipantRole.CHAIR.value  # "Kari Holm ledet møtet fra sak 3.":
            # a listed member, just elected the body's leader, took the chair for the rest
        elif first_item <= line.index < second_item and \
                ("møtet" in lowered or "velkom" in lowered) and \
                (host := _titled_host(line.body)) is not None and \
                not any(p.role == ParticipantRole.CHAIR.value for p in people.order):
            people.add(host)  # "Styreleder Randi Sæther ønsket velkommen." in the first
            # item, by one no list names: she came, and chaired
        _elected_to_meeting_roles(people, line.body, lowered)
        if ("valg av" in lowered or "val av" in lowered) and len(lowered) < 60:
            _elected_below(draft, line)
        if lowered.endswith(_CHAIR_ENDINGS) and (signed := signing_chair(line.body)) \
                and people.find(signed) is not None and \
                ("(" in line.body or not first_item < line.index < closing_start(draft)):
            # "Kåre Haugli (s.) styreleder" under the minutes: a listed member chaired (in
            # an item's text "Marit Sunde, leder" without the mark is whom it elected)
            people.add(Entry(name=signed, role=ParticipantRole.CHAIR))
        elif lowered.endswith(_CHAIR_ENDINGS) and _chair_signs_unlisted(draft, line):
            pass  # "Kari Holm, leder" signing under the minutes, named in no list
        elif line.index > first_item and SIGNER_ROLES.get(lowered.strip(" .,")) is _CHAIR:
            if (known := _signed_above(draft, line)) is not None:
                known.role = ParticipantRole.CHAIR.value  # "Kari Nes" over "styreleder"
            else:
                _chair_signs_above_title(draft, line)  # "Ingrid Fjære" / "leiar", unlisted
        if line.index > first_item and (lowered[:13] == "sekretariatet" or (
                "," in lowered and ("sekr" in lowered or ", ref" in lowered or
                                    "skrivar" in lowered))):
            _writer_signs_above_title(draft, line)  # "Eivind Sandaker" / "daglig leder,
            # sekretær for styret", "Jon Rustad" / "sekretariatet"
        if line.index >= draft.head_end and \
                (signed_starts := _SIGNED_BY_FIRST.get(lowered[:_SIGN_KEY])) is not None and \
                lowered.startswith(signed_starts):
            if _signed_secretary(draft, line.index, lowered):
                pass
            elif (first := _SIGNED_FIRST_NAME.match(line.body)) and \
                    (known := people.find(first.group("name"))) is not None:
                known.role = ParticipantRole.SECRETARY.value  # "Ref. Sverre": one who came
            elif (signed := _SIGNED_INITIALS.match(line.body)) and \
                    (known := people.with_initials(signed.group("initials"))) is not None:
                known.role = ParticipantRole.SECRETARY.value  # "Ref: KH": the one listed
                # person with those initials wrote the minutes
        elif line.index < first_item and "ref" in lowered and \
                _ends_in_capitals(line.body) and (signed := _HEAD_INITIALS.search(line.body)) and \
                (known := people.with_initials(signed.group("initials"))) is not None:
            known.role = ParticipantRole.SECRETARY.value  # "Referent: TS" over the items,
            # alone or lined up beside the date: as signed under them, the one the list of
            # who came gave those initials ("Hanne Moe (HM)")
        elif "referent" in lowered and not lowered.startswith("referent"):
            inline = _REFERENT_INLINE.search(line.body)  # "Møtet ble ledet av X. Referent: Y."
            if inline and (known := people.find(inline.group("name"))) is not None:
                known.role = ParticipantRole.SECRETARY.value  # "… Referent: Oddveig"
            elif inline and " " in inline.group("name"):
                people.add(Entry(name=inline.group("name"), role=ParticipantRole.SECRETARY))
        if ((("referat" in lowered or "protokoll" in lowered or "oppsummering" in lowered or
              "møtebok" in lowered) and
             ("skr" in lowered or "før" in lowered)) or "referent" in lowered or
                "skrivar" in lowered or "møtesekretær" in lowered or
                "sekretær for møtet" in lowered) and \
                (writer := _writer_named(draft, line)) is not None:
            name = _without_title(written := writer.group("name") or writer.group("name2"))
            known = people.find(name) if looks_like_name(name) else None
            employer = _employer_before_name(writer, written, name)
            if known is not None and employer and not known.organization:
                known.organization = employer
            if known is not None and known.role == ParticipantRole.GUEST.value:
                known.role = ParticipantRole.SECRETARY.value  # "Frå regionrådet møtte X, som
                # … skreiv denne oppsummeringa": the one who wrote them, not a visitor
            elif looks_like_name(name):
                people.add(Entry(name=name, organization=employer,
                                 role=ParticipantRole.SECRETARY))
        elif ("før" in lowered or "skr" in lowered) and line.index < first_item and \
                ("protokoll" in lowered or "referat" in lowered or "møtebok" in lowered):
            _writer_by_job(draft, line, first_item)
    if draft.record.kind == DocumentKind.PRESENTATION:
        return
    for line in draft.lines[:first_item]:  # (the head, and a programme over the sections)
        if ("v/" in line.lowered or "ved " in line.lowered) and line.body[:1].isdigit():
            _slot_presenter(people, line.body)
    if draft.record.kind == DocumentKind.MINUTES and draft.items:
        _opening_presenters(draft, first_item)
    # an item's guests and presenters are named under its heading: only those lines are
    # tested for them (a set lookup a line rather than substring tests on every line)
    opening: set[int] = set()
    headings: dict[int, str] = {}  # an item's heading line: its title
    if draft.record.kind == DocumentKind.MINUTES:
        for cand in draft.items:  # (a range each: no inner loop of the interpreter's)
            opening.update(range(cand.line + 1, cand.line + _ITEM_OPENING + 1))
            headings[cand.line] = cand.title
        if _is_bare_list(draft):
            # a programme's list over the sections that tell what was said: each talk's
            # speaker is named under its section's heading ("Klimaregnskap" / "Innlegg
            # ved Kari Holm, Miljødirektoratet. …"), not under the list's entry
            for cand, at in zip(draft.items, _titles_found_below(draft), strict=True):
                if at is not None:
                    opening.update(range(at + 1, at + _ITEM_OPENING + 1))
                    headings[at] = cand.title
    above: Line | None = None
    # (``may_hold_partial``'s hints searched in all the lines below at once: most minutes
    # hold none, and then each line asks only for a "var med" clause)
    hints = bool(draft.head_end) and not no_partial_hint(draft.lines[draft.head_end:])
    for at, line in enumerate(draft.lines[draft.head_end:], draft.head_end):
        lowered = line.lowered
        before, above = above, line
        # (before the presenters: "A og B fra NAV deltok under sak 2" adds both, in order)
        # (``may_hold_partial``: the line holds what ``partial_sentences`` needs, tested
        # once here for both calls below, which would find nothing in another line)
        # (without the other hints only a "var med" clause is left, which needs "med ":
        # most lines leave on that one search, before the call)
        partial = draft.head_end and (hints or "med " in lowered) and \
            may_hold_partial(lowered, line.body, hints) and len(people)
        if partial:
            # (with the sentence's rest a PDF wrapped onto the next line: "… og deltok
            # ikke i" / "voteringen.", so that the note is whole)
            _note_sentences_in_items(people, *_with_wrapped_rest(draft.lines, at),
                                     before.body if before is not None and not line.gap else "",
                                     hinted=True)
        # the pattern needs "fra", "frå" or "(" after the name, and a verb after that:
        # most lines have neither, and leave before the search (and before the call)
        body = line.body
        if ", " in body and _has_presenter_verb(lowered):
            # "Eva Lund, dagleg leiar i Vestby Næringsselskap, orienterte": as "Eva Lund
            # (Vestby Næringsselskap) orienterte", the form the pattern reads
            body = appositions_as_brackets(body)
        # (the four searches written out, not ``_has_presenter_from``'s: its call a line
        # cost more than they do; s76f)
        if ("(" in body or "fra" in body or "frå" in body or "kommune " in body) and \
                _may_hold_presenter(body):
            added = len(people)
            for match in _PRESENTER.finditer(body):
                name = _without_title(match.group("name"))  # "Forsker Anders Lie fra …"
                if (known := people.find(name)) is not None:
                    _presenter_org_given(known, match.group("org"))
                elif not _same_by_first_name(people.find(name.split()[0]), name):
                    people.add(Entry(name=name, organization=match.group("org"),
                                     role=ParticipantRole.GUEST))
            if partial and len(people) > added:
                # "Lars Holm fra NAV orienterte og forlot møtet etter sak 2": the presenter
                # came in the step above, and leaves now
                _note_sentences_in_items(people, line.body, lowered, hinted=True)
        if line.index in opening:
            if ("v/" in lowered or "ved " in lowered) and \
                    _presented_by(people, _LETTERED_POINT.sub("", line.body, count=1), lowered,
                                  _sub_point(line)):
                pass  # "Orientering v/ Trond Berg, Visit Sørdalen."; a sub-point's topic
                # as a heading's: "- Status for legevaktprosjektet v/ prosjektleiar Lise Dahl"
            elif (openers := _PRESENTER_OPENERS_BY_FIRST.get(lowered[:1])) is not None and \
                    lowered.startswith(openers) and len(lowered) <= 80:
                # "v/ kasserar Liv Moen" on a line of its own under the heading
                _add_presenters_named(people, line.body.split(None, 1)[-1])
            elif (guest_starts := _ITEM_GUEST_BY_START.get(lowered[:_GUEST_KEY])) is not None \
                    and lowered.startswith(guest_starts):
                _guests_of_an_item(people, line.text)
            elif _has_presented_word(lowered):
                wrapped = (
                    before is not None
                    and before.index not in headings
                    and _wrapped_on_from(before, line)
                )
                _add_presenters(people, line.body, draft.record.body, wrapped=wrapped)
        if line.index in headings and ("v/" in lowered or "ved " in lowered):
            # "Sak 2/24 Status bredbånd v/ Per Dahl", "10.45–11.45 Erfaringer med
            # helsestasjon ved Petter Lund (Fjordal kommune)"
            title = headings[line.index]
            _presented_by(people, title, title.casefold(), heading=True,
                          slot=line.body[:1].isdigit() and without_time_slot(line.body)
                          is not line.body)  # (a programme's slot: a talk's topic)
    if people.listed_presenters:
        _presenters_in_closing_list(draft)
        _one_case_presenters(people.listed_presenters, people.order)
    if draft.lists_below:
        _named_above_list_first(draft)


def _first_if_named_first(draft: Draft, person: Participant, index: int) -> None:
    """Put one a head sentence names ("Ordstyrer var koordinator Silje Haugland.") first
    when no one else read so far is named in the lines up to and including it: a
    summary's opening paragraph names the chair before its list of presenters, and the
    order is of first appearance."""
    above = " ".join(line.body for line in draft.lines[:index + 1])
    if all(other is person or other.name not in above for other in draft.people.order):
        draft.people.put_first([person])


def _opening_presenters(draft: Draft, first_item: int) -> None:
    """Those the opening prose right above the first item says presented ("Møtet ble satt
    kl. 10.00. Oppdragsansvarlig revisor Kari Holm orienterte om revisjonsplanen."): read
    as an item's opening lines are, the head's labelled lines left to the lists."""
    for line in draft.lines[max(draft.attendance_start, first_item - _ITEM_OPENING):first_item]:
        if _has_presented_word(line.lowered) and not line.is_table and \
                match_label(line.text) is None:
            _add_presenters(draft.people, line.body, draft.record.body)


def _named_above_list_first(draft: Draft) -> None:
    """Those the text names above an attendance list after the items (the head's "Møtet
    vart leia av X. Y skreiv referatet.", a presenter in an item) before the people only
    that list names ("Deltakarar:" at the end), in the order the text names them: the
    reading guide's order of first appearance, which the steps' order (lists first,
    sentences after) would not keep. The rest keep their order."""
    above = " ".join(line.body for line in draft.lines[:draft.lists_below])
    places = {id(person): above.find(person.name) for person in draft.people.order}
    named = sorted((person for person in draft.people.order if places[id(person)] >= 0),
                   key=lambda person: places[id(person)])
    if named:
        draft.people.put_first(named)


def _presenters_in_closing_list(draft: Draft) -> None:
    """Presenters the closing participant list under the items names as members are
    guests. A gathering's summary (a network's seminar, a dialogue meeting) lists everyone
    who came at its end, speakers from outside with the network's own; the text says who
    came to give a talk ("Innlegg ved …"), as a head's "Innledere:" would. A member of the
    head's own attendance list who presents stays a member."""
    lines = draft.lines
    if not draft.items or (end := closing_start(draft)) >= len(lines) or \
            not closing_people_list(lines, end):
        return
    head = "\n".join(line.body for line in lines[:draft.items[0].line])
    closing = "\n".join(line.body for line in lines[end:])
    for known in draft.people.listed_presenters:
        if known.role == ParticipantRole.MEMBER.value and known.name in closing and \
                known.name not in head and not _hosts(known, draft):
            known.role = ParticipantRole.GUEST.value


# A programme's slot or a sentence that has a person welcome the gathering: "Velkommen v/
# Eva Li", "Åpning ved Eva Li", "Eva Li ønsket velkommen", "Eva Li ønskte velkomen".
_WELCOME_BY = lazy_regex(r"(?i:velkomm?en|åpning|opning)\s+(?:v/|ved)\s*"
                         r"(?P<by>[A-ZÆØÅ][\w-]+(?:\s+[A-ZÆØÅ][\w-]+)+)|"
                         r"(?P<welcomer>[A-ZÆØÅ][\w-]+(?:\s+[A-ZÆØÅ][\w-]+)+)\s+"
                         r"(?:ønsket|ønskte|ynskte)\s+(?:\w+\s+){0,3}?"
                         r"(?:velkomm?en|vel\s+møtt)")


def _hosts(known: Participant, draft: Draft) -> bool:
    """Whether a presenter the closing list names is the gathering's host, one of its
    own: she welcomes it ("Velkommen v/ Eva Li", "Eva Li ønsket velkommen"), or comes
    from the organisation that holds it (the record's, "Akershus fylkeskommune" over a
    county network). A welcome is no talk from outside; the guide reads anyone in the
    body's own attendance list as a member."""
    organization = draft.record.organization
    if organization and known.organization and \
            known.organization.casefold() == organization.casefold():
        return True
    for line in draft.lines:
        lowered = line.lowered
        if ("velkom" in lowered or "vel møtt" in lowered or "åpning" in lowered or
                "opning" in lowered) and known.name in line.body:
            for match in _WELCOME_BY.finditer(line.body):
                if known.name in (match.group("by") or match.group("welcomer") or ""):
                    return True
    return False


# A note that gives one case alone as the time someone attended: "sak 2/25", "kun sak 3",
# "under sak 4" (not "fra sak 3", "til og med sak 5": part of the meeting, a member's).
# (or two: "sak 3 og 4", a planning forum's agency there for its cases; or the case of its
# own, a group heading's "Kommunene (til stede under egen sak):")
# (also said as a sentence: "deltok under sak 3", "deltok på Teams under sak 3/26")
_ONE_CASE_NOTE = lazy_regex(r"^(?:(?:deltok|deltek|møtte)\s+"
                            r"(?:(?:på\s+teams|via\s+teams|digitalt)\s+)?(?:under|på|i)\s+|"
                            r"(?:kun|bare|berre|(?:til\s*st(?:ede|ades)\s+)?under|i)\s+)?"
                            r"(?:(?:sak|saka|saken|pkt\.?|punkt)"
                            r"\s*[\w./-]+(?:\s+og\s+(?:sak\s*)?[\w./-]+)?|"
                            r"(?:egen|eigen|eiga|sin|si)\s+sak)$", re.I)


def _one_case_presenters(presenters: list[Participant], everyone: list[Participant]) -> None:
    """A listed person who attended for one case alone ("Kari Lien, Statens vegvesen (sak
    3/25)", "Museum: Eva Li (sak 2)") and presented is a presenter from outside the body,
    a guest by the reading guide, not one of its members; her partial attendance stays.
    Only a member by default (a chair or secretary keeps the seat), only a note of one
    case (``_ONE_CASE_NOTE``). Those of her organisation there for the same case came
    with her (a municipality's planners at a planning forum): guests too."""
    came_for = set()
    for known in presenters:
        # (the note first: most presenters have none)
        if known.note and known.attendance == Attendance.PARTIAL and \
                known.role == ParticipantRole.MEMBER and \
                _ONE_CASE_NOTE.match(known.note) is not None:
            known.role = ParticipantRole.GUEST.value
            if known.organization:
                came_for.add((known.organization, known.note))
    for other in everyone if came_for else ():
        if other.role == ParticipantRole.MEMBER and (
                (other.organization, other.note) in came_for or (
                    other.attendance == Attendance.PARTIAL and other.note and
                    other.organization in {org for org, _ in came_for} and
                    _ONE_CASE_NOTE.match(other.note) is not None)):
            # (also when their notes are put otherwise: the group's "til stede under egen
            # sak" for the presenter, "(sak 2/26)" after the planner beside her)
            other.role = ParticipantRole.GUEST.value


def _same_by_first_name(known: Participant | None, name: str) -> bool:
    """Whether the one participant a presenter's first name finds is the presenter: "Kari
    orienterte" or "Kari Holm fra NAV" for a listed "Kari Holm-Lie"; not when both names
    have a surname and neither begins the other ("Per Moe fra KoRus" beside a listed "Per
    Arne Storli": another Per, a visitor)."""
    if known is None:
        return False
    words, known_words = name.casefold().split(), known.name.casefold().split()
    if len(words) < 2 or len(known_words) < 2:
        return True
    last, known_last = words[-1], known_words[-1]
    return known_last.startswith(last) or last.startswith(known_last) or last in known_words


def _slot_presenter(people: People, text: str) -> None:
    """Who a programme's slot above the items names as presenting ("10.15 Kulturskulen som
    ressurssenter – Innlegg ved Eva Li, rektor ved Lia kulturskule"): she came to speak,
    a guest from where she works, first named here although the summary's sections
    under the head tell what she said. Only a line that opens on its time. A slot's title
    is a talk's topic whatever its last word ("… fram mot 2030 v/ …", "Erfaringer fra
    Elverum: Jobbsjansen v/ …"): no letter from a sender unless a sender's noun says so."""
    topic = without_time_slot(text)
    if topic is not text:
        _presented_by(people, topic, topic.casefold(), heading=True, slot=True)


# A lettered sub-point of an item: "a) Status for legevaktprosjektet v/ Lise Dahl".
_LETTERED_POINT = lazy_regex(r"^[a-zæøå][).]\s+")


def _sub_point(line: Line) -> bool:
    """Whether a line under an item's heading is one of its sub-points, a bullet or a
    lettered point ("- Årsrapport 2025 v/ Kari Moe", "b) Status ROP-team v/ Per Lie"):
    each a topic of its own, read for its presenter as an item's heading is."""
    return line.is_bullet or _LETTERED_POINT.match(line.body) is not None


#: How many lines under an item's heading may name its guests and presenters.
_ITEM_OPENING = 4
# How a label over the guests of one item starts, inside the item ("Gjester: …",
# "Innleder: …", "Til stede under saken: …").
# (the first four letters of the talk's words among them, a cheap test for every line)
_HEAD_TALK_STARTS = frozenset(("innl", "pres"))
_ITEM_GUEST_STARTS = ("gjest", "innled", "innleiar", "til stede under", "tilstede under",
                      "til stades under", "foredrag", "inviterte", "presentasjon ved",
                      "innledning ved")
# (read_other_people asks only those of the line's first four letters: by one, s70g,
# every opening line of an item that opened with "i", "t", "f" … asked a ``startswith``;
# by four, s76f, only those opening "innl", "til ", "fore" …)
_GUEST_KEY = 4
_ITEM_GUEST_BY_START = by_first_letter(_ITEM_GUEST_STARTS, width=_GUEST_KEY)
_PRESENTER_OPENERS_BY_FIRST = by_first_letter(PRESENTER_OPENERS)


# A presentation by a person: "Orientering v/ Trond Berg", "Innleiing ved Siri Nes (NAV)",
# "Saken ble presentert v/ rådgiver Per Dahl"; in an item's heading after its topic
# ("Sak 2/24 Status bredbånd v/ Per Dahl").
_PRESENTED_VIA = lazy_regex(
    r"(?P<before>[\w-]+)[\s,–-]*(?P<via>v/|ved\s)\s*(?P<who>[^.;:]+?)"
    r"(?=\s+om\s|\s+[–-]\s|[.;:]\s|[.;:]?$)")
_PRESENTING_WORDS = frozenset({
    "orientering", "orienteringar", "orienteringer", "innledning", "innleiing", "innlegg",
    "presentasjon", "foredrag", "gjennomgang", "informasjon", "status", "statusrapport",
    "orientert", "presentert", "innledet", "innleia", "gjennomgått", "tema",
    # laid before the meeting by: "Regnskapet ble lagt fram v/ kasserer Eva Lid",
    # "Budsjettet vart framlagt ved rådgjevar Per Dahl"
    "fram", "framlagt", "framlagd"})
# The verbs of laying a paper before the meeting, before "fram": "lagt fram", "lagd fram".
_LAID_WORDS = ("lagt", "lagd", "la", "legges", "leggast", "lagde")
# Letters, applications and invitations "fra Nordby IL v/ Kari Holm" name who sent them.
_SENDER_NOUNS = ("søknad", "klage", "henvendelse", "brev", "invitasjon")


def _news_from_members(text: str, via: int) -> bool:
    """Whether the only sender word before "v/" (``via``) is "fra"/"frå" before a plural
    in lower case ("Nytt fra kommunene v/ Per Aas", "Orientering frå skulane v/ …"): the
    members' news, presented by the one named, not a letter an organisation sent ("Søknad
    fra Nordby IL v/ Kari Holm")."""
    head = text[:via].casefold()
    if any(word in head for word in _SENDER_NOUNS):
        return False
    found = _FROM_PLURAL.search(text, 0, via)
    return found is not None and not _FROM_PLURAL.search(text, found.end(), via) and \
        text.count(" fr", 0, via) == 1


# "fra kommunene", "frå skulane": a lower-case plural (definite) after "fra"/"frå".
_FROM_PLURAL = lazy_regex(r"\bfr[aå]\s+[a-zæøå]+(?:ene|ane|erne)\b")


def _presented_by(people: People, text: str, lowered: str, heading: bool = False,
                  slot: bool = False) -> bool:
    """Add who a line at an item's start says presented (see ``_PRESENTED_VIA``) as
    guests, unless listed already; True if it names a presenter.

    Under the heading a presenting word must come before "v/" or "ved" ("ved" alone is
    also "at"); in the heading the topic may be anything but an organisation ("Nordby
    kommune v/ Kari Holm" is whom she speaks for, not what she presented), before "v/"
    or "ved" ("Erfaringer med helsestasjon ved Petter Lund (Fjordal kommune)"). Only full
    names that start with a known first name: "v/ Visit Sørdalen", "ved Solbakken skole"
    are no one."""
    found = _PRESENTED_VIA.search(text)
    if found is None:
        return False
    before = found.group("before")
    if (" fra " in text or " frå " in text or "esøk " in text) and \
            (sent := _PRESENTED_FROM.search(text, 0, found.end("before"))):
        # "Presentasjon fra Statsforvalteren i Nordland ved rådgiver Eva Li": she
        # presented, for the organisation named before "ved" (no letter it sent); so did
        # those a visit names ("Besøk av NAV Follo ved leder Siri Dahl og rådgiver Per Aas")
        return _add_presenters_named(people, found.group("who"), sent.group("org"))
    # (the letter's noun before "v/" or "ved": "Brev fra Nordby IL v/ Kari Holm"; after it
    # the words are the presenter's, whose name may hold one: "ved Ola Brevik")
    head = lowered[:found.start("via")]
    if (any(word in head for word in _SENDER_NOUNS) or
            (not slot and ("fra " in lowered or "frå " in lowered))) and \
            not _news_from_members(text, found.start("via")):
        return False
    if before.casefold() == "fram" and not \
            text[:found.start("before")].rstrip().casefold().endswith(_LAID_WORDS):
        return False  # "Saka vart sendt fram ved …": sent on, not laid before the meeting
    if before.casefold() not in _PRESENTING_WORDS and not (
            heading and
            not before.casefold().endswith(ORGANISATION_ENDINGS) and
            (slot or before[:1].islower() or " " not in text[:found.start()].strip())):
        return False
    return _add_presenters_named(people, found.group("who"))


# A presentation for an organisation, its name after "fra"/"frå" up to "ved"/"v/"
# ("Presentasjon fra Statsforvalteren i Nordland", "Innlegg frå Vestland fylkeskommune"),
# or a visit from one ("Besøk av NAV Follo", "Besøk frå Husbanken").
_PRESENTED_FROM = lazy_regex(r"\b(?:(?:[Pp]resentasjon|[Ii]nnlegg|[Oo]rientering|[Ff]oredrag|"
                             r"[Ii]nnledning|[Ii]nnleiing)\s+fr[aå]|[Bb]esøk\s+(?:av|fra|frå))\s+"
                             r"(?P<org>[A-ZÆØÅ][\w-]*(?:\s+[\w-]+){0,5})$")


def _add_presenters_named(people: People, who: str, organization: str | None = None) -> bool:
    """Add the people ``who`` names as presenting guests, unless listed already; True
    if it names someone. Only full names that start with a known first name, so a
    title before the name goes ("kasserar Liv Moen") and "Visit Sørdalen" is no one.
    One name and one more part that is no person ("Per Ås, Asplan Viak") is the name
    and the organisation; ``organization`` is the one the text names before "ved"."""
    named = False
    entries = parse_line(who.strip(" ,"), ParticipantRole.GUEST, Attendance.PRESENT)
    if len(entries) == 2 and entries[0].organization is None and \
            entries[1].organization is None and not is_first_name(
                entries[1].name.split(" ", 1)[0]) and ", " in who:
        entries[0].organization = entries[1].name  # "v/ Per Ås, Asplan Viak"
        entries = entries[:1]
    for entry in entries:
        if organization and entry.organization is None:
            entry.organization = organization
        name = _without_title(entry.name)
        if not looks_like_name(name) or not (
                is_first_name(name.split(" ", 1)[0]) or _shaped_as_person(who, entry)):
            continue
        named = True
        if (known := people.find(name)) is None:
            entry.name = name
            people.add(entry)
        else:
            people.listed_presenters.append(known)
    return named


def _shaped_as_person(who: str, entry: Entry) -> bool:
    """Whether a presenter whose first name no list knows is a person by the shape of the
    words: a job title right before the name ("ved rådgiver Siri Oyelaran") or an
    organisation by its kind after it ("v/ Imran Ali, NAV Sørvik"). "Visit Sørdalen"
    alone has neither."""
    if entry.organization and names_organisation(entry.organization):
        return True
    before = who[:who.find(entry.name)].split()
    return bool(before) and who.find(entry.name) > 0 and is_job_title(before[-1])


def _guests_of_an_item(people: People, text: str) -> None:
    """The guests a label inside an item names ("Gjester: Lars Holm (Innovasjon Norge)",
    "Til stede under saken: Geir Lund, NAV"): guests, partial when the label says for
    which part. Only people not listed already: the head's list says how they attended."""
    label = match_label(text)
    if label is None or label.field is not Field.GUESTS or not label.value or \
            len(label.value) > 150 or ". " in label.value:
        return
    during = present_group(text)
    for entry in parse_line(label.value, ParticipantRole.GUEST, Attendance.PRESENT):
        if (known := people.find(entry.name)) is not None:
            if known.organization is None and entry.organization:
                # "Kari Holm fortalde om …" above "Innleiarar: Kari Holm (Dal kommune)":
                # whom she represents, which the text above did not say
                known.organization = entry.organization
            continue
        if during and during[1] and entry.attendance is Attendance.PRESENT and \
                entry.note is None:
            entry.attendance, entry.note = Attendance.PARTIAL, during[1]
        people.add(entry)


def _signed_writer(draft: Draft, line: Line) -> None:
    """ "Kari Holm, referent" in the closing block under the last item: the one who wrote
    the minutes signs them, and is the secretary. Not inside an item's text, where "Kari
    Holm, sekretær" may name an office the body elected. Nor a row of a table's cells
    ("Petter Ås | Fjordløftet | Prosjektleder, referent" ending a closing list): the
    row's person, read with the list, and no name runs across its cells."""
    if line.is_table and sum(1 for cell in line.cells if cell.strip()) > 1:
        return
    signed = SIGNED_WRITER.match(without_trailing_day(line.body))
    if signed and looks_like_name(signed.group("name")) and \
            line.index >= closing_start(draft):
        draft.people.add(Entry(name=signed.group("name"), role=ParticipantRole.SECRETARY))
    elif signed is None and (first := FIRST_NAME_WRITER.match(line.body)) and \
            line.index >= closing_start(draft):
        _first_name_writer(draft.people, first.group("name"))


def _first_name_writer(people: People, name: str) -> None:
    """ "Tove (sekretær)" / "Tove, referent" signing the minutes: the list's one Tove is
    the secretary, as a mail's greeting is signed by a first name; with no Tove listed the
    writer is a participant by that first name (the spec keeps the name as written). A
    chair's name is no writer's, and a word that is no known first name is no name."""
    known = people.find(name)
    if known is not None:
        if known.role != ParticipantRole.CHAIR:
            known.role = ParticipantRole.SECRETARY.value
    elif is_first_name(name):
        people.add(Entry(name=name, role=ParticipantRole.SECRETARY, first_name_only=True))


def _chair_signs_unlisted(draft: Draft, line: Line) -> bool:
    """The chair who signs the minutes in their closing block ("Kari Holm, leder", "Per
    Dahl (sign.) styreleiar") but stands in no attendance list, when no one is named chair:
    the guide counts the chair among those who attended, so she is added, present. True
    if she was."""
    name = signing_chair(line.body)
    if name is None or line.index < closing_start(draft):
        return False
    people = draft.people
    if not looks_like_name(name) or people.find(name) is not None or \
            any(p.role == ParticipantRole.CHAIR for p in people.order):
        return False
    people.add(Entry(name=name, role=ParticipantRole.CHAIR, attendance=Attendance.PRESENT))
    return True


def _chair_signs_above_title(draft: Draft, line: Line) -> None:
    """ "Ingrid Fjære" over "leiar" in the closing block, when no list names her and no one
    is the chair: she signs the minutes as the chair (as "Kari Holm, leder" on one line)."""
    if line.gap or line.index < closing_start(draft) or \
            any(p.role == ParticipantRole.CHAIR for p in draft.people.order):
        return
    name = tidy_name(SIGNED_MARK.sub("", draft.lines[line.index - 1].body).strip(" ,"))
    if looks_like_name(name) and draft.people.find(name) is None:
        draft.people.add(Entry(name=name, role=ParticipantRole.CHAIR,
                               attendance=Attendance.PRESENT))


# A writer's title under a signing name: "sekretariatet" (maybe "… i Vestdal regionråd"),
# and a job before the writer's word: "daglig leder, sekretær for styret", "rådgiver,
# referent".
_WRITER_TITLE_BELOW = lazy_regex(r"(?:sekretariatet|[a-zæøå][a-zæøå -]{2,40},\s*"
                                 r"(?:sekretær|referent|skrivar))"
                                 r"(?:\s+(?:for|i|til)\s+[\wæøå -]{2,50})?\.?")


def _writer_signs_above_title(draft: Draft, line: Line) -> None:
    """The name over a writer's title in the closing block ("Jon Rustad" / "sekretariatet",
    "Eivind Sandaker" / "daglig leder, sekretær for styret"): the one who wrote the
    minutes, their secretary (listed or not)."""
    if line.gap or line.index < closing_start(draft) or \
            not _WRITER_TITLE_BELOW.fullmatch(line.body.strip()):
        return
    name = tidy_name(SIGNED_MARK.sub("", draft.lines[line.index - 1].body).strip(" ,"))
    if looks_like_name(name):
        draft.people.add(Entry(name=name, role=ParticipantRole.SECRETARY))


def _signed_above(draft: Draft, line: Line) -> Participant | None:
    """The listed participant whose name (maybe "(sign.)") is the line over a title."""
    above = draft.lines[line.index - 1]
    name = SIGNED_MARK.sub("", above.body).strip(" ,")
    return draft.people.find(name) if not line.gap and looks_like_name(name) else None


def _signed_side_by_side(draft: Draft, line: Line) -> None:
    """Signatures in columns under the minutes: "Kari Nes      Per Bø" over "leder
    referent". Each title under a name gives that person's meeting role; only the chair's
    and the secretary's are read, as from a signature on its own line."""
    above = draft.lines[line.index - 1]
    if not above.is_table or len(above.cells) != len(line.cells) or len(line.cells) > 4:
        return
    roles = [SIGNER_ROLES.get(cell.strip(" .:,").casefold(), False) for cell in line.cells]
    if not all(role is not False for role in roles) or not any(roles) or \
            roles.count(ParticipantRole.CHAIR) > 1:
        return  # every cell a signer's title, and one of them the chair's or the writer's
    orgs = _signed_organizations(draft.lines, line)
    for cell, role, org in zip(above.cells, roles, orgs, strict=True):
        name = tidy_name(SIGNED_MARK.sub("", cell).strip(" ,"))
        if role and looks_like_name(name):
            draft.people.add(Entry(name=name, role=role, organization=org))


def _signed_organizations(lines: list[Line], titles: Line) -> list[str | None]:
    """Whom each signer writes for, from a third row of columns right under the titles
    ("Kari Holm      Ola Tveito" / "leder      referent" / "Vinje kommune      Tokke
    kommune"): each cell an organisation by its words (``signed_organization``), else
    None for every column."""
    count = len(titles.cells)
    under = lines[titles.index + 1] if titles.index + 1 < len(lines) else None
    if under is None or under.gap or not under.is_table or len(under.cells) != count:
        return [None] * count
    orgs = [signed_organization(cell, alone=True) for cell in under.cells]
    return orgs if all(orgs) else [None] * count


def _signed_with_titles(draft: Draft, line: Line) -> None:
    """Signatures side by side with each title after its name: "Ola Dahl, styreleder"
    beside "Kari Holm, referent" (or "Ola Dahl (sign.) styreleder") under the line the
    minutes are signed on. As in ``_signed_side_by_side``, every cell must be a name and
    a signer's title, and only the chair's and the secretary's roles are read."""
    if len(line.cells) > 4:
        return
    signed = []
    for cell in line.cells:
        marked = MARK_BEFORE_TITLE.split(cell, 1)
        if len(marked) == 2:  # "Kari Nes (sign.) leiar": the mark, then the title
            name, title = marked
        else:
            name, _, title = SIGNED_MARK.sub("", cell).rpartition(",")
        role = SIGNER_ROLES.get(title.strip(" .:").casefold(), False)
        name = tidy_name(name.strip(" ,"))
        if role is False or not looks_like_name(name):
            return
        signed.append((name, role))
    roles = [role for _, role in signed]
    if any(roles) and roles.count(ParticipantRole.CHAIR) <= 1:
        for name, role in signed:
            if role:
                draft.people.add(Entry(name=name, role=role))


def _signed_secretary(draft: Draft, index: int, lowered: str) -> bool:
    """The one who signs the minutes as their writer, with whom they write for when the
    signature says it: "Referent: Kari Nes, Vestdal regionråd", "Kari Nes" / "referent,
    Vestdal kommune", "For referatet" / "Kari Nes" / "rådgiver, Vestdal kommune".
    True if the line was such a signature."""
    lines, body = draft.lines, draft.lines[index].body
    signature = _SIGNATURE.match(body)
    before = SIGNED_MARK.sub("", _signer_over(lines, index)).strip(" ,") if index > 0 else ""
    # (the name under a label may carry its mark too: "Referent:" / "Kari Nes (sign.)")
    after = SIGNED_MARK.sub("", lines[index + 1].body).strip(" ,") if index + 1 < len(lines) \
        else ""
    title = _SIGNED_TITLE.match(lowered)
    if signature and signature["job"] and not is_job_title(signature["job"].strip()):
        signature = None  # "Referent: se vedlegg Kari …": no job before the name
    if signature and signature["minutes"] and (index < closing_start(draft) or
                                               not looks_like_name(signature["name"])):
        return False  # "Referat:" names its writer only in the closing block
    if signature:  # "Referent: Kari Nes, Vestdal regionråd"
        name, org = signature.group("name"), signed_organization(body[signature.end("name"):])
    elif title and looks_like_name(before):  # "Mona Skanke" / "Referent" under the minutes
        name = before
        org = signed_organization(body[title.end():]) if title.end() < len(body) else None
    elif lowered.rstrip(" :.") in _SIGNED_AS_SECRETARY and looks_like_name(after):
        name = after  # "Referent" / "Anne Lise Eriksen" (/ "Vestdal kommune")
        org = signed_organization(lines[index + 2].body, alone=True) \
            if index + 2 < len(lines) and not lines[index + 2].gap else None
    elif lowered.rstrip(" :.") in _SIGNED_AS_SECRETARY and ", " in after and \
            looks_like_name(named := after.partition(",")[0].strip()):
        # "Referent:" / "Mari Dahl, sekretær for eldrerådet": the name, then her title
        name, org = named, signed_organization(after.partition(",")[2])
    else:
        return False
    draft.people.add(Entry(name=name, role=ParticipantRole.SECRETARY, organization=org))
    return True


def _signer_over(lines: list[Line], index: int) -> str:
    """The name over the title on line ``index``: the line above, or, when the signers
    stand side by side in a table's row ("Pål Vikan | Hilde Sætre | Arne Fosse" over
    "referent | | "), the cell over the title's own cell (the others sign untitled);
    "" when the title's column cannot be told."""
    above = lines[index - 1]
    if not above.is_table or sum(1 for cell in above.cells if cell.strip()) < 2:
        return above.body
    cells = lines[index].cells
    filled = [column for column, cell in enumerate(cells) if cell.strip()]
    if len(cells) != len(above.cells) or len(filled) != 1:
        return ""
    return above.cells[filled[0]]


# The title under a signed name that makes its writer the secretary, maybe with whom she
# writes for: "referent", "Referent, Vestdal kommune", "sekretær i Vestdal regionråd".
_SIGNED_TITLE = lazy_regex(r"^(?:referent|ref|sekretær|møtesekretær|skrivar|protokollfører|"
                           r"protokollførar)\.?\s*:?\s*"
                           r"(?:$|(?=,)|(?:i|for|ved)\s+(?=\S))")


def settle_secretaries(draft: Draft) -> None:
    """A project leader is the secretary only when nobody else takes the minutes: in
    "Rolf Øien (prosjektleder), …, Kari Dahl (referent)" Rolf is a member of the group.

    The roles do not say where they came from, so the lines naming each secretary are
    looked at; only when there are two or more (rare), so most documents skip this.
    """
    # (a StrEnum member equals its value: no ``.value``, a Python-level property, asked
    # once a person)
    secretaries = [p for p in draft.people.order if p.role == _SECRETARY]
    if len(secretaries) < 2:
        return
    names = [p.name.casefold() for p in draft.people.order]
    leads = []
    for person in secretaries:
        key = person.name.casefold()
        said = [_said_of(line.lowered, key, names) for line in draft.lines if key in line.lowered]
        said += [line.lowered for line in draft.lines
                 if _TAKER_LABEL.match(line.lowered) and key in line.lowered]
        if any(_TAKES_MINUTES.search(text) for text in said):
            continue
        if any(_PROJECT_LEAD.search(text) for text in said):
            leads.append(person)
    if len(leads) < len(secretaries):
        for person in leads:
            person.role = _lead_role(person.organization, draft.record.body) \
                if not _listed_as_staff(draft, person.name.casefold()) \
                else ParticipantRole.GUEST.value


def settle_project_staff(draft: Draft) -> None:
    """A sub-project's leader ("Delprosjektleder DP2", "delprosjektleiar") at a steering
    group reports to it on the part of the project he runs, as the project leader does
    (``_lead_role``): a guest there, not one of the owners' seats. In the project group
    itself he is one of its members, as read.

    Only for a steering group's minutes whose lines name such a lead (a substring test
    over the lines, after the body's): the other documents skip this.
    """
    body = draft.record.body
    if not body or "styringsgrupp" not in body.casefold():
        return
    lines = [line.lowered for line in draft.lines if "delprosjektle" in line.lowered]
    if not lines:
        return
    names = [p.name.casefold() for p in draft.people.order]
    for person in draft.people.order:
        if person.role not in (ParticipantRole.MEMBER, None):
            continue
        key = person.name.casefold()
        if any(key in line and "delprosjektle" in _said_of(line, key, names) for line in lines):
            person.role = _GUEST


def _listed_as_staff(draft: Draft, key: str) -> bool:
    """Whether a line names the person under a label of those who serve the body ("Fra
    prosjektet: Ola Dahl, prosjektleder", "Fra administrasjonen: …"): a project leader
    listed so has no seat in the steering group she reports to, a guest."""
    for line in draft.lines:
        if key in line.lowered and (label := match_label(line.text)) is not None and \
                label.field is Field.GUESTS:
            return True
    return False


def settle_chairs(draft: Draft) -> None:
    """The board's chair at a meeting of another body is its guest: at a representantskap
    "Randi Myhre (leder)" chairs, and "Fra styret: Styreleder Harald Engen" comes to report.

    Only when two or more people are read as chair (rare), and the body met is the owners'
    or a control body the board answers to (an årsmøte's board chair is a member there).
    """
    chairs = [p for p in draft.people.order if p.role == _CHAIR]
    if len(chairs) < 2:
        return
    if _meeting_leader_over_leaders(draft, chairs):
        return
    if not _OWNERS_BODY.search((draft.record.body or "").casefold()):
        return
    board_chairs = [p for p in chairs if _said_board_chair(draft, p.name.casefold())]
    if len(board_chairs) < len(chairs):
        for person in board_chairs:
            person.role = ParticipantRole.GUEST.value



def _meeting_leader_over_leaders(draft: Draft, chairs: list[Participant]) -> bool:
    """At a meeting of two sides each side may list its leader ("Ola Grinde (leder)") while
    one person is called the meeting's leader ("Kari Nymoen (statsforvalter,
    møteleder)"): she chairs, the sides' leaders are members. True when so settled. The
    words may close a long line of her own ("Liv Torvund – kommunalsjef oppvekst –
    Fjellby kommune (møteleiar)"): the line is read on to the next person's name."""
    others = [p.name.casefold() for p in draft.people.order]
    called = [p for p in chairs
              if _said_near(draft, p.name.casefold(), _MEETING_LEADER, 72, others)]
    if len(called) != 1:
        return False
    for person in chairs:
        if person is not called[0]:
            person.role = draft.people.role_without_chair(person)
    return True


def _said_near(draft: Draft, key: str, pattern: re.Pattern[str], after: int = 24,
               names: list[str] | None = None) -> bool:
    """Whether a line says the pattern's words just before or after the person's name
    (``names``: the people's names, the next of which after hers ends what is hers)."""
    lines = draft.lines
    for n, line in enumerate(lines):
        at = line.lowered.find(key)
        if at < 0:
            continue
        end = at + len(key) + after
        for name in names or ():
            if name != key and (other := line.lowered.find(name, at + len(key), end)) >= 0:
                end = other
        if pattern.search(line.lowered, max(0, at - 16), end):
            return True
        if names and end > len(line.lowered) and n + 1 < len(lines) and \
                lines[n + 1].lowered[:1] == "(" and \
                pattern.match(lines[n + 1].lowered, 1) and lines[n + 1].lowered.endswith(")"):
            return True  # "… – Finnmark fylkeskommune" / "(møteleder)": a PDF's wrapped line
    return False


def _said_board_chair(draft: Draft, key: str) -> bool:
    """Whether a line names the person as a board's chair, just before or after the name."""
    return _said_near(draft, key, _BOARD_CHAIR)


_BOARD_CHAIR = lazy_regex(r"\b(?:styreleder|styreleiar)\b")
_MEETING_LEADER = lazy_regex(r"\b(?:møteleder|møteleiar|ordstyrer)\b")
# (the owners' council too: "Eierrådet", nynorsk "Eigarrådet", "Eierutvalget")
_OWNERS_BODY = lazy_regex(r"representantskap|generalforsamling|eiermøte|eigarmøte|kontrollutval|"
                          r"eierråd|eigarråd|eierutval|eigarutval")


def _lead_role(organization: str | None, body: str | None) -> str:
    """The role of a project leader who does not take the minutes: a member of the group
    she leads, but a guest when she is listed with the administration ("Fra
    administrasjonen: …, Erik Solås, prosjektleder – deltok i sak 33/26"), which serves
    the body without a seat in it, and at a steering group ("Styringsgruppa"), which
    steers the project she runs and reports to it: its owners' seats are the members'."""
    if organization and (organization.casefold().startswith(("administrasjon", "adm")) or
                         # (a compound's: "Fra klyngeadministrasjonen: …, prosjektleder")
                         (" " not in organization and
                          organization.casefold().endswith("administrasjonen"))):
        return ParticipantRole.GUEST.value
    if body and "styringsgrupp" in body.casefold():
        return ParticipantRole.GUEST.value
    return ParticipantRole.MEMBER.value


def _said_of(lowered: str, key: str, names: list[str]) -> str:
    """What a line says right after a person's name, up to the next person's name."""
    start = lowered.find(key) + len(key)
    ends = [at for name in names if name != key and (at := lowered.find(name, start)) >= 0]
    return lowered[start:min([start + 60, *ends])]


_TAKES_MINUTES = lazy_regex(r"\b(?:referent|ref\.|refr\.|sekretær|sekretariat\w*|skrivar|"
                            r"protokollfør\w*|møtesekretær)")
_TAKER_LABEL = lazy_regex(r"^(?:referent|ref\.?|sekretær|skrivar|protokollfør\w*)\s*:")
_PROJECT_LEAD = lazy_regex(r"\b(?:prosjektleder|prosjektleiar|pl)\b")


def _employer_before_name(writer: re.Match[str], written: str, name: str) -> str | None:
    """The organisation between a job title and the writer's name: "Daglig leder
    Hadelandsregionen Lise Bekkelund var referent" names her employer as "Referent: Lise
    Bekkelund, daglig leder i Hadelandsregionen" does. The capital word before the first
    name (``_without_title``) is a title of its own ("Inspektør Jostein Moldsvor") unless
    a job title stands right before it; then it is whom the writer works for."""
    if name == written or not written.endswith(name) or writer.group("name") != written:
        return None
    before = writer.string[:writer.start("name")].split()[-3:]
    for start in range(len(before)):  # ("Daglig leder", "rådgiver", "dagleg leiar")
        if before[start][:1].isalpha() and is_qualified_job(" ".join(before[start:])):
            return written[:-len(name)].strip()
    return None


def _without_title(name: str) -> str:
    """A name without a capitalised job title before it: "Inspektør Jostein Moldsvor"."""
    words = name.split()
    if len(words) >= 3 and not is_first_name(words[0]) and is_first_name(words[1]):
        return " ".join(words[1:])
    return name


def _with_subject_above(text: str, lowered: str, context: str) -> tuple[str, str, str]:
    """The line with the start of its sentence that the line above ends with, when the
    paragraph wrapped inside the sentence's first words (a PDF breaks it at the margin:
    "… habiliteten sin. Ho vart" over "samrøystes kjend inhabil og fratredde …"), and
    the line above without it: the sentence's subject (a pronoun, a name) and its verb
    are read with the note. A start longer than a subject and its verb is left."""
    if context[-1:] in ".!?:;":
        return text, lowered, context
    cut = max(context.rfind(". "), context.rfind("! "), context.rfind("? "))
    start = context[cut + 2:] if cut >= 0 else context
    if not start[:1].isupper() or len(start.split()) > _SUBJECT_WORDS:
        return text, lowered, context
    joined = f"{start} {text}"
    return joined, joined.lower(), context[:cut + 1] if cut >= 0 else ""


# The most words of a sentence's start (a name and a verb: "Kari Lie Nordby vart") that a
# wrapped line is read with.
_SUBJECT_WORDS = 5


def _note_sentences_in_items(people: People, text: str, lowered: str,
                             context: str = "", hinted: bool = False) -> None:
    """Partial attendance noted inside items ("Kari forlot møtet etter sak 29/14");
    ``context`` is the line of the paragraph above, for a pronoun's person; ``hinted``
    as for ``partial_sentences``."""
    if context and text[:1].islower():
        text, lowered, context = _with_subject_above(text, lowered, context)
    for written, paren, note in partial_sentences(text, lowered, context, hinted):
        if note.startswith(PRESENTED_ITEM):
            continue  # "Kari Holm orienterte under sak 4." in an item: who spoke, no more
        if "\t" in written:  # "14/25 ⇥ Beitebruksplan ⇥ Ola Brenden gjekk …": a table
            written = written.rsplit("\t", 1)[1]  # row's text cell opens with the name
        name = tidy_name(written)  # "Leder Kari Nes forlot møtet …"
        known = people.find(name)
        if known is None and " " not in name:
            known = _surname_named_in(people, name, f"{context} {text}")
        if known is None and (note.startswith(("tiltr", "tok sete")) or (
                name != written and written[:4].casefold() == "vara")) and looks_like_name(name):
            # "Varamedlem Eva Berg (H) tiltrådte.", "Tor Vik (H) tok sete som vara for
            # Per Bø": the deputy who took a seat for the rest of the meeting, named
            # nowhere else
            people.add(Entry(name=name, organization=paren if is_party(paren) else None,
                             role=ParticipantRole.MEMBER, attendance=Attendance.PARTIAL,
                             note=note))
        elif known is None and _came_from_elsewhere(name, paren):
            # "Tone Aas og Rune Li fra NAV deltok under denne saken.": guests for the case
            people.add(Entry(name=name, organization=paren, role=ParticipantRole.GUEST,
                             attendance=Attendance.PARTIAL, note=note))
        elif known is None and note.startswith(_THERE_FOR_ITEM) and "ikk" not in note and \
                looks_like_name(name) and is_first_name(name.split(" ", 1)[0]):
            # "Arne Vik (leder i anleggskomiteen) var til stede under saken", "Daglig leder
            # Per Ås deltok under saka": named in no list, there for the item, a visitor
            if paren and (at_org := org_after_job(paren)) != paren:
                paren = at_org  # "(leder i Næringsforeningen)": whom he came from
            org = paren if paren and not is_role_word(paren) and \
                not any(ch.isdigit() for ch in paren) and len(paren.split()) <= 4 else None
            people.add(Entry(name=name, organization=org, role=ParticipantRole.GUEST,
                             attendance=Attendance.PARTIAL, note=note))
        elif known is not None and known.attendance != Attendance.ABSENT and \
                not _told_again(known.note, note) and not _list_names_the_cases(known, note):
            known.note = _with_earlier_part(known, note)
            known.attendance = Attendance.PARTIAL.value
        elif note.startswith(_CAME_LATE) and known is not None and \
                not _told_again(known.note, note) and not _list_names_the_cases(known, note):
            # "Til stede: alle unntatt Ola Berg" / "Forfall: Ola Berg", then "Ola Berg kom
            # kl. 10.30, under sak 3": he came after all, for part of the meeting (but a
            # list's note that names the cases, "Fråtredde som inhabil i sak 4/26", stays
            # over "Astrid Hovland tok sete att." at the next case: she sat again after it)
            known.attendance = Attendance.PARTIAL.value
            known.note = note
        elif known is None and note.startswith(_CAME_LATE) and looks_like_name(name) and \
                is_first_name(name.split(" ", 1)[0]):
            # a member who came late, named in no list ("Til stede: Alle medlemmer"); one
            # who came to present a case is a guest ("Rune Østby kom til møtet under sak
            # 13 og orienterte om rapporten")
            role = ParticipantRole.GUEST if _came_to_present(lowered, note) else \
                ParticipantRole.MEMBER
            people.add(Entry(name=name, role=role, attendance=Attendance.PARTIAL, note=note))


def _list_names_the_cases(known: Participant, note: str) -> bool:
    """Whether the attendance list's note already names the cases a person was there for
    ("til stede under sak 7/26 og 8/26") and an item's note names none ("fratrådte under
    behandlingen av saken"): the list's own note, which says for which cases, stays."""
    before = known.note
    return bool(before) and known.attendance == Attendance.PARTIAL and \
        " sak" in before and dates.has_digit(before) and not dates.has_digit(note) and \
        not (before.startswith(_CAME_LATE) or _ARRIVED_FROM.search(before))
    # (an arrival, "kom kl. 10.40, frå sak 28/25", is one part: ``_with_earlier_part``
    # adds the leaving to it)


def _with_earlier_part(known: Participant, note: str) -> str:
    """An item's note on when a person left, after the note on when the same person came
    ("kom kl. 10.40, frå sak 28/25" in the list, "melde seg ugild og gjekk frå møtet under
    sak 30/25" at the item): two parts of the meeting missed, and the note holds the
    document's words on attendance, so both, in the order written. Any other earlier note
    gives way as before (a channel, a job; "(sak 2)" beside a guest that "deltok under
    denne saken" retells)."""
    before = known.note
    if not before or known.attendance != Attendance.PARTIAL or note in before or \
            note.startswith(_CAME_LATE) or not (
                before.startswith(_CAME_LATE) or _ARRIVED_FROM.search(before)):
        return note
    return f"{before}; {note}"


def _surname_named_in(people: People, surname: str, text: str) -> Participant | None:
    """The one participant a lone surname refers to in an item's partial sentence, when the
    paragraph names that person in full: "Habilitet: Trond Dahl er styreleder i turlaget
    og er inhabil. Dahl fratrådte under behandlingen …" (a minutes' second mention of a
    person by surname). Without the full name beside it, a lone word is no one's
    (``People.find`` reads it as a first name only)."""
    if not surname[:1].isupper():
        return None
    hits = [p for p in people.order
            if p.name.rsplit(" ", 1)[-1] == surname and " " in p.name and p.name in text]
    return hits[0] if len(hits) == 1 else None


def _came_to_present(lowered: str, note: str) -> bool:
    """Whether the sentence that says when someone came goes on to say they presented:
    "… kom til møtet under sak 13 og orienterte om …" (the same person, joined by "og")."""
    at = lowered.find(note.casefold())
    if at < 0:
        return False
    rest = lowered[at + len(note):].lstrip(" ,")
    if not rest.startswith("og "):
        return False
    clause = rest[3:].split(". ", 1)[0]
    return clause.startswith(TOLD_VERBS)


# How an item's partial sentence says a person was there for it: "var til stede under
# saken", "deltok under sak 3", "møtte under behandlinga av saka".
_THERE_FOR_ITEM = ("var til stede", "var til stades", "var tilstede", "var tilstades",
                   "deltok under", "deltok i ", "deltek under", "møtte under", "møtte i ",
                   "var med under", "var med i ")
# How an item's partial sentence says a person came after the start: "kom kl. 10.30",
# "møtte fra sak 3", "tiltrådte møtet under sak 4" (the person attended after all).
_CAME_LATE = ("kom ", "kom,", "møtte fra ", "møtte frå ", "møtte etter ", "tiltrådte",
              "tiltredde", "tok sete")
# … or took part from an item on ("Kari Holm (Oslo) deltok fra sak 9/22."), read so in the
# head's list only (an item's "… deltok fra sak 3" may be a visitor's); "was there from"
# says the same ("Per Hol (Våler) var med fra kl. 13.15", nynorsk "var med frå kl. 14.30")
_TOOK_PART_FROM = ("deltok fra ", "deltok frå ", "deltek frå ", "deltok f.o.m. ",
                   "var med fra ", "var med frå ", "var til stede fra ", "var til stades frå ",
                   # … or for a stretch of it: "Ola Berg (Åfjord) deltok de første 30
                   # minuttene", nynorsk "… deltok dei fyrste to timane"
                   "deltok de ", "deltok den ", "deltok dei ", "deltek dei ", "deltek den ")


def _came_from_elsewhere(name: str, paren: str | None) -> bool:
    """Whether an item's partial sentence names a person (a known first name) with whom
    they came from ("Rune Li (NAV)", "… fra NAV"): a visitor, not a word that only looks
    like a name; a party's mark ("(Ap)", "(H)") marks a member, whom the lists name
    (but "fra NVE" names an agency)."""
    if paren is None or _paren_place(paren) is None:
        return False
    return len(paren) > 1 and paren.upper() not in PARTY_CAPITALS and \
        looks_like_name(name) and is_first_name(name.split(" ", 1)[0])


def _told_again(before: str | None, note: str) -> bool:
    """Whether an item's note retells what the attendance section noted already: the same
    verb ("fratrådte under behandlingen av sak 12/24" in the remarks, "fratrådte under
    behandlingen av saken" at the item); the first, which names the case, stays. So does
    one that names the same leave or disqualification in other words ("fikk permisjon
    etter sak 4/26" in the remarks, "hadde permisjon" at the item)."""
    if before is None:
        return False
    if before.split(" ", 1)[0].rstrip(",;").casefold() == \
            note.split(" ", 1)[0].rstrip(",;").casefold():
        return True  # (the verb as a clause's end too: "Han fratrådte, og nestleder …")
    if note.startswith(_NOT_THERE) and before.startswith(_LEFT_MEETING):
        # "forlét møtet etter sak 05/26" in the remarks, "var ikkje til stades under
        # handsaminga" at a later case: the absence that leaving made, told again
        return True
    if note.startswith(_CAME_LATE) and _ARRIVED_FROM.search(before):
        # "Til stede fra sak 3" in the attendance table, "Eva Lind kom til møtet under
        # denne saken" at item 3: the same arrival, and the list's words name the case
        return True
    return any(word in before and word in note for word in _STEP_OUT_WORDS)


# An item's note that a person was not there ("var ikke til stede under behandlingen"),
# and a note that says the person left ("forlot møtet etter sak 4", nynorsk "gjekk etter
# sak 4"): after leaving, the later absence is no news.
_NOT_THERE = ("var ikke ", "var ikkje ", "deltok ikke", "deltok ikkje")
_LEFT_MEETING = ("forlot ", "forlét ", "forlet ", "gikk ", "gjekk ")


# An attendance note that says when the person came: "til stede fra sak 32/25", "fra
# kl. 11.00", "møtte frå punkt 4", and by a case system's number ("Til stede fra PS 14/25").
_ARRIVED_FROM = lazy_regex(r"(?:^|\s)fr[aå]\s+(?:sak|ps\s|kl|klokka|punkt|pkt|\d)", re.I)


# The words of a leave or a disqualification, however the sentence around them is put:
# "fikk permisjon" / "hadde permisjon", "ble erklært inhabil" / "var inhabil".
_STEP_OUT_WORDS = ("permisjon", "inhabil", "ugild")


# "om" (about) or "fra" (from) right before a date in a task: no deadline.
# ("referatet fra møtet 3. mars": the meeting's day after "fra"; and the new end a
# delay is asked to, "søker om forlengelse til 30. juni", "utsetjing av fristen til 1.
# mai": what the task asks for, not by when it is done)
_NOT_A_DEADLINE = lazy_regex(r"\s(?:om|fra|frå)\s+(?:[a-zæøå]*møte[a-z]*\s+)?"
                             r"(?:[a-zæøå]+dag\s+)?(?:den\s+)?$|"
                             # (the day an overview's figures stand at: "tar med oversikt
                             # over ventelister per 1. september", "status for prosjektet
                             # pr. 1. mai"; not "henter referanser pr. 10. februar" or
                             # "sender tall pr. 1. april", by when)
                             r"\s(?:oversikt|oversyn|status|regnskap|rekneskap|ventelist)"
                             r"[\wæøå]*(?:\s+(?:over|for|på|i)\s+[\wæøå-]+){0,3}\s+"
                             r"(?:per|pr\.)\s+$|"
                             r"\s(?:forlengelse|forlenging|forlengjing|utsettelse|utsetjing)"
                             r"(?:\s+av\s+(?:fristen|frista|prosjektet|perioden))?\s+til\s+$",
                             re.I)


def _before(lead: re.Pattern[str], text: str, at: int) -> re.Match[str] | None:
    """The words that ``lead`` (a pattern that ends in "$") finds right before a date at
    ``at``: a deadline word, "om", the event called to. They stand a few words before
    the date, so only the last ``_LEAD_CHARS`` characters are searched; searching all of
    a task's text before each of its dates grew with the square of a long one (a pasted
    schedule of a thousand dates took minutes)."""
    return lead.search(text, max(0, at - _LEAD_CHARS), at)


# More than the longest lead the patterns above and below read (a word, up to six
# words of an event's name, a weekday and "den").
_LEAD_CHARS = 200


# A task that calls people to an event names the event's own day: "inviterer til samling
# 12. april", "kaller inn til møte i referansegruppa 18. februar", "sender innkalling til
# årsmøtet 16. april", "melder på styret til konferansen 10. april". The call goes out
# before that day, how long before the minutes do not say: no due date (a deadline word
# still gives one, "… innen 1. april"). The words the task needs, lower-cased:
# (tested on the text as written: a capital starts only "Invit…", "Innkall…", "Påmeld…")
_has_call_in_word = contains_any(("nvit", "nnkall", "aller inn", "allar inn", "alle inn",
                                  "alla inn", "alles inn", "allast inn", "melder på",
                                  "meldar på", "melde på", "åmeld"))
# The event after "til", a few words and no verb between it and the day ("Invitasjon til
# seminaret sendes ut 1. april" dates the sending: the passive "sendes" stands between;
# the adjective "felles" is no passive: "inviterer til felles møte med X 20. mai").
# (also its day in a clause after a comma: "Sekretariatet sender ut innkalling til neste
# møte, som blir 12. mars.")
_EVENT_BEFORE = lazy_regex(r"\btil\s+(?:(?!(?:og|men|innen|innan|før|senest|seinast|frist|ut|"
                           r"skal|må|vil|blir|vert)\b)(?!(?!felles\b)[\wæøå-]*(?:es|ast)\b)"
                           r"[\wæøå-]+"
                           r"(?:\s+|,\s+som\s+(?:blir|er|vert)\s+))"
                           r"{1,6}?(?:[a-zæøå]+dag\s+)?(?:den\s+)?$", re.I)


def _event_day(text: str, found: dates.DateMatch) -> bool:
    """Whether the date is the day of the event a call-in task calls to (the caller has
    seen a call-in word in the task)."""
    return _before(_EVENT_BEFORE, text, found.start) is not None


def _names_a_thing(text: str, found: dates.DateMatch) -> bool:
    """Whether the date is glued by a hyphen to the noun after it ("17. mai-feiringa",
    "1. mai-arrangementet", "24. desember-festen"): the compound names an event, it sets
    no deadline, unless a deadline word leads it ("innen 17. mai-feiringen")."""
    end = found.end
    return text[end:end + 1] == "-" and text[end + 1:end + 2].isalpha() and \
        _before(_DEADLINE_BEFORE, text, found.start) is None


def _names_the_national_day(text: str, found: dates.DateMatch) -> bool:
    """Whether "17. mai" (written with the month's name) after "til", "på" or "for" names
    the national day the thing is for ("Kari bestiller premier til 17. mai", "pynt på 17.
    mai"): the occasion, no deadline, unless a deadline word leads it ("innen 17. mai",
    "ferdig til 17. mai")."""
    if found.day != 17 or found.month != 5 or found.year is not None or \
            not text[found.start:found.end].rstrip(". ").endswith("mai"):
        return False
    before = text[max(0, found.start - 24):found.start]
    return _OCCASION_BEFORE.search(before) is not None and \
        _READY_BY.search(before) is None and _DEADLINE_BEFORE.search(before) is None


# What leads a day the thing is for: "premier til 17. mai", "kransen på 17. mai".
_OCCASION_BEFORE = lazy_regex(r"\b(?:til|på|for)\s+$", re.I)
# What makes "til" a deadline's: "klar til 17. mai", "ferdig til 17. mai".
_READY_BY = lazy_regex(r"\b(?:klar|klart|klare|ferdig|ferdige|senest|seinast)\s+til\s+$", re.I)


# A deadline word right before a date: "innen 1. mars", "senest fredag 4. april", "frist:",
# an English template's "due:" and a note app's due-date mark ("📅 2026-03-20", as the
# Obsidian Tasks plugin writes it).
_DEADLINE_BEFORE = lazy_regex(r"(?:\b(?:innen|innan|senest|seinast|frist|due)|📅)\s*:?\s*"
                              r"(?:[a-zæøå]+dag\s+)?(?:den\s+)?$", re.I)
# The other dates a note app's task carries, each after its mark: when work starts ("🛫"),
# is scheduled ("⏳"), was done ("✅") or the task was made ("➕"): none is its due date.
_TASK_APP_NOT_DUE = ("🛫", "⏳", "✅", "➕")


def _deadline_first(found: list[dates.DateMatch], text: str) -> list[dates.DateMatch]:
    """A task's dates with the one a deadline word leads first: in "sender invitasjon til
    møtet 20. mars innen 1. mars" the day of the meeting is what the task is about, the
    day after "innen" is when it is due. (One date is the due date or none; only a
    sentence with two or more is searched.)"""
    if len(found) < 2:
        return found
    return sorted(found, key=lambda f: _before(_DEADLINE_BEFORE, text, f.start) is None)


_WRITTEN_YEAR = lazy_regex(r"\b(?:19|20)\d{2}\b")
# A day without its year said to fall in the next one: "innen 1. mai neste år", nynorsk
# "innan 1. mai neste år", "… til neste år"
_NEXT_YEAR_AFTER = lazy_regex(r"\s+(?:neste|kommende|komande|påfølgende|påfølgjande)\s+år\b")


def _next_year(day: dt.date | None, meeting: str) -> str | None:
    """A deadline written without its year, in a month before the meeting's, as the
    next year's when that is within half a year: "innen 15. januar" set at a December
    meeting. A day further off ("innen 8. april" in May) is more likely a slip or a day
    that has passed than a deadline eleven months ahead: None."""
    if day is None or day.month >= int(meeting[5:7]):
        return None
    try:
        later = day.replace(year=day.year + 1)
    except ValueError:  # 29 February
        return None
    return _in_reach(later, meeting)


def _in_reach(later: dt.date | None, meeting: str) -> str | None:
    """A next year's deadline in a month before the meeting's, when within half a year of
    it (see ``_next_year``)."""
    if later is None or later.month >= int(meeting[5:7]):
        return None
    held = dt.date.fromisoformat(meeting)
    return dates.iso(later) if (later - held).days <= _DEADLINE_REACH_DAYS else None


_DEADLINE_REACH_DAYS = 183


def build_items(draft: Draft) -> None:
    """Each item's number, title, text, decisions and actions."""
    lines = draft.lines
    year = draft.year
    meeting = draft.record.meeting.date

    def due(text: str) -> str | None:
        """The first date in the task's sentence that is not before the meeting, and not
        what the task is about or starts from ("… kontakt med skolen om 17. mai")."""
        call_in: bool | None = None  # (asked only once a date is found: most tasks have none)
        for found in _deadline_first(dates.find_dates(text), text):
            if _names_a_thing(text, found) or _names_the_national_day(text, found):
                continue  # "søker om tilskot til 17. mai-feiringa": the day names the event
            if text[max(0, found.start - _LEAD_CHARS):found.start].rstrip().endswith(
                    _TASK_APP_NOT_DUE):
                continue  # "🛫 2026-03-15 📅 2026-03-18": the start, not the due date
            if (" om " in text or " fra " in text or " frå " in text or " per " in text or
                    " pr. " in text or "forleng" in text or "utset" in text) and \
                    _before(_NOT_A_DEADLINE, text, found.start):
                continue
            if call_in is None:
                call_in = _has_call_in_word(text)
            if call_in and _event_day(text, found):
                continue  # "Kari inviterer til samling 12. april": the event's day
            value = dates.iso(found.resolve(year))
            if found.year is None and year and " år" in text[found.end:found.end + 16] and \
                    _NEXT_YEAR_AFTER.match(text, found.end):
                value = dates.iso(found.resolve(year + 1))  # "innen 1. mai neste år"
            if value and meeting and value < meeting and found.year is None:
                value = _next_year(found.resolve(year), meeting)
            if value and (meeting is None or value >= meeting):
                return value
        value = dates.iso(dates.deadline(text, year))
        if value and meeting and year and value < meeting and not _WRITTEN_YEAR.search(text):
            # (found again in the next year: "utgangen av februar" ends on another day
            # there when one of the two years is a leap year)
            value = _in_reach(dates.deadline(text, year + 1), meeting)
        return value if value and (meeting is None or value >= meeting) else None

    if not draft.items:
        _whole_text_item(draft, due)
        return
    if draft.record.kind == DocumentKind.PRESENTATION or _is_bare_list(draft):
        draft.sections = _slide_sections(draft)
    else:
        end = next_meeting_line(lines, draft.items[-1], closing_start(draft),
                                [item.line for item in draft.items])
        draft.sections = build_sections(lines, draft.items, end,
                                        {c.number: clean_title(c.title) for c in draft.toc},
                                        _page_furniture(draft, draft.items[0].line + 1, end))
        draft.sections = _summons_in_list_order(draft, draft.sections) + _truncated_tail(draft)
        draft.sections = merge_continued(draft.sections)
    # a summons is written before the meeting: nothing in it is a follow-up of the meeting
    # ("Sekretariatet legger fram utkast." says what will happen at it), and nothing is
    # decided yet ("Innstilling: Innkallinga vert godkjend." proposes; "Styret vedtok i
    # mars å …" in a case's papers tells of an earlier meeting)
    summons = draft.record.kind == DocumentKind.AGENDA
    deck = draft.record.kind == DocumentKind.PRESENTATION
    places, present = _participant_places(draft.people.order)
    cited: dict[int, str] = {}
    rows: dict[int, Action] = {}  # (by id, each held: see ``Outcomes.rows``)
    cited_texts: list[dict[str, str]] = []  # per item: its decision log's cells and cases
    for section in draft.sections:
        while section.lines and (is_break_slot(section.lines[-1].body) or
                                 is_break_title(section.lines[-1].body)):
            section.lines.pop()  # "10.45–11.00 Pause" under the summary: the day's break
        if section.number is None and section.title and is_break_title(section.title) and \
                (summons or not any(line.body for line in section.lines)) and \
                (section.row is None or not section.row.text.strip()):
            continue  # "Lunsj" from a programme's list, with no section (or in a summons,
            # whose breaks and "Slutt" hold no case of the day): no item; so too a row
            # "11.00 – 11.15 | Pause | |" of a table of the day's slots and their notes
        if section is draft.sections[-1] and not deck:
            _without_next_meeting_over_register(section)
        outcomes = find_outcomes(section.lines, section.heading_rest, section.title, due,
                                 draft.record.body, draft.record.meeting.date,
                                 draft.record.organization, places, section.briefing,
                                 present)
        if section.row is not None:
            _row_action(outcomes.actions, section, due, outcomes.decisions)
            if section.row.decided and section.row.beside_talk:
                _add_decided_cells(outcomes, section.row.decided + _decided_rest(section))
            elif section.row.decided:
                _add_decided_tasks(outcomes, section.row.decided + _decided_rest(section))
        if deck:  # a talk's slide reports what was said: its "skal" bullets are no tasks
            first = next((line.body for line in section.lines if line.body.strip()), None)
            outcomes.actions = talk_slide_tasks(outcomes.actions, (section.title, first),
                                                section.lines,
                                                closing=section is draft.sections[-1])
            outcomes.decisions = [d for d in outcomes.decisions
                                  if not d[:7].casefold().startswith(_NEXT_WORDS)]
        cited.update(outcomes.cited)
        rows |= outcomes.rows
        cited_texts.append(outcomes.cited_texts)
        text = item_text(section) if section is not draft.sections[-1] else \
            _last_item_text(section)
        # (by position, in the fields' order: number, title, text, decisions, actions)
        draft.record.items.append(Item(
            section.number, section.title, text,
            [] if summons else outcomes.decisions,
            [] if summons else outcomes.actions, section.exemption))
    if len(draft.record.items) > 1:
        _to_cited_items(draft.record.items, cited)
        if any(cited_texts):
            _to_logged_items(draft.record.items, cited_texts)
    if rows:
        _drop_repeated_rows(draft.record.items, rows, _initials_of_people(draft.people.order))


def _participant_places(people: list[Participant]) -> tuple[frozenset[str], frozenset[str]]:
    """The places (folded) the participants come from, and the organisations (folded) of
    those at the meeting, in one pass over the participants (each organisation folded
    once: the two sets were two passes that folded each one again).

    A place is a municipality's place ("Gran kommune" → "gran") or a one-word
    organisation ("Lunner"): a line of an item that opens with one of them and a colon
    ("Gran: ny rektor …") is that member's news. The organisations of those present are
    ``find_outcomes``' ``present``."""
    places: set[str] = set()
    present: set[str] = set()
    for person in people:
        organization = person.organization
        if not organization:
            continue
        folded = organization.casefold()
        if person.attendance != "absent":
            present.add(folded)
        # (the folded words are the words folded: folding goes letter by letter and
        # keeps every space a space and every other character no space)
        words = folded.split()
        if (len(words) == 2 and words[1] in _PLACE_KINDS) or \
                (len(words) == 1 and organization.lstrip()[:1].isupper()):
            places.add(words[0])
    return frozenset(places), frozenset(present)


# The words after a place that make an organisation a municipality: "Gran kommune".
_PLACE_KINDS = frozenset({"kommune", "kommuna", "fylkeskommune", "herad"})


def _initials_of_people(people: list[Participant]) -> dict[str, frozenset[str]]:
    """Each participant's initials (lower-cased: "Tor Lie" → "tl") to the organisations
    (lower-cased) of those who have them: the owner a register's row names by initials
    may be written in the text as the organisation she came from. The one who took the
    minutes is also "sekretariatet", as the text may give her tasks ("ØM" in the register
    for "sekretariatet utarbeider et felles innspill")."""
    found: dict[str, set[str]] = {}
    for person in people:
        words = person.name.replace("-", " ").split()
        if len(words) < 2 or not all(w[:1].isupper() for w in words):
            continue
        key = name_initials(person.name).casefold()
        if person.organization:
            found.setdefault(key, set()).add(person.organization.casefold())
        if person.role == ParticipantRole.SECRETARY:  # (a string in the record)
            found.setdefault(key, set()).add("sekretariatet")
    return {key: frozenset(orgs) for key, orgs in found.items()}


def _drop_repeated_rows(items: list[Item], rows: dict[int, Action],
                        people: dict[str, frozenset[str]] | None = None) -> None:
    """A task once: a follow-up table ("Aksjonsliste", "Tiltak | Ansvarlig | Frist") that
    repeats a task the text already gave keeps the text's sentence, which says it as
    written, and gives it the row's owner or date when the sentence has none. The row is
    compared with its own item's tasks, and a closing register's (the last item's) with
    every item's, the rows of an earlier item's table too (a task still open in the
    review of the last meeting's register, repeated in this meeting's)."""
    last = items[-1] if items else None
    context: dict[int, list[str]] = {}  # each item's words, read once it has a row to match
    for item in items:
        for row in [a for a in item.actions if id(a) in rows]:
            said = [(a, other) for other in (items if item is last else (item,))
                    for a in other.actions if id(a) not in rows or
                    (item is last and other is not item)]
            best, same = 0, None
            for task, other in said:
                if id(other) not in context:
                    context[id(other)] = task_words(f"{other.title or ''} {other.text}")
                score = repeat_score(row, task, context[id(other)], people)
                if score > best:
                    best, same = score, task
            if same is None:
                continue
            item.actions.remove(row)
            same.responsible = same.responsible or row.responsible
            same.due = same.due or row.due


def _register_heading(line: Line) -> bool:
    """Whether the line heads a register of the minutes: the follow-ups ("Oppfølgingsliste",
    "Saker til oppfølging") or the decisions ("Beslutningslogg", "Vedtaksliste")."""
    lowered = line.lowered
    if "liste" in lowered or "saker" in lowered or "–" in line.text or " - " in lowered or \
            line.text[:2] == "- ":
        # (also a heading that names its table's columns: "Oppfølging – hva – hvem – frist",
        # or set off by a dash: "Oppfølging –", "– Oppfølging")
        return bool(FOLLOW_UP_LIST_HEADING.match(line.body.strip()) or
                    DECISION_LOG_HEADING.match(line.body.strip()))
    return ("logg" in lowered or "over" in lowered or "register" in lowered) and \
        bool(DECISION_LOG_HEADING.match(line.body.strip()))


def _last_item_text(section: Section) -> str:
    """The last item's text without the follow-up register the minutes end with.

    "3. Eventuelt / Ingen saker." and then, after a blank line, "Oppfølgingsliste" over
    its table ("Saker til oppfølging" over bullets): the register is the minutes' list of
    tasks, no words of the last item (its tasks are still read from the section). A
    register right under the item's heading is the item's own text, and so are its
    "Oppfølgingspunkter:" (a list, not a register of the minutes).
    """
    lines = section.lines
    index = _closing_register_line(lines, is_standing_title(section.title or ""),
                                   section.row is not None)
    if index is not None:
        return item_text(Section(section.number, section.title, lines[:index],
                                 section.heading_rest,
                                 rest_after=min(section.rest_after, index)))
    return item_text(section)


def _closing_register_line(lines: list[Line], after_standing: bool = False,
                           after_row: bool = False) -> int | None:
    """Where the follow-up register the minutes end with starts among the last item's
    lines (``_last_item_text``), or None. It stands apart after a blank line; text from a
    converter that leaves none in the section (a PDF's line per printed line) cannot set
    it apart so, and there its heading over the table of tasks to the end is enough.
    ``after_standing``: the last item is a standing section ("Eventuelt"), whose own
    text a heading of a task table set apart under it does not go on
    (``_closing_task_table``; a list under "Oppfølgingspunkter:" stays its own).
    ``after_row``: the last item is a row of a table of items, whose cells are its text:
    the lines under the table may open with the register."""
    flat: bool | None = None  # (asked only at a register's heading: most lines are none)
    for index, line in enumerate(lines):
        if not index and after_row and line.gap and (
                _closing_decision_list(lines, index, after_standing) or
                _closing_task_list(lines, index) or _register_heading(line)):
            # (the table's rows hold the last item's words: a task list or a register
            # set apart under the table ends the minutes, no words of its last row)
            return index
        if line.is_table and index and line.gap and \
                lines[index - 1].body.endswith((".", "!")) and _closing_task_rows(lines, index):
            return index
        if not index or line.body[:1] not in "OoAaTtRrHhSsBbVvNn":
            continue
        if line.gap and (_register_heading(line) or _closing_task_list(lines, index) or
                         _closing_task_table(lines, index, after_standing) or
                         _closing_decision_list(lines, index, after_standing)):
            return index
        if not line.gap and _closing_task_table(lines, index):
            if flat is None:
                flat = not any(other.gap for other in lines[1:])
            if flat:
                return index
    return None


def _without_next_meeting_over_register(section: Section) -> None:
    """Drop the closing lines on the next meeting that stand between the last item's text
    and the register of tasks under it ("Neste møte: 12. juni kl. 9" / "Vertskap: Trysil
    kommune" / "Oppfølgingspunkter" over its table): they give the record's next meeting,
    no words or tasks of the last item (as that line is none when the minutes end with
    it: ``next_meeting_line``)."""
    lines = section.lines
    register = _closing_register_line(lines, is_standing_title(section.title or ""))
    if register is None:
        return
    for index in range(max(1, register - NEXT_MEETING_TAIL), register):
        if is_next_meeting_label(lines[index]) and \
                all(match_label(line.text) or _HOST_LABEL.match(line.body)
                    for line in lines[index + 1:register]):
            del lines[index:register]
            return


# Who hosts the next meeting, under its label: "Vertskap: Trysil kommune", nynorsk
# "Vertskommune: Vang", "Arrangør: Gol bibliotek".
_HOST_LABEL = lazy_regex(r"(?:vertskap|vertskommune|vert|arrangør)\s*:", re.I)


def _closing_task_list(lines: list[Line], index: int) -> bool:
    """Whether the line heads a plain list of tasks that closes the minutes: "Oppfølging:"
    or a heading "Oppfølgingspunkter" alone over bullets ("– Kari sender …") to the end,
    naming no item; "Oppfølging:" also over a table of tasks ("HVA | ANSVAR | FRIST")
    to the end. It gathers the
    meeting's tasks, no words of the last item (whose tasks they are still read as).
    ("Oppfølgingspunkter:" under a conclusion is that item's own list.)"""
    line = lines[index]
    after = lines[index + 1:]
    if not after:
        return False
    if after[0].body[:2] == "AP" and FOLLOW_UP_LIST_HEADING.match(line.body.strip()) and \
            all(is_numbered_action_point(entry.body) for entry in after):
        # "Action points:" over "AP 1 Sende … – JS", "AP 2 …" to the end: the meeting's
        # numbered action points, no words of the last item
        return True
    # ("Til neste gang:", a network's heading of what each does before it meets again;
    # "Til neste møte:" too, over errands or the next agenda's topics: either way the
    # minutes' closing list, no words of the last item)
    follow_up = line.lowered.rstrip(" :") in ("oppfølging", "oppfylging", "til neste gang",
                                              "til neste møte")
    if after[0].is_bullet and all(entry.is_bullet or task_field_line(entry.body)
                                  for entry in after):
        # (a task app's fields under an entry belong to it: "- [ ] Sende invitasjon" /
        # "  Tilordnet til: Kari Holm" / "  Forfallsdato: 14.03.2026")
        return follow_up or (
            # a heading of its own, no lead-in: "Oppfølgingspunkter", "Aksjonspunkt" set
            # apart over the bullets that end the minutes (a meeting app's
            # "Oppfølgingsoppgaver" over its boxes too, and its template's English
            # "Action items")
            ("punkt" in line.lowered or "oppg" in line.lowered or
             "action" in line.lowered) and
            not line.text.endswith(":") and
            FOLLOW_UP_LIST_HEADING.match(line.body.strip()) is not None)
    # (the table's heading row names what, who and when: its rows are tasks)
    return follow_up and all(entry.is_table for entry in after) and \
        task_columns(after[0].cells) is not None


def _closing_decision_list(lines: list[Line], index: int, after_standing: bool) -> bool:
    """Whether the line heads a recap of the meeting's decisions that closes the minutes:
    a heading of its own, no colon ("Beslutninger", "📌 Beslutninger", "Vedtak i møtet"),
    set apart over bullets to the end or to the closing task list or register under them.
    As a closing task list, it gathers what the meeting decided, no words of the last item
    (whose decisions they are still read as)."""
    line = lines[index]
    text = line.body.strip()
    if text.endswith(":") or not heads_decision_list(text):
        return False
    end = index + 1
    while end < len(lines) and lines[end].is_bullet:
        end += 1
    if end == index + 1:
        return False
    return end == len(lines) or (lines[end].gap and (
        _register_heading(lines[end]) or _closing_task_list(lines, end) or
        _closing_task_table(lines, end, after_standing)))


def _closing_task_rows(lines: list[Line], index: int) -> bool:
    """Whether a table set apart under the last item's text is the register of tasks the
    minutes end with, by its own heading row ("OPPFØLGING | ANSVAR | FRIST") over its rows
    to the end, after a finished sentence (no heading line over it, "Aksjonslogg",
    "Tiltak:", that would make it the item's own): the meeting's tasks (still read as
    the last item's), no words of that item, as under an "Aksjonspunkter" heading."""
    after = lines[index + 1:]
    return bool(after) and task_columns(lines[index].cells) is not None and \
        all(entry.is_table for entry in after)


def _closing_task_table(lines: list[Line], index: int, after_standing: bool = False) -> bool:
    """Whether the line heads the table of tasks that closes the minutes: "Aksjonspunkter"
    (no colon) alone over "Nr | Hva | Hvem | Frist" and its rows to the end. It gathers
    the meeting's tasks, no words of the last item (whose tasks they are still read as).
    ("Oppfølgingspunkter:" over a list under a conclusion is that item's own list.)
    Under a standing last section ("Eventuelt", ``after_standing``; the caller asks it
    only of a heading set apart) the heading may end with a colon, as a template's
    "Aksjonspunkter:" over the task table: no words of "Eventuelt" (under a case's
    text the same heading is that case's own list)."""
    line = lines[index]
    if (line.text[-1:] == ":" and not after_standing) or index + 2 > len(lines) or \
            not lines[index + 1].is_table:
        return False
    return bool(FOLLOW_UP_LIST_HEADING.match(line.body.strip())) and \
        task_columns(lines[index + 1].cells) is not None and \
        all(entry.is_table for entry in lines[index + 1:])


# A task that names the case it comes from first: "Sak 9/24: Synne Hage kontaktar …",
# "PS 12/24 – …" (a case number with its year: a running number alone may be an earlier
# meeting's case)
_CASE_LEAD = re.compile(r"^(?:sak|ps)\s+(?P<num>\d{1,3}\s*/\s*\d{2,4})\s*[:.–-]", re.I)


# … and by its running number alone, in the register the minutes end with: "Sak 2:
# Skrive konkurransegrunnlag – Ingrid Vold – 1. april" (that item of these minutes)
_RUNNING_CASE_LEAD = lazy_regex(r"^(?:sak|ps)\s+(?:nr\.?\s*)?(?P<num>\d{1,3})\s*(?:[:–-]|\.\s)",
                                re.I)


def _case_key(number: str) -> tuple[int, str] | None:
    """A case number as its running number and two-digit year ("05/2024" → (5, "24")), or
    None for a number without a year."""
    seq, slash, year = number.replace(" ", "").partition("/")
    if not slash or not seq.isdecimal() or not year.isdecimal():
        return None
    return int(seq), year[-2:]


def _cited_case(action: Action, cited: dict[int, str]) -> str | None:
    """The case a task cites: its register row's "Sak" cell, or a "Sak 9/24:" lead."""
    case = cited.get(id(action))
    if case is None and action.text[:1] in "SsPp" and (lead := _CASE_LEAD.match(action.text)):
        return lead.group("num")
    if case and not case[:1].isdecimal() and (numbered := _LOGGED_CASE.fullmatch(case)):
        case = numbered.group("num")  # "Sak 11/24", or a group's "DS 2/25", in the cell
    return case


def _to_cited_items(items: list[Item], cited: dict[int, str]) -> None:
    """Move each task a follow-up register lists to the item whose case it cites.

    A register at the end ("Oppfølgingsliste", "Aksjonsliste") is read as the last item's
    text, but an entry "Sak 11/24: …" or a row "11/24 | Sende brev | Kari" names the case
    the task comes from: when that case is an item of these minutes, the task is its
    (a case of an earlier meeting stays where the register is). A "Sak" column may also
    hold the case's title as written, or the running number alone ("2" in a network's
    "Sak | Hva | Hvem | Når" under items "Til sak 1: …", "Til sak 2: …"): in the register
    the minutes end with, that item of these minutes.

    The items are looked up by number and title only once a task cites a case: most
    tasks cite none, and most minutes build no look-up at all.
    """
    lookups: tuple[dict, dict, dict] | None = None
    for item in items:
        for action in [a for a in item.actions if id(a) in cited or a.text[:1] in "SsPp"]:
            case = _cited_case(action, cited)
            listed = id(action) in cited  # a row of a register with a "Sak" column
            if not case and item is items[-1] and \
                    (lead := _RUNNING_CASE_LEAD.match(action.text)) is not None:
                case, listed = lead.group("num"), True  # "Sak 2: Skrive utkast – Kari"
            if not case:
                continue
            if lookups is None:
                lookups = _items_by_case(items)
            by_key, by_title, by_number = lookups
            key = _case_key(case)
            target = by_key.get(key) if key else by_title.get(case.casefold())
            if target is None and key is None and item is items[-1] and listed:
                target = by_number.get(case.strip().rstrip("."))  # "2" in the "Sak" column
            if target is None:
                continue
            _drop_case_lead(action)
            if target is not item:
                item.actions.remove(action)
                target.actions.append(action)


def _drop_case_lead(action: Action) -> None:
    """A task's text without the lead that names the item it belongs to ("Sak 2: Lage
    opplæringsplan" under item 2 is "Lage opplæringsplan"): once the task sits at that
    item, the lead says no more than where it stands. (A lead naming a case that is no
    item of these minutes, an earlier meeting's, stays: it tells what the task is about.)"""
    if action.text[:1] in "SsPp" and (lead := CASE_LEAD.match(action.text)):
        rest = action.text[lead.end():].lstrip()
        if rest:
            action.text = rest


def _items_by_case(items: list[Item]) -> tuple[dict[tuple[int, str], Item], dict[str, Item],
                                                dict[str, Item]]:
    """The items by case key ("11/24" → (11, "24")), by folded title, and by a running
    number written alone ("2"): what a task's cited case may name (``_to_cited_items``)."""
    by_key = {key: item for item in items if item.number and (key := _case_key(item.number))}
    by_title = {item.title.casefold(): item for item in items if item.title}
    by_number = {item.number: item for item in items if item.number and item.number.isdecimal()}
    return by_key, by_title, by_number


# A decision log's case cell: "11/25", "3", "3.", and with the word or series before it:
# "Sak 11/25", "RS 8/26", "Sak nr. 3".
_LOGGED_CASE = lazy_regex(rf"(?:{CASE_CELL_PREFIX})?"
                          r"(?P<num>" + CASE_CELL_NUMBER + r")\s*[.:]?", re.I)


def _case_item(case: str, by_key: dict[tuple[int, str], Item], by_number: dict[str, Item],
               by_title: dict[str, Item]) -> Item | None:
    """The item a decision log's "Sak" cell names: by its number with the year ("11/25",
    "Sak 11/25"), by its running number alone ("3", "3."; the log is this meeting's), or
    by its title as written."""
    if not case[:1].isdecimal() and (title := by_title.get(case.casefold().rstrip(" ."))):
        return title
    numbered = _LOGGED_CASE.fullmatch(case.strip())
    if numbered is None:
        return None
    number = numbered.group("num")  # "Sak 11/24", "RS 8/26", "Sak nr. 3" in the cell
    key = _case_key(number)
    return by_key.get(key) if key else by_number.get(number)


def _to_logged_items(items: list[Item], cited_texts: list[dict[str, str]]) -> None:
    """Move each decision a decision log lists to the item whose case its row cites.

    Minutes may end with a "Beslutningslogg" / "Vedtaksliste" table ("Nr | Sak |
    Beslutning"), read as the last item's text: a row whose "Sak" cell names another item
    of these minutes ("11/25", or its title) records that item's decision, and the tasks
    read from the same cell are that item's too. (A case of an earlier meeting stays.)
    """
    by_key = {key: item for item in items if item.number and (key := _case_key(item.number))}
    by_number = {item.number: item for item in items if item.number}
    by_title = {item.title.casefold(): item for item in items if item.title}
    for item, logged in zip(items, cited_texts, strict=False):
        if not logged:
            continue
        # (a running number alone only from the log the minutes end with: a "Sak |
        # Vedtak" table inside an item may number its own sub-cases "1", "2")
        numbers = by_number if item is items[-1] else {}
        for cell, case in logged.items():
            target = _case_item(case, by_key, numbers, by_title)
            if target is None or target is item:
                continue
            for decision in [d for d in item.decisions if " ".join(d.split()) in cell]:
                item.decisions.remove(decision)
                if decision not in target.decisions:
                    target.decisions.append(decision)
            for action in [a for a in item.actions if " ".join(a.text.split()) in cell]:
                item.actions.remove(action)
                target.actions.append(action)


def closing_start(draft: Draft) -> int:
    """Where the last item's text stops and the closing block under the minutes starts
    (signatures, copy lists): read once, for its signers and for the item's text."""
    last = draft.items[-1].line if draft.items else -1
    if draft.closing is None or draft.closing[:2] != (last, len(draft.lines)):
        # (found again when the last item changed, or when a summons or minutes sent with
        # these were cut off the lines after it was found: an end past them is none)
        draft.closing = (last, len(draft.lines), section_end(draft.lines, last + 1)
                         if draft.items else len(draft.lines))
    return draft.closing[2]


def _page_furniture(draft: Draft, start: int, end: int) -> frozenset[int]:
    """The lines from ``start`` to ``end`` that a page break put in the items' text.

    A PDF's running page header: a short line of the meeting's date and words of the
    head only ("Eldrerådet 03.04.2024", "Referat styremøte 3.4.2024 – side 2",
    "Eldrerådet 3. april"), no sentence; and a letterhead's footer that comes back on
    every page or splits a sentence ("Postadresse: … Org.nr …"). They are found before
    wrapped lines are joined: "… tilbudet ved" / header / "sykehjemmene …" is one
    sentence once the header is out.
    """
    lines = draft.lines
    meeting = draft.record.meeting.date or ""
    year, day = meeting[2:4] or "\0", meeting[8:].lstrip("0") or "\0"
    headings = {c.line for c in draft.items}  # ("Sak 12/24 Budsjett" has the year's digits)
    title = draft.record.title if draft.record.title and len(draft.record.title) >= 15 else "\0"
    body = draft.record.body if draft.record.body and len(draft.record.body) >= 20 else "\0"
    found = []
    for i in range(start, end):
        text = lines[i].body
        if text[-1:] in ".:" or i in headings:  # a sentence, a label: no header ends so
            continue
        if text[:1] == title[:1] and text.startswith(title) and len(text) <= len(title) + 40:
            # the document's title again on a later page, with the meeting's number
            # beside it: "MØTEREFERAT – Faggruppe for barnevern …      Møte nr. 4/2024"
            found.append(i)
            continue
        if text[:1] == body[:1] and text == body and title.endswith(body):
            # the body's name alone, as the title ends in it, at the top of a later page:
            # "Prosjektgruppe digital heimeoppfølging Hardanger" under "Side 1 av 2"
            found.append(i)
            continue
        if text[:5] in HANDLING_HEAD_STARTS and is_handling_head(lines[i]):
            # "Utvalg | Utvalgssak | Møtedato" over the bodies that handled the case
            found += _handling_rows(lines, i, end)
            continue
        if text[:5] in HANDLING_HEAD_STARTS and not lines[i].cells and \
                is_flat_handling_head(text):
            # the same register as a PDF's text layer gives it: "Saksgang Møtedato Saknr"
            # over "Kommunestyret 27.03.2025 31/25"
            found += _flat_handling_rows(lines, i, end)
            continue
        if (year in text or day in text) and _is_page_header(draft, text) and \
                not _over_case_step(lines, i + 1, end):  # (cheap test first)
            found.append(i)
            continue
        # "Org.nr", "Postadresse", "Bankkonto" (substrings first: most lines lack them)
        # (and a line of contact details that comes back: "Telefon … – www.asen.no")
        if (("rg" in text or "adr" in text or "onto" in text or "boks" in text) and
                page_footer_inside(lines, i, True)) or \
                (("@" in text or "www" in text or ".no" in text) and
                 _repeated_contact_line(lines, i, start, end)):
            found.append(i)
        elif text[:1].isupper() and i + 1 < end and lines[i + 1].body[:1].islower() and \
                _splits_sentence(lines, i, end, found) and \
                (again := _repeated_header(draft, i, start, end)):
            found += again
    if found:
        found += _furniture_blocks(lines, found, start, end, headings)
    return frozenset(found)


def _over_case_step(lines: list[Line], below: int, end: int) -> bool:
    """Whether line ``below`` opens a step of the case ("Behandling:", "Handsaming:",
    "Votering:", "KS - 10/26 Vedtak:"): the line above it, the body and the day
    ("Kommunestyret - 12.03.2026"), is then ACOS Websak's heading over this meeting's
    handling of the case, part of the item's text, not a page's running header."""
    if below >= end:
        return False
    text = lines[below].body
    return text.rstrip(": ").casefold() in _STEP_LABELS or (
        " vedtak" in text.casefold() and bool(_NUMBERED_VEDTAK.match(text)))


_STEP_LABELS = frozenset(("behandling", "handsaming", "saksbehandling", "votering",
                          "røysting", "avstemning", "avrøysting"))
# "KS - 10/26 Vedtak:", "FSK-12/26 Vedtak": the body's short name and its case number
_NUMBERED_VEDTAK = lazy_regex(r"[A-ZÆØÅ]{1,6}\s*-\s*\d{1,3}/\d{2,4}\s+vedtak\s*:?$", re.I)


def _handling_rows(lines: list[Line], head: int, end: int) -> list[int]:
    """The register's heading at ``head`` and its rows under it: table rows of as many
    cells ("Arbeidsutvalget | 3/24 | 20.02.2024", "Regionrådet | 5/24 | 12.03.2024")."""
    width = len(lines[head].cells)
    stop = head + 1
    while stop < end and len(lines[stop].cells) == width:
        stop += 1
    return list(range(head, stop))




# A register's row as a text layer gives it: the body, the day, the case's number
# ("Kommunestyret 27.03.2025 31/25"), in either order of the last two.
_FLAT_HANDLING_ROW = lazy_regex(r"^[A-ZÆØÅ][\w .-]{1,60}?\s+(?:\d{1,2}\.\d{1,2}\.\d{2,4}\s+"
                                r"\d{1,4}/\d{2,4}|\d{1,4}/\d{2,4}\s+\d{1,2}\.\d{1,2}\.\d{2,4})$")


def _flat_handling_rows(lines: list[Line], head: int, end: int) -> list[int]:
    """The flat register's heading at ``head`` and the rows under it."""
    stop = head + 1
    while stop < end and not lines[stop].cells and _FLAT_HANDLING_ROW.match(lines[stop].body):
        stop += 1
    return list(range(head, stop))


def _repeated_contact_line(lines: list[Line], i: int, start: int, end: int) -> bool:
    """A line of contact details ("Telefon 32 00 00 00 – www.hallingdal.no") that comes
    back word for word further on (the last page's footer may stand after the end of the
    items) or elsewhere in the items' text: a page footer, not the item's."""
    text = lines[i].body
    # (whether the line comes back before how many contact marks it has: most lines with
    # an "@" or a ".no" are said once, and comparing the lines is cheaper than a regex
    # scan of the line; both tests are pure, so the answer is the same in either order)
    return len(text) <= 150 and \
        any(lines[n].body == text for n in range(start, len(lines)) if n != i) and \
        len(CONTACT_MARK.findall(text)) >= 2


def _furniture_blocks(lines: list[Line], found: list[int], start: int, end: int,
                      headings: set[int]) -> list[int]:
    """The other lines of a footer or header block of several lines ("Åsen regionråd" /
    "Storgata 1, 1234 Åsen" / "Telefon … www.asen.no") around a line found: the lines
    next to it that read the same next to each place the found line comes back (the
    last page's footer after the items too), up to ``_BLOCK_LINES`` on either side, no
    sentence and no item heading."""
    more: list[int] = []
    for text in {lines[i].body for i in found}:
        places = [n for n in range(start, len(lines)) if lines[n].body == text]
        if len(places) < 2:
            continue
        for step in (-1, 1):
            for depth in range(1, _BLOCK_LINES + 1):
                near = [place + step * depth for place in places]
                if not (start <= min(near) and max(near) < len(lines)):
                    break
                block = lines[near[0]].body
                if len(block) > 80 or block[-1:] in ".:" or \
                        any(lines[n].body != block or n in headings for n in near):
                    break
                more += [n for n in near if n < end]
    return more


#: Lines a footer or header block may have besides the one found.
_BLOCK_LINES = 3


def _splits_sentence(lines: list[Line], i: int, end: int, found: list[int]) -> bool:
    """Whether line ``i`` stands between two halves of a sentence: the line before (the
    one before a footer already found) ends in a word or a comma, the one after starts in
    lower case, and it ends no sentence."""
    if i >= end - 1 or not lines[i + 1].body[:1].islower() or lines[i].body[-1:] in ".:;!?":
        return False
    before = i - 1
    while before in found:
        before -= 1
    return before >= 0 and lines[before].kind is PARAGRAPH and \
        (lines[before].body[-1:].isalpha() or lines[before].body[-1:] == ",")


def _repeated_header(draft: Draft, i: int, start: int, end: int) -> list[int]:
    """The places of a running header without a date that a page break put inside a
    sentence ("Møtebok – Eldrerådet" at the top of every page but the first): the same
    short line again elsewhere in the text, naming the meeting's body, organisation or
    minutes. Empty when it does not come back ("Kari Holm" wrapped onto a line of its
    own twice is no header), nor when a sentence ends inside the line: "Representantskapet
    godkjenner rekneskapen for 2024. Overskotet" over "på kr 1 240 000 …" is a vedtak's
    first line that an innstilling and the vedtak both hold, word for word."""
    lines = draft.lines
    text = lines[i].body
    if len(text) > 80 or lines[i].is_bullet or lines[i].kind is not PARAGRAPH or \
            _SENTENCE_END_INSIDE.search(text):
        return []
    places = [n for n in range(start, end) if lines[n].body == text]
    if len(places) < 2:
        return []
    head = draft.head
    named = {word.casefold() for value in (head.title, head.body, head.organization) if value
             for word in _WORD.findall(value)} | _PAGE_WORDS | _MINUTES_WORDS
    return places if any(word.casefold() in named for word in _WORD.findall(text)) else []


# A sentence's end inside a line, the next one starting: "… for 2024. Overskotet".
_SENTENCE_END_INSIDE = lazy_regex(r"[a-zæøå\d][.!?] [A-ZÆØÅ]")
# What a running header calls the minutes besides _PAGE_WORDS.
_MINUTES_WORDS = frozenset({"møteprotokoll", "møtereferat", "møtebok", "referat", "protokoll",
                            "styreprotokoll", "styrereferat", "sakliste", "saksliste"})


def _is_page_header(draft: Draft, text: str) -> bool:
    """A running page header: a short line of the meeting's date and the head's words
    ("Eldrerådet 03.04.2024", "Referat styremøte 3.4.2024 – side 2", "Eldrerådet 3.
    april"), no sentence. Cheap tests first: most lines lack the date's digits."""
    meeting = draft.record.meeting.date
    if meeting is None or len(text) > 100 or text[-1:] in ".:" or text.count(" ") > 12:
        return False  # (a header is a few words; a line of prose has more)
    day = meeting[8:].lstrip("0")  # ("Eldrerådet 14. mars": a header without the year)
    if not (meeting[2:4] in text or day in text) or dates.DIGIT.search(text) is None:
        return False
    if draft.known_words is None:
        draft.known_words = _head_words(draft)
    known = draft.known_words
    first = _WORD.search(text)  # a header opens with a word of the head (or a date)
    return first is not None and (first.group().casefold() in known or
                                  first.group().casefold() in _PAGE_WORDS) and \
        _page_header(text, meeting, draft.year, known)


def _head_words(draft: Draft) -> set[str]:
    """The words of the head's first lines, title, body and organisation (folded)."""
    head = draft.head
    texts = [line.body for line in draft.lines[:min(draft.head_end, 8)]]
    texts += [t for t in (head.title, head.body, head.organization, head.letterhead) if t]
    return {word.casefold() for text in texts for word in _WORD.findall(text)}


def _page_header(text: str, meeting: str, year: int | None, known: set[str]) -> bool:
    """Whether a line is the meeting's date among the head's words and page words."""
    found = [d for d in dates.find_dates(text) if dates.iso(d.resolve(year)) == meeting]
    if not found:
        return False
    rest = text[:found[0].start] + " " + text[found[0].end:]
    written = _WORD.findall(rest)
    words = [w.casefold() for w in written]
    if not words or not any(w in known for w in words):
        return False
    strange = [w for w, f in zip(written, words, strict=True)
               if f not in known and f not in _PAGE_WORDS]
    return not strange or (len(strange) == 1 and _body_short_name(strange[0]) and
                           sum(f in known for f in words) >= 2)


def _body_short_name(word: str) -> bool:
    """Whether a word is a body's short name in capitals ("AU", "KU", "FSK", "ELD"): a
    running header names the body so ("Protokoll AU Vesterdal regionråd 14.01.2026")
    where the head spells it out ("Arbeidsutvalget i Vesterdal regionråd")."""
    return 2 <= len(word) <= 4 and word.isupper()


_WORD = lazy_regex(r"[^\W\d_]+")
_PAGE_WORDS = frozenset({"referat", "protokoll", "møtebok", "møtereferat", "fra", "frå", "i",
                         "side", "av", "møte", "møtet", "dato", "utvalg", "styremøte"})


def _whole_text_item(draft: Draft, due: Callable[[str], str | None]) -> None:
    """Minutes with no item headings at all ("Referat frå møtet …", a paragraph, "Vedtak i
    vassområdeutvalet", the vedtak): the text after the head is one item without number or
    title, when it records a decision or a task."""
    if draft.record.kind != DocumentKind.MINUTES:
        return
    start = after_head_labels(draft.lines)
    end = section_end(draft.lines, start)  # not the mail's "Mvh" and signature under it
    furniture = _page_furniture(draft, start, end)
    section = Section(number=None, title=None, heading_rest=None, row=None,
                      lines=merge_wrapped(without_furniture(draft.lines[start:end], furniture)))
    outcomes = find_outcomes(section.lines, None, None, due, draft.record.body,
                             draft.record.meeting.date, draft.record.organization)
    if outcomes.decisions or outcomes.actions:
        draft.record.items.append(Item(number=None, title=None, text=item_text(section),
                                       decisions=outcomes.decisions, actions=outcomes.actions))
        draft.record.warnings.append("No item headings found; the text is read as one item.")


def _decided_rest(section: Section) -> list[str]:
    """The later paragraphs of an item table's "Vedtak" cell, which the row's split put on
    lines of their own ("Styret tar saken til orientering." / "Daglig leder legger fram
    en plan i neste møte." / "Ansvar: daglig leder"): the vedtak goes on there."""
    row = section.row
    if row is None or not row.decided_at:
        return []
    return [line.cells[0] for line in section.lines
            if line.rest_of_cell >= 0 and line.rest_of_cell in row.decided_at]


def _add_decided_cells(outcomes: Outcomes, cells: list[str]) -> None:
    """Every sentence of an item table's "Vedtak" cells as a decision, when the table
    keeps what was said in a column of its own ("Sak | Drøfting | Vedtak": "3. Dugnad |
    Gruppa diskuterte datoen. | Dugnaden holdes 9. mai."): there the column is the
    vedtak's label for each of its cells. A cell that records nothing ("Ingen saker.")
    decides nothing."""
    written = [" ".join(sentence.split()) for cell in cells for sentence in sentences(cell)]
    decided = [sentence for sentence in written if sentence and (
        not sentence.startswith(_NOTHING_DECIDED) or is_decision(sentence))]
    outcomes.decisions[:] = [d for d in outcomes.decisions if d not in decided] + \
        list(dict.fromkeys(decided))


# A decision cell that records nothing: "Ingen saker.", "Ingen konklusjon.", "Ingenting å
# melde.", "-" (but "Ingen merknader til referatet." is an outcome: see is_decision).
_NOTHING_DECIDED = ("Ingen", "Ingenting", "Ikke noe", "Ikkje noko", "Inga ", "-", "–")


def _add_decided_tasks(outcomes: Outcomes, cells: list[str]) -> None:
    """The tasks an item table's "Vedtak" / "Konklusjon" cells assign, as decisions too,
    in the order the cells give them ("21/24 | Revisjon | Rapporten tas til orientering. /
    Rapporten oversendes kommunestyret. | Sekretariatet"): a vedtak that assigns a task is
    both. Only the tasks: such a column often holds what was said as well ("Daglig leder
    orienterte om planen."), which the outcome sentences already tell apart."""
    tasks = {action.text for action in outcomes.actions}
    written = [" ".join(sentence.split()) for cell in cells for sentence in sentences(cell)]
    if len(cells) > 1 and len(outcomes.decisions) > 1:
        _in_cell_order(outcomes.decisions, written)
    if not tasks:
        return
    if not any(sentence in tasks and sentence not in outcomes.decisions
               for sentence in written):
        return
    decided = [sentence for sentence in written
               if sentence in tasks or sentence in outcomes.decisions]
    outcomes.decisions[:] = [d for d in outcomes.decisions if d not in decided] + \
        list(dict.fromkeys(decided))


def _in_cell_order(decisions: list[str], written: list[str]) -> None:
    """The decisions a "Vedtak" cell's paragraphs give, put back in the cell's order where
    they stand among the item's decisions: "Styret legger fram budsjettet." / "Enstemmig
    vedtatt." in one cell is the vedtak and then its vote, though a vote under running
    text reads as adopting the text above it (added after the vote)."""
    place = {sentence: n for n, sentence in enumerate(written)}
    at = [n for n, decision in enumerate(decisions) if decision in place]
    ordered = sorted((decisions[n] for n in at), key=place.__getitem__)
    for n, decision in zip(at, ordered, strict=True):
        decisions[n] = decision


def _row_action(actions: list[Action], section: Section,
                due: Callable[[str], str | None], decisions: Iterable[str] = ()) -> None:
    """The follow-up an item table's "Ansvar" / "Frist" columns make of the row.

    A row with someone responsible or a date is a task: the task found in its text gets
    them, or the row's text becomes the task (the task found under the title, when the
    title cell holds the text). A row its status column marks done ("Ferdig") is none:
    it was done by the meeting.
    """
    row = section.row
    if row is None:
        return
    if row.head_text is not None:  # rows that continue the item: each its own task
        owned: set[int] = set()  # (the tasks an earlier row's "Ansvar" cell gave an owner)
        _continued_row_action(actions, TableItem(row.head_text, row.responsible, row.due,
                                                 closed=row.closed), due, owned)
        for more in row.more:
            _continued_row_action(actions, more, due, owned)
        if len(actions) > 1:
            _in_row_order(actions, row.text)
        return
    # (a Word cell's first paragraph is the title: the rest, on lines of their own, the text)
    text = row.text or ("\n".join(line.body for line in section.lines) if section.title else "")
    if row.closed or not (row.responsible or row.due):
        return
    if not (text or actions):
        # "2 | Oppfølging av rutiner for legevakt | Rolf Sand | 01.04.2024": a row of only
        # its title, owner and date: the title names the follow-up
        text = section.title or ""
        if not text:
            return
    when = _column_due(row.due, due)
    if not actions and not when and _settled_only(text):
        return  # "1 | Godkjenning av referat | Leder | Referatet ble godkjent.": the
        # agenda's owner of the item, who led it; nothing is left to do
    if not actions:
        concluded = _concluded(_with_cell_paragraphs(text, section))
        task = " ".join((_owner_sentence(concluded, row.responsible) or
                         _row_task(concluded)).split())
        dated = _dated_after_verdict(task, due)
        # (a task sentence of its own keeps the date it names: "… innen 1. november.")
        actions.append(Action(text=dated or task,
                              due=due(dated or task) if dated or is_action(task) else None))
    elif row.responsible and decisions and \
            _row_requests(actions, decisions, whole := _with_cell_paragraphs(text, section),
                          row.responsible, when):
        _in_row_order(actions, whole)
    action = actions[-1]
    action.responsible = row.responsible or action.responsible
    action.due = when or action.due


def _dated_after_verdict(task: str, due: Callable[[str], str | None]) -> str | None:
    """The one sentence of a row's conclusion that names a date, when the others are the
    body's verdict ("Regiongruppa støtter forslaget. Jevnaker søker om midler innen 15.
    oktober." beside "Ansvar: Anders"): the owner's errand is the dated one, the verdict
    no one's task; None when the text is one sentence, or more than one names a date."""
    if ". " not in task:
        return None
    parts = sentences(task)
    dated = [part for part in parts if due(part)]
    if len(parts) < 2 or len(dated) != 1:
        return None
    return dated[0] if all(part is dated[0] or (is_decision(part) and not is_action(part))
                           for part in parts) else None


def _row_requests(actions: list[Action], decisions: Iterable[str], text: str,
                  responsible: str, when: str | None) -> bool:
    """Add the row's vedtak that ask for a piece of work ("Utvalget ber om en utredning av
    …", ``asks_for_work``) as tasks of the row's owner by its date, beside the task the
    text goes on to word ("Utredningen legges fram i april."): a vedtak that assigns a
    task is both, by the reading guide. Whether any was added."""
    joined = " ".join(text.split())
    known = {action.text for action in actions}
    added = False
    for decision in decisions:
        if decision not in known and decision in joined and asks_for_work(decision):
            actions.append(Action(text=decision, responsible=responsible, due=when))
            added = True
    return added


def _with_cell_paragraphs(text: str, section: Section) -> str:
    """A row's text with the later paragraphs of its cell, when the row's own text only
    tells what the meeting did ("3/26 | Plan | Sindre presenterte utkastet. | Sindre" /
    "Konklusjon: Utvalget slutter seg til utkastet."): a reader that sets a cell's
    paragraphs on rows of one cell each leaves the conclusion, which the row's owner is
    to follow up, out of the row. The report of the talk is no errand."""
    if not section.lines or not all(tells_what_the_meeting_did(part) for part in sentences(text)):
        return text
    paragraphs = list(itertools.takewhile(
        lambda line: line.kind is TABLE_ROW and len(line.cells) == 1, section.lines))
    return "\n".join([text, *(line.cells[0] for line in paragraphs)]) if paragraphs else text


def _in_row_order(actions: list[Action], text: str) -> None:
    """The tasks of an item's rows in the order the rows give them: a row's text made a
    task for its "Ansvar" cell ("Styret godtar tilbudet. | Geir Moen") comes before the
    task the row under it words itself ("Beboerne varsles om arbeidet. | Turid Aas"),
    though the second was found first. A task found in no row stays after them."""
    joined = " ".join(text.split())
    place = {id(action): joined.find(action.text) for action in actions}
    actions.sort(key=lambda action: place[id(action)] if place[id(action)] >= 0 else len(joined))


def _settled_only(text: str) -> bool:
    """Whether every sentence of a row's text only approves or notes ("Referatet ble
    godkjent.", "Saken tas til orientering."): an outcome settled at the meeting, which
    the row's "Ansvar" cell cannot make a task."""
    if "godkj" not in text and "orientering" not in text and "vitande" not in text and \
            "etterretning" not in text:
        return False  # (most rows: one substring test each)
    parts = sentences(text)
    return bool(parts) and all(_SETTLED.search(part) for part in parts)


# An approval or a noting at the end of a sentence ("… ble godkjent.", "… godkjennes
# uten merknader.", "… tas til orientering.", nynorsk "… teke til vitande.").
_SETTLED = lazy_regex(r"(?:godkjent|godkjend|godkjende|godkjennes|godkjenst|til\s+orientering|"
                      r"til\s+vitande|til\s+etterretning)(?:\s+(?:uten|utan)\s+merknader)?"
                      r"\s*\.?\s*$", re.I)


def _owner_sentence(text: str, owner: str | None) -> str | None:
    """The one sentence of a row's text in which the owner its "Ansvar" cell names does
    something ("Ingen skader siden forrige møte. TE sikrer rekkverket før uke 48." beside
    "TE"; "EM 22 Endret himling: BH avklarer med brukergruppen." beside "BH"), as a site
    meeting's point reports first and gives the party's errand last; None when no sentence
    or several do, or the owner only reported or decided ("… ble godkjent av BH.")."""
    if not owner or len(owner) > 40 or owner not in text:
        return None
    parts = sentences(" ".join(text.split()))
    if len(parts) < 2:
        return None
    acting = re.compile(rf"(?:^|\s){re.escape(owner)}\s+[a-zæøå]")
    hits = [part for part in parts if acting.search(part) and
            not tells_what_the_meeting_did(part) and not (is_decision(part) and
                                                           not is_action(part))]
    return hits[0] if len(hits) == 1 else None


def _row_task(text: str) -> str:
    """The part of a row's text its owner and deadline are for: without the sentences
    first in it that tell what the meeting did ("Geir orienterte om resultatene.
    Resultatene presenteres for regionrådet i juni." → the second), since the report of
    the talk is no errand; the whole text when every sentence tells the talk. A last
    paragraph that is a task of its own is the one ("a) … b) …" / "Signert avtale
    returneres innen 1. november.": the follow-up cell after the report's)."""
    if "\n" in text and is_action(last := text.rpartition("\n")[2].strip()):
        return last
    parts = sentences(text)
    if len(parts) < 2:
        return text
    rest = list(itertools.dropwhile(tells_what_the_meeting_did, parts))
    if len(rest) > 2:
        # "Kari orienterte om profilene, som …. Kommunene må …. Nettverket ble enige om å
        # lage en plan.": a long cell whose report the test above cannot tell; the owner
        # beside it follows up what was agreed, from its first decision on
        rest = list(itertools.dropwhile(lambda part: not is_decision(part), rest)) or rest
    elif len(rest) == 2 and " om" in rest[0] and _ASKED_FOR.search(rest[0]) and \
            not is_action(rest[0]) and (is_decision(rest[1]) or is_action(rest[1])):
        # "Verneombudet har bedt om å se tegningene. Det holdes et allmøte i uke 25.": a
        # request told, then what was settled on it, which the owner beside it arranges
        rest = rest[1:]
    while len(rest) > 1 and "frist" in rest[-1][:20].casefold() and \
            _DEADLINE_TOLD.match(rest[-1]):
        rest.pop()  # "… søker. Søknadsfrist er 15. april.": the date, no words of the task
    return " ".join(rest) if rest else text


# A request someone made before the meeting, told: "Verneombudet har bedt om at …",
# "Kommunen ba om …", nynorsk "Rektor har bede om …".
_ASKED_FOR = lazy_regex(r"\b(?:(?:har|hadde)\s+(?:bedt|bede)|ba|bad)\s+om\b")


# A sentence that only tells a deadline: "Søknadsfrist er 15. april.", "Fristen er 1. mai.",
# nynorsk "Fristen vert 1. mai." (the date is the task's due; the row's own date column
# gives it too).
_DEADLINE_TOLD = lazy_regex(r"^[\wæøå-]*frist(?:en)?\s+(?:er|blir|vert|var)\s+[^,;]{1,30}$", re.I)


def _concluded(text: str) -> str:
    """The part of a row's text from its "Konklusjon:" / "Vedtak:" / "Beslutning:" label
    on, without the label, or the whole text when it has none: the owner and the due
    date beside "Faggruppen drøftet behovet. Konklusjon: Det arrangeres kurs i mars."
    are those of what was concluded, not of the discussion before it."""
    if ":" not in text:
        return text
    lines = text.split("\n")
    for n, line in enumerate(lines):
        head, colon, rest = line.partition(":")
        if colon and head.strip().casefold() in DECISION_COLUMN_WORDS:
            concluded = "\n".join([rest, *lines[n + 1:]]).strip()
            return concluded or text
    return text


def _continued_row_action(actions: list[Action], row: TableItem,
                          due: Callable[[str], str | None], owned: set[int]) -> None:
    """Who and by when from a row that continues an item (no number cell of its own): the
    task found in that row's text gets them, or the row's text becomes a task. A task
    whose text cell is merged over rows with an owner each (rowspan, vMerge: "Bestille
    lokale. | Kari Holm" / "| Per Dal") is all of theirs, joined as the spec writes
    owners ("Kari Holm, Per Dal"), not the last row's alone; ``owned`` holds the tasks
    an earlier row's owner cell named."""
    if row.closed or not (row.responsible or row.due):
        return
    text = " ".join(row.text.split())
    action = next((a for a in actions if a.text in text or text in a.text), None) \
        if text else None
    if action is None:
        if not text:
            return
        action = Action(text=text)
        actions.append(action)
    if row.responsible and id(action) in owned and action.responsible and \
            row.responsible not in action.responsible.split(", "):
        action.responsible = f"{action.responsible}, {row.responsible}"
    elif row.responsible:
        action.responsible = row.responsible
        owned.add(id(action))
    action.due = _column_due(row.due, due) or action.due


_WRAPPED_DIGITS = lazy_regex(r"(?<=\d) (?=\d)")


def _column_due(cell: str | None, due: Callable[[str], str | None]) -> str | None:
    """The date of a "Frist" column ("15/4" too). A narrow column of a PDF wraps a date
    ("01.04.202" / "4") and the join puts a space inside it: the digits go together."""
    if not cell:
        return None
    when = due(f"frist {cell}")
    if when is None and " " in cell and cell[-1:].isdecimal():
        when = due(f"frist {_WRAPPED_DIGITS.sub('', cell)}")
    return when


def _is_bare_list(draft: Draft) -> bool:
    """Items that are a plain numbered list with nothing between them but a day's heading
    (an agenda, a programme over two days: "Torsdag 4. juni"); not
    when the heading lines carry the items' text ("Sak 1: Tittel. Formannen har …", or a
    page run together whose cases each run on into their text), nor when an agenda list
    came before them (they are the cases it lists)."""
    items = draft.items
    return (len(items) >= 3 or (len(items) == 2 and _headed_again(draft))) and \
        not draft.toc and not any(c.row for c in items) and \
        all(b.line == a.line + 1 or (b.line == a.line + 2 and is_day_and_date(
            draft.lines[a.line + 1].body)) for a, b in itertools.pairwise(items)) and \
        not any(len(c.raw_title or c.title) > 200 for c in items) and \
        sum(split_heading(c.raw_title or c.title)[1] is not None or
            is_whole_sentence(c.raw_title) for c in items) < 2  # "2. Saklista blei godkjent."


def _headed_again(draft: Draft) -> bool:
    """Whether each entry of a short agenda list comes back below it as a heading of its
    own, in order ("## Agenda" / "1. Budsjett" / "2. Fagdag", then "## Budsjett" and "##
    Fagdag", as a wiki's or a note app's page has them): the headings hold the text. A list
    of two is otherwise as likely a list inside the text."""
    lines = draft.lines
    cursor = draft.items[-1].line + 1
    for cand in draft.items:
        want = (cand.title or "").casefold()
        hit = next((line.index for line in lines[cursor:]
                    if line.kind is HEADING and
                    line.body.casefold().strip(" :") == want), None) if want else None
        if hit is None:
            return False
        cursor = hit + 1
    return True


def _titles_found_below(draft: Draft) -> list[int | None]:
    """For each entry of an agenda list or a programme, the line below the list that
    heads it again (its slide, or its section in minutes), in order; None for an entry
    no line below names."""
    lines = draft.lines
    starts: list[int | None] = []
    cursor = draft.items[-1].line + 1
    for cand in draft.items:
        hit = _find_title_line(lines, cand.title, cursor)
        starts.append(hit)
        if hit is not None:
            cursor = hit + 1
    return starts


def _slide_sections(draft: Draft) -> list[Section]:
    """Items of an agenda list; their text is what follows a slide titled like the item.

    Outside a slide deck (a note app's page: "## Agenda", then a heading per entry) the
    text under a heading is written in paragraphs, and a paragraph wrapped at a width is
    one sentence ("… med dei tre" / "prioriteringane."), as in any section; a slide's
    lines are bullets each of its own."""
    lines = draft.lines
    pages = draft.record.kind != DocumentKind.PRESENTATION
    after = draft.items[-1].line + 1
    starts = _titles_found_below(draft)
    last_start = max((s for s in starts if s is not None), default=after - 1)
    end = next((i for i in range(last_start + 1, len(lines))
                if CLOSING_SLIDE.match(lines[i].body)),
               len(lines))  # "Takk for møtet!" and the contact slide belong to no item
    if pages:
        # minutes' closing block under the last section, as under any item: signatures, or
        # the "Vedlegg: Deltakerliste" with who came (a gathering's programme over its
        # sections: the list's people are read apart, no words of the last section)
        end = min(end, closing_start(draft))
    footers = _slide_footers(lines, after, end)
    if pages:
        # (minutes a PDF's pages run over: their running header and footer, as under
        # sections of their own: "Østfold fylkeskommune – Referat … 12. februar 2026")
        footers |= _page_furniture(draft, after, end)
    _next_slides(lines, draft.items, starts, end, footers)
    last = next((n for n in range(len(starts) - 1, -1, -1) if starts[n] is not None), None)
    if last is not None:  # "Neste møte: Teams, 14. mai" closing the notes is no part of
        # the last item with slides of its own (the record's next meeting), also when the
        # agenda's last entries ("Eventuelt") have none; but a slide's bullet among the
        # others ("- Neste samling: 18. september") is that slide's line like the rest
        # (in a deck every text box stands apart: a sentence there, "Neste samling vert
        # 23. april i Seljord.", is the slide's line too, only the label's form closes)
        cut = next_meeting_line(lines, replace(draft.items[last], line=starts[last]), end)
        if pages or cut >= end or ((not lines[cut].is_bullet or lines[cut].gap) and
                is_next_meeting_label(lines[cut])):
            end = cut
    sections = []
    for n, cand in enumerate(draft.items):
        begin = starts[n]
        body: list[Line] = []
        rest = None
        if begin is None and pages and _programme_slot_alone(draft, n, starts):
            continue
        if begin is not None:
            stop = next((s for s in starts[n + 1:] if s is not None), end)
            same, rest = _opens_with_title(lines[begin].body, cand.title)
            if same and rest is None and not pages and \
                    lines[begin].lowered.strip(" :") in _CONCLUSIONS_SLIDE:
                rest = f"{lines[begin].body.strip(' :')}:"  # the slide's title labels its
                # bullets as a "Konklusjoner:" line would: "Konklusjoner" over them
            body = [line for line in lines[begin + 1 if same else begin:stop]
                    if line.index not in footers]
            if not pages:
                body = _joined_slide_wraps(_before_talk_closing(body))
            if pages:
                body = merge_wrapped(body)
                if same and rest is None:
                    cand = replace(cand, title=_heading_past_presenter(lines[begin].body,
                                                                       cand.title))
        sections.append(Section(number=cand.number or None, title=cand.title or None,
                                lines=body, heading_rest=rest))
    return sections


# A slide titled by what its bullets are, for the agenda's "Konklusjoner og veien videre"
# or "Vedtak": each bullet a conclusion of the meeting, as under a "Konklusjoner:" label
# (the words a decision's column is headed by, labels.py's).
_CONCLUSIONS_SLIDE = DECISION_COLUMN_WORDS


def _joined_slide_wraps(body: list[Line]) -> list[Line]:
    """A slide's lines with each line a PDF wrapped inside a text box joined to the line
    it goes on from ("Fylkeskommunen sammenstiller innspillene og sender dem til" /
    "kommunene innen 1. desember"): the lower line opens in lower case right under a
    line that ends no sentence. A slide's other lines stay each its own (a text box a
    line, bullets, a title over its points), as ``merge_wrapped`` would join them."""
    joined: list[Line] = []
    for line in body:
        prev = joined[-1] if joined else None
        if prev is not None and not line.gap and line.body[:1].islower() and \
                line.kind is PARAGRAPH and (prev.kind is PARAGRAPH or (
                    line.goes_on and prev.kind is LIST_ITEM)) and \
                not line.is_table and not prev.is_table and \
                prev.body[-1:] not in ".:;!?" and len(prev.body) >= 30:
            # (a bullet's line too, when the reader saw the lower line hang under its
            # text: "• Nettverket vart samde om … kurs for" / "assistentar.")
            joined[-1] = Line(text=f"{prev.text} {line.text}", body=f"{prev.body} {line.body}",
                              kind=prev.kind, level=prev.level, cells=prev.cells,
                              bold=prev.bold, gap=prev.gap, index=prev.index)
            continue
        joined.append(line)
    return joined


def _before_talk_closing(body: list[Line]) -> list[Line]:
    """An item's slides up to its speaker's closing slide ("Takk for meg!", "Spørsmål?",
    then her address): decks put together from several talks close each talk so before
    the next agenda point's slides; the thanks and the contact lines under it are no
    content of the item, as the deck's own closing slide is none of the last item's."""
    closing = next((k for k, line in enumerate(body)
                    if len(line.body) <= 40 and CLOSING_SLIDE.match(line.body)), None)
    return body if closing is None else body[:closing]


def _opens_with_title(text: str, title: str) -> tuple[bool, str | None]:
    """Whether the line found for an agenda entry is the entry's heading, and the notes
    that share it. The heading is the title ("Velkommen"), or the start of an entry
    that names who presents ("Velkommen" for "Velkommen v/ Anne") or its theme after a
    colon ("Gruppearbeid" for "Gruppearbeid: Hvordan nå eldre?"); notes written after
    the title and a colon ("Velkommen: Anne ønsket velkommen.") are the item's text,
    without the title."""
    if text[:1].isdecimal() or text[:3].casefold() == "sak":
        text = _SLIDE_NUMBER_FIRST.sub("", text, count=1)  # "Sak 2: Status …" for "Status …"
    folded, want = text.casefold(), title.casefold()
    bare = folded.strip(" :")
    if bare == want:
        return True, None
    if want.startswith((bare + " ", bare + ":")) and len(bare) >= 4 and \
            not text.endswith((".", "!", "?", ",", ";")):
        return True, None  # ("Gruppearbeid" for "Gruppearbeid: Hvordan nå eldre?" too)
    if folded.startswith(want) and folded[len(want):len(want) + 1] == ":" and \
            (rest := text[len(want) + 1:].strip()):
        return True, rest
    return False, None


def _programme_slot_alone(draft: Draft, n: int, starts: list[int | None]) -> bool:
    """Whether minutes' programme entry ``n`` has no section while the entries after it
    have theirs ("09.00 Velkommen v/ Kari" over sections from "Næringsareal i tall" on):
    the items are the detailed sections, and an entry only the programme names is none
    (the text did not stop early). Standing entries ("Eventuelt") keep their place, and
    a summons or an invitation, whose programme is all it has, keeps every entry."""
    cand = draft.items[n]
    return draft.record.kind == DocumentKind.MINUTES and \
        draft.lines[cand.line].body[:1].isdigit() and \
        any(start is not None for start in starts[n + 1:]) and \
        not is_standing_title(cand.title)


def _heading_past_presenter(heading: str, title: str) -> str:
    """The section's own heading for a programme's entry that goes on to name who brings
    it ("Næringsareal i tall – Innlegg ved Per Ås, Asplan Viak" over the section
    "Næringsareal i tall"): in minutes the detailed section is the item, and the speaker
    no part of its title. Any other entry keeps its title."""
    bare = heading.strip(" :")
    tail = title[len(bare):].lstrip(" ,–-").casefold()
    if len(bare) < len(title) and title.casefold().startswith(bare.casefold()) and \
            tail.startswith(_PRESENTER_TAILS):
        return bare
    return title


# How an entry names its speaker after the topic: "v/ Kari Holm", "ved rådgiver Per Ås",
# "Innlegg ved …", "Presentasjon fra NAV ved …", "Innleiing ved …".
_PRESENTER_TAILS = ("v/", "ved ", "innlegg ", "presentasjon ", "innledning ", "innleiing ",
                    "foredrag ", "orientering ")


# The agenda number a slide's title repeats before the entry's title: "Sak 2: ", "2. ",
# "Sak 12/25 – ".
_SLIDE_NUMBER_FIRST = lazy_regex(r"(?:sak\s*(?:nr\.?\s*)?)?\d{1,3}(?:/\d{2,4})?\s*[.:)–-]?\s+",
                                 re.I)


def _slide_footers(lines: list[Line], start: int, end: int) -> frozenset[int]:
    """The lines of a deck that come back on three slides or more with only their digits
    changed: a footer of body, date and slide number ("Vestdalen regionråd | 14.03.2024
    | 3") that a copy of the slides as text keeps on every page; no bullet repeats so."""
    seen: dict[str, list[int]] = {}
    for i in range(start, end):
        line = lines[i]
        if not line.is_bullet and len(line.body) <= 100:
            seen.setdefault(line.body.translate(_NO_DIGITS).strip(" |-–/"), []).append(i)
    return frozenset(i for shape, found in seen.items()
                     if len(found) >= 3 and len(shape) >= 3 for i in found)


_NO_DIGITS = str.maketrans("", "", "0123456789")


def _next_slides(lines: list[Line], items: list[Candidate], starts: list[int | None],
                 end: int, footers: frozenset[int]) -> None:
    """An item whose title no slide repeats starts at the next slide heading after the
    item before it: decks often title a slide "Veien videre" for "Møteplan og
    arbeidsform". Standing items ("Eventuelt") have no slides of their own, nor has a
    programme's break or the day's end ("Lunsj", "14.00 Slutt"): the heading after the
    last talk's text (a closing link, "Spørsmål?") is none of theirs."""
    for n in range(1, len(items)):
        if starts[n] is not None or starts[n - 1] is None or \
                is_standing_title(items[n].title) or is_break_title(items[n].title):
            continue
        limit = next((s for s in starts[n + 1:] if s is not None), end)
        starts[n] = next((i for i in range(starts[n - 1] + 2, limit)
                          if i not in footers and _slide_heading(lines, i)), None)


def _slide_heading(lines: list[Line], index: int) -> bool:
    """A short line set apart above and below, without end punctuation: a slide's title."""
    line = lines[index]
    text = line.body
    below = index + 1 >= len(lines) or lines[index + 1].gap
    return line.gap and below and 3 <= len(text) <= 60 and text[:1].isupper() and \
        not text.endswith((".", ":", "!", ",", ";")) and not line.is_bullet


def _find_title_line(lines: list[Line], title: str, start: int) -> int | None:
    """The first line from ``start`` that repeats an item title (a slide heading)."""
    want = title.casefold()
    matcher = SequenceMatcher(None, "", want)  # the title's index is built once, not per line
    for i in range(start, len(lines)):
        text = lines[i].body.casefold().strip(" :")
        if len(text) < 4:
            continue
        if text == want or (len(text) >= 12 and (text in want or want in text)):
            return i
        if abs(len(text) - len(want)) <= 0.3 * len(want):
            matcher.set_seq1(text)
            if matcher.real_quick_ratio() >= 0.85 and matcher.quick_ratio() >= 0.85 and \
                    matcher.ratio() >= 0.85:
                return i
        if _names_title_word(text, want):
            return i
    return None


def _names_title_word(text: str, title: str) -> bool:
    """A one-word slide heading that is a title word's stem ("Mandat" for "mandatet")."""
    words = text.split()
    if len(words) != 1 or len(words[0]) < 5:
        return False
    return any(w.startswith(words[0]) and len(w) - len(words[0]) <= 3
               for w in title.split() if len(w) >= 5)


def _truncated_tail(draft: Draft) -> list[Section]:
    """Items listed in the table of contents after the last detailed one (cut-off text)."""
    if not draft.toc:
        return []
    final = draft.items[-1]
    listed = next((c for c in draft.toc if _listed_as(c, final)), None)
    if listed is not None:
        tail = draft.toc[draft.toc.index(listed) + 1:]
    else:  # the agenda starts after it ("13/2017" detailed, the list from "14/2017" on)
        tail = [c for c in draft.toc if c.seq is not None and final.seq is not None and
                c.seq > final.seq and _year_of(c.number) == _year_of(final.number)]
    tail = [c for c in tail if not any(_listed_as(c, item) for item in draft.items)]
    if tail:
        tail = [c for c in tail if not _entry_line_below(draft.lines, final.line, c)]
    if tail and draft.record.kind != DocumentKind.AGENDA:
        # (a summons prints papers for some cases only: its list is whole, nothing is cut)
        draft.record.warnings.append(
            "The text stops early; items after the last detailed one come from the agenda list.")
    return [Section(number=c.number or None, title=clean_title(c.title) or None) for c in tail]


def _summons_in_list_order(draft: Draft, sections: list[Section]) -> list[Section]:
    """A summons' sections with the listed cases that have no papers put back in the
    list's order: a saksliste over the saksframlegg of some cases only ("PS 15/26
    Godkjenning av innkalling" and "PS 17/26 Referatsaker" have none, "PS 16/26" has)
    still calls the meeting to all of them. The cases listed after the last one with
    papers come from ``_truncated_tail``. Minutes are not read so: their detailed
    sections are what was handled."""
    if draft.record.kind != DocumentKind.AGENDA or not draft.toc or \
            len(sections) != len(draft.items):
        return sections
    unlisted = [k for k, c in enumerate(draft.toc)
                if not any(_listed_as(c, item) for item in draft.items)]
    if not unlisted:
        return sections
    ordered: list[Section] = []
    for item, section in zip(draft.items, sections, strict=True):
        at = next((k for k, c in enumerate(draft.toc) if _listed_as(c, item)), None)
        while at is not None and unlisted and unlisted[0] < at:
            listed = draft.toc[unlisted.pop(0)]
            ordered.append(Section(number=listed.number or None,
                                   title=clean_title(listed.title) or None))
        ordered.append(section)
    return ordered


def _entry_line_below(lines: list[Line], start: int, listed: Candidate) -> bool:
    """Whether an agenda entry comes back as a line of its own in the last item's text:
    the referatsaker listed under "PS 3/25 Referatsaker" ("RS 1/25 Brev fra …"), which the
    agenda table lists after it; the text has them all, it does not stop early."""
    if not listed.number or not listed.title:
        return False
    title = listed.title.casefold()
    longest = len(listed.number) + len(title) + 12  # the series, "Sak", spaces, a colon
    for line in lines[start + 1:]:
        if listed.number not in line.body:
            continue
        if len(line.body) <= longest and line.body.casefold().rstrip(" .:").endswith(title):
            return True
        if _cut_entry_line(line.body, listed.number, title):
            return True
    return False


def _cut_entry_line(body: str, number: str, title: str) -> bool:
    """Whether a line opens with an agenda entry whose title the agenda table cut at a page
    break: "RS 2/26 Referat frå rådmannsutvalet 14.01.2026" for the row "RS 2/26 | Referat
    frå" (the rest of its cell on the next page, apart from the row)."""
    at = body.find(number)
    if at > 8 or len(title) < 8 or " " not in title:  # the series or "Sak" before it only
        return False
    rest = body[at + len(number):].lstrip(" .:-–").casefold()
    return len(rest) > len(title) and rest.startswith(title + " ")


def _listed_as(listed: Candidate, item: Candidate) -> bool:
    """Whether an agenda entry is a detailed item: the same number, and the same series
    where both name one (the agenda's "PS 1/24" is not the section "RS 1/24")."""
    if not listed.number:  # an unnumbered agenda list: the entry's title is the item's
        return listed.title.casefold() == item.title.casefold()
    if " og " in item.number:  # "2/24 og 3/24": one item for both cases the list has apart
        return listed.number.rsplit(" ", 1)[-1] in item.number.split(" og ")
    return listed.number.rsplit(" ", 1)[-1] == item.number and (
        listed.series == item.series or not listed.series or not item.series)


def _year_of(number: str) -> str:
    """The year part of a case number ("13/2017" → "2017"; "" when there is none)."""
    return number.rsplit("/", 1)[1] if "/" in number else ""


# Searched in the folded line (``folded_pattern``: IGNORECASE's matches, at the same
# positions, several times faster).
_NEXT_MEETING = folded_pattern(r"(?:^|[.:;]\s+|\s[-–]\s+|\b(?:kalle\s+inn|kaller\s+inn|"
                               r"innkaller|innkalle|inviterer)\s+til\s+)"
                               # (Swedish "Nästa möte" in a cross-border body's minutes)
                               r"(?:neste|nytt|kommende|neste\s+ordinære|nästa)\s+"
                               # (a forum's or network's own word for it: "Neste
                               # planforum:", "Neste nettverkssamling:", also with the
                               # forum's kind: "Neste regionale planforum:")
                               r"(?:regionale\s+|felles\s+)?"
                               # (or a network's day of its own: "Neste fagdag vert …")
                               r"(?:[\w-]*møte|[\w-]*moe?te|[\w-]*samling|[\w-]*forum|fagdag|"
                               r"(?<=nästa\s)(?:[\w-]*möte|sammanträde)|"
                               # (a committee or council named for its meeting, after
                               # "neste": "Neste kommunedirektørutval vert 2. juni", "Neste
                               # regionråd er 18. juni"; see ``_BODY_NOUN``)
                               r"møtedato|(?<=neste\s)[\w-]{2,}(?:utvalg|utval|råd))\w*\b|"
                               # "Første møte i 2009 er 20. januar."
                               r"\bførste\s+møte\s+i\s+(?:19|20)\d{2}\b|"
                               # (English: "Next meeting:", "The next meeting will be
                               # held …", "Next partner meeting:", "Date of next meeting")
                               r"(?:^|[.:;]\s+)(?:date\s+of\s+)?(?:the\s+)?next\s+"
                               r"(?:[\w-]+\s+){0,2}?meeting\b|"
                               # "Vi møtes igjen 3. desember": the body's next meeting
                               # (nynorsk "Vi møtest att", "Vi treffast att 4. mai")
                               r"\bvi\s+(?:møtes|møtast|møtest|treffes|treffast|treffest)\s+"
                               r"(?:igjen|att|atter)\b|"
                               # "Tid og sted for neste møte: 4. mars kl. 12, Rådhuset"
                               r"^(?:dato|tid|tidspunkt|møtedato)(?:\s+og\s+(?:sted|stad))?"
                               r"\s+(?:for|til)\s+neste\s+\w*mo?ø?e?te\w*(?=\s*:)|"
                               # "Forrige: 27. mai 2014 (Skype)" / "Neste: 2. juli 2014",
                               # "Neste: Styremøte tirsdag 23. april"
                               r"^neste\s*:(?=\s*(?:\w*møte\w*\s+)?(?:\w+dag\s+)?(?:den\s+)?\d)")


def _may_name_next_meeting(folded: str) -> bool:
    """Whether ``_NEXT_MEETING`` can find anything in the folded line: each of its
    branches needs a word of its own ("første", "next", "vi" with "møtes" or "treffes", a
    line that opens with "dato", "tid" or "møtedato"), or "neste", "nytt" or "kommende"
    at the line's start or after a stop, colon, semicolon or dash, or after "kalle inn
    til", "innkaller til", "inviterer til" ….

    Most lines that name the next meeting say "… utsettes til neste møte." in passing:
    there the pattern, whose ten branches are tried at every position, fails slowly
    (some 6 µs); after "til" only a summons' verb lets it through.
    """
    if "første" in folded or "next" in folded or folded.startswith(("dato", "tid", "møtedato")) \
            or ("vi" in folded and ("møt" in folded or "treff" in folded)):
        return True
    for word in ("neste", "nytt", "kommende", "nästa"):
        start = folded.find(word)
        while start >= 0:
            before = folded[:start].rstrip()
            if not before or before.endswith((".", ":", ";", "-", "–")) or \
                    (before.endswith("til") and _summons_verb_before(before[:-3])):
                return True
            start = folded.find(word, start + 1)
    return False


def _summons_verb_before(text: str) -> bool:
    """Whether ``text`` (folded, up to a "til") ends with a summons' verb and a space:
    "… kaller inn ", "innkaller ", "inviterer " (see ``_NEXT_MEETING``)."""
    if not text[-1:].isspace():
        return False
    text = text.rstrip()
    if text.endswith(("innkaller", "innkalle", "inviterer")):
        return True
    head = text[:-3]
    return text.endswith("inn") and head[-1:].isspace() and \
        head.rstrip().endswith(("kalle", "kaller"))


# A next meeting whose day is not set yet: "Nytt møte avtales senere", "Neste møte blir i
# uke 12", "Neste møte: ikke fastsatt", "… innkalles ved behov", "… via Doodle".
_UNSET_DAY = folded_pattern(r"\b(?:avtales|avtalast|avklares|fastsettes|fastsetjast|"
                            r"bestemmes|berammes\s+(?:senere|seinare)|ikkje|ikke|"
                            r"uke|veke|behov|doodle|senere|seinare|kommer\s+tilbake|"
                            # English: "… will be held in X in spring 2027", "date to be
                            # confirmed", "TBC"
                            r"spring|autumn|to\s+be\s+(?:confirmed|decided|agreed)|tbc|tbd|"
                            r"tba)\b")
# The year a plan's dates are in: "Møteplan for 2025: 4. mars, …", "Møteplan 2026".
_PLAN_YEAR = lazy_regex(r"[\s:,–-]*(?:for\s+|i\s+)?(?:(?:høsten|våren|hausten)\s+)?"
                        r"((?:19|20)\d{2})\b(?!\s*[/–-]\s*\d)", re.I)  # (not "2025/2026")
_OTHER_NEXT = folded_pattern(r"\b(?:sitt|sine|deres|hans|hennes|deira|sitt\s+neste)\s+neste\b")
# (also as ASCII writes it: "Neste moete", "Neste mote", "neste styremote"; and a body's
# short name joined by a hyphen: "Neste AU-møte")
_ANY_NEXT = folded_pattern(r"\bneste\s+(?:[\w-]*møte|[\w-]*moe?te|[\w-]*samling|[\w-]*forum|"
                           r"fagdag)"
                           r"\w*\b")
_PLAN = folded_pattern(r"\b(?:møteplan|møtedatoer|møtedatoar|kommende\s+møter|"
                       # a heading of the plan's own ("Møtekalender 2026"), not a calendar
                       # the text speaks of ("felles møtekalender for kommunene")
                       r"^møtekalender(?:\s+(?:for\s+)?\d{4})?\s*:?$|"
                       # "Neste møter:", "De neste regionrådsmøtene:", "Dei neste møta:"
                       r"neste\s+[\w-]*(?:møter|møtene|møta)|"
                       r"(?:videre\s+|vidare\s+)?planlagte\s+\w*møter|"
                       r"møter\s+fremover|møtedagar|møter\s+(?:høsten|våren|hausten)"
                       r"(?:\s+\d{4})?\s+(?:legges\s+til|blir|er))\b")
# ("hybrid"/"hybridmøte": held both in a room and on a channel, a way of meeting as
# "digitalt" is)
_DIGITAL_PLACE = lazy_regex(r"\b(?:digitalt\s+møte|fysisk\s+møte|teams(?:møte)?|zoom|"
                            r"hybrid(?:møte)?|digitalt|videomøte)\b", re.I)


def _errand_for_next(cells: Iterable[str]) -> bool:
    """Whether a task table's row names a task done for the next meeting ("Kalle inn til
    neste møte | Ingrid Eide | 01.12.2026", "Forberede sak til neste møte | …"): the words
    end its task's cell, and the day in the row is the task's deadline in a column of its
    own, no day of the next meeting (a cell that opens with them, "Neste møte | 14.01.",
    names it)."""
    for cell in cells:
        low = cell.casefold().rstrip(" .")
        if low.endswith(("neste møte", "neste møtet")) and not low.startswith("neste"):
            return True
    return False


def find_next_meeting(draft: Draft) -> None:
    """The next meeting of the body, only when the text calls it the next one."""
    lines = draft.lines
    body = draft.record.body.casefold() if draft.record.body else None
    # (priority, text after, next line, a list of meetings: "Møteplan: 5.9., 10.10. …",
    # the line's index)
    candidates: list[tuple[int, str, str, bool, int]] = []
    for n, line in enumerate(lines):
        if not line.cues & NEXT_MEETING_CUE:
            continue  # (most lines: none of ``NEXT_MEETING_HINTS``, found as the line was made)
        if line.is_table and _errand_for_next(line.cells):
            continue  # "Kalle inn til neste møte | Ingrid Eide | 01.12.2026": the task's day
        text = line.body
        folded = fold_lowered(text, line.lowered)
        plan = _PLAN.search(folded)
        match = _NEXT_MEETING.search(folded) if _may_name_next_meeting(folded) else None
        if match and not _OTHER_NEXT.search(folded[max(0, match.start() - 12):match.end()]):
            priority = _group_priority(folded, match.end(), body, 0, match.start())
            if priority is None and body and "i utval" in folded and \
                    _portal_kind_word(folded, match.end(), lines, body):
                priority = 0  # "Neste møte i utvalget" on a portal's page of "Utvalg: X"
            if priority is not None:
                # (the line under it, asked only here: the only candidate that reads it.
                # Asked of every cue line, it was made and thrown away for most: a plan's
                # line, "… utsettes til neste møte", a "Møtedato:" label; s77e)
                following = lines[n + 1].body if n + 1 < len(lines) and _may_continue_next(
                    lines[n + 1], lines[n + 2] if n + 2 < len(lines) else None) else ""
                candidates.append((priority, text[match.end():], following, plan is not None, n))
            continue
        if plan and (len(text) < 80 or _plan_label(text, plan.start(), plan.end())) and \
                not (line.is_table and _plan_to_make(line)):
            listed = [text[plan.end():]]
            for below in lines[n + 1:n + 6]:  # the plan's lines, up to the next label
                if below.is_table:  # a table of the plan's days ("| Dato | Sted |" over them)
                    listed.append(" ".join(c for c in below.cells if c))
                    continue
                if match_label(below.text) or (below.body[-1:].isdigit() and SIGNED_WRITER.match(
                        without_trailing_day(below.body))) or _signing_place_date(below):
                    break  # ("Referent: Ellen HF, 13.08.23" and "Ellen HF, referent,
                    # 13.08.23" sign the minutes: the day they were written, no plan's)
                listed.append(below.body)
            candidates.append((1, " ".join(listed), "", True, -1))
            continue
        anywhere = _ANY_NEXT.search(folded)
        if anywhere and not _OTHER_NEXT.search(folded[max(0, anywhere.start() - 12):
                                                      anywhere.end()]):
            priority = _group_priority(folded, anywhere.end(), body, 2, anywhere.start())
            if priority is not None:
                candidates.append((priority, text[anywhere.end():], "", False, -1))
    meeting = draft.record.meeting.date
    placed: str | None = None  # where a next meeting without its day is held
    hour: str | None = None  # … and when it starts
    for priority, rest, following, listed, n in sorted(candidates, key=lambda c: c[0]):
        # the next line may finish the date ("… er 9." / "april.", as a PDF wraps it)
        source = rest if dates.find_dates(rest) or _sentence_ended(rest) or \
            _UNSET_DAY.search(fold_lowered(rest, rest.lower())) else f"{rest} {following}"
        # (not after a day left open: "Neste møte: tirsdag i uke 14" / "Bergen, 14.03.2026"
        # is a week, no day, over the signing line's date)
        if source is rest and _year_wrapped_below(rest, following):
            source = f"{rest} {following}"  # "Neste møte: 3. september" / "2025 kl. 10.00."
        elif source is rest and following and _ENDS_ON_HOUR_WORD.search(rest):
            source = f"{rest} {following}"  # "… 22. mai 2025 kl." / "10.00" (a narrow box)
        # (the line's own "9/4" before a day on the line below it: "Neste møte: 9/4 kl.
        # 10.00." over "Østby, 14.3.", where the signing day would else be read)
        found = (source is not rest and _slash_date(rest)) or dates.find_dates(source) or \
            _slash_date(rest)
        # (a deadline's day is no meeting's: "… settes senere. Leder sender forslag innen
        # 15. mars.")
        found = [d for d in found if _after_meeting(d, meeting)
                 and not _deadline_before(source, d)]
        if len(found) > 1 and "flytt" in source:
            found = _without_moved_from(source, found)
        if not found and priority == 0 and n >= 0 and meeting and "morg" in rest and \
                (tomorrow := _TOMORROW.search(rest)):
            # "Neste statusmøte kl. 08.00 i morgon." (a crisis team meets day by day): the
            # day after this meeting's, the hour as written
            day = dt.date.fromisoformat(meeting) + dt.timedelta(days=1)
            draft.record.next_meeting = NextMeeting(
                date=day.isoformat(), start=dates.find_time_range(rest)[0],
                location=_next_location(rest[tomorrow.end():]))
            return
        if not found:
            if priority == 0 and placed is None and n >= 0:
                placed = place_without_day(rest)  # "Neste møte vert i Ål i slutten av april."
            if priority == 0 and hour is None and n >= 0 and "kl" in rest:
                hour = _weekday_hour(rest)  # "Neste møte tysdag kl. 08.30."
                if hour is not None and placed is None and (at := _HOUR_WORD.search(rest)):
                    # "Neste møte: tysdag i veke 16, kl 9–11.30 på Teams.": where, after
                    # the hours, as after a day's
                    placed = _next_location(rest[at.start():])
            if priority == 0 and _UNSET_DAY.search(fold_lowered(source, source.lower())):
                break  # the day is not set: no other meeting is the next one
            continue
        year = _plan_year(rest) if listed else None
        first = _soonest(found, meeting, draft.year, year) if listed else found[0]
        if first is None:
            continue
        after = dates.days_end(source, found, first)
        next_meeting = NextMeeting(
            date=dates.iso(first.resolve(year)) if year and first.year is None
            else _next_date(first, meeting, draft.year),
            start=dates.find_time_range(source[after:after + 40])[0],
            location=_next_location(source[after:]) or _next_place_before(
                source[:first.start]))
        if listed and next_meeting.location is None:
            next_meeting.location = _plan_entry_place(source, after)
        if n > draft.head_end and (next_meeting.start is None or next_meeting.location is None):
            # ("Neste møte" / "4. mars kl. 10" / "Sted: Rådhuset": the labels under its day)
            _labelled_below(lines, n + (source is not rest), next_meeting)
        if next_meeting.location is None and n >= 0 and (
                not source[after:].strip(" .,") or _HOURS_ONLY.fullmatch(source[after:])):
            # "Neste samling" / "26. februar 2026" / "Mo i Rana": a slide's lines
            next_meeting.location = _place_under_day(lines, n + 1 + (source is not rest))
        draft.record.next_meeting = next_meeting
        return
    if placed is not None or hour is not None:  # the place or the hour alone: its day
        # stays null (never guessed)
        draft.record.next_meeting = NextMeeting(date=None, start=hour, location=placed)


def _weekday_hour(rest: str) -> str | None:
    """The hour a next meeting named by its weekday alone starts ("tysdag kl. 08.30"): the
    time is written, the day is not (a weekday names no date, so that stays null)."""
    words = rest.strip(" :.,–-").casefold().split(None, 2)
    if words and words[0] in _NEXT_VERBS:
        words = words[1:]  # "Neste møte vert tysdag kl. 08.30."
    if not words or words[0].strip(",") not in dates.WEEKDAY_FULL_NAMES:
        return None
    return dates.find_time_range(rest)[0]


# The day after this meeting, as a crisis team's next status meeting is named: "i morgon",
# "i morgen".
_TOMORROW = lazy_regex(r"\bi\s+morg[eo]n\b", re.I)
# The word for "at" before an hour: "kl.", "klokka", "klokken".
_HOUR_WORD = lazy_regex(r"\b(?:kl|klokka|klokken)\b", re.I)
# The verb between "Neste møte" and its time ("blir", nynorsk "vert", "er").
_NEXT_VERBS = frozenset(("blir", "vert", "er", "blei", "vart"))


# The word for "at" an hour ending a line: the hour is on the next one.
_ENDS_ON_HOUR_WORD = lazy_regex(r"\b(?:kl|klokka|klokken)\.?\s*$", re.I)


def _may_continue_next(below: Line, under: Line | None = None) -> bool:
    """Whether the line under a next meeting's words may finish them ("Neste møte:" /
    "6. mai kl. 10"): not the place and date the minutes were signed ("Sørvik, 5. mars
    2026" set apart, or right over the signing name ``under`` it), another field's label
    ("Referent: Kari Holm 6.3.2026"), nor a signature of a name and the day it was
    written ("Kari Holm, 6.3.2026", "6.3.2026 Kari Holm (ref.)")."""
    if _signing_place_date(below) or (under is not None and _signed_place_over_name(below,
                                                                                    under)):
        return False
    if (label := match_label(below.text)) is not None and label.field not in _WHEN_AND_WHERE:
        return False
    body = below.body
    if not body[:1].isdigit() and body[-1:] not in "0123456789.)":
        return True  # (a name and a day: the day at one end)
    found = dates.find_dates(body)
    if not found:
        return True
    rest = body
    for day in reversed(found):
        rest = rest[:day.start] + " " + rest[day.end:]
    rest = SIGNED_MARK.sub("", WRITER_MARK.sub("", rest)).strip(" ,.–-")
    return not looks_like_name(rest)


def _signing_place_date(line: Line) -> bool:
    """Whether a line set apart under a plan is where and when the minutes were signed
    ("Vestdalen, 20.01.2026" over the signature): the day they were written, not a
    meeting of the plan. The place must be named; a date alone may be the plan's."""
    text = line.body.strip()
    return line.gap and text[:1].isupper() and text[-1:] in "0123456789." and \
        PLACE_AND_DATE.match(text) is not None and \
        text.split(None, 1)[0].rstrip(",").casefold() not in dates.WEEKDAYS


def _signed_place_over_name(line: Line, under: Line) -> bool:
    """Whether a place-and-date line with no blank line over it ("Neste møte" / "Sørvik,
    5. mars 2026" / "Kari Holm") is where and when the minutes were signed: the signing
    name (maybe with its mark or title) stands right under it. A next meeting's place and
    day has its hours or its agenda under it, not a person's name alone."""
    text = line.body.strip()
    if line.gap or under.gap or not text[:1].isupper() or text[-1:] not in "0123456789." or \
            PLACE_AND_DATE.match(text) is None or \
            text.split(None, 1)[0].rstrip(",").casefold() in dates.WEEKDAYS:
        return False
    return signs_alone(under.body)


# "Neste møte i arbeidsgruppa", "… for styringsgruppen", "… i nettverket": the next meeting
# of a group named after the words, which may be another body than the one that met (also
# an owners' or a county's assembly: "Neste møte i representantskapet er 4. juni.", "… i
# fylkestinget").
_GROUP_AFTER = lazy_regex(r"\s+(?:i|for|med|til)\s+(?P<group>[a-zæøå-]*(?:gruppa|gruppen|gruppe|"
                          r"utvalget|utvalet|rådet|styret|nettverket|forumet|forum|komiteen|"
                          r"komitéen|nemnda|nemnden|skapet|tinget))\b")
_DEFINITE_END = lazy_regex(r"(?:en|et|a|e)$")
# The group whose meeting it is, as the subject before the words: "Arbeidsutvalget har
# neste møte …", "Styringsgruppa for prosjektet har neste møte …" (a few words may name it).
# ("Styret", "styremøte" are left out: a council's own meetings are often called so.)
_GROUP_NOUNS = (r"(?P<group>[a-zæøå-]*(?:gruppa|gruppen|utvalget|utvalet|rådet|nettverket|"
                r"forumet|komiteen|komitéen|nemnda|nemnden|skapet|tinget))")
_GROUP_BEFORE = lazy_regex(rf"\b{_GROUP_NOUNS}"
                           r"(?:\s+(?:for|i)(?:\s+[\w-]+){1,3})?\s+(?:har|skal\s+ha|får)\s+$")
# … or as the topic the line opens with, a bullet's "Regionrådet: neste møte er 19. juni."
# (the words before the colon, whole).
_GROUP_TOPIC = lazy_regex(rf"(?:[\w-]+\s+){{0,2}}{_GROUP_NOUNS}"
                          r"(?:\s+(?:for|i)(?:\s+[\w-]+){1,3})?")
# The group in the meeting's noun: "neste arbeidsutvalgsmøte", "neste styringsgruppemøte",
# nynorsk "neste arbeidsutvalsmøte", an assembly's "neste representantskapsmøte" (a word
# before the group's: a bare "utvalgsmøte" is any body's meeting; a council's board calls
# its meetings "regionrådsmøte" as well as "styremøte", so "råd" is left out).
_GROUP_IN_NOUN = lazy_regex(r"\bneste\s+(?P<group>[a-zæøå]+(?:gruppe|utvalg|utval|nettverk|"
                            r"komite|nemnd|skap))s?-?møte")


def _group_before(folded: str, start: int) -> re.Match[str] | None:
    """The group named as the subject right before a next meeting's words found at
    ``start`` ("Arbeidsutvalget har neste møte …") or as the line's topic before a colon
    ("Regionrådet: neste møte …"); only looked for when a verb of having or a colon
    stands there, so plain "Neste møte: …" costs one slice."""
    before = folded[max(0, start - 60):start]
    if before.endswith(("har ", " ha ", "får ")):
        return _GROUP_BEFORE.search(before)
    if folded.startswith(":", start) or before.endswith(": "):
        # ("Regionrådet: neste møte …": the match opens on the colon, or after it; the
        # topic opens the line or a sentence)
        return _GROUP_TOPIC.fullmatch(folded[:start].rstrip(" :").rpartition(". ")[2])
    return None
#: The rank of a group's next meeting when the body that met is not known: after the rest.
_GROUP_UNKNOWN = 3


# The working committee or the board by their short names, in the meeting's noun ("Neste
# AU-møte", "neste styremøte"), after the words ("Neste møte i AU") or as the subject
# before them ("Styret har neste møte …"): the patterns above leave these out, since a
# council's own meetings are often called "styremøte".
_SHORT_IN_NOUN = lazy_regex(r"\bneste\s+(?P<group>au|styre|(?!fag)[a-zæøå]{2,3}(?=-møte))-?møte")
# What the last letter of a body's initials stands for: "SU" samarbeidsutvalget, "SG"
# styringsgruppa, "ER" eldrerådet; initials ending otherwise are not read as a body's.
_INITIAL_STEMS = {"u": ("utval",), "g": ("grupp",), "r": ("råd",), "s": ("styre",),
                  "f": ("forum",), "n": ("nettverk", "nemnd"), "k": ("komit",)}
_SHORT_AFTER = lazy_regex(r"\s+i\s+(?P<group>au)\b")
_SHORT_BEFORE = lazy_regex(r"\b(?P<group>au|styret)(?:\s+(?:for|i)(?:\s+[\w-]+){1,3})?"
                           r"\s+(?:har|skal\s+ha|får)\s+$")
# The working committee by name or by its initials, as a word of its own: not inside
# "samarbeidsutvalget" (the cooperation committee, whose minutes' "Neste AU-møte" is the
# working committee's meeting).
_WORKING_COMMITTEE = lazy_regex(r"(?<![\wæøå])(?:arbeidsutval|au\b)")


def _short_group(folded: str, start: int, at: int) -> str | None:
    """"au" or "styre" when a next meeting's words found from ``start`` to ``at`` name the
    working committee or the board by its short name, else None."""
    found = _SHORT_IN_NOUN.search(folded, start, at) or _SHORT_AFTER.match(folded, at)
    if found is None and folded.endswith(("har ", " ha ", "får "), 0, start):
        found = _SHORT_BEFORE.search(folded[max(0, start - 60):start])
    return found["group"].removesuffix("t") if found else None


def _own_short_group(group: str, body: str) -> bool:
    """Whether the body that met (lower case) is the one a short name names: "Neste AU-møte"
    in the working committee's minutes, "Neste styremøte" in a board's or a council's; not
    "Styret har neste møte …" in the working committee's (the board's meeting)."""
    if group == "au":
        # (at a word's start: "samarbeidsutvalget" holds the letters, not the body)
        return _WORKING_COMMITTEE.search(body) is not None
    if group != "styre":
        return _initials_fit(group, body)
    return "styre" in body or NOT_A_BOARD.search(body) is None


def _initials_fit(initials: str, body: str) -> bool:
    """Whether short initials in a next meeting's noun ("Neste SU-møte") may be the body
    that met (lower case): written in its name ("samarbeidsutvalget (su)"), or its first
    letter and the kind its last letter stands for ("samarbeidsutvalget" for "su"); the
    working committee's minutes' "Neste SU-møte" is the other council's meeting. Initials
    whose last letter names no kind of body ("neste ny-møte") are let through."""
    stems = _INITIAL_STEMS.get(initials[-1])
    if stems is None or re.search(rf"\b{initials}\b", body):
        return True
    return body[:1] == initials[0] and any(stem in body for stem in stems)


# A committee or council named in a next meeting's words, with or without "møte": "neste
# kommunedirektørutval", "neste rådmannsutvalg:", "neste regionråd", "neste
# regionrådsmøte" (``_GROUP_IN_NOUN`` leaves the councils out; the kinds items.py's).
_BODY_NOUN = lazy_regex(rf"\bneste\s+(?P<group>[a-zæøå-]{{2,}}(?:{NEXT_MEETING_BODY_KINDS}))"
                        r"(?:et|a|s)?"
                        r"(?:-?møte\w*)?\b")


def _own_body_noun(group: str, body: str) -> bool:
    """Whether the committee or council a next meeting's words name (``_BODY_NOUN``) is the
    body that met (lower case). A committee is when its name is the body's, in either
    spelling ("rådmannsutvalg" in "rådmannsutvalget", "kommunedirektørutval"). A council
    is unless the minutes are those of a group, committee or network under it: a
    faggruppe's or working committee's "Neste regionrådsmøte er 14. mars" tells the
    council's day, where the council's own minutes, or its board's, set theirs."""
    if group.endswith("råd"):
        return not councils_meeting(group, body)
    return group.replace("utvalg", "utval") in body.replace("utvalg", "utval")


# The committee's generic word right after a next meeting's words, alone: "Neste møte i
# utvalget", nynorsk "… i utvalet" (not "arbeidsutvalget", one committee by its name).
_BARE_COMMITTEE_AFTER = lazy_regex(r"\s+i\s+(?:utvalget|utvalet)\b")


def _portal_kind_word(folded: str, at: int, lines: list[Line], body: str) -> bool:
    """Whether "Neste møte i utvalget" (the generic word right after the words found up to
    ``at``) names the body that met because the page names that body by the same word: a
    meeting portal's "Utvalg | Storelv regionråd" (a table row or a label), where every
    council, board and committee is an "utvalg". Elsewhere a council's "neste møte i
    utvalget" may be its working committee's (``_group_priority``)."""
    if _BARE_COMMITTEE_AFTER.match(folded, at) is None:
        return False
    for line in lines:
        if line.is_table and len(line.cells) >= 2:
            key, value = line.cells[0], line.cells[1]
        else:
            key, _, value = line.body.partition(":")
        if key.strip().casefold() in ("utvalg", "utval") and value.strip().casefold() == body:
            return True
    return False


def _group_priority(folded: str, at: int, body: str | None, priority: int,
                    start: int = 0) -> int | None:
    """The rank of a next meeting found at ``at``: ``priority`` unless a group is named
    after the words ("Neste møte i arbeidsgruppa: 4. mai" in the minutes of a
    committee), before them ("Arbeidsutvalget har neste møte 14. mai", the words found
    from ``start``) or in the meeting's noun ("Neste arbeidsutvalgsmøte er 14. mai"),
    which is another body's meeting (None) unless the body that met bears its name
    ("neste møte i utvalget" in Næringsutvalget's minutes); with no body known it ranks
    after a plain "Neste møte: …"."""
    if "forum" in folded[start:at] and others_forum(folded[start:], body):
        return None  # "Neste planforum for kystsoneplan blir 3. juni." in a council's
    group = _GROUP_AFTER.match(folded, at) or _group_before(folded, start) or \
        _GROUP_IN_NOUN.search(folded, start, at)
    if group is None and body and ("råd" in folded[start:at] or "utval" in folded[start:at]) \
            and (noun := _BODY_NOUN.search(folded, start, at)) is not None:
        return priority if _own_body_noun(noun["group"], body) else None
    if group is None:
        short = _short_group(folded, start, at) if body else None
        return priority if short is None or _own_short_group(short, body) else None
    if body is None:
        return _GROUP_UNKNOWN
    return priority if _DEFINITE_END.sub("", group["group"]) in body else None


_WHEN_AND_WHERE = {Field.DATE, Field.TIME, Field.TIME_PLACE, Field.PLACE}


# Only the hours after a day: " kl. 10.00", ", kl. 10–14", " 09.00–11.30".
_HOURS_ONLY = lazy_regex(r"[\s,]*(?:(?:kl\.?|klokka|klokken)\s*)?\d{1,2}(?:[.:]\d{2})?"
                         r"(?:\s*[-–]\s*\d{1,2}(?:[.:]\d{2})?)?\s*\.?", re.I)


def _place_under_day(lines: list[Line], index: int) -> str | None:
    """The next meeting's place alone on the line under a line that ends with its day
    ("Neste samling" / "26. februar 2026" / "Mo i Rana", "Neste møte: 4. mai" / "Teams"),
    as a slide or a block sets day and place apart: a town or building of a few
    capitalised words, or a channel; not a person's name, a label or a sentence."""
    if index >= len(lines) or lines[index - 1].body.endswith("."):
        return None  # "Neste møte blir 21. januar." ends a sentence: the line under is apart
    below = lines[index]
    text = below.body.rstrip(" .")
    if not text or below.gap or len(text) > 40 or below.is_table or text[-1:] in "!?:;," or \
            match_label(below.text) is not None:
        return None
    if _DIGITAL_PLACE.fullmatch(text):
        return text
    return text if _PLACE_NAME_ALONE.fullmatch(text) and not looks_like_name(text) else None


def _labelled_below(lines: list[Line], n: int, next_meeting: NextMeeting) -> None:
    """The hours and place of the next meeting from the labels right under its line:
    "Neste møte: tirsdag 1. oktober" / "Tid: 12.00–14.00" / "Sted: Rådhuset" is one block
    about that meeting (after the head, no such labels describe this one)."""
    for below in lines[n + 1:n + 4]:
        label = match_label(below.text)
        if label is None or label.field not in _WHEN_AND_WHERE or not label.value:
            return
        if next_meeting.start is None and label.field is not Field.PLACE:
            next_meeting.start = dates.find_time_range(label.value)[0] or (
                labelled_hours(label.value)[0] if label.field is Field.TIME else None)
        if next_meeting.location is None and label.field is Field.PLACE:
            next_meeting.location = label.value.strip(" .") or None


# A year opening the line under a day and month: the date's end, wrapped by the page.
_YEAR_OPENS = lazy_regex(r"^(?:19|20)\d{2}(?![\d/.-]\d)")
_DAY_MONTH_ENDS = lazy_regex(r"\d{1,2}\.\s*[a-zæøå]+\.?\s*$", re.I)


def _year_wrapped_below(rest: str, following: str) -> bool:
    """Whether the next meeting's date ends its line without a year and the next line
    opens with one ("Neste møte: 3. september" / "2025 kl. 10.00."): the year, and the
    hours after it, belong to that date."""
    return bool(following[:2] in ("19", "20") and _YEAR_OPENS.match(following)
                and _DAY_MONTH_ENDS.search(rest))


def _sentence_ended(rest: str) -> bool:
    """A sentence about the next meeting that ends on a word ("… kaller inn til nytt møte
    snarest.") is done: the next line is another sentence, and its date is not the
    meeting's (a wrapped date ends on a number: "… er 9." / "april."). So is one whose
    words end the sentence themselves ("… legger fram saken i første møte i 2026."): the
    rest is the full stop alone, and the line under it ("Rett utskrift bekreftes,
    19.11.2025") no part of it."""
    end = rest.rstrip()
    if len(end) == 1:
        return end in ".!"
    return len(end) > 1 and end[-1] in ".!" and end[-2].isalpha()


# "Neste møte blir 25/4 kl 0900": day/month right after the words, which elsewhere may be
# a case number, is the date here.
_NEXT_SLASH = lazy_regex(r"^\s*(?::|blir|er|vert|vil\s+bli)?\s*(?:\w+dag\s+)?(?:den\s+)?"
                         r"(?P<day>\d{1,2})/(?P<month>\d{1,2})(?![\d/])", re.I)


def _slash_date(rest: str) -> list[dates.DateMatch]:
    """The next meeting's "25/4" right after "Neste møte blir", as a date without year."""
    found = _NEXT_SLASH.match(rest)
    if not found or not (1 <= int(found["month"]) <= 12 and 1 <= int(found["day"]) <= 31):
        return []
    return [dates.DateMatch(day=int(found["day"]), month=int(found["month"]), year=None,
                            start=found.start("day"), end=found.end(), weekday=None)]


# The word before a deadline's date: "frist 14. januar", "innen 3. mars", "senest 1.6."
_DEADLINE = lazy_regex(r"\b(?:frist|fristen|innen|innan|senest|seinast)\s*:?\s*(?:den\s+)?$",
                       re.I)


def _deadline_before(source: str, found: dates.DateMatch) -> bool:
    """Whether a date about the next meeting is a task's deadline ("… sender ut oversikten
    innen 3. mars" among a plan's lines, "Dato for neste møte settes senere. Leder sender
    ut forslag innen 15. mars."), not a meeting's day."""
    return _DEADLINE.search(source[max(0, found.start - 14):found.start]) is not None


# "fra" / nynorsk "frå" right before a day (maybe with its weekday): the day a meeting was
# moved from.
_MOVED_FROM = lazy_regex(r"\b(?:fra|frå)\s+(?:(?:man|tirs|tys|ons|tors|fre|lør|laur|søn|sun)"
                         r"dag(?:en)?\s+)?(?:den\s+)?$", re.I)


def _without_moved_from(source: str, found: list[dates.DateMatch]) -> list[dates.DateMatch]:
    """The days of a moved next meeting without the one it was moved from ("Neste møte
    er flytta frå 9. til 16. januar", "… flyttet fra 3.4 til 10.4."): the day after "fra"
    is the old one, and the day after it the meeting's. A day that only follows "fra" with
    no other day after it is kept (no day to move to is named)."""
    kept = [d for n, d in enumerate(found)
            if n + 1 == len(found) or _MOVED_FROM.search(source[max(0, d.start - 24):d.start])
            is None]
    return kept or found


def _plan_label(text: str, start: int, end: int) -> bool:
    """Whether a long line mentioning a plan opens with it as a label ("Møteplan høsten
    2024: 9. september, 14. oktober og 18. november, alle kl. 12–15 på Teams."): its
    dates are the plan's however long the line, not a sentence that names a plan
    ("Styret vedtok møteplan for våren, og …")."""
    return start == 0 and ":" in text[end:end + 24]


def _plan_to_make(line: Line) -> bool:
    """Whether a table row names a plan only as a task's object, no cell opening with it
    ("Sette opp møteplan for høsten | Kari Holm | 20.06.2025" in a follow-up table): its
    day is the task's deadline, no meeting's, where a plan's row opens with its word
    ("Møteplan høsten | 5.9., 10.10.")."""
    return not any((found := _PLAN.search(fold(cell))) and found.start() == 0
                   for cell in line.cells if cell)


def _plan_year(rest: str) -> int | None:
    """The year a plan names right after its word ("Møteplan for 2025: 4. mars, 6. mai"):
    its dates without a year are in that year, not in this meeting's."""
    found = _PLAN_YEAR.match(rest)
    return int(found.group(1)) if found else None


def _soonest(found: list[dates.DateMatch], meeting: str | None,
             year: int | None, plan_year: int | None = None) -> dates.DateMatch | None:
    """Of a plan's dates ("Møteplan for høsten: 5.9., 10.10. og 14.11."), the first after
    this meeting: the next one, whichever order the plan lists them in (None: none is)."""
    after = [(iso, d) for d in found
             if (iso := dates.iso(d.resolve(plan_year)) if plan_year and d.year is None
                 else _next_date(d, meeting, year)) and (meeting is None or iso > meeting)]
    return min(after, key=lambda pair: pair[0])[1] if after else None


def _after_meeting(found: dates.DateMatch, meeting: str | None) -> bool:
    """A next-meeting date must not lie before this meeting (when both have years)."""
    if meeting is None or found.year is None:
        return True
    resolved = found.resolve(None)
    return resolved is not None and resolved.isoformat() > meeting


def _next_date(found: dates.DateMatch, meeting: str | None, year: int | None) -> str | None:
    """ISO date of the next meeting; a month before this meeting's month is next year."""
    if found.year is not None or year is None:
        return dates.iso(found.resolve(year))
    if meeting and found.month < int(meeting[5:7]):
        year += 1
    return dates.iso(found.resolve(year))


def _next_location(rest: str) -> str | None:
    """A digital channel or place named right after the next meeting's date."""
    rest = dates.slash_hour_as_kl(rest)  # "14.05/18.00, Rådhuset": the hour, then where
    rest = re.split(r"\.\s+(?=[A-ZÆØÅÄÖ])", rest)[0]
    match = _DIGITAL_PLACE.search(rest[:80])
    if match and match.group(0).casefold() == "fysisk møte" and \
            (where := _NEXT_PLACE.match(rest[match.end():])) and where.group("place"):
        return where.group("place")  # "… – fysisk møte i Lunde": where it is held
    if match:
        return _places_with_channel(rest) or match.group(0)
    if (where := _address_after_hours(rest)) is not None:
        return where
    place = _NEXT_PLACE.match(rest)
    return (place.group("place") or place.group("host") or place.group("alone")) \
        if place else None


def _places_with_channel(rest: str) -> str | None:
    """The whole list of where a hybrid meeting is held, as written: "…, hybrid, Rådhuset
    og Teams" is "hybrid, Rådhuset og Teams", not the channel alone (as the meeting's own
    "Sted:" keeps it). Only a list of names and channel words after the hours counts;
    anything else ("på Teams", a sentence) leaves the channel alone to the caller."""
    if " og " not in rest and rest.count(",") < 2:
        return None
    pieces = [p.strip() for p in rest.rstrip(" .").split(",")]
    while pieces and (not pieces[0] or dates.DIGIT.search(pieces[0])):
        pieces.pop(0)  # the hours ("kl. 10–14") before where
    # (the places may stand in brackets after the channel: "hybrid (Rådhuset og Teams)")
    words = " ".join(pieces).replace("(", " ").replace(")", " ").split()
    if len(pieces) < 2 and "og" not in words:
        return None  # one place alone: the channel is all there is
    if len(words) > 8 or \
            not all(w[:1].isupper() or w.casefold() in _PLACE_LIST_WORDS for w in words):
        return None
    return ", ".join(pieces)


# The hours before where, then the mark that sets the place off: a comma, a dash, "i"/"på".
_HOURS_THEN_MARK = lazy_regex(r"^[\s,]*(?:(?:(?:fra|frå)\s+)?(?:kl\.?|klokka|klokken)\s*"
                              r"\d{1,2}(?:[.:]?\d{2})?(?:\s*[–-]\s*\d{1,2}(?:[.:]?\d{2})?)?\s*)?"
                              r"(?P<mark>,\s*(?:i|på)\s|,|[–—-](?=\s)|i\s|på\s)\s*", re.I)
# A word of an address or a room: a house or room number ("12", "4B"), a floor ("2."), a
# postcode ("9100").
_ADDRESS_NUMBER = lazy_regex(r"\d{1,4}[A-Za-z]?\.?")
# The small words in lower case such a place may hold besides a building ("Sørvik
# rådhus"): "Rådhuset i Dalen", "2. etg."
_ADDRESS_SMALL_WORDS = frozenset({"i", "etg", "etg.", "etasje", "etasjen"})
# A building named by its last word ("Sørvik rådhus", "Fjordhotellet"): where, not a topic;
# also a business park or a farm-like yard ("Sørvik næringshage", "Kunnskapsparken",
# "Sørvik kulturtun").
_BUILDING_END = lazy_regex(r"(?:hus|huset|rom|rommet|sal|salen|senter|senteret|skole|skolen|"
                           r"skule|skulen|kontor|kontoret|hotell|hotellet|hotel|bibliotek|"
                           r"biblioteket|hall|hallen|kirke|kyrkje|sykehjem|sjukeheim|"
                           r"hage|hagen|park|parken|tun|tunet)$")


def _address_after_hours(rest: str) -> str | None:
    """Where the next meeting is held when it is an address or a room in a building,
    after the hours: "…, Møterom 2, Sørvik rådhus", "…, Storgata 1, 9100 Sørvik",
    "… i Fjellvegen 3, Sørvik", "… kl. 12 – Sørvik rådhus", "…, Sørvik rådhus
    (Formannskapssalen)", "…, på Rådhuset, møterom 2" (the room after a comma belongs to
    the place), "… på rådhuset, møterom 2" (a building's word after "på" or "i" may
    stand in small letters). Taken as written to the end
    of the sentence, only when every word is capitalised, a number or a floor, and the
    place holds a comma, a number, a room in brackets, or (after a dash) a building's
    name."""
    mark = _HOURS_THEN_MARK.match(rest)
    if mark is None:
        return None
    kind = mark["mark"].lstrip(", ") or ","  # (", på Rådhuset, …" as "på Rådhuset, …")
    place = rest[mark.end():].rstrip(" .")
    words = place.replace(",", " ").replace("(", " ").replace(")", " ").split()
    if not words or len(words) > 8 or ":" in place or not (
            words[0][:1].isupper() or (kind != "," and _BUILDING_END.search(words[0]))) or \
            not all(w[:1].isupper() or _ADDRESS_NUMBER.fullmatch(w) or
                    w.casefold() in _ADDRESS_SMALL_WORDS or _BUILDING_END.search(w)
                    for w in words):
        return None
    if "," in place or place.endswith(")") or dates.DIGIT.search(place) or (
            kind not in (",", "i ", "på ") and _BUILDING_END.search(words[-1].casefold())):
        return place + "." if place.endswith(("etg", "avd")) and \
            rest.rstrip().endswith(".") else place
    return None


# The small words a list of where may hold: "hybrid, Rådhuset og Teams".
_PLACE_LIST_WORDS = frozenset({"og", "hybrid", "hybridmøte", "digitalt", "teams", "zoom"})


def _next_place_before(before: str) -> str | None:
    """Where the next meeting is held when the text names it before the day: "Neste møte
    blir avholdt i Lunde 12. juni.", or a channel alone before it: "Neste møte: Teams,
    3. desember"."""
    alone = before.strip(" :–-")
    if "," in alone and not alone.endswith(","):
        alone = _WEEKDAY_LAST.sub("", alone)  # "Teams, torsdag 6. juni": the day's weekday
    if alone.endswith(",") and (channel := _DIGITAL_PLACE.fullmatch(alone.rstrip(" ,"))):
        return channel.group(0)
    if len(alone) <= 30 and (channel := _CHANNEL_ALONE.fullmatch(alone)):
        return channel.group("channel")  # "Neste møte: Teams 5. juni", no comma between
    if "øte" in alone[-30:] and (channel := _CHANNEL_BEFORE_DAY.search(alone)):
        return channel.group("channel")  # "Neste møte blir Teams-møte (tirsdag) 9. april"
    if alone.endswith(",") and (town := _town_first(alone.rstrip(" ,"))):
        return town  # "Neste møte: Førde, 10. juni", as a letter's "Førde, 10. juni"
    if " i " not in before and " på " not in before and " hos " not in before:
        return None
    place = _NEXT_PLACE_BEFORE.search(before)
    if place is None or place.group("place").casefold().endswith(BODY_WORD_ENDINGS):
        return None  # ("Neste møte i Regionrådet 4. mai": the body that meets, no place)
    if _body_short_name(place.group("place")) and _after_i(before[:place.start("place")]):
        return None  # "Neste møte i AU blir 4. mai": the body by its letters ("hos KS" a place)
    return place.group("place")


def _after_i(lead: str) -> bool:
    """Whether the words before a name end in the preposition "i": a meeting is held *in*
    a body named by its letters ("Neste møte i AU"), while a short name in capitals that
    is a place comes after "hos" or "på" ("hos KS", "på NAV")."""
    lead = lead.rstrip()
    return lead[-1:] in "iI" and (len(lead) == 1 or not lead[-2].isalpha())


# A weekday written out, bokmål or nynorsk (``dates.WEEKDAY_FULL_NAMES``).
_WEEKDAY = r"(?:" + "|".join(dates.WEEKDAY_FULL_NAMES) + ")"
# A meeting by a channel right before the next meeting's day (and its weekday).
_CHANNEL_BEFORE_DAY = lazy_regex(r"(?<!\S)(?P<channel>(?:teams|zoom|video|telefon|hybrid)-?møte|"
                                 rf"digitalt\s+møte)(?:\s+{_WEEKDAY})?"
                                 r"(?:\s+den)?$", re.I)
# A channel alone before the next meeting's day, maybe with the day's weekday: "Teams",
# "Zoom torsdag", "digitalt den".
_CHANNEL_ALONE = lazy_regex(rf"(?P<channel>teams|zoom|skype|webex|digitalt)(?:\s+{_WEEKDAY})?"
                            r"(?:\s+den)?", re.I)
# The weekday (and "den") between a channel and the next meeting's day.
_WEEKDAY_LAST = lazy_regex(rf"(?<=,)\s*(?:(?:den\s+)?(?i:{'|'.join(dates.WEEKDAY_FULL_NAMES)})"
                           r"(?:\s+den)?|den)$")
# A name and the building after it: "Lunde rådhus", "Dalen kulturhus", "Vik skule",
# the town after a building ("Rådhuset i Dalen") and the building after a room.
_NEXT_PLACE_NAME = (r"(?:møterom(?:met)?\s+)?"  # "møterom Fjorden, rådhuset"
                    r"[A-ZÆØÅÄÖ][\w-]+(?:\s+(?:[A-ZÆØÅÄÖ][\w-]+|[a-zæøå]*(?:hus|huset|hotell|"
                    r"senter|senteret|sal|salen|gård|garden|skole|skolen|skule|skulen|"
                    r"kontor|kontoret|kommune|herad|fylkeskommune|"
                    # "Nordbygd sykehjem", "Dalen sjukeheim", "Åsen bibliotek", "… idrettshall"
                    r"hjem|hjemmet|heim|heimen|bibliotek|biblioteket|hall|hallen|"
                    r"kirke|kirken|kyrkje|kyrkja|"
                    # a centre run for the public: "Moholt frivilligsentral"
                    r"sentral|sentralen|"
                    # a clinic or a health station: "Søndre tannklinikk", "Vik helsestasjon"
                    r"klinikk|klinikken|stasjon|stasjonen|"
                    # a care home's or a farm-like yard ("Dalen helsetun", "Vik kulturtun")
                    r"tun|tunet)\b)){0,3}"
                    # a Sami and a Norwegian name: "Guovdageaidnu / Kautokeino"
                    r"(?:\s/\s[A-ZÆØÅÁČĐŊŠŦŽ][\w-]+)?"
                    r"(?:\s+i\s+[A-ZÆØÅÄÖ][\w-]+)?"  # "Rådhuset i Dalen"
                    # (the building also capitalised: "Storsalen, Rådhuset")
                    # (or a room in it: "Dalen helsetun, kantina", "…, formannskapssalen")
                    r"(?:,\s+[A-ZÆØÅa-zæøå]?[a-zæøå]*(?:huset|senteret|skolen|skulen|kontoret|"
                    r"salen|rommet|kantina|kantinen)\b)?"
                    # the town ending the sentence: "på Scandic Sunnfjord Hotel, Førde."
                    r"(?:,\s+[A-ZÆØÅÄÖ][\w-]+(?=\s*\.?\s*$))?")
# "… blir avholdt i Lunde (tirsdag) (den)" before the day: a verb of holding, then where.
# (or the place right after the words for the meeting: "Neste samling i Fitjar 10. juni",
# "Neste møte på Fagernes 4. mai", also with the verb after it: "Neste møte i Gol blir 12.
# mars", nynorsk "… på Fagernes vert halde 4. mai"; a border council's Swedish "Nästa möte
# hålls i Pello den 8 juni")
_HOLDING_VERB = r"(?:avholdt|avholdes|holdt|holdes|halde|haldast|blir|er|vert|hålls)"
_NEXT_PLACE_BEFORE = lazy_regex(rf"(?:\b{_HOLDING_VERB}\s+|^\s*)(?:i|på|hos)\s+"
                                rf"(?P<place>{_NEXT_PLACE_NAME}),?\s+"
                                rf"(?:{_HOLDING_VERB}\s+(?:{_HOLDING_VERB}\s+|(?:berammet|berama|"
                                r"sett|satt|fastsatt|fastsett|lagt)\s+)?(?:til\s+)?)?"
                                r"(?:[a-zæøå]+dag\s+)?(?:den\s+)?$")
_PLACE_NAME_ALONE = lazy_regex(_NEXT_PLACE_NAME)
# Capitalised words before a comma and a day that name no place: the day's own words.
_NOT_A_TOWN = frozenset({"dato", "tid", "uke", "veke", "foreløpig", "foreløbig", "trolig",
                         "truleg", "sannsynligvis", "kanskje", "ca", "cirka", "den"})


def _town_first(words: str) -> str | None:
    """The place of "Neste møte: Førde, 10. juni": capitalised words alone before the
    comma and the day, the way a letter is placed and dated, when they are no weekday,
    month or word about the day ("Tirsdag, 10. juni", "Foreløpig, 10. juni")."""
    if not _PLACE_NAME_ALONE.fullmatch(words):
        return None
    first = words.split(" ", 1)[0].casefold()
    if first in _NOT_A_TOWN or first in dates.WEEKDAYS or first in dates.MONTHS:
        return None
    return words


# Where, after the date and hours: "på X", "i X", "stad: X", or "…, X" ending the line.
_NEXT_PLACE = lazy_regex(r"^[\s,–-]*(?:(?:(?:fra|frå)\s+)?(?:kl\.?|klokka|klokken)\s*[\d.:–\s-]+"
                         # "fra kl. 09.00 til 15.00": the end after "til"
                         r"(?:til\s+(?:kl\.?\s*|klokka\s+)?\d{1,2}(?:[.:]\d{2})?\s*)?"
                         # a second session, a break in brackets: "og 12.30–15.00", "(lunsj)"
                         r"(?:og\s+(?:kl\.?\s*)?[\d.:–\s-]+)?(?:\([^()]{1,40}\)\s*)?)?[\s,]*"
                         r"(?:(?:på\s+|i\s+|"
                         r"(?i:sted|stad|møtested|møtestad)\s*:\s*)"  # "…, stad: Fylkeshuset"
                         rf"(?P<place>{_NEXT_PLACE_NAME}|"
                         # a building or room in lower case: "på rådhuset", "på lærerværelset"
                         rf"{ROOM_IN_LOWER_CASE}\b"
                         r"(?:\s+i\s+[A-ZÆØÅÄÖ][\w-]+)?|"  # "på rådhuset i Åsen"
                         # the school or office alone, as a school's council writes it:
                         # "Neste møte vert 8. desember kl. 18.00 på skulen."
                         r"(?:skolen|skulen|kontoret|biblioteket)(?=\s*[.,]?\s*$))|"
                         # "hos Per", "hos Lunde kommune": the host, with the word
                         rf"(?P<host>(?:hos|hjå)\s+{_NEXT_PLACE_NAME})|"
                         # or alone after a comma, also in lower case: "…, rådhuset i Åsen"
                         rf"(?<=,\s)(?P<alone>{_NEXT_PLACE_NAME}|{ROOM_IN_LOWER_CASE}"
                         r"(?:\s+i\s+(?:[A-ZÆØÅÄÖ][\w-]+|\d\.\s*(?:etg\.?|etasje)))?)\s*\.?\s*$)")


# A plan's entry after its day: a colon or a dash, and the place alone ("27. april:
# Lyngvær", "4. mai – Rådhuset i Dalen,"), up to the next day of the list; the hours may
# stand before the colon ("27. april kl. 10: Lyngvær", "4. mai kl. 09.00-12.00 – Dalen").
_PLAN_ENTRY_PLACE = lazy_regex(r"\s*(?:,?\s*(?:kl\.?|klokka|klokken)\s*\d{1,2}(?:[.:]\d{2})?"
                               r"(?:\s*[-–]\s*\d{1,2}(?:[.:]\d{2})?)?)?"
                               rf"\s*[:–—-]\s*(?P<place>{_NEXT_PLACE_NAME})\s*[.,;]?\s*$")


def _plan_entry_place(source: str, after: int) -> str | None:
    """The place a list of coming meetings gives its next one ("De neste møtene:" /
    "27. april: Lyngvær" / "15. juni: Bakkeby"): what stands between that day and the
    next day of the list, when it is a place's name and nothing else (a sentence or a
    person's name is none)."""
    later = [day.start for day in dates.find_dates(source) if day.start >= after]
    entry = _PLAN_ENTRY_PLACE.match(source[after:min(later, default=len(source))])
    if entry is None or looks_like_name(entry["place"]):
        return None
    return entry["place"]


# (also the body deciding in the past tense: "Styret vedtok …", "Rådet godkjente …",
# "… slutta seg til …": minutes under a "Dagsorden:" head are no summons)
_OUTCOME_WORDS = re.compile(r"\b(?:vedtak|vedtatt|vedteke|vedtok|ble godkjent|vart godkjent|"
                            r"godkjente|godkjende|sluttet seg til|slutta seg til|"
                            r"til orientering|til etterretning)\b")
_has_outcome_word = contains_any(("vedt", "godkjen", "seg til", "til orientering",
                                  "til etterretning"))


def decide_kind(draft: Draft) -> None:
    """minutes / agenda / presentation / other, before the items are read."""
    # (the words never span lines; the lines from the first item on asked first: an
    # outcome stands in an item's text in most minutes, and then the head's lines need no
    # test — the same answer, as the test of a line does not depend on the others)
    first = draft.items[0].line if draft.items else 0
    has_outcomes = any(_has_outcome_word(line.lowered) and _OUTCOME_WORDS.search(line.lowered)
                       for line in itertools.chain(draft.lines[first:], draft.lines[:first]))
    people = draft.people.order
    draft.record.kind = detect_kind(draft.head.title, draft.lines, bool(people), has_outcomes,
                                    all(p.role == _GUEST for p in people))
    if draft.record.kind == DocumentKind.OTHER and is_not_a_meeting_record(draft.head.title):
        _no_meeting_of_its_own(draft)
    elif draft.record.kind == DocumentKind.AGENDA:
        _without_attached_minutes(draft)
    elif draft.record.kind == DocumentKind.PRESENTATION:
        _agenda_slide_items(draft)
        _title_slide(draft)
        if draft.record.organization is None:
            draft.record.organization = _deck_owner(draft.lines, draft.record.body)
        else:
            _owner_over_region(draft)
        _without_slide_numbers(draft)
        _without_slide_titles(draft)
    elif draft.items:
        _without_attached_summons(draft)


# The title of a summons sent with the minutes: "Innkalling til neste styremøte",
# "Møteinnkalling", "Innkalling til møte i arbeidsutvalet" (not "Innkalling til møtet ble
# godkjent.", which ends with a full stop).
_ATTACHED_SUMMONS_TITLE = lazy_regex(r"^(?:møte)?innkalling(?:$|\s+til\s+(?:neste\s+|nytt\s+)?"
                                     r"[\w-]*møte)")


def _without_attached_summons(draft: Draft) -> None:
    """Minutes end where the summons of another meeting sent with them begins.

    "Referent: Per Berg" / "Innkalling til neste styremøte" / "Tid: …" / "Saksliste" with
    its cases: those cases are the next meeting's, not these minutes' items; a summons to
    the *next* meeting gives its day, hours and place.
    """
    lines = draft.lines
    cut = next((line.index for line in lines[draft.items[0].line + 1:]
                if "innkall" in line.lowered and _starts_summons(lines, line)), None)
    if cut is None or (draft.items[-1].line < cut and not _lists_cases(lines[cut + 1:])):
        return  # (no cases of its own: a closing note on summoning, not a summons)
    if "neste" in lines[cut].lowered:
        draft.record.next_meeting = _summoned_meeting(lines, cut, draft.year)
    draft.lines = lines[:cut]
    draft.items = [c for c in draft.items if c.line < cut]
    draft.toc = [c for c in draft.toc if c.line < cut]


def _lists_cases(lines: list[Line]) -> bool:
    """Whether a summons' own "Saksliste:" heading stands among the lines.

    A "Referat og innkalling" repeats the case numbers of the minutes in the summons'
    list ("1. Godkjenning av referat …"), so no case starts under the summons; its agenda
    heading still shows that a summons of its own follows, not a closing note.
    """
    return any(line.lowered.startswith(("saksliste", "sakliste", "dagsorden")) and
               (found := match_label(line.text)) is not None and found.field is Field.AGENDA
               for line in lines)


def _starts_summons(lines: list[Line], line: Line) -> bool:
    """Whether the line is a summons' title with the meeting's labels right under it."""
    if line.body[-1:] == "." or not _ATTACHED_SUMMONS_TITLE.match(line.lowered):
        return False
    below = match_label(lines[line.index + 1].text) if line.index + 1 < len(lines) else None
    return below is not None and below.field in _MEETING_FIELDS


def _summoned_meeting(lines: list[Line], title: int, year: int | None) -> NextMeeting:
    """The day, hours and place under the title of a summons to the next meeting."""
    summoned = NextMeeting()
    for below in lines[title + 1:title + 4]:
        label = match_label(below.text)
        if label is not None and label.field is not Field.PLACE and \
                (found := dates.find_dates(label.value)):
            summoned.date = dates.iso(found[0].resolve(year))
            break
    _labelled_below(lines, title, summoned)
    return summoned


def _agenda_slide_items(draft: Draft) -> None:
    """A deck whose slides repeat entries of its agenda slide with their numbers ("Sak 1:
    Godkjenning …" … "Sak 4: Eventuelt" on the agenda slide, then a slide titled "Sak 2:
    Status …"): its items are the agenda's entries, each with the slides under its own
    title, not only the entries that got a slide (a deck lists what the meeting handles,
    and "Godkjenning av innkalling" or "Eventuelt" needs no slide)."""
    toc, items = draft.toc, draft.items
    if not toc:  # a deck of one such slide: its entry comes back among the agenda's
        again = next((k for k, c in enumerate(items) if c.number and
                      any(c.number == other.number for other in items[:k])), None)
        toc, items = (items[:again], items[again:]) if again else ([], items)
    if not toc or not items or toc[-1].line >= items[0].line:
        return
    listed = {c.number for c in toc if c.number}
    if all(c.number in listed for c in items):
        draft.items, draft.toc = toc, []


# A deck's template names its owner on a line of its own: "Vestland fylkeskommune   3" at
# the foot of every slide, "Trøndelag fylkeskommune" on the closing slide, the county's
# name over "FYLKESKOMMUNE" on the title slide (the page number after it, if any).
_OWNER_LINE = lazy_regex(r"(?P<name>[A-ZÆØÅ][\w-]+(?:\s+(?:og\s+)?[A-ZÆØÅ][\w-]+){0,3}\s+"
                         r"(?:fylkes)?kommune)(?:\s+\d{1,3})?")


def _deck_owner(lines: list[Line], body: str | None) -> str | None:
    """The one kommune or county municipality a slide deck names on a line alone: the
    owner of the deck's template, the body's parent (a network the county runs). None
    when lines name several, or the name is the body's own; a sentence that names a
    kommune in passing is no such line."""
    names = {found["name"] for line in lines
             if "ommune" in line.text and len(line.text) < 60 and
             (found := _OWNER_LINE.fullmatch(line.text.strip()))}
    if not names and lines and one_word_cooperation(lines[0].body):
        names = {lines[0].body}  # "Gjøvikregionen" alone over the title: the cooperation's
        # template (a region in a sentence or the title is no such line)
    if len(names) != 1 or (body and fold(next(iter(names))) in fold(body)):
        return None
    return names.pop()


_COVER_LINES = 12  # a deck's cover and agenda, where its owner's name stands


def _council_line_of_region(lines: list[Line], region: str) -> str | None:
    """A line alone that names the council of the region a deck's network is named with
    ("Indre Fjord regionråd" for "… i Indre Fjord", of two words too), else None."""
    want = f"{region} regionråd".casefold()
    for line in lines:
        if len(line.body) == len(want) and line.lowered == want:
            return line.body
    return None


def _owner_over_region(draft: Draft) -> None:
    """A deck whose title names its network and region ("Nettverk for folkehelse i
    Sunnhordland") on the template of a county municipality ("Vestland fylkeskommune"):
    the county runs the network, which is named with its region, so the county is the
    parent, not the region split from the name as minutes' titles are read. So too the
    region's own council on the cover ("Vest-Dalsrådet" over "Kulturnettverket i
    Vest-Dal"): a separate parent the deck names, kept apart from the network's name."""
    record = draft.record
    region, body = record.organization, record.body
    if not body or not region or not region[:1].isupper() or not record.title or \
            _ORG_FORM_WORD.search(region):
        return
    named = _named_with_region(record.title, body, region)
    if named is None:
        return
    if (council := _council_line_of_region(draft.lines[:_COVER_LINES], region)) is not None:
        record.body, record.organization = named, council  # "Indre Fjord regionråd" on the
        return  # cover of "Nettverk for stadutvikling i Indre Fjord": the region's council
    # (the logo's two lines, "Innlandet" over "FYLKESKOMMUNE", are the head's letterhead)
    owner = _deck_owner(draft.lines, record.title) or draft.head.letterhead
    if owner is not None and (owner.endswith("fylkeskommune") or
                              council_of_region(owner, region) or
                              (named != record.title and _regions_company(owner, region))):
        record.body, record.organization = named, owner


def _named_with_region(title: str, body: str, region: str) -> str | None:
    """The network's name with its region as the title gives it: the whole title ("Nettverk
    for folkehelse i Sunnhordland"), or its end after a gathering's words ("Samling i
    reiselivsnettverket på Fosen" → "Reiselivsnettverket på Fosen"); None otherwise."""
    if title == f"{body} i {region}":
        return title
    for tail in (f"{body} i {region}", f"{body} på {region}"):
        if len(title) > len(tail) and title.casefold().endswith(f" {tail.casefold()}"):
            return tail
    return None


def _regions_company(owner: str, region: str) -> bool:
    """Whether a company's line over a deck is the region's own company ("Fosen Reiseliv
    AS" over "Samling i reiselivsnettverket på Fosen"): it runs the network it shows
    the slides to, the parent, as a county's template is."""
    return owner.endswith((" AS", " SA", " IKS")) and \
        owner.split()[0].casefold() == region.casefold()


def _title_slide(draft: Draft) -> None:
    """A deck's title slide: the body it was shown to and the day ("Regionrådet 14. mars
    2024", "Styremøte 12.03.2024"); its title names a topic, not a body, unless it holds
    a body word ("Kompetanseløftet i Vestdalen" is no body, "Nettverk for …" is one)."""
    record = draft.record
    shown_to = None
    for line in draft.lines[:8]:
        text = line.body
        if len(text) > 60:
            continue
        found = dates.find_dates(text) if any(c.isdigit() for c in text) else []
        day = found[0].resolve(None) if len(found) == 1 else None
        rest = (text[:found[0].start] + text[found[0].end:]).strip(" ,.-–") if day else text
        audience = _audience(rest)
        if audience is None and (not day or not rest or " " in rest):
            continue
        if audience is None and rest.casefold().endswith(BODY_WORD_ENDINGS):
            audience = rest
        elif audience is None and day and rest.endswith("møte"):
            audience = compound_body(rest)  # "Styringsgruppemøte 12.02.2025": its group
        elif audience is None and \
                not rest.casefold().endswith(("møte", "møtet", "samling", "samlinga")):
            continue
        shown_to = shown_to or audience
        if day and record.meeting.date is None:
            record.meeting.date = dates.iso(day)
        if record.meeting.date is not None:
            break
    if record.body and not names_a_body(record.body):
        # "Kompetanseløftet i Vestdalen" names a topic and where: neither body nor parent
        record.body = None
        if record.organization and record.title and record.organization in record.title:
            record.organization = None
    record.body = record.body or shown_to


def _audience(text: str) -> str | None:
    """The body a title slide says the deck was shown to: "Presentasjon for
    formannskapet", "Orientering i styret", "Innlegg for regionrådet", "Møte i
    styringsgruppen" give that body, with a capital first letter."""
    found = _SHOWN_TO.match(text)
    if found is None or not found.group(1).casefold().endswith(BODY_WORD_ENDINGS):
        return None
    return found.group(1)[:1].upper() + found.group(1)[1:]


# How a slide announces the next meeting: "Neste samling blir i Ålesund i september",
# "Nytt møte blir 4. mai". A deck is made before the meeting, so the day it shows is
# planned, not fixed there (minutes that say so record the body fixing it: a decision).
_NEXT_WORDS = ("neste ", "nytt ", "ny sam")


# The words that make a name an organisation rather than a region: a municipality or a
# company ("Bømlo kommune", "Sogn Brann og Redning IKS").
_ORG_FORM_WORD = lazy_regex(r"\b(?:kommune|fylkeskommune|herad|IKS|AS|SA|KF)\b")


_SHOWN_TO = lazy_regex(r"(?:presentasjon|orientering|innlegg|foredrag|framlegg|møte)\s+"
                       r"(?:for|i|til|på)\s+(\w[\w -]{2,40})$", re.I)


def _without_slide_numbers(draft: Draft) -> None:
    """A deck's slide numbers on lines of their own ("1" over "Agenda", "2" over
    "Bakgrunn") read as numbered items without titles: they number pages, not saker, so
    the list on the agenda slide is the items, as in a deck without numbers."""
    if not draft.items or any(c.title for c in draft.items):
        return
    agenda = _agenda_heading(draft.lines, False)
    draft.items = unnumbered_agenda(draft.lines, agenda) if agenda is not None else []


def _without_slide_titles(draft: Draft) -> None:
    """A deck's items are the list on its agenda slide ("Agenda", "Innhold", "Dagens
    agenda"); without one it lists none: its slide titles ("Bakgrunn", "Resultater så
    langt", "Utfordringer") are topics of a talk, not the meeting's saker, and the record
    holds none rather than invented ones. A numbered list, or the list under "Agenda" /
    "Program", stays."""
    if any(c.number for c in draft.items) or (draft.items and any(
            is_agenda_heading(line) for line in draft.lines[:draft.items[0].line])):
        return
    agenda = next((line.index for line in draft.lines[:40]
                   if line.lowered.rstrip(" :") in _AGENDA_SLIDES and not line.is_bullet),
                  None)
    draft.items = unnumbered_agenda(draft.lines, agenda) if agenda is not None else []


# The heading of a deck's agenda slide that no summons or minutes uses for its saksliste
# ("Innhold" over a report's chapters is no agenda: only a deck's is read so).
_AGENDA_SLIDES = frozenset({"innhold", "innhald", "dagens agenda", "agenda for dagen",
                            "agenda for møtet", "agenda i dag", "dagens tema", "tema i dag",
                            "temaer i dag", "dagens program"})


# The title of minutes sent with a summons: "Referat fra styremøte 13. juni 2024",
# "Protokoll frå møtet i arbeidsutvalet 10. oktober", "Møtebok for Eldrerådet".
_ATTACHED_MINUTES_TITLE = lazy_regex(r"^(?:møte|styre)?(?:referat|protokoll|møtebok)\s+"
                                     r"(?:fra|frå|for|fra\s+møtet|frå\s+møtet)\b")
# What makes such a line a sentence in the summons, not a document's title.
_ABOUT_MINUTES = lazy_regex(r"\b(?:godkj\w*|vedlagt|vedlagd|følger|fylgjer|ligger|ligg|sendt|"
                            r"sendes|er|ble|vart)\b")


def _without_attached_minutes(draft: Draft) -> None:
    """A summons ends where the minutes of the last meeting sent with it begin.

    "Innkalling til styremøte …" with its saksliste, then "Referat fra styremøte 13. juni"
    with "Til stede:" and its own items: those people came to another meeting and those
    items were decided then; the summons' own items are its saksliste.
    """
    lines = draft.lines
    cut = next((line.index for line in lines[draft.head_end + 1:]
                if line.lowered.startswith(MINUTES_TITLE_STARTS) and _starts_minutes(lines, line)),
               None)
    if cut is None:
        return
    if _minutes_of_this_meeting(draft, cut):
        _summons_in_front(draft, cut)
        return
    draft.lines = lines[:cut]
    kept = [c for c in draft.items if c.line < cut]
    # (the summons' list of cases is its items when its papers were all cut off; a list
    # past the cut, as the items themselves, was the other minutes')
    listed = [c for c in draft.toc if c.line < cut]
    draft.items, draft.toc = (kept, listed) if kept else (listed, [])
    draft.attendance_end = min(_attendance_end(draft), cut)
    draft.people, draft.deputies, draft.attendance_recorded = People(), [], False
    read_attendance(draft)


def _minutes_of_this_meeting(draft: Draft, cut: int) -> bool:
    """Whether the minutes under a summons are of the meeting it calls (their title or
    their first labels give its day) and hold items of their own: the file is those
    minutes with their summons and case papers bound in front, not a summons."""
    day = draft.record.meeting.date
    if day is None or not any(c.line > cut for c in draft.items):
        return False
    for line in draft.lines[cut:cut + 7]:
        label = match_label(line.text) if line.index > cut else None
        text = label.value if label is not None and label.field in _MEETING_FIELDS else \
            line.body if line.index == cut else ""
        if text and any(dates.iso(found.resolve(int(day[:4]))) == day
                        for found in dates.find_dates(text)):
            return True
    return False


def _summons_in_front(draft: Draft, cut: int) -> None:
    """Read the minutes under the summons bound in front of them: their title, their
    items (the summons' saksliste is their agenda) and their attendance. The summons'
    own date (the day it was signed) is not the minutes'; its "Forslag til vedtak" in
    the case papers is no decision, as no item's text reaches above the minutes."""
    record = draft.record
    record.kind = DocumentKind.MINUTES
    record.title = draft.lines[cut].body
    record.document_date = None
    draft.toc = [c for c in draft.toc + draft.items if c.line < cut]
    draft.items = [c for c in draft.items if c.line > cut]
    draft.attendance_start, draft.attendance_end = cut, draft.items[0].line
    draft.people, draft.deputies, draft.attendance_recorded = People(), [], False
    read_attendance(draft)


def _starts_minutes(lines: list[Line], line: Line) -> bool:
    """Whether the line is the title of minutes: a minutes word and "fra", no sentence,
    and the meeting's labels or attendance under it within a few lines."""
    if line.body.endswith(".") or not _ATTACHED_MINUTES_TITLE.match(line.lowered) or \
            _ABOUT_MINUTES.search(line.lowered):
        return False
    return any((label := match_label(below.text)) is not None and
               (label.field in ATTENDANCE_FIELDS or label.field in _MEETING_FIELDS)
               for below in lines[line.index + 1:line.index + 7])


_MEETING_FIELDS = frozenset({Field.DATE, Field.TIME, Field.PLACE, Field.TIME_PLACE})


def _no_meeting_of_its_own(draft: Draft) -> None:
    """A yearly report, a plan or a case paper: the document's own date, and no meeting.

    Its "Dato:" is the day it is dated, not a meeting's; the meetings it tells of are
    other days ("Regionrådet hadde møter 2. februar, …", a case paper's "Møtedato" for two
    bodies); a body read from its title is the document word ("Årsmelding"), and one read
    from a case paper's "Utvalg / Møtedato / Saksnr." row is its column heads.
    """
    draft.no_meeting = True
    record = draft.record
    if record.document_date is None and record.meeting.date and any(
            _dated_cell(line) for line in draft.lines[:draft.head_end or 15]):
        record.document_date = record.meeting.date
    if record.document_date is None:
        # a letter's "Deres ref. | Vår ref. | Dato" heads over their values, or (a case
        # paper, whose case the head stops at) the place and date it is signed at the end
        record.document_date = _column_under_heads(draft.lines[:20], _DATE_HEADS, "ref") or \
            signed_at_end(draft.lines, draft.head_end)
    record.meeting = Meeting()
    first_word = (draft.head.title or "").split()[0].casefold()
    if record.body and ("\t" in record.body or record.body.casefold().startswith(first_word)):
        record.body = _body_after_document_word(record.body)
    if record.body is None:
        # a case paper's "Saksnr. | Utvalg | Møtedato" heads: the body the case goes to
        record.body = _column_under_heads(draft.lines[:20], _COMMITTEE_HEADS, "utval")
    if record.body is None and record.organization is not None and \
            ":" not in record.organization and names_a_body(record.organization):
        # "Nordby regionråd" over "Årsmelding 2024", or a statement's letterhead: the
        # council whose report or statement it is, no parent of another body
        record.body, record.organization = record.organization, None


def _dated_cell(line: Line) -> bool:
    """Whether a head line labels a date as the document's ("Dato: 03.03.2025"), also as
    one cell of a letterhead row ("Deres ref.: 24/3310 | Vår ref.: 25/019 | Dato: …"); a
    table's column head "Dato" over a plan's days labels none."""
    if "dato" not in line.lowered:
        return False
    for cell in line.text.split("\t"):
        cell = cell.strip()
        if cell[:4].casefold() == "dato" and (label := match_label(cell)) is not None and \
                label.field is Field.DATE and dates.has_digit(cell):
            return True
    return False


# The column heads that date a letter ("Deres ref. | Vår ref. | Dato") and that name the
# body a case paper goes to ("Saksnr. | Utvalg | Møtedato"), bokmål and nynorsk.
_DATE_HEADS = frozenset({"dato", "vår dato"})
_COMMITTEE_HEADS = frozenset({"utvalg", "utval", "styre, råd, utvalg"})


def _column_under_heads(lines: list[Line], heads: frozenset[str], cue: str) -> str | None:
    """The value in the row under a row of column heads, in the column one of ``heads``
    names ("DERES REF. | VÅR REF. | DATO" over "25/8812 | 26/031 | 13.02.2026"): a Word
    table of a letter or case paper converted cell by cell. A date column gives its ISO
    date; ``cue`` must stand in the heads' row (a cheap test first: most rows are no
    heads). One row of values only: a case paper's route through two bodies ("Arbeidsutvalet"
    then "Regionrådet") names no one body of its own."""
    for i, line in enumerate(lines[:-1]):
        if not line.is_table or cue not in line.lowered:
            continue
        names = [cell.strip(" .:").casefold() for cell in line.cells]
        column = next((n for n, name in enumerate(names) if name in heads), None)
        below = lines[i + 1]
        if column is None or not below.is_table or len(below.cells) != len(names):
            continue
        if i + 2 < len(lines) and lines[i + 2].is_table and \
                len(lines[i + 2].cells) == len(names):
            return None  # a second row: the route through several bodies, or many dates
        value = below.cells[column].strip()
        if heads is _DATE_HEADS:
            found = dates.find_dates(value)
            return dates.iso(found[0].resolve(None)) if found and \
                found[0].year is not None else None
        return value if value and names_a_body(value) else None
    return None


def _body_after_document_word(title: str) -> str | None:
    """The body a no-meeting document's title names after its document word and a dash
    ("Møteplan 2025 – Regionrådet i Austmarka"), or None (the title read as a body)."""
    if "\t" in title:
        return None  # a case paper's "Utvalg | Møtedato | Saksnr." column heads
    _word, dash, rest = title.partition(" – ")
    rest = rest.strip()
    return rest if dash and rest[:1].isupper() and names_a_body(rest) else None


def _announced_absences(people: list[Participant],
                        deputies: list[Participant]) -> list[Participant]:
    """The participants a summons can name: those it says will not come ("Forfall: Kari
    Holm") or come for part of the meeting. Its members called in ("Innkalte:", a
    "Medlem | Vara" table) are no one named as attending a meeting not yet held, and
    the record has no attendance for "invited": they are left out, not made present;
    so are its deputies, listed for when a member cannot come. (Called only where the
    head records no attendance: ``Draft.attendance_recorded``.)"""
    called = {id(person) for person in deputies}
    return [person for person in people
            if person.attendance != Attendance.PRESENT and id(person) not in called]


# The body's short name in a title: "SU referat 22.11.26", "Referat SU-møte".
_ACRONYM_WORD = re.compile(r"\b[A-ZÆØÅ]{2,6}\b")


def finish(draft: Draft) -> None:
    """Participants into the record; notes on what could not be read."""
    record = draft.record
    # (a letterhead's shouted name, whichever step read it, in normal case)
    record.body = name_in_normal_case(record.body)
    record.organization = name_in_normal_case(record.organization)
    draft.people.mayor_chairs(record.body)
    draft.people.cooperation_staff(record.organization)
    draft.people.other_boards_chairs(record.body, record.organization)
    draft.people.one_chair()
    record.participants = list(draft.people.order)
    if draft.no_meeting:
        record.participants = []
        record.warnings.append("The document records no meeting (a report, plan or case "
                               "paper): no meeting, participants or items read.")
        return
    if record.kind == DocumentKind.PRESENTATION:
        record.participants = []
    elif record.kind == DocumentKind.AGENDA and not draft.attendance_recorded:
        record.participants = _announced_absences(record.participants, draft.deputies)
    elif record.kind == DocumentKind.AGENDA and draft.deputies:
        # a summons lists the deputies for when a member cannot come: none is called yet
        called = {id(person) for person in draft.deputies}
        record.participants = [p for p in record.participants if id(p) not in called]
    own = set(_ACRONYM_WORD.findall(record.title or ""))
    if own and names_joint_meeting(record.title):
        own = set()  # "OT og NAV – samarbeidsmøte": "Frå OT:" names one side, not the body
    if own and record.organization:
        # (the parent's short name is no name of the body: "arbeidsutvalet i Romsdal
        # regionråd (ROR)": "Hege Bolsøy, ROR" is of the council's secretariat)
        own -= set(_ACRONYM_WORD.findall(record.organization))
    for person in record.participants:
        if person.organization in own:
            person.organization = None  # "(nestleder SU)" in an SU's minutes: the body itself
    if draft.people.run_names:
        _places_off_run_names(record, draft.people.run_names, draft.lines)
    _places_off_listed_names(record, draft.lines)
    if record.meeting.date is None:
        record.warnings.append("No meeting date found.")
    if not record.items:
        record.warnings.append("No agenda items found.")
    if record.body is None:
        record.warnings.append("The document does not name the body that met.")


# A municipality the document names as such: "Hurdal kommune", "Nannestad kommune".
_NAMED_MUNICIPALITY = lazy_regex(r"\b(?P<place>[A-ZÆØÅ][a-zæøå]+(?:-[A-ZÆØÅ][a-zæøå]+)?)\s+"
                                 r"kommune\b")


def _named_municipalities(lines: list[Line]) -> set[str]:
    """The places the document names as municipalities ("Hurdal kommune")."""
    return {found["place"] for line in lines if "kommune" in line.lowered
            for found in _NAMED_MUNICIPALITY.finditer(line.body)}


def _places_off_listed_names(record: MinutesRecord, lines: list[Line]) -> None:
    """Split the place off names an attendance list wrote with the municipality after
    them and no comma ("Jon Vik Stryn" → "Jon Vik", Stryn): only when the document names
    that place as a municipality elsewhere ("Stryn kommune"), the word is no first name,
    and at least two of the list's people end so (one "Kari Lunde Eid" may be a surname
    a municipality shares: a list written so writes everyone so)."""
    longer = [person for person in record.participants
              if person.organization is None and person.name.count(" ") >= 2]
    if len(longer) < 2:
        return  # (the common case: no call for the document's municipalities)
    places = _named_municipalities(lines)
    placed = [person for person in longer
              if (last := person.name.rpartition(" ")[2]) in places and not is_first_name(last)]
    if len(placed) < 2:
        return
    for person in placed:
        person.name, _, person.organization = person.name.rpartition(" ")


def _places_off_run_names(record: MinutesRecord, run_names: dict[str, str],
                          lines: list[Line]) -> None:
    """Split the place off a name read from names run together ("Lillian Nærem Hurdal" →
    "Lillian Nærem", Hurdal) when the document names that place as a municipality
    elsewhere ("Hurdal kommune"): then the last word is the place she came from, not a
    surname. A last word the text never calls a municipality stays in the name, and the
    record warns that the list's names may hold places."""
    places = _named_municipalities(lines)
    unsure: dict[str, None] = {}
    for person in record.participants:
        if person.name not in run_names or person.organization is not None:
            continue
        name, _, last = person.name.rpartition(" ")
        if last in places and not is_first_name(last) and len(name.split()) >= 2:
            person.name, person.organization = name, last
        else:
            unsure[run_names[person.name]] = None
    record.warnings.extend(f"Names run together without separators in the list \"{text}\"; "
                           "a name may hold the place or organisation written after it."
                           for text in unsure)


STEPS: list[Callable[[Draft], None]] = [
    find_items,
    read_header,
    read_attendance,
    decide_kind,
    read_other_people,
    settle_secretaries,
    settle_project_staff,
    settle_chairs,
    build_items,
    find_next_meeting,
    finish,
]
#: The steps that read a meeting: none applies to a document that records none.
MEETING_STEPS = frozenset({read_other_people, settle_secretaries, settle_project_staff,
                           settle_chairs, build_items, find_next_meeting})
