"""Keeping the index in step with the archive: index, re-index, delete, rebuild."""

from __future__ import annotations

import contextlib
import importlib
from datetime import date
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.db import connection

from motebok.archive import signals
from motebok.archive.models import AgendaItem, Meeting
from motebok.search import index_meeting, rebuild, search, unindex_meeting
from motebok.search.models import SearchEntry
from motebok.search.schema import FTS_TABLE
from motebok.search.service import meeting_tags, visibility_tags

pytestmark = pytest.mark.postgres


def fts_rows() -> int | None:
    """Rows in the SQLite FTS table (None on PostgreSQL, which has none)."""
    if connection.vendor != "sqlite":
        return None
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT COUNT(*) FROM {FTS_TABLE}")
        return cursor.fetchone()[0]


def expected_fts(count: int) -> int | None:
    """What ``fts_rows`` should say when ``count`` entries exist."""
    return None if connection.vendor != "sqlite" else count


def test_one_entry_per_title_item_decision_and_action(archive):
    kinds = sorted(SearchEntry.objects.filter(meeting=archive.meetings["M1"])
                   .values_list("kind", flat=True))
    assert kinds == ["action", "decision", "item", "item", "title"]
    assert fts_rows() == expected_fts(SearchEntry.objects.count())


def test_reindexing_replaces_entries(archive, users):
    meeting = archive.meetings["M1"]
    before = SearchEntry.objects.count()
    item = AgendaItem.objects.get(meeting=meeting, number="05/22")
    item.title = "Vindkraft i fjellet"
    item.save()
    assert index_meeting(meeting) == 5
    assert SearchEntry.objects.count() == before
    assert fts_rows() == expected_fts(before)
    assert search("strategiene", user=users["anonymous"]).total == 1  # still in the text
    assert search("vindkraft", user=users["anonymous"]).total == 1


def test_deleting_a_meeting_removes_its_entries(archive, users):
    meeting = archive.meetings["M2"]
    meeting_id = meeting.pk
    meeting.delete()
    unindex_meeting(meeting_id)  # what the meeting_deleted receiver does; harmless twice
    assert not SearchEntry.objects.filter(meeting_id=meeting_id).exists()
    assert fts_rows() == expected_fts(SearchEntry.objects.count())
    assert search("budsjett", user=users["anonymous"]).total == 0


def test_the_contentless_index_keeps_no_token_of_a_changed_or_deleted_entry(archive):
    # SQLite's FTS table keeps no copy of its rows (migration 0011): a row is removed
    # with the values it was given, which the entry's columns hold, by the triggers
    # when an entry's tags change or it goes. A stale token would stay in the index
    # under its old row: the index must be exactly what a rebuild makes of the rest.
    from motebok.search.service import refresh_tags

    if connection.vendor != "sqlite":
        pytest.skip("SQLite's FTS table only")
    meeting = archive.meetings["M4"]
    SearchEntry.objects.filter(meeting=meeting).update(tags="zzstale")
    assert fts_rows() == SearchEntry.objects.count()
    assert sum(row[2] == "zzstale" for row in _fts_rows()) == meeting.search_entries.count()
    refresh_tags(meeting)  # the tags as indexing makes them, again
    archive.meetings["M2"].delete()
    indexed = _fts_rows()
    assert not any("zzstale" in row[2] for row in indexed)
    rebuild()
    assert _fts_rows() == indexed


def test_unindex_hides_a_meeting_from_search(archive, users):
    unindex_meeting(archive.meetings["M4"].pk)
    assert search("møtene", user=users["anonymous"]).total == 2
    unindex_meeting(999_999)  # never indexed: no error


def test_signals_index_and_unindex(archive, users):
    meeting = archive.meetings["M4"]
    AgendaItem.objects.create(meeting=meeting, number="15/22", title="Sykkelveier",
                              text="", order=5)
    assert search("sykkelveier", user=users["anonymous"]).total == 0
    signals.meeting_saved.send(sender=Meeting, meeting=meeting)
    assert search("sykkelveier", user=users["anonymous"]).total == 1
    signals.meeting_deleted.send(sender=Meeting, meeting_id=meeting.pk)
    assert search("sykkelveier", user=users["anonymous"]).total == 0


