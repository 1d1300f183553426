"""The PDF reader: lines in order, table cells by gaps, page furniture dropped."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from fixtures.builders import FONT, FONT_BOLD, to_html, to_pdf, visible_lines
from motebok.errors import ReadError
from motebok.extract.text import merge_wrapped, to_lines
from motebok.parse import parse_bytes
from motebok.read.blocks import BlockKind
from motebok.read.pdf import (
    _cell_text,
    _column_shown_by_rows,
    _columns_under_header,
    _Gap,
    _glued_at,
    _Line,
    _line_block,
    _merge_marker,
    _wrapped_at_dash,
    read,
)

CORPUS = Path(__file__).parents[1] / "extract" / "corpus"

DOC = [
    ("heading", "Referat fra møte i Åsen regionråd"),
    ("para", "Tid: 14. februar 2024 kl. 10.00–12.00"),
    ("bold", "Til stede:"),
    ("table", [("Kari Nordmann (leder)", "Åsen kommune"), ("Øystein Bø", "Nordby kommune")]),
    ("list", ["Godkjenning av innkalling", ("Referat", ["Godkjent", "Signert"])], True),
    ("list", ["Kaffe", ("Kake", ["Bløtkake"])], False),
    ("para", "Neste møte blir 3. april."),
]


def draw(pages: list[list[tuple[float, float, str]]], font: str = "DejaVu", size: int = 11):
    """A PDF with text drawn at (x, y) on each page."""
    if font not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DejaVu", FONT))
    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    for page in pages:
        pdf.setFont(font, size)
        for x, y, text in page:
            pdf.drawString(x, y, text)
        pdf.showPage()
    pdf.save()
    return out.getvalue()


def test_structure_of_a_drawn_document():
    blocks = read(to_pdf(DOC))
    assert [(b.kind, b.text, b.level) for b in blocks] == [
        (BlockKind.HEADING, "Referat fra møte i Åsen regionråd", 1),
        (BlockKind.PARAGRAPH, "Tid: 14. februar 2024 kl. 10.00–12.00", 0),
        (BlockKind.PARAGRAPH, "Til stede:", 0),
        (BlockKind.TABLE_ROW, "Kari Nordmann (leder)\tÅsen kommune", 0),
        (BlockKind.TABLE_ROW, "Øystein Bø\tNordby kommune", 0),
        (BlockKind.LIST_ITEM, "1. Godkjenning av innkalling", 0),
        (BlockKind.LIST_ITEM, "2. Referat", 0),
        (BlockKind.LIST_ITEM, "a. Godkjent", 1),
        (BlockKind.LIST_ITEM, "b. Signert", 1),
        (BlockKind.LIST_ITEM, "- Kaffe", 0),
        (BlockKind.LIST_ITEM, "- Kake", 0),
        (BlockKind.LIST_ITEM, "- Bløtkake", 1),
        (BlockKind.PARAGRAPH, "Neste møte blir 3. april.", 0),
    ]


def test_cells_bold_and_gaps():
    blocks = read(to_pdf(DOC))
    assert blocks[3].cells == ("Kari Nordmann (leder)", "Åsen kommune")
    assert [b.bold for b in blocks[:3]] == [True, False, True]
    assert [b.gap for b in blocks] == [True, True, True, True, False, True, False, False,
                                       False, True, False, False, True]


def test_page_numbers_and_running_headers_are_dropped():
    data = to_pdf(DOC, lines_per_page=4, running_header="Åsen regionråd – møtereferat")
    blocks = read(data)
    texts = [b.text for b in blocks]
    assert len(texts) == 13
    assert not any("Side" in t or "møtereferat" in t for t in texts)


@pytest.mark.parametrize("number", ["2", "- 2 -", "Side 2 av 3", "Page 2 of 3", "2/3", "2 (3)",
                                    "Side: 2 av 3", "Sidenr.: 2"])
def test_page_number_shapes(number):
    body = [(72, 700 - 16 * i, f"Linje {i} med tekst") for i in range(6)]
    data = draw([[*body, (290, 30, number)]])
    assert [b.text for b in read(data)] == [f"Linje {i} med tekst" for i in range(6)]


@pytest.mark.parametrize(("footer", "title"), [
    ([(72, "Referat styremøte 3. mai 2024"), (450, "Side 1 av 1")],
     ["Referat styremøte 3. mai 2024"]),
    ([(72, "P:\\Styret\\Referater\\referat-mai.docx"), (500, "1/1")], []),
    ([(72, "Åsen vel – referat fra styremøtet 3. mai 2024 – side 1 av 1")],
     ["Åsen vel – referat fra styremøtet 3. mai 2024"]),
    ([(72, "Dokument 24/118-3"), (450, "Side: 1 av 1")], []),
])
def test_a_footer_with_the_page_number_beside_other_text_is_dropped_on_a_single_page(
        footer, title):
    # nothing repeats on a one-page document: the page's own number marks the footer;
    # a footer that names the minutes of a body without a title is read before it, its
    # page count left out, as the DOCX reader reads such a footer
    body = [(72, 700 - 16 * i, f"Linje {i} med tekst") for i in range(3)]
    data = draw([[*body, *((x, 30, text) for x, text in footer)]])
    assert [b.text for b in read(data)] == [*title, *(f"Linje {i} med tekst" for i in range(3))]


def test_a_running_header_that_alone_names_the_minutes_heads_an_untitled_body():
    # "Referat Regionrådet 4.3.2025" repeats at the top of both pages (so it is dropped
    # there); the body starts with its labels and names nothing
    pages = [[(72, 800, "Referat Regionrådet 4.3.2025"), (72, 740, "Tid: kl. 10.00"),
              (72, 724, "Sak 1/25 Budsjett")],
             [(72, 800, "Referat Regionrådet 4.3.2025"), (72, 740, "Sak 2/25 Regnskap"),
              (72, 724, "Vedtak: Godkjent.")]]
    assert [b.text for b in read(draw(pages))] == [
        "Referat Regionrådet 4.3.2025", "Tid: kl. 10.00", "Sak 1/25 Budsjett",
        "Sak 2/25 Regnskap", "Vedtak: Godkjent."]


def test_a_reference_number_in_a_letterhead_is_no_page_number():
    data = draw([[(72, 780, "Vår ref."), (200, 780, "12/24"), (72, 700, "Referat")]])
    assert [b.text for b in read(data)] == ["Vår ref.\t12/24", "Referat"]


def test_hanging_list_marker_is_not_a_column():
    data = draw([[(72, 700, "1."), (100, 700, "Godkjenning av innkalling"),
                  (72, 684, "•"), (100, 684, "Kulepunkt")]])
    blocks = read(data)
    assert [(b.kind, b.text) for b in blocks] == [
        (BlockKind.LIST_ITEM, "1. Godkjenning av innkalling"),
        (BlockKind.LIST_ITEM, "- Kulepunkt"),
    ]


def test_markers_drawn_after_their_text_are_put_back():
    # Some producers (WeasyPrint) draw every list marker after the page's text.
    data = draw([[(100, 700, "Godkjenning av innkalling"), (100, 684, "Budsjett"),
                  (72, 700, "1."), (72, 684, "2.")]])
    assert [(b.kind, b.text) for b in read(data)] == [
        (BlockKind.LIST_ITEM, "1. Godkjenning av innkalling"),
        (BlockKind.LIST_ITEM, "2. Budsjett"),
    ]


def test_pdf_typeset_by_weasyprint_reads_like_the_text():
    # A real typesetter: list markers drawn apart from their text, "•" glyphs,
    # table cells with padding, paragraph spacing instead of blank lines.
    weasyprint = pytest.importorskip("weasyprint")
    doc = [("heading", "Referat fra årsmøtet i Åsen vel"), ("para", "Tid: 5. mars 2024"),
           ("table", [("Kari Nordmann", "leder"), ("Per Ødegård", "kasserer")]),
           ("list", ["Godkjenning av innkalling", "Årsmelding"], True),
           ("list", ["Kaffe", "Kake"], False), ("para", "Møtet ble hevet kl. 20.")]
    page = to_html(doc).decode().replace(
        "<style>p { margin: 0 }</style>",
        "<style>body { font: 11pt 'DejaVu Sans' } td { padding: 2pt 6pt }"
        " nav, footer { display: none }</style>")
    blocks = read(weasyprint.HTML(string=page).write_pdf())
    assert [(b.text, b.cells) for b in blocks] == visible_lines(doc)
    assert [b.kind for b in blocks][2:6] == [BlockKind.TABLE_ROW, BlockKind.TABLE_ROW,
                                            BlockKind.LIST_ITEM, BlockKind.LIST_ITEM]


def test_three_column_rows():
    data = draw([[(72, 700, "Leder"), (200, 700, "Kari Nordmann"), (360, 700, "Åsen"),
                  (72, 684, "Nestleder"), (200, 684, "Per Ødegård"), (360, 684, "Nordby")]])
    assert [b.cells for b in read(data)] == [("Leder", "Kari Nordmann", "Åsen"),
                                            ("Nestleder", "Per Ødegård", "Nordby")]


def test_bold_font_is_seen():
    pdfmetrics.registerFont(TTFont("DejaVu-Bold", FONT_BOLD))
    data = draw([[(72, 700, "Vedtak:")]], font="DejaVu-Bold")
    assert read(data)[0].bold is True


def test_encrypted_pdf_needs_a_password():
    out = io.BytesIO()
    pdf = canvas.Canvas(out, encrypt="hemmelig")
    pdf.drawString(72, 700, "Fortrolig referat")
    pdf.save()
    with pytest.raises(ReadError, match=r"^encrypted PDF \(password required\)$"):
        read(out.getvalue())


def test_pages_without_text_have_no_text_layer():
    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    pdf.rect(72, 72, 300, 500, fill=1)
    pdf.showPage()
    pdf.save()
    with pytest.raises(ReadError, match=r"^no text layer \(scanned\?\)$"):
        read(out.getvalue())


@pytest.mark.parametrize("data", [b"Bare tekst, ingen PDF.", b"%PDF-1.4\n%%EOF",
                                  to_pdf(DOC)[:400]])
def test_not_a_valid_pdf(data):
    with pytest.raises(ReadError, match=r"^not a valid PDF file$"):
        read(data)


def test_wrapped_table_cells_do_not_set_the_line_step():
    text = [(72, 760 - 14 * n, f"Linje {n} av en lang paragraf som fortsetter") for n in range(4)]
    # running text every 14 pt; a table whose cells wrap makes steps of 10 pt in between
    table = [(72, 700, "Oppdatere plan i"), (300, 700, "Lars"), (150, 690, "1"),
             (72, 680, "portalen"), (300, 680, "Holm"),
             (72, 666, "Sende liste til"), (300, 666, "Tuva"), (150, 656, "2"),
             (72, 646, "gruppen"), (300, 646, "Berg")]
    after = [(72, 620 - 14 * n, f"Etter tabellen linje {n}") for n in range(3)]
    blocks = read(draw([text + table + after]))
    running = [b for b in blocks if b.text.startswith(("Linje", "Etter"))]
    # one paragraph each: only the first line of each run stands apart
    assert [b.gap for b in running] == [True, False, False, False, True, False, False]


def test_a_word_hyphenated_at_a_line_end_keeps_its_lines():
    # PDFium joins "Brå-" / "then" into one line with U+FFFE where the hyphen was
    data = draw([[(72, 700, "Til stede: Arne Brå-"), (72, 686, "then (Hamar kommune), Siri Lyng"),
                  (72, 672, "Referent: Siri Lyng")]])
    assert [(b.text, b.gap) for b in read(data)] == [
        ("Til stede: Arne Brå-", True), ("then (Hamar kommune), Siri Lyng", False),
        ("Referent: Siri Lyng", False)]


def test_a_wide_word_space_between_short_letters_is_not_a_column():
    # glyph boxes of "unname:" and "anna see moe" are short (no tall letters): a 5.5 pt
    # space passes against their height but not against the 11 pt font size
    width = pdfmetrics.stringWidth("unname:", "DejaVu", 11)
    data = draw([[(72, 700, "unname:"), (72 + width + 5.5, 700, "anna see moe"),
                  (72, 686, "Referent: Siri Lyng")]])
    assert [(b.text, b.cells) for b in read(data)] == [("unname: anna see moe", ()),
                                                      ("Referent: Siri Lyng", ())]


def scaled_pdf(lines: list[tuple[float, float, str, float, float]]) -> bytes:
    """A PDF with each line drawn at (x, y) in a font size, under a scale (text matrix)."""
    if "DejaVu" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DejaVu", FONT))
    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    for x, y, text, size, scale in lines:
        pdf.saveState()
        pdf.scale(scale, scale)
        pdf.setFont("DejaVu", size)
        pdf.drawString(x / scale, y / scale, text)
        pdf.restoreState()
    pdf.showPage()
    pdf.save()
    return out.getvalue()


def test_font_sizes_are_read_as_drawn():
    # as Chromium prints: every size set a third larger and scaled by 0.75. A heading
    # that wraps is one heading only when its line step is compared with the drawn size.
    data = scaled_pdf([(72, 760, "Referat fra møte i Ungdomsrådet i", 26.67, 0.75),
                       (72, 736, "Nordby kommune", 26.67, 0.75),
                       (72, 700, "Tid: 14. februar 2024", 14.67, 0.75),
                       (72, 686, "Sted: Rådhuset i Nordby, kommunestyresalen", 14.67, 0.75),
                       (72, 672, "Til stede: Kari Nordmann, Ola Dahl og Per Lie", 14.67, 0.75)])
    first = read(data)[0]
    assert (first.kind, first.text) == (
        BlockKind.HEADING, "Referat fra møte i Ungdomsrådet i Nordby kommune")


def test_a_heading_that_wraps_is_one_heading():
    data = scaled_pdf([(72, 760, "Referat fra møte i Ungdomsrådet i", 20, 1.0),
                       (72, 736, "Nordby kommune", 20, 1.0),
                       (72, 700, "Tid: 14. februar 2024", 11, 1.0),
                       (72, 686, "Sted: Rådhuset i Nordby, kommunestyresalen", 11, 1.0),
                       (72, 672, "Til stede: Kari Nordmann, Ola Dahl og Per Lie", 11, 1.0)])
    assert [(b.kind, b.text) for b in read(data)][:2] == [
        (BlockKind.HEADING, "Referat fra møte i Ungdomsrådet i Nordby kommune"),
        (BlockKind.PARAGRAPH, "Tid: 14. februar 2024")]


def test_a_heading_wrapped_after_a_names_hyphen_keeps_the_name_whole():
    # (s64h) "… I MIDT-" / "TROMS": the hyphen is the name's own, nothing comes between
    data = scaled_pdf([(72, 760, "PROTOKOLL – SAMARBEIDSUTVALGET", 20, 1.0),
                       (72, 736, "FOR BARNEVERNET I MIDT-", 20, 1.0),
                       (72, 712, "TROMS", 20, 1.0),
                       (72, 680, "Møtedato: 27.11.2025", 11, 1.0),
                       (72, 666, "Møtested: Bardu rådhus", 11, 1.0),
                       (72, 652, "Til stede: Kari Nordmann, Ola Dahl og Per Lie", 11, 1.0)])
    assert read(data)[0].text == "PROTOKOLL – SAMARBEIDSUTVALGET FOR BARNEVERNET I MIDT-TROMS"


@pytest.mark.parametrize(("second", "joined"), [
    ("Midt-Agder", True),  # the line above stops after "og": no title ends there
    ("Sak 4/25 Eventuelt", False),  # a heading of its own under a complete one
])
def test_a_heading_set_in_wide_spacing_wraps_after_a_word_no_title_ends_with(second, joined):
    # headings in 1.5 lines' spacing: the wrapped line stands farther down than a
    # tightly set heading's would, so only a dangling "og" (or a small letter) joins it
    first = "Sak 3/25 Reiselivsstrategi for Setesdal og" if joined else "Sak 3/25 Budsjett"
    data = drawn([("B", 13, 56, 760, first), ("B", 13, 56, 738, second),
                  ("R", 10, 56, 714, "Strategien ble lagt fram."),
                  ("R", 10, 56, 700, "Innspillene var positive."),
                  ("R", 10, 56, 686, "Vedtak: Strategien vedtas.")])
    texts = [b.text for b in read(data)]
    assert texts[:2] == ([f"{first} {second}", "Strategien ble lagt fram."] if joined
                         else [first, second])


def test_cells_that_wrap_inside_a_row_stay_in_their_row():
    # a follow-up table: the task column wraps; a name under a merged cell is a new row
    data = draw([[(72, 760, "Oppgave"), (300, 760, "Ansvarlig"), (420, 760, "Frist"),
                  (72, 744, "Oppdatere fremdriftsplan i"), (300, 744, "Lars Holm"),
                  (420, 744, "12.11.2024"), (72, 731, "prosjektportalen"),
                  (72, 715, "Sende risikoregister til"), (300, 715, "Tuva Berg"),
                  (420, 715, "15.11.2024"), (72, 702, "styringsgruppen og"),
                  (72, 689, "kommunene"),
                  (72, 660, "Asker kommune"), (300, 660, "Kari Holm"),
                  (300, 647, "Per Berg")]])
    assert [b.cells or b.text for b in read(data)] == [
        ("Oppgave", "Ansvarlig", "Frist"),
        ("Oppdatere fremdriftsplan i prosjektportalen", "Lars Holm", "12.11.2024"),
        ("Sende risikoregister til styringsgruppen og kommunene", "Tuva Berg", "15.11.2024"),
        ("Asker kommune", "Kari Holm"),
        "Per Berg",
    ]


def test_a_row_that_starts_with_a_list_marker_under_a_table_row_is_its_own_row():
    # "a." and its text are one cell, so the row's cells have no column starts to
    # compare with the row above: it is no wrapped cell (this used to stop the file)
    data = draw([[(50, 772, "Sak 1/24"), (150, 772, "Per Dahl (Oslo)"), (350, 772, "Vedtak:"),
                  (150, 758, "a."), (250, 758, "Til stede:"),
                  (450, 758, "tok saken til orientering.")]])
    assert [b.cells or b.text for b in read(data)] == [
        ("Sak 1/24", "Per Dahl (Oslo)", "Vedtak:"),
        ("a. Til stede:", "tok saken til orientering."),
    ]


def test_wrapped_cells_of_a_typeset_table_stay_in_their_row():
    # reportlab draws each cell as its own text run: the row is joined from pieces on
    # one baseline, and the task cell's next lines join it again
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    if "DejaVu" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DejaVu", FONT))
    style = getSampleStyleSheet()["Normal"]
    style.fontName = "DejaVu"
    rows = [["Oppgave", "Ansvarlig", "Frist"],
            [Paragraph("Oppdatere fremdriftsplan i prosjektportalen og sende den til "
                       "styringsgruppen", style), Paragraph("Lars Holm", style),
             Paragraph("12.11.2024", style)]]
    table = Table(rows, colWidths=[200, 100, 80])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    out = io.BytesIO()
    SimpleDocTemplate(out).build([table])
    assert [b.cells for b in read(out.getvalue())] == [
        ("Oppgave", "Ansvarlig", "Frist"),
        ("Oppdatere fremdriftsplan i prosjektportalen og sende den til styringsgruppen",
         "Lars Holm", "12.11.2024")]


def _case_table(rows: list[list[str]]) -> bytes:
    """A ruled PDF table of cases without a heading row (number | title | text), as
    reportlab sets it in its body text style, under running text as wide as the page's."""
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    style = getSampleStyleSheet()["BodyText"]
    table = Table([[Paragraph(cell, style) for cell in row] for row in rows],
                  colWidths=[50, 130, 290])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black"),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    out = io.BytesIO()
    SimpleDocTemplate(out).build([
        Paragraph("Til stades: Ingrid Haugen (Sel kommune), Tor Lund (Dovre kommune), Siri "
                  "Moen (Lesja kommune) og Per Bakke (Skjåk kommune)", style), table])
    return out.getvalue()


def test_a_cell_wrapped_right_at_a_sentences_end_goes_on_with_a_space():
    # the text cell's first line ran to the table's edge and ends a sentence there: the
    # next sentence only wrapped, no paragraph of its own; a short line stays apart
    text = ("Forumet gjekk gjennom søknadene som er komne inn i år. Talet på søknader er "
            "høgare enn i fjor. Kommunane vil prioritere søknader frå aktive bruk.")
    rows = [cells for block in read(_case_table([["13/25", "Tilskot til drenering", text],
                                                 ["14/25", "Eventuelt", "Ingen saker.<br/>"
                                                  "Møtet vart heva."]]))
            if (cells := block.cells)]
    assert rows[0][2] == text
    assert rows[1][2] == "Ingen saker.\nMøtet vart heva."


def test_a_capitalised_line_under_a_full_cell_is_the_rest_of_that_cell():
    # "Vestre" wrapped because the organisation cell ran up to the next column;
    # "Per Berg" under the short "Kari Holm" is a new row (its first cell merged)
    from reportlab.pdfbase.pdfmetrics import stringWidth

    long_cell = "Nordby kommune og plankontor for"
    third = 180 + stringWidth(long_cell, "DejaVu", 11) + 12
    data = draw([[(72, 760, "Øystein Bø"), (180, 760, long_cell), (third, 760, "medlem"),
                  (180, 747, "Vestre"),
                  (72, 720, "Asker kommune"), (180, 720, "Kari Holm"), (third, 720, "leder"),
                  (180, 707, "Per Berg")]])
    assert [b.cells or b.text for b in read(data)] == [
        ("Øystein Bø", "Nordby kommune og plankontor for Vestre", "medlem"),
        ("Asker kommune", "Kari Holm", "leder"),
        "Per Berg",
    ]


def test_a_line_under_a_header_box_that_runs_across_its_columns_is_no_wrapped_cell():
    # a case system prints "Møtedato | Møtested | Tid" as one row of three cells; the
    # attendance line right under it, with no blank line, starts where the first cell
    # does, but it runs on across the second column: running text, not a wrapped cell
    from reportlab.pdfbase.pdfmetrics import stringWidth

    first = "Møtedato: 5. mars 2024"
    second = 72 + stringWidth(first, "DejaVu", 11) + 4
    data = draw([[(72, 760, first), (second + 14, 760, "Møtested: Rådhuset"),
                  (72, 744, "Til stede: Kari Holm (leder), Per Dahl og Siri Moe"),
                  (72, 728, "Sak 1/24 Godkjenning av innkalling")]])
    assert [b.cells or b.text for b in read(data)] == [
        ("Møtedato: 5. mars 2024", "Møtested: Rådhuset"),
        "Til stede: Kari Holm (leder), Per Dahl og Siri Moe",
        "Sak 1/24 Godkjenning av innkalling",
    ]


def test_a_typesetters_hyphen_at_a_line_end_reads_as_a_hyphen():
    # WeasyPrint and Chromium hyphenate with U+2010, which PDFium does not mark as a
    # hyphenated word: the line ends in "-" as in a text export, and a cell joins up
    data = draw([[(72, 760, "Daglig leder orienterte kommunedirek\u2010"),
                  (72, 747, "tørene om saken."),
                  (72, 700, "Kari Nord\u2010"), (200, 700, "Åsen kommune"), (72, 687, "mann")]])
    assert [b.cells or b.text for b in read(data)] == [
        "Daglig leder orienterte kommunedirek-", "tørene om saken.",
        ("Kari Nordmann", "Åsen kommune")]


def test_a_header_or_footer_that_does_not_repeat_is_dropped_when_set_apart_in_small_type():
    # "different first page": the running header only on page 2 of two, the address
    # footer only on page 1; the small letterhead at the top of page 1 stays
    if "DejaVu" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DejaVu", FONT))
    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    pages = [["Referat fra møte", *(f"Linje {i} med tekst" for i in range(5))],
             ["Mer tekst", "Vedtak: Godkjent."]]
    for number, lines in enumerate(pages, start=1):
        pdf.setFont("DejaVu", 9)
        if number == 1:
            pdf.drawString(72, 800, "Vestre regionråd")
            pdf.drawString(72, 30, "Vestre regionråd, Rådhusgata 1, 1234 Nordby")
        else:
            pdf.drawString(72, 800, "Vestre regionråd – referat 14.02.2024")
        pdf.setFont("DejaVu", 11)
        for row, text in enumerate(lines):
            pdf.drawString(72, 760 - 15 * row, text)
        pdf.showPage()
    pdf.save()
    assert [b.text for b in read(out.getvalue())] == [
        "Vestre regionråd", "Referat fra møte", *(f"Linje {i} med tekst" for i in range(5)),
        "Mer tekst", "Vedtak: Godkjent."]


@pytest.mark.parametrize(("header", "kept"), [
    ("Nettverk for kystkultur – referat", False),  # Chromium's header template
    ("Vestre regionråd", True),  # a letterhead: it names the body, not the minutes
])
def test_a_small_top_line_naming_the_minutes_on_a_single_page_is_its_running_header(
        header, kept):
    # one page cannot repeat its running header: the small line in the margin over the
    # page's own heading that names the minutes is dropped, as on a longer document
    lines = [(57, 822, header, 6, 1.0),
             (57, 764, "Referat fra nettverksmøte om kystkultur", 18, 1.0),
             *((62, 735 - 15 * i, f"Linje {i} med tekst", 10.5, 1.0) for i in range(4))]
    assert [b.text for b in read(scaled_pdf(lines))] == [
        *([header] if kept else []), "Referat fra nettverksmøte om kystkultur",
        *(f"Linje {i} med tekst" for i in range(4))]


def test_a_dropped_header_names_the_network_over_a_bare_network_meetings_title():
    # (s64e) "Referat fra nettverksmøte" names no network: the header dropped as the page's
    # furniture gives its name, read above the title ("Nettverk for kystkultur – referat"
    # without the minutes' word), as over a bare "Referat fra møte"
    lines = [(57, 822, "Nettverk for kystkultur – referat", 6, 1.0),
             (57, 764, "Referat fra nettverksmøte", 18, 1.0),
             *((62, 735 - 15 * i, f"Linje {i} med tekst", 10.5, 1.0) for i in range(4))]
    assert [b.text for b in read(scaled_pdf(lines))] == [
        "Nettverk for kystkultur", "Referat fra nettverksmøte",
        *(f"Linje {i} med tekst" for i in range(4))]


def test_a_single_pages_running_header_names_the_body_over_its_bare_title():
    # dropped from the top of the one page, the header is read back as a longer
    # document's repeated header is: the name over a title that names nobody
    lines = [(57, 822, "Næringsnettverket i Vestdal – referat", 6, 1.0),
             (57, 764, "Referat", 18, 1.0), (62, 735, "Tid: 3. februar 2026", 10.5, 1.0),
             (62, 720, "Sted: Teams", 10.5, 1.0), (62, 705, "Sak 1/26 Eventuelt", 10.5, 1.0)]
    assert [b.text for b in read(scaled_pdf(lines))][:3] == [
        "Næringsnettverket i Vestdal", "Referat", "Tid: 3. februar 2026"]


def test_a_row_whose_cells_are_centred_vertically_beside_a_wrapped_cell_is_one_row():
    # Word's "centre vertically": the name and the role sit half a line below the
    # organisation's first line
    data = draw([[(72, 745, "Kari Nordmann"), (180, 745, "Åsen kommune"), (420, 745, "leder"),
                  (72, 716, "Øystein Bø"), (180, 722, "Nordby kommune og interkommunalt"),
                  (180, 709, "plankontor for Vestre"), (420, 716, "medlem"),
                  (72, 688, "Siri Ærø"), (180, 688, "Trøndelag fylkeskommune"),
                  (420, 688, "medlem")]])
    assert [b.cells for b in read(data)] == [
        ("Kari Nordmann", "Åsen kommune", "leder"),
        ("Øystein Bø", "Nordby kommune og interkommunalt plankontor for Vestre", "medlem"),
        ("Siri Ærø", "Trøndelag fylkeskommune", "medlem")]


def test_a_list_set_in_two_columns_is_read_down_each_column():
    # Word draws a two-column section column by column: the names are a list, not
    # rows of (name, organisation)
    left = [(72, 700 - 14 * i, name) for i, name in enumerate(
        ("Per Hansen", "Ola Berg", "Eva Lie"))]
    right = [(300, 700 - 14 * i, name) for i, name in enumerate(("Tor Li", "Guro Østby"))]
    data = draw([[(72, 730, "Fra administrasjonen:"), *left, *right,
                  (72, 640, "Forfall: Anne Lund")]])
    assert [(b.text, b.cells) for b in read(data)] == [
        ("Fra administrasjonen:", ()), ("Per Hansen", ()),
        ("Ola Berg", ()), ("Eva Lie", ()), ("Tor Li", ()), ("Guro Østby", ()),
        ("Forfall: Anne Lund", ())]


def test_a_table_row_drawn_cell_by_cell_is_no_column_list():
    # the same drawing order for a row whose cells wrap onto two lines: still cells
    data = draw([[(72, 700, "Eli Arnkværn"), (72, 686, "Bryhni"),
                  (300, 700, "Hamarregionen utvikling/"), (300, 686, "Hamarregionen")]])
    assert all(b.kind is BlockKind.TABLE_ROW for b in read(data))


@pytest.mark.parametrize("header", [None, "Eldrerådet 14. mars 2024"])
def test_a_sentence_a_page_break_splits_reads_whole(header):
    # the page numbers "1 (2)" and "2 (2)" and a running header on page 2 only, in body
    # type, fall between the halves; a page break is no blank line
    first = ["Protokoll fra møte i Eldrerådet", "Dato: 14. mars 2024", "Sted: Rådhuset",
             "Til stede: Kari Holm, Ola Dahl", "Sak 12/24 Helsetjenester",
             "Kommunalsjefen orienterte om tilbudet ved", "sykehjemmene.",
             "Vedtak: Uttalelsen sendes til"]
    second = ["Statsforvalteren innen 1. april.", "Sak 13/24 Eventuelt", "Ingen saker."]
    pages = [[(72, 760 - 20 * i, text) for i, text in enumerate(first)] + [(290, 30, "1 (2)")],
             [(72, 760 - 20 * i, text) for i, text in enumerate(second)] + [(290, 30, "2 (2)")]]
    if header:
        pages[1].append((72, 790, header))
    record = parse_bytes(draw(pages), "referat.pdf")
    assert record.items[0].decisions == ["Uttalelsen sendes til Statsforvalteren innen 1. april."]


@pytest.mark.parametrize(("last", "runs_on"), [
    ("Uttalelsen sendes til", True), ("sendes til Kari Holm,", True),
    ("Ingen merknader", False), ("Saken ble godkjent.", False)])
def test_a_page_break_is_no_blank_line_inside_a_sentence(last, runs_on):
    pages = [[(72, 760, "Første linje med tekst"), (72, 745, last), (290, 30, "1")],
             [(72, 760, "Budsjett"), (72, 745, "Siste linje."), (290, 30, "2")]]
    blocks = read(draw(pages))
    assert [b.text for b in blocks] == ["Første linje med tekst", last, "Budsjett", "Siste linje."]
    assert blocks[2].gap is not runs_on


@pytest.mark.parametrize(("last", "first", "runs_on"), [
    ("med frist for merknader", "1. april 2024.", True),  # a date ends the sentence
    ("Møtet ble avsluttet.", "1. april 2024 holdes neste møte.", False),
    ("Møteplan for høsten:", "1. september", False)])  # a list of dates after its lead
def test_a_date_on_the_next_page_ends_a_sentence_stopped_on_a_word(last, first, runs_on):
    # "… ber dagleg leiar sende utkastet med frist for merknader" / "1. april 2024.": the
    # day is no numbered entry of a list but the tail of the vedtak's sentence
    pages = [[(72, 760, "Første linje med tekst"), (72, 745, last), (290, 30, "Side 1 av 2")],
             [(72, 760, first), (72, 745, "Siste linje."), (290, 30, "Side 2 av 2")]]
    blocks = read(draw(pages))
    assert [b.text for b in blocks][2] == first
    assert blocks[2].gap is not runs_on


