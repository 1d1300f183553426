"""Odd text finishes every step of the extractor.

A step that raises loses its whole part of the record (the items, the header) and leaves
only a "Could not finish step …" warning. Each case here is the smallest text a fuzzing
run found for one such failure: minutes cut short, mixed up or with a date of no real day.
"""

from __future__ import annotations

import pytest

from motebok.parse import parse_bytes


def _record(text: str, name: str = "odd.txt"):
    record = parse_bytes(text.encode(), name)
    assert not [w for w in record.warnings if w.startswith("Could not finish step")]
    return record


def test_a_summons_with_other_minutes_bound_after_it_keeps_its_cases():
    # (the closing block under the last case was found before the other minutes were cut
    # off the lines: an end past the lines that are left)
    record = _record("Innkalling til styremøte\n\nTid: 12. mars 2025 kl. 10.00\n"
                     "Sted: Rådhuset\n\nInnkalte:\nKari Holm, leder\nPer Berg\n\n"
                     "Sak 1/25 Godkjenning av innkalling\n"
                     "Forslag til vedtak: Innkallinga godkjennes.\n\n"
                     "Sak 2/25 Budsjett\nForslag til vedtak: Budsjettet vedtas.\n\n"
                     "Referat fra styremøte 10. februar 2025\n\nKari Holm\nreferent\n")
    assert [(i.number, i.title) for i in record.items] == [
        ("1/25", "Godkjenning av innkalling"), ("2/25", "Budsjett")]


def test_a_list_of_cases_past_where_other_minutes_begin_is_not_the_summons_items():
    _record("Sak 1/25 Godkjenning av innkalling\nReferat fra møte i styret\n"
            "Møtetid: 09.30 – 15.00\nSak 1/25 Godkjenning av innkalling ........ 2\n"
            "Sak 1/25 Godkjenning av innkalling\n")


def test_an_approval_stamp_of_no_real_day_leaves_the_header_read():
    record = _record("Referat fra styremøte\n\nDato: 12.03.2025\n\nSak 1/25 Godkjenning\n"
                     "Godkjent.\n\nGodkjent: 12.13.2025\n")
    assert (record.meeting.date, record.document_date) == ("2025-03-12", None)


@pytest.mark.parametrize(("title", "place"), [
    ("# Referat fra møte i arbeids" + "-" * 20_000 + "utvalget 12. mars 2025 i Vik", "Rådhuset"),
    ("# Referat fra møte i styret", "Rådhuset" + "," * 20_000)])
def test_a_run_of_thousands_of_dashes_or_commas_is_read(title, place):
    # (a pattern that opens with a run of marks, tried at every mark of the run, took
    # seconds a line, the square of the run's length; it now takes a few milliseconds, so
    # a return of the slow form shows as a suite that stalls here, no timed assertion)
    record = _record(f"{title}\n\nDato: 12.03.2025\nSted: {place}\n\n## Sak 1/25 Godkjenning\n\n"
                     "Godkjent.\n", "odd.md")
    assert record.meeting.date == "2025-03-12"
