"""The Markdown reader: the text rules plus setext headings, rules and fences."""

from __future__ import annotations

from motebok.read.blocks import BlockKind
from motebok.read.markdown import read

MINUTES = """\
Referat fra styremøte
=====================

Saker
-----

**Til stede:**

| Navn | Organisasjon |
|------|--------------|
| Kari Nordmann | Åsen kommune |
| Ola \\| Nordmann | Nordby IL |

1. Godkjenning av innkalling
   a. uten merknader
2. Eventuelt
+ pluss-kule
   - under

---

```
Sak 7 i kodeblokk
```
<!-- en kommentar
over to linjer -->
## Sak 01/24 Budsjett ##
"""


def test_structure_in_order():
    blocks = read(MINUTES.encode())
    assert [(b.kind, b.text, b.level) for b in blocks] == [
        (BlockKind.HEADING, "Referat fra styremøte", 1),
        (BlockKind.HEADING, "Saker", 2),
        (BlockKind.PARAGRAPH, "**Til stede:**", 0),
        (BlockKind.TABLE_ROW, "Navn\tOrganisasjon", 0),
        (BlockKind.TABLE_ROW, "Kari Nordmann\tÅsen kommune", 0),
        (BlockKind.TABLE_ROW, "Ola | Nordmann\tNordby IL", 0),
        (BlockKind.LIST_ITEM, "1. Godkjenning av innkalling", 0),
        (BlockKind.LIST_ITEM, "a. uten merknader", 1),
        (BlockKind.LIST_ITEM, "2. Eventuelt", 0),
        (BlockKind.LIST_ITEM, "+ pluss-kule", 0),
        (BlockKind.LIST_ITEM, "- under", 1),
        (BlockKind.PARAGRAPH, "Sak 7 i kodeblokk", 0),
        (BlockKind.HEADING, "Sak 01/24 Budsjett", 2),
    ]


def test_bold_line_and_table_cells():
    blocks = read(MINUTES.encode())
    assert blocks[2].bold is True
    assert blocks[5].cells == ("Ola | Nordmann", "Nordby IL")


def test_dash_line_after_a_blank_line_is_a_rule_not_a_heading():
    blocks = read(b"Tekst\n\n---\n\nMer tekst\n")
    assert [(b.kind, b.text) for b in blocks] == [
        (BlockKind.PARAGRAPH, "Tekst"), (BlockKind.PARAGRAPH, "Mer tekst")]


FRONT_MATTER = """\
---
layout: meeting
title: "Tredje møte høsten 2024"
subheadline: "Møte i Fordelingsutvalget"
time: 16:15:00
published: true
referent: "Kari Holm"
attending:
    - Ola Dahl
    - Per Lie
not_attending:
    - Siv Moe
tags: [referat]
---

## Sak 1 Godkjenning av innkalling {#innkalling}

Godkjent.
"""


def test_front_matter_becomes_the_head_a_secretary_writes():
    blocks = read(FRONT_MATTER.encode())
    assert [(b.kind, b.text) for b in blocks[:9]] == [
        (BlockKind.HEADING, "Tredje møte høsten 2024"),
        (BlockKind.PARAGRAPH, "Møte i Fordelingsutvalget"),
        (BlockKind.PARAGRAPH, "Tid: 16:15:00"), (BlockKind.PARAGRAPH, "Referent: Kari Holm"),
        (BlockKind.PARAGRAPH, "Til stede:"), (BlockKind.LIST_ITEM, "- Ola Dahl"),
        (BlockKind.LIST_ITEM, "- Per Lie"), (BlockKind.PARAGRAPH, "Forfall:"),
        (BlockKind.LIST_ITEM, "- Siv Moe")]


def test_front_matter_in_a_text_file_gives_the_same_record():
    from motebok.parse import parse_bytes
    from motebok.vocab import Attendance, ParticipantRole
    for name in ("referat.md", "referat.txt"):
        record = parse_bytes(FRONT_MATTER.encode(), name)
        assert record.meeting.start == "16:15"
        assert [(p.name, p.role, p.attendance) for p in record.participants] == [
            ("Kari Holm", ParticipantRole.SECRETARY, Attendance.PRESENT),
            ("Ola Dahl", ParticipantRole.MEMBER, Attendance.PRESENT),
            ("Per Lie", ParticipantRole.MEMBER, Attendance.PRESENT),
            ("Siv Moe", ParticipantRole.MEMBER, Attendance.ABSENT)]
        assert [(i.number, i.title) for i in record.items] == [
            ("1", "Godkjenning av innkalling")]


