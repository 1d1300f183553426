"""Every reader sees the same lines in the same document, whatever its format.

The builders render one document as txt, md, html, docx, odt and pdf; each reader must
yield the lines of the plain-text rendering: the same texts (list markers included),
the same table cells, the same blank-line gaps, in the same order.
"""

from __future__ import annotations

import pytest

from fixtures.builders import BUILDERS, visible_lines
from motebok.read import BlockKind, read_bytes

DOCUMENTS = {
    "regionråd": [
        ("heading", "Referat fra møte i Åsen regionråd"),
        ("para", "Tid: 14. februar 2024 kl. 10.00–12.00"),
        ("para", "Sted: Rådhuset, Nordby"),
        ("bold", "Til stede:"),
        ("table", [("Kari Nordmann (leder)", "Åsen kommune"), ("Øystein Bø", "Nordby kommune"),
                   ("Siri Ærø", "Fylkeskommunen")]),
        ("heading", "Sak 01/24 Godkjenning av innkalling", 2),
        ("list", ["Innkalling", ("Saksliste", ["Tillegg", "Eventuelt"]), "Referat"], True),
        ("para", "Vedtak: Innkallingen ble godkjent."),
        ("list", ["Første punkt", ("Andre punkt", ["Under"])], False),
    ],
    "faggruppe": [
        ("heading", "Faggruppe for næring – møtereferat"),
        ("para", "Dato: 3. september 2024"),
        ("table", [("Navn", "Kommune", "Rolle"), ("Åse Lie", "Bø", "leder"),
                   ("Jon Æsøy", "Sauda", "medlem")]),
        ("list", ["Orientering fra sekretariatet", "Budsjett 2025", "Eventuelt"], True),
        ("bold", "Vedtak:"),
        ("para", "Budsjettet ble vedtatt mot én stemme."),
        ("list", ["Sekretariatet sender ut referatet", "Neste møte i Bø"], False),
    ],
    "utvalg": [
        ("para", "Utvalg for kultur"),
        ("heading", "Saker", 2),
        ("list", [("Søknader om tilskudd", ["Korps", "Idrettslag", "Husflidslag"])], True),
        ("para", "Møtet ble hevet kl. 21.15."),
    ],
}
FORMATS = ["txt", "md", "html", "docx", "odt", "pdf"]


def seen(fmt: str, doc) -> list[tuple[str, tuple[str, ...]]]:
    """(text, cells) of every block the reader yields; Markdown's "**" is markup."""
    blocks = read_bytes(BUILDERS[fmt](doc), fmt).blocks
    return [(b.text.removeprefix("**").removesuffix("**") if fmt == "md" else b.text, b.cells)
            for b in blocks]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("name", sorted(DOCUMENTS))
def test_same_lines_as_plain_text(fmt, name):
    assert seen(fmt, DOCUMENTS[name]) == visible_lines(DOCUMENTS[name])


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("name", sorted(DOCUMENTS))
def test_same_gaps_and_list_levels_as_plain_text(fmt, name):
    def layout(f: str) -> list[tuple[bool, int]]:
        blocks = read_bytes(BUILDERS[f](DOCUMENTS[name]), f).blocks
        return [(b.gap, b.level if b.kind is BlockKind.LIST_ITEM else 0) for b in blocks]

    assert layout(fmt) == layout("txt")


@pytest.mark.parametrize("name", sorted(DOCUMENTS))
def test_structured_formats_agree_on_kinds(name):
    def kinds(f: str) -> list[tuple[BlockKind, int]]:
        return [(b.kind, b.level) for b in read_bytes(BUILDERS[f](DOCUMENTS[name]), f).blocks]

    assert kinds("docx") == kinds("odt") == kinds("html") == kinds("md")


@pytest.mark.parametrize("name", sorted(DOCUMENTS))
def test_bold_paragraphs_are_bold_everywhere(name):
    expected = [entry[0] == "bold" for entry in DOCUMENTS[name] for _ in _lines(entry)]
    for fmt in ("md", "html", "docx", "odt", "pdf"):
        blocks = read_bytes(BUILDERS[fmt](DOCUMENTS[name]), fmt).blocks
        bold = [b.bold and b.kind is not BlockKind.HEADING for b in blocks]
        assert bold == expected, fmt


