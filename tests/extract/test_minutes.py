"""What the minutes say about the next meeting: its day, hours and where."""

from __future__ import annotations

import pytest
from docx import Document

from fixtures.builders import docx_bytes
from motebok.parse import parse_bytes
from motebok.vocab import ParticipantRole


def _next_meeting(said: str):
    text = ("Referat fra styremøte\n\nDato: 12.03.2024\n\nTil stede: Kari Holm, Per Berg\n\n"
            f"Sak 1/24 Godkjenning\nGodkjent.\n\n{said}\n")
    return parse_bytes(text.encode(), "styre.txt").next_meeting


@pytest.mark.parametrize(("said", "location"), [
    # a hybrid meeting: the whole list of where, as written
    ("Neste møte: 3. desember kl. 10–14, hybrid, Rådhuset og Teams",
     "hybrid, Rådhuset og Teams"),
    ("Neste møte: 3. desember kl. 10–14, Rådhuset og Teams", "Rådhuset og Teams"),
    # the channel alone, after the day or before it
    ("Neste møte: 3. desember kl. 10 på Teams.", "Teams"),
    ("Neste møte: Teams, 3. desember", "Teams"),
    ("Neste møte: Teams, tirsdag 3. desember kl. 0900–1000", "Teams"),  # with its weekday
    ("Neste møte: Zoom, den 3. desember", "Zoom"),
    # a town before the day, the way a letter is placed and dated; a weekday is no town
    ("Neste møte: Førde, 3. desember", "Førde"),
    ("Neste møte: Scandic Hotel Bergen, 3. desember kl. 10", "Scandic Hotel Bergen"),
    ("Neste møte: Tirsdag, 3. desember", None),
    ("Neste møte: Foreløpig, 3. desember", None),
    # (s77k) a clinic or a health station after the hours, by its kind's word
    ("Neste møte: 3. desember kl. 13.00, Søndre tannklinikk.", "Søndre tannklinikk"),
    ("Neste møte: 3. desember kl. 13.00 på Vik helsestasjon.", "Vik helsestasjon"),
])
def test_where_the_next_meeting_is_held(said, location):
    meeting = _next_meeting(said)
    assert (meeting.date, meeting.location) == ("2024-12-03", location)


@pytest.mark.parametrize(("body", "said"), [
    ("arbeidsutvalget (AU)", "Neste AU-møte: 3. desember kl. 10.00 på Teams."),
    ("samarbeidsutvalget (SU)", "Neste SU-møte blir 3. desember kl. 10.00 på Teams.")])
def test_the_next_meeting_named_by_the_body_s_short_name_and_a_hyphen(body, said):
    # (in the body's own minutes: "Neste AU-møte" in the board's is the committee's
    # meeting, not the board's next; "Neste SU-møte" in the committee's is the other's)
    text = (f"Referat fra møte i {body}\n\nDato: 12.03.2024\n\n"
            "Til stede: Kari Holm, Per Berg\n\n"
            f"Sak 1/24 Godkjenning\nGodkjent.\n\n{said}\n")
    meeting = parse_bytes(text.encode(), "au.txt").next_meeting
    assert (meeting.date, meeting.start, meeting.location) == ("2024-12-03", "10:00", "Teams")


@pytest.mark.parametrize(("minutes", "said"), [
    # (s69e) the forum's word in its own minutes: a forum names a body, so in a board's
    # minutes "Neste planforum" is another's day (see the test of the forum named with
    # what it is for below), as ``decided_by_another`` reads it
    ("Referat fra regionalt planforum", "Neste planforum: 3. desember kl. 10.00 på Teams."),
    ("Referat fra styremøte", "Neste nettverkssamling: 3. desember kl. 10.00 på Teams.")])
def test_the_next_meeting_named_by_the_forum_s_or_network_s_own_word(minutes, said):
    text = (f"{minutes}\n\nDato: 12.03.2024\n\nTil stede: Kari Holm, Per Berg\n\n"
            f"Sak 1/24 Godkjenning\nGodkjent.\n\n{said}\n")
    meeting = parse_bytes(text.encode(), "referat.txt").next_meeting
    assert (meeting.date, meeting.start, meeting.location) == ("2024-12-03", "10:00", "Teams")


def test_the_next_planforum_closing_the_minutes_is_no_text_of_the_last_item():
    text = ("Referat fra regionalt planforum\n\nDato: 12.03.2024\n\n"
            "1. Kommuneplan for Nordby\nPlanen ble drøftet.\n\n"
            "2. Eventuelt\nIngen saker.\n\nNeste planforum: 9. april 2024.\n")
    record = parse_bytes(text.encode(), "planforum.txt")
    assert record.items[-1].text == "Ingen saker."
    assert record.next_meeting.date == "2024-04-09"


def test_a_weekday_before_the_day_is_no_place():
    meeting = _next_meeting("Neste møte: Tirsdag, 3. desember")
    assert (meeting.date, meeting.location) == ("2024-12-03", None)


@pytest.mark.parametrize("said", ["Neste mote: 3. desember 2024 kl. 10.00",
                                  "Neste moete: 3. desember 2024 kl. 10.00",
                                  "Neste styremote blir 3. desember 2024 kl. 10.00."])
def test_the_next_meeting_in_ascii_spelling(said):
    # a copy without Norwegian letters writes "møte" as "mote" or "moete"
    meeting = _next_meeting(said)
    assert (meeting.date, meeting.start) == ("2024-12-03", "10:00")


def test_ascii_minutes_without_the_letter_o_slash_read_their_labels():
    # "Frammotte:" and "Neste mote:" are "Frammøtte:" and "Neste møte:" with ø dropped;
    # the names and places stay as written
    record = parse_bytes(b"Mote i styret for Fjellby Naeringshage\n\nDato: 5. juni 2023\n"
                         b"Motested: Motesalen, Fjellby\n\n"
                         b"Frammotte: Ola Bratt (styreleder), Liv Ostby\nForfall: Hege Strom\n\n"
                         b"Sak 1/23 Arsregnskap 2022\nVedtak: Arsregnskapet godkjennes.\n\n"
                         b"Neste mote: 21. august 2023\n", "styre.txt")
    assert record.meeting.location == "Motesalen, Fjellby"
    assert [(p.name, p.attendance) for p in record.participants] == [
        ("Ola Bratt", "present"), ("Liv Ostby", "present"), ("Hege Strom", "absent")]
    assert record.items[0].text == "Vedtak: Arsregnskapet godkjennes."
    assert record.next_meeting.date == "2023-08-21"


@pytest.mark.parametrize(("line", "location"), [
    ("Neste møte blir Teams-møte 9. april kl. 09.00.", "Teams-møte"),
    ("Neste møte: telefonmøte tirsdag 9. april kl. 09.00", "telefonmøte"),
    ("Neste møte vert digitalt møte 9. april.", "digitalt møte"),
])
def test_the_next_meeting_held_by_a_channel_named_before_its_day(line, location):
    text = ("Referat fra styremøte i Nordby Vekst AS\nDato: 5. mars 2024\nSted: Rådhuset\n\n"
            f"Til stede: Kari Holm, Per Dahl\n\nSak 1/24 Budsjett\nGodkjent.\n\n{line}\n")
    following = parse_bytes(text.encode(), "styre.txt").next_meeting
    assert (following.date, following.location) == ("2024-04-09", location)


def test_the_next_meeting_closing_notes_under_an_agenda_list_is_no_part_of_the_last_item():
    text = ("Referat nettverksmøte\n\nDato: 12. mars 2025\n\nAgenda:\n- Velkommen\n"
            "- Runde rundt bordet\n- Eventuelt\n\nVelkommen\nKari ønsket velkommen.\n\n"
            "Runde rundt bordet\nNordby: Ingenting nytt.\n\nEventuelt\nIngen saker.\n\n"
            "Neste møte: Teams, 14. mai kl. 9–10\n")
    record = parse_bytes(text.encode(), "nettverk.txt")
    assert [i.title for i in record.items] == ["Velkommen", "Runde rundt bordet", "Eventuelt"]
    assert record.items[-1].text == "Ingen saker."
    assert (record.next_meeting.date, record.next_meeting.location) == ("2025-05-14", "Teams")


@pytest.mark.parametrize(("agenda", "titles"), [
    # a programme's times before the entries: the items are the headings below
    ("09.00–09.15 Velkommen\n09.15–10.00 Kompetanseplan\n10.00 Eventuelt",
     ["Velkommen", "Kompetanseplan", "Eventuelt"]),
    ("Kl. 09.00 Velkommen\nKl. 09.15 Kompetanseplan\nKl. 10.00 Eventuelt",
     ["Velkommen", "Kompetanseplan", "Eventuelt"]),
    # the entry names who presents; the heading below is the title alone, and the detailed
    # section's heading is the item's title (the speaker is no part of it)
    ("- Velkommen v/ Kari\n- Kompetanseplan v/ Per\n- Eventuelt",
     ["Velkommen", "Kompetanseplan", "Eventuelt"]),
])
def test_agenda_entries_over_headings_without_their_times_or_presenters(agenda, titles):
    text = (f"Referat nettverksmøte\n\nDato: 12. mars 2025\n\nAgenda\n{agenda}\n\n"
            "Velkommen\nKari ønsket velkommen.\n\nKompetanseplan\nPer la fram planen.\n\n"
            "Eventuelt\nIngen saker.\n")
    record = parse_bytes(text.encode(), "nettverk.txt")
    assert [(i.title, i.text) for i in record.items] == list(zip(titles, [
        "Kari ønsket velkommen.", "Per la fram planen.", "Ingen saker."], strict=True))


def test_notes_after_an_agenda_entry_and_a_colon_are_its_text_without_the_title():
    # Teams / OneNote notes: "Agenda" bullets, then one line per point, "Point: notes"
    text = ("Referat nettverksmøte\n\nDato: 12. mars 2025\n\nAgenda\n- Velkommen\n"
            "- Status handlingsplan\n- Eventuelt\n\nVelkommen: Kari ønsket velkommen.\n"
            "Status handlingsplan: Tiltak 3 er forsinket. Nettverket sluttet seg til planen.\n"
            "Eventuelt: Ingen saker.\n")
    record = parse_bytes(text.encode(), "nettverk.txt")
    assert [(i.title, i.text) for i in record.items] == [
        ("Velkommen", "Kari ønsket velkommen."),
        ("Status handlingsplan", "Tiltak 3 er forsinket. Nettverket sluttet seg til planen."),
        ("Eventuelt", "Ingen saker.")]
    assert record.items[1].decisions == ["Nettverket sluttet seg til planen."]


SIGNED_MINUTES = """Referat fra møte i Kulturutvalget

Dato: 12.06.2025
Sted: Biblioteket

Til stede: Ola Nordmann, Per Dahl

Sak 1 Godkjenning
Godkjent.

{signature}
"""


@pytest.mark.parametrize(("signature", "name", "organization"), [
    ("Sekretær for møtet: Lise Strand", "Lise Strand", None),
    ("Referent for møtet: Lise Strand", "Lise Strand", None),
    ("Referent: Kari B. Holm", "Kari B. Holm", None),
    ("Referent: Ole J. Dahl, Nordby kommune", "Ole J. Dahl", "Nordby kommune"),
    # her job before whom she writes for, with or without "i"; a job alone names no one
    ("Referent: Tone Berg, daglig leder ROR", "Tone Berg", "ROR"),
    ("Referent: Tone Berg, rådgiver i ROR", "Tone Berg", "ROR"),
    ("Referent: Tone Berg, ROR", "Tone Berg", "ROR"),
    ("Referent: Tone Berg, daglig leder", "Tone Berg", None),
    ("Skrivar: Jan van den Broek", "Jan van den Broek", None),
    ("Referent: Kari Holm la fram referatet for godkjenning.", "Kari Holm", None)])
def test_the_writer_signed_under_the_minutes_is_the_secretary(signature, name, organization):
    text = SIGNED_MINUTES.format(signature=signature)
    last = parse_bytes(text.encode(), "signert.txt").participants[-1]
    assert (last.name, last.organization, last.role) == (name, organization, "secretary")


PRESENTED_ITEM = """Referat fra møte i Kulturutvalget

Dato: 12.06.2025
Sted: Biblioteket

Til stede: Ola Nordmann, Per Dahl

Sak 1 Kulturpris
{sentence}
Kari Holm sender innstillingen til formannskapet.
"""


@pytest.mark.parametrize(("sentence", "name", "organization"), [
    ("Siri Lund fra kulturkontoret orienterte om kandidatene.", "Siri Lund", "kulturkontoret"),
    ("Siri Lund fra Nordby kommune orienterte.", "Siri Lund", "Nordby kommune"),
    ("Kari B. Holm orienterte om saken.", "Kari B. Holm", None)])
def test_a_presenter_in_an_item_is_a_guest_but_one_sending_a_letter_is_not(
        sentence, name, organization):
    text = PRESENTED_ITEM.format(sentence=sentence)
    people = parse_bytes(text.encode(), "orientering.txt").participants
    assert [(p.name, p.organization, p.role) for p in people[2:]] == [
        (name, organization, "guest")]


def test_a_case_systems_register_of_where_a_case_was_handled_is_no_text():
    # "Utvalg | Utvalgssak | Møtedato" printed over each case, with a row for each body
    # that handled it (the working committee before the council): filing, not text
    text = ("Møteprotokoll\n\nUtvalg: Regionrådet\nMøtedato: 12.03.2024\n\n"
            "PS 5/24 Regional transportplan\n\n"
            "Utvalg\tUtvalgssak\tMøtedato\n"
            "Arbeidsutvalget\t3/24\t20.02.2024\n"
            "Regionrådet\t5/24\t12.03.2024\n\n"
            "Regionrådet slutter seg til planen.\n\n"
            "PS 6/24 Eventuelt\n\nIngen saker.\n")
    record = parse_bytes(text.encode(), "protokoll.txt")
    assert [(item.number, item.text) for item in record.items] == [
        ("5/24", "Regionrådet slutter seg til planen."), ("6/24", "Ingen saker.")]


@pytest.mark.parametrize(("lasted", "hours"), [
    ("Møtet varte fra 10 til ca. 14.30.", ("10:00", "14:30")),  # how long it lasted
    ("Møtet varte fra kl. 9.30 til kl. 12.", ("09:30", "12:00")),
    ("Møtet varte til kl. 15.", (None, "15:00")),  # the end alone
    ("Møtet varte 2 timer.", (None, None)),  # a length, no clock time
])
def test_the_hours_from_a_sentence_on_how_long_the_meeting_lasted(lasted, hours):
    text = ("Referat fra møte i Regionrådet\n\nDato: 12.03.2024\nSted: Rådhuset\n\n"
            f"Til stede: Ola Dahl, Kari Holm\n\nSak 1/24 Budsjett\nGodkjent.\n\n{lasted}\n")
    meeting = parse_bytes(text.encode(), "referat.txt").meeting
    assert (meeting.start, meeting.end) == hours


def test_a_joint_item_last_covers_both_cases_of_the_agenda_list():
    # "Sak 2/24 og 3/24" is the last section: 3/24 is handled in it, no truncated tail
    text = ("Protokoll fra møte i regionrådet\n\nDato: 3. april 2024\n\nSaksliste:\n"
            "Sak 1/24 Godkjenning av innkalling\nSak 2/24 Budsjett\nSak 3/24 Økonomiplan\n"
            "Sak 4/24 Eventuelt\n\nSak 1/24 Godkjenning av innkalling\nGodkjent.\n\n"
            "Sak 2/24 og 3/24 Budsjett og økonomiplan\nBudsjettet ble vedtatt.\n")
    record = parse_bytes(text.encode(), "protokoll.txt")
    assert [(i.number, i.title) for i in record.items] == [
        ("1/24", "Godkjenning av innkalling"), ("2/24 og 3/24", "Budsjett og økonomiplan"),
        ("4/24", "Eventuelt")]


@pytest.mark.parametrize("numbered", [True, False])
def test_a_decks_slide_numbers_on_their_own_lines_are_no_items(numbered):
    # "1" over "Agenda", "2" over "Bakgrunn": page numbers; the agenda slide lists the items
    slides = [("Agenda", "Bakgrunn\nProsess så langt\nVeien videre"),
              ("Bakgrunn", "Vedtak i regionrådet juni 2024\nFelles satsing på reiseliv"),
              ("Prosess så langt", "Fire arbeidsverksteder\nOver 200 innspill"),
              ("Veien videre", "Høringsutkast i mai\nEndelig vedtak i september"),
              ("Takk for oppmerksomheten", "kari.nordmann@vest.no")]
    text = "Regional næringsplan 2025–2028\nStatus og veien videre\nKari Nordmann\n\n" + \
        "\n\n".join((f"{n}\n" if numbered else "") + f"{title}\n{body}"
                    for n, (title, body) in enumerate(slides, 1)) + "\n"
    record = parse_bytes(text.encode(), "foiler.txt")
    assert record.kind == "presentation"
    assert [(item.number, item.title) for item in record.items] == \
        [(None, "Bakgrunn"), (None, "Prosess så langt"), (None, "Veien videre")]


@pytest.mark.parametrize(("hours", "start", "end"), [
    ("Start: 09.00\nSlutt: 11.30", "09:00", "11:30"),  # each label on its own line
    ("Møtestart: kl. 10\nMøteslutt: kl. 14", "10:00", "14:00"),  # whole hours after "kl."
    ("Møtet startet: 10.00\nMøtet slutt: 13.00", "10:00", "13:00"),
    ("Start: 10.03.2025", None, None),  # a day, no time
])
def test_start_and_end_labelled_on_lines_of_their_own(hours, start, end):
    text = ("Referat fra styremøte i Nordvik Vel\n\nDato: 4.3.2025\n" + hours +
            "\nSted: Grendehuset\n\nTil stede: Ola Nordmann (leder), Kari Holm\n\n"
            "Sak 1/25 Godkjenning av innkalling\nInnkallingen ble godkjent.\n")
    meeting = parse_bytes(text.encode(), "a.txt").meeting
    assert (meeting.date, meeting.start, meeting.end) == ("2025-03-04", start, end)


def _minutes_with_a_plan(date: str, closing: str) -> str:
    """Minutes whose item adopts next year's meeting plan, closing with ``closing``."""
    return ("Referat fra møte i regionrådet\n\nDato: " + date + "\n\n"
            "Til stede: Kari Holm, Per Berg\n\n"
            "Sak 21/24 Møteplan for 2025\n"
            "Følgende møteplan vedtas: 4. mars, 6. mai, 9. september og 2. desember.\n\n"
            "Sak 22/24 Eventuelt\nIngen saker.\n\n" + closing + "\n")


@pytest.mark.parametrize("said", ["Nytt møte avtales senere.", "Neste møte blir i uke 12.",
                                  "Neste møte: Ikke fastsatt", "Neste møte er ikkje fastsett.",
                                  "Nytt møte innkalles ved behov.",
                                  "Neste møte avtales via Doodle."])
def test_a_next_meeting_without_its_day_set_is_no_date_of_the_meeting_plan(said):
    # the text says the next meeting's day is open: the plan's first date is a guess
    text = _minutes_with_a_plan("12. desember 2024", said)
    meeting = parse_bytes(text.encode(), "rr.txt").next_meeting
    assert (meeting.date, meeting.start, meeting.location) == (None, None, None)


def test_a_plans_dates_are_in_the_year_the_plan_names():
    # adopted in November 2024, "Møteplan for 2025" lists 2025's meetings: not 2. desember 2024
    text = _minutes_with_a_plan("12. november 2024", "")
    assert parse_bytes(text.encode(), "rr.txt").next_meeting.date == "2025-03-04"


@pytest.mark.parametrize("said", ["Tid og sted for neste møte: 4. mars kl. 12, Sortland rådhus",
                                  "Dato for neste møte: 4. mars kl. 12, Sortland rådhus"])
def test_a_label_for_the_next_meetings_day_outranks_a_meeting_plan(said):
    text = _minutes_with_a_plan("12. november 2024", said.replace("4. mars", "15. januar"))
    meeting = parse_bytes(text.encode(), "rr.txt").next_meeting
    assert (meeting.date, meeting.start, meeting.location) == (
        "2025-01-15", "12:00", "Sortland rådhus")


def test_a_deadline_among_a_plans_lines_is_no_meeting_of_the_plan():
    text = ("Referat fra styremøte\n\nDato: 12. februar 2024\n\nTil stede: Kari Holm, Per Berg\n\n"
            "Sak 4/24 Møteplan for våren\n"
            "Styret møtes 10. april og 5. juni. Sekretæren sender innkalling innen 1. mars.\n"
            "Vedtak: Møteplanen vedtas.\n")
    assert parse_bytes(text.encode(), "styre.txt").next_meeting.date == "2024-04-10"


def test_the_first_meeting_of_a_plan_item_is_the_next_meeting():
    # (s65n) "Første møtet vert …" under "Møteplan 2025": the item plans the coming meetings,
    # so the first of them is the next one (as "Kommende møtedatoer" is, by the guide)
    text = ("Protokoll frå styremøte\n\nDato: 9. oktober 2024\n\n"
            "Til stades: Kari Holm, Per Berg\n\n"
            "Sak 12/24 Møteplan 2025\n"
            "Vedtak: Styret held fire møte i 2025. "
            "Første møtet vert 12. februar 2025 på Vinje.\n")
    meeting = parse_bytes(text.encode(), "styre.txt").next_meeting
    assert (meeting.date, meeting.location) == ("2025-02-12", "Vinje")


def test_a_first_meeting_outside_a_plan_is_no_next_meeting():
    # (s65n) a new period's first meeting in an item that plans no meetings: not called the
    # next one, so not read as it
    text = ("Protokoll frå styremøte\n\nDato: 9. oktober 2024\n\n"
            "Til stades: Kari Holm, Per Berg\n\n"
            "Sak 12/24 Ny periode\n"
            "Gruppa held fram i ny periode. Første møtet vert 12. februar 2025.\n")
    assert parse_bytes(text.encode(), "styre.txt").next_meeting.date is None


def test_the_place_labelled_under_the_next_meetings_day_on_a_line_of_its_own():
    meeting = _next_meeting("Neste møte\n4. mai 2024 kl. 10.00\nSted: Rådhuset")
    assert (meeting.date, meeting.start, meeting.location) == ("2024-05-04", "10:00", "Rådhuset")


def test_a_plan_over_two_years_leaves_its_dates_to_this_meetings_year():
    # "Møteplan 2025/2026" in December: 14. januar is January 2026, the next meeting
    text = ("Referat fra styremøte\n\nDato: 10. desember 2025\n\nTil stede: Kari Holm, Per Berg\n\n"
            "Sak 9/25 Møteplan 2025/2026\n"
            "Styret møtes 10. september, 5. november, 14. januar og 3. mars.\n")
    assert parse_bytes(text.encode(), "styre.txt").next_meeting.date == "2026-01-14"


@pytest.mark.parametrize(("title", "body_text", "closing", "expected"), [
    # another group's next meeting inside an item is no next meeting of the committee:
    # the closing line's is, and with none the record has none
    ("Referat fra møte i Næringsutvalget", "Neste møte i arbeidsgruppa: 4. mai.",
     "\nNeste møte: 10. juni kl. 10.00, Kommunestyresalen.\n",
     ("2025-06-10", "10:00", "Kommunestyresalen")),
    ("Referat fra møte i Næringsutvalget", "Neste møte i arbeidsgruppa: 4. mai.", "",
     (None, None, None)),
    # the body that met named after the words: its own next meeting
    ("Referat fra møte i Næringsutvalget", "Neste møte i utvalget: 4. mai.", "",
     ("2025-05-04", None, None)),
    # no body named: the group's meeting only when nothing else is called the next one
    ("Referat", "Neste møte i arbeidsgruppa: 4. mai.", "\nNeste møte: 10. juni.\n",
     ("2025-06-10", None, None)),
])
def test_the_next_meeting_of_a_group_named_after_the_words(title, body_text, closing, expected):
    text = (f"{title}\n\nDato: 3. april 2025\nSted: Kommunestyresalen\n\n"
            "Til stede: Hans Rud (leder), Siri Lund, Mona Bakke\nReferent: Jan Strøm\n\n"
            "Sak 1 Godkjenning av innkalling\nInnkallingen ble godkjent.\n\n"
            f"Sak 2 Reiseliv\nArbeidsgruppa har hatt to møter. {body_text}\n"
            f"Tatt til orientering.\n\nSak 3 Eventuelt\nIngen saker.\n{closing}")
    found = parse_bytes(text.encode(), "referat.txt").next_meeting
    assert (found.date, found.start, found.location) == expected


@pytest.mark.parametrize(("body_text", "expected"), [
    # another group as the subject, or in the meeting's noun: not the committee's meeting
    ("Arbeidsgruppa har neste møte 4. mai.", None),
    ("Styringsgruppa for reiselivsprosjektet har neste møte 4. mai.", None),
    ("Neste arbeidsgruppemøte er 4. mai.", None),
    # another group as the topic before a colon, as a bullet names it
    ("Arbeidsgruppa: neste møte er 4. mai.", None),
    ("Regionrådet: neste møte er 4. mai.", None),
    # the body that met, named either way: its own next meeting
    ("Utvalget har neste møte 4. mai.", "2025-05-04"),
    ("Utvalget: neste møte er 4. mai.", "2025-05-04"),
    ("Neste næringsutvalgsmøte er 4. mai.", "2025-05-04"),
    # nynorsk "utval" in the noun: the working committee's meeting, not the committee's
    ("Neste arbeidsutvalsmøte vert 4. mai.", None),
    # no group named: the next meeting as before
    ("Vi har neste møte 4. mai.", "2025-05-04"),
])
def test_the_next_meeting_of_a_group_named_before_the_words_or_in_its_noun(body_text,
                                                                          expected):
    text = ("Referat fra møte i Næringsutvalget\n\nDato: 3. april 2025\n\n"
            "Til stede: Hans Rud (leder), Siri Lund, Mona Bakke\n\n"
            "Sak 1 Godkjenning av innkalling\nInnkallingen ble godkjent.\n\n"
            f"Sak 2 Reiseliv\nArbeidsgruppa har hatt to møter. {body_text}\n"
            "Tatt til orientering.\n")
    assert parse_bytes(text.encode(), "referat.txt").next_meeting.date == expected


def test_a_meeting_plan_as_a_table_of_days_after_the_last_item():
    # "Dato | Tid | Sted" over several rows is a plan's table, each row a meeting (not a
    # header form "Dato: 9. april"): the rows stay the item's text, and the plan's first
    # day after this meeting is the next, as from a plan written as a list
    text = ("# Referat fra styremøte i Kystnettverket\n\n**Dato:** 5. februar 2025\n\n"
            "**Til stede:** Lise Berg (styreleder), Tor Aas\n\n"
            "## Sak 1/25 Eventuelt\n\nIngen saker.\n\nMøteplan 2025:\n\n"
            "| Dato | Tid | Sted |\n|---|---|---|\n| 9. april | 10.00 | Teams |\n"
            "| 11. juni | 09.00 | Bodø |\n")
    record = parse_bytes(text.encode(), "referat.md")
    assert record.items[0].text == ("Ingen saker.\nMøteplan 2025:\nDato Tid Sted\n"
                                    "9. april 10.00 Teams\n11. juni 09.00 Bodø")
    assert (record.next_meeting.date, record.next_meeting.location) == ("2025-04-09", "Teams")


@pytest.mark.parametrize("writer", ["Referent: Torbjørn Lekve\n", ""])
def test_groups_named_by_organisation_after_one_person_labels_are_no_chairs_or_writers(writer):
    text = ("Referat frå samarbeidsmøte\n\nDato: 19.01.2026\nMøteleiar: Ingvild Haugse\n"
            f"{writer}\nFrå Hardangerrådet: Ingvild Haugse, Torbjørn Lekve og Astrid Kvalnes\n"
            "Frå Vestland fylkeskommune: Ragnhild Øye, Kjetil Bergo\n\n"
            "1. Saklista\nSaklista vart godkjend.\n")
    people = parse_bytes(text.encode(), "samarbeid.txt").participants
    roles = {p.name: (p.organization, p.role) for p in people}
    assert roles["Ingvild Haugse"] == ("Hardangerrådet", ParticipantRole.CHAIR)
    assert roles["Astrid Kvalnes"] == ("Hardangerrådet", ParticipantRole.MEMBER)
    assert roles["Kjetil Bergo"] == ("Vestland fylkeskommune", ParticipantRole.MEMBER)
    assert roles["Torbjørn Lekve"][1] == (
        ParticipantRole.SECRETARY if writer else ParticipantRole.MEMBER)


@pytest.mark.parametrize("came", ["Varaordførar Anders Kvam møtte for henne.",
                                  "Anders Kvam møtte for ho.", "Vara Anders Kvam møtte for han."])
def test_a_deputy_who_came_for_the_member_named_before_by_a_pronoun(came):
    text = ("Referat frå møte i Sogn regionråd\n\nDato: 7.11.2025\n\nMøtande medlemer:\n"
            f"Terje Håland, Aurland\n\nForfall:\nIngebjørg Ness, Luster. {came}\n\n"
            "Sak 31/25 Sakliste\nVedtak: Sakliste vart godkjend.\n")
    people = parse_bytes(text.encode(), "regionrad.txt").participants
    assert [(p.name, p.attendance, p.note) for p in people[1:]] == [
        ("Ingebjørg Ness", "absent", None), ("Anders Kvam", "present", "for Ingebjørg Ness")]


@pytest.mark.parametrize("heading", ["Deltakarliste", "Deltakerliste", "Deltakere:"])
def test_a_participant_list_bound_after_the_last_item(heading):
    text = ("Oppsummering frå nettverkssamling\n\nDato: 12. mars 2026\nStad: Knarvik\n\n"
            "1. Kompetanseplan\nNettverket vart samde om å lage ein felles plan.\n\n"
            "2. Neste samling\nNeste samling vert 4. juni i Masfjorden.\n\n"
            f"{heading}\nKarin Sætre, Alver kulturskule (leiar av nettverket)\n"
            "Håvard Helland, Austrheim kulturskule\nRuth Eikeland, Modalen kommune (referent)\n")
    record = parse_bytes(text.encode(), "samling.txt")
    assert [(p.name, p.organization, p.role) for p in record.participants] == [
        ("Karin Sætre", "Alver kulturskule", ParticipantRole.CHAIR),
        ("Håvard Helland", "Austrheim kulturskule", ParticipantRole.MEMBER),
        ("Ruth Eikeland", "Modalen kommune", ParticipantRole.SECRETARY)]
    assert record.items[-1].text == "Neste samling vert 4. juni i Masfjorden."


def test_a_closing_heading_over_sentences_stays_in_the_last_item():
    text = ("Referat\n\nDato: 12. mars 2026\n\nTil stede: Kari Holm, Per Dahl\n\n"
            "1. Budsjett\nBudsjettet ble vedtatt.\n\n2. Eventuelt\nIngen saker.\n\n"
            "Deltakere:\nAlle deltakerne fikk kursbevis.\nKursene fortsetter i mai.\n")
    record = parse_bytes(text.encode(), "referat.txt")
    assert [p.name for p in record.participants] == ["Kari Holm", "Per Dahl"]
    assert "kursbevis" in record.items[-1].text


def test_an_english_next_meeting_line_gives_the_next_meeting():
    text = ("Minutes – Steering Group meeting\n\nDate: 24 April 2025\n\nPresent: Lars Dahl, "
            "Anna Berg\n\n1. Any other business\nNone.\n\n"
            "Next meeting: 12 June 2025 at 13:00 on Teams.\n")
    upcoming = parse_bytes(text.encode(), "minutes.txt").next_meeting
    assert (upcoming.date, upcoming.start) == ("2025-06-12", "13:00")


@pytest.mark.parametrize("sentence", [
    "Leiar Torbjørn Nesheim opna møtet og ønskte velkomen.",  # nynorsk "velkomen"
    "Leder Torbjørn Nesheim åpnet møtet og ønsket velkommen.",
    "Leiar Torbjørn Nesheim ønskte alle velkomen.",
])
def test_the_leader_who_opened_and_welcomed_chaired(sentence):
    text = (f"Protokoll frå årsmøte i Nesheim grendalag\n\nDato: 7. mars 2025\n\n{sentence} "
            "18 medlemer møtte.\n\nSak 1 Godkjenning av innkalling\nInnkallinga vart godkjend.\n")
    record = parse_bytes(text.encode(), "arsmote.txt")
    assert [(p.name, p.role) for p in record.participants] == [
        ("Torbjørn Nesheim", ParticipantRole.CHAIR)]


@pytest.mark.parametrize("sentence", [
    "Kasserar Ole Kristian Hauge gjekk gjennom rekneskapen.",
    "Kari Holm gikk gjennom regnskapet.", "Kari Holm la fram budsjettet.",
])
def test_who_took_the_meeting_through_a_paper_presented_it(sentence):
    text = ("Referat\n\nDato: 7. mars 2025\n\nTil stede: Per Dahl, Eva Lie\n\n"
            f"Sak 1 Rekneskap\n{sentence} Rekneskapen vart godkjend.\n")
    record = parse_bytes(text.encode(), "referat.txt")
    assert [p.name for p in record.participants][2:] in (["Ole Kristian Hauge"], ["Kari Holm"])
    assert record.participants[2].role == ParticipantRole.GUEST


