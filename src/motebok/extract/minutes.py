"""Blocks → minutes record. (Being written: the full extractor lands here.)"""

from __future__ import annotations

from motebok.read.blocks import Block
from motebok.record import MinutesRecord, Source


def extract(blocks: list[Block], source: Source) -> MinutesRecord:
    """The minutes record of a document's blocks."""
    return MinutesRecord(source=source)
