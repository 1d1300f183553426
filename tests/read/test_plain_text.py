"""The plain-text reader: encodings, line kinds, list levels, gaps and bad input."""

from __future__ import annotations

import pytest

from motebok.errors import ReadError
from motebok.read.blocks import BlockKind
from motebok.read.text import read

MINUTES = """\
REFERAT FRA MØTE I STYRET

Tid: 4. mars 2022 kl. 13-15
Sted: Grendehuset på Øvre Ås

Til stede:
Kari Nordmann\tÅsen kommune
Per Ødegård\t\tNordby kommune

1. Godkjenning av innkalling
2. Referat fra forrige møte
 - godkjent uten merknader
 - signeres av leder
3. Eventuelt
"""


def kinds_and_texts(data: bytes) -> list[tuple[str, str]]:
    """(kind, text) of every block, for compact expectations."""
    return [(b.kind.value, b.text) for b in read(data)]


def test_one_block_per_line_with_kinds_in_order():
    blocks = read(MINUTES.encode())
    assert [(b.kind, b.text) for b in blocks] == [
        (BlockKind.PARAGRAPH, "REFERAT FRA MØTE I STYRET"),
        (BlockKind.PARAGRAPH, "Tid: 4. mars 2022 kl. 13-15"),
        (BlockKind.PARAGRAPH, "Sted: Grendehuset på Øvre Ås"),
        (BlockKind.PARAGRAPH, "Til stede:"),
        (BlockKind.TABLE_ROW, "Kari Nordmann\tÅsen kommune"),
        (BlockKind.TABLE_ROW, "Per Ødegård\tNordby kommune"),
        (BlockKind.LIST_ITEM, "1. Godkjenning av innkalling"),
        (BlockKind.LIST_ITEM, "2. Referat fra forrige møte"),
        (BlockKind.LIST_ITEM, "- godkjent uten merknader"),
        (BlockKind.LIST_ITEM, "- signeres av leder"),
        (BlockKind.LIST_ITEM, "3. Eventuelt"),
    ]


def test_gap_marks_lines_after_blank_lines():
    gaps = [b.gap for b in read(MINUTES.encode())]
    assert gaps == [True, True, False, True, False, False, True, False, False, False, False]


def test_table_cells_split_on_runs_of_tabs():
    rows = [b for b in read(MINUTES.encode()) if b.kind is BlockKind.TABLE_ROW]
    assert rows[0].cells == ("Kari Nordmann", "Åsen kommune")
    assert rows[1].cells == ("Per Ødegård", "Nordby kommune")


def test_one_leading_space_is_a_sub_bullet():
    blocks = read(MINUTES.encode())
    levels = {b.text: b.level for b in blocks if b.kind is BlockKind.LIST_ITEM}
    assert levels == {
        "1. Godkjenning av innkalling": 0,
        "2. Referat fra forrige møte": 0,
        "- godkjent uten merknader": 1,
        "- signeres av leder": 1,
        "3. Eventuelt": 0,
    }


def test_a_bullet_and_a_tab_is_a_list_item_not_a_table_row():
    """Word's bullets copied out as text keep the TAB after the marker."""
    blocks = read("·\tReferatet ble godkjent\no\tDelpunkt\n\uf0b7\tSymbol-punkt\n".encode())
    assert [(b.kind, b.text) for b in blocks] == [
        (BlockKind.LIST_ITEM, "· Referatet ble godkjent"), (BlockKind.LIST_ITEM, "o Delpunkt"),
        (BlockKind.LIST_ITEM, "- Symbol-punkt")]


def test_round_and_square_bullets_of_lower_levels_are_list_items():
    # Word and note apps give their lower levels "◦", "○", "■": copied, they are bullets
    text = "• Økonomi: Under budsjett.\n  ◦ Drift\n    ■ Lønn\n  ○ Investering\n● Eventuelt\n"
    assert [(b.kind, b.level) for b in read(text.encode())] == [
        (BlockKind.LIST_ITEM, 0), (BlockKind.LIST_ITEM, 1), (BlockKind.LIST_ITEM, 2),
        (BlockKind.LIST_ITEM, 1), (BlockKind.LIST_ITEM, 0)]


def test_list_levels_follow_relative_indentation():
    text = "- a\n    - b\n        - c\n    - d\n- e\n"
    assert [b.level for b in read(text.encode())] == [0, 1, 2, 1, 0]


@pytest.mark.parametrize("line", [
    "1. Godkjenning av innkalling", "12) Eventuelt", "a) første underpunkt",
    "B. Orienteringer", "iv. fjerde", "* stjerne", "• kule", "– tankestrek", "o rund",
])
def test_list_markers(line):
    [block] = read(line.encode())
    assert block.kind is BlockKind.LIST_ITEM
    assert block.text == line


@pytest.mark.parametrize("line", [
    "4. mars 2022 kl. 13", "17.3.22 kl 10", "1. 5 deltakere møtte", "31. Des. 2023",
    "-ikke en kule", "Sak 01/22 Orienteringer", "Ola. Nordmann",
])
def test_dates_and_ordinary_lines_are_paragraphs(line):
    [block] = read(line.encode())
    assert block.kind is BlockKind.PARAGRAPH


def test_markdown_heading_and_bold_lines():
    blocks = read(b"# Referat\n\n### Sak 3 ###\n\n**Vedtak:**\n\n**Vedtak:** godkjent\n")
    assert [(b.kind, b.text, b.level, b.bold) for b in blocks] == [
        (BlockKind.HEADING, "Referat", 1, False),
        (BlockKind.HEADING, "Sak 3", 3, False),
        (BlockKind.PARAGRAPH, "**Vedtak:**", 0, True),
        (BlockKind.PARAGRAPH, "**Vedtak:** godkjent", 0, False),
    ]


def test_wiki_headings_copied_as_text():
    blocks = read(b"== Godkjenning av innkalling ==\nGodkjent.\n=== Epostliste ===\n"
                  b"== Sum = 4 ==\n=====\n")
    assert [(b.kind, b.text, b.level) for b in blocks[:3]] == [
        (BlockKind.HEADING, "Godkjenning av innkalling", 1),
        (BlockKind.PARAGRAPH, "Godkjent.", 0), (BlockKind.HEADING, "Epostliste", 2)]
    # not a wiki heading "Sum = 4"; the "=====" under it underlines it as typed
    assert [(b.kind, b.text) for b in blocks[3:]] == [(BlockKind.HEADING, "== Sum = 4 ==")]


def test_underlined_lines_are_headings_and_a_lone_rule_is_no_text():
    text = ("REFERAT FRA STYREMØTE\n=====================\n\nTil stede\n---------\n"
            "Kari Holm\n\n----------\n\nSak 1 – Budsjett\n-----\nGodkjent.\n")
    assert [(b.kind, b.text, b.level) for b in read(text.encode())] == [
        (BlockKind.HEADING, "REFERAT FRA STYREMØTE", 1), (BlockKind.HEADING, "Til stede", 2),
        (BlockKind.PARAGRAPH, "Kari Holm", 0), (BlockKind.HEADING, "Sak 1 – Budsjett", 2),
        (BlockKind.PARAGRAPH, "Godkjent.", 0)]


