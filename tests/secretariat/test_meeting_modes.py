"""A meeting's form decides what it needs: digital a link, physical a place, hybrid both."""

from __future__ import annotations

import datetime as dt

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse
from secretariat_world import client_for, plan

from motebok.secretariat import forms

LINK = "https://example.no/teams/faggruppe"
PLACE = "Rådhuset, møterom 2"

# (mode, location, link, {field: Norwegian error}) – an empty dict means valid
CASES = [
    ("", "", "", {}),
    ("digital", "", LINK, {}),
    ("digital", PLACE, "", {"link": "Et digitalt møte må ha en lenke."}),
    ("physical", PLACE, "", {}),
    ("physical", "  ", LINK, {"location": "Et fysisk møte må ha et møtested."}),
    ("hybrid", PLACE, LINK, {}),
    ("hybrid", PLACE, "", {"link": "Et hybridmøte må ha en lenke for dem som deltar digitalt."}),
    ("hybrid", "", LINK,
     {"location": "Et hybridmøte må ha et møtested for dem som møter fysisk."}),
    ("hybrid", "", "", {"link": "Et hybridmøte må ha en lenke for dem som deltar digitalt.",
                        "location": "Et hybridmøte må ha et møtested for dem som møter fysisk."}),
]


def url(name: str, *args) -> str:
    """``reverse`` for the secretariat namespace."""
    return reverse(f"secretariat:{name}", args=args)


def errors_of(form) -> dict[str, str]:
    return {field: " ".join(errors) for field, errors in form.errors.items()}


@pytest.fixture
def bokmal(settings):
    settings.LANGUAGE_CODE = "nb"
    from django.utils import translation

    with translation.override("nb"):
        yield


@pytest.mark.parametrize(("mode", "location", "link", "expected"), CASES)
def test_the_planning_form_checks_place_and_link(bokmal, mode, location, link, expected):
    form = forms.MeetingPlanForm({"date": "2025-09-10", "mode": mode, "location": location,
                                  "link": link})
    assert form.is_valid() == (not expected)
    assert errors_of(form) == expected


@pytest.mark.parametrize(("mode", "location", "link", "expected"), CASES)
def test_the_series_form_checks_place_and_link(bokmal, mode, location, link, expected):
    form = forms.MeetingPlanForm({"date": "2025-01-31", "every_months": "3", "count": "4",
                                  "mode": mode, "location": location, "link": link})
    assert errors_of(form) == expected


@pytest.mark.parametrize(("mode", "location", "link", "expected"), CASES)
def test_the_edit_form_checks_place_and_link(bokmal, mode, location, link, expected):
    form = forms.MeetingEditForm({"date": "2025-09-10", "mode": mode, "location": location,
                                  "link": link}, locked=False)
    assert errors_of(form) == expected


def test_a_malformed_link_gets_one_error_only(bokmal):
    form = forms.MeetingPlanForm({"date": "2025-09-10", "mode": "digital",
                                  "link": "ikke en lenke med mellomrom"})
    assert len(form.errors["link"]) == 1
    assert "digitalt" not in form.errors["link"][0]


def test_a_series_without_a_place_plans_nothing_and_says_why(world):
    response = client_for(world, "secretariat").post(url("meeting_new", world.body.slug), {
        "date": "2025-01-31", "every_months": "3", "count": "4", "mode": "hybrid",
        "link": LINK})
    assert response.status_code == 400
    assert not world.body.meetings.exists()
    said = " ".join(str(m) for m in get_messages(response.wsgi_request))
    assert "Et hybridmøte må ha et møtested for dem som møter fysisk." in said


def test_a_digital_meeting_without_link_is_not_planned(world):
    client = client_for(world, "secretariat")
    client.post(url("meeting_new", world.body.slug), {"date": "2025-09-10", "mode": "digital"})
    assert not world.body.meetings.exists()
    client.post(url("meeting_new", world.body.slug),
                {"date": "2025-09-10", "mode": "digital", "link": LINK})
    assert world.body.meetings.get().link == LINK


def test_switching_a_meeting_to_digital_needs_a_link(world):
    meeting = plan(world.body, dt.date(2025, 3, 12), location=PLACE, mode="physical")
    client = client_for(world, "secretariat")
    response = client.post(url("meeting_edit", meeting.pk), {
        "title": meeting.title, "date": "2025-03-12", "mode": "digital", "location": ""})
    said = " ".join(str(m) for m in get_messages(response.wsgi_request))
    assert "Et digitalt møte må ha en lenke." in said
    meeting.refresh_from_db()
    assert (meeting.mode, meeting.location) == ("physical", PLACE)
    client.post(url("meeting_edit", meeting.pk), {
        "title": meeting.title, "date": "2025-03-12", "mode": "digital", "link": LINK})
    meeting.refresh_from_db()
    assert (meeting.mode, meeting.link) == ("digital", LINK)


def test_a_meeting_edit_that_fails_keeps_what_was_typed(world):
    meeting = plan(world.body, dt.date(2025, 3, 12), location=PLACE, mode="physical")
    response = client_for(world, "secretariat").post(url("meeting_edit", meeting.pk), {
        "title": "Flyttet til Ørland", "date": "2025-03-19", "start": "13:00",
        "mode": "digital", "location": ""})
    assert response.status_code == 400
    page = response.content.decode()
    assert 'value="Flyttet til Ørland"' in page and 'value="2025-03-19"' in page
    assert '<option value="digital" selected>' in page
    assert "Et digitalt møte må ha en lenke." in page
    meeting.refresh_from_db()
    assert (meeting.date, meeting.mode) == (dt.date(2025, 3, 12), "physical")