def test_a_vedtak_over_a_page_break_keeps_its_date():
    first = ["Protokoll frå møte i styret", "Dato: 14. mars 2024",
             "Til stades: Kari Holm, Ola Dahl", "Sak 11/24 Transportplan", "Vedtak:",
             "Styret ber dagleg leiar sende utkastet til kommunane med frist for merknader"]
    second = ["1. april 2024.", "Sak 12/24 Eventuelt", "Ingen saker."]
    pages = [[(72, 760 - 20 * i, text) for i, text in enumerate(page)] + [(290, 30, footer)]
             for page, footer in ((first, "Side 1 av 2"), (second, "Side 2 av 2"))]
    item = parse_bytes(draw(pages), "protokoll.pdf").items[0]
    assert item.decisions == ["Styret ber dagleg leiar sende utkastet til kommunane med frist "
                              "for merknader 1. april 2024."]
    assert item.actions[0].due == "2024-04-01"


def _page_text(page: str) -> list[str]:
    """Six lines of a page's own text (digits alone would read as the same line masked)."""
    return [f"{word} {page} med tekst" for word in ("Kari", "Ola", "Per", "Eva", "Tor", "Liv")]


def test_a_footer_of_three_lines_on_every_page_is_dropped_whole():
    footer = ["Hallingdal regionråd", "Sentrumsvegen 1, 3570 Ål",
              "Telefon 32 00 00 00 – www.hallingdal.no"]
    pages = [[*((72, 700 - 16 * i, text) for i, text in enumerate(_page_text(page))),
              *((72, 60 - 12 * k, text) for k, text in enumerate(footer))]
             for page in ("første", "andre")]
    assert [b.text for b in read(draw(pages))] == _page_text("første") + _page_text("andre")


def test_a_body_line_at_the_same_place_on_two_pages_stays_when_the_edge_lines_differ():
    # "Vedtak:" third from the bottom on both pages, above lines of each page's own
    pages = [[*((72, 700 - 16 * i, text) for i, text in enumerate(_page_text(page))),
              (72, 400, "Vedtak:"), (72, 384, f"Styret vedtok {page} sak."),
              (72, 368, f"Saken er avgjort {page} gang.")] for page in ("første", "andre")]
    assert [b.text for b in read(draw(pages))].count("Vedtak:") == 2


def test_a_slide_deck_exported_to_pdf_is_a_presentation():
    # one slide a page: a short title, bullets, the slide's number at the foot, a close
    slides = [
        ["Kompetanseløftet i Vestdalen", "Regionrådet 14. mars 2024",
         "Ingrid Solberg, prosjektleder"],
        ["Agenda", "• Bakgrunn", "• Utfordringer", "• Veien videre"],
        ["Bakgrunn", "• Vedtak i regionrådet 2022", "• Fire kommuner med"],
        ["Utfordringer", "• Rekruttering av lærlinger", "• Få praksisplasser i helse"],
        ["Veien videre", "• Felles lærlingkontor", "• Søke nye midler høsten 2024"],
        ["Takk for meg!", "ingrid.solberg@vestdalen.example"],
    ]
    pages = [[(60, 700, slide[0])] + [(80, 640 - 30 * i, t) for i, t in enumerate(slide[1:])]
             + [(500, 60, str(n))] for n, slide in enumerate(slides, 1)]
    record = parse_bytes(draw(pages), "deck.pdf")
    assert (record.kind, record.title) == ("presentation", "Kompetanseløftet i Vestdalen")
    assert (record.meeting.date, record.body, record.participants) == \
        ("2024-03-14", "Regionrådet", [])
    assert [(i.title, i.decisions) for i in record.items] == [
        ("Bakgrunn", []), ("Utfordringer", []), ("Veien videre", [])]
    assert record.items[-1].text == "Felles lærlingkontor\nSøke nye midler høsten 2024"


def _minutes_and_summons(letterhead: str) -> list[list[tuple[float, float, str]]]:
    """Minutes on page 1 and the next meeting's summons on page 2, laid out alike under
    the same letterhead, each page numbered."""
    minutes = [letterhead, "Dato: 12.03.2024", "Sted: Rådhuset", "Referat fra møte",
               "Til stede: Kari Holm, Per Dahl", "Sak 1/24 Budsjett", "Vedtak: Godkjent."]
    summons = [letterhead, "Dato: 16.04.2024", "Sted: Rådhuset", "Innkalling til møte",
               "Innkalte: Kari Holm, Per Dahl", "Sak 2/24 Plan", "Ingen saker."]
    return [[*((72, 780 - 20 * i, text) for i, text in enumerate(page)),
             (270, 30, f"Side {number} av 2")]
            for number, page in enumerate((minutes, summons), start=1)]


def test_a_summons_page_laid_out_like_the_minutes_keeps_its_date_and_place():
    # "Dato: 12.03.2024" and "Dato: 16.04.2024" at the same place: numbers that neither
    # stay nor count the pages are two contents, and "Sted: Rådhuset" under them stays
    # (the running letterhead's name heads the text: "Referat fra møte" names no body)
    texts = [b.text for b in read(draw(_minutes_and_summons("Åsen regionråd")))]
    assert texts == ["Åsen regionråd", "Dato: 12.03.2024", "Sted: Rådhuset", "Referat fra møte",
                     "Til stede: Kari Holm, Per Dahl", "Sak 1/24 Budsjett", "Vedtak: Godkjent.",
                     "Dato: 16.04.2024", "Sted: Rådhuset", "Innkalling til møte",
                     "Innkalte: Kari Holm, Per Dahl", "Sak 2/24 Plan", "Ingen saker."]


@pytest.mark.parametrize(("header", "head"), [
    ("Referat 12.03.2024 – side {page}", ["Referat 12.03.2024"]),
    ("Åsen regionråd – side {printed} av 9", [])])
def test_a_running_header_with_a_date_or_a_page_counter_is_still_dropped(header, head):
    # the date stays the same on each page; the printed page count may start further on;
    # one that names the minutes of an untitled body heads it without its page count,
    # as a footer does
    pages = [[(72, 780, header.format(page=page, printed=page + 4)),
              *((72, 740 - 20 * i, f"{word} linje {'abcde'[i]} med tekst") for i in range(5))]
             for page, word in ((1, "Første"), (2, "Andre"), (3, "Tredje"))]
    assert [b.text for b in read(draw(pages))] == [*head, *(
        f"{word} linje {letter} med tekst" for word in ("Første", "Andre", "Tredje")
        for letter in "abcde")]


def test_a_sentence_that_opens_two_pages_under_the_letterhead_is_text():
    # "Vedtak: Tatt til orientering." at the top of pages 2 and 3, right under the same
    # letterhead: a running header never ends in a full stop, so both stay; the
    # letterhead's repeats and the page numbers still go (page 1's name heads the text:
    # "Referat fra møte 12.03.2024" names no body)
    pages = [["Åsen regionråd", "Referat fra møte 12.03.2024", "Sak 1/24 Økonomi",
              "Økonomisjefen orienterte om regnskapet."],
             ["Åsen regionråd", "Vedtak: Tatt til orientering.", "Sak 2/24 Planarbeid",
              "Planleggeren orienterte om planen."],
             ["Åsen regionråd", "Vedtak: Tatt til orientering.", "Sak 3/24 Eventuelt",
              "Ingen saker."]]
    drawn = [[*((72, 780 - 20 * i - (20 if i else 0), text) for i, text in enumerate(page)),
              (270, 30, f"Side {number} av 3")] for number, page in enumerate(pages, start=1)]
    assert [b.text for b in read(draw(drawn))] == [
        "Åsen regionråd", "Referat fra møte 12.03.2024", "Sak 1/24 Økonomi",
        "Økonomisjefen orienterte om regnskapet.", "Vedtak: Tatt til orientering.",
        "Sak 2/24 Planarbeid", "Planleggeren orienterte om planen.",
        "Vedtak: Tatt til orientering.", "Sak 3/24 Eventuelt", "Ingen saker."]


def test_a_letter_spaced_title_reads_as_the_word_it_spells():
    data = draw([[(200, 780, "R E F E R A T"), (72, 750, "Møte i styret for Åsen regionråd"),
                  (72, 730, "Dato: 14. mars 2024"), (72, 710, "Sak 1/24 Eventuelt"),
                  (72, 695, "Ingen saker.")]])
    assert read(data)[0].text == "REFERAT"
    record = parse_bytes(data, "referat.pdf")
    assert (record.title, record.body) == ("REFERAT", "Styret")


def test_a_table_header_row_repeated_on_the_next_page_is_read_once():
    def rows(cells: list[tuple[str, str, str]], top: float) -> list[tuple[float, float, str]]:
        return [(x, top - 20 * n, text) for n, row in enumerate(cells)
                for x, text in zip((76, 300, 420), row, strict=True)]
    header = ("Hva", "Ansvar", "Frist")
    first = [(72, 780, "Oppfølgingspunkter"),
             *rows([header, ("Sende søknad", "Kari Holm", "1. mars")], 750)]
    second = rows([header, ("Oppdatere nettsiden", "Per Berg", "15. mars")], 780)
    texts = [b.text for b in read(draw([first, second], size=10))]
    assert texts == ["Oppfølgingspunkter", "Hva\tAnsvar\tFrist",
                     "Sende søknad\tKari Holm\t1. mars", "Oppdatere nettsiden\tPer Berg\t15. mars"]


def test_a_row_on_top_of_a_page_like_no_header_row_stays():
    first = [(72, 780, "Til stede"), (76, 750, "Kari Holm"), (300, 750, "leder")]
    second = [(76, 780, "Kari Holm"), (300, 780, "leder"), (76, 760, "Per Berg"),
              (300, 760, "medlem")]
    assert len(read(draw([first, second]))) == 4


def test_a_value_beside_its_label_that_wraps_after_a_comma_stays_one_value():
    data = draw([[(72, 780, "Referat fra møte i Eldrerådet"),
                  (72, 750, "Møtedato:"), (200, 750, "Torsdag 14. mars 2024"),
                  (72, 735, "Møtested:"), (200, 735, "Kommunestyresalen,"),
                  (200, 720, "Åsen rådhus"), (72, 705, "Til stede:"),
                  (200, 705, "Kari Holm (leder)"), (200, 690, "Per Berg")]])
    texts = [b.text for b in read(data)]
    assert texts[2:] == ["Møtested:\tKommunestyresalen, Åsen rådhus",
                         "Til stede:\tKari Holm (leder)", "Per Berg"]
    assert parse_bytes(data, "referat.pdf").meeting.location == "Kommunestyresalen, Åsen rådhus"


def test_a_cell_left_empty_keeps_its_place_under_the_heading():
    # a PDF draws nothing for an empty cell: where the "X" starts says its column
    data = draw([[(72, 760, "Navn"), (200, 760, "Møtt"), (300, 760, "Forfall"),
                  (72, 744, "Ola Hansen"), (200, 744, "X"),
                  (72, 728, "Kari Berg"), (304, 728, "X"),
                  (72, 712, "Per Lie"), (210, 712, "Vara")]])
    assert [b.cells for b in read(data)] == [
        ("Navn", "Møtt", "Forfall"), ("Ola Hansen", "X"), ("Kari Berg", "", "X"),
        ("Per Lie", "Vara")]


def test_a_bold_font_is_known_by_its_name_when_its_descriptor_gives_no_weight():
    # WeasyPrint (and LibreOffice) give every font StemV 80 and no FontWeight, so PDFium
    # says 400 for "DejaVu-Sans-Bold" too; unnumbered section headings are bold lines.
    weasyprint = pytest.importorskip("weasyprint")
    page = ("<html><body style=\"font: 11pt 'DejaVu Sans'\"><p><b>Økonomirapport</b></p>"
            "<p>Regnskapet ble lagt fram.</p></body></html>")
    blocks = read(weasyprint.HTML(string=page).write_pdf())
    assert [(b.text, b.bold) for b in blocks] == [("Økonomirapport", True),
                                                 ("Regnskapet ble lagt fram.", False)]


def test_footnotes_over_the_footer_are_no_text_of_the_page():
    # Word sets footnotes in small type at the page's foot, above the footer
    body = [(72, 700 - 16 * i, f"Linje {i} med tekst om saken", 11, 1.0) for i in range(9)]
    foot = [(72, 96, "1 Referatet ble sendt ut 10. desember.", 8, 1.0),
            (72, 86, "2 Se vedlegg 2 for tallene.", 8, 1.0),
            (72, 30, "Åsen regionråd · Postboks 12, 1234 Åsen · Org.nr 987 654 321", 8, 1.0)]
    assert [b.text for b in read(scaled_pdf(body + foot))] == [
        f"Linje {i} med tekst om saken" for i in range(9)]


def test_small_text_that_goes_on_from_the_page_stays():
    body = [(72, 700 - 16 * i, f"Linje {i} med tekst om saken", 11, 1.0) for i in range(5)]
    small = [(72, 620, "Merknad i liten skrift.", 8, 1.0), (72, 30, "Org.nr 987 654 321", 8, 1.0)]
    assert [b.text for b in read(scaled_pdf(body + small))][-1] == "Merknad i liten skrift."


def test_a_footnote_call_after_a_full_stop_is_no_part_of_the_sentence():
    # "godkjent.¹": the call drawn small and raised; "kl.10" and "m²" keep their digits
    def after(text: str) -> float:
        return 72 + pdfmetrics.stringWidth(text, "DejaVu", 11)

    scaled_pdf([])  # registers the font
    lines = [(72, 700, "Referatet ble godkjent.", 11, 1.0),
             (after("Referatet ble godkjent."), 704, "1", 7, 1.0),
             (72, 684, "Tomta er 200 m", 11, 1.0), (after("Tomta er 200 m"), 688, "2", 7, 1.0),
             (72, 668, "Vi møtes kl.10 i morgen.", 11, 1.0)]
    assert [b.text for b in read(scaled_pdf(lines))] == [
        "Referatet ble godkjent.", "Tomta er 200 m2", "Vi møtes kl.10 i morgen."]


def test_running_text_set_in_two_columns_is_read_down_each_column():
    # Word draws a two-column section down the left column, then down the right one
    left = ["Sak 3/24 Budsjett 2025", "Økonomisjefen la fram forslag", "til budsjett for neste år.",
            "Styret drøftet forslaget og", "ba om en ny vurdering.", "Budsjettet ble vedtatt."]
    right = ["Sak 4/24 Eventuelt", "Leder orienterte om", "søknaden til fylket.",
             "Saken ble tatt til", "orientering."]
    data = draw([[(72, 700, "Referat fra styremøte i Åsen vel"),
                  *((72, 670 - 16 * i, text) for i, text in enumerate(left)),
                  *((310, 670 - 16 * i, text) for i, text in enumerate(right))]])
    blocks = read(data)
    assert [b.text for b in blocks] == ["Referat fra styremøte i Åsen vel", *left, *right]
    assert not any(b.cells for b in blocks)


def test_one_item_set_in_two_columns_under_a_head_table_is_read_down_each_column():
    # CSS "column-count: 2" under one item's heading, on a page whose head is a table:
    # the lines wrap mid-sentence (small letters), drawn down the left column and then
    # down the right one; read in that order, not as rows of two cells
    left = ["Besøkstal. Gjestedøgna auka", "med seks prosent i sommar,", "mest i Luster.",
            "Cruise. Hamna tok imot sju", "skip i sommar."]
    right = ["Merket. Resertifiseringa skal", "vere ferdig innan juni, og", "arbeidet er i gang.",
             "Tilskot. Fylket lyser ut", "nye midlar i januar."]
    data = draw([[(72, 730, "Referat frå styringsgruppemøte"), (72, 712, "Dato"),
                  (200, 712, "9. oktober 2025"), (72, 690, "Sak 13/25 Orienteringar"),
                  *((72, 670 - 14 * i, text) for i, text in enumerate(left)),
                  *((310, 670 - 14 * i, text) for i, text in enumerate(right)),
                  (72, 590, "Vedtak: Styringsgruppa tok orienteringane til vitande.")]])
    blocks = read(data)
    assert [b.text for b in blocks][3:] == [
        *left, *right, "Vedtak: Styringsgruppa tok orienteringane til vitande."]
    assert blocks[1].cells == ("Dato", "9. oktober 2025")


def test_a_range_a_cell_wrapped_after_its_en_dash_is_joined_without_a_space():
    assert _wrapped_at_dash("Delvis, sak 20–", "22/25") == "Delvis, sak 20–22/25"
    assert _wrapped_at_dash("Kommunal–", "planen") is None  # (no range: a space)
    assert _wrapped_at_dash("kommune-", "planen") == "kommuneplanen"


@pytest.mark.parametrize("bullet", ["❖", "◆", "○", "➔", "\uf0fc", "\uf0a8", "\uf06e", "\uf0e8"])
def test_word_bullets_and_their_private_use_glyphs_are_list_markers(bullet):
    # Word's bullet library: Symbol and Wingdings glyphs reach the text layer as the
    # font's private-use code points (U+F0xx) unless a ToUnicode map names them
    block = _line_block(_Line(f"{bullet} Kari Nordmann, leder", 72.0, 700.0, 11.0, False), {})
    assert (block.kind, block.text) == (BlockKind.LIST_ITEM, "- Kari Nordmann, leder")


def test_an_attendance_list_with_diamond_bullets_names_everyone():
    data = draw([[(72, 700, "Referat fra styremøte 12.03.2024"), (72, 670, "Til stede:"),
                  (72, 654, "◆ Kari Nordmann, leder"), (72, 638, "◆ Per Ødegård"),
                  (72, 610, "Sak 1/24 Godkjenning av innkalling"),
                  (72, 594, "Innkallingen ble godkjent.")]])
    record = parse_bytes(data, "styret.pdf")
    assert [(p.name, p.role) for p in record.participants] == [("Kari Nordmann", "chair"),
                                                               ("Per Ødegård", "member")]


def test_a_case_number_at_the_same_place_on_each_page_is_no_page_counter():
    # a protocol that starts each case on a page of its own: "Sak: 20/24" on page 2 and
    # "Sak: 21/24" on page 3 step up as a page counter would, yet name the case and stay;
    # the form's first lines, the same on every page, are the page's furniture
    def case_page(case: str, title: str) -> list[tuple[float, float, str]]:
        lines = ["Saksprotokoll", "Utvalg: Regionrådet", f"Sak: {case}", f"Tittel: {title}",
                 "Behandling:", f"{title} ble drøftet.", "Vedtak:", f"{title} vedtas.",
                 f"Merknader til {title.lower()} sendes inn."]
        return [(72, 780 - 20 * i, text) for i, text in enumerate(lines)]
    first = [(72, 780 - 20 * i, text) for i, text in enumerate(
        ["Møtebok", "Regionrådet 14.05.2024", "Til stede: Anne Lie, Bjørn Holt",
         "Saksliste", "20/24 Budsjett", "21/24 Plan", "Møtet ble hevet kl. 12."])]
    texts = [b.text for b in read(draw([first, case_page("20/24", "Budsjett"),
                                        case_page("21/24", "Plan")]))]
    assert texts[7:] == [
        "Sak: 20/24", "Tittel: Budsjett", "Behandling:", "Budsjett ble drøftet.", "Vedtak:",
        "Budsjett vedtas.", "Merknader til budsjett sendes inn.",
        "Sak: 21/24", "Tittel: Plan", "Behandling:", "Plan ble drøftet.", "Vedtak:",
        "Plan vedtas.", "Merknader til plan sendes inn."]


def test_a_bold_heading_under_a_full_cell_is_no_wrapped_rest_of_it():
    # "Regionrådet for Nordbygda" runs up to the next column, so a capitalised line
    # under it could be its wrapped rest; "Behandling:" in bold is the next heading
    from reportlab.pdfbase.pdfmetrics import stringWidth

    if "DejaVu-Bold" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DejaVu-Bold", FONT_BOLD))
    cell = "Regionrådet for Nordbygda"
    second = 72 + stringWidth(cell, "DejaVu", 11) + 12
    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    pdf.setFont("DejaVu", 11)
    for x, text in ((72, "Utvalg"), (second, "Utvalgssak"), (second + 90, "Møtedato")):
        pdf.drawString(x, 760, text)
    for x, text in ((72, cell), (second, "22/24"), (second + 90, "14.05.2024")):
        pdf.drawString(x, 744, text)
    pdf.setFont("DejaVu-Bold", 11)
    pdf.drawString(72, 728, "Behandling:")
    pdf.setFont("DejaVu", 11)
    pdf.drawString(72, 712, "Carl Aas orienterte om høringsutkastet.")
    pdf.save()
    assert [b.cells or b.text for b in read(out.getvalue())] == [
        ("Utvalg", "Utvalgssak", "Møtedato"), (cell, "22/24", "14.05.2024"),
        "Behandling:", "Carl Aas orienterte om høringsutkastet."]


def watermarked_pdf(mark: dict, body: list[str], extra: list[tuple] = ()) -> bytes:
    """One page of body lines with a watermark drawn over them (after them, as Word
    and LibreOffice do when the watermark sits in the page header)."""
    draw([])  # registers the font
    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    pdf.setFont("DejaVu", 11)
    for i, text in enumerate(body):
        pdf.drawString(72, 780 - 14 * i, text)
    for x, y, text, size, gray in extra:
        pdf.setFont("DejaVu", size)
        pdf.setFillGray(gray)
        pdf.drawString(x, y, text)
    pdf.saveState()
    pdf.setFont("DejaVu", mark["size"])
    pdf.setFillColorRGB(*mark["rgb"], alpha=mark.get("alpha", 1.0))
    pdf.translate(mark["x"], mark["y"])
    pdf.rotate(mark["angle"])
    pdf.drawString(0, 0, mark["text"])
    pdf.restoreState()
    pdf.save()
    return out.getvalue()


MINUTES = ["Referat fra møte i Åsen eldreråd", "Tid: 14. februar 2024 kl. 10.00",
           "Til stede: Kari Nordmann (leder), Øystein Bø", "",
           "Sak 01/24 Godkjenning av innkalling", "Vedtak: Innkallingen ble godkjent.",
           *(f"Eldrerådet drøftet punkt {n} i saken." for n in range(1, 40))]


@pytest.mark.parametrize("mark", [
    {"text": "UTKAST", "angle": 45, "rgb": (0.8, 0.8, 0.8), "size": 72, "x": 150, "y": 250},
    {"text": "IKKE GODKJENT", "angle": 315, "rgb": (0.75, 0.75, 0.75), "size": 54,
     "x": 90, "y": 620},
    {"text": "IKKE GODKJENT", "angle": 0, "rgb": (0.85, 0.85, 0.85), "size": 50, "x": 100,
     "y": 400},
    {"text": "KOPI", "angle": 90, "rgb": (0.5, 0.5, 0.5), "alpha": 0.4, "size": 60, "x": 300,
     "y": 300},
])
def test_a_watermark_across_the_page_is_no_text_of_it(mark):
    # Word's and LibreOffice's watermark: large letters, slanted or pale, drawn over the
    # body, where PDFium reads them as a line of their own or at the end of a body line
    data = watermarked_pdf(mark, MINUTES)
    plain = "\n".join(MINUTES).encode()
    assert [b.text for b in read(data)] == [text for text in MINUTES if text]
    pdf_record, text_record = parse_bytes(data, "eldreraad.pdf"), parse_bytes(plain, "e.txt")
    assert pdf_record.items == text_record.items
    assert pdf_record.title == text_record.title


def test_large_grey_or_white_titles_are_no_watermark():
    # a grey subtitle of ordinary heading size and white letters on a dark band stay
    extra = [(72, 820, "Eldrerådet i Åsen", 22, 0.6), (300, 820, "REFERAT", 40, 1.0)]
    mark = {"text": "UTKAST", "angle": 45, "rgb": (0.8, 0.8, 0.8), "size": 72, "x": 150,
            "y": 250}
    texts = [b.text for b in read(watermarked_pdf(mark, MINUTES[:6], extra))]
    assert "Eldrerådet i Åsen" in texts[0] and "REFERAT" in texts[0]
    assert not any("UTKAST" in text for text in texts)


def two_pages(second_top: list[tuple[float, float, str]], first_top: float = 780) -> bytes:
    """Minutes over two pages: a full first page under ``first_top``, and a second page
    with the lines given."""
    first = ["Referat fra møte i arbeidsutvalget", "Tid: 4. mars 2025 kl. 09.00",
             "Sak 05/25 Budsjett", *(f"Arbeidsutvalget drøftet punkt {n}." for n in range(40))]
    return draw([[(72, first_top - 16 * i, text) for i, text in enumerate(first)],
                 second_top])


def test_a_running_header_on_the_second_page_only_is_dropped_in_body_type():
    # Word's "different first page": the header shows on page 2 alone, as large as the
    # body, in the header's margin above where any page's text begins
    second = [(72, 810, "Referat AU 04.03.2025"), (72, 770, "Vedtak: Budsjettet vedtas."),
              (72, 754, "Sak 06/25 Eventuelt")]
    data = two_pages(second)
    texts = [b.text for b in read(data)]
    assert texts[-3:] == ["Arbeidsutvalget drøftet punkt 39.", "Vedtak: Budsjettet vedtas.",
                          "Sak 06/25 Eventuelt"]
    assert parse_bytes(data, "au.pdf").document_date is None


def test_a_running_header_naming_the_minutes_on_page_two_only_is_dropped_under_a_letterhead():
    # "different first page" with a letterhead on page 1 as high as page 2's header: the
    # header names the minutes and stands well over the text, in the body's type
    second = [(72, 810, "Referat AU 04.03.2025"), (72, 770, "Vedtak: Budsjettet vedtas."),
              (72, 754, "Sak 06/25 Eventuelt")]
    texts = [b.text for b in read(two_pages(second, first_top=810))]
    assert texts[-3:] == ["Arbeidsutvalget drøftet punkt 39.", "Vedtak: Budsjettet vedtas.",
                          "Sak 06/25 Eventuelt"]


@pytest.mark.parametrize(("top", "first_top"), [
    ("Neste møte: 12.03.2025", 780),  # a label ends no running header
    ("Kari Nordmann", 700),  # names nothing a header would (no date, no number)
    ("Sak 06/25 Eventuelt", 810),  # page 1 starts as high: the body's own top line
])
def test_a_second_pages_top_line_set_apart_stays_when_it_reads_as_text(top, first_top):
    second = [(72, 810, top), (72, 770, "Møtet ble hevet kl. 12.00.")]
    assert [b.text for b in read(two_pages(second, first_top))][-2:] == [
        top, "Møtet ble hevet kl. 12.00."]


@pytest.mark.parametrize(("html", "text"), [
    ("Styret viste til vedtaket<sup>1</sup> og ba om en ny vurdering.",
     "Styret viste til vedtaket1 og ba om en ny vurdering."),
    ("Tomta er på 600 m<sup>2</sup> og ligger ved skolen.",
     "Tomta er på 600 m2 og ligger ved skolen."),
])
def test_a_raised_character_inside_a_line_keeps_the_line_one_text(html, text):
    weasyprint = pytest.importorskip("weasyprint")
    # PDFium breaks the line after a raised footnote call or exponent, and the rest of
    # the line comes back as a piece beside it: it is the same sentence, no table row
    page = f"<p style='font: 11pt DejaVu Sans'>{html}</p>"
    blocks = read(weasyprint.HTML(string=page).write_pdf())
    assert [(b.kind, b.text) for b in blocks] == [(BlockKind.PARAGRAPH, text)]


@pytest.mark.parametrize("leader", ["......................", " · · · · · · · · · · ",
                                    "………………………"])
def test_a_tabs_dot_leader_between_a_label_and_its_value_reads_as_the_tab(leader):
    # Word draws a tab's leader as dots up to the value ("Møtedato:……14.02.2024"); the
    # plain text has a TAB there, and dots glued to the date would hide it
    fields = [("Møtedato:", "14.02.2024"), ("Møtested:", "Rådhuset, Nordby"),
              ("Til stede:", "Kari Nordmann (leder), Øystein Bø"), ("Referent:", "Lise Berg")]
    rest = ["Sak 01/24 Godkjenning av innkalling", "Vedtak: Innkallingen ble godkjent.",
            "Vi venter på svar fra fylket....."]
    drawn = ["Referat fra møte i Åsen regionråd",
             *(f"{label}{leader}{value}" for label, value in fields), *rest]
    plain = ["Referat fra møte i Åsen regionråd",
             *(f"{label} {value}" for label, value in fields), *rest]
    data = draw([[(72, 780 - 16 * i, text) for i, text in enumerate(drawn)]])
    assert [b.cells for b in read(data)][1:5] == [(label.strip(), value)
                                                  for label, value in fields]
    pdf_record = parse_bytes(data, "referat.pdf")
    text_record = parse_bytes("\n".join(plain).encode(), "referat.txt")
    assert (pdf_record.meeting, pdf_record.participants, pdf_record.items) == (
        text_record.meeting, text_record.participants, text_record.items)


def test_typeset_ligatures_are_spelled_out():
    # a font whose "fi" and "ff" glyphs map to the ligature characters (U+FB01, U+FB00):
    # PDFium's text layer spells them out, so the reader needs no step of its own
    data = draw([[(72, 700, "Vedtak: Styret ønsker \ufb01ber til alle \ufb00ergebruk.")]])
    assert [b.text for b in read(data)] == ["Vedtak: Styret ønsker fiber til alle ffergebruk."]


def test_a_running_header_in_three_columns_names_an_untitled_body_with_its_day():
    # "Referat Regionrådet ⇥ 4.3.2025 ⇥ Side 1 av 2": read as the DOCX reader reads
    # such a page header, the day kept with the title, the page count left out
    pages = [[(72, 800, "Referat Regionrådet"), (290, 800, "4.3.2025"),
              (480, 800, f"Side {number} av 2"),
              *((72, 740 - 20 * i, text) for i, text in enumerate(texts))]
             for number, texts in ((1, ["Tid: kl. 10.00", "Sted: Rådhuset", "Sak 1/25 Budsjett"]),
                                   (2, ["Sak 2/25 Regnskap", "Vedtak: Godkjent."]))]
    assert [b.text for b in read(draw(pages))] == [
        "Referat Regionrådet 4.3.2025", "Tid: kl. 10.00", "Sted: Rådhuset",
        "Sak 1/25 Budsjett", "Sak 2/25 Regnskap", "Vedtak: Godkjent."]


def test_values_filled_into_a_forms_fields_are_read_beside_their_labels():
    # a fillable template: the labels are the page's text, the values live in its fields
    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    pdf.setFont("Helvetica", 11)
    pdf.drawString(72, 760, "Referat fra styremøte i Åsen vel")
    for n, (label, value) in enumerate((("Dato:", "14.03.2024"), ("Sted:", "Grendehuset"),
                                        ("Referent:", "Siri Moe"))):
        pdf.drawString(72, 740 - 20 * n, label)
        pdf.acroForm.textfield(name=f"felt{n}", value=value, x=140, y=735 - 20 * n,
                               width=150, height=16, borderWidth=0)
    pdf.drawString(72, 670, "Sak 1/24 Godkjenning av innkalling")
    pdf.showPage()
    pdf.save()
    assert [b.cells or b.text for b in read(out.getvalue())] == [
        "Referat fra styremøte i Åsen vel", ("Dato:", "14.03.2024"), ("Sted:", "Grendehuset"),
        ("Referent:", "Siri Moe"), "Sak 1/24 Godkjenning av innkalling"]


def typed_on(pdf: canvas.Canvas, text: str, x: float, y: float, shown: bool = True) -> None:
    """Text typed onto the page with a viewer's typewriter tool: a free text annotation
    that draws ``text`` (its appearance) and prints, or a comment that never shows."""
    from reportlab.pdfbase.pdfdoc import PDFDictionary, PDFObjectReference, xObjectName

    name = f"typed{x:.0f}x{y:.0f}"
    pdf.beginForm(name, 0, 0, 150, 16)
    pdf.setFont("Helvetica", 11)
    pdf.drawString(2, 4, text)
    pdf.endForm()
    look = {"AP": PDFDictionary({"N": PDFObjectReference(xObjectName(name))})} if shown else {}
    pdf.freeTextAnnotation(text, "/Helv 11 Tf 0 g", Rect=(x, y, x + 150, y + 16), F=4,
                           relative=0, **look)


