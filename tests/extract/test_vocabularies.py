"""One place defines each vocabulary: the modules that read the same kind of word read
the same words.

Why: a word list copied into a second module drifts (a spelling added to one is missing
from the other), and the reader that lacks it fails without a test noticing. Each test
here takes the shared list and asks every reader of it.
"""

from __future__ import annotations

import pytest

from motebok.extract import dates, header, items, labels, minutes, outcomes, participants, text
from motebok.extract.labels import (
    ABSENCE_NOUNS,
    ATTENDANCE_COLUMN_WORDS,
    DEPUTY_SEAT_WORDS,
    MEMBER_SEAT_WORDS,
    SERVICE_DEFINITE_ENDINGS,
    STAFF_NOUNS,
    is_staff_group,
)
from motebok.extract.text import BODY_WORD_ENDINGS, SERVICE_NAME_ENDINGS
from motebok.parse import parse_bytes
from motebok.read import blocks as read_blocks
from motebok.read import text as read_text
from motebok.vocab import (
    COMPANY_FORMS,
    COMPANY_FORMS_ALSO_WORDS,
    MEETING_CHANNELS,
    MONTH_NAMES,
    MONTH_WORDS,
)


@pytest.mark.parametrize("noun", STAFF_NOUNS)
def test_a_staff_noun_is_a_staff_group_and_a_staff_label(noun):
    # "Fra administrasjonen:", "Frå dagleg leiing møtte:": the label's organisation
    # (minutes) and the group's side (labels) come from the one list
    assert is_staff_group(noun)
    assert minutes._STAFF_LABEL.match(f"fra {noun}")["staff"] == noun
    assert minutes._STAFF_LABEL.match(f"følgende fra {noun} møtte")["staff"] == noun


def test_the_short_staff_label_is_the_administration():
    assert minutes._staff_org(minutes._STAFF_LABEL.match("fra adm.")["staff"]) == \
        "administrasjonen"
    assert is_staff_group("adm.")


@pytest.mark.parametrize("ending", SERVICE_DEFINITE_ENDINGS)
def test_a_service_named_alone_in_its_definite_form_is_the_staff(ending):
    # "Frå PP-tenesta:", "Fra barneverntjenesten:": the joint service's staff, by the
    # same endings a person's unit and a body's served service are read by
    assert is_staff_group(f"barnevern{ending}")
    assert is_staff_group(f"pp-{ending}")
    assert f"flyktning{ending}".endswith(SERVICE_NAME_ENDINGS)
    # a place's service is a member's group in a network of such services
    assert not is_staff_group(f"barnevern{ending} i vik")


@pytest.mark.parametrize("kind", items.NEXT_MEETING_BODY_KINDS.split("|"))
def test_a_body_named_for_its_next_meeting_is_read_by_both_readers(kind):
    # "Neste kommunedirektørutval: 2. juni", "neste regionråd er 18. juni": the item reader
    # ends the item there and the minutes reader weighs whose meeting it is, by one list
    label = f"neste region{kind}: 2. juni"
    assert items._NEXT_MEETING_LABEL.match(label)
    assert minutes._BODY_NOUN.search(label)["group"] == f"region{kind}"


def test_every_job_abbreviation_is_a_role_in_brackets():
    for short in participants._JOB_ABBREVIATIONS:
        assert participants.is_role_word(short)
        assert participants._TITLE_BEFORE_ORG.match(f"{short} Gjesdal kommune")


@pytest.mark.parametrize("day", dates.WEEKDAY_FULL_NAMES)
def test_every_weekday_is_read_by_each_pattern_that_names_one(day):
    assert header._DAY_OPENS.match(f"{day} 4. mars")
    assert minutes._CHANNEL_ALONE.fullmatch(f"teams {day}")
    assert minutes._CHANNEL_BEFORE_DAY.search(f"teams-møte {day}")
    assert minutes._WEEKDAY_LAST.search(f"Rådhuset, {day}")


