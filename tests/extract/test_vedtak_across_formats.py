"""A vedtak reads the same in every format: Word and ODT set every paragraph apart, so
a vedtak of several paragraphs must not stop after its first, and a table's "Vedtak"
column holds decisions whatever the columns beside it are called."""

from __future__ import annotations

import pytest

from fixtures.builders import to_docx, to_html, to_md, to_odt, to_pdf, to_txt
from motebok.parse import parse_bytes

BUILDERS = {"txt": to_txt, "md": to_md, "html": to_html, "docx": to_docx, "odt": to_odt,
            "pdf": to_pdf}

MINUTES = [
    ("heading", "Referat fra styremøte i Lindeberg Velforening"),
    ("para", "Dato: 4. februar 2025"),
    ("para", "Til stede: Anne Rud (leder), Tor Moe, Eva Lie (referent)"),
    ("heading", "Sak 3/25 Strøing av fellesveien", 2),
    ("para", "Styret drøftet tilbudene fra to entreprenører."),
    ("para", "Vedtak:"),
    ("para", "Styret velger tilbudet fra Nordvei AS for sesongen 2025/2026."),
    ("para", "Kontingenten økes til 600 kr fra 1. januar 2026."),
    ("para", "Tor Moe sender avtalen til underskrift innen 15. februar."),
    ("heading", "Sak 4/25 Vårdugnad", 2),
    ("para", "Vedtak:"),
    ("para", "Dugnaden holdes lørdag 26. april med disse oppgavene:"),
    ("list", ["Rydding av grøntarealet", "Maling av gjerdet ved ballbingen"], True),
    ("para", "Det ble diskutert om vi skal leie container."),
]


@pytest.mark.parametrize("fmt", sorted(BUILDERS))
def test_a_vedtak_of_several_paragraphs_is_read_whole_in_every_format(fmt: str) -> None:
    items = parse_bytes(BUILDERS[fmt](MINUTES), f"referat.{fmt}").items
    assert items[0].decisions == [
        "Styret velger tilbudet fra Nordvei AS for sesongen 2025/2026.",
        "Kontingenten økes til 600 kr fra 1. januar 2026.",
    ]
    # the task paragraph after the vedtak ends it: a follow-up, not a decision (also in a
    # PDF, whose lines show no paragraphs apart)
    assert [a.text for a in items[0].actions] == [
        "Tor Moe sender avtalen til underskrift innen 15. februar."]
    # the list completes the vedtak; the talk after it is the minutes again
    assert items[1].decisions[0] == "Dugnaden holdes lørdag 26. april med disse oppgavene:"
    assert "Det ble diskutert om vi skal leie container." not in " ".join(items[1].decisions)


def test_the_same_vedtak_without_blank_lines_gives_the_same_decisions() -> None:
    text = ("Referat fra styremøte\n\nSak 3/25 Strøing\n\nVedtak:\n"
            "Styret velger tilbudet fra Nordvei AS.\n"
            "Kontingenten økes til 600 kr fra 1. januar 2026.\n")
    as_lines = parse_bytes(text.encode(), "r.txt").items[0].decisions
    apart = parse_bytes(text.replace(".\n", ".\n\n").encode(), "r.txt").items[0].decisions
    assert as_lines == apart == ["Styret velger tilbudet fra Nordvei AS.",
                                 "Kontingenten økes til 600 kr fra 1. januar 2026."]


@pytest.mark.parametrize("header", [("Saksnr.", "Tittel", "Vedtak"),
                                    ("Sak", "Innhold", "Vedtak"),
                                    ("Tema", "Vedtak", "Merknad")])
@pytest.mark.parametrize("fmt", ["txt", "md", "html", "docx"])  # (tables as in BUILDERS)
def test_a_vedtak_column_holds_decisions_beside_any_matter_column(
        header: tuple[str, ...], fmt: str) -> None:
    decided = "Leieprisen økes til 1 500 kr fra 1. juli."
    row = tuple(decided if name == "Vedtak" else "Garasjeleie" for name in header)
    doc = [("heading", "Referat fra styremøte"), ("para", "Dato: 12. mars 2025"),
           ("heading", "Sak 7/25 Husleie", 2), ("table", [header, row])]
    [item] = parse_bytes(BUILDERS[fmt](doc), f"r.{fmt}").items
    assert item.decisions == [decided]


