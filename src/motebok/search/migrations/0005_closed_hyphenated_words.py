"""Hyphenated words are also indexed written closed ("e-post" → "e post epost", see
``motebok.search.text.index_words``), so "epost" and "e-post" find each other, and
invisible characters inside words are dropped ("kommune\u00adstyret" is
"kommunestyret"): entries indexed before are worded again from their text.

Frozen like 0004: the tokeniser of this migration is 0004's (itself frozen) with the
closed words added, copied here rather than imported from ``motebok.search``.
"""

from __future__ import annotations

import importlib
import re

from django.db import migrations

accents = importlib.import_module("motebok.search.migrations.0004_fold_accents")

HYPHENS = "-\u2010\u2011"
HYPHENATED = re.compile(rf"(?<![^\W_])[^\W\d_]+(?:[{HYPHENS}][^\W\d_]+)+(?![^\W_])")
HYPHEN = re.compile(f"[{HYPHENS}]")
INVISIBLE = re.compile("[\u00ad\u200b-\u200d\u2060\ufeff]")


def index_words(text: str) -> str:
    """The index words of a text as this migration made them."""
    text = INVISIBLE.sub("", text[:accents.MAX_INDEX_CHARS])
    words = accents.index_words(text)
    text = accents.normalize(text)
    if not HYPHEN.search(text):
        return words
    joined = [accents.fold(HYPHEN.sub("", match.group()).casefold())
              for match in HYPHENATED.finditer(text)]
    return " ".join([words, *joined]) if joined else words


def reword(apps, schema_editor):
    accents.rewrite(schema_editor.connection, index_words)


class Migration(migrations.Migration):

    dependencies = [
        ("search", "0004_fold_accents"),
    ]

    operations = [
        migrations.RunPython(reword, migrations.RunPython.noop),
    ]