def test_saving_a_meeting_refreshes_its_filter_tags(archive, users):
    draft = archive.meetings["M3"]
    assert search("lærlinger", user=users["anonymous"]).total == 0
    draft.status = "published"
    draft.save()
    assert search("lærlinger", user=users["anonymous"]).total == 1
    draft.date = draft.date.replace(year=2021)
    draft.save()
    assert search("lærlinger", user=users["anonymous"], year=2021).total == 1
    assert search("lærlinger", user=users["anonymous"], year=2023).total == 0
    draft.status = "draft"
    draft.save()
    assert search("lærlinger", user=users["anonymous"]).total == 0


def test_tags_follow_visible_to_for_every_persona(archive, users):
    for persona, user in users.items():
        allowed = visibility_tags(user)
        by_tags = {m.pk for m in Meeting.objects.all()
                   if allowed is None or set(allowed) & set(meeting_tags(m, []).split())}
        expected = set(Meeting.objects.visible_to(user).values_list("pk", flat=True))
        assert by_tags == expected, persona


def test_rebuild_and_reindex_command(archive, users):
    count = SearchEntry.objects.count()
    SearchEntry.objects.all().delete()
    assert search("kampanjen", user=users["anonymous"]).total == 0
    assert rebuild() == count
    assert fts_rows() == expected_fts(count)
    assert search("kampanjen", user=users["anonymous"]).total == 3
    out = StringIO()
    call_command("reindex", stdout=out)
    assert f"Indexed {count} search entries" in out.getvalue()
    assert search("kampanjen", user=users["anonymous"]).total == 3


def _entry_rows() -> list[tuple]:
    """The index as comparable rows (ids of entries left out: they change on rebuild)."""
    rows = SearchEntry.objects.values_list("meeting_id", "item_id", "kind", "text", "tags",
                                           "words", "head")
    return sorted(rows, key=lambda row: (row[0], row[1] or 0, row[2:]))


@pytest.mark.django_db
def test_an_import_indexes_exactly_what_a_rebuild_does(monkeypatch) -> None:
    """The importer hands its rows to the index (no read-back); the result is the same."""
    from pathlib import Path

    from motebok.archive import importer
    from motebok.search import service

    def no_read_back(meeting_ids):
        raise AssertionError("an import must not read its rows back for the index")

    examples = Path(importer.__file__).resolve().parent.parent / "examples"
    with monkeypatch.context() as patch:
        patch.setattr(service, "entries_for", no_read_back)
        report = importer.import_paths([str(examples)], workers=1)
    assert report.imported and not report.failed
    imported = _entry_rows()
    assert any(kind == "action" for _m, _i, kind, *_ in imported)
    rebuild()
    assert _entry_rows() == imported


@pytest.mark.django_db
def test_indexing_an_imported_meeting_looks_the_connection_up_never(monkeypatch) -> None:
    """The index's writes go through the connection ``backends.current`` found, and in an
    import run that is the run's pinned one (``bulk.pinned_connection``): each look-up of
    Django's default connection is a context-aware thread-local (some 12,000
    instructions), and an imported file's index used to make four or five."""
    from django.db import connections

    from motebok.archive import importer
    from motebok.search import service

    handler = type(connections)
    lookups, inside = [], []
    original_getitem, original_index = handler.__getitem__, service.index_meeting

    def counted(self, alias):
        if inside:
            lookups[-1] += 1
        return original_getitem(self, alias)

    def index(meeting, **kwargs):
        inside.append(True)
        lookups.append(0)
        try:
            return original_index(meeting, **kwargs)
        finally:
            inside.pop()

    examples = Path(importer.__file__).resolve().parent.parent / "examples"
    with monkeypatch.context() as patch:
        patch.setattr(handler, "__getitem__", counted)
        patch.setattr(service, "index_meeting", index)
        report = importer.import_paths([str(examples)], workers=1)
    assert len(report.imported) > 1 and not report.failed
    assert lookups and set(lookups) == {0}


