"""The ODT reader: headings, numbered lists as LibreOffice shows them, tables, bold."""

from __future__ import annotations

import io
import zipfile

import pytest

from fixtures.builders import to_odt
from motebok.errors import ReadError
from motebok.read.blocks import BlockKind
from motebok.read.odt import read

NAMESPACES = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"'
)
ODT_MIMETYPE = "application/vnd.oasis.opendocument.text"


def odt_package(body: str, styles: str = "", mimetype: str = ODT_MIMETYPE,
                manifest: str = "") -> bytes:
    """A minimal .odt: content.xml holding ``body`` inside office:text."""
    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {NAMESPACES}>'
               f"<office:automatic-styles>{styles}</office:automatic-styles>"
               f"<office:body><office:text>{body}</office:text></office:body>"
               "</office:document-content>")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("mimetype", mimetype)
        archive.writestr("content.xml", content)
        archive.writestr("META-INF/manifest.xml", manifest or "<manifest/>")
    return out.getvalue()


def test_document_built_with_odfdo():
    data = to_odt([
        ("heading", "Referat fra møte i Åsen vel"),
        ("bold", "Til stede:"),
        ("table", [("Kari Nordmann", "Åsen vel"), ("Per Ødegård", "Nordby IL")]),
        ("heading", "Saker", 2),
        ("list", ["Innkalling", ("Referat", ["Godkjent", "Signert"]), "Eventuelt"], True),
        ("list", ["Kaffe", ("Kake", ["Bløtkake"])], False),
        ("para", "Neste møte blir i mai."),
    ])
    blocks = read(data)
    assert [(b.kind, b.text, b.level) for b in blocks] == [
        (BlockKind.HEADING, "Referat fra møte i Åsen vel", 1),
        (BlockKind.PARAGRAPH, "Til stede:", 0),
        (BlockKind.TABLE_ROW, "Kari Nordmann\tÅsen vel", 0),
        (BlockKind.TABLE_ROW, "Per Ødegård\tNordby IL", 0),
        (BlockKind.HEADING, "Saker", 2),
        (BlockKind.LIST_ITEM, "1. Innkalling", 0),
        (BlockKind.LIST_ITEM, "2. Referat", 0),
        (BlockKind.LIST_ITEM, "a. Godkjent", 1),
        (BlockKind.LIST_ITEM, "b. Signert", 1),
        (BlockKind.LIST_ITEM, "3. Eventuelt", 0),
        (BlockKind.LIST_ITEM, "- Kaffe", 0),
        (BlockKind.LIST_ITEM, "- Kake", 0),
        (BlockKind.LIST_ITEM, "- Bløtkake", 1),
        (BlockKind.PARAGRAPH, "Neste møte blir i mai.", 0),
    ]
    assert blocks[1].bold and not blocks[-1].bold
    assert blocks[3].cells == ("Per Ødegård", "Nordby IL")


LIST_STYLES = (
    '<text:list-style style:name="L1">'
    '<text:list-level-style-number text:level="1" style:num-format="A" '
    'style:num-suffix=")" text:start-value="3"/>'
    '<text:list-level-style-number text:level="2" style:num-format="1" '
    'style:num-suffix="." text:display-levels="2"/>'
    "</text:list-style>"
)


def test_number_format_start_value_display_levels_and_continued_lists():
    body = (
        '<text:list text:style-name="L1">'
        "<text:list-item><text:p>Tredje</text:p>"
        "<text:list><text:list-item><text:p>Under</text:p></text:list-item>"
        "<text:list-item><text:p>Under to</text:p></text:list-item></text:list>"
        "</text:list-item>"
        "<text:list-item><text:p>Fjerde</text:p></text:list-item></text:list>"
        "<text:p>Mellomtekst</text:p>"
        '<text:list text:style-name="L1" text:continue-numbering="true">'
        "<text:list-item><text:p>Femte</text:p></text:list-item></text:list>"
        '<text:list text:style-name="L1">'
        '<text:list-item text:start-value="7"><text:p>Sjuende</text:p></text:list-item>'
        "<text:list-header><text:p>Uten nummer</text:p></text:list-header></text:list>"
    )
    assert [b.text for b in read(odt_package(body, LIST_STYLES))] == [
        "C) Tredje", "C.1. Under", "C.2. Under to", "D) Fjerde", "Mellomtekst", "E) Femte",
        "G) Sjuende", "Uten nummer",
    ]


def test_spaces_tabs_breaks_notes_and_bold_spans():
    styles = ('<style:style style:name="T1" style:family="text">'
              '<style:text-properties fo:font-weight="bold"/></style:style>'
              '<style:style style:name="P1" style:family="paragraph">'
              '<style:text-properties fo:font-weight="700"/></style:style>')
    body = (
        '<text:h text:outline-level="2">Sak  01/24\n  <text:span>Budsjett</text:span></text:h>'
        "<text:p>Kari<text:s text:c=\"2\"/>Nordmann<text:line-break/>Åsen kommune</text:p>"
        "<text:p>Per Ødegård<text:tab/>Nordby IL</text:p>"
        '<text:p>Vedtatt<text:note><text:note-citation>1</text:note-citation>'
        "<text:note-body><text:p>En fotnote</text:p></text:note-body></text:note>.</text:p>"
        '<text:p><text:span text:style-name="T1">Vedtak:</text:span> '
        '<text:span text:style-name="T1">godkjent</text:span></text:p>'
        '<text:p text:style-name="P1">Hele avsnittet</text:p>'
        '<text:p><text:span text:style-name="T1">Vedtak:</text:span> godkjent</text:p>'
        "<text:p/><text:p> </text:p>"
    )
    blocks = read(odt_package(body, styles))
    assert [(b.kind, b.text, b.bold) for b in blocks] == [
        (BlockKind.HEADING, "Sak 01/24 Budsjett", False),
        (BlockKind.PARAGRAPH, "Kari  Nordmann\nÅsen kommune", False),
        (BlockKind.TABLE_ROW, "Per Ødegård\tNordby IL", False),
        (BlockKind.PARAGRAPH, "Vedtatt.", False),
        (BlockKind.PARAGRAPH, "Vedtak: godkjent", True),
        (BlockKind.PARAGRAPH, "Hele avsnittet", True),
        (BlockKind.PARAGRAPH, "Vedtak: godkjent", False),
    ]
    assert blocks[0].level == 2


def test_an_underlined_span_that_opens_a_paragraph_is_a_run_as_a_bold_one_is():
    # "<u>Økonomi</u>. Regnskapet …": prose minutes lead each topic so; an underlined
    # word further on (a link, a stress) is no lead
    styles = ('<style:style style:name="U1" style:family="text"><style:text-properties '
              'style:text-underline-style="solid"/></style:style>')
    body = ('<text:p><text:span text:style-name="U1">Økonomi</text:span>. Regnskapet ble '
            "gjennomgått.</text:p>"
            '<text:p>Se <text:span text:style-name="U1">nettsida</text:span>.</text:p>')
    blocks = read(odt_package(body, styles))
    assert [(b.text, b.bold, b.runs) for b in blocks] == [
        ("Økonomi. Regnskapet ble gjennomgått.", False, ("Økonomi",)),
        ("Se nettsida.", False, ())]


def test_table_with_header_rows_covered_cells_and_nested_table():
    body = (
        "<table:table>"
        "<table:table-header-rows><table:table-row>"
        '<table:table-cell table:number-columns-spanned="2"><text:p>Til stede</text:p>'
        "</table:table-cell><table:covered-table-cell/>"
        "</table:table-row></table:table-header-rows>"
        "<table:table-row><table:table-cell><text:p>Kari</text:p><text:p>leder</text:p>"
        "</table:table-cell><table:table-cell><table:table><table:table-row>"
        "<table:table-cell><text:p>Indre</text:p></table:table-cell>"
        "<table:table-cell><text:p>celle</text:p></table:table-cell>"
        "</table:table-row></table:table></table:table-cell></table:table-row>"
        "</table:table>"
    )
    assert [b.cells for b in read(odt_package(body))] == [
        ("Til stede",), ("Kari\nleder",), ("Indre", "celle")]


