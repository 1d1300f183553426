"""Query-count guards: the pages stay at a fixed number of queries as the data grows."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from django.urls import reverse

from motebok.archive.models import Decision
from motebok.vocab import Attendance
from web.builders import make_action, make_item, make_meeting, make_person, participate

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]


@pytest.fixture
def big_meeting(archive, today):
    """A meeting with many participants, items, decisions and actions."""
    meeting = make_meeting(archive.body, date(2024, 11, 11), title="Stort møte")
    people = [make_person(f"Deltaker Nummer{n}") for n in range(15)]
    for n, person in enumerate(people):
        participate(meeting, person, [Attendance.PRESENT, Attendance.ABSENT,
                                      Attendance.PARTIAL][n % 3], order=n)
    for n in range(12):
        item = make_item(meeting, f"{n + 1:02d}/24", f"Sak nummer {n + 1}", "Tekst.", order=n)
        Decision.objects.create(item=item, text=f"Vedtak {n}", order=1)
        make_action(item, f"Tiltak {n}", people[n], due=today + timedelta(days=n - 6))
    return meeting


def test_meeting_page_queries(client, big_meeting, django_assert_max_num_queries):
    with django_assert_max_num_queries(10):
        response = client.get(reverse("web:meeting", args=[big_meeting.id]))
    assert response.status_code == 200
    assert response.content.decode().count('class="decision"') == 12


@pytest.mark.parametrize("name, args", [
    ("home", []), ("bodies", []), ("body", ["kulturarv"]), ("actions", []),
    ("body_calendar", ["kulturarv"]),
])
def test_list_page_queries(client, big_meeting, django_assert_max_num_queries, name, args):
    with django_assert_max_num_queries(10):
        response = client.get(reverse(f"web:{name}", args=args))
    assert response.status_code == 200


def test_person_page_queries(client, big_meeting, archive, django_assert_max_num_queries):
    with django_assert_max_num_queries(10):
        response = client.get(reverse("web:person", args=[archive.people["Astrid"].id]))
    assert response.status_code == 200


def test_logged_in_pages_stay_bounded(clients, big_meeting, django_assert_max_num_queries):
    with django_assert_max_num_queries(14):
        response = clients["member"].get(reverse("web:meeting", args=[big_meeting.id]))
    assert response.status_code == 200


def test_search_page_queries(clients, big_meeting, django_assert_max_num_queries):
    # Twenty hits (items and participants' actions of the big meeting) with their meetings,
    # bodies and items, and the person filter's choices, in a fixed number of queries.
    from motebok.search import rebuild

    rebuild()
    for persona in ("anonymous", "member"):
        with django_assert_max_num_queries(12):
            response = clients[persona].get(reverse("web:search"), {"q": "nummer"})
        assert response.status_code == 200
        assert response.content.decode().count('class="result"') == 20


def test_the_search_page_of_a_big_archive_offers_no_list_of_everyone(
        clients, big_meeting, django_assert_max_num_queries):
    # thousands of names were a select of thousands of options: now a typed field, its
    # datalist left out above PEOPLE_OFFERED names, and the typed name found in one query
    from motebok.archive.models import Participation, Person
    from motebok.search import rebuild
    from motebok.web.queries import PEOPLE_OFFERED

    people = Person.objects.bulk_create(
        Person(name=f"Innbygger Nummer{n:04d}", normalized_name=f"innbygger nummer{n:04d}")
        for n in range(PEOPLE_OFFERED + 1))
    Participation.objects.bulk_create(
        Participation(meeting=big_meeting, person=person, order=100 + n)
        for n, person in enumerate(people))
    rebuild()
    for persona in ("anonymous", "member", "secretariat"):
        with django_assert_max_num_queries(13):
            response = clients[persona].get(reverse("web:search"),
                                            {"q": "nummer", "person": "nummer0007"})
        html = response.content.decode()
        assert "<datalist" not in html and "Nummer0007" in html, persona
        assert html.count('class="result"') == 20
        with django_assert_max_num_queries(13):
            html = clients[persona].get(reverse("web:search"),
                                        {"person": "innbygger"}).content.decode()
        assert html.count('class="person-matches"') == 1
        assert html.count("<li><a href=\"?person=") == 10
        assert "Flere passer: skriv mer av navnet." in html