def test_a_student_boards_wiki_minutes_with_numbers_running_on_from_earlier_meetings():
    from motebok.parse import parse_bytes
    text = ("---\ntitle: 'Hovedstyrets oktobermøte'\ndate: '2015-10-06'\n---\n\n"
            "**Møtetidspunkt:** 11.15 (rom 054)\n\n**Referering:**  Nils\n\n"
            "**Tilstede:** Pia, THB, Ingrid, Marius, Kristian, Nils\n\n**Mangler:** Ola og Siri\n\n"
            "## 100 Godkjenning av innkalling\nGodkjent\n\n## 101 Status for komiteene\n\n"
            "* Teambuilding til helgen\n\n## 103 Retningslinjer\n\n* Vi tar vedtak neste uke\n")
    record = parse_bytes(text.encode(), "2015-10-06.md")
    assert (record.body, record.meeting.date, record.meeting.start, record.meeting.location) \
        == ("Hovedstyret", "2015-10-06", "11:15", "rom 054")
    assert [i.number for i in record.items] == ["100", "101", "103"]
    assert [(p.name, p.role, p.attendance) for p in record.participants] == [
        ("Nils", "secretary", "present"), ("Pia", "member", "present"),
        ("THB", "member", "present"), ("Ingrid", "member", "present"),
        ("Marius", "member", "present"), ("Kristian", "member", "present"),
        ("Ola", "member", "absent"), ("Siri", "member", "absent")]


def test_front_matter_in_norwegian_and_the_day_in_the_title():
    """"tittel:" and "dato:" as a Norwegian site writes them; the title names the
    meeting's day, so "dato:" (another day) is the document's."""
    from motebok.parse import parse_bytes
    text = ("---\ntittel: Styremøte 29. januar 2024\ndato: 2024-10-02\n---\n"
            "**Tid:** kl. 19.00–20.30\n**Til stede:** Ole Berget, Kjetil Sand\n\n"
            "### 1. Godkjenning av referat\n\n*Ansvarlig: Styret · Status: Åpen*\n\n"
            "Godkjent\n\n### 2. Parkering\n\nSaken følges opp.\n")
    record = parse_bytes(text.encode(), "styremote.md")
    assert record.title == "Styremøte 29. januar 2024"
    assert (record.meeting.date, record.document_date) == ("2024-01-29", "2024-10-02")
    assert record.items[0].decisions == ["Godkjent"]
    assert [a.responsible for a in record.items[0].actions] == ["Styret"]  # not "Styret · …"


def test_a_footnotes_text_and_a_backslash_line_break_are_no_text_of_the_last_section():
    text = ("## Sak 2 Vårdugnad\n\nStyret drøftet datoen[^1].\\\nVårdugnaden blir 27. april.\n\n"
            "## Eventuelt\n\nIngen saker.\n\n[^1]: Forslag fra medlemsmøtet.\n")
    assert [b.text for b in read(text.encode())] == [
        "Sak 2 Vårdugnad", "Styret drøftet datoen[^1].", "Vårdugnaden blir 27. april.",
        "Eventuelt", "Ingen saker."]


def test_a_posts_date_in_the_front_matter_when_the_text_gives_the_meetings_day():
    """The text's own "Dato" is the meeting's day; the front matter's is the post's."""
    from motebok.parse import parse_bytes
    text = ("---\ntitle: Referat fra faggruppe for kultur\ndate: 2024-09-20\n---\n\n"
            "| | |\n|---|---|\n| **Dato** | 12.09.2024 |\n| **Sted** | Teams |\n\n"
            "**Til stede:** Kari Holm, Ola Berg\n\n## Sak 10/24 Kulturmidler\n\nGodkjent.\n")
    record = parse_bytes(text.encode(), "kultur.md")
    assert (record.meeting.date, record.document_date) == ("2024-09-12", "2024-09-20")
    alone = text.replace("| **Dato** | 12.09.2024 |\n", "")
    record = parse_bytes(alone.encode(), "kultur.md")
    assert (record.meeting.date, record.document_date) == ("2024-09-20", None)