def test_bold_span_over_several_lines_marks_each_line():
    text = "**Uttalelse fra møte i\nYrkesnemnda\n9.2.2021**\n\nVanlig tekst\n"
    assert [b.bold for b in read(text.encode())] == [True, True, True, False]


def test_bold_line_whose_closing_marks_follow_a_space_is_bold():
    # Word's bold took the space typed after the words: "**Referat **" is "**Referat**"
    blocks = read("**Referat **\n\n**Samferdselsnettverket – nettverksmøte **\n\nTekst\n".encode())
    assert [(b.text, b.bold) for b in blocks] == [
        ("**Referat**", True), ("**Samferdselsnettverket – nettverksmøte**", True),
        ("Tekst", False)]


def test_markdown_table_rows_and_separator():
    text = "| Navn | Kommune |\n|---|:---:|\n| Kari | Åsen |\n"
    blocks = read(text.encode())
    assert [b.cells for b in blocks] == [("Navn", "Kommune"), ("Kari", "Åsen")]
    assert all(b.kind is BlockKind.TABLE_ROW for b in blocks)


def test_the_alignment_row_of_a_table_without_outer_bars_is_no_row():
    # Markdown lets a table leave out its outer bars; its alignment row is layout only
    text = "Navn | Rolle | Møtt\n:--- | :---: | ---:\nKari Holm | leder | X\n"
    assert [b.cells for b in read(text.encode())] == [
        ("Navn", "Rolle", "Møtt"), ("Kari Holm", "leder", "X")]
    text = "| Navn | Rolle\n| --- | ---\n| Kari Holm | leder\n"  # bars on the left only
    assert [b.cells for b in read(text.encode())] == [("Navn", "Rolle"), ("Kari Holm", "leder")]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le",
                                      "utf-16-be", "utf-32", "utf-32-le", "utf-32-be",
                                      "cp1252", "latin-1"])
def test_encodings_give_the_same_text(encoding):
    assert kinds_and_texts(MINUTES.encode(encoding)) == kinds_and_texts(MINUTES.encode())


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_windows_and_old_mac_line_ends(newline):
    data = MINUTES.replace("\n", newline).encode("utf-8")
    assert kinds_and_texts(data) == kinds_and_texts(MINUTES.encode())


def test_line_ends_converted_twice_are_one_line_end():
    # CR CR LF after every line (Windows line ends a tool converted once more) is no
    # blank line after each line: the text reads as with plain line ends
    twice = MINUTES.replace("\n", "\r\r\n").encode()
    assert [(b.kind, b.text, b.gap) for b in read(twice)] == [
        (b.kind, b.text, b.gap) for b in read(MINUTES.encode())]


def test_cp1252_typography_is_decoded():
    blocks = read("Møtet – «godkjent» … på Ærø".encode("cp1252"))
    assert blocks[0].text == "Møtet – «godkjent» … på Ærø"


def test_mixed_utf8_and_cp1252_lines_are_both_readable():
    data = "Første linje på Ås".encode() + b"\n" + "Andre linje på Ørje".encode("cp1252")
    assert [b.text for b in read(data)] == ["Første linje på Ås", "Andre linje på Ørje"]


def test_a_cp1252_dash_in_a_utf8_line_leaves_the_lines_utf8_letters_alone():
    data = "Møte på Ås ".encode() + "–".encode("cp1252") + b" referat"
    assert read(data)[0].text == "Møte på Ås – referat"


def test_a_cp1252_line_that_holds_a_utf8_sequence_by_chance_stays_cp1252():
    text = "Tema: «PÅ» og «NÅ» – vedtatt på møtet"  # "Å»" are the bytes of UTF-8's "Ż"
    assert read(text.encode("cp1252"))[0].text == text


@pytest.mark.parametrize("encoding", ["mac_roman", "cp850"])
def test_old_mac_and_dos_code_pages_are_told_from_cp1252(encoding):
    # Mac Roman writes "ø" as the byte cp1252 shows as "¿" ("m¿te"), cp850 as "›"
    assert kinds_and_texts(MINUTES.encode(encoding)) == kinds_and_texts(MINUTES.encode())


def test_cp1252_quotes_between_letters_stay_cp1252():
    # one "‘" between letters (cp850's "æ" byte) does not outweigh cp1252's own letters
    text = "Møtet i Åsen – «Kari‘s» forslag ble vedtatt på stedet"
    assert read(text.encode("cp1252"))[0].text == text


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_a_lone_surrogate_in_utf16_spoils_one_character_not_the_file(encoding):
    # an emoji cut in half by an editor leaves half a surrogate pair
    text = MINUTES + "\ud83dNeste møte: 5. mai 2022\n"
    data = text.encode(encoding, "surrogatepass")
    texts = [b.text for b in read(data)]
    assert texts[:3] == [b.text for b in read(MINUTES.encode())][:3]
    assert texts[-1] == "\ufffdNeste møte: 5. mai 2022"


def test_utf32_without_bom_is_told_by_its_nuls():
    """UTF-32 without a BOM (LE or BE) shows three NULs in every four bytes of ASCII
    and two around "ø" and "–": read as UTF-32, as UTF-16 without a BOM is by its one
    NUL in two. An array of small numbers in a binary file shows the pattern too, and
    stays binary: it decodes to control characters, no text."""
    import struct

    text = "Referat fra styremøte\nSak 1/24 Budsjett – vedtatt 👍\n"
    for encoding in ("utf-32-le", "utf-32-be"):
        assert [b.text for b in read(text.encode(encoding))] == [
            "Referat fra styremøte", "Sak 1/24 Budsjett – vedtatt 👍"]
    with pytest.raises(ReadError, match=r"^binary file, not text$"):
        read(struct.pack("<300I", *(n % 20 + 1 for n in range(300))))


def test_utf16_cut_after_an_odd_byte_is_still_read():
    data = MINUTES.encode("utf-16")[:-1]
    assert read(data)[0].text == "REFERAT FRA MØTE I STYRET"


def test_utf16_with_many_bad_units_is_not_text():
    with pytest.raises(ReadError, match=r"^binary file, not text$"):
        read(b"\xff\xfe" + b"\x00\xdc" * 200)


@pytest.mark.parametrize("data", [
    bytes(range(256)) * 4,
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00",
    b"tekst\x00med\x00nuller\x00midt\x00i\x00ordene og mer",
    # a zip's header (its fixed-width numbers' NULs), then compressed bytes
    b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + bytes(range(1, 256)) * 8,
    # a table of strings, one NUL after each, in a longer file of text
    "Referat fra styremøte\n".encode() * 40 + b"\x00".join([b"navn", b"dato", b"sak"] * 30),
])
def test_binary_data_is_refused(data):
    with pytest.raises(ReadError, match=r"^binary file, not text$"):
        read(data)


