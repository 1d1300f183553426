"""List numbers as DOCX and ODT readers draw them."""

from __future__ import annotations

import pytest

from motebok.read.numbering import letters, roman


@pytest.mark.parametrize(("value", "expected"), [(1, "a"), (2, "b"), (26, "z"), (27, "aa"),
                                                 (0, "a")])
def test_letters(value: int, expected: str) -> None:
    assert letters(value) == expected


@pytest.mark.parametrize(("value", "expected"), [(1, "i"), (4, "iv"), (9, "ix"), (14, "xiv"),
                                                 (1999, "mcmxcix"), (-3, "i")])
def test_roman(value: int, expected: str) -> None:
    assert roman(value) == expected