def test_text_typed_onto_the_page_with_a_typewriter_tool_is_read_where_it_shows():
    # a printed template filled in in the viewer: the labels are the page's text, the
    # values free text annotations beside them; one without a look shows nothing
    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    pdf.setFont("Helvetica", 11)
    pdf.drawString(72, 760, "Referat fra styremøte i Åsen vel")
    for n, (label, value) in enumerate((("Dato:", "14.03.2024"), ("Sted:", "Grendehuset"))):
        pdf.drawString(72, 740 - 20 * n, label)
        typed_on(pdf, value, 140, 736 - 20 * n)
    typed_on(pdf, "Husk kake", 300, 600, shown=False)
    pdf.drawString(72, 670, "Sak 1/24 Godkjenning av innkalling")
    pdf.showPage()
    pdf.save()
    assert [b.cells or b.text for b in read(out.getvalue())] == [
        "Referat fra styremøte i Åsen vel", ("Dato:", "14.03.2024"), ("Sted:", "Grendehuset"),
        "Sak 1/24 Godkjenning av innkalling"]


def with_raised_minutes(pdf: canvas.Canvas, x: float, y: float, parts: list[str]) -> None:
    """Draw a line whose odd parts are set small and high, as Word sets "kl. 9³⁰"."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    for n, part in enumerate(parts):
        size, rise = (7, 4) if n % 2 else (11, 0)
        pdf.setFont("Helvetica", size)
        pdf.drawString(x, y + rise, part)
        x += stringWidth(part, "Helvetica", size)


def test_minutes_raised_over_the_hour_read_as_the_time_they_are():
    # "kl. 9³⁰" is "kl. 930" in the text layer; in a line and in a cell of a row it
    # reads "9.30", while a year or a time in type of one size stays as written
    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    pdf.setFont("Helvetica", 11)
    pdf.drawString(72, 760, "Referat fra årsmøtet 2024")
    with_raised_minutes(pdf, 72, 740, ["Tid: kl. 9", "30", " – 11", "15"])
    pdf.setFont("Helvetica", 11)
    pdf.drawString(72, 720, "Neste møte:")
    with_raised_minutes(pdf, 200, 720, ["kl. 18", "00"])
    pdf.setFont("Helvetica", 11)
    pdf.drawString(72, 700, "Kontortid 0800 – 1530")
    pdf.showPage()
    pdf.save()
    assert [b.cells or b.text for b in read(out.getvalue())] == [
        "Referat fra årsmøtet 2024", "Tid: kl. 9.30 – 11.15", ("Neste møte:", "kl. 18.00"),
        "Kontortid 0800 – 1530"]


def scanned_page(pdf: canvas.Canvas) -> None:
    """A page that only shows a picture (of typed text, as a scanner makes it)."""
    from PIL import Image  # reportlab's own dependency, for its images

    picture = io.BytesIO()
    Image.new("L", (60, 90), 255).save(picture, "PNG")
    picture.seek(0)
    pdf.drawImage(ImageReader(picture), 72, 72, 400, 600)
    pdf.showPage()


def test_a_scanned_page_among_typed_ones_is_named_in_the_records_warnings():
    # the signed attendance list scanned into the minutes: the typed pages read, and the
    # record says which page's text is missing; a blank page says nothing
    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    for line, y in (("Referat fra styremøte i Åsen vel", 760), ("Dato: 14.03.2024", 740),
                    ("Sak 1/24 Godkjenning av innkalling", 720), ("Vedtak: Godkjent.", 706)):
        pdf.drawString(72, y, line)
    pdf.showPage()
    scanned_page(pdf)
    pdf.showPage()  # a blank page
    scanned_page(pdf)
    pdf.save()
    record = parse_bytes(out.getvalue(), "referat.pdf")
    assert record.meeting.date == "2024-03-14"
    assert record.warnings[0] == ("Pages 2 and 4 have no text layer (scanned?); their text "
                                  "is not read.")


# What a canvas must draw so a page the viewer turns by /Rotate shows it upright (on a
# square page of side s): the inverse of the viewer's turn.
_DRAWN_SIDEWAYS = {90: lambda s: (0, 1, -1, 0, s, 0), 180: lambda s: (-1, 0, 0, -1, s, s),
                   270: lambda s: (0, -1, 1, 0, 0, s)}


@pytest.mark.parametrize("turn", [90, 180, 270])
def test_a_page_the_viewer_turns_upright_reads_as_it_shows(turn):
    # a landscape attendance table, or a scan's text layer, drawn sideways on a page
    # whose /Rotate turns it upright: read as shown, not as columns running down the page
    if "DejaVu" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DejaVu", FONT))
    side = 600
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=(side, side))
    pdf.setPageRotation(turn)
    pdf.transform(*_DRAWN_SIDEWAYS[turn](side))
    pdf.setFont("DejaVu", 11)
    for n, line in enumerate(("Referat fra styremøte i Åsen vel", "Dato: 14.03.2024",
                              "Sak 1/24 Godkjenning av innkalling", "Vedtak: Godkjent.")):
        pdf.drawString(72, 520 - 16 * n, line)
    pdf.drawString(72, 440, "Kari Holm")
    pdf.drawString(260, 440, "leder")
    pdf.showPage()
    pdf.save()
    assert [b.cells or b.text for b in read(out.getvalue())] == [
        "Referat fra styremøte i Åsen vel", "Dato: 14.03.2024",
        "Sak 1/24 Godkjenning av innkalling", "Vedtak: Godkjent.", ("Kari Holm", "leder")]


def symbol_font_pdf(lines: list[tuple[float, float, str, bool]], symbol_font: str,
                    to_unicode: bool = True) -> bytes:
    """A one-page PDF as Word's export writes a symbol font: text in Helvetica, and the
    pieces flagged True in ``symbol_font`` (its codes as latin-1 characters), whose
    ToUnicode map gives each code xx the private-use U+F0xx (without the map, as some
    PDF printers write it, the text layer holds the bare codes)."""
    content = b"".join(
        b"BT /%s 11 Tf %d %d Td <%s> Tj ET\n" % (
            b"S" if symbol else b"T", x, y, text.encode("latin-1" if symbol else "cp1252").hex()
            .encode()) for x, y, text, symbol in lines)
    cmap = (b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /U def "
            b"1 begincodespacerange <00> <FF> endcodespacerange 1 beginbfrange <20> <FF> <F020> "
            b"endbfrange endcmap CMapName currentdict /CMap defineresource pop end end")
    name = symbol_font.encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /T 5 0 R /S 6 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /TrueType /BaseFont /%s /FirstChar 32 /LastChar 255 "
        b"/Widths [%s] /FontDescriptor 7 0 R%s >>" % (
            name, b"900 " * 224, b" /ToUnicode 8 0 R" if to_unicode else b""),
        b"<< /Type /FontDescriptor /FontName /%s /Flags 4 /FontBBox [0 -200 1000 900] "
        b"/ItalicAngle 0 /Ascent 900 /Descent -200 /CapHeight 700 /StemV 80 >>" % name,
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(cmap), cmap),
    ]
    out, offsets = b"%PDF-1.4\n", []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    table = b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    return out + (b"xref\n0 %d\n0000000000 65535 f \n%strailer\n<< /Size %d /Root 1 0 R >>\n"
                  b"startxref\n%d\n%%%%EOF\n" % (len(objects) + 1, table, len(objects) + 1,
                                                 len(out)))


def _attendance_with_boxes(ticked: str, empty: str, crossed: str) -> list:
    """An attendance table whose "Møtt" column holds a symbol font's boxes."""
    return [(72, 780, "Referat fra møte i Åsen regionråd", False),
            (72, 760, "Dato: 12.03.2025", False),
            (72, 730, "Navn", False), (250, 730, "Kommune", False), (420, 730, "Møtt", False),
            (72, 714, "Kari Holm", False), (250, 714, "Åsen kommune", False),
            (420, 714, ticked, True),
            (72, 698, "Per Ødegård", False), (250, 698, "Nordby kommune", False),
            (420, 698, empty, True),
            (72, 682, "Siri Bø", False), (250, 682, "Sauda kommune", False),
            (420, 682, crossed, True),
            (72, 650, "Sak 1/25 Godkjenning av innkalling", False),
            (72, 634, "Vedtak: Godkjent.", False)]


@pytest.mark.parametrize("font, codes, to_unicode", [
    ("Wingdings-Regular", "þ¨x", True), ("ABCDEF+Wingdings,Bold", "þ¨x", True),
    ("Wingdings2", "R£S", True), ("Wingdings-Regular", "þ¨x", False),
    ("Wingdings-2", "R£S", False)])
def test_boxes_of_a_symbol_font_in_an_attendance_table_read_as_the_marks_they_show(
        font, codes, to_unicode):
    # Word's PDF gives a Wingdings box as the private-use U+F0FE, a PDF printer without
    # a ToUnicode map as the bare code "þ"; only the font tells a ticked box from
    # another picture, as in the DOCX the PDF was saved from
    data = symbol_font_pdf(_attendance_with_boxes(*codes), font, to_unicode)
    assert [b.cells[2] for b in read(data) if b.cells][1:] == ["☑", "☐", "☒"]
    assert [(p.name, p.attendance) for p in parse_bytes(data, "referat.pdf").participants] == [
        ("Kari Holm", "present"), ("Per Ødegård", "absent"), ("Siri Bø", "present")]


def test_private_use_codes_of_other_fonts_and_a_symbol_bullet_opening_a_line_stay():
    # a text font's private-use code is no mark; a Wingdings box that opens a line is
    # the bullet of a list, as before
    lines = [(72, 780, "Referat fra møte i Åsen regionråd", False),
             (72, 750, "¨", True), (90, 750, "Kari Holm", False)]
    assert [b.text for b in read(symbol_font_pdf(lines, "Wingdings-Regular"))][1:] == [
        "- Kari Holm"]
    table = symbol_font_pdf(_attendance_with_boxes("þ", "¨", "x"), "Calibri")
    assert [b.cells[2] for b in read(table) if b.cells][1:] == ["\uf0fe", "\uf0a8", "\uf078"]
    bare = symbol_font_pdf(_attendance_with_boxes("þ", "¨", "x"), "Calibri", to_unicode=False)
    assert [b.cells[2] for b in read(bare) if b.cells][1:] == ["þ", "¨", "x"]


def test_names_ticked_in_wingdings_boxes_before_them_read_as_a_text_files_ticked_list():
    # "☑ Kari Holm, Åsen kommune" / "☐ Per Ødegård, …": the box, set apart by a tab, opens
    # the line as a marker (not a column), and the empty box is no bullet on a page whose
    # lines open with ticked ones
    lines = [(72, 780, "Referat fra møte i Åsen regionråd", False),
             (72, 760, "Dato: 12.03.2025", False), (72, 730, "Deltakere:", False)]
    for n, (code, name) in enumerate((("þ", "Kari Holm, Åsen kommune"),
                                      ("¨", "Per Ødegård, Nordby kommune"),
                                      ("x", "Siri Bø, Sauda kommune"))):
        lines += [(72, 714 - 16 * n, code, True), (90, 714 - 16 * n, name, False)]
    lines += [(72, 650, "Sak 1/25 Godkjenning av innkalling", False),
              (72, 634, "Vedtak: Godkjent.", False)]
    data = symbol_font_pdf(lines, "Wingdings-Regular")
    assert [(b.kind, b.text) for b in read(data)][3:6] == [
        (BlockKind.LIST_ITEM, "☑ Kari Holm, Åsen kommune"),
        (BlockKind.LIST_ITEM, "☐ Per Ødegård, Nordby kommune"),
        (BlockKind.LIST_ITEM, "☒ Siri Bø, Sauda kommune")]
    assert [(p.name, p.organization, p.attendance)
            for p in parse_bytes(data, "referat.pdf").participants] == [
        ("Kari Holm", "Åsen kommune", "present"), ("Per Ødegård", "Nordby kommune", "absent"),
        ("Siri Bø", "Sauda kommune", "present")]


def test_a_name_alone_in_the_first_column_between_rows_is_a_row_with_its_mark_left_empty():
    # "Per Hansen" not ticked under "Møtt": the PDF draws nothing in the empty cell, so
    # his line has no column gap; between two rows of the table it is a row cut off, as
    # the DOCX's ("Per Hansen", "") is, and he is absent. A line under the table's last
    # row is text after it ("Referent: …"), not a row.
    lines = [(72, 780, "Referat fra styremøte i Åsen vel"), (72, 760, "Dato: 14.03.2024"),
             (72, 730, "Navn"), (250, 730, "Møtt"), (72, 710, "Kari Holm"), (250, 710, "X"),
             (72, 690, "Per Hansen"), (72, 670, "Siri Bø"), (250, 670, "X"),
             (72, 650, "Referent: Ola Vik"),
             (72, 620, "Sak 1/24 Godkjenning av innkalling"), (72, 604, "Vedtak: Godkjent.")]
    data = draw([lines])
    assert [b.cells for b in read(data)][2:7] == [
        ("Navn", "Møtt"), ("Kari Holm", "X"), ("Per Hansen",), ("Siri Bø", "X"), ()]
    assert [(p.name, p.attendance) for p in parse_bytes(data, "referat.pdf").participants] == [
        ("Kari Holm", "present"), ("Per Hansen", "absent"), ("Siri Bø", "present"),
        ("Ola Vik", "present")]


@pytest.mark.parametrize("after", [[(72, 630, "Sak 1/24 Godkjenning av innkalling")], []])
def test_a_name_alone_in_the_first_column_under_the_last_row_is_the_table_s_last_row(after):
    # "Per Hansen" not ticked under "Møtt" in the table's last row: no row after it, but
    # one row's step under the row above, and the text after the table set apart (or none)
    lines = [(72, 780, "Referat fra styremøte i Åsen vel"), (72, 760, "Dato: 14.03.2024"),
             (72, 730, "Navn"), (250, 730, "Møtt"), (72, 710, "Kari Holm"), (250, 710, "X"),
             (72, 690, "Siri Bø"), (250, 690, "X"), (72, 670, "Per Hansen"), *after]
    data = draw([lines])
    assert [b.cells for b in read(data)][2:6] == [
        ("Navn", "Møtt"), ("Kari Holm", "X"), ("Siri Bø", "X"), ("Per Hansen",)]
    assert [(p.name, p.attendance) for p in parse_bytes(data, "referat.pdf").participants] == [
        ("Kari Holm", "present"), ("Siri Bø", "present"), ("Per Hansen", "absent")]


def test_a_line_a_row_s_step_under_the_last_row_with_more_such_lines_after_is_text():
    # two lines at the rows' step under the table: a paragraph set tight, not a row
    lines = [(72, 780, "Referat fra styremøte i Åsen vel"), (72, 760, "Dato: 14.03.2024"),
             (72, 730, "Navn"), (250, 730, "Møtt"), (72, 710, "Kari Holm"), (250, 710, "X"),
             (72, 690, "Siri Bø"), (250, 690, "X"), (72, 670, "Ola Vik"),
             (72, 650, "Per Hansen")]
    assert [b.cells for b in read(draw([lines]))][5:] == [(), ()]


def test_a_label_with_a_paragraphs_room_between_two_tables_stays_a_paragraph():
    # "Saksliste" set off from the attendance table above and the agenda table below by
    # more than a row's step is their heading, not a row of either
    lines = [(72, 780, "Møteprotokoll"), (72, 750, "Leder"), (200, 750, "Kari Holm"),
             (72, 734, "Medlem"), (200, 734, "Per Dahl"), (72, 708, "Saksliste"),
             (72, 692, "PS 8/24"), (200, 692, "Godkjenning av protokoll"),
             (72, 676, "PS 9/24"), (200, 676, "Budsjett")]
    assert [b.cells or b.text for b in read(draw([lines]))] == [
        "Møteprotokoll", ("Leder", "Kari Holm"), ("Medlem", "Per Dahl"), "Saksliste",
        ("PS 8/24", "Godkjenning av protokoll"), ("PS 9/24", "Budsjett")]


def test_a_last_columns_cell_that_stops_on_a_linking_word_goes_on_below():
    # the last column has no known edge; "Statsforvalteren i" cannot end a cell, so
    # "Trøndelag" under it is its rest, not a paragraph after the table
    data = draw([[(72, 800, "Referat fra møte i Kystrådet"), (72, 780, "Deltakere:"),
                  (72, 760, "Navn"), (200, 760, "Funksjon"), (330, 760, "Organisasjon"),
                  (72, 746, "Hilde Sørli"), (200, 746, "leder"), (330, 746, "Kystverket"),
                  (72, 732, "Pia Strøm"), (200, 732, "rådgiver"),
                  (330, 732, "Statsforvalteren i"), (330, 718, "Trøndelag"),
                  (72, 690, "Sak 1/25 Godkjenning av innkalling")]])
    assert [b.cells for b in read(data)][2:5] == [
        ("Navn", "Funksjon", "Organisasjon"), ("Hilde Sørli", "leder", "Kystverket"),
        ("Pia Strøm", "rådgiver", "Statsforvalteren i Trøndelag")]
    people = parse_bytes(data, "referat.pdf").to_dict()["participants"]
    assert [(p["name"], p["organization"]) for p in people] == [
        ("Hilde Sørli", "Kystverket"), ("Pia Strøm", "Statsforvalteren i Trøndelag")]


def _bare_titled(title: str) -> list:
    return [("heading", title), ("para", "Tid: 14. februar 2024 kl. 10.00–12.00"),
            ("para", "Til stede: Kari Nordmann, Øystein Bø"),
            ("para", "Sak 1/24 Godkjenning av innkalling"), ("para", "Godkjent."),
            ("para", "Sak 2/24 Eventuelt"), ("para", "Ingen saker.")]


@pytest.mark.parametrize(("title", "header", "body"), [
    # the body named only in the running header, over a title that names nobody
    ("Referat fra møte", "Åsen regionråd", "Åsen regionråd"),
    ("Møtereferat", "Nordfjord kulturråd", "Nordfjord kulturråd"),
    # a title that names the body: the running header stays noise
    ("Referat fra møte i arbeidsutvalget", "Åsen regionråd", "Arbeidsutvalget"),
    # the minutes' word after the dash, no day: the name before it
    ("Referat", "Nordfjord kulturråd – referat", "Nordfjord kulturråd"),
])
def test_a_running_header_names_the_body_over_a_bare_title(title, header, body):
    data = to_pdf(_bare_titled(title), lines_per_page=4, running_header=header)
    record = parse_bytes(data, "referat.pdf")
    assert record.body == body


def _aligned_table(valign: str, ruled: bool) -> bytes:
    """A case list whose "Tittel" and "Vedtak" cells wrap onto two or three lines beside
    one-line cells, set to the top, the middle or the bottom of their rows."""
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    if "DejaVu" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DejaVu", FONT))
    style = getSampleStyleSheet()["Normal"]
    style.fontName, style.fontSize, style.leading = "DejaVu", 10, 12
    rows = [["Saksnr", "Tittel", "Vedtak"],
            ["PS 42/25", "Årsbudsjett for regionrådet 2026 og økonomiplan for perioden "
             "2026–2029", "Vedteke"],
            ["PS 43/25", "Høyring", "Vedteke samrøystes med endringar frå arbeidsutvalet "
             "om fordeling av midlar"],
            ["PS 44/25", "Referatsaker", "Teke til orientering"],
            ["PS 45/25", "Samarbeid om interkommunal beredskap og felles plan for "
             "kommunestyret", "Utsett"]]
    table = Table([[Paragraph(cell, style) for cell in row] for row in rows],
                  colWidths=[70, 200, 180])
    commands = [("VALIGN", (0, 0), (-1, -1), valign)]
    if ruled:
        commands.append(("GRID", (0, 0), (-1, -1), 0.5, (0, 0, 0)))
    table.setStyle(TableStyle(commands))
    out = io.BytesIO()
    SimpleDocTemplate(out).build([table])
    return out.getvalue()


@pytest.mark.parametrize("ruled", [True, False])
@pytest.mark.parametrize("valign", ["TOP", "MIDDLE", "BOTTOM"])
def test_cells_set_to_the_middle_or_bottom_of_their_row_stay_in_it(valign, ruled):
    # a wrapped cell set to the bottom begins lines above the row's "PS 45/25"; set to
    # the middle its first line lies above it: those lines begin the cell below them
    assert [b.cells for b in read(_aligned_table(valign, ruled))] == [
        ("Saksnr", "Tittel", "Vedtak"),
        ("PS 42/25", "Årsbudsjett for regionrådet 2026 og økonomiplan for perioden 2026–2029",
         "Vedteke"),
        ("PS 43/25", "Høyring",
         "Vedteke samrøystes med endringar frå arbeidsutvalet om fordeling av midlar"),
        ("PS 44/25", "Referatsaker", "Teke til orientering"),
        ("PS 45/25", "Samarbeid om interkommunal beredskap og felles plan for kommunestyret",
         "Utsett"),
    ]


def test_a_full_row_over_a_row_is_no_lead_of_its_cells():
    # "Per Hansen" alone in the first column (its other cells empty) right above the next
    # row is a row of its own: nothing says it runs on into "Kari Berg"
    data = draw([[(72, 760, "Navn"), (200, 760, "Møtt"), (300, 760, "Forfall"),
                  (72, 746, "Per Hansen"),
                  (72, 732, "Kari Berg"), (200, 732, "X")]])
    assert [b.cells or b.text for b in read(data)][1:] == [("Per Hansen",), ("Kari Berg", "X")]


def test_a_bottom_aligned_cell_begins_above_its_row_whatever_its_words():
    # "Søknaden vert innvilga." ends a sentence and "Midlane …" opens one, but the line
    # lies one line step above "PS 42/25" and apart from the row above it by the
    # rows' padding: the first line of a cell set to the bottom of its row
    data = draw([[(72, 780, "Sak"), (150, 780, "Tittel"), (300, 780, "Vedtak"),
                  (72, 760, "PS 41/25"), (150, 760, "Eventuelt"), (300, 760, "Ingen saker."),
                  (300, 740, "Søknaden vert innvilga."),
                  (72, 727, "PS 42/25"), (150, 727, "Tilskot"),
                  (300, 727, "Midlane vert utbetalte.")]])
    assert [b.cells or b.text for b in read(data)][1:] == [
        ("PS 41/25", "Eventuelt", "Ingen saker."),
        ("PS 42/25", "Tilskot", "Søknaden vert innvilga.\nMidlane vert utbetalte."),
    ]


def test_a_line_one_step_under_a_row_and_apart_from_the_next_is_no_lead():
    # the same line one step under "PS 41/25" and apart from the row after it belongs
    # to the row above (or stands alone), never to the row below
    data = draw([[(72, 780, "Sak"), (150, 780, "Tittel"), (300, 780, "Vedtak"),
                  (72, 760, "PS 41/25"), (150, 760, "Eventuelt"), (300, 760, "Ingen saker."),
                  (300, 747, "Søknaden vert innvilga."),
                  (72, 727, "PS 42/25"), (150, 727, "Tilskot"),
                  (300, 727, "Midlane vert utbetalte.")]])
    rows = [b.cells or b.text for b in read(data)]
    assert ("PS 42/25", "Tilskot", "Midlane vert utbetalte.") in rows


def test_a_top_aligned_cell_goes_on_under_its_row_whatever_its_words():
    # "Mindretalet …" opens a sentence after one that ended, in the last column (whose
    # edge is not known), but it lies one line step under "PS 41/25" and the next row is
    # set apart by the rows' padding: the cell's next line, kept apart by a line break
    data = draw([[(72, 780, "Sak"), (150, 780, "Tittel"), (300, 780, "Vedtak"),
                  (72, 760, "PS 41/25"), (150, 760, "Budsjett"),
                  (300, 760, "Innstillinga vart vedteken."),
                  (300, 747, "Mindretalet røysta imot."),
                  (72, 727, "PS 42/25"), (150, 727, "Eventuelt"), (300, 727, "Ingen saker.")]])
    assert [b.cells or b.text for b in read(data)][1:] == [
        ("PS 41/25", "Budsjett", "Innstillinga vart vedteken.\nMindretalet røysta imot."),
        ("PS 42/25", "Eventuelt", "Ingen saker."),
    ]


def test_a_middle_aligned_cell_beside_a_two_line_cell_begins_above_the_row():
    # the five-line "Vedtak" cell centred beside the two-line title: its first lines lie
    # above "PS 43/25", its third half a line under it, so the row reaches the column
    # only when its second line joins it, and then its leads join it too
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    if "DejaVu" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DejaVu", FONT))
    style = getSampleStyleSheet()["Normal"]
    style.fontName, style.fontSize, style.leading = "DejaVu", 10, 12
    rows = [["Saksnr", "Tittel", "Vedtak"],
            ["PS 43/25", "Søknad om tilskot til Nesbygda næringsforum",
             "Rådet ber dagleg leiar om å greie ut saka og leggje henne fram for "
             "Kommunestyret i Nesbygda i mars."]]
    table = Table([[Paragraph(cell, style) for cell in row] for row in rows],
                  colWidths=[70, 200, 180])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    out = io.BytesIO()
    SimpleDocTemplate(out).build([table])
    assert [b.cells for b in read(out.getvalue())] == [tuple(row) for row in rows]


def _council_pages(body: str, footer: str) -> bytes:
    """Two pages of a council's protocol with ``footer`` and the page count at every
    page's foot; the body's text names no kommune."""
    first = ["MØTEPROTOKOLL", body, "Møtedato: 22.05.2025", "Tid: kl. 10.00 – 12.15",
             "Til stades:", "Randi Myklebust, leiar", "Olav Hjelle", "Gunn Tveito"]
    second = ["PS 8/25 Godkjenning av innkalling og sakliste", "Vedtak:",
              "Innkalling og sakliste vert godkjende.", "Møtet vart heva kl. 12.15."]
    return draw([[*((72, 760 - 20 * i, text) for i, text in enumerate(page)),
                  (72, 40, footer), (470, 40, f"Side {n} av 2")]
                 for n, page in enumerate((first, second), 1)])


@pytest.mark.parametrize(("body", "footer", "organization"), [
    ("Kontrollutvalet", "Brekkedal kommune", "Brekkedal kommune"),
    ("Formannskapet", "Brekkedal kommune", "Brekkedal kommune"),
    ("Eldrerådet", "Nordfjell fylkeskommune", "Nordfjell fylkeskommune"),
    ("Styret", "Brekkedal kommune", None),  # no body of a kommune
    ("Styret i Solsida borettslag", "Brekkedal kommune", "Solsida borettslag"),
])
def test_a_kommune_named_only_in_the_running_footer_is_a_councils_parent(
        body, footer, organization):
    # the footer repeats on both pages and is left out as furniture, but its kommune is
    # the only one the protocol names: the parent of a body a kommune has
    data = _council_pages(body, footer)
    blocks = read(data)
    assert not any(footer in block.text for block in blocks)
    assert parse_bytes(data, "protokoll.pdf").organization == organization


def test_a_row_with_its_last_cells_empty_under_a_fitted_tables_widest_row_is_a_row():
    # columns as wide as their widest cell ("fit to contents"): every cell of the row
    # with a note fills its column, and the next row, its note cell empty, starts each
    # of its cells with a capital — a new row, not the rest of three cells at once;
    # one capitalised rest under one full cell still joins it
    from reportlab.pdfbase.pdfmetrics import stringWidth

    def width(text: str) -> float:
        return stringWidth(text, "DejaVu", 11) + 10.8  # Word's cell margins

    rows = [("Navn", "Kommune", "Rolle", "Merknad"),
            ("Eirik Haugen", "Ål kommune", "Nestleder", "Fra sak 6/26"),
            ("Bente Olsrud", "Hol kommune", "Medlem"),
            ("Nils Fekjær", "Nes kommune", "Medlem", "Forfall")]
    lefts = [72.0]
    for column in range(3):
        lefts.append(lefts[-1] + max(width(row[column]) for row in rows))
    data = draw([[(lefts[c], 760 - 13 * r, cell)
                  for r, row in enumerate(rows) for c, cell in enumerate(row)]])
    assert [b.cells for b in read(data)] == [
        rows[0], rows[1], ("Bente Olsrud", "Hol kommune", "Medlem"), rows[3]]


def test_markup_balloons_printed_beside_the_page_are_no_text_of_it():
    # saved as PDF with "show markup": Word prints comments and deletions in balloons
    # right of the text, in smaller type; the body's own lines stay, also one that
    # opens with "Slettet:" in the body's size, and a remark in the right column
    if "DejaVu" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DejaVu", FONT))
    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    pdf.setFont("DejaVu", 10)
    body = ["Sak 12/26 Godkjenning av innkalling", "Innkallingen ble godkjent.",
            "Sak 13/26 Samferdsel", "Regionrådet drøftet togtilbudet på Gjøvikbanen.",
            "Slettet: gamle vedtekter gjelder ikke lenger.",
            "Vedtak: Regionrådet ber om møte med Jernbanedirektoratet."]
    for n, line in enumerate(body):
        pdf.drawString(60, 780 - 14 * n, line)
    pdf.drawString(420, 780 - 14 * 5, "Merknad: avklart")
    pdf.setFont("DejaVu", 7)
    for y, line in [(766, "Kommentert [TL1]: Sjekk navnet på"), (758, "direktoratet."),
                    (738, "Slettet: og Bane NOR"), (780, "Formatert: Skrift: Fet")]:
        pdf.drawString(420, y, line)
    pdf.showPage()
    pdf.save()
    assert [b.cells or b.text for b in read(out.getvalue())] == [
        *body[:5], (body[5], "Merknad: avklart")]


def test_a_footnote_call_raised_after_a_name_is_no_part_of_it():
    # Word sets a note's number small and raised right after the word it is on: "Kari
    # Holm¹" in a list or in a table's cell reads "Holm1" in the text layer; a digit in
    # the line's own size ("A4"), a lowered one ("CO₂") and a unit's power stay
    def after(x: float, text: str) -> float:
        return x + pdfmetrics.stringWidth(text, "DejaVu", 11)

    scaled_pdf([])  # registers the font
    lines = [(72, 700, "Til stede: Kari Holm", 11, 1.0),
             (after(72, "Til stede: Kari Holm"), 704, "1", 7, 1.0),
             (after(72, "Til stede: Kari Holm") + 4, 700, ", Per Dahl og Siv Lie", 11, 1.0),
             (after(72 + 4, "Til stede: Kari Holm, Per Dahl og Siv Lie"), 704, "2", 7, 1.0),
             (72, 684, "Utslipp av CO", 11, 1.0), (after(72, "Utslipp av CO"), 681, "2", 7, 1.0),
             (72, 668, "Papir i A4 og 300 km", 11, 1.0),
             (after(72, "Papir i A4 og 300 km"), 672, "2", 7, 1.0),
             (72, 640, "Navn", 11, 1.0), (250, 640, "Kommune", 11, 1.0),
             (72, 626, "Ola Berg", 11, 1.0), (after(72, "Ola Berg"), 630, "3", 7, 1.0),
             (250, 626, "Gran", 11, 1.0)]
    assert [b.cells or b.text for b in read(scaled_pdf(lines))] == [
        "Til stede: Kari Holm, Per Dahl og Siv Lie", "Utslipp av CO2",
        "Papir i A4 og 300 km2", ("Navn", "Kommune"), ("Ola Berg", "Gran")]


