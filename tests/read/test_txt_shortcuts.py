"""The plain-text reader's shortcuts give the answers of the plain computations."""

from __future__ import annotations

import random

import pytest

from motebok.errors import ReadError
from motebok.read.text import _CONTROL_BYTES, _NOT_CONTROL_BYTES, classify, decode


def test_control_bytes_are_counted_as_the_pattern_counts_them():
    rng = random.Random(11)
    for _ in range(3000):
        sample = bytes(rng.randrange(256) if rng.random() < 0.3 else rng.randrange(32)
                       for _ in range(rng.randrange(120)))
        assert len(sample.translate(None, _NOT_CONTROL_BYTES)) == \
            len(_CONTROL_BYTES.findall(sample))


def test_text_with_a_few_control_bytes_is_text_and_many_is_binary():
    # a stray BEL is left out; FF, a line break to str.splitlines, stays
    assert decode(b"Referat\x0c fra m\xc3\xb8tet\x07") == "Referat\x0c fra møtet"
    with pytest.raises(ReadError):
        decode(b"\x01\x02\x03\x04" * 40)


@pytest.mark.parametrize(("line", "cells"), [
    ("Kari\tOslo", ("Kari", "Oslo")),
    ("Kari\t\t\tOslo\tleder", ("Kari", "Oslo", "leder")),
    ("Kari\tOslo\t", ("Kari", "Oslo", "")),
])
def test_table_cells_split_on_runs_of_tabs(line, cells):
    assert classify(line).cells == cells


def test_ocr_digit_gate_says_yes_to_every_text_the_rule_changes():
    # the exact gate read_bytes asks of a whole document: where it says no, the rule
    # leaves the text as it is (random numbers of digits, look-alike letters, joining
    # marks and the page-count and clock-time places)
    from motebok.read.ocr_digits import may_change, may_hold_ocr_digits, with_ocr_digits
    rng = random.Random(42)
    pieces = ["0", "1", "2", "4", "9", "O", "l", "I", ".", ":", "/", "-", "–", " ", "a",
              "kl. ", "Kl. ", "Side ", "side ", " av ", "\n", "\t", "ø", ". ", "Sak "]
    changed = 0
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(1, 14)))
        if with_ocr_digits(text) != text:
            changed += 1
            assert may_change(text), text
            assert may_hold_ocr_digits(text), text
    assert changed > 1000
    for text in ("kl. 18.00–20.00", "Side 1 av 4", "Møtet startet kl. 09:30."):
        assert not may_change(text)
    for text in ("kl. lO.OO", "Side l av 4", "Side 2 av I", "Sak O4/23", "2O23"):
        assert may_change(text)


def test_letter_placed_finds_what_a_search_for_each_place_and_letter_finds():
    # ``_letter_placed`` looks up each place and the character after it; the answer is
    # that of the nine substring searches "l. O" … " av I" it stands for, the page
    # count's places ("ide ", " av ") only in a text that holds "ide " at all
    from motebok.read.ocr_digits import _letter_placed

    rng = random.Random(44)
    pieces = ["l. ", "ide ", " av ", "av ", "l.", "O", "l", "I", "1", " ", "kl", "Side", "x"]
    pairs = [f"{place}{letter}" for place in ("l. ", "ide ", " av ") for letter in "OlI"]
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(1, 10)))
        assert _letter_placed(text) == any(pair in text for pair in pairs if pair[:2] == "l."
                                           or "ide " in text), text
    assert _letter_placed("Side 2 av I") and _letter_placed("Møtet startet kl. lO.OO")
    assert not _letter_placed("Side 1 av 4") and not _letter_placed("Referat av møtet")
    assert not _letter_placed("Referat av Ola Lie")  # (no page count: no "Side")


def test_letter_by_digit_gate_says_yes_wherever_the_pattern_finds_a_letter_by_a_digit():
    # the byte-kind test before ``_LETTER_BY_DIGIT`` may let a text through for nothing,
    # never keep one out: digits of other scripts ("٣"), the dash "–" and "?" included
    from motebok.read.ocr_digits import _LETTER_BY_DIGIT, _may_have_letter_by_digit

    rng = random.Random(45)
    pieces = ["0", "7", "٣", "O", "l", "I", ".", ":", "/", "-", "–", "?", " ", "ø", "’", "a"]
    found = 0
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(1, 9)))
        if _LETTER_BY_DIGIT.search(text):
            found += 1
            assert _may_have_letter_by_digit(text), text
    assert found > 2000
    assert _may_have_letter_by_digit("Sak O4/23") and _may_have_letter_by_digit("1O.O1.2O24")
    assert _may_have_letter_by_digit("kl. 18–I9") and _may_have_letter_by_digit("Sak ٣O")
    assert not _may_have_letter_by_digit("Møtet startet kl. 09:30–11.00, sak 12/24 Ole.")


def test_repair_gate_says_yes_to_every_document_whose_blocks_are_repaired():
    # ``read_bytes`` asks ``_may_need_repair`` once of the whole text; where it says no,
    # the per-block repairs leave every block as it is (random blocks of Latin-1
    # letters, typographic signs, accents typed alone, C1 codes, ligatures, look-alike
    # digits, combining marks, direction marks and DOS letters)
    from motebok.read import _may_need_repair, _repaired
    from motebok.read.blocks import Block, BlockKind

    rng = random.Random(45)
    pieces = ["Møte", "år", " ", "–", "’", "“", "”", "…", "•", "€", "1", "2", "0", "/",
              "´", "¨", "e", "\u00ac", "\x96", "\x92", "\ufb01", "О", "З", "\u0301",
              "\u200f", "m›te", "†", "\u02da", "\u0338", "\u00a0", "Kari"]
    repaired = 0
    for _ in range(5000):
        texts = ["".join(rng.choice(pieces) for _ in range(rng.randrange(1, 6)))
                 for _ in range(rng.randrange(1, 4))]
        blocks = [Block(BlockKind.PARAGRAPH, text, cells=(text,)) for text in texts]
        _repaired(blocks, "txt")
        if [block.text for block in blocks] != texts:
            repaired += 1
            assert _may_need_repair("\n".join(texts)), texts
    assert repaired > 500
    assert not _may_need_repair("Møtet i Ås 12.03.2025 kl. 10.00 – 12.00: «Budsjett» …")
    for text in ("Kari m´ote", "Nord¬", "18.00\x9620.00", "\ufb01nans", "Sak О6/2З"):
        assert _may_need_repair(f"Referat\n{text}"), text