def _vocabulary() -> list[str]:
    from motebok.search.schema import VOCABULARY_TABLE

    with connection.cursor() as cursor:
        cursor.execute(f"SELECT word FROM {VOCABULARY_TABLE} ORDER BY word")
        return [row[0] for row in cursor.fetchall()]


@pytest.mark.django_db(transaction=True)
def test_an_import_run_sends_each_vocabulary_word_once_and_misses_none(monkeypatch) -> None:
    """Words committed by earlier documents of a run are not sent again; the vocabulary
    ends up the same as a rebuild makes it."""
    from pathlib import Path

    from motebok.archive import importer
    from motebok.search import backends

    sent: list[str] = []
    original = backends.vocabulary_words

    def spy(rows, known=None):
        words = original(rows, known)
        sent.extend(words)
        return words

    rebuild()  # the vocabulary is no model: a flush between tests leaves its rows
    assert _vocabulary() == []
    examples = Path(importer.__file__).resolve().parent.parent / "examples"
    with monkeypatch.context() as patch:
        patch.setattr(backends, "vocabulary_words", spy)
        report = importer.import_paths([str(examples)], workers=1)
    assert len(report.imported) > 1 and not report.failed
    assert sent and len(sent) == len(set(sent))
    imported = set(_vocabulary())
    assert imported == set(sent)
    rebuild()
    assert set(_vocabulary()) == imported


@pytest.mark.django_db(transaction=True)
def test_a_batch_rolled_back_sends_its_words_again(tmp_path) -> None:
    """A batch with a file that cannot be stored is rolled back and stored file by file;
    the words its files had sent are forgotten with it, so none goes missing."""
    from motebok.archive import importer

    examples = Path(importer.__file__).resolve().parent.parent / "examples"
    for path in examples.iterdir():
        (tmp_path / "a").mkdir(exist_ok=True)
        (tmp_path / "a" / path.name).write_bytes(path.read_bytes())
    edited = tmp_path / "b" / "kystkulturradet-2024-01-22.txt"  # a corrected copy
    edited.parent.mkdir()
    edited.write_bytes((examples / edited.name).read_bytes() + b"\nRettet 1. februar.\n")
    rebuild()
    report = importer.import_paths([str(tmp_path)], workers=1)
    assert [name for name, _problem in report.failed] == [str(edited)]
    imported = _vocabulary()
    assert imported
    rebuild()
    assert _vocabulary() == imported


def _fts_rows() -> list[tuple] | None:
    """What the SQLite FTS index holds (its words, stems, tags and head columns' tokens
    of each row, in order), the rows sorted; None on PostgreSQL. Read from the index
    itself (``fts5vocab``): the table is contentless (migration 0011)."""
    if connection.vendor != "sqlite":
        return None
    with connection.cursor() as cursor:
        cursor.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.fts_instances "
                       f"USING fts5vocab(main, {FTS_TABLE}, 'instance')")
        cursor.execute("SELECT doc, col, term FROM temp.fts_instances ORDER BY doc, col, offset")
        found = cursor.fetchall()
    docs: dict[int, dict[str, list[str]]] = {}
    for doc, column, term in found:
        docs.setdefault(doc, {}).setdefault(column, []).append(term)
    return sorted(tuple(" ".join(columns.get(c, [])) for c in ("words", "stems", "tags", "head"))
                  for columns in docs.values())


@contextlib.contextmanager
def _fts_with_content():
    """The SQLite FTS table as migrations 0006 to 0010 knew it (with its own content)
    while the block runs their frozen code, contentless again after (0011)."""
    if connection.vendor != "sqlite":
        yield
        return
    contentless = importlib.import_module("motebok.search.migrations.0011_contentless_fts")
    contentless.to_content(connection)
    try:
        yield
    finally:
        contentless.to_contentless(connection)


def _import_examples_with_workers(monkeypatch, spies) -> None:
    """Import the packaged examples with parse workers, the (module, name, spy) patches in
    place, all of them in; then check the index is exactly what a rebuild makes (the
    spies' findings are the caller's to check)."""
    from motebok.archive import importer

    examples = Path(importer.__file__).resolve().parent.parent / "examples"
    with monkeypatch.context() as patch:
        patch.setattr(importer, "MIN_FILES_FOR_WORKERS", 2)
        for module, name, spy in spies:
            patch.setattr(module, name, spy)
        report = importer.import_paths([str(examples)], workers=2)
    assert len(report.imported) == len(list(examples.iterdir())) and not report.failed
    imported, fts = _entry_rows(), _fts_rows()
    rebuild()
    assert _entry_rows() == imported and _fts_rows() == fts