def test_sections_and_numbered_headings():
    body = ('<text:section text:name="S"><text:p>Inne i seksjon</text:p></text:section>'
            '<text:h text:outline-level="1"><text:number>2.</text:number>Saker</text:h>')
    assert [b.text for b in read(odt_package(body))] == ["Inne i seksjon", "2. Saker"]


DRAW = ('xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
        'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"')


def test_text_boxes_are_read_after_their_anchor_and_contents_and_prompts_are_not():
    body = (
        '<text:table-of-content text:name="Innhold"><text:index-body><text:index-title>'
        "<text:p>Innhold</text:p></text:index-title>"
        "<text:p>Sak 1/24 Budsjett<text:tab/>1</text:p></text:index-body>"
        "</text:table-of-content>"
        f'<text:p>REFERAT<draw:frame {DRAW} text:anchor-type="paragraph"><draw:text-box>'
        "<text:p>Tid: 14. februar 2024</text:p><text:p>Sted: Rådhuset</text:p>"
        "</draw:text-box></draw:frame></text:p>"
        f'<draw:frame {DRAW} text:anchor-type="page"><draw:text-box>'
        "<text:p>Referent: Lise Berg</text:p></draw:text-box></draw:frame>"
        '<text:h text:outline-level="2">Sak 1/24 Budsjett</text:h>'
        '<text:p>Neste møte: <text:placeholder text:placeholder-type="text">'
        "&lt;Skriv inn dato&gt;</text:placeholder></text:p>"
    )
    assert [b.text for b in read(odt_package(body))] == [
        "REFERAT", "Tid: 14. februar 2024", "Sted: Rådhuset", "Referent: Lise Berg",
        "Sak 1/24 Budsjett", "Neste møte:"]


def test_not_a_zip_or_another_odf_type_is_not_an_odt():
    with pytest.raises(ReadError, match=r"^not an ODT file$"):
        read(b"ren tekst")
    with pytest.raises(ReadError, match=r"^not an ODT file$"):
        read(odt_package("<text:p>x</text:p>",
                         mimetype="application/vnd.oasis.opendocument.spreadsheet"))


def test_missing_content_or_broken_xml_is_corrupt():
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("mimetype", ODT_MIMETYPE)
    with pytest.raises(ReadError, match=r"^corrupt ODT file$"):
        read(out.getvalue())
    with pytest.raises(ReadError, match=r"^corrupt ODT file$"):
        read(odt_package("<text:p>ikke lukket"))


def test_encrypted_package_is_refused():
    manifest = ('<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:'
                'manifest:1.0"><manifest:file-entry manifest:full-path="content.xml">'
                "<manifest:encryption-data/></manifest:file-entry></manifest:manifest>")
    with pytest.raises(ReadError, match=r"^encrypted ODT file$"):
        read(odt_package("<text:p>hemmelig</text:p>", manifest=manifest))


# A page typed like a typewriter page: one paragraph per line, an empty one between.
TYPED = "".join(f"<text:p>{line}</text:p>" for line in [
    "REFERAT", "fra møte i Eldrerådet", "", "Sak 1", "Velkommen", "", "Sak 2", "Eventuelt"])
TYPED_BLOCKS = [
    (BlockKind.PARAGRAPH, "REFERAT", True),
    (BlockKind.PARAGRAPH, "fra møte i Eldrerådet", False),
    (BlockKind.PARAGRAPH, "Sak 1", True),
    (BlockKind.PARAGRAPH, "Velkommen", False),
    (BlockKind.PARAGRAPH, "Sak 2", True),
    (BlockKind.PARAGRAPH, "Eventuelt", False),
]


def test_a_document_typed_line_by_line_reads_like_a_text_file():
    blocks = read(odt_package(TYPED + "<text:p>- Ingen saker.</text:p><text:p/>"))
    assert [(b.kind, b.text, b.gap) for b in blocks] == [
        *TYPED_BLOCKS, (BlockKind.LIST_ITEM, "- Ingen saker.", False)]


def test_a_list_inside_a_table_cell_in_a_document_typed_line_by_line():
    # the cell's list items are the cell's text, not blocks of the page, so they must
    # not count among the page's blocks when its typed paragraphs are tightened
    cell_list = ("<text:list><text:list-item><text:p>Budsjett</text:p></text:list-item>"
                 "<text:list-item><text:p>Eventuelt</text:p></text:list-item></text:list>")
    table = ("<table:table><table:table-row><table:table-cell><text:p>Saker</text:p>"
             f"</table:table-cell><table:table-cell>{cell_list}</table:table-cell>"
             "</table:table-row></table:table>")
    blocks = read(odt_package(TYPED + "<text:p/>" + table +
                              "<text:p/><text:p>Neste møte i mai.</text:p>"))
    assert [(b.kind, b.text, b.gap) for b in blocks] == [
        *TYPED_BLOCKS,
        (BlockKind.TABLE_ROW, "Saker\t- Budsjett\n- Eventuelt", True),  # unstyled: bullets
        (BlockKind.PARAGRAPH, "Neste møte i mai.", True),
    ]


def test_a_cell_merged_over_rows_fills_its_column_in_each():
    cell = '<table:table-cell{}><text:p>{}</text:p></table:table-cell>'
    covered = "<table:covered-table-cell/>"
    rows = [
        cell.format(' table:number-columns-spanned="2"', "Til stede") + covered
        + cell.format("", "Rolle"),
        cell.format(' table:number-rows-spanned="2"', "Styret") + cell.format("", "Kari")
        + cell.format("", "leder"),
        covered + cell.format("", "Per") + cell.format("", "medlem"),
    ]
    body = "<table:table>" + "".join(f"<table:table-row>{r}</table:table-row>"
                                     for r in rows) + "</table:table>"
    assert [b.cells for b in read(odt_package(body))] == [
        ("Til stede", "Rolle"), ("Styret", "Kari", "leder"), ("Styret", "Per", "medlem")]


def test_a_table_that_holds_headings_lays_out_the_page_and_is_read_as_flow():
    body = ("<table:table><table:table-row><table:table-cell><text:p>Sak 10/24</text:p>"
            '</table:table-cell><table:table-cell><text:h text:outline-level="3">'
            "Orienteringer</text:h><text:p>Konklusjon: Tatt til orientering.</text:p>"
            "</table:table-cell></table:table-row></table:table>"
            '<table:table><table:table-row><table:table-cell><text:h text:outline-level="4">'
            "Navn</text:h></table:table-cell></table:table-row>"
            "<table:table-row><table:table-cell><text:p>Kari</text:p>"
            "</table:table-cell><table:table-cell><text:p>Åsen</text:p></table:table-cell>"
            "</table:table-row></table:table>")
    assert [(b.kind, b.text) for b in read(odt_package(body))] == [
        (BlockKind.PARAGRAPH, "Sak 10/24"), (BlockKind.HEADING, "Orienteringer"),
        (BlockKind.PARAGRAPH, "Konklusjon: Tatt til orientering."),
        (BlockKind.TABLE_ROW, "Navn"), (BlockKind.TABLE_ROW, "Kari\tÅsen")]


def test_a_heading_numbered_as_a_list_item_shows_its_number():
    styles = ('<text:list-style style:name="L1"><text:list-level-style-number text:level="1" '
              'style:num-suffix="." style:num-format="1"/></text:list-style>')
    body = ('<text:list text:style-name="L1">'
            '<text:list-item><text:h text:outline-level="2">Godkjenning</text:h></text:list-item>'
            '<text:list-item><text:h text:outline-level="2"><text:number>2.</text:number>'
            "Budsjett</text:h></text:list-item></text:list>")
    assert [(b.kind, b.text) for b in read(odt_package(body, styles))] == [
        (BlockKind.HEADING, "1. Godkjenning"), (BlockKind.HEADING, "2. Budsjett")]


