"""PDFium access for the PDF reader: the same answers as pypdfium2's own API, cheaper."""

from __future__ import annotations

import ctypes
import io

import pypdfium2 as pdfium
import pypdfium2.raw as raw
import pytest
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from fixtures.builders import FONT, FONT_BOLD, to_pdf
from motebok.read.pdf import _heading_sizes, _Line, _line_texts
from motebok.read.pdf_text import PdfiumError, TextProbe, page_texts

DOC = [
    ("heading", "Referat fra møte i Åsen regionråd"),
    ("para", "Tid: 14. februar 2024 kl. 10.00–12.00"),
    ("bold", "Til stede:"),
    ("table", [("Kari Nordmann (leder)", "Åsen kommune"), ("Øystein Bø", "Nordby kommune")]),
    ("list", ["Godkjenning av innkalling", ("Referat", ["Godkjent", "Signert"])], True),
    ("para", "Neste møte blir 3. april."),
]


def mixed_pages() -> bytes:
    """Three pages: bold and regular text, an empty page, a page turned a quarter."""
    for name, path in (("DejaVu", FONT), ("DejaVu-Bold", FONT_BOLD)):
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, path))
    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    pdf.setFont("DejaVu-Bold", 14)
    pdf.drawString(72, 760, "Sak 01/24 Budsjett")
    pdf.setFont("DejaVu", 11)
    pdf.drawString(72, 740, "Leder")
    pdf.drawString(220, 740, "Kari Nordmann")
    pdf.showPage()
    pdf.showPage()
    pdf.setPageRotation(90)
    pdf.setFont("DejaVu", 11)
    pdf.drawString(72, 700, "Møtet ble hevet kl. 20.")
    pdf.showPage()
    pdf.save()
    return out.getvalue()


SAMPLES = {"drawn": lambda: to_pdf(DOC), "paged": lambda: to_pdf(DOC, lines_per_page=3),
           "mixed": mixed_pages}


def pypdfium2_texts(data: bytes) -> list[str]:
    """Every page's text through pypdfium2's helper objects (what page_texts replaces)."""
    document = pdfium.PdfDocument(data)
    try:
        return [page.get_textpage().get_text_range() for page in document]
    finally:
        document.close()


@pytest.mark.parametrize("sample", sorted(SAMPLES))
def test_page_texts_gives_the_text_pypdfium2_gives(sample):
    data = SAMPLES[sample]()
    assert page_texts(data, lambda _textpage, text: text) == pypdfium2_texts(data)


def test_page_texts_hands_over_pages_in_order_and_lets_errors_through():
    seen = []
    page_texts(to_pdf(DOC, lines_per_page=3), lambda _textpage, text: seen.append(text))
    assert [text.split("\r\n")[0] for text in seen] == [f"Side {n} av 4" for n in range(1, 5)]
    assert "Referat fra møte" in seen[0] and "Neste møte" in seen[-1]

    def fail(_textpage, _text):
        raise ValueError("stop")

    with pytest.raises(ValueError, match="stop"):
        page_texts(to_pdf(DOC), fail)


def test_page_texts_reports_why_a_document_does_not_open():
    out = io.BytesIO()
    pdf = canvas.Canvas(out, encrypt="hemmelig")
    pdf.drawString(72, 700, "Fortrolig referat")
    pdf.save()
    with pytest.raises(PdfiumError) as encrypted:
        page_texts(out.getvalue(), lambda _textpage, text: text)
    assert encrypted.value.err_code == raw.FPDF_ERR_PASSWORD
    with pytest.raises(PdfiumError) as garbage:
        page_texts(b"Bare tekst, ingen PDF.", lambda _textpage, text: text)
    assert garbage.value.err_code != raw.FPDF_ERR_PASSWORD


def checked_facts(handle, char: int):
    """A character's origin, font size, weight and left edge via pypdfium2's bindings."""
    x, y, left, bottom, right, top = (ctypes.c_double() for _ in range(6))
    if not raw.FPDFText_GetCharOrigin(handle, char, x, y):
        return None
    box = raw.FPDFText_GetCharBox(handle, char, left, right, bottom, top)
    return ((x.value, y.value, raw.FPDFText_GetFontSize(handle, char),
             raw.FPDFText_GetFontWeight(handle, char)), left.value if box else None)


@pytest.mark.parametrize("translate", [False, True])
def test_a_characters_edges_are_its_checked_box_edges(translate):
    # left, right and top read one box, filled by one call: each the box's own edge,
    # whether the probe's text indices are the characters' or translated
    def compare(textpage, text: str) -> int:
        probe = TextProbe(textpage, text + "x" if translate else text)
        left, bottom, right, top = (ctypes.c_double() for _ in range(4))
        for index in range(raw.FPDFText_CountChars(textpage)):
            if raw.FPDFText_GetCharBox(textpage, index, left, right, bottom, top):
                assert (probe.left(index), probe.right(index), probe.top(index)) == \
                    (left.value, right.value, top.value)
            else:
                assert probe.left(index) is probe.right(index) is probe.top(index) is None
        assert probe.left(-1) is None
        return len(text)

    assert sum(page_texts(mixed_pages(), compare)) > 0