def test_a_callouts_type_is_no_text_and_its_title_stays():
    """Obsidian and GitHub draw "> [!note]" as a box: the marker says how, not what."""
    text = ("# Styremøte\n\n> [!info]- Møteinfo\n> **Dato:** 29. april 2024\n\n"
            "## Sak 3 Dugnad\n\n> [!NOTE]\n> Dugnaden blir 25. mai.\n\n"
            "Se [!viktig] i teksten.\n")
    assert [b.text for b in read(text.encode())] == [
        "Styremøte", "Møteinfo", "**Dato:** 29. april 2024", "Sak 3 Dugnad",
        "Dugnaden blir 25. mai.", "Se [!viktig] i teksten."]


def test_a_note_apps_page_stamps_are_no_time_of_the_meeting():
    """Notion's "Created:" and "Last edited time:" say when the page was written."""
    from motebok.parse import parse_bytes
    text = ("# Styremøte mars\n\nCreated: 12. mars 2024 20:14\nDato: 12. mars 2024\n"
            "Deltakere: @Kari Holm @Per Dahl\nLast edited time: 14. mars 2024 09:02\n"
            "Opprettet av: Kari Holm\n\n## 1. Budsjett\n\nBudsjettet ble godkjent.\n")
    assert [b.text for b in read(text.encode())][:3] == [
        "Styremøte mars", "Dato: 12. mars 2024", "Deltakere: @Kari Holm @Per Dahl"]
    record = parse_bytes(text.encode(), "styremote.md")
    assert (record.meeting.date, record.meeting.start, record.document_date) == (
        "2024-03-12", None, None)


def test_line_ends_converted_twice_are_one_line_end_as_in_a_text_file():
    text = "Referat\n=======\n\nTil stede: Kari Holm,\nPer Lie\n\n| Navn | Rolle |\n|---|---|\n"
    twice = text.replace("\n", "\r\r\n").encode()
    assert [(b.kind, b.text, b.gap) for b in read(twice)] == [
        (b.kind, b.text, b.gap) for b in read(text.encode())]


def test_a_front_matter_list_written_on_its_fields_line_gives_the_names():
    # YAML's flow form "[a, 'b']" holds the same names as "- a" lines under the field
    text = ('---\ntitle: "Referat: styremøte"\nattending: [Kari Holm, \'Per Lie\']\n'
            'absent: ["Ola Dahl"]\ntags: [styret, 2024]\n---\n\nTekst\n')
    assert [b.text for b in read(text.encode())] == [
        "Referat: styremøte", "Til stede: Kari Holm, Per Lie", "Forfall: Ola Dahl", "Tekst"]


def test_underscore_bold_reads_as_star_bold():
    from motebok.parse import parse_bytes

    text = ("# Referat fra styremøte i Lia vel\n\nDato: 3. april 2025\n\n"
            "Til stede: Kari Holm (leder), Per Dahl, Eva Li\n\n## Sak 1/25 Dugnad\n\n"
            "- Rydding: __Per Dahl__, Eva Li\n- Grilling: __Kari Holm__\n\n"
            "De i uthevet skrift følger opp innen 1. mai.\n\n__Vedtak__ Dugnaden blir 10. mai.\n")
    records = [parse_bytes(source.encode(), "referat.md").to_dict()
               for source in (text, text.replace("__", "**"))]
    for record in records:
        record.pop("source")
    assert records[0] == records[1]
    item = records[0]["items"][0]
    assert item["decisions"] == ["Dugnaden blir 10. mai."]
    assert [a["responsible"] for a in item["actions"]] == ["Per Dahl, Kari Holm"]


def test_a_br_in_a_table_cell_breaks_the_cells_line():
    # Markdown has no other way to write two lines in one cell: they stay two lines, as
    # a Word cell's paragraphs do, not one run-on sentence
    from motebok.read.text import split_md_row
    assert split_md_row("| 2 | Tilbud ble lagt fram<br>Styret går for tilbud B. | |") == (
        "2", "Tilbud ble lagt fram\nStyret går for tilbud B.", "")
    assert split_md_row("| Kari Holm <BR/> Per Dahl |") == ("Kari Holm\nPer Dahl",)


