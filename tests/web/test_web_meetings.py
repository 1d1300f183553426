"""The meetings list ``/meetings/``: every body's meetings the viewer may see, newest first,
filtered by bodies (several), year and upcoming or past, paged — the query of the API's
meeting list (``Meeting.objects.listed``)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from django.urls import reverse

from motebok.archive.models import Organization
from motebok.vocab import MeetingStatus, OrganizationKind
from web.builders import make_meeting

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]

DRAFT = "Hemmelig utkast om fredning"


def meetings_page(client, **query) -> str:
    """The HTML of /meetings/ with the given filters."""
    response = client.get(reverse("web:meetings"), query)
    assert response.status_code == 200
    return response.content.decode()


def test_all_bodies_newest_first_with_body_date_place_and_status(client, archive):
    html = meetings_page(client)
    # second (2025-06-02) · other body's (2025-04-10) · first (2025-03-03)
    second, other, first = ("Sommermøte i kulturarvgruppen", "Oppvekstutvalgets møte",
                            f'href="/meetings/{archive.first.id}/"')
    assert html.index(second) < html.index(other) < html.index(first)
    row = html[html.index(first):html.index("</tr>", html.index(first))]
    assert "Faggruppe for kulturarv" in row and 'href="/bodies/kulturarv/"' in row
    assert "Rådhuset, møterom Fjorden" in row
    assert "Publisert" in row
    assert '<time datetime="2025-03-03">' in html[html.rindex("<tr", 0, html.index(first)):]
    assert "3 møter" in html


@pytest.mark.parametrize("persona, sees_draft", [
    ("anonymous", False), ("outsider", False), ("member", True), ("secretariat", True),
    ("admin", True)])
def test_drafts_only_for_those_with_a_role_on_the_body(clients, archive, persona, sees_draft):
    html = meetings_page(clients[persona])
    assert (DRAFT in html) is sees_draft
    if sees_draft:
        row = html[html.index(DRAFT):html.index("</tr>", html.index(DRAFT))]
        assert 'class="badge badge-draft">Utkast' in row
    # the year filter offers no year that only a draft has
    draft_year = make_meeting(archive.body, date(2019, 5, 5), status=MeetingStatus.DRAFT)
    html = meetings_page(clients[persona])
    assert ('<option value="2019">' in html) is sees_draft
    assert (f'href="/meetings/{draft_year.id}/"' in html) is sees_draft


def test_several_bodies_filter(client, archive):
    third = Organization.objects.create(name="Reiselivsnettverket", slug="reiseliv",
                                        kind=OrganizationKind.BODY)
    make_meeting(third, date(2025, 5, 5), title="Reiselivsmøte")
    html = meetings_page(client, body=["kulturarv", "reiseliv"])
    assert "Reiselivsmøte" in html and "Sommermøte i kulturarvgruppen" in html
    assert "Oppvekstutvalgets møte" not in html
    checked = [part for part in html.split("<input") if "checked" in part.split(">")[0]]
    assert len(checked) == 2 and 'value="reiseliv"' in checked[1]
    html = meetings_page(client, body="oppvekst")
    assert "Oppvekstutvalgets møte" in html and "Reiselivsmøte" not in html


def test_year_and_upcoming_or_past(client, archive, today):
    make_meeting(archive.other_body, today + timedelta(days=14), title="Neste oppvekstmøte",
                 status=MeetingStatus.PLANNED)
    make_meeting(archive.other_body, today + timedelta(days=20), title="Publisert framtid")
    make_meeting(archive.other_body, None, title="Udatert møte")
    html = meetings_page(client, when="upcoming")
    assert "Publisert framtid" in html
    assert "Oppvekstutvalgets møte" not in html and "Udatert møte" not in html
    html = meetings_page(client, when="past")
    assert "Oppvekstutvalgets møte" in html and "Sommermøte i kulturarvgruppen" in html
    assert "Publisert framtid" not in html and "Udatert møte" not in html
    html = meetings_page(client, year="2025", body="oppvekst")
    assert "Oppvekstutvalgets møte" in html and "Sommermøte" not in html
    # undated meetings are listed last when no time filter is chosen
    html = meetings_page(client)
    assert html.index("Publisert framtid") < html.index("Oppvekstutvalgets") < html.index(
        "Udatert møte")


def test_a_bad_filter_is_reported_and_the_page_still_answers(client, archive):
    html = meetings_page(client, year="abc", when="soon", body="finnes-ikke")
    assert "Oppvekstutvalgets møte" in html
    assert html.count('class="overdue"') == 3


def test_paged(client, archive):
    for n in range(35):
        make_meeting(archive.other_body, date(2020, 1, 1) + timedelta(days=n), title=f"Møte {n}")
    html = meetings_page(client, body="oppvekst")
    assert "Side 1 av 2" in html and 'href="?body=oppvekst&amp;page=2"' in html
    html = meetings_page(client, body="oppvekst", page="2")
    assert "Møte 0<" in html and "Oppvekstutvalgets møte" not in html


def test_linked_from_the_main_navigation(client, archive):
    html = client.get(reverse("web:home")).content.decode()
    nav = html[html.index('class="main-nav"'):html.index("</nav>")]
    assert 'href="/meetings/"' in nav
    html = meetings_page(client)
    nav = html[html.index('class="main-nav"'):html.index("</nav>")]
    assert 'href="/meetings/" aria-current="page"' in nav


@pytest.mark.parametrize("persona", ["anonymous", "member", "admin"])
def test_queries_are_bounded(clients, archive, persona, django_assert_max_num_queries):
    for n in range(40):
        body = Organization.objects.create(name=f"Nettverk {n}", slug=f"nettverk-{n}",
                                           kind=OrganizationKind.BODY)
        make_meeting(body, date(2024, 1, 1) + timedelta(days=n), location=f"Sted {n}")
    with django_assert_max_num_queries(9):
        html = meetings_page(clients[persona], body=["nettverk-1", "nettverk-2"], year="2024")
    assert "Sted 1" in html and "Sted 2" in html and "Sted 3<" not in html
    with django_assert_max_num_queries(9):
        meetings_page(clients[persona], when="past")


def test_the_api_lists_by_the_same_query(clients, archive, today):
    make_meeting(archive.other_body, today + timedelta(days=3), title="Kommende")
    for persona, past in (("anonymous", 3), ("member", 4)):
        client = clients[persona]
        assert client.get("/api/v1/meetings/").json()["count"] == past + 1
        assert client.get("/api/v1/meetings/?when=past").json()["count"] == past
        upcoming = client.get("/api/v1/meetings/?when=upcoming").json()
        assert [m["title"] for m in upcoming["results"]] == ["Kommende"]
    assert clients["anonymous"].get("/api/v1/meetings/?when=soon").status_code == 400
