"""The import run's in-memory people index and the rows handed to ``meeting_saved``.

An import run reads every person's name once (``identity.NameIndex``) instead of
querying per document; these tests pin that it finds what the queries found, sees
people stored behind its back, and that the search listener gets the rows just
written without a query.
"""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from motebok.archive import identity, importer, signals
from motebok.archive.models import Action, Meeting, Participation, Person, PersonMergeSuggestion
from motebok.archive.names import name_tokens, normalize_name
from motebok.record import MinutesRecord

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]

NAMES = ["Ola Hansen", "Ole Hansen", "Hansen Ola", "Ola Johan Hansen", "Kari Nordmann",
         "Kari Nordman", "Kari Berg Nordmann", "Al Berg", "Alf Berg", "Berg Al", "Anne-Lise Ås",
         "Anne-Lise Aas", "Eystein Kleiven", "Kleiven Eystein", "Ola", "Olaf", "Åse Ørn",
         "Åse Øren", "Gunnhild Paulson", "Gunhild Paulsen", "Per Per", "Per Persen"]


def record(names: list[str], *, body: str = "Testrådet", date: str = "2024-02-01",
           title: str = "Møte") -> MinutesRecord:
    return MinutesRecord.from_dict({
        "schema_version": 1, "body": body, "title": title, "meeting": {"date": date},
        "participants": [{"name": n} for n in names],
        "items": [{"number": "1", "title": "Sak", "decisions": ["Tatt til orientering."],
                   "actions": [{"text": "Følge opp.", "responsible": names[0]}]}]})


def suggestion_pairs() -> set[tuple[str, str, float, str]]:
    return {(s.keep.name, s.other.name, s.score, s.reason)
            for s in PersonMergeSuggestion.objects.select_related("keep", "other")}


def test_index_candidates_are_the_candidate_filter():
    for name in NAMES:
        Person.objects.create(name=name)
    index = identity.NameIndex.load()
    for name in [*NAMES, "Hans Ola", "A B", "Ola-Kari Nord", "Nordmann Kari"]:
        tokens = name_tokens(name)
        queried = set(Person.objects.filter(identity._candidate_filter(tokens))
                      .values_list("pk", "name"))
        assert set(index.candidates(tokens)) == queried, name


def test_a_run_suggests_the_same_merges_as_storing_one_by_one(tmp_path):
    docs = [NAMES[i:i + 4] for i in range(0, len(NAMES), 3)]
    for n, names in enumerate(docs):
        importer.store_record(record(names, date=f"2024-02-{n + 1:02d}"))
    one_by_one = suggestion_pairs()
    assert one_by_one  # the names are chosen to be near each other

    PersonMergeSuggestion.objects.all().delete()
    Participation.objects.all().delete()
    Action.objects.all().delete()
    Person.objects.all().delete()
    lookups = importer.Lookups(index_people=True)
    for n, names in enumerate(docs):
        importer.store_record_outcome(record(names, date=f"2024-02-{n + 1:02d}", title="Igjen"),
                                      lookups=lookups)
    assert suggestion_pairs() == one_by_one


def test_people_stored_behind_the_index_are_seen():
    lookups = importer.Lookups(index_people=True)
    importer.store_record_outcome(record(["Per Persen"]), lookups=lookups)
    assert lookups.names() is not None
    # Another process stores two people after the run read its index.
    kari = Person.objects.create(name="Kari Nordmann")
    Person.objects.create(name="Gunnhild Paulson")
    meeting, created = importer.store_record_outcome(
        record(["Kari Nordmann", "Gunhild Paulsen"], date="2024-03-01"), lookups=lookups)
    assert created
    assert meeting.participations.get(name_text="Kari Nordmann").person_id == kari.pk
    assert Person.objects.filter(normalized_name="kari nordmann").count() == 1
    assert [(k, o, r) for k, o, _, r in suggestion_pairs()] == [
        ("Gunnhild Paulson", "Gunhild Paulsen", identity.REASON_SPELLING)]


