"""The extractor on minutes in many house styles (see styles.py), one convention a test."""

from __future__ import annotations

import pytest
from styles import STYLES

from motebok.parse import parse_bytes
from motebok.record import MinutesRecord


def parse(style: str) -> MinutesRecord:
    return parse_bytes(STYLES[style].encode("utf-8"), f"{style}.txt")


def people(record: MinutesRecord) -> dict[str, tuple]:
    return {p.name: (p.organization, p.role, p.attendance, p.note) for p in record.participants}


@pytest.mark.parametrize("style", sorted(set(STYLES) - {"agenda_summons"}))
def test_every_style_gives_a_dated_minutes_record_with_items(style):
    record = parse(style)
    assert record.kind == "minutes"
    assert record.meeting.date is not None
    assert record.items, "no items found"
    assert all(item.title for item in record.items)


def test_case_numbers_skip_the_table_of_contents():
    record = parse("case_numbers_with_toc")
    assert [(i.number, i.title) for i in record.items] == [
        ("01/24", "Godkjenning av innkalling"),
        ("02/24", "Reiselivsstrategi for regionen"),
        ("03/24", "Eventuelt"),
    ]
    assert record.meeting.date == "2024-02-07"
    assert (record.meeting.start, record.meeting.end) == ("10:00", "12:00")
    assert record.meeting.location == "Rådhuset, Fjordvik"


def test_one_parenthesis_covers_several_names():
    record = parse("case_numbers_with_toc")
    found = people(record)
    assert found["Per Olav Lunde"][0] == "Strandby"
    assert found["Sigrid Haug"][0] == "Strandby"
    assert found["Ingrid Sæther"][0] == "Vestbygd"
    assert found["Ola Dahl"][:2] == ("sekretariatet", "secretary")
    assert list(found)[:2] == ["Kari Nordvik", "Per Olav Lunde"]


def test_decisions_and_actions_with_due_dates():
    item = parse("case_numbers_with_toc").items[1]
    assert item.decisions == ["Gruppa sluttet seg til forslaget."]
    assert [(a.responsible, a.due) for a in item.actions] == [("Sekretariatet", "2024-03-01")]


def test_name_organisation_table_with_chair_and_secretariat():
    record = parse("table_attendance_numbered_items")
    found = people(record)
    assert found["Liv Brekke"][:2] == ("Elvdal kommune/Elvregionen", "chair")
    assert found["Hanne Lie"][0] == "NAV Innlandet"
    assert found["Eva Strand"][1] == "secretary"
    assert len(found) == 5


def test_weekday_date_takes_year_from_document_date():
    record = parse("table_attendance_numbered_items")
    assert record.document_date == "2023-09-20"
    assert record.meeting.date == "2023-09-13"
    assert (record.meeting.start, record.meeting.end) == ("09:00", "11:30")


def test_numbered_items_and_outcome_sentences():
    record = parse("table_attendance_numbered_items")
    assert [i.number for i in record.items] == ["1", "2", "3"]
    assert record.items[0].decisions == ["Innkallingen ble godkjent"]
    assert record.items[1].title == "Kompetanseløftet – status"
    assert "Tre kurs er gjennomført" in record.items[1].text
    assert record.items[1].decisions == ["Nettverket tok saken til orientering."]


def test_nynorsk_minutes():
    record = parse("nynorsk")
    assert record.meeting.date == "2023-04-12"
    assert record.meeting.location == "Kommunehuset i Vestdal"
    found = people(record)
    assert found["Ragnhild Hovland"][1] == "chair"
    assert found["Lars Nesheim"][2] == "absent"
    assert [i.number for i in record.items] == ["7/23", "8/23", "9/23"]
    assert record.items[0].decisions == ["Innkalling og sakliste vart godkjend."]
    assert "Samrøystes vedteke." in record.items[1].decisions
    assert record.next_meeting.date == "2023-06-14"


def test_time_and_place_label_and_one_name_per_line():
    record = parse("time_and_place_one_per_line")
    assert record.meeting.date == "2021-01-30"
    assert (record.meeting.start, record.meeting.end) == ("08:30", "09:30")
    assert record.meeting.location == "Rådhuset"
    found = people(record)
    assert list(found) == ["Marit Solberg", "Geir Vold", "Tone Eik"]
    assert found["Marit Solberg"][1] == "chair"
    assert found["Tone Eik"][1] == "secretary"


def test_responsible_and_due_labels():
    record = parse("time_and_place_one_per_line")
    actions = record.items[1].actions
    assert len(actions) == 1
    assert actions[0].responsible == "Geir Vold"
    assert actions[0].due == "2021-02-15"
    assert record.next_meeting.date == "2021-03-05"
    assert record.next_meeting.start == "09:00"
    assert record.next_meeting.location == "Teams"


def test_ps_numbers_substitute_and_adopted_recommendation():
    record = parse("ps_numbers_with_innstilling")
    assert [i.number for i in record.items] == ["45/22", "46/22", "47/22"]
    assert record.items[0].decisions == ["Tatt til orientering."]
    assert "Innstillingen ble enstemmig vedtatt." in record.items[1].decisions
    assert record.items[2].decisions == ["Saken utsettes til neste møte."]
    found = people(record)
    assert found["Arne Vik"][2:] == ("present", "for Solveig Ask")
    assert found["Solveig Ask"][2] == "absent"
    assert record.meeting.location == "Kommunestyresalen"