def test_cells_set_apart_by_bars_without_outer_bars():
    from motebok.read.text import classify
    block = classify("Møteleder | Simen Soltvedt")
    assert block.cells == ("Møteleder", "Simen Soltvedt")
    assert classify("Vi vurderte om A | B var best, men valgte en lengre tekst som ikke er en "
                    "celle fordi den går over mange ord og langt over grensen for en celle i "
                    "en tabell").cells == ()


@pytest.mark.parametrize(("text", "first"), [
    # a title line whose words bars part, alone at the top: the title, bars kept
    ("Referat | Styremøte | Lia vel\n\nDato: 3. april 2025\n",
     (BlockKind.HEADING, "Referat | Styremøte | Lia vel")),
    ("Referat | Styremøte | Lia vel\nDato: 3. april 2025\n",
     (BlockKind.HEADING, "Referat | Styremøte | Lia vel")),
    # a table's heading row over its rows, a label's row and a case's row stay rows
    ("Navn | Rolle\nKari Holm | leder\n", (BlockKind.TABLE_ROW, "Navn\tRolle")),
    ("Dato: | 3. april 2025\n\nReferat\n", (BlockKind.TABLE_ROW, "Dato:\t3. april 2025")),
    ("12/25 | Budsjett | Vedtatt\n\nTekst.\n",
     (BlockKind.TABLE_ROW, "12/25\tBudsjett\tVedtatt")),
])
def test_a_first_line_parted_by_bars_alone_is_the_title_line(text, first):
    block = read(text.encode())[0]
    assert (block.kind, block.text) == first


def test_an_empty_cell_between_bars_keeps_its_place():
    # "Navn | Funksjon | Møtt | Forfall": Tor Lie's mark is under "Forfall", not "Møtt"
    from motebok.read.text import classify
    assert classify("Tor Lie | Medlem | | X").cells == ("Tor Lie", "Medlem", "", "X")
    assert classify("Anne Berg | Leder | X |").cells == ("Anne Berg", "Leder", "X", "")
    assert classify("Kari | |").cells == ()  # one filled cell is no row


def test_a_quoted_reply_reads_as_the_minutes_under_its_markers():
    data = ("Takk!\n\n> Til stede: Kari Holm\n>\n> > Sak 1 – Status\n>>   - godkjent\n"
            "> 1) Eventuelt\n").encode()
    blocks = read(data)
    assert kinds_and_texts(data) == [
        ("paragraph", "Takk!"), ("paragraph", "Til stede: Kari Holm"),
        ("paragraph", "Sak 1 – Status"), ("list_item", "- godkjent"),
        ("list_item", "1) Eventuelt"),
    ]
    assert [b.gap for b in blocks] == [True, True, True, False, False]


@pytest.mark.parametrize(("line", "text"), [
    ("R E F E R A T", "REFERAT"), ("M Ø T E B O K", "MØTEBOK"),
    ("R E F E R A T   F R A   S T Y R E M Ø T E", "REFERAT FRA STYREMØTE"),
    ("A B C", "A B C"), ("Ja og nei", "Ja og nei"), ("a b c d e", "a b c d e"),
    # (s72q) a typewriter's label with its colon, spaced or not: the label it spells
    ("V E D T A K :", "VEDTAK:"), ("K O N K L U S J O N:", "KONKLUSJON:"),
    ("A B :", "A B :")])
def test_a_letter_spaced_title_is_read_as_its_word(line, text):
    assert read(f"{line}\n".encode())[0].text == text


def test_double_tabs_under_a_heading_of_single_tabs_are_empty_cells():
    text = ("Navn\tMøtt\tForfall\nOla Hansen\tX\t\nKari Berg\t\tX\nAnne Moe\t\t\n\n"
            "Navn\t\tKommune\nOla Hansen\t\tSola\n")
    assert [b.cells for b in read(text.encode())] == [
        ("Navn", "Møtt", "Forfall"), ("Ola Hansen", "X", ""), ("Kari Berg", "", "X"),
        ("Anne Moe", "", ""), ("Navn", "Kommune"), ("Ola Hansen", "Sola")]


def test_a_note_apps_check_boxes_are_list_items_not_one_wrapped_paragraph():
    data = ("Oppfølgingsoppgaver\n☐ Planlegge konsert – Kari Holm\n"
            "☒ Booke rom – Per Lunde\n").encode()
    assert [kind for kind, _ in kinds_and_texts(data)] == ["paragraph", "list_item", "list_item"]


def test_a_row_that_starts_with_a_bar_under_bar_rows_keeps_its_empty_first_cells():
    # the third column wrapped: the text goes on under "Vedtak", not under "Sak"
    data = (b"Sak | Tittel | Vedtak\n2/25 | Veilys | Styret bestiller nye\n"
            b" | | armatur innen 1. juni.\n")
    assert [b.cells for b in read(data)] == [
        ("Sak", "Tittel", "Vedtak"), ("2/25", "Veilys", "Styret bestiller nye"),
        ("", "", "armatur innen 1. juni.")]
    markdown = b"| Sak | Vedtak |\n| 1 | Godkjent |\n"  # outer bars: no empty cell
    assert [b.cells for b in read(markdown)] == [("Sak", "Vedtak"), ("1", "Godkjent")]


def test_decomposed_letters_are_composed():
    """Text saved on a Mac spells "å" as "a" and a combining ring: the blocks hold the
    one letter, so names, places and labels read as typed the usual way."""
    import unicodedata

    from motebok.read import read_bytes

    text = "Stad: Førde rådhus\nTil stades: Håkon Årdal, Åse Sælen\n"
    blocks = read_bytes(unicodedata.normalize("NFD", text).encode(), "txt").blocks
    assert [b.text for b in blocks] == ["Stad: Førde rådhus", "Til stades: Håkon Årdal, Åse Sælen"]


def test_full_width_digits_and_signs_are_read_as_ascii():
    """An East Asian input method's full-width forms ("Sak １／２５", "kl. ０９：００") are
    the same digits and signs as ASCII ones: the blocks hold "Sak 1/25", "kl. 09:00"."""
    from motebok.read import read_bytes

    blocks = read_bytes("Sak １／２５ Budsjett\nTid: kl. ０９：００\n".encode(), "txt").blocks
    assert [b.text for b in blocks] == ["Sak 1/25 Budsjett", "Tid: kl. 09:00"]


def test_a_padded_middle_cell_wrapped_onto_an_indented_line_goes_on_in_its_row():
    """A seat table padded with spaces whose organisation wraps under its own column:
    the indented line is the rest of that cell, not a paragraph of its own; text under
    a last cell ("Sak 1/24    Budsjett" over its indented text) stays its own line."""
    text = ("Navn          Organisasjon              Rolle\n"
            "Per Olsen     Innlandet fylkeskommune,  Medlem\n"
            "              avdeling for folkehelse\n"
            "Lise Berg     Statsforvalteren          Leder\n"
            "\n"
            "Sak 1/24      Budsjett\n"
            "              Vedtak: Godkjent.\n")
    assert [b.text for b in read(text.encode())] == [
        "Navn          Organisasjon              Rolle",
        "Per Olsen     Innlandet fylkeskommune, avdeling for folkehelse  Medlem",
        "Lise Berg     Statsforvalteren          Leder",
        "Sak 1/24      Budsjett",
        "Vedtak: Godkjent.",
    ]