def test_front_matter_title_gives_way_to_the_texts_own_top_heading() -> None:
    # a note app's "title:" is the name it lists the page by; a "# …" heading first in
    # the text is the document's own title, and the front matter's is no second heading
    # (without one, "title:" stays the page's heading)
    page = ("---\ntitle: Styremøte 2/2026\ndate: 2026-03-18\n---\n\n"
            "# Styremøte 2/2026 – Nordby Vel\n\nTekst.\n").encode()
    assert [b.text for b in read(page) if b.kind is BlockKind.HEADING] == [
        "Styremøte 2/2026 – Nordby Vel"]
    bare = "---\ntitle: Styremøte 2/2026\n---\n\nTekst.\n".encode()
    assert [b.text for b in read(bare) if b.kind is BlockKind.HEADING] == ["Styremøte 2/2026"]


def test_an_html_table_in_markdown_reads_as_the_pipe_table_it_stands_for() -> None:
    # Markdown allows raw HTML, and a table with a header and several lines a row is
    # often written so (exported from a wiki, pasted from a web page): its rows are a
    # table's rows, with a cell's <br> kept as its line break; a "<table>" that is
    # never closed stays text
    from motebok.parse import parse_bytes
    head = "# Referat fra møte i Grønnli FAU\n\nDato: 17. mars 2026\n\n## Til stede\n\n"
    tail = "\nForfall: Petter Lund\n\n## Sak 14/26 Skoleball\n\nVedtak: FAU betaler DJ.\n"
    html = ('<table>\n  <thead>\n    <tr><th>Navn</th><th>Rolle</th><th>Klasse</th></tr>\n'
            '  </thead>\n  <tbody>\n    <tr><td>Marte Vold</td><td>leder</td><td>5B</td>'
            '</tr>\n    <tr><td><b>Ahmed Karimi</b></td><td>nestleder<br>kasserer</td>'
            '<td>3A &amp; 3B</td></tr>\n  </tbody>\n</table>\n')
    pipes = ("| Navn | Rolle | Klasse |\n|---|---|---|\n| Marte Vold | leder | 5B |\n"
             "| Ahmed Karimi | nestleder<br>kasserer | 3A & 3B |\n")
    blocks = read((head + html + tail).encode())
    assert [b.cells for b in blocks if b.kind is BlockKind.TABLE_ROW] == [
        ("Navn", "Rolle", "Klasse"), ("Marte Vold", "leder", "5B"),
        ("Ahmed Karimi", "nestleder\nkasserer", "3A & 3B")]
    records = [parse_bytes((head + body + tail).encode(), "referat.md").to_dict()
               for body in (html, pipes)]
    for record in records:
        record.pop("source")
    assert records[0] == records[1]
    assert "<table>" in " ".join(b.text for b in read(b"Tekst\n<table>\nmer tekst\n"))


def test_a_saved_web_page_loses_its_menus_and_breadcrumb_above_the_heading():
    # links alone (a skip link, a menu, a numbered breadcrumb with the page's own name as
    # its last crumb, a crumb line "Heim › Møte › …") are no words of the minutes; the text
    # with a link in it (the cookie notice) and everything under "# …" stay
    page = ("[Gå til hovudinnhald](#innhald)\n\n"
            "Denne nettstaden nyttar informasjonskapslar. [Les meir](/personvern)\n\n"
            "* [Om oss](/om)\n* [Politikk](/politikk)\n\n"
            "1. [Forside](/)\n2. [Møter](/moter)\n3. Referat 7. juni 2024\n\n"
            "[Heim](/) › [Møte](/mote) › Møtereferat 4. oktober 2024\n\n"
            "# Referat fra møte i regionrådet\n\n"
            "* [Vedlegg: budsjett](/budsjett.pdf)\n")
    texts = [block.text for block in read(page.encode())]
    assert texts == ["Denne nettstaden nyttar informasjonskapslar. [Les meir](/personvern)",
                     "Referat fra møte i regionrådet", "* [Vedlegg: budsjett](/budsjett.pdf)"]


def test_links_in_a_document_without_a_top_heading_stay():
    page = "[Forside](/)\n\nReferat fra styremøte\n\n1. [Budsjett](/budsjett)\n"
    assert len(read(page.encode())) == 3


