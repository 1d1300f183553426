"""The HTML reader: visible text only, block boundaries, list markers, rows, charsets."""

from __future__ import annotations

import pytest

from motebok.errors import ReadError
from motebok.parse import parse_bytes
from motebok.read.blocks import BlockKind, names_cooperation_word
from motebok.read.html import read

PAGE = """<!DOCTYPE html>
<html><head><title>Åsen vel</title><style>.x { color: red }</style>
<script>document.write("<p>skript</p>")</script></head>
<body>
<header><a href="/">Åsen vel</a> – forsiden</header>
<nav><ul><li>Hjem</li><li>Referater</li></ul></nav>
<main>
  <article>
    <header><h1>Referat fra   årsmøtet</h1></header>
    <p>Tid: 14.&nbsp;februar 2024 kl.&nbsp;18.00<br>Sted: <em>Grendehuset</em> &amp; kafeen</p>
    <div>Til stede: <span>Kari</span> og <a href="#">Per</a></div>
    <div hidden>Skjult tekst</div>
    <p style="display: none">Også skjult</p>
    <p><strong>Vedtak:</strong></p>
    <p><b>Vedtak:</b> godkjent</p>
    <h2>Saker</h2>
    <ol start="3">
      <li>Innkalling
        <ol type="a"><li>uten merknader</li><li value="5">med merknad</li></ol>
      </li>
      <li><p>Budsjett</p><p>Fortsettelse av punktet</p></li>
    </ol>
    <ul><li>Kaffe</li><li>Kake<ul><li>Bløtkake</li></ul></li></ul>
    <table>
      <thead><tr><th>Navn</th><th>Organisasjon</th></tr></thead>
      <tbody><tr><td>Kari Nordmann</td><td>Åsen vel</td></tr>
      <tr><td>Per Ødegård</td><td>Nordby <i>IL</i><br>(vara)</td></tr></tbody>
    </table>
  </article>
  <aside>Les også: andre referater</aside>
  <form><label>Søk</label><input name="q"></form>
</main>
<footer>Kontakt: post@asen.no</footer>
<noscript>Slå på JavaScript</noscript>
</body></html>
"""


def test_visible_structure_in_order():
    blocks = read(PAGE.encode())
    assert [(b.kind, b.text, b.level) for b in blocks] == [
        (BlockKind.HEADING, "Referat fra årsmøtet", 1),
        (BlockKind.PARAGRAPH, "Tid: 14. februar 2024 kl. 18.00\nSted: Grendehuset & kafeen", 0),
        (BlockKind.PARAGRAPH, "Til stede: Kari og Per", 0),
        (BlockKind.PARAGRAPH, "Vedtak:", 0),
        (BlockKind.PARAGRAPH, "Vedtak: godkjent", 0),
        (BlockKind.HEADING, "Saker", 2),
        (BlockKind.LIST_ITEM, "3. Innkalling", 0),
        (BlockKind.LIST_ITEM, "a. uten merknader", 1),
        (BlockKind.LIST_ITEM, "e. med merknad", 1),
        (BlockKind.LIST_ITEM, "4. Budsjett", 0),
        (BlockKind.PARAGRAPH, "Fortsettelse av punktet", 0),
        (BlockKind.LIST_ITEM, "- Kaffe", 0),
        (BlockKind.LIST_ITEM, "- Kake", 0),
        (BlockKind.LIST_ITEM, "- Bløtkake", 1),
        (BlockKind.TABLE_ROW, "Navn\tOrganisasjon", 0),
        (BlockKind.TABLE_ROW, "Kari Nordmann\tÅsen vel", 0),
        (BlockKind.TABLE_ROW, "Per Ødegård\tNordby IL\n(vara)", 0),
    ]


def test_bold_only_when_the_whole_block_is_bold():
    blocks = read(PAGE.encode())
    assert [b.bold for b in blocks[3:5]] == [True, False]


def test_table_cells():
    rows = [b for b in read(PAGE.encode()) if b.kind is BlockKind.TABLE_ROW]
    assert rows[2].cells == ("Per Ødegård", "Nordby IL\n(vara)")


def test_page_chrome_is_dropped():
    text = " ".join(b.text for b in read(PAGE.encode()))
    for chrome in ("skript", "forsiden", "Referater", "Skjult", "skjult", "Les også", "Søk",
                   "Kontakt", "JavaScript", "color"):
        assert chrome not in text


@pytest.mark.parametrize("kind, markers", [
    ("1", ["1.", "2."]), ("a", ["a.", "b."]), ("A", ["A.", "B."]), ("i", ["i.", "ii."]),
    ("I", ["I.", "II."]),
])
def test_ordered_list_types(kind, markers):
    blocks = read(f'<ol type="{kind}"><li>en</li><li>to</li></ol>'.encode())
    assert [b.text.split()[0] for b in blocks] == markers


def test_declared_latin1_charset_is_honoured():
    page = '<html><head><meta charset="iso-8859-1"></head><body><p>Møte på Ærø</p></body></html>'
    assert read(page.encode("cp1252"))[0].text == "Møte på Ærø"


def test_http_equiv_charset_and_undeclared_cp1252():
    page = ('<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">'
            "<p>Referat – «godkjent»</p>")
    assert read(page.encode("cp1252"))[0].text == "Referat – «godkjent»"
    assert read("<p>Blåbærsyltetøy</p>".encode("cp1252"))[0].text == "Blåbærsyltetøy"


def test_a_stray_nul_in_a_page_with_its_charset_declared_is_left_out():
    # as in a text file: a broken export's stray NUL goes, a page full of them is binary
    page = ('<html><head><meta http-equiv="Content-Type" content="text/html; '
            'charset=windows-1252"></head><body><h1>Referat fra styremøte</h1>'
            "<p>Sak 1/24 Bud\x00sjett – vedtatt</p></body></html>")
    assert [b.text for b in read(page.encode("cp1252"))] == [
        "Referat fra styremøte", "Sak 1/24 Budsjett – vedtatt"]
    with pytest.raises(ReadError, match=r"^binary file, not HTML$"):
        read(page.replace(" ", "\x00").encode("cp1252"))


def test_byte_order_marks():
    page = "<p>Møte i Ås</p>"
    assert read(page.encode("utf-8-sig"))[0].text == "Møte i Ås"
    assert read(page.encode("utf-16"))[0].text == "Møte i Ås"


def test_preformatted_text_keeps_its_lines():
    blocks = read("<pre>Til stede:\nKari\tÅsen\n\n1. Innkalling</pre>".encode())
    assert [(b.kind, b.text) for b in blocks] == [
        (BlockKind.PARAGRAPH, "Til stede:"), (BlockKind.TABLE_ROW, "Kari\tÅsen"),
        (BlockKind.LIST_ITEM, "1. Innkalling")]


def test_layout_table_is_read_as_flow():
    page = ("<table><tr><td><h1>Referat</h1><p>Tid: 5. mai</p></td>"
            "<td><ul><li>Meny</li></ul></td></tr></table>")
    assert [(b.kind, b.text) for b in read(page.encode())] == [
        (BlockKind.HEADING, "Referat"), (BlockKind.PARAGRAPH, "Tid: 5. mai"),
        (BlockKind.LIST_ITEM, "- Meny")]


def test_binary_data_is_refused():
    with pytest.raises(ReadError, match=r"^binary file, not HTML$"):
        read(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))


def test_tags_left_open_thousands_deep_are_read():
    # Old pages leave <font> and <span> open; the parser nests each in the one before.
    page = ("<h1>Referat</h1>" + '<font size="2"><span>Kari, ' * 3000
            + "<p><b>Vedtak:</b> godkjent</p><ol><li>Innkalling</li></ol>")
    blocks = read(page.encode())
    assert [(b.kind, b.text) for b in blocks] == [
        (BlockKind.HEADING, "Referat"),
        (BlockKind.PARAGRAPH, ("Kari, " * 3000).strip()),
        (BlockKind.PARAGRAPH, "Vedtak: godkjent"),
        (BlockKind.LIST_ITEM, "1. Innkalling")]
    assert blocks[2].bold is False


CMS_PAGE = """<!DOCTYPE html><html lang="nb"><head><meta charset="utf-8"></head>
<body><div class="page-wrapper cookies-accepted">
<a class="skip-link" href="#main">Hopp til hovedinnhold</a>
<div id="cookie-banner" role="dialog"><p>Vi bruker informasjonskapsler.</p>
  <a href="#">Godta alle</a></div>
<div class="site-header" role="banner"><a href="/">Åsen kommune</a></div>
<div class="c-main-menu" role="navigation"><ul><li>Forsiden</li><li>Politikk</li></ul></div>
<ol class="breadcrumb"><li>Forsiden</li><li>Politikk</li><li>Referat regionrådet</li></ol>
<div id="main" class="content">
<h1>Referat fra møte i Vestre regionråd</h1>
<p>Tid: 14. februar 2024</p>
<p><span class="sr-only">Sted:</span> Rådhuset</p>
<table><tr><td>Kari Nordmann</td><td>Åsen kommune</td></tr></table>
<div class="share-buttons"><span>Del:</span> <a href="#">Facebook</a></div>
<div class="sharedaddy"><h3>Del dette:</h3><a href="#">E-post</a></div>
<div id="jp-relatedposts" class="jp-relatedposts"><h3><em>Relatert</em></h3></div>
</div>
<div class="footer"><p>Åsen kommune, Rådhusgata 1</p></div>
</div></body></html>"""


def test_site_chrome_named_by_role_or_class_is_dropped():
    # cookie banner, skip link, menus, breadcrumb trail, share buttons, site footer;
    # the wrapper named after a cookie state holds the minutes and stays, and so does
    # the label a screen reader gets for an icon
    assert [b.text for b in read(CMS_PAGE.encode())] == [
        "Referat fra møte i Vestre regionråd", "Tid: 14. februar 2024", "Sted: Rådhuset",
        "Kari Nordmann\tÅsen kommune"]


def test_a_line_break_in_the_source_is_a_space_and_only_br_breaks_a_line():
    page = ("<p>Til stede: Kari Nordmann, Per\n   Hansen og Ola Berg</p>"
            "<div><b>Sak 1/24</b><br>\nVedtak: Godkjent.<br><br>\nNeste møte:\n12. mars</div>")
    assert [b.text for b in read(page.encode())] == [
        "Til stede: Kari Nordmann, Per Hansen og Ola Berg",
        "Sak 1/24\nVedtak: Godkjent.\n\nNeste møte: 12. mars"]


def test_a_tables_caption_is_read_before_its_rows():
    page = ("<table><caption>Til stede</caption><tr><td>Kari Nordmann</td><td>Åsen</td></tr>"
            "</table><table><caption>Forfall</caption><tr><td>Per Hansen</td><td>Nordby</td>"
            "</tr></table>")
    assert [(b.kind, b.text) for b in read(page.encode())] == [
        (BlockKind.PARAGRAPH, "Til stede"), (BlockKind.TABLE_ROW, "Kari Nordmann\tÅsen"),
        (BlockKind.PARAGRAPH, "Forfall"), (BlockKind.TABLE_ROW, "Per Hansen\tNordby")]


