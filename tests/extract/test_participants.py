"""How lists of people are read: whom each person represents, and who did not come."""

from __future__ import annotations

import time
from collections.abc import Callable

import docx
import pytest

from fixtures.builders import docx_bytes, fill_cell, to_docx, to_html, to_md, to_odt, to_txt
from motebok.extract.labels import match_label
from motebok.extract.participants import (
    _away_and_deputy_cell,
    attendance_by_column,
    chair_sentence,
    columns_for_day,
    organization_heads,
    organization_of_group,
    parse_line,
    parse_people_list,
    partial_sentences,
    role_of,
    signing_chair,
    table_columns,
    table_row_people,
    tidy_name,
)
from motebok.extract.text import double_first_name_wrapped
from motebok.parse import parse_bytes
from motebok.vocab import Attendance, ParticipantRole


@pytest.mark.parametrize(("line", "organization"), [
    ("Knut Aas, prosjektleder i Nordby kommune (referent)", "Nordby kommune"),
    ("Knut Aas, prosjektleder i Nordby kommune", "Nordby kommune"),
    ("Eva Li, leder ved Vestby skole", "Vestby skole"),
    # the job's field in one word, and a job with a short capital prefix
    ("Arnfinn Stensrud, kommunalsjef helse Kongsberg kommune", "Kongsberg kommune"),
    ("Per Dal, IKT-sjef Ål kommune", "Ål kommune"),
])
def test_the_job_before_an_organisation_is_no_part_of_it(line, organization):
    [entry] = parse_people_list(line, ParticipantRole.MEMBER, Attendance.PRESENT)
    assert (entry.name, entry.organization) == (line.split(",")[0], organization)


def test_a_secretary_named_with_job_and_employer_in_the_attendance_list():
    text = ("Referat fra møte i styringsgruppen\n\nDato: 12.03.2024\n\nTil stede:\n"
            "Kari Holm, leder\nKnut Aas, prosjektleder i Nordby kommune (referent)\n\n"
            "Sak 1/24 Godkjenning av innkalling\nInnkallingen ble godkjent.\n")
    people = parse_bytes(text.encode(), "styring.txt").participants
    assert [(p.name, p.organization, p.role) for p in people] == [
        ("Kari Holm", None, ParticipantRole.CHAIR),
        ("Knut Aas", "Nordby kommune", ParticipantRole.SECRETARY)]


@pytest.mark.parametrize(("org", "note"), [
    ("Statens vegvesen", None), ("Statens vegvesen (fra sak 2)", "fra sak 2"),
    ("Innovasjon Norge (sak 2)", "sak 2")])
def test_an_organisation_by_its_proper_name_in_a_list_is_whom_the_person_before_represents(
        org, note):
    found = parse_people_list(f"Tor Haug, {org}, Liv Moe, NAV", ParticipantRole.GUEST,
                              Attendance.PRESENT)
    assert [(e.name, e.organization, e.note) for e in found] == [
        ("Tor Haug", org.split(" (")[0], note), ("Liv Moe", "NAV", None)]


@pytest.mark.parametrize("line", [
    "Kari Holm (leder), Per Dahl (sekretær), Ola Nord – deltok på sak 2 og 3",
    "Kari Holm (leder), Per Dahl (sekretær), Ola Nord — deltok på sak 2 og 3"])
def test_when_the_last_person_came_after_a_dash_is_theirs_not_the_one_before(line):
    found = parse_people_list(line, ParticipantRole.MEMBER, Attendance.PRESENT)
    assert [(e.name, e.attendance, e.note) for e in found] == [
        ("Kari Holm", "present", None), ("Per Dahl", "present", None),
        ("Ola Nord", "partial", "deltok på sak 2 og 3")]


@pytest.mark.parametrize("line", [
    "Hanne Lyseth (Sørvåg), Gunnar Ødegård (Nordheim), SRU: Trine Mjøen (referent)",
    "Hanne Lyseth, Gunnar Ødegård, SRU: Trine Mjøen (referent)"])
def test_a_short_name_and_colon_before_the_last_person_is_her_organisation(line):
    found = parse_people_list(line, ParticipantRole.MEMBER, Attendance.PRESENT)
    assert [(e.name, e.role) for e in found][:2] == [
        ("Hanne Lyseth", ParticipantRole.MEMBER), ("Gunnar Ødegård", ParticipantRole.MEMBER)]
    assert (found[2].name, found[2].organization, found[2].role) == (
        "Trine Mjøen", "SRU", ParticipantRole.SECRETARY)


def test_the_state_administrator_after_a_name_is_whom_the_observer_represents():
    found = parse_people_list("Tone Ås, KS, og Liv Moe, Statsforvalteren",
                              ParticipantRole.GUEST, Attendance.PRESENT)
    assert [(e.name, e.organization) for e in found] == [
        ("Tone Ås", "KS"), ("Liv Moe", "Statsforvalteren")]


def test_a_deputy_s_rank_in_brackets_is_no_organisation():
    found = parse_people_list("Kari Holm, Siri Lie (vara), Tor Lund (1. vara)",
                              ParticipantRole.MEMBER, Attendance.PRESENT)
    assert [(e.name, e.organization, e.note) for e in found] == [
        ("Kari Holm", None, None), ("Siri Lie", None, None), ("Tor Lund", None, "1. vara")]


@pytest.mark.parametrize("line", ["Ola Dahl, Jon Aas møtte ikke", "Ola Dahl, Jon Aas møtte ikkje."])
def test_a_clause_with_a_verb_is_never_an_organisation(line):
    found = parse_people_list(line, ParticipantRole.MEMBER, Attendance.ABSENT)
    assert [(e.name, e.organization, e.attendance) for e in found] == [
        ("Ola Dahl", None, Attendance.ABSENT), ("Jon Aas", None, Attendance.ABSENT)]


def test_a_forfall_label_with_a_sentence_about_the_second_person():
    text = ("Referat fra styremøte\n\nDato: 12.03.2024\n\nTil stede: Kari Holm, Per Berg\n"
            "Forfall: Ola Dahl, Jon Aas møtte ikke\n\nSak 1/24 Godkjenning\nGodkjent.\n")
    people = parse_bytes(text.encode(), "styre.txt").participants
    assert [(p.name, p.organization, p.attendance) for p in people][2:] == [
        ("Ola Dahl", None, Attendance.ABSENT), ("Jon Aas", None, Attendance.ABSENT)]


def test_a_forfall_line_wrapped_inside_the_deputy_s_sentence_keeps_its_label():
    # "Forfall: X (Y), ordfører. Z møtte for" / "ham.": a PDF's margin broke the label's
    # line; joined, it reads as it would unbroken: X away, Z in his seat
    text = ("Referat fra møte i Elvdal regionråd\n\nMøtedato: 14.03.2024\n\n"
            "Til stede: Kari Holm (Elvdal kommune), Per Berg (Åsen kommune)\n\n"
            "Forfall: Ola Dahl (Åsen kommune), ordfører. Per Berg møtte for\nham.\n\n"
            "Sak 1/24 Godkjenning\nGodkjent.\n")
    people = parse_bytes(text.encode(), "regionrad.txt").participants
    assert [(p.name, p.attendance, p.note) for p in people] == [
        ("Kari Holm", Attendance.PRESENT, None),
        ("Per Berg", Attendance.PRESENT, "for Ola Dahl"),
        ("Ola Dahl", Attendance.ABSENT, None)]


@pytest.mark.parametrize(("piece", "note"), [
    ("deltok på Teams", "på Teams"), ("møtte digitalt", "digitalt"), ("på telefon", "på telefon")])
def test_how_someone_took_part_from_afar_after_a_comma_is_a_present_note(piece, note):
    [entry] = parse_people_list(f"Per Lid, Volda kommune, {piece}", ParticipantRole.MEMBER,
                                Attendance.PRESENT)
    assert (entry.name, entry.organization, entry.attendance, entry.note) == (
        "Per Lid", "Volda kommune", Attendance.PRESENT, note)


@pytest.mark.parametrize("line", ["Eline Mjelde deltok på Teams", "Eline Mjelde møtte digitalt"])
def test_a_name_then_how_they_took_part_from_afar_is_a_present_member(line):
    [entry] = parse_people_list(line, ParticipantRole.MEMBER, Attendance.PRESENT)
    assert (entry.name, entry.role, entry.attendance, entry.note) == (
        "Eline Mjelde", ParticipantRole.MEMBER, Attendance.PRESENT, line.split(" ", 3)[3])


def test_a_case_system_table_headed_by_its_list_label():
    text = ("MØTEPROTOKOLL\n\nFormannskapet\n\nMøtedato: 14.03.2024\n\n"
            "Møtende medlemmer\tParti\tRepresenterer\nKari Nes\tH\t\nOla Dahl\tSp\t\n\n"
            "Forfall\tParti\nAnne Lie\tKrF\n\n"
            "Møtende varamedlemmer\tParti\tFor\nHans Li\tKrF\tAnne Lie\n\n"
            "PS 11/24 Godkjenning av protokoll\nVedtak:\nProtokollen godkjennes.\n")
    people = parse_bytes(text.encode(), "protokoll.txt").participants
    assert [(p.name, p.organization, p.role, p.attendance, p.note) for p in people] == [
        ("Kari Nes", "H", "member", "present", None),
        ("Ola Dahl", "Sp", "member", "present", None),
        ("Anne Lie", "KrF", "member", "absent", None),
        ("Hans Li", "KrF", "member", "present", "for Anne Lie")]


def test_an_attendance_table_whose_first_column_holds_the_labels_without_colons():
    # a Word table: "Til stede" in the first cell of the first row (merged down the rows),
    # each person's name and role in the cells beside it
    text = ("Referat fra møte i styringsgruppen\n\nDato: 12.03.2024\n\n"
            "Til stede\tKari Holm\tleder\n\tPer Dahl\tmedlem\n\tAnne Lie\tmedlem\n"
            "Forfall\tOla Berg\tmedlem\n\n"
            "Sak 1/24 Godkjenning av innkalling\nInnkallingen ble godkjent.\n")
    people = parse_bytes(text.encode(), "referat.txt").participants
    assert [(p.name, p.role, p.attendance) for p in people] == [
        ("Kari Holm", "chair", "present"), ("Per Dahl", "member", "present"),
        ("Anne Lie", "member", "present"), ("Ola Berg", "member", "absent")]


@pytest.mark.parametrize("row", ["Forfall\tFunksjon\tRepresenterer", "Til stede\tNavn\tParti"])
def test_a_label_cell_over_column_headings_is_no_person(row):
    # the case system's heading row: the cells beside the label name the columns, and the
    # row is read as the table's heading (``labelled_columns``), not as a label with a value
    assert match_label(row) is None


def test_whom_a_deputy_came_for_is_the_absent_member_named_above():
    # a PDF's table without its tabs: the two-word name of whom Siri came for is known
    # from the absence list, so "Øystre Slidre" is the place she represents
    text = ("MØTEPROTOKOLL\n\nUtvalg: Regionrådet\nMøtedato: 05.03.2024\n\n"
            "Forfall\nNavn Funksjon Representerer\nTerje Lunde Medlem Øystre Slidre\n\n"
            "Møtende varamedlemmer\nNavn Møtte for Representerer\n"
            "Siri Hovda Terje Lunde Øystre Slidre\n\n"
            "PS 11/24 Godkjenning av protokoll\nVedtak:\nProtokollen godkjennes.\n")
    people = parse_bytes(text.encode(), "protokoll.txt").participants
    assert [(p.name, p.organization, p.attendance, p.note) for p in people] == [
        ("Terje Lunde", "Øystre Slidre", "absent", None),
        ("Siri Hovda", "Øystre Slidre", "present", "for Terje Lunde")]


@pytest.mark.parametrize(("line", "organization", "note"), [
    ("Vara Siri Hovda møtte for Lunde", "Vang kommune", "for Terje Lunde"),
    ("Siri Hovda (vara for Lunde)", "Vang kommune", "for Terje Lunde"),
    ("Siri Hovda, Vang kommune, møtte for Lunde", "Vang kommune", "for Terje Lunde"),
    ("Siri Hovda møtte for Terje Lunde", "Vang kommune", "for Terje Lunde"),  # his seat's
    # a surname no one away has: as written; a place a member represents: her organisation
    ("Siri Hovda møtte for Berge", None, "for Berge"),
    ("Siri Hovda møtte for Bykle", "Bykle", None),
])
def test_a_deputy_for_a_surname_came_for_the_one_away_of_that_name(line, organization, note):
    # the list of who came before the forfall list of several: the surname alone is the
    # member away by that surname, whose seat's organisation the deputy holds
    text = ("Referat fra møte i regionrådet\n\nDato: 05.03.2024\n\nTil stede:\n"
            f"Kari Holm, Bykle kommune (leder)\n{line}\n\nForfall:\nTerje Lunde, Vang kommune\n"
            "Eva Moe, Lom kommune\n\nSak 11/24 Eventuelt\nIngen saker.\n")
    people = parse_bytes(text.encode(), "referat.txt").participants
    assert [(p.name, p.organization, p.attendance, p.note) for p in people][1] == (
        "Siri Hovda", organization, "present", note)
    assert [(p.name, p.attendance) for p in people][2:] == [
        ("Terje Lunde", "absent"), ("Eva Moe", "absent")]


def test_an_absent_members_own_line_names_whom_she_represents_not_her_deputys_seat():
    # the deputy's row names the member he came for before she is listed: the seat's
    # organisation is hers only until her own line says whom she represents
    text = ("Referat fra rådmannsutvalget\n\nMøtetid: 21.11.2024\n\nTil stede:\n"
            "Navn\tKommune\tMerknad\nKari Holm\tNordby\tleder\n"
            "Per Dahl\tSørby\tmøtte for Eva Moe\n\nForfall: Eva Moe (Vestby)\n\n"
            "Sak 31/24 Eventuelt\nIngen saker.\n")
    people = parse_bytes(text.encode(), "referat.txt").participants
    assert [(p.name, p.organization, p.attendance) for p in people] == [
        ("Kari Holm", "Nordby", "present"), ("Per Dahl", "Sørby", "present"),
        ("Eva Moe", "Vestby", "absent")]


@pytest.mark.parametrize("label", ["Frå IKT-samarbeidet", "Frå IKT-samarbeidet:"])
def test_a_group_label_set_apart_by_a_tab_names_whom_its_people_come_from(label):
    # a bold label and a tab before the names, as a word processor sets the head: the
    # reader splits the line into two cells, which are still a group and its people
    text = ("Protokoll frå rådmannsutvalet\n\nDato: 24.10.2024\n\n"
            "Til stades: Kari Holm (Nordby), leiar, Per Dahl (Sørby)\n"
            "Forfall\tEva Moe, Vestby kommune\n"
            f"{label}\tdagleg leiar Tor Bø, rådgjevar Siv Lie\n\n"
            "Sak 13/24 Eventuelt\nIngen saker.\n")
    people = parse_bytes(text.encode(), "protokoll.txt").participants
    assert [(p.name, p.organization, p.attendance) for p in people][2:] == [
        ("Eva Moe", "Vestby kommune", "absent"), ("Tor Bø", "IKT-samarbeidet", "present"),
        ("Siv Lie", "IKT-samarbeidet", "present")]


@pytest.mark.parametrize("line", ["Jon Aas (Sp), vara Hans Li (Sp)", "Jon Aas, vara Hans Li"])
def test_the_deputy_after_a_comma_and_the_word_vara_in_a_forfall_list(line):
    found = parse_people_list(line, ParticipantRole.MEMBER, Attendance.ABSENT)
    assert [(e.name, e.attendance, e.note) for e in found] == [
        ("Jon Aas", Attendance.ABSENT, None), ("Hans Li", Attendance.PRESENT, "for Jon Aas")]


def test_a_numbered_deputy_in_a_forfall_list_is_a_seat_not_one_who_came():
    found = parse_people_list("Jon Aas (Sp), 1. vara Hans Li (Sp)", ParticipantRole.MEMBER,
                              Attendance.ABSENT)
    assert [e.attendance for e in found] == [Attendance.ABSENT, Attendance.ABSENT]


@pytest.mark.parametrize(("line", "organization"), [
    ("Lise Moe, ansatt i Nordby kommune", "Nordby kommune"),
    ("Lise Moe, tilsett i Nordby kommune", "Nordby kommune"),
    ("Lise Moe, jobber ved Vestby skole", "Vestby skole"),
])
def test_where_someone_is_employed_is_whom_they_represent(line, organization):
    [entry] = parse_people_list(line, ParticipantRole.GUEST, Attendance.PRESENT, "kommunen")
    assert entry.organization == organization


@pytest.mark.parametrize(("line", "organization"), [
    ("Per Bø – Marnardal – tlf. 913 45 678", "Marnardal"),
    ("Per Bø, Marnardal, 91345678", "Marnardal"),
    ("Per Bø, tlf: +47 913 45 678, Marnardal kommune", "Marnardal kommune"),
    ("Kari Nes, Lindesnes kommune, kari.nes@lindesnes.kommune.no, 91234567",
     "Lindesnes kommune"),
])
def test_phone_numbers_in_the_attendance_list_are_no_organisation(line, organization):
    [entry] = parse_people_list(line, ParticipantRole.MEMBER, Attendance.PRESENT)
    assert (entry.name, entry.organization) == (line.split(",")[0].split(" –")[0], organization)


def test_the_municipality_s_staff_under_fra_kommunen():
    text = ("Referat fra møte i Ungdomsrådet\n\nDato: 3. oktober 2024\n\n"
            "Til stede: Kari Nes (leder), Ola Dahl\n\nFra kommunen: Mona Holm (sekretær)\n\n"
            "Sak 1/24 Godkjenning\nGodkjent.\n")
    people = parse_bytes(text.encode(), "ur.txt").participants
    assert (people[-1].name, people[-1].organization, people[-1].role) == (
        "Mona Holm", "kommunen", "secretary")


def test_a_law_cited_after_jf_is_no_part_of_the_attendance_note():
    text = ("Protokoll fra møte i Regionrådet\n\nMøtedato: 20.09.2024\n\n"
            "Møtende medlemmer:\nGol kommune: ordfører Siri Aas\n\n"
            "Sak 31/24 Samferdsel\nSiri Aas fratrådte under behandlingen av saken (inhabil), "
            "jf. kommuneloven § 11-10.\nVedtak: Regionrådet tar saken til orientering.\n")
    [person] = parse_bytes(text.encode(), "rr.txt").participants
    assert (person.attendance, person.note) == (
        "partial", "fratrådte under behandlingen av saken (inhabil)")


def test_the_item_retelling_a_remark_keeps_the_remark_that_names_the_case():
    text = ("Protokoll fra møte i Formannskapet\n\nMøtedato: 14.03.2024\n\n"
            "Møtende medlemmer: Kari Nes, Ola Dahl\n\nMerknad\n"
            "Ola Dahl fratrådte under behandlingen av sak 12/24 (inhabil).\n\n"
            "PS 12/24 Kjøp av eiendom\nOla Dahl fratrådte under behandlingen av saken "
            "(inhabil).\nVedtak:\nFormannskapet godkjenner kjøpet.\n")
    people = parse_bytes(text.encode(), "fsk.txt").participants
    assert (people[1].attendance, people[1].note) == (
        "partial", "fratrådte under behandlingen av sak 12/24 (inhabil)")


def test_the_next_absent_member_after_a_deputy_sentence_with_a_party():
    text = ("Møteprotokoll\n\nKommunestyret\n\nDato: 18.06.2024\n\n"
            "Til stede: Kari Nes (Sp), Per Bø (Ap)\n\n"
            "Forfall: Jon Aas (Ap), vara Tor Vik (Ap) møtte. Anne Lie (H), ingen vara.\n\n"
            "Sak 20/24 Årsregnskap\nVedtak: Godkjent.\n")
    people = parse_bytes(text.encode(), "ks.txt").participants
    assert [(p.name, p.organization, p.attendance) for p in people][2:] == [
        ("Jon Aas", "Ap", "absent"), ("Tor Vik", "Ap", "present"), ("Anne Lie", "H", "absent")]


@pytest.mark.parametrize("deputy", ["varaordfører", "varaordførar", "vara"])
def test_a_deputy_mayor_who_came_for_the_absent_mayor(deputy):
    # In a regionråd the varaordfører takes the ordfører's seat: "…, varaordfører X møtte".
    text = ("Møtereferat\n\nRegionrådet\n\nDato: 18.06.2014\n\n"
            "Tilstede: ordfører Per Bø (Eidfoss)\n\n"
            f"Forfall: ordfører Kari Haug (Skotterud), {deputy} Anne Berg møtte.\n\n"
            "Sak 20/14 Årsregnskap\nVedtak: Godkjent.\n")
    people = parse_bytes(text.encode(), "rr.txt").participants
    assert [(p.name, p.attendance, p.note) for p in people][1:] == [
        ("Kari Haug", "absent", None), ("Anne Berg", "present", "for Kari Haug")]


@pytest.mark.parametrize(("sentence", "note"), [
    ("Lise Moe ble erklært inhabil og fratrådte.", "ble erklært inhabil og fratrådte"),
    ("Lise Moe vart samrøystes kjend ugild.", "vart samrøystes kjend ugild"),
    # nynorsk "fråtredde", and "er inhabil" after a "Habilitet:" label
    ("Lise Moe fråtredde under handsaminga av saka.", "fråtredde under handsaminga av saka"),
    ("Habilitet: Lise Moe er inhabil og deltok ikke i behandlingen.",
     "er inhabil og deltok ikke i behandlingen"),
])
def test_a_member_declared_disqualified_at_an_item_was_there_in_part(sentence, note):
    text = ("Møteprotokoll\n\nKommunestyret\n\nDato: 18.06.2024\n\n"
            "Til stede: Kari Nes (Sp), Lise Moe (H)\n\n"
            f"Sak 20/24 Årsregnskap\n{sentence}\nVedtak: Godkjent.\n")
    people = parse_bytes(text.encode(), "ks.txt").participants
    assert (people[1].attendance, people[1].note) == ("partial", note)


def test_the_minute_taker_named_small_in_the_administration_s_list():
    text = ("Møtebok\n\nPlanutvalget\n\nMøtedato: 05.03.2024\n\n"
            "Møtende medlemmer: Kari Nes (Sp), leder, Per Bø (H)\n"
            "Fra administrasjonen: Rådmann Siri Aas, referent Mona Holm\n\n"
            "Sak 4/24 Godkjenning av protokoll\nVedtak: Protokollen godkjennes.\n")
    people = parse_bytes(text.encode(), "pu.txt").participants
    assert [(p.name, p.role) for p in people][2:] == [
        ("Siri Aas", "guest"), ("Mona Holm", "secretary")]


@pytest.mark.parametrize("label", [
    "Fra administrasjonen", "Møtende fra administrasjonen", "Møtande frå administrasjonen",
    "Følgende fra administrasjonen møtte"])
def test_the_administration_s_people_represent_it_however_the_label_leads(label):
    text = ("Referat fra møte i Vestdal regionråd\n\nDato: 12.03.2025\n\n"
            f"Til stede: Kari Holm, Per Dahl\n{label}: Eva Berg, Jon Lid\n\n"
            "Sak 1/25 Godkjenning av innkalling\nInnkallingen ble godkjent.\n")
    people = parse_bytes(text.encode(), "rr.txt").participants
    assert [(p.name, p.organization, p.role) for p in people][2:] == [
        ("Eva Berg", "administrasjonen", "guest"), ("Jon Lid", "administrasjonen", "guest")]


@pytest.mark.parametrize(("sentence", "organization", "note"), [
    ("Varamedlem Eva Berg (H) tiltrådte.", "H", "tiltrådte"),
    ("Eva Berg tiltrådte som vara for Per Bø.", None, "tiltrådte som vara for Per Bø"),
])
def test_a_deputy_who_took_a_seat_during_an_item(sentence, organization, note):
    text = ("Møtebok\n\nPlanutvalget\n\nMøtedato: 05.03.2024\n\n"
            "Møtende medlemmer: Kari Nes (Sp), leder, Per Bø (H)\n\n"
            "Sak 4/24 Reguleringsplan\nPer Bø fratrådte som inhabil under behandlingen av "
            f"sak 4/24. {sentence}\nVedtak: Planen vedtas.\n")
    people = parse_bytes(text.encode(), "pu.txt").participants
    assert [(p.name, p.organization, p.role, p.attendance, p.note) for p in people][2:] == [
        ("Eva Berg", organization, "member", "partial", note)]


def test_municipalities_as_groups_on_one_line_between_semicolons():
    text = ("Referat – Regionrådet Midt\n\nDato: 3. mars 2025\n\n"
            "Til stades: Ås: Kari Nes, Ola Dahl; Frogn: Per Bø; Vestby: Lise Moe (frå sak 3)\n"
            "Forfall: Nesodden: Eva Berg\n\nSak 1/25 Godkjenning\nGodkjent.\n")
    people = parse_bytes(text.encode(), "rr.txt").participants
    assert [(p.name, p.organization, p.attendance) for p in people] == [
        ("Kari Nes", "Ås", "present"), ("Ola Dahl", "Ås", "present"),
        ("Per Bø", "Frogn", "present"), ("Lise Moe", "Vestby", "partial"),
        ("Eva Berg", "Nesodden", "absent")]


@pytest.mark.parametrize("sentence", [
    "Per Bø erklærte seg inhabil og fratrådte.", "Per Bø melde seg ugild.",
    "Per Bø fikk permisjon fra kl. 12.00.", "Per Bø fekk permisjon frå kl. 12.00.",
    "Per Bø tok sete fra sak 5/24.",
])
def test_disqualified_by_oneself_given_leave_or_seated_late_is_partial(sentence):
    text = ("Møtebok\n\nPlanutvalget\n\nMøtedato: 05.03.2024\n\n"
            "Møtende medlemmer: Kari Nes (Sp), leder, Per Bø (H)\n\n"
            f"Sak 5/24 Reguleringsplan\n{sentence}\nVedtak: Planen vedtas.\n")
    people = parse_bytes(text.encode(), "pu.txt").participants
    assert (people[1].attendance, people[1].note) == ("partial", sentence[7:].rstrip("."))


@pytest.mark.parametrize("members", [
    "Innkalte:\nKari Holm, leder\nPer Dahl\nLiv Berg",
    "Medlemmer:\nKari Holm (leder), Per Dahl og Liv Berg",
    "Medlem | Vara\nKari Holm | Siri Lund\nPer Dahl | Tor Moe\nLiv Berg | Jon Nes",
])
def test_a_summons_members_are_no_participants_but_an_announced_forfall_is(members):
    # the meeting has not been held: no one is named as attending it, and the record has
    # no "invited"; a member who has sent word that she cannot come is named as absent
    text = ("Innkalling til møte i Eldrerådet\n\nMøtedato: 16.04.2024\nMøtested: Rådhuset\n\n"
            f"{members}\n\nForfall: Ola Nordmann\n\nSaksliste\nSak 5/24 Budsjett\n"
            "Sak 6/24 Eventuelt\n")
    record = parse_bytes(text.encode(), "innkalling.txt")
    assert record.kind == "agenda"
    assert [(p.name, p.attendance) for p in record.participants] == [
        ("Ola Nordmann", Attendance.ABSENT)]


def test_the_same_members_list_in_minutes_are_present():
    text = ("Referat fra møte i Eldrerådet\n\nMøtedato: 16.04.2024\n\nInnkalte:\n"
            "Kari Holm, leder\nPer Dahl\n\nForfall: Ola Nordmann\n\n"
            "Sak 5/24 Budsjett\nBudsjettet ble vedtatt.\n")
    record = parse_bytes(text.encode(), "referat.txt")
    assert [(p.name, p.attendance) for p in record.participants] == [
        ("Kari Holm", Attendance.PRESENT), ("Per Dahl", Attendance.PRESENT),
        ("Ola Nordmann", Attendance.ABSENT)]


@pytest.mark.parametrize("line", ["Ola Dahl, deltok digitalt", "Ola Dahl, møtte på Teams"])
def test_a_list_line_on_how_someone_took_part_keeps_the_list_s_role(line):
    # after a comma the words are the entry's note, not a sentence about a visitor
    text = ("Referat fra møte i Eldrerådet\n\nDato: 3.6.2024\n\nTil stede:\nAnne Berg\n"
            f"{line}\n\nSak 1/24 Årsrapport\nTatt til orientering.\n")
    people = parse_bytes(text.encode(), "referat.txt").participants
    assert [(p.name, p.role, p.attendance, p.note) for p in people] == [
        ("Anne Berg", ParticipantRole.MEMBER, Attendance.PRESENT, None),
        ("Ola Dahl", ParticipantRole.MEMBER, Attendance.PRESENT, line.split(" ", 3)[3])]


@pytest.mark.parametrize(("sentence", "found"), [
    ("Anne Berg forlot møtet kl. 12.00, og Per Lie ledet resten av møtet.",
     [("Anne Berg", "forlot møtet kl. 12.00")]),
    ("Ola Dahl gikk etter sak 3, og Kari Sand kom til møtet fra sak 2.",
     [("Ola Dahl", "gikk etter sak 3"), ("Kari Sand", "kom til møtet fra sak 2")]),
    ("Per Lie deltok under sak 4 og Eventuelt.", [("Per Lie", "deltok under sak 4 og Eventuelt")]),
])
def test_a_clause_about_someone_else_ends_the_partial_note(sentence, found):
    assert [(name, note) for name, _, note in partial_sentences(sentence)] == found


@pytest.mark.parametrize(("line", "organization"), [
    ("Per Vik, varaordfører Ål – for ordfører Liv Grønn", "Ål"),
    ("Per Vik, Ål – for Liv Grønn", "Ål"),
    ("Per Vik, Ål kommune - møtte for Liv Grønn", "Ål kommune"),
    ("Per Vik – vara for Liv Grønn", None),
])
def test_whose_seat_a_deputy_took_after_a_dash_is_a_note_not_a_second_person(line, organization):
    found = parse_people_list(line, ParticipantRole.MEMBER, Attendance.PRESENT)
    assert [(e.name, e.organization, e.note) for e in found] == [
        ("Per Vik", organization, "for Liv Grønn")]


@pytest.mark.parametrize("came", ["Tor Moe møtte for Jon Eng.",
                                  "Tor Moe møtte som vara for Jon Eng."])
def test_a_sentence_on_who_came_in_an_absent_member_s_seat_after_the_list(came):
    text = ("Referat fra møte i Eldrerådet\n\nDato: 3.6.2024\n\n"
            f"Til stede: Anne Berg og Per Lie. Jon Eng hadde meldt forfall. {came}\n\n"
            "Sak 1/24 Årsrapport\nTatt til orientering.\n")
    people = parse_bytes(text.encode(), "referat.txt").participants
    assert [(p.name, p.attendance, p.note) for p in people][2:] == [
        ("Jon Eng", Attendance.ABSENT, None), ("Tor Moe", Attendance.PRESENT, "for Jon Eng")]


@pytest.mark.parametrize("head", [
    "Møtet ble ledet av Anne Berg.\nTil stede var også Per Lie og Kari Sand.",
    "Møtet ble ledet av Anne Berg. Til stede var også Per Lie og Kari Sand.",
])
def test_the_chair_named_before_the_list_in_a_sentence_comes_first(head):
    text = ("Referat fra møte i Ungdomsrådet\n\nDato: 3.6.2024\n\n"
            f"{head}\n\nSak 1/24 Årsrapport\nTatt til orientering.\n")
    people = parse_bytes(text.encode(), "referat.txt").participants
    assert [(p.name, p.role) for p in people] == [
        ("Anne Berg", ParticipantRole.CHAIR), ("Per Lie", ParticipantRole.MEMBER),
        ("Kari Sand", ParticipantRole.MEMBER)]


def test_a_sentence_on_a_group_that_came_ends_the_list_before_it():
    text = ("Referat fra møte i Ungdomsrådet\n\nDato: 3.6.2024\n\n"
            "Til stede: Per Lie, Ola Dahl og Kari Sand. Fra kommunen møtte Siv Holm. "
            "Liv Rød hadde forfall.\n\nSak 1/24 Årsrapport\nTatt til orientering.\n")
    people = parse_bytes(text.encode(), "referat.txt").participants
    assert [(p.name, p.organization, p.role, p.attendance) for p in people] == [
        ("Per Lie", None, ParticipantRole.MEMBER, Attendance.PRESENT),
        ("Ola Dahl", None, ParticipantRole.MEMBER, Attendance.PRESENT),
        ("Kari Sand", None, ParticipantRole.MEMBER, Attendance.PRESENT),
        # the group, as when the sentence stands on a line of its own
        ("Siv Holm", "kommunen", ParticipantRole.GUEST, Attendance.PRESENT),
        ("Liv Rød", None, ParticipantRole.MEMBER, Attendance.ABSENT)]


@pytest.mark.parametrize(("line", "organization"), [
    ("Ola Dahl – meldte forfall", None), ("Ola Dahl, meldte forfall", None),
    ("Ola Dahl – hadde meldt forfall", None), ("Ola Dahl – ikke møtt", None),
    ("Ola Dahl – møtte ikkje", None), ("Ola Dahl, Vestby – forfall", "Vestby"),
])
def test_a_list_entry_ending_in_did_not_come_is_absent_without_that_clause(line, organization):
    found = parse_people_list(line, ParticipantRole.MEMBER, Attendance.PRESENT)
    assert [(e.name, e.organization, e.attendance, e.note) for e in found] == [
        ("Ola Dahl", organization, Attendance.ABSENT, None)]


@pytest.mark.parametrize("sentence", ["Fra kommunen møtte Siv Holm, som også skrev referat.",
                                      "Frå kommunen møtte Siv Holm, som òg skreiv referat."])
def test_one_who_came_and_also_wrote_the_minutes_is_the_secretary(sentence):
    text = ("Referat fra møte i Ungdomsrådet\n\nDato: 3.6.2024\n\n"
            f"Til stede: Per Lie og Kari Sand. {sentence}\n\n"
            "Sak 1/24 Årsrapport\nTatt til orientering.\n")
    people = parse_bytes(text.encode(), "referat.txt").participants
    assert [(p.name, p.role) for p in people if p.name == "Siv Holm"] == [
        ("Siv Holm", ParticipantRole.SECRETARY)]


@pytest.mark.parametrize(("line", "organization"), [
    ("Ola Dahl, Vestre Slidre", "Vestre Slidre"),
    ("Kjell Bakke, ordførar Øystre Slidre", "Øystre Slidre"),
    ("Per Holm, ordfører Nord Fron", "Nord Fron"),
    ("Siv Lie, Indre Østfold", "Indre Østfold"),
])
def test_a_two_word_place_after_a_name_is_whom_they_represent(line, organization):
    # "Vestre", "Nord", "Indre" begin place names, never a person's name
    [entry] = parse_people_list(line, ParticipantRole.MEMBER, Attendance.PRESENT)
    assert (entry.name, entry.organization) == (line.split(",")[0], organization)


@pytest.mark.parametrize("heading", ["Vara som møtte", "Møtande vara", "Møtende vara"])
def test_a_deputy_column_names_who_came_in_the_members_place(heading):
    text = ("Møtebok – Regionalt partnarskap\n\nMøtedato: 14.05.2025\n\n"
            f"Medlem\tRepresenterer\tMøtt\t{heading}\n"
            "Ivar Rygg\tDovre\tx\nIngrid Nyhus\tLesja\tforfall\tGudmund Haugen\n"
            "Kirsten Sveen\tVågå\tforfall\n\n"
            "PS 14/25 Godkjenning av innkalling\nVedtak: Godkjend.\n")
    people = parse_bytes(text.encode(), "partnarskap.txt").participants
    assert [(p.name, p.organization, p.attendance, p.note) for p in people] == [
        ("Ivar Rygg", "Dovre", Attendance.PRESENT, None),
        ("Ingrid Nyhus", "Lesja", Attendance.ABSENT, None),
        ("Gudmund Haugen", "Lesja", Attendance.PRESENT, "for Ingrid Nyhus"),
        ("Kirsten Sveen", "Vågå", Attendance.ABSENT, None)]


@pytest.mark.parametrize("seat", ["Vara for Ola Berg", "vara for Ola Berg", "For Ola Berg"])
def test_a_seat_cell_naming_whom_the_deputy_came_for_is_the_note(seat):
    # "Navn | Kommune | Rolle" with "Vara for Ola Berg" in the Rolle column: a member's
    # seat, and the note says whose (the member is in the Forfall list)
    text = ("Referat fra møte i styret\n\nDato: 3.4.2025\n\nTil stede\n"
            "Navn\tKommune\tRolle\nKari Holm\tMoen\tLeder\n"
            f"Per Dahl\tÅs\t{seat}\n\nForfall\nOla Berg\tÅs\tMedlem\n\n"
            "Sak 1/25 Referat\nReferatet ble godkjent.\n")
    people = parse_bytes(text.encode(), "styre.txt").participants
    assert [(p.name, p.attendance, p.note) for p in people] == [
        ("Kari Holm", Attendance.PRESENT, None),
        ("Per Dahl", Attendance.PRESENT, "for Ola Berg"),
        ("Ola Berg", Attendance.ABSENT, None)]


@pytest.mark.parametrize("row", ["Ola Dahl, styreleder\tKari Holm, referent",
                                 "Ola Dahl, styreleder (sign.)\tKari Holm, referent"])
def test_signatures_side_by_side_with_the_title_after_each_name(row):
    text = ("Referat fra styremøte i Nordby Vel\n\nDato: 5. februar 2024\n"
            "Til stede: Ola Dahl (styreleder), Eva Lund, Tor Bø\n\n"
            "Sak 1/24 Godkjenning av innkalling\nGodkjent.\n\n______________________\n"
            f"{row}\n")
    people = parse_bytes(text.encode(), "referat.txt").participants
    assert [(p.name, p.role) for p in people][-1] == ("Kari Holm", ParticipantRole.SECRETARY)


def test_a_row_of_names_and_roles_in_an_item_is_no_signature():
    text = ("Referat fra styremøte i Nordby Vel\n\nDato: 5. februar 2024\n"
            "Til stede: Ola Dahl (styreleder), Eva Lund\n\nSak 1/24 Valg\n"
            "Kandidater:\nPer Berg, medlem\tTor Bø, varamedlem\n")
    people = parse_bytes(text.encode(), "referat.txt").participants
    assert [p.name for p in people] == ["Ola Dahl", "Eva Lund"]


@pytest.mark.parametrize("said", ["Møteleder var Ola Nordmann.", "Møteleiar var Ola Nordmann."])
def test_a_summary_says_who_chaired_the_other_way_round(said):
    text = ("Kort referat – Regionrådet 7. februar 2024\n\n"
            f"Møtet ble holdt i Rådhuset i Tynset. {said} Referent var Kari Lie.\n\n"
            "Saker\nRegionrådet drøftet samferdselsplanen.\nDet ble vedtatt å støtte søknaden.\n")
    record = parse_bytes(text.encode(), "kort.txt")
    assert [(p.name, p.role) for p in record.participants] == [
        ("Ola Nordmann", "chair"), ("Kari Lie", "secretary")]


def _table_minutes(table: str) -> list[tuple]:
    """The participants of invented minutes whose attendance is the given table."""
    text = (f"Protokoll fra møte i Kontrollutvalget\n\nDato: 5.4.2024 kl. 09.00\n\n{table}\n"
            "Sak 1/24 Godkjenning av innkalling\n\nInnkallingen ble godkjent.\n")
    people = parse_bytes(text.encode(), "protokoll.md").participants
    return [(p.name, p.organization, p.attendance, p.note) for p in people]


def test_a_deputy_named_in_the_vara_column_met_for_the_member():
    table = ("| Medlem | Vara | Møtt |\n|---|---|---|\n| Ola Hansen | | X |\n"
             "| Kari Berg | Tore Nes | X |\n| Anne Moe | | |\n")
    assert _table_minutes(table) == [
        ("Ola Hansen", None, "present", None),
        ("Kari Berg", None, "absent", None),
        ("Tore Nes", None, "present", "for Kari Berg"),
        ("Anne Moe", None, "absent", None)]  # a row with no mark at all: away


def test_a_presence_column_that_names_the_seat_says_which_of_the_two_came():
    # "Medlem" or "Vara" under "Møtt" instead of a cross; a place in brackets by the name
    table = ("| Medlem | Vara | Møtt |\n|---|---|---|\n| Kari Lund | Eva Berg | Medlem |\n"
             "| Per Dahl | Siri Lie | Vara |\n| Ola Nord (Nordby) | Tor Moe | Medlem |\n"
             "| Jon Vik | Lars Ås | |\n")
    assert _table_minutes(table) == [
        ("Kari Lund", None, "present", None),
        ("Per Dahl", None, "absent", None),
        ("Siri Lie", None, "present", "for Per Dahl"),
        ("Ola Nord", "Nordby", "present", None),
        ("Jon Vik", None, "absent", None)]


def test_til_stede_for_a_member_in_a_presence_column_is_the_deputy_s_seat():
    # "Til stede for Siri Bakke" says the same as "møtte for": her seat, the guide's note;
    # "Til stede fra sak 3" is part of the meeting, and the list's words stay her note
    # when the item retells it ("Eva Lind kom til møtet under denne saken")
    table = ("| Navn | Kommune | Oppmøte |\n|---|---|---|\n| Siri Bakke | Fjordheim | Forfall |\n"
             "| Per Tangen | Fjordheim | Til stede for Siri Bakke |\n"
             "| Eva Lind | Austvik | Til stede fra sak 3 |\n")
    text = (f"Referat fra administrativ gruppe\n\nDato: 19.08.2025\n\n{table}\n"
            "1. Felles innkjøp\n\nEva Lind kom til møtet under denne saken. Godkjent.\n")
    people = parse_bytes(text.encode(), "referat.md").participants
    assert [(p.name, p.attendance, p.note) for p in people] == [
        ("Siri Bakke", "absent", None),
        ("Per Tangen", "present", "for Siri Bakke"),
        ("Eva Lind", "partial", "Til stede fra sak 3")]


def test_a_member_and_deputy_roster_without_a_presence_column_says_no_one_was_away():
    table = "| Medlem | Vara |\n|---|---|\n| Ola Hansen | Tore Nes |\n| Kari Berg | Siv Dal |\n"
    assert [row[2] for row in _table_minutes(table)] == ["present", "present"]


def test_a_roster_s_brackets_say_who_was_away_and_which_deputy_came():
    # "Kommune | Medlem | Varamedlem" with no presence column: "(forfall)" by a member
    # and "(møtte)" by a deputy are the only signs of who met
    table = ("| Kommune | Medlem | Varamedlem |\n|---|---|---|\n| Xby | Kari Holm | Per Dahl |\n"
             "| Yby | Ola Nord (forfall) | Siri Lie |\n| Zby | Geir Bø | Trine Vik (møtte) |\n")
    assert _table_minutes(table) == [
        ("Kari Holm", "Xby", "present", None),
        ("Ola Nord", "Yby", "absent", None),
        ("Geir Bø", "Zby", "absent", None),
        ("Trine Vik", "Zby", "present", "for Geir Bø")]


def _present_table_md(table: str) -> list:
    """The participants of Markdown minutes whose "Til stede:" is the given table."""
    text = ("# Referat\n\nDato: 12.03.2025\n\nTil stede:\n\n" + table +
            "\n## Sak 1/25 Godkjenning av innkalling\nInnkallingen ble godkjent.\n")
    return parse_bytes(text.encode(), "rr.md").participants


def test_a_row_per_municipality_with_a_person_per_office_reads_their_brackets():
    # "Kommune | Ordfører | Kommunedirektør" under "Til stede:": no name column, so each
    # name cell is a person, and "(forfall)" by a name says that one was away
    table = ("| Kommune | Ordfører | Kommunedirektør |\n|---|---|---|\n"
             "| Xby | Kari Holm | Per Dahl |\n| Yby | Ola Nord (forfall) | Geir Bø |\n")
    people = _present_table_md(table)
    assert [(p.name, p.organization, p.attendance) for p in people] == [
        ("Kari Holm", "Xby", "present"), ("Per Dahl", "Xby", "present"),
        ("Ola Nord", "Yby", "absent"), ("Geir Bø", "Yby", "present")]


def test_organisations_heading_the_columns_are_whom_the_names_below_represent():
    # "Til stede:" over a table with a municipality over each column, its people below
    table = ("| Xby kommune | Yby kommune | Zby kommune |\n|---|---|---|\n"
             "| Kari Holm | Ola Nord | Trine Vik (fra sak 2) |\n| Per Dahl | Geir Bø | |\n")
    people = _present_table_md(table)
    assert [(p.name, p.organization, p.attendance) for p in people] == [
        ("Kari Holm", "Xby kommune", "present"), ("Ola Nord", "Yby kommune", "present"),
        ("Trine Vik", "Zby kommune", "partial"), ("Per Dahl", "Xby kommune", "present"),
        ("Geir Bø", "Yby kommune", "present")]


def test_a_first_row_of_a_name_with_a_role_and_a_council_is_a_person_not_headings():
    # "Lise Berg (leder) | Eldrerådet": the bracket hides no organisation heading; the
    # row is the chair of a council, like the rows under it
    table = ("| Lise Berg (leder) | Eldrerådet |\n|---|---|\n"
             "| Rolf Aune | Eldrerådet |\n| Mona Fjell | Ungdomsrådet |\n")
    people = _present_table_md(table)
    assert [(p.name, p.organization, p.role) for p in people] == [
        ("Lise Berg", "Eldrerådet", "chair"), ("Rolf Aune", "Eldrerådet", "member"),
        ("Mona Fjell", "Ungdomsrådet", "member")]


def test_a_mott_for_column_names_the_member_a_deputy_came_for():
    table = "Navn\tParti\tMøtt for\nOla Hansen\tSp\t\nTore Nes\tH\tPer Lie\n"
    assert _table_minutes(table) == [
        ("Ola Hansen", "Sp", "present", None),
        ("Tore Nes", "H", "present", "for Per Lie"),
        ("Per Lie", "H", "absent", None)]  # one seat: the deputy's party is the member's


def test_a_party_column_does_not_replace_the_municipality():
    table = ("| Navn | Kommune | Parti | Møtt |\n|---|---|---|---|\n"
             "| Ola Hansen | Sola | Sp | X |\n| Sum møtt | | | 1 |\n")
    assert _table_minutes(table) == [("Ola Hansen", "Sola", "present", None)]


def test_a_presence_grid_by_item_makes_those_missing_some_items_partial():
    table = ("Navn\tSak 1\tSak 2\tSak 3\nOla Hansen\tX\tX\tX\nKari Berg\t\tX\tX\n"
             "Per Lie\tX\t\t\nTrond Aas\t\t\t\n")
    assert _table_minutes(table) == [
        ("Ola Hansen", None, "present", None),
        ("Kari Berg", None, "partial", "ikke til stede under Sak 1"),
        ("Per Lie", None, "partial", "ikke til stede under Sak 2 og Sak 3"),
        ("Trond Aas", None, "absent", None)]


def test_mark_columns_under_mott_and_forfall_in_a_tab_table():
    table = "Navn\tMøtt\tForfall\nOla Hansen\tX\t\nKari Berg\t\tX\nPer Lie\t✓\t\nAntall møtt: 2\n"
    assert [(row[0], row[2]) for row in _table_minutes(table)] == [
        ("Ola Hansen", "present"), ("Kari Berg", "absent"), ("Per Lie", "present")]


@pytest.mark.parametrize(("line", "role"), [
    # who leads the group that met, named by its bare noun, chairs it
    ("Bente Aas (Granli), leder av nettverket", ParticipantRole.CHAIR),
    ("Bente Aas, leiar for gruppa", ParticipantRole.CHAIR),
    # a deputy leader is a member; the leader of another body is no chair of this one
    ("Bente Aas, nestleder i nettverket", ParticipantRole.MEMBER),
    ("Bente Aas, leder av eldrerådet", ParticipantRole.MEMBER),
])
def test_the_leader_of_the_group_after_a_comma_chairs_it(line, role):
    [entry] = parse_people_list(line, ParticipantRole.MEMBER, Attendance.PRESENT)
    assert (entry.name, entry.role) == ("Bente Aas", role)


@pytest.mark.parametrize("heading", ["Til stede/Forfall", "Møtt / forfall"])
def test_one_column_saying_present_or_absent_under_a_joint_heading(heading):
    table = (f"| Navn | Kommune | {heading} |\n|---|---|---|\n| Ola Hansen | Nordby | Til stede |\n"
             "| Kari Berg | Sørby | Forfall |\n")
    assert _table_minutes(table) == [("Ola Hansen", "Nordby", "present", None),
                                     ("Kari Berg", "Sørby", "absent", None)]


def test_the_role_after_the_mark_in_a_joint_presence_column():
    table = ("| Navn | Kommune | Til stede/Forfall |\n|---|---|---|\n"
             "| Ola Hansen | Nordby | Til stede |\n| Kari Berg | Sørby | Til stede, referent |\n")
    people = parse_bytes((f"Referat nettverksmøte\n\nDato: 5.4.2024\n\n{table}\n"
                          "1. Status\n\nIngen saker.\n").encode(), "referat.md").participants
    assert [(p.name, p.role, p.attendance) for p in people] == [
        ("Ola Hansen", ParticipantRole.MEMBER, Attendance.PRESENT),
        ("Kari Berg", ParticipantRole.SECRETARY, Attendance.PRESENT)]


def test_a_row_with_medlem_and_vara_in_its_cells_is_no_heading():
    # "Vara" under "Til stede": a deputy met for the member, who is listed below
    table = ("| Navn | Funksjon | Til stede |\n|---|---|---|\n| Ola Hansen | Leder | Ja |\n"
             "| Per Lie | Medlem | Vara |\n| Tore Nes | Vara | Ja (for Per Lie) |\n"
             "| Siv Dal | Observatør | ja |\n")
    assert _table_minutes(table) == [
        ("Ola Hansen", None, "present", None),
        ("Per Lie", None, "absent", None),
        ("Tore Nes", None, "present", "for Per Lie"),
        ("Siv Dal", None, "present", None)]


def test_a_mark_in_a_space_padded_table_is_read_under_the_heading_it_stands_below():
    table = ("Navn            Møtt   Forfall\nOla Hansen      X\nKari Berg              X\n"
             "Per Lie         X\n")
    assert [(row[0], row[2]) for row in _table_minutes(table)] == [
        ("Ola Hansen", "present"), ("Kari Berg", "absent"), ("Per Lie", "present")]


def test_an_attendance_list_set_in_two_columns_side_by_side_keeps_each_organisation():
    # to save room, two people share a table row: name and organisation, twice
    text = ("Referat fra styremøte 12.03.2024\n\nTil stede:\n"
            "Kari Nordmann\tÅsen kommune\tPer Ødegård\tNordby kommune\n"
            "Lise Berg\tleder\tOla Dahl\tVestby kommune\n\n"
            "Sak 1/24 Godkjenning av innkalling\nInnkallingen ble godkjent.\n")
    people = parse_bytes(text.encode(), "styret.txt").participants
    assert [(p.name, p.organization, p.role) for p in people] == [
        ("Kari Nordmann", "Åsen kommune", ParticipantRole.MEMBER),
        ("Per Ødegård", "Nordby kommune", ParticipantRole.MEMBER),
        ("Lise Berg", None, ParticipantRole.CHAIR),
        ("Ola Dahl", "Vestby kommune", ParticipantRole.MEMBER)]


@pytest.mark.parametrize("signature", ["Sekretær: Marit Sande", "Protokollførar: Marit Sande",
                                       "Protokollfører: Marit Sande"])
def test_the_writer_signing_under_another_title_is_the_secretary(signature):
    text = ("Møtebok for kontrollutvalet\n\nDato: 18.04.2024\n\nTil stades: Åse Brekke "
            "(leiar), Jon Fosse\n\nPS 6/24 Eventuelt\nIngen saker.\n\nMøtet heva kl. 14.45."
            f"\n\nFjellvik, 19.04.2024\n{signature}\n")
    record = parse_bytes(text.encode(), "k.txt")
    assert [(p.name, p.role) for p in record.participants] == [
        ("Åse Brekke", "chair"), ("Jon Fosse", "member"), ("Marit Sande", "secretary")]
    assert record.document_date == "2024-04-19"


@pytest.mark.parametrize("signature", ["Marte Kleiv, referent", "Marte Kleiv (sign.) referent",
                                       "Marte Kleiv – sekretær"])
def test_a_writer_signing_name_and_title_on_one_line_is_the_secretary(signature):
    text = ("Referat fra møte i regionrådet\n\nDato: 14.03.2024\n\nTil stede: Ola Dahl "
            "(leder), Per Bø\n\nSak 3/24 Eventuelt\nIngen saker.\n\nRett utskrift:\n"
            f"{signature}\n")
    record = parse_bytes(text.encode(), "r.txt")
    assert [(p.name, p.role) for p in record.participants] == [
        ("Ola Dahl", "chair"), ("Per Bø", "member"), ("Marte Kleiv", "secretary")]
    assert record.items[-1].text == "Ingen saker."


def test_an_office_elected_inside_the_last_item_makes_no_secretary():
    text = ("Referat fra årsmøte i Nordby vel\n\nDato: 14.03.2024\n\nTil stede: Ola Dahl "
            "(leder), Per Bø\n\nSak 3/24 Valg\nFølgende ble valgt:\nKari Holm, leder\n"
            "Marte Kleiv, sekretær\n")
    record = parse_bytes(text.encode(), "r.txt")
    assert "Marte Kleiv" not in [p.name for p in record.participants]


def _listed(attendance: str) -> list[tuple]:
    """The participants of invented minutes whose attendance section is the given text."""
    text = (f"Referat fra styremøte\n\nDato: 12.03.2024\n\n{attendance}\n\n"
            "Sak 1/24 Godkjenning av innkalling\nGodkjent.\n")
    people = parse_bytes(text.encode(), "referat.txt").participants
    return [(p.name, p.organization, p.role, p.attendance, p.note) for p in people]


@pytest.mark.parametrize("head", ["Møtt for Anne Haugen", "Møtte for Anne Haugen",
                                  "Vara for Anne Haugen", "I staden for Anne Haugen møtte",
                                  "Møtt som vara for Anne Haugen"])
def test_a_line_that_names_whose_seat_before_the_colon_is_a_deputy_not_a_group(head):
    assert _listed(f"Til stede: Ola Nordmann, Kari Holm\n{head}: Jon Berg") == [
        ("Ola Nordmann", None, "member", "present", None),
        ("Kari Holm", None, "member", "present", None),
        ("Jon Berg", None, "member", "present", "for Anne Haugen"),
        ("Anne Haugen", None, "member", "absent", None)]


def test_a_seat_s_group_named_for_a_place_is_still_an_organisation():
    # "Vara for Nordby kommune:" names no person whose seat was taken
    assert _listed("Til stede: Ola Nordmann\nVara for Nordby kommune: Jon Berg")[1] == (
        "Jon Berg", "Vara for Nordby kommune", "member", "present", None)


@pytest.mark.parametrize("label", ["Innkalt vara", "Innkalte varamedlemmer",
                                   "Innkalla vara"])
def test_deputies_called_in_for_the_meeting_are_members_who_came(label):
    assert _listed(f"Til stede: Ola Nordmann, Kari Holm\n{label}: Per Dahl")[2] == (
        "Per Dahl", None, "member", "present", None)


@pytest.mark.parametrize("line", ["Lise Moe, kommunedirektør i Nordby",
                                  "Lise Moe (kommunedirektør i Nordby)",
                                  "Lise Moe, rådmann i Nordby"])
def test_an_administration_title_with_its_place_is_a_guest_from_that_place(line):
    assert _listed(f"Til stede:\nOla Nordmann, ordfører i Nordby\n{line}")[1] == (
        "Lise Moe", "Nordby", "guest", "present", None)


def test_a_job_at_a_place_in_brackets_names_whom_a_member_represents():
    # (at the regionråd of _listed a rådgiver serves the body: a guest, see
    # test_the_administration_listed_with_an_elected_body_are_guests)
    assert _listed("Til stede:\nLise Moe (rådgiver ved Sørby skole)")[0][:3] == (
        "Lise Moe", "Sørby skole", "guest")


def _with_item(heading: str, body: str) -> list[tuple]:
    """The participants of invented minutes with one listed member and the given item."""
    text = ("Referat fra møte i Kulturutvalget\n\nDato: 11.09.2024\n\n"
            "Til stede: Ola Nordmann (leder)\n\nSak 1/24 Godkjenning av innkalling\n"
            f"Godkjent.\n\nSak 2/24 {heading}\n{body}\n")
    people = parse_bytes(text.encode(), "referat.txt").participants
    return [(p.name, p.organization, p.role) for p in people[1:]]


@pytest.mark.parametrize(("body", "found"), [
    ("Orientering v/ Mona Lie (NAV Sørdalen).", [("Mona Lie", "NAV Sørdalen", "guest")]),
    ("Innledning ved Knut Aas, Sørby kommune, om status.",
     [("Knut Aas", "Sørby kommune", "guest")]),
    ("Saken ble presentert v/ rådgiver Siri Nes.", [("Siri Nes", None, "guest")]),
    ("Orientering v/ Trond Berg og Siri Nes.",
     [("Trond Berg", None, "guest"), ("Siri Nes", None, "guest")]),
    # one who follows a case up, and "ved" after any other word, presented nothing
    ("Sekretariatet v/ Knut Aas følger opp.", []),
    ("Saken sendes Nordby kommune ved Arild Vik.", []),
])
def test_who_presented_an_item_after_v_or_ved_under_its_heading(body, found):
    assert _with_item("Kulturplan", body) == found


@pytest.mark.parametrize(("heading", "found"), [
    ("Kulturplan v/ kultursjef Hilde Moen", [("Hilde Moen", None, "guest")]),
    ("Orientering om bredbånd v/ Per Dahl", [("Per Dahl", None, "guest")]),
    # who sent a letter or an application, and whom an organisation sent, presented nothing
    ("Søknad om tilskudd – Nordby IL v/ Trond Berg", []),
    ("Henvendelse fra Sørby Vel v/ Mona Lie", []),
    ("Nordby kommune v/ Siri Nes", []),
])
def test_who_presented_an_item_after_v_in_its_heading(heading, found):
    assert _with_item(heading, "Tatt til orientering.") == found


@pytest.mark.parametrize("organization", ["Helse Vest", "Sykehuset Innlandet", "Nye Veier",
                                          "Visit Sørlandet"])
def test_an_organisation_named_like_two_names_after_a_person_is_whom_they_represent(
        organization):
    [entry] = parse_people_list(f"Siri Nes, {organization}", ParticipantRole.MEMBER,
                                Attendance.PRESENT)
    assert (entry.name, entry.organization) == ("Siri Nes", organization)


def test_a_first_name_s_deputy_inside_the_party_s_brackets():
    assert _listed("Til stede: Ola (Sp), Per (Ap, pva Kari), Anne (H)") == [
        ("Ola", "Sp", "member", "present", None), ("Per", "Ap", "member", "present", "for Kari"),
        ("Kari", "Ap", "member", "absent", None), ("Anne", "H", "member", "present", None)]


@pytest.mark.parametrize("line", [
    "Til stede: Ola Dahl, Per Dahl (pva. Kari Holm)",
    "Til stede: Ola Dahl, Per Dahl (p.v.a. Kari Holm)",
    "Til stede: Ola Dahl, Per Dahl møtte i staden for Kari Holm",
    "Til stede: Ola Dahl, Per Dahl møtte i stedet for Kari Holm",
    "Til stede: Ola Dahl\nFrammøtt vara: Per Dahl for Kari Holm",
    "Til stede: Ola Dahl\nForfall: Kari Holm. I hennar stad møtte Per Dahl.",
    "Til stede: Ola Dahl\nForfall: Kari Holm. For henne møtte Per Dahl.",
])
def test_a_deputy_said_in_more_words_came_for_the_absent_member(line):
    found = {row[0]: row[3:] for row in _listed(line)}
    assert found == {"Ola Dahl": ("present", None), "Per Dahl": ("present", "for Kari Holm"),
                     "Kari Holm": ("absent", None)}


def test_one_capitalised_word_after_for_is_no_absent_member():
    assert _listed("Til stede: Ola Dahl, Per Dahl (for Ap)")[1][3] == "present"


def test_a_municipality_alone_on_a_line_is_over_its_people_or_under_its_person():
    over = "Til stede:\nNordby kommune\nOla Nordmann, ordfører\n\nSørby kommune\nKari Holm"
    under = "Til stede:\nOla Nordmann\nNordby kommune\nKari Holm\nSørby kommune"
    for text in (over, under):
        assert [row[:2] for row in _listed(text)] == [
            ("Ola Nordmann", "Nordby kommune"), ("Kari Holm", "Sørby kommune")]


def test_a_nynorsk_board_lists_its_attending_members_under_their_own_heading():
    text = ("Protokoll frå styremøte i Sunnfjord Brann og Redning IKS\n\n"
            "Møtedato: 3. desember 2024\n\nMøtande styremedlemer:\nLiv Vik, styreleiar\n"
            "Nils Bø, nestleiar\nTone Sande, styremedlem\n\nForfall frå styret: Arild Myklebust\n\n"
            "Sak 30/24 Budsjett 2025\nSamrøystes godkjent.\n")
    record = parse_bytes(text.encode(), "s.txt")
    found = [(p.name, p.role, p.attendance) for p in record.participants]
    assert found == [("Liv Vik", "chair", "present"), ("Nils Bø", "member", "present"),
                     ("Tone Sande", "member", "present"), ("Arild Myklebust", "member", "absent")]


@pytest.mark.parametrize("sentence", [
    "Styrets leder, Kari Nordby, ledet møtet.",
    "Styrets leder Kari Nordby ledet møtet.",
    "Styreleiar Kari Nordby leia møtet.",
])
def test_a_board_names_its_chair_by_title_in_the_sentence_that_says_who_led(sentence):
    text = ("Protokoll fra styremøte i Dalbygd Renovasjon IKS\n\nMøtedato: 5. februar 2025\n\n"
            "Til stede fra styret: Kari Nordby, Per Hansen og Lise Moen.\n\n"
            f"{sentence}\n\nStyresak 1/25 Godkjenning av innkalling og saksliste\nGodkjent.\n")
    found = {p.name: p.role for p in parse_bytes(text.encode(), "s.txt").participants}
    assert found == {"Kari Nordby": "chair", "Per Hansen": "member", "Lise Moen": "member"}


@pytest.mark.parametrize("label", ["Deltakere:", "Deltakarar:", "Møtedeltakere:"])
def test_a_summons_participants_list_names_those_asked_to_come(label):
    # "Deltakere:" under "Innkalling til …" lists the people called in, as "Innkalte:"
    # does: a meeting not yet held has no one present; an announced forfall stays
    text = ("Innkalling til møte i faggruppe for folkehelse\n\nDato: 14. november 2024\n"
            f"Tid: 12.00–15.00\nSted: Teams\n\n{label}\nAnne Berg, Nordby kommune (leder)\n"
            "Per Lie, Sørby kommune\n\nForfall: Siri Dahl\n\nAgenda\n1. Velkommen\n"
            "2. Folkehelseoversikten\n3. Eventuelt\n")
    record = parse_bytes(text.encode(), "innkalling.txt")
    assert record.kind == "agenda"
    assert [(p.name, p.attendance) for p in record.participants] == [
        ("Siri Dahl", Attendance.ABSENT)]


@pytest.mark.parametrize("label", [
    "Innkalt vara:", "Innkalte varamedlemmer:", "Følgende varamedlemmer er innkalt:",
    "Vara innkalt:", "Følgjande varamedlemer er kalla inn:"])
def test_deputies_a_summons_calls_in_for_a_member_with_forfall(label):
    # the deputy is asked to come in the member's place: not present at a meeting not
    # yet held, while the member he stands in for has sent forfall
    text = ("Møteinnkalling\n\nUtvalg: Formannskapet\nMøtested: Formannskapssalen\n"
            f"Dato: 04.06.2024\nTidspunkt: 09:00\n\n{label} Jon Aas (Ap) for Per Dahl\n\n"
            "Saksliste\n\nPS 40/24 Godkjenning av protokoll\nPS 41/24 Tertialrapport\n")
    record = parse_bytes(text.encode(), "innkalling.txt")
    assert [(p.name, p.attendance) for p in record.participants] == [
        ("Per Dahl", Attendance.ABSENT)]
    # the same deputy named in minutes came for the member
    minutes = text.replace("Møteinnkalling", "Møteprotokoll").replace(
        "Tidspunkt: 09:00\n", "Tidspunkt: 09:00\nTil stede: Kari Nes, Ole Lie\n")
    people = parse_bytes(minutes.encode(), "protokoll.txt").participants
    assert ("Jon Aas", Attendance.PRESENT, "for Per Dahl") in [
        (p.name, p.attendance, p.note) for p in people]


NETWORK_NOTES = """Referat frå nettverksmøte

Dato: 23. januar 2025
Stad: Teams

Til stades:
Ingrid (Ulvik)
Torbjørn (Eidfjord)
Lene Tveit (referent)

Ikkje til stades: Håkon (Granvin)

1. Velkomen
Lene ønskte velkomen.
"""


def test_a_first_name_with_its_municipality_in_brackets_one_a_line_is_a_person():
    people = parse_bytes(NETWORK_NOTES.encode(), "nettverk.txt").participants
    assert [(p.name, p.organization, p.role, p.attendance) for p in people] == [
        ("Ingrid", "Ulvik", ParticipantRole.MEMBER, Attendance.PRESENT),
        ("Torbjørn", "Eidfjord", ParticipantRole.MEMBER, Attendance.PRESENT),
        ("Lene Tveit", None, ParticipantRole.SECRETARY, Attendance.PRESENT),
        ("Håkon", "Granvin", ParticipantRole.MEMBER, Attendance.ABSENT)]


@pytest.mark.parametrize("line", ["Hamar (2)", "Nordby (Ulvik)"])
def test_a_lone_word_that_is_no_first_name_stays_no_person(line):
    assert parse_people_list(line, ParticipantRole.MEMBER, Attendance.ABSENT) == []


def test_a_double_first_name_among_first_names_with_places_is_no_guest():
    found = parse_people_list("Kari (Nordby), Per (Sørby), Anne Lise (Østby), Mona (Vestby)",
                              ParticipantRole.MEMBER, Attendance.PRESENT)
    assert [(e.name, e.organization, e.role) for e in found] == [
        ("Kari", "Nordby", ParticipantRole.MEMBER), ("Per", "Sørby", ParticipantRole.MEMBER),
        ("Anne Lise", "Østby", ParticipantRole.MEMBER),
        ("Mona", "Vestby", ParticipantRole.MEMBER)]


def test_a_nynorsk_deputy_column_and_label_say_whom_they_sat_in_for():
    # "Møtar for" is nynorsk for "Møter for", as a column heading and as a line label
    text = ("Møtebok for Ryfylke friluftsråd\n\nMøtedato: 02.04.2024\n\n"
            "Møtande varamedlemer:\nNamn               Møtar for          Parti\n"
            "Eli Hetland        Marit Sand         Sp\n\n"
            "Meldt forfall: Per Dyrkolbotn\nMøtar for: Siri Lunde for Per Dyrkolbotn\n\n"
            "Sak 1/24 Godkjenning av innkalling\nGodkjend.\n")
    people = parse_bytes(text.encode(), "motebok.txt").participants
    assert [(p.name, p.organization, p.attendance, p.note) for p in people] == [
        ("Eli Hetland", "Sp", "present", "for Marit Sand"),
        ("Marit Sand", "Sp", "absent", None),  # the seat the deputy took is Sp's
        ("Per Dyrkolbotn", None, "absent", None),
        ("Siri Lunde", None, "present", "for Per Dyrkolbotn")]


@pytest.mark.parametrize("point", ["III", "3"])
def test_present_under_a_point_numbered_in_roman_or_arabic_is_partial(point):
    text = ("Referat fra nettverksmøte\n\nDato: 6. april 2024\n\n"
            f"Deltakere: Ola Nes (Nordby kommune), Kari Li (Helsedirektoratet, under punkt {point})"
            "\n\nI. Åpning\nDagsorden ble godkjent.\n\nII. Eventuelt\nIngen saker.\n")
    people = parse_bytes(text.encode(), "referat.txt").participants
    assert [(p.attendance, p.note) for p in people if p.name == "Kari Li"] == [
        ("partial", f"under punkt {point}")]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Kari Li var med på telefon.", ("present", "på telefon")),  # from afar, all along
    ("Kari Li var med på Teams.", ("present", "på Teams")),
    ("Kari Li var med på Teams frå sak 2.", ("partial", "var med på Teams frå sak 2")),
    ("Kari Li var med på sak 2.", ("partial", "var med på sak 2")),
])
def test_var_med_on_a_channel_is_present_and_on_a_case_partial(sentence, expected):
    text = ("Referat frå møte i Nordfjordrådet\n\nDato: 6. april 2024\n\n"
            f"Til stades: Ola Nes, Kari Li\n{sentence}\n\nSak 1/24 Eventuelt\nIngen saker.\n")
    people = parse_bytes(text.encode(), "referat.txt").participants
    assert [(p.attendance, p.note) for p in people if p.name == "Kari Li"] == [expected]


@pytest.mark.parametrize("closing", [
    "Eli Vik, skrivar",  # nynorsk "skrivar": the one who wrote the minutes
    "Eli Vik\nskrivar",
    "Skrivar:\nEli Vik",
    "Protokollførar:\nEli Vik",
    "Referent:\nEli Vik (sign.)",  # the signed mark under the label
    "Ved pennen\nEli Vik",
])
def test_the_writer_signing_under_the_minutes_is_the_secretary(closing):
    text = ("Referat frå styremøte i Fjordkraft Vekst AS\n\nDato: 6. april 2024\n"
            "Til stades: Ola Nes, Kari Li\n\nSak 1/24 Eventuelt\nIngen saker.\n\n"
            f"Møtet vart heva kl. 15.00.\n\n{closing}\n")
    record = parse_bytes(text.encode(), "referat.txt")
    assert [(p.name, p.role) for p in record.participants][-1] == ("Eli Vik", "secretary")
    assert record.items[0].text == "Ingen saker."


@pytest.mark.parametrize(("line", "party", "role"), [
    ("Per Dahl (H) – leder", "H", ParticipantRole.CHAIR),
    ("Kari Holm (Ap) - nestleder", "Ap", ParticipantRole.MEMBER)])
def test_a_seat_after_a_dash_behind_the_party_is_the_role(line, party, role):
    found = parse_people_list(line, ParticipantRole.MEMBER, Attendance.PRESENT)
    assert [(e.organization, e.role) for e in found] == [(party, role)]


@pytest.mark.parametrize(("line", "name", "organization", "role"), [
    ("Astrid Nyhus, leder – Strand kommune", "Astrid Nyhus", "Strand kommune",
     ParticipantRole.CHAIR),
    ("Per Moe, nestleder - Hov kommune", "Per Moe", "Hov kommune", ParticipantRole.MEMBER),
    ("Eva Lie, referent – Vika regionråd", "Eva Lie", "Vika regionråd",
     ParticipantRole.SECRETARY)])
def test_a_seat_after_a_comma_then_a_dash_and_whom_she_represents(line, name, organization,
                                                                   role):
    found = parse_people_list(line, ParticipantRole.MEMBER, Attendance.PRESENT)
    assert [(e.name, e.organization, e.role) for e in found] == [(name, organization, role)]


@pytest.mark.parametrize("line", ["Kari Holm, leder – Via Teams", "Kari Holm, leder – Forfall"])
def test_a_note_after_a_seat_and_a_dash_is_no_organisation(line):
    found = parse_people_list(line, ParticipantRole.MEMBER, Attendance.PRESENT)
    assert [(e.name, e.organization) for e in found] == [("Kari Holm", None)]


ABSENT_WITHOUT_DEPUTY = """Protokoll fra møte i Regionrådet

Møtedato: 3. februar 2025
Møtested: Nordby rådhus

Møtende medlemmer:
Ola Nordmann (Sp) – leder
Kari Holm – forfall, ingen vara

Forfall:
Mona Vik – forfall
Tor Lie – ingen vara

Sak 1/25 Godkjenning av innkalling
Godkjent.
"""


def test_forfall_or_no_deputy_after_a_dash_is_absence_not_an_organisation():
    people = parse_bytes(ABSENT_WITHOUT_DEPUTY.encode(), "forfall.txt").participants
    assert [(p.name, p.organization, p.role, p.attendance, p.note) for p in people] == [
        ("Ola Nordmann", "Sp", ParticipantRole.CHAIR, Attendance.PRESENT, None),
        ("Kari Holm", None, ParticipantRole.MEMBER, Attendance.ABSENT, None),
        ("Mona Vik", None, ParticipantRole.MEMBER, Attendance.ABSENT, None),
        ("Tor Lie", None, ParticipantRole.MEMBER, Attendance.ABSENT, None)]


SEAT_TABLE = """# Referat fra styremøte i Nordfjella IKS

Dato: 20. juni 2025
Sted: Nordby

| Rolle | Kommune | Navn | Status |
|---|---|---|---|
| Leder | Nordby | Ola Nordmann | Møtt |
| Nestleder | Sørby | Kari Holm | Møtt |
| Medlem | Østby | Per Dahl | Forfall |

## Sak 1 Godkjenning av innkalling
Godkjent.
"""


def test_a_seat_table_with_the_role_first_reads_each_row_as_one_person():
    people = parse_bytes(SEAT_TABLE.encode(), "seter.md").participants
    assert [(p.name, p.organization, p.role, p.attendance) for p in people] == [
        ("Ola Nordmann", "Nordby", ParticipantRole.CHAIR, Attendance.PRESENT),
        ("Kari Holm", "Sørby", ParticipantRole.MEMBER, Attendance.PRESENT),
        ("Per Dahl", "Østby", ParticipantRole.MEMBER, Attendance.ABSENT)]


PADDED_SEATS = """Referat fra møte i Ungdomsrådet

Dato: 3. februar 2025
Sted: Nordby

Til stede:
Leder      Nordby     Ola Nordmann
Medlem     Sørby      Kari Holm

Sak 1 Godkjenning av innkalling
Godkjent.
"""


def test_a_padded_seat_row_with_the_place_before_the_name_keeps_the_name_alone():
    people = parse_bytes(PADDED_SEATS.encode(), "seter.txt").participants
    assert [(p.name, p.organization, p.role) for p in people] == [
        ("Ola Nordmann", "Nordby", ParticipantRole.CHAIR),
        ("Kari Holm", "Sørby", ParticipantRole.MEMBER)]


def test_a_padded_seat_line_s_label_colon_is_no_part_of_the_organisation():
    # (s65n) "Vågå kommune:      Kari Holm": the seat's label, then the person
    text = ("Protokoll\n\nTil stades:\nVågå kommune:      Kari Holm\n"
            "Sametinget:        Per Moe\n\nSak 1/24 Test\nTekst.\n")
    people = parse_bytes(text.encode(), "p.txt").participants
    assert [(p.name, p.organization) for p in people] == [
        ("Kari Holm", "Vågå kommune"), ("Per Moe", "Sametinget")]


@pytest.mark.parametrize("value", ["Nordby\tOla Nordmann", "Ola Nordmann\tNordby"])
def test_two_padded_cells_are_a_name_and_whom_it_represents(value):
    found = parse_people_list(value, ParticipantRole.MEMBER, Attendance.PRESENT)
    assert [(e.name, e.organization) for e in found] == [("Ola Nordmann", "Nordby")]


@pytest.mark.parametrize(("heading", "meaning"), [
    ("KOMMUNE / FUNKSJON", "org"), ("Funksjon/kommune", "role"), ("Sak/tema", "other")])
def test_a_heading_that_joins_two_column_words_reads_as_its_first(heading, meaning):
    # one column for places or functions: the writer's first word says what it holds
    assert table_columns(("NAVN", heading)) == {0: "name", 1: meaning}


@pytest.mark.parametrize("heading", ["ROLLE I PROSJEKTET", "Funksjon i styringsgruppa",
                                     "Verv i utvalget"])
def test_a_role_heading_narrowed_to_the_project_is_the_role_column(heading):
    # (s61a) "Rolle i prosjektet": the cells are roles ("Leder av styringsgruppen")
    assert table_columns(("NAVN", "KOMMUNE", heading)) == {0: "name", 1: "org", 2: "role"}
    assert table_columns(("NAVN", "Kommune i regionen")) == {0: "name", 1: "other"}


def test_a_status_column_marks_presence_only_beside_a_seat_or_place():
    assert table_columns(("Rolle", "Navn", "Status")) == {0: "role", 1: "name", 2: "present"}
    assert table_columns(("Navn", "Oppgave", "Status")) == {0: "name", 1: "other", 2: "other"}


@pytest.mark.parametrize("line", ["Fylkesdirektør Anders Lund, Innlandet fylkeskommune",
                                  "Anders Lund (fylkesdirektør)"])
def test_the_county_director_is_the_administration_a_guest(line):
    found = parse_people_list(line, ParticipantRole.MEMBER, Attendance.PRESENT)
    assert [(e.name, e.role) for e in found] == [("Anders Lund", ParticipantRole.GUEST)]


TITLES_BEFORE_NAMES = """Referat fra møte i Beredskapsutvalget

Møtedato: 2. april 2025
Møtested: Teams

Til stede:
Ordfører Ola Nordmann, Nordby
Rådmann Kari Holm, Sørby
Fylkesdirektør Anders Lund, Innlandet fylkeskommune

Sak 1 Godkjenning av innkalling
Godkjent.
"""


def test_titles_before_names_one_a_line_give_the_administration_as_guests():
    people = parse_bytes(TITLES_BEFORE_NAMES.encode(), "titler.txt").participants
    assert [(p.name, p.organization, p.role) for p in people] == [
        ("Ola Nordmann", "Nordby", ParticipantRole.MEMBER),
        ("Kari Holm", "Sørby", ParticipantRole.GUEST),
        ("Anders Lund", "Innlandet fylkeskommune", ParticipantRole.GUEST)]


@pytest.mark.parametrize("line", ["Ola Nordmann (Sp, ordfører i Nordby)",
                                  "Ola Nordmann (Sp), ordfører i Nordby"])
def test_an_office_at_a_place_after_the_party_gives_the_place_it_represents(line):
    found = parse_people_list(line, ParticipantRole.MEMBER, Attendance.PRESENT)
    assert [(e.name, e.organization, e.role) for e in found] == [
        ("Ola Nordmann", "Nordby", ParticipantRole.MEMBER)]


@pytest.mark.parametrize(("line", "organization"), [
    ("Ola Nordmann (Sp, Innlandet)", "Innlandet"),
    ("Ola Nordmann (KrF, Vestfold og Telemark)", "Vestfold og Telemark"),
    ("Ola Nordmann (H, Viken)", "Viken"),
    ("Ola Nordmann, Sp (Innlandet)", "Innlandet"),  # the party after a comma, then the county
    ("Ola Nordmann, Sp (Teams)", "Sp"),  # (a channel in brackets is a note, no place)
    # a place before the party is no party before a place: kept as written
    ("Ola Nordmann (Oslo, Ap)", "Oslo, Ap"),
])
def test_a_place_after_the_party_in_one_bracket_is_whom_the_member_represents(line,
                                                                              organization):
    [entry] = parse_people_list(line, ParticipantRole.MEMBER, Attendance.PRESENT)
    assert (entry.name, entry.organization) == ("Ola Nordmann", organization)


def test_a_seat_cell_naming_whom_the_deputy_came_for():
    # "Varaordfører, for Per Lie" in a "Navn | Kommune | Funksjon" table: the seat, then
    # whose seat she took, as "(for Per Lie)" in a list
    text = ("PROTOKOLL\n\nMøte i regionrådet 2. februar 2024\n\n"
            "NAVN\tKOMMUNE\tFUNKSJON\nKari Holm\tNordby\tOrdfører, leder\n"
            "Siv Moe\tSørby\tVaraordfører, for Per Lie\nForfall: Per Lie, ordfører Sørby\n\n"
            "PS 1/24 Budsjett\nVedtak: Vedtatt.\n")
    record = parse_bytes(text.encode(), "protokoll.txt")
    assert [(p.name, p.organization, p.attendance, p.note) for p in record.participants] == [
        ("Kari Holm", "Nordby", "present", None), ("Siv Moe", "Sørby", "present", "for Per Lie"),
        ("Per Lie", "Sørby", "absent", None)]


def test_a_seat_table_row_under_its_heading_is_no_label():
    # "Varamedlem | Tor Berg | | Ola Lund" under "Funksjon | Navn | Forfall | Møtt for":
    # the seat is a cell of the row, not the label "Varamedlem:" over a list, so the
    # last cell is whom the deputy came for, not an organisation
    text = ("Møteprotokoll\n\nUtvalg: Regionrådet\nMøtedato: 12.03.2024\n\nTil stede:\n"
            "Funksjon\tNavn\tForfall\tMøtt for\nLeder\tKari Holm\nMedlem\tOla Lund\tForfall\n"
            "Varamedlem\tTor Berg\t\tOla Lund\n\nSak 14/24 Budsjett\nVedtak: Vedtatt.\n")
    record = parse_bytes(text.encode(), "protokoll.txt")
    assert [(p.name, p.organization, p.attendance, p.note) for p in record.participants] == [
        ("Kari Holm", None, "present", None), ("Ola Lund", None, "absent", None),
        ("Tor Berg", None, "present", "for Ola Lund")]


def test_a_run_of_names_with_a_note_of_thousands_of_words_is_read_in_linear_time():
    """The note after a name in a run ("… Ikkje til stades i sak 49") grew by a copy
    for every word: a line of 100,000 leader dots took minutes. The names and their
    notes are read as before."""
    from motebok.extract.participants import _run_together_names

    line = "Jostein Gryte Leiar Wenche Ness Nestleiar Ingvild Loftheim Terje Mork"
    people = _run_together_names(line + " ikkje til stades i sak 49",
                                 None, Attendance.PRESENT)
    assert [p.name for p in people] == ["Jostein Gryte", "Wenche Ness", "Ingvild Loftheim",
                                        "Terje Mork"]
    dotted = _run_together_names(line + " ." * 100_000, None, Attendance.PRESENT)
    assert [p.name for p in dotted][:3] == ["Jostein Gryte", "Wenche Ness", "Ingvild Loftheim"]


@pytest.mark.parametrize("heading", ["Kommune\tOrdfører\tKommunedirektør",
                                     "Kommune\tOrdfører\tAdministrasjon"])
def test_the_administration_s_column_of_a_members_table_holds_guests(heading):
    text = ("Referat fra møte i Regionrådet for Nordfjell 4.3.2025\n\nTil stede:\n"
            f"{heading}\nNordby\tOla Nordmann\tKari Holm\nSørby\tPer Dal\tLise Berg\n\n"
            "Sak 1/25 Godkjenning av innkalling\nInnkallingen ble godkjent.\n")
    record = parse_bytes(text.encode(), "rr.txt")
    assert [(p.name, p.organization, p.role) for p in record.participants] == [
        ("Ola Nordmann", "Nordby", ParticipantRole.MEMBER),
        ("Kari Holm", "Nordby", ParticipantRole.GUEST),
        ("Per Dal", "Sørby", ParticipantRole.MEMBER),
        ("Lise Berg", "Sørby", ParticipantRole.GUEST)]


@pytest.mark.parametrize("paren", ["skreiv referatet", "skrev referat", "tok referat",
                                   "førte protokollen"])
def test_a_parenthesis_saying_who_wrote_the_minutes_makes_the_secretary(paren):
    text = ("Referat\n\nMøte i Regionrådet for Dalen\nDato: tysdag 2. september 2025\n\n"
            "Desse møtte:\nOrdførar Ola Hagen, Sel kommune\n\nAndre som møtte:\n"
            f"Regionkoordinator Kari Mælen ({paren})\n\n"
            "Sak 21/25 Godkjenning av møtebok\nGodkjent utan merknader.\n")
    people = parse_bytes(text.encode(), "dalen.txt").participants
    assert [(p.name, p.organization, p.role) for p in people][1] == (
        "Kari Mælen", None, ParticipantRole.SECRETARY)


def test_a_seat_label_medlem_before_each_name_is_no_organisation():
    text = ("Møtebok\nKontrollutvalet\n\nMøtedato: 12.11.2025\n\nTil stades:\n"
            "Leiar: Ragnhild Loen\nNestleiar: Erik Olden\nMedlem: Turid Hjelle\n"
            "Medlem: Arve Flo (vara for Oddny Roset)\n\n"
            "PS 25/25 Godkjenning av protokoll\nSamrøystes godkjend.\n")
    people = parse_bytes(text.encode(), "kontroll.txt").participants
    assert [(p.name, p.organization, p.role) for p in people][:4] == [
        ("Ragnhild Loen", None, ParticipantRole.CHAIR),
        ("Erik Olden", None, ParticipantRole.MEMBER),
        ("Turid Hjelle", None, ParticipantRole.MEMBER),
        ("Arve Flo", None, ParticipantRole.MEMBER)]


def test_a_seat_word_before_a_colon_is_no_organisation_group():
    from motebok.extract.participants import organization_of_group
    assert organization_of_group("Medlem") is None
    assert organization_of_group("Sekretær") is None
    assert organization_of_group("Innovasjon Norge") == "Innovasjon Norge"


@pytest.mark.parametrize(("ticked", "empty"), [("☑", "☐"), ("☒", "☐"), ("- [x]", "- [ ]")])
def test_a_box_left_empty_in_a_ticked_list_of_people_is_an_absence(ticked, empty):
    # a form's "Deltakere" ticked off at the door
    text = (f"Referat\nDato: 12.3.2025\n\nDeltakere:\n{ticked} Kari Holm, Stad kommune\n"
            f"{empty} Per Dahl, Bremanger kommune\n{ticked} Ola Nord, Kinn kommune\n\n"
            "Sak 1/25 Plan\nPlanen ble godkjent.\n")
    people = parse_bytes(text.encode(), "r.md").participants
    assert [(p.name, p.organization, p.attendance) for p in people] == [
        ("Kari Holm", "Stad kommune", "present"), ("Per Dahl", "Bremanger kommune", "absent"),
        ("Ola Nord", "Kinn kommune", "present")]


def test_a_list_of_empty_boxes_alone_says_nothing_about_who_came():
    text = ("Referat\nDato: 12.3.2025\n\nDeltakere:\n☐ Kari Holm, Stad kommune\n"
            "☐ Per Dahl, Bremanger kommune\n\nSak 1/25 Plan\nPlanen ble godkjent.\n")
    people = parse_bytes(text.encode(), "r.txt").participants
    assert [(p.name, p.attendance) for p in people] == [
        ("Kari Holm", "present"), ("Per Dahl", "present")]


@pytest.mark.parametrize(("line", "organizations"), [
    ("Kari Holm og Per Dahl, alle fra Nordby kommune, og Eva Berg fra Sørby kommune.",
     ["Nordby kommune", "Nordby kommune", "Sørby kommune"]),
    ("Kari Holm, Per Dahl, begge frå Nordby, Eva Berg (Sørby)",
     ["Nordby", "Nordby", "Sørby"]),
    ("Kari Holm (leder) og Per Dahl, begge fra Nordby kommune, Eva Berg (referent)",
     ["Nordby kommune", "Nordby kommune", None]),
])
def test_all_from_one_place_inside_a_list_covers_the_names_before_it(line, organizations):
    found = parse_people_list(line, ParticipantRole.MEMBER, Attendance.PRESENT)
    assert [e.name for e in found] == ["Kari Holm", "Per Dahl", "Eva Berg"]
    assert [e.organization for e in found] == organizations


@pytest.mark.parametrize("line", [
    "Ola Nord (forfall, Siri Lie møtte)", "Ola Nord (meldt forfall – Siri Lie møtte)",
    "Ola Nord, Vestby kommune (forfall, Siri Lie møtte)",
    "Ola Nord, Vestby kommune (forfall, vara Siri Lie møtte)",
    "Ola Nord (forfall, Siri Lie møtte i staden)"])
def test_a_deputy_who_came_named_in_the_absent_members_parenthesis(line):
    found = parse_people_list(line, ParticipantRole.MEMBER, Attendance.PRESENT)
    assert [(e.name, e.attendance, e.note) for e in found] == [
        ("Ola Nord", Attendance.ABSENT, None),
        ("Siri Lie", Attendance.PRESENT, "for Ola Nord")]


def test_a_parenthesis_naming_someone_who_came_without_saying_who_was_away_is_no_deputy():
    [entry] = parse_people_list("Ola Nord, Vestby kommune (leder)", ParticipantRole.MEMBER,
                                Attendance.PRESENT)
    assert (entry.attendance, entry.role) == (Attendance.PRESENT, ParticipantRole.CHAIR)


def test_an_email_after_a_dash_leaves_the_organisation_without_the_dash():
    [entry] = parse_people_list("Eva Berg, Sørby kommune – eva.berg@sorby.no",
                                ParticipantRole.MEMBER, Attendance.PRESENT)
    assert (entry.name, entry.organization) == ("Eva Berg", "Sørby kommune")


def test_present_from_the_municipalities_are_the_members_not_the_staff():
    text = ("Referat fra møte i Regionrådet\n\nDato: 12.03.2024\n\n"
            "Til stede fra kommunene: Kari Holm (Nordby), Per Dahl (Sørby)\n"
            "Til stede fra administrasjonen: Eva Berg\n\n"
            "Sak 1/24 Godkjenning av innkalling\nInnkallingen ble godkjent.\n")
    people = parse_bytes(text.encode(), "regionrad.txt").participants
    assert [(p.name, p.role) for p in people] == [
        ("Kari Holm", ParticipantRole.MEMBER), ("Per Dahl", ParticipantRole.MEMBER),
        ("Eva Berg", ParticipantRole.GUEST)]


@pytest.mark.parametrize(("line", "organization", "note"), [
    ("Per Dahl, ordfører Sørby – fra kl. 11.00", "Sørby", "fra kl. 11.00"),
    ("Ivar Moe, ordførar Østby – deltok via Teams under sak 2", "Østby",
     "deltok via Teams under sak 2")])
def test_an_office_and_its_place_then_a_dash_and_when_they_were_there(line, organization, note):
    [entry] = parse_people_list(line, ParticipantRole.MEMBER, Attendance.PRESENT)
    assert (entry.organization, entry.attendance, entry.note) == (
        organization, Attendance.PARTIAL, note)


@pytest.mark.parametrize(("first", "second"), [
    ("Nordby kommune", "Sørby kommune"), ("NORDBY KOMMUNE", "SØRBY KOMMUNE")])
def test_municipality_headings_one_after_another_each_head_their_own_people(first, second):
    text = ("Referat fra møte i Regionrådet\n\nDato: 12.03.2024\n\nTil stede:\n"
            f"{first}\nKari Holm, ordfører\nPer Dahl\n{second}\nEva Berg, ordfører\n"
            "Ivar Moe\n\nSak 1/24 Godkjenning av innkalling\nInnkallingen ble godkjent.\n")
    people = parse_bytes(text.encode(), "regionrad.txt").participants
    assert [(p.name, p.organization) for p in people] == [
        ("Kari Holm", first), ("Per Dahl", first), ("Eva Berg", second), ("Ivar Moe", second)]


def test_a_municipality_under_a_person_without_one_is_still_whom_that_person_represents():
    text = ("Referat fra møte i Regionrådet\n\nDato: 12.03.2024\n\nTil stede:\n"
            "Kari Holm\nNordby kommune\nPer Dahl\nSørby kommune\n\n"
            "Sak 1/24 Godkjenning av innkalling\nInnkallingen ble godkjent.\n")
    people = parse_bytes(text.encode(), "regionrad.txt").participants
    assert [(p.name, p.organization) for p in people] == [
        ("Kari Holm", "Nordby kommune"), ("Per Dahl", "Sørby kommune")]


@pytest.mark.parametrize(("line", "expected"), [
    ("Kari Holm, Nordby, Per Dahl, Sørby, Eva Berg, Vestby",
     [("Kari Holm", "Nordby", "member"), ("Per Dahl", "Sørby", "member"),
      ("Eva Berg", "Vestby", "member")]),
    ("ordfører Kari Holm, Nordby (leder), ordfører Per Dahl, Sørby, og rådmann Ivar Moe, "
     "Nordby.",
     [("Kari Holm", "Nordby", "chair"), ("Per Dahl", "Sørby", "member"),
      ("Ivar Moe", "Nordby", "guest")]),
    ("Kari Holm, Per Dahl, Eva Berg, Ola Nord",
     [("Kari Holm", None, "member"), ("Per Dahl", None, "member"),
      ("Eva Berg", None, "member"), ("Ola Nord", None, "member")]),
])
def test_a_one_word_place_after_every_full_name_is_whom_each_represents(line, expected):
    found = parse_people_list(line, ParticipantRole.MEMBER, Attendance.PRESENT)
    assert [(e.name, e.organization, e.role) for e in found] == expected


@pytest.mark.parametrize("joint", [", fra", ", og fra", "; frå"])
def test_each_group_of_a_from_sentence_keeps_its_own_people(joint):
    text = ("Referat fra møte i Regionrådet\n\nDato: 12.03.2024\n\n"
            f"Fra Nordby kommune møtte Kari Holm og Per Dahl{joint} Sørby kommune møtte "
            "Eva Berg.\nOla Nord hadde meldt forfall.\n\n"
            "Sak 1/24 Godkjenning av innkalling\nInnkallingen ble godkjent.\n")
    people = parse_bytes(text.encode(), "regionrad.txt").participants
    assert [(p.name, p.organization, p.attendance) for p in people] == [
        ("Kari Holm", "Nordby kommune", "present"), ("Per Dahl", "Nordby kommune", "present"),
        ("Eva Berg", "Sørby kommune", "present"), ("Ola Nord", None, "absent")]


@pytest.mark.parametrize(("line", "role", "note"), [
    ("Gunnar Sletten, ordfører – fra kl. 10.45", ParticipantRole.MEMBER, "fra kl. 10.45"),
    ("Gunnar Sletten, leder – fra kl. 10.45", ParticipantRole.CHAIR, "fra kl. 10.45"),
    ("Gunnar Sletten, rådgiver – sak 2", ParticipantRole.MEMBER, "sak 2")])
def test_an_office_alone_before_a_dash_is_no_part_of_the_note(line, role, note):
    [entry] = parse_people_list(line, ParticipantRole.MEMBER, Attendance.PRESENT)
    assert (entry.role, entry.attendance, entry.note) == (role, Attendance.PARTIAL, note)


@pytest.mark.parametrize(("line", "organization"), [
    ("Kjersti Haug (KH)", None),  # her initials, as the minutes later call her
    ("Eli Arnkværn Bryhni (EB)", None),
    ("Ola Berg (OB), Østby kommune", "Østby kommune"),
    ("Anne Pedersen (AP)", "AP"),  # a party in capitals, not her initials
    ("Kari Holm (NAV)", "NAV"),
])
def test_a_persons_initials_in_brackets_are_no_organisation(line, organization):
    [entry] = parse_people_list(line, ParticipantRole.MEMBER, Attendance.PRESENT)
    assert entry.organization == organization


@pytest.mark.parametrize(("line", "role", "note"), [
    ("Per Dahl, Sørby kommune, ordfører – gikk kl. 12", ParticipantRole.MEMBER, "gikk kl. 12"),
    ("Per Dahl, Sørby kommune, rådmann – fra sak 3", ParticipantRole.GUEST, "fra sak 3"),
    ("Per Dahl, Sørby kommune, leder – gikk etter sak 4", ParticipantRole.CHAIR,
     "gikk etter sak 4"),
])
def test_a_job_before_a_dashed_note_is_no_part_of_the_note(line, role, note):
    [entry] = parse_people_list(line, ParticipantRole.MEMBER, Attendance.PRESENT)
    assert (entry.organization, entry.role, entry.attendance, entry.note) == (
        "Sørby kommune", role, Attendance.PARTIAL, note)


@pytest.mark.parametrize(("heading", "organization"), [
    ("REGIONRÅDETS SEKRETARIAT", "REGIONRÅDETS SEKRETARIAT"),
    ("Fra kontrollutvalgets sekretariat:", "kontrollutvalgets sekretariat"),
    ("Sekretariatet:", "sekretariatet"),
])
def test_a_heading_naming_whose_secretariat_lists_the_secretaries(heading, organization):
    text = ("Protokoll fra styremøte i Dalregionen\n\nDato: 12. mars 2024\n\nTil stede:\n"
            f"Kari Lund, leder\nOla Berg\n\n{heading}\nSiri Dal\nTor Moe\n\n"
            "Sak 1/24 Godkjenning av innkalling\nInnkallingen ble godkjent.\n")
    people = parse_bytes(text.encode(), "s.txt").participants
    assert [(p.name, p.organization, p.role) for p in people[2:]] == [
        ("Siri Dal", organization, ParticipantRole.SECRETARY),
        ("Tor Moe", organization, ParticipantRole.SECRETARY)]


@pytest.mark.parametrize("heading", ["REGIONRÅDETS ADMINISTRASJON", "STYRETS MEDLEMMER",
                                     "KOMMUNENES REPRESENTANTER"])
def test_a_group_heading_in_capitals_is_no_person_but_a_capital_name_is(heading):
    text = ("Protokoll fra styremøte i Dalregionen\n\nDato: 12. mars 2024\n\nTil stede:\n"
            f"KARI HOLM\nOla Berg\n\n{heading}\nSiri Dal\n\n"
            "Sak 1/24 Godkjenning av innkalling\nInnkallingen ble godkjent.\n")
    people = parse_bytes(text.encode(), "s.txt").participants
    assert [p.name for p in people] == ["KARI HOLM", "Ola Berg", "Siri Dal"]


@pytest.mark.parametrize("line", [
    "Vara: Siri Lie for Ola Nord (Zby)",
    "Siri Lie (Zby) møtte for Ola Nord",
    "Siri Lie møtte for Ola Nord (Zby)",
    "Ola Nord, Zby – forfall, vara Siri Lie møtte",
    "Ola Nord (Zby) – meldt forfall, vara Siri Lie møtte",
    "Ola Nord (Zby), forfall – Siri Lie møtte",
    "Ola Nord, Zby – fråvær, vara Siri Lie møtte",
    "Ola Nord (Zby) hadde forfall, vara Siri Lie møtte.",
    "Siri Lie møtte på vegne av Ola Nord (Zby)",
])
def test_a_deputy_and_the_member_away_share_the_seat_s_organisation(line):
    # the deputy sits in the member's seat: whom it represents, written for either, is both's
    found = _listed(f"Til stede:\nKari Holm (Aby)\n{line}")
    assert sorted(found[1:]) == [
        ("Ola Nord", "Zby", "member", "absent", None),
        ("Siri Lie", "Zby", "member", "present", "for Ola Nord")]


@pytest.mark.parametrize(("heading", "role"), [
    ("REGIONRÅDETS ADMINISTRASJON", "guest"),
    ("Regionrådets administrasjon:", "guest"),
    ("Administrasjonen i regionrådet:", "guest"),
    ("Sekretariat for regionrådet:", "secretary"),
    ("Sekretariatet i Nordfjellrådet", "secretary"),
])
def test_the_body_s_own_staff_under_a_heading_are_not_its_members(heading, role):
    # the administration are guests and the secretariat secretaries, as "Fra
    # administrasjonen:" and "Sekretariatet:"; the members above keep their role
    found = _listed(f"Til stede:\nKari Holm, Nordby kommune\n\n{heading}\nHans Vik\nMette Sand")
    assert [(name, r) for name, _org, r, _att, _note in found] == [
        ("Kari Holm", "member"), ("Hans Vik", role), ("Mette Sand", role)]


def test_a_presence_cell_naming_the_seat_with_the_verb_says_which_came():
    # "Medlem møtte" / "Vara møtte" under "Møtt": the verb adds nothing to the seat word
    table = ("| Medlem | Vara | Møtt |\n|---|---|---|\n| Kari Lund | Eva Berg | Medlem møtte |\n"
             "| Per Dahl | Siri Lie | Vara møtte |\n")
    assert _table_minutes(table) == [
        ("Kari Lund", None, "present", None),
        ("Per Dahl", None, "absent", None),
        ("Siri Lie", None, "present", "for Per Dahl")]


def test_vara_motte_under_a_presence_column_says_the_member_was_away():
    # no deputy column to name who came: the member was away all the same
    table = ("| Medlem | Kommune | Møtt |\n|---|---|---|\n| Ola Hansen | Nordby | X |\n"
             "| Kari Berg | Aby | Vara møtte |\n")
    assert _table_minutes(table) == [
        ("Ola Hansen", "Nordby", "present", None),
        ("Kari Berg", "Aby", "absent", None)]


@pytest.mark.parametrize("seat", ["Ansattes repr.", "Ansattes representant"])
def test_the_staff_s_seat_in_a_padded_seat_table_is_a_member_not_an_organisation(seat):
    # a board's seat column: the staff's elected member sits on the board for no one else
    assert _listed(f"Til stede:\nStyreleder          Astrid Nilsen\n{seat}     Lise Karlsen") == [
        ("Astrid Nilsen", None, "chair", "present", None),
        ("Lise Karlsen", None, "member", "present", None)]


@pytest.mark.parametrize("seat", ["nettverksleder", "faggruppeleiar", "styringsgruppeleder",
                                  "prosjektgruppeleiar", "AU-leder"])
def test_the_leader_named_by_the_body_s_kind_in_a_parenthesis_chairs(seat):
    # a network's or a faggruppe's leader leads its meeting, as "(leder)" does
    assert _listed(f"Til stede: Line Tveit ({seat}), Ola Haugen") == [
        ("Line Tveit", None, "chair", "present", None),
        ("Ola Haugen", None, "member", "present", None)]


@pytest.mark.parametrize("seat", ["møtte for Ola Nord", "pva Ola Nord", "vara for Ola Nord",
                                  "for Ola Nord"])
def test_a_deputy_s_place_between_commas_before_whose_seat_is_the_seat_s(seat):
    # "Siri Lie, Zby, møtte for Ola Nord": Zby is hers and the absent member's, as with a dash
    assert _listed(f"Til stede:\nKari Holm, Aby\nSiri Lie, Zby, {seat}")[1:] == [
        ("Siri Lie", "Zby", "member", "present", "for Ola Nord"),
        ("Ola Nord", "Zby", "member", "absent", None)]


@pytest.mark.parametrize("seat", ["møtte for Ola Nord", "vara for Ola Nord"])
@pytest.mark.parametrize("place", ["Zby", "Sande"])
def test_a_place_closing_a_deputys_line_after_whose_seat_is_the_seat_s(seat, place):
    # "Siri Lie, vara for Ola Nord, Zby": the place the line states is hers and the
    # absent member's, as when it comes before the seat
    assert _listed(f"Til stede:\nKari Holm, Aby\nSiri Lie, {seat}, {place}")[1:] == [
        ("Siri Lie", place, "member", "present", "for Ola Nord"),
        ("Ola Nord", place, "member", "absent", None)]


@pytest.mark.parametrize("line", ["Kari Holm, forfall, vara: Eli Sund",
                                  "Kari Holm – forfall – vara: Eli Sund",
                                  "Kari Holm, fråvær, varamedlem: Eli Sund"])
def test_a_member_away_and_her_deputy_after_vara_and_a_colon_are_no_group(line):
    # the colon after "vara" introduces the deputy's name, not a group heading
    assert _listed(f"Til stede:\nPer Dahl, Aby\n{line}")[1:] == [
        ("Kari Holm", None, "member", "absent", None),
        ("Eli Sund", None, "member", "present", "for Kari Holm")]


def test_the_deputy_after_vara_and_a_colon_in_a_forfall_list():
    assert _listed("Til stede: Per Dahl\nForfall:\nKari Holm, Bby, vara: Eli Sund")[1:] == [
        ("Kari Holm", "Bby", "member", "absent", None),
        ("Eli Sund", "Bby", "member", "present", "for Kari Holm")]


@pytest.mark.parametrize("line", ["Kari Holm, forfall, ingen vara",
                                  "Kari Holm – meldt forfall – uten vara"])
def test_no_deputy_after_a_member_s_forfall_among_who_came_is_still_absent(line):
    assert _listed(f"Til stede:\nPer Dahl, Aby\n{line}")[1:] == [
        ("Kari Holm", None, "member", "absent", None)]


@pytest.mark.parametrize("sentence", ["Forfall var meldt fra Eli Sund og Per Dahl.",
                                      "Det var meldt forfall frå Eli Sund og Per Dahl.",
                                      "Meldt forfall fra Eli Sund og Per Dahl."])
def test_a_sentence_naming_those_who_sent_apologies_after_the_word(sentence):
    assert _listed(f"Til stede: Ola Berg, Kari Holm\n{sentence}")[2:] == [
        ("Eli Sund", None, "member", "absent", None),
        ("Per Dahl", None, "member", "absent", None)]


def test_forfall_from_an_organisation_names_no_person():
    assert _listed("Til stede: Ola Berg, Kari Holm\nForfall var meldt fra Nordby kommune.") == [
        ("Ola Berg", None, "member", "present", None),
        ("Kari Holm", None, "member", "present", None)]


def test_abbreviated_seats_in_brackets_are_roles_not_organisations():
    assert _listed("Til stede: Ola Berg (leder), Kari Holm (nestl.), Per Dahl (sekr.)") == [
        ("Ola Berg", None, "chair", "present", None),
        ("Kari Holm", None, "member", "present", None),
        ("Per Dahl", None, "secretary", "present", None)]


@pytest.mark.parametrize("line", ["Desse hadde meldt fråfall: Siri Lie.",
                                  "Siri Lie hadde meldt fråfall."])
def test_fraafall_in_nynorsk_says_the_member_sent_apologies(line):
    assert _listed(f"Desse møtte: Kari Holm (leiar) og Per Dahl.\n{line}")[2:] == [
        ("Siri Lie", None, "member", "absent", None)]


@pytest.mark.parametrize(("line", "organization"), [
    ("Kari Holm – Nordby kommune (NK)", "Nordby kommune"),
    ("Kari Holm – Statsforvalteren i Vestland (SFVL)", "Statsforvalteren i Vestland"),
    ("Kari Holm, Statens vegvesen (SVV)", "Statens vegvesen"),
])
def test_an_organisation_s_short_form_in_brackets_does_not_replace_its_name(line, organization):
    assert _listed(f"Til stede:\n{line}") == [
        ("Kari Holm", organization, "member", "present", None)]


def test_a_group_heading_with_its_short_form_in_brackets_names_the_organisation():
    found = _listed("Til stede:\nNordby kommune (NK):\nKari Holm, Per Dahl\n"
                    "Statsforvalteren i Vestland (SFVL):\nEli Sund")
    assert [(name, org) for name, org, _r, _a, _n in found] == [
        ("Kari Holm", "Nordby kommune"), ("Per Dahl", "Nordby kommune"),
        ("Eli Sund", "Statsforvalteren i Vestland")]


def _docx_listed(before: list[str], rows: list[list[str]]) -> list[tuple]:
    """The participants of invented Word minutes: paragraphs, then a table whose cells
    hold one paragraph per line."""
    import docx

    document = docx.Document()
    for text in ["Referat fra styremøte", "Dato: 12.03.2024", *before]:
        document.add_paragraph(text)
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for row, cells in zip(table.rows, rows, strict=True):
        for cell, text in zip(row.cells, cells, strict=True):
            fill_cell(cell, text.split("\n"))
    for text in ["Sak 1/24 Godkjenning av innkalling", "Godkjent."]:
        document.add_paragraph(text)
    people = parse_bytes(docx_bytes(document), "referat.docx").participants
    return [(p.name, p.organization, p.attendance) for p in people]


@pytest.mark.parametrize("heading", [["Kommune", "Til stede", "Forfall"],
                                     ["Organisasjon", "Møtte", "Meldt forfall"]])
def test_two_people_in_one_cell_of_a_municipality_s_row_are_two(heading):
    # "Kommune | Til stede | Forfall", each row a municipality: a cell of two paragraphs
    # holds two people of it, in any row under the heading
    rows = [heading, ["Nordby kommune", "Kari Holm", "Eli Sund"],
            ["Sørby kommune", "Per Dahl\nSiri Lie", ""]]
    assert _docx_listed(["Oppmøte:"], rows) == [
        ("Kari Holm", "Nordby kommune", "present"), ("Eli Sund", "Nordby kommune", "absent"),
        ("Per Dahl", "Sørby kommune", "present"), ("Siri Lie", "Sørby kommune", "present")]


_FOUR = [("Kari Holm", "Nordby", "present"), ("Per Dahl", "Sørby", "present"),
         ("Eli Sund", "Aby", "present"), ("Siri Lie", "Bby", "present")]


def test_a_list_set_in_two_columns_of_a_table_under_the_label():
    # each cell an entry "Name, Place": read cell by cell, row by row
    rows = [["Kari Holm, Nordby", "Per Dahl, Sørby"], ["Eli Sund, Aby", "Siri Lie, Bby"]]
    assert _docx_listed(["Til stede:"], rows) == _FOUR


def test_a_header_repeated_side_by_side_holds_two_people_a_row():
    rows = [["Navn", "Kommune", "Navn", "Kommune"], ["Kari Holm", "Nordby", "Per Dahl", "Sørby"],
            ["Eli Sund", "Aby", "Siri Lie", "Bby"]]
    assert _docx_listed(["Til stede:"], rows) == _FOUR


def test_a_label_cell_beside_two_cells_of_people_one_a_line():
    rows = [["Til stede:", "Kari Holm, Nordby\nPer Dahl, Sørby", "Eli Sund, Aby\nSiri Lie, Bby"],
            ["Forfall:", "Ola Berg, Cby", ""]]
    assert _docx_listed([], rows) == [*_FOUR, ("Ola Berg", "Cby", "absent")]


def test_a_label_cell_beside_names_and_their_places_line_by_line():
    rows = [["Til stede:", "Kari Holm\nPer Dahl", "Nordby\nSørby"], ["Forfall:", "Ola Berg", ""]]
    assert _docx_listed([], rows) == [*_FOUR[:2], ("Ola Berg", None, "absent")]


@pytest.mark.parametrize("label", ["Som vara møtte:", "Møtte som vara:",
                                   "Som varamedlemer møtte:"])
def test_a_label_on_the_deputies_who_came_with_the_verb_last_or_first(label):
    assert _listed(f"Møtte: Kari Holm, Per Dahl\n{label} Siri Lie for Eli Sund")[2:] == [
        ("Siri Lie", None, "member", "present", "for Eli Sund"),
        ("Eli Sund", None, "member", "absent", None)]


def test_a_sentence_on_one_member_s_forfall_with_whom_she_represents_in_brackets():
    assert _listed("Til stede: Kari Holm, Per Dahl\nEli Sund (Aby) hadde meldt forfall.")[2:] == [
        ("Eli Sund", "Aby", "member", "absent", None)]


def test_whom_one_present_for_an_item_came_from_in_brackets_is_kept():
    found = _listed("Til stede: Kari Holm, Per Dahl\n"
                    "Ola Berg (Statsforvalteren) deltok under sak 2.")
    assert found[2:] == [("Ola Berg", "Statsforvalteren", "guest", "partial",
                          "deltok under sak 2")]


@pytest.mark.parametrize(("sentence", "note"), [
    ("Ola Berg og Anne Vik deltok under sak 2.", "deltok under sak 2"),
    ("Ola Berg, Anne Vik og Siri Lie var til stede under sak 2.",
     "var til stede under sak 2"),
])
def test_everyone_a_partial_sentence_names_before_its_verb_shares_the_note(sentence, note):
    found = _listed(f"Til stede: Kari Holm, Per Dahl\n{sentence}")[2:]
    assert {(name, attendance, n) for name, _o, _r, attendance, n in found} == {
        (name, "partial", note) for name in ("Ola Berg", "Anne Vik", "Siri Lie")
        if name in sentence}


def test_i_tillegg_motte_with_the_items_at_the_end_is_said_of_everyone_it_names():
    assert _listed("Til stede: Kari Holm, Per Dahl\n"
                   "I tillegg møtte Ola Berg og Anne Vik under sak 2.")[2:] == [
        ("Ola Berg", None, "guest", "partial", "under sak 2"),
        ("Anne Vik", None, "guest", "partial", "under sak 2")]


def test_a_partial_sentence_after_a_sentence_naming_others_takes_no_one_else():
    # the names must open the sentence: "Styret takket Ola Berg og …" is no list
    found = _listed("Til stede: Kari Holm, Per Dahl\n"
                    "Styret takket Ola Berg og Anne Vik deltok under sak 2.")
    assert "Ola Berg" not in [name for name, *_rest in found]


def test_a_short_form_after_the_name_and_a_comma_in_brackets_is_left_out():
    assert _listed("Til stede: Kari Holm (Nordby kommune, NK), Per Dahl (KS Vestland)") == [
        ("Kari Holm", "Nordby kommune", "member", "present", None),
        ("Per Dahl", "KS Vestland", "member", "present", None)]


@pytest.mark.parametrize("words", [
    "(sekretær for styret)", "– sekretær for styret", ", styrets sekretær", "(styresekretær)",
    "(referent for møtet)"])
def test_a_writer_named_with_the_body_served_is_the_secretary(words):
    text = ("Protokoll fra styremøte\n\nDato: 9.12.2025\n\nTil stede: Bente Viken (leder), "
            f"Arild Haugland\nFra administrasjonen: Daglig leder Henning Bjørge {words}\n\n"
            "Sak 1/25 Budsjett\nBudsjettet ble godkjent.\n")
    people = parse_bytes(text.encode(), "styre.txt").participants
    assert (people[-1].name, people[-1].role) == ("Henning Bjørge", ParticipantRole.SECRETARY)


def test_a_leader_named_with_a_municipality_is_no_role_of_the_body():
    text = ("Protokoll fra styremøte\n\nDato: 9.12.2025\n\nTil stede: Bente Viken (leder), "
            "Arild Haugland\nFra administrasjonen: Ola Dahl (leder for Hol kommune)\n\n"
            "Sak 1/25 Budsjett\nBudsjettet ble godkjent.\n")
    people = parse_bytes(text.encode(), "styre.txt").participants
    assert people[-1].role == ParticipantRole.GUEST


@pytest.mark.parametrize("heading", ["Fylke", "Fylkeskommune", "Arbeidsplass"])
def test_a_county_column_before_the_names_is_whom_each_represents(heading):
    text = ("Referat fra nettverksmøte\n\nDato: 14.10.2025\n\nDeltakere\n\n"
            f"{heading:<18}Navn                Funksjon\n"
            "Trøndelag         Kristin Aune        Seniorrådgiver (møteleder)\n"
            "Nordland          Siri Bakken         Fagleder\n\n"
            "1. Godkjenning av dagsorden\nDagsorden ble godkjent.\n")
    people = parse_bytes(text.encode(), "nettverk.txt").participants
    assert [(p.name, p.organization, p.role) for p in people] == [
        ("Kristin Aune", "Trøndelag", ParticipantRole.CHAIR),
        ("Siri Bakken", "Nordland", ParticipantRole.MEMBER)]


@pytest.mark.parametrize(("line", "organization", "note"), [
    ("Revisor Pål Reksnes, Vestland Revisjon – sak 03/26 og 04/26", "Vestland Revisjon",
     "sak 03/26 og 04/26"),
    ("Kari Holm, Statens vegvesen – deltok på sak 2 og 3", "Statens vegvesen",
     "deltok på sak 2 og 3"),
])
def test_an_organisation_by_its_proper_name_then_a_dash_and_when_they_were_there(
        line, organization, note):
    [entry] = parse_people_list(line, ParticipantRole.GUEST, Attendance.PRESENT)
    assert (entry.organization, entry.attendance, entry.note) == (
        organization, Attendance.PARTIAL, note)


def test_english_attendance_labels_and_seats():
    # a Nordic cooperation's minutes: "Present:", "Apologies:", "Minutes taken by:"
    text = ("Minutes – Steering Group meeting\n\nDate: 24 April 2025\n\nPresent:\n"
            "Lars Dahl, Troms fylkeskommune (Chair)\nKristina Lind, Region Norrbotten\n\n"
            "Apologies:\nJukka Rantala, Lapin liitto\n\nMinutes taken by: Ingrid Sand\n\n"
            "1. Approval of the agenda\nThe agenda was approved.\n")
    record = parse_bytes(text.encode(), "minutes.txt")
    assert [(p.name, p.organization, p.role, p.attendance) for p in record.participants] == [
        ("Lars Dahl", "Troms fylkeskommune", ParticipantRole.CHAIR, Attendance.PRESENT),
        ("Kristina Lind", "Region Norrbotten", ParticipantRole.MEMBER, Attendance.PRESENT),
        ("Jukka Rantala", "Lapin liitto", ParticipantRole.MEMBER, Attendance.ABSENT),
        ("Ingrid Sand", None, ParticipantRole.SECRETARY, Attendance.PRESENT)]


def test_a_summary_s_who_bullet_lists_those_present():
    # "• Når: …" / "• Hvor: …" / "• Hvem: …": the people after "Hvem"
    text = ("Oppsummering – styremøte i Solbakken Vel\n\n• Når: 11. februar 2025\n"
            "• Hvor: Grendehuset\n• Hvem: Hilde Strand (leder), Jon Moen\n"
            "• Forfall: Ingrid Hammer\n\n1. Dugnad\nDugnaden ble lagt til mai.\n")
    record = parse_bytes(text.encode(), "oppsummering.txt")
    assert [(p.name, p.role, p.attendance) for p in record.participants] == [
        ("Hilde Strand", ParticipantRole.CHAIR, Attendance.PRESENT),
        ("Jon Moen", ParticipantRole.MEMBER, Attendance.PRESENT),
        ("Ingrid Hammer", ParticipantRole.MEMBER, Attendance.ABSENT)]


def test_a_job_in_lower_case_then_a_name_after_a_comma_is_a_person_of_their_own():
    # "…, kultursjef Ole Dahl under sak 2" is no note on the person before
    entries = parse_people_list("Siv Lie (sekretær), kultursjef Ole Bjarne Dahl under sak 2",
                                ParticipantRole.GUEST, Attendance.PRESENT)
    assert [(e.name, e.role, e.attendance, e.note) for e in entries] == [
        ("Siv Lie", ParticipantRole.SECRETARY, Attendance.PRESENT, None),
        ("Ole Bjarne Dahl", ParticipantRole.GUEST, Attendance.PARTIAL, "under sak 2")]


@pytest.mark.parametrize("job", ["Ungdomskontakt", "Miljøarbeider", "Ungdomsarbeidar"])
def test_a_youth_or_field_worker_s_title_is_no_part_of_the_name(job):
    [entry] = parse_people_list(f"{job} Sunniva Loftesnes", ParticipantRole.GUEST,
                                Attendance.PRESENT)
    assert entry.name == "Sunniva Loftesnes"


@pytest.mark.parametrize(("line", "name"), [
    ("Helse- og omsorgssjef Trine Myrvang (sak 9/25)", "Trine Myrvang"),
    ("Plan- og byggesaksleder Per Holm, Nordby kommune", "Per Holm"),
])
def test_a_compound_title_with_a_shared_first_part_is_no_part_of_the_name(line, name):
    [entry] = parse_people_list(line, ParticipantRole.GUEST, Attendance.PRESENT)
    assert entry.name == name


def test_a_meeting_role_in_brackets_in_the_organisation_column_gives_the_role():
    text = ("# Referat – Administrativ gruppe\n\n**Dato:** 9. september 2025\n\n"
            "| Navn | Kommune | Til stede |\n|---|---|---|\n| Tone Hansen | Sortland | x |\n"
            "| Lise Pedersen | Vesterålen regionråd (referent) | x |\n\n"
            "### 1. Dagsorden\nDagsorden godkjent.\n")
    record = parse_bytes(text.encode(), "referat.md")
    assert [(p.name, p.organization, p.role) for p in record.participants] == [
        ("Tone Hansen", "Sortland", ParticipantRole.MEMBER),
        ("Lise Pedersen", "Vesterålen regionråd", ParticipantRole.SECRETARY)]


def _listed(head: str, body: str = "") -> list[tuple]:
    """(name, organisation, role, attendance, note) of invented minutes: a head with the
    attendance lines, one item, and what the item says."""
    text = (f"Referat fra møte i Regionrådet for Nordfjell\n\nDato: 12.03.2026\n\n{head}\n\n"
            f"Sak 1/26 Godkjenning av innkalling\nInnkallingen ble godkjent.\n{body}")
    people = parse_bytes(text.encode(), "referat.txt").participants
    return [(p.name, p.organization, p.role, p.attendance, p.note) for p in people]


@pytest.mark.parametrize(("sentence", "org", "note"), [
    ("Ola Berg og Anne Vik fra Statsforvalteren deltok under sak 2.", "Statsforvalteren",
     "deltok under sak 2"),
    ("Ola Berg og Anne Vik frå Nordvik kommune var til stades under sak 3.", "Nordvik kommune",
     "var til stades under sak 3"),
    # (s69k) an agency by a region of two joined names
    ("Ola Berg og Anne Vik fra Statsforvalteren i Vestfold og Telemark deltok på Teams "
     "under sak 3.", "Statsforvalteren i Vestfold og Telemark", "deltok på Teams under sak 3")])
def test_everyone_named_before_fra_an_organisation_and_a_partial_verb_came_from_it(
        sentence, org, note):
    assert partial_sentences(sentence) == [("Ola Berg", org, note), ("Anne Vik", org, note)]


def test_people_from_an_organisation_present_for_one_item_are_its_guests_in_order():
    people = _listed("Til stede: Kari Holm (leder), Per Dahl",
                     "Tor Ivar Lien og Anniken Moe fra NVE deltok under denne saken.\n")
    assert people[2:] == [
        ("Tor Ivar Lien", "NVE", "guest", "partial", "deltok under denne saken"),
        ("Anniken Moe", "NVE", "guest", "partial", "deltok under denne saken")]


def test_an_absence_label_after_a_present_from_a_municipality_label_is_the_whole_body_s():
    people = _listed("Til stede fra Sørvik kommune: Per Lund og Eli Sæther\n"
                     "Ikke til stede: Trude Bakke (NFK)\nForfall: Arne Fjeld, Nordvik\n"
                     "Meldt forfall: Ingrid Holm")
    assert [(p[0], p[1], p[3]) for p in people] == [
        ("Per Lund", "Sørvik kommune", "present"), ("Eli Sæther", "Sørvik kommune", "present"),
        ("Trude Bakke", "NFK", "absent"), ("Arne Fjeld", "Nordvik", "absent"),
        ("Ingrid Holm", None, "absent")]


@pytest.mark.parametrize("dash", ["–", "-"])
def test_a_place_a_dash_and_several_people_is_the_place_of_them_all(dash):
    people = _listed(f"Til stede:\nSørvik {dash} Per Lund (ordfører), Eli Sæther (rådmann)\n"
                     "Austvik kommune – Kari Dahl og Jon Vik")
    assert [(p[0], p[1]) for p in people] == [
        ("Per Lund", "Sørvik"), ("Eli Sæther", "Sørvik"),
        ("Kari Dahl", "Austvik kommune"), ("Jon Vik", "Austvik kommune")]


def test_a_person_then_a_dash_and_a_place_is_no_place_heading():
    people = _listed("Til stede:\nPer Lund – Sørvik, leder\nKari Dahl – Austvik")
    assert [(p[0], p[1], p[2]) for p in people] == [
        ("Per Lund", "Sørvik", "chair"), ("Kari Dahl", "Austvik", "member")]


@pytest.mark.parametrize("line", ["Kari Holm, forfall. Vara: Eli Sund",
                                  "Kari Holm (forfall). Vara: Eli Sund",
                                  "Kari Holm (forfall), vara: Eli Sund",
                                  "Kari Holm (forfall), vara Eli Sund møtte"])
def test_a_deputy_in_a_sentence_of_its_own_after_the_member_s_forfall_took_her_seat(line):
    people = _listed(f"Til stede:\nOla Berg, leder\n{line}\nPer Lund")
    assert [(p[0], p[3], p[4]) for p in people] == [
        ("Ola Berg", "present", None), ("Kari Holm", "absent", None),
        ("Eli Sund", "present", "for Kari Holm"), ("Per Lund", "present", None)]


def test_forfall_under_mott_beside_a_deputy_leaves_the_seat_empty_and_keeps_the_leader():
    import docx

    rows = [["Medlem", "Vara", "Møtt"], ["Kari Holm (leder)", "Ola Berg", "Medlem"],
            ["Per Dahl", "Eli Sund", "Vara"], ["Siri Lie", "Tor Vik", "Forfall"]]
    document = docx.Document()
    for text in ["Referat fra styremøte", "Dato: 12.03.2024", "Oppmøte:"]:
        document.add_paragraph(text)
    table = document.add_table(rows=len(rows), cols=3)
    for row, cells in zip(table.rows, rows, strict=True):
        for cell, text in zip(row.cells, cells, strict=True):
            fill_cell(cell, [text])
    document.add_paragraph("Sak 1/24 Godkjenning av innkalling")
    people = parse_bytes(docx_bytes(document), "referat.docx").participants
    # (Tor Vik, the deputy beside "Forfall", did not come either: no participant)
    assert [(p.name, p.role, p.attendance, p.note) for p in people] == [
        ("Kari Holm", "chair", "present", None), ("Per Dahl", "member", "absent", None),
        ("Eli Sund", "member", "present", "for Per Dahl"),
        ("Siri Lie", "member", "absent", None)]


@pytest.mark.parametrize("sentence", ["Daglig leder Jorunn Halse deltok og skrev protokollen.",
                                      "Jorunn Halse møtte og førte referatet."])
def test_who_attended_and_wrote_the_minutes_is_the_secretary(sentence):
    people = _listed(f"Til stede: Kari Holm (leder), Per Dahl\n\n{sentence}")
    assert people[-1] == ("Jorunn Halse", None, "secretary", "present", None)


def test_a_secretariat_after_a_job_title_is_whom_the_person_works_for_not_a_person():
    found = parse_people_list("Nina Brandt, rådgiver Kontrollutvalgssekretariatet Midt",
                              ParticipantRole.SECRETARY, Attendance.PRESENT)
    assert [(e.name, e.organization) for e in found] == [
        ("Nina Brandt", "Kontrollutvalgssekretariatet Midt")]


@pytest.mark.parametrize("sentence", ["Fra Nordvik kommune møtte også rådgiver Jon Vik og Eva Lie.",
                                      "Frå Nordvik kommune møtte òg rådgjevar Jon Vik og Eva Lie."])
def test_a_group_that_also_came_with_a_title_before_the_first_name(sentence):
    people = _listed(f"Til stede: Kari Holm (leder), Per Dahl\n{sentence}")
    assert people[2:] == [("Jon Vik", "Nordvik kommune", "guest", "present", None),
                          ("Eva Lie", "Nordvik kommune", "guest", "present", None)]


@pytest.mark.parametrize("line", ["Forfall: Tor Aas (vara Eli Sund møtte ikke), Lise Moen",
                                  "Til stede: Tor Aas (forfall, vara Eli Sund møtte ikkje)",
                                  "Forfall: Tor Aas, vara Eli Sund møtte heller ikke"])
def test_a_deputy_who_did_not_come_either_is_not_present(line):
    """She is away too, beside the member whose seat she did not take (as on a "Vara: Eli
    Sund (ikke møtt)" line of her own under him)."""
    people = _listed(f"Til stede: Kari Holm (leder), Per Dahl\n{line}")
    assert [(p[0], p[3], p[4]) for p in people[2:]] == [
        ("Tor Aas", "absent", None), ("Eli Sund", "absent", None),
        *([("Lise Moen", "absent", None)] if "Lise" in line else [])]


def test_a_bracketed_forfall_and_the_deputy_after_it_concern_only_the_name_before():
    people = _listed("Til stede: Kari Holm (leder), Per Dahl, Tor Aas (forfall, vara Eli Sund "
                     "møtte)")
    assert [(p[0], p[3], p[4]) for p in people] == [
        ("Kari Holm", "present", None), ("Per Dahl", "present", None),
        ("Tor Aas", "absent", None), ("Eli Sund", "present", "for Tor Aas")]


@pytest.mark.parametrize("line", [
    "Mona Fjeld og Anne Vik (begge Statsforvalteren) deltok under sak 2.",
    "Fra Statsforvalteren deltok Mona Fjeld og Anne Vik under sak 2."])
def test_two_people_from_one_organisation_for_one_item_share_it_and_the_note(line):
    people = _listed(f"Til stede: Kari Holm (leder), Per Dahl\n{line}")
    assert [(p[0], p[1], p[2], p[3]) for p in people[2:]] == [
        ("Mona Fjeld", "Statsforvalteren", "guest", "partial"),
        ("Anne Vik", "Statsforvalteren", "guest", "partial")]
    assert people[2][4] == people[3][4] and "sak 2" in people[2][4]


@pytest.mark.parametrize("line", ["v/ kasserar Liv Moen", "ved kasserer Liv Moen"])
def test_a_presenter_line_of_its_own_under_a_heading_names_a_participant(line):
    record = parse_bytes(("Referat frå årsmøte\n\nDato: 10. mars 2025\n\nMøteleiar: Gudrun Vik\n\n"
                          "Sak 1 Konstituering\nGodkjend.\n\n"
                          f"Sak 2 Rekneskap\n{line}\nRekneskapen vart godkjend.\n").encode(),
                         "referat.txt")
    assert [(p.name, p.role, p.attendance) for p in record.participants] == [
        ("Gudrun Vik", ParticipantRole.CHAIR, Attendance.PRESENT),
        ("Liv Moen", ParticipantRole.GUEST, Attendance.PRESENT)]


@pytest.mark.parametrize("line", [
    "Til stede: Kari Dahl, Per Berg, Tor Aas – forfall, vara Eli Sund",
    "Til stede: Kari Dahl, Per Berg, Tor Aas (forfall), vara Eli Sund",
    "Til stede: Kari Dahl, Per Berg, Tor Aas, forfall, vara Eli Sund møtte",
    "Til stede: Kari Dahl og Per Berg\nForfall: Tor Aas. Vara Eli Sund møtte.",
    "Til stede: Kari Dahl, Per Berg\nForfall: Tor Aas. Varamedlem Eli Sund møtte."])
def test_one_member_away_and_the_deputy_in_the_seat_leave_the_others_present(line):
    assert [(p[0], p[3], p[4]) for p in _listed(line)] == [
        ("Kari Dahl", "present", None), ("Per Berg", "present", None),
        ("Tor Aas", "absent", None), ("Eli Sund", "present", "for Tor Aas")]


def test_a_deputy_s_sentence_after_several_absent_names_no_seat():
    people = _listed("Til stede: Kari Dahl\nForfall: Tor Aas, Liv Moe. Vara Eli Sund møtte.")
    assert [(p[0], p[3], p[4]) for p in people] == [
        ("Kari Dahl", "present", None), ("Tor Aas", "absent", None),
        ("Liv Moe", "absent", None), ("Eli Sund", "present", None)]


@pytest.mark.parametrize("signature", [
    "Siri Moe, referent", "Nordvik, 14.03.2026 – Siri Moe, referent",
    "14.03.2026, Siri Moe (ref.)", "Siri Moe / referent", "Siri Moe (referent)",
    "Nordvik 14. mars 2026\nSiri Moe (referent)"])
def test_the_writer_s_signature_closing_the_minutes_makes_the_secretary(signature):
    text = ("Referat fra styremøte\n\nDato: 14.03.2026\n\nTil stede: Kari Dahl, Per Berg\n\n"
            f"Sak 1/26 Godkjenning av innkalling\nInnkallingen ble godkjent.\n\n{signature}\n")
    record = parse_bytes(text.encode(), "referat.txt")
    assert [(p.name, p.role) for p in record.participants][2:] == [("Siri Moe", "secretary")]
    assert record.items[-1].text == "Innkallingen ble godkjent."


@pytest.mark.parametrize("render", [to_docx, to_odt, to_html, to_md, to_txt])
def test_boxes_beside_list_entries_in_a_table_without_a_header(render):
    doc = [("heading", "Referat fra møte i Åsen regionråd", 1), ("para", "Dato: 14.03.2026"),
           ("para", "Til stede:"),
           ("table", [("☑", "Kari Holm, Åsen kommune"), ("☐", "Per Dahl, Berg kommune"),
                      ("☑", "Liv Moe, Dal kommune (referent)")]),
           ("heading", "Sak 1/26 Godkjenning av innkalling", 2),
           ("para", "Innkallingen ble godkjent.")]
    ext = render.__name__.removeprefix("to_")
    people = parse_bytes(render(doc), f"referat.{ext}").participants
    assert [(p.name, p.organization, p.role, p.attendance) for p in people] == [
        ("Kari Holm", "Åsen kommune", "member", "present"),
        ("Per Dahl", "Berg kommune", "member", "absent"),
        ("Liv Moe", "Dal kommune", "secretary", "present")]


@pytest.mark.parametrize("render", [to_docx, to_odt, to_html, to_md])
def test_a_bold_organisation_over_bullets_of_people_is_whom_they_represent(render):
    doc = [("heading", "Referat fra dialogmøte om vannforsyning", 1),
           ("para", "Dato: 14.03.2026"), ("para", "Deltakere:"),
           ("bold", "Statsforvalteren i Vidda"),
           ("list", ["Hanne Moe, seniorrådgiver", "Arne Lie"], False),
           ("bold", "Mattilsynet"), ("list", ["Kari Dahl"], False),
           ("bold", "Medlemmer"), ("list", ["Siri Bø"], False),
           ("heading", "Sak 1/26 Godkjenning av innkalling", 2),
           ("para", "Innkallingen ble godkjent.")]
    ext = render.__name__.removeprefix("to_")
    people = parse_bytes(render(doc), f"referat.{ext}").participants
    assert [(p.name, p.organization) for p in people] == [
        ("Hanne Moe", "Statsforvalteren i Vidda"), ("Arne Lie", "Statsforvalteren i Vidda"),
        ("Kari Dahl", "Mattilsynet"), ("Siri Bø", None)]


@pytest.mark.parametrize(("label", "note"), [("Deltakere (Teams):", "Teams"),
                                             ("Til stede (digitalt):", "digitalt"),
                                             ("Deltakere (fysisk):", None)])
def test_a_channel_in_the_label_s_brackets_is_the_note_of_everyone_under_it(label, note):
    people = _listed(f"Deltakere (fysisk): Kari Holm (leder)\n{label}\nPer Dahl, NAV\n"
                     "Siv Lie, KS – fra sak 2")
    assert [(p[0], p[3], p[4]) for p in people] == [
        ("Kari Holm", "present", None), ("Per Dahl", "present", note),
        ("Siv Lie", "partial", "fra sak 2")]


@pytest.mark.parametrize("render", [to_docx, to_html])
def test_a_job_after_a_comma_in_the_organisation_column_is_no_part_of_it(render):
    doc = [("heading", "Referat fra møte i brukerrådet", 1), ("para", "Dato: 12.02.2026"),
           ("table", [("Navn", "Representerer", "Møtt"),
                      ("Kari Holm (leder)", "Pårørendeforeningen", "Ja"),
                      ("Tone Dahl", "Lia sykehjem, enhetsleder", "Ja"),
                      ("Per Bø", "Lia, Holm og Dal vel", "Ja")]),
           ("heading", "Sak 1/26 Godkjenning av innkalling", 2), ("para", "Godkjent.")]
    ext = render.__name__.removeprefix("to_")
    people = parse_bytes(render(doc), f"referat.{ext}").participants
    assert [(p.name, p.organization) for p in people] == [
        ("Kari Holm", "Pårørendeforeningen"), ("Tone Dahl", "Lia sykehjem"),
        ("Per Bø", "Lia, Holm og Dal vel")]


@pytest.mark.parametrize("line", [
    "Til stede: Kari Dahl, Per Berg, Tor Aas (forfall). Vara Eli Sund møtte.",
    "Til stades: Kari Dahl, Per Berg, Tor Aas (fråfall). Vara Eli Sund møtte.",
    "Til stades: Kari Dahl, Per Berg, Tor Aas – fråfall, vara Eli Sund",
    "Til stede: Kari Dahl, Per Berg\nForfall: Tor Aas. Eli Sund møtte som vara."])
def test_a_deputy_s_sentence_after_the_one_seat_said_away(line):
    assert [(p[0], p[3], p[4]) for p in _listed(line)] == [
        ("Kari Dahl", "present", None), ("Per Berg", "present", None),
        ("Tor Aas", "absent", None), ("Eli Sund", "present", "for Tor Aas")]


@pytest.mark.parametrize("label", ["Til stede:", "Styret var representert ved:"])
def test_the_board_by_seat_titles_with_an_absence_said_with_its_verb_in_brackets(label):
    people = _listed(f"{label}\nLeder Hege Ringstad\nKasserer Mona Eik\n"
                     "Styremedlem Lars Tofte (meldte forfall)\nStyremedlem Siv Eide "
                     "(hadde meldt forfall)")
    assert [(p[0], p[2], p[3]) for p in people] == [
        ("Hege Ringstad", "chair", "present"), ("Mona Eik", "member", "present"),
        ("Lars Tofte", "member", "absent"), ("Siv Eide", "member", "absent")]


@pytest.mark.parametrize("who", ["Tove Sand", "organisasjonsrådgiver Tove Sand"])
def test_one_who_came_from_an_organisation_as_an_observer_is_its_guest(who):
    people = _listed(f"Til stede: Kari Dahl, Per Berg\nFra Vestfjell idrettskrets møtte {who} "
                     "som observatør.")
    assert people[2][:4] == ("Tove Sand", "Vestfjell idrettskrets", "guest", "present")


@pytest.mark.parametrize("line", [
    "Tegnspråktolk: Eva Lunde", "Tolk: Eva Lunde", "Eva Lunde, tegnspråktolk",
    "Eva Lunde (skrivetolk)",
])
def test_an_interpreter_is_a_guest_who_represents_no_one(line):
    text = ("Referat fra møte i rådet\nDato: 14.10.2025\n\n"
            f"Til stede: Hilde Rustad (leder), Kari Nygård\n{line}\n\n"
            "Sak 1/25 Innkalling\nGodkjent.\n")
    people = parse_bytes(text.encode(), "rad.txt").participants
    assert (people[-1].name, people[-1].organization, people[-1].role) == (
        "Eva Lunde", None, ParticipantRole.GUEST)


@pytest.mark.parametrize(("label", "secretary_label"), [
    ("Møteleder", "Referent"), ("Møteleiar", "Skrivar"), ("Dirigent", "Referent")])
def test_the_chair_labelled_on_a_line_of_the_constitution_item_is_a_participant(
        label, secretary_label):
    text = ("Protokoll frå årsmøte i Elvedalen vel\n\nDato: 12. mars 2026\n\n"
            "Til stede: 23 medlemmer\n\nSak 1 Konstituering\n"
            f"{label}: Kari Holm\n{secretary_label}: Per Lie\n"
            "Innkallinga vart godkjend.\n\nSak 2 Årsmelding\nGodkjend.\n")
    people = parse_bytes(text.encode(), "arsmote.txt").participants
    assert [(p.name, p.role) for p in people] == [
        ("Kari Holm", ParticipantRole.CHAIR), ("Per Lie", ParticipantRole.SECRETARY)]


@pytest.mark.parametrize("deputy_label", ["Varamedlem", "Vara"])
def test_a_deputy_labelled_after_an_absence_who_came_takes_the_absent_seat(deputy_label):
    text = ("Referat fra styremøte i Granlia borettslag\n\nDato: 5. mai 2026\n\n"
            "Til stede: Kari Holm (leder), Per Lie\n"
            f"Forfall: Tor Aas. {deputy_label}: Eli Sund møtte.\n\n"
            "Sak 1 Vedlikehold\nTaket skal males.\n")
    people = parse_bytes(text.encode(), "styre.txt").participants
    assert [(p.name, p.attendance, p.note) for p in people[2:]] == [
        ("Tor Aas", "absent", None), ("Eli Sund", "present", "for Tor Aas")]


def test_the_one_who_led_the_meeting_is_its_chair_not_the_leader_by_title():
    text = ("Referat fra møte i regionrådet\n\nDato: 7. mai 2026\n\nTil stede:\n"
            "Kari Holm, Åsen kommune (leder av regionrådet)\nPer Lie, Vik kommune\n"
            "Anne Berg, Dal kommune\n\nMøtet ble ledet av Per Lie.\n\n"
            "Sak 1 Samferdsel\nDrøftet.\n")
    people = parse_bytes(text.encode(), "regionrad.txt").participants
    assert [(p.name, p.role) for p in people] == [
        ("Kari Holm", ParticipantRole.MEMBER), ("Per Lie", ParticipantRole.CHAIR),
        ("Anne Berg", ParticipantRole.MEMBER)]


@pytest.mark.parametrize("self_word", ["meg", "undertegnede"])
def test_the_writer_of_a_mailed_summary_who_says_me_among_those_present_attended(self_word):
    text = ("Fra: Tove Hansen <tove.hansen@example.no>\nTil: Arbeidsgruppa\n"
            "Emne: Referat fra møtet i arbeidsgruppa 3. februar 2026\n\nHei alle,\n\n"
            f"Til stede var Kari Nes, Per Dahl og {self_word}.\n\n"
            "Sak 1 Budsjett\nVi gikk gjennom budsjettet.\n\nHilsen\nTove (sekretær)\n")
    people = parse_bytes(text.encode(), "epost.txt").participants
    assert [(p.name, p.role) for p in people] == [
        ("Kari Nes", ParticipantRole.MEMBER), ("Per Dahl", ParticipantRole.MEMBER),
        ("Tove Hansen", ParticipantRole.SECRETARY)]


def test_me_in_a_list_without_a_mail_s_sender_names_no_one():
    text = ("Referat fra møtet i arbeidsgruppa\n\nDato: 3. februar 2026\n\n"
            "Til stede var Kari Nes, Per Dahl og meg.\n\n"
            "Sak 1 Budsjett\nVi gikk gjennom budsjettet.\n")
    people = parse_bytes(text.encode(), "notat.txt").participants
    assert [p.name for p in people] == ["Kari Nes", "Per Dahl"]


def test_a_first_name_signing_as_secretary_is_the_listed_person_of_that_name():
    text = ("Referat fra møtet i arbeidsgruppa\n\nDato: 3. februar 2026\n\n"
            "Til stede: Kari Nes, Per Dahl og Tove Hansen\n\n"
            "Sak 1 Budsjett\nVi gikk gjennom budsjettet.\n\nMed hilsen\nTove, referent\n")
    people = parse_bytes(text.encode(), "notat.txt").participants
    assert [p.role for p in people] == [
        ParticipantRole.MEMBER, ParticipantRole.MEMBER, ParticipantRole.SECRETARY]


def test_a_deputy_after_one_absent_with_the_place_they_represent_takes_that_seat():
    text = ("Referat fra møte i regionrådet\n\nDato: 22. april 2026\n\n"
            "Til stede: Kari Holm, Åsen kommune; Per Lie, Vik kommune\n"
            "Forfall: Tor Aas, Dal kommune. Vara Eli Sund møtte.\n\n"
            "Sak 1 Samferdsel\nDrøftet.\n")
    people = parse_bytes(text.encode(), "regionrad.txt").participants
    assert [(p.name, p.organization, p.attendance, p.note) for p in people[2:]] == [
        ("Tor Aas", "Dal kommune", "absent", None),
        ("Eli Sund", "Dal kommune", "present", "for Tor Aas")]


def test_a_place_s_group_after_a_list_of_who_stayed_away_is_who_came_from_there():
    text = ("Møtebok for regionrådet\n\nDato: 6. mai 2026\n\nMøtte:\n"
            "Kari Holm, Åsen kommune\nPer Lie, Vik kommune\n\nMøtte ikkje:\n"
            "Tor Aas, Dal kommune\nFrå Dal kommune: Eli Sund\n\nSak 1 Samferdsel\nDrøfta.\n")
    people = parse_bytes(text.encode(), "regionrad.txt").participants
    assert [(p.name, p.organization, p.attendance) for p in people[2:]] == [
        ("Tor Aas", "Dal kommune", "absent"), ("Eli Sund", "Dal kommune", "present")]


def test_a_group_heading_alone_after_a_list_of_who_stayed_away_is_who_came():
    # "Fra IKT Vest-Telemark:" on its own line over its people, after "Forfall:": the
    # absences are over, as with the group and its names on one line; the group is the
    # staff of the cooperation the steering group serves, no members of it
    text = ("Referat fra styringsgruppen for IKT Vest-Telemark\n\nDato: 12. februar 2026"
            "\n\nTil stede:\nOlav Tveito, Seljord kommune\n\nForfall:\n"
            "Knut Rui, Vinje kommune\n\nFra IKT Vest-Telemark:\n"
            "Eirik Lunde, IKT-leder (referent)\nMarit Solberg, rådgiver\n\n"
            "Sak 1 Samferdsel\nDrøftet.\n")
    people = parse_bytes(text.encode(), "referat.txt").participants
    assert [(p.name, p.organization, p.role, p.attendance) for p in people] == [
        ("Olav Tveito", "Seljord kommune", "member", "present"),
        ("Knut Rui", "Vinje kommune", "member", "absent"),
        ("Eirik Lunde", "IKT Vest-Telemark", "secretary", "present"),
        ("Marit Solberg", "IKT Vest-Telemark", "guest", "present")]


def test_an_absence_list_written_by_places_from_its_start_stays_one():
    text = ("Møtebok for regionrådet\n\nDato: 6. mai 2026\n\nMøtte:\n"
            "Kari Holm, Åsen kommune\n\nMøtte ikkje:\nFrå Dal kommune: Tor Aas\n"
            "Frå Vik kommune: Per Lie\n\nSak 1 Samferdsel\nDrøfta.\n")
    people = parse_bytes(text.encode(), "regionrad.txt").participants
    assert [p.attendance for p in people] == ["present", "absent", "absent"]


@pytest.mark.parametrize("principal", ["Tor Aas, rektor", "rektor Tor Aas", "Tor Aas (inspektør)"])
def test_the_school_s_leader_at_the_parents_council_is_a_guest(principal):
    text = ("Referat fra FAU-møte ved Haugen skole\n\nDato: 8. mai 2026\n\n"
            f"Til stede: Kari Holm (leder), Per Lie, Anne Berg, {principal}\n\n"
            "Sak 1 Skoleavslutning\nDrøftet.\n")
    people = parse_bytes(text.encode(), "fau.txt").participants
    assert [(p.name, p.role) for p in people] == [
        ("Kari Holm", ParticipantRole.CHAIR), ("Per Lie", ParticipantRole.MEMBER),
        ("Anne Berg", ParticipantRole.MEMBER), ("Tor Aas", ParticipantRole.GUEST)]


def test_the_principal_in_a_cooperation_committee_s_list_keeps_a_member_s_seat():
    text = ("Referat fra møte i samarbeidsutvalget ved Haugen skole\n\nDato: 8. mai 2026\n\n"
            "Til stede: Kari Holm (leder), Per Lie, Tor Aas, rektor\n\n"
            "Sak 1 Skoleruta\nDrøftet.\n")
    people = parse_bytes(text.encode(), "su.txt").participants
    assert people[-1].role == ParticipantRole.MEMBER


@pytest.mark.parametrize("cells", [("Medlem", "Kari Holm (gjekk etter sak 5)"),
                                   ("Medlem", "Per Lie, vara for Tor Aas")])
def test_a_seat_row_whose_person_has_a_note_is_no_column_heading(cells):
    assert table_columns(cells) is None


@pytest.mark.parametrize("label", ["Forfall hadde", "Fråvær hadde"])
def test_an_absence_label_with_its_verb_lists_who_stayed_away(label):
    text = ("Møtebok for ungdomsrådet\nDato: 12. februar 2026\n\n"
            f"Desse møtte: Emma Lie (leiar), Jonas Vik\n{label}: Nora Dahl og Olav Strand\n\n"
            "Sak 1/26 Ungdomskveld\nDrøfta.\n")
    people = parse_bytes(text.encode(), "ungdomsrad.txt").participants
    assert [p.attendance for p in people] == ["present", "present", "absent", "absent"]


@pytest.mark.parametrize(("line", "role"), [
    ("Liv Sand, enhetsleder hjemmetjenesten", "guest"),
    ("Enhetsleder Liv Sand, Nordby kommune", "guest"),
    ("kommunalsjef Liv Sand", "guest"),
    ("Liv Sand (seniorrådgiver)", "guest"),
    ("Liv Sand, Nordby kommune", "member"),
    ("Ordfører Liv Sand, Nordby kommune", "member"),
    ("Liv Sand, gruppeleder Ap", "member"),
    ("Liv Sand, leder", "chair"),
])
def test_the_administration_listed_with_an_elected_body_are_guests(line, role):
    """At an elected body (a regionråd) one listed by an administration job serves it."""
    people = _listed(f"Til stede:\nPer Lie, Sørby kommune\n{line}")
    assert [(p[0], p[2]) for p in people] == [("Per Lie", "member"), ("Liv Sand", role)]


def test_the_members_label_keeps_the_jobs_of_an_elected_body_s_members():
    """ "Møtende medlemmer:" names the members, whatever jobs they are listed by."""
    people = _listed("Møtende medlemmer:\nPer Lie, Sørby kommune\nLiv Sand, rådgiver")
    assert [p[2] for p in people] == ["member", "member"]


def test_a_network_of_officials_keeps_its_members_jobs():
    """A network or group of officials lists its members by their jobs: members."""
    text = ("Referat fra møte i Regionrådets nettverk for helse\n\nDato: 12.03.2026\n\n"
            "Til stede:\nPer Lie, kommunalsjef, Sørby kommune\nLiv Sand, enhetsleder\n\n"
            "Sak 1/26 Godkjenning av innkalling\nInnkallingen ble godkjent.\n")
    people = parse_bytes(text.encode(), "referat.txt").participants
    assert [p.role for p in people] == ["member", "member"]


@pytest.mark.parametrize(("body", "role"), [("Vestdal regionråd", "guest"),
                                             ("Vestdal nettverk for helse", "member")])
def test_an_administration_job_in_a_table_s_role_column(body, role):
    """ "| Eva Dahl | kommunalsjef | Vestdal |" in a regionråd's table serves the body; in
    a network of officials the same row is a member's."""
    text = (f"# Referat frå møte i {body}\n\n**Dato:** 12.03.2026\n\n"
            "| Namn | Funksjon | Kommune | Til stades |\n|---|---|---|---|\n"
            "| Per Lie | ordførar | Vestdal | x |\n| Eva Dahl | kommunalsjef | Vestdal | x |\n\n"
            "## Sak 1/26 Godkjenning av innkalling\n\nGodkjend.\n")
    people = parse_bytes(text.encode(), "referat.md").participants
    assert [(p.name, p.role) for p in people] == [("Per Lie", "member"), ("Eva Dahl", role)]


@pytest.mark.parametrize(("line", "org"), [
    ("Siv Lund, assisterende kommunedirektør, Nordby kommune", "Nordby kommune"),
    ("Siv Lund, kst. kommunedirektør", None),
    ("Siv Lund, fungerende rådmann", None),
])
def test_an_acting_job_is_a_job_not_an_organisation(line, org):
    """ "kst. kommunedirektør" is a job held for a while: no organisation, and at the
    regionråd of _listed the administration's guest."""
    people = _listed(f"Til stede:\nPer Lie, Sørby kommune\n{line}")
    assert people[1][:3] == ("Siv Lund", org, "guest")


@pytest.mark.parametrize("written, name", [
    ("Førstelektor Jonas Aas", "Jonas Aas"),
    ("seniorforsker Eva Li", "Eva Li"),
    ("Professor emeritus Per Dahl", "Per Dahl"),
    ("Universitetslektor Siri Lund", "Siri Lund"),
    ("Kari Lektor Holm", "Kari Lektor Holm"),  # a name with such a word inside keeps it
    # (s70l) a faculty's head in a university's forum with the municipalities
    ("Dekan Marit Solberg", "Marit Solberg"),
    ("prodekan Eva Li", "Eva Li"),
])
def test_a_researchers_rank_before_a_name_is_a_title(written: str, name: str) -> None:
    from motebok.extract.participants import tidy_name
    assert tidy_name(written) == name


@pytest.mark.parametrize("sentence", [
    "Samlingen ble ledet av Marit Eide (Senja kommune).",
    "Seminaret vart leia av Marit Eide (Senja kommune).",
    "Nettverksmøtet ble ledet av Marit Eide (Senja kommune).",
    # the day of a seminar, and her municipality after a comma
    "Dagen ble ledet av nettverkskoordinator Marit Eide (Senja kommune).",
    "Fagdagen ble ledet av koordinator Marit Eide, Senja kommune.",
    # what else the sentence says of the gathering comes first
    "Samlingen samlet 40 deltakere fra ti kommuner og ble ledet av Marit Eide, Senja kommune.",
])
def test_a_gathering_led_by_names_its_chair(sentence: str) -> None:
    text = ("Oppsummering fra fagsamling\nDato: 3. mars 2025\n\n"
            f"{sentence}\n\n1. Rekruttering\nDet ble enighet om en kampanje.\n")
    record = parse_bytes(text.encode(), "samling.txt")
    people = [(p.name, p.organization, p.role) for p in record.participants]
    assert ("Marit Eide", "Senja kommune", "chair") in people


@pytest.mark.parametrize(("body", "role"), [
    ("Kommunedirektørutvalet i Vestdal", "member"),
    ("Rådmannsgruppa i Vestdal", "member"),
    ("Vestdal regionråd", "guest"),
])
def test_a_chief_executive_is_a_member_of_the_chief_executives_own_body(body, role):
    """ "Stryn kommune: kommunedirektør Per Lie" serves a regionråd (a guest) but sits in
    the kommunedirektørutval or rådmannsgruppe as one of its members."""
    text = (f"Referat frå møte i {body}\n\nDato: 12.03.2026\n\nTil stades:\n"
            "Nordby kommune: ordførar Eli Sand, kommunedirektør Per Lie\n"
            "Sørby kommune: kommunedirektør Tone Aas\n\n"
            "Sak 1/26 Godkjenning av innkalling\nGodkjend.\n")
    people = parse_bytes(text.encode(), "referat.txt").participants
    assert [(p.name, p.role) for p in people if p.name != "Eli Sand"] == \
        [("Per Lie", role), ("Tone Aas", role)]


def test_kommune_groups_run_together_on_one_line_keep_their_people():
    """ "Nordby kommune: ordfører A, rådmann B, Sørby kommune: ordfører C": the second
    label starts the next kommune's group, it is no organisation of B."""
    people = _listed("Til stede:\nNordby kommune: ordfører Eli Sand, ordfører Per Lie, "
                     "Sørby kommune: ordfører Tone Aas")
    assert [p[:2] for p in people] == [("Eli Sand", "Nordby kommune"),
                                       ("Per Lie", "Nordby kommune"),
                                       ("Tone Aas", "Sørby kommune")]


@pytest.mark.parametrize(("line", "guest"), [
    ("Enhetsleder Kjersti Vik", True),
    ("Kjersti Vik, kommunalsjef helse", True),
    ("Kjersti Vik (kst. rådmann)", True),
    ("Kari N., rådgiver", True),
    ("Kjersti Vikesland, rådgiver", False),
    ("Kjersti Vik, ordfører", False),
])
def test_an_administration_job_next_to_the_name_only(line, guest):
    """The job is read right before or right after the name as a whole word: "Kari N.,
    rådgiver" too, while "Kjersti Vik" is not the start of "Kjersti Vikesland"."""
    from motebok.extract.participants import administration_named

    name = line.split(",")[0].split(" (")[0].removeprefix("Enhetsleder ")
    assert administration_named(line, "Kjersti Vik" if "Vikesland" in line else name) is guest


def assert_linear(parse: Callable[[int], object]) -> None:
    """Input four times as long costs at most about four times the CPU: a step that reads
    the whole input once per piece of it (quadratic) costs sixteen times. A ratio of CPU
    times in one process, after a warm-up, holds on a loaded machine where a time limit
    would not; the best of three runs of each size takes out the machine's noise."""
    parse(250)  # compile patterns and fill caches outside the measured runs

    def cpu(size: int) -> float:
        runs = []
        for _ in range(3):
            started = time.process_time()
            parse(size)
            runs.append(time.process_time() - started)
        return min(runs)

    small, large = cpu(1000), cpu(4000)
    assert large <= 9 * small + 0.05, f"4x the input took {large / max(small, 1e-9):.1f}x the CPU"


@pytest.mark.parametrize("body", ["Eldrerådet i Nordby", "FAU ved Nordby skole"])
def test_a_list_pasted_as_one_long_line_is_read_in_linear_time(body):
    """Thousands of names on one line (a list pasted without its line breaks) at an
    elected or a parents' body: each name's title is looked for next to it, so the line
    is read in well under a second, not in minutes (a search of the whole line per name)."""
    names = [f"{first} {last}" for first in ("Kari", "Ola", "Per", "Liv", "Anne", "Tor")
             for last in ("Berg", "Dahl", "Lie", "Moe", "Aas", "Vik", "Haug", "Lund")]

    def minutes(size: int) -> bytes:
        line = ", ".join(f"{names[i % len(names)]}{', rektor' if i % 7 == 0 else ''}"
                         for i in range(size))
        return (f"Referat fra møte i {body}\n\nDato: 12.03.2026\n\nTil stede:\n{line}\n\n"
                "Sak 1/26 Godkjenning av innkalling\nInnkallingen ble godkjent.\n").encode()

    assert_linear(lambda size: parse_bytes(minutes(size), "referat.txt"))
    assert len(parse_bytes(minutes(4000), "referat.txt").participants) == len(names)


def test_a_ruled_line_under_the_list_label_is_read_in_linear_time():
    """A ruled line of thousands of dashes under "Deltakere:" (or a list line padded with
    spaces) is split at its dashes in one pass: a dash separator is tried only where a
    run of spaces or dashes starts, not from every character of the run to its end."""
    for mark in ("–", " "):
        def minutes(size: int, mark: str = mark) -> bytes:
            return ("Referat fra møte i Helsenettverket\n\nDato: 12.03.2026\n\nDeltakere:\n"
                    f"{mark * 5 * size}\nKari Holm\nPer Dahl\n\n"
                    "Sak 1/26 Godkjenning av innkalling\nInnkallingen ble godkjent.\n").encode()

        assert_linear(lambda size, minutes=minutes: parse_bytes(minutes(size), "referat.txt"))
        people = parse_bytes(minutes(4000), "referat.txt").participants
        assert "Per Dahl" in [p.name for p in people]


@pytest.mark.parametrize("body, role", [
    ("kommunestyret i Sørvik", "chair"), ("formannskapet i Sørvik", "chair"),
    ("regionrådet for Sørvik og Nordvik", "member"),
])
def test_the_mayor_in_brackets_chairs_only_a_council_the_mayor_leads(body, role):
    # "(ordfører)" after a name: the chair of the kommunestyre and formannskap by law, one
    # member among others in a regional council of several mayors
    text = (f"Protokoll fra møte i {body}\n\nMøtedato: 3. mars 2026\n\n"
            "Til stede: Per Lund (ordfører), Eva Rud (Sp, ordfører), Jon Sand\n\n"
            "Sak 1/26 Budsjett\nBudsjettet ble vedtatt.\n")
    people = parse_bytes(text.encode(), "p.txt").participants
    roles = {p.name: p.role for p in people}
    # (two mayors in one list: none of them is taken for the chair)
    assert roles["Per Lund"] == ParticipantRole.MEMBER.value
    one = text.replace(" (Sp, ordfører)", " (Sp)")
    people = parse_bytes(one.encode(), "p.txt").participants
    assert {p.name: p.role for p in people}["Per Lund"] == role


def test_a_mayor_named_first_in_a_council_list_chairs_it():
    """"Ordførar Gunnar Sletten (SP)" in a kommunestyre's comma list chairs it, as the
    seat "Ordførar" does in a seat table; at a regional council each municipality's
    mayor is one member among others."""
    def people(body: str, names: str):
        text = (f"Møteprotokoll\n{body}\nDato: 12.03.2026\n\nTil stades: {names}\n\n"
                "Sak 1/26 Eventuelt\nIngen saker.\n")
        return [(p.name, p.role) for p in parse_bytes(text.encode(), "p.txt").participants]

    assert people("Kommunestyret", "Ordførar Gunnar Sletten (SP), Turid Heggheim (AP)") == [
        ("Gunnar Sletten", "chair"), ("Turid Heggheim", "member")]
    assert people("Regionrådet", "Ordfører Kari Holm (Nordby), Ordfører Per Lie (Sørby)") == [
        ("Kari Holm", "member"), ("Per Lie", "member")]


@pytest.mark.parametrize("seat", ["Tilsette sin representant", "Tilsettrepresentant",
                                  "Dei tilsette sin repr.", "De ansattes representant"])
def test_the_staffs_seat_in_a_padded_seat_table_is_a_member_and_no_organisation(seat):
    """The staff's board member's seat, nynorsk or bokmål, written as the seat column of a
    table padded with spaces, is a member's seat, not whom the member represents."""
    text = ("Referat frå styremøte i Vestfjord brann og redning IKS\n\n"
            "Tid: 17.02.2026 kl. 13.00\n\nMøtande medlemmer:\n"
            "Styreleiar       Jorunn Hestad\n"
            f"{seat}   Ove Hjelmeland\n\n"
            "Sak 04/26 Årsmelding 2025\nVedtak: Styret godkjenner årsmeldinga.\n")
    people = {p.name: p for p in parse_bytes(text.encode(), "referat.txt").participants}
    assert people["Ove Hjelmeland"].organization is None
    assert people["Ove Hjelmeland"].role == ParticipantRole.MEMBER.value


def test_a_seat_at_a_place_then_the_next_name_after_a_comma():
    """"…, ordfører i Nordby Jon Berg": the seat and place are the next person's."""
    found = parse_people_list("Tone Lie, ordfører i Nordby Jon Berg, Siri Moe",
                              ParticipantRole.MEMBER, Attendance.PRESENT)
    assert [(e.name, e.organization) for e in found] == [
        ("Tone Lie", None), ("Jon Berg", "Nordby"), ("Siri Moe", None)]
    kept = parse_people_list("Tone Lie, ordfører i Nordby, Siri Moe",
                             ParticipantRole.MEMBER, Attendance.PRESENT)
    assert [(e.name, e.organization) for e in kept] == [("Tone Lie", "Nordby"), ("Siri Moe", None)]


@pytest.mark.parametrize(("opening", "expected"), [
    ("Styreleder Randi Sæther ønsket velkommen.", [("Randi Sæther", "chair")]),
    ("Leiar Randi Sæther opna møtet.", [("Randi Sæther", "chair")]),
    ("Randi Sæther ønsket velkommen.", []),  # no chair's title: perhaps only the host
    ("Styreleder Randi Sæther har sendt søknaden.", []),  # another verb
])
def test_a_titled_chair_opening_the_first_item(opening, expected):
    text = (f"Referat fra styremøte 3. mars 2026\n\nTil stede: Tone Lie, Siri Moe\n\n"
            f"Sak 1 Velkommen\n{opening}\n\nSak 2 Økonomi\nTatt til orientering.\n")
    people = parse_bytes(text.encode(), "styre.txt").participants
    assert [(p.name, p.role) for p in people][2:] == expected


def test_a_titled_opening_adds_no_second_chair():
    text = ("Referat fra styremøte 3. mars 2026\n\nTil stede: Tone Lie (leder), Siri Moe\n\n"
            "Sak 1 Velkommen\nStyreleder Randi Sæther ønsket velkommen.\n\n"
            "Sak 2 Økonomi\nTatt til orientering.\n")
    people = parse_bytes(text.encode(), "styre.txt").participants
    assert [p.name for p in people] == ["Tone Lie", "Siri Moe"]


def test_a_titled_seat_at_a_place_before_its_name_then_another_person():
    """"Ordfører i Nordby Jon Berg, Siri Moe": two people, not Siri Moe of "Nordby Jon
    Berg" (as "Ordførar i Ullensvang, Kari Nes" is one person at her seat)."""
    text = ("Referat fra møte i regionrådet\n\nDato: 5. februar 2026\n\n"
            "Til stede: Ordfører i Nordby Jon Berg, Siri Moe\n\nSak 1 Referat\nGodkjent.\n")
    people = parse_bytes(text.encode(), "rr.txt").participants
    assert [p.name for p in people] == ["Jon Berg", "Siri Moe"]
    assert people[1].organization is None


def test_a_titled_seat_at_a_place_gives_the_person_the_place():
    """"Ordfører i Nordby Jon Berg" first in a list: he represents Nordby."""
    text = ("Referat fra møte i regionrådet\n\nDato: 5. februar 2026\n\n"
            "Til stede: Ordfører i Nordby Jon Berg, Siri Moe\n\nSak 1 Referat\nGodkjent.\n")
    people = parse_bytes(text.encode(), "rr.txt").participants
    assert [(p.name, p.organization) for p in people] == [("Jon Berg", "Nordby"),
                                                          ("Siri Moe", None)]


def test_items_first_then_who_came_after_another_guest_under_andre():
    # "Andre: … i sak 14/25. Under sak 15/25 deltok Eva Ruud frå KS.": the second sentence
    # starts after the case number's full stop, and names a guest for that item
    text = ("Protokoll frå møte i Fjellnes regionråd\nMøtedato: 4. april 2025\n\n"
            "Møtande medlemer: Jorunn Li (leiar), Magne Bø.\n"
            "Andre: Lars Berg (Statsforvaltaren i Vestland) orienterte i sak 14/25. "
            "Under sak 15/25 deltok Eva Ruud frå KS.\n"
            "Referent: Ola Myr\n\nSak 15/25 Arbeidsgjevarpolitikk\nIngen merknader.\n")
    people = parse_bytes(text.encode(), "referat.txt").participants
    assert [p.name for p in people] == ["Jorunn Li", "Magne Bø", "Lars Berg", "Eva Ruud",
                                        "Ola Myr"]
    guest = people[3]
    assert (guest.organization, guest.role, guest.attendance, guest.note) == \
        ("KS", ParticipantRole.GUEST, Attendance.PARTIAL, "Under sak 15/25")


@pytest.mark.parametrize(("written", "name"), [
    # a place of two words before a name of three: the second word is no first name
    ("kommunedirektør i Nordre Land Kari Anne Holm", "Kari Anne Holm"),
    ("Rådgiver i Indre Østfold Eva Li", "Eva Li"),
    # a place of one word: a double first name stays whole
    ("rådgiver i Nordby Kari Anne Holm", "Kari Anne Holm"),
    ("Daglig leder i Grenlandssamarbeidet Karianne Resare", "Karianne Resare"),
])
def test_title_at_a_place_of_two_words_before_the_name(written: str, name: str) -> None:
    from motebok.extract.participants import tidy_name
    assert tidy_name(written) == name


@pytest.mark.parametrize("written", [
    "Per Moe – lærerrepresentant", "Per Moe (lærerrepresentant)", "Per Moe, lærerrepresentant",
    "Per Moe (foreldrerepresentant)", "Per Moe – elevrepresentant", "Per Moe (representant)",
    "Per Moe (vararepresentant)", "Per Moe – brukarrepresentant",
])
def test_a_seat_by_whom_it_stands_for_is_a_member_not_an_organisation(written: str) -> None:
    # a samarbeidsutvalg's or råd's seat named after the group it stands for
    [person] = parse_people_list(written, None, Attendance.PRESENT)
    assert (person.name, person.organization, person.role) == \
        ("Per Moe", None, ParticipantRole.MEMBER)


@pytest.mark.parametrize("seat", ["vararepresentant", "varamedlem", "vara"])
def test_a_dashed_deputy_seat_names_whom_the_deputy_came_for(seat: str) -> None:
    [person] = parse_people_list(f"Fredrik Solum – {seat} for Siri Aune", None,
                                 Attendance.PRESENT)
    assert (person.name, person.organization, person.note) == \
        ("Fredrik Solum", None, "for Siri Aune")


def test_a_title_abbreviation_before_a_name_ends_no_sentence_in_a_list() -> None:
    # "Møteleder: dr. Per Moe": the full stop is the title's, the name follows it
    text = ("Referat fra møte i styret\n\nDato: 9.9.2025\n\nMøteleder: dr. Per Moe\n"
            "Til stede: prof. Eva Li, Kari Holm\nReferent: Siv Dahl\n\nSak 1 Test\n"
            "Godkjent.\n")
    people = parse_bytes(text.encode(), "referat.txt").participants
    assert [(p.name, p.role) for p in people] == [
        ("Per Moe", ParticipantRole.CHAIR), ("Eva Li", ParticipantRole.MEMBER),
        ("Kari Holm", ParticipantRole.MEMBER), ("Siv Dahl", ParticipantRole.SECRETARY)]


@pytest.mark.parametrize("mark", ["Møtt", "X", "møtt", "Til stede"])
def test_a_padded_seat_rows_presence_mark_is_no_organisation(mark: str) -> None:
    # "Leder   Ola Nordmann   Møtt": the label takes the seat, the mark only says he came
    [person] = parse_people_list(f"Arne Bakke\t{mark}", None, Attendance.PRESENT)
    assert (person.name, person.organization, person.attendance) == \
        ("Arne Bakke", None, Attendance.PRESENT)


def test_a_row_of_seat_person_and_mark_is_no_table_heading() -> None:
    # "Medlem | Hans Li | Møtt": "Medlem" and "Møtt" are column words, but a person's name
    # between them makes it a row
    assert table_columns(("Medlem", "Hans Li", "Møtt")) is None
    assert table_columns(("Navn", "Rolle", "Møtt")) == {0: "name", 1: "role", 2: "present"}


@pytest.mark.parametrize(("written", "expected"), [
    ("Per Moe – KS; Siv Lie – NAV", [("Per Moe", "KS"), ("Siv Lie", "NAV")]),
    ("Kari Holm - NAV Agder, Per Moe - KS, Siv Lie - UiA",
     [("Kari Holm", "NAV Agder"), ("Per Moe", "KS"), ("Siv Lie", "UiA")]),
    ("Per Moe, UiA; Siv Lie, HVL", [("Per Moe", "UiA"), ("Siv Lie", "HVL")]),
    ("Per Moe, KS, Siv Lie, NAV", [("Per Moe", "KS"), ("Siv Lie", "NAV")]),
])
def test_short_organisation_names_in_a_list_of_several(written: str, expected: list) -> None:
    # an agency's short name after a person's, in a list of several people
    people = parse_people_list(written, None, Attendance.PRESENT)
    assert [(p.name, p.organization) for p in people] == expected


def test_one_away_who_came_late_is_partial_and_a_visitor_stays_a_guest() -> None:
    # "Forfall: Ola Berg", then in an item "Ola Berg kom kl. 10.30": he came after all; a
    # visitor from elsewhere who came for an item stays a guest
    text = ("Referat fra møte i styret\n\nDato: 9.9.2025\n\nTil stede: Per Moe, Siv Lie\n"
            "Forfall: Ola Berg\nReferent: Liv Sande\n\nSak 1 Test\nGodkjent.\n\n"
            "Sak 2 Arbeid\nOla Berg kom kl. 10.30, under sak 2.\n"
            "Kari Lund (NAV) kom kl. 11.00.\nTatt til orientering.\n")
    people = {p.name: p for p in parse_bytes(text.encode(), "referat.txt").participants}
    assert (people["Ola Berg"].attendance, people["Ola Berg"].note) == \
        (Attendance.PARTIAL, "kom kl. 10.30, under sak 2")
    assert (people["Kari Lund"].role, people["Kari Lund"].organization) == \
        (ParticipantRole.GUEST, "NAV")


@pytest.mark.parametrize("said", ["kom senere, under sak 3", "kom seinare, under sak 3"])
def test_came_later_is_a_partial_sentence(said: str) -> None:
    assert partial_sentences(f"Ola Berg {said}.") == [("Ola Berg", None, said)]


def test_one_who_came_late_after_the_list_is_a_member_unless_listed_as_other() -> None:
    # "Til stede: A, B. Ola Berg kom kl. 10.30.": a member who came late; under "Andre
    # møtande:" the same sentence names a guest
    head = "Referat fra møte i styret\n\nDato: 9.9.2025\n\n"
    tail = "Referent: Liv Sande\n\nSak 1 Test\nGodkjent.\n"
    member = parse_bytes((head + "Til stede: Kari Holm, Per Moe. Ola Berg kom kl. 10.30.\n"
                          + tail).encode(), "referat.txt").participants[2]
    assert (member.name, member.role, member.attendance) == \
        ("Ola Berg", ParticipantRole.MEMBER, Attendance.PARTIAL)
    guest = parse_bytes((head + "Til stede: Kari Holm, Per Moe\n\nAndre møtande:\n"
                         "Ola Berg kom kl. 10.30\n\n" + tail).encode(),
                        "referat.txt").participants[2]
    assert (guest.name, guest.role) == ("Ola Berg", ParticipantRole.GUEST)


@pytest.mark.parametrize(("text", "found"), [
    # a pronoun opens the sentence on disqualification: the person the sentence before
    # opens with
    ("Marit Skjerve er styremedlem i Fjordheim Energi AS. Ho vart samrøystes kjend ugild "
     "i sak 4/26 og fråtredde.",
     [("Marit Skjerve", None, "vart samrøystes kjend ugild i sak 4/26 og fråtredde")]),
    ("Kari Holm er tilsett i Sandvik AS. Hun ble erklært inhabil og fratrådte.",
     [("Kari Holm", None, "ble erklært inhabil og fratrådte")]),
    # no name opens the sentence right before: nobody is guessed
    ("Han vart kjend ugild og fråtredde.", []),
    ("Per Dahl orienterte. Styret drøfta saka. Han vart kjend ugild.", []),
])
def test_pronoun_after_a_named_sentence_is_that_person(text: str, found: list) -> None:
    assert partial_sentences(text) == found


def test_owner_municipality_lines_are_members_of_that_owner() -> None:
    text = ("Protokoll frå representantskapsmøte i Indre Vik Renovasjon IKS\n\n"
            "Møtedato: 5.5.2026\n\n"
            "Møtte for Nordvik kommune: Eli Sund\n"
            "Møtt for Ytre Dal herad: Per Aas\n\n"
            "Sak 1/26 Godkjenning\nGodkjent.\n")
    people = parse_bytes(text.encode(), "p.txt").participants
    assert [(p.name, p.organization, p.role, p.attendance) for p in people] == [
        ("Eli Sund", "Nordvik kommune", ParticipantRole.MEMBER, Attendance.PRESENT),
        ("Per Aas", "Ytre Dal herad", ParticipantRole.MEMBER, Attendance.PRESENT)]


def test_reason_before_stepping_down_is_no_part_of_the_note() -> None:
    # "X er ansatt i … og fratrådte som inhabil": the member left for that case
    text = ("Siri Hammer er ansatt i barnevernstjenesten og fratrådte som inhabil, jf. "
            "kommuneloven § 11-10 første ledd. Kontrollutvalget var enig i dette.")
    assert partial_sentences(text) == [("Siri Hammer", None, "fratrådte som inhabil")]
    # (a clause about someone else before another's step is not read as hers)
    assert partial_sentences("Per Dahl er leder og Kari Holm fratrådte.") == [
        ("Kari Holm", None, "fratrådte")]


def _people_of(text: str) -> list[tuple[str, str | None, str | None, str, str | None]]:
    """The participants of a plain-text document as (name, organisation, role, attendance,
    note) tuples."""
    people = parse_bytes(text.encode(), "p.txt").participants
    return [(p.name, p.organization, p.role, p.attendance, p.note)
            for p in people]


def test_a_red_cross_before_a_name_in_a_plain_list_marks_an_absence() -> None:
    # "✅ Kari Holm" / "❌ Per Moe" lines (no table): the marks are the attendance, not bullets
    text = ("Referat fra styremøte i Sørbyen Idrettslag\n\nDato: 14. mars 2026\n\n"
            "Til stede:\n✅ Kari Holm, leder\n✅ Jonas Lie\n❌ Per Moe\n✅ Siri Aas\n\n"
            "Sak 1/26 Godkjenning av innkalling\nInnkallingen ble godkjent.\n")
    assert [(name, attendance) for name, _, _, attendance, _ in _people_of(text)] == [
        ("Kari Holm", "present"), ("Jonas Lie", "present"), ("Per Moe", "absent"),
        ("Siri Aas", "present")]


def test_a_swedish_protocols_sides_deputy_and_checker() -> None:
    # (s76d) "Från svensk sida:" is a group as "Fra norsk side:" is; "tjänstgörande
    # ersättare för Y" sits in Y's seat (Y absent); "Justerare ……" over a listed name
    # among the signatures is no chair's
    text = ("Protokoll\n\nDatum: 2024-03-03\n\nFra norsk side:\nKari Holm, Vik kommune (leder)\n\n"
            "Från svensk sida:\nEva Lind, Eda kommun\n"
            "Anna Ask, Eda kommun, tjänstgörande ersättare för Olle Dahl\n\n"
            "Ordförande    ..................\nKari Holm\n\n"
            "Justerare     ..................\nEva Lind\n\n"
            "§ 1 Dagordning\nDagordningen godkändes.\n")
    assert _people_of(text) == [
        ("Kari Holm", "Vik kommune", "chair", "present", None),
        ("Eva Lind", "Eda kommun", "member", "present", None),
        ("Anna Ask", "Eda kommun", "member", "present", "for Olle Dahl"),
        ("Olle Dahl", "Eda kommun", "member", "absent", None)]


def test_a_swedish_duty_column_and_a_municipality_column_in_two_languages() -> None:
    # (s76d) "Uppdrag" heads the seat's duty as "Roll" does ("Ordförande", "Sekreterare",
    # "Ledamot (via Teams)"); "Kommune / kunta" heads the municipality
    text = ("# Protokoll\n\n**Datum:** 2024-03-09\n\n"
            "| Namn | Kommune / kunta | Uppdrag |\n|---|---|---|\n"
            "| Eva Lind | Pajala kommun | Ordförande |\n"
            "| Mika Rautio | Pellon kunta | Ledamot (via Teams) |\n"
            "| Sara Berg | Gränstjänsten | Sekreterare |\n\n"
            "## § 1 Dagordning\n\nDagordningen godkändes.\n")
    people = parse_bytes(text.encode(), "p.md").participants
    assert [(p.name, p.organization, p.role, p.note) for p in people] == [
        ("Eva Lind", "Pajala kommun", "chair", None),
        ("Mika Rautio", "Pellon kunta", "member", "via Teams"),
        ("Sara Berg", "Gränstjänsten", "secretary", None)]


@pytest.mark.parametrize("present", [
    "Heile styret, og Liv Aas frå Dale kommune",
    "Styret var fulltalig, samt Liv Aas frå Dale kommune",
    "Alle styremedlemmer + Liv Aas frå Dale kommune"])
def test_a_person_named_beside_the_whole_board_is_its_guest(present: str) -> None:
    text = (f"Referat frå styremøte\n\nDato: 2. mars 2026\n\nTil stades: {present}\n\n"
            "Sak 1/26 Godkjenning\nGodkjent.\n")
    assert _people_of(text) == [("Liv Aas", "Dale kommune", "guest", "present", None)]


@pytest.mark.parametrize(("present", "expected"), [
    # a count of the members is no person; the secretariat's person is its secretary
    ("11 stemmeberettigede medlemmer, i tillegg sekretariatet ved Kari Holm",
     [("Kari Holm", "sekretariatet", "secretary", "present", None)]),
    ("9 av 11 representanter, samt Liv Aas frå Dale kommune",
     [("Liv Aas", "Dale kommune", "guest", "present", None)]),
])
def test_a_person_named_beside_a_count_of_the_members(present: str, expected) -> None:
    text = (f"Protokoll fra representantskapet\n\nDato: 2. mars 2026\n\nTil stede: {present}\n\n"
            "Sak 1/26 Godkjenning\nGodkjent.\n")
    assert _people_of(text) == expected


def test_a_reason_in_the_presence_column_is_an_absence_with_its_note() -> None:
    # "Syk" written in the "Møtt" column instead of a mark: away, and why
    text = ("# Referat fra møte i rådet\n\nDato: 12. mars 2026\n\n"
            "| Navn | Møtt | Merknad |\n|---|---|---|\n| Emma Berg | X | |\n"
            "| Noah Dahl | Syk | |\n| Sara Lund | X | Arbeidsutvalget |\n\n"
            "## Sak 1/26 Budsjett\nTatt til orientering.\n")
    people = parse_bytes(text.encode(), "p.md").participants
    assert [(p.name, p.attendance, p.note) for p in people] == [
        ("Emma Berg", "present", None), ("Noah Dahl", "absent", "Syk"),
        ("Sara Lund", "present", None)]


@pytest.mark.parametrize("piece, organization", [
    ("Liv Aas frå kommunen", "kommunen"), ("Liv Aas fra administrasjonen", "administrasjonen"),
    ("Liv Aas frå fylket", "fylket"), ("Liv Aas fra Nordby kommune", "Nordby kommune"),
])
def test_a_workplace_written_as_a_common_noun_after_fra_keeps_the_person(piece, organization):
    """"Liv Aas frå kommunen" names a person and where she comes from, although the place is
    a common noun in lower case: the person is kept, with the place as written."""
    people = parse_people_list(f"{piece}, Per Moe", ParticipantRole.MEMBER, Attendance.PRESENT)
    assert [(p.name, p.organization) for p in people] == [
        ("Liv Aas", organization), ("Per Moe", None)]


def test_a_time_or_a_case_after_fra_is_no_workplace():
    people = parse_people_list("Liv Aas fra sak 3, Per Moe", ParticipantRole.MEMBER,
                               Attendance.PRESENT)
    assert "sak 3" not in [p.organization for p in people]


@pytest.mark.parametrize(("line", "org", "role"), [
    ("Aud Helland, leiar (Stord)", "Stord", ParticipantRole.CHAIR),
    ("Aud Helland, styreleder (Nord-Fron)", "Nord-Fron", ParticipantRole.CHAIR),
    ("Kari Holm, sekretær (Stord)", "Stord", ParticipantRole.SECRETARY),
])
def test_a_seat_word_then_the_place_in_brackets(line: str, org: str,
                                                role: ParticipantRole) -> None:
    # the seat after the comma, then whom the person represents in brackets, as
    # "…, leder (Stord kommune)" is read: a place alone in the brackets is no less hers
    [entry] = parse_people_list(line, None, Attendance.PRESENT)
    assert (entry.organization, entry.role) == (org, role)


def test_moett_for_is_the_deputies_label() -> None:
    # "Møtt for:" (the participle, as municipal protocols write it beside "Møtende
    # medlemmer" and "Forfall") names the deputies as "Møtte for:" does: the label is
    # no organisation of the member above nor of the deputy
    text = ("Referat fra møte i eldrerådet\n\nMøtedato: 10. mars 2026\n\n"
            "Til stede: Astrid Johansen (leder), Kjell Ove Berg\nForfall: Eva Marie Lund\n"
            "Møtt for: Inger Sæther (vara for Eva Marie Lund)\n\n"
            "Sak 05/26 Godkjenning\nGodkjent.\n")
    people = parse_bytes(text.encode(), "referat.txt").participants
    assert [(p.name, p.organization, p.attendance, p.note) for p in people[2:]] == [
        ("Eva Marie Lund", None, Attendance.ABSENT, None),
        ("Inger Sæther", None, Attendance.PRESENT, "for Eva Marie Lund")]


@pytest.mark.parametrize(("cell", "role", "note"), [
    ("gjest, sak 5/26", "guest", "sak 5/26"),
    ("gjest under sak 5/26", "guest", "under sak 5/26"),
    ("observatør – fra kl. 11", "guest", "fra kl. 11"),
    ("daglig leder, referent", "secretary", None),
])
def test_a_role_cell_with_the_seat_then_when_they_were_there(cell: str, role: str,
                                                             note: str | None) -> None:
    # a table's Rolle cell may give the seat and then, after a comma, a dash or the
    # preposition, the items or hours the person was there for, as "gjest (sak 5/26)"
    text = ("Referat fra møte i Nordvik regionråd\n\nDato: 27. februar 2026\n\n"
            "Navn\tKommune\tRolle\nTor Haugen\tNordvik kommune\tleder\n"
            f"Jørn Sletten\tStatsforvalteren\t{cell}\n\nSak 4/26 Plan\nGodkjent.\n")
    guest = parse_bytes(text.encode(), "referat.txt").participants[1]
    assert (guest.role, guest.note) == (role, note)
    assert guest.attendance == (Attendance.PARTIAL if note else Attendance.PRESENT)


@pytest.mark.parametrize("head", ["Kommune /\norganisasjon", "Kommune / organisasjon",
                                  "Kommune/organisasjon"])
def test_a_header_cell_wrapped_or_spaced_round_its_slash(head: str) -> None:
    # a narrow column wraps its header ("Kommune /" over "organisasjon") or a secretary
    # spaces the slash: the words are the vocabulary's "kommune/organisasjon"
    assert table_columns(("Navn", head, "Funksjon")) == {0: "name", 1: "org", 2: "role"}


@pytest.mark.parametrize("head", ["Eigar-kommune", "Eier-kommune", "Medlems-kommune"])
def test_a_header_cell_split_with_a_hyphen_reads_as_the_one_word(head: str) -> None:
    # (s77b) an IKA's representantskap: "Eigar-kommune | Namn | Møtt", the owner's column
    # written with a hyphen, gives each row's municipality
    assert table_columns((head, "Namn", "Møtt")) == {0: "org", 1: "name", 2: "present"}
    text = (f"Frammøtte:\n{head}\tNamn\tMøtt\nVestdal kommune\tBrit Solheim (leiar)\tJa\n"
            "Skoglund kommune\tMarit Bakken\tForfall\n\nSak 1/27 Protokoll\nGodkjend.\n")
    people = parse_bytes(text.encode(), "protokoll.txt").participants
    assert [(p.name, p.organization) for p in people] == [
        ("Brit Solheim", "Vestdal kommune"), ("Marit Bakken", "Skoglund kommune")]


@pytest.mark.parametrize("piece", ["Eva Ruud (forretningsfører)", "Eva Ruud (forretningsførar)",
                                   "Eva Ruud, forretningsfører"])
def test_a_managers_job_in_brackets_is_a_role_not_an_organisation(piece):
    """"Eva Ruud (forretningsfører)": the housing cooperative's manager by her job, who
    serves the board (a guest), not an organisation called "forretningsfører"."""
    people = parse_people_list(f"Ola Lie, {piece}", ParticipantRole.MEMBER, Attendance.PRESENT)
    assert [(p.name, p.organization, p.role) for p in people] == [
        ("Ola Lie", None, "member"), ("Eva Ruud", None, "guest")]


@pytest.mark.parametrize("sentence, note", [
    ("Tormod Vik opplyste at han er inhabil og fratrådte.", "fratrådte"),
    ("Siri Nes opplyste at ho var ugild, og fråtredde under handsaminga.",
     "fråtredde under handsaminga"),
])
def test_one_who_says_he_is_disqualified_and_steps_out_is_partly_present(sentence, note):
    """"X opplyste at han er inhabil og fratrådte": he left for that item only."""
    assert partial_sentences(sentence) == [(sentence.split(" opplyste")[0], None, note)]


@pytest.mark.parametrize("line, name", [
    ("Kari Holm, leder", "Kari Holm"), ("Kåre Haugli (s.) styreleder", "Kåre Haugli"),
    ("Kari Holm (leder)", "Kari Holm"), ("Kari Holm, leder (sign.)", "Kari Holm"),
    ("Per Dahl (e. f.) møteleiar", "Per Dahl"), ("Siri Nes, Utvalgsleder.", "Siri Nes"),
    ("Kari Holm, referent", None), ("Kari Holm, nestleder", None), ("Kari Holm leder", None),
    ("Kari Holm (leder", None),
])
def test_the_chairs_signature_is_read_one_way(line, name):
    """The chair's closing signature in each of its written forms, on the signer roles'
    one list of chair titles; the writer's or another signer's title is no chair's."""
    assert signing_chair(line) == name


def test_role_of_a_job_then_the_secretary_of_the_body() -> None:
    """A post, then the job in the meeting naming the body it serves: the secretary."""
    from motebok.extract.participants import role_of

    assert role_of("Konsulent, sekretær for rådet") is ParticipantRole.SECRETARY
    assert role_of("Rådgiver/sekretær for eldrerådet") is ParticipantRole.SECRETARY


def test_nynorsk_signers_label_gives_no_organisation() -> None:
    """"Protokollen vert godkjend av: A og B" names who sign: never their organisation."""
    for label in ("Protokollen vert godkjend av", "Møteboka vert underteikna av"):
        text = (f"Møtebok\nUtval: Eldrerådet\nDato: 12.03.2025\n\n"
                f"Møtande medlemer: Kari Lie (leiar), Ole Dahl, Siv Moe\n"
                f"{label}: Ole Dahl og Siv Moe\n\n"
                f"Sak 1/25 Budsjett\nRådet tok saka til vitande.\n")
        record = parse_bytes(text.encode(), "m.txt")
        assert [(p.name, p.organization) for p in record.participants] == [
            ("Kari Lie", None), ("Ole Dahl", None), ("Siv Moe", None)], label


def test_council_secretary_titled_before_the_name() -> None:
    """"utvalssekretær Eva Moe" among the administration: the body's secretary."""
    for title in ("formannskapssekretær", "Utvalssekretær", "utvalgssekretær"):
        text = (f"Møteprotokoll\nUtvalg: Eldrerådet\nDato: 12.03.2025\n\n"
                f"Møtende medlemmer: Kari Lie (leder), Ole Dahl\n"
                f"Fra administrasjonen møtte: kommunedirektør Hilde Nes og {title} Eva Moe\n\n"
                f"Sak 1/25 Budsjett\nRådet tok saken til orientering.\n")
        people = parse_bytes(text.encode(), "p.txt").participants
        assert [(p.name, p.role) for p in people][-2:] == [
            ("Hilde Nes", ParticipantRole.GUEST), ("Eva Moe", ParticipantRole.SECRETARY)], title


def test_signers_label_underskrivere_gives_no_organisation() -> None:
    """"Underskrivere: A og B" names who sign the minutes: no organisation of theirs."""
    text = ("Møteprotokoll\nUtvalg: Eldrerådet\nDato: 12.03.2025\n\n"
            "Møtende medlemmer: Kari Lie (leder), Ole Dahl, Siv Moe\n"
            "Underskrivere: Ole Dahl og Siv Moe\n\n"
            "Sak 1/25 Budsjett\nRådet tok saken til orientering.\n")
    people = parse_bytes(text.encode(), "u.txt").participants
    assert [(p.name, p.organization) for p in people] == [
        ("Kari Lie", None), ("Ole Dahl", None), ("Siv Moe", None)]


def test_two_places_after_a_comma_are_no_name_turned_round() -> None:
    # "Hamarøy, Gildeskål" under forfall: no known first name after the comma and no
    # brackets, so no one written surname first; "Holm, Kari" still is one
    from motebok.extract.participants import _two_lone_words
    assert _two_lone_words("Hamarøy", "Gildeskål", None)
    assert not _two_lone_words("Holm", "Kari", None)
    assert not _two_lone_words("Reigstad", "Monrad", "PF")


def test_a_short_reason_is_the_note_as_written() -> None:
    # a few words of why, no digit, colon or deputy, and no mark that only repeats the
    # category: the absentee's note as the document words it
    from motebok.extract.participants import _reason_as_written
    assert _reason_as_written("Skoletur")
    assert _reason_as_written("Annet møte")
    assert not _reason_as_written("Forfall")
    assert not _reason_as_written("Vara: Kari Lie")
    assert not _reason_as_written("fra sak 3")
    assert not _reason_as_written("Ikke til stede på grunn av jobbreise")


def test_a_surname_first_absentee_with_a_rarer_first_name_is_kept_as_a_person():
    """Two lone words joined by a comma are places only when nothing marks a name: a
    patronymic surname ("-sen") or a first name the list knows keeps the person."""
    for written in ("Johansen, Ylvi", "Nordmo, Eystein", "Berge, Siw"):
        text = ("Referat fra styremøte\nDato: 3. mars 2026\nTil stede: Kari Holm, Per Dahl\n"
                f"Forfall: {written}\n\nSak 1/26 Godkjenning\nGodkjent.\n")
        people = {p.name: p.attendance for p in parse_bytes(text.encode(), "m.txt").participants}
        assert people.get(written) == "absent", (written, people)
    text = ("Referat fra styremøte\nDato: 3. mars 2026\nTil stede: Kari Holm, Per Dahl\n"
            "Meldt forfall: Hamarøy, Gildeskål\n\nSak 1/26 Godkjenning\nGodkjent.\n")
    assert [p.name for p in parse_bytes(text.encode(), "m.txt").participants] == \
        ["Kari Holm", "Per Dahl"]


def test_a_job_set_as_a_group_label_gives_its_role_and_the_firm_before_ved_is_whom_they_come_from():
    """"Forretningsfører: Boligbygg Forvaltning AS ved Tom Ruud" names Tom Ruud from the
    firm (its "AS" no party mark), and the job is his role: the manager and the caretaker
    serve the board, guests; a seat label ("Styremedlem:") keeps the seat's role."""
    text = ("Protokoll fra styremøte i Lia borettslag\nDato: 3. mars 2026\n\nTil stede:\n"
            "Styreleder: Kari Holm\nStyremedlem: Per Dahl\n"
            "Forretningsfører: Boligbygg Forvaltning AS ved Tom Ruud\n"
            "Vaktmester: Lia Drift AS v/ Geir Ødegård\n\nSak 1/26 Godkjenning\nGodkjent.\n")
    people = [(p.name, p.organization, p.role)
              for p in parse_bytes(text.encode(), "m.txt").participants]
    assert people == [("Kari Holm", None, "chair"), ("Per Dahl", None, "member"),
                      ("Tom Ruud", "Boligbygg Forvaltning AS", "guest"),
                      ("Geir Ødegård", "Lia Drift AS", "guest")]


def test_a_list_of_thousands_of_shortened_words_is_split_in_linear_time() -> None:
    """Before each "og" the list's splitter asks how the piece so far ends ("Nærings- og
    …" is one word shortened, "sak 1 og 2" two cases, "til og med" one phrase): it reads
    the piece's last runs, not the whole piece joined again (60,000 "bygg- og" on a
    pasted line took minutes). The splits are the same."""
    from motebok.extract.participants import _split_top_level

    value = ("Kari Holm, Nærings- og fiskeridepartementet, Ola Dahl sak 1 og 2, "
             + "plan- og bygg- og " * 60000 + "Per Lie")
    pieces = _split_top_level(value)
    assert [p[0][:30] for p in pieces[:3]] == [
        "Kari Holm", "Nærings- og fiskeridepartement", "Ola Dahl sak 1 og 2"]
    assert len(pieces) == 4 and pieces[3][0].endswith("bygg- og Per Lie")
    assert _split_top_level("Kari Holm til og med sak 4, Ola Dahl og Per Lie") == [
        ("Kari Holm til og med sak 4", None, False), ("Ola Dahl", None, False),
        ("Per Lie", None, True)]


def test_representerer_column_keeps_whom_without_role_or_title() -> None:
    """In a "Navn | Representerer" table the meeting role after a comma is the role
    ("Pårørendeforeningen, leder"), and a title or a seat alone ("Institusjonsleder",
    "Beboerrepresentant", "Fagsykepleier, referent") names no organisation."""
    text = ("# Referat fra brukerrådsmøte\n\nDato: 9. april 2026\n\n"
            "| Navn | Representerer |\n|---|---|\n"
            "| Ragnhild Sætre | Pårørendeforeningen, leder |\n"
            "| Kjell Aune | Beboerrepresentant |\n"
            "| Solfrid Rise | Institusjonsleder |\n"
            "| Mette Furu | Fagsykepleier, referent |\n"
            "| Arvid Tangen | Eldrerådet |\n\n"
            "## Sak 4/26 Godkjenning av innkalling\nInnkallingen ble godkjent.\n")
    got = [(p.name, p.organization, p.role)
           for p in parse_bytes(text.encode(), "m.md").participants]
    assert got == [("Ragnhild Sætre", "Pårørendeforeningen", "chair"),
                   ("Kjell Aune", None, "member"),
                   ("Solfrid Rise", None, "member"),
                   ("Mette Furu", None, "secretary"),
                   ("Arvid Tangen", "Eldrerådet", "member")]


def test_the_secretariat_after_a_comma_in_the_organisation_column_stays_its_unit() -> None:
    """"Vestdal regionråd, sekretariatet" in the organisation column is whom the person
    comes from, the unit kept as "Nordby kommune, helse" keeps its own; the secretariat
    also makes her the secretary."""
    text = ("# Referat fra helsenettverket\n\nDato: 9. april 2026\n\n"
            "| Navn | Kommune / tjeneste |\n|---|---|\n"
            "| Kari Holm | Nordby kommune, helse |\n"
            "| Per Dahl | Vestdal regionråd, sekretariatet |\n\n"
            "## Sak 4/26 Godkjenning av innkalling\nInnkallingen ble godkjent.\n")
    got = [(p.name, p.organization, p.role)
           for p in parse_bytes(text.encode(), "m.md").participants]
    assert got == [("Kari Holm", "Nordby kommune, helse", "member"),
                   ("Per Dahl", "Vestdal regionråd, sekretariatet", "secretary")]


@pytest.mark.parametrize(("line", "organization"), [
    ("Sigrun Homme, Evje og Hornnes", "Evje og Hornnes"),
    ("Gunnar Lia, ordfører Hol og Ål (leder)", "Hol og Ål"),
])
def test_a_municipality_of_two_words_joined_by_og_is_one_organisation(line, organization):
    from motebok.extract.participants import parse_people_list
    from motebok.vocab import Attendance
    [entry] = parse_people_list(line, None, Attendance.PRESENT)
    assert entry.organization == organization


def test_a_municipality_joined_by_og_after_a_title_in_a_list_of_several_is_one():
    # the list of several people ran "ordfører Evje" and "Hornnes (leder)" apart, and the
    # chair's "(leder)" was lost with the second half
    from motebok.extract.participants import parse_people_list
    from motebok.vocab import Attendance
    entries = parse_people_list("Anne Foss, ordfører Evje og Hornnes (leder), Tor Sletten, "
                                "ordfører Bygland, Kari Dahl, leder Per og Lise",
                                None, Attendance.PRESENT)
    assert [(e.name, e.organization) for e in entries][:2] == [
        ("Anne Foss", "Evje og Hornnes"), ("Tor Sletten", "Bygland")]
    assert entries[0].role is ParticipantRole.CHAIR


def test_first_names_joined_by_og_after_a_comma_are_still_people():
    from motebok.extract.participants import parse_people_list
    from motebok.vocab import Attendance
    entries = parse_people_list("Kari Dahl, Per og Lise", None, Attendance.PRESENT)
    assert [e.name for e in entries] == ["Kari Dahl", "Per", "Lise"]


def test_the_fau_leader_keeps_her_grade_as_the_members_do():
    """"Gunvor Sletten, leiar FAU (3. trinn)": the body's name after the seat word is no
    organisation, the grade in brackets is whom she represents, as "(5. trinn)" is the
    member's under her."""
    from motebok.parse import parse_bytes
    text = ("Referat frå FAU-møte ved Lia skule\n\nDato: 2. mars 2026\n\nTil stades:\n"
            "Gunvor Sletten, leiar FAU (3. trinn)\nArild Nesse (5. trinn)\n\n"
            "Sak 1 Godkjenning av innkalling\nGodkjent.\n")
    record = parse_bytes(text.encode(), "fau.txt")
    assert [(p.name, p.organization, p.role) for p in record.participants] == [
        ("Gunvor Sletten", "3. trinn", "chair"), ("Arild Nesse", "5. trinn", "member")]


def test_a_seat_in_brackets_after_the_meeting_role_keeps_the_role():
    from motebok.extract.participants import parse_people_list
    from motebok.vocab import Attendance
    [entry] = parse_people_list("Reidun Sletta, leder (pårørenderepresentant)", None,
                                Attendance.PRESENT)
    assert entry.role == "chair"


def test_two_roles_joined_by_og_after_a_comma_are_no_place():
    from motebok.extract.participants import parse_people_list
    from motebok.vocab import Attendance
    [entry] = parse_people_list("Kari Dahl, Leder og Referent", None, Attendance.PRESENT)
    assert entry.organization is None


@pytest.mark.parametrize("fmt", ["txt", "docx", "odt", "html"])
def test_boxes_side_by_side_on_a_forms_line_tick_each_entry_in_every_format(fmt):
    # "Møtt: ☒ Kari Holm ☐ Per Dahl ☒ Lise Berg" typed on one line, or tabbed into a
    # row of cells as a Word form lays it out: one entry per box, the empty box absent
    # (a presence column's box alone in its cell is no entry: "Kari Holm | ☒")
    builders = {"txt": to_txt, "docx": to_docx, "odt": to_odt, "html": to_html}
    doc = [("para", "Referat fra styremøte i Solbakken sameie"),
           ("para", "Dato: 5. mars 2026 kl. 18.00"),
           ("table", [("Møtt:", "☒ Kari Holm", "☐ Per Dahl", "☒ Lise Berg")])
           if fmt != "txt" else ("para", "Møtt: ☒ Kari Holm ☐ Per Dahl ☒ Lise Berg"),
           ("para", "Sak 1/26 Godkjenning av innkalling"), ("para", "Godkjent.")]
    record = parse_bytes(builders[fmt](doc), f"referat.{fmt}")
    assert [(p.name, p.attendance) for p in record.participants] == [
        ("Kari Holm", Attendance.PRESENT), ("Per Dahl", Attendance.ABSENT),
        ("Lise Berg", Attendance.PRESENT)]


@pytest.mark.parametrize("fmt", ["docx", "odt", "html", "pdf"])
@pytest.mark.parametrize("heading", [(), (("Navn", "Kommune", "Rolle"),)])
def test_a_box_ticked_before_the_name_in_a_tables_first_cell_marks_the_row(fmt, heading):
    # "☒ Kari Holm | Gran | Styreleder": the box in the name's own cell (a Word check box
    # content control typed before the name), with or without a heading row over the
    # columns; the empty box among ticked ones marks who did not come
    from fixtures.builders import to_pdf

    builders = {"docx": to_docx, "odt": to_odt, "html": to_html, "pdf": to_pdf}
    rows = [*heading, ("☒ Kari Holm", "Gran", "Styreleder"),
            ("☐ Per Dahl", "Lunner", "Styremedlem"), ("☒ Lise Berg", "Jevnaker", "Styremedlem")]
    doc = [("para", "Referat fra styremøte i Solbakken sameie"),
           ("para", "Dato: 5. mars 2026"), ("para", "Deltakere:"), ("table", rows),
           ("para", "Sak 1/26 Godkjenning av innkalling"), ("para", "Godkjent.")]
    record = parse_bytes(builders[fmt](doc), f"referat.{fmt}")
    assert [(p.name, p.organization, p.role, p.attendance) for p in record.participants] == [
        ("Kari Holm", "Gran", ParticipantRole.CHAIR, Attendance.PRESENT),
        ("Per Dahl", "Lunner", ParticipantRole.MEMBER, Attendance.ABSENT),
        ("Lise Berg", "Jevnaker", ParticipantRole.MEMBER, Attendance.PRESENT)]


def test_disqualified_for_a_named_case_keeps_the_case_in_the_note() -> None:
    """"… var ugild i sak 4/26 og fråtredde": the clause before "og" names the case, so it
    is the note, not a reason to leave out (as "er ansatt i X og fratrådte" is)."""
    found = partial_sentences("Per Ove Skrede var ugild i sak 4/26 og fråtredde.")
    assert found == [("Per Ove Skrede", None, "var ugild i sak 4/26 og fråtredde")]


def test_a_list_split_at_commas_only_splits_as_the_walk_does() -> None:
    """A list whose only separators are commas is split by ``str.split`` instead of the
    walk over its words: the pieces (texts, brackets, joined) are the walk's on random
    lists of names, commas, numbers, stops and the marks that send a list to the walk
    ("og", "samt", brackets, ";", "&", double spaces, TABs, a long s)."""
    import random

    from motebok.extract.participants import (
        _commas_only,
        _split_by_walk,
        _split_top_level,
    )

    tokens = ["Kari", "Holm", "Per", "Dahl", "H.", "sak", "3", "12", ",", ", ", " ,", " ",
              "  ", ".", ":", "-", "–", "og", "OG", "Skoglund", "samt", "ſamt", "(", ")",
              ";", "&", "\t", "\u00a0", "Øyvind", "fra"]
    rng = random.Random(40)
    fast = 0
    for _ in range(30000):
        value = "".join(rng.choice(tokens) for _ in range(rng.randint(1, 12)))
        fast += _commas_only(value)
        assert _split_top_level(value) == _split_by_walk(value), value
    assert fast > 2000  # (the comma path was taken often enough to be compared)
    assert _split_top_level("Kari Holm, Per Dahl sak 3, 4, Eli Sund H.") == [
        ("Kari Holm", None, False), ("Per Dahl sak 3, 4", None, False),
        ("Eli Sund H.", None, False)]


@pytest.mark.parametrize("written", ["Sekretariatet", "sekretariatet"])
def test_the_secretariat_after_a_comma_is_whom_the_secretary_comes_from(written: str) -> None:
    """"Referent/Sekretær: Marte Hov, Sekretariatet": with a capital as without one (and as
    in brackets), the secretariat is whom she comes from, and she is the secretary."""
    text = ("Referat fra møte i Regionrådet for Nordfjella\n\nDato: 4. februar 2026\n\n"
            "Til stede:\nOla Haugen, ordfører Hol kommune\n"
            f"Referent/Sekretær: Marte Hov, {written}\n\nSak 1/26 Godkjenning av innkalling\n"
            "Godkjent.\n")
    people = {p.name: p for p in parse_bytes(text.encode(), "rr.txt").participants}
    assert people["Marte Hov"].organization == written
    assert people["Marte Hov"].role == "secretary"


@pytest.mark.parametrize("column", ["Representerer", "Organisasjon"])
def test_a_job_before_the_employer_in_an_organisation_cell_is_no_part_of_it(column: str) -> None:
    """"Oppdragsansvarlig revisor, Viken Revisjon IKS" in the organisation column: the
    job (qualified or not), then the firm he comes from, which is the organisation."""
    text = ("Protokoll fra møte i kontrollutvalget i Nordby kommune\n\nDato: 10. februar 2026\n\n"
            f"Fra revisjonen:\nNavn | {column}\n"
            "Tor Haug | Oppdragsansvarlig revisor, Viken Revisjon IKS\n"
            "Lise Berg | Seniorrådgiver, Konsis Kontrollutvalgssekretariat\n"
            "Ola Vik | Nordby Energi AS\n\n"
            "Sak 1/26 Godkjenning av innkalling\nGodkjent.\n")
    people = {p.name: p.organization for p in parse_bytes(text.encode(), "ku.txt").participants}
    assert people == {"Tor Haug": "Viken Revisjon IKS",
                      "Lise Berg": "Konsis Kontrollutvalgssekretariat",
                      "Ola Vik": "Nordby Energi AS"}


def test_a_capitalised_job_in_a_list_then_the_employer() -> None:
    """"Tor Haug, Oppdragsansvarlig revisor, Viken Revisjon IKS" in a list: the job is no
    organisation and makes him staff; the firm after it is whom he comes from."""
    text = ("Referat fra møte i kontrollutvalget\n\nDato: 10. februar 2026\n\nTil stede:\n"
            "Arne Lie, leder\nTor Haug, Oppdragsansvarlig revisor, Viken Revisjon IKS\n"
            "Lise Berg, Seniorrådgiver, Konsis\n\nSak 1/26 Godkjenning av innkalling\n"
            "Godkjent.\n")
    people = {p.name: p for p in parse_bytes(text.encode(), "ku.txt").participants}
    assert (people["Tor Haug"].organization, people["Tor Haug"].role) == (
        "Viken Revisjon IKS", "guest")
    assert (people["Lise Berg"].organization, people["Lise Berg"].role) == ("Konsis", "guest")


def test_a_job_then_the_employer_in_a_function_cell_under_a_group() -> None:
    """"Oppdragsansvarlig revisor, Viken Revisjon IKS" and "Daglig leder, Nordby Energi AS"
    in the "Funksjon" column under "Fra revisjonen:": the firm after the job is whom each
    comes from, closer than the group's word."""
    text = ("Protokoll fra møte i kontrollutvalget i Nordby kommune\n\nDato: 10. februar 2026\n\n"
            "Fra revisjonen:\nNavn | Funksjon\n"
            "Tor Haug | Oppdragsansvarlig revisor, Viken Revisjon IKS\n"
            "Ola Vik | Daglig leder, Nordby Energi AS\n\n"
            "Sak 1/26 Godkjenning av innkalling\nGodkjent.\n")
    people = {p.name: p.organization for p in parse_bytes(text.encode(), "ku.txt").participants}
    assert people == {"Tor Haug": "Viken Revisjon IKS", "Ola Vik": "Nordby Energi AS"}


def test_a_plain_name_and_organisation_row_reads_as_the_full_row_reading(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A row under a heading of only names, organisations and unread columns ("Navn |
    Kommune") skips the seat, mark, "for" and item tests (``_PLAIN_COLUMNS``): on many
    random rows the entry is the one the full reading gives."""
    import random

    from motebok.extract import participants

    pool = ["Kari Holm", "Per Dahl (leder)", "Ola Nord (forfall)", "Siv Lie (Nordby)",
            "Hansen, Kari", "NAV v/ Ola Dale", "Nordby kommune", "Sekretariatet",
            "Beboerrepresentant", "Vesterålen regionråd (referent)",
            "Tynset kommune, under sak 19/25",
            "Pårørendeforeningen, leder", "Lindeli sjukeheim, einingsleiar",
            "Vega (på Teams)", "Medlem (forfall)", "x", "☑", "", "Forfall", "Møtte frå sak 23/25",
            "Ja, fra kl. 13", "Syk", "Møtt (fra sak 3)", "AP", "gikk etter sak 4", "-",
            "Oppdragsansvarlig revisor, Viken Revisjon IKS", "Leder", "x (referent)"]
    rng = random.Random(41)
    rows = []
    for _ in range(4000):
        width = rng.randint(1, 4)
        meanings = ["name", *(rng.choice(["org", "other", "skip", "org"]) for _ in range(width))]
        rng.shuffle(meanings)
        columns = dict(enumerate(meanings))
        cells = tuple(rng.choice(pool) for _ in range(len(meanings) + rng.choice([-1, 0, 0, 1])))
        rows.append((cells, columns, rng.choice([None, ParticipantRole.MEMBER]),
                     rng.choice([Attendance.PRESENT, Attendance.ABSENT])))
    fast = [participants._row_by_columns(*row) for row in rows]
    monkeypatch.setattr(participants, "_PLAIN_COLUMNS", frozenset())
    assert fast == [participants._row_by_columns(*row) for row in rows]
    assert sum(entry is not None for entry in fast) > 600


def test_sides_and_safety_seats_of_a_partite_body_are_no_organisation() -> None:
    """An arbeidsmiljøutvalg's group headings name its sides and seats ("Arbeidsgiversiden",
    "Arbeidstakarsida", "Verneombud", "HTV"), not whom its people come from."""
    from motebok.extract.participants import organization_of_group
    for side in ("Arbeidsgiversiden", "Arbeidstakersiden", "Arbeidsgjevarsida",
                 "Arbeidstakarsida", "Verneombud", "Hovudverneombod", "HTV"):
        assert organization_of_group(side) is None, side
    assert organization_of_group("Fagforbundet") == "Fagforbundet"


def test_a_side_heading_under_a_name_and_union_is_no_wrapped_surname() -> None:
    """"Tor Vik, Delta" then "Verneombud:" on the next line: the heading opens the next
    group, so Tor Vik stays listed (his union's one word is no first name whose surname
    the next line carries)."""
    text = ("Referat fra arbeidsmiljøutvalget\n\nDato: 10. februar 2026\n\nTil stede:\n"
            "Arbeidstakersiden:\nEva Lie, Fagforbundet\nTor Vik, Delta\nVerneombud:\n"
            "Kari Dahl, hovedverneombud\n\nSak 1/26 Godkjenning av innkalling\nGodkjent.\n")
    people = {p.name: p.organization for p in parse_bytes(text.encode(), "amu.txt").participants}
    assert people == {"Eva Lie": "Fagforbundet", "Tor Vik": "Delta", "Kari Dahl": None}


def test_the_nynorsk_state_administrator_with_a_two_part_county_is_one_organisation() -> None:
    """"Statsforvaltaren i Møre og Romsdal" (nynorsk) after a name is whom the person
    represents, "og" inside the county's name as in the bokmål "Statsforvalteren i …"."""
    text = ("Referat frå møte i beredskapsnettverket\n\nDato: 4. mai 2026\n\nDeltakarar:\n"
            "Eva Lie, Ålesund kommune\nJon Furnes, Statsforvaltaren i Møre og Romsdal\n\n"
            "Sak 1/26 Godkjenning av innkalling\nGodkjent.\n")
    people = {p.name: p.organization for p in parse_bytes(text.encode(), "n.txt").participants}
    assert people["Jon Furnes"] == "Statsforvaltaren i Møre og Romsdal"


def test_a_job_as_a_group_heading_is_no_organisation() -> None:
    """"Rektor: Anders Vold", "Kommunalsjef: …": the heading names the person's job."""
    from motebok.extract.participants import organization_of_group
    assert organization_of_group("Rektor") is None
    assert organization_of_group("Kommunalsjef") is None
    assert organization_of_group("Fagforbundet") == "Fagforbundet"


def test_a_side_or_a_job_cell_in_a_table_row_is_no_organisation() -> None:
    """"Arbeidstakersiden | Mona Hegg | Fagforbundet": the union, not the side;
    "Arbeidsgiversiden | Knut Bøe | personalsjef": neither the side nor the job."""
    from motebok.extract.participants import parse_table_row
    union = parse_table_row(("Arbeidstakersiden", "Mona Hegg", "Fagforbundet"),
                            ParticipantRole.MEMBER, Attendance.PRESENT)
    job = parse_table_row(("Arbeidsgiversiden", "Knut Bøe", "personalsjef"),
                          ParticipantRole.MEMBER, Attendance.PRESENT)
    assert union is not None and union.organization == "Fagforbundet"
    assert job is not None and job.organization is None


@pytest.mark.parametrize(("body", "found"), [
    # a spokesperson behind the body they speak for, with a title before the name
    ("Kulturskolen ved rådgiver Lise Holm orienterte om nye tilbud.",
     [("Lise Holm", None, "guest")]),
    ("Barnehagekontoret v/ fagleder Arne Kvam la fram tallene.",
     [("Arne Kvam", None, "guest")]),
    ("Renovasjonsselskapet ved dagleg leiar Per Ås orienterte om nye ruter.",
     [("Per Ås", None, "guest")]),
    # a paper laid before the meeting by someone ("lagt fram v/", "framlagt ved")
    ("Regnskapet ble lagt fram v/ kasserer Eva Lid.", [("Eva Lid", None, "guest")]),
    ("Budsjettet vart framlagt ved rådgjevar Per Dahl.", [("Per Dahl", None, "guest")]),
    # sent on by someone is no presentation
    ("Saka vart sendt fram ved Kari Holm.", []),
])
def test_a_presenter_after_ved_and_a_title_or_a_paper_laid_before_the_meeting(body, found):
    assert _with_item("Orienteringer", body) == found


@pytest.mark.parametrize("seat", [
    "Brukarrepresentant: Hilde Moen",
    "Brukarrepresentant:\nHilde Moen",
    "Fastlegerepresentant: Hilde Moen",
])
def test_a_seat_of_its_own_after_a_side_heading_is_none_of_that_side(seat: str) -> None:
    """"Frå helseføretaket:" over its people, then "Brukarrepresentant: Hilde Moen": the
    users' seat speaks for the users, not for the side whose heading stood above it."""
    text = ("Referat frå møte i samhandlingsutvalet\n\nDato: 5. februar 2026\n\n"
            "Frå kommunane:\nAnne Dahl, Åsby kommune (leiar)\n"
            f"Frå helseføretaket:\nOlav Rud, fagdirektør\n{seat}\n\n"
            "Sak 1/26 Saksliste\nGodkjent.\n")
    people = {p.name: p for p in parse_bytes(text.encode(), "s.txt").participants}
    assert people["Olav Rud"].organization == "helseføretaket"
    assert people["Hilde Moen"].organization is None
    assert people["Hilde Moen"].attendance == Attendance.PRESENT


def test_middle_initial_lookup_by_first_and_last_word_is_the_walk_over_everyone():
    # ``People._with_initial`` asks only those noted under the name's first and last
    # word; the walk over every participant it replaced must find the same one (and the
    # same renames), whatever the order, spellings, inversions and first-name lists
    import random

    from motebok.extract import participants as module

    class Walking(module.People):
        def _with_initial(self, key: str, name: str) -> module.Participant | None:
            words = key.split()
            if len(words) != 3:
                return None
            if len(words[1].rstrip(".")) == 1 and \
                    (plain := self._by_key.get(f"{words[0]} {words[2]}")) is not None:
                return plain
            for known in self.order:
                other = module.normalize_name(known.name).split()
                if len(other) == 3 and other[0] == words[0] and other[2] == words[2] and \
                        other[1][:1] == words[1][:1] and (len(other[1].rstrip(".")) == 1
                                                          or len(words[1].rstrip(".")) == 1):
                    if len(words[1]) > len(other[1]):
                        known.name = name
                        self._by_key[key] = known
                    return known
            return None

    firsts = ["Stine", "Bjørn", "Kari", "Ola"]
    middles = ["Ø.", "Ødegaard", "Ø", "F.", "Furu", "Fredrik", "Ørn"]
    lasts = ["Urke", "Framnes", "Holm"]
    shapes = [lambda f, m, la: f"{f} {m} {la}", lambda f, m, la: f"{f} {la}",
              lambda f, m, la: f"{la}, {f} {m}", lambda f, m, la: f"{la}, {f}",
              lambda f, m, la: f]
    rng = random.Random(7)
    for _ in range(1500):
        walking, noted = Walking(), module.People()
        for _ in range(rng.randint(1, 12)):
            shape = rng.choice(shapes)
            name = shape(rng.choice(firsts), rng.choice(middles), rng.choice(lasts))
            walking.add(module.Entry(name=name, first_name_only=" " not in name))
            noted.add(module.Entry(name=name, first_name_only=" " not in name))
            assert walking.order == noted.order, name


def test_full_names_set_apart_by_slashes():
    from motebok.extract.participants import parse_people_list
    from motebok.vocab import Attendance

    found = parse_people_list("Kari Holm/Per Dahl/Ola Vik", None, Attendance.PRESENT)
    assert [entry.name for entry in found] == ["Kari Holm", "Per Dahl", "Ola Vik"]


def test_slash_between_person_and_organisation_stays():
    from motebok.extract.participants import parse_people_list
    from motebok.vocab import Attendance

    found = parse_people_list("Kari Holm/Nordby kommune, Per Dahl/Sørby kommune",
                              None, Attendance.PRESENT)
    assert [(entry.name, entry.organization) for entry in found] == [
        ("Kari Holm", "Nordby kommune"), ("Per Dahl", "Sørby kommune")]


def test_a_unit_named_with_og_after_the_comma_is_one_organisation():
    from motebok.extract.participants import parse_people_list
    from motebok.vocab import Attendance

    for line, unit in (("Roald Tøndel, Elvedal brann og redning", "Elvedal brann og redning"),
                       ("Vigdis Krogh, Helse og omsorg", "Helse og omsorg")):
        found = parse_people_list(line, None, Attendance.PRESENT)
        assert [(entry.name, entry.organization) for entry in found] == [
            (line.split(",")[0], unit)]
    found = parse_people_list("Kari Dahl, Per Holm og Ola Vik", None, Attendance.PRESENT)
    assert [entry.name for entry in found] == ["Kari Dahl", "Per Holm", "Ola Vik"]


def test_a_copy_column_beside_the_attendance_columns_keeps_them_lists():
    doc = [("heading", "Referat – arbeidsgruppe for stier", 1),
           ("table", [("Dato", "10.03.2026"), ("Sted", "Teams")]),
           ("table", [("Til stede", "Forfall", "Kopi til"),
                      ("Kari Holm", "Per Dahl", "Siri Lund"),
                      ("Ola Vik", "", "")]),
           ("heading", "1. Stikart", 2), ("para", "Kartet er ferdig.")]
    record = parse_bytes(to_docx(doc), "referat.docx")
    assert [(p.name, p.attendance) for p in record.participants] == [
        ("Kari Holm", "present"), ("Ola Vik", "present"), ("Per Dahl", "absent")]


def _regional_people(lines: str) -> list[tuple[str, str | None, str | None]]:
    text = (f"Referat fra styremøte i Fjordland regionråd\nDato: 13.03.2026\n\n{lines}\n\n"
            "Sak 1/26 Referat\nGodkjent.\n")
    record = parse_bytes(text.encode(), "regionrad.txt")
    return [(p.name, p.organization, p.role) for p in record.participants]


def test_two_names_joined_by_og_in_a_padded_row_are_both_of_its_place():
    people = _regional_people("Disse møtte:\nArne Solbakk                     Vågsnes\n"
                        "Hege Tveit og Kristoffer Lie     Nordøy")
    assert [(name, org) for name, org, _ in people] == [
        ("Arne Solbakk", "Vågsnes"), ("Hege Tveit", "Nordøy"), ("Kristoffer Lie", "Nordøy")]


def test_people_from_the_secretariat_named_after_og_are_all_secretaries():
    people = _regional_people("Ellers møtte: Håkon Brenna, Vågsnes kommune, Reidar Moe og "
                        "Ingrid Fosse fra sekretariatet.")
    assert [role for _, _, role in people] == ["guest", "secretary", "secretary"]


def test_two_names_joined_by_a_slash_without_spaces_are_two_people():
    people = _regional_people("Tilstede:\nSørbakken: Eva Hoelstad/Morten Grini\n"
                              "Elvestad: Gunn Bråten")
    assert [(name, org) for name, org, _ in people] == [
        ("Eva Hoelstad", "Sørbakken"), ("Morten Grini", "Sørbakken"), ("Gunn Bråten", "Elvestad")]


@pytest.mark.parametrize("sentence", [
    "Møtet ble ledet av regionrådets nestleder, ordfører Hanne Strøm.",
    "Møtet vart leia av nestleiar, ordførar Hanne Strøm.",
])
def test_the_chair_named_with_seat_and_title_after_led_by(sentence):
    people = _regional_people(f"Til stede: Hanne Strøm, Kåre Nilsen\n\n{sentence}")
    assert people[0] == ("Hanne Strøm", None, "chair")


def test_the_chief_executives_group_of_a_regional_council_are_guests():
    people = _regional_people("Til stede:\nOrdførere: Jorunn Skaug, Harald Mo\n"
                        "Rådmannsgruppa: Svein Rønning, Tove Aarsæther")
    assert [role for _, _, role in people] == ["member", "member", "guest", "guest"]


def test_a_seat_then_a_short_name_over_a_person_names_whom_she_comes_from():
    people = _regional_people("Til stede:\nOrdførere: Jorunn Skaug, Harald Mo\n"
                        "Ordfører VKT: Lisbeth Nordahl")
    assert people[-1] == ("Lisbeth Nordahl", "VKT", "member")


def _front_page_signed(signature: str) -> tuple[list, str | None]:
    text = ("PROTOKOLL FRA STYREMØTE TIRSDAG 10. MARS 2026\n\n"
            "Innkalte fra styret: Gunnhild Rustad, Einar Myhre og Mari Øverby\n"
            "Forfall: Einar Myhre\n"
            "Fra administrasjonen: Sigrid Nordahl og Arve Bjerke\n\n"
            "Saksliste\n8/26 Årsmelding\n9/26 Budsjett\n\n"
            f"{signature}\n\n"
            "8/26 Årsmelding\nGodkjent.\n\n9/26 Budsjett\nVedtatt.\n")
    record = parse_bytes(text.encode(), "styre.txt")
    people = [(p.name, p.role, p.attendance) for p in record.participants]
    return people, record.document_date


def test_the_title_under_a_signed_name_on_the_front_page_is_the_signer_s():
    # the protocol's front page signs over the case list: "styreleder" under the chair's
    # signed name is her title, not a label over the manager's name under it
    people, dated = _front_page_signed("Nordvik, 12. mars 2026\n\nGunnhild Rustad (s.)\n"
                                       "styreleder\n\nSigrid Nordahl\ndaglig leder")
    assert people == [("Gunnhild Rustad", "chair", "present"),
                      ("Einar Myhre", "member", "absent"),
                      ("Mari Øverby", "member", "present"),
                      ("Sigrid Nordahl", "guest", "present"),
                      ("Arve Bjerke", "guest", "present")]
    assert dated == "2026-03-12"  # the place and day it was signed, after the meeting


def test_a_forfall_list_ending_in_hadde_meldt_forfall_keeps_each_place():
    people = _regional_people("Forfall: Kari Bredesen, Bjørkli, og Jon Hovde, Granvik, "
                              "hadde meldt forfall.")
    assert [(name, org) for name, org, _ in people] == [
        ("Kari Bredesen", "Bjørkli"), ("Jon Hovde", "Granvik")]


@pytest.mark.parametrize("sentence", [
    "Leiar Torunn Eide ønskte vel møtt og leia møtet.",
    "Torunn Eide ynskte vel møtt og leia møtet.",
    "Leiar Torunn Eide ønskte alle vel møtt.",
])
def test_a_nynorsk_welcome_by_vel_moett_names_the_chair(sentence):
    """Nynorsk minutes open with "ønskte (alle) vel møtt" (also "ynskte") as bokmål ones
    with "ønsket velkommen": the leader who welcomed and led the meeting chaired it."""
    text = (f"Referat av møte i Nordvik mållag 18. mars 2026\n\n{sentence}\n\n"
            "Sak 1. Val av skrivar. Anders Berge vart vald.\n")
    record = parse_bytes(text.encode(), "maallag.txt")
    assert [(p.name, p.role) for p in record.participants][:1] == [("Torunn Eide", "chair")]


@pytest.mark.parametrize(("line", "name", "organization"), [
    ("Hovudverneombod Siv Aas", "Siv Aas", None),
    ("Kari Nes (tillitsvald)", "Kari Nes", None),
    ("HMS-ansvarlig Per Lund", "Per Lund", None),
    ("Hovedtillitsvalgt Eli Moe, Fagforbundet", "Eli Moe", "Fagforbundet"),
])
def test_a_safety_or_union_seat_is_a_title_not_a_name_or_an_organisation(line, name,
                                                                          organization):
    [entry] = parse_people_list(line, ParticipantRole.MEMBER, Attendance.PRESENT)
    assert (entry.name, entry.organization) == (name, organization)


@pytest.mark.parametrize(("line", "organization"), [
    ("Kari Nes, avdelingssjef, Klinikk for psykisk helse, Helse Fjordane HF",
     "Helse Fjordane HF"),
    ("Ola Dahl, seksjonsleiar, Medisinsk klinikk, Helse Nordvest HF", "Helse Nordvest HF"),
    ("Eli Moe, Avdeling for folkehelse, Innlandet fylkeskommune", "Innlandet fylkeskommune"),
    # (s70l) a university's department, also after the job's dashes
    ("Hege Sandvik, Institutt for marin teknologi, Universitetet i Nordkyst",
     "Universitetet i Nordkyst"),
    ("Hege Sandvik – instituttleder – Institutt for marin teknologi, Universitetet i Nordkyst",
     "Universitetet i Nordkyst"),
    # (s74i) a research centre as a department (``UNIT_WORDS``, also a faculty's opening)
    ("Hege Sandvik, Senter for omsorgsforsking, Universitetet i Nordkyst",
     "Universitetet i Nordkyst"),
])
def test_a_unit_before_the_organisation_it_belongs_to_leaves_the_organisation(line,
                                                                              organization):
    # the clinic or department only says where in the trust or county the person works,
    # as when written in lower case ("…, avdeling for folkehelse, Innlandet fylkeskommune")
    [entry] = parse_people_list(line, None, Attendance.PRESENT)
    assert entry.organization == organization


@pytest.mark.parametrize(("line", "places"), [
    ("Sverre Holm og Anne Lid, Nordøy, Gerd Aas, Strandvik.",
     ["Nordøy", "Nordøy", "Strandvik"]),
    ("Gerd Aas, Strandvik, Sverre Holm og Anne Lid, Nordøy",
     ["Strandvik", "Nordøy", "Nordøy"]),
    ("Sverre Holm, Nordøy, Gerd Aas, Strandvik og Anne Lid, Vestby",
     ["Nordøy", "Strandvik", "Vestby"]),
])
def test_one_place_after_two_names_joined_by_og_is_both_s(line, places):
    found = parse_people_list(line, ParticipantRole.MEMBER, Attendance.ABSENT)
    assert [e.organization for e in found] == places


def test_two_columns_of_name_and_organisation_typed_with_a_tab_read_cell_by_cell():
    # each cell is one "Name, Organisation" entry; the first row is no heading of two
    # organisations though both cells end in "kommune"
    text = ("Referat fra møte i Nordvest regionråd\n\nMøtedato: 12.03.2025\n\nTil stede:\n"
            "Kari Nordmann, Åsen kommune\tPer Ødegård, Nordby kommune\n"
            "Lise Berg, Åsen kommune\tOla Dal, Nordby kommune\n\n"
            "Sak 1/25 Godkjenning av innkalling\nInnkallingen ble godkjent.\n")
    people = parse_bytes(text.encode(), "referat.txt").participants
    assert [(p.name, p.organization) for p in people] == [
        ("Kari Nordmann", "Åsen kommune"), ("Per Ødegård", "Nordby kommune"),
        ("Lise Berg", "Åsen kommune"), ("Ola Dal", "Nordby kommune")]


@pytest.mark.parametrize(("cells", "heads"), [
    (("Kari Nordmann, Åsen kommune", "Per Ødegård, Nordby kommune"), False),
    (("Åsen kommune", "Nordby kommune"), True),
    (("Åsen kommune, teknisk etat", "Nordby kommune"), True)])
def test_a_row_of_name_and_organisation_cells_is_no_heading_of_organisations(cells, heads):
    assert (organization_heads(cells) is not None) is heads


def _deltakere(names: str) -> tuple[list[str], list[str]]:
    text = ("Referat fra møte i rådmannsutvalget\n\nDato: 14.04.2026\n\n"
            f"Deltakere: {names}\n\nSak 1/26 Godkjenning av innkalling\n"
            "Vedtak: Innkallingen ble godkjent.\n")
    record = parse_bytes(text.encode(), "referat.txt")
    return [p.name for p in record.participants], record.warnings


def test_names_run_together_with_three_words_are_kept_as_written_with_a_warning():
    # "Hurdal" may be her surname or her municipality: nothing in the words tells which
    names, warnings = _deltakere("Lillian Nærem Hurdal Jon Sverre Bråthen Nannestad "
                                 "Kari Sollie Eidsvoll")
    assert names == ["Lillian Nærem Hurdal", "Jon Sverre Bråthen Nannestad",
                     "Kari Sollie Eidsvoll"]
    assert any("run together" in warning for warning in warnings)


def test_names_run_together_of_two_words_each_need_no_warning():
    names, warnings = _deltakere("Lillian Nærem Jon Bråthen Kari Sollie")
    assert names == ["Lillian Nærem", "Jon Bråthen", "Kari Sollie"]
    assert not any("run together" in warning for warning in warnings)


def test_two_names_run_together_with_a_place_are_two_people_with_a_warning():
    # six words are never one name; "Per" starts the second, "Hurdal" may be a place
    names, warnings = _deltakere("Lillian Nærem Hurdal Per Moe Nes")
    assert names == ["Lillian Nærem Hurdal", "Per Moe Nes"]
    assert any("run together" in warning for warning in warnings)


def test_two_names_with_words_between_are_no_run_of_names():
    # "Jon Li (Ap) for Per Bø (Ap)": a substitute and whose seat he took
    [entry] = parse_people_list("Jon Li (Ap) for Per Bø (Ap)", ParticipantRole.MEMBER,
                                Attendance.PRESENT)
    assert (entry.name, entry.organization, entry.note) == ("Jon Li", "Ap", "for Per Bø")


def test_a_place_the_text_calls_a_municipality_is_split_off_names_run_together():
    names = "Lillian Nærem Hurdal Jon Sverre Bråthen Nannestad Kari Sollie Eidsvoll"
    text = ("Referat fra møte i rådmannsutvalget\n\nDato: 14.04.2026\n\n"
            f"Deltakere: {names}\n\nSak 1/26 Felles innkjøp\n"
            "Hurdal kommune, Nannestad kommune og Eidsvoll kommune kjøper brøyting sammen.\n")
    record = parse_bytes(text.encode(), "referat.txt")
    assert [(p.name, p.organization) for p in record.participants] == [
        ("Lillian Nærem", "Hurdal"), ("Jon Sverre Bråthen", "Nannestad"),
        ("Kari Sollie", "Eidsvoll")]
    assert not any("run together" in warning for warning in record.warnings)


def test_a_second_parenthesis_after_the_organisation_is_the_attendance_note() -> None:
    """ "Sigrid Lie (Vik sykehus HF) (forlot møtet etter sak 06/26)": the first brackets
    name whom she represents, the second how long she was there."""
    text = ("Møteprotokoll fra møte i styringsgruppen for Helsehuset\n\nMøtedato: 24.02.2026\n\n"
            "Deltakere:\nRagnar Eng (Storvik kommune), Sigrid Lie (Vik sykehus HF) "
            "(forlot møtet etter sak 06/26), Tor Aas (Nav Dal) (på Teams)\n\n"
            "05/26 Organisering\nTatt til orientering.\n")
    assert _people_of(text) == [
        ("Ragnar Eng", "Storvik kommune", "member", "present", None),
        ("Sigrid Lie", "Vik sykehus HF", "member", "partial", "forlot møtet etter sak 06/26"),
        ("Tor Aas", "Nav Dal", "member", "present", "på Teams")]


@pytest.mark.parametrize(("paren", "organization", "note"), [
    ("Sykepleierforbundet", "Sykepleierforbundet", None),
    ("Sjukehuset", "Sjukehuset", None),
    ("sykdom", None, "sykdom"),
])
def test_an_organisation_named_for_the_sick_is_no_reason_for_absence(
        paren: str, organization: str | None, note: str | None) -> None:
    """ "Forfall: Karin Bø (Sykepleierforbundet)": the union she represents, though its
    name starts like "syk" (a reason for being away); "(sykdom)" stays the reason."""
    entries = parse_people_list(f"Karin Bø ({paren})", ParticipantRole.MEMBER,
                                Attendance.ABSENT)
    assert [(e.name, e.organization, e.note) for e in entries] == [
        ("Karin Bø", organization, note)]


def test_guests_who_met_for_one_item_are_there_for_part_of_the_meeting() -> None:
    """ "A og B fra Analysehuset møtte i forbindelse med presentasjon av sak 14/26.": both
    came for that item only, from the firm the sentence names."""
    text = ("Referat fra styremøte 11.2.2026\n\nTil stede: Eva Marie Sande, Kjetil Brodal\n\n"
            "Bjørn Vestvik og Cecilie Haug fra Analysehuset møtte i forbindelse med "
            "presentasjon av sak 14/26.\n\nSak 14/26 Medlemsundersøkelsen\nTatt til "
            "orientering.\n")
    note = "møtte i forbindelse med presentasjon av sak 14/26"
    assert _people_of(text)[2:] == [
        ("Bjørn Vestvik", "Analysehuset", "guest", "partial", note),
        ("Cecilie Haug", "Analysehuset", "guest", "partial", note)]


def test_a_plural_job_title_before_the_first_of_its_people_is_no_part_of_the_name() -> None:
    """ "Avdelingsdirektørene Torill Aske, Even Halse": the title for both, written once."""
    text = ("Referat fra sentralstyrets møte 11.2.2026\n\nTil stede fra sentralstyret: Eva "
            "Sande, Kjetil Brodal\n\nTil stede fra administrasjonen: Avdelingsdirektørene "
            "Torill Aske, Even Halse\n\nSak 13/26 Referat\nReferatet ble godkjent.\n")
    assert [name for name, *_ in _people_of(text)] == [
        "Eva Sande", "Kjetil Brodal", "Torill Aske", "Even Halse"]


@pytest.mark.parametrize(("entry", "organization"), [
    ("Tomas Grav, brannsjef, Sørlia brann og redning IKS", "Sørlia brann og redning IKS"),
    ("Ola Vik, rådgiver, Helse og omsorg", "Helse og omsorg"),
])
def test_a_unit_joined_by_og_after_the_persons_job_is_one_organisation(
        entry: str, organization: str) -> None:
    """ "Name, job, Sørlia brann og redning IKS": the fire service the person comes from,
    not a unit "Sørlia brann" and a second person "redning IKS"."""
    entries = parse_people_list(entry, ParticipantRole.MEMBER, Attendance.PRESENT)
    assert [(e.name, e.organization) for e in entries] == [(entry.split(",")[0], organization)]


def test_the_office_column_of_an_attendance_table_is_whom_each_represents() -> None:
    """ "Navn | Funksjon | Kontor": a network of local offices lists each leader with the
    office they run (NAV Elvbakken), which is their organisation."""
    table = ("| Navn | Funksjon | Kontor |\n|---|---|---|\n"
             "| Gro Hammer | NAV-leder | NAV Elvbakken |\n"
             "| Stein Ivar Lund | NAV-leder | NAV Fossen |\n")
    assert _table_minutes(table) == [
        ("Gro Hammer", "NAV Elvbakken", "present", None),
        ("Stein Ivar Lund", "NAV Fossen", "present", None)]


@pytest.mark.parametrize("away", ["forfall", "møtte ikke"])
def test_an_absence_in_a_second_parenthesis_marks_the_person_away(away: str) -> None:
    """ "Til stede: …, Tor Aas (Sp) ({away}), …": the party in the first brackets, and the
    present list's mark for who did not come in the second."""
    text = (f"Protokoll fra møte i regionrådet 12.3.2026\n\nTil stede: Kari Holm (Ap), "
            f"Tor Aas (Sp) ({away}), Per Dahl (H)\n\nSak 1/26 Godkjenning\nGodkjent.\n")
    assert [(name, org, attendance) for name, org, _, attendance, _ in _people_of(text)] == [
        ("Kari Holm", "Ap", "present"), ("Tor Aas", "Sp", "absent"),
        ("Per Dahl", "H", "present")]


@pytest.mark.parametrize(("line", "organization"), [
    ("Tor Aas (Sp, forfall)", "Sp"),
    ("Kari Li (Berg kommune, meldt forfall)", "Berg kommune"),
])
def test_an_absence_after_the_organisation_in_brackets_says_who_did_not_come(line,
                                                                           organization):
    [entry] = parse_people_list(line, ParticipantRole.MEMBER, Attendance.PRESENT)
    assert (entry.name, entry.organization, entry.attendance, entry.note) == \
        (line.split(" (")[0], organization, Attendance.ABSENT, None)


def test_a_note_after_the_organisation_in_brackets_still_says_when():
    [entry] = parse_people_list("Pia Lund (Vestby kommune, fra sak 3)",
                                ParticipantRole.MEMBER, Attendance.PRESENT)
    assert (entry.organization, entry.attendance, entry.note) == \
        ("Vestby kommune", Attendance.PARTIAL, "fra sak 3")


def test_an_email_meetings_answers_are_its_attendance_and_its_writer_the_secretary():
    text = ("Protokoll fra e-postmøte i styret for Nordby Havn IKS\n\n"
            "Saken ble sendt ut på e-post 2. mars 2026 med svarfrist 5. mars 2026.\n\n"
            "Følgende styremedlemmer har svart:\nKari Holm (styreleder)\nOla Dahl\n\n"
            "Ikke svart: Per Lie\n\n"
            "Sak 3/26 Kjøp av båt\nVedtak: Styret godkjenner kjøpet.\n\n"
            "Protokollført av daglig leder Anne Foss 5. mars 2026.\n")
    people = parse_bytes(text.encode(), "epost.txt").participants
    assert [(p.name, p.role, p.attendance) for p in people] == [
        ("Kari Holm", ParticipantRole.CHAIR, Attendance.PRESENT),
        ("Ola Dahl", ParticipantRole.MEMBER, Attendance.PRESENT),
        ("Per Lie", ParticipantRole.MEMBER, Attendance.ABSENT),
        ("Anne Foss", ParticipantRole.SECRETARY, Attendance.PRESENT)]


def test_who_signs_for_the_protocol_wrote_it():
    text = ("Protokoll frå e-postmøte i arbeidsutvalet\n\nMøtedato: 24.04.2026\n\n"
            "Svar motteke frå:\nKari Holm, leiar\nOla Dahl\n\n"
            "Sak 4/26 Uttale\nVedtak: Samrøystes vedteke.\n\n"
            "For protokollen: Anne Foss, dagleg leiar\n")
    people = parse_bytes(text.encode(), "epost.txt").participants
    assert [(p.name, p.role) for p in people] == [
        ("Kari Holm", ParticipantRole.CHAIR), ("Ola Dahl", ParticipantRole.MEMBER),
        ("Anne Foss", ParticipantRole.SECRETARY)]


@pytest.mark.parametrize("signature", ["Referent: daglig leder Anne Foss",
                                       "Referent: rådgjevar Anne Foss, 25.04.2026",
                                       "Protokollført av daglig leder Anne Foss 25. april 2026"])
def test_a_writers_signature_with_her_job_before_the_name_gives_the_secretary(signature):
    # (s73a) her job in small letters between the label and the name, under the minutes
    # as in the head ("Referent: daglig leder X" above the items reads so too)
    text = ("Protokoll frå møte i arbeidsutvalet\n\nMøtedato: 24.04.2026\n\n"
            "Til stades: Kari Holm (leiar), Ola Dahl\n\n"
            f"Sak 4/26 Uttale\nVedtak: Samrøystes vedteke.\n\n{signature}\n")
    record = parse_bytes(text.encode(), "au.txt")
    assert [(p.name, p.role) for p in record.participants] == [
        ("Kari Holm", ParticipantRole.CHAIR), ("Ola Dahl", ParticipantRole.MEMBER),
        ("Anne Foss", ParticipantRole.SECRETARY)]
    assert record.items[0].text == "Vedtak: Samrøystes vedteke."


@pytest.mark.parametrize("mark", ["b) ", "b. ", "- ", ""])
def test_a_constitution_items_lettered_points_give_the_meetings_chair_and_referent(mark):
    # "Sak 1 Konstituering" of an annual meeting, its points lettered "a)", "b)" …
    text = ("Protokoll fra årsmøte i Lia vel\n\nDato: 2. mars 2026\n\n"
            "Sak 1 Konstituering\na) Innkallingen ble godkjent.\n"
            f"{mark}Møteleder: Eva Lund\n{mark.replace('b', 'c')}Referent: Per Moe\n\n"
            "Sak 2 Årsmelding\nGodkjent.\n")
    people = parse_bytes(text.encode(), "arsmote.txt").participants
    assert [(p.name, p.role) for p in people] == [
        ("Eva Lund", ParticipantRole.CHAIR), ("Per Moe", ParticipantRole.SECRETARY)]


@pytest.mark.parametrize(("line", "organization", "role"), [
    ("Lars Rå, oppvekstkontoret (referent)", "oppvekstkontoret", ParticipantRole.SECRETARY),
    ("Lars Rå, plankontoret, referent", "plankontoret", ParticipantRole.SECRETARY),
    ("Lars Rå, helse- og omsorgstjenesten", "helse- og omsorgstjenesten",
     ParticipantRole.MEMBER),
    ("Lars Rå, teknisk avdeling", "teknisk avdeling", ParticipantRole.MEMBER),
    ("Lars Rå, helsestasjonen", "helsestasjonen", ParticipantRole.MEMBER),
    ("Lars Rå, barnehagekontoret i Nordby", "barnehagekontoret i Nordby",
     ParticipantRole.MEMBER),
    # the municipality named after the unit is whom he represents
    ("Lars Rå, oppvekstkontoret (Midtdal kommune)", "Midtdal kommune", ParticipantRole.MEMBER),
    ("Lars Rå, skolekontoret, Midtdal kommune", "Midtdal kommune", ParticipantRole.MEMBER),
    ("Lars Rå, konsulent", None, ParticipantRole.MEMBER),  # a job: no organisation
    # the body he comes from by its definite word, with his meeting role after it (as
    # "Lars Rå, fylkeskommunen" alone already was)
    ("Lars Rå, fylkeskommunen (møteleiar)", "fylkeskommunen", ParticipantRole.CHAIR),
    ("Lars Rå, helseføretaket (referent)", "helseføretaket", ParticipantRole.SECRETARY),
])
def test_a_unit_written_small_after_the_name_is_whom_the_person_comes_from(
        line, organization, role):
    [entry] = parse_people_list(line, ParticipantRole.MEMBER, Attendance.PRESENT)
    assert (entry.name, entry.organization, entry.role) == ("Lars Rå", organization, role)


@pytest.mark.parametrize(("line", "organization", "note"), [
    ("Mari Haugerud / Elvedalen regionråd i deler av møtet", "Elvedalen regionråd",
     "i deler av møtet"),
    ("Mari Haugerud, Elvedalen regionråd i deler av møtet", "Elvedalen regionråd",
     "i deler av møtet"),
    ("Mari Haugerud, Elvby kommune, delvis", "Elvby kommune", "delvis"),
])
def test_part_of_the_meeting_after_the_organisation_is_a_note(line, organization, note):
    [entry] = parse_people_list(line, ParticipantRole.GUEST, Attendance.PRESENT)
    assert (entry.organization, entry.attendance, entry.note) == (
        organization, Attendance.PARTIAL, note)


@pytest.mark.parametrize(("line", "attendance"), [
    # away for some items only: there for the rest, with the list's words as note
    ("Eirik Øverby deltok ikke under sakene 3/26-4/26", Attendance.PARTIAL),
    ("Eirik Øverby var ikkje til stades i sak 12", Attendance.PARTIAL),
    ("Eirik Øverby (sykdom)", Attendance.ABSENT),  # why, not when
])
def test_an_absence_for_some_items_in_the_absence_list_is_partial(line, attendance):
    [entry] = parse_people_list(line, ParticipantRole.MEMBER, Attendance.ABSENT)
    assert entry.attendance is attendance
    assert entry.note == line.removeprefix("Eirik Øverby ").strip("()")


@pytest.mark.parametrize("line", [
    "Eirik Øverby deltok ikke", "Eirik Øverby kom ikkje", "Eirik Øverby (Sp) deltok ikke"])


@pytest.mark.parametrize("listed", [Attendance.PRESENT, Attendance.ABSENT])
def test_a_name_then_did_not_take_part_is_away_in_any_list(line, listed):
    [entry] = parse_people_list(line, ParticipantRole.MEMBER, listed)
    assert (entry.name, entry.attendance) == ("Eirik Øverby", Attendance.ABSENT)


def test_name_and_place_lines_run_into_one_are_one_person_each():
    # a copy ran "Name / Place" lines together: the next name starts at its first name
    line = ("Rune Engen / Hjartdal Astrid Sommer / Kongsvik Magnus Matre / Notodden "
            "i deler av møtet Jon Pedersen / Flesvik")
    found = parse_line(line, ParticipantRole.MEMBER, Attendance.PRESENT)
    assert [(e.name, e.organization, e.note) for e in found] == [
        ("Rune Engen", "Hjartdal", None), ("Astrid Sommer", "Kongsvik", None),
        ("Magnus Matre", "Notodden", "i deler av møtet"), ("Jon Pedersen", "Flesvik", None)]


def test_everyone_the_secretariat_sends_is_its_secretary():
    # "sekretariatet ved Kari Holm og Per Dahl": both come for the secretariat
    found = parse_line("sekretariatet ved Kari Holm og Per Dahl", ParticipantRole.GUEST,
                       Attendance.PRESENT)
    assert [(e.name, e.organization, e.role) for e in found] == [
        ("Kari Holm", "sekretariatet", ParticipantRole.SECRETARY),
        ("Per Dahl", "sekretariatet", ParticipantRole.SECRETARY)]


@pytest.mark.parametrize(("line", "name", "role", "attendance"), [
    # an e-mail meeting's answer after a dash is a vote, no organisation: who answered
    # took part, who did not answer is absent
    ("Kjell Aasen, styreleder – ja", "Kjell Aasen", "chair", "present"),
    ("Gunn Hilde Rø – enig", "Gunn Hilde Rø", "member", "present"),
    ("Frode Lian - ingen merknader", "Frode Lian", "member", "present"),
    ("Astrid Berg – ikke svart", "Astrid Berg", "member", "absent"),
])
def test_an_answer_after_a_dash_is_no_organisation(line, name, role, attendance):
    [entry] = parse_people_list(line, ParticipantRole.MEMBER, Attendance.PRESENT)
    assert (entry.name, entry.organization, entry.role, entry.attendance, entry.note) == (
        name, None, role, attendance, None)


def test_the_members_answers_under_svar_fra_styremedlemmene():
    text = ("Protokoll fra e-postmøte i styret for Lågdal Vannverk IKS\n\n"
            "Frist for svar: 4. mars 2026\n\nSvar fra styremedlemmene:\n"
            "Kjell Aasen, styreleder – ja\nFrode Lian – ja\nAstrid Berg – ikke svart\n\n"
            "Sak 2/26 Innkjøp av pumpe\nVedtak: Styret godkjenner innkjøpet.\n")
    people = parse_bytes(text.encode(), "epost.txt").participants
    assert [(p.name, p.organization, p.attendance) for p in people] == [
        ("Kjell Aasen", None, "present"), ("Frode Lian", None, "present"),
        ("Astrid Berg", None, "absent")]


def _people(attendance_lines: str) -> list[tuple[str, str | None, str]]:
    """The participants of a small minutes text with these attendance lines."""
    text = (f"Referat fra møte i Vestdalen regionråd\n\nDato: 3. mars 2026\n\n"
            f"{attendance_lines}\n\nSak 1/26 Godkjenning av innkalling\nVedtak: Godkjent.\n")
    record = parse_bytes(text.encode(), "referat.txt")
    return [(p.name, p.organization, str(p.role)) for p in record.participants]


@pytest.mark.parametrize(("lines", "people"), [
    ("Møteleder: Sten\nReferent: Máret",
     [("Sten", None, "chair"), ("Máret", None, "secretary")]),
    ("Referent: Hassan", [("Hassan", None, "secretary")]),
    ("Til stede: Anne Berg, Sjur og Jarl",
     [("Anne Berg", None, "member"), ("Sjur", None, "member"), ("Jarl", None, "member")]),
])
def test_first_names_alone_from_old_rural_sami_and_newer_norwegian_names(lines, people):
    # a first name alone is a person only when it is a known first name
    assert _people(lines) == people


@pytest.mark.parametrize("label", ["Fra adm:", "Fra adm.:", "Adm.:", "Fra administrasjonen:"])
def test_an_abbreviated_administration_label_names_whom_its_people_represent(label):
    assert _people(f"Til stede: Kari Holm\n{label} Rolf Kvist")[-1] == \
        ("Rolf Kvist", "administrasjonen", "guest")


def test_an_abbreviated_secretariat_label_gives_its_people_the_secretariat():
    assert _people("Til stede: Kari Holm\nFra sekr.: Gro Li")[-1] == \
        ("Gro Li", "sekretariatet", "secretary")


@pytest.mark.parametrize(("line", "organizations"), [
    ("Eli Sund og Tor Ask, oppvekstkontoret", ["oppvekstkontoret", "oppvekstkontoret"]),
    ("Eli Sund og Tor Ask, oppvekstkontoret, Per Li", ["oppvekstkontoret", "oppvekstkontoret",
                                                       None]),
    ("Kari Holm, Nordby kommune, Per Bø og Siv Lie, Østby kommune",
     ["Nordby kommune", "Østby kommune", "Østby kommune"]),
    # three without an organisation before it: whom they share is a guess
    ("Kari Holm, Eli Sund og Tor Ask, oppvekstkontoret", [None, None, "oppvekstkontoret"]),
])
def test_a_pair_joined_by_og_shares_the_organisation_after_a_comma(line, organizations):
    found = parse_people_list(line, ParticipantRole.MEMBER, Attendance.PRESENT)
    assert [e.organization for e in found] == organizations


@pytest.mark.parametrize("build", [to_txt, to_md, to_html, to_docx, to_odt])
def test_a_seat_first_in_a_table_of_those_called_in_is_no_header_label(build):
    # "Funksjon | Navn | Forfall | Møtt for", as case systems print it: "Ordfører | Kjell
    # Tangen | |" is the first seat of the table, not "Ordfører: Kjell Tangen" (which
    # ended the table, and the marks and the deputy under it were lost)
    doc = [("heading", "Møtebok"), ("para", "Utvalg: Kommunestyret"),
           ("para", "Dato: 18.06.2025"), ("para", "Innkalte:"),
           ("table", [("Funksjon", "Navn", "Forfall", "Møtt for"),
                      ("Ordfører", "Kjell Tangen", "", ""),
                      ("Medlem", "Berit Olsen", "X", ""),
                      ("Varamedlem", "Ove Bakke", "", "Berit Olsen")]),
           ("heading", "PS 40/25 Budsjett", 2), ("para", "Vedtak: Budsjettet godkjennes.")]
    record = parse_bytes(build(doc), "motebok." + build.__name__[3:])
    assert [(p.name, p.role, p.attendance, p.note) for p in record.participants] == [
        ("Kjell Tangen", ParticipantRole.CHAIR, Attendance.PRESENT, None),
        ("Berit Olsen", ParticipantRole.MEMBER, Attendance.ABSENT, None),
        ("Ove Bakke", ParticipantRole.MEMBER, Attendance.PRESENT, "for Berit Olsen")]


@pytest.mark.parametrize(("line", "people"), [
    ("KN – Kari Nymoen", [("Kari Nymoen", None)]),
    ("PD - Per Dal, Vestby kommune", [("Per Dal", "Vestby kommune")]),
    ("TBH – Tone Berg Hansen – Frogn kommune", [("Tone Berg Hansen", "Frogn kommune")]),
    ("KN – Kari Nymoen, PD – Per Dal", [("Kari Nymoen", None), ("Per Dal", None)]),
    ("KS – Kjell Sande, Vestland fylkeskommune", [("Kjell Sande", "Vestland fylkeskommune")]),
    # not her initials, or a party or an agency by its short name: whom she represents
    ("NAV – Kari Nymoen", [("Kari Nymoen", "NAV")]),
    ("AP – Anne Pedersen", [("Anne Pedersen", "AP")]),
    ("KS – Kari Sand", [("Kari Sand", "KS")]),
])
def test_initials_before_a_name_are_the_persons_own_not_an_organisation(line, people):
    entries = parse_people_list(line, ParticipantRole.MEMBER, Attendance.PRESENT)
    assert [(entry.name, entry.organization) for entry in entries] == people


@pytest.mark.parametrize(("line", "people"), [
    # (s74k) hurried notes: the initials, then the name and what the list says of her in
    # one bracket
    ("KH (Kari Holm, Nordby, leder), PD (Per Dahl, Sørvik)",
     [("Kari Holm", "Nordby", ParticipantRole.CHAIR),
      ("Per Dahl", "Sørvik", ParticipantRole.MEMBER)]),
    ("ASL (Anne Sofie Lunde, Øvrevang), TM (Trond Moe)",
     [("Anne Sofie Lunde", "Øvrevang", ParticipantRole.MEMBER),
      ("Trond Moe", None, ParticipantRole.MEMBER)]),
    ("GJ (Gunn Jensen, Lindvik) – møteleder", [("Gunn Jensen", "Lindvik", ParticipantRole.CHAIR)]),
    # (s74o) a party's capitals that are all her initials, the bracket going on to say
    # whom she represents: hers, as her neighbour's are
    ("AP (Anne Pedersen, Nordby), KH (Kari Holm, Nordby)",
     [("Anne Pedersen", "Nordby", ParticipantRole.MEMBER),
      ("Kari Holm", "Nordby", ParticipantRole.MEMBER)]),
    ("SV (Siv Vik, Sørvik kommune, leiar)",
     [("Siv Vik", "Sørvik kommune", ParticipantRole.CHAIR)]),
    # the bracket says nothing more: the party stays whom she represents
    ("AP (Anne Pedersen)", [("Anne Pedersen", "AP", ParticipantRole.MEMBER)]),
    # not her initials: whom she represents, as before
    ("NAV (Kari Holm)", [("Kari Holm", "NAV", ParticipantRole.MEMBER)]),
    ("KS (Kari Sand)", [("Kari Sand", "KS", ParticipantRole.MEMBER)]),
    ("KS (Kjell Sande, Vestland fylkeskommune)",
     [("Kjell Sande", "Vestland fylkeskommune", ParticipantRole.MEMBER)]),
    # (s74p) a code not hers, the bracket going on to say whom she represents: the
    # bracket's, as "SP: Kari Holm, Nordby" is read; her role alone keeps the code
    ("NAV (Kari Holm, Nordby), SP (Per Lie, Sørby)",
     [("Kari Holm", "Nordby", ParticipantRole.MEMBER),
      ("Per Lie", "Sørby", ParticipantRole.MEMBER)]),
    ("Ola Berg (leder), NAV (Kari Holm, Nordby kommune)",
     [("Ola Berg", None, ParticipantRole.CHAIR),
      ("Kari Holm", "Nordby kommune", ParticipantRole.MEMBER)]),
    ("SU (Kari Holm, leder)", [("Kari Holm", "SU", ParticipantRole.CHAIR)]),
    ("Ola Berg (leder), SP: Kari Holm, Nordby",
     [("Ola Berg", None, ParticipantRole.CHAIR), ("Kari Holm", "Nordby", ParticipantRole.MEMBER)]),
    # (s75a) the party's code first in the list, read alone as on a line of its own; a
    # party's one capital or mixed-case code; entries a semicolon parts
    ("SP: Kari Holm, Nordby", [("Kari Holm", "Nordby", ParticipantRole.MEMBER)]),
    ("SP: Kari Holm", [("Kari Holm", "SP", ParticipantRole.MEMBER)]),
    ("H: Per Dahl, Vestby", [("Per Dahl", "Vestby", ParticipantRole.MEMBER)]),
    ("H: Per Dahl, Vestby (leder)", [("Per Dahl", "Vestby", ParticipantRole.CHAIR)]),
    ("KrF: Kari Holm, Nordby kommune", [("Kari Holm", "Nordby kommune", ParticipantRole.MEMBER)]),
    ("Ola Berg, H: Per Dahl, Vestby",
     [("Ola Berg", None, ParticipantRole.MEMBER), ("Per Dahl", "Vestby", ParticipantRole.MEMBER)]),
    ("SP: Kari Holm, Nordby; Ap: Ola Berg, Sørbø",
     [("Kari Holm", "Nordby", ParticipantRole.MEMBER),
      ("Ola Berg", "Sørbø", ParticipantRole.MEMBER)]),
    # a second person after the comma is no place: both people, the code hers
    ("Per Li, SRU: Kari Holm, Ola Brenden",
     [("Per Li", None, ParticipantRole.MEMBER), ("Kari Holm", "SRU", ParticipantRole.MEMBER),
      ("Ola Brenden", None, ParticipantRole.MEMBER)]),
])
def test_initials_before_a_bracket_that_opens_with_the_name(line, people):
    entries = parse_people_list(line, ParticipantRole.MEMBER, Attendance.PRESENT)
    assert [(entry.name, entry.organization, entry.role) for entry in entries] == people


@pytest.mark.parametrize("present", [
    "Til stede: Ola Berg, SP: Kari Holm, Nordby",
    "Til stede:\nAp: Ola Berg\nSP: Kari Holm, Nordby",
])
def test_a_party_code_before_the_second_name_of_a_present_line(present):
    # (s75a) "Ola Berg, SP:" is no group's heading: a person, then the next one's party
    text = ("Referat fra møte i regionrådet\n\nDato: 12.03.2025\n\n" + present +
            "\nForfall: H: Per Dahl, Vestby\n\nSak 1/25 Godkjenning av innkalling\n"
            "Innkallingen ble godkjent.\n")
    people = parse_bytes(text.encode(), "referat.txt").participants
    assert [(p.name, p.attendance) for p in people] == [
        ("Ola Berg", "present"), ("Kari Holm", "present"), ("Per Dahl", "absent")]
    assert people[1].organization == "Nordby" and people[2].organization == "Vestby"


def test_an_attendee_named_by_initials_first_stays_their_owner_in_the_tasks():
    text = ("Referat fra møte i Follo næringsnettverk\n\nDato: 12. mars 2025\n\n"
            "Til stede:\nKN – Kari Nymoen\nPD - Per Dal, Vestby kommune\n\n"
            "Sak 1/25 Næringsareal\nKN sender oversikten til alle innen 1. april.\n")
    record = parse_bytes(text.encode(), "referat.txt")
    assert [(p.name, p.organization) for p in record.participants] == [
        ("Kari Nymoen", None), ("Per Dal", "Vestby kommune")]
    assert [(a.responsible, a.due) for a in record.items[0].actions] == [("KN", "2025-04-01")]


def test_an_initials_column_of_a_headerless_table_is_no_organisation():
    rows = [["KN", "Kari Nymoen", "Vestby kommune (leder)"], ["PD", "Per Dal", "Ås kommune"]]
    doc = [("para", "Referat fra møte i Follo næringsnettverk"), ("para", "Dato: 12. mars 2025"),
           ("para", "Til stede:"), ("table", rows), ("para", "Sak 1/25 Godkjenning"),
           ("para", "Innkallingen ble godkjent.")]
    people = parse_bytes(to_docx(doc), "referat.docx").participants
    assert [(p.name, p.organization, p.role) for p in people] == [
        ("Kari Nymoen", "Vestby kommune", "chair"), ("Per Dal", "Ås kommune", "member")]


@pytest.mark.parametrize(("line", "organizations"), [
    ("Kari Li (Vestby k.), Per Dal (Nordby k.), Ola Moe, Statsforv.",
     ["Vestby k.", "Nordby k.", "Statsforv."]),
    ("Kari Li, Vestby k., Per Dal, Nordby k.", ["Vestby k.", "Nordby k."]),
    ("Kari Li, Vestby k., Per Dal, Fylkesk., Ola Moe, Statsforv.",
     ["Vestby k.", "Fylkesk.", "Statsforv."]),
    # a whole word at the list's end loses the sentence's stop
    ("Kari Li, Vestby, Per Dal, Nordby.", ["Vestby", "Nordby"]),
    ("Kari Li, Ås kommune, Ola Moe, Statsforvalteren.", ["Ås kommune", "Statsforvalteren"]),
])
def test_an_organisation_cut_short_keeps_its_stop_also_at_the_lists_end(line, organizations):
    entries = parse_people_list(line, ParticipantRole.MEMBER, Attendance.PRESENT)
    assert [entry.organization for entry in entries] == organizations


@pytest.mark.parametrize(("sentence", "person"), [
    ("Arne Vik, leder i Næringsforeningen, var til stede under saken.",
     ("Arne Vik", "Næringsforeningen", "guest", "partial", "var til stede under saken")),
    ("Leder i Næringsforeningen, Arne Vik, var til stede under saken.",
     ("Arne Vik", "Næringsforeningen", "guest", "partial", "var til stede under saken")),
    ("Arne Vik (leder i Næringsforeningen) var til stede under saken.",
     ("Arne Vik", "Næringsforeningen", "guest", "partial", "var til stede under saken")),
    ("Arne Vik, dagleg leiar i Sogn Næringsselskap, deltok under saka.",
     ("Arne Vik", "Sogn Næringsselskap", "guest", "partial", "deltok under saka")),
    ("Daglig leder Eva Lund (Vestby Næringsselskap) orienterte.",
     ("Eva Lund", "Vestby Næringsselskap", "guest", "present", None)),
    ("Eva Lund, daglig leder i Vestby Næringsselskap, orienterte om tomtene.",
     ("Eva Lund", "Vestby Næringsselskap", "guest", "present", None)),
    ("Daglig leder i Vestby Næringsselskap Eva Lund orienterte om tomtene.",
     ("Eva Lund", "Vestby Næringsselskap", "guest", "present", None)),
    ("Rådgjevar i Sogndal kommune Eva Lund la fram saka.",
     ("Eva Lund", "Sogndal kommune", "guest", "present", None)),
])
def test_a_visitor_named_in_an_item_with_a_role_gives_the_organisation_of_the_role(
        sentence, person):
    text = ("Referat fra møte i Vestby næringsråd\n\nDato: 18. mars 2025\n\n"
            "Til stede: Helge Ruud (leder), Marte Sand\n\n"
            f"Sak 10/25 Næringsareal\n{sentence}\nSaken ble tatt til orientering.\n")
    assert _people_of(text)[2:] == [person]


def test_a_unit_in_apposition_after_a_name_is_no_job():
    # "Eldbjørg Teigen, plan- og utviklingsavdelinga, var …": no job, no bracket made
    text = "Eldbjørg Teigen, plan- og utviklingsavdelinga, var til stades under saka."
    assert all(paren is None for _name, paren, _note in partial_sentences(text))


@pytest.mark.parametrize(("line", "person"), [
    ("Ola Moe, Statsforvalteren i Oslo og Viken – observatør",
     ("Statsforvalteren i Oslo og Viken", ParticipantRole.GUEST, None)),
    ("Kari Li, ordførar Ås kommune – leiar", ("Ås kommune", ParticipantRole.CHAIR, None)),
    ("Kari Li, rådgiver i Ås kommune – til stede fra sak 2",
     ("Ås kommune", ParticipantRole.MEMBER, "til stede fra sak 2")),
])
def test_what_a_dash_adds_after_whom_a_person_represents_is_said_of_the_person(line, person):
    [entry] = parse_people_list(line, ParticipantRole.MEMBER, Attendance.PRESENT)
    assert (entry.organization, entry.role, entry.note) == person


def test_the_mayors_title_before_the_first_place_is_no_part_of_it():
    line = "Ordførerne i Ås (Kari Li), Frogn (Per Dal) og Vestby (Ola Moe)"
    entries = parse_people_list(line, ParticipantRole.MEMBER, Attendance.PRESENT)
    assert [(entry.name, entry.organization) for entry in entries] == [
        ("Kari Li", "Ås"), ("Per Dal", "Frogn"), ("Ola Moe", "Vestby")]


def test_the_heads_named_by_place_at_a_regionrad_serve_it_as_guests():
    text = ("Protokoll frå møte i Nordfjord regionråd\n\nDato: 6. november 2025\n\n"
            "Til stades:\nOrdførarane i Stryn (Per Tyrdal) og Gloppen (Anders Ryssdal).\n"
            "Kommunedirektørane i Stryn (Eva Loen) og Gloppen (Jon Sandvik).\n\n"
            "Sak 1/25 Godkjenning av innkalling\nInnkallinga vart godkjend.\n")
    assert [(name, org, role) for name, org, role, _a, _n in _people_of(text)] == [
        ("Per Tyrdal", "Stryn", "member"), ("Anders Ryssdal", "Gloppen", "member"),
        ("Eva Loen", "Stryn", "guest"), ("Jon Sandvik", "Gloppen", "guest")]


@pytest.mark.parametrize("lines", [
    "Til stades: Kari Li (Stryn), Per Dal (Gloppen). På Teams: Ola Moe (Stad).",
    "Til stades: Kari Li (Stryn), Per Dal (Gloppen)\nPå Teams: Ola Moe (Stad)",
])
def test_those_on_teams_after_those_in_the_room_have_the_channel_as_note(lines):
    assert [(name, note) for name, _o, _r, _a, note in _people_of(
        f"Referat frå møte i kulturnettverket\n\nDato: 2. desember 2025\n\n{lines}\n\n"
        "Sak 1/25 Godkjenning av innkalling\nInnkallinga vart godkjend.\n")] == [
        ("Kari Li", None), ("Per Dal", None), ("Ola Moe", "På Teams")]


def test_who_came_instead_under_those_who_did_not_is_present():
    text = ("Referat frå møte i kulturnettverket\n\nDato: 2. desember 2025\n\n"
            "Møtte ikkje: Kari Li (Stryn k.), Per Dal (Gloppen k.)\n"
            "Møtte i staden: Eli Tenden (Stryn k.)\n\n"
            "Sak 1/25 Godkjenning av innkalling\nInnkallinga vart godkjend.\n")
    assert [(name, attendance) for name, _o, _r, attendance, _n in _people_of(text)] == [
        ("Kari Li", "absent"), ("Per Dal", "absent"), ("Eli Tenden", "present")]


@pytest.mark.parametrize("lines", [
    "Til stede var Kari Li, Per Dal og Ola Moe, Statsforv. Referent var Eva Lund.",
    "Til stede: Kari Li, Per Dal og Ola Moe, Statsforv. Referent: Eva Lund.",
    "Til stades: Kari Li, Per Dal og Ola Moe, Statsforv.\nReferent: Eva Lund",
])
def test_an_organisation_cut_short_keeps_its_stop_before_the_next_sentence_or_label(lines):
    text = (f"Referat fra møte i regionrådet\n\nDato: 12.03.2024\n\n{lines}\n\n"
            "Sak 1/24 Godkjenning av innkalling\nInnkallingen ble godkjent.\n")
    assert [(name, org, role) for name, org, role, _a, _n in _people_of(text)] == [
        ("Kari Li", None, "member"), ("Per Dal", None, "member"),
        ("Ola Moe", "Statsforv.", "member"), ("Eva Lund", None, "secretary")]


def test_the_referent_s_sentence_after_the_list_adds_her_where_it_stands():
    # (both before the cut organisation are of it: "Kari Li og Per Dal, Vestby k.")
    text = ("Referat fra møte i regionrådet\n\nDato: 12.03.2024\n\n"
            "Til stede var Kari Li og Per Dal, Vestby k. Referent var Eva Lund.\n"
            "Tor Aas hadde meldt forfall.\n\n"
            "Sak 1/24 Godkjenning av innkalling\nInnkallingen ble godkjent.\n")
    assert [(name, org, role, attendance) for name, org, role, attendance, _n
            in _people_of(text)] == [
        ("Kari Li", "Vestby k.", "member", "present"),
        ("Per Dal", "Vestby k.", "member", "present"),
        ("Eva Lund", None, "secretary", "present"), ("Tor Aas", None, "member", "absent")]


_AFTER_THE_ITEMS = ("Referat fra møte i nettverket\n\nDato: 14.05.2024\nSted: Teams\n\n"
                    "Sak 1/24 Godkjenning av innkalling\nInnkallingen ble godkjent.\n\n"
                    "Sak 2/24 Eventuelt\nIngen saker.\n\n")


@pytest.mark.parametrize("heading", [
    "Vedlegg 1: Deltakere", "Vedlegg: Deltakerliste", "Bilag 2 – Deltakarliste",
    "Deltakerliste", "Oversikt over deltakere", "Deltakere på møtet"])
def test_a_list_of_who_came_bound_after_the_last_item_is_the_participants(heading):
    text = (f"{_AFTER_THE_ITEMS}{heading}\nKari Li, Vestby kommune\nPer Dal, Nordby kommune\n"
            "Eva Lund, sekretariatet (referent)\n")
    record = parse_bytes(text.encode(), "nettverk.txt")
    assert [(p.name, p.organization, p.role) for p in record.participants] == [
        ("Kari Li", "Vestby kommune", "member"), ("Per Dal", "Nordby kommune", "member"),
        ("Eva Lund", "sekretariatet", "secretary")]
    assert record.items[-1].text == "Ingen saker."


@pytest.mark.parametrize("render", [to_docx, to_txt, to_md])
def test_a_table_of_who_came_bound_after_the_last_item_is_the_participants(render):
    doc = [("heading", "Referat fra møte i prosjektgruppen", 1), ("para", "Dato: 19.09.2024"),
           ("heading", "Sak 1/24 Godkjenning av innkalling", 2), ("para", "Godkjent."),
           ("heading", "Sak 2/24 Eventuelt", 2), ("para", "Ingen saker."),
           ("heading", "Vedlegg 1: Deltakere", 2),
           ("table", [("Navn", "Organisasjon"), ("Siri Bakken", "Vestby kommune"),
                      ("Morten Hage", "Nordby kommune"), ("Petter Ås", "Fjordløftet")])]
    ext = render.__name__.removeprefix("to_")
    record = parse_bytes(render(doc), f"referat.{ext}")
    assert [(p.name, p.organization) for p in record.participants] == [
        ("Siri Bakken", "Vestby kommune"), ("Morten Hage", "Nordby kommune"),
        ("Petter Ås", "Fjordløftet")]
    assert record.items[-1].text == "Ingen saker."


def test_an_appendix_that_is_no_list_of_people_is_still_cut_off():
    text = (f"{_AFTER_THE_ITEMS}Vedlegg 1: Høringsuttalelse\n"
            "Regionrådet viser til høringsbrevet av 3. april.\nVi støtter forslaget.\n")
    record = parse_bytes(text.encode(), "nettverk.txt")
    assert record.participants == []
    assert record.items[-1].text == "Ingen saker."


@pytest.mark.parametrize(("heading", "guests"), [
    (("Kommune", "Ordfører", "Kommunedirektør"), {"Eva Lund", "Rune Dahl"}),
    (("Kommune", "Ordførar", "Varaordførar"), set()),
])
def test_a_mark_alone_in_a_seat_matrix_cell_is_that_seat_s_not_the_row_s(heading, guests):
    doc = [("heading", "Protokoll fra møte i regionrådet", 1), ("para", "Dato: 07.02.2025"),
           ("para", "Til stede:"),
           ("table", [heading, ("Nordby", "Ola Moe", "Eva Lund"), ("Vestby", "Kari Li", "forfall"),
                      ("Østby", "forfall", "Rune Dahl"), ("Sørby", "Tor Aas (forfall)", "–")]),
           ("heading", "Sak 1/25 Godkjenning av innkalling", 2), ("para", "Godkjent.")]
    people = parse_bytes(to_docx(doc), "referat.docx").participants
    assert [(p.name, p.organization, p.attendance) for p in people] == [
        ("Ola Moe", "Nordby", "present"), ("Eva Lund", "Nordby", "present"),
        ("Kari Li", "Vestby", "present"), ("Rune Dahl", "Østby", "present"),
        ("Tor Aas", "Sørby", "absent")]
    assert {p.name for p in people if p.role == "guest"} == guests


@pytest.mark.parametrize("label", [
    "Til stede i møterommet", "Fysisk til stede", "Til stades fysisk", "Deltok fysisk"])
def test_those_in_the_room_beside_those_on_a_channel_are_listed(label):
    text = ("Referat fra møte i helsenettverket\n\nDato: 10.04.2025\n\n"
            f"{label}: Kari Li, Nordby kommune\nDeltok digitalt: Per Dal, Vestby kommune\n\n"
            "Sak 1/25 Godkjenning av innkalling\nGodkjent.\n")
    assert [(name, org, note) for name, org, _r, _a, note in _people_of(text)] == [
        ("Kari Li", "Nordby kommune", None), ("Per Dal", "Vestby kommune", "digitalt")]


def test_a_seat_matrix_row_is_of_its_first_cell_s_municipality_whatever_another_cell_says():
    text = ("Referat frå møte i regionrådet\n\nDato: 5. september 2025\n\nTil stades:\n"
            "Kommune\tOrdførar\tKommunedirektør\n"
            "Årvik\tLiv Aarvik\tJon Berge (frå sak 3)\n"
            "Lærvik\tOdd Lærum\tforfall – Kari Fosse møtte\n\n"
            "Sak 30/25 Godkjenning av innkalling\nGodkjend.\n")
    assert [(name, org, role, attendance) for name, org, role, attendance, _n
            in _people_of(text)][:3] == [
        ("Liv Aarvik", "Årvik", "member", "present"),
        ("Jon Berge", "Årvik", "guest", "partial"),
        ("Odd Lærum", "Lærvik", "member", "present")]


@pytest.mark.parametrize(("sender", "came"), [
    ("Frå:    Dagleg leiar Terje Aasebø", "Olav Sæle og Gro Hatlem, i tillegg til underteikna"),
    ("Fra: Prosjektleder Terje Aasebø", "Olav Sæle, Gro Hatlem samt undertegnede"),
])
def test_a_memo_s_writer_after_his_job_is_the_undersigned_among_those_who_came(sender, came):
    # a memo's "Til / Frå / Kopi / Dato" head: the sender after his job title is the
    # "underteikna" of the sentence naming who came (the copy's recipient is no one here)
    text = (f"NOTAT\n\nTil:    Arbeidsutvalet\n{sender}\nKopi:   Styreleiar Inger Sandvik\n"
            "Dato:   3. mars 2025\n\nNotat frå møte i arbeidsutvalet\n\n"
            f"Møtet vart halde 27. februar på Knarvik. Til stades var {came}.\n\n"
            "1. Rutetilbodet\nFylkeskommunen orienterte om kutt i kveldsavgangane.\n\n"
            "2. Vidare prosess\nDet vart semje om å sende innspel.\n")
    people = parse_bytes(text.encode(), "notat.txt").participants
    assert [p.name for p in people] == ["Olav Sæle", "Gro Hatlem", "Terje Aasebø"]


@pytest.mark.parametrize("sentence", [
    "Til stades frå arbeidsutvalet var Olav Sæle og Gro Hatlem.",
    "Frå arbeidsutvalet møtte Olav Sæle og Gro Hatlem.",
])
def test_a_group_sentence_naming_the_body_that_met_lists_its_members(sentence):
    # "Frå arbeidsutvalet møtte …" in the arbeidsutval's own notes: members, with no
    # organisation; "Frå fylkeskommunen møtte …" beside it still names guests
    text = ("Notat frå møte i arbeidsutvalet\n\nDato: 3. mars 2025\n\n"
            f"Møtet vart halde på Knarvik. {sentence} Frå fylkeskommunen møtte Marte Rong.\n\n"
            "1. Rutetilbodet\nFylkeskommunen orienterte om kutt.\n\n"
            "2. Vidare prosess\nDet vart semje om å sende innspel.\n")
    people = parse_bytes(text.encode(), "notat.txt").participants
    assert [(p.name, p.organization, p.role) for p in people] == [
        ("Olav Sæle", None, ParticipantRole.MEMBER), ("Gro Hatlem", None, ParticipantRole.MEMBER),
        ("Marte Rong", "fylkeskommunen", ParticipantRole.GUEST)]


def _seats_of(attendance: str) -> list[tuple[str, str, str, str | None]]:
    """(name, role, attendance, note) of everyone a short minutes file lists."""
    text = (f"Referat fra møte i Driftsstyret\nDato: 12.03.2024 kl. 09.00–11.00\n\n"
            f"{attendance}\n\nSak 1/24 Godkjenning av innkalling\n"
            "Vedtak: Innkallingen ble godkjent.\n")
    people = parse_bytes(text.encode(), "referat.txt").participants
    return [(p.name, p.role, p.attendance, p.note) for p in people]


@pytest.mark.parametrize("remark", [
    "forfall – Kari Fosse møtte",
    "Forfall, vara Kari Fosse møtte",
    "Meldt forfall; varamedlem Kari Fosse",
])
@pytest.mark.parametrize("heading", ["| Verv | Navn | Merknad |\n", ""])
def test_a_remark_in_a_seat_s_row_naming_who_came_makes_the_member_absent(remark, heading):
    # the member named in the row was away; the deputy the remark names sat in the seat
    rows = f"{heading}| Leder | Ola Nordmann | |\n| Nestleder | Per Dal | {remark} |\n"
    assert _seats_of(f"Til stede:\n{rows}")[1:] == [
        ("Per Dal", "member", "absent", None),
        ("Kari Fosse", "member", "present", "for Per Dal")]


@pytest.mark.parametrize(("line", "note"), [
    ("Per Dal (Teams) deltok fra sak 3", "Teams, deltok fra sak 3"),
    ("Per Dal (digitalt), deltok fra sak 3", "digitalt, deltok fra sak 3"),
    ("Per Dal (på Teams) – deltok fra sak 3", "på Teams, deltok fra sak 3"),
    ("Per Dal (Teams), fra sak 3", "Teams, fra sak 3"),
])
def test_how_someone_took_part_stays_in_the_note_beside_when(line, note):
    # the channel in brackets is no one the person represents, and the later words on
    # when do not replace it: both are the document's words on attendance
    assert _seats_of(f"Til stede:\nOla Nordmann, leder\n{line}")[1] == (
        "Per Dal", "member", "partial", note)


@pytest.mark.parametrize("to_format", [to_docx, to_odt, to_html])
def test_a_presence_grid_under_list_labels_is_read_row_by_row(to_format):
    # "Medlemmer | Møtt | Forfall | Møtande vara" over "X" marks: one seat per row (its
    # seat before the name), not three lists side by side; the deputy came for the member
    doc = [("heading", "Møtebok", 1),
           ("para", "Utval: Eldrerådet"), ("para", "Møtedato: 03.06.2025"),
           ("table", [("Medlemmer", "Møtt", "Forfall", "Møtande vara"),
                      ("Leiar Olaug Myklebust", "X", "", ""),
                      ("Nestleiar Sverre Bøe", "", "X", "Ingrid Hope"),
                      ("Medlem Tora Lien", "", "X", "")]),
           ("heading", "ES 8/25 Godkjenning av møtebok", 2), ("para", "Godkjend.")]
    people = parse_bytes(to_format(doc), f"mote.{to_format.__name__[3:]}").participants
    assert [(p.name, p.role, p.attendance, p.note) for p in people] == [
        ("Olaug Myklebust", "chair", "present", None),
        ("Sverre Bøe", "member", "absent", None),
        ("Ingrid Hope", "member", "present", "for Sverre Bøe"),
        ("Tora Lien", "member", "absent", None)]


def _listed_of(attendance: str, name: str = "referat.txt") -> list[tuple]:
    """(name, organization, role, attendance, note) of everyone a short file lists."""
    text = (f"Referat fra møte i Regionalt plannettverk\nDato: 12.03.2024 kl. 09.00–11.00\n\n"
            f"{attendance}\n\nSak 1/24 Godkjenning av innkalling\n"
            "Vedtak: Innkallingen ble godkjent.\n\nSak 2/24 Regional plan\n"
            "Tatt til orientering.\n\nSak 3/24 Eventuelt\nIngen saker.\n")
    people = parse_bytes(text.encode(), name).participants
    return [(p.name, p.organization, p.role, p.attendance, p.note) for p in people]


@pytest.mark.parametrize(("line", "org", "note"), [
    ("Eva Lie, Nordby (Teams) deltok fra sak 3", "Nordby", "Teams, deltok fra sak 3"),
    ("Eva Lie, Nordby deltok fra sak 3", "Nordby", "deltok fra sak 3"),
    ("Eva Lie, Statsforvalteren gikk etter sak 2", "Statsforvalteren", "gikk etter sak 2"),
    ("Eva Lie, Nordby (digitalt) kom kl. 10.30", "Nordby", "digitalt, kom kl. 10.30"),
    ("Eva Lie, Vestby Næringsforening deltok fra sak 3", "Vestby Næringsforening",
     "deltok fra sak 3"),
])
def test_a_place_between_a_listed_name_and_when_she_came_is_whom_she_represents(
        line, org, note):
    # the one word after the comma is no second person but where she came from; a
    # channel in its bracket is how she took part, kept before when in the note
    assert _listed_of(f"Til stede:\nKari Li, Nordby kommune\n{line}")[1] == (
        "Eva Lie", org, "member", "partial", note)


def test_a_first_name_after_the_comma_is_still_a_second_person():
    people = _listed_of("Til stede:\nKari Li, Nordby kommune\nEva Lie, Per deltok fra sak 3")
    assert people[1][:2] == ("Eva Lie", None)


@pytest.mark.parametrize(("value", "orgs"), [
    # "Name, Org" pairs: the names joined by "og" before an organisation share it
    ("Kari Li, Nordby kommune, Per Dal og Ola Moe, Statsforv.",
     ["Nordby kommune", "Statsforv.", "Statsforv."]),
    # the same for a longer group after a person whose organisation is known
    ("Kari Li, Nordby kommune, Per Dal, Ola Moe og Siv Ask, Statsforv.",
     ["Nordby kommune", "Statsforv.", "Statsforv.", "Statsforv."]),
    ("Kari Li (Nordby), Per Dal, Ola Moe og Siv Ask, Statsforv.",
     ["Nordby", "Statsforv.", "Statsforv.", "Statsforv."]),
    # no "og": a bare name between pairs says nothing of whom it represents
    ("Kari Li, Nordby kommune, Per Dal, Ola Moe, Statsforv.",
     ["Nordby kommune", None, "Statsforv."]),
    # a group opening the list: only a pair shares (whom three share is a guess)
    ("Kari Li, Per Dal og Ola Moe, Statsforv.", [None, None, "Statsforv."]),
])
def test_names_joined_by_og_before_an_organisation_share_it_in_a_list_of_pairs(value, orgs):
    assert [p[1] for p in _listed_of(f"Til stede: {value}")] == orgs


@pytest.mark.parametrize("cell", [
    "Kari Fosse møtte for Per Dal",
    "Kari Fosse for Per Dal",
    "Kari Fosse, vara for Per Dal",
    "Kari Fosse møtte som vara for Per Dal",
    "Kari Fosse pva Per Dal",
])
@pytest.mark.parametrize("heading", ["| Kommune | Representant | Funksjon |\n|---|---|---|\n",
                                     ""])
def test_a_deputy_in_a_seat_s_name_cell_sits_for_the_member_with_the_row_s_place(cell, heading):
    # the deputy present ("for Per Dal"), the member away; both of the row's municipality,
    # and the row is no table heading that would hide the rows below it
    rows = (f"{heading}| Nordby kommune | Ola Moe | Leder |\n| Sørby kommune | {cell} | Medlem |\n"
            "| Vestby kommune | Siv Ask | Medlem |\n")
    assert _listed_of(f"Til stede:\n\n{rows}", "referat.md")[1:] == [
        ("Kari Fosse", "Sørby kommune", "member", "present", "for Per Dal"),
        ("Per Dal", "Sørby kommune", "member", "absent", None),
        ("Siv Ask", "Vestby kommune", "member", "present", None)]


def test_a_pair_before_the_place_in_a_partial_line_shares_it():
    assert _listed_of("Til stede:\nKari Li, Nordby kommune\n"
                      "Ola Berg og Eva Lie, Sørby deltok fra sak 3")[1:] == [
        ("Ola Berg", "Sørby", "member", "partial", "deltok fra sak 3"),
        ("Eva Lie", "Sørby", "member", "partial", "deltok fra sak 3")]


@pytest.mark.parametrize(("line", "org", "note"), [
    ("Siri Tveit (KrF) – sjukdom", "KrF", "sjukdom"),
    ("Siri Tveit (KrF, sjukdom)", "KrF", "sjukdom"),
    ("Siri Tveit – sykdom", None, "sykdom"),
    ("Siri Tveit, Nordby kommune – jobbreise", "Nordby kommune", "jobbreise"),
    ("Siri Tveit (Nordby kommune) – ferie", "Nordby kommune", "ferie"),
    # a mark that only repeats the category leaves no note
    ("Siri Tveit (KrF) – meldt forfall", "KrF", None),
])
def test_a_reason_after_an_absentee_s_dash_or_party_is_her_note(line, org, note):
    # why she was away, in the document's words, as "(sjukdom)" is read; never whom she
    # represents
    assert _listed_of(f"Forfall:\n{line}")[0] == ("Siri Tveit", org, "member", "absent", note)


def test_a_reason_word_beside_someone_in_the_present_list_says_she_was_away():
    # (s76a) as "(KrF, permisjon)" since s75a: the reason alone after her party says she
    # was away, the present list naming every member; never whom she represents
    assert _listed_of("Til stede: Siri Tveit (KrF, ferie)")[0][1:] == (
        "KrF", "member", "absent", "ferie")


@pytest.mark.parametrize(("sentence", "name", "org", "note"), [
    ("Fra kl. 11.00 møtte også Ola Moe (Sp).", "Ola Moe", "Sp", "Fra kl. 11.00"),
    ("Frå kl. 10 møtte varamedlem Kari Fosse.", "Kari Fosse", None, "Frå kl. 10"),
    ("Etter sak 2 kom Tor Bø.", "Tor Bø", None, "Etter sak 2"),
])
def test_when_said_first_then_who_came_makes_a_late_member(sentence, name, org, note):
    # the adverbial first, then the verb and the person (Norwegian word order): there
    # from then on, a member as one who "kom kl. 10.30" is; the when as written
    assert _listed_of(f"Til stede:\nKari Li\nPer Dal\n{sentence}")[2] == (
        name, org, "member", "partial", note)


def test_whom_one_who_came_late_came_from_follows_the_name_after_a_comma():
    assert _listed_of("Til stede:\nKari Li\nPer Dal\n"
                      "Frå kl. 10.15 møtte òg Helge Bakke, Ulvik herad.")[2][:2] == (
        "Helge Bakke", "Ulvik herad")


@pytest.mark.parametrize("case", ["sak 31/24", "PS 31/24"])
def test_a_guest_there_for_one_case_named_by_its_series_is_partial(case):
    text = ("Protokoll frå møte i regionrådet\n\nDato: 14.10.2024\n\n"
            f"Andre til stades:\nPer Ivar Lund, Statsforvaltaren ({case})\n\n"
            "PS 30/24 Godkjenning av innkalling\nGodkjend.\n\n"
            "PS 31/24 Regional næringsplan\nTeke til vitande.\n")
    guest = parse_bytes(text.encode(), "protokoll.txt").participants[0]
    assert (guest.name, guest.organization, guest.attendance, guest.note) == (
        "Per Ivar Lund", "Statsforvaltaren", Attendance.PARTIAL, case)


@pytest.mark.parametrize("late", ["Etter sak 2 kom Tor Bø og Ola Nes.",
                                  "Etter sak 2/24 kom Tor Bø og Ola Nes."])
def test_who_came_late_said_after_the_list_on_its_label_line_is_no_part_of_the_list(late):
    # "Til stede: A, B og C. Etter sak 2 kom D og E.": the sentence after the list's full
    # stop tells who came late; the list's last name keeps no note of it
    assert _listed_of(f"Til stede: Kari Li, Per Dal og Siv Ask. {late}") == [
        ("Kari Li", None, "member", "present", None),
        ("Per Dal", None, "member", "present", None),
        ("Siv Ask", None, "member", "present", None),
        ("Tor Bø", None, "member", "partial", late.split(" kom", 1)[0]),
        ("Ola Nes", None, "member", "partial", late.split(" kom", 1)[0]),
    ]


@pytest.mark.parametrize(("to", "name"), [(to_docx, "a.docx"), (to_md, "a.md"),
                                          (to_html, "a.html")])
@pytest.mark.parametrize("cell", ["Per Dal (forfall), Kari Fosse møtte",
                                  "Per Dal (meldt forfall); vara Kari Fosse"])
def test_a_seat_cell_naming_the_member_away_and_the_deputy_gives_both(to, name, cell):
    # one seat, two people: the member away, the deputy present "for" him, both members
    doc = [("heading", "Referat fra styremøte i Lia vel"), ("para", "Dato: 12.03.2025"),
           ("para", "Til stede:"),
           ("table", [("Verv", "Navn"), ("Leder", "Kari Li"), ("Nestleder", cell),
                      ("Styremedlem", "Siv Ask")]),
           ("heading", "Sak 1/25 Økonomi", 2), ("para", "Kasserer orienterte."),
           ("heading", "Sak 2/25 Eventuelt", 2), ("para", "Ingen saker.")]
    people = parse_bytes(to(doc), name).participants
    assert [(p.name, p.attendance, p.note) for p in people] == [
        ("Kari Li", "present", None), ("Per Dal", "absent", None),
        ("Kari Fosse", "present", "for Per Dal"), ("Siv Ask", "present", None)]


@pytest.mark.parametrize(("cell", "deputy"), [
    ("Per Dal (forfall), Kari Fosse møtte", "Kari Fosse"),
    ("Per Dal (fråfall), varamedlem Kari Fosse", "Kari Fosse"),
    ("Per Dal (forfall), Kari Fosse", None),  # no word that she came in his seat
    ("Per Dal", None),
])
def test_away_and_deputy_cell(cell, deputy):
    seat = _away_and_deputy_cell(("Nestleder", cell), {0: "role", 1: "name"})
    assert (seat[1] if seat else None) == deputy


def test_varslet_forfall_heads_the_absent_and_an_acronym_job_is_no_organisation():
    text = ("Referat fra styringsgruppemøte i IKT Vestdal\n\nDato: 22.10.2024\n\n"
            "Til stede: Geir Åsland, Marit Homme\nVarslet forfall: Trond Ugland\n"
            "Fra IKT Vestdal: Stein Larsen (IKT-leder)\n\n1. Budsjett\nGjennomgått.\n")
    people = {p.name: p for p in parse_bytes(text.encode(), "ikt.txt").participants}
    assert people["Trond Ugland"].attendance == "absent"
    assert people["Stein Larsen"].organization == "IKT Vestdal"  # not "IKT-leder"


@pytest.mark.parametrize("label", ["Til stades:\n", ""])
def test_the_column_a_name_stands_in_under_kommune_mott_forfall_is_its_attendance(label):
    # "Kommune | Møtte | Forfall": no name column, each row a municipality, the person set
    # in the column that says whether they came (with a label above or none)
    text = ("Referat frå møte i arbeidsutvalet\n\nDato: 27. januar 2025\n\n" + label +
            "Kommune\tMøtte\tForfall\n"
            "Sogndal\tTone Rusten (leiar)\t\n"
            "Luster\tHåkon Bergum\t\n"
            "Årdal\t\tIngvild Moen\n\n"
            "Sak 1/25 Godkjenning av referat\nGodkjent.\n")
    assert [(name, org, role, attendance) for name, org, role, attendance, _n
            in _people_of(text)] == [
        ("Tone Rusten", "Sogndal", "chair", "present"),
        ("Håkon Bergum", "Luster", "member", "present"),
        ("Ingvild Moen", "Årdal", "member", "absent")]


def test_attendance_by_column_asks_for_one_organisation_column_and_no_name_column():
    assert attendance_by_column(("Kommune", "Møtte", "Forfall")) == {
        1: Attendance.PRESENT, 2: Attendance.ABSENT}
    assert attendance_by_column(("Namn", "Kommune", "Møtte")) is None  # marks beside names
    assert attendance_by_column(("Kommune", "Ordførar", "Forfall")) is None  # a seat column
    assert attendance_by_column(("Sogndal", "Tone Rusten", "")) is None  # a row


def _after_the_list(lines: str) -> list[tuple]:
    """The people of a regionråd's minutes whose attendance list two members stand in,
    followed by ``lines``: (name, organisation, role, attendance, note)."""
    text = ("Referat fra møte i Regionrådet for Hallingdal\n\nDato: 12. mars 2025\n\n"
            "Til stede:\nKari Lien, Nes kommune (leder)\nOla Brekke, Gol kommune\n\n"
            f"{lines}\n\nSak 1/25 Godkjenning av innkalling\nInnkallingen ble godkjent.\n")
    return [(p.name, p.organization, p.role, p.attendance, p.note)
            for p in parse_bytes(text.encode(), "rr.txt").participants][2:]


@pytest.mark.parametrize(("sentence", "expected"), [
    # said when first, then who came: a member come late, from that item on
    ("Fra sak 3 møtte Tor Bø.", ("Tor Bø", None, "member", "partial", "Fra sak 3")),
    ("Frå sak 3 møtte Tor Bø, Hemsedal kommune.",
     ("Tor Bø", "Hemsedal kommune", "member", "partial", "Frå sak 3")),
    # there for those items alone: a guest who came for them
    ("Under sak 2 deltok Eva Ruud frå KS.", ("Eva Ruud", "KS", "guest", "partial", "Under sak 2")),
    ("I sak 2 møtte også Per Dahl.", ("Per Dahl", None, "guest", "partial", "I sak 2")),
])
def test_a_sentence_with_the_items_first_after_the_list(sentence, expected):
    assert _after_the_list(sentence) == [expected]


def test_one_come_from_an_item_on_keeps_the_organisation_the_list_gives():
    text = ("Referat fra møte i Regionrådet for Hallingdal\n\nDato: 12. mars 2025\n\n"
            "Til stede:\nKari Lien, Nes kommune (leder)\nTor Bø, Hemsedal kommune\n\n"
            "Fra sak 3 møtte Tor Bø.\n\nSak 1/25 Godkjenning av innkalling\nGodkjent.\n")
    people = parse_bytes(text.encode(), "rr.txt").participants
    assert [(p.name, p.organization, p.role, p.attendance, p.note) for p in people][1:] == [
        ("Tor Bø", "Hemsedal kommune", "member", "partial", "Fra sak 3")]


@pytest.mark.parametrize(("line", "expected"), [
    # the secretariat's field gives whom she came from, as "Fra sekretariatet møtte:" does
    ("Sekretariat: Kari Holm", ("Kari Holm", "sekretariatet", "secretary", "present", None)),
    ("Sekretær: Kari Holm, Vestby kommune",
     ("Kari Holm", "Vestby kommune", "secretary", "present", None)),
    ("Sekretariat: Kari Holm, Vestby kommune",
     ("Kari Holm", "Vestby kommune", "secretary", "present", None)),
    # the secretariat itself, or people from it: whom they came from, as the gold reads it
    ("Sekretariatet: Kari Holm", ("Kari Holm", "sekretariatet", "secretary", "present", None)),
    ("Frå sekretariatet: Per Dal (dagleg leiar)",
     ("Per Dal", "sekretariatet", "secretary", "present", None)),
])
def test_the_secretariats_label_and_whom_the_secretary_comes_from(line, expected):
    assert _after_the_list(line) == [expected]


@pytest.mark.parametrize("deputy", ["Vara: Lars Hov møtte", "Vara: Lars Hov",
                                    "Varamedlem: Lars Hov møtte", "Vara: Lars Hov (møtte)"])
def test_a_deputys_line_under_the_member_who_was_away(deputy):
    """"Siri Moe, Bøen kommune – forfall" then, indented under her, "Vara: Lars Hov
    møtte": he came in her seat (for her, from her municipality)."""
    text = ("Referat fra møte i Ytre Dal regionråd\n\nDato: 3. april 2025\n\nMedlemmer:\n"
            "Jon Berg, Dalen kommune (leder)\nSiri Moe, Bøen kommune – forfall\n"
            f"   {deputy}\nPer Aas, Liene kommune\n\nSak 1/25 Referat\nGodkjent.\n")
    people = parse_bytes(text.encode(), "rr.txt").participants
    assert [(p.name, p.organization, p.attendance, p.note) for p in people] == [
        ("Jon Berg", "Dalen kommune", "present", None),
        ("Siri Moe", "Bøen kommune", "absent", None),
        ("Lars Hov", "Bøen kommune", "present", "for Siri Moe"),
        ("Per Aas", "Liene kommune", "present", None)]


@pytest.mark.parametrize("deputy", ["Vara: Lars Hov (ikke møtt)", "Vara: Lars Hov (forfall)",
                                    "Vara: Lars Hov (møtte ikkje)"])
def test_a_deputy_under_the_member_away_who_did_not_come_holds_her_seat(deputy):
    """"Siri Moe, Bøen kommune – forfall" / "Vara: Lars Hov (ikke møtt)": he is away too,
    and of her municipality, as a deputy who came is."""
    text = ("Referat fra møte i Ytre Dal regionråd\n\nDato: 3. april 2025\n\nMedlemmer:\n"
            f"Siri Moe, Bøen kommune – forfall\n{deputy}\nPer Aas, Liene kommune\n\n"
            "Sak 1/25 Referat\nGodkjent.\n")
    people = parse_bytes(text.encode(), "rr.txt").participants
    assert [(p.name, p.organization, p.attendance) for p in people] == [
        ("Siri Moe", "Bøen kommune", "absent"), ("Lars Hov", "Bøen kommune", "absent"),
        ("Per Aas", "Liene kommune", "present")]


def test_a_deputys_line_under_a_member_who_came_is_a_list_of_its_own():
    """"Vara: Lars Hov" under a member who came says nothing of her seat."""
    text = ("Referat fra møte i Ytre Dal regionråd\n\nDato: 3. april 2025\n\nMedlemmer:\n"
            "Siri Moe, Bøen kommune\n   Vara: Lars Hov\n\nSak 1/25 Referat\nGodkjent.\n")
    people = parse_bytes(text.encode(), "rr.txt").participants
    assert [(p.name, p.note) for p in people] == [("Siri Moe", None), ("Lars Hov", None)]


@pytest.mark.parametrize(("line", "organization"), [
    ("Tilhørere: Mari Lunde, Vestfjord Avis", "Vestfjord Avis"),
    ("Tilhøyrarar: Nils Fosse, Bygdeavisa", "Bygdeavisa"),
])
def test_a_listener_from_the_press(line, organization):
    assert _after_the_list(line) == [("Mari Lunde" if "Mari" in line else "Nils Fosse",
                                      organization, "guest", "present", None)]

_WHOLE_LISTS = [("Kari Holm", "Farsund kommune", "present"),
                ("Ole Vik", "Lyngdal kommune", "present"),
                ("Per Lunde", "Sirdal kommune", "absent"),
                ("Aud Moe", "Hægebostad kommune", "absent")]


def test_whole_lists_in_one_word_row_under_present_and_absent_read_a_person_a_line():
    # a Word table "Til stede | Forfall" whose one row holds each list in a cell, one
    # person a paragraph: the second line is a person, not the first one's organisation
    assert _docx_listed([], [
        ["Til stede", "Forfall"],
        ["Kari Holm, Farsund kommune\nOle Vik, Lyngdal kommune",
         "Per Lunde, Sirdal kommune\nAud Moe, Hægebostad kommune"]]) == _WHOLE_LISTS


def test_whole_lists_in_one_web_row_under_present_and_absent_read_a_person_a_line():
    html = ("<h1>Referat fra styremøte</h1><p>Dato: 12.03.2024</p><table>"
            "<tr><th>Til stede</th><th>Forfall</th></tr>"
            "<tr><td>Kari Holm, Farsund kommune<br>Ole Vik, Lyngdal kommune</td>"
            "<td>Per Lunde, Sirdal kommune<br>Aud Moe, Hægebostad kommune</td></tr></table>"
            "<h2>Sak 1/24 Godkjenning av innkalling</h2><p>Godkjent.</p>")
    people = parse_bytes(html.encode(), "referat.html").participants
    assert [(p.name, p.organization, p.attendance) for p in people] == _WHOLE_LISTS


def test_a_cell_of_a_name_and_its_organisation_on_two_lines_stays_one_person():
    # (not every line opens with a name: "Farsund kommune" is Kari Holm's)
    assert [person[:2] for person in _docx_listed([], [
        ["Til stede", "Forfall"],
        ["Kari Holm\nFarsund kommune", "Per Lunde\nSirdal kommune"]])] == [
        ("Kari Holm", "Farsund kommune"), ("Per Lunde", "Sirdal kommune")]


def test_the_fylke_kommune_column_of_a_nynorsk_table_is_the_organisation():
    text = ("Referat frå møte i faggruppa\n\nDato: 14.11.24\n\nTil stades:\n\n"
            "NAMN\tFYLKE / KOMMUNE\nSolveig Hauge (møteleiar)\tVestland fylkeskommune\n"
            "Trond Skeie\tKinn kommune\n\n1. Godkjenning av innkalling\n\nGodkjend.\n")
    people = parse_bytes(text.encode(), "referat.txt").participants
    assert [(p.name, p.organization) for p in people] == [
        ("Solveig Hauge", "Vestland fylkeskommune"), ("Trond Skeie", "Kinn kommune")]


def test_a_job_before_the_comma_in_a_visitors_bracket_is_no_organisation():
    text = ("Referat AG-møte\n\nDato: 14.10.2015\nTil stede: Kari Li (Gol), Per Dal (Ål)\n\n"
            "Sigrid Holde (rådgiver, Hol kommune) var til stede under sak 4.\n\n"
            "1. Referat\n\nGodkjent.\n")
    guest = parse_bytes(text.encode(), "referat.txt").participants[-1]
    assert (guest.name, guest.organization, guest.attendance) == (
        "Sigrid Holde", "Hol kommune", "partial")


_DEPUTIES_ON_ONE_LINE = ("Referat fra møte i Ytre Dal regionråd\n\nDato: 3. april 2025\n\n"
                         "Til stede:\nJon Berg, Dalen kommune (leder)\n{line}\n"
                         "Per Aas, Liene kommune\n\nSak 1/25 Referat\nGodkjent.\n")


@pytest.mark.parametrize("line", ["Siri Moe, Bøen kommune – forfall. Vara Lars Hov (møtte)",
                                  "Siri Moe, Bøen kommune – forfall. Vara Lars Hov møtte",
                                  "Siri Moe, Bøen kommune – fråvær. Vara Lars Hov (møtte)"])
def test_a_deputy_who_came_in_a_sentence_after_the_members_forfall_on_her_line(line):
    """"Siri Moe, Bøen kommune – forfall. Vara Lars Hov (møtte)": he sat in her seat (the
    verb in brackets as well as after the name), as under her on a line of his own."""
    text = _DEPUTIES_ON_ONE_LINE.format(line=line)
    people = parse_bytes(text.encode(), "rr.txt").participants
    assert [(p.name, p.organization, p.attendance, p.note) for p in people[1:3]] == [
        ("Siri Moe", "Bøen kommune", "absent", None),
        ("Lars Hov", "Bøen kommune", "present", "for Siri Moe")]


@pytest.mark.parametrize("line", [
    "Siri Moe, Bøen kommune – forfall, vara Tone Brekke møtte ikke",
    "Siri Moe, Bøen kommune – forfall, vara Tone Brekke møtte ikkje",
    "Siri Moe, Bøen kommune – fråvær, vara Tone Brekke møtte heller ikkje",
    "Siri Moe, Bøen kommune (forfall, vara Tone Brekke møtte ikke)"])
def test_a_deputy_who_did_not_come_named_after_the_members_forfall_on_her_line(line):
    """"…, forfall, vara Tone Brekke møtte ikke": the verb is the deputy's, not the
    member's alone; both are away, she of the member's seat, with no note (the words
    repeat the category); those listed around them came."""
    text = _DEPUTIES_ON_ONE_LINE.format(line=line)
    people = parse_bytes(text.encode(), "rr.txt").participants
    assert [(p.name, p.organization, p.attendance, p.note) for p in people] == [
        ("Jon Berg", "Dalen kommune", "present", None),
        ("Siri Moe", "Bøen kommune", "absent", None),
        ("Tone Brekke", "Bøen kommune", "absent", None),
        ("Per Aas", "Liene kommune", "present", None)]


@pytest.mark.parametrize("line", ["Vara: Tone Brekke, Nordby kommune (ikke møtt)",
                                  "Vara: Tone Brekke, Nordby kommune (ikkje møtt)",
                                  "Vara: Tone Brekke, Nordby kommune (møtte ikkje)",
                                  "Tone Brekke, Nordby kommune (forfall)"])
def test_an_absence_in_brackets_after_the_organisation_after_a_comma(line):
    """"Tone Brekke, Nordby kommune (ikke møtt)" in a list of who came: away, as
    "Tone Brekke (Nordby kommune) (ikke møtt)" is; no note."""
    text = _DEPUTIES_ON_ONE_LINE.format(line=line)
    people = parse_bytes(text.encode(), "rr.txt").participants
    assert [(p.name, p.organization, p.role, p.attendance, p.note) for p in people[1:]] == [
        ("Tone Brekke", "Nordby kommune", "member", "absent", None),
        ("Per Aas", "Liene kommune", "member", "present", None)]


@pytest.mark.parametrize(("sentence", "org"), [
    ("Førsteamanuensis Eva Li fra UiT Norges arktiske universitet innledet om språk.",
     "UiT Norges arktiske universitet"),
    ("Rådgiver Eva Li fra Statsforvalteren i Troms og Finnmark orienterte om tilsyn.",
     "Statsforvalteren i Troms og Finnmark"),
])
def test_a_speaker_from_a_university_or_a_county_of_two_names(sentence: str, org: str) -> None:
    """A university's name in small letters after its capitals, and a county named by two
    places ("i Troms og Finnmark"), are the speaker's institution: she is a guest from it."""
    text = ("Oppsummering fra nettverkssamling\nDato: 3. mars 2025\n\n"
            f"Språk i barnehagen\n{sentence}\n\nVidere arbeid\nKoordinator sender ut "
            "presentasjonene.\n")
    people = parse_bytes(text.encode(), "samling.txt").participants
    assert [(p.name, p.organization, p.role) for p in people] == [("Eva Li", org, "guest")]


@pytest.mark.parametrize("cell", ["Innlandet fylkeskommune, til stede under sak 14/25",
                                  "Innlandet fylkeskommune (til stede under sak 14/25)"])
def test_a_remark_cell_naming_whom_she_came_from_then_when_she_was_there(cell):
    # an "Andre:" table of a name and a "Merknad": the organisation and the note apart
    html = ("<h1>Møteprotokoll</h1><p>Utvalg: Regionrådet</p><p>Dato: 04.04.2025</p>"
            "<h3>Faste medlemmer som møtte:</h3><table><tr><th>Navn</th><th>Funksjon</th>"
            "<th>Representerer</th></tr><tr><td>Kari Lunde</td><td>Leder</td>"
            "<td>Bøen kommune</td></tr></table><h3>Andre:</h3><table><tr><th>Navn</th>"
            f"<th>Merknad</th></tr><tr><td>Ingrid Sæther</td><td>{cell}</td></tr></table>"
            "<h2>PS 1/25 Sak</h2><p>Tekst.</p>")
    guest = parse_bytes(html.encode(), "rr.html").participants[-1]
    assert (guest.name, guest.organization, guest.attendance, guest.note) == (
        "Ingrid Sæther", "Innlandet fylkeskommune", "partial", "til stede under sak 14/25")


@pytest.mark.parametrize(("cell", "attendance", "note"), [
    # the job, then when she was there: partial, the job no part of the note
    ("Kommunedirektør, til stades til kl. 11.00", "partial", "til stades til kl. 11.00"),
    ("Rådgiver – fra sak 3", "partial", "fra sak 3"),
    # … but a seat taken for some items is no partial attendance
    ("Nestleder, ledet møtet fra sak 3", "present", None),
])
def test_a_remark_cell_of_a_job_then_when_she_was_there(cell, attendance, note):
    html = ("<h1>Møteprotokoll</h1><p>Utvalg: Regionrådet</p><p>Dato: 04.04.2025</p>"
            "<table><tr><th>Navn</th><th>Kommune</th><th>Merknad</th></tr><tr>"
            "<td>Kari Lunde</td><td>Bøen kommune</td><td>Leder</td></tr><tr>"
            f"<td>Ingrid Sæther</td><td>Bøen kommune</td><td>{cell}</td></tr></table>"
            "<h2>PS 1/25 Sak</h2><p>Tekst.</p>")
    person = parse_bytes(html.encode(), "rr.html").participants[-1]
    assert (person.name, person.attendance, person.note) == ("Ingrid Sæther", attendance, note)


def test_a_remark_cell_of_a_channel_then_a_time_names_no_organisation():
    # "Teams, fra kl. 10" is how and when she was there, not whom she came from
    html = ("<h1>Møteprotokoll</h1><p>Utvalg: Regionrådet</p><p>Dato: 04.04.2025</p>"
            "<h3>Andre:</h3><table><tr><th>Navn</th><th>Merknad</th></tr><tr>"
            "<td>Ingrid Sæther</td><td>Teams, fra kl. 10</td></tr></table>"
            "<h2>PS 1/25 Sak</h2><p>Tekst.</p>")
    guest = parse_bytes(html.encode(), "rr.html").participants[-1]
    assert guest.organization is None


@pytest.mark.parametrize(("line", "organization", "role"), [
    ("Kari Holm\trådgiver, Lindesnes kommune (leder)", "Lindesnes kommune", "chair"),
    ("Ola Vik\tarealplanlegger, Farsund kommune", "Farsund kommune", "member"),
    ("Marit Kjos\tkonst. kommunedirektør, Sollia kommune", "Sollia kommune", "member"),
    ("Tor Ås\tseniorrådgiver, Agder fylkeskommune (referent)", "Agder fylkeskommune",
     "secretary"),
])
def test_a_tabbed_job_and_employer_read_as_after_a_comma(line, organization, role):
    # "Name ⇥ job, employer (seat)": the job is no part of the organisation, and the seat
    # in brackets is the role, as in "Kari Holm, rådgiver, Lindesnes kommune (leder)"
    text = f"Referat fra møte i faggruppa\n\nTil stede:\n{line}\nPer Lie\tLyngdal kommune\n"
    person = parse_bytes(text.encode(), "referat.txt").participants[0]
    assert (person.organization, person.role) == (organization, role)


def test_a_tabbed_job_then_seat_keeps_the_seat():
    # "ordfører, leder": the seat after the job, no employer
    from motebok.extract.participants import parse_table_row

    entry = parse_table_row(("Anne Lid", "ordfører, leder", "Nordli"), None, Attendance.PRESENT)
    assert (entry.organization, entry.role) == ("Nordli", ParticipantRole.CHAIR)


@pytest.mark.parametrize(("line", "organization"), [
    ("Anne Tveit, Agder fylkeskommune, avd. samferdsel", "Agder fylkeskommune, avd. samferdsel"),
    ("Lise Knutsen, Kristiansand kommune, seksjon for byutvikling",
     "Kristiansand kommune, seksjon for byutvikling"),
    ("Ola Dahl, Nordby kommune, oppvekstkontoret", "Nordby kommune, oppvekstkontoret"),
    # a state agency's regional office, in brackets too
    ("Per Vik (Fiskeridirektoratet, region Sør)", "Fiskeridirektoratet, region Sør"),
    # the unit before its parent: the parent is whom she represents (as before)
    ("Eli Moe, avdeling for folkehelse, Innlandet fylkeskommune", "Innlandet fylkeskommune"),
    # (s71f) a trust's hospital, a police district's station: the local house after its
    # parent is part of it, as a department is
    ("Guro Lie, Helse Nordvest, Åsvik sjukehus", "Helse Nordvest, Åsvik sjukehus"),
    ("Guro Lie, Helse Nordvest HF, Åsvik sykehus", "Helse Nordvest HF, Åsvik sykehus"),
    ("Tor Ask, Sør politidistrikt, Åsvik politistasjon", "Sør politidistrikt, Åsvik politistasjon"),
])
def test_a_department_after_the_organisation_is_part_of_it_as_written(line, organization):
    from motebok.extract.participants import parse_line

    entries = parse_line(line, None, Attendance.PRESENT, None)
    assert [entry.organization for entry in entries] == [organization]


@pytest.mark.parametrize("line", [
    "Linda Røen, varaordførar (for Lars Bygnes)",
    "Linda Røen, rådgiver (for Lars Bygnes)",
    "Linda Røen, vara (for Lars Bygnes)",
])
def test_a_job_then_whom_she_stood_in_for_keeps_the_substitute_note(line):
    from motebok.extract.participants import parse_line

    entries = parse_line(line, None, Attendance.PRESENT, None)
    assert [(entry.name, entry.note) for entry in entries] == [
        ("Linda Røen", "for Lars Bygnes")]


@pytest.mark.parametrize(("line", "organization"), [
    ("Ingrid Lekve (Vestland fylkeskommune, avd. for kultur)",
     "Vestland fylkeskommune, avd. for kultur"),  # ("for" is no substitute's note here)
    ("Ingrid Lekve (Nordby kommune, oppvekstkontoret)", "Nordby kommune, oppvekstkontoret"),
    ("Ingrid Lekve (arkitekt, Norconsult)", "Norconsult"),  # a job is still left out
])
def test_a_department_in_brackets_is_part_of_the_organisation(line, organization):
    from motebok.extract.participants import parse_line

    entries = parse_line(line, None, Attendance.PRESENT, None)
    assert [entry.organization for entry in entries] == [organization]


@pytest.mark.parametrize(("line", "people"), [
    ("Geir Tveit, Hardanger og Voss museum", [("Geir Tveit", "Hardanger og Voss museum")]),
    ("Ola Dahl, Stord og Fitjar kommune", [("Ola Dahl", "Stord og Fitjar kommune")]),
    # a name after "og" is the next person
    ("Kari Holm, Nordby og Per Dahl, Sørby kommune",
     [("Kari Holm", None), ("Per Dahl", "Sørby kommune")]),
])
def test_an_organisation_whose_name_holds_og_stays_one(line, people):
    from motebok.extract.participants import parse_line

    entries = parse_line(line, None, Attendance.PRESENT, None)
    assert [(entry.name, entry.organization) for entry in entries] == people


def test_a_presenter_in_nynorsk_is_a_guest():
    text = ("Referat frå samling i nettverket\n\nDato: 18.03.2026\n\nTil stades:\n"
            "Kari Holm, Kinn kommune\nEirik Nesheim, KoRus Vest – innleiar\n\n"
            "1. Velkomen\nKari ønskte velkomen.\n")
    people = parse_bytes(text.encode(), "samling.txt").participants
    assert [(p.name, p.role) for p in people] == [
        ("Kari Holm", ParticipantRole.MEMBER), ("Eirik Nesheim", ParticipantRole.GUEST)]


def test_a_project_leader_with_the_administration_is_a_guest_when_another_takes_minutes():
    text = ("Protokoll\n\nDato: 10.06.2026\n\nTil stede:\nKari Holm, leder\nPer Dahl\n\n"
            "Administrasjonen:\nLinn Hagen, rådgiver (sekretær)\n"
            "Erik Solås, prosjektleder – deltok i sak 3\n\nSak 1 Godkjenning\nGodkjent.\n")
    people = parse_bytes(text.encode(), "rad.txt").participants
    roles = {p.name: p.role for p in people}
    assert roles["Linn Hagen"] == ParticipantRole.SECRETARY
    assert roles["Erik Solås"] == ParticipantRole.GUEST


def test_the_board_chair_at_a_representantskap_is_its_guest():
    text = ("PROTOKOLL FRA MØTE I REPRESENTANTSKAPET\n\nDato: 24. april 2026\n\n"
            "Til stede:\nRandi Myhre, Hoel kommune (leder)\nGeir Strand, Sandbu kommune\n\n"
            "Fra styret:\nStyreleder Harald Engen\n\nSak 1/26 Godkjenning av innkalling\n"
            "Innkallingen ble godkjent.\n")
    people = parse_bytes(text.encode(), "rs.txt").participants
    roles = {p.name: p.role for p in people}
    assert roles["Randi Myhre"] == ParticipantRole.CHAIR
    assert roles["Harald Engen"] == ParticipantRole.GUEST


@pytest.mark.parametrize("status", ["Forfall", "møtte ikkje", "Meldt forfall", "ikke møtt"])
def test_a_status_cell_of_a_headerless_table_row_says_absent(status: str) -> None:
    """A Google Docs table with an empty first row has no head to name its status column:
    "Eivind Loen | Stad kommune | møtte ikkje" is still a member away, and the cell no
    note (it only repeats the category)."""
    from motebok.extract.participants import parse_table_row
    entry = parse_table_row(("Eivind Loen", "Stad kommune", status),
                            ParticipantRole.MEMBER, Attendance.PRESENT)
    assert entry is not None and entry.attendance == Attendance.ABSENT
    assert entry.organization == "Stad kommune" and entry.note is None


@pytest.mark.parametrize("paren", ["(sekretariatet, referent)", "(referent, sekretariatet)"])
def test_the_secretariat_among_the_roles_in_brackets_is_whom_she_represents(paren):
    # as "Gro Tangen, sekretariatet (referent)" says it
    people = _people(f"Til stede: Hilde Nyhus (Åsvik kommune), Gro Tangen {paren}")
    assert people[1] == ("Gro Tangen", "sekretariatet", "secretary")


def test_a_seat_list_padded_with_spaces_sorted_by_surname():
    # "Etternavn, Fornavn   kommune   verv": one person a row, named as written; the deputy
    # came for a member written the same way
    text = ("Møteprotokoll\n\nTid: 14.03.2025 kl. 09.30\n\nTil stede:\n"
            "Sara, Máret Ánne        Gáivuona suohkan/Kåfjord kommune     leder\n"
            "Nilsen, Kjersti         Skjervøy kommune\n"
            "Lundberg, Per           Storfjord kommune     vara for Isaksen, Hilde\n\n"
            "Forfall:\nIsaksen, Hilde          Storfjord kommune\n\n"
            "Sak 1/25 Godkjenning\nGodkjent.\n")
    record = parse_bytes(text.encode(), "protokoll.txt")
    assert [(p.name, p.organization, p.role, p.attendance, p.note)
            for p in record.participants] == [
        ("Sara, Máret Ánne", "Gáivuona suohkan/Kåfjord kommune", "chair", "present", None),
        ("Nilsen, Kjersti", "Skjervøy kommune", "member", "present", None),
        ("Lundberg, Per", "Storfjord kommune", "member", "present", "for Isaksen, Hilde"),
        ("Isaksen, Hilde", "Storfjord kommune", "member", "absent", None)]


def test_surname_first_then_organisation_in_brackets_then_the_seat():
    found = parse_people_list("Kuoljok, Ánne Marja (Hábmera suohkan/Hamarøy kommune) – leder",
                              None, Attendance.PRESENT)
    assert [(e.name, e.organization, e.role) for e in found] == [
        ("Kuoljok, Ánne Marja", "Hábmera suohkan/Hamarøy kommune", "chair")]


def test_a_table_headed_in_two_languages_with_names_surname_first():
    # "Namma/Navn | Ovddasta/Representerer | Rolla/Rolle": the Norwegian half names the
    # column; a row's "medlem" is its seat, not a second heading
    assert table_columns(("Namma/Navn", "Ovddasta/Representerer", "Rolla/Rolle", "Merknad")) == {
        0: "name", 1: "org", 2: "role", 3: "note"}
    assert table_columns(("Utsi, Elle Márjá", "Karasjok kommune", "medlem", "")) is None


def test_a_name_surname_first_is_no_organisation_heading():
    assert organization_heads(("Holm, Kari", "Kåfjord kommune")) is None


def test_a_secretariat_cell_is_whom_the_secretary_serves():
    # "Kari Holm | sekretariatet | referent": as "Kari Holm, sekretariatet" in a list
    from motebok.extract.participants import table_row_people
    found = table_row_people(("Kari Holm", "sekretariatet", "referent"), ParticipantRole.GUEST,
                             Attendance.PRESENT)
    assert [(e.name, e.organization, e.role) for e in found] == [
        ("Kari Holm", "sekretariatet", ParticipantRole.SECRETARY)]


def test_a_presenters_name_wrapped_over_two_lines_is_not_its_last_words_alone() -> None:
    # a PDF wraps "… 38 prosent. Fagleder Ole" / "Martin Dahl orienterte om …": the lower
    # line starts in the middle of the name, no sentence, so "Martin Dahl" is no presenter
    text = ("Protokoll fra styremøte\n\nDato: 20.11.2025\n\nAndre til stede:\n"
            "Ole Martin Dahl – fagleder\n\nSak 40/25 Glass og metall\n"
            "Prøveprosjektet er evaluert, og mengden innsamlet glass og metall økte med 38\n"
            "prosent i Austbygd etter at henteordningen kom i gang i fjor. Fagleder Ole\n"
            "Martin Dahl orienterte om erfaringene med henteordningen.\n\n"
            "Sak 41/25 Eventuelt\nIngen saker.\n")
    assert [name for name, *_ in _people_of(text)] == ["Ole Martin Dahl"]


def test_a_controller_before_a_name_is_a_job_title() -> None:
    # "Controller Kine Vatne" beside "Havnedirektør Pål Sunde": the job, then the person
    text = ("Protokoll styremøte\n\nDato: 08.10.2025\n\nTil stede: Wenche Hovde (styreleder)\n\n"
            "Andre til stede:\nHavnedirektør Pål Sunde\nController Kine Vatne\n\n"
            "Protokollfører: Kine Vatne\n\nSak 30/25 Eventuelt\nIngen saker.\n")
    assert [(name, role) for name, _, role, _, _ in _people_of(text)] == [
        ("Wenche Hovde", "chair"), ("Pål Sunde", "guest"), ("Kine Vatne", "secretary")]


@pytest.mark.parametrize("name", ["protokoll.md", "protokoll.txt"])
def test_a_job_in_the_role_column_is_no_meeting_role(name):
    # (s52a) "Barnevernleiar", "Kommunalsjef" are jobs, not the spec's roles: the people
    # in the body's attendance list are its members; "Leiar", "Referent", "Observatør" are
    # the meeting's roles
    table = ("Namn | Rolle | Verksemd\nKari Holm | Leiar | Vik kommune\n"
             "Ola Dahl | Barnevernleiar | Vik kommune\nSiri Lund | Kommunalsjef | Sogn kommune\n"
             "Åse Berg | Observatør | Statsforvaltaren\nPer Nes | Referent | Vik kommune\n")
    if name.endswith(".md"):
        table = "\n".join(f"| {row} |" for row in table.splitlines())
        table = table.replace("Verksemd |", "Verksemd |\n|---|---|---|", 1)
    text = (f"Referat frå møte i samarbeidsforum\n\nDato: 12.03.2025\n\nTil stades:\n\n{table}\n"
            "\nSak 1/25 Godkjenning av innkalling\n\nInnkallinga vart godkjend.\n")
    people = parse_bytes(text.encode(), name).participants
    assert [(p.name, p.role) for p in people] == [
        ("Kari Holm", "chair"), ("Ola Dahl", "member"), ("Siri Lund", "member"),
        ("Åse Berg", "guest"), ("Per Nes", "secretary")]


def _prose_people(opening: str, closing: str = "") -> list[tuple]:
    """(name, organization, role, attendance) of everyone a prose opening names."""
    text = f"Referat\n\n{opening}\n\nSak 1 Budsjett\nGodkjent.\n{closing}"
    return [(p.name, p.organization, p.role, p.attendance)
            for p in parse_bytes(text.encode(), "referat.txt").participants]


def test_prose_after_the_meeting_sentence_names_the_chair_and_the_rest_with_ellers():
    assert _prose_people("Eldrerådet hadde møte 3. november 2025 kl. 10.00. Møtet ble ledet av Aud "
                   "Rønning. Ellers møtte Kjell Bratli og Olav Mjøen. Gunnar Hagen hadde "
                   "forfall.") == [
        ("Aud Rønning", None, "chair", "present"), ("Kjell Bratli", None, "member", "present"),
        ("Olav Mjøen", None, "member", "present"), ("Gunnar Hagen", None, "member", "absent")]


def test_a_guest_sentence_naming_the_case_by_its_subject_makes_her_partial():
    assert _prose_people("Fra kommunen møtte kommunalsjef Siri Nakken under budsjettsaken.") == [
        ("Siri Nakken", "kommunen", "guest", "partial")]


def test_alle_styremedlemmene_var_til_stede_lists_the_board():
    assert _prose_people("Styret møttes 10. november 2025. Alle styremedlemmene var til stede: "
                   "Bjørn Sæther (leder), Tor Espeland og Randi Fuglestad.") == [
        ("Bjørn Sæther", None, "chair", "present"), ("Tor Espeland", None, "member", "present"),
        ("Randi Fuglestad", None, "member", "present")]


def test_the_one_som_ledet_moetet_in_the_list_chairs_and_one_from_a_seat_came_late():
    assert _prose_people("Til stede var Lars Brekke (Risør), som ledet møtet, og Hanne Nilsen "
                   "(Tvedestrand). Mona Strand (Vegårshei) kom kl. 09.00.") == [
        ("Lars Brekke", "Risør", "chair", "present"),
        ("Hanne Nilsen", "Tvedestrand", "member", "present"),
        ("Mona Strand", "Vegårshei", "member", "partial")]


def test_one_from_a_municipality_like_the_members_who_came_late_is_a_member():
    # "deltok fra sak 6" under the lists, from a kommune as the members are: a seat's holder;
    # one from an agency who took part in one item stays a visitor
    assert _prose_people("Deltakere:\nKari Holm, Eidskog kommune\nPer Lie, Grue kommune\n\n"
                         "Bjørn Ås, Åsnes kommune, deltok fra sak 6.")[-1] == (
        "Bjørn Ås", "Åsnes kommune", "member", "partial")
    assert _prose_people("Deltakere:\nKari Holm, Eidskog kommune\nPer Lie, Grue kommune\n\n"
                         "Bjørn Ås, Åsnes kommune, deltok under sak 6.")[-1] == (
        "Bjørn Ås", "Åsnes kommune", "guest", "partial")


def test_a_writer_under_the_referent_label_with_her_title_after_a_comma():
    assert _prose_people("Til stede var Kari Holm og Per Dahl.",
                   "\nReferent:\nMari Dahl, sekretær for eldrerådet\n")[-1] == (
        "Mari Dahl", None, "secretary", "present")


def test_a_long_paragraph_of_prose_is_parted_before_who_came():
    # past the length of a page run together (unflatten), no label breaks it up: the
    # attendance sentence still starts a line of its own
    opening = ("Møtet ble holdt på rådhuset i Bø onsdag 12. mars 2025 fra kl. 10 til litt over "
               "14, med lunsj fra kantina og en kort omvisning i de nye lokalene til "
               "næringshagen, som åpnet i januar og allerede har fått åtte leietakere. Til "
               "stede var Kari Holm (leder, Bø), Per Lia og Anne Berg fra Sauherad, samt Ola "
               "Dal fra fylkeskommunen. Eva Moe hadde meldt forfall.")
    assert len(opening) > 300
    assert [(name, att) for name, _org, _role, att in _prose_people(opening)] == [
        ("Kari Holm", "present"), ("Per Lia", "present"), ("Anne Berg", "present"),
        ("Ola Dal", "present"), ("Eva Moe", "absent")]


def test_a_table_cell_with_the_seat_after_the_name_is_the_person() -> None:
    """A row "Medlemmer | Hanne Moen, leder | Vestby kommune" (a group label merged down the
    first column, the seat after a comma in the name's cell): the cell reads as a list's
    entry, her seat beats the group's word, and the next cell is whom she represents."""
    text = ("Referat fra møte i arbeidsutvalget\n\nDato: 20.01.2025\nSted: Teams\n\n"
            "Medlemmer\tHanne Moen, leder\tVestby kommune\n"
            "Medlemmer\tArne Dal\tFjellstad kommune\n"
            "Sekretariat\tOle Brekke, daglig leder (referent)\tVestfjell regionråd\n\n"
            "Sak 1 Godkjenning av innkalling\nGodkjent.\n")
    record = parse_bytes(text.encode(), "referat.txt")
    assert [(p.name, p.organization, p.role) for p in record.participants] == [
        ("Hanne Moen", "Vestby kommune", "chair"), ("Arne Dal", "Fjellstad kommune", "member"),
        ("Ole Brekke", "Vestfjell regionråd", "secretary")]


@pytest.mark.parametrize(("line", "role", "note"), [
    # the seat, then when the person was there, in one bracket
    ("Leiv Mjanger, Statsforvaltaren (gjest, berre sak 3)", ParticipantRole.GUEST, "berre sak 3"),
    # one day of a gathering over several
    ("Jo Lie, Dalvik kommune (berre dag 1)", None, "berre dag 1"),
])
def test_a_seat_and_a_part_of_the_meeting_in_brackets(line, role, note) -> None:
    [entry] = parse_line(line, None, Attendance.PRESENT)
    assert (entry.role, entry.attendance, entry.note) == (role, Attendance.PARTIAL, note)


def test_a_remark_that_she_stood_in_leaves_the_organisation_cell() -> None:
    """"Øvre Haug kommune, assisterende kommunedirektør, møtte for kommunedirektøren" in
    a "Kommune / virksomhet" column: whom she represents is the kommune; her title and
    the remark that she came in another's place are no part of it."""
    text = ("Referat fra møte i kommunedirektørutvalget\n\nDato: 22.05.2025\n\nTil stede:\n"
            "Navn\tKommune / virksomhet\nHilde Strand\tSolberg kommune\n"
            "Turid Bjørke\tØvre Haug kommune, assisterende kommunedirektør, møtte for "
            "kommunedirektøren\nPer Lie\tNedre Haug kommune, vara for Kari Holm\n\n"
            "Sak 1/25 Orientering\nTatt til orientering.\n")
    people = parse_bytes(text.encode(), "referat.txt").participants
    assert [(p.name, p.organization, p.attendance) for p in people][1:3] == [
        ("Turid Bjørke", "Øvre Haug kommune", Attendance.PRESENT),
        ("Per Lie", "Nedre Haug kommune", Attendance.PRESENT)]


@pytest.mark.parametrize("sentence", [
    "Eirik Bjåen (kommuneoverlege, Vinje kommune) orienterte under sak 4.",
    "Eirik Bjåen (kommuneoverlege, Vinje kommune) innledet i sak 4.",
])
def test_one_who_presented_an_item_was_there_for_it(sentence):
    # in the attendance paragraph, the presenter of one item came for that item
    text = ("Referat prosjektgruppemøte\n\n- Tid:** Torsdag 9.2.2017, kl. 1000-1430\n"
            f"Til stede: Sissel Bakken (Seljord), Marit Homme (Vinje).\n\n{sentence}\n\n"
            "Saker\n\n1. Referat\n\n- Referatet ble godkjent.\n")
    people = parse_bytes(text.encode(), "referat.txt").participants
    assert [(p.name, p.organization, p.role, p.attendance) for p in people][-1] == (
        "Eirik Bjåen", "Vinje kommune", "guest", "partial")
    assert people[-1].note == sentence[sentence.index(")") + 2:].rstrip(".")


def test_a_double_first_name_alone_finds_the_listed_person():
    # "Bjørn Olav gikk …" is Bjørn Olav Strand from the list, not a guest of his own
    text = ("Referat arbeidsgruppemøte\n\n- Tid:** Mandag 7.11.2016, kl. 1200-1530\n"
            "Tilstede: Kjersti Hegge (Nord-Aurdal), Bjørn Olav Strand (Vang).\n\n"
            "Bjørn Olav gikk kl. 14.00, etter sak 3.\n\nSaker\n\n1. Referat\n\n"
            "- Referatet ble godkjent.\n")
    people = parse_bytes(text.encode(), "referat.txt").participants
    assert [(p.name, p.attendance, p.note) for p in people] == [
        ("Kjersti Hegge", "present", None),
        ("Bjørn Olav Strand", "partial", "gikk kl. 14.00, etter sak 3")]


@pytest.mark.parametrize("group", ["*Fra næringen:*", "Fra næringslivet:", "*Frå næringa:*",
                                   # (s71e) a kompetanseforum's sides
                                   "Fra arbeidslivet:", "Fra utdanning:",
                                   "Frå offentleg sektor:"])
def test_a_sectors_seats_in_a_working_group_are_members(group):
    text = ("Referat arbeidsgruppemøte\n\n- Tid:** Mandag 7.11.2016, kl. 1200-1530\n"
            "Tilstede: *Fra kommunene:* Kjersti Hegge (Nord-Aurdal).\n"
            f"{group} Torleif Røn (Valdres Matprodusentlag)\n\nSaker\n\n1. Referat\n\n"
            "- Referatet ble godkjent.\n")
    people = parse_bytes(text.encode(), "referat.txt").participants
    assert [(p.name, p.organization, p.role) for p in people][-1] == (
        "Torleif Røn", "Valdres Matprodusentlag", ParticipantRole.MEMBER)


def test_a_member_who_presented_in_an_items_text_stays_present():
    # "orienterte under sak 4" in an item's own text tells who spoke, not when she came
    text = ("Referat prosjektgruppemøte\n\n- Tid:** Torsdag 9.2.2017, kl. 1000-1430\n"
            "Til stede: Sissel Bakken (Seljord), Marit Homme (Vinje).\n\n"
            "Saker\n\n1. Referat\n\n- Marit Homme orienterte under sak 1 om høringen.\n")
    people = parse_bytes(text.encode(), "referat.txt").participants
    assert [(p.name, p.attendance) for p in people] == [
        ("Sissel Bakken", "present"), ("Marit Homme", "present")]


@pytest.mark.parametrize(("line", "job_role"), [
    ("Kari Holm (leder), Per Lia og Anne Berg fra Sauherad, samt rådgiver Ola Dal fra "
     "fylkeskommunen.", ParticipantRole.GUEST),
    ("Kari Holm (leiar), Per Lia og Anne Berg frå Sauherad, samt rådgjevar Ola Dal frå "
     "fylkeskommunen.", ParticipantRole.GUEST),
    ("Kari Holm (leder), Per Lia og Anne Berg, samt kommunalsjef Ola Dal.",
     ParticipantRole.GUEST),
    # a seat of the body after "samt" is still the body's own
    ("Kari Holm (leder), Per Lia og Anne Berg, samt nestleder Ola Dal.",
     ParticipantRole.MEMBER),
])
def test_staff_added_with_samt_to_the_members_is_a_guest(line, job_role):
    found = parse_people_list(line, ParticipantRole.MEMBER, Attendance.PRESENT)
    assert [e.name for e in found] == ["Kari Holm", "Per Lia", "Anne Berg", "Ola Dal"]
    assert [e.role for e in found[1:3]] == [ParticipantRole.MEMBER] * 2
    assert found[3].role is job_role


def test_the_organisation_of_someone_added_with_samt_is_his_own():
    found = parse_people_list("Kari Holm (leder), Per Lia og Anne Berg, samt rådgiver Ola "
                              "Dal fra fylkeskommunen", ParticipantRole.MEMBER,
                              Attendance.PRESENT)
    assert [(e.name, e.organization) for e in found] == [
        ("Kari Holm", None), ("Per Lia", None), ("Anne Berg", None),
        ("Ola Dal", "fylkeskommunen")]


@pytest.mark.parametrize(("line", "org", "role", "note"), [
    ("Ola Dal, NAV – avd. Alta", "NAV – avd. Alta", ParticipantRole.MEMBER, None),
    ("Máret Ánne Sara, SANKS – Sámi klinihkka/Samisk klinikk",
     "SANKS – Sámi klinihkka/Samisk klinikk", ParticipantRole.MEMBER, None),
    ("Ola Dal, Helse Nord – RHF", "Helse Nord – RHF", ParticipantRole.MEMBER, None),
    # what is said of the person after the dash stays hers
    ("Kari Nes, Vestdal kommune – leder", "Vestdal kommune", ParticipantRole.CHAIR, None),
    ("Kari Nes, Vestdal kommune – fra sak 3", "Vestdal kommune", ParticipantRole.MEMBER,
     "fra sak 3"),
])
def test_a_part_of_the_organisation_after_a_dash_is_kept_with_it(line, org, role, note):
    [entry] = parse_people_list(line, ParticipantRole.MEMBER, Attendance.PRESENT)
    assert (entry.organization, entry.role, entry.note) == (org, role, note)


def test_a_seat_and_a_place_in_the_funksjon_cell_give_the_role_and_whom_she_represents():
    # "leiar, Sogndal": the seat is the role, the place the member's municipality, kept
    # as written as "Kari Holm (Sogndal)" is; bokmål and nynorsk alike
    table = ("| Navn | Funksjon |\n|---|---|\n| Kari Holm | leder, Midt-Telemark |\n"
             "| Per Olsen | nestleder, Bø |\n| Siri Rudi | medlem, Luster kommune |\n"
             "| Jenny Følling | leiar, Sogndal |\n")
    people = parse_bytes(f"Protokoll fra møte i Regionrådet\n\nDato: 5.4.2024\n\n{table}\n"
                         "Sak 1/24 Godkjenning\n\nGodkjent.\n".encode(), "r.md").participants
    assert [(p.name, p.organization, p.role) for p in people] == [
        ("Kari Holm", "Midt-Telemark", ParticipantRole.CHAIR),
        ("Per Olsen", "Bø", ParticipantRole.MEMBER),
        ("Siri Rudi", "Luster kommune", ParticipantRole.MEMBER),
        ("Jenny Følling", "Sogndal", ParticipantRole.CHAIR)]


@pytest.mark.parametrize("cell", ["medlem, Ap", "leder, Arbeidsutvalget", "medlem, KrF"])
def test_a_party_or_a_body_after_the_seat_is_no_place(cell):
    # "medlem, Ap": her party; "leder, Arbeidsutvalget": the body she leads
    table = f"| Navn | Funksjon |\n|---|---|\n| Kari Holm | {cell} |\n"
    assert _table_minutes(table)[0][:2] == ("Kari Holm", None)


def test_a_bare_place_in_a_seat_column_is_whom_the_member_represents():
    text = ("Referat fra møte i nettverket\n\nDato: 3. februar 2025\n\nTil stede:\n"
            "Navn\tFunksjon\nKari Holm\tLeder\nPer Dahl\tStryn\nAnne Lie\tMo i Rana\n"
            "Jon Vik\tOrdfører Nes\nEva Ask\tBibliotekar\nOla Berg\tForeldre\n"
            "Siv Moe\tSekretær\n\nSak 1 Godkjenning\nGodkjent.\n")
    people = parse_bytes(text.encode(), "nettverk.txt").participants
    assert [(p.name, p.organization) for p in people] == [
        ("Kari Holm", None), ("Per Dahl", "Stryn"), ("Anne Lie", "Mo i Rana"),
        ("Jon Vik", None), ("Eva Ask", None), ("Ola Berg", None), ("Siv Moe", None)]


@pytest.mark.parametrize(("line", "expected"), [
    ("Til stede:\nNils, Kari (Ap)\nBerg, Ola (H)",
     [("Nils, Kari", "Ap"), ("Berg, Ola", "H")]),
    ("Til stede: Nils, Kari (Ap), Berg, Ola (H), Moe, Siv (Sp) og Dahl, Per (V)",
     [("Nils, Kari", "Ap"), ("Berg, Ola", "H"), ("Moe, Siv", "Sp"), ("Dahl, Per", "V")]),
])
def test_names_surname_first_with_their_party_are_one_person_each(line, expected):
    text = f"Protokoll\n\nMøtedato: 3. februar 2025\n\n{line}\n\nSak 1/25 Godkjenning\nGodkjent.\n"
    people = parse_bytes(text.encode(), "protokoll.txt").participants
    assert [(p.name, p.organization) for p in people] == expected


@pytest.mark.parametrize(("line", "expected"), [
    ("Til stede:\nHolm, Ante (Ap)\nDahl, Esben (H) – leder",
     [("Holm, Ante", "Ap"), ("Dahl, Esben", "H")]),
    ("Til stede: Holm, Ante (Ap), Dahl, Esben (KrF) og Moe, Siv (Sp)",
     [("Holm, Ante", "Ap"), ("Dahl, Esben", "KrF"), ("Moe, Siv", "Sp")]),
])
def test_a_party_in_brackets_vouches_for_a_rare_first_name_written_surname_first(
        line, expected):
    # "Etternavn, Fornavn (parti)": the party marks a person where the list of first
    # names lacks the first name
    text = f"Protokoll\n\nMøtedato: 3. februar 2025\n\n{line}\n\nSak 1/25 Godkjenning\nGodkjent.\n"
    people = parse_bytes(text.encode(), "protokoll.txt").participants
    assert [(p.name, p.organization) for p in people] == expected


@pytest.mark.parametrize("line", [
    "Bodø, Salten (2)", "Vedlegg, referat (pdf)"])
def test_a_pair_of_words_without_a_party_in_brackets_is_no_person(line):
    assert parse_line(line, None, Attendance.PRESENT) == []


@pytest.mark.parametrize(("line", "expected"), [
    ("Til stede:\nJon Vik Mo i Rana\nEli Ask Nore og Uvdal (leder)",
     [("Jon Vik", "Mo i Rana"), ("Eli Ask", "Nore og Uvdal")]),
    ("Til stede: Jon Vik Mo i Rana, Kari Holm Bø i Telemark",
     [("Jon Vik", "Mo i Rana"), ("Kari Holm", "Bø i Telemark")]),
])
def test_a_name_then_a_place_with_a_lower_case_word_inside(line, expected):
    text = f"Referat\n\nDato: 3. februar 2025\n\n{line}\n\nSak 1 Godkjenning\nGodkjent.\n"
    people = parse_bytes(text.encode(), "referat.txt").participants
    assert [(p.name, p.organization) for p in people] == expected


def test_an_attendance_table_a_text_layer_read_column_by_column():
    # pdftotext's default order: the names under "Navn", then each further column with
    # its heading, as many cells as names: put back into rows
    text = ("Referat fra møte i faggruppen\n\nDato: 22.04.2025\n\nDeltakere\nNavn\nKari Holm\n"
            "Per Dahl\nSiv Lie\nKommune\nBø kommune\nÅs kommune\nVik IKS\nRolle\nleder\n"
            "medlem\nsekretær\n\nSak 1/25 Referat\nReferatet ble godkjent.\n")
    people = parse_bytes(text.encode(), "referat.txt").participants
    assert [(p.name, p.organization, p.role) for p in people] == [
        ("Kari Holm", "Bø kommune", ParticipantRole.CHAIR),
        ("Per Dahl", "Ås kommune", ParticipantRole.MEMBER),
        ("Siv Lie", "Vik IKS", ParticipantRole.SECRETARY)]


def test_a_column_by_column_table_with_a_cell_left_out_is_left_as_it_is():
    # the role column has one cell fewer than there are names and runs into the text
    # under the table: no rows are made up from it
    from motebok.extract.text import cell_per_line_tables
    from motebok.read.text import read

    text = ("Navn\nKari Holm\nPer Dahl\nSiv Lie\nRolle\nleder\nsekretær\n"
            "Gruppen drøftet saken\n")
    blocks = read(text.encode())
    assert cell_per_line_tables(blocks) == blocks


@pytest.mark.parametrize(("line", "people"), [
    # the initials the minutes define, then whom the person represents
    ("Turid Hovde (TH) (Sigdal kommune)", [("Turid Hovde", "Sigdal kommune", None)]),
    ("Bjørnar Eggen (BE) (Midt-Buskerud regionråd, sekretær)",
     [("Bjørnar Eggen", "Midt-Buskerud regionråd", ParticipantRole.SECRETARY)]),
    # an agency named with a part of the country is no second person
    ("Hanne Brenden, Korus Øst", [("Hanne Brenden", "Korus Øst", None)]),
    ("Ola Lie, Bufetat region Sør", [("Ola Lie", "Bufetat region Sør", None)]),
])
def test_initials_and_regional_agencies_in_a_line_of_people(line, people):
    got = parse_line(line, None, Attendance.PRESENT)
    assert [(e.name, e.organization, e.role) for e in got] == people


@pytest.mark.parametrize(("text", "context", "found"), [
    # the person named right after a label, then "Hun" in the next sentence
    ("Habilitet: Mona Tveit opplyste at hun er styremedlem i selskapet. Hun ble erklært "
     "inhabil og fratrådte under behandlingen av saken.", "",
     [("Mona Tveit", None, "ble erklært inhabil og fratrådte under behandlingen av saken")]),
    # the person named on the paragraph's line above, the pronoun on this one
    ("habilitet. Hun ble erklært inhabil og fratrådte under behandlingen av saken.",
     "Anne-Grete Ulvestad er styreleder i foreningen og ba om å få vurdert sin",
     [("Anne-Grete Ulvestad", None,
       "ble erklært inhabil og fratrådte under behandlingen av saken")]),
    # the body's ruling on him, by a pronoun, its sentence begun on the line above
    ("samrøystes at han var ugild, og han gjekk frå møtet under handsaminga av saka.",
     "Nils Oppedal sa at bror hans eig tomta. Representantskapet vedtok",
     [("Nils Oppedal", None, "var ugild, og han gjekk frå møtet under handsaminga av saka")]),
    # … but a ruling wholly on the line above is that line's, and one with her named in a
    # sentence of its own is read from that sentence alone
    ("Styret drøfta saka.", "Eva Lid sa frå. Styret vedtok at ho var ugild.", []),
    ("Aslaug Hovland bad om å få vurdert habiliteten sin. Representantskapet vedtok "
     "samrøystes at ho var ugild. Aslaug Hovland fråtredde.", "",
     [("Aslaug Hovland", None, "fråtredde")]),
    # an organisation in apposition after a visitor's name (and a title before it)
    ("Kommunedirektør Lise Holm, Dalheim kommune, deltok under sak 3/26.", "",
     [("Kommunedirektør Lise Holm", "Dalheim kommune", "deltok under sak 3/26")]),
])
def test_who_a_pronoun_or_an_apposition_in_a_partial_sentence_names(text, context, found):
    assert partial_sentences(text, context=context) == found


def _protocol_people(attendance: str) -> list[tuple[str, str, str | None]]:
    text = ("Protokoll\n\nSør-Dal regionråd\n\nMøtedato: 13.09.2024\n\n" + attendance +
            "\n\nSak 1/24 Eventuelt\n\nIngen saker.\n")
    record = parse_bytes(text.encode(), "protokoll.txt")
    return [(p.name, str(p.attendance), p.note) for p in record.participants]


@pytest.mark.parametrize("deputy", ["(vara: varaordfører Gudrun Sæter møtte)",
                                    "(vara: Varaordførar Gudrun Sæter)"])
def test_a_deputy_named_with_her_seat_after_vara_colon(deputy):
    assert _protocol_people("Til stede:\n\nOrdfører Arne Vold, Engerdal\n\nForfall:\n\n"
                            f"Ordfører Tor Kvisler, Stor-Elvdal {deputy}") == [
        ("Arne Vold", "present", None), ("Tor Kvisler", "absent", None),
        ("Gudrun Sæter", "present", "for Tor Kvisler")]


def test_a_bare_deputy_in_brackets_after_one_who_met_came_too():
    """A forfall list mixing "(vara: X møtte)" with a bare "(vara: ordfører Y)": each named
    deputy came in the seat, with the seat's place; the first bracket closing does not
    hide the next member's place."""
    assert _protocol_people(
        "Til stede: Arne Vold, Engerdal\n\nForfall: Ordfører Kari Bø, Etnedal (vara: "
        "varaordfører Ola Nes møtte), ordfører Tor Ry, Nord-Aurdal (vara: ordfører Eli Ek)") == [
        ("Arne Vold", "present", None), ("Kari Bø", "absent", None),
        ("Ola Nes", "present", "for Kari Bø"), ("Tor Ry", "absent", None),
        ("Eli Ek", "present", "for Tor Ry")]


def test_places_of_two_words_alternate_with_titled_names():
    """ "Ordfører A, Vang, ordfører B, Vestre Slidre": the titles make every other piece a
    person, so the pieces between are places, one word or more; untitled names with a
    place of two words stay unread as places (those may be two people)."""
    record = parse_bytes("Protokoll\n\nSør-Dal regionråd\n\nMøtedato: 13.09.2024\n\n"
                         "Til stede: Ordfører Anne Li, Vang, ordfører Per Ås, Vestre Slidre, "
                         "ordfører Eli Ek, Nedre Dal\n\nSak 1/24 Eventuelt\n\nIngen saker.\n"
                         .encode(), "protokoll.txt")
    assert [(p.name, p.organization) for p in record.participants] == [
        ("Anne Li", "Vang"), ("Per Ås", "Vestre Slidre"), ("Eli Ek", "Nedre Dal")]


def test_a_titled_name_is_followed_by_whom_it_represents_whatever_ends_the_list():
    """ "ordfører A, Gran (leder), varaordfører B, Lunner, …, daglig leder C (referent)":
    each piece after a titled name is whom the person represents, the first with the seat
    in brackets too, though the list ends with a person and no place (so it is no list
    of name and place pairs throughout); "varaordfører" is a title as "ordfører" is."""
    record = parse_bytes("Protokoll\n\nSør-Dal regionråd\n\nMøtedato: 13.09.2024\n\n"
                         "Til stede: ordfører Anne Li, Vang (leder), varaordfører Per Ås, "
                         "Vestre Slidre, ordfører Eli Ek, Dal, daglig leder Siv Moe "
                         "(referent)\n\nSak 1/24 Eventuelt\n\nIngen saker.\n"
                         .encode(), "protokoll.txt")
    assert [(p.name, p.organization, p.role) for p in record.participants] == [
        ("Anne Li", "Vang", ParticipantRole.CHAIR),
        ("Per Ås", "Vestre Slidre", ParticipantRole.MEMBER),
        ("Eli Ek", "Dal", ParticipantRole.MEMBER),
        ("Siv Moe", None, ParticipantRole.SECRETARY)]


def test_a_deputys_line_under_forfall_says_the_deputy_came():
    assert _protocol_people("Møtande medlemer:\n\nTorunn Haug, Ål\n\nNils Rud, Nes\n\n"
                            "Forfall:\n\nGunn Staven, Nes\n\nVara for Gunn Staven: Nils Rud") == [
        ("Torunn Haug", "present", None), ("Nils Rud", "present", "for Gunn Staven"),
        ("Gunn Staven", "absent", None)]
    # (unless the line says the deputy stayed away too)
    assert _protocol_people("Til stede: Torunn Haug, Ål\n\nForfall:\n\nGunn Staven, Nes\n\n"
                            "Vara for Gunn Staven: Nils Rud (møtte ikke)")[2][:2] == \
        ("Nils Rud", "absent")


def test_a_note_after_a_list_closed_by_og_is_the_whole_lists():
    people = _protocol_people("Til stede:\n\nTorunn Haug, Ål\n\nDesse møtte i tillegg: "
                              "Eline Bakke, Buskerud fylkeskommune, og Tor Vang, KS Buskerud, "
                              "under sak 22/25.")
    assert people[1:] == [("Eline Bakke", "partial", "under sak 22/25"),
                          ("Tor Vang", "partial", "under sak 22/25")]


@pytest.mark.parametrize(("lines", "people"), [
    # one line a person, surname first: "Nymo, Sigve" reads as a person (a known first
    # name), so the list is of people and its other lines in that form are people too
    ("Til stede:\nHolm, Ante (leder)\nBakkevik, Torjus\nNymo, Sigve (nestleder)",
     [("Holm, Ante", None, "chair"), ("Bakkevik, Torjus", None, "member"),
      ("Nymo, Sigve", None, "member")]),
    # two such lines in a row are two people, not one name wrapped across the lines
    ("Til stede:\nLund, Kari\nHodnefjell, Lavrans\nTungesvik, Ebbe (nestleder)",
     [("Lund, Kari", None, "member"), ("Hodnefjell, Lavrans", None, "member"),
      ("Tungesvik, Ebbe", None, "member")]),
])
def test_surname_first_with_an_unknown_first_name_in_a_list_of_such_people(lines, people):
    assert _people(lines) == people


def test_surname_first_pairs_alone_stay_unread_without_a_person_in_that_form():
    # no line reads as one person surname first: "Hamar, Løten" may be two places
    assert _people("Forfall:\nHamar, Løten") == []


@pytest.mark.parametrize(("body", "role"), [
    ("styringsgruppen for Bredbånd Vik", ParticipantRole.GUEST),  # the staff it steers
    ("prosjektgruppen for Bredbånd Vik", ParticipantRole.MEMBER),  # the group she leads
])
def test_a_project_leader_beside_a_secretary_is_a_steering_groups_guest(body, role):
    text = (f"Referat fra møte i {body}\n\nDato: 14.10.2025\n\nTil stede:\n"
            "Sigrid Tveito, Vik kommune (leder)\nAnders Fosheim, Vang kommune\n"
            "Håkon Rudi, prosjektleder\nIngvild Sæbu, sekretær\n\n"
            "Sak 1/25 Godkjenning\nGodkjent.\n")
    people = parse_bytes(text.encode(), "styring.txt").participants
    roles = {p.name: p.role for p in people}
    assert roles["Ingvild Sæbu"] == ParticipantRole.SECRETARY
    assert roles["Håkon Rudi"] == role


def test_signatures_side_by_side_under_a_summons_are_no_seat_row():
    # a Word table of two signatures copied cell by cell: "leiar | Gunnar Bleie" is the
    # first signer's title, then the second signer, whose title is the line below
    text = ("Regionrådet\n\nINNKALLING\n\nMøtedato: 13.03.2025\n\nSaksliste\n"
            "PS 1/25\tGodkjenning av innkalling\n\nAstrid Lothe\nleiar\tGunnar Bleie\n"
            "dagleg leiar\n\nPROTOKOLL\n\nTil stades: Astrid Lothe (leiar), Olav Tveito\n"
            "Frå administrasjonen: Gunnar Bleie, dagleg leiar\n\n"
            "PS 1/25 Godkjenning av innkalling\nVedtak: Innkallinga vert godkjend.\n")
    people = parse_bytes(text.encode(), "ipr.txt").participants
    assert [(p.name, p.role) for p in people] == [
        ("Astrid Lothe", ParticipantRole.CHAIR), ("Olav Tveito", ParticipantRole.MEMBER),
        ("Gunnar Bleie", ParticipantRole.GUEST)]


@pytest.mark.parametrize("job", ["assisterande kommunedirektør", "konstituert rådmann"])
def test_an_acting_job_after_a_dash_is_a_job_not_an_organisation(job):
    [entry] = parse_people_list(f"Margrethe Hyllestad – {job}, Hyllestad kommune (på Teams)",
                                ParticipantRole.MEMBER, Attendance.PRESENT)
    assert (entry.organization, entry.note) == ("Hyllestad kommune", "på Teams")


def test_a_political_council_named_with_og_after_a_name_is_one_organisation():
    [entry] = parse_line("Ingvild Dale, Sunnfjord og Ytre Sogn interkommunale politiske råd",
                         ParticipantRole.SECRETARY, Attendance.PRESENT, "fylkeskommunen")
    assert entry.organization == "Sunnfjord og Ytre Sogn interkommunale politiske råd"


def test_places_in_a_titled_og_list_replace_the_group_word():
    found = parse_line("Kommunedirektør Ragnar Nesse, Sogndal og kommunedirektør Birgit "
                       "Fimreite, Lærdal", ParticipantRole.GUEST, Attendance.PRESENT,
                       "administrasjonen")
    assert [(e.name, e.organization) for e in found] == [
        ("Ragnar Nesse", "Sogndal"), ("Birgit Fimreite", "Lærdal")]


def test_a_partial_note_keeps_no_clause_the_pdf_line_cut_short():
    text = ("Protokoll\n\nMøtedato: 21.11.2025\n\nTil stades: Oddvar Myklebust (leiar), "
            "Sissel Kvalsund\n\nSak 44/25 Rekruttering\nHandsaming i møtet:\n"
            "Kommunalsjef Kristin Brunstad frå Ulsvåg kommune var med under saka og presen-\n"
            "terte erfaringane frå eit pilotprosjekt.\n")
    people = parse_bytes(text.encode(), "pdf.txt").participants
    [kristin] = [p for p in people if p.name == "Kristin Brunstad"]
    assert (kristin.attendance, kristin.note) == (Attendance.PARTIAL, "var med under saka")


def test_names_and_places_in_turn_without_titles():
    """"Anne Li, Vang, Per Ås, Vestre Slidre": a known first name starts a person, the
    piece after it (one word or a place of more words that opens with no first name) is
    whom she came for; a second full name after a name is a person, not a place."""
    from motebok.extract.participants import parse_line
    from motebok.vocab import Attendance, ParticipantRole

    found = parse_line("Anne Li, Vang, Per Ås, Vestre Slidre", ParticipantRole.MEMBER,
                       Attendance.PRESENT)
    assert [(e.name, e.organization) for e in found] == [("Anne Li", "Vang"),
                                                         ("Per Ås", "Vestre Slidre")]
    found = parse_line("Anne Li, Per Ås, Kari Holm, Ola Dahl", ParticipantRole.MEMBER,
                       Attendance.PRESENT)
    assert [e.name for e in found] == ["Anne Li", "Per Ås", "Kari Holm", "Ola Dahl"]


def _summary_people(head: str, sections: str = "") -> dict[str, tuple]:
    text = (f"Oppsummering fra nettverkssamling\n\nDato: 3. april 2025\n\n{head}\n\n"
            "Velkommen\n\nAlle ble ønsket velkommen til samlingen i Brekkvik.\n\n"
            f"{sections}Eventuelt\n\nIngen saker ble meldt under eventuelt.\n")
    return {p.name: (p.organization, p.role) for p in
            parse_bytes(text.encode(), "samling.txt").participants}


@pytest.mark.parametrize(("sentence", "org"), [
    ("Samlingen ble ledet av Kari Holm, rådgiver folkehelse i Nordby fylkeskommune.",
     "Nordby fylkeskommune"),
    ("Dagen vart leia av Kari Holm, rektor ved Lia kulturskule.", "Lia kulturskule"),
    ("Samlingen ble ledet av Kari Holm.", None),
])
def test_the_chair_s_workplace_after_her_job(sentence: str, org: str | None) -> None:
    assert _summary_people(sentence)["Kari Holm"] == (org, "chair")


def test_presenters_a_programme_over_the_sections_names() -> None:
    """The programme's slots above the sections name who spoke and for whom ("Innlegg
    ved X, job ved ORG", "Presentasjon frå ORG ved X", "v/ X, ORG")."""
    head = ("Program\n\n10.00 Velkommen\n\n10.15 Skolemiljø – Innlegg ved Kari Holm, rektor "
            "ved Lia skule\n\n11.00 Nye tilskudd – Presentasjon fra Statsforvalteren i "
            "Nordby ved seniorrådgiver Per Lie\n\n12.00 Arealbehov v/ Eva Dahl, Norconsult")
    people = _summary_people(head)
    assert people["Kari Holm"] == ("Lia skule", "guest")
    assert people["Per Lie"] == ("Statsforvalteren i Nordby", "guest")
    assert people["Eva Dahl"] == ("Norconsult", "guest")


def test_a_presentation_for_an_organisation_under_a_heading() -> None:
    sections = ("Nye tilskudd\n\nPresentasjon fra Statsforvalteren i Nordby ved "
                "seniorrådgiver Per Lie.\n\nOrdningen åpner for søknader i mai.\n\n")
    assert _summary_people("Sted: Brekkvik", sections)["Per Lie"] == \
        ("Statsforvalteren i Nordby", "guest")


@pytest.mark.parametrize(("written", "organization"), [
    ("Siv Lunde, regionrådets sekretariat", "regionrådets sekretariat"),
    ("Siv Lunde, Sekretariat for rådet", "Sekretariat for rådet"),
    ("Siv Lunde (nettverkets sekretariat)", "nettverkets sekretariat"),
    ("Siv Lunde, styrets sekretær", None),
])
def test_the_secretariat_with_its_owner_is_whom_the_secretary_comes_from(written, organization):
    # the unit she comes from, as "…, sekretariatet" alone is read; "styrets sekretær" is
    # only her role
    found = parse_people_list(written, ParticipantRole.SECRETARY, Attendance.PRESENT)
    assert [(e.name, e.organization, e.role) for e in found] == [
        ("Siv Lunde", organization, ParticipantRole.SECRETARY)]


def test_a_presenter_in_a_closing_participant_list_is_a_guest() -> None:
    # a gathering's summary lists everyone at its end; "Innlegg ved X" says X came to speak
    text = ("Oppsummering fra nettverkssamling\n\nDato: 3. mars 2025\n\n"
            "1. Velkommen\n\nKari Holm ønsket velkommen.\n\n"
            "2. Ny veileder\n\nInnlegg ved Jonas Lie, rådgiver i Statens vegvesen.\n\n"
            "Deltakere\n\nNavn\tVirksomhet\nKari Holm\tLia kommune\n"
            "Jonas Lie\tStatens vegvesen\nPer Moe\tÅs kommune\n")
    assert [(name, role) for name, _, role, _, _ in _people_of(text)] == [
        ("Kari Holm", "member"), ("Jonas Lie", "guest"), ("Per Moe", "member")]


def test_a_presenter_from_the_heads_attendance_list_stays_a_member() -> None:
    text = ("Referat fra nettverksmøte\n\nDato: 3. mars 2025\n\nTil stede: Kari Holm, Jonas Lie\n\n"
            "1. Ny veileder\n\nInnlegg ved Jonas Lie.\n\n"
            "Deltakere\n\nNavn\tVirksomhet\nKari Holm\tLia kommune\n"
            "Jonas Lie\tStatens vegvesen\n")
    assert [(name, role) for name, _, role, _, _ in _people_of(text)] == [
        ("Kari Holm", "member"), ("Jonas Lie", "member")]


def test_nynorsk_ordstyrar_in_brackets_chairs():
    text = ("Referat frå møte i nettverket\n\nDato: 20. mars 2025\n\n"
            "Deltakarar: Solveig Nes (Voss), Bjarne Tvedt (Kvam)\n\n"
            "Frå fylkeskommunen: Astrid Haugland (ordstyrar), Rune Kvalheim (referent)\n\n"
            "Sak 1/25 Godkjenning\n\nGodkjent.\n")
    roles = {p.name: p.role for p in parse_bytes(text.encode(), "n.txt").participants}
    assert roles["Astrid Haugland"] == ParticipantRole.CHAIR
    assert roles["Rune Kvalheim"] == ParticipantRole.SECRETARY


@pytest.mark.parametrize(("written", "note"), [
    ("Randi Bakken, virksomhetsleder, Åsnes kommune (sykdom)", "sykdom"),
    ("Tove Li, Flå kommune (kurs)", "kurs"),
    ("Tove Li, Flå kommune – kurs", "kurs"),
    ("Tove Li, Flå kommune (leder)", None),  # her seat, no reason
])
def test_a_reason_after_an_absentees_organisation_is_her_note(written, note):
    found = parse_line(written, ParticipantRole.MEMBER, Attendance.ABSENT)
    assert [(e.organization, e.note) for e in found] == [
        (written.split(", ")[-1].split(" (")[0].split(" –")[0], note)]

_HEADS_GROUP = "Referat\n\nKommunedirektørutvalget i Vestdal\n\nDato: 14. mars 2025\n\n"


def test_a_group_heading_below_absence_rows_names_who_came() -> None:
    # "kommune | name" rows under "Forfall:", then "Fra regionrådet:" over a name: the
    # absences are over, as after names listed one a line
    text = (f"{_HEADS_GROUP}Til stede:\n\nNordby kommune\tKari Holm (leder)\n"
            "Sørby kommune\tPer Dahl\n\nForfall:\n\nØstby kommune\tLine Moe\n\n"
            "Fra regionrådet:\n\nDaglig leder Eva Lund\n\nSak 1/25 Test\n\nGodkjent.\n")
    assert [(name, attendance) for name, _, _, attendance, _ in _people_of(text)] == [
        ("Kari Holm", "present"), ("Per Dahl", "present"), ("Line Moe", "absent"),
        ("Eva Lund", "present")]


@pytest.mark.parametrize(("written", "note"), [("Per Dahl, fra OS 5/25", "fra OS 5/25"),
                                              ("Per Dahl (fra DS 2/25)", "fra DS 2/25"),
                                              ("Per Dahl (BS 7/25)", "BS 7/25")])
def test_a_case_by_its_groups_letters_makes_a_partial_presence(written, note) -> None:
    text = (f"{_HEADS_GROUP}Til stede:\n\nKari Holm (leder)\n{written}\n\n"
            "Sak 1/25 Test\n\nGodkjent.\n")
    assert _people_of(text)[1][3:] == ("partial", note)


@pytest.mark.parametrize(("written", "org"), [
    ("Mari Bekk, rådgiver i regionrådet", "regionrådet"),
    ("Mari Bekk, rådgiver i sekretariatet", "sekretariatet"),
    ("Mari Bekk, rådgiver i Vestdal regionråd", "Vestdal regionråd"),
])
def test_a_job_in_the_cooperations_own_office_is_no_organisation(written, org) -> None:
    text = (f"{_HEADS_GROUP}Til stede: Kari Holm (leder), Per Dahl\n\nReferent: {written}\n\n"
            "Sak 1/25 Test\n\nGodkjent.\n")
    assert _people_of(text)[2][:3] == ("Mari Bekk", org, "secretary")


def test_a_presenter_named_between_commas_after_the_job_is_a_guest() -> None:
    text = (f"{_HEADS_GROUP}Til stede: Kari Holm (leder), Per Dahl\n\nSak 1/25 Barnevern\n\n"
            "Leder for barnevernstjenesten, Tor Erik Skogli, orienterte om evalueringen.\n")
    assert _people_of(text)[2][:3] == ("Tor Erik Skogli", None, "guest")


def test_a_job_with_og_between_two_dashes_is_one_persons() -> None:
    # "Name – job – kommune": the "og" joins the job's two fields, not two people
    text = (f"{_HEADS_GROUP}Deltakere:\n\nHanne Lie – kommunalsjef oppvekst – Brekke kommune\n"
            "Rolf Moe – kommunalsjef oppvekst og kultur – Tangen kommune\n\n"
            "Sak 1/25 Test\n\nGodkjent.\n")
    assert [person[:2] for person in _people_of(text)] == [
        ("Hanne Lie", "Brekke kommune"), ("Rolf Moe", "Tangen kommune")]


def test_the_cooperations_adviser_among_the_members_is_the_administration():
    # "rådgiver" at the cooperation the secretary (or its head) comes from is its staff,
    # a guest by the guide; a member's own adviser from her municipality keeps her seat
    text = ("Referat fra møte i styringsgruppa for Nordby helsehus\n\nDato: 3. juni 2025\n\n"
            "Til stede:\nOla Haug, Gran kommune (leder)\nKari Ness, rådgiver, Lunner kommune\n"
            "Lise Dahl, rådgiver, Nordbyrådet\nEva Lie, sekretariatsleder, Nordbyrådet\n"
            "Per Moe, Nordbyrådet (referent)\n\nSak 1/25 Godkjenning av innkalling\n"
            "Innkallingen ble godkjent.\n")
    people = parse_bytes(text.encode(), "s.txt").participants
    assert [(p.name, p.role) for p in people] == [
        ("Ola Haug", "chair"), ("Kari Ness", "member"), ("Lise Dahl", "guest"),
        ("Eva Lie", "guest"), ("Per Moe", "secretary")]


@pytest.mark.parametrize("fmt", ["html", "docx"])
def test_a_name_cell_of_two_lines_beside_the_municipality_is_two_people(fmt):
    # "Kommune | Navn" with one row a municipality: two names on two lines of the cell
    # (a <br>, a second paragraph) are two people of that municipality, not one long name
    rows = [("Kommune", "Navn"), ("Åsdal", "Kari Lien\nPer Moe"), ("Nordvik", "Siri Dahl")]
    if fmt == "html":
        cells = "".join("<tr>" + "".join(f"<td>{c.replace(chr(10), '<br>')}</td>" for c in row)
                        + "</tr>" for row in rows)
        data = (f"<h1>Referat fra møte i Kulturnettverket</h1><p>Dato: 3.4.2025</p>"
                f"<h2>Deltakere</h2><table>{cells}</table>"
                "<h2>1. Velkommen</h2><p>Ingen merknader.</p>").encode()
    else:
        data = to_docx([("heading", "Referat fra møte i Kulturnettverket"),
                         ("para", "Dato: 3.4.2025"), ("heading", "Deltakere", 2),
                         ("table", rows), ("heading", "1. Velkommen", 2),
                         ("para", "Ingen merknader.")])
    people = parse_bytes(data, f"referat.{fmt}").participants
    assert [(p.name, p.organization) for p in people] == [
        ("Kari Lien", "Åsdal"), ("Per Moe", "Åsdal"), ("Siri Dahl", "Nordvik")]


def test_a_name_cell_whose_second_line_is_no_name_stays_one_person():
    html = ("<h1>Referat fra møte i Kulturnettverket</h1><p>Dato: 3.4.2025</p>"
            "<h2>Deltakere</h2><table><tr><td>Kommune</td><td>Navn</td></tr>"
            "<tr><td>Åsdal</td><td>Kari Lien<br>vara for Per Moe</td></tr></table>"
            "<h2>1. Velkommen</h2><p>Ingen merknader.</p>")
    names = [p.name for p in parse_bytes(html.encode(), "referat.html").participants]
    assert "Kari Lien" in names and not any("\n" in n or "vara" in n for n in names)


def test_a_guest_s_organisation_of_places_joined_by_og_is_kept_with_the_item_note():
    # "Name, Statsforvalteren i Vestfold og Telemark, innledet i sak 3": the "i" and "og"
    # inside the name do not make it too long to be whom the guest came from
    text = ("Referat fra møte i Kulturnettverket\n\nDato: 3. april 2025\n\n"
            "Til stede\nKari Lien, Åsdal kommune\nPer Moe, Nordvik kommune\n\n"
            "Gjest\nSiri Dahl, Statsforvalteren i Møre og Romsdal, innledet i sak 2.\n\n"
            "1. Velkommen\nInnkallingen ble godkjent.\n")
    guest = parse_bytes(text.encode(), "referat.txt").participants[-1]
    assert (guest.name, guest.organization, guest.attendance) == (
        "Siri Dahl", "Statsforvalteren i Møre og Romsdal", "partial")


@pytest.mark.parametrize(("org", "role"), [
    ("Nordbyrådet", "guest"),  # the cooperation's own adviser: its staff
    ("Nordby regionråd", "guest"),
    ("Lunner", "member"),  # a bare place under a "Kommune"-like column: whom she represents
])
def test_the_cooperations_adviser_in_a_table_row_is_the_administration(org, role):
    # as on a "Name, rådgiver, Org" line: a "Navn | Funksjon | Organisasjon" row
    text = ("Referat fra møte i styringsgruppa for Nordby helsehus\n\nDato: 3. juni 2025\n\n"
            "Deltakere:\nNavn\tFunksjon\tOrganisasjon\n"
            "Ola Haug\tkommunalsjef\tGran kommune\n"
            "Kari Ness\trådgiver\tLunner kommune\n"
            f"Lise Dahl\trådgiver\t{org}\n\n"
            f"Referent: Per Moe, {org}\n\nSak 1/25 Godkjenning av innkalling\n"
            "Innkallingen ble godkjent.\n")
    people = parse_bytes(text.encode(), "s.txt").participants
    assert [(p.name, p.role) for p in people] == [
        ("Ola Haug", "member"), ("Kari Ness", "member"), ("Lise Dahl", role),
        ("Per Moe", "secretary")]


def test_names_with_their_initials_alternate_with_their_places():
    # "Dag Kåsa (DK), Fyresdal og Sigrid Nes (SN), Nissedal": the bracket gives the
    # initials the minutes use later, and each place is whom the name before it represents
    found = parse_people_list("Dag Kåsa (DK), Fyresdal og Sigrid Nes (SN), Nissedal",
                              ParticipantRole.MEMBER, Attendance.ABSENT)
    assert [(e.name, e.organization) for e in found] == [("Dag Kåsa", "Fyresdal"),
                                                         ("Sigrid Nes", "Nissedal")]


def test_a_compound_job_title_before_the_place_is_no_part_of_it():
    text = ("Referat\n\nDato: 27.01.2025\n\nTil stades:\n"
            "Olav Tveito (OT), helse- og omsorgssjef Kviteseid\n"
            "Gunhild Bjåland (GB), Tokke\n\n1. Test\nIngen.\n")
    people = parse_bytes(text.encode(), "ref.txt").participants
    assert [(p.name, p.organization) for p in people] == [("Olav Tveito", "Kviteseid"),
                                                          ("Gunhild Bjåland", "Tokke")]


def test_a_seat_job_then_the_municipality_before_a_colon_gives_the_municipality():
    from motebok.extract.participants import organization_of_group
    assert organization_of_group("Ordfører Gjøvik kommune") == "Gjøvik kommune"
    assert organization_of_group("Varaordfører Østre Toten kommune") == "Østre Toten kommune"
    assert organization_of_group("Ordfører VKT") == "VKT"


def test_a_job_then_whose_seat_in_a_remark_cell_is_the_deputys_note():
    text = ("Protokoll\n\nFølgende varamedlemmer møtte:\n\nNavn\tKommune\tMerknad\n"
            "Bjørn Lie\tSirdal\tVaraordfører, møtte for Tove Haugland\n\n"
            "Forfall:\nTove Haugland, Sirdal\n\nSak 1/25 Budsjett\n\nTatt til orientering.\n")
    people = parse_bytes(text.encode(), "vara.txt").participants
    assert [(p.name, p.attendance, p.note) for p in people] == [
        ("Bjørn Lie", Attendance.PRESENT, "for Tove Haugland"),
        ("Tove Haugland", Attendance.ABSENT, None)]


@pytest.mark.parametrize(("title", "role"), [
    # a meeting of the regionråd and the county: the county's side is one of the two
    ("Dialogmøte mellom Regionrådet for Nordvik og Fjellstad fylkeskommune", "member"),
    ("Kontaktmøte med fylkeskommunen", "member"),
    # the regionråd's own meeting: the county's people are the partner it invited
    ("Referat fra møte i Regionrådet for Nordvik", "guest"),
])
def test_the_side_a_two_party_meeting_names_is_no_guest(title, role):
    text = (f"{title}\n\nDato: 13. oktober 2025\n\nFra regionrådet:\nKari Holm (leder)\n"
            "Per Berg\n\nFra fylkeskommunen:\nEva Lund, fylkesdirektør for samferdsel\n"
            "Ola Dahl, rådgiver regional utvikling\n\nSak 1 Godkjenning\nGodkjent.\n")
    people = parse_bytes(text.encode(), "d.txt").participants
    side = [(p.name, p.organization, p.role) for p in people if p.name in ("Eva Lund", "Ola Dahl")]
    assert side == [("Eva Lund", "fylkeskommunen", role), ("Ola Dahl", "fylkeskommunen", role)]


def test_the_one_called_meeting_leader_chairs_over_a_side_s_leader():
    text = ("Kontaktmøte med Statsforvalteren i Nordvik\n\nDato: 20.11.2025\n\n"
            "Til stede:\n\nFra regionrådet: Ola Dahl (leder), Per Berg\n"
            "Fra Statsforvalteren: Eva Lund (statsforvalter, møteleder), Kari Holm\n\n"
            "Sak 1/25 Godkjenning\nGodkjent.\n")
    people = parse_bytes(text.encode(), "k.txt").participants
    assert [(p.name, p.role) for p in people if p.name in ("Ola Dahl", "Eva Lund")] == \
        [("Ola Dahl", "member"), ("Eva Lund", "chair")]


@pytest.mark.parametrize(("above", "below", "name"), [
    ("Fra AU: Kari Holm (leder), ordfører Per", "Olav Bråten", "Per Olav Bråten"),
    ("Fra benken: Ola Dahl (Sp), Mari Holm", "Lønseth (H)", "Mari Holm Lønseth"),
])
def test_a_name_a_pdf_wrapped_at_the_margin_of_a_list_is_one_name(above, below, name):
    text = (f"Møtereferat\n\nDato: 16.01.2026\n\nDeltakere\n{above}\n{below}\n"
            "Forfall: Eva Lund\n\n1. Velkommen\nVelkommen.\n")
    people = parse_bytes(text.encode(), "p.txt").participants
    assert name in [p.name for p in people]


@pytest.mark.parametrize("said", [
    "Trond Dal var sekretær for møtet.",
    "Dagleg leiar i Regionrådet for Nordvik, Trond Dal, var sekretær for møtet.",
])
def test_the_one_a_sentence_calls_the_meeting_s_secretary_wrote_the_minutes(said):
    text = ("Referat frå møte i regionrådet\n\nDato: 04.09.2025\n\nTil stades:\n"
            f"Kari Holm (leiar)\nPer Berg\n\n{said}\n\nSak 1 Vegar\nOk.\n")
    people = parse_bytes(text.encode(), "n.txt").participants
    assert [(p.name, p.role) for p in people if p.name == "Trond Dal"] == \
        [("Trond Dal", "secretary")]


@pytest.mark.parametrize(("said", "org"), [
    ("Hanne Lie fra Statens vegvesen orienterte om planen.", "Statens vegvesen"),
    ("Hanne Lie frå Norsk kulturråd orienterte om planen.", "Norsk kulturråd"),
])
def test_a_presenter_from_a_national_agency_written_small_is_a_guest(said, org):
    text = ("Referat frå møte i regionrådet\n\nDato: 04.09.2025\n\nTil stades:\n"
            f"Kari Holm (leiar)\nPer Berg\n\nSak 1 Vegar\n{said}\n")
    people = parse_bytes(text.encode(), "n.txt").participants
    assert [(p.name, p.organization, p.role) for p in people][2:] == \
        [("Hanne Lie", org, "guest")]


@pytest.mark.parametrize(("cell", "note"), [("kom kl. 11.00", "kom kl. 11.00"),
                                            ("frå sak 2", "frå sak 2")])
def test_when_someone_was_there_in_the_function_column_makes_them_partial(cell, note):
    text = ("Fellesmøte\n\nDato: 04.09.2025\n\nTil stades:\n\nNAMN\tKOMMUNE\tFUNKSJON\n"
            f"Kari Holm\tNordvik\tleiar\nOla Dahl\tSørvik\t{cell}\n\nSak 1 Test\nOk.\n")
    people = parse_bytes(text.encode(), "n.txt").participants
    assert [(p.name, p.attendance, p.note) for p in people][1:] == [("Ola Dahl", "partial", note)]


@pytest.mark.parametrize(("line", "role"), [
    ("Frå sak 14/25: Signe Moe, næringsrådgjevar (Nordfjell regionråd)", "guest"),
    ("Fra sak 2/26: Ola Dal (Vik)", "member"),
    ("Fra kl. 10.30: Ola Dal (Vik)", "member"),
])
def test_a_group_prefix_saying_when_makes_its_people_partial_with_no_organisation(line, role):
    # "Frå sak 14/25:" says when she came, not whom she came from; a job beside her name
    # set apart from the list makes her the administration's
    people = _listed(f"Til stede:\nKari Holm, Dal\nPer Dahl, Berg\n\n{line}")
    when = line.split(":", 1)[0]
    assert people[2][2:] == (role, "partial", when)
    assert people[2][1] != when.split(" ", 1)[1]


def test_a_name_cell_with_the_seat_after_a_comma_gives_the_name_and_the_seat():
    # "Ola Vik, leder" under "NAVN": the seat after the name, as in a list line
    people = _listed("KOMMUNE\tNAVN\tMØTT\nNamsos\tOla Vik, leder\tx\nGrong\tEva Bø\tx\n"
                     "Sekretariat\tLiv Moe, daglig leder\tx")
    assert [p[:3] for p in people] == [("Ola Vik", "Namsos", "chair"),
                                       ("Eva Bø", "Grong", "member"),
                                       ("Liv Moe", "Sekretariat", "secretary")]


def test_another_organisations_group_after_the_bodys_own_members_is_guests():
    text = ("Referat fra møte i Fagpolitisk utvalg for samferdsel\n\nDato: 27.03.2025\n\n"
            "Til stede fra utvalget: Kari Holm (Lunner) – leder, Per Berg (Gran)\n\n"
            "Fra Akershus fylkeskommune: Eirik Bråten, samferdselsavdelingen\n\n"
            "Forfall: Tor Aas (Hole)\n\n1. Eventuelt\nIngen saker.\n")
    people = parse_bytes(text.encode(), "x.txt").participants
    assert [(p.name, p.organization, p.role) for p in people] == [
        ("Kari Holm", "Lunner", "chair"), ("Per Berg", "Gran", "member"),
        ("Eirik Bråten", "Akershus fylkeskommune", "guest"), ("Tor Aas", "Hole", "member")]


def test_a_job_with_its_field_after_the_dash_leaves_the_groups_organisation():
    text = ("Referat fra møte i Regionalt næringsforum\n\nDato: 27.03.2025\n\nTil stede:\n\n"
            "Fra Innlandet fylkeskommune:\nPetter Aamodt – rådgiver næring\n"
            "Siri Dal – kommunalsjef helse\n\n1. Eventuelt\nIngen saker.\n")
    people = parse_bytes(text.encode(), "x.txt").participants
    assert [(p.name, p.organization) for p in people] == [
        ("Petter Aamodt", "Innlandet fylkeskommune"), ("Siri Dal", "Innlandet fylkeskommune")]


def test_a_short_place_in_brackets_before_the_next_person_with_hers_is_no_party():
    # "Vang" reads like a party's short name ("Ap", "KrF"), but the next piece has its
    # own bracket: two people, each with her place
    found = parse_people_list("Bjørn Rudi (Vang), Astrid (Etnedal)", ParticipantRole.MEMBER,
                              Attendance.ABSENT)
    assert [(e.name, e.organization) for e in found] == [("Bjørn Rudi", "Vang"),
                                                         ("Astrid", "Etnedal")]
    [entry] = parse_people_list("Kari Holm (Ap), Alvdal", ParticipantRole.MEMBER,
                                Attendance.PRESENT)
    assert (entry.name, entry.organization) == ("Kari Holm", "Alvdal")

@pytest.mark.parametrize(("group", "org"), [
    ("Statsforvalteren i Oslo og Viken", "Statsforvalteren i Oslo og Viken"),
    ("Innovasjon Norge Vestfold og Telemark", "Innovasjon Norge Vestfold og Telemark"),
])
def test_a_group_named_with_small_words_inside_is_an_organisation(group, org):
    assert organization_of_group(group) == org


def test_a_table_cell_of_several_people_by_commas_is_a_row_each():
    """"KOMMUNE | DELTAKARAR" over "Hol | Aslak Myhre, Guro Flaten": two people of Hol; a
    note in brackets stays with its person."""
    columns = table_columns(("KOMMUNE", "DELTAKARAR"))
    rows = table_row_people(("Hol", "Aslak Myhre (leiar, Hol), Guro Flaten"), None,
                            Attendance.PRESENT, columns)
    assert [(e.name, e.organization) for e in rows] == [("Aslak Myhre", "Hol"),
                                                        ("Guro Flaten", "Hol")]

@pytest.mark.parametrize("line", [
    "Per Li, vara for Ola Berg (Lunner)",
    "Per Li, møtte for Ola Berg (Lunner)",
])
def test_a_deputy_with_the_place_in_brackets_after_the_seat_s_holder(line):
    # the place the line states is the deputy's (and the seat's), as "…, Lunner" is
    [entry] = parse_line(line, ParticipantRole.MEMBER, Attendance.PRESENT)
    assert (entry.name, entry.organization, entry.note) == ("Per Li", "Lunner", "for Ola Berg")


def test_a_role_in_brackets_after_the_seat_s_holder_is_no_place():
    [entry] = parse_line("Per Li, vara for Ola Berg (leder)", ParticipantRole.MEMBER,
                         Attendance.PRESENT)
    assert (entry.organization, entry.note) == (None, "for Ola Berg")


def test_a_deputy_in_a_comma_list_with_the_place_after_the_seat():
    text = ("Referat fra møte i Regionrådet\n\nDato: 12.02.2026\n\n"
            "Til stede: Kari Moe (Gran), Siri Lie, vara for Tor Kleven (Jevnaker), Per Dahl "
            "(Hole)\n\nSak 1/26 Godkjenning\nGodkjent.\n")
    people = {p.name: p for p in parse_bytes(text.encode(), "r.txt").participants}
    assert (people["Siri Lie"].organization, people["Siri Lie"].note) == (
        "Jevnaker", "for Tor Kleven")
    assert (people["Tor Kleven"].organization, people["Tor Kleven"].attendance) == (
        "Jevnaker", "absent")


@pytest.mark.parametrize(("title", "seat"), [
    ("Referat fra møte i arbeidsutvalget i Glåmdal regionråd", "leder AU"),
    ("Referat frå møte i arbeidsutvalet i Hallingdal regionråd", "leiar i AU"),
    ("Referat fra møte i styringsgruppa for Ung i Valdres", "leder SG"),
])
def test_the_leader_of_the_body_named_by_its_initials_chairs_when_no_one_else_does(title, seat):
    text = (f"{title}\n\nDato: 18.02.2026\n\nTil stede: Arne Hvam ({seat}), Liv Grønvold og "
            "Terje Bakken\n\nReferent: Ingvild Sætre\n\n1. Godkjenning\nGodkjent.\n")
    people = {p.name: p for p in parse_bytes(text.encode(), "au.txt").participants}
    assert (people["Arne Hvam"].role, people["Arne Hvam"].organization) == ("chair", None)
    assert people["Liv Grønvold"].role == "member"


def test_the_leader_of_another_body_does_not_chair():
    text = ("Referat fra møte i arbeidsutvalget i Glåmdal regionråd\n\nDato: 18.02.2026\n\n"
            "Til stede: Liv Grønvold og Terje Bakken\n\n"
            "Andre: Toril Bryn (leder i Glåmdal næringsråd)\n\n1. Godkjenning\nGodkjent.\n")
    people = {p.name: p for p in parse_bytes(text.encode(), "au.txt").participants}
    assert people["Toril Bryn"].role != "chair"

@pytest.mark.parametrize(("cell", "note"), [("Sandøy kommune, fra kl. 13.15", "fra kl. 13.15"),
                                            ("Holtan kommune, til og med sak 4",
                                             "til og med sak 4")])
def test_when_someone_was_there_after_the_organisation_s_comma_is_their_note(cell, note):
    # "Sandøy kommune, fra kl. 13.15": the part of the meeting written after a comma, as
    # in brackets, is no part of the municipality's name
    text = ("Referat fra møte i folkehelsenettverket\n\nDato: 3. april 2025\n\n"
            "Til stede\tIngrid Solberg\tVesterå regionråd (leder)\n"
            f"\tJørn Eggen\t{cell}\n\n1. Eventuelt\n\nIngen saker.\n")
    people = parse_bytes(text.encode(), "n.txt").participants
    assert [(p.name, p.organization, p.attendance, p.note) for p in people][1:] == [
        ("Jørn Eggen", cell.split(",")[0], "partial", note)]


def test_an_organisation_cell_whose_comma_part_names_a_unit_keeps_it():
    text = ("Referat fra møte i folkehelsenettverket\n\nDato: 3. april 2025\n\n"
            "Til stede\tIngrid Solberg\tVesterå regionråd (leder)\n"
            "\tJørn Eggen\tSandøy kommune, helse og omsorg\n\n1. Eventuelt\n\nIngen saker.\n")
    people = parse_bytes(text.encode(), "n.txt").participants
    assert (people[1].organization, people[1].attendance) == (
        "Sandøy kommune, helse og omsorg", "present")


def test_a_chief_executive_under_a_members_row_of_a_council_s_table_is_a_member():
    # "Medlemmer" over "| Storvik | Rune Kvalvik | kommunedirektør |": the table says he
    # holds a seat, though a kommunedirektør listed at a regionråd is its administration
    text = ("Protokoll fra møte i Fjellbygd regionråd\n\nMøtedato: 12.05.2025\n\nOppmøte\n\n"
            "Kommune\tNavn\tFunksjon\tMerknad\nMedlemmer\n"
            "Storvik\tAstrid Hovland\tordfører, leder\t\nStorvik\tRune Kvalvik\tkommunedirektør\t\n"
            "Forfall\nLia\tPer Solum\tordfører\t\n\nSak 1/25 Eventuelt\n\nIngen saker.\n")
    people = parse_bytes(text.encode(), "p.txt").participants
    assert [(p.name, p.role) for p in people] == [
        ("Astrid Hovland", "chair"), ("Rune Kvalvik", "member"), ("Per Solum", "member")]


@pytest.mark.parametrize("seat", ["Opposisjonsleder", "opposisjonsleiar"])
def test_the_leader_of_the_opposition_at_a_council_is_a_member(seat):
    # an elected office, though its word ends in "-leder" as an administration job does
    text = ("Protokoll fra møte i Sørkyst regionråd\n\nMøtedato: 19.09.2025\n\nDeltakere\n\n"
            "Navn\tKommune\tRolle\tOppmøte\nJorunn Helland\tSørvik kommune\tOrdfører, leder\tMøtt\n"
            f"Arne Tufte\tSørvik kommune\t{seat}\tMøtt\n"
            "Geir Rønning\tSørvik kommune\tKommunedirektør\tMøtt\n\nSak 1/25 Eventuelt\n\nIngen.\n")
    people = parse_bytes(text.encode(), "p.txt").participants
    assert [(p.name, p.role) for p in people] == [
        ("Jorunn Helland", "chair"), ("Arne Tufte", "member"), ("Geir Rønning", "guest")]

def _service_people(attendance: str) -> list[tuple]:
    """(name, organisation, role) of everyone a short referat lists."""
    text = (f"Referat fra møte i styringsgruppen for IKT Nordby\n\nDato: 08.02.2012\n\n"
            f"{attendance}\n\nSak 1-2012 Godkjenning av referat\nReferatet ble godkjent.\n")
    return [(p.name, p.organization, p.role)
            for p in parse_bytes(text.encode(), "referat.txt").participants]


def test_a_job_before_the_place_in_a_row_lined_up_with_spaces_leaves_the_place():
    # Word files lined up with spaces: "Name      rådmann Skarvik (leder)", the job before
    # the place as "Name, rådmann Skarvik" in a list
    people = _service_people("Til stede:      Rune Hagen           rådmann Skarvik (leder)\n"
                        "                Bodil Engen          rådmann i Vålstad\n"
                        "Forfall:        Ole Petter Sande     rådmann Eidså")
    assert people == [("Rune Hagen", "Skarvik", "chair"), ("Bodil Engen", "Vålstad", "member"),
                      ("Ole Petter Sande", "Eidså", "member")]


def test_the_shared_service_s_staff_named_by_job_on_one_line_are_guests():
    # "Fra IKT Nordby: driftssjef A, prosjektleder B (referent)": the service's staff,
    # each job before the name, as one person's line reads
    people = _service_people("Tilstede: Arne Lie (leder), Bente Dal, Geir Moe\n"
                        "Fra IKT Nordby: driftssjef Roar Nes, prosjektleder Siri Holt (referent)")
    assert people[3:] == [("Roar Nes", "IKT Nordby", "guest"),
                          ("Siri Holt", "IKT Nordby", "secretary")]


@pytest.mark.parametrize("head", [
    "Referent: TS\nTilstede: Kari Vik, Per Haug, Tone Sæther",  # over the list
    "Tilstede: Kari Vik, Per Haug, Tone Sæther\nReferent:\tTS",  # under it, tabbed
    # lined up with spaces beside the date, as Word files of the time did
    "Møtedato: 12.03.2010            Referent: TS\nTilstede: Kari Vik, Per Haug, Tone Sæther",
])
def test_a_referent_s_initials_in_the_head_make_the_listed_person_the_secretary(head):
    text = f"Møtereferat\n\n{head}\n\nSak 5/10 Rekneskap\nGodkjent.\n"
    people = parse_bytes(text.encode(), "referat.txt").participants
    assert [(p.name, p.role) for p in people] == [
        ("Kari Vik", "member"), ("Per Haug", "member"), ("Tone Sæther", "secretary")]


@pytest.mark.parametrize(("line", "name"), [
    ("Kommunedirektør/rådmann Anne Lie (Vikdal)", "Anne Lie"),  # the title's two names
    ("konst. rådmann Kari Moe (Nordal)", "Kari Moe"),  # the acting word shortened
    ("Fung. rådmann Kari Moe (Nordal)", "Kari Moe"),
])
def test_a_title_with_a_slash_or_a_shortened_acting_word_before_a_name_is_no_part_of_it(
        line, name):
    found = parse_line(f"rådmann Bjørn Ås (Sørdal), {line}", None, Attendance.PRESENT)
    assert [(e.name, e.organization) for e in found] == [("Bjørn Ås", "Sørdal"),
                                                          (name, line[-7:-1])]

def test_a_regional_coordinator_among_the_members_is_a_guest():
    text = ("Møtereferat – arbeidsutvalet\n\nDato: 2.10.2025\n\n"
            "Til stades: Helge Moen (leiar, Nes), Kristin Lie (Gol), Torunn Haugen "
            "(regionkoordinator) og Per Dahl (referent)\n\nSak 1/25 Eventuelt\n\nIngen saker.\n")
    people = parse_bytes(text.encode(), "au.txt").participants
    assert [(p.name, p.role) for p in people] == [
        ("Helge Moen", ParticipantRole.CHAIR), ("Kristin Lie", ParticipantRole.MEMBER),
        ("Torunn Haugen", ParticipantRole.GUEST), ("Per Dahl", ParticipantRole.SECRETARY)]


@pytest.mark.parametrize(("line", "people"), [
    ("Jostein Bergli, Beitostølen Resort", [("Jostein Bergli", "Beitostølen Resort")]),
    ("Kari Holm, Fjellvang Hotell", [("Kari Holm", "Fjellvang Hotell")]),
    ("Anders Kvam, Øystre Slidre kommune, og Silje Rudi, Filefjell Reiseliv",
     [("Anders Kvam", "Øystre Slidre kommune"), ("Silje Rudi", "Filefjell Reiseliv")]),
])
def test_a_tourist_firm_after_a_name_is_her_organisation(line, people):
    """"Resort", "Hotell", "Reiseliv" make an organisation of two capitalised words, not
    a second person."""
    found = parse_line(line, None, Attendance.PRESENT)
    assert [(e.name, e.organization) for e in found] == people


def test_a_place_of_two_words_joined_by_og_keeps_the_names_and_places():
    line = ("Rådmann Heidi Lie, Flesberg (leiar), kommunedirektør Jon Stavn, Rollag og "
            "kommunedirektør Anne Kolsrud, Nore og Uvdal")
    found = parse_line(line, None, Attendance.PRESENT)
    assert [(e.name, e.organization) for e in found] == [
        ("Heidi Lie", "Flesberg"), ("Jon Stavn", "Rollag"), ("Anne Kolsrud", "Nore og Uvdal")]
    assert found[0].role is ParticipantRole.CHAIR


def test_a_note_with_the_case_in_brackets_is_one_note():
    """"…, Sel, kom kl. 11.15 (frå sak 43/25)": the bracket says when she came as the words
    before it do; the place stays hers."""
    found = parse_line("Ordførar Guri Holø, Sel, kom kl. 11.15 (frå sak 43/25)", None,
                       Attendance.PRESENT)
    assert [(e.name, e.organization, e.attendance, e.note) for e in found] == [
        ("Guri Holø", "Sel", Attendance.PARTIAL, "kom kl. 11.15 (frå sak 43/25)")]


def test_a_daglig_leder_beside_an_employer_of_her_own_sits_in_the_forum_for_it():
    """"Name – daglig leder – Org AS" in a forum's list: the manager of a company, a
    member for it; "daglig leder" of the cooperation itself serves the body, a guest."""
    text = ("Nordby næringsforum\n\nReferat\n\nDato: 3. april 2025\n\nDeltakere:\n"
            "Kari Holm – ordfører – Nordby kommune (leder)\n"
            "Per Lunde – daglig leder – Lunde Sag AS\n"
            "Eva Dahl – daglig leder – Nordbyregionen\n\n"
            "Referent: Tor Moe, Nordbyregionen\n\n"
            "1. Næringsarealer\n\nPer Lunde orienterte.\n")
    roles = {name: role for name, _, role, _, _ in _people_of(text)}
    assert roles["Per Lunde"] == "member"
    assert roles["Eva Dahl"] == "guest"


def test_daglig_leder_alone_after_a_dash_is_still_the_administration():
    [entry] = parse_people_list("Eva Dahl – daglig leder", None, Attendance.PRESENT)
    assert entry.role is ParticipantRole.GUEST


def test_both_sides_of_a_dialogue_meeting_are_members_whatever_job_they_hold():
    """The head names a meeting of the council and the county: the people under "Fra
    regionrådet:" (a table, its kommunedirektør too) and "Fra X fylkeskommune: A (fylkesråd)
    og B (rådgiver)" on one line are the meeting's own sides; "fylkesråd" in the bracket
    is a job, not whom he represents."""
    from motebok.parse import parse_bytes
    text = ("Oppsummering fra dialogmøte\n\nSølvkysten regionråd og Vestfold fylkeskommune\n\n"
            "Dato: 4. mars 2026\n\nFra regionrådet:\n\nNAVN\tKOMMUNE\tFUNKSJON\n"
            "Kari Holm\tHorten\tLeder\nPer Berg\tHolmestrand\tMedlem\n"
            "Eva Dahl\tHorten\tKommunedirektør\n\n"
            "Fra Vestfold fylkeskommune: Ola Lien (fylkesråd) og Siri Aas (rådgiver).\n\n"
            "Innledning\n\nKari Holm ønsket velkommen.\n")
    people = {p.name: (p.organization, str(p.role))
              for p in parse_bytes(text.encode(), "dialog.txt").participants}
    assert people["Eva Dahl"] == ("Horten", "member")
    assert people["Ola Lien"] == ("Vestfold fylkeskommune", "member")
    assert people["Siri Aas"] == ("Vestfold fylkeskommune", "member")


def test_a_workshop_led_by_someone_names_its_chair():
    from motebok.parse import parse_bytes
    text = ("Oppsummering frå arbeidsverkstad\n\nNettverk for kystkultur\n\n"
            "Tid: 4. mars 2026\n\nArbeidsverkstaden vart leia av Kari Holm, Vestfold "
            "fylkeskommune.\n\nInnleiing\n\nKari Holm ønskte velkomen.\n")
    chairs = [(p.name, p.organization) for p in
              parse_bytes(text.encode(), "verkstad.txt").participants if str(p.role) == "chair"]
    assert chairs == [("Kari Holm", "Vestfold fylkeskommune")]


def test_a_company_managers_comma_line_is_a_member_for_the_company():
    # (s59d) "Name, daglig leder, Company AS" as the dash form: the company's manager in a
    # forum of businesses; the one serving the cooperation the referent comes from a guest
    text = ("Referat fra møte i Næringsforumet i Valdres\n\nDato: 22. januar 2026\n\n"
            "Til stede:\nIngrid Hovda, ordfører, Nord-Aurdal kommune (leder)\n"
            "Marte Bakkene, daglig leder, Valdres Trelast AS\n"
            "Lise Skrindo, daglig leder, Valdres Næringsselskap\n\n"
            "Referent: Jonas Bøe, Valdres Næringsselskap\n\n1. Eventuelt\nIngen saker.\n")
    people = parse_bytes(text.encode(), "referat.txt").participants
    assert [(p.name, p.organization, p.role) for p in people] == [
        ("Ingrid Hovda", "Nord-Aurdal kommune", "chair"),
        ("Marte Bakkene", "Valdres Trelast AS", "member"),
        ("Lise Skrindo", "Valdres Næringsselskap", "guest"),
        ("Jonas Bøe", "Valdres Næringsselskap", "secretary")]


@pytest.mark.parametrize("line", ["Marte Bakkene (daglig leder, Valdres Trelast AS)",
                                  "Marte Bakkene (Valdres Trelast AS, daglig leder)"])
def test_a_company_managers_bracket_is_a_member_for_the_company(line):
    # (s59j) "Name (daglig leder, Company AS)" reads as the comma and dash forms: the
    # company's manager in a forum of businesses, not the administration
    text = ("Referat fra møte i Næringsforumet i Valdres\n\nDato: 22. januar 2026\n\n"
            f"Til stede:\nIngrid Hovda, Nord-Aurdal kommune (leder)\n{line}\n\n"
            "Referent: Jonas Bøe\n\n1. Eventuelt\nIngen saker.\n")
    people = parse_bytes(text.encode(), "referat.txt").participants
    assert (people[1].name, people[1].organization, people[1].role) == (
        "Marte Bakkene", "Valdres Trelast AS", "member")


def test_a_seat_in_brackets_keeps_a_list_of_names_each_with_a_place():
    """"Kari Anne Sand (leder), Kongsberg, Gunnar Vik, Notodden, …": the chair's seat in
    brackets after her name, her place after the comma, as the others have theirs."""
    found = parse_people_list("Kari Anne Sand (leder), Kongsberg, Gunnar Vik, Notodden, "
                              "Olav Brekke, Flesberg og Mona Lie Aas, Rollag",
                              ParticipantRole.MEMBER, Attendance.PRESENT)
    assert [(e.name, e.organization, e.role) for e in found] == [
        ("Kari Anne Sand", "Kongsberg", ParticipantRole.CHAIR),
        ("Gunnar Vik", "Notodden", ParticipantRole.MEMBER),
        ("Olav Brekke", "Flesberg", ParticipantRole.MEMBER),
        ("Mona Lie Aas", "Rollag", ParticipantRole.MEMBER)]


def test_a_presenter_from_an_organisation_among_the_attendance_is_there_for_his_item():
    people = _people_of("Referat fra regionrådet\n\nDato: 10.10.2025\n\nTil stede:\n"
                        "Kari Holm (leder)\nPer Dahl\n\nAndre: Eva Li (referent). Sverre "
                        "Eikeland fra Innovasjon Norge Innlandet orienterte i sak 2/25.\n\n"
                        "Sak 1/25 Godkjenning av innkalling\nGodkjent.\n")
    assert ("Sverre Eikeland", "Innovasjon Norge Innlandet", ParticipantRole.GUEST,
            Attendance.PARTIAL, "orienterte i sak 2/25") in people


def test_a_deputy_s_seat_between_dashes_is_her_note():
    people = _people_of("Referat fra regionrådet\n\nDato: 10.10.2025\n\nFaste medlemmer "
                        "som møtte:\nTorvild Sveen – leder – Gjøvik\n\nIkke møtt:\nVibeke "
                        "Rønningen – medlem – Gjøvik\n\nVaramedlemmer som møtte:\nOla Tveit – "
                        "for Vibeke Rønningen – Gjøvik\n\nSak 1/25 Godkjenning av innkalling\n"
                        "Godkjent.\n")
    assert people[-1] == ("Ola Tveit", "Gjøvik", ParticipantRole.MEMBER, Attendance.PRESENT,
                          "for Vibeke Rønningen")


def _steering_group_people(attendance: str) -> list[tuple]:
    """(name, organization, role, attendance, note) of a steering group's minutes."""
    text = ("Referat fra styringsgruppemøte 12.03.2025\n\n" + attendance +
            "\n\n1. Status i prosjektet\n\nIngen merknader.\n")
    record = parse_bytes(text.encode(), "styringsgruppe.txt")
    return [(p.name, p.organization, p.role, p.attendance, p.note) for p in record.participants]


def test_the_leader_of_the_steering_group_in_its_list_is_the_chair():
    people = _steering_group_people("Til stede:\nNordby: Eva Lund (EL), leder av styringsgruppen\n"
                                    "Sørby: Per Moe (PM)")
    assert people[0][:3] == ("Eva Lund", "Nordby", ParticipantRole.CHAIR)
    assert people[1][2] == ParticipantRole.MEMBER


def test_pva_with_its_full_stop_keeps_the_substitute_and_whom_she_came_for():
    people = _steering_group_people("Til stede:\nØstby: Per Moe (PM)\n"
                                    "Vestby: Lene Dahl (LD) pva. Nils Rud")
    assert people[1] == ("Lene Dahl", "Vestby", ParticipantRole.MEMBER, Attendance.PRESENT,
                         "for Nils Rud")
    assert people[2][0] == "Nils Rud" and people[2][3] == Attendance.ABSENT


def test_a_guest_from_a_firm_with_the_items_she_came_for_is_one_entry():
    """"Gjest: Name, Firm (sak 2)": the firm's name needs no word of a body's kind on a
    guest's line with her items; two names without them stay two people."""
    people = _steering_group_people("Til stede:\nØstby: Per Moe (PM)\n"
                                    "Gjest: Ingrid Solli, Asplan Viak (sak 2)")
    assert people[1] == ("Ingrid Solli", "Asplan Viak", ParticipantRole.GUEST,
                         Attendance.PARTIAL, "sak 2")


@pytest.mark.parametrize(("line", "organization"), [
    ("Gjest: Kari Holm, Asplan Viak", "Asplan Viak"),
    ("Observatør: Per Lie, Sweco Norge", "Sweco Norge"),
])
def test_a_guest_or_observer_from_a_firm_without_items_is_one_entry(
        line: str, organization: str) -> None:
    """"Gjest: Name, Firm": one visitor's line, the firm after the comma whom she comes
    from (no word of a body's kind needed), not a second person."""
    people = _steering_group_people("Til stede:\nØstby: Per Moe (PM)\n" + line)
    assert [p[:3] for p in people[1:]] == [
        (line.split(": ")[1].split(",")[0], organization, ParticipantRole.GUEST)]


def test_a_programme_named_with_a_first_name_after_a_person_is_whom_she_came_from():
    """ "Interreg Aurora": a cross-border programme named for its area, whose second word
    is also a first name, is the guest's organisation (the body's word opens it), not a
    second person."""
    people = _steering_group_people("Til stede:\nØstby: Per Moe (PM)\n"
                                    "Andre: Eva Nilsson, Interreg Aurora (fra sak 3)")
    assert people[1][:4] == ("Eva Nilsson", "Interreg Aurora", ParticipantRole.GUEST,
                             Attendance.PARTIAL)


def test_a_guest_line_of_two_people_stays_two_people():
    people = _steering_group_people("Til stede:\nØstby: Per Moe (PM)\n"
                                    "Gjester: Kari Holm, Nils Rud")
    assert [p[0] for p in people[1:]] == ["Kari Holm", "Nils Rud"]


def test_a_job_then_the_items_in_a_function_column_is_a_partial_presence():
    people = _steering_group_people("DELTAKERE\tKOMMUNE\tFUNKSJON\n"
                                    "Per Moe (PM)\tØstby\tKommunalsjef\n"
                                    "Lise Berg (LB)\tVestby\tØkonomirådgiver – fra sak 3")
    assert people[1][3] == Attendance.PARTIAL and people[1][4] == "fra sak 3"
    assert people[0][3] == Attendance.PRESENT


def test_a_full_for_cell_of_a_padded_table_is_cut_where_the_heading_column_starts():
    # (s59a) the whom-for cell fills its column and leaves one space before the next one
    text = ("Møteprotokoll\n\nMøtedato: 06.06.2025\n\nMedlemmer som ikke møtte:\n"
            "Navn                     Funksjon        Representerer\n"
            "Lars Ove Rustad          Medlem          Nord-Fron\n\n"
            "Varamedlemmer som møtte:\n"
            "Navn                     Møtte for       Representerer\n"
            "Tone Bakken              Lars Ove Rustad Nord-Fron\n\n"
            "PS 1/25 Godkjenning av innkalling\n\nVedtak:\nInnkallingen godkjennes.\n")
    people = parse_bytes(text.encode(), "protokoll.txt").participants
    assert [(p.name, p.organization, p.attendance, p.note) for p in people] == [
        ("Lars Ove Rustad", "Nord-Fron", Attendance.ABSENT, None),
        ("Tone Bakken", "Nord-Fron", Attendance.PRESENT, "for Lars Ove Rustad")]

@pytest.mark.parametrize("note", ["til stede under saknr. 16/2025", "frå saksnr. 4/25"])
def test_a_case_by_its_number_word_makes_a_guest_partial(note):
    # (s59l) "saknr." / "saksnr." name a case as "sak" does
    people = _people_of("Referat fra regionrådet\n\nDato: 10.10.2025\n\nTil stede: Kari Holm "
                        f"(leder), Per Dahl\n\nAndre: Eva Lie, Nordby kommune, {note}\n\n"
                        "Sak 1/25 Godkjenning av innkalling\nGodkjent.\n")
    assert people[-1] == ("Eva Lie", "Nordby kommune", ParticipantRole.GUEST,
                          Attendance.PARTIAL, note)


@pytest.mark.parametrize("absence", [
    "Forfall: Tor Aas (Dal). Vara Eli Sund møtte for Aas.",
    "Forfall: Tor Aas (Dal). Vara Eli Sund møtte for Tor Aas.",
    "Forfall: Tor Aas (Dal). Vara Eli Sund møtte for han."])
def test_a_deputys_sentence_that_names_the_seat_by_the_members_surname(absence):
    # "Vara X møtte for <surname>." after a forfall list of one: the deputy sat in the
    # seat of the one member away, whose whole name the note gives
    people = _listed(f"Til stede: Kari Dahl og Per Berg\n{absence}")
    assert [(p[0], p[3], p[4]) for p in people] == [
        ("Kari Dahl", "present", None), ("Per Berg", "present", None),
        ("Tor Aas", "absent", None), ("Eli Sund", "present", "for Tor Aas")]


def test_initials_in_a_list_of_first_names_are_people_with_their_own_bracket():
    from motebok.parse import parse_bytes
    text = ("Referat fra møte i faggruppe næring\n\nTid: 12. mars 2026 kl. 10-12\n\n"
            "Tilstede: Kari, Per, Sigrun, TK og ØL (Innlandet fylkeskommune)\n\n"
            "1. Status\n\nKari orienterte.\n")
    people = [(p.name, p.organization) for p in
              parse_bytes(text.encode(), "forkortelser.txt").participants]
    assert people == [("Kari", None), ("Per", None), ("Sigrun", None),
                      ("TK", "Innlandet fylkeskommune"), ("ØL", "Innlandet fylkeskommune")]


def test_initials_among_full_names_with_a_role_are_people_not_organisations():
    from motebok.parse import parse_bytes
    text = ("Referat fra møte i faggruppe folkehelse\n\nTid: 12. mars 2026 kl. 10-12\n\n"
            "Tilstede: Liv Brekke (leder), Jomar, Camilla Ødegaard, SH, Nils Petter Rød "
            "og MK (referent)\n\n1. Status\n\nLiv orienterte.\n")
    people = [(p.name, p.organization, str(p.role)) for p in
              parse_bytes(text.encode(), "forkortelser.txt").participants]
    assert people == [("Liv Brekke", None, "chair"), ("Jomar", None, "member"),
                      ("Camilla Ødegaard", None, "member"), ("SH", None, "member"),
                      ("Nils Petter Rød", None, "member"), ("MK", None, "secretary")]


def test_names_with_agency_codes_keep_them_as_organisations():
    from motebok.parse import parse_bytes
    text = ("Referat fra møte i nettverket\n\nTid: 12. mars 2026 kl. 10-12\n\n"
            "Til stede: Kari Holm, NAV, Per Dahl, KS\n\n1. Status\n\nKari orienterte.\n")
    people = [(p.name, p.organization) for p in
              parse_bytes(text.encode(), "koder.txt").participants]
    assert people == [("Kari Holm", "NAV"), ("Per Dahl", "KS")]


def test_a_mail_calling_the_minutes_the_senders_own_makes_her_the_secretary():
    from motebok.parse import parse_bytes
    text = ("Fra: Ingrid Lie <ingrid@region.no>\nSendt: 14. mars 2025 10:12\n"
            "Til: Per Dahl; Kari Holm\nEmne: Referat fra nettverksmøte 12.3\n\nHei alle,\n\n"
            "Her kommer mitt referat fra nettverksmøtet.\n\nDato: 12. mars kl. 09-11\n\n"
            "Tilstede: Per Dahl (Sigdal), Kari Holm (Flå) og meg.\n\n"
            "1. Kalender\n\nPer orienterte.\n")
    people = {p.name: str(p.role) for p in parse_bytes(text.encode(), "epost.txt").participants}
    assert people == {"Per Dahl": "member", "Kari Holm": "member", "Ingrid Lie": "secretary"}

# A name column whose cells hold the name over whom the person represents (a soft line
# break in Word, "<br>" on a web page or in a Markdown table), s59m.
_CARD_ROWS = [["Navn / kommune", "Rolle", "Merknad"],
              ["Kari Holm\nSolvik kommune", "Leder", ""],
              ["Per Olav Dahl\nLien kommune", "Medlem", "Gikk etter sak 3"]]


def test_a_name_over_its_organisation_in_one_cell_is_one_person_with_both():
    assert _docx_listed(["Til stede:"], _CARD_ROWS) == [
        ("Kari Holm", "Solvik kommune", "present"), ("Per Olav Dahl", "Lien kommune", "partial")]


def test_a_name_over_a_role_and_an_organisation_gives_the_seat_too():
    md = ("# Referat\n\nDato: 12.03.2024\n\n| Deltaker | Merknad |\n|---|---|\n"
          "| Kari Holm<br>leder, Solvik kommune | |\n"
          "| Per Dahl<br>rådgiver, Lien kommune | Fra kl. 10 |\n\n"
          "## Sak 1/24 Godkjenning\n\nGodkjent.\n")
    people = parse_bytes(md.encode(), "referat.md").participants
    assert [(p.name, p.organization, p.role, p.attendance) for p in people] == [
        ("Kari Holm", "Solvik kommune", "chair", "present"),
        ("Per Dahl", "Lien kommune", "member", "partial")]


def test_a_card_cell_under_a_name_heading_keeps_the_rows_own_role_and_remark():
    cols = {0: "name", 1: "role", 2: "note"}
    entry, = table_row_people(("Kari Holm, Solvik kommune", "Medlem", "Digitalt"),
                              ParticipantRole.MEMBER, Attendance.PRESENT, cols)
    assert (entry.name, entry.organization, entry.role, entry.note) == (
        "Kari Holm", "Solvik kommune", ParticipantRole.MEMBER, "Digitalt")


def test_a_card_cell_beside_a_filled_organisation_column_keeps_that_column():
    cols = {0: "name", 1: "org"}
    entry, = table_row_people(("Kari Holm, leder", "Solvik kommune"), ParticipantRole.MEMBER,
                              Attendance.PRESENT, cols)
    assert (entry.name, entry.organization, entry.role) == (
        "Kari Holm", "Solvik kommune", ParticipantRole.CHAIR)


@pytest.mark.parametrize("heading", ["Navn / kommune", "Namn/Kommune", "Navn / organisasjon"])
def test_a_name_heading_that_names_the_organisation_too_is_the_name_column(heading):
    assert table_columns((heading, "Rolle", "Merknad")) == {0: "name", 1: "role", 2: "note"}


def test_two_names_in_one_cell_are_still_two_people():
    rows = [["Kommune", "Navn"], ["Solvik", "Kari Holm\nPer Dahl"]]
    assert [person[:2] for person in _docx_listed(["Til stede:"], rows)] == [
        ("Kari Holm", "Solvik"), ("Per Dahl", "Solvik")]


@pytest.mark.parametrize(("sentence", "note"), [
    ("Styremedlem Helge Mo deltok fram til sak 19/2025.", "deltok fram til sak 19/2025"),
    ("Helge Mo var til stede frem til kl. 12.", "var til stede frem til kl. 12"),
    # nynorsk minutes written in the present
    ("Synnøve Rud (Hemsedal) deltek frå sak 4/25.", "deltek frå sak 4/25"),
])
def test_there_until_a_case_or_hour_is_a_partial_note(sentence, note):
    assert [found[2] for found in partial_sentences(sentence)] == [note]


def test_there_until_now_is_no_partial_note():
    assert partial_sentences("Helge Mo deltok fram til nå.") == []


def test_a_member_by_seat_who_left_early_in_the_attendance_paragraph_is_a_member():
    text = ("Protokoll fra styremøte\n\nDato: 12. mars 2025\n\nTil stede fra styret: "
            "styreleder Frode Lie, styremedlem Kari Nymoen og styremedlem Eivind Rue. "
            "Styremedlem Helge Mo deltok fram til sak 3/25.\n\nSak 1/25 Godkjenning\n\n"
            "Godkjent.\n")
    people = parse_bytes(text.encode(), "styre.txt").participants
    assert [(p.name, p.role, p.attendance, p.note) for p in people][-1] == (
        "Helge Mo", ParticipantRole.MEMBER, Attendance.PARTIAL, "deltok fram til sak 3/25")


def test_a_surname_after_the_full_name_in_a_habilitet_paragraph_is_that_member():
    text = ("Protokoll fra styremøte\n\nDato: 9. september 2025\n\nTil stede: Kari Holm "
            "(styreleder), Trond Dahl og Ola Berg\n\nSak 1/25 Søknad fra turlaget\n\n"
            "Habilitet: Trond Dahl er styreleder i turlaget og er inhabil. Dahl fratrådte "
            "under behandlingen av sak 1/25.\n\nVedtak: Søknaden innvilges.\n")
    people = parse_bytes(text.encode(), "styre.txt").participants
    assert [(p.name, p.attendance, p.note) for p in people] == [
        ("Kari Holm", Attendance.PRESENT, None),
        ("Trond Dahl", Attendance.PARTIAL, "fratrådte under behandlingen av sak 1/25"),
        ("Ola Berg", Attendance.PRESENT, None)]


def test_two_titles_by_a_slash_and_a_closing_remark_in_the_administration_list():
    text = ("Referat styremøte\n\nDato: 4. juni 2025\n\nTil stede: Berit Sand (styreleder) "
            "og Sverre Bø.\n\nFra administrasjonen: Daglig leder/oppdragsansvarlig revisor "
            "Geir Dal og fagansvarlig Tuva Li. Daglig leder førte referat.\n\n"
            "Sak 1/25 Godkjenning\n\nGodkjent.\n")
    people = parse_bytes(text.encode(), "styre.txt").participants
    assert [(p.name, p.organization) for p in people][2:] == [
        ("Geir Dal", "administrasjonen"), ("Tuva Li", "administrasjonen")]


def test_a_remark_on_a_body_after_the_last_absent_name_is_no_ones_organisation():
    # "… Lise Dal (Hol). Ål kommune har ikke oppnevnt representant.": a sentence about a
    # municipality without a member, not whom the person before it represents
    text = ("Referat fra prosjektgruppen\n\nDato: 4. mars 2026\n\nTil stede: Kari Holm "
            "(Flå), Per Berg (Nes)\n\nForfall: Lise Dal (Hol). Ål kommune har ikke oppnevnt "
            "representant.\n\n1. Referat\n\nReferatet ble godkjent.\n")
    people = parse_bytes(text.encode(), "pg.txt").participants
    assert [(p.name, p.organization, p.attendance) for p in people][2:] == [
        ("Lise Dal", "Hol", "absent")]


def test_an_accountants_title_before_a_guests_name_is_no_part_of_the_name():
    text = ("Protokoll fra styremøte\n\nDato: 12. mars 2025\n\nTil stede: Frode Lie "
            "(styreleder) og Kari Nymoen\n\nØvrige: Regnskapsfører Mette Aas, Dal Regnskap AS, "
            "deltok under sak 2/25.\n\nSak 1/25 Godkjenning\n\nGodkjent.\n\nSak 2/25 "
            "Årsregnskap\n\nGodkjent.\n")
    names = [p.name for p in parse_bytes(text.encode(), "styre.txt").participants]
    assert "Mette Aas" in names and not any(n.startswith("Regnskapsfører") for n in names)


@pytest.mark.parametrize(("value", "org", "note"), [
    ("Per Moe, Statsforvalteren i Oslo og Viken (under sak 5)",
     "Statsforvalteren i Oslo og Viken", "under sak 5"),
    ("Per Moe (Statsforvalteren i Oslo og Viken, under sak 5)",
     "Statsforvalteren i Oslo og Viken", "under sak 5"),
    ("Per Moe (Vestviken 110-sentral, fra sak 27/25)", "Vestviken 110-sentral", "fra sak 27/25")])
def test_an_organisation_with_og_or_a_number_keeps_its_whole_name(value, org, note):
    # "… i Oslo og Viken" is one office's region, "110-sentral" a name, not a time
    entries = parse_people_list(value, ParticipantRole.GUEST, Attendance.PRESENT)
    assert [(e.name, e.organization, e.attendance, e.note) for e in entries] == [
        ("Per Moe", org, Attendance.PARTIAL, note)]


def test_a_name_and_the_next_person_after_og_stay_two():
    entries = parse_people_list("Per Moe, Statsforvalteren i Oslo og Kari Holm",
                                ParticipantRole.GUEST, Attendance.PRESENT)
    assert [e.name for e in entries] == ["Per Moe", "Kari Holm"]


def test_a_padded_seat_rows_bracket_names_whom_the_member_represents():
    # "Medlem    Eva Berg (Sigdal kommune)": the seat, then the name with its organisation
    entries = parse_line("Medlem       Eva Berg (Sigdal kommune)", ParticipantRole.MEMBER,
                         Attendance.PRESENT)
    assert [(e.name, e.organization, e.role) for e in entries] == [
        ("Eva Berg", "Sigdal kommune", ParticipantRole.MEMBER)]


def _digital_people(attendance: str) -> dict[str, tuple]:
    text = ("Referat fra møte i nettverket\n\nDato: 14.03.2023\nSted: Teams\n\n"
            f"{attendance}\n\nSak 1/23 Godkjenning\n\nGodkjent.\n")
    record = parse_bytes(text.encode(), "nettverk.txt")
    return {p.name: (p.organization, p.role, p.attendance, p.note) for p in record.participants}


@pytest.mark.parametrize(("sentence", "attendance", "note"), [
    # never got into the digital meeting: away, the words the note
    ("Eldrid Lien (Etnedal) kom ikkje inn på Teams på grunn av nettproblem.", "absent",
     "kom ikkje inn på Teams på grunn av nettproblem"),
    ("Eldrid Lien (Etnedal) fikk ikke koblet seg på Teams.", "absent",
     "fikk ikke koblet seg på Teams"),
    # not before a time or an item: there for the rest
    ("Eldrid Lien (Etnedal) kom ikke før kl. 11.", "partial", "kom ikke før kl. 11"),
])
def test_one_who_never_joined_the_digital_meeting_is_absent(sentence, attendance, note):
    people = _digital_people(f"Til stede: Solveig Haugen (Vang), Arne Kvien (Lom).\n\n{sentence}")
    assert people["Eldrid Lien"][2:] == (attendance, note)


def test_an_absence_beside_a_partial_sentence_and_the_list_under_them():
    # "X (Oslo) deltok fra sak 9. Y (Viken) hadde meldt forfall.": one late, one away, both
    # of the body's seats; the secretariat's line below is the list's again
    people = _digital_people(
        "Til stede: Hilde Rognstad (Innlandet), Nina Tangen (Viken).\n\n"
        "Kjell Sundby (Oslo) deltok fra sak 09/22. Frøydis Brekken (Viken) hadde meldt "
        "forfall.\n\nJens Aasland og Kamilla Oftedal (sekretariatet).")
    assert people["Kjell Sundby"] == ("Oslo", "member", "partial", "deltok fra sak 09/22")
    assert people["Frøydis Brekken"][:3] == ("Viken", "member", "absent")
    assert people["Jens Aasland"][:3] == ("sekretariatet", "secretary", "present")
    assert people["Kamilla Oftedal"][:3] == ("sekretariatet", "secretary", "present")


@pytest.mark.parametrize("line", ["Ingrid Løvås, Kongsberg kommune (leder) – fysisk",
                                  "Ingrid Løvås, Kongsberg kommune – fysisk"])
def test_in_the_room_beside_others_on_teams_is_a_present_note(line):
    people = _digital_people(f"Deltakere:\n{line}\nTerje Brekke, Flesberg kommune – på Teams")
    assert people["Ingrid Løvås"][2:] == ("present", "fysisk")
    assert people["Terje Brekke"][2:] == ("present", "på Teams")


@pytest.mark.parametrize(("line", "organization"), [
    ("Siri Brenna og Olav Rudi (regionkontoret).", "regionkontoret"),
    ("Siri Brenna og Olav Rudi (administrasjonen).", "administrasjonen"),
    ("Siri Brenna og Olav Rudi (adm.)", "administrasjonen"),
])
def test_the_staff_named_in_a_bracket_after_the_list_are_guests(line, organization):
    people = _digital_people(f"Til stades: Guri Bakken (Vågå), Tor Lien (Sel).\n\n{line}")
    assert people["Siri Brenna"][:2] == people["Olav Rudi"][:2] == (organization, "guest")
    assert people["Guri Bakken"][:2] == ("Vågå", "member")


def test_a_unit_named_by_its_fields_after_a_job_is_whom_one_comes_from():
    # (s60c) "Halvor Midtbø, klinikksjef, Klinikk for psykisk helse og rus" under "Frå
    # helseføretaket:": the clinic, its "og" inside its fields, replaces the side's word
    entries = parse_line("Halvor Midtbø, klinikksjef, Klinikk for psykisk helse og rus",
                         ParticipantRole.MEMBER, Attendance.PRESENT, "helseføretaket")
    assert [(e.name, e.organization) for e in entries] == [
        ("Halvor Midtbø", "Klinikk for psykisk helse og rus")]

def test_a_yearly_registers_column_of_the_meeting_day_is_its_presence_column() -> None:
    # "Navn | Kommune | 22.01 | 19.03 | 21.05": one column per meeting of the year; for the
    # meeting of 21 May only that column says who came, the others say nothing of it
    columns = table_columns(("NAVN", "KOMMUNE", "22.01", "19.03", "21.05.26"))
    assert columns == {0: "name", 1: "org", 2: "day:22.1", 3: "day:19.3", 4: "day:21.5"}
    assert columns_for_day(columns, "2026-05-21") == {
        0: "name", 1: "org", 2: "other", 3: "other", 4: "present"}
    # no column of the meeting's day: the days are remarks, as before
    assert columns_for_day(columns, "2026-06-11")[4] == "other"
    assert columns_for_day({0: "name", 1: "present"}, None) == {0: "name", 1: "present"}


def test_a_yearly_register_in_a_document_reads_only_this_meetings_column() -> None:
    text = ("REFERAT\n\nFolkehelsenettverket\n\nDato: 21. mai 2026\n\n"
            "NAVN\tKOMMUNE\t22.01\t19.03\t21.05\t17.09\n"
            "Kari Holm\tElverum\tx\tx\tx\t\n"
            "Per Moe\tÅmot\tx\tf\tf\t\n"
            "Siri Aas\tTrysil\tx\tx\t\t\n"
            "Ola Dal\tVåler\tf\t\tx\t\n\n"
            "1. Referat\n\nReferatet ble godkjent.\n")
    assert [(name, attendance) for name, _, _, attendance, _ in _people_of(text)] == [
        ("Kari Holm", "present"), ("Per Moe", "absent"), ("Siri Aas", "absent"),
        ("Ola Dal", "present")]


def test_a_tick_before_a_remark_leaves_the_remark_as_the_note() -> None:
    # "✓ fra sak 3/26" in the "Til stede" column: present from that item on
    text = ("Referat\n\nDato: 14. januar 2026\n\n"
            "Navn\tKommune\tTil stede\n"
            "Kari Holm\tGrue kommune\t✓\n"
            "Per Moe\tÅsnes kommune\t✓ fra sak 3/26\n\n"
            "Sak 1/26 Referat\n\nReferatet ble godkjent.\n")
    assert _people_of(text)[1][3:] == ("partial", "fra sak 3/26")


@pytest.mark.parametrize("sentence", [
    "Leder av nettverket, Kari Holm, ledet møtet.",
    "Nettverkets leder, Kari Holm, ledet møtet.",
    "Leiar i faggruppa Kari Holm leia møtet.",
])
def test_the_bodys_leader_named_by_its_noun_led_the_meeting(sentence: str) -> None:
    led = chair_sentence(sentence)
    assert led is not None and (led.name, led.role) == ("Kari Holm", ParticipantRole.CHAIR)

@pytest.mark.parametrize("attendance", [
    "Til stede:\nAnne Marit\nStrand, Lunner\nKari Holm, Gran",  # one entry a line
    "Til stede:\n\nNavn\tRolle\nAnne Marit\nStrand, Lunner\tMedlem\nKari Holm, Gran\tMedlem",
    "Til stede:\n\nNavn\tKommune\nAnne Marit\nStrand\tLunner\nKari Holm\tGran",
    # the whole name over whom she represents, between a table's rows
    "Til stede:\n\nNavn\tRolle\nAnne Marit Strand\nLunner\tMedlem\nKari Holm\nGran\tMedlem",
])
def test_a_double_first_name_wrapped_over_the_surname_is_one_person(attendance):
    # a narrow name cell or column broke "Anne Marit Strand" after the first names: the
    # surname below goes with them, whom she represents stays apart (s60e)
    text = (f"Referat fra møte i forumet\n\nDato: 09.04.2025\n\n{attendance}\n\n"
            "Sak 1/25 Eventuelt\nIngen saker.\n")
    people = parse_bytes(text.encode(), "referat.txt").participants
    assert [(p.name, p.organization) for p in people] == [
        ("Anne Marit Strand", "Lunner"), ("Kari Holm", "Gran")]


@pytest.mark.parametrize(("before", "text"), [
    ("Anne Marit", "Kari Holm, Gran"),  # a whole name below: two people
    ("Anne Marit", "Hege, Lunner"),  # a first name below: a list of first names
    ("Anne Marit Strand", "Lunner"),  # a whole name above
])
def test_no_double_first_name_wraps_onto_a_whole_entry(before, text):
    assert not double_first_name_wrapped(before, text)


def test_a_name_line_over_a_row_of_names_is_no_card():
    # a row whose first cell is a name is its own person: the line above stays apart
    text = ("Referat fra møte i forumet\n\nDato: 09.04.2025\n\nTil stede:\n\nNavn\tRolle\n"
            "Per Olsen\nKari Holm\tMedlem\n\nSak 1/25 Eventuelt\nIngen saker.\n")
    people = parse_bytes(text.encode(), "referat.txt").participants
    assert [p.name for p in people] == ["Per Olsen", "Kari Holm"]

@pytest.mark.parametrize(("sentence", "organization"), [
    ("Daglig leder Vestregionen Siv Holm var referent.", "Vestregionen"),
    ("Dagleg leiar Fjordrådet Siv Holm var skrivar.", "Fjordrådet"),
    # a capital title alone before the name is no employer
    ("Inspektør Siv Holm var referent.", None),
])
def test_the_employer_between_a_job_title_and_the_writer_s_name(sentence, organization):
    """ "Daglig leder X Siv Holm var referent" names whom she works for, as "Referent: Siv
    Holm, daglig leder i X" does."""
    text = ("Referat fra møte i Ungdomsrådet\n\nDato: 3.6.2024\n\n"
            f"Til stede: Per Lie og Kari Sand. {sentence}\n\n"
            "Sak 1/24 Årsrapport\nTatt til orientering.\n")
    people = parse_bytes(text.encode(), "referat.txt").participants
    assert [(p.name, p.organization, p.role) for p in people if p.name == "Siv Holm"] == [
        ("Siv Holm", organization, ParticipantRole.SECRETARY)]


def test_an_absence_beside_a_present_tense_partial_sentence_is_read():
    # "X deltek frå sak 3. Y har meldt forfall.": the second sentence is an absence of its
    # own, as beside "X deltok frå sak 3."
    text = ("Referat frå møte i faggruppa\n\nDato: 3. februar 2025\n\nTil stades:\n\n"
            "Eli Bakke (Gol)\nRune Hov (Hol)\n\nSynnøve Rud (Hemsedal) deltek frå sak 2/25. "
            "Arne Lund (Flå) har meldt forfall.\n\nSak 1/25 Godkjenning\n\nGodkjend.\n")
    people = parse_bytes(text.encode(), "faggruppe.txt").participants
    assert [(p.name, p.attendance, p.note) for p in people][-2:] == [
        ("Synnøve Rud", Attendance.PARTIAL, "deltek frå sak 2/25"),
        ("Arne Lund", Attendance.ABSENT, None)]


@pytest.mark.parametrize(("sentence", "found"), [
    ("Anders Hoel deltok på sak 2.", [("Anders Hoel", None, "deltok på sak 2")]),
    ("Kari Holm (NAV) deltok på sakene 3 og 4.", [("Kari Holm", "NAV", "deltok på sakene 3 og 4")]),
    # the channel for the whole meeting is no partial attendance
    ("Kari Holm deltok på Teams.", []),
])
def test_took_part_in_an_item_is_partial(sentence, found):
    assert partial_sentences(sentence) == found

@pytest.mark.parametrize(("value", "organization"), [
    ("Anders Lunde (delprosjektleder DP1, Vestre Toten)", "Vestre Toten"),
    ("Anders Lunde (delprosjektleder DP1)", None),
    ("Anders Lunde (prosjektleder Vestre Toten)", "Vestre Toten")])
def test_a_work_package_after_a_job_in_brackets_is_the_job_s(value, organization):
    # (s61a) "DP1" names the part of the project he leads, not whom he represents
    [found] = parse_people_list(value, ParticipantRole.MEMBER, Attendance.PRESENT)
    assert (found.name, found.organization) == ("Anders Lunde", organization)

@pytest.mark.parametrize("line", [
    "Møteleiar: Ingvild Sandbu Skrivar: Gunn Berit Flatmo",
    "Møteleiar: Ingvild Sandbu\tSkrivar: Gunn Berit Flatmo",
])
def test_the_nynorsk_writer_label_after_the_chair_on_one_line_is_no_part_of_her_name(line):
    # a PDF or a two-cell row puts "Skrivar:" right after the chair's name: the label's
    # word is no surname (as "Referent" is none)
    text = ("Referat frå møte i faggruppa for helse\nDato: 4. april 2025\n"
            "Til stades: Per Lien (Sel), Ingvild Sandbu (Lom) og Gunn Berit Flatmo (Vågå).\n"
            f"{line}\n1. Eventuelt\nIngen saker.\n")
    people = parse_bytes(text.encode(), "faggruppe.txt").participants
    assert [(p.name, p.role) for p in people] == [
        ("Per Lien", "member"), ("Ingvild Sandbu", "chair"), ("Gunn Berit Flatmo", "secretary")]

@pytest.mark.parametrize(("sentence", "note"), [
    # (s61h) there for those cases only: "deltok i sak …" as "deltok under sak …"
    ("Gunnar Lie, Statens vegvesen, deltok i sak 2025/17.", "deltok i sak 2025/17"),
    ("Eva Ruud møtte i behandlingen av sak 4.", "møtte i behandlingen av sak 4"),
])
def test_taking_part_in_a_case_is_partial_attendance(sentence, note):
    assert [found_note for _, _, found_note in partial_sentences(sentence)] == [note]


def test_taking_part_in_the_meeting_is_no_partial_attendance():
    assert partial_sentences("Eva Ruud deltok i møtet på vegne av kommunen.") == []


@pytest.mark.parametrize(("line", "found"), [
    # (s61h) a person for an organisation ("ORG v/ title NAME"), there for one case
    ("Husbanken v/ seniorrådgiver Anne Li under VR-sak 25/25.",
     ("Anne Li", "Husbanken", Attendance.PARTIAL, "under VR-sak 25/25")),
    ("Statens vegvesen v/ Per Bø fra sak 3", ("Per Bø", "Statens vegvesen", Attendance.PARTIAL,
                                               "fra sak 3")),
    ("Frode Lie / Kongsberg kommune under RR-sak 5/24",
     ("Frode Lie", "Kongsberg kommune", Attendance.PARTIAL, "under RR-sak 5/24")),
])
def test_a_representative_there_for_some_cases_keeps_the_note(line, found):
    [entry] = parse_line(line, ParticipantRole.GUEST, Attendance.PRESENT)
    assert (entry.name, entry.organization, entry.attendance, entry.note) == found


def test_a_visits_words_are_no_part_of_the_organisation():
    # (s61h) "Besøk av ORG v/ title NAME …": the organisation that came, without the visit
    [entry] = parse_line("Besøk av Innlandet fylkeskommune v/ fylkesordfører Thomas Breen "
                         "under sak 46/25.", ParticipantRole.GUEST, Attendance.PRESENT)
    assert (entry.name, entry.organization, entry.attendance) == (
        "Thomas Breen", "Innlandet fylkeskommune", Attendance.PARTIAL)


@pytest.mark.parametrize("note", ["berre fram til lunsj", "kom etter lunsj", "til lunsjen"])
def test_part_of_the_day_by_its_lunch_is_partial(note):
    # (s61b) "(berre fram til lunsj)" after a participant: there for part of the gathering
    record = parse_bytes(("Referat frå samling i kulturnettverket\n\nDato: 21. oktober 2025\n\n"
                          f"Deltakarar: Ingrid Momrak, Olav Flatland ({note})\n\n"
                          "Sak 1 Velkomen\n\nIngen merknader.\n\nSak 2 Eventuelt\n\nIngen saker.\n"
                          ).encode(), "samling.txt")
    olav = next(p for p in record.participants if p.name == "Olav Flatland")
    assert (olav.attendance, olav.note) == (Attendance.PARTIAL.value, note)


def test_an_absence_list_of_initials_alone_names_people():
    # (s62d) "Forfall: JKA, SV.": codes with no name to belong to are people by their
    # initials, a party's letters among them too
    record = parse_bytes(("Referat fra møte i prosjektgruppa 21.10.2025\n\n"
                          "Tilstede: KH, ØB og TR (referent). Forfall: JKA, SV.\n\n"
                          "Budsjett\nTR orienterte om forbruket. Tatt til orientering.\n\n"
                          "Eventuelt\nIngen saker.\n").encode(), "ref.txt")
    assert [(p.name, p.attendance) for p in record.participants] == [
        ("KH", "present"), ("ØB", "present"), ("TR", "present"), ("JKA", "absent"),
        ("SV", "absent")]


@pytest.mark.parametrize("sentence", ["Per Hol (Våler) var med fra kl. 13.15.",
                                      "Per Hol (Våler) var med frå kl. 13.15."])
def test_one_who_was_there_from_an_hour_on_is_a_member_who_came_late(sentence):
    # (s62d) a place in the bracket as the members' have, there "from" a time: a member,
    # not a visitor there for one case
    record = parse_bytes(("Referat fra møte i nettverket 5.2.2026\n\n"
                          "Tilstede: Tone Berge (Marker), Mona Fjeld (Rakkestad)\n"
                          f"Forfall: Aslak Rønning (Aremark)\n{sentence}\n\n"
                          "Tilsyn\nEirik orienterte. Tatt til orientering.\n\n"
                          "Eventuelt\nIngen saker.\n").encode(), "ref.txt")
    per = next(p for p in record.participants if p.name == "Per Hol")
    assert (per.organization, per.role, per.attendance) == ("Våler", "member", "partial")
def test_a_supplier_in_a_role_column_is_a_guest():
    # (s62e) a project group's table: the supplier reports on the delivery, no seat
    text = ("Referat fra prosjektgruppemøte 7/2025\n\nDato: 04.12.2025\n\n"
            "Rolle\tNavn\tOrganisasjon\tTil stede\n"
            "Prosjektleder\tAnders Thorsrud\tHallingdal IKT\tX\n"
            "Medlem\tKristoffer Bøe\tNes kommune\tX\n"
            "Leverandør\tPetter Nyhus\tArkivsystemer AS\tSak 33/25\n\n"
            "Sak 33/25 Status\nI rute.\n")
    record = parse_bytes(text.encode(), "pg.txt")
    assert [(p.name, p.role) for p in record.participants][-1] == ("Petter Nyhus", "guest")
@pytest.mark.parametrize(("organization", "expected"), [
    # the attendance table's organisation is whom the writer represents
    ("Vestdal fylkeskommune", "Vestdal fylkeskommune"),
    # one word after her may be another label's: the secretariat stays
    ("Protokollfører", "sekretariatet"),
])
def test_the_writer_from_the_secretariat_takes_the_organisation_of_her_table_row(
        organization, expected):
    import docx

    document = docx.Document()
    document.add_paragraph("Referat fra møte i næringsnettverket")
    document.add_paragraph("Dato: 5. september 2024")
    document.add_paragraph("Referent: Eva Moe (sekretariatet)")
    table = document.add_table(rows=0, cols=3)
    for row in (["Navn", "Kommune/virksomhet", "Deltok"], ["Kari Holm", "Nordby kommune", "Ja"],
                ["Eva Moe", organization, "Ja"]):
        for cell, value in zip(table.add_row().cells, row, strict=True):
            cell.text = value
    document.add_paragraph("1. Godkjenning")
    document.add_paragraph("Godkjent.")
    people = parse_bytes(docx_bytes(document), "referat.docx").participants
    writer = next(p for p in people if p.name == "Eva Moe")
    assert (writer.organization, writer.role) == (expected, "secretary")
def test_deputies_one_a_line_in_the_cell_beside_their_label_sit_for_the_absent():
    # a case system's head row "Varamedlemmer som møtte | X for Y (Sted)⏎Z for W (Sted)":
    # the two lines ran into one, and neither deputy kept whom they sat for
    page = ("<p>Møteprotokoll</p><table><tr><td>Møtedato:</td><td>23.05.2025</td></tr>"
            "<tr><td>Faste medlemmer som ikke møtte:</td><td>Jon Wiik (Nordby)<br>"
            "Liv Narum (Sørby)</td></tr><tr><td>Varamedlemmer som møtte:</td>"
            "<td>Mari Bø for Jon Wiik (Nordby)<br>Ola Rud for Liv Narum (Sørby)</td></tr></table>")
    people = parse_bytes(page.encode(), "protokoll.html").participants
    assert [(p.name, p.organization, p.attendance, p.note) for p in people[2:]] == [
        ("Mari Bø", "Nordby", "present", "for Jon Wiik"),
        ("Ola Rud", "Sørby", "present", "for Liv Narum")]


def test_a_nynorsk_disqualification_keeps_the_step_out_in_its_note():
    # "… kjend inhabil og fratredde …": the step out is the note's (it was cut at "og");
    # and "Ho" is the one the line's sentence before names, not a word of the heading run
    # into it from the line above ("Handsaming i Fjordrådet - 17.10.2024")
    text = ("Møteprotokoll\n\nUtval: Fjordrådet\nMøtedato: 17.10.2024\n\n"
            "Faste medlemer som møtte:\nTone Lid\tMedlem\tAurland\n\n"
            "PS 33/24 Søknad om tilskot\nHandsaming i Fjordrådet - 17.10.2024\n"
            "Tone Lid er styremedlem i festivalen. Ho vart "
            "samrøystes kjend inhabil og fratredde under handsaminga av PS 33/24.\n"
            "Samrøystes vedteke.\n")
    [person] = parse_bytes(text.encode(), "protokoll.txt").participants
    assert (person.attendance, person.note) == (
        "partial", "vart samrøystes kjend inhabil og fratredde under handsaminga av PS 33/24")


def test_the_items_retelling_with_the_verb_ending_a_clause_keeps_the_heads_note():
    # "Han fratrådte, og nestleder ledet møtet …" at the item retells the head's remark
    text = ("Møteprotokoll\n\nUtvalg: Vestdal regionråd\nMøtedato: 18.06.2024\n\n"
            "Faste medlemmer som møtte:\nKåre Nes (Nordby) og Siri Lie (Sørby)\n\n"
            "Kåre Nes fratrådte under behandling av PS 21/24 (inhabil).\n\n"
            "PS 21/24 Næringsfond\nKåre Nes ble enstemmig erklært inhabil. Han fratrådte, og "
            "nestleder ledet møtet under behandlingen.\nEnstemmig vedtatt.\n")
    people = parse_bytes(text.encode(), "protokoll.txt").participants
    assert (people[0].attendance, people[0].note) == (
        "partial", "fratrådte under behandling av PS 21/24 (inhabil)")
def test_a_sub_region_heading_its_members_names_is_whom_they_represent():
    # (s62f) "Grenland: Kari Ås, Ola Li" under "Til stede:": the sub-region is whom the two
    # represent, as a region heading its project leader ("Nordregionen: Eva Lie (PL)") is
    # in the guide's sense of organisation ("whom the person represents, as written");
    # one's own place in brackets is hers
    people = _listed_of("Til stede:\nGrenland: Kari Ås, Ola Li\n"
                        "Vest-Telemark: Siv Dale (Tokke)")
    assert [(p[0], p[1], p[3]) for p in people] == [
        ("Kari Ås", "Grenland", "present"), ("Ola Li", "Grenland", "present"),
        ("Siv Dale", "Tokke", "present")]


def test_a_speaker_in_a_kommune_who_told_of_something_is_a_guest():
    # "i Nordby kommune" says where the speaker works, as "fra Nordby kommune" does (a
    # summary's prose with no items)
    text = ("Oppsummering etter fagdag i plannettverket\n\nDato: 4. mars 2025\n\n"
            "Om lag 30 deltakere fra kommunene i regionen var med på fagdagen om overvann. "
            "Overingeniør Tor Rudi i Nordby kommune fortalte om flommen i fjor.\n")
    record = parse_bytes(text.encode(), "fagdag.txt")
    assert [(p.name, p.organization, p.role) for p in record.participants] == [
        ("Tor Rudi", "Nordby kommune", ParticipantRole.GUEST.value)]


def test_a_teams_invitations_answers_say_who_came_and_who_did_not():
    # (s63f) the invitation copied into the notes: "Avslo:" turned it down (absent); the
    # invited list over the answers is the group's own members, no guests besides them
    text = ("Møtenotat – Faggruppe for landbruk\n\nMøtedato: 19.03.2026 kl. 10.00–11.30\n"
            "Organisator: Ingvild Hauge\nInviterte: Ingvild Hauge; Kari Fosse; Leif Sjurseth\n"
            "Deltok: Ingvild Hauge, Kari Fosse\nAvslo: Leif Sjurseth\nReferent: Kari Fosse\n\n"
            "1. Godkjenning\n\nGodkjent.\n\n2. Eventuelt\n\nIngen saker.\n")
    record = parse_bytes(text.encode(), "landbruk.txt")
    assert [(p.name, p.role, p.attendance) for p in record.participants] == [
        ("Ingvild Hauge", "member", "present"), ("Kari Fosse", "secretary", "present"),
        ("Leif Sjurseth", "member", "absent")]


def test_invited_guests_without_the_invitations_answers_stay_guests():
    # (s63f) "Inviterte:" alone lists guests invited to the meeting, as the guide reads it
    text = ("Referat fra styremøte\n\nDato: 19.03.2026\nTil stede: Kari Holm, Per Dal\n"
            "Inviterte: Eva Lie (NAV)\n\n1. Godkjenning\n\nGodkjent.\n\n2. Eventuelt\n\n"
            "Ingen saker.\n")
    record = parse_bytes(text.encode(), "styre.txt")
    assert [(p.name, p.role) for p in record.participants][-1] == ("Eva Lie", "guest")
def test_a_seat_cell_wrapped_after_a_slash_gives_the_seat_then_the_remark():
    # (s63e) Word's narrow "Funksjon" cells break after a slash: "Ordfører /" over "møtte
    # fra sak 5/2025" is the seat and when she came, "Kommunestyremedlem /" over "vara for
    # Siv Dahl" the seat and whose seat he took
    columns = table_columns(("Eierkommune", "Representant", "Funksjon"))
    late, = table_row_people(("Nordby", "Eli Ås", "Ordfører /\nmøtte fra sak 5/2025"),
                             ParticipantRole.MEMBER, Attendance.PRESENT, columns)
    deputy, = table_row_people(("Sørby", "Per Li", "Kommunestyremedlem /\nvara for Siv Dahl"),
                               ParticipantRole.MEMBER, Attendance.PRESENT, columns)
    assert (late.attendance, late.note) == (Attendance.PARTIAL, "møtte fra sak 5/2025")
    assert (deputy.attendance, deputy.note) == (Attendance.PRESENT, "for Siv Dahl")


def test_a_job_cell_of_a_job_slash_place_column_gives_whom_the_person_works_for():
    # (s63e) "Stilling / kommune" over "Kommunedirektør /" "Frøya kommune": the job, then
    # the place; a job cell's "…, leiar av styringsgruppa" after the post is the chair's seat
    columns = table_columns(("Navn", "Stilling / kommune", "Rolle"))
    entry, = table_row_people(("Kari Holm", "Kommunedirektør /\nNordby kommune", "Medlem"),
                              None, Attendance.PRESENT, columns)
    assert entry.organization == "Nordby kommune"
    columns = table_columns(("Eigarkommune", "Namn", "Stilling"))
    chair, = table_row_people(("Stad", "Siv Dale", "Kommunalsjef helse og omsorg, leiar av "
                               "styringsgruppa"), None, Attendance.PRESENT, columns)
    assert (chair.organization, chair.role) == ("Stad", ParticipantRole.CHAIR)


def test_a_lone_dash_under_a_column_is_an_empty_cell():
    # (s63e) the employees' member has no owner municipality: "–" fills the cell
    columns = table_columns(("Namn", "Funksjon", "Eigarkommune"))
    entry, = table_row_people(("Kjell Vik", "Styremedlem", "–"), None, Attendance.PRESENT,
                              columns)
    assert entry.organization is None


@pytest.mark.parametrize(("value", "want"), [
    # an auditor by the law's title, the firm's "&" no list's "og"
    ("Statsautorisert revisor Jon Fjeld, Fjeld & Co AS", [("Jon Fjeld", "Fjeld & Co AS")]),
    # a firm's expert for a field, named after his title
    ("Hege Nordvik, fagansvarlig forvaltningsrevisjon Ole Gjerde",
     [("Hege Nordvik", None), ("Ole Gjerde", None)]),
])
def test_titles_of_a_firms_people_before_their_names(value, want):
    assert [(e.name, e.organization) for e in
            parse_people_list(value, None, Attendance.PRESENT)] == want


def test_the_head_of_a_department_named_before_her_name_is_no_chair():
    # (s63e) "leiar for førebyggjande avdeling Siri Nes": a department's head, there for one
    # case; "leder for styret Kari Holm" chairs the body
    found = parse_people_list("Tor Lid, leiar for førebyggjande avdeling Siri Nes (til stades "
                              "under sak 9/2025)", None, Attendance.PRESENT)
    assert [(e.name, e.role, e.attendance) for e in found] == [
        ("Tor Lid", None, Attendance.PRESENT), ("Siri Nes", None, Attendance.PARTIAL)]
    chair, = parse_people_list("leder for styret Kari Holm", None, Attendance.PRESENT)
    assert chair.role is ParticipantRole.CHAIR


def test_two_first_names_after_a_title_at_a_lines_end_wrap_the_surname():
    # (s63e) "…, fagansvarlig forvaltningsrevisjon Ole Martin" / "Gjerde": one person
    people = _listed_of("Fra selskapet: Daglig leder Hege Nordvik, fagansvarlig "
                        "forvaltningsrevisjon Ole Martin\nGjerde")
    assert [p[0] for p in people] == ["Hege Nordvik", "Ole Martin Gjerde"]
@pytest.mark.parametrize("line", [
    "Statsforvalteren i Innlandet v/ seniorrådgiver Jørund Lie",
    "Helsedirektoratet v/ Jørund Lie"])
def test_a_state_agency_v_its_person_among_the_members_is_a_guest(line):
    # (s63h) the agency came as a visitor, as under "Fra Statsforvalteren:"
    text = ("Referat fra møte i samhandlingsutvalget\n\nDato: 3.2.2026\n\nTil stede:\n"
            "Anne Lise Dokken, Gjøvik kommune (leder)\nTrond Haugen, Østre Toten kommune\n"
            f"{line}\nGran kommune v/ Per Moe\n\nSak 1/26 Godkjenning\nGodkjent.\n")
    people = parse_bytes(text.encode(), "referat.txt").participants
    assert [(p.name, p.role) for p in people[2:]] == [
        ("Jørund Lie", ParticipantRole.GUEST), ("Per Moe", ParticipantRole.MEMBER)]
    assert people[2].organization == line.split(" v/")[0]


def test_a_service_group_over_names_is_their_organisation_not_their_role():
    # (s63h) "Frå Valdres kommunale PPT:" names a service, no seat: its people keep the
    # list's role, with the service as their organisation
    text = ("Referat frå møte i oppvekstnettverket\n\nDato: 14.10.2025\n\nTil stades:\n"
            "Frå kommunane: Ola Lie (Vang), Kari Holm (Etnedal)\n\n"
            "Frå Valdres kommunale PPT:\nIngebjørg Thune\nArne Kvisler\n\n"
            "Sak 1/25 Godkjenning\nGodkjent.\n")
    people = parse_bytes(text.encode(), "referat.txt").participants
    assert [(p.name, p.organization, p.role) for p in people[2:]] == [
        ("Ingebjørg Thune", "Valdres kommunale PPT", ParticipantRole.MEMBER),
        ("Arne Kvisler", "Valdres kommunale PPT", ParticipantRole.MEMBER)]
@pytest.mark.parametrize(("bracket", "organization", "note"), [
    # a municipality that opens with the letters of a sickness is whom one comes from
    ("Sykkylven", "Sykkylven", None),
    ("sykdom", None, "sykdom"),
    ("sjukemeld", None, "sjukemeld"),
])
def test_a_bracket_after_an_absentee_is_a_reason_only_in_its_own_forms(bracket, organization,
                                                                       note):
    text = (f"Referat styremøte\n\nDato: 04.11.2025\n\nTil stede: Jon Solnør (Stranda)\n"
            f"Forfall: Eirik Vatne ({bracket})\n\nSak 1/25 Godkjenning\nGodkjent.\n")
    absent = parse_bytes(text.encode(), "referat.txt").participants[-1]
    assert (absent.organization, absent.note) == (organization, note)


def test_the_trusts_side_heading_the_list_opens_the_attendance():
    # (s63i) "Frå helseføretaket:" first, with no "Til stades" above it: the trust's side
    # opens the list as "Frå kommunane:" does, and both sides are members; on one line
    # ("Frå sjukehuset: …") the side is whom its people represent, as written
    text = ("MØTEREFERAT\nStrategisk samarbeidsutval\n\nMøtedato: 9. oktober 2025\n\n"
            "Frå helseføretaket:\nNils Vatne, fagdirektør (leiar)\nAnne Sande, klinikksjef\n"
            "Frå kommunane:\nKjell Hauge, kommunedirektør, Stad kommune\n\n"
            "Sak 32/25 Godkjenning av innkalling\nGodkjend.\n")
    record = parse_bytes(text.encode(), "ssu.txt")
    assert [(p.name, p.role) for p in record.participants] == [
        ("Nils Vatne", ParticipantRole.CHAIR), ("Anne Sande", ParticipantRole.MEMBER),
        ("Kjell Hauge", ParticipantRole.MEMBER)]
    text = ("Referat frå samhandlingsutvalet\n\nDato: 18.03.2026\n\n"
            "Frå kommunane: Anne Dahl (Stad), Per Li (Kinn)\n"
            "Frå sjukehuset: Kari Moe, klinikkdirektør; Jon Nes, fagdirektør\n\n"
            "Sak 14/26 Godkjenning\nGodkjent.\n")
    record = parse_bytes(text.encode(), "osu.txt")
    assert [(p.name, p.organization) for p in record.participants][2:] == [
        ("Kari Moe", "sjukehuset"), ("Jon Nes", "sjukehuset")]


_FORUM_HEAD = ("Referat frå regionalt planforum\n\nDato: 3. juni 2025\n\nTil stades:\n"
               "Statsforvaltaren i Vestland: Tor Vik\n")


def test_a_delegations_line_with_its_case_in_brackets_came_for_that_case() -> None:
    # (s63j) "Frå Lom kommune (sak 3/25): Kari Ås, Odd Li" on one line says what the same
    # heading on a line of its own says: the municipality came for its case, as guests
    text = (_FORUM_HEAD + "Frå sekretariatet (Vestland fylkeskommune):\n"
            "Eli Dahl (møteleiar), Per Lund (referent)\n"
            "Frå Lom kommune (sak 3/25): planleggjar Kari Ås, kommunalsjef Odd Li\n\n"
            "Sak 3/25 Arealdelen for Lom\nTekst.\n")
    assert _people_of(text)[1:] == [
        ("Eli Dahl", "Vestland fylkeskommune", "chair", "present", None),
        ("Per Lund", "Vestland fylkeskommune", "secretary", "present", None),
        ("Kari Ås", "Lom kommune", "guest", "partial", "sak 3/25"),
        ("Odd Li", "Lom kommune", "guest", "partial", "sak 3/25")]


def test_a_pairs_note_cut_at_the_margin_is_said_of_both() -> None:
    # (s63j) "…: A og B, til" / "stede under sak 8": the note goes on in the line below,
    # and a pair joined by "og" came together
    text = (_FORUM_HEAD + "Fra Bodø kommune: Stein Aas og Hilde Li, til\n"
            "stede under sak 8\n\nSak 8 Kommuneplanen\nStein Aas presenterte planen.\n")
    assert [p[3:] for p in _people_of(text)[1:]] == [
        ("partial", "til stede under sak 8"), ("partial", "til stede under sak 8")]


def test_a_countys_field_after_its_name_stays_with_it() -> None:
    # (s63j) "Karl Sødal, Agder fylkeskommune, kulturarv": the county's heritage office
    text = _FORUM_HEAD + "Karl Sødal, Agder fylkeskommune, kulturarv\n\nSak 1 Plan\nTekst.\n"
    assert _people_of(text)[1][1] == "Agder fylkeskommune, kulturarv"


def test_a_case_column_beside_the_names_says_who_came_for_which_case() -> None:
    # (s63j) "Namn | Organisasjon | Sak": "sak 31/25" beside a planner is the case she came for
    text = ("Referat frå regionalt planforum\n\nDato: 23. oktober 2025\n\n"
            "| Namn | Organisasjon | Sak |\n|---|---|---|\n"
            "| Oddny Remøy | Statsforvaltaren i Møre og Romsdal | alle |\n"
            "| Marit Bjørdal | Volda kommune | sak 31/25 |\n\nSak 31/25 Arealdelen\nTekst.\n")
    people = parse_bytes(text.encode(), "p.md").participants
    assert [(p.name, p.attendance, p.note) for p in people] == [
        ("Oddny Remøy", "present", None), ("Marit Bjørdal", "partial", "sak 31/25")]
def test_a_tables_columns_go_on_under_its_group_rows():
    # one heading row over the whole table, the groups as rows of their own: the deputy's
    # "Møtte for" cell still names the seat she took
    text = ("Møteprotokoll\n\nUtval: Fjellregionen regionråd\nDato: 14.03.2025\n\n"
            "Namn\tFunksjon\tRepresenterer\tMøtte for\n"
            "Faste medlemer som møtte\n"
            "Anne Sando\tLeiar\tGol\t\nKari Lien\tMedlem\tÅl\t\n"
            "Faste medlemer som ikkje møtte\n"
            "Marit Gjeilo\tMedlem\tFlå\t\n"
            "Varamedlemer som møtte\n"
            "Olav Trøym\tVaramedlem\tFlå\tMarit Gjeilo\n\n"
            "Sak 1/25 Godkjenning\n\nGodkjent.\n")
    people = {p.name: p for p in parse_bytes(text.encode(), "protokoll.txt").participants}
    assert people["Olav Trøym"].note == "for Marit Gjeilo"
    assert people["Olav Trøym"].attendance == "present"
    assert people["Marit Gjeilo"].attendance == "absent"
    assert list(people) == ["Anne Sando", "Kari Lien", "Marit Gjeilo", "Olav Trøym"]
@pytest.mark.parametrize("body", ["administrativt råd", "kommunedirektørutvalet i Vestdal"])
def test_an_absent_chief_executive_of_the_chief_executives_body_is_a_member(body):
    # (s63n) "Forfall: Kommunedirektør Heidi Lia" where the members are kommunedirektørar:
    # one of them, away; the title makes a guest only at a political body
    text = (f"Referat frå møte i {body}\n\nDato: 14.01.2026\n\nTil stades:\n"
            "Kommunedirektør Ola Bøen, Vinje kommune (møteleiar)\n"
            "Kommunedirektør Randi Sørbø, Tokke kommune\n\n"
            "Forfall: Kommunedirektør Heidi Lia\n\nSak 1/26 Godkjenning\nGodkjend.\n")
    people = parse_bytes(text.encode(), "referat.txt").participants
    assert [(p.name, p.role, p.attendance) for p in people][1:] == [
        ("Randi Sørbø", ParticipantRole.MEMBER, Attendance.PRESENT),
        ("Heidi Lia", ParticipantRole.MEMBER, Attendance.ABSENT)]


def test_a_state_agencys_adviser_in_a_member_table_is_a_guest():
    # (s63n) "Namn | Organisasjon | Rolle" whose rows say "medlem" but one from
    # Statsforvalteren says "fagleg rådgjevar": the agency's visitor; a municipality's
    # "rådgjevar" holds its seat, and the agency's "medlem" is one
    text = ("Referat frå faggruppe landbruk\n\nDato: 28.01.2026\n\nTil stades:\n"
            "Namn | Organisasjon | Rolle\nKari Ådland | Stord kommune | medlem\n"
            "Siri Hauge | Bømlo kommune | rådgjevar\n"
            "Arne Tysnes | Statsforvalteren i Vestland | fagleg rådgjevar\n"
            "Eva Lie | Statsforvalteren i Vestland | medlem\n\n"
            "Sak 1/26 Godkjenning\nGodkjent.\n")
    people = parse_bytes(text.encode(), "referat.md").participants
    assert [(p.name, p.role) for p in people] == [
        ("Kari Ådland", ParticipantRole.MEMBER), ("Siri Hauge", ParticipantRole.MEMBER),
        ("Arne Tysnes", ParticipantRole.GUEST), ("Eva Lie", ParticipantRole.MEMBER)]


@pytest.mark.parametrize(("group", "org"), [("Frå Nordre Land kommune", "Nordre Land kommune"),
                                            ("Fra Helse Fonna", "Helse Fonna")])
def test_a_from_group_line_without_colon_names_its_peoples_organisation(group, org):
    # (s63n) "Fra Helse Fonna" alone over names reads as "Fra Helse Fonna:" does
    text = ("Referat fra møte i prosjektgruppen\n\nDato: 22.01.2026\n\nTil stede:\n"
            f"Fra Stord kommune\nEva Langeland (leder)\n{group}\nGeir Moberg\nAnne Vikse\n\n"
            "1. Godkjenning\nGodkjent.\n")
    people = parse_bytes(text.encode(), "referat.txt").participants
    assert [(p.name, p.organization, p.role) for p in people] == [
        ("Eva Langeland", "Stord kommune", ParticipantRole.CHAIR),
        ("Geir Moberg", org, ParticipantRole.MEMBER), ("Anne Vikse", org, ParticipantRole.MEMBER)]


def test_guests_and_members_in_a_cooperations_attendance_sentences():
    # (s64c) a lawyer's title is no part of his name; the presenter's verb ends the
    # organisation he came from; a member from a member municipality there for the first
    # half hour took part for a stretch (a member, partial)
    text = ("Referat fra innkjøpsforum\n\nDato: 8.10.2025\n\n"
            "Til stede: Nina Solberg (Frøya), Rune Strand (Hitra) og Eva Aune (Ørland). "
            "Ola Berg (Åfjord) deltok de første 30 minuttene.\n"
            "Gjest: Ingvild Berg fra DFØ orienterte under sak 2.\n"
            "Advokat Arne Rød orienterte under sak 2 og gikk etter denne saken.\n\n"
            "1. Referat\nReferatet ble godkjent.\n\n2. KOFA-praksis\nArne Rød orienterte.\n")
    people = {p.name: p for p in parse_bytes(text.encode(), "forum.txt").participants}
    assert (people["Ola Berg"].role, people["Ola Berg"].attendance) == ("member", "partial")
    assert (people["Ingvild Berg"].organization, people["Ingvild Berg"].note) == (
        "DFØ", "orienterte under sak 2")
    assert "Arne Rød" in people and not any(name.startswith("Advokat") for name in people)
@pytest.mark.parametrize(("heading", "org"), [("Bibliotek", "Ål folkebibliotek"),
                                              ("MUSEUM / INSTITUSJON", "Voss folkemuseum")])
def test_a_library_or_museum_column_names_whom_each_member_represents(heading, org):
    # (s64b) a library network's "Namn | Bibliotek", a museum network's "NAMN | MUSEUM /
    # INSTITUSJON": the member institution, with the role in brackets after it
    text = ("Referat\n\nDato: 26.09.2025\n\nMøtte:\n\n"
            f"Namn\t{heading}\nLiv Tveit\t{org} (leiar)\nOla Rud\tVoss bibliotek (referent)\n\n"
            "Sak 1/25 Godkjenning\nGodkjent.\n")
    people = parse_bytes(text.encode(), "referat.txt").participants
    assert [(p.name, p.organization, p.role) for p in people] == [
        ("Liv Tveit", org, ParticipantRole.CHAIR),
        ("Ola Rud", "Voss bibliotek", ParticipantRole.SECRETARY)]
@pytest.mark.parametrize(("line", "org", "role"), [
    ("Kari Nes – prosjektleder, referent – Agder fylkeskommune", "Agder fylkeskommune",
     ParticipantRole.SECRETARY),
    ("Ola Lunde – ordfører, leder – Evje og Hornnes kommune", "Evje og Hornnes kommune",
     ParticipantRole.CHAIR),
    ("Kari Ådland – ordførar, leiar – Sunnfjord kommune", "Sunnfjord kommune",
     ParticipantRole.CHAIR),
    ("Berit Homme – ordfører – Evje og Hornnes kommune", "Evje og Hornnes kommune",
     ParticipantRole.MEMBER)])
def test_a_dashed_line_gives_the_seat_after_a_comma_and_the_whole_organisation(line, org, role):
    # (s64e) "Name – job, seat – organisation": the comma parts two words said of one
    # person, not two people, and the "og" belongs to the municipality's name
    text = ("Referat fra møte i Samarbeidsrådet for Vestdal\n\nDato: 26.02.2026\n\n"
            f"Til stede:\n{line}\nEva Dahl – ordfører – Sel kommune\n\n"
            "Sak 1/26 Godkjenning\nGodkjent.\n")
    people = parse_bytes(text.encode(), "referat.txt").participants
    first = people[0]
    assert (first.name, first.organization, first.role) == (line.split(" – ")[0], org, role)
    assert len(people) == 2


def test_a_dashed_line_with_people_after_the_second_dash_is_no_one_persons():
    # (s64e) "… – Per Dahl og Eva Li": names after the dash, not an organisation with "og"
    from motebok.extract.participants import _one_dashed_person
    assert _one_dashed_person("Kari Nes – leder – Per Dahl og Eva Li",
                              ParticipantRole.MEMBER, Attendance.PRESENT, None) is None


@pytest.mark.parametrize(("paren", "org", "role"), [
    ("frå administrasjonen", "administrasjonen", ParticipantRole.GUEST),
    ("fra sekretariatet", "sekretariatet", ParticipantRole.SECRETARY)])
def test_from_the_staff_in_brackets_reads_as_the_staff_alone(paren, org, role):
    # (s64e) "Arne Li (frå administrasjonen)" says what "Arne Li (administrasjonen)" says
    text = ("Referat frå møte i arbeidsgruppa\n\nDato: 03.03.2026\n\n"
            f"Til stades: Synnøve Hjeltnes (leiar), Olav Brakestad, Arne Li ({paren})\n\n"
            "1. Sak\nGodkjent.\n")
    people = parse_bytes(text.encode(), "referat.txt").participants
    assert (people[-1].name, people[-1].organization, people[-1].role) == ("Arne Li", org, role)


def test_chief_executives_in_a_steering_group_are_its_members():
    # (s64e) a styringsgruppe of a shared service is made of the owners' chief executives:
    # "Forfall: Kommunedirektør Per Li" is a member away, not the administration (a guest)
    text = ("Referat fra møte i styringsgruppen for interkommunalt barnevern\n\n"
            "Dato: 11.02.2026\n\nTil stede:\nKommunedirektør Anne Berg, Våler kommune (leder)\n"
            "Kommunedirektør Svein Ottem, Åsnes kommune\nKommunalsjef Mona Kolstad, Grue kommune\n"
            "\nForfall: Kommunedirektør Per Li\n\nSak 1/26 Godkjenning\nGodkjent.\n")
    people = parse_bytes(text.encode(), "referat.txt").participants
    assert [(p.name, p.role, p.attendance) for p in people] == [
        ("Anne Berg", ParticipantRole.CHAIR, Attendance.PRESENT),
        ("Svein Ottem", ParticipantRole.MEMBER, Attendance.PRESENT),
        ("Mona Kolstad", ParticipantRole.MEMBER, Attendance.PRESENT),
        ("Per Li", ParticipantRole.MEMBER, Attendance.ABSENT)]


def test_chief_executives_beside_mayors_in_a_steering_group_stay_guests():
    # (s64e) where the list names politicians (an ordfører), the kommunedirektør serves
    text = ("Referat fra møte i styringsgruppen for ny skole\n\nDato: 11.02.2026\n\n"
            "Til stede:\nOrdfører Kari Holm, Våler kommune (leder)\n"
            "Kommunedirektør Svein Ottem, Våler kommune\n\nSak 1/26 Godkjenning\nGodkjent.\n")
    people = parse_bytes(text.encode(), "referat.txt").participants
    assert [(p.name, p.role) for p in people] == [
        ("Kari Holm", ParticipantRole.CHAIR), ("Svein Ottem", ParticipantRole.GUEST)]


def test_from_the_trust_names_the_trust_side_as_written():
    # (s64e) "Frå helseføretaket:" over the trust's people gives them the group's word as
    # written, as "Fra sekretariatet møtte:" gives "sekretariatet" (the guide: whom the
    # person represents, as written), not the trust's name from the letterhead
    text = ("Helse Vestfjord HF og kommunane i Nordfjord\n\n"
            "REFERAT FRÅ MØTE I SAMHANDLINGSUTVALET\n\nDato: 4. februar 2026\n\n"
            "Frå helseføretaket:\nLiv Hjelmeland, klinikkdirektør (leiar)\nRune Skrede, fagsjef\n\n"
            "Frå kommunane:\nKari Ytreberg, Stad kommune\n\n"
            "Sak 05/26 Godkjenning\nGodkjent.\n")
    people = parse_bytes(text.encode(), "referat.txt").participants
    assert [(p.name, p.organization, p.role) for p in people] == [
        ("Liv Hjelmeland", "helseføretaket", ParticipantRole.CHAIR),
        ("Rune Skrede", "helseføretaket", ParticipantRole.MEMBER),
        ("Kari Ytreberg", "Stad kommune", ParticipantRole.MEMBER)]
def _host_cooperation_people(attendance: str) -> list[tuple]:
    """(name, organisation, role) of those a host municipality cooperation's council lists."""
    text = ("Barnevernet i Dalen\nVertskommune: Nordby kommune\n\nMøtebok – samarbeidsutvalet"
            f"\n\nMøtedato: 14.10.2025\n\n{attendance}\n\nSak 1/25 Godkjenning\nGodkjend.\n")
    return [(p.name, p.organization, p.role)
            for p in parse_bytes(text.encode(), "referat.txt").participants]


def test_a_chief_executive_under_the_members_label_holds_a_seat():
    # (s64h) "Møtande medlemer:" over "Name, kommunedirektør, Place": the title makes the
    # administration at a regionråd, the label says he sits on the council
    people = _host_cooperation_people(
        "Møtande medlemer:\nEva Ås, kommunalsjef, Nordby kommune (leiar)\n"
        "Per Lie, kommunedirektør, Sørby kommune")
    assert people == [("Eva Ås", "Nordby kommune", ParticipantRole.CHAIR),
                      ("Per Lie", "Sørby kommune", ParticipantRole.MEMBER)]


@pytest.mark.parametrize("group", ["Frå vertskommunen:\nIngrid Moe, rådgjevar",
                                   "Frå PPT: Ingrid Moe, PPT-leiar"])
def test_the_host_municipality_s_and_the_service_s_staff_are_guests(group):
    # (s64h) "Frå vertskommunen:" / "Frå PPT:" under the members: those who run the joint
    # service for the others and report to its council
    people = _host_cooperation_people(
        f"Til stades:\nEva Ås, Nordby kommune (leiar)\nPer Lie, Sørby kommune\n\n{group}")
    assert people[2][0] == "Ingrid Moe" and people[2][2] == ParticipantRole.GUEST


def test_a_places_service_under_the_members_is_a_members_group():
    # (s64h) "Frå barnevernet i Vik:" in a network of the municipalities' services names
    # whom its people represent; the service alone ("Frå barnevernet:") is the staff's
    people = _host_cooperation_people(
        "Til stades:\nEva Ås, Nordby kommune (leiar)\n\nFrå barnevernet i Vik:\nIngrid Moe")
    assert people[1] == ("Ingrid Moe", "barnevernet i Vik", ParticipantRole.MEMBER)


def test_a_job_named_after_the_service_s_short_name_is_no_organisation():
    # (s64h) "Marte Vik – NAV-leiar" under "Frå NAV:": a job, NAV is whom she comes from
    text = ("Referat frå brukarutvalet\n\nDato: 18.11.2025\n\nTil stades:\n"
            "Siv Lund – leiar – FFO Dalen\nFrå NAV:\nMarte Vik – NAV-leiar\n\n"
            "Sak 1/25 Godkjenning\nGodkjent.\n")
    people = parse_bytes(text.encode(), "referat.txt").participants
    assert [(p.name, p.organization) for p in people] == [
        ("Siv Lund", "FFO Dalen"), ("Marte Vik", "NAV")]


def test_a_lone_first_name_wrapped_before_a_double_surname_is_one_person():
    # (s64h) a PDF export wraps "…, Marit" / "Hjelle Nygård (Stad kommune) og …": the two
    # words before the bracket are no first names, so they finish the name above
    text = ("Protokoll\n\nDato: 02.12.2025\n\nTil stades: Eli Sand (Dal kommune), Marit\n"
            "Hjelle Nygård (Stad kommune) og Per Eide (Vik kommune).\n\n"
            "1. Godkjenning\nGodkjent.\n")
    people = parse_bytes(text.encode(), "protokoll.txt").participants
    assert [(p.name, p.organization) for p in people] == [
        ("Eli Sand", "Dal kommune"), ("Marit Hjelle Nygård", "Stad kommune"),
        ("Per Eide", "Vik kommune")]


def test_a_chief_executive_in_a_tables_seat_column_is_a_member():
    # (s64h) "Kommune | Representant | Møtt": the column heading names the seat its people
    # hold, so "Eva Lie, kommunedirektør" away is a member who sent forfall, no guest
    text = ("Protokoll fra tjenesteutvalget\n\nMøtedato: 11.06.2025\n\n## Oppmøte\n\n"
            "| Kommune | Representant | Møtt |\n|---|---|---|\n"
            "| Nordby | Kari Holm, kommunalsjef (leder) | X |\n"
            "| Sørby | Eva Lie, kommunedirektør | Forfall |\n\n"
            "Sak 1/25 Godkjenning\nGodkjent.\n")
    people = parse_bytes(text.encode(), "protokoll.md").participants
    assert [(p.name, p.role, p.attendance) for p in people] == [
        ("Kari Holm", ParticipantRole.CHAIR, Attendance.PRESENT),
        ("Eva Lie", ParticipantRole.MEMBER, Attendance.ABSENT)]


def test_a_units_two_regions_joined_by_og_stay_one_organisation_before_the_role():
    # (s64k) "PPT Sunnfjord og Ytre Sogn (møteleiar)": one service of two regions (no
    # first name on either side), its bracket the chair's
    text = ("Referat frå møte i faggruppa\n\nDato: 20.11.2025\n\nDeltakarar:\n"
            "Ragnhild Solheim, PPT Sunnfjord og Ytre Sogn (møteleiar)\n"
            "Arve Nygård, PPT Indre Sogn\n\n1. Velkomen\nIngen saker.\n")
    people = parse_bytes(text.encode(), "referat.txt").participants
    assert [(p.name, p.organization, p.role) for p in people] == [
        ("Ragnhild Solheim", "PPT Sunnfjord og Ytre Sogn", ParticipantRole.CHAIR),
        ("Arve Nygård", "PPT Indre Sogn", ParticipantRole.MEMBER)]


def test_a_listed_person_without_organisation_takes_the_kommune_the_prose_gives():
    # (s64k) the list names them alone; the items say where they come from when they
    # present: a job at a kommune before the name, or "i X kommune" after it
    text = ("Referat frå møte i regionrådet\nDato: 3. november 2025\n\n"
            "Til stede: Per Hauge, Kari Dahl, Lars Tenold (Luster kommune)\n\n"
            "Sak 1/25 Vegen\nOrdføraren i Vik kommune, Per Hauge, orienterte om tunnelen.\n\n"
            "Sak 2/25 Rekruttering\nKari Dahl i Sogndal kommune presenterte kartlegginga.\n"
            "Leiar for barnevernstenesta, Lars Tenold, orienterte om status.\n")
    people = parse_bytes(text.encode(), "referat.txt").participants
    assert [(p.name, p.organization) for p in people] == [
        ("Per Hauge", "Vik kommune"), ("Kari Dahl", "Sogndal kommune"),
        ("Lars Tenold", "Luster kommune")]


def test_signature_columns_under_the_last_item_name_no_one_new():
    # (s64k) a signature table copied to text, the names over their titles: the chair
    # listed already stays one person, the referent named only there is the secretary
    # (the guide's "Referent:" signature), and neither line is the item's text
    text = ("Referat frå møte i prosjektgruppa\nTid: 9. september 2025\n\n"
            "Til stede: Helge Råheim (leiar), Eli Osland\n\n1. Eventuelt\nIngen saker.\n\n"
            "_____________\t\t_____________\nHelge Råheim\t\t\tSolveig Aaland\n"
            "leiar\t\t\t\treferent\n")
    record = parse_bytes(text.encode(), "referat.txt")
    assert [(p.name, p.role) for p in record.participants] == [
        ("Helge Råheim", ParticipantRole.CHAIR), ("Eli Osland", ParticipantRole.MEMBER),
        ("Solveig Aaland", ParticipantRole.SECRETARY)]
    assert record.items[-1].text == "Ingen saker."


@pytest.mark.parametrize(("paren", "organization", "note"), [
    # (s65d) a service or centre named for whom it serves: whom she represents, not a
    # "for" note
    ("PPT for Vestdal", "PPT for Vestdal", None),
    ("Senter for læring", "Senter for læring", None),
    # … where "for" and a name is still whose seat she took
    ("for Ola Berg", None, "for Ola Berg"),
])
def test_a_service_for_a_region_in_brackets_is_an_organisation(paren, organization, note):
    text = ("Referat frå møte i nettverket\n\nDato: 3.3.2025\n\nTil stades: Kari Nes (Stad "
            f"kommune), Randi Sunde ({paren}) og Per Li (Stryn kommune).\n\n"
            "Sak 1/25 Eventuelt\n\nIngen saker.\n")
    record = parse_bytes(text.encode(), "referat.txt")
    randi = next(p for p in record.participants if p.name == "Randi Sunde")
    assert (randi.organization, randi.note) == (organization, note)
def test_the_kommuneoverlege_s_capitals_before_a_place_are_the_job_not_the_organisation():
    # (s65c) infection-control fora write the job short: "(KO Gjesdal)" is the
    # kommuneoverlege of Gjesdal, "(KO)" the job alone; "Forfall: KO Hå" names no person
    text = ("Referat frå koronamøte\nDato: 11.01.2021\n\n"
            "Til stades: Terje Bø (KO Gjesdal), Anette Lode (KO), "
            "Kari Ueland (kommuneoverlege Hå)\n"
            "Forfall: KO Time\n\n1. Smittetal\nLåge tal i alle kommunane.\n")
    people = parse_bytes(text.encode(), "referat.txt").participants
    assert [(p.name, p.organization) for p in people] == [
        ("Terje Bø", "Gjesdal"), ("Anette Lode", None), ("Kari Ueland", "Hå")]


def test_a_kommunedirektor_in_a_covid_forum_is_a_member_for_the_municipality():
    # (s65c) a regional covid meeting of the municipalities' doctors and heads: the
    # kommunedirektør listed there sits for the municipality, as in a health forum, not as
    # the administration serving an elected body
    text = ("Referat frå regionalt koronamøte\nDato: 26.08.2021\n\nDesse møtte:\n"
            "Solfrid Aase – kommuneoverlege – Sunnfjord kommune (møteleiar)\n"
            "Arve Sande – kommunedirektør – Hyllestad kommune\n\n"
            "1. Skulestart\nSkulane starta på gult nivå.\n")
    people = parse_bytes(text.encode(), "referat.txt").participants
    assert [(p.name, p.role) for p in people] == [
        ("Solfrid Aase", ParticipantRole.CHAIR), ("Arve Sande", ParticipantRole.MEMBER)]


def test_a_doctors_seat_and_place_before_the_name_gives_the_place():
    # (s65c) weekly forum minutes write the seat first: a group line "Kommuneoverlege
    # Sola: Name" (also "KO Randaberg: Name"), and a chair's label "Møteleiar:
    # Kommuneoverlege Sandnes, Name" (the seat is no person, the name after it chairs)
    text = ("Referat frå kommuneoverlegeforum\nDato: 19.01.2021\n"
            "Møteleiar: Kommuneoverlege Sandnes, Øystein Lima\n\nMøtt:\n"
            "Kommuneoverlege Sola: Ragnhild Aarsvoll\nKO Randaberg: Maria Hetland\n\n"
            "1. Smittetal\nLåge tal.\n")
    people = parse_bytes(text.encode(), "referat.txt").participants
    assert [(p.name, p.organization, p.role) for p in people] == [
        ("Øystein Lima", "Sandnes", ParticipantRole.CHAIR),
        ("Ragnhild Aarsvoll", "Sola", ParticipantRole.MEMBER),
        ("Maria Hetland", "Randaberg", ParticipantRole.MEMBER)]
def test_a_side_heading_under_the_title_opens_the_list_of_members():
    # (s65b) a forum of two sides lists each under "Frå …:" with no "Til stades:" above;
    # "Melde forfall:" (nynorsk plural participle) lists the absent, and one from a
    # partner's group there "under sak 2" keeps the group's organisation
    text = ("Referat – Beiteforum Heibygda\nTid og stad: 8.4.2025 kl. 19.00, kulturhuset\n\n"
            "Frå beitelaga:\nTrond Lia (Nordsida beitelag, leiar), Gro Moen (Sørsida sankelag)\n\n"
            "Frå Statsforvaltaren:\nKari Bø, seniorrådgjevar, var med under sak 2\n\n"
            "Melde forfall:\nOla Vik (Austsida beitelag)\n\n1) Tap på beite\nTekst.\n")
    people = parse_bytes(text.encode(), "referat.txt").participants
    assert [(p.name, p.organization, p.role, p.attendance) for p in people] == [
        ("Trond Lia", "Nordsida beitelag", ParticipantRole.CHAIR, "present"),
        ("Gro Moen", "Sørsida sankelag", ParticipantRole.MEMBER, "present"),
        ("Kari Bø", "Statsforvaltaren", ParticipantRole.GUEST, "partial"),
        ("Ola Vik", "Austsida beitelag", ParticipantRole.MEMBER, "absent")]


def test_the_board_chair_of_a_members_own_organisation_is_no_second_chair():
    # (s65b) "Name – styreleder – Org" beside the meeting's "leder": he chairs his own
    # organisation's board and sits in the network for it
    text = ("Referat – Skognettverket i Heidalen\nMøtedato: 21.11.2024\n\nDeltakere:\n"
            "Siri Lund – leder – Heidal kommune\nPer Haug – styreleder – Heidal skogeierlag\n"
            "Eva Brå – referent – Heidal kommune\n\nSak 1/24 Eventuelt\nIngen saker.\n")
    people = parse_bytes(text.encode(), "referat.txt").participants
    assert [(p.name, p.role) for p in people] == [
        ("Siri Lund", ParticipantRole.CHAIR), ("Per Haug", ParticipantRole.MEMBER),
        ("Eva Brå", ParticipantRole.SECRETARY)]
def test_a_swedish_bodys_seats_and_table():
    # "ordförande" chairs, "sekreterare" writes, "ledamot" and "vice ordförande" are
    # members; "§ 5" after a guest is the item she came for; "Namn | Organisation | Roll"
    # heads a Swedish attendance table
    text = ("PROTOKOLL\n\nGränskommittén\nSammanträde den 14 mars 2024\n\n"
            "Närvarande ledamöter:\nEva Lind, Eda kommun, ordförande\nOla Berg, Marker kommune\n\n"
            "Frånvarande:\nPer Dahl, Länsstyrelsen i Värmland\n\n"
            "Övriga närvarande:\nAnna Sund, Region Värmland, § 5\n\nSekreterare: Lisa Ek\n\n"
            "§ 1 Mötets öppnande\nOrdföranden öppnade mötet.\n")
    people = parse_bytes(text.encode(), "protokoll.txt").participants
    assert [(p.name, p.organization, p.role, p.attendance, p.note) for p in people] == [
        ("Eva Lind", "Eda kommun", "chair", "present", None),
        ("Ola Berg", "Marker kommune", "member", "present", None),
        ("Per Dahl", "Länsstyrelsen i Värmland", "member", "absent", None),
        ("Anna Sund", "Region Värmland", "guest", "partial", "§ 5"),
        ("Lisa Ek", None, "secretary", "present", None)]
    html = ("<h1>Gränsrådet – protokoll</h1><p>Datum: den 5 november 2024</p>"
            "<h2>Närvarande</h2><table><tr><th>Namn</th><th>Organisation</th><th>Roll</th></tr>"
            "<tr><td>Eva Lind</td><td>Eda kommun</td><td>Ordförande</td></tr>"
            "<tr><td>Ola Berg</td><td>Marker kommune</td><td>Vice ordförande</td></tr>"
            "<tr><td>Lisa Ek</td><td>Eda kommun</td><td>Sekreterare</td></tr></table>"
            "<h3>§ 1 Mötets öppnande</h3><p>Ordföranden öppnade mötet.</p>")
    people = parse_bytes(html.encode(), "protokoll.html").participants
    assert [(p.name, p.organization, p.role) for p in people] == [
        ("Eva Lind", "Eda kommun", "chair"), ("Ola Berg", "Marker kommune", "member"),
        ("Lisa Ek", "Eda kommun", "secretary")]
def test_a_relative_clause_after_a_list_is_said_of_the_last_person():
    # (s65i) "…, som deltok fra sak 2/24" tells when Linn came, not the referent's time
    text = ("Protokoll\n\nFra sekretariatet: Mats Dahl (referent) og Linn Vik, som deltok "
            "fra sak 2/24.\n\nSak 1/24 Test\nTekst.\n")
    people = parse_bytes(text.encode(), "p.txt").participants
    assert [(p.name, p.attendance, p.note) for p in people] == [
        ("Mats Dahl", "present", None), ("Linn Vik", "partial", "deltok fra sak 2/24")]


def test_a_seat_named_by_its_body_s_genitive_is_taken_off_the_name():
    # (s65i) "Sametingets representant Anne Berg": the seat before her name
    text = ("Protokoll\n\nTil stede: Leder Per Moe (Grane kommune) og Sametingets "
            "representant Anne Berg.\n\nSak 1/24 Test\nTekst.\n")
    people = parse_bytes(text.encode(), "p.txt").participants
    assert [p.name for p in people] == ["Per Moe", "Anne Berg"]


@pytest.mark.parametrize(("seat", "org"), [
    ("Sametingets representant", "Sametinget"),
    ("Fylkeskommunens representant", "Fylkeskommunen"),
    ("Ansattes representant", None),  # (a group of people's seat names no organisation)
    # (s66f) a body's name of more words: its last a kind of body, or a proper name's
    ("Lesja kommunes representant", "Lesja kommune"),
    ("Statens vegvesens representant", "Statens vegvesen"),
    ("Innovasjon Norges representant", "Innovasjon Norge"),
    ("De ansattes representant", None),
])
def test_a_genitive_seat_before_a_name_gives_its_body(seat, org):
    # (s65n) "Sametingets representant Eva Li": she speaks for Sametinget
    text = (f"Protokoll\n\nTil stede: Per Moe (Grane kommune) og {seat} Eva Li.\n\n"
            "Sak 1/24 Test\nTekst.\n")
    people = parse_bytes(text.encode(), "p.txt").participants
    assert [(p.name, p.organization) for p in people] == [
        ("Per Moe", "Grane kommune"), ("Eva Li", org)]


def test_a_swedish_paragraph_in_brackets_after_a_name_is_partial_attendance():
    # (s65n) "Lisa Ek (§ 5)" as "Lisa Ek, § 5": there for that item only
    text = ("Protokoll från styrelsemöte\n\nNärvarande: Eva Lind (ordförande), Lisa Ek (§ 5), "
            "Per Holm\n\n§ 1 Mötets öppnande\nOrdföranden öppnade mötet.\n")
    people = parse_bytes(text.encode(), "p.txt").participants
    assert [(p.name, p.organization, p.attendance, p.note) for p in people] == [
        ("Eva Lind", None, "present", None), ("Lisa Ek", None, "partial", "§ 5"),
        ("Per Holm", None, "present", None)]


def test_an_appointing_body_column_gives_the_organisation():
    # (s65i) a protected-area board's table: "Namn | Kommune / organ | Funksjon"
    text = ("Protokoll\n\n| Namn | Kommune / organ | Funksjon |\n|---|---|---|\n"
            "| Kari Moe | Vågå kommune | Leiar |\n| Per Lie | Sametinget | Medlem |\n\n"
            "## Sak 1/24 Test\n\nTekst.\n")
    people = parse_bytes(text.encode(), "p.md").participants
    assert [(p.name, p.organization) for p in people] == [
        ("Kari Moe", "Vågå kommune"), ("Per Lie", "Sametinget")]


@pytest.mark.parametrize(("paren", "org"), [
    ("KO Time", "Time"),
    ("KO i Time", "Time"),  # the same doctor, with the place after "i"
    ("KO i Nord-Odal, møteleiar", "Nord-Odal"),
])
def test_a_job_abbreviation_gives_the_place_after_it(paren, org):
    text = ("Referat frå vekemøte\n\nMøtedato: 20.10.2025\n\n"
            f"Deltakarar: Kari Stokkeland ({paren}), Jon Idsøe (KO i Hå) og Elin Ravndal "
            "(referent).\n\n1. Vaksinering\nIngen saker.\n")
    people = parse_bytes(text.encode(), "k.txt").participants
    assert [(p.name, p.organization) for p in people[:2]] == [
        ("Kari Stokkeland", org), ("Jon Idsøe", "Hå")]


def test_the_board_met_at_the_representantskap_are_its_guests():
    # "Fra styret møtte …" at the owners' meeting: the board's chair and deputy come to
    # report, guests there; whom they represent is left open (as the corpus reads it)
    text = ("PROTOKOLL FRA REPRESENTANTSKAPETS MØTE\nNordby Vann IKS\n\n"
            "Møtedato: 22.05.2025\n\nTil stede:\nIngrid Sletten, Ål kommune (leder)\n"
            "Arne Fekjær, Hol kommune\n\n"
            "Fra styret møtte styreleder Eva Lund og nestleder Per Dahl.\n\n"
            "Sak 1/2025 Konstituering\nInnkalling og saksliste ble godkjent.\n")
    people = parse_bytes(text.encode(), "r.txt").participants
    assert [(p.name, p.organization, p.role) for p in people[2:]] == [
        ("Eva Lund", None, ParticipantRole.GUEST), ("Per Dahl", None, ParticipantRole.GUEST)]


@pytest.mark.parametrize(("line", "organization"), [
    ("Kari Nes, Flyktningtenesta Sunnfjord (møteleiar)", "Flyktningtenesta Sunnfjord"),
    ("Kari Nes, Flyktningtjenesten Aukra", "Flyktningtjenesten Aukra"),
    ("Kari Nes, programrådgjevar, IMDi Vest", "IMDi Vest"),
    ("Kari Nes, HK-dir Bergen", "HK-dir Bergen"),
    # (the plural of the same services' vocabulary, ``text.SERVICE_DEFINITE_ENDINGS``)
    ("Kari Nes, Helsetenestene Sunnfjord", "Helsetenestene Sunnfjord"),
])
def test_a_service_or_directorate_with_its_place_after_a_name_is_no_second_person(
        line, organization):
    # (s65j) "Flyktningtenesta Sunnfjord" reads as two capitalised words, but no surname ends
    # in "-tenesta", and "IMDi" is never a first name: whom Kari represents
    text = ("Referat frå møte i flyktningnettverket\n\nDato: 12.03.2025\n\nTil stades:\n"
            f"{line}\nOla Li, Sogndal kommune\n\nSak 1/25 Godkjenning\n\nGodkjent.\n")
    assert [(name, org) for name, org, _, _, _ in _people_of(text)] == [
        ("Kari Nes", organization), ("Ola Li", "Sogndal kommune")]


def test_a_service_column_in_an_attendance_table_is_whom_each_represents():
    # (s65j) "Navn | Tjeneste / kommune" in a network of municipal services
    table = ("| Navn | Tjeneste / kommune |\n|---|---|\n| Olena Shevchenko | Flyktningtjenesten "
             "Aukra |\n| Gro Lien | IMDi Midt-Norge |\n")
    assert _table_minutes(table) == [
        ("Olena Shevchenko", "Flyktningtjenesten Aukra", "present", None),
        ("Gro Lien", "IMDi Midt-Norge", "present", None)]


def test_a_side_heading_with_its_people_on_its_line_under_the_title():
    # (s65l) "Frå beitelaga: A (…), B (…)" right under the title, no attendance label above
    # it: the first side's group, its people on the heading's own line, members as under
    # the heading alone
    text = ("Referat frå møte i beiterådet for Flåm\n"
            "Frå beitelaga: Ola Dal (Flåm beitelag), Per Li (Nærøy sankelag)\n"
            "Frå kommunane: Kari Nes (Aurland kommune, referent)\n\n"
            "Tid: 12.01.2026 kl. 19.00\n\nSak 1/26 Eventuelt\nIngen saker.\n")
    people = parse_bytes(text.encode(), "referat.txt").participants
    assert [(p.name, p.organization, p.role) for p in people] == [
        ("Ola Dal", "Flåm beitelag", ParticipantRole.MEMBER),
        ("Per Li", "Nærøy sankelag", ParticipantRole.MEMBER),
        ("Kari Nes", "Aurland kommune", ParticipantRole.SECRETARY)]


def test_a_sentence_after_a_from_heading_opens_no_list():
    # (s65l) "Frå kommunen: Ola Berg orienterte …" is no list of people
    text = ("Referat frå møte i beiterådet for Flåm\n"
            "Frå kommunen: Ola Berg orienterte om søknadene, og rådet tok det til orientering.\n\n"
            "Sak 1/26 Eventuelt\nIngen saker.\n")
    assert parse_bytes(text.encode(), "referat.txt").participants == []


def test_a_place_label_strayed_into_the_list_names_one_of_its_people():
    # (s65l) "Sted: Liv Haugen, Kviteseid kommune" among the people present: no place (the
    # head reads none from it), and she is present as the lines around her are
    text = ("Referat fra møte i faggruppe for bibliotek\n\nDato: 3. februar 2026\n"
            "Sted: Dalen, Tokke kommunehus\n\nTil stede:\nKari Holm, Tokke kommune (leder)\n"
            "Sted: Liv Haugen, Kviteseid kommune\nTor Nome, Seljord kommune\n\n"
            "Sak 1/26 Eventuelt\nIngen saker.\n")
    record = parse_bytes(text.encode(), "referat.txt")
    assert record.meeting.location == "Dalen, Tokke kommunehus"
    assert [(p.name, p.organization, p.role, p.attendance) for p in record.participants] == [
        ("Kari Holm", "Tokke kommune", ParticipantRole.CHAIR, "present"),
        ("Liv Haugen", "Kviteseid kommune", ParticipantRole.MEMBER, "present"),
        ("Tor Nome", "Seljord kommune", ParticipantRole.MEMBER, "present")]


def test_a_state_agencys_adviser_by_job_in_a_forums_table_is_a_guest():
    # (s65l) the current reading, kept: "Namn | Organisasjon | Funksjon" where every row
    # gives a job, and the Statsforvaltaren's row an adviser's: she comes from the agency
    # as its visitor, as the corpus settled it for 3444 (a "Funksjon" column of jobs),
    # 7085 and 7121 ("Rolle"); one listed without a job stays a member (6721, 7080)
    text = ("Referat frå møte i Sogn beredskapsforum\nDato: 20.01.2026\n\nTil stades:\n"
            "Namn\tOrganisasjon\tFunksjon\n"
            "Arne Hovland\tSogndal kommune\tberedskapskoordinator\n"
            "Eva Sande\tStatsforvaltaren i Vestland\tseniorrådgjevar\n"
            "Ola Bakke\tÅrdal kommune\tkommunalsjef\n\nSak 1/26 Eventuelt\nIngen saker.\n")
    people = parse_bytes(text.encode(), "referat.txt").participants
    assert [(p.name, p.role) for p in people] == [
        ("Arne Hovland", ParticipantRole.MEMBER), ("Eva Sande", ParticipantRole.GUEST),
        ("Ola Bakke", ParticipantRole.MEMBER)]


def test_the_staff_s_elected_seats_as_a_group_are_members_not_staff():
    # a fire company's board: the union's and the safety seats under one plural label
    # below the administration are the board's own seats
    text = ("Referat fra styremøte\n\nDato: 4. mars 2026\n\nTil stede: Eva Lunde (leder), "
            "Per Holt\nFra administrasjonen: brannsjef Ole Nes\nAnsattes representanter: "
            "Tor Bakke (Brannforbundet), verneombud Siri Lie\n\nSak 1/26 Godkjenning\n"
            "Godkjent.\n")
    people = parse_bytes(text.encode(), "styre.txt").participants
    assert [(p.name, p.role) for p in people][2:] == [
        ("Ole Nes", ParticipantRole.GUEST), ("Tor Bakke", ParticipantRole.MEMBER),
        ("Siri Lie", ParticipantRole.MEMBER)]


@pytest.mark.parametrize("piece", ["leiar 110-sentralen Marta Dal",
                                   "leder for 110-sentralen Marta Dal"])
def test_a_job_naming_its_unit_by_an_emergency_number_stands_before_the_name(piece):
    assert tidy_name(piece) == "Marta Dal"
def test_a_named_project_after_a_job_is_whom_the_person_represents():
    # (s66e) "prosjektleiar i Interreg-prosjektet X" as "rådgiver i Nordby kommune"; the
    # Swedish "(gäst)" as "(gjest)"; nynorsk's "rådgivar" a job as "rådgjevar" is
    assert _people("Til stede:\nOla Dahl, Halden kommune\n"
                   "Eli Haugen, prosjektleiar i Interreg-prosjektet Grenselaus helse (gäst)\n"
                   "Siri Moe, rådgivar i Røros kommune") == [
        ("Ola Dahl", "Halden kommune", "member"),
        ("Eli Haugen", "Interreg-prosjektet Grenselaus helse", "guest"),
        ("Siri Moe", "Røros kommune", "member")]


def test_a_chair_named_with_her_job_between_commas_led_the_meeting():
    # (s66k) "X, kommunalsjef …, leia møtet." under the attendance lines
    text = ("Referat frå styringsgruppa\n\nDato: 7. oktober 2026\n\n"
            "Til stades: Kari Nordby (Fjordvik kommune), Per Vik (Nes kommune)\n\n"
            "Kari Nordby, kommunalsjef helse og omsorg i vertskommunen, leia møtet.\n\n"
            "Sak 1/26 Budsjett\nGodkjent.\n")
    people = parse_bytes(text.encode(), "referat.txt").participants
    assert [(p.name, p.role) for p in people] == [
        ("Kari Nordby", ParticipantRole.CHAIR.value), ("Per Vik", ParticipantRole.MEMBER.value)]


@pytest.mark.parametrize("unit", ["Klinikk for psykisk helsevern",
                                  "Avdeling for rus og avhengighet"])
def test_a_hospital_unit_by_its_fields_in_brackets_is_whom_the_person_represents(unit):
    # (s66k) "for …" inside the unit's name is no substitute's "for X"
    text = ("Referat fra styringsgruppemøte\n\nDato: 26.08.2026\n\n"
            f"Fra spesialisthelsetjenesten: Tor Eik (DPS Vestdal), Wenche Dal ({unit})\n\n"
            "Sak 1/26 Drift\nGodkjent.\n")
    people = parse_bytes(text.encode(), "referat.txt").participants
    assert [(p.name, p.organization) for p in people] == [
        ("Tor Eik", "DPS Vestdal"), ("Wenche Dal", unit)]


def test_a_voluntary_body_after_a_user_representative_is_no_second_person():
    # (s66k) "Kirkens Bymisjon" reads like two capitalised names, but is an organisation
    text = ("Referat\n\nDato: 4. juni 2026\n\nMøtte:\n"
            "Leiar              Ragna Fosse, Alver kommune\n"
            "Brukarrepresentant Liv Hatle, Kirkens Bymisjon\n\n"
            "Sak 1/26 Status\nGodkjent.\n")
    people = parse_bytes(text.encode(), "referat.txt").participants
    assert [(p.name, p.organization) for p in people] == [
        ("Ragna Fosse", "Alver kommune"), ("Liv Hatle", "Kirkens Bymisjon")]
def test_one_listed_above_who_took_part_from_afar_for_an_item_is_partial():
    # (s66d) "X var med på Teams under sak 2" after another's sentence in the same line
    text = ("Referat\n\nTil stades: Ole Petter Hynne (Nord universitet), Randi Kjesbu "
            "(Frosta)\nRandi Kjesbu gjekk etter sak 3. Ole Petter Hynne var med på Teams "
            "under sak 2.\n\nSak 1 Orienteringar\nIngen merknader.\n")
    people = parse_bytes(text.encode(), "referat.txt").participants
    assert [(p.name, p.attendance, p.note) for p in people] == [
        ("Ole Petter Hynne", "partial", "var med på Teams under sak 2"),
        ("Randi Kjesbu", "partial", "gjekk etter sak 3")]
def test_genitive_seats_one_a_line_give_each_person_their_body():
    # (s66f) "Lesja kommunes representant Ola Nord (leder)" a line each under "Til stede":
    # the people, each with the municipality the seat names
    text = ("Protokoll fra møte i representantskapet for Nordvik Vann IKS\n\n"
            "Dato: 03.06.2025\n\nTil stede:\nLesja kommunes representant Ola Nord (leder)\n"
            "Dovre kommunes representant Kari Bakken\n\nForfall:\n"
            "Sel kommunes representant Bjørn Dahl\n\nSak 1/25 Eventuelt\nIngen saker.\n")
    people = parse_bytes(text.encode(), "p.txt").participants
    assert [(p.name, p.organization, p.role, p.attendance) for p in people] == [
        ("Ola Nord", "Lesja kommune", "chair", "present"),
        ("Kari Bakken", "Dovre kommune", "member", "present"),
        ("Bjørn Dahl", "Sel kommune", "member", "absent")]


@pytest.mark.parametrize("body", ["representantskapet", "eiermøtet"])
def test_the_board_listed_under_its_label_at_the_owners_meeting_are_guests(body):
    # (s66f) "Fra styret:" over "Styreleder X" / "Nestleder Y" at the representantskap: the
    # company's board come to report, none of them a member there (as 7312's sentence
    # "Fra styret møtte styreleder X og nestleder Y." reads)
    text = (f"Protokoll fra {body} i Nordvik Vann IKS\n\nDato: 03.06.2025\n\n"
            "Til stede:\nOla Nord, Lesja kommune (leder)\nKari Bakken, Dovre kommune\n\n"
            "Fra styret:\nStyreleder Geir Ulstad\nNestleder Anne Lie\n\n"
            "Sak 1/25 Eventuelt\nIngen saker.\n")
    people = parse_bytes(text.encode(), "p.txt").participants
    assert [(p.name, p.role) for p in people] == [
        ("Ola Nord", "chair"), ("Kari Bakken", "member"), ("Geir Ulstad", "guest"),
        ("Anne Lie", "guest")]


def test_the_board_under_its_label_at_a_housing_cooperative_s_general_meeting_stay_members():
    # (s66f) a borettslag's board are owners too (2455): the label's people keep their seats
    text = ("Protokoll fra generalforsamling i Skogli borettslag\n\nDato: 03.06.2025\n\n"
            "Fra styret:\nStyreleder Geir Ulstad\nNestleder Anne Lie\n\n"
            "Sak 1 Eventuelt\nIngen saker.\n")
    people = parse_bytes(text.encode(), "p.txt").participants
    assert ("Anne Lie", "member") in [(p.name, p.role) for p in people]


def test_one_line_groups_under_the_title_the_first_with_one_name_open_the_members_list():
    # (s66f) "Frå Gol kommune: Ingrid Skaug (leiar)" over "Frå Ål kommune: Kari Moe", no
    # attendance label above: each side's people after its label, as the comma form
    # ("Frå beitelaga: A (…), B (…)") is read
    text = ("Referat frå møte i samarbeidsutvalet\n\nDato: 14.05.2025\n\n"
            "Frå Gol kommune: Ingrid Skaug (leiar)\nFrå Ål kommune: Kari Moe\n"
            "Frå Hol kommune: Nils Rust, Eli Tveito\n\nSak 1/25 Eventuelt\nIngen saker.\n")
    people = parse_bytes(text.encode(), "p.txt").participants
    assert [(p.name, p.organization, p.role) for p in people] == [
        ("Ingrid Skaug", "Gol kommune", "chair"), ("Kari Moe", "Ål kommune", "member"),
        ("Nils Rust", "Hol kommune", "member"), ("Eli Tveito", "Hol kommune", "member")]

def test_an_english_job_title_between_name_and_firm_is_no_person():
    # (s66b) tourism and business firms give English titles: "Business Developer" is two
    # capitalised words yet no one's name, and the firm after the title is whom she comes
    # from ("CEO", "Head of Sales" alike); the firm's own staff serve the partnership
    text = ("Referat fra partnerskapsmøte i Visit Nordkyst\n\nDato: 3. mars 2025\n\n"
            "Til stede:\nKari Nes, CEO, Visit Nordkyst (møteleder)\n"
            "Per Li, Head of Sales, Visit Nordkyst\n"
            "Eva Dahl, daglig leder, Nordkyst Fjordcruise AS\n"
            "Siri Moe, Business Developer, Visit Nordkyst (referent)\n\n"
            "Sak 1 Eventuelt\nIngen saker.\n")
    people = parse_bytes(text.encode(), "referat.txt").participants
    assert [(p.name, p.organization, p.role) for p in people] == [
        ("Kari Nes", "Visit Nordkyst", ParticipantRole.CHAIR),
        ("Per Li", "Visit Nordkyst", ParticipantRole.GUEST),
        ("Eva Dahl", "Nordkyst Fjordcruise AS", ParticipantRole.MEMBER),
        ("Siri Moe", "Visit Nordkyst", ParticipantRole.SECRETARY)]


def test_a_managers_role_cell_beside_a_firm_is_a_member_of_a_forum():
    # (s66b) "Daglig leder" in a "Rolle" column beside the member's own firm: its manager,
    # who sits in the forum for it, as "Ola Vik – daglig leder – Nordby Sag AS" does; the
    # cooperation's own manager (its name with or without "SA") serves the body, a guest
    text = ("Referat fra møte i Reiselivsforum Vestdal\n\nDato: 3. mars 2025\n\n"
            "| Navn | Virksomhet | Rolle |\n|---|---|---|\n"
            "| Kari Nes | Vestdal Gardsturisme SA | Daglig leder |\n"
            "| Ola Berg | Vestdal kommune | Næringssjef |\n\n"
            "Sak 1 Eventuelt\nIngen saker.\n")
    people = parse_bytes(text.encode(), "referat.md").participants
    assert [(p.name, p.role) for p in people] == [
        ("Kari Nes", ParticipantRole.MEMBER), ("Ola Berg", ParticipantRole.MEMBER)]
    text = ("# Protokoll fra styremøte i Vestdal Vekst SA\n\n**Dato:** 3. mars 2025\n\n"
            "| Navn | Rolle | Organisasjon |\n|---|---|---|\n"
            "| Berit Lie | Styreleder | Vestdal kommune |\n"
            "| Tor Moe | Daglig leder | Vestdal Vekst |\n\n"
            "### Sak 1/25 Eventuelt\n\nIngen saker.\n")
    people = parse_bytes(text.encode(), "referat.md").participants
    assert [(p.name, p.role) for p in people] == [
        ("Berit Lie", ParticipantRole.CHAIR), ("Tor Moe", ParticipantRole.GUEST)]


def test_the_reason_then_a_nynorsk_declaration_of_disqualification_is_partial():
    # (s66b) "… er styreleiar i X AS og melde seg inhabil": why first, then the
    # declaration, as "… og fråtredde" is read
    text = ("Protokoll frå styremøte i Vestdal næringshage\n\nMøtedato: 23.01.2025\n\n"
            "Møtande: Kari Nes (styreleiar), Siv Ænes, Ola Lid\n\n"
            "Sak 01/25 Søknad frå Fjordbrygga AS\n"
            "Siv Ænes er styreleiar i Fjordbrygga AS og melde seg inhabil.\n"
            "Vedtak: Søknaden vert innvilga.\n")
    people = parse_bytes(text.encode(), "referat.txt").participants
    assert [(p.name, p.attendance, p.note) for p in people if p.name == "Siv Ænes"] == [
        ("Siv Ænes", Attendance.PARTIAL, "melde seg inhabil")]
def test_a_partial_sentence_opening_with_a_sami_capital():
    # "Ánte …": a Sami first name's capital opens the sentence as any other does
    record = parse_bytes("Referat\n\nTid: 5.6.2025 kl. 09.00\n\nDeltakere: Ánte Guttorm "
                         "(Nesseby kommune), Eva Holm (Vardø kommune)\n\nÁnte Guttorm måtte "
                         "gå etter sak 2/25.\n\nSak 1/25 Godkjenning\nGodkjent.\n".encode(),
                         "referat.txt")
    ante = record.participants[0]
    assert (ante.name, ante.attendance, ante.note) == (
        "Ánte Guttorm", Attendance.PARTIAL, "måtte gå etter sak 2/25")
    assert len(record.participants) == 2


@pytest.mark.parametrize("languages", ["nordsamisk–norsk", "kvensk/norsk", "tegnspråk"])
def test_an_interpreters_languages_are_no_organisation(languages):
    record = parse_bytes(f"Referat\n\nTid: 5.6.2025 kl. 09.00\n\nTil stede: Eva Holm "
                         f"(Alta kommune)\nTolk: Biret Somby ({languages})\n\n"
                         "Sak 1/25 Godkjenning\nGodkjent.\n".encode(), "referat.txt")
    interpreter = record.participants[1]
    assert (interpreter.name, interpreter.organization, interpreter.role) == (
        "Biret Somby", None, ParticipantRole.GUEST)


def test_a_unit_named_by_number_and_name_is_whom_a_group_or_an_absent_one_represents():
    # "reinbeitedistrikt 22 Fiettar": a party in small letters, named by its number and
    # name; its people sit in the group (members), and the absent one represents it
    record = parse_bytes("Referat\n\nTid: 5.6.2025 kl. 09.00\n\nTil stede:\n"
                         "Fra Hammerfest kommune: Eirik Nordvik (møteleder)\n"
                         "Fra reinbeitedistrikt 22 Fiettar: Máhtte Sara, Sunná Buljo\n\n"
                         "Forfall:\nOle Eira (reinbeitedistrikt 22 Fiettar)\n\n"
                         "Sak 1/25 Godkjenning\nGodkjent.\n".encode(), "referat.txt")
    people = {p.name: (p.organization, p.role, p.attendance) for p in record.participants}
    assert people["Sunná Buljo"] == ("reinbeitedistrikt 22 Fiettar", ParticipantRole.MEMBER,
                                     Attendance.PRESENT)
    assert people["Ole Eira"] == ("reinbeitedistrikt 22 Fiettar", ParticipantRole.MEMBER,
                                  Attendance.ABSENT)


@pytest.mark.parametrize("reason", ["legetime kl. 14", "kurs i Bodø"])
def test_a_reason_in_brackets_is_still_no_unit(reason):
    # a time or a place after its preposition: why the person was away
    record = parse_bytes(f"Referat\n\nTid: 5.6.2025 kl. 09.00\n\nTil stede: Eva Holm\n"
                         f"Forfall: Ole Eira ({reason})\n\nSak 1/25 Godkjenning\n"
                         "Godkjent.\n".encode(), "referat.txt")
    assert record.participants[1].organization is None


def test_a_kommunedirektor_away_from_a_nav_partnership_is_a_member():
    # (s66l) a partnership of a municipality and NAV: both sides' leaders sit on its
    # samarbeidsutval, so the kommunedirektør in its "Forfall:" list is a member away,
    # not the administration serving an elected body
    text = ("Referat – Samarbeidsutvalet NAV Lyngvik\n\n"
            "Dato: 4. mars 2026\n\n"
            "Til stades: Eli Sande (leiar), Lyngvik kommune; Per Vadheim, NAV Lyngvik\n"
            "Forfall: Kommunedirektør Toril Hauge, Lyngvik kommune\n\n"
            "Sak 1 Godkjenning av innkalling\nInnkallinga vart godkjend.\n")
    people = parse_bytes(text.encode(), "referat.txt").participants
    away = [p for p in people if p.name == "Toril Hauge"]
    assert away and away[0].role == ParticipantRole.MEMBER.value


@pytest.mark.parametrize("heading", ["Møtereferat – Politirådet i Vestdal",
                                     "Referat – Haugvik politiråd",
                                     "Referat fra samarbeidsmøte i Vest politidistrikt"])
def test_a_kommunedirektor_on_a_police_council_is_a_member(heading):
    # (s70a) a politiråd is the partnership of the municipality and the police: the
    # ordfører, the kommunedirektør and the politistasjonssjef all sit on it, so the
    # kommunedirektør is no administration serving an elected body
    text = (f"{heading}\n\nDato: 28.10.2025\n\n"
            "Til stede: ordfører Olav Brekke (leder), kommunedirektør Sigrun Moe, "
            "politistasjonssjef Per Øvre\n\n"
            "Sak 1/25 Godkjenning av innkalling\nGodkjent.\n")
    people = parse_bytes(text.encode(), "referat.txt").participants
    assert [(p.name, p.role) for p in people] == [
        ("Olav Brekke", "chair"), ("Sigrun Moe", "member"), ("Per Øvre", "member")]


def test_a_job_by_initials_at_a_municipality_is_no_part_of_it():
    # (s70a) "SLT-koordinator i Åsby kommune": the job named by initials before a hyphen
    # is a job as "ordfører i …" is; whom she represents is the municipality
    text = ("Referat fra møte i politirådet\n\nDato: 12.02.2026\n\n"
            "Til stede: Tom Røed, ordfører i Åsby kommune; Hege Sand, SLT-koordinator i "
            "Åsby kommune\n\nSak 1/26 Eventuelt\nIngen saker.\n")
    people = parse_bytes(text.encode(), "referat.txt").participants
    assert [(p.name, p.organization) for p in people] == [
        ("Tom Røed", "Åsby kommune"), ("Hege Sand", "Åsby kommune")]


@pytest.mark.parametrize("below", ["\nSak 1/25 Eventuelt\nIngen saker.\n",
                                   "Referent: Per Berg\n\nSak 1/25 Eventuelt\nIngen saker.\n",
                                   "Forfall: Eli Sund\n\nSak 1/25 Eventuelt\nIngen saker.\n"])
def test_a_lone_one_line_group_under_the_title_before_the_items_or_a_label_opens_the_list(
        below):
    # (s66m) "Frå Ål kommune: Kari Moe" alone under the title, the items or a label right
    # after it: the one side's person, as a run of such lines gives each side's
    text = ("Referat frå møte i samarbeidsutvalet\n\nDato: 14.05.2025\n\n"
            f"Frå Ål kommune: Kari Moe\n{below}")
    people = parse_bytes(text.encode(), "p.txt").participants
    assert [(p.name, p.organization, p.role, p.attendance) for p in people][:1] == [
        ("Kari Moe", "Ål kommune", "member", "present")]
    # (the body's absentees after it, none of the one side's)
    assert all(p.organization is None for p in people[1:])


@pytest.mark.parametrize("line", ["Frå Ål kommune: innspel om nytt planverk",
                                  "Frå Ål kommune: Kari Moe orienterte om planen."])
def test_a_lone_group_line_with_words_no_name_alone_after_the_colon_names_no_one(line):
    # (s66m) a sentence after "Frå Ål kommune:" is what the municipality said, no list
    text = ("Referat frå møte i samarbeidsutvalet\n\nDato: 14.05.2025\n\n"
            f"{line}\n\nSak 1/25 Eventuelt\nIngen saker.\n")
    assert parse_bytes(text.encode(), "p.txt").participants == []


def test_the_owners_delegates_under_their_seat_label_are_the_members():
    # (s67c) "Møtande eigarrepresentantar:" heads a representantskap's list as
    # "Møtande representantar:" does: one "Name (Kommune), leiar" a line, a deputy's
    # "– vara for X" making X absent
    text = ("Protokoll frå møte i representantskapet\n\nDato: 27. november 2025\n\n"
            "Møtande eigarrepresentantar:\nEli Sande (Kinn), leiar\n"
            "Per Vadheim (Askvoll) – vara for Toril Hauge\n\n"
            "Sak 1/25 Eventuelt\nIngen saker.\n")
    people = parse_bytes(text.encode(), "p.txt").participants
    assert [(p.name, p.organization, p.role, p.attendance) for p in people] == [
        ("Eli Sande", "Kinn", "chair", "present"),
        ("Per Vadheim", "Askvoll", "member", "present"),
        ("Toril Hauge", "Askvoll", "member", "absent")]


def test_a_technical_title_before_a_name_is_no_part_of_it():
    # (s67c) a water company's staff by their job: "VA-ingeniør Marte Bu (skrivar)"
    text = ("Protokoll frå representantskapsmøte\n\nMøtedato: 18.09.2025\n\n"
            "Frå administrasjonen: dagleg leiar Terje Lekve og VA-ingeniør Marte Bu "
            "(skrivar).\n\nSak 1/25 Eventuelt\nIngen saker.\n")
    people = parse_bytes(text.encode(), "p.txt").participants
    assert [(p.name, p.role) for p in people] == [("Terje Lekve", "guest"),
                                                   ("Marte Bu", "secretary")]


def test_a_sentence_after_the_staff_sentence_says_when_its_own_subject_came():
    # (s67c) "Frå administrasjonen møtte A og B. Styreleiar C var til stades under sak
    # 22/25." ends the staff's sentence at the full stop: the items are C's, not A's and B's
    text = ("Protokoll frå representantskapsmøte\n\nMøtedato: 18.09.2025\n\n"
            "Frå administrasjonen møtte dagleg leiar Terje Lekve og rådgjevar Marte Bu. "
            "Styreleiar Reidun Aksnes var til stades under sak 22/25 og 23/25.\n\n"
            "Sak 21/25 Eventuelt\nIngen saker.\n")
    people = {p.name: p for p in parse_bytes(text.encode(), "p.txt").participants}
    assert people["Terje Lekve"].attendance == people["Marte Bu"].attendance == "present"
    assert people["Reidun Aksnes"].attendance == "partial"
    assert people["Reidun Aksnes"].note == "var til stades under sak 22/25 og 23/25"


@pytest.mark.parametrize("job, note", [("driftsoperatør (fra kl. 10.15)", "fra kl. 10.15"),
                                       ("prosjektleiar VA (frå sak 9/26)", "frå sak 9/26")])
def test_the_attendance_words_in_a_job_cells_bracket_are_the_note_alone(job, note):
    # (s67c) "Navn | Kommune | Stilling": the job is no part of the note
    text = ("# Referat – VA-nettverk Sørdal\n\n**Møtedato:** 14. januar 2026\n\n"
            "| Navn | Kommune | Stilling |\n|---|---|---|\n"
            "| Jon Bakken (møteleder) | Elverum | kommunalsjef teknisk |\n"
            f"| Marius Lind | Trysil | {job} |\n\n## 1. Eventuelt\n\nIngen saker.\n")
    people = {p.name: p for p in parse_bytes(text.encode(), "p.md").participants}
    assert (people["Marius Lind"].attendance, people["Marius Lind"].note) == ("partial", note)
@pytest.mark.parametrize(("organization", "role"), [
    ("Vest 110 IKS", "guest"),  # the cooperation the secretary serves it from
    ("Nordby kommune", "member"),  # a municipality's own unit: its member's seat
])
def test_the_head_of_the_cooperations_unit_in_a_role_column_is_its_staff(organization, role):
    """ "| Per Aas | Leder 110-sentralen | Vest 110 IKS |" beside "Styremedlem" rows gives a
    job, no seat: from the cooperation the secretary comes from, administration (a guest
    by the guide, as "Daglig leder" is); the head of a member's own unit holds its seat."""
    text = ("# Referat fra styremøte\n\n**Dato:** 12.03.2026\n\n"
            "| Navn | Rolle | Representerer |\n|---|---|---|\n"
            "| Kari Lie | Styreleder | Nordby kommune |\n"
            "| Ola Dal | Styremedlem | Sørby kommune |\n"
            f"| Per Aas | Leder 110-sentralen | {organization} |\n"
            "| Eva Moe | Sekretær | Vest 110 IKS |\n\n"
            "## 1. Godkjenning av innkalling\n\nGodkjent.\n")
    people = parse_bytes(text.encode(), "referat.md").participants
    assert [(p.name, p.role) for p in people] == [
        ("Kari Lie", "chair"), ("Ola Dal", "member"), ("Per Aas", role), ("Eva Moe", "secretary")]
def test_a_farmers_or_grazing_association_after_a_comma_is_whom_the_person_represents():
    # (s67d) "Ullensvang Bondelag" is no second person: an association's word ends in "-lag"
    [entry] = parse_people_list("Knut Olav Bleie, Ullensvang Bondelag", ParticipantRole.MEMBER,
                                Attendance.PRESENT)
    assert (entry.name, entry.organization) == ("Knut Olav Bleie", "Ullensvang Bondelag")


@pytest.mark.parametrize("value", ["Kari Lund (representant for grunneigarane)",
                                   "Kari Lund, representant for grunneigarane"])
def test_a_seat_named_by_whom_it_stands_for_is_the_organisation(value):
    # (s67d) in brackets or after a comma, as a "Representerer" column gives it
    [entry] = parse_people_list(value, ParticipantRole.MEMBER, Attendance.PRESENT)
    assert entry.organization == "representant for grunneigarane"


def test_a_seat_in_brackets_before_a_dashed_organisation_leaves_her_the_organisation():
    # "Name – job (repr. for X) – org": the dash names whom she came from, the bracket
    # only her seat among them
    [entry] = parse_people_list("Eli Bråten – rektor (repr. for rektorane) – Hol kommune",
                                ParticipantRole.MEMBER, Attendance.PRESENT)
    assert (entry.name, entry.organization) == ("Eli Bråten", "Hol kommune")


def test_a_bracket_of_its_own_ends_the_run_a_later_bracket_is_shared_by():
    # (s67d) "… C (representant for X) og D (Y)": D's bracket is not A's or B's
    found = parse_people_list("Arne Dal (leder), Berit Moe, Per Lie, Tone Rud (representant "
                              "for grunneierne) og Magnus Sand (Vestby fjellstyre)",
                              ParticipantRole.MEMBER, Attendance.PRESENT)
    assert [(e.name, e.organization) for e in found] == [
        ("Arne Dal", None), ("Berit Moe", None), ("Per Lie", None),
        ("Tone Rud", "representant for grunneierne"), ("Magnus Sand", "Vestby fjellstyre")]


def test_a_job_with_its_role_in_brackets_ends_the_persons_entry():
    # (s67d) "fra Statens naturoppsyn" is the last person's alone
    found = parse_people_list("Eva Li, verneområdeforvalter (sekretær), og Per Dahl fra "
                              "Statens naturoppsyn", ParticipantRole.GUEST, Attendance.PRESENT,
                              "forvaltningen")
    assert [(e.name, e.organization) for e in found] == [
        ("Eva Li", "forvaltningen"), ("Per Dahl", "Statens naturoppsyn")]


def test_a_leaders_seat_in_a_named_association_is_whom_the_person_represents():
    # (s67d) the association named in the bracket, not the group label's word
    found = parse_people_list("Ola Rabben (leiar Kvinnherad skogeigarlag) og Siv Fjell (Etne "
                              "skogeigarlag)", ParticipantRole.MEMBER, Attendance.PRESENT,
                              "skogeigarlaga")
    assert [e.organization for e in found] == ["Kvinnherad skogeigarlag", "Etne skogeigarlag"]


def test_a_role_cell_ending_in_forfall_after_a_dash_says_the_person_was_away():
    # (s67d) "Jordbrukssjef – meldt forfall" under "Rolle": the job, then the absence
    text = ("# Referat\n\n**Dato:** 11. februar 2025\n\n| Navn | Kommune | Rolle |\n|---|---|---|\n"
            "| Kari Strand | Andøy kommune | Jordbrukssjef, møteleder |\n"
            "| Per Moe | Øksnes kommune | Jordbrukssjef – meldt forfall |\n\n"
            "## 1. Godkjenning\n\nGodkjent.\n")
    people = parse_bytes(text.encode(), "r.md").participants
    assert [(p.name, p.attendance) for p in people] == [
        ("Kari Strand", "present"), ("Per Moe", "absent")]


def test_a_sentence_after_a_groups_sentence_keeps_its_item_note_to_itself():
    # (s67d) "… som også førte møteboka. Oppsynsmann X var til stades under sak 3.": the
    # manager wrote the minutes and was there throughout; the job-titled one came for sak 3
    text = ("MØTEBOK\n\nMøtet vart halde på kontoret 21. august 2025.\n\n"
            "Til stades var: Håvard Dal (leiar) og Signe Moe.\n"
            "Frå administrasjonen møtte dagleg leiar Kjetil Foss, som også førte møteboka. "
            "Fjelloppsynsmann Gaute Rud var til stades under sak 3.\n\n"
            "Sak 3 Fiskekort\nOrientering.\n")
    people = parse_bytes(text.encode(), "m.txt").participants
    assert [(p.name, p.role, p.attendance, p.note) for p in people][2:] == [
        ("Kjetil Foss", "secretary", "present", None),
        ("Gaute Rud", "guest", "partial", "var til stades under sak 3")]


def test_a_lines_own_group_label_gives_the_partial_persons_organisation():
    # (s67d) "Frå Vestskog: X, skogbruksleiar, møtte frå sak 3." after another group
    text = ("Referat frå samarbeidsmøte\n\nDato: 8. april 2025\n\nTil stades\n"
            "Frå skogeigarlaga: Ola Rabben (Kvinnherad skogeigarlag).\n"
            "Frå Vestskog: Lene Tofte, skogbruksleiar, møtte frå sak 3.\n\n"
            "1. Godkjenning av innkalling\nInnkallinga vart godkjend.\n")
    people = parse_bytes(text.encode(), "r.txt").participants
    assert [(p.name, p.organization, p.attendance) for p in people][-1] == (
        "Lene Tofte", "Vestskog", "partial")
def test_a_job_and_its_field_before_a_dash_is_no_part_of_the_note():
    # (s67b) "Silje Aaberg, fagleiar skule – til stades under sak 20/25": the job is hers
    text = ("Møtebok\n\nDato: 14.11.2025\n\nTil stades: Kari Holm, Per Dal\n\n"
            "Frå administrasjonen:\nSilje Aaberg, fagleiar skule – til stades under sak 20/25\n\n"
            "Sak 20/25 Ventetid\n\nOrientering.\n")
    silje = parse_bytes(text.encode(), "referat.txt").participants[-1]
    assert (silje.name, silje.attendance, silje.note) == (
        "Silje Aaberg", Attendance.PARTIAL, "til stades under sak 20/25")
def test_those_who_also_came_from_a_side_are_of_it():
    # (s67a) "Frå helseføretaket møtte òg:" names the side, as "Frå helseføretaket møtte:"
    assert organization_of_group("Frå helseføretaket møtte òg") == "helseføretaket"
    assert organization_of_group("Fra sykehuset møtte også") == "sykehuset"


def test_the_municipalities_side_names_no_ones_organisation():
    # (s67a) "Kommunane:" over "Name – job – Luster kommune": a side of many; each line's
    # own municipality is whom its person represents
    assert organization_of_group("Kommunane") is None
    people = _people_of("Oppsummering frå strategisk samarbeidsutval\n\nDato: 20.10.2025\n\n"
                        "Desse møtte:\n\nKommunane:\n"
                        "Turid Nesse – kommunalsjef helse og omsorg – Luster kommune\n"
                        "Ståle Fimreite – kommunalsjef – Årdal kommune\n\n"
                        "Sak 1/25 Godkjenning\nGodkjent.\n")
    assert [(name, org) for name, org, *_ in people] == [
        ("Turid Nesse", "Luster kommune"), ("Ståle Fimreite", "Årdal kommune")]


def test_a_trusts_head_by_title_in_brackets_is_of_the_side():
    # (s67a) "(administrerende direktør, nestleder)" is a job and a seat, no organisation
    assert _people("Fra Sykehuset Vestfjell HF: Gro Bergan (administrerende direktør, "
                   "nestleder)") == [("Gro Bergan", "Sykehuset Vestfjell HF", "member")]


def test_a_praksiskonsulent_serves_the_clinic_in_brackets():
    # (s67a) "PKO" is the job (a GP working for the hospital), the clinic whom he serves
    assert _people("Til stede: Henrik Vold (PKO, medisinsk klinikk), Silje Aakre (PKO, "
                   "kirurgisk klinikk)") == [("Henrik Vold", "medisinsk klinikk", "member"),
                                            ("Silje Aakre", "kirurgisk klinikk", "member")]


def test_a_seat_row_of_a_side_table_keeps_the_organisation_in_brackets():
    # (s67a) a two-column table of sides: "Brukerrepresentanter | Tove Nyland
    # (Brukerutvalget)", "KS | Mette Holm (KS Agder)" read as the labels' lines do
    text = ("# Protokoll fra partnerskapsmøtet\n\nDato: 27.11.2025\n\n"
            "| Fra kommunene | Kari Lind (Kongsberg kommune, leder) |\n|---|---|\n"
            "| Brukerrepresentanter | Tove Nyland (Brukerutvalget) |\n"
            "| KS | Mette Holm (KS Agder) |\n\n## Sak 1/25 Godkjenning\n\nGodkjent.\n")
    people = parse_bytes(text.encode(), "p.md").participants
    assert [(p.name, p.organization) for p in people] == [
        ("Kari Lind", "Kongsberg kommune"), ("Tove Nyland", "Brukerutvalget"),
        ("Mette Holm", "KS Agder")]
@pytest.mark.parametrize("gap", ["", "\n"])
def test_a_lone_one_line_group_over_running_text_opens_the_list_and_ends_there(gap):
    # (s67g) "Frå Ål kommune: Kari Moe" under the head, running text right under it: the
    # one side's person, and the sentence after it names no one
    text = ("Referat frå møte i styringsgruppa\n\nDato: 3. april 2025\nStad: Teams\n\n"
            f"Frå Ål kommune: Kari Moe\n{gap}Møtet vart halde digitalt fordi fleire hadde "
            "lang reiseveg.\n\n1. Status\nKari Moe orienterte om arbeidet.\n")
    people = parse_bytes(text.encode(), "p.txt").participants
    assert [(p.name, p.organization, p.role, p.attendance) for p in people] == [
        ("Kari Moe", "Ål kommune", "member", "present")]


@pytest.mark.parametrize(("written", "org"), [
    ("Per Storm, fylkesbibliotekar (Vestfold fylkesbibliotek)", "Vestfold fylkesbibliotek"),
    ("Ola Dahl, kulturskolerektor (Sande kommune)", "Sande kommune"),
    ("Kari Li, konservator (Valdresmusea)", "Valdresmusea"),
    ("Eva Lund, fylkeskonservator, Agder fylkeskommune", "Agder fylkeskommune"),
])
def test_a_culture_job_holding_an_organisations_word_is_no_organisation(written, org):
    # (s67l) "fylkesbibliotekar" holds "fylke", "kulturskolerektor" "skole": jobs, and the
    # bracket or the part after them names whom the person represents
    text = ("Referat fra møte i biblioteknettverket\n\nDato: 12. mars 2025\n\n"
            f"Til stede:\n- Hanne Brekke (Larvik bibliotek)\n- {written}\n\n"
            "1. Eventuelt\nIngen saker.\n")
    people = parse_bytes(text.encode(), "p.md").participants
    assert people[-1].organization == org


def test_a_culture_cooperations_member_institutions_are_members():
    # (s67l) "Frå musea:" lists the museums of a museum cooperation as "Frå kommunane:"
    # lists a regionråd's municipalities: members, not guests
    text = ("Referat frå møte i styringsgruppa\n\nDato: 18. juni 2025\n\n"
            "Til stades:\nFrå musea: Guri Haugen, museumsdirektør Valdresmusea\n"
            "Frå kommunane: Ingrid Søbstad, Nord-Aurdal kommune (leiar)\n\n"
            "1. Eventuelt\nIngen saker.\n")
    roles = {p.name: p.role for p in parse_bytes(text.encode(), "p.txt").participants}
    assert roles == {"Guri Haugen": "member", "Ingrid Søbstad": "chair"}


def test_a_referent_after_a_partners_group_is_none_of_the_partners_people():
    # (s67l) "Frå fylkeskommunen:" names the partner's people; the "Referent:" line under
    # it names the meeting's own writer, who takes no "fylkeskommunen" from it (the staff's
    # "Fra kommunen:" above a "Sekretær:" is another matter: the municipality's own staff)
    text = ("Referat frå møte i styringsgruppa\n\nDato: 18. juni 2025\n\n"
            "Til stades:\nFrå kommunane: Ingrid Søbstad, Nord-Aurdal kommune (leiar)\n"
            "Frå fylkeskommunen: Anne Rogne, Innlandet fylkeskommune\n\n"
            "Referent: Siri Fosse\n\n1. Eventuelt\nIngen saker.\n")
    people = {p.name: p for p in parse_bytes(text.encode(), "p.txt").participants}
    assert people["Anne Rogne"].organization == "Innlandet fylkeskommune"
    assert (people["Siri Fosse"].role, people["Siri Fosse"].organization) == ("secretary", None)


def test_a_digitalisation_cooperation_after_the_job_is_whom_the_secretary_represents():
    # (s67k) "Digi Sunnhordland (referent)" reads like a name with a role, but "Digi" is no
    # one's name: the person before it, her job, then the cooperation
    text = ("Referat frå møte i styringsgruppa\n\nDato: 2. oktober 2025\n\nTil stades:\n"
            "Håkon Vikse, kommunedirektør, Stord kommune (leiar)\n"
            "Sindre Mjelde, digitaliseringsleiar, Digi Sunnhordland (referent)\n\n"
            "Sak 18/25 Eventuelt\nIngen saker.\n")
    people = parse_bytes(text.encode(), "r.txt").participants
    assert [(p.name, p.organization, p.role) for p in people] == [
        ("Håkon Vikse", "Stord kommune", "chair"),
        ("Sindre Mjelde", "Digi Sunnhordland", "secretary")]


def test_an_english_chiefs_initials_before_i_are_a_job_not_the_organisation():
    # (s67k) "CISO i IKT Nordhordland", as "rådgiver i IKT Nordhordland" is read
    text = ("Referat fra driftsstyret\n\nDato: 11. september 2025\n\nDeltakere:\n"
            "Marianne Fosse, Alver (leder)\nLinda Storheim, CISO i IKT Nordhordland\n\n"
            "1. Eventuelt\nIngen saker.\n")
    people = {p.name: p for p in parse_bytes(text.encode(), "r.txt").participants}
    assert people["Linda Storheim"].organization == "IKT Nordhordland"


def test_a_company_column_beside_the_municipalities_is_whom_each_represents():
    # (s67k) an IT cooperation's "NAMN | KOMMUNE / SELSKAP | ROLLE" table
    text = ("# Referat frå fagleg forum\n\n**Møtedato:** 19.11.2025\n\n"
            "| NAMN | KOMMUNE / SELSKAP | ROLLE |\n|---|---|---|\n"
            "| Gro Fimreite (møteleiar) | Sogndal kommune | IKT-sjef |\n"
            "| Audun Tenold | Leikanger IKT | nettverksansvarleg |\n\n"
            "## 1. Eventuelt\n\nIngen saker.\n")
    people = parse_bytes(text.encode(), "r.md").participants
    assert [(p.name, p.organization) for p in people] == [
        ("Gro Fimreite", "Sogndal kommune"), ("Audun Tenold", "Leikanger IKT")]


def test_a_department_in_brackets_after_the_organisation_is_part_of_it():
    # "Statsforvalteren i Innlandet (landbruksavdelingen)": whom she represents, as
    # written, as an organisation cell keeps it; a seat in brackets is still a role
    text = ("Referat frå møte i landbruksnettverket\n\nDato: 2. april 2025\n\nTil stades:\n"
            "Guri Nes, Statsforvalteren i Innlandet (landbruksavdelingen)\n"
            "Tor Hå, Sel kommune (helseavdelinga)\nOla Ek, Sel kommune (leiar)\n\n"
            "Sak 1/25 Godkjenning av innkalling\nGodkjent.\n")
    people = parse_bytes(text.encode(), "referat.txt").participants
    assert [(p.name, p.organization, p.role) for p in people] == [
        ("Guri Nes", "Statsforvalteren i Innlandet (landbruksavdelingen)", "member"),
        ("Tor Hå", "Sel kommune (helseavdelinga)", "member"),
        ("Ola Ek", "Sel kommune", "chair"),
    ]


def test_the_signers_under_protokollen_er_godkjent_av_are_named_again_not_listed():
    # (s67m) a case system's cover: "Protokollen er godkjent av:" over the signers' names
    # on one line, then the table of contents; neither is a person of the group above
    text = ("Møteprotokoll\nUtvalg: Regionrådet\nDato: 27.11.2025\n"
            "Faste medlemmer som møtte:\nNavn Funksjon Representerer\n"
            "Anders Kleppe Leder Heimdal kommune\nSissel Rudningen Medlem Gjervik kommune\n"
            "Fra administrasjonen møtte:\nNavn Stilling\nEva Slåtta Rådgiver/referent\n"
            "Protokollen er godkjent av:\nAnders Kleppe Sissel Rudningen\n"
            "Saksnr Innhold Side\nPS 29/25 Godkjenning av innkalling og saksliste 2\n\n"
            "PS 29/25 Godkjenning av innkalling og saksliste\nInnkallingen ble godkjent.\n")
    names = [name for name, *_ in _people_of(text)]
    assert names[:2] == ["Anders Kleppe", "Sissel Rudningen"]
    assert not any(("Sissel R" in name and "Anders" in name) or "Saksnr" in name
                   for name in names)


def _present_people(lines: str) -> list[tuple[str, str | None, str | None, str, str | None]]:
    """The people of a short invented nynorsk minutes whose "Til stades:" list is
    ``lines``: (name, organisation, role, attendance, note) each."""
    text = ("Referat frå møte i prosjektgruppa for felles arkiv\n\nDato: 12.10.2026\n\n"
            f"Til stades:\n{lines}\n\nSak 1/26 Godkjenning av innkalling\nGodkjend.\n")
    return [(p.name, p.organization, p.role, p.attendance, p.note)
            for p in parse_bytes(text.encode(), "referat.txt").participants]


def test_a_job_at_a_place_after_the_dash_gives_the_place_as_organisation():
    # (s68e) "Per Dahl – rådgjevar i Fylkeskommunen" reads as "Per Dahl, rådgjevar i
    # Fylkeskommunen" does: the job is no organisation, the place after "i"/"ved" is
    assert _present_people("Per Dahl – rådgjevar i Fylkeskommunen\n"
                           "Kari Lund – rådgiver i Vestland fylkeskommune\n"
                           "Tor Hauge, rådgiver i Bømlo kommune\n"
                           "Eli Sæle – seniorrådgiver ved Høgskulen på Vestlandet") == [
        ("Per Dahl", "Fylkeskommunen", "member", "present", None),
        ("Kari Lund", "Vestland fylkeskommune", "member", "present", None),
        ("Tor Hauge", "Bømlo kommune", "member", "present", None),
        ("Eli Sæle", "Høgskulen på Vestlandet", "member", "present", None),
    ]


def test_a_department_in_brackets_after_a_dashed_organisation_is_part_of_it():
    # (s68e) "Ola Berg – Stord kommune (landbruksavdelingen)": the organisation with its
    # department, as written, as "Ola Berg, Stord kommune (landbruksavdelingen)" reads
    # (a unit of more words is left out, as after a comma: the organisation is whom)
    assert _present_people("Ola Berg – Stord kommune (landbruksavdelingen)\n"
                           "Ane Lie, Stord kommune (landbruksavdelingen)\n"
                           "Siv Rød – Bømlo kommune (teknisk avdeling)\n"
                           "Eli Sund, Bømlo kommune (teknisk avdeling)") == [
        ("Ola Berg", "Stord kommune (landbruksavdelingen)", "member", "present", None),
        ("Ane Lie", "Stord kommune (landbruksavdelingen)", "member", "present", None),
        ("Siv Rød", "Bømlo kommune", "member", "present", None),
        ("Eli Sund", "Bømlo kommune", "member", "present", None),
    ]


def test_a_job_with_its_field_after_for_is_followed_by_the_organisation():
    # (s68e) "leder for tjenestedesign, DigiØstfold": the job and what it is for, then
    # whom she represents, as after "rådgiver, DigiØstfold"
    assert _present_people("Siri Moe, leder for tjenestedesign, DigiØstfold\n"
                           "Geir Dal, rådgiver innen digitalisering, Marker kommune") == [
        ("Siri Moe", "DigiØstfold", "member", "present", None),
        ("Geir Dal", "Marker kommune", "member", "present", None),
    ]


def test_a_hired_consultant_is_recorded_with_the_organisation_after_the_dash():
    # (s68e) "arkivkonsulent (innleid fra Arkivråd AS) – Valdres IKT": the firm he is hired
    # from says how he works; the list's organisation is whom he is there for
    assert _present_people("Tobias Ek – arkivkonsulent (innleid fra Arkivråd AS) – Valdres IKT\n"
                           "Mona Ask (innleigd frå Fjordkonsult AS) – Sogn IKT") == [
        ("Tobias Ek", "Valdres IKT", "member", "present", None),
        ("Mona Ask", "Sogn IKT", "member", "present", None),
    ]


def test_from_an_item_then_came_at_a_time_is_one_note_as_written():
    # (s68e) "frå sak 3, kom kl. 10.15": both clauses are the note, as "kom kl. 10.15,
    # frå sak 3" keeps both
    assert _present_people("Liv Haug – Tysnes kommune, frå sak 3, kom kl. 10.15\n"
                           "Per Rud, Fitjar kommune, fra sak 2, kom kl. 09.40") == [
        ("Liv Haug", "Tysnes kommune", "member", "partial", "frå sak 3, kom kl. 10.15"),
        ("Per Rud", "Fitjar kommune", "member", "partial", "fra sak 2, kom kl. 09.40"),
    ]


def test_fraafall_as_a_table_column_marks_those_away():
    # (s68e) nynorsk "Fråfall" heads the column of those away, as "Forfall" does
    text = ("Referat frå møte i faggruppa for landbruk\n\nDato: 12.10.2026\n\n"
            "| Kommune | Møtt | Fråfall |\n|---|---|---|\n| Stord | Geir Nes | Eva Sand |\n\n"
            "## Sak 1/26 Godkjenning av innkalling\n\nGodkjend.\n")
    people = parse_bytes(text.encode(), "referat.md").participants
    assert [(p.name, p.organization, p.attendance) for p in people] == [
        ("Geir Nes", "Stord", "present"), ("Eva Sand", "Stord", "absent")]


def test_fraafall_as_a_label_and_after_a_dash_marks_those_away():
    # (s68e) "Fråfall: Name (Org)" and "Name – meldt fråfall", as "Forfall:" is read
    assert _present_people("Ola Berg, Stord kommune\nGro Ness – Etne kommune – meldt fråfall\n"
                           "Siv Aa, Fitjar kommune, hadde meldt fråfall\n\n"
                           "Fråfall: Geir Nes (Kvinnherad kommune)") == [
        ("Ola Berg", "Stord kommune", "member", "present", None),
        ("Gro Ness", "Etne kommune", "member", "absent", None),
        ("Siv Aa", "Fitjar kommune", "member", "absent", None),
        ("Geir Nes", "Kvinnherad kommune", "member", "absent", None),
    ]


@pytest.mark.parametrize("line", [
    "Gunn Tveito – rådgjevar i Statsforvaltaren i Vestland deltok under sak 15/26.",
    "Gunn Tveito – Statsforvaltaren i Vestland deltok under sak 15/26.",
    "Gunn Tveito, rådgjevar i Statsforvaltaren i Vestland, deltok under sak 15/26.",
])
def test_a_visitor_set_off_by_a_dash_comes_from_the_organisation_after_it(line):
    # (s68e) the dash sets off her job at a place, or the place, as commas do
    text = ("Referat frå møte i faggruppe landbruk\n\nDato: 24.09.2026\n\n"
            f"Til stades: Ola Nes (Kvam), Kari Li (Ulvik)\n\n{line}\n\n"
            "Sak 14/26 Godkjenning\nGodkjent.\n")
    people = parse_bytes(text.encode(), "referat.txt").participants
    assert [(p.name, p.organization, p.attendance, p.note) for p in people][2:] == [
        ("Gunn Tveito", "Statsforvaltaren i Vestland", "partial", "deltok under sak 15/26")]
def test_an_adjective_and_a_job_in_brackets_is_no_organisation():
    # (s68c) "(psykiatrisk sjukepleiar)": the group's municipality is whom she represents
    text = ("Referat frå nettverksmøte\n\nDato: 2. april 2025\n\nDeltakarar:\n"
            "Alver kommune: Kari Holm, Frode Dale (psykiatrisk sjukepleiar)\n"
            "Fedje kommune: Per Dahl (klinisk psykolog)\n\n"
            "Sak 1/25 Eventuelt\nIngen saker.\n")
    people = parse_bytes(text.encode(), "r.txt").participants
    assert [(p.name, p.organization) for p in people] == [
        ("Kari Holm", "Alver kommune"), ("Frode Dale", "Alver kommune"),
        ("Per Dahl", "Fedje kommune")]


def test_an_interpreter_by_job_beside_her_municipality_is_a_member():
    # (s68c) "– tolk – Larvik kommune" in a settlement network: the municipality's own
    # interpreter in its seat; one serving the meeting stands alone ("Tolk: Omar Said")
    text = ("Referat fra møte i Bosettingsnettverket\n\nDato: 11.11.2025\n\nTil stede:\n"
            "Ingrid Thorsen – programrådgiver – Tønsberg kommune (møteleder)\n"
            "Leila Ahmadi – tolk – Larvik kommune\n"
            "Nils Erik Holt – NAV-leder – NAV Horten\n"
            "Amir Zadeh, tolk, Horten kommune\n"
            "Tolk: Omar Said\n\nSak 1 Eventuelt\nIngen saker.\n")
    people = parse_bytes(text.encode(), "r.txt").participants
    assert [(p.name, p.role) for p in people] == [
        ("Ingrid Thorsen", ParticipantRole.CHAIR), ("Leila Ahmadi", ParticipantRole.MEMBER),
        ("Nils Erik Holt", ParticipantRole.MEMBER), ("Amir Zadeh", ParticipantRole.MEMBER),
        ("Omar Said", ParticipantRole.GUEST)]
# (s68h) general meetings and owners' meetings of companies the municipalities own

def test_a_general_meetings_shareholders_in_its_first_item_are_its_members():
    # the roll is taken in item 1, "X kommune ved ordfører Y" with the shares after a gap;
    # "I tillegg møtte …" below the count names guests
    text = ("Protokoll fra ordinær generalforsamling i Elvekraft AS\n\n"
            "1. Åpning av møtet og opptak av fortegnelse over møtende aksjeeiere\n"
            "Styreleder Åse Brun åpnet møtet.\n"
            "Følgende aksjeeiere var representert:\n"
            "Nordby kommune ved ordfører Kari Holm      600 aksjer/stemmer\n"
            "Sørby kommune ved fullmakt til Per Lie    400 aksjer/stemmer\n"
            "Til sammen var alle aksjene representert.\n"
            "I tillegg møtte daglig leder Ola Dahl.\n\n"
            "2. Valg av møteleder\nÅse Brun ble valgt som møteleder.\n")
    assert [(name, org, role) for name, org, role, *_ in _people_of(text)] == [
        ("Åse Brun", None, "chair"),
        ("Kari Holm", "Nordby kommune", "member"),
        ("Per Lie", "Sørby kommune", "member"),
        ("Ola Dahl", None, "guest"),
    ]


@pytest.mark.parametrize(("line", "name", "organization"), [
    ("Nordby kommune ved ordfører Kari Holm 600 aksjer/stemmer", "Kari Holm", "Nordby kommune"),
    ("Nordby kommune ved Kari Holm (300 aksjar)", "Kari Holm", "Nordby kommune"),
])
def test_an_owners_shares_after_whom_it_sent_are_no_part_of_the_entry(line, name, organization):
    [entry] = parse_people_list(line, ParticipantRole.MEMBER, Attendance.PRESENT)
    assert (entry.name, entry.organization) == (name, organization)


@pytest.mark.parametrize("line", [
    "Kari Holm (Vik) og Astrid Bleie med fullmakt frå Ulvik kommune.",
    "Kari Holm (Vik) og kommunedirektør Astrid Bleie, som hadde fullmakt fra Ulvik kommune.",
])
def test_a_proxy_represents_the_owner_who_gave_it(line):
    # the owner is whom she speaks for; she votes for it, a member whatever her job
    found = parse_people_list(line, ParticipantRole.MEMBER, Attendance.PRESENT)
    assert [(e.name, e.organization, e.role) for e in found] == [
        ("Kari Holm", "Vik", ParticipantRole.MEMBER),
        ("Astrid Bleie", "Ulvik kommune", ParticipantRole.MEMBER)]


def test_owners_represented_ved_in_a_sentence_are_a_list():
    text = ("Referat fra eiermøte i Fjordvarme AS\n\nDato: 4. mars 2026\n\n"
            "Eierkommunene var representert ved ordfører Kari Holm (Vik) og varaordfører\n"
            "Per Lie (Sand).\n\n"
            "Sak 1 Konstituering\nKari Holm ble valgt til møteleder.\n")
    assert [(name, org, role) for name, org, role, *_ in _people_of(text)] == [
        ("Kari Holm", "Vik", "chair"), ("Per Lie", "Sand", "member")]


def test_a_shareholders_table_in_the_first_item_is_a_presence_table():
    # "Aksjeeigar | Representert ved | Aksjar/røyster": the shares column makes it one; an
    # owner "ikkje representert" sent no one
    document = docx.Document()
    document.add_paragraph("Protokoll frå ordinær generalforsamling i Fjordhage AS")
    document.add_paragraph("1. Opning og registrering av møtande aksjeeigarar")
    document.add_paragraph("Følgjande aksjeeigarar var representerte:")
    rows = [("Aksjeeigar", "Representert ved", "Aksjar/røyster"),
            ("Vik kommune", "ordførar Kari Holm", "300"),
            ("Sand kommune", "ikkje representert", "100")]
    table = document.add_table(rows=3, cols=3)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            fill_cell(table.cell(r, c), [value])
    document.add_paragraph("Totalt var 300 aksjar representerte. I tillegg møtte dagleg "
                           "leiar Ola Dahl.")
    document.add_paragraph("2. Val av møteleiar")
    document.add_paragraph("Kari Holm vart vald til møteleiar.")
    people = parse_bytes(docx_bytes(document), "gf.docx").participants
    assert [(p.name, p.organization, p.role) for p in people] == [
        ("Kari Holm", "Vik kommune", "chair"), ("Ola Dahl", None, "guest")]


def test_a_proxy_in_a_note_column_came_for_the_member():
    found = parse_people_list("Siri Bortelid (Møtte ved fullmakt for Arne Lie)",
                              ParticipantRole.MEMBER, Attendance.PRESENT)
    assert [(e.name, e.attendance, e.note) for e in found][:1] == [
        ("Siri Bortelid", Attendance.PRESENT, "for Arne Lie")]


def test_a_title_before_a_place_named_with_og_then_a_dash_note():
    [entry] = parse_people_list("Ingrid Holt, varaordfører Nore og Uvdal kommune – deltok fra "
                                "punkt 2", ParticipantRole.MEMBER, Attendance.PRESENT)
    assert (entry.organization, entry.attendance, entry.note) == (
        "Nore og Uvdal kommune", Attendance.PARTIAL, "deltok fra punkt 2")
def _agency_people(attendance: str) -> list[tuple[str, str | None, str | None]]:
    """The participants of a short txt minutes with the given attendance lines."""
    text = f"Referat fra møte i Vegforum Nord\n\nDato: 4. mars 2026\n\n{attendance}\n\n" \
        "1. Godkjenning\nGodkjent.\n"
    return [(p.name, p.organization, p.role)
            for p in parse_bytes(text.encode(), "referat.txt").participants]


def test_a_road_after_a_job_is_the_project_not_the_organisation():
    # (s68a) "prosjektleder Fv. 44", "prosjektleder E6, Nye Veier": a road number names the
    # project the job is for; whom the person represents is the group's or the one after it
    people = _agency_people("Til stede:\nStatens vegvesen: Eli Lund (seksjonsleder), "
                            "Per Vik (prosjektleder Fv. 44)\n"
                            "Kari Holm, prosjektleder E6, Nye Veier")
    assert [org for _name, org, _role in people] == [
        "Statens vegvesen", "Statens vegvesen", "Nye Veier"]


def test_an_agencys_unit_in_a_group_label_is_part_of_the_organisation():
    # (s68a) "Agder fylkeskommune (samferdsel):", "Nordby fylkeskommune, Mobilitet og
    # kollektivtransport:": the department belongs to whom the people represent
    people = _agency_people("Til stede:\nAgder fylkeskommune (samferdsel): Eva Ås (møteleder), "
                            "Siv Ek\nNordby fylkeskommune, Mobilitet og kollektivtransport: Tor Li")
    assert people == [
        ("Eva Ås", "Agder fylkeskommune (samferdsel)", "chair"),
        ("Siv Ek", "Agder fylkeskommune (samferdsel)", "member"),
        ("Tor Li", "Nordby fylkeskommune, Mobilitet og kollektivtransport", "member")]
@pytest.mark.parametrize(("line", "org", "note"), [
    ("Ove Dale, Bergen Havn", "Bergen Havn", None),
    ("Lene Fosse, Sparebanken Vest", "Sparebanken Vest", None),
    ("Arne Li, Sunnfjord Energi", "Sunnfjord Energi", None),
    ("Arild Moe, Tine Sør-Vest, frå sak 3", "Tine Sør-Vest", "frå sak 3")])
def test_a_partnership_s_firm_after_the_name_is_whom_the_person_represents(line, org, note):
    # (s68b) a climate partnership lists one "Name, Firm" a line: a harbour, a savings
    # bank, an energy firm or one named by its part of the country is no second person,
    # also with the note of when the person came after it
    found = parse_people_list(line, ParticipantRole.MEMBER, Attendance.PRESENT)
    assert [(e.name, e.organization, e.note) for e in found] == [
        (line.split(",")[0], org, note)]


def test_two_people_and_a_note_stay_two_people():
    found = parse_people_list("Kari Holm, Per Dahl, frå sak 3", ParticipantRole.MEMBER,
                              Attendance.PRESENT)
    assert [(e.name, e.note) for e in found] == [("Kari Holm", None), ("Per Dahl", "frå sak 3")]


def test_the_leader_of_the_partnership_chairs_it():
    found = parse_people_list("Kristine Haugen, BKK – leiar av partnarskapet",
                              ParticipantRole.MEMBER, Attendance.PRESENT)
    assert [(e.name, e.organization, e.role) for e in found] == [
        ("Kristine Haugen", "BKK", ParticipantRole.CHAIR)]


def test_a_planning_forum_s_municipalities_bring_their_cases_as_guests():
    # (s68b) the forum is the county's and the agencies' advice on plans: those from a
    # municipality, even under "Frå kommunane:", come to present their plans
    text = ("Referat frå regionalt planforum\n\nDato: 5. mars 2026\n\nDeltakarar:\n"
            "Statsforvaltaren: Ragnhild Eide\nFrå kommunane:\nHareid kommune: Tove Grimstad\n\n"
            "Sak 1/26 Godkjenning\nGodkjent.\n")
    people = parse_bytes(text.encode(), "referat.txt").participants
    assert [(p.name, p.role) for p in people] == [
        ("Ragnhild Eide", ParticipantRole.MEMBER), ("Tove Grimstad", ParticipantRole.GUEST)]


def test_a_writer_s_label_after_the_chair_s_sentence_keeps_her_job_s_place_and_order():
    # (s68j) "X ledet møtet. Referent: Y, job i Z." in one paragraph between the lists: Y
    # wrote the minutes for Z, and comes before the absence list below
    text = ("Referat fra Næringsforum Vesterøy\n\nMøtedato: 10.12.2025\n\n"
            "Til stede: Kari Sand (Vesterøy kommune) og Ola Dal (Vesterøy Camping).\n"
            "Kari Sand ledet møtet. Referent: Per Lie, næringsrådgiver i Vesterøy kommune.\n"
            "Forfall: Eva Berg\n\nSak 1/25 Godkjenning\nGodkjent.\n")
    people = parse_bytes(text.encode(), "forum.txt").participants
    assert [(p.name, p.organization, p.role) for p in people] == [
        ("Kari Sand", "Vesterøy kommune", "chair"), ("Ola Dal", "Vesterøy Camping", "member"),
        ("Per Lie", "Vesterøy kommune", "secretary"), ("Eva Berg", None, "member")]
# (s68m) agencies and jobs in transport and welfare bodies' attendance lists

def _people(text: str) -> list[tuple[str, str | None, ParticipantRole | None]]:
    people = parse_bytes(text.encode(), "referat.txt").participants
    return [(p.name, p.organization, p.role) for p in people]


def test_the_road_agencys_job_in_a_table_of_jobs_is_a_members_and_a_visitors_among_seats():
    # a traffic forum's table gives jobs: the road agency is one of its parties; a table
    # whose other rows name seats ("medlem", "vara") makes a job there a visitor's
    head = "Referat frå Trafikkforum Vest\n\nDato: 3. mars 2026\n\n"
    rows = ("| Ola Lie | Statens vegvesen | trafikkplanleggjar |\n"
            "| Siv Dale | Nes kommune | {seat} |\n")
    tail = "\nSak 1/26 Eventuelt\nIngen saker.\n"
    table = "| Namn | Organisasjon | Rolle |\n|---|---|---|\n"
    jobs = _people(head + table + rows.format(seat="rådgjevar") + tail)
    seats = _people(head + table + rows.format(seat="medlem") + tail)
    assert jobs[0] == ("Ola Lie", "Statens vegvesen", ParticipantRole.MEMBER)
    assert seats[0] == ("Ola Lie", "Statens vegvesen", ParticipantRole.GUEST)


def test_the_agencies_group_below_the_members_list_are_guests():
    text = ("Protokoll – Trafikkutvalget\n\nMøtedato: 12.02.2026\n\n"
            "Medlemmer til stede:\nKari Holm, Gol kommune\nPer Dal, Ål kommune\n"
            "Fra etatene:\nEva Lund, Statens vegvesen, seksjonsleder\n"
            "Forfall:\nTor Ask, Nes kommune\n\nPS 1/26 Eventuelt\nIngen saker.\n")
    assert _people(text) == [
        ("Kari Holm", "Gol kommune", ParticipantRole.MEMBER),
        ("Per Dal", "Ål kommune", ParticipantRole.MEMBER),
        ("Eva Lund", "Statens vegvesen", ParticipantRole.GUEST),
        ("Tor Ask", "Nes kommune", ParticipantRole.MEMBER)]


def test_a_one_word_company_before_a_job_is_whom_she_works_for():
    # as "Name, X kommune, rådgiver": the job after it says the word is no second person
    entries = parse_line("Linn Moe, Skyss, rutesjef", ParticipantRole.MEMBER,
                         Attendance.PRESENT, None)
    assert [(e.name, e.organization) for e in entries] == [("Linn Moe", "Skyss")]


def test_an_interpreter_by_job_in_the_middle_of_a_comma_list_is_a_member():
    entries = parse_line("Kari Holm, Gol kommune, Amir Zadeh, tolk, Ål kommune, "
                         "Ola Dal, Nes kommune", ParticipantRole.MEMBER, Attendance.PRESENT,
                         None)
    assert [(e.name, e.organization, e.role) for e in entries] == [
        ("Kari Holm", "Gol kommune", ParticipantRole.MEMBER),
        ("Amir Zadeh", "Ål kommune", ParticipantRole.MEMBER),
        ("Ola Dal", "Nes kommune", ParticipantRole.MEMBER)]


def test_fra_after_two_people_each_with_a_job_is_the_last_ones_alone():
    # "daglig leder X og revisor Y fra Z": the auditor's firm; "X og Y fra Z" share it
    each = parse_line("daglig leder Ola Vik og revisor Kari Li fra Revisjon Øst IKS",
                      ParticipantRole.GUEST, Attendance.PRESENT, None)
    both = parse_line("Ola Vik og Kari Li fra Revisjon Øst IKS",
                      ParticipantRole.GUEST, Attendance.PRESENT, None)
    assert [(e.name, e.organization) for e in each] == [
        ("Ola Vik", None), ("Kari Li", "Revisjon Øst IKS")]
    assert [(e.name, e.organization) for e in both] == [
        ("Ola Vik", "Revisjon Øst IKS"), ("Kari Li", "Revisjon Øst IKS")]
def test_an_agency_and_its_district_after_a_comma_are_one_organisation():
    # "Politiet, Vest politidistrikt": the part of the police the person serves in, as
    # written (in a line after the job, and in brackets after it)
    people = _listed("Til stede:\nOla Rud, politistasjonssjef, Politiet, Vest politidistrikt\n"
                     "Eva Lie, Sivilforsvaret, Nordfjell sivilforsvarsdistrikt\n"
                     "Per Moen (lensmann, Politiet, Sør-Øst politidistrikt)")
    assert [(p[0], p[1]) for p in people] == [
        ("Ola Rud", "Politiet, Vest politidistrikt"),
        ("Eva Lie", "Sivilforsvaret, Nordfjell sivilforsvarsdistrikt"),
        ("Per Moen", "Politiet, Sør-Øst politidistrikt")]


@pytest.mark.parametrize("words", ["leder av kriseledelsen", "kommunedirektør, leder av "
                                   "kriseledelsen", "leiar av kriseleiinga"])
def test_the_leader_of_the_crisis_management_is_the_chair(words):
    people = _listed(f"Til stede: Randi Foss ({words}), Mette Steen (kommuneoverlege)")
    assert (people[0][0], people[0][2]) == ("Randi Foss", ParticipantRole.CHAIR)


@pytest.mark.parametrize("rank", ["kaptein", "major", "oberstløytnant"])
def test_an_officers_rank_after_the_name_leaves_the_home_guard_district(rank):
    # "Arve Lid, kaptein, HV-09": the rank is a job title, the Home Guard district whom
    # the officer represents
    people = _listed(f"Til stede:\nArve Lid, {rank}, HV-09\nKari Sveio, Sveio kommune")
    assert [(p[0], p[1]) for p in people] == [("Arve Lid", "HV-09"),
                                             ("Kari Sveio", "Sveio kommune")]


def test_a_health_cooperation_s_table_has_the_trust_beside_the_municipalities():
    # (s69a) "KOMMUNE / HF": whom each represents, a hospital trust or a municipality
    text = ("Referat frå e-helseforum Midtfjord\n\nDato: 11.03.2026\n\nTil stades:\n"
            "NAMN\tKOMMUNE / HF\tFUNKSJON\nAnne Vik (møteleiar)\tNordby kommune\tkommunalsjef\n"
            "Per Lid\tHelse Midtfjord HF\tPKO\n\n"
            "1. Godkjenning av innkalling\nInnkallinga vart godkjend.\n")
    people = parse_bytes(text.encode(), "forum.txt").participants
    assert [(p.name, p.organization, p.role) for p in people] == [
        ("Anne Vik", "Nordby kommune", ParticipantRole.CHAIR),
        ("Per Lid", "Helse Midtfjord HF", ParticipantRole.MEMBER)]


def test_the_meeting_role_after_the_organisation_in_a_name_and_organisation_table():
    # (s69a) "Grimstad kommune, referent": the organisation, then the role after its comma
    text = ("Referat fra nettverksmøte\n\nDato: 28.01.2026\n\nTil stede\n"
            "Siri Dal\tNordby kommune, leder av nettverket\nOla Berg\tSørby kommune\n"
            "Rolf Moe\tVestby kommune, referent\n\n"
            "1. Godkjenning av innkalling\nInnkallingen ble godkjent.\n")
    people = parse_bytes(text.encode(), "nettverk.txt").participants
    assert [(p.name, p.organization, p.role) for p in people] == [
        ("Siri Dal", "Nordby kommune", ParticipantRole.CHAIR),
        ("Ola Berg", "Sørby kommune", ParticipantRole.MEMBER),
        ("Rolf Moe", "Vestby kommune", ParticipantRole.SECRETARY)]


def test_a_hospital_trust_with_a_small_word_before_a_partial_sentence_s_verb():
    # (s69a) "fra Sørlandet sykehus HF deltok …": the trust's form after its small word
    text = ("Referat fra nettverksmøte\n\nDato: 28.01.2026\n\nTil stede: Siri Dal (Nordby "
            "kommune), Ola Berg (Sørby kommune)\n\nIngrid Lie fra Vestlandet sykehus HF "
            "deltok under sak 3.\n\n1. Godkjenning av innkalling\nInnkallingen ble godkjent.\n")
    people = parse_bytes(text.encode(), "nettverk.txt").participants
    ingrid = people[-1]
    assert (ingrid.name, ingrid.organization, ingrid.attendance, ingrid.note) == (
        "Ingrid Lie", "Vestlandet sykehus HF", Attendance.PARTIAL, "deltok under sak 3")
@pytest.mark.parametrize("job", ["skolefaglig ansvarlig", "skulefagleg ansvarleg",
                                 "barnehagefaglig ansvarlig"])
def test_a_municipalitys_school_officer_is_a_job_before_the_municipality(job):
    # "Kari Bø, skolefaglig ansvarlig, Hol kommune (leder)": the job, then whom she sits for
    people = _listed(f"Til stede:\nKari Bø, {job}, Hol kommune (leder)\nOla Lien, Ål kommune")
    assert [(p[0], p[1], p[2]) for p in people] == [
        ("Kari Bø", "Hol kommune", ParticipantRole.CHAIR),
        ("Ola Lien", "Ål kommune", ParticipantRole.MEMBER)]


@pytest.mark.parametrize(("lines", "org"), [
    # the school, then the municipality that owns it: the principal sits for the owner
    ("Til stede:\nIngrid Li, rektor ved Flå skole, Flå kommune", "Flå kommune"),
    # the owner as the group's heading over her line
    ("Møtande medlemer:\nTysnes kommune: Synnøve Ek, rektor ved Tysnes skule", "Tysnes kommune"),
    # with no owner named the school is whom she comes from
    ("Til stede:\nIngrid Li, rektor ved Flå skole", "Flå skole"),
    # (s72k) the owner by the municipality's name alone after the unit it runs, as the
    # municipalities' group reads its other members ("Nordby kommune")
    ("Kommunene:\nNina Ek, rektor ved Storgata voksenopplæring, Hvaler", "Hvaler"),
    ("Til stede:\nIngrid Li, rektor ved Moen skole, Nord-Aurdal", "Nord-Aurdal"),
    # (but not a county's upper secondary school, whose place is only where it stands)
    ("Til stede:\nIngrid Li, rektor ved Moen videregående skole, Tolga",
     "Moen videregående skole")])
def test_a_principal_at_a_school_sits_for_the_municipality_the_list_names(lines, org):
    assert _listed(lines)[0][1] == org
def test_a_job_in_a_department_gives_the_organisation_the_line_or_heading_names():
    # (s69e) a department alone is no organisation ("rådgjevar i samhandlingsavdelinga"),
    # but the organisation after it, in the bracket or over the group is whom she represents
    assert _present_people("Gro Nes – rådgjevar i samhandlingsavdelinga\n"
                           "Kari Lie (rådgjevar i samhandlingsavdelinga, Helse Førde)\n"
                           "Eli Moe, seniorrådgiver i helseavdelingen i Nordby kommune\n"
                           "Frå Helse Fonna:\n"
                           "Siv Tveit – rådgjevar i fagavdelinga") == [
        ("Gro Nes", None, "member", "present", None),
        ("Kari Lie", "Helse Førde", "member", "present", None),
        ("Eli Moe", "Nordby kommune", "member", "present", None),
        ("Siv Tveit", "Helse Fonna", "member", "present", None),
    ]


def test_a_job_in_a_department_named_with_its_kind_gives_no_organisation():
    # (s69e) "seksjonsleder ved medisinsk avdeling": the department with an adjective before
    # its kind is no organisation either; the group's heading names it
    assert _present_people("Fra Sykehuset Innlandet:\n"
                           "Anette Sveen – seksjonsleder ved medisinsk avdeling") == [
        ("Anette Sveen", "Sykehuset Innlandet", "member", "present", None)]


def test_the_head_of_a_department_holds_a_job_not_the_chair_s_seat():
    # (s69m) "leder i teknisk avdeling" names her job, as "avdelingsleder" would: no seat
    # and no organisation; "leder i faggruppen" is still the chair of the body that met
    assert _present_people("Eva Li – leder i teknisk avdeling\n"
                           "Ola Ruud – leiar for plan- og byggesaksavdelinga\n"
                           "Siv Aas, leder i helseavdelingen, Nordby kommune\n"
                           "Kari Dahl – leder i faggruppen") == [
        ("Eva Li", None, "member", "present", None),
        ("Ola Ruud", None, "member", "present", None),
        ("Siv Aas", "Nordby kommune", "member", "present", None),
        ("Kari Dahl", None, "chair", "present", None),
    ]


def test_a_name_cell_with_a_job_after_a_dash_keeps_the_row_s_organisation():
    # (s69e) "Målfrid Sæbø – rådgjevar i samhandlingsavdelinga" in the name column: the name
    # and her job; the organisation column says whom she represents (none when empty)
    assert _present_people("NAMN\tKOMMUNE / REGION\n"
                           "Solfrid Eide (møteleiar)\tStord kommune\n"
                           "Målfrid Sæbø – rådgjevar i samhandlingsavdelinga\tHelse Fonna\n"
                           "Brynjar Landa – rådgjevar i beredskapsavdelinga\t") == [
        ("Solfrid Eide", "Stord kommune", "chair", "present", None),
        ("Målfrid Sæbø", "Helse Fonna", "member", "present", None),
        ("Brynjar Landa", None, "member", "present", None),
    ]


def test_a_seat_after_the_presence_in_its_column_is_the_role():
    # (s69e) "hele møtet, referent" under "Til stede": there throughout, and the secretary
    assert _present_people("Navn\tVirksomhet\tTil stede\n"
                           "Eirin Solberg\tTrøndelag fylkeskommune\thele møtet\n"
                           "Magnus Hoff\tTrøndelag fylkeskommune\thele møtet, referent") == [
        ("Eirin Solberg", "Trøndelag fylkeskommune", "member", "present", None),
        ("Magnus Hoff", "Trøndelag fylkeskommune", "secretary", "present", None),
    ]
@pytest.mark.parametrize("share", ["(28,6 %)", "(eigarandel 28,6 %)", "(eierandel: 28 %)"])
def test_an_owner_s_share_in_brackets_before_the_colon_is_no_part_of_the_owner(share):
    # (s69c) "Stad kommune (28,6 %): Kari Holm": an inter-municipal company's owner with
    # its share, then the delegate it sent
    people = _listed(f"Representantar for medlemskommunane:\nNordby kommune {share}: Kari "
                     f"Holm\nSørby kommune {share}: Per Berg, møtte for Eli Dahl")
    assert [(p[0], p[1], p[3]) for p in people] == [
        ("Kari Holm", "Nordby kommune", Attendance.PRESENT),
        ("Per Berg", "Sørby kommune", Attendance.PRESENT),
        ("Eli Dahl", "Sørby kommune", Attendance.ABSENT)]


def test_an_owner_s_share_beside_the_municipality_in_a_list_is_no_part_of_it():
    # (s69c) "Kari Holm (Nordby kommune, eigarandel 61,2 %)": whom she represents alone
    people = _listed("Møtande: Kari Holm (Nordby kommune, eigarandel 61,2 %), leiar, og Per "
                     "Berg (Sørby kommune, eigarandel 38,8 %).")
    assert [(p[0], p[1]) for p in people] == [("Kari Holm", "Nordby kommune"),
                                             ("Per Berg", "Sørby kommune")]


def test_a_remark_cell_with_the_deputy_s_seat_then_whose_seat_it_was():
    # (s69c) "varamedlem, møtte for Y" under "Merknad": the deputy came for Y, who was away
    document = docx.Document()
    document.add_paragraph("Protokoll fra representantskapsmøte")
    document.add_paragraph("Dato: 19. november 2026")
    rows = [("Eierkommune", "Representant", "Merknad"), ("Nordby", "Kari Holm", "leder"),
            ("Sørby", "Per Berg", "varamedlem, møtte for Eli Dahl")]
    table = document.add_table(rows=len(rows), cols=3)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    document.add_paragraph("Sak 1/26 Eventuelt")
    document.add_paragraph("Ingen saker.")
    people = parse_bytes(docx_bytes(document), "protokoll.docx").participants
    assert [(p.name, p.organization, p.attendance, p.note) for p in people] == [
        ("Kari Holm", "Nordby", Attendance.PRESENT, None),
        ("Per Berg", "Sørby", Attendance.PRESENT, "for Eli Dahl"),
        ("Eli Dahl", "Sørby", Attendance.ABSENT, None)]
# (s69h) employer–union bodies: their sides, seats and unions

def test_the_employer_side_heading_opens_the_attendance_without_til_stede() -> None:
    # a drøftingsmøte's protokoll lists its people under the sides alone
    text = ("Protokoll fra drøftingsmøte\n\nMøtedato: 3. februar 2026\n\n"
            "Arbeidsgiversiden:\nDaglig leder Knut Eriksrud (møteleder)\n"
            "HR-sjef Lise Haugland (referent)\nArbeidstakersiden:\n"
            "Trond Hvidsten, Fagforbundet\nForfall: Ingvild Sæther, NITO\n\n"
            "1. Ny turnus\nPartene er enige om at turnusen prøves ut.\n")
    assert [p[:4] for p in _people_of(text)] == [
        ("Knut Eriksrud", None, "chair", "present"),
        ("Lise Haugland", None, "secretary", "present"),
        ("Trond Hvidsten", "Fagforbundet", "member", "present"),
        ("Ingvild Sæther", "NITO", "member", "absent")]


def test_a_part_column_gives_the_union_in_brackets_after_the_side() -> None:
    # "Namn | Part | Rolle": "Arbeidstakar (Fagforbundet)" speaks for the union; the
    # occupational health service "utan røysterett" sits as a guest
    text = ("# Møtereferat – Arbeidsmiljøutvalet\n\n**Møtedato:** 10.03.2026\n\n"
            "## Til stades\n\n| Namn | Part | Rolle |\n|---|---|---|\n"
            "| Gunnar Hatlevik | Arbeidsgjevar | Leiar |\n"
            "| Kjetil Reksnes | Arbeidstakar (Fagforbundet) | Medlem |\n"
            "| Ronny Sande | BHT (Sunnfjord HMS) | Rådgjevar, utan røysterett |\n\n"
            "## Sak 05/26 Godkjenning av innkalling\nGodkjend.\n")
    people = parse_bytes(text.encode(), "amu.md").participants
    assert [(p.name, p.organization, p.role) for p in people][1:] == [
        ("Kjetil Reksnes", "Fagforbundet", "member"),
        ("Ronny Sande", "Sunnfjord HMS", "guest")]


def test_one_who_went_out_of_the_meeting_after_an_item_was_there_in_part() -> None:
    # nynorsk "gjekk ut av møtet" as "forlot møtet", inside the item it happened in
    text = ("Referat\n\nTil stede: Kari Li, Per Dal, Ola Nes\n\nSak 1/26 Avvik\n"
            "Det var mange avvik.\nOla Nes gjekk ut av møtet etter denne saka.\n\n"
            "Sak 2/26 Eventuelt\nIngen saker.\n")
    assert _people_of(text)[2] == ("Ola Nes", None, "member", "partial",
                                   "gjekk ut av møtet etter denne saka")


def test_a_listed_presenter_of_one_item_is_a_guest_there_for_it() -> None:
    text = ("Oppsummering fra møte 18. september 2025\n\nTil stede:\n"
            "Arbeidsgiversiden: Terje Lunde (Midt-Telemark kommune, møteleder)\n"
            "NAV Arbeidslivssenter: Eivind Rui – orienterte under punkt 2\n\n"
            "1) Referat\n   Referatet ble godkjent.\n\n2) IA-avtalen\n   Ny avtale.\n")
    assert _people_of(text)[1] == ("Eivind Rui", "NAV Arbeidslivssenter", "guest", "partial",
                                   "orienterte under punkt 2")
@pytest.mark.parametrize("label", ["Til stades, medlemmer:", "Medlemmer til stades:"])
def test_nynorsk_members_present_spelt_with_a_double_m(label):
    # (s69i) nynorsk writes "medlemmer" as well as "medlemer" over the members' list
    text = ("Protokoll frå møte i nemnda\n\nMøtedato: 5. mai 2026\n\n" + label + "\n"
            "Eli Vik, leiar (Nordfylke fylkeskommune)\nOla Berg (Sørfylke fylkeskommune)\n\n"
            "Sak 1/26 Godkjenning av innkalling\nInnkallinga vart godkjend.\n")
    people = parse_bytes(text.encode(), "nemnd.txt").participants
    assert [(p.name, p.organization, p.role) for p in people] == [
        ("Eli Vik", "Nordfylke fylkeskommune", ParticipantRole.CHAIR),
        ("Ola Berg", "Sørfylke fylkeskommune", ParticipantRole.MEMBER)]


def test_a_pair_named_for_one_office_shares_its_department_too():
    # (s69i) "A og B, Statsforvaltaren i X, landbruksavdelinga": both work there
    text = ("Referat frå møte i utvalet\n\nDato: 5. mai 2026\n\n"
            "Til stades: Eli Vik (Nordfylke fylkeskommune)\n"
            "Sekretariat: Kari Lunde og Per Moe, Statsforvaltaren i Nordfylke, "
            "landbruksavdelinga\n\n"
            "Sak 1/26 Godkjenning av innkalling\nInnkallinga vart godkjend.\n")
    people = parse_bytes(text.encode(), "rbu.txt").participants
    assert [(p.name, p.organization) for p in people][1:] == [
        ("Kari Lunde", "Statsforvaltaren i Nordfylke, landbruksavdelinga"),
        ("Per Moe", "Statsforvaltaren i Nordfylke, landbruksavdelinga")]


def test_a_forfall_list_after_a_late_comer_s_note_in_one_paragraph():
    # (s69i) "… kom kl. 19.00. Meldt forfall: Name (Org)." on a web page's one paragraph
    text = ("Referat fra møte i forumet\n\nDato: 5. mai 2026\n\n"
            "Til stede: Eli Vik (Nordby kommune) og Ola Berg (Sørby kommune).\n\n"
            "Ola Berg kom kl. 19.00. Meldt forfall: Siv Dahl (Vestby kommune).\n\n"
            "Sak 1/26 Godkjenning av innkalling\nInnkallingen ble godkjent.\n")
    people = parse_bytes(text.encode(), "forum.txt").participants
    assert [(p.name, p.attendance) for p in people] == [
        ("Eli Vik", "present"), ("Ola Berg", "partial"), ("Siv Dahl", "absent")]
@pytest.mark.parametrize("wrapped", [
    # the line before closed one bracket and opened the next
    "Eli Moe (Vinje\nkommune), Knut Olsen (Vest-Telemark\nbrann og redningsteneste / IKS), "
    "Per Lie\n(Tokke kommune)",
    # the line ended at a slash inside the bracket, the next opens with its close
    "Eli Moe (Vinje kommune), Knut Olsen (Vest-Telemark\nbrann og redningsteneste /\n"
    "IKS), Per Lie (Tokke kommune)",
])
def test_an_organisation_in_brackets_wrapped_over_lines_stays_whole(wrapped):
    # a PDF's paragraph wraps a comma list wherever the margin falls: the organisation
    # in brackets goes on to the next line, whatever the line closed before it
    people = _listed(f"Til stede: {wrapped}")
    assert [(p[0], p[1]) for p in people] == [
        ("Eli Moe", "Vinje kommune"),
        ("Knut Olsen", "Vest-Telemark brann og redningsteneste / IKS"),
        ("Per Lie", "Tokke kommune")]


def test_a_chief_executives_name_wrapped_after_the_title_is_a_member():
    # in the chief executives' own group the title marks a member, also when the margin
    # parts the first name from the surname ("… kommunedirektør Tor" / "Lunde, Nes, …")
    text = ("Referat fra møte i kommunedirektørgruppen\n\nDato: 4.12.2025\n\n"
            "Til stede: kommunedirektør Eva Dal, Gol (leder), kommunedirektør Tor\n"
            "Lunde, Nes, og kommunedirektør Siri Holm, Flå.\n\n"
            "Sak 1/25 Godkjenning av innkalling\nGodkjent.\n")
    people = parse_bytes(text.encode(), "referat.txt").participants
    assert [(p.name, p.organization, p.role) for p in people] == [
        ("Eva Dal", "Gol", "chair"), ("Tor Lunde", "Nes", "member"),
        ("Siri Holm", "Flå", "member")]


def test_a_shareholders_label_after_a_sentence_on_its_line_opens_the_list():
    # "… åpnet møtet. Følgende aksjeeiere var representert:": the general meeting's roll
    # starts after the sentence, as it would on a line of its own
    text = ("Protokoll fra ordinær generalforsamling i Fjordkraft Invest AS\n\n"
            "Dato: 12.05.2025\n\nSak 1 Åpning av møtet og fortegnelse over aksjeeiere\n"
            "Styreleder Anne Vik åpnet møtet. Følgende aksjeeiere var representert:\n"
            "Nordby kommune ved ordfører Jon Tveit  400 aksjer\n"
            "Sørby kommune ved Eva Haug  200 aksjer\n\n"
            "Sak 2 Valg av møteleder\nAnne Vik ble valgt.\n")
    people = parse_bytes(text.encode(), "protokoll.txt").participants
    assert [(p.name, p.organization) for p in people if p.name != "Anne Vik"] == [
        ("Jon Tveit", "Nordby kommune"), ("Eva Haug", "Sørby kommune")]


@pytest.mark.parametrize("heading", ["Sokneråd / funksjon", "Sokn / fellesråd", "Menighetsråd"])
def test_a_church_cooperation_s_table_names_the_parish_council_each_sits_for(heading):
    # (s69k) "Namn | Sokneråd / funksjon": the parish council or parish is whom each
    # represents
    text = (f"Referat frå samarbeidsrådet\n\nDato: 03.06.2026\n\nTil stades:\n"
            f"NAMN\t{heading}\nAnne Vik\tNordby sokneråd (leiar)\nPer Lid\tSørby sokneråd\n\n"
            "Sak 1/26 Godkjenning av innkalling\nGodkjend.\n")
    people = parse_bytes(text.encode(), "samarbeidsrad.txt").participants
    assert [(p.name, p.organization, p.role) for p in people] == [
        ("Anne Vik", "Nordby sokneråd", ParticipantRole.CHAIR),
        ("Per Lid", "Sørby sokneråd", ParticipantRole.MEMBER)]


@pytest.mark.parametrize("heading", ["Fjellstyre", "Lag"])
def test_a_mountain_board_association_s_table_names_the_board_each_came_from(heading):
    # (s72t) "Namn | Fjellstyre | Funksjon": the mountain board (or club) is whom each
    # represents at the association's meeting
    text = (f"Protokoll frå årsmøtet\n\nMøtedato: 09.05.2026\n\nDesse møtte:\n"
            f"Namn\t{heading}\tFunksjon\nOla Lie\tNordby fjellstyre\tLeiar\n"
            "Per Nes\tSørby fjellstyre\tStyremedlem\n\n"
            "Sak 1 Godkjenning av innkalling\nGodkjend.\n")
    people = parse_bytes(text.encode(), "aarsmote.txt").participants
    assert [(p.name, p.organization, p.role) for p in people] == [
        ("Ola Lie", "Nordby fjellstyre", ParticipantRole.CHAIR),
        ("Per Nes", "Sørby fjellstyre", ParticipantRole.MEMBER)]


def test_a_case_s_absence_after_leaving_keeps_the_remark_that_says_when():
    # the remarks say when the member left; the later case's "var ikkje til stades" is
    # the absence leaving made, told again
    text = ("Møteprotokoll\n\nUtval: Regionrådet Nordvik\nMøtedato: 12.02.2026\n\n"
            "Faste medlemmer som møtte:\nKari Lie, leiar\nPer Vik, medlem\n\n"
            "Merknader:\nPer Vik forlét møtet etter sak 05/26.\n\n"
            "PS 06/26 Tilskot\n\nPer Vik var ikkje til stades under handsaminga.\n"
            "Samrøystes vedteke.\n")
    person = parse_bytes(text.encode(), "protokoll.txt").participants[1]
    assert (person.attendance, person.note) == ("partial", "forlét møtet etter sak 05/26")


def test_a_case_s_attendance_sentence_wrapped_at_the_margin_is_noted_whole():
    # a PDF wraps the sentence onto the next line: the note holds its rest too
    text = ("Møteprotokoll\n\nUtval: Regionrådet Nordvik\nMøtedato: 12.02.2026\n\n"
            "Faste medlemmer som møtte:\nKari Lie, leiar\nMona Dal, medlem\n\n"
            "PS 24/26 Felles koordinator\n\nBehandling:\nMona Dal forlot møtet kl. 12:30 og "
            "deltok ikke i\nvoteringen.\nEnstemmig vedtatt.\n")
    person = parse_bytes(text.encode(), "protokoll.txt").participants[1]
    assert person.note == "forlot møtet kl. 12:30 og deltok ikke i voteringen"


def test_a_harbour_master_s_title_is_no_part_of_his_name():
    # (s70b) "Havnefogd" / "hamnefogd" before the name, as "Havnedirektør" is
    text = ("Referat fra møte i havnestyret\n\nDato: 12. november 2026\n\n"
            "Fra administrasjonen:\nHavnefogd Kjell Ove Jakobsen\nHamnefogd Atle Fosse\n\n"
            "Sak 1/26 Eventuelt\nIngen saker.\n")
    names = [p.name for p in parse_bytes(text.encode(), "referat.txt").participants]
    assert names == ["Kjell Ove Jakobsen", "Atle Fosse"]


def test_a_unit_after_an_organisation_given_after_a_dash_is_part_of_it():
    # (s70b) "Name – Fiskeridirektoratet, region Nord (observatør)": the regional office
    # belongs to the organisation the dash gave, and the bracket still says her seat
    entry, = parse_people_list("Kåre Helland – Fiskeridirektoratet, region Nord (observatør)",
                               ParticipantRole.MEMBER, Attendance.PRESENT)
    assert entry.organization == "Fiskeridirektoratet, region Nord"
    assert entry.role is ParticipantRole.GUEST


def test_each_side_s_people_one_a_line_in_a_head_table_cell():
    # (s70b) a dialogue meeting's head in a Word table: "Fra X:" in the first cell, one
    # person a line in the second
    document = docx.Document()
    document.add_paragraph("Referat fra møte mellom Fiskarlaget Nord og Troms fylkeskommune")
    rows = [("Dato:", ["18. september 2026, kl. 09.00–12.00"]),
            ("Fra Fiskarlaget Nord:", ["Hans Lie (leder)", "Eva Moe (styremedlem)"]),
            ("Fra Troms fylkeskommune:", ["Kari Holm, rådgiver (referent)",
                                          "Per Dahl, seksjonsleder"])]
    table = document.add_table(rows=len(rows), cols=2)
    for i, (label, people) in enumerate(rows):
        table.cell(i, 0).text = label
        fill_cell(table.cell(i, 1), people)
    document.add_paragraph("1. Fiskerihavner")
    document.add_paragraph("Tatt til orientering.")
    record = parse_bytes(docx_bytes(document), "referat.docx")
    assert [(p.name, p.organization) for p in record.participants] == [
        ("Hans Lie", "Fiskarlaget Nord"), ("Eva Moe", "Fiskarlaget Nord"),
        ("Kari Holm", "Troms fylkeskommune"), ("Per Dahl", "Troms fylkeskommune")]


@pytest.mark.parametrize(("line", "organization"), [
    # (s70c) a county's transport office after its name, and an agency's unit by its kind's
    # compound: part of whom the person represents, no person of its own
    ("Liv Marit Kvamme, Vestland fylkeskommune, samferdsel",
     "Vestland fylkeskommune, samferdsel"),
    ("Kari Lie, Statens vegvesen, Vegavdeling Vest", "Statens vegvesen, Vegavdeling Vest"),
])
def test_a_unit_after_the_organisation_is_part_of_it(line, organization):
    found = parse_line(line, ParticipantRole.MEMBER, Attendance.PRESENT)
    assert [(e.name, e.organization) for e in found] == [(line.split(",")[0], organization)]


def test_a_note_closing_a_list_after_og_leaves_the_referent_present_all_meeting():
    # (s70d) "…, og Ingeborg Rye, rådgiver, til stede under sak 03/26": said of the pair
    # after "og" unless one of them keeps the minutes, who is there all the meeting
    text = ("Protokoll fra styremøte\n\nMøtedato: 12.02.2026\n\n"
            "Fra administrasjonen: Sigurd Lunde, daglig leder (referent), og Ingeborg Rye, "
            "rådgiver, til stede under sak 03/26.\n\nSak 01/26 Godkjenning av innkalling\n"
            "Godkjent.\n")
    people = {p.name: p for p in parse_bytes(text.encode(), "protokoll.txt").participants}
    assert people["Sigurd Lunde"].attendance == Attendance.PRESENT
    assert people["Sigurd Lunde"].role == ParticipantRole.SECRETARY
    assert people["Ingeborg Rye"].attendance == Attendance.PARTIAL


def test_a_guest_for_one_case_in_a_job_cells_brackets_is_partial():
    # (s70d) "Rådgiver, Bufetat region øst (gjest, sak 4)" under "Stilling": the seat,
    # then the case she was there for
    text = ("# Referat fra faggruppe barnevern\n\nDato: 3. mars 2026\n\n"
            "| Kommune | Navn | Stilling | Møtt | Forfall |\n|---|---|---|---|---|\n"
            "| Ål | Guro Haugen | Barnevernleder | X | |\n"
            "| Bufetat | Lars Vinje | Rådgiver, Bufetat region øst (gjest, sak 4) | X | |\n\n"
            "1. Eventuelt\nIngen saker.\n")
    vinje = parse_bytes(text.encode(), "referat.md").participants[1]
    assert (vinje.name, vinje.role, vinje.attendance, vinje.note) == (
        "Lars Vinje", ParticipantRole.GUEST, Attendance.PARTIAL, "sak 4")  # (str enums)


def test_a_no_in_the_came_column_with_the_deputy_who_came():
    # (s70h) "| Nei – vara Kjell Rud møtte |" in a "Møtt" column: the member away, the
    # deputy present for her
    text = ("# Protokoll fra representantskapsmøte\n\n**Dato:** 11. juni 2026\n\n"
            "| Eierkommune | Representant | Møtt |\n|---|---|---|\n"
            "| Vikedal kommune | Anne Moen | Ja |\n"
            "| Storvang kommune | Jorunn Bakken | Nei – vara Kjell Rud møtte |\n\n"
            "## Sak 1/26 Budsjett\n\nGodkjent.\n")
    people = {p.name: p for p in parse_bytes(text.encode(), "p.md").participants}
    assert people["Jorunn Bakken"].attendance == "absent"
    assert (people["Kjell Rud"].attendance, people["Kjell Rud"].organization,
            people["Kjell Rud"].note) == ("present", "Storvang kommune", "for Jorunn Bakken")


def test_an_owner_column_gives_whom_the_delegate_represents():
    # (s70h) a padded owners' table "Eigar   Eigardel   Representert ved"
    text = ("Protokoll frå eigarmøte i Heiane Kraft AS\n\nDato: 16. april 2026\n\n"
            "Møtande eigarar:\n\n"
            "Eigar                    Eigardel    Representert ved\n"
            "Åsvik kommune            55 %        ordførar Brynjar Lunde\n"
            "Fjellsbygd kommune       45 %        ordførar Gunn Torvik\n\n"
            "Sak 1/26 Eventuelt\nIngen saker.\n")
    people = {p.name: p.organization for p in parse_bytes(text.encode(), "p.txt").participants}
    assert people == {"Brynjar Lunde": "Åsvik kommune", "Gunn Torvik": "Fjellsbygd kommune"}


def test_the_leader_of_the_owners_forum_chairs_it():
    # (s70h) "(leder av eierforum)": the forum's own leader, its name's noun bare
    text = ("Referat fra møte i Eierforum for Vangsås Energi\n\nDato: 9. september 2026\n\n"
            "Deltakere:\nKari Lien, ordfører Vangsås kommune (leder av eierforum)\n"
            "Tor Bakke, ordfører Bjørnmo kommune\n\n1. Eventuelt\nIngen saker.\n")
    people = {p.name: p.role for p in parse_bytes(text.encode(), "p.txt").participants}
    assert people["Kari Lien"] == "chair"


def test_whom_a_seat_represents_after_a_dash_is_the_organisation():
    """ "Torill Husby, leder – representant for IL Nordby": the seat before the dash and
    whom it stands for after it, read as after a comma (no substitute "for" someone)."""
    text = ("Referat fra styremøte i Nordby idrettsråd\n\nDato: 3. mars 2026\n\n"
            "Til stede:\nTorill Husby, leder – representant for IL Nordby\n"
            "Linda Aas, styremedlem – representant for Nordby Turnforening\n\n"
            "Sak 1/26 Budsjett\nGodkjent.\n")
    people = parse_bytes(text.encode(), "a.txt").participants
    assert [(p.name, p.organization, p.role, p.note) for p in people] == [
        ("Torill Husby", "representant for IL Nordby", ParticipantRole.CHAIR, None),
        ("Linda Aas", "representant for Nordby Turnforening", ParticipantRole.MEMBER, None)]


def test_one_from_a_firm_among_the_members_there_for_one_case_is_a_guest():
    # (s70m) an architect listed with the group who came for case 3 only presents it
    text = ("Referat – prosjektgruppe ny brannstasjon\n\nDato: 28. mai 2026\n"
            "Deltakere: Kari Holm (Bygland kommune), Per Berg (Valle kommune), Gunn Vik "
            "(arkitekt, Vik Arkitekter AS) – deltok under sak 3\n\n"
            "1. Eventuelt\nIngen saker.\n")
    people = parse_bytes(text.encode(), "referat.txt").participants
    assert [(p.name, p.organization, p.role, p.attendance) for p in people] == [
        ("Kari Holm", "Bygland kommune", ParticipantRole.MEMBER, Attendance.PRESENT),
        ("Per Berg", "Valle kommune", ParticipantRole.MEMBER, Attendance.PRESENT),
        ("Gunn Vik", "Vik Arkitekter AS", ParticipantRole.GUEST, Attendance.PARTIAL)]


def test_a_unit_after_a_job_under_one_agency_s_group_keeps_the_group_s_organisation():
    # (s70m) "leder Østre GDE" names a unit of the police the group label names; under
    # "fra kommunene" an office's place is whom the person represents
    text = ("Referat fra samarbeidsmøte\n\nDato: 19. januar 2026\n"
            "Til stede fra politiet: Siri Aas, politimester (møteleder); Arne Dal, leder "
            "Østre GDE; Kari Bø, rådgiver (referent)\n"
            "Til stede fra kommunene: Tom Li, ordfører Åsby; Eva Moe, ordfører Lia\n\n"
            "1. Eventuelt\nIngen saker.\n")
    people = parse_bytes(text.encode(), "referat.txt").participants
    assert [(p.name, p.organization) for p in people] == [
        ("Siri Aas", "politiet"), ("Arne Dal", "politiet"), ("Kari Bø", "politiet"),
        ("Tom Li", "Åsby"), ("Eva Moe", "Lia")]

@pytest.mark.parametrize("line", [
    "Helga Reinsnes, Fjellbu kommune, og Sjøvik kommune",
    "Helga Reinsnes, Fjellbu kommune og Sjøvik kommune",
])
def test_a_second_whole_municipality_after_og_is_no_part_of_the_first(line):
    # (s70l) "Meldt forfall: Helga Reinsnes, Fjellbu kommune, og Sjøvik kommune.": two
    # municipalities away, one with no one named; "Møre og Romsdal" is still one name
    people = parse_people_list(line, ParticipantRole.MEMBER, Attendance.ABSENT)
    assert [(p.name, p.organization) for p in people] == [("Helga Reinsnes", "Fjellbu kommune")]


def test_an_agency_district_or_area_after_a_name_is_whom_they_represent():
    # (s70q) "Sivilforsvarsdistrikt X", "HV-område X" in an emergency council's list, and
    # a municipal enterprise by its mark "KF" with "og" in its name
    text = ("Protokoll frå møte i beredskapsrådet\n\nDato: 14. april 2026\n\nTil stades:\n"
            "Randi Nes, Sivilforsvarsdistrikt Fjordane\nMajor Eirik Dale, HV-område Fjordane\n"
            "Turid Hole, Fjordvik vatn og avløp KF\n\nSak 1/26 Eventuelt\nIngen saker.\n")
    people = {p.name: p.organization for p in parse_bytes(text.encode(), "p.txt").participants}
    assert people == {"Randi Nes": "Sivilforsvarsdistrikt Fjordane",
                      "Eirik Dale": "HV-område Fjordane",
                      "Turid Hole": "Fjordvik vatn og avløp KF"}


def test_a_crisis_teams_log_keeper_is_its_secretary():
    # (s70q) "Loggførar:" in a crisis team's head, "loggfører" after a name in its list
    text = ("Kriseleiinga – samordningsmøte\n\nDato: 2. november 2026\n"
            "Leiar: Marte Solheim\nLoggførar: Geir Almås, beredskapskoordinator\n\n"
            "1. Situasjonsbilete\nVegen er stengd.\n")
    people = {p.name: p.role for p in parse_bytes(text.encode(), "p.txt").participants}
    assert people == {"Marte Solheim": "chair", "Geir Almås": "secretary"}



def test_a_hospital_after_a_hospital_is_no_local_house_of_it():
    # (s71f) two hospitals are two organisations: the house rule asks a parent trust
    from motebok.extract.participants import _local_house_of

    assert _local_house_of("Helse Nordvest", "sjukehus")
    assert not _local_house_of("Åsvik sjukehus", "sjukehus")
    assert not _local_house_of("Nordby kommune", "sjukehus")


@pytest.mark.parametrize(("body_line", "role"), [
    # a partnership of several parties: the manager of one party is its member
    ("Referat frå møte i partnarskapet for vidaregåande opplæring i Nordfjell", "member"),
    # the regionråd's own working committee: its manager is the administration
    ("Referat frå møte i arbeidsutvalet i Nordfjell regionråd", "guest"),
])
def test_a_manager_under_a_group_of_her_own_organisation(body_line, role):
    # (s71f) "Frå Nordfjell regionråd: Name, dagleg leiar" names the party and its manager:
    # a member, unless that organisation serves the body (``People.cooperation_staff``)
    text = (f"{body_line}\n\nDato: 5. mars 2026\n\nTil stades\n"
            "Frå Nordby kommune: Anne Vik (leiar)\n"
            "Frå Nordfjell regionråd: Jostein Lid, dagleg leiar\n"
            "Frå Vestland fylkeskommune: Silje Dal (referent)\n\n"
            "Sak 1/26 Godkjenning av innkalling\nGodkjent.\n")
    record = parse_bytes(text.encode(), "referat.txt")
    person = next(p for p in record.participants if p.name == "Jostein Lid")
    assert (person.organization, person.role) == ("Nordfjell regionråd", role)


def test_a_forfall_lists_vararepresentant_who_came_takes_the_seat():
    # (s71c) "…, vararepresentant X møtte." in a representantskap's forfall list: she was
    # away, he came in her seat
    text = ("Protokoll fra representantskapsmøte\n\nDato: 23.04.2026\n\n"
            "Til stede: Helene Fossum (leder), Arild Brekke\n\n"
            "Forfall: Sissel Haugen (Østmark kommune), vararepresentant Morten Dahl møtte.\n\n"
            "Sak 1/26 Godkjenning av innkalling\nVedtak: Godkjent.\n")
    people = parse_bytes(text.encode(), "rs.txt").participants
    assert [(p.name, p.organization, p.attendance, p.note) for p in people][2:] == [
        ("Sissel Haugen", "Østmark kommune", "absent", None),
        ("Morten Dahl", "Østmark kommune", "present", "for Sissel Haugen")]


@pytest.mark.parametrize(("line", "organization", "attendance"), [
    # (s71c) an agency's office by the two places it serves: one organisation, as written
    ("Andre: Anders Opedal, Mattilsynet, Hardanger og Voss (under sak 6/26)",
     "Mattilsynet, Hardanger og Voss", "partial"),
    ("Andre: Anders Opedal, Mattilsynet, Hardanger og Voss", "Mattilsynet, Hardanger og Voss",
     "present"),
])
def test_an_agencys_office_named_by_two_places_is_one_organisation(line, organization,
                                                                    attendance):
    text = ("Referat frå møte i fagrådet\n\nTid: 02.03.2026 kl. 09.30–14.00\n\n"
            "Til stades:\nSigve Lothe, Ullensvang kommune (leiar)\nMarit Utne, Eidfjord "
            f"kommune\n\n{line}\n\nSak 4/26 Referat\nReferatet vart godkjent.\n")
    people = parse_bytes(text.encode(), "fagrad.txt").participants
    assert [(p.name, p.organization, p.attendance) for p in people][2:] == [
        ("Anders Opedal", organization, attendance)]


def test_a_padded_seat_list_with_the_job_first_gives_whom_each_represents():
    # (s71d) "DKS-kontakt Tinde kommune      Per Bråten": the seat cell's job is no part of
    # the municipality; "Regional DKS-koordinator      Mona Rustad, Fjellfylket
    # fylkeskommune (møteleder)": the job in capitals is no name, the person's cell is
    text = ("Referat fra møte i DKS-regiongruppa\n\nDato: 12. mai 2026\n\nDeltakere:\n"
            "Regional DKS-koordinator        Mona Rustad, Fjellfylket fylkeskommune (møteleder)\n"
            "DKS-kontakt Tinde kommune       Per Bråten\n"
            "Kultursjef Holmsli kommune      Gunn Haug (til kl. 13:30)\n\n"
            "1. Eventuelt\nIngen saker.\n")
    people = parse_bytes(text.encode(), "referat.txt").participants
    assert [(p.name, p.organization, p.role, p.attendance) for p in people] == [
        ("Mona Rustad", "Fjellfylket fylkeskommune", ParticipantRole.CHAIR, Attendance.PRESENT),
        ("Per Bråten", "Tinde kommune", ParticipantRole.MEMBER, Attendance.PRESENT),
        ("Gunn Haug", "Holmsli kommune", ParticipantRole.MEMBER, Attendance.PARTIAL)]


def test_an_acting_principal_of_a_culture_school_represents_its_place():
    # (s71d) "konstituert rektor kulturskulen i Lia" is read as "rektor kulturskulen i
    # Lia" is: the job held for a while, at the place
    text = ("Referat frå møte i rektornettverket\n\nDato: 22. april 2026\n\nDesse møtte:\n"
            "Åse Lunde – rektor kulturskulen i Brekke (møteleiar)\n"
            "Ragnhild Sæbø – konstituert rektor kulturskulen i Lia\n\n"
            "Sak 1/26 Eventuelt\nIngen saker.\n")
    people = parse_bytes(text.encode(), "referat.txt").participants
    assert [(p.name, p.organization) for p in people] == [("Åse Lunde", "Brekke"),
                                                          ("Ragnhild Sæbø", "Lia")]

@pytest.mark.parametrize(("line", "name", "organization", "role"), [
    ("NAV Buskerud, seksjonssjef Hege Liabø", "Hege Liabø", "NAV Buskerud",
     ParticipantRole.MEMBER),
    ("LO i Vestland, Olav Skrede (leiar)", "Olav Skrede", "LO i Vestland",
     ParticipantRole.CHAIR),
    ("Fagskolen i Nordland, rektor Per Dahl", "Per Dahl", "Fagskolen i Nordland",
     ParticipantRole.MEMBER),
])
def test_the_organisation_written_before_the_name_is_whom_the_person_represents(
        line, name, organization, role):
    # (s71e) a forum of parties lists its seats organisation first
    [entry] = parse_people_list(line, ParticipantRole.MEMBER, Attendance.PRESENT)
    assert (entry.name, entry.organization, entry.role) == (name, organization, role)


@pytest.mark.parametrize(("line", "name", "organization"), [
    # a person with her own place in brackets after a whole municipality away: two entries
    ("Lunner kommune, Kari Mørch (Vestre Toten)", "Kari Mørch", "Vestre Toten"),
    # a job's seat before the name is no organisation written first
    ("Daglig leder Vestfjell regionråd, Anders Li (referent)", "Anders Li", None),
])
def test_an_organisation_first_needs_a_bare_name_after_it(line, name, organization):
    found = parse_people_list(line, ParticipantRole.MEMBER, Attendance.PRESENT)
    assert (found[-1].name, found[-1].organization) == (name, organization)


@pytest.mark.parametrize(("line", "people"), [
    # (s71i) a forest owners' cooperative named by its region after a name is whom the
    # person comes from; a surname Skog after a first name stays a person
    ("Jon Erik Sletten, Glommen Mjøsen Skog (sak 3)",
     [("Jon Erik Sletten", "Glommen Mjøsen Skog")]),
    ("Jon Aas, Viken Skog", [("Jon Aas", "Viken Skog")]),
    ("Jon Aas, Kari Skog", [("Jon Aas", None), ("Kari Skog", None)]),
    # … and so is a hunting area the person leads ("storvald", "elgvald")
    ("Tor Magne Vik, leiar i Tinndal storvald", [("Tor Magne Vik", "Tinndal storvald")]),
    ("Kari Nes, Aurvik elgvald", [("Kari Nes", "Aurvik elgvald")]),
])
def test_a_forest_cooperative_or_hunting_area_after_a_name_is_its_organisation(line, people):
    found = parse_people_list(line, ParticipantRole.MEMBER, Attendance.PRESENT)
    assert [(entry.name, entry.organization) for entry in found] == people


@pytest.mark.parametrize(("line", "name", "organization"), [
    # (s71n) a tourist firm's compound name after a place, or a destination's or a
    # regional park's name: whom the person represents, no second person
    ("Jostein Vik, eier, Vik Gardsmat", "Jostein Vik", "Vik Gardsmat"),
    ("Knut Eide, Lunde Fjordhotell", "Knut Eide", "Lunde Fjordhotell"),
    ("Birgit Hjelle, Reisemål Indre Sogndal – leiar", "Birgit Hjelle", "Reisemål Indre Sogndal"),
    ("Hilde Nordbø, dagleg leiar Regionalparken Vassdalen (sekretær)", "Hilde Nordbø",
     "Regionalparken Vassdalen"),
])
def test_a_tourist_firm_or_destination_after_a_name_is_her_organisation(line, name,
                                                                          organization):
    text = (f"Referat fra partnermøte\n\nDato: 18. mars 2026\n\nTil stede:\n{line}\n"
            "Per Moen, Nordbygd kommune\n\n1. Godkjenning\nGodkjent.\n")
    people = parse_bytes(text.encode(), "referat.txt").participants
    assert (people[0].name, people[0].organization) == (name, organization)
    assert len(people) == 2


@pytest.mark.parametrize(("job", "organization"), [
    # (s71k) a job at a centre or an office the text names by its kind: the place alone
    ("dagleg leiar ved studiesenteret", "studiesenteret"),
    ("rådgiver ved landbrukskontoret", "landbrukskontoret"),
    ("daglig leder i selskapet", "selskapet"),
])
def test_a_job_at_a_centre_named_by_its_kind_gives_the_centre(job, organization):
    entries = parse_people_list(f"Vigdis Hjelle, {job} (sekretær)", ParticipantRole.GUEST,
                                Attendance.PRESENT)
    assert [(e.name, e.organization) for e in entries] == [("Vigdis Hjelle", organization)]


def test_a_title_before_the_name_in_apposition_after_the_role():
    # (s71k) "Selskapets revisor, statsautorisert revisor Eva Li, var til stede …"
    text = "Selskapets revisor, statsautorisert revisor Eva Li, var til stede under sak 3/26."
    assert partial_sentences(text) == [
        ("Eva Li", "selskapets revisor", "var til stede under sak 3/26")]


@pytest.mark.parametrize(("line", "organization"), [
    # (s71l) a state agency by its one word in the definite form, then its local house or
    # department: the whole is whom the person represents, as on a table's cell
    ("Ole Vang, Kriminalomsorgen, Åsvik fengsel", "Kriminalomsorgen, Åsvik fengsel"),
    ("Tone Lie, Politiet, Åsvik lensmannskontor", "Politiet, Åsvik lensmannskontor"),
    ("Per Nes, Mattilsynet, avdeling Nordvest", "Mattilsynet, avdeling Nordvest"),
    ("Eva Dahl, Skatteetaten, region nord", "Skatteetaten, region nord"),
    # the agency alone stays as it was
    ("Kari Lund, Skatteetaten", "Skatteetaten"),
])
def test_a_one_word_agency_then_its_unit_is_one_organisation(line, organization):
    from motebok.extract.participants import parse_line

    entries = parse_line(line, None, Attendance.PRESENT, None)
    assert [(e.name, e.organization) for e in entries] == [(line.split(",")[0], organization)]


@pytest.mark.parametrize("sentence", [
    # (s71o) a summary's sentence on who chaired the day, a title before the name
    "Ordstyrer var nettverkskoordinator Silje Haugland.",
    "Ordstyrar var Silje Haugland.",
])
def test_a_sentence_naming_the_chair_of_the_day(sentence):
    text = ("Oppsummering fra seminar om tidlig innsats\n\n"
            "Tid: 19. november 2025 kl. 09.00–14.30\nSted: Mysen kulturhus\n\n"
            f"Seminaret samlet 41 deltakere fra de fem kommunene. {sentence}\n\n"
            "1. Tidlig innsats\n\nKoRus Øst la fram ny forskning.\n")
    record = parse_bytes(text.encode(), "oppsummering.txt")
    assert [(p.name, p.role) for p in record.participants] == \
        [("Silje Haugland", ParticipantRole.CHAIR)]


@pytest.mark.parametrize(("line", "organization"), [
    # (s72a) a summary's writer under its heading, no colon after "av": the secretary, whom
    # she writes for, and the day the summary was written is its own date
    ("Oppsummert av Marte Dale, Vestdal kommunesamarbeid, 9. juni 2026",
     "Vestdal kommunesamarbeid"),
    ("Oppsummert av Marte Dale, 9. juni 2026", None),
    # (s72k) the day right after her name, no comma between: the writer still, and the day
    ("Oppsummert av Marte Dale 9. juni 2026", None),
    ("Oppsummert av Marte Dale 09.06.2026", None),
])
def test_a_summary_signed_by_its_writer_under_the_heading(line, organization):
    text = ("Oppsummering fra fagsamling om byggesak\n\n"
            "Dato: 4. juni 2026, kl. 09.30–15.00, Sted: Rådhuset\n"
            f"{line}\n\n"
            "Deltakere: Per Aas, Nordby kommune; Eli Rud, Sørby kommune\n\n"
            "1. Velkommen\n\nPer Aas ønsket velkommen.\n")
    record = parse_bytes(text.encode(), "oppsummering.txt")
    assert record.document_date == "2026-06-09"
    assert record.meeting.date == "2026-06-04"
    assert (record.participants[0].name, record.participants[0].organization,
            record.participants[0].role) == ("Marte Dale", organization, ParticipantRole.SECRETARY)


def test_a_summary_signed_by_its_writer_at_the_end():
    # (s72a) the same line under the last item: the writer and the day, no text of the item
    text = ("Oppsummering fra fagsamling om byggesak\n\n"
            "Dato: 4. juni 2026, kl. 09.30–15.00, Sted: Rådhuset\n\n"
            "Deltakere: Per Aas, Nordby kommune; Eli Rud, Sørby kommune\n\n"
            "1. Velkommen\n\nPer Aas ønsket velkommen.\n\n"
            "2. Eventuelt\n\nIngen saker.\n\n"
            "Oppsummert av Marte Dale, Vestdal kommunesamarbeid, 9. juni 2026\n")
    record = parse_bytes(text.encode(), "oppsummering.txt")
    assert record.document_date == "2026-06-09"
    assert record.items[-1].text == "Ingen saker."
    assert (record.participants[-1].name, record.participants[-1].organization,
            record.participants[-1].role) == \
        ("Marte Dale", "Vestdal kommunesamarbeid", ParticipantRole.SECRETARY)


def test_an_adviser_at_an_agency_who_came_for_one_case_is_a_guest():
    # (s72a) "seniorrådgiver hos X": a job at X, as "… i X"; there for one case, set apart
    # under the board's lists: a visitor
    text = ("Protokoll fra møte i verneområdestyret\n\n"
            "Tid: 2. mars 2026 kl. 13.00–15.30\nSted: Teams\n\n"
            "Til stede:\nKari Berg, Nordby kommune (leder)\nPer Aas, Sørby kommune\n\n"
            "Sekretær: Ola Vik, verneområdeforvalter\n\n"
            "Eli Lund, seniorrådgiver hos Statsforvalteren, deltok under sak 5/2026.\n\n"
            "Sak 4/2026 Godkjenning av innkalling\nGodkjent.\n\n"
            "Sak 5/2026 Søknad om motorferdsel\nVedtak: Søknaden innvilges.\n")
    record = parse_bytes(text.encode(), "protokoll.txt")
    eli = next(p for p in record.participants if p.name == "Eli Lund")
    assert (eli.organization, eli.role, eli.attendance, eli.note) == \
        ("Statsforvalteren", ParticipantRole.GUEST, Attendance.PARTIAL, "deltok under sak 5/2026")


@pytest.mark.parametrize(("body", "organization"), [
    # (s72a) the leader of a board named by its compound noun chairs another body's meeting:
    # the board is whom she sits for; at the board's own meeting it is the body itself
    ("Rådgivende utvalg for Nordfjell nasjonalpark", "nasjonalparkstyret"),
    ("Nasjonalparkstyret for Nordfjell", None),
])
def test_a_chair_who_leads_a_named_board(body, organization):
    text = (f"Referat\n{body}\n\nMøtedato: 05.03.2026, kl. 18.00–20.30\nMøtested: Vassli\n\n"
            "Til stede: Ole Vik, Randi Holm\n\n"
            "Møteleder: Eva Nes, styreleder i nasjonalparkstyret\n\n"
            "1. Velkommen\nInnkalling og saksliste ble godkjent.\n")
    record = parse_bytes(text.encode(), "referat.txt")
    eva = next(p for p in record.participants if p.name == "Eva Nes")
    assert (eva.organization, eva.role) == (organization, ParticipantRole.CHAIR)


@pytest.mark.parametrize(("text", "expected"), [
    # (s72d) a cross-border committee marks each member's side with its flag, before the
    # name in a list or after the label; the flag is no part of the name
    ("Til stades:\n- \U0001F1F3\U0001F1F4 Inga Moe, Snåsa kommune – leiar\n"
     "- \U0001F1F8\U0001F1EA Lars Jonsson, Strömsunds kommun\n\n"
     "Forfall: \U0001F1F3\U0001F1F4 Berit Sand, Lierne kommune\n",
     [("Inga Moe", "Snåsa kommune", ParticipantRole.CHAIR, Attendance.PRESENT),
      ("Lars Jonsson", "Strömsunds kommun", ParticipantRole.MEMBER, Attendance.PRESENT),
      ("Berit Sand", "Lierne kommune", ParticipantRole.MEMBER, Attendance.ABSENT)]),
    # (s72d) the two sides of the border as groups: members both; a Swedish writer's title
    # joined to the Norwegian by a slash is the secretary's
    ("Frå norsk side:\nÁile Eira, Tana kommune, leiar\nNils Balto, Nesseby kommune\n\n"
     "Frå finsk side:\nJuhani Aikio, Utsjoen kunta\n"
     "Karin Ek, Krokoms kommun – sekreterare/referent\n",
     [("Áile Eira", "Tana kommune", ParticipantRole.CHAIR, Attendance.PRESENT),
      ("Nils Balto", "Nesseby kommune", ParticipantRole.MEMBER, Attendance.PRESENT),
      ("Juhani Aikio", "Utsjoen kunta", ParticipantRole.MEMBER, Attendance.PRESENT),
      ("Karin Ek", "Krokoms kommun", ParticipantRole.SECRETARY, Attendance.PRESENT)]),
])
def test_a_cross_border_committee_s_sides_and_flags(text, expected):
    record = parse_bytes(("Referat frå møte i grenserådet\n\nDato: 9. april 2026\n\n" + text +
                          "\n\nSak 1/26 Godkjenning av innkalling\nInnkallinga vart godkjend.\n"
                          ).encode(), "referat.txt")
    assert [(p.name, p.organization, p.role, p.attendance) for p in record.participants] == \
        expected


def test_employers_heading_is_no_organisation_each_firm_is_whom_its_person_represents():
    # (s72f) a qualification network lists NAV, the municipalities and the employers under
    # group words: "Arbeidsgivere" is many firms, so the firm after the job is the person's
    # (not a second person "Glomma Bygg" from "AS"), and a firm's manager is a member
    text = ("Referat\n\nDato: 26.11.2026\n\nTil stede:\n\nArbeidsgivere:\n"
            "Trond Aas, HR-sjef, Glomma Bygg AS\n"
            "Lene Kristiansen, daglig leder, Østfold Renhold AS – fra kl. 14.00\n\n"
            "Sak 1 Språkpraksis\nOrientering.\n")
    record = parse_bytes(text.encode(), "referat.txt")
    assert [(p.name, p.organization, p.role, p.attendance, p.note)
            for p in record.participants] == [
        ("Trond Aas", "Glomma Bygg AS", ParticipantRole.MEMBER, Attendance.PRESENT, None),
        ("Lene Kristiansen", "Østfold Renhold AS", ParticipantRole.MEMBER, Attendance.PARTIAL,
         "fra kl. 14.00")]


@pytest.mark.parametrize(("line", "role", "note"), [
    # (s72f) the items she came for, then a bracket on how (an interpreter on the phone):
    # (s75a) the bracket's words on how she took part kept after when, as written
    ("Sara Tesfay, elevrådsleiar, under sak 34/26 (med tolk på tigrinja over telefon)",
     ParticipantRole.GUEST, "under sak 34/26 (med tolk på tigrinja over telefon)"),
    ("Sara Tesfay, under sak 4 (på Teams)", ParticipantRole.GUEST, "under sak 4 (på Teams)"),
    # … or her meeting role
    ("Sara Tesfay, under sak 4 (referent)", ParticipantRole.SECRETARY, "under sak 4"),
])
def test_a_partial_note_keeps_its_reading_before_a_bracket(line, role, note):
    text = (f"Referat\n\nDato: 20.10.2026\n\nElles møtte:\n{line}\n\n"
            "Sak 1/26 Innspel frå elevrådet\nOrientering.\n")
    record = parse_bytes(text.encode(), "referat.txt")
    assert [(p.name, p.attendance, p.note) for p in record.participants] == \
        [("Sara Tesfay", Attendance.PARTIAL, note)]
    assert record.participants[0].role == role


def test_protokoll_in_brackets_after_a_name_in_the_administration_line():
    # (s72f) "(protokoll)": the one who keeps the protocol, not an organisation
    text = ("Protokoll fra styremøte\n\nMøtedato: 03.12.2026\n\nTil stede fra styret:\n"
            "Gunnar Homme, styreleder\n\n"
            "Fra administrasjonen: rektor Silje Kvinlaug og konsulent Bjørg Ånesland "
            "(protokoll)\n\nSak 22/26 Godkjenning av innkalling\nGodkjent.\n")
    record = parse_bytes(text.encode(), "protokoll.txt")
    assert [(p.name, p.organization, p.role) for p in record.participants][1:] == [
        ("Silje Kvinlaug", "administrasjonen", ParticipantRole.GUEST),
        ("Bjørg Ånesland", "administrasjonen", ParticipantRole.SECRETARY)]


def test_a_seat_then_how_in_one_bracket():
    # (s72g) "(observatør, på Teams)": the seat, then how she took part, as "(på Teams)"
    # alone gives the note
    text = ("Referat fra møte i styringsgruppa\n\nDato: 8. januar 2026\n\nTil stede:\n"
            "Eirik Hansen, Vega kommune (leder)\n"
            "Sara Johnsen, Fiskeridirektoratet (observatør, på Teams)\n"
            "Per Olsen, Nordland fylkeskommune (på Teams)\n\nSak 1 Referat\nGodkjent.\n")
    people = {p.name: p for p in parse_bytes(text.encode(), "referat.txt").participants}
    assert people["Sara Johnsen"].role == ParticipantRole.GUEST
    assert people["Sara Johnsen"].attendance == Attendance.PRESENT
    assert people["Sara Johnsen"].note == "på Teams"
    assert people["Per Olsen"].note == "på Teams"


@pytest.mark.parametrize(("line", "people"), [
    # (s72m) a job, then how one took part in brackets: present from afar, the note kept
    ("Máret Guttorm, rådgjevar (på Teams)", [("Máret Guttorm", None, "på Teams")]),
    # a reindeer herding district or a siida by its name in small letters after the comma:
    # whom the person represents, as in brackets
    ("Ellen Gaino, reinbeitedistrikt 16 Čorgaš",
     [("Ellen Gaino", "reinbeitedistrikt 16 Čorgaš", None)]),
    ("Per Hætta, siida Láhpoluoppal", [("Per Hætta", "siida Láhpoluoppal", None)]),
    # an association by its Sami word ("Searvi"): no second person's name
    ("Kjetil Kalstad, Riddu Riđđu Searvi", [("Kjetil Kalstad", "Riddu Riđđu Searvi", None)]),
])
def test_sami_area_entries_after_a_name(line, people):
    found = parse_people_list(line, ParticipantRole.MEMBER, Attendance.PRESENT)
    assert [(e.name, e.organization, e.note) for e in found] == people


def test_municipalities_named_in_sami_and_norwegian_head_their_people():
    # (s72m) the administrative area's municipalities as headings in two or three
    # languages across slashes, each over its people's "Name, job" lines
    text = ("Referat frå nettverksmøte\n\nDato: 20. januar 2026\n\nTil stades:\n\n"
            "Deanu gielda / Tana kommune\n  Ánde Pieski, kultursjef\n"
            "Porsáŋggu gielda / Porsanger kommune / Porsangin komuuni\n"
            "  Máret Guttorm, rådgjevar (på Teams)\n\n"
            "1/26 Referat\nReferatet vart godkjent.\n")
    people = parse_bytes(text.encode(), "referat.txt").participants
    assert [(p.name, p.organization, p.note) for p in people] == [
        ("Ánde Pieski", "Deanu gielda / Tana kommune", None),
        ("Máret Guttorm", "Porsáŋggu gielda / Porsanger kommune / Porsangin komuuni",
         "på Teams")]


def test_the_reindeer_herding_side_is_no_organisation_of_its_people():
    # (s72m) a reindrift forum's bold side "Reindriften" over bullets that name each
    # one's district: the district is whom each represents
    assert organization_of_group("Reindriften") is None
    text = ("# Referat – Reindriftsforum Troms\n\n**Dato:** 11. mars 2026\n\n## Deltakere\n\n"
            "**Reindriften**\n\n- Niillas Kemi, reinbeitedistrikt 19/32 Gálggojávri\n"
            "- Máret Oskal, siida Ivgu\n\n## Sak 1/2026 Referat\n\nReferatet ble godkjent.\n")
    people = parse_bytes(text.encode(), "referat.md").participants
    assert [(p.name, p.organization) for p in people] == [
        ("Niillas Kemi", "reinbeitedistrikt 19/32 Gálggojávri"),
        ("Máret Oskal", "siida Ivgu")]


def test_a_seat_in_brackets_after_an_organisation_named_with_og_is_no_part_of_it():
    # (s72i) "Name – job – organisation (seat)": the bracket after "KS Troms og Finnmark"
    # gives her seat, as it does after a one-word organisation
    text = ("Referat fra møte i arbeidsgivernettverket\n\nMøtedato: 26. februar 2026\n\n"
            "Til stede:\nKari Lund – HR-sjef – Alta kommune (møteleder)\n"
            "Linn Eriksen – rådgiver – KS Troms og Finnmark (sekretær)\n\n"
            "Sak 1/26 Eventuelt\nIngen saker.\n")
    people = parse_bytes(text.encode(), "r.txt").participants
    assert [(p.name, p.organization, p.role) for p in people] == [
        ("Kari Lund", "Alta kommune", ParticipantRole.CHAIR),
        ("Linn Eriksen", "KS Troms og Finnmark", ParticipantRole.SECRETARY)]


def test_a_kommunedirektor_in_a_planning_groups_table_is_a_member():
    # (s72i) a planleggingsgruppe of politicians and officials from the municipalities: the
    # kommunedirektør beside the ordførar in its table is one of its members, no guest
    text = ("Referat frå møte i planleggingsgruppa for folkevaltprogrammet\n\n"
            "Dato: 21.01.2026\n\nDeltakarar:\n"
            "Namn | Funksjon | Kommune | Møtt\n"
            "Oddny Gjerde | ordførar, leiar av gruppa | Surnadal kommune | Ja\n"
            "Harald Rød | kommunedirektør | Kristiansund kommune | Ja\n"
            "Synnøve Lervik | politisk sekretær | Aure kommune | Ja\n\n"
            "Sak 1/26 Eventuelt\nIngen saker.\n")
    people = parse_bytes(text.encode(), "r.txt").participants
    assert {p.name: p.role for p in people}["Harald Rød"] == ParticipantRole.MEMBER


@pytest.mark.parametrize("line", [
    # (s72p) a police district, then the lensmann's district within it: one organisation
    # as written, as "Vest politidistrikt, Vestdal politistasjon" is
    "Petter Instefjord – politioverbetjent – Vest politidistrikt, Sunnfjord lensmannsdistrikt",
    "Petter Instefjord, politioverbetjent, Vest politidistrikt, Sunnfjord lensmannsdistrikt",
])
def test_a_police_district_and_its_lensmann_district_are_one_organisation(line):
    text = ("Referat frå møte i beredskapsrådet\n\nDato: 3. mars 2026\n\nMøtt:\n"
            f"Astrid Hjelmeland – leiar – Sunnfjord kommune\n{line}\n\n"
            "Sak 1/26 Godkjenning av innkalling\nGodkjent.\n")
    people = parse_bytes(text.encode(), "referat.txt").participants
    assert (people[1].name, people[1].organization) == (
        "Petter Instefjord", "Vest politidistrikt, Sunnfjord lensmannsdistrikt")


@pytest.mark.parametrize("line", [
    "Kari Holm, rektor ved Moen skole, Sortland, og Per Dahl, Hadsel",
    "Kari Holm, rektor ved Moen skole, Sortland og Per Dahl, Hadsel",
])
def test_two_people_on_one_line_after_a_principal_each_have_their_place(line):
    # (s72q) the municipality alone after the school she runs names the list's people by
    # their places: the next person's place after his name is his
    assert [(p[0], p[1]) for p in _listed(f"Til stede:\n{line}")] == [
        ("Kari Holm", "Sortland"), ("Per Dahl", "Hadsel")]


def test_a_person_after_a_principal_with_no_place_has_none():
    assert [(p[0], p[1]) for p in _listed(
        "Til stede:\nKari Holm, rektor ved Moen skole, Sortland, og Per Dahl")] == [
        ("Kari Holm", "Sortland"), ("Per Dahl", None)]


def test_org_then_name_one_word_first_piece_is_no_crash(monkeypatch: pytest.MonkeyPatch) -> None:
    """A first piece of one word that is a first name ("Maren, Per Moe") is read without
    an IndexError even where the organisation test lets it through (a company named by a
    first name alone): no organisation-then-name reading of two words it does not have."""
    from motebok.extract import participants

    monkeypatch.setattr(participants, "names_organisation", lambda text: text == "Maren")
    pieces = [("Maren", None, False), ("Per Moe", None, False)]
    entry = participants._org_then_name(pieces, None, Attendance.PRESENT)
    assert entry is not None and entry.name == "Per Moe" and entry.organization == "Maren"


def test_a_parish_council_after_its_leader_is_whom_she_represents():
    text = ("Møtebok\n\nProstirådet i Nordfjord prosti\n\nDato: 3. mars 2026\n"
            "Til stades: Ola Dal (leiar Vik kyrkjelege fellesråd) og Per Sand "
            "(leiar Hella sokneråd)\n\nSak 1/26 Eventuelt\nIngen saker.\n")
    people = parse_bytes(text.encode(), "prostirad.txt").participants
    assert [(p.name, p.organization, p.role) for p in people] == [
        ("Ola Dal", "Vik kyrkjelege fellesråd", ParticipantRole.MEMBER),
        ("Per Sand", "Hella sokneråd", ParticipantRole.MEMBER)]


def test_the_administration_in_a_board_table_are_its_guests():
    doc = [("heading", "Protokoll frå styremøte i Stiftinga Fjordmusea", 1),
           ("para", "Møtedato: 28.05.2026"),
           ("para", "Deltakarar:"),
           ("table", [("Namn", "Representerer", "Rolle"),
                      ("Eli Vik", "Vestland fylkeskommune", "Styreleiar"),
                      ("Per Hjelle", "Fjordhamn kommune", "Styremedlem"),
                      ("Astrid Moe", "Administrasjonen", "Direktør"),
                      ("Vegard Sol", "Administrasjonen", "Referent")]),
           ("heading", "Sak 1/26 Eventuelt", 2),
           ("para", "Ingen saker.")]
    people = parse_bytes(to_odt(doc), "styre.odt").participants
    assert [(p.name, p.role) for p in people] == [
        ("Eli Vik", ParticipantRole.CHAIR), ("Per Hjelle", ParticipantRole.MEMBER),
        ("Astrid Moe", ParticipantRole.GUEST), ("Vegard Sol", ParticipantRole.SECRETARY)]


def test_a_written_rounds_answer_grid_makes_no_answer_away_and_a_no_vote_present():
    # (s73e) "Navn | Rolle | Sak 04/26 | Sak 05/26" with "Ja" / "Nei" / "Ikke svart":
    # the members' votes; "Nei" is a vote given, only "Ikke svart" is away
    doc = [("heading", "Protokoll fra skriftlig styrebehandling", 1),
           ("para", "Svarfrist: 14. mars 2026"),
           ("heading", "Svar fra styremedlemmene", 2),
           ("table", [("Navn", "Rolle", "Sak 04/26", "Sak 05/26"),
                      ("Kari Holm", "Styreleder", "Ja", "Ja"),
                      ("Mari Dahl", "Styremedlem", "Ja", "Nei"),
                      ("Per Bø", "Styremedlem", "Ikke svart", "Ikke svart")]),
           ("heading", "Sak 04/26 Låneramme", 2),
           ("para", "Vedtak: Forslaget er vedtatt.")]
    people = parse_bytes(to_docx(doc), "skriftlig.docx").participants
    assert [(p.name, p.attendance) for p in people] == [
        ("Kari Holm", "present"), ("Mari Dahl", "present"), ("Per Bø", "absent")]


def test_a_present_from_heading_without_colon_lists_the_names_below():
    # (s73e) a joint meeting's two lists, each under "Til stede fra <body>" alone
    text = ("Referat fra fellesmøte\nDato: 9. april 2026\n\n"
            "Til stede fra Dalby regionråd\n- Randi Holm, leder\n- Terje Moen\n\n"
            "Til stede fra hovedutvalg for samferdsel\n- Silje Aas (H)\n\n"
            "Sak 1 Saksliste\nGodkjent.\n")
    people = parse_bytes(text.encode(), "felles.txt").participants
    assert [p.name for p in people] == ["Randi Holm", "Terje Moen", "Silje Aas"]


def test_one_who_came_to_the_site_visit_only_is_partial():
    # (s73e) "var med på befaringa": present for the site visit before the meeting only
    text = ("Møtebok\nDato: 12. juni 2026\n\nTil stades:\nStyreleiar Kari Holm\n\n"
            "Frå administrasjonen:\nDriftsleiar Liv Dahl, var med på befaringa\n\n"
            "Sak 21/26 Saksliste\nGodkjend.\n")
    people = parse_bytes(text.encode(), "hamn.txt").participants
    liv = next(p for p in people if p.name == "Liv Dahl")
    assert (liv.attendance, liv.note) == ("partial", "var med på befaringa")


@pytest.mark.parametrize("title, role", [("daglig leder, sekretær for styret", "secretary"),
                                         ("sekretariatet", "secretary"),
                                         # (a job that opens with "r" or "s" too)
                                         ("rådgiver, referent", "secretary"),
                                         ("seniorrådgjevar, skrivar", "secretary"),
                                         ("leiar", "chair")])
def test_a_name_over_a_signers_title_under_the_minutes_is_added(title, role):
    # (s73e) "Eivind Sand" / "daglig leder, sekretær for styret", "Jon Rust" /
    # "sekretariatet", "Ingrid Fjære" / "leiar" (no chair listed) sign the minutes
    text = ("Referat fra styret\nDato: 14. mars 2026\n\nTil stede: Per Dahl, Mari Bø\n\n"
            "Sak 1/26 Budsjett\nVedtak: Budsjettet ble godkjent.\n\n"
            f"Vikøy, 17. mars 2026\n\nEivind Sand\n{title}\n")
    people = parse_bytes(text.encode(), "styret.txt").participants
    assert [(p.name, p.role) for p in people if p.name == "Eivind Sand"] == [
        ("Eivind Sand", role)]


def test_a_university_faculty_keeps_its_fields_after_og_and_commas():
    text = ("Referat fra møte i styringsgruppen\n\nDato: 3. juni 2026\n\nTil stede:\n"
            "Førsteamanuensis Lise Berg, Nord universitet, Fakultet for sykepleie og "
            "helsevitenskap\n"
            "Per Lund, Nord universitet, Fakultet for lærerutdanning, kunst og kulturfag\n"
            "Randi Mo, Helgelandssykehuset Sandnessjøen\n"
            "Eva Dahl, Hemnes kommune, helse og velferd\n\n"
            "Gjest under sak 6/26: ph.d.-stipendiat Martin Aune, Nord universitet.\n"
            "Gjest: Ph.d.-stipendiat Ahmed Rahimi, UiA, under sak 7/26.\n\n"
            "Sak 3/26 Eventuelt\nIngen saker.\n")
    people = parse_bytes(text.encode(), "styringsgruppe.txt").participants
    assert [(p.name, p.organization) for p in people] == [
        ("Lise Berg", "Nord universitet, Fakultet for sykepleie og helsevitenskap"),
        ("Per Lund", "Nord universitet, Fakultet for lærerutdanning, kunst og kulturfag"),
        ("Randi Mo", "Helgelandssykehuset Sandnessjøen"),
        ("Eva Dahl", "Hemnes kommune, helse og velferd"),
        ("Martin Aune", "Nord universitet"),
        ("Ahmed Rahimi", "UiA")]


@pytest.mark.parametrize(("line", "role"), [
    # (s73b) a state agency's adviser by job between dashes: a visitor, as in a table's
    # "Funksjon" cell; a municipality's adviser, or the agency's person with a seat, holds it
    ("Eva Li – seniorrådgiver – Statsforvalteren i Vestland", "guest"),
    ("Eva Li – seniorrådgjevar – Statsforvaltaren i Vestland", "guest"),
    ("Eva Li – rådgiver – Helsedirektoratet", "guest"),
    ("Eva Li – rådgiver – Nordby kommune", "member"),
    ("Eva Li – leder – Statsforvalteren i Vestland", "chair"),
    ("Eva Li – Statsforvalteren i Vestland", "member"),
    ("Eva Li – seksjonsleder – Statens vegvesen", "member"),
])
def test_a_state_agencys_adviser_by_job_in_a_dashed_line_visits(line, role):
    found = parse_people_list(line, ParticipantRole.MEMBER, Attendance.PRESENT)
    assert [(entry.name, entry.role.value) for entry in found] == [("Eva Li", role)]


def test_an_organisations_row_of_two_titled_people_and_one_bracket():
    # (s73g) "Org:   job A og job B (sak 3/26)": both of that organisation, both there
    # for that case
    text = ("Referat frå eigarforum\n\nMøtedato: 15.10.2026\n\nMøtande:\n"
            "Lærdal kommune:    ordførar Harald Seim (møteleiar)\n\nFrå selskapa:\n"
            "Visit Sognefjord AS:       dagleg leiar Jon Fimreite og styreleiar Tove Aaberge "
            "(sak 3/26)\nSogn Næringsutvikling AS:  dagleg leiar Lars Kvåle (sak 4/26)\n\n"
            "1/26 Opning\nIngen merknader.\n")
    people = parse_bytes(text.encode(), "eigarforum.txt").participants
    assert [(p.name, p.organization, p.attendance, p.note) for p in people][1:] == [
        ("Jon Fimreite", "Visit Sognefjord AS", Attendance.PARTIAL, "sak 3/26"),
        ("Tove Aaberge", "Visit Sognefjord AS", Attendance.PARTIAL, "sak 3/26"),
        ("Lars Kvåle", "Sogn Næringsutvikling AS", Attendance.PARTIAL, "sak 4/26")]


def test_delegates_in_a_member_table_and_a_proxy_for_one_of_them():
    # (s73g) an association's annual meeting: "Medlemskommune | Delegater | Stemmer",
    # two delegates in a cell; "(fullmakt for Y)": Y gave her vote and stayed away
    doc = [("heading", "Protokoll fra årsmøtet i Friluftsrådet Fjordkysten", 1),
           ("para", "Tid: 22. april 2026"),
           ("table", [("Medlemskommune", "Delegater", "Stemmer"),
                      ("Alstahaug", "Bente Kristiansen, Tor Inge Lunde", "2"),
                      ("Dønna", "Kjell Ivar Strand (fullmakt for Anne Berit Dahl)", "2")]),
           ("heading", "Sak 1 Konstituering", 2),
           ("para", "Godkjent.")]
    people = parse_bytes(to_html(doc), "arsmote.html").participants
    assert [(p.name, p.organization, p.attendance, p.note) for p in people] == [
        ("Bente Kristiansen", "Alstahaug", Attendance.PRESENT, None),
        ("Tor Inge Lunde", "Alstahaug", Attendance.PRESENT, None),
        ("Kjell Ivar Strand", "Dønna", Attendance.PRESENT, "for Anne Berit Dahl"),
        ("Anne Berit Dahl", "Dønna", Attendance.ABSENT, None)]


def test_a_shareholders_representative_by_the_short_title_of_a_director():
    # (s73g) "adm. dir. Torunn Bakke" in a table of shareholders
    doc = [("heading", "Protokoll fra ordinær generalforsamling i Vestkyst Bredbånd AS", 1),
           ("para", "Dato: 27. mai 2026"),
           ("table", [("Aksjonær", "Representert ved", "Antall aksjer"),
                      ("Kinn kommune", "ordfører Arve Helle", "4 000"),
                      ("Sunnfjord Kraftlag AS", "adm. dir. Torunn Bakke", "1 000")]),
           ("heading", "1. Åpning", 2),
           ("para", "Godkjent.")]
    people = parse_bytes(to_docx(doc), "gf.docx").participants
    assert [(p.name, p.organization) for p in people] == [
        ("Arve Helle", "Kinn kommune"), ("Torunn Bakke", "Sunnfjord Kraftlag AS")]


def test_a_deputy_in_brackets_past_a_padded_forfall_row_came_for_the_member():
    # (s73j) "Forfall:" over "Asbjørn Kvinlaug      Heiane  (vara Solveig Ågedal møtte)":
    # the heading says he was away; the bracket names who came in his seat
    text = ("MØTEBOK\nViltnemnda\nMøtedato: 14.05.2026\n\nTil stades:\n"
            "Kjell Tveiten (leiar)         Heiane\n\nForfall:\n"
            "Asbjørn Kvinlaug             Heiane  (vara Solveig Ågedal møtte)\n\n"
            "Sak 1/26 Sakliste\nGodkjend.\n")
    people = parse_bytes(text.encode(), "vilt.txt").participants
    assert [(p.name, p.organization, p.attendance, p.note) for p in people[1:]] == [
        ("Asbjørn Kvinlaug", "Heiane", "absent", None),
        ("Solveig Ågedal", "Heiane", "present", "for Asbjørn Kvinlaug")]


@pytest.mark.parametrize("line, org, note", [
    # after her job, the place she comes from, then past the dash how long she was there
    ("Ingvild Lunde, kommunal viltkontakt, Lundedal – til stades under sak 19/26",
     "Lundedal", "til stades under sak 19/26"),
    # a job after the adjective of its level is no part of the note either
    ("Ingvild Lunde, kommunal viltkontakt – til stades under sak 19/26",
     "administrasjonen", "til stades under sak 19/26"),
])
def test_a_job_and_a_place_before_a_dashed_note_are_no_part_of_the_note(line, org, note):
    # (s73j)
    text = ("MØTEBOK\nViltnemnda\nMøtedato: 14.05.2026\n\nTil stades:\nKjell Tveiten (leiar)\n\n"
            f"Frå administrasjonen:\n{line}\n\nSak 1/26 Sakliste\nGodkjend.\n")
    people = parse_bytes(text.encode(), "vilt.txt").participants
    assert [(p.organization, p.attendance, p.note) for p in people[1:]] == [
        (org, "partial", note)]


def test_a_nynorsk_utval_by_its_definite_noun_is_whom_the_observer_comes_from():
    # (s73j) "Mette Lysne, villreinutvalet (observatør)": the utval, then her seat
    text = ("Protokoll frå møte i villreinnemnda\nDato: 21.04.2026\n\n"
            "Til stades: Knut Rygg (leiar)\n"
            "Andre: Mette Lysne, villreinutvalet (observatør)\n\n"
            "Sak 1/26 Sakliste\nGodkjend.\n")
    people = parse_bytes(text.encode(), "villrein.txt").participants
    assert [(p.name, p.organization, p.role) for p in people[1:]] == [
        ("Mette Lysne", "villreinutvalet", "guest")]


def test_a_remark_column_says_who_leads_the_body_and_who_observes():
    # (s73j) under "Merknad": "leiar i storviltvaldet" leads the body that met, while
    # "leiar i grunneigarlaget" beside "Nordbotn grunneigarlag" leads her own; a job
    # before ", observatør" says no more than the observer's seat
    document = docx.Document()
    document.add_paragraph("Referat frå styremøte i Øvre Dal storviltvald")
    document.add_paragraph("Dato: 4. juni 2026")
    document.add_paragraph("Til stades:")
    table = document.add_table(rows=4, cols=3)
    for row, cells in zip(table.rows, [("Namn", "Representerer", "Merknad"),
                                       ("Olav Bøen", "Bøen grunneigarlag",
                                        "leiar i storviltvaldet"),
                                       ("Ingrid Tveit", "Nordbotn grunneigarlag",
                                        "leiar i grunneigarlaget"),
                                       ("Berit Haug", "Dal kommune",
                                        "kommunal viltkontakt, observatør")], strict=True):
        for cell, value in zip(row.cells, cells, strict=True):
            cell.text = value
    document.add_paragraph("Sak 5/2026 Godkjenning av innkalling")
    document.add_paragraph("Godkjent.")
    people = parse_bytes(docx_bytes(document), "vald.docx").participants
    assert [(p.name, p.role) for p in people] == [
        ("Olav Bøen", "chair"), ("Ingrid Tveit", "member"), ("Berit Haug", "guest")]


def test_an_email_in_brackets_is_no_organisation_under_a_municipality_label():
    # (s73i) "Nordby kommune: Eva Li, personvernombud (eva.li@nordby.kommune.no)": the
    # address is contact details; the municipality before the colon is whom she represents
    text = ("Referat\nDato: 12. mars 2026\n\nDeltakere:\n"
            "Nordby kommune: Eva Li, personvernombud (eva.li@nordby.kommune.no)\n"
            "Sørby kommune: Per Dahl, rådgiver (per.dahl@sorby.kommune.no)\n\n"
            "Sak 1/26 Saksliste\nGodkjent.\n")
    people = parse_bytes(text.encode(), "nettverk.txt").participants
    assert [(p.name, p.organization) for p in people] == [
        ("Eva Li", "Nordby kommune"), ("Per Dahl", "Sørby kommune")]


@pytest.mark.parametrize("line, role", [("Eva Li, personvernombud – møteleder", "chair"),
                                        ("Eva Li, rådgiver – referent", "secretary"),
                                        ("Eva Li, rådgiver - leder", "chair"),
                                        # (s77b) with the body she serves
                                        ("Eva Li, dagleg leiar – sekretær for styret",
                                         "secretary"),
                                        ("Eva Li, rådgiver – leder av nettverket", "chair")])
def test_a_meeting_role_after_a_job_and_a_dash(line, role):
    # (s73i) "Name, job – møteleder": the meeting role after the job, as in brackets
    text = (f"Referat\nDato: 12. mars 2026\n\nDeltakere:\n{line}\nPer Dahl\n\n"
            "Sak 1/26 Saksliste\nGodkjent.\n")
    people = parse_bytes(text.encode(), "nettverk.txt").participants
    assert (people[0].name, people[0].role) == ("Eva Li", role)


def test_a_meeting_role_after_a_job_and_a_dash_of_a_glued_initial():
    # "K.Holm, rådgiver – referent": the initial glued to the surname read as spaced,
    # then the role after the dash, the name kept as written
    people = parse_people_list("K.Holm, rådgiver – referent", ParticipantRole.MEMBER,
                               Attendance.PRESENT)
    assert [(p.name, p.role) for p in people] == [("K.Holm", ParticipantRole.SECRETARY)]


def test_an_english_chiefs_initials_after_a_name_are_a_job():
    # (s73i) "Rune Aas, CISO": his job, no organisation (as "Per Moe, KS" is one)
    text = ("Referat\nDato: 12. mars 2026\n\nDeltakere:\nRune Aas, CISO\n"
            "Nordvest IKT: Kari Holm, CISO\n\nSak 1/26 Saksliste\nGodkjent.\n")
    people = parse_bytes(text.encode(), "forum.txt").participants
    assert [(p.name, p.organization) for p in people] == [
        ("Rune Aas", None), ("Kari Holm", "Nordvest IKT")]


def test_a_foreign_partner_of_two_capitalised_words_is_whom_the_person_represents():
    # (s73k) one person a line, "Name, Organisation": a partner's name in its own language
    # looks like a name ("Føroya Fornminnissavn"), but the list's other lines say what it is
    text = ("Referat fra styringsgruppemøte\n\nDato: 5. februar 2026\n\nTil stede:\n"
            "Kjersti Holm, Vestland fylkeskommune (leder)\n"
            "Bjarni Petersen, Føroya Fornminnissavn\n"
            "Femke de Vries, Provincie Groningen (PP3)\n"
            "Kari Dahl, Per Lund\n\n"
            "Sak 1/26 Eventuelt\nIngen saker.\n")
    people = parse_bytes(text.encode(), "nettverk.txt").participants
    assert [(p.name, p.organization) for p in people] == [
        ("Kjersti Holm", "Vestland fylkeskommune"), ("Bjarni Petersen", "Føroya Fornminnissavn"),
        ("Femke de Vries", "Provincie Groningen"), ("Kari Dahl", None), ("Per Lund", None)]


def test_in_attendance_after_present_names_guests_with_english_item_notes():
    # (s73k) British usage: "In attendance:" are the officers and visitors, no members;
    # "(item 4 only)", "(observer, items 1–3)" say when; long English organisation names
    text = ("Minutes of the meeting of the Programme Committee\n\nDate: 12 March 2026\n\n"
            "Present:\nTomasz Nowicki, Association of Polish Counties\n"
            "Sverre Bjørnstad, Nordby kommune, via Teams\n\n"
            "Unable to attend: Piotr Malinowski, Ministry of Climate and Environment\n\n"
            "In attendance: Lena Fjellheim, UiT The Arctic University of Norway (item 4 only); "
            "Halvor Moe, Royal Norwegian Embassy in Warsaw (observer, items 1–3)\n\n"
            "1. Opening\nThe agenda was adopted.\n")
    people = parse_bytes(text.encode(), "pc.txt").participants
    assert [(p.name, p.organization, p.role, p.attendance, p.note) for p in people] == [
        ("Tomasz Nowicki", "Association of Polish Counties", ParticipantRole.MEMBER,
         Attendance.PRESENT, None),
        ("Sverre Bjørnstad", "Nordby kommune", ParticipantRole.MEMBER, Attendance.PRESENT,
         "via Teams"),
        ("Piotr Malinowski", "Ministry of Climate and Environment", ParticipantRole.MEMBER,
         Attendance.ABSENT, None),
        ("Lena Fjellheim", "UiT The Arctic University of Norway", ParticipantRole.GUEST,
         Attendance.PARTIAL, "item 4 only"),
        ("Halvor Moe", "Royal Norwegian Embassy in Warsaw", ParticipantRole.GUEST,
         Attendance.PARTIAL, "items 1–3")]


def test_a_twin_town_meeting_lists_each_side_from_its_municipality():
    # (s73k) "From X:" over each side's people, "Mayor" before the name, "(co-chair)",
    # "(minutes)", an interpreter, and a job in capitals that is no organisation
    text = ("Minutes of the meeting of the Joint Partnership Committee\n\n"
            "Meeting date: 21 April 2026\n\nParticipants\nFrom Eidsvang kommune:\n"
            "Mayor Siri Bakken (co-chair)\n"
            "Jon Erik Dahle, adviser, international cooperation (minutes)\n"
            "From Gmina Lipowo:\nMayor Tomasz Wiśniewski (co-chair)\n"
            "Joanna Mazur, Head of the Culture Centre\n"
            "Krzysztof Lis, Head of Department of Education (from item 3)\n"
            "Interpreter: Anna Kowalczyk\n"
            "Unable to attend: Marta Zając, Lipowo Sports Club\n\n"
            "1) Welcome\nThe mayors welcomed the committee.\n")
    people = parse_bytes(text.encode(), "twin.txt").participants
    assert [(p.name, p.organization, p.role, p.attendance) for p in people] == [
        ("Siri Bakken", "Eidsvang kommune", ParticipantRole.CHAIR, Attendance.PRESENT),
        ("Jon Erik Dahle", "Eidsvang kommune", ParticipantRole.SECRETARY, Attendance.PRESENT),
        ("Tomasz Wiśniewski", "Gmina Lipowo", ParticipantRole.CHAIR, Attendance.PRESENT),
        ("Joanna Mazur", "Gmina Lipowo", ParticipantRole.MEMBER, Attendance.PRESENT),
        ("Krzysztof Lis", "Gmina Lipowo", ParticipantRole.MEMBER, Attendance.PARTIAL),
        ("Anna Kowalczyk", None, ParticipantRole.GUEST, Attendance.PRESENT),
        ("Marta Zając", "Lipowo Sports Club", ParticipantRole.MEMBER, Attendance.ABSENT)]


def test_a_guest_from_abroad_with_her_country_keeps_her_note():
    # (s73k) "Name, Organisation, Country (sak 3/26)": the bracket says when she was there
    text = ("PROTOKOLL\n\nMøtedato: 18.03.2026\n\nTil stede:\nBerit Hansen, Sortvik kommune\n\n"
            "Gjester:\nFiona MacLeod, The Highland Council, Skottland (sak 3/26)\n"
            "Jari Lehtonen, Lapin liitto, Finland (deltok på Teams)\n\n"
            "Sak 1/26 Eventuelt\nIngen saker.\n")
    people = parse_bytes(text.encode(), "utvalg.txt").participants
    assert [(p.name, p.organization, p.attendance, p.note) for p in people[1:]] == [
        ("Fiona MacLeod", "The Highland Council", Attendance.PARTIAL, "sak 3/26"),
        ("Jari Lehtonen", "Lapin liitto", Attendance.PRESENT, "deltok på Teams")]


def test_a_country_after_the_organisation_in_the_bracket_is_dropped():
    # (s73t) "Name (Organisation, Country)", as "Name, Organisation, Country (sak 3/26)"
    text = ("Minutes\n\nDate: 12 March 2026\n\nPresent: Kari Holm (Nordby kommune)\n"
            "Apologies: Jouni Laakso (Pohjois-Savon liitto, Finland), "
            "Eva Lindqvist (Region Jämtland Härjedalen, Sverige)\n\n1. AOB\nNone.\n")
    people = parse_bytes(text.encode(), "minutes.txt").participants
    assert [(p.name, p.organization, p.attendance) for p in people[1:]] == [
        ("Jouni Laakso", "Pohjois-Savon liitto", Attendance.ABSENT),
        ("Eva Lindqvist", "Region Jämtland Härjedalen", Attendance.ABSENT)]


def test_a_name_wrapped_at_its_particle_goes_on_in_the_line_below():
    # (s73n) a PDF wrapped "Tran Van" / "Minh (Fitjar)": no name ends at "Van"
    text = ("Møtereferat\n\nMøtedato: 05.03.2026\n\n"
            "Til stades: Ola Hatlevik (Stord, leiar), Fatima Benali (Kvinnherad), Tran Van\n"
            "Minh (Fitjar) og Marta Nowak (Tysnes).\n\nSak 1/26 Referat\nGodkjent.\n")
    people = parse_bytes(text.encode(), "utval.txt").participants
    assert [(p.name, p.organization) for p in people] == [
        ("Ola Hatlevik", "Stord"), ("Fatima Benali", "Kvinnherad"),
        ("Tran Van Minh", "Fitjar"), ("Marta Nowak", "Tysnes")]


def test_a_companion_or_one_marked_not_a_member_is_a_guest():
    # (s73n) a council for people with disabilities names helpers who hold no seat
    text = ("Referat\n\nDato: 3.3.2026\n\nTil stede:\n"
            "Ahmed Yusuf (Somalisk forening) – leder\n"
            "Bjørn Valla (Blindeforbundet), med assistent Linda Hauge (ikke medlem)\n"
            "Jorunn Vik, ledsager\n\n1. Referat\nGodkjent.\n")
    people = parse_bytes(text.encode(), "brukerrad.txt").participants
    assert [(p.name, p.role) for p in people] == [
        ("Ahmed Yusuf", ParticipantRole.CHAIR), ("Bjørn Valla", ParticipantRole.MEMBER),
        ("Linda Hauge", ParticipantRole.GUEST), ("Jorunn Vik", ParticipantRole.GUEST)]


def test_a_remark_cell_saying_not_a_member_makes_a_guest():
    # (s73n) "Tolk somali–norsk, ikke medlem" under "Merknad"
    doc = [("heading", "Referat fra fellesmøte for eldrerådene", 1),
           ("para", "Møtedato: 17.03.2026"),
           ("table", [("Navn", "Organisasjon", "Merknad"),
                      ("Randi Bækken", "Eldrerådet i Tynset", "Møteleder"),
                      ("Yasin Osman", "Eldrerådet i Tolga", ""),
                      ("Hawa Abdi", "", "Tolk somali–norsk, ikke medlem")]),
           ("heading", "Sak 1/26 Innkalling", 2),
           ("para", "Godkjent.")]
    people = parse_bytes(to_docx(doc), "fellesmote.docx").participants
    assert [(p.name, p.role) for p in people] == [
        ("Randi Bækken", ParticipantRole.CHAIR), ("Yasin Osman", ParticipantRole.MEMBER),
        ("Hawa Abdi", ParticipantRole.GUEST)]


def test_a_guest_there_only_for_the_site_visit_is_partial():
    # (s73n) "(gjest, kun befaringen)": there for the befaring only
    text = ("Referat\n\nDato: 22.04.2026\n\nDeltakere:\nHilde Strand, Sortland kommune\n"
            "Kristian Nygård, Statens vegvesen (gjest, kun befaringen)\n\n1. Befaring\nSe under.\n")
    people = parse_bytes(text.encode(), "nettverk.txt").participants
    assert [(p.name, p.attendance) for p in people] == [
        ("Hilde Strand", Attendance.PRESENT), ("Kristian Nygård", Attendance.PARTIAL)]


def test_sentral_kommune_column_gives_whom_each_represents() -> None:
    # a volunteer network's table by member centre: "Sentral/kommune" is whom they represent
    text = ("Referat fra nettverksmøte\nDato: 21.09.2026\n\n"
            "| Navn | Rolle | Sentral/kommune |\n|---|---|---|\n"
            "| Bente Rognli | Leder | Løkvik frivilligsentral |\n"
            "| Turid Nyhus | Koordinator | Bergnes kommune |\n\n"
            "### 1. Velkommen\nInnkallingen ble godkjent.\n")
    people = parse_bytes(text.encode(), "f.md").participants
    assert [(p.name, p.organization) for p in people] == [
        ("Bente Rognli", "Løkvik frivilligsentral"), ("Turid Nyhus", "Bergnes kommune")]


def test_observer_last_in_a_bracket_after_the_sponsor_makes_a_guest() -> None:
    # "(hovedsponsor, observatør)": the seat is the observer's, whatever comes before it
    text = ("Referat fra møte i styringsgruppa\nDato: 01.10.2026\n\nTil stede:\n"
            "- Tone Lyngstad, festivalsjef (møteleder)\n"
            "- Roar Bakken, Sparebanken Havøy (hovedsponsor, observatør) – deltok under sak 3\n"
            "\n1. Program\nGodkjent.\n")
    people = parse_bytes(text.encode(), "s.txt").participants
    bakken = next(p for p in people if p.name == "Roar Bakken")
    assert (bakken.organization, bakken.role, bakken.attendance, bakken.note) == (
        "Sparebanken Havøy", "guest", "partial", "deltok under sak 3")


def test_a_deputy_leaders_label_inside_the_leaders_line():
    # (s73p) "Leiar: A, job, nestleiar: B, job, org": two people, the deputy a member
    text = ("Referat frå samarbeidsmøte\nDato: 2. desember 2026\n"
            "Leiar: Kari Li, overtannlege, nestleiar: Ola Vik, kommunalsjef helse, "
            "Stord kommune\n\nSak 1/26 Sakliste\nGodkjend.\n")
    people = parse_bytes(text.encode(), "samarbeid.txt").participants
    assert [(p.name, p.organization, p.role) for p in people] == [
        ("Kari Li", None, "chair"), ("Ola Vik", "Stord kommune", "member")]


def test_two_leaders_under_one_label_the_deputy_a_member():
    # (s73p) "Ledere: A (leder, …) og B (nestleder, …)": a partnership's co-leaders
    text = ("Protokoll fra partnerskapsmøtet\nMøtedato: 6. november 2026\n"
            "Ledere: Kari Li (leder, ordfører Dal kommune) og Ola Vik (nestleder, "
            "direktør, Sykehuset Dal HF)\n\nSak 1/26 Saksliste\nGodkjent.\n")
    people = parse_bytes(text.encode(), "partnerskap.txt").participants
    assert [(p.name, p.role) for p in people] == [("Kari Li", "chair"),
                                                        ("Ola Vik", "member")]


def test_a_hospital_division_after_a_job_is_no_person():
    # (s73p) "Name, klinikkdirektør, Divisjon Gjøvik-Lillehammer": the unit she heads
    found = parse_people_list("Eva Li, klinikkdirektør, Divisjon Gjøvik-Lillehammer",
                              ParticipantRole.MEMBER, Attendance.PRESENT)
    assert [(e.name, e.organization) for e in found] == [
        ("Eva Li", "Divisjon Gjøvik-Lillehammer")]


def test_a_presenters_unit_before_the_item_she_presented():
    # (s73p) "(Trust HF, Unit, innleder sak 3)": the unit is whom she represents
    found = parse_people_list("Eva Li (Nordby sjukehus HF, Lærings- og mestringssenteret, "
                              "innleder sak 3)", ParticipantRole.MEMBER, Attendance.PRESENT)
    assert [(e.name, e.organization, e.role, e.attendance, e.note) for e in found] == [
        ("Eva Li", "Nordby sjukehus HF, Lærings- og mestringssenteret", ParticipantRole.GUEST,
         Attendance.PARTIAL, "innleder sak 3")]


def test_a_steering_groups_chief_executive_is_a_member_in_the_council_hall():
    # (s73p) "Sted: …, formannskapssalen": the hall names no politician in the group
    text = ("Referat fra styringsgruppen for jordmortjenesten\nMøtedato: 19.11.2026\n"
            "Sted: Dal rådhus, formannskapssalen\nDeltakere:\n"
            "Kari Li, kommunalsjef helse, Dal kommune (leder)\n"
            "Ola Vik, kommunedirektør, Vik kommune\n\nSak 9/26 Referat\nGodkjent.\n")
    people = parse_bytes(text.encode(), "styringsgruppe.txt").participants
    assert [(p.name, p.role) for p in people] == [("Kari Li", "chair"),
                                                        ("Ola Vik", "member")]


def test_a_practising_vet_is_a_job_and_whom_the_seat_stands_for_the_organisation():
    # (s73q) "Name – praktiserende veterinær, representant for X": the job with its word of
    # practice before it, then whom the seat stands for (as "Name, job, representant for X")
    text = ("Referat\nDato: 3. mars 2026\n\nTil stede:\n"
            "Eva Lund – praktiserende veterinær, representant for vaktveterinærene\n"
            "Per Dahl – distriktsveterinær – Mattilsynet\n\nSak 1/26 Saksliste\nGodkjent.\n")
    people = parse_bytes(text.encode(), "styringsgruppe.txt").participants
    assert [(p.name, p.organization) for p in people] == [
        ("Eva Lund", "representant for vaktveterinærene"), ("Per Dahl", "Mattilsynet")]


@pytest.mark.parametrize("line", ["Kari Holm, KO", "Kari Holm – KO", "Kari Holm, DL",
                                  "Kari Holm, KO – frå sak 3"])
def test_a_jobs_capitals_after_a_name_are_no_organisation(line):
    # (s73q) "Kari Holm, KO": the kommuneoverlege's capitals, her job as "(KO)" is; a body's
    # capitals stay whom she represents ("Per Moe, KS")
    text = (f"Referat\nDato: 12. mars 2026\n\nDeltakarar:\n{line}\nPer Moe, KS\n\n"
            "Sak 1/26 Saksliste\nGodkjent.\n")
    people = parse_bytes(text.encode(), "forum.txt").participants
    assert [(p.name, p.organization) for p in people] == [("Kari Holm", None), ("Per Moe", "KS")]


@pytest.mark.parametrize(("line", "note"), [
    ("Lars Berg, Hafen Kiel – online", "online"),
    ("Lars Berg, Hafen Kiel (PP4) – online", "online"),
    ("Lars Berg, Hafen Kiel – by phone", "by phone"),
])
def test_an_english_remote_note_after_a_dash_is_kept(line, note):
    # (s74a) "– online" in an English-labelled partner list: present from afar, the words
    # as note, as "– på Teams" is
    text = ("Partner meeting – Minutes\nDate: 12 March 2026\n\nPresent:\n"
            f"- Eva Holm, Agder fylkeskommune (LP)\n- {line}\n\n1. Welcome\nApproved.\n")
    people = parse_bytes(text.encode(), "partners.md").participants
    assert [(p.name, p.attendance, p.note) for p in people][1] == ("Lars Berg", "present", note)


def test_a_partner_number_is_no_organisation_and_the_list_names_it():
    # (s74a) "Chair: Eva Holm (LP)": the EU project's lead partner by its code; her line in
    # the list names whom she represents, and the "LP secretariat" gives way the same way
    text = ("# Partner meeting – Minutes\n\n**Chair:** Eva Holm (LP)\n"
            "**Minutes taken by:** Ida Dal (LP secretariat)\n\n**Present:**\n"
            "- Eva Holm, Agder fylkeskommune (LP)\n- Ida Dal, Agder fylkeskommune\n"
            "- Jens Friis, Aalborg Havn (PP2)\n\n### 1. Welcome\nThe agenda was approved.\n")
    people = parse_bytes(text.encode(), "partners.md").participants
    assert [(p.name, p.organization) for p in people] == [
        ("Eva Holm", "Agder fylkeskommune"), ("Ida Dal", "Agder fylkeskommune"),
        ("Jens Friis", "Aalborg Havn")]


def test_an_organisations_long_english_name_after_its_short_one_and_a_dash_is_kept():
    # (s74a) "KS – Norwegian Association of Local and Regional Authorities": one name of
    # more than five words, each capitalised but its joining words
    text = ("Minutes\nDate: 12 March 2026\n\nPresent:\n"
            "Per Moe, KS – Norwegian Association of Local and Regional Authorities, via Teams\n"
            "Eva Li, Nordby kommune\n\n1. Opening\nThe agenda was adopted.\n")
    people = parse_bytes(text.encode(), "committee.txt").participants
    assert (people[0].organization, people[0].note) == (
        "KS – Norwegian Association of Local and Regional Authorities", "via Teams")


@pytest.mark.parametrize("bracket", ["(Teams)", "(fra sak 3)"])
def test_a_note_in_brackets_after_job_and_unit_under_a_group_is_kept(bracket):
    # (s74a) "Til stede fra Sykehuset X HF:" then "Name, job, Divisjon … (Teams)": the
    # group names whom she represents, the bracket after her unit is her note
    text = ("Protokoll\nMøtedato: 6. november 2026\n\nTil stede fra Sykehuset Dal HF:\n"
            f"Ola Vik, klinikkdirektør, Divisjon psykisk helsevern {bracket}\n"
            "Eva Lund, klinikkdirektør, Divisjon Nord\n\nSak 1/26 Saksliste\nGodkjent.\n")
    people = parse_bytes(text.encode(), "protokoll.txt").participants
    assert people[0].note == bracket.strip("()")


def test_a_hospital_by_its_kind_before_its_place_is_the_trusts_unit():
    # (s74a) "Helse Dal HF, Sykehuset Elvik, Kvinneklinikken": the trust, its hospital and
    # the clinic, one organisation as written (as "Helse Dal, Elvik sjukehus" is)
    text = ("Referat\nMøtedato: 19.11.2026\n\nDeltakere:\n"
            "Kari Li, kommunalsjef helse, Dal kommune (leder)\n"
            "Mona Vik, avdelingssjef, Helse Dal HF, Sykehuset Elvik, Kvinneklinikken\n\n"
            "Sak 9/26 Referat\nGodkjent.\n")
    people = parse_bytes(text.encode(), "styringsgruppe.txt").participants
    assert people[1].organization == "Helse Dal HF, Sykehuset Elvik, Kvinneklinikken"


def test_a_board_chair_of_her_own_centre_in_a_role_column_is_a_member():
    # (s74b) "Styreleder (kom kl. 10.30) | Skogheim frivilligsentral" under "Rolle" beside
    # the network's own "Leder": the chair of her centre's board, a member (as the dash
    # form "– styreleder – X" is read)
    text = ("# Referat – Frivillighetsnettverket i Dalbygda\n\n**Dato:** 3.3.2026\n\n"
            "| Navn | Rolle | Sentral |\n|---|---|---|\n"
            "| Eva Lund | Leder | Aas frivilligsentral |\n"
            "| Per Dahl | Styreleder (kom kl. 10.30) | Bø frivilligsentral |\n\n"
            "### 1. Referat\nGodkjent.\n")
    people = parse_bytes(text.encode(), "nettverk.md").participants
    assert [(p.name, p.role, p.attendance) for p in people] == [
        ("Eva Lund", "chair", "present"), ("Per Dahl", "member", "partial")]


def test_a_board_chair_of_her_own_association_after_a_comma_is_a_member():
    # (s74b) "Sverre Moen, styreleder, Dal Bondelag" under the chair "(leder)": the chair of
    # his association's board, a member, and the association is whom he represents
    text = ("Referat fra møte i samarbeidsutvalget\nDato: 3. mars 2026\n\nTil stede:\n"
            "Eva Lund, landbrukssjef, Dal kommune (leder)\n"
            "Sverre Moen, styreleder, Dal Bondelag\n\nSak 1/26 Saksliste\nGodkjent.\n")
    people = parse_bytes(text.encode(), "utvalg.txt").participants
    assert [(p.name, p.organization, p.role) for p in people] == [
        ("Eva Lund", "Dal kommune", "chair"), ("Sverre Moen", "Dal Bondelag", "member")]


@pytest.mark.parametrize("line", ["Kari Lien, veterinær, Dal Dyreklinikk",
                                  "Kari Lien, tannlege, Bakken Tannklinikk",
                                  "Kari Lien, veterinær, Dal Dyrlegekontor",
                                  "Kari Lien, farmasøyt, Torget Apotek"])
def test_a_clinic_after_a_job_is_whom_the_person_represents(line):
    # (s74b) "Name, job, Place Dyreklinikk": one person and her practice, not two people
    found = parse_line(line, ParticipantRole.MEMBER, Attendance.PRESENT, None)
    assert [(e.name, e.organization) for e in found] == [
        ("Kari Lien", line.rpartition(", ")[2])]


def test_a_job_noun_before_the_meeting_role_in_brackets_is_no_organisation():
    # (s74b) "(produsent, leiar)": her job, then her seat; "(kulturkontakt Nordøy)" names
    # the school she comes from
    found = parse_people_list("Solveig Li (produsent, leiar), Kåre Lothe (kulturkontakt "
                              "Nordøy) og Per Dal (fotograf)", ParticipantRole.MEMBER,
                              Attendance.PRESENT)
    assert [(e.name, e.organization, e.role) for e in found] == [
        ("Solveig Li", None, ParticipantRole.CHAIR),
        ("Kåre Lothe", "Nordøy", ParticipantRole.MEMBER),
        ("Per Dal", None, ParticipantRole.MEMBER)]


@pytest.mark.parametrize("remark", ["Møtte med tolk", "med ledsager", "Deltok med tegnspråktolk"])
def test_a_remark_that_someone_came_with_help_is_her_note(remark):
    # (s74b) "Møtte med tolk" under "Merknad": present, and the words on how she took part
    # are the note, as "per telefon" is
    text = ("Referat fra fellesmøte\nMøtedato: 17.03.2026\n\n"
            f"| Navn | Organisasjon | Merknad |\n|---|---|---|\n"
            f"| Eva Lund | Eldrerådet i Dal | Møteleder |\n"
            f"| Yasin Ali | Eldrerådet i Bø | {remark} |\n\nSak 1/26 Saksliste\nGodkjent.\n")
    people = parse_bytes(text.encode(), "fellesmote.md").participants
    assert [(p.name, p.attendance, p.note) for p in people] == [
        ("Eva Lund", "present", None), ("Yasin Ali", "present", remark)]


@pytest.mark.parametrize(("line", "names"), [
    ("Kari Holm, KO, og Per Dahl, DL", ["Kari Holm", "Per Dahl"]),
    ("Kari Holm, KO, Siv Lie, KO og Per Dahl, DL", ["Kari Holm", "Siv Lie", "Per Dahl"]),
])
def test_a_comma_list_with_job_capitals_after_each_name_names_no_organisation(line, names):
    # (s74b) the list form of "Kari Holm, KO": each name with its job's capitals, no party
    # nor organisation
    found = parse_line(line, ParticipantRole.MEMBER, Attendance.PRESENT, None)
    assert [(e.name, e.organization) for e in found] == [(name, None) for name in names]


@pytest.mark.parametrize("paren", ["leder AMU", "leiar i HAMU", "leder av PSU"])
def test_leading_the_committee_by_its_short_name_is_the_chair(paren):
    # (s74e) "Ragnhild Vold, barnevernleder (leder AMU)": her job, then that she leads the
    # working-environment committee whose minutes these are; no organisation
    text = ("Referat fra arbeidsmiljøutvalget (AMU)\n\nDato: 19. november 2026\n\n"
            f"Arbeidsgiversiden: Ragnhild Vold, barnevernleder ({paren}); Petter Lysgård, "
            "fagleder\n\nSak 1/26 Godkjenning\nGodkjent.\n")
    people = parse_bytes(text.encode(), "amu.txt").participants
    assert [(p.name, p.organization, p.role) for p in people] == [
        ("Ragnhild Vold", None, "chair"), ("Petter Lysgård", None, "member")]


def test_a_list_note_naming_the_case_stays_when_the_member_sits_again():
    # (s74e) "Fråtredde som inhabil i sak 4/26" in the attendance table's remarks; "X tok
    # sete att." at the next case says she sat again after it: the list's words stay
    text = ("MØTEBOK\nKulturutvalet\n\nMøtedato: 26.11.2026\n\nMøtande medlemer:\n"
            "Solveig Vik, leiar\nAstrid Hovland (fråtredde som inhabil i sak 4/26)\n\n"
            "Sak 4/26 Søknad frå songlaget\nAstrid Hovland fråtredde.\n"
            "Vedtak: Songlaget får 30 000 kroner.\n\n"
            "Sak 5/26 Andre søknader\nAstrid Hovland tok sete att.\n"
            "Vedtak: Midlane vert fordelte som i tabellen.\n")
    people = {p.name: (p.attendance, p.note)
              for p in parse_bytes(text.encode(), "kultur.txt").participants}
    assert people["Astrid Hovland"] == ("partial", "fråtredde som inhabil i sak 4/26")


def test_a_site_meetings_firm_column_is_whom_they_represent():
    # (s74f) "Part | Firma | Navn | Funksjon": the party's kind, then the firm it sent
    text = ("Byggemøte nr. 3\nDato: 19.11.2026\n\nDeltakere:\n"
            "Part | Firma | Navn | Funksjon\n"
            "Byggherre | Elvedal kommune | Jon Haug | Prosjektleder, møteleder\n"
            "Entreprenør | Nordbygg AS | Per Vik | Anleggsleder\n\n"
            "1. Fremdrift\nTett bygg i uke 45.\n")
    people = parse_bytes(text.encode(), "byggemote.txt").participants
    assert [(p.name, p.organization) for p in people] == [
        ("Jon Haug", "Elvedal kommune"), ("Per Vik", "Nordbygg AS")]


def test_a_hospital_word_compounded_after_the_trust_is_the_trusts_unit():
    # (s74l) "Helse Dal HF, Elvik sentralsjukehus": the hospital's kind compounded at the
    # end of its name ("sentralsjukehus", "universitetssykehus", "lokalsjukehus") is the
    # trust's house as "Elvik sjukehus" is, one organisation as written
    text = ("Referat\nMøtedato: 19.11.2026\n\nDeltakarar:\n"
            "Kari Li, kommunalsjef helse, Dal kommune (leiar)\n"
            "Mona Vik, avdelingssjef, Helse Dal HF, Elvik sentralsjukehus\n"
            "Per Ås, overlege, Helse Dal HF, Nordby universitetssykehus\n\n"
            "Sak 9/26 Referat\nGodkjent.\n")
    people = parse_bytes(text.encode(), "samarbeidsutval.txt").participants
    assert [p.organization for p in people[1:]] == [
        "Helse Dal HF, Elvik sentralsjukehus", "Helse Dal HF, Nordby universitetssykehus"]


def test_a_secretariat_named_with_the_partnership_it_serves_is_whole():
    # (s74l) "sekretariatet for helsefellesskapet" after a job, also under a "Sekretariat:"
    # group whose word is the short form: whom she comes from, as written
    text = ("Referat\nMøtedato: 6. november 2026\n\nTil stede:\n"
            "Kari Li, ordførar, Dal kommune (leiar)\n"
            "Mona Vik, rådgjevar, sekretariatet for helsefellesskapet (referent)\n\n"
            "Sak 1/26 Referat\nGodkjent.\n")
    people = parse_bytes(text.encode(), "partnarskapsmøte.txt").participants
    assert (people[1].organization, people[1].role) == (
        "sekretariatet for helsefellesskapet", ParticipantRole.SECRETARY)
    grouped = text.replace("Mona Vik", "Sekretariat:\nMona Vik")
    people = parse_bytes(grouped.encode(), "partnarskapsmøte.txt").participants
    assert people[1].organization == "sekretariatet for helsefellesskapet"


def test_an_english_function_before_a_ministry_is_her_job():
    # (s74l) "Anna Kowal, Programme Operator, Ministry of Funds": the function in capitals,
    # then the ministry she works for; the function alone stands for the office
    text = ("Minutes of the Programme Committee\nDate: 12.03.2026\n\n"
            "Chair: Anna Kowal, Programme Operator, Ministry of Funds and Regional Policy\n"
            "In attendance: Ewa Nowak, Programme Operator (minutes)\n\n"
            "1. Opening\nThe Chair opened the meeting.\n")
    people = parse_bytes(text.encode(), "minutes.txt").participants
    assert [p.organization for p in people] == [
        "Ministry of Funds and Regional Policy", "Programme Operator"]


def test_an_english_function_with_a_meeting_role_is_her_job_not_her_organisation():
    # (s75m) "Helene Strøm, Cluster Manager (secretary)" under "Cluster management:": the
    # job English capitalises, her meeting role in brackets; no organisation named
    text = ("Minutes of the Board Meeting\nDate: 15 September 2026\n\n"
            "Board members present:\nIngrid Dahl, Subsea Nord AS (Chair)\n\n"
            "Cluster management:\nHelene Moe, Cluster Manager (secretary)\n"
            "Per Lie, Project Coordinator (minutes)\n\n"
            "1. Approval of agenda\nThe agenda was approved.\n")
    people = parse_bytes(text.encode(), "minutes.txt").participants
    assert [(p.name, p.organization, p.role) for p in people] == [
        ("Ingrid Dahl", "Subsea Nord AS", ParticipantRole.CHAIR),
        ("Helene Moe", None, ParticipantRole.SECRETARY),
        ("Per Lie", None, ParticipantRole.SECRETARY)]


def test_a_leader_of_her_own_organisation_in_the_absence_list_is_a_member():
    # (s74l) "Siri Moe, leder, Dal næringsforening" under "Forfall:" beside the meeting's
    # chair in the list of those present: she leads her association, not this meeting
    text = ("Referat fra møte i regionrådet\n\nDato: 12.03.2026\n\n"
            "Til stede:\nKari Holm, leder, Dal kommune\nPer Dahl, ordfører, Vik kommune\n\n"
            "Forfall:\nSiri Moe, leder, Dal næringsforening\n\n"
            "1. Budsjett\nGodkjent.\n")
    people = parse_bytes(text.encode(), "referat.txt").participants
    assert [(p.name, p.role) for p in people] == [
        ("Kari Holm", ParticipantRole.CHAIR), ("Per Dahl", ParticipantRole.MEMBER),
        ("Siri Moe", ParticipantRole.MEMBER)]
    assert people[2].organization == "Dal næringsforening"


def test_a_remark_in_brackets_after_a_present_name_is_a_note_not_an_organisation():
    # (s74l) "Siri Moe (heimekontor)", "Rune Ek (fri)": how or when she took part, never
    # whom she represents
    text = ("Referat frå møte i regionrådet\n\nDato: 12.03.2026\n\n"
            "Til stades:\nKari Holm, Dal kommune (leiar)\nSiri Moe (heimekontor)\n"
            "Rune Ek (fri)\n\nSak 1/26 Budsjett\nGodkjent.\n")
    people = parse_bytes(text.encode(), "referat.txt").participants
    assert [(p.organization, p.note) for p in people[1:]] == [
        (None, "heimekontor"), (None, "fri")]
    # (after the organisation too: "-kontor" ends the word, but no unit of Lia kommune)
    after_org = text.replace("Siri Moe (heimekontor)", "Siri Moe, Lia kommune (heimekontor)")
    people = parse_bytes(after_org.encode(), "referat.txt").participants
    assert (people[1].organization, people[1].note) == ("Lia kommune", "heimekontor")


@pytest.mark.parametrize(("cells", "short"), [
    (("Kari Holm", "Nordby kommune"), True),
    (("Leiar Olaug Myklebust", "Stryn kommune"), True),  # her seat before her name
    (("Eva Berg", "Sekretariatet"), True),  # whom the secretary serves
    (("Per Dal", "Institusjonsleder"), True),  # a title alone, no organisation
    (("Liv Moe", "Beboerrepresentant"), True),  # a seat alone
    (("Ola Vik", "Rådgiver Nordrådet"), True),  # an adviser by job
    (("Siri Aas", ""), True),
    # (s76f) a mark or a dash in the organisation's cell, padding, the secretariat's
    # name as a phrase, a staff job among several words
    (("Siri Aas", "–"), True),
    (("Siri Aas", "x"), True),
    (("  Siri Aas ", "  Nordby   kommune "), True),
    (("Eva Berg", "Sekretariat for kontrollutvalet"), True),
    (("Eva Berg", "Kontrollutvalgssekretariatet"), True),
    (("Eva Berg", "Vest sekretariat"), True),
    (("Eva Berg", "Nordby kommune 2"), True),
    (("Ola Vik", "seniorrådgiver i Nordrådet"), True),
    (("Kari Holm (leder)", "Nordby kommune"), False),  # a bracket: the long way
    (("Holm, Kari", "Nordby kommune"), False),
    (("Per Dal", "Forfall"), False),
    (("Per Dal", "Nei – vara Kari Fosse møtte"), False),
    (("KH Kari Holm", "Nordby kommune"), False),
    (("Kari Fosse møtte for Per Dal", "Nordby kommune"), False),
    (("NAV v/ Ola Dale", "Nordby"), False),
])
@pytest.mark.parametrize("org_first", [False, True])
def test_a_plain_rows_short_way_reads_as_the_long_way(cells, short, org_first):
    # "Navn | Kommune" (and "Kommune | Navn") rows are read the short way (``_plain_row``):
    # the same person the row's long way reads, for the rows it takes
    from motebok.extract.participants import _plain_row, parse_table_row
    columns = {0: "name", 1: "org"}
    if org_first:
        cells, columns = cells[::-1], {0: "org", 1: "name"}
    plain = _plain_row(cells, ParticipantRole.MEMBER, Attendance.PRESENT, columns)
    assert (plain is not None) is short
    if plain is not None:
        assert plain == [parse_table_row(cells, ParticipantRole.MEMBER, Attendance.PRESENT,
                                         columns)]


def test_no_mark_a_cell_is_read_as_opens_or_ends_with_a_letter():
    # (s76f) ``_plain_row`` gives a cell that opens and ends with a letter back as it is
    # (stripped) without asking ``_tick``: no mark or dash it reads may hold one there
    from motebok.extract.participants import TICK_MARKS, _tick
    assert not any(mark[:1].isalpha() or mark[-1:].isalpha() for mark in TICK_MARKS)
    for cell in ("Kari Holm", " Nordby kommune ", "Øystein Å", "x", "X-ray Ås"):
        if cell.strip()[:1].isalpha() and cell.strip()[-1:].isalpha():
            assert _tick(cell) == cell.strip()


@pytest.mark.parametrize(("line", "people"), [
    # (s74p) how one took part from afar after whom she represents, in an English list:
    # a note, the organisation hers (one word or an English name of two)
    ("Kari Holm, Nordby, by phone", [("Kari Holm", "Nordby", "by phone")]),
    ("Kari Holm, Nordby Municipality, by phone",
     [("Kari Holm", "Nordby Municipality", "by phone")]),
    ("Kari Holm (Nordby Municipality, by phone)",
     [("Kari Holm", "Nordby Municipality", "by phone")]),
    ("Anna Berg (Agder County, by video), Per Lie (Sørby, via phone)",
     [("Anna Berg", "Agder County", "by video"), ("Per Lie", "Sørby", "via phone")]),
    ("Kari Holm, Nordby, per telefon", [("Kari Holm", "Nordby", "per telefon")]),
    ("Kari Holm, Nordby, by phone, Per Lie, Sørby, Eli Moe, Vestby, remote",
     [("Kari Holm", "Nordby", "by phone"), ("Per Lie", "Sørby", None),
      ("Eli Moe", "Vestby", "remote")]),
])
def test_a_remote_note_after_whom_she_represents(line, people):
    entries = parse_people_list(line, ParticipantRole.MEMBER, Attendance.PRESENT)
    assert [(entry.name, entry.organization, entry.note) for entry in entries] == people
    assert all(entry.attendance is Attendance.PRESENT for entry in entries)


@pytest.mark.parametrize(("line", "person"), [
    # (s75f) the host's word, then the meeting role: the role counts, the place before
    # the bracket is whom she represents
    ("Kari Holm, Åsen kommune (vertskommune, møteleder)",
     ("Kari Holm", "Åsen kommune", ParticipantRole.CHAIR)),
    ("Kari Holm, Åsen kommune (vert, referent)",
     ("Kari Holm", "Åsen kommune", ParticipantRole.SECRETARY)),
    ("Kari Holm, Åsen kommune (rådgiver, møteleder)",
     ("Kari Holm", "Åsen kommune", ParticipantRole.CHAIR)),
])
def test_a_host_word_before_the_meeting_role_in_brackets(line, person):
    entries = parse_people_list(line, ParticipantRole.MEMBER, Attendance.PRESENT)
    assert [(e.name, e.organization, e.role) for e in entries] == [person]


@pytest.mark.parametrize(("label", "paren", "org"), [
    # (s75f) "Kommune: Name (seat at a unit)": the municipality the line opens with is
    # whom she represents; a group's common noun yields to the one the bracket names
    ("Brekkestø kommune", "leder NAV Brekkestø", "Brekkestø kommune"),
    ("skogeigarlaga", "leiar Kvinnherad skogeigarlag", "Kvinnherad skogeigarlag"),
])
def test_a_municipality_label_stays_over_a_seat_at_a_unit(label, paren, org):
    entries = parse_people_list(f"Hanne Myrvold ({paren})", ParticipantRole.MEMBER,
                                Attendance.PRESENT, label)
    assert [(e.name, e.organization) for e in entries] == [("Hanne Myrvold", org)]


@pytest.mark.parametrize(("line", "attendance", "note"), [
    # (s75a) a leave said alone in the present list: away, as under "Forfall:"
    ("Per Dahl (permisjon)", Attendance.ABSENT, "permisjon"),
    ("Per Dahl (i permisjon)", Attendance.ABSENT, "i permisjon"),
    ("Per Dahl – permisjon", Attendance.ABSENT, "permisjon"),
    ("Per Dahl, Ås kommune (permisjon)", Attendance.ABSENT, "permisjon"),
    # leave from an item or an hour: there for the rest
    ("Per Dahl (permisjon fra sak 5)", Attendance.PARTIAL, "permisjon fra sak 5"),
    ("Per Dahl (fikk permisjon kl. 14)", Attendance.PARTIAL, "fikk permisjon kl. 14"),
    # (after a party's code before the name and the place)
    ("V: Per Dahl, Åsen (permisjon fra sak 5)", Attendance.PARTIAL, "permisjon fra sak 5"),
    ("V: Per Dahl, Åsen (permisjon)", Attendance.ABSENT, "permisjon"),
])
def test_a_leave_in_the_present_list(line, attendance, note):
    entries = parse_people_list(f"Ola Berg, {line}", ParticipantRole.MEMBER, Attendance.PRESENT)
    assert [(e.name, e.attendance, e.note) for e in entries] == [
        ("Ola Berg", Attendance.PRESENT, None), ("Per Dahl", attendance, note)]


def test_an_english_function_between_name_and_employer_under_present_is_a_member():
    # (s75a) "Lars Dahl, Project Manager, Region Norrbotten" under "Present:": English
    # capitalises every job, so the function is no sign of the administration; she sits
    # for her employer, as "…, rådgiver, Nordby kommune" does (and "Senior Adviser" is
    # nobody's name)
    text = ("Minutes of the steering group meeting\n\nDate: 12 March 2025\n\n"
            "Present:\nAnna Berg, Chair, Nordland County Council\n"
            "Lars Dahl, Project Manager, Region Norrbotten\n"
            "Mikko Virtanen, Senior Adviser, Lapin liitto\n\n"
            "Apologies:\nJukka Rantala, Policy Officer, Lapin liitto\n\n"
            "1. Approval of agenda\nThe agenda was approved.\n")
    people = parse_bytes(text.encode(), "minutes.txt").participants
    assert [(p.name, p.organization, p.role, p.attendance) for p in people] == [
        ("Anna Berg", "Nordland County Council", ParticipantRole.CHAIR, "present"),
        ("Lars Dahl", "Region Norrbotten", ParticipantRole.MEMBER, "present"),
        ("Mikko Virtanen", "Lapin liitto", ParticipantRole.MEMBER, "present"),
        ("Jukka Rantala", "Lapin liitto", ParticipantRole.MEMBER, "absent")]


@pytest.mark.parametrize(("line", "name"), [
    ("Kari Holm / –", "Kari Holm"), ("– / Per Dahl", "Per Dahl"),
    ("Ola Nes (leiar) / -", "Ola Nes"),
])
def test_an_empty_side_of_a_representative_and_deputy_pair_is_no_person(line, name):
    # (s75e) "Møtt (representant / vara):" over "Nordby kommune: – / Per Dahl": the dash is
    # the seat nobody filled, the name beside it the one who came
    assert [e.name for e in parse_line(line, ParticipantRole.MEMBER, Attendance.PRESENT)] == [name]


def test_representative_and_deputy_pairs_by_municipality_padded_with_spaces():
    # (s75e) each municipality's pair padded into columns: the one who came, its place
    text = ("Protokoll fra styremøte\n\nMøtedato: 13.01.2027\n\nMøtt (representant / vara):\n"
            "Gransvik kommune:  Kari Holm / –\nÅs kommune:        – / Per Dahl\n\n"
            "Sak 1 Godkjenning\nGodkjent.\n")
    record = parse_bytes(text.encode(), "protokoll.txt")
    assert [(p.name, p.organization, p.attendance) for p in record.participants] == [
        ("Kari Holm", "Gransvik kommune", "present"), ("Per Dahl", "Ås kommune", "present")]
    # every line padded: the first row's pair is people, no heading over the columns
    text = ("Protokoll fra styremøte\n\nMøtedato: 13.01.2027\n\nMøtt (representant / vara):\n"
            "Gransvik kommune:    Kari Holm / –\nÅs kommune:          – / Per Dahl\n\n"
            "Sak 1 Godkjenning\nGodkjent.\n")
    record = parse_bytes(text.encode(), "protokoll.txt")
    assert [(p.name, p.organization, p.attendance) for p in record.participants] == [
        ("Kari Holm", "Gransvik kommune", "present"), ("Per Dahl", "Ås kommune", "present")]


def test_a_padded_pair_of_two_names_beside_the_place_reads_as_the_line_unpadded():
    # (s75m) "Åsen kommune:    Kari Holm / Eva Li": both sides filled under "Møtt
    # (representant / vara):" (an empty side is a dash), both people of the seat, as the
    # same line without its padding reads
    lines = ["Åsen kommune:       Kari Holm / Eva Li", "Nordby kommune:     Per Dahl / –"]
    for row in (lines, [" ".join(line.split()) for line in lines]):
        text = ("Protokoll fra styremøte\n\nMøtedato: 13.01.2027\n\n"
                "Møtt (representant / vara):\n" + "\n".join(row) +
                "\n\nSak 1 Godkjenning\nGodkjent.\n")
        record = parse_bytes(text.encode(), "protokoll.txt")
        assert [(p.name, p.organization, p.attendance) for p in record.participants] == [
            ("Kari Holm", "Åsen kommune", "present"), ("Eva Li", "Åsen kommune", "present"),
            ("Per Dahl", "Nordby kommune", "present")]


@pytest.mark.parametrize("bars", [False, True])
def test_a_deputy_beside_an_empty_members_dash_came_for_the_seat(bars):
    # (s75m) "Medlem | Vara | Oppnemnt av" under "Desse møtte:": the member's cell a dash,
    # the deputy named, the one who came (with a one-word organisation, "Sametinget");
    # padded with spaces or parted by bars alike
    rows = [("Medlem", "Vara", "Oppnemnt av"), ("Siv Lie (leiar)", "–", "Dal kommune"),
            ("–", "Marte Dahl", "Sametinget"), ("Ola Vik", "Per Nes", "Vik kommune")]
    table = "\n".join(" | ".join(row) if bars else "".join(cell.ljust(22) for cell in row)
                      for row in rows)
    text = ("Møteprotokoll\n\nMøtedato: 22. april 2026\n\nDesse møtte:\n" + table +
            "\n\nSak 1/26 Godkjenning\nGodkjent.\n")
    record = parse_bytes(text.encode(), "protokoll.txt")
    assert [(p.name, p.organization, p.attendance) for p in record.participants] == [
        ("Siv Lie", "Dal kommune", "present"), ("Marte Dahl", "Sametinget", "present"),
        ("Ola Vik", "Vik kommune", "present")]


def test_appointed_by_column_is_whom_the_member_represents():
    # (s75e) a protected-area board's "Medlem | Vara | Oppnemnt av": the appointing body
    text = ("MØTEPROTOKOLL\n\nMøtedato: 22. april 2026\n\nDesse møtte:\n"
            "Medlem                  Vara                    Oppnemnt av\n"
            "Sigrun Vetti            –                       Hovdal kommune\n"
            "–                       Marte Liasteig          Sygna kommune\n\n"
            "Sak 1/26 Godkjenning\nGodkjent.\n")
    record = parse_bytes(text.encode(), "protokoll.txt")
    assert [(p.name, p.organization) for p in record.participants] == [
        ("Sigrun Vetti", "Hovdal kommune"), ("Marte Liasteig", "Sygna kommune")]


def test_an_organisation_with_og_in_its_name_before_v_is_one_organisation():
    # (s75k) "Nordfjord brann og redning v/ Ingvild Nilsen (referent)" under "Sekretariat:":
    # the "og" joins the fire service's name, not two people
    entries = parse_people_list("Nordfjord brann og redning v/ Ingvild Nilsen (referent)",
                                None, Attendance.PRESENT)
    assert [(e.name, e.organization, e.role) for e in entries] == [
        ("Ingvild Nilsen", "Nordfjord brann og redning", ParticipantRole.SECRETARY)]


def test_the_leader_of_the_iua_in_brackets_chairs():
    # (s75k) "Stad kommune: Stig Andreassen, brannsjef (leder IUA)": he leads the oil-spill
    # committee that met, as "(leder AMU)" leads the working-environment committee
    entries = parse_people_list("Stig Andreassen, brannsjef (leder IUA)",
                                ParticipantRole.MEMBER, Attendance.PRESENT)
    assert [(e.name, e.organization, e.role) for e in entries] == [
        ("Stig Andreassen", None, ParticipantRole.CHAIR)]


def test_an_agency_that_met_and_a_cluster_office_are_guests():
    # (s75k) "Frå Kystverket møtte:" under the municipalities' members: the agency's people
    # visit, as under "Frå Kystverket:"; "Board members present:" and "Cluster management:"
    # in English minutes are the board and its office
    text = ("Protokoll frå møte i IUA-rådet\n\nDato: 10. mars 2026\n\nTil stades:\n"
            "Kinn kommune: Arve Solheim (leiar)\nAskvoll kommune: Bjørn Tefre\n\n"
            "Frå Kystverket møtte:\nEirik Hatlevik, seniorrådgjevar\n\n"
            "Sak 1/26 Godkjenning\nGodkjend.\n")
    people = parse_bytes(text.encode(), "iua.txt").participants
    assert [(p.name, p.organization, p.role) for p in people] == [
        ("Arve Solheim", "Kinn kommune", ParticipantRole.CHAIR),
        ("Bjørn Tefre", "Askvoll kommune", ParticipantRole.MEMBER),
        ("Eirik Hatlevik", "Kystverket", ParticipantRole.GUEST)]
    text = ("Minutes of the Board Meeting 3/2026\n\nDate: 15 September 2026\n\n"
            "Board members present:\nIngrid Solberg, Subsea Nord AS (Chair)\n"
            "Thomas Berg, Polar Robotics AS\n\nApologies:\nNils Jensen, Arctic Fish AS\n\n"
            "Cluster management:\nHelene Strøm (secretary)\n\n"
            "1. Approval of agenda\nThe agenda was approved.\n")
    people = parse_bytes(text.encode(), "board.txt").participants
    assert [(p.name, p.role, p.attendance) for p in people] == [
        ("Ingrid Solberg", ParticipantRole.CHAIR, "present"),
        ("Thomas Berg", ParticipantRole.MEMBER, "present"),
        ("Nils Jensen", ParticipantRole.MEMBER, "absent"),
        ("Helene Strøm", ParticipantRole.SECRETARY, "present")]


@pytest.mark.parametrize(("written", "name"), [
    # (s75c) two words of letters, not opening lower-case: the short way, the name as it is
    ("Kari Holm", "Kari Holm"),
    ("Øystein Ødegården", "Øystein Ødegården"),
    ("Ordfører Holm", "Ordfører Holm"),  # two words: no title taken off on either way
    ("KARI HOLM", "KARI HOLM"),
    # near misses go the whole way
    ("ordfører Kari Holm", "Kari Holm"),
    ("Kari Holm.", "Kari Holm"),
    ("Kari H.", "Kari H."),
    (" Kari Holm", "Kari Holm"),
    ("- Kari Holm", "Kari Holm"),
    ("Kari  Holm", "Kari  Holm"),
    ("Anne-Lise Berg", "Anne-Lise Berg"),
    ("Kari Holm,", "Kari Holm"),
])
def test_a_plain_two_word_name_is_tidy_as_it_is(written: str, name: str) -> None:
    assert tidy_name(written) == name


@pytest.mark.parametrize(("line", "person"), [
    # (s75j) the person's job, then the meeting role: the role counts, as after an office
    ("Geir Olsen, Ytre Vik havn KF (havnesjef, leder)",
     ("Geir Olsen", "Ytre Vik havn KF", ParticipantRole.CHAIR)),
    ("Per Sund, Nes kommune (kommunalsjef, møteleder)",
     ("Per Sund", "Nes kommune", ParticipantRole.CHAIR)),
    # a state agency by its definite name, then its unit in small letters: one organisation
    ("Kjetil Sand, Kystverket, lostjenesten",
     ("Kjetil Sand", "Kystverket, lostjenesten", ParticipantRole.MEMBER)),
])
def test_a_job_before_the_meeting_role_and_an_agency_with_its_unit(line, person):
    entries = parse_people_list(line, ParticipantRole.MEMBER, Attendance.PRESENT)
    assert [(e.name, e.organization, e.role) for e in entries] == [person]


@pytest.mark.parametrize(("paren", "named"), [
    # (s76h) the host's word or a job, then the meeting role: one test reads both; a
    # seat that is no meeting role, an organisation or a party before it, or a third
    # part, is no role word
    ("vertskommune, møteleder", True), ("vert, referent", True),
    ("havnesjef, leder", True), ("rådgiver næring, referent", True),
    ("vertskommune, kasserer", False), ("Nordby kommune, leder", False),
    ("Sp, leder", False), ("vertskommune, ordfører, møteleder", False),
])
def test_a_host_word_or_a_job_before_the_meeting_role_is_a_role_word(paren, named):
    from motebok.extract.participants import is_role_word
    assert is_role_word(paren) is named


def test_an_agenda_point_alone_in_brackets_is_when_a_presenter_was_there():
    # (s75j) "(punkt 3)" as "(sak 3)": present for that point only
    entries = parse_people_list("Eirik Sunde, Widerøe (punkt 3); Marte Lund, "
                                "Samferdselsdepartementet (pkt. 4 og 5)",
                                ParticipantRole.GUEST, Attendance.PRESENT)
    assert [(e.name, e.organization, e.attendance, e.note) for e in entries] == [
        ("Eirik Sunde", "Widerøe", Attendance.PARTIAL, "punkt 3"),
        ("Marte Lund", "Samferdselsdepartementet", Attendance.PARTIAL, "pkt. 4 og 5")]


def test_the_manager_of_a_firm_the_line_names_sits_for_it_in_a_forum():
    # (s75j) "Name, Firm AS (dagleg leiar)": the firm's manager, a member as "Name, dagleg
    # leiar, Firm AS" is; the body's own manager stays its administration
    text = ("Sunnøy hurtigbåtforum – referat frå møte 3. juni 2026\n\nDesse møtte:\n"
            "Gunnar Sletten, Sunnøy kommune (leiar)\n"
            "Ivar Tveit, Fjordekspressen AS (dagleg leiar)\n\n"
            "1. Godkjenning\nReferatet vart godkjent.\n")
    people = parse_bytes(text.encode(), "referat.txt").participants
    assert [(p.name, p.role) for p in people] == [
        ("Gunnar Sletten", ParticipantRole.CHAIR), ("Ivar Tveit", ParticipantRole.MEMBER)]
    text = ("Referat fra møte i styret i Vestdal regionråd\n\nTil stede:\n"
            "Gunnar Sletten, Sunnøy kommune (leder)\nKari Moe, Vestdal regionråd (daglig leder)\n"
            "\n1. Godkjenning\nReferatet ble godkjent.\n")
    people = parse_bytes(text.encode(), "referat.txt").participants
    assert [(p.name, p.role) for p in people] == [
        ("Gunnar Sletten", ParticipantRole.CHAIR), ("Kari Moe", ParticipantRole.GUEST)]


@pytest.mark.parametrize(("line", "organization", "note"), [
    # (s75l) a kind of leave a secretary writes as one word, or its short form, alone in
    # the present list: away, as "(permisjon)" is, the words (the stop too) the note
    ("Per Dahl (foreldrepermisjon)", None, "foreldrepermisjon"),
    ("Per Dahl (sykepermisjon)", None, "sykepermisjon"),
    ("Per Dahl (utdanningspermisjon)", None, "utdanningspermisjon"),
    ("Per Dahl (i foreldrepermisjon)", None, "i foreldrepermisjon"),
    ("Per Dahl (perm.)", None, "perm."),
    # a sickness alone likewise
    ("Per Dahl (sykemeldt)", None, "sykemeldt"),
    ("Per Dahl (syk)", None, "syk"),
    ("Per Dahl (sjukmeldt)", None, "sjukmeldt"),
    ("Per Dahl (sykdom)", None, "sykdom"),
    # after whom he represents, a second bracket or a dash
    ("Per Dahl, Ås kommune (sykemeldt)", "Ås kommune", "sykemeldt"),
    ("Per Dahl, Ås kommune (foreldrepermisjon)", "Ås kommune", "foreldrepermisjon"),
    ("Per Dahl (Sp) (sykemeldt)", "Sp", "sykemeldt"),
    ("Per Dahl – foreldrepermisjon", None, "foreldrepermisjon"),
    # written with a capital, or the short form without its stop
    ("Per Dahl (Permisjon)", None, "Permisjon"),
    ("Per Dahl (Sykemeldt)", None, "Sykemeldt"),
    ("Per Dahl (perm)", None, "perm"),
])
def test_a_leave_or_sickness_alone_in_the_present_list(line, organization, note):
    entries = parse_people_list(f"Ola Berg, {line}", ParticipantRole.MEMBER, Attendance.PRESENT)
    assert [(e.name, e.organization, e.attendance, e.note) for e in entries] == [
        ("Ola Berg", None, Attendance.PRESENT, None),
        ("Per Dahl", organization, Attendance.ABSENT, note)]


@pytest.mark.parametrize(("line", "attendance", "note"), [
    # (s76a) a reason the absence lists give, alone in a bracket in the present list:
    # away, as "(permisjon)" is, the words the note
    ("Per Dahl (ferie)", Attendance.ABSENT, "ferie"),
    ("Per Dahl (på ferie)", Attendance.ABSENT, "på ferie"),
    ("Per Dahl (kurs)", Attendance.ABSENT, "kurs"),
    ("Per Dahl (på kurs)", Attendance.ABSENT, "på kurs"),
    ("Per Dahl (reise)", Attendance.ABSENT, "reise"),
    ("Per Dahl (tjenestereise)", Attendance.ABSENT, "tjenestereise"),
    ("Per Dahl (annet møte)", Attendance.ABSENT, "annet møte"),
    ("Per Dahl (anna møte)", Attendance.ABSENT, "anna møte"),
    ("Per Dahl, Ås kommune (ferie)", Attendance.ABSENT, "ferie"),
    ("Per Dahl – kurs", Attendance.ABSENT, "kurs"),
    # away for part of the meeting only: there for the rest, the whole bracket the note
    ("Per Dahl (kurs fra sak 3)", Attendance.PARTIAL, "kurs fra sak 3"),
    ("Per Dahl (på kurs, deltok på sak 1)", Attendance.PARTIAL, "på kurs, deltok på sak 1"),
    # a job with such a word is no reason
    ("Per Dahl (kursleder)", Attendance.PRESENT, None),
    ("Per Dahl (reiselivssjef)", Attendance.PRESENT, None),
])
def test_a_reason_for_being_away_in_the_present_list(line, attendance, note):
    entries = parse_people_list(f"Ola Berg, {line}", ParticipantRole.MEMBER, Attendance.PRESENT)
    assert [(e.name, e.attendance, e.note) for e in entries] == [
        ("Ola Berg", Attendance.PRESENT, None), ("Per Dahl", attendance, note)]


def test_a_reason_then_when_she_came_under_forfall_is_partial():
    # (s76a) "Forfall: … (på kurs, deltok på sak 1)": away for the reason, there for an item
    entries = parse_people_list("Eva Nes (på kurs, deltok på sak 1), Tor Bø (sykdom, kom "
                                "kl. 11), Siv Lie (ferie)", ParticipantRole.MEMBER,
                                Attendance.ABSENT)
    assert [(e.name, e.attendance, e.note) for e in entries] == [
        ("Eva Nes", Attendance.PARTIAL, "på kurs, deltok på sak 1"),
        ("Tor Bø", Attendance.PARTIAL, "sykdom, kom kl. 11"),
        ("Siv Lie", Attendance.ABSENT, "ferie")]


@pytest.mark.parametrize("seat", ["(Kari Holm)", "(for Kari Holm)", "(vara for Kari Holm)"])
def test_a_name_in_brackets_after_a_note_on_when_is_whose_seat(seat):
    # (s76a) "Sara Tesfay, fra sak 2 (Kari Holm)": there from item 2 in Kari Holm's seat,
    # as "Sara Tesfay for Kari Holm, fra sak 2" says it; no organisation
    entries = parse_people_list(f"Per Dahl, Sara Tesfay, fra sak 2 {seat}, Nina Lund",
                                ParticipantRole.MEMBER, Attendance.PRESENT)
    assert [(e.name, e.organization, e.attendance, e.note) for e in entries] == [
        ("Per Dahl", None, Attendance.PRESENT, None),
        ("Sara Tesfay", None, Attendance.PARTIAL, "for Kari Holm, fra sak 2"),
        ("Nina Lund", None, Attendance.PRESENT, None)]


def test_the_member_whose_seat_a_late_deputy_took_is_away():
    text = ("Referat fra møte i Nordby regionråd\n\nDato: 12.03.2026\n\n"
            "Til stede: Ola Berg (leder), Sara Tesfay, fra sak 2 (Kari Holm), Nina Lund\n\n"
            "Sak 1/26 Budsjett\nGodkjent.\n")
    people = parse_bytes(text.encode(), "referat.txt").participants
    assert [(p.name, p.attendance, p.note) for p in people] == [
        ("Ola Berg", Attendance.PRESENT, None),
        ("Sara Tesfay", Attendance.PARTIAL, "for Kari Holm, fra sak 2"),
        ("Kari Holm", Attendance.ABSENT, None), ("Nina Lund", Attendance.PRESENT, None)]


@pytest.mark.parametrize("line", [
    "Eirik Sunde, Widerøe (punkt 3), Marte Lund (pkt. 4 og 5)",
    "Eirik Sunde, Widerøe (punkt 3); Marte Lund (pkt. 4 og 5)",
])
def test_one_word_organisation_before_a_note_on_items_in_a_list(line):
    # (s76a) one capitalised word between a guest's name and the items she came for is
    # whom she came from, as it is at the end of the line
    entries = parse_people_list(line, ParticipantRole.GUEST, Attendance.PRESENT)
    assert [(e.name, e.organization, e.attendance, e.note) for e in entries] == [
        ("Eirik Sunde", "Widerøe", Attendance.PARTIAL, "punkt 3"),
        ("Marte Lund", None, Attendance.PARTIAL, "pkt. 4 og 5")]


@pytest.mark.parametrize(("line", "attendance", "organization", "note"), [
    # (s75l) … but sick from an item on is there for the rest; a hospital or a nurse's
    # job is no sickness
    ("Per Dahl (sykemeldt fra sak 3)", Attendance.PARTIAL, None, "sykemeldt fra sak 3"),
    ("Per Dahl (Sykehuset Innlandet)", Attendance.PRESENT, "Sykehuset Innlandet", None),
    ("Per Dahl (sykepleier)", Attendance.PRESENT, None, None),
])
def test_a_sickness_word_that_says_more_in_the_present_list(line, attendance, organization,
                                                            note):
    entries = parse_people_list(line, ParticipantRole.MEMBER, Attendance.PRESENT)
    assert [(e.name, e.organization, e.attendance, e.note) for e in entries] == [
        ("Per Dahl", organization, attendance, note)]


def test_a_leave_under_forfall_keeps_its_reason():
    entries = parse_people_list("Per Dahl (foreldrepermisjon), Eli Sund (sykemeldt)",
                                ParticipantRole.MEMBER, Attendance.ABSENT)
    assert [(e.name, e.attendance, e.note) for e in entries] == [
        ("Per Dahl", Attendance.ABSENT, "foreldrepermisjon"),
        ("Eli Sund", Attendance.ABSENT, "sykemeldt")]


@pytest.mark.parametrize(("line", "people"), [
    # (s75l) when she came, then whom she represents in brackets
    ("Sara Tesfay, fra sak 2 (Nordby kommune)",
     [("Sara Tesfay", "Nordby kommune", Attendance.PARTIAL, "fra sak 2")]),
    ("Ola Berg, Sara Tesfay, under sak 4 (Statens vegvesen)",
     [("Ola Berg", None, Attendance.PRESENT, None),
      ("Sara Tesfay", "Statens vegvesen", Attendance.PARTIAL, "under sak 4")]),
    # (s76l) a place alone in the bracket, no word for its kind: whom she represents too
    ("Kari Holm, Sara Tesfay, fra sak 2 (Nord Fron), Per Dahl",
     [("Kari Holm", None, Attendance.PRESENT, None),
      ("Sara Tesfay", "Nord Fron", Attendance.PARTIAL, "fra sak 2"),
      ("Per Dahl", None, Attendance.PRESENT, None)]),
    ("Liv Aas, frå sak 3 (Sør-Odal), Per Dahl (Vestby)",
     [("Liv Aas", "Sør-Odal", Attendance.PARTIAL, "frå sak 3"),
      ("Per Dahl", "Vestby", Attendance.PRESENT, None)]),
    # a person's name there is whose seat she took, not a place
    ("Sara Tesfay, fra sak 2 (Kari Lie)",
     [("Sara Tesfay", None, Attendance.PARTIAL, "for Kari Lie, fra sak 2")]),
    # a channel in capitals is how she took part, after when (as "(med tolk)" is)
    ("Sara Tesfay, fra sak 2 (Teams)",
     [("Sara Tesfay", None, Attendance.PARTIAL, "fra sak 2 (Teams)")]),
])
def test_an_organisation_in_brackets_after_a_note_on_when(line, people):
    entries = parse_people_list(line, ParticipantRole.MEMBER, Attendance.PRESENT)
    assert [(e.name, e.organization, e.attendance, e.note) for e in entries] == people


@pytest.mark.parametrize(("line", "people"), [
    # (s75l) a party's code before each entry of a comma list, the first with a bracket
    ("Sp: Kari Holm (leder), Ås: Per Dahl",
     [("Kari Holm", "Sp", ParticipantRole.CHAIR), ("Per Dahl", "Ås", ParticipantRole.MEMBER)]),
    ("SP: Kari Holm (leder), H: Per Dahl",
     [("Kari Holm", "SP", ParticipantRole.CHAIR), ("Per Dahl", "H", ParticipantRole.MEMBER)]),
    ("SP: Kari Holm, Nordby, H: Per Dahl, Vestby",
     [("Kari Holm", "Nordby", ParticipantRole.MEMBER),
      ("Per Dahl", "Vestby", ParticipantRole.MEMBER)]),
    ("Ola Berg, Sp: Kari Holm (leder), Ap: Per Dahl (referent)",
     [("Ola Berg", None, ParticipantRole.MEMBER), ("Kari Holm", "Sp", ParticipantRole.CHAIR),
      ("Per Dahl", "Ap", ParticipantRole.SECRETARY)]),
    # her bracket closes her entry before a person without a code; a note on when follows
    ("Sp: Kari Holm (leder), H: Per Dahl (permisjon), Ola Aas, Strand kommune",
     [("Kari Holm", "Sp", ParticipantRole.CHAIR), ("Per Dahl", "H", ParticipantRole.MEMBER),
      ("Ola Aas", "Strand kommune", ParticipantRole.MEMBER)]),
    ("Ola Berg, Frp: Geir Bakken, fra sak 31/26, Kari Holm",
     [("Ola Berg", None, ParticipantRole.MEMBER), ("Geir Bakken", "Frp", ParticipantRole.MEMBER),
      ("Kari Holm", None, ParticipantRole.MEMBER)]),
])
def test_a_party_code_before_every_entry_of_a_comma_list(line, people):
    entries = parse_people_list(line, ParticipantRole.MEMBER, Attendance.PRESENT)
    assert [(e.name, e.organization, e.role) for e in entries] == people


@pytest.mark.parametrize(("line", "role", "note"), [
    # (s75l) the administration's staff among the members, there for her items: a guest
    ("barnevernleder Kristin Vold (sak 15/26 og 16/26)", ParticipantRole.GUEST,
     "sak 15/26 og 16/26"),
    ("Økonomisjef Kristin Vold (under sak 3)", ParticipantRole.GUEST, "under sak 3"),
    # a member who came late, a mayor, or no title: a member
    ("barnevernleder Kristin Vold (fra sak 15/26)", ParticipantRole.MEMBER, "fra sak 15/26"),
    ("ordfører Kristin Vold (sak 3)", ParticipantRole.MEMBER, "sak 3"),
    ("Kristin Vold (sak 3)", ParticipantRole.MEMBER, "sak 3"),
])
def test_staff_among_the_members_there_for_some_items(line, role, note):
    entries = parse_people_list(f"Ola Berg, {line}", ParticipantRole.MEMBER, Attendance.PRESENT)
    assert [(e.name, e.role, e.attendance, e.note) for e in entries] == [
        ("Ola Berg", ParticipantRole.MEMBER, Attendance.PRESENT, None),
        ("Kristin Vold", role, Attendance.PARTIAL, note)]


def test_staff_for_some_items_in_a_one_line_present_list_is_a_guest():
    # (s75l) the one-line list reads her as the same line in a PDF's wrapped list does,
    # with or without her presenting in an item
    text = ("Referat fra vertskommunemøte – barneverntjenesten\n\nDato: 9.11.2026\n\n"
            "Deltakere: kommunedirektør Lars Øien, Nordby kommune (møteleder); kommunedirektør "
            "Berit Sunde, Li kommune; barnevernleder Kristin Vold (sak 15/26 og 16/26); "
            "rådgiver Per Brå, Nordby kommune (referent)\n\n"
            "Sak 14/26 Godkjenning av referat\nReferatet ble godkjent.\n\n"
            "Sak 15/26 Budsjett 2027\nBarnevernleder la fram forslaget.\nTatt til orientering.\n")
    people = parse_bytes(text.encode(), "referat.txt").participants
    vold = next(p for p in people if p.name == "Kristin Vold")
    assert (vold.role, vold.attendance, vold.note) == (
        ParticipantRole.GUEST, "partial", "sak 15/26 og 16/26")


def test_the_election_officers_title_in_brackets_is_no_organisation():
    # (s76b) "(valgansvarlig, protokollfører)": the municipality's election officer is a
    # job, as "rådgiver" is; whom she comes for is the group's label
    text = ("Protokoll fra valgstyrets møte\n\nDato: 13.09.2027\n\n"
            "Til stede: Per Grønli (leder), Siri Vangen og Tore Myklebust.\n"
            "Fra valgsekretariatet: Kristin Aune (valgansvarlig, protokollfører) og Lars Dale.\n\n"
            "Sak 1 – Godkjenning av innkalling\n\nInnkallingen ble godkjent.\n")
    people = {p.name: p for p in parse_bytes(text.encode(), "protokoll.txt").participants}
    assert people["Kristin Aune"].organization == "valgsekretariatet"
    assert people["Kristin Aune"].role == "secretary"


@pytest.mark.parametrize(("line", "organization", "attendance", "note"), [
    # (s76c) a job whose field joins two nouns by "og" is one job, the place after it hers
    ("Ellen Rudi, avdelingsleder kulturskole og fritid, Brennmo", "Brennmo", "present", None),
    # … and a place named with its region before a dashed note
    ("Ellen Rudi, kulturskolerektor, Bø i Telemark – til kl. 11.00", "Bø i Telemark",
     "partial", "til kl. 11.00"),
])
def test_a_job_with_og_and_a_place_with_its_region(line, organization, attendance, note):
    text = f"Referat fra kulturskoleforum\n\nDato: 3. juni 2026\n\nTil stede:\n{line}\n" \
           "Per Moe, kulturskolerektor, Holtvik\n\nSak 1 Godkjenning\nGodkjent.\n"
    rudi = parse_bytes(text.encode(), "forum.txt").participants[0]
    assert (rudi.name, rudi.organization, rudi.attendance, rudi.note) == (
        "Ellen Rudi", organization, attendance, note)


def test_an_institution_column_gives_the_organisation():
    # (s76c) "Kommune / instans | Navn | Stilling": members by municipality, partners by
    # their institution
    text = ("# Referat fra samling i nettverket\n\n**Dato:** 12. mars 2026\n\n"
            "| Kommune / instans | Navn | Stilling |\n|---|---|---|\n"
            "| Fronmark kommune | Eirik Sæter | kommunalsjef (leder) |\n"
            "| Høgskolen i Innlandet | Petter Brenna | dosent |\n\n"
            "### 1. Godkjenning\n\nGodkjent.\n")
    people = parse_bytes(text.encode(), "nettverk.md").participants
    assert [(p.name, p.organization) for p in people] == [
        ("Eirik Sæter", "Fronmark kommune"), ("Petter Brenna", "Høgskolen i Innlandet")]


def test_an_amu_led_by_the_deputy_named_in_the_definite_form_and_sides_after_fra():
    # (s76j) "Frå arbeidsgjevar: A, job; B, job" is the employer's side (no organisation),
    # "Møtet vart leia av nestleiaren, Eirik Hauge." makes him the chair (the absent leiar a
    # member), the BHT's adviser under its terms in brackets a guest
    text = ("Møtebok – arbeidsmiljøutvalet (AMU)\n\nDato: 15. april 2027\n\nTil stades:\n"
            "Frå arbeidsgjevar: Ingrid Tveit, barnevernleiar; Lars Aksnes, HR-rådgjevar\n"
            "Frå arbeidstakarane: Synnøve Bø, hovudverneombod; Eirik Hauge, Fagforbundet "
            "(nestleiar)\n"
            "Bedriftshelseteneste (fast møtande utan røysterett): Per Sandvik, Hardanger BHT\n"
            "Forfall: Marta Lid, Akademikerne (leiar)\n\n"
            "Møtet vart leia av nestleiaren, Eirik Hauge.\n\n"
            "Sak 12/27 Godkjenning av innkalling\nGodkjend.\n")
    people = parse_bytes(text.encode(), "amu.txt").participants
    assert [(p.name, p.organization, p.role, p.attendance) for p in people] == [
        ("Ingrid Tveit", None, "member", "present"),
        ("Lars Aksnes", None, "member", "present"),
        ("Synnøve Bø", None, "member", "present"),
        ("Eirik Hauge", "Fagforbundet", "chair", "present"),
        ("Per Sandvik", "Hardanger BHT", "guest", "present"),
        ("Marta Lid", "Akademikerne", "member", "absent")]


def test_came_from_a_psu_case_is_partial():
    # (s76j) a partite body's own case series in the note: "– møtte fra PSU 04/27"
    text = ("# Protokoll – Partssammensatt utvalg\n\n**Møtedato:** 9. februar 2027\n\n"
            "**Arbeidstakernes representanter:**\n\n- Kari Holm, Fagforbundet\n"
            "- Hege Bakkeli, Utdanningsforbundet – *møtte fra PSU 04/27*\n\n"
            "### PSU 03/27 Godkjenning av innkalling\n\nGodkjent.\n")
    people = parse_bytes(text.encode(), "psu.md").participants
    assert [(p.name, p.attendance, p.note) for p in people] == [
        ("Kari Holm", "present", None),
        ("Hege Bakkeli", "partial", "møtte fra PSU 04/27")]


@pytest.mark.parametrize(("line", "org", "role"), [
    # (s76j) a job over a unit whose name holds "og" is one piece, not two people, and the
    # seat in brackets after it is the person's ("(leder av AMU)": the chair)
    ("Tone Haug, leder Lønn og regnskap Midt (leder av AMU)", None, ParticipantRole.CHAIR),
    # … the occupational health service written out with its provider in brackets: the
    # provider is whom the adviser comes from, as after "BHT"
    ("Siri Tjelta, bedriftshelsetjenesten (Avonova)", "Avonova", None),
    ("Siri Tjelta, BHT (Avonova)", "Avonova", None),
])
def test_a_job_over_a_unit_with_og_and_the_health_service_by_its_provider(line, org, role):
    [entry] = parse_line(line, None, Attendance.PRESENT)
    assert (entry.name, entry.organization, entry.role) == (line.split(",")[0], org, role)


def test_two_people_joined_by_og_stay_two():
    # (s76j) the "og" of a unit's name needs a small word after it that is no seat or job
    entries = parse_line("Per Lia, NAV og rådgiver Ola Dal", None, Attendance.PRESENT)
    assert [e.name for e in entries] == ["Per Lia", "Ola Dal"]


def test_group_rows_inside_a_headed_table_keep_its_columns():
    # "Navn | Kommune/virksomhet | Funksjon" with rows "Fra kommunene: | | " and "Fra
    # staten: | | " parting the people: the heading still says what each column holds, so
    # the role column's "leder av nettverket", "gjest" and "fra sak 3" are read
    import docx

    document = docx.Document()
    for text in ["Referat fra nettverksmøte", "Dato: 12.03.2024", "Deltakere"]:
        document.add_paragraph(text)
    rows = [["Navn", "Kommune/virksomhet", "Funksjon"],
            ["Fra kommunene:", "", ""],
            ["Kari Holm", "Nordby kommune", "Flyktningkonsulent, leder av nettverket"],
            ["Per Dahl", "Sørby kommune", "Programrådgiver, fra sak 3"],
            ["Fra staten:", "", ""],
            ["Eva Lund", "IMDi Øst", "Seniorrådgiver, gjest"]]
    table = document.add_table(rows=len(rows), cols=3)
    for row, cells in zip(table.rows, rows, strict=True):
        for cell, text in zip(row.cells, cells, strict=True):
            fill_cell(cell, [text])
    for text in ["Sak 1/24 Godkjenning av innkalling", "Godkjent."]:
        document.add_paragraph(text)
    people = parse_bytes(docx_bytes(document), "referat.docx").participants
    assert [(p.name, p.organization, p.role, p.attendance, p.note) for p in people] == [
        ("Kari Holm", "Nordby kommune", "chair", "present", None),
        ("Per Dahl", "Sørby kommune", "member", "partial", "fra sak 3"),
        ("Eva Lund", "IMDi Øst", "guest", "present", None),
    ]


def test_a_job_led_by_an_acronym_before_the_organisation_in_brackets():
    # "(NAV-leder NAV Vestby)": the job ("leder" a part of it, no seat), then whom she
    # represents, as "(avdelingsleder NAV Vestby)" reads
    text = ("Referat fra samarbeidsmøte\n\nDato: 12.03.2024\n\n"
            "Til stede: Eva Dahl (kommunedirektør Lia, leder), Kari Holm (NAV-leder NAV Vestby)"
            "\n\nSak 1/24 Godkjenning\nGodkjent.\n")
    assert _people_of(text) == [
        ("Eva Dahl", "Lia", "chair", "present", None),
        ("Kari Holm", "NAV Vestby", "member", "present", None),
    ]


@pytest.mark.parametrize(("line", "org"), [
    # (s76o) a job named by initials at a workplace the text names by its kind alone: no
    # organisation, as "økonomisjef i vertskommunen" (a named one stays whom she is from)
    ("Pål Engen, HR-sjef i vertskommunen", None),
    ("Pål Engen, HMS-rådgiver i kommunen", None),
    ("Pål Engen, HR-sjef i Vik kommune", "Vik kommune"),
    ("Pål Engen, HR-sjef i fylkeskommunen", "fylkeskommunen"),
])
def test_a_job_by_initials_at_a_workplace_named_by_its_kind(line, org):
    [entry] = parse_line(line, None, Attendance.PRESENT)
    assert (entry.name, entry.organization) == ("Pål Engen", org)


def test_came_by_the_clock_then_present_from_an_item_is_one_note():
    # (s77c) "– kom kl. 10.30, til stades frå sak 3": both clauses are the note, as
    # "kom kl. 10.40, frå sak 28/25" is
    text = ("Referat frå klinikksjefmøtet\n\nDato: 19. januar 2027\n\nTil stades:\n"
            "Kari Holm, overtannlege, Klinikk Nordby\n"
            "Ola Strand, klinikksjef, Klinikk Bakkane – kom kl. 10.30, til stades frå sak 3\n\n"
            "Sak 1 – Godkjenning\nGodkjent.\n")
    record = parse_bytes(text.encode(), "ks.txt")
    ola = record.participants[1]
    assert (ola.name, ola.organization, ola.attendance, ola.note) == (
        "Ola Strand", "Klinikk Bakkane", "partial", "kom kl. 10.30, til stades frå sak 3")


def test_a_place_column_beside_the_job_is_whom_each_comes_from():
    # (s77c) "Namn | Stilling | Stad" in a county service's minutes: the clinic or district
    document = docx.Document()
    document.add_paragraph("Referat frå distriktsleiarmøte")
    document.add_paragraph("Møtedato: 11.02.2027")
    document.add_paragraph("Til stades:")
    table = document.add_table(rows=3, cols=3)
    for row, cells in zip(table.rows, [("Namn", "Stilling", "Stad"),
                                       ("Arne Vik", "distriktsleiar", "Distrikt nord"),
                                       ("Tove Hegre", "distriktsleiar",
                                        "Distrikt sør (via Teams)")], strict=True):
        for cell, value in zip(row.cells, cells, strict=True):
            cell.text = value
    document.add_paragraph("Sak 14/27 Godkjenning")
    document.add_paragraph("Godkjent.")
    record = parse_bytes(docx_bytes(document), "dl.docx")
    assert [(p.name, p.organization, p.note) for p in record.participants] == [
        ("Arne Vik", "Distrikt nord", None), ("Tove Hegre", "Distrikt sør", "via Teams")]


@pytest.mark.parametrize("line", ["Marit Solheim, styreleder (leder av AU)",
                                  "Marit Solheim (leiar i AU)", "Marit Solheim, leder av AU"])
def test_leading_the_working_committee_by_its_initials_is_the_chair(line):
    # (s77a) "AU", the usual initials of an arbeidsutvalg, as "(leder AMU)" names the
    # working-environment committee: she leads the committee that met, no organisation
    text = ("PROTOKOLL\nStyrets arbeidsutvalg\n\nMøtedato: 14.04.2026\n\nTil stede:\n"
            f"{line}\nGeir Tangen, nestleder\n\nSak 08/26 Godkjenning\nGodkjent.\n")
    people = parse_bytes(text.encode(), "au.txt").participants
    assert [(p.name, p.organization, p.role) for p in people] == [
        ("Marit Solheim", None, "chair"), ("Geir Tangen", None, "member")]


# (s77j) a regional planning forum's and a plan cooperation's attendance

def test_a_planning_forum_s_agencies_after_v_are_its_members_and_companies_guests() -> None:
    # "Statens vegvesen v/ Randi Strand" in a planning forum's list: the agency is the
    # forum's own side (elsewhere a visitor); the consultant's firm comes with the plan
    text = ("Referat frå regionalt planforum\n\nDato: 12. mai 2027\n\nDeltakarar\n"
            "Statlege etatar:\nStatens vegvesen v/ Randi Strand\nNVE v/ Eva Myklebust\n"
            "Kommunane:\nNordby kommune v/ planleiar Kari Holm (sak 2/27)\n"
            "Norconsult AS v/ Ola Nes (sak 2/27)\n\n"
            "Sak 1/27 Godkjenning av innkalling\nGodkjend.\n")
    assert [(name, org, role) for name, org, role, _, _ in _people_of(text)] == [
        ("Randi Strand", "Statens vegvesen", "member"), ("Eva Myklebust", "NVE", "member"),
        ("Kari Holm", "Nordby kommune", "guest"), ("Ola Nes", "Norconsult AS", "guest")]


def test_an_agency_after_v_stays_a_visitor_outside_a_planning_forum() -> None:
    text = ("Referat fra styremøte i Vestby regionråd\n\nDato: 12. mai 2027\n\nTil stede:\n"
            "Kari Holm\nPer Dahl\nStatens vegvesen v/ Randi Strand\n\n"
            "Sak 1/27 Godkjenning av innkalling\nGodkjent.\n")
    assert ("Randi Strand", "Statens vegvesen", "guest") in [
        (name, org, role) for name, org, role, _, _ in _people_of(text)]


@pytest.mark.parametrize("line, expected", [
    # the note after a dash in small letters
    ("Bane NOR v/ Silje Lie – deltok bare under sak 6/27",
     [("Silje Lie", "Bane NOR", "partial", "deltok bare under sak 6/27")]),
    # an organisation's unit after a comma
    ("Sørby fylkeskommune, kulturarv v/ Tone Fjeld",
     [("Tone Fjeld", "Sørby fylkeskommune, kulturarv", "present", None)]),
    # two people after "v/", one bracket for the case they both came for
    ("Eikvåg kommune v/ planleder Jorunn Dahl og arealplanlegger Martin Berge (sak 6/27)",
     [("Jorunn Dahl", "Eikvåg kommune", "partial", "sak 6/27"),
      ("Martin Berge", "Eikvåg kommune", "partial", "sak 6/27")]),
])
def test_an_organisation_v_its_people_with_unit_or_case_note(line, expected) -> None:
    found = parse_people_list(line, ParticipantRole.MEMBER, Attendance.PRESENT)
    assert [(e.name, e.organization, e.attendance, e.note) for e in found] == expected


def test_a_steering_group_s_project_group_and_consultant_are_guests() -> None:
    text = ("Referat frå møte i styringsgruppa\n\nDato: 4. februar 2027\n\nTil stades:\n"
            "Kommunane:\nTrond Bø, ordførar Havsund (leiar)\nGunn Rise, ordførar Brekkevåg\n"
            "Prosjektgruppa:\nRagnar Lid, Havsund kommune\n"
            "Konsulent: Rambøll Norge AS v/ Therese Lien\n\n"
            "1. Godkjenning av innkalling\nGodkjend.\n")
    assert [(name, role) for name, _, role, _, _ in _people_of(text)] == [
        ("Trond Bø", "chair"), ("Gunn Rise", "member"), ("Ragnar Lid", "guest"),
        ("Therese Lien", "guest")]


def test_the_project_group_s_own_list_under_its_name_are_members() -> None:
    text = ("Referat fra møte i prosjektgruppen\n\nDato: 4. februar 2027\n\n"
            "Prosjektgruppen:\nRagnar Lid, Havsund kommune\nNina Moe, Brekkevåg kommune\n\n"
            "1. Godkjenning av innkalling\nGodkjent.\n")
    assert [(name, role) for name, _, role, _, _ in _people_of(text)] == [
        ("Ragnar Lid", "member"), ("Nina Moe", "member")]


@pytest.mark.parametrize(("line", "people"), [
    # (s77k) a service's district by its direction in small letters after a job: whom the
    # person speaks for, as "region sør" is; the meeting role in brackets still read
    ("Arne Vik, overtannlege, distrikt nord (møteleiar)", [("Arne Vik", "distrikt nord", None)]),
    ("Eli Moe, klinikksjef, region sør", [("Eli Moe", "region sør", None)]),
    ("Tor Lie, rådgjevar, distrikt aust", [("Tor Lie", "distrikt aust", None)]),
])
def test_a_district_by_its_direction_after_a_job_is_whom_one_speaks_for(line, people):
    found = parse_people_list(line, ParticipantRole.MEMBER, Attendance.PRESENT)
    assert [(e.name, e.organization, e.note) for e in found] == people


@pytest.mark.parametrize(("group", "line", "organization"), [
    # (s77q) a mayor's place after her name wins over the group heading's organisation
    ("Fylkeskommunen", "Helga Myklebust, ordførar Nordøy", "Nordøy"),
    ("Vestfjord fylkeskommune", "Helga Myklebust, varaordfører Nordre Land", "Nordre Land"),
    # the group's fuller name of the same place stays, and a job with no place is the
    # group's
    ("Nordøy kommune", "Helga Myklebust, ordførar Nordøy", "Nordøy kommune"),
    ("Fylkeskommunen", "Helga Myklebust, rådgjevar", "Fylkeskommunen"),
])
def test_a_mayor_s_place_wins_over_the_group_s_organisation(group, line, organization):
    found = parse_line(line, ParticipantRole.MEMBER, Attendance.ABSENT, group)
    assert [(e.name, e.organization) for e in found] == [("Helga Myklebust", organization)]


def test_forfall_under_a_partner_group_keeps_the_mayor_s_municipality() -> None:
    text = ("Referat frå møte i styringsgruppa\n\nDato: 4. februar 2027\n\nTil stades:\n"
            "Kommunane:\nTrond Bø, ordførar Havsund (leiar)\n"
            "Fylkeskommunen:\nAstrid Hope, Vestfjord fylkeskommune (observatør)\n"
            "Forfall: Helga Myklebust, ordførar Nordøy\n\n"
            "1. Godkjenning av innkalling\nGodkjend.\n")
    assert [(name, org) for name, org, _, _, _ in _people_of(text)][-1] == \
        ("Helga Myklebust", "Nordøy")


def test_a_partner_s_group_among_the_sides_of_a_list_with_its_guests_apart_is_members():
    # (s78c) "Fra kommunene:" and "Fra NAV:" at a cooperation's steering group, with
    # "Gjest:" naming its guest apart: NAV's people are one side of the body, no guests
    text = ("Referat fra styringsgruppemøte\n\nDato: 25. august 2027\n\n"
            "Fra kommunene: Ingrid Nordhagen (Dalbygd kommune, leder), Sverre Bjørnstad "
            "(Øvre Dal kommune)\nFra NAV: Tone Lie (NAV Midt-Dalen)\n"
            "Gjest: Lars Holtet, Dalbygd videregående skole\n\n"
            "Sak 11 – Godkjenning av innkalling\nGodkjent.\n")
    roles = {name: role for name, _, role, _, _ in _people_of(text)}
    assert roles == {"Ingrid Nordhagen": "chair", "Sverre Bjørnstad": "member",
                     "Tone Lie": "member", "Lars Holtet": "guest"}


def test_a_partner_s_group_without_guests_named_apart_stays_guests():
    # (s78c) without a guests' label of its own the partner visits, as at a regionråd
    text = ("Referat fra møte i regionrådet\n\nDato: 25. august 2027\n\n"
            "Fra kommunene: Ingrid Nordhagen (Dalbygd kommune, leder), Sverre Bjørnstad "
            "(Øvre Dal kommune)\nFra NAV: Tone Lie (NAV Midt-Dalen)\n\n"
            "Sak 11 – Godkjenning av innkalling\nGodkjent.\n")
    roles = {name: role for name, _, role, _, _ in _people_of(text)}
    assert roles["Tone Lie"] == "guest"


def test_a_kommunedirektor_on_a_partnership_council_is_a_member():
    # (s78c) the partnership council of a university college and a municipality: its
    # kommunedirektør is the municipality's partner there, no administration serving it
    text = ("Protokoll fra møte i partnerskapsrådet\n\nMøtedato: 16.09.2027\n\n"
            "Til stede:\nNina Aasen, prorektor, Høgskolen i Vestbygd (leder)\n"
            "Geir Ståle Nilsen, kommunedirektør, Fjordby kommune\n"
            "Frode Sandvik, kommunalsjef oppvekst, Fjordby kommune\n\n"
            "Sak 1: Godkjenning av innkalling\nGodkjent.\n")
    roles = {name: role for name, _, role, _, _ in _people_of(text)}
    assert roles["Geir Ståle Nilsen"] == "member"


def test_a_group_of_the_list_s_own_words_among_the_sides_is_members_too():
    # (s78c) "Fra karrieresenteret:" below "Fra NAV:" in a list whose guest is named apart
    # ("Gjest:"): the centre is one more side of the cooperation, no visitor
    text = ("Referat fra styringsgruppemøte\n\nDato: 25. august 2027\n\n"
            "Fra kommunene: Ingrid Nordhagen (Dalbygd kommune, leder)\n"
            "Fra NAV: Tone Lie (NAV Midt-Dalen)\nFra karrieresenteret: Øystein Wold\n"
            "Gjest: Lars Holtet, Dalbygd videregående skole\n\n"
            "Sak 11 – Godkjenning av innkalling\nGodkjent.\n")
    roles = {name: role for name, _, role, _, _ in _people_of(text)}
    assert (roles["Øystein Wold"], roles["Lars Holtet"]) == ("member", "guest")


def test_leads_the_meeting_in_a_bracket_after_the_job_is_the_chair() -> None:
    # (s78b) "Trine Haug, daglig leder (leder møtet)": what she did, the chair
    text = ("Referat fra kontaktpersonmøte\n\nDato: 2.12.2027\n\nFra kommunene:\n"
            "Anders Hovde, Østmark kommune\n\nFra krisesenteret:\n"
            "Trine Haug, daglig leder (leder møtet)\nSunniva Lie, miljøterapeut (referent)\n\n"
            "1) Eventuelt\nIngen saker.\n")
    assert [(name, role) for name, _, role, _, _ in _people_of(text)] == [
        ("Anders Hovde", "member"), ("Trine Haug", "chair"), ("Sunniva Lie", "secretary")]


@pytest.mark.parametrize(("line", "organization"), [
    # (s78e) a job in small letters before whom the person represents, after a dash with
    # no comma between: the job is no organisation, as after a comma
    ("Cecilie Holm – teamleder FACT Vestdalen", "FACT Vestdalen"),
    ("Cecilie Holm – kommunalsjef Lia kommune", "Lia kommune"),
    ("Cecilie Holm – Lia kommune", "Lia kommune"),
])
def test_a_job_before_the_organisation_after_a_dash_is_left_out(line, organization):
    found = parse_line(line, ParticipantRole.MEMBER, Attendance.PRESENT, None)
    assert [(e.name, e.organization) for e in found] == [("Cecilie Holm", organization)]


@pytest.mark.parametrize(("group", "role"), [
    ("Brukarrepresentantar", "member"),
    ("Brukerrepresentanter", "member"),
    ("Observatørar", "guest"),
])
def test_a_seat_group_after_the_writer_s_label_is_no_writer(group, role):
    # (s78e) "Skrivar: Jon Are Lid" then "Brukarrepresentantar: A (RIO) og B (LPP)": the
    # users' seats of the body (an observer a guest), not a second and third writer
    text = ("Protokoll frå møte i brukarrådet\n\nDato: 6. oktober 2027\n\n"
            "Møteleiar: Ingrid Tveit\nSkrivar: Jon Are Lid, erfaringskonsulent\n"
            f"{group}: Oddny Våge (RIO) og Kjell Vik (LPP)\n\n"
            "Sak 12/27 Godkjenning av innkalling\nGodkjend.\n")
    assert [(name, r) for name, _, r, _, _ in _people_of(text)] == [
        ("Ingrid Tveit", "chair"), ("Jon Are Lid", "secretary"),
        ("Oddny Våge", role), ("Kjell Vik", role)]


def test_guests_named_apart_under_a_longer_label_of_their_word_make_the_partner_a_side():
    # (s78k) "Gjester til stede:" names the guests and no one else, as "Gjest:" does (the
    # guests' labels of labels.py by their own word): NAV's people are one side of the body
    text = ("Referat fra styringsgruppemøte\n\nDato: 25. august 2027\n\n"
            "Fra kommunene: Ingrid Nordhagen (Dalbygd kommune, leder), Sverre Bjørnstad "
            "(Øvre Dal kommune)\nFra NAV: Tone Lie (NAV Midt-Dalen)\n"
            "Gjester til stede: Lars Holtet, Dalbygd videregående skole\n\n"
            "Sak 11 – Godkjenning av innkalling\nGodkjent.\n")
    roles = {name: role for name, _, role, _, _ in _people_of(text)}
    assert (roles["Tone Lie"], roles["Lars Holtet"]) == ("member", "guest")


def test_the_one_a_constituting_step_elects_as_moteleder_chairs():
    # (s79b) "b) Valg av møteleder: Astrid Nygård ble valgt.": the name is hers, not "Astrid
    # Nygård ble valgt" (the label's case does not carry over to the name)
    text = ("Protokoll fra årsmøtet 2027\n\nDato: 10. mai 2027\n\n"
            "Til stede: Astrid Nygård, Jens Brekke\n\n"
            "Sak 1 Konstituering\na) Godkjenning av innkalling: Innkallingen ble godkjent.\n"
            "b) Valg av møteleder: Astrid Nygård ble valgt.\n\n"
            "Sak 2 Årsberetning\nGodkjent.\n")
    roles = {name: role for name, _, role, _, _ in _people_of(text)}
    assert roles == {"Astrid Nygård": "chair", "Jens Brekke": "member"}


def test_the_board_s_chair_at_the_owners_council_is_a_guest():
    # (s79b) at an eierråd, as at a representantskap: "Fra styret: styreleder X" comes to
    # report while the council's own leader chairs
    text = ("Referat fra møte i eierrådet\n\nDato: 14. april 2027\n\n"
            "Deltakere fra eierkommunene:\n"
            "Ordfører Svein Kvamme, Bremvik kommune (leder av eierrådet)\n"
            "Ordfører Hege Nystad, Losna kommune\n"
            "Fra styret: styreleder Knut Rasmussen\n\n"
            "1) Åpning\nDagsorden ble godkjent.\n")
    roles = {name: role for name, _, role, _, _ in _people_of(text)}
    assert roles == {"Svein Kvamme": "chair", "Hege Nystad": "member",
                     "Knut Rasmussen": "guest"}


@pytest.mark.parametrize(("line", "organization"), [
    ("Petter Solvang, politiet, familievoldskoordinator", "politiet"),
    ("Guri Moe, sjukehuset, psykolog", "sjukehuset"),
    ("Tone Aas, barnevernet, saksbehandler", "barnevernet"),
    ("Kari Nilsen, kommunen, rådgiver", "kommunen"),
])
def test_an_institution_in_small_letters_between_the_name_and_the_job_is_the_organisation(
        line, organization):
    # (s79e) "Name, politiet, job": the agency by its definite word stands where a
    # capitalised organisation stands in "Name, Org, job", whom the person represents
    text = ("Referat fra møte i SLT-gruppa\n\nDato: 3. februar 2027\n\n"
            f"Til stede:\nAnne Berg, Nordvik kommune, leder\n{line}\n\n"
            "Sak 1 Godkjenning av innkalling\nGodkjent.\n")
    people = _people_of(text)
    assert [(name, org) for name, org, _, _, _ in people][1] == (line.split(",")[0], organization)


@pytest.mark.parametrize(("imdi", "nav_role"), [
    # (s79e) the next group's guest named by the word in her bracket: the list says who the
    # guests are, so NAV's people are a side of the network, as under a "Gjest:" label
    ("Fra IMDi: Terje Vold (IMDi Vest, gjest under punkt 2 og 3)", "member"),
    ("Fra IMDi: Terje Vold (gjest)", "member"),
    # (no guest named apart: the partner's group stays its guests, as 7041's "Fra KS:")
    ("Fra IMDi: Terje Vold (IMDi Vest)", "guest"),
])
def test_a_partner_s_group_beside_a_guest_named_in_a_bracket_is_a_side(imdi, nav_role):
    text = ("Referat – Nettverk for arbeid og inkludering\n\nDato: 28.04.2027\nSted: Teams\n\n"
            "Til stede\nFra kommunene: Arild Sæbø (Nordvik, leder), Fatima Ali (Havøy)\n"
            f"Fra NAV: Pål Engen (NAV Nordvest)\n{imdi}\n\n"
            "1) Godkjenning av innkalling\nGodkjent.\n")
    roles = {name: role for name, _, role, _, _ in _people_of(text)}
    assert roles["Pål Engen"] == nav_role


def test_advisers_who_met_with_speaking_rights_are_guests():
    # (s79a) a road safety committee's advisers (roads authority, police) speak without a
    # vote: "Møtte med talerett:" as a group label, and "Rådgiver – møtte med talerett" in
    # a role cell, make guests (with "møte-, tale- og stemmerett" a member)
    text = ("Møteprotokoll\n\nTrafikksikkerhetsutvalget\n\nDato: 24.02.2027\n\n"
            "Til stede: Rune Sæther (leder), Ellen Dahl\n"
            "Møtte med talerett: Gro Hestnes (Statens vegvesen) og Trond Li (politiet).\n\n"
            "PS 3/27 Godkjenning av innkalling\nGodkjent.\n")
    assert [(name, org, role) for name, org, role, _, _ in _people_of(text)][2:] == [
        ("Gro Hestnes", "Statens vegvesen", "guest"), ("Trond Li", "politiet", "guest")]
    assert role_of("Rådgiver – møtte med talerett") == ParticipantRole.GUEST
    assert role_of("med møte-, tale- og stemmerett") != ParticipantRole.GUEST


def test_an_agency_in_small_letters_before_a_bracket_s_note_is_whom_one_comes_from():
    # (s79a) "(politiet, frå sak 7/27)", "(teknisk drift, fra sak 3/27)": the agency or unit,
    # then when the person came; a job ("rådgiver, fra sak 3") or a reason ("på kurs,
    # deltok på sak 1") before the comma is no organisation
    text = ("Referat fra arbeidsgruppen\n\nDato: 11.01.2027\n\n"
            "Til stede: Kari Holm (leder), Eva Lie (teknisk drift, fra sak 3/27), "
            "Tor Li (politiet, fra sak 2), Per Dahl (rådgiver, fra sak 3) og "
            "Ola Ås (på kurs, deltok på sak 1).\n\nSak 1/27 Status\nTekst.\n")
    people = {name: (org, attendance, note) for name, org, _, attendance, note in _people_of(text)}
    assert people["Eva Lie"] == ("teknisk drift", "partial", "fra sak 3/27")
    assert people["Tor Li"] == ("politiet", "partial", "fra sak 2")
    assert people["Per Dahl"][0] is None
    assert people["Ola Ås"][0] is None


def test_the_road_safety_organisation_after_a_name_in_a_comma_list_is_no_person():
    # (s79a) "Maria Fjell, Trygg Trafikk, og Tor Inge Bø, Statens vegvesen": each name with
    # its organisation ("Trafikk" is no one's surname)
    text = ("Referat fra nettverksmøte\n\nDato: 3. mars 2027\n\n"
            "Til stede: Kari Holm (leder), Per Dahl.\n"
            "Observatører: Maria Fjell, Trygg Trafikk, og Tor Inge Bø, Statens vegvesen.\n\n"
            "Sak 1 Velkommen\nGodkjent.\n")
    assert [(name, org) for name, org, _, _, _ in _people_of(text)][2:] == [
        ("Maria Fjell", "Trygg Trafikk"), ("Tor Inge Bø", "Statens vegvesen")]


@pytest.mark.parametrize(("group", "role"), [
    ("Kommunale observatørar", "guest"),
    ("Faste observatører", "guest"),
    ("Tilsette sine representantar", "member"),
])
def test_a_seat_group_after_the_writer_s_label_reads_its_noun_as_a_label(group, role):
    # (s79h) the seat's noun read as its label alone would be ("observatørar" a label of
    # guests, labels' GUESTS), wherever it stands in the group's name, not by its prefix:
    # "Kommunale observatørar" after "Skrivar: …" are guests, as "Observatørar" are
    text = ("Protokoll frå møte i brukarrådet\n\nDato: 6. oktober 2027\n\n"
            "Møteleiar: Ingrid Tveit\nSkrivar: Jon Are Lid, erfaringskonsulent\n"
            f"{group}: Oddny Våge (RIO) og Kjell Vik (LPP)\n\n"
            "Sak 12/27 Godkjenning av innkalling\nGodkjend.\n")
    assert [(name, r) for name, _, r, _, _ in _people_of(text)] == [
        ("Ingrid Tveit", "chair"), ("Jon Are Lid", "secretary"),
        ("Oddny Våge", role), ("Kjell Vik", role)]
def test_a_person_s_own_bracket_before_a_note_names_her_organisation_over_the_group_word():
    # (s79l) "Fra fylkeskommunen: Solveig Ruud (Sørvest fylkeskommune, gjest i sak 2)": her
    # bracket names the organisation more exactly than the group label's definite noun, as
    # it does without the note; a bracket with only a note keeps the group's word
    text = ("Referat – Nettverk for kvalifisering\n\nDato: 9. mars 2027\n\n"
            "Til stede\nFra kommunene: Hilde Strand (Sørdal, leder)\n"
            "Fra fylkeskommunen: Solveig Ruud (Sørvest fylkeskommune, gjest i sak 2)\n"
            "Fra fylkeskommunen: Per Holt (gjest i sak 2)\n\n"
            "1) Godkjenning\nGodkjent.\n")
    people = {name: (org, attendance, note) for name, org, _, attendance, note in _people_of(text)}
    assert people["Solveig Ruud"] == ("Sørvest fylkeskommune", "partial", "gjest i sak 2")
    assert people["Per Holt"] == ("fylkeskommunen", "partial", "gjest i sak 2")


def test_a_bracket_after_a_comma_is_the_last_name_s_and_after_og_both_names():
    # (s79l) "Per Dahl, Kari Lia (Lia skole)": the bracket is Kari Lia's alone, Per Dahl
    # has no organisation of his own (not his neighbour's); "Siri Holm og Tor Vik (Nordby
    # skole)": one bracket after names joined by "og" covers both; the absent list the same
    text = ("Referat fra møte i Rektornettverket\n\nDato: 11. mars 2027\n\n"
            "Til stede: Ola Berg (leder), Per Dahl, Kari Lia (Lia skole), Siri Holm og "
            "Tor Vik (Nordby skole)\n\nForfall: Eva Sand, Jon Eik (Bakken skole)\n\n"
            "Sak 1/27 Godkjenning\nGodkjent.\n")
    assert [(name, org) for name, org, _, _, _ in _people_of(text)] == [
        ("Ola Berg", None), ("Per Dahl", None), ("Kari Lia", "Lia skole"),
        ("Siri Holm", "Nordby skole"), ("Tor Vik", "Nordby skole"), ("Eva Sand", None),
        ("Jon Eik", "Bakken skole")]


@pytest.mark.parametrize(("label", "paren", "org", "note"), [
    ("Fraværende", "landbruk", "landbruk", None),
    ("Fraværende", "plan og byggesak", "plan og byggesak", None),
    ("Forfall", "teknisk drift", "teknisk drift", None),
    ("Fråverande", "helse og omsorg", "helse og omsorg", None),
    ("Forfall", "kultur", "kultur", None),
    ("Fraværende", "sykdom", None, "sykdom"),
    ("Fraværende", "ferie", None, "ferie"),
    ("Forfall", "kurs", None, "kurs"),
    ("Forfall", "andre møter", None, "andre møter"),
    ("Fraværende", "permisjon", None, "permisjon"),
])
def test_a_field_of_service_in_an_absentee_s_bracket_is_his_unit(label, paren, org, note):
    # (s79n) "Fraværende: Jon Tveter (landbruk)": the farming office he works in, read as
    # "Ola Grønvold (plan og byggesak)" in the present list is; only a reason is a note
    text = ("Referat fra arbeidsgruppe for kulturminneplan\n\nDato: 12. mai 2027\n\n"
            "Til stede: Liv Eng (leder), Ola Grønvold (plan og byggesak)\n"
            f"{label}: Jon Tveter ({paren})\n\n"
            "Sak 1 Godkjenning av innkalling\nGodkjent.\n")
    people = {name: (o, a, n) for name, o, _, a, n in _people_of(text)}
    assert people["Ola Grønvold"] == ("plan og byggesak", "present", None)
    assert people["Jon Tveter"] == (org, "absent", note)


@pytest.mark.parametrize(("line", "org"), [
    ("Lars Brandal, Statsforvaltaren i Møre og Romsdal (landbruk)",
     "Statsforvaltaren i Møre og Romsdal (landbruk)"),
    ("Lars Brandal, Statsforvaltaren i Vestland (miljøvern)",
     "Statsforvaltaren i Vestland (miljøvern)"),
    ("Lars Brandal, Vestland fylkeskommune (kulturarv)", "Vestland fylkeskommune (kulturarv)"),
    ("Lars Brandal, Rogaland fylkeskommune (samferdsel)",
     "Rogaland fylkeskommune (samferdsel)"),
    ("Lars Brandal, Nordby kommune (møteleiar)", "Nordby kommune"),
])
def test_a_field_in_brackets_after_an_organisation_stays_with_it(line, org):
    # (s79n) one small word naming the organisation's unit stays with it as written,
    # "(landbruk)" as "(kulturarv)", "(samferdsel)" and "(landbruksavdelingen)" do
    text = ("Referat frå regionalt planforum\n\nDato: 22. oktober 2027\n\n"
            f"Deltakarar:\n{line}\nArnfinn Rød, Statens vegvesen\n\n"
            "Sak 1/27 Godkjenning av innkalling\nGodkjend.\n")
    people = {name: o for name, o, _, _, _ in _people_of(text)}
    assert people["Lars Brandal"] == org
def test_a_training_office_named_by_two_trades_is_one_organisation():
    # (s79j) "Opplæringskontoret for bygg og anlegg i Vestmark": its "og" joins two trades
    # of one office's name, however long the name
    text = ("Referat fra samarbeidsmøte\n\nDato: 9. mars 2027\n\nTil stede:\n"
            "- Marit Sørbø, Opplæringskontoret for bygg og anlegg i Vestmark\n"
            "- Nina Hovland, Opplæringskontoret for helse og oppvekst\n"
            "- Espen Vik, Opplæringskontoret for elektrofag\n\n"
            "Sak 1 Godkjenning\nGodkjent.\n")
    orgs = {name: org for name, org, _, _, _ in _people_of(text)}
    assert orgs == {"Marit Sørbø": "Opplæringskontoret for bygg og anlegg i Vestmark",
                    "Nina Hovland": "Opplæringskontoret for helse og oppvekst",
                    "Espen Vik": "Opplæringskontoret for elektrofag"}


def test_an_apprentices_seat_cut_short_in_a_seat_table_is_a_member_s_seat():
    # (s79j) "Lærlingrepr.  Jonas Tveito": the seat, not whom he represents
    text = ("Protokoll fra styremøte\n\nDato: 11. mars 2027\n\nTil stede:\n"
            "Styreleder      Arne Kvalheim, Kvalheim Bygg AS\n"
            "Styremedlem     Tor Espeland, Vestmark Anlegg AS\n"
            "Lærlingrepr.    Jonas Tveito (fra sak 2)\n\n"
            "Sak 1 Godkjenning\nGodkjent.\n\nSak 2 Formidling\nOrientering.\n")
    people = {name: (org, role) for name, org, role, _, _ in _people_of(text)}
    assert people["Jonas Tveito"] == (None, "member")


def test_a_training_company_column_is_whom_the_apprentice_represents():
    # (s79j) an apprentices' council's table "Namn | Lærebedrift | Merknad"
    text = ("# Referat frå møte i lærlingrådet\n\nDato: 24. februar 2027\n\nTil stades:\n\n"
            "| Namn | Lærebedrift | Merknad |\n|---|---|---|\n"
            "| Ingvild Rasmussen | Sunnvik kommune | Leiar |\n"
            "| Tobias Eide | Vestfjord IKT IKS | |\n\n"
            "## Sak 1/27 Godkjenning\n\nGodkjent.\n")
    people = parse_bytes(text.encode(), "lr.md").participants
    assert [(p.name, p.organization, p.role) for p in people] == [
        ("Ingvild Rasmussen", "Sunnvik kommune", "chair"),
        ("Tobias Eide", "Vestfjord IKT IKS", "member")]


def test_an_organisation_named_before_after_a_comma_is_no_second_person():
    # (s79j) "Forfall: Hans Rye, Elkjøp Sørdalen" under a table whose "Representerer"
    # column gave "Elkjøp Sørdalen" to his deputy: whom he represents, not a person
    text = ("# Protokoll fra årsmøtet\n\nDato: 22. april 2027\n\nTil stede:\n\n"
            "| Navn | Representerer | Rolle |\n|---|---|---|\n"
            "| Eva Lindberg | Sørdalen Sport AS | Medlem |\n"
            "| Ingrid Vold | Elkjøp Sørdalen | Medlem (møtte for Hans Rye) |\n\n"
            "Forfall: Hans Rye, Elkjøp Sørdalen\n\n## Sak 1 Godkjenning\n\nGodkjent.\n")
    people = parse_bytes(text.encode(), "am.md").participants
    assert [(p.name, p.organization, p.attendance) for p in people] == [
        ("Eva Lindberg", "Sørdalen Sport AS", "present"),
        ("Ingrid Vold", "Elkjøp Sørdalen", "present"),
        ("Hans Rye", "Elkjøp Sørdalen", "absent")]