@pytest.mark.django_db(transaction=True)
def test_words_prepared_by_the_parse_workers_index_exactly_what_a_rebuild_does(
        monkeypatch) -> None:
    """With parse workers the storing process looks the entries' words and stems up
    instead of working them out (``motebok.search.prepare``); it works out only the
    texts the workers could not know (here: none), and the index is the same."""
    from motebok.search import backends, service

    worked_out: list[str] = []
    index_words, stem_words = service.index_words, backends.stem_words
    _import_examples_with_workers(monkeypatch, [
        (service, "index_words", lambda text: worked_out.append(text) or index_words(text)),
        (backends, "stem_words", lambda words: worked_out.append(words) or stem_words(words)),
    ])
    assert worked_out == []


@pytest.mark.django_db(transaction=True)
def test_vocabulary_words_prepared_by_the_parse_workers_are_those_the_entries_hold(
        monkeypatch) -> None:
    """A meeting whose entries hold the index words a parse worker made for the record
    sends the worker's vocabulary words (``Prepared.vocabulary``) less the run's known
    ones, instead of splitting its entries' words again: each word once, none missed,
    the vocabulary a rebuild makes."""
    from motebok.search import backends

    sent: list[str] = []
    taken: list[str] = []
    vocabulary_words, unknown_words = backends.vocabulary_words, backends.unknown_words

    def split(rows, known=None):
        sent.extend(found := vocabulary_words(rows, known))
        return found

    def prepared(vocabulary, known):
        found = unknown_words(vocabulary, known)
        sent.extend(found)
        taken.extend(found)
        return found

    rebuild()  # the vocabulary is no model: a flush between tests leaves its rows
    _import_examples_with_workers(monkeypatch, [(backends, "vocabulary_words", split),
                                                (backends, "unknown_words", prepared)])
    # (only a backend that holds an import's entries for its commit takes them: SQLite)
    assert bool(taken) == backends.current().holds_entries
    assert sent and len(sent) == len(set(sent))
    assert set(_vocabulary()) == set(sent)


@pytest.mark.postgres
def test_reword_migrations_bring_old_entries_up_to_the_current_words(archive, users):
    # An entry indexed before accents were folded and hyphenated words written closed
    # holds "kaféen" and no "epost"; the migrations' frozen rewrite fixes it and its
    # backend rows, and leaves up-to-date entries alone. Such an entry has only filter
    # tags, none of the meeting's own words that later came with them.
    import importlib

    from motebok.search import backends

    latest = importlib.import_module("motebok.search.migrations.0007_closed_numbers")
    entry = SearchEntry.objects.get(meeting=archive.meetings["M4"], kind="title")
    old_tags = " ".join(tag for tag in entry.tags.split()
                        if tag.startswith("zz") and not tag.startswith("zzt"))
    SearchEntry.objects.filter(pk=entry.pk).update(text=entry.text + " e-post", tags=old_tags,
                                                   words="faggruppemøte kaféen", head="")
    backends.current().replace([backends.Stored(entry.pk, "faggruppemøte kaféen", old_tags)])
    assert not search("kafeen", user=users["anonymous"]).hits
    with _fts_with_content():
        assert latest.rewrite(connection) == 1
    assert SearchEntry.objects.get(pk=entry.pk).words == (
        "faggruppemøte september 2022 på kafeen hos renee i aalesund e post epost")
    for query in ("kafeen", "epost", "e-post"):
        assert archive.labels(search(query, user=users["anonymous"])) == {"M4 - title"}
    with _fts_with_content():
        assert latest.rewrite(connection) == 0


