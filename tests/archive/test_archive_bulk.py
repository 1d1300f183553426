"""The importer's plain-SQL inserts (``archive.bulk``) and in-memory organisation index.

``bulk.insert`` must write exactly the rows the ORM writes (defaults, adapted dates,
times, JSON, binary, foreign keys) and hand back complete instances; ``OrgIndex`` must
answer exactly what ``identity``'s queries answer. These tests compare each with the
ORM on the same data, so a difference in either direction fails.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import sqlite3
from zoneinfo import ZoneInfo

import pytest
from django.apps import apps
from django.db import connection, models
from django.forms.models import model_to_dict
from django.test.utils import CaptureQueriesContext, override_settings
from django.utils import timezone

from motebok.archive import bulk, identity, importer
from motebok.archive.models import (
    Decision,
    Meeting,
    Organization,
    OrganizationMergeSuggestion,
    Participation,
    Person,
    SourceDocument,
)
from motebok.record import MinutesRecord
from motebok.vocab import OrganizationKind

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]

STAMPS = {"id", "created_at", "updated_at", "imported_at"}


def stored(model, pk) -> dict:
    """Every column of one stored row as the ORM reads it back, timestamps left out."""
    row = model.objects.filter(pk=pk).values().get()
    return {k: v for k, v in row.items() if k not in STAMPS}


def test_insert_writes_what_the_orm_writes():
    body = Organization.objects.create(name="Testrådet")
    source = SourceDocument.objects.create(sha256="a" * 64, content=b"\x00bytes\xff",
                                           warnings=["w"])
    fields = {"body_text": "Testrådet", "title": "Møte", "date": dt.date(2024, 2, 1),
              "start": dt.time(9, 30), "end": None, "location": "Rådhuset",
              "status": "published", "locked": True, "kind": "minutes",
              "warnings": ["en", "to æøå"], "record_hash": "b" * 64,
              "approved_at": timezone.now(), "next_date": dt.date(2024, 3, 1)}
    by_orm = Meeting.objects.create(body=body, **fields)
    by_bulk = bulk.insert(Meeting, [{"body": body, "source": source,
                                     **fields, "record_hash": "c" * 64}])[0]
    orm_row, bulk_row = stored(Meeting, by_orm.pk), stored(Meeting, by_bulk.pk)
    assert bulk_row == {**orm_row, "source_id": source.pk, "record_hash": "c" * 64}
    doc = bulk.insert(SourceDocument, [{"sha256": "d" * 64, "content": b"\x00bytes\xff",
                                        "warnings": ["w"]}])[0]
    assert stored(SourceDocument, doc.pk) == {**stored(SourceDocument, source.pk),
                                              "sha256": "d" * 64}
    assert bytes(SourceDocument.objects.get(pk=doc.pk).content) == b"\x00bytes\xff"


def test_instances_are_complete_rows_with_their_relations_cached():
    meeting = bulk.insert(Meeting, [{"title": "Møte", "status": "draft"}])[0]
    person = Person.objects.create(name="Kari Nordmann")
    rows = bulk.insert(Participation, [
        {"meeting": meeting, "person": person, "name_text": "Kari Nordmann",
         "attendance": "present", "order": 0}])
    (row,) = rows
    with CaptureQueriesContext(connection) as queries:
        assert row.person is person and row.meeting is meeting
        values = model_to_dict(row)
        assert not row._state.adding
    assert len(queries.captured_queries) == 0
    fresh = Participation.objects.get(pk=row.pk)
    assert values == model_to_dict(fresh)
    assert meeting.version == 1 and meeting.mode == "" and meeting.warnings == []


def test_an_instance_is_built_on_its_rows_own_values_not_a_copy():
    table = bulk.table(Decision)
    pending = table.pending(connection, [{"text": "Vedtatt", "order": 0}])
    (made,) = table.instances(pending, [41], connection.alias)
    assert made.__dict__ is pending.values[0]
    assert made.pk == 41 and made.text == "Vedtatt" and not made._state.adding


def test_inserting_no_rows_makes_no_statement_and_reads_no_time(monkeypatch):
    """A file without new names or merge suggestions inserts none: nothing is asked."""
    monkeypatch.setattr(timezone, "now", lambda: pytest.fail("read the time"))
    with CaptureQueriesContext(connection) as queries:
        assert bulk.insert(Person, []) == [] and bulk.insert(Person, iter(())) == []
    assert not queries.captured_queries


def test_none_and_booleans_are_bound_without_the_drivers_adaptation_protocol():
    for value in (None, True):
        assert (type(value), sqlite3.PrepareProtocol) in sqlite3.adapters
    db = sqlite3.connect(":memory:")
    db.execute("CREATE TABLE t (a, b, c)")
    db.execute("INSERT INTO t VALUES (?, ?, ?)", (None, True, False))
    assert db.execute("SELECT a, b, c, typeof(a), typeof(b) FROM t").fetchone() == (
        None, 1, 0, "null", "integer")  # what the driver stored without the adapters


def test_bytes_are_bound_without_the_drivers_adaptation_protocol_as_the_same_blob():
    assert (bytes, sqlite3.PrepareProtocol) in sqlite3.adapters
    db = sqlite3.connect(":memory:")
    db.execute("CREATE TABLE t (a)")
    db.execute("INSERT INTO t VALUES (?)", (b"\x00%PDF\xff",))
    assert db.execute("SELECT a, typeof(a) FROM t").fetchone() == (b"\x00%PDF\xff", "blob")


def test_one_datetime_is_adapted_once_however_many_columns_and_rows_hold_it(monkeypatch):
    """A meeting's timestamps and its "now" as approval and publication time: Django's
    datetime adapter runs once per object and call, and every column gets its result."""
    now = timezone.now()
    calls = []
    adapt = connection.ops.adapt_datetimefield_value
    real = bulk._adapter

    def counting(field, conn):
        found = real(field, conn)
        if isinstance(field, models.DateTimeField):
            return lambda value: calls.append(value) or found(value)
        return found

    monkeypatch.setattr(bulk, "_adapter", counting)
    table = bulk.table(Meeting)
    table._vendor = None  # the adapters are looked up again: the counting one
    rows = [{"title": t, "approved_at": now, "published_at": now, "record_hash": t * 64}
            for t in "ab"]
    try:
        pending = table.pending(connection, rows)
    finally:
        monkeypatch.undo()
        table._vendor = None  # … and the real one again for the next call
    columns = [f.attname for f in table.fields]
    assert len(calls) == 2 and calls[1] is now  # the call's timestamp, then ``now``
    for params in pending.params:
        assert params[columns.index("approved_at")] == adapt(now)
        assert params[columns.index("published_at")] == adapt(now)
        assert params[columns.index("created_at")] == params[columns.index("updated_at")]


@pytest.mark.parametrize("value", [
    "now", "now, whole seconds", dt.datetime(2024, 3, 31, 1, 30),
    dt.datetime(2024, 3, 31, 3, 30, 5, tzinfo=ZoneInfo("Europe/Oslo")),
    dt.datetime(2023, 10, 29, 2, 30, tzinfo=dt.timezone(dt.timedelta(hours=2))),
    dt.datetime(2024, 1, 1, 0, 0, 0, 1, tzinfo=dt.UTC), None])
@pytest.mark.parametrize("use_tz", [True, False])
def test_a_datetime_column_is_adapted_as_djangos_adapter_does(value, use_tz):
    """``bulk``'s datetime adapter (SQLite: UTC values directly) gives Django's value, or
    Django's error (an aware value without ``USE_TZ``)."""
    if value == "now":
        value = timezone.now()
    elif value == "now, whole seconds":
        value = timezone.now().replace(microsecond=0)
    with override_settings(USE_TZ=use_tz):
        adapt = bulk._adapter(Meeting._meta.get_field("approved_at"), connection)
        try:
            expected = connection.ops.adapt_datetimefield_value(value)
        except ValueError:
            with pytest.raises(ValueError):
                adapt(value)
            return
        assert adapt(value) == expected