def test_labels_with_values_on_the_next_line():
    record = parse("labels_on_their_own_line")
    assert record.meeting.date == "2024-03-14"
    assert (record.meeting.start, record.meeting.end) == ("13:00", "15:00")
    assert record.meeting.location == "Teams"
    found = people(record)
    assert found["Tore Lund"][0] == "Akershus fylkeskommune"
    assert [i.number for i in record.items] == ["1", "2", "3"]
    assert record.items[1].decisions == [
        "Prosjektgruppen var enig om å gå videre med alternativ B."]


def test_follow_up_block_with_responsible():
    record = parse("actions_with_responsible_and_due")
    actions = record.items[0].actions
    assert [a.responsible for a in actions] == ["Siv Kristiansen", "Rune Ødegård"]
    assert actions[0].due == "2023-10-20"
    assert record.meeting.location == "Digitalt møte"


def test_partial_attendance_and_substitutes():
    found = people(parse("substitutes_and_partial"))
    assert found["Marte Holm"][2:] == ("partial", "fra sak 3")
    assert found["Stian Lie"][2:] == ("present", "for Kåre Bø")
    assert found["Kåre Bø"][2] == "absent"
    assert found["Egil Strand"][2] == "partial"
    assert found["Heidi Sand"][:2] == ("Kystverket", "guest")


def test_seat_table_padded_with_spaces():
    record = parse("seat_table_with_spaces")
    found = people(record)
    assert found["Ola Brenna"][1] == "chair"
    assert found["Hege Lid"][1] == "secretary"
    assert record.body == "Årsmøtet"
    assert record.organization == "Åsen Vel"
    assert [i.number for i in record.items] == ["1", "2"]


def test_dash_separated_lines_and_groups():
    found = people(parse("dash_lines_and_groups"))
    assert found["Anne Li"][:2] == ("Dal kommune", "chair")
    assert found["Bjørn Foss"][:2] == ("Fjellbygd kommune", "member")
    assert found["Carl Nygård"][1] == "guest"
    assert found["Dina Rud"][:2] == ("Dalbygda næringsforening", "guest")


def test_place_and_date_line_is_the_document_date():
    record = parse("sak_nr_and_place_date")
    assert record.document_date == "2021-05-03"
    assert record.meeting.date == "2021-04-28"
    assert [i.number for i in record.items] == ["20.2021", "21.2021"]
    assert record.items[0].decisions == ["Nettverket støttet forslaget."]


def test_web_artefacts_are_cleaned():
    record = parse("web_artefacts")
    assert record.title == "Referat fra møte i Fjellregionens ungdomsråd"
    assert record.items[0].title == "Ungdomskortet"
    assert "Side 1 av 2" not in record.items[0].text
    assert record.items[0].actions[0].responsible == "sekretariatet"


def test_numbered_list_inside_an_item_is_not_an_item():
    record = parse("inner_numbered_list")
    assert [i.title for i in record.items] == [
        "Godkjenning av innkalling", "Arbeidsgrupper", "Eventuelt"]
    assert "1. Festivalsamarbeid" in record.items[1].text


def test_municipal_protocol_with_tables_and_vedtak_labels():
    record = parse("municipal_protocol")
    assert record.body == "Formannskapet"
    assert record.organization == "Nordvik kommune"
    assert record.meeting.date == "2024-03-12"
    assert (record.meeting.start, record.meeting.end) == ("09:00", "14:30")
    found = people(record)
    assert found["Kari Nordmann"][:3] == ("AP", "chair", "present")
    assert found["Ola Vik"][2] == "absent"
    assert found["Siri Dahl"][2] == "present"
    assert found["Anne Moe"][1] == "guest"
    assert [i.number for i in record.items] == ["12/24", "13/24"]
    assert record.items[0].decisions == ["Protokollen godkjennes."]
    assert "Enstemmig vedtatt." in record.items[1].decisions
    assert "Formannskapet tildeler tilskudd som vist i vedlegget." in record.items[1].decisions


def test_summons_is_an_agenda_with_its_items():
    record = parse("agenda_summons")
    assert record.kind == "agenda"
    assert [i.number for i in record.items] == ["21/24", "22/24", "23/24", "24/24"]
    assert record.participants == []


def test_mojibake_is_repaired():
    record = parse("mojibake_and_ascii")
    assert record.title == "Referat fra møte i Åsen næringsforum"
    assert "Bjørn Ødegård" in people(record)
    assert record.items[0].title == "Årsplan"


@pytest.mark.parametrize(("value", "start", "end"), [
    ("09.00", "09:00", None),
    ("9.30", "09:30", None),
    ("0900-1200", "09:00", "12:00"),
    ("9-11", "09:00", "11:00"),
    ("9-11.30", "09:00", "11:30"), ("8.30–10", "08:30", "10:00"),
    ("25.00", None, None),
])
def test_time_label_values_without_kl(value, start, end):
    text = f"Referat fra møte i Faggruppe plan\n\nDato: 2024-03-12\nTid: {value}\n\nSak 1/24 Test\n"
    record = parse_bytes(text.encode(), "tid.txt")
    assert (record.meeting.start, record.meeting.end) == (start, end)


