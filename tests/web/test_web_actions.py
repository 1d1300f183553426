"""The actions list: filters by body, responsible person and status, and paging."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.urls import reverse

from web.builders import make_action, make_item, make_meeting

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]

OVERDUE = "Lage skjema for registrering"
FUTURE = "Kontakte historielaget"
DONE = "Sende ut referat"


def actions_page(client, **query) -> str:
    """The HTML of /actions/ with the given filters."""
    response = client.get(reverse("web:actions"), query)
    assert response.status_code == 200
    return response.content.decode()


def test_all_actions_open_first(client, archive):
    html = actions_page(client)
    assert OVERDUE in html and FUTURE in html and DONE in html
    assert html.index(OVERDUE) < html.index(FUTURE) < html.index(DONE)


def test_filter_open(client, archive):
    html = actions_page(client, status="open")
    assert OVERDUE in html and FUTURE in html
    assert DONE not in html


def test_filter_overdue(client, archive):
    html = actions_page(client, status="overdue")
    assert OVERDUE in html
    assert FUTURE not in html and DONE not in html


def test_filter_done(client, archive):
    html = actions_page(client, status="done")
    assert DONE in html
    assert OVERDUE not in html and FUTURE not in html


def test_overdue_row_says_so_in_words_and_markup(client, archive):
    html = actions_page(client)
    row = html[html.rindex("<tr", 0, html.index(OVERDUE)):html.index("</tr>", html.index(OVERDUE))]
    assert 'class="is-overdue"' in row
    assert "Forfalt" in row
    future_row = html[html.rindex("<tr", 0, html.index(FUTURE)):]
    assert 'class="is-overdue"' not in future_row[:future_row.index("</tr>")]


def test_filter_responsible(client, archive):
    html = actions_page(client, responsible=archive.people["Astrid"].id)
    assert FUTURE in html
    assert OVERDUE not in html


def test_filter_body(client, archive):
    item = make_item(archive.other_meeting, "2", "Skolebibliotek")
    make_action(item, "Kartlegge skolebibliotekene", archive.people["Dag"])
    html = actions_page(client, body="oppvekst")
    assert "Kartlegge skolebibliotekene" in html
    assert OVERDUE not in html
    html = actions_page(client, body="kulturarv")
    assert "Kartlegge skolebibliotekene" not in html
    assert OVERDUE in html


def test_filter_form_has_labels_and_keeps_choices(client, archive):
    html = actions_page(client, status="overdue")
    for field in ("body", "responsible", "status"):
        assert f'<label for="id_{field}">' in html
    assert '<option value="overdue" selected>' in html


def test_bad_filter_value_is_reported_not_an_error(client, archive):
    html = actions_page(client, body="finnes-ikke", status="kanskje")
    assert 'id="id_body"' in html
    assert "Velg et gyldig valg" in html  # Django's own bokmål message


def test_paging(client, archive, today):
    meeting = make_meeting(archive.body, today - timedelta(days=400), title="Langt møte")
    item = make_item(meeting, "09/24", "Mange oppgaver")
    for number in range(60):
        make_action(item, f"Oppgave nummer {number:02d}", due=today + timedelta(days=number + 40))
    first = actions_page(client, status="open")
    assert "Side 1 av 2" in first
    assert 'rel="next"' in first
    assert "Oppgave nummer 00" in first
    second = actions_page(client, status="open", page=2)
    assert "Side 2 av 2" in second
    assert "Oppgave nummer 59" in second
    assert "status=open" in second  # the filter survives paging
    assert "Oppgave nummer 00" not in second