def test_a_cell_spanning_rows_fills_its_column_in_each_as_in_docx():
    page = ('<table><tr><td rowspan="2">Åsen kommune</td><td>Kari Nordmann</td><td>leder</td>'
            "</tr><tr><td>Per Berg</td><td>medlem</td></tr>"
            '<tr><td>Nordby</td><td colspan="2">Ola Dunk</td></tr>'
            '<tr><td>Vik</td><td>Eva Lie</td><td rowspan="2">medlem</td></tr>'
            "<tr><td>Lund</td><td>Tor Li</td></tr></table>")
    assert [b.cells for b in read(page.encode())] == [
        ("Åsen kommune", "Kari Nordmann", "leder"), ("Åsen kommune", "Per Berg", "medlem"),
        ("Nordby", "Ola Dunk"), ("Vik", "Eva Lie", "medlem"), ("Lund", "Tor Li", "medlem")]


def test_a_heading_that_opens_a_list_item_carries_its_number():
    # a browser shows "1." beside the item's first line: the heading, not the text under it
    page = ("<ol><li><h3>Godkjenning av innkalling</h3><p>Vedtak: Godkjent.</p></li>"
            "<li><h3>Budsjett</h3><p>Vedtak: Vedtatt.</p></li></ol>"
            "<ul><li><h3>Eventuelt</h3><p>Ingen saker.</p></li></ul>")
    assert [(b.kind, b.text) for b in read(page.encode())] == [
        (BlockKind.HEADING, "1. Godkjenning av innkalling"),
        (BlockKind.PARAGRAPH, "Vedtak: Godkjent."),
        (BlockKind.HEADING, "2. Budsjett"), (BlockKind.PARAGRAPH, "Vedtak: Vedtatt."),
        (BlockKind.HEADING, "Eventuelt"), (BlockKind.PARAGRAPH, "Ingen saker.")]


MENU_PAGE = """<html><body class="has-submenu">
<div id="menu"><ul><li><a href="/">Hjem</a></li><li><a href="/m">Møter og referater</a></li>
</ul></div>
<div id="left"><ul class="nav nav-stacked"><li class="c-menu__item"><a>Eldrerådet</a></li>
<li><a>Referater 2024</a></li></ul></div>
<div class="hovedmeny"><a href="/p">Politikk</a> <a href="/t">Tjenester</a></div>
<div id="innhold" class="content-with-nav">
<p>Referat fra møte i eldrerådet 12. mars 2024</p>
<table><tr><td class="navn">Kari Holm</td><td>leder</td></tr></table>
</div></body></html>"""


def test_a_sites_menus_named_by_class_or_id_are_dropped():
    # "menu", "nav", "hovedmeny": lists of links, before the page's text; a wrapper
    # named after a menu ("has-submenu", "content-with-nav") holds paragraphs and stays,
    # and a cell named "navn" is a name
    assert [b.text for b in read(MENU_PAGE.encode())] == [
        "Referat fra møte i eldrerådet 12. mars 2024", "Kari Holm\tleder"]


def test_a_menu_is_not_the_title_of_the_minutes():
    from motebok.parse import parse_bytes

    record = parse_bytes(MENU_PAGE.encode(), "referat.html")
    assert record.title == "Referat fra møte i eldrerådet 12. mars 2024"


OLD_STYLE_PAGE = """<html><body><table width="780">
<tr><td colspan="2"><img src="logo.gif" alt="Nordby kommune"></td></tr>
<tr><td width="160"><a href="/">Forsiden</a><br><a href="/moter">Møteplan</a></td><td>
<p><font size="4"><b>Referat fra møte i Eldrerådet</b></font></p>
<p>Dato: 12.03.2024 kl. 10.00–12.00<br>Sted: Rådhuset</p>
<p>Til stede: Kari Holm (leder), Per Dahl<br>Forfall: Liv Dahl</p>
<p><b>Sak 5/24 Budsjett 2025</b></p><p>Rådet fikk orientering.</p>
<p><b>Vedtak:</b> Tatt til orientering.</p></td></tr></table></body></html>"""


def test_a_table_that_lays_out_an_old_style_page_is_read_as_flow():
    # a menu column beside the column of running text: the text's paragraphs are the
    # page's blocks, not one cell of a row
    blocks = read(OLD_STYLE_PAGE.encode())
    assert [(b.kind, b.text) for b in blocks] == [
        (BlockKind.PARAGRAPH, "Referat fra møte i Eldrerådet"),
        (BlockKind.PARAGRAPH, "Dato: 12.03.2024 kl. 10.00–12.00\nSted: Rådhuset"),
        (BlockKind.PARAGRAPH, "Til stede: Kari Holm (leder), Per Dahl\nForfall: Liv Dahl"),
        (BlockKind.PARAGRAPH, "Sak 5/24 Budsjett 2025"),
        (BlockKind.PARAGRAPH, "Rådet fikk orientering."),
        (BlockKind.PARAGRAPH, "Vedtak: Tatt til orientering.")]
    assert blocks[0].bold


def test_an_old_style_page_gives_the_record_of_its_text():
    from motebok.parse import parse_bytes

    record = parse_bytes(OLD_STYLE_PAGE.encode(), "referat.html")
    assert (record.title, record.meeting.date) == ("Referat fra møte i Eldrerådet",
                                                   "2024-03-12")
    assert [(i.number, i.decisions) for i in record.items] == [
        ("5/24", ["Tatt til orientering."])]


def test_a_data_table_with_a_long_cell_stays_a_table():
    # rows of columns: an attendance table whose first cell lists many names
    names = "<br>".join(f"Person {n} Hansen" for n in range(8))
    page = (f"<table><tr><td>Til stede:</td><td>{names}</td></tr>"
            "<tr><td>Forfall:</td><td>Liv Dahl</td></tr></table>")
    assert [b.kind for b in read(page.encode())] == [BlockKind.TABLE_ROW] * 2


def test_a_column_of_links_beside_the_text_of_an_old_style_page_is_its_menu():
    page = OLD_STYLE_PAGE.replace('<a href="/">Forsiden</a>', 'Gå til <a href="/">Forsiden</a>')
    assert read(OLD_STYLE_PAGE.encode())[0].text == "Referat fra møte i Eldrerådet"
    assert read(page.encode())[0].text == "Gå til Forsiden\nMøteplan"  # words of its own


def test_icons_kept_from_screen_readers_and_invisible_elements_are_not_text():
    # a star icon marked aria-hidden, an element made invisible by its inline style; a
    # page behind an open dialog is aria-hidden too, but its paragraphs still show
    page = ('<p>Saken ble <span aria-hidden="true">★</span>enstemmig vedtatt.</p>'
            '<p style="color: grey; visibility: hidden">Utkast</p>'
            '<div aria-hidden="true"><p>Referat fra styremøte</p></div>')
    assert [b.text for b in read(page.encode())] == [
        "Saken ble enstemmig vedtatt.", "Referat fra styremøte"]


def test_a_description_list_of_short_terms_and_values_reads_as_label_and_value_rows():
    # a case system's meeting facts: the term is the label even without a colon; a
    # list whose values are an item's running text stays text
    page = ("<dl><dt>Utval</dt><dd>Kontrollutvalet</dd>"
            "<div><dt>Møtedato</dt><dd>21.05.2024</dd></div>"
            "<dt>Til stades</dt><dd>Torunn Vik (leiar)</dd><dd>Åsmund Rød</dd></dl>"
            "<dl><dt>Sak 1/24 Budsjett</dt><dd>" + "Styret gikk gjennom postene. " * 8
            + "</dd></dl>")
    blocks = read(page.encode())
    assert [b.cells for b in blocks[:3]] == [
        ("Utval", "Kontrollutvalet"), ("Møtedato", "21.05.2024"),
        ("Til stades", "Torunn Vik (leiar)\nÅsmund Rød")]
    assert [b.kind for b in blocks[3:]] == [BlockKind.PARAGRAPH, BlockKind.PARAGRAPH]


def test_a_page_saved_as_utf8_under_an_old_latin1_declaration_reads_as_utf8():
    # the template still declares iso-8859-1, the editor saved UTF-8: a browser given
    # the file shows "MÃ¸te"; the bytes are valid UTF-8, which cp1252 text never is
    page = ('<html><head><meta charset="iso-8859-1"></head>'
            "<body><p>Møte på Ærø – «godkjent»</p></body></html>")
    assert read(page.encode("utf-8"))[0].text == "Møte på Ærø – «godkjent»"
    assert read(page.encode("cp1252"))[0].text == "Møte på Ærø – «godkjent»"


def test_a_utf8_page_under_a_latin1_declaration_with_a_few_latin1_bytes_reads_both():
    # the template declares iso-8859-1 and keeps its footer in it, the editor's text is
    # UTF-8: the UTF-8 letters and no-break spaces read as typed, the footer's "Ø" too
    page = ('<html><head><meta charset="iso-8859-1"></head><body>'
            "<p>Kjell\u00a0Åge Rønning, styremedlem</p>\n<p>Overskudd på kr\u00a012\u00a0000</p>\n"
            ).encode("utf-8") + "<p>Øvre Moen 4 – Strandvik</p></body></html>".encode("cp1252")
    assert [b.text for b in read(page)] == [
        "Kjell Åge Rønning, styremedlem", "Overskudd på kr 12 000", "Øvre Moen 4 – Strandvik"]
    latin1 = ('<html><head><meta charset="iso-8859-1"></head><body>'
              "<p>Møte på Ærø – Â«godkjentÂ»</p></body></html>").encode("cp1252")
    assert read(latin1)[0].text == "Møte på Ærø – Â«godkjentÂ»"  # (one "Ã" pair at most)


def test_a_no_break_space_in_a_double_encoded_page_is_a_space():
    # a CMS read the UTF-8 page as cp1252 and saved it as UTF-8 again: "Â" before the
    # no-break space ("TirilÂ\u00a0Bøe") is no letter of the name
    page = ('<html><head><meta charset="utf-8"></head><body>'
            "<p>Tiril\u00a0Bøe, kl.\u00a009.00</p></body></html>")
    double = page.encode("utf-8").decode("cp1252").encode("utf-8")
    assert read(double)[0].text == "Tiril BÃ¸e, kl. 09.00"


def test_a_blog_posts_tags_related_posts_and_comments_are_page_furniture():
    page = ("<article><h1>Referat fra styremøte</h1><h2>Sak 3/24 Eventuelt</h2>"
            "<p>Ingen saker.</p><p class=\"post-tags\">Stikkord: <a href=\"#\">styret</a></p>"
            "</article><section class=\"related\"><h3>Les også</h3><ul><li>Referat fra årsmøtet"
            "</li></ul></section><div id=\"comments\" class=\"comments-area\"><h3>2 kommentarer"
            "</h3><p>Trond Aas skriver: Takk!</p></div>")
    assert [b.text for b in read(page.encode())] == [
        "Referat fra styremøte", "Sak 3/24 Eventuelt", "Ingen saker."]


