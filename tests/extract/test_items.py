"""How item headings are told from text: the many ways minutes number their cases."""

from __future__ import annotations

import pytest

from motebok.parse import parse_bytes


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
])
def test_case_number_styles(first, second, numbers):
    assert _items(first, second) == [(numbers[0], "Godkjenning av referat"),
                                     (numbers[1], "Budsjett")]


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