def test_attendance_list_wrapped_like_a_pdf_line():
    text = ("Referat fra møte i Faggruppe plan\n\nDato: 12. mars 2024\n\n"
            "Til stede: Lars Holm (Valle), Tuva Berg (Vennesla kommune), Jon Kvam (Iveland\n"
            "kommune), Siri Dahl (Bykle), Liv Austad\n"
            "(Bygland) og Olav Tveit (Evje og Hornnes)\n"
            "ordfører Mona Lie (Bygland)\n\nSak 1/24 Test\nTekst.\n")
    found = people(parse_bytes(text.encode(), "wrapped.txt"))
    assert found["Jon Kvam"][0] == "Iveland kommune"
    assert found["Liv Austad"][0] == "Bygland"
    assert found["Olav Tveit"][0] == "Evje og Hornnes"
    assert found["Mona Lie"][0] == "Bygland"


def test_unnumbered_headings_over_paragraphs_wrapped_like_a_pdf():
    text = ("Referat fra møte i Faggruppe plan\n\nDato: 12. mars 2024\n\n"
            "Orienteringer\n\nKommunene orienterte om situasjonen. Tatt til\norientering.\n\n"
            "Felles innkjøp\n\nForumet ble enige om å utrede felles innkjøp. Rolf Sand følger\n"
            "opp saken.\n")
    record = parse_bytes(text.encode(), "wrapped.txt")
    assert [item.title for item in record.items] == ["Orienteringer", "Felles innkjøp"]


@pytest.mark.parametrize(("per_berg", "expected"), [("", "absent"), ("x", "present")])
def test_a_blank_presence_cell_is_absence_when_others_are_marked(per_berg, expected):
    rows = [("Kari Holm", "Leder", "x"), ("Per Berg", "Medlem", per_berg),
            ("Liv Dahl", "Sekretær", "x")]
    text = ("Referat fra møte i Samarbeidsrådet\n\nDato: 5. mars 2024\n\n"
            "Navn\tFunksjon\tTil stede (x)\n" + "".join("\t".join(r) + "\n" for r in rows) +
            "\nSak 1/24 Test\nTekst.\n")
    assert people(parse_bytes(text.encode(), "table.txt"))["Per Berg"][2] == expected


def test_a_presence_column_nobody_filled_in_says_nothing():
    text = ("Referat fra møte i Samarbeidsrådet\n\nDato: 5. mars 2024\n\n"
            "Navn\tFunksjon\tMøtt\nKari Holm\tLeder\t\nPer Berg\tMedlem\t\n\nSak 1/24 Test\n")
    found = people(parse_bytes(text.encode(), "table.txt"))
    assert [found[name][2] for name in ("Kari Holm", "Per Berg")] == ["present", "present"]


def test_an_item_table_row_under_a_merged_number_belongs_to_that_item():
    # as a DOCX reads a number cell merged over two rows: the number in both
    text = ("# Referat fra møte i Faggruppe plan\n\nDato: 12. mars 2024\n\n"
            "| Sak | Tema | Konklusjon |\n|---|---|---|\n| 1 | Status | Tatt til orientering. |\n"
            "| 2 | Budsjett | Budsjettet ble vedtatt. |\n"
            "| 2 | | Kari Holm sender budsjettet innen 1. april. |\n")
    record = parse_bytes(text.encode(), "table.md")
    assert [item.number for item in record.items] == ["1", "2"]
    # the task in the "Konklusjon" column is decided there: a decision and an action
    assert record.items[1].decisions == ["Budsjettet ble vedtatt.",
                                         "Kari Holm sender budsjettet innen 1. april."]
    assert [a.responsible for a in record.items[1].actions] == ["Kari Holm"]


def test_a_task_in_an_item_tables_vedtak_column_is_decided_and_to_be_done():
    # "Vedtak" is the column's label for each of its cells: a task it assigns is both a
    # decision and an action; what was said in such a column ("… orienterte om …") and a
    # cell that records nothing ("Ingen saker.") decide nothing
    text = ("# Referat fra styremøte i Fjellheim Næringsforening\n\nDato: 3. oktober 2024\n\n"
            "| Sak | Tema | Vedtak |\n|---|---|---|\n"
            "| 30/24 | Nettside | Eva Dahl lager et utkast til neste møte. |\n"
            "| 31/24 | Medlemsmøte | Liv Moen orienterte om planene. |\n"
            "| 32/24 | Eventuelt | Ingen saker. |\n")
    record = parse_bytes(text.encode(), "styremote.md")
    assert [item.decisions for item in record.items] == [
        ["Eva Dahl lager et utkast til neste møte."], [], []]
    assert [a.responsible for a in record.items[0].actions] == ["Eva Dahl"]


