"""How item headings are told from text: the many ways minutes number their cases."""

from __future__ import annotations

from itertools import product

import docx
import pytest

from fixtures.builders import docx_bytes, fill_cell
from motebok.extract import items
from motebok.extract.items import (
    AGENDA_LABEL_PARTS,
    Candidate,
    _CaseIndex,
    _heads_no_item,
    find_candidates,
    is_agenda_heading,
    is_break_slot,
    place_without_day,
    roman_value,
    same_case,
    split_heading,
)
from motebok.extract.labels import LABELS, Field
from motebok.extract.text import Line
from motebok.extract.text import programme_slot_line as text_slot_line
from motebok.parse import parse_bytes
from motebok.read.blocks import BlockKind
from motebok.vocab import ParticipantRole


def _items(first: str, second: str) -> list[tuple[str | None, str]]:
    """(number, title) of each item of a small styremøte with two headings."""
    text = (f"Referat fra styremøte 9.11.2023\n\nTilstede: Kari Holm, Ole Dahl\n\n"
            f"{first} Godkjenning av referat\n\nReferatet ble godkjent.\n\n"
            f"{second} Budsjett\n\nBudsjettet ble vedtatt.\n")
    record = parse_bytes(text.encode(), "styremote.txt")
    return [(item.number, item.title) for item in record.items]


@pytest.mark.parametrize(("first", "second", "numbers"), [
    ("Sak 14/23", "Sak 15/23", ["14/23", "15/23"]),
    ("Sak 14-23", "Sak 15-23", ["14-23", "15-23"]),
    ("Sak 14-2023", "Sak 15-2023", ["14-2023", "15-2023"]),
    ("Sak 14.23", "Sak 15.23", ["14.23", "15.23"]),
    ("Sak nr.: 14/23", "Sak nr.: 15/23", ["14/23", "15/23"]),
    ("14 – 2023", "15 – 2023", ["14–2023", "15–2023"]),  # no "Sak", a four-digit year
    ("Sak 14/23           ", "Sak 15/23      ", ["14/23", "15/23"]),  # padded like a table
    ("AU-sak 14/23", "AU-sak 15/23", ["14/23", "15/23"]),  # a committee's own series
    ("Sak AU 14/23:", "Sak AU 15/23:", ["14/23", "15/23"]),
    ("Orienteringssak 14/23", "Vedtakssak 15/23", ["14/23", "15/23"]),  # by kind of case
    ("Drøftingssak 14/23", "Drøftingssak 15/23", ["14/23", "15/23"]),
    ("Tema 1:", "Tema 2:", ["1", "2"]),
    ("RF 14/23", "RF 15/23", ["14/23", "15/23"]),  # a forum's letters before its cases
    ("LR-14/2023", "LR-15/2023", ["14/2023", "15/2023"]),
    ("Sak 2013-14", "Sak 2013-15", ["2013-14", "2013-15"]),  # the year first
    ("Sak 25/3", "Sak 25/4", ["25/3", "25/4"]),  # a two-digit year, a one-digit case
    ("PS 2025/7", "PS 2025/8", ["2025/7", "2025/8"]),
    ("Sak 3 av 2025:", "Sak 4 av 2025:", ["3 av 2025", "4 av 2025"]),  # case 3 of the year
    ("PU/SL sak 14/23", "PU/SL sak 15/23", ["14/23", "15/23"]),  # two sets of letters
    ("Styresak 1.2016", "Styresak 2.2016", ["1.2016", "2.2016"]),  # the board's word
    ("32b/22", "33/22", ["32b/22", "33/22"]),  # a case added under another's number
    ("Sak 14a/23", "Sak 14b/23", ["14a/23", "14b/23"]),  # the same, with the word
    ("Sak 14/23 a)", "Sak 14/23 b)", ["14/23 a", "14/23 b"]),  # a case split in parts
    ("Sak 1/1/2002:", "Sak 2/1/2002:", ["1/1/2002", "2/1/2002"]),  # case, meeting, year
    ("Sak 04/2018*", "Sak 05/2018*", ["04/2018", "05/2018"]),  # a footnote's star
    ("§ 14", "§ 15", ["14", "15"]),  # an årsmøte's paragraphs
    ("§14.", "§15.", ["14", "15"]),
    ("Ad sak 14:", "Ad sak 15:", ["14", "15"]),  # the section on an item of the agenda
    ("Til sak 14", "Til sak 15", ["14", "15"]),
    ("Ad 14.", "Ad 15.", ["14", "15"]),
    ("Sak 23.1", "Sak 23.2", ["23.1", "23.2"]),  # numbered within meeting 23
    ("Sak 23.1.", "Sak 23.2.", ["23.1", "23.2"]),
    ("Nr. 14", "Nr. 15", ["14", "15"]),
    ("Nr 14:", "Nr 15:", ["14", "15"]),
    ("#14", "#15", ["14", "15"]),
    ("Sak 14/23 (V)", "Sak 15/23 (O)", ["14/23", "15/23"]),  # the kind of case, no title
    ("Sak 14/23 (V-sak)", "Sak 15/23 [O]", ["14/23", "15/23"]),
    ("Regionrådssak 14/23", "Regionrådssak 15/23", ["14/23", "15/23"]),  # the body's word
    ("Utvalgssak nr. 14/23", "Utvalgssak nr. 15/23", ["14/23", "15/23"]),
    ("Møtesak 14", "Møtesak 15", ["14", "15"]),
    ("1 -", "2 -", ["1", "2"]),  # a number and a spaced dash
    ("1 –", "2 –", ["1", "2"]),
    ("1:", "2:", ["1", "2"]),  # a number and a colon
    ("Ad. 14", "Ad. 15", ["14", "15"]),
    ("Ad.14", "Ad.15", ["14", "15"]),
    ("Agendapunkt 14:", "Agendapunkt 15:", ["14", "15"]),  # a point of the agenda
    ("Dagsordenpunkt 14", "Dagsordenpunkt 15", ["14", "15"]),
])
def test_case_number_styles(first, second, numbers):
    assert _items(first, second) == [(numbers[0], "Godkjenning av referat"),
                                     (numbers[1], "Budsjett")]


def test_numbers_before_a_spaced_dash_with_lettered_points_under_eventuelt():
    record = parse_bytes(
        "Protokoll fra møte i Vestfjord regionråd\nDato: 14. mars 2024\n"
        "Til stede: Ola Berg (leder), Kari Dahl\n"
        "1 - Godkjenning av innkalling\nInnkallingen ble godkjent.\n"
        "2 - Regional transportplan\nRegionrådet drøftet planen. Stemmer: 7 – 2\n"
        "3 - Eventuelt\na) Kari Dahl tok opp fylkesveiene.\nb) Ola Berg informerte om "
        "næringsdagen.\nMøtet ble hevet kl. 14.20.\n".encode(), "regionrad.txt")
    assert [(i.number, i.title) for i in record.items] == [
        ("1", "Godkjenning av innkalling"), ("2", "Regional transportplan"),
        ("3", "Eventuelt")]
    assert record.items[2].text == ("a) Kari Dahl tok opp fylkesveiene.\n"
                                    "b) Ola Berg informerte om næringsdagen.")


def test_the_heading_of_a_meetings_second_day_is_no_text_of_the_item_above():
    record = parse_bytes(
        "Referat fra samling i nettverk for folkehelse\nTid: 10.–11. september 2024\n"
        "Til stede: Trine Vold, Hilde Berg\n\nDag 1 – tirsdag 10. september\n\n"
        "Sak 1/24 Folkehelseprofiler\nHilde Berg presenterte nye profiler.\n\n"
        "Dag 2 – onsdag 11. september kl. 09–13\n\nSak 2/24 Handlingsplan\n"
        "Dag 2 ble brukt til gruppearbeid.\n\nSak 3/24 Eventuelt\nIngen saker.\n".encode(),
        "samling.txt")
    assert [i.text for i in record.items] == [
        "Hilde Berg presenterte nye profiler.", "Dag 2 ble brukt til gruppearbeid.",
        "Ingen saker."]


def test_standing_sections_before_and_after_the_cases():
    text = ("Referat fra brukerrådet 7. mars 2023\nTilstede: Kari Holm, Ole Dahl\n"
            "Faste punkter:\nGodkjenning av forrige referat.\nReferatet ble godkjent.\n"
            "SAKER\n07/23 MEDLEMSMØTE\nProgrammet ble lagt fram.\n"
            "08/23 KURS\nKurset holdes i mai.\nEVENTUELT\nIngen saker.\n")
    record = parse_bytes(text.encode(), "brukerrad.txt")
    assert [(i.number, i.title) for i in record.items] == [
        (None, "Faste punkter"), ("07/23", "MEDLEMSMØTE"), ("08/23", "KURS"),
        (None, "EVENTUELT")]
    assert record.items[0].decisions == ["Referatet ble godkjent."]


def test_a_sentence_typed_over_several_docx_paragraphs_is_one_sentence():
    import io

    import docx
    document = docx.Document()
    for text in ["Referat fra styremøte 4. mars 2024", "Til stede: Kari Holm, Ola Dahl",
                 "Sak 1/24 Plan", "Vedtak: Styret ber sekretariatet",
                 "utarbeide en plan for arbeidet", "innen 1. mai.", "Sak 2/24 Eventuelt",
                 "Ingen saker."]:
        document.add_paragraph(text)  # a hard return at the end of every line
    out = io.BytesIO()
    document.save(out)
    item = parse_bytes(out.getvalue(), "styre.docx").items[0]
    assert item.decisions == [
        "Styret ber sekretariatet utarbeide en plan for arbeidet innen 1. mai."]
    assert [(a.responsible, a.due) for a in item.actions] == [("sekretariatet", "2024-05-01")]


def _parsed(text: str):
    return parse_bytes(text.encode(), "referat.txt")


def test_a_school_year_after_the_number_and_the_title_below():
    record = _parsed("Referat frå møte i SU\n\nTil stede: Kari Holm, Ola Dahl\n\n"
                     "Sak 1 18/19\n\nKonstituering\n\nSU vart konstituert.\n\n"
                     "Sak 2 18/19\n\nEventuelt\n\nIngen saker.\n")
    assert [(i.number, i.title) for i in record.items] == [("1 18/19", "Konstituering"),
                                                          ("2 18/19", "Eventuelt")]


def test_a_title_under_a_bare_number_over_lettered_points():
    record = _parsed("Referat fra møte i Ungdomsrådet\n\nDato: 14.11.2024\n\n"
                     "Til stede: Emma Li, Noah Berg\n\nSak 1/24\nGodkjenning av innkalling\n"
                     "Godkjent.\n\nSak 2/24\nEventuelt\na) Noah tok opp busstilbudet.\n"
                     "b) Emma orienterte om ungdomskortet.\n")
    assert [(i.number, i.title) for i in record.items] == [
        ("1/24", "Godkjenning av innkalling"), ("2/24", "Eventuelt")]
    assert record.items[1].text == ("a) Noah tok opp busstilbudet.\n"
                                    "b) Emma orienterte om ungdomskortet.")


def test_running_text_under_a_bare_number_is_no_title():
    record = _parsed("Referat FAU\n\nTilstades: Kari Holm, Ola Dahl\n\n"
                     "Sak 1\nVal\nLeiar er Kari Holm.\n\n"
                     "Sak 2\nRektor hjelpte FAU med å etablera eit nytt styre for Vipps-FAU og "
                     "kontoen i banken\n\n"
                     "Sak 3\nInformasjon frå rektor om open dag: Det kom inn heile kr 55.000 "
                     "til\norganisasjonen Leger utan grenser.\n\n"
                     "Sak 4\nSkuleruta 2023-2024: FAU hadde ingen innvendingar til den nye "
                     "skuleruta\n")
    assert [(i.number, i.title) for i in record.items] == [
        ("1", "Val"), ("2", None), ("3", None), ("4", None)]
    assert record.items[3].decisions == [
        "Skuleruta 2023-2024: FAU hadde ingen innvendingar til den nye skuleruta"]


def test_earlier_cases_an_item_goes_through_after_a_colon_are_no_items():
    record = _parsed("Protokoll fra styremøte 29. mars 2017\n\nTil stede: Kari Holm, Ola Dahl"
                     "\n\nSak 11/17 Protokoll fra forrige møte\n\n"
                     "Det ble gitt tilleggsinformasjon i følgende saker:\n\n"
                     "Sak 2/17 Vedtakssak – årsregnskap 2016\nDaglig leder orienterte.\n\n"
                     "Sak 8/17 Orienteringssak – etablererkontoret\nKari Holm informerte.\n\n"
                     "Styret godkjenner protokollen.\n\n"
                     "Sak 12/17 Vedtakssak – Magsil AS. Fullmakt til å benytte midler\n\n"
                     "Styret gis fullmakt.\n")
    assert [(i.number, i.title) for i in record.items] == [
        ("11/17", "Protokoll fra forrige møte"),
        ("12/17", "Magsil AS. Fullmakt til å benytte midler")]


def test_an_indented_list_is_the_items_when_nothing_else_is():
    record = _parsed("MØTEPROTOKOLL\n\nMøtedato: 9. februar 2004\n\n"
                     "Møtende medlemmer:\nKari Holm (SV)\nOla Dahl (Ap)\n\n"
                     "Temaer for dette møtet var:\n\n  1. Kontaktmønster\n  2. Protokoller\n"
                     "  3. Eventuelt\n")
    assert [(i.number, i.title) for i in record.items] == [
        ("1", "Kontaktmønster"), ("2", "Protokoller"), ("3", "Eventuelt")]


def test_plain_headings_over_tasks_with_their_owners():
    record = _parsed("Referat fra styremøte 7. april 2014\n\n"
                     "Tilstede:\nTone Bjørnli, Lars Kristensen og Erika Evensen.\n\n"
                     "Bygging av uthus\nVi har nå fått byggetillatelse. Vi klager på gebyret. "
                     "Ansvar: Lars\n\n"
                     "Dugnad\nDugnadsplakat settes opp 2. mai. Ansvar: Tone\n\n"
                     "17. mai\nErika undersøker om isen som ligger igjen.\n")
    assert [i.title for i in record.items] == ["Bygging av uthus", "Dugnad", "17. mai"]
    assert [(a.text, a.responsible) for a in record.items[1].actions] == [
        ("Dugnadsplakat settes opp 2. mai.", "Tone")]


def test_a_lower_case_task_under_one_with_its_owner_is_the_next_task():
    record = _parsed("Referat styremøte 19.10.09\n\nTilstede: Kari Holm, Ola Dahl\n\n"
                     "Sak 1 Program\n\nOppgaver:\n\n"
                     "Kringler og blomster til bordpynt, ansvar: Kari\n\n"
                     "innkjøp te/kaffe, ansvar: Ola\n")
    assert [(a.text, a.responsible) for a in record.items[0].actions] == [
        ("Kringler og blomster til bordpynt, ansvar: Kari", "Kari"),
        ("innkjøp te/kaffe, ansvar: Ola", "Ola")]


def test_titles_on_the_heading_line_and_standing_sections():
    record = _parsed("Styremøte 6. oktober 2026\n\nTilstades: Arne Randen, Åse Skogum\n\n"
                     "Sak. 1: Støtte til grendahusa. Formannen har fått svar frå alle tre "
                     "grendahusa.\n\n"
                     "Sak 2: Logo til laget: Johannes Heggdal har arbeidd vidare med logoen.\n\n"
                     "Sak 3: Ymse. Neste møte er tenkt den 3. november i kyrkjestugu.\n")
    assert [(i.number, i.title) for i in record.items] == [
        ("1", "Støtte til grendahusa"), ("2", "Logo til laget"), ("3", "Ymse")]


def test_short_headings_ending_in_a_colon_are_items():
    record = _parsed("Referat frå styremøte i HSV den 10. september 2026\n\n"
                     "Til stades: Grete Ringset, Roar Rønning.\n\n"
                     "Asfaltarbeid:\n\nGangstien er no ferdig asfaltert etter arbeidet.\n\n"
                     "• Bokprosjektet:\n\nLaget gjev i haust ut bok nr. 22 i serien.\n\n"
                     "• 17. mai-tilskipinga:\n\nOverskotet vart 5196 kroner i år.\n")
    assert [(i.number, i.title) for i in record.items] == [
        (None, "Asfaltarbeid"), (None, "Bokprosjektet"), (None, "17. mai-tilskipinga")]


def test_a_title_line_ending_in_a_date_and_a_bare_number_over_a_sentence():
    record = _parsed("Styremøte tirsdag 21.10.2026.\n\nTil stede; Kari Holm, Ola Dahl og Per "
                     "Bø.\n\nSak 1 .\nStyret besluttet å kjøpe to andeler i lysløypa\n\n"
                     "Sak 2.\nRyddedugnad.\nDet blir ryddedugnad mandag 3. november kl 1800.\n")
    assert (record.title, record.body, record.meeting.start) == (
        "Styremøte tirsdag 21.10.2026.", "Styret", None)
    assert [(i.number, i.title) for i in record.items] == [("1", None), ("2", "Ryddedugnad")]


def test_numbers_without_a_full_stop_and_case_numbers_with_two_slashes():
    record = _parsed("Referat fra møte i brukerrådet 13. juni 2026\n\nTil stede\n\n"
                     "Representanter: Heidi Greni, Liv Eskeland.\n"
                     "Fraværende.: Kjell Ropstad, Hege Nyholt\n\n"
                     "1 Godkjenning av referat\n\nReferat fra møtet 16. mai 2026 ble godkjent.\n\n"
                     "2 Datoer for høstens møter\n\nMøtene legges til 17. oktober.\n\n"
                     "3 Eventuelt\n\nIngen saker\n")
    assert record.meeting.date == "2026-06-13"
    assert [(i.number, i.title) for i in record.items] == [
        ("1", "Godkjenning av referat"), ("2", "Datoer for høstens møter"), ("3", "Eventuelt")]
    assert [(p.name, p.attendance) for p in record.participants][-2:] == [
        ("Kjell Ropstad", "absent"), ("Hege Nyholt", "absent")]
    record = _parsed("REFERAT\n\nStyremøte nr. 07-2026\n\nTilstede: Kari Holm, Ola Dahl\n\n"
                     "Sak 39/04/2026\n\nGodkjenning av referat\n\nGodkjent.\n\n"
                     "Sak 40/04/2026\n\nSeminar i Drammen 24.-25. januar 2027.\n\n"
                     "Fire deltar fra rådet.\n")
    assert [(i.number, i.title) for i in record.items] == [
        ("39/04/2026", "Godkjenning av referat"),
        ("40/04/2026", "Seminar i Drammen 24.-25. januar 2027")]


def test_items_lettered_when_nothing_numbers_them():
    record = _parsed("Referat fra regnskapsgruppemøte 05.07.26\n\n"
                     "Til stede: Kari Holm, Ola Dahl\n\n"
                     "A) Endringer i kontoplanen\n\nGruppen gikk gjennom forslagene.\n\n"
                     "B) Avskrivning – metode\n\nSaken ble utsatt.\n\n"
                     "C) Eventuelt\n\nIngen saker.\n")
    assert [(i.number, i.title) for i in record.items] == [
        ("A", "Endringer i kontoplanen"), ("B", "Avskrivning – metode"), ("C", "Eventuelt")]


def test_minutes_without_item_headings_are_one_item_when_they_decide_something():
    record = _parsed("Referat frå møtet i vassområdeutvalet 1. oktober 2026\n\n"
                     "Hovudsaka på møtet var innspel til nasjonal prioritering av "
                     "konsesjonar.\n\nVedtak i vassområdeutvalet\n\n"
                     "Utvalet vil peike på at arbeidet må samkøyrast med vassforskrifta.\n")
    [item] = record.items
    assert (item.number, item.title) == (None, None)
    assert item.decisions == [
        "Utvalet vil peike på at arbeidet må samkøyrast med vassforskrifta."]
    assert "No item headings found; the text is read as one item." in record.warnings
    notes = _parsed("Notat\n\nVi så på kartet og snakket om veien videre.\n")
    assert notes.items == []  # nothing decided: no item is made up


def test_a_web_list_that_numbers_every_item_one():
    record = _parsed("Referat frå styremøte i korpset 14. januar 2026\n\n"
                     "Til stades: Hilde Bøtun, Leif Aasen, Heidi Fondenes\n\nSaker\n\n"
                     " 1. Årsplan\n • Vanlege øvingar onsdagar\n • Årsmøte 11. februar\n"
                     " 1. Aspirantar\n • Me har fått fem nye aspirantar\n"
                     " 1. Ymse\n • Ingen saker\n")
    assert [(i.number, i.title) for i in record.items] == [
        ("1", "Årsplan"), ("1", "Aspirantar"), ("1", "Ymse")]  # as written


def test_a_header_table_with_bars_and_case_numbers_with_a_dash():
    record = _parsed("Møte | Styringsgruppen Vestdigi\nMøteleder | Simen Sol\nDato | 08.03.26\n"
                     "Referent | Mali Hjem\nTil stede\n• Kjetil Århus, Bergen kommune\n"
                     "• Tove Bech, Alver kommune\n\n1-26 Dagsorden\n\nVedtak\n\n"
                     "Styringsgruppen godkjenner dagsorden.\n\n2-26 Referat\n\nGodkjent.\n\n"
                     "3-26 Nytt fra nasjonale prosesser\n\nTatt til orientering.\n")
    assert record.title is None  # a bullet under "Til stede" is no title
    assert (record.body, record.meeting.date) == ("Styringsgruppen Vestdigi", "2026-03-08")
    assert [(i.number, i.title) for i in record.items] == [
        ("1-26", "Dagsorden"), ("2-26", "Referat"), ("3-26", "Nytt fra nasjonale prosesser")]
    assert [(p.name, p.role) for p in record.participants][:2] == [
        ("Simen Sol", "chair"), ("Mali Hjem", "secretary")]
    programme = _parsed("Samling\n\nTil stede: Kari Holm, Ola Dahl\n\n"
                        "10-12 Foredrag om plan\n\n12-13 Lunsj i kantina\n\n13-15 Gruppearbeid\n")
    assert [i.number for i in programme.items if i.number] == []  # times, not cases


def test_an_agenda_where_only_some_entries_kept_their_page_numbers():
    """A copied agenda loses some of its dot leaders; its entries are still the agenda,
    and the sections after it (here cut short after the second) are the items."""
    text = ("Referat fra rådmannsmøte 4. mai 2023\n\nDagsorden:\n"
            "Sak nr.: 31/23 GODKJENNING AV DAGSORDEN... 2\n"
            "Sak nr.: 32/23 REFERAT FRA FORRIGE MØTE\n"
            "Sak nr.: 33/23 HØRING OM REGIONAL PLAN... 2\n"
            "Sak nr.: 34/23 BREDBÅND I DISTRIKTET\n"
            "Sak nr.: 35/23 EVENTUELT... 3\n"
            "Deltakere:\nSiri Holm  Fjelldal\nOve Brattli  Nesbygd\n\n"
            "Sak nr.: 31/23 GODKJENNING AV DAGSORDEN\nDagsorden godkjennes.\n"
            "Sak nr.: 32/23 REFERAT FRA FORRIGE MØTE\nReferatet godkjennes.\n")
    record = parse_bytes(text.encode(), "radmenn.txt")
    assert [(i.number, bool(i.text)) for i in record.items] == [
        ("31/23", True), ("32/23", True), ("33/23", False), ("34/23", False),
        ("35/23", False)]
    assert [(p.name, p.organization) for p in record.participants] == [
        ("Siri Holm", "Fjelldal"), ("Ove Brattli", "Nesbygd")]


def test_items_numbered_with_a_colon_when_nothing_else_numbers_them():
    record = _parsed("Referat fra regionrådsmøte 7. februar 2024\n"
                     "Til stede: Kari Holm, Ola Dahl\nSakliste\n"
                     "1: Kulturelt innslag\n"
                     "2: Innkalling, sakliste og opprop\n"
                     "Innkallingen ble godkjent. Saklista ble godkjent.\n"
                     "3: Orientering om Interreg ved Kari Holm.\n")
    assert [(i.number, i.title) for i in record.items] == [
        ("1", "Kulturelt innslag"), ("2", "Innkalling, sakliste og opprop"),
        ("3", "Orientering om Interreg ved Kari Holm")]
    assert record.items[1].decisions == ["Innkallingen ble godkjent.", "Saklista ble godkjent."]


def test_an_item_heading_indented_by_a_space_still_goes_on_from_the_one_before():
    record = _parsed("Referat styremøte 29.04.2024\n\nTil stede: Kari Holm, Ola Dahl\n\n"
                     "1.    Info\n\n  •  Nettverk\n\nVi møttes i Tromsø.\n\n"
                     "  1. Første punkt i en liste\n  2. Andre punkt i listen\n\n"
                     " 2.    Landsmøte 2024\n\nStyret deltar.\n")
    assert [(i.number, i.title) for i in record.items] == [
        ("1", "Info"), ("2", "Landsmøte 2024")]
    assert "2. Andre punkt i listen" in record.items[0].text


def test_numbers_padded_from_titles_in_capitals_are_items():
    record = _parsed("Møte i næringsforum 2. september 2025\n\n"
                     "Desse deltok: Kari Holm (møteleiar), Ola Dahl\n\nResultat:\n\n"
                     "1   AKTUELT FOR NÆRINGSFORUM\n\nForumet vart orientert.\n\n"
                     "2   SJØMATNÆRINGANE\n\nLena Sø orienterte.\n")
    assert [(i.number, i.title) for i in record.items] == [
        ("1", "AKTUELT FOR NÆRINGSFORUM"), ("2", "SJØMATNÆRINGANE")]


def test_a_title_then_one_sentence_after_a_colon_on_the_heading_line():
    record = _parsed("Referat fra styringsgruppa 30.01.2018\n\nTil stede: Kari Holm, Ola Dahl\n\n"
                     "1. Sekretærfunksjonen: Rådmannen påtok seg å være sekretær for gruppa.\n"
                     "2. Finansiering: Rådmannen legger fram sak om finansiering.\n")
    assert [(i.title, i.text) for i in record.items] == [
        ("Sekretærfunksjonen", "Rådmannen påtok seg å være sekretær for gruppa."),
        ("Finansiering", "Rådmannen legger fram sak om finansiering.")]


def test_a_title_in_capitals_among_the_head_labels_starts_no_item():
    record = _parsed("NORDFJORD REGIONRÅD\nTIL: Styret i Nordfjord Regionråd\nFRA: Sekretariatet\n"
                     "STYREMØTE I NORDFJORD REGIONRÅD\nMØTEBOK\nSted: Rådhuset\n"
                     "Tid: fredag 4. mars 2022 kl 1000\nDisse møtte: Kari Holm, Ola Dahl\n\n"
                     "Sak 1/22 Godkjenning\nGodkjent.\n")
    assert [(i.number, i.title) for i in record.items] == [("1/22", "Godkjenning")]


def test_numbered_entries_that_are_what_happened_have_no_title():
    record = _parsed("Referat frå årsmøtet i Nordvik mållag 25. mars 2021\n\n"
                     "1. Innkallinga blei godkjent.\n2. Saklista blei godkjent.\n"
                     "3. Benthe K. Jansson blei valt til referent.\n"
                     "4. Rekneskapen\nRekneskapen blei godkjent.\n")
    assert [(i.title, i.decisions) for i in record.items] == [
        (None, ["Innkallinga blei godkjent."]), (None, ["Saklista blei godkjent."]),
        (None, ["Benthe K. Jansson blei valt til referent."]),
        ("Rekneskapen", ["Rekneskapen blei godkjent."])]


def test_a_protocols_case_table_and_the_standing_sections_after_the_cases():
    record = _parsed("PROTOKOLL\nUtvalg: Nordvik eldreråd\nMøtedato: 12.03.2024\n"
                     "Møtende medlemmer: Kari Holm, Ola Dahl\n\nSAKSLISTE\n"
                     "Saksnr.\tArkivsaksnr.\tTittel\n8/24\t06/2264\tKOMMUNEPLAN\n"
                     "9/24\t06/2871\tELDREPOLITISK PROGRAM\n\n"
                     "DRØFTINGSSAK:\nEldredagen ble drøftet.\n\n"
                     "REFERATSAKER:\nReferatsakene ble tatt til orientering.\n\n"
                     "MELDINGSSAKER:\nHøringsforslaget ble tatt til etterretning.\n")
    assert [(i.number, i.title, i.text or None) for i in record.items] == [
        ("8/24", "KOMMUNEPLAN", None), ("9/24", "ELDREPOLITISK PROGRAM", None),
        (None, "DRØFTINGSSAK", "Eldredagen ble drøftet."),
        (None, "REFERATSAKER", "Referatsakene ble tatt til orientering."),
        (None, "MELDINGSSAKER", "Høringsforslaget ble tatt til etterretning.")]


def test_a_line_naming_several_cases_over_who_came_is_no_heading():
    record = _parsed("Referat fra medlemsmøte 17. oktober 2024\nTil stede:\n"
                     "Sak 28 og 29/24 (kl 10-12):\nEide kommune: Ole Moen, Ove Sæther.\n\n"
                     "Sak 28/24\nGodkjenning av innkalling\nVedtak:\nInnkallingen godkjennes\n")
    assert [i.number for i in record.items] == ["28/24"]
    assert [p.name for p in record.participants] == ["Ole Moen", "Ove Sæther"]


def test_numbers_a_pdf_set_apart_from_their_titles():
    record = _parsed("Referat FAU-møte 17.02.2025\nTil stede: Kari Holm, Ola Dahl\n\n"
                     "1.\nValg av referent\n2.\nSkolebruksplan\nHøringen kommer i oktober.\n"
                     "3. 17. mai (bod på torget)\nAlle trinn bidrar.\n"
                     "4. Oppvekstplanen\n5.\n6. Rusplanen oppdateres.\n")
    assert [(i.number, i.title) for i in record.items] == [
        ("1", "Valg av referent"), ("2", "Skolebruksplan"), ("3", "17. mai (bod på torget)"),
        ("4", "Oppvekstplanen"), ("6", "Rusplanen oppdateres")]  # "5." alone: a blank entry


def test_headings_that_say_what_happened_or_ask_a_question_then_answer_it():
    record = _parsed("Referat fra styremøte i Nordkoret 22.10.2019\n\nTil stede: Kari Holm, "
                     "Ola Dahl\n\nSak 1 Innkallingen og dagsorden ble godkjent\n"
                     "Sak 2 Skal koret dekke utgiftene? Koret dekker ikke billettene til de tre.\n")
    assert [(i.title, i.text) for i in record.items] == [
        (None, "Innkallingen og dagsorden ble godkjent"),
        ("Skal koret dekke utgiftene", "Koret dekker ikke billettene til de tre.")]
    assert record.items[0].decisions == ["Innkallingen og dagsorden ble godkjent"]


def test_an_agenda_of_case_numbers_and_a_copy_cut_short_after_two_of_its_cases():
    record = _parsed("Referat fra styremøte 4. mai 2021\n\nSaksliste:\nSak 11/21 Godkjenning av "
                     "innkalling\nSak 12/21 Referat fra forrige møte\nSak 13/21 Budsjett\n"
                     "Sak 14/21 Eventuelt\n\nSak 11/21 Godkjenning av innkalling\n"
                     "Innkallingen ble godkjent.\n\nSak 12/21 Referat fra forrige møte\n"
                     "Referatet ble godkjent.\n")
    assert [(i.number, i.decisions) for i in record.items] == [
        ("11/21", ["Innkallingen ble godkjent."]), ("12/21", ["Referatet ble godkjent."]),
        ("13/21", []), ("14/21", [])]


def test_letters_and_a_school_year_over_the_minutes_are_no_case():
    record = _parsed("FAU 2022/23\n\nReferat FAU-møte 22.11.2022\nTilstades: Kari Holm, "
                     "Ola Dahl\n\nSak 1\nVal av leiar\n\nSak 2\nSkuleruta\n")
    assert [i.number for i in record.items] == ["1", "2"]
    assert [p.name for p in record.participants] == ["Kari Holm", "Ola Dahl"]


def test_markdown_cases_then_headings_numbered_on_without_the_word():
    record = _parsed("# Møte i utvalget 21.11.2019\n\nTil stede: Kari Holm, Ola Dahl\n\n"
                     "## Sak 1 Godkjenning av innkalling {#innkalling}\n\nGodkjent.\n\n"
                     "## Sak 2 Søknader {#soknader}\n\n### 2.1 Juleball {#soknad-1}\n\n"
                     "Søknaden ble innvilget.\n\n## 3 Møteplan {#moteplan}\n\n"
                     "Ingen nye møter.\n\n## 4 Eventuelt\n\nIngen saker.\n")
    assert [(i.number, i.title) for i in record.items] == [
        ("1", "Godkjenning av innkalling"), ("2", "Søknader"), ("3", "Møteplan"),
        ("4", "Eventuelt")]


def test_ditto_marks_for_the_word_sak():
    record = _parsed("Referat frå styremøte 4.10.2016\n\nTil stades: Kari Holm, Ola Dahl\n\n"
                     "Sak 1.  Referat førre møte.\nIngen merknader.\n\n"
                     "«  2.  Skriv frå forbundet\nSkriva vart tatt til etterretning.\n\n"
                     "  «  3.  Eventuelt\nIngen saker.\n")
    assert [(i.number, i.title) for i in record.items] == [
        ("1", "Referat førre møte"), ("2", "Skriv frå forbundet"), ("3", "Eventuelt")]


def test_a_heading_line_that_ends_in_its_decision():
    record = _parsed("Protokoll fra møte i styret 12.03.2024\nTilstede: Kari Holm, Ola Dahl\n\n"
                     "Sak 14/24: Protokoll fra forrige møte. Enstemmig godkjent.\n"
                     "Sak 15/24: Budsjett\nVedtak: Budsjettet vedtas.\n")
    assert [(i.title, i.decisions) for i in record.items] == [
        ("Protokoll fra forrige møte", ["Enstemmig godkjent."]),
        ("Budsjett", ["Budsjettet vedtas."])]


def test_orientation_and_decision_cases_numbered_in_series_of_their_own():
    record = _parsed("Protokoll fra instituttstyremøtet 27. mai 2019\n\nTil stede: Kari Holm, "
                     "Ola Dahl\n\nOrienteringssaker:\n\nO-sak 1/3/19 - Arbeidsplikt. Pilot\n"
                     "Fremleggsnotat\n\nVedtakssaker:\n\nS 1/3/19 - Møteplan høsten 2019\n\n"
                     "Vedtak:\nMøteplanen vedtas.\n\nS 2/3/19 - Regnskapsrapport\n\nVedtak:\n"
                     "Styret godkjenner rapporten.\n")
    assert [(i.number, i.title, i.decisions) for i in record.items] == [
        ("1/3/19", "Arbeidsplikt. Pilot", []),  # two items 1/3/19: the kinds are no number
        ("1/3/19", "Møteplan høsten 2019", ["Møteplanen vedtas."]),
        ("2/3/19", "Regnskapsrapport", ["Styret godkjenner rapporten."])]


def test_case_numbers_a_copy_put_on_lines_of_their_own_are_no_page_numbers():
    record = _parsed("Referat\nMøte\nNordvik menighetsråd\n01.10.2015\nTilstede :\nKari Holm, "
                     "Ola Dahl\nSaksnr.\nSak\n46/2015\nMR’s oppgaver;\nOppgavene ble gjennomgått."
                     "\n47/2015\nMøteprotokoll fra 26.08.15 er godkjent.\n2/4\n48/2015\n"
                     "Konstituering\nLeder: Kari Holm\n")
    assert [(i.number, i.title) for i in record.items] == [
        ("46/2015", "MR’s oppgaver"), ("47/2015", None), ("48/2015", "Konstituering")]
    assert "2/4" not in (record.items[1].text or "")  # a page number all the same


@pytest.mark.parametrize("day", ["12. april 2024", "12.04.24"])
def test_two_digit_case_numbers_on_lines_of_their_own_are_no_page_numbers(day):
    # "12/24" could be page 12 of 24, but the cases share the year the document writes
    # and run from 12, not from page 1 or 2 up to 24; "2/3" under them is a page all the same
    record = _parsed(f"Referat fra styremøte {day}\n\nTil stede: Kari Holm, Ola Dahl"
                     "\n\n12/24\nGodkjenning av innkalling\nInnkallingen ble godkjent.\n\n"
                     "13/24\nÅrsregnskap 2023\nStyret gikk gjennom regnskapet.\n\n2/3\n\n"
                     "14/24\nEventuelt\nIngen saker.\n")
    assert [(i.number, i.title) for i in record.items] == [
        ("12/24", "Godkjenning av innkalling"), ("13/24", "Årsregnskap 2023"),
        ("14/24", "Eventuelt")]
    assert "2/3" not in (record.items[1].text or "")


def test_page_footers_of_a_whole_document_stay_page_numbers():
    # "1/3" … "3/3" in a document of 2003: page 1 up to the page count, no cases
    pages = "\n\n".join(f"Sak {n} Tema {n}\nStyret drøftet saken grundig.\n\n{n}/03"
                          for n in range(1, 4))
    record = _parsed(f"Referat fra styremøte 3. mars 2003\n\nTil stede: Kari Holm\n\n{pages}\n")
    assert [(i.number, i.title) for i in record.items] == [
        ("1", "Tema 1"), ("2", "Tema 2"), ("3", "Tema 3")]


def test_an_agenda_number_over_the_archives_case_number_and_lettered_points():
    record = _parsed("Protokoll fra møte i instituttstyret 27. februar 2008\n\nTil stede: Kari "
                     "Holm, Ola Dahl\n\nSAK 1\nSaksnr. 05/2008\nGodkjenning av saksliste\n\n"
                     "a) Godkjenning av innkalling.\n\nVedtak: Styret godkjenner innkallingen.\n\n"
                     "b) Eventuell inhabilitet i saker som skal behandles.\n\n"
                     "Vedtak: Ingen inhabilitet.\n\nSAK 2\nSaksnr. 06/2008\nÅrsplan 2008\n\n"
                     "Vedtak: Styret godkjenner årsplanen.\n")
    assert [(i.number, i.title, i.decisions) for i in record.items] == [
        ("1", "Godkjenning av saksliste",
         ["Styret godkjenner innkallingen.", "Ingen inhabilitet."]),
        ("2", "Årsplan 2008", ["Styret godkjenner årsplanen."])]


def test_a_case_table_a_copy_put_one_cell_a_line():
    record = _parsed("REFERAT FRA STYREMØTE\n\nDato\n\n25. januar 2010 Kl. 19 – 20.30\n\n"
                     "Tilstede\n\nEva Aks, Jens Olsen\n\nSak nr.\n\nSak\n\nVedtak\n\n1/10\n\n"
                     "Årsmøte 2010\n\n"
                     "Iren sørger for mat til årsmøtet\n\n2/10\n\nStyremøter framover.\n\n"
                     "Tirsdag 16. mars kl. 19.00.\n")
    assert [(i.number, i.title) for i in record.items] == [
        ("1/10", "Årsmøte 2010"), ("2/10", "Styremøter framover")]


def test_archive_numbers_and_sentences_about_cases_are_no_headings():
    record = _parsed("PROTOKOLL fra møte i Universitetsstyret 29.4.2010. Møtet ble holdt i "
                     "styrerommet, Muséplass 1 og varte fra kl 1000-1440.\n\nTil stede: Kari Holm, "
                     "Ola Dahl\n\n17 Fullmakt- og referatsaker\nSak nr. 2009/11146\n\n"
                     "Sak 31 behandles etter pausen.\n\n18 Økonomirapport\nSak nr. 2007/4974\n\n"
                     "Vedtak:\nStyret tar rapporten til etterretning.\n\n19 Retningslinjer\n"
                     "Sak nr. 2009/8518\n\nVedtak:\nRetningslinjene godkjennes.\n")
    assert [(i.number, i.title) for i in record.items] == [
        ("17", "Fullmakt- og referatsaker"), ("18", "Økonomirapport"),
        ("19", "Retningslinjer")]
    assert record.meeting.location == "styrerommet, Muséplass 1"


def test_an_agenda_with_links_between_its_rows_and_a_copy_cut_after_the_first_case():
    record = _parsed("MØTEPROTOKOLL\n\nHOVEDUTVALG FOR KULTUR\nMØTE 13. MARS 2003 KL 0900\n\n"
                     "Til stede : Kari Holm, Ola Dahl\n\nSakliste\nUtvalgssaksnr Sakstittel\n"
                     "0010/03 REFERATER\nKlikk her for å se saksframlegget\n0011/03 ÅRSRAPPORT\n"
                     "Klikk her for å se saksframlegget\n0012/03 BUDSJETT\nKlikk her for å se "
                     "saksframlegget\n\nSak nr.: 0010/03\n\nREFERATER\n\nSaken tas som melding.\n")
    assert [(i.number, i.title) for i in record.items] == [
        ("0010/03", "REFERATER"), ("0011/03", "ÅRSRAPPORT"), ("0012/03", "BUDSJETT")]


def test_a_councils_letters_before_sak_and_an_agenda_after_the_first_case():
    record = _parsed("MØTEPROTOKOLL 07.02.2017\n\nNordvik menighetsråd\nTilstede: Kari Holm, "
                     "Ola Dahl\nSAKLISTE:\nMR sak 14/2017Godkjenning av møteprotokoll ....... 2\n"
                     "MR sak 15/2017 Samtale om menighetens liv ........ 2\n"
                     "MR sak 16/2017 Infosaker ........ 3\nVi bekrefter med våre underskrifter "
                     "at møtebokens blad er ført i samsvar med det som ble bestemt.\n\n"
                     "MR sak 13/2017 Godkjenning av "
                     "innkalling og saksliste\nVedtak:\nInnkalling og saksliste godkjennes.\n")
    assert [(i.number, i.title) for i in record.items] == [
        ("13/2017", "Godkjenning av innkalling og saksliste"),
        ("14/2017", "Godkjenning av møteprotokoll"), ("15/2017", "Samtale om menighetens liv"),
        ("16/2017", "Infosaker")]


def test_each_kind_of_case_counts_anew():
    record = _parsed("Protokoll fra møte 4/2017 i Fakultetsstyret\n\nTilstede: Kari Holm, Ola "
                     "Dahl\n\nV-SAK 1\n\nUtpeking av to medlemmer\n\nEnstemmig vedtatt.\n\n"
                     "O-SAK 1\n\nProtokoll fra forrige møte\n\nSaksdokumenter:\n\n"
                     "O-SAK 2\n\nOpptakstall\n\nMuntlig orientering\n\n"
                     "D-SAK 1\n\nÅrsplan 2018-2020\n\nSaksdokumenter:\n\n"
                     "V-SAK 2\n\nFaglige prioriteringer\n\nVedtak:\nStyret vedtok saken.\n")
    assert record.body == "Fakultetsstyret"
    assert [(i.number, i.title) for i in record.items] == [  # five items, numbers as written
        ("1", "Utpeking av to medlemmer"), ("1", "Protokoll fra forrige møte"),
        ("2", "Opptakstall"), ("1", "Årsplan 2018-2020"),
        ("2", "Faglige prioriteringer")]


def test_members_by_semicolons_and_a_title_with_its_full_stop_over_the_vedtak():
    record = _parsed("Instituttstyret for IAKH\n\nProtokoll fra møte\nfredag 10. november 2006 kl. "
                     "9:15 – 10:40\n\nTil stede, medlemmer:\nKari Holm (møteleder); Ola Dahl; "
                     "Per Lie;\n\nForfall: Siv Moe\n\nSak 19/06\nUtpeking av to medlemmer til å "
                     "godkjenne protokollen.\nVedtak:\nOla Dahl og Per Lie pekes ut.\n")
    assert [(p.name, p.role, p.attendance) for p in record.participants] == [
        ("Kari Holm", "chair", "present"), ("Ola Dahl", "member", "present"),
        ("Per Lie", "member", "present"), ("Siv Moe", "member", "absent")]
    assert [(i.number, i.title) for i in record.items] == [
        ("19/06", "Utpeking av to medlemmer til å godkjenne protokollen")]


def test_an_agenda_with_zeros_before_its_case_numbers():
    record = _parsed("Verdal formannskap 04.03.2009\n\nTil stede: Kari Holm, Ola Dahl\n\n"
                     "Sakliste\n030/09 Referatsaker\n031/09 Budsjett\n032/09 Eventuelt\n\n"
                     "Sak 30/09 Referatsaker\nTatt til orientering.\n\nSak 31/09 Budsjett\n"
                     "Budsjettet ble vedtatt.\n")
    assert [i.number for i in record.items] == ["30/09", "31/09", "032/09"]


@pytest.mark.parametrize("name", ["referat.md", "referat.txt"])
def test_cases_counted_anew_under_a_new_part_of_the_minutes(name):
    text = ("# Styremøte Solsida vel\n\n- Dato: 15.04.2024\n- Tilstede: Kari Holm, Ola Dahl\n\n"
            "## Saker fra forrige møte\n\n* Sak 1: Trefelling\n\n  Saken er fulgt opp.\n\n"
            "## Saker dette møtet\n\n* Sak 1: Parkering\n\n  Styret ser på saken.\n\n"
            "* Sak 2: Årsmøte\n\n  Planlegges i juni.\n")
    record = parse_bytes(text.encode(), name)
    assert [(i.number, i.title) for i in record.items] == [
        ("1", "Trefelling"), ("1", "Parkering"), ("2", "Årsmøte")]


def test_the_meeting_s_own_number_before_its_title_is_no_case():
    record = _parsed("03/20 Referat styremøte Lyngen idrettslag tirsdag 25. mars 2020\n\n"
                     "Deltagere: Kari Holm, Ola Dahl\n\nSak 1: Økonomi\n\nGjennomgått.\n\n"
                     "Sak 2: Årsmøte\n\nUtsatt.\n")
    assert [i.number for i in record.items] == ["1", "2"]
    assert (record.body, record.organization) == ("Styret", "Lyngen idrettslag")
    assert record.meeting.date == "2020-03-25"


def test_an_outline_of_bullets_makes_each_top_bullet_an_item():
    record = _parsed("Referat SU-møte 23.03.22\n\nTilstede: Kari Holm, Ola Dahl\n\n"
                     " • Drøftinger rundt ordensreglementet\n  • Viktig å regulere språk.\n"
                     "  • Mobiltelefon skal være avslått.\n\n • Skolevurdering\n"
                     "  • Gode resultater i engelsk.\n")
    assert [(i.number, i.title) for i in record.items] == [
        (None, "Drøftinger rundt ordensreglementet"), (None, "Skolevurdering")]


def test_case_numbers_with_the_year_first_and_a_dash():
    record = _parsed("Referat styremøte i Oslo brukerforening\n\n"
                     "Tid: Onsdag 2006-03-22 kl. 17:30\n\nTilstede: Kari Holm, Ola Dahl\n\n"
                     "2006-21 Konstitusjon av styret\n\n"
                     "Styret konstituerte seg.\n\n2006-22Godkjenning av referater\n\nGodkjent.\n")
    assert [(i.number, i.title) for i in record.items] == [
        ("2006-21", "Konstitusjon av styret"), ("2006-22", "Godkjenning av referater")]
    assert record.meeting.date == "2006-03-22"


def test_a_page_run_into_one_line_with_year_first_case_numbers():
    record = _parsed("Oslo brukerforening Referat styremøte Tid: Onsdag 2006-03-22 "
                     "kl. 17:30 - 18:30 Sted: Møllergata 24 Styremedlemmer: Kari Holm, "
                     "Ola Dahl (tlf), Per Lie "
                     "Forfall: Siv Moe Saksliste: 2006-21 Konstitusjon av styret. Leder Kari Holm "
                     "ønsket det nye styret velkommen. Styret består av: Leder - Kari Holm "
                     "Kasserer - Per Lie. 2006-22Godkjenning av referater. Referatet ble godkjent "
                     "uten merknader fra noen av styrets medlemmer.")
    assert [(i.number, i.title) for i in record.items] == [
        ("2006-21", "Konstitusjon av styret"), ("2006-22", "Godkjenning av referater")]


def test_sak_with_a_year_first_case_number():
    record = _parsed("Referat fra styremøte i Oslo brukerforening 2013-01-30\n\n"
                     "Tilstede: Kari Holm, Ola Dahl\n\n"
                     "Sak 2013-01 Økonomistatus (orienteringssak)\n\nGod økonomi.\n\n"
                     "Sak 2013-02 Prispenger\n\nVedtak:\n\nStyret tildeler prispengene til X.\n")
    assert [(i.number, i.title) for i in record.items] == [
        ("2013-01", "Økonomistatus (orienteringssak)"), ("2013-02", "Prispenger")]
    assert record.items[1].decisions == ["Styret tildeler prispengene til X."]


def test_a_case_line_that_tells_what_happened_has_no_title():
    record = _parsed("Referat styremøte 4.12.2019 kl. 18-19.45\n\nDeltagere:\nKari Holm (ref), "
                     "Ola Dahl, Per Lie\n\nSak 60/19- Innkalling og saksliste godkjent\n\n"
                     "Sak 63/19- Som foreleser ble Siv Moe valgt med tema «Innbokskontroll». "
                     "Ola Dahl avtaler nærmere med foreleseren om tid og sted.\n\n"
                     "Sak 64/19- Korleis skal vi legge opp prøveordninga med mobiltelefonar. "
                     "Elevrådet drøfta saka og kom med mange gode forslag.\n")
    assert [i.title for i in record.items] == [
        "Innkalling og saksliste godkjent", None,
        "Korleis skal vi legge opp prøveordninga med mobiltelefonar"]


def test_a_case_of_the_school_year_after_a_dash():
    record = _parsed("Referat fra FAU\n\nTid: Torsdag 1. september 2016 kl. 19.00\n\n"
                     "Til stede: Kari Holm, Ola Dahl\n\nSak 1 - 16/17: Konstituering\n\n"
                     "Leder: Kari Holm\n\nSak 2 - 16/17: FAU dette skoleåret\n\nGjennomgått.\n")
    assert [(i.number, i.title) for i in record.items] == [
        ("1 - 16/17", "Konstituering"), ("2 - 16/17", "FAU dette skoleåret")]


def test_a_title_glued_on_after_the_colon():
    assert _items("Sak 1:", "Sak 2:") == [("1", "Godkjenning av referat"), ("2", "Budsjett")]
    record = _parsed("Referat fra styremøte 6/5-2013\n\nTilstade: Kari Holm, Ola Dahl\n\n"
                     "Sak 1:Gjennomgang av økonomien\n\nGod.\n\nSak 2:Slipp\n\nUtsatt.\n")
    assert [(i.number, i.title) for i in record.items] == [
        ("1", "Gjennomgang av økonomien"), ("2", "Slipp")]


def test_bullets_standing_over_their_paragraphs_are_the_items():
    record = _parsed("Protokoll styremøte\n\nTidspunkt\n\n12. Jan 2021 kl. 19:00\n\n"
                     "Til stede\n\n • Kari Holm\n • Ola Dahl\n\nSaker\n\n"
                     " • Godkjenning av innkalling\n\n  Innkallingen kom noe sent.\n\n"
                     "  Vedtak:\n  Styret godkjente innkallingen.\n\n"
                     " • Oppdatering av maillister\n\n  Kari orienterte om listene.\n\n"
                     "  Vedtak:\n  Styret vedtok å vente.\n")
    assert [(i.number, i.title) for i in record.items] == [
        (None, "Godkjenning av innkalling"), (None, "Oppdatering av maillister")]
    assert record.items[0].decisions == ["Styret godkjente innkallingen."]


@pytest.mark.parametrize(("heading", "title", "rest"), [
    ("Oppdatert årsplanen. Gjennomgang og fordeling av oppgåver.",
     "Oppdatert årsplanen. Gjennomgang og fordeling av oppgåver.", None),  # one title
    ("Økonomi. Kari orienterte om regnskapet for første halvår.", "Økonomi",
     "Kari orienterte om regnskapet for første halvår."),
    ("Foreleser til kurset. Per Lie avtaler nærmere med foreleser.", "Foreleser til kurset",
     "Per Lie avtaler nærmere med foreleser."),
    ("Referat frå årsmøtet. Vedtak: Referatet godkjent utan merknader.",
     "Referat frå årsmøtet", "Vedtak: Referatet godkjent utan merknader."),
    # a page run together: the title runs on into its first sentence with no stop between,
    # which starts at the capitalised subject right before the first verb
    ("Godkjenning av innkalling Innkallingen godkjennes.", "Godkjenning av innkalling",
     "Innkallingen godkjennes."),
    ("Godkjenning av referat fra forrige møte Utkast til referat ble sendt ut med "
     "innkallingen. Referatet godkjennes.", "Godkjenning av referat fra forrige møte",
     "Utkast til referat ble sendt ut med innkallingen. Referatet godkjennes."),
    ("Orientering fra Nordvik kommune Rådmannen orienterte om budsjettet for neste år.",
     "Orientering fra Nordvik kommune", "Rådmannen orienterte om budsjettet for neste år."),
    ("Søknad om tilskudd til kulturuka Kari Holm sendte søknaden til Innovasjon Norge.",
     "Søknad om tilskudd til kulturuka", "Kari Holm sendte søknaden til Innovasjon Norge."),
    ("Budsjett 2024 Styret vedtok budsjettet slik det ble lagt fram.", "Budsjett 2024",
     "Styret vedtok budsjettet slik det ble lagt fram."),
    ("Høring om regional plan for Innlandet som skal vedtas i juni",  # no stop: a title
     "Høring om regional plan for Innlandet som skal vedtas i juni", None),
    ("Regional plan for Innlandet er ute på høring.",  # "for Innlandet": no subject
     "Regional plan for Innlandet er ute på høring.", None),
    ("Kari Holm er ny leder.", "Kari Holm er ny leder.", None),  # no title before it
    # a short sentence after the title's colon: an outcome, nothing to report, or a
    # subject and its verb; a title after a colon has no full stop, or no verb
    ("Godkjenning av innkalling: Godkjent.", "Godkjenning av innkalling", "Godkjent."),
    ("Eventuelt: Ingen saker.", "Eventuelt", "Ingen saker."),
    ("Eventuelt. Ingen saker.", "Eventuelt", "Ingen saker."),
    ("Eventuelt – ingen saker.", "Eventuelt", "ingen saker."),  # nothing, after a dash
    # the outcome after a dash, as minutes also say it
    ("Økonomirapport per februar – teke til vitande", "Økonomirapport per februar",
     "teke til vitande"),
    ("Regnskap 2025 - tatt til etterretning", "Regnskap 2025", "tatt til etterretning"),
    ("Referat fra forrige møte – godkjent uten merknader", "Referat fra forrige møte",
     "godkjent uten merknader"),
    ("Budsjett 2026 – vedtatt med 4 mot 1 stemme", "Budsjett 2026",
     "vedtatt med 4 mot 1 stemme"),
    ("Ny heimeside – vedteke mot to røyster", "Ny heimeside", "vedteke mot to røyster"),
    # … after a colon, in brackets, or capitalised
    ("Referat frå førre møte: godkjend", "Referat frå førre møte", "godkjend"),
    ("Budsjett 2026 (vedtatt)", "Budsjett 2026", "vedtatt"),
    # (s74k) cut short in hurried notes, also with what it was approved with
    ("Innkalling og saksliste – godkj", "Innkalling og saksliste", "godkj"),
    ("Godkj. saksliste – OK", "Godkj. saksliste", "OK"),
    ("Referat AU 03.12.26 – godkj. m/ én rettelse i sak 44/26", "Referat AU 03.12.26",
     "godkj. m/ én rettelse i sak 44/26"),
    ("Referat fra forrige møte – Godkjent.", "Referat fra forrige møte", "Godkjent."),
    ("Reglement (vedtatt 2019)", "Reglement (vedtatt 2019)", None),  # a year: no outcome
    ("Referat fra forrige møte - Ingen merknader", "Referat fra forrige møte",
     "Ingen merknader"),
    ("Tiltak for ungdom – ingen kostnad for kommunen er forventet i det hele tatt",
     "Tiltak for ungdom – ingen kostnad for kommunen er forventet i det hele tatt", None),
    ("Godkjenning av referat. Ingen merknader.", "Godkjenning av referat", "Ingen merknader."),
    ("Økonomi: Kasserer la fram regnskapet.", "Økonomi", "Kasserer la fram regnskapet."),
    ("Høring: Regional plan for vannforvaltning", "Høring: Regional plan for vannforvaltning",
     None),
    ("Høring: Revidert plan for arbeidet.", "Høring: Revidert plan for arbeidet.", None),
])
def test_a_title_and_the_sentence_after_its_full_stop(heading, title, rest):
    assert split_heading(heading) == (title, rest)


def test_a_title_wrapped_in_a_narrow_column_under_a_lone_number():
    """A table's columns copied one under the other: the title column wraps after a
    link word ("Godkjenning av" / "referat 120224")."""
    text = ("Referat fra FAU-møte 23.04.2024\nFrammøtte: Kari Holm, Ola Dahl\n"
            "Sak\nInnhold\nBehandling\n1.\nGodkjenning av\nreferat 120224\nGodkjent\n"
            "2.\nKandidater til\nstyre 2024-2025\nTo kandidater er meldt inn.\n"
            "3.\nDugnad\nDugnaden blir 3. mai.\n")
    record = parse_bytes(text.encode(), "fau.txt")
    assert [(item.number, item.title) for item in record.items] == [
        ("1", "Godkjenning av referat 120224"), ("2", "Kandidater til styre 2024-2025"),
        ("3", "Dugnad")]


def test_sections_each_with_its_own_list_from_one():
    """A web page's sections: a heading with a colon over a list that starts at "1."."""
    text = ("Referat Lia vel torsdag 8/1-15\n\nTilstede: Kari Holm, Ola Dahl\n\n"
            "Årsmøte:\n\n 1. Kari finner fjorårets innkalling.\n 2. Ola ordner lokalet.\n"
            " 3. Styret foreslår Pål Friis som møteleder.\n 4. Valgkomiteen er klar.\n\n"
            "Brygge på Storenes:\n\n 1. Kommunen søker statlig finansiering.\n\n"
            "Lysløype:\n\n 1. Forslaget er oversendt løypeutvalget.\n")
    record = parse_bytes(text.encode(), "vel.txt")
    assert [(item.number, item.title) for item in record.items] == [
        (None, "Årsmøte"), (None, "Brygge på Storenes"), (None, "Lysløype")]


def test_items_numbered_as_sections_of_one_chapter():
    text = ("Styremøte 13.06.2024\n\nSaker:\n\n4.1 Deltagere\n\n8 av 8 i styret møtte opp\n\n"
            "4.2 Oppsummering 17. mai\n\nAlle var fornøyde.\n\n4.3 St. Hans feiring\n\n"
            "Helle lager plakater.\n")
    record = parse_bytes(text.encode(), "il.txt")
    assert [(item.number, item.title) for item in record.items] == [
        ("4.1", "Deltagere"), ("4.2", "Oppsummering 17. mai"), ("4.3", "St. Hans feiring")]


def test_kinds_of_case_that_each_count_from_one_are_items_without_their_letters():
    text = ("Protokoll fra fakultetsstyret 20. juni 2024\n\nTil stede: Kari Holm, Ola Dahl\n\n"
            "V-SAK 1 Godkjenning av dagsorden\nGodkjent.\n\n"
            "O-SAK 1 Opptakstall 2024\nTatt til orientering.\n\n"
            "D-SAK 1 Årsplan 2025\nStyret drøftet planen.\n")
    record = parse_bytes(text.encode(), "fs.txt")
    # the number as written without "Sak" and the kind's letter, like "PS" (reading guide)
    assert [item.number for item in record.items] == ["1", "1", "1"]


def test_the_outermost_of_two_indented_lists_is_the_items():
    """The list under item 2 is longer than the items' own list: still its text."""
    text = ("Styremøte i Lia bibliotekforening 2. januar 2024\n\nTil stede: Birger, Elena og "
            "Petter\n\n 1. Referat fra forrige møte godkjent.\n"
            " 2. Om Elenas oppgaver som nå må tas over av andre:\n"
            "  1. Felles e-poster\n  2. Legge ut referater på hjemmesiden\n"
            "  3. Petter tar over ansvaret for nettsiden\n  4. Håvard tar Facebook\n"
            "  5. Elena gjør Håvard til admin\n"
            " 3. Neste møte finner sted 22. februar i Hokksund.\n")
    record = parse_bytes(text.encode(), "nbf.txt")
    assert [item.number for item in record.items] == ["1", "2", "3"]


def test_cases_from_a_running_register_that_skips_the_ones_waiting():
    record = _parsed("Styremøte 3. mars 2024\n\nDesse møtte: Kari Holm, Ola Dahl\n\n"
                     "Sak 12 Kontorleige\nAvtalen vart sagt opp.\n\n"
                     "Sak 16 Dugnad\nDugnaden blir 4. mai.\n\n"
                     "Sak 19 Nettside\nUtsett til neste møte.\n\n"
                     "Sak 26 Søknad om midlar\nLaget søkjer om midlar.\n")
    assert [(i.number, i.title) for i in record.items] == [
        ("12", "Kontorleige"), ("16", "Dugnad"), ("19", "Nettside"), ("26", "Søknad om midlar")]


def test_plain_numbers_that_jump_far_ahead_are_no_items():
    record = _parsed("Styremøte 3. mars 2024\n\nTil stede: Kari Holm, Ola Dahl\n\n"
                     "1. Referat\nReferatet ble godkjent.\n\n"
                     "2. Økonomi\nRegnskapet viser:\n"
                     "9. plass i serien gir 4000 kroner i premie.\n\n"
                     "3. Eventuelt\nIngen saker.\n")
    assert [i.number for i in record.items] == ["1", "2", "3"]


@pytest.mark.parametrize("after", [
    "Referent Erik Dahl\n\n31.03.2024\n",  # the signature without a colon
    # the writer's signature labelled "for the meeting", and in nynorsk
    "Sekretær for møtet: Erik Dahl\n", "Referent for møtet: Erik Dahl\n",
    "Skrivar: Erik Dahl\n",
    "Sist oppdatert: 27.06.2024 09:56\n",  # a web page's own lines
    "OBS! Denne artikkelen ble første gang publisert for 17 år siden.\n",
    # a wiki page's furniture under the minutes
    "---\nTags: #styret #referat\nSist endret av Per Dahl 2. mai 2024\n",
    "Sist oppdatert 15.03.2024\n",
    "Stikkord: styret, referat\n",
    "Etiketter: styret referat\n",  # a Confluence page's labels
    "Les også:\n- Referat fra styremøte i februar\n",
    "Del på Facebook\nDel på LinkedIn\n",
    # a municipal page's buttons, dates and footer
    "Skriv ut | Tips ein venn | Del på Facebook\n",
    "Publisert: 06.06.2024 | Oppdatert: 07.06.2024\n",
    "Åsen kommune | Rådhusgata 1, 1234 Åsen | Tlf 12 34 56 78 | postmottak@asen.kommune.no\n",
])
def test_what_follows_the_last_item_is_no_part_of_its_text(after):
    record = _parsed("Referat fra styremøte 3. mars 2024\n\nTil stede: Kari Holm, Erik Dahl\n\n"
                     "Sak 1/24 Budsjett\nBudsjettet ble vedtatt.\n\n"
                     f"Sak 2/24 Eventuelt\nDet var ingen saker innmeldt.\n\n{after}")
    assert record.items[-1].text == "Det var ingen saker innmeldt."


def test_a_last_line_with_a_contact_but_no_address_stays_the_items():
    record = _parsed("Referat fra styremøte 3. mars 2024\n\nTil stede: Kari Holm, Erik Dahl\n\n"
                     "Sak 1/24 Dugnad\nDugnaden blir 4. mai.\n"
                     "Påmelding til Erik Dahl, tlf 12 34 56 78, erik@asen.no\n")
    assert record.items[-1].text == ("Dugnaden blir 4. mai.\n"
                                     "Påmelding til Erik Dahl, tlf 12 34 56 78, erik@asen.no")


def test_markdown_headings_that_ask_and_an_empty_eventuelt_last():
    text = ("# Prosjektmøte 12.03.2024\n\n#### Oppmøte\nBo, Erik, Elias\n\n"
            "## Hva har skjedd siden sist?\n**Erik**: Har laget hull og flagg.\n\n"
            "## Hva skal vi jobbe med videre?\n**Bo**: Fortsette med nettverket.\n\n"
            "## Eventuelt\n")
    record = parse_bytes(text.encode(), "referat.md")
    assert [(i.number, i.title) for i in record.items] == [
        (None, "Hva har skjedd siden sist?"), (None, "Hva skal vi jobbe med videre?"),
        (None, "Eventuelt")]


def test_a_plain_line_asking_a_question_is_no_heading():
    record = _parsed("Styremøte 3. mars 2024\n\nTil stede: Kari Holm, Ola Dahl\n\n"
                     "Budsjett\nBudsjettet ble vedtatt.\n\n"
                     "Hvem tar ansvar for dugnaden?\nKari tar ansvar for dette.\n\n"
                     "Eventuelt\nIngen saker.\n")
    assert [i.title for i in record.items] == ["Budsjett", "Eventuelt"]


def test_wiki_headings_the_outer_level_are_the_items():
    text = ("Styremøte 19.09.2017 kl. 17.00\nTilstede: Thor Lie, Louisa Berg\n\n"
            "== Godkjenning av innkalling ==\nVi godkjenner innkallingen.\n\n"
            "== Orientering ==\n=== Epostliste ===\nAmund ble lagt til.\n\n"
            "=== Regnskap ===\nRegningen er betalt.\n\n== Eventuelt ==\nIngen saker.\n")
    record = _parsed(text)
    assert [i.title for i in record.items] == [
        "Godkjenning av innkalling", "Orientering", "Eventuelt"]
    assert "Regningen er betalt." in record.items[1].text


def test_a_title_in_capitals_then_its_text_on_the_heading_line():
    record = _parsed("REFERAT FRÅ ÅRSMØTET I NORDVIK KYSTLAG\n\nTYSDAG 23. MARS 2021 KL 1900.\n\n"
                     "SAK 1.  ÅRSMELDING. Johannes las årsmeldinga.  Ingen merknader til den. "
                     "Meldinga viser stor dugnadsaktivitet.\n\n"
                     "SAK 2.  VAL.  Valnemnda ved Kjell la fram sitt framlegg til styre.\n\n"
                     "SAK 3.  Rekneskap for Nordvik AS. Fullmakt til kasseraren\n"
                     "Rekneskapen vart godkjend.\n")
    assert [(i.number, i.title) for i in record.items] == [
        ("1", "ÅRSMELDING"), ("2", "VAL"),
        ("3", "Rekneskap for Nordvik AS. Fullmakt til kasseraren")]
    assert record.items[0].text.startswith("Johannes las årsmeldinga.")


def test_case_index_answers_as_same_case_does():
    # The index stands in for "any(same_case(c, d) for d in headings)" in long registers.
    # ("/24": a number stripped to its year, told apart by the title)
    numbers, series = ["1/24", "01/24", "001/24", "2/24", "10/24", "/24"], ["", "ps", "rs"]
    made = [Candidate(n, number, 1, title, "case", series=letters)
            for n, (number, letters, title) in enumerate(
                product(numbers, series, ["Budsjett", "Eventuelt"]))]
    for size in range(len(made) + 1):
        headings = made[:size]
        index = _CaseIndex(headings)
        for probe in made:
            assert index.has_same(probe) == any(same_case(probe, d) for d in headings)
    for heading in made:
        index.remove(heading)
    assert not any(index.has_same(probe) for probe in made)


def test_the_vote_ends_the_vedtak_and_the_next_line_is_minutes_again():
    record = _parsed("Protokoll styremøte 3. mai 2021\n\nTil stede: Kari Holm, Ola Dahl\n\n"
                     "Sak 1/21 Budsjett\nVedtak:\nBudsjettet vedtas slik det ligger føre.\n"
                     "Enstemmig vedtatt.\n"
                     "Kari Holm sender budsjettet til kommunene innen 1. juni.\n")
    [item] = record.items
    assert item.decisions == ["Budsjettet vedtas slik det ligger føre.", "Enstemmig vedtatt."]
    assert [(a.text, a.responsible, a.due) for a in item.actions] == [
        ("Kari Holm sender budsjettet til kommunene innen 1. juni.", "Kari Holm", "2021-06-01")]


def test_a_vote_right_under_the_vedtak_label_comes_before_its_text():
    record = _parsed("Protokoll styremøte 3. mai 2021\n\nTil stede: Kari Holm, Ola Dahl\n\n"
                     "Sak 1/21 Utredning\nVedtak:\nEnstemmig vedtatt\n"
                     "Styret ber administrasjonen utrede saken videre.\n")
    assert record.items[0].decisions == [
        "Enstemmig vedtatt", "Styret ber administrasjonen utrede saken videre."]


def test_the_administrations_minute_taker_is_the_secretary():
    record = _parsed("Møteprotokoll arbeidsutvalet 12.10.2022\n\nDesse møtte: Anne Haugland, "
                     "Olav Tveit\nFrå administrasjonen møtte: Dagleg leiar Kristin Bø\n"
                     "Møtesekretær: Kristin Bø\n\nPS 21/22 Budsjett\nSamrøystes vedteke.\n")
    assert [(p.name, p.role) for p in record.participants] == [
        ("Anne Haugland", "member"), ("Olav Tveit", "member"), ("Kristin Bø", "secretary")]


def test_a_mark_under_forfall_in_an_attendance_table_is_absence():
    record = _parsed("Møtereferat prosjektgruppe\n\nMøtedato: 5. september 2023\n\n"
                     "| Navn | Organisasjon | Forfall |\n|---|---|---|\n"
                     "| Kari Holm | Storøya kommune | |\n| Siv Lie | Storøya vgs | X |\n\n"
                     "Sak 1 Godkjenning\nGodkjent.\n")
    assert [(p.name, p.organization, p.attendance) for p in record.participants] == [
        ("Kari Holm", "Storøya kommune", "present"), ("Siv Lie", "Storøya vgs", "absent")]


def test_tasks_with_an_abbreviated_owner_and_a_due_date_in_brackets():
    record = _parsed("Protokoll fra styremøte 3. mars 2024\n\nTil stede: Kari Holm, Ola Dahl\n\n"
                     "Sak 4/24 Tiltak\nTiltak:\n- Oppdatere nettsiden (ansv. KH, frist 1.4.)\n"
                     "- Sende brev til kommunene (ansv. OD)\n")
    assert [(a.text, a.responsible, a.due) for a in record.items[0].actions] == [
        ("Oppdatere nettsiden (ansv. KH, frist 1.4.)", "KH", "2024-04-01"),
        ("Sende brev til kommunene (ansv. OD)", "OD", None)]


def test_a_due_date_written_day_slash_month_after_frist():
    record = _parsed("Referat fra styremøte 7. februar 2024\n\nTil stede: Kari Holm, Ola Dahl\n\n"
                     "Sak 1/24 Oppfølging\nSekretariatet sender ut invitasjon. Frist: 15/3.\n")
    assert [(a.responsible, a.due) for a in record.items[0].actions] == [
        ("Sekretariatet", "2024-03-15")]


def test_a_summons_has_no_follow_ups():
    record = _parsed("Innkalling til møte i Nordkyst regionråd\n\n"
                     "Tid: Fredag 14. mars 2025 kl. 10.00–14.00\n\n"
                     "Saksliste:\n\nSak 07/25 Regional plan\n"
                     "Sekretariatet legger fram utkast.\n"
                     "Forslag til vedtak: Regionrådet slutter seg til utkastet.\n")
    assert record.kind == "agenda"
    assert [(i.decisions, i.actions) for i in record.items] == [([], [])]


_SUMMONS = ("Innkalling til styremøte i Åsen Vel\n\nTid: Tirsdag 10. september 2024 kl. 19.00\n"
            "Sted: Klubbhuset\n\nInnkalt: Ola Vik, Kari Ås\n\nSaksliste\n"
            "1. Godkjenning av innkalling\n2. Godkjenning av referat fra forrige møte\n"
            "3. Dugnad\n4. Eventuelt\n\nForfall meldes til leder.\n\n")


@pytest.mark.parametrize("attached", [
    "Referat fra styremøte i Åsen Vel 13. juni 2024\n\nTil stede: Ola Vik, Kari Ås, Per Berg\n"
    "Forfall: Lise Dal\n\n1. Godkjenning av innkalling\nGodkjent.\n\n2. Sommerfest\n"
    "Styret vedtok å holde sommerfest 17. august.\n",
    "Protokoll frå styremøtet 13. juni 2024\nTid: 13.06.2024 kl. 18\n\n"
    "Sak 1 Sommarfest\nVedteke samrøystes.\n\nReferent: Per Berg\n",
])
def test_a_summons_ends_where_the_minutes_sent_with_it_begin(attached):
    # those who came to the last meeting, and what it decided, are no part of the summons
    record = _parsed(_SUMMONS + attached)
    assert record.kind == "agenda"
    assert [(i.number, i.title) for i in record.items] == [
        ("1", "Godkjenning av innkalling"), ("2", "Godkjenning av referat fra forrige møte"),
        ("3", "Dugnad"), ("4", "Eventuelt")]
    assert record.participants == []  # called in ("Innkalt:"), not yet named as attending
    assert not any(i.decisions or i.text for i in record.items)


@pytest.mark.parametrize("minutes_head", [
    "Protokoll fra styremøte 10. september 2024\n\n",
    "Protokoll fra styremøtet\nMøtedato: 10.09.2024\n\n",
])
def test_minutes_with_their_summons_and_case_papers_bound_in_front(minutes_head):
    # the summons calls this very meeting: the file is its minutes, the saksliste their
    # agenda, and the case paper's "Forslag til vedtak" no decision
    record = _parsed(_SUMMONS.replace("4. Eventuelt\n", "4. Eventuelt\n\nNordby, 1. september"
                                      " 2024\n") +
                     "Saksframlegg sak 3: Dugnad\nForslag til vedtak: Dugnad 5. oktober.\n\n" +
                     minutes_head + "Til stede: Ola Vik, Kari Ås\nForfall: Lise Dal\n\n"
                     "1. Godkjenning av innkalling\nGodkjent.\n\n2. Godkjenning av referat "
                     "fra forrige møte\nGodkjent.\n\n3. Dugnad\nDugnaden blir 12. oktober.\n\n"
                     "4. Eventuelt\nIngen saker.\n")
    assert record.kind == "minutes"
    assert record.title == minutes_head.splitlines()[0]
    assert record.document_date is None  # the day the summons was signed
    assert record.meeting.date == "2024-09-10"
    assert [(p.name, p.attendance) for p in record.participants] == [
        ("Ola Vik", "present"), ("Kari Ås", "present"), ("Lise Dal", "absent")]
    assert [(i.number, i.text) for i in record.items] == [
        ("1", "Godkjent."), ("2", "Godkjent."), ("3", "Dugnaden blir 12. oktober."),
        ("4", "Ingen saker.")]
    assert "Dugnad 5. oktober." not in record.items[2].decisions


_MINUTES = ("Referat fra styremøte i Åsen Vel\n\nDato: 13. juni 2024\nSted: Klubbhuset\n\n"
            "Til stede: Ola Vik (leder), Kari Ås, Per Berg\n\nSak 1/24 Godkjenning av "
            "innkalling\nGodkjent.\n\nSak 2/24 Sommerfest\nStyret vedtok å holde sommerfest "
            "17. august.\n\nReferent: Per Berg\n\n")


@pytest.mark.parametrize(("summons", "next_day", "next_place"), [
    ("Innkalling til neste styremøte\nTid: Tirsdag 10. september kl. 19.00\n"
     "Sted: Grendehuset\n\nSaksliste\n", "2024-09-10", "Grendehuset"),
    # a summons that does not call its meeting the next one gives no next meeting
    ("MØTEINNKALLING\nDato: 10.09.2024\n\n", None, None),
])
def test_minutes_end_where_the_summons_sent_with_them_begins(summons, next_day, next_place):
    record = _parsed(_MINUTES + summons + "Sak 3/24 Godkjenning av referat\n"
                     "Sak 4/24 Dugnad\nForslag til vedtak: Dugnad 5. oktober.\n")
    assert [(i.number, i.title) for i in record.items] == [
        ("1/24", "Godkjenning av innkalling"), ("2/24", "Sommerfest")]
    assert "nnkall" not in record.items[-1].text
    assert (record.next_meeting.date, record.next_meeting.location) == (next_day, next_place)


def test_a_summons_numbering_its_cases_as_the_minutes_did_still_ends_them():
    # "Referat og innkalling": the summons' list starts at 1 again, so no case of its own
    # is found under it; its "Saksliste:" shows it is a summons all the same
    text = ("Referat og innkalling\n\nDato: 11. mars 2026\nTil stede: Ola Vik, Kari Ås\n\n"
            "1. Godkjenning av referat\nReferatet ble godkjent.\n\n2. Eventuelt\n"
            "Kari Ås orienterte om sommerkurset.\n\nINNKALLING TIL NESTE MØTE\n"
            "Tid: Onsdag 22. april 2026 kl. 10.00\nSted: Teams\n\nSaksliste:\n"
            "1. Godkjenning av referat\n2. Eventuelt\n")
    record = _parsed(text)
    assert [i.number for i in record.items] == ["1", "2"]
    assert record.items[-1].text == "Kari Ås orienterte om sommerkurset."
    assert (record.next_meeting.date, record.next_meeting.location) == ("2026-04-22", "Teams")


def test_a_case_on_summoning_a_meeting_is_no_attached_summons():
    record = _parsed(_MINUTES.replace("Referent: Per Berg\n\n", "Sak 3/24 Innkalling til "
                                      "årsmøte\nTid for årsmøtet ble satt til 12. mars.\n\n"
                                      "Sak 4/24 Eventuelt\nIngen saker.\n"))
    assert [i.number for i in record.items] == ["1/24", "2/24", "3/24", "4/24"]


def test_a_sentence_about_the_last_minutes_in_a_summons_ends_nothing():
    record = _parsed("Innkalling til styremøte\n\nTid: 10.09.2024 kl. 19\n\n"
                     "Sak 1/24 Godkjenning av referat\nReferat fra møtet 13. juni er vedlagt\n"
                     "Til stede da: se referatet\n\nSak 2/24 Dugnad\nStyret vil avtale dag.\n")
    assert [i.number for i in record.items] == ["1/24", "2/24"]
    assert "vedlagt" in record.items[0].text


def test_sections_on_the_agenda_s_items_after_the_agenda():
    record = _parsed("Referat fra styremøte 3. mars 2024\n\nTil stede: Kari Nes, Per Bø\n\n"
                     "Dagsorden:\n1. Godkjenning av innkalling\n2. Budsjett\n\n"
                     "Ad sak 1: Godkjenning av innkalling\nGodkjent.\n\n"
                     "Ad sak 2: Budsjett\nBudsjettet ble vedtatt.\n"
                     "Til sak 3 vil Kari sende et notat.\n")
    assert [(i.number, i.title, i.decisions) for i in record.items] == [
        ("1", "Godkjenning av innkalling", ["Godkjent."]),
        ("2", "Budsjett", ["Budsjettet ble vedtatt."])]


@pytest.mark.parametrize(("listed", "section"), [
    ("Punkt {n}\t{t}", "Til sak {n}: {t}"),  # an older protokoll's two words for one item
    ("Punkt {n} {t}", "Ad sak {n} {t}"),
    ("Pkt. {n} {t}", "Sak {n} {t}"),
])
def test_an_agenda_s_points_and_the_sections_on_them_are_one_item_each(listed, section):
    titles = ["Godkjenning av innkalling", "Budsjett"]
    agenda = "\n".join(listed.format(n=n, t=t) for n, t in enumerate(titles, 1))
    record = _parsed("Protokoll fra møte i prosjektgruppa\n\nMøtedato: 3. mars 2024\n\n"
                     f"Saksliste:\n{agenda}\n\n"
                     f"{section.format(n=1, t=titles[0])}\n\nGodkjent.\n\n"
                     f"{section.format(n=2, t=titles[1])}\n\nBudsjettet ble vedtatt.\n")
    assert [(i.number, i.title, i.decisions) for i in record.items] == [
        ("1", "Godkjenning av innkalling", ["Godkjent."]),
        ("2", "Budsjett", ["Budsjettet ble vedtatt."])]


_ITEM_ROWS = [("10/24", ["Orienteringer", "Status ble gjennomgått.",
                         "Konklusjon: Tatt til orientering."]),
              ("11/24", ["Godkjenning av", "referat"])]  # a title a line break wrapped


def _item_table(filename: str, heads: bool) -> bytes:
    """Minutes whose items are table rows: the number in one cell, the title and the
    text under it as paragraphs of the next (HTML or DOCX without heading styles)."""
    rows = ([("Sak", ["Tema"])] if heads else []) + _ITEM_ROWS
    if filename.endswith(".html"):
        cells = "".join(f"<tr><td>{n}</td><td>{''.join(f'<p>{p}</p>' for p in ps)}</td></tr>"
                        for n, ps in rows)
        return (f"<h1>Referat styremøte 12.03.2024</h1><p>Til stede: Kari Holm, Ola Dahl</p>"
                f"<table>{cells}</table>").encode()
    import io

    import docx
    document = docx.Document()
    for text in ["Referat styremøte 12.03.2024", "Til stede: Kari Holm, Ola Dahl"]:
        document.add_paragraph(text)
    table = document.add_table(rows=len(rows), cols=2)
    for row, (number, paragraphs) in zip(table.rows, rows, strict=True):
        row.cells[0].text = number
        row.cells[1].text = paragraphs[0]
        for paragraph in paragraphs[1:]:
            row.cells[1].add_paragraph(paragraph)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


@pytest.mark.parametrize("heads", [True, False])
@pytest.mark.parametrize("filename", ["referat.html", "referat.docx"])
def test_the_first_paragraph_of_an_item_cell_is_the_title_and_the_rest_its_text(filename, heads):
    record = parse_bytes(_item_table(filename, heads), filename)
    assert [(i.number, i.title, i.text, i.decisions) for i in record.items] == [
        ("10/24", "Orienteringer", "Status ble gjennomgått.\nKonklusjon: Tatt til orientering.",
         ["Tatt til orientering."]),
        ("11/24", "Godkjenning av referat", "", [])]


def test_a_task_under_the_title_in_an_item_cell_gets_the_responsible_column():
    record = parse_bytes(
        "<h1>Referat styremøte 12.03.2024</h1><p>Til stede: Kari Holm, Ola Dahl</p><table>"
        "<tr><td>Sak</td><td>Tema</td><td>Ansvar</td></tr><tr><td>10/24</td><td>"
        "<p>Orienteringer</p><p>Konklusjon: Tatt til orientering.</p></td><td></td></tr>"
        "<tr><td>11/24</td><td><p>Nettside</p><p>Ny nettside skal lages.</p></td>"
        "<td>Ola Dahl</td></tr></table>".encode(), "referat.html")
    assert [(a.text, a.responsible) for a in record.items[1].actions] == [
        ("Ny nettside skal lages.", "Ola Dahl")]


def test_an_e_mails_signature_delimiter_ends_the_last_item():
    text = ("Referat fra prosjektgruppen 10.01.2025\n\nTil stede: Kari Holm, Per Dahl\n\n"
            "1) Oppstart\nProsjektet er i gang.\n\n2) Neste steg\nKari Holm kaller inn.\n\n"
            "-- \nSiri Vik\nRådgiver, Nordby kommune\nTlf 99 99 99 99\n")
    items = parse_bytes(text.encode(), "mail.txt").items
    assert items[-1].text == "Kari Holm kaller inn."


@pytest.mark.parametrize("ending", [
    "Kari Holm\nleder\n\nPer Dahl\nreferent\n",
    "Kari Holm (sign.)            Per Dahl (sign.)\nstyreleder            referent\n",
    # a board's members each with the title after a slash, one or two to a line
    "Kari Holm / styreleder\nPer Dahl / styremedlem\nSiri Vik / nestleder\n",
    "Kari Holm / styreleder          Per Dahl / styremedlem\nSiri Vik / nestleder\n",
])
def test_signatures_over_their_titles_end_the_last_item(ending):
    text = ("Referat fra styremøte 10.01.2025\n\nTil stede: Kari Holm, Per Dahl\n\n"
            f"Sak 1/25 Oppstart\nProsjektet er i gang.\n\n{ending}")
    items = parse_bytes(text.encode(), "referat.txt").items
    assert items[-1].text == "Prosjektet er i gang."


def test_agenda_entries_of_two_case_series_are_matched_to_their_sections():
    # "PS 1/24" and "RS 1/24" are two series (numbered without the letters); the agenda's
    # "PS 2/24" is the detailed section "PS 2/24", not an item cut off at the end of the text
    text = ("# Møteprotokoll\n\nUtvalg: Eldrerådet\nDato: 05.02.2024\n\n## Saksliste\n\n"
            "| Saksnr. | Tittel |\n|---|---|\n| PS 1/24 | Godkjenning |\n"
            "| PS 2/24 | Budsjett 2024 |\n| RS 1/24 | Referatsaker |\n\n"
            "## PS 1/24 Godkjenning\n\nGodkjent.\n\n## PS 2/24 Budsjett 2024\n\nVedtatt.\n\n"
            "## RS 1/24 Referatsaker\n\nTatt til orientering.\n")
    record = parse_bytes(text.encode(), "protokoll.md")
    assert [(i.number, i.title) for i in record.items] == [
        ("1/24", "Godkjenning"), ("2/24", "Budsjett 2024"), ("1/24", "Referatsaker")]
    assert record.warnings == []


@pytest.mark.parametrize("group", ["Vedtakssaker", "Saker til behandling", "II. Drøftingssaker",
                                   "REFERATSAKER", "Del 2: Orienteringssaker", "SAKER",
                                   "Andre saker:", "Ettersendt sak:", "Tilleggssak"])
def test_a_group_heading_over_the_next_items_is_no_item_and_no_text(group):
    record = _parsed("Protokoll fra styremøte 14. mars 2024\n\nTil stede: Kari Holm, Ola Dahl\n\n"
                     "Orienteringssaker\n\nSak 1/24 Økonomirapport\nTatt til orientering.\n\n"
                     f"{group}\n\nSak 2/24 Budsjett 2024\nBudsjettet ble vedtatt.\n\n"
                     "Eventuelt\nIngen saker.\n")
    assert [(i.number, i.title, i.text) for i in record.items] == [
        ("1/24", "Økonomirapport", "Tatt til orientering."),
        ("2/24", "Budsjett 2024", "Budsjettet ble vedtatt."),
        (None, "Eventuelt", "Ingen saker.")]


def test_a_standing_section_with_its_own_text_between_two_items():
    record = _parsed("Referat fra møte i eldrerådet 5.2.2024\n\nTil stede: Kari Holm, Ola Dahl\n\n"
                     "Sak 1/24 Budsjett\nTatt til orientering.\n\n"
                     "Orienteringssaker\n- Kari orienterte om dagsenteret.\n\n"
                     "Sak 2/24 Eventuelt\nIngen saker.\n")
    assert [(i.number, i.title, i.text) for i in record.items] == [
        ("1/24", "Budsjett", "Tatt til orientering."),
        (None, "Orienteringssaker", "Kari orienterte om dagsenteret."),
        ("2/24", "Eventuelt", "Ingen saker.")]


def test_a_label_inside_an_item_stays_its_text():
    record = _parsed("Referat fra møte i eldrerådet 5.2.2024\n\nTil stede: Kari Holm, Ola Dahl\n\n"
                     "Sak 1/24 Orienteringer\nReferatsaker:\n- Brev fra fylket.\n\n"
                     "Sak 2/24 Eventuelt\nIngen saker.\n")
    assert [i.number for i in record.items] == ["1/24", "2/24"]
    assert record.items[0].text == "Referatsaker:\nBrev fra fylket."


@pytest.mark.parametrize(("last", "text"), [
    # the closing line in a label's form: the next meeting, not the item's text
    ("Sak 2/24 Eventuelt\nIngen saker.\n\nNeste møte: 4. mai kl. 10 på Rådhuset\n",
     "Ingen saker."),
    ("Sak 2/24 Eventuelt\nIngen saker.\n\nNeste møte\n4. mai kl. 10 på Rådhuset\n",
     "Ingen saker."),
    # a sentence under Eventuelt is what was said there
    ("Sak 2/24 Eventuelt\nIngen saker.\nNeste møte blir 4. mai kl. 10 på Rådhuset.\n",
     "Ingen saker.\nNeste møte blir 4. mai kl. 10 på Rådhuset."),
    # an item about the next meeting has the line as its text
    ("Sak 2/24 Eventuelt og neste møte\nIngen saker.\n\nNeste møte: 4. mai kl. 10\n",
     "Ingen saker.\nNeste møte: 4. mai kl. 10"),
    ("Sak 2/24 Eventuelt\nNeste møte: 4. mai kl. 10\n", "Neste møte: 4. mai kl. 10"),
    # the body's own word for its meeting ("Neste styremøte:", "Neste regionrådsmøte –")
    ("Sak 2/24 Eventuelt\nIngen saker.\n\nNeste styremøte: 4. mai kl. 10 på Rådhuset\n",
     "Ingen saker."),
    ("Sak 2/24 Eventuelt\nIngen saker.\nNeste regionrådsmøte – 4. mai kl. 10\n",
     "Ingen saker."),
    # the body named after the label's words ("Neste møte i styret:")
    ("Sak 2/24 Eventuelt\nIngen saker.\n\nNeste møte i styret: 4. mai kl. 10\n",
     "Ingen saker."),
    ("Sak 2/24 Eventuelt\nIngen saker.\nNeste møte for styret: 4. mai kl. 10\n",
     "Ingen saker."),
    # a block: the label alone over its day, hours and place on lines of their own
    ("Sak 2/24 Eventuelt\nIngen saker.\n\nNeste møte:\nlørdag 4. mai\nTid: 10.00\n"
     "Sted: Rådhuset\n", "Ingen saker."),
    # a sentence set apart after the item's text closes the minutes, whatever its verb
    ("Sak 2/24 Eventuelt\nIngen saker.\n\nNeste møte blir 4. mai kl. 10 på Rådhuset.\n",
     "Ingen saker."),
    ("Sak 2/24 Eventuelt\nIngen saker.\n\nNeste møte vert halde laurdag 4. mai kl. 10.\n",
     "Ingen saker."),
    ("Sak 2/24 Eventuelt\nIngen saker.\n\nNeste møte er berammet til 4. mai kl. 10.\n",
     "Ingen saker."),
    ("Sak 2/24 Eventuelt\nIngen saker.\n\nNeste møte er satt til 4. mai kl. 10.\n",
     "Ingen saker."),
    # after the text the heading line carries, set apart, it closes the minutes too
    ("Sak 2/24 Eventuelt. Kari minte om dugnaden.\n\nNeste møte blir 4. mai kl. 10.\n",
     "Kari minte om dugnaden."),
    # the only text under the last heading stays its text
    ("Sak 2/24 Eventuelt\n\nNeste møte vert 4. mai kl. 10.\n", "Neste møte vert 4. mai kl. 10."),
])
def test_a_next_meeting_line_after_the_last_item(last, text):
    record = _parsed("Referat fra styremøte 3. mars 2024\n\nTil stede: Kari Holm, Erik Dahl\n\n"
                     f"Sak 1/24 Budsjett\nBudsjettet ble vedtatt.\n\n{last}")
    assert record.items[-1].text == text
    assert record.next_meeting.date == "2024-05-04"


def test_a_next_au_meeting_line_after_the_last_item_of_the_working_committee():
    # a working committee's short name joined by a hyphen ("Neste AU-møte:"), in its own
    # minutes (in the board's, the committee's meeting is no next meeting of the board)
    record = _parsed("Referat fra møte i arbeidsutvalget 3. mars 2024\n\n"
                     "Til stede: Kari Holm, Erik Dahl\n\nSak 1/24 Budsjett\n"
                     "Budsjettet ble vedtatt.\n\nSak 2/24 Eventuelt\nIngen saker.\n"
                     "Neste AU-møte: 4. mai kl. 10 på Teams\n")
    assert record.items[-1].text == "Ingen saker."
    assert record.next_meeting.date == "2024-05-04"


def test_a_next_meeting_row_of_a_table_after_the_last_item():
    # "| Neste møte | 4. mai … |": the label in the row's first cell, as "Neste møte:" is
    text = ("# Referat fra styremøte 3. mars 2024\n\nTil stede: Kari Holm, Erik Dahl\n\n"
            "## Sak 1/24 Budsjett\n\nBudsjettet ble vedtatt.\n\n## Sak 2/24 Eventuelt\n\n"
            "Ingen saker.\n\n| Neste møte | 4. mai kl. 10.00, Rådhuset |\n|---|---|\n")
    record = parse_bytes(text.encode(), "referat.md")
    assert record.items[-1].text == "Ingen saker."
    assert (record.next_meeting.date, record.next_meeting.location) == ("2024-05-04", "Rådhuset")


def _styremote(items: str):
    return _parsed("Referat fra styremøte i Nordbygda vel 12. februar 2024\n\n"
                   f"Til stede: Kari Holm, Erik Dahl\n\n{items}")


def test_items_numbered_in_roman_numerals():
    record = _styremote("I. Godkjenning av innkalling\nGodkjent.\n\n"
                        "II. Budsjett\n1. Drift: vedtatt.\n2. Investering: utsatt.\n\n"
                        "III. Regnskap\nGodkjent.\n\nIV. Eventuelt\nIngen saker.\n")
    assert [(i.number, i.title) for i in record.items] == [
        ("I", "Godkjenning av innkalling"), ("II", "Budsjett"), ("III", "Regnskap"),
        ("IV", "Eventuelt")]


def test_a_roman_list_inside_a_numbered_item_is_its_text():
    record = _styremote("1. Godkjenning av innkalling\nGodkjent.\n\n"
                        "2. Veilys\nStyret diskuterte tiltak:\nI. Nye lamper\n"
                        "II. Ny avtale med kommunen\n\n3. Eventuelt\nIngen saker.\n")
    assert [i.number for i in record.items] == ["1", "2", "3"]
    assert record.items[1].text.endswith("II. Ny avtale med kommunen")


def test_roman_group_headings_over_numbered_items():
    record = _styremote("I. Vedtakssaker\n\n1. Godkjenning av innkalling\nGodkjent.\n\n"
                        "2. Budsjett\nBudsjettet ble vedtatt.\n\nII. Orienteringssaker\n\n"
                        "3. Veilys\nTatt til orientering.\n")
    assert [(i.number, i.text) for i in record.items] == [
        ("1", "Godkjent."), ("2", "Budsjettet ble vedtatt."), ("3", "Tatt til orientering.")]


@pytest.mark.parametrize(("numeral", "value"), [
    ("I", 1), ("IV", 4), ("IX", 9), ("XIV", 14), ("IIII", None), ("VV", None), ("IIX", None)])
def test_roman_values(numeral, value):
    assert roman_value(numeral) == value


def test_roman_numerals_without_a_stop_in_a_rising_series():
    record = _styremote("I Godkjenning av innkalling\nGodkjent.\n\n"
                        "II Referat fra forrige møte\nI Referatet fra januar manglet en "
                        "sak\nReferatet ble godkjent.\n\nIII Budsjett\nBudsjettet ble vedtatt."
                        "\n\nIV Eventuelt\nIngen saker.\n")
    assert [(i.number, i.title) for i in record.items] == [
        ("I", "Godkjenning av innkalling"), ("II", "Referat fra forrige møte"),
        ("III", "Budsjett"), ("IV", "Eventuelt")]
    assert record.items[1].text.startswith("I Referatet fra januar")


def test_roman_numerals_without_a_stop_in_the_agenda_and_the_sections():
    record = _styremote("Saksliste:\nI Godkjenning av innkalling\nII Budsjett\nIII Eventuelt\n\n"
                        "I Godkjenning av innkalling\nGodkjent.\n\nII Budsjett\nI Budsjettet er "
                        "det satt av midler til kurs\nVedtak: Budsjettet vedtas.\n\n"
                        "III Eventuelt\nIngen saker.\n")
    assert [(i.number, i.text) for i in record.items] == [
        ("I", "Godkjent."),
        ("II", "I Budsjettet er det satt av midler til kurs\nVedtak: Budsjettet vedtas."),
        ("III", "Ingen saker.")]


def test_a_sentence_starting_with_i_is_no_roman_item():
    record = _styremote("I Oslo har kommunen fått nye lamper\n\n1. Veilys\n"
                        "Styret vil gjøre det samme.\n\n2. Eventuelt\nIngen saker.\n")
    assert [i.number for i in record.items] == ["1", "2"]


@pytest.mark.parametrize("prefixes", [("OS", "DS", "VS"), ("Os", "Ds", "Vs"), ("FS", "RS", "VS")])
def test_a_municipal_case_kind_before_the_number(prefixes):
    first, second, third = prefixes
    record = _styremote(f"{first} 1/24 Helsehuset\nTatt til orientering.\n\n"
                        f"{second} 2/24 Boligplan\nRådet drøftet planen.\n\n"
                        f"{third}3/24 Budsjett\nVedtak: Budsjettet vedtas.\n")
    assert [(i.number, i.title) for i in record.items] == [
        ("1/24", "Helsehuset"), ("2/24", "Boligplan"), ("3/24", "Budsjett")]


def test_numbers_counted_anew_under_each_group_heading():
    record = _styremote("Vedtakssaker\n\n1. Godkjenning av innkalling\nGodkjent.\n\n"
                        "2. Budsjett\nBudsjettet ble vedtatt.\n\nOrienteringssaker\n\n"
                        "1. Veilys\nTatt til orientering.\n\n2. Brøyting\nTatt til "
                        "orientering.\n")
    assert [(i.number, i.title, i.text) for i in record.items] == [
        ("1", "Godkjenning av innkalling", "Godkjent."),
        ("2", "Budsjett", "Budsjettet ble vedtatt."),
        ("1", "Veilys", "Tatt til orientering."), ("2", "Brøyting", "Tatt til orientering.")]


def test_a_group_heading_with_its_count_is_no_text_of_the_item_above():
    record = _styremote("Orienteringssaker (2 saker)\n1. Veilys\nTatt til orientering.\n"
                        "2. Brøyting\nTatt til orientering.\nVedtakssaker (1 sak)\n3. Budsjett\n"
                        "Budsjettet ble vedtatt.\n")
    assert [(i.number, i.text) for i in record.items] == [
        ("1", "Tatt til orientering."), ("2", "Tatt til orientering."),
        ("3", "Budsjettet ble vedtatt.")]


def test_a_list_under_a_group_word_inside_an_item_is_its_text():
    record = _styremote("1. Godkjenning av innkalling\nGodkjent.\n\n2. Post\n"
                        "Styret gikk gjennom posten.\n\nTil orientering:\n1. Brev fra kommunen"
                        "\n2. Brev fra fylket\nPosten ble tatt til orientering.\n\n3. Eventuelt\n"
                        "Ingen saker.\n")
    assert [i.number for i in record.items] == ["1", "2", "3"]
    assert "1. Brev fra kommunen\n2. Brev fra fylket" in record.items[1].text


@pytest.mark.parametrize(("first", "number"), [
    ("Sak 1 – 3", "1–3"), ("Sak 1 - 3:", "1-3"), ("Sak 1-3", "1-3"),
    ("Sak 1/24 – 3/24", "1/24–3/24")])
def test_a_run_of_cases_handled_together_is_one_item(first, number):
    second = "Sak 4/24" if "/" in number else "Sak 4"
    record = _styremote(f"{first} Godkjenning av innkalling, saksliste og referat\n"
                        f"Godkjent.\n\n{second} Budsjett\nBudsjettet ble vedtatt.\n")
    assert [(i.number, i.title) for i in record.items] == [
        (number, "Godkjenning av innkalling, saksliste og referat"),
        (second.split()[1], "Budsjett")]


def test_a_case_number_then_a_number_in_the_title_is_no_run():
    record = _styremote("Sak 1 – 2024 Godkjenning av innkalling\nGodkjent.\n\n"
                        "Sak 2 – 2024 Budsjett\nBudsjettet ble vedtatt.\n")
    assert [i.number for i in record.items] == ["1–2024", "2–2024"]


def test_bold_group_headings_over_unnumbered_bold_titles_are_no_items():
    text = ("# Referat fra møte i Kulturnettverket\n\nDato: 4. mars 2024\n\n"
            "Til stede: Kari Holm, Per Dahl\n\n**Vedtakssaker**\n\n**Godkjenning av referat**"
            "\n\nReferatet ble godkjent.\n\n**Felles søknad**\n\nVedtak: Nettverket søker "
            "om midler.\n\n**Orienteringssaker**\n\n**Kulturkalender 2024**\n\nNettverket "
            "gikk gjennom kalenderen.\n\n**Eventuelt**\n\nIngen saker.\n")
    record = parse_bytes(text.encode(), "referat.md")
    assert [(i.title, i.text) for i in record.items] == [
        ("Godkjenning av referat", "Referatet ble godkjent."),
        ("Felles søknad", "Vedtak: Nettverket søker om midler."),
        ("Kulturkalender 2024", "Nettverket gikk gjennom kalenderen."),
        ("Eventuelt", "Ingen saker.")]


def test_the_note_on_a_case_closed_to_the_public_is_no_title_when_a_title_is_written():
    """A closed case's note ("U.off.", "Unntatt offentlighet, jf. offl. § 13") is no part
    of the title written beside or below it; a heading that holds only the note has no
    other title, so the note, written in the title's place, is read as the title."""
    record = _styremote("Sak 1/24 (U.off.) Tilsetting av daglig leder\nVedtak: Kari Holm "
                        "tilsettes.\n\nSak 2/24 Unntatt offentlighet, jf. offl. § 13\nVedtak: "
                        "Klagen tas ikke til følge.\n\nSak 3/24 U.off. jf. offl. § 13\n"
                        "Personalsak\nVedtak: Styret sluttet seg til forslaget.\n\n"
                        "U.off. Sak 4/24 Lønnsforhandlinger\nVedtak: Rammen ble godkjent.\n\n"
                        "Sak 5/24 Eventuelt\nIngen saker.\n")
    assert [(i.number, i.title) for i in record.items] == [
        ("1/24", "Tilsetting av daglig leder"),
        ("2/24", "Unntatt offentlighet, jf. offl. § 13"), ("3/24", "Personalsak"),
        ("4/24", "Lønnsforhandlinger"), ("5/24", "Eventuelt")]
    assert record.items[1].text == "Vedtak: Klagen tas ikke til følge."
    assert record.items[2].text.startswith("U.off. jf. offl. § 13\nVedtak:")


def test_a_note_between_a_bare_case_number_and_its_title():
    record = _styremote("Sak 1/24\nUnnateke offentlegheit etter offl. § 13\nTilsetting av "
                        "dagleg leiar\nVedtak: Kari Holm vert tilsett.\n\nSak 2/24 Eventuelt\n"
                        "Ingen saker.\n")
    assert [(i.number, i.title) for i in record.items] == [
        ("1/24", "Tilsetting av dagleg leiar"), ("2/24", "Eventuelt")]
    assert record.items[0].text.startswith("Unnateke offentlegheit etter offl. § 13\n")


@pytest.mark.parametrize(("text", "note"), [
    ("U.off.", True), ("(U.off.)", True), ("Unntatt offentlighet, jf. offl. § 13", True),
    ("Lukket sak, jf. offl. § 13.", True), ("Unnateke offentlegheit etter offl. § 13", True),
    ("Unntatt offentlighet jf. offentleglova § 13 og fvl. § 13", True),
    ("Lukka sak – personalsak", False), ("Unntatt fra regelen", False), ("Ungdomsråd", False)])
def test_is_exemption_note(text, note):
    assert items.is_exemption_note(text) is note


@pytest.mark.parametrize("day", ["Dag 2", "Tirsdag 5. mars", "TIRSDAG 5. MARS:",
                                 "Tysdag 05.03.2024"])
def test_numbers_counted_anew_for_the_second_day_of_a_samling(day):
    record = _styremote("Mandag 4. mars\n\n1. Godkjenning av innkalling\nGodkjent.\n\n"
                        "2. Strategi\nStyret arbeidet i grupper.\n\n"
                        f"{day}\n\n1. Budsjett\nBudsjettet ble vedtatt.\n\n"
                        "2. Eventuelt\nIngen saker.\n")
    assert [(i.number, i.title, i.text) for i in record.items] == [
        ("1", "Godkjenning av innkalling", "Godkjent."),
        ("2", "Strategi", "Styret arbeidet i grupper."),
        ("1", "Budsjett", "Budsjettet ble vedtatt."), ("2", "Eventuelt", "Ingen saker.")]


@pytest.mark.parametrize(("first", "again"), [
    ("Sak 11/24 Budsjett 2025", "Sak 11/24 Budsjett 2025 (forts.)"),
    ("2. Budsjett 2025", "2. Budsjett 2025 – fortsettelse"),
    ("2. Budsjett 2025", "2. Forts. budsjett 2025"),
])
def test_an_item_taken_up_again_later_is_one_item(first, again):
    numbered = first.startswith("2")
    record = _styremote(f"{'1.' if numbered else 'Sak 10/24'} Godkjenning\nGodkjent.\n\n"
                        f"{first}\nSaken ble utsatt til etter lunsj.\n\n"
                        f"{'3.' if numbered else 'Sak 12/24'} Samferdsel\n"
                        f"Styret drøftet fylkesveiene.\n\n{again}\nBudsjettet ble vedtatt.\n")
    assert [(i.title, i.text) for i in record.items] == [
        ("Godkjenning", "Godkjent."),
        ("Budsjett 2025", "Saken ble utsatt til etter lunsj.\nBudsjettet ble vedtatt."),
        ("Samferdsel", "Styret drøftet fylkesveiene.")]
    assert record.items[1].decisions[-1] == "Budsjettet ble vedtatt."


def test_a_case_continued_from_the_last_meeting_keeps_its_title():
    record = _styremote("Sak 11/24 Budsjett\nVedtatt.\n\n"
                        "Sak 12/24 Samferdsel (forts. fra forrige møte)\nDrøftet.\n")
    assert record.items[1].title == "Samferdsel (forts. fra forrige møte)"


def test_the_letters_a_referatsaker_item_lists_are_its_text():
    record = _parsed("Møtebok\n\nUtvalg: Eldrerådet\nMøtedato: 03.04.2024\n\n"
                     "Til stede: Kari Holm, Ola Dahl\n\n"
                     "PS 12/24 Godkjenning av protokoll\nVedtak: Protokollen godkjennes.\n\n"
                     "PS 13/24 Referatsaker\nRS 1/24 Brev fra Statsforvalteren om tilsyn\n"
                     "RS 2/24 Protokoll fra ungdomsrådet\n"
                     "Vedtak: Referatsakene tas til orientering.\n\n"
                     "PS 14/24 Budsjett 2025\nVedtak: Budsjettet tas til orientering.\n")
    assert [i.number for i in record.items] == ["12/24", "13/24", "14/24"]
    assert "RS 2/24 Protokoll fra ungdomsrådet" in record.items[1].text
    assert record.items[1].decisions == ["Referatsakene tas til orientering."]


def test_the_letters_under_a_sak_referatsaker_item_are_its_text():
    # "Sak 21/24 Referatsaker" has no letters of its own: "RS 1/24" is still another series
    record = _parsed("Protokoll fra kontrollutvalget\n\nMøtedato: 03.06.2024\n\n"
                     "Til stede: Kari Holm, Ola Dahl\n\n"
                     "Sak 20/24 Godkjenning av protokoll\nVedtak: Protokollen ble godkjent.\n\n"
                     "Sak 21/24 Referatsaker\nRS 1/24 Brev fra Fylkesmannen om tilsyn\n"
                     "RS 2/24 Melding om vedtak i kommunestyret\n"
                     "Vedtak: Referatsakene tas til orientering.\n\n"
                     "Sak 22/24 Eventuelt\nIngen saker.\n")
    assert [i.number for i in record.items] == ["20/24", "21/24", "22/24"]
    assert "RS 2/24 Melding om vedtak i kommunestyret" in record.items[1].text
    assert record.items[1].decisions == ["Referatsakene tas til orientering."]


def test_the_letters_under_a_referatsaker_title_on_the_line_below_are_its_text():
    # "Sak 21/24" alone, "Referatsaker" under it: the heading split over two lines
    record = _parsed("Protokoll fra kontrollutvalget\n\nMøtedato: 03.06.2024\n\n"
                     "Til stede: Kari Holm, Ola Dahl\n\n"
                     "Sak 20/24\nGodkjenning av protokoll\nVedtak: Protokollen ble godkjent.\n\n"
                     "Sak 21/24\nReferatsaker\nRS 1/24 Brev fra Fylkesmannen om tilsyn\n"
                     "RS 2/24 Melding om vedtak i kommunestyret\n"
                     "Vedtak: Referatsakene tas til orientering.\n\n"
                     "Sak 22/24\nEventuelt\nIngen saker.\n")
    assert [(i.number, i.title) for i in record.items] == [
        ("20/24", "Godkjenning av protokoll"), ("21/24", "Referatsaker"),
        ("22/24", "Eventuelt")]
    assert "RS 2/24 Melding om vedtak i kommunestyret" in record.items[1].text
    assert record.items[1].decisions == ["Referatsakene tas til orientering."]


_MINUTES_ABOVE_APPENDIX = (
    "Referat fra møte i Regionrådet Nordfjell\n\nDato: 14. mars 2024\nSted: Rådhuset\n\n"
    "Til stede: Kari Holm (leder), Per Bø, Anne Lie\nReferent: Siri Moe\n\n"
    "Sak 10/24 Godkjenning av innkalling\nInnkallingen ble godkjent.\n\n"
    "Sak 11/24 Høring om regional plan\nVedtak: Rådet slutter seg til uttalelsen i vedlegg 1."
    "\n\nSak 12/24 Eventuelt\nIngen saker.\n\n")


@pytest.mark.parametrize("heading", ["Vedlegg 1: Høringsuttalelse regional plan",
                                     "VEDLEGG 1", "Bilag 1 – Brev til fylket",
                                     "Vedlegg nr. 1", "Appendiks A",
                                     "Vedlegg 1 til protokollen", "Vedlegg til protokollen",
                                     "Vedlegg 1: Økonomirapport 2. tertial"])
def test_a_letter_bound_after_the_minutes_is_no_part_of_the_record(heading):
    record = _parsed(_MINUTES_ABOVE_APPENDIX + heading + "\n\nNordby, 20. mars 2024\n\n"
                     "Til Fylkeskommunen\n\n1. Innledning\nVi viser til høringsbrevet.\n\n"
                     "2. Merknader\nFylkeskommunen bes utrede dette innen 1. juni 2024.\n\n"
                     "Forslag til vedtak: Planen godkjennes.\n\n"
                     "Med vennlig hilsen\nOle Hansen\nstyreleder\n")
    assert [i.number for i in record.items] == ["10/24", "11/24", "12/24"]
    assert record.items[2].text == "Ingen saker."
    assert (record.items[2].decisions, record.items[2].actions) == ([], [])
    assert record.document_date is None  # the letter's "Nordby, 20. mars 2024"
    assert "Ole Hansen" not in [p.name for p in record.participants]


def test_a_letter_under_its_letterhead_after_the_minutes_is_no_part_of_the_record():
    # no "Vedlegg" heading: the letterhead and its "Vår ref.:" open the letter
    record = _parsed(_MINUTES_ABOVE_APPENDIX + "FJELLBYGD REGIONRÅD\nRådhusveien 1\n"
                     "1234 Nordby\nVår ref.: 24/112\nDato: 20.03.2024\n\n"
                     "Innlandet fylkeskommune\nv/ Ole Hansen\n\n1. Innledning\n"
                     "Regionrådet viser til høringsbrevet.\n\n2. Merknader\n"
                     "Fylkeskommunen bes utrede kollektivtilbudet innen 1. juni 2024.\n")
    assert [i.number for i in record.items] == ["10/24", "11/24", "12/24"]
    assert (record.items[2].text, record.items[2].actions) == ("Ingen saker.", [])


def test_a_letter_s_reference_inside_an_item_ends_nothing():
    record = _parsed(_MINUTES_ABOVE_APPENDIX.replace(
        "Sak 12/24 Eventuelt", "Sak 12/24 Brev fra fylket\nVår ref.: 24/112\n"
        "Rådet tok brevet til orientering.\n\nSak 13/24 Eventuelt") + "Referent: Siri Moe\n")
    assert [i.number for i in record.items] == ["10/24", "11/24", "12/24", "13/24"]
    assert record.items[2].decisions == ["Rådet tok brevet til orientering."]


@pytest.mark.parametrize("line", ["Vedlegg: budsjett 2025", "Vedlegg: Budsjett 2025",
                                  "Vedlegg 1: Budsjett 2025"])
def test_an_item_naming_its_paper_ends_nothing(line):
    # the item's own paper, with the minutes going on below it
    record = _parsed("Protokoll styremøte\n\nDato: 05.02.2025\n\nTil stede: Kari Holm, Per Bø"
                     "\n\n1. Godkjenning av innkalling\nGodkjent.\n\n2. Budsjett 2025\n"
                     f"Styret gikk gjennom forslaget.\n\n{line}\n\n"
                     "Budsjettet ble vedtatt.\n\n3. Vedlegg til budsjett\n"
                     "Per lager vedlegget innen 1. mars.\n\n4. Eventuelt\nIngen saker.\n")
    assert [i.title for i in record.items] == ["Godkjenning av innkalling", "Budsjett 2025",
                                               "Vedlegg til budsjett", "Eventuelt"]
    assert record.items[1].decisions == ["Budsjettet ble vedtatt."]
    assert record.items[2].actions[0].due == "2025-03-01"


def test_a_summons_case_papers_under_vedlegg_are_its_items_sections():
    # the papers repeat the saksliste's cases: their sections, not a paper bound after
    record = _parsed("Innkalling til møte i Eldrerådet\n\nMøtedato: 12.09.2024\n\n"
                     "Saksliste\nSak 14/24 Godkjenning av protokoll\nSak 15/24 Budsjett 2025"
                     "\n\nVedlegg\n\nSak 14/24 Godkjenning av protokoll\n"
                     "Forslag til vedtak: Protokollen godkjennes.\n\nSak 15/24 Budsjett 2025\n"
                     "Kommunedirektøren legger fram budsjettet 1. oktober.\n")
    assert record.kind == "agenda"
    assert [(i.number, i.text) for i in record.items] == [
        ("14/24", "Forslag til vedtak: Protokollen godkjennes."),
        ("15/24", "Kommunedirektøren legger fram budsjettet 1. oktober.")]
    assert record.items[0].decisions == []


def test_a_list_of_attachments_over_the_signature_ends_nothing():
    record = _parsed(_MINUTES_ABOVE_APPENDIX.replace("Referent: Siri Moe\n", "") +
                     "Vedlegg 1: Høringsuttalelse\nVedlegg 2: Kart\n\nReferent: Siri Moe\n")
    assert "Siri Moe" in [p.name for p in record.participants]


def test_a_pdf_page_break_inside_an_item_and_the_letterhead_footer():
    record = _parsed("DALEN KOMMUNE\nEldrerådet\n\nPROTOKOLL\n\nMøtedato: 03.04.2024\n"
                     "Møtested: Kommunestyresalen\n\nTil stede: Kari Holm, Ola Dahl\n\n"
                     "Sak 12/24 Budsjett 2025\nKommunedirektøren orienterte om forslaget.\n\n"
                     "- 2 -\nEldrerådet 03.04.2024\n\nEldrerådet drøftet saken.\n\n"
                     "Sak 13/24 Eventuelt\nIngen saker.\n"
                     "Postadresse: Postboks 1, 3850 Dalen   Telefon: 35 00 00 00\n")
    assert [i.text for i in record.items] == [
        "Kommunedirektøren orienterte om forslaget.\nEldrerådet drøftet saken.",
        "Ingen saker."]


def test_no_saker_under_an_item_stays_its_text():
    record = _parsed("Referat fra styremøte 14. mars 2024\n\nTil stede: Kari Holm, Ola Dahl\n\n"
                     "Sak 1/24 Innkomne saker\nIngen saker\n\nSak 2/24 Budsjett\nVedtatt.\n")
    assert record.items[0].text == "Ingen saker"


@pytest.mark.parametrize("heading", ["Sak 13/24 Budsjett 2025", "2. Budsjett 2025"])
def test_a_heading_repeated_at_the_top_of_the_next_page(heading):
    first = "Sak 12/24" if heading.startswith("Sak") else "1."
    last = "Sak 14/24" if heading.startswith("Sak") else "3."
    record = _styremote(f"{first} Godkjenning\nGodkjent.\n\n{heading}\n"
                        "Kommunedirektøren orienterte om forslaget.\nSide 1 av 2\n"
                        f"{heading}\nStyret drøftet saken.\n\n{last} Eventuelt\nIngen saker.\n")
    assert [(i.title, i.text) for i in record.items] == [
        ("Godkjenning", "Godkjent."),
        ("Budsjett 2025", "Kommunedirektøren orienterte om forslaget.\nStyret drøftet saken."),
        ("Eventuelt", "Ingen saker.")]


def test_an_archive_reference_under_an_item_heading_is_no_item():
    # a summons prints the case's archive number under each item: "Arkivsak: 24/112"
    text = ("MØTEINNKALLING\n\nUtval: Formannskapet\nDato: 09.04.2024\n\n"
            "PS 22/24 Rekneskap 2023\n\nSaksbehandlar: Jon Nes\nArkivsak: 24/112\n\n"
            "Framlegg til vedtak:\nFormannskapet rår kommunestyret til å godkjenne "
            "rekneskapen.\n\nPS 23/24 Søknad om tilskot\n\nArkivsak 24/113\n\n"
            "Innstilling:\nFormannskapet løyver kr 50 000.\n")
    record = parse_bytes(text.encode(), "innkalling.txt")
    assert [(i.number, i.title) for i in record.items] == [
        ("22/24", "Rekneskap 2023"), ("23/24", "Søknad om tilskot")]
    assert "Arkivsak: 24/112" in record.items[0].text
    assert record.items[0].text.endswith("godkjenne rekneskapen.")


def test_a_numbered_list_of_papers_under_an_item_is_no_item():
    # "Vedlegg:" / "Saksdokumenter:" over "1. …", "2. …": the case's documents, each list
    # counting from 1 again, between items 2, 3 and 4 of the summons
    text = ("Innkalling og saksliste\n\nDato: 18. april 2024\n\nSaksliste\n\n"
            "1. Godkjenning av innkalling og saksliste\n\n"
            "2. Referat fra forrige møte\nVedlegg:\n1. Referat fra møte 8. februar 2024\n\n"
            "3. Rapport fra arbeidsgruppe legevakt\nSaksbehandler: Tone Stray\n"
            "Saksdokumenter:\n1. Rapport legevakt 2024\n2. Høringsuttalelse fra Farsund\n"
            "Forslag til vedtak:\nNettverket tar rapporten til orientering.\n\n"
            "4. Eventuelt\n\nMed hilsen\nTone Stray\nrådgiver\n\nKopi til:\nKari Fjeld\n")
    record = parse_bytes(text.encode(), "innkalling.txt")
    assert [(i.number, i.title) for i in record.items] == [
        ("1", "Godkjenning av innkalling og saksliste"), ("2", "Referat fra forrige møte"),
        ("3", "Rapport fra arbeidsgruppe legevakt"), ("4", "Eventuelt")]
    assert record.items[1].text == "Vedlegg:\n1. Referat fra møte 8. februar 2024"
    assert record.items[3].text == ""  # "Med hilsen" closes the summons


@pytest.mark.parametrize("closing", ["Med hilsen", "Med venleg helsing", "Vel møtt!"])
def test_a_summons_closing_ends_the_last_item(closing):
    text = ("Møteinnkalling\n\nDato: 2. mai 2024\n\nSak 1/24 Budsjett\n\nSak 2/24 Eventuelt\n\n"
            f"{closing}\nKari Eng\nsekretariatet\n")
    record = parse_bytes(text.encode(), "innkalling.txt")
    assert record.items[-1].text == ""


def test_items_numbered_as_chapters_one_point_nought():
    record = _styremote("1.0 Godkjenning av innkalling\nGodkjent uten merknader.\n\n"
                        "2.0 Status i prosjektet\nArbeidet går etter planen.\n\n"
                        "3.0 Eventuelt\nIngen saker.\n")
    assert [(i.number, i.title) for i in record.items] == [
        ("1.0", "Godkjenning av innkalling"), ("2.0", "Status i prosjektet"),
        ("3.0", "Eventuelt")]


def test_chapters_with_sections_are_no_items_of_their_own():
    # "1.0", "1.1", "2.0": a report's chapters and sections, not one series of items
    record = _styremote("1.0 Innledning\nTekst.\n\n1.1 Bakgrunn\nTekst.\n\n"
                        "2.0 Status\nTekst.\n\n2.1 Økonomi\nTekst.\n")
    assert [i.number for i in record.items] != ["1.0", "2.0"]


def test_a_numbered_meeting_title_is_no_item():
    # "Nr. 41 - Referat fra 7. mars 2023": the meeting's number over its own minutes
    record = _parsed("Brukerrådet\n\nNr. 41 - Referat fra 7. mars 2023\n\n"
                     "Til stede: Kari Holm, Ole Dahl\n\nNr. 1 Godkjenning av referat\n"
                     "Godkjent.\n\nNr. 2 Kurs\nKurset holdes i mai.\n")
    assert [(i.number, i.title) for i in record.items] == [
        ("1", "Godkjenning av referat"), ("2", "Kurs")]


@pytest.mark.parametrize(("heading", "title", "decision"), [
    ("Referat fra forrige møte – godkjent", "Referat fra forrige møte", "godkjent"),
    ("Budsjett 2024 - vedtatt", "Budsjett 2024", "vedtatt"),
    ("Høring om plan – tatt til orientering", "Høring om plan", "tatt til orientering"),
    ("Rekneskap – samrøystes vedteke", "Rekneskap", "samrøystes vedteke"),
    ("Protokoll – godkjent med endringer", "Protokoll", "godkjent med endringer"),
])
def test_an_outcome_after_a_dash_in_the_heading(heading, title, decision):
    record = _styremote(f"Sak 4/24 – {heading}\nSaken ble drøftet.\n\n"
                        "Sak 5/24 – Eventuelt\nIngen saker.\n")
    assert (record.items[0].title, record.items[0].decisions) == (title, [decision])


def test_a_dash_before_a_title_word_is_no_outcome():
    record = _styremote("Sak 4/24 – Utsatt skolestart – høring\nSaken ble drøftet.\n\n"
                        "Sak 5/24 – Eventuelt\nIngen saker.\n")
    assert record.items[0].title == "Utsatt skolestart – høring"


def test_a_running_page_header_without_the_year_inside_an_item():
    record = _parsed("Protokoll fra møte i Eldrerådet\n\nDato: 14. mars 2024\nSted: Rådhuset\n\n"
                     "Til stede: Kari Holm, Ola Dahl\n\n"
                     "Sak 12/24 Helsetjenester\nKommunalsjefen orienterte om tilbudet.\n"
                     "Side 2 av 3\nEldrerådet 14. mars\nDet er god kapasitet.\n\n"
                     "Sak 13/24 Eventuelt\nIngen saker.\n")
    assert record.items[0].text == ("Kommunalsjefen orienterte om tilbudet.\n"
                                    "Det er god kapasitet.")


def _eldreraad(items: str):
    return _parsed("Protokoll fra møte i Eldrerådet\n\nDato: 14. mars 2024\nSted: Rådhuset\n\n"
                   f"Til stede: Kari Holm, Ola Dahl\n\n{items}\n\nSak 14/24 Eventuelt\n"
                   "Ingen saker.\n")


@pytest.mark.parametrize("furniture", [
    "Eldrerådet 14. mars 2024", "Eldrerådet 14. mars", "Protokoll Eldrerådet 14.03.2024 side 2",
    "Side 2 av 4", "Side 2 (4)", "2 (4)", "2/4", "- 2 -",
    "2 av 4", "Page 2 of 4",  # the page count alone, and an English export's footer
])
def test_page_furniture_in_the_middle_of_a_sentence_leaves_it_whole(furniture):
    # a PDF copied as text: the page break fell inside the sentence, so its header or page
    # number stands between the halves; both halves are one sentence without it
    record = _eldreraad("Sak 12/24 Helsetjenester\nKommunalsjefen orienterte om tilbudet ved\n"
                        f"{furniture}\nsykehjemmene.\nVedtak: Eldrerådet ber om en ny sak om\n"
                        f"{furniture}\nventelistene i juni.\n\nSak 13/24 Budsjett\n"
                        "Per Olsen sender uttalelsen til\n"
                        f"{furniture}\nformannskapet innen 1. april.")
    assert record.items[0].text == ("Kommunalsjefen orienterte om tilbudet ved sykehjemmene.\n"
                                    "Vedtak: Eldrerådet ber om en ny sak om ventelistene i juni.")
    assert record.items[0].decisions == ["Eldrerådet ber om en ny sak om ventelistene i juni."]
    assert [a.text for a in record.items[1].actions] == [
        "Per Olsen sender uttalelsen til formannskapet innen 1. april."]


def test_the_blank_under_a_running_header_is_its_margin_not_a_new_paragraph():
    # "… sendes til" / header / blank / "Statsforvalteren …": one sentence; a header with
    # blank lines on both sides of it lies between two paragraphs, which stay two
    record = _eldreraad("Sak 12/24 Helsetjenester\nVedtak: Uttalelsen sendes til\n"
                        "Eldrerådet 14. mars 2024\n\nStatsforvalteren innen 1. april.\n\n"
                        "Eldrerådet 14. mars 2024\n\nRådet ønsket en ny orientering i mai.")
    assert record.items[0].text == (
        "Vedtak: Uttalelsen sendes til Statsforvalteren innen 1. april.\n"
        "Rådet ønsket en ny orientering i mai.")
    assert record.items[0].decisions == ["Uttalelsen sendes til Statsforvalteren innen 1. april."]


def test_a_running_header_without_a_date_inside_a_sentence_and_again_on_the_next_page():
    # a header on every page but the first ("Møtebok – Eldrerådet"), under the footer
    record = _eldreraad("Sak 12/24 Helsetjenester\nKommunalsjefen orienterte om tilbudet ved\n"
                        f"{FOOTER}\nMøtebok – Eldrerådet\nsykehjemmene.\n"
                        "Vedtak: Eldrerådet ber om en ny sak om\n"
                        f"{FOOTER}\nMøtebok – Eldrerådet\nventelistene i juni.")
    assert record.items[0].text == ("Kommunalsjefen orienterte om tilbudet ved sykehjemmene.\n"
                                    "Vedtak: Eldrerådet ber om en ny sak om ventelistene i juni.")


def test_a_place_line_written_again_for_the_next_meeting_is_no_running_header():
    # "Sted: Rådhuset" among the first lines and again under the next meeting: content
    record = _parsed("Referat fra møte i Vestfjord regionråd\nDato: 12.03.2024\n"
                     "Sted: Rådhuset\n\nTil stede: Kari Holm, Per Dahl\n\n"
                     "Sak 1/24 Budsjett\nVedtak: Tatt til orientering.\n\n"
                     "Sak 2/24 Neste møte\nNeste møte blir 16.04.2024.\nSted: Rådhuset\n")
    assert record.items[1].text == "Neste møte blir 16.04.2024.\nSted: Rådhuset"
    assert record.next_meeting.location == "Rådhuset"


def test_a_name_first_in_the_document_and_again_in_a_second_list_stays():
    record = _parsed("Til stede:\nKari Holm\nPer Dahl\n\nSak 1/24 Valg av møteleder\n"
                     "Valgt ble:\nKari Holm\n\nSak 2/24 Eventuelt\nIngen saker.\n")
    assert record.items[0].text == "Valgt ble:\nKari Holm"


def test_a_label_line_repeated_beside_a_page_number_is_a_running_header():
    # the same "Møtebok: Eldrerådet" under each page number: the page's header after all
    record = _parsed("Møtebok: Eldrerådet\nDato: 14. mars 2024\n\n"
                     "Til stede: Kari Holm, Ola Dahl\n\nSak 12/24 Helsetjenester\n"
                     "Kommunalsjefen orienterte.\nSide 1 av 2\nMøtebok: Eldrerådet\n"
                     "Det er god kapasitet.\n\nSak 13/24 Eventuelt\nIngen saker.\n")
    assert record.items[0].text == "Kommunalsjefen orienterte.\nDet er god kapasitet."


def test_a_name_wrapped_onto_a_line_of_its_own_stays_in_the_sentence():
    # one line, inside a sentence, but never again: a narrow column wrapped a name there;
    # twice, but a name that is not the body's or the minutes': no running header
    record = _eldreraad("Sak 12/24 Helsetjenester\nSaken sendes til\nEldrerådet\n"
                        "for uttalelse. Eldrerådet\nmøtes igjen i juni. Saken sendes til\n"
                        "Kari Holm\nsom svarer. Hun sender den til\nKari Holm\ni kommunen.")
    assert record.items[0].text == (
        "Saken sendes til Eldrerådet for uttalelse. Eldrerådet møtes igjen i juni. Saken "
        "sendes til Kari Holm som svarer. Hun sender den til Kari Holm i kommunen.")


def test_the_blank_lines_around_a_page_number_inside_a_sentence_are_the_pages_margins():
    record = _eldreraad("Sak 12/24 Helsetjenester\nVedtak: Uttalelsen sendes til\n\n"
                        "                Side 1 av 2\n\nStatsforvalteren innen 1. april.")
    assert record.items[0].decisions == ["Uttalelsen sendes til Statsforvalteren innen 1. april."]


@pytest.mark.parametrize("furniture", [
    "\n                Side 1 av 2\n\n",  # the page's number set apart by its margins
    "\nSide 1 av 2\nEldrerådet 14. mars 2024\n\n"])  # … and the next page's running header
def test_a_vedtak_a_page_break_splits_before_its_date_stays_whole(furniture):
    # "… med frist for merknader" / page furniture / "1. april 2024.": the date ends the
    # vedtak's sentence, no numbered entry "1." of a list under it
    record = _eldreraad("Sak 12/24 Helsetjenester\nVedtak:\nEldrerådet ber kommunalsjefen "
                        f"sende planen på høring med frist for merknader{furniture}"
                        "1. april 2024.\nEldrerådet ber også om en orientering i mai.")
    assert record.items[0].decisions == [
        "Eldrerådet ber kommunalsjefen sende planen på høring med frist for merknader "
        "1. april 2024.", "Eldrerådet ber også om en orientering i mai."]


def test_a_word_broken_over_a_page_break_is_whole_again():
    record = _eldreraad("Sak 12/24 Helsetjenester\nKommunalsjefen skal utarbei-\n\n"
                        "Side 2 av 3 – Møtebok for Eldrerådet\n\nde en plan for sykehjemmene.")
    assert record.items[0].text == "Kommunalsjefen skal utarbeide en plan for sykehjemmene."


def test_a_line_of_the_text_with_the_meetings_date_and_more_words_stays():
    record = _eldreraad("Sak 12/24 Helsetjenester\nRådet var på befaring ved\n"
                        "Eldresenteret 14. mars 2024 sammen med\nkommunalsjefen.")
    assert record.items[0].text == ("Rådet var på befaring ved Eldresenteret 14. mars 2024 "
                                    "sammen med kommunalsjefen.")


FOOTER = "Postadresse: Postboks 1, 3850 Dalen   Org.nr 964 963 000   www.dalen.kommune.no"


def test_a_letterhead_footer_between_two_halves_of_a_sentence_leaves_it_whole():
    record = _eldreraad("Sak 12/24 Helsetjenester\nKommunalsjefen orienterte om tilbudet ved\n"
                        f"{FOOTER}\nsykehjemmene.\n\nSak 13/24 Budsjett\nOrientering.")
    assert record.items[0].text == "Kommunalsjefen orienterte om tilbudet ved sykehjemmene."


def test_a_letterhead_footer_on_every_page_does_not_end_the_last_item():
    # the footer at the page break is no end of the text, as the one on the last page is
    record = _parsed("Protokoll fra møte i Eldrerådet\n\nDato: 14. mars 2024\n\n"
                     "Til stede: Kari Holm, Ola Dahl\n\nSak 12/24 Helsetjenester\n"
                     "Orientering.\n\nSak 13/24 Budsjett\nRådet drøftet budsjettet.\n"
                     f"{FOOTER}\nVedtak: Budsjettet tas til orientering.\n{FOOTER}\n")
    assert record.items[1].text == ("Rådet drøftet budsjettet.\n"
                                    "Vedtak: Budsjettet tas til orientering.")


def test_a_letterhead_footer_inside_a_sentence_of_the_last_item_does_not_end_it():
    # a footer on page 1 only ("different first page"): inside a sentence it is no end
    record = _parsed("Protokoll fra møte i Eldrerådet\n\nDato: 14. mars 2024\n\n"
                     "Til stede: Kari Holm, Ola Dahl\n\nSak 12/24 Helsetjenester\n"
                     "Orientering.\n\nSak 13/24 Budsjett\nVedtak: Budsjettet sendes til\n"
                     f"{FOOTER}\nformannskapet.\n")
    assert record.items[1].decisions == ["Budsjettet sendes til formannskapet."]


def test_a_contact_line_in_the_text_is_no_footer():
    contact = "Kontaktperson Kari Holm, tlf. 35 00 00 01, e-post kari.holm@dalen.kommune.no"
    record = _eldreraad(f"Sak 12/24 Helsetjenester\nSpørsmål kan rettes til\n{contact}")
    assert record.items[0].text == f"Spørsmål kan rettes til {contact}"


FOOTER_LINES = "Dalen kommune\nStorgata 1, 3850 Dalen\nTelefon 35 00 00 00 – www.dalen.kommune.no"


def test_a_footer_of_three_lines_between_two_halves_of_a_sentence_leaves_the_text():
    record = _parsed("Protokoll fra møte i Eldrerådet\n\nDato: 14. mars 2024\n\n"
                     "Til stede: Kari Holm, Ola Dahl\n\nSak 12/24 Helsetjenester\n"
                     f"Kommunalsjefen orienterte om tilbudet ved\n\n{FOOTER_LINES}\n"
                     "Side 1 av 2\n\nsykehjemmene.\n\nSak 13/24 Eventuelt\nIngen saker.\n\n"
                     f"{FOOTER_LINES}\nSide 2 av 2\n")
    assert [i.text for i in record.items] == [
        "Kommunalsjefen orienterte om tilbudet ved sykehjemmene.", "Ingen saker."]


def test_a_footer_of_three_lines_between_two_paragraphs_leaves_the_text():
    # no sentence split: the contact line that comes back word for word marks the footer
    record = _parsed("Protokoll fra møte i Eldrerådet\n\nDato: 14. mars 2024\n\n"
                     "Til stede: Kari Holm, Ola Dahl\n\nSak 12/24 Helsetjenester\n"
                     f"Kommunalsjefen orienterte.\n\n{FOOTER_LINES}\n\n"
                     "Vedtak: Orienteringen tas til etterretning.\n\nSak 13/24 Eventuelt\n"
                     f"Ingen saker.\n\n{FOOTER_LINES}\n")
    assert [i.text for i in record.items] == [
        "Kommunalsjefen orienterte.\nVedtak: Orienteringen tas til etterretning.",
        "Ingen saker."]


def test_a_letterhead_footer_as_the_documents_last_line_is_no_text_of_the_last_item():
    record = _parsed("Protokoll fra møte i Kystlaget\n\nDato: 7. mai 2024\n\n"
                     "Til stede: Kari Holm, Ola Dahl\n\nSak 1/24 Sjøsetting\n"
                     "Båtene sjøsettes 18. mai.\n\nSak 2/24 Eventuelt\nIngen saker.\n\n"
                     "Kystlaget | Postboks 12, 5300 Kleppestø | post@kystlaget.no\n")
    assert record.items[-1].text == "Ingen saker."


def test_a_contact_line_given_once_stays_in_the_text():
    record = _eldreraad("Sak 12/24 Helsetjenester\nPåmelding til kurset:\n"
                        "Telefon 35 00 00 00 – www.dalen.kommune.no")
    assert record.items[0].text == ("Påmelding til kurset:\n"
                                    "Telefon 35 00 00 00 – www.dalen.kommune.no")


def test_items_lettered_in_lower_case_under_saker():
    record = _parsed("Notat fra møte i prosjektgruppen 12. mars 2024\n\n"
                     "Til stede: Kari Holm, Per Olsen\n\nSaker:\n"
                     "a) Status for prosjektet\nArbeidet går etter planen.\n"
                     "b) Budsjett\nBudsjettet ble gjennomgått.\n"
                     "c) Neste steg\nGruppen lager en ny plan.\n")
    assert [(i.number, i.title) for i in record.items] == [
        ("a", "Status for prosjektet"), ("b", "Budsjett"), ("c", "Neste steg")]


def test_lower_case_letters_without_saker_above_are_no_items():
    # "a) … b) … c)" in a note without a list of cases: points of its text, not items
    record = _parsed("Notat fra møte i prosjektgruppen 12. mars 2024\n\n"
                     "Til stede: Kari Holm, Per Olsen\n\nVi snakket om tre ting:\n"
                     "a) Status for prosjektet\nArbeidet går etter planen.\n"
                     "b) Budsjett\nBudsjettet ble gjennomgått.\n"
                     "c) Neste steg\nGruppen lager en ny plan.\n")
    assert [i.number for i in record.items] in ([], [None])


def test_a_follow_up_table_under_an_item_holds_its_tasks_not_items():
    text = ("# Referat – møte i faggruppe for næring\n\nDato: 4. april 2024\n\n"
            "Til stede: Kari Holm, Per Lunde\n\n## 1. Oppfølgingsliste\n\n"
            "| Sak | Hva | Hvem | Frist |\n|---|---|---|---|\n"
            "| 3/24 | Sende høringsinnspill | Kari Holm | 15.04.2024 |\n"
            "| 4/24 | Invitere til fagdag | Per Lunde | 1. mai |\n\n"
            "## 2. Næringsplan\nGruppa er enig i hovedgrepene.\n\n## 3. Eventuelt\nIngen saker.\n")
    items = parse_bytes(text.encode(), "referat.md").items
    assert [(i.number, i.title) for i in items] == [
        ("1", "Oppfølgingsliste"), ("2", "Næringsplan"), ("3", "Eventuelt")]
    assert [(a.text, a.responsible, a.due) for a in items[0].actions] == [
        ("Sende høringsinnspill", "Kari Holm", "2024-04-15"),
        ("Invitere til fagdag", "Per Lunde", "2024-05-01")]


def test_sak_lines_under_a_closing_follow_up_list_cite_the_numbered_items_above():
    # "Sak 2: …" lines would win over plain "1." headings as the style with the word:
    # under "Oppfølging:" after the items, naming their numbers, they only cite them
    text = ("Referat fra møte i faggruppe for vann\n\nDato: 3. mars 2026\n\n"
            "1. Status\nArbeidet går etter planen.\n\n"
            "2. Ny pumpestasjon\nGruppa anbefaler tilbudet fra Lia AS.\n\n"
            "3. Eventuelt\nIngen saker.\n\n"
            "Oppfølging:\nSak 2: Bestille pumpe – Eva Lid – 1. april\n"
            "Sak 1: Oppdatere planen – Ola Moe – 20. mars\n")
    items = parse_bytes(text.encode(), "referat.txt").items
    assert [(i.number, i.title) for i in items] == [
        ("1", "Status"), ("2", "Ny pumpestasjon"), ("3", "Eventuelt")]
    assert [[a.responsible for a in i.actions] for i in items] == [
        ["Ola Moe"], ["Eva Lid"], []]


def _last_item(tail: str, title: str = "Eventuelt", name: str = "regionrad.txt"):
    """The last item of a short set of minutes whose last item ends with ``tail``."""
    return parse_bytes(
        "Protokoll fra møte i Vestfjord regionråd\nDato: 14. mars 2024\n\n"
        "Sak 1/24 Budsjett\nBudsjettet ble vedtatt.\n\n"
        f"Sak 2/24 {title}\nKari Dahl orienterte om fylkesveiene.\n{tail}\n".encode(),
        name).items[-1]


@pytest.mark.parametrize("closing", [
    "Referatet er godkjent av leder.", "Referatet godkjennes ved signering.",
    "Protokollen vert godkjend elektronisk.", "Referatet er godkjent av møteleder og referent.",
    # a case system's møtebok names itself so
    "Møteboka er godkjend elektronisk av leiar og sekretær.",
    "Møtet ble hevet kl. 15.10.", "Møtet heva kl. 15.10.",  # nynorsk without the verb
    # approval by silence, and the copy list under the minutes
    "Referatet anses godkjent dersom det ikke er kommet merknader innen 14 dager.",
    "Protokollen anses som godkjent dersom det ikkje er komme merknader innan ei veke.",
    "Referatet regnes som godkjent hvis ingen merknader er mottatt innen fredag.",
    "Kopi til: Kommunedirektørene i regionen",
    "\nVedlegg:\n1. Budsjettforslag 2025\n2. Brev fra fylkeskommunen",
    "\nVedlegg til referatet:\n- Presentasjon fra Statens vegvesen",
    # distribution lists: whom the minutes are sent to, not what the item said
    "\nReferatet sendes til:\nOrdførerne\nPer Hansen", "Utsendt til: Medlemmene, Kari Lunde",
    "Distribusjon:\nRegionrådets medlemmer", "Mottakarar: Ordføraren, Rådmannen",
    "Referatet er sendt til: Medlemmene",
    # how these minutes are approved, with the signers named or the next meeting
    "Protokollen er godkjent av Ola Dahl og Per Bø ved elektronisk signering.",
    "Referatet godkjennes på neste møte.", "Protokollen vert godkjend i neste styremøte.",
    "Godkjent elektronisk", "Elektronisk godkjent.",
    "Dokumentet er elektronisk godkjent og har derfor ingen håndskrevne signaturer.",
    # the day of approval as a stamp
    "Godkjent dato: 12.03.2025", "Dato godkjent: 12.03.2025", "Godkjenningsdato: 12.03.2025",
    "Godkjent: 12.03.2025", "Godkjend: 12. mars 2025",
    # these minutes' approval said alone, with or without the stamp above it
    "Protokollen er godkjent.", "Referatet vart godkjent.",
    "\nGodkjent: 12.03.2025\nProtokollen er godkjent.",
    # … or with its day
    "Referatet er godkjent 11. mars 2025.", "Protokollen vart godkjend 11.03.2025.",
    "Godkjent av styret 11.03.2025",
    # who wrote them, alone with the day
    "Skrevet av Marte Kleiv 6. mars 2025", "Ført av Eli Vik",
    # the end with "ca.", the signers under "Sign.:", the writer under another title
    "Møtet ble avsluttet ca. kl. 15.00.", "Møtet slutt ca. kl. 14.",
    "Sign.:\nOla Dahl, leder\nKari Holm, referent",
    "Sekretær: Marit Sande", "Protokollførar: Siv Lunde",
    # who wrote the minutes, and whom the signers sign for
    "Referatet er skrevet av Marte Kleiv.", "Protokollen ble ført av sekretariatet.",
    "\nFor Regionrådet Nordfjell\n\nOla Dahl (sign.)\nleder",
    "For styret\nOla Dahl\tPer Bø",
    # the sender's mail signature under minutes sent as a mail
    "\nKari Holm\nFolkehelsekoordinator\nTelefon: 900 11 222\nwww.nordby.kommune.no",
    "\nKari Holm\tRådgiver\tNordby kommune\nE-post: kari.holm@nordby.kommune.no",
])
def test_a_closing_note_after_the_last_item_is_none_of_its_text(closing):
    item = _last_item(closing)
    assert (item.text, item.decisions) == ("Kari Dahl orienterte om fylkesveiene.", [])


def test_a_closing_note_after_a_rule_in_markdown_is_none_of_the_last_item():
    item = _last_item("\n---\n\n*Referatet godkjennes ved signering.*", name="referat.md")
    assert item.text == "Kari Dahl orienterte om fylkesveiene."


@pytest.mark.parametrize(("title", "tail"), [
    # an earlier meeting's minutes approved under Eventuelt: what the item decided
    ("Eventuelt", "Referatet fra forrige møte ble godkjent."),
    # an item on approving the minutes: how they are approved is its decision
    ("Godkjenning av protokoll", "Protokollen godkjennes ved signering."),
    ("Godkjenning av referat", "Godkjent elektronisk."),
    ("Godkjenning av protokoll", "Protokollen godkjennes på neste møte."),
    # in running text a sentence that names no copy list
    ("Eventuelt", "Saken sendes til kommunene for uttale."),
    # "For <a place>" over running text, not over a signature
    ("Eventuelt", "For Nordby kommune\nKari Holm orienterte om planen."),
    # a contact the item names, not the sender's signature
    ("Eventuelt", "Spørsmål kan rettes til:\nKari Holm\nE-post: kari.holm@nordby.no"),
])
def test_an_approval_inside_the_last_item_stays_its_text(title, tail):
    item = _last_item(tail, title)
    assert item.text == f"Kari Dahl orienterte om fylkesveiene.\n{tail}"


def test_a_case_number_over_the_minutes_title_is_the_archives_stamp():
    text = ("Saksnr. 24/123\n\nReferat fra møte i regionrådet\n\n"
            "Dato: 14. mars 2024 kl. 10.00–14.00\n\nTil stede: Kari Holm, Per Lie\n\n"
            "Sak 01/24 Godkjenning av innkalling\nGodkjent.\n")
    record = parse_bytes(text.encode(), "r.txt")
    assert [(i.number, i.title) for i in record.items] == [("01/24", "Godkjenning av innkalling")]
    assert record.meeting.date == "2024-03-14"
    assert len(record.participants) == 2


def test_a_case_number_under_the_title_over_last_minutes_stays_an_item():
    text = ("Referat fra møte i regionrådet\n\nDato: 14. mars 2024\n\n"
            "Til stede: Kari Holm, Per Lie\n\nSaksnr. 01/24\nReferat fra forrige møte\n"
            "Godkjent.\n\nSaksnr. 02/24\nBudsjett\nVedtatt.\n")
    record = parse_bytes(text.encode(), "r.txt")
    assert [(i.number, i.title) for i in record.items] == [
        ("01/24", "Referat fra forrige møte"), ("02/24", "Budsjett")]


def test_two_plain_standing_sections_after_the_cases_each_set_apart():
    record = _parsed("Referat frå faggruppa 10. september 2024\n\nMøtte: Kari Holm, Ola Dahl\n\n"
                     "Sak 1 Tilskot\nOrientering frå Kari.\n\n"
                     "Referatsaker\n- Brev frå direktoratet\nTekne til orientering.\n\n"
                     "Eventuelt\nOla tok opp spørsmål om rovvilt.\n")
    assert [(i.number, i.title) for i in record.items] == [
        ("1", "Tilskot"), (None, "Referatsaker"), (None, "Eventuelt")]
    assert record.items[2].text == "Ola tok opp spørsmål om rovvilt."


def test_a_standing_word_alone_inside_the_last_sections_text_stays_its_text():
    record = _parsed("Referat frå faggruppa 10. september 2024\n\nMøtte: Kari Holm, Ola Dahl\n\n"
                     "Sak 1 Tilskot\nOrientering frå Kari.\n\n"
                     "Eventuelt\nOla tok opp to saker:\nYmse\n")
    assert [(i.number, i.title) for i in record.items] == [("1", "Tilskot"), (None, "Eventuelt")]


def test_an_attachment_named_on_the_label_line_stays_the_items_text():
    item = _last_item("Vedlegg: Høringsbrev fra fylket")
    assert item.text == "Kari Dahl orienterte om fylkesveiene.\nVedlegg: Høringsbrev fra fylket"


def _table_minutes(rows: str, head: str = "| Sak | Tema | Vedtak | Ansvar | Frist |",
                   tail: str = "") -> list:
    """The items of minutes written as one Markdown table under ``head``."""
    return parse_bytes(
        ("Protokoll fra kontrollutvalget i Nordby kommune\nMøtedato: 12.06.2024\n"
         "Til stede: Berit Sand, Ove Tangen\n\n"
         f"{head}\n|---|---|---|---|---|\n{rows}\n{tail}").encode(), "protokoll.txt").items


def test_a_table_row_without_a_number_goes_on_with_the_item_above():
    items = _table_minutes(
        "| 20/24 | Forvaltningsrevisjon | Utvalget tar rapporten til orientering. | | |\n"
        "| | | Rapporten oversendes kommunestyret. | Sekretariatet | 30.06.2024 |\n"
        "| | | Leder orienterer kommunestyret om saken. | Berit Sand | 1. september |\n"
        "| 21/24 | Eventuelt | Ingen saker. | | |")
    assert [(i.number, i.title) for i in items] == [
        ("20/24", "Forvaltningsrevisjon"), ("21/24", "Eventuelt")]
    assert items[0].text == ("Utvalget tar rapporten til orientering.\nRapporten oversendes "
                             "kommunestyret.\nLeder orienterer kommunestyret om saken.")
    assert [(a.text, a.responsible, a.due) for a in items[0].actions] == [
        ("Rapporten oversendes kommunestyret.", "Sekretariatet", "2024-06-30"),
        ("Leder orienterer kommunestyret om saken.", "Berit Sand", "2024-09-01")]


def test_an_agenda_table_s_owner_beside_an_approval_gives_no_task():
    # "Ansvar" names who leads the item; an outcome settled at the meeting leaves no task
    items = _table_minutes(
        "| 1 | Godkjenning av referat | Leder | Referatet ble godkjent. |\n"
        "| 2 | Budsjett | Kari Holm | Budsjettet tas til orientering. |\n"
        "| 3 | Leseplan | Per Dahl | Planen sendes rektorene. |",
        head="| Sak | Tema | Ansvar | Referat |")
    assert [(i.decisions, [(a.text, a.responsible) for a in i.actions]) for i in items] == [
        (["Referatet ble godkjent."], []), (["Budsjettet tas til orientering."], []),
        ([], [("Planen sendes rektorene.", "Per Dahl")])]


def test_a_title_wrapped_in_a_table_row_is_joined():
    items = _table_minutes("| 1 | Godkjenning av | Godkjent. | | |\n| | innkalling | | | |\n"
                           "| 2 | Budsjett | Vedtatt. | | |")
    assert [(i.title, i.text) for i in items] == [
        ("Godkjenning av innkalling", "Godkjent."), ("Budsjett", "Vedtatt.")]


def test_a_table_row_with_a_title_and_no_number_is_an_unnumbered_item():
    items = _table_minutes("| 1 | Budsjett | Vedtatt. | | |\n| | Eventuelt | Ingen saker. | | |")
    assert [(i.number, i.title, i.text) for i in items] == [
        ("1", "Budsjett", "Vedtatt."), (None, "Eventuelt", "Ingen saker.")]


def test_a_table_of_topics_without_numbers_is_one_item_a_row():
    items = _table_minutes(
        "| Velkommen | Ingen merknader. | Innkallingen godkjent. |\n"
        "| Status prosjekt | Prosjektleder orienterte. | Tatt til orientering. |",
        head="| Tema | Drøfting | Beslutning |",
        tail="\nVedlegg:\n1. Presentasjon\n2. Budsjett\n")
    assert [(i.number, i.title, i.decisions) for i in items] == [
        (None, "Velkommen", ["Innkallingen godkjent."]),
        (None, "Status prosjekt", ["Tatt til orientering."])]
    assert items[-1].text == "Prosjektleder orienterte.\nTatt til orientering."


def test_a_topic_table_with_only_who_and_when_is_no_item_table():
    items = _table_minutes("| Budsjett | Kari Holm | 1. mai |\n| Plan | Per Dahl | 1. juni |",
                           head="| Tema | Ansvar | Frist |")
    assert items == [] or all(i.title not in ("Budsjett", "Plan") for i in items)


def test_a_paragraph_of_a_cell_on_a_line_of_its_own_keeps_the_table_going():
    """A PDF (or a copy with spaced columns) sets a cell's second paragraph on a line of
    its own between the rows: the rows under it are still the table's items, with text."""
    items = parse_bytes(
        ("Referat fra regionrådet\nDato: 15.02.2024\n\n"
         "Sak\tTema\tKonklusjon\tAnsvar\tFrist\n"
         "1/24\tNæringsplan\tRådet sluttet seg til forslaget.\tDaglig leder\t01.04.202 4\n"
         "Planen sendes på høring.\n"
         "2/24\tReferatsaker\ta) Brev fra fylket b) Årsmelding 2023\n"
         "Referatsakene ble tatt til orientering.\n"
         "3/24\tEventuelt\tIngen saker.\n").encode(), "referat.txt").items
    assert [(i.number, i.title, i.text) for i in items] == [
        ("1/24", "Næringsplan", "Rådet sluttet seg til forslaget.\nPlanen sendes på høring."),
        ("2/24", "Referatsaker", "a) Brev fra fylket b) Årsmelding 2023\n"
                                 "Referatsakene ble tatt til orientering."),
        ("3/24", "Eventuelt", "Ingen saker.")]
    # the date a narrow column wrapped ("01.04.202" / "4") is read whole
    assert [(a.text, a.responsible, a.due) for a in items[0].actions] == [
        ("Planen sendes på høring.", "Daglig leder", "2024-04-01")]


def _docx_table_minutes(rows: list[list[str]]) -> bytes:
    """A DOCX of minutes written as one table; a cell's lines are its paragraphs."""
    import docx
    document = docx.Document()
    for text in ["Protokoll fra styremøte i Nordby Vel", "Dato: 3. mars 2024",
                 "Til stede: Kari Holm, Per Dahl"]:
        document.add_paragraph(text)
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for row, values in zip(table.rows, rows, strict=True):
        for cell, value in zip(row.cells, values, strict=True):
            fill_cell(cell, value.split("\n"))
    return docx_bytes(document)


def test_the_paragraphs_of_a_docx_text_cell_stay_lines_of_their_own():
    data = _docx_table_minutes([
        ["Nr.", "Sak", "Referat", "Ansvar"],
        ["1", "Referatsaker", "a) Brev fra kommunen\nb) Årsmelding\nTatt til orientering.", ""],
        ["2", "Regnskap", "1. Regnskapet godkjennes.\n2. Overskuddet overføres.", "Per Dahl"],
        ["3", "Eventuelt", "Ingen saker.", ""]])
    items = parse_bytes(data, "protokoll.docx").items
    assert [(i.number, i.title) for i in items] == [
        ("1", "Referatsaker"), ("2", "Regnskap"), ("3", "Eventuelt")]
    assert items[0].text == "a) Brev fra kommunen\nb) Årsmelding\nTatt til orientering."
    assert items[0].decisions == ["Tatt til orientering."]
    assert items[1].text == "1. Regnskapet godkjennes.\n2. Overskuddet overføres."


def test_a_sak_column_with_no_other_title_column_names_the_items():
    items = _table_minutes(
        "| Status for prosjektet | Tatt til orientering. | | |\n"
        "| Skilting | Skiltplan sendes til kommunene. | Siri Vik | 15.09.2024 |",
        head="| Sak | Konklusjon | Ansvar | Frist |")
    assert [(i.number, i.title) for i in items] == [
        (None, "Status for prosjektet"), (None, "Skilting")]
    assert [(a.text, a.responsible, a.due) for a in items[1].actions] == [
        ("Skiltplan sendes til kommunene.", "Siri Vik", "2024-09-15")]


@pytest.mark.parametrize("closing", [
    "Neste møte: 19.09.2024 kl. 10.00 på Teams.",
    "Referatet godkjennes ved signering.",
])
def test_a_closing_line_right_under_the_last_table_row_is_none_of_its_text(closing):
    items = _table_minutes("| 1 | Budsjett | Vedtatt. | | |\n| 2 | Eventuelt | Ingen saker. | | |",
                           tail=f"\n{closing}\n")
    assert items[-1].text == "Ingen saker."


_FOLLOW_UP_MINUTES = (
    "Referat fra møte i Regionrådet\n\nDato: 10. februar 2025\n\n"
    "Sak 1/25 Godkjenning av innkalling\nGodkjent.\n\n"
    "Sak 2/25 Samferdsel\nSaken ble drøftet.\n\n"
    "{heading}\n- Sak 2/25: Sekretariatet lager høringsuttalelse innen 1. mars.\n"
    "- Sak 14/24: Kari Holm sender brev til fylket.\n")


@pytest.mark.parametrize("heading", ["Oppfølgingsliste", "Aksjonsliste:", "Aksjoner",
                                     "Aksjonspunkter:", "Aksjonar", "Til oppfølging",
                                     "Oppfølging:", "Tiltak", "Oppgaver"])
def test_a_follow_up_list_after_the_items_cites_cases_and_opens_no_item(heading):
    record = parse_bytes(_FOLLOW_UP_MINUTES.format(heading=heading).encode(), "referat.txt")
    assert [(i.number, i.title) for i in record.items] == [
        ("1/25", "Godkjenning av innkalling"), ("2/25", "Samferdsel")]
    assert [(a.responsible, a.due) for a in record.items[-1].actions] == [
        ("Sekretariatet", "2025-03-01"), ("Kari Holm", None)]


def test_a_standing_follow_up_list_between_cases_leaves_the_next_case_an_item():
    record = parse_bytes(("Referat fra styremøte\n\nDato: 10. februar 2025\n\n"
                          "Sak 1/25 Referat\nGodkjent.\n\nOppfølgingsliste\n"
                          "Ingen nye punkter.\n\nSak 2/25 Budsjett\nVedtatt.\n").encode(),
                         "referat.txt")
    assert [i.number for i in record.items][-1] == "2/25"


def test_a_case_systems_saksnr_under_an_item_heading_is_no_item():
    # a case system's page prints the archive's case number ("Saksnr: 24/1234", a
    # two-digit year and a running number no item's number/year has) under "PS 12/24"
    text = ("Møteprotokoll\n\nUtvalg: Formannskapet\nDato: 14.03.2024\n\n"
            "PS 12/24 Budsjett 2025\nSaksnr: 24/1234\n\nVedtak:\nBudsjettet ble vedtatt.\n\n"
            "PS 13/24 Eventuelt\nSaksnr.: 24/987\n\nIngen saker.\n")
    record = parse_bytes(text.encode(), "protokoll.txt")
    assert [(i.number, i.title) for i in record.items] == [
        ("12/24", "Budsjett 2025"), ("13/24", "Eventuelt")]
    assert record.items[0].decisions == ["Budsjettet ble vedtatt."]


def test_a_copy_cut_off_inside_a_case_lists_the_rest_from_a_numbered_agenda():
    # the agenda as "1." … "4.", the sections as "Sak 1", "Sak 2"; the copy stops in the
    # middle of a sentence of case 2: cases 3 and 4 follow from the agenda, in its order
    record = _parsed("Referat fra møte i Vestdal regionråd\n\nDato: 18. april 2024\n\n"
                     "Saksliste:\n1. Godkjenning av innkalling\n2. Samferdselsplanen\n"
                     "3. Budsjett 2025\n4. Eventuelt\n\n"
                     "Sak 1 Godkjenning av innkalling\nInnkallingen ble godkjent.\n\n"
                     "Sak 2 Samferdselsplanen\nPer Dahl orienterte. Regionrådet ba om at\n")
    assert [(i.number, i.title, i.text) for i in record.items] == [
        ("1", "Godkjenning av innkalling", "Innkallingen ble godkjent."),
        ("2", "Samferdselsplanen", "Per Dahl orienterte. Regionrådet ba om at"),
        ("3", "Budsjett 2025", ""), ("4", "Eventuelt", "")]


def test_a_numbered_list_inside_a_case_is_no_agenda():
    # "1." and "2." under a case are points of its text, not the items
    record = _parsed("Referat fra styremøte\n\nDato: 18. april 2024\n\n"
                     "Sak 1 Strategi\nStyret drøftet:\n1. Mål\n2. Tiltak\n\n"
                     "Sak 2 Eventuelt\nIngen saker.\n")
    assert [(i.number, i.title) for i in record.items] == [("1", "Strategi"),
                                                          ("2", "Eventuelt")]


def test_case_numbers_an_export_stripped_to_the_year_are_told_apart_by_title():
    # "Sak /12": the case's own digits lost, every case of the year reads alike; the
    # agenda's entries are still the sections' titles, and no section is the agenda's
    record = _parsed("Referat fra møte i Kulturutvalget\n\nMøtedato: 21.11.2012\n\n"
                     "Saksliste:\nSak /12 Godkjenning av innkalling\nSak /12 Kulturprisen\n"
                     "Sak /12 Eventuelt\n\n"
                     "Sak /12 Godkjenning av innkalling\nGodkjent.\n\n"
                     "Sak /12 Kulturprisen\nKulturprisen tildeles skolekorpset.\n\n"
                     "Sak /12 Eventuelt\nIngen saker.\n")
    assert [(i.number, i.title, i.text) for i in record.items] == [
        ("/12", "Godkjenning av innkalling", "Godkjent."),
        ("/12", "Kulturprisen", "Kulturprisen tildeles skolekorpset."),
        ("/12", "Eventuelt", "Ingen saker.")]


def test_the_first_of_several_cases_stripped_to_the_year_is_no_agenda():
    record = _parsed("Referat fra møte i Kulturutvalget\n\nMøtedato: 21.11.2012\n\n"
                     "Sak /12 Godkjenning av innkalling\nGodkjent.\n\n"
                     "Sak /12 Referat fra forrige møte\nGodkjent.\n\n"
                     "Sak /12 Eventuelt\nIngen saker.\n")
    assert [i.title for i in record.items] == [
        "Godkjenning av innkalling", "Referat fra forrige møte", "Eventuelt"]


_UNNUMBERED_FORMALITIES = (
    "Referat fra møte i arbeidsutvalget\n\nDato: 8. februar 2024\n"
    "Til stede: Anne Lie, Bjørn Moe\n\n{agenda}"
    "Godkjenning av innkalling og saksliste\nGodkjent.\n\n"
    "Godkjenning av referat fra forrige møte\nReferatet ble godkjent.\n\n"
    "Sak 3/24 Kommuneplanen\nUtvalget drøftet høringsutkastet.\n\n"
    "Sak 4/24 Vannforsyning\nBjørn Moe orienterte.\n\n"
    "Orienteringer\n- Rådmannen orienterte om nytt kontorbygg.\n\n"
    "Eventuelt\nIngen saker.\n")


@pytest.mark.parametrize("agenda", [
    "",
    "Saksliste:\nGodkjenning av innkalling og saksliste\nGodkjenning av referat fra forrige "
    "møte\nSak 3/24 Kommuneplanen\nSak 4/24 Vannforsyning\n\n",
])
def test_unnumbered_approvals_before_the_cases_and_briefings_after_them_are_items(agenda):
    record = _parsed(_UNNUMBERED_FORMALITIES.format(agenda=agenda))
    assert [(i.number, i.title, i.text) for i in record.items] == [
        (None, "Godkjenning av innkalling og saksliste", "Godkjent."),
        (None, "Godkjenning av referat fra forrige møte", "Referatet ble godkjent."),
        ("3/24", "Kommuneplanen", "Utvalget drøftet høringsutkastet."),
        ("4/24", "Vannforsyning", "Bjørn Moe orienterte."),
        (None, "Orienteringer", "Rådmannen orienterte om nytt kontorbygg."),
        (None, "Eventuelt", "Ingen saker.")]


def test_approvals_under_a_standing_heading_are_its_text():
    record = _parsed("Referat fra møte i Brukerrådet\n\nDato: 8. februar 2024\n\n"
                     "Faste punkter\n\nGodkjenning av innkalling\nGodkjent.\n\n"
                     "Godkjenning av referat\nGodkjent.\n\n"
                     "Sak 5 Ny hjemmeside\nRådet ønsker enklere språk.\n\n"
                     "Sak 6 Brukerundersøkelsen\nResultatene ble presentert.\n")
    assert [(i.number, i.title) for i in record.items] == [
        (None, "Faste punkter"), ("5", "Ny hjemmeside"), ("6", "Brukerundersøkelsen")]
    assert record.items[0].text.startswith("Godkjenning av innkalling\nGodkjent.")


@pytest.mark.parametrize("word", ["Sak ", ""])
def test_an_item_taken_after_a_later_one_keeps_its_place_and_number(word):
    dot = "" if word else "."
    record = _parsed(f"Referat fra styremøte\n\nDato: 12. juni 2024\n\n"
                     f"{word}3{dot} Godkjenning av innkalling\nGodkjent.\n\n"
                     f"{word}5{dot} Budsjett\nVedtatt.\n\n"
                     f"{word}4{dot} Status byggeprosjekt\nTatt til orientering.\n\n"
                     f"{word}6{dot} Eventuelt\nIngen saker.\n")
    assert [(i.number, i.title, i.text) for i in record.items] == [
        ("3", "Godkjenning av innkalling", "Godkjent."), ("5", "Budsjett", "Vedtatt."),
        ("4", "Status byggeprosjekt", "Tatt til orientering."),
        ("6", "Eventuelt", "Ingen saker.")]


def test_a_list_inside_an_item_with_text_between_its_entries_fills_no_gap():
    # items 1, 2 and 5 (3 and 4 sent to a later meeting); the list under item 5 goes on
    # 1, 2, 3, 4 with a sentence under each entry
    record = _parsed("Referat fra styremøte\n\nDato: 12. juni 2024\n\n"
                     "1. Godkjenning av innkalling\nGodkjent.\n\n"
                     "2. Referat\nGodkjent.\n\n"
                     "5. Handlingsplan\nStyret gikk gjennom planen.\n\n"
                     "1. Rekruttering\nStyret vil verve flere.\n\n"
                     "2. Økonomi\nBudsjettet holder.\n\n"
                     "3. Arrangementer\nTo arrangementer i høst.\n\n"
                     "4. Kommunikasjon\nNy nettside.\n")
    assert [i.number for i in record.items] == ["1", "2", "5"]


def test_a_numbered_agenda_over_sak_sections_gives_the_items_a_cut_text_never_reaches():
    record = _parsed("Referat fra møte i Eldrerådet\n\nDato: 10. januar 2024\n\n"
                     "Saksliste:\n1. Godkjenning av innkalling\n2. Budsjett 2024\n"
                     "3. Eventuelt\n\n"
                     "Sak 1 Godkjenning av innkalling\nGodkjent.\n\n"
                     "Sak 2 Budsjett 2024\nRådet drøftet budsje")
    assert [(i.number, i.title, i.text) for i in record.items] == [
        ("1", "Godkjenning av innkalling", "Godkjent."),
        ("2", "Budsjett 2024", "Rådet drøftet budsje"), ("3", "Eventuelt", "")]
    assert any("stops early" in w for w in record.warnings)


def test_letters_counted_anew_under_referatsaker_after_the_cases_are_items():
    # "RS 01/24" after "Sak 01/24" and "Sak 02/24": a series of its own, neither the
    # sections of an agenda "Sak 01/24", "Sak 02/24" above nor cases cited after a colon
    record = _parsed("Protokoll fra møte i Kontrollutvalget\n\nMøtedato: 5. mars 2024\n\n"
                     "VEDTAKSSAKER:\n\n"
                     "Sak 01/24 Godkjenning av innkalling og saksliste\nVedtak: Godkjent.\n\n"
                     "Sak 02/24 Årsmelding 2023\nVedtak: Årsmeldingen godkjennes.\n\n"
                     "REFERATSAKER:\nRS 01/24 Brev fra revisjonen\n"
                     "RS 02/24 Protokoll fra kommunestyret\n"
                     "Vedtak: Referatsakene tas til orientering.\n")
    assert [(i.number, i.title, i.text) for i in record.items] == [
        ("01/24", "Godkjenning av innkalling og saksliste", "Vedtak: Godkjent."),
        ("02/24", "Årsmelding 2023", "Vedtak: Årsmeldingen godkjennes."),
        ("01/24", "Brev fra revisjonen", ""),
        ("02/24", "Protokoll fra kommunestyret",
         "Vedtak: Referatsakene tas til orientering.")]


def test_an_unnumbered_agenda_list_gives_the_items_a_cut_text_never_reaches():
    record = _parsed("Referat fra møte i Eldrerådet\n\nDato: 10. januar 2024\n\n"
                     "Saksliste:\n- Godkjenning av innkalling\n- Budsjett 2024\n- Eventuelt\n\n"
                     "Sak 1/24 Godkjenning av innkalling\nGodkjent.\n\n"
                     "Sak 2/24 Budsjett 2024\nRådet drøftet budsjettet.\n")
    assert [(i.number, i.title, i.text) for i in record.items] == [
        ("1/24", "Godkjenning av innkalling", "Godkjent."),
        ("2/24", "Budsjett 2024", "Rådet drøftet budsjettet."), (None, "Eventuelt", "")]


def test_an_unnumbered_agenda_whose_titles_the_sections_do_not_take_adds_nothing():
    record = _parsed("Referat fra møte i Eldrerådet\n\nDato: 10. januar 2024\n\n"
                     "Saksliste:\n- Innkalling\n- Budsjett\n- Eventuelt\n\n"
                     "Sak 1/24 Godkjenning av innkalling\nGodkjent.\n\n"
                     "Sak 2/24 Budsjett 2024\nRådet drøftet budsjettet.\n")
    assert [i.number for i in record.items] == ["1/24", "2/24"]


def test_a_short_summary_under_a_bare_saker_heading_is_read_as_one_item():
    # "Saker" heads what was said, not a list of the head's values: its prose is the item
    text = ("Kort referat – Regionrådet 7. februar 2024\n\n"
            "Møtet ble holdt i Rådhuset i Tynset.\n\nSaker\n"
            "Regionrådet drøftet samferdselsplanen.\n"
            "Det ble vedtatt å støtte søknaden fra næringshagen med 50 000 kroner.\n"
            "Daglig leder sender uttalelsen innen 20. februar.\n")
    record = parse_bytes(text.encode(), "kort.txt")
    assert [(i.title, i.decisions) for i in record.items] == [
        (None, ["Det ble vedtatt å støtte søknaden fra næringshagen med 50 000 kroner."])]
    assert [(a.responsible, a.due) for a in record.items[0].actions] == [
        ("Daglig leder", "2024-02-20")]


def test_a_title_heading_under_letterhead_labels_is_no_item():
    # A letter template: the sender's labels first, then the minutes' own heading and
    # the meeting's labels below it; the sections under it carry no numbers.
    text = ("Åsen regionråd\nSaksbehandler: Kari Holm\nDato: 19.03.2024\n\n"
            "# Referat fra styremøte\n\nMøtedato: 12. mars 2024\nMøtested: Rådhuset\n\n"
            "Til stede: Kari Nordmann, Per Ødegård\n\n"
            "## Økonomirapport\n\nDaglig leder la fram regnskapet per februar.\n\n"
            "## Eventuelt\n\nIngen saker ble tatt opp.\n")
    record = parse_bytes(text.encode(), "referat.md")
    assert [item.title for item in record.items] == ["Økonomirapport", "Eventuelt"]
    assert record.title == "Referat fra styremøte"
    assert (record.document_date, record.meeting.date) == ("2024-03-19", "2024-03-12")
    assert [p.name for p in record.participants] == ["Kari Nordmann", "Per Ødegård"]


def test_an_archive_reference_with_text_after_it_is_no_item():
    # "Arkivsak 24/1234." opens the item's text: the archive's case, not a case of the meeting
    text = ("Referat fra styremøte 14.03.2024\n\nTil stede: Kari Holm, Ole Dahl\n\n"
            "Sak 2024/15 Godkjenning av protokoll\n\nProtokollen ble godkjent.\n\n"
            "Sak 2024/16 Budsjettrevisjon\n\nArkivsak 24/1234. Budsjettet ble vedtatt.\n\n"
            "Sak 2024/17 Eventuelt\n\nIngen saker.\n")
    record = parse_bytes(text.encode(), "styremote.txt")
    assert [(i.number, i.title) for i in record.items] == [
        ("2024/15", "Godkjenning av protokoll"), ("2024/16", "Budsjettrevisjon"),
        ("2024/17", "Eventuelt")]
    assert record.items[1].decisions == ["Budsjettet ble vedtatt."]


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_title_that_stops_on_a_link_word_goes_on_over_the_next_line(gap):
    text = ("Referat fra styremøte 14.03.2024\n\nTil stede: Kari Holm, Ole Dahl\n\n"
            f"Sak 5/24 Regional plan for{gap}kompetanse og næring – høring\n"
            "Styret drøftet planen.\n\nSak 6/24 Orientering om\n\nstatus i prosjektet ble gitt.\n")
    record = parse_bytes(text.encode(), "styremote.txt")
    assert [(i.number, i.title) for i in record.items] == [
        ("5/24", "Regional plan for kompetanse og næring – høring"),
        ("6/24", "Orientering om")]  # (a sentence under it is its text)
    assert record.items[0].text == "Styret drøftet planen."


def test_agenda_points_lettered_with_a_full_stop_are_the_items():
    text = ("Referat fra møte i Fjellregionen 14.03.2024\n\nTil stede: Kari Holm, Ole Dahl\n\n"
            "A. Godkjenning av innkalling\n\nGodkjent.\n\nB. Budsjett 2025\n\n"
            "Budsjettet ble vedtatt.\n\nC. Eventuelt\n\nIngen saker.\n")
    record = parse_bytes(text.encode(), "referat.txt")
    assert [(i.number, i.title, i.text) for i in record.items] == [
        ("A", "Godkjenning av innkalling", "Godkjent."),
        ("B", "Budsjett 2025", "Budsjettet ble vedtatt."), ("C", "Eventuelt", "Ingen saker.")]


def test_a_number_on_its_own_line_over_a_wrapped_title():
    text = ("Referat fra styremøte 14.03.2024\n\nTil stede: Kari Holm, Ole Dahl\n\n"
            "Sak 7/24\n\nRegional plan for\n\nkompetanse\n\nStyret drøftet planen.\n\n"
            "Sak 8/24\n\nEventuelt\n\nIngen saker.\n")
    record = parse_bytes(text.encode(), "styremote.txt")
    assert [(i.number, i.title, i.text) for i in record.items] == [
        ("7/24", "Regional plan for kompetanse", "Styret drøftet planen."),
        ("8/24", "Eventuelt", "Ingen saker.")]


_TYPED_ROWS = [("Saksnr.", "Tittel", "Vedtak"),
               ("RS 3/24", "Referat frå AU", "Teke til orientering."),
               ("PS 3/24", "Budsjett 2025", "Regionrådet drøfta saka og bad om ny sak."),
               ("O-sak 4/24", "Strategi", "Rådet drøfta saka."),
               ("PS 5/24", "Møteplan hausten", "Møteplanen vart godkjend.")]


@pytest.mark.parametrize("fmt", ["txt", "docx"])
def test_an_item_table_whose_numbers_carry_the_kind_of_case(fmt):
    # "RS 3/24" and "PS 3/24" are two cases (numbered without their letters), not one row
    # merged over two; the kind's letters never end up in the title
    head = "Protokoll frå møte i Hallingdal regionråd 14.03.2024\n\nTil stades: Kari Holm\n\n"
    if fmt == "txt":
        data = (head + "\n".join("\t".join(row) for row in _TYPED_ROWS) + "\n").encode()
    else:
        from fixtures.builders import to_docx
        data = to_docx([("para", part) for part in head.split("\n\n") if part] +
                       [("table", _TYPED_ROWS)])
    record = parse_bytes(data, f"protokoll.{fmt}")
    assert [(i.number, i.title, i.text) for i in record.items] == [
        ("3/24", "Referat frå AU", "Teke til orientering."),
        ("3/24", "Budsjett 2025", "Regionrådet drøfta saka og bad om ny sak."),
        ("4/24", "Strategi", "Rådet drøfta saka."),
        ("5/24", "Møteplan hausten", "Møteplanen vart godkjend.")]


def test_a_title_that_stops_on_a_preposition_goes_on_with_a_name():
    # a name may follow the preposition on the next line; a sentence or a label may not
    text = ("Referat fra styremøte 14.03.2024\n\nTil stede: Kari Holm, Ole Dahl\n\n"
            "Sak 5/24 Orientering fra\nInnlandet fylkeskommune\nRådgiver Eva Lie la fram status."
            "\n\nSak 6/24 Valg av\nLeder: Kari Holm\n\n"
            "Sak 7/24 Innspill til\nKari Holm orienterte om innspillene.\n")
    record = parse_bytes(text.encode(), "styremote.txt")
    assert [(i.number, i.title) for i in record.items] == [
        ("5/24", "Orientering fra Innlandet fylkeskommune"), ("6/24", "Valg av"),
        ("7/24", "Innspill til")]
    assert record.items[0].text == "Rådgiver Eva Lie la fram status."


def test_a_two_column_table_of_typed_cases_with_title_and_text_in_one_cell():
    # "O-sak 1/24" | "Status bredbånd" / "Tatt til orientering.": the cell's first
    # paragraph is the title, the rest the text, as under a number cell "Sak 1/24"
    import docx
    document = docx.Document()
    document.add_paragraph("Referat fra møte i Glåmdal regionråd 14.03.2024")
    document.add_paragraph("Til stede: Kari Holm, Ole Dahl")
    rows = [("O-sak 1/24", ["Status bredbånd", "Tatt til orientering."]),
            ("V-sak 2/24", ["Regional plan", "Rådet drøftet planen.",
                            "Vedtak: Rådet slutter seg til planen."]),
            ("D-sak 3/24", ["Strategi", "Rådet drøftet saken."])]
    table = document.add_table(rows=len(rows), cols=2)
    for r, (number, cell) in enumerate(rows):
        table.cell(r, 0).text = number
        fill_cell(table.cell(r, 1), cell)
    record = parse_bytes(docx_bytes(document), "referat.docx")
    assert [(i.number, i.title, i.decisions) for i in record.items] == [
        ("1/24", "Status bredbånd", ["Tatt til orientering."]),
        ("2/24", "Regional plan", ["Rådet slutter seg til planen."]),
        ("3/24", "Strategi", [])]
    assert record.items[2].text == "Rådet drøftet saken."


def test_a_title_in_capitals_goes_on_in_capitals_after_a_link_word():
    text = ("REFERAT FRA MØTE I REGIONRÅDET 14.03.2024\n\nTil stede: Kari Holm, Ole Dahl\n\n"
            "SAK 13/24 GODKJENNING AV INNKALLING OG\nSAKSLISTE\nGodkjent.\n\n"
            "SAK 14/24 EVENTUELT\nINGEN SAKER\n")
    record = parse_bytes(text.encode(), "referat.txt")
    assert [(i.number, i.title, i.text) for i in record.items] == [
        ("13/24", "GODKJENNING AV INNKALLING OG SAKSLISTE", "Godkjent."),
        ("14/24", "EVENTUELT", "INGEN SAKER")]


def test_a_padded_register_of_cases_inside_an_item_opens_no_items():
    # "PS 31/24 Restanseliste" lists the open tasks of earlier cases in columns: the rows
    # begin with case numbers but are the item's tasks (a done one is none)
    record = _parsed("Protokoll fra møte i kontrollutvalget\n\nMøtedato: 20.11.2024\n\n"
                     "PS 30/24 Godkjenning av protokoll\nProtokollen ble godkjent.\n\n"
                     "PS 31/24 Restanseliste\nRestanseliste per 20.11.2024:\n"
                     "Sak      Oppfølging                       Ansvar          Status\n"
                     "22/24    Rapport om byggeprosjektet       Sekretariatet   Utført\n"
                     "25/24    Innhente svar fra rådmannen      Sekretariatet   Pågår\n"
                     "Vedtak: Restanselisten tas til orientering.\n\n"
                     "PS 32/24 Eventuelt\nIngen saker.\n")
    assert [i.number for i in record.items] == ["30/24", "31/24", "32/24"]
    assert [(a.text, a.responsible) for a in record.items[1].actions] == [
        ("Innhente svar fra rådmannen", "Sekretariatet")]
    assert record.items[1].decisions == ["Restanselisten tas til orientering."]


_REGISTER_MINUTES = (
    "Referat fra møte i Vestkyst regionråd\n\nDato: 7. mars 2024\n\n"
    "Sak 10/24 Næringsplan\nVedtak: Regionrådet slutter seg til utkastet.\n\n"
    "Sak 11/24 Samferdsel\nRegionrådet tok saken til orientering.\n\n"
    "Sak 12/24 Eventuelt\nIngen saker.\n\n{register}")


def test_a_register_row_citing_a_case_of_the_meeting_goes_to_that_item():
    record = _parsed(_REGISTER_MINUTES.format(register=(
        "Oppfølgingsliste\nNr | Sak | Hva | Hvem | Frist\n"
        "1 | Sak 10/24 | Sende utkastet på høring | Sekretariatet | 1.4.\n"
        "2 | 11/24 | Lage oversikt over fylkesveiene | Per Dahl | 15.4.\n"
        "3 | 05/24 | Invitere fylkesordføreren | Kari Holm | 1.5.\n")))
    assert [[a.text for a in i.actions] for i in record.items] == [
        ["Sende utkastet på høring"], ["Lage oversikt over fylkesveiene"],
        ["Invitere fylkesordføreren"]]  # (case 05/24 of an earlier meeting stays)


def test_a_register_row_naming_an_items_title_goes_to_that_item():
    record = _parsed(_REGISTER_MINUTES.format(register=(
        "Tiltaksliste\nSak | Tiltak | Ansvarlig\n"
        "Samferdsel | Lage oversikt over fylkesveiene | Per Dahl\n")))
    assert [len(i.actions) for i in record.items] == [0, 1, 0]


@pytest.mark.parametrize("heading", ["Oppfølgingspunkt", "Aksjonsliste:"])
def test_a_register_entry_led_by_its_case_number_goes_to_that_item(heading):
    record = _parsed(_REGISTER_MINUTES.format(register=(
        f"{heading}\nSak 11/24: Per Dahl lagar oversikt over fylkesvegane innan 20. april.\n"
        "Sak 12/24: Ingen.\n")))
    assert [i.number for i in record.items] == ["10/24", "11/24", "12/24"]
    assert [(a.responsible, a.due) for a in record.items[1].actions] == [
        ("Per Dahl", "2024-04-20")]
    assert record.items[2].actions == []


def test_a_register_with_ids_and_a_status_column_after_the_items_opens_no_items():
    # "Nr | Hva | Hvem | Frist | Status" looks like an item table ("Hva" names, "Status"
    # could be text), but under the last item with "2024-07" ids it is the register
    record = _parsed("Referat styremøte Dalen IL\n\nDato: 15.01.2025\n\n"
                     "Sak 1/25 Økonomi\nStyret tok orienteringen til etterretning.\n\n"
                     "Sak 2/25 Dugnad\nStyret ble enige om vårdugnad.\n\nOppfølgingsliste\n"
                     "Nr\tHva\tHvem\tFrist\tStatus\n"
                     "2024-07\tSøke kommunen om tilskudd\tOla Bakke\t15.02.2025\tPågår\n"
                     "2024-09\tBestille nye drakter\tKari Moen\t01.12.2024\tUtført\n")
    assert [i.number for i in record.items] == ["1/25", "2/25"]
    assert [(a.text, a.responsible, a.due) for a in record.items[1].actions] == [
        ("Søke kommunen om tilskudd", "Ola Bakke", "2025-02-15")]


def test_a_register_after_the_last_item_is_none_of_its_text():
    record = _parsed(_REGISTER_MINUTES.format(register=(
        "Aksjonsliste\nHva | Hvem | Frist\nSende brev til fylket | Kari Holm | 1.4.\n")))
    assert record.items[-1].text == "Ingen saker."
    assert [a.text for a in record.items[-1].actions] == ["Sende brev til fylket"]


@pytest.mark.parametrize("heading", ["Saker til oppfølging", "Oppfølgingssaker:",
                                     "Saker til oppfylging"])
def test_a_bulleted_list_of_cases_to_follow_up_after_the_last_item_is_none_of_its_text(heading):
    # the minutes' own register of tasks under a heading of its own, as bullets
    record = _parsed(_REGISTER_MINUTES.format(register=(
        f"{heading}\n- Sekretariatet sender uttalelsen til fylket.\n"
        "- Leder kaller inn til nytt møte.\n")))
    assert record.items[-1].text == "Ingen saker."
    assert [a.responsible for a in record.items[-1].actions] == ["Sekretariatet", "Leder"]


def test_an_items_own_follow_up_points_stay_its_text():
    record = _parsed(_REGISTER_MINUTES.format(register="") +
                     "\nOppfølgingspunkter:\n- Kari Holm sender brev til fylket.\n")
    assert record.items[-1].text.endswith("Kari Holm sender brev til fylket.")


@pytest.mark.parametrize(("heading", "row_cells"), [
    ("Lukket", ("X", "Unntatt etter offl. § 23")),
    ("Dokumenter", ("Saksframlegg", "Saksframlegg Vedlegg 1")),
])
def test_a_saksliste_table_s_closed_mark_and_paper_links_are_no_item_text(heading, row_cells):
    # a summons' saksliste gives each case's number and title; the column that marks a
    # case closed to the public, or links its papers, says nothing of the case itself
    first, second = row_cells
    text = ("Møteinnkalling\n\nUtvalg: Formannskapet\nDato: 04.06.2024\n\nSaksliste\n\n"
            f"Saksnr.\tInnhold\t{heading}\tArkivsaksnr\n"
            f"PS 40/24\tGodkjenning av protokoll\t\t24/101\n"
            f"PS 41/24\tAnsettelse av kommunedirektør\t{first}\t24/300\n"
            f"PS 42/24\tSalg av tomt\t{second}\t24/301\n")
    record = parse_bytes(text.encode(), "innkalling.txt")
    assert [(i.number, i.title, i.text) for i in record.items] == [
        ("40/24", "Godkjenning av protokoll", ""), ("41/24", "Ansettelse av kommunedirektør", ""),
        ("42/24", "Salg av tomt", "")]


@pytest.mark.parametrize(("heading", "title"), [
    ("Sak 5/24\nHøring om ny\nkommuneplan", "Høring om ny kommuneplan"),  # under the number
    ("PS 5/24\nTilskudd til lag\nog foreninger 2024", "Tilskudd til lag og foreninger 2024"),
    ("Sak 5/24 Høring om ny\nkommuneplan", "Høring om ny kommuneplan"),  # beside it
    ("Sak 5/24 Tilskudd til lag\nog foreninger 2024", "Tilskudd til lag og foreninger 2024"),
])
def test_a_title_wrapped_onto_a_short_lower_case_line(heading, title):
    # a PDF or a narrow column broke the title on any word; the lower-case line under it is
    # no sentence and the text starts anew after it
    text = ("Protokoll fra møte i Regionrådet 14.03.2024\n\nTil stede: Kari Holm\n\n"
            f"{heading}\nRådet sluttet seg til forslaget.\n\nSak 6/24 Eventuelt\nIngen saker.\n")
    record = parse_bytes(text.encode(), "protokoll.txt")
    assert [(i.number, i.title, i.text) for i in record.items] == [
        ("5/24", title, "Rådet sluttet seg til forslaget."), ("6/24", "Eventuelt", "Ingen saker.")]


def test_a_lower_case_line_of_running_text_under_a_title_stays_text():
    # "kort orientert om status." is a sentence going on from the line, no part of the title
    text = ("Protokoll fra møte i Regionrådet 14.03.2024\n\nTil stede: Kari Holm\n\n"
            "Sak 5/24 Status\nkort orientert om status.\n\nSak 6/24 Budsjett\n"
            "ble drøftet\nRådet ba om ny sak.\n")
    record = parse_bytes(text.encode(), "protokoll.txt")
    assert [(i.title, i.text) for i in record.items] == [
        ("Status", "kort orientert om status."), ("Budsjett", "ble drøftet\nRådet ba om ny sak.")]


def test_section_headings_that_carry_their_page_numbers_are_the_items():
    # a PDF copied as text: "PS 5/24" in the left column, the title beside it and the
    # page at the right margin; text under each heading, and no contents list repeats them
    text = ("Protokoll fra møte i Regionrådet 14.03.2024\n\nTil stede: Kari Holm, Ola Dahl\n\n"
            "PS 5/24     Godkjenning av innkalling                          2\n"
            "Innkallingen ble godkjent.\n\n"
            "PS 6/24     Regional plan for næring                           3\n"
            "Rådet sluttet seg til planen.\n\n"
            "PS 7/24     Eventuelt                                          4\nIngen saker.\n")
    record = parse_bytes(text.encode(), "protokoll.txt")
    assert [(i.number, i.title, i.text) for i in record.items] == [
        ("5/24", "Godkjenning av innkalling", "Innkallingen ble godkjent."),
        ("6/24", "Regional plan for næring", "Rådet sluttet seg til planen."),
        ("7/24", "Eventuelt", "Ingen saker.")]


@pytest.mark.parametrize("tail", [" (side 2)", ", side 2", " – side 2-4", " s. 2"])
def test_a_page_reference_after_the_title_is_no_part_of_it(tail):
    text = ("Protokoll fra møte i Regionrådet 14.03.2024\n\nTil stede: Kari Holm\n\n"
            f"Sak 5/24 Regional plan for næring{tail}\nRådet sluttet seg til planen.\n\n"
            "Sak 6/24 Eventuelt\nIngen saker.\n")
    record = parse_bytes(text.encode(), "protokoll.txt")
    assert [i.title for i in record.items] == ["Regional plan for næring", "Eventuelt"]


def test_an_agenda_entry_wrapped_onto_a_lower_case_line_keeps_the_list_one_list():
    # "regionrådet" finishes the entry above it, no text between the agenda's entries:
    # the list is the agenda, and the sections under lone numbers are the items
    text = ("Møteprotokoll\nRegionrådet for Vestdal\nMøtedato: 14.03.2024\n\n"
            "Til stede: Kari Holm, Ola Dahl\n\nSaksliste\nPS 5/24 Godkjenning av innkalling\n"
            "PS 6/24 Budsjett 2025 for\nregionrådet\nPS 7/24 Eventuelt\n\n"
            "PS 5/24\nGodkjenning av innkalling\n\nVedtak:\nInnkallingen godkjennes.\n\n"
            "- 2 -\n\nPS 6/24\nBudsjett 2025 for\nregionrådet\n\n"
            "Regionrådet tok saken til orientering.\n\nPS 7/24\nEventuelt\n\nIngen saker.\n")
    record = parse_bytes(text.encode(), "protokoll.txt")
    assert [(i.number, i.title, i.decisions) for i in record.items] == [
        ("5/24", "Godkjenning av innkalling", ["Innkallingen godkjennes."]),
        ("6/24", "Budsjett 2025 for regionrådet", ["Regionrådet tok saken til orientering."]),
        ("7/24", "Eventuelt", [])]


def test_bare_numbers_on_lines_of_their_own_over_short_sections_number_the_items():
    # "1", "2", "3" could be page numbers, but each stands over a title and far less text
    # than a page holds comes before the next one
    text = ("Referat fra møte i Kulturnettverket\n\nDato: 10. oktober 2024\n\n"
            "Til stede: Kari Holm, Ola Dahl\n\n1\nGodkjenning av innkalling\n"
            "Innkallingen ble godkjent.\n\n2\nKulturkalender\nNettverket ble enige om felles "
            "kalender.\n\n3\nEventuelt\nIngen saker.\n")
    record = parse_bytes(text.encode(), "referat.txt")
    assert [(i.number, i.title) for i in record.items] == [
        ("1", "Godkjenning av innkalling"), ("2", "Kulturkalender"), ("3", "Eventuelt")]


def test_bare_page_numbers_between_pages_of_text_stay_page_numbers():
    page = "Styret drøftet saken grundig og ba administrasjonen arbeide videre. " * 10
    text = ("Referat fra styremøte 10. oktober 2024\n\nTil stede: Kari Holm\n\n"
            f"Sak 1 Budsjett\n{page}\n\n2\n\nSak 2 Strategi\n{page}\n\n3\n\n"
            "Sak 3 Eventuelt\nIngen saker.\n")
    record = parse_bytes(text.encode(), "referat.txt")
    assert [(i.number, i.title) for i in record.items] == [
        ("1", "Budsjett"), ("2", "Strategi"), ("3", "Eventuelt")]
    assert "\n2" not in record.items[0].text


def test_slide_numbers_at_the_foot_of_each_slide_stay_page_numbers():
    # a slide deck copied as text: the number closes each slide, the last one the document
    text = ("Referat fra nettverksmøte 10. oktober 2024\n\nTil stede: Kari Holm\n\n"
            "Status i prosjektet\nFramdrift etter plan.\n\n1\n\nVidere arbeid\n"
            "Kari Holm lager utkast.\n\n2\n\nOppsummering\nGod dialog i møtet.\n\n3\n")
    record = parse_bytes(text.encode(), "referat.txt")
    assert not any(i.number in ("1", "2", "3") for i in record.items)


def _case_form(case: str, archive: str, title: str) -> str:
    """A case system's form over one case of a møtebok (ACOS WebSak's "Saksprotokoll"):
    filing fields as a two-column table, the case number and the title among them."""
    fields = [("Utvalg:", "Regionrådet"), ("Møtedato:", "14.05.2024"), ("Sak:", case),
              ("Resultat:", "Innstilling vedtatt"), ("Arkivsak:", archive), ("Tittel:", title)]
    rows = "".join(f"<tr><td>{label}</td><td>{value}</td></tr>" for label, value in fields)
    return f"<p><b>Saksprotokoll</b></p><table>{rows}</table>"


def test_a_case_form_gives_the_number_and_the_title_and_is_no_text():
    # "Sak: | 20/24" is a case number (no page "20 of 24"), the title is the "Tittel:"
    # field without the print's name, and the filing fields (also those of the next
    # case's form, above its number) are in no item's text
    page = ("<h1>Møtebok for Regionrådet</h1><p>Møtedato: 14.05.2024</p>"
            "<p>Til stede: Anne Lie (leder), Bjørn Holt</p>"
            + _case_form("20/24", "24/112", "SAKSPROTOKOLL - GODKJENNING AV PROTOKOLL")
            + "<p>Behandling:</p><p>Ingen merknader.</p><p>Vedtak:</p>"
            "<p>Protokollen godkjennes.</p>"
            + _case_form("21/24", "24/98", "BUDSJETT 2025")
            + "<p>Vedtak:</p><p>Budsjettet vedtas som fremlagt.</p>")
    record = parse_bytes(page.encode(), "mote.html")
    assert [(item.number, item.title, item.text) for item in record.items] == [
        ("20/24", "GODKJENNING AV PROTOKOLL",
         "Behandling:\nIngen merknader.\nVedtak:\nProtokollen godkjennes."),
        ("21/24", "BUDSJETT 2025", "Vedtak:\nBudsjettet vedtas som fremlagt."),
    ]


def test_a_vedtak_field_before_the_next_case_stays_in_its_item():
    # only filing fields head the next case's form: "Vedtak: …" ends the case before it
    text = ("Møtebok for Regionrådet\n\nMøtedato: 14.05.2024\n\n"
            "Sak: 20/24\nTittel: Protokoll\n\nVedtak: Protokollen godkjennes.\n"
            "Utvalg: Regionrådet\n"
            "Sak: 21/24\nTittel: Budsjett 2025\n\nVedtak: Budsjettet vedtas.\n")
    record = parse_bytes(text.encode(), "mote.txt")
    assert [(item.number, item.title, item.decisions) for item in record.items] == [
        ("20/24", "Protokoll", ["Protokollen godkjennes."]),
        ("21/24", "Budsjett 2025", ["Budsjettet vedtas."]),
    ]


def _pdf_lines(lines: list[str]) -> bytes:
    """A page of lines set one under the other with no space between paragraphs; a
    line starting "**" is set in bold (as Word prints its headings)."""
    import io

    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    from fixtures.builders import FONT, FONT_BOLD
    for name, path in (("DejaVu", FONT), ("DejaVu-Bold", FONT_BOLD)):
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, path))
    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    for n, line in enumerate(lines):
        pdf.setFont("DejaVu-Bold" if line.startswith("**") else "DejaVu", 11)
        pdf.drawString(72, 780 - 16 * n, line.removeprefix("**"))
    pdf.save()
    return out.getvalue()


def test_bold_headings_numbered_without_a_full_stop_are_items():
    # Word's "1 Godkjenning av innkalling" in bold, right under the text before it (no
    # blank line); its "2.1 Økonomi" sub-headings stay in the item
    data = _pdf_lines(["Referat fra møte i faggruppe helse", "Dato: 5. mars 2024",
                       "Til stede: Kari Holm (leder), Per Dahl",
                       "**1 Godkjenning av innkalling", "Godkjent.",
                       "**2 Orienteringssaker", "**2.1 Økonomi",
                       "Daglig leder orienterte om regnskapet.", "**2.2 Bemanning",
                       "To nye ansatte er på plass.", "**3 Eventuelt", "Ingen saker."])
    record = parse_bytes(data, "referat.pdf")
    assert [(item.number, item.title) for item in record.items] == [
        ("1", "Godkjenning av innkalling"), ("2", "Orienteringssaker"), ("3", "Eventuelt")]
    assert record.items[1].text.startswith("2.1 Økonomi")


def test_a_detailed_title_longer_than_the_agenda_list_keeps_its_own_wording():
    # the agenda list says "Godkjenning av innkalling", the section adds "og dagsorden":
    # the detailed section's words are the title, none of them the item's text
    text = ("Referat fra styremøte\n\nDato: 3. april 2024\n\nSaksliste:\n"
            "1. Godkjenning av innkalling\n2. Referat fra forrige møte\n3. Eventuelt\n\n"
            "1. Godkjenning av innkalling og dagsorden\nGodkjent.\n\n"
            "2. Referat fra forrige møte\nReferatet ble godkjent.\n\n3. Eventuelt\nIngen saker.\n")
    record = parse_bytes(text.encode(), "referat.txt")
    assert [(i.number, i.title, i.text) for i in record.items] == [
        ("1", "Godkjenning av innkalling og dagsorden", "Godkjent."),
        ("2", "Referat fra forrige møte", "Referatet ble godkjent."),
        ("3", "Eventuelt", "Ingen saker.")]


def test_two_cases_under_one_heading_are_one_item_numbered_as_written():
    text = ("Referat fra møte i arbeidsutvalget\n\nDato: 3. april 2024\n\n"
            "Sak 3/24 Godkjenning av innkalling\nGodkjent.\n\n"
            "Sak 4/24 og 5/24 Budsjett og økonomiplan\nSakene ble behandlet samlet.\n\n"
            "Sak 6/24 og sak 7/24: Høringer\nTatt til orientering.\n\n"
            "Sak 8/24 Eventuelt\nIngen saker.\n")
    record = parse_bytes(text.encode(), "referat.txt")
    assert [(i.number, i.title) for i in record.items] == [
        ("3/24", "Godkjenning av innkalling"), ("4/24 og 5/24", "Budsjett og økonomiplan"),
        ("6/24 og 7/24", "Høringer"), ("8/24", "Eventuelt")]
    assert record.items[1].text == "Sakene ble behandlet samlet."
    text = ("REFERAT STYREMØTE\n\nDato: 3. april 2024\n\nSAK 1 GODKJENNING AV INNKALLING\n"
            "Godkjent.\n\nSAK 2 OG 3 BUDSJETT OG REGNSKAP\nStyret vedtok budsjettet.\n\n"
            "Sak 4 og 5 ble behandlet samlet med sak 2.\n\nSAK 6 EVENTUELT\nIngen saker.\n")
    record = parse_bytes(text.encode(), "referat.txt")
    assert [(i.number, i.title) for i in record.items] == [
        ("1", "GODKJENNING AV INNKALLING"), ("2 og 3", "BUDSJETT OG REGNSKAP"),
        ("6", "EVENTUELT")]


def test_a_withdrawn_item_keeps_its_number_and_says_so_in_its_text():
    # "Sak 3/24 utgår" is the detailed section of item 3/24: an item, whose heading holds
    # no title, only what became of it
    text = ("Protokoll fra møte i regionrådet\n\nDato: 14. mars 2024\n\n"
            "Sak 1/24 Godkjenning av innkalling\nGodkjent.\n\n"
            "Sak 2/24 – utgår\n\nSak 3/24 Trukket\nSaken ble trukket av administrasjonen.\n\n"
            "Sak 4/24 Regional plan – utgår\n\nSak 5/24 Saken er trukket\n\n"
            "Sak 6/24 Eventuelt\nIngen saker.\n")
    record = parse_bytes(text.encode(), "protokoll.txt")
    assert [(i.number, i.title, i.text) for i in record.items] == [
        ("1/24", "Godkjenning av innkalling", "Godkjent."),
        ("2/24", None, "utgår"),
        ("3/24", None, "Trukket\nSaken ble trukket av administrasjonen."),
        ("4/24", "Regional plan", "utgår"),
        ("5/24", None, "Saken er trukket"),
        ("6/24", "Eventuelt", "Ingen saker.")]


def test_items_added_at_the_meeting_are_items():
    # "Ekstra sak: Ny nettside" (no number), "Ekstra sak 7/24 Vindkraft" (its own number)
    text = ("Referat fra styremøte\n\nDato: 3. april 2024\n\n"
            "1. Godkjenning av innkalling\nGodkjent.\n\n2. Økonomi\nTatt til orientering.\n\n"
            "Tilleggssak: Ny nettside\nStyret drøftet ny nettside.\n\n"
            "3. Eventuelt\nIngen saker.\n\nEkstra sak – Vindkraft\nStyret drøftet saken.\n\n"
            "Tilleggssak: Kari tok opp spørsmålet om vei.\n")
    record = parse_bytes(text.encode(), "referat.txt")
    assert [(i.number, i.title) for i in record.items] == [
        ("1", "Godkjenning av innkalling"), ("2", "Økonomi"), (None, "Ny nettside"),
        ("3", "Eventuelt"), (None, "Vindkraft")]
    text = ("Protokoll fra møte i regionrådet\n\nDato: 3. april 2024\n\n"
            "Sak 6/24 Eventuelt\nIngen saker.\n\nEkstra sak 7/24 Vindkraft\n"
            "Tatt til orientering.\n")
    record = parse_bytes(text.encode(), "protokoll.txt")
    assert [(i.number, i.title) for i in record.items] == [
        ("6/24", "Eventuelt"), ("7/24", "Vindkraft")]


def test_a_letter_after_the_number_parts_one_case():
    text = ("Referat fra møte i arbeidsutvalget\n\nDato: 3. april 2024\n\n"
            "Sak 3 a Godkjenning av innkalling\nGodkjent.\n\n"
            "Sak 3 b Samferdsel\nTatt til orientering.\n\nSak 4 Eventuelt\nIngen saker.\n")
    record = parse_bytes(text.encode(), "referat.txt")
    assert [(i.number, i.title) for i in record.items] == [
        ("3 a", "Godkjenning av innkalling"), ("3 b", "Samferdsel"), ("4", "Eventuelt")]


@pytest.mark.parametrize(("first", "second", "numbers"), [
    ("Sak 5a", "Sak 5b", ["5a", "5b"]),  # the letter glued to the number
    ("Sak 5a)", "Sak 5b)", ["5a", "5b"]),
    ("Sak 5 a)", "Sak 5 b)", ["5 a", "5 b"]),  # the letter apart, with a parenthesis
    ("Sak 5 a", "Sak 5 b", ["5 a", "5 b"]),
])
def test_lettered_parts_under_a_case_are_items_of_their_own(first, second, numbers):
    # "Sak 5 Orienteringer" over "Sak 5a …", "Sak 5b …": the parts carry the word Sak,
    # each one a case with its own text, whichever way the letter is written
    record = _parsed("Referat fra møte i regionrådet\n\nDato: 3. april 2025\n\n"
                     "Sak 4 Godkjenning av innkalling\nGodkjent.\n\nSak 5 Orienteringer\n"
                     f"{first} Status for bredbånd\nPer orienterte om utbyggingen.\n"
                     f"{second} Samferdsel\nKari orienterte om vegen.\n\n"
                     "Sak 6 Eventuelt\nIngen saker.\n")
    assert [(i.number, i.title, i.text) for i in record.items] == [
        ("4", "Godkjenning av innkalling", "Godkjent."), ("5", "Orienteringer", ""),
        (numbers[0], "Status for bredbånd", "Per orienterte om utbyggingen."),
        (numbers[1], "Samferdsel", "Kari orienterte om vegen."),
        ("6", "Eventuelt", "Ingen saker.")]


def test_lettered_parts_without_the_whole_case_follow_one_another():
    record = _parsed("Referat fra møte i regionrådet\n\nDato: 3. april 2025\n\n"
                     "Sak 1 Godkjenning av innkalling\nGodkjent.\n\n"
                     "Sak 2a Bredbånd\nTatt til orientering.\n\n"
                     "Sak 2b Samferdsel\nTatt til orientering.\n\n"
                     "Sak 3 Eventuelt\nIngen saker.\n")
    assert [i.number for i in record.items] == ["1", "2a", "2b", "3"]


@pytest.mark.parametrize(("first", "second", "numbers"), [
    ("5 a)", "5 b)", ["5 a", "5 b"]),
    ("5a.", "5b.", ["5a", "5b"]),
    ("5a)", "5b)", ["5a", "5b"]),
])
def test_lettered_parts_of_a_plain_number_are_items_of_their_own(first, second, numbers):
    # "4.", "5 a)", "5 b)", "6.": the parts of item 5 without the word Sak, each its own
    # item as "Sak 5 a" is, and the series still counts on from 4 (the letters under
    # Eventuelt stay its text)
    record = _parsed("Referat fra møte i regionrådet\n\nDato: 14. mars 2025\n\n"
                     "4. Godkjenning av referat\nGodkjent.\n\n"
                     f"{first} Kommunereform – utredning\nTatt til orientering.\n\n"
                     f"{second} Kommunereform – høring\nSekretariatet lager et høringssvar.\n\n"
                     "6. Eventuelt\na) Kurs: Det ble orientert om kurs.\n"
                     "b) Vei: Ingen merknader.\n")
    assert [(i.number, i.title) for i in record.items] == [
        ("4", "Godkjenning av referat"), (numbers[0], "Kommunereform – utredning"),
        (numbers[1], "Kommunereform – høring"), ("6", "Eventuelt")]
    assert record.items[3].text == ("a) Kurs: Det ble orientert om kurs.\n"
                                    "b) Vei: Ingen merknader.")


def test_one_letter_of_the_cases_kind_before_its_number():
    # "O 1/25" (orientering), "V 2/25" (vedtak) and "RS 1/25": the summons' list and then
    # the minutes with the same headings, one item each with the minutes' text
    record = _parsed("Møteprotokoll\n\nUtval: Formannskapet\nMøtedato: 3. februar 2025\n\n"
                     "Saksliste\n\nO 1/25 Orientering om økonomi\nV 2/25 Budsjettjustering\n"
                     "RS 1/25 Referatsaker\n\n"
                     "O 1/25 Orientering om økonomi\nRådmannen orienterte.\n\n"
                     "V 2/25 Budsjettjustering\nVedtak: Budsjettet vert justert.\n\n"
                     "RS 1/25 Referatsaker\nTekne til orientering.\n")
    assert [(i.number, i.title, i.text) for i in record.items] == [
        ("1/25", "Orientering om økonomi", "Rådmannen orienterte."),
        ("2/25", "Budsjettjustering", "Vedtak: Budsjettet vert justert."),
        ("1/25", "Referatsaker", "Tekne til orientering.")]


def test_one_letter_of_the_cases_kind_over_a_title_on_the_line_below():
    record = _parsed("Møteprotokoll\n\nUtval: Formannskapet\nMøtedato: 3. februar 2025\n\n"
                     "O 1/25\nOrientering om økonomi\nRådmannen orienterte.\n\n"
                     "V 2/25\nBudsjettjustering\nVedtak: Budsjettet vert justert.\n")
    assert [(i.number, i.title) for i in record.items] == [
        ("1/25", "Orientering om økonomi"), ("2/25", "Budsjettjustering")]


def test_a_summons_with_proposals_then_the_minutes_with_the_same_numbers():
    # the summons' "1." … "3." with a proposal under each, then "Referat" and "1." … "3."
    # again: one item per number, with what the minutes say
    record = _parsed("Innkalling og referat – styremøte i Dalen IL\n\n"
                     "Tid: 3. februar 2025 kl. 19.00\n\nSaksliste\n"
                     "1. Godkjenning av innkalling\nForslag til vedtak: Innkallingen godkjennes.\n"
                     "2. Årsmøtet 2025\nForslag til vedtak: Årsmøtet holdes 20. mars.\n"
                     "3. Eventuelt\n\nReferat\n\nTil stede: Ola Nes (leder), Kari Bø\n\n"
                     "1. Godkjenning av innkalling\nInnkallingen ble godkjent.\n\n"
                     "2. Årsmøtet 2025\nÅrsmøtet holdes 20. mars i klubbhuset.\n\n"
                     "3. Eventuelt\nIngen saker.\n")
    assert [(i.number, i.title, i.text) for i in record.items] == [
        ("1", "Godkjenning av innkalling", "Innkallingen ble godkjent."),
        ("2", "Årsmøtet 2025", "Årsmøtet holdes 20. mars i klubbhuset."),
        ("3", "Eventuelt", "Ingen saker.")]
    assert [p.name for p in record.participants] == ["Ola Nes", "Kari Bø"]


def test_one_capital_before_a_fraction_in_a_sentence_is_no_case():
    record = _parsed("Referat fra møte i regionrådet\n\nDato: 3. april 2025\n\n"
                     "Sak 1/25 Budsjett\nRådet drøftet fordelingen.\n"
                     "I 2/3 av kommunene er arbeidet i gang.\n")
    assert [(i.number, i.title) for i in record.items] == [("1/25", "Budsjett")]
    assert "I 2/3 av kommunene" in record.items[0].text


def test_a_programmes_time_before_the_case_is_no_part_of_the_heading():
    # minutes written over the summons: each case keeps its time slot in front
    record = _parsed("Referat fra møte i regionrådet\n\nDato: 3. april 2025\n\n"
                     "10.00–10.30 Sak 1/25 Godkjenning av innkalling\nGodkjent.\n\n"
                     "10.30 - 11.30 Sak 2/25 Budsjett 2025\nRådet drøftet budsjettet.\n\n"
                     "Kl. 11.30 Sak 3/25 Eventuelt\nIngen saker.\n")
    assert [(i.number, i.title, i.text) for i in record.items] == [
        ("1/25", "Godkjenning av innkalling", "Godkjent."),
        ("2/25", "Budsjett 2025", "Rådet drøftet budsjettet."),
        ("3/25", "Eventuelt", "Ingen saker.")]


@pytest.mark.parametrize(("heading", "title"), [
    ("Sak 2/25 10.30–11.30 Budsjett 2025", "Budsjett 2025"),  # between number and title
    ("Sak 2/25 (10.30–11.30) Budsjett 2025", "Budsjett 2025"),
    ("2. (10.30) Budsjett 2025", "Budsjett 2025"),
    ("Sak 2/25 Budsjett 2025 (kl. 10.30–11.30)", "Budsjett 2025"),  # after it, set apart
    ("Sak 2/25 Budsjett 2025, kl. 10.30", "Budsjett 2025"),
    ("2. Budsjett 2025 – kl. 10.30", "Budsjett 2025"),
    ("Sak 2/25 Befaring kl. 13.00", "Befaring kl. 13.00"),  # may be the title's own words
    ("Sak 2/25 Møte 12.03 Referat", "Møte 12.03 Referat"),  # a date, no time slot
])
def test_a_programmes_time_beside_the_title_is_no_part_of_it(heading, title):
    first = "Sak 1/25" if heading.startswith("Sak") else "1."
    record = _parsed("Referat fra møte i regionrådet\n\nDato: 3. april 2025\n\n"
                     f"{first} Godkjenning av innkalling\nGodkjent.\n\n"
                     f"{heading}\nRådet drøftet saken.\n")
    assert [i.title for i in record.items] == ["Godkjenning av innkalling", title]


@pytest.mark.parametrize(("heading", "under", "title", "text"), [
    # the title wrapped after a dash or a preposition, its own colon at the end
    ("Sak 2/25 Høring –", "regional plan for klima:", "Høring – regional plan for klima",
     "Rådet drøftet saken."),
    ("Sak 2/25 Orientering fra", "fylkeskommunen:", "Orientering fra fylkeskommunen",
     "Rådet drøftet saken."),
    # the outcome a dash sets apart, a sentence, and a label are no part of the title
    ("Sak 2/25 Budsjett –", "vedtatt", "Budsjett –", None),
    ("Sak 2/25 Budsjett –", "rådet vedtok budsjettet:", "Budsjett –", None),
    ("Sak 2/25 Budsjett –", "Vedtak:", "Budsjett –", None),
])
def test_a_title_wrapped_after_a_dash_goes_on_in_lower_case(heading, under, title, text):
    record = _parsed("Referat fra møte i regionrådet\n\nDato: 3. april 2025\n\n"
                     "Sak 1/25 Godkjenning av innkalling\nGodkjent.\n\n"
                     f"{heading}\n{under}\nRådet drøftet saken.\n")
    item = record.items[1]
    assert item.title == title
    assert text is None or item.text == text


def test_a_short_sentence_under_a_heading_with_only_a_number_is_text_not_a_title():
    text = ("Protokoll fra møte i regionrådet\n\nDato: 3. april 2024\n\n"
            "Sak 1/24\nInnkallingen ble godkjent.\n\nSak 2/24\nRyddedugnad.\n"
            "Dugnaden blir 4. mai.\n\nSak 3/24 Eventuelt\nIngen saker.\n")
    record = parse_bytes(text.encode(), "protokoll.txt")
    assert [(i.number, i.title, i.text) for i in record.items] == [
        ("1/24", None, "Innkallingen ble godkjent."),
        ("2/24", "Ryddedugnad", "Dugnaden blir 4. mai."),
        ("3/24", "Eventuelt", "Ingen saker.")]


def test_a_title_of_many_dot_leader_runs_is_cleaned_in_one_pass():
    """A paragraph joined from a table of contents (an HTML page without line breaks)
    holds many long leader runs; each was tried from every dot and given back one dot at
    a time (minutes for this title). Only the last run, before the page, is removed."""
    from motebok.extract.items import _has_page_tail, clean_title

    title = "Budsjett 2025" + (" " + "." * 3000 + " 4") * 10 + " Eventuelt ....... 12"
    assert clean_title(title).endswith(". 4 Eventuelt")
    assert _has_page_tail(title)
    assert clean_title("Budsjett\t\t\t3") == "Budsjett"
    assert clean_title("Budsjett " + "\t" * 20000 + "x 1").endswith("x 1")


@pytest.mark.parametrize("closing", [
    "Ha en fin dag!", "God helg", "Sendt fra min iPhone", "Per",
    "Denne e-posten kan inneholde konfidensiell informasjon.",
])
def test_a_mails_closing_lines_are_no_text_of_the_last_item(closing):
    text = ("Fra: Per Lunde\nSendt: 4. april 2024 09:15\nTil: Kari Holm; Siv Moe\n"
            "Emne: Referat nettverksmøte 3.4\n\nHei!\n\nTilstede: Kari Holm, Per Lunde\n\n"
            "1) Erfaringsdeling\nAlle fortalte om status.\n\n2) Eventuelt\nIngen saker.\n\n"
            f"{closing}\n")
    record = parse_bytes(text.encode(), "mail.txt")
    assert record.items[-1].text == "Ingen saker."


def test_a_mail_quoted_under_the_minutes_is_no_text_and_gives_no_date():
    text = ("Referat fra møte i prosjektgruppa\n\nTid: 2. mai 2024 kl. 09.00–10.00\n\n"
            "Til stede: Kari Holm, Per Lunde\n\nSak 1 Framdrift\nFramdriften er i rute.\n\n"
            "> Fra: Jon Berg\n> Sendt: 30. april 2024 14:00\n> Til: Kari Holm\n"
            "> Emne: Forfall\n>\n> Jeg kan dessverre ikke delta torsdag.\n")
    record = parse_bytes(text.encode(), "referat.txt")
    assert record.items[-1].text == "Framdriften er i rute."
    assert record.document_date is None


def test_a_forwarded_message_line_ends_the_last_item():
    text = ("Referat fra styremøte 9.11.2023\n\nTilstede: Kari Holm, Ole Dahl\n\n"
            "1. Budsjett\nBudsjettet ble vedtatt.\n\n-----Original Message-----\n"
            "Spørsmål om budsjettet før møtet.\n")
    assert parse_bytes(text.encode(), "referat.txt").items[-1].text == "Budsjettet ble vedtatt."


def test_a_mailed_summary_without_headings_stops_at_the_greeting():
    text = ("Fra: Kari Holm\nSendt: 15. mars 2024 10:12\nTil: Per Lunde; Siv Moe\n"
            "Emne: Oppsummering arbeidsgruppe bolig 14.3\n\nHei alle sammen,\n\n"
            "Til stede: Per Lunde, Siv Moe\n\n"
            "• Søknad om midler: Gruppa ble enige om å søke Husbanken.\n\n"
            "Mvh\nKari Holm\nRådgiver | Nordvik kommune\n")
    record = parse_bytes(text.encode(), "mail.txt")
    assert [item.text for item in record.items] == [
        "Søknad om midler: Gruppa ble enige om å søke Husbanken."]


def test_a_programmes_time_after_the_number_is_no_part_of_the_title():
    record = _styremote("1. Velkommen\nKari ønsket velkommen.\n\n"
                        "2. 09.15–10.00 Kompetanseplan 2025\nPer la fram planen.\n\n"
                        "3. Kl. 10.00 Erfaringsdeling\nRunde rundt bordet.\n")
    assert [(i.number, i.title, i.text) for i in record.items] == [
        ("1", "Velkommen", "Kari ønsket velkommen."),
        ("2", "Kompetanseplan 2025", "Per la fram planen."),
        ("3", "Erfaringsdeling", "Runde rundt bordet.")]


def test_a_case_of_a_kind_taken_up_again_without_its_kind_is_one_item():
    # "V-sak 2/25" (vedtakssak) and later "Sak 2/25 – forts.": one case of one series
    record = _styremote("O-sak 1/25 Status bredbånd\nTatt til orientering.\n\n"
                        "V-sak 2/25 Budsjett 2025\nSaken ble utsatt til etter lunsj.\n\n"
                        "D-sak 3/25 Strategi\nStyret drøftet strategien.\n\n"
                        "Sak 2/25 – forts.\nBudsjettet ble vedtatt.\n")
    assert [(i.number, i.title, i.text) for i in record.items] == [
        ("1/25", "Status bredbånd", "Tatt til orientering."),
        ("2/25", "Budsjett 2025",
         "Saken ble utsatt til etter lunsj.\nBudsjettet ble vedtatt."),
        ("3/25", "Strategi", "Styret drøftet strategien.")]


def test_a_note_apps_outline_topics_are_the_items():
    # a Teams / Copilot recap: "Notater" over "• Topic: what was said." with bullets under
    text = ("Møtenotater – Prosjektmøte Kystnett\nDato: 2. oktober 2025\nSted: Teams\n\n"
            "Notater\n• Status for utbyggingen: Anne ga en oppdatering om fremdriften.\n"
            "  ◦ Fase 1 er ferdig.\n• Økonomi: Bjørn gikk gjennom regnskapet.\n"
            "  ◦ Prosjektet ligger under budsjett.\n  ◦ Ingen endringer.\n"
            "• Kari: Hun ønsker et nyhetsbrev.\n  ◦ Cecilie lager utkast.\n")
    record = parse_bytes(text.encode(), "notater.txt")
    assert [(i.title, i.text) for i in record.items] == [
        ("Status for utbyggingen", "Anne ga en oppdatering om fremdriften.\nFase 1 er ferdig."),
        ("Økonomi", "Bjørn gikk gjennom regnskapet.\nProsjektet ligger under budsjett.\n"
                    "Ingen endringer.\nKari: Hun ønsker et nyhetsbrev.\nCecilie lager utkast.")]


def test_lettered_sub_items_under_a_case_are_its_text_not_its_title():
    # "a) Status bredbånd" in lower case right under the heading starts a list; the
    # title does not wrap onto it
    record = _styremote("Sak 20/25 Godkjenning av innkalling\nGodkjent.\n\n"
                        "Sak 21/25 Orienteringer\na) Status bredbånd\nPer orienterte.\n"
                        "b) Status vei\nKari orienterte.\n\n"
                        "Sak 22/25 Eventuelt\na. Julebord\nIngen saker.\n")
    assert [(i.number, i.title, i.text) for i in record.items] == [
        ("20/25", "Godkjenning av innkalling", "Godkjent."),
        ("21/25", "Orienteringer",
         "a) Status bredbånd\nPer orienterte.\nb) Status vei\nKari orienterte."),
        ("22/25", "Eventuelt", "a. Julebord\nIngen saker.")]


def test_headings_behind_a_programmes_times_are_items_without_the_times():
    # a samling's minutes written under its programme: "09.15 Ny folkehelselov" / text
    text = ("Referat fra samling i Nettverk for folkehelse\nDato: 12. november 2025\n\n"
            "09.00 Velkommen\nLeder ønsket velkommen og presenterte programmet.\n\n"
            "09.15 Ny folkehelselov\nStatsforvalteren orienterte om høringen.\n\n"
            "10.30–11.00 Erfaringsdeling\nKommunene delte erfaringer med frisklivssentraler.\n")
    record = parse_bytes(text.encode(), "samling.txt")
    assert [(i.title, i.text) for i in record.items] == [
        ("Velkommen", "Leder ønsket velkommen og presenterte programmet."),
        ("Ny folkehelselov", "Statsforvalteren orienterte om høringen."),
        ("Erfaringsdeling", "Kommunene delte erfaringer med frisklivssentraler.")]


@pytest.mark.parametrize("closing", ["Sted og dato: Nordby, 6.3.2025", "Stad/dato: Nordby 6.3.25"])
def test_the_signing_place_and_date_ends_the_last_items_text(closing):
    text = ("Referat fra styremøte\n\nDato: 4.3.2025\n\n"
            "Sak 1/25 Eventuelt\nIngen saker.\n\n" + closing + "\n\nOla Nordmann\nleder\n")
    record = parse_bytes(text.encode(), "a.txt")
    assert [item.text for item in record.items] == ["Ingen saker."]


def test_register_entries_led_by_their_cases_without_a_full_stop_stay_apart():
    # no stop after the owner's initials: each "Sak 11/24:" line is still its own entry
    # (at the item it names, without that lead)
    record = _parsed(_REGISTER_MINUTES.format(register=(
        "Aksjoner\nSak 10/24: Sende uttalelsen – KH\n"
        "Sak 11/24: Kontakte fylket – PD – 20.04.\n")))
    assert [i.number for i in record.items] == ["10/24", "11/24", "12/24"]
    assert [(a.text, a.responsible) for a in record.items[0].actions] == [
        ("Sende uttalelsen – KH", "KH")]
    assert [(a.responsible, a.due) for a in record.items[1].actions] == [("PD", "2024-04-20")]


def test_a_register_citing_an_earlier_item_by_its_running_number_opens_no_item():
    record = _parsed(_REGISTER_MINUTES.format(register=(
        "Aksjonspunkter:\nSak 10: Sende uttalelsen – KH\nSak 11: Kontakte fylket – PD\n")))
    assert [i.number for i in record.items] == ["10/24", "11/24", "12/24"]
    assert [a.responsible for a in record.items[-1].actions] == ["KH", "PD"]


def test_a_number_before_the_title_in_a_tables_sak_column():
    """"Sak | Drøfting | Vedtak" with the number and the title in the first cell ("1.
    Godkjenning av dagsorden"): each row is that numbered item."""
    items = _table_minutes("| 1. Godkjenning av dagsorden | Ingen merknader. | Godkjent. |\n"
                           "| 2) Budsjett | Kari la fram tallene. | Budsjettet vedtas. |\n"
                           "| 3 Eventuelt | Ingen saker. | |",
                           head="| Sak | Drøfting | Vedtak |")
    assert [(i.number, i.title) for i in items] == [
        ("1", "Godkjenning av dagsorden"), ("2", "Budsjett"), ("3", "Eventuelt")]


def test_a_numbered_agenda_over_unnumbered_sections_gives_each_section_its_number():
    # the sections repeat the agenda's titles without numbers; an approval among them
    # comes after the list, so it is no formality left out of a case register
    record = _parsed("Referat fra møte i driftsstyret\n\nDato: 9. september 2025\n"
                     "Til stede: Grete Moe, Helge Rud\n\nSaksliste\n"
                     "1. Godkjenning av innkalling\n2. Økonomirapport august\n3. Eventuelt\n\n"
                     "Godkjenning av innkalling\nInnkallingen ble godkjent.\n\n"
                     "Økonomirapport august\nRapporten ble tatt til orientering.\n\n"
                     "Eventuelt\nIngen saker.\n")
    assert [(i.number, i.title, i.text) for i in record.items] == [
        ("1", "Godkjenning av innkalling", "Innkallingen ble godkjent."),
        ("2", "Økonomirapport august", "Rapporten ble tatt til orientering."),
        ("3", "Eventuelt", "Ingen saker.")]
    assert not record.warnings


def test_items_numbered_in_brackets():
    record = _parsed("Referat fra styremøte i Lund vel\n\nDato: 5. mai 2025\n"
                     "Til stede: Nina Brun, Jan Ek\n\n"
                     "(1) Godkjenning av innkalling\nGodkjent.\n\n"
                     "(2) Veilys langs skoleveien\nStyret bestiller ny armatur.\n\n"
                     "(3) Eventuelt\nIngen saker.\n")
    assert [(i.number, i.title, i.text) for i in record.items] == [
        ("1", "Godkjenning av innkalling", "Godkjent."),
        ("2", "Veilys langs skoleveien", "Styret bestiller ny armatur."),
        ("3", "Eventuelt", "Ingen saker.")]


def test_bold_report_lines_under_one_heading_stay_its_text():
    # "## Orienteringer" holds short reports under bold lines; the other headings have
    # their text right under them: the bold lines are no items of their own
    text = ("# Referat fra styremøte i Lund vel\n\nDato: 5. mai 2025\n\n"
            "## Godkjenning av innkalling\nGodkjent.\n\n"
            "## Orienteringer\n**Fra leder**\nKommunen har svart på brevet om veilys.\n\n"
            "**Fra kasserer**\nKontingenten er innbetalt fra 80 prosent.\n\n"
            "## Eventuelt\nIngen saker.\n")
    record = parse_bytes(text.encode(), "referat.md")
    assert [i.title for i in record.items] == [
        "Godkjenning av innkalling", "Orienteringer", "Eventuelt"]
    assert "Fra kasserer" in record.items[1].text


def test_bold_items_under_a_single_heading_stay_items():
    text = ("# Referat fra styremøte\n\nDato: 5. mai 2025\n\n## Saker\n\n"
            "**Veilys**\nStyret bestiller ny armatur.\n\n"
            "**Dugnad**\nDugnaden holdes 10. mai.\n\n"
            "## Neste møte\nNeste møte holdes i juni.\n")
    record = parse_bytes(text.encode(), "referat.md")
    assert [i.title for i in record.items] == ["Veilys", "Dugnad", "Neste møte"]


@pytest.mark.parametrize("group", ["Delegerte saker", "Innkomne saker"])
def test_a_two_word_group_heading_over_the_next_case_is_no_text_of_the_case_above(group):
    record = _parsed("Møtebok\n\nMøtedato: 11.03.2025\n\n"
                     "PS 8/25 Godkjenning av innkalling\nGodkjent.\n\n"
                     "RS 3/25 Brev frå Statsforvaltaren\nTeke til orientering.\n\n"
                     f"{group}\nDS 2/25 Vedtak i helse og omsorg\nTeke til orientering.\n")
    assert [(i.number, i.text) for i in record.items] == [
        ("8/25", "Godkjent."), ("3/25", "Teke til orientering."),
        ("2/25", "Teke til orientering.")]


def test_sections_under_til_sak_take_their_titles_from_the_agenda():
    # "Til sak 1:" has no title of its own; "Godkjent." under it is its text, and the
    # title is the one the agenda lists for number 1
    record = _parsed("Referat fra styremøte i Lund vel\n\nDato: 5. mai 2025\n\n"
                     "SAKSLISTE\n1. Godkjenning av innkalling\n2. Veilys\n3. Eventuelt\n\n"
                     "REFERAT\n\nTil sak 1:\nGodkjent.\n\nTil sak 2:\nLeder orienterte.\n\n"
                     "Til sak 3:\nIngen saker.\n")
    assert [(i.number, i.title, i.text) for i in record.items] == [
        ("1", "Godkjenning av innkalling", "Godkjent."),
        ("2", "Veilys", "Leder orienterte."),
        ("3", "Eventuelt", "Ingen saker.")]


def test_a_description_column_gives_the_title_in_its_first_paragraph_and_the_owner_a_task():
    # "Sak | Beskrivelse | Ansvar": no title column, so the description's first paragraph
    # is the title and the rest its text, with a task for whom the row names
    data = _docx_table_minutes([
        ["Sak", "Beskrivelse", "Ansvar"],
        ["1/24", "Godkjenning av innkalling\nInnkallingen ble godkjent.", ""],
        ["2/24", "Vedlikeholdsplan\nStyret ber om kostnadsoverslag til neste møte.",
         "Helge Rud"],
    ])
    items = parse_bytes(data, "referat.docx").items
    assert [(i.number, i.title, i.text) for i in items] == [
        ("1/24", "Godkjenning av innkalling", "Innkallingen ble godkjent."),
        ("2/24", "Vedlikeholdsplan", "Styret ber om kostnadsoverslag til neste møte.")]
    assert [(a.text, a.responsible) for a in items[1].actions] == [
        ("Styret ber om kostnadsoverslag til neste møte.", "Helge Rud")]


_PLAIN_FIXED_POINTS = ("Referat fra styremøte i Lund vel\n\nDato: 5. mai 2025\n"
                       "Til stede: Nina Brun, Jan Ek\n\n"
                       "Godkjenning av innkalling\nGodkjent.\n\n"
                       "Orienteringer\n\nFra leder\nKommunen har svart på brevet om veilys.\n\n"
                       "Fra kasserer\nAlle har betalt kontingenten.\n\n"
                       "Eventuelt\nIngen saker.\n")


def test_plain_fixed_points_are_headings_over_a_short_line_and_hold_the_reports_under_them():
    # "Godkjent." is shorter than its heading, and "Fra leder" / "Fra kasserer" head the
    # reports under "Orienteringer": three items, the reports the second one's text
    record = _parsed(_PLAIN_FIXED_POINTS)
    assert [(i.number, i.title) for i in record.items] == [
        (None, "Godkjenning av innkalling"), (None, "Orienteringer"), (None, "Eventuelt")]
    assert record.items[0].text == "Godkjent."
    assert record.items[1].text.startswith("Fra leder\nKommunen har svart")
    assert "Fra kasserer" in record.items[1].text


def test_numbers_without_a_full_stop_or_blank_lines_head_the_sentences_under_them():
    record = _parsed("Referat fra styremøte i Lund vel\n\nDato: 5. mai 2025\n"
                     "Til stede: Nina Brun, Jan Ek\n\n"
                     "1 Godkjenning av innkalling\nGodkjent.\n"
                     "2 Veilys langs stien\nLeder orienterte om tilbudet.\n"
                     "3 Eventuelt\nIngen saker.\n")
    assert [(i.number, i.title, i.text) for i in record.items] == [
        ("1", "Godkjenning av innkalling", "Godkjent."),
        ("2", "Veilys langs stien", "Leder orienterte om tilbudet."),
        ("3", "Eventuelt", "Ingen saker.")]


def test_sak_2_1_and_2_2_under_sak_2_are_its_parts():
    record = _parsed("Referat fra styremøte i Lund vel\n\nDato: 5. mai 2025\n\n"
                     "Sak 1 Godkjenning av innkalling\nGodkjent.\n\n"
                     "Sak 2 Veilys og brøyting\nSak 2.1 Veilys\nStyret bestiller armatur.\n"
                     "Sak 2.2 Brøyting\nNy avtale inngås.\n\n"
                     "Sak 3 Eventuelt\nIngen saker.\n")
    assert [(i.number, i.title) for i in record.items] == [
        ("1", "Godkjenning av innkalling"), ("2", "Veilys og brøyting"), ("3", "Eventuelt")]
    assert record.items[1].text == ("Sak 2.1 Veilys\nStyret bestiller armatur.\n"
                                    "Sak 2.2 Brøyting\nNy avtale inngås.")


@pytest.mark.parametrize(("heading", "title"), [
    ("Sak 2/25 Høring:\nRegional plan for klima og energi",
     "Høring: Regional plan for klima og energi"),
    ("Sak 2/25 Søknad om midler til\nnytt lekeapparat, ballbinge og\nbenker på Lundtoppen",
     "Søknad om midler til nytt lekeapparat, ballbinge og benker på Lundtoppen"),
    ("Sak 2/25 Eventuelt:\nBrøyting", "Eventuelt"),  # a point under it, not its subject
])
def test_a_title_goes_on_after_a_kind_and_colon_or_over_three_lines(heading, title):
    record = _parsed("Referat fra styremøte i Lund vel\n\nDato: 5. mai 2025\n\n"
                     "Sak 1/25 Godkjenning av innkalling\nGodkjent.\n\n"
                     f"{heading}\nStyret slutter seg til utkastet.\n")
    assert [i.title for i in record.items] == ["Godkjenning av innkalling", title]
    assert record.items[1].text.endswith("Styret slutter seg til utkastet.")


@pytest.mark.parametrize(("line", "title", "text"), [
    ("2. Veilys – leder orienterte, styret bestiller ny armatur", "Veilys",
     "leder orienterte, styret bestiller ny armatur"),
    ("2. Høring – regional plan for klima og energi",
     "Høring – regional plan for klima og energi", ""),  # no report: all of it the title
])
def test_a_lower_case_report_after_a_dash_is_the_items_text(line, title, text):
    record = _parsed("Referat fra styremøte i Lund vel\n\nDato: 5. mai 2025\n\n"
                     "1. Godkjenning av innkalling – godkjent\n" + line + "\n"
                     "3. Eventuelt – ingen saker\n")
    assert [(i.title, i.text) for i in record.items][1] == (title, text)


@pytest.mark.parametrize("table", [
    "Sak | Vedtak\n12/25 | Godkjenning av referat | Godkjent\n"
    "13/25 | Veilys langs stien | Styret bestiller ny armatur.\n",
    "Sak       Vedtak\n12/25     Godkjenning av referat      Godkjent\n"
    "13/25     Veilys langs stien          Styret bestiller ny armatur.\n",
])
def test_a_sak_heading_over_the_number_and_title_columns_keeps_the_decision(table):
    record = _parsed("Referat fra styremøte i Lund vel\n\nDato: 5. mai 2025\n"
                     "Til stede: Nina Brun, Jan Ek\n\n" + table)
    assert [(i.number, i.title, i.text, i.decisions) for i in record.items] == [
        ("12/25", "Godkjenning av referat", "Godkjent", ["Godkjent"]),
        ("13/25", "Veilys langs stien", "Styret bestiller ny armatur.",
         ["Styret bestiller ny armatur."])]


@pytest.mark.parametrize("mark", ["Ad 1:", "Til sak 1:"])
def test_an_outcome_on_the_line_of_ad_1_is_text_under_the_agendas_title(mark):
    numbered = mark.replace("1", "{n}")
    record = _parsed("Referat fra styremøte i Lund vel\n\nDato: 5. mai 2025\n\n"
                     "Agenda:\n1. Godkjenning av innkalling\n2. Veilys\n3. Budsjett 2026\n\n"
                     f"{numbered.format(n=1)} Godkjent.\n\n"
                     f"{numbered.format(n=2)} Leder orienterte.\n\n"
                     f"{numbered.format(n=3)} Budsjett 2026.\nBudsjettet ble vedtatt.\n")
    assert [(i.number, i.title, i.text) for i in record.items] == [
        ("1", "Godkjenning av innkalling", "Godkjent."),
        ("2", "Veilys", "Leder orienterte."),
        ("3", "Budsjett 2026", "Budsjettet ble vedtatt.")]


def test_a_wrapped_decision_cell_goes_on_in_its_own_column():
    record = _parsed("Referat fra styremøte i Lund vel\n\nDato: 5. mars 2025\n\n"
                     "Sak | Tittel | Vedtak\n1/25 | Godkjenning av innkalling | Godkjent.\n"
                     "2/25 | Veilys langs stien | Styret bestiller nye\n"
                     " | | armatur innen 1. juni.\n3/25 | Eventuelt | Ingen saker.\n")
    veilys = record.items[1]
    assert (veilys.title, veilys.text, veilys.decisions) == (
        "Veilys langs stien", "Styret bestiller nye armatur innen 1. juni.",
        ["Styret bestiller nye armatur innen 1. juni."])
    assert [(a.responsible, a.due) for a in veilys.actions] == [("Styret", "2025-06-01")]


@pytest.mark.parametrize("presenter", ["v/ kasserer Leif Ho", "ved daglig leder Eva Aas"])
def test_a_presenter_line_under_the_heading_is_text_not_title(presenter):
    record = _parsed("Protokoll fra årsmøte i Sørbygda IL\n\nDato: 4. februar 2025\n\n"
                     "Sak 1/25 Godkjenning av innkalling\nInnkallingen ble godkjent.\n\n"
                     f"Sak 2/25 Budsjett 2026\n{presenter}\nBudsjettet ble vedtatt.\n")
    assert [(i.title, i.text) for i in record.items][1] == (
        "Budsjett 2026", f"{presenter}\nBudsjettet ble vedtatt.")


def test_lower_case_lettered_sections_are_the_items_of_minutes_without_numbers():
    record = _parsed("Referat fra møte i foreldrerådet\n\nDato: 10. april 2025\n\n"
                     "a) Godkjenning av referat\nReferatet ble godkjent.\n\n"
                     "b) Skoleavslutning\nDet blir felles grilling 18. juni.\n\n"
                     "c) Eventuelt\nIngen saker.\n")
    assert [(i.number, i.title, i.text) for i in record.items] == [
        ("a", "Godkjenning av referat", "Referatet ble godkjent."),
        ("b", "Skoleavslutning", "Det blir felles grilling 18. juni."),
        ("c", "Eventuelt", "Ingen saker.")]


@pytest.mark.parametrize("mark", ["(sak {n})", "(Sak {n}/25):"])
def test_a_case_number_in_brackets_after_the_title(mark):
    def heading(title: str, n: int) -> str:
        return f"{title} {mark.format(n=n)}"
    record = _parsed("Referat fra styremøte\n\nDato: 10. april 2025\n\n"
                     f"{heading('Godkjenning av innkalling', 1)}\nInnkallingen ble godkjent.\n\n"
                     f"{heading('Økonomi', 2)}\nRegnskapet ble tatt til orientering.\n\n"
                     f"{heading('Eventuelt', 3)}\nIngen saker.\n")
    suffix = "/25" if "/" in mark else ""
    assert [(i.number, i.title) for i in record.items] == [
        (f"1{suffix}", "Godkjenning av innkalling"), (f"2{suffix}", "Økonomi"),
        (f"3{suffix}", "Eventuelt")]


def test_prints_of_single_cases_over_their_filing_table_are_the_items():
    def case(title: str, number: str, text: str) -> str:
        return (f"SAKSPROTOKOLL - {title}\n\nBehandla av\tMøtedato\tSaknr\n"
                f"Hovudutval for oppvekst\t18.02.2025\t{number}\n\n{text}\n\n")
    record = _parsed("Saksprotokollar\n\nMøtedato: 18.02.2025\n\n"
                     + case("SKULERUTE 2025/2026", "3/25", "Vedtak:\nSkuleruta vart vedteken.")
                     + case("TILSTANDSRAPPORT", "4/25", "Rapporten vart teken til orientering."))
    assert [(i.number, i.title, i.text) for i in record.items] == [
        ("3/25", "SKULERUTE 2025/2026", "Vedtak:\nSkuleruta vart vedteken."),
        ("4/25", "TILSTANDSRAPPORT", "Rapporten vart teken til orientering.")]


@pytest.mark.parametrize("group", ["Meldingar", "Meldinger"])
def test_the_letters_under_a_nynorsk_or_bokmal_meldinger_item_are_its_text(group):
    record = _parsed("Møteprotokoll\n\nMøtedato: 05.11.2025\n\n"
                     "PS 20/25 Godkjenning av innkalling\nGodkjend.\n\n"
                     f"PS 21/25 {group}\nRS 8/25 Årsmelding 2024\nRS 9/25 Brev om busstider\n"
                     "Vedtak: Meldingane vart tekne til vitande.\n\n"
                     "PS 22/25 Eventuelt\nIngen saker.\n")
    assert [i.number for i in record.items] == ["20/25", "21/25", "22/25"]
    assert record.items[1].text.startswith("RS 8/25 Årsmelding 2024\nRS 9/25")


def test_a_case_prints_heading_belongs_to_no_case_text():
    text = ("Møtebok\nRegionrådet\n\nMøtedato: 14.03.2025\n\n"
            "Saksprotokoll i Regionrådet – 14.03.2025\n\nPS 1/25 Innkalling\n\nVedtak\n"
            "Innkallingen godkjennes.\n\n"
            "Saksprotokoll i Regionrådet – 14.03.2025\n\nPS 2/25 Budsjett\n\nVedtak\n"
            "Budsjettet vedtas.\n")
    items = parse_bytes(text.encode(), "m.txt").items
    assert [i.number for i in items] == ["1/25", "2/25"]
    assert "Saksprotokoll" not in items[0].text


def test_a_case_heading_that_names_its_presenter_has_its_title_on_the_next_line():
    text = ("PROTOKOLL\n\nFylkestinget i Nordvest fylkeskommune\nMøtedag: 22. oktober 2025\n\n"
            "Sak 12/25 – Saksordfører: Geir Holm\nRegional planstrategi\n"
            "Innstillingen ble vedtatt.\n\n"
            "Sak 13/25 - Sakshandsamar: Ida Li\nHøyring om kollektivplan\n"
            "Saka vart teken til orientering.\n")
    record = parse_bytes(text.encode(), "protokoll.txt")
    assert [(item.number, item.title) for item in record.items] == [
        ("12/25", "Regional planstrategi"), ("13/25", "Høyring om kollektivplan")]


@pytest.mark.parametrize("closing", [
    "Protokollen signeres av samtlige styremedlemmer.",
    "Protokollen vert underskriven av alle styremedlemene.",
])
def test_how_the_whole_board_signs_ends_the_last_item(closing):
    text = ("Protokoll fra styremøte 9.9.2025\n\nTil stede: Kari Holm, Ole Dahl\n\n"
            "Sak 1/25 Budsjett\nStyrets vedtak:\nBudsjettet godkjennes.\n\n"
            f"{closing}\n\nKari Holm    Ole Dahl\n")
    record = parse_bytes(text.encode(), "protokoll.txt")
    assert record.items[-1].text == "Styrets vedtak:\nBudsjettet godkjennes."


_TWO_CASES = ("Referat fra styremøte i Fjordvik Vel\n\nMøtedato: 6. mars 2025\n"
              "Til stede: Kari Holm, Ola Nordmann\n\nSak 1/25 Innkalling\nGodkjent.\n\n"
              "Sak 2/25 Regnskap\nRegnskapet ble tatt til orientering.\n\n")


@pytest.mark.parametrize("closing", [
    "Vestby 7. mars 2025\nKari Holm",  # the place and date without the comma
    "Vestby 7.3.2025\nOla Nordmann\nKari Holm",  # two signatures under it
])
def test_a_place_and_date_over_a_signature_is_no_text_of_the_last_item(closing):
    record = parse_bytes((_TWO_CASES + closing + "\n").encode(), "a.txt")
    assert record.items[-1].text == "Regnskapet ble tatt til orientering."
    assert record.document_date == "2025-03-07"


def test_the_writers_signature_with_its_day_ends_the_minutes_and_dates_them():
    text = _TWO_CASES + "Kari Holm, referent, 7. mars 2025\n"
    record = parse_bytes(text.encode(), "a.txt")
    assert record.items[-1].text == "Regnskapet ble tatt til orientering."
    assert record.document_date == "2025-03-07"
    assert record.participants[0].role == "secretary"


@pytest.mark.parametrize(("heading", "title"), [
    ("1. Godkjenning av innkalling (sak 1/25)", "Godkjenning av innkalling"),
    ("2. Regnskap 2024 (PS 12/25)", "Regnskap 2024"),
    ("3. Budsjett (saksnr. 2025/14)", "Budsjett"),
])
def test_the_case_systems_number_in_brackets_is_no_part_of_the_title(heading, title):
    text = (f"Referat fra styremøte\n\nDato: 12. mai 2025\nTil stede: Kari Holm, Ola Dahl\n\n"
            f"{heading}\nSaken ble drøftet.\n")
    assert parse_bytes(text.encode(), "a.txt").items[0].title == title


@pytest.mark.parametrize(("second", "title", "text"), [
    ("REGNSKAP PR. JANUAR", "ØKONOMI REGNSKAP PR. JANUAR", "Regnskapet ble godkjent."),
    # a part of the case under its heading stays the case's text
    ("FORSLAG TIL VEDTAK", "ØKONOMI", "FORSLAG TIL VEDTAK\nRegnskapet ble godkjent."),
])
def test_a_title_in_capitals_goes_on_over_a_second_line_in_capitals(second, title, text):
    minutes = ("Referat fra styremøte\n\nDato: 12. mai 2025\nTil stede: Kari Holm, Ola Dahl\n\n"
               f"SAK 2/25: ØKONOMI\n{second}\nRegnskapet ble godkjent.\n")
    item = parse_bytes(minutes.encode(), "a.txt").items[0]
    assert (item.title, item.text) == (title, text)


@pytest.mark.parametrize("heading, cell", [
    ("Sak 13/26", "13/26"), ("PS 13/26", "13/26"), ("PS 13/26", "013/26"),
    ("Sak 13/26", "Sak 13/26"),
])
def test_a_case_row_under_its_own_heading_is_no_second_item(heading, cell):
    # a case system's table per case: the row restates the case it stands under
    text = ("# Protokoll styremøte 3.4.2026\n\nTil stede: Kari Holm, Per Lunde\n\n"
            "## Sak 12/26 Godkjenning av protokoll\n\nGodkjent.\n\n"
            f"## {heading} Vedlikeholdsplan\n\nStyret gikk gjennom tilbudene.\n\n"
            "| Sak | Tittel | Vedtak |\n|---|---|---|\n"
            f"| {cell} | Vedlikeholdsplan | Styret velger tilbudet fra Maler Hansen AS. |\n\n"
            "## Sak 14/26 Eventuelt\n\nIngen saker.\n")
    items = parse_bytes(text.encode(), "styre.md").items
    assert [i.number for i in items] == ["12/26", "13/26", "14/26"]
    assert items[1].decisions == ["Styret velger tilbudet fra Maler Hansen AS."]


def test_slashed_column_heading_of_one_meaning_names_the_items() -> None:
    """"Nr | Sak/Tema | Ansvar | Frist": both words name the items, so the column does;
    "Ansvar/Frist" holds the owner and the date in one cell; another heading of two
    meanings ("Tema/Frist") stays text."""
    from motebok.extract.items import item_table_columns

    assert item_table_columns(("Nr", "Sak/Tema", "Ansvar", "Frist")) == \
        ["number", "title", "who", "when"]
    assert item_table_columns(("Nr.", "Tema / sak", "Ansvar/Frist")) == \
        ["number", "title", "who/when"]
    assert item_table_columns(("Nr", "Sak", "Tema/Frist")) == ["number", "title", "text"]


@pytest.mark.parametrize(("line", "title", "text"), [
    # a bold case heading run into its paragraph: the bold run is the heading
    ("**Sak 2/25 Sommerleir** Leiren blir i uke 26.", "Sommerleir", "Leiren blir i uke 26."),
    ("**PS 12/24 Budsjett** Rådmannen la fram saken.", "Budsjett", "Rådmannen la fram saken."),
    # no case number in the bold run: no heading of its own
    ("**Sommerleir** Leiren blir i uke 26.", None, None),
])
def test_a_bold_case_heading_run_into_its_paragraph(line, title, text):
    source = ("Referat fra styremøte 3. mars 2025\n\nTil stede: Kari Holm, Per Dahl\n\n"
              f"{line}\n")
    items = parse_bytes(source.encode(), "referat.md").items
    if title is None:
        assert not any(item.title == "Sommerleir" for item in items)
    else:
        assert [(item.title, item.text) for item in items] == [(title, text)]


@pytest.mark.parametrize("closing", [
    "Kari Holm, leder",  # the chair alone, set apart at the very end
    "Ola Nordmann, styreleiar",
    "For styret\nKari Holm, styreleder",  # whom she signs for, over her name and title
    "Kari Holm (leder)",  # the title in brackets
    "Kari Holm, leder (sign.)",  # with the signature mark
])
def test_the_chairs_lone_signature_closes_the_minutes(closing):
    record = parse_bytes((_TWO_CASES + closing + "\n").encode(), "a.txt")
    assert record.items[-1].text == "Regnskapet ble tatt til orientering."


def test_whom_the_body_elected_stays_the_last_items_text():
    # a list of seats under a lead, or two names with their seats: no one signing
    text = (_TWO_CASES + "Sak 3/25 Valg\nFølgende ble valgt:\n\nKari Holm, leder\n")
    assert parse_bytes(text.encode(), "a.txt").items[-1].text == \
        "Følgende ble valgt:\nKari Holm, leder"
    text = (_TWO_CASES + "Sak 3/25 Valg\nValgt ble:\nPer Bø, kasserer\n\nKari Holm, leder\n")
    assert parse_bytes(text.encode(), "a.txt").items[-1].text.endswith("Kari Holm, leder")
    text = (_TWO_CASES + "Sak 3/25 Eventuelt\nIngen saker.\n\nKari Holm (kasserer)\n")
    assert parse_bytes(text.encode(), "a.txt").items[-1].text.endswith("Kari Holm (kasserer)")


@pytest.mark.parametrize("round_title", ["Runde rundt bordet", "Orienteringer fra kommunene",
                                         "Kommunerunden"])
def test_members_named_as_headings_under_a_round_are_no_items(round_title):
    text = ("Referat fra nettverksmøte\n\nDato: 4. april 2025\nTil stede: Kari Holm, Per Dahl\n\n"
            "Godkjenning av innkalling\nInnkallingen ble godkjent.\n\n"
            f"{round_title}\n\nNordby kommune\nKommunen har ansatt ny rådgiver.\n\n"
            "Sørvik\nBiblioteket har fått nye lokaler i sentrum.\n\n"
            "Felles kurs\nNettverket ble enige om å holde et kurs i høst.\n\n"
            "Eventuelt\nIngen saker.\n")
    record = parse_bytes(text.encode(), "n.txt")
    assert [item.title for item in record.items] == [
        "Godkjenning av innkalling", round_title, "Felles kurs", "Eventuelt"]
    assert record.items[1].decisions == [] and record.items[1].actions == []
    assert record.items[1].text.startswith("Nordby kommune\nKommunen har ansatt")


@pytest.mark.parametrize("closing", [
    "Protokollen er elektronisk godkjent og har derfor ingen signatur.",
    "Møteprotokollen er digitalt godkjend og har difor ingen underskrifter.",
    "Kari Holm (sign.)     Ola Berg (sign.)",
    "Kari Holm (s.)",
])
def test_closing_stamp_or_signatures_end_the_last_item(closing: str) -> None:
    text = ("Protokoll fra styremøte\n\nDato: 4. mars 2026\n\nTil stede: Kari Holm (leder), "
            "Ola Berg\n\nSak 1/26 Årsregnskap\nVedtak: Styret godkjenner årsregnskapet.\n\n"
            f"{closing}\n")
    record = parse_bytes(text.encode(), "p.txt")
    assert record.items[-1].text == "Vedtak: Styret godkjenner årsregnskapet."
    assert [p.name for p in record.participants] == ["Kari Holm", "Ola Berg"]


@pytest.mark.parametrize(("text", "brk"), [
    ("10.45–11.00 Pause", True), ("Kl. 11.45: Lunsj", True), ("Lunsj", False),
    ("10.45–11.00 Pausetiltak i skolen", False), ("09.00 Velkommen", False),
    # (s64l) the break's time after its name
    ("Lunsj 11.30–12.15", True), ("Pause kl. 10.30", True), ("Budsjett 11.30–12.15", False)])
def test_a_break_slot_is_a_time_and_a_break(text, brk):
    """"10.45–11.00 Pause" is the day's break between items (a break word alone has no
    slot; a title that starts with the word is no break)."""
    assert is_break_slot(text) is brk


@pytest.mark.parametrize(("title", "split"), [
    ("Gruppearbeid: Hvordan nå ungdom som faller utenfor?",
     ("Gruppearbeid: Hvordan nå ungdom som faller utenfor?", None)),
    ("Tema 2: Korleis kan vi dele data?", ("Tema 2: Korleis kan vi dele data?", None))])
def test_a_theme_question_after_the_colon_stays_in_the_title(title, split):
    """A heading's question after its colon ("Gruppearbeid: Hvordan …?") is its theme,
    not the text under it."""
    assert split_heading(title) == split


def test_mail_request_for_corrections_closes_the_last_item() -> None:
    """"Gi beskjed om rettelser." / "Si fra om jeg har glemt noe!" close a mail's minutes;
    a task to tell someone else of errors stays the item's text."""
    from motebok.extract.items import _END_MARK

    for line in ("Si fra om jeg har glemt noe!", "Gi beskjed om rettelser.",
                 "Sei frå om eg har gløymt noko!", "Gi beskjed hvis det er feil i referatet."):
        assert _END_MARK.match(line), line
    for line in ("Gi beskjed til kommunen om feil i listene innen fredag.",
                 "Si fra til styret om behovet."):
        assert not _END_MARK.match(line), line


def test_a_rows_case_heading_cell_then_its_text_cell() -> None:
    # "Sak 8/26 Turkart for Helgeland" | "Sekretariatet orienterte … . Kine Holm sender …":
    # a two-column table (or a web page's term and description) of case and text; the
    # title is the first cell's, the other cell the item's text
    text = ("Referat fra styremøte\n\nDato: 3. mars 2026\n\n"
            "Sak 7/26 Godkjenning av innkalling\tGodkjent uten merknader.\n"
            "Sak 8/26 Turkart for Helgeland\tSekretariatet orienterte om nytt turkart. "
            "Kine Holm sender tilbud innen 15. mars.\n")
    items = parse_bytes(text.encode(), "referat.txt").items
    assert [(i.number, i.title) for i in items] == [
        ("7/26", "Godkjenning av innkalling"), ("8/26", "Turkart for Helgeland")]
    assert items[1].text.startswith("Sekretariatet orienterte")


def test_archive_stamp_is_a_reference_line_only() -> None:
    """An archive's reference alone on its line is a stamp; "Sak nr. 12/24" (a case's own
    number, its title on the next line) and a sentence citing a reference are not."""
    from motebok.extract.items import is_archive_stamp

    for stamp in ("Saksnr. 2026/15", "Arkivsak: 25/1234", "J.post 25/4432-2",
                  "Vår ref.: 26/112-3", "Saksnummer: 2024/55", "arkivsaksnr. 24/1123"):
        assert is_archive_stamp(stamp), stamp
    for other in ("Sak nr. 12/24", "Saksnr. 12/24", "Arkivsak 25/998 ble avsluttet.",
                  "Sak 12/26 Budsjett", "Vedtak 2026/15"):
        assert not is_archive_stamp(other), other


def test_lettered_closing_point_after_cases_but_not_lettered_reports() -> None:
    """"C. Eventuelt" after the cases is the fixed point; "A. Orienteringer fra daglig
    leder" under a case of reports is a part of that case."""
    text = ("Referat fra møte i regionrådet\n\nDato: 30.01.2026\n\n"
            "Sak 5/26 Orienteringssaker\n\nA. Orienteringer fra daglig leder\n"
            "Daglig leder orienterte.\n\nB. Orienteringer fra kommunene\nIngen.\n\n"
            "C. Eventuelt\n\nIngen saker.\n")
    items = parse_bytes(text.encode(), "r.txt").items
    assert [(i.number, i.title) for i in items] == [
        ("5/26", "Orienteringssaker"), (None, "Eventuelt")]
    assert "Orienteringer fra kommunene" in items[0].text


def test_a_heading_run_on_with_thousands_of_stops_is_split_in_linear_time() -> None:
    """A heading run together with a page of numbered points ("… 1. Ola Dahl …") holds
    a stop before a capital every few words; each one was judged on copies of the whole
    head and rest (20,000 of them took minutes). They are judged from the title's
    indices, and the heading still splits at the first stop a sentence follows."""
    title = "Status " + "Kari Holm 1. Ola Dahl " * 20000 + "Neste. Saken ble drøftet i dag."
    head, rest = split_heading(title)
    assert head.endswith("1. Ola Dahl Neste") and head.count("1. Ola") == 20000
    assert rest == "Saken ble drøftet i dag."
    from motebok.extract.items import _split_at_stop

    assert _split_at_stop("NAV. Kari Holm orienterte om tiltakene.") == (
        "NAV", "Kari Holm orienterte om tiltakene.")  # a head in capitals
    assert _split_at_stop("Ymse. Neste møte er 3. mai.") == ("Ymse", "Neste møte er 3. mai.")
    assert _split_at_stop("Protokoll frå førre møte. Godkjent.") == (
        "Protokoll frå førre møte", "Godkjent.")
    assert _split_at_stop("Fjordlaks AS. Fullmakt til styreleder") is None
    assert _split_at_stop("Budsjett 12. Mars var siste frist for innspill fra alle.") is None


def test_a_heading_of_thousands_of_dashes_is_read_in_linear_time() -> None:
    """Each dash before a capital opens a rest that is a tail of the one before: once a
    rest is no sentence, none after it is (20,000 dashes took minutes, each rest copied
    and searched whole). A dash before a sentence still splits the heading."""
    title = "Innspill " + "– Kari Holm og Ola Dahl " * 20000
    assert split_heading(title) == (title, None)
    assert split_heading("Veilys – Saken ble drøftet. Ola bestiller ny armatur.") == (
        "Veilys", "Saken ble drøftet. Ola bestiller ny armatur.")
    assert split_heading("Vedtakssak – Magsil AS. Fullmakt til daglig leder") == (
        "Vedtakssak – Magsil AS. Fullmakt til daglig leder", None)


@pytest.mark.parametrize(("heading", "title", "rest"), [
    ("Økonomi Styret gikk gjennom regnskapet for 2025.", "Økonomi",
     "Styret gikk gjennom regnskapet for 2025."),
    ("Vedlikehold Taket på blokk B må repareres.", "Vedlikehold",
     "Taket på blokk B må repareres."),
    ("Budsjett Kari Lund la fram forslaget til budsjett.", "Budsjett",
     "Kari Lund la fram forslaget til budsjett."),
    ("Dugnad Vårdugnaden holdes lørdag 25. april.", "Dugnad",
     "Vårdugnaden holdes lørdag 25. april."),  # a passive of what is held
    ("Skulerute Saka handsamast i neste møte.", "Skulerute", "Saka handsamast i neste møte."),
])
def test_a_one_word_heading_run_on_into_its_first_sentence(heading, title, rest) -> None:
    """A case heading and its text in one paragraph (an HTML source's line break is a
    space): the one-word title ends where the sentence's capitalised subject begins."""
    from motebok.extract.items import split_heading
    assert split_heading(heading) == (title, rest)


@pytest.mark.parametrize("heading", [
    "Kari Lund orienterte om budsjettet.",  # a first name and its surname: the subject
    "Benthe K. Jansson blei valt til referent.",  # an initial is no sentence's start
])
def test_a_sentence_starting_with_a_name_is_not_split_after_its_first_word(heading) -> None:
    from motebok.extract.items import split_heading
    assert split_heading(heading)[0] != heading.split()[0]


def test_a_two_word_name_heading_is_not_cut_after_its_first_word() -> None:
    """"Nome Næringsforum Næringsforumet har søkt …": a title of two capitalised words is
    no one-word title before a subject."""
    from motebok.extract.items import split_heading
    title, _rest = split_heading("Nome Næringsforum Næringsforumet har søkt om tilskot.")
    assert title != "Nome"


@pytest.mark.parametrize("closing", [
    "Neste møte blir 4. mai kl. 10 på Rådhuset.",
    "Neste møte vert laurdag 4. mai kl. 10.",
    "Neste styremøte er 04.05.2024.",
])
def test_a_next_meeting_sentence_set_apart_closes_the_last_item(closing):
    # after a blank line, the sentence on the next meeting is the minutes' closing, as the
    # label's form "Neste møte: 4. mai" is; right under the item it stays (see above)
    record = _parsed("Referat fra styremøte 3. mars 2024\n\nTil stede: Kari Holm, Erik Dahl\n\n"
                     "Sak 1/24 Budsjett\nBudsjettet ble vedtatt.\n\n"
                     f"Sak 2/24 Eventuelt\nIngen saker.\n\n{closing}\n")
    assert record.items[-1].text == "Ingen saker."
    assert record.next_meeting.date == "2024-05-04"


@pytest.mark.parametrize(("heading", "title", "rest"), [
    ("Nome Næringsforum Næringsforumet har søkt om tilskot til ei messe.", "Nome Næringsforum",
     "Næringsforumet har søkt om tilskot til ei messe."),
    ("Rauland Skisenter Skisenteret ønskjer støtte til nytt trekk.", "Rauland Skisenter",
     "Skisenteret ønskjer støtte til nytt trekk."),
    ("Åmli Idrettslag Laget har søkt om midlar til ny bane.", "Åmli Idrettslag",
     "Laget har søkt om midlar til ny bane."),  # the name's noun made definite
])
def test_a_name_heading_taken_up_by_its_sentence_is_the_title(heading, title, rest) -> None:
    """A heading of capitalised name words run on into a sentence whose subject is the
    name's noun in the definite form: the name is the title."""
    from motebok.extract.items import split_heading
    assert split_heading(heading) == (title, rest)


@pytest.mark.parametrize("heading", [
    "Kviteseid Bygdetun har søkt om tilskot til nytt tak.",
    "Bø Museum har bedt om eit møte med rådet.",
])
def test_a_two_word_name_that_is_the_subject_is_not_cut(heading) -> None:
    """"Kviteseid Bygdetun har søkt …": the name is the sentence's subject, not a
    one-word title and a subject ("Bygdetun" has no definite ending)."""
    from motebok.extract.items import split_heading
    assert split_heading(heading)[0] != heading.split()[0]


def test_a_latin_name_noun_taken_up_without_its_um_is_the_title() -> None:
    """"Bø Museum Museet ber om …": "Museum" made definite is "Museet"; "ber" starts the
    sentence as "har" does."""
    from motebok.extract.items import split_heading
    assert split_heading("Bø Museum Museet ber om eit møte med rådet.") == (
        "Bø Museum", "Museet ber om eit møte med rådet.")


def test_a_plain_number_read_by_string_tests_as_its_pattern_reads_it() -> None:
    """``_is_plain_number`` gives what ``_PLAIN_NUMBER.fullmatch`` gives (digits, and one
    lower-case ASCII letter after them), on random short strings of digits, letters and
    case marks, other scripts' digits among them."""
    import random

    from motebok.extract.items import _PLAIN_NUMBER, _is_plain_number

    alphabet = "0123456789abzABZ/-. æ٣５"
    rng = random.Random(40)
    for _ in range(50000):
        number = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 5)))
        assert _is_plain_number(number) == (_PLAIN_NUMBER.fullmatch(number) is not None), \
            number


@pytest.mark.parametrize(("line", "title", "text"), [
    ("Sak 12/26 Vest-Telemark Museum Styret i museet har søkt om tilskudd til nytt magasin.",
     "Vest-Telemark Museum", "Styret i museet har søkt om tilskudd til nytt magasin."),
    ("Sak 12/26 Fyresdal Bygdetun Kommunen har bedt om innspill til drift av tunet.",
     "Fyresdal Bygdetun", "Kommunen har bedt om innspill til drift av tunet."),
    ("Sak 12/26 Seljord Skiklubb Laget søker om tilskudd til ny løype.",
     "Seljord Skiklubb", "Laget søker om tilskudd til ny løype."),
])
def test_a_name_heading_runs_on_into_a_body_as_subject(line: str, title: str, text: str) -> None:
    """A heading of name words running on into a sentence whose subject is a body in its
    definite form ("Styret", "Kommunen", "Laget") that does not repeat the name's word:
    the sentence starts at the body."""
    doc = ("Protokoll fra møte i Kulturrådet i Vest-Telemark\n\nDato: 5. mai 2026\n\n"
           f"Til stede: Kari Lunde (leder), Per Olsen\n\n{line}\n"
           "Vedtak: Rådet støtter søknaden.\n")
    item = parse_bytes(doc.encode(), "kr.txt").items[0]
    assert (item.title, item.text.split("\n")[0]) == (title, text)


@pytest.mark.parametrize("title", ["Orientering fra leder", "Orienteringer fra styreleder",
                                   "Informasjon frå rektor", "Orientering frå dagleg leiar:"])
def test_the_chairs_or_staffs_news_is_a_standing_section(title: str) -> None:
    from motebok.extract.items import is_standing_title

    assert is_standing_title(title)


def test_news_of_a_body_or_a_project_is_no_standing_section() -> None:
    from motebok.extract.items import is_standing_title

    assert not is_standing_title("Orientering fra leder om budsjettet")
    assert not is_standing_title("Informasjon fra prosjektet")


def test_a_forms_label_cells_read_as_the_labels_the_text_version_writes() -> None:
    # "Vedtak | Utvalet …" in a form's table is the text version's "Vedtak: Utvalet …":
    # the item's text is the same, the label no first word of its text; a row of two
    # column headings ("Ansvar | Frist") stays as it is
    import docx

    rows = [("Sak 3/26", "Skyss til skulen"), ("Orientering", "Rektor orienterte om ruta."),
            ("Vedtak", "Utvalet ber om ny rute."), ("Ansvar", "Kari Holm"),
            ("Frist", "1. mai 2026")]
    head = ["Referat frå møte i Li oppvekstutval", "Dato: 12. mars 2026",
            "Til stades: Kari Holm, Per Li"]
    document = docx.Document()
    for line in head:
        document.add_paragraph(line)
    table = document.add_table(rows=len(rows), cols=2)
    for n, (label, value) in enumerate(rows):
        fill_cell(table.cell(n, 0), [label])
        fill_cell(table.cell(n, 1), [value])
    form = parse_bytes(docx_bytes(document), "form.docx")
    text = "\n".join([*head, "", "Sak 3/26 Skyss til skulen",
                      *(f"{label}: {value}" for label, value in rows[1:])])
    typed = parse_bytes(text.encode(), "typed.txt")
    assert [item.text for item in form.items] == [item.text for item in typed.items]
    assert form.items[0].text.startswith("Orientering: Rektor orienterte")


def test_a_row_of_two_column_headings_is_no_label_and_its_text() -> None:
    from motebok.extract.items import _labelled_row

    assert _labelled_row(("Ansvar", "Frist")) is None
    assert _labelled_row(("Vedtak", "", "Styret godkjente.")) == "Vedtak: Styret godkjente."
    assert _labelled_row(("Kari Holm", "Styret godkjente.")) is None


def test_a_bare_date_over_the_signers_name_ends_the_last_item():
    record = _parsed("Styremøte 12.03.26\n\nTilstede: Kari Holm, Per Dahl\n\n"
                     "05 – 2026\tÅrsmelding\n\nÅrsmeldingen ble gjennomgått.\n\n"
                     "06 – 2026\tEventuelt\n\nIngen saker.\n\n12.03.26\nKari Holm\n")
    assert record.items[-1].text == "Ingen saker."


def test_a_closing_next_meeting_sentence_is_no_text_of_an_item_about_a_meeting_room():
    record = _parsed("Referat fra 10. februar 2026\n\nTilstede: Kari Holm, Per Dahl\n\n"
                     "03/26 NYTT MØTEROM\nGruppen så på to rom.\n\n"
                     "Neste møte blir tirsdag 10. mars.\n")
    assert record.items[-1].text == "Gruppen så på to rom."
    assert record.next_meeting.date == "2026-03-10"


@pytest.mark.parametrize("heading", ["De neste regionrådsmøtene:", "Dei neste møta:"])
def test_the_coming_meetings_set_apart_under_the_last_item_are_no_part_of_it(heading):
    text = ("Protokoll fra møte i Indre Fjord regionråd\nDato: 09.03.2026\n\n"
            "Sak 10/26 Ferje\nVedtatt.\n\nSak 11/26 Åpen post\nIngen saker.\n\n"
            f"{heading}\n27. april: Lyngvær\n8. juni: Storvik\n")
    record = parse_bytes(text.encode(), "regionrad.txt")
    assert (record.items[-1].text, record.next_meeting.date) == ("Ingen saker.", "2026-04-27")


def test_a_title_ends_at_its_full_stop_before_a_colon_in_the_text():
    """ "Sak 3. Fordeling av arbeidet. Gruppe 1: Torunn Eide. …": the colon belongs to
    the item's text, the title is the words before the first full stop."""
    assert split_heading("Fordeling av arbeidet. Gruppe 1: Torunn Eide. Gruppe 2: Anders "
                         "Berge. Gruppe 3: Helga Moldestad.") == (
        "Fordeling av arbeidet",
        "Gruppe 1: Torunn Eide. Gruppe 2: Anders Berge. Gruppe 3: Helga Moldestad.")
    assert split_heading("Logo til rådet: Johannes Heggdal har arbeidet mer med logoen.") == (
        "Logo til rådet", "Johannes Heggdal har arbeidet mer med logoen.")


@pytest.mark.parametrize("heading", ["Faste punkt:", "Faste punkt", "FASTE PUNKT"])
def test_nynorsk_standing_points_are_an_item_without_a_number(heading):
    text = (f"Referat frå møte i brukarrådet\n\nDato: 24.02.2026\nTil stades: Nils Aarvik, "
            f"Hanne Sørbø\n\n{heading}\nGodkjenning av referat nr. 40.\nReferatet vart "
            f"godkjent.\n\nSAKER\n\n05/26 TUR\nVedtak: Utsett.\n")
    record = parse_bytes(text.encode(), "brukarrad.txt")
    assert [(i.number, i.title.casefold(), i.decisions) for i in record.items] == [
        (None, "faste punkt", ["Referatet vart godkjent."]), ("05/26", "tur", ["Utsett."])]


@pytest.mark.parametrize("closing", ["Møtet slutt.", "Møtet vart avslutta."])
def test_the_meeting_closed_alone_on_its_line_ends_the_last_item(closing):
    """ "Møtet slutt." with no time ends the minutes: the writer signing under it is the
    secretary, not a line of the last item."""
    text = ("Referat av møte i Nordvik mållag 18. mars 2026\n\nTil stades: Torunn Eide, "
            "Helga Moe\n\nSak 1. Pressemelding. Framlegg til melding vart drøfta.\n\n"
            f"{closing}\nAnders Berge, skrivar\n")
    record = parse_bytes(text.encode(), "maallag.txt")
    assert record.items[-1].text == "Framlegg til melding vart drøfta."
    assert [(p.name, p.role) for p in record.participants][-1] == ("Anders Berge", "secretary")


@pytest.mark.parametrize(("end", "last_text"), [
    ("Ingen saker.\n17.02.22\n", "Ingen saker."),
    ("Ingen saker.\n\nVestby, 17. februar 2022\n", "Ingen saker."),
    ("Neste møter:\n10.04.22\n17.05.22\n", "Neste møter:\n10.04.22 17.05.22"),  # a plan
])
def test_a_lone_date_ending_the_minutes_is_no_text_of_the_last_item(end, last_text):
    text = ("Referat frå møte i Nordfjella regionråd\n\nDato: 3. februar 2022\n\n"
            "Til stades: Harald Vik, Siri Moen\n\nSak 5/22 Regional plan\n"
            f"Planen vart drøfta.\n\nSak 6/22 Eventuelt\n{end}")
    assert parse_bytes(text.encode(), "regionrad.txt").items[-1].text == last_text


def _line(text: str, *, gap: bool = False, index: int = 0, bullet: str = "") -> Line:
    """A paragraph line as the reader gives it (``bullet``: a list line's marker)."""
    return Line(text=bullet + text, body=text,
                kind=BlockKind.LIST_ITEM if bullet else BlockKind.PARAGRAPH, level=0, cells=(),
                bold=False, gap=gap, index=index)


@pytest.mark.parametrize("text", [
    "Gruppen drøftet saken og ba om en ny runde.",
    "Vedtak: Saken ble tatt til orientering.",
    "Kari Holm orienterte om arbeidet så langt.",
    "Sekretariatet lager et forslag til høringssvar.",
    "Til stede var alle medlemmene.",
])
def test_running_text_is_ruled_out_before_the_heading_patterns(text):
    assert _heads_no_item(text, _line(text), nested=False)


# One line of each heading form the shortcut must let through to its pattern.
HEADING_FORMS = [
    "Sak 3/25 Budsjett for 2026", "PS 3/25 Budsjett for 2026", "3. Budsjett for 2026",
    "II. Årsmelding for Fjellbygda", "(2) Budsjett for 2026", "Budsjett for 2026 (sak 3/25)",
    "Kl. 10.00 Sak 2/25 Budsjett", "SAKSPROTOKOLL - SKULERUTE", "Særutskrift - Skolerute",
    "Sakstittel: Opptak av nye medlemmer", "Regionrådssak 12/24 Budsjett for 2026",
    "«  2.  Skriv fra Nordvik kommune", "Godkjenning av innkalling (sak 1)",
]


@pytest.mark.parametrize("text", HEADING_FORMS)
def test_every_heading_form_passes_the_running_text_shortcut(text):
    assert not _heads_no_item(text, _line(text), nested=False)


def test_a_letter_passes_the_shortcut_only_in_a_lettered_list():
    line = _line("A) Endringer i kontoplanen for laget")
    assert _heads_no_item(line.text, line, nested=False)
    assert not _heads_no_item(line.text, line, nested=True)


def test_short_lines_set_apart_pass_the_shortcut():
    assert not _heads_no_item("Eventuelt", _line("Eventuelt", gap=True), nested=False)


@pytest.mark.parametrize("nested", [False, True])
def test_candidates_are_those_found_without_the_shortcut(monkeypatch, nested):
    texts = ["Referat fra styremøte i Fjellbygda", "Saksliste", *HEADING_FORMS,
             "Gruppen drøftet saken.", "A) Endringer i kontoplanen", "Eventuelt"]
    lines = [_line(text, gap=True, index=n) for n, text in enumerate(texts)]
    fast = find_candidates(lines, nested=nested)
    monkeypatch.setattr(items, "_heads_no_item", lambda *_: False)
    assert fast == find_candidates(lines, nested=nested)
    assert len(fast) >= len(HEADING_FORMS) - 1


# Table rows of each form ``_row_heads_no_item`` must let through, among rows of people
# and tasks that head no item
ROW_FORMS = [
    "| 1 | Godkjenning av innkalling |", "| Sak 2/25 | Budsjett for 2026 |",
    "| Forts. sak 2 | Budsjett for 2026 |", "| II. | Årsmelding for Fjellbygda |",
    "| Sak II | Årsmelding |", "| Kl. 10.00 | Sak 3/25 Høring om skolerute |",
    "| « 4. | Skriv fra Nordvik kommune |", "| Ášši / Sak 5/25 | Vegplan |",
    "| Sakstittel: | Opptak av nye medlemmer |", "| Eventuelt | |",
    "| PS 6/25 | Regnskap |", "| EVENTUELT |",
]
ROW_PEOPLE = [
    "| Kari Holm | Nordby kommune | Leder |", "| Ingrid Sæther | Vestvik kommune | Medlem |",
    "| Siri Lunde | Fjellbygda | Nestleder |", "| Knut Berg | Sekretariatet | Referent |",
    "| Sende brev til kommunene | Per Dahl | 1. mai |",
]


@pytest.mark.parametrize("nested", [False, True])
def test_table_rows_give_the_candidates_found_without_the_row_shortcut(monkeypatch, nested):
    from motebok.extract.text import to_lines
    from motebok.read import read_bytes

    text = ("Referat fra styremøte i Fjellbygda\n\n| Navn | Organisasjon | Rolle |\n"
            + "\n".join(ROW_PEOPLE) + "\n\n" + "\n".join(ROW_FORMS) + "\n\n"
            + "\n".join(ROW_PEOPLE) + "\n")
    lines = to_lines(read_bytes(text.encode(), "txt").blocks, [])
    assert sum(line.is_table for line in lines) >= len(ROW_FORMS)
    fast = find_candidates(lines, nested=nested)
    monkeypatch.setattr(items, "_row_heads_no_item", lambda *_: False)
    assert fast == find_candidates(lines, nested=nested)
    assert fast


@pytest.mark.parametrize("cells", [
    (" 3", "AKTUELT FOR NÆRINGSFORUM"), ("\u00a012/25", "Budsjett for 2026"),
    (" 12/25", "Budsjett for 2026"), (" Sak 53/16", "Tilskudd til lag"),
    ("3", "AKTUELT FOR NÆRINGSFORUM"), ("12/25", "Budsjett for 2026"),
])
def test_a_numbered_or_case_cell_is_read_after_the_row_gate_as_before_it(monkeypatch, cells):
    # (s74d) the row's capitals and case-cell forms are tried after the gate: a cell
    # written with a space before its number (a copy that kept the cell's padding) is
    # sent the long way by that space, and read as it was before the gate
    rows = [("Kari Holm", "Nordby kommune"), cells, ("Per Dahl", "Vestvik kommune")]
    lines = [Line(text="\t".join(row), body="\t".join(row), kind=BlockKind.TABLE_ROW,
                  level=0, cells=row, bold=False, gap=not n, index=n)
             for n, row in enumerate(rows)]
    fast = find_candidates(lines)
    assert [c.line for c in fast] == [1]
    monkeypatch.setattr(items, "_row_heads_no_item", lambda *_: False)
    assert fast == find_candidates(lines)


def test_a_closing_point_is_among_the_short_lines_the_text_gate_tests_it_with():
    # (s74d) ``_heads_no_item`` asks for "Eventuelt" only among lines under 60 characters
    assert items._CLOSING_POINT_CHARS < 60
    assert not items._heads_no_item("Eventuelt", _line("Eventuelt"), False)
    assert not items._heads_no_item("Kl. 10.00 Sak 2/25", _line("Kl. 10.00 Sak 2/25"), False)
    assert not items._heads_no_item("Særutskrift", _line("Særutskrift"), False)
    assert items._heads_no_item("Kari Holm orienterte om arbeidet så langt.",
                                _line("Kari Holm orienterte om arbeidet så langt."), False)


def test_a_row_of_a_person_or_a_task_is_ruled_out_before_the_heading_forms():
    from motebok.extract.text import to_lines
    from motebok.read import read_bytes

    text = "| Navn | Organisasjon | Rolle |\n" + "\n".join(ROW_PEOPLE[:4]) + "\n"
    lines = [line for line in to_lines(read_bytes(text.encode(), "txt").blocks, [])
             if line.is_table][1:]
    assert len(lines) == 4
    assert all(items._row_heads_no_item(" ".join(c.strip() for c in line.cells if c.strip()),
                                        line, lines, [], False) for line in lines)


def test_every_agenda_label_holds_a_part_its_shortcut_looks_for():
    spellings = [spelling for spelling, field in LABELS.items() if field is Field.AGENDA]
    assert spellings
    assert all(any(part in spelling for part in AGENDA_LABEL_PARTS) for spelling in spellings)


@pytest.mark.parametrize(("line", "heading"), [
    (_line("Saksliste"), True),
    (_line("DAGSORDEN:"), True),
    (_line("Program"), True),
    (_line("Saker til behandling", bullet="• "), True),
    (_line("Saksliste: 1. Budsjett"), False),
    (_line("Gruppen drøftet saken."), False),
])
def test_agenda_heading(line, heading):
    assert is_agenda_heading(line) is heading


def test_a_follow_up_heading_naming_its_columns_after_dashes():
    # "Oppfølging – hva – hvem – frist" heads the list whose "Sak 2: …" rows cite items
    # read above: no item of their own, and each row's task, owner and deadline in the
    # order the heading names them
    text = ("Referat fra møte i arbeidsgruppen for felles lønn, Sørdal\n\n"
            "Dato: 4. mai 2026\n\nTil stede: Kari Lund, Per Foss\n\n"
            "1. Status\nArbeidet går som planlagt.\n\n2. Felles system\nGruppen anbefaler "
            "felles anskaffelse.\n\nOppfølging – hva – hvem – frist\n"
            "Sak 2: Lage kravspesifikasjon – Per Foss – 1. juni\n")
    items = parse_bytes(text.encode(), "referat.txt").items
    assert [item.number for item in items] == ["1", "2"]
    [action] = items[1].actions
    assert (action.responsible, action.due) == ("Per Foss", "2026-06-01")
    assert items[1].text == "Gruppen anbefaler felles anskaffelse."  # the list is no text


_LETTERED_HEAD = ("Referat fra styremøte i Granlia Vel\n\nDato: 5. februar 2024\n\n"
                  "Til stede: Bente Aune, Lill Hagen\n\n")


@pytest.mark.parametrize("marks", [("a)", "b)", "c)"), ("A.", "B.", "C.")])
def test_lettered_items_with_a_numbered_list_inside_one_are_the_items(marks):
    # the numbers are the points of "b)", one list with no text between them
    a, b, c = marks
    text = (_LETTERED_HEAD + f"{a} Brøyting\nStyret er fornøyd.\n\n"
            f"{b} Regnskap\nKassereren la fram tre forhold:\n1. Inntektene er høye.\n"
            f"2. Kostnadene er lave.\n\n{c} Eventuelt\nIngen saker.\n")
    record = parse_bytes(text.encode(), "a.txt")
    assert [(i.number, i.title) for i in record.items] == [
        (a[0], "Brøyting"), (b[0], "Regnskap"), (c[0], "Eventuelt")]
    assert "2. Kostnadene er lave." in record.items[1].text


def test_numbered_items_with_text_between_them_stay_the_items_under_a_lettered_line():
    text = (_LETTERED_HEAD + "a) Innledning\nLeder ønsket velkommen.\n\n"
            "1. Brøyting\nStyret er fornøyd.\n\n2. Regnskap\nGodkjent.\n")
    record = parse_bytes(text.encode(), "a.txt")
    assert [i.number for i in record.items] == ["1", "2"]


def test_eventuelt_without_a_blank_line_after_cases_typed_without_them_is_an_item():
    text = (_LETTERED_HEAD + "Sak 12 - 2024 Godkjenning av innkalling\nGodkjent.\n"
            "Sak 13 - 2024 Regnskap\nRegnskapet ble tatt til orientering.\n"
            "Eventuelt\nIngen saker.\n")
    record = parse_bytes(text.encode(), "a.txt")
    assert [(i.number, i.title, i.text) for i in record.items] == [
        ("12-2024", "Godkjenning av innkalling", "Godkjent."),
        ("13-2024", "Regnskap", "Regnskapet ble tatt til orientering."),
        (None, "Eventuelt", "Ingen saker.")]


def test_a_title_cells_paragraphs_read_before_the_decision_cell_beside_them():
    # "Sak | Tittel | Vedtak": the title cell holds the talk under the title, the cell
    # to its right the decision; the item's text reads the row left to right. A text
    # cell's own paragraphs (the row's longest cell) keep their order as before.
    import docx
    document = docx.Document()
    document.add_paragraph("Referat fra møte i styringsgruppen 19.02.2025")
    document.add_paragraph("Til stede: Kari Holm, Ole Dahl")
    rows = [(["Sak"], ["Tittel"], ["Vedtak"]),
            (["6/25"], ["Status byggeprosjektet", "Prosjektleder orienterte om framdriften."],
             ["Tatt til orientering."]),
            (["7/25"], ["Uteområdet"],
             ["To tilbud er mottatt.", "Gruppen går inn for tilbudet fra Grønn Park AS."])]
    table = document.add_table(rows=len(rows), cols=3)
    for r, row in enumerate(rows):
        for c, lines in enumerate(row):
            fill_cell(table.cell(r, c), lines)
    record = parse_bytes(docx_bytes(document), "referat.docx")
    assert [(i.number, i.title, i.text.split("\n")) for i in record.items] == [
        ("6/25", "Status byggeprosjektet",
         ["Prosjektleder orienterte om framdriften.", "Tatt til orientering."]),
        ("7/25", "Uteområdet",
         ["To tilbud er mottatt.", "Gruppen går inn for tilbudet fra Grønn Park AS."])]
    assert record.items[0].decisions == ["Tatt til orientering."]


def test_a_bold_decision_label_after_a_bold_case_heading_opens_the_items_text():
    # Word joins "Sak 5/25 Sommerfest" and "Vedtak:" into one bold run over the plain
    # blank between them; the label is the text's, not the title's last word
    import docx
    document = docx.Document()
    document.add_paragraph("Protokoll fra møte i Lia grendeutvalg 10.04.2025")
    document.add_paragraph("Til stede: Anders Lia, Mette Berg")
    paragraph = document.add_paragraph()
    paragraph.add_run("Sak 5/25 Sommerfest").bold = True
    paragraph.add_run(" ")
    paragraph.add_run("Vedtak:").bold = True
    paragraph.add_run(" Sommerfesten holdes 21. juni.")
    record = parse_bytes(docx_bytes(document), "referat.docx")
    assert [(i.number, i.title, i.text, i.decisions) for i in record.items] == [
        ("5/25", "Sommerfest", "Vedtak: Sommerfesten holdes 21. juni.",
         ["Sommerfesten holdes 21. juni."])]


@pytest.mark.parametrize("label", ["", "Tid: "])
def test_a_bare_programme_of_time_slots_is_the_agendas_list(label):
    # no "Program" heading over the slots; "Tid:" before each is no label of the hours
    text = (f"Agenda – møte i Fagnettverket\n\nDato: 26. mai 2026\n\n"
            f"{label}09.00–09.15 Velkommen\n{label}09.15–10.15 Nye retningslinjer\n"
            f"{label}10.15–10.30 Pause\n{label}10.30–11.30 Erfaringsdeling\n")
    record = parse_bytes(text.encode(), "agenda.txt")
    assert [i.title for i in record.items] == ["Velkommen", "Nye retningslinjer",
                                               "Erfaringsdeling"]
    assert (record.meeting.start, record.meeting.end) == ("09:00", "11:30")


def test_a_time_label_with_a_place_label_after_it_is_no_slot():
    assert not text_slot_line("Tid: 18.00–20.00 Sted: Rådhuset")
    assert text_slot_line("Tid: 18.00–20.00 Velkommen")


def test_weekday_headings_of_a_programme_over_two_days_group_its_slots():
    text = ("Program for samling i Kulturnettverket Innherred\n\nDato: 3.–4. juni 2026\n\n"
            "Onsdag 3. juni\n11.00 Registrering\n11.30 Velkommen\n12.00 Lunsj\n\n"
            "Torsdag 4. juni\n09.00 Oppsummering\n10.30 Veien videre\n")
    record = parse_bytes(text.encode(), "program.txt")
    assert (record.kind, record.body, record.meeting.start, record.meeting.end) == (
        "agenda", "Kulturnettverket Innherred", "11:00", None)
    assert [(i.title, i.text) for i in record.items] == [
        ("Registrering", ""), ("Velkommen", ""), ("Oppsummering", ""), ("Veien videre", "")]


def test_a_summons_keeps_the_listed_cases_without_case_papers_in_order():
    text = ("Innkalling til møte i utvalet\n\nMøtedato: 21.04.2026\n\nSakliste\n"
            "PS 15/26 Godkjenning av innkalling\nPS 16/26 Godkjenning av møtebok\n"
            "PS 17/26 Tilskot til lag\nPS 18/26 Referatsaker\nPS 19/26 Budsjett\n\n"
            "Saksframlegg\n\nPS 17/26 Tilskot til lag\n"
            "Det kom inn 23 søknader.\nInnstilling: Utvalet fordeler tilskota.\n\n"
            "PS 19/26 Budsjett\nRamma er uendra.\n")
    record = parse_bytes(text.encode(), "innkalling.txt")
    assert [(i.number, i.decisions) for i in record.items] == [
        ("15/26", []), ("16/26", []), ("17/26", []), ("18/26", []), ("19/26", [])]


def _sections(body: str) -> list[tuple[str | None, str, str]]:
    """(number, title, text) of each item of a small styremøte with ``body`` as its items."""
    text = ("Referat fra styremøte 9.11.2023\n\nTilstede: Kari Holm, Ole Dahl\n\n"
            f"{body}\n")
    record = parse_bytes(text.encode(), "styremote.txt")
    return [(item.number, item.title, item.text) for item in record.items]


@pytest.mark.parametrize("word", ["Sak", "SAK"])
@pytest.mark.parametrize("mark", [" –", ":", "", "."])
def test_the_case_word_before_a_roman_numeral(word, mark):
    body = "\n\n".join(f"{word} {n}{mark} {title}\n{said}" for n, title, said in [
        ("I", "Godkjenning av referat", "Godkjent."), ("II", "Budsjett", "Vedtatt."),
        ("III", "Eventuelt", "Ingen saker.")])
    assert [s[:2] for s in _sections(body)] == [
        ("I", "Godkjenning av referat"), ("II", "Budsjett"), ("III", "Eventuelt")]


@pytest.mark.parametrize("again", [
    "Forts. sak 2 Budsjett", "Fortsettelse av sak 2", "Sak 2 Budsjett – fortsatt behandling",
    "Sak 2 Budsjett (forts. behandling)", "Sak 2 (forts.) Budsjett"])
def test_an_item_said_to_go_on_first_or_last_is_one_item(again):
    body = ("Sak 1 Godkjenning av referat\nGodkjent.\n\nSak 2 Budsjett\nBudsjettet ble lagt "
            f"fram.\n\nSak 3 Eventuelt\nIngen saker.\n\n{again}\nBudsjettet ble vedtatt.")
    assert _sections(body) == [
        ("1", "Godkjenning av referat", "Godkjent."),
        ("2", "Budsjett", "Budsjettet ble lagt fram.\nBudsjettet ble vedtatt."),
        ("3", "Eventuelt", "Ingen saker.")]


def test_bare_case_numbers_with_the_year_first():
    body = ("2024/15 Godkjenning av referat\nGodkjent.\n\n2024/16 Budsjett\nVedtatt.\n\n"
            "2024/17 Eventuelt\nIngen saker.")
    assert [s[:2] for s in _sections(body)] == [
        ("2024/15", "Godkjenning av referat"), ("2024/16", "Budsjett"), ("2024/17", "Eventuelt")]


def test_a_lone_archive_reference_with_the_year_first_is_no_item():
    body = ("Sak 1 Godkjenning av referat\nGodkjent.\n\nSak 2 Budsjett\n"
            "2024/551 Brev fra kommunen\nBudsjettet ble vedtatt.")
    assert [s[:2] for s in _sections(body)] == [("1", "Godkjenning av referat"),
                                                 ("2", "Budsjett")]


@pytest.mark.parametrize("closing", [
    "Neste møte avtales senere.", "Nytt møte vert avtalt seinare.",
    "Møteplan høsten 2024: 9. september, 14. oktober og 18. november, alle kl. 12–15 på Teams.",
    "Møteplan hausten 2024:\n- 12. september\n- 24. oktober"])
def test_a_closing_line_on_the_next_meeting_set_apart_is_no_item_text(closing):
    body = f"Sak 1 Budsjett\nVedtatt.\n\nSak 2 Eventuelt\nIngen saker.\n\n{closing}"
    assert _sections(body)[-1] == ("2", "Eventuelt", "Ingen saker.")


def test_a_heading_numbered_next_after_a_vedtaks_points_is_the_next_item():
    # "3." after the vedtak's "1." and "2." is the outline's number of the next heading,
    # as Writer and Word number headings, not the vedtak's third point
    text = ("# Referat fra møte i styret\n\nDato: 4. juni 2024\n\n"
            "## 1. Godkjenning av innkalling\n\nGodkjent.\n\n## 2. Budsjett\n\nVedtak:\n\n"
            "1. Styret vedtar budsjettet.\n"
            "2. Kari Holm sender budsjettet til kommunen.\n\n## 3. Eventuelt\n\nIngen saker.\n")
    record = parse_bytes(text.encode(), "referat.md")
    assert [(item.number, item.title) for item in record.items] == [
        ("1", "Godkjenning av innkalling"), ("2", "Budsjett"), ("3", "Eventuelt")]
    assert record.items[1].decisions == ["Styret vedtar budsjettet.",
                                         "Kari Holm sender budsjettet til kommunen."]


def test_a_list_of_papers_under_vedlegg_then_the_next_meeting_is_no_paper_bound_after():
    # "Neste møte:" under the list of papers goes on with the minutes: "Vedlegg" listed
    # them, it opened no paper of its own that would cut the rest off
    text = ("Referat fra møte i styret\n\nDato: 16. oktober 2024\n\nSak 23/24 Eventuelt\n"
            "Ingen saker.\n\nVedlegg\n- Innspill til budsjett 2025\n- Tegninger, sentrum\n\n"
            "Neste møte: 4. desember 2024 kl. 12.00.\n")
    record = parse_bytes(text.encode(), "referat.txt")
    assert (record.next_meeting.date, record.next_meeting.start) == ("2024-12-04", "12:00")


@pytest.mark.parametrize(("title", "split"), [
    ("Forrige referat godkjent.", (None, "Forrige referat godkjent.")),
    ("Budsjett 2025 vedtatt.", (None, "Budsjett 2025 vedtatt.")),
    ("Referat frå førre møte godkjend utan merknader.",
     (None, "Referat frå førre møte godkjend utan merknader.")),
    ("Referat – godkjent.", ("Referat", "godkjent")),  # the dash sets the title apart
    ("Forrige referat godkjent", ("Forrige referat godkjent", None)),  # a title, no stop
])
def test_a_numbered_line_that_is_a_short_outcome_sentence_is_text_not_a_title(title, split):
    """"1) Forrige referat godkjent." in minutes kept as a numbered list of points: the
    point's whole line is the note-form sentence of its outcome (its decision), with no
    title of its own."""
    assert split_heading(title) == split


def _html_item_table(task_row: str, number_cell: str = "<td>5/24</td>") -> list:
    """The items of a web page's item table: item 5/24, then ``task_row`` under it."""
    return parse_bytes(
        ("<html><body><h1>Protokoll fra styremøte i Nordby Vel</h1>"
         "<p>Dato: 3. mars 2024</p><p>Til stede: Kari Holm, Per Dahl, Lise Dahl</p><table>"
         "<tr><th>Sak</th><th>Tema</th><th>Vedtak</th><th>Ansvar</th><th>Frist</th></tr>"
         f"<tr>{number_cell}<td>Overvann</td><td>Styret drøftet overløpene.</td>"
         f"<td></td><td></td></tr>{task_row}"
         "<tr><td>6/24</td><td>Eventuelt</td><td>Ingen saker.</td><td></td><td></td></tr>"
         "</table></body></html>").encode(), "protokoll.html").items


_TASK = "Det hentes inn tilbud på rensing av overløpene."


@pytest.mark.parametrize(("task_row", "number_cell"), [
    # the number cell merged down over the task row (rowspan)
    (f"<tr><td></td><td>{_TASK}</td><td>Lise Dahl</td><td>1. juni</td></tr>",
     '<td rowspan="2">5/24</td>'),
    # the number and title cells merged across (colspan): the row has no first cell
    (f'<tr><td colspan="2">{_TASK}</td><td>Lise Dahl</td><td>1. juni</td></tr>',
     "<td>5/24</td>"),
    (f'<tr><td colspan="3">{_TASK}</td><td>Lise Dahl</td><td>1. juni</td></tr>',
     "<td>5/24</td>"),
    # the empty cells written out
    (f"<tr><td></td><td></td><td>{_TASK}</td><td>Lise Dahl</td><td>1. juni</td></tr>",
     "<td>5/24</td>"),
])
def test_a_task_row_under_an_items_number_gives_the_task_its_owner_and_date(
        task_row, number_cell):
    # the row's "Ansvar" and "Frist" cells are the task's owner and due date: not words
    # of the item's text ("… overløpene. Lise Dahl 1. juni"), however the row is written
    items = _html_item_table(task_row, number_cell)
    assert [(i.number, i.title, i.text) for i in items] == [
        ("5/24", "Overvann", f"Styret drøftet overløpene.\n{_TASK}"),
        ("6/24", "Eventuelt", "Ingen saker.")]
    assert [(a.text, a.responsible, a.due) for a in items[0].actions] == [
        (_TASK, "Lise Dahl", "2024-06-01")]


def test_a_short_markdown_row_under_an_item_is_its_task():
    # "| Tilbud hentes inn. | Kari Holm | 1. juli |" under a five-column heading: the
    # cells left out are the row's first ones, as the page shows it under the number
    items = _table_minutes(
        "| 20/24 | Forvaltningsrevisjon | Utvalget tar rapporten til orientering. | | |\n"
        "| Rapporten oversendes kommunestyret. | Sekretariatet | 30.06.2024 |\n"
        "| 21/24 | Eventuelt | Ingen saker. | | |")
    assert [(i.number, i.text) for i in items] == [
        ("20/24", "Utvalget tar rapporten til orientering.\n"
                  "Rapporten oversendes kommunestyret."),
        ("21/24", "Ingen saker.")]
    assert [(a.text, a.responsible, a.due) for a in items[0].actions] == [
        ("Rapporten oversendes kommunestyret.", "Sekretariatet", "2024-06-30")]


def test_a_short_row_whose_last_cells_are_no_owner_and_date_is_no_task():
    # a row cut short at its end ("Rapporten ble drøftet i lang tid. | Det var enighet om
    # at den er god.") names no one: no task from it
    items = _table_minutes(
        "| 20/24 | Forvaltningsrevisjon | Utvalget tar rapporten til orientering. | | |\n"
        "| Rapporten ble drøftet. | Utvalget mente at rapporten var god og grundig. |\n"
        "| 21/24 | Eventuelt | Ingen saker. | | |")
    assert all(not i.actions for i in items)


def test_a_pdf_task_row_under_a_number_shown_once_is_the_items_task():
    from fixtures.builders import to_pdf
    data = to_pdf([
        ("heading", "Protokoll fra styremøte i Nordby Vel"), ("para", "Dato: 3. mars 2024"),
        ("para", "Til stede: Kari Holm, Per Dahl, Lise Dahl"),
        ("table", [("Sak", "Tema", "Vedtak", "Ansvar", "Frist"),
                   ("5/24", "Overvann", "Styret drøftet overløpene.", "", ""),
                   ("", "", _TASK, "Lise Dahl", "1. juni"),
                   ("6/24", "Eventuelt", "Ingen saker.", "", "")])])
    items = parse_bytes(data, "protokoll.pdf").items
    assert [(i.number, i.text) for i in items] == [
        ("5/24", f"Styret drøftet overløpene.\n{_TASK}"), ("6/24", "Ingen saker.")]
    assert [(a.text, a.responsible, a.due) for a in items[0].actions] == [
        (_TASK, "Lise Dahl", "2024-06-01")]


def test_a_task_in_the_title_column_under_an_item_is_its_task_not_an_item():
    # "Sak | Tema | Ansvar | Frist" has no text column: a row without a number whose
    # "Tema" cell stands beside an owner and a date is the task of the item above
    items = _table_minutes(
        "| 11/24 | Kulturmønstring | | |\n"
        "| | Sende søknad til kulturkontoret | Ida Lunde | 15. august |\n"
        "| 12/24 | Eventuelt | | |", head="| Sak | Tema | Ansvar | Frist |")
    assert [(i.number, i.title, i.text) for i in items] == [
        ("11/24", "Kulturmønstring", "Sende søknad til kulturkontoret"),
        ("12/24", "Eventuelt", "")]
    assert [(a.text, a.responsible, a.due) for a in items[0].actions] == [
        ("Sende søknad til kulturkontoret", "Ida Lunde", "2024-08-15")]


def test_the_tasks_of_an_items_rows_keep_the_rows_order():
    # the first row's text is a task by its "Ansvar" cell, the second words a task of its
    # own: found first, it still comes second
    items = _table_minutes(
        "| 22/24 | Takrenner | Styret drøftet tilbudene. | | |\n"
        "| | | Styret godtar tilbudet fra Fjord Tak AS. | Geir Moen | 1. juni |\n"
        "| | | Beboerne varsles om arbeidet. | Turid Aas | 20.05.2024 |")
    assert [a.responsible for a in items[0].actions] == ["Geir Moen", "Turid Aas"]


@pytest.mark.parametrize("label", ["Lysbilde {n} av 3", "Slide {n} of 3", "Lysbilete {n}"])
def test_a_handouts_slide_numbers_are_no_text_of_the_items(label):
    # a deck printed as a handout numbers each page by its slide: page furniture
    slides = "\n\n".join(f"Sak {n} Tema {n}\nStyret drøftet saken.\n\n{label.format(n=n)}"
                         for n in range(1, 4))
    record = _parsed(f"Referat fra styremøte 3. mars 2025\n\nTil stede: Kari Holm\n\n{slides}\n")
    assert [i.text for i in record.items] == ["Styret drøftet saken."] * 3


def test_a_group_heading_inside_the_agenda_keeps_it_one_list():
    # "Orienteringssaker" over "OS 3/25" in the saksliste: the whole list is the agenda,
    # and the detailed sections after it are the items, in their order
    text = ("Møteprotokoll\n\nDato: 27.05.2025\n\nSaksliste\nSaker til behandling\n"
            "PS 11/25 Godkjenning av protokoll\nPS 12/25 Sentrumsplanen\n"
            "Orienteringssaker\nOS 3/25 Tilrettelagte boliger\n\n"
            "PS 11/25 Godkjenning av protokoll\nRådets vedtak:\nProtokollen godkjennes.\n\n"
            "PS 12/25 Sentrumsplanen\nRådgiveren orienterte.\n\n"
            "OS 3/25 Tilrettelagte boliger\nKnut Ravn la fram status.\n")
    record = parse_bytes(text.encode(), "rad.txt")
    assert [(i.number, i.text) for i in record.items] == [
        ("11/25", "Rådets vedtak:\nProtokollen godkjennes."),
        ("12/25", "Rådgiveren orienterte."), ("3/25", "Knut Ravn la fram status.")]


def _grouped_minutes(between: str, groups: tuple[str, str] = ("Orienteringssaker",
                                                              "Vedtakssaker")) -> list[
        tuple[str | None, str]]:
    """(number, title) of the items of minutes whose unnumbered titles stand under plain
    group headings ``groups``, ``between`` set between each one and its first title."""
    text = ("Referat fra møte i Regionrådet for Dalane\n\nDato: 5. februar 2024\n\n"
            "Til stede: Kari Nordmann (leder), Per Hansen, Liv Berg\n\n"
            f"{groups[0]}\n{between}Status for bredbånd\n"
            "Daglig leder orienterte om framdriften.\n\n"
            "Nytt fra fylket\nPer Hansen orienterte om regional plan.\n\n"
            f"{groups[1]}\n{between}Budsjett 2024\nRegionrådet vedtok budsjettet.\n")
    record = parse_bytes(text.encode(), "a.txt")
    return [(item.number, item.title) for item in record.items]


@pytest.mark.parametrize("between", ["\n", ""])
def test_plain_group_headings_over_unnumbered_titles_are_no_items(between):
    # "Orienteringssaker" and "Vedtakssaker" only name the agenda's parts: the titles
    # under them are the items (also with no blank line under the group's name)
    assert _grouped_minutes(between) == [
        (None, "Status for bredbånd"), (None, "Nytt fra fylket"), (None, "Budsjett 2024")]


@pytest.mark.parametrize("groups", [("Orienteringar", "Til vedtak"),
                                    ("Saker til orientering", "Saker til vedtak")])
def test_group_headings_without_the_word_saker_over_titles_are_no_items(groups):
    # the kinds of case as group names ("Til vedtak"), "Orienteringar" among them: two
    # groups over titles, so "Orienteringar" is no item of short reports either
    assert _grouped_minutes("\n", groups) == [
        (None, "Status for bredbånd"), (None, "Nytt fra fylket"), (None, "Budsjett 2024")]


def _list_then_closing(closing: str, points: tuple[str, str]) -> list[tuple[str | None, str]]:
    """(number, title) of minutes whose item 2 ends in a numbered list right over
    ``closing``."""
    text = ("Referat fra møte i Faggruppe for helse\n\nDato: 7. mars 2024\n\n"
            "Til stede: Kari Nordmann (leder), Per Hansen\n\n"
            "1. Godkjenning av innkalling\nInnkallingen ble godkjent.\n\n"
            f"2. Samhandlingsavtalen\nGruppen gikk gjennom avtalen.\n1. {points[0]}\n"
            f"2. {points[1]}\n{closing}\nIngen saker.\n")
    record = parse_bytes(text.encode(), "a.txt")
    return [(item.number, item.title) for item in record.items]


def test_eventuelt_after_a_list_inside_the_last_item_is_the_next_item():
    # "3." goes on from the list's "2." and from item 2 alike: the meeting's closing
    # point written as the items' headings are is item 3
    assert _list_then_closing("3. Eventuelt", (
        "Kari Nordmann sender kommentarer innen 15. mars.", "Per Hansen innkaller i april.")
    ) == [("1", "Godkjenning av innkalling"), ("2", "Samhandlingsavtalen"), ("3", "Eventuelt")]


def test_a_listed_agenda_inside_an_item_keeps_its_eventuelt():
    # the list is the next meeting's agenda ("1. Godkjenning av innkalling", …): its
    # "3. Eventuelt" is the list's third point, no item
    assert _list_then_closing("3. Eventuelt", ("Godkjenning av innkalling", "Budsjett")) == [
        ("1", "Godkjenning av innkalling"), ("2", "Samhandlingsavtalen")]


@pytest.mark.parametrize("heading", [
    "Sak 2024/12 (arkivsak 23/1234) Budsjett 2025",
    "Sak 2024/12 – arkivsak 23/1234 – Budsjett 2025",
    "Sak 2024/12 Arkivsaknr. 23/1234 Budsjett 2025",
    "Sak 2024/12 Budsjett 2025 (arkivsak 23/1234)",
    "Sak 2024/12 Budsjett 2025, arkivsak: 23/1234",
    "Sak 2024/12 Arkivsak 23/1234\nBudsjett 2025",  # the title on the next line
])
def test_the_archive_reference_beside_a_case_number_is_no_part_of_the_title(heading):
    text = ("Protokoll frå møte i Hovudutval for oppvekst\n\nMøtedato: 14.03.2024\n\n"
            "Møtande medlemer: Randi Skeie (leiar), Per Dal\n\n"
            "Sak 2024/11 Godkjenning av innkalling\nInnkallinga vart godkjend.\n\n"
            f"{heading}\nHovudutvalet vedtok budsjettet.\n")
    record = parse_bytes(text.encode(), "a.txt")
    assert [(item.number, item.title) for item in record.items] == [
        ("2024/11", "Godkjenning av innkalling"), ("2024/12", "Budsjett 2025")]


@pytest.mark.parametrize(("second", "items"), [
    # two headings numbered without a stop, each set apart over its sentences: the items
    ("2 Eventuelt\nIngen saker.", [("1", "Økonomi"), ("2", "Eventuelt")]),
    # a numbered list of names under a heading has no sentences under it: no items
    ("2 Per Dahl", []),
])
def test_two_sections_numbered_without_a_stop_are_the_items(second, items):
    text = ("Referat fra styremøte i Nordfjella grendelag\n\nDato: 14.3.2024\n\n"
            "Til stede: Ola Nordmann, Kari Holm\n\n1 Økonomi\nKasserer orienterte om "
            f"økonomien.\n\n{second}\n")
    record = parse_bytes(text.encode(), "a.txt")
    assert [(item.number, item.title) for item in record.items] == items


@pytest.mark.parametrize("guest", ["Per Ivar Lund, Statsforvaltaren (sak 31/24)",
                                   "Per Ivar Lund – Statsforvaltaren (sak 31/24)",
                                   "Rådgjevar Per Ivar Lund, Statsforvaltaren (sak 31/24)",
                                   "Kari Holm (sak 31/24)"])
def test_a_person_there_for_one_case_is_no_item_of_that_number(guest):
    # each name a paragraph of its own under "Andre til stades:" (as Word sets them): the
    # case in brackets says when the guest was there; the item is the heading below
    text = ("Protokoll frå møte i regionrådet\n\nStad og tid: Rådhuset, 14. oktober 2024\n\n"
            "Andre til stades:\nBente Aas, dagleg leiar (sekretær)\n\n"
            f"{guest}\n\n"
            "PS 30/24 Godkjenning av innkalling\nGodkjend.\n\n"
            "PS 31/24 Regional næringsplan\nTeke til vitande.\n")
    record = parse_bytes(text.encode(), "protokoll.txt")
    assert [(i.number, i.title) for i in record.items] == [
        ("30/24", "Godkjenning av innkalling"), ("31/24", "Regional næringsplan")]
    guest_seen = record.participants[-1]
    assert (guest_seen.role, guest_seen.attendance, guest_seen.note) == (
        "guest", "partial", "sak 31/24")


def test_a_topic_before_its_case_number_stays_an_item():
    text = ("Referat fra styremøte\n\nTil stede: Kari Holm, Per Lunde\n\n"
            "Budsjett 2025 (sak 3/24)\nVedtatt.\n\nEventuelt (sak 4/24)\nIngen saker.\n")
    record = parse_bytes(text.encode(), "styremote.txt")
    assert [(i.number, i.title) for i in record.items] == [
        ("3/24", "Budsjett 2025"), ("4/24", "Eventuelt")]


def test_a_case_about_a_person_named_first_stays_an_item():
    text = ("Protokoll frå møte i kommunestyret\n\nTil stades: Kari Holm, Per Lunde\n\n"
            "Ola Dahl – søknad om fritak frå verv (sak 5/24)\nSøknaden vart innvilga.\n\n"
            "Eventuelt (sak 6/24)\nIngen saker.\n")
    record = parse_bytes(text.encode(), "protokoll.txt")
    assert [(i.number, i.title) for i in record.items] == [
        ("5/24", "Ola Dahl – søknad om fritak frå verv"), ("6/24", "Eventuelt")]


@pytest.mark.parametrize("closing", ["\n\nEventuelt\nIngen saker.", ""])
def test_lettered_group_headings_over_unnumbered_titles_are_no_items(closing):
    # "A. Orienteringssaker" groups the titles under it; with or without a standing
    # "Eventuelt" after them, the titles are the items
    text = ("Referat fra styremøte i Lia vel\n\nDato: 12.3.2025\n\nTil stede: Kari Li, "
            "Per Dal\n\nA. Orienteringssaker\n\nØkonomi\nKasserer orienterte om "
            "regnskapet.\n\nBrøyting\nLeder orienterte om avtalen.\n\nB. Vedtakssaker\n\n"
            f"Dugnad\nVedtak: Dugnad holdes 10. mai.{closing}\n")
    record = parse_bytes(text.encode(), "a.txt")
    titles = [(item.number, item.title) for item in record.items]
    assert titles == [(None, "Økonomi"), (None, "Brøyting"), (None, "Dugnad")] + (
        [(None, "Eventuelt")] if closing else [])


def test_a_lettered_group_heading_with_text_of_its_own_stays_an_item():
    text = ("Referat fra styremøte i Lia vel\n\nDato: 12.3.2025\n\nTil stede: Kari Li, "
            "Per Dal\n\nA. Orienteringssaker\nLeder orienterte om brøytingen og om "
            "regnskapet.\n\nB. Vedtakssaker\nVedtak: Dugnad holdes 10. mai.\n\n"
            "Eventuelt\nIngen saker.\n")
    record = parse_bytes(text.encode(), "a.txt")
    assert [item.title for item in record.items] == [
        "Orienteringssaker", "Vedtakssaker", "Eventuelt"]


def test_a_heading_numbered_without_a_stop_over_its_own_first_point_heads_an_item():
    # "1 Økonomi" right over "1.1 Budsjett": no line of text between, yet the heading of
    # item 1, whose points "1.1", "1.2" are its text
    text = ("Referat fra styremøte i Lia vel\n\nDato: 12.3.2025\n\nTil stede: Kari Li, "
            "Per Dal\n\n1 Økonomi\n1.1 Budsjett\nKasserer la fram budsjettet.\n"
            "1.2 Regnskap\nRegnskapet ble godkjent.\n2 Drift\n2.1 Brøyting\n"
            "Leder orienterte om avtalen.\n3 Eventuelt\nIngen saker.\n")
    record = parse_bytes(text.encode(), "a.txt")
    assert [(item.number, item.title) for item in record.items] == [
        ("1", "Økonomi"), ("2", "Drift"), ("3", "Eventuelt")]
    assert record.items[0].text.startswith("1.1 Budsjett\n")


@pytest.mark.parametrize(("text", "below", "heads"), [
    ("1 Økonomi", "1.1 Budsjett", True),
    ("12 Drift", "12.1 Brøyting", True),
    ("1 Økonomi", "2.1 Budsjett", False),  # another item's point
    ("1 Økonomi", "1. Budsjett", False),  # a list under it, no point of its own number
])
def test_over_own_point(text, below, heads):
    lines = [_line(text), _line(below, index=1)]
    assert items._over_own_point(lines, 0, text) is heads


def test_a_case_about_a_person_with_its_topic_in_capitals_stays_an_item():
    # the name first, a topic in capitals after the dash ("Søknad om …", "Klage på …"):
    # the case's title; "Kari Holm – NAV Bremnes (sak 14/25)" in the list of who came
    # names whom she is from, and she is there for that case
    text = ("Møteprotokoll\n\nTil stades:\nOla Nordmo\nKari Holm – NAV Bremnes (sak 14/25)\n\n"
            "Lars Sande – Søknad om fritak frå verv (sak 13/25)\nSøknaden vart innvilga.\n\n"
            "Marit Haga – Klage på vedtak om startlån (sak 14/25)\n"
            "Klagen vart ikkje teken til følgje.\n")
    record = parse_bytes(text.encode(), "protokoll.txt")
    assert [(i.number, i.title, i.decisions) for i in record.items] == [
        ("13/25", "Lars Sande – Søknad om fritak frå verv", ["Søknaden vart innvilga."]),
        ("14/25", "Marit Haga – Klage på vedtak om startlån",
         ["Klagen vart ikkje teken til følgje."])]
    assert [(p.name, p.organization) for p in record.participants] == [
        ("Ola Nordmo", None), ("Kari Holm", "NAV Bremnes")]


def test_a_chapter_over_its_own_points_heads_them():
    # "1 Økonomi" right over "1.1 …" and "2 Eventuelt": the chapters are the items, the
    # points "1.1" … "1.3" their text
    text = ("Referat frå styremøte\n\nTil stades: Anne Dale, Jon Vik\n\n1 Økonomi\n"
            "1.1 Rekneskap\nRekneskapen vart godkjend.\n1.2 Forsikring\nForsikringa går ut.\n"
            "1.3 Leige\nLeiga står.\n\n2 Eventuelt\nIngen saker.\n")
    record = parse_bytes(text.encode(), "referat.txt")
    assert [(i.number, i.title) for i in record.items] == [("1", "Økonomi"), ("2", "Eventuelt")]


@pytest.mark.parametrize(("title", "clean"), [
    ("(25/112) Godkjenning av møtebok", "Godkjenning av møtebok"),
    ("(2025/1234-3) Trafikktryggingsplan", "Trafikktryggingsplan"),
    ("(V) Budsjett", "Budsjett"),
    ("Budsjett 2026 (25/112)", "Budsjett 2026 (25/112)")])  # (after the title: as written)
def test_the_archive_s_case_number_in_brackets_before_the_title_is_no_part_of_it(title, clean):
    from motebok.extract.items import clean_title

    assert clean_title(title) == clean


def test_the_cases_of_a_doc_with_their_archive_number_between_number_and_title():
    text = ("Møtebok\n\nUtval: Hovudutval for plan\nMøtedato: 27.05.2025\n\n"
            "Sak 18 (25/112) Godkjenning av møtebok\nGodkjend.\n\n"
            "Sak 19 (24/1230) Reguleringsplan for Nesvik\nVedteken.\n")
    record = parse_bytes(text.encode(), "motebok.txt")
    assert [(i.number, i.title) for i in record.items] == [
        ("18", "Godkjenning av møtebok"), ("19", "Reguleringsplan for Nesvik")]


def test_a_sak_column_of_bare_numbers_beside_a_described_title():
    """"Sak | Beskrivelse | Konklusjon / oppfølging" with the number alone under "Sak":
    the describing cell's first (bold) paragraph is the title, the rest its text."""
    data = _docx_table_minutes([
        ["Sak", "Beskrivelse", "Konklusjon / oppfølging"],
        ["1", "Godkjenning av innkalling", "Godkjent."],
        ["2", "Ny rutemodell\nTom Fure presenterte forslaget.",
         "Styret støtter forslaget. Tom Fure sender modellen til kommunene innen 1. mai."],
        ["3", "Eventuelt\nIngen saker.", ""]])
    items = parse_bytes(data, "protokoll.docx").items
    assert [(i.number, i.title) for i in items] == [
        ("1", "Godkjenning av innkalling"), ("2", "Ny rutemodell"), ("3", "Eventuelt")]
    assert items[1].decisions == ["Styret støtter forslaget."]
    assert [(a.responsible, a.due) for a in items[1].actions] == [("Tom Fure", "2024-05-01")]


def test_a_sentence_beside_a_bare_number_is_no_title():
    # "1 | Kari orienterte om status. | …": a talk cell's sentence names no item
    items = _table_minutes("| 1 | Kari orienterte om status. | Tatt til orientering. |",
                           head="| Sak | Drøfting | Vedtak |")
    assert all(i.title != "Kari orienterte om status." for i in items)
    assert all(i.title != "Kari orienterte om status" for i in items)


@pytest.mark.parametrize("heading", ["Oppfølgingsliste fra forrige møte",
                                     "Aksjonslista frå førre møte"])
def test_the_list_of_open_tasks_gone_through_before_the_cases_is_a_standing_item(heading):
    # the register of earlier meetings' tasks opens the minutes: an item with no number,
    # whose open rows are tasks ("Utført" was done)
    text = ("Referat fra prosjektgruppen\n\nDato: 28. april 2026\n\n"
            f"{heading}\n\nNr\tTiltak\tAnsvar\tFrist\tStatus\n"
            "1\tInnhente statistikk\tAnne Lie\t15.04.2026\tUtført\n"
            "2\tAvtale møte med vegvesenet\tKari Hovda\t30.05.2026\tPågår\n\n"
            "1. Godkjenning av referat\n\nReferatet ble godkjent.\n\n"
            "2. Eventuelt\n\nIngen saker.\n")
    record = parse_bytes(text.encode(), "referat.txt")
    assert [(i.number, i.title) for i in record.items] == [
        (None, heading), ("1", "Godkjenning av referat"), ("2", "Eventuelt")]
    assert [(a.text, a.responsible) for a in record.items[0].actions] == [
        ("Avtale møte med vegvesenet", "Kari Hovda")]


def test_the_list_of_earlier_tasks_after_the_cases_closes_the_minutes_no_item():
    text = ("Referat fra prosjektgruppen\n\nDato: 28. april 2026\n\n"
            "1. Godkjenning av referat\n\nReferatet ble godkjent.\n\n"
            "2. Eventuelt\n\nIngen saker.\n\nOppfølgingsliste fra tidligere møter\n\n"
            "Nr\tTiltak\tAnsvar\tFrist\tStatus\n"
            "6.2\tAvklare budsjett\tArne Salvesen\t01.02.2025\tPågår\n")
    record = parse_bytes(text.encode(), "referat.txt")
    assert [i.number for i in record.items] == ["1", "2"]


def test_a_person_there_for_one_case_with_her_job_in_small_letters_is_no_item():
    # "Marit Solberg, rådgiver (sak 4)" under the attendance: set apart as a docx
    # paragraph is, the case in brackets is when she was there, no item numbered 4
    text = ("Referat fra styringsgruppen\n\nMøtedato: 12.02.2026\n\nTil stede:\n\n"
            "Olav Tveito, Seljord kommune\n\nMarit Solberg, informasjonssikkerhetsrådgiver "
            "(sak 4)\n\nSaksliste:\n\n1. Godkjenning\n\n2. Eventuelt\n\n"
            "1. Godkjenning\n\nGodkjent.\n\n2. Eventuelt\n\nIngen saker.\n")
    record = parse_bytes(text.encode(), "referat.txt")
    assert [(i.number, i.title, i.text) for i in record.items] == [
        ("1", "Godkjenning", "Godkjent."), ("2", "Eventuelt", "Ingen saker.")]
    assert [(p.name, p.attendance, p.note) for p in record.participants][-1] == (
        "Marit Solberg", "partial", "sak 4")


@pytest.mark.parametrize(("heading", "signature"), [
    ("Godkjent av", "Signert elektronisk av Kari Holm, 15.03.2025 08:41 (BankID)"),
    ("Signaturer", "Dokumentet er signert elektronisk med BankID."),
    ("Godkjend av", "Kari Holm, styreleiar – signert elektronisk 25.04.2025 08:12 (BankID)"),
])
def test_a_board_portals_signing_heading_is_no_item_and_ends_the_last_one(heading, signature):
    # a board portal's export closes with "Godkjent av" / "Signaturer" over the
    # e-signatures: no item of its own, and no words of "Eventuelt" above it
    text = ("# Protokoll styremøte 2/2025\n\nDato: 3.3.2025\n\n## Sak 1/25 Budsjett\n\n"
            "Vedtak: Budsjettet vedtas.\n\n## Sak 2/25 Eventuelt\n\nIngen saker.\n\n"
            f"## {heading}\n\n{signature}\n")
    record = parse_bytes(text.encode(), "protokoll.md")
    assert [(item.number, item.title) for item in record.items] == [
        ("1/25", "Budsjett"), ("2/25", "Eventuelt")]
    assert record.items[-1].text == "Ingen saker."


def test_a_name_signed_electronically_ends_the_last_item():
    # "Kari Holm, styreleiar – signert elektronisk … (BankID)": the signatures, no text
    text = ("Protokoll frå styremøte\n\nDato: 23.04.2025\n\nSak 11/25 Skogbrann\n"
            "Vedtak: Planen vert send til kommunane.\n\nSak 12/25 Eventuelt\nIngen saker.\n\n"
            "Gunnhild Hauge, styreleiar – signert elektronisk 25.04.2025 08:12 (BankID)\n"
            "Olav Rygg, nestleiar – signert elektronisk 25.04.2025 10:47 (BankID)\n")
    record = parse_bytes(text.encode(), "protokoll.txt")
    assert record.items[-1].text == "Ingen saker."
_EVENTUELT_CLOSES = ("Referat fra styremøte 3. mars 2025\n\nTil stede: Kari Holm, Erik Dahl\n\n"
                     "Sak 1/25 Budsjett\nBudsjettet ble vedtatt.\n\n")


@pytest.mark.parametrize(("name", "text"), [
    ("referat.txt", _EVENTUELT_CLOSES + "Sak 2/25 Eventuelt\nVeien må brøytes.\n"
                                        "Neste møte holdes 12. juni i Bø.\n"),
    ("referat.txt", _EVENTUELT_CLOSES + "Sak 2/25 Eventuelt\n\n- Veien må brøytes.\n"
                                        "- Neste møte holdes 12. juni i Bø.\n"),
    ("referat.md", "# " + _EVENTUELT_CLOSES.replace("Sak 1/25", "## Sak 1/25") +
     "## Sak 2/25 Eventuelt\n\n- Veien må brøytes.\n- Neste møte holdes 12. juni i Bø.\n"),
    ("referat.txt", _EVENTUELT_CLOSES + "Sak 2/25 Eventuelt\nVeien må brøytes.\n"
                                        "Neste møte vert 12. juni i Bø.\n"),  # nynorsk
])
def test_the_next_meeting_sentence_within_the_last_items_lines_is_its_text(name, text):
    # (s52a) the sentence as the last line of Eventuelt's own lines (its list, its run of
    # lines, its table cell) is the item's text and decision, as the gold reads "Neste
    # møte blir som avtalt 4.9.", in every format; set apart as a paragraph of its own it
    # closes the minutes (test_a_next_meeting_sentence_set_apart_closes_the_last_item)
    record = parse_bytes(text.encode(), name)
    last = record.items[-1]
    assert last.text.endswith(("Neste møte holdes 12. juni i Bø.",
                               "Neste møte vert 12. juni i Bø."))
    assert last.decisions == [last.text.rsplit("\n", 1)[-1]]
    assert record.next_meeting.date == "2025-06-12"


def test_the_next_meeting_sentence_in_the_last_items_cell_is_its_text():
    import docx

    document = docx.Document()
    document.add_paragraph("Referat fra styremøte 3. mars 2025")
    document.add_paragraph("Til stede: Kari Holm, Erik Dahl")
    table = document.add_table(rows=3, cols=3)
    for row, cells in enumerate([("Sak", "Tema", "Referat"),
                                 ("1/25", "Budsjett", "Budsjettet ble vedtatt."),
                                 ("2/25", "Eventuelt",
                                  "Veien må brøytes.\nNeste møte holdes 12. juni i Bø.")]):
        for column, value in enumerate(cells):
            fill_cell(table.cell(row, column), value.split("\n"))
    record = parse_bytes(docx_bytes(document), "referat.docx")
    assert record.items[-1].text == "Veien må brøytes.\nNeste møte holdes 12. juni i Bø."
    assert record.items[-1].decisions == ["Neste møte holdes 12. juni i Bø."]


@pytest.mark.parametrize(("name", "lead"), [
    ("referat.md", "**{}.**"),  # a bold lead, as Word's run is kept
    ("referat.txt", "{}."),  # in capitals, with its full stop, in plain text
])
def test_prose_that_opens_each_topic_with_a_lead_has_an_item_per_lead(name, lead):
    titles = ("ØKONOMI", "DUGNAD") if name.endswith(".txt") else ("Økonomi", "Dugnad")
    text = ("Referat fra styremøte i Åsen Vel\n\nStyret møttes 10. november 2025 kl. 19.00. "
            "Til stede var Kari Holm og Per Dahl.\n\n"
            f"{lead.format(titles[0])} Kassereren la fram status. Styret gikk inn for å "
            "sende purring.\n\n"
            f"{lead.format(titles[1])} Dugnaden blir 3. mai. Per sender ut invitasjon.\n\n"
            "Ref. Kari\n")
    record = parse_bytes(text.encode(), name)
    assert [(i.number, i.title) for i in record.items] == [(None, t) for t in titles]
    assert record.items[0].text == "Kassereren la fram status. Styret gikk inn for å sende purring."
    assert record.items[1].text == "Dugnaden blir 3. mai. Per sender ut invitasjon."


def test_one_paragraph_with_a_bold_lead_is_emphasis_no_series_of_topics():
    text = ("Referat fra styremøte\n\nStyret møttes 10. november 2025.\n\n"
            "**Merk:** Kontingenten er hevet. Styret gikk gjennom status.\n")
    record = parse_bytes(text.encode(), "referat.md")
    assert [i.title for i in record.items] != ["Merk"]


def test_a_standing_title_run_on_into_its_text_after_a_full_stop():
    assert split_heading("Eventuelt. Solveig minte om dugnaden 10. mai.") == (
        "Eventuelt", "Solveig minte om dugnaden 10. mai.")


@pytest.mark.parametrize("footer", [
    "Del denne siden\n\nNordby regionråd\nRådhusvegen 2, 3550 Gol\nOrg.nr. 974 567 321",
    "Del dette:\n\nFacebook\nE-post",
    "Org.nr. 974 567 321 · Telefon 32 02 50 00",
    "Personvernerklæring | Informasjonskapsler",
    "Relaterte saker\n\nReferat 3. mai 2024\nInnkalling 30. august 2024",
])
def test_a_web_pages_share_links_and_footer_end_the_last_item(footer):
    # a page saved as text keeps the site under the minutes: its share heading, the
    # organisation number without a colon, the privacy link, links to related posts
    record = _parsed("Referat fra møte i Nordby regionråd\n\nDato: 12. mars 2025\n\n"
                     "Til stede: Kari Holm, Ola Dahl\n\nSak 9/25 Budsjett\n"
                     "Budsjettet ble godkjent.\n\nSak 10/25 Eventuelt\nIngen saker.\n\n"
                     f"{footer}\n")
    assert record.items[-1].text == "Ingen saker."


def test_a_decks_programme_in_tab_rows_of_time_and_title_gives_the_items():
    # a slide's programme converted with a tab between the time and the title: each row
    # is a slot, the slots are the items without their times, and the break is none
    text = ("Nettverk for kulturarv\n\n12. mai 2025\n\nProgram\n\n"
            "09.30\tRegistrering\n10.00–11.00\tNye fredningar i fylket\n11.00\tLunsj\n"
            "11.45\tVegen vidare\n\nNye fredningar i fylket\n\n- Tre kyrkjer\n- Eitt naust\n\n"
            "Vegen vidare\n\n- Neste samling i oktober\n")
    record = parse_bytes(text.encode(), "deck.txt")
    assert [i.title for i in record.items] == ["Registrering", "Nye fredningar i fylket",
                                               "Vegen vidare"]
    assert record.items[1].text == "Tre kyrkjer\nEitt naust"


def test_a_closing_next_meeting_sentence_in_text_without_blank_lines_is_no_item_text():
    # pdfplumber leaves no blank line anywhere: the sentence on a line of its own after
    # the last item is the minutes' closing line, as it is when a blank line sets it apart
    record = _parsed("Referat fra møte i nettverket\nDato: 3. september 2024\n"
                     "Til stede: Kari Holm, Per Dahl\nSak 1 Referat\nReferatet ble godkjent.\n"
                     "Sak 2 Eventuelt\nKari Holm orienterte om frokostmøtet.\n"
                     "Neste møte blir 5. november kl. 09.00 i Lindvik.\nReferent: Per Dahl\n")
    assert record.items[-1].text == "Kari Holm orienterte om frokostmøtet."
    assert record.items[-1].decisions == []
    assert record.next_meeting.date == "2024-11-05"


def test_a_next_meeting_sentence_inside_the_last_item_stays_when_blank_lines_exist():
    record = _parsed("Referat fra møte i nettverket\n\nDato: 3. september 2024\n\n"
                     "Sak 1 Eventuelt\nKari Holm orienterte om frokostmøtet.\n"
                     "Neste møte blir 5. november.\n")
    assert "Neste møte blir 5. november." in record.items[-1].text


def test_a_memos_copy_field_under_its_case_field_ends_no_text():
    from motebok.extract.items import _memo_copy_field, section_end
    from motebok.extract.text import to_lines
    from motebok.read import read_bytes

    text = ("NOTAT\n\nTil: Regionrådet\nSak: 06/25 Felles innkjøp\nKopi: Rådmannsutvalget\n\n"
            "Bakgrunn\n\nKommunene har levert tall.\n")
    lines = to_lines(read_bytes(text.encode(), "txt").blocks, [])
    case = next(line.index for line in lines if line.body.startswith("Sak:"))
    assert _memo_copy_field(lines, case + 1, case + 1)
    assert section_end(lines, case + 1) > case + 2


def test_a_fixed_point_set_apart_ends_the_head_of_word_text_with_a_closing_label():
    # every paragraph set apart by a blank line, unnumbered headings, "Referent:" last
    text = ("Nettverket i Dalen\n\nReferat frå møte 27. januar 2025\n\nStad: Gol\n\n"
            "Møtte:\n\nKari Nes, Gol bibliotek\nPer Bø, Hol bibliotek\n\n"
            "Godkjenning av innkalling\n\nInnkallinga vart godkjend.\n\n"
            "Felles lesekampanje\n\nNettverket drøfta rammene for kampanjen.\n\n"
            "Eventuelt\n\nIngen saker.\n\nReferent: Per Bø\n")
    record = parse_bytes(text.encode(), "referat.txt")
    assert [(i.number, i.title) for i in record.items] == [
        (None, "Godkjenning av innkalling"), (None, "Felles lesekampanje"),
        (None, "Eventuelt")]


@pytest.mark.parametrize(("heading", "title"), [
    ("PS 14/24 Sak 7/24 Godkjenning av innkalling og saksliste",
     "Godkjenning av innkalling og saksliste"),
    ("PS 15/24 RR-sak 8/24 – Budsjett 2025", "Budsjett 2025"),
    ("PS 16/24 IPR-sak 9/24: Høringsuttalelse om transportplan",
     "Høringsuttalelse om transportplan"),
    # (words in lower case after it are the title's own: kept)
    ("PS 17/24 Sak 10/24 fra kontrollutvalget", "Sak 10/24 fra kontrollutvalget"),
])
def test_the_body_s_own_case_number_after_the_case_system_s_is_no_part_of_the_title(
        heading, title):
    """An interkommunalt råd numbers its cases in its own series beside the host's case
    system: "PS 14/24 Sak 7/24 Godkjenning …" is case PS 14/24, titled without the
    second number (as the reading guide writes a number without "Sak")."""
    record = _parsed(f"Møteprotokoll\n\nDato: 22.11.2024\n\n{heading}\nEnstemmig vedtatt.\n\n"
                     "PS 18/24 Eventuelt\nIngen saker.\n")
    assert (record.items[0].number, record.items[0].title) == (heading.split()[1], title)


@pytest.mark.parametrize("copy", ["Kopi: Rådmennene på Helgeland", "Kopi til:\tRådmennene"])
def test_a_copy_field_under_a_memos_case_heading_is_no_text_of_the_case(copy):
    # the copy field opens the case's text, over the memo's sentences: a field of the
    # head (a closing copy list stands after the text, and ends it)
    record = _parsed("NOTAT\n\nTil: Styret i Helgeland reiseliv\nFra: Daglig leder\n"
                     f"Dato: 14.02.2025\n\nSak 03/25 Markedsplan 2025\n\n{copy}\n\n"
                     "Bakgrunn\nStyret ba om en ny markedsplan i desember.\n")
    [item] = record.items
    assert item.text.split("\n") == ["Bakgrunn", "Styret ba om en ny markedsplan i desember."]


def test_a_copy_list_after_the_last_case_text_still_ends_it():
    record = _parsed("Referat fra styremøte i Helgeland reiseliv\n\nDato: 14.02.2025\n\n"
                     "Sak 03/25 Markedsplan 2025\n\nStyret godkjente markedsplanen.\n\n"
                     "Kopi: Rådmennene på Helgeland\n")
    assert record.items[0].text == "Styret godkjente markedsplanen."


@pytest.mark.parametrize("closing", ["Neste samling i Fitjar 10. juni.",
                                     "Neste møte på Fagernes tysdag 10. juni",
                                     # the verb after the place
                                     "Neste møte i Gol blir 10. juni.",
                                     "Neste møte på Fagernes vert halde 10. juni."])
def test_a_closing_next_meeting_with_its_place_before_the_day_is_no_item_text(closing):
    record = _parsed("Referat frå møte i nettverket\n\nDato: 12. mars 2025\n\n"
                     "Sak 1/25 Eventuelt\n\nIngen saker.\n\n" + closing + "\n")
    assert (record.items[-1].text, record.next_meeting.date) == ("Ingen saker.", "2025-06-10")


def test_closing_next_meeting_lines_read_as_in_every_rendering():
    """The last item's text stops at "Neste møte 12. mars kl. 10 på Gjøvik" (a label's form
    without its colon), and at a next meeting's sentence on its own line when no item's
    heading is set apart (a line per printed line under a letterhead that is); where the
    items are set apart, the sentence right under the item's text stays in it."""
    from motebok.parse import parse_bytes

    head = "Referat fra styremøte\n\nDato: 5. februar 2025\n\nTil stede: Kari Holm, Per Berg\n\n"
    label = head + "Sak 1/25 Status\n\nKari orienterte.\n\nNeste møte 12. mars kl. 10 på Gjøvik\n"
    record = parse_bytes(label.encode(), "a.txt")
    assert record.items[-1].text == "Kari orienterte."
    assert record.next_meeting.date == "2025-03-12"
    gapless = head.rstrip("\n") + ("\nSak 1/25 Godkjenning\nGodkjent.\nSak 2/25 Eventuelt\n"
                                  "Kari tok opp "
                      "parkeringen.\nNeste møte blir 12. mars kl. 10.\n")
    assert parse_bytes(gapless.encode(), "b.txt").items[-1].text == "Kari tok opp parkeringen."
    apart = head + ("Sak 1/25 Godkjenning\nGodkjent.\n\nSak 2/25 Eventuelt\nKari tok opp "
                    "parkeringen.\nNeste møte blir 12. mars kl. 10.\n")
    assert parse_bytes(apart.encode(), "c.txt").items[-1].text == \
        "Kari tok opp parkeringen.\nNeste møte blir 12. mars kl. 10."


def _summary_sections(headings: list[str]) -> list[str | None]:
    """The item titles of a summary from Word: every paragraph set apart by a blank line,
    a head of labels, then unnumbered sections, each a heading over a sentence."""
    body = "\n\n".join(f"{heading}\n\nDet ble orientert om status i saken, og "
                       f"deltakerne stilte {k} spørsmål til innlederen."
                       for k, heading in enumerate(headings, 1))
    text = ("\n\n\nOppsummering fra samling i kystnettverket\n\nDato: 3. april 2025\n\n"
            f"Sted: Brekkvik rådhus\n\n{body}\n")
    return [item.title for item in parse_bytes(text.encode(), "samling.txt").items]


@pytest.mark.parametrize("question", [
    "Havbruk i fjorden – hva viser målingene?",  # a talk's topic, its question after a dash
    "Hva gjør vi videre?",  # a short question on a question word
    "Kva lærte vi av prosjektet?",
])
def test_a_summary_question_set_apart_heads_a_section(question: str) -> None:
    assert _summary_sections(["Velkommen og runde", question, "Eventuelt"]) == \
        ["Velkommen og runde", question, "Eventuelt"]


def test_a_long_question_or_one_asking_yes_or_no_heads_no_section() -> None:
    titles = _summary_sections(["Velkommen og runde", "Er vi klare for neste fase?",
                                "Eventuelt"])
    assert titles == ["Velkommen og runde", "Eventuelt"]


def test_an_annex_label_after_spaced_sections_leaves_them_out_of_the_head() -> None:
    """Text from Word sets each paragraph apart; a "Vedlegg: Deltakere" label under the
    last section does not make all the sections part of the head's labels."""
    text = ("\n\nOppsummering fra seminar\n\nTidspunkt: 3. april 2025 kl. 10–14\n\n"
            "Sted: Brekkvik rådhus\n\nFlom og overvann\n\nKommunen orienterte om nye tiltak "
            "mot flom.\n\nArealplanlegging\n\nStatsforvalteren gikk gjennom nye "
            "retningslinjer.\n\nVedlegg: Deltakere\n\nNavn\tKommune\nKari Holm\tBrekkvik "
            "kommune\nPer Lie\tSørvik kommune\n")
    record = parse_bytes(text.encode(), "seminar.txt")
    assert [item.title for item in record.items] == ["Flom og overvann", "Arealplanlegging"]
    assert [p.name for p in record.participants] == ["Kari Holm", "Per Lie"]


def test_a_seat_line_naming_a_person_there_for_one_case_heads_no_item():
    # "Museum: Name (sak 2/25)" under "Deltakere:" names who came for case 2/25, the seat's
    # name before the colon; a topic before the colon still heads its case
    text = ("Referat\n\nDeltakere:\n\nHole kommune: Tor Bakke\n\n"
            "Viken kulturarv / Buskerud museum: Kristoffer Lien (sak 2/25)\n\n"
            "Sak 1/25 Godkjenning\n\nGodkjent.\n\nSak 2/25 Kulturminneplaner\n\nTekst.\n")
    record = parse_bytes(text.encode(), "n.txt")
    assert [(i.number, i.title) for i in record.items] == [
        ("1/25", "Godkjenning"), ("2/25", "Kulturminneplaner")]
    lien = record.participants[1]
    assert (lien.name, lien.organization, lien.note) == (
        "Kristoffer Lien", "Viken kulturarv / Buskerud museum", "sak 2/25")
    assert items._person_for_case("Buskerud museum: Kari Holm")
    assert not items._person_for_case("Søknad om fritak: Kari Holm")


def test_the_next_cases_table_heading_is_no_text_of_the_case_before():
    # each case a table of its own: its heading row stands over the case's row, after the
    # case before it
    text = ("Referat fra prosjektgruppemøte\n\nDato: 10.03.2025\n\n"
            "Til stede: Kari Holm, Per Dahl\n\n"
            "SAK\tBESKRIVELSE\tANSVAR\tFRIST\n"
            "1/25 Godkjenning av referat\tReferatet ble godkjent.\t\t\n\n"
            "SAK\tBESKRIVELSE\tANSVAR\tFRIST\n"
            "2/25 Kartlegging\tPurring sendes til enhetslederne.\tKH\tuke 12\n")
    items = parse_bytes(text.encode(), "ref.txt").items
    assert [(i.number, i.title, i.text) for i in items] == [
        ("1/25", "Godkjenning av referat", "Referatet ble godkjent."),
        ("2/25", "Kartlegging", "Purring sendes til enhetslederne.")]


def test_the_coming_meeting_days_set_apart_after_the_last_item_are_no_text_of_it():
    text = ("Referat fra møte i regionrådet\n\nDato: 04.09.2025\n\nTil stede:\nKari Holm\n\n"
            "1. Budsjett\nBudsjettet ble godkjent.\n\n2. Eventuelt\nIngen saker.\n\n"
            "Kommende møtedatoer: 18. september og 27. november.\n")
    record = parse_bytes(text.encode(), "n.txt")
    assert record.items[-1].text == "Ingen saker."
    assert record.next_meeting.date == "2025-09-18"


def test_a_sentence_before_a_links_words_is_text_not_a_heading():
    record = _parsed("Referat\n\nDato: 05.03.2025\n\nTil stede: Kari Holm, Ola Dahl\n\n"
                     "**Tidlig innsats**\n\nHD viste tallene fra Bamble. "
                     "[Presentasjonen ligger her](#)\n\nDet ble besluttet at prosjektet "
                     "utvides til alle kommunene.\n\n**Eventuelt**\n\nIngen saker.\n")
    assert [i.title for i in record.items] == ["Tidlig innsats", "Eventuelt"]
    assert record.items[0].decisions == [
        "Det ble besluttet at prosjektet utvides til alle kommunene."]


def test_headings_of_text_copied_without_blank_lines_and_its_spaced_register():
    # a PDF viewer's copy: no blank line, a short line between sentences is a heading,
    # and the register's cells are parted by single spaces
    record = _parsed(
        "Beredskapsforum Nordby\nReferat fra møte 14. november 2024\nTid: 10.00–11.00\n"
        "Deltakere: Per Lund (Ås), Kari Moe (Vik)\nReferent: Kari Moe\nØvelse 2025\n"
        "Per orienterte om planlagt øvelse i april. Sivilforsvaret og politiet deltar\n"
        "sammen med kommunene.\nPL sender utkast til øvingsplan innen 6. desember.\n"
        "Nødstrøm\nKari viste til kartleggingen. Flere sykehjem mangler reservestrøm.\n"
        "Eventuelt\nIngen saker.\nOppfølgingsliste\nNR TILTAK ANSVAR FRIST STATUS\n"
        "1 Utkast til øvingsplan PL 06.12.24 Åpen\n2 Oppdatere varslingslister KM 01.12.24 Åpen\n")
    assert [i.title for i in record.items] == ["Øvelse 2025", "Nødstrøm", "Eventuelt"]
    assert record.items[-1].text == "Ingen saker."
    assert [(a.text, a.responsible, a.due) for a in record.items[-1].actions] == [
        ("Oppdatere varslingslister", "KM", "2024-12-01")]


def test_a_bold_topic_with_its_question_after_a_colon_is_a_heading():
    text = ("Referat\n\nDato: 20. mai 2025\n\n**Levekår i Nordby**\n\nTekst om levekår.\n\n"
            "**Gruppearbeid: Hvordan bruke tallene i planarbeidet?**\n\n"
            "Gruppene drøftet dette.\n\n**Eventuelt**\n\nIngen saker.\n")
    assert [item.title for item in _parsed(text).items] == [
        "Levekår i Nordby", "Gruppearbeid: Hvordan bruke tallene i planarbeidet?", "Eventuelt"]


@pytest.mark.parametrize("closing", [
    "Neste møte vert i Gol i slutten av februar.", "Neste møte blir på Gol.",
    # (s66f) the day to follow after a comma or in a sentence of its own
    "Neste møte blir på Gol, dato kjem seinare.", "Neste møte vert i Gol. Dato kjem.",
    # (s66m) a label's form: the week without "i", or the place first before the comma
    "Neste møte: veke 16 på Gol.", "Neste møte: Gol, dato kjem seinare.",
    "Neste møte: på Gol, dato kjem seinare."])
def test_a_next_meeting_s_place_without_day_set_apart_closes_the_minutes(closing):
    record = _parsed("Referat fra møte i arbeidsutvalet\n\nDato: 27.01.2026\n\n"
                     "Til stades: Kari Holm, Per Berg\n\nSak 01/26 Eventuelt\nIngen saker.\n\n"
                     f"{closing}\n")
    assert record.items[-1].text == "Ingen saker."
    assert (record.next_meeting.date, record.next_meeting.location) == (None, "Gol")


@pytest.mark.parametrize("closing", ["Årsmøtet 2027 holdes i april i Kvitberg.",
                                     "Årsmøtet i 2027 vert halde på Kvitberg."])
def test_next_years_annual_meeting_set_apart_closes_the_minutes(closing):
    # (s73m) an annual meeting named by next year's number, after the last item: a closing
    # remark on the next one, no words of the election
    record = _parsed("Protokoll fra årsmøtet i Kvitberg vel\n\nDato: 22.04.2026\n\n"
                     "Sak 6 Valg\nLeder: Kari Holm (gjenvalg).\n\n"
                     f"{closing}\n\nKari Holm (sign.)\n")
    assert record.items[-1].text == "Leder: Kari Holm (gjenvalg)."


def test_this_years_annual_meeting_told_in_the_past_stays_in_the_item():
    record = _parsed("Protokoll fra styremøte\n\nDato: 22.05.2026\n\n"
                     "Sak 6 Eventuelt\nLeder orienterte.\n\n"
                     "Årsmøtet 2026 ble holdt i Kvitberg.\n")
    assert record.items[-1].text.endswith("Årsmøtet 2026 ble holdt i Kvitberg.")


@pytest.mark.parametrize("rest", [": Tysdag, dato kjem seinare.",
                                  ": Regionrådet, dato kjem seinare.", ": Gol."])
def test_a_label_s_bare_word_first_is_no_place_unless_it_can_be_one(rest):
    # (s66m) a weekday or a body's name before the comma names no place; nor a bare name
    # alone, with no word that says where
    assert place_without_day(rest) is None


def test_a_kind_after_the_title_stays_in_it_and_is_no_text_under_the_agenda_s_title():
    # the agenda lists "Budsjett 2026"; the section's heading adds its kind "(V)": the
    # title as the heading writes it, the text what stands under it
    record = _styremote("Saksliste\nSak 1/24 Budsjett 2026\nSak 2/24 Eventuelt\n\n"
                        "Sak 1/24 Budsjett 2026 (V)\nBudsjettet ble vedtatt.\n\n"
                        "Sak 2/24 Eventuelt\nIngen saker.\n")
    assert [(i.number, i.title, i.text) for i in record.items] == [
        ("1/24", "Budsjett 2026 (V)", "Budsjettet ble vedtatt."),
        ("2/24", "Eventuelt", "Ingen saker.")]


@pytest.mark.parametrize(("heading", "under", "briefing"), [
    ("O-sak 3/25 Status", "", True),
    ("Orienteringssak 3/25 – Status", "", True),
    ("Sak 3/25 Status (O)", "", True),
    ("Sak 3/25 (O) Status", "", True),
    ("Sak 3/25 Status (orienteringssak)", "", True),
    ("Sak 3/25 Status", "Orienteringssak\n", True),
    ("Sak 3/25 Status (D)", "", False),
    ("V-sak 3/25 Status", "", False),
    ("Sak 3/25 Status", "Vedtakssak\n", False),
    ("Sak 3/25 Orientering om status", "", False),  # the title's word: read by the title
])
def test_a_case_marked_for_orientation(heading, under, briefing):
    from motebok.extract.items import build_sections, find_candidates
    from motebok.extract.text import to_lines
    from motebok.read import read_bytes

    text = f"{heading}\n{under}Kari orienterte.\n\nSak 4/25 Eventuelt\nIngen saker.\n"
    lines = to_lines(read_bytes(text.encode(), "txt").blocks, [])
    cands = [c for c in find_candidates(lines) if not c.toc]
    sections = build_sections(lines, cands, len(lines))
    assert sections[0].briefing is briefing


def test_an_item_table_s_column_of_the_case_s_kind_is_no_text():
    # "SAK | TITTEL | TYPE | KONKLUSJON": the kind's letter is a mark on the case, the
    # conclusion its text
    rows = [("SAK", "TITTEL", "TYPE", "KONKLUSJON"),
            ("23/25", "Budsjett 2026", "V", "Budsjettet ble vedtatt."),
            ("24/25", "Transportplan", "D", "Rådet drøftet planen.")]
    text = ("Referat fra regionrådet 14.03.2025\n\nTil stede: Kari Holm\n\n" +
            "\n".join("\t".join(row) for row in rows) + "\n")
    record = parse_bytes(text.encode(), "referat.txt")
    assert [(i.number, i.title, i.text) for i in record.items] == [
        ("23/25", "Budsjett 2026", "Budsjettet ble vedtatt."),
        ("24/25", "Transportplan", "Rådet drøftet planen.")]


def test_no_other_business_set_apart_without_its_heading_closes_the_minutes():
    """"Ingen saker under eventuelt." set apart after the last item, with no "Eventuelt"
    heading: a remark on another agenda point, no words of the last item; under its own
    heading it is that item's text."""
    text = ("Referat\n\nDato: 20. mai 2025\n\n1. Budsjett\n\nBudsjettet ble godkjent.\n\n"
            "2. Lederutvikling\n\nSaken ble drøftet.\n\nIngen saker under eventuelt.\n")
    assert _parsed(text).items[-1].text == "Saken ble drøftet."
    text = text.replace("Ingen saker under", "3. Eventuelt\n\nIngen saker under")
    assert _parsed(text).items[-1].text == "Ingen saker under eventuelt."


def _deck(text: str):
    return parse_bytes(text.encode(), "foiler.txt")


def test_an_agenda_slide_with_a_text_box_per_entry_ends_at_the_slide_number():
    """A deck copied one text box a line sets a blank line between the agenda's entries;
    the list ends at the next slide's number, and each entry gets its own slides (a
    speaker's "Takk for meg!" and address closing her talk are no text of it)."""
    record = _deck("\n\n\nStrandsonerådet\n\nRådsmøte\n\nTorsdag 5. mars 2026\n\n"
                   "Agenda\n\nGodkjenning av innkalling\n\nStatus for havneplanen\n\n"
                   "Felles innkjøp av ferjebilletter\n\nEventuelt\n\n2\n\n"
                   "Status for havneplanen\n\nLars Eng, havnesjef\n\n3\n\n"
                   "Planen er på høring til 1. mai\n\nTre kaier skal rustes opp\n\n"
                   "Takk for meg!\n\nlars.eng@havn.no\n\n4\n\n"
                   "Felles innkjøp av ferjebilletter\n\nAnbud ute i april\n\n5\n")
    assert [i.title for i in record.items] == [
        "Godkjenning av innkalling", "Status for havneplanen",
        "Felles innkjøp av ferjebilletter", "Eventuelt"]
    assert "Takk" not in (record.items[1].text or "")
    assert "lars.eng" not in (record.items[1].text or "")
    assert "Anbud ute i april" in (record.items[2].text or "")




def test_a_closing_sentence_on_the_group_s_next_gathering_is_no_text_of_the_last_item():
    """"Neste samling i nettverket er 3. juni." set apart closes the minutes as "Neste møte
    er …" does: the record's next meeting, neither text nor decision of the last item; a
    season alone ("holdes høsten 2026") sets no day, and is set apart all the same."""
    text = ("Referat fra møte i kystnettverket\n\nDato: 4. februar 2026\n\n"
            "Til stede: Kari Holm, Per Berg\n\nSak 1 Status\n\nNettverket var enige om "
            "planen.\n\nNeste samling i nettverket er 3. juni 2026 i Larvik.\n")
    record = parse_bytes(text.encode(), "kyst.txt")
    assert record.items[-1].text == "Nettverket var enige om planen."
    assert record.next_meeting.date == "2026-06-03"
    text = text.replace("Neste samling i nettverket er 3. juni 2026 i Larvik.",
                        "Neste dialogmøte holdes høsten 2026, dato kommer.")
    record = parse_bytes(text.encode(), "kyst.txt")
    assert record.items[-1].text == "Nettverket var enige om planen."
    assert record.items[-1].decisions == ["Nettverket var enige om planen."]
    assert record.next_meeting.date is None


def test_a_cases_kind_between_dashes_is_no_part_of_its_title():
    # (s59d) "Sak 4/24 – D – Title", as "(D) Title" and "D-sak" forms leave the title
    record = _styremote("Sak 4/24 – D – Utsatt skolestart\nSaken ble drøftet.\n\n"
                        "Sak 5/24 – O-sak – Status for vegen\nLeder orienterte.\n\n"
                        "Sak 6/24 – V – Budsjett 2025\nVedtak: Budsjettet godkjennes.\n")
    assert [item.title for item in record.items] == [
        "Utsatt skolestart", "Status for vegen", "Budsjett 2025"]


@pytest.mark.parametrize("heading, title, rest", [
    ("Budsjett 2026 Forslag til vedtak: Budsjettet godkjennes.", "Budsjett 2026",
     "Forslag til vedtak: Budsjettet godkjennes."),
    ("Budsjett 2026 Daglig leders forslag til vedtak: Budsjettet godkjennes.", "Budsjett 2026",
     "Daglig leders forslag til vedtak: Budsjettet godkjennes."),
    ("Budsjett 2026 Dagleg leiar sitt framlegg til vedtak: Budsjettet vert godkjent.",
     "Budsjett 2026", "Dagleg leiar sitt framlegg til vedtak: Budsjettet vert godkjent."),
    ("Budsjett 2026 Kommunedirektørens innstilling: Budsjettet godkjennes.", "Budsjett 2026",
     "Kommunedirektørens innstilling: Budsjettet godkjennes."),
    ("Oppfølging av vedtak: Status", "Oppfølging av vedtak: Status", None),
])
def test_a_heading_stops_before_a_case_label_run_on_after_it(heading, title, rest):
    # (s59d) a summons's item line with its proposal inline: the title ends at the label
    assert split_heading(heading) == (title, rest)


def test_a_markdown_summons_item_with_its_proposal_inline():
    record = parse_bytes(("# Innkalling til møte i arbeidsutvalget\n\n**Dato:** 3. mars 2026\n\n"
                          "## Saksliste\n\n1. **Budsjett 2026** **Forslag til vedtak:** "
                          "Budsjettet godkjennes.\n2. **Eventuelt**\n").encode(), "innkalling.md")
    item = record.items[0]
    assert (item.title, item.text, item.decisions) == (
        "Budsjett 2026", "Forslag til vedtak: Budsjettet godkjennes.", [])


@pytest.mark.parametrize("header", ["Nordby eldreråd   Referat 14.03.2024   Side {n}",
                                    "Nordby eldreråd   Referat 14.03.2024   Side {n} av 3",
                                    "Nordby eldreråd   Referat 18.03.2024   Side {n}"])
def test_a_running_header_in_columns_with_a_day_in_the_middle_is_no_item_text(header):
    # (s59d) a PDF's header set in three columns, a day in the middle and words the head
    # does not use, on pages 2 and 3: the sentences it split are whole again
    record = _eldreraad("Sak 12/24 Helsetjenester\nKommunalsjefen orienterte om tilbudet ved\n"
                        f"{header.format(n=2)}\nsykehjemmene.\n\nSak 13/24 Budsjett\n"
                        f"Per Olsen sender uttalelsen til\n{header.format(n=3)}\n"
                        "formannskapet innen 1. april.")
    assert record.items[0].text == "Kommunalsjefen orienterte om tilbudet ved sykehjemmene."
    assert record.items[1].text == "Per Olsen sender uttalelsen til formannskapet innen 1. april."


def test_meldinger_listed_by_one_letter_are_the_item_s_text_not_cases():
    """"M 1/25 Brev fra …" under "Sak 3/25 Meldinger": the letters a case lists in a series
    of their own (as "RS 1/25" is), each a line of the item's text."""
    text = ("Protokoll fra representantskapet\n\nDato: 22.05.2025\n\n"
            "Sak 1/25 Godkjenning av innkalling\n\nGodkjent.\n\n"
            "Sak 2/25 Meldinger\n\nM 1/25 Brev fra fylkeskommunen om partnerskapsmidler\n"
            "M 2/25 Referat fra styremøte 10. april 2025\n\n"
            "Vedtak: Meldingene tas til orientering.\n\n"
            "Sak 3/25 Årsmelding 2024\n\nGodkjent.\n")
    found = parse_bytes(text.encode(), "protokoll.txt").items
    assert [(i.number, i.title) for i in found] == [
        ("1/25", "Godkjenning av innkalling"), ("2/25", "Meldinger"), ("3/25", "Årsmelding 2024")]
    assert found[1].text.split("\n")[:2] == [
        "M 1/25 Brev fra fylkeskommunen om partnerskapsmidler",
        "M 2/25 Referat fra styremøte 10. april 2025"]


def test_a_tab_tables_cell_paragraphs_on_rows_of_their_own_stay_in_order():
    # "SAK | TEMA | REFERAT | ANSVAR | FRIST" with a cell's later paragraphs as rows with
    # empty leading cells: the item's text in the cell's order, the last row a task
    record = _parsed("Referat fra møte i utvalget\n\nDato: 14.11.2025\n\n"
                     "SAK\tTEMA\tREFERAT\tANSVAR\tFRIST\n"
                     "41/25\tBudsjett 2026\tKari la fram forslaget.\t\t\n"
                     "\t\tUtvalget drøftet fordelingen.\t\t\n"
                     "\t\tKonklusjon: Utvalget anbefaler budsjettet.\t\t\n"
                     "\t\tSekretariatet legger fram en vurdering.\tKari Holm\t01.03.2026\n"
                     "42/25\tEventuelt\tIngen saker.\t\t\n")
    item = record.items[0]
    assert item.text.split("\n") == [
        "Kari la fram forslaget.", "Utvalget drøftet fordelingen.",
        "Konklusjon: Utvalget anbefaler budsjettet.", "Sekretariatet legger fram en vurdering."]
    assert item.decisions == ["Utvalget anbefaler budsjettet."]
    assert [(a.text, a.responsible, a.due) for a in item.actions] == [
        ("Sekretariatet legger fram en vurdering.", "Kari Holm", "2026-03-01")]


def test_a_pdf_tables_broken_cells_join_again():
    # a PDF's narrow columns: the title wrapped after "for" onto a capitalised name, a word
    # broken at its hyphen, an owner broken with its task; the heading row again after a
    # page's footer is no text
    record = _parsed("Referat\n\nDato: 3.6.2025\n\nSak\tTema\tReferat\tAnsvar\tFrist\n"
                     "16/25\tBudsjett 2026 for\tLeder la fram forslaget med en\t\t\n"
                     "\tRegion IKT\tøkning på fire prosent.\t\t\n"
                     "\t\tKari Anne Holm sender informasjons-\tKari Anne\t20.06.2025\n"
                     "\t\tskrivet til rådet.\tHolm\t\n\nSide 1 av 2\n\n"
                     "Sak\tTema\tReferat\tAnsvar\tFrist\n17/25\tEventuelt\tIngen saker.\t\t\n")
    item = record.items[0]
    assert (item.title, len(record.items)) == ("Budsjett 2026 for Region IKT", 2)
    assert item.text == ("Leder la fram forslaget med en økning på fire prosent.\n"
                         "Kari Anne Holm sender informasjonsskrivet til rådet.")
    assert [(a.text, a.responsible) for a in item.actions] == [
        ("Kari Anne Holm sender informasjonsskrivet til rådet.", "Kari Anne Holm")]


def test_innhold_beside_a_vedtak_column_is_the_talk():
    # "Sak | Innhold | Vedtak/konklusjon": every sentence of the vedtak cell is decided
    record = _parsed("Referat\n\nDato: 22.10.2025\n\nSak\tInnhold\tVedtak/konklusjon\n"
                     "20/25 Avvik\tLeder gikk gjennom avvikene.\t"
                     "Kommunene melder avvik etter felles rutine. "
                     "Kari tar saken opp 5. november.\n")
    item = record.items[0]
    assert item.decisions == ["Kommunene melder avvik etter felles rutine.",
                              "Kari tar saken opp 5. november."]
    assert [a.text for a in item.actions] == ["Kari tar saken opp 5. november."]


@pytest.mark.parametrize("closing", ["Neste møte i regionrådet vert 24. april i Vinje.",
                                     "Neste møte i styret blir 24. april.",
                                     "Neste møte i representantskapet er 24. april."])
def test_the_next_meeting_of_the_named_body_set_apart_closes_the_last_item(closing):
    # (s59a) "Neste møte i regionrådet vert …": the body named between the words and the verb
    record = _parsed("Møtebok\n\nMøtedato: 06.03.2025\n\nPS 9/25 Meldingar\n\n"
                     f"Meldingane vert tekne til vitande.\n\n{closing}\n")
    assert record.items[-1].text == "Meldingane vert tekne til vitande."
    assert record.next_meeting.date == "2025-04-24"


@pytest.mark.parametrize("heading", ["**Kontakt**", "Kontakt oss", "Kontakt:"])
def test_a_pages_contact_box_under_the_last_item_is_no_text_of_it(heading):
    # a web page's footer after the minutes: "Kontakt" alone over a name and an address
    record = parse_bytes((f"# Referat fra nettverksmøte\n\nDato: 12.03.2025\n\n## 1. Status\n\n"
                          f"Godkjent.\n\n## 2. Neste møte\n\nNeste møte blir 11. september 2025."
                          f"\n\n---\n\n{heading}  \nKari Holm, rådgiver  \n"
                          "[kari.holm@fylke.no](mailto:kari.holm@fylke.no)\n").encode(),
                         "referat.md")
    assert record.items[-1].text == "Neste møte blir 11. september 2025."


@pytest.mark.parametrize(("cells", "columns"), [
    # a wiki's meeting notes, points by the hour: the point titles the item, the notes are
    # its text; the hour and who led it are neither
    (("Tid", "Punkt", "Hvem", "Notater"), ["skip", "title", "skip", "text"]),
    (("Tid", "Tema", "Innleder", "Referat"), ["skip", "title", "skip", "text"]),
    # a summons' programme by the hour holds nothing said: no item table
    (("Tid", "Tema", "Innleder"), None),
])
def test_a_table_of_points_by_the_hour(cells, columns):
    assert items.item_table_columns(cells) == columns


def test_the_rows_of_a_wiki_table_of_points_are_the_items():
    text = ("# 2025-03-12 Møtereferat Nettverket\n\n## Deltakere\n- Kari Holm\n- Per Dahl\n\n"
            "## Diskusjonspunkter\n\n| Tid | Punkt | Hvem | Notater |\n|---|---|---|---|\n"
            "| 12:30 | Godkjenning av referat | Kari | Referatet ble godkjent. |\n"
            "| 13:00 | Eventuelt | | Ingen saker. |\n")
    record = parse_bytes(text.encode(), "wiki.md")
    assert [(i.title, i.text) for i in record.items] == [
        ("Godkjenning av referat", "Referatet ble godkjent."), ("Eventuelt", "Ingen saker.")]
    assert record.items[0].actions == []


@pytest.mark.parametrize("closing", [
    "Møteleder takket for et godt møte. Møtet ble hevet kl. 14.40.",
    "Leiar takka for innsatsen i perioden. Møtet vart heva kl. 15.10."])
def test_the_chair_s_thanks_before_the_close_end_the_last_item(closing):
    # (s60d) the closing words and "Møtet ble hevet" on one line: the minutes end there,
    # as at "Møtet ble hevet" alone
    record = parse_bytes(
        "Protokoll fra årsmøte i Nordli friluftsråd\nDato: 14. mars 2024\n"
        "Til stede: Ola Berg, Kari Dahl\n"
        "Sak 1 Valg\nInnstillingen ble enstemmig vedtatt.\n\n"
        f"{closing}\n".encode(), "arsmote.txt")
    assert record.items[-1].text == "Innstillingen ble enstemmig vedtatt."
    assert record.meeting.end in ("14:40", "15:10")


@pytest.mark.parametrize("invitation", [
    "Microsoft Teams-møte\n\nBli med på datamaskin eller mobilapp\n\n"
    "[Klikk her for å bli med i møtet](#)\n\nMøte-ID: 312 445 908 117\nPassord: 7hQm2x\n",
    "[Klikk her for å bli med i møtet](#)\nMøte-ID: 312 445 908 117\nPassord: 7hQm2x\n",
])
def test_a_meeting_invitation_under_the_last_item_is_none_of_its_text(invitation):
    text = ("Referat fra møte i utvalget\n\nDato: 20.05.2022\nSted: Teams\n\n"
            "Til stede: Hilde Rognstad, Nina Tangen\n\nSak 1/22 Orienteringer\n\nIngen.\n\n"
            f"Sak 2/22 Eventuelt\n\nIngen saker.\n\n{invitation}")
    assert parse_bytes(text.encode(), "utvalg.txt").items[-1].text == "Ingen saker."


def test_a_sentence_that_starts_like_an_invitation_is_still_the_item_s():
    text = ("Referat fra møte i utvalget\n\nDato: 20.05.2022\n\nTil stede: Hilde Rognstad\n\n"
            "Sak 1/22 Eventuelt\n\nIngen saker.\nBli med på dugnaden i juni.\n")
    assert parse_bytes(text.encode(), "utvalg.txt").items[-1].text == \
        "Ingen saker.\nBli med på dugnaden i juni."


_GATHERING_HEAD = ("Referat fra samling i Testnettverket\n\nDato: 4. og 5. mars 2025\n\n"
                   "Sted: Fjellhotellet\n\nTil stede: Kari Holm (Nordby), Per Dahl (Sørby)\n\n")


def test_a_slot_over_its_speaker_s_line_set_apart_is_an_item():
    # (s61b) "13.00–14.30 Title" / "v/ Name, Org" / the summary: the speaker's line set
    # apart is no rest of the slot's sentence, and the slot heads its item
    record = parse_bytes((_GATHERING_HEAD +
                          "10.00–10.45 Velkommen og runde\n\nKari ønsket velkommen.\n\n"
                          "13.00–14.30 Nytt tilskuddsprogram\n\nv/ Ola Berg, Helsedirektoratet\n\n"
                          "Programmet starter i høst. Kommunene kan søke om midler.\n").encode(),
                         "samling.txt")
    assert [i.title for i in record.items] == ["Velkommen og runde", "Nytt tilskuddsprogram"]
    assert record.items[1].text.startswith("v/ Ola Berg, Helsedirektoratet\nProgrammet")
    assert ("Ola Berg", "Helsedirektoratet", "guest") in [
        (p.name, p.organization, p.role) for p in record.participants]


def test_a_plain_heading_over_its_speaker_s_line_is_an_item_too():
    record = parse_bytes((_GATHERING_HEAD +
                          "Velkommen\n\nKari ønsket velkommen til samlingen.\n\n"
                          "Norskopplæring for voksne\n\nv/ Ola Berg, Kompetanse Norge\n\n"
                          "Tilbudene er ulike. Mange faller utenfor tilbudet.\n\n"
                          "Oppsummering\n\nNettverket ble enige om en felles kartlegging.\n"
                          ).encode(), "samling.txt")
    assert [i.title for i in record.items] == ["Velkommen", "Norskopplæring for voksne",
                                              "Oppsummering"]


def test_day_headings_over_slots_group_them_and_start_the_meeting():
    # (s61b) "Dag 1 – …" / "11.00 Lunsj og registrering" / slots: the days and the lunch are
    # no items; the first day's first slot starts the meeting, the last day's last ends it
    record = parse_bytes((_GATHERING_HEAD +
                          "Dag 1 – tirsdag 4. mars\n\n11.00 Lunsj og registrering\n\n"
                          "12.00–13.00 Velkommen og runde\n\nKari ønsket velkommen.\n\n"
                          "13.00–15.00 Regional plan\n\nPlanen skal på høring i januar.\n\n"
                          "Dag 2 – onsdag 5. mars\n\n08.30–11.30 Oppsummering\n\n"
                          "Nettverket sluttet seg til forslaget.\n").encode(), "samling.txt")
    assert [i.title for i in record.items] == ["Velkommen og runde", "Regional plan",
                                              "Oppsummering"]
    assert (record.meeting.date, record.meeting.start, record.meeting.end) == \
        ("2025-03-04", "11:00", "11:30")


def test_a_first_days_lunch_with_its_span_ends_no_gathering():
    # (s64l) "11.00–12.00 Lunsj og registrering" under "Dag 1": the break starts the
    # gathering, but its end is no end of it; the last day's last slot ends it
    record = parse_bytes((_GATHERING_HEAD +
                          "Dag 1 – tysdag 4. mars\n\n11.00–12.00 Lunsj og registrering\n\n"
                          "12.00–13.00 Velkomen og runde\n\nKari ønskte velkomen.\n\n"
                          "Dag 2 – onsdag 5. mars\n\n08.30–11.30 Oppsummering\n\n"
                          "Nettverket slutta seg til forslaget.\n").encode(), "samling.txt")
    assert [i.title for i in record.items] == ["Velkomen og runde", "Oppsummering"]
    assert (record.meeting.start, record.meeting.end) == ("11:00", "11:30")


def test_a_slots_hours_in_brackets_after_the_title_are_no_part_of_it():
    # (s64l) "Klimaregnskap (12.15–13.15)": the slot's hours; "(2025–2026)" are years
    from motebok.extract.items import clean_title
    assert clean_title("Klimaregnskap for 2024 (12.15–13.15)") == "Klimaregnskap for 2024"
    assert clean_title("Handlingsplan (2025–2026)") == "Handlingsplan (2025–2026)"


@pytest.mark.parametrize(("title", "clean"), [
    ("Oppsummering og avslutning 15.00", "Oppsummering og avslutning"),
    ("Budsjett 10.30–11.15", "Budsjett"),
    ("Status per 15.09", "Status per 15.09"), ("Forskrift kap. 3.20", "Forskrift kap. 3.20")])
def test_a_slots_hour_after_the_title_is_no_part_of_it(title, clean):
    # (s64l) only minutes no month has, after a two-digit hour: a date or section stays
    from motebok.extract.items import clean_title
    assert clean_title(title) == clean


def test_slots_with_their_hours_after_the_titles_start_the_day_and_are_items():
    # (s64l) "Velkommen 09.00" over the first item starts the meeting; a later slot's span
    # ("Energisparing i kommunale bygg 09.15–10.30") is no meeting's hours; the last slot
    # gives only its start, so no end
    text = ("Referat fra fagdag i nettverket\n\nDato: 21. januar 2026\nSted: Fauske\n\n"
            "Til stede: Kari Holm, Ola Berg\n\nVelkommen 09.00\n"
            "Kari ønsket velkommen og orienterte om dagens program.\n\n"
            "Energisparing i kommunale bygg 09.15–10.30\nHenrik viste resultatene fra "
            "energimålingene i Fauske. Skolene står for det største\nforbruket.\n\n"
            "Avslutning 14.30\nKari oppsummerte dagen.\n")
    record = parse_bytes(text.encode(), "fagdag.txt")
    assert [i.title for i in record.items] == [
        "Velkommen", "Energisparing i kommunale bygg", "Avslutning"]
    assert (record.meeting.start, record.meeting.end) == ("09:00", None)


def test_a_slots_clock_after_the_title_is_no_part_of_it():
    # (s65f) "Avslutning kl. 14.30" under "Kl. 10.00 Title" slots: the title without "kl."
    # and the hour; a sentence with its clock is no slot ("Møtet ble hevet kl. 14.30.")
    text = ("Referat fra samling i nettverket\n\nDato: 3. desember 2025\nSted: Oppeid\n\n"
            "Kl. 10.00 Velkommen\nSiv ønsket velkommen.\n\n"
            "Kl. 10.30 Næringsfond\nEllen la fram en oversikt over tilsagn.\n\n"
            "Avslutning kl. 14.30\nSiv oppsummerte dagen.\n")
    record = parse_bytes(text.encode(), "samling.txt")
    assert [i.title for i in record.items] == ["Velkommen", "Næringsfond", "Avslutning"]
    assert (record.meeting.start, record.meeting.end) == ("10:00", None)


def test_a_table_of_slots_with_notes_skips_breaks_and_who_led_them():
    # (s64l) "Tid | Tema | Ansvar/Innleder | Referat": a row per item, its text the notes
    # alone; the rows "Pause" and "Lunsj" with empty cells are no items
    text = ("# Referat fra nettverkssamling\n\n**Dato:** 4. mars 2025\n\n"
            "| Tid | Tema | Ansvar/Innleder | Referat |\n|---|---|---|---|\n"
            "| 09:30 – 10:00 | Velkommen | Kari Holm | Kari ønsket velkommen. |\n"
            "| 10:00 – 10:15 | Pause | | |\n"
            "| 10:15 – 11:30 | Status i kommunene | Ola Berg | Kommunene la fram status. |\n"
            "| 11:30 – 12:00 | Lunsj | | |\n")
    record = parse_bytes(text.encode(), "samling.md")
    assert [(i.title, i.text) for i in record.items] == [
        ("Velkommen", "Kari ønsket velkommen."),
        ("Status i kommunene", "Kommunene la fram status.")]


def test_a_referat_heading_under_the_programme_only_gathers_the_slots():
    # (s64l) "## Program" (a table) then "## Referat" over "### 10:00 – 10:30 …": the
    # slots are the items, "Referat" none
    text = ("# Referat fra nettverkssamling\n\n**Dato:** 4. mars 2025\n\n## Program\n\n"
            "| Tid | Tema |\n|---|---|\n| 10:00 – 10:30 | Velkommen |\n"
            "| 10:30 – 12:00 | Status |\n\n## Referat\n\n### 10:00 – 10:30 Velkommen\n"
            "Kari ønsket velkommen til samlingen.\n\n### 10:30 – 12:00 Status\n"
            "Kommunene la fram status for arbeidet.\n")
    record = parse_bytes(text.encode(), "samling.md")
    assert [i.title for i in record.items] == ["Velkommen", "Status"]


@pytest.mark.parametrize("text, day", [("Dag 1 – tirsdag 4. mars", True), ("Dag 2", True),
                                       ("DAG 1: onsdag 12. mars", True),
                                       ("Dag 2 (fredag 24. oktober)", True),
                                       ("Dagens program", False), ("Dag 1 var fin.", False),
                                       ("Dagsorden", False)])
def test_a_programme_day_line(text, day):
    from motebok.extract.text import programme_day_line
    assert programme_day_line(text) is day


@pytest.mark.parametrize("title", ["Lunsj og registrering", "Registrering og lunsj"])
def test_lunch_with_the_arrival_is_a_break(title):
    assert items.is_break_title(title)


@pytest.mark.parametrize(("title", "is_break"), [
    ("Slutt for dagen", True), ("Slutt for i dag", True), ("Lunsj og avreise", True),
    ("Avreise", True), ("Heimreise", True),
    ("Avslutning og lunsj", False), ("Oppsummering fra dag én", False)])
def test_the_end_of_a_gatherings_first_day_and_the_departure_are_breaks(title, is_break):
    # a two-day programme without day headings ("16.00 Slutt for dagen", "19.00 Middag",
    # "08.30 …"): the day's end and the departure are no items; a closing talk is one
    assert items.is_break_title(title) is is_break


def test_a_two_day_programme_of_times_only_gives_its_talks_as_items():
    text = ("Program for fagsamling for helsesjukepleiarar\n\nTid: 22. og 23. april 2026\n"
            "Stad: Fjellhotellet, Gol\n\n10.00 Registrering og kaffi\n10.30 Velkomen\n"
            "11.00 Nye faglege råd\n12.00 Lunsj\n13.00 Ungdata i Hallingdal\n"
            "16.00 Slutt for dagen\n19.30 Middag\n08.30 Oppsummering av gruppearbeidet\n"
            "09.30 Vegen vidare\n11.30 Lunsj og avreise\n")
    record = parse_bytes(text.encode(), "program.txt")
    assert [item.title for item in record.items] == [
        "Registrering og kaffi", "Velkomen", "Nye faglege råd", "Ungdata i Hallingdal",
        "Oppsummering av gruppearbeidet", "Vegen vidare"]
    assert (record.meeting.date, record.meeting.start) == ("2026-04-22", "10:00")


def test_a_programme_list_s_sections_name_their_speakers_and_lose_the_page_footer():
    # (s61b) a PDF's "Program" list over sections headed by the titles alone: "Innlegg ved
    # X, Org." under a section's heading names a guest; the footer between pages is no text
    footer = ("Nordby fylkeskommune – Referat klimanettverket 12. februar 2026\n"
              "                                                  Side {} av 2\n")
    header = "Nordby fylkeskommune                                        Referat\n\n"
    record = parse_bytes((
        header + "Referat fra samling i Klimanettverket\nDato: 12. februar 2026\n"
        "Deltakere:\nNordby kommune: Kari Holm, Per Dahl\n\n"
        "Program\n09.00–09.30 Velkommen\n09.30–11.00 Klimaregnskap\n11.00–12.00 Energi i bygg\n"
        "12.00–13.00 Oppsummering\n\n"
        "Velkommen\nKari Holm ønsket velkommen.\nKlimaregnskap\n"
        "Innlegg ved Eva Lund, Miljødirektoratet. Hun orienterte om veilederen.\n"
        "Energi i bygg\nMange kommuner kan spare energi.\n\n" + footer.format(1) + "\n" + header +
        "Oppsummering\nNettverket ble enige om en felles mal.\n\n" + footer.format(2)
    ).encode(), "klima.txt")
    assert ("Eva Lund", "Miljødirektoratet", "guest") in [
        (p.name, p.organization, p.role) for p in record.participants]
    assert [i.text for i in record.items][2:] == [
        "Mange kommuner kan spare energi.", "Nettverket ble enige om en felles mal."]


def test_a_web_pages_signature_cells_with_titles_end_the_last_item():
    # a portal's signature table: each cell a name over its seat ("Kari Holm⏎leder"),
    # then the two who approve the minutes side by side
    page = ("<h1>Møteprotokoll</h1><p>Utvalg: Vestdal regionråd</p><p>Møtedato: 12.03.2024</p>"
            "<h3>PS 15/24 Referatsaker</h3><p>Referatsakene tas til orientering.</p>"
            "<table><tr><td>Kari Holm<br>leder</td><td></td><td>Per Dahl<br>sekretær</td></tr>"
            "<tr><td>Eva Lund</td><td>&nbsp;</td><td>Ola Berg</td></tr></table>")
    items = parse_bytes(page.encode(), "protokoll.html").items
    assert items[-1].text == "Referatsakene tas til orientering."
def test_saker_til_orientering_with_its_own_text_is_a_standing_item():
    # a council's standing point in words, as "Orienteringssaker" is
    record = _parsed("Referat fra møte i eldrerådet 5.2.2024\n\nTil stede: Kari Holm, Ola Dahl\n\n"
                     "Sak 1/24 Budsjett\nRådet uttaler:\nRådet støtter budsjettet.\n\n"
                     "Saker til orientering\n- Brev fra fylkeseldrerådet.\n"
                     "Tatt til orientering.\n\nEventuelt\nIngen saker.\n")
    assert [(i.number, i.title) for i in record.items] == [
        ("1/24", "Budsjett"), (None, "Saker til orientering"), (None, "Eventuelt")]
    assert record.items[0].decisions == ["Rådet støtter budsjettet."]
    assert record.items[1].decisions == ["Tatt til orientering."]


def test_saker_til_orientering_over_numbered_cases_heads_them():
    record = _parsed("Referat fra møte i eldrerådet 5.2.2024\n\nTil stede: Kari Holm, Ola Dahl\n\n"
                     "Sak 1/24 Budsjett\nTatt til orientering.\n\nSaker til orientering\n\n"
                     "Sak 2/24 Brev fra fylket\nTatt til orientering.\n")
    assert [(i.number, i.title) for i in record.items] == [
        ("1/24", "Budsjett"), ("2/24", "Brev fra fylket")]


def test_a_point_on_the_meeting_plan_under_eventuelt_without_a_day_stays_its_text():
    # "Møteplan …:" set apart at the end is the plan only when it gives days
    record = _parsed("Referat fra møte i eldrerådet 5.2.2024\n\nTil stede: Kari Holm, Ola Dahl\n\n"
                     "Sak 1/24 Budsjett\nTatt til orientering.\n\nEventuelt\n"
                     "Kari tok opp benkene.\n\n"
                     "Møteplan våren 2024: Forslag legges fram på neste møte.\n")
    assert record.items[-1].text == ("Kari tok opp benkene.\n"
                                     "Møteplan våren 2024: Forslag legges fram på neste møte.")


def test_a_meeting_apps_notes_label_over_each_point_is_no_text():
    # (s63f) Teams' and Loop's notes set "Notater" (nynorsk "Notat") over each agenda
    # point's notes: the template's label, no words of the point
    text = ("Prosjektgruppe arkiv – møtenotater\n\nMøtedato: 11.03.2025 kl. 09:00–10:30\n\n"
            "1. Referat\n\nNotater\n\nReferatet ble godkjent.\n\n2. Eventuelt\n\nNotat:\n\n"
            "Ingen saker.\n")
    record = parse_bytes(text.encode(), "arkiv.txt")
    assert [item.text for item in record.items] == ["Referatet ble godkjent.", "Ingen saker."]


def test_a_notes_heading_over_unnumbered_points_only_gathers_them():
    # (s63f) "## Notater" over "###" points without numbers, and the closing task table
    # under "## Oppfølgingspunkter": the points are the items, the notes' heading none
    text = ("# Møtenotater: Prosjektgruppe legevakt\n\n**Deltakere:** Kari Holm, Per Dal\n\n"
            "## Notater\n\n### Godkjenning av referat\nGodkjent.\n\n### Telefoni\n"
            "Per har fått to tilbud.\n\n### Eventuelt\nIngen saker.\n\n"
            "## Oppfølgingspunkter\n| Oppgave | Ansvarlig | Frist |\n|---|---|---|\n"
            "| Sende tilbudene | Per Dal | 13.02.2026 |\n")
    record = parse_bytes(text.encode(), "legevakt.md")
    assert [(item.number, item.title) for item in record.items] == [
        (None, "Godkjenning av referat"), (None, "Telefoni"), (None, "Eventuelt")]
    assert record.items[-1].text == "Ingen saker."
def test_a_standing_point_with_its_text_after_a_colon_closes_the_cases():
    # (s63b) "Eventuelt: Ingen saker." after the numbered cases is the point and its text;
    # the next meeting's label under it closes the minutes
    text = ("Referat frå arbeidsutvalet\n\nDato: 12. mars 2025\n\n"
            "Sak 6/25 Godkjenning av referat\nGodkjent.\n\n"
            "Sak 7/25 Kystvegen\nArbeidsutvalet slutta seg til fråsegna.\n\n"
            "Eventuelt: Ingen saker.\n\nNeste møte: 9. april kl. 09.00.\n")
    record = parse_bytes(text.encode(), "referat.txt")
    assert [(i.number, i.title, i.text) for i in record.items][-1] == \
        (None, "Eventuelt", "Ingen saker.")
    assert record.next_meeting.date == "2025-04-09"


@pytest.mark.parametrize("said", [
    "Neste møte vert kl. 10 same dag som regionrådet.",
    "Neste møte blir klokken 12 etter regionrådsmøtet."])
def test_a_next_meeting_sentence_of_hours_alone_closes_the_minutes(said):
    # (s63b) set apart after the last item, the next meeting's sentence that gives only
    # its hours closes the minutes as a dated one does; its day stays unread (never guessed)
    record = _parsed("Referat fra styremøte 3. mars 2024\n\nTil stede: Kari Holm, Erik Dahl\n\n"
                     "Sak 1/24 Budsjett\nBudsjettet ble vedtatt.\n\n"
                     f"Sak 2/24 Eventuelt\nIngen saker.\n\n{said}\n")
    assert record.items[-1].text == "Ingen saker."
    assert record.next_meeting.date is None



def test_case_numbers_that_start_over_are_sections_when_each_has_its_vedtak():
    # a list whose count started over after a bullet list ("Sak 12/26", "Sak 13/26", then
    # "Sak 12/26" again): with a vedtak under each heading the first ones are sections of
    # their own, not an agenda whose entries come back below
    text = ("Protokoll fra møte i arbeidsutvalget\nMøtedato: 11. mars 2026\n\n"
            "Sak 12/26 Godkjenning av innkalling\nVedtak: Godkjent.\n\n"
            "Sak 13/26 Orienteringer\nVedtak: Tatt til orientering.\n\n"
            "Sak 12/26 Budsjett 2027\nVedtak: Budsjettet vedtas.\n\n"
            "Sak 13/26 Eventuelt\nIngen saker.\n")
    got = [(i.number, i.title) for i in parse_bytes(text.encode(), "au.txt").items]
    assert got == [("12/26", "Godkjenning av innkalling"), ("13/26", "Orienteringer"),
                   ("12/26", "Budsjett 2027"), ("13/26", "Eventuelt")]


def test_an_agenda_with_a_presenter_under_each_entry_stays_the_agenda():
    # the entries apart, a presenter under each, then the sections with the same numbers
    text = ("Protokoll fra møte i arbeidsutvalget\nMøtedato: 11. mars 2026\n\n"
            "Sak 12/26 Godkjenning av innkalling\nInnleder: Kari Holm\n\n"
            "Sak 13/26 Budsjett 2027\nInnleder: Per Dal\n\n"
            "Sak 12/26 Godkjenning av innkalling\nVedtak: Godkjent.\n\n"
            "Sak 13/26 Budsjett 2027\nVedtak: Budsjettet vedtas.\n")
    got = [(i.number, i.title) for i in parse_bytes(text.encode(), "au.txt").items]
    assert got == [("12/26", "Godkjenning av innkalling"), ("13/26", "Budsjett 2027")]
def test_another_body_s_cases_listed_under_an_item_are_cited_whole():
    # the working committee goes through the fellesnemnd's agenda: "FN-sak 4/19" and
    # "FN-sak 5/19" go on past the item's own number, but are the cited list's, no items
    text = ("Referat frå møte i arbeidsutvalet\n\nDato: 21. januar 2019\n\n"
            "AU-sak 4/19 Førebuing av fellesnemndsmøtet\n"
            "Arbeidsutvalet gjekk gjennom sakslista til fellesnemnda:\n"
            "- FN-sak 3/19 Lokalisering av tenester\n- FN-sak 4/19 Arbeidsgjevarpolitikk\n"
            "- FN-sak 5/19 Referatsaker\n\n"
            "AU-sak 5/19 Møteplan\nVedtak: Møteplanen vart vedteken.\n")
    record = parse_bytes(text.encode(), "au.txt")
    assert [(i.number, i.title) for i in record.items] == [
        ("4/19", "Førebuing av fellesnemndsmøtet"), ("5/19", "Møteplan")]
@pytest.mark.parametrize("part", ["a", "a)"])
def test_lettered_parts_of_a_case_number_without_sak_are_items(part):
    # "12/25 a Formål og oppgaver" under "12/25 Eierstrategi": the case's parts, each its
    # own item numbered as written, as "Sak 12/25 a" is
    record = _parsed("Protokoll – representantskapet\n\nDato: 12. juni 2025\n\n"
                     "12/25 Eierstrategi for selskapet\n\nSaken er delt i to.\n\n"
                     f"12/25 {part} Formål og oppgaver\n\nVedtak: Formålet endres.\n\n"
                     "12/25 b Eierandeler\n\nVedtak: Eierandelene videreføres.\n\n"
                     "13/25 Eventuelt\n\nIngen saker.\n")
    assert [(i.number, i.title) for i in record.items] == [
        ("12/25", "Eierstrategi for selskapet"), ("12/25 a", "Formål og oppgaver"),
        ("12/25 b", "Eierandeler"), ("13/25", "Eventuelt")]
    assert record.items[1].decisions == ["Formålet endres."]


def test_next_meeting_by_weekday_and_hours_alone_set_apart_closes_the_minutes():
    # (s65c) a forum that meets each week: "Neste møte tysdag kl. 08.30." is the next
    # meeting's line in a label's form (no verb), no text of the last item; its day is
    # not said, so none is guessed
    text = ("Referat frå koronamøte\nDato: 11.01.2021\n\n1. Smittetal\nLåge tal.\n\n"
            "2. Eventuelt\nIngen saker.\n\nNeste møte tysdag kl. 08.30.\n")
    record = parse_bytes(text.encode(), "referat.txt")
    assert record.items[-1].text == "Ingen saker."
    assert record.next_meeting.date is None


@pytest.mark.parametrize("closing", ["Neste statusmøte kl. 08.00 i morgon.",
                                     "Neste møte kl. 14 same stad."])
def test_next_meeting_by_its_hours_alone_set_apart_closes_the_minutes(closing):
    # (s71f) a crisis team meeting daily: the hours right after the words, no verb, is
    # the next meeting's line in a label's form, no text of the last item (a task table)
    text = ("Kriseleiinga – statusmøte\nDato: 2.11.2026\n\n1. Situasjonen\nVatnet stig.\n\n"
            "2. Oppgåver\n\n| Oppgåve | Ansvar |\n|---|---|\n| Skaffe sandsekker | Per Li |\n\n"
            f"{closing}\n")
    record = parse_bytes(text.encode(), "referat.md")
    assert "Neste" not in (record.items[-1].text or "")
    assert record.items[-1].actions[0].responsible == "Per Li"


@pytest.mark.parametrize("closing", [
    "Neste møte i februar 2026.", "Neste møte blir i september, dato settes senere.",
    "Neste møte vert etter sankinga, i oktober.",
    # (s66f) and with a sentence after it that only says the day will follow
    "Neste samling blir i mars 2026. Dato kommer.", "Neste møte i mars. Dato kjem seinare.",
    "Neste møte i mai. Endelig dato sendes ut."])
def test_a_next_meeting_set_apart_with_only_its_month_closes_the_minutes(closing):
    # (s65b) as a dated "Neste møte …" does: no words of the last item, no decision, and
    # no day guessed for it
    record = _parsed("Referat frå møte i viltnemnda\nDato: 14.05.2025\n\n"
                     f"Til stade: Kari Holm, Ola Dahl\n\nSak 1/25 Eventuelt\nIngen saker.\n\n"
                     f"{closing}\n")
    assert record.items[-1].text == "Ingen saker."
    assert record.items[-1].decisions == []
    assert record.next_meeting.date is None
def _swedish_items(text: str):
    return parse_bytes(text.encode(), "protokoll.txt").items


def test_a_swedish_protocol_items_and_its_signing_block():
    # "Ärende 3" is a Swedish body's "Sak 3"; "Vid protokollet" and "Justeras" open the
    # signatures under the last item, and "Neste møte / Nästa möte:" is the next
    # meeting's label in two languages, no words of the item above it
    text = ("Referat fra styringsgruppen\n\nDato: 10.10.2024\n\nTil stede: Eva Lind, Ola Berg\n\n"
            "Sak 1 Godkjenning\nInnkallingen ble godkjent.\n\n"
            "Ärende 2 Kollektivtrafik\nLisa Berg redogjorde för busslinjen.\n\n"
            "Sak 3 Eventuelt\nIngen saker.\n\nNeste møte / Nästa möte: 12. desember 2024.\n")
    found = _swedish_items(text)
    assert [(item.number, item.title) for item in found] == [
        ("1", "Godkjenning"), ("2", "Kollektivtrafik"), ("3", "Eventuelt")]
    assert found[-1].text == "Ingen saker."
    signed = ("PROTOKOLL\n\nGränsrådet\nSammanträde den 5 november 2024\n\n"
              "Närvarande: Eva Lind, Ola Berg\n\n§ 9 Mötets avslutande\n"
              "Ordföranden förklarade mötet avslutat.\n\nVid protokollet\n\nAnna Berg, "
              "sekreterare\n\nJusteras\n\nEva Lind, ordförande     Ola Berg, justerare\n")
    assert _swedish_items(signed)[-1].text == "Ordföranden förklarade mötet avslutat."
def test_a_sentence_wrapped_before_its_point_of_the_law_is_no_item():
    # (s65i) a PDF's line break inside "§ 4 punkt 1.3": the line in small letters goes on
    # with the sentence above, and "punkt 1.3" heads nothing
    text = ("Protokoll\n\nSak 17/23 Søknad om dispensasjon – tilbygg, Nordli turlag\n"
            "Vedtak: Verneområdestyret gir dispensasjon etter verneforskriften § 4\n"
            "punkt 1.3 bokstav a for tilbygg på inntil 30 m².\n"
            "Vedtatt med 4 mot 1 stemme.\n\nSak 18/23 Eventuelt\nIngen saker.\n")
    found = parse_bytes(text.encode(), "protokoll.txt").items
    assert [(i.number, i.title) for i in found] == [
        ("17/23", "Søknad om dispensasjon – tilbygg, Nordli turlag"), ("18/23", "Eventuelt")]


def test_an_applicant_s_name_wrapped_under_a_case_title_is_the_title_s():
    # (s65i) "…, Stavanger" / "Turistforening": the name after the title's comma goes on
    text = ("Protokoll\n\nSak 17/23 Søknad om dispensasjon – tilbygg på hytta, Stavanger\n"
            "Turistforening\nSaksbehandler: Eva Li\nSøknaden gjelder et tilbygg.\n\n"
            "Sak 18/23 Eventuelt\nIngen saker.\n")
    first = parse_bytes(text.encode(), "protokoll.txt").items[0]
    assert first.title == "Søknad om dispensasjon – tilbygg på hytta, Stavanger Turistforening"
    assert first.text.startswith("Saksbehandler: Eva Li")


def test_a_table_of_delegated_decisions_is_its_item_s_text():
    # (s65i) "Saksnr. | Dato | Sak" names no body or meeting: no case register to drop
    text = ("Protokoll\n\n## Sak 4/25 Delegerte vedtak\n\n| Saksnr. | Dato | Sak |\n"
            "|---|---|---|\n| DS 3/25 | 14.01.2025 | Løyve til snøskuter, Ola Nes |\n\n"
            "Vedtak: De delegerte vedtakene tas til orientering.\n")
    item = parse_bytes(text.encode(), "protokoll.md").items[0]
    assert "DS 3/25 14.01.2025 Løyve til snøskuter, Ola Nes" in item.text
    assert item.decisions == ["De delegerte vedtakene tas til orientering."]


def test_a_closing_appeal_notice_for_the_meeting_s_decisions_is_no_text_of_the_last_item():
    # (s66e) set apart below the last item, for several cases together (7305, 7391); an
    # item's own notice under its vedtak ("Vedtaket kan påklagast …") stays its text
    text = ("Protokoll\n\nMøtedato: 15.05.2025\n\nSak 9/25 Søknad om dispensasjon\n"
            "Vedtak: Styret gir dispensasjon.\nVedtaket kan påklages til Miljødirektoratet.\n\n"
            "Sak 10/25 Eventuelt\nPer spurte om merking av stien.\n\n"
            "Vedtakene i sak 9/25 kan påklages til Miljødirektoratet. Klagefristen er tre "
            "uker.\n")
    record = _parsed(text)
    assert record.items[0].text.endswith("Vedtaket kan påklages til Miljødirektoratet.")
    assert record.items[-1].text == "Per spurte om merking av stien."
    nynorsk = text.replace("Vedtakene i sak 9/25 kan påklages", "Vedtaka i sakene kan påklagast")
    assert _parsed(nynorsk).items[-1].text == "Per spurte om merking av stien."
def test_a_list_of_papers_under_vedlegg_then_the_signing_lines_opens_no_appendix():
    # (s66d) a bold "Vedlegg:" set apart over the minutes' numbered papers, then the place
    # and date and the signatures, ends the minutes: the date under it is still read
    text = ("# Referat frå møte i prosjektgruppa\n\nMøtedato: 21. oktober 2025\n\n"
            "## 1. Godkjenning av innkalling\n\nInnkallinga vart godkjend.\n\n"
            "## 2. Eventuelt\n\nIngen saker.\n\n**Vedlegg:**\n\n"
            "1. Kartleggingsrapport vaktordningar, oktober 2025\n"
            "2. Presentasjon av modellane\n\nGol, 23. oktober 2025\n\nIngrid Hefte\n")
    record = parse_bytes(text.encode(), "referat.md")
    assert record.document_date == "2025-10-23"
    assert [item.title for item in record.items] == ["Godkjenning av innkalling", "Eventuelt"]
def test_a_month_only_next_meeting_with_more_to_say_stays_the_last_item_s_text():
    # (s66f) a second sentence that says more than that the day will follow is the item's
    record = _parsed("Referat frå møte i viltnemnda\nDato: 14.05.2025\n\n"
                     "Til stade: Kari Holm, Ola Dahl\n\nSak 1/25 Eventuelt\nIngen saker.\n\n"
                     "Neste møte i mars. Kari Holm finn lokale.\n")
    assert record.items[-1].text == "Ingen saker.\nNeste møte i mars. Kari Holm finn lokale."


def test_a_closing_follow_up_list_under_a_way_forward_item_is_the_minutes_register():
    # (s66f, the settled reading of 5801 and 3653, written down) "Oppfølging:" over bullets
    # set apart at the end of the last item, "Oppsummering og veien videre" too, and over
    # the participants' list attached: the minutes' tasks, no words of that item (its
    # tasks still read there)
    record = _parsed("Oppsummering fra samling i nettverk for folkehelse\n\n"
                     "Tid: 13. november 2025 kl. 09.30–15.00\n\n"
                     "1. Oppsummering og veien videre\n\n"
                     "Nettverket ble enige om tema for neste samling.\n\nOppfølging:\n\n"
                     "- Fylkeskommunen legger ut presentasjonene.\n"
                     "- Eirik Moen sender tallene til kommunene innen 1. desember.\n\n"
                     "Neste samling blir i april 2026. Dato kommer.\n\n"
                     "Vedlegg: Deltakerliste\n\nNAVN\tORGANISASJON\n"
                     "Line Haug\tBuskerud fylkeskommune\nTor Bakke\tKongsberg kommune\n")
    last = record.items[-1]
    assert last.text == "Nettverket ble enige om tema for neste samling."
    assert [(a.responsible, a.due) for a in last.actions] == [
        ("Fylkeskommunen", None), ("Eirik Moen", "2025-12-01")]
    assert record.next_meeting.date is None
@pytest.mark.parametrize("label", ["Neste møte / Boahtte čoahkkin", "Neste møte / Seuraava kokous"])
def test_the_next_meetings_label_in_two_languages_ends_the_last_item(label):
    record = parse_bytes(f"Referat\n\nTid: 4.2.2025 kl. 09.00\n\n1. Eventuelt\n\nIngen saker.\n\n"
                         f"{label}: 8. april 2025 i Karasjok.\n".encode(), "referat.txt")
    assert record.items[-1].text == "Ingen saker."
    assert record.next_meeting.date == "2025-04-08"


def test_a_case_word_in_sami_before_the_norwegian_one_heads_the_case():
    # "Ášši / Sak 9/25 …": the number and title as under "Sak 9/25 …" alone
    record = parse_bytes("Møtebok\n\nTid: 21.10.2025 kl. 12.30\n\n"
                         "Ášši / Sak 9/25 Godkjenning av møtebok\nGodkjent.\n\n"
                         "Ášši / Sak 10/25 Eventuelt\nIngen saker.\n\n"
                         "Boahtte čoahkkin / Neste møte: 9. desember 2025.\n".encode(),
                         "møtebok.txt")
    assert [(i.number, i.title) for i in record.items] == [
        ("9/25", "Godkjenning av møtebok"), ("10/25", "Eventuelt")]
    # the next meeting's label after its Sami words ends the last item too
    assert record.items[-1].text == "Ingen saker."
    assert record.next_meeting.date == "2025-12-09"


def test_a_case_table_without_a_heading_row_gives_each_case_its_text_cell():
    # "number | title | text" rows with no heading row over them: the third cell tells
    # what happened, in sentences, so it is the item's text (a page number or a
    # presenter there would not be)
    import docx

    document = docx.Document()
    document.add_paragraph("Referat frå møte i landbruksforumet")
    document.add_paragraph("Dato: 3. april 2025")
    table = document.add_table(rows=0, cols=3)
    for row in (("12/25", "Godkjenning av innkalling", "Innkallinga vart godkjend."),
                ("13/25", "Tilskot til drenering",
                 "Forumet gjekk gjennom søknadene. Vedtak: Forumet sluttar seg til "
                 "prioriteringa."),
                ("14/25", "Eventuelt", "Ingen saker.")):
        for cell, value in zip(table.add_row().cells, row, strict=True):
            cell.text = value
    record = parse_bytes(docx_bytes(document), "referat.docx")
    assert [(i.number, i.title, i.text) for i in record.items] == [
        ("12/25", "Godkjenning av innkalling", "Innkallinga vart godkjend."),
        ("13/25", "Tilskot til drenering",
         "Forumet gjekk gjennom søknadene. Vedtak: Forumet sluttar seg til prioriteringa."),
        ("14/25", "Eventuelt", "Ingen saker."),
    ]
    assert record.items[1].decisions == ["Forumet sluttar seg til prioriteringa."]


@pytest.mark.parametrize("word", ["Læringspunkt", "Forbedringspunkt", "Sjekkpunkt"])
def test_numbered_points_of_an_evaluation_are_text_of_their_item(word):
    # "Læringspunkt 1: …" after an exercise is a finding in the item's text, not a case
    # of the meeting (as "Agendapunkt 1:" would be)
    text = ("Referat frå beredskapsrådet\n\nDato: 4.3.2025\n\n"
            "Sak 3/25 Evaluering av øving Flaum 2025\nØvinga gjekk i hovudsak bra.\n"
            f"{word} 1: Varslinga tok for lang tid.\n{word} 2: Sambandet fungerte godt.\n"
            "Rådet tok evalueringa til orientering.\n\n"
            "Sak 4/25 Eventuelt\nIngen saker.\n")
    record = parse_bytes(text.encode(), "beredskap.txt")
    assert [(i.number, i.title) for i in record.items] == [
        ("3/25", "Evaluering av øving Flaum 2025"), ("4/25", "Eventuelt")]
    assert f"{word} 2: Sambandet fungerte godt." in record.items[0].text


def test_a_case_of_a_school_year_keeps_both_years_in_its_number():
    # school owners' forums count their cases by the school year: "Sak 12/26-27"
    record = _parsed("Protokoll frå samarbeidsforumet\n\nTil stades: Kari Holm, Ola Dahl\n\n"
                     "Sak 12/26-27 Godkjenning av protokoll\nProtokollen vart godkjend.\n\n"
                     "Sak 13/26-27 Eventuelt\nIngen saker.\n")
    assert [(i.number, i.title) for i in record.items] == [
        ("12/26-27", "Godkjenning av protokoll"), ("13/26-27", "Eventuelt")]
def test_a_contents_entry_wrapped_at_a_word_space_is_no_item():
    # "Sak 13/25 Budsjett … for" / "regionrådet ....... 2": the entry's title goes on
    # with its page on the next line; the contents stay one list, and the sections the
    # items
    text = ("Oppsummering administrativ gruppe\n\nMøtedato: 14.10.2025\n\nInnhold\n"
            "Sak 12/25 Godkjenning av innkalling ............. 1\n"
            "Sak 13/25 Budsjett 2026 og økonomiplan 2026–2029 for\n"
            "regionrådet ..................................... 2\n"
            "Sak 14/25 Eventuelt ............................. 2\n\n"
            "Sak 12/25 Godkjenning av innkalling\nGodkjent.\n\n"
            "Sak 13/25 Budsjett 2026 og økonomiplan 2026–2029 for regionrådet\n"
            "Budsjettet ble lagt fram.\n\nSak 14/25 Eventuelt\nIngen saker.\n")
    record = parse_bytes(text.encode(), "oppsummering.txt")
    assert [(i.number, i.title, i.text) for i in record.items] == [
        ("12/25", "Godkjenning av innkalling", "Godkjent."),
        ("13/25", "Budsjett 2026 og økonomiplan 2026–2029 for regionrådet",
         "Budsjettet ble lagt fram."),
        ("14/25", "Eventuelt", "Ingen saker.")]


def test_a_time_column_over_a_log_is_no_meeting_time():
    # a two-column table "Tid | Hending" over "kl. 05.10 | …" in an item: the column
    # names over the times of a log, not the label "Tid" with the value "Hending"
    document = docx.Document()
    document.add_paragraph("Referat frå beredskapsrådet")
    document.add_paragraph("Dato: 4.3.2025 kl. 10.00–12.00")
    document.add_paragraph("Sak 3/25 Evaluering av flaumen")
    document.add_paragraph("Utdrag frå loggen:")
    table = document.add_table(rows=3, cols=2)
    for row, cells in zip(table.rows, [("Tid", "Hending"), ("kl. 05.10", "Raudt farevarsel"),
                                       ("kl. 06.35", "Vegen stengd")], strict=True):
        for cell, value in zip(row.cells, cells, strict=True):
            cell.text = value
    document.add_paragraph("Rådet tok evalueringa til orientering.")
    record = parse_bytes(docx_bytes(document), "referat.docx")
    assert (record.meeting.start, record.meeting.end) == ("10:00", "12:00")
    assert "Tid Hending\nkl. 05.10 Raudt farevarsel" in record.items[0].text


def test_an_agency_before_a_colon_in_an_item_heading_keeps_its_topic():
    # (s70b) "Mattilsynet: ILA-utbrudd og kontrollområde i Vestfjorden": the agency that
    # brings the case, then its topic; "kontrollområde" ends as a past tense would, but
    # the words after the colon are no sentence
    text = ("Referat fra møte i sjømatrådet\n\nDato: 2. oktober 2026\n\n"
            "Sak 16/26 Mattilsynet: ILA-utbrudd og kontrollområde i Vestfjorden\n"
            "Sigrun Moe orienterte om utbruddet.\nTatt til orientering.\n\n"
            "Sak 17/26 Eventuelt\nIngen saker.\n")
    item = parse_bytes(text.encode(), "referat.txt").items[0]
    assert item.title == "Mattilsynet: ILA-utbrudd og kontrollområde i Vestfjorden"
    assert item.text.startswith("Sigrun Moe orienterte")


def test_the_minutes_approved_electronically_by_ends_the_last_item():
    # (s70h) "Protokollen er godkjend elektronisk av:" over the names closes the minutes
    text = ("Protokoll frå eigarmøte\n\nDato: 22. oktober 2026\n\n"
            "Sak 1/26 Godtgjersle til styret\nVedtak: Godtgjersla vert ståande uendra.\n"
            "Samrøystes.\n\nProtokollen er godkjend elektronisk av:\n"
            "Sigrid Fjeld    Olav Brekke    Hanne Li\n")
    item = parse_bytes(text.encode(), "p.txt").items[0]
    assert item.decisions == ["Godtgjersla vert ståande uendra.", "Samrøystes."]


def test_a_range_of_school_years_in_a_list_starts_no_item():
    # (s71d) "5.–7. trinn: 5 produksjoner" lines a case's distribution by school years:
    # the range's first number is no item "5" titled "–7. trinn …"
    text = ("Referat fra møte i DKS-gruppa\n\nDato: 12. mai 2026\n\n"
            "1. Referat\nGodkjent.\n\n2. Fordeling av produksjoner\nFordelt slik:\n"
            "   1.–4. trinn: 5 produksjoner\n   5.–7. trinn: 5 produksjoner\n"
            "   8.–10. trinn: 4 produksjoner\nKonklusjon: Fordelingen godkjennes.\n\n"
            "3. Turnéplan\nPlanen sendes ut i uke 24.\n\n4. Eventuelt\nIngen saker.\n")
    record = parse_bytes(text.encode(), "referat.txt")
    assert [item.number for item in record.items] == ["1", "2", "3", "4"]
    assert record.items[1].decisions == ["Fordelingen godkjennes."]


def test_a_plan_heading_without_a_colon_over_its_days_closes_the_minutes():
    # (s71d) "### Møtekalender 2026" over a list of days (this meeting's among them) after
    # Eventuelt: the plan of the coming meetings, no text of the last item; the next
    # meeting is the plan's first day after this one
    text = ("# Protokoll – Fagrådet\n\n**Møtedato:** 3. mars 2026\n\n"
            "## Sak 5/26 Godkjenning av protokoll\n\nProtokollen ble godkjent.\n\n"
            "## Sak 6/26 Eventuelt\n\nIngen saker.\n\n### Møtekalender 2026\n\n"
            "- 3. mars (dette møtet)\n- 9. juni\n- 15. september\n\n"
            "Havneby, 5. mars 2026\n")
    record = parse_bytes(text.encode(), "protokoll.md")
    assert record.items[-1].text == "Ingen saker."
    assert record.next_meeting.date == "2026-06-09"
    assert record.document_date == "2026-03-05"


@pytest.mark.parametrize(("heading", "title", "outcome"), [
    ("Søknad frå Fjellheim Gardsbryggeri AS om tilskot – innvilga kr 150 000",
     "Søknad frå Fjellheim Gardsbryggeri AS om tilskot", "innvilga kr 150 000"),
    ("Søknad frå Bakkeli Maskin AS – lån til ny gravemaskin – avslag",
     "Søknad frå Bakkeli Maskin AS – lån til ny gravemaskin", "avslag"),
    ("Søknad om tilskudd til lysløype – innvilget med 40 000 kr",
     "Søknad om tilskudd til lysløype", "innvilget med 40 000 kr"),
])
def test_a_funds_answer_after_a_dash_in_an_applications_heading(heading, title, outcome):
    # a kraftfond's board writes what became of the application into its heading
    assert split_heading(heading) == (title, outcome)
    record = _parsed("Møtebok – styret for kraftfondet\n\nTil stede: Kari Holm, Ola Dahl\n\n"
                     f"Sak 14/26 {heading}\nSøkt om kr 250 000.\n")
    [item] = record.items
    assert (item.title, item.decisions) == (title, [outcome])


def test_a_heading_that_only_ends_on_a_grant_word_keeps_it():
    # "Klage på avslag" names the case, with no dash before the word
    assert split_heading("Klage på avslag") == ("Klage på avslag", None)


def test_a_paragraph_set_apart_under_an_item_table_is_no_text_of_its_last_row():
    # (s71k) the cases as rows with their decisions beside them; the fund's sum under the
    # table closes the minutes, no words of the last row's "Eventuelt"
    text = ("# Protokoll frå styremøte i næringsfondet\n\n**Dato:** 14.04.2026\n\n"
            "Til stades: Bente Dal (leiar), Arne Vik\n\n"
            "| Sak | Søkjar / sak | Vedtak |\n|---|---|---|\n"
            "| 1/26 | Søknad frå Elvetun AS om tilskot | Innvilga kr 100 000. |\n"
            "| 2/26 | Eventuelt | Ingen saker. |\n\n"
            "Sum innvilga i møtet: kr 100 000. Disponibelt etter møtet: kr 400 000.\n\n"
            "Neste møte: 9. juni 2026.\n")
    record = parse_bytes(text.encode(), "protokoll.md")
    assert [item.text for item in record.items] == ["Innvilga kr 100 000.", "Ingen saker."]
    assert record.next_meeting.date == "2026-06-09"


def test_the_next_ordinary_meeting_set_apart_after_the_last_item_closes_the_minutes():
    # (s71k) "Neste ordinære eiermøte: …" (the ordinary one, as an owners' meeting says)
    # under a rule after "Eventuelt": the minutes' closing line, no text of the item
    text = ("# Protokoll frå eigarmøte i Dalkraft AS\n\n**Dato:** 18. mars 2026\n\n"
            "## Sak 1 – Eventuelt\n\nIngen saker vart tekne opp.\n\n---\n\n"
            "Neste ordinære eigarmøte: september 2026, dato kjem seinare.\n")
    record = parse_bytes(text.encode(), "protokoll.md")
    assert record.items[-1].text == "Ingen saker vart tekne opp."


def test_a_long_title_wrapped_before_its_dash_keeps_the_dash():
    # (s71m) a PDF wrapped "Forvaltningsplan for Lyngvidda nasjonalpark" / "– høyringsutkast"
    record = _parsed("Protokoll\n\nSak 34/2026 Forvaltningsplan for Lyngvidda nasjonalpark\n"
                     "– høyringsutkast\nForvaltaren la fram utkastet.\n\n"
                     "Sak 35/2026 Eventuelt\n– dugnad ved Tindbu\nIngen fleire saker.\n")
    assert [(i.number, i.title) for i in record.items] == [
        ("34/2026", "Forvaltningsplan for Lyngvidda nasjonalpark – høyringsutkast"),
        ("35/2026", "Eventuelt")]


def test_a_title_whose_day_s_year_a_pdf_wrapped_onto_the_next_line():
    # (s72d) "… fra møtet 20. november" / "2025": the year is the title's, not the text's
    record = _parsed("Protokoll\n\nSak 7/2026 Godkjenning av protokoll fra møtet 20. november\n"
                     "2025\nProtokollen ble godkjent.\n\nSak 8/2026 Budsjett 2026\n"
                     "Budsjettet ble vedtatt.\n")
    assert [(i.number, i.title, i.text) for i in record.items] == [
        ("7/2026", "Godkjenning av protokoll fra møtet 20. november 2025",
         "Protokollen ble godkjent."),
        ("8/2026", "Budsjett 2026", "Budsjettet ble vedtatt.")]


def test_a_numbered_remarks_table_is_no_item_table() -> None:
    """(s72g) "Nr | Innspill fra | Tema | Forslag til svar": a hearing's remarks numbered
    one by one under the item that weighs them, no items of the meeting (its "Tema" names
    each remark's matter, as "Nr | Tema | Ansvar" names an item's)."""
    from motebok.extract.items import item_table_columns
    from motebok.parse import parse_bytes

    assert item_table_columns(("Nr", "Innspill fra", "Tema", "Forslag til svar")) is None
    assert item_table_columns(("Nr", "Merknad frå", "Tema", "Vurdering")) is None
    assert item_table_columns(("Nr", "Tema", "Konklusjon")) == ["number", "title", "decision"]
    # (s72k) with no column of who sent them: the remarks themselves beside their answer
    assert item_table_columns(("Nr", "Tema", "Innspill", "Vurdering")) is None
    assert item_table_columns(("Nr", "Tema", "Merknad", "Forslag til svar")) is None
    text = ("Referat fra arbeidsgruppemøte\n\nDato: 3. mars 2026\n\n## 1. Merknadsbehandling\n\n"
            "| Nr | Innspill fra | Tema | Forslag til svar |\n|---|---|---|---|\n"
            "| 1 | Fiskarlaget | Låssettingsplass | Tas til følge. |\n"
            "| 2 | Statsforvalteren | Avstand til vassdrag | Tas til følge. |\n\n"
            "Arbeidsgruppa sluttet seg til forslagene til svar.\n\n## 2. Eventuelt\n\n"
            "Ingen saker.\n")
    record = parse_bytes(text.encode(), "referat.md")
    assert [(i.number, i.title) for i in record.items] == \
        [("1", "Merknadsbehandling"), ("2", "Eventuelt")]
    assert record.items[0].decisions == ["Arbeidsgruppa sluttet seg til forslagene til svar."]


def test_a_numbered_remarks_table_without_senders_is_no_item_table() -> None:
    """(s72k) "Nr | Tema | Innspill | Vurdering" inside an item: the remarks a network sums
    up from a hearing, each weighed ("Tas til følge."), no items and no outcomes; the
    sentence after the table is the item's verdict."""
    from motebok.parse import parse_bytes

    text = ("Referat fra arbeidsgruppemøte\n\nDato: 3. mars 2026\n\n## 1. Merknadsbehandling\n\n"
            "| Nr | Tema | Innspill | Vurdering |\n|---|---|---|---|\n"
            "| 1 | Låssettingsplass | Plassen i Årdalsfjorden må sikres. | Tas til følge. |\n"
            "| 2 | Avstand til vassdrag | Minst 1 km fra elveosen. | Tas ikke til følge. |\n\n"
            "Arbeidsgruppa sluttet seg til vurderingene.\n\n## 2. Eventuelt\n\nIngen saker.\n")
    record = parse_bytes(text.encode(), "referat.md")
    assert [(i.number, i.title) for i in record.items] == \
        [("1", "Merknadsbehandling"), ("2", "Eventuelt")]
    assert record.items[0].decisions == ["Arbeidsgruppa sluttet seg til vurderingene."]
    assert record.items[0].actions == []


def test_a_letter_spaced_title_and_decision_label_read_as_their_words():
    # (s72q) a typewriter's "Sak 13/98  E V E N T U E L T" and "V E D T A K :": the words
    # they spell, as the spaced heading "S A K L I S T E" on its own line is read
    text = ("MØTEBOK\n\nRegionrådet\nMøtedato: 17.03.2026\n\nSak 12/26  B U D S J E T T\n"
            "V E D T A K :\nBudsjettet godkjennes.\n\nSak 13/26  E V E N T U E L T\n"
            "Ingen saker.\n")
    record = parse_bytes(text.encode(), "a.txt")
    assert [(i.title, i.text, i.decisions) for i in record.items] == [
        ("BUDSJETT", "VEDTAK:\nBudsjettet godkjennes.", ["Budsjettet godkjennes."]),
        ("EVENTUELT", "Ingen saker.", [])]


@pytest.mark.parametrize("closing", ["Protokollen godkjennes fortløpende.",
                                     "Protokollen vert godkjend fortløpande."])
def test_minutes_approved_item_by_item_close_the_last_item(closing):
    record = _parsed("Protokoll frå styremøte\n\nTil stades: Kari Holm, Ola Dahl\n\n"
                     "Sak 1/26 Rekneskap 2025\nRekneskapen vart godkjend.\n\n"
                     f"Sak 2/26 Eventuelt\nIngen saker.\n{closing}\n")
    assert record.items[-1].text == "Ingen saker."
    assert record.items[-1].decisions == []


def test_a_site_visit_heading_before_the_cases_is_an_unnumbered_item():
    # (s73e) "Befaring" / "Synfaring" over its own text before the first case
    text = ("Møtebok\nStyret i Vikøy Hamn IKS\nDato: 12. juni 2026\n\nSynfaring\n"
            "Hamnesjefen viste styret kaifronten.\n\nSak 21/26 Saksliste\nGodkjend.\n")
    found = parse_bytes(text.encode(), "hamn.txt").items
    assert [(i.number, i.title) for i in found] == [(None, "Synfaring"), ("21/26", "Saksliste")]


@pytest.mark.parametrize("closing", [
    # (s73g) that no more cases came, then the close of the meeting or the assembly
    "Flere saker forelå ikke til behandling. Generalforsamlingen ble hevet kl. 15.10.",
    "Det ble ikke fremsatt andre saker. Møtet ble hevet kl. 11.15.",
    "Det låg ikkje føre fleire saker. Møtet vart heva kl. 15.05.",
])
def test_no_more_cases_then_the_close_ends_the_last_item(closing):
    record = _parsed("Protokoll fra generalforsamling\n\n"
                     "Sak 1 Valg av styre\nKari Holm ble valgt.\nEnstemmig valgt.\n"
                     f"{closing}\nProtokollen signeres av møteleder.\n")
    assert record.items[-1].text == "Kari Holm ble valgt.\nEnstemmig valgt."


@pytest.mark.parametrize("label", ["For referatet", "For protokollen"])
def test_the_writers_signature_for_the_minutes_is_no_text_of_the_last_item(label):
    # (s73j) "For referatet: Gro Bøen" set apart under the last item signs the minutes
    text = ("MØTEBOK\nStyret\nMøtedato: 14.05.2026\n\nSak 1/26 Eventuelt\n"
            f"Kari minte om årsmøtet.\n\n{label}: Gro Bøen\n")
    record = parse_bytes(text.encode(), "styre.txt")
    assert record.items[-1].text == "Kari minte om årsmøtet."
    assert [(p.name, p.role) for p in record.participants] == [("Gro Bøen", "secretary")]


def test_an_easy_read_summary_after_the_items_is_no_text_of_the_last():
    # (s73n) a disability council's "Lettlest samandrag" told again after the items
    text = ("Møteprotokoll\n\nMøtedato: 10.02.2026\n\nSak 1/26 Innkalling\nGodkjend.\n\n"
            "Sak 2/26 Eventuelt\nIngen saker.\n\nLettlest samandrag\n"
            "- Rådet sa ja til innkallinga.\n- Neste møte er 14. april.\n")
    items_ = parse_bytes(text.encode(), "rad.txt").items
    assert [(i.title, i.text, i.decisions) for i in items_] == [
        ("Innkalling", "Godkjend.", ["Godkjend."]),
        ("Eventuelt", "Ingen saker.", [])]


def test_a_guest_line_of_a_group_with_semicolons_and_a_case_is_no_item():
    # (s73n) "Fra legevakten: A, legevaktsjef; B, overlege (sak 3)": people, not "sak 3"
    text = ("Referat\n\nDato: 3.3.2026\n\nTil stede:\nAhmed Yusuf\nEwa Kowalska\n\n"
            "Fra legevakten: Silje Nordhus, legevaktsjef; Henrik Berg, overlege (sak 3)\n\n"
            "1. Innkalling\nGodkjent.\n\n2. Eventuelt\nIngen.\n")
    record = parse_bytes(text.encode(), "brukerrad.txt")
    assert [(i.number, i.title) for i in record.items] == [("1", "Innkalling"), ("2", "Eventuelt")]
    assert [p.name for p in record.participants][-2:] == ["Silje Nordhus", "Henrik Berg"]


def test_a_site_meetings_points_numbered_by_meeting_and_carried_over_are_items():
    # (s74f) "Byggemøte nr. 14": a Word table "Nr. | Sak | Ansvar | Frist | Status" whose
    # points are "14.1", "14.2", one carried over from meeting 12 ("12.4"); the title cell's
    # first paragraph is the title; "Info" in the owner's cell and "Utgår" mark no task
    document = docx.Document()
    document.add_paragraph("Byggemøte nr. 14")
    document.add_paragraph("Dato: 19.11.2026")
    rows = [("Nr.", "Sak", "Ansvar", "Frist", "Status"),
            ("14.1", "Økonomi\nKontraktssum kr 84,6 mill.", "Info", "", ""),
            ("14.2", "HMS\nIngen skader. TE sikrer rekkverket i trapperom 2.", "TE", "Uke 48",
             "Åpen"),
            ("12.4", "Fasadeplater\nPlatene er bestilt.", "ARK", "", "Utgår")]
    table = document.add_table(rows=len(rows), cols=5)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            fill_cell(table.cell(r, c), value.split("\n"))
    record = parse_bytes(docx_bytes(document), "byggemote.docx")
    assert [(i.number, i.title) for i in record.items] == [
        ("14.1", "Økonomi"), ("14.2", "HMS"), ("12.4", "Fasadeplater")]
    assert [[(a.text, a.responsible) for a in i.actions] for i in record.items] == [
        [], [("TE sikrer rekkverket i trapperom 2.", "TE")], []]


def test_a_summarys_topics_with_their_speaker_labelled_under_each_are_the_items():
    # (s74g) "Innleder: …" under each unnumbered topic of a short summary: the topic's
    # speaker, no label of the head (which would swallow every topic above the last)
    text = ("Oppsummering fra møte i Regionrådet 12. mars 2026\n\n"
            "Regionrådet møttes på Heimly kl. 10.00–14.00. Møtet ble ledet av Kari Holm.\n\n"
            "Ny næringsplan\n\nInnleder: Per Ås, Dal Næringsselskap\n\n"
            "Ås la fram utkastet til ny næringsplan.\n\n"
            "Regionrådet sluttet seg til hovedgrepene i planen.\n\n"
            "Legevakt\n\nInnleder: Eva Moe, Dal kommune\n\n"
            "Moe orienterte om det første året med felles legevakt.\n\n"
            "Regionrådet tok orienteringen til etterretning.\n")
    record = parse_bytes(text.encode(), "oppsummering.txt")
    assert [item.title for item in record.items] == ["Ny næringsplan", "Legevakt"]
    assert record.items[0].decisions == ["Regionrådet sluttet seg til hovedgrepene i planen."]
    assert [(p.name, p.role) for p in record.participants][-2:] == [
        ("Per Ås", ParticipantRole.GUEST), ("Eva Moe", ParticipantRole.GUEST)]


def test_a_news_pages_lone_top_heading_over_its_topics_is_its_title():
    # (s74o) a small newsletter page: "# Dette skjedde på samlinga" once, two "##" topics
    # under it; the top heading is the page's title and its ingress the head (the day),
    # the topics the items
    page = ("<html><body><p>Nyheitsbrev frå Kulturnettverket i Dalbygda</p>"
            "<h1>Dette skjedde på samlinga</h1><p>Tysdag 21. oktober samla 30 deltakarar "
            "seg på Lia kulturhus.</p><h2>Kulturskulen</h2><p>Kari Holm fortalde om "
            "kulturskulen.</p><h2>Kalender</h2><p>Nettverket slutta seg til forslaget om "
            "ein felles kalender.</p><p>Publisert 28.10.2025</p></body></html>")
    record = parse_bytes(page.encode(), "nyheitsbrev.html")
    assert record.title == "Dette skjedde på samlinga"
    assert record.meeting.date == "2025-10-21"
    assert [item.title for item in record.items] == ["Kulturskulen", "Kalender"]


def test_a_speakers_label_closing_the_first_topics_summary_keeps_its_heading():
    # (s74p) "Innledere:" under the summary of the first topic, a heading over the page
    # above it: the topic's speakers, no label of the head
    text = ("# Frå nettverkssamlinga\n\nOnsdag 4. mars samla nettverket seg i Lia.\n\n"
            "## Skulevegen\n\nKari Holm gjekk gjennom kartlegginga av skulevegane.\n\n"
            "Innledere: Kari Holm og Per Dahl\n\n## Neste samling\n\n"
            "Nettverket vedtok å møtast i Sørvik i juni.\n")
    record = parse_bytes(text.encode(), "samling.md")
    assert [item.title for item in record.items] == ["Skulevegen", "Neste samling"]


def test_an_organisation_s_people_there_for_a_case_head_no_item() -> None:
    # (s77j) "Eikvåg kommune v/ planleder Jorunn Dahl og … (sak 6/27)" in a bulleted list of
    # participants: the case in brackets says when they came, no item's number
    text = ("# Referat fra regionalt planforum\n\n**Møtedato:** 14. april 2027\n\n"
            "## Deltakere\n\n**Statlige etater:**\n\n- NVE v/ Rolf Haugen\n\n"
            "**Kommunene:**\n\n"
            "- Eikvåg kommune v/ planleder Jorunn Dahl og arealplanlegger Martin Berge (sak 6/27)\n"
            "- Sweco Norge AS v/ Ida Lønning (sak 6/27)\n\n"
            "## Sak 5/27 Godkjenning av saksliste\n\nSakslisten ble godkjent.\n\n"
            "## Sak 6/27 Områderegulering for Eikvåg stasjon\n\nPlanforum støtter planen.\n")
    record = parse_bytes(text.encode(), "planforum.md")
    assert [(item.number, item.title) for item in record.items] == [
        ("5/27", "Godkjenning av saksliste"), ("6/27", "Områderegulering for Eikvåg stasjon")]


def test_a_case_s_topic_before_v_still_heads_an_item() -> None:
    assert not items._sent_by_organisation("Søknad frå Naustdal IL v/ Kari Holm")
    assert not items._sent_by_organisation("Orientering om kommuneplanen v/ Eli Vik")
    assert items._sent_by_organisation("Sweco Norge AS v/ Ida Lønning")


def test_a_topic_with_a_dashed_subtitle_after_a_colon_stays_the_title() -> None:
    # (s78b) "AMU: Vold og trusler – avviksmeldinger": its plural nouns ("trusler",
    # "avviksmeldinger") are no verbs, and the rest has no full stop: one title
    text = ("Referat fra personalmøte\n\nDato: 3. februar 2027\n\n1. Godkjenning\nGodkjent.\n\n"
            "2. AMU: Vold og trusler – avviksmeldinger\nDet ble meldt to avvik i januar.\n")
    record = parse_bytes(text.encode(), "pm.txt")
    assert [item.title for item in record.items] == [
        "Godkjenning", "AMU: Vold og trusler – avviksmeldinger"]


@pytest.mark.parametrize("heading", ["Befaring på Ose bygdetun", "Synfaring ved kaia"])
def test_a_site_visit_with_its_place_after_the_cases_is_an_item_of_its_own(heading: str) -> None:
    # (s79d) the site visit set apart after "Eventuelt", its heading naming the place: an
    # unnumbered item, not the text of the last case
    text = ("Referat fra kulturminneforum\n\nDato: 15. april 2027\n\n"
            "Sak 15/27 Registrering\nForumet tok orienteringen til etterretning.\n\n"
            "Sak 16/27 Eventuelt\nIngen saker.\n\n"
            f"{heading}\nEtter lunsj dro forumet på befaring.\n")
    record = parse_bytes(text.encode(), "kf.txt")
    assert [(item.number, item.title) for item in record.items] == [
        ("15/27", "Registrering"), ("16/27", "Eventuelt"), (None, heading)]
    assert record.items[1].text == "Ingen saker."


def test_a_sentence_about_a_site_visit_is_no_item() -> None:
    assert items.is_standing_title("Befaring på Ose bygdetun")
    assert not items.is_standing_title("Befaring på tomta ble gjennomført i mai.")


def test_the_next_annual_meeting_s_month_then_the_close_is_set_apart() -> None:
    # (s79d) "Neste årsmøte holdes i mars 2028. Møtet ble hevet kl. 21.10." after the last
    # item: the minutes' closing paragraph, no text or decision of that item
    text = ("Protokoll fra årsmøtet i Venneforeningen\n\nDato: 16. mars 2027\n\n"
            "Sak 1 – Årsmelding\nÅrsmøtet godkjente årsmeldingen.\n\n"
            "Neste årsmøte holdes i mars 2028. Møtet ble hevet kl. 21.10.\n")
    record = parse_bytes(text.encode(), "am.txt")
    assert record.items[-1].text == "Årsmøtet godkjente årsmeldingen."
    assert record.items[-1].decisions == ["Årsmøtet godkjente årsmeldingen."]
def _closed_items(text: str) -> list[tuple[str | None, str | None, str | None]]:
    record = parse_bytes(text.encode(), "styre.txt")
    return [(item.number, item.title, item.exemption) for item in record.items]


def test_a_closed_case_carries_the_legal_basis_its_note_gives() -> None:
    # (s79f) the record's extra item key ``exemption``: the law the note cites, as written
    text = ("Referat fra styremøte\n\nDato: 12.03.2025\n\n"
            "Sak 1/25 Godkjenning av innkalling\nGodkjent.\n\n"
            "Sak 2/25 Unntatt offentlighet, jf. offl. § 13\nTilsetting av daglig leder\n"
            "Styret drøftet søkerne.\n\n"
            "Sak 3/25 (U.off.) Personalsak\nSaken ble drøftet.\n\n"
            "Sak 4/25 Klage på vedtak\nU.off. jf. offl. § 23 første ledd\nKlagen ble behandlet.\n\n"
            "Sak 5/25 Eventuelt\nIngen saker.\n")
    assert _closed_items(text) == [
        ("1/25", "Godkjenning av innkalling", None),
        ("2/25", "Tilsetting av daglig leder", "offl. § 13"),
        ("3/25", "Personalsak", "U.off."),
        ("4/25", "Klage på vedtak", "offl. § 23 første ledd"),
        ("5/25", "Eventuelt", None)]
    record = parse_bytes(text.encode(), "styre.txt")
    assert "exemption" not in record.to_dict()["items"][0]
    assert record.to_dict()["items"][1]["exemption"] == "offl. § 13"


def test_a_nynorsk_note_and_a_long_citation_give_their_basis() -> None:
    text = ("Protokoll frå møte i klagenemnda\n\nDato: 12.03.2025\n\n"
            "Sak 1/25 Klage på feiegebyr\n"
            "Unntatt offentlighet, jf. offl. § 13, jf. fvl. § 13 første ledd nr. 1\n"
            "Klagen vart handsama.\n\n"
            "Sak 2/25 Klage på tilsyn\nUnnateke offentlegheit.\nKlagen vart avvist.\n\n"
            "Sak 3/25 Personalsak\nU.off. § 13\nDrøfta.\n\n"
            "Sak 4/25 Årsmelding\nUnntatt offentlighet gjelder ikke denne saken.\n")
    assert [basis for _n, _t, basis in _closed_items(text)] == [
        "offl. § 13, jf. fvl. § 13 første ledd nr. 1", "Unnateke offentlegheit",
        "offl. § 13", None]


def test_the_basis_of_a_note() -> None:
    assert items.exemption_basis("(Unntatt offentlighet, jf. offl. § 13)") == "offl. § 13"
    assert items.exemption_basis("Unnateke offentlegheit etter offl. § 13") == "offl. § 13"
    assert items.exemption_basis("Lukket møte etter kommuneloven § 11-5.") == \
        "kommuneloven § 11-5"
    assert items.exemption_basis("U.off.") == "U.off."
    assert items.exemption_basis("Lukket sak") == "Lukket sak"
def test_a_title_naming_a_meeting_wraps_onto_its_day_in_bold() -> None:
    # (s79i) "Godkjenning av referat fra møte" / "10.12.2026": the PDF wrapped the heading
    # before the meeting's day, no line of the item's text
    day = Line("10.12.2026", "10.12.2026", BlockKind.PARAGRAPH, 0, (), True, False)
    assert items._title_goes_on("Godkjenning av referat fra møte", day)
    plain = Line("10.12.2026", "10.12.2026", BlockKind.PARAGRAPH, 0, (), False, False)
    assert not items._title_goes_on("Godkjenning av referat fra møte", plain)
    assert not items._title_goes_on("Budsjett", day)