def test_a_name_broken_at_its_compounds_hyphen_in_a_sentence_keeps_the_hyphen():
    # "Nav-" / "kontoret" inside a sentence: a name opening a compound keeps its hyphen
    # (as "NAV-" does); a lower-case word ("samar-" / "beid") and a sentence's first word
    # ("Kommune-" / "planen") join without it, and so does a compass part ("Vest-" / "landet")
    lines = ["Referat fra styremøte i Nordby vel", "Dato: 12. mars 2026",
             "Til stede: Kari Holm (leder), Per Dahl", "Sak 1/26 Oppfølging av ungdom",
             "Styret har hatt kontakt med Nav-", "kontoret i Nordby om et godt samar-",
             "beid i Hamar-", "regionen og Vest-", "landet. Kommune-", "planen ble også drøftet."]
    data = draw([[(72, 760 - 14 * n, text) for n, text in enumerate(lines)]])
    text = parse_bytes(data, "referat.pdf").items[0].text
    assert "kontakt med Nav-kontoret i Nordby" in text
    assert "godt samarbeid i Hamar-regionen og Vestlandet." in text
    assert "Kommuneplanen ble også drøftet." in text


@pytest.mark.parametrize(("ocr", "typed"), [
    ("Sak O4/23 Budsjett", "Sak 04/23 Budsjett"),
    ("Sak l2/22 og 1O/22", "Sak 12/22 og 10/22"),
    ("Tid: l4. mars 2O23 kl. O9.OO–11.3O", "Tid: 14. mars 2023 kl. 09.00–11.30"),
    ("Dato: 1O .mars 2O25", "Dato: 10 .mars 2025"),  # the dot typed after the space
    ("Dato: l2 . mai 2O25", "Dato: 12 . mai 2025"),
    ("Frist: l2.03.2O24, kl. l8:3O", "Frist: 12.03.2024, kl. 18:30"),
    ("Neste møte kl. lO.OO på Tynset", "Neste møte kl. 10.00 på Tynset"),  # after "kl."
    # runs of those letters that no number's shape makes unmistakable stay as written
    ("Ivar Olsen kjøper 10l maling", "Ivar Olsen kjøper 10l maling"),
    ("CO2-utslipp og O2-nivå på E18", "CO2-utslipp og O2-nivå på E18"),
    ("Vedlegg I og II, I/O-kort", "Vedlegg I og II, I/O-kort"),
    ("Del I.1 og II-3 i planen", "Del I.1 og II-3 i planen"),  # Roman numerals stay
])
def test_digits_ocr_read_as_letters_in_numbers_read_as_digits(ocr, typed):
    # a scanned page's text layer reads "0" as "O" and "1" as "l" or "I": inside a case
    # number, a date, a time or a year the shape of the number shows the digit
    data = draw([[(72, 700, ocr), (72, 680, "Vedtak: Godkjent.")]])
    assert [b.text for b in read(data)] == [typed, "Vedtak: Godkjent."]


_NUMBERED_TEXT = ["Referat fra møte i Vesterdal regionråd", "Tid: 14. mars 2023 kl. 09.00",
                  "Til stede: Kari Nordmann, Øystein Bø", "Sak 04/23 Budsjett",
                  "2 representanter la fram forslaget.", "Vedtak: Budsjettet ble godkjent.",
                  "Sak 05/23 Eventuelt", "Ingen saker."]


def _line_numbered(every: int, size: float, blank_numbers: bool = False) -> bytes:
    """The text above with a line number in the left margin, flush right at x=55, on
    every ``every``-th line (and on a blank line between the two items)."""
    if "DejaVu" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DejaVu", FONT))
    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    y, number = 760, 0
    for n, text in enumerate(_NUMBERED_TEXT):
        if n == 6:  # a blank line before the second item
            number, y = number + 1, y - 15
            if blank_numbers and number % every == 0:
                pdf.setFont("DejaVu", size)
                pdf.drawRightString(55, y + 15, str(number))
        number += 1
        if number % every == 0:
            pdf.setFont("DejaVu", size)
            pdf.drawRightString(55, y, str(number))
        pdf.setFont("DejaVu", 11)
        pdf.drawString(72, y, text)
        y -= 15
    pdf.showPage()
    pdf.save()
    return out.getvalue()


@pytest.mark.parametrize(("every", "size", "blank_numbers"),
                         [(1, 8, False), (1, 8, True), (2, 11, False), (3, 11, False)])
def test_line_numbers_in_the_left_margin_are_no_part_of_the_text(every, size, blank_numbers):
    # a protocol numbered by line (Word's line numbering, or a scan's OCR of it): the
    # numbers left of the text are read as a first column unless they are dropped
    data = _line_numbered(every, size, blank_numbers)
    assert [b.text for b in read(data)] == _NUMBERED_TEXT
    assert not any(b.cells for b in read(data))


def test_a_number_column_at_the_texts_margin_is_kept():
    # a table's number column under its heading, and a sentence opening with a number,
    # stand at the text's margin: they are text, not line numbers
    rows = [(72, 700, "Saksliste"), *((x, 680 - 16 * n, text) for n, (number, title) in
                                      enumerate([("1", "Godkjenning"), ("2", "Referat"),
                                                 ("3", "Budsjett")])
                                      for x, text in ((72, number), (110, title)))]
    assert [b.text for b in read(draw([rows]))] == [
        "Saksliste", "1\tGodkjenning", "2\tReferat", "3\tBudsjett"]
    lines = [(72, 700 - 16 * n, text) for n, text in enumerate(
        ["Vedtak:", "3 medlemmer stemte for.", "4 stemte mot.", "5 avsto."])]
    assert [b.text for b in read(draw([lines]))] == [text for *_, text in lines]


@pytest.mark.parametrize(("spaced", "title"), [
    ("R E F E R A T   F R A   S T Y R E M Ø T E", "REFERAT FRA STYREMØTE"),
    ("P R O T O K O L L  F R Å  K O N T R O L L U T V A L E T", "PROTOKOLL FRÅ KONTROLLUTVALET"),
    ("M I L J Ø U T V A L G E T", "MILJØUTVALGET"),  # narrow and wide letters, one word
    ("A V T A L E V I L K Å R", "AVTALEVILKÅR"),
])
def test_a_letter_spaced_title_of_several_words_keeps_its_words_apart(spaced, title):
    # the text layer keeps one space for the several between the words: where the
    # letters stand (the width each advances, not its ink) tells the words apart
    data = draw([[(72, 700, spaced), (72, 670, "Tid: 14. mars 2023")]], size=14)
    assert [b.text for b in read(data)] == [title, "Tid: 14. mars 2023"]


@pytest.mark.parametrize("first", ["Side l av 2", "Side I av 2", "l/2"])
def test_a_page_number_ocr_read_with_a_letter_for_its_digit_is_still_dropped(first):
    # page 1's footer read by OCR as "Side l av 2": read as the page count it is, it is
    # dropped as page 2's "Side 2 av 2" is, not left as a line inside an item's text
    top = [(72, 760 - 16 * n, text) for n, text in enumerate(
        ["Referat fra styremøte", "Sak 1/24 Budsjett", "Budsjettet ble godkjent."])]
    second = first.replace("l", "2").replace("I", "2")
    pages = [[*top, (250, 40, first)],
             [(72, 760, "Sak 2/24 Eventuelt"), (72, 744, "Ingen saker."), (250, 40, second)]]
    assert [b.text for b in read(draw(pages))] == [
        "Referat fra styremøte", "Sak 1/24 Budsjett", "Budsjettet ble godkjent.",
        "Sak 2/24 Eventuelt", "Ingen saker."]


def test_a_line_ending_in_an_ocr_not_sign_is_a_hyphenated_line():
    # OCR (ABBYY FineReader) marks a word hyphenated at the line end with "¬": as a
    # hyphen the two lines join as any hyphenated ones do, a name's hyphen kept
    lines = ["Sak 3/25 Søknad", "Sekretariatet sender søknaden til fylkes¬",
             "kommunen innen 1. mars og til Nord¬", "Norge i april."]
    record = parse_bytes(draw([[(72, 700 - 16 * n, text) for n, text in enumerate(lines)]]),
                         "referat.pdf")
    assert record.items[0].text == ("Sekretariatet sender søknaden til fylkeskommunen innen "
                                    "1. mars og til Nord-Norge i april.")


def test_numbered_headings_over_indented_text_keep_their_numbers():
    # Word's numbered headings with the text indented under their titles: on a page
    # without a title every line starts right of the numbers, yet the numbers stand
    # further apart than they count lines, so they are the items' numbers, not line
    # numbers
    texts = [("4", "Budsjett 2025"), (None, "Styret gikk gjennom forslaget."),
             (None, "Vedtak: Budsjettet ble godkjent."), ("5", "Vedlikehold"),
             (None, "Taket males i juni."), ("6", "Eventuelt"), (None, "Ingen saker.")]
    page = []
    for n, (number, text) in enumerate(texts):
        if number:
            page.append((72, 760 - 16 * n, number))
        page.append((100, 760 - 16 * n, text))
    assert [b.text for b in read(draw([page]))] == [
        "4\tBudsjett 2025", "Styret gikk gjennom forslaget.", "Vedtak: Budsjettet ble godkjent.",
        "5\tVedlikehold", "Taket males i juni.", "6\tEventuelt", "Ingen saker."]


WEASY_TABLE_PAGE = """<html><head><meta charset="utf-8"><style>
body { font: 10pt 'DejaVu Sans' } table { border-collapse: collapse }
td, th { padding: 1px; border: 1px solid #999; text-align: left; vertical-align: top }
</style></head><body>
<h1>Referat fra møte i Vestfjord regionråd</h1>
<p>Tid: 12. mars 2025 kl. 09.00–11.30</p><p>Sted: Kommunehuset, Sandvik</p>
<p>Til stede:</p>
<table><tr><th>Navn</th><th>Rolle</th><th>Kommune</th></tr>
<tr><td>Kari Sandvik</td><td>Leder</td><td>Sandvik kommune</td></tr>
<tr><td>Ola Bergheim</td><td>Medlem</td><td>Fjordby kommune</td></tr>
<tr><td>Trine Haugland</td><td>Medlem</td><td>Åsnes kommune</td></tr>
<tr><td>Per Lunde</td><td>Referent</td><td>Sekretariatet</td></tr></table>
<h2>Sak 11/25 Samferdsel</h2>
<table><tr><th>Oppfølging</th><th>Ansvar</th><th>Frist</th></tr>
<tr><td>Sende høringsuttalelse</td><td>Per Lunde</td><td>1. april</td></tr>
<tr><td>Kalle inn til møte med fylket</td><td>Kari Sandvik</td><td>15. april</td></tr></table>
<p>Vedtak: Regionrådet slutter seg til uttalelsen.</p>
</body></html>"""


def test_a_table_typeset_from_html_with_a_pixel_of_padding_keeps_its_cells():
    # WeasyPrint (and Chromium) leave two or three points between cells with 1px of
    # padding: less than a column gap, but each cell starts where the header's does
    weasyprint = pytest.importorskip("weasyprint")
    data = weasyprint.HTML(string=WEASY_TABLE_PAGE).write_pdf()
    rows = [b.cells for b in read(data) if b.kind is BlockKind.TABLE_ROW]
    assert rows[3:5] == [("Trine Haugland", "Medlem", "Åsnes kommune"),
                         ("Per Lunde", "Referent", "Sekretariatet")]
    assert rows[-1] == ("Kalle inn til møte med fylket", "Kari Sandvik", "15. april")
    pdf_record = parse_bytes(data, "referat.pdf").to_dict()
    html_record = parse_bytes(WEASY_TABLE_PAGE.encode(), "referat.html").to_dict()
    del pdf_record["source"], html_record["source"]
    assert pdf_record == html_record


def _drawn_in_pieces(pieces: list[tuple[float, float, str, float]]) -> bytes:
    """A PDF with each piece of text drawn as a text object of its own (x, y, text, size)."""
    if "DejaVu" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DejaVu", FONT))
    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    for x, y, text, size in pieces:
        pdf.setFont("DejaVu", size)
        pdf.drawString(x, y, text)
    pdf.showPage()
    pdf.save()
    return out.getvalue()


def _word_by_word(x: float, y: float, text: str, size: float,
                  unit: str = " ") -> list[tuple[float, float, str, float]]:
    """A line drawn word by word (or letter by letter) at its typeset places."""
    pieces = []
    parts = text.split(" ") if unit == " " else list(text)
    for part in parts:
        if part.strip():
            pieces.append((x, y, part, size))
        x += pdfmetrics.stringWidth(part + (" " if unit == " " else ""), "DejaVu", size)
    return pieces


def test_a_line_drawn_word_by_word_under_a_table_stays_one_line():
    # some PDF makers draw every word apart: a word of a sentence under a table that
    # happens to start where a column does makes no cell, as the other words' gaps
    # do not line up with the table's columns
    _drawn_in_pieces([])  # registers the font
    line = "Vedtak: Regionrådet slutter seg til uttalelsen fra arbeidsutvalget."
    pieces = _word_by_word(72, 672, line, 10)
    column = pieces[2][0]  # "slutter" starts the table's second column
    data = _drawn_in_pieces([(72, 700, "Navn", 10), (column, 700, "Kommune", 10),
                             (72, 686, "Kari Sandvik", 10), (column, 686, "Sandvik", 10),
                             *pieces])
    assert [b.cells or b.text for b in read(data)] == [
        ("Navn", "Kommune"), ("Kari Sandvik", "Sandvik"), line]


def test_a_heading_drawn_letter_by_letter_keeps_its_tall_letters():
    # Chromium's "Save as PDF" gives each letter of a heading a run of its own; the
    # tall ones ("å", "Å", "ø" under an accent's height) are no watermark to leave out,
    # else the gap they leave reads as a column between the heading's words
    _drawn_in_pieces([])  # registers the font
    title = "Protokoll frå møte i Ålvik kontrollutval"
    pieces = _word_by_word(36, 740, title, 20, unit="")
    body = [(36, 712 - 14 * i, text, 10) for i, text in enumerate(
        ["Dato: 4. juni 2025, kl. 13.00–15.00", "Stad: Heradshuset, Ålvik",
         "Til stades: Marit Skogheim (leiar), Bjørnar Tveiterås og Gunhild Myklebust"])]
    blocks = read(_drawn_in_pieces([*pieces, *body]))
    assert (blocks[0].kind, blocks[0].text) == (BlockKind.HEADING, title)


STRUCK_PAGE = """<html><head><meta charset="utf-8"><style>
body { font: 11pt 'DejaVu Sans' } del { color: #c00 } ins { color: #c00 }
</style></head><body>
<h1>Referat fra styremøte i Solåsen velforening</h1>
<p>Tid: 12. mai 2026 kl. 19.00</p><p>Sted: Grendehuset</p>
<p>Til stede: Lise Haug (leder), Geir Brun og Tove Aas</p>
<h2>Sak 7/26 Veilys</h2>
<p>Vedtak: Styret bestiller <del>fem</del><ins>seks</ins> nye lyktestolper.</p>
<p>Geir Brun kontakter kommunen innen <del>1. juni</del><ins>15. juni</ins>.</p>
<p><del>Tove Aas undersøker prisen på LED-pærer.</del></p>
</body></html>"""
STRUCK_TEXT = """Referat fra styremøte i Solåsen velforening

Tid: 12. mai 2026 kl. 19.00
Sted: Grendehuset
Til stede: Lise Haug (leder), Geir Brun og Tove Aas

Sak 7/26 Veilys
Vedtak: Styret bestiller seks nye lyktestolper.
Geir Brun kontakter kommunen innen 15. juni.
"""


def test_struck_through_deletions_are_no_text_of_the_minutes():
    # minutes printed with their changes shown inline: the deleted words struck through
    # stand right before the inserted ones (underlined), and only those are the minutes'
    weasyprint = pytest.importorskip("weasyprint")
    data = weasyprint.HTML(string=STRUCK_PAGE).write_pdf()
    assert [b.text for b in read(data)][-2:] == [
        "Vedtak: Styret bestiller seks nye lyktestolper.",
        "Geir Brun kontakter kommunen innen 15. juni."]
    pdf_record = parse_bytes(data, "referat.pdf").to_dict()
    text_record = parse_bytes(STRUCK_TEXT.encode(), "referat.txt").to_dict()
    del pdf_record["source"], text_record["source"]
    assert pdf_record == text_record


def test_a_line_drawn_through_letters_strikes_them_and_rules_and_underlines_do_not():
    # as Word prints a strike-through: a thin filled bar a third of the size above the
    # baseline; an underline under the baseline and a table's rule between lines leave
    # the letters alone
    _drawn_in_pieces([])  # registers the font
    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    pdf.setFont("DejaVu", 11)
    before = "Vedtak: Styret gir 20 000 kr "
    pdf.drawString(72, 700, before)
    x = 72 + pdfmetrics.stringWidth(before, "DejaVu", 11)
    width = pdfmetrics.stringWidth("10 000 kr", "DejaVu", 11)
    pdf.drawString(x, 700, "10 000 kr")
    pdf.rect(x, 700 + 3.3, width, 0.6, stroke=0, fill=1)  # struck
    pdf.drawString(x + width, 700, " til skolekorpset.")
    pdf.drawString(72, 680, "Kari Holm er valgt som leder.")
    pdf.rect(72, 678.5, 60, 0.6, stroke=0, fill=1)  # underlined
    pdf.line(72, 672, 400, 672)  # a rule between the lines
    pdf.drawString(72, 660, "Neste møte blir 3. juni.")
    pdf.showPage()
    pdf.save()
    assert [b.text for b in read(out.getvalue())] == [
        "Vedtak: Styret gir 20 000 kr til skolekorpset.", "Kari Holm er valgt som leder.",
        "Neste møte blir 3. juni."]


CARDS_PAGE = """<html><head><meta charset="utf-8"><style>
body { font: 11pt 'DejaVu Sans' } p { margin: 0 0 4pt 0 }
td { padding: 4pt 8pt; border: 1px solid #000 } td p { margin: 0 }
</style></head><body>
<p><b>Referat fra møte i Fjellbygda nærmiljøutvalg</b></p>
<p>Dato: 9. april 2026</p><p>Sted: Grendehuset</p><p>Til stede:</p>
<table><tr><td><p>Hilde Brekke</p><p>leder</p></td><td><p>Stian Aune</p><p>kasserer</p></td>
<td><p>Berit Kvam</p><p>sekretær</p></td></tr></table>
<p>Forfall: Jon Eggen</p>
<p>Sak 12/26 Vårdugnad</p>
<p>Stian Aune bestiller container innen 20. april.</p>
</body></html>"""
CARDS_TEXT = """Referat fra møte i Fjellbygda nærmiljøutvalg

Dato: 9. april 2026
Sted: Grendehuset
Til stede:
Hilde Brekke, leder
Stian Aune, kasserer
Berit Kvam, sekretær
Forfall: Jon Eggen

Sak 12/26 Vårdugnad
Stian Aune bestiller container innen 20. april.
"""


def test_people_set_as_cards_read_with_the_roles_under_their_names():
    # a row of cards (a name paragraph over a role paragraph in each cell) comes out of
    # a PDF as a row of names over a row of roles, cell under cell
    weasyprint = pytest.importorskip("weasyprint")
    data = weasyprint.HTML(string=CARDS_PAGE).write_pdf()
    assert [b.cells for b in read(data) if b.kind is BlockKind.TABLE_ROW] == [
        ("Hilde Brekke", "Stian Aune", "Berit Kvam"), ("leder", "kasserer", "sekretær")]
    people = parse_bytes(data, "referat.pdf").participants
    assert people == parse_bytes(CARDS_TEXT.encode(), "referat.txt").participants
    assert [(p.name, p.role) for p in people][:3] == [
        ("Hilde Brekke", "chair"), ("Stian Aune", "member"), ("Berit Kvam", "secretary")]


@pytest.mark.parametrize(("ocr", "typed"), [
    ("Sak O6/2З Budsjett", "Sak 06/23 Budsjett"),  # a Latin "O" and a Cyrillic "З"
    ("Sak 4/2б Eventuelt", "Sak 4/26 Eventuelt"),
    ("Tid: 14. mars 2О26 kl. О9.00", "Tid: 14. mars 2026 kl. 09.00"),
])
def test_cyrillic_look_alikes_in_a_scanned_number_read_as_digits(ocr, typed):
    # OCR that reads a page in two alphabets puts a Cyrillic letter into a number: the
    # number's shape shows the digit, as it does for the Latin look-alikes
    from motebok.read import read_bytes

    data = draw([[(72, 700, ocr), (72, 680, "Vedtak: Godkjent.")]])
    assert [b.text for b in read_bytes(data, "pdf").blocks] == [typed, "Vedtak: Godkjent."]


def test_a_drawn_border_parts_cells_that_touch():
    # Chromium prints a bordered table without padding letter by letter: its widest
    # row's cells touch ("Kari Nordmann" and "styreleder" a border's width apart, no
    # space in the text), and the letters' own gaps are as wide; the border drawn
    # between them parts the cells, and a sentence under the table, with no border
    # through it, stays one line
    _drawn_in_pieces([])  # registers the font
    column = 72 + pdfmetrics.stringWidth("Kari Nordmann", "DejaVu", 10) + 1.5
    rows = [("Kari Nordmann", "styreleder"), ("Ola Bø", "styremedlem"),
            ("Per Ås", "varamedlem")]
    line = "Styret vedtok ny vaskeliste for våren."
    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    pdf.setFont("DejaVu", 10)
    pdf.drawString(72, 740, "Til stede:")
    for n, (name, role) in enumerate(rows):
        y = 722 - 14 * n
        for left, text in ((72, name), (column, role)):
            for x, _, letter, _ in _word_by_word(left, y, text, 10, unit=""):
                pdf.drawString(x, y, letter)
        pdf.setLineWidth(0.75)
        for x in (71, column - 0.75, column + 70):
            pdf.line(x, y - 3, x, y + 11)
    for x, y, letter, _ in _word_by_word(72, 672, line, 10, unit=""):
        pdf.drawString(x, y, letter)
    pdf.showPage()
    pdf.save()
    assert [b.cells or b.text for b in read(out.getvalue())] == ["Til stede:", *rows, line]


BORDERED_NO_PADDING_PAGE = """<html><head><meta charset="utf-8"><style>
body { font: 11pt 'DejaVu Serif'; width: 420pt } table { border-collapse: collapse; width: 100% }
td, th { padding: 0; text-align: left; vertical-align: top; BORDER }
</style></head><body>
<h1>Referat fra møte i Kystnettverket</h1>
<p>Tid: 3. juni 2025 kl. 09.00–12.00</p><p>Sted: Teams</p>
<table><tr><th>Sak</th><th>Tema</th><th>Oppfølging</th></tr>
<tr><td>21/25</td><td>Godkjenning av innkalling og saksliste for møtet</td>
<td>Godkjent uten merknader</td></tr>
<tr><td>22/25</td><td>Havnesamarbeid</td>
<td>Sekretariatet lager et notat om felles havnestrategi til neste møte, ansvar: Tone Vik</td></tr>
<tr><td>23/25</td><td>Eventuelt</td><td>Ingen saker</td></tr></table>
<p>Referent: Tone Vik</p>
</body></html>"""


def test_a_wrapped_cell_no_border_parts_from_its_row_stays_in_it():
    # a table with its borders drawn and no room above or below the cells' text (Word's
    # cells, a web page's table without padding): the rest of a cell that opens with a
    # capital ("… ansvar:" / "Tone Vik") has no border over it, so it is no new row
    weasyprint = pytest.importorskip("weasyprint")
    page = BORDERED_NO_PADDING_PAGE.replace("BORDER", "border: 1px solid #000")
    data = weasyprint.HTML(string=page).write_pdf()
    rows = [b.cells for b in read(data) if b.kind is BlockKind.TABLE_ROW]
    assert rows[2] == ("22/25", "Havnesamarbeid", "Sekretariatet lager et notat om felles "
                       "havnestrategi til neste møte, ansvar: Tone Vik")
    pdf_record = parse_bytes(data, "referat.pdf").to_dict()
    html_record = parse_bytes(page.encode(), "referat.html").to_dict()
    del pdf_record["source"], html_record["source"]
    assert pdf_record == html_record
    # no borders: nothing but the words to go by, and the line stays as it was read
    plain = weasyprint.HTML(string=BORDERED_NO_PADDING_PAGE.replace("BORDER", "")).write_pdf()
    assert "Tone Vik" in [b.text for b in read(plain)]


MERGED_ORGANISATION_PAGE = """<html><head><meta charset="utf-8"><style>
body { font: 11pt 'DejaVu Sans' } table { border-collapse: collapse }
td, th { border: 1px solid #000; padding: 1pt 5pt; text-align: left; vertical-align: ALIGN }
</style></head><body>
<h1>Referat fra møte i Vestdal regionråd</h1>
<p>Tid: 12. februar 2025 kl. 09.00–12.00</p><p>Sted: Vestdal rådhus</p>
<p>Til stede:</p>
<table><tr><th>Kommune</th><th>Navn</th><th>Funksjon</th></tr>
<tr><td rowspan="2">Vestdal kommune</td><td>Kari Nordmann</td><td>Ordfører, leder</td></tr>
<tr><td>Ola Bø</td><td>Kommunedirektør</td></tr>
<tr><td rowspan="3">Østby kommune</td><td>Per Ås</td><td>Ordfører</td></tr>
<tr><td>Siri Lie</td><td>Varaordfører</td></tr>
<tr><td>Tor Moen</td><td>Kommunedirektør</td></tr>
<tr><td>Nordfjell kommune</td><td>Anne Moe</td><td>Ordfører</td></tr></table>
<p>Referent: Lise Berg</p>
<h2>Sak 01/25 Godkjenning av innkalling</h2>
<p>Vedtak: Innkallingen ble godkjent.</p>
</body></html>"""


@pytest.mark.parametrize("align", ["top", "bottom"])
def test_a_cell_merged_over_rows_gives_each_row_its_text(align):
    # an organisation's cell merged down beside its people prints its name once, at the
    # top or the foot of the merged cell (on a line of its own when centred: corpus
    # 3163); the borders across the first column bound it, and each row inside takes
    # its name
    weasyprint = pytest.importorskip("weasyprint")
    page = MERGED_ORGANISATION_PAGE.replace("ALIGN", align)
    data = weasyprint.HTML(string=page).write_pdf()
    rows = [b.cells for b in read(data) if b.kind is BlockKind.TABLE_ROW]
    assert [row[:2] for row in rows[1:]] == [
        ("Vestdal kommune", "Kari Nordmann"), ("Vestdal kommune", "Ola Bø"),
        ("Østby kommune", "Per Ås"), ("Østby kommune", "Siri Lie"),
        ("Østby kommune", "Tor Moen"), ("Nordfjell kommune", "Anne Moe")]
    pdf_record = parse_bytes(data, "referat.pdf").to_dict()
    html_record = parse_bytes(page.encode(), "referat.html").to_dict()
    del pdf_record["source"], html_record["source"]
    assert pdf_record == html_record


def wrapped_page(paragraphs: list[str], width: float = 400, step: float = 14,
                 space: float = 10) -> list[tuple[float, float, str]]:
    """A page of running text wrapped as a word processor wraps it: a word goes to the
    next line only when it does not fit within ``width``; ``space`` between paragraphs."""
    from reportlab.lib.utils import simpleSplit

    if "DejaVu" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DejaVu", FONT))
    drawn, y = [], 760.0
    for paragraph in paragraphs:
        for line in simpleSplit(paragraph, "DejaVu", 11, width):
            drawn.append((72, y, line))
            y -= step
        y -= space
    return drawn


def test_a_wrapped_line_that_ends_a_sentence_goes_on_with_its_paragraph():
    # "… om saken." filled its line: the next sentence of the paragraph starts below
    first = ("Styret drøftet rutene for skoleskyss i regionen og ba administrasjonen om "
             "å lage en oversikt over dagens avtaler med alle transportselskapene. "
             "Oversikten skal legges fram i neste møte sammen med en plan for anbud.")
    second = ("Leder orienterte om møtet med fylkeskommunen i januar, der det ble enighet "
              "om å se rutene i sammenheng med den regionale transportplanen for de "
              "neste årene.")
    page = wrapped_page([first, second], width=408)
    assert page[1][2].endswith("transportselskapene.")  # the stop that fills a line
    blocks = read(draw([page]))
    # (s66d: a line in small letters under a wrapped line that ends in a word goes on
    # too, "… administrasjonen om" / "å lage …", as a list of people must read it whole)
    assert [block.goes_on for block in blocks] == [False, True, True, False, False, True,
                                                   False]
    lines = to_lines(blocks)
    assert [line.text for line in merge_wrapped(lines)] == [first, second]


def test_a_page_whose_lines_all_start_capitalised_asks_for_no_right_edge(monkeypatch):
    # no sentence goes on in small letters: no column margin to learn, so the reader
    # asks PDFium for no line's right edge (one call a line was most of a page's cost)
    from motebok.read import pdf_text

    asked = []
    right = pdf_text.TextProbe.right
    monkeypatch.setattr(pdf_text.TextProbe, "right",
                        lambda probe, index: asked.append(index) or right(probe, index))
    page = wrapped_page(["Styret godkjente innkallingen.", "Referatet ble godkjent.",
                         "Neste møte holdes i Nesvik."])
    blocks = read(draw([page]))
    assert [block.text for block in blocks] == ["Styret godkjente innkallingen.",
                                                "Referatet ble godkjent.",
                                                "Neste møte holdes i Nesvik."]
    assert asked == []
    wrapped = wrapped_page(["Styret drøftet rutene for skoleskyss i regionen og ba "
                            "administrasjonen om en oversikt over avtalene."], width=300)
    read(draw([wrapped]))
    assert asked  # (a sentence wrapped in small letters: the margin is learnt)


def test_a_short_line_that_ends_a_sentence_ends_its_paragraph():
    # typed line by line: "Alle var til stede." stops well short of the margin
    long = ("Møtet ble holdt i kommunestyresalen på rådhuset, og leder ønsket alle "
            "velkommen til det første møtet i den nye perioden for regionrådet. Saklisten "
            "ble godkjent uten merknader.")
    page = wrapped_page([long], width=395)
    page += [(72, page[-1][1] - 14, "Alle var til stede."),
             (72, page[-1][1] - 28, "Sekretær var Kari Holm.")]
    blocks = read(draw([page]))
    assert [block.text for block in blocks][-2:] == ["Alle var til stede.",
                                                     "Sekretær var Kari Holm."]
    assert not any(block.goes_on for block in blocks)
    assert [line.text for line in merge_wrapped(to_lines(blocks))][-2:] == [
        "Alle var til stede.", "Sekretær var Kari Holm."]


def test_paragraphs_set_smaller_than_the_tables_end_a_page_halfway_down_as_text():
    # Chromium prints a web page without a DOCTYPE in quirks mode: its tables keep 12 pt
    # while the paragraphs are 11 pt, so most characters are 12 pt. The last paragraphs,
    # set apart under a table, sit halfway down the page: no footer
    rows = [("Solveig Brattland", "Havbu kommune", "Leder"),
            ("Arnfinn Tveitane", "Sjøvik kommune", "Nestleder"),
            ("Bodil Rasmussen Storeng", "Nesvåg kommune", "Medlem"),
            ("Eilert Fagerhaug", "Havbu kommune", "Daglig leder, sekretariatet")]
    drawn = [(34, 738, "Referat fra møte i Vesterfjord friluftsråd", 22, 1.0),
             (34, 707, "Tid: 12. mars 2025 kl. 10.00–12.30", 11, 1.0),
             (34, 684, "Sted: Kystsenteret i Havbu", 11, 1.0)]
    for row, cells in enumerate(rows):
        drawn += [(x, 656 - 19 * row, cell, 12, 1.0)
                  for x, cell in zip((41, 220, 340), cells, strict=True)]
    drawn += [(34, 560, "Møtet ble hevet kl. 12.30.", 11, 1.0),
              (34, 536, "Neste møte: 7. mai 2025.", 11, 1.0)]
    texts = [block.text for block in read(scaled_pdf(drawn))]
    assert texts[-2:] == ["Møtet ble hevet kl. 12.30.", "Neste møte: 7. mai 2025."]