def test_front_matter_fields_named_as_the_heads_labels():
    """"organ:", "møtestad:" and "skrivar:" in a secretary's own template: the body that
    met with its parent, the place and who wrote, as the head's labels give them."""
    from motebok.parse import parse_bytes
    text = ("---\norgan: Styret i Hallingdal renovasjon IKS\nmøtedato: 2025-09-23\n"
            "møtestad: Ål kulturhus\nskrivar: Kjersti Ødegård\n---\n\n"
            "# Referat styremøte\n\n## Sak 18/25 Budsjett\n\nVedtatt.\n")
    record = parse_bytes(text.encode(), "styremote.md")
    assert (record.body, record.organization) == ("Styret", "Hallingdal renovasjon IKS")
    assert (record.meeting.date, record.meeting.location) == ("2025-09-23", "Ål kulturhus")
    assert [(p.name, p.role) for p in record.participants] == [("Kjersti Ødegård", "secretary")]


def test_a_heading_with_a_bar_is_a_heading_and_a_row_with_a_number_column_a_row():
    # a web page's title parts its words with a bar ("Referat styremøte | Lia vel"); a
    # table whose first column is headed "#" is still a table
    blocks = read("# Referat styremøte | Lia vel\n\n# | Sak | Ansvar\n".encode())
    assert [(b.kind, b.text) for b in blocks] == [
        (BlockKind.HEADING, "Referat styremøte | Lia vel"),
        (BlockKind.TABLE_ROW, "#\tSak\tAnsvar")]


def test_hugos_toml_front_matter_becomes_the_head_as_yaml_does():
    """Hugo writes its front matter in TOML between "+++" lines: "key = value", an array
    over several lines; a table ("[params]") holds the site's settings. Its fields give
    the head as YAML's do, the post's timestamp without its clock."""
    text = ('+++\ntitle = "Referat fra styremøte i Lia vel"\ndate = 2025-03-12T19:00:00+01:00\n'
            'draft = false\nattending = [\n  "Kari Holm", "Per Lie",\n  "Ida Rø",\n]\n'
            'absent = ["Siv Moe"]\n[params]\n  referent = "Nettredaktør"\n+++\n\n'
            "## Sak 1/25 Budsjett\n\nVedtak: Godkjent.\n")
    assert [(b.kind, b.text) for b in read(text.encode())] == [
        (BlockKind.HEADING, "Referat fra styremøte i Lia vel"),
        (BlockKind.PARAGRAPH, "Dato: 2025-03-12"), (BlockKind.PARAGRAPH, "Til stede:"),
        (BlockKind.LIST_ITEM, "- Kari Holm"), (BlockKind.LIST_ITEM, "- Per Lie"),
        (BlockKind.LIST_ITEM, "- Ida Rø"), (BlockKind.PARAGRAPH, "Forfall: Siv Moe"),
        (BlockKind.HEADING, "Sak 1/25 Budsjett"), (BlockKind.PARAGRAPH, "Vedtak: Godkjent.")]


def test_a_yaml_value_on_the_lines_under_its_field_is_one_line_of_the_head():
    # "description: >" (folded) or "|" (literal): the value is the indented lines under it
    text = ("---\ntitle: Styremøte mars\ndescription: >\n  Referat fra styremøtet\n"
            "  i Lia vel.\nauthor:\n  name: Kari Holm\nsted: Grendehuset\n---\n\n"
            "Sak 1/25 Budsjett\n")
    assert [b.text for b in read(text.encode())] == [
        "Styremøte mars", "Referat fra styremøtet i Lia vel.", "Sted: Grendehuset",
        "Sak 1/25 Budsjett"]


def test_a_text_opening_with_a_rule_is_no_front_matter():
    # "---" first and again further down, sentences between: rules around the head, whose
    # lines are the text's own ("Referat fra …" is no field to leave out)
    text = ("---\nReferat fra styremøte i Lia vel\n\nTil stede: Kari Holm, Per Lie\n\n---\n\n"
            "## Sak 1/25 Budsjett\n\nVedtak: Godkjent.\n")
    assert [b.text for b in read(text.encode())] == [
        "Referat fra styremøte i Lia vel", "Til stede: Kari Holm, Per Lie", "Sak 1/25 Budsjett",
        "Vedtak: Godkjent."]