@pytest.mark.parametrize("value", [[], ["Tabellen manglet en kolonne"], {}, "", None,
                                   ["æøå", {"linje": 3}]])
def test_a_json_column_is_adapted_as_the_field_does(value):
    """``bulk``'s JSON adapter (SQLite: an empty list's text directly) gives the field's
    own ``get_db_prep_save`` value."""
    if connection.vendor != "sqlite":
        pytest.skip("PostgreSQL's adapter is the field's own")
    field = Meeting._meta.get_field("warnings")
    adapted = bulk._adapter(field, connection)(value)
    assert adapted == field.get_db_prep_save(value, connection)
    assert type(adapted) is type(field.get_db_prep_save(value, connection))


def test_a_table_without_timestamps_does_not_read_the_time(monkeypatch):
    monkeypatch.setattr(timezone, "now", lambda: pytest.fail("read the time"))
    pending = bulk.table(Decision).pending(connection, [{"text": "Vedtatt", "order": 0}])
    assert pending.params


def test_a_pinned_connection_is_this_threads_own_and_only_while_pinned(monkeypatch):
    import threading

    from django.db import DEFAULT_DB_ALIAS, connections

    own = connections[DEFAULT_DB_ALIAS]
    other: list = []
    with bulk.pinned_connection() as pinned:
        assert pinned is own
        looked_up = []
        monkeypatch.setattr(bulk, "connections", _Counting(connections, looked_up))
        assert bulk.default_connection() is own and not looked_up
        def look_up() -> None:
            other.append(bulk.default_connection())
            other[0].close()

        thread = threading.Thread(target=look_up)
        thread.start()
        thread.join()
        assert looked_up  # another thread looks its own up
    assert other and other[0] is not own
    assert bulk.default_connection() is own and len(looked_up) == 2  # unpinned: looked up


