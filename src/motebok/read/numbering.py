"""Visible list numbers as word processors draw them: letters and roman numerals.

DOCX and ODT store a list's counter and its number format, not the text a reader sees
("b)", "iv."); both readers turn counters into that text with these helpers.
"""

from __future__ import annotations

_ROMAN = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
          (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))


def letters(value: int) -> str:
    """1 → "a", 26 → "z", 27 → "aa" (lower case; values below 1 count as 1)."""
    text, n = "", max(value, 1)
    while n > 0:
        n, rem = divmod(n - 1, 26)
        text = chr(ord("a") + rem) + text
    return text


def roman(value: int) -> str:
    """4 → "iv", 1999 → "mcmxcix" (lower case; values below 1 count as 1)."""
    text, n = "", max(value, 1)
    for amount, digits in _ROMAN:
        while n >= amount:
            text, n = text + digits, n - amount
    return text