def test_minutes_padded_with_nuls_at_the_end_are_read():
    """A text a program padded with NULs (or a copy cut short, its last disk block filled
    with them) is whole before the padding; a NUL inside the text still means binary
    data, and UTF-16 without its BOM (a NUL in every pair) still reads as UTF-16."""
    text = "Referat fra styremøte\n\nSak 1/26 Økonomi\nRegnskapet ble godkjent.\n"
    for data in (text.encode() + b"\x00" * 3, text.encode("cp1252") + b"\x00" * 500):
        blocks = read(data)
        assert [b.text for b in blocks][:2] == ["Referat fra styremøte", "Sak 1/26 Økonomi"]
        assert blocks[-1].text == "Regnskapet ble godkjent."
    assert read(text.encode("utf-16-le"))[0].text == "Referat fra styremøte"
    with pytest.raises(ReadError, match=r"^binary file, not text$"):
        read(b"tekst\x00med\x00nuller\x00i\x00ordene" + b"\x00" * 8)


def test_a_few_stray_nuls_in_good_text_are_left_out():
    """A text a broken export or a bad copy left a handful of NULs in ("Bud\\0sjett")
    reads without them, in UTF-8 (with or without a BOM) and in cp1252: at most one NUL
    in 64 bytes, about one a line, is a stray few. Binary data has them much closer (see
    ``test_binary_data_is_refused``)."""
    text = ("Referat fra styre\x00møte\n\nSak 1/26 Bud\x00sjett\n"
            "Budsjettet for 2026 ble lagt fram og gjennomgått.\x00\nVedtak: Godkjent.\n"
            "Neste møte blir holdt i mars, og innkalling sendes ut to uker før.\n"
            "Referent: Kari Holm\n")
    for data in (text.encode(), text.encode("utf-8-sig"), text.encode("cp1252")):
        assert [b.text for b in read(data)] == [
            "Referat fra styremøte", "Sak 1/26 Budsjett",
            "Budsjettet for 2026 ble lagt fram og gjennomgått.", "Vedtak: Godkjent.",
            "Neste møte blir holdt i mars, og innkalling sendes ut to uker før.",
            "Referent: Kari Holm"]
    with pytest.raises(ReadError, match=r"^binary file, not text$"):
        read(text.replace(" ", " \x00").encode())  # a NUL after every word


def test_a_line_ending_in_an_ocr_not_sign_ends_in_a_hyphen():
    """An OCR program's text export marks a word hyphenated at the line end with "¬";
    the line ends in a hyphen instead, so it joins the next as hyphenated lines do."""
    from motebok.read import read_bytes

    text = "Vedtak: Styret sender saka til fylkes¬\nkommunen. Kostnad: 5 000 ¬\n"
    blocks = read_bytes(text.encode(), "txt").blocks
    assert [b.text for b in blocks] == ["Vedtak: Styret sender saka til fylkes-",
                                        "kommunen. Kostnad: 5 000 ¬"]


def test_a_task_box_without_a_dash_is_a_list_item():
    blocks = read("[ ] Kari Berg gjør avtalen klar innen 25. april\n"
                  "[x] Per Moe bestilte lokaler\n[Vedlegg] følger\n".encode())
    assert [block.kind for block in blocks] == [BlockKind.LIST_ITEM, BlockKind.LIST_ITEM,
                                                BlockKind.PARAGRAPH]


@pytest.mark.parametrize(("typed", "read_as"), [
    ("Sak О6/2З Godkjenning", "Sak 06/23 Godkjenning"),  # Cyrillic "О" and "З"
    ("Sak 4/2б Eventuelt", "Sak 4/26 Eventuelt"),
    ("Møtet 12.О3.2026 kl. 18.ОО", "Møtet 12.03.2026 kl. 18.00"),
    ("Sak 1/2Ο (gresk omikron)", "Sak 1/20 (gresk omikron)"),
    # words of those alphabets, a letter beside a word, and a lone digit stay
    ("Заседание 2026 года", "Заседание 2026 года"),
    ("Klasse 5б og З", "Klasse 5б og З"),
    ("Sak 3/26 Økonomi", "Sak 3/26 Økonomi"),
])
def test_cyrillic_and_greek_look_alikes_in_a_number_read_as_digits(typed, read_as):
    from motebok.read import read_bytes

    doc = read_bytes(f"{typed}\n".encode(), "txt")
    assert [b.text for b in doc.blocks] == [read_as]


def test_c1_controls_of_a_text_read_as_latin1_are_the_cp1252_signs() -> None:
    # a text that went through Latin-1 keeps Windows punctuation as C1 controls: the
    # span's dash, the quotes, the apostrophe and the ellipsis are the signs cp1252 gives
    # them, and the ellipsis no line break
    from motebok.read import read_bytes

    typed = "Tid: kl. 18.00–20.00\nSak 1/26 “Grønne” uteområde\nOla’s forslag… godkjent.\n"
    latin1 = typed.encode("cp1252").decode("latin-1")
    assert "\x96" in latin1 and "\x85" in latin1
    for data in (latin1.encode("utf-8"), b"\xef\xbb\xbf" + latin1.encode("utf-8")):
        assert [b.text for b in read_bytes(data, "txt").blocks] == \
            [b.text for b in read_bytes(typed.encode("utf-8"), "txt").blocks]


def test_a_utf8_file_with_its_bom_and_a_stray_cp1252_byte_is_text_not_binary() -> None:
    # saved as "UTF-8 with BOM", one "–" typed in cp1252 later: the BOM says text, and
    # the file reads line by line as one without a BOM does
    from motebok.read import read_bytes

    data = (b"\xef\xbb\xbf" + "Referat fra møte i regionrådet\r\nTid: kl. 09.30 ".encode()
            + b"\x96 14.00\r\n" + "Sted: Rådhuset\r\n".encode())
    assert [b.text for b in read_bytes(data, "txt").blocks] == [
        "Referat fra møte i regionrådet", "Tid: kl. 09.30 – 14.00", "Sted: Rådhuset"]


def test_c1_signs_only_where_cp1252_has_one_and_nel_as_the_only_break_breaks() -> None:
    from motebok.read.text import with_cp1252_signs

    assert with_cp1252_signs("18.00\x9620.00") == "18.00–20.00"
    assert with_cp1252_signs("a\x81b\x9dc") == "a\x81b\x9dc"  # undefined in cp1252
    assert with_cp1252_signs("Sak 1\x85Sak 2") == "Sak 1\nSak 2"  # NEL, the only break
    assert with_cp1252_signs("Sak 1\x85\nSak 2") == "Sak 1…\nSak 2"
    assert with_cp1252_signs("Møte på Ås") == "Møte på Ås"