def test_a_footer_in_small_type_at_the_foot_of_the_page_is_still_dropped():
    # the same type as above, but at the page's foot under the text: a footer
    drawn = [(72, 760 - 16 * row, f"Styret drøftet punkt {row} på sakslisten.", 12, 1.0)
             for row in range(8)]
    drawn += [(72, 40, "Vesterfjord friluftsråd, Kaigata 2, 8900 Havbu", 9, 1.0)]
    texts = [block.text for block in read(scaled_pdf(drawn))]
    assert texts[-1] == "Styret drøftet punkt 7 på sakslisten."


def touching_table(rows: list[tuple[str, ...]]) -> bytes:
    """A page with a table set without borders or cell padding, letter by letter as
    Chromium prints it: each column as wide as its widest cell, so that cell's last
    letter touches the next column's first."""
    _drawn_in_pieces([])  # registers the font
    widths = [max(pdfmetrics.stringWidth(row[column], "DejaVu", 11) for row in rows)
              for column in range(len(rows[0]))]
    lefts = [72 + sum(widths[:column]) for column in range(len(widths))]
    pieces = _word_by_word(72, 760, "Til stede:", 11, unit="")
    for number, row in enumerate(rows):
        for left, cell in zip(lefts, row, strict=True):
            pieces += _word_by_word(left, 740 - 13 * number, cell, 11, unit="")
    pieces += _word_by_word(72, 720 - 13 * len(rows), "Møtet ble hevet kl. 12.30.", 11,
                            unit="")
    return _drawn_in_pieces(pieces)


@pytest.mark.parametrize("widest", [0, 2, 3])
def test_cells_of_a_table_without_padding_that_touch_are_cut_where_the_columns_start(
        widest):
    # "Bodil Rasmussen StorengNesvåg kommuneMedlem": the row with the widest cells has
    # no gap between them; the columns start where the other rows' cells start
    rows = [("Solveig Brattland", "Havbu kommune", "Leder"),
            ("Arnfinn Tveitane", "Sjøvik kommune", "Nestleder"),
            ("Eilert Fagerhaug", "Havbu kommune", "Daglig leder")]
    rows.insert(widest, ("Bodil Rasmussen Storeng", "Nesvåg kommune", "Medlem"))
    blocks = read(touching_table(rows))
    assert [block.cells for block in blocks[1:-1]] == rows
    assert blocks[-1].text == "Møtet ble hevet kl. 12.30."


ROWSPAN_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><style>
body {{ font: 11pt 'DejaVu Sans' }} table {{ border-collapse: collapse }}
td {{ padding: {padding}; vertical-align: middle }}</style></head><body>
<p>Til stede:</p><table>
<tr><td>Navn</td><td>Kommune</td><td>Rolle</td></tr>
<tr><td>Solveig Brattland</td><td rowspan="2">Havbu kommune</td><td>Leder</td></tr>
<tr><td>Eilert Fagerhaug</td><td>Daglig leder</td></tr>
<tr><td>Arnfinn Tveitane</td><td>Sjøvik kommune</td><td>Nestleder</td></tr>
<tr><td>Bodil Storeng</td><td rowspan="3">Nesvåg kommune</td><td>Medlem</td></tr>
<tr><td>Kari Nesvik</td><td>Varamedlem</td></tr>
<tr><td>Per Olav Strand</td><td>Rådmann</td></tr>
</table><p>Møtet ble hevet kl. 12.30.</p></body></html>"""


@pytest.mark.parametrize("padding", ["0", "1px", "2px", "4px", "8px"])
def test_cells_merged_over_rows_in_a_table_with_little_padding_keep_their_columns(padding):
    # WeasyPrint centres a rowspan cell between its rows: "Havbu kommune" reaches down
    # into Eilert's row, which made the rows below a table of their own whose narrow
    # gaps nothing lined up ("Arnfinn Tveitane Sjøvik kommune" one cell), and
    # "Nesvåg kommune", drawn after Kari's row, came after her last cell. Drawn with
    # Bodil's row and centred on Kari's, it spans the three rows and each takes it, as
    # the page read as HTML gives it; "Havbu kommune", half a row under Solveig's
    # baseline (in her line with little padding, on a line of its own with 4px), is
    # Eilert's too
    weasyprint = pytest.importorskip("weasyprint")
    data = weasyprint.HTML(string=ROWSPAN_PAGE.format(padding=padding)).write_pdf()
    assert [block.cells for block in read(data)[1:-1]] == [
        ("Navn", "Kommune", "Rolle"), ("Solveig Brattland", "Havbu kommune", "Leder"),
        ("Eilert Fagerhaug", "Havbu kommune", "Daglig leder"),
        ("Arnfinn Tveitane", "Sjøvik kommune", "Nestleder"),
        ("Bodil Storeng", "Nesvåg kommune", "Medlem"),
        ("Kari Nesvik", "Nesvåg kommune", "Varamedlem"),
        ("Per Olav Strand", "Nesvåg kommune", "Rådmann")]


EVEN_SPAN_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><style>
body {{ font: 11pt 'DejaVu Sans' }} table {{ border-collapse: collapse }}
td {{ padding: {padding}; vertical-align: middle }}</style></head><body>
<h1>Referat fra møte i Havbu regionråd</h1>
<p>Tid: 3. mars 2025 kl. 10.00–12.00</p><p>Til stede:</p><table>
<tr><td>Navn</td><td>Kommune</td><td>Rolle</td></tr>
<tr><td>Solveig Brattland</td><td rowspan="4">Havbu kommune</td><td>Leder</td></tr>
<tr><td>Eilert Fagerhaug</td><td>Medlem</td></tr>
<tr><td>Guro Lind</td><td>Varamedlem</td></tr>
<tr><td>Bodil Storeng</td><td>Referent</td></tr>
<tr><td>Arnfinn Tveitane</td><td rowspan="2">Sjøvik kommune</td><td>Nestleder</td></tr>
<tr><td>Kari Nesvik</td><td>Medlem</td></tr>
</table><h2>Sak 01/25 Godkjenning av innkalling</h2>
<p>Vedtak: Innkallingen ble godkjent.</p></body></html>"""


@pytest.mark.parametrize("padding", ["2px", "3px", "4px", "6px"])
def test_a_cell_centred_over_an_even_number_of_rows_is_each_rows_as_in_html(padding):
    # centred over four rows, "Havbu kommune" stands on a line of its own between the
    # second and the third; over two, half a row under the first (in its line when the
    # rows stand close; with 2px "Sjøvik kommune", whose "j" reaches down, shares too
    # little of Arnfinn's height to be seen in his row, and his row lost its columns):
    # each row it spans takes it, and the record is the HTML's
    weasyprint = pytest.importorskip("weasyprint")
    page = EVEN_SPAN_PAGE.format(padding=padding)
    data = weasyprint.HTML(string=page).write_pdf()
    rows = [block.cells for block in read(data) if block.kind is BlockKind.TABLE_ROW]
    assert [row[1] for row in rows[1:]] == ["Havbu kommune"] * 4 + ["Sjøvik kommune"] * 2
    pdf_record = parse_bytes(data, "referat.pdf").to_dict()
    html_record = parse_bytes(page.encode(), "referat.html").to_dict()
    del pdf_record["source"], html_record["source"]
    assert pdf_record == html_record


def test_a_line_between_two_rows_in_a_column_they_both_have_stays_a_line():
    # a line of its own half-way between two rows is a merged cell's only where both
    # rows lack its column: under a row whose cells all stand, it is text of its own
    weasyprint = pytest.importorskip("weasyprint")
    page = EVEN_SPAN_PAGE.format(padding="4px").replace(
        '<td rowspan="2">Sjøvik kommune</td>', "<td>Sjøvik kommune</td>").replace(
        "<tr><td>Kari Nesvik</td><td>Medlem</td></tr>",
        "<tr><td>Kari Nesvik</td><td>Nesvåg kommune</td><td>Medlem</td></tr>")
    rows = [block.cells for block in read(weasyprint.HTML(string=page).write_pdf())
            if block.kind is BlockKind.TABLE_ROW]
    assert rows[-2:] == [("Arnfinn Tveitane", "Sjøvik kommune", "Nestleder"),
                         ("Kari Nesvik", "Nesvåg kommune", "Medlem")]

LABEL_BESIDE_CELL_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><style>
body {{ font: 11pt 'DejaVu Sans' }} table {{ border-collapse: collapse }}
td {{ padding: {padding}; vertical-align: middle }}</style></head><body>
<h1>Referat fra møte i Havbu regionråd</h1><table>
<tr><td>Tid:</td><td>3. mars 2025 kl. 10.00–12.00</td></tr>
<tr><td>Sted:</td><td>Havbu rådhus</td></tr>
<tr><td>Til stede:</td><td>{names}</td></tr>
<tr><td>Forfall:</td><td>Per Olav Strand</td></tr></table>
<h2>Sak 01/25 Godkjenning av innkalling</h2>
<p>Vedtak: Innkallingen ble godkjent.</p></body></html>"""
LABEL_NAMES = ["Solveig Brattland, Havbu kommune", "Eilert Fagerhaug, Sjøvik kommune",
               "Arnfinn Tveitane, Nesvåg kommune", "Bodil Storeng, Lyngvær kommune",
               "Kari Nesvik, Havbu kommune", "Guro Lind, Sjøvik kommune"]


@pytest.mark.parametrize("padding", ["2px 6px", "6px"])
@pytest.mark.parametrize("count", [4, 5, 6])
def test_a_label_centred_beside_a_tall_cell_heads_all_its_lines(count, padding):
    # "Til stede:" centred beside four to six names, one a line: on the middle name's
    # line, or half a line between the two middle ones; the names over it were drawn
    # after it (WeasyPrint draws cell by cell), and as many stand under it: all are the
    # label's, as the HTML of the same table reads
    weasyprint = pytest.importorskip("weasyprint")
    page = LABEL_BESIDE_CELL_PAGE.format(padding=padding,
                                         names="<br>".join(LABEL_NAMES[:count]))
    data = weasyprint.HTML(string=page).write_pdf()
    rows = [block.cells for block in read(data) if block.kind is BlockKind.TABLE_ROW]
    assert [row[0] for row in rows] == ["Tid:", "Sted:", "Til stede:", "Forfall:"]
    assert rows[2][1].split("\n") == LABEL_NAMES[:count]
    pdf_record = parse_bytes(data, "referat.pdf").to_dict()
    html_record = parse_bytes(page.encode(), "referat.html").to_dict()
    del pdf_record["source"], html_record["source"]
    assert pdf_record == html_record


def test_a_cells_last_line_drawn_before_the_next_label_stays_in_its_own_row():
    # a wrapped address drawn in its order down the page, right over the next label:
    # it was drawn before that label, so it is no line of the label's cell
    blocks = read(draw([[(72, 760, "Sted:"), (160, 760, "Havbu rådhus,"),
                         (160, 746, "Storgata 4"), (72, 732, "Til stede:"),
                         (160, 732, "Solveig Brattland"), (72, 718, "Forfall:"),
                         (160, 718, "Per Olav Strand")]]))
    assert [block.cells for block in blocks] == [
        ("Sted:", "Havbu rådhus, Storgata 4"), ("Til stede:", "Solveig Brattland"),
        ("Forfall:", "Per Olav Strand")]


def test_a_letterhead_in_small_type_does_not_set_the_line_step_of_the_text():
    # Word's letterhead text box on the right: three lines of address in 9 pt, 11 pt
    # apart; the body's lines are 15 pt apart and its paragraphs 23: the lines of one
    # paragraph are no paragraphs of their own
    drawn = [(400, 790 - 11 * row, text, 9, 1.0) for row, text in enumerate(
        ["Vesterfjord friluftsråd", "Kaigata 2, 8900 Havbu", "post@vesterfjord.no"])]
    drawn += [(72, 692, "Referat fra styremøte i Vesterfjord friluftsråd", 16, 1.0)]
    y = 660
    for lines in (["Til stede: Solveig Brattland (leder), Arnfinn Tveitane (nestleder) og",
                   "Kari Nesvik."], ["Forfall: Per Olav Strand."],
                  ["Daglig leder orienterte om arbeidet med turstier langs kysten. Kommunene",
                   "har meldt inn tolv stier, og sekretariatet har laget et forslag."]):
        for text in lines:
            drawn.append((72, y, text, 11, 1.0))
            y -= 15
        y -= 8
    blocks = read(scaled_pdf(drawn))
    assert [(block.text[:12], block.gap) for block in blocks[4:]] == [
        ("Til stede: S", True), ("Kari Nesvik.", False), ("Forfall: Per", True),
        ("Daglig leder", True), ("har meldt in", False)]


def test_a_label_centred_beside_a_cell_of_two_lines_is_that_rows_first_cell():
    # Chromium draws the label first, half a line under the first line of the text
    # beside it (corpus 3330): it shares too little height with either line to join
    # their row, and "Saksopplysninger Kommunene har …" read as one paragraph
    text = ("Kommunene har meldt inn tolv turstier langs kysten. Sekretariatet har",
            "laget et forslag til prioritering der stiene nær skolene kommer først.")
    drawn = [(34, 620, "Sak 07/25 Turstier langs kysten", 14, 1.0),
             (34, 583, "Saksopplysninger", 12, 1.0),
             (151, 592, text[0], 12, 1.0), (151, 574, text[1], 12, 1.0),
             (34, 554, "Vedtak", 12, 1.0),
             (151, 554, "Styret slutter seg til forslaget til prioritering av turstier.", 12,
              1.0)]
    blocks = read(scaled_pdf(drawn))
    assert [block.cells for block in blocks[1:]] == [
        ("Saksopplysninger", " ".join(text)),
        ("Vedtak", "Styret slutter seg til forslaget til prioritering av turstier.")]


@pytest.mark.parametrize(("first", "wrapped"), [
    ("Styret godkjenner budsjettet for 2025 med endringene fra møtet i dag.", True),
    ("Styret godkjenner budsjettet for 2025.", False),  # short of the margin
])
def test_a_list_item_wrapped_after_a_stop_goes_on_under_its_hanging_indent(first, wrapped):
    # the item's first line fills the column to its margin and ends a sentence; the
    # next sentence of the item goes on under the item's text, right of its marker
    intro = ("Daglig leder orienterte om budsjettet og om hvordan driften av turstiene "
             "skal deles mellom kommunene i årene som kommer.")
    page = wrapped_page([intro], width=411)
    rest = "Rammen for driften settes til 2,4 millioner kroner."
    y = page[-1][1] - 24
    page += [(72, y, "Vedtak:"), (72, y - 14, "1."), (90, y - 14, first), (90, y - 28, rest),
             (72, y - 42, "2."), (90, y - 42, "Saken tas opp igjen i neste møte.")]
    blocks = read(draw([page]))
    assert [(block.text, block.goes_on) for block in blocks[3:5]] == [
        (f"1. {first}", False), (rest, wrapped)]
    items = [line.text for line in merge_wrapped(to_lines(blocks))][2:]
    assert items[0] == (f"1. {first} {rest}" if wrapped else f"1. {first}")


@pytest.mark.parametrize("low", [200, 150, 110])
def test_paragraphs_in_small_type_that_end_a_page_low_but_over_its_foot_are_text(low):
    # Chromium without a DOCTYPE: the text's last paragraphs, in the paragraphs'
    # smaller type, set apart under the text, end a hand's breadth over the page's
    # foot, where no footer is printed
    drawn = [(72, 760 - 16 * row, f"Styret drøftet punkt {row} på sakslisten.", 12, 1.0)
             for row in range(8)]
    drawn += [(72, low + 24, "Møtet ble hevet kl. 12.30.", 11, 1.0),
              (72, low, "Neste møte: 7. mai 2025.", 11, 1.0)]
    texts = [block.text for block in read(scaled_pdf(drawn))]
    assert texts[-2:] == ["Møtet ble hevet kl. 12.30.", "Neste møte: 7. mai 2025."]


@pytest.mark.parametrize("widest", [0, 1, 3])
def test_touching_cells_are_cut_before_a_small_letter_where_the_column_starts_small(widest):
    # "Magnhild Kvernmo-Aasheimkasserer": the roles are written in small letters, so the
    # widest name touches a small letter; the rows round it start that column with
    # small letters too, and the row is cut there
    rows = [("Torunn Helgesen", "leder"), ("Ragnvald Sæterbø", "medlem"),
            ("Hallstein Fjærvoll", "sekretær")]
    rows.insert(widest, ("Magnhild Kvernmo-Aasheim", "kasserer"))
    blocks = read(touching_table(rows))
    assert [block.cells for block in blocks[1:-1]] == rows


SPAN_TABLE_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><style>
body {{ font: {font} 'DejaVu Sans' }} table {{ border-collapse: collapse }}
td {{ padding: {padding}; vertical-align: {valign}; text-align: left; {border} }}
</style></head><body>
<h1>Referat fra møte i Havbu regionråd</h1>
<p>Tid: 3. mars 2025 kl. 10.00–12.00</p><p>Til stede:</p><table>
{rows}</table><h2>Sak 01/25 Godkjenning av innkalling</h2>
<p>Vedtak: Innkallingen ble godkjent.</p></body></html>"""


def _span_table(rows: str, padding: str, valign: str = "middle", ruled: bool = False,
                font: str = "11pt") -> str:
    """A page of minutes with a table of the given rows, set as WeasyPrint sets it."""
    return SPAN_TABLE_PAGE.format(rows=rows, padding=padding, valign=valign, font=font,
                                  border="border: 1px solid #000" if ruled else "")


def _reads_as_its_html(page: str) -> list[tuple[str, ...]]:
    """The table rows of the page printed to PDF, after checking that the PDF's record
    is the HTML's."""
    weasyprint = pytest.importorskip("weasyprint")
    data = weasyprint.HTML(string=page).write_pdf()
    pdf_record = parse_bytes(data, "referat.pdf").to_dict()
    html_record = parse_bytes(page.encode(), "referat.html").to_dict()
    del pdf_record["source"], html_record["source"]
    assert pdf_record == html_record
    return [block.cells for block in read(data) if block.kind is BlockKind.TABLE_ROW]


FOOT_LABEL_ROWS = """<tr><td>Tid:</td><td>3. mars 2025 kl. 10.00–12.00</td></tr>
<tr><td>Sted:</td><td>Havbu rådhus,<br>Storgata 4</td></tr>
<tr><td>Til stede:</td><td>Solveig Brattland<br>Eilert Fagerhaug<br>Arnfinn Tveitane</td></tr>
<tr><td>Forfall:</td><td>Per Olav Strand<br>Guro Lind</td></tr>"""


@pytest.mark.parametrize("ruled", [False, True])
@pytest.mark.parametrize("padding", ["0", "1px", "2px", "3px"])
def test_labels_set_to_the_foot_of_their_cells_head_the_lines_over_them(padding, ruled):
    # set to the bottom of its row, a label stands on its cell's last line; the cell's
    # other lines over it were drawn after it, and the lines under it are the next
    # row's, drawn after the next label; "Til stede:" and "Arnfinn Tveitane", a pixel
    # apart, are two cells, for lines drawn between them part them
    rows = _reads_as_its_html(_span_table(FOOT_LABEL_ROWS, padding, "bottom", ruled))
    assert rows == [("Tid:", "3. mars 2025 kl. 10.00–12.00"),
                    ("Sted:", "Havbu rådhus, Storgata 4"),
                    ("Til stede:", "Solveig Brattland\nEilert Fagerhaug\nArnfinn Tveitane"),
                    ("Forfall:", "Per Olav Strand\nGuro Lind")]


FIRST_COLUMN_SPAN_ROWS = """<tr><td>Kommune</td><td>Navn</td><td>Funksjon</td></tr>
<tr><td rowspan="2">Vestdal kommune</td><td>Kari Nordmann</td><td>Ordfører, leder</td></tr>
<tr><td>Ola Bø</td><td>Kommunedirektør</td></tr>
<tr><td rowspan="3">Østby kommune</td><td>Per Ås</td><td>Ordfører</td></tr>
<tr><td>Siri Lie</td><td>Varaordfører</td></tr>
<tr><td>Tor Moen</td><td>Kommunedirektør</td></tr>
<tr><td>Nordfjell kommune</td><td>Anne Moe</td><td>Ordfører</td></tr>"""


@pytest.mark.parametrize("padding", ["0", "1px", "2px", "3px"])
def test_a_first_column_cell_centred_over_two_ruled_rows_is_each_rows(padding):
    # "Vestdal kommune", centred over two rows, stands half a row under Kari's baseline
    # and PDFium's line starts with it: the row's gaps and baseline are Kari's, and
    # Ola's row under it takes the merged cell as the borders show it
    rows = _reads_as_its_html(_span_table(FIRST_COLUMN_SPAN_ROWS, padding, ruled=True))
    assert [row[:2] for row in rows[1:]] == [
        ("Vestdal kommune", "Kari Nordmann"), ("Vestdal kommune", "Ola Bø"),
        ("Østby kommune", "Per Ås"), ("Østby kommune", "Siri Lie"),
        ("Østby kommune", "Tor Moen"), ("Nordfjell kommune", "Anne Moe")]


FOUR_THEN_TWO_ROWS = """<tr><td>Navn</td><td>Kommune</td><td>Rolle</td></tr>
<tr><td>Solveig Brattland</td><td rowspan="4">Havbu kommune</td><td>Leder</td></tr>
<tr><td>Eilert Fagerhaug</td><td>Medlem</td></tr>
<tr><td>Guro Lind</td><td>Varamedlem</td></tr>
<tr><td>Bodil Storeng</td><td>Referent</td></tr>
<tr><td>Arnfinn Tveitane</td><td rowspan="2">Sjøvik kommune</td><td>Nestleder</td></tr>
<tr><td>Kari Nesvik</td><td>Medlem</td></tr>"""


@pytest.mark.parametrize("ruled", [False, True])
@pytest.mark.parametrize("padding", ["0", "1px"])
def test_a_two_row_span_right_after_a_four_row_span_keeps_its_columns(padding, ruled):
    # the first row's last cell, drawn after "Havbu kommune" (centred over four rows),
    # jumps back up the page: still the table's row, whose header shows where the
    # columns start, so Arnfinn's narrow gaps part his cells
    rows = _reads_as_its_html(_span_table(FOUR_THEN_TWO_ROWS, padding, ruled=ruled))
    assert [row[1] for row in rows[1:]] == ["Havbu kommune"] * 4 + ["Sjøvik kommune"] * 2


LAST_ROWS_SPAN = """<tr><td>Navn</td><td>Kommune</td><td>Rolle</td></tr>
<tr><td>Solveig Brattland</td><td>Sjøvik kommune</td><td>Leder</td></tr>
<tr><td>Jørgen Pygg Lyngvær</td><td rowspan="2">Havbu kommune</td><td>Medlem</td></tr>
<tr><td>Eilert Fagerhaug</td><td>Varamedlem</td></tr>
<tr><td>Gunnvor Gjøvåg</td><td>Nesvåg kommune</td><td>Referent</td></tr>
<tr><td>Torgny Pyttsø</td><td rowspan="2">Lyngvær kommune</td><td>Medlem</td></tr>
<tr><td>Arne Aas</td><td>Varamedlem</td></tr>"""


@pytest.mark.parametrize("font", ["9pt", "10pt/1.15", "11pt", "12pt/1.3"])
@pytest.mark.parametrize("padding", ["1px", "2px", "3px"])
def test_a_cell_centred_over_two_rows_that_reaches_into_both_keeps_them_apart(font,
                                                                              padding):
    # "Lyngvær kommune", centred over the last two rows, reaches with its descenders
    # into Arne's line as well as Torgny's, which made the two one row in the gaps'
    # count, its middle between their lines: neither found the gaps, and both read as
    # lines of text; with a pixel of padding its last letter touches "Medlem", and the
    # row is cut where the fuller rows above it start that column
    rows = _reads_as_its_html(_span_table(LAST_ROWS_SPAN, padding, font=font))
    assert rows[-2:] == [("Torgny Pyttsø", "Lyngvær kommune", "Medlem"),
                         ("Arne Aas", "Lyngvær kommune", "Varamedlem")]


UNNUMBERED_HEADINGS_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><style>
body { font: 11pt 'DejaVu Sans' } h2 { font-size: 13pt; margin: 14pt 0 4pt }
</style></head><body>
<h1>Referat fra møte i Solbakken kulturråd</h1>
<p>Dato: 2. september 2025, kl. 18.00–20.00</p><p>Sted: Solbakken bibliotek</p>
<h2>Kulturprisen 2025</h2><p>Vedtak: Kulturprisen tildeles Solbakken skolekorps.</p>
<h2>Eventuelt</h2><p>Ingen saker.</p></body></html>"""


def test_headings_in_their_own_size_stand_apart_where_every_line_is_a_paragraph():
    # every paragraph one line with paragraph space around it: the space is the step
    # that occurs most and passes for the line step, so no line stood apart; a heading
    # set larger than the line above or below it still begins a block of its own
    weasyprint = pytest.importorskip("weasyprint")
    blocks = read(weasyprint.HTML(string=UNNUMBERED_HEADINGS_PAGE).write_pdf())
    headings = [b for b in blocks if b.kind is BlockKind.HEADING]
    assert [(b.text, b.gap) for b in headings[1:]] == [("Kulturprisen 2025", True),
                                                       ("Eventuelt", True)]
    assert [item.title for item in parse_bytes(
        weasyprint.HTML(string=UNNUMBERED_HEADINGS_PAGE).write_pdf(), "r.pdf").items] == [
        "Kulturprisen 2025", "Eventuelt"]


WRAPPED_CASE_TITLE_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><style>
body { font: 11pt 'DejaVu Sans'; width: 420pt }</style></head><body>
<h1>Protokoll kontrollutvalget i Austrått kommune</h1>
<p>Tid: 16.09.2025 kl. 09.00–12.15</p>
<h2>PS 18/25 Godkjenning av protokoll</h2><p>Vedtak: Protokollen godkjennes.</p>
<h2>PS 19/25 Forvaltningsrevisjonsrapport: Vedlikehold av kommunale bygg</h2>
<p>Revisor la fram rapporten.</p><p>Vedtak: Rapporten tas til orientering.</p>
</body></html>"""


def test_a_case_title_that_wraps_after_its_colon_is_one_heading():
    # "PS 19/25 Forvaltningsrevisjonsrapport:" / "Vedlikehold av kommunale bygg": a
    # heading line that ends on a colon is a label over another heading unless it opens
    # with a case number
    weasyprint = pytest.importorskip("weasyprint")
    blocks = read(weasyprint.HTML(string=WRAPPED_CASE_TITLE_PAGE).write_pdf())
    assert [b.text for b in blocks if b.kind is BlockKind.HEADING][1:] == [
        "PS 18/25 Godkjenning av protokoll",
        "PS 19/25 Forvaltningsrevisjonsrapport: Vedlikehold av kommunale bygg"]


TOUCHING_NUMBERS_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><style>
body { font: 11pt 'DejaVu Sans' } table { border-collapse: collapse }
td { padding: 0 1px }</style></head><body>
<h1>Referat fra møte i Solvik eldreråd</h1><table>
<tr><td>Sak 01/24</td><td>Godkjenning av innkalling og saksliste</td></tr>
<tr><td></td><td>Vedtak: Godkjent.</td></tr>
<tr><td>Sak 02/24</td><td>Eventuelt</td></tr></table></body></html>"""


def test_a_case_number_touching_the_title_in_an_unpadded_table_is_a_cell_of_its_own():
    # a table without padding sets the widest number's last digit against the title:
    # PDFium gives "Sak 01/24Godkjenning …" as one run, which is two cells
    weasyprint = pytest.importorskip("weasyprint")
    blocks = read(weasyprint.HTML(string=TOUCHING_NUMBERS_PAGE).write_pdf())
    assert [b.cells or b.text for b in blocks[1:]] == [
        ("Sak 01/24", "Godkjenning av innkalling og saksliste"), "Vedtak: Godkjent.",
        ("Sak 02/24", "Eventuelt")]
    data = draw([[(72, 760, "01/24Godkjenning av referat"), (72, 746, "Sak 3/2024Budsjett"),
                  (72, 732, "Vedtatt i sak 12/24 Budsjett"), (72, 718, "Rom 2/3Nord")]])
    assert [b.cells or b.text for b in read(data)] == [
        ("01/24", "Godkjenning av referat"), ("Sak 3/2024", "Budsjett"),
        "Vedtatt i sak 12/24 Budsjett", "Rom 2/3Nord"]


def test_a_running_header_from_page_two_under_a_first_page_letterhead_is_dropped():
    # Word's "different first page": page 1 has the letterhead in the header's margin,
    # page 2 alone the running header; the letterhead reaches as high, yet it is no text
    first = [(72, 800, "SOLVIK KOMMUNE"),
             *((72, 740 - 16 * n, f"Linje {n} om saken fra møtet") for n in range(6))]
    second = [(72, 800, "Solvik eldreråd – Referat 12.03.2024"),
              *((72, 740 - 16 * n, f"Linje {n + 6} om saken fra møtet") for n in range(6))]
    texts = [b.text for b in read(draw([first, second]))]
    assert texts == ["SOLVIK KOMMUNE", *(f"Linje {n} om saken fra møtet" for n in range(12))]


def test_a_capitalised_word_hyphenated_before_a_names_next_word_is_one_word():
    # "Inno-" / "vasjon Norge": the line break's hyphen goes, as in a small word's;
    # "Nord-" / "Norge" and "Helse-" / "og omsorgsetaten" keep theirs
    lines = ["Referat fra møte i Solvik næringsråd", "Dato: 12. mars 2024",
             "Sak 07/24 Næringsfond", "Rådet har fått tilskudd fra Inno-",
             "vasjon Norge og midler fra Nord-", "Norge til Helse-", "og omsorgsetaten."]
    data = draw([[(72, 760 - 14 * n, text) for n, text in enumerate(lines)]])
    assert parse_bytes(data, "referat.pdf").items[0].text == (
        "Rådet har fått tilskudd fra Innovasjon Norge og midler fra Nord-Norge til Helse- "
        "og omsorgsetaten.")


MERGED_NUMBER_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><style>
body { font: 11pt 'DejaVu Sans' } table { border-collapse: collapse; width: 100% }
td { padding: 2px 6px }</style></head><body><h1>Referat fra møte i Solvik ungdomsråd</h1>
<table><tr><td rowspan="3" style="width: 10%">12/24</td><td style="width: 55%">
<b>Busstilbud på kveldstid</b></td><td style="width: 20%"></td><td></td></tr>
<tr><td>Vedtak: Rådet ber om ny rute.</td><td></td><td></td></tr>
<tr><td>Skrive brev til fylket</td><td>Mia Strand</td><td>1. mai</td></tr>
<tr><td>13/24</td><td>Eventuelt</td><td></td><td></td></tr></table></body></html>"""


def test_an_item_number_centred_over_its_rows_goes_with_the_first_of_them():
    # the number cell merged over the item's title, decision and task rows stands on the
    # middle row; drawn with the first row, it comes before the title in the page text
    # and heads that row, as a number set at the top of its cell does
    weasyprint = pytest.importorskip("weasyprint")
    blocks = read(weasyprint.HTML(string=MERGED_NUMBER_PAGE).write_pdf())
    assert [b.cells or b.text for b in blocks[1:5]] == [
        ("12/24", "Busstilbud på kveldstid"), "Vedtak: Rådet ber om ny rute.",
        ("Skrive brev til fylket", "Mia Strand", "1. mai"), ("13/24", "Eventuelt")]