class _Counting:
    """``connections`` that notes each look-up."""

    def __init__(self, connections, seen: list) -> None:
        self.connections, self.seen = connections, seen

    def __getitem__(self, alias):
        self.seen.append(alias)
        return self.connections[alias]


def test_defaults_are_fresh_per_row():
    one, two = bulk.insert(Meeting, [{"title": "A"}, {"title": "B"}])
    assert one.warnings == [] and one.warnings is not two.warnings


def test_many_rows_are_split_under_the_parameter_limit_in_order():
    meeting = bulk.insert(Meeting, [{"title": "Møte"}])[0]
    item = meeting.items.create(title="Sak", order=0)
    texts = [f"Vedtak {n}" for n in range(1500)]  # over SQLite's 999 parameters
    made = bulk.insert(Decision, [{"item": item, "text": t, "order": n}
                                  for n, t in enumerate(texts)])
    assert [d.text for d in made] == texts
    stored_texts = dict(Decision.objects.values_list("pk", "text"))
    assert [stored_texts[d.pk] for d in made] == texts


def test_sqlite_rows_get_the_ids_worked_out_without_returning():
    """On SQLite a multi-row INSERT goes without ``RETURNING`` (``bulk.inserted_ids``):
    its rows' ids are the ones before the last inserted one, in VALUES order, also
    after the newest rows were deleted (``AUTOINCREMENT`` never gives an id again)."""
    if connection.vendor != "sqlite":
        pytest.skip("PostgreSQL reads the ids off RETURNING")
    meeting = bulk.insert(Meeting, [{"title": "Møte"}])[0]
    first = bulk.insert(Decision.item.field.related_model,
                        [{"meeting": meeting, "title": f"Sak {n}", "order": n}
                         for n in range(3)])
    newest = first[-1].pk
    first[-1].delete()
    with CaptureQueriesContext(connection) as queries:
        more = bulk.insert(Decision.item.field.related_model,
                           [{"meeting": meeting, "title": f"Ny sak {n}", "order": n}
                            for n in range(4)])
    assert "RETURNING" not in queries.captured_queries[0]["sql"]
    stored_ids = dict(meeting.items.values_list("title", "pk"))
    assert [stored_ids[i.title] for i in more] == [i.pk for i in more]
    assert more[0].pk == newest + 1