def test_a_vedtak_column_beside_a_column_of_what_was_said_holds_decisions():
    """"Sak | Tema | Drøfting | Vedtak": what was said has its own column, so each sentence of
    the "Vedtak" cell is decided ("Dugnaden holdes lørdag 9. mai."); a cell that records
    nothing decides nothing. (Without a "Drøfting" column only the tasks and outcome
    sentences of a "Vedtak" cell are, as its text may tell what was said.)"""
    text = ("# Referat fra arbeidsgruppa\n\nDato: 20.02.2026\n\nTil stede: Kari Holm, Ola Dahl\n\n"
            "| Sak | Tema | Drøfting | Vedtak |\n|---|---|---|---|\n"
            "| 1 | Dugnad | Gruppa diskuterte datoen. | Dugnaden holdes lørdag 9. mai. |\n"
            "| 2 | Referat | Ingen innspill. | Ingen merknader til referatet. |\n"
            "| 3 | Skilt | Ola viste kart. | Ingen konklusjon. |\n"
            "| 4 | Eventuelt | Ola spurte om skilt. | Ingen saker. |\n")
    items = parse_bytes(text.encode(), "r.md").items
    assert [(i.title, i.decisions) for i in items] == [
        ("Dugnad", ["Dugnaden holdes lørdag 9. mai."]),
        ("Referat", ["Ingen merknader til referatet."]), ("Skilt", []), ("Eventuelt", [])]


def test_a_summons_names_no_invitees_in_english_or_norwegian():
    # "Deltakere:" / "Participants:" in a summons list who is asked to come, not who came
    for head, label in (("Agenda – møte i styringsgruppen", "Deltakere"),
                        ("Agenda – Steering group meeting", "Participants")):
        text = (f"{head}\n\nDato: 20. mai 2025 kl. 09.00\nSted: Teams\n\n"
                f"{label}: Kari Holm, Per Berg, Liv Dahl\n\n"
                "1. Godkjenning av innkalling\n2. Status\n3. Eventuelt\n")
        record = parse_bytes(text.encode(), "agenda.txt")
        assert record.kind == "agenda" and record.participants == []


def test_people_from_the_company_and_the_owner_municipalities():
    text = ("Referat fra møte i eierforum for Fjordvann IKS\n\nDato: 3. april 2025\n\n"
            "Til stede:\nFra eierkommunene: Kari Holm, Per Berg\n"
            "Fra selskapet: daglig leder Liv Dahl\n\nSak 1 Årsmelding\nTatt til orientering.\n")
    people = {p.name: p for p in parse_bytes(text.encode(), "ref.txt").participants}
    assert people["Kari Holm"].role == ParticipantRole.MEMBER
    assert people["Per Berg"].role == ParticipantRole.MEMBER
    assert people["Liv Dahl"].organization == "selskapet"
    assert people["Liv Dahl"].role == ParticipantRole.GUEST


def test_who_a_nynorsk_proposal_was_laid_before_the_meeting_by_took_part():
    text = ("Protokoll frå årsmøtet i Heggvik sogelag\n\nTid: 15. mars 2025\n\n"
            "Sak 4. Val\nValnemnda si innstilling vart lagd fram av Marta Sande.\n"
            "Vedtak: Knut Tveit vart vald.\n")
    people = parse_bytes(text.encode(), "p.txt").participants
    assert [(p.name, p.role) for p in people] == [("Marta Sande", ParticipantRole.GUEST)]


def test_who_was_elected_under_a_valg_av_sub_heading():
    text = ("Protokoll fra årsmøte i Nordby IL\n\nDato: 23. april 2025\n\n"
            "1. Konstituering\na) Valg av møteleder\nBente Kolstad ble valgt.\n"
            "b) Valg av protokollfører\nHege Mathisen ble valgt.\n")
    people = [(p.name, p.role) for p in parse_bytes(text.encode(), "p.txt").participants]
    assert people == [("Bente Kolstad", ParticipantRole.CHAIR),
                      ("Hege Mathisen", ParticipantRole.SECRETARY)]


def test_the_writers_dated_signature_under_a_meeting_plan_item_is_no_next_meeting():
    text = ("Referat fra møte i arbeidsutvalget\n\nDato: 20. februar 2025\n"
            "Til stede: Maria Haugen, Kjell Rønning\n\nSak 5/25 Møteplan våren 2025\n"
            "Møteplanen ble vedtatt.\n\nKjell Rønning, referent, 21. februar 2025\n")
    record = parse_bytes(text.encode(), "a.txt")
    assert record.next_meeting.date is None  # the day the minutes were written
    assert record.document_date == "2025-02-21"


def test_a_year_wrapped_onto_the_next_line_keeps_the_next_meetings_hour():
    found = _next_meeting("Neste møte: 3. september\n2024 kl. 10.00.")
    assert (found.date, found.start) == ("2024-09-03", "10:00")


def test_next_meeting_place_after_a_bracketed_weekday_and_a_lower_case_building() -> None:
    # "6. mai (onsdag) kl. 10–12 på Sørvik sjukeheim": the weekday in brackets is the
    # day's, and a named care home, library or hall is the whole place
    text = ("Referat fra møte i Styret\nDato: 4. mars 2026\n\nSak 1 Velkommen\nIngen.\n\n"
            "Neste møte: 6. mai (onsdag) kl. 10–12 på Sørvik sjukeheim\n")
    record = parse_bytes(text.encode(), "n.txt")
    assert (record.next_meeting.date, record.next_meeting.start,
            record.next_meeting.location) == ("2026-05-06", "10:00", "Sørvik sjukeheim")


@pytest.mark.parametrize(("line", "location"), [
    # a room, a street and a postcode after the hours, set off by a comma: as written
    ("Neste møte: 5. juni kl. 12.00, Møterom 2, Sørvik rådhus", "Møterom 2, Sørvik rådhus"),
    ("Neste møte: 5. juni kl. 12.00, Storgata 1, 9100 Sørvik", "Storgata 1, 9100 Sørvik"),
    ("Neste møte: 5.6. kl. 12.00 i Fjellvegen 3, Sørvik", "Fjellvegen 3, Sørvik"),
    ("Neste møte: 5. juni kl. 10–12, Sørvik rådhus (Formannskapssalen)",
     "Sørvik rådhus (Formannskapssalen)"),
    # a business park before the town, the day after its weekday
    ("Neste møte: Tirsdag 5. juni kl. 12.30, Sørvik næringshage, Nordby.",
     "Sørvik næringshage, Nordby"),
    # a building after a dash; a topic after it is no place
    ("Neste møte: 5. juni kl. 12.00 – Sørvik rådhus", "Sørvik rådhus"),
    ("Neste møte: 5. juni kl. 12.00 – Budsjett", None),
    # names or a sentence after the comma are no place
    ("Neste møte: 5. juni kl. 12, Per Berg og Kari Holm", None),
    ("Neste møte: 5. juni kl. 12.00, Sak 12/26 behandles", None),
])
def test_next_meeting_address_after_the_hours(line: str, location: str | None) -> None:
    text = ("Referat fra møte i Styret\nDato: 4. mars 2026\nSted: Teams\n\n"
            f"Sak 1/26 Velkommen\nIngen.\n\n{line}\n")
    assert parse_bytes(text.encode(), "n.txt").next_meeting.location == location


@pytest.mark.parametrize("line", [
    "Skrevet 6.3.2026 av Kari Holm",
    "Referat skrevet 6. mars 2026 av Kari Holm",
    "Referatet er skrive 06.03.26 av Kari Holm.",
])
def test_writer_after_the_day_written(line: str) -> None:
    # the day the minutes were written before who wrote them: she is the secretary, and
    # the line is no text of the last item
    text = ("Referat fra møte i Styret\nDato: 4. mars 2026\nSted: Teams\n\n"
            f"Til stede: Berit Lund, Tor Moe\n\nSak 1/26 Velkommen\nIngen.\n\n{line}\n")
    record = parse_bytes(text.encode(), "n.txt")
    assert [(p.name, p.role) for p in record.participants][-1] == ("Kari Holm", "secretary")
    assert record.items[-1].text == "Ingen."


@pytest.mark.parametrize(("after", "day"), [
    # an empty "Neste møte:" over the place and date the minutes were signed: no day
    ("Neste møte:\n\nSørvik, 5. mars 2026\nKari Holm", None),
    # a deadline's day in the next meeting's lines is no meeting's day
    ("Sak 2/26 Neste møte\nDato for neste møte settes senere. Leder sender ut forslag "
     "innen 15. mars.", None),
    ("Neste møte: 6. mai. Frist for saker er 22. april.", "2026-05-06"),
    ("Neste møte:\n6. mai kl. 10", "2026-05-06"),
    # the writer's signature with its day under the next meeting's words: no meeting's day
    ("Neste møte: Blir avtalt på e-post\nReferent: Kari Holm 6.3.2026", None),
    ("Neste møte: Blir avtalt på e-post\nKari Holm, 6.3.2026", None),
    ("Neste møte: TBA\n6.3.2026 Kari Holm (ref.)", None),
    ("Neste møte blir onsdag\n6. mai hos Kari Holm", "2026-05-06"),
])
def test_next_meeting_is_no_signing_day_nor_deadline(after: str, day: str | None) -> None:
    text = ("Referat fra møte i Styret\nDato: 4. mars 2026\nSted: Teams\n\n"
            f"Til stede: Berit Lund, Tor Moe\n\nSak 1/26 Velkommen\nIngen.\n\n{after}\n")
    assert parse_bytes(text.encode(), "n.txt").next_meeting.date == day


@pytest.mark.parametrize("line", [
    "Ref. 6.3.26 Kari Holm",  # the day before the writer's name
    "Referat: Kari Holm 6.3.2026",  # "Referat:" over the minutes' end names their writer
    "Referent: 6.3.2026, Kari Holm",
])
def test_writer_signed_with_the_day_dates_the_minutes(line: str) -> None:
    text = ("Referat fra møte i Kystnettverket\nMøtedato: 4. mars 2026\nSted: Teams\n\n"
            f"Til stede: Ola Berg (leder), Kari Holm, Per Moen\n\nSak 1 Velkommen\nIngen.\n\n"
            f"{line}\n")
    record = parse_bytes(text.encode(), "w.txt")
    assert record.document_date == "2026-03-06"
    assert ("Kari Holm", "secretary") in [(p.name, p.role) for p in record.participants]
    assert record.items[-1].text == "Ingen."
    assert record.next_meeting.date is None


def test_referat_label_in_the_head_names_no_writer() -> None:
    text = ("Referat: Styremøte Vestby Vel\nDato: 4. mars 2026\n\nTil stede: Ola Berg, "
            "Kari Holm\n\nSak 1 Velkommen\nIngen.\n")
    record = parse_bytes(text.encode(), "w.txt")
    assert all(p.role != "secretary" for p in record.participants)


@pytest.mark.parametrize(("line", "place"), [
    # a hybrid meeting is a way of meeting, as "Digitalt møte" is: where, as written
    ("Neste møte: Hybridmøte 5. juni", "Hybridmøte"),
    ("Neste møte 5. juni, hybrid", "hybrid"),
    # the places in brackets after the channel: the whole list, not "Teams" alone
    ("Neste møte 5. juni, hybrid (Rådhuset og Teams)", "hybrid (Rådhuset og Teams)"),
])
def test_next_meeting_held_hybrid(line: str, place: str) -> None:
    text = ("Referat fra møte i Styret\nDato: 4. mars 2026\nSted: Teams\n\n"
            f"Til stede: Berit Lund, Tor Moe\n\nSak 1/26 Velkommen\nIngen.\n\n{line}\n")
    next_meeting = parse_bytes(text.encode(), "h.txt").next_meeting
    assert (next_meeting.date, next_meeting.location) == ("2026-06-05", place)


@pytest.mark.parametrize(("after", "day"), [
    # an unset next meeting right over the signing place and day and the name under it,
    # no blank line between: the day the minutes were signed, no meeting's
    ("Neste møte\nSørvik, 5. mars 2026\nKari Holm", None),
    ("Neste møte:\nSørvik, 5. mars 2026\nKari Holm, referent", None),
    # a place and a day with more than a name under them is the next meeting
    ("Neste møte\nTromsø, 12. juni 2026\nSaker meldes til leder.", "2026-06-12"),
])
def test_next_meeting_over_signing_line_without_gap(after: str, day: str | None) -> None:
    text = ("Referat fra møte i Styret\nDato: 4. mars 2026\nSted: Teams\n\n"
            f"Til stede: Berit Lund, Tor Moe\n\nSak 1/26 Velkommen\nIngen.\n\n{after}\n")
    assert parse_bytes(text.encode(), "n.txt").next_meeting.date == day


@pytest.mark.parametrize(("after", "dated"), [
    # a place and a day under "Neste møte" is the next meeting's, not the minutes' own date
    ("Neste møte\nTromsø, 12. juni 2026", None),
    ("3. Neste møte\nTromsø, 12. juni 2026\n\nKari Holm\nleder", None),
    # the signing line under it is still the minutes' own date
    ("Neste møte\nTromsø, 12. juni 2026\n\nTromsø, 5. mars 2026\nKari Holm", "2026-03-05"),
    # right over the signing name, no blank line: where and when they were signed
    ("Neste møte\nSørvik, 5. mars 2026\nKari Holm, referent", "2026-03-05"),
])
def test_place_and_day_under_next_meeting_is_no_document_date(after: str,
                                                             dated: str | None) -> None:
    text = ("Referat fra møte i Styret\nDato: 4. mars 2026\nSted: Rådhuset\n\n"
            f"Til stede: Berit Lund, Tor Moe\n\nSak 1/26 Velkommen\nIngen.\n\n{after}\n")
    assert parse_bytes(text.encode(), "d.txt").document_date == dated


@pytest.mark.parametrize(("line", "place"), [
    ("Neste møte: Teams 5. juni", "Teams"),
    ("Neste møte: Zoom torsdag 5. juni kl. 10", "Zoom"),
    ("Neste møte: Torsdag 5. juni", None),  # a weekday is no place
    ("Neste møte: 5.06/18.00–20.00, Rådhuset", "Rådhuset"),  # the hour after a slash
])
def test_next_meeting_channel_before_its_day(line: str, place: str | None) -> None:
    text = ("Referat fra møte i Styret\nDato: 4. mars 2026\nSted: Rådhuset\n\n"
            f"Til stede: Berit Lund, Tor Moe\n\nSak 1/26 Velkommen\nIngen.\n\n{line}\n")
    next_meeting = parse_bytes(text.encode(), "t.txt").next_meeting
    assert (next_meeting.date, next_meeting.location) == ("2026-06-05", place)


@pytest.mark.parametrize("line", [
    "Til møteleder og referent ble valgt: Kari Holm og Per Dahl",
    "Til møteleder og referent ble valgt: Kari Holm Per Dahl",
    "Valgt til møteleder og referent: Kari Holm, Per Dahl.",
    "Møteleder og referent: Kari Holm Per Dahl",
])
def test_two_seats_elected_go_to_two_people_in_turn(line: str) -> None:
    """Two seats, then two names (also parted by a space alone): the first name to the
    first seat, not one person "Kari Holm Per Dahl" nor both names to the second seat."""
    text = ("Protokoll fra årsmøte i Lia skytterlag 12.03.2026\n\nTil stede: 14 medlemmer\n\n"
            f"Sak 1 Konstituering\n{line}\n\nSak 2 Regnskap\nRegnskapet ble godkjent.\n")
    people = parse_bytes(text.encode(), "v.txt").participants
    assert [(p.name, p.role) for p in people] == [("Kari Holm", "chair"),
                                                  ("Per Dahl", "secretary")]


@pytest.mark.parametrize(("title", "sentence", "role"), [
    ("Protokoll fra årsmøte i Nordby idrettslag", "Kasserer Tor Nilsen la fram regnskapet.",
     ParticipantRole.MEMBER),
    ("Protokoll frå årsmøtet i Fjellbygda sogelag", "Kasserar Helga Mo la fram rekneskapen.",
     ParticipantRole.MEMBER),
    ("Protokoll fra generalforsamling i Lia borettslag",
     "Nestleder Eva Lie gikk gjennom regnskapet.", ParticipantRole.MEMBER),
    # a board's minutes: a treasurer no list names may come from elsewhere
    ("Referat fra styremøte i Nordby idrettslag", "Kasserer Tor Nilsen la fram regnskapet.",
     ParticipantRole.GUEST),
    # no office: a presenter is a guest, also at the annual meeting
    ("Protokoll fra årsmøte i Nordby idrettslag", "Rådgiver Tor Nilsen la fram regnskapet.",
     ParticipantRole.GUEST),
])
def test_an_officer_presenting_at_a_members_meeting_is_a_member(title, sentence, role):
    text = (f"{title}\n\nDato: 7. mars 2026\n\n23 stemmeberettigede medlemmer møtte.\n\n"
            f"Sak 1 Regnskap\n{sentence} Regnskapet ble godkjent.\n\n"
            "Sak 2 Valg\nValgkomiteens innstilling ble vedtatt.\n")
    record = parse_bytes(text.encode(), "protokoll.txt")
    assert [(p.name, p.role) for p in record.participants][-1][1] == role


_DECK_CLOSING = ("Nettverk for barnevernledere i Agder\nKristiansand, 4. mars 2026\n\n"
                 "Agenda\nVelkommen\nNytt fra Bufetat\nVeien videre\n\n"
                 "Nytt fra Bufetat\nKari Lund, Bufetat region sør\nNye krav til tiltaksplaner\n\n"
                 "Veien videre\nSekretariatet sender ut presentasjonen innen 11. mars\n\n"
                 "{next}\n\nTakk for i dag!\n")


@pytest.mark.parametrize(("block", "place"), [
    ("Neste samling\n3. juni 2026\nMo i Rana", "Mo i Rana"),
    ("Neste samling: 3. juni 2026\nHamar rådhus", "Hamar rådhus"),
    ("Neste samling\n3. juni 2026\nTeams", "Teams"),
    # a person under the day, a sentence's end, or a line set apart: no place
    ("Neste samling\n3. juni 2026\nKari Lund", None),
    ("Neste samling blir 3. juni 2026.\nMo i Rana", None),
    ("Neste samling\n3. juni 2026\n\nMo i Rana", None),
])
def test_the_place_alone_under_the_next_meetings_day(block: str, place: str | None) -> None:
    """A slide "Neste samling" / "3. juni 2026" / "Mo i Rana" sets the day and the place on
    lines of their own: the line right under the day, a place alone, is where it is held."""
    record = parse_bytes(_DECK_CLOSING.format(next=block).encode(), "deck.txt")
    assert (record.next_meeting.date, record.next_meeting.location) == ("2026-06-03", place)


def test_the_place_under_the_next_meetings_day_and_hours() -> None:
    """"Neste møte" / "4. juni 2026 kl. 10.00" / "Teams": the hours after the day do not
    hide the place on the line under them."""
    record = parse_bytes(_DECK_CLOSING.format(
        next="Neste møte\n4. juni 2026 kl. 10.00\nTeams").encode(), "deck.txt")
    assert (record.next_meeting.date, record.next_meeting.start,
            record.next_meeting.location) == ("2026-06-04", "10:00", "Teams")


@pytest.mark.parametrize("sentence", [
    "Jonas Myhre fortalte om arbeidet med frisklivssentralen.",
    "Jonas Myhre viste fram de nye tallene fra ungdataundersøkelsen.",
    "Jonas Myhre viste kart over turstiane.",
    "Jonas Myhre fortalde om prosjektet i Stange.",
    "Jonas Myhre redegjorde for saken.",
])
def test_one_who_told_or_showed_in_an_item_took_part(sentence: str) -> None:
    """"X fortalte om …", "X viste (fram) …", nynorsk "fortalde": the speaker was at the
    meeting, as "X orienterte om …" says (the verbs that tell minutes from a summons)."""
    text = ("Referat fra møte i Folkehelsenettverket Innlandet\n\nDato: 12. mars 2026\n\n"
            "Til stede: Kari Lunde (leder), Per Olsen\n\nSak 1/26 Status i kommunene\n"
            f"{sentence}\nVedtak: Tatt til orientering.\n")
    people = {p.name: p.role for p in parse_bytes(text.encode(), "nett.txt").participants}
    assert people.get("Jonas Myhre") == "guest"


def test_bulleted_points_after_the_attendance_end_a_head_without_item_headings():
    text = ("Oppstartsmøte for forprosjekt Bygdeminner\n14. januar 2026\n\nTilstede:\n"
            "Solveig, Arnfinn og Gudrun\n\n  • Økonomi: 60.000 i tilskudd.\n"
            "  • Arbeidsgruppe: Gudrun, Tore og Nils.\n"
            "  • Styringsgruppe: Solveig, Arnfinn og Helga\n")
    record = parse_bytes(text.encode(), "notat.txt")
    assert [p.name for p in record.participants] == ["Solveig", "Arnfinn", "Gudrun"]


@pytest.mark.parametrize("heading", ["De neste regionrådsmøtene:", "Dei neste møta:"])
def test_the_next_meetings_listed_under_a_plural_heading_give_the_soonest(heading):
    # a regional council lists its coming meetings, each a day then its place
    meeting = _next_meeting(f"{heading}\n8. mai: Storvik\n17. april: Lyngvær, ordinært møte")
    assert meeting.date == "2024-04-17"


@pytest.mark.parametrize("sentence", [
    "Møtet vart leia av regionrådets nestleiar, ordførar Marit Sande.",
    "Møtet ble ledet av regionrådets nestleder, ordfører Marit Sande.",
    "Møtet ble ledet av nestleder Marit Sande.",
])
def test_a_sentence_in_an_item_naming_the_chair_by_seat_and_title(sentence):
    text = ("Protokoll frå møte i Vestdalen regionråd\n\nDato: 5. februar 2026\n\n"
            "Til stades: Oddvar Helle, Lundvik, Marit Sande, Brekkedal\n\n"
            f"Sak 01/26 Opning av møtet\n{sentence} Leiaren kom seinare.\n"
            "Vedtak: Sakslista vart godkjend.\n")
    people = parse_bytes(text.encode(), "regionrad.txt").participants
    assert [(p.name, p.organization, p.role) for p in people] == [
        ("Oddvar Helle", "Lundvik", ParticipantRole.MEMBER),
        ("Marit Sande", "Brekkedal", ParticipantRole.CHAIR)]


@pytest.mark.parametrize(("plan", "place"), [
    ("27. april: Lyngvær\n15. juni: Bakkeby\n", "Lyngvær"),
    ("27. april – Rådhuset i Lyngvær,\n15. juni – Bakkeby\n", "Rådhuset i Lyngvær"),
    ("27. april: Eva Dahl ordner\n15. juni: Bakkeby\n", None),  # a person, no place
    # the hours between the day and the colon
    ("27. april kl. 10: Lyngvær\n15. juni kl. 09: Bakkeby\n", "Lyngvær"),
    ("27. april kl. 09.00-12.00 – Rådhuset i Lyngvær\n15. juni – Bakkeby\n",
     "Rådhuset i Lyngvær"),
])
def test_a_list_of_coming_meetings_gives_the_next_one_s_place_after_its_day(plan, place):
    text = ("Referat fra møte i Sørdal regionråd\n\nDato: 3. mars 2026\n\n"
            "Til stede: Harald Vik, Siri Moen\n\nSak 5/26 Regional plan\n"
            f"Vedtak: Planen sendes på høring.\n\nSak 6/26 Møteplan\nDe neste møtene:\n{plan}")
    upcoming = parse_bytes(text.encode(), "regionrad.txt").next_meeting
    assert (upcoming.date, upcoming.location) == ("2026-04-27", place)


def _council_with_pairs(pairs: str) -> str:
    """Minutes of a council whose attendance lists municipalities and their pairs."""
    return ("Referat fra møte i Regionrådet for Fjellbygda\n\nDato: 12.03.2025\n\n"
            f"Til stede:\n{pairs}\n\nReferent: Per Moe\n\n"
            "Sak 1/25 Godkjenning av innkalling\nInnkallingen ble godkjent.\n")


def test_lines_of_surname_pairs_under_municipalities_are_two_people_each():
    # "Granstad: Bekkelund/Sæther": the mayor and the chief executive, by surname
    text = _council_with_pairs("Granstad: Bekkelund/Sæther\nNordvik: Aune/Holm")
    people = parse_bytes(text.encode(), "referat.txt").participants
    assert [(p.name, p.organization) for p in people] == [
        ("Bekkelund", "Granstad"), ("Sæther", "Granstad"), ("Aune", "Nordvik"),
        ("Holm", "Nordvik"), ("Per Moe", None)]


def test_a_role_in_brackets_in_a_surname_pair_is_the_one_it_follows():
    # "Bekkelund (leder)/Sæther": Bekkelund chairs, Sæther is there; "(forfall)" is away
    text = _council_with_pairs("Granstad: Bekkelund (leder)/Sæther\n"
                               "Nordvik: Aune (forfall)/Hovdenak (referent)")
    people = parse_bytes(text.encode(), "referat.txt").participants
    assert [(p.name, p.organization, p.role, p.attendance) for p in people][:4] == [
        ("Bekkelund", "Granstad", "chair", "present"),
        ("Sæther", "Granstad", "member", "present"),
        ("Aune", "Nordvik", "member", "absent"),
        ("Hovdenak", "Nordvik", "secretary", "present")]


@pytest.mark.parametrize("pairs", [
    "Granstad: Bekkelund/Sæther",  # one line alone may be anything
    "Granstad: Ordfører/Rådmann\nNordvik: Ordfører/Rådmann",  # seats, not people
])
def test_surname_pairs_need_several_lines_of_surnames(pairs):
    text = _council_with_pairs(pairs)
    people = parse_bytes(text.encode(), "referat.txt").participants
    assert [p.name for p in people] == ["Per Moe"]


@pytest.mark.parametrize(("title", "said", "expected"), [
    # the working committee's minutes: its own meeting by its short name, either way
    ("Protokoll frå møte i arbeidsutvalet", "Neste AU-møte blir 9. april.", "2026-04-09"),
    ("Protokoll frå møte i arbeidsutvalet", "Neste møte i AU: 9. april.", "2026-04-09"),
    # … but the board's meeting is another body's
    ("Protokoll frå møte i arbeidsutvalet", "Styret har neste møte 2. april.", None),
    ("Protokoll frå møte i arbeidsutvalet", "Neste styremøte blir 2. april.", None),
    # the board's minutes: its own "styremøte", not the committee's "AU-møte"
    ("Referat frå styremøte i Vikum IKS", "Neste styremøte blir 2. april.", "2026-04-02"),
    ("Referat frå styremøte i Vikum IKS", "Neste AU-møte blir 9. april.", None),
    ("Referat frå styremøte i Vikum IKS", "Neste møte i AU: 9. april.", None),
    # the cooperation committee's minutes: "samarbeidsutval" holds the letters of
    # "arbeidsutval", but the working committee is another body
    ("Referat fra møte i samarbeidsutvalget", "Neste AU-møte blir 9. april.", None),
    ("Protokoll frå møte i samarbeidsutvalet", "Neste AU-møte blir 9. april.", None),
    ("Referat fra møte i regionrådets arbeidsutvalg", "Neste AU-møte blir 9. april.",
     "2026-04-09"),
    # a regional council calls its own meetings "styremøte" as well
    ("Referat frå møte i Vestdal regionråd", "Neste styremøte blir 2. april.", "2026-04-02"),
])
def test_the_next_meeting_of_the_working_committee_or_the_board_by_its_short_name(
        title, said, expected):
    text = (f"{title}\n\nDato: 14. mars 2026\n\nTil stades: Ola Nesje, Kari Bøe\n\n"
            f"Sak 10/26 Eventuelt\nIngen saker.\n\n{said}\n")
    assert parse_bytes(text.encode(), "referat.txt").next_meeting.date == expected


@pytest.mark.parametrize(("title", "said", "expected"), [
    # another body's initials: the cooperation committee's or the steering group's meeting
    ("Protokoll frå møte i arbeidsutvalet", "Neste SU-møte blir 9. april.", None),
    ("Referat fra møte i arbeidsutvalget", "Neste KU-møte er 9. april.", None),
    ("Referat fra styremøte i Vikum IKS", "Neste SG-møte blir 9. april.", None),
    # … the body's own initials, from its name or written in it
    ("Referat fra møte i samarbeidsutvalget", "Neste SU-møte blir 9. april.", "2026-04-09"),
    ("Referat fra møte i styringsgruppa", "Neste SG-møte blir 9. april.", "2026-04-09"),
    ("Referat fra møte i Regionalt samarbeidsutvalg (RSU)", "Neste RSU-møte blir 9. april.",
     "2026-04-09"),
    # a channel before "-møte" names no body
    ("Referat fra møte i arbeidsutvalget", "Neste Teams-møte blir 9. april.", "2026-04-09"),
])
def test_the_next_meeting_named_by_other_initials_is_that_bodys(title, said, expected):
    text = (f"{title}\n\nDato: 14. mars 2026\n\nTil stede: Ola Nesje, Kari Bøe\n\n"
            f"Sak 10/26 Eventuelt\nIngen saker.\n\n{said}\n")
    assert parse_bytes(text.encode(), "referat.txt").next_meeting.date == expected


def test_a_summary_s_follow_up_heading_ends_the_attendance_of_minutes_without_items():
    # "Oppfølging" over "- Ida Vereide legg fram saka …": her task, no note that she was
    # there for one case only; nor is the heading anyone's organisation
    text = ("Referat frå møtet i ungdomsrådet\n\nDato: 6. mars 2024\n\n"
            "Desse møtte\n- Ida Vereide (leiar)\n- Mathias Grov\n\n"
            "Oppfølging:\n- Ida Vereide legg fram saka om buss.\n")
    record = parse_bytes(text.encode(), "referat.txt")
    assert [(p.name, p.organization, p.attendance, p.note) for p in record.participants] == [
        ("Ida Vereide", None, "present", None), ("Mathias Grov", None, "present", None)]


def test_a_summary_mail_s_labels_are_no_items():
    # "Kort oppsummert:" / "Til oppfølging:" over dash bullets: the text is one item
    text = ("Emne: Oppsummering frå møtet i kulturnettverket\n\nHei alle saman!\n\n"
            "Til stades: Jorunn Stavik (leiar) og Trond Sagen.\n\nKort oppsummert:\n"
            "– Kulturnettverket går inn for ein felles kulturkalender.\n\nTil oppfølging:\n"
            "– Trond Sagen tek kontakt med kommunen om lokale.\n")
    items = parse_bytes(text.encode(), "epost.txt").items
    assert [(i.number, i.title) for i in items] == [(None, None)]


def test_a_table_row_s_note_does_not_run_the_name_into_the_next_cell():
    # "Ragnhild Sæle | Masfjorden | gjekk etter sak 3": the name ends at the cell's edge
    text = ("<h1>Møtereferat</h1><p>Dato: 23. januar 2024</p><h2>Desse møtte</h2><table>"
            "<tr><th>Namn</th><th>Kommune</th><th>Merknad</th></tr>"
            "<tr><td>Eli Hopland</td><td>Alver</td><td></td></tr>"
            "<tr><td>Ragnhild Sæle</td><td>Masfjorden</td><td>gjekk etter sak 3</td></tr>"
            "</table><h2>1. Saksliste</h2><p>Godkjend.</p>")
    people = parse_bytes(text.encode(), "side.html").participants
    assert [(p.name, p.organization, p.attendance, p.note) for p in people] == [
        ("Eli Hopland", "Alver", "present", None),
        ("Ragnhild Sæle", "Masfjorden", "partial", "gjekk etter sak 3")]


def test_numbered_points_under_a_vedtak_label_are_no_items():
    # a summary without item headings: "Vedtak:" over "1. …", "2. …" (a point wrapped onto
    # the next line too) holds the decisions, the text is one item
    text = ("Emne: Oppsummering frå møtet i leiargruppa 7.11.2024\n\nHei alle,\n\n"
            "Til stades: Geir Tenden (leiar), Ketil Kvam og Nina Hovland.\n\n"
            "Vedtak:\n1. Leiargruppa godkjende referatet frå 3. oktober.\n"
            "2. Felles beredskapsplan vert sendt til\n   kommunedirektørane.\n"
            "3. Kurset vert flytta til januar.\n\nHelsing Geir\n")
    items = parse_bytes(text.encode(), "epost.txt").items
    assert [(i.number, i.title) for i in items] == [(None, None)]
    assert items[0].decisions == [
        "Leiargruppa godkjende referatet frå 3. oktober.",
        "Felles beredskapsplan vert sendt til kommunedirektørane.",
        "Kurset vert flytta til januar."]


def test_a_long_plan_line_that_opens_with_its_label_gives_the_next_meeting():
    meeting = _next_meeting("Møteplan høsten 2024: 9. september, 14. oktober og 18. november, "
                            "alle kl. 12–15 på Teams.")
    assert (meeting.date, meeting.start, meeting.location) == ("2024-09-09", "12:00", "Teams")


def test_a_plan_named_inside_a_long_sentence_is_no_next_meeting():
    meeting = _next_meeting("Styret diskuterte om møteplanen for høsten bør endres, og vil se "
                            "på 9. september og 14. oktober som mulige datoer etter sommeren.")
    assert meeting.date is None


@pytest.mark.parametrize("prefix", ["Sak {n}: ", "{n}. "])
def test_a_decks_items_are_its_agenda_when_slides_repeat_numbered_entries(prefix):
    # the agenda slide lists "Sak 1" … "Sak 4", slides are titled "Sak 2: …" and "Sak 3:
    # …": every agenda entry is an item, each with the points of its own slide
    entries = ["Godkjenning av innkalling", "Status for avtalen", "Felles team", "Eventuelt"]
    agenda = "\n".join(prefix.format(n=n) + title for n, title in enumerate(entries, 1))
    text = (f"Styringsgruppa for Helsefellesskapet\nMøte 27. august 2025\n\nAgenda\n{agenda}"
            f"\n\n{prefix.format(n=2)}Status for avtalen\n• Avtalen er signert\n\n"
            f"{prefix.format(n=3)}Felles team\n• Pilot fra januar\n• Evaluering i juni\n\n"
            "Takk for i dag!\n")
    record = parse_bytes(text.encode(), "deck.txt")
    assert record.kind == "presentation"
    assert [(i.number, i.title, i.text) for i in record.items] == [
        ("1", entries[0], ""), ("2", entries[1], "Avtalen er signert"),
        ("3", entries[2], "Pilot fra januar\nEvaluering i juni"), ("4", entries[3], "")]


