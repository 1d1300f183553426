"""Reading a minutes record back from JSON (``motebok import`` of a backup)."""

from __future__ import annotations

import pytest

from motebok.record import MinutesRecord


def record(**fields):
    """A spec v1 object with the given top-level fields."""
    return {"schema_version": 1, **fields}


def test_a_full_record_reads_back_as_written():
    data = record(kind="minutes", title="Referat", body="Styret", organization="Åsen vel",
                  document_date="2024-03-02",
                  meeting={"date": "2024-03-01", "start": "18:00", "end": None,
                           "location": "Teams"},
                  participants=[{"name": "Kari Holm", "organization": "Åsen vel",
                                 "role": "chair", "attendance": "partial", "note": "fra sak 2"}],
                  items=[{"number": "01/24", "title": "Budsjett", "text": "Drøftet.",
                          "decisions": ["Vedtatt."],
                          "actions": [{"text": "Sende søknad", "responsible": "Kari Holm",
                                       "due": "2024-04-01"}]}],
                  next_meeting={"date": "2024-05-01", "start": None, "location": None},
                  warnings=["no year"], source={"filename": "a.txt", "sha256": None,
                                                "format": "txt"})
    assert MinutesRecord.from_dict(data).to_dict() == data


def test_missing_fields_take_the_spec_defaults_and_an_item_number_may_be_a_number():
    read = MinutesRecord.from_dict(record(participants=[{"name": "Kari Holm"}],
                                          items=[{"number": 5, "decisions": None}]))
    assert (read.kind, read.participants[0].attendance, read.participants[0].role) == (
        "other", "present", None)
    assert (read.items[0].number, read.items[0].text, read.items[0].decisions) == ("5", "", [])


@pytest.mark.parametrize(("fields", "message"), [
    ({"title": ["Referat"]}, "title: expected text or null, not a list"),
    ({"participants": "Kari Holm"}, "participants: expected a list, not text"),
    ({"participants": [{"name": None}]}, "participants[0].name: expected text, not null"),
    ({"participants": [{"name": "Kari", "attendance": "sometimes"}]},
     "participants[0].attendance: 'sometimes' is not one of present, absent, partial"),
    ({"participants": [{"name": "Kari", "role": "boss"}]},
     "participants[0].role: 'boss' is not one of chair, secretary, member, guest"),
    ({"kind": "poem"}, "kind: 'poem' is not one of minutes, agenda, presentation, other"),
    ({"items": [{"title": "A", "decisions": ["Ja", None]}]},
     "items[0].decisions[1]: expected text, not null"),
    ({"items": [{"title": "A", "actions": [{"text": 3}]}]},
     "items[0].actions[0].text: expected text, not a number"),
    ({"items": [{"number": True}]}, "items[0].number: expected text or null, not true/false"),
    ({"meeting": "i går"}, "meeting: expected an object, not text"),
    ({"meeting": {"date": 20240301}}, "meeting.date: expected text or null, not a number"),
    ({"items": ["Budsjett"]}, "items[0]: expected an object, not text"),
    ({"warnings": [""]}, "warnings[0]: empty"),
    ({"body": "Rådet\x00"}, "body: holds a NUL character or a lone surrogate"),
    ({"items": [{"title": "Møte \ud800"}]},
     "items[0].title: holds a NUL character or a lone surrogate"),
])
def test_a_field_of_the_wrong_shape_is_named_not_stored_as_python_text(fields, message):
    with pytest.raises(ValueError) as raised:
        MinutesRecord.from_dict(record(**fields))
    assert str(raised.value) == message


@pytest.mark.parametrize("data", [None, [], {"schema_version": 2}, {"schema_version": "1"}])
def test_anything_but_a_version_1_object_is_no_record(data):
    with pytest.raises(ValueError, match="not a minutes record of schema_version 1"):
        MinutesRecord.from_dict(data)