def test_block_containers_nested_thousands_deep_are_refused_with_one_line():
    # the parser's time grows with the square of the depth of open divs, lists and
    # quotes (100,000 deep: about 20 s); no page of minutes nests them thousands deep
    page = "<h1>Referat</h1>" + "<div><ul><blockquote>Kari, " * 1000
    with pytest.raises(ReadError, match=r"^HTML nested too deep \(more than 2000 levels\)$"):
        read(page.encode())
    # as many closed one after another are no nesting: a long page of sections
    assert len(read(("<div><p>Sak</p></div>" * 3000).encode())) == 3000


def test_elements_of_a_class_the_pages_own_style_hides_are_not_text():
    # ".skjult" and "div.print-only" hide outright; "@media print" hides on paper only;
    # ".panel" is opened by a click, ".vis" shown again by a rule of its state, and
    # ".sr-only" (clipped) is read aloud as the label of what an icon shows
    page = """<html><head><style>
    /* skjult */ .skjult, div.print-only { display: none !important }
    @media print { .no-print { display: none } }
    .panel { display: none } .vis { display: none } .vis.open { display: block }
    .sr-only { position: absolute; clip: rect(0 0 0 0); width: 1px }
    </style></head><body><h1>Referat fra styremøte</h1>
    <p class="skjult">Intern merknad</p><div class="print-only">Skriv ut</div>
    <p class="no-print">Sak 1 Budsjett</p><div class="panel"><p>Vedtatt.</p></div>
    <p class="vis open">Sak 2 Eventuelt</p><p><span class="sr-only">Dato:</span> 3. mai</p>
    <ul><li>Kari</li><li class="skjult">Ola</li></ul>
    <table><tr><td>Siv</td></tr><tr class="skjult"><td>Per</td></tr></table>
    </body></html>"""
    assert [b.text for b in read(page.encode())] == [
        "Referat fra styremøte", "Sak 1 Budsjett", "Vedtatt.", "Sak 2 Eventuelt",
        "Dato: 3. mai", "- Kari", "Siv"]


def test_tables_nested_past_any_layout_are_refused_with_a_clear_error():
    """Each level of tables inside tables costs the reader several frames: 300 levels
    raised RecursionError. Fifty still read; more is a generated page, refused."""
    def nested(depth: int) -> bytes:
        return ("<table><tr><td>" * depth + "Kari Nordmann" + "</td></tr></table>" * depth
                ).encode()

    assert read(nested(50))[-1].text == "Kari Nordmann"
    with pytest.raises(ReadError, match=r"^HTML tables nested too deep \(more than 50 levels\)$"):
        read(nested(300))
    with pytest.raises(ReadError, match="nested too deep"):
        read(b"<TABLE><tr><td>Kari" * 300)  # never closed, in capitals


MAIN_PAGE = """<!DOCTYPE html><html lang="nb"><head><meta charset="utf-8"></head><body>
<div class="top"><a href="/">Vestdal regionråd</a> <a href="/om">Om oss</a></div>
<div class="crumbs"><a href="/">Forside</a> &gt; <a href="/politikk">Politikk</a> &gt; Referat</div>
<main id="innhold">
<h1>Referat fra møte i Vestdal regionråd</h1>
<p>Dato: 12. mars 2025<br>Sted: Rådhuset, Vestdal</p>
<p>Til stede: Ola Berg (leder), Kari Lund, Per Nilsen</p>
<h2>Sak 1/25 Godkjenning av innkalling</h2>
<p><strong>Vedtak:</strong> Innkallingen ble godkjent.</p>
<h2>Sak 2/25 Regional plan for samferdsel</h2>
<p>Daglig leder orienterte om arbeidet med planen og om høringen i vår.</p>
<p><strong>Vedtak:</strong> Saken tas til orientering.</p>
<p class="tools">Skriv ut | Del på Facebook</p>
<p class="dates">Sist oppdatert 4.3.2025</p>
</main>
<div class="bottom">Vestdal regionråd, Storgata 1, 6800 Vestdal</div>
</body></html>"""


def test_a_pages_one_main_part_is_its_text_without_the_site_around_it():
    # a breadcrumb, a link bar and a footer whose classes name no chrome: outside <main>
    texts = [b.text for b in read(MAIN_PAGE.encode())]
    assert texts[0] == "Referat fra møte i Vestdal regionråd"
    assert not any("Forside" in t or "Storgata" in t or "Om oss" in t for t in texts)
    from motebok.parse import parse_bytes

    record = parse_bytes(MAIN_PAGE.encode(), "referat.html")
    assert (record.title, record.body) == ("Referat fra møte i Vestdal regionråd",
                                           "Vestdal regionråd")


def test_a_main_part_without_the_title_keeps_the_pages_h1_above_it_but_no_logo():
    page = ('<header><h1 class="logo">Vestdal regionråd</h1></header>'
            '<div class="page-title"><h1>Referat fra styremøte 3. mars 2025</h1></div>'
            '<p>Forside › Politikk</p>'
            f'<main><p>Til stede: Ola Berg, Kari Lund</p><p>{"Tekst i saken. " * 30}</p></main>')
    texts = [b.text for b in read(page.encode())]
    assert texts[:2] == ["Referat fra styremøte 3. mars 2025", "Til stede: Ola Berg, Kari Lund"]


def test_a_main_part_of_the_page_that_holds_little_of_its_text_is_no_main_part():
    # a theme's <main> around the banner only; the minutes stand beside it
    page = ("<main><p>Velkommen</p></main>"
            f"<div><h1>Referat</h1><p>{'Saken ble drøftet. ' * 10}</p></div>")
    assert [b.text for b in read(page.encode())][:2] == ["Velkommen", "Referat"]


def test_a_pages_lines_on_its_last_change_and_its_buttons_are_no_text():
    page = ("<h1>Referat</h1><p>Sist oppdatert 4.3.2025</p><p>Skriv ut | Del på Facebook</p>"
            "<p>Endret: 2. mai 2024 kl. 10.12</p><p>Del siden</p><p>Publisert 14.03.2025</p>"
            "<p>Endret budsjett ble lagt fram 3. mai 2024.</p><p>Del 2 av rapporten</p>")
    # the day it was published stays: the document's own date
    assert [b.text for b in read(page.encode())] == [
        "Referat", "Publisert 14.03.2025", "Endret budsjett ble lagt fram 3. mai 2024.",
        "Del 2 av rapporten"]


def test_a_breadcrumb_trail_from_the_front_page_is_no_text_and_no_title():
    page = ('<div class="sti"><a href="/">Forside</a> &gt; <a href="/p">Politikk</a> &gt; '
            'Referat</div><p>Du er her: Heim › Eldrerådet</p>'
            '<h1>Referat fra møte i Vestdal regionråd</h1><p>Referat › Sak 3 › Vedlegg</p>')
    assert [b.text for b in read(page.encode())] == [
        "Referat fra møte i Vestdal regionråd", "Referat › Sak 3 › Vedlegg"]


@pytest.mark.parametrize("trail", [
    # a list of links from the front page, the page itself last and unlinked
    '<ol><li><a href="/">Forside</a></li><li><a href="/politikk">Politikk</a></li>'
    '<li><a href="/rr">Regionrådet</a></li><li>Møter</li></ol>',
    # the same under "Du er her:" in a line of its own
    '<p>Du er her:</p><ul><li><a href="/">Hjem</a></li><li><a href="/p">Politikk</a></li></ul>',
    # steps between slashes, and between arrows
    '<p><a href="/">Forside</a> / <a href="/p">Politikk</a> / <a href="/r">Regionrådet</a> / '
    'Møter</p>',
    '<div>Du er her: <a href="/">Forside</a> → <a href="/p">Politikk</a> → Møter</div>',
])
def test_a_breadcrumb_without_a_class_is_no_text_and_no_agenda(trail):
    # "1. Forside", "2. Politikk" … before the h1 were read as the minutes' agenda
    page = (f"<main>{trail}<h1>Referat fra møte i Regionrådet</h1>"
            "<p>Til stede: Kari Holm, Per Lie</p></main>")
    assert [b.text for b in read(page.encode())] == [
        "Referat fra møte i Regionrådet", "Til stede: Kari Holm, Per Lie"]


def test_a_list_of_links_under_the_title_starting_elsewhere_stays():
    # not from the front page: the minutes' own list (documents, cases) is text
    page = ('<main><h1>Referat</h1><ol><li><a href="/sak1">Budsjett</a></li>'
            '<li><a href="/sak2">Eventuelt</a></li></ol><p>Hjem / skole-samarbeid</p></main>')
    assert [b.text for b in read(page.encode())] == [
        "Referat", "1. Budsjett", "2. Eventuelt", "Hjem / skole-samarbeid"]


@pytest.mark.parametrize("name", ["brodsmuler", "brodsmulesti", "c-brodsmular"])
def test_a_breadcrumb_trail_named_in_norwegian_is_no_text_and_no_title(name):
    # "Politikk / Møter og saksdokumenter" over the h1 was read as the title (and its
    # "saksdokumenter" made the minutes an agenda)
    page = (f'<p class="{name}"><a href="/politikk">Politikk</a> / '
            '<a href="/politikk/moter">Møter og saksdokumenter</a></p>'
            "<h1>Møteprotokoll – Plan- og miljøutvalget</h1><p>Møtedato 02.10.2025</p>")
    assert [b.text for b in read(page.encode())] == [
        "Møteprotokoll – Plan- og miljøutvalget", "Møtedato 02.10.2025"]


@pytest.mark.parametrize("trail", [
    "Søk › Møte › Vestdal regionråd › 17.10.2024 › Møtedokument",
    "Møtekalender &gt; Vestdal regionråd &gt; 23.05.2025 &gt; Protokoll",
])
def test_a_trail_of_four_steps_below_the_front_page_is_no_text_and_no_title(trail):
    # a portal's path without its front page ("sti", "crumbs"): its last step's word
    # ("Protokoll") made the whole trail the title
    page = f'<p class="crumbs">{trail}</p><h1>Møteprotokoll</h1><p>Utvalg: Vestdal regionråd</p>'
    assert [b.text for b in read(page.encode())] == ["Møteprotokoll", "Utvalg: Vestdal regionråd"]


WORD_LIST = ("<p class=MsoListParagraph style='mso-list:l0 level1 lfo1'><![if !supportLists]>"
             "<span style='font-family:{font}'><span style='mso-list:Ignore'>{marker}"
             "<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp; </span></span></span>"
             "<![endif]>{text}</p>")
FILTERED_LIST = ("<p class=MsoListParagraph><span style='font-family:{font}'>{marker}"
                 "<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp; </span></span>"
                 "{text}</p>")