def test_word_symbol_bullets_saved_as_text_are_list_items_but_a_paragraph_sign_is_not():
    data = "Til stede:\n§\tKari Holm, leder\nØ\tOla Dahl\n§ 12 i loven gjelder.\n".encode()
    assert kinds_and_texts(data)[1:] == [
        ("list_item", "- Kari Holm, leder"), ("list_item", "- Ola Dahl"),
        ("paragraph", "§ 12 i loven gjelder.")]


def test_a_running_header_on_every_page_goes_and_page_one_keeps_its_letterhead():
    data = ("Referat styremøte 12.03.2025\nVest regionråd\nREFERAT\nSak 1/25 Plan\nDet ble\n"
            "\fReferat styremøte 12.03.2025\nVest regionråd\nenighet om planen.\n").encode()
    assert [text for _, text in kinds_and_texts(data)] == [
        "Vest regionråd", "REFERAT", "Sak 1/25 Plan", "Det ble", "enighet om planen."]


def test_pages_without_a_common_opening_are_left_as_they_are():
    data = "Møtebok\nSak 1/25 Plan\n\fSak 2/25 Budsjett\n".encode()
    assert [text for _, text in kinds_and_texts(data)] == [
        "Møtebok", "Sak 1/25 Plan", "Sak 2/25 Budsjett"]


def test_a_header_on_the_later_pages_only_goes_and_page_one_keeps_its_heading():
    # a word processor's "different first page": the running header from page two on
    data = ("Referat fra møte i Vestdal regionråd\n\nSak 1/25 Plan\nDet ble enighet om\n"
            "\fVestdal regionråd              Referat 12.03.2025\n\nplanen.\n"
            "\fVestdal regionråd              Referat 12.03.2025\n\nSak 2/25 Eventuelt\n")
    assert [text for _, text in kinds_and_texts(data.encode())] == [
        "Referat fra møte i Vestdal regionråd", "Sak 1/25 Plan", "Det ble enighet om",
        "planen.", "Sak 2/25 Eventuelt"]


def test_a_lone_later_page_loses_a_two_field_header_that_names_the_head():
    # two pages: the header shows once, set in two fields, a blank line under it, and it
    # names what the first page's head names
    data = ("Referat prosjektgruppe – Heltid i Vestdalen\n\n1. Status\n"
            "\fVestdalen                        Prosjekt Heltid\n\nGruppen drøftet planen.\n")
    assert [text for _, text in kinds_and_texts(data.encode())] == [
        "Referat prosjektgruppe – Heltid i Vestdalen", "1. Status", "Gruppen drøftet planen."]
    # (a two-field line naming nothing of the head is the page's own text)
    other = data.replace("Vestdalen      ", "Budsjett 2026 ", 1).replace("Prosjekt Heltid",
                                                                       "kr 120 000")
    assert len(kinds_and_texts(other.encode())) == 4


def test_a_table_row_going_on_over_the_page_break_is_no_header():
    data = ("Referat styremøte Vestdalen\n\nKari Holm           Vestdalen kommune\n"
            "\fPer Dahl            Vestdalen kommune\nOla Bø              Nordby kommune\n")
    assert "Per Dahl" in " ".join(text for _, text in kinds_and_texts(data.encode()))


def test_a_list_item_wrapped_under_its_own_text_is_one_line():
    # pdftotext -layout keeps a hanging indent: the line under the item's text goes on
    data = ("Program\n\n1. Velkommen\n2. Klimaregnskap for kommunene – status og\n"
            "   erfaringer\n3. Veien videre\n\n"
            "• De største utslippene kommer fra veitrafikk og\n  jordbruk\n").encode()
    assert [text for _, text in kinds_and_texts(data)] == [
        "Program", "1. Velkommen", "2. Klimaregnskap for kommunene – status og erfaringer",
        "3. Veien videre", "• De største utslippene kommer fra veitrafikk og jordbruk"]


def test_a_line_under_a_finished_list_item_stays_its_own():
    data = b"1. Godkjenning av referat.\n   merknad fra Kari\n"
    assert len(kinds_and_texts(data)) == 2


def test_a_wrapped_cell_broken_at_a_hyphen_joins_as_running_text():
    data = ("NAVN                 KOMMUNE / REGION\n"
            "Kari Holm            Nordby kommune\n"
            "Per Dahl             Regionrådet for Midt-\n"
            "                     Gudbrandsdal\n").encode()
    assert "Regionrådet for Midt-Gudbrandsdal" in kinds_and_texts(data)[-1][1]


def test_word_numbered_headings_with_a_tab_are_headings_not_a_table():
    # Word's numbered headings pasted as text keep the TAB after the number; a lone such
    # row is a heading, while rows of a real table ("Nr ⇥ Sak" over "1 ⇥ …") stay rows.
    data = ("1\tGjennomgang av aksjonspunkter\nAlle punkter er lukket.\n\n"
            "2\tBudsjett 2025\nForslaget ble gjennomgått.\n\n"
            "Nr\tSak\n1\tGodkjenning\n2\tBudsjett\n").encode()
    blocks = read(data)
    assert (blocks[0].kind, blocks[0].text) == (BlockKind.HEADING,
                                                "1 Gjennomgang av aksjonspunkter")
    assert (blocks[2].kind, blocks[2].text) == (BlockKind.HEADING, "2 Budsjett 2025")
    assert [b.kind for b in blocks[4:]] == [BlockKind.TABLE_ROW] * 3


@pytest.mark.parametrize(("data", "kinds"), [
    # a lone row last in the text, after a paragraph: a heading too
    ("Referat\n\n3\tEventuelt\n", ["PARAGRAPH", "HEADING"]),
    # under a plain paragraph with no blank line between, and over one
    ("Referat\n1\tBudsjett 2025\nForslaget ble gjennomgått.\n",
     ["PARAGRAPH", "HEADING", "PARAGRAPH"]),
    # two rows of one table, the first of them a lone row's shape: both stay rows
    ("Referat\n\n1\tGodkjenning\n2\tBudsjett\n", ["PARAGRAPH", "TABLE_ROW", "TABLE_ROW"]),
    # a row of three cells is no numbered heading
    ("Referat\n\n1\tBudsjett\tKari\n\nTekst.\n", ["PARAGRAPH", "TABLE_ROW", "PARAGRAPH"]),
])
def test_a_lone_two_cell_row_is_read_as_its_heading_where_it_stands(data, kinds):
    # (``blocks_from_lines`` keeps whether the last block is such a row as it goes, and
    # asks it of the next block, plain or not, and once more at the end of the text)
    assert [b.kind.name for b in read(data.encode())] == kinds


def test_chat_emoji_shortcodes_are_no_words():
    blocks = read("*Referat ungdomsrådet 18. mars* :memo:\n\nNeste møte: 15. april :tada:\n"
                  .encode())
    assert [b.text for b in blocks] == ["*Referat ungdomsrådet 18. mars*",
                                        "Neste møte: 15. april"]