def test_a_closing_task_table_is_no_text_of_the_last_item():
    text = ("Referat fra møte i styringsgruppen\n\nDato: 22.10.2024\n\n"
            "1. Budsjett 2025\nForslaget ble gjennomgått.\n\n"
            "Aksjonspunkter\nNr\tHva\tHvem\tFrist\n"
            "1\tSende budsjettet til kommunene\tStein Larsen\t01.11.2024\n")
    item = parse_bytes(text.encode(), "sg.txt").items[-1]
    assert item.text == "Forslaget ble gjennomgått."
    assert [(a.text, a.responsible, a.due) for a in item.actions] == [
        ("Sende budsjettet til kommunene", "Stein Larsen", "2024-11-01")]


def test_lettered_headings_under_a_lettered_agenda_list_are_the_items():
    text = ("# Referat fra møte 3\n\nTid og sted: 3.4.2024 kl. 9–11, Teams\n\nDagsorden:\n"
            "A. Status i planarbeidet\nB. Medvirkning\nC. Eventuelt\n\n"
            "## A. Status i planarbeidet\nIda orienterte.\n\n## B. Medvirkning\nGruppen ga "
            "innspill.\n\n## C. Eventuelt\nIngen saker.\n")
    items = parse_bytes(text.encode(), "ref.md").items
    assert [(i.number, i.text) for i in items] == [
        ("A", "Ida orienterte."), ("B", "Gruppen ga innspill."), ("C", "Ingen saker.")]


def test_the_title_again_as_a_running_header_is_no_item_text():
    text = ("MØTEREFERAT – Faggruppe for barnevern\n\nMøtedag: 16. oktober 2024\n\n"
            "1. Rutiner\nGruppen gikk gjennom utkastet.\n\nSide 1 av 2\n"
            "MØTEREFERAT – Faggruppe for barnevern      Møte nr. 4/2024\n\n"
            "2. Kompetanseplan\nForslaget ble lagt fram.\n")
    items = parse_bytes(text.encode(), "fg.txt").items
    assert items[0].text == "Gruppen gikk gjennom utkastet."


def _docx_with_header(header: str, body: list[str]) -> bytes:
    """A Word document whose page header holds ``header`` and whose body the lines."""
    document = Document()
    document.sections[0].header.paragraphs[0].text = header
    for line in body:
        document.add_paragraph(line)
    return docx_bytes(document)


@pytest.mark.parametrize(("header", "organization"), [
    # the owner's template names the body beside it: its parent, whatever the body is
    ("Vestfjord fylkeskommune – Folkehelsenettverket", "Vestfjord fylkeskommune"),
    ("Folkehelsenettverket i Nordby kommune", "Nordby kommune"),
    # a kommune alone in the header, the body not named there: nothing said of the network
    ("Nordby kommune", None),
    # a county municipality alone is the template of the county that runs the network
    ("Vestfjord fylkeskommune", "Vestfjord fylkeskommune"),
    ("Vestfjord og Nordvik fylkeskommune", "Vestfjord og Nordvik fylkeskommune"),
    # … but not beside a kommune: whose network it is stays open
    ("Vestfjord fylkeskommune\tNordby kommune", None),
])
def test_the_municipality_a_page_header_names_beside_the_body_is_its_parent(header,
                                                                          organization):
    data = _docx_with_header(header, [
        "Referat frå samling i folkehelsenettverket", "Tid: 12. mars 2025 kl. 12.00–15.30",
        "Til stades: Randi Fosse, Sigrid Kvam", "Sak 1 Godkjenning av referat",
        "Referatet vart godkjent."])
    record = parse_bytes(data, "referat.docx")
    assert (record.body, record.organization) == ("Folkehelsenettverket", organization)


@pytest.mark.parametrize(("signature", "name", "organization"), [
    ("Ref: Mari Lund, sekretariatet", "Mari Lund", "sekretariatet"),
    ("Ref: Mari Lund", "Mari Lund", None),
    ("Referat skrevet av: Mari Lund", "Mari Lund", None),
    ("Referat skrive av: Mari Lund, sekretariatet", "Mari Lund", "sekretariatet"),
    ("Skrevet av: Mari Lund", "Mari Lund", None)])
def test_the_writer_signed_right_under_the_last_item_is_no_text_of_it(
        signature, name, organization):
    # no blank line between the last item's text and the signature
    text = ("Referat fra møte i arbeidsutvalget\n\nDato: 14. mai 2025\n\n"
            "Til stede: Anne Dahl, Jon Vik\n\nSak 1 Eventuelt\n"
            f"Jon Vik orienterte om vegarbeidet.\n{signature}\n")
    record = parse_bytes(text.encode(), "referat.txt")
    last = record.participants[-1]
    assert (last.name, last.organization, last.role) == (name, organization, "secretary")
    assert record.items[-1].text == "Jon Vik orienterte om vegarbeidet."


def test_who_wrote_a_summary_is_its_secretary_also_with_her_name_wrapped_above():
    text = ("Oppsummering frå samling i faggruppa for oppvekst\n\n"
            "Tysdag 3. juni 2025 var faggruppa samla på Sogndal kulturhus. Til stades var\n"
            "Anne Sæle (Sogndal). Frå regionrådet møtte Torunn Fimreite, som\n"
            "er nettverkskoordinator og skreiv denne oppsummeringa.\n\n"
            "1) Godkjenning av innkalling\nInnkallinga vart godkjend.\n")
    people = parse_bytes(text.encode(), "samling.txt").participants
    assert [(p.name, p.role) for p in people if p.name == "Torunn Fimreite"] == [
        ("Torunn Fimreite", "secretary")]


@pytest.mark.parametrize(("furniture", "body", "parent"), [
    (["Fjordvik idrettslag", "Hovedstyret 12.03.2025"], "Hovedstyret", "Fjordvik idrettslag"),
    (["Lia vel", "Referat styret"], "Styret", "Lia vel"),
    # the header names not the body, or two clubs: no parent from it
    (["Fjordvik idrettslag", "Referat 12.03.2025"], "Hovedstyret", None),
    (["Fjordvik idrettslag", "Sørbygda IL", "Hovedstyret"], "Hovedstyret", None),
])
def test_a_club_beside_the_body_in_a_running_header_is_its_parent(furniture, body, parent):
    from motebok.extract.minutes import _club_beside_body
    assert _club_beside_body(furniture, body) == parent


@pytest.mark.parametrize(("furniture", "body", "parent"), [
    (["Åsdalregionen – Faggruppe helse"], "Faggruppe helse", "Åsdalregionen"),
    (["Faggruppe helse | Åsdalregionen"], "Faggruppe helse", "Åsdalregionen"),
    # a header that is not just the two, or names another body, gives no parent
    (["Åsdalregionen – Faggruppe helse – referat"], "Faggruppe helse", None),
    (["Åsdalregionen – Faggruppe skole"], "Faggruppe helse", None),
    # the cooperation named as the region's "-samarbeidet", a dot between the two
    (["Faggruppe helse · Åsdal-samarbeidet"], "Faggruppe helse", "Åsdal-samarbeidet"),
    (["Faggruppe helse – Nedre Åsdal-samarbeidet"], "Faggruppe helse",
     "Nedre Åsdal-samarbeidet"),
    (["Listersamarbeidet | Faggruppe helse"], "Faggruppe helse", "Listersamarbeidet"),
])
def test_a_region_cooperation_beside_the_body_in_a_page_header_is_its_parent(
        furniture, body, parent):
    from motebok.extract.minutes import _region_beside_body
    assert _region_beside_body(furniture, body) == parent


@pytest.mark.parametrize(("furniture", "body", "parent"), [
    (["Nettverk for kommunal beredskap Vestkyst – Administrativ gruppe"],
     "Administrativ gruppe", "Nettverk for kommunal beredskap Vestkyst"),
    # the header drops the group's small words ("for"); the region's cooperation beside it
    (["Faggruppe landbruk og klima – Åsdalregionen"], "Faggruppe for landbruk og klima",
     "Åsdalregionen"),
    (["Arbeidsgruppe | Vestkystsamarbeidet"], "Arbeidsgruppe", "Vestkystsamarbeidet"),
    # the other part no cooperation, or another group: no parent
    (["Referat – Administrativ gruppe"], "Administrativ gruppe", None),
    (["Nettverk for kommunal beredskap Vestkyst – Arbeidsgruppe skole"],
     "Administrativ gruppe", None),
])
def test_a_cooperation_beside_the_group_in_a_page_header_is_its_parent(furniture, body, parent):
    from motebok.extract.minutes import _parent_beside_group
    assert _parent_beside_group(furniture, body) == parent


@pytest.mark.parametrize(("furniture", "body", "named"), [
    (["Kystsonenettverket Agder          Side 1 av 2"], "Nettverket", "Kystsonenettverket Agder"),
    (["Styringsgruppa for Vassområde Nord – Side 2"], "Gruppa",
     "Styringsgruppa for Vassområde Nord"),
    # a header of another body's noun, or two different names, tell nothing
    (["Kystsonenettverket Agder   Side 1 av 2"], "Styret", None),
    (["Kystsonenettverket Agder   Side 1", "Kystsonenettverket Telemark   Side 2"],
     "Nettverket", None),
])
def test_a_running_header_names_the_body_the_text_calls_by_its_noun(furniture, body, named):
    from motebok.extract.minutes import _body_named_on_pages
    assert _body_named_on_pages(furniture, body) == named


@pytest.mark.parametrize(("furniture", "body", "named"), [
    # (s76l) an adjective, the noun and the region: the full name of "oppvekstnettverket"
    (["Regionalt oppvekstnettverk Vestfjord og Indre Nord"], "Oppvekstnettverket",
     "Regionalt oppvekstnettverk Vestfjord og Indre Nord"),
    (["Interkommunalt kystforum Nordfjord"], "Kystforumet",
     "Interkommunalt kystforum Nordfjord"),
    # another noun, or the minutes' word before the noun, names no body
    (["Regionalt oppvekstnettverk Vestfjord og Indre Nord"], "Styret", None),
    (["Referat oppvekstnettverket Vestfjord"], "Oppvekstnettverket", None),
])
def test_a_header_names_the_body_by_an_adjective_and_its_noun(furniture, body, named):
    from motebok.extract.minutes import _body_named_on_pages
    assert _body_named_on_pages(furniture, body, alone=True) == named


def test_a_pdf_copy_takes_the_network_s_name_from_its_page_header() -> None:
    text = ("Kystsonenettverket Vestfold          Side 1 av 2\n\nReferat – nettverksmøte\n\n"
            "Tid og sted: 09.10.25 kl 09.00 – 12.00, Tønsberg\n\nTil stede:\nKari Holm "
            "(Tønsberg kommune) og Per Lie (Larvik kommune)\n\nSak 1/25 Godkjenning av referat\n"
            "Referatet ble godkjent.\n\nKystsonenettverket Vestfold          Side 2 av 2\n\n"
            "Sak 2/25 Eventuelt\nIngen saker.\n")
    assert parse_bytes(text.encode(), "referat.txt").body == "Kystsonenettverket Vestfold"


def test_the_region_cooperation_of_a_word_page_header_is_the_organisation() -> None:
    import docx

    from fixtures.builders import docx_bytes
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "Åsdalregionen – Faggruppe helse"
    document.add_heading("Referat fra møte i faggruppe helse", 1)
    document.add_paragraph("Dato: 3.4.2025")
    document.add_heading("1. Velkommen", 2)
    document.add_paragraph("Ingen merknader.")
    record = parse_bytes(docx_bytes(document), "referat.docx")
    assert (record.body, record.organization) == ("Faggruppe helse", "Åsdalregionen")


@pytest.mark.parametrize(("paren", "org"), [
    ("rådgiver, Bø kommune", "Bø kommune"),
    ("IKT-sjef, Nome kommune", "Nome kommune"),  # a job the role words do not list
])
def test_a_job_before_the_comma_in_a_partial_guest_bracket_is_no_organisation(paren, org):
    text = ("Referat fra møte i styringsgruppen\n\nTil stede: Kari Holm (Bø), Per Lie (Nome).\n\n"
            f"Even Kvisle ({paren}) var til stede under sak 1.\n\nSak 1 Kurs\n\nTekst.\n")
    guest = parse_bytes(text.encode(), "referat.txt").participants[-1]
    assert (guest.name, guest.organization, guest.attendance) == ("Even Kvisle", org, "partial")


def test_a_group_heading_with_its_case_in_brackets_names_visitors_for_that_case():
    text = (
        "Referat regionalt planforum\n\nDato: 29.01.2025\n\nTil stede:\n"
        "Anita Fossum, Sørfylket fylkeskommune (møteleder)\nRoar Kvam, Statsforvalteren\n"
        "Fra Eidsdal kommune (til stede under sak 2):\nIda Sæther, arealplanlegger\n\n"
        "Sak 1/25 Godkjenning\nGodkjent.\n"
    )
    ida = parse_bytes(text.encode(), "planforum.txt").participants[-1]
    assert (ida.name, ida.organization, ida.role, ida.attendance, ida.note) == (
        "Ida Sæther", "Eidsdal kommune", ParticipantRole.GUEST, "partial",
        "til stede under sak 2")


def test_a_guest_label_with_its_case_before_the_colon():
    text = (
        "Referat fra styremøte\n\nDato: 4. juni 2025\nTil stede: Olav Eide (leder), Kari Li\n"
        "Gjest under sak 2: Hilde Sand, Vestvik legevakt.\n\n1. Godkjenning\nGodkjent.\n"
    )
    hilde = parse_bytes(text.encode(), "styret.txt").participants[-1]
    assert (hilde.name, hilde.role, hilde.attendance, hilde.note) == (
        "Hilde Sand", ParticipantRole.GUEST, "partial", "under sak 2")


def test_a_note_page_agenda_headed_again_joins_its_wrapped_paragraphs():
    # "## Agenda" then a heading per entry (Teams, Loop): a Konklusjon wrapped at 80
    # columns is one sentence, not cut at the line's end
    text = (
        "# Faggruppe landbruk\n\n## Agenda\n\n1. Budsjett\n2. Eventuelt\n\n## Notat\n\n"
        "### Budsjett\n\n**Konklusjon:** Faggruppa sender eit felles innspel til RNP med dei tre\n"
        "prioriteringane.\n\n### Eventuelt\n\nIngen saker.\n"
    )
    record = parse_bytes(text.encode(), "notat.md")
    assert record.items[0].decisions == [
        "Faggruppa sender eit felles innspel til RNP med dei tre prioriteringane."]


@pytest.mark.parametrize("body", ["Styret", "Representantskapet", "Arbeidsutvalet",
                                  "Arbeidsutvalget", "Valnemnda", "Eierutvalget"])
def test_any_organ_of_a_company_on_the_page_edge_takes_it_as_parent(body):
    from motebok.extract.minutes import _COMPANY_BODY
    from motebok.extract.text import fold

    assert _COMPANY_BODY.match(fold(body))


@pytest.mark.parametrize("body", ["Ungdomsrådet", "Prosjektgruppa", "Faggruppa"])
def test_a_body_no_company_has_takes_no_company_as_parent(body):
    from motebok.extract.minutes import _COMPANY_BODY
    from motebok.extract.text import fold

    assert _COMPANY_BODY.match(fold(body)) is None


def test_deck_footer_naming_a_county_municipality_is_the_organisation():
    # a deck whose template puts "Vestland fylkeskommune   N" at every slide's foot: the
    # owner of the network that met
    slides = ["Nettverk for kompetanse\nSamling 3. oktober 2023", "Program\n1. Velkomen\n2. Status",
              "Status\nTo nye tiltak\nFleire kandidatar", "Takk for i dag"]
    text = "\n\n".join(f"{slide}\nVestland fylkeskommune   {n}"
                       for n, slide in enumerate(slides, 1))
    record = parse_bytes(text.encode(), "deck.txt")
    assert (record.kind, record.organization) == ("presentation", "Vestland fylkeskommune")


def _deck_of(cover: str, last_slide: str = "Vegen vidare\n\n- Kommunane melder inn tal") -> str:
    """A slide deck converted to text: a cover, an agenda slide, two slides."""
    return (f"{cover}\n\nProgram\n\n1. Velkomen\n2. Status\n3. Vegen vidare\n\n"
            f"Status\n\n- Fire kommunar med\n- Ny rettleiar\n- Tre nye tiltak\n\n{last_slide}\n\n"
            "Takk for i dag!\n")


def test_a_county_template_is_the_parent_of_a_network_named_with_its_region():
    # the county runs the network named with its region: the county is the parent
    record = parse_bytes(_deck_of("Vestland fylkeskommune\n\nNettverk for folkehelse i "
                                  "Sogn\n\n4. mars 2025").encode(), "deck.txt")
    assert (record.body, record.organization) == ("Nettverk for folkehelse i Sogn",
                                                  "Vestland fylkeskommune")
    # without the county's template the region stays the parent, as in minutes
    record = parse_bytes(_deck_of("Nettverk for folkehelse i Sogn\n\n4. mars 2025").encode(),
                         "deck.txt")
    assert (record.body, record.organization) == ("Nettverk for folkehelse", "Sogn")


def test_a_cooperations_one_word_name_over_a_decks_title_is_its_owner():
    record = parse_bytes(_deck_of("Kystregionen\n\nKlimanettverket\n\n4. mars 2025").encode(),
                         "deck.txt")
    assert record.organization == "Kystregionen"


def test_a_slide_announcing_the_next_gathering_records_no_decision():
    # a deck is made before the meeting: the day it shows is planned, not fixed there
    record = parse_bytes(_deck_of(
        "Nettverk for folkehelse\n\n4. mars 2025",
        "Vegen vidare\n\n- Neste samling blir i Florø i september").encode(), "deck.txt")
    assert record.kind == "presentation"
    assert [d for i in record.items for d in i.decisions] == []


def test_a_next_meeting_bullet_among_a_slides_bullets_stays_the_slides_text():
    # "- Neste samling: …" in the last slide's list is a line of that slide (and still
    # the record's next meeting)
    record = parse_bytes(_deck_of(
        "Nettverk for folkehelse\n\n4. mars 2025",
        "Vegen vidare\n\n- Kommunane melder inn tal\n- Neste samling: 9. juni 2025 i Florø"
    ).encode(), "deck.txt")
    assert record.items[-1].text == ("Kommunane melder inn tal\n"
                                     "Neste samling: 9. juni 2025 i Florø")
    assert record.next_meeting.date == "2025-06-09"


def test_saksliste_naming_the_document_keeps_its_head_over_bare_time_slots():
    # "SAKSLISTE" on the first line names the document: the body and the day under it are
    # the head, and the tab-separated slots under them the items ("Pause" none)
    text = ("SAKSLISTE\n\nFagnettverk for planleggere i Nordby regionråd\n\n"
            "Tirsdag 3. juni 2025, Nordby kulturhus, møterom 2\n\n"
            "09.00–09.30\tVelkommen\n09.30–10.00\tPause\n10.00–11.00\tNy planveileder\n")
    record = parse_bytes(text.encode(), "saksliste.txt")
    assert record.kind == "agenda"
    assert (record.meeting.date, record.meeting.start, record.meeting.end,
            record.meeting.location) == ("2025-06-03", "09:00", "11:00",
                                         "Nordby kulturhus, møterom 2")
    assert [item.title for item in record.items] == ["Velkommen", "Ny planveileder"]


def test_a_meeting_plan_is_dated_by_no_column_head_and_names_its_council():
    # a year's plan: the table's "Dato" column head labels no date of the document, and
    # the council after the title's dash is the body
    text = ("Møteplan 2026 – Regionrådet i Sørdal\n\nDato\tTid\tSted\n"
            "22. januar\t09.00–12.00\tRådhuset\n5. mars\t09.00–12.00\tTeams\n")
    record = parse_bytes(text.encode(), "plan.txt")
    assert (record.kind, record.document_date, record.meeting.date) == ("other", None, None)
    assert (record.body, record.organization) == ("Regionrådet i Sørdal", None)


def test_a_statement_is_dated_by_the_date_cell_of_its_letterhead_row():
    text = ("Regionrådet for Vestby\n\nDeres ref.: 24/11\tVår ref.: 25/3\tDato: 14.02.2025\n\n"
            "Høringsuttalelse – regional plan for kysten\n\n"
            "Regionrådet støtter planen, men ber om mer midler til kommunene.\n")
    record = parse_bytes(text.encode(), "uttalelse.txt")
    assert (record.kind, record.document_date, record.meeting.date) == \
        ("other", "2025-02-14", None)
    assert (record.body, record.organization) == ("Regionrådet for Vestby", None)


def test_an_invitation_names_the_inviting_network_as_body_and_the_letterhead_its_parent():
    text = ("Sørdalsrådet\n\nInvitasjon til nettverkssamling\n\n"
            "Kulturnettverket i Sørdal inviterer til høstens samling.\n\n"
            "Tid: 4. september 2025 kl. 10.00–14.00\nSted: Sørdal hotell\n\n"
            "Program\n10.00 Velkommen\n11.00 Kulturskolen\n")
    record = parse_bytes(text.encode(), "invitasjon.txt")
    assert (record.body, record.organization) == ("Kulturnettverket i Sørdal", "Sørdalsrådet")


def test_an_invitation_by_the_letterhead_body_keeps_it():
    text = ("Hallingdal regionråd\n\nInvitasjon til samling\n\n"
            "Regionrådet i Hallingdal inviterer til samling for ordførerne.\n\n"
            "Tid: 4. september 2025 kl. 10.00–14.00\nSted: Gol\n")
    record = parse_bytes(text.encode(), "invitasjon.txt")
    assert record.organization != "Hallingdal regionråd"


@pytest.mark.parametrize(("opening", "expected"), [
    # no letterhead: the inviter is the body, read as a title naming it would be
    ("Helsenettverket i Nordby inviterer til høstens samling for helsesykepleiere.",
     ("Helsenettverket", "Nordby")),
    # nynorsk, under a title the head would read a short "Nettverket" from
    ("Kulturnettverket i Sørdal inviterar til haustsamling for kulturleiarane.",
     ("Kulturnettverket", "Sørdal")),
    # addressed to the reader: the inviter is named on the line below
    ("Du er invitert til samling for barnehagestyrarar\nBarnehagenettverket i Sørdal",
     ("Barnehagenettverket", "Sørdal")),
    ("Velkommen til fagdag om klimatilpasning!\nRegionrådet for Nordby",
     ("Regionrådet for Nordby", None)),
])
def test_an_invitation_without_a_letterhead_names_its_inviter_as_body(opening, expected):
    text = (f"Invitasjon til nettverkssamling\n\n{opening}\n\n"
            "Tid: 4. september 2025 kl. 10.00–14.00\nSted: Sørdal hotell\n\n"
            "Program\n1. Velkommen\n2. Kulturskolen\n")
    record = parse_bytes(text.encode(), "invitasjon.txt")
    assert (record.body, record.organization) == expected


def test_a_welcome_over_a_label_or_a_date_names_no_inviter():
    text = ("Velkommen til møte i styringsgruppa\nDato: 4. september 2025 kl. 10.00\n"
            "Sted: Rådhuset\n\nSak 1/25 Godkjenning\nGodkjent.\n")
    record = parse_bytes(text.encode(), "innkalling.txt")
    assert record.body != "Dato"


def test_summons_programme_table_drops_breaks_and_the_end_of_the_day():
    text = ("Program for fagdag\n\nDato: 4. mars 2025\nSted: Rådhuset\n\n"
            "Tid\tTema\tInnleder\n10.00\tVelkommen\tKari Holm, KS\n11.00\tLunsj\n"
            "12.00\tNy veileder\tPer Dal\n13.00\tSlutt\n\nPåmelding innen 1. mars.\n")
    record = parse_bytes(text.encode(), "program.txt")
    assert record.kind == "agenda"
    assert [(item.title, item.text) for item in record.items] == \
        [("Velkommen", ""), ("Ny veileder", "")]


@pytest.mark.parametrize(("lines", "expected"), [
    # each last word a municipality the text names: whom they represent
    ("Jon Vik Stryn\nKari Lunde Eid", [("Jon Vik", "Stryn"), ("Kari Lunde", "Eid")]),
    # one alone may be a surname a municipality shares: kept whole
    ("Jon Vik Stryn\nKari Lunde", [("Jon Vik Stryn", None), ("Kari Lunde", None)]),
    # a last word the text never calls a kommune stays in the name
    ("Jon Vik Holmen\nKari Lunde Moen", [("Jon Vik Holmen", None), ("Kari Lunde Moen", None)]),
])
def test_a_name_then_a_named_municipality_without_a_comma(lines, expected):
    text = (f"Referat fra nettverksmøte\n\nDato: 12.03.2025\n\nTil stede:\n{lines}\n\n"
            "Sak 1/25 Felles tiltak\nStryn kommune og Eid kommune deler erfaringer.\n")
    record = parse_bytes(text.encode(), "referat.txt")
    assert [(p.name, p.organization) for p in record.participants] == expected


def test_a_minute_taker_s_label_row_after_the_staff_table_makes_her_the_secretary():
    """A case system prints "Protokollfører:" and the name in two columns under the
    staff's table: the row is the label's, not one more row of the table, so the staff
    member listed above takes the minutes; the row holds the label's whole value, and
    the names under "Protokollen godkjennes av" below are no minute takers."""
    text = ("Møteprotokoll\n\nUtvalg:\tTestrådet\nDato:\t12.12.2025\n\n"
            "Møtende medlemmer\nNavn\tFunksjon\tRepresenterer\nOla Dal\tLeder\tA kommune\n"
            "Kari Li\tMedlem\tB kommune\n\nFra administrasjonen\nNavn\tStilling\n"
            "Gro Storeng\tDaglig leder\nAndreas Fjellheim\tRådgiver\n"
            "Merknader:\tIngen.\nProtokollfører:\tAndreas Fjellheim\n\n"
            "Protokollen godkjennes av\nOla Dal og Kari Li\n\n"
            "PS 1/25 Budsjett\nVedtak:\nBudsjettet godkjennes.\n")
    people = parse_bytes(text.encode(), "protokoll.txt").participants
    assert [(p.name, p.role) for p in people] == [
        ("Ola Dal", ParticipantRole.CHAIR), ("Kari Li", ParticipantRole.MEMBER),
        ("Gro Storeng", ParticipantRole.GUEST), ("Andreas Fjellheim", ParticipantRole.SECRETARY)]


def test_a_repeated_line_with_a_sentence_ending_inside_is_no_running_header():
    """A vedtak's first line that its innstilling holds word for word comes back, and
    splits a sentence as a running header does ("… for 2024. Overskotet" over "på kr …"),
    but a full stop inside it ends a sentence: it is text, kept in the case."""
    vedtak = ("Representantskapet godkjenner rekneskapen for 2024. Overskotet\n"
              "på kr 1 240 000 vert overført til disposisjonsfond.\n")
    text = ("Møtebok\n\nUtval: Representantskapet\nDato: 03.04.2025\n\n"
            f"PS 8/25 Rekneskap 2024\n\nInnstilling\n{vedtak}\nRøysting: Samrøystes.\n\n"
            f"Vedtak\n{vedtak}\nPS 9/25 Eventuelt\nIngen saker.\n")
    item = parse_bytes(text.encode(), "motebok.txt").items[0]
    assert item.text.count("Representantskapet godkjenner rekneskapen") == 2
    assert "Representantskapet godkjenner rekneskapen for 2024." in item.decisions


def test_a_remark_on_who_left_wrapped_at_the_margin_keeps_its_whole_note():
    """A PDF's remarks under the attendance tables wrap at the margin inside a sentence:
    the note of the one who left goes on to the next line ("… forlot møtet etter" over
    "behandlingen av PS 17/24.")."""
    text = ("Møteprotokoll\n\nDato: 22.11.2024\n\nTil stede: Arnfinn Sletten, Tor Inge Vold\n\n"
            "Merknader:\n\nOla Dal møtte ikke. Tor Inge Vold forlot møtet etter\n"
            "behandlingen av PS 17/24.\n\nPS 17/24 Orientering\nTatt til orientering.\n\n"
            "PS 18/24 Eventuelt\nIngen saker.\n")
    people = {p.name: p for p in parse_bytes(text.encode(), "protokoll.txt").participants}
    assert people["Tor Inge Vold"].note == "forlot møtet etter behandlingen av PS 17/24"


@pytest.mark.parametrize(("line", "place"), [
    # the place right after the words for the meeting, before its day
    ("Neste samling i Fitjar 5. juni", "Fitjar"),
    ("Neste møte på Fagernes 5. juni kl. 10", "Fagernes"),
    ("Neste møte blir i Lærdal 5. juni.", "Lærdal"),
    # the place before the verb: "Neste møte i Gol blir …"
    ("Neste møte i Gol blir 5. juni.", "Gol"),
    ("Neste møte på Fagernes vert halde torsdag 5. juni.", "Fagernes"),
    ("Neste samling i Nord-Fron er sett til 5. juni.", "Nord-Fron"),
    # the body that meets is no place
    ("Neste møte i Regionrådet 5. juni", None),
    ("Neste møte hos KS blir 5. juni.", "KS"),  # a host's offices: a place
])
def test_next_meeting_place_before_its_day(line: str, place: str | None) -> None:
    text = ("Referat fra møte i Regionrådet\nDato: 4. mars 2026\nSted: Rådhuset\n\n"
            f"Til stede: Berit Lund, Tor Moe\n\nSak 1/26 Velkommen\nIngen.\n\n{line}\n")
    next_meeting = parse_bytes(text.encode(), "t.txt").next_meeting
    assert (next_meeting.date, next_meeting.location) == ("2026-06-05", place)



@pytest.mark.parametrize("line", ["Neste møte i AU blir 5. juni.", "Neste møte i AU 5. juni."])
def test_the_body_s_short_name_after_i_is_no_next_meeting_place(line: str) -> None:
    """An arbeidsutvalg's minutes name their next meeting "i AU": the body by its letters,
    no place (a short name in capitals after "i" is never a town)."""
    text = ("Referat fra møte i arbeidsutvalget\nDato: 4. mars 2026\nSted: Rådhuset\n\n"
            f"Til stede: Berit Lund, Tor Moe\n\nSak 1/26 Budsjett\nBudsjettet ble godkjent.\n\n"
            f"{line}\n")
    next_meeting = parse_bytes(text.encode(), "t.txt").next_meeting
    assert (next_meeting.date, next_meeting.location) == ("2026-06-05", None)

@pytest.mark.parametrize(("heading", "register"), [
    ("Oppfølgingspunkter", True),  # a heading of its own over the closing bullets
    ("Aksjonspunkt", True),
    ("Handlingspunkter", True),  # a Loop page's heading of what is to be done
    ("Oppfølgingspunkter:", False),  # a lead-in with its colon: the last item's own list
])
def test_a_closing_follow_up_heading_over_bullets_is_no_text_of_the_last_item(
        heading: str, register: bool) -> None:
    text = ("Referat fra nettverksmøte\n\nDato: 3. april 2025\n\nTil stede: Kari Holm, Per Lie"
            "\n\n1. Status\nKari Holm orienterte om status i prosjektet.\n\n2. Eventuelt\n"
            f"Ingen saker ble tatt opp.\n\n{heading}\n\n- Per Lie sender ut referatet innen "
            "10. april.\n- Kari Holm kaller inn til neste møte.\n")
    record = parse_bytes(text.encode(), "referat.txt")
    last = record.items[-1]
    assert ("Per Lie sender" not in last.text) is register
    assert [a.responsible for item in record.items for a in item.actions] == \
        ["Per Lie", "Kari Holm"]


def test_a_programme_entry_naming_its_speaker_takes_its_section_s_heading() -> None:
    """Minutes with a programme over detailed sections: the section's own heading is the
    item's title, the entry's "– Innlegg ved X" / "v/ X" says who spoke."""
    text = ("Oppsummering fra nettverksmøte\nDato: 3. april 2025\nSted: Teams\n"
            "Til stede: Kari Holm, Per Lie\n\nAgenda\n09.00 Velkommen v/ Kari\n"
            "09.15 Skolemiljø – Innlegg ved Per Lie, Lia skule\n10.00 Eventuelt\n\n"
            "Velkommen\nKari ønsket velkommen. Agendaen ble godkjent.\n\nSkolemiljø\n"
            "Per Lie fortalte om arbeidet med skolemiljøet.\n\nEventuelt\nIngen saker.\n")
    titles = [item.title for item in parse_bytes(text.encode(), "notat.txt").items]
    assert titles == ["Velkommen", "Skolemiljø", "Eventuelt"]


@pytest.mark.parametrize(("kind_word", "titles"), [
    # minutes: a slot only the programme names, before slots with sections, is no item
    ("Referat", ["Skolemiljø", "Eventuelt"]),
    # an invitation's programme is all it has: every entry stays
    ("Invitasjon til", ["Velkommen v/ Kari", "Skolemiljø", "Eventuelt"]),
])
def test_a_programme_slot_with_no_section_of_its_own(kind_word: str, titles: list[str]) -> None:
    text = (f"{kind_word} nettverksmøte\nDato: 3. april 2025\nSted: Teams\n\n"
            "Program\n09.00 Velkommen v/ Kari\n09.15 Skolemiljø – Innlegg ved Per Lie\n"
            "10.00 Eventuelt\n\nSkolemiljø\nPer Lie fortalte om arbeidet med skolemiljøet.\n\n"
            "Eventuelt\nIngen saker.\n")
    record = parse_bytes(text.encode(), "notat.txt")
    assert [item.title for item in record.items] == titles


