"""Every entry's filter tags also carry its meeting's own words (body name, title, place,
date with their stems; a title entry's after "zzt"), which a search may use for some of
its words (``motebok.search.service.entry_tags`` and ``title_tags``). Entries indexed
before migration 0007 have only the filter tags: this migration gives them the meeting
words, so an archive upgraded with ``migrate`` (which ``motebok serve`` and ``import``
run) searches as a reindexed one without ``motebok reindex``.

Frozen like 0005 and 0007: the meeting words are worked out by copies made here
(``context_words``, ``entry_tags``, ``title_tags``) with 0007's tokeniser, never by
``motebok.search`` itself, whose later changes must not change what this migration did.
It reads the meetings in batches of ``CHUNK`` by id, so an archive of 100,000 entries is
never in memory at once, and writes only the entries whose tags differ (a second run
changes nothing). Reversing it is a no-op: older code reads the extra words as tags no
filter asks for.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable
from datetime import date

import Stemmer
from django.db import migrations

accents = importlib.import_module("motebok.search.migrations.0004_fold_accents")
closed_numbers = importlib.import_module("motebok.search.migrations.0007_closed_numbers")

MEETING_TABLE = "archive_meeting"
ORGANIZATION_TABLE = "archive_organization"
PARTICIPATION_TABLE = "archive_participation"
TITLE_KIND = "title"
CONTEXT_IGNORED = frozenset({
    "møte", "møtet", "møter", "møtene", "møta", "moete", "referat", "referatet",
    "protokoll", "protokollen", "møtebok", "møteboka", "møtereferat", "møteprotokoll",
    "ordinært", "ordinert", "ekstraordinært", "ekstraordinert", "innkalling", "sakliste",
    "saksliste", "utkast", "godkjent", "i", "og", "for", "fra", "frå", "til", "på", "med",
    "om", "av", "en", "ei", "et", "eit", "ein", "den", "det", "dei", "de", "som", "hos",
    "ved", "etter", "over", "under", "nr", "kl",
})


def filter_tag(kind: str, value: object) -> str:
    return "zz" + kind + "".join(ch for ch in str(value).casefold() if ch.isalnum())


TITLE_CONTEXT = filter_tag("t", "")


def date_tokens(day: date) -> tuple[str, ...]:
    return (f"dato{day.year:04d}{day.month:02d}{day.day:02d}",
            f"mnd{day.year:04d}{day.month:02d}", str(day.year))


def context_words(body: str | None, title: str | None, location: str | None,
                  day: date | None) -> str:
    """A meeting's own words as this migration makes them: body, title, place, date."""
    words = [word for word in closed_numbers.index_words(
                 " ".join(part for part in (body, title, location) if part)).split()
             if word not in CONTEXT_IGNORED]
    if day is not None:
        words += date_tokens(day)
    return " ".join(dict.fromkeys(words))


def contextual(words: str, stemmer: Stemmer.Stemmer) -> str:
    return " ".join(dict.fromkeys([*words.split(), *stemmer.stemWords(words.split())])) \
        if words else ""


def entry_tags(status: str, body_id: int | None, day: date | None,
               person_ids: Iterable[int], context: str = "") -> str:
    tags = [filter_tag("status", status), filter_tag("body", body_id)]
    if day is not None:
        tags.append(filter_tag("year", day.year))
    tags.extend(filter_tag("person", pk) for pk in sorted(set(person_ids)))
    if context:
        tags.append(context)
    return " ".join(tags)


def title_tags(tags: str) -> str:
    return " ".join(tag if tag.startswith("zz") else TITLE_CONTEXT + tag
                    for tag in tags.split())


def _day(value: object) -> date | None:
    """A meeting's date as the database hands it over (SQLite: ISO text)."""
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _placeholders(values: list) -> str:
    return ", ".join(["%s"] * len(values))


def fill(connection) -> int:
    """Give every entry the tags its meeting's columns make now (``entry_tags`` with
    the meeting words; a title entry's as ``title_tags``), with SQLite's FTS row (the
    PostgreSQL tag vector is a generated column); how many entries changed."""
    stemmer = Stemmer.Stemmer("norwegian")
    changed = last = 0
    while True:
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT m.id, m.status, m.body_id, m.date, m.title, m.location, "
                           f"o.name FROM {MEETING_TABLE} m LEFT JOIN {ORGANIZATION_TABLE} o "
                           "ON o.id = m.body_id WHERE m.id > %s ORDER BY m.id LIMIT %s",
                           [last, accents.CHUNK])
            meetings = cursor.fetchall()
            if not meetings:
                return changed
            last = meetings[-1][0]
            ids = [row[0] for row in meetings]
            cursor.execute(f"SELECT meeting_id, person_id FROM {PARTICIPATION_TABLE} "
                           f"WHERE meeting_id IN ({_placeholders(ids)})", ids)
            people: dict[int, list[int]] = {}
            for meeting_id, person_id in cursor.fetchall():
                people.setdefault(meeting_id, []).append(person_id)
            cursor.execute(f"SELECT id, meeting_id, kind, tags FROM {accents.ENTRY_TABLE} "
                           f"WHERE meeting_id IN ({_placeholders(ids)})", ids)
            entries = cursor.fetchall()
        tags_of = {}
        for pk, status, body_id, day, title, location, body in meetings:
            day = _day(day)
            tags_of[pk] = entry_tags(status, body_id, day, people.get(pk, ()),
                                     contextual(context_words(body, title, location, day),
                                                stemmer))
        stale = [(tags, pk) for pk, meeting_id, kind, old in entries
                 if (tags := (title_tags(tags_of[meeting_id]) if kind == TITLE_KIND
                              else tags_of[meeting_id])) != old]
        if not stale:
            continue
        with connection.cursor() as cursor:
            cursor.executemany(f"UPDATE {accents.ENTRY_TABLE} SET tags = %s WHERE id = %s",
                               stale)
            if connection.vendor == "sqlite":
                cursor.executemany(f"UPDATE {accents.FTS_TABLE} SET tags = %s WHERE rowid = %s",
                                   stale)
        changed += len(stale)


def add_meeting_words(apps, schema_editor):
    fill(schema_editor.connection)


class Migration(migrations.Migration):

    dependencies = [
        ("search", "0007_closed_numbers"),
        ("archive", "0004_membership_from_minutes"),
    ]

    operations = [
        migrations.RunPython(add_meeting_words, migrations.RunPython.noop),
    ]
