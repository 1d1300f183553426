"""How lists of people are read: whom each person represents, and who did not come."""

from __future__ import annotations

import pytest

from motebok.extract.participants import parse_people_list
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