def test_a_follow_up_lists_case_cell_with_a_groups_letters_places_the_task() -> None:
    # "DS 2/25" in the "Sak" column of the list the minutes end with: the task is that item's
    text = ("Referat\n\nKommunedirektørutvalget i Vestdal\n\nDato: 14. mars 2025\n\n"
            "Til stede: Kari Holm (leder), Per Dahl\n\nOrienteringssaker\n\n"
            "OS 4/25 Legevakt\n\nTatt til orientering.\n\nDrøftingssaker\n\n"
            "DS 2/25 Rekruttering\n\nUtvalget drøftet saken.\n\nOppfølgingsliste\n\n"
            "Sak\tTiltak\tAnsvar\tFrist\nOS 4/25\tNy avtale\tKari Holm\t01.04.2025\n"
            "DS 2/25\tMelde tilbake\tAlle kommuner\t04.04.2025\n")
    items = parse_bytes(text.encode(), "r.txt").items
    assert [[a.text for a in item.actions] for item in items] == [["Ny avtale"],
                                                                   ["Melde tilbake"]]


@pytest.mark.parametrize(("summons", "opened", "start"), [
    ("Møtet starter kl. 10.00.", "Møtet ble satt kl. 10.05.", "10:05"),
    ("Møtet startar kl. 10.00.", "Møtet starta kl. 10.05.", "10:05"),
    ("Møtet startar kl. 10.00.", "Møtet vart sett kl. 10.10.", "10:10"),
    ("Tid: kl. 10.00–12.00", "Møtet startet kl. 10.15 på grunn av kø.", "10:15"),
    ("Tid: kl. 10.00–12.00", "Møtestart: 10.30", "10:00"),  # a label may be the plan
])
def test_the_start_the_minutes_record_is_the_meetings_start(summons, opened, start):
    # the summons' (or the head's) planned time against the protocol's actual start: the
    # meeting began when the minutes say it did
    text = (f"Protokoll fra møte i styringsgruppa\n\nDato: 3. juni 2025\n{summons}\n\n"
            f"Til stede: Ola Haug (leder), Kari Ness\n\n{opened}\n\n"
            "Sak 1/25 Godkjenning av innkalling\nInnkallingen ble godkjent.\n\n"
            "Møtet ble hevet kl. 12.00.\n")
    meeting = parse_bytes(text.encode(), "p.txt").meeting
    assert (meeting.start, meeting.end) == (start, "12:00")


@pytest.mark.parametrize(("place", "staff", "organization"), [
    ("Agder fylkeskommune, Tordenskjolds gate 65", "Fra fylkeskommunen:", "Agder fylkeskommune"),
    ("Vestfold og Telemark fylkeskommune, møterom 2", "Frå fylkeskommunen:",
     "Vestfold og Telemark fylkeskommune"),
    ("Agder fylkeskommune, Tordenskjolds gate 65", "Andre:", None),  # a venue borrowed
    ("Lyngdal rådhus", "Fra fylkeskommunen:", None),  # the county among others
])
def test_a_county_hosting_and_leading_a_network_is_its_organisation(place, staff, organization):
    text = (f"Nettverk for folkehelse\n\nReferat\n\nDato: 9. oktober 2025\nSted: {place}\n\n"
            "Deltakere\nLyngdal: Hilde Åsland\nFarsund: Tor Vatne\n\n"
            f"{staff} Guri Skaiå (ordstyrer), Anette Lunde (referent)\n\n"
            "1. Godkjenning av dagsorden\n\nDagsorden ble godkjent.\n")
    record = parse_bytes(text.encode(), "nettverk.txt")
    assert (record.body, record.organization) == ("Nettverk for folkehelse", organization)


def test_an_organisation_s_heading_after_the_secretariat_s_group_names_visitors():
    # (the secretariat's group closes the body's own lists: who follows visits)
    text = ("Møtebok\n\nNæringsutvalet\n\nDato: 12.02.2025\n\nMøtte:\nLeiar\tBrynjar Solheim\t"
            "Askvoll\nMedlem\tOddny Hauge\tHyllestad\n\nFrå sekretariatet:\nLiv Torvund\n\n"
            "Frå Vestland fylkeskommune:\nKjell Arne Bøe, seniorrådgjevar\n\n"
            "Sak 1/25 Godkjenning\nGodkjend.\n")
    people = {p.name: p for p in parse_bytes(text.encode(), "m.txt").participants}
    assert (people["Kjell Arne Bøe"].organization, people["Kjell Arne Bøe"].role) == (
        "Vestland fylkeskommune", "guest")
    assert people["Liv Torvund"].role == "secretary"


@pytest.mark.parametrize(("note", "role"), [
    ("sak 2/25", "guest"),  # listed for the one case she presents: a presenter, a guest
    ("kun sak 2", "guest"),
    ("fra sak 2", "member"),  # part of the meeting: a member who came late
])
def test_a_presenter_listed_for_one_case_is_a_guest(note, role):
    text = ("Referat fra nettverksmøte 3. juni 2025\n\nDeltakere:\n"
            "Gran kommune: Ola Haug\nLunner kommune: Kari Ness\n"
            f"Statens vegvesen: Eva Lie ({note})\n\n"
            "Sak 1/25 Godkjenning av innkalling\nInnkallingen ble godkjent.\n\n"
            "Sak 2/25 Skoleveier\nEva Lie orienterte om kartleggingen av skoleveier.\n")
    people = parse_bytes(text.encode(), "n.txt").participants
    assert [(p.name, p.role, p.attendance) for p in people] == [
        ("Ola Haug", "member", "present"), ("Kari Ness", "member", "present"),
        ("Eva Lie", role, "partial")]


@pytest.mark.parametrize(("body", "rows", "role"), [
    # a council of officials' own table: the kommunedirektør is a member as any row is
    ("Beredskapsrådet i Nordby", "", "member"),
    # a political council's table beside its ordførere: the administration, a guest
    ("Regionrådet i Nordby", "Eva Moe\tGran\tordfører\n", "guest"),
])
def test_a_kommunedirektor_in_an_officials_table(body, rows, role):
    text = (f"Referat – {body}\n\nDato: 3. juni 2025\n\nTil stede:\n"
            f"Navn\tKommune\tFunksjon\n{rows}"
            "Ola Haug\tGran\tberedskapskoordinator\n"
            "Kari Ness\tLunner\tkommunedirektør\n\n"
            "Sak 1/25 Godkjenning av innkalling\nInnkallingen ble godkjent.\n")
    people = parse_bytes(text.encode(), "b.txt").participants
    assert [p.role for p in people if p.name == "Kari Ness"] == [role]


@pytest.mark.parametrize(("cell", "role"), [
    ("medlem", "member"),  # every row's seat: the kommunedirektør is a member as any row is
    ("medlem av formannskapet", "guest"),  # an elected seat sets the administration apart
])
def test_a_kommunedirektor_in_an_officials_table_with_a_role_column(cell, role):
    text = ("Referat – Beredskapsrådet i Nordby\n\nDato: 3. juni 2025\n\nTil stede:\n"
            "Navn\tKommune\tRolle\n"
            "Ola Haug\tGran\tleder\n"
            f"Eva Moe\tGran\t{cell}\n"
            "Kari Ness\tLunner\tkommunedirektør\n\n"
            "Sak 1/25 Godkjenning av innkalling\nInnkallingen ble godkjent.\n")
    people = parse_bytes(text.encode(), "b.txt").participants
    assert [p.role for p in people if p.name == "Kari Ness"] == [role]


@pytest.mark.parametrize(("after", "role"), [
    ("Frå sekretariatet:\nIngrid Nes, dagleg leiar (referent)\n", "guest"),
    ("Referent: Ingrid Nes\n", "member"),  # a one-person label: the group's own people again
])
def test_an_organisations_people_on_one_line_after_the_secretariats_group(after, role):
    text = ("Referat frå møte i næringsutvalet\n\nDato: 12. mars 2025\n\nTil stades:\n"
            "Arne Solheim, Sandvik kommune (leiar)\nMarit Hauge, Lykkjebø kommune\n\n"
            f"{after}Frå Vestland fylkeskommune: Kari Dale, Per Bø\n\n"
            "Sak 5/25 Godkjenning av innkalling\nInnkallinga vart godkjend.\n")
    people = parse_bytes(text.encode(), "n.txt").participants
    visitors = [(p.name, p.organization, p.role) for p in people
                if p.name in ("Kari Dale", "Per Bø")]
    assert visitors == [("Kari Dale", "Vestland fylkeskommune", role),
                        ("Per Bø", "Vestland fylkeskommune", role)]


@pytest.mark.parametrize(("presenter", "added"), [
    ("Per Moe", True),  # another Per than the listed "Per Arne Storli": a visitor
    ("Per Storli", False),  # the listed Per by his first and last name
])
def test_a_presenter_sharing_a_listed_first_name_is_someone_else(presenter, added):
    text = ("Referat fra møte i rådmannsutvalget\n\nDato: 6. februar 2025\n\nTil stede:\n"
            "Knut Haugen, Tverrli kommune (leder)\nPer Arne Storli, Kvernes kommune\n\n"
            "Sak 5/25 Rusplan\n"
            f"{presenter} fra KoRus Øst orienterte om kunnskapsgrunnlaget for planen.\n")
    people = parse_bytes(text.encode(), "r.txt").participants
    assert [(p.name, p.role) for p in people][2:] == \
        ([(presenter, "guest")] if added else [])


def test_a_closing_register_row_repeating_a_reviewed_row_is_one_task():
    """The review of the last meeting's register lists a row still open; the closing
    register repeats it: one task, the reviewed row's."""
    text = ("Referat\n\nDato: 12.03.2025\n\nTil stede: Hilde Sørbråten (HS), Are Fjeldstad (AF)\n\n"
            "Sak 1/25 Gjennomgang av aksjonsliste fra forrige møte\n\n"
            "HVA\tHVEM\tFRIST\tSTATUS\nAvklare husleie\tHS\t01.03.\tFerdig\n"
            "Kartlegge IKT-systemer i barnevernet\tAF\t01.04.\tPågår\n\n"
            "Sak 2/25 Eventuelt\n\nIngen saker.\n\nAksjonsliste\n\n"
            "HVA\tHVEM\tFRIST\tSTATUS\nKartlegge IKT-systemer i barnevernet\tAF\t01.04.\tPågår\n"
            "Sende brev til kommunene\tHS\t20.03.\tNy\n")
    items = parse_bytes(text.encode(), "ref.txt").items
    tasks = [(a.text, a.responsible) for item in items for a in item.actions]
    assert tasks == [("Kartlegge IKT-systemer i barnevernet", "AF"),
                     ("Sende brev til kommunene", "HS")]


def test_a_two_word_job_then_the_name_and_workplace_presenting_is_a_guest():
    text = ("Referat\n\nDeltakere: Ola Hansen, Kari Berg\n\nSak 1/25 Ny avtale\n\n"
            "Daglig leder Oda Sveen i Ungt Entreprenørskap Innlandet presenterte forslaget.\n")
    people = parse_bytes(text.encode(), "ue.txt").participants
    assert [(p.name, p.organization, p.role) for p in people][-1] == \
        ("Oda Sveen", "Ungt Entreprenørskap Innlandet", ParticipantRole.GUEST)


def test_a_board_in_a_club_presenting_is_no_job_and_name():
    text = ("Referat\n\nDeltakere: Ola Hansen, Kari Berg\n\nSak 1/25 Ny avtale\n\n"
            "Styret i Sandvik IL orienterte om avtalen.\n")
    people = parse_bytes(text.encode(), "ue.txt").participants
    assert [p.name for p in people] == ["Ola Hansen", "Kari Berg"]


@pytest.mark.parametrize(("above", "kept"), [
    ("", "Ingen saker."),  # the task table alone after a finished sentence closes the minutes
    # a heading over it makes it the item's own table, as before (not a heading of the
    # minutes' tasks: "Aksjonslogg:" under "Eventuelt" closes them as "Aksjonspunkter:" does)
    ("Fordeling:\n\n", "Ingen saker.\nFordeling:\nOPPFØLGING ANSVAR FRIST\n"
                        "Sende budsjettet til kommunene Per Berg 01.10.2025"),
])
def test_a_task_table_set_apart_under_the_last_item_is_no_text_of_it(above, kept):
    text = ("Referat fra møte i regionrådet\n\nDato: 04.09.2025\n\nTil stede:\nKari Holm\n\n"
            "1. Budsjett\nBudsjettet ble godkjent.\n\n2. Eventuelt\nIngen saker.\n\n"
            f"{above}OPPFØLGING\tANSVAR\tFRIST\n"
            "Sende budsjettet til kommunene\tPer Berg\t01.10.2025\n")
    item = parse_bytes(text.encode(), "n.txt").items[-1]
    assert item.text == kept
    assert [(a.text, a.responsible, a.due) for a in item.actions] == [
        ("Sende budsjettet til kommunene", "Per Berg", "2025-10-01")]


def test_a_register_row_of_the_secretarys_initials_repeats_the_secretariats_task():
    text = ("Kommunedirektørutvalget – referat\n\nMøte: 28. januar 2025 kl. 08.00–09.00\n\n"
            "Deltakere: Lise Furuseth, Lillestrøm (møteleder), Øystein Mo, Samarbeidsrådet "
            "(sekretær)\n\n**Regional transportplan – innspill**\n\nDet ble besluttet at "
            "sekretariatet utarbeider et felles innspill.\n\n**Eventuelt**\n\nIngen saker."
            "\n\nOppfølgingsliste\n\nNR\tTILTAK\tANSVAR\tFRIST\n"
            "1\tFelles innspill til regional transportplan\tØM\t14.02.2025\n")
    record = parse_bytes(text.encode(), "referat.txt")
    assert [(a.responsible, a.due) for a in record.items[0].actions] == [
        ("sekretariatet", "2025-02-14")]
    assert record.items[-1].actions == []


def test_a_referent_label_by_initials_in_the_head_is_the_listed_person_with_them():
    text = ("Referat – Økonomiforum\n\nDato: 03.09.2025\n\nTil stede: Trude Holm (TH), "
            "Kjetil Bakke (KB) og Hanne Moe (HM)\nReferent: HM\n\n**Skatteinngang**\n\n"
            "Skatteinngangen er lavere enn budsjettert.\n\n**Eventuelt**\n\nIngen saker.\n")
    record = parse_bytes(text.encode(), "referat.txt")
    assert [(p.name, p.role) for p in record.participants] == [
        ("Trude Holm", "member"), ("Kjetil Bakke", "member"), ("Hanne Moe", "secretary")]


def test_the_attendance_under_a_programme_over_the_sections_is_read():
    """"Program" ends the head as a saksliste does; "Deltakere" under it, above the first
    numbered section, still lists who came (by municipality), and the programme's
    presenters stay guests."""
    text = ("Referat fra nettverkssamling\n\nDato: 12. mars 2025\n\nProgram\n"
            "10.00–10.15 Velkommen\n10.15–11.00 Nytt fra direktoratet v/ Eva Lund, Hdir\n\n"
            "Deltakere\n\nNordby kommune: Line Østby, Kjell Bakke\n"
            "Sørvik kommune: Trine Hauge (referent)\n\n"
            "1. Velkommen\n\nLine ønsket velkommen.\n\n2. Nytt fra direktoratet\n\n"
            "Eva Lund orienterte.\n")
    people = parse_bytes(text.encode(), "samling.txt").participants
    assert [(p.name, p.organization) for p in people if p.role != ParticipantRole.GUEST] == [
        ("Line Østby", "Nordby kommune"), ("Kjell Bakke", "Nordby kommune"),
        ("Trine Hauge", "Sørvik kommune")]


def test_a_participant_list_bound_after_a_programme_s_sections_is_no_text():
    """Minutes over the day's programme whose last section is followed by "Vedlegg:
    Deltakerliste" and its table: the list is who came, no words of the last section."""
    text = ("Oppsummering fra fagsamling\n\nDato: 21. oktober 2025\n\nProgram\n"
            "12.00–12.15\tVelkommen\n12.15–13.00\tStatus for arealene\n"
            "13.00–13.30\tVeien videre\n\nVelkommen\n\nKari ønsket velkommen.\n\n"
            "Status for arealene\n\nPer la fram kartleggingen.\n\nVeien videre\n\n"
            "Nettverket var enige om å møtes igjen i mars.\n\nVedlegg: Deltakerliste\n\n"
            "NAVN\tORGANISASJON\nKari Bøe\tAsker kommune\nPer Solli\tBærum kommune\n")
    record = parse_bytes(text.encode(), "samling.txt")
    assert record.items[-1].text == "Nettverket var enige om å møtes igjen i mars."
    assert [p.name for p in record.participants] == ["Kari Bøe", "Per Solli"]


@pytest.mark.parametrize(("said", "location"), [
    ("Neste møte vert i Ål i slutten av april.", "Ål"),
    ("Neste møte blir på Gol i juni.", "Gol"),
    ("Neste fellesmøte vert neste år i Numedal. Dato vert avklart seinare.", "Numedal"),
    ("Neste møte blir i Nord-Fron i veke 12.", "Nord-Fron"),
    # a body's name or initials after "i" is whose meeting, no place
    ("Neste møte i AU blir i juni.", None),
])
def test_a_next_meeting_with_its_place_and_no_day_keeps_the_place_only(said, location):
    # the guide never guesses a day: a month, a season or a week leaves the date null
    meeting = _next_meeting(said)
    assert (meeting.date, meeting.start, meeting.location) == (None, None, location)


def test_a_dated_next_meeting_below_wins_over_a_place_without_day():
    meeting = _next_meeting("Neste møte blir på Gol i juni.\n\nMøteplan: 4. juni, 10. september")
    assert (meeting.date, meeting.location) == ("2024-06-04", None)


@pytest.mark.parametrize("line, day", [
    ("Neste møte i utvalet er flytta frå 9. til 16. januar.", "2026-01-16"),
    ("Neste møte er flyttet fra torsdag 8. januar til 15. januar.", "2026-01-15"),
    ("Neste møte er flyttet fra 8. januar.", "2026-01-08"),  # no day it was moved to
])
def test_a_next_meeting_moved_is_on_the_day_it_was_moved_to(line, day):
    """"Flytta frå X til Y": the day after "frå" is the one the meeting was moved from."""
    text = ("Referat\n\nDato: 5.12.2025\n\nTil stades: Ola Lie, Kari Berg\n\n"
            f"Sak 1/25 Eventuelt\n\n{line}\n")
    assert parse_bytes(text.encode(), "ku.txt").next_meeting.date == day


def test_a_letters_reference_heads_over_their_values_date_a_statement():
    # "DERES REF. | VÅR REF. | DATO" over the values, as a Word table converts: the date
    # column is the statement's own date
    text = ("Nordmo regionråd\n\nDERES REF.\tVÅR REF.\tDATO\n25/881\t26/031\t13.02.2026\n\n"
            "Høringsuttalelse – regional plan for samferdsel\n\n"
            "Regionrådet behandlet høringen i møte 6. februar 2026.\n")
    record = parse_bytes(text.encode(), "uttalelse.txt")
    assert (record.kind, record.document_date, record.meeting.date) == \
        ("other", "2026-02-13", None)


def test_a_case_paper_names_its_body_by_the_committee_column_and_is_dated_where_signed():
    # a "Vedlegg" over its numbered papers and then "Innstilling" is the case paper's own
    # list, no paper bound after it: the place and date it is signed at the end date it
    text = ("SAKSFRAMLEGG\n\nSaksnr.\tUtvalg\tMøtedato\n"
            "09/26\tRegionrådet for Austdalen\t23.04.2026\n\nFelles innkjøp\n\n"
            "Vedlegg\n1. Rapport fra arbeidsgruppa\n2. Utkast til avtale\n\n"
            "Innstilling\nRegionrådet slutter seg til forslaget.\n\n"
            "Vurdering\nEt felles kontor gir bedre avtaler.\n\n"
            "Storby, 8. april 2026\n\nKari Holm\nrådgiver\n")
    record = parse_bytes(text.encode(), "saksframlegg.txt")
    assert (record.kind, record.body, record.document_date, record.meeting.date) == \
        ("other", "Regionrådet for Austdalen", "2026-04-08", None)


def test_a_case_papers_route_through_two_bodies_names_no_body_of_its_own():
    text = ("SAKSUTGREIING\n\nUtval\tSaknr.\tMøtedato\nArbeidsutvalet\t04/26\t02.03.2026\n"
            "Regionrådet i Fjellmo\t07/26\t16.03.2026\n\nTilskot til reiselivsnettverket\n\n"
            "Framlegg til vedtak\nRegionrådet løyver kr 50 000.\n")
    assert parse_bytes(text.encode(), "saksutgreiing.txt").body is None


def test_the_host_who_welcomes_a_gathering_stays_a_member_of_the_closing_list():
    """A programme's "Velkommen v/ X" names the host, who is in the closing list of
    participants: one of the network's own, a member; a speaker from outside stays a guest."""
    text = ("Oppsummering fra fagsamling i klimanettverket\n\nDato: 3. april 2025\n\n"
            "Program\n10.00 Velkommen v/ Kari Holm, Nordby kommune\n"
            "10.15 Klimaregnskap v/ Per Lunde, Klimarådgiverne AS\n\n"
            "Velkommen\n\nKari Holm ønsket velkommen.\n\nKlimaregnskap\n\n"
            "Per Lunde orienterte om klimaregnskap.\n\n"
            "Vedlegg: Deltakerliste\n\nNAVN\tORGANISASJON\nKari Holm\tNordby kommune\n"
            "Eva Dahl\tSørby kommune\nPer Lunde\tKlimarådgiverne AS\n")
    roles = {p.name: str(p.role) for p in parse_bytes(text.encode(), "s.txt").participants}
    assert roles["Kari Holm"] == "member"
    assert roles["Per Lunde"] == "guest"


def test_a_rows_owner_follows_up_the_conclusion_in_the_cells_later_paragraph():
    # "<br>" paragraphs in a Markdown cell: the row's own paragraph only tells the talk,
    # the owner beside it follows up the conclusion under it
    text = ("# Referat\n\n**Dato:** 27. januar 2026\n\n| Sak | Tema | Referat | Ansvar | Frist |\n"
            "|---|---|---|---|---|\n| 3/26 | Handlingsplan | Sindre presenterte utkastet.<br>"
            "**Konklusjon:** Utvalget slutter seg til utkastet. | Sindre Fossum | |\n")
    item = parse_bytes(text.encode(), "referat.md").items[0]
    assert [(a.text, a.responsible) for a in item.actions] == [
        ("Utvalget slutter seg til utkastet.", "Sindre Fossum")]


def test_a_rows_owner_beside_a_long_cell_follows_up_what_was_agreed():
    # the report's sentences and a deadline told apart: the task is the agreement
    text = ("Referat\n\nDato: 19.03.2025\n\nSAK\tTEMA\tREFERAT\tANSVAR\tFRIST\n"
            "2/25\tProfiler\tKari orienterte om profilene, som kommer i mai. Kommunene må sette "
            "av tid. Nettverket ble enige om å lage en felles plan. Fristen er 1. september."
            "\tCamilla Bråthen\t01.09.2025\n")
    item = parse_bytes(text.encode(), "referat.txt").items[0]
    assert [(a.text, a.responsible) for a in item.actions] == [
        ("Nettverket ble enige om å lage en felles plan.", "Camilla Bråthen")]


@pytest.mark.parametrize("register", [
    "Aksjonspunkter:\n\nNR\tAKSJON\tANSVARLIG\tFRIST\n1\tSende rapporten\tPM\t01.04.2025",
    "AKSJONSPUNKTER:\nNr\tHva\tHvem\tFrist\n1\tSende rapporten\tPM\t01.04.2025",
])
def test_a_task_table_heading_with_a_colon_after_eventuelt_closes_the_minutes(register):
    """"Aksjonspunkter:" set apart under "Eventuelt" over the task table to the end: the
    meeting's register, no words of "Eventuelt" (whose tasks they are still read as). (A
    lead-in with its colon over bullets stays the last item's own list.)"""
    text = ("Referat fra styringsgruppemøte 12.03.2025\n\n1. Status\n\nIngen merknader.\n\n"
            f"2. Eventuelt\n\nIngen saker.\n\n{register}\n")
    last = parse_bytes(text.encode(), "styringsgruppe.txt").items[-1]
    assert last.text == "Ingen saker."
    assert [a.responsible for a in last.actions] == ["PM"]


def test_a_task_heading_with_a_colon_under_a_case_stays_its_text():
    text = ("Referat fra styringsgruppemøte 12.03.2025\n\n1. Status\n\nIngen merknader.\n\n"
            "2. Kulturstrategi\n\nPer Moe orienterte.\n\nOppfølgingspunkter:\n\n"
            "Hva\tHvem\tFrist\nSende strategien på høring\tPM\t01.04.2025\n")
    last = parse_bytes(text.encode(), "styringsgruppe.txt").items[-1]
    assert "Sende strategien på høring" in last.text


def test_an_arrival_noted_by_the_case_number_outlives_the_items_retelling():
    # (s59a) "Til stede fra PS 14/25" in the table's remark column names the case; "kom til
    # møtet under behandlingen av denne saken" at the item retells the same arrival
    text = ("Møteprotokoll\n\nUtvalg:\tArbeidsutvalget\nMøtedato:\t20.05.2025\n\n"
            "Faste medlemmer som møtte:\nNAVN\tFUNKSJON\tREPRESENTERER\tMERKNAD\n"
            "Kari Holm\tLeder\tNordby\t\nPer Dahl\tMedlem\tSørby\tTil stede fra PS 14/25\n\n"
            "PS 13/25 Budsjett\n\nVedtak:\nBudsjettet vedtas.\n\n"
            "PS 14/25 Plan\n\nPer Dahl kom til møtet under behandlingen av denne saken. "
            "Kari Holm orienterte.\n")
    people = parse_bytes(text.encode(), "au.txt").participants
    assert [(p.name, p.note) for p in people] == [("Kari Holm", None),
                                                  ("Per Dahl", "Til stede fra PS 14/25")]


def test_people_named_above_a_closing_list_come_first():
    # (s59j) the head's "Møtet vart leia av X. Y skreiv referatet." over a «Deltakarar»
    # table after the items: the order of first appearance (the writer after the stop alone)
    text = ("Referat frå arbeidsutvalet\n\nDato: 21. april 2026\n\n"
            "Møtet vart leia av Eva Li. Per Dahl skreiv referatet.\n\n"
            "Sak 1/26 Eventuelt\nIngen saker.\n\nDeltakarar:\n\n"
            "Namn\tKommune\tMerknad\nEva Li\tÅl\tleiar\nTor Vik\tGol\t\n"
            "Per Dahl\tRegionrådet\treferent\n")
    people = parse_bytes(text.encode(), "r.txt").participants
    assert [(p.name, p.role) for p in people] == [
        ("Eva Li", "chair"), ("Per Dahl", "secretary"), ("Tor Vik", "member")]


def test_the_heads_end_stays_over_a_closing_line_that_gives_another():
    # (s59j) "Tid: kl. 10.00–14.00" and "Møtet hevet kl. 13.50." at the end: the head's end,
    # as the corpus reads it; the closing line gives the end when the head has none
    def end(time: str) -> str | None:
        text = (f"Protokoll fra møte i regionrådet\n\nDato: 5. mars 2026\n{time}\n\n"
                "Til stede: Kari Holm, Ola Dahl\n\nSak 1/26 Eventuelt\nIngen saker.\n\n"
                "Møtet hevet kl. 13.50.\n")
        return parse_bytes(text.encode(), "p.txt").meeting.end
    assert end("Tid: kl. 10.00–14.00") == "14:00"
    assert end("Tid: kl. 10.00") == "13:50"


def test_a_rows_request_for_work_is_also_the_owners_task():
    # (s59j) "Utvalget ber om en utredning av …" in a row with "Ansvar" and "Frist": a vedtak
    # that assigns a task is both, the row's owner's by its date, before the task after it
    text = ("Referat fra kommunedirektørutvalget\n\nDato: 3. mars 2026\n\n"
            "Til stede: Kari Holm (leder), Per Dahl\n\n"
            "SAK\tTEMA\tREFERAT\tANSVAR\tFRIST\n"
            "1/26\tLegevakt\tPer Dahl orienterte. Utvalget ber om en utredning av nye "
            "driftsmodeller. Utredningen legges fram i april.\tPer Dahl\t15.04.2026\n")
    item = parse_bytes(text.encode(), "r.txt").items[0]
    assert item.decisions == ["Utvalget ber om en utredning av nye driftsmodeller."]
    assert [(a.text, a.responsible, a.due) for a in item.actions] == [
        ("Utvalget ber om en utredning av nye driftsmodeller.", "Per Dahl", "2026-04-15"),
        ("Utredningen legges fram i april.", "Per Dahl", "2026-04-15")]


def test_a_follow_up_table_under_its_label_closing_the_minutes_is_no_text_of_the_last_item():
    # (s59l) "Oppfølging:" over "HVA | ANSVAR | FRIST" to the end: the meeting's tasks
    # (still read as the last item's), no words of Eventuelt
    text = ("Referat fra faggruppe næring\n\nDato: 9. september 2025\n\nTil stede: Kari Holm, "
            "Per Dahl\n\n1. Budsjett\nTatt til orientering.\n\n2. Eventuelt\nIngen saker.\n\n"
            "Oppfølging:\n\nHVA\tANSVAR\tFRIST\nNotat om budsjett\tKari Holm\t01.10.2025\n")
    item = parse_bytes(text.encode(), "referat.txt").items[-1]
    assert item.text == "Ingen saker."
    assert [(a.text, a.responsible, a.due) for a in item.actions] == \
        [("Notat om budsjett", "Kari Holm", "2025-10-01")]


@pytest.mark.parametrize(("led", "chair"), [
    ("Kari Holm ledet møtet fra sak 3.", "Kari Holm"),
    ("Per Lunde leia møtet frå og med sak 3.", "Per Lunde")])
def test_a_member_who_led_the_meeting_from_an_item_on_chaired_it(led, chair):
    # (s60d) a constituting meeting: opened by the administration, then led by the leader
    # it elected ("… ledet møtet fra sak 3"); no other chair is named
    text = ("Referat\n\nDato: 30. oktober 2023\n\nTil stede: Kari Holm, Per Lunde, Ola Dahl\n\n"
            "Sak 1/23 Åpning\n\nDaglig leder åpnet møtet.\n\n"
            f"Sak 2/23 Valg av leder\n\n{chair} ble valgt til leder. {led}\n\n"
            "Sak 3/23 Eventuelt\n\nIngen saker.\n")
    record = parse_bytes(text.encode(), "konst.txt")
    roles = {p.name: p.role for p in record.participants}
    assert roles[chair] == ParticipantRole.CHAIR.value
    assert [name for name, role in roles.items() if role == ParticipantRole.CHAIR.value] == [chair]


def _people_of(text: str) -> list[tuple[str, str | None, str | None, str]]:
    record = parse_bytes(text.encode(), "referat.txt")
    return [(p.name, p.organization, p.role, p.attendance) for p in record.participants]


@pytest.mark.parametrize(("wrapped", "note"), [
    ("Kari Moe (Hamar) – fra kl.\n13.30", "fra kl. 13.30"),  # the hour wrapped
    ("Kari Moe (Hamar) – til og med sak\n3/24 og 4/24", "til og med sak 3/24 og 4/24"),
])
def test_a_partial_attendance_note_wrapped_before_its_hour_or_case_is_read_whole(
        wrapped, note):
    """A narrow PDF column breaks "– fra kl. 13.30" after "kl.": the hour (or the case
    number after "sak") on the next line is the note's end, not a line of its own."""
    text = (f"Referat fra møte i Helsenettverket\n\nDato: 12. mars 2024\n\nTil stede:\n"
            f"{wrapped}\nPer Lund (Løten)\n\nSak 1/24 Eventuelt\nIngen saker.\n")
    record = parse_bytes(text.encode(), "referat.txt")
    assert [(p.name, p.attendance, p.note) for p in record.participants] == [
        ("Kari Moe", "partial", note), ("Per Lund", "present", None)]


def test_a_time_line_after_a_note_that_ends_is_not_joined_to_it():
    # "13.30 Lunsj" starts a programme's line with a title: no hour of the note above
    text = ("Referat fra møte i Helsenettverket\n\nDato: 12. mars 2024\n\nTil stede:\n"
            "Kari Moe (Hamar)\nPer Lund (Løten) – til\n13.30 Lunsj\n\n"
            "Sak 1/24 Eventuelt\nIngen saker.\n")
    record = parse_bytes(text.encode(), "referat.txt")
    assert all("13.30" not in (p.note or "") for p in record.participants)


def test_a_company_line_over_a_decks_title_is_its_letterhead():
    """A deck as text whose first line is a company's name ("… AS") over the deck's own
    title: the company is the organisation, the next line the title, the kind a deck's."""
    record = parse_bytes(_deck_of("Fjordkyst Reiseliv AS\n\nStrategisamling for "
                                  "reiselivsnettverket\n\nLoen, 12. mars 2025").encode(),
                         "deck.txt")
    assert (record.kind, record.title, record.organization) == (
        "presentation", "Strategisamling for reiselivsnettverket", "Fjordkyst Reiseliv AS")