def test_the_heading_migration_gives_old_entries_their_heads_and_rebuilds_the_index(
        archive, users, heading_and_text):
    # Entries indexed before migration 0006 have no head words, the FTS table no head
    # column (SQLite) and tsv no weights (PostgreSQL): the migration's upgrade fills the
    # heads as indexing makes them, and the heading hit ranks first again.
    import importlib

    heading = importlib.import_module("motebok.search.migrations.0006_heading_weight")
    heads, fts = dict(SearchEntry.objects.values_list("pk", "head")), _fts_rows()
    assert heads[SearchEntry.objects.get(item__number="05/22").pk] == (
        "saknr5x22 strategi for næringsliv")
    with _fts_with_content():
        SearchEntry.objects.update(head="")
        if connection.vendor == "sqlite":
            heading.sqlite_fts(connection, with_head=False)
        else:
            heading.postgres_tsv(connection, heading.TSV_BEFORE)
        heading.upgrade(connection)
    assert dict(SearchEntry.objects.values_list("pk", "head")) == heads
    assert _fts_rows() == fts
    page = search("brøyting", user=users["anonymous"], year=2024)
    assert archive.label(page.hits[0]) == "B1 02/24 item"


def test_the_latest_reword_migration_words_text_as_the_index_does():
    # When index_words changes, entries need a new migration with its own frozen copy.
    import importlib

    from motebok.search.text import index_words

    latest = importlib.import_module("motebok.search.migrations.0007_closed_numbers")
    texts = ["Sak 04/22 Møte i Regionrådet", "Kaféen hos Renée", "E-post og nett‑side",
             "Nord-Norge 2022-2023 covid-19", "ÅR ﬁ ß e\u0301", "a\x00b",
             "kommune\u00adstyre\u200b-\ufeffx", "1/1/1 4 / 2022",
             "200 000 kroner, 1.000.000, 4,5 og 04.03.2025", "Covid-19-pandemien"]
    for text in texts:
        assert latest.index_words(text) == index_words(text), text


@pytest.mark.postgres
def test_the_meeting_words_migration_gives_old_entries_their_meetings_words(archive, users):
    # Entries indexed before migration 0007 hold only the filter tags: the date of M4
    # ("1.9.2022", a token only its meeting words hold) finds nothing. The migration's
    # frozen fill gives every entry the tags indexing made then, with the backend rows,
    # and leaves up-to-date entries alone; 0012 puts the kind tag before them (as
    # indexing does now).
    import importlib

    from motebok.search import backends

    meeting_words = importlib.import_module("motebok.search.migrations.0008_meeting_words")
    kind_tags = importlib.import_module("motebok.search.migrations.0012_kind_tags")
    current = dict(SearchEntry.objects.values_list("pk", "tags"))
    assert archive.labels(search("1.9.2022", user=users["anonymous"])) == {"M4 - title"}
    for pk, tags in current.items():
        old = " ".join(tag for tag in tags.split() if tag.startswith("zz")
                       and not tag.startswith(("zzt", "zzkind")))
        SearchEntry.objects.filter(pk=pk).update(tags=old)
        backends.current().retag([pk], old)
    assert not search("1.9.2022", user=users["anonymous"]).hits
    with _fts_with_content():
        assert meeting_words.fill(connection) == len(current)
        assert meeting_words.fill(connection) == 0
    assert kind_tags.fill(connection) == len(current)
    assert dict(SearchEntry.objects.values_list("pk", "tags")) == current
    assert archive.labels(search("1.9.2022", user=users["anonymous"])) == {"M4 - title"}
    assert kind_tags.fill(connection) == 0


@pytest.mark.postgres
def test_the_kind_tags_migration_lets_old_entries_be_filtered_by_kind(archive, users):
    # Entries indexed before migration 0012 have no kind tag: a kind filter finds
    # nothing in them. The migration's UPDATE gives each its tag (SQLite's FTS row is
    # remade by the trigger), once; backwards takes it off again.
    import importlib

    kind_tags = importlib.import_module("motebok.search.migrations.0012_kind_tags")
    current = dict(SearchEntry.objects.values_list("pk", "tags"))
    assert all(tags.startswith(f"zzkind{kind} ") for kind, tags in
               SearchEntry.objects.values_list("kind", "tags"))

    class Editor:
        connection = connection

    kind_tags.drop_kind_tags(None, Editor)
    assert not any(tags.startswith("zzkind")
                   for tags in SearchEntry.objects.values_list("tags", flat=True))
    assert not search("kampanjen", user=users["anonymous"], kind="decision").hits
    assert kind_tags.fill(connection) == len(current)
    assert dict(SearchEntry.objects.values_list("pk", "tags")) == current
    assert archive.labels(search("kampanjen", user=users["anonymous"], kind="decision")) \
        == {"M1 04/22 decision"}
    assert kind_tags.fill(connection) == 0