@pytest.mark.parametrize("style", [WORD_LIST, FILTERED_LIST])
def test_word_list_markers_saved_as_html_read_as_a_plain_lists_markers(style):
    # Word draws bullets as glyphs of a symbol font ("§" a square and "Ø" an arrow in
    # Wingdings, "·" in Symbol, "o" in Courier New): as text they are a dash
    lines = [("Wingdings", "§", "Ramma er stram."), ("Symbol", "·", "Bø er i gang."),
             ('"Courier New"', "o", "Omstilling."), ("Wingdings", "Ø", "Saken følges opp."),
             ("Calibri", "a)", "Første punkt."), ("Calibri", "2.", "Andre punkt.")]
    page = "".join(style.format(font=font, marker=marker, text=text)
                   for font, marker, text in lines)
    assert [b.text for b in read(page.encode())] == [
        "- Ramma er stram.", "- Bø er i gang.", "- Omstilling.", "- Saken følges opp.",
        "a) Første punkt.", "2. Andre punkt."]


def test_a_symbol_font_inside_a_sentence_is_no_list_marker():
    page = "<p>Saken er <span style='font-family:Wingdings'>J</span> avklart.</p>"
    assert [b.text for b in read(page.encode())] == ["Saken er J avklart."]


def test_an_articles_footer_of_categories_is_no_text_but_a_signature_in_one_is():
    page = ("<article><header><h1>Referat fra styremøte</h1></header>"
            "<p>Til stede: Arne Ness, Bodil Krog</p><p>1. Stier</p>"
            "<p>Arne har gått opp traseen.</p>"
            '<footer class="entry-footer"><span>Kategorier: <a href="/r">Referater</a></span>'
            "</footer></article>")
    assert [b.text for b in read(page.encode())][-1] == "Arne har gått opp traseen."
    signed = page.replace("</article>", "<footer><p>Referent: Bodil Krog</p></footer></article>")
    assert [b.text for b in read(signed.encode())][-1] == "Referent: Bodil Krog"


def test_words_tab_stops_saved_as_html_part_columns_as_in_the_docx():
    tab = "<span style='mso-tab-count:2'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span>"
    page = ("<p class=MsoNormal><b>Til stede:</b></p>"
            f"<p class=MsoNormal>Kari Holm{tab}Lunde kommune</p>"
            f"<p class=MsoNormal>Per Olsen{tab}Kystverket</p>"
            f"<h2>Sak{tab}1 Velkommen</h2>")
    blocks = read(page.encode())
    assert [(b.kind, b.text) for b in blocks] == [
        (BlockKind.PARAGRAPH, "Til stede:"),
        (BlockKind.TABLE_ROW, "Kari Holm\tLunde kommune"),
        (BlockKind.TABLE_ROW, "Per Olsen\tKystverket"),
        (BlockKind.HEADING, "Sak 1 Velkommen")]
    assert blocks[1].cells == ("Kari Holm", "Lunde kommune") and not blocks[2].gap
    from motebok.parse import parse_bytes

    record = parse_bytes(("<p>Referat</p><p>Dato: 5. mars 2025</p>" + page).encode(), "r.html")
    assert [(p.name, p.organization) for p in record.participants] == [
        ("Kari Holm", "Lunde kommune"), ("Per Olsen", "Kystverket")]


def test_a_list_of_links_to_the_sites_pages_outside_marked_text_is_its_menu():
    menu = ('<ul><li><a href="/">Hjem</a></li><li><a href="/politikk">Politikk</a>'
            '<ul><li><a href="/politikk/rad">Råd og utvalg</a></li></ul></li></ul>')
    kept = ['<ul><li><a href="/f/budsjett.pdf">Budsjett</a></li><li><a href="/f/plan.docx">'
            'Plan</a></li></ul>',  # the minutes' attachments
            '<ol><li><a href="#sak1">Innkalling</a></li><li><a href="#sak2">Budsjett</a>'
            '</li></ol>',  # a table of contents
            '<ol><li><a href="/sak/1">PS 1/25 Innkalling</a></li><li><a href="/sak/2">'
            'PS 2/25 Budsjett</a></li></ol>',  # the cases by their numbers
            '<ul><li><a href="/a">Kari Holm</a>, leder</li><li><a href="/b">Per Dahl</a>'
            '</li></ul>']  # words beside the links
    page = menu + "<h2>Referat fra møte i ungdomsrådet</h2>" + "".join(kept)
    texts = [b.text for b in read(page.encode())]
    assert texts[0] == "Referat fra møte i ungdomsrådet" and len(texts) == 9
    assert len(read(f"<main>{page}{'Tekst. ' * 60}</main>".encode())) == 13  # in <main>: kept


def test_words_running_header_and_reviewers_comments_saved_as_html_are_no_text():
    page = ("<div style='mso-element:header' id=h1><p class=MsoHeader>Nordfjord Vekst AS"
            "</p></div><p class=MsoNormal>Vedtak: Rekneskapen vart godkjend.<span "
            "class=MsoCommentReference><a class=msocomanchor href='#_msocom_1'>[KH1]</a>"
            "</span></p><div style='mso-element:comment-list'><div style='mso-element:"
            "comment'><div class=msocomtxt><p class=MsoCommentText>Sjekk tala.</p></div>"
            "</div></div><div style='mso-element:footnote-list'><p>1 Sjå vedlegg.</p></div>")
    assert [b.text for b in read(page.encode())] == ["Vedtak: Rekneskapen vart godkjend."]


@pytest.mark.parametrize("mso", [True, False])  # Word's web page, and its filtered HTML
def test_words_footnotes_saved_as_html_are_left_out_as_in_docx(mso):
    # the call "[1]" after a sentence and the note's text gathered at the page's end,
    # which would else run on from the last paragraph ("Neste møte: …")
    call_style = " style='mso-footnote-id:ftn1'" if mso else ""
    list_style = " style='mso-element:footnote-list'" if mso else ""
    page = (f"<p class=MsoNormal>Leder orienterte om avtalen.<a{call_style} href='#_ftn1' "
            "name='_ftnref1'><span class=MsoFootnoteReference>[1]</span></a> Tatt til "
            "orientering.</p><p class=MsoNormal>Neste møte: 6. mai 2026</p>"
            f"<div{list_style}><br clear=all><hr align=left size=1 width='33%'><div id=ftn1>"
            "<p class=MsoFootnoteText><a href='#_ftnref1' name='_ftn1'>[1]</a> Avtalen "
            "ligger ved.</p></div></div>")
    assert [b.text for b in read(page.encode())] == [
        "Leder orienterte om avtalen. Tatt til orientering.", "Neste møte: 6. mai 2026"]


def test_ticks_word_saved_in_a_symbol_font_read_as_the_marks_they_show():
    # an attendance table ticked in Wingdings ("ü"), Wingdings 2 ("P", "£") and Webdings
    # ("r"), saved by Word as a web page, the code inside a span of Word's mso- styles
    cell = "<td><span style='font-family:{};mso-char-type:symbol'>{}</span></td>"
    rows = [("Kari Nordmann", "Wingdings", "ü"), ("Per Hansen", '"Wingdings 2"', "P"),
            ("Ola Vik", '"Wingdings 2"', "£"), ("Anne Lie", "Webdings", "r")]
    page = "<table>" + "".join(f"<tr><td>{name}</td>{cell.format(font, code)}</tr>"
                               for name, font, code in rows) + "</table>"
    assert [b.cells for b in read(page.encode())] == [
        ("Kari Nordmann", "✓"), ("Per Hansen", "✓"), ("Ola Vik", "☐"), ("Anne Lie", "✗")]


def test_ticks_in_an_old_editors_font_face_read_as_the_marks_they_show():
    # Word 97, FrontPage and old mail clients set the symbol font with <font face=…>;
    # a Wingdings code in a sentence, or before the text it bullets, stays as written
    rows = [("Kari Nordmann", "Wingdings", "þ"), ("Per Hansen", "Wingdings", "¨"),
            ("Ola Vik", '"Wingdings 2"', "P"), ("Anne Lie", "Arial", "þ")]
    page = "<table>" + "".join(f"<tr><td>{name}</td><td><font face={font}>{code}</font></td>"
                               "</tr>" for name, font, code in rows) + "</table>"
    page += "<p>Hyggelig møte <font face=Wingdings>J</font> og kaffe.</p>"
    assert [b.cells or b.text for b in read(page.encode())] == [
        ("Kari Nordmann", "☑"), ("Per Hansen", "☐"), ("Ola Vik", "✓"), ("Anne Lie", "þ"),
        "Hyggelig møte J og kaffe."]


def test_check_boxes_read_as_a_task_lists_marks_in_a_list_and_as_boxes_in_a_table():
    # Markdown's "- [x] Kari Holm" rendered as a web page (GitHub, GitLab, HackMD) holds
    # a check box input; its state is the only sign of who met, as the Markdown's "[x]"
    # and "[ ]" are; a box in a table cell reads as the box it shows
    item = "<li class=task-list-item><input type=checkbox {} disabled> {}</li>"
    page = ("<h1>Referat fra møte i Åsen regionråd</h1><p>Dato: 12.03.2025</p><p>Deltakere:</p>"
            "<ul>" + item.format("checked", "Kari Holm, Åsen kommune")
            + item.format("", "Per Ødegård, Nordby kommune") + "</ul>"
            "<table><tr><th>Navn</th><th>Kommune</th><th>Møtt</th></tr>"
            "<tr><td>Siri Bø</td><td>Sauda kommune</td><td><input type=checkbox checked></td>"
            "</tr><tr><td>Ola Vik</td><td>Bø kommune</td><td><input type='checkbox'></td></tr>"
            "</table><h2>Sak 1/25 Godkjenning av innkalling</h2><p>Vedtak: Godkjent.</p>"
            "<form><input type=checkbox checked> Husk meg</form>")
    assert [b.text for b in read(page.encode())][3:8] == [
        "- [x] Kari Holm, Åsen kommune", "- [ ] Per Ødegård, Nordby kommune",
        "Navn\tKommune\tMøtt", "Siri Bø\tSauda kommune\t☑", "Ola Vik\tBø kommune\t☐"]
    people = parse_bytes(page.encode(), "referat.html").participants
    assert [(p.name, p.attendance) for p in people] == [
        ("Kari Holm", "present"), ("Per Ødegård", "absent"), ("Siri Bø", "present"),
        ("Ola Vik", "absent")]


def word_page(header: str, body: str, footer: str = "", first: str = "") -> bytes:
    """A page as Word saves a document: the page header ("h1"), the first page's own
    ("fh1") and the footer ("f1") in divs of Word's mso-element style."""
    tab = "<span style='mso-tab-count:1'>   </span>"

    def div(kind: str, name: str, text: str) -> str:
        return (f"<div style='mso-element:{kind}' id={name}><p class=Mso{kind.title()}>"
                f"{text.replace(chr(9), tab)}</p></div>") if text else ""

    return ("<html><body><div class=WordSection1>" + div("header", "fh1", first)
            + div("header", "h1", header) + body + div("footer", "f1", footer)
            + "</div></body></html>").encode()


