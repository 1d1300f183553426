"""Name normalisation shared by the models and identity matching (no Django imports).

Two spellings that differ only in Unicode form, case or spacing are the same name, so
"Eli  Bryhni" and "eli bryhni" find one person. Hyphens are kept: "Anne-Lise" is not
"Anne Lise".
"""

from __future__ import annotations

import re
import unicodedata

from django.utils.text import slugify

_TRANSLITERATE = str.maketrans({"æ": "ae", "ø": "o", "å": "a", "Æ": "Ae", "Ø": "O", "Å": "A"})


def normalize_name(text: str) -> str:
    """NFC, casefolded, whitespace collapsed: the key under which a name is unique."""
    return " ".join(unicodedata.normalize("NFC", text or "").casefold().split())


def name_tokens(text: str) -> list[str]:
    """The words of a normalised name (punctuation other than '-' dropped)."""
    return [t for t in re.split(r"[^\w-]+", normalize_name(text)) if t]


def slug_base(text: str) -> str:
    """An ASCII slug that keeps Norwegian letters readable (ø → o, æ → ae, å → a)."""
    return slugify(unicodedata.normalize("NFC", text).translate(_TRANSLITERATE))[:200] or "x"
