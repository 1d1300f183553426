"""A person's detail holds the first page of their meetings and actions with counts and
links; ``/api/v1/people/<id>/meetings/`` and ``/api/v1/actions/?person=`` page the rest,
with the same visibility per persona and bounded queries."""

from __future__ import annotations

import datetime as dt

import pytest
from django.test import Client

from api.helpers import get_json, make_action, make_item, make_meeting
from motebok import vocab
from motebok.archive.models import Participation

pytestmark = pytest.mark.django_db


def attend_many(world, count: int) -> None:
    """Ingrid chairs ``count`` more published meetings, each with one action on her."""
    for n in range(count):
        meeting = make_meeting(world.kultur, dt.date(2020, 1, 1) + dt.timedelta(days=n * 7),
                               vocab.MeetingStatus.PUBLISHED, f"Møte nummer {n}")
        Participation.objects.create(meeting=meeting, person=world.ingrid, order=0,
                                     attendance=vocab.Attendance.PRESENT)
        make_action(make_item(meeting, f"{n}/20", "Sak", "", 0), f"Oppgave {n}", None,
                    vocab.ActionStatus.OPEN, person=world.ingrid)


def test_detail_gives_first_page_counts_and_links(client: Client, world):
    attend_many(world, 55)
    data = get_json(client, f"/api/v1/people/{world.ingrid.pk}/")
    assert len(data["meetings"]) == 50 and data["meetings_count"] == 56
    assert data["meetings"][0]["meeting"]["id"] == world.published.pk  # newest first
    assert len(data["actions"]) == 50 and data["actions_count"] == 57
    assert data["meetings_url"].endswith(f"/api/v1/people/{world.ingrid.pk}/meetings/")
    assert data["actions_url"].endswith(f"/api/v1/actions/?person={world.ingrid.pk}")


def test_the_meetings_list_pages_all_of_them(client: Client, world):
    attend_many(world, 55)
    url = get_json(client, f"/api/v1/people/{world.ingrid.pk}/")["meetings_url"]
    first = get_json(client, url)
    assert (first["count"], first["pages"], len(first["results"])) == (56, 2, 50)
    second = get_json(client, first["next"])
    assert len(second["results"]) == 6 and second["next"] is None
    assert second["results"][-1]["meeting"]["title"] == "Møte nummer 0"
    assert set(second["results"][0]) == {"meeting", "role", "attendance", "organization",
                                         "note"}
    assert get_json(client, url + "?page=3", status=404)["error"]


def test_the_actions_url_pages_the_person_s_actions(client: Client, world):
    attend_many(world, 55)
    url = get_json(client, f"/api/v1/people/{world.ingrid.pk}/")["actions_url"]
    first = get_json(client, url)
    assert first["count"] == 57 and first["pages"] == 2
    assert {a["responsible_person"]["id"] for a in first["results"]} == {world.ingrid.pk}
    assert "person=" in first["next"]


@pytest.mark.parametrize("persona, count", [("anonymous", 0), ("member", 1),
                                            ("secretariat", 1)])
def test_a_draft_counts_only_for_who_may_see_it(personas, world, persona, count):
    Participation.objects.create(meeting=world.draft, person=world.ingrid, order=1,
                                 attendance=vocab.Attendance.PRESENT)
    client = personas[persona]
    data = get_json(client, f"/api/v1/people/{world.ingrid.pk}/")
    assert data["meetings_count"] == 1 + count
    listed = get_json(client, data["meetings_url"])
    assert (world.draft.pk in [r["meeting"]["id"] for r in listed["results"]]) == bool(count)
    # someone named only in the draft is unknown to the public, as JSON
    hidden = client.get(f"/api/v1/people/{world.draft_only.pk}/meetings/")
    assert hidden.status_code == (404 if persona == "anonymous" else 200)
    assert hidden["Content-Type"].startswith("application/json")


def test_bad_person_filter_and_unknown_person_are_json_errors(client: Client, world):
    assert "person" in get_json(client, "/api/v1/actions/?person=abc", status=400)["error"]
    assert get_json(client, "/api/v1/people/999999/meetings/", status=404)["error"]


def test_queries_stay_bounded(client: Client, world, django_assert_max_num_queries):
    attend_many(world, 55)
    with django_assert_max_num_queries(12):
        get_json(client, f"/api/v1/people/{world.ingrid.pk}/")
    with django_assert_max_num_queries(8):
        get_json(client, f"/api/v1/people/{world.ingrid.pk}/meetings/?page=2")