def test_the_record_hash_is_the_hash_of_the_canonical_export():
    record = MinutesRecord.from_dict({
        "schema_version": 1, "body": "Rådet", "organization": "Nordvik kommune",
        "title": "Møte «1»", "meeting": {"date": "2024-02-01", "start": "09:00"},
        "participants": [{"name": "Kari Nordmann", "role": "chair", "note": "til 10"}],
        "items": [{"number": "01/24", "title": "Sak", "text": "Tekst\nmed linjer",
                   "decisions": ["Vedtatt."],
                   "actions": [{"text": "Følge opp", "responsible": "Kari",
                                "due": "2024-03-01"}]}],
        "warnings": ["uklar dato"]})
    canonical = json.dumps(record.to_dict(), sort_keys=True, ensure_ascii=False,
                           separators=(",", ":"))
    assert importer.record_hash(record) == hashlib.sha256(canonical.encode()).hexdigest()


# --------------------------------------------------------------------------- OrgIndex

ORG_NAMES = [("Styret", None), ("Nordvik kommune", None), ("Nordvik", None),
             ("Oppvekstutvalget", None), ("Oppvekstutvalget i Nordvik kommune", None),
             ("Formannskapet", ["Formannskap", "FSK"]), ("Vestfjord regionråd", ["Regionrådet"])]


def make_orgs() -> None:
    for name, aliases in ORG_NAMES:
        kind = identity.guess_kind(name) if "kommune" in name else OrganizationKind.BODY.value
        Organization.objects.create(name=name, kind=kind, aliases=aliases or [])


@pytest.mark.parametrize("name", ["Styret", "styret", "FSK", "formannskap", "Regionrådet",
                                  "Nordvik kommune", "Ukjent", "", "Oppvekstutvalget"])
def test_the_org_index_matches_like_the_query(name):
    make_orgs()
    index = identity.OrgIndex.load()
    assert index.match(name) == Organization.objects.match(name)


@pytest.mark.parametrize("name", ["Nordvik kommune", "Oppvekst", "Styre", "Vestfjord",
                                  "Nord Oppvekstutvalget"])
def test_the_org_index_candidates_are_the_candidate_query(name):
    make_orgs()
    index = identity.OrgIndex.load()
    tokens = identity.name_tokens(name)
    queried = list(Organization.objects.filter(identity._organization_candidates(tokens))
                   .order_by("name", "pk"))
    assert index.candidates(tokens, exclude_pk=0) == queried


BODIES = [("Styret", "Kystkulturrådet"), ("Styret", "Nordvik kommune"), ("Styret", None),
          ("Oppvekstutvalget", "Nordvik kommune"), ("Oppvekstutvalg", "Nordvik kommune"),
          ("Formannskapet", "Nordvik kommune"), ("FSK", None), ("Styret", "Kystkulturrådet"),
          ("Nordvik kommunestyre", "Nordvik kommune"), ("Helse og omsorg", "Nordvik/Sørvik"),
          ("Arbeidsutvalget", "Kystkulturrådet"), ("Arbeidsutvalget", "Nordvik kommune"),
          ("Arbeidsutvalget", "Kystkulturrådet")]


def body_rows() -> tuple[list[tuple], set[tuple]]:
    """The organisations and organisation suggestions, without ids."""
    orgs = [(o.name, o.slug, o.kind, o.parent.name if o.parent else None, o.aliases,
             o.numbering) for o in Organization.objects.order_by("pk")]
    suggestions = {(s.keep.name, s.other.name, s.score, s.reason)
                   for s in OrganizationMergeSuggestion.objects.all()}
    return orgs, suggestions