def test_a_list_finished_in_a_paragraph_of_its_own():
    """In a document spaced by its paragraph style every paragraph stands apart; one that
    starts with "og" and a name still ends the attendance list above it."""
    from motebok.extract import extract
    from motebok.read.blocks import Block, BlockKind
    from motebok.record import Source
    blocks = [Block(BlockKind.PARAGRAPH, text, gap=True) for text in (
        "Referat fra styremøte 7. mars 2023", "Tilstede: Mona Haugli, Petter Sandvik",
        "og Ketil Amundsen", "Sak 1/23 Regnskap", "Regnskapet ble godkjent.")]
    names = [p.name for p in extract(blocks, Source(format="docx")).participants]
    assert names == ["Mona Haugli", "Petter Sandvik", "Ketil Amundsen"]


def test_from_a_group_met_sentences():
    text = ("Referat fra styremøte 12.03.2024\n\nFra styret møtte Kari Holm og Per Lie.\n"
            "Fra administrasjonen møtte daglig leder Tor Berg.\n"
            "Fra Kontrollkomiteen møtte Bente Aas.\n\nSak 1/24 Referat\nGodkjent.\n")
    people = parse_bytes(text.encode(), "styre.txt").participants
    assert [(p.name, p.organization, p.role) for p in people] == [
        ("Kari Holm", None, "member"), ("Per Lie", None, "member"),
        ("Tor Berg", "administrasjonen", "guest"), ("Bente Aas", "Kontrollkomiteen", "guest")]


def test_register_moteboka_with_surnames_first_and_capital_headings():
    record = parse("register_moteboka")
    assert [(p.name, p.organization, p.role, p.attendance) for p in record.participants] == [
        ("Kari Nesheim", "SP", "chair", "present"),  # "Nesheim, Kari" under DESSE MØTTE
        ("Lid, Ola Andreas", "H", "member", "present"),
        ("Brekkestad, Synnøve", "AP", "member", "present"),
        ("Dale, Per", "V", "member", "absent"),
        ("Eva Strand", None, "guest", "present"),
        ("Olav Berge", None, "secretary", "present"),
    ]
    assert [(i.number, i.title) for i in record.items] == [
        (None, "MERKNADER TIL INNKALLINGA"), (None, "GODKJENNING AV SAKLISTA"),
        (None, "YMSE")]
    assert record.items[1].decisions == ["Saklista vart godkjend."]


def test_council_groups_name_the_municipality_over_the_party():
    found = people(parse("council_groups_with_parties"))
    assert found["Geir Ove Brekke"] == ("Havvik kommune", "member", "present", None)
    assert found["Hilde Sørli"][2:] == ("partial", "måtte senere forlate møtet grunnet sykdom")
    assert found["Grethe E. Jonsen"][2:] == ("present", "for Berit Hågvik")
    assert found["Berit Hågvik"][2] == "absent"
    assert found["Ann H. Jonsen"] == ("Havvik kommune", "member", "absent", None)
    assert found["Tore Fossli"][:3] == ("Loppvik kommune", "member", "present")
    assert found["Randi Elvestad"][2] == "absent"
    assert found["Elin Olsrud"][:3] == ("Fjellnes kommune", "member", "present")


def test_a_long_attendance_list_in_a_protocol_cut_off_before_its_cases():
    names = [f"{first} {last}" for first in ("Kari", "Ola", "Siri", "Per", "Liv")
             for last in ("Holm", "Dahl", "Berg", "Lie", "Moe", "Vik", "Aune", "Bø", "Rud")]
    text = "Protokoll fra regionting 6. desember 2024\nTil stede:\n" + "\n".join(
        f"{name} AP" for name in names) + "\nForfall: Trine Haug SP\n"
    record = parse_bytes(text.encode(), "regionting.txt")
    assert len(record.participants) == len(names) + 1 == 46
    assert record.participants[-1].attendance == "absent"


def test_sentences_after_the_list_of_who_came():
    text = ("STYREMØTE I NORDDAL HISTORIELAG.\n\nTorsdag 7. april 2016 kl. 1800 blei det "
            "avholdt styremøte på Kyrkjestugu.\nTilstades: Arne Rud, Rita Lie og Per Bø. "
            "Svein Moe var fråverande. I tillegg var Ingrid Dal og Einar Hol tilstades under "
            "sak 1.\n\n1. Konstituering. Per Bø held fram som kasserar.\n")
    found = people(parse_bytes(text.encode(), "historielag.txt"))
    assert found["Svein Moe"][1:3] == ("member", "absent")
    assert found["Ingrid Dal"][1:] == ("guest", "partial", "tilstades under sak 1")
    assert found["Einar Hol"][1:] == ("guest", "partial", "tilstades under sak 1")


def test_an_attendance_table_below_the_agenda():
    text = ("Nordvik kommunestyre 21.10.25\n\nMøtested: Rådhuset\nDato: 21.10.25, kl. 17:00\n\n"
            "Sakliste\nSaksnr.\tSakstittel\nPS 53/25\tBoliganalyse\nPS 54/25\tTertialrapport\n\n"
            "Oppmøte:\nNavn\tParti\tFunksjon\tMøtte\tMerknad\n"
            "Kari Holm\tap\tmedlem\tx\nOla Dahl\tsp\tmedlem\t-\tforfall\n")
    found = people(parse_bytes(text.encode(), "kommunestyre.txt"))
    assert found["Kari Holm"][:3] == ("ap", "member", "present")
    assert found["Ola Dahl"][:3] == ("sp", "member", "absent")