def test_a_weekday_named_in_a_warning_is_the_dates_own_name_for_its_number():
    # "tirsdag 4. mars 2025" (a Tuesday) read, the header's warning names the day the date
    # falls on by the same name the date reader reads for that number
    for number, name in enumerate(dates.WEEKDAY_NAMES_BY_NUMBER):
        assert dates.WEEKDAYS[name] == number
        assert name in dates.WEEKDAY_FULL_NAMES
    head = header.Head()
    meeting = dates.find_dates("tirsdag 5. mars 2025")[0]
    header._weekday_checked(meeting.resolve(None), meeting, head)
    assert "falls on onsdag, but the text says tirsdag" in head.warnings[0]


@pytest.mark.parametrize("month", dates.MONTH_NAMES)
def test_every_month_is_read_by_each_list_that_names_one(month):
    assert header._DOC_AND_MONTH.match(f"referat {month} 2025")
    assert header._DATE_THEN_STOP.search(f"Styremøte 4. {month}.")
    assert month in header._NOT_NAME_WORDS
    assert month in outcomes._MONTH_NAMES
    assert month in items.MONTHS
    assert items._DAY_MONTH_TITLE.fullmatch(f"17. {month}")
    # the reader's too (``vocab.MONTH_NAMES``): a page that opens on "1. mars 2024."
    # goes on with the sentence before it, and "4. mars 2022" is no numbered list entry
    assert read_blocks._DAY_AND_MONTH.match(f"1. {month} 2024.")
    assert not read_text._NUMBERED.match(f"4. {month} 2022")
    assert dates.MONTHS[month] == dates.MONTH_NAMES.index(month) + 1


def test_the_readers_short_months_are_norwegian_month_words():
    # "4. des. 2024" is no numbered list entry: the reader's short forms are among the
    # extractor's month words (vocab.MONTH_WORDS), as the Norwegian ones only. The English
    # and Swedish words stay out on purpose: "1. May we …", "2. March on" open list entries.
    alternation = read_text._MONTH.removeprefix("(?:").removesuffix(")\\b").split("|")
    words = {word.replace("sept?", "sept") for word in alternation} | {"sep"}
    month_words = {word for words in MONTH_WORDS.values() for word in words}
    assert set(MONTH_NAMES) <= words <= month_words
    assert not words & {"may", "march", "june", "july", "maj", "oct", "dec"}
    for word in words:
        assert not read_text._NUMBERED.match(f"4. {word.capitalize()} 2024")
    assert read_text._NUMBERED.match("1. May we meet")


@pytest.mark.parametrize("channel", sorted(MEETING_CHANNELS))
def test_every_meeting_channel_is_no_place_in_a_title_and_a_way_to_take_part(channel):
    # "Styremøte på Teams": the title names how, not where; "var med på Teams under sak 2":
    # one took part from afar for some items
    assert channel in header._TITLE_CHANNELS
    assert minutes._from_afar_for_items(f"var med på {channel.capitalize()} under sak 2")


@pytest.mark.parametrize("noun", ABSENCE_NOUNS)
def test_every_absence_noun_is_read_by_each_reader_of_an_absence(noun):
    # "Forfall: …", "Tor Aas (fråvær)", "meldt fråfall; vara Eli Sund": each reader of a
    # member who was away reads the same nouns
    assert minutes._says_away(f"Tor Aas ({noun})")
    assert f"Tor Aas ({noun})".endswith(minutes._AWAY_AT_END)
    assert f"Tor Aas – {noun}".endswith(minutes._AWAY_AT_END)
    assert noun in participants._ABSENT_MARKS
    assert noun in participants._ABSENT_WORDS
    assert noun in participants._NOT_PLAIN_WORDS
    assert participants._has_absence_verb(f"Tor Aas hadde {noun}")
    assert participants._REMARK_AWAY_DEPUTY.match(f"Meldt {noun}, vara Eli Sund møtte")
    assert participants._has_absence_word(f"{noun.capitalize()} – Eli Sund møtte")
    # (s77h) and the sentences of who stayed away, the list heading of those who did, the
    # notice of absence that is no follow-up
    assert text._MARKED_ATTENDANCE_HEADING.match(f"❌ {noun.capitalize()}")
    assert participants._ABSENT_SENTENCE.match(f"Tor Aas hadde meldt {noun}.")
    assert participants._ABSENT_SENTENCE.match(f"Tor Aas melde {noun}.")
    assert labels._FOLLOWING.match(f"Følgjande medlemer hadde {noun}: Tor Aas")
    assert outcomes._ABSENCE_NOTICE.search(f"tor melder {noun} til neste møte")
    assert outcomes._ABSENCE_NOTICE.search(f"{noun} meldes inn til sekretariatet.")


