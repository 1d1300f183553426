"""Query-count guards: list and detail endpoints cost the same for 1 or many rows."""

from __future__ import annotations

import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from api.helpers import make_action, make_body, make_item, make_meeting, make_person
from motebok import vocab
from motebok.archive.models import Membership, Organization, Participation, Person

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]

# Anonymous requests: no session or user lookups in the counts.
MAX_QUERIES = 8


def add_bodies(person: Person, first: int, count: int) -> None:
    """Add bodies, each with two members, a published meeting, an item and an action."""
    for n in range(first, first + count):
        body = make_body(f"Utvalg {n}", f"utvalg-{n}")
        Membership.objects.create(person=make_person(f"Medlem {n}"), body=body,
                                  role=vocab.MembershipRole.MEMBER)
        Membership.objects.create(person=person, body=body, role=vocab.MembershipRole.DEPUTY)
        meeting = make_meeting(body, dt.date(2024, 1, n + 1), vocab.MeetingStatus.PUBLISHED,
                               f"Protokoll {n}")
        Participation.objects.create(meeting=meeting, person=person, order=0,
                                     attendance=vocab.Attendance.PRESENT)
        item = make_item(meeting, f"{n + 1}/24", "Orientering", "Tatt til orientering.", 0)
        make_action(item, "Følge opp", dt.date(2024, 2, 1), vocab.ActionStatus.OPEN,
                    person=person)
        # Another meeting of the first body, so its detail page grows too.
        home = Organization.objects.get(slug="utvalg-0")
        extra = make_meeting(home, dt.date(2023, 1, n + 1), vocab.MeetingStatus.PUBLISHED,
                             "Ekstra")
        make_item(extra, "1", "Referatsaker", "", 0)


def count_queries(client, url: str) -> int:
    """How many SQL queries one GET costs."""
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, response.content
    return len(queries)


def urls(person: Person) -> list[str]:
    """Every endpoint whose cost could grow with the number of rows it shows."""
    return ["/api/v1/meetings/", "/api/v1/bodies/", "/api/v1/bodies/utvalg-0/",
            "/api/v1/actions/", "/api/v1/people/", f"/api/v1/people/{person.pk}/"]


def test_query_count_does_not_grow_with_rows(client):
    person = make_person("Kari Nordmann")
    add_bodies(person, 0, 2)
    few = {url: count_queries(client, url) for url in urls(person)}

    add_bodies(person, 2, 8)
    many = {url: count_queries(client, url) for url in urls(person)}

    assert many == few
    assert max(many.values()) <= MAX_QUERIES


def test_search_and_meeting_detail_do_not_grow_with_hits_and_items(client):
    from motebok.search import rebuild

    person = make_person("Kari Nordmann")
    body = make_body("Stort utvalg", "stort-utvalg")
    meeting = make_meeting(body, dt.date(2024, 5, 5), vocab.MeetingStatus.PUBLISHED, "Stort møte")

    def grow(first: int, count: int) -> dict[str, int]:
        for n in range(first, first + count):
            Participation.objects.create(meeting=meeting, person=make_person(f"Deltaker {n}"),
                                         order=n, attendance=vocab.Attendance.PRESENT)
            item = make_item(meeting, f"{n + 1}/24", f"Orientering {n}", "Til orientering.", n)
            make_action(item, "Følge opp orienteringen", None, vocab.ActionStatus.OPEN,
                        person=person)
        rebuild()
        return {url: count_queries(client, url) for url in
                (f"/api/v1/meetings/{meeting.pk}/", "/api/v1/search?q=orientering")}

    few = grow(0, 2)
    many = grow(2, 10)
    assert many == few
    assert max(many.values()) <= MAX_QUERIES


@pytest.mark.parametrize("role", ["member", "admin"])
def test_a_logged_in_user_pays_nothing_per_row_either(client, role):
    from django.contrib.auth.models import User

    from motebok.archive.models import BodyAccess

    person = make_person("Kari Nordmann")
    add_bodies(person, 0, 2)
    user = User.objects.create(username=role, is_staff=role == "admin",
                               is_superuser=role == "admin")
    if role == "member":
        BodyAccess.objects.create(user=user, body=Organization.objects.get(slug="utvalg-0"),
                                  role=vocab.AccessRole.MEMBER)
    client.force_login(user)
    few = {url: count_queries(client, url) for url in urls(person)}

    add_bodies(person, 2, 8)
    many = {url: count_queries(client, url) for url in urls(person)}

    assert many == few


@pytest.mark.parametrize("role", ["member", "admin"])
def test_a_logged_in_user_pays_nothing_per_hit_or_item_either(client, role):
    """The guard above for search and a meeting's record, as a member and an admin."""
    from django.contrib.auth.models import User

    from motebok.archive.models import BodyAccess
    from motebok.search import rebuild

    body = make_body("Stort utvalg", "stort-utvalg")
    meeting = make_meeting(body, dt.date(2024, 5, 5), vocab.MeetingStatus.DRAFT, "Stort møte")
    user = User.objects.create(username=role, is_staff=role == "admin",
                               is_superuser=role == "admin")
    if role == "member":
        BodyAccess.objects.create(user=user, body=body, role=vocab.AccessRole.MEMBER)
    client.force_login(user)

    def grow(first: int, count: int) -> dict[str, int]:
        for n in range(first, first + count):
            person = make_person(f"Deltaker {n}")
            Membership.objects.create(person=person, body=body,
                                      role=vocab.MembershipRole.MEMBER)
            Participation.objects.create(meeting=meeting, person=person, order=n,
                                         attendance=vocab.Attendance.PRESENT)
            item = make_item(meeting, f"{n + 1}/24", f"Orientering {n}", "Til orientering.", n)
            make_action(item, "Følge opp orienteringen", None, vocab.ActionStatus.OPEN,
                        person=person)
        rebuild()
        return {url: count_queries(client, url) for url in
                (f"/api/v1/meetings/{meeting.pk}/", "/api/v1/search?q=orientering",
                 "/api/v1/people/", "/api/v1/actions/", "/api/v1/bodies/stort-utvalg/")}

    few = grow(0, 2)
    many = grow(2, 10)
    assert many == few
