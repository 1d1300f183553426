"""A body's decisions year by year (``/bodies/<slug>/decisions/``), the "vedtaksliste":
each decision with a link to its meeting and its item, drafts' only for those with a
role on the body, in a fixed number of queries."""

from __future__ import annotations

from datetime import date

import pytest
from django.urls import reverse

from motebok.archive.models import Decision
from web.builders import make_item, make_meeting

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]

FIRST = "Innkalling og saksliste godkjennes."
SECOND = "Registreringen starter til våren."
DRAFT = "Kirkegården foreslås fredet."
OLD = "Gruppen opprettes for to år."


@pytest.fixture
def decisions(archive):
    """A decision in the draft (2025) and a meeting of 2023 with one."""
    Decision.objects.create(item=archive.draft.items.get(), text=DRAFT, order=1)
    old = make_meeting(archive.body, date(2023, 1, 16), title="Oppstartsmøte")
    item = make_item(old, "01/23", "Mandat for gruppen", order=1)
    Decision.objects.create(item=item, text=OLD, order=1)
    return old


def decisions_page(client, slug="kulturarv", **query) -> str:
    response = client.get(reverse("web:body_decisions", args=[slug]), query)
    assert response.status_code == 200
    return response.content.decode()


def test_the_latest_year_in_the_order_of_the_minutes_with_links(client, archive, decisions):
    html = decisions_page(client)
    assert "<h1>Vedtak i Faggruppe for kulturarv i 2025</h1>" in html
    assert html.index(FIRST) < html.index(SECOND)
    assert OLD not in html and "2 vedtak" in html
    item = archive.first.items.get(number="02/25")
    row = html[html.rindex("<tr", 0, html.index(SECOND)):html.index(SECOND)]
    assert f'href="/meetings/{archive.first.id}/"' in row
    assert f'href="/meetings/{archive.first.id}/#item-{item.id}">02/25 Registrering av gamle' \
        in row
    # the other years as links
    assert '<a href="?year=2023">2023</a>' in html and 'aria-current="page">2025<' in html


def test_another_year(client, archive, decisions):
    html = decisions_page(client, year="2023")
    assert OLD in html and FIRST not in html
    assert "Mandat for gruppen" in html
    # a year without decisions (or junk) is the latest
    assert FIRST in decisions_page(client, year="1999")
    assert FIRST in decisions_page(client, year="abc")
    # … so is a number too long to be one (no error page)
    assert FIRST in decisions_page(client, year="9" * 5000)


@pytest.mark.parametrize("persona, sees_draft", [
    ("anonymous", False), ("outsider", False), ("member", True), ("secretariat", True),
    ("admin", True)])
def test_drafts_decisions_only_for_a_role_on_the_body(clients, archive, decisions, persona,
                                                      sees_draft):
    html = decisions_page(clients[persona])
    assert (DRAFT in html) is sees_draft
    if sees_draft:
        row = html[html.rindex("<tr", 0, html.index(DRAFT)):html.index(DRAFT)]
        assert "badge-draft" in row


def test_a_year_only_a_draft_has_decisions_in_is_not_offered_to_the_public(clients, archive):
    draft = make_meeting(archive.body, date(2021, 4, 4), status="draft")
    Decision.objects.create(item=make_item(draft, "1", "Hemmelig sak"), text="Hemmelig vedtak")
    assert "?year=2021" not in decisions_page(clients["anonymous"])
    assert "Hemmelig vedtak" not in decisions_page(clients["anonymous"], year="2021")
    assert "Hemmelig vedtak" in decisions_page(clients["member"], year="2021")


def test_a_body_without_decisions(client, archive):
    html = decisions_page(client, slug="oppvekst")
    assert "Ingen vedtak registrert ennå." in html
    assert client.get(reverse("web:body_decisions", args=["finnes-ikke"])).status_code == 404


def test_linked_from_the_body_page(client, archive):
    html = client.get(reverse("web:body", args=["kulturarv"])).content.decode()
    assert 'href="/bodies/kulturarv/decisions/"' in html


@pytest.mark.parametrize("persona", ["anonymous", "member"])
def test_queries_do_not_grow_with_the_decisions(clients, archive, persona,
                                                django_assert_max_num_queries):
    for n in range(12):
        meeting = make_meeting(archive.body, date(2025, 1, 1 + n), title=f"Møte {n}")
        for m in range(5):
            item = make_item(meeting, f"{m}", f"Sak {n}.{m}", order=m)
            Decision.objects.create(item=item, text=f"Vedtak {n}.{m}", order=1)
    with django_assert_max_num_queries(8):
        html = decisions_page(clients[persona])
    assert html.count("<tr>") >= 60