def test_the_meeting_words_migration_tags_entries_as_the_index_does(archive):
    # When the meeting words change, entries need a new migration with its own copy.
    import importlib

    import Stemmer

    from motebok.search.service import title_tags

    meeting_words = importlib.import_module("motebok.search.migrations.0008_meeting_words")
    stemmer = Stemmer.Stemmer("norwegian")
    for meeting in Meeting.objects.select_related("body"):
        persons = list(meeting.participations.values_list("person_id", flat=True))
        body = meeting.body.name if meeting.body_id else None
        tags = meeting_words.entry_tags(
            meeting.status, meeting.body_id, meeting.date, persons,
            meeting_words.contextual(meeting_words.context_words(
                body, meeting.title, meeting.location, meeting.date), stemmer))
        assert tags == meeting_tags(meeting, persons)
        assert meeting_words.title_tags(tags) == title_tags(tags)


@pytest.mark.django_db(transaction=True)
def test_the_meeting_words_prepared_by_the_parse_workers_are_looked_up(monkeypatch) -> None:
    """Every entry's tags end with the meeting's own words and their stems
    (``contextual``); with parse workers the storing process looks them up
    (``prepare.record_context``) and the index is what a rebuild makes."""
    from motebok.search import service

    worked_out: list[str] = []
    contextual = service.contextual
    _import_examples_with_workers(monkeypatch, [
        (service, "contextual", lambda words: worked_out.append(words) or contextual(words)),
    ])
    assert worked_out == []


def test_prepared_meeting_words_of_another_body_name_are_not_taken() -> None:
    """A worker's guess under another key (the meeting filed under a body's stored
    spelling) is worked out again, never taken: a guess costs time, not the index."""
    import datetime as dt
    from types import SimpleNamespace

    from motebok.search.prepare import Prepared
    from motebok.search.service import _meeting_words
    from motebok.search.text import context_words, contextual

    day = dt.date(2025, 3, 4)
    meeting = SimpleNamespace(title="Styremøte", location="Kulturhuset", date=day)
    prepared = Prepared({}, {}, {("Styret i Lia vel", "Styremøte", "Kulturhuset", day): "x"})
    assert _meeting_words(meeting, "Styret i Lia vel", prepared) == "x"
    assert (_meeting_words(meeting, "Lia vel, styret", prepared)
            == contextual(context_words("Lia vel, styret", "Styremøte", "Kulturhuset", day)))
    assert (_meeting_words(meeting, "Styret i Lia vel", None)
            == contextual(context_words("Styret i Lia vel", "Styremøte", "Kulturhuset", day)))


@pytest.mark.django_db(transaction=True)
def test_a_batch_rolled_back_leaves_no_full_text_row_and_loses_none(tmp_path) -> None:
    """An import holds a batch's FTS rows back until the batch commits
    (``service.write_held``); a batch rolled back for a file that cannot be stored
    drops them with its rows, and storing its files one by one writes each file's own:
    one FTS row per entry, as a rebuild makes them."""
    from motebok.archive import importer

    examples = Path(importer.__file__).resolve().parent.parent / "examples"
    (tmp_path / "a").mkdir()
    for path in examples.iterdir():
        (tmp_path / "a" / path.name).write_bytes(path.read_bytes())
    edited = tmp_path / "b" / "kystkulturradet-2024-01-22.txt"  # a corrected copy
    edited.parent.mkdir()
    edited.write_bytes((examples / edited.name).read_bytes() + b"\nRettet 1. februar.\n")
    report = importer.import_paths([str(tmp_path)], workers=1)
    assert [name for name, _problem in report.failed] == [str(edited)]
    assert fts_rows() == expected_fts(SearchEntry.objects.count())
    imported, fts = _entry_rows(), _fts_rows()
    rebuild()
    assert _entry_rows() == imported and _fts_rows() == fts