def test_a_municipal_system_protocol_with_a_header_table():
    record = parse("municipal_system_protocol")
    assert (record.body, record.organization) == ("Nordvik eldreråd", "Nordvik kommune")
    assert record.meeting.location == "Nordvik rådhus, Store salong"
    assert record.meeting.date == "2024-03-12"
    assert [(p.name, p.organization, p.role, p.attendance) for p in record.participants] == [
        ("Bjørg Skjelstad", None, "member", "absent"),
        ("Arne Ellingsen", None, "chair", "present"),
        ("Irene Pytt", None, "member", "present")]


def test_an_agenda_with_page_numbers_then_who_came_in_a_cut_off_protocol():
    text = ("MØTEREFERAT!\nRegionrådet 31. januar 2024\nSted: Brattrein Hotell\n"
            "Møteleder: Tora Fossum rådsleder\n"
            "referent: Jan Erik Innvik regional koordinator / daglig leder\n"
            "Sakliste\nSak 001/24: Godkjenning av møtebok...3\nSak 002/24: Referatsaker...3\n"
            "Sak 003/24: Næringsfond\nSak 004/24: Eventuelt...6\n"
            "Tilstede:\nRegionrådets medlemmer:\nTora Fossum (Flesdal)\nSven Løkstad (Hjartvik)\n"
            "Andre møtedeltagere:\nTerje Kopp / Buskerud fylkeskommune\n")
    record = parse_bytes(text.encode(), "regionraad.txt")
    assert record.title == "MØTEREFERAT! Regionrådet 31. januar 2024"
    assert (record.body, record.meeting.date) == ("Regionrådet", "2024-01-31")
    assert [i.number for i in record.items] == ["001/24", "002/24", "003/24", "004/24"]
    assert [(p.name, p.organization, p.role) for p in record.participants] == [
        ("Tora Fossum", "Flesdal", "chair"), ("Jan Erik Innvik", None, "secretary"),
        ("Sven Løkstad", "Hjartvik", "member"),
        ("Terje Kopp", "Buskerud fylkeskommune", "guest")]


def test_an_annual_meeting_that_elects_its_chair_and_referent():
    text = ("REFERAT\n\nÅrsmøte i Fjordvik sogelag 11.02.25\n\n"
            "Bjørn Bjørk ønskte velkommen og gjorde framlegg om Anne Lund til møteleiar og "
            "Jakob Gull til referent. Dei vart samrøystes valde.\n\n"
            "Sak 1. Årsmelding 2024\n\nÅrsmeldinga vart samrøystes godkjend.\n\n"
            "Sak 2. Val\n\nMagne Aas blei valt til kasserar. Per B. Moe blei valt til ordstyrar "
            "for neste årsmøte.\n")
    record = parse_bytes(text.encode(), "sogelag.txt")
    assert record.title == "REFERAT"
    assert (record.body, record.organization) == ("Årsmøtet", "Fjordvik sogelag")
    assert record.meeting.date == "2025-02-11"
    assert [(p.name, p.role) for p in record.participants] == [
        ("Bjørn Bjørk", None), ("Anne Lund", "chair"), ("Jakob Gull", "secretary")]
    # Per B. Moe chairs the next annual meeting, not this one


@pytest.mark.parametrize("election", [
    "Kari Holm ble valgt til dirigent med Per Dahl som referent.",
    "Til møteleder ble valgt Kari Holm, til referent Per Dahl.",
    "Ordstyrar vart vald, Kari Holm, og referent Per Dahl.",
    "Kari Holm er møteleder\nPer Dahl er referent",  # one line each, as a decision
    "Valg: Ordstyrer: Kari Holm, referent: Per Dahl",  # seat labels after the heading's
])
def test_an_annual_meeting_that_elects_its_chair_the_seat_named_first_or_as_dirigent(election):
    text = ("Referat fra årsmøte 31. juli 2010 i Nordvik vel\n\n"
            f"1. Konstituering\n{election}\n\n2. Årsmelding\nÅrsmeldingen ble godkjent.\n")
    record = parse_bytes(text.encode(), "aarsmote.txt")
    assert [(p.name, p.role) for p in record.participants] == [
        ("Kari Holm", "chair"), ("Per Dahl", "secretary")]
    if " er " in election:
        assert record.items[0].decisions == ["Kari Holm er møteleder", "Per Dahl er referent"]


def test_attendance_labels_copied_above_their_names():
    text = ("Møteprotokoll fra møte i styringsgruppen for DMS Nordvik\nMøtested: Rådhuset\n"
            "Møtedato: 4. mars 2024\nDeltakere:\nForfall:\n"
            "Jacob Almlid (Verran kommune), Marit Myhre (for Jon Holm, Inderøy kommune)\n\n"
            "Sak 33/24 Organisering\nTatt til orientering.\n")
    found = people(parse_bytes(text.encode(), "dms.txt"))
    assert found["Jacob Almlid"] == ("Verran kommune", "member", "present", None)
    assert found["Marit Myhre"] == ("Inderøy kommune", "member", "present", "for Jon Holm")
    assert found["Jon Holm"][2] == "absent"