def _lines(entry) -> list:
    """The visible lines one document entry makes."""
    return visible_lines([entry])


@pytest.mark.parametrize("fmt", ["txt", "html", "docx"])
def test_writing_direction_marks_are_no_text(fmt: str) -> None:
    # a name and a sentence copied from a web page or an e-mail keep invisible
    # left-to-right / right-to-left marks and isolates; they show nothing
    doc = [("para", "Til stede: Kari Holm\u200f, Per Dahl\u200e"),
           ("para", "Vedtak: \u2067Godkjent\u2069.")]
    blocks = read_bytes(BUILDERS[fmt](doc), fmt).blocks
    assert [b.text for b in blocks] == ["Til stede: Kari Holm, Per Dahl", "Vedtak: Godkjent."]


@pytest.mark.parametrize("fmt", ["txt", "html", "docx", "odt"])
def test_zero_width_marks_are_no_text(fmt: str) -> None:
    # web editors and converters leave zero-width spaces, word joiners and a stray byte
    # order mark at word and line ends; a label, a name or a case number reads without
    # them in every format, as the text reader reads it
    doc = [("para", "Til stede:\u200b Kari Holm\u2060, Per Dahl\u200b"),
           ("table", [("Sak 1/25\u200b", "Budsjett\ufeff")]),
           ("para", "Vedtak:\u200b Godkjent.\u200c")]
    blocks = read_bytes(BUILDERS[fmt](doc), fmt).blocks
    assert [b.text for b in blocks] == ["Til stede: Kari Holm, Per Dahl", "Sak 1/25\tBudsjett",
                                        "Vedtak: Godkjent."]
    assert blocks[1].cells == ("Sak 1/25", "Budsjett")


@pytest.mark.parametrize("fmt", ["txt", "html", "docx", "odt"])
def test_typographic_ligatures_read_as_their_letters(fmt: str) -> None:
    # text copied out of a PDF keeps "ﬁ", "ﬂ", "ﬀ" as one character each
    doc = [("para", "Referat fra møte i Vik \ufb01skarlag"),
           ("table", [("Sak 1/25", "O\ufb00entlig \ufb01nansiering")]),
           ("para", "Vedtak: Vedtatt med \ufb02ertall og e\ufb03cient.")]
    blocks = read_bytes(BUILDERS[fmt](doc), fmt).blocks
    assert [b.text for b in blocks] == ["Referat fra møte i Vik fiskarlag",
                                        "Sak 1/25\tOffentlig finansiering",
                                        "Vedtak: Vedtatt med flertall og efficient."]
    assert blocks[1].cells == ("Sak 1/25", "Offentlig finansiering")


@pytest.mark.parametrize("fmt", ["txt", "html", "pdf"])
def test_a_non_breaking_hyphen_reads_as_a_hyphen(fmt: str) -> None:
    # a web page's "&#8209;" and text copied out of Word keep the non-breaking hyphen
    # (U+2011) and the Unicode hyphen (U+2010) inside compounds and time spans: the DOCX
    # and ODT readers read them as "-", and so must every other format
    doc = [("para", "Tid: kl. 18.00\u201120.30 i Nord\u2010Norge"),
           ("table", [("Kari Holm\u2011Lie", "IKT\u2011gruppa")])]
    blocks = read_bytes(BUILDERS[fmt](doc), fmt).blocks
    assert [b.text for b in blocks] == ["Tid: kl. 18.00-20.30 i Nord-Norge",
                                        "Kari Holm-Lie\tIKT-gruppa"]
    assert blocks[1].cells == ("Kari Holm-Lie", "IKT-gruppa")


