"""Damaged files: a reader either reads them or says ReadError, never anything else.

Each format's small document is cut short, overwritten, shortened in the middle or
padded with noise at seeded-random places; whatever the damage, the only exception a
reader may raise is ReadError (which the CLI prints as one line).
"""

from __future__ import annotations

import random

import pytest

from fixtures.builders import BUILDERS
from motebok.errors import ReadError
from motebok.read import reader

DOC = [("heading", "Referat fra styremøte"), ("para", "Tid: 5. mai 2024 kl. 18.00"),
       ("table", [("Kari Nordmann", "Åsen"), ("Per Ødegård", "Bø")]),
       ("list", ["Innkalling", ("Budsjett", ["Drift"])], True), ("list", ["Kaffe"], False)]


def damaged(data: bytes, rnd: random.Random) -> bytes:
    """One of four kinds of damage at a random place."""
    out = bytearray(data)
    kind = rnd.randrange(4)
    place = rnd.randrange(len(out))
    if kind == 0:
        return bytes(out[:place])
    if kind == 1:
        for _ in range(rnd.randrange(1, 20)):
            out[rnd.randrange(len(out))] = rnd.randrange(256)
    elif kind == 2:
        del out[place:place + rnd.randrange(1, 200)]
    else:
        out[place:place] = bytes(rnd.randrange(256) for _ in range(rnd.randrange(1, 50)))
    return bytes(out)


@pytest.mark.parametrize("fmt", sorted(BUILDERS))
def test_damage_gives_blocks_or_read_error(fmt):
    rnd = random.Random(f"motebok-{fmt}")
    data = BUILDERS[fmt](DOC)
    read = reader(fmt)
    for _ in range(60):
        sample = damaged(data, rnd)
        try:
            blocks = read(sample)
        except ReadError as exc:  # anything else escapes and fails the test
            assert str(exc) and "\n" not in str(exc)
        else:
            assert all(isinstance(block.text, str) for block in blocks)