def odt_with_page_header(body: str, header: str, part: str = "header") -> bytes:
    """A minimal .odt whose "Standard" master page has ``header`` (paragraphs) as its
    page header (or, with ``part`` "footer", its footer), as Writer templates keep a
    letterhead."""
    styles = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-styles {NAMESPACES}>'
              '<office:master-styles><style:master-page style:name="Standard">'
              f"<style:{part}>{header}</style:{part}></style:master-page>"
              "</office:master-styles></office:document-styles>")
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(odt_package(body))) as source, \
            zipfile.ZipFile(out, "w") as archive:
        for name in source.namelist():
            archive.writestr(name, source.read(name))
        archive.writestr("styles.xml", styles)
    return out.getvalue()


HEADER = ("<text:p>Fjordvik Vel</text:p><text:p>MØTEREFERAT</text:p>"
          "<text:p>Side <text:page-number>1</text:page-number></text:p>")


def test_a_letterhead_in_the_page_header_heads_a_body_without_a_title():
    data = odt_with_page_header("<text:p>Dato: 14. mars 2023</text:p>", HEADER)
    assert [b.text for b in read(data)] == ["Fjordvik Vel", "MØTEREFERAT",
                                            "Dato: 14. mars 2023"]


def test_a_running_header_over_a_titled_body_is_left_out():
    data = odt_with_page_header("<text:p>Referat fra styremøte</text:p>"
                                "<text:p>Dato: 14. mars 2023</text:p>", HEADER)
    assert [b.text for b in read(data)] == ["Referat fra styremøte", "Dato: 14. mars 2023"]


def test_hidden_text_is_left_out_as_in_docx():
    # Writer's "Hidden" character attribute (and Word's hidden text saved as ODT)
    styles = ('<style:style style:name="T1" style:family="text">'
              '<style:text-properties text:display="none"/></style:style>')
    body = ('<text:p>Møtet ble hevet.<text:span text:style-name="T1"> Husk å rette dette.'
            "</text:span> Takk for nå.</text:p>")
    assert [b.text for b in read(odt_package(body, styles))] == [
        "Møtet ble hevet. Takk for nå."]


def test_a_text_box_in_a_table_cell_is_the_cells_text():
    # a template's date box placed in the value cell of a "Dato:" row
    body = ("<table:table><table:table-row>"
            "<table:table-cell><text:p>Dato:</text:p></table:table-cell>"
            f"<table:table-cell><text:p><draw:frame {DRAW}><draw:text-box>"
            "<text:p>14.03.2024</text:p></draw:text-box></draw:frame></text:p>"
            "</table:table-cell></table:table-row></table:table>")
    assert [b.cells for b in read(odt_package(body))] == [("Dato:", "14.03.2024")]


def test_a_list_items_number_stored_in_the_file_is_shown_as_written():
    # a converter writes each item's number (text:number); the list style says "1."
    styles = ('<text:list-style style:name="L1"><text:list-level-style-number '
              'text:level="1" style:num-suffix="." style:num-format="1"/></text:list-style>')
    body = ('<text:list text:style-name="L1">'
            "<text:list-item><text:number>7.</text:number><text:p>Budsjett</text:p>"
            "</text:list-item><text:list-item><text:number>8.</text:number>"
            "<text:p>Eventuelt</text:p></text:list-item></text:list>")
    assert [b.text for b in read(odt_package(body, styles))] == ["7. Budsjett", "8. Eventuelt"]


def test_a_section_hidden_in_writer_is_left_out():
    body = ('<text:p>Referat</text:p><text:section text:name="Intern" text:display="none">'
            "<text:p>Utkast som ikke skal med</text:p></text:section><text:p>Sak 1/24</text:p>")
    assert [b.text for b in read(odt_package(body))] == ["Referat", "Sak 1/24"]


@pytest.mark.parametrize(("condition", "shown"), [
    ("ooow:1", False), ("ooow:TRUE", False),  # a condition that always holds hides it
    ("ooow:Utkast == 1", True),  # one on a variable: the file keeps no state, so shown
])
def test_a_section_hidden_by_a_condition_that_always_holds_is_left_out(condition, shown):
    body = ('<text:p>Referat</text:p><text:section text:name="Intern" '
            f'text:display="condition" text:condition="{condition}">'
            "<text:p>Internt notat</text:p></text:section><text:p>Sak 1/24</text:p>")
    texts = [b.text for b in read(odt_package(body))]
    assert texts == (["Referat", "Internt notat", "Sak 1/24"] if shown else
                     ["Referat", "Sak 1/24"])


def test_a_letterhead_is_read_with_its_spaces_breaks_and_text_box_and_without_notes():
    # the header's words are parted by text:s, its lines by text:tab and text:line-break;
    # a note's text is not the header's, and a text box's lines are read once
    header = ("<text:p>Fjordvik<text:s/>Vel<text:tab/>Styret<text:line-break/>MØTEREFERAT"
              "<text:note><text:note-citation>1</text:note-citation><text:note-body>"
              "<text:p>Godkjent av styret</text:p></text:note-body></text:note></text:p>"
              f"<text:p><draw:frame {DRAW}><draw:text-box><text:p>Fjordvik Vel</text:p>"
              "<text:p>Postboks 12</text:p></draw:text-box></draw:frame></text:p>")
    data = odt_with_page_header("<text:p>Dato: 14. mars 2023</text:p>", header)
    assert [b.text for b in read(data)] == [
        "Fjordvik Vel", "Styret", "MØTEREFERAT", "Fjordvik Vel", "Dato: 14. mars 2023"]


def test_the_text_of_a_drawing_shape_is_read_after_its_anchor_as_a_text_box_is():
    # a date in a rounded rectangle (its title is no text of the page), and a shape
    # anchored to the page
    body = (f'<text:p>REFERAT<draw:custom-shape {DRAW} text:anchor-type="paragraph">'
            "<svg:title>Datoboks</svg:title><text:p>Dato: 14.03.2024</text:p>"
            "<draw:enhanced-geometry/></draw:custom-shape></text:p>"
            f'<draw:rect {DRAW} text:anchor-type="page"><text:p>Sted: Rådhuset</text:p>'
            "</draw:rect><text:p>Sak 1/24 Innkalling</text:p>")
    assert [b.text for b in read(odt_package(body))] == [
        "REFERAT", "Dato: 14.03.2024", "Sted: Rådhuset", "Sak 1/24 Innkalling"]


def test_a_numbered_paragraph_outside_a_list_is_read_with_its_stored_number():
    # ODF 1.2's text:numbered-paragraph, as producers other than LibreOffice write it
    body = ('<text:numbered-paragraph text:list-id="l1"><text:number>Sak 7.</text:number>'
            "<text:p>Budsjett 2026</text:p></text:numbered-paragraph>"
            '<text:numbered-paragraph text:list-id="l1" text:level="2">'
            "<text:p>Uten lagret nummer</text:p></text:numbered-paragraph>")
    blocks = read(odt_package(body))
    assert [(b.kind, b.text, b.level) for b in blocks] == [
        (BlockKind.LIST_ITEM, "Sak 7. Budsjett 2026", 0),
        (BlockKind.PARAGRAPH, "Uten lagret nummer", 0)]


def test_a_day_only_in_the_first_page_header_is_read_before_a_titled_body():
    header = "<text:p>Fjordvik Vel</text:p><text:p>Dato: 12.03.2024</text:p>"
    styles_header = odt_with_page_header(
        "<text:p>Referat fra styremøte</text:p><text:p>Sak 1/24 Regnskap</text:p>", header)
    assert [b.text for b in read(styles_header)] == [
        "Dato: 12.03.2024", "Referat fra styremøte", "Sak 1/24 Regnskap"]


def test_a_zip_bomb_is_refused_before_it_is_unpacked(monkeypatch):
    """A megabyte of zip can unpack to a gigabyte of XML (minutes of reading): the sizes
    the package declares are checked first. The limit is lowered here to keep the test
    small; a real report's text is far below it."""
    monkeypatch.setattr("motebok.read.package.MAX_XML_BYTES", 2000)
    assert read(odt_package("<text:p>Referat fra styremøte</text:p>"))
    with pytest.raises(ReadError, match=r"^ODT text too large to read \(0 MB of XML\)$"):
        read(odt_package("<text:p>" + "a" * 5000 + "</text:p>"))