def test_words_page_header_naming_the_minutes_heads_an_untitled_body_as_in_docx():
    # the template's only title and day, tabbed beside the page number
    page = word_page("Referat Regionrådet\t4.3.2025\tSide 1",
                     "<p class=MsoNormal>Tid: kl. 10.00</p>",
                     footer="Åsen kommune | Postboks 1 | Side 1")
    assert [b.text for b in read(page)] == ["Referat Regionrådet 4.3.2025", "Tid: kl. 10.00"]


def test_words_running_header_over_a_titled_body_stays_out():
    page = word_page("Referat Regionrådet\t4.3.2025\tSide 1",
                     "<p class=MsoTitle>Referat fra møte i regionrådet</p>"
                     "<p class=MsoNormal>Tid: kl. 10.00</p>")
    assert [b.text for b in read(page)] == ["Referat fra møte i regionrådet", "Tid: kl. 10.00"]


def test_words_first_page_header_and_footer_give_the_day_the_body_lacks():
    # the first page's own header ("fh1") is page 1's; the footer alone gives the day
    page = word_page("Side 2", "<p class=MsoTitle>Referat fra styremøte</p>",
                     footer="Møtedato:\t12.03.2024", first="Fjordvik Vel")
    assert [b.text for b in read(page)] == ["Møtedato: 12.03.2024", "Referat fra styremøte"]


def test_minutes_raised_over_the_hour_read_as_the_time_they_are():
    # "kl. 18<sup>00</sup>" is how offices write "kl. 18.00"; "m²" stays, a footnote's
    # raised number after a word is left out (as the PDF reader leaves it out)
    page = ("<p>Tid: kl. 18<sup>00</sup> – 20<sup>30</sup></p>"
            "<p>Lokalet er 80 m<sup>2</sup> (se note<sup>12</sup>).</p>")
    assert [b.text for b in read(page.encode())] == [
        "Tid: kl. 18.00 – 20.30", "Lokalet er 80 m2 (se note)."]


@pytest.mark.parametrize("box", ['<div class="page-feedback">', '<section id="tilbakemelding">',
                                 '<div class="c-rating__wrapper">'])
def test_a_was_this_page_helpful_box_under_the_minutes_is_no_text(box):
    # municipal sites ask "Fant du det du lette etter?" under every page; without a
    # signature after "Eventuelt" it would end the last item's text
    page = (f"<main><h1>Referat fra møte i eldrerådet</h1><h2>Sak 16/25 Eventuelt</h2>"
            f"<p>Ingen saker.</p>{box}<p>Fant du det du lette etter?</p>"
            f"<button>Ja</button><button>Nei</button></{box[1:box.index(' ')]}></main>")
    assert [b.text for b in read(page.encode())] == [
        "Referat fra møte i eldrerådet", "Sak 16/25 Eventuelt", "Ingen saker."]
    items = parse_bytes(page.encode(), "referat.html").to_dict()["items"]
    assert items[-1]["text"] == "Ingen saker."


GOOGLE_LINES = [(False, "Referat styremøte Solsiden vel"), (False, "Dato: 18. november 2025"),
                (False, "Til stede: Mette Lunde (leder), Ivar Dahl"),
                (True, "Regnskap og budsjett for neste år"),
                (False, "Kasserer la fram regnskapet per oktober"), (False, "Ingen merknader"),
                (True, "Eventuelt"), (False, "Ingen saker")]


def google_pasted(lines) -> bytes:
    """Text copied from Google Docs into a site's editor: all of it inside a
    ``<b style="font-weight:normal">``, each span's weight in its own style."""
    spans = "".join(f'<p dir="ltr"><span style="font-size:11pt;font-weight:{700 if bold else 400};'
                    f'white-space:pre-wrap;">{text}</span></p>' for bold, text in lines)
    return (f'<html><body><b style="font-weight:normal;" id="docs-internal-guid-3f1c2a7b">'
            f'{spans}</b></body></html>').encode()


def google_saved(lines) -> bytes:
    """A Google Docs document downloaded as a web page: weights set by classes."""
    style = ('<style>.c0{color:#000000;font-weight:400;font-size:11pt}'
             '.c2{color:#000000;font-weight:700;font-size:11pt}.c3{padding-top:0pt}</style>')
    paragraphs = "".join(f'<p class="c3"><span class="{"c2" if bold else "c0"}">{text}</span></p>'
                         for bold, text in lines)
    page = f'<html><head>{style}</head><body class="doc-content">{paragraphs}</body></html>'
    return page.encode()


@pytest.mark.parametrize("build", [google_pasted, google_saved])
def test_the_weight_css_gives_a_span_is_its_bold_whatever_the_tag(build):
    page = build(GOOGLE_LINES)
    assert [(b.bold, b.text) for b in read(page)] == GOOGLE_LINES
    items = parse_bytes(page, "referat.html").to_dict()["items"]
    assert [(i["title"], i["text"]) for i in items] == [
        ("Regnskap og budsjett for neste år", "Kasserer la fram regnskapet per oktober\n"
                                               "Ingen merknader"),
        ("Eventuelt", "Ingen saker")]


def test_a_bold_tag_inside_a_normal_weight_wrapper_is_still_bold():
    page = ('<div style="font-weight:normal"><p>Tid: <b>kl. 10</b></p><p><b>Sak 1</b></p>'
            '<p style="font-weight:bold">Sak 2 <span style="font-weight:lighter">x</span></p>'
            '</div>')
    assert [(b.bold, b.text) for b in read(page.encode())] == [
        (False, "Tid: kl. 10"), (True, "Sak 1"), (False, "Sak 2 x")]


def test_a_consent_platforms_banner_named_inside_a_longer_word_is_no_text():
    # Cookiebot and OneTrust name their banners "CybotCookiebotDialog" and
    # "onetrust-consent-sdk", with no dialog role kept in a saved page
    page = ('<body><div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" role="region">'
            '<p>Vi bruker informasjonskapsler.</p><button>Godta</button></div></div>'
            '<div id="CybotCookiebotDialog" class="CybotEdge"><h2>Dette nettstedet bruker '
            'informasjonskapsler</h2><p>Les mer.</p></div>'
            '<div id="innhold"><h2>Referat fra møte i eldrerådet</h2>'
            '<p>Tid: 2. juni 2025 kl. 10.00</p></div></body>')
    assert [b.text for b in read(page.encode())] == [
        "Referat fra møte i eldrerådet", "Tid: 2. juni 2025 kl. 10.00"]
    assert parse_bytes(page.encode(), "referat.html").title == "Referat fra møte i eldrerådet"


def test_words_weight_of_complex_scripts_does_not_unbold_its_bold():
    # Word saving as a web page writes "mso-bidi-font-weight:normal" on bold Latin text
    page = ("<p class=MsoNormal><b><span style='mso-bidi-font-weight:normal'>Til stede:"
            "</span></b></p><p class=MsoNormal><b style='mso-bidi-font-weight:normal'>"
            "Sak 3/25 Budsjett</b></p>")
    assert [(b.bold, b.text) for b in read(page.encode())] == [
        (True, "Til stede:"), (True, "Sak 3/25 Budsjett")]


def test_a_lists_letters_or_roman_numerals_set_in_css_are_its_markers():
    # Google Docs saves each level of a numbered list as an <ol> of its own, with no
    # type: its style sheet draws the sub-level's markers as letters
    page = ('<html><head><style>'
            '.lst-kix_list_1-1>li:before{content:"" counter(lst-ctn-kix_list_1-1,lower-latin) ". "}'
            '.lst-kix_list_1-0>li:before{content:"" counter(lst-ctn-kix_list_1-0,decimal) ". "}'
            'ol.lst-kix_list_1-1.start{counter-reset:lst-ctn-kix_list_1-1 0}</style></head><body>'
            '<ol class="c4 lst-kix_list_1-0 start" start="1"><li>Godkjenning</li><li>Økonomi</li>'
            '</ol><ol class="c4 lst-kix_list_1-1 start" start="1"><li>Regnskap</li>'
            '<li>Budsjett</li></ol><ol class="c4 lst-kix_list_1-0" start="3"><li>Eventuelt</li>'
            '</ol><ol style="list-style-type: upper-roman"><li>Vedlegg</li></ol></body></html>')
    assert [b.text for b in read(page.encode())] == [
        "1. Godkjenning", "2. Økonomi", "a. Regnskap", "b. Budsjett", "3. Eventuelt",
        "I. Vedlegg"]


def test_a_processing_instruction_in_the_page_is_no_text():
    """A CMS template's leftover "<?php … ?>" is a node without a tag: it shows nothing,
    and the text around it is read as usual."""
    page = (b"<html><body><h1>Referat fra styrem\xc3\xb8te</h1>"
            b"<p>Tid: 5. mai 2024 <?php echo $dato ?>kl. 18.00</p></body></html>")
    assert [b.text for b in read(page)] == ["Referat fra styremøte", "Tid: 5. mai 2024 kl. 18.00"]


def test_bold_runs_inside_paragraphs_and_table_cells_are_kept():
    page = ("<html><body><p>Dugnad: <b>Kari Holm</b>, Per Dahl og <strong>Eva "
            "Li</strong>.</p><p><b>Vedtak:</b> Godkjent.</p><p><b>Sak 3 Budsjett</b></p>"
            "<table><tr><td>3/25</td><td><b>Friluftsskolen</b><br>Status for påmeldingen"
            "</td></tr></table></body></html>").encode()
    found = [(b.text, b.bold, b.runs) for b in read(page)]
    assert found == [
        ("Dugnad: Kari Holm, Per Dahl og Eva Li.", False, ("Kari Holm", "Eva Li")),
        ("Vedtak: Godkjent.", False, ("Vedtak:",)),
        ("Sak 3 Budsjett", True, ()),
        ("3/25\tFriluftsskolen\nStatus for påmeldingen", False, ("Friluftsskolen",)),
    ]


def test_an_accordion_buttons_label_is_read_and_a_forms_button_is_not() -> None:
    # CMS themes fold each item of the minutes under a button that opens its panel
    # (aria-expanded / aria-controls / a collapse toggle): its label is the item's
    # heading; a form's or a banner's button ("OK", "Søk") shows nothing of the text
    page = (b'<html><body><main><h1>Referat</h1><div class="accordion">'
            b'<button aria-expanded="false">Sak 4/26 Budsjett</button>'
            b'<div class="panel"><p>Vedtatt.</p></div>'
            b'<button data-toggle="collapse">Sak 5/26 Eventuelt</button>'
            b'<div><p>Ingen saker.</p></div></div>'
            b'<p>Last ned referatet som PDF (145 kB)</p>'
            b'<form><button type="submit">S\xc3\xb8k</button></form>'
            b'<button class="ok">OK</button></main></body></html>')
    assert [b.text for b in read(page)] == ["Referat", "Sak 4/26 Budsjett", "Vedtatt.",
                                            "Sak 5/26 Eventuelt", "Ingen saker."]