def test_a_list_read_after_its_nynorsk_absence_is_rewritten_leaves_that_word_out():
    # parse_people_list reads "Tor Aas (fråfall)" as "Tor Aas (fråvær)" first: the nouns it
    # counts after that are the shared ones but "fråfall", on purpose
    assert set(participants._ABSENCE_NOUNS_AS_READ) == set(ABSENCE_NOUNS) - {"fråfall"}
    assert participants._FRAAFALL.sub("fråvær", "Tor Aas (fråfall)") == "Tor Aas (fråvær)"
    assert participants._one_absence("Kari Li, Tor Aas (fråvær)")


@pytest.mark.parametrize("seat", (*MEMBER_SEAT_WORDS, *DEPUTY_SEAT_WORDS))
def test_every_seat_word_names_a_seat_in_a_cell_and_the_deputies_a_column(seat):
    # "Medlem | Vara | Møtt": "Vara møtte" in a cell names the deputy's seat; a column
    # headed "Vara" holds the deputies; a row whose "medlem" cells are all seats is no list
    side = "deputy" if seat in DEPUTY_SEAT_WORDS else "member"
    assert participants._seat_that_came(f"{seat.capitalize()} møtte") == side
    if side == "deputy":
        assert ATTENDANCE_COLUMN_WORDS[seat] == "deputy"
    assert ("medlem" in seat) == (seat in minutes._SEAT_CELLS)


@pytest.mark.parametrize("form", (*COMPANY_FORMS, *COMPANY_FORMS_ALSO_WORDS))
def test_every_company_form_is_read_by_each_reader_of_a_firms_name(form):
    # "Vestvik Vekst SA": the row's "Vestvik Vekst" is the same firm; "VESTVIK VANN IKS"
    # keeps its form in capitals; the form makes a name a parent ("Styret i Vestvik KF")
    assert participants._without_company_form(f"Vestvik Vekst {form.upper()}") == \
        "vestvik vekst"
    assert f"{form.upper()}" in header._CLUB_ACRONYMS
    assert header.names_club(f"Vestvik Vekst {form.upper()}")
    if form in COMPANY_FORMS:
        # (in any place in a name; and "X for Y IKS" is X, the body of the company Y)
        assert header._forms_in_capitals(f"vestvik {form} vekst") == \
            f"vestvik {form.upper()} vekst"
        assert header._ORG_FORM.search(f"Vestvik Vekst {form.upper()}")


def test_a_company_form_that_is_also_a_word_is_read_at_a_names_end_only():
    # "da" ("then") and "ba" ("asked"): the header puts a closing "da" in capitals, and
    # leaves a closing "ba" small, likelier the verb ending its sentence
    assert header._forms_in_capitals("Fjellvik Regnskap da") == "Fjellvik Regnskap DA"
    assert header._forms_in_capitals("da møtet starta") == "da møtet starta"
    assert header._forms_in_capitals("som styret ba") == "som styret ba"


@pytest.mark.parametrize("label", ["Tid", "Tidspunkt", "Møtested", "Sted", "Stad", "Møterom",
                                   "Klokkeslett", "Dato og tid", "Dato/sted"])
def test_a_time_or_place_label_is_read_in_a_letterhead_and_in_the_body(label):
    # "Møtested: Storgata 4" in a page header is the meeting's, and "Møtested | Rådhuset" in
    # the body says the header's is not needed: one list of label words for both
    assert read_blocks._PLACE_OR_TIME.match(f"{label}: Storgata 4")
    assert read_blocks._PLACE_OR_TIME_LABEL.match(label)
    assert not read_blocks._PLACE_OR_TIME_LABEL.match(f"{label}lig")