def test_the_public_needs_no_body_access_read(archive, users, monkeypatch):
    # Anonymous and inactive users have no body access (``access_body_ids`` gives an
    # empty queryset): their tags are "published" alone, without compiling that queryset
    # (0.3 ms of every anonymous search); everyone else's access is still read.
    from django.db.models.query import QuerySet

    from motebok.search.service import PUBLISHED_TAG

    inactive = users["region_member"]
    inactive.is_active = False
    original = QuerySet.values_list
    read = []

    def spy(self, *fields, **options):
        read.append(self.model.__name__)
        return original(self, *fields, **options)

    monkeypatch.setattr(QuerySet, "values_list", spy)
    assert visibility_tags(users["anonymous"]) == visibility_tags(inactive) == (PUBLISHED_TAG,)
    assert read == []
    assert len(visibility_tags(users["kompetanse_member"])) > 1
    assert read == ["Organization"]


@pytest.mark.postgres
def test_postgres_keeps_an_entry_row_whole(archive, add_meeting):
    # Migration 0009: a long item's entry (a row of several kB) is stored whole, neither
    # compressed nor moved to the TOAST table, so each check of its words outside the
    # index reads it from the row itself.
    if connection.vendor != "postgresql":
        return
    words = [f"{stem}{ending}" for stem in ("fjord", "kyst", "fjell", "skog", "elv", "bygd")
             for ending in ("plan", "veg", "lag", "tilskudd", "rapport", "budsjett",
                            "samarbeid", "utvalg", "strategi", "kontor")]
    text = " ".join(f"{word} {n}" for n, word in enumerate(words * 2))
    add_meeting({"key": "T1", "body": "regionradet", "date": date(2024, 5, 2),
                 "status": "published", "title": "Møte", "participants": [],
                 "items": [{"number": "01/24", "title": "Lang sak", "text": text,
                            "decisions": [], "actions": []}]})
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT pg_column_size(e.*), pg_column_size(e.tsv), pg_column_size(e.tsv || ''), "
            "pg_column_size(e.text), octet_length(e.text) FROM search_searchentry e "
            "WHERE e.text LIKE %s", ["%Lang sak%"])
        row, tsv, raw_tsv, stored_text, raw_text = cursor.fetchone()
        cursor.execute("SELECT reltoastrelid::regclass::text FROM pg_class "
                       "WHERE relname = 'search_searchentry'")
        cursor.execute(f"SELECT count(*) FROM {cursor.fetchone()[0]}")
        toasted = cursor.fetchone()[0]
    assert row > 3000  # well past the 2 kB at which PostgreSQL would compress or move it
    assert (tsv, stored_text, toasted) == (raw_tsv, raw_text + 4, 0)


class _RecordingBackend:
    """Stands in for a backend: records the entry rows and vocabulary words it is sent,
    file by file (``write``) or held for a batch (``write_batch``)."""

    db = None
    entry_columns = ()

    def __init__(self, holds: bool) -> None:
        self.holds_entries = holds
        self.entries: list[list] = []
        self.words: list[str] = []

    def write(self, insert, rows, known=None, held=None):
        from motebok.search import backends

        self.entries.append(insert[1])
        found = backends.vocabulary_words(rows, known)
        backends.remember_vocabulary(found, known)
        self.words += found

    def write_batch(self, inserts, words):
        self.entries += [insert[1] for insert, _rows in inserts]
        self.words += words

    @staticmethod
    def entry_rows(pairs):
        return (entry for entry, _row in pairs)