def test_a_council_table_by_municipality_then_forfall():
    text = ("MØTEREFERAT RÅDSMØTE\nTid: Fredag 3. desember 2021\nMøtedeltakere:\n"
            "Deltaker kommune\tRådsmedlem\tMøtende varamedlem\tKommunedirektør\n"
            "Indre Fjord\tBjørnar Buhaug\tKnut Ola Vang\tIvar Rostad\n"
            "Osen\tJohn Einar Høvik\tRoar Leirset\tLine Stein\n"
            "Forfall: Knut Ola Vang, Ivar Rostad, Indre Fjord kommune\n"
            "Øvrige møtedeltakere:\nHarald Fagervold, Trøndelag fylkeskommune\n\n"
            "PS 32/21 Referat\nGodkjent.\n")
    found = people(parse_bytes(text.encode(), "raad.txt"))
    assert found["Bjørnar Buhaug"][:3] == ("Indre Fjord", "member", "present")
    assert found["Knut Ola Vang"][2] == "absent"  # in the table, then under Forfall
    assert found["Harald Fagervold"][:2] == ("Trøndelag fylkeskommune", "guest")


def test_ditto_marks_groups_of_the_body_and_projects_in_a_table():
    text = ("Protokoll fra møte nr. 3/25, mandag 10. november 2025.\n"
            "Følgende medlemmer møtte:\nBrukerutvalget:\nKari Holm\nOla Dahl\n\n"
            "Øvrige deltakere\tOrganisasjon\nJan Olli\tFinnmarkseiendommen (FeFo)\n"
            "Einar Asbjørnsen\t---------------- « ---------------------\n"
            "Marit Ekkernes\tUngdomsskoleprosjektet Øst-Finnmark\n\n"
            "Sak 1/25 Godkjenning\nGodkjent.\n")
    found = people(parse_bytes(text.encode(), "ofr.txt"))
    assert found["Kari Holm"][:2] == (None, "member")  # not "Brukerutvalget"
    assert found["Einar Asbjørnsen"][0] == "Finnmarkseiendommen (FeFo)"
    assert found["Marit Ekkernes"][0] == "Ungdomsskoleprosjektet Øst-Finnmark"
    assert "Ungdomsskoleprosjektet Øst-Finnmark" not in found


def test_a_youth_council_numbering_on_from_its_last_meeting():
    text = ("MØTE I NORDVIK UNGDOMSRÅD\nFredag 22. januar, 18:00 - 20:30\n"
            "Kommunestyresalen, rådhuset i Nordvik.\n\nTilstade:\nAlma Vermedal\nTora Austvik\n\n"
            "22. Leiar Tora Austvik opna møtet.\n\n23. Innkalling ble godkjent.\n\n"
            "24. Referatet frå forrige møte ble godkjent.\n")
    record = parse_bytes(text.encode(), "ur.txt")
    assert (record.body, record.organization) == ("Nordvik ungdomsråd", None)
    assert (record.meeting.start, record.meeting.end) == ("18:00", "20:30")
    assert record.meeting.location == "Kommunestyresalen, rådhuset i Nordvik"
    assert [p.name for p in record.participants] == ["Alma Vermedal", "Tora Austvik"]
    assert [i.number for i in record.items] == ["22", "23", "24"]


def test_seats_and_jobs_written_with_a_capital_after_the_name():
    text = ("Protokoll fra styremøte 4/23\nDato: 31. mai 2023\n\nTil stede\n"
            "Erik Fløy, Styrets leder\nGunnar Lyng, Styrets nestleder\nBjørg Eide, Styremedlem\n"
            "Anita Jern, Daglig leder\nEirik Krist, Økonomisjef\n\n"
            "Sak 33 Godkjenning av innkalling\nValg av referent: Bjørg Eide\n\n"
            "Sak 34 Regnskap\nGodkjent.\n\nSkrivar Bjørg Eide\n")
    found = people(parse_bytes(text.encode(), "styre.txt"))
    assert [(name, found[name][:2]) for name in found] == [
        ("Erik Fløy", (None, "chair")), ("Gunnar Lyng", (None, "member")),
        ("Bjørg Eide", (None, "secretary")), ("Anita Jern", (None, "guest")),
        ("Eirik Krist", (None, "guest"))]


def test_a_signature_by_the_skrivar():
    text = ("Referat frå styremøte 18. januar 2011\nTilstede: Jan Rindli, Rita Lange\n\n"
            "Sak 19 Årsmøtet\nVedteke.\n\nSkrivar Rita Lange\n")
    assert people(parse_bytes(text.encode(), "lag.txt"))["Rita Lange"][1] == "secretary"


def test_the_bodys_own_group_and_the_staff_as_groups_present():
    text = ("Protokoll fra møte i Universitetsstyret 29.4.2010\n\nTil stede fra "
            "Universitetsstyret:\nKari Holm, Ola Dahl og Per Lie.\n\nForfall: Ingen\n\n"
            "Til stede fra administrasjonen:\nSiv Moe og Tor Berg.\n\nSak 1/10 Referat\n"
            "Godkjent.\n")
    people = parse_bytes(text.encode(), "us.txt").participants
    assert [(p.name, p.organization, p.role) for p in people] == [
        ("Kari Holm", None, "member"), ("Ola Dahl", None, "member"), ("Per Lie", None, "member"),
        ("Siv Moe", "administrasjonen", "guest"), ("Tor Berg", "administrasjonen", "guest")]