def test_a_note_apps_drawn_check_boxes_read_as_a_task_lists_marks() -> None:
    # Notion draws a to-do's box as a div by its class, Confluence marks a task's li by
    # its own: both read as the "[x] " / "[ ] " the same page has in Markdown; a div
    # of another class (or a "checkbox" class without its state) shows nothing
    page = (b'<html><body><ul class="to-do-list"><li><div class="checkbox checkbox-on">'
            b'</div> <span>Per Dahl booker lokale</span></li></ul>'
            b'<ul class="to-do-list"><li><div class="checkbox checkbox-off"></div> '
            b'<span>Nina Lie lager program</span></li></ul>'
            b'<ul class="inline-task-list"><li data-inline-task-id="1" class="checked">'
            b'Ola Nilsen reviderer overslaget</li><li data-inline-task-id="2">Sara Berg '
            b'ringer rektor</li></ul>'
            b'<ul><li><div class="checkbox">Kari</div></li></ul></body></html>')
    assert [b.text for b in read(page)] == [
        "- [x] Per Dahl booker lokale", "- [ ] Nina Lie lager program",
        "- [x] Ola Nilsen reviderer overslaget", "- [ ] Sara Berg ringer rektor", "- Kari"]


def test_a_headings_permalink_is_no_word_of_it() -> None:
    # MkDocs, Sphinx and Hugo end a heading with a link to itself ("¶", "#", "§"); a link
    # to a place on the page with words ("Sak 1"), or elsewhere with a mark, stays
    page = ('<html><body><h2 id="a">Sak 1 Økonomi<a class="headerlink" href="#a">¶</a></h2>'
            '<h2 id="b"><a href="#b">#</a> Sak 2 Dugnad</h2>'
            '<p>Se <a href="#a">Sak 1</a> og <a href="/x">§</a> 3.</p></body></html>').encode()
    assert [b.text for b in read(page)] == ["Sak 1 Økonomi", "Sak 2 Dugnad", "Se Sak 1 og § 3."]


def test_a_note_apps_person_chips_side_by_side_are_set_apart() -> None:
    # Notion writes a "Deltakere" property as person chips with nothing between them;
    # a chip after a space ("av <span class="user">Kari</span>") needs no comma
    page = (b'<html><body><table><tr><th>Deltakere</th><td><span class="user">Kari Holm'
            b'</span><span class="user">Per Dahl</span><span class="user">Nina Lie</span>'
            b'</td></tr></table><p>Skrevet av <span class="user">Eva Moe</span>.</p>'
            b'</body></html>')
    assert [b.text for b in read(page)] == ["Deltakere\tKari Holm, Per Dahl, Nina Lie",
                                            "Skrevet av Eva Moe."]


GOOGLE_DOCS_CARDS = (
    '<html><head><meta content="text/html; charset=UTF-8" http-equiv="content-type">'
    '<style type="text/css">.c1{font-weight:700}.c2{font-weight:400}'
    '.c5{border:1pt solid #000;padding:5pt}</style></head><body class="doc-content">'
    '<p class="c3 title"><span class="c1">Referat fra møte i Fjellbygda nærmiljøutvalg</span></p>'
    '<p><span class="c1">Dato:</span><span class="c2">&nbsp;9. april 2026</span></p>'
    '<p><span class="c1">Sted:</span><span class="c2">&nbsp;Grendehuset</span></p>'
    '<p><span class="c1">Til stede:</span></p><table><tr>'
    '<td class="c5"><p><span class="c2">Hilde Brekke</span></p><p><span class="c2">leder</span>'
    '</p></td><td class="c5"><p><span class="c2">Stian Aune</span></p><p><span class="c2">'
    'Fjellbygda vel</span></p></td><td class="c5"><p><span class="c2">Berit Kvam</span></p>'
    '<p><span class="c2">sekretær</span></p></td></tr></table>'
    '<p><span class="c1">Forfall:</span><span class="c2">&nbsp;Jon Eggen</span></p>'
    '<p><span class="c1">Sak 12/26 Vårdugnad</span></p>'
    '<p><span class="c2">Stian Aune bestiller container innen 20. april.</span></p>'
    '</body></html>')
GOOGLE_DOCS_CARDS_TEXT = """Referat fra møte i Fjellbygda nærmiljøutvalg

Dato: 9. april 2026
Sted: Grendehuset
Til stede:
Hilde Brekke, leder
Stian Aune, Fjellbygda vel
Berit Kvam, sekretær
Forfall: Jon Eggen

Sak 12/26 Vårdugnad
Stian Aune bestiller container innen 20. april.
"""


def test_people_set_side_by_side_as_cards_read_as_a_list():
    # Google Docs (and Word) minutes lay the attendance out as a row of cards: each cell
    # a name paragraph and a role or organisation paragraph under it
    html_record = parse_bytes(GOOGLE_DOCS_CARDS.encode(), "referat.html").to_dict()
    text_record = parse_bytes(GOOGLE_DOCS_CARDS_TEXT.encode(), "referat.txt").to_dict()
    del html_record["source"], text_record["source"]
    assert [p["name"] for p in html_record["participants"]] == [
        "Hilde Brekke", "Stian Aune", "Berit Kvam", "Jon Eggen"]
    assert html_record == text_record


def test_onenote_to_do_tags_read_as_task_boxes():
    page = ('<html><body><p data-tag="to-do">Kari sender brevet</p>'
            '<p data-tag="to-do:completed">Per ringte banken</p>'
            '<p data-tag="important">Husk frist</p></body></html>')
    texts = [block.text for block in read(page.encode())]
    assert texts == ["[ ] Kari sender brevet", "[x] Per ringte banken", "Husk frist"]


def test_chrome_named_in_camel_case_and_an_aria_heading_on_a_sharepoint_page():
    # SharePoint names its parts in camelCase: the suite bar ("SuiteNavWrapper") and the
    # comments part ("commentsWrapper") are chrome as "suite-nav" and "comments" are,
    # and the page's title is a div marked as a heading by its ARIA role; a name whose
    # word only starts like one ("Navn", "commentsfield" in lower case) stays text
    page = """<html><body>
<div id="SuiteNavWrapper"><a href="#">Microsoft 365</a><span>SharePoint</span></div>
<div role="heading" aria-level="1">Referat fra møte i styringsgruppen</div>
<div class="Navn">Tid: 11. mars 2025</div>
<div class="commentsfield"><p>Vedtak: Godkjent.</p></div>
<div class="commentsWrapper"><h2>Kommentarer</h2><span>0 liker</span></div>
</body></html>"""
    assert [(b.kind, b.text) for b in read(page.encode())] == [
        (BlockKind.HEADING, "Referat fra møte i styringsgruppen"),
        (BlockKind.PARAGRAPH, "Tid: 11. mars 2025"),
        (BlockKind.PARAGRAPH, "Vedtak: Godkjent.")]
    assert read(b'<div role="heading">Sak 4/25 Budsjett</div><p>Ingen merknader.</p>')[0] \
        .level == 2  # (ARIA's level when none is given)


SHAREPOINT_PAGE = (
    '<div id="SuiteNavWrapper"><div class="o365sx-appName">SharePoint</div></div>'
    '<div data-automationid="SiteHeader"><span data-automationid="SiteHeaderTitle">'
    "{site}</span></div>"
    '<div data-automation-id="pageHeader"><h1>Referat 14. mai 2025</h1></div>'
    '<div class="cke_editable"><p>Stad: Teams</p><h2>Sak 1 Oversiktsarbeid</h2></div>')


def test_a_sharepoint_pages_site_name_is_handed_on_apart_from_the_text():
    # the site header is chrome, no line of the minutes; its name is the body when the
    # text names none (the extractor's choice)
    blocks = read(SHAREPOINT_PAGE.format(site="Faggruppe folkehelse – Agder").encode())
    assert [b.text for b in blocks] == ["Referat 14. mai 2025", "Stad: Teams",
                                        "Sak 1 Oversiktsarbeid"]
    assert blocks.site == "Faggruppe folkehelse – Agder"
    record = parse_bytes(SHAREPOINT_PAGE.format(site="Faggruppe folkehelse – Agder").encode(),
                         "referat.html")
    assert record.body == "Faggruppe folkehelse – Agder"


def test_a_kommunes_site_name_is_the_issuer_and_no_body():
    blocks = read(SHAREPOINT_PAGE.format(site="Nordby kommune").encode())
    assert getattr(blocks, "site", None) is None


def test_a_classic_sharepoint_title_row_keeps_the_page_name_and_hands_on_the_site():
    # "Barnevernsnettverket Vest › Referat 2025-02-11": the site's link is no word of the
    # page's title; the suite bar of Microsoft 365's apps is chrome
    page = ('<div id="suiteBarDelta"><div id="suiteBar"><span>SharePoint</span>'
            '<div id="suiteLinksBox"><a href="#">OneDrive</a><a href="#">Områder</a></div>'
            '</div></div><h1 id="pageTitle"><span id="DeltaPlaceHolderPageTitleInTitleArea">'
            '<span><a href="/sites/bv">Barnevernsnettverket Vest</a><span> </span>'
            "<span>Referat 2025-02-11</span></span></span></h1>"
            "<div><p>Dato: 11.02.2025</p></div>")
    blocks = read(page.encode())
    assert [b.text for b in blocks] == ["Referat 2025-02-11", "Dato: 11.02.2025"]
    assert blocks.site == "Barnevernsnettverket Vest"


def test_the_text_names_the_body_before_the_site_does():
    page = SHAREPOINT_PAGE.format(site="Kontrollutvalget Vestby").replace(
        "Referat 14. mai 2025", "Referat frå møte i styringsgruppa for folkehelse")
    assert parse_bytes(page.encode(), "referat.html").body == "Styringsgruppa for folkehelse"


@pytest.mark.parametrize(("site", "furniture"), [
    ("Vestdal og Lia regionråd", ["Vestdal og Lia regionråd"]),  # two regions joined by "og"
    ("Regionrådet for Hadeland", ["Regionrådet for Hadeland"]),  # the council's word first
    ("Nordby kommune", []),  # a kommune's site: the issuer, no council
])
def test_the_page_titles_council_after_its_separator_is_handed_on_as_furniture(site, furniture):
    # "Referat … | Vestdal og Lia regionråd": the site the network's minutes were published
    # on, its banner left out as chrome; the extractor reads the council as the parent
    page = (f"<html><head><title>Referat skolenettverket | {site}</title></head><body>"
            "<header><p>Menu</p></header><main><h1>Referat fra skolenettverket 3. mars 2025</h1>"
            "<p>Til stede: Kari Holm (Lia), Per Moe (Ås)</p><h2>1. Referat</h2>"
            "<p>Godkjent.</p></main></body></html>")
    assert list(getattr(read(page.encode()), "furniture", [])) == furniture
    record = parse_bytes(page.encode(), "referat.html")
    assert record.organization == (furniture[0] if furniture else None)