def test_latin1_lines_skip_no_repair_of_wider_characters() -> None:
    # ``read_bytes`` leaves lines of Latin-1 letters alone ("æ", "ø", "å" need no
    # repair); a line with one wider character among them still gets every repair
    text = ("Møte på øya i Vik \ufb01skarlag\n\n"
            "Til stede: Kari Holm\u200f, Åse Dæhli\n\n"
            "Sak \uff11/\uff12\uff15 Økonomi\n\n"
            "Vedtak: A\u030arsmeldinga er godkjent for 2025.\n")
    blocks = read_bytes(text.encode("utf-8"), "txt").blocks
    assert [b.text for b in blocks] == ["Møte på øya i Vik fiskarlag",
                                        "Til stede: Kari Holm, Åse Dæhli",
                                        "Sak 1/25 Økonomi",
                                        "Vedtak: Årsmeldinga er godkjent for 2025."]


def test_latin1_only_is_every_character_below_u0100() -> None:
    from motebok.read import _latin1_only

    for code in range(0x20, 0x3000):
        char = chr(code)
        assert _latin1_only(f"Søk {char} her") is (code < 0x100), hex(code)
    assert _latin1_only("ÆØÅ æøå é ü ß «» ½")
    assert not _latin1_only("kl. 13.00 – 15.00")


def _raised_note_file(fmt: str, lines: list[tuple[str, str, str]]) -> bytes:
    """Paragraphs "before" + superscript "up" + "after" as a .docx, .odt or HTML page."""
    import io
    import zipfile

    if fmt == "docx":
        import docx

        document = docx.Document()
        for before, up, after in lines:
            paragraph = document.add_paragraph(before)
            paragraph.add_run(up).font.superscript = True
            paragraph.add_run(after)
        out = io.BytesIO()
        document.save(out)
        return out.getvalue()
    if fmt == "html":
        return "".join(f"<p>{b}<sup>{u}</sup>{a}</p>" for b, u, a in lines).encode()
    ns = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"')
    paragraphs = "".join(f'<text:p>{b}<text:span text:style-name="T1">{u}</text:span>{a}'
                         "</text:p>" for b, u, a in lines)
    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ns}>'
               '<office:automatic-styles><style:style style:name="T1" style:family="text">'
               '<style:text-properties style:text-position="super 58%"/></style:style>'
               f"</office:automatic-styles><office:body><office:text>{paragraphs}"
               "</office:text></office:body></office:document-content>")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", content)
        archive.writestr("META-INF/manifest.xml", "<manifest/>")
    return out.getvalue()


@pytest.mark.parametrize("fmt", ["docx", "odt", "html"])
def test_a_footnote_number_raised_after_a_name_is_left_out_as_in_pdf(fmt):
    # "Kari Holm¹": Word's, Writer's and a page's superscript note number after a name
    # is no part of it, as the PDF reader reads it; "m²" and "kl. 9³⁰" keep their reading
    lines = [("Til stede: Kari Holm", "1", ", Per Dahl"), ("Lokalet er 80 m", "2", " stort."),
             ("Møtet startet kl. 9", "30", ".")]
    texts = [block.text for block in read_bytes(_raised_note_file(fmt, lines), fmt).blocks]
    assert texts == ["Til stede: Kari Holm, Per Dahl", "Lokalet er 80 m2 stort.",
                     "Møtet startet kl. 9.30."]


@pytest.mark.parametrize("fmt", ["txt", "html", "pdf"])
def test_an_o_with_a_combining_stroke_reads_as_o_slash(fmt: str) -> None:
    # some PDF producers and OCR engines write "ø" as "o" and a combining solidus
    # overlay (U+0338, or the short one, U+0337): NFC keeps the pair apart ("ø" has no
    # canonical decomposition), yet it shows, and means, "ø"
    doc = [("para", "Mo\u0338tested: Fo\u0337rde, neste mo\u0338te"),
           ("table", [("O\u0338ystein Bo\u0338", "So\u0338r-Fron")])]
    blocks = read_bytes(BUILDERS[fmt](doc), fmt).blocks
    assert [b.text for b in blocks] == ["Møtested: Førde, neste møte",
                                        "Øystein Bø\tSør-Fron"]
    assert blocks[1].cells == ("Øystein Bø", "Sør-Fron")


