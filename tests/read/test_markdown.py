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