@pytest.mark.parametrize("verb", ["åpnet", "åpna", "opna", "opnet"])
def test_every_opening_verb_and_host_name_is_read_by_each_opening_sentence(verb):
    # "Leiar Kari Holm opna møtet.", "Ordfører Kari Holm åpnet møtet", "… opna møtet og
    # ønskte velkomen": the host's name and the verb are one piece in the three patterns
    assert minutes._TITLED_OPENED.match(f"Leiar Kari Holm {verb} møtet.")["name"] == "Kari Holm"
    assert minutes._MAYOR_OPENED.match(f"Ordfører Kari Holm {verb} møtet")["name"] == "Kari Holm"
    welcomed = minutes._WELCOMED.match(f"Leiar Kari Holm {verb} møtet og ønskte velkomen.")
    assert welcomed["chair"] == "Leiar" and welcomed["name"] == "Kari Holm"


def test_an_elected_seat_names_the_deputy_by_title_and_the_short_word_is_attendance():
    # "Varamedlem: Kari Holm" after an election fills a seat; "Vara: Kari Holm" is who came
    # as a deputy: the outcome reader's seats hold the one deputy word, on purpose
    seats = set(outcomes._SEATS.split("|"))
    assert seats & set(DEPUTY_SEAT_WORDS) == {"varamedlem"}
    assert outcomes._seat_label("Varamedlem: Kari Holm") == "varamedlem"
    assert outcomes._seat_label("Vara: Kari Holm") is None
    assert labels.LABELS["vara"] is labels.Field.MEMBERS



@pytest.mark.parametrize("ending", labels.JOB_TITLE_ENDINGS)
def test_every_job_ending_is_a_job_beside_a_name_and_a_writers_job_before_it(ending):
    # (s74i) "Sokneprest Kari Holm" in a list and "Protokollført av sokneprest Kari Holm"
    # read the same job words
    assert participants.is_whole_job_title(f"senior{ending}")
    assert labels._JOB_FIRST.match(f"{ending} Kari Holm") is not None


@pytest.mark.parametrize("word", sorted(header._JOINT_MEETING_WORDS))
def test_every_joint_meeting_word_is_read_first_and_after_a_dash(word):
    # (s74i) "Dialogmøte mellom …" and "Kommuneplanen – dialogmøte med …" alike
    assert header.names_joint_meeting(f"{word.capitalize()} kommunene – NAV")
    assert header._PARTY_MEETING_AFTER_DASH.search(f"Kommuneplanen – {word} med NAV")


@pytest.mark.parametrize("word", sorted(participants.UNIT_WORDS))
def test_every_unit_word_opens_a_unit_by_its_fields_and_a_faculty_after_a_dash(word):
    # (s74i) "Avdeling for plan" after a person and "Universitetet i X – Avdeling for …"
    assert participants._unit_by_fields(f"{word.capitalize()} for helsefag")
    assert f"{word} for helsefag".startswith(header._FACULTY_OPENINGS)


@pytest.mark.parametrize("ending", BODY_WORD_ENDINGS)
def test_every_body_word_ending_is_read_by_each_reader_of_a_bodys_one_word(ending):
    # (s74i) a body by its one definite word: whom a person comes from, the subject of a
    # request, a word written small in a shouted name
    assert participants._body_by_noun(f"villrein{ending}")
    assert f"villrein{ending}".endswith(outcomes._BODY_ENDINGS)
    assert f"villrein{ending}".endswith(header._KIND_IN_NAME_ENDINGS)


@pytest.mark.parametrize("cell", ["3", "3.", "12a", "Sak 3", "10/24", "PS 10/24",
                                  "Styresak 12/2024", "14.2", "12.14", "10.30"])
def test_an_item_number_cell_is_read_alike_and_a_clock_only_under_a_heading(cell):
    # (s75h) "14.2" under "Nr | Sak" and in a row with no heading over it read as one
    # fragment; "10.30" is a point only where a heading names the column (items), a
    # programme's time where none does (text)
    assert items._ROW_NUMBER.match(cell)
    found = text._ITEM_NUMBER_CELL.fullmatch(cell)
    assert found is not None
    assert bool(found["clock"]) == (cell in ("12.14", "10.30"))
    rows = text._item_row_cells((cell, "Brannstasjon\nArbeidet er i rute.", "Kari Holm"))
    assert (rows is None) == bool(found["clock"])