@pytest.mark.parametrize("fmt", ["txt", "html", "pdf"])
def test_a_spacing_accent_beside_its_letter_reads_as_the_accented_letter(fmt: str) -> None:
    # old converters and TeX draw "å" and "é" as a letter and an accent glyph over it,
    # and their text layer keeps the accent apart: the ring above (U+02DA) before or
    # after "a", the acute and the diaeresis before a vowel; an acute typed for an
    # apostrophe after a word ("Kari´s") stays
    doc = [("para", "Sted: R\u02daadhuset p\u02daa \u02daAsen, neste a\u02dar"),
           ("table", [("Kari\u00b4s id\u00b4e", "M\u00a8uller")])]
    blocks = read_bytes(BUILDERS[fmt](doc), fmt).blocks
    assert [b.text for b in blocks] == ["Sted: Rådhuset på Åsen, neste år",
                                        "Kari´s idé\tMüller"]
    assert blocks[1].cells == ("Kari´s idé", "Müller")


@pytest.mark.parametrize("fmt", ["txt", "html", "pdf"])
def test_dos_letters_shown_as_windows_ones_read_as_the_letters(fmt: str) -> None:
    # an old converter took a DOS file's (code page 850) "ø", "å", "æ" for Windows
    # bytes and shows "›", "†", "‘": "›"/"†" between letters stand in no word, so the
    # document is known by them, and then "‘" is "æ" too
    doc = [("para", "M›tet ble holdt p† R†dhuset for † vedta"),
           ("table", [("Ingrid S‘ther", "n‘ringsliv og ›konomi")])]
    blocks = read_bytes(BUILDERS[fmt](doc), fmt).blocks
    assert [b.text for b in blocks] == ["Møtet ble holdt på Rådhuset for å vedta",
                                        "Ingrid Sæther\tnæringsliv og økonomi"]
    assert blocks[1].cells == ("Ingrid Sæther", "næringsliv og økonomi")


def test_dos_capitals_and_a_quote_without_dos_letters() -> None:
    # the capitals "Å" and "Ø" (0x8F, 0x9D) have no cp1252 letter and come as control
    # characters; a document with no "›"/"†" in a word keeps its "‘" as a quote
    text = "Sted: \x8fsvik, m›terom\nTil stede: \x9dystein B›\n"
    assert [b.text for b in read_bytes(text.encode(), "txt").blocks] == [
        "Sted: Åsvik, møterom", "Til stede: Øystein Bø"]
    quoted = "Han sa ‘ja‘ til Kari‘s forslag › se vedlegg\n"
    assert [b.text for b in read_bytes(quoted.encode(), "txt").blocks] == [quoted.strip()]


_OCR_DOCUMENT = [
    ("heading", "Referat fra møte i Vestdal eldreråd"),
    ("para", "Tid: 1O.O1.2O24 kl. l8.OO–2O.3O"),
    ("para", "Til stede: Ivar Olsen, Lise Holm"),
    ("heading", "Sak O4/23 Budsjett", 2),
    ("para", "CO2-utslipp langs E18, jf. vedlegg I og II. Frist l2.03.2O24."),
    ("table", [("Sak l2/23", "Ivar Olsen")]),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_letters_for_digits_in_numbers_read_as_digits_in_every_format(fmt):
    # "O" for 0 and "l"/"I" for 1 inside a case number, a date or a time, as a copy of a
    # scanned page has them: the same rule for every format as for the PDF's lines;
    # words, "CO2", "E18" and Roman numerals stay
    texts = [text for text, _cells in seen(fmt, _OCR_DOCUMENT)]
    assert texts[1] == "Tid: 10.01.2024 kl. 18.00–20.30"
    assert texts[2] == "Til stede: Ivar Olsen, Lise Holm"
    assert texts[3] == "Sak 04/23 Budsjett"
    assert texts[4] == "CO2-utslipp langs E18, jf. vedlegg I og II. Frist 12.03.2024."
    assert any("Sak 12/23" in text for text in texts[5:])