@pytest.mark.parametrize("after", [
    "Saken ble diskutert grundig.",
    "Styret diskuterte deretter budsjettet.",
    "Det vart drøfta korleis vi kan nå fleire.",
    "Han mente det var for dyrt.",
    "Vi ser fram til et godt samarbeid.",
    "Flere medlemmer uttrykte bekymring for kostnadene.",
    "Kommunen har bedt om en uttalelse innen 1. mai.",
    "Innspill fra møtet: Fint med mer informasjon.",
    "Leiar takka for eit godt møte.",
])
def test_a_paragraph_telling_the_meeting_ends_the_vedtak_set_apart(after: str) -> None:
    text = (f"Referat\n\nSak 1/25 Budsjett\n\nVedtak:\n\nBudsjettet godkjennes.\n\n{after}\n\n"
            "Sak 2/25 Eventuelt\n\nIngen saker.\n")
    [first, _] = parse_bytes(text.encode(), "r.txt").items
    assert first.decisions == ["Budsjettet godkjennes."]


def test_a_named_task_line_under_a_vedtak_ends_it_with_or_without_blank_lines() -> None:
    text = ("Referat\n\nSak 3/25 Strøing\n\nVedtak:\nStyret velger tilbudet fra Nordvei AS.\n"
            "Tor Moe sender avtalen til underskrift innen 15. februar.\n")
    as_lines = parse_bytes(text.encode(), "r.txt").items[0]
    apart = parse_bytes(text.replace(".\n", ".\n\n").encode(), "r.txt").items[0]
    for item in (as_lines, apart):
        assert item.decisions == ["Styret velger tilbudet fra Nordvei AS."]
        assert [a.responsible for a in item.actions] == ["Tor Moe"]


@pytest.mark.parametrize(("after", "decided"), [
    ("Kari Holm sender søknaden innen 1. mai.", False),  # a person's follow-up ends it
    ("Rørlegger bestilles før jul.", True),  # a passive order is the vedtak's own task
])
@pytest.mark.parametrize("sep", ["\n", "\n\n"])
def test_whose_task_decides_where_the_vedtak_ends(after: str, decided: bool, sep: str) -> None:
    text = (f"Referat\n\nSak 1/25 Garderobene\n\nVedtak:{sep}Budsjettet godkjennes.{sep}"
            f"{after}\n\nSak 2/25 Eventuelt\n\nIngen saker.\n")
    item = parse_bytes(text.encode(), "r.txt").items[0]
    assert (after in item.decisions) is decided
    assert [a.text for a in item.actions] == [after]


@pytest.mark.parametrize("fmt", sorted(BUILDERS))
@pytest.mark.parametrize("as_row", [True, False])
def test_no_remarks_to_the_summons_is_decided_as_a_row_or_a_line(fmt: str,
                                                                  as_row: bool) -> None:
    # a system protocol prints "Merknader | Ingen merknader til …" as a table row in one
    # layout and as the line "Merknader: Ingen merknader til …" in another: the same outcome
    remark = "Ingen merknader til innkalling og saksliste."
    body = [("table", [("Merknader", remark)])] if as_row else \
        [("para", f"Merknader: {remark}")]
    doc = [("heading", "Møteprotokoll"), ("para", "Utvalg: Eldrerådet"),
           ("para", "Møtedato: 18.11.2025"),
           ("heading", "PS 18/25 Godkjenning av innkalling og saksliste", 2), *body,
           ("heading", "PS 19/25 Budsjett", 2), ("para", "Vedtak:"),
           ("para", "Budsjettet vedtas.")]
    items = parse_bytes(BUILDERS[fmt](doc), f"protokoll.{fmt}").items
    assert items[0].decisions == [remark]
    assert items[1].decisions == ["Budsjettet vedtas."]