def test_a_themes_fields_in_spans_side_by_side_are_set_apart() -> None:
    # a member card's name, place and role in spans with nothing between them (the
    # style sheet lays them out apart) read as "Name – place – role"; a word a style
    # splits between spans, or a span after a space (also &nbsp;), runs on as written
    page = ('<html><body><div class="medlem"><span class="navn">Kari Holm</span>'
            '<span class="kommune">Moen</span><span>Leder</span></div>'
            '<p><span>Mø</span><span>tet ble holdt i </span><span>Moen.</span></p>'
            '<p><b><span>Konklusjon</span></b><span>&nbsp;Saken utsettes.</span></p>'
            '</body></html>').encode()
    assert [b.text for b in read(page)] == [
        "Kari Holm – Moen – Leder", "Møtet ble holdt i Moen.", "Konklusjon Saken utsettes."]


def test_a_blog_themes_category_links_over_the_title_are_no_text():
    # twentytwenty's "entry-categories" and other themes' "cat-links" over the post's <h1>:
    # "Referater" would read as the page's title; the post itself, classed
    # "category-referater" by WordPress, stays
    page = ("<article class=\"post category-referater\"><header class=\"entry-header\">"
            "<div class=\"entry-categories\"><a href=\"#\" rel=\"category tag\">Referater</a>"
            "</div><span class=\"cat-links\"><a href=\"#\">Nettverk</a></span>"
            "<h1>Referat fra nettverksmøte 7. november 2024</h1></header>"
            "<p>Dagsorden ble godkjent.</p></article>")
    assert [b.text for b in read(page.encode())] == [
        "Referat fra nettverksmøte 7. november 2024", "Dagsorden ble godkjent."]


def test_a_br_in_a_table_cell_is_the_cells_line_break():
    html = ("<table><tr><th>Navn</th><th>Rolle</th></tr>"
            "<tr><td>Kari Holm<br>Solvik kommune</td><td>Leder</td></tr></table>")
    rows = [b for b in read(html.encode()) if b.kind is BlockKind.TABLE_ROW]
    assert rows[-1].cells == ("Kari Holm\nSolvik kommune", "Leder")


@pytest.mark.parametrize(("style", "level"), [
    ("MsoTitle", 1), ("MsoTitleCxSpFirst", 1), ("MsoSubtitle", 2), ("MsoHeading7", 6)])
def test_a_word_web_pages_title_and_heading_paragraphs_read_as_headings(style, level):
    # Word's "Save as web page" keeps the title, subtitle and levels past h6 as paragraphs
    # of their style's class: headings as the document shows them, not running text
    page = (f"<html><body><div class=WordSection1><p class={style}>Referat fra styremøte"
            "</p><p class=MsoNormal>Dato: 4. mars 2026</p></div></body></html>")
    assert [(b.kind, b.level, b.text) for b in read(page.encode("cp1252"))] == [
        (BlockKind.HEADING, level, "Referat fra styremøte"),
        (BlockKind.PARAGRAPH, 0, "Dato: 4. mars 2026")]


def test_a_word_web_pages_title_is_the_records_title_not_the_letterhead_over_it():
    page = ("<html><head><meta name=Generator content='Microsoft Word 15'></head><body>"
            "<div class=WordSection1><p class=MsoNormal>Vestdal regionråd</p>"
            "<p class=MsoTitle>Samarbeidsutvalget for Vestdal barnehager</p>"
            "<p class=MsoNormal>Vestdal regionråd, Postboks 12, 3840 Vestdal</p>"
            "<p class=MsoNormal>Dato: 4. mars 2026</p>"
            "<p class=MsoNormal>Til stede: Kari Holm, Per Lie</p>"
            "<p class=MsoNormal><b>Sak 1/26 Budsjett</b></p>"
            "<p class=MsoNormal>Tatt til orientering.</p></div></body></html>")
    assert parse_bytes(page.encode("cp1252"), "referat.htm").title == \
        "Samarbeidsutvalget for Vestdal barnehager"


def test_zero_width_marks_and_soft_hyphens_of_a_page_are_no_text():
    # a web editor's zero-width space before raised minutes and Word's soft hyphen
    # inside a word: the page shows "kl. 9.30" and "kompetanse"
    page = ("<html><body><h1>Referat</h1><p>Tid: kl. 9&#8203;<sup>30</sup>\u200b</p>"
            "<p>Regional plan for kompe&shy;tanse</p></body></html>").encode()
    assert [b.text for b in read(page)] == ["Referat", "Tid: kl. 9.30",
                                            "Regional plan for kompetanse"]


def test_a_tool_bar_of_buttons_apart_by_spaces_or_dashes_is_no_text():
    page = ("<h1>Møteprotokoll</h1><p>Skriv ut – Del – Last ned som PDF</p>"
            "<p>Tilbake&nbsp;&nbsp; Skriv ut&nbsp;&nbsp; Abonner</p>"
            "<p>Tilbake til saken om skolestruktur.</p>")
    assert [b.text for b in read(page.encode())] == [
        "Møteprotokoll", "Tilbake til saken om skolestruktur."]


def test_a_shared_emergency_service_named_in_the_page_title_is_the_board_s_parent():
    # the banner is chrome; the <title> after its bar names the fire cooperation whose
    # board met ("… | Vestvik brannsamarbeid")
    page = ("<html><head><title>Møtebok styremøte 2/2026 | Vestvik brannsamarbeid</title>"
            "</head><body><header><div>Vestvik brannsamarbeid</div></header><main>"
            "<h1>Møtebok – styremøte 2/2026</h1><p>Dato: 3. mars 2026</p>"
            "<h2>Sak 5/26 Godkjenning av innkalling</h2><p>Godkjent.</p></main></body></html>")
    record = parse_bytes(page.encode(), "styremote.html")
    assert (record.body, record.organization) == ("Styret", "Vestvik brannsamarbeid")


def test_an_inter_municipal_company_named_in_the_page_title_is_its_councils_parent():
    # (s68f) an archive IKS's own site publishes its fagråd's minutes: the <title> after
    # its dash names the company, as a Word page header's IKS names the issuer (the
    # banner stays chrome); a kommune's site is read apart, no parent here
    def record_of(site: str):
        page = (f"<html><head><title>Referat fagrådet 4. mars 2026 - {site}</title></head>"
                f"<body><header><a href='/'>{site}</a></header><main>"
                "<h1>Referat frå møte i fagrådet for arkiv</h1><p>Møtedato: 4. mars 2026</p>"
                "<h2>Sak 3/26 Godkjenning av innkalling</h2><p>Godkjend.</p></main></body></html>")
        return parse_bytes(page.encode(), "fagrad.html")

    assert record_of("Arkiv Nordvik IKS").organization == "Arkiv Nordvik IKS"
    assert record_of("Nordvik kommune").organization is None


@pytest.mark.parametrize(("site", "parent"), [
    ("Innkjøpssamarbeidet Nordvik", "Innkjøpssamarbeidet Nordvik"),  # (s73l)
    ("Samarbeidet", None),  # the word alone: no cooperation's name
    ("Nordvik kommune", None),  # a kommune's site is read apart
])
def test_a_named_cooperation_in_the_page_title_is_its_fagrads_parent(site, parent):
    # (s73l) a purchasing cooperation's own site publishes its fagråd's minutes: the
    # <title> after its bar names the cooperation whose specialists' council met (a
    # fagråd is one of its bodies, no council of its own)
    page = (f"<html><head><title>Referat fra fagrådet for energi | {site}</title></head>"
            f"<body><header><a href='/'>{site}</a></header><main>"
            "<h1>Referat fra fagrådet for energi 3. mars 2026</h1><p>Møtested: Teams</p>"
            "<h2>Sak 1/2026: Godkjenning av innkalling</h2><p>Godkjent.</p></main></body></html>")
    record = parse_bytes(page.encode(), "fagrad.html")
    assert (record.body, record.organization) == ("Fagrådet for energi", parent)


@pytest.mark.parametrize(("site", "parent"), [
    ("Vestkyst friluftsråd", "Vestkyst friluftsråd"),  # (s70e) the region's name first
    ("Friluftsrådet for Midtre Dal", "Friluftsrådet for Midtre Dal"),
    ("Turlaget", None),  # no cooperation's name
])
def test_an_outdoor_recreation_council_in_the_page_title_is_the_board_s_parent(site, parent):
    # (s70e) a friluftsråd's own site publishes its board's minutes: the <title> after the
    # dash names the cooperation whose board met (the banner and footer stay chrome)
    page = (f"<html><head><title>Referat fra styremøte 21. januar 2026 - {site}</title>"
            f"</head><body><header><a href='/'>{site}</a></header><main><article>"
            "<h1>Referat fra styremøte 21. januar 2026</h1><p>Til stede: Eva Strand "
            "(styreleder), Olav Heggland</p><ol><li><strong>Godkjenning av innkalling"
            "</strong><p>Godkjent.</p></li></ol></article></main></body></html>")
    record = parse_bytes(page.encode(), "styremote.html")
    assert (record.body, record.organization) == ("Styret", parent)


@pytest.mark.parametrize(("site", "parent"), [
    ("Valdresrådet", "Valdresrådet"),  # (s66l) a region's council in one word
    ("Eldrerådet", None),  # a council of a kind many places have: no region's name
])
def test_a_one_word_regional_council_in_the_page_title_is_the_network_s_parent(site, parent):
    page = (f"<html><head><title>Referat frå fagnettverket | {site}</title></head><body>"
            f"<header><div>{site}</div></header><main><h1>Referat frå fagnettverket</h1>"
            "<p>Dato: 3. mars 2026</p><h2>Sak 1 Godkjenning av innkalling</h2>"
            "<p>Godkjend.</p></main></body></html>")
    record = parse_bytes(page.encode(), "referat.html")
    assert record.organization == parent


@pytest.mark.parametrize(("title", "parent"), [
    # (s72b) a destination company's own site publishes its partners' meeting: the
    # <title> names it after the bar, its words on itself after a dash left aside
    ("Referat fra partnermøtet | Visit Fjordholmen – for partnere", "Visit Fjordholmen"),
    ("Referat fra partnermøtet - Reisemål Indre Dal", "Reisemål Indre Dal"),
    ("Referat fra partnermøtet | Nyheter – for partnere", None),  # no destination's name
])
def test_a_destination_in_the_page_title_is_its_partners_meetings_parent(title, parent):
    page = (f"<html><head><title>{title}</title></head><body><header><a class='logo'>"
            "Fjordholmen</a></header><main><h1>Referat fra partnermøtet 4. mars</h1>"
            "<p>Tid og sted: 4. mars 2026 kl. 10.00–13.00, Kaikanten hotell</p>"
            "<h2>1. Sommersesongen</h2><p>Bookingen er høyere enn i fjor.</p></main>"
            "</body></html>")
    record = parse_bytes(page.encode(), "partnermote.html")
    assert (record.body, record.organization) == ("Partnermøtet", parent)