def test_a_chat_channel_keeps_the_minutes_message_not_the_replies_under_it():
    channel = (
        "Mathea Lund  21:04\nReferat ungdomsrådet 18. mars\nTil stede: Mathea Lund, Jonas Berg\n"
        "Sak 1/25 Eventuelt\nHanne tar det med til parkvesenet.\n\n2 svar\n\n"
        "Jonas Berg  21:10\nTakk for referatet!\n"
    )
    texts = [b.text for b in read(channel.encode())]
    assert texts[-1] == "Hanne tar det med til parkvesenet."
    assert "Takk for referatet!" not in texts


@pytest.mark.parametrize("divider", ["onsdag 12. mars", "— onsdag 12. mars —",
                                     "--- tysdag 11. mars 2025 ---", "12.03.2025", "I dag"])
def test_a_chat_channels_day_divider_over_a_message_is_no_text(divider):
    # the day the message was posted, which the chat prints: no date the minutes carry
    channel = f"#styret\n\n{divider}\n\nKari Holm  20:15\nReferat fra styremøtet i kveld\n"
    assert [b.text for b in read(channel.encode())] == ["#styret", "Kari Holm  20:15",
                                                        "Referat fra styremøtet i kveld"]


def test_a_day_line_over_no_chat_message_stays():
    # the minutes' own day under their title (no author and clock below it)
    texts = [b.text for b in read(b"Referat styrem\xc3\xb8te\n\nonsdag 12. mars 2025\n\n"
                                  b"Til stede: Kari Holm, Ola Dahl\n")]
    assert "onsdag 12. mars 2025" in texts


@pytest.mark.parametrize("trail", [
    "Du er her: Forside > Møter > Referat 12. mars",
    "Du er her: Framsida / Politikk / Møte / Referat 2. april 2025",
    "Hjem › Politikk › Regionrådet",
])
def test_a_saved_pages_breadcrumb_is_no_line_of_the_text(trail):
    # the trail's last step names the page: read as a line it would be the title
    blocks = read(f"Hjem\nOm oss\n\n{trail}\n\nReferat fra møte i regionrådet\n".encode())
    assert [b.text for b in blocks] == ["Hjem", "Om oss", "Referat fra møte i regionrådet"]


@pytest.mark.parametrize("trail", [
    "Møtekalender > Vestdal regionråd > 23.05.2025 > Protokoll",
    "Søk › Møte › Vestdal regionråd › 17.10.2024 › Møtedokument",
])
def test_a_copied_portals_trail_below_the_front_page_is_no_line_of_the_text(trail):
    # four steps between one kind of arrow, no front page first: the portal's path
    blocks = read(f"Meny\n\n{trail}\n\nMøteprotokoll\n\nSak 1 › Sak 2 › Sak 3\n".encode())
    assert [b.text for b in blocks] == ["Meny", "Møteprotokoll", "Sak 1 › Sak 2 › Sak 3"]


def test_a_line_with_slashes_that_is_no_trail_stays():
    blocks = read(b"Referat\n\nHjem / skole samarbeid\n")
    assert [b.text for b in blocks] == ["Referat", "Hjem / skole samarbeid"]


def test_a_soft_hyphen_at_a_line_end_joins_the_word_it_broke():
    # catdoc keeps Word's optional hyphen (U+00AD) where it wrapped the line: the two
    # halves are one word, not two words a line break apart
    text = "Det er stor interesse frå elev\u00ad\nane i dei minste kommunane.\n"
    assert kinds_and_texts(text.encode()) == [
        ("paragraph", "Det er stor interesse frå elevane i dei minste kommunane.")]


def test_invisible_marks_and_no_break_spaces_are_read_as_a_reader_sees_them():
    # a soft hyphen inside a label, zero-width spaces at line ends (a mail client's),
    # Word's no-break spaces: the label, the clock and the names read as typed without them
    text = ("Konklu\u00adsjon:\u200b\nTil\u00a0stede:\u200b Kari\u00a0Holm\n"
            "Tid: kl.\u00a010.00\u2060\n")
    assert kinds_and_texts(text.encode()) == [
        ("paragraph", "Konklusjon:"), ("paragraph", "Til stede: Kari Holm"),
        ("paragraph", "Tid: kl. 10.00")]


def test_a_no_break_space_in_a_double_encoded_file_is_a_space_not_a_stray_a_circumflex():
    # UTF-8 read as cp1252 and saved as UTF-8 again: "ø" shows as "Ã¸" (which the
    # extractor repairs) and Word's no-break space as "Â" and a no-break space
    text = "Tid: kl.\u00a009.00\nTil stede: Tiril\u00a0Bøe\n"
    double = text.encode("utf-8").decode("cp1252").encode("utf-8")
    assert kinds_and_texts(double) == [
        ("paragraph", "Tid: kl. 09.00"), ("paragraph", "Til stede: Tiril BÃ¸e")]


def test_windows_line_ends_spaces_at_line_ends_and_a_common_margin_are_no_text():
    # CR LF, a space after a line, and the same two spaces before every line (a PDF dump's
    # margin) read as the plain text: the numbered list at the left edge, as typed
    plain = "Saker:\n\n1. Godkjenning\n2. Budsjett\n   - drøftet\n"
    noisy = "  Saker: \r\n\r\n  1. Godkjenning  \r\n  2. Budsjett\r\n     - drøftet \r\n"
    assert kinds_and_texts(noisy.encode()) == kinds_and_texts(plain.encode())
    assert [b.level for b in read(noisy.encode())] == [b.level for b in read(plain.encode())]


def test_a_chat_channel_saved_with_windows_line_ends_still_ends_at_the_minutes():
    # the replies under the minutes (message heads "Name  21:04") are found by patterns
    # that end a line at LF: CR LF line ends must not hide them
    text = ("Kari Holm  20:15\nReferat fra styremøtet\nTil stede: Kari Holm, Ola Dahl\n"
            "Sak 1/25 Budsjett\nBudsjettet ble vedtatt.\n\nOla Dahl  20:31\nTakk!\n")
    assert kinds_and_texts(text.replace("\n", "\r\n").encode()) == \
        kinds_and_texts(text.encode())
    assert "Takk!" not in [b.text for b in read(text.replace("\n", "\r\n").encode())]


def test_a_bullet_alone_on_its_line_opens_the_list_item_below_it():
    # PyMuPDF gives a line per span: Word's bullet on one line, its text on the next
    text = "Oppfølging:\n•\nKari Holm sender oversikta innan 1. juni.\n•\nPer Dahl ringer.\n"
    assert kinds_and_texts(text.encode()) == [
        ("paragraph", "Oppfølging:"),
        ("list_item", "• Kari Holm sender oversikta innan 1. juni."),
        ("list_item", "• Per Dahl ringer."),
    ]


def test_a_lone_dash_line_is_no_bullet():
    assert kinds_and_texts(b"Forfall:\n-\nSak 1 Referat\n") == [
        ("paragraph", "Forfall:"), ("paragraph", "-"), ("paragraph", "Sak 1 Referat")]