@pytest.mark.django_db(transaction=True)  # the stale id fails at COMMIT, as in a real run
def test_a_stale_index_entry_is_retried_with_a_fresh_one():
    lookups = importer.Lookups(index_people=True)
    importer.store_record_outcome(record(["Kari Nordmann"]), lookups=lookups)
    # A merge elsewhere deletes the person the index still holds.
    identity.merge(Person.objects.create(name="Kari Nordman"),
                   Person.objects.get(normalized_name="kari nordmann"))
    meeting, created = importer.store_record_outcome(
        record(["Kari Nordmann"], date="2024-03-01"), lookups=lookups)
    assert created
    # the retry, with a fresh index, finds the spelling merged away as the kept person
    assert meeting.participations.get().person == Person.objects.get()
    assert Person.objects.get().normalized_name == "kari nordman"


def test_the_listener_gets_the_written_rows_without_a_query():
    seen = {}

    def listener(sender, meeting, **kwargs):
        with CaptureQueriesContext(connection) as queries:
            seen["created"] = kwargs.get("created")
            seen["people"] = [p.person.name for p in meeting.participations.all()]
            seen["items"] = [(i.title, [d.text for d in i.decisions.all()],
                              [(a.text, a.responsible_person.name if a.responsible_person
                                else None) for a in i.actions.all()])
                             for i in meeting.items.all()]
            seen["body"] = meeting.body.name
        seen["queries"] = len(queries.captured_queries)

    signals.meeting_saved.connect(listener, dispatch_uid="test-written-rows")
    try:
        meeting = importer.store_record(record(["Kari Nordmann", "Ola Hansen"]))
    finally:
        signals.meeting_saved.disconnect(dispatch_uid="test-written-rows")
    assert seen == {"created": True, "people": ["Kari Nordmann", "Ola Hansen"],
                    "items": [("Sak", ["Tatt til orientering."],
                               [("Følge opp.", "Kari Nordmann")])],
                    "body": "Testrådet", "queries": 0}
    # The rows are the stored ones, and the caller's meeting reads from the database again.
    fresh = Meeting.objects.get(pk=meeting.pk)
    assert [p.person.name for p in fresh.participations.all()] == seen["people"]
    assert not getattr(meeting, "_prefetched_objects_cache", {})
    with CaptureQueriesContext(connection) as queries:
        list(meeting.items.all())
    assert len(queries.captured_queries) == 1


def test_a_refined_primed_relation_asks_the_database():
    meeting = importer.store_record(record(["Kari Nordmann"]))
    item = meeting.items.get()
    importer._prime(item, "decisions", [])
    assert list(item.decisions.all()) == []  # the primed rows
    assert [d.text for d in item.decisions.filter(order=0)] == ["Tatt til orientering."]
    assert normalize_name(item.decisions.order_by("pk").first().text) == "tatt til orientering."


def test_relations_primed_together_are_primed_as_one_by_one():
    """``_prime_each`` (an item's decisions and actions, every item of a file) leaves each
    instance what ``_prime`` would: its own rows, without a query; a new query asks the
    database."""
    meeting = importer.store_record(record(["Kari Nordmann"]))
    item = meeting.items.get()
    twin = meeting.items.get()
    stored = list(item.decisions.all())
    importer._prime_each([item, twin], "decisions", [stored, []])
    with CaptureQueriesContext(connection) as queries:
        assert list(item.decisions.all()) == stored and list(twin.decisions.all()) == []
        assert item.decisions.count() == 1 and not twin.decisions.exists()
    assert len(queries.captured_queries) == 0
    assert [d.text for d in twin.decisions.filter(order=0)] == ["Tatt til orientering."]


def test_an_organisation_text_is_looked_up_once_a_run_and_again_after_a_rollback(monkeypatch):
    """``_representing`` keeps its answer per text as written, and forgets it with the
    run's organisations (``Lookups.forget``)."""
    lookups = importer.Lookups(index_people=True)
    asked = []
    real = lookups.organization_for
    monkeypatch.setattr(lookups, "organization_for", lambda name: asked.append(name) or real(name))
    first = importer._representing("Strandvik kommune", lookups)
    assert first is not None and first.name == "Strandvik kommune"
    assert importer._representing("Strandvik kommune", lookups) is first
    assert importer._representing(" Strandvik  kommune", lookups) is first  # the same name
    assert importer._representing("sekretariatet", lookups) is None  # a function
    assert importer._representing("Strandvik kommune/Nordby kommune", lookups) is None
    assert importer._representing(None, lookups) is None
    assert asked == ["Strandvik kommune"]
    lookups.forget()
    assert importer._representing("Strandvik kommune", lookups).pk == first.pk
    assert asked == ["Strandvik kommune", "Strandvik kommune"]