@pytest.mark.parametrize("label", labels.SPEAKER_LABELS)
def test_every_speaker_label_names_guests_in_a_head_and_a_talks_speaker(label):
    # (s75h) "Innleiar: Kari Holm, KS" in a head lists a guest; under a section's topic it
    # names the talk's speaker: one list, labels.py's
    assert labels.LABELS[label] is labels.Field.GUESTS
    assert items._speaker_label(f"{label.capitalize()}: Kari Holm, KS")


@pytest.mark.parametrize("word", sorted(labels.DECISION_COLUMN_WORDS))
def test_every_decision_column_word_titles_a_slide_of_conclusions(word):
    # (s75h) "Vedtak" over a column and "Konklusjonar" over a slide's bullets: one list
    assert word in minutes._CONCLUSIONS_SLIDE


@pytest.mark.parametrize("word", sorted(header.NAME_LINK_WORDS))
def test_every_small_word_of_a_name_stays_small_wherever_a_shouted_name_is_cased(word):
    # (s75h) "REGIONRÅDET FOR NORDFJORD", "SOGN OG FJORDANE ENERGI AS", "Regionrådet
    # nordhordland": the small words inside a known name are one list in each reader
    assert header._words_in_normal_case(f"REGIONRÅDET {word.upper()} NORDFJORD") == \
        f"Regionrådet {word} Nordfjord"
    assert header.recased(f"Heiane {word} kraft AS", {}) == f"Heiane {word} Kraft AS"
    assert header._named_after_noun(f"Regionrådet {word} nordfjord") == \
        f"Regionrådet {word} nordfjord"


def test_the_narrower_lists_of_small_name_words_are_drawn_from_the_one_list():
    # (s75h) a link that joins capitalised words into a name is one of the four
    # (``NAME_LINKS``: "om", "av", "til" open a title's topic); a place follows three of
    # them; a place's words stay small with them
    assert header.NAME_LINKS < header.NAME_LINK_WORDS
    assert header._BEFORE_PLACE == {"for", "i", "på"} < header.NAME_LINKS
    assert header.NAME_LINKS < header._SMALL_NAME_WORDS
    assert header._place_in_capitals("nordhordland og gulen kommune") == \
        "Nordhordland og Gulen kommune"


def test_an_abbreviations_initials_skip_every_small_word_of_a_name_and_fra_too():
    # (s76h) "(NKE)" after "Nettverk om klima og energi": the initials leave out the small
    # words a known name holds (``text.NAME_LINK_WORDS``) and "fra", "frå", on purpose:
    # a word too many there only shortens initials that must equal the abbreviation
    for word in sorted(text.NAME_LINK_WORDS | {"fra", "frå"}):
        assert text.abbreviates("NKE", f"Nettverk {word} klima og energi"), word
    assert text.abbreviates("KSS", "Kompetansesenter ved Sørvik sjukehus")
    assert text.abbreviates("BK", "Brukarrådet frå kommunane")
    assert not text.abbreviates("NOKE", "Nettverk om klima og energi")


@pytest.mark.parametrize("ending", text.DEFINITE_ENDINGS)
def test_every_definite_ending_is_read_by_each_reader_of_a_definite_noun(ending):
    # (s75h) "STYRET" in a shouted title is no initials; "Regiongrupp|en" is the page
    # header's "regiongruppe"; "Nemnd|a har …" opens a sentence with its subject
    assert not header._shouted_initials(f"LAG{ending.upper()}", [f"LAG{ending.upper()}"])
    assert ending in items._DEFINITE_ENDINGS
    assert minutes._body_and_parent_on_pages(
        ["Skolesekken Innlandet – regiongruppe Hadeland"], f"Regiongrupp{ending}") == \
        ("regiongruppe Hadeland", "Skolesekken Innlandet")


@pytest.mark.parametrize("name", ["Gjøvikregionen", "Fjellregionsamarbeidet", "Kystsamarbeidet",
                                  "Klimanettverket", "Vest-Telemarkrådet", "Eldrerådet",
                                  "Regionen"])