def test_a_framed_row_with_its_first_cell_empty_continues_the_row_above():
    # antiword frames a .doc table's rows in bars padded to fixed widths; a cell too long
    # for its column goes on in a line of the same bars
    text = ("|Navn          |Funksjon            |\n"
            "|Siv Dahl      |varaordfører, for   |\n"
            "|              |Per Holm            |\n"
            "|Ola Lie       |leder               |\n")
    rows = [b.cells for b in read(text.encode())]
    assert rows == [("Navn", "Funksjon"), ("Siv Dahl", "varaordfører, for Per Holm"),
                    ("Ola Lie", "leder")]


def test_a_row_with_an_empty_first_cell_under_other_bars_is_its_own_row():
    text = ("|Navn   |Funksjon   |\n"
            "|Siv Dahl |leder |\n"
            "|   |Per Holm |\n")
    assert [b.cells for b in read(text.encode())][-1] == ("", "Per Holm")


def test_a_case_list_s_title_wrapped_under_its_own_column_goes_on_in_its_row():
    """A PDF converter that keeps the layout lays a case list out in padded columns and
    wraps a long title under its own column: the indented line is the rest of that row's
    title when the row above is a row of the same table; under a lone row, or as a
    sentence or label of its own, it stays a line."""
    text = ("Saksnr.        Innhold\n"
            "PS 22/24       Uttalelse om fødetilbudet\n"
            "PS 23/24       Søknad om utviklingsmidler - Kystkultur i\n"
            "               Havbygda\n"
            "PS 24/24       Eventuelt\n"
            "\n"
            "Sak 1/24       Budsjett\n"
            "               Godkjent\n"
            "\n"
            "Sak 2/24       Budsjett\n"
            "Sak 3/24       Regnskap\n"
            "               Vedtak: Godkjent.\n")
    assert [b.text for b in read(text.encode())] == [
        "Saksnr.        Innhold",
        "PS 22/24       Uttalelse om fødetilbudet",
        "PS 23/24       Søknad om utviklingsmidler - Kystkultur i Havbygda",
        "PS 24/24       Eventuelt",
        "Sak 1/24       Budsjett",
        "Godkjent",
        "Sak 2/24       Budsjett",
        "Sak 3/24       Regnskap",
        "Vedtak: Godkjent.",
    ]


def test_a_lower_case_line_one_blank_line_below_a_wrapped_line_goes_on_with_it():
    """Some PDF converters put a blank line after every line of the page: a line in lower
    case under a long line that ends inside a sentence is that sentence's rest, not a
    paragraph of its own; under a short line (a heading) or a finished sentence, or two
    blank lines down, the blank line parts paragraphs as usual."""
    text = ("Forslaget fra Magne Rindal falt. Innstillingen ble vedtatt med 3 mot 2\n\n"
            "stemmer.\n\nForfall\n\ningen\n\n"
            "Forslaget fra Magne Rindal falt. Innstillingen ble vedtatt med tre stemmer.\n\n"
            "deretter lunsj\n")
    assert [b.gap for b in read(text.encode())] == [True, False, True, True, True, True]


def test_a_capital_or_digit_line_below_a_line_ending_in_a_preposition_goes_on_with_it():
    """With a blank line after every line, a wrapped line that opens with a name or a
    number goes on with the sentence above when that one ends in a word no sentence ends
    with (a preposition, a conjunction); a label or a case heading under it, or a line
    under a finished sentence, starts its own paragraph."""
    text = ("Nettverket drøftet kalenderen, og flere pekte på at biblioteket i\n\n"
            "Solbygd har en oversikt. Oversikten ble sendt ut til alle lagene i\n\n"
            "2025 med en oppfordring.\n\n"
            "Nettverket drøftet kalenderen, og flere pekte på at biblioteket har en\n\n"
            "Vedtak: Godkjent.\n\n"
            "Nettverket drøftet kalenderen, og flere pekte på at biblioteket har den.\n\n"
            "Solbygd har en oversikt.\n")
    assert [b.gap for b in read(text.encode())] == [True, False, False, True, True, True, True]



def test_a_capital_line_below_a_count_or_an_attributive_adjective_goes_on_with_it():
    """With a blank line after every line, a wrapped line ending in a count ("… alle tre")
    or in an adjective after its determiner ("… med den nye") goes on with the capitalised
    line below (its noun); a line ending in a noun after a preposition ("… og saksliste")
    may end a heading, and starts nothing new below it."""
    text = ("Næringsrådet drøftet fordelingen av fondet og ga støtte til alle tre\n\n"
            "Vestkyst-kommunene i år. Rådet ønsker et tettere samarbeid med den nye\n\n"
            "NAV-lederen i regionen om tiltak for ungdom og unge voksne i hele regionen\n\n"
            "Arbeidsutvalget gikk gjennom møteplanen for våren, innkalling og saksliste\n\n"
            "Innkallingen ble godkjent.\n")
    assert [b.gap for b in read(text.encode())] == [True, False, False, True, True]


@pytest.mark.parametrize("text", ["**Fagnettverk for\nstedsutvikling**\n\nTekst\n",
                                  "**Referat fra møte i\nfaggruppe helse**\n\nTekst\n"])
def test_a_bold_heading_wrapped_after_a_word_that_cannot_end_it_is_one_line(text):
    # the converter broke one bold heading after "for" / "i": one block, not two lines
    blocks = read(text.encode())
    assert [(b.bold, b.text.replace("**", "")) for b in blocks][:1] == \
        [(True, text.split("**")[1].replace("\n", " "))]
    assert len(blocks) == 2


def test_a_bold_span_whose_first_line_ends_a_phrase_keeps_its_lines():
    text = "**Vedtak\nStyret godkjenner planen.**\n\nTekst\n"
    assert len(read(text.encode())) == 3


@pytest.mark.parametrize("arrow", ["->", "=>"])
def test_a_follow_up_typed_with_an_ascii_arrow_is_a_list_item_of_its_own(arrow):
    # "-> Kari sender …" one a line: each its own item (the second no wrapped part of the
    # first), its arrow the bullet Word makes of it
    blocks = read(f"Gruppa drøftet saken.\n{arrow} Kari sender oversikt\n{arrow} Per tar det opp\n"
                  .encode())
    assert [(b.kind, b.text[2:]) for b in blocks[1:]] == [
        (BlockKind.LIST_ITEM, "Kari sender oversikt"), (BlockKind.LIST_ITEM, "Per tar det opp")]
    assert read(b"->Kari\n")[0].kind is not BlockKind.LIST_ITEM  # no space: no bullet


@pytest.mark.parametrize("text", ["**Levekår i Nordby –\nhva sier tallene?**\n\nTekst\n",
                                  "**Gruppearbeid:\nHvordan bruke tallene?**\n\nTekst\n",
                                  "**Oppfølging\nfra samlingen:**\n\nTekst\n"])