def test_the_org_index_finds_and_creates_bodies_like_the_queries():
    make_orgs()
    by_query = [(b.name, b.parent.name if b.parent else None)
                for b in (identity.body_for(*pair) for pair in BODIES)]
    expected = body_rows()
    assert expected[1] and len(expected[0]) >= len(ORG_NAMES) + 6  # suggestions, new rows
    OrganizationMergeSuggestion.objects.all().delete()
    Organization.objects.all().delete()
    make_orgs()
    index = identity.OrgIndex.load()
    by_index = [(b.name, b.parent.name if b.parent else None)
                for b in (index.body_for(*pair) for pair in BODIES)]
    assert by_index == by_query
    assert body_rows() == expected
    assert index.organization_for("Sørvik kommune") == identity.organization_for(
        "Sørvik kommune")


def test_the_org_index_sees_organisations_stored_behind_its_back():
    index = identity.OrgIndex.load()
    index.organization_for("Nordvik kommune")
    styret = Organization.objects.create(name="Styret")  # another process, during the run
    assert index.body_for("Styret", None) == styret
    assert Organization.objects.filter(normalized_name="styret").count() == 1


def test_independent_tables_go_in_together_in_order():
    meeting = bulk.insert(Meeting, [{"title": "Møte"}])[0]
    people = bulk.insert(Person, [{"name": n, "normalized_name": n.casefold()}
                                  for n in ("Kari Nordmann", "Ola Hansen")])
    with CaptureQueriesContext(connection) as queries:
        participations, none, items = bulk.insert_together(
            (Participation, [{"meeting": meeting, "person": p, "name_text": p.name,
                              "attendance": "present", "order": n}
                             for n, p in enumerate(people)]),
            (Decision, []),
            (meeting.items.model, [{"meeting": meeting, "title": f"Sak {n}", "order": n}
                                   for n in range(3)]))
    assert none == []
    assert [p.person_id for p in participations] == [p.pk for p in people]
    assert [Participation.objects.get(pk=p.pk).name_text for p in participations] == [
        "Kari Nordmann", "Ola Hansen"]
    assert [i.title for i in meeting.items.order_by("pk")] == [i.title for i in items]
    assert [i.pk for i in meeting.items.order_by("pk")] == [i.pk for i in items]
    # One round trip on PostgreSQL; one statement per table where round trips are free.
    assert len(queries.captured_queries) == (1 if connection.vendor == "postgresql" else 2)


def minutes(names: list[str], date: str) -> MinutesRecord:
    return MinutesRecord.from_dict({
        "schema_version": 1, "body": "Testrådet", "title": "Møte", "meeting": {"date": date},
        "participants": [{"name": n} for n in names],
        "items": [{"number": "1", "title": "Sak", "decisions": ["Tatt til orientering."],
                   "actions": [{"text": "Følge opp.", "responsible": names[0]}]}]})


def test_a_document_of_known_people_costs_one_statement_per_table():
    lookups = importer.Lookups(index_people=True)
    importer.store_record_outcome(minutes(["Kari Nordmann", "Ola Hansen"], "2024-02-01"),
                                  lookups=lookups)
    with CaptureQueriesContext(connection) as queries:
        importer.store_record_outcome(minutes(["Kari Nordmann", "Ola Hansen"], "2024-03-01"),
                                      b"the file", lookups=lookups, known_new=True)
    archive = [q["sql"] for q in queries.captured_queries
               if "archive_" in q["sql"] and "search_" not in q["sql"]]
    # source, meeting, participants + items, decisions + actions: together on PostgreSQL
    assert len(archive) == (4 if connection.vendor == "postgresql" else 6), archive


