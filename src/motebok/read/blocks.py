"""The intermediate form every reader yields: a flat list of text blocks.

A block is one visible unit of the document in reading order: a heading, a paragraph,
a list item (with its visible marker, "1." or "-", kept in ``text``) or a table row
(cells in ``cells``, joined by a tab in ``text``). ``text`` is always the block as it
would read in a plain-text copy of the document, so the extractor can treat every
format alike and use the structure (kind, level, bold) as extra evidence.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class BlockKind(StrEnum):
    """What a block is in the document's structure."""

    HEADING = "heading"
    PARAGRAPH = "paragraph"
    LIST_ITEM = "list_item"
    TABLE_ROW = "table_row"


@dataclass(slots=True)
class Block:
    """One heading, paragraph, list item or table row.

    - ``text``: the visible text; a list item starts with its marker ("1. ", "- "),
      a table row is its cells joined by a tab; soft line breaks are "\\n".
    - ``level``: heading level (1 = top) or list nesting depth (0 = top); else 0.
    - ``cells``: the cells of a table row, else empty.
    - ``bold``: the whole block is set in bold (a common stand-in for a heading).
    - ``gap``: a blank line or paragraph space separates it from the block before
      (plain text only knows this; structured formats always set it).
    """

    kind: BlockKind
    text: str
    level: int = 0
    cells: tuple[str, ...] = ()  # a tuple: immutable, so one shared default is safe
    bold: bool = False
    gap: bool = True


@dataclass(slots=True)
class Document:
    """What a reader returns: the blocks and the format that was read."""

    blocks: list[Block]
    format: str