@pytest.mark.parametrize("translate", [False, True])
def test_probe_answers_like_the_checked_bindings(translate):
    def compare(textpage, text: str) -> int:
        # A text of another length makes the probe translate every index through
        # PDFium; here the translation is the identity, so the answers must not change.
        probe = TextProbe(textpage, text + "x" if translate else text)
        assert probe.identity is not translate
        for index in range(raw.FPDFText_CountChars(textpage)):
            expected = checked_facts(textpage, index)
            if expected is None:
                assert probe.char(index) is None and probe.weight(index) is None
                continue
            assert probe.char(index) == expected[0]
            assert probe.weight(index) == expected[0][3]
            assert probe.left(index) == expected[1]
        rects = []
        left, top, right, bottom = (ctypes.c_double() for _ in range(4))
        for index in range(raw.FPDFText_CountRects(textpage, 0, -1)):
            raw.FPDFText_GetRect(textpage, index, left, top, right, bottom)
            rects.append((left.value, bottom.value, right.value, top.value))
        assert probe.rects() == rects
        return len(text)

    assert sum(page_texts(mixed_pages(), compare)) > 0


def test_probe_finds_the_character_at_a_point():
    def at(textpage, text: str) -> str:
        probe = TextProbe(textpage, text)
        found = probe.text_index_at(222.0, 743.0) if text.strip() else -1
        return text[found] if found >= 0 else ""

    assert page_texts(mixed_pages(), at)[0] == "K"


@pytest.mark.parametrize("text", ["a\r\nb\r\n\r\nc", "a\nb\r\nc", "a\rb", "", "\r\n", "a\r\r\nb"])
def test_line_texts_splits_like_the_line_break_pattern(text):
    import re

    assert _line_texts(text) == re.split(r"\r\n|\r|\n", text)


def line(text: str, size: float) -> _Line:
    return _Line(text, 72.0, 700.0, size, False)


def test_heading_sizes_are_rounded_to_half_points_but_looked_up_as_given():
    pages = [[line("Overskrift", 14.2), line("Brødtekst " * 10, 11.0), line("Mer", 13.9)],
             [line("Brødtekst " * 10, 10.9), line("Stor", 18.0)]]
    assert _heading_sizes(pages) == {14.2: 2, 13.9: 2, 18.0: 1}


def test_body_size_ties_go_to_the_size_used_first():
    # 11 and 14 carry as many characters; the one met first is the body text.
    assert _heading_sizes([[line("abcd", 11.1), line("abcd", 14.0)]]) == {14.0: 1}
    assert _heading_sizes([[line("abcd", 14.0), line("abcd", 11.1)]]) == {}


@pytest.mark.parametrize("translate", [False, True])
def test_probe_place_is_char_without_the_weight(translate):
    def compare(textpage, text: str) -> int:
        probe = TextProbe(textpage, text + "x" if translate else text)
        for index in range(raw.FPDFText_CountChars(textpage)):
            facts = probe.char(index)
            assert probe.place(index) == (None if facts is None else facts[:3])
        return len(text)

    assert sum(page_texts(mixed_pages(), compare)) > 0


def test_pages_with_strokes_hand_their_text_rects_to_the_page_lines():
    # A table's ruled borders are strokes: the page walk reads the text rects to test
    # them against the text and hands the same rects on, instead of None.
    def seen(textpage, text: str, _rules, rects, _height) -> bool:
        return rects is not None and rects == TextProbe(textpage, text).rects()

    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    pdf.setFont("Helvetica", 11)
    pdf.drawString(72, 740, "Kari Nordmann")
    pdf.drawString(220, 740, "Åsen kommune")
    pdf.setLineWidth(0.5)
    pdf.line(70, 734, 400, 734)  # the border under the row
    pdf.showPage()
    pdf.save()
    assert page_texts(out.getvalue(), seen, ruled=True) == [True]
    assert not any(page_texts(mixed_pages(), seen, ruled=True))


def test_body_size_sums_exact_sizes_that_round_alike_and_keeps_the_first_met():
    from motebok.read.pdf import _body_size

    # 11.1 and 10.9 are both 11 pt: together as many characters as the 14 pt line, and
    # 11 is met first; a later 14 pt line tips it.
    assert _body_size([[line("ab", 11.1), line("abcd", 14.0)], [line("ab", 10.9)]]) == 11.0
    assert _body_size([[line("ab", 11.1), line("abcd", 14.0), line("ab", 10.9),
                        line("x", 14.2)]]) == 14.0
    assert _body_size([[], []]) is None