def test_a_parenthesis_with_whom_they_represent_then_when_they_were_there():
    text = ("Referat fra styremøtet 26. november 2024\n\nSted: Jonshus, København\n\n"
            "Til stede: Hrefna Jónsdóttir og Þóra Kemp (Island), Linda Kvalvik (Norge), "
            "Pia Rosengård (Finland, Teams fra kl. 14–16 fredag)\n\n"
            "1. Velkommen\nLeder ønsket velkommen.\n\n2. Eventuelt\nIngen saker.\n")
    record = parse_bytes(text.encode(), "styre.txt")
    found = {p.name: (p.organization, p.attendance, p.note) for p in record.participants}
    assert found == {"Hrefna Jónsdóttir": ("Island", "present", None),
                     "Þóra Kemp": ("Island", "present", None),
                     "Linda Kvalvik": ("Norge", "present", None),
                     "Pia Rosengård": ("Finland", "partial", "Teams fra kl. 14–16 fredag")}


def test_name_slash_organisation_and_the_cases_they_came_for():
    text = ("Referat fra rådmannsutvalget 3. mai 2024\n\nTil stede:\nKari Holm / Flesberg\n"
            "Ola Dahl / Rollag\nI tillegg deltok:\nFrode Lie / Kongsberg kommune under sak 056/24\n"
            "\nSak 055/24 Budsjett\nBudsjettet ble godkjent.\n\nSak 056/24 Eventuelt\n"
            "Ingen saker.\n")
    found = {p.name: (p.organization, p.attendance, p.note)
             for p in parse_bytes(text.encode(), "ru.txt").participants}
    assert found["Kari Holm"] == ("Flesberg", "present", None)
    assert found["Frode Lie"] == ("Kongsberg kommune", "partial", "under sak 056/24")


def test_names_a_web_page_glued_together_when_it_lost_the_line_breaks():
    text = ("Styremøte 28. oktober 2024\n\nTilstede: Johan R. HovsbakkenHelge Meyer, Turid Husdal,"
            "Jon Ålberg, Bjørn PrestmoSnorre HellesvikPer Holt (referent)\n\n"
            "Forfall: Jan Kristian Ålberg\n\n1. Godkjenning av innkalling\n\nOk\n\n"
            "2. Eventuelt\n\nIngen saker.\n")
    record = parse_bytes(text.encode(), "terna.txt")
    assert [p.name for p in record.participants] == [
        "Johan R. Hovsbakken", "Helge Meyer", "Turid Husdal", "Jon Ålberg", "Bjørn Prestmo",
        "Snorre Hellesvik", "Per Holt", "Jan Kristian Ålberg"]
    assert record.items[0].decisions == ["Ok"]


def test_who_came_told_in_sentences_of_one_paragraph():
    text = ("PROTOKOLL\nfra møte i Midtdalen regionråd 12. mars 2024\n\n"
            "Møtet ble satt kl. 10.00 av leder Kari Holm. Til stede var Kari Holm, Ola Dahl, "
            "Siv Lie og Per Hauge. Jon Ask hadde meldt forfall. Daglig leder Liv Berg førte "
            "protokollen.\n\nSak 1/24 Godkjenning av innkalling\nInnkallingen ble godkjent.\n")
    record = parse_bytes(text.encode(), "protokoll.txt")
    assert [(p.name, p.role, p.attendance) for p in record.participants] == [
        ("Kari Holm", "chair", "present"), ("Ola Dahl", "member", "present"),
        ("Siv Lie", "member", "present"), ("Per Hauge", "member", "present"),
        ("Jon Ask", "member", "absent"), ("Liv Berg", "secretary", "present")]


def test_rows_under_a_number_cell_merged_over_them_read_without_the_number_as_the_page_shows():
    # HTML's rowspan (as Word's vMerge and Writer's covered cells) repeats "5/24" in each
    # row it spans: the later rows are the item's text without it, and an "Ansvar" cell
    # beside one gives its task the owner (the owner's cell is no text of the item)
    html = ("<h1>Referat fra møte i Driftsstyret</h1><p>Dato: 12.03.2024</p><table>"
            "<tr><th>Sak</th><th>Tema</th><th>Ansvar</th></tr>"
            "<tr><td rowspan='3'>5/24</td><td>Godkjenning av referat</td><td></td></tr>"
            "<tr><td>Vedtak: Referatet ble godkjent.</td><td></td></tr>"
            "<tr><td>Referatet legges ut på nettsiden innen 20. mars.</td><td>Lise Dahl</td></tr>"
            "<tr><td>6/24</td><td>Eventuelt</td><td></td></tr></table>")
    record = parse_bytes(html.encode(), "referat.html")
    assert [item.number for item in record.items] == ["5/24", "6/24"]
    item = record.items[0]
    assert item.text == ("Vedtak: Referatet ble godkjent.\n"
                         "Referatet legges ut på nettsiden innen 20. mars.")
    assert item.decisions == ["Referatet ble godkjent."]
    assert [(a.responsible, a.due) for a in item.actions] == [("Lise Dahl", "2024-03-20")]