COLUMNS_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><style>
body { font: 11pt 'DejaVu Sans' } p { margin: 0 0 8pt } div { columns: 2; column-gap: 1cm }
.fn { float: footnote; font-size: 8pt }</style></head><body><div>
<p>Revisor orienterte om revisjonen av årsregnskapet for 2023.<span class="fn">Datert 15.
april.</span> Regnskapet viser et mindreforbruk på 4,2 millioner kroner, og revisor har
ingen vesentlige merknader.</p><p>Rapporten viser at saksbehandlingstiden er lengre enn
loven tillater i en tredel av sakene. Kommunedirektøren har svart på rapporten og varslet
tiltak.</p></div></body></html>"""


def test_a_footnote_call_in_newspaper_columns_is_no_jump_to_the_next_column():
    # the left column is drawn first, then the right; PDFium ends the line after the
    # raised call, and the rest of that line on its baseline goes on with it, no jump
    # back up to a new column: the columns read one after the other
    weasyprint = pytest.importorskip("weasyprint")
    blocks = read(weasyprint.HTML(string=COLUMNS_PAGE).write_pdf())
    text = " ".join(b.text for b in blocks)
    assert "for 2023. Regnskapet viser" in text
    assert text.index("ingen vesentlige") < text.index("Rapporten viser")
    assert all(not b.cells for b in blocks)


TALL_ITEM_ROWS = """<tr><td>Sak</td><td>Tema og oppfølging</td><td>Ansvar</td></tr>
<tr><td>14/25</td><td><b>Budsjett 2026</b><br>Sekretæren orienterte om budsjettet. Rådet har
45 000 kroner til disposisjon, og det meste går til møtegodtgjøring og reiser. Rådet
drøftet en temadag om digital hverdag.<br>Vedtak: Budsjettet tas til orientering.</td>
<td>Bodil Storeng</td></tr>
<tr><td>15/25</td><td><b>Eventuelt</b><br>Ingen saker.</td><td></td></tr>"""


@pytest.mark.parametrize("ruled", [False, True])
def test_an_item_number_centred_in_a_tall_row_heads_the_whole_row(ruled):
    # "14/25" and "Bodil Storeng", centred in the row, stand beside the middle of the
    # tall text cell: the lines above them are still their row's (the borders, or the
    # padding between rows, bound it), so the title is no text of the row before
    rows = _reads_as_its_html(_span_table(TALL_ITEM_ROWS, "3px", ruled=ruled))
    assert [row[0] for row in rows[:2]] == ["Sak", "14/25"]
    assert rows[1][1].startswith("Budsjett 2026\nSekretæren orienterte")
    assert rows[1][1].endswith("digital hverdag.\nVedtak: Budsjettet tas til orientering.")
    assert rows[1][2].split() == ["Bodil", "Storeng"]


MERGED_NUMBER_ROWS = """<tr><td>Sak</td><td>Tema og oppfølging</td><td>Ansvar</td></tr>
<tr><td rowspan="2">14/25</td><td colspan="2"><b>Budsjett 2026</b></td></tr>
<tr><td>Sekretæren orienterte om budsjettet. Rådet har 45 000 kroner til disposisjon,
og det meste går til møtegodtgjøring og reiser.<br>Vedtak: Budsjettet tas til
orientering.</td><td>Bodil Storeng</td></tr>"""


def test_an_item_number_merged_over_its_title_and_text_rows_heads_the_title():
    # the ruled number cell spans the title's row and the tall row under it and stands
    # in the middle of the tall one: the borders of its cell show the title's row is
    # its first, and the tall row under it (no first cell) is read whole
    weasyprint = pytest.importorskip("weasyprint")
    page = _span_table(MERGED_NUMBER_ROWS, "3px", ruled=True)
    rows = [block.cells for block in read(weasyprint.HTML(string=page).write_pdf())
            if block.kind is BlockKind.TABLE_ROW]
    assert rows[1] == ("14/25", "Budsjett 2026")
    assert rows[2][0] == ""
    assert rows[2][1].startswith("Sekretæren orienterte om budsjettet.")
    assert rows[2][1].endswith("reiser.\nVedtak: Budsjettet tas til orientering.")
    assert rows[2][2].split() == ["Bodil", "Storeng"]


NOTES_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><style>


@page {{ size: A5; margin: 1.5cm }} body {{ font: 11pt 'DejaVu Serif' }} p {{ margin: 0 0 6pt }}
.fn {{ float: footnote; font-size: 10.5pt }} .fn::footnote-call {{ vertical-align: baseline;
font-size: 11pt }} .s::footnote-call {{ content: "*" }} .s::footnote-marker {{ content: "* " }}
.d::footnote-call {{ content: "†" }} .d::footnote-marker {{ content: "† " }}
</style></head><body><h1>Protokoll fra møte i Storfjord formannskap</h1>
<p>Sak 12/24 Økonomirapport</p>{body}</body></html>"""


def test_footnotes_in_the_bodys_size_with_marks_the_text_calls_are_no_text():
    # notes in nearly the body's size at the page's foot, opening with marks that the
    # text calls ("vedtatt*", "i fjor†"): the notes go, and the calls leave the words
    weasyprint = pytest.importorskip("weasyprint")
    body = ("<p>Innstillingen ble vedtatt<span class='fn s'>Bjørn Lie stemte mot.</span> "
            "med 4 mot 1 stemme.</p><p>Sykefraværet har gått ned siden i fjor<span "
            "class='fn d'>Tall fra personalavdelingen.</span>.</p>")
    texts = [block.text for block in read(weasyprint.HTML(
        string=NOTES_PAGE.format(body=body)).write_pdf())]
    assert "Innstillingen ble vedtatt med 4 mot 1 stemme." in texts
    assert "Sykefraværet har gått ned siden i fjor." in texts
    assert not any("Bjørn Lie" in text or "personalavdelingen" in text for text in texts)


def test_a_list_at_the_foot_of_a_page_that_nothing_calls_stays():
    # "a) …" / "b) …" closing the page in the body's size: no word carries "a)", so
    # they are the item's list, not notes
    weasyprint = pytest.importorskip("weasyprint")
    body = ("<p>Vedtak:</p>" + "<p>Formannskapet slutter seg til rapporten.</p>" * 18 +
            "<p>a) Tiltakene settes i verk straks.</p><p>b) Rapporten sendes kommunestyret.</p>")
    texts = [block.text for block in read(weasyprint.HTML(
        string=NOTES_PAGE.format(body=body)).write_pdf())]
    assert texts[-2:] == ["a) Tiltakene settes i verk straks.",
                          "b) Rapporten sendes kommunestyret."]


def test_line_numbers_drawn_after_their_lines_text_are_no_text():
    # numbers in the left margin, every fifth line, drawn after their lines' text:
    # PDFium ends "… 10" and "… 15" with them (and reads "5" as a first cell); a
    # number that stands left of where every line starts is a line number either way
    weasyprint = pytest.importorskip("weasyprint")
    texts = ["Protokoll fra møte i Solvang eldreråd", "Dato: 6. mars 2024",
             "Sted: Solvang rådhus", "Til stede: Berit Holm, Arne Lunde",
             "Forfall: Ruth Berg", "Sak 8/24 Godkjenning av innkalling",
             "Vedtak: Innkallingen godkjennes.", "Sak 9/24 Høring om omsorgsplanen",
             "Rådet gikk gjennom høringsutkastet.", "Rådet ønsker mer om dagtilbud.",
             "Rådet ønsker mer om transport.", "Vedtak: Rådet gir uttalelse.",
             "Sak 10/24 Eventuelt", "Ingen saker.", "Møtet ble hevet."]
    rows = "".join(f'<div class="l"><span class="n">{n if n % 5 == 0 else ""}</span>'
                   f"<span>{text}</span></div>" for n, text in enumerate(texts, 1))
    page = ("<!DOCTYPE html><html><head><meta charset='utf-8'><style>@page { margin: 2cm "
            "2cm 2cm 2.5cm } body { font: 11pt/1.5 'DejaVu Serif' } .l { position: relative }"
            " .n { position: absolute; left: -1.2cm; width: .8cm; text-align: right;"
            " font-size: 8pt }</style></head><body>" + rows + "</body></html>")
    assert [block.text for block in read(weasyprint.HTML(string=page).write_pdf())] == texts


def test_a_superscript_digit_call_leaves_the_word_when_its_note_stands_below():
    # "budsjett¹" typed with the superscript character, its note "¹ Se vedlegg 2."
    # in the body's size at the page's foot: the call is no part of the word
    weasyprint = pytest.importorskip("weasyprint")
    body = ("<p>Saken gjelder justering av budsjett<span class='fn u'>Se vedlegg 2.</span>"
            " for barnehagene.</p>")
    page = NOTES_PAGE.format(body=body).replace(
        "</style>", ".u::footnote-call { content: '¹' } .u::footnote-marker "
        "{ content: '¹ ' }</style>")
    texts = [block.text for block in read(weasyprint.HTML(string=page).write_pdf())]
    assert "Saken gjelder justering av budsjett for barnehagene." in texts
    assert not any("vedlegg" in text for text in texts)


def drawn(items: list[tuple[str, float, float, float, str]], char_space: float = 0.0,
          *more: list[tuple[str, float, float, float, str]]) -> bytes:
    """Pages drawn in the order given (``items``, then each of ``more``): (font, size, x,
    y, text), the fonts "R" and "B" (DejaVu and DejaVu bold), each text with
    ``char_space`` points between its letters."""
    for name, path in (("DejaVu", FONT), ("DejaVu-Bold", FONT_BOLD)):
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, path))
    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    for page in (items, *more):
        for font, size, x, y, text in page:
            piece = pdf.beginText(x, y)
            piece.setFont("DejaVu-Bold" if font == "B" else "DejaVu", size)
            piece.setCharSpace(char_space)
            piece.textOut(text)
            pdf.drawText(piece)
        pdf.showPage()
    pdf.save()
    return out.getvalue()


BODY_UNDER_LETTERHEAD = [("B", 16, 56, 720, "Møteprotokoll"),
                         ("R", 11, 56, 690, "Utvalg: Eldrerådet"),
                         ("R", 11, 56, 675, "Dato: 12.03.2024")]


def test_a_letterhead_of_word_mark_and_address_reads_block_by_block():
    # the word mark beside the logo ("Solvik" large over "kommune") and the address in
    # 8 pt at the right, drawn one block and then the other: their lines interleave by
    # height, and sorted by height "Solvik" and "Besøksadresse" would make a row
    data = drawn([("B", 15, 98, 780, "Solvik"), ("R", 10, 98, 766, "kommune"),
                  ("R", 8, 390, 792, "Postadresse: Postboks 40, 8890 Solvik"),
                  ("R", 8, 390, 782, "Besøksadresse: Rådhusgata 2"),
                  ("R", 8, 390, 772, "Telefon: 75 12 34 00"), *BODY_UNDER_LETTERHEAD])
    assert [block.text for block in read(data)][:6] == [
        "Solvik", "kommune", "Postadresse: Postboks 40, 8890 Solvik",
        "Besøksadresse: Rådhusgata 2", "Telefon: 75 12 34 00", "Møteprotokoll"]


def test_a_letterhead_of_two_blocks_on_every_page_is_furniture():
    # the same letterhead at the top of both pages: all five of its lines repeat, though
    # read block by block they reach deeper than a header's usual four
    head = [("B", 15, 98, 780, "Solvik"), ("R", 10, 98, 766, "kommune"),
            ("R", 8, 390, 792, "Postadresse: Postboks 40, 8890 Solvik"),
            ("R", 8, 390, 782, "Besøksadresse: Rådhusgata 2"),
            ("R", 8, 390, 772, "Telefon: 75 12 34 00")]
    second = [*head, ("B", 13, 56, 720, "PS 6/24 Budsjett"),
              ("R", 11, 56, 700, "Vedtak: Budsjettet vedtas."),
              ("R", 11, 56, 686, "Rådet tar saken til orientering.")]
    texts = [block.text for block in read(drawn([*head, *BODY_UNDER_LETTERHEAD], 0.0, second))]
    assert "kommune" not in texts
    assert texts[-3:] == ["PS 6/24 Budsjett", "Vedtak: Budsjettet vedtas.",
                          "Rådet tar saken til orientering."]


def test_labels_and_values_drawn_column_by_column_in_one_size_stay_rows():
    # a header table drawn cell by cell (labels down, then values down) is no letterhead:
    # both blocks in the body's size, read as rows
    data = drawn([("R", 11, 56, 760, "Utvalg:"), ("R", 11, 56, 745, "Møtested:"),
                  ("R", 11, 200, 760, "Eldrerådet"), ("R", 11, 200, 745, "Solvik rådhus"),
                  ("R", 11, 56, 700, "Sak 5/24 Budsjett")])
    assert [block.text for block in read(data)] == [
        "Utvalg:\tEldrerådet", "Møtested:\tSolvik rådhus", "Sak 5/24 Budsjett"]


TITLE_AND_TEXT = [("B", 15, 56, 740, "Referat fra styremøte i Havbu båtforening"),
                  ("R", 11, 56, 712, "Dato: 5. mars 2024 kl. 18:00–20:00"),
                  ("R", 11, 56, 698, "Sted: Klubbhuset"),
                  ("R", 11, 56, 684, "Til stede: Per Hansen (leder), Lise Moe, Tor Aas"),
                  ("B", 11, 56, 660, "Sak 1/24 Utleie av båtplasser"),
                  ("R", 11, 56, 646, "Vedtak: Leien økes med 5 prosent fra 1. mai.")]


@pytest.mark.parametrize("stamp", [
    [("B", 11, 460, 775, "GODKJENT"), ("R", 9, 462, 762, "12.03.2024")],  # over the title
    [("B", 11, 460, 740, "GODKJENT"), ("R", 9, 462, 727, "12.03.2024")],  # on its baseline
    [("R", 9, 410, 756, "Godkjent i styremøte 9.4.2024"), ("R", 9, 440, 740, "sak 7/24")],
    [("R", 9, 420, 760, "Godkjend 9. april 2024")],
    # the date within the title's height: PDFium glues it before the title's words
    [("B", 11, 460, 759, "GODKJENT"), ("R", 9, 462, 746, "12.03.2024")],
    # the word within it: "GODKJENT Referat …" with the date beside the title
    [("B", 11, 460, 738, "GODKJENT"), ("R", 9, 462, 725, "12.03.2024")],
])
def test_an_approval_stamp_by_the_title_is_no_text(stamp):
    # put on the minutes when the next meeting approved them: read as text it would
    # stand before the title, give its date as the meeting's, or make the title a row
    for order in ([*stamp, *TITLE_AND_TEXT], [*TITLE_AND_TEXT, *stamp]):
        assert [block.text for block in read(drawn(order))] == [
            text for _, _, _, _, text in TITLE_AND_TEXT]


@pytest.mark.parametrize("outcome", ["Godkjent uten merknader", "Godkjent"])
def test_an_outcome_in_an_item_table_is_no_stamp(outcome):
    # "Godkjent" right of the middle at the top of the page, in an item table's row:
    # undated, or the rest of a sentence, it is the item's outcome
    data = drawn([("B", 14, 56, 780, "Referat"),
                  ("R", 11, 56, 750, "1/24"), ("R", 11, 100, 750, "Godkjenning av innkalling"),
                  ("R", 11, 380, 750, outcome)])
    assert [block.text for block in read(data)] == [
        "Referat", f"1/24\tGodkjenning av innkalling\t{outcome}"]


def test_a_heading_set_letter_spaced_has_its_words_back():
    # letter-spacing widens every gap between letters alike; PDFium takes some of them
    # for spaces and drops real ones, and the letters' places give the words back
    data = drawn([("B", 12, 56, 760, "Til stede"),
                  ("B", 12, 56, 740, "Sak 2/25 Forvaltningsrevisjon av innkjøp")],
                 char_space=2.5)
    assert [block.text for block in read(data)] == [
        "Til stede", "Sak 2/25 Forvaltningsrevisjon av innkjøp"]


def test_plain_text_with_short_words_keeps_its_spaces():
    # lone letters ("i", "å") in a line of plain type are words of their own
    data = drawn([("R", 11, 56, 760, "Vi tar i år sikte på å gå i mål i mai.")])
    assert [block.text for block in read(data)] == ["Vi tar i år sikte på å gå i mål i mai."]


def test_a_browsers_print_stamp_at_the_top_of_page_one_is_dropped():
    # a web mail printed from the browser: "06.02.2025, 10:21" in small type over the
    # mail is when it was printed, not the meeting's day and start; a small letterhead
    # there stays (the test above)
    data = scaled_pdf([(40, 815, "06.02.2025, 10:21", 8, 1.0),
                       (60, 770, "Fra: Kari Nyhus", 11, 1.0),
                       (60, 754, "Emne: Referat næringsforum 5. februar", 11, 1.0),
                       (60, 720, "Til stede: Knut Hval, Randi Lunner", 11, 1.0)])
    assert [b.text for b in read(data)] == [
        "Fra: Kari Nyhus", "Emne: Referat næringsforum 5. februar",
        "Til stede: Knut Hval, Randi Lunner"]


def small_caps_pdf(lines: list[list[tuple[float, str]]]) -> bytes:
    """A page of lines, each of runs (size, text) in Helvetica bold: small caps drawn as
    capitals in a smaller size, as a word processor sets them."""
    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    for n, runs in enumerate(lines):
        piece = pdf.beginText(56, 760 - 20 * n)
        for size, text in runs:
            piece.setFont("Helvetica-Bold", size)
            piece.textOut(text)
        pdf.drawText(piece)
    pdf.showPage()
    pdf.save()
    return out.getvalue()


def test_a_small_cap_the_text_layer_gives_as_a_capital_is_a_small_letter_again():
    # "Til sTede": the short "T" inside the word is a small cap whose glyph maps to the
    # capital's code; a name's capital ("McLean") stands as tall as the line's others
    data = small_caps_pdf([
        [(12, "T"), (9, "il s"), (9, "T"), (9, "ede")],
        [(12, "S"), (9, "ak 2/25 "), (12, "F"), (9, "orval"), (9, "T"), (9, "ningsrevisjon")],
        [(11, "Kari McLean og Ola iPhone")]])
    assert [block.text for block in read(data)] == [
        "Til stede", "Sak 2/25 Forvaltningsrevisjon", "Kari McLean og Ola iPhone"]


def test_whole_lists_in_one_ruled_row_under_present_and_absent_stay_one_row():
    # Word draws a ruled table cell by cell: the "Til stede" cell's five names, then the
    # "Forfall" cell's two jump back up beside them. That is one row of the table under
    # its heading row, its cells' lines kept, not a page section set in two columns (read
    # column by column), and the page's running header of two pieces above is no row of
    # the table; each line of a cell is one person
    from reportlab.lib import colors
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    if "DejaVu" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DejaVu", FONT))
    style = getSampleStyleSheet()["Normal"]
    style.fontName = "DejaVu"
    present = ["Kari Holm, Farsund kommune", "Ole Vik, Flekkefjord kommune",
               "Siri Lie, Kvinesdal kommune", "Tor Aas, Sørlandet sykehus",
               "Eli Berg, Listersamarbeidet"]
    absent = ["Per Lunde, Lyngdal kommune", "Aud Moe, Sirdal kommune"]
    table = Table([[Paragraph("Til stede", style), Paragraph("Forfall", style)],
                   [Paragraph("<br/>".join(present), style),
                    Paragraph("<br/>".join(absent), style)]], colWidths=[240, 240])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))

    def header(page, _doc):
        page.setFont("DejaVu", 12)
        page.drawString(57, 800, "Listersamarbeidet")
        page.drawString(400, 800, "Helsefaglig nettverk")
        page.line(57, 795, 540, 795)

    out = io.BytesIO()
    SimpleDocTemplate(out).build([Paragraph("Referat", style), table], onFirstPage=header)
    rows = [b.cells for b in read(out.getvalue()) if b.kind is BlockKind.TABLE_ROW]
    assert rows[1:] == [("Til stede", "Forfall"), ("\n".join(present), "\n".join(absent))]
    people = parse_bytes(out.getvalue(), "referat.pdf").participants
    assert [(p.name, p.attendance) for p in people] == [
        (entry.split(",")[0], "present") for entry in present] + [
        (entry.split(",")[0], "absent") for entry in absent]


def test_a_running_header_with_a_name_and_a_day_over_a_bare_title_names_and_dates_it():
    # "Nordvik havneråd – 22.05.2025" at the top of both pages, the body titled only
    # "Møtereferat" and giving no day: the name is read over the title, the day as "Dato:"
    pages = [[(72, 800, "Nordvik havneråd – 22.05.2025"), (72, 740, "Møtereferat"),
              (72, 724, "Sted: Havnekontoret"), (72, 708, "Sak 1/25 Budsjett")],
             [(72, 800, "Nordvik havneråd – 22.05.2025"), (72, 740, "Sak 2/25 Regnskap"),
              (72, 724, "Vedtak: Godkjent.")]]
    assert [b.text for b in read(draw(pages))] == [
        "Dato: 22.05.2025", "Nordvik havneråd", "Møtereferat", "Sted: Havnekontoret",
        "Sak 1/25 Budsjett", "Sak 2/25 Regnskap", "Vedtak: Godkjent."]