def test_a_space_count_past_any_line_is_cut_short():
    """``<text:s text:c="999999999"/>`` would build a string of a gigabyte."""
    blocks = read(odt_package('<text:p>Kari<text:s text:c="999999999"/>Nordmann</text:p>'))
    assert blocks[0].text.startswith("Kari") and blocks[0].text.endswith("Nordmann")
    assert len(blocks[0].text) < 2000


def test_ticks_in_a_symbol_font_read_as_the_marks_they_show_as_in_docx():
    # a Word attendance table ticked in Wingdings, saved by Writer: the font's codes stay
    styles = ('<style:style style:name="T1" style:family="text">'
              '<style:text-properties style:font-name="Wingdings"/></style:style>'
              '<style:style style:name="T2" style:family="text">'
              '<style:text-properties fo:font-family="\'Wingdings 2\'"/></style:style>')
    row = ('<table:table-row><table:table-cell><text:p>{}</text:p></table:table-cell>'
           '<table:table-cell><text:p><text:span text:style-name="{}">{}</text:span>'
           '</text:p></table:table-cell></table:table-row>')
    body = ("<table:table>" + row.format("Kari Nordmann", "T1", "\uf0fc")
            + row.format("Per Hansen", "T2", "£") + row.format("Ola Vik", "T1", "ü")
            + "</table:table>")
    assert [b.cells for b in read(odt_package(body, styles))] == [
        ("Kari Nordmann", "✓"), ("Per Hansen", "☐"), ("Ola Vik", "✓")]


def test_a_hidden_text_field_whose_condition_hides_it_is_left_out():
    body = ('<text:p>Vedtak: Godkjent<text:hidden-text text:condition="ooow:utkast == 1" '
            'text:string-value=" (utkast)" text:is-hidden="true"> (utkast)</text:hidden-text>'
            '.</text:p>')
    assert [b.text for b in read(odt_package(body))] == ["Vedtak: Godkjent."]


def test_a_page_header_switched_off_is_not_the_letterhead():
    # Writer keeps the text of a header turned off (style:display="false"); none shows
    data = odt_with_page_header("<text:p>Dato: 14. mars 2023</text:p>", HEADER)
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as archive:
        for name in source.namelist():
            part = source.read(name)
            if name == "styles.xml":
                part = part.replace(b"<style:header>", b'<style:header style:display="false">')
            archive.writestr(name, part)
    assert [b.text for b in read(out.getvalue())] == ["Dato: 14. mars 2023"]


def test_a_non_breaking_hyphen_reads_as_the_hyphen_it_shows_as_in_docx():
    # Writer keeps Word's non-breaking hyphen as U+2011: "kl. 18.00‑20.30" is a range
    body = "<text:p>Tid: kl. 18.00\u201120.30</text:p><text:p>Sted: Nord\u2011Fron</text:p>"
    assert [b.text for b in read(odt_package(body))] == [
        "Tid: kl. 18.00-20.30", "Sted: Nord-Fron"]


def test_a_list_without_a_list_style_is_numbered_by_its_paragraph_style():
    # Writer names no list style on the list when the paragraph style ("Nummerert")
    # numbers its paragraphs; ODF says the paragraph style's list style then counts
    styles = ('<style:style style:name="Nummerert" style:family="paragraph" '
              'style:list-style-name="L1"/>'
              '<style:style style:name="P1" style:family="paragraph" '
              'style:parent-style-name="Nummerert"/>'
              '<text:list-style style:name="L1"><text:list-level-style-number text:level="1" '
              'style:num-suffix="." style:num-format="1"/><text:list-level-style-number '
              'text:level="2" style:num-suffix=")" style:num-format="a"/></text:list-style>')
    body = ('<text:list><text:list-item><text:p text:style-name="P1">Innkalling</text:p>'
            '</text:list-item><text:list-item><text:p text:style-name="P1">Regnskap</text:p>'
            '<text:list><text:list-item><text:p text:style-name="P1">Drift</text:p>'
            '</text:list-item></text:list></text:list-item></text:list>'
            '<text:list><text:list-item><text:p>Kaffe</text:p></text:list-item></text:list>')
    assert [b.text for b in read(odt_package(body, styles))] == [
        "1. Innkalling", "2. Regnskap", "a) Drift", "- Kaffe"]


def test_the_letterhead_is_read_from_the_page_style_the_first_paragraph_starts():
    # Writer's "First Page" style carries the letterhead; the first paragraph's style
    # starts the document on it (style:master-page-name), the later pages on "Standard"
    styles = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-styles {NAMESPACES}>'
              '<office:master-styles><style:master-page style:name="Standard"><style:header>'
              '<text:p>Side <text:page-number>2</text:page-number></text:p></style:header>'
              '</style:master-page><style:master-page style:name="First_20_Page">'
              '<style:header><text:p>Fjordvik Vel</text:p><text:p>MØTEREFERAT</text:p>'
              "</style:header></style:master-page></office:master-styles>"
              "</office:document-styles>")
    first = ('<style:style style:name="P1" style:family="paragraph" '
             'style:master-page-name="First_20_Page"/>')
    body = ('<text:tracked-changes><text:changed-region text:id="c1"><text:deletion>'
            '<text:p text:style-name="P2">Utkast</text:p></text:deletion></text:changed-region>'
            '</text:tracked-changes><text:p text:style-name="P1">Dato: 14. mars 2023</text:p>')
    assert [b.text for b in read(_with_styles(odt_package(body, first), styles))] == [
        "Fjordvik Vel", "MØTEREFERAT", "Dato: 14. mars 2023"]


def test_a_row_writer_writes_once_with_its_count_is_read_that_many_times():
    # two identical seat rows of a vote count (Writer: table:number-rows-repeated="2")
    cell = "<table:table-cell><text:p>{}</text:p></table:table-cell>"
    row = "<table:table-row{}>" + cell.format("Ja") + cell.format("☐") + "</table:table-row>"
    body = ("<table:table>" + row.format(' table:number-rows-repeated="2"')
            + "<table:table-row table:number-rows-repeated=\"30\">" + cell.format("")
            + "</table:table-row></table:table>")
    assert [b.cells for b in read(odt_package(body))] == [("Ja", "☐"), ("Ja", "☐")]


def test_paragraphs_hidden_by_their_style_or_a_hidden_paragraph_field_are_left_out():
    # a template's guidance paragraph in a hidden style, and one hidden by a condition
    styles = ('<style:style style:name="Veiledning" style:family="paragraph">'
              '<style:text-properties text:display="none"/></style:style>'
              '<style:style style:name="P1" style:family="paragraph" '
              'style:parent-style-name="Veiledning"/>')
    body = ('<text:p text:style-name="P1">Skriv inn vedtaket under.</text:p>'
            '<text:p>Vedtak: Godkjent.</text:p>'
            '<text:p><text:hidden-paragraph text:condition="ooow:utkast == 0" '
            'text:is-hidden="true"/>UTKAST – ikke godkjent</text:p>'
            '<text:p><text:hidden-paragraph text:condition="ooow:utkast == 1" '
            'text:is-hidden="false"/>Protokollen er godkjent.</text:p>')
    assert [b.text for b in read(odt_package(body, styles))] == [
        "Vedtak: Godkjent.", "Protokollen er godkjent."]


CHAPTER_NUMBERING = (
    '<text:outline-style style:name="Outline">'
    '<text:outline-level-style text:level="1" style:num-format="1"/>'
    '<text:outline-level-style text:level="2" style:num-format="1" text:display-levels="2"/>'
    '<text:outline-level-style text:level="3" style:num-format=""/>'
    "</text:outline-style>"
    + "".join(f'<style:style style:name="H{n}" style:family="paragraph" '
              f'style:default-outline-level="{n}"/>' for n in (1, 2, 3))
    + '<style:style style:name="P1" style:family="paragraph" style:parent-style-name="H2"/>'
    '<style:style style:name="Uten" style:family="paragraph" style:parent-style-name="H1" '
    'style:list-style-name=""/>')


def _heading(level: int, text: str, style: str = "", more: str = "") -> str:
    """A text:h at an outline level, in paragraph style H<level> unless told."""
    return (f'<text:h text:outline-level="{level}" text:style-name="{style or f"H{level}"}"'
            f"{more}>{text}</text:h>")