def test_a_union_seat_label_after_the_staffs_group_is_a_members_seat():
    # (s60c) "Tillitsvald: Gunn Bakke, Fellesorganisasjonen" after "Frå administrasjonen: …":
    # the union's seat is one of the body's own, not one of the staff listed above it
    text = ("Protokoll frå møte i styringsgruppa\n\nDato: 22.10.2025\n\nDesse møtte:\n"
            "Solveig Haugen, Ålvik kommune (leiar)\nTorstein Bråten, Nesbygd kommune\n\n"
            "Frå administrasjonen: Marte Nygaard, barnevernleiar\n\n"
            "Tillitsvald: Gunn Bakke, Fellesorganisasjonen\n\nSak 1/25 Eventuelt\nIngen saker.\n")
    people = _people_of(text)
    assert ("Marte Nygaard", "administrasjonen", "guest", "present") in people
    assert ("Gunn Bakke", "Fellesorganisasjonen", "member", "present") in people


def test_an_observer_label_with_whom_she_comes_from_makes_a_guest():
    # (s60c) "Observatør KS: Lars Kvisler, KS Innlandet" among the sides of a health
    # partnership: the seat word says the role, as "Observatør:" alone does
    text = ("Protokoll partnerskapsmøte\n\nMøtedato: 13. november 2025\n\nFra kommunene:\n"
            "Marit Sollien, ordfører, Åmotdal kommune (leder)\nTrond Eggen, ordfører, "
            "Stor-Odalen kommune\n\nObservatør KS: Lars Kvisler, KS Innlandet\n\n"
            "Sekretariat: Randi Hovde (referent)\n\nSak 1/25 Eventuelt\nIngen saker.\n")
    people = _people_of(text)
    assert ("Lars Kvisler", "KS Innlandet", "guest", "present") in people
    assert ("Trond Eggen", "Stor-Odalen kommune", "member", "present") in people


def test_a_kommunedirektor_in_an_officials_table_stays_a_member_beside_a_staff_line_below():
    # (s60c) a steering group's "NAMN | FUNKSJON | KOMMUNE" table of officials, then "Frå
    # administrasjonen: …" below it (the service's staff) and "formannskapssalen" as the
    # room: neither sets the table's kommunedirektør apart as staff
    text = ("Protokoll frå møte i styringsgruppa\n\nMøtestad: Ålvik kommunehus, "
            "formannskapssalen\n\nDesse møtte:\n\nNAMN\tFUNKSJON\tKOMMUNE\n"
            "Solveig Haugen\tKommunedirektør, leiar\tÅlvik\n"
            "Torstein Bråten\tKommunalsjef oppvekst\tNesbygd\n"
            "Per Asle Rue\tKommunedirektør\tGrøndal\n\n"
            "Frå administrasjonen: Marte Nygaard, barnevernleiar\n\n"
            "Sak 1/25 Eventuelt\nIngen saker.\n")
    people = _people_of(text)
    assert ("Per Asle Rue", "Grøndal", "member", "present") in people
    assert ("Marte Nygaard", "administrasjonen", "guest", "present") in people


def test_an_administration_label_above_the_table_still_sets_its_heads_apart():
    # (s60c) the narrowing's other side: "Fra administrasjonen:" over the rows it heads
    text = ("Referat fra møte i rådet\n\nDato: 3. mars 2026\n\nTil stede:\n"
            "Kari Holm\tLeder\tÅsby kommune\nOla Dahl\tMedlem\tLindnes kommune\n\n"
            "Fra administrasjonen:\nPer Lie\tKommunedirektør\tÅsby kommune\n"
            "Eva Moe\tRådgiver\tÅsby kommune\n\nSak 1/26 Eventuelt\nIngen saker.\n")
    assert ("Per Lie", "Åsby kommune", "guest", "present") in _people_of(text)


def test_a_sentence_that_someone_from_the_host_municipality_attended_one_item():
    # (s60c) "Fra vertskommunen deltok også økonomirådgiver Kai Ulvestad under sak 19/25.":
    # a municipality by its part, lower case, as "Fra kommunen deltok …" is read
    text = ("Møtereferat\n\nMøtedato: 09.12.2025\n\nTil stede:\n"
            "Kommunedirektør Anders Kvam, Solvik kommune (leder)\n"
            "Legevaktsjef Hilde Marstein (sekretær)\n\n"
            "Fra vertskommunen deltok også økonomirådgiver Kai Ulvestad under sak 19/25.\n\n"
            "Sak 19/25 – Fordeling\n\nGodkjent.\n")
    record = parse_bytes(text.encode(), "referat.txt")
    kai = next(p for p in record.participants if p.name == "Kai Ulvestad")
    assert (kai.role, kai.attendance, kai.note) == ("guest", "partial", "under sak 19/25")

def test_a_closing_recap_of_decisions_is_no_text_of_the_last_item():
    """ "Beslutninger" / "Vedtak i møtet" set apart over bullets that end the minutes (or
    end above the closing task list) recaps the decisions: they still count, but are no
    words of the last item."""
    text = ("Referat\n\nSak 1 Budsjett\nBudsjettet ble gjennomgått.\n\nSak 2 Eventuelt\n"
            "Ingen saker.\n\n{heading}\n- Budsjettet for 2026 vedtas.\n"
            "- Styret møtes hver måned.\n\nOppfølgingspunkter\n"
            "- Ola Lie sender budsjettet til kommunene innen 1. mai.\n")
    for heading in ("Beslutninger", "📌 Beslutninger", "Vedtak i møtet"):
        last = parse_bytes(text.format(heading=heading).encode(), "styre.txt").items[-1]
        assert last.text == "Ingen saker.", heading
        assert last.decisions == ["Budsjettet for 2026 vedtas.", "Styret møtes hver måned."]
        assert [a.responsible for a in last.actions] == ["Ola Lie"]


def test_a_decision_heading_with_a_colon_under_an_item_stays_its_text():
    """ "Beslutninger:" with its colon under a case's text is that case's own list."""
    text = ("Referat\n\nSak 1 Budsjett\nBudsjettet ble gjennomgått.\n\nBeslutninger:\n"
            "- Budsjettet for 2026 vedtas.\n")
    last = parse_bytes(text.encode(), "styre.txt").items[-1]
    assert "Budsjettet for 2026 vedtas." in last.text


def test_a_rows_follow_up_paragraph_after_sub_points_is_the_rows_task():
    """"a) … b) …" in the description, then the follow-up cell: the owner column's task
    is the follow-up sentence alone, due by the date it names."""
    text = ("Referat\nDato: 14.10.2025\n\nSAK\tBESKRIVELSE\tOPPFØLGING\tANSVAR\n"
            "Sak 42/25 Orienteringer\ta) Regionrådet 2. oktober: kort gjennomgang. "
            "b) Legevakt: ny avtale er sendt ut.\tSignert avtale returneres til "
            "sekretariatet innen 1. november.\tAlle kommunene\n")
    item = parse_bytes(text.encode(), "kdu.txt").items[0]
    assert [(a.text, a.responsible, a.due) for a in item.actions] == [
        ("Signert avtale returneres til sekretariatet innen 1. november.", "Alle kommunene",
         "2025-11-01")]


@pytest.mark.parametrize(("bracket", "org"), [
    ("Modum, HMS-rådgiver", "Modum"),  # the job after the comma
    ("rådgiver, Hol kommune", "Hol kommune"),  # the job before it
])
def test_a_late_guests_bracket_without_the_job_is_whom_they_came_from(bracket, org):
    text = ("Referat\nDato: 06.11.2025\n\nTil stede: Kari Holm (Sigdal) og Per Dal (Modum). "
            f"Anders Hoel ({bracket}) deltok på sak 2.\n\n1. Sykefravær\nIngen merknader.\n")
    people = parse_bytes(text.encode(), "nettverk.txt").participants
    hoel = next(p for p in people if p.name == "Anders Hoel")
    assert (hoel.organization, hoel.attendance, hoel.note) == (org, "partial", "deltok på sak 2")


@pytest.mark.parametrize(("body", "role"), [("Referat fra styringsgruppemøte", "guest"),
                                            ("Referat fra prosjektgruppemøte", "member")])
def test_a_sub_project_s_leader_reports_to_a_steering_group_as_a_guest(body, role):
    # (s61a) at a steering group the leader of a sub-project is staff reporting to it; in
    # the project group he is a member
    text = (f"{body}\n\nDato: 11.03.2025\n\nTil stede:\n\nNAVN\tKOMMUNE\tROLLE\n"
            "Kari Holm\tNordby kommune\tLeder\nPer Dahl\tSørby kommune\tMedlem\n"
            "Ola Lie\tNordby kommune\tDelprosjektleder DP2\n\n1. Status\nIngen merknader.\n")
    people = {p.name: p.role for p in parse_bytes(text.encode(), "sg.txt").participants}
    assert people == {"Kari Holm": "chair", "Per Dahl": "member", "Ola Lie": role}


@pytest.mark.parametrize(("sentence", "guests"), [
    # (s61h) a regional unit written small after the organisation: "frå Husbanken region aust"
    ("Ola Rusten frå Husbanken region aust orienterte om startlån.",
     [("Ola Rusten", "Husbanken region aust", "guest", "present")]),
    # a visit from an organisation by named people: each presented, for it
    ("Besøk av NAV Follo ved leder Sigrid Bakken og rådgiver Espen Aas. De presenterte "
     "tiltakene.", [("Sigrid Bakken", "NAV Follo", "guest", "present"),
                   ("Espen Aas", "NAV Follo", "guest", "present")]),
])
def test_presenters_from_an_organisations_unit_or_visit_are_guests(sentence, guests):
    text = ("Protokoll fra møte i regionrådet\n\nDato: 05.06.2025\n\nTil stede: Kari Holm "
            "(leder), Per Dahl\n\nSak 12/25 Arbeid og inkludering\n\n"
            f"{sentence}\n\nTatt til orientering.\n")
    assert _people_of(text)[2:] == guests


def test_a_talk_line_among_the_attendance_names_a_guest_for_that_case():
    # (s61h) "Innledning ved ORG v/ title NAME under sak X." without a label's colon, right
    # under the members: the presenter, a guest from ORG there for that case (no member)
    text = ("Protokoll\n\nDato: 12.09.2025\n\nMøtende: Kari Holm (Tønsberg, leder), Per Dahl "
            "(Larvik)\n\nInnledning ved Husbanken v/ seniorrådgiver Anne Li under sak 25/25.\n\n"
            "Sak 25/25 Startlån\n\nTatt til orientering.\n")
    record = parse_bytes(text.encode(), "referat.txt")
    assert [(p.name, p.organization, p.role, p.attendance, p.note)
            for p in record.participants][2:] == [
        ("Anne Li", "Husbanken", "guest", "partial", "under sak 25/25")]

def test_a_decks_next_meeting_sentence_on_its_last_slide_stays_the_items_text():
    # (s61k) every text box of a deck stands apart: "Neste samling vert 23. april i
    # Seljord." under "Vegen vidare" is that slide's line (and the record's next meeting)
    text = ("\n\nKulturnettverket i Vestdal\n\n22. januar 2025\n\nProgram\n\n1. Velkomen\n"
            "2. Status\n3. Vegen vidare\n\nStatus\n\n- Planen er klar\n- Høyring i mars\n\n"
            "Vegen vidare\n\nSekretariatet sender ut presentasjonane.\n\n"
            "Neste samling vert 23. april i Seljord.\n\nTakk for i dag!\n\nvestdal.no\n")
    record = parse_bytes(text.encode(), "deck.txt")
    assert record.kind == "presentation"
    assert record.items[-1].text.endswith("Neste samling vert 23. april i Seljord.")
    assert record.next_meeting.date == "2025-04-23"


def test_a_presenters_organisation_after_a_comma_ending_the_sentence():
    # (s61k) "… ble presentert av Line Dahl, Statsforvalteren i Oslo og Viken."
    text = ("Kort referat – Klimanettverket\n\nMøte 28. mai 2025 kl. 12.30–15.00\n\n"
            "1. Klimaregnskap\n\n- Klimaregnskapet ble presentert av Line Dahl, "
            "Statsforvalteren i Oslo og Viken.\n\n2. Eventuelt\n\n- Ingen saker.\n")
    people = parse_bytes(text.encode(), "ref.txt").participants
    assert [(p.name, p.organization, p.role) for p in people] == [
        ("Line Dahl", "Statsforvalteren i Oslo og Viken", ParticipantRole.GUEST)]


def _docx_with_table(lines: list[str], rows: list[list[str]]) -> bytes:
    """A Word document of the lines, then a table of the rows (the first its header)."""
    document = Document()
    for line in lines:
        document.add_paragraph(line)
    table = document.add_table(rows=0, cols=len(rows[0]))
    for row in rows:
        for cell, value in zip(table.add_row().cells, row, strict=True):
            cell.text = value
    return docx_bytes(document)


@pytest.mark.parametrize(("row", "date"), [
    # a follow-up table's task to make the plan: its day is the task's deadline
    (["Sette opp møteplan for høsten", "Kari Holm", "20.06.2025"], None),
    # a row that opens with the plan lists the meetings
    (["Møteplan for høsten", "Kari Holm", "20.06.2025"], "2025-06-20"),
])
def test_a_task_to_make_the_meeting_plan_names_no_next_meeting(row, date):
    data = _docx_with_table(
        ["Referat fra kulturnettverket", "Dato: 14.05.2025", "Til stede: Kari Holm, Per Berg",
         "Sak 1 Eventuelt", "Ingen saker.", "Oppfølgingspunkter"],
        [["Hva", "Hvem", "Frist"], row])
    assert parse_bytes(data, "referat.docx").next_meeting.date == date
@pytest.mark.parametrize(("line", "place"), [
    ("Neste møte: 4. november 2025 kl. 10.00 på Dalen helsetun, kantina.",
     "Dalen helsetun, kantina"),
    ("Neste møte: 9. september kl. 10.30 på Rauland helsetun.", "Rauland helsetun")])
def test_the_next_meeting_at_a_yard_and_a_room_in_it(line, place):
    record = parse_bytes(("Referat fra møte i Eldrerådet\n\nDato: 3. mars 2025\n"
                          "Til stede: Kari Holm (leder), Ola Dal\n\n1. Budsjett\n"
                          f"Tatt til orientering.\n\n{line}\n").encode(), "referat.txt")
    assert record.next_meeting.location == place
@pytest.mark.parametrize("said", [
    "Neste møte i representantskapet er 4. juni.",
    "Neste møte i fylkestinget er 4. juni.",
    "Neste møte i regionrådet er 4. juni.",
    "Neste møte i arbeidsutvalget er 4. juni.",
    "Neste representantskapsmøte er 4. juni."])
def test_another_bodys_next_meeting_is_not_the_groups(said):
    # (s62f) in a faggruppe's minutes an assembly's, a council's or a committee's next
    # meeting is theirs: the group's own, named or not, is the record's
    text = ("Referat fra møte i faggruppe for næring\n\nDato: 12.03.2024\n\n"
            "Til stede: Kari Holm, Per Berg\n\nSak 1/24 Eventuelt\n"
            f"{said}\nNeste møte i faggruppa: 8. mai kl. 10.00 på Teams.\n")
    meeting = parse_bytes(text.encode(), "faggruppe.txt").next_meeting
    assert (meeting.date, meeting.start) == ("2024-05-08", "10:00")


def test_a_sentence_wrapped_after_its_subject_is_read_with_it():
    """A PDF breaks a paragraph at its margin, here after a pronoun and its verb: the
    line below is read with them, and the pronoun's person with the line above."""
    from motebok.extract.minutes import _with_subject_above
    above = "Eva Lid er styremedlem i laget og bad om å få vurdert habiliteten sin. Ho vart"
    text = "samrøystes kjend inhabil og fratredde under handsaminga av sak 12/25."
    joined, lowered, context = _with_subject_above(text, text.lower(), above)
    assert joined == f"Ho vart {text}"
    assert lowered == joined.lower()
    assert context == "Eva Lid er styremedlem i laget og bad om å få vurdert habiliteten sin."
    # a whole sentence above, or a long start, is left as it was
    assert _with_subject_above(text, text.lower(), "Møtet tok pause.")[0] == text
    long_start = "Det ble etter en lang og grundig drøfting i møtet"
    assert _with_subject_above(text, text.lower(), long_start)[0] == text


@pytest.mark.parametrize(("header", "body", "organization"), [
    # a cooperation's template names it beside its secretariat: the group's parent
    ("Vestfjellrådet – sekretariatet", "Administrativ gruppe", "Vestfjellrådet"),
    ("Indre Vik regionråd – sekretariatet", "Administrativ gruppe", "Indre Vik regionråd"),
    ("Sekretariatet for Vestfjellrådet", "Administrativ gruppe", "Vestfjellrådet"),
    ("Sekretariatet i Indre Vik regionråd", "Administrativ gruppe", "Indre Vik regionråd"),
    # one word alone, also in capitals
    ("Vestfjellrådet", "Administrativ gruppe", "Vestfjellrådet"),
    ("VESTFJELLRÅDET", "Administrativ gruppe", "Vestfjellrådet"),
    # … or before its address, in a footer
    ("Vestfjell interkommunale politiske råd · Storgata 4, 3580 Vik", "Næringsforum",
     "Vestfjell interkommunale politiske råd"),
    ("Vestfjellrådet | Postboks 12, 6800 Vik", "Næringsforum", "Vestfjellrådet"),
    # the council itself met: it is its own cooperation
    ("Vestfjellrådet – sekretariatet", "Regionrådet", None),
    # a cooperation named by its region in one word, beside the document's word
    ("Vestfjellregionen\tOppsummering", "Administrativ gruppe", "Vestfjellregionen"),
    ("Vestfjellregionen\tOppsummering", "Regionrådet", None),
])
def test_a_cooperation_on_the_page_edge_is_the_parent_of_its_group(header, body, organization):
    data = _docx_with_header(header, [
        f"Referat fra {body.lower()}", "Dato: 12. mars 2025", "Sted: Teams",
        "1. Godkjenning av innkalling", "Godkjent."])
    record = parse_bytes(data, "referat.docx")
    assert (record.body, record.organization) == (body, organization)


@pytest.mark.parametrize(("top", "bottom", "organization", "dated"), [
    # the secretariat's date line over the title: who issues the minutes, and when
    (["Sekretariatet i Vestfjellrådet, 12. mai 2025"], [], "Vestfjellrådet", "2025-05-12"),
    # the cooperation in place of a letter's town
    (["Vestfjellrådet, 12. mai 2025"], [], "Vestfjellrådet", "2025-05-12"),
    # the secretariat's signature under them
    ([], ["For sekretariatet, Vestfjell interkommunale politiske råd", "Vik, 14. mai 2025",
          "Kari Holm"], "Vestfjell interkommunale politiske råd", "2025-05-14"),
    ([], ["Vestfjellrådet, sekretariatet"], "Vestfjellrådet", None),
    # a person beside the secretariat names no cooperation
    ([], ["Kari Holm, sekretariatet"], None, None),
])
def test_the_secretariat_that_issues_the_minutes_names_the_parent(top, bottom, organization,
                                                                  dated):
    text = "\n\n".join([*top, "Referat fra rådmannsutvalget", "Tid: 7. mai 2025 kl. 09.00",
                        "Til stede: Per Li (Vik kommune), Ola Dahl (Bø kommune)",
                        "1. Godkjenning av innkalling", "Godkjent.", *bottom]) + "\n"
    record = parse_bytes(text.encode(), "referat.txt")
    assert (record.body, record.organization, record.document_date) == (
        "Rådmannsutvalget", organization, dated)
@pytest.mark.parametrize(("title", "said", "expected"), [
    # (s63b) a group's or committee's minutes: the council's meeting, with "møte" in its
    # noun or without it, is the council's; the group's own is the record's
    ("Referat fra møte i faggruppe for næring", "Neste regionrådsmøte er 14. april.",
     "2024-05-08"),
    ("Referat frå møte i kommunedirektørutvalet", "Neste regionråd er 14. april.",
     "2024-05-08"),
    ("Referat fra møte i arbeidsutvalget", "Neste regionrådsmøte er 14. april.", "2024-05-08"),
    # … the council's own minutes, or its board's, set their own day so
    ("Protokoll fra møte i Vestdal regionråd", "Neste regionrådsmøte er 14. april.",
     "2024-04-14"),
    ("Referat fra styremøte i regionrådet", "Neste regionråd er 14. april.", "2024-04-14"),
])
def test_a_councils_next_meeting_in_the_minutes_of_a_group_under_it(title, said, expected):
    text = (f"{title}\n\nDato: 12.03.2024\n\nTil stede: Kari Holm, Per Berg\n\n"
            f"Sak 1/24 Orienteringer\n{said}\n\nSak 2/24 Eventuelt\nIngen saker.\n\n"
            "Neste møte: 8. mai kl. 10.00 på Teams.\n")
    if "Vestdal" in title or "styremøte" in title:
        text = text.replace("Neste møte: 8. mai kl. 10.00 på Teams.\n", "")
    assert parse_bytes(text.encode(), "referat.txt").next_meeting.date == expected


@pytest.mark.parametrize(("title", "said", "expected"), [
    # (s63b) a committee named for its meeting, no "møte" with it: its own minutes' next
    # meeting, in a sentence or a label's form ...
    ("Referat frå møte i kommunedirektørutvalet",
     "Neste kommunedirektørutval vert 2. juni kl. 09.00 i Sogndal.", "2025-06-02"),
    ("Oppsummering fra møte i rådmannsutvalget", "Neste rådmannsutvalg: 27. august, Teams.",
     "2025-08-27"),
    # ... and another committee's in a group's minutes
    ("Referat frå møte i faggruppe helse", "Neste kommunedirektørutval vert 2. juni.", None),
])
def test_a_committee_named_for_its_next_meeting_without_the_word_meeting(title, said,
                                                                         expected):
    text = (f"{title}\n\nDato: 14. mai 2025\n\nTil stede: Kari Holm, Per Berg\n\n"
            f"Sak 14/25 Eventuelt\nPer Berg orienterte om skuleskyssen.\n\n{said}\n")
    record = parse_bytes(text.encode(), "referat.txt")
    assert record.next_meeting.date == expected
    if expected:  # (set apart after the last item: the minutes' close, not its text)
        assert record.items[-1].text == "Per Berg orienterte om skuleskyssen."
def test_the_next_regional_planning_forum_is_the_next_meeting():
    # (s63j) the forum's kind between "Neste" and its word: "Neste regionale planforum:"
    text = ("Referat fra regionalt planforum\n\nDato: 16.09.2025\n\nSak 1 Eventuelt\n"
            "Ingen saker.\n\nNeste regionale planforum: 21. oktober 2025.\n")
    assert parse_bytes(text.encode(), "p.txt").next_meeting.date == "2025-10-21"
def test_the_hour_of_the_next_meeting_wrapped_after_kl_in_a_narrow_box():
    # a text box in Word wraps "… kl." / "10.00": the hour is on the line under the day
    meeting = _next_meeting("Neste møte: 22. mai 2024 kl.\n10.00\nSted: Gjøvik gård")
    assert (meeting.date, meeting.start, meeting.location) == (
        "2024-05-22", "10:00", "Gjøvik gård")


@pytest.mark.parametrize(("said", "day"), [
    # (s64d) hours without a day: no next meeting (the day is to come)
    ("Neste møte: kl. 10–12, dato kjem.", None),
    ("Neste møte 3. juni kl. 10–12.", "2024-06-03"),
])
def test_the_next_meeting_needs_its_day(said, day):
    assert _next_meeting(said).date == day


def test_a_countys_site_banner_names_no_parent_of_its_forum():
    """(s64d) The county named only in the web page's banner and <title> is the site's, as a
    municipality's is: no organization of the forum the text does not name."""
    page = ("<html><head><title>Referat planforum – Telemark fylkeskommune</title></head>"
            "<body><header><div class='site-name'>Telemark fylkeskommune</div></header>"
            "<main><h1>Referat fra regionalt planforum 22. april 2026</h1>"
            "<p>Tid: 22. april 2026 kl. 12.00–15.00</p><h3>Sak 1 Godkjenning</h3>"
            "<p>Godkjent.</p></main></body></html>")
    record = parse_bytes(page.encode(), "planforum.html")
    assert (record.body, record.organization) == ("Regionalt planforum", None)
@pytest.mark.parametrize("tasks", [
    "Til neste gang:\n- Alle: legg inn arrangementa i kalenderen.\n- Ola sjekkar prisar.\n",
    "Til neste gang\n\nHva\tHvem\tFrist\nLegg inn arrangementa i kalenderen\tAlle\t\n"
    "Sjekk prisar\tOla\t\n"])
def test_a_til_neste_gang_list_closing_the_minutes_is_no_text_of_the_last_item(tasks):
    # (s64b) a network's "Til neste gang" over bullets or a "Hva | Hvem | Frist" table:
    # what each does before the next meeting, the last item's tasks but none of its words
    text = ("Referat frå nettverksmøte\n\nDato: 11. mars 2025\n\nTil stades: Kari Holm, "
            "Ola Rud\n\n1. Runde rundt bordet\nLite nytt.\n\n2. Eventuelt\nIngen saker.\n\n"
            + tasks)
    item = parse_bytes(text.encode(), "referat.txt").items[-1]
    assert item.text == "Ingen saker."
    assert [a.responsible for a in item.actions] == ["Alle", "Ola"]
@pytest.mark.parametrize(("header", "organization"), [
    # the project's owner beside the project the steering group is for
    ("Indre Vik samarbeid\tProsjekt Trygg heime", "Indre Vik samarbeid"),
    ("Prosjekt Trygg heime\tFjellregionen Aust", "Fjellregionen Aust"),
    # the project alone, or beside a document's word or a number, names no owner
    ("Prosjekt Trygg heime", None),
    ("Prosjekt Trygg heime\tReferat 2026", None),
])
def test_the_name_beside_the_project_in_the_page_header_is_its_groups_parent(header,
                                                                            organization):
    data = _docx_with_header(header, [
        "Referat fra møte i styringsgruppen for prosjekt Trygg heime",
        "Dato: 10. mars 2026", "Sted: Teams", "1. Godkjenning av innkalling", "Godkjent."])
    record = parse_bytes(data, "referat.docx")
    assert (record.body, record.organization) == (
        "Styringsgruppen for prosjekt Trygg heime", organization)
def test_the_merger_project_s_staff_are_guests_from_the_project_organisation():
    text = ("Protokoll\nPartssammensatt utvalg\n\nMøtedato: 22.10.2018\n\n"
            "Til stede: Kari Holm (leder), Per Berg\n\n"
            "Fra prosjektorganisasjonen:\nProsjektrådmann Liv Dahl\n\n"
            "PS 1/18 Protokoll\nGodkjent.\n")
    people = {p.name: p for p in parse_bytes(text.encode(), "psu.txt").participants}
    assert people["Liv Dahl"].role == ParticipantRole.GUEST
    assert people["Liv Dahl"].organization == "prosjektorganisasjonen"
def test_a_municipality_spelt_as_the_place_label_is_a_group_among_its_neighbours():
    # Stad is a municipality, and "Stad:" nynorsk for the meeting's place: among groups
    # of the same shape ("Gloppen: A, B") it lists Stad's people, and the groups under it
    # are read too; the place stays the one the head gave
    text = ("Protokoll frå møte i representantskapet\n\nDato: 03.04.2025\n"
            "Stad: Stryn rådhus\n\nMøtande representantar:\n"
            "Stryn: Kari Aabrekk (leiar), Sindre Loen\n"
            "Gloppen: Arnfinn Heggheim, Tone Sandal\n"
            "Stad: Marte Hoddevik (nestleiar), Olav Drage\n"
            "Kinn: Hilde Nygård, Jostein Rugsland\n\n"
            "Sak 01/25 Godkjenning av innkalling\nVedtak: Godkjend.\n")
    record = parse_bytes(text.encode(), "protokoll.txt")
    assert record.meeting.location == "Stryn rådhus"
    assert [(p.name, p.organization) for p in record.participants] == [
        ("Kari Aabrekk", "Stryn"), ("Sindre Loen", "Stryn"), ("Arnfinn Heggheim", "Gloppen"),
        ("Tone Sandal", "Gloppen"), ("Marte Hoddevik", "Stad"), ("Olav Drage", "Stad"),
        ("Hilde Nygård", "Kinn"), ("Jostein Rugsland", "Kinn")]


def test_a_municipality_spelt_as_the_place_label_with_one_person_is_a_group_too():
    # (s65f) one person a municipality: "Gloppen: Håkon Sandal" over "Stad: Olav Myklebust"
    text = ("Møteprotokoll\n\nDato: 20. november 2025\nStad: Sandane\n\n"
            "Møtande medlemer:\nStryn: Anne Moldestad (leiar)\nGloppen: Håkon Sandal\n"
            "Stad: Olav Myklebust\nKinn: Tor Ivar Hessevik\n\n"
            "Sak 07/25 Godkjenning av innkalling\nVedtak: Godkjend.\n")
    record = parse_bytes(text.encode(), "protokoll.txt")
    assert record.meeting.location == "Sandane"
    assert [(p.name, p.organization) for p in record.participants] == [
        ("Anne Moldestad", "Stryn"), ("Håkon Sandal", "Gloppen"), ("Olav Myklebust", "Stad"),
        ("Tor Ivar Hessevik", "Kinn")]


def test_a_third_row_of_signature_columns_gives_whom_each_signer_writes_for():
    # (s65f) name / title / organisation in columns set apart by spaces
    text = ("Referat – møte i faggruppe for kultur\n\nMøtedato: 14. januar 2026\n\n"
            "Til stede:\nKari Holm, Vinje kommune (leder)\nGunnar Eika, Tokke kommune\n\n"
            "Sak 01/26 Eventuelt\nIngen saker.\n\nRauland, 16. januar 2026\n\n\n"
            "Kari Holm                       Ola Tveito\n"
            "leder                           referent\n"
            "Vinje kommune                   Tokke kommune\n")
    people = parse_bytes(text.encode(), "referat.txt").participants
    assert [(p.name, p.organization, p.role) for p in people] == [
        ("Kari Holm", "Vinje kommune", ParticipantRole.CHAIR),
        ("Gunnar Eika", "Tokke kommune", ParticipantRole.MEMBER),
        ("Ola Tveito", "Tokke kommune", ParticipantRole.SECRETARY)]


def test_a_head_away_from_a_body_of_heads_is_an_absent_member():
    # (s65f, the current reading) a kommunedirektørutval whose present members carry no
    # titles: "Kommunedirektør X" under "Forfall:" is its member, away, no guest
    text = ("Referat frå møte i kommunedirektørutvalet i Sunnhordland\n\n"
            "Dato: 14. januar 2026\n\nTil stades:\nTone Grindheim, Stord kommune (leiar)\n"
            "Sissel Tysnes, Bømlo kommune\n\nForfall:\n"
            "Kommunedirektør Odd Helge Vikøy, Tysnes kommune\n\n"
            "Sak 01/26 Godkjenning av innkalling\nInnkallinga vart godkjend.\n")
    people = parse_bytes(text.encode(), "referat.txt").participants
    assert [(p.name, p.organization, p.role, p.attendance) for p in people[2:]] == [
        ("Odd Helge Vikøy", "Tysnes kommune", ParticipantRole.MEMBER, "absent")]


def test_the_daily_management_of_an_iks_is_whom_its_people_represent():
    text = ("Protokoll – representantskapet\n\nDato: 12.06.2025\n\n"
            "Til stede: Bjørg Kvinnesland (leder), Ove Vedøy\n"
            "Fra daglig ledelse: Magnhild Våge (referent) og Terje Skeie\n\n"
            "Sak 7/25 Godkjenning av innkalling\nVedtak: Godkjent.\n")
    people = parse_bytes(text.encode(), "protokoll.txt").participants
    assert [(p.name, p.organization, p.role) for p in people[2:]] == [
        ("Magnhild Våge", "daglig ledelse", ParticipantRole.SECRETARY),
        ("Terje Skeie", "daglig ledelse", ParticipantRole.GUEST)]


def test_a_note_cut_after_sak_at_the_line_end_goes_on_with_its_case_numbers():
    # a PDF's paragraph wrapped between "sak" and its numbers: the note keeps them
    text = ("Protokoll fra møte i Vassdal regionråd\n\nMøtedato: 14.03.2025\n\n"
            "Til stede: Kari Holm (leder), Per Lie\n\n"
            "Andre: Kommunedirektør Trond Bergsli, Modum, deltok under sak\n"
            "14/25 og 15/25. Rådgiver Mona Gjerde, Buskerud fylkeskommune,\n"
            "orienterte under sak 16/25.\n\nSak 14/25 Budsjett\nVedtak: Godkjent.\n")
    people = parse_bytes(text.encode(), "protokoll.txt").participants
    assert [(p.name, p.note) for p in people[2:]] == [
        ("Trond Bergsli", "deltok under sak 14/25 og 15/25"),
        ("Mona Gjerde", "orienterte under sak 16/25")]


def test_the_next_fagdag_is_the_next_meeting_and_set_by_it():
    # (s64l) a network meeting as a "fagdag" names its next one so
    text = ("Referat frå fagdag i nettverket\n\nDato: 14.10.2025\nStad: Stryn\n\n"
            "Møtte: Kari Holm (Stryn kommune), Ola Berg (Stad kommune)\n\n"
            "09.00 – 10.00 Velkomen\nKari ønskte velkomen.\n\n"
            "10.00 – 11.00 Oppsummering\nNeste fagdag vert 10. mars 2026 i Stryn.\n")
    record = parse_bytes(text.encode(), "fagdag.txt")
    assert record.next_meeting.date == "2026-03-10"
    assert record.items[-1].decisions == ["Neste fagdag vert 10. mars 2026 i Stryn."]