def test_a_letterheads_one_word_cooperation_is_the_shared_reading_less_network_and_council(
        name):
    # (s75h) "Gjøvikregionen" over a title is the cooperation either way; a network's
    # word may be the body itself and a council's is read as a council, so the
    # letterhead's reading leaves them out
    narrow = header._one_word_cooperation(name)
    assert narrow == (header.one_word_cooperation(name) and len(name) > 8 and
                      not name.endswith(("nettverket", "rådet")))
    assert narrow == (name in ("Gjøvikregionen", "Fjellregionsamarbeidet", "Kystsamarbeidet"))


def test_the_readers_and_the_extractor_end_a_sentence_by_the_one_list_of_marks():
    # (s75h) a PDF line ending "… vedtatt." is short of the margin for a reason, and the
    # extractor joins no line after one: read/blocks' marks, which both may import
    from motebok.read import pdf as read_pdf
    assert text.TERMINAL is read_blocks.TERMINAL
    assert read_pdf.TERMINAL_CHARS is text.TERMINAL_CHARS is read_blocks.TERMINAL_CHARS
    assert all(len(mark) == 1 for mark in read_blocks.TERMINAL_CHARS)


@pytest.mark.parametrize("unit", sorted(read_text.POWER_UNITS))
def test_every_unit_keeps_its_raised_power_in_each_reader(unit):
    # (s75h) "100 m²" keeps its "2" where "Kari Holm¹" drops its note's number, in the
    # text reader and the PDF reader by one list
    from motebok.read import pdf as read_pdf
    assert read_text.raised(f"arealet er 100 {unit}", "2") == "2"
    assert read_text.raised("Kari Holm", "1") == ""
    assert unit in read_pdf.POWER_UNITS


def test_the_plural_and_first_name_minded_definite_endings_start_from_the_one_list():
    # (s75h) "Kommunane skal …" is a subject in the plural; "Ida" is no definite noun to
    # the reader of an unknown first name, which leaves out the "a" on purpose
    assert set(text.DEFINITE_ENDINGS) < set(outcomes._DEFINITE_ENDINGS)
    assert set(participants._DEFINITE_ENDINGS) == set(text.DEFINITE_ENDINGS) - {"a"} | {"ene"}
    assert participants._unknown_first_name("Ida")
    assert not participants._unknown_first_name("Styret")


@pytest.mark.parametrize("word", participants._ACTING_WORDS)
def test_every_acting_word_is_read_before_a_job(word):
    # (s76h, s76i) "konstituert rådmann", "ass. kommunedirektør": ``_without_acting`` asks
    # the acting words (a prefix test) before the pattern made of the same words
    assert participants._without_acting(f"{word} rådmann") == "rådmann"
    if word.endswith("."):  # "kst.rådmann"
        assert participants._without_acting(f"{word}rådmann") == "rådmann"


@pytest.mark.parametrize("form", labels.STAYED_AWAY_FORMS)
def test_every_stayed_away_form_in_brackets_is_read_after_a_label_and_after_a_group(form):
    # (s77h) "Vara (møtte ikke): Jon Dal" after a members' label (labels) and "HTV (meldt
    # forfall): Per Sandvik, Delta" after a seat's or group's name (minutes): one list, so
    # a form added for one is read by the other ("fråverande" once was by labels only)
    assert labels.match_label(f"Vara ({form}): Jon Dal").field is labels.Field.ABSENT
    # … and in a cell or a bracket after a name ("Kari Holm (fråverande)"), and after the
    # cross a note app sets before the heading of those who stayed away ("❌ Møtte ikke")
    assert form in participants._ABSENT_MARKS
    assert text._MARKED_ATTENDANCE_HEADING.match(f"❌ {form.capitalize()}")
    assert minutes._GROUP_STATUS.match(f"HTV ({form.capitalize()}): Per Sandvik, Delta")[
        "status"].casefold() == form
    minutes_text = ("Referat frå møte i arbeidsmiljøutvalet\n\nDato: 3. mars 2026\n\nTil stades:\n"
            f"Arbeidstakar: Lise Berg, FO\nHTV ({form}): Per Sandvik, Delta\n\n"
            "Sak 1/26 Godkjenning\n\nGodkjent.\n")
    people = parse_bytes(minutes_text.encode(), "amu.txt").participants
    assert [(p.name, p.organization, p.attendance) for p in people] == [
        ("Lise Berg", "FO", "present"), ("Per Sandvik", "Delta", "absent")]