def test_creating_a_meeting_still_sends_post_save():
    from django.db.models.signals import post_save

    seen = []

    def listener(sender, instance, created, **kwargs):
        seen.append((sender.__name__, created, instance.pk is not None))

    for model in (Meeting, SourceDocument, Organization):
        post_save.connect(listener, sender=model, dispatch_uid=f"test-{model.__name__}")
    try:
        importer.store_record_outcome(minutes(["Kari Nordmann"], "2024-02-01"), b"file",
                                      lookups=importer.Lookups(index_people=True))
    finally:
        for model in (Meeting, SourceDocument, Organization):
            post_save.disconnect(sender=model, dispatch_uid=f"test-{model.__name__}")
    created = sorted(entry for entry in seen if entry[1])  # (a body's numbering is saved too)
    assert created == [("Meeting", True, True), ("Organization", True, True),
                       ("SourceDocument", True, True)]


def test_an_unknown_column_is_an_error_not_a_default():
    with pytest.raises(TypeError, match="responsible"):
        bulk.insert(Meeting, [{"title": "Møte", "responsible": "Kari"}])


def test_an_unknown_column_beside_foreign_keys_is_an_error_before_any_statement():
    person = Person.objects.create(name="Kari Nordmann", normalized_name="kari nordmann")
    with CaptureQueriesContext(connection) as queries, pytest.raises(
            TypeError, match=r"Participation has no column rolle$"):
        # a foreign key by field name, another by column, a made default left out
        bulk.insert(Participation, [{"meeting_id": 1, "person": person, "name_text": "Kari"},
                                    {"meeting_id": 1, "person_id": person.id, "rolle": "leder"}])
    assert queries.captured_queries == []


def test_a_row_leaving_out_a_column_without_a_default_and_misspelling_one_is_refused():
    # (s76h) "role" has no declared default: left out, and "rolle" named, the count of
    # the completed values still finds the unknown name (the table's values before the
    # row's own hold every column, a column without a default too)
    with pytest.raises(TypeError, match=r"Participation has no column rolle$"):
        bulk.insert(Participation, [{"meeting_id": 1, "name_text": "Kari", "rolle": "leder"}])


@pytest.mark.parametrize("model", sorted(apps.get_app_config("archive").get_models(),
                                         key=lambda model: model.__name__),
                         ids=lambda model: model.__name__)
def test_every_archive_table_completes_a_row_that_names_no_column(model):
    # (s76h, s76i) what Table.pending's count of a row's values rests on (a misspelt
    # column is one value too many), for every model the archive has now or gets later:
    # the table's own values hold every column, one without a declared default too, so
    # a row naming none is complete; and one naming only an unknown column is refused
    table = bulk.Table(model)
    [params] = table.pending(connection, [{}]).params
    assert len(params) == len(table.fields)
    with pytest.raises(TypeError, match=rf"^{model.__name__} has no column kolonne$"):
        table.pending(connection, [{"kolonne": 1}])


@pytest.mark.parametrize("sql", [
    "INSERT INTO t (a, b) VALUES (%s, %s), (%s, %s)", "SELECT %s%s", "SELECT '%%s', %s",
    "SELECT %s WHERE a LIKE '%%x%%'", "SELECT 'a%s' || %s", "SELECT 1"])
def test_a_statement_is_made_sqlites_as_djangos_cursor_makes_it(sql):
    from django.db.backends.sqlite3.base import FORMAT_QMARK_REGEX

    assert bulk._qmark(sql) == FORMAT_QMARK_REGEX.sub("?", sql).replace("%%", "%")


# --------------------------------------------------------------------------- bulk.run


def test_run_goes_straight_to_the_driver_when_no_one_watches_the_queries(monkeypatch):
    from django.db import connections

    connection.ensure_connection()

    def no_cursor(*args, **kwargs):
        raise AssertionError("bulk.run took Django's cursor with no one watching")

    monkeypatch.setattr(connections["default"], "cursor", no_cursor)
    assert bulk.run("SELECT %s + 1", [1]) == [(2,)]
    assert bulk.run("SELECT 1 WHERE 1 = %s", [2]) == []


def test_run_shows_its_queries_to_whoever_watches_them():
    with CaptureQueriesContext(connection) as queries:
        assert bulk.run("SELECT %s + 1", [1]) == [(2,)]
    assert len(queries.captured_queries) == 1


