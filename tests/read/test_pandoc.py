"""pandoc's Markdown of a Word file (grid and dashed tables, escapes, spans, hard line
breaks) read as the plain lines a reader sees, in .txt and .md alike."""

from __future__ import annotations

from motebok.read import markdown, text
from motebok.read.pandoc import without_pandoc_markup

GRID = """\
+-----------------+-----------------+-------------------+
| **Navn**        | **Kommune**     | **Rolle**         |
+=================+=================+===================+
| Åse Lindtveit   | Seljord         | Leder             |
+-----------------+-----------------+-------------------+
| Ingrid Sandvik  | Tokke kommune,  | Medlem            |
|                 | plan og miljø   |                   |
|                 |                 | Til stede fra sak |
|                 |                 | 3                 |
+-----------------+-----------------+-------------------+
"""


def test_a_grid_table_becomes_a_pipe_table_with_wrapped_cells_joined():
    lines = without_pandoc_markup(GRID.splitlines())
    assert [line for line in lines if line] == [
        "| **Navn** | **Kommune** | **Rolle** |",
        "|---|---|---|",
        "| Åse Lindtveit | Seljord | Leder |",
        "| Ingrid Sandvik | Tokke kommune, plan og miljø | Medlem<br>Til stede fra sak 3 |",
    ]


def test_a_grid_table_in_a_txt_file_is_read_as_table_rows():
    blocks = text.read(GRID.encode())
    rows = [block.cells for block in blocks if block.cells]
    assert rows[1] == ("Åse Lindtveit", "Seljord", "Leder")


def test_a_multiline_table_parts_columns_by_its_dashes_even_without_a_heading():
    lines = without_pandoc_markup(
        """\
  --------------------------------------------------------
  Deltaker             Kommune
  -------------------- -------------------- --------------
  Randi Holt           Vestfold             møteleder

  Stian Kristoffersen  Larvik kommune,      kom kl. 10.15
                       helse
  --------------------------------------------------------
""".splitlines()
    )
    assert [line for line in lines if line] == [
        "| Deltaker | Kommune |  |",
        "|---|---|---|",
        "| Randi Holt | Vestfold | møteleder |",
        "| Stian Kristoffersen | Larvik kommune, helse | kom kl. 10.15 |",
    ]


def test_a_simple_table_has_one_row_a_line_and_ends_at_a_blank_line():
    lines = without_pandoc_markup(
        [
            "  Navn           Kommune",
            "  -------------- ----------",
            "  Kari Nordbø    Vinje",
            "",
            "Referent: Per Ås",
        ]
    )
    assert lines == [
        "",
        "| Navn | Kommune |",
        "|---|---|",
        "| Kari Nordbø | Vinje |",
        "",
        "",
        "Referent: Per Ås",
    ]


def test_dashes_without_a_heading_line_above_are_a_rule_not_a_table():
    lines = ["Tekst", "", "  -------- --------", "Mer tekst"]
    assert without_pandoc_markup(lines) == lines


def test_escapes_spans_images_and_hard_breaks_read_as_the_words():
    lines = without_pandoc_markup(
        [
            '![](media/image1.png){width="2in" height="0.5in"}',
            "**Tid:** kl. 10.00--14.00\\",
            "## 1\\. Godkjenning av innkalling",
            "[Vedtak:]{.underline} [Saka vart godkjend.]{.mark} Sak 3\\/25 \\[vedlegg\\]",
            "| a \\| b | c |",
        ]
    )
    assert lines == [
        "",
        "**Tid:** kl. 10.00–14.00",
        "## 1. Godkjenning av innkalling",
        "Vedtak: Saka vart godkjend. Sak 3/25 [vedlegg]",
        "| a \\| b | c |",
    ]


def test_rules_and_html_comments_keep_their_hyphens():
    assert without_pandoc_markup(["<!-- x -->", "a --> b"]) == ["<!-- x -->", "a --> b"]


def test_markdown_reads_an_escaped_number_as_a_numbered_heading():
    blocks = markdown.read(b"## 2\\. Kulturminneplanar\n\nTekst.\n")
    assert blocks[0].text == "2. Kulturminneplanar"