def test_a_bold_heading_wrapped_after_a_dash_a_colon_or_before_lower_case_is_one_line(text):
    # the converter broke one bold heading after its dash or colon, or before words in
    # lower case that go on with it: one block
    blocks = read(text.encode())
    assert [(b.bold, b.text.replace("**", "")) for b in blocks][:1] == \
        [(True, text.split("**")[1].replace("\n", " "))]
    assert len(blocks) == 2


def test_a_bullet_wrapped_inside_its_bold_span_is_one_line():
    """"- status i prosjektet **Kompetanse" / "Kongsberg–Notodden** (se vedlegg)": the
    converter broke the line inside the bold span, which the next line closes."""
    data = ("Daglig leder orienterte om:\n\n- status i prosjektet **Kompetanse \n"
            "Kongsberg–Notodden** (se vedlegg)\n- ny avtale\n").encode()
    assert kinds_and_texts(data)[1:] == [
        ("list_item", "- status i prosjektet **Kompetanse Kongsberg–Notodden** (se vedlegg)"),
        ("list_item", "- ny avtale")]


def test_a_line_that_only_closes_a_span_joins_nothing():
    data = b"Vedtak:**\nKari Holm velges.\n"
    assert [text for _kind, text in kinds_and_texts(data)] == ["Vedtak:**", "Kari Holm velges."]


def test_a_row_with_empty_leading_cells_under_a_tab_table_keeps_its_column():
    # a Word cell's later paragraph exported with its leading TABs: the text stays under
    # "REFERAT", and a row with only two cells is left as the paragraph's indent
    text = ("SAK\tTEMA\tREFERAT\tANSVAR\tFRIST\n12/25\tBudsjett\tLeder orienterte.\t\t\n"
            "\t\tTatt til orientering.\t\t\n\t\tSekretariatet sender brev.\tKari\t1.3.\n\n"
            "Navn\tKommune\nOla Hansen\tSola\n\tTekst\n")
    assert [b.cells for b in read(text.encode())][2:5] == [
        ("", "", "Tatt til orientering.", "", ""),
        ("", "", "Sekretariatet sender brev.", "Kari", "1.3."), ("Navn", "Kommune")]
    assert read(text.encode())[-1].kind is BlockKind.PARAGRAPH


def test_a_closing_bold_mark_after_a_tab_closes_the_cell_before_it():
    # "**Oversikt<TAB>**<TAB>…": the converter put the bold's end after the TAB
    cells = read(b"2/25\t**Oversikt\t**\tKari orienterte.\tKari Holm\n")[0].cells
    assert cells == ("2/25", "**Oversikt**", "Kari orienterte.", "Kari Holm")


def test_a_bold_heading_wrapped_before_a_dash_is_one_line_no_list_item():
    blocks = read("**1. Ungdata \n– resultater**\n\nTekst.\n".encode())
    assert [(b.text, b.bold, b.kind) for b in blocks[:1]] == [
        ("**1. Ungdata – resultater**", True, BlockKind.PARAGRAPH)]
    assert len(blocks) == 2


def test_a_dash_bullet_under_a_closed_bold_line_stays_a_list_item():
    blocks = read("**Saker**\n– resultater\n".encode())
    assert [b.kind for b in blocks] == [BlockKind.PARAGRAPH, BlockKind.LIST_ITEM]


_CHAT_TAIL = ("Eventuelt\nIngen saker.\n\nNeste møte: torsdag 5. mars kl 12.30–14 på Teams.\n\n"
              "Hilsen Hanne\n\n{heading}\n[12:41] Tone Berge: Her er lenken: https://x.no/\n"
              "[12:44] Eirik Kvam: Takk!\n[13:52] Mona Fjeld: Kan noen sende malen?\n")


@pytest.mark.parametrize("heading", ["Chat fra møtet:", "Fra chatten:", "**Chatlogg**",
                                     "Meldinger i chatten:",
                                     # (s74k) set off by dashes, with how it came there
                                     "--- Chat frå møtet (kopiert inn) ---"])
def test_a_meetings_chat_pasted_under_the_minutes_is_left_out(heading):
    # (s62d) the messages typed during the meeting, under their heading to the end, are no
    # words of the last item nor of the mail's signature above them
    texts = [b.text for b in read(_CHAT_TAIL.format(heading=heading).encode())]
    assert texts[-1] == "Hilsen Hanne"
    assert not any("Tone Berge" in text for text in texts)


def test_a_chat_heading_over_running_text_is_kept():
    # a heading "Chat:" over notes that are no clocked messages stays the minutes' own
    text = ("Chat:\nVi tar i bruk chatten i Teams for spørsmål.\nDet fungerte godt.\n"
            "[12:41] Tone Berge: Takk!\n")
    assert any("chatten i Teams" in b.text for b in read(text.encode()))


def test_a_keycap_emoji_numbering_a_line_reads_as_its_number():
    # a Loop or OneNote page pasted as text numbers its points with keycaps ("1️⃣",
    # "1️⃣0️⃣"), with or without the emoji's variation selector
    text = ("Møte i nettverket\n\n1\ufe0f\u20e3 Godkjenning av innkalling\nGodkjent.\n"
            "1\u20e30\u20e3 Eventuelt\nIngen saker.\n")
    texts = [b.text for b in read(text.encode())]
    assert "1. Godkjenning av innkalling" in texts
    assert "10. Eventuelt" in texts


@pytest.mark.parametrize(("line", "kind"), [
    # (s75m) a padded seat table's row whose first cell is an empty seat's dash keeps its
    # padding (no bullet); a bullet with a wide gap before one-spaced text stays one
    ("–                   Marte Dahl          Sametinget", BlockKind.PARAGRAPH),
    ("-     Kari Holm     Dal kommune", BlockKind.PARAGRAPH),
    ("-   Kari sender referatet til kommunene.", BlockKind.LIST_ITEM),
    ("– Kari Holm   Dal kommune", BlockKind.LIST_ITEM),
])
def test_a_dash_in_the_first_column_of_a_padded_row_is_an_empty_cell(line, kind):
    assert read(f"{line}\n".encode())[0].kind is kind


def test_a_letterhead_contact_row_over_the_title_leaves_the_head_titled() -> None:
    # (s79i) "Postboks 150, 1751 Halden | Org.nr. … | post@…" set apart by bars reads as a
    # row of cells; it is the letterhead's contact line, no table before the title
    from motebok.read.blocks import Block, titled
    blocks = [Block(kind=BlockKind.HEADING, text="Innkjøpssamarbeidet Vestdal", level=2),
              Block(kind=BlockKind.TABLE_ROW, text="Postboks 150, 1751 Halden\tOrg.nr. 998 877 665",
                    cells=("Postboks 150, 1751 Halden", "Org.nr. 998 877 665")),
              Block(kind=BlockKind.HEADING, text="Møteprotokoll", level=1)]
    assert titled(blocks)
    members = [*blocks[:1], Block(kind=BlockKind.TABLE_ROW, text="Kari Holm\tLeder",
                                  cells=("Kari Holm", "Leder")), *blocks[2:]]
    assert not titled(members)