def test_headings_show_the_number_the_outline_style_gives_them():
    # Writer's chapter numbering: "1 Innledning" is typed "Innledning", the number is the
    # outline style's (level 2 shows both levels, level 3 none); a heading whose style
    # says "no list", one in a style outside the chapter numbering and a list header have
    # none; the count restarts where the heading says so
    body = "".join([
        _heading(1, "Innledning"), _heading(2, "Godkjenning av innkalling"),
        _heading(2, "Godkjenning av referat", "P1"), _heading(3, "Merknader"),
        _heading(1, "Saker"), _heading(2, "Budsjett"), _heading(1, "Vedlegg", "Uten"),
        _heading(1, "Merknad", "Standard"),
        _heading(1, "Eventuelt", more=' text:is-list-header="true"'),
        _heading(1, "Orienteringer", more=' text:restart-numbering="true" text:start-value="7"'),
    ])
    assert [b.text for b in read(odt_package(body, CHAPTER_NUMBERING))] == [
        "1 Innledning", "1.1 Godkjenning av innkalling", "1.2 Godkjenning av referat",
        "Merknader", "2 Saker", "2.1 Budsjett", "Vedlegg", "Merknad", "Eventuelt",
        "7 Orienteringer"]


def test_a_stored_chapter_number_is_not_counted_twice():
    body = _heading(1, "<text:number>3</text:number>Saker")
    assert [b.text for b in read(odt_package(body, CHAPTER_NUMBERING))] == ["3 Saker"]


def test_a_footer_that_alone_names_the_minutes_heads_a_body_without_a_title():
    # the template names the minutes only in the page footer, beside the page number
    footer = ("<text:p>Referat Regionrådet 4.3.2025 – side "
              "<text:page-number>1</text:page-number></text:p>")
    data = odt_with_page_header("<text:p>Tid: kl. 10.00</text:p>", footer, "footer")
    assert [b.text for b in read(data)] == ["Referat Regionrådet 4.3.2025", "Tid: kl. 10.00"]


def test_a_day_tabbed_beside_the_title_in_the_page_header_stays_with_it():
    header = ("<text:p>Referat Regionrådet<text:tab/>4.3.2025<text:tab/>Side "
              "<text:page-number>1</text:page-number> av 2</text:p>")
    data = odt_with_page_header("<text:p>Tid: kl. 10.00</text:p>", header)
    assert [b.text for b in read(data)] == ["Referat Regionrådet 4.3.2025", "Tid: kl. 10.00"]


def test_minutes_raised_over_the_hour_read_as_the_time_they_are_as_in_docx():
    # "kl. 9³⁰": Writer's superscript (style:text-position) over the minutes of a time;
    # the "2" of "m²" keeps its reading, a raised footnote number is left out (as in PDF)
    styles = ('<style:style style:name="T1" style:family="text">'
              '<style:text-properties style:text-position="super 58%"/></style:style>')
    body = ('<text:p>Tid: kl. 9<text:span text:style-name="T1">30</text:span> – 11'
            '<text:span text:style-name="T1">15</text:span></text:p>'
            '<text:p>Lokalet er 80 m<text:span text:style-name="T1">2</text:span>, se note'
            '<text:span text:style-name="T1">12</text:span>.</text:p>')
    assert [b.text for b in read(odt_package(body, styles))] == [
        "Tid: kl. 9.30 – 11.15", "Lokalet er 80 m2, se note."]


def test_a_kommune_in_the_footer_is_handed_on_as_furniture_not_as_text():
    # as in DOCX: "Nordby kommune" in Writer's footer is the issuer, no line of the text
    data = odt_with_page_header("<text:p>Protokoll fra møte i formannskapet</text:p>",
                                "<text:p>Nordby kommune</text:p>", "footer")
    blocks = read(data)
    assert [b.text for b in blocks] == ["Protokoll fra møte i formannskapet"]
    assert blocks.furniture == ["Nordby kommune"]


def test_rows_set_in_columns_after_soft_line_breaks_are_one_row_a_line_as_in_docx():
    # "Til stede:" ↵ "Kari Holm ⇥ Åsen kommune" ↵ …: a TAB parts its own line's cells
    body = ("<text:p>Til stede:<text:line-break/>Kari Holm<text:tab/>Åsen kommune"
            "<text:line-break/>Per Dahl<text:tab/>Bø kommune</text:p>")
    assert [(b.kind, b.text) for b in read(odt_package(body))] == [
        (BlockKind.PARAGRAPH, "Til stede:"),
        (BlockKind.TABLE_ROW, "Kari Holm\tÅsen kommune"),
        (BlockKind.TABLE_ROW, "Per Dahl\tBø kommune")]


def test_a_letterheads_labels_in_a_table_keep_their_time_and_address_with_digits():
    # "Tid:" | "17:00–19:30" in the page header's table: one line, not a bare number
    header = ("<text:p>Lindeli kommune</text:p><text:p>MØTEPROTOKOLL</text:p><table:table>"
              + "".join(f"<table:table-row><table:table-cell><text:p>{label}</text:p>"
                        f"</table:table-cell><table:table-cell><text:p>{value}</text:p>"
                        "</table:table-cell></table:table-row>"
                        for label, value in (("Møtested:", "Storgata 4"), ("Tid:", "17:00"),
                                             ("Referent:", "")))
              + "</table:table>")
    data = odt_with_page_header("<text:p>Til stede: Randi Moe</text:p>", header)
    assert [b.text for b in read(data)] == [
        "Lindeli kommune", "MØTEPROTOKOLL", "Møtested: Storgata 4", "Tid: 17:00",
        "Referent:", "Til stede: Randi Moe"]


def test_a_title_written_as_a_label_in_the_page_header_keeps_its_own_line():
    header = "<text:p>MØTEREFERAT:</text:p><text:p>Styret i Fjordvik Vel</text:p>"
    data = odt_with_page_header("<text:p>Til stede: Randi Moe</text:p>", header)
    assert [b.text for b in read(data)] == [
        "MØTEREFERAT:", "Styret i Fjordvik Vel", "Til stede: Randi Moe"]


def test_a_letterheads_date_and_time_or_room_keep_their_digits():
    header = ("<text:p>Fjordvik Vel</text:p><text:p>MØTEREFERAT</text:p>"
              "<text:p>Dato og tid:<text:tab/>12.03.2025 kl. 18.00</text:p>"
              "<text:p>Møterom:<text:tab/>2.12</text:p><text:p>Telefon: 12 34 56 78</text:p>")
    data = odt_with_page_header("<text:p>Til stede: Randi Moe</text:p>", header)
    assert [b.text for b in read(data)] == [
        "Fjordvik Vel", "MØTEREFERAT", "Dato og tid: 12.03.2025 kl. 18.00", "Møterom: 2.12",
        "Til stede: Randi Moe"]


def _first_page_and_default(first_header: str, default_header: str) -> bytes:
    """A minimal .odt that starts on Writer's "First Page" style (its own header,
    followed by "Standard" with the running header), as a letterhead template is made."""
    styles = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-styles {NAMESPACES}>'
              "<office:master-styles>"
              '<style:master-page style:name="First_20_Page" style:next-style-name="Standard">'
              f"<style:header>{first_header}</style:header></style:master-page>"
              f'<style:master-page style:name="Standard"><style:header>{default_header}'
              "</style:header></style:master-page></office:master-styles>"
              "</office:document-styles>")
    auto = ('<style:style style:name="P1" style:family="paragraph" '
            'style:master-page-name="First_20_Page"/>')
    body = '<text:p text:style-name="P1">Til stede: Randi Moe</text:p>'
    return _with_styles(odt_package(body, auto), styles)


def test_the_following_page_styles_header_is_the_letterhead_when_the_first_names_none():
    data = _first_page_and_default("<text:p/>", "<text:p>Fjordvik Vel – Møtereferat</text:p>")
    assert [b.text for b in read(data)] == ["Fjordvik Vel – Møtereferat", "Til stede: Randi Moe"]
    data = _first_page_and_default("<text:p>Fjordvik Vel</text:p><text:p>MØTEREFERAT</text:p>",
                                   "<text:p>Referat styremøte</text:p>")
    assert [b.text for b in read(data)] == ["Fjordvik Vel", "MØTEREFERAT", "Til stede: Randi Moe"]