@pytest.mark.parametrize("rules", ["GRID", "LINEBELOW"])
def test_a_row_whose_every_cell_wraps_is_one_row(rules):
    # "12/25 Søknad om" / "tilskot til …" beside "Eikjo kommune søkjer om 150" / "000 kr
    # …": the rest of each cell under the row's first line, no border between them (all
    # rows ruled), or (a rule under the heading only) a line opening in lower case
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    if "DejaVu" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DejaVu", FONT))
    style = getSampleStyleSheet()["Normal"]
    style.fontName, style.fontSize, style.leading = "DejaVu", 10, 12
    rows = [["Sak", "Drøfting", "Vedtak"],
            ["12/25 Søknad om tilskot til reiselivsprosjekt",
             "Eikjo kommune søkjer om 150 000 kr til felles marknadsføring.",
             "Regionrådet løyver 150 000 kr frå regionale utviklingsmidlar."],
            ["13/25 Eventuelt", "Ingen saker.", ""]]
    table = Table([[Paragraph(cell, style) for cell in row] for row in rows],
                  colWidths=[100, 150, 150])
    lines = (-1, -1) if rules == "GRID" else (-1, 0)
    table.setStyle(TableStyle([(rules, (0, 0), lines, 0.5, (0, 0, 0)),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    out = io.BytesIO()
    SimpleDocTemplate(out).build([table])
    assert [b.cells for b in read(out.getvalue())] == [
        ("Sak", "Drøfting", "Vedtak"),
        ("12/25 Søknad om tilskot til reiselivsprosjekt",
         "Eikjo kommune søkjer om 150 000 kr til felles marknadsføring.",
         "Regionrådet løyver 150 000 kr frå regionale utviklingsmidlar."),
        ("13/25 Eventuelt", "Ingen saker."),
    ]



def test_a_line_of_small_caps_whose_first_letter_is_typed_small_reads_as_typed():
    # a template's small caps: "sak 2/25" keeps its small "s", the short capitals after
    # it are small letters; a typed capital ("F") stands full height and stays
    data = small_caps_pdf([
        [(12, "s"), (9, "AK 2/25 "), (12, "F"), (9, "ORVALTNINGSREVISJON")],
        [(12, "t"), (9, "IL STEDE")],
        [(11, "Ola iOS og Kari eBAY")]])
    assert [block.text for block in read(data)] == [
        "sak 2/25 Forvaltningsrevisjon", "til stede", "Ola iOS og Kari eBAY"]


@pytest.mark.parametrize(("header", "kept"), [
    # a name beside the body's line: the whole header is handed on, the extractor judges
    (["Fjordvik idrettslag\tHovedstyret 12.03.2025"], ["Fjordvik idrettslag", "Hovedstyret"]),
    # a kommune alone is handed on as before; a header of digits names no parent, but
    # (s77l) the minutes' word and their day is handed on for the meeting's day
    (["Nordby kommune\tSide 1 av 3"], ["Nordby kommune"]),
    (["Referat 12.03.2025\tSide 1 av 3"], ["Referat"]),
    (["Side 1 av 3\t12.03.2025"], []),
    # a name alone is handed on too: the extractor reads a club or a regional council as
    # the parent of the board or committee the title names (``minutes._parent_alone``)
    (["Fjordvik idrettslag"], ["Fjordvik idrettslag"]),
    # a council's name before its address in a footer: the name alone, the address is none
    (["Vestfjell interkommunale politiske råd · Storgata 4, 3580 Geilo · www.vestfjell.no"],
     ["Vestfjell interkommunale politiske råd"]),
    (["Vestfjellrådet | Postboks 12, 6800 Vik"], ["Vestfjellrådet"]),
    (["Vestfjellrådet"], ["Vestfjellrådet"]),  # (a council's one word of its own)
    # a group's name beside its network's, split by a dash (``minutes._parent_beside_group``)
    (["Nettverk for kommunal beredskap Vestkyst – Administrativ gruppe"],
     ["Nettverk for kommunal beredskap Vestkyst – Administrativ gruppe"]),
    # (s70f) a name before the minutes' word and number: the name alone
    (["Stiftelsen Helgeland kystmuseum – Styreprotokoll 4/2025"],
     ["Stiftelsen Helgeland kystmuseum"]),
    # (s70f) a group written small before its name, beside its programme
    (["Den kulturelle skolesekken Innlandet – regiongruppe Hadeland"],
     ["Den kulturelle skolesekken Innlandet – regiongruppe Hadeland"]),
    # (s76l) a network's long name by its noun and its region, alone: handed on whole
    (["Regionalt oppvekstnettverk Vestfjord og Indre Nord"],
     ["Regionalt oppvekstnettverk Vestfjord og Indre Nord"]),
    # a long line without a body's noun is no name of one
    (["Alle saker om skole og barnehage i regionen"], []),
    # (s77l) the minutes' word and a full date, the meeting's day only there: handed on
    (["Sammanträdesprotokoll 2027-01-28"], ["Sammanträdesprotokoll 2027-01-28"]),
    (["Møteprotokoll – arbeidsutvalget 4. mars 2027"],
     ["Møteprotokoll – arbeidsutvalget 4. mars 2027"]),
    # … not a print's date, nor a date without the minutes' word
    (["Utskrift 28.01.2027"], []),
    (["Versjon 2 – 28.01.2027"], []),
])
def test_a_name_beside_the_body_in_a_running_header_is_handed_on(header, kept):
    from motebok.read.blocks import municipal_furniture
    found = municipal_furniture(header)
    assert [line.split(" 12.03")[0] for line in found] == kept


def _row(y: float, cells: tuple[str, ...]) -> list[tuple[float, float, str]]:
    """A table row drawn cell by cell at the columns of a four-column task table."""
    return [(x, y, cell) for x, cell in zip((72, 140, 360, 470), cells, strict=True)]


@pytest.mark.parametrize("below", [
    # the table's last row alone on the new page, then the signatures' heading
    [(72, 770, "Signaturer"), (72, 754, "Signert elektronisk av Knut Aasen, 02.06.2025")],
    # a row wrapped to two lines, then the next row of the same table
    _row(770, ("21/2025", "Sende tilsagnsbrev", "Anne Kari Sørum", "13.06.2025")),
])
def test_a_tables_row_carried_to_the_top_of_the_next_page_is_no_running_header(below):
    # a board portal's task table runs over the page break: the row at the top of page 2
    # stands higher than page 1's text (whose title stands apart above it) and holds a
    # date, as a running header would; but it has the table's columns
    first = [(72, 780, "Protokoll – Styremøte 4/2025"),
             *((72, 740 - 16 * i, f"Styret drøftet punkt {n}.") for i, n in enumerate(range(38))),
             *_row(120, ("Sak", "Oppfølgingspunkt", "Ansvarlig", "Frist")),
             *_row(104, ("19/2025", "Sende protokollen", "Knut Aasen", "30.05.2025"))]
    carried = _row(810, ("20/2025", "Sende årsregnskapet", "Daglig leder", "06.06.2025"))
    texts = [b.text for b in read(draw([first, carried + below]))]
    assert "20/2025\tSende årsregnskapet\tDaglig leder\t06.06.2025" in texts


def _justified(x: float, y: float, text: str, width: float,
               size: float = 11) -> list[tuple[float, float, str, float]]:
    """A line justified to ``width`` the way Word prints it: word by word, the space
    between the words spread evenly to the right margin."""
    words = text.split()
    room = width - sum(pdfmetrics.stringWidth(word, "DejaVu", size) for word in words)
    space = room / (len(words) - 1)
    pieces = []
    for word in words:
        pieces.append((x, y, word, size))
        x += pdfmetrics.stringWidth(word, "DejaVu", size) + space
    return pieces


def test_a_justified_paragraph_is_running_text_not_a_table():
    # Word spreads a justified line's words to the margin; its wide word spaces, all
    # alike, are no column gaps, and the short last line under them no table's cell
    # ("april 2025. Sekretariatet samordner fylkeskommunen. ⇥ innspillene …")
    _drawn_in_pieces([])  # registers the font
    lines = ["Vedtak: Regionrådet ber kommunene melde inn prioriterte områder innen 1.",
             "april 2025. Sekretariatet samordner innspillene og sender en søknad til"]
    data = _drawn_in_pieces([*_justified(72, 700, lines[0], 450),
                             *_justified(72, 684, lines[1], 450),
                             (72, 668, "fylkeskommunen.", 11)])
    assert [b.cells or b.text for b in read(data)] == [*lines, "fylkeskommunen."]


def test_evenly_spaced_ticks_under_their_months_stay_cells():
    # a grid of marks in equal columns is spread as evenly as a justified line; its
    # gaps start where the gaps of the rows around it start
    _drawn_in_pieces([])
    rows = [("Navn", "Jan", "Feb", "Mar", "Apr"), ("Kari Holm", "X", "X", "X", "X"),
            ("Per Berg", "X", "X", "X", "X")]
    pieces = [(72 + (0 if k == 0 else 100 + 60 * k), 700 - 16 * n, cell, 11)
              for n, row in enumerate(rows) for k, cell in enumerate(row)]
    assert [b.cells for b in read(_drawn_in_pieces(pieces))] == rows


def test_a_wingdings_bullet_read_as_a_letter_is_a_list_marker():
    # a Wingdings square whose font maps no characters reaches the text layer as its
    # byte read as a letter, "§"; set apart by the hanging indent it opens a list item,
    # and a word of the item that starts where the next level's text does is no column
    _drawn_in_pieces([])
    item = _word_by_word(108, 684, "En felles mal er enklere.", 11)
    deeper = item[1][0]  # "felles" starts where the sub-item's text does
    data = _drawn_in_pieces([
        (72, 700, "Nettverket drøftet erfaringene:", 11), (90, 684, "§", 11), *item,
        (deeper - 18, 668, "o", 11), (deeper, 668, "Energibruk i bygg er godt dokumentert.", 11)])
    assert [(b.kind, b.text) for b in read(data)] == [
        (BlockKind.PARAGRAPH, "Nettverket drøftet erfaringene:"),
        (BlockKind.LIST_ITEM, "- En felles mal er enklere."),
        (BlockKind.LIST_ITEM, "o Energibruk i bygg er godt dokumentert.")]
    # a paragraph of the statutes in a column of its own stays one ("§ ⇥ 12 Valg av styre")
    assert _merge_marker(["§", "12 Valg av styre"]) == ["§", "12 Valg av styre"]


@pytest.mark.parametrize("piece", [
    "  Kari Holm ", "Åsen kommune", "Referent (sekretær)", "Leder, AU:", "Holm¹",
    "m² og km³", "kl. ni", "   ", "Nestleder / vara"])
def test_a_cell_of_a_row_without_digits_reads_as_when_its_searches_are_asked(piece):
    # a row without a digit skips each cell's searches for a note's mark and raised
    # minutes ("Holm1", "10³⁰"): both need a digit, so the cell reads the same
    text = f"Navn\t{piece}\tMøtte"
    begin, end = 5, 5 + len(piece)
    assert _cell_text(text, begin, end, None, digits=False) == \
        _cell_text(text, begin, end, None) == piece.strip()


@pytest.mark.parametrize("line", [
    "Saken ble vedtatt.1 Se vedlegg", "Kari Holm12 og Per Dahl3 deltok", "Møtet startet kl. 1030",
    "Areal 120 m2 (brutto)", "Rådet,2 jf. sak 4/25", "1 Åpning", "Budsjett 2025: 1 200 000",
    "Holm¹ og 7", "x)12 og y.3", "Ingen tall her"])
def test_a_lines_digit_rules_search_from_its_first_digit_as_from_its_start(line):
    # the note-mark and raised-minute searches of a line start at its first digit
    # (the note mark at the sign before it): their look-behinds still see the letters
    # before it, so they find what a search from the line's start finds
    from motebok.read.pdf import _DIGIT, _NOTE_MARK, _RAISED_MINUTES, _WORD_NOTE_MARK
    digit = _DIGIT.search(line)
    at = digit.start() if digit is not None else 0
    for pattern, start in ((_NOTE_MARK, at - 1 if at else 0), (_WORD_NOTE_MARK, at),
                           (_RAISED_MINUTES, at)):
        whole, part = pattern.search(line), pattern.search(line, start)
        assert (whole and (whole.span(), whole.groups())) == \
            (part and (part.span(), part.groups()))


def test_a_councils_name_in_the_running_header_stays_over_a_body_of_its_own():
    # the header names the council on every page, over "Referat frå møte i
    # arbeidsutvalet": dropped as repeated furniture it would be lost, where a one-page
    # PDF keeps it as the letterhead it is
    header = "Nordhordvik interkommunale politiske råd"
    pages = [[(72, 800, header), (72, 740, "Referat frå møte i arbeidsutvalet"),
              (72, 724, "Møtedato: 15.10.2025"), (72, 708, "Sak 1 Godkjenning")],
             [(72, 800, header), (72, 740, "Sak 2 Eventuelt"), (72, 724, "Ingen saker.")]]
    texts = [b.text for b in read(draw(pages))]
    assert texts[:2] == [header, "Referat frå møte i arbeidsutvalet"]
    assert texts.count(header) == 1
    # a header that names the council the title names already adds nothing
    titled = [[(x, y, "Referat frå møte i Nordhordvik interkommunale politiske råd"
                if y == 740 else text) for x, y, text in pages[0]], pages[1]]
    assert header not in [b.text for b in read(draw(titled))]


def test_a_list_in_css_columns_with_spaced_entries_is_read_down_each_column():
    # WeasyPrint sets a list in CSS columns with a paragraph's space between its parts:
    # the first column opens with a label under its space, the second starts higher, a
    # name's bracket wraps onto a line of its own; read down each column as drawn
    left = [(72, 660, "Til stede"), (72, 638, "Kari Holm, Moen kommune"), (72, 626, "(leder)"),
            (72, 614, "Per Lie, Moen kommune"), (72, 602, "Eva Dahl, Ås kommune")]
    right = [(300, 670, "Ola Berg, Ås kommune"), (300, 648, "Forfall"),
             (300, 626, "Nina Bø, Ås kommune")]
    data = draw([[(72, 700, "Møtested: Rådhuset"), *left, *right, (72, 560, "Sak 1/25 Referat")]],
                size=10)
    assert [b.text for b in read(data)] == [
        "Møtested: Rådhuset", "Til stede", "Kari Holm, Moen kommune", "(leder)",
        "Per Lie, Moen kommune", "Eva Dahl, Ås kommune", "Ola Berg, Ås kommune", "Forfall",
        "Nina Bø, Ås kommune", "Sak 1/25 Referat"]


def test_a_running_header_on_a_landscape_page_is_the_same_furniture():
    # a wide table on a landscape page: the running header stands as far below the top
    # edge as on the upright pages, at another height from the bottom; dropped on both
    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    if "DejaVu" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DejaVu", FONT))
    for size, body in (((595, 842), ["Referat fra styremøte", "Sak 1/25 Budsjett",
                                     "Budsjettet ble vedtatt."]),
                       ((842, 595), ["Tiltak\u2003Ansvar", "Sak 2/25 Eventuelt"])):
        pdf.setPageSize(size)
        pdf.setFont("DejaVu", 9)
        pdf.drawString(60, size[1] - 40, "Faggruppe helse – Åsdal-samarbeidet")
        pdf.setFont("DejaVu", 11)
        for n, text in enumerate(body):
            pdf.drawString(60, size[1] - 90 - 20 * n, text)
        pdf.showPage()
    pdf.save()
    blocks = read(out.getvalue())
    assert "Faggruppe helse – Åsdal-samarbeidet" not in [b.text for b in blocks]
    assert blocks.furniture == ["Faggruppe helse – Åsdal-samarbeidet"]


CENTRED_BESIDE_WRAPPED_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><style>
body {{ font: 10.5pt/1.4 'DejaVu Sans' }} table {{ border-collapse: collapse }}
td {{ border: 0.5pt solid #444; padding: {padding} 5pt; width: {width} }}</style></head><body>
<p>Deltakere</p><table>
<tr><td>Navn</td><td>Kommune</td><td>Rolle</td><td>Oppmøte</td></tr>
<tr><td>Laila Stenberg</td><td>Brudal kommune</td><td>Kommunedirektør</td><td>Forfall</td></tr>
<tr><td>Per Olav Haugenstad</td><td>Tofte kommune</td><td>Kommunedirektør</td><td>Møtt</td></tr>
<tr><td>Sigrid Nøst</td><td>Sørkyst regionråd</td><td>Daglig leder, referent</td><td>Møtt</td></tr>
<tr><td>Ragnhild Eide</td><td>Vangsøy kommune</td><td>Observatør</td><td>Møtt</td></tr>
</table><p>Møtet ble hevet kl. 14.00.</p></body></html>"""


@pytest.mark.parametrize("width", ["2.6cm", "3.2cm"])
@pytest.mark.parametrize("padding", ["3pt", "5pt"])
def test_a_cell_of_two_lines_beside_cells_centred_in_its_row_stays_in_the_row(padding, width):
    # HTML centres a table's cells vertically: beside "Per Olav" / "Haugenstad" the
    # other cells stand half a line under the name's first line, which lay over the row
    # as a line of its own (a row "Per Olav" with its other cells empty: no two rows lie
    # that close); beside "Daglig leder," / "referent" the centred "Møtt" came on the
    # role's second line in PDFium's text, too far under the row's middle to find its
    # gaps, and was read as part of the role; "Laila" / "Stenberg" the other way round,
    # the first line read with the centred cells and the second half a line under them
    weasyprint = pytest.importorskip("weasyprint")
    page = CENTRED_BESIDE_WRAPPED_PAGE.format(padding=padding, width=width)
    rows = [block.cells for block in read(weasyprint.HTML(string=page).write_pdf())[1:-1]]
    assert rows == [("Navn", "Kommune", "Rolle", "Oppmøte"),
                    ("Laila Stenberg", "Brudal kommune", "Kommunedirektør", "Forfall"),
                    ("Per Olav Haugenstad", "Tofte kommune", "Kommunedirektør", "Møtt"),
                    ("Sigrid Nøst", "Sørkyst regionråd", "Daglig leder, referent", "Møtt"),
                    ("Ragnhild Eide", "Vangsøy kommune", "Observatør", "Møtt")]


TASKS_BESIDE_WRAPPED_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><style>
body { font: 10.5pt/1.4 'DejaVu Sans' } table { border-collapse: collapse; width: 100% }
td { border: 0.5pt solid #444; padding: 3pt 5pt }</style></head><body>
<p>Oppfølgingsliste</p><table>
<tr><td>Nr</td><td>Oppgave</td><td>Ansvar</td><td>Frist</td></tr>
<tr><td>1</td><td>Sende oppdatert kontaktliste til alle kommunene</td><td>Sekretariatet</td>
<td>24.10.2025</td></tr>
<tr><td>2</td><td>Invitere fylkeskommunens opplæringskontor til neste møte i regionen</td>
<td>Leder</td><td></td></tr>
</table><p>Neste møte: 12. november.</p></body></html>"""


def test_a_cell_centred_beside_a_wrapped_cell_s_last_line_is_its_own_column():
    # "… til" / "neste møte i regionen ⇥ Leder": the owner centred beside the task's two
    # lines stands half a line over the second, on its line in PDFium's text but sharing
    # too little of its height to be one of its runs: the row's gap still parts them
    weasyprint = pytest.importorskip("weasyprint")
    blocks = read(weasyprint.HTML(string=TASKS_BESIDE_WRAPPED_PAGE).write_pdf())
    assert [block.cells[:3] for block in blocks[1:-1]] == [
        ("Nr", "Oppgave", "Ansvar"),
        ("1", "Sende oppdatert kontaktliste til alle kommunene", "Sekretariatet"),
        ("2", "Invitere fylkeskommunens opplæringskontor til neste møte i regionen", "Leder")]


def _grid_of_cards(valign: str | None) -> bytes:
    """A reportlab table with its borders drawn whose name cells hold the name over the
    municipality ("<br/>"), its cells set as ``valign`` says (None: reportlab's default,
    the bottom)."""
    from reportlab.lib import colors
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    if "DejaVu" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DejaVu", FONT))
    style = getSampleStyleSheet()["Normal"]
    style.fontName, style.fontSize, style.leading = "DejaVu", 10, 12
    rows = [["Navn / kommune", "Rolle", "Merknad"],
            ["Kari Holm<br/>Solvik kommune", "Leder", ""],
            ["Per Olav Dahl<br/>Lien kommune", "Medlem", "Gikk etter sak 3"]]
    table = Table([[Paragraph(cell, style) for cell in row] for row in rows],
                  colWidths=[170, 110, 170])
    styles = [("GRID", (0, 0), (-1, -1), 0.5, colors.grey)]
    if valign:
        styles.append(("VALIGN", (0, 0), (-1, -1), valign))
    table.setStyle(TableStyle(styles))
    out = io.BytesIO()
    SimpleDocTemplate(out).build([table])
    return out.getvalue()


@pytest.mark.parametrize("valign", [None, "BOTTOM", "MIDDLE", "TOP"])
def test_a_ruled_cell_of_two_lines_keeps_its_first_line_and_its_line_break(valign):
    # set to the bottom (or the middle), "Kari Holm" lies a line step above the row's
    # one-line cells: no border between them says it is the cell's first line, not a
    # paragraph or a row of its own
    assert [b.cells for b in read(_grid_of_cards(valign))] == [
        ("Navn / kommune", "Rolle", "Merknad"),
        ("Kari Holm\nSolvik kommune", "Leder"),
        ("Per Olav Dahl\nLien kommune", "Medlem", "Gikk etter sak 3")]


def test_a_capitalised_first_part_with_a_binding_s_joins_at_the_line_end():
    # "Rådmanns-" / "utvalget": a common noun's first part, capitalised as a body's name
    # is, ends in the compound's "s"; a name opening a compound ("Nav-kontoret") keeps it
    from motebok.read.blocks import join_at_hyphen
    assert join_at_hyphen("et saksframlegg til Rådmanns-", "utvalget innen 1. desember.") == \
        "et saksframlegg til Rådmannsutvalget innen 1. desember."
    assert join_at_hyphen("kontakt med Nav-", "kontoret") == "kontakt med Nav-kontoret"


def _with_drawn_bullets(lines: list[tuple[float, float, str, bool]]) -> bytes:
    """A page as a browser prints a web page's list: each bullet a small filled disc
    before its line (``True``), no glyph in the text."""
    if "DejaVu" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DejaVu", FONT))
    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    pdf.setFont("DejaVu", 12)
    for x, y, text, bullet in lines:
        if bullet:
            pdf.circle(x - 10.9, y + 4.1, 1.9, stroke=0, fill=1)
        pdf.drawString(x, y, text)
    pdf.showPage()
    pdf.save()
    return out.getvalue()


def test_bullets_drawn_as_discs_open_list_items():
    # Chromium's "print to PDF" draws a list's discs as shapes: without them the two short
    # points under "orienterte:" would join as one wrapped sentence
    data = _with_drawn_bullets([
        (34, 700, "Prosjektleder orienterte:", False),
        (64, 686, "Kartleggingen av vaktordningene er ferdig i fem av seks kommuner", True),
        (64, 672, "Prosjektet ligger innenfor budsjett", True),
        (34, 646, "Prosjektgruppen tok orienteringen til orientering.", False)])
    assert [(b.kind, b.text) for b in read(data)] == [
        (BlockKind.PARAGRAPH, "Prosjektleder orienterte:"),
        (BlockKind.LIST_ITEM, "- Kartleggingen av vaktordningene er ferdig i fem av seks kommuner"),
        (BlockKind.LIST_ITEM, "- Prosjektet ligger innenfor budsjett"),
        (BlockKind.PARAGRAPH, "Prosjektgruppen tok orienteringen til orientering.")]


def test_an_empty_drawn_box_before_a_name_is_no_bullet():
    # a box to tick is stroked, not filled: the line keeps its text as it is
    if "DejaVu" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DejaVu", FONT))
    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    pdf.setFont("DejaVu", 12)
    pdf.rect(50, 702, 4, 4, stroke=1, fill=0)
    pdf.drawString(64, 700, "Kari Nordmann")
    pdf.showPage()
    pdf.save()
    assert [b.text for b in read(out.getvalue())] == ["Kari Nordmann"]
# A web page printed from a browser (Chromium's "Skriv ut" / --print-to-pdf): the
# browser's header and footer, the portal's trail, a table header repeated on the next
# page, a label cell wrapped onto two lines.

def test_browser_footer_is_known_by_address_and_page_count():
    from motebok.read.pdf import _browser_footer
    assert _browser_footer("file:///home/kari/protokoll.html\t2/4")
    assert _browser_footer("https://innsyn.example.no/mote/123\t1/3")
    assert not _browser_footer("Referat Regionrådet 4.3.2025\tside 1 av 2")
    assert not _browser_footer("https://innsyn.example.no/mote/123")


def test_browser_header_over_a_printed_page_is_not_read_as_letterhead():
    from motebok.read.pdf import _first_page_furniture
    header = _Line("6.12.2026, 10:10\tProtokoll Fjellregionen 12.03.2025 - Innsyn",
                   30.0, 770.0, 8.0, False, ("6.12.2026, 10:10", "Protokoll"))
    body = _Line("Møteprotokoll", 30.0, 700.0, 18.0, True)
    footer = _Line("file:///tmp/protokoll.html\t1/3", 30.0, 17.0, 8.0, False,
                   ("file:///tmp/protokoll.html", "1/3"))
    assert _first_page_furniture([header, body, footer], [body]) == ([], [])


def test_portal_trail_in_a_printed_page_is_dropped():
    from motebok.read.blocks import Block
    from motebok.read.pdf import _without_trail
    trail = "Søk › Møte › Fjellrådet › 12.03.2025 › Møtedokument"
    blocks = [Block(kind=BlockKind.PARAGRAPH, text=trail),
              Block(kind=BlockKind.HEADING, text="Møteprotokoll"),
              Block(kind=BlockKind.PARAGRAPH, text="Sak 4 › sak 5 ble behandlet først.")]
    assert [block.text for block in _without_trail(blocks)] == \
        ["Møteprotokoll", "Sak 4 › sak 5 ble behandlet først."]


def test_bold_table_header_repeated_over_plain_rows_is_dropped():
    from motebok.read.pdf import _drop_repeated_header_rows
    head = ("Saksnr", "Innhold")
    first = [_Line("Saksnr\tInnhold", 30.0, 80.0, 12.0, True, head),
             _Line("PS 1/25 Godkjenning av innkalling", 30.0, 62.0, 12.0, False),
             _Line("PS 2/25 Godkjenning av protokoll", 30.0, 45.0, 12.0, False)]
    second = [_Line("Saksnr\tInnhold", 30.0, 750.0, 12.0, True, head),
              _Line("PS 3/25 Budsjett 2026", 30.0, 732.0, 12.0, False)]
    _drop_repeated_header_rows([first, second])
    assert [line.text for line in second] == ["PS 3/25 Budsjett 2026"]


def test_table_header_after_a_heading_is_kept():
    from motebok.read.pdf import _drop_repeated_header_rows
    head = ("Navn", "Kommune")
    first = [_Line("Navn\tKommune", 30.0, 80.0, 12.0, True, head),
             _Line("Til stede", 30.0, 45.0, 14.0, True)]
    second = [_Line("Navn\tKommune", 30.0, 750.0, 12.0, True, head)]
    _drop_repeated_header_rows([first, second])
    assert len(second) == 1


def test_label_cell_wrapped_onto_two_rows_is_one_row():
    from motebok.read.blocks import Block
    from motebok.read.pdf import _with_wrapped_labels

    def row(*cells: str) -> Block:
        return Block(kind=BlockKind.TABLE_ROW, text="\t".join(cells), cells=cells)

    blocks = _with_wrapped_labels([
        row("Faste medlemmer som", "Ordfører Ola Vik (Nordby)"),
        row("møtte:", "Kari Li (Sørby)\nPer Ås (Sørby)"),
        row("Forfall:", "Eva Bø (Nordby)")])
    assert [block.cells for block in blocks] == [
        ("Faste medlemmer som møtte:",
         "Ordfører Ola Vik (Nordby)\nKari Li (Sørby)\nPer Ås (Sørby)"),
        ("Forfall:", "Eva Bø (Nordby)")]


def test_a_middle_cell_wrapped_before_the_later_cells_leaves_them_their_gap():
    # (s63e) Word and reportlab write a row cell by cell: the task cell's second line
    # ("stasjon på tomt B") comes before the owner and the date set at the row's top, as a
    # first cell centred over two rows would; the owner and the date stay two cells
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    if "DejaVu" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DejaVu", FONT))
    style = getSampleStyleSheet()["Normal"]
    style.fontName = "DejaVu"
    rows = [[Paragraph(text, style) for text in row] for row in (
        ("Sak", "Tiltak", "Ansvarleg", "Frist"),
        ("9/2025", "Sende planen til kommunane", "Eva Haga", "21.03.2025"),
        ("10/2025", "Kostnadsoverslag for ny stasjon på tomt B", "Brannsjefen", "01.05.2025"))]
    table = Table(rows, colWidths=[60, 140, 100, 80])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("GRID", (0, 0), (-1, -1), 0.5, "black")]))
    out = io.BytesIO()
    SimpleDocTemplate(out).build([table])
    assert [b.cells for b in read(out.getvalue())][-1] == (
        "10/2025", "Kostnadsoverslag for ny stasjon på tomt B", "Brannsjefen", "01.05.2025")
@pytest.mark.parametrize("mark", ["VESTFJELL REGIONRÅD", "ASTAFJORD REGIONRÅD"])
def test_a_word_mark_in_spaced_capitals_has_its_words_back(mark):
    # a logo's word mark set in capitals with CSS letter-spacing: PDFium parts it inside
    # its words ("ASTAF JORD REG IONRÅD"), and the letters' places give the words back
    weasyprint = pytest.importorskip("weasyprint")
    page = ("<html><body style=\"font: 11pt 'DejaVu Sans'\">"
            f"<p style='font: bold 20pt DejaVu Sans; letter-spacing: 3px'>{mark}</p>"
            "<p>Referat – kulturnettverket</p></body></html>")
    blocks = read(weasyprint.HTML(string=page).write_pdf())
    assert [b.text for b in blocks] == [mark, "Referat – kulturnettverket"]
def test_printed_table_under_centred_headings_keeps_its_tight_cells_apart():
    # a portal's "Navn | Møtte for | Parti" printed with a pixel of padding: the headings
    # stand centred over their columns, each deputy's name and the member she came for
    # fill their cells ("Lars Tangen Morten Dahl"); the cells' shared left edge under the
    # gap between "Navn" and "Møtte for" is the column's start
    for name, path in (("DejaVu", FONT), ("DejaVu-Bold", FONT_BOLD)):
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, path))
    rows = [("Lars Tangen", "Morten Dahl", "Sp"), ("Ingrid Nordli", "Siri Langeland", "Ap")]
    size, pad = 9, 4
    starts = [40.0]
    for column in range(2):
        starts.append(starts[-1] + pad + max(pdfmetrics.stringWidth(row[column], "DejaVu", size)
                                             for row in rows))
    ends = [*starts[1:], starts[-1] + 30]
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer)
    pdf.setFont("DejaVu-Bold", size)
    pdf.drawString(40, 760, "Varamedlemmer som møtte:")
    for head, left, right in zip(("Navn", "Møtte for", "Parti"), starts, ends, strict=True):
        pdf.drawCentredString((left + right - pad) / 2, 740, head)
    pdf.setFont("DejaVu", size)
    for n, row in enumerate(rows):
        for cell, left in zip(row, starts, strict=True):
            pdf.drawString(left, 726 - 14 * n, cell)
    pdf.drawString(40, 690, "Sak 1/25 Godkjenning av innkalling")
    pdf.save()
    cells = [block.cells for block in read(buffer.getvalue()) if block.cells]
    assert cells == [("Navn", "Møtte for", "Parti"), rows[0], rows[1]]


def test_portal_tool_bar_in_a_printed_page_is_dropped():
    # the page's buttons as a line of their own, as a row of cells, or beside the site's
    # name on its line; a lone short cell ("x" under "Møtt") stays
    from motebok.read.blocks import Block
    from motebok.read.pdf import _without_tool_bars
    blocks = [Block(kind=BlockKind.PARAGRAPH, text="Skriv ut Last ned som PDF Del Abonner"),
              Block(kind=BlockKind.TABLE_ROW, text="Tilbake\tSkriv ut\tDel på e-post",
                    cells=("Tilbake", "Skriv ut", "Del på e-post")),
              Block(kind=BlockKind.TABLE_ROW, text="Fjellrådet\tSkriv ut   Last ned som PDF",
                    cells=("Fjellrådet", "Skriv ut   Last ned som PDF")),
              Block(kind=BlockKind.HEADING, text="Møteprotokoll"),
              Block(kind=BlockKind.TABLE_ROW, text="Kari Holm\tx", cells=("Kari Holm", "x")),
              Block(kind=BlockKind.PARAGRAPH, text="Del 2 av planen ble lagt fram.")]
    assert [block.cells or block.text for block in _without_tool_bars(blocks)] == [
        "Fjellrådet", "Møteprotokoll", ("Kari Holm", "x"), "Del 2 av planen ble lagt fram."]


def test_portal_footer_after_the_last_item_of_a_printed_page_is_dropped():
    from motebok.read.blocks import Block
    from motebok.read.pdf import _drop_site_footer
    blocks = [Block(kind=BlockKind.PARAGRAPH, text="Referatsakene tas til orientering."),
              Block(kind=BlockKind.PARAGRAPH,
                    text="eInnsyn er ei teneste frå Digitaliseringsdirektoratet"),
              Block(kind=BlockKind.PARAGRAPH, text="Innsyn levert av Elements · Personvern")]
    _drop_site_footer(blocks)
    assert [block.text for block in blocks] == ["Referatsakene tas til orientering."]
    kept = [Block(kind=BlockKind.PARAGRAPH, text="Rapporten er levert av Asplan Viak.")]
    _drop_site_footer(kept)
    assert len(kept) == 1


def libreoffice_page(pieces: list[tuple[float, float, str, float]],
                     rules: list[tuple[float, float, float, float]] = ()) -> bytes:
    """A page as LibreOffice draws a Word document: each piece of text at (x, y) in its
    size, and flat rules (x1, y1, x2, y2): a table's borders, a footnote's separator."""
    scaled_pdf([])  # registers the font
    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    pdf.setLineWidth(0.5)
    for x1, y1, x2, y2 in rules:
        pdf.line(x1, y1, x2, y2)
    for x, y, text, size in pieces:
        pdf.setFont("DejaVu", size)
        pdf.drawString(x, y, text)
    pdf.showPage()
    pdf.save()
    return out.getvalue()


def test_a_numbered_heading_under_a_table_is_no_row_of_it():
    # LibreOffice sets Word's "1." in a heading's indent and the item's text at the
    # margin under it; the table above has its columns at the margin and far right, and
    # no border runs under the heading
    people = [("Kari Holm", "Åsen kommune"), ("Per Berg", "Nordby kommune"),
              ("Åse Lie", "Vik kommune")]
    table = [piece for i, (name, org) in enumerate(people)
             for piece in ((90, 560 - 13.3 * i, name, 11), (306, 560 - 13.3 * i, org, 11))]
    items = [(109, 490, "1.", 11), (127, 490, "Godkjenning av innkalling", 11),
             (90, 475, "Innkallingen ble godkjent.", 11),
             (109, 450, "2.", 11), (127, 450, "Budsjett for 2025", 11),
             (90, 435, "Budsjettet ble vedtatt.", 11)]
    borders = [(88, 573 - 13.3 * i, 500, 573 - 13.3 * i) for i in range(4)]
    texts = [b.text for b in read(libreoffice_page(
        [(90, 600, "Referat fra styremøte", 14), *table, *items], borders))]
    assert texts[-4:] == ["1. Godkjenning av innkalling", "Innkallingen ble godkjent.",
                          "2. Budsjett for 2025", "Budsjettet ble vedtatt."]


def test_a_numbered_heading_between_a_table_and_a_footnote_rule_is_no_ruled_row():
    # a ruled table's last border above, the footnotes' short rule below: a line between
    # the two that is no part of the heading's band ("Forfall: …") shows they bound no row
    rows = [(91, 560, "Kari Holm", 11), (240, 560, "Åsen kommune", 11),
            (91, 545, "Per Berg", 11), (240, 545, "Nordby kommune", 11)]
    borders = [(88, 570, 500, 570), (88, 555, 500, 555), (88, 540, 500, 540),
               (88, 90, 234, 90)]
    heading = [(90, 527, "Forfall: Åse Lie (Vik kommune)", 11),
               (109, 500, "Sak 1:", 13), (163, 500, "Godkjenning av innkalling", 13),
               (90, 484, "Innkallingen ble godkjent.", 11)]
    texts = [b.text for b in read(libreoffice_page(
        [(90, 600, "Referat fra styremøte", 14), *rows, *heading], borders))]
    assert "Innkallingen ble godkjent." in texts
    assert not any("Innkallingen" in text and "Sak 1" in text for text in texts)


def test_a_footnote_whose_number_is_set_in_the_body_s_size_is_no_text():
    # LibreOffice draws a footnote's number in the body's size and the note smaller:
    # the note's size, not its number's, tells the footnote from the text
    body = [(72, 700 - 16 * i, f"Linje {i} med tekst om saken", 11) for i in range(6)]
    foot = [(72, 100, "1", 11), (79, 100, "Tall fra pendlerstatistikken for 2023.", 9),
            (72, 86, "2", 11), (79, 86, "Se vedlegget til saken.", 9),
            (300, 40, "Side 1 av 1", 11)]
    texts = [b.text for b in read(libreoffice_page(body + foot, [(72, 112, 216, 112)]))]
    assert texts == [f"Linje {i} med tekst om saken" for i in range(6)]


LOOSE_RULED_PAGE = """<html><head><meta charset="utf-8"><style>
body { font: 11pt 'DejaVu Sans'; line-height: 1.8 } table { border-collapse: collapse }
td, th { border: 1px solid #000; padding: 0 4pt; text-align: left; vertical-align: top;
width: 3.2cm }
</style></head><body>
<h1>Møtebok – Vassbygd regionråd</h1>
<p>Møtedag: 27.11.2025</p>
<table><tr><th>Namn</th><th>Kommune</th><th>Merknad</th></tr>
<tr><td>Hans Petter Kvåle</td><td>Ulvik</td><td></td></tr>
<tr><td>Mari Grøtteberg</td><td>Kvam</td><td>Møtte for Leif Norheim</td></tr>
<tr><td>Arne Skeie</td><td>Voss</td><td></td></tr></table>
<p>Forfall: Leif Norheim (Kvam)</p>
</body></html>"""


def test_cells_wrapped_in_a_ruled_table_with_wide_line_spacing_stay_in_their_row():
    # a document set with "1,5 linjer" gives its table cells that spacing too: a wrapped
    # cell's next line stands a long step under it ("Hans Petter" / "Kvåle"), with the
    # room below it; the borders still say it is no new row (no person "Kvåle")
    weasyprint = pytest.importorskip("weasyprint")
    data = weasyprint.HTML(string=LOOSE_RULED_PAGE).write_pdf()
    rows = [b.cells for b in read(data) if b.kind is BlockKind.TABLE_ROW]
    assert [tuple(" ".join(cell.split()) for cell in row) for row in rows[1:]] == [
        ("Hans Petter Kvåle", "Ulvik"), ("Mari Grøtteberg", "Kvam", "Møtte for Leif Norheim"),
        ("Arne Skeie", "Voss")]


def _bold_case_title_page(title: str, below: str) -> bytes:
    """Body lines that set the column's right margin, a bold case title in the body's size
    with a bold line under it (``below``), and its vedtak."""
    if "DejaVu-Bold" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DejaVu-Bold", FONT_BOLD))
    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    pdf.setFont("DejaVu", 11)
    pdf.drawString(72, 760, "Regionrådet drøftet saken og la vekt på at styret i selskapet bør")
    pdf.drawString(72, 746, "ha bred kompetanse.")
    pdf.setFont("DejaVu-Bold", 11)
    pdf.drawString(72, 720, title)
    pdf.drawString(72, 706, below)
    pdf.drawString(72, 692, "Vedtak:")
    pdf.setFont("DejaVu", 11)
    pdf.drawString(72, 678, "Saken tas til orientering.")
    pdf.save()
    return out.getvalue()


WRAPPED_TITLE = "Sak 20/25 Valg av representant til styret i Vassdal vekst"


@pytest.mark.parametrize(("title", "below", "joined"), [
    # "AS" would not have fitted on the title's line: the title wrapped there
    (WRAPPED_TITLE, "AS", True),
    # a bold label is no part of the title, nor a word that had room on its line
    (WRAPPED_TITLE, "Saksopplysninger:", False),
    ("Sak 21/25 Eventuelt", "Orientering", False)])
def test_a_bold_case_title_in_the_body_size_goes_on_with_a_word_that_did_not_fit(
        title, below, joined):
    # no heading by its size (bold in the body's size, as Word's "Heading 2" may print)
    texts = [b.text for b in read(_bold_case_title_page(title, below))]
    assert texts[2:4] == ([f"{title} {below}", "Vedtak:"] if joined else [title, below])


def sized_pages(pages: list[list[tuple[float, float, str, float]]]) -> bytes:
    """A PDF with each piece of text drawn at (x, y) in its own font size, page by page."""
    if "DejaVu" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DejaVu", FONT))
    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    for page in pages:
        for x, y, text, size in page:
            pdf.setFont("DejaVu", size)
            pdf.drawString(x, y, text)
        pdf.showPage()
    pdf.save()
    return out.getvalue()


def _small_row(y: float, *cells: str, size: float = 9) -> list[tuple[float, float, str, float]]:
    """A table row in small type: its cells at three column starts."""
    return [(x, y, cell, size) for x, cell in zip((72, 190, 290), cells, strict=False)]


_BODY_LINES = [(72, 760 - 15 * n, f"Linje {n} av teksten i saka.", 11) for n in range(6)]


def test_a_small_table_at_the_foot_of_a_page_is_text_and_the_footer_under_it_furniture():
    # (s66d) a heading, then its table in smaller type with a table's margin over it, ends
    # the page's text: no footer block, though the footer under it stays one
    page = [*_BODY_LINES, (72, 140, "Sak 4/25 Delegerte vedtak", 12),
            *_small_row(108, "Nr.", "Dato", "Vedtak"),
            *_small_row(94, "DS 1/25", "02.09.2025", "Løyve"),
            *_small_row(80, "DS 2/25", "16.09.2025", "Avslag"),
            (72, 30, "Vestre verneområdestyre – Side 1 av 1", 8)]
    texts = [block.text for block in read(sized_pages([page]))]
    assert texts[-4:] == ["Sak 4/25 Delegerte vedtak", "Nr.\tDato\tVedtak",
                          "DS 1/25\t02.09.2025\tLøyve", "DS 2/25\t16.09.2025\tAvslag"]


