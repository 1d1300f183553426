"""The index's text work done ahead in a parse worker (``motebok.search.prepare``).

No database: the worker never starts Django. What the storing process does with the
result is tested in test_index.py.
"""

from __future__ import annotations

from motebok.archive.parsing import load_preparers, prepare
from motebok.record import MinutesRecord
from motebok.search.handlers import PREPARED_KEY, PREPARER
from motebok.search.prepare import Prepared, prepare_record
from motebok.search.text import (
    action_text,
    headed_text,
    index_words,
    item_heading,
    item_text,
    stem_words,
)


def record() -> MinutesRecord:
    """A small invented record with a title, two items, a decision and actions."""
    return MinutesRecord.from_dict({
        "schema_version": 1, "body": "Styret i Havbygd kystlag", "title": None,
        "meeting": {"date": "2024-03-05"},
        "items": [
            {"number": "07/24", "title": "Sommerstevnet", "text": "Planene ble lagt fram.",
             "decisions": ["Styret godkjente programmet."],
             "actions": [{"text": "Sende invitasjoner", "responsible": "Kari Nes",
                          "due": None},
                         {"text": "Bestille telt", "responsible": None, "due": None}]},
            {"number": None, "title": "Eventuelt", "text": None},
        ],
    })


def test_an_item_entry_is_its_number_and_title_then_its_text():
    assert (item_text("07/24", 7, 2024, "Sommerstevnet", "Planene.")
            == "07/24 Sommerstevnet\nPlanene.")
    assert item_text("", 7, 2024, "Sommerstevnet", None) == "07/24 Sommerstevnet"
    assert item_text("", None, None, "Eventuelt", "") == "Eventuelt"


def test_an_item_entry_made_from_its_heading_is_the_same_text():
    cases = [("07/24", 7, 2024, "Sommerstevnet", "Planene."), ("", 7, 2024, "Møte", None),
             ("", None, None, "Eventuelt", ""), ("", None, None, "", "Bare tekst."),
             ("", None, None, "", None), ("3", 3, None, "", "Tekst.")]
    for number, sequence, year, title, text in cases:
        heading = item_heading(number, sequence, year, title)
        assert headed_text(heading, text) == item_text(number, sequence, year, title, text)


def test_an_action_entry_names_who_is_responsible_in_brackets():
    assert action_text("Sende invitasjoner", "Kari Nes") == "Sende invitasjoner (Kari Nes)"
    assert action_text("Bestille telt", None) == "Bestille telt"


def test_every_entry_text_of_a_record_is_prepared_with_its_words_and_stems():
    prepared = prepare_record(record())
    assert set(prepared.words) == {
        "Styret i Havbygd kystlag",  # no title: the body's name stands for it
        "07/24 Sommerstevnet\nPlanene ble lagt fram.", "Styret godkjente programmet.",
        "Sende invitasjoner (Kari Nes)", "Bestille telt", "Eventuelt",
        "07/24 Sommerstevnet"}  # the item's heading, ranked above its text
    for text, words in prepared.words.items():
        assert words == index_words(text)
        assert prepared.stems[words] == stem_words(words)
    assert prepared.words["07/24 Sommerstevnet\nPlanene ble lagt fram."].startswith("saknr7x24")


def test_the_entries_own_words_are_prepared_with_their_vocabulary_words():
    """The entries' texts' index words (not a heading's alone: the item's text holds
    it), each once, and their words of four letters or more, sorted, each once."""
    prepared = prepare_record(record())
    texts = ["Styret i Havbygd kystlag", "07/24 Sommerstevnet\nPlanene ble lagt fram.",
             "Styret godkjente programmet.", "Sende invitasjoner (Kari Nes)", "Bestille telt",
             "Eventuelt"]
    assert prepared.entry_words == tuple(index_words(text) for text in texts)
    words = " ".join(prepared.entry_words).split()
    assert prepared.vocabulary == tuple(sorted({word for word in words if len(word) >= 4}))
    assert "nes" not in prepared.vocabulary and "sommerstevnet" in prepared.vocabulary


def test_a_worker_finds_the_preparer_by_its_dotted_path():
    preparers = load_preparers({PREPARED_KEY: PREPARER, "gone": "motebok.nowhere:nothing",
                                "typo": "motebok.search.prepare:no_such_function"})
    assert list(preparers) == [PREPARED_KEY]
    made = prepare(record(), preparers)
    assert isinstance(made[PREPARED_KEY], Prepared)


def test_a_preparer_that_fails_is_left_out_and_never_fails_the_file():
    def broken(_record):
        raise ValueError("a bug in a listener")

    assert prepare(record(), {"broken": broken, "fine": lambda r: r.body}) == {
        "fine": "Styret i Havbygd kystlag"}
    assert prepare("empty file", {"fine": lambda r: r.body}) == {}  # a file's problem


def test_the_meeting_words_are_prepared_under_the_body_and_organisation_names():
    """Every entry's tags carry the meeting's own words (``contextual``); a worker
    makes them under each name the archive may file the meeting by, whitespace
    collapsed as a new body's name is written."""
    import datetime as dt

    from motebok.search.text import context_words, contextual

    made = record()
    made.organization = "Havbygd  kystlag"
    made.meeting.location = "Naustet"
    contexts = prepare_record(made).contexts
    day = dt.date(2024, 3, 5)
    # (the date as ISO text, as the storing process looks it up: ``ContextKey``)
    assert set(contexts) == {("Styret i Havbygd kystlag", None, "Naustet", "2024-03-05"),
                             ("Havbygd kystlag", None, "Naustet", "2024-03-05")}
    for (body, title, place, _when), words in contexts.items():
        assert words == contextual(context_words(body, title, place, day))
    made.meeting.date = "5. mars"  # not ISO: the import refuses it, nothing is prepared
    assert prepare_record(made).contexts == {}