def test_run_logs_its_queries_when_debug_is_turned_on_and_stops_when_it_is_off(settings):
    """``settings.DEBUG`` is read once, not per statement, and read again when changed."""
    connection.ensure_connection()
    bulk.run("SELECT 1")  # DEBUG (off in tests) is read and kept
    settings.DEBUG = True  # (sends ``setting_changed``, as ``override_settings`` does)
    connection.queries_log.clear()
    bulk.run("SELECT %s + 2", [1])
    assert [q["sql"] for q in connection.queries] == ["SELECT 1 + 2"]
    settings.DEBUG = False
    bulk.run("SELECT %s + 3", [1])
    assert len(connection.queries_log) == 1


def test_run_does_not_read_the_debug_setting_for_every_statement(monkeypatch):
    from django.conf import settings

    connection.ensure_connection()
    bulk.run("SELECT 1")  # DEBUG read once
    reads = []
    original = type(settings).__getattribute__

    def counted(self, name):
        if name == "DEBUG":
            reads.append(name)
        return original(self, name)

    monkeypatch.setattr(type(settings), "__getattribute__", counted)
    for n in range(5):
        bulk.run("SELECT %s", [n])
    assert reads == []


def test_run_raises_djangos_errors_and_respects_a_broken_transaction():
    from django.db import IntegrityError, transaction
    from django.db.transaction import TransactionManagementError

    connection.ensure_connection()
    row = {"filename": "a.txt", "sha256": "a" * 64, "format": "txt", "kind": "other"}
    bulk.insert(SourceDocument, [row])
    with pytest.raises(IntegrityError), transaction.atomic():
        bulk.insert(SourceDocument, [row])  # the same sha256 again
    with pytest.raises(TransactionManagementError), transaction.atomic():
        try:
            with transaction.atomic(savepoint=False):
                bulk.insert(SourceDocument, [row])
        except IntegrityError:
            pass
        bulk.run("SELECT 1")


def test_run_marks_a_connection_an_error_may_have_broken():
    """As Django's cursor wrapper does: an error other than a data or integrity error
    (here a table that does not exist) is Django's, and the connection is marked."""
    from django.db import DatabaseError, IntegrityError, transaction

    connection.ensure_connection()
    connection.errors_occurred = False
    with pytest.raises(DatabaseError) as raised, transaction.atomic():
        bulk.run("SELECT id FROM no_such_table WHERE id = %s", [1])
    assert not isinstance(raised.value, IntegrityError)
    assert isinstance(raised.value.__cause__, connection.Database.Error)
    assert connection.errors_occurred
    connection.errors_occurred = False


def test_a_document_of_known_people_and_words_costs_a_fixed_number_of_statements(
        django_capture_on_commit_callbacks):
    """The whole write of one more document of a run, index included: one statement per
    table (tables together on PostgreSQL), and no vocabulary statement once the run's
    earlier documents committed every word."""
    lookups = importer.Lookups(index_people=True)
    with django_capture_on_commit_callbacks(execute=True):
        importer.store_record_outcome(minutes(["Kari Nordmann", "Ola Hansen"], "2024-02-01"),
                                      lookups=lookups)
    with CaptureQueriesContext(connection) as queries:
        importer.store_record_outcome(minutes(["Kari Nordmann", "Ola Hansen"], "2024-03-01"),
                                      b"the file", lookups=lookups, known_new=True)
    statements = [q["sql"] for q in queries.captured_queries
                  if not q["sql"].startswith(("SAVEPOINT", "RELEASE"))]
    assert not any("search_vocabulary" in sql for sql in statements), statements
    # SQLite: source, meeting, participants, items, decisions, actions, entries, FTS rows;
    # PostgreSQL: source, meeting, participants + items, decisions + actions, entries.
    assert len(statements) == (5 if connection.vendor == "postgresql" else 8), statements