def test_small_lines_at_a_pages_foot_with_no_table_are_still_furniture():
    page = [*_BODY_LINES, (72, 90, "Vestre verneområdestyre", 8),
            (72, 78, "Rådhusgata 1, 1234 Nordby", 8)]
    assert [block.text for block in read(sized_pages([page]))][-1] == "Linje 5 av teksten i saka."


def test_a_row_in_small_type_carried_to_the_next_pages_top_stays_in_its_table():
    # (s66d) a browser breaks a table between two rows and repeats no header: the row at
    # the top of page 2, in the table's small type, goes on with the table
    first = [*_BODY_LINES, (72, 160, "Sak 3 Oppfølgingspunkt", 12),
             *_small_row(130, "Tiltak", "Frist", "Ansvar"),
             *_small_row(115, "Oppdatere oversikt", "26.09.2025", "Eivind Tveitan")]
    second = [*_small_row(800, "Sende utkast", "30.09.2025", "Kåre Bjåen"),
              (72, 770, "Punkta vart gått gjennom.", 11),
              (72, 755, "Begge står ved lag.", 11)]
    texts = [block.text for block in read(sized_pages([first, second]))]
    assert "Sende utkast\t30.09.2025\tKåre Bjåen" in texts


class _Probe:
    """A text probe that finds one character wherever it is asked."""

    def __init__(self, index: int) -> None:
        self.index = index

    def text_index_at(self, x: float, y: float) -> int:
        return self.index


@pytest.mark.parametrize(("text", "at", "glued"), [
    ("DS 4/25 16.09.2025 Løyve", 10, True),  # "16|.09": a date's stop
    ("DS 4/25 02.09.2025 Løyve", 11, True),  # "02.|09"
    ("drone for oppteljing", 8, True),  # "fo|r": a kerned pair
    ("Lars Tangen Morten Dahl", 12, False),  # a cell after a space
    ("Lars TangenMorten Dahl", 11, False),  # a cell that starts with a capital
    ("Møtestad: Gamle rådhuset", 11, True),  # "G|amle": a capital the word goes on from
])
def test_a_gap_the_text_runs_on_over_starts_no_cell(text, at, glued):
    # (s66d) Chromium breaks its runs at kerned pairs; under a header centred over its
    # column such a break in every date ("02.|09.2025") would start a column
    gap = _Gap(middle=700.0, start=100.0, row_left=72.0, row_right=400.0, height=7.0,
               width=1.5)
    assert _glued_at(gap, text, _Probe(at)) is glued


def test_a_capital_before_small_letters_parts_cells_only_at_a_spaces_width():
    # (s68f) "G|amle rådhuset" touches letter to letter (narrower than a space): one word
    # whatever column of another table starts there; a pixel's padding after an
    # abbreviation in capitals ("NAV|rådgjevar", a third of the row's height) parts cells
    gap = _Gap(middle=700.0, start=100.0, row_left=72.0, row_right=400.0, height=7.0,
               width=2.5)
    assert not _glued_at(gap, "Kari Holm NAVrådgjevar", _Probe(13))


def test_a_name_the_margin_cut_in_a_list_of_people_reads_whole():
    # (s66d) "… og Rune Lien fra Statens" / "naturoppsyn.": the line in small letters
    # goes on with the entry the margin cut, as the reader saw the line above wrapped
    if "DejaVu" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DejaVu", FONT))
    people = ("Fra forvaltningen: Marte Solbakk, verneområdeforvalter (sekretær), og Rune "
              "Lien fra Statens naturoppsyn.")
    width = pdfmetrics.stringWidth(people.split(" naturoppsyn")[0], "DejaVu", 11) + 4
    running = ("Styret drøftet saken grundig og la vekt på at tiltaket ligger i et område "
               "med mye ferdsel om sommeren, der reinen trekker gjennom dalen på høsten, og "
               "at en ny trasé kan gi mindre forstyrrelse enn den gamle, som går tett ved "
               "kalvingsområdet i nord.")

    def wrapped(text: str) -> list[str]:
        lines, line = [], ""
        for word in text.split():
            if line and pdfmetrics.stringWidth(f"{line} {word}", "DejaVu", 11) > width:
                lines.append(line)
                line = word
            else:
                line = f"{line} {word}".strip()
        return [*lines, line]

    texts = ["Protokoll fra møte i verneområdestyret", "Møtedato: 3. september 2025",
             "Til stede: Astrid Nyløkken (Folldal kommune)", *wrapped(people),
             "Sak 1/25 Orienteringer", *wrapped(running)]
    page, y = [], 780.0
    for text in texts:
        y -= 20 if text[:4] in ("Til ", "Sak ") else 14
        page.append((72, y, text, 11))
    data = sized_pages([page])
    lines = [block.text for block in read(data)]
    assert lines[lines.index("naturoppsyn.") - 1].endswith("fra Statens")
    people = parse_bytes(data, "protokoll.pdf").participants
    assert [(p.name, p.organization) for p in people][-1] == ("Rune Lien", "Statens naturoppsyn")


WRAPPED_CASE_WORD_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><style>
body { font-family: DejaVu Sans; font-size: 10pt; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; }
td { vertical-align: middle; padding: 3px; border: 1px solid #999; }
td.n { width: 30pt; } td.p { width: 24pt; text-align: right; }
</style></head><body>
<h1>Oppsummering administrativ gruppe</h1>
<p>Dato: 14. november 2025 kl. 09.00–12.00</p>
<p>Saksliste:</p>
<table>
<tr><td class="n">Sak 20/25</td><td>TITLE</td><td class="p">2</td></tr>
<tr><td class="n">Sak 21/25</td><td>Eventuelt</td><td class="p">3</td></tr>
</table>
<h2>Sak 20/25 Regional plan for kompetanse</h2>
<p>Gruppa drøftet planen.</p>
<h2>Sak 21/25 Eventuelt</h2>
<p>Ingen saker.</p>
</body></html>"""


@pytest.mark.parametrize("title", [
    "Regional plan for kompetanse og utdanning i regionen – høringsutkast med frist i januar",
    # (the title's rest opening with its dash: "… i regionen Fjelldal" / "– høring")
    "Regional plan for kompetanse og utdanningstilboda i regionen Fjelldal – høring"])
def test_a_case_word_wrapped_over_its_number_in_a_narrow_centred_cell_is_one_cell(title):
    # (s66m) a narrow number column wraps "Sak" / "20/25" beside a title of two lines,
    # the page cell centred between them: the two lines are one row, "Sak 20/25"
    weasyprint = pytest.importorskip("weasyprint")
    data = weasyprint.HTML(string=WRAPPED_CASE_WORD_PAGE.replace("TITLE", title)).write_pdf()
    rows = [b.cells for b in read(data) if b.kind is BlockKind.TABLE_ROW]
    assert rows == [("Sak 20/25", title, "2"), ("Sak 21/25", "Eventuelt", "3")]
    items = parse_bytes(data, "oppsummering.pdf").items
    assert [(item.number, item.text) for item in items] == [
        ("20/25", "Gruppa drøftet planen."), ("21/25", "Ingen saker.")]


def test_a_case_word_wrapped_over_its_number_beside_a_title_going_on_in_a_capital():
    # (s67f) "… med uttalelse fra Fjelldal" / "Næringsforum": the title's rest opens with a
    # capital, under a line too long for a column's heading; still one title
    weasyprint = pytest.importorskip("weasyprint")
    title = "Regional plan for kompetanse og utdanning i regionen med uttalelse fra Fjelldal " \
        "Næringsforum"
    data = weasyprint.HTML(string=WRAPPED_CASE_WORD_PAGE.replace("TITLE", title)).write_pdf()
    rows = [b.cells for b in read(data) if b.kind is BlockKind.TABLE_ROW]
    assert rows == [("Sak 20/25", title, "2"), ("Sak 21/25", "Eventuelt", "3")]


CASE_ROWS_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><style>
body { font-family: DejaVu Sans; font-size: 11pt; } td { vertical-align: top; padding: 3px; }
td.n { width: 30pt; } td.t { width: 170pt; }
</style></head><body>
<h1>Referat fra møte i faggruppe for næring</h1>
<p>Dato: 12.03.2025</p>
<table>
HEAD
<tr><td class="n"><b>Sak 19/25</b></td><td class="t"><b>Godkjenning av innkalling</b></td>
<td>Innkallingen ble godkjent.</td></tr>
<tr><td class="n"><b>Sak 20/25</b></td><td class="t"><b>Høring om regional plan for Innlandet
2026–2030</b></td><td>Gruppa drøftet utkastet. Per Lie skriver et innspill innen 1. april.</td></tr>
</table></body></html>"""


def test_bold_case_words_wrapped_over_their_numbers_are_each_one_row():
    # (s67f) "Sak" / "19/25" in bold under a row of plain text is the case's number, no
    # heading; "… regional plan for" / "Innlandet 2026–2030" stops inside its sentence
    weasyprint = pytest.importorskip("weasyprint")
    data = weasyprint.HTML(string=CASE_ROWS_PAGE.replace("HEAD", "")).write_pdf()
    rows = [b.cells for b in read(data) if b.kind is BlockKind.TABLE_ROW]
    assert [row[:2] for row in rows] == [
        ("Sak 19/25", "Godkjenning av innkalling"),
        ("Sak 20/25", "Høring om regional plan for Innlandet 2026–2030")]


def test_a_header_row_over_a_case_number_stays_apart():
    # "Sak | Tema | Drøfting" over "19/25 | Godkjenning …": a heading, no wrapped case word
    weasyprint = pytest.importorskip("weasyprint")
    page = CASE_ROWS_PAGE.replace("HEAD", "<tr><td>Sak</td><td>Tema</td><td>Drøfting</td></tr>")
    page = page.replace("<b>Sak 19/25</b>", "19/25").replace("<b>Sak 20/25</b>", "20/25")
    rows = [b.cells for b in read(weasyprint.HTML(string=page).write_pdf())
            if b.kind is BlockKind.TABLE_ROW]
    assert rows[0] == ("Sak", "Tema", "Drøfting")
    assert rows[1][:2] == ("19/25", "Godkjenning av innkalling")
CENTRED_CELLS_PAGE = """<html><head><meta charset="utf-8"><style>
body { font-family: DejaVu Sans; font-size: 10.5pt }
table { border-collapse: collapse } td, th { border: 1px solid #555; padding: 3px 6px }
</style></head><body><table>
<tr><th>Namn</th><th>Eining</th><th>Rolle</th><th>Møtt</th></tr>
<tr><td>Marianne Solheim</td><td>Sunnfjord kommune</td><td>barnehagesjef, leiar</td><td>Ja</td></tr>
<tr><td>Eldbjørg Loftesnes</td><td>Statsforvaltaren i Vestland</td>
<td>barnehagefagleg rådgjevar, referent</td><td>Ja</td></tr>
<tr><td>Jostein Myklebust</td><td>HVL</td><td>UH-partnar</td><td>Ja, frå kl. 12.00</td></tr>
</table></body></html>"""


def test_a_rows_cells_of_two_lines_beside_a_centred_cell_stay_one_row():
    # (s67b) a web page's cells are centred vertically: a one-line cell between a row's two
    # lines goes with the second line ("Loftesnes ⇥ Vestland ⇥ referent ⇥ Ja" under
    # "Eldbjørg ⇥ …"), and a cell's two lines may be read into one line one after the
    # other ("Ja, frå kl." and "12.00" at one place)
    weasyprint = pytest.importorskip("weasyprint")
    data = weasyprint.HTML(string=CENTRED_CELLS_PAGE).write_pdf()
    rows = [b.cells for b in read(data) if b.kind is BlockKind.TABLE_ROW]
    assert rows[2][1:] == ("Statsforvaltaren i Vestland", "barnehagefagleg rådgjevar, referent",
                           "Ja")
    assert rows[3][1:] == ("HVL", "UH-partnar", "Ja, frå kl. 12.00")
def test_a_letterhead_frame_drawn_after_the_text_is_read_first_block_by_block():
    # (s67g) WeasyPrint draws an absolutely placed box after the flow: the letterhead's
    # two blocks ("Prosjekt X" / "Arkivsak …" beside the word mark over its tagline) come
    # last in the stream; read as drawn they head the page, each block whole, and the
    # word mark is no row with the line beside it
    weasyprint = pytest.importorskip("weasyprint")
    page = ("<html><body style=\"font: 10.5pt 'DejaVu Sans'\">"
            "<div style='position: relative; height: 30mm'>"
            "<div style='position: absolute; left: 0; top: 5mm; font-size: 9pt'>"
            "Prosjekt Felles innkjøp<br>Arkivsak 25/311</div>"
            "<div style='position: absolute; right: 0; top: 0; width: 55mm'>"
            "<div style='font: bold 20pt \"DejaVu Sans\"'>NAMDAL</div>"
            "<div style='font-size: 9pt'>Interkommunalt samarbeid</div></div></div>"
            "<h1>Referat fra møte i prosjektgruppen</h1><p>Møtedato: 9. september 2025</p>"
            "</body></html>")
    blocks = read(weasyprint.HTML(string=page).write_pdf())
    assert [b.text for b in blocks][:5] == [
        "Prosjekt Felles innkjøp", "Arkivsak 25/311", "NAMDAL", "Interkommunalt samarbeid",
        "Referat fra møte i prosjektgruppen"]


def _row_gap(start: float, width: float, row: int) -> _Gap:
    return _Gap(middle=700.0 - 12 * row, start=start, row_left=57.0, row_right=500.0,
                height=7.7, width=width, row=row)


def test_a_header_set_flush_left_over_its_rows_hides_no_column_in_its_gap():
    # (s67m) "Namn  Funksjon" over "Kristin Østgaard  Leiar": the row under the header
    # starts its second cell where "Funksjon" does, so the word spaces of the names in
    # the header's gap start no column; a centred header's next cell ("Møtte for")
    # starts where no row's wide gap does
    header = _row_gap(135.8, 64.7, row=7)
    assert _column_shown_by_rows(header, [header, _row_gap(136.0, 39.2, row=8)])
    centred = _row_gap(150.0, 70.0, row=7)
    assert not _column_shown_by_rows(centred, [centred, _row_gap(136.0, 39.2, row=8)])


def test_only_a_header_above_the_rows_shows_a_column_in_its_gap():
    # (s68f) "Granvin herad", "Eidfjord kommune", "Nordhei regionråd": the word spaces of
    # three rows start at one edge by chance, and a table of contents further down the
    # same run of rows ("Sak 15/25 Eventuelt ⇥ 2") has a wide gap over that edge; a
    # header centred over its columns stands above its rows, so a row below starts none
    rows = {n: [_row_gap(311.0 + n / 10, 5.6, row=n)] for n in (8, 9, 10)}
    below = _row_gap(390.0, 220.0, row=17)
    assert _columns_under_header(rows, [below]) == set()
    above = _row_gap(390.0, 220.0, row=6)
    assert len(_columns_under_header(rows, [above])) == 3


def test_a_chromium_protocol_cover_keeps_names_and_words_whole():
    # (s67m) a case system's cover printed by Chromium letter by letter: a key-value table
    # over flush-left member tables in one run of rows; a word broken at a kerned pair
    # ("Representants|kapet") that meets another table's column start starts no cell,
    # nor does the space in "Kristin Østgaard"
    data = (CORPUS / "7487_nynorsk_ipr_representantskap_elements_pdf_rep_vedtak_"
            "protokolltilforsel.pdf").read_bytes()
    rows = [block.cells for block in read(data) if block.cells]
    assert ("Utval:", "Representantskapet i Vest-Fjella interkommunale politiske råd") in rows
    assert ("Møtestad:", "Gamle rådhuset i Tindvik, møtesal 2") in rows  # (s68f: "G|amle")
    assert ("Namn", "Funksjon", "Representerer") in rows
    assert ("Kristin Østgaard", "Leiar", "Tindvik kommune") in rows
    assert ("Olav Kvisler", "Medlem", "Sølvdal kommune") in rows


def test_a_rows_rest_under_a_repeated_header_goes_back_to_its_row():
    # (s70d) Word lets a tall row break over the page and repeats the header above its
    # rest: read per page, the rest joins the header's cell ("Referat / konklusjon" /
    # "behandles i formannskapet 27. august."); it is the last row's, and the header goes
    from motebok.read.pdf import _drop_repeated_header_rows
    head = ("Sak", "Tema", "Referat / konklusjon", "Ansvar", "Frist")
    lefts = (57.0, 90.0, 230.0, 620.0, 700.0)
    last = ("4", "Fremdriftsplan", "Evje og Hornnes kommune har signalisert at saken kan")
    first = [_Line("\t".join(head), 57.0, 300.0, 10.0, True, head, lefts),
             _Line("\t".join(last), 57.0, 80.0, 10.0, False, last, lefts[:3])]
    carried = ("Sak", "Tema", "Referat / konklusjon behandles i formannskapet 27. august.\n"
               "Fremdriftsplanen ble tatt til orientering.", "Ansvar", "Frist")
    after = ("5", "Eventuelt", "Ingen saker.")
    second = [_Line("\t".join(carried), 57.0, 780.0, 10.0, True, carried, lefts),
              _Line("\t".join(after), 57.0, 740.0, 10.0, False, after, lefts[:3])]
    _drop_repeated_header_rows([first, second])
    assert first[-1].cells[2] == ("Evje og Hornnes kommune har signalisert at saken kan "
                                  "behandles i formannskapet 27. august.\n"
                                  "Fremdriftsplanen ble tatt til orientering.")
    assert [line.cells for line in second] == [after]


def test_a_lone_cell_under_a_repeated_header_ends_the_row_before_it():
    # (s70d) "Seniorrådgiver" on page 1, "(observatør)" under the repeated header on page 2,
    # in the "Stilling" column, with the table going on below: one cell
    from motebok.read.pdf import _drop_repeated_header_rows
    head = ("Kommune", "Navn", "Stilling", "Møtt")
    lefts = (57.0, 160.0, 270.0, 420.0)
    row = ("Statsforvalteren", "Ingrid Hovland", "Seniorrådgiver", "X")
    first = [_Line("\t".join(head), 57.0, 300.0, 11.0, True, head, lefts),
             _Line("\t".join(row), 57.0, 80.0, 11.0, False, row, lefts)]
    after = ("Bufetat", "Lars Vinje", "Rådgiver", "X")
    second = [_Line("\t".join(head), 57.0, 780.0, 11.0, True, head, lefts),
              _Line("(observatør)", 270.0, 766.0, 11.0, False),
              _Line("\t".join(after), 57.0, 750.0, 11.0, False, after, lefts)]
    _drop_repeated_header_rows([first, second])
    assert first[-1].cells == ("Statsforvalteren", "Ingrid Hovland",
                               "Seniorrådgiver (observatør)", "X")
    assert [line.cells for line in second] == [after]


def _agenda_page_ending_in_a_cut_row() -> list[tuple[float, float, str]]:
    """A page whose agenda table ("Saksnr | Innhald | Lukka") fills it to the bottom, its
    last row cut at the break after "Melding frå"."""
    def row(y: float, cells: tuple[str, ...]) -> list[tuple[float, float, str]]:
        return [(x, y, cell) for x, cell in zip((72, 170, 420), cells, strict=True) if cell]
    page = [(72, 790, "Møteprotokoll"), (72, 764, "Saksliste"),
            *row(744, ("Saksnr", "Innhald", "Lukka"))]
    for n in range(40):
        page += row(728 - 16 * n, (f"PS {n + 1}/26", f"Vegsak nummer {n + 1} i regionen",
                                   "X" if n == 3 else ""))
    return page + row(88, ("RS 1/26", "Melding frå", ""))


@pytest.mark.parametrize(("top", "rows"), [
    # the cut row's rest under "Innhald" on the new page, over two lines, no header
    # repeated: it goes back into its row
    ([(170, 790, "kontrollutvalet"), (170, 776, "03.02.2026")],
     ["RS 1/26\tMelding frå kontrollutvalet 03.02.2026"]),
    # a page opening at the left margin starts the text after the table: no row's rest
    ([(72, 790, "Rådet drøfta meldinga.")], ["RS 1/26\tMelding frå"]),
])
def test_a_rows_rest_at_the_next_pages_top_under_its_column_goes_back_to_its_row(top, rows):
    # (s72b) a case system's agenda table cut inside its last row: the row's rest starts
    # the next page where the "Innhald" column starts, and would be loose paragraphs
    below = [(72, 740, "PS 1/26 Godkjenning av innkalling"), (72, 720, "Samrøystes godkjend.")]
    blocks = read(draw([_agenda_page_ending_in_a_cut_row(), top + below]))
    texts = [b.text for b in blocks]
    assert [t for t in texts if t.startswith("RS ")] == rows
    assert texts[-2:] == [below[0][2], below[1][2]]
    assert ("kontrollutvalet" in texts) is False


def test_the_corpus_websak_agenda_row_cut_at_the_page_break_is_one_row():
    # (s72b) 7802: the saksliste's last row "RS 2/26 | Referat frå" ends page 1, its rest
    # ("rådmannsutvalet" / "14.01.2026") opens page 2 under the "Innhald" column
    name = "7802_nynorsk_regionrad_websak_pdf_lukka_sak_sideskift.pdf"
    texts = [b.text for b in read((CORPUS / name).read_bytes())]
    assert "RS 2/26\tReferat frå rådmannsutvalet 14.01.2026" in texts
    assert "rådmannsutvalet" not in texts and "14.01.2026" not in texts


def test_a_wider_table_right_under_a_narrow_one_places_marks_by_its_own_heading():
    # (s70d) a web page's borderless "Utvalg: | …" rows right over a bordered member table
    # "Navn | … | Møtt | Forfall | Vara": the wider row heads its own table, so a tick that
    # starts under "Forfall" is read there, not as the next cell after the municipality
    from motebok.read.pdf import _with_empty_cells
    meta = ("Dato:", "21.04.2026")
    head = ("Navn", "Funksjon", "Representerer", "Møtt", "Forfall", "Vara")
    away = ("Eva Rygg", "Medlem", "Gloppen kommune", "✓")
    lines = [_Line("\t".join(meta), 39.0, 700.0, 10.0, False, meta, (39.0, 97.0)),
             _Line("\t".join(head), 45.0, 680.0, 10.0, True, head,
                   (45.0, 133.0, 200.0, 301.0, 333.0, 374.0)),
             _Line("\t".join(away), 45.0, 665.0, 10.0, False, away, (45.0, 133.0, 200.0, 345.0))]
    assert _with_empty_cells(lines)[2].cells == ("Eva Rygg", "Medlem", "Gloppen kommune", "",
                                                "✓")


def test_two_pieces_under_one_heading_cell_are_one_cell():
    # (s70d) the word space of "Anne Lise Hauge" falls where other lines of the page have
    # a column gap: both pieces start under "Navn", so they are one name
    from motebok.read.pdf import _with_empty_cells
    head = ("Navn", "Funksjon", "Møtt", "Forfall", "Vara")
    row = ("Anne Lise", "Hauge", "Medlem", "✓")
    lines = [_Line("\t".join(head), 45.0, 680.0, 10.0, True, head,
                   (45.0, 133.0, 301.0, 333.0, 374.0)),
             _Line("\t".join(row), 45.0, 665.0, 10.0, False, row, (45.0, 92.0, 133.0, 308.0))]
    assert _with_empty_cells(lines)[1].cells == ("Anne Lise Hauge", "Medlem", "✓")


def test_a_number_wrapped_after_tabell_stays_on_its_sentence():
    # (s70d) "… slik det går fram av tabell" / "1. Samrøystes.": the number after a word
    # that takes one is the sentence's, not a list's first item
    data = draw([[(72, 780, "Vedtak: Faggruppa tilrår at midlane vert fordelte slik det går "
                             "fram av tabell"),
                  (72, 766, "1. Samrøystes."),
                  (72, 740, "Sak 7/26: Eventuelt")]])
    texts = [b.text for b in read(data)]
    assert texts[0] == ("Vedtak: Faggruppa tilrår at midlane vert fordelte slik det går fram "
                        "av tabell 1. Samrøystes.")


def test_a_running_header_that_names_the_titles_board_in_full_is_read_over_the_title():
    # (s71m) "Nasjonalparkstyret for Lyngvidda nasjonalpark" (page header) over "PROTOKOLL
    # FRÅ MØTE I NASJONALPARKSTYRET": the header names the board more closely
    from motebok.read.blocks import Block, BlockKind, name_over_bare_title
    blocks = [Block(kind=BlockKind.HEADING, text="PROTOKOLL FRÅ MØTE I NASJONALPARKSTYRET"),
              Block(kind=BlockKind.PARAGRAPH, text="Møtedato: 24.09.2026")]
    found = name_over_bare_title(["Nasjonalparkstyret for Lyngvidda nasjonalpark"], blocks)
    assert [b.text for b in found] == ["Nasjonalparkstyret for Lyngvidda nasjonalpark"]
    assert name_over_bare_title(["Lyngvidda turlag"], blocks) == []


def test_a_slide_s_bullet_wrapped_under_its_text_goes_on():
    # (s71o) a deck saved from a word processor's landscape pages: a bullet's line the
    # margin broke ("• Nettverket vart samde om … kurs for" / "assistentar.", hanging
    # under the bullet's text) is one line of the slide, whose decision is whole
    if "DejaVu" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DejaVu", FONT))
    if "DejaVu-Bold" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DejaVu-Bold", FONT_BOLD))
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=(960, 540))
    slides = [("Vårsamling 2026", ["Barnehagenettverket Nordfjord", "Stryn, 5. mars 2026"]),
              ("Program", ["10.00  Velkomen", "12.15  Gruppearbeid", "14.30  Slutt"]),
              ("Velkomen", ["• 32 deltakarar frå 11 barnehagar",
                            "• Kort presentasjonsrunde ved borda"]),
              ("Gruppearbeid", ["• Gruppe 1: Fleire samtalar i små grupper",
                                "• Nettverket vart samde om å setje i gang eit felles kurs for",
                                "   assistentar."]),
              ("Neste samling", ["• 22. oktober 2026 på Nordfjordeid"])]
    for title, lines in slides:
        pdf.setFont("DejaVu-Bold", 32)
        pdf.drawString(56, 470, title)
        pdf.setFont("DejaVu", 22)
        for n, line in enumerate(lines):
            x = 74 if line.startswith("   ") else 56
            pdf.drawString(x, 400 - 30 * n, line.strip())
        pdf.setFont("DejaVu", 11)
        pdf.drawString(56, 30, "Barnehagenettverket Nordfjord | Vårsamling 2026")
        pdf.drawString(880, 30, str(pdf.getPageNumber()))
        pdf.showPage()
    pdf.save()
    record = parse_bytes(out.getvalue(), "foilsett.pdf")
    assert record.kind == "presentation"
    assert record.items[-1].decisions == [
        "Nettverket vart samde om å setje i gang eit felles kurs for assistentar."]


def test_a_paragraph_right_under_a_ruled_table_is_no_wrapped_name():
    # (s74e) Word's table with no room after it, printed by LibreOffice: "Forfall: Ingen"
    # one line step under the last row, below the table's bottom border; its first word
    # would not have fitted beside "Lars Økland", but no cell's rest has a border over it
    columns = (90.7, 198.7, 306.7)
    rows = [("Namn", "Funksjon", "Kommune"), ("Solveig Vik", "Leiar", "Strandvik"),
            ("Lars Økland", "Medlem", "Fitjarvik")]
    table = [(x, 560 - 13.3 * i, cell, 11)
             for i, row in enumerate(rows) for x, cell in zip(columns, row, strict=True)]
    borders = [(88, 570.5 - 13.3 * i, 420, 570.5 - 13.3 * i) for i in range(4)]
    blocks = read(libreoffice_page(
        [(90, 600, "Møtebok", 14), *table, (90.1, 520.1, "Forfall: Ingen", 11),
         (90.1, 495, "Vara: Per Olav Teigen møtte.", 11)], borders))
    assert [b.cells or b.text for b in blocks][-3:] == [
        ("Lars Økland", "Medlem", "Fitjarvik"), "Forfall: Ingen",
        "Vara: Per Olav Teigen møtte."]


@pytest.mark.parametrize(("line", "dated"), [
    ("MØTEPROTOKOLL 12.03.2027", True),
    ("Møtebok 4. mars 2027", True),
    ("Møtedato 12.03.2027", True),
    ("Sammanträdesdatum 2027-01-28", True),
    ("Utval for helse 12.03.2027", False),
])
def test_a_running_header_names_the_minutes_in_the_words_the_extractor_reads(line, dated):
    # (s78h) the reader keeps a header's dated line by the same words the extractor reads
    # the meeting's day from (``MINUTES_WORDS``), in any case
    from motebok.read.blocks import dated_minutes
    assert dated_minutes(line) is dated


def test_a_numbered_title_wrapped_after_its_dash_is_one_title():
    # (s78c) a Word heading numbered by hand, printed by LibreOffice: "3. Innspill til
    # tilbudsstrukturen i videregående skole 2028–" / "2029" in the headings' bold size;
    # the title stops on a dash, where no title stops, so the next line is its rest
    if "DejaVu" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DejaVu", FONT))
    if "DejaVu-Bold" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DejaVu-Bold", FONT_BOLD))
    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    lines = [("DejaVu-Bold", 16, 780, "Referat fra møte i Kompetanseforum Elvedal"),
             ("DejaVu", 11, 750, "Dato: onsdag 22. september 2027"),
             ("DejaVu-Bold", 13, 720, "1. Godkjenning av innkalling og dagsorden"),
             ("DejaVu", 11, 702, "Godkjent."),
             ("DejaVu-Bold", 13, 672,
              "2. Innspill til tilbudsstrukturen i videregående skole 2028–"),
             ("DejaVu-Bold", 13, 656, "2029"),
             ("DejaVu", 11, 636, "Forumet drøftet forslaget."),
             ("DejaVu-Bold", 13, 606, "3. Eventuelt"),
             ("DejaVu", 11, 588, "Ingen saker.")]
    for font, size, y, text in lines:
        pdf.setFont(font, size)
        pdf.drawString(72, y, text)
    pdf.save()
    texts = [b.text for b in read(out.getvalue())]
    assert "2. Innspill til tilbudsstrukturen i videregående skole 2028–2029" in texts
    assert "2029" not in texts


def test_a_heading_in_capitals_does_not_run_on_into_a_line_in_small_letters():
    # (s79d) "MØTEPROTOKOLL" over the body's name in the same large type: a heading in
    # capitals wraps in capitals, the name under it is a heading of its own
    data = scaled_pdf([(72, 760, "MØTEPROTOKOLL", 16, 1.0),
                       (72, 738, "Verdensarvrådet for helleristningene i Hjortevik", 16, 1.0),
                       (72, 700, "Møtedato: 03.06.2027", 11, 1.0),
                       (72, 686, "Møtested: Verdensarvsenteret", 11, 1.0)])
    assert [b.text for b in read(data)][:2] == [
        "MØTEPROTOKOLL", "Verdensarvrådet for helleristningene i Hjortevik"]
def test_a_running_header_in_small_type_heads_no_table_carried_onto_its_page() -> None:
    # (s79i) a case system's header tabbed like a row ("Råd ⇥ Møteprotokoll ⇥ date", 8.5
    # pt) over the agenda table carried on from page 1, its heading repeated: the table's
    # two cells are no pieces of the header's wide first cell
    from motebok.read.pdf import _with_empty_cells
    header = _Line("Nordfjella råd\tMøteprotokoll\t19.03.2027", 65.0, 800.0, 8.5, False,
                   ("Nordfjella råd", "Møteprotokoll", "19.03.2027"), (65.0, 250.0, 480.0))
    head = _Line("Saksnr\tTittel", 67.0, 768.0, 11.0, True, ("Saksnr", "Tittel"), (67.0, 153.0))
    row = _Line("PS 17/27\tEventuelt", 67.0, 748.0, 11.0, False, ("PS 17/27", "Eventuelt"),
                (67.0, 153.0))
    lines = _with_empty_cells([header, head, row])
    assert [line.cells for line in lines[1:]] == [("Saksnr", "Tittel"), ("PS 17/27", "Eventuelt")]