def test_the_later_pages_header_naming_the_cooperation_is_handed_on_as_furniture():
    # as in DOCX: the first page shows a logo's letters, the later pages "Åsdalregionen –
    # administrativ gruppe": the cooperation the extractor reads as the group's parent
    data = _first_page_and_default("<text:p>ÅSDALREGIONEN</text:p>",
                                   "<text:p>Åsdalregionen – administrativ gruppe</text:p>")
    blocks = read(data)
    assert [b.text for b in blocks] == ["Til stede: Randi Moe"]
    assert blocks.furniture == ["Åsdalregionen – administrativ gruppe"]


def _with_styles(package: bytes, styles: str) -> bytes:
    """The package with its styles.xml added (where its page headers live)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(package)) as source, \
            zipfile.ZipFile(out, "w") as archive:
        for name in source.namelist():
            archive.writestr(name, source.read(name))
        archive.writestr("styles.xml", styles)
    return out.getvalue()


def test_a_cell_numbered_by_writers_column_numbering_shows_its_number_as_in_docx():
    # each cell of the numbered column holds an empty item of a list that goes on from
    # the cell above ("5/26", "6/26"); a cell with text keeps its text
    styles = ('<text:list-style style:name="Saker"><text:list-level-style-number '
              'text:level="1" style:num-suffix="/26" style:num-format="1" '
              'text:start-value="5"/></text:list-style>')

    def row(first: str, title: str) -> str:
        return (f"<table:table-row><table:table-cell>{first}</table:table-cell>"
                f"<table:table-cell><text:p>{title}</text:p></table:table-cell>"
                "</table:table-row>")

    numbered = ('<text:list text:style-name="Saker" text:continue-numbering="true">'
                "<text:list-item><text:p/></text:list-item></text:list>")
    body = ('<table:table table:name="Saker"><table:table-column '
            'table:number-columns-repeated="2"/>'
            + row(numbered, "Godkjenning av innkalling") + row(numbered, "Budsjett 2026")
            + row("<text:p>Merknad</text:p>", "Ingen") + "</table:table>")
    assert [b.cells for b in read(odt_package(body, styles))] == [
        ("5/26", "Godkjenning av innkalling"), ("6/26", "Budsjett 2026"), ("Merknad", "Ingen")]


def test_a_rows_empty_cells_after_its_last_filled_one_are_kept_as_in_word():
    # "Ordfører | Kjell Tangen | |" under "Funksjon | Navn | Forfall | Møtt for": the row
    # is as wide as the table, as the DOCX and HTML readers give it; a spreadsheet-made
    # row's endless repeated empty columns are still dropped
    cell = "<table:table-cell><text:p>{}</text:p></table:table-cell>"
    empty = '<table:table-cell table:number-columns-repeated="{}"/>'
    rows = ["".join(cell.format(c) for c in ("Funksjon", "Navn", "Forfall", "Møtt for"))
            + empty.format(1000),
            cell.format("Ordfører") + cell.format("Kjell Tangen") + empty.format(1002)]
    body = "<table:table>" + "".join(f"<table:table-row>{r}</table:table-row>"
                                     for r in rows) + "</table:table>"
    assert [b.cells for b in read(odt_package(body))] == [
        ("Funksjon", "Navn", "Forfall", "Møtt for"), ("Ordfører", "Kjell Tangen", "", "")]


def test_a_page_number_field_leaves_neither_number_nor_label_as_in_docx():
    # text:page-number and text:page-count show the page the text last stood on, no
    # fact of the minutes: "Side 2 av 4" goes whole, text before it stays
    body = ("<text:p>Møtet ble hevet kl. 20.15. Side <text:page-number>2</text:page-number>"
            " av <text:page-count>4</text:page-count></text:p>"
            "<text:p>Side <text:page-number>3</text:page-number> av 4</text:p>"
            "<text:p>Neste møte: <text:date>14. mars 2024</text:date></text:p>")
    assert [b.text for b in read(odt_package(body))] == [
        "Møtet ble hevet kl. 20.15.", "Neste møte: 14. mars 2024"]


def test_a_soft_hyphen_is_no_character_of_the_text():
    # Writer keeps a soft hyphen (where a word may break) as U+00AD in the text
    body = "<text:p>Møte\u00adreferat fra kommune\u00adstyret</text:p>"
    assert [b.text for b in read(odt_package(body))] == ["Møtereferat fra kommunestyret"]


SUB_ITEMS = (
    '<text:list-style style:name="Saker">'
    '<text:list-level-style-number text:level="1" style:num-format="1" style:num-suffix="."/>'
    '<text:list-level-style-number text:level="2" style:num-format="a" style:num-suffix=")"/>'
    "</text:list-style>"
)


def test_an_item_holding_only_a_sub_list_shows_and_counts_no_number():
    # Writer writes a sub-item that goes on after a paragraph between inside an item
    # with no paragraph of its own: ODF shows no number for that item, so the next
    # item is "2." and the sub-item goes on from "a)" to "b)"
    body = ('<text:list text:style-name="Saker"><text:list-item><text:p>Økonomi</text:p>'
            "<text:list><text:list-item><text:p>Budsjett</text:p></text:list-item>"
            "</text:list></text:list-item></text:list>"
            "<text:p>Kommentar fra revisor.</text:p>"
            '<text:list text:style-name="Saker" text:continue-numbering="true">'
            "<text:list-item><text:list><text:list-item><text:p>Regnskap</text:p>"
            "</text:list-item></text:list></text:list-item>"
            "<text:list-item><text:p>Eventuelt</text:p></text:list-item>"
            "<text:list-item><text:list><text:list-item><text:p>Dugnad</text:p>"
            "</text:list-item></text:list></text:list-item></text:list>")
    assert [b.text for b in read(odt_package(body, SUB_ITEMS))] == [
        "1. Økonomi", "a) Budsjett", "Kommentar fra revisor.", "b) Regnskap", "2. Eventuelt",
        "a) Dugnad"]


def test_a_list_that_continues_another_by_its_id_goes_on_from_that_lists_count():
    # text:continue-list names the list it goes on from by its xml:id (Writer writes it
    # when another list stands between): "3." after "1.", "2." even with a list of the
    # same style started again between; without a style of its own it is numbered as
    # the list it continues, not as bullets
    body = ('<text:list xml:id="list1" text:style-name="Saker">'
            "<text:list-item><text:p>Innkalling</text:p></text:list-item>"
            "<text:list-item><text:p>Referat</text:p></text:list-item></text:list>"
            '<text:list text:style-name="Saker"><text:list-item><text:p>Vedlegg</text:p>'
            "</text:list-item></text:list>"
            '<text:list xml:id="list3" text:continue-list="list1"><text:list-item>'
            "<text:p>Budsjett</text:p></text:list-item></text:list>"
            '<text:list text:style-name="Saker" text:continue-list="list3"><text:list-item>'
            "<text:p>Eventuelt</text:p></text:list-item></text:list>")
    assert [b.text for b in read(odt_package(body, SUB_ITEMS))] == [
        "1. Innkalling", "2. Referat", "1. Vedlegg", "3. Budsjett", "4. Eventuelt"]


def test_a_list_header_is_a_paragraph_and_zero_padded_formats_keep_their_zeros():
    # "Saksliste:" in the list's header shows no number and is no entry of the list;
    # LibreOffice keeps Word's "01, 02, 03, ..." as the num-format it is
    styles = ('<text:list-style style:name="Z"><text:list-level-style-number text:level="1" '
              'style:num-format="01, 02, 03, ..." style:num-suffix="."/></text:list-style>')
    body = ('<text:list text:style-name="Z"><text:list-header><text:p>Saksliste:</text:p>'
            "</text:list-header><text:list-item><text:p>Innkalling</text:p></text:list-item>"
            "<text:list-item><text:p>Referat</text:p></text:list-item></text:list>")
    assert [(b.kind, b.text) for b in read(odt_package(body, styles))] == [
        (BlockKind.PARAGRAPH, "Saksliste:"), (BlockKind.LIST_ITEM, "01. Innkalling"),
        (BlockKind.LIST_ITEM, "02. Referat")]


def test_nesting_too_deep_to_read_is_named_as_such_not_as_corrupt():
    """Sections and tables nested a few levels read; hundreds of levels (a generated or
    hostile file) are refused as nested too deep, whether the reader's recursion or the
    XML parser (2048 elements) meets its limit first."""
    def sections(depth: int) -> bytes:
        return odt_package("<text:section>" * depth + "<text:p>Sak 1/26 Budsjett</text:p>"
                           + "</text:section>" * depth)

    assert [b.text for b in read(sections(20))] == ["Sak 1/26 Budsjett"]
    with pytest.raises(ReadError, match=r"^ODT nested too deep$"):
        read(sections(1500))
    with pytest.raises(ReadError, match=r"^ODT nested too deep \(more than 2048 levels\)$"):
        read(sections(5000))


def test_tracked_changes_read_as_accepted_and_soft_page_breaks_part_nothing():
    """Writer keeps a tracked deletion's text in text:tracked-changes and marks where it
    stood (text:change): it is not read. An insertion is in the text between
    text:change-start and -end: it is. A text:soft-page-break, where the last layout
    broke the page (inside a sentence, between paragraphs, list items or rows), parts
    no sentence, list or table."""
    body = ('<text:tracked-changes><text:changed-region text:id="d1"><text:deletion>'
            "<text:p>Saken ble utsatt.</text:p></text:deletion></text:changed-region>"
            '<text:changed-region text:id="i1"><text:insertion/></text:changed-region>'
            "</text:tracked-changes>"
            '<text:p>Tid: kl. 17.00<text:change-start text:change-id="i1"/>–18.30'
            '<text:change-end text:change-id="i1"/></text:p>'
            "<text:p>Rådet ønsker tiltak som er åpne for<text:soft-page-break/> alle."
            '<text:change text:change-id="d1"/></text:p><text:soft-page-break/>'
            "<text:list><text:list-item><text:p>Kari Holm</text:p></text:list-item>"
            "<text:soft-page-break/><text:list-item><text:p>Per Lie</text:p></text:list-item>"
            "</text:list><table:table><table:table-row><table:table-cell><text:p>Sak 1</text:p>"
            "</table:table-cell></table:table-row><text:soft-page-break/><table:table-row>"
            "<table:table-cell><text:p>Sak 2</text:p></table:table-cell></table:table-row>"
            "</table:table>")
    assert [(b.kind, b.text) for b in read(odt_package(body))] == [
        (BlockKind.PARAGRAPH, "Tid: kl. 17.00–18.30"),
        (BlockKind.PARAGRAPH, "Rådet ønsker tiltak som er åpne for alle."),
        (BlockKind.LIST_ITEM, "- Kari Holm"), (BlockKind.LIST_ITEM, "- Per Lie"),
        (BlockKind.TABLE_ROW, "Sak 1"), (BlockKind.TABLE_ROW, "Sak 2")]


def test_an_outline_with_a_case_prefix_and_year_suffix_numbers_sub_headings_plainly():
    # a secretariat's chapter numbering "Sak 3/25" (prefix "Sak ", suffix "/25"): a level-2
    # heading that shows both levels shows the numbers alone ("3.1"), as Writer does
    styles = ('<text:outline-style style:name="Outline">'
              '<text:outline-level-style text:level="1" style:num-format="1" '
              'style:num-prefix="Sak " style:num-suffix="/25"/>'
              '<text:outline-level-style text:level="2" style:num-format="1" '
              'text:display-levels="2"/></text:outline-style>'
              + "".join(f'<style:style style:name="H{n}" style:family="paragraph" '
                        f'style:default-outline-level="{n}"/>' for n in (1, 2)))
    body = "".join([_heading(1, "Godkjenning av innkalling"), _heading(1, "Budsjett 2025"),
                    _heading(2, "Hjemmetjenesten"), _heading(2, "Dagaktivitetstilbudet"),
                    _heading(1, "Eventuelt")])
    assert [b.text for b in read(odt_package(body, styles))] == [
        "Sak 1/25 Godkjenning av innkalling", "Sak 2/25 Budsjett 2025",
        "2.1 Hjemmetjenesten", "2.2 Dagaktivitetstilbudet", "Sak 3/25 Eventuelt"]


def test_headings_numbered_by_their_paragraph_styles_list_go_on_by_xml_id():
    # Collabora: the case heading's paragraph style names the list style ("Sakstittel" →
    # "Saker", "Sak 21/25" on), each heading in a list of its own without a style name
    # that goes on from the first by its xml:id; an item's start value skips a closed case
    styles = ('<text:list-style style:name="Saker"><text:list-level-style-number '
              'text:level="1" style:num-format="1" style:num-prefix="Sak " '
              'style:num-suffix="/25" text:start-value="21"/></text:list-style>'
              '<style:style style:name="Sakstittel" style:family="paragraph" '
              'style:default-outline-level="1" style:list-style-name="Saker"/>')

    def case(n: int, title: str, more: str = "") -> str:
        goes_on = ' text:continue-list="list1"' if n > 1 else ""
        return (f'<text:list xml:id="list{n}"{goes_on}><text:list-item{more}>'
                f'{_heading(1, title, "Sakstittel")}</text:list-item></text:list>'
                "<text:p>Tekst.</text:p>")

    body = (case(1, "Godkjenning av innkalling") + case(2, "Protokoll")
            + case(3, "Eventuelt", ' text:start-value="25"'))
    assert [b.text for b in read(odt_package(body, styles)) if b.kind is BlockKind.HEADING] == [
        "Sak 21/25 Godkjenning av innkalling", "Sak 22/25 Protokoll", "Sak 25/25 Eventuelt"]


def test_case_numbers_in_a_tables_empty_cells_count_on_past_a_spanning_row():
    # Writer's numbering on a case table's first column ("7/25", "8/25" in otherwise empty
    # cells), each cell's list going on from the one above; a group row merged across the
    # columns between ("Beslutningssaker") counts nothing and shows once
    styles = ('<text:list-style style:name="L1"><text:list-level-style-number text:level="1" '
              'style:num-format="1" style:num-suffix="/25" text:start-value="7"/>'
              "</text:list-style>")

    def numbered(first: bool) -> str:
        goes_on = "" if first else ' text:continue-numbering="true"'
        return (f'<table:table-cell><text:list text:style-name="L1"{goes_on}><text:list-item>'
                "<text:p/></text:list-item></text:list></table:table-cell>")

    def row(*cells: str) -> str:
        return "<table:table-row>" + "".join(cells) + "</table:table-row>"

    def cell(text: str, more: str = "") -> str:
        return f"<table:table-cell{more}><text:p>{text}</text:p></table:table-cell>"

    body = ("<table:table>" + row(numbered(True), cell("Referat"))
            + row(cell("Beslutningssaker", ' table:number-columns-spanned="2"'),
                  "<table:covered-table-cell/>")
            + row(numbered(False), cell("Budsjett")) + "</table:table>")
    assert [b.cells for b in read(odt_package(body, styles))] == [
        ("7/25", "Referat"), ("Beslutningssaker",), ("8/25", "Budsjett")]


@pytest.mark.parametrize(("title", "name", "organization"), [
    ("Referat fra møte i arbeidsutvalget", "Vestfjell regionråd", "Vestfjell regionråd"),
    # the council's own minutes: the council is the body, no parent of itself
    ("Referat fra møte i Vestfjell regionråd", "Vestfjell regionråd", None),
    ("Protokoll frå styremøte", "Fjellbygd sogelag", "Fjellbygd sogelag"),
])
def test_a_council_or_club_named_alone_in_the_page_header_is_the_bodys_parent(
        title: str, name: str, organization: str | None):
    # a Writer header with the council's or club's name on every page, over a titled
    # body: the working committee or board that met is the council's or club's
    from motebok.parse import parse_bytes

    body = (f'<text:p text:style-name="Title">{title}</text:p>'
            "<text:p>Dato: 20.01.2025</text:p><text:p>Sted: Teams</text:p>"
            "<text:h text:outline-level=\"1\">1. Godkjenning av innkalling</text:h>"
            "<text:p>Innkallingen ble godkjent.</text:p>")
    header = (f"<text:p>{name}</text:p>"
              "<text:p>Side <text:page-number>1</text:page-number></text:p>")
    record = parse_bytes(odt_with_page_header(body, header), "au.odt")
    assert record.organization == organization


OUTLINE_NAMED_ON_HEADINGS = (
    '<text:outline-style style:name="Outline">'
    '<text:outline-level-style text:level="1" style:num-format="1" style:num-prefix="Sak "/>'
    '<text:outline-level-style text:level="2" style:num-format="1" text:display-levels="2"/>'
    "</text:outline-style>"
    + "".join(f'<style:style style:name="Heading_20_{n}" style:family="paragraph" '
              f'style:default-outline-level="{n}" style:list-style-name="Outline"/>'
              for n in (1, 2))
    + '<style:style style:name="P26" style:family="paragraph" '
    'style:parent-style-name="Heading_20_1"/>')


def test_headings_wrapped_in_an_outline_list_show_the_chapter_number_not_a_bullet():
    # Writer names the outline style on its heading styles (style:list-style-name="Outline")
    # and then wraps a heading in a text:list of that style: the chapter numbering numbers
    # it ("Sak 2"), counting on with the headings outside such lists, as Writer shows it
    def wrapped(inner: str) -> str:
        return (f'<text:list text:style-name="Outline"><text:list-item>{inner}'
                "</text:list-item></text:list>")

    body = (wrapped(_heading(1, "Godkjenning av innkalling", "P26")) + "<text:p>Godkjent.</text:p>"
            + wrapped(_heading(1, "Budsjett", "Heading_20_1"))
            + wrapped("<text:list><text:list-item>" + _heading(2, "Drift", "Heading_20_2")
                      + "</text:list-item></text:list>")
            + _heading(1, "Eventuelt", "Heading_20_1"))
    assert [b.text for b in read(odt_package(body, OUTLINE_NAMED_ON_HEADINGS))] == [
        "Sak 1 Godkjenning av innkalling", "Godkjent.", "Sak 2 Budsjett", "2.1 Drift",
        "Sak 3 Eventuelt"]


def test_headings_in_an_outline_list_that_numbers_nothing_show_no_mark():
    # Writer's default outline style numbers no level: a wrapped heading shows its text
    styles = OUTLINE_NAMED_ON_HEADINGS.replace('style:num-format="1"', 'style:num-format=""')
    body = ('<text:list text:style-name="Outline"><text:list-item>'
            + _heading(1, "Referat", "Heading_20_1") + "</text:list-item></text:list>")
    assert [b.text for b in read(odt_package(body, styles))] == ["Referat"]


def test_a_footer_that_gives_only_the_year_is_handed_on_as_furniture():
    # "Dato: den 12.03." in the text, the year only in the footer: the extractor takes it
    data = odt_with_page_header("<text:p>Referat fra møte i styringsgruppen</text:p>",
                                "<text:p>Styringsgruppen Kystlei · referat 2025</text:p>",
                                "footer")
    assert read(data).furniture == ["Styringsgruppen Kystlei · referat 2025"]


def test_two_paragraphs_in_a_cell_are_the_cells_two_lines():
    from odfdo import Cell, Document, Paragraph, Row, Table

    document = Document("text")
    table = Table("Deltakere")
    row = Row()
    cell = Cell()
    cell.append(Paragraph("Kari Holm"))
    cell.append(Paragraph("Solvik kommune"))
    row.append(cell)
    cell = Cell()
    cell.append(Paragraph("Leder"))
    row.append(cell)
    table.append(row)
    document.body.append(table)
    buffer = io.BytesIO()
    document.save(buffer)
    row = next(b for b in read(buffer.getvalue()) if b.kind is BlockKind.TABLE_ROW)
    assert row.cells == ("Kari Holm\nSolvik kommune", "Leder")


def test_items_of_one_list_style_continued_past_text_count_on_with_its_prefix():
    """Case headings as Writer numbers them: each item a one-item list in a list style
    "Sak " + number + "/25" from 14, the text of the item between, and the next list
    continuing the count (text:continue-numbering). A comment (office:annotation) and a
    tracked deletion's mark (text:change) in the text add nothing to it."""
    styles = ('<text:list-style style:name="Saker"><text:list-level-style-number '
              'text:level="1" style:num-prefix="Sak " style:num-suffix="/25" '
              'style:num-format="1" text:start-value="14"/></text:list-style>')
    dc = 'xmlns:dc="http://purl.org/dc/elements/1.1/"'

    def item(title: str, first: bool) -> str:
        more = "" if first else ' text:continue-numbering="true"'
        return (f'<text:list text:style-name="Saker"{more}><text:list-item><text:p>{title}'
                "</text:p></text:list-item></text:list>")

    changes = ('<text:tracked-changes><text:changed-region text:id="c1"><text:deletion>'
               "<text:p>Dyrt.</text:p></text:deletion></text:changed-region>"
               "</text:tracked-changes>")
    body = (changes + item("Godkjenning av referat", True) + "<text:p>Godkjent.</text:p>"
            + item("Talentprogram", False)
            + f"<text:p>Vi held fram.<office:annotation {dc}><dc:creator>Leiv</dc:creator>"
            '<text:p>Sjekk tala</text:p></office:annotation> <text:change text:change-id="c1"/>'
            "Vedteke.</text:p>")
    assert [b.text for b in read(odt_package(body, styles))] == [
        "Sak 14/25 Godkjenning av referat", "Godkjent.", "Sak 15/25 Talentprogram",
        "Vi held fram. Vedteke."]