def test_rows_of_one_call_with_and_without_dates_write_what_the_orm_writes():
    """Empty dates and times are sent as NULL without their adapter, filled ones
    adapted, row by row in one statement; the timestamps of one call are one value."""
    rows = [{"title": "A", "date": None, "start": None, "next_date": dt.date(2024, 5, 2),
             "approved_at": None, "record_hash": "e" * 64},
            {"title": "B", "date": dt.date(2024, 4, 1), "start": dt.time(18, 0),
             "next_date": None, "approved_at": timezone.now(), "record_hash": "f" * 64}]
    made = bulk.insert(Meeting, rows)
    for row, meeting in zip(rows, made, strict=True):
        by_orm = Meeting.objects.create(**{**row, "record_hash": row["record_hash"][:-1] + "0"})
        assert stored(Meeting, meeting.pk) == {**stored(Meeting, by_orm.pk),
                                               "record_hash": row["record_hash"]}
    stamps = Meeting.objects.filter(pk__in=[m.pk for m in made]).values_list("created_at",
                                                                              flat=True)
    assert len(set(stamps)) == 1


# A pool of name parts that share prefixes, runs of letters and short words, so that every
# branch of the candidate query (every word held, a word's start, the first letters) has
# hits and near misses among the organisations below.
NAME_PARTS = ["Nordvik", "Nord", "Sørvik", "kommune", "kommunestyre", "Oppvekstutvalget",
              "Oppvekst", "utvalg", "for", "og", "i", "AU", "IT", "Helse-", "omsorg",
              "Regionrådet", "Vest", "Vestfjord", "regionråd", "Styret", "Styre", "FAU",
              "Kystkulturrådet", "kultur", "Arbeidsutvalget", "Ås", "Å", "nett-verk"]


def random_names(rng, count: int) -> list[str]:
    return [" ".join(rng.choice(NAME_PARTS) for _ in range(rng.randint(1, 4)))
            for _ in range(count)]


def test_the_org_index_candidates_are_the_candidate_query_for_many_names():
    """The index of heads and runs of letters gives exactly the query's candidates,
    order included, for random names among random organisations (with aliases)."""
    import random

    rng = random.Random(40)
    for n, name in enumerate(random_names(rng, 150)):
        aliases = random_names(rng, rng.randint(0, 2))
        Organization.objects.create(name=name, kind=OrganizationKind.OTHER.value,
                                    aliases=aliases, slug=f"org-{n}")
    index = identity.OrgIndex.load()
    some = Organization.objects.order_by("pk")[7]
    for name in [*random_names(rng, 120), "A", "Å i", "I og i", "Nordvik-Sørvik"]:
        tokens = identity.name_tokens(name)
        queried = list(Organization.objects.filter(identity._organization_candidates(tokens))
                       .exclude(pk=some.pk).order_by("name", "pk"))
        assert index.candidates(tokens, exclude_pk=some.pk) == queried, name
        assert index.match(name) == Organization.objects.match(name), name


class NoWalk(dict):
    """``OrgIndex.by_pk`` that fails a test which walks every organisation."""

    def values(self):
        raise AssertionError("walked every organisation")


def test_a_new_name_is_matched_and_compared_without_walking_every_organisation():
    """A run's new names are looked up by key, alias, head and run of letters, not by
    testing each organisation: that made a long run quadratic in its organisations."""
    for n in range(40):
        Organization.objects.create(name=f"Faggruppe {n} for næring", slug=f"fg-{n}",
                                    aliases=[f"FG {n}"])
    index = identity.OrgIndex.load()
    index.by_pk = NoWalk(index.by_pk)
    assert index.match("fg 7").name == "Faggruppe 7 for næring"
    assert index.match("Ukjent utvalg") is None
    tokens = identity.name_tokens("Faggruppe 7 for reiseliv")
    assert [o.name for o in index.candidates(tokens, exclude_pk=0)] == sorted(
        f"Faggruppe {n} for næring" for n in range(40))
    assert index.candidates(identity.name_tokens("Reiseliv"), exclude_pk=0) == []
    assert index.organization_for("Næringsforeningen").name == "Næringsforeningen"
