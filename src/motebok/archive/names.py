"""Name normalisation shared by the models and identity matching (no Django imports).

Two spellings that differ only in Unicode form, case or spacing are the same name, so
"Eli  Bryhni" and "eli bryhni" find one person. Hyphens are kept: "Anne-Lise" is not
"Anne Lise".
"""

from __future__ import annotations

import functools
import re
import unicodedata

from django.utils.text import slugify

_TRANSLITERATE = str.maketrans({"æ": "ae", "ø": "o", "å": "a", "Æ": "Ae", "Ø": "O", "Å": "A"})


#: What separates the words of a name: anything but letters, digits, "_" and "-".
_NAME_SEPARATOR = re.compile(r"[^\w-]+")


@functools.lru_cache(maxsize=65536)
def normalize_name(text: str) -> str:
    """NFC, casefolded, whitespace collapsed: the key under which a name is unique.

    Kept per text: an import asks for the same few hundred names (participants,
    bodies, responsibles) dozens of times per document.
    """
    return " ".join(unicodedata.normalize("NFC", text or "").casefold().split())


def name_tokens(text: str) -> list[str]:
    """The words of a normalised name (punctuation other than '-' dropped)."""
    return list(name_words(text))


@functools.lru_cache(maxsize=65536)
def name_words(text: str) -> tuple[str, ...]:
    """``name_tokens``, kept per text (a tuple, so no caller can change the kept value);
    for callers that only read the words, without ``name_tokens``'s copy."""
    return tuple(t for t in _NAME_SEPARATOR.split(normalize_name(text)) if t)


def slug_base(text: str) -> str:
    """An ASCII slug that keeps Norwegian letters readable (ø → o, æ → ae, å → a)."""
    return slugify(unicodedata.normalize("NFC", text).translate(_TRANSLITERATE))[:200] or "x"
