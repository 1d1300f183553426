"""Hyphenated words with a number part are also indexed written closed ("covid-19" →
"covid 19 covid19"), and numbers written in groups of three digits as one number ("1 000
000" → "1 000 000 1000000"), so "covid19" and "1000000" find them (see
``motebok.search.text.index_words``): entries indexed before are worded again from
their text.

Frozen like 0005: the tokeniser is 0004's (itself frozen) with this migration's closed
words and numbers added, copied here rather than imported from ``motebok.search``. The
rewrite keeps each entry's heading (SQLite's ``head`` column of migration 0006), which
0004's rewrite predates. The meeting's own words that now come with the filter tags
(``motebok.search.service.entry_tags``) need ``motebok reindex``.
"""

from __future__ import annotations

import importlib
import json
import re

import Stemmer
from django.db import migrations

accents = importlib.import_module("motebok.search.migrations.0004_fold_accents")

HYPHENS = "-\u2010\u2011"
HYPHENATED = re.compile(rf"(?<![^\W_])[^\W\d_]+(?:[{HYPHENS}][^\W_]+)+(?![^\W_])")
HYPHEN = re.compile(f"[{HYPHENS}]")
INVISIBLE = re.compile("[\u00ad\u200b-\u200d\u2060\ufeff]")
GROUPED_NUMBER = re.compile(r"(?<![\d.,])\d{1,3}(?:[ \u00a0\u202f.]\d{3})+(?![\d]|[.,]\d)")
NUMBER_GROUP = re.compile(r"[ \u00a0\u202f.]")


def index_words(text: str) -> str:
    """The index words of a text as this migration makes them."""
    text = INVISIBLE.sub("", text[:accents.MAX_INDEX_CHARS])
    words = accents.index_words(text)
    text = accents.normalize(text)
    joined = [accents.fold(HYPHEN.sub("", match.group()).casefold())
              for match in HYPHENATED.finditer(text)] if HYPHEN.search(text) else []
    joined += [NUMBER_GROUP.sub("", match) for match in GROUPED_NUMBER.findall(text)]
    return " ".join([words, *joined]) if joined else words


def rewrite(connection) -> int:
    """Give every entry whose ``words`` differ from ``index_words(text)`` those words,
    with its backend rows (SQLite: FTS row with its heading's stems, and vocabulary;
    PostgreSQL: vocabulary, the tsvectors being generated columns); how many changed."""
    stemmer = Stemmer.Stemmer("norwegian")
    changed = last = 0
    while True:
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT id, text, words, tags, head FROM {accents.ENTRY_TABLE} "
                           "WHERE id > %s ORDER BY id LIMIT %s", [last, accents.CHUNK])
            rows = cursor.fetchall()
        if not rows:
            return changed
        last = rows[-1][0]
        stale = [(pk, words, tags, head) for pk, text, old, tags, head in rows
                 if (words := index_words(text)) != old]
        if not stale:
            continue
        vocabulary = sorted({word for _, words, _, _ in stale for word in words.split()
                             if len(word) >= accents.MIN_SUBSTRING_LENGTH})
        with connection.cursor() as cursor:
            cursor.executemany(f"UPDATE {accents.ENTRY_TABLE} SET words = %s WHERE id = %s",
                               [(words, pk) for pk, words, _, _ in stale])
            if connection.vendor == "sqlite":
                cursor.executemany(f"DELETE FROM {accents.FTS_TABLE} WHERE rowid = %s",
                                   [(pk,) for pk, _, _, _ in stale])
                cursor.executemany(
                    f"INSERT INTO {accents.FTS_TABLE}(rowid, words, stems, tags, head) "
                    "VALUES (%s, %s, %s, %s, %s)",
                    [(pk, words, " ".join(stemmer.stemWords(words.split())), tags,
                      " ".join(stemmer.stemWords((head or "").split())))
                     for pk, words, tags, head in stale])
                if vocabulary:
                    cursor.execute(f"INSERT OR IGNORE INTO {accents.VOCABULARY_TABLE}(word) "
                                   "SELECT value FROM json_each(%s)",
                                   [json.dumps(vocabulary, ensure_ascii=False)])
            elif connection.vendor == "postgresql" and vocabulary:
                cursor.execute(f"INSERT INTO {accents.VOCABULARY_TABLE}(word) "
                               "SELECT unnest(%s::text[]) ON CONFLICT DO NOTHING", [vocabulary])
        changed += len(stale)


def reword(apps, schema_editor):
    rewrite(schema_editor.connection)


class Migration(migrations.Migration):

    dependencies = [
        ("search", "0006_heading_weight"),
    ]

    operations = [
        migrations.RunPython(reword, migrations.RunPython.noop),
    ]
