"""How lists of people are read: whom each person represents, and who did not come."""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest

from fixtures.builders import docx_bytes, fill_cell, to_docx, to_html, to_md, to_odt, to_txt
from motebok.extract.labels import match_label
from motebok.extract.participants import (
    organization_heads,
    parse_line,
    parse_people_list,
    partial_sentences,
    signing_chair,
    table_columns,
)
from motebok.parse import parse_bytes
from motebok.vocab import Attendance, ParticipantRole


@pytest.mark.parametrize(("line", "organization"), [
    ("Knut Aas, prosjektleder i Nordby kommune (referent)", "Nordby kommune"),
    ("Knut Aas, prosjektleder i Nordby kommune", "Nordby kommune"),
    ("Eva Li, leder ved Vestby skole", "Vestby skole"),
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


@pytest.mark.parametrize("value", ["Nordby\tOla Nordmann", "Ola Nordmann\tNordby"])
def test_two_padded_cells_are_a_name_and_whom_it_represents(value):
    found = parse_people_list(value, ParticipantRole.MEMBER, Attendance.PRESENT)
    assert [(e.name, e.organization) for e in found] == [("Ola Nordmann", "Nordby")]


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
