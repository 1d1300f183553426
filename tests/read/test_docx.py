"""The DOCX reader: Word's structure, with list numbers computed as Word shows them."""

from __future__ import annotations

import io
import zipfile

import docx
import pytest
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import parse_xml
from docx.oxml.ns import qn

from fixtures.builders import add_numbered_paragraph, new_docx_list, to_docx
from motebok.errors import ReadError
from motebok.read.blocks import BlockKind
from motebok.read.docx import read

W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def saved(document) -> bytes:
    """A python-docx document as .docx bytes."""
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def texts(data: bytes) -> list[str]:
    """The text of every block."""
    return [b.text for b in read(data)]


def test_headings_lists_bold_and_table_in_body_order():
    data = to_docx([
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
    assert blocks[2].cells == ("Kari Nordmann", "Åsen vel")


def test_each_list_restarts_and_a_list_interrupted_by_text_continues():
    document = docx.Document()
    first = new_docx_list(document, [("decimal", "%1.", 1)])
    second = new_docx_list(document, [("decimal", "%1.", 1)])
    add_numbered_paragraph(document, "Sak en", first, 0)
    add_numbered_paragraph(document, "Sak to", first, 0)
    document.add_paragraph("Mellomtekst")
    add_numbered_paragraph(document, "Sak tre", first, 0)
    add_numbered_paragraph(document, "Ny liste", second, 0)
    assert texts(saved(document)) == ["1. Sak en", "2. Sak to", "Mellomtekst", "3. Sak tre",
                                      "1. Ny liste"]


def test_a_level_numbered_none_shows_no_number_also_in_a_deeper_levels_text():
    # Word draws nothing for a "none" level, also where "%1.%2" below it names it
    document = docx.Document()
    parts = new_docx_list(document, [("none", "%1", 1), ("decimal", "%1.%2", 1)])
    add_numbered_paragraph(document, "Orienteringssaker", parts, 0)
    add_numbered_paragraph(document, "Status for prosjektet", parts, 1)
    add_numbered_paragraph(document, "Budsjett", parts, 1)
    assert texts(saved(document)) == ["Orienteringssaker", ".1 Status for prosjektet",
                                      ".2 Budsjett"]


def another_instance(document, num_id: str, restart: int | None = None) -> str:
    """A second list instance (w:num) of the definition ``num_id`` uses; its numId."""
    root = document.part.numbering_part.element
    nums = {el.get(qn("w:numId")): el for el in root.iter(qn("w:num"))}
    abstract = nums[num_id].find(qn("w:abstractNumId")).get(qn("w:val"))
    override = ("" if restart is None else '<w:lvlOverride w:ilvl="0">'
                f'<w:startOverride w:val="{restart}"/></w:lvlOverride>')
    new_id = str(max(int(n) for n in nums) + 1)
    root.append(parse_xml(f'<w:num {W_NS} w:numId="{new_id}"><w:abstractNumId '
                          f'w:val="{abstract}"/>{override}</w:num>'))
    return new_id


def test_instances_of_one_list_definition_share_its_count_until_one_restarts_it():
    # Word counts on the abstractNum: copied or re-applied numbering goes on counting
    document = docx.Document()
    first = new_docx_list(document, [("decimal", "Sak %1.", 1)])
    again = another_instance(document, first)
    restarted = another_instance(document, first, restart=1)
    add_numbered_paragraph(document, "Innkalling", first, 0)
    add_numbered_paragraph(document, "Økonomi", first, 0)
    add_numbered_paragraph(document, "Eventuelt", again, 0)
    add_numbered_paragraph(document, "Ny liste", restarted, 0)
    add_numbered_paragraph(document, "Andre punkt", restarted, 0)
    add_numbered_paragraph(document, "Tilbake", first, 0)
    assert texts(saved(document)) == ["Sak 1. Innkalling", "Sak 2. Økonomi", "Sak 3. Eventuelt",
                                      "Sak 1. Ny liste", "Sak 2. Andre punkt", "Sak 3. Tilbake"]


def test_number_formats_start_values_and_multilevel_text():
    document = docx.Document()
    letters = new_docx_list(document, [("upperLetter", "%1)", 3)])
    roman = new_docx_list(document, [("lowerRoman", "(%1)", 1)])
    nested = new_docx_list(document, [("decimal", "%1.", 1), ("decimal", "%1.%2", 1)])
    add_numbered_paragraph(document, "tredje", letters, 0)
    add_numbered_paragraph(document, "fjerde", letters, 0)
    for text in ("en", "to", "tre", "fire"):
        add_numbered_paragraph(document, text, roman, 0)
    add_numbered_paragraph(document, "Hoved", nested, 0)
    add_numbered_paragraph(document, "Under", nested, 1)
    add_numbered_paragraph(document, "Under igjen", nested, 1)
    add_numbered_paragraph(document, "Hoved to", nested, 0)
    add_numbered_paragraph(document, "Ny under", nested, 1)
    assert texts(saved(document)) == [
        "C) tredje", "D) fjerde", "(i) en", "(ii) to", "(iii) tre", "(iv) fire",
        "1. Hoved", "1.1 Under", "1.2 Under igjen", "2. Hoved to", "2.1 Ny under",
    ]


def test_numbered_headings_show_their_numbers():
    document = docx.Document()
    items = new_docx_list(document, [("decimal", "Sak %1:", 1), ("decimal", "%1.%2", 1)])
    for text, level in (("Innkalling", 0), ("Budsjett", 0), ("Drift", 1)):
        add_numbered_paragraph(document, text, items, level, style=f"Heading {level + 1}")
    blocks = read(saved(document))
    assert [(b.kind, b.text, b.level) for b in blocks] == [
        (BlockKind.HEADING, "Sak 1: Innkalling", 1),
        (BlockKind.HEADING, "Sak 2: Budsjett", 1),
        (BlockKind.HEADING, "2.1 Drift", 2),
    ]


def test_numbering_inherited_from_list_styles():
    document = docx.Document()
    for text in ("Godkjenning av innkalling", "Godkjenning av referat"):
        document.add_paragraph(text, style="List Number")
    document.add_paragraph("Kulepunkt", style="List Bullet")
    blocks = read(saved(document))
    assert [b.text for b in blocks] == ["1. Godkjenning av innkalling",
                                        "2. Godkjenning av referat", "- Kulepunkt"]
    assert all(b.kind is BlockKind.LIST_ITEM for b in blocks)


def test_norwegian_heading_styles_title_and_outline_level():
    document = docx.Document()
    style = document.styles.add_style("Overskrift 2", WD_STYLE_TYPE.PARAGRAPH)
    style.element.set(qn("w:styleId"), "Overskrift2")
    no_name = document.styles.add_style("Egen stil", WD_STYLE_TYPE.PARAGRAPH)
    no_name.element.set(qn("w:styleId"), "Overskrift3")
    document.add_paragraph("Møtereferat", style="Title")
    document.add_paragraph("Sak 01/24 Budsjett", style="Overskrift 2")
    document.add_paragraph("Sak 02/24 Regnskap", style="Egen stil")
    outlined = document.add_paragraph("Sak 03/24 Eventuelt")
    outlined._p.get_or_add_pPr().append(parse_xml(f'<w:outlineLvl {W_NS} w:val="1"/>'))
    blocks = read(saved(document))
    assert [(b.kind, b.level) for b in blocks] == [(BlockKind.HEADING, 1)] + [
        (BlockKind.HEADING, level) for level in (2, 3, 2)]


def test_bold_from_runs_and_styles_but_not_partial():
    document = docx.Document()
    styled = document.styles.add_style("Fet avsnitt", WD_STYLE_TYPE.PARAGRAPH)
    styled.font.bold = True
    document.add_paragraph("Vedtak:", style="Fet avsnitt")
    runs = document.add_paragraph()
    runs.add_run("Enstemmig ").bold = True
    runs.add_run("vedtatt").bold = True
    runs.add_run("  ")
    partial = document.add_paragraph()
    partial.add_run("Vedtak:").bold = True
    partial.add_run(" godkjent")
    unbolded = document.add_paragraph(style="Fet avsnitt")
    unbolded.add_run("ikke fet").bold = False
    assert [b.bold for b in read(saved(document))] == [True, True, False, False]


def test_soft_breaks_tabs_links_insertions_and_deletions():
    document = docx.Document()
    broken = document.add_paragraph("Kari Nordmann")
    broken.add_run().add_break()
    broken.add_run("Åsen kommune")
    document.add_paragraph("Ola Nordmann\tNordby IL")
    edited = document.add_paragraph("Møtet ")
    edited._p.append(parse_xml(
        f'<w:ins {W_NS} w:id="1" w:author="A"><w:r><w:t>startet</w:t></w:r></w:ins>'))
    edited._p.append(parse_xml(
        f'<w:del {W_NS} w:id="2" w:author="A"><w:r><w:delText>sluttet</w:delText></w:r></w:del>'))
    edited._p.append(parse_xml(
        f'<w:hyperlink {W_NS}><w:r><w:t xml:space="preserve"> kl. 10</w:t></w:r></w:hyperlink>'))
    blocks = read(saved(document))
    assert blocks[0].text == "Kari Nordmann\nÅsen kommune"
    assert blocks[1].kind is BlockKind.TABLE_ROW
    assert blocks[1].cells == ("Ola Nordmann", "Nordby IL")
    assert blocks[2].text == "Møtet startet kl. 10"


def test_merged_cells_span_their_rows_and_nested_tables_follow_their_row():
    # "Styret" is merged over two rows: Per is in it too, as the page shows
    document = docx.Document()
    table = document.add_table(rows=3, cols=3)
    table.cell(0, 0).merge(table.cell(0, 1)).text = "Til stede"
    table.cell(0, 2).text = "Rolle"
    table.cell(1, 0).merge(table.cell(2, 0)).text = "Styret"
    table.cell(1, 1).text = "Kari"
    table.cell(1, 2).text = "leder"
    table.cell(2, 1).text = "Per"
    cell = table.cell(2, 2)
    cell.text = "medlem"
    cell.add_paragraph("vara")
    inner = cell.add_table(rows=1, cols=2)
    inner.cell(0, 0).text = "Indre"
    inner.cell(0, 1).text = "tabell"
    blocks = read(saved(document))
    assert [b.cells for b in blocks] == [
        ("Til stede", "Rolle"),
        ("Styret", "Kari", "leder"),
        ("Styret", "Per", "medlem\nvara"),
        ("Indre", "tabell"),
    ]
    assert all(b.kind is BlockKind.TABLE_ROW for b in blocks)


def test_page_headers_and_footers_and_empty_paragraphs_are_left_out():
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "Åsen vel – referat"
    document.sections[0].footer.paragraphs[0].text = "Side 1"
    document.add_paragraph("Referat fra styremøte")  # the body names the document itself
    document.add_paragraph("")
    document.add_paragraph("   ")
    document.add_paragraph("Andre")
    assert texts(saved(document)) == ["Referat fra styremøte", "Andre"]


def test_a_letterhead_kept_in_the_page_header_heads_a_body_without_a_title():
    # a Word template: the club and "MØTEREFERAT" only in the header, with a page number
    # and a reference; the body starts with its labels
    document = docx.Document()
    header = document.sections[0].header
    header.paragraphs[0].text = "Fjordvik Vel"
    header.add_paragraph("MØTEREFERAT")
    header.add_paragraph("Side 1 av 2")
    header.add_paragraph("Vår ref. 23/114")
    header.add_paragraph("post@fjordvikvel.no")
    document.add_paragraph("Dato: 14. mars 2023")
    document.add_paragraph("Sak 1/23 Regnskap")
    assert texts(saved(document)) == ["Fjordvik Vel", "MØTEREFERAT", "Dato: 14. mars 2023",
                                      "Sak 1/23 Regnskap"]


def test_a_zero_width_space_after_a_bare_title_still_lets_the_header_name_the_body():
    # a title copied out of a web editor keeps a zero-width space: the body's head is
    # weighed without it, so the header's name line still stands over "Referat"
    def minutes(title: str) -> list[str]:
        document = docx.Document()
        document.sections[0].header.paragraphs[0].text = "Arbeidsutvalget i Fjellbygd regionråd"
        document.add_heading(title, 1)
        document.add_paragraph("Sted: Kommunehuset")
        return texts(saved(document))

    assert minutes("Referat\u200b") == minutes("Referat")
    assert minutes("Referat")[0] == "Arbeidsutvalget i Fjellbygd regionråd"


def test_a_page_header_that_names_no_minutes_is_left_out():
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "Fjordvik Vel"
    document.add_paragraph("Dato: 14. mars 2023")
    assert texts(saved(document)) == ["Dato: 14. mars 2023"]


def test_a_page_header_naming_the_cooperation_a_titled_group_belongs_to_is_read_above():
    # (s64c) the title names a group of the cooperation by the definite word alone; the
    # page header's line opening with that word names it in full (up to its dash)
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = (
        "Innkjøpssamarbeidet i Valdres – Fagernes er vertskommune")
    document.add_paragraph("Referat fra møte i Styringsgruppa for innkjøpssamarbeidet")
    document.add_paragraph("Sted: Fagernes")
    assert texts(saved(document)) == [
        "Innkjøpssamarbeidet i Valdres",
        "Referat fra møte i Styringsgruppa for innkjøpssamarbeidet", "Sted: Fagernes"]


def test_a_page_header_naming_the_cooperation_a_title_names_with_its_place_is_read_above():
    # (s68f) the title names the group of the cooperation with the cooperation's place
    # ("… for museumssamarbeidet i Tindvik"); the header's line is that cooperation
    # itself, the letterhead the title leans on. A header naming another place, or a
    # title naming no cooperation, stays a running header
    def read_with(header: str, title: str) -> list[str]:
        document = docx.Document()
        document.sections[0].header.paragraphs[0].text = header
        document.add_paragraph(title)
        document.add_paragraph("Stad: Tindvik")
        return texts(saved(document))

    title = "Referat frå møte i styringsgruppa for museumssamarbeidet i Tindvik"
    assert read_with("Museumssamarbeidet i Tindvik", title) == [
        "Museumssamarbeidet i Tindvik", title, "Stad: Tindvik"]
    assert read_with("Museumssamarbeidet i Nordvik", title) == [title, "Stad: Tindvik"]
    assert read_with("Museumssamarbeidet i Tindvik", "Referat frå styremøte") == [
        "Referat frå styremøte", "Stad: Tindvik"]


def test_a_page_header_naming_only_a_cooperation_is_the_parent_of_the_titled_group():
    # (s70i) the template's header holds one line, a cooperation's name; the title opening
    # the body names a group of it with no parent: the header is the letterhead, read
    # above the title. A body whose head names a cooperation itself keeps it running
    def read_with(title: str, *more: str) -> list[str]:
        document = docx.Document()
        document.sections[0].header.paragraphs[0].text = "Helsefellesskapet Nordvik"
        for text in (title, *more, "Sted: Rådhuset"):
            document.add_paragraph(text)
        return texts(saved(document))

    title = "Referat – Fagråd for legemiddelhandtering"
    assert read_with(title) == ["Helsefellesskapet Nordvik", title, "Sted: Rådhuset"]
    assert read_with(title, "Fagrådet er oppnevnt av Helsefellesskapet Sørvik") == [
        title, "Fagrådet er oppnevnt av Helsefellesskapet Sørvik", "Sted: Rådhuset"]
    assert read_with("Referat fra styremøte") == ["Referat fra styremøte", "Sted: Rådhuset"]


def test_a_page_header_naming_the_parent_of_the_titled_group_is_read_above():
    # (s66e) "Parent – group" in the page header, the group the one the title names: the
    # letterhead the title leans on; a minutes word after the dash stays a running header
    def minutes(header: str) -> list[str]:
        document = docx.Document()
        document.sections[0].header.paragraphs[0].text = header
        document.add_paragraph("Protokoll frå møte i arbeidsutvalet")
        document.add_paragraph("Stad: Teams")
        return texts(saved(document))

    assert minutes("Verneområdestyret for Kvitfjell – arbeidsutvalet") == [
        "Verneområdestyret for Kvitfjell – arbeidsutvalet",
        "Protokoll frå møte i arbeidsutvalet", "Stad: Teams"]
    assert minutes("Verneområdestyret for Kvitfjell – protokoll") == [
        "Protokoll frå møte i arbeidsutvalet", "Stad: Teams"]
    assert minutes("Verneområdestyret for Kvitfjell – styret") == [
        "Protokoll frå møte i arbeidsutvalet", "Stad: Teams"]


def test_legacy_word_file_is_refused():
    with pytest.raises(ReadError, match=r"^encrypted or legacy Word file, not DOCX$"):
        read(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)


def test_not_a_zip_is_not_a_docx():
    with pytest.raises(ReadError, match=r"^not a DOCX file$"):
        read(b"Dette er ren tekst, ikke et Word-dokument.")


def test_zip_without_document_or_with_broken_xml_is_corrupt():
    empty = io.BytesIO()
    with zipfile.ZipFile(empty, "w") as archive:
        archive.writestr("tull.txt", "tull")
    with pytest.raises(ReadError, match=r"^corrupt DOCX file$"):
        read(empty.getvalue())
    good = to_docx([("para", "Hei")])
    broken = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(good)) as src, zipfile.ZipFile(broken, "w") as dst:
        for name in src.namelist():
            body = src.read(name)
            dst.writestr(name, body[:120] if name == "word/document.xml" else body)
    with pytest.raises(ReadError, match=r"^corrupt DOCX file$"):
        read(broken.getvalue())


def _with_body_xml(data: bytes, xml: str) -> bytes:
    """A DOCX package with ``xml`` put first in its body (document.xml as text)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for name in src.namelist():
            body = src.read(name)
            if name == "word/document.xml":
                body = body.replace(b"<w:body>", b"<w:body>" + xml.encode(), 1)
            dst.writestr(name, body)
    return out.getvalue()


def test_tables_in_cells_of_tables_read_and_only_pathological_nesting_is_refused():
    """Tables in cells of tables a few levels deep (a form's layout, a seat table in a
    layout table) read row by row, each inner table after its row; XML nested hundreds
    of levels deep (past what the XML parser reads, 256 elements) is refused as nested
    too deep, not as a damaged file."""
    document = docx.Document()
    document.add_paragraph("Referat fra styremøte")
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Til stede"
    cell = table.cell(0, 1)
    for name in ("Kari Holm", "Per Lie", "Anne Dahl"):
        inner = cell.add_table(rows=1, cols=2)
        inner.cell(0, 0).text = name
        cell = inner.cell(0, 1)
    cell.text = "leder"
    assert [b.cells for b in read(saved(document))][1:] == [
        ("Til stede", ""), ("Kari Holm", ""), ("Per Lie", ""), ("Anne Dahl", "leder")]
    deep = "<w:sdt><w:sdtContent>" * 2000 + "<w:p/>" + "</w:sdtContent></w:sdt>" * 2000
    with pytest.raises(ReadError, match=r"^DOCX nested too deep \(more than 256 levels\)$"):
        read(_with_body_xml(saved(document), deep))


TYPED = ["REFERAT", "fra møte i Eldrerådet", "", "Til stede: Gunn Aase, Ole Nilsen", "",
         "SAK 7/24", "Referat fra forrige møte", "Konklusjon:", "- Referatet godkjennes.",
         "- Neste møte i mai.", "", "SAK 8/24", "Eventuelt", ""]


def test_a_document_typed_line_by_line_reads_like_a_text_file():
    # empty paragraphs for blank lines, typed "- " bullets: the gaps of a text file
    document = docx.Document()
    for line in TYPED:
        document.add_paragraph(line)
    blocks = read(saved(document))
    assert [(b.kind, b.text, b.gap) for b in blocks] == [
        (BlockKind.PARAGRAPH, "REFERAT", True),
        (BlockKind.PARAGRAPH, "fra møte i Eldrerådet", False),
        (BlockKind.PARAGRAPH, "Til stede: Gunn Aase, Ole Nilsen", True),
        (BlockKind.PARAGRAPH, "SAK 7/24", True),
        (BlockKind.PARAGRAPH, "Referat fra forrige møte", False),
        (BlockKind.PARAGRAPH, "Konklusjon:", False),
        (BlockKind.LIST_ITEM, "- Referatet godkjennes.", False),
        (BlockKind.LIST_ITEM, "- Neste møte i mai.", False),
        (BlockKind.PARAGRAPH, "SAK 8/24", True),
        (BlockKind.PARAGRAPH, "Eventuelt", False),
    ]


def test_paragraphs_spaced_by_their_style_stay_apart():
    document = docx.Document()
    for line in (line for line in TYPED if line):
        document.add_paragraph(line)
    blocks = read(saved(document))
    assert [b.gap for b in blocks if b.kind is BlockKind.PARAGRAPH] == [True] * 8


def test_empty_paragraphs_for_air_above_headings_leave_paragraphs_apart():
    # a document spaced by its style, with Enter typed at its start and end and once or
    # twice above each heading: no blank lines of a text typed line by line, so
    # "Vedtak: …" stays a paragraph of its own and is not the next line of the one above
    document = docx.Document()
    document.add_paragraph("")
    for case in ("Sak 1/25 Budsjett", "Sak 2/25 Vårdugnad", "Sak 3/25 Eventuelt"):
        document.add_paragraph("")
        document.add_paragraph("")
        document.add_heading(case, 2)
        document.add_paragraph("Saken ble drøftet.")
        document.add_paragraph("Vedtak: Saken tas til orientering.")
    document.add_paragraph("")
    blocks = read(saved(document))
    assert [b.gap for b in blocks if b.kind is BlockKind.PARAGRAPH] == [True] * 6


NS_BOX = (W_NS + ' xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
          ' xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"'
          ' xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"'
          ' xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"'
          ' xmlns:v="urn:schemas-microsoft-com:vml"')


def text_box(lines: list[str]) -> str:
    """A floating text box as Word writes it: the drawing, and a VML copy as fallback."""
    content = "".join(f"<w:p><w:r><w:t>{line}</w:t></w:r></w:p>" for line in lines)
    box = f"<w:txbxContent>{content}</w:txbxContent>"
    return (f'<w:r {NS_BOX}><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
            '<wp:anchor><a:graphic><a:graphicData><wps:wsp><wps:txbx>'
            f"{box}</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>"
            f"</mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>{box}</v:textbox>"
            "</v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>")


def test_text_boxes_are_read_once_after_the_paragraph_they_are_anchored_in():
    # templates put the date and place in a floating box; the VML copy is not read
    document = docx.Document()
    anchor = document.add_paragraph("REFERAT")
    anchor._p.append(parse_xml(text_box(["Tid: 14. februar 2024", "Sted: Rådhuset"])))
    empty_anchor = document.add_paragraph()
    empty_anchor._p.append(parse_xml(text_box(["Referent: Lise Berg"])))
    document.add_paragraph("Sak 1/24 Innkalling")
    assert texts(saved(document)) == ["REFERAT", "Tid: 14. februar 2024", "Sted: Rådhuset",
                                      "Referent: Lise Berg", "Sak 1/24 Innkalling"]


def test_hidden_text_placeholders_and_table_of_contents_are_left_out():
    document = docx.Document()
    document.add_paragraph("Innhold", style="TOC Heading")
    document.add_paragraph("Sak 1/24 Innkalling\t1", style=document.styles.add_style(
        "toc 1", WD_STYLE_TYPE.PARAGRAPH))
    document.element.body[-1].addprevious(parse_xml(
        f'<w:sdt {W_NS}><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/>'
        "</w:docPartObj></w:sdtPr><w:sdtContent><w:p><w:r><w:t>Sak 2/24 Økonomi</w:t></w:r>"
        "<w:r><w:tab/><w:t>2</w:t></w:r></w:p></w:sdtContent></w:sdt>"))
    placeholder = ('<w:sdt {ns}><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent>{body}'
                   "</w:sdtContent></w:sdt>")
    prompt = "<w:r><w:t>Klikk eller trykk her for å skrive inn tekst.</w:t></w:r>"
    document.element.body[-1].addprevious(parse_xml(
        placeholder.format(ns=W_NS, body=f"<w:p>{prompt}</w:p>")))
    dated = document.add_paragraph("Dato: ")
    dated._p.append(parse_xml(placeholder.format(ns=W_NS, body=prompt)))
    said = document.add_paragraph("Møtet ble hevet.")
    said.add_run(" Husk å rette dette.").font.hidden = True
    cell = document.add_table(rows=1, cols=2).cell(0, 1)
    cell._tc.append(parse_xml(placeholder.format(ns=W_NS, body=f"<w:p>{prompt}</w:p>")))
    document.tables[0].cell(0, 0).text = "Referent"
    assert texts(saved(document)) == ["Dato:", "Møtet ble hevet.", "Referent\t"]


def test_a_bullet_typed_before_a_tab_is_a_list_item_as_in_a_text_file():
    # pasted lists keep Word's bullet as a character; Symbol's arrives as U+F0B7
    document = docx.Document()
    document.add_paragraph("•\tKari Nordmann")
    document.add_paragraph("\uf0b7\tReferatet ble godkjent")
    document.add_paragraph("Sak 1/24 \tBudsjett")
    assert [(b.kind, b.text) for b in read(saved(document))] == [
        (BlockKind.LIST_ITEM, "• Kari Nordmann"),
        (BlockKind.LIST_ITEM, "- Referatet ble godkjent"),
        (BlockKind.TABLE_ROW, "Sak 1/24\tBudsjett"),
    ]


def _add_alt_chunk(document, name: str, content_type: str, body: bytes) -> None:
    """Put a part merged in whole (w:altChunk, as case systems and generators write it)
    before the document's last paragraph."""
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    part = Part(PackURI(f"/word/{name}"), content_type, body, document.part.package)
    rid = document.part.relate_to(part, "http://schemas.openxmlformats.org/"
                                  "officeDocument/2006/relationships/aFChunk")
    document.element.body[-1].addprevious(parse_xml(
        f'<w:altChunk {W_NS} xmlns:r="http://schemas.openxmlformats.org/officeDocument/'
        f'2006/relationships" r:id="{rid}"/>'))


def test_an_imported_html_chunk_is_read_where_it_stands():
    # generators write the minutes as an HTML part (w:altChunk) for Word to convert
    document = docx.Document()
    document.add_paragraph("Møteprotokoll")
    page = "<p>Tid: 14. februar 2024</p><h2>Sak 1/24 Budsjett</h2><p>Vedtak: Godkjent.</p>"
    for name, body in (("afchunk1.htm", page.encode()), ("afchunk2.htm", b"\x00\x01\x02" * 50)):
        _add_alt_chunk(document, name, "text/html", body)
    document.add_paragraph("Referent: Lise Berg")
    assert [(b.kind, b.text) for b in read(saved(document))] == [
        (BlockKind.PARAGRAPH, "Møteprotokoll"),
        (BlockKind.PARAGRAPH, "Tid: 14. februar 2024"),
        (BlockKind.HEADING, "Sak 1/24 Budsjett"),
        (BlockKind.PARAGRAPH, "Vedtak: Godkjent."),
        (BlockKind.PARAGRAPH, "Referent: Lise Berg"),
    ]


def test_check_marks_and_boxes_of_symbol_fonts_read_as_the_marks_they_show():
    # an attendance table ticked with Insert > Symbol (w:sym) or typed in Wingdings
    document = docx.Document()
    table = document.add_table(rows=2, cols=3)
    table.cell(0, 0).text = "Kari Nordmann"
    table.cell(0, 1)._tc.find(qn("w:p")).append(parse_xml(
        f'<w:r {W_NS}><w:sym w:font="Wingdings" w:char="F0FC"/></w:r>'))
    table.cell(1, 0).text = "Per Hansen"
    typed = table.cell(1, 2).paragraphs[0].add_run("þ")
    typed.font.name = "Wingdings"
    document.add_paragraph().add_run("§").font.name = "Wingdings"
    document.paragraphs[-1].add_run("\tSende referatet")
    assert [(b.kind, b.text) for b in read(saved(document))] == [
        (BlockKind.TABLE_ROW, "Kari Nordmann\t✓\t"),
        (BlockKind.TABLE_ROW, "Per Hansen\t\t☑"),
        (BlockKind.LIST_ITEM, "▪ Sende referatet"),
    ]


def test_a_table_that_holds_headings_lays_out_the_page_and_is_read_as_flow():
    # a "Sak" column beside each item's heading and text, as in the HTML reader
    document = docx.Document()
    layout = document.add_table(rows=1, cols=2)
    layout.cell(0, 0).text = "Sak 10/24"
    cell = layout.cell(0, 1)
    cell.paragraphs[0].text = "Orienteringer"
    cell.paragraphs[0].style = document.styles["Heading 3"]
    cell.add_paragraph("Konklusjon: Tatt til orientering.")
    data = document.add_table(rows=2, cols=2)  # a header row styled as headings
    for column, label in enumerate(("Navn", "Kommune")):
        data.cell(0, column).paragraphs[0].text = label
        data.cell(0, column).paragraphs[0].style = document.styles["Heading 4"]
    data.cell(1, 0).text = "Kari Nordmann"
    data.cell(1, 1).text = "Åsen kommune"
    assert [(b.kind, b.text) for b in read(saved(document))] == [
        (BlockKind.PARAGRAPH, "Sak 10/24"), (BlockKind.HEADING, "Orienteringer"),
        (BlockKind.PARAGRAPH, "Konklusjon: Tatt til orientering."),
        (BlockKind.TABLE_ROW, "Navn\tKommune"),
        (BlockKind.TABLE_ROW, "Kari Nordmann\tÅsen kommune")]


def test_paragraphs_inside_custom_xml_markup_are_read_in_place():
    # a case system's template wraps the date and place in its own markup (w:customXml,
    # nested); Word shows them where they stand
    document = docx.Document()
    document.add_paragraph("REFERAT")
    document.add_paragraph("Sak 1/24 Innkalling")
    document.paragraphs[0]._p.addnext(parse_xml(
        f'<w:customXml {W_NS} w:element="motedata"><w:p><w:r><w:t>Dato: 4. mars 2024</w:t>'
        '</w:r></w:p><w:customXml w:element="sted"><w:p><w:r><w:t>Sted: Rådhuset</w:t></w:r>'
        "</w:p></w:customXml></w:customXml>"))
    assert texts(saved(document)) == ["REFERAT", "Dato: 4. mars 2024", "Sted: Rådhuset",
                                      "Sak 1/24 Innkalling"]


def test_a_positional_tab_parts_label_and_value_as_a_tab_does():
    document = docx.Document()
    timed = document.add_paragraph("Tid:")
    timed._p.append(parse_xml(f'<w:r {W_NS}><w:ptab w:relativeTo="margin" w:alignment="left"'
                              ' w:leader="none"/><w:t>kl. 10.00</w:t></w:r>'))
    assert [b.cells for b in read(saved(document))] == [("Tid:", "kl. 10.00")]


def test_the_letterheads_line_naming_the_minutes_keeps_its_date():
    # the only place the meeting's day is given; a page count stays out
    document = docx.Document()
    header = document.sections[0].header
    header.paragraphs[0].text = "Fjordvik Vel"
    header.add_paragraph("Referat fra styremøte 14.03.2023")
    header.add_paragraph("Referat – side 1 av 2")
    document.add_paragraph("Til stede: Kari Holm (leder), Per Dahl")
    document.add_paragraph("Sak 1/23 Regnskap")
    assert texts(saved(document))[:3] == ["Fjordvik Vel", "Referat fra styremøte 14.03.2023",
                                          "Til stede: Kari Holm (leder), Per Dahl"]
    from motebok.parse import parse_bytes

    assert parse_bytes(saved(document), "referat.docx").meeting.date == "2023-03-14"


def field(code: str, result: str, code_tag: str = "w:instrText") -> list[str]:
    """The runs of a complex field as Word writes them: begin, code, separate, result,
    end."""
    return [f'<w:r {W_NS}><w:fldChar w:fldCharType="begin"/></w:r>',
            f'<w:r {W_NS}><{code_tag} xml:space="preserve">{code}</{code_tag}></w:r>',
            f'<w:r {W_NS}><w:fldChar w:fldCharType="separate"/></w:r>',
            f'<w:r {W_NS}><w:t>{result}</w:t></w:r>' if result else f"<w:r {W_NS}/>",
            f'<w:r {W_NS}><w:fldChar w:fldCharType="end"/></w:r>']


def test_a_fields_result_is_read_and_its_code_never_is():
    # a date field, a hyperlink field whose code a generator wrote as w:t, and a page
    # field never updated (no result): what Word shows is the result alone (and of a
    # page number not even that, nor its label: see the test below)
    document = docx.Document()
    for label, code, result, tag in (
            ("Møtedato: ", ' DATE \\@ "d. MMMM yyyy" ', "14. mars 2024", "w:instrText"),
            ("Se ", ' HYPERLINK "https://example.no/sak" ', "saksframlegget", "w:t"),
            ("Side ", " PAGE ", "", "w:instrText")):
        paragraph = document.add_paragraph(label)
        for run in field(code, result, tag):
            paragraph._p.append(parse_xml(run))
    assert texts(saved(document)) == ["Møtedato: 14. mars 2024", "Se saksframlegget"]


def test_page_number_fields_leave_neither_number_nor_label_in_body_or_footer():
    # PAGE, NUMPAGES and SECTIONPAGES show the page the text last stood on: no fact of
    # the minutes, so "Side 2 av 4" goes whole, in a complex field or a simple one, and
    # the footer's kommune is kept without it; a DATE field's result is the text
    document = docx.Document()
    closing = document.add_paragraph("Møtet ble hevet kl. 20.15. Side ")
    for run in [*field(" PAGE \\* Arabic ", "2"), f'<w:r {W_NS}><w:t> av </w:t></w:r>',
                *field(" NUMPAGES ", "4")]:
        closing._p.append(parse_xml(run))
    signed = document.add_paragraph("Signert ")
    for run in field(' DATE \\@ "dd.MM.yyyy" ', "14.03.2024"):
        signed._p.append(parse_xml(run))
    footer = document.sections[0].footer.paragraphs[0]
    footer.text = "Fjordvik kommune\t– s. "
    footer._p.append(parse_xml(
        f'<w:fldSimple {W_NS} w:instr=" SECTIONPAGES "><w:r><w:t>3</w:t></w:r></w:fldSimple>'))
    blocks = read(saved(document))
    assert [b.text for b in blocks] == ["Møtet ble hevet kl. 20.15.", "Signert 14.03.2024"]
    assert blocks.furniture == ["Fjordvik kommune"]


def test_a_text_box_in_a_table_cell_is_read_once():
    # Word keeps a VML copy of the box for old readers (mc:Fallback): not a second date
    document = docx.Document()
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Dato:"
    table.cell(0, 1).paragraphs[0]._p.append(parse_xml(text_box(["14.03.2024"])))
    assert [b.cells for b in read(saved(document))] == [("Dato:", "14.03.2024")]


def test_a_letterhead_in_a_text_box_of_the_page_header_is_read_once():
    document = docx.Document()
    header = document.sections[0].header.paragraphs[0]
    header._p.append(parse_xml(text_box(["Valdres natur- og kulturpark", "MØTEREFERAT"])))
    document.add_paragraph("Dato: 14.03.2024")
    assert texts(saved(document)) == [
        "Valdres natur- og kulturpark", "MØTEREFERAT", "Dato: 14.03.2024"]


def test_the_lines_of_a_letterhead_parted_by_line_breaks_or_tabs_are_read_apart():
    # the name on the left and the document's kind tabbed to the right are two lines;
    # so the page count tabbed beside the title leaves the title (and its date) alone
    document = docx.Document()
    header = document.sections[0].header.paragraphs[0]
    header.add_run("Fjordvik Vel").add_break()
    header.add_run("Styret\tMØTEREFERAT 14.03.2024\tSide 1 av 2")
    document.add_paragraph("Sted: Grendehuset")
    assert texts(saved(document)) == [
        "Fjordvik Vel", "Styret", "MØTEREFERAT 14.03.2024", "Sted: Grendehuset"]


MC_NS = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'


def alternate_paragraph(text: str) -> str:
    """A paragraph wrapped in alternate content: Word's choice and a copy as fallback."""
    paragraph = f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>"
    return (f'<mc:AlternateContent {W_NS} {MC_NS}><mc:Choice Requires="w14">{paragraph}'
            f"</mc:Choice><mc:Fallback>{paragraph}</mc:Fallback></mc:AlternateContent>")


def test_a_block_in_alternate_content_is_read_once_in_the_body_and_in_a_cell():
    # newer Word wraps a paragraph it marks up with a feature old readers lack; the
    # choice is what Word shows, the fallback a copy of it
    document = docx.Document()
    document.add_paragraph("Til stede: Kari Holm")
    document.paragraphs[0]._p.addnext(parse_xml(alternate_paragraph("Forfall: Ola Dahl")))
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Referent:"
    table.cell(0, 1)._tc.append(parse_xml(alternate_paragraph("Siri Moe")))
    blocks = read(saved(document))
    assert [b.text for b in blocks] == ["Til stede: Kari Holm", "Forfall: Ola Dahl",
                                        "Referent:\tSiri Moe"]


def test_letters_past_z_double_and_a_legal_level_shows_every_counter_as_decimal():
    # Word's lettering goes "z", "aa", "bb"; a level set to legal style numbering shows
    # "2.1" under "II." (as the page shows), not "II.1"
    document = docx.Document()
    lettered = new_docx_list(document, [("lowerLetter", "%1)", 26)])
    legal = new_docx_list(document, [("upperRoman", "%1.", 1), ("decimal", "%1.%2", 1)])
    root = document.part.numbering_part.element
    sub_level = [lvl for lvl in root.iter(qn("w:lvl")) if lvl.get(qn("w:ilvl")) == "1"][-1]
    sub_level.find(qn("w:numFmt")).addprevious(parse_xml(f"<w:isLgl {W_NS}/>"))
    for text in ("siste", "neste", "tredje"):
        add_numbered_paragraph(document, text, lettered, 0)
    for text, level in (("Innledning", 0), ("Saker", 0), ("Budsjett", 1)):
        add_numbered_paragraph(document, text, legal, level)
    assert texts(saved(document)) == ["z) siste", "aa) neste", "bb) tredje",
                                      "I. Innledning", "II. Saker", "2.1 Budsjett"]


def test_a_content_control_in_the_page_header_still_prompting_is_not_the_letterhead():
    document = docx.Document()
    header = document.sections[0].header
    header.paragraphs[0].text = "Fjordvik Vel – referat"
    header._element.append(parse_xml(
        f'<w:sdt {W_NS}><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent><w:p><w:r>'
        "<w:t>Klikk eller trykk her for å skrive inn tekst.</w:t></w:r></w:p>"
        "</w:sdtContent></w:sdt>"))
    document.add_paragraph("Sted: Grendehuset")
    assert texts(saved(document)) == ["Fjordvik Vel – referat", "Sted: Grendehuset"]


def test_an_empty_numbered_paragraph_counts_as_word_shows_its_number():
    # Word draws "2." before an empty list paragraph, so the next item is 3; a
    # paragraph whose mark is a tracked deletion or hidden shows no number and counts not
    document = docx.Document()
    items = new_docx_list(document, [("decimal", "%1.", 1)])
    add_numbered_paragraph(document, "Innkalling", items, 0)
    add_numbered_paragraph(document, "", items, 0)
    for mark in ('<w:del w:id="9" w:author="A"/>', "<w:vanish/>"):
        gone = add_numbered_paragraph(document, "", items, 0)
        gone._p.get_or_add_pPr().append(parse_xml(f"<w:rPr {W_NS}>{mark}</w:rPr>"))
    add_numbered_paragraph(document, "Eventuelt", items, 0)
    assert texts(saved(document)) == ["1. Innkalling", "3. Eventuelt"]


def test_a_day_only_in_the_first_pages_header_is_read_before_the_body():
    # a template with its own first-page header (w:titlePg): "Dato" and the day in two
    # cells of a header table; the body is titled and gives no date
    document = docx.Document()
    section = document.sections[0]
    section.different_first_page_header_footer = True
    table = section.first_page_header.add_table(rows=1, cols=2, width=docx.shared.Cm(12))
    table.cell(0, 0).text, table.cell(0, 1).text = "Møtedato", "12.03.2024"
    section.header.paragraphs[0].text = "Side 2"
    document.add_paragraph("Referat fra styremøte i Fjordvik Vel")
    document.add_paragraph("Sak 1/24 Regnskap")
    assert texts(saved(document)) == ["Møtedato: 12.03.2024",
                                      "Referat fra styremøte i Fjordvik Vel",
                                      "Sak 1/24 Regnskap"]


def test_a_day_in_the_later_pages_header_counts_when_the_first_pages_has_none():
    document = docx.Document()
    section = document.sections[0]
    section.different_first_page_header_footer = True
    section.first_page_header.paragraphs[0].text = "Fjordvik Vel"
    section.header.paragraphs[0].text = "Dato:\t12. mars 2024"
    document.add_paragraph("Referat fra styremøte")
    assert texts(saved(document)) == ["Dato: 12. mars 2024", "Referat fra styremøte"]


def test_a_header_day_is_left_out_when_the_body_gives_its_own_dato():
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "Dato: 1. april 2024"
    document.add_paragraph("Referat fra styremøte")
    document.add_paragraph("Dato: 12. mars 2024")
    assert texts(saved(document)) == ["Referat fra styremøte", "Dato: 12. mars 2024"]


def test_a_zip_bomb_is_refused_before_it_is_unpacked(monkeypatch):
    """A DOCX whose XML would unpack past the limit is refused before python-docx reads
    it (a megabyte of zip can hold a gigabyte); the limit is lowered to keep the test
    small."""
    document = docx.Document()
    document.add_paragraph("Referat fra styremøte")
    small = io.BytesIO()
    document.save(small)
    monkeypatch.setattr("motebok.read.package.MAX_XML_BYTES", 900_000)  # template: 0.8 MB
    assert read(small.getvalue())
    document.add_paragraph("a" * 200_000)
    big = io.BytesIO()
    document.save(big)
    with pytest.raises(ReadError, match=r"^DOCX text too large to read \(0 MB of XML\)$"):
        read(big.getvalue())


def test_ticks_and_boxes_of_wingdings_2_read_as_the_marks_they_show():
    # Insert > Symbol's ticked box (Wingdings 2 "R"), empty box ("£") and tick ("P")
    document = docx.Document()
    table = document.add_table(rows=3, cols=2)
    table.cell(0, 0).text = "Kari Nordmann"
    table.cell(0, 1)._tc.find(qn("w:p")).append(parse_xml(
        f'<w:r {W_NS}><w:sym w:font="Wingdings 2" w:char="F052"/></w:r>'))
    table.cell(1, 0).text = "Per Hansen"
    table.cell(1, 1).paragraphs[0].add_run("£").font.name = "Wingdings 2"
    table.cell(2, 0).text = "Ola Vik"
    table.cell(2, 1).paragraphs[0].add_run("\uf050").font.name = "Wingdings 2"
    assert [b.cells for b in read(saved(document))] == [
        ("Kari Nordmann", "☑"), ("Per Hansen", "☐"), ("Ola Vik", "✓")]


def deleted_mark(paragraph) -> None:
    """Mark a python-docx paragraph's mark as deleted with tracked changes on."""
    paragraph._p.get_or_add_pPr().append(parse_xml(
        f'<w:rPr {W_NS}><w:del w:id="9" w:author="Sekretær"/></w:rPr>'))


def test_a_deleted_paragraph_mark_joins_the_paragraph_to_the_next_as_word_shows_it():
    document = docx.Document()
    document.add_paragraph("Referat fra styremøte")
    first = document.add_paragraph("Vedtak: Budsjettet for 2025 ")
    deleted_mark(first)
    document.add_paragraph("ble godkjent.")
    gone = document.add_paragraph()  # a paragraph deleted whole leaves no empty line
    gone._p.append(parse_xml(
        f'<w:del {W_NS} w:id="8" w:author="A"><w:r><w:delText>Utsatt.</w:delText></w:r></w:del>'))
    deleted_mark(gone)
    document.add_paragraph("Sak 4/25 Eventuelt")
    table = document.add_table(rows=1, cols=1)
    deleted_mark(table.cell(0, 0).paragraphs[0])
    table.cell(0, 0).paragraphs[0].add_run("Kari Nordmann,")
    table.cell(0, 0).add_paragraph(" leder")
    assert texts(saved(document)) == [
        "Referat fra styremøte", "Vedtak: Budsjettet for 2025 ble godkjent.",
        "Sak 4/25 Eventuelt", "Kari Nordmann, leder"]


def test_a_row_that_starts_columns_in_finds_the_cell_merged_above_in_its_column():
    # the last row leaves out the first column (w:gridBefore); "Åsen" is merged down
    document = docx.Document()
    table = document.add_table(rows=3, cols=3)
    for column, text in enumerate(("Navn", "Rolle", "Kommune")):
        table.cell(0, column).text = text
    table.cell(1, 0).text = "Kari"
    table.cell(1, 1).text = "leder"
    table.cell(1, 2).merge(table.cell(2, 2)).text = "Åsen"
    table.cell(2, 1).text = "nestleder"
    row = table._tbl.findall(qn("w:tr"))[2]
    row.remove(row.findall(qn("w:tc"))[0])
    row.get_or_add_trPr().append(parse_xml(f'<w:gridBefore {W_NS} w:val="1"/>'))
    assert [b.cells for b in read(saved(document))] == [
        ("Navn", "Rolle", "Kommune"), ("Kari", "leder", "Åsen"), ("nestleder", "Åsen")]


def test_a_non_breaking_hyphen_typed_as_a_character_reads_as_w_no_break_hyphen_does():
    document = docx.Document()
    document.add_paragraph("Tid: kl. 18.00\u201120.30")
    typed = document.add_paragraph("Tid: kl. 18.00")
    typed._p.append(parse_xml(f'<w:r {W_NS}><w:noBreakHyphen/><w:t>20.30</w:t></w:r>'))
    assert texts(saved(document)) == ["Tid: kl. 18.00-20.30", "Tid: kl. 18.00-20.30"]


def row_xml(*cells: str) -> str:
    """A w:tr of one-paragraph cells."""
    return "<w:tr>" + "".join(
        f"<w:tc><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:tc>" for text in cells) + "</w:tr>"


def test_rows_and_cells_of_content_controls_still_prompting_are_left_out():
    # a template's participant table: a repeating section filled in twice, then its
    # empty row still prompting, and a name cell never filled in
    prompting = ("<w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent>{}"
                 "</w:sdtContent></w:sdt>")
    unnamed = "<w:tc><w:p><w:r><w:t>Skriv navn</w:t></w:r></w:p></w:tc>"
    table = (f'<w:tbl {W_NS}><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid>'
             + row_xml("Navn", "Rolle")
             + "<w:sdt><w:sdtPr/><w:sdtContent>" + row_xml("Kari Nordmann", "leder")
             + row_xml("Per Hansen", "medlem") + "</w:sdtContent></w:sdt>"
             + prompting.format(row_xml("Klikk eller trykk her for å skrive inn tekst.", "Rolle"))
             + "<w:tr>" + prompting.format(unnamed)
             + "<w:tc><w:p><w:r><w:t>sekretær</w:t></w:r></w:p></w:tc></w:tr></w:tbl>")
    document = docx.Document()
    document.element.body.insert(0, parse_xml(table))
    assert [b.cells for b in read(saved(document))] == [
        ("Navn", "Rolle"), ("Kari Nordmann", "leder"), ("Per Hansen", "medlem"),
        ("", "sekretær")]


def test_a_control_whose_placeholder_flag_is_switched_off_shows_its_value():
    # a template filler that types the value and writes the flag off (w:val="0"/"false")
    # rather than removing it: the head's values in a key table are read
    def control(value: str, flag: str) -> str:
        return (f'<w:sdt><w:sdtPr><w:showingPlcHdr w:val="{flag}"/><w:text/></w:sdtPr>'
                f"<w:sdtContent><w:p><w:r><w:t>{value}</w:t></w:r></w:p></w:sdtContent></w:sdt>")
    rows = "".join(
        f"<w:tr><w:tc><w:p><w:r><w:t>{label}</w:t></w:r></w:p></w:tc>"
        f"<w:tc>{control(value, flag)}</w:tc></w:tr>"
        for label, value, flag in (("Dato", "24.02.2026", "0"), ("Sted", "Teams", "false"),
                                   ("Referent", "Klikk her for å skrive inn tekst.", "1")))
    document = docx.Document()
    document.element.body.insert(0, parse_xml(
        f'<w:tbl {W_NS}><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid>{rows}</w:tbl>'))
    assert [b.cells for b in read(saved(document))] == [
        ("Dato", "24.02.2026"), ("Sted", "Teams"), ("Referent", "")]


def test_text_hidden_by_its_character_or_paragraph_style_is_left_out():
    document = docx.Document()
    for name, kind in (("Skjult", WD_STYLE_TYPE.CHARACTER),
                       ("Veiledning", WD_STYLE_TYPE.PARAGRAPH)):
        document.styles.add_style(name, kind).element.get_or_add_rPr().append(
            parse_xml(f"<w:vanish {W_NS}/>"))
    decided = document.add_paragraph("Vedtak: Godkjent")
    decided.add_run(" (fyll inn vedtaket her)", style="Skjult")
    decided.add_run(".")
    document.add_paragraph("Skriv kort hva saken gjelder.", style="Veiledning")
    document.add_paragraph("Ingen merknader.")
    assert texts(saved(document)) == ["Vedtak: Godkjent.", "Ingen merknader."]


def form_field(data: str) -> list[str]:
    """The runs of a legacy form field (FORMCHECKBOX, FORMDROPDOWN) with its w:ffData;
    such a field has no result of its own: Word draws the box or the chosen entry."""
    return [f'<w:r {W_NS}><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="x"/>'
            f"<w:enabled/>{data}</w:ffData></w:fldChar></w:r>",
            f'<w:r {W_NS}><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>',
            f'<w:r {W_NS}><w:fldChar w:fldCharType="end"/></w:r>']


def test_legacy_form_check_boxes_and_drop_downs_read_as_word_draws_them():
    # an old attendance form: "Møtt" ticked by a FORMCHECKBOX, the role from a list
    document = docx.Document()
    table = document.add_table(rows=2, cols=3)
    fields = {
        (0, 1): '<w:checkBox><w:sizeAuto/><w:default w:val="0"/><w:checked/></w:checkBox>',
        (1, 1): '<w:checkBox><w:sizeAuto/><w:default w:val="0"/></w:checkBox>',
        (0, 2): '<w:ddList><w:result w:val="1"/><w:listEntry w:val="medlem"/>'
                '<w:listEntry w:val="leder"/></w:ddList>',
        (1, 2): '<w:ddList><w:listEntry w:val="medlem"/><w:listEntry w:val="leder"/></w:ddList>'}
    for (row, column), data in fields.items():
        for run in form_field(data):
            table.cell(row, column)._tc.find(qn("w:p")).append(parse_xml(run))
    table.cell(0, 0).text = "Kari Nordmann"
    table.cell(1, 0).text = "Per Hansen"
    assert [b.cells for b in read(saved(document))] == [
        ("Kari Nordmann", "☒", "leder"), ("Per Hansen", "☐", "medlem")]


def test_a_cell_merged_across_columns_the_old_way_shows_once():
    # Word 2003's horizontal merge (w:hMerge): the continuing cell is part of the first
    table = (f'<w:tbl {W_NS}><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>'
             '<w:tr><w:tc><w:tcPr><w:hMerge w:val="restart"/></w:tcPr><w:p><w:r>'
             "<w:t>Til stede</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:hMerge/></w:tcPr><w:p/>"
             "</w:tc><w:tc><w:p><w:r><w:t>Møtt</w:t></w:r></w:p></w:tc></w:tr>"
             + row_xml("Kari Nordmann", "leder", "x") + "</w:tbl>")
    document = docx.Document()
    document.element.body.insert(0, parse_xml(table))
    assert [b.cells for b in read(saved(document))] == [
        ("Til stede", "Møtt"), ("Kari Nordmann", "leder", "x")]


def test_a_style_separator_keeps_the_heading_and_its_paragraph_apart():
    # Word's style separator (Ctrl+Alt+Enter) hides the heading's paragraph mark
    # (w:vanish + w:specVanish) so "Sak 3/24 Budsjett 2025" and its text run on one
    # line; they are still a heading and a paragraph, as the navigation pane shows them
    document = docx.Document()
    heading = document.add_paragraph("Sak 3/24 Budsjett 2025", style="Heading 2")
    heading._p.get_or_add_pPr().append(
        parse_xml(f"<w:rPr {W_NS}><w:vanish/><w:specVanish/></w:rPr>"))
    document.add_paragraph("Styret vedtok budsjettet.")
    blocks = read(saved(document))
    assert [(b.kind, b.text) for b in blocks] == [
        (BlockKind.HEADING, "Sak 3/24 Budsjett 2025"),
        (BlockKind.PARAGRAPH, "Styret vedtok budsjettet.")]


def test_a_footer_is_read_only_when_it_alone_names_the_minutes_or_gives_the_day():
    # "Referat Regionrådet 4.3.2025 – side 1": the template's only title and day; a
    # footer of page numbers and the address, or one under a titled body, adds nothing
    document = docx.Document()
    document.sections[0].footer.paragraphs[0].text = "Referat Regionrådet 4.3.2025 – side 1"
    document.add_paragraph("Tid: kl. 10.00")
    assert texts(saved(document)) == ["Referat Regionrådet 4.3.2025", "Tid: kl. 10.00"]
    document.paragraphs[0].insert_paragraph_before("Referat fra møte i regionrådet")
    assert texts(saved(document)) == ["Referat fra møte i regionrådet", "Tid: kl. 10.00"]
    plain = docx.Document()
    plain.sections[0].footer.paragraphs[0].text = "Åsen kommune | Postboks 1, 1234 Åsen | Side 1"
    plain.add_paragraph("Tid: kl. 10.00")
    assert texts(saved(plain)) == ["Tid: kl. 10.00"]


def test_a_day_only_in_the_footer_is_read_before_the_body():
    document = docx.Document()
    document.sections[0].footer.paragraphs[0].text = "Møtedato: 12.03.2024"
    document.add_paragraph("Referat fra styremøte i Fjordvik Vel")
    assert texts(saved(document)) == ["Møtedato: 12.03.2024",
                                      "Referat fra styremøte i Fjordvik Vel"]


def test_ticks_and_crosses_of_webdings_read_as_the_marks_they_show():
    # an attendance table copied from a spreadsheet that ticks with Webdings "a" (a
    # tick) and "r" (a cross), once typed and once inserted as a symbol (w:sym)
    document = docx.Document()
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Kari Nordmann"
    table.cell(0, 1).paragraphs[0].add_run("a").font.name = "Webdings"
    table.cell(1, 0).text = "Per Hansen"
    table.cell(1, 1)._tc.find(qn("w:p")).append(parse_xml(
        f'<w:r {W_NS}><w:sym w:font="Webdings" w:char="F072"/></w:r>'))
    assert [b.cells for b in read(saved(document))] == [
        ("Kari Nordmann", "✓"), ("Per Hansen", "✗")]


@pytest.mark.parametrize("part", ["header", "footer"])
def test_a_day_tabbed_beside_the_title_in_a_header_or_footer_stays_with_it(part):
    # "Referat Regionrådet ⇥ 4.3.2025 ⇥ Side 1": left, centre and right tab stops
    document = docx.Document()
    getattr(document.sections[0], part).paragraphs[0].text = \
        "Referat Regionrådet\t4.3.2025\tSide 1"
    document.add_paragraph("Tid: kl. 10.00")
    assert texts(saved(document)) == ["Referat Regionrådet 4.3.2025", "Tid: kl. 10.00"]
    from motebok.parse import parse_bytes

    assert parse_bytes(saved(document), "referat.docx").meeting.date == "2025-03-04"


@pytest.mark.parametrize("part", ["header", "footer"])
def test_a_header_that_counts_pages_loses_its_count_as_a_footer_does(part):
    document = docx.Document()
    getattr(document.sections[0], part).paragraphs[0].text = \
        "Referat styremøte 14.03.2023 – side 1 av 2"
    document.add_paragraph("Sted: Grendehuset")
    assert texts(saved(document)) == ["Referat styremøte 14.03.2023", "Sted: Grendehuset"]


def test_a_file_name_in_the_footer_is_not_the_letterhead():
    # Word's FILENAME field: the file is called "referat", yet names no meeting
    document = docx.Document()
    document.sections[0].footer.paragraphs[0].text = \
        "P:\\Styret\\Referater\\referat-mai.docx\tSide 1 av 1"
    document.add_paragraph("Sted: Grendehuset")
    assert texts(saved(document)) == ["Sted: Grendehuset"]


def test_a_title_under_the_bodys_labels_keeps_a_running_header_out():
    # the organisation and the officer's name first, then the minutes' own title
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "Referat styremøte\t12.03.2024\tSide 1"
    for text in ("Fjordvik regionråd", "Saksbehandler: Siri Vangen",
                 "Referat fra styremøte", "Sted: Rådhuset"):
        document.add_paragraph(text)
    assert texts(saved(document))[0] == "Fjordvik regionråd"


def with_footnote(data: bytes, note: str) -> bytes:
    """A .docx with a footnotes part holding one note (id 1), which python-docx cannot
    add: the part, its relationship and its content type."""
    rel = ('<Relationship Id="rIdNotes" Type="http://schemas.openxmlformats.org/'
           'officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>')
    kind = ('<Override PartName="/word/footnotes.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>')
    notes = (f'<w:footnotes {W_NS}><w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r>'
             f"<w:r><w:t>{note}</w:t></w:r></w:p></w:footnote></w:footnotes>")
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as old, zipfile.ZipFile(out, "w") as new:
        for item in old.infolist():
            content = old.read(item.filename)
            if item.filename == "word/_rels/document.xml.rels":
                content = content.replace(b"</Relationships>", f"{rel}</Relationships>".encode())
            elif item.filename == "[Content_Types].xml":
                content = content.replace(b"</Types>", f"{kind}</Types>".encode())
            new.writestr(item, content)
        new.writestr("word/footnotes.xml", notes)
    return out.getvalue()


def test_footnotes_and_comments_stay_out_of_the_text_as_in_pdf_and_odt():
    # a note's text is no part of the sentence its mark stands in, nor a paragraph of
    # the item it ends (it would read as the item's last line, or its decision); a
    # reviewer's comment is not printed at all
    document = docx.Document()
    decision = document.add_paragraph("Vedtak: Budsjettet ble vedtatt")
    decision._p.append(parse_xml(
        f'<w:r {W_NS}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
        '<w:footnoteReference w:id="1"/></w:r>'))
    decision.add_run(".")
    document.add_comment(decision.runs, text="Sjekk tallene", author="Kari")
    document.add_paragraph("Sak 2/24 Eventuelt")
    data = with_footnote(saved(document), "Vedtatt med fem mot to stemmer.")
    assert texts(data) == ["Vedtak: Budsjettet ble vedtatt.", "Sak 2/24 Eventuelt"]


def test_a_table_row_deleted_as_a_tracked_change_is_gone_with_its_merged_cell():
    # Ola Dahl struck from the attendance list: his row is a tracked deletion, and the
    # municipality merged down from Kari Holm's row must not fill a row of its own
    document = docx.Document()
    table = document.add_table(rows=3, cols=2)
    for row, (name, place) in enumerate((("Kari Holm", "Gol kommune"), ("", ""),
                                         ("Siri Moe", "Hol kommune"))):
        table.cell(row, 0).text, table.cell(row, 1).text = name, place
    table.cell(0, 1).merge(table.cell(1, 1))
    struck = table.rows[1]._tr
    struck.insert(0, parse_xml(f'<w:trPr {W_NS}><w:del w:id="9" w:author="A"/></w:trPr>'))
    struck.tc_lst[0].p_lst[0].append(parse_xml(
        f'<w:del {W_NS} w:id="10" w:author="A"><w:r><w:delText>Ola Dahl</w:delText></w:r>'
        "</w:del>"))
    assert [b.cells for b in read(saved(document))] == [
        ("Kari Holm", "Gol kommune"), ("Siri Moe", "Hol kommune")]


def raised_run(text: str) -> str:
    """A run set as a superscript (w:vertAlign), as Word writes "kl. 9³⁰"."""
    return (f'<w:r {W_NS}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
            f"<w:t>{text}</w:t></w:r>")


def test_minutes_raised_over_the_hour_read_as_the_time_they_are():
    # the minutes of a time set small and high read as "9.30"; "m²" keeps its reading,
    # a raised footnote number after a word is left out (as in PDF)
    document = docx.Document()
    for parts in (["Tid: kl. 9", raised_run("30"), " – 11", raised_run("15")],
                  ["Lokalet er 80 m", raised_run("2"), ", se note", raised_run("12"), "."]):
        paragraph = document.add_paragraph()
        for part in parts:
            if part.startswith("<"):
                paragraph._p.append(parse_xml(part))
            else:
                paragraph.add_run(part)
    assert texts(saved(document)) == ["Tid: kl. 9.30 – 11.15", "Lokalet er 80 m2, se note."]


def test_a_heading_style_linked_to_a_list_level_is_numbered_at_that_level():
    # a multilevel list with "Link level to style": Heading 1 on level 1, Heading 2 on
    # level 2; the styles carry the list without naming a level, the list's levels name
    # the styles (w:pStyle), so "Budsjett" under "2. Økonomi" shows as Word shows it
    document = docx.Document()
    items = new_docx_list(document, [("decimal", "%1.", 1), ("decimal", "%1.%2.", 1)])
    levels = document.part.numbering_part.element.findall(f".//{qn('w:abstractNum')}")[-1]
    for level, style_id in zip(levels.findall(qn("w:lvl")), ("Heading1", "Heading2"),
                               strict=True):
        level.insert(2, parse_xml(f'<w:pStyle {W_NS} w:val="{style_id}"/>'))
    for name in ("Heading 1", "Heading 2"):
        document.styles[name].element.get_or_add_pPr().insert(
            0, parse_xml(f'<w:numPr {W_NS}><w:numId w:val="{items}"/></w:numPr>'))
    for text, level in (("Godkjenning av innkalling", 1), ("Økonomi", 1), ("Budsjett", 2),
                        ("Regnskap", 2), ("Eventuelt", 1)):
        document.add_heading(text, level)
    assert [(b.text, b.level) for b in read(saved(document))] == [
        ("1. Godkjenning av innkalling", 1), ("2. Økonomi", 1), ("2.1. Budsjett", 2),
        ("2.2. Regnskap", 2), ("3. Eventuelt", 1)]


def test_a_level_that_never_restarts_counts_on_across_the_levels_above_it():
    # the cases numbered through the whole minutes across numbered parts: Word's
    # w:lvlRestart 0 on the case level keeps "Sak 3" after "2. Orienteringssaker"
    document = docx.Document()
    items = new_docx_list(document, [("decimal", "%1.", 1), ("decimal", "Sak %2", 1)])
    levels = document.part.numbering_part.element.findall(f".//{qn('w:abstractNum')}")[-1]
    levels.findall(qn("w:lvl"))[1].insert(2, parse_xml(f'<w:lvlRestart {W_NS} w:val="0"/>'))
    for text, level in (("Vedtakssaker", 0), ("Budsjett", 1), ("Regnskap", 1),
                        ("Orienteringssaker", 0), ("Status for prosjektet", 1)):
        add_numbered_paragraph(document, text, items, level)
    assert texts(saved(document)) == ["1. Vedtakssaker", "Sak 1 Budsjett", "Sak 2 Regnskap",
                                      "2. Orienteringssaker", "Sak 3 Status for prosjektet"]


def test_ticks_in_a_character_style_set_in_a_symbol_font_read_as_the_marks_they_show():
    # a template's own character style for the "Møtt" column, set in Wingdings: the
    # font comes from the style, not the run; a run of another style stays as written
    document = docx.Document()
    ticks = document.styles.add_style("Avkrysning", WD_STYLE_TYPE.CHARACTER)
    ticks.font.name = "Wingdings"
    plain = document.styles.add_style("Uthevet navn", WD_STYLE_TYPE.CHARACTER)
    plain.font.name = "Arial"
    table = document.add_table(rows=3, cols=2)
    for row, (name, code, style) in zip(table.rows, (("Kari Holm", "þ", "Avkrysning"),
                                                     ("Per Hansen", "¨", "Avkrysning"),
                                                     ("Siri Bø", "þ", "Uthevet navn")),
                                        strict=True):
        row.cells[0].paragraphs[0].add_run(name)
        row.cells[1].paragraphs[0].add_run(code, style=style)
    assert [b.cells for b in read(saved(document))] == [
        ("Kari Holm", "☑"), ("Per Hansen", "☐"), ("Siri Bø", "þ")]


def _runs_of(paragraphs) -> list[tuple[str, bool, tuple[str, ...]]]:
    """(text, bold, runs) of each block read from paragraphs of (text, bold) runs."""
    document = docx.Document()
    for segments in paragraphs:
        paragraph = document.add_paragraph()
        for text, bold in segments:
            run = paragraph.add_run(text)
            if bold == "cs":  # w:bCs only: the weight of complex scripts, no visible bold
                run._r.get_or_add_rPr().append(parse_xml(
                    '<w:bCs xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/'
                    '2006/main"/>'))
            elif bold:
                run.bold = True
    out = io.BytesIO()
    document.save(out)
    return [(b.text, b.bold, b.runs) for b in read(out.getvalue())]


def test_bold_runs_inside_a_paragraph_are_kept_joined_across_word_splits():
    assert _runs_of([[("Dugnad: ", False), ("Kari ", True), ("Holm", True), (", ", False),
                      ("Per", True), (" ", False), ("Dahl", True), (" og Eva Li.", False)]]) == [
        ("Dugnad: Kari Holm, Per Dahl og Eva Li.", False, ("Kari Holm", "Per Dahl"))]


def test_a_paragraph_bold_as_a_whole_has_no_runs_and_bcs_is_no_bold():
    assert _runs_of([[("Sak 4/25 ", True), ("Budsjett", True)],
                     [("Kari Holm", "cs"), (" sender brevet.", False)]]) == [
        ("Sak 4/25 Budsjett", True, ()),
        ("Kari Holm sender brevet.", False, ())]


def test_an_underlined_lead_opening_a_paragraph_is_a_run_as_bold_is_but_a_later_link_not():
    document = docx.Document()
    for lead, rest in (("Økonomi", ". Regnskapet ble gjennomgått."), (None, "Se ")):
        paragraph = document.add_paragraph()
        if lead:
            paragraph.add_run(lead).underline = True
        paragraph.add_run(rest)
        if lead is None:
            paragraph.add_run("www.nordby.no").underline = True
    blocks = read(saved(document))
    assert [(b.text, b.bold, b.runs) for b in blocks] == [
        ("Økonomi. Regnskapet ble gjennomgått.", False, ("Økonomi",)),
        ("Se www.nordby.no", False, ())]


def test_a_kommune_in_the_footer_is_handed_on_as_furniture_not_as_text():
    # "Nordby kommune ⇥ Side 1" under a titled body: no line of the minutes, but the
    # issuer the extractor may read as a council's parent, as from a PDF's footer
    document = docx.Document()
    document.sections[0].footer.paragraphs[0].text = "Nordby kommune\tSide 1 av 2"
    document.add_paragraph("Protokoll fra møte i formannskapet")
    blocks = read(saved(document))
    assert [b.text for b in blocks] == ["Protokoll fra møte i formannskapet"]
    assert blocks.furniture == ["Nordby kommune"]


def test_a_region_cooperation_in_the_header_is_handed_on_as_furniture():
    # "Åsdalregionen – Faggruppe helse": the cooperation beside the group's name, no line
    # of the minutes, handed on whole for the extractor to read as the group's parent
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "Åsdalregionen – Faggruppe helse og omsorg"
    document.add_paragraph("Referat fra møte i faggruppe helse og omsorg")
    blocks = read(saved(document))
    assert [b.text for b in blocks] == ["Referat fra møte i faggruppe helse og omsorg"]
    assert blocks.furniture == ["Åsdalregionen – Faggruppe helse og omsorg"]


def _renamed_main_part(data: bytes, name: str) -> bytes:
    """The package with its main part moved to ``name`` and every reference to it
    following, as Word for the web writes a file made in SharePoint or Teams."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for item in src.infolist():
            body = src.read(item.filename).replace(b"word/document.xml", name.encode())
            target = {"word/document.xml": name,
                      "word/_rels/document.xml.rels": name.replace("word/", "word/_rels/") +
                      ".rels"}.get(item.filename, item.filename)
            dst.writestr(target, body)
    return out.getvalue()


def test_a_main_part_named_document2_as_word_for_the_web_writes_it_is_read():
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "Nordby kommune"
    document.add_paragraph("Referat fra styremøte")
    document.add_paragraph("Til stede: Kari Holm, Per Dahl")
    renamed = _renamed_main_part(saved(document), "word/document2.xml")
    assert "word/document.xml" not in zipfile.ZipFile(io.BytesIO(renamed)).namelist()
    assert texts(renamed) == texts(saved(document)) == [
        "Referat fra styremøte", "Til stede: Kari Holm, Per Dahl"]


def test_a_package_whose_relationships_name_a_missing_main_part_is_corrupt():
    good = saved(docx.Document())
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(good)) as src, zipfile.ZipFile(out, "w") as dst:
        for item in src.infolist():
            if item.filename != "word/document.xml":
                dst.writestr(item.filename, src.read(item.filename))
    with pytest.raises(ReadError, match=r"^corrupt DOCX file$"):
        read(out.getvalue())


def test_rows_set_in_columns_after_soft_line_breaks_are_one_row_a_line():
    # "Til stede:" (bold) ↵ "Kari Holm ⇥ Åsen kommune" ↵ …, typed with Shift+Enter: the
    # lines a text file gives, never one row whose cells run across the lines
    document = docx.Document()
    paragraph = document.add_paragraph()
    paragraph.add_run("Til stede:").bold = True
    for name, place in (("Kari Holm", "Åsen kommune"), ("Per Dahl", "Bø kommune")):
        run = paragraph.add_run()
        run.add_break()
        run.add_text(name)
        run.add_tab()
        run.add_text(place)
    assert [(b.kind, b.text, b.bold) for b in read(saved(document))] == [
        (BlockKind.PARAGRAPH, "Til stede:", True),
        (BlockKind.TABLE_ROW, "Kari Holm\tÅsen kommune", False),
        (BlockKind.TABLE_ROW, "Per Dahl\tBø kommune", False)]


def _head_in_header_table(title: str, lines: list[str]) -> list[str]:
    """The texts read from a document whose first page's header holds the meeting's
    head as a table of label and value cells, with ``title`` and ``lines`` as its body."""
    document = docx.Document()
    header = document.sections[0].header
    table = header.add_table(rows=3, cols=2, width=docx.shared.Inches(6))
    for row, (label, value) in enumerate((("Møtedato:", "19.11.2025"),
                                          ("Møtested:", "Rådhuset, Torget 1"),
                                          ("Tid:", "14:00 – 15:45"))):
        table.cell(row, 0).text, table.cell(row, 1).text = label, value
    document.add_heading(title, 0)
    for line in lines:
        document.add_paragraph(line)
    return texts(saved(document))


def test_the_time_and_place_of_a_header_table_are_read_before_a_titled_body():
    assert _head_in_header_table("Referat fra møte i Eldrerådet", ["Til stede: Emma Vik"]) == [
        "Møtedato: 19.11.2025", "Møtested: Rådhuset, Torget 1", "Tid: 14:00 – 15:45",
        "Referat fra møte i Eldrerådet", "Til stede: Emma Vik"]


def test_a_header_tables_time_and_place_are_left_out_when_the_body_gives_its_own():
    assert _head_in_header_table("Referat fra møte i Eldrerådet",
                                 ["Tid: 10:00", "Sted: Teams"]) == [
        "Møtedato: 19.11.2025", "Referat fra møte i Eldrerådet", "Tid: 10:00", "Sted: Teams"]


def _as_strict(data: bytes) -> bytes:
    """The package as Word's "Strict Open XML Document" writes it: the same elements,
    their namespaces and relationship types named under purl.oclc.org."""
    names = ((b"http://schemas.openxmlformats.org/wordprocessingml/2006/main",
              b"http://purl.oclc.org/ooxml/wordprocessingml/main"),
             (b"http://schemas.openxmlformats.org/officeDocument/2006/relationships",
              b"http://purl.oclc.org/ooxml/officeDocument/relationships"),
             (b"http://schemas.openxmlformats.org/drawingml/2006/",
              b"http://purl.oclc.org/ooxml/drawingml/"))
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            body = src.read(item.filename)
            for transitional, strict in names:
                body = body.replace(transitional, strict)
            dst.writestr(item.filename, body)
    return out.getvalue()


def test_a_strict_open_xml_document_reads_as_the_same_transitional_one():
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "Nordby kommune\tMØTEREFERAT"
    document.add_heading("Sak 1/25 Godkjenning av innkalling", 2)
    paragraph = document.add_paragraph()
    paragraph.add_run("Vedtak:").bold = True
    paragraph.add_run(" Innkallingen ble godkjent.")
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Kari Holm", "Åsen kommune"
    strict = _as_strict(saved(document))
    assert b"purl.oclc.org/ooxml/officeDocument/relationships/officeDocument" in \
        zipfile.ZipFile(io.BytesIO(strict)).read("_rels/.rels")
    shown = [(b.kind, b.text, b.bold, b.runs) for b in read(strict)]
    assert shown == [(b.kind, b.text, b.bold, b.runs) for b in read(saved(document))]
    assert [text for _, text, _, _ in shown] == [
        "Nordby kommune", "MØTEREFERAT", "Sak 1/25 Godkjenning av innkalling",
        "Vedtak: Innkallingen ble godkjent.", "Kari Holm\tÅsen kommune"]


def test_a_word_document_merged_in_as_a_chunk_is_read_where_it_stands():
    # a case system merges each case's paper (a .docx of its own) into the minutes as a
    # w:altChunk, which only Word unpacks when the file is first opened and saved
    paper = docx.Document()
    paper.add_heading("Sak 7/25 Budsjett 2026", 2)
    paper.add_paragraph("Vedtak: Budsjettet ble vedtatt.")
    document = docx.Document()
    document.add_paragraph("Møteprotokoll")
    _add_alt_chunk(document, "afchunk1.docx",
                   "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
                   ".main+xml", saved(paper))
    document.add_paragraph("Referent: Lise Berg")
    assert [(b.kind, b.text) for b in read(saved(document))] == [
        (BlockKind.PARAGRAPH, "Møteprotokoll"),
        (BlockKind.HEADING, "Sak 7/25 Budsjett 2026"),
        (BlockKind.PARAGRAPH, "Vedtak: Budsjettet ble vedtatt."),
        (BlockKind.PARAGRAPH, "Referent: Lise Berg"),
    ]


def test_a_repackaged_documents_media_past_the_limit_is_kept_empty(monkeypatch):
    # A Strict package is unpacked and stored again before python-docx opens it; its
    # pictures are never read, so media past the limit (a zip bomb there) stay empty
    # rather than filling the memory, and the text still reads.
    import motebok.read.docx as docx_reader

    document = docx.Document()
    document.add_paragraph("Referat fra styremøte")
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(_as_strict(saved(document)))) as src, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            dst.writestr(item, src.read(item.filename))
        dst.writestr("word/media/image1.png", b"\0" * 4096)
        dst.writestr("word/media/image2.png", b"\0" * 4096)
    with zipfile.ZipFile(io.BytesIO(out.getvalue())) as archive:
        other_media = sum(item.file_size for item in archive.infolist()
                          if not item.filename.endswith((".xml", ".rels", ".png")))
    monkeypatch.setattr(docx_reader, "MAX_XML_BYTES", other_media + 6000)
    with zipfile.ZipFile(io.BytesIO(out.getvalue())) as archive:
        copy = zipfile.ZipFile(io.BytesIO(docx_reader._repackaged(archive, None)))
    assert len(copy.read("word/media/image1.png")) == 4096
    assert copy.read("word/media/image2.png") == b""
    assert b"purl.oclc.org" not in copy.read("word/document.xml")
    assert [b.text for b in read(out.getvalue())] == ["Referat fra styremøte"]


def test_an_imported_web_archive_chunk_is_read_as_the_page_it_holds():
    # Word and case systems also merge a page in as a web archive (MHT: a MIME message,
    # its HTML part quoted-printable in the part's charset); an RTF chunk stays unread,
    # and neither it nor a damaged archive loses the rest of the document
    mht = ("MIME-Version: 1.0\r\nContent-Type: multipart/related; "
           "boundary=\"----=_NextPart_01\"\r\n\r\n------=_NextPart_01\r\n"
           "Content-Location: file:///C:/referat.htm\r\n"
           "Content-Transfer-Encoding: quoted-printable\r\n"
           "Content-Type: text/html; charset=\"windows-1252\"\r\n\r\n"
           "<html><body><p>Tid: 14. februar 2024</p><h2>Sak 1/24 M=F8tested</h2>"
           "<p>Vedtak: Godkjent.</p></body></html>\r\n------=_NextPart_01--\r\n")
    document = docx.Document()
    document.add_paragraph("Møteprotokoll")
    _add_alt_chunk(document, "afchunk1.mht", "message/rfc822", mht.encode("ascii"))
    _add_alt_chunk(document, "afchunk2.rtf", "application/rtf", b"{\\rtf1\\ansi Sak 2/24}")
    _add_alt_chunk(document, "afchunk3.mht", "message/rfc822", b"\x00\x01 not an archive")
    document.add_paragraph("Referent: Lise Berg")
    assert [(b.kind, b.text) for b in read(saved(document))] == [
        (BlockKind.PARAGRAPH, "Møteprotokoll"),
        (BlockKind.PARAGRAPH, "Tid: 14. februar 2024"),
        (BlockKind.HEADING, "Sak 1/24 Møtested"),
        (BlockKind.PARAGRAPH, "Vedtak: Godkjent."),
        (BlockKind.PARAGRAPH, "Referent: Lise Berg"),
    ]


def test_the_even_pages_own_header_is_read_as_the_later_pages_header():
    # w:evenAndOddHeaders with a header of type "even": a template that names the
    # minutes and the day only there is read as one whose later pages' header does
    document = docx.Document()
    document.settings.odd_and_even_pages_header_footer = True
    header = document.sections[0].even_page_header
    header.paragraphs[0].text = "Referat fra møte i Kulturutvalget, Strandvik kommune"
    header.add_paragraph("Møtedato: 14.03.2024")
    document.add_paragraph("Til stede: Anne Bø (leder), Per Lie")
    assert texts(saved(document)) == ["Referat fra møte i Kulturutvalget, Strandvik kommune",
                                      "Møtedato: 14.03.2024",
                                      "Til stede: Anne Bø (leder), Per Lie"]


def test_an_html_chunk_typed_loosely_is_read_by_its_name():
    # a generator that types its HTML chunk "application/octet-stream": the part's name
    # (".htm") says what it is
    document = docx.Document()
    document.add_paragraph("Møteprotokoll")
    _add_alt_chunk(document, "afchunk1.htm", "application/octet-stream",
                   b"<h2>Sak 1/24 Budsjett</h2><p>Vedtak: Godkjent.</p>")
    document.add_paragraph("Referent: Lise Berg")
    assert texts(saved(document)) == ["Møteprotokoll", "Sak 1/24 Budsjett", "Vedtak: Godkjent.",
                                      "Referent: Lise Berg"]


def _attendance(data: bytes, name: str) -> list[tuple[str, str]]:
    from motebok.parse import parse_bytes

    return [(p.name, p.attendance) for p in parse_bytes(data, name).participants]


@pytest.mark.parametrize("in_cell", [True, False])
def test_names_on_soft_line_breaks_after_an_absence_label_are_all_absent(in_cell):
    # "Forfall: | Pål Rustad⏎Siv Karlsen" in a header table's cell, or one paragraph
    # "Forfall: Pål Rustad⏎Siv Karlsen" typed with Shift+Enter under "Til stede:": both
    # names are the label's, as when the names stand one a line under a bare label
    from docx.enum.text import WD_BREAK

    document = docx.Document()
    document.add_paragraph("Referat fra styremøte i Nordlys barnehage SA")
    document.add_paragraph("Dato: 3. februar 2026")
    labelled = [("Til stede:", ["Ingrid Solheim, styreleder", "Tom Eriksen"]),
                ("Forfall:", ["Pål Rustad", "Siv Karlsen"])]
    table = document.add_table(rows=2, cols=2) if in_cell else None
    for row, (label, names) in enumerate(labelled):
        if table is not None:
            table.cell(row, 0).text = label
            paragraph = table.cell(row, 1).paragraphs[0]
        else:
            paragraph = document.add_paragraph(f"{label} ")
        for n, name in enumerate(names):
            paragraph.add_run(name).add_break(WD_BREAK.LINE) if n < len(names) - 1 \
                else paragraph.add_run(name)
    document.add_paragraph("Sak 1/26 Godkjenning av innkalling")
    document.add_paragraph("Godkjent.")
    plain = ("Referat fra styremøte i Nordlys barnehage SA\nDato: 3. februar 2026\n"
             "Til stede:\nIngrid Solheim, styreleder\nTom Eriksen\nForfall:\nPål Rustad\n"
             "Siv Karlsen\nSak 1/26 Godkjenning av innkalling\nGodkjent.\n")
    assert _attendance(saved(document), "referat.docx") == _attendance(
        plain.encode(), "referat.txt") == [
        ("Ingrid Solheim", "present"), ("Tom Eriksen", "present"),
        ("Pål Rustad", "absent"), ("Siv Karlsen", "absent")]


def test_a_cell_numbered_by_words_column_numbering_shows_its_number():
    # Word's numbering applied to a table's first column: each cell of it holds only an
    # empty numbered paragraph, and shows "5/26", "6/26" beside the items' titles; a
    # cell with text keeps its text, and a numbered empty paragraph in the body stays out
    from docx.oxml import OxmlElement

    document = docx.Document()
    num_id = new_docx_list(document, [("decimal", "%1/26", 5)])

    def numbered(paragraph) -> None:
        num_pr = OxmlElement("w:numPr")
        for tag, value in (("w:ilvl", "0"), ("w:numId", num_id)):
            child = OxmlElement(tag)
            child.set(qn("w:val"), value)
            num_pr.append(child)
        paragraph._p.get_or_add_pPr().append(num_pr)

    table = document.add_table(rows=3, cols=2)
    for row, title in enumerate(["Godkjenning av innkalling", "Budsjett 2026"]):
        numbered(table.cell(row, 0).paragraphs[0])
        table.cell(row, 1).text = title
    table.cell(2, 0).text = "Merknad"
    table.cell(2, 1).text = "Ingen"
    numbered(document.add_paragraph())
    document.add_paragraph("Referent: Nina Ruud")
    assert [b.cells or b.text for b in read(saved(document))] == [
        ("5/26", "Godkjenning av innkalling"), ("6/26", "Budsjett 2026"),
        ("Merknad", "Ingen"), "Referent: Nina Ruud"]


def test_a_custom_zero_padded_format_shows_as_word_shows_it_also_in_alternate_content():
    # Word 2010+ writes "001, 002, 003, ..." as w:numFmt w:val="custom" inside alternate
    # content, its fallback for older readers a plain "decimal": the page shows "001"
    document = docx.Document()
    plain = new_docx_list(document, [("decimal", "%1", 1)])
    wrapped = new_docx_list(document, [("decimal", "Sak %1/24", 1)])
    root = document.part.numbering_part.element
    first, second = [lvl for lvl in root.iter(qn("w:lvl")) if lvl.get(qn("w:ilvl")) == "0"][-2:]
    first.find(qn("w:numFmt")).set(qn("w:val"), "custom")
    first.find(qn("w:numFmt")).set(qn("w:format"), "001, 002, 003, ...")
    mc = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
    second.find(qn("w:numFmt")).addprevious(parse_xml(
        f'<mc:AlternateContent {mc} {W_NS}><mc:Choice Requires="w14">'
        '<w:numFmt w:val="custom" w:format="01, 02, 03, ..."/></mc:Choice>'
        '<mc:Fallback><w:numFmt w:val="decimal"/></mc:Fallback></mc:AlternateContent>'))
    second.remove(second.find(qn("w:numFmt")))
    for text in ("Innkalling", "Referat"):
        add_numbered_paragraph(document, text, plain, 0)
    add_numbered_paragraph(document, "Budsjett", wrapped, 0)
    assert texts(saved(document)) == ["001 Innkalling", "002 Referat", "Sak 01/24 Budsjett"]


def test_a_page_header_names_the_body_and_dates_a_bare_title():
    # "Referat" alone in the body, the body's name and the day only in the header, the day
    # tabbed to the right: read above the title, the day as its "Dato:"
    document = docx.Document()
    header = document.sections[0].header
    header.paragraphs[0].text = "Arbeidsutvalget i Nordfjell regionråd\t\t11.03.2025"
    document.add_paragraph("Referat")
    document.add_paragraph("Sted: Kommunehuset")
    assert texts(saved(document)) == ["Dato: 11.03.2025",
                                      "Arbeidsutvalget i Nordfjell regionråd", "Referat",
                                      "Sted: Kommunehuset"]


def test_a_page_header_s_day_gives_way_to_the_body_s_own():
    document = docx.Document()
    # (a footer's name and day after a dash and the minutes' word: the name still read)
    footer = document.sections[0].footer
    footer.paragraphs[0].text = "Arbeidsutvalget i Lia vel – referat 11.03.2025"
    document.add_paragraph("Referat")
    document.add_paragraph("Møtedato: 12. mars 2025")
    assert texts(saved(document)) == ["Arbeidsutvalget i Lia vel", "Referat",
                                      "Møtedato: 12. mars 2025"]


def test_moved_text_comments_and_a_linked_field_read_as_word_shows_them_accepted():
    """Tracked changes read as accepted: text moved away (w:moveFrom) is not read where
    it was, only where it went (w:moveTo); a paragraph deleted whole is no line. A
    comment's anchor and reference add nothing to the text; a HYPERLINK field shows its
    result ("nettsiden"), never its code."""
    def run(text: str) -> str:
        return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'

    deleted_mark = '<w:pPr><w:rPr><w:del w:id="3" w:author="A"/></w:rPr></w:pPr>'
    xml = (f'<w:p><w:moveFrom w:id="1" w:author="A">{run("Neste møte 5. mai.")}</w:moveFrom>'
           f'{run("Vedtak: Godkjent.")}</w:p>'
           f'<w:p>{deleted_mark}<w:del w:id="4" w:author="A"><w:r><w:delText>Utkast'
           "</w:delText></w:r></w:del></w:p>"
           f'<w:p><w:commentRangeStart w:id="0"/>{run("Se ")}<w:r><w:fldChar '
           'w:fldCharType="begin"/></w:r><w:r><w:instrText> HYPERLINK "https://lia.no" '
           '</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>'
           f'{run("nettsiden")}<w:r><w:fldChar w:fldCharType="end"/></w:r>'
           '<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>'
           f'{run(".")}</w:p>'
           f'<w:p><w:moveTo w:id="2" w:author="A">{run("Neste møte 5. mai.")}</w:moveTo></w:p>')
    document = docx.Document()
    assert texts(_with_body_xml(saved(document), xml)) == [
        "Vedtak: Godkjent.", "Se nettsiden.", "Neste møte 5. mai."]


def test_a_page_header_naming_the_meeting_with_its_day_is_the_letterhead():
    # "Styret ⇥ Styremøte 12.03.2025" over a body that starts with its labels: a meeting
    # named with its day names the minutes as "Referat" does; "Møterom 2" names none
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "Styret\tStyremøte 12.03.2025"
    document.sections[0].footer.paragraphs[0].text = "Vestland Renovasjon IKS"
    document.add_paragraph("Tid: kl. 09.00–12.00")
    document.add_paragraph("Sak 10/25 Årsrekneskap")
    assert texts(saved(document)) == ["Styret", "Styremøte 12.03.2025", "Tid: kl. 09.00–12.00",
                                      "Sak 10/25 Årsrekneskap"]
    document.sections[0].header.paragraphs[0].text = "Styret\tMøterom 2"
    assert texts(saved(document)) == ["Tid: kl. 09.00–12.00", "Sak 10/25 Årsrekneskap"]


@pytest.mark.parametrize(("header", "title", "body"), [
    ("Styret", "Protokoll", "Styret"),
    ("Representantskapet", "Møteprotokoll", "Representantskapet"),
    ("Arbeidsutvalet", "Referat frå møte 12.03.2025", "Arbeidsutvalet"),
    ("Styret", "Møte 12.03.2025", "Styret"),
    ("Konfidensielt", "Protokoll", None),  # one word that names no body
])
def test_a_page_headers_one_word_body_names_the_body_over_a_bare_title(header, title, body):
    from motebok.parse import parse_bytes

    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = header
    document.sections[0].footer.paragraphs[0].text = "Vestland Renovasjon IKS\tSide 1"
    document.add_heading(title, 1)
    document.add_paragraph("Dato: 12.03.2025")
    document.add_paragraph("Sak 10/25 Årsrekneskap")
    record = parse_bytes(saved(document), "protokoll.docx")
    # (any organ of the company takes it as parent: the board's and the owners' bodies, and
    # their working committee too)
    assert (record.body, record.organization) == (
        (body, "Vestland Renovasjon IKS" if body else None))


@pytest.mark.parametrize(("header", "title"), [
    ("Møte i arbeidsutvalet 12.03.2025", "Referat"),
    ("Møte i arbeidsutvalet\t12.03.2025", "Møtereferat"),
    ("Styremøte 12. mars 2025", "Protokoll"),
])
def test_a_page_headers_dated_title_line_dates_a_body_that_gives_no_day(header, title):
    # the body's bare title names the minutes, nothing more, and gives no day: the
    # header's line that names the meeting with its day is the one place the meeting is
    # dated (s52a); under a title that names the meeting the header is a running one
    # (test_a_title_under_the_bodys_labels_keeps_a_running_header_out)
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = header
    document.add_paragraph(title)
    document.add_paragraph("Til stades: Kari Holm, Ola Dahl")
    document.add_paragraph("Sak 1/25 Godkjenning av innkalling")
    found = texts(saved(document))
    assert found[0].startswith("Dato: 12") and found[1] == title


def test_a_page_headers_day_is_not_read_over_a_body_that_dates_itself():
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "Møte i arbeidsutvalet 12.03.2025"
    document.add_paragraph("Referat")
    document.add_paragraph("Møtedato: 13.03.2025")
    assert texts(saved(document)) == ["Referat", "Møtedato: 13.03.2025"]


def _with_styles_xml(data: bytes, change) -> bytes:
    """A DOCX package with its styles part (word/styles.xml) changed by ``change``."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for name in src.namelist():
            body = src.read(name)
            dst.writestr(name, change(body) if name == "word/styles.xml" else body)
    return out.getvalue()


def _styled_document() -> bytes:
    """Headings, a bold character style's run and a list paragraph: styles asked for."""
    document = docx.Document()
    document.add_heading("Referat fra styremøtet", level=1)
    document.add_paragraph("Sak 1/25 Budsjett", style="Heading 2")
    document.add_paragraph("Vedtak: godkjent.", style="List Bullet")
    document.add_paragraph().add_run("Merk").style = "Strong"
    return saved(document)


def _blocks(data: bytes) -> list[tuple]:
    return [(b.kind, b.text, b.level, b.bold, b.cells) for b in read(data)]


@pytest.mark.parametrize("change", [
    lambda xml: xml.replace(b"<w:style ", b"<!-- en stil --><w:style ", 1),  # comment
    lambda xml: xml.replace(b'w:styleId="Heading1"', b"w:styleId='Heading1'"),  # quotes
    lambda xml: xml.replace(b'w:styleId="Heading2"', b'w:styleId="Heading&#50;"'),  # entity
    lambda xml: xml.replace(b"<w:", b"<ns:").replace(b"</w:", b"</ns:").replace(
        b"xmlns:w=", b"xmlns:ns=").replace(b" w:", b" ns:"),  # another prefix
], ids=["comment", "single quotes", "character reference", "another prefix"])
def test_a_styles_part_read_style_by_style_reads_as_the_parsed_part_does(change):
    """The styles part is scanned for its styles' start tags and each style parsed when
    first asked for; a part written in a way only the parser reads surely is parsed whole,
    and both read the document alike."""
    data = _styled_document()
    changed = _with_styles_xml(data, change)
    assert changed != data
    blocks = _blocks(changed)
    assert blocks == _blocks(data)
    assert [b[1:3] for b in blocks[:2]] == [("Referat fra styremøtet", 1),
                                            ("Sak 1/25 Budsjett", 2)]


def test_a_broken_style_is_a_corrupt_file_when_asked_for():
    data = _with_styles_xml(_styled_document(), lambda xml: xml.replace(
        b'<w:name w:val="heading 1"/>', b'<w:name w:val="heading 1">', 1))
    with pytest.raises(ReadError, match=r"^corrupt DOCX file$"):
        read(data)


def _picture_document() -> bytes:
    """A document with a logo in its body: a picture part the reader never unpacks."""
    from PIL import Image

    logo = io.BytesIO()
    Image.new("RGB", (8, 8), "navy").save(logo, "PNG")
    document = docx.Document()
    document.add_heading("Referat fra styremøtet", level=1)
    document.add_picture(io.BytesIO(logo.getvalue()))
    document.add_paragraph("Til stede: Kari Nordmann")
    return saved(document)


def test_a_picture_is_left_unread_but_a_missing_one_is_a_corrupt_package():
    data = _picture_document()
    assert texts(data) == ["Referat fra styremøtet", "Til stede: Kari Nordmann"]
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for item in src.infolist():
            if not item.filename.startswith("word/media/"):
                dst.writestr(item.filename, src.read(item.filename))
    with pytest.raises(ReadError, match=r"^corrupt DOCX file$"):
        read(out.getvalue())


def test_a_list_set_out_in_the_columns_of_a_one_row_table_is_read_down_each_column():
    # "Til stede:" over a borderless table of one row, three names a column: down the
    # first column, then the second, a line a paragraph; a row of a name and a title a
    # cell (a signature table) stays a row
    document = docx.Document()
    document.add_paragraph("Til stede:")
    table = document.add_table(rows=1, cols=2)
    for cell, names in ((table.cell(0, 0), ("Kari Holm, Moen", "Per Lie, Moen", "Eva Dahl, Ås")),
                        (table.cell(0, 1), ("Ola Berg, Ås", "Siri Bø (referent)"))):
        cell.text = names[0]
        for name in names[1:]:
            cell.add_paragraph(name)
    signed = document.add_table(rows=1, cols=2)
    for cell, lines in ((signed.cell(0, 0), ("Kari Holm", "leder")),
                        (signed.cell(0, 1), ("Siri Bø", "referent"))):
        cell.text = lines[0]
        cell.add_paragraph(lines[1])
    assert [(b.kind, b.text) for b in read(saved(document))] == [
        (BlockKind.PARAGRAPH, "Til stede:"), (BlockKind.PARAGRAPH, "Kari Holm, Moen"),
        (BlockKind.PARAGRAPH, "Per Lie, Moen"), (BlockKind.PARAGRAPH, "Eva Dahl, Ås"),
        (BlockKind.PARAGRAPH, "Ola Berg, Ås"), (BlockKind.PARAGRAPH, "Siri Bø (referent)"),
        (BlockKind.TABLE_ROW, "Kari Holm\nleder\tSiri Bø\nreferent")]


def test_a_soft_line_break_in_a_cell_stays_a_line_break_of_the_cell():
    # "Kari Holm" over "Solvik kommune" (Shift+Enter, w:br): the cell's two lines, which
    # the extractor reads as the name over whom she represents
    document = docx.Document()
    table = document.add_table(rows=1, cols=2)
    paragraph = table.rows[0].cells[0].paragraphs[0]
    paragraph.add_run("Kari Holm").add_break()
    paragraph.add_run("Solvik kommune")
    table.rows[0].cells[1].text = "Leder"
    buffer = io.BytesIO()
    document.save(buffer)
    row = next(b for b in read(buffer.getvalue()) if b.kind is BlockKind.TABLE_ROW)
    assert row.cells == ("Kari Holm\nSolvik kommune", "Leder")


def test_the_page_header_names_the_network_over_a_network_meetings_title():
    # (s64e) "Referat frå nettverksmøte" names the meeting by the network's word alone: the
    # page header's one name line says which network, and is read above the title
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "Nettverk for kulturskulane i Sunnhordland"
    document.add_heading("Referat frå nettverksmøte", level=1)
    document.add_paragraph("Møtedato: 12.02.2026")
    assert texts(saved(document))[:2] == ["Nettverk for kulturskulane i Sunnhordland",
                                          "Referat frå nettverksmøte"]


def test_a_page_header_that_describes_the_cooperation_is_read_above_the_title():
    # (s66k) a shared child welfare service keeps its name only in the page header, with
    # what kind of cooperation it is: the parent of the group the title names
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = \
        "Barneverntjenesten i Lister – vertskommunesamarbeid"
    document.add_paragraph("REFERAT FRA FAGRÅD BARNEVERN")
    document.add_paragraph("Møtedato: 22.10.2026")
    assert texts(saved(document))[:2] == ["Barneverntjenesten i Lister – vertskommunesamarbeid",
                                          "REFERAT FRA FAGRÅD BARNEVERN"]


def _run(text: str) -> str:
    """One plain run (w:r/w:t), spaces kept."""
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


def test_a_date_pickers_value_and_a_document_property_fields_result_read_as_shown():
    """A run-level content control with a date picker (w:date) shows the date typed in,
    and a DOCPROPERTY field the title it last showed: a template's head puts the
    meeting's day and the minutes' title there."""
    title = ('<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> '
             "DOCPROPERTY Title \\* MERGEFORMAT </w:instrText></w:r><w:r><w:fldChar "
             f'w:fldCharType="separate"/></w:r>{_run("Protokoll fra oppvekstutvalget")}'
             '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>')
    day = ('<w:p>' + _run("Møtedato:") + '<w:r><w:tab/></w:r><w:sdt><w:sdtPr><w:alias '
           'w:val="Dato"/><w:date w:fullDate="2025-06-05T00:00:00Z"><w:dateFormat '
           'w:val="dd.MM.yyyy"/></w:date></w:sdtPr><w:sdtContent>' + _run("05.06.2025")
           + "</w:sdtContent></w:sdt></w:p>")
    assert texts(_with_body_xml(saved(docx.Document()), title + day)) == [
        "Protokoll fra oppvekstutvalget", "Møtedato:\t05.06.2025"]


def test_rows_of_a_repeating_section_control_read_as_the_tables_rows():
    """A participants table whose rows are items of a repeating section (Word 2013's
    w15:repeatingSection round w:sdt rows): each item's row reads as a row of its own,
    after the header row, as Word shows it."""
    w15 = 'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml"'

    def row(*cells: str) -> str:
        return "<w:tr>" + "".join(f"<w:tc><w:p>{_run(c)}</w:p></w:tc>" for c in cells) + \
            "</w:tr>"

    items = "".join(f"<w:sdt><w:sdtPr><w15:repeatingSectionItem {w15}/></w:sdtPr>"
                    f"<w:sdtContent>{row(name, place)}</w:sdtContent></w:sdt>"
                    for name, place in (("Kari Holm", "Gol kommune"),
                                        ("Per Lie", "Ål kommune")))
    xml = (f"<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid>{row('Navn', 'Kommune')}"
           f"<w:sdt><w:sdtPr><w15:repeatingSection {w15}/></w:sdtPr><w:sdtContent>{items}"
           "</w:sdtContent></w:sdt></w:tbl>")
    assert [b.cells for b in read(_with_body_xml(saved(docx.Document()), xml))] == [
        ("Navn", "Kommune"), ("Kari Holm", "Gol kommune"), ("Per Lie", "Ål kommune")]


def test_an_item_struck_out_as_a_tracked_change_takes_its_number_with_it():
    """Items numbered by their heading style's list ("Sakstittel", a custom style with
    the list on it, "Sak %1/25" from 21): an item deleted whole as a tracked change
    (its runs and its paragraph mark) shows no number in Word, and the next item has
    the number it left; its text below, deleted too, is no line."""
    document = docx.Document()
    num_id = new_docx_list(document, [("decimal", "Sak %1/25", 21)])
    style = document.styles.add_style("Sakstittel", WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = document.styles["Heading 2"]
    style.element.get_or_add_pPr().insert(0, parse_xml(
        f'<w:numPr {W_NS}><w:ilvl w:val="0"/><w:numId w:val="{num_id}"/></w:numPr>'))
    document.add_paragraph("Godkjenning av protokoll", style="Sakstittel")
    struck = document.add_paragraph("", style="Sakstittel")
    later = document.add_paragraph("Saken utsettes.")
    document.add_paragraph("Felles plan for tidlig innsats", style="Sakstittel")
    for paragraph, text in ((struck, "Orientering om skolehelse"), (later, None)):
        p = paragraph._p
        if text is None:  # the runs python-docx wrote, deleted
            text = paragraph.text
            for r in list(p.iterfind(qn("w:r"))):
                p.remove(r)
        p.append(parse_xml(f'<w:del {W_NS} w:id="7" w:author="A"><w:r><w:delText>{text}'
                           "</w:delText></w:r></w:del>"))
        p.get_or_add_pPr().append(parse_xml(
            f'<w:rPr {W_NS}><w:del w:id="8" w:author="A"/></w:rPr>'))
    blocks = read(saved(document))
    assert [(b.kind, b.text) for b in blocks] == [
        (BlockKind.HEADING, "Sak 21/25 Godkjenning av protokoll"),
        (BlockKind.HEADING, "Sak 22/25 Felles plan for tidlig innsats")]


def test_a_smart_tags_text_reads_and_an_endnotes_does_not():
    """A smart tag (w:smartTag, as older Word marks a person's name) shows its runs; an
    endnote's reference mark adds nothing, and its text, in the endnotes part, is no
    part of the paragraph (as footnotes are not)."""
    xml = ('<w:p><w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" '
           f'w:element="PersonName">{_run("Torunn Kleppe")}</w:smartTag>'
           f'{_run(" orienterte.")}<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
           f'<w:endnoteReference w:id="1"/></w:r>{_run(" Tatt til orientering.")}</w:p>')
    assert texts(_with_body_xml(saved(docx.Document()), xml)) == [
        "Torunn Kleppe orienterte. Tatt til orientering."]