def test_a_link_s_words_for_screen_readers_alone_are_not_text():
    # (s70m) "– åpnes i nytt vindu" in a visually hidden span inside a link says how the
    # link opens, which no reader of the page sees; such a span outside a link labels
    # what an icon shows and stays
    page = """<html><body><h1>Referat fra styremøte</h1>
    <p>Planen ble lagt fram. <a href="/plan.pdf">Handlingsplan (PDF)<span
    class="visually-hidden"> – åpnes i nytt vindu</span></a></p>
    <p><a href="/kart"><span class="sr-only">Kart:</span></a> Rådhuset</p>
    <p><span class="screen-reader-text">Dato:</span> 3. mai</p></body></html>"""
    assert [b.text for b in read(page.encode())] == [
        "Referat fra styremøte", "Planen ble lagt fram. Handlingsplan (PDF)",
        "Kart: Rådhuset", "Dato: 3. mai"]


def test_a_confluence_export_s_title_is_the_page_s_without_its_space():
    """A Confluence export heads the page "Space : Page title" (span#title-text): the
    space is the wiki's, as its breadcrumb is; the title is the page's own."""
    page = ('<html><body><div id="main-header"><ol id="breadcrumbs"><li><a href="index.html">'
            'Sogn regionråd</a></li></ol><h1 id="title-heading" class="pagetitle">'
            '<span id="title-text">\n   Sogn regionråd : 2026-04-14 Referat frå møte\n   '
            '</span></h1></div><div id="main-content"><p>Dato: 14.04.2026</p></div>'
            '</body></html>')
    blocks = read(page.encode())
    assert (blocks[0].kind, blocks[0].text) == (BlockKind.HEADING, "2026-04-14 Referat frå møte")


def _portal_page(sidebar: str) -> bytes:
    # (s71l) a municipality's meeting portal: the minutes in <main>, a sidebar beside them
    return ("<!DOCTYPE html><html lang='nb'><head><meta charset='utf-8'></head><body>"
            "<header><a href='/'>Nordvik kommune</a></header><main>"
            "<h1>Nordvik regionråd 05.02.2026</h1>"
            "<table><tr><th>Utvalg</th><td>Nordvik regionråd</td></tr>"
            "<tr><th>Møtedato</th><td>05.02.2026</td></tr></table>"
            "<h4>PS 3/26 Eventuelt</h4><p>Ingen saker.</p>"
            + "<p>" + "Ordinær tekst i protokollen. " * 12 + "</p>"
            "</main>" + sidebar + "<footer><p>Postboks 1</p></footer></body></html>").encode()


def test_a_sidebar_box_with_the_next_meeting_is_kept_alone():
    # the box headed "Neste møte …" tells this body's next meeting: kept after the text;
    # the sidebar's other boxes are the site's and stay out
    sidebar = ("<aside class='sidebar'><div class='box'><h2>Kontakt</h2>"
               "<p>Sekretariatet, tlf. 22 00 00 00</p></div>"
               "<div class='box'><h2>Neste møte i utvalget</h2>"
               "<p>19.03.2026 kl. 10:00, Nordvik rådhus</p></div></aside>")
    texts = [b.text for b in read(_portal_page(sidebar))]
    assert texts[-2:] == ["Neste møte i utvalget", "19.03.2026 kl. 10:00, Nordvik rådhus"]
    assert not any("Sekretariatet" in text for text in texts)
    record = parse_bytes(_portal_page(sidebar), "side.html")
    assert (record.next_meeting.date, record.next_meeting.start,
            record.next_meeting.location) == ("2026-03-19", "10:00", "Nordvik rådhus")
    assert record.items[-1].text.startswith("Ingen saker.")
    assert "Neste møte" not in record.items[-1].text


def test_a_sidebar_without_a_next_meeting_stays_out():
    sidebar = ("<aside><h2>Kommende møter i kommunen</h2><p>Formannskapet 12.03.2026</p>"
               "<h2>Kontakt</h2><p>Sekretariatet</p></aside>")
    texts = [b.text for b in read(_portal_page(sidebar))]
    assert not any("Formannskapet" in text or "Kontakt" in text for text in texts)


def test_a_next_meeting_box_in_a_sidebar_div_is_kept_once():
    # a theme's sidebar by its class, no <aside>: the box kept, once
    sidebar = ("<div class='sidebar'><h3>Neste møte</h3>"
               "<p>19.03.2026 kl. 10:00, Nordvik rådhus</p></div>")
    texts = [b.text for b in read(_portal_page(sidebar))]
    assert texts.count("Neste møte") == 1 and texts[-1] == "19.03.2026 kl. 10:00, Nordvik rådhus"


def test_a_publication_stamp_in_a_newsletters_footer_paragraph_stays():
    # (s74g) '<p class="footer">Publisert 28.10.2025 · Meld deg av</p>': the theme's footer,
    # but the stamp gives the page its date; the rest of the footer is still dropped
    page = ("<html><body><h1>Dette skjedde på samlinga</h1><p>Tekst om samlinga.</p>"
            "<p class='footer'>Publisert 28.10.2025 · <a href='/avmeld'>Meld deg av</a></p>"
            "<p class='footer'>Nettverket · Storgata 4</p></body></html>")
    texts = [block.text for block in read(page.encode())]
    assert texts == ["Dette skjedde på samlinga", "Tekst om samlinga.",
                     "Publisert 28.10.2025 · Meld deg av"]

@pytest.mark.parametrize(("word", "named"), [("Innkjøpssamarbeidet", True),
                                             ("Veterinærvaktsamarbeidet", True),
                                             ("Samarbeidet", False),  # the noun alone
                                             ("innkjøpssamarbeidet", False),  # in a sentence
                                             ("Innkjøpssamarbeid", False)])
def test_a_cooperation_named_by_its_compound_is_one_test_for_reader_and_extractor(word, named):
    # (s74i) a saved page's <title> and a letterhead over the minutes' title ask the same
    assert names_cooperation_word(word) is named


def test_a_crisis_centre_named_in_the_page_title_is_the_board_s_parent():
    # (s78b) the banner is chrome; the <title> after its dash names the centre whose
    # board met
    page = ("<html><head><title>Protokoll styremøte 5/2027 – Overgrepssenteret Søndre Dal"
            "</title></head><body><header><div>Overgrepssenteret Søndre Dal</div></header>"
            "<main><h1>Protokoll fra styremøte 5/2027</h1><p>Møtedato: 21. oktober 2027</p>"
            "<h2>Sak 24/27 Godkjenning av innkalling</h2><p>Godkjent.</p></main></body></html>")
    record = parse_bytes(page.encode(), "styremote.html")
    assert (record.body, record.organization) == ("Styret", "Overgrepssenteret Søndre Dal")


@pytest.mark.parametrize(("page", "gate"), [
    ("<html><head><title>Referat | Krisesenteret i Vesterdal</title></head>", True),
    ("<html><head><title>Protokoll – Nordvik krisesenter</title></head>", True),
    ("<title>Møte – Senter mot incest og seksuelle overgrep Nordfjell</title>", True),
    # "senter" inside a word, or the centre named only below the title: no centre's name
    # for the title to give
    ("<html><head><title>Referat</title></head><body>Kari presenterte planen</body>", False),
    ("<html><head><title>Møte i Sentervegen 3</title></head>", False),
    ("<html><head><title>Referat</title></head><body>Krisesenteret i Dal</body>", False),
    ("<title>Referat – Krisesenteret i Dal</title><body>Ola presenterte</body>", True),
])
def test_the_centre_gate_is_a_word_in_the_title(page, gate):
    # (s79h) the gate before the <title>'s crisis centre is "senter" ending a word up to
    # the title's end, not a substring of "presenterte" anywhere on the page
    from motebok.read.html import _centre_word_in_title

    assert _centre_word_in_title(page) is gate


def test_a_support_centre_named_with_its_capital_in_the_title_is_the_board_s_parent():
    # (s79h) "Senter mot incest …" starts with its capital and the page says "senter"
    # nowhere else: the gate still lets the <title> be read
    page = ("<html><head><title>Protokoll styremøte 3/2027 – Senter mot incest og seksuelle "
            "overgrep Nordfjell</title></head><body><main><h1>Protokoll fra styremøte "
            "3/2027</h1><p>Møtedato: 21. oktober 2027</p><h2>Sak 24/27 Godkjenning av "
            "innkalling</h2><p>Godkjent.</p></main></body></html>")
    record = parse_bytes(page.encode(), "styremote.html")
    assert (record.body, record.organization) == (
        "Styret", "Senter mot incest og seksuelle overgrep Nordfjell")


@pytest.mark.parametrize(("page", "gate"), [
    # the tag in capitals, in title case, or with attributes: its end still ends the search
    ("<HTML><HEAD><TITLE>Referat | Krisesenteret i Vesterdal</TITLE></HEAD>", True),
    ("<HTML><HEAD><TITLE>Referat</TITLE></HEAD><BODY>Krisesenteret i Dal</BODY>", False),
    ("<html><head><Title>Referat</Title></head><body>Kari presenterte</body>", False),
    ('<html><head><title lang="nb">Protokoll – Nordvik krisesenter</title></head>', True),
    # an entity right after the word ends it as a space does
    ("<title>Referat | Krisesenteret&nbsp;i Vesterdal</title>", True),
    # a word in capitals: no name ``names_crisis_centre`` reads
    ("<title>REFERAT | KRISESENTERET I VESTERDAL</title>", False),
    # no <title> at all: the page is searched whole, and the title read finds none
    ("<html><body><h1>Krisesenteret i Dal</h1></body></html>", True),
    ("<html><body><h1>Referat</h1><p>Ola presenterte</p></body></html>", False),
    # the word's genitive or a longer compound is no name alone
    ("<title>Referat | Krisesenterets styre</title>", False),
])
def test_the_centre_gate_reads_the_title_tag_in_any_case(page, gate):
    # (s79m) HTML's tags know no case: "</TITLE>" and "</Title>" end the title as
    # "</title>" does, and a page without a title is searched whole
    from motebok.read.html import _centre_word_in_title

    assert _centre_word_in_title(page) is gate


@pytest.mark.parametrize(("title", "organization"), [
    ('<TITLE LANG="nb">Protokoll styremøte | Krisesenteret i Vesterdal</TITLE>',
     "Krisesenteret i Vesterdal"),
    ("<title>Protokoll styremøte | Krisesenteret&nbsp;i Vesterdal</title>",
     "Krisesenteret i Vesterdal"),
    # in capitals the <title> names no centre the reader reads: the board has no parent
    ("<title>Protokoll styremøte | KRISESENTERET I VESTERDAL</title>", None),
    ("", None),  # no <title>: nothing read from one
])
def test_a_crisis_centre_in_the_title_tag_whatever_its_case(title, organization):
    # (s79m) the gate and the title read agree: an upper-case tag, attributes and an
    # entity still give the centre; a name in capitals or no title give none
    page = (f"<html><head>{title}</head><body><main><h1>Protokoll fra styremøte 3/2027"
            "</h1><p>Møtedato: 21. oktober 2027</p><h2>Sak 24/27 Godkjenning av "
            "innkalling</h2><p>Godkjent.</p></main></body></html>")
    record = parse_bytes(page.encode(), "styremote.html")
    assert (record.body, record.organization) == ("Styret", organization)