def test_a_wrapped_list_line_that_closes_a_bracket_with_a_case_is_no_heading():
    # (s65a) "(Tydal, fra" / "RS-sak 4/2025) og …": the case number ends a note wrapped at
    # the margin; the list goes on, and the case headings below stay items
    text = ("Protokoll fra representantskapet\n\nDato: 15.05.2025\n\n"
            "Møtende representanter: Ola Berg (Selbu), Kari Holm (Tydal, fra\n"
            "RS-sak 2/2025) og Per Lie (Holtålen).\n\n"
            "RS-sak 1/2025 Godkjenning av innkalling\nGodkjent.\n\n"
            "RS-sak 2/2025 Årsregnskap 2024\nVedtak: Godkjent.\n")
    record = parse_bytes(text.encode(), "protokoll.txt")
    assert [i.number for i in record.items] == ["1/2025", "2/2025"]
    assert [(p.name, p.attendance, p.note) for p in record.participants] == [
        ("Ola Berg", "present", None), ("Kari Holm", "partial", "fra RS-sak 2/2025"),
        ("Per Lie", "present", None)]


def test_staff_told_in_a_prose_paragraph_wrapped_over_lines():
    # (s65a) a text copy keeps the margin's breaks inside the sentences on the staff: read
    # as sentences, the administration's people keep their unit and the auditor's own
    # sentence after "som førte protokollen." is hers
    text = ("Protokoll fra representantskapet\n\nDato: 15.05.2025\n\n"
            "Møtende representanter: Ola Berg (Selbu, leder), Kari Holm (Tydal).\n\n"
            "Fra styret møtte styreleder Jon Vik. Fra administrasjonen møtte\n"
            "administrerende direktør Eva Lie og controller Tor Moe, som\n"
            "førte protokollen. Oppdragsansvarlig revisor Ane Dahl fra Midt\n"
            "Revisjon IKS deltok under sak 3/25.\n\n"
            "Sak 1/25 Godkjenning av innkalling\nGodkjent.\n")
    people = parse_bytes(text.encode(), "protokoll.txt").participants
    assert [(p.name, p.organization, p.role, p.attendance) for p in people[2:]] == [
        ("Jon Vik", None, ParticipantRole.GUEST, "present"),
        ("Eva Lie", "administrasjonen", ParticipantRole.GUEST, "present"),
        ("Tor Moe", "administrasjonen", ParticipantRole.SECRETARY, "present"),
        ("Ane Dahl", "Midt Revisjon IKS", ParticipantRole.GUEST, "partial")]


def test_the_writer_named_by_the_job_the_attendance_gave_him():
    # (s65a) "Dagleg leiar førte protokollen." after "Frå selskapet møtte dagleg leiar X":
    # X kept the minutes
    text = ("Protokoll frå eigarrådet\n\nMøtedato: 5. juni 2025\n\n"
            "Til stades: Aslaug Fykse (leiar), Kari Heggøy\n\n"
            "Frå selskapet møtte dagleg leiar Stein Mjelde og styreleiar Helga Bakke. "
            "Dagleg leiar førte protokollen.\n\n"
            "Sak 1/25 Godkjenning av innkalling\nGodkjend.\n")
    people = parse_bytes(text.encode(), "protokoll.txt").participants
    assert [(p.name, p.role) for p in people[2:]] == [
        ("Stein Mjelde", ParticipantRole.SECRETARY), ("Helga Bakke", ParticipantRole.GUEST)]


def test_a_secretary_for_the_fund_is_the_secretary():
    # (s65a) "(sekretær for fondet)": the role word with the fund it serves
    text = ("Referat – styremøte i Dalen kraftfond\n\nDato: 18.11.2025\n\n"
            "Til stede: Anne Sørbø (leder), Lars Bakke\n"
            "Administrasjonen: næringssjef Ole Rue (sekretær for fondet)\n\n"
            "Sak 8/25 Godkjenning av innkalling\nGodkjent.\n")
    people = parse_bytes(text.encode(), "referat.txt").participants
    assert (people[-1].name, people[-1].role) == ("Ole Rue", ParticipantRole.SECRETARY)


def test_an_inhabil_note_cut_after_its_conjunction_stops_before_it():
    # (s65a) "…, og" / "nestleder Guri Rustad ledet møtet.": the clause on another person
    # the line's end cut is no part of the chair's note
    text = ("Protokoll fra styremøte\n\nDato: 28.08.2025\n\n"
            "Til stede: Ove Bratt (styreleder), Guri Rustad (nestleder), Bjørn Myr\n\n"
            "Sak 30/25 Kjøp av tomt\n"
            "Styreleder Ove Bratt fratrådte som inhabil under behandlingen av saken, og\n"
            "nestleder Guri Rustad ledet møtet.\n"
            "Vedtak: Tomten kjøpes.\n")
    people = parse_bytes(text.encode(), "protokoll.txt").participants
    assert (people[0].attendance, people[0].note) == (
        "partial", "fratrådte som inhabil under behandlingen av saken")


def test_a_passive_verb_and_its_colon_on_the_next_line_go_on_with_the_sentence():
    # (s65a) "Som varamedlemmer" / "velges: …": one sentence of the vedtak, no label
    text = ("Protokoll fra representantskapet\n\nDato: 15.05.2025\n\n"
            "Sak 4/25 Valg av styre\nVedtak:\n"
            "Som styremedlemmer velges: Per Dahl og Eva Lie. Som varamedlemmer\n"
            "velges: Tor Hasvik og Siv Bergmo.\nEnstemmig vedtatt.\n")
    record = parse_bytes(text.encode(), "protokoll.txt")
    assert "Som varamedlemmer velges: Tor Hasvik og Siv Bergmo." in record.items[0].decisions
def test_a_competence_region_in_a_page_header_is_the_parent_of_its_samarbeidsforum():
    # (s65d) a forum named by a compound of "samarbeid" is a group that meets, not the
    # cooperation itself: the region the template names beside the scheme is its parent
    data = _docx_with_header("Kompetanseregion Vestdal – desentralisert ordning", [
        "Referat fra samarbeidsforum for desentralisert ordning",
        "Tid: 27. november 2024 kl. 10.00–14.00", "Til stede: Kari Holm, Ola Berg",
        "Sak 22/24 Godkjenning av referat", "Referatet ble godkjent."])
    record = parse_bytes(data, "referat.docx")
    assert (record.body, record.organization) == (
        "Samarbeidsforum for desentralisert ordning", "Kompetanseregion Vestdal")


def test_a_competence_region_in_a_text_copys_running_header_is_the_parent():
    # (s65d) a PDF copied to text: the header's name and page count parted by spaces only,
    # every copy of it left out as page furniture, which still names the parent
    header = "Vestdal kompetanseregion" + " " * 40 + "Side {} av 2"
    text = (f"{header.format(1)}\n\nOppsummering frå partnarskapsmøte\n\n"
            "Møtedato: 21.11.24, kl. 09.00 - 12.00\n\nTil stades: Kari Holm, Ola Berg\n\n"
            "Sak 19/24 Godkjenning av innkalling\n\nInnkallinga vart godkjend.\n\n"
            f"Sak 20/24 Status\n\nKvar kommune orienterte kort.\n\n{header.format(2)}\n\n"
            "Partnarskapet tok orienteringa til vitande.\n")
    record = parse_bytes(text.encode(), "referat.txt")
    assert (record.body, record.organization) == ("Partnarskapet", "Vestdal kompetanseregion")
def test_a_swedish_next_meeting():
    # "Nästa möte: …" names the next meeting as "Neste møte: …" does, with the Swedish
    # month's name
    text = ("Minnesanteckningar från möte i styrgruppen\n\nDatum: 2024-05-21\n\n"
            "Deltagare: Eva Lind, Ola Berg\n\n1. Ekonomi\nBudgeten godkändes.\n\n"
            "Nästa möte: 3 september 2024 kl. 13.00, Strömstad.\n")
    record = parse_bytes(text.encode(), "anteckningar.txt")
    assert (record.next_meeting.date, record.next_meeting.start,
            record.next_meeting.location) == ("2024-09-03", "13:00", "Strömstad")
    assert record.items[-1].text == "Budgeten godkändes."


def test_a_swedish_next_sitting_and_the_signature_boxes_at_a_pages_foot():
    # (s76d) "Nästa sammanträde hålls den …" names the next meeting and is the body's
    # outcome, as "Nästa möte hålls den …" is; "Nästa sammanträde med arbetsutskottet:"
    # is the label; "Justerandes sign  Utdragsbestyrkande" at the foot ends the last item
    text = ("Sammanträdesprotokoll\n\nGränskommittén Eda–Vik\n\nDatum: 2024-03-03\n\n"
            "Beslutande: Eva Lind, Ola Berg\n\n§ 5 Övriga frågor\nInga övriga frågor.\n\n"
            "§ 6 Nästa sammanträde\nNästa sammanträde hålls den 2 juni 2024 i Vik.\n\n"
            "Justerandes sign          Utdragsbestyrkande\n")
    record = parse_bytes(text.encode(), "protokoll.txt")
    assert record.body == "Gränskommittén Eda–Vik"
    assert record.next_meeting.date == "2024-06-02"
    assert (record.items[-1].text, record.items[-1].decisions) == (
        "Nästa sammanträde hålls den 2 juni 2024 i Vik.",
        ["Nästa sammanträde hålls den 2 juni 2024 i Vik."])
    text = ("Protokoll\n\nDatum: 2024-02-17\n\nNärvarande: Eva Lind, Ola Berg\n\n"
            "§ 11 Övriga frågor\nOla Berg informerade om banan.\n\n"
            "Nästa sammanträde med arbetsutskottet: den 14 april 2024 kl. 08.30, Teams.\n")
    record = parse_bytes(text.encode(), "protokoll.txt")
    assert (record.next_meeting.date, record.next_meeting.start) == ("2024-04-14", "08:30")
    assert record.items[-1].text == "Ola Berg informerade om banan."
    decisions = parse_bytes("Protokoll\n\nDatum: 2024-02-17\n\n§ 8 Nästa möte\n"
                            "Nästa möte hålls i Pello den 8 juni 2024.\n".encode(),
                            "p.txt").items[-1].decisions
    assert decisions == ["Nästa möte hålls i Pello den 8 juni 2024."]


@pytest.mark.parametrize(("line", "start"), [
    ("Neste møte tysdag kl. 08.30.", "08:30"),
    ("Neste møte vert fredag kl. 12.", "12:00"),
    ("Neste møte tysdag.", None),
])
def test_a_next_meeting_named_by_weekday_keeps_its_hour_not_a_day(line, start):
    # the time is written, the day is not: the date stays null (never guessed)
    text = ("Referat frå faggruppe\n\nMøtedato: 6.3.2025 kl. 09.00\n\n1. Radon\n"
            f"Ingen saker.\n\n{line}\n")
    record = parse_bytes(text.encode(), "n.txt")
    assert (record.next_meeting.date, record.next_meeting.start) == (None, start)


@pytest.mark.parametrize(("line", "start", "location"), [
    ("Neste møte: tysdag i veke 16, kl 9–11.30 på Teams.", "09:00", "Teams"),
    ("Neste møte: onsdag i veke 42, kl. 12.00–14.00 på Gol.", "12:00", "Gol"),
    ("Neste møte torsdag kl. 10, Gol rådhus.", "10:00", "Gol rådhus"),
    ("Neste møte tysdag kl. 08.30.", "08:30", None),
])
def test_a_next_meeting_named_by_weekday_keeps_its_place_after_the_hour(line, start, location):
    # (s66f) where, after the hours, as after a day's: the day still null (a week and a
    # weekday name none)
    text = ("Referat frå faggruppe\n\nMøtedato: 6.3.2025 kl. 09.00\n\n1. Radon\n"
            f"Ingen saker.\n\n{line}\n")
    meeting = parse_bytes(text.encode(), "n.txt").next_meeting
    assert (meeting.date, meeting.start, meeting.location) == (None, start, location)


def test_a_presenter_in_the_opening_prose_above_the_first_item():
    text = ("MØTEPROTOKOLL\nKontrollutvalget i Nordby kommune\n\nDato: 3. april 2025\n\n"
            "Til stede: Jorunn Nyhus (leder), Halvor Tråen\n\n"
            "Møtet ble satt kl. 10.00. Oppdragsansvarlig revisor Tone Brekke orienterte om "
            "revisjonsplanen.\n\nSak 08/25 Godkjenning av innkalling\nGodkjent.\n")
    people = parse_bytes(text.encode(), "k.txt").participants
    assert [(p.name, p.role) for p in people][-1] == ("Tone Brekke", ParticipantRole.GUEST)


def test_the_owner_kommuners_meeting_is_the_body_and_the_shared_service_on_the_pages_its_parent():
    # a legevakt's "eierkommunemøte": the title's compound names the owners' meeting, the
    # service the running header names ("Vestvik legevakt – Eierkommunemøtet") its parent
    from motebok.extract.minutes import _the_company
    text = ("Protokoll eierkommunemøte 1/2026\n\nDato: 3. februar 2026\n\n"
            "Sak 1/26 Godkjenning av innkalling\nGodkjent.\n")
    assert parse_bytes(text.encode(), "eigar.txt").body == "Eierkommunemøtet"
    assert _the_company(["Vestvik legevakt – Eierkommunemøtet"]) == "Vestvik legevakt"
    assert _the_company(["Fjordby brann og redning"]) == "Fjordby brann og redning"
def _forum_people(attendance: str, body: str = "Godkjent.") -> list[tuple]:
    """The participants of invented planning forum minutes with this attendance block."""
    text = (f"Referat frå regionalt planforum\n\nDato: 12.03.2026\n\n{attendance}\n\n"
            f"Sak 3/26 Reguleringsplan for Lia\n{body}\n")
    record = parse_bytes(text.encode(), "referat.txt")
    return [(p.name, p.organization, p.role, p.attendance, p.note) for p in record.participants]


def test_a_field_in_brackets_in_an_organisation_s_group_keeps_the_group_s_organisation():
    # (s66c) "(kulturarv)" is where in the county she works; the county is whom she represents
    people = _forum_people("Deltakarar:\nVestland fylkeskommune: Kari Moe (møteleiar), "
                           "Marit Nesse (kulturarv)\nNVE: Hanne Grov")
    assert [p[:2] for p in people] == [("Kari Moe", "Vestland fylkeskommune"),
                                       ("Marit Nesse", "Vestland fylkeskommune"),
                                       ("Hanne Grov", "NVE")]


def test_an_organisation_set_apart_on_its_own_line_heads_the_names_under_it():
    # (s66c) a text file loses the indent: "Statens vegvesen" over "Randi Lunde"; a person's
    # line with a comma ("Ida Rønneberg, leiar") is no such heading
    people = _forum_people("Deltakere:\n\nInnlandstrafikk\nLene Bråten\nTorkel Aas\n\n"
                           "Statens vegvesen\nRandi Lunde")
    assert [p[:2] for p in people] == [("Lene Bråten", "Innlandstrafikk"),
                                       ("Torkel Aas", "Innlandstrafikk"),
                                       ("Randi Lunde", "Statens vegvesen")]


def test_a_presenter_there_for_two_cases_or_her_own_is_a_guest():
    # (s66c) a one-case note of two cases, or a group's "til stede under egen sak"; and
    # "Brevik" in a presenter's name is no letter ("brev") that someone sent
    people = _forum_people("Deltakere:\nStatens vegvesen: Guri Sletten (sak 3 og 4)\n"
                           "Steinkjer kommune: Ola Brevik (sak 3/26)",
                           "Orientering ved Ola Brevik, Steinkjer kommune, og Guri Sletten, "
                           "Statens vegvesen. Planen gjelder ny veg.")
    assert [(p[0], p[2]) for p in people] == [("Guri Sletten", ParticipantRole.GUEST),
                                               ("Ola Brevik", ParticipantRole.GUEST)]
def test_next_steps_close_the_minutes_as_a_register_or_over_the_next_meeting():
    # (s66b) English headings of a business network's minutes: "Next steps" over a
    # "Hva | Hvem | Når" table is the closing register, and over the next meeting's
    # sentence it heads the record's next meeting; neither is the last item's text
    text = ("# Referat fra møte i Startup-nettverk Vestdal\n\n**Dato:** 9. januar 2025\n\n"
            "## 1. Organisering\n\nNæringsforum har sekretariatet.\n\n## Next steps\n\n"
            "| Hva | Hvem | Når |\n|---|---|---|\n"
            "| Sende ut oppsummering | Kari Nes | 16.01.2025 |\n"
            "| Invitere investorer | Per Li | 01.03.2025 |\n")
    record = parse_bytes(text.encode(), "referat.md")
    assert [(i.title, i.text) for i in record.items] == [
        ("Organisering", "Næringsforum har sekretariatet.")]
    assert [(a.text, a.responsible, a.due) for a in record.items[0].actions] == [
        ("Sende ut oppsummering", "Kari Nes", "2025-01-16"),
        ("Invitere investorer", "Per Li", "2025-03-01")]
    text = ("Referat fra partnerskapsmøte i Visit Nordkyst\n\nDato: 14. november 2024\n\n"
            "Sak 1 Eventuelt\nIngen saker.\n\nAction points\n\nHva | Hvem | Når\n"
            "Ferdigstille markedsplan | Kari Nes | 15.12.2024\n"
            "Invitere hotellene | Per Li | januar\n\nNext steps\n"
            "Neste partnerskapsmøte blir 6. mars 2025 i Brønnøysund.\n")
    record = parse_bytes(text.encode(), "referat.txt")
    assert [(i.text, i.decisions) for i in record.items] == [("Ingen saker.", [])]
    assert [a.text for a in record.items[0].actions] == ["Ferdigstille markedsplan",
                                                         "Invitere hotellene"]
    assert record.next_meeting.date == "2025-03-06"
@pytest.mark.parametrize("header", ["ØST-VIDDA REGIONRÅD / NUORTA-VIDDA REGIONRÁĐĐI",
                                    "Øst-Vidda regionråd"])
def test_a_page_headers_council_is_the_parent_a_genitive_names(header):
    # "Regionrådets arbeidsutvalg" under a Word header naming the council (in capitals
    # beside its Sami name, or alone): the parent by its full name, not "Regionrådet"
    document = Document()
    document.sections[0].header.paragraphs[0].text = header
    for text in ("Protokoll", "Čoahkkin / Møte: Regionrådets arbeidsutvalg",
                 "Áigi / Tid: 5.6.2025 kl. 09.00–11.30", "Sak 20/25 Protokoll", "Godkjent."):
        document.add_paragraph(text)
    record = parse_bytes(docx_bytes(document), "protokoll.docx")
    assert (record.body, record.organization) == ("Regionrådets arbeidsutvalg",
                                                  "Øst-Vidda regionråd")


@pytest.mark.parametrize("company", ["Fjordkyst Reiseliv AS\n\n", ""])
def test_a_deck_of_one_slide_under_a_cover_naming_its_gathering_and_day_is_a_deck(company):
    """(s67g) A title slide naming the gathering over its place and day, then one slide of
    bullets and no agenda slide nor thanks: still slides, whether a company's line tops it
    or not (too few lines alone made it "other")."""
    text = (f"{company}Strategisamling for reiselivsnettverket\n\nLoen, 12. mars 2025\n\n"
            "Status\n\n- Fire kommunar med\n- Ny rettleiar\n- Tre nye tiltak\n")
    record = parse_bytes(text.encode(), "deck.txt")
    assert (record.kind, record.meeting.date, record.meeting.location) == (
        "presentation", "2025-03-12", "Loen")


def test_the_regions_company_over_a_decks_gathering_is_the_networks_parent():
    """(s67g) "Fosen Reiseliv AS" over "Samling i reiselivsnettverket på Fosen": the
    region's own company runs the network, the parent; the network keeps its region, as
    under a county's template (another company's line leaves the region the parent)."""
    record = parse_bytes(_deck_of("Fosen Reiseliv AS\n\nSamling i reiselivsnettverket på "
                                  "Fosen\n\nBrekstad, 2. oktober 2025").encode(), "deck.txt")
    assert (record.kind, record.body, record.organization) == (
        "presentation", "Reiselivsnettverket på Fosen", "Fosen Reiseliv AS")
    record = parse_bytes(_deck_of("Kystbåt AS\n\nSamling i reiselivsnettverket på "
                                  "Fosen\n\nBrekstad, 2. oktober 2025").encode(), "deck.txt")
    assert (record.body, record.organization) == ("Reiselivsnettverket", "Fosen")
def test_a_closing_action_log_with_ids_is_no_text_of_the_last_item():
    # (s67k) a programme office's "Aksjonslogg" kept from meeting to meeting, each row an ID
    text = ("Referat frå møte i styringsgruppa\n\nDato: 2. oktober 2025\n\n"
            "Sak 22/25 Eventuelt\nIngen saker.\n\nAksjonslogg\n"
            "ID\tTiltak\tAnsvar\tFrist\tStatus\n"
            "A-25-014\tRevidert roadmap for velferdsteknologi\tSindre Mjelde\t27.11.2025\tOpen\n")
    item = parse_bytes(text.encode(), "sg.txt").items[-1]
    assert item.text == "Ingen saker."
    assert [(a.text, a.responsible, a.due) for a in item.actions] == [
        ("Revidert roadmap for velferdsteknologi", "Sindre Mjelde", "2025-11-27")]
def test_a_note_on_when_someone_came_keeps_it_when_an_item_says_they_left():
    # the list's "kom kl. 10.40, frå sak 28/25" and the item's "… gjekk frå møtet under
    # sak 30/25": two parts of the meeting missed, both the document's words
    text = ("Møtebok for styringsgruppa\n\nDato: 12.05.2025\n\nTil stades:\n"
            "Åse Rudi (leiar)\nLars Bøe (kom kl. 10.40, frå sak 28/25)\nMari Lien\n\n"
            "Sak 28/25 Status\nTeke til orientering.\n\n"
            "Sak 30/25 Tilskot\nLars Bøe melde seg ugild og gjekk frå møtet under sak 30/25.\n"
            "Samrøystes vedteke.\n")
    people = {p.name: p for p in parse_bytes(text.encode(), "mote.txt").participants}
    assert people["Lars Bøe"].attendance == "partial"
    assert people["Lars Bøe"].note == ("kom kl. 10.40, frå sak 28/25; melde seg ugild og "
                                       "gjekk frå møtet under sak 30/25")


def test_a_dashed_note_of_two_clauses_is_kept_whole():
    # "– kom kl. 10.40, frå sak 28/25": when by the clock, then from which case
    text = ("Referat\n\nDato: 2. april 2025\n\nTil stades:\n"
            "Petter Sand (Fjaler) – kom kl. 10.40, frå sak 28/25\nEva Ås (Sel)\n\n"
            "Sak 28/25 Status\nGodkjent.\n")
    people = {p.name: p for p in parse_bytes(text.encode(), "mote.txt").participants}
    assert people["Petter Sand"].note == "kom kl. 10.40, frå sak 28/25"


def test_a_case_cell_that_says_someone_left_notes_it_for_that_person():
    # "12/25 | Tilskot | Ola Berg gjekk frå møtet under sak 12/25. …": the name opens
    # the row's text cell, not the title's
    import docx

    document = docx.Document()
    document.add_paragraph("Referat frå møte i faggruppa")
    document.add_paragraph("Dato: 3. april 2025")
    document.add_paragraph("Til stades: Ola Berg (Vågå kommune), Siri Moen (Lesja kommune)")
    table = document.add_table(rows=0, cols=3)
    for row in (("12/25", "Tilskot", "Ola Berg gjekk frå møtet under sak 12/25. Saka vart "
                 "drøfta."), ("13/25", "Eventuelt", "Ingen saker.")):
        for cell, value in zip(table.add_row().cells, row, strict=True):
            cell.text = value
    people = {p.name: p for p in parse_bytes(docx_bytes(document), "referat.docx").participants}
    assert people["Ola Berg"].attendance == "partial"
    assert people["Ola Berg"].note == "gjekk frå møtet under sak 12/25"


def test_the_body_s_name_alone_at_the_top_of_a_later_page_is_no_item_text():
    # (s69a) a running header naming the body the title ends in, after "Side 1 av 2"
    text = ("Referat – Prosjektgruppe digital heimeoppfølging Nordfjell\n\n"
            "Tid: 3.3.2026, kl. 0900-1130\nTil stades: Kari Holm (Nordby), Per Lid (Sørby)\n\n"
            "1. Status\n\n- 57 pasientar er inkluderte.\n- Prosjektgruppa var samd om å måle "
            "gevinstane kvar månad.\n\nSide 1 av 2\n"
            "Prosjektgruppe digital heimeoppfølging Nordfjell\n\n"
            "2. Opplæring\n\n- Kvar kommune peikar ut to superbrukarar.\n")
    record = parse_bytes(text.encode(), "pg.txt")
    assert "Nordfjell" not in record.items[0].text
    assert record.items[0].text.endswith("kvar månad.")
def test_a_university_group_below_the_members_own_list_are_guests():
    # "Møtande medlemer:" / … / "Frå Høgskulen på Vestlandet:": the university visits the
    # forum of the municipalities; under a plain "Til stede:" it is one of the sides
    text = ("Protokoll frå samarbeidsforumet\n\nDato: 10.11.2026\n\n{label}\n"
            "Stord kommune: Eirik Vik, kommunalsjef oppvekst (leiar)\n"
            "Bømlo kommune: Randi Sæ, oppvekstsjef\n\n"
            "Frå Høgskulen på Vestlandet:\nKristin Mel, førsteamanuensis\n\n"
            "Sak 1/26 Godkjenning av protokoll\nProtokollen vart godkjend.\n")
    members = _people_of(text.format(label="Møtande medlemer:"))
    everyone = _people_of(text.format(label="Til stades:"))
    assert members[2] == ("Kristin Mel", "Høgskulen på Vestlandet", ParticipantRole.GUEST,
                          "present")
    assert everyone[2][2] == ParticipantRole.MEMBER


def test_the_short_names_in_a_joint_meetings_title_stay_the_sides_organisations():
    # "OT og NAV – samarbeidsmøte": "Frå OT:" names one side, not the body by its short name
    text = ("Oppfølgingstenesta (OT) og NAV – samarbeidsmøte\n\nDato: 26.10.2026\n\n"
            "Til stades:\nFrå OT:\nGunhild Aase, koordinator (møteleiar)\n"
            "Frå NAV Sogn:\nLene Hauge, rettleiar\n\n"
            "Sak 1 Referat frå førre møte\nReferatet vart godkjent.\n")
    assert [(p[0], p[1]) for p in _people_of(text)] == [("Gunhild Aase", "OT"),
                                                         ("Lene Hauge", "NAV Sogn")]
@pytest.mark.parametrize(("body", "date"), [
    ("planforum for kystsoneplan", "2024-06-03"),  # the forum's own next meeting
    ("Namdal regionråd", None),  # another forum's day told in the council's minutes
])
def test_a_forum_named_with_what_it_is_for_is_the_next_meeting_of_that_forum(body, date):
    # (s69e) a forum names a body: "Neste planforum for kystsoneplan blir …" is the next
    # meeting only in the minutes of the forum of that name
    text = (f"Referat fra møte i {body}\n\nDato: 12.03.2024\n\n"
            "Til stede: Kari Holm, Per Berg\n\nSak 1/24 Orienteringer\n"
            "Neste planforum for kystsoneplan blir 3. juni.\n")
    assert parse_bytes(text.encode(), "referat.txt").next_meeting.date == date


def test_a_running_header_names_the_group_and_its_parent_beside_it():
    # (s70f) "Referat fra regiongruppemøte" calls the group by its noun; the Word page
    # header names it in full beside the programme it belongs to, its parent
    from motebok.extract.minutes import _body_and_parent_on_pages
    header = ["Den kulturelle skolesekken Innlandet – regiongruppe Hadeland"]
    assert _body_and_parent_on_pages(header, "Regiongruppen") == (
        "regiongruppe Hadeland", "Den kulturelle skolesekken Innlandet")
    assert _body_and_parent_on_pages(["Kystnettverket – nettverk Agder"], "Nettverket") == (
        "nettverk Agder", "Kystnettverket")
    # another group's header, or a header of one part, tells nothing
    assert _body_and_parent_on_pages(header, "Styret") is None
    assert _body_and_parent_on_pages(["regiongruppe Hadeland"], "Regiongruppen") is None


def test_a_foundation_on_the_pages_is_the_parent_of_its_board():
    # (s70f) a museum foundation's board: "Stiftelsen … – Styreprotokoll 4/2025" over
    # "PROTOKOLL FRA STYREMØTE", as an AS's or an IKS's name is its styre's parent
    from motebok.extract.minutes import _the_company
    assert _the_company(["Stiftelsen Helgeland kystmuseum"]) == "Stiftelsen Helgeland kystmuseum"
    assert _the_company(["Stiftelsen er eier av bygget i dag"]) is None


def test_an_item_table_row_owner_takes_the_dated_sentence_after_the_verdict():
    # (s70f) "Regiongruppa støtter forslaget. Jevnaker søker om midler innen 15. oktober."
    # beside "Ansvar: Anders Brenna": the owner's errand is the dated sentence
    document = Document()
    document.add_paragraph("Referat fra regiongruppemøte")
    document.add_paragraph("Dato: 18. september 2025")
    table = document.add_table(rows=2, cols=4)
    for cell, value in zip(table.rows[0].cells, ("Sak", "Tema", "Drøfting og konklusjon",
                                                 "Ansvar"), strict=True):
        cell.text = value
    cells = table.rows[1].cells
    cells[0].text, cells[1].text, cells[3].text = "3", "Lokale produksjoner", "Anders Brenna"
    cells[2].text = "Anders Brenna la fram et forslag om en lokal produksjon."
    cells[2].add_paragraph("Konklusjon: Regiongruppa støtter forslaget. Jevnaker søker om "
                           "lokale midler innen 15. oktober.")
    record = parse_bytes(docx_bytes(document), "referat.docx")
    assert [(a.text, a.responsible, a.due) for a in record.items[0].actions] == [
        ("Jevnaker søker om lokale midler innen 15. oktober.", "Anders Brenna", "2025-10-15")]


@pytest.mark.parametrize("present", [
    # (s70c) organisations' groups after the list's full stop, in the same paragraph
    ("Til stades: Åse Hella, Kjetil Sandvik og Berit Mjelde. Frå Vestland fylkeskommune: "
     "Marit Hope (sekretær). Frå Fjordekspressen AS: Ronny Stølen, driftsleiar.\n"),
    # … and a PDF's line wrapped inside the group's name
    ("Til stades: Åse Hella, Kjetil Sandvik og Berit Mjelde. Frå Vestland fylkeskommune: "
     "Marit\nHope (sekretær). Frå Fjordekspressen AS: Ronny Stølen, driftsleiar.\n"),
])
def test_groups_after_the_lists_full_stop_are_people_of_their_organisations(present):
    text = ("Referat frå møte i brukarutvalet\n\nDato: 16.09.2026\n\n" + present +
            "\nSak 7 Godkjenning av referat\nGodkjent.\n")
    assert _people_of(text)[3:] == [
        ("Marit Hope", "Vestland fylkeskommune", ParticipantRole.SECRETARY, "present"),
        ("Ronny Stølen", "Fjordekspressen AS", ParticipantRole.GUEST, "present")]



def test_the_meeting_leader_at_the_end_of_a_long_line_outranks_a_leader_by_job():
    # (s70a) "Name – job – organisation (møteleiar)": the words close a long line of her
    # own; "Ragnhild Fosse – leiar – NAV Fjellby" leads NAV, and is a member here
    text = ("Referat frå møte i styringsgruppa\n\nDato: 10. mars 2026\n\nTil stades:\n"
            "Liv Torvund – kommunalsjef oppvekst – Fjellby kommune (møteleiar)\n"
            "Ragnhild Fosse – leiar – NAV Fjellby\n"
            "Marit Nes – rådgjevar – Fjellby kommune (referent)\n\n"
            "Sak 1/26 Eventuelt\nIngen saker.\n")
    people = parse_bytes(text.encode(), "referat.txt").participants
    assert [(p.name, p.role) for p in people] == [
        ("Liv Torvund", "chair"), ("Ragnhild Fosse", "member"), ("Marit Nes", "secretary")]


def test_a_present_from_group_with_semicolons_gives_its_people_the_group():
    # (s70a) "Til stede fra politiet: A, job (møteleder); B, job": one group's line whose
    # people are parted by ";" is still that group's, as with commas
    text = ("Referat fra samarbeidsmøte\n\nDato: 19.01.2026\n\n"
            "Til stede fra politiet: Solveig Aarnes, politimester (møteleder); Karin Bø, "
            "politirådskoordinator (referent)\n"
            "Til stede fra kommunene: Tom Røed, ordfører i Åsby kommune\n\n"
            "Sak 1/26 Eventuelt\nIngen saker.\n")
    people = parse_bytes(text.encode(), "referat.txt").participants
    assert [(p.name, p.organization, p.role) for p in people] == [
        ("Solveig Aarnes", "politiet", "chair"), ("Karin Bø", "politiet", "secretary"),
        ("Tom Røed", "Åsby kommune", "member")]


def test_a_logos_word_mark_apart_from_its_region_names_the_footers_cooperation():
    # (s70d) a text box "Kommunesamarbeidet" / "VESTERDALEN" in the header, the footer's
    # "Kommunesamarbeidet Vesterdalen · Rådhusvegen 2 · Org.nr. …": one cooperation, the
    # word mark alone the start of its whole name
    from motebok.extract.minutes import _cooperation_on_edges
    furniture = ["Kommunesamarbeidet", "Faggruppe barnevern", "Referat", "VESTERDALEN",
                 "Kommunesamarbeidet Vesterdalen · Rådhusvegen 2, 3570 Ål · Org.nr. 998 120 553",
                 "Kommunesamarbeidet Vesterdalen"]
    assert _cooperation_on_edges(furniture, "Faggruppe barnevern") == \
        "Kommunesamarbeidet Vesterdalen"