def test_markitdown_deck_drops_speaker_notes_and_image_alt_text():
    # MarkItDown writes a slide's speaker notes under "### Notes:" and a picture as
    # "![alt](file)": neither is text the slide showed
    deck = (
        "<!-- Slide number: 1 -->\n# Status\nTiltak startet\n![Kart over fylket](Picture4.jpg)\n\n"
        "### Notes:\nHusk å vise tallene.\n\n<!-- Slide number: 2 -->\n# Veien videre\nNy søknad\n"
    )
    texts = [block.text for block in read(deck.encode())]
    assert texts == ["Status", "Tiltak startet", "Veien videre", "Ny søknad"]


def test_a_breadcrumb_of_links_above_a_setext_heading_is_dropped():
    text = ("Du er her: [Forside](/) / [Møter](/moter) / Referat 5. juni 2025\n\n"
            "Referat fra møte i regionrådet\n==============================\n")
    assert [b.text for b in read(text.encode())] == ["Referat fra møte i regionrådet"]


def test_a_converters_backslash_escapes_are_read_as_the_marks():
    # html2text writes "1\\." where a paragraph began "1.": the reader sees a numbered line
    blocks = read(b"1\\. Velkomen og godkjenning\n\nKostnad 5\\*3 kr, C:\\Users\n")
    assert [b.text for b in blocks] == ["1. Velkomen og godkjenning", "Kostnad 5*3 kr, C:\\Users"]
    assert blocks[0].kind is BlockKind.LIST_ITEM


def test_a_br_in_a_pipe_table_cell_is_the_cells_line_break():
    text = "| Navn | Rolle |\n|---|---|\n| Kari Holm<br>Solvik kommune | Leder |\n"
    rows = [b for b in read(text.encode()) if b.kind is BlockKind.TABLE_ROW]
    assert rows[-1].cells == ("Kari Holm\nSolvik kommune", "Leder")


def test_a_wiki_s_status_icons_are_no_words_of_the_line():
    """A Confluence page exported to Markdown keeps its status icons as markup: "(/)" a
    tick, "(x)" a cross, "(!)" a warning, first on a line, in a list or in a cell; inside
    a sentence "(!)" is the writer's own."""
    text = ("# Referat\n\n| Status | (/) Ferdig |\n|---|---|\n\n"
            "(/) Innkallinga vart godkjend.\n\n- (!) Malen er ikkje ferdig.\n\n"
            "Det kom over 50 (!) søknader.\n")
    texts = [block.text for block in read(text.encode())]
    assert "Status\tFerdig" in texts
    assert "Innkallinga vart godkjend." in texts
    assert "- Malen er ikkje ferdig." in texts
    assert "Det kom over 50 (!) søknader." in texts


def test_a_handouts_speaker_notes_are_no_words_of_the_slides():
    # (s74g) a deck's handout with "> **Talarnotat:** …" under each slide: what the
    # presenter meant to say, which the audience never saw (as MarkItDown's "### Notes:")
    text = ("## Lysbilete 3\n\n**Sentrumsplanar**\n\n- Handelen flyttar ut av sentrum\n\n"
            "> **Talarnotat:** Vis bileta frå torget.\n> Ola sender lenkja etterpå.\n\n"
            "## Lysbilete 4\n\nSpeaker notes: Ask the others.\n\n**Vegen vidare**\n")
    texts = [block.text for block in read(text.encode())]
    assert texts == ["Lysbilete 3", "**Sentrumsplanar**", "- Handelen flyttar ut av sentrum",
                     "Lysbilete 4", "**Vegen vidare**"]


def test_a_handouts_speaker_notes_in_capitals_are_no_words_of_the_slides():
    # (s74j) the label in capitals, as the pattern reads it in either case: the gate
    # before the pattern asks for the stem in capitals too
    text = ("## Lysbilete 3\n\n**Sentrumsplanar**\n\n- Handelen flyttar ut av sentrum\n\n"
            "TALARNOTAT: Vis bileta frå torget.\n\n## Lysbilete 4\n\n**Vegen vidare**\n")
    texts = [block.text for block in read(text.encode())]
    assert texts == ["Lysbilete 3", "**Sentrumsplanar**", "- Handelen flyttar ut av sentrum",
                     "Lysbilete 4", "**Vegen vidare**"]
