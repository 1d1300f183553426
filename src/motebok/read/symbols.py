"""The marks minutes type in symbol fonts, as the characters they show.

Word and Writer keep a tick typed in Wingdings as the font's own code (a "ü", or the
private-use U+F0FC a symbol insert writes), not as "✓": only the font makes it a tick.
Both readers turn the codes of the marks attendance tables and lists use into the
characters they show; other glyphs of these fonts are pictures, and left out.
"""

from __future__ import annotations

# By character code (its low byte: w:sym writes F0FC, a typed run "ü"): check marks and
# ballot boxes in attendance tables, bullets before a TAB.
_WINGDINGS = {"FC": "✓", "FB": "✗", "FD": "☒", "FE": "☑", "78": "☒", "A8": "☐",
              "6F": "☐", "71": "☐", "A7": "▪", "9F": "•", "6C": "●", "6E": "■",
              "D8": "➢", "E0": "→", "E8": "➔"}
# Wingdings 2 holds the ticks and boxes Word's Insert > Symbol offers next to them:
# "P" a tick, "O" a cross, "R" a ticked box, "Q" (a script x), "S" and "T" boxes with a
# cross, "£" a box; its round and square bullets (0x95–0x98, 0x9F, 0xA0), as the
# font's chart (and Unicode's Wingdings mapping, L2/12-368) gives them.
_WINGDINGS_2 = {"50": "✓", "4F": "✗", "52": "☑", "51": "☒", "53": "☒", "54": "☒",
                "A3": "☐", "95": "•", "96": "●", "97": "●", "98": "●", "9F": "▪",
                "A0": "■"}
# Webdings: "a" a tick and "r" a cross (the marks of the spreadsheet trick that sets a
# cell's "a"/"r" in Webdings), "c" an empty box, "g" a square and "n" a round bullet.
_WEBDINGS = {"61": "✓", "72": "✗", "63": "☐", "67": "■", "6E": "●"}
SYMBOL_FONTS = {"wingdings": _WINGDINGS, "wingdings 2": _WINGDINGS_2, "webdings": _WEBDINGS,
                "symbol": {"B7": "•", "D6": "√", "B4": "×"}}


def symbol_table(font: str | None) -> dict[str, str] | None:
    """The glyph table of a symbol font by its name ("Wingdings 2"), else None."""
    return SYMBOL_FONTS.get((font or "").strip().lower()) if font else None


def shown_marks(text: str, table: dict[str, str]) -> str:
    """Text set in a symbol font as the marks it shows; tabs and breaks stay."""
    return "".join(table.get(f"{ord(char) & 0xFF:02X}", "") if char not in "\t\n" else char
                   for char in text)