def test_a_number_merged_over_rows_of_a_table_no_heading_names_numbers_one_item():
    # no heading row says which column is which: the rows that repeat "09/24" (a merged
    # cell, as the readers fill it in) are still one item's text, not three items
    html = ("<h1>Referat fra møte i Driftsstyret</h1><p>Dato: 9.4.2024</p><table>"
            "<tr><td>08/24</td><td>Godkjenning av referat</td></tr>"
            "<tr><td rowspan='3'>09/24</td><td>Driftsrapport for første kvartal</td></tr>"
            "<tr><td>Driftslederen orienterte om driften.</td></tr>"
            "<tr><td>Vedtak: Driftsrapporten tas til orientering.</td></tr></table>")
    record = parse_bytes(html.encode(), "referat.html")
    assert [(item.number, item.title) for item in record.items] == [
        ("08/24", "Godkjenning av referat"), ("09/24", "Driftsrapport for første kvartal")]
    assert record.items[1].text == ("Driftslederen orienterte om driften.\n"
                                    "Vedtak: Driftsrapporten tas til orientering.")
    assert record.items[1].decisions == ["Driftsrapporten tas til orientering."]


def test_a_column_headed_sak_slash_vedtak_names_the_item_and_holds_its_vedtak():
    # "Sak / vedtak" as "Sak og vedtak": the title, then what was decided
    text = ("# Referat fra møte i Driftsstyret\n\nDato: 9. april 2024\n\n"
            "| Sak | Sak / vedtak | Ansvar | Frist |\n|---|---|---|---|\n"
            "| 10/24 | Innkjøp av slamavvanner | | |\n"
            "| 10/24 | Anbudsgrunnlaget sendes ut. | Ola Strand | 15. mai |\n")
    record = parse_bytes(text.encode(), "referat.md")
    assert [(item.number, item.title) for item in record.items] == [
        ("10/24", "Innkjøp av slamavvanner")]
    assert [(a.text, a.responsible, a.due) for a in record.items[0].actions] == [
        ("Anbudsgrunnlaget sendes ut.", "Ola Strand", "2024-05-15")]


def test_a_title_merged_with_the_number_over_an_items_task_rows_shows_once():
    # number and title both span the item's rows: the task rows are read without either,
    # and their "Ansvar" and "Frist" cells are the task's, no text of the item
    html = ("<h1>Referat fra møte i Driftsstyret</h1><p>Dato: 12.03.2024</p><table>"
            "<tr><th>Sak</th><th>Tittel</th><th>Oppfølging</th><th>Ansvar</th><th>Frist</th></tr>"
            "<tr><td rowspan='2'>5/24</td><td rowspan='2'>Vedlikeholdsplan</td>"
            "<td>Planen ble vedtatt.</td><td></td><td></td></tr>"
            "<tr><td>Tilbud på taket hentes inn.</td><td>Kari Holm</td><td>1. mai</td></tr>"
            "</table>")
    item = parse_bytes(html.encode(), "referat.html").items[0]
    assert (item.number, item.title) == ("5/24", "Vedlikeholdsplan")
    assert item.text == "Planen ble vedtatt.\nTilbud på taket hentes inn."
    assert [(a.responsible, a.due) for a in item.actions] == [("Kari Holm", "2024-05-01")]


def test_an_item_rows_task_cell_merged_over_two_owners_is_both_of_theirs():
    # the item's number, title and task span two rows (rowspan), each with its own owner:
    # the task is both owners', not the last row's alone
    html = ("<h1>Referat fra møte i Driftsstyret</h1><p>Dato: 12.03.2024</p><table>"
            "<tr><th>Sak</th><th>Tittel</th><th>Oppfølging</th><th>Ansvar</th><th>Frist</th></tr>"
            "<tr><td rowspan='2'>5/24</td><td rowspan='2'>Vedlikeholdsplan</td>"
            "<td rowspan='2'>Tilbud på taket hentes inn.</td><td>Kari Holm</td><td>1. mai</td></tr>"
            "<tr><td>Per Dal</td><td>1. mai</td></tr>"
            "</table>")
    item = parse_bytes(html.encode(), "referat.html").items[0]
    assert [(a.text, a.responsible, a.due) for a in item.actions] == [
        ("Tilbud på taket hentes inn.", "Kari Holm, Per Dal", "2024-05-01")]


def test_an_item_row_whose_deadline_cell_says_done_gives_no_task():
    text = ("# Referat fra møte i Driftsstyret\n\nDato: 9. april 2024\n\n"
            "| Sak | Tittel | Oppfølging | Ansvar | Frist |\n|---|---|---|---|---|\n"
            "| 10/24 | Tak | Tilbud hentes inn. | Ola Strand | Ferdig |\n"
            "| 11/24 | Maling | Maler bestilles. | Kari Holm | 15. mai |\n")
    record = parse_bytes(text.encode(), "referat.md")
    assert [[(a.text, a.responsible, a.due) for a in item.actions] for item in record.items] == [
        [], [("Maler bestilles.", "Kari Holm", "2024-05-15")]]