def test_a_project_group_named_by_its_compound_takes_the_headers_owner():
    # (s70d) "HEIANE BRANN OG REDNING IKS ⇥ Prosjekt ny brannstasjon" over "Referat –
    # prosjektgruppe ny brannstasjon": the project's owner is the group's parent, spelt as
    # the footer writes it before its address
    from motebok.extract.minutes import _owner_beside_project
    furniture = ["HEIANE BRANN OG REDNING IKS", "Prosjekt ny brannstasjon",
                 "Heiane brann og redning IKS – Verksvegen 4, 4735 Evje – Org.nr. 914 882 067"]
    assert _owner_beside_project(furniture, "Prosjektgruppe ny brannstasjon") == \
        "Heiane brann og redning IKS"


def test_a_request_told_before_what_was_settled_is_no_part_of_the_rows_task():
    # (s70d) "Verneombudet har bedt om … Det holdes et allmøte …" beside an owner: the owner
    # arranges what was settled, not the request
    text = ("# Referat – prosjektgruppe\n\nDato: 28.05.2026\n\n"
            "| Sak | Tema | Referat | Ansvar | Frist |\n|---|---|---|---|---|\n"
            "| 1 | Medvirkning | Verneombudet har bedt om at mannskapene får se tegningene. "
            "Det holdes et allmøte for mannskapene i uke 25. | Trond Lauvland | Uke 25 |\n")
    actions = parse_bytes(text.encode(), "referat.md").items[0].actions
    assert [(a.text, a.responsible) for a in actions] == [
        ("Det holdes et allmøte for mannskapene i uke 25.", "Trond Lauvland")]


def test_the_chair_elected_by_a_label_and_the_signer_beside_the_chair():
    # (s70h) "Møteleiar vald: X" elects the chair; "Til å signere protokollen saman med
    # møteleiar vart Y vald" names one who signs beside her, no chair; the company's
    # board chair who opened the owners' meeting is a guest again
    text = ("Protokoll frå eigarmøte i Fjellkraft AS\n\nDato: 16. april 2026\n\n"
            "Til stades: ordførar Kari Lunde, Åsvik kommune, ordførar Per Torvik, "
            "Dal kommune\n"
            "Frå selskapet møtte styreleiar Hans Foss og dagleg leiar Randi Vik.\n\n"
            "Sak 1/26 Opning\n"
            "Styreleiar Hans Foss opna møtet og ønskte velkomen.\n"
            "Møteleiar vald: Kari Lunde\n"
            "Til å signere protokollen saman med møteleiar vart Per Torvik vald.\n\n"
            "Sak 2/26 Eventuelt\nIngen saker.\n")
    people = {p.name: p.role for p in parse_bytes(text.encode(), "p.txt").participants}
    assert people["Kari Lunde"] == "chair"
    assert people["Per Torvik"] == "member"
    assert people["Hans Foss"] == "guest"


def test_a_proxy_from_a_named_mayor_takes_her_seat():
    # (s70h) "X møtte ved fullmakt frå ordførar Y, Z kommune.": X present for Y, Y away
    text = ("Protokoll frå generalforsamling i Vestheia Breiband AS\n\n"
            "Dato: 27. mai 2026\n\n"
            "Til stades: ordførar Tone Bryn, Vestheia kommune, Lars Helle, Austvik kommune\n"
            "Lars Helle møtte ved fullmakt frå ordførar Astrid Gjerde, Austvik kommune.\n\n"
            "Sak 1 Godkjenning av innkalling\nGodkjend.\n")
    people = {p.name: p for p in parse_bytes(text.encode(), "p.txt").participants}
    assert (people["Lars Helle"].attendance, people["Lars Helle"].note) == \
        ("present", "for Astrid Gjerde")
    assert (people["Astrid Gjerde"].attendance, people["Astrid Gjerde"].organization) == \
        ("absent", "Austvik kommune")


def test_a_titled_visitor_after_the_board_s_sentence_is_no_part_of_it():
    # (s70h) "Fra styret møtte styreleder X. Oppdragsansvarlig revisor Y, Z IKS, deltok
    # under sak 14/26.": the board's chair came for the whole meeting, the auditor for one
    text = ("Protokoll fra representantskapsmøte i Vidda IKS\n\nDato: 11. juni 2026\n\n"
            "Til stede: Anne Moen (leder), Per Solberg\n"
            "Fra styret møtte styreleder Trond Haugerud. Oppdragsansvarlig revisor Mona Li, "
            "Viddarevisjon IKS, deltok under sak 14/26.\n\n"
            "Sak 14/26 Valg av revisor\nEnstemmig vedtatt.\n")
    people = {p.name: p for p in parse_bytes(text.encode(), "p.txt").participants}
    assert (people["Trond Haugerud"].attendance, people["Trond Haugerud"].note) == \
        ("present", None)
    assert (people["Mona Li"].organization, people["Mona Li"].attendance) == \
        ("Viddarevisjon IKS", "partial")


def test_the_seat_labelled_after_the_word_for_electing_gives_the_chair_and_writer():
    """ "Valgt som dirigent: Håkon Berg (Nordby IL)": the seat label after "Valgt som",
    the club in brackets whom he comes from; "Valgkomiteens leder X la fram …" at the
    annual meeting is one of its members."""
    text = ("Protokoll fra årsmøte i Nordby idrettsråd\n\nÅrsmøtet ble holdt 18. mars 2026.\n\n"
            "Sak 1 Valg av dirigent og referent\nValgt som dirigent: Håkon Berg (Nordby IL)\n"
            "Valgt som referent: Marte Li\n\nSak 2 Valg\n"
            "Valgkomiteens leder Anita Hagen la fram valgkomiteens innstilling.\n")
    people = parse_bytes(text.encode(), "a.txt").participants
    assert [(p.name, p.organization, p.role) for p in people] == [
        ("Håkon Berg", "Nordby IL", ParticipantRole.CHAIR),
        ("Marte Li", None, ParticipantRole.SECRETARY),
        ("Anita Hagen", None, ParticipantRole.MEMBER)]


def test_one_in_the_members_table_who_came_to_present_a_case_is_a_guest():
    # (s70m) a state agency's adviser in the municipalities' table, there for case 3 only,
    # "frå Statsforvaltaren orienterte" in it: a presenter from outside, a guest
    text = ("# Referat nettverksmøte barnevern\n\nDato: 12. februar 2026\n\n"
            "| Namn | Kommune | Møtte |\n|---|---|---|\n"
            "| Kari Holm | Hemvik | Ja |\n| Per Berg | Ulvdal | Ja |\n"
            "| Hallvard Moen | Statsforvaltaren | Sak 3 |\n\n"
            "Sak 3/26 Tilsyn med barnevernstenesta\n"
            "Hallvard Moen frå Statsforvaltaren orienterte om funn frå tilsyna i 2025.\n\n"
            "Sak 4/26 Eventuelt\nIngen saker.\n")
    people = parse_bytes(text.encode(), "referat.md").participants
    assert [(p.name, p.role, p.attendance) for p in people] == [
        ("Kari Holm", ParticipantRole.MEMBER, "present"),
        ("Per Berg", ParticipantRole.MEMBER, "present"),
        ("Hallvard Moen", ParticipantRole.GUEST, "partial")]

def test_a_task_app_s_fields_under_each_task_give_its_owner_and_due_day() -> None:
    """Teams' "Oppgaver" list under the notes: "Tilordnet til:" and "Forfallsdato:" under
    each task name who and by when; one "Fullført" on the meeting's day was done there,
    and the list is no text of the last item."""
    text = ("# Prosjektgruppe Kyststi\n\n**Møtenotater**\n\ntirsdag 3. mars 2026 10:00–11:00\n\n"
            "## Deltakere\n\n- Kari Holm\n- Per Dahl\n\n## Notater\n\n### 1. Status\n\n"
            "- Per orienterte om status.\n\n### 2. Eventuelt\n\n- Ingen saker.\n\n## Oppgaver\n\n"
            "- [ ] Bestille skilt\n  Tilordnet til: Per Dahl\n  Forfallsdato: 20.03.2026\n"
            "- [x] Dele presentasjonen\n  Tilordnet til: Kari Holm\n  Fullført 03.03.2026\n")
    record = parse_bytes(text.encode(), "notater.md")
    assert record.title == "Prosjektgruppe Kyststi"  # "Møtenotater" is the app's label
    assert record.items[-1].text == "Ingen saker."
    assert [(a.text, a.responsible, a.due) for a in record.items[-1].actions] == \
        [("Bestille skilt", "Per Dahl", "2026-03-20")]


def test_a_calendar_s_answers_after_the_names_are_no_organisations() -> None:
    """The attendees as the invitation lists them: "(Arrangør)" and "(Ikke svart)" say
    nothing of whom the person represents, "(Takket nei)" that she did not come."""
    text = ("Møtenotater – Faggruppe kultur\nDato: 4. mars 2026\n\nDeltakere:\n"
            "Kari Holm (Arrangør)\nPer Dahl (Ikke svart)\nEli Moe (Takket nei)\n\n"
            "1. Status\nPer Dahl orienterte om status.\n")
    people = parse_bytes(text.encode(), "notat.txt").participants
    assert [(p.name, p.organization, str(p.attendance)) for p in people] == [
        ("Kari Holm", None, "present"), ("Per Dahl", None, "present"),
        ("Eli Moe", None, "absent")]


def test_the_mails_quoted_under_the_reply_that_holds_the_minutes_are_no_part():
    """A reply mail with the final minutes over the thread: the earlier mail's draft of
    the same cases ("Fra: …" / "Sendt: …" and its "Sak 1 …") adds no item, decision or
    task to the last case."""
    text = ("Fra: Kari Holm\nSendt: fredag 6. mars 2026 10:00\nEmne: SV: Referat faggruppemøte\n\n"
            "Her er endelig referat.\n\nReferat faggruppemøte 4. mars 2026\n\n"
            "Sak 1 Referat\nGodkjent uten merknader.\n\nSak 2 Eventuelt\nIngen saker.\n\n"
            "Hilsen Kari\n\nFra: Per Dahl\nSendt: torsdag 5. mars 2026 09:00\n\n"
            "Sak 1 Referat\nGodkjent.\n\nSak 2 Eventuelt\nPer sender kartet til alle.\n")
    items = parse_bytes(text.encode(), "svar.txt").items
    assert [(i.number, i.decisions, i.actions) for i in items] == [
        ("1", ["Godkjent uten merknader."], []), ("2", [], [])]


def test_the_body_s_full_name_under_a_onenote_stamp_names_the_body() -> None:
    """A OneNote page titled by the meeting's kind ("Faggruppemøte 11. mars"), its stamp,
    then the group's full name and its cooperation after a dash."""
    text = ("Faggruppemøte 11. mars\nonsdag 11. mars 2026\n08:51\n"
            "Faggruppe helse og omsorg – Vestdalen interkommunale samarbeid\n"
            "Tid: kl. 09.00–12.00\n\n1. Godkjenning av innkalling\nGodkjend.\n")
    record = parse_bytes(text.encode(), "side.txt")
    assert (record.body, record.organization) == (
        "Faggruppe helse og omsorg", "Vestdalen interkommunale samarbeid")


def test_a_recap_s_summary_heading_is_no_title_and_its_kind_word_no_part_of_the_body():
    """A recap made from a Teams transcript: "Sammendrag" is its section, and the word
    after the dash in the heading ("– møteoppsummering") the kind of document."""
    text = ("# Prosjektgruppe felles legevakt – møteoppsummering\n\nDato: 24. februar 2026\n\n"
            "# Sammendrag\n\n## Lokalisering\n\nProsjektgruppen tok saken til orientering.\n")
    record = parse_bytes(text.encode(), "recap.md")
    assert record.title == "Prosjektgruppe felles legevakt – møteoppsummering"
    assert record.body == "Prosjektgruppe felles legevakt"


def test_a_next_status_meeting_tomorrow_is_the_day_after_this_one():
    # (s70q) a crisis team's "Neste statusmøte kl. 08.00 i morgon."
    text = ("Kommunal kriseleiing – samordningsmøte\n\nDato: 2. november 2026\n"
            "Tid: 16.00–16.45\n\n1. Situasjonsbilete\nkl. 14.20 Vegen er stengd.\n\n"
            "Neste statusmøte kl. 08.00 i morgon.\n")
    nxt = parse_bytes(text.encode(), "p.txt").next_meeting
    assert (nxt.date, nxt.start) == ("2026-11-03", "08:00")


@pytest.mark.parametrize(("said", "name"), [
    # (s70t) a seat in the organisation's committee before the name, "av" / "i" between
    ("Leder av valgkomiteen Per Dal la fram komiteens innstilling.", "Per Dal"),
    ("Leiar i valnemnda Per Dal la fram framlegget.", "Per Dal"),
    # … or set off by commas after the committee's genitive, as without them
    ("Valgkomiteens leder, Eva Lie, orienterte.", "Eva Lie"),
])
def test_a_committee_s_leader_presenting_at_the_annual_meeting_is_a_member(said, name):
    text = ("Protokoll fra årsmøte i Vikvang skiklubb\n\nÅrsmøtet ble holdt 11. mars 2026.\n\n"
            "Sak 1 Valg av dirigent og referent\nValgt som dirigent: Tone Aas\n"
            "Valgt som referent: Jon Bø\n\nSak 6 Valg\n"
            f"{said}\nInnstillingen ble enstemmig vedtatt.\n")
    people = parse_bytes(text.encode(), "a.txt").participants
    assert [(p.name, p.role) for p in people] == [
        ("Tone Aas", ParticipantRole.CHAIR), ("Jon Bø", ParticipantRole.SECRETARY),
        (name, ParticipantRole.MEMBER)]


def test_a_committee_s_leader_presenting_to_a_board_is_a_guest():
    # (s70t) at a board's meeting the committee's leader came to present: a guest
    text = ("Referat fra styremøte i Vikvang skiklubb\n\nDato: 11.02.2026\n\n"
            "Til stede: Tone Aas (leder), Jon Bø\n\nSak 3/26 Forberedelse av årsmøtet\n"
            "Leder av valgkomiteen Per Dal la fram status for arbeidet.\n")
    people = parse_bytes(text.encode(), "s.txt").participants
    assert [(p.name, p.role) for p in people][-1] == ("Per Dal", ParticipantRole.GUEST)


def test_a_task_list_under_a_table_of_items_is_no_text_of_its_last_row():
    """A wiki page's items in a table ("Sak | Tema | Notat"), then "Handlingspunkter" set
    apart over its task boxes: the meeting's tasks (read as the last row's), no words of
    that row's cell."""
    text = ("# Referat frå møte i arbeidsutvalet\n\nDato: 14.04.2026\n\n"
            "| Sak | Tema | Notat |\n|---|---|---|\n| 10/26 | Referat | Godkjent. |\n"
            "| 11/26 | Eventuelt | Ingen saker. |\n\n## Handlingspunkter\n\n"
            "- [ ] Kari Holm skriv utkast innan 24. apr. 2026\n- [ ] Per Dahl hentar inn tal\n")
    last = parse_bytes(text.encode(), "referat.md").items[-1]
    assert last.text == "Ingen saker."
    assert [a.responsible for a in last.actions] == ["Kari Holm", "Per Dahl"]


def test_a_cross_before_an_attendance_heading_is_its_icon():
    """A note app's "## ❌ Forfall" heads the absent, as "## Forfall" does (a cross before a
    name still marks that person absent)."""
    text = ("# Referat\n\nDato: 12.03.2026\n\n## ✅ Til stede\n\n- Kari Holm (Stord kommune)\n\n"
            "## ❌ Forfall\n\n- Siv Rabben (Bømlo kommune)\n\n## Saker\n\n### 1. Referat\n\n"
            "Godkjent.\n")
    people = parse_bytes(text.encode(), "referat.md").participants
    assert [(p.name, p.attendance) for p in people] == [
        ("Kari Holm", "present"), ("Siv Rabben", "absent")]


def _vedtak_table_item(vedtak: list[str]):
    """The item a Word table "Saksnr. | Sak | Vedtak" gives, its Vedtak cell holding the
    paragraphs ``vedtak``."""
    document = Document()
    document.add_paragraph("Protokoll – styremøte")
    document.add_paragraph("Møtedato: 14.10.2026")
    document.add_paragraph("Til stede: Kari Holm (styreleder), Per Dahl")
    table = document.add_table(rows=2, cols=3)
    for cell, value in zip(table.rows[0].cells, ("Saksnr.", "Sak", "Vedtak"), strict=True):
        cell.text = value
    table.rows[1].cells[0].text = "Styresak 28/26"
    table.rows[1].cells[1].text = "Bemanningsplan for sekretariatet"
    table.rows[1].cells[2].text = vedtak[0]
    for paragraph in vedtak[1:]:
        table.rows[1].cells[2].add_paragraph(paragraph)
    return parse_bytes(docx_bytes(document), "styre.docx").items[0]


def test_a_task_in_a_later_paragraph_of_a_vedtak_cell_is_decided_too():
    # (s71c) a Vedtak cell of three paragraphs: the orientation, the task, its owner; the
    # task is a sentence of the vedtak as well, as it is in the cell's first paragraph
    item = _vedtak_table_item(["Styret tar orienteringen til etterretning.",
                               "Daglig leder legger fram en ny bemanningsplan i neste møte.",
                               "Ansvar: daglig leder"])
    assert item.decisions == ["Styret tar orienteringen til etterretning.",
                              "Daglig leder legger fram en ny bemanningsplan i neste møte."]
    assert [(a.text, a.responsible) for a in item.actions] == [
        ("Daglig leder legger fram en ny bemanningsplan i neste møte.", "daglig leder")]


def test_a_vote_in_a_vedtak_cells_last_paragraph_follows_the_vedtak():
    # (s71c) "X" / "Enstemmig vedtatt." in one cell: the vedtak, then its vote, in the
    # cell's order (a vote under running text would read as adopting the text above it)
    item = _vedtak_table_item(["Styret legger fram forslag til budsjett 2027 for "
                               "representantskapet.", "Enstemmig vedtatt."])
    assert item.decisions == ["Styret legger fram forslag til budsjett 2027 for "
                              "representantskapet.", "Enstemmig vedtatt."]


@pytest.mark.parametrize("deputy", ["Vara", "Varamedlem", "Vararepresentant"])
def test_a_deputys_own_sentence_after_the_absence_takes_the_seat(deputy):
    # (s71c) a representantskap's "Vararepresentant X møtte." after one member's absence:
    # the deputy sat for her, in her municipality's seat
    text = ("Protokoll fra representantskapsmøte\n\nDato: 23.04.2026\n\n"
            "Til stede:\nHelene Fossum, Ravnfjord kommune (leder)\nArild Brekke, Bjørkvik "
            f"kommune\n\nForfall: Sissel Haugen, Østmark kommune. {deputy} Morten Dahl møtte."
            "\n\nSak 1/26 Godkjenning av innkalling\nVedtak: Godkjent.\n")
    people = parse_bytes(text.encode(), "rs.txt").participants
    assert [(p.name, p.organization, p.attendance, p.note) for p in people][2:] == [
        ("Sissel Haugen", "Østmark kommune", "absent", None),
        ("Morten Dahl", "Østmark kommune", "present", "for Sissel Haugen")]


def test_a_presence_sentence_wrapped_before_its_items_note_goes_on():
    # (s71c) a PDF's margin cut "… var til stede" / "under sak 3/26.": the note goes on
    # in the line below, she was there for that case only
    text = ("Protokoll fra representantskapet\n\nDato: 27.05.2026\n\n"
            "Til stede:\nTorunn Mjåland, Birkeli kommune (leder)\nGunnar Homme, Tveitdal "
            "kommune\n\nFra selskapet: revisjonssjef Bjørg Tangvald og fagleder Ole Martin "
            "Haugland\n(protokollfører). Styreleder Ragnar Eikeland deltok under sak 3/26.\n"
            "Revisor, statsautorisert revisor Inger Liv Sødal, var til stede\n"
            "under sak 3/26.\n\nSak 1/26 Godkjenning\nGodkjent.\n")
    people = parse_bytes(text.encode(), "rs.txt").participants
    assert (people[-1].name, people[-1].attendance, people[-1].note) == (
        "Inger Liv Sødal", "partial", "var til stede under sak 3/26")


def test_a_board_chair_listed_without_a_vote_who_opened_the_owners_meeting_is_a_guest():
    # she opened the eiermøte, which then elected its own møteleder
    text = ("# Protokoll fra eiermøte i Nordvik Kraft AS\n\n**Dato:** 18. mars 2026\n\n"
            "| Eier | Representant | Andel |\n|---|---|---:|\n"
            "| Vassdal kommune | ordfører Kari Holm | 42 % |\n"
            "| Lia kommune | ordfører Per Lia | 58 % |\n\n"
            "Til stede uten stemmerett: styreleder Eva Kirk og daglig leder Bjørn Tveit "
            "(protokollfører).\n\n## Sak 1 – Åpning\n\nEiermøtet ble åpnet av styreleder "
            "Eva Kirk. Kari Holm ble valgt til møteleder.\n")
    record = parse_bytes(text.encode(), "eiermote.md")
    roles = {p.name: p.role for p in record.participants}
    assert roles["Kari Holm"] == ParticipantRole.CHAIR
    assert roles["Eva Kirk"] == ParticipantRole.GUEST
    assert roles["Bjørn Tveit"] == ParticipantRole.SECRETARY


@pytest.mark.parametrize(("attendance", "roles"), [
    # (s71a) at an arbeidsmiljøutvalg the employer's side is held by its manager: a member
    # (under "Arbeidsgiversiden:" or in the utvalg's own list), where at an elected body
    # "daglig leder" serves as a guest
    ("Arbeidsgiversiden: Terje Lunde (daglig leder), Mona Aasen (HR-rådgiver)\n"
     "Arbeidstakersiden: Siv Tveit (hovedverneombud, leder)\n",
     [("Terje Lunde", ParticipantRole.MEMBER), ("Mona Aasen", ParticipantRole.MEMBER),
      ("Siv Tveit", ParticipantRole.CHAIR)]),
    ("Tilstede: Roar Fossum (daglig leder), Frode Lia (tillitsvalgt Fagforbundet)\n",
     [("Roar Fossum", ParticipantRole.MEMBER), ("Frode Lia", ParticipantRole.MEMBER)]),
    # … but "Fra administrasjonen:" names the staff serving the utvalg, guests
    ("Til stede: Frode Lia (Fagforbundet)\nFra administrasjonen: Kommunedirektør Anders Myhre\n",
     [("Frode Lia", ParticipantRole.MEMBER), ("Anders Myhre", ParticipantRole.GUEST)]),
])
def test_the_employers_manager_holds_a_seat_in_an_arbeidsmiljoutvalg(attendance, roles):
    text = ("Referat fra arbeidsmiljøutvalget\n\nMøtedato: 10.09.2026\n\n" + attendance +
            "\nSak 1/26 Eventuelt\nIngen saker.\n")
    people = parse_bytes(text.encode(), "amu.txt").participants
    assert [(p.name, p.role) for p in people] == roles


@pytest.mark.parametrize("seat", [
    # (s71a) the occupational health service's seat, with what it does or its terms: it
    # advises the AMU without a vote, a guest (also as a heading over its holder)
    "BHT, rådgiver: Karin Hoff, Avonova\n",
    "Bedriftshelsetjenesten (rådgivende, uten stemmerett):\nKarin Hoff, Avonova\n",
])
def test_the_occupational_health_service_advising_an_amu_is_a_guest(seat):
    text = ("Referat fra arbeidsmiljøutvalget\n\nMøtedato: 10.09.2026\n\nArbeidsgiversiden:\n"
            "Terje Lunde, daglig leder\nArbeidstakersiden:\nSiv Tveit, hovedverneombud\n" + seat +
            "\nSak 1/26 Eventuelt\nIngen saker.\n")
    people = parse_bytes(text.encode(), "amu.txt").participants
    assert [(p.name, p.organization, p.role) for p in people][-1] == \
        ("Karin Hoff", "Avonova", ParticipantRole.GUEST)


def test_present_for_a_side_opens_the_attendance():
    # (s71a) a drøftingsmøte's protocol: "Til stades for arbeidsgjevar:" over its people
    text = ("Protokoll frå drøftingsmøte\n\nDato: 2. mars 2026\n\n"
            "Til stades for arbeidsgjevar:\nTor Lægreid, IKT-sjef (møteleiar)\n"
            "Til stades for arbeidstakarane:\nBrit Aksnes, hovudtillitsvald Fagforbundet\n"
            "Forfall: Helge Mæland (Tekna)\n\nSak 1: Eventuelt\nIngen saker.\n")
    people = parse_bytes(text.encode(), "d.txt").participants
    assert [(p.name, p.role, p.attendance) for p in people] == [
        ("Tor Lægreid", ParticipantRole.CHAIR, "present"),
        ("Brit Aksnes", ParticipantRole.MEMBER, "present"),
        ("Helge Mæland", ParticipantRole.MEMBER, "absent")]


def test_a_listed_letter_whose_title_the_page_break_cut_is_no_item_of_its_own():
    # the agenda table's last row "RS 2/26 | Referat frå" goes on past the page break
    # ("rådmannsutvalet 14.01.2026" apart from the row): the letter is a line of the
    # referatsaker's text, whole, and no item after them
    text = ("Møteprotokoll\n\nUtval: Hardvik regionråd\nDato: 27.01.2026\n\n"
            "Saksliste\nPS 1/26 Godkjenning av innkalling og sakliste\nPS 2/26 Referatsaker\n"
            "RS 1/26 Brev frå Statsforvaltaren om kommuneøkonomien\nRS 2/26 Referat frå\n"
            "rådmannsutvalet 14.01.2026\n\n"
            "PS 1/26 Godkjenning av innkalling og sakliste\n"
            "Vedtak: Innkalling og sakliste vert godkjend.\n\n"
            "PS 2/26 Referatsaker\nRS 1/26 Brev frå Statsforvaltaren om kommuneøkonomien\n"
            "RS 2/26 Referat frå rådmannsutvalet 14.01.2026\n"
            "Vedtak: Referatsakene vert tekne til orientering.\n")
    record = parse_bytes(text.encode(), "p.txt")
    assert [(i.number, i.title) for i in record.items] == [
        ("1/26", "Godkjenning av innkalling og sakliste"), ("2/26", "Referatsaker")]
    assert not record.warnings or all("stops early" not in w for w in record.warnings)


def test_an_owners_table_headed_by_the_representative_makes_its_people_members():
    # (s71k) "Eier | Representant | Aksjer" with no label above: each owner's seat, the
    # kommunedirektør holding one as the ordfører does
    text = ("# Protokoll fra eiermøte i Dalkraft AS\n\n**Dato:** 18. mars 2026\n\n"
            "## Fremmøtte eiere\n\n| Eier | Representant | Aksjer |\n|---|---|---:|\n"
            "| Elvdal kommune | ordfører Kari Holm | 600 |\n"
            "| Sandvik kommune | kommunedirektør Per Lie | 400 |\n\n"
            "## Sak 1 – Eventuelt\n\nIngen saker.\n")
    people = parse_bytes(text.encode(), "eiermote.md").participants
    assert [(p.name, p.role) for p in people] == [
        ("Kari Holm", ParticipantRole.MEMBER), ("Per Lie", ParticipantRole.MEMBER)]


def test_a_presence_sentence_wrapped_after_a_group_is_no_one_of_the_group():
    # (s71k) "Fra selskapet: …", then the company's auditor in a sentence of her own,
    # wrapped at "var til stede" / "under sak 2/26.": not one of the company's staff
    text = ("Møteprotokoll – representantskapet\n\nMøtedato: 27.05.2026\n\n"
            "Fra eierkommunene møtte: Tone Dal, Elvdal kommune\n\n"
            "Fra selskapet: revisjonssjef Bjørn Moe\n\n"
            "Selskapets revisor, statsautorisert revisor Eva Lunde, var til stede\n"
            "under sak 2/26.\n\nSak 1/26 Eventuelt\nIngen saker.\n")
    people = parse_bytes(text.encode(), "rs.txt").participants
    assert [(p.name, p.organization, p.attendance, p.note) for p in people][-1] == \
        ("Eva Lunde", None, "partial", "var til stede under sak 2/26")


def test_a_note_goes_on_with_a_name_the_margin_cut():
    # (s71k) "… søknaden fra Elvelys" / "Film AS. De tre …": the applicant's name ends on
    # the next line, before the sentence's stop
    text = ("# Protokoll – Fagrådet\n\n**Møtedato:** 3. mars 2026\n\n## Til stede\n\n"
            "- Kari Holm, leder\n- Tor Lid\n\n## Sak 1/26 Søknader\n\n"
            "Tor Lid var inhabil og deltok ikke i behandlingen av søknaden fra Elvelys\n"
            "Film AS. De tre andre søknadene fikk avslag.\n")
    people = parse_bytes(text.encode(), "fagrad.md").participants
    assert [(p.name, p.note) for p in people][-1] == (
        "Tor Lid", "var inhabil og deltok ikke i behandlingen av søknaden fra Elvelys Film AS")


@pytest.mark.parametrize(("label", "expected"), [
    # (s71l) a portal page names the council "Utvalg: …": its "Neste møte i utvalget" over
    # the day is the council's own next meeting
    ("Utvalg: Nordvik regionråd", ("2026-03-19", "10:00", "Nordvik rådhus")),
    # without that label a council's "utvalget" may be its working committee: left open
    ("Møte i Nordvik regionråd", (None, None, None)),
])
def test_the_committee_word_of_a_portal_names_the_body(label, expected):
    text = (f"Protokoll\n\n{label}\nMøtedato: 05.02.2026\n\n"
            "PS 3/26 Eventuelt\nIngen saker.\n\n"
            "Neste møte i utvalget\n19.03.2026 kl. 10:00, Nordvik rådhus\n")
    found = parse_bytes(text.encode(), "side.txt").next_meeting
    assert (found.date, found.start, found.location) == expected


def test_a_running_header_names_the_network_by_what_it_is_for():
    # (s72e) "Nettverk for Trafikksikker kommune" beside its parent in the page header; the
    # title's "nettverksmøte – Trafikksikker kommune i Midt-Troms" gave only the network's
    # topic as its owner
    from motebok.extract.minutes import _body_and_parent_on_pages, _topic_as_owner
    header = ["Trygg Trafikk Troms · Nettverk for Trafikksikker kommune"]
    assert _body_and_parent_on_pages(header, "Nettverket") == (
        "Nettverk for Trafikksikker kommune", "Trygg Trafikk Troms")
    assert _body_and_parent_on_pages(["Trygg Trafikk · Nettverk for barnehager"],
                                     "Nettverket") is None
    assert _topic_as_owner("Nettverk for Trafikksikker kommune",
                           "Trafikksikker kommune i Midt-Troms")
    assert not _topic_as_owner("Nettverk for Trafikksikker kommune", "Midt-Troms regionråd")
    assert not _topic_as_owner("nettverk Agder", "Kystnettverket")


def test_a_running_header_names_the_committee_the_title_calls_by_its_noun():
    # (s72d) "Protokoll fra grensekomiteens møte …" under a PDF's running header
    # "Grensekomiteen Nordfjell–Idre · Protokoll 2/2026": the header's name in full
    from fixtures.builders import to_pdf

    doc = [("heading", "Protokoll fra grensekomiteens møte 5. mars 2026"),
           ("para", "Tid og sted: 5. mars 2026 kl. 10.00–15.00, Idre"),
           ("para", "Til stede: Bjørn Engen (leder), Lisa Mattsson"),
           *[entry for n in range(7, 12) for entry in (
               ("heading", f"Sak {n}/2026 Sak nummer {n}"),
               ("para", "Komiteen drøftet saken og tok den til orientering."))]]
    data = to_pdf(doc, lines_per_page=8,
                  running_header="Grensekomiteen Nordfjell–Idre · Protokoll 2/2026")
    record = parse_bytes(data, "protokoll.pdf")
    assert record.body == "Grensekomiteen Nordfjell–Idre"


def test_the_next_meeting_in_a_place_named_in_sami_and_norwegian():
    # (s72m) "Guovdageaidnu / Kautokeino": one place in two languages, read whole
    text = ("Referat frå nettverksmøte\n\nDato: 20. januar 2026\n\n1/26 Referat\n"
            "Referatet vart godkjent.\n\n"
            "Neste møte: 14. april 2026 kl. 10.00 i Guovdageaidnu / Kautokeino.\n")
    record = parse_bytes(text.encode(), "referat.txt")
    assert (record.next_meeting.date, record.next_meeting.location) == \
        ("2026-04-14", "Guovdageaidnu / Kautokeino")


def test_the_meeting_leader_named_on_the_line_a_pdf_wrapped_chairs_alone():
    # (s72m) "(møteleder)" wrapped to a line of its own after a long "Name – job – org"
    # line: she chairs, the siida's "leder" is a member
    text = ("Samrådsmøte – referat\n\nDato: 9. februar 2026\n\nTil stede\n"
            "Aslak Bongo – leder – siida Láhpoluoppal\n"
            "Jon Ivar Sandvik – seksjonsleder plan – Finnmark fylkeskommune\n(møteleder)\n"
            "Lill Nilsen – rådgiver – Finnmark fylkeskommune\n\n"
            "Sak 1/2026 Innledning\nJon Ivar Sandvik innledet.\n")
    people = parse_bytes(text.encode(), "referat.txt").participants
    assert [(p.name, p.role) for p in people] == [
        ("Aslak Bongo", ParticipantRole.MEMBER), ("Jon Ivar Sandvik", ParticipantRole.CHAIR),
        ("Lill Nilsen", ParticipantRole.MEMBER)]