def test_a_paragraph_in_a_title_or_heading_style_is_a_heading_as_in_docx():
    # Writer keeps "Title"/"Subtitle" paragraphs as text:p; a converted file may keep its
    # headings as text:p in "Heading 2"/"Overskrift 2" or in a style derived from one.
    # The DOCX reader reads Word's "Title" as a heading: so does this one.
    styles = ('<style:style style:name="Overskrift_20_2" style:display-name="Overskrift 2" '
              'style:family="paragraph"/>'
              '<style:style style:name="Saktittel" style:family="paragraph" '
              'style:parent-style-name="Overskrift_20_2"/>'
              '<style:style style:name="P1" style:family="paragraph" '
              'style:parent-style-name="Title"/>'
              '<style:style style:name="Heading" style:family="paragraph"/>')
    body = ('<text:p text:style-name="P1">Referat fra møte i fagnettverket</text:p>'
            '<text:p text:style-name="Subtitle">Digitalt møte</text:p>'
            '<text:p text:style-name="Saktittel">Sak 1 Orienteringer</text:p>'
            '<text:p text:style-name="Heading">Vanlig avsnitt</text:p>'
            '<text:p text:style-name="Standard">Tekst</text:p>')
    blocks = read(odt_package(body, styles))
    assert [(b.kind, b.level) for b in blocks[:3]] == [
        (BlockKind.HEADING, 1), (BlockKind.HEADING, 2), (BlockKind.HEADING, 2)]
    # (the unnumbered "Heading" every heading style derives from is no heading itself)
    assert BlockKind.HEADING not in [b.kind for b in blocks[3:]]


def test_a_date_field_reads_as_the_text_it_shows_when_saved():
    # (s70j) Writer's DATE field that is not fixed would show the day it is opened (or
    # converted); the reader takes the text the file stores, the day it was saved
    from datetime import datetime

    from odfdo import Document, Paragraph, VarDate

    doc = Document("text")
    paragraph = Paragraph("Dato: ")
    paragraph.append(VarDate(datetime(2025, 3, 4), fixed=False, text="04.03.2025"))
    doc.body.append(paragraph)
    out = io.BytesIO()
    doc.save(out)
    assert [b.text for b in read(out.getvalue())] == ["Dato: 04.03.2025"]
