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


def tighten_typed_paragraphs(blocks: list[Block], after_blank: list[bool], blanks: int) -> None:
    """Paragraphs typed line by line get ``gap`` as in plain text.

    Word and Writer set every paragraph apart (``gap``), which is right when the style
    spaces paragraphs. But many minutes are typed like a typewriter page: one paragraph
    per line and an empty paragraph for a blank line ("SAK 5/23" / "Godkjenning av
    protokoll", "REFERAT" / "fra møte i …"). When a document has empty paragraphs often
    enough to be spaced that way, a paragraph or list item right after another block is
    tight, as the next line of a text file is. ``after_blank[i]`` says whether an empty
    paragraph (or the start, or a table) came before ``blocks[i]``.
    """
    typed = sum(1 for block in blocks if block.kind in _TYPED_KINDS)
    if blanks < _TYPED_BLANKS or blanks * _TYPED_SHARE < typed:
        return
    for block, blank in zip(blocks, after_blank, strict=True):
        if block.kind in _TYPED_KINDS:
            block.gap = blank


# At least this many empty paragraphs, and one per this many paragraphs, mark a
# document spaced with empty paragraphs.
_TYPED_BLANKS = 3
_TYPED_KINDS = (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM)
_TYPED_SHARE = 8