@pytest.mark.django_db
def test_entries_held_for_a_batch_are_the_rows_written_file_by_file(monkeypatch) -> None:
    """An import run holds its entries back until the batch commits (``write_held``) and
    writes them with a few INSERTs; the rows, their order (so their ids) and the new
    vocabulary words in their order (so theirs) are those that file by file gave."""
    from motebok.search import backends, service
    from motebok.search.service import NewEntry

    monkeypatch.setattr(service, "STORE_BATCH", 2)  # a meeting's entries in two statements
    meetings = [[NewEntry(m, m * 10 + n, "item", f"t{n}", "zzstatuspublished",
                          f"{word} felles{n} saknr{m}" if word else "", "")
                 for n, word in enumerate(words)]
                for m, words in enumerate([["vegvedlikehold", "budsjett", "brøyting"],
                                           ["budsjett", "idrettshall"], ["", "ordstyrer"]])]
    one_by_one = _RecordingBackend(holds=False)
    known: set[str] = set()
    for entries in meetings:
        service._store(entries, one_by_one, known)
    batched = _RecordingBackend(holds=True)
    run: dict = {}
    monkeypatch.setattr(backends, "current", lambda: batched)
    for entries in meetings:
        service._store(entries, batched, run.setdefault(service.RUN_VOCABULARY, set()),
                       held=run.setdefault(service.RUN_HELD, []))
    assert batched.entries == []  # nothing written before the commit
    service.write_held(run)
    flat = [value for params in one_by_one.entries for value in params]
    assert [value for params in batched.entries for value in params] == flat
    assert len(batched.entries) == 3 < len(one_by_one.entries) == 4  # 6 with words
    assert batched.words == one_by_one.words  # sorted per statement, not for the batch:
    assert batched.words.index("vegvedlikehold") < batched.words.index("brøyting")
    assert run[service.RUN_HELD] == [] and run[service.RUN_VOCABULARY] == known


def test_a_title_entry_s_tags_made_from_the_meeting_words_alone_are_title_tags():
    """``title_context`` (once per meeting) gives what ``title_tags`` makes of the whole
    tags, also for own words that start with "zz" as the filter tags do."""
    import random

    from motebok.search.service import entry_tags, filter_tags, title_context, title_tags

    rng = random.Random(7)
    words = ["vestdalen", "mars", "mnd202503", "dato20250304", "2025", "zzz", "zztop", "å",
             "regionråd", "z", "zz"]
    for _ in range(500):
        context = " ".join(rng.sample(words, rng.randint(1, 6)))
        filters = filter_tags("published", rng.choice([None, 3]),
                              None, rng.sample(range(1, 30), rng.randint(0, 5)))
        tags = entry_tags("published", None, None, [], context)
        assert tags.endswith(context)
        assert f"{filters} {title_context(context)}" == title_tags(f"{filters} {context}")


@pytest.mark.django_db
def test_held_entries_take_the_prepared_vocabulary_only_when_it_is_theirs(monkeypatch) -> None:
    """``write_held`` sends a meeting's prepared vocabulary words (``Prepared.vocabulary``)
    when its entries hold exactly the prepared entry words, else it splits them as
    before; either way the words sent are those file by file gave."""
    from motebok.search import backends, service
    from motebok.search.prepare import Prepared
    from motebok.search.service import NewEntry

    texts = ["brøyting av gangveier saknr1x24", "budsjett for vegvedlikehold"]
    own = Prepared({}, {}, {}, tuple(texts), ("brøyting", "budsjett", "gangveier",
                                              "saknr1x24", "vegvedlikehold"))
    wrong = own._replace(vocabulary=("disse", "ikke"))  # (to see which were sent)
    other = wrong._replace(entry_words=(texts[0],))  # a text the entries do not hold
    entries = [NewEntry(1, n, "item", text, "zzstatuspublished", text, "")
               for n, text in enumerate(texts)]
    one_by_one = _RecordingBackend(holds=False)
    known: set[str] = {"budsjett"}
    service._store(entries, one_by_one, known)
    for prepared, expected in ((own, one_by_one.words), (other, one_by_one.words),
                               (wrong, ["disse", "ikke"])):
        batched = _RecordingBackend(holds=True)
        run: dict = {service.RUN_VOCABULARY: {"budsjett"}}
        monkeypatch.setattr(backends, "current", lambda batched=batched: batched)
        service._store(entries, batched, run[service.RUN_VOCABULARY], prepared,
                       held=run.setdefault(service.RUN_HELD, []))
        service.write_held(run)
        assert batched.words == expected
