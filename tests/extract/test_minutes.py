"""What the minutes say about the next meeting: its day, hours and where."""

from __future__ import annotations

import pytest

from motebok.parse import parse_bytes


def _next_meeting(said: str):
    text = ("Referat fra styremøte\n\nDato: 12.03.2024\n\nTil stede: Kari Holm, Per Berg\n\n"
            f"Sak 1/24 Godkjenning\nGodkjent.\n\n{said}\n")
    return parse_bytes(text.encode(), "styre.txt").next_meeting


@pytest.mark.parametrize(("said", "location"), [
    # a hybrid meeting: the whole list of where, as written
    ("Neste møte: 3. desember kl. 10–14, hybrid, Rådhuset og Teams",
     "hybrid, Rådhuset og Teams"),
    ("Neste møte: 3. desember kl. 10–14, Rådhuset og Teams", "Rådhuset og Teams"),
    # the channel alone, after the day or before it
    ("Neste møte: 3. desember kl. 10 på Teams.", "Teams"),
    ("Neste møte: Teams, 3. desember", "Teams"),
    ("Neste møte: Teams, tirsdag 3. desember kl. 0900–1000", "Teams"),  # with its weekday
    ("Neste møte: Zoom, den 3. desember", "Zoom"),
])
def test_where_the_next_meeting_is_held(said, location):
    meeting = _next_meeting(said)
    assert (meeting.date, meeting.location) == ("2024-12-03", location)


def test_a_weekday_before_the_day_is_no_place():
    meeting = _next_meeting("Neste møte: Tirsdag, 3. desember")
    assert (meeting.date, meeting.location) == ("2024-12-03", None)
