"""Index words lose the accents of Latin letters ("café" → "cafe", see
``motebok.search.text.fold``): entries indexed before are worded again from their text.

Frozen: the tokeniser of that day (``index_words``) and the rewrite (``rewrite``) are
copied here rather than imported, so later changes to ``motebok.search`` can never
change what this migration does. Later migrations that reword entries pass their own
frozen ``index_words`` to ``rewrite``.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable

import Stemmer
from django.db import migrations

ENTRY_TABLE = "search_searchentry"
FTS_TABLE = "search_fts"
VOCABULARY_TABLE = "search_vocabulary"
CHUNK = 200
MIN_SUBSTRING_LENGTH = 4
MAX_INDEX_CHARS = 200_000

CASE_NUMBER = re.compile(r"(?<![^\W_])(\d{1,4})\s*/\s*(\d{4}|\d{2})(?![^\W_]|/\d)")
WORD = re.compile(r"[^\W_]+")
TOKEN_VALUES = re.compile(f"{CASE_NUMBER.pattern}|({WORD.pattern})")
NORDIC_LETTERS = frozenset("åÅäÄöÖ")


def _accent_table() -> dict[int, str]:
    table = {}
    for code in (*range(0xC0, 0x250), *range(0x1E00, 0x1F00)):
        char = chr(code)
        base, *marks = unicodedata.normalize("NFD", char)
        if (char not in NORDIC_LETTERS and marks and base.isascii() and base.isalpha()
                and all(unicodedata.combining(mark) for mark in marks)):
            table[code] = base
    return table


ACCENTS = _accent_table()
ACCENTED = re.compile("[" + "".join(map(chr, ACCENTS)) + "]")


def fold(word: str) -> str:
    return word.translate(ACCENTS) if ACCENTED.search(word) else word


def normalize(text: str) -> str:
    if "\x00" in text:
        text = text.replace("\x00", " ")
    if unicodedata.is_normalized("NFC", text):
        return text
    return unicodedata.normalize("NFC", text)


def case_number_token(sequence: str, year: str) -> str:
    return f"saknr{int(sequence)}x{int(year) % 100:02d}"


def index_words(text: str) -> str:
    """The index words of a text as this migration made them."""
    text = normalize(text[:MAX_INDEX_CHARS])
    if "/" not in text:
        return fold(" ".join(WORD.findall(text)).casefold())
    return fold(" ".join(word or case_number_token(sequence, year)
                         for sequence, year, word in TOKEN_VALUES.findall(text)).casefold())


def rewrite(connection, words_of: Callable[[str], str]) -> int:
    """Give every entry whose ``words`` differ from ``words_of(text)`` those words, with
    its backend rows (SQLite: FTS row and vocabulary; PostgreSQL: vocabulary, the
    tsvectors being generated columns); return how many entries changed."""
    stemmer = Stemmer.Stemmer("norwegian")
    changed = 0
    last = 0
    while True:
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT id, text, words, tags FROM {ENTRY_TABLE} WHERE id > %s "
                           "ORDER BY id LIMIT %s", [last, CHUNK])
            rows = cursor.fetchall()
        if not rows:
            return changed
        last = rows[-1][0]
        stale = [(pk, words, tags) for pk, text, old, tags in rows
                 if (words := words_of(text)) != old]
        if not stale:
            continue
        vocabulary = sorted({word for _, words, _ in stale for word in words.split()
                             if len(word) >= MIN_SUBSTRING_LENGTH})
        with connection.cursor() as cursor:
            cursor.executemany(f"UPDATE {ENTRY_TABLE} SET words = %s WHERE id = %s",
                               [(words, pk) for pk, words, _ in stale])
            if connection.vendor == "sqlite":
                cursor.executemany(f"DELETE FROM {FTS_TABLE} WHERE rowid = %s",
                                   [(pk,) for pk, _, _ in stale])
                cursor.executemany(
                    f"INSERT INTO {FTS_TABLE}(rowid, words, stems, tags) "
                    "VALUES (%s, %s, %s, %s)",
                    [(pk, words, " ".join(stemmer.stemWords(words.split())), tags)
                     for pk, words, tags in stale])
                if vocabulary:
                    cursor.execute(f"INSERT OR IGNORE INTO {VOCABULARY_TABLE}(word) "
                                   "SELECT value FROM json_each(%s)",
                                   [json.dumps(vocabulary, ensure_ascii=False)])
            elif connection.vendor == "postgresql" and vocabulary:
                cursor.execute(f"INSERT INTO {VOCABULARY_TABLE}(word) "
                               "SELECT unnest(%s::text[]) ON CONFLICT DO NOTHING", [vocabulary])
        changed += len(stale)


def reword(apps, schema_editor):
    rewrite(schema_editor.connection, index_words)


class Migration(migrations.Migration):

    dependencies = [
        ("search", "0003_postgres_vocabulary"),
    ]

    operations = [
        migrations.RunPython(reword, migrations.RunPython.noop),
    ]