def test_the_next_meeting_in_a_building_named_in_lower_case():
    # (s73e) "… kl. 10.00 i administrasjonsbygget": a building by its common noun
    text = ("Møtebok\nStyret i Vikøy Hamn IKS\nDato: 12. juni 2026\n\nSak 21/26 Saksliste\n"
            "Godkjend.\n\nNeste møte: fredag 28. august 2026 kl. 10.00 i administrasjonsbygget.\n")
    meeting = parse_bytes(text.encode(), "hamn.txt").next_meeting
    assert (meeting.date, meeting.start, meeting.location) == (
        "2026-08-28", "10:00", "administrasjonsbygget")


def test_a_listed_guest_who_came_for_one_case_and_presented_it_is_a_guest():
    # (s73i) "…, Statens vegvesen – deltok på Teams under sak 3/26" and "Arne Skaar orienterte …" in
    # that case: a presenter from outside there for his case
    text = ("Referat frå forumet\nMøtedato: 4. februar 2026\n\nTil stades:\n"
            "Solveig Nes, Brekkvik kommune (leiar)\nEirik Haug, Dalsøy kommune\n"
            "Arne Skaar, seniorrådgjevar, Statens vegvesen – deltok på Teams under sak 3/26\n\n"
            "Sak 1/26 Saksliste\nGodkjend.\n\n"
            "Sak 3/26 Trusselbiletet\nArne Skaar orienterte om rapporten.\n")
    people = parse_bytes(text.encode(), "forum.txt").participants
    arne = next(p for p in people if p.name == "Arne Skaar")
    assert (arne.role, arne.attendance) == ("guest", "partial")


def test_an_acronym_with_vowels_keeps_the_capitals_the_running_text_writes():
    # (s73m) an all-capitals title's acronym read as a word ("DEKOM" → "dekom") is in
    # capitals again when the text writes it so ("DEKOM-midlar"); a word the text writes
    # in normal case stays so
    text = ("REFERAT FRÅ MØTE I SAMARBEIDSFORUM FOR REKOM\n\nTid: 20. oktober 2026\n\n"
            "Sak 1/26 Tildeling av REKOM-midlar\nForumet fordeler midlane.\n")
    assert parse_bytes(text.encode(), "referat.txt").body == "Samarbeidsforum for REKOM"
    text = ("REFERAT FRÅ MØTE I SAMARBEIDSFORUM FOR HELSE\n\nTid: 20. oktober 2026\n\n"
            "Sak 1/26 Helse i skulen\nForumet drøfta saka.\n")
    assert "HELSE" not in parse_bytes(text.encode(), "referat.txt").body


def test_a_bracket_closing_a_group_sentence_is_the_last_ones_and_outlives_an_items_note():
    # (s73m) "Fra selskapet møtte A og B (til stede under sak 7/26 og 8/26)." : the bracket
    # is B's; her later "fratrådte under behandlingen av saken" names no case, and the
    # list's note, which does, stays
    text = ("Protokoll fra representantskapet\n\nMøtedato: 04.06.2026\n\n"
            "Til stede: Tone Jore (leder), Helge Sandnes\n\n"
            "Fra selskapet møtte daglig leder Kai Eik og styreleder Eva Lid "
            "(til stede under sak 7/26 og 8/26).\n\n"
            "Sak 7/26 Valg\n\nVedtak: Eva Lid velges.\n\n"
            "Sak 8/26 Godtgjøring til styret\n\n"
            "Styreleder Eva Lid fratrådte under behandlingen av saken.\n\n"
            "Vedtak: Godtgjøringen videreføres.\n")
    people = {p.name: (p.attendance, p.note)
              for p in parse_bytes(text.encode(), "protokoll.txt").participants}
    assert people["Kai Eik"] == ("present", None)
    assert people["Eva Lid"] == ("partial", "til stede under sak 7/26 og 8/26")


@pytest.mark.parametrize(("closing", "date", "last_text"), [
    # (s73k) English next meetings: a sentence, a label with the meeting's kind, and a
    # season with no day (the signing line below gives none)
    ("7. Date of next meeting\nThe next meeting will be held in Rovaniemi on 8 October 2026, "
     "10:00–16:00.\n", "2026-10-08",
     "The next meeting will be held in Rovaniemi on 8 October 2026, 10:00–16:00."),
    ("7. AOB\nNone.\n\nNext partner meeting: 2026-06-17 in Groningen (host: PP3).\n",
     "2026-06-17", "None."),
    ("7. AOB\nNone.\n\nThe next meeting of the committee will be held in Eidsvang in spring "
     "2027.\n\nEidsvang, 28 April 2026\nJon Erik Dahle\n", None, "None."),
])
def test_an_english_next_meeting(closing, date, last_text):
    text = ("Minutes of the Board meeting\n\nDate: 12 March 2026\n\n"
            f"1. Approval of the agenda\nThe agenda was approved.\n\n{closing}")
    record = parse_bytes(text.encode(), "board.txt")
    assert record.next_meeting.date == date
    assert record.items[-1].text == last_text


def test_next_meeting_at_a_named_centre_after_the_hours() -> None:
    # "…, Moholt frivilligsentral": a volunteer centre (or a health centre) is a place,
    # as a named town hall is
    text = ("Referat fra møte i Frivillighetsnettverket\nDato: 21.09.2026\n\nSak 1 Velkommen\n"
            "Ingen.\n\nNeste møte: 23. november kl. 09.30, Moholt frivilligsentral\n")
    record = parse_bytes(text.encode(), "n.txt")
    assert (record.next_meeting.date, record.next_meeting.start,
            record.next_meeting.location) == ("2026-11-23", "09:30", "Moholt frivilligsentral")


def test_a_photo_credit_under_the_presenters_is_no_participant():
    # (s74g) a picture's caption under "Innleiarar:" in a newsletter: "Foto: Eirik Tvedt"
    # names who took the photo, no person of the gathering
    text = ("Oppsummering frå samling\n\n"
            "Tysdag 21. oktober 2025 samla 30 deltakarar seg på Sjøvik kulturhus.\n\n"
            "Innleiarar: Solveig Nordbø (Sjøvik kulturskule) og Jostein Vik (Vestland "
            "fylkeskommune)\n\nFullt hus i salen. Foto: Eirik Tvedt\n\n"
            "Kulturskulen\n\nSolveig fortalde om kulturskulen.\n\n"
            "Strategi\n\nJostein presenterte strategien.\n")
    record = parse_bytes(text.encode(), "samling.txt")
    assert [p.name for p in record.participants] == ["Solveig Nordbø", "Jostein Vik"]


def test_a_conclusions_slide_for_its_agenda_point_makes_each_bullet_a_conclusion():
    # (s74g) the agenda's "Konklusjoner og veien videre" over a slide titled "Konklusjoner":
    # its bullets are conclusions, a task among them an action too
    text = ("Kompetanseforum Dal\n\nForummøte 5. februar 2026\n\nAgenda\n\n1. Velkommen\n"
            "2. Lærlingplasser\n3. Konklusjoner og veien videre\n\n"
            "Lærlingplasser\n\n• 28 søkere\n• 17 læreplasser\n\nKonklusjoner\n\n"
            "• Forumet anbefaler regionrådet å videreføre stillingen.\n"
            "• Sekretariatet lager kampanjeplan til neste forummøte.\n\nTakk for i dag!\n")
    record = parse_bytes(text.encode(), "foilsett.txt")
    assert record.kind == "presentation"
    last = record.items[-1]
    assert last.decisions == ["Forumet anbefaler regionrådet å videreføre stillingen.",
                              "Sekretariatet lager kampanjeplan til neste forummøte."]
    assert [a.responsible for a in last.actions] == ["Sekretariatet"]


def test_a_listed_member_welcoming_with_the_leaders_title_in_brackets_chairs():
    # (s74g) "Oddny Sæbø (leiar i arbeidsgruppa) ønskte velkomen" in the first item: the
    # title in brackets after the name, as "Leiar Oddny Sæbø ønskte velkomen" gives it
    text = ("# Referat frå arbeidsverkstad\n\n**Dato:** 3. desember 2025\n\n**Deltakarar:**\n\n"
            "- Gruppe 1: Oddny Sæbø (Fjordheim kommune), Per Tjønn (Lunde kommune)\n\n"
            "## 1. Innleiing\n\n- Oddny Sæbø (leiar i arbeidsgruppa) ønskte velkomen.\n\n"
            "## 2. Vidare arbeid\n\n- Arbeidsgruppa var samd om søknaden.\n")
    record = parse_bytes(text.encode(), "verkstad.md")
    assert [(p.name, p.role) for p in record.participants] == [
        ("Oddny Sæbø", ParticipantRole.CHAIR), ("Per Tjønn", ParticipantRole.MEMBER)]


def test_the_occupational_health_service_written_out_over_its_adviser_makes_a_guest():
    # (s74l) "Bedriftshelsetjenesten:" on its own line over its adviser, as "BHT:" says it:
    # the service advises an AMU without a vote, a guest by the guide
    text = ("Referat fra møte i arbeidsmiljøutvalget\n\nMøtedato: 14. oktober 2026\n\n"
            "Til stede:\nArbeidsgiversiden:\nKari Nord, kommunedirektør (leder)\n"
            "Arbeidstakersiden:\nLinda Sol, Fagforbundet\n"
            "Bedriftshelsetjenesten:\nIngrid Moe, Dalen BHT\n\n"
            "Sak 21/26 Godkjenning av innkalling\nGodkjent.\n")
    people = parse_bytes(text.encode(), "amu.txt").participants
    assert [(p.name, p.role) for p in people] == [
        ("Kari Nord", ParticipantRole.CHAIR), ("Linda Sol", ParticipantRole.MEMBER),
        ("Ingrid Moe", ParticipantRole.GUEST)]


def test_a_plain_tables_rows_go_straight_to_their_people():
    # "Navn | Kommune" rows under their heading take ``read_attendance``'s short way; a
    # row that may be something else (a group's, an owner's, a new heading) does not
    from motebok.extract.minutes import _plain_table_row
    from motebok.extract.text import Line
    from motebok.read.blocks import BlockKind

    def row(*cells: str) -> Line:
        text = "\t".join(cells)
        return Line(text=text, body=text, kind=BlockKind.TABLE_ROW, level=0, cells=cells,
                    bold=False, gap=False)

    assert _plain_table_row(row("Kari Holm", "Nordby kommune"))
    assert not _plain_table_row(row("Frå IKT-samarbeidet", "dagleg leiar Trond Eikås"))
    assert not _plain_table_row(row("Nordby kommune ved ordfører Kari Holm", "400 aksjer"))
    assert not _plain_table_row(row("Navn", "Organisasjon"))
    assert not _plain_table_row(row("Kari Holm", "Nordby kommune", "Medlem"))
    text = ("Referat fra møte i Regionrådet\n\nDato: 12.03.2025\n\nTil stede:\n"
            "Navn\tKommune\nKari Holm\tNordby kommune\nPer Dal\tSekretariatet\n"
            "Liv Moe\tSørby kommune\nNavn\tKommune\nOla Vik\tVestby kommune\n\n"
            "Forfall: Eva Berg\n\nSak 1/25 Godkjenning av innkalling\n"
            "Innkallingen ble godkjent.\n")
    people = parse_bytes(text.encode(), "regionraad.txt").participants
    assert [(p.name, p.organization, p.role, p.attendance) for p in people] == [
        ("Kari Holm", "Nordby kommune", ParticipantRole.MEMBER, "present"),
        ("Per Dal", "Sekretariatet", ParticipantRole.SECRETARY, "present"),
        ("Liv Moe", "Sørby kommune", ParticipantRole.MEMBER, "present"),
        ("Ola Vik", "Vestby kommune", ParticipantRole.MEMBER, "present"),
        ("Eva Berg", None, ParticipantRole.MEMBER, "absent")]


@pytest.mark.parametrize("cells", [
    ("Kari Holm", "Nordby kommune"), ("Nordby kommune", "Kari Holm"),
    ("Frå IKT-samarbeidet", "dagleg leiar Trond Eikås"), ("Fra NAV", "Per Dal"),
    ("Fra styret", ""), ("KS", "Mette Holm (KS Agder)"),
    ("Brukerrepresentanter", "Tove Nyland (Brukerutvalget)"),
    ("Nordby kommune ved ordfører Kari Holm", "400 aksjer/stemmer"),
    ("Nordby kommune", "(300 aksjar)"), ("Kari Holm", "12 år"),
    ("Navn", "Organisasjon"), ("Navn", "Kommune"), ("Namn (tittel)", "Kommune"),
    ("Møtende medlemmer", "Parti"), ("Forfall", "Kommune"), ("Kari Holm", "Forfall"),
    ("Kari Holm (leder)", "Nordby kommune"), ("Kari Holm", "Navnestad kommune"),
    ("Medlem", "Hans Li"), ("fra Nordby", "Kari Holm"),
])
def test_a_plain_rows_short_tests_answer_as_the_whole_tests(cells):
    # (s75c) the row's gate asks the group's, the owner's and the headings' tests only of a
    # row with a bracket, a digit first, "Fra"/"Frå" first or a heading word: the same
    # answer as all of them asked of every row
    from motebok.extract.minutes import _group_row, _plain_table_row
    from motebok.extract.participants import (
        heads_no_columns,
        is_share_count,
        labelled_columns,
        table_columns,
    )
    from motebok.extract.text import Line
    from motebok.read.blocks import BlockKind

    text = "\t".join(cells)
    line = Line(text=text, body=text, kind=BlockKind.TABLE_ROW, level=0, cells=cells,
                bold=False, gap=False)
    no_heading = table_columns(cells) is None and labelled_columns(cells) is None
    assert heads_no_columns(cells) is no_heading
    assert _plain_table_row(line) is (_group_row(cells) is None and
                                      not is_share_count(cells[1]) and no_heading)


def test_the_chair_an_opening_paragraph_names_comes_before_the_presenters_listed_under_it():
    # (s74o) "Samlinga vart leia av X." in the ingress, then "Innleiarar: …": she is named
    # first, so she comes first (order of first appearance)
    text = ("Dette skjedde på samlinga\n\n"
            "Tysdag 21. oktober samla 30 deltakarar seg på Lia kulturhus. Samlinga vart leia "
            "av koordinator Randi Hope.\n\n"
            "Innleiarar: Kari Holm (Dal kommune) og Per Vik (Kulturtanken)\n\n"
            "Kulturskulen\n\nKari Holm fortalde om kulturskulen.\n\n"
            "Kalender\n\nNettverket slutta seg til forslaget om ein felles kalender.\n")
    record = parse_bytes(text.encode(), "nyheitsbrev.txt")
    assert [(p.name, p.role) for p in record.participants] == [
        ("Randi Hope", "chair"), ("Kari Holm", "guest"), ("Per Vik", "guest")]


@pytest.mark.parametrize(("title", "role"), [
    ("Referat fra vertskommunemøte – Barneverntjenesten i Åsen og Li", "member"),
    ("Protokoll fra regionrådet", "guest"),
])
def test_the_chief_executives_at_a_host_municipality_meeting_are_its_members(title, role):
    # (s75f) the partners' kommunedirektører decide the shared service's budget at the
    # vertskommunemøte: members there, where at a regionråd the same title is the
    # administration serving it
    text = (f"{title}\n\nDato: 09.11.2026\n\nDeltakere: Kari Holm, Åsen kommune "
            "(vertskommune, møteleder); kommunedirektør Berit Sunde, Li kommune; rådmann Odd "
            "Rønning, Berg kommune\n\nSak 14/26 Budsjett\nReferatet ble godkjent.\n")
    people = {p.name: (p.organization, p.role) for p in parse_bytes(text.encode(),
                                                                      "vm.txt").participants}
    assert people == {"Kari Holm": ("Åsen kommune", "chair"),
                      "Berit Sunde": ("Li kommune", role),
                      "Odd Rønning": ("Berg kommune", role)}


def test_a_place_of_two_words_the_margin_cut_goes_on_in_the_line_below():
    # (s75f) a PDF's running list wrapped inside "Nordre Åsen kommune": the line below
    # opens with the place's second word and "kommune", no entry of its own
    text = ("Referat fra møte i styret\n\nDato: 09.11.2026\n\nDeltakere: Kari Holm, Li "
            "kommune (leder); Berit Sunde, Li kommune; økonomirådgiver Per Ivar Brå, Nordre\n"
            "Åsen kommune (referent)\n\nSak 14/26 Godkjenning\nReferatet ble godkjent.\n")
    people = {p.name: (p.organization, p.role) for p in parse_bytes(text.encode(),
                                                                      "st.txt").participants}
    assert people["Per Ivar Brå"] == ("Nordre Åsen kommune", "secretary")
    assert len(people) == 3


def test_a_county_on_a_line_of_its_own_under_a_party_is_the_next_groups_label():
    # (s75f) "…, Ap" over "Akershus fylkeskommune": the party ends the entry, the county
    # opens the next group (no place cut at the margin)
    text = ("Referat\n\nDato: 12.03.2024\n\nTil stede:\nInnlandet fylkeskommune\n"
            "- Tone Ringstad, Sp (møteleder)\n- Jørgen Mellum, Ap\nAkershus fylkeskommune\n"
            "- Henrik Kvisle, H\n\n1. Godkjenning\nGodkjent.\n")
    people = {p.name: p.organization for p in parse_bytes(text.encode(), "fu.txt").participants}
    assert people == {"Tone Ringstad": "Innlandet fylkeskommune",
                      "Jørgen Mellum": "Innlandet fylkeskommune",
                      "Henrik Kvisle": "Akershus fylkeskommune"}


def test_the_board_at_the_annual_meeting_it_reports_to_is_a_guest():
    # (s75e) "Fra styret møtte også styreleder X, som la fram årsmeldingen." at the årsmøte
    # of a council's owner representatives: the board reports to the meeting, no member
    text = ("Protokoll fra årsmøtet i Midtdal friluftsråd 2026\n\nDato: 21. april 2026\n"
            "Møteleder: Gudrun Flaten\n\nFra styret møtte også styreleder Terje Bakke, som la "
            "fram årsmeldingen.\n\nSak 1/2026 Godkjenning\nGodkjent.\n")
    assert _people_of(text) == [("Gudrun Flaten", None, "chair", "present"),
                                ("Terje Bakke", None, "guest", "present")]

@pytest.mark.parametrize("value", ["", "Kari Holm, Per Dal", "fra styret", "under sak 2",
                                   "Kari Holm (sak 2)", "på Teams: Kari Holm"])
def test_a_plain_attendance_label_answers_no_to_the_label_tests_it_skips(value):
    # (s75c) ``read_attendance`` skips a dozen questions of the label's words for the usual
    # labels written as they are ("Til stede:", "Forfall: …"): each answers no for each
    from motebok.extract import minutes as m
    from motebok.extract.labels import (
        ATTENDANCE_FIELDS,
        PARTNER_GROUP_LABELS,
        TRUST_SIDE_LABELS,
        Field,
        cases_before_colon,
        chained_labels,
        is_partner_group,
        match_label,
        present_group,
    )

    for name in sorted(m._PLAIN_LABELS):
        for written in (name, name.capitalize(), name.upper()):
            text = f"{written}: {value}".rstrip()
            label = match_label(text)
            assert label is not None and label.label == name, text
            assert label.field in ATTENDANCE_FIELDS, text
            parts = chained_labels(label)
            assert parts and parts[0].label == name
            assert m._plain_label(label, label, text)
            head = text.split(":", 1)[0]
            assert name != "inviterte" and name not in PARTNER_GROUP_LABELS
            assert name not in m._BOARD_GROUP_LABELS and name not in TRUST_SIDE_LABELS
            assert m._CHANNEL.search(head) is None
            assert not (name[-2:] in m._OWN_BODY_ENDS and m._OWN_MEMBERS_LABEL.search(name))
            assert label.field not in (Field.MEMBERS, Field.SECRETARIAT) and "medl" not in name
            assert m._STAFF_LABEL.match(name) is None and not is_partner_group(name)
            assert present_group(text) is None, text
            assert "(" not in head and cases_before_colon(head) is None
    # a label with more words before its colon goes the whole way
    for text in ("Til stede på Teams: Kari Holm", "Til stede (sak 2): Kari Holm",
                 "Til stede fra styret: Kari Holm", "Forfall meldt: Kari Holm",
                 "*Forfall*: Kari Holm"):
        label = match_label(text)
        assert label is None or not m._plain_label(label, label, text), text


def test_a_closing_next_meeting_list_is_no_words_of_eventuelt():
    # (s76c) "Til neste møte:" over errands after Eventuelt: the minutes' closing list, whose
    # errands are the last item's tasks; "per 1. september" is the day a figure stands at,
    # no due
    text = ("Referat fra kulturskoleforum\n\nDato: 3. juni 2026\n\nSak 1 Eventuelt\n"
            "Ingen saker.\n\nTil neste møte:\n- Janne Myhre sender ut sammenstillingen på nytt.\n"
            "- Alle rektorer tar med oversikt over ventelister per 1. september.\n")
    [item] = parse_bytes(text.encode(), "forum.txt").items
    assert item.text == "Ingen saker."
    assert [(a.text, a.responsible, a.due) for a in item.actions] == [
        ("Janne Myhre sender ut sammenstillingen på nytt.", "Janne Myhre", None),
        ("Alle rektorer tar med oversikt over ventelister per 1. september.", "Alle rektorer",
         None)]


@pytest.mark.parametrize(("line", "want"), [
    # (s76o) a seat's label with its standing in brackets and the people on the same line:
    # the label heads them as without the brackets, no organisation of the line above
    ("BHT (utan røysterett): Per Sandvik, Hardanger BHT",
     ("Per Sandvik", "Hardanger BHT", "guest", "present")),
    ("Observatør (uten stemmerett): Kari Holm, KS", ("Kari Holm", "KS", "guest", "present")),
    # … a seat word whose role would be a member's: no vote makes a guest
    ("Rådgjevar (utan røysterett): Per Sandvik, Hardanger BHT",
     ("Per Sandvik", "Hardanger BHT", "guest", "present")),
    # … and a bracket saying those after the label stayed away
    ("HTV (møtte ikkje): Per Sandvik, Delta", ("Per Sandvik", "Delta", "member", "absent")),
    ("Vara (møtte ikke): Jon Dal, Fagforbundet",
     ("Jon Dal", "Fagforbundet", "member", "absent")),
    # (s77a) … a guest's label with that bracket: a guest still, and absent
    ("Observatør (møtte ikkje): Kari Holm, KS", ("Kari Holm", "KS", "guest", "absent")),
    ("Gjester (forfall): Kari Holm, KS", ("Kari Holm", "KS", "guest", "absent")),
])
def test_a_seat_label_with_its_standing_in_brackets_before_the_people(line, want):
    text = ("Referat frå møte i arbeidsmiljøutvalet\n\nDato: 3. mars 2026\n\nTil stades:\n"
            f"Arbeidstakar: Lise Berg, FO\n{line}\n\nSak 1/26 Godkjenning\n\nGodkjent.\n")
    people = parse_bytes(text.encode(), "amu.txt").participants
    assert [(p.name, p.organization, p.role, p.attendance) for p in people] == [
        ("Lise Berg", "FO", "member", "present"), want]


@pytest.mark.parametrize("said", [
    "Neste møte holdes i Pello den 8. juni 2027.",
    "Neste møte blir i Pello 8. juni 2027.",
    # (s76o) a border council's Swedish: the place before the day after "hålls i"
    "Nästa möte hålls i Pello den 8 juni 2027.",
])
def test_the_next_meetings_place_before_its_day_after_a_holding_verb(said):
    text = ("Referat fra møte i grenserådet\n\nDato: 3. mars 2027\n\nTil stede: Ola Nes, "
            f"Lise Berg\n\nSak 1/27 Neste møte\n\n{said}\n")
    next_meeting = parse_bytes(text.encode(), "gr.txt").next_meeting
    assert (next_meeting.date, next_meeting.location) == ("2027-06-08", "Pello")


def test_the_county_s_group_is_a_side_of_its_joint_body_with_the_municipalities():
    # (s77c) "Fra kommunene:" then "Fra fylkeskommunen:" in a body the county's dental
    # service holds with the municipalities (its name says so): both groups are members,
    # not the county as a regionråd's invited partner
    text = ("Referat\nSamarbeidsutvalget for tannhelse – kommunene i Sørdal\n\n"
            "Dato: 24. november 2026\n\nTil stede\nFra kommunene:\n"
            "Randi Haugland, kommunalsjef, Bakkeby kommune (leder)\n"
            "Hilde Sørensen, helsesykepleier, Bakkeby kommune\nFra fylkeskommunen:\n"
            "Gunnar Bergh, overtannlege, Klinikk Strandvik\n\n"
            "Sak 19/26 Godkjenning\nGodkjent.\n")
    record = parse_bytes(text.encode(), "su.txt")
    assert [(p.name, p.role) for p in record.participants] == [
        ("Randi Haugland", "chair"), ("Hilde Sørensen", "member"), ("Gunnar Bergh", "member")]

@pytest.mark.parametrize("observers", [
    "Observatør (møtte ikke): Kari Holm, Nordby kommune\n",
    "**Observatør (møtte ikke):** Kari Holm, Nordby kommune\n",
    "Observatør (møtte ikke):\nKari Holm, Nordby kommune\n",
])
def test_an_observers_label_saying_they_stayed_away_keeps_both(observers):
    # (s77a) the bracket says the attendance, the label the role: an observer who did not
    # come is a guest and absent (as "Vara (møtte ikke):" keeps a member's seat), while
    # "Observatør:" alone is a guest present
    text = ("Referat fra møte i styringsgruppen\n\nDato: 12. mars 2026\n\nTil stede: Ola "
            f"Nordmann (leder), Per Hansen\n{observers}Referent: Anne Lie\n\n"
            "Sak 1/26 Godkjenning av innkalling\n\nInnkallingen ble godkjent.\n")
    people = parse_bytes(text.encode(), "sg.txt").participants
    assert [(p.name, p.organization, p.role, p.attendance) for p in people] == [
        ("Ola Nordmann", None, "chair", "present"), ("Per Hansen", None, "member", "present"),
        ("Kari Holm", "Nordby kommune", "guest", "absent"),
        ("Anne Lie", None, "secretary", "present")]
    alone = parse_bytes(text.replace(" (møtte ikke)", "").encode(), "sg.txt").participants
    assert (alone[2].role, alone[2].attendance) == ("guest", "present")


@pytest.mark.parametrize("heading", ["### Oppsummering av oppgåver", "Oppsummering av oppgaver",
                                     "Oversikt over oppgaver"])
def test_a_summary_of_tasks_closing_the_minutes_is_no_text_of_the_last_item(heading):
    # (s77a) a closing table headed "Oppsummering av oppgåver": its rows are the meeting's
    # tasks (the one the item gave once, the new one the last item's), no words of
    # "Eventuelt"; its "Kalle inn til neste møte | … | 01.12.2026" is a task's deadline,
    # no day of the next meeting the label below gives
    text = ("# Referat frå nettverksmøte\n\n**Dato:** 22. oktober 2026  \n**Stad:** Teams\n\n"
            "**Til stades:** Ingrid Eide (leiar), Olav Hjelle, Solveig Loen (referent)\n\n"
            "## 1. Kurs for tolkar\nNettverket slutta seg til forslaget. Solveig Loen sender "
            "ut ein førespurnad til kommunane innan 15. november.\n\n## 2. Eventuelt\n"
            f"Ingen saker.\n\n{heading}\n| Kva | Kven | Frist |\n|---|---|---|\n"
            "| Sende ut førespurnad om tolkekurs | Solveig Loen | 15.11.2026 |\n"
            "| Kalle inn til neste møte | Ingrid Eide | 01.12.2026 |\n\n"
            "**Neste møte:** 14. januar 2027 på Teams\n")
    record = parse_bytes(text.encode(), "nettverk.md")
    assert [(i.text, [(a.text, a.responsible, a.due) for a in i.actions])
            for i in record.items] == [
        ("Nettverket slutta seg til forslaget. Solveig Loen sender ut ein førespurnad til "
         "kommunane innan 15. november.",
         [("Solveig Loen sender ut ein førespurnad til kommunane innan 15. november.",
           "Solveig Loen", "2026-11-15")]),
        ("Ingen saker.", [("Kalle inn til neste møte", "Ingrid Eide", "2026-12-01")])]
    assert (record.next_meeting.date, record.next_meeting.location) == ("2027-01-14", "Teams")


@pytest.mark.parametrize(("line", "location"), [
    ("Neste møte: 12. mars 2027 kl. 10.00, på Rådhuset, møterom 2", "Rådhuset, møterom 2"),
    ("Neste møte: 12. mars 2027 kl. 10.00 på rådhuset, møterom 2", "rådhuset, møterom 2"),
    ("Neste møte: 12. mars 2027 kl. 10.00, i Kulturhuset, sal B", "Kulturhuset, sal B"),
    ("Neste møte: 12. mars 2027 kl. 10.00, på Rådhuset", "Rådhuset"),
    ("Neste møte: 12. mars 2027 kl. 10.00 på rådhuset, og Ola tek med kaffi", "rådhuset"),
])
def test_the_room_after_a_comma_belongs_to_the_next_meeting_s_place(line, location):
    # (s78a) "…, på Rådhuset, møterom 2": the room is part of where, as "…, Rådhuset,
    # møterom 2" is read; a building's word after "på" may stand in small letters
    text = ("Regionrådet Fjellbygda\n\nReferat fra møte 4. februar 2027\n\nSted: Kommunehuset\n"
            f"Til stede: Ola Nes, Lise Berg\n\nSak 1/27 Godkjenning\nGodkjent.\n\n{line}\n")
    record = parse_bytes(text.encode(), "rr.txt")
    assert (record.next_meeting.date, record.next_meeting.location) == ("2027-03-12", location)


@pytest.mark.parametrize(("line", "location"), [
    ("Nästa möte: 12 maj 2027 kl. 10.00 i Älvdalen", "Älvdalen"),
    ("Nästa möte: 12 maj 2027 kl. 10.00 i Östersund", "Östersund"),
    ("Nästa möte: 12 maj 2027 kl. 10.00 på Åre kommunhus", "Åre kommunhus"),
    ("Nästa möte: 12 maj 2027 kl. 10.00 på Östersunds rådhus", "Östersunds rådhus"),
    ("Nästa möte hålls i Älvdalen den 12 maj 2027.", "Älvdalen"),
    ("Neste møte: 12. mai 2027 kl. 10.00 i Ørsta", "Ørsta"),
])
def test_a_next_meeting_s_town_opening_with_a_swedish_capital_is_its_place(line, location):
    # (s79e) a border committee's Swedish minutes: a town opening with Ä or Ö ("i
    # Älvdalen") is where the next meeting is held, as "i Ålesund" is
    text = ("Protokoll från sammanträde i Gränskommittén Nord\n\nDatum: 3 mars 2027\n"
            "Plats: Kommunhuset\n\n§ 1 Öppnande\nOrdföranden öppnade mötet.\n\n"
            f"{line}\n")
    record = parse_bytes(text.encode(), "gk.txt")
    assert (record.next_meeting.date, record.next_meeting.location) == ("2027-05-12", location)
def test_the_board_named_at_a_club_s_annual_meeting_of_counted_members_are_members() -> None:
    # (s79d) "Til stede: 27 medlemmer. Fra styret møtte A (styreleder) og B (kasserer).": the
    # members are only counted, the board are those named of them (not guests reporting to
    # owners' representatives listed above); the invited guest's own sentence after them
    text = ("Protokoll fra årsmøtet i Venneforeningen for Hestnes fort\n\n"
            "Dato: 16. mars 2027\n\n"
            "Til stede: 27 medlemmer. Fra styret møtte Einar Strand (styreleder) og Gro Lunde "
            "(kasserer). Kultursjef Trine Moe fra Hestnes kommune var invitert som gjest.\n\n"
            "Sak 1 – Valg av møteleder\nSolfrid Aune ble valgt som møteleder.\n")
    record = parse_bytes(text.encode(), "am.txt")
    assert [(p.name, p.organization, p.role) for p in record.participants] == [
        ("Einar Strand", None, ParticipantRole.MEMBER), ("Gro Lunde", None, ParticipantRole.MEMBER),
        ("Trine Moe", "Hestnes kommune", ParticipantRole.GUEST),
        ("Solfrid Aune", None, ParticipantRole.CHAIR)]


def test_signers_side_by_side_in_a_table_with_the_writer_s_title_under_one() -> None:
    # (s79d) "Pål Vikan | Hilde Sætre | Arne Fosse" over "referent | | ": the writer is the
    # name over the title; the others sign untitled, no one's name runs across the cells
    document = Document()
    document.add_paragraph("Protokoll fra årsmøtet i Venneforeningen")
    document.add_paragraph("Dato: 16. mars 2027")
    document.add_paragraph("Sak 1 – Årsmelding")
    document.add_paragraph("Årsmøtet godkjente årsmeldingen.")
    document.add_paragraph("Hestnes, 18. mars 2027")
    table = document.add_table(rows=2, cols=3)
    for cell, value in zip(table.rows[0].cells, ["Pål Vikan", "Hilde Sætre", "Arne Fosse"],
                           strict=True):
        cell.text = value
    table.rows[1].cells[0].text = "referent"
    record = parse_bytes(docx_bytes(document), "am.docx")
    assert [(p.name, p.role) for p in record.participants] == [
        ("Pål Vikan", ParticipantRole.SECRETARY)]
