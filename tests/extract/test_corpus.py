"""The extractor on the invented corpus (corpus/), field by field, against what a careful
reader records (corpus_expected.py). Texts are compared like the scorer compares them:
up to case, markup, punctuation and whitespace, and close by edit ratio."""

from __future__ import annotations

import re
import unicodedata
from difflib import SequenceMatcher
from pathlib import Path

import pytest
from corpus_expected import ANY, EXPECTED

from motebok.parse import parse_bytes
from motebok.record import MinutesRecord

CORPUS = Path(__file__).parent / "corpus"
_CACHE: dict[str, MinutesRecord] = {}


def parsed(name: str) -> MinutesRecord:
    """The record of one corpus document (parsed once per test run)."""
    if name not in _CACHE:
        _CACHE[name] = parse_bytes((CORPUS / name).read_bytes(), name)
    return _CACHE[name]


def norm(value) -> str:
    """Text as the scorer compares it: case, markup, spacing and end punctuation dropped."""
    if value is None:
        return ""
    text = unicodedata.normalize("NFC", str(value)).lower()
    text = re.sub(r"[*_#`«»\"“”]", "", text)
    return re.sub(r"\s+", " ", text).strip(" .,:;-–—\t")


def close(expected, actual, threshold: float = 0.9) -> bool:
    """Equal after norm(), or close by edit ratio (as the scorer's ``similar``)."""
    a, b = norm(expected), norm(actual)
    if a == b:
        return True
    return bool(a and b) and SequenceMatcher(None, a, b, autojunk=False).ratio() >= threshold


def check(expected, actual, threshold: float = 1.0) -> None:
    """Assert one value, unless the expectation leaves it open."""
    if expected is ANY:
        return
    assert close(expected, actual, threshold), f"expected {expected!r}, got {actual!r}"


FIELDS = ["head", "people", "items", "decisions", "actions"]


@pytest.mark.parametrize("field", FIELDS)
@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_corpus(name: str, field: str) -> None:
    want, record = EXPECTED[name], parsed(name)
    globals()[f"_check_{field}"](want, record)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_every_step_of_the_extractor_finishes(name: str) -> None:
    # the extractor keeps the rest of a record when one step raises, and says so only in a
    # warning; in the corpus no step may raise, so that a slip in the code (a NameError, an
    # index out of range) shows as a failure here instead of as a quietly lost part
    record = parsed(name)
    assert not [w for w in record.warnings if w.startswith("Could not finish step")]


def _check_head(want, record: MinutesRecord) -> None:
    meeting = record.meeting
    got = {"kind": record.kind, "title": record.title, "body": record.body,
           "organization": record.organization, "document_date": record.document_date,
           "meeting": (meeting.date, meeting.start, meeting.end, meeting.location),
           "next_meeting": record.next_meeting.date}
    exp = {"kind": want.kind, "title": want.title, "body": want.body,
           "organization": want.organization, "document_date": want.document_date,
           "meeting": want.meeting, "next_meeting": want.next_meeting}
    wrong = {k: (exp[k], got[k]) for k in exp if exp[k] is not ANY and (
        any(e is not ANY and not close(e, g, 1.0) for e, g in zip(exp[k], got[k], strict=True))
        if isinstance(exp[k], tuple) else not close(exp[k], got[k], 1.0))}
    assert not wrong, wrong


def _check_people(want, record: MinutesRecord) -> None:
    got = [(p.name, p.organization, p.role, p.attendance) for p in record.participants]
    assert [g[0] for g in got] == [w[0] for w in want.people]
    for w, g in zip(want.people, got, strict=True):
        assert w[1] is None or close(w[1], g[1], 1.0), (w, g)
        assert w[2] is ANY or w[2] == g[2], (w, g)
        assert w[3] == g[3], (w, g)
    notes = {p.name: p.note for p in record.participants}
    for name, note in want.notes.items():
        assert close(note, notes.get(name), 1.0), (name, note, notes.get(name))


def _check_items(want, record: MinutesRecord) -> None:
    if want.items is ANY:  # the reading guide leaves the items open: check nothing
        return
    got = [(i.number, i.title) for i in record.items]
    assert got == [(w[0], w[1]) for w in want.items]
    for w, item in zip(want.items, record.items, strict=True):
        if w[2] is not None:
            assert close(w[2], item.text), (w[1], item.text)


def _check_decisions(want, record: MinutesRecord) -> None:
    if want.items is ANY:  # open items, but an agenda decides nothing
        assert not any(i.decisions for i in record.items)
        return
    got = [sorted(norm(d) for d in i.decisions) for i in record.items]
    assert got == [sorted(norm(d) for d in w[3]) for w in want.items]


def _check_actions(want, record: MinutesRecord) -> None:
    if want.items is ANY:
        assert not any(i.actions for i in record.items)
        return
    got = [[(norm(a.text), norm(a.responsible) or None, a.due) for a in i.actions]
           for i in record.items]
    # (an item's actions of ANY: a known misreading left open, not checked)
    exp = [ANY if w[4] is ANY else [(norm(t), norm(r) or None, d) for t, r, d in w[4]]
           for w in want.items]
    assert len(got) == len(exp)
    assert [g for g, e in zip(got, exp, strict=True) if e is not ANY] == \
        [e for e in exp if e is not ANY]
