"""The actions list as a spreadsheet, ``/actions.csv`` with the page's query string:
UTF-8 with a BOM, ``;`` between cells, the page's filters and visibility, formulas
guarded (OWASP's CSV injection advice)."""

from __future__ import annotations

import csv
import io
from datetime import date, timedelta

import pytest
from django.urls import reverse

from motebok.web.spreadsheet import safe_cell
from web.builders import make_action, make_item, make_meeting, make_person

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]

OVERDUE = "Lage skjema for registrering"
FUTURE = "Kontakte historielaget"
DONE = "Sende ut referat"
DRAFT_ACTION = "Utrede fredningsvedtak"


def download(client, **query) -> tuple[object, list[list[str]]]:
    """The response of /actions.csv and its rows (header first), read as Excel would."""
    response = client.get(reverse("web:actions_csv"), query)
    assert response.status_code == 200
    data = b"".join(response.streaming_content)
    assert data.startswith("\ufeff".encode())
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""), delimiter=";"))
    return response, rows


def test_columns_a_secretary_wants_in_norwegian(client, archive, today):
    response, rows = download(client)
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == (
        f'attachment; filename="tiltak-{today.isoformat()}.csv"')
    assert rows[0] == ["Organ", "Møtedato", "Sak", "Sakstittel", "Tiltak", "Ansvarlig",
                       "Frist", "Status", "Lenke"]
    by_text = {row[4]: row for row in rows[1:]}
    assert by_text[OVERDUE] == [
        "Faggruppe for kulturarv", "2025-03-03", "02/25", "Registrering av gamle naust",
        OVERDUE, "Bjørnar Kvist", (today - timedelta(days=30)).isoformat(), "Forfalt",
        f"http://testserver/meetings/{archive.first.id}/#item-{archive.overdue_action.item_id}"]
    assert by_text[FUTURE][5:8] == ["Astrid Fjellheim", (today + timedelta(days=30)).isoformat(),
                                    "Åpen"]
    assert by_text[DONE][5] == "Sekretariatet" and by_text[DONE][7] == "Utført"
    # the page's order: open first (overdue before later), then done
    assert [row[4] for row in rows[1:]] == [OVERDUE, FUTURE, DONE]


def test_the_page_links_it_with_its_filters(client, archive):
    html = client.get(reverse("web:actions"), {"status": "open", "page": "1"}).content.decode()
    assert 'href="/actions.csv?status=open" download' in html
    html = client.get(reverse("web:actions")).content.decode()
    assert 'href="/actions.csv" download' in html


def test_same_filters_as_the_page(client, archive):
    _response, rows = download(client, status="overdue")
    assert [row[4] for row in rows[1:]] == [OVERDUE]
    _response, rows = download(client, responsible=archive.people["Astrid"].id)
    assert [row[4] for row in rows[1:]] == [FUTURE]
    _response, rows = download(client, body="kulturarv", status="done")
    assert [row[4] for row in rows[1:]] == [DONE]


def test_a_filter_the_page_would_report_is_refused_not_ignored(client, archive):
    # no visible action of Oppvekstutvalget: not a choice, and not "everything"
    response = client.get(reverse("web:actions_csv"), {"body": "oppvekst"})
    assert response.status_code == 400
    assert response.content.decode().startswith("Organ: ")


@pytest.mark.parametrize("persona, sees_draft", [
    ("anonymous", False), ("outsider", False), ("member", True), ("secretariat", True),
    ("admin", True)])
def test_same_visibility_as_the_page(clients, archive, persona, sees_draft):
    _response, rows = download(clients[persona])
    assert (DRAFT_ACTION in [row[4] for row in rows]) is sees_draft


def test_formulas_are_prefixed_and_letters_survive(client, archive):
    item = make_item(archive.first, "03/25", "=HYPERLINK(\"http://x\")", order=3)
    make_action(item, "=1+2", make_person("@Ærlig Østby"), responsible_text=None)
    make_action(item, "-Følge opp å", None, responsible_text="+47 900 00 000")
    _response, rows = download(client)
    formula, minus = [row for row in rows if row[2] == "03/25"]
    assert formula[3] == "'=HYPERLINK(\"http://x\")"
    assert formula[4] == "'=1+2" and formula[5] == "'@Ærlig Østby"
    assert minus[4] == "'-Følge opp å" and minus[5] == "'+47 900 00 000"


@pytest.mark.parametrize("text, cell", [
    ("=SUM(A1:A2)", "'=SUM(A1:A2)"), ("+1", "'+1"), ("-1", "'-1"), ("@cmd", "'@cmd"),
    ("\tx", "'\tx"), ("\rx", "'\rx"), ("Kari = leder", "Kari = leder"), ("", ""),
    (None, ""), ("2025-03-03", "2025-03-03")])
def test_safe_cell(text, cell):
    assert safe_cell(text) == cell


def test_english_header_for_an_english_reader(client, archive):
    client.cookies["django_language"] = "en"
    _response, rows = download(client)
    assert rows[0][:3] == ["Body", "Meeting date", "Item"] and rows[0][-1] == "Link"


def test_queries_do_not_grow_with_the_rows(client, archive, today,
                                           django_assert_max_num_queries):
    meeting = make_meeting(archive.other_body, date(2024, 5, 5))
    for n in range(60):
        item = make_item(meeting, f"{n}/24", f"Sak {n}", order=n)
        make_action(item, f"Tiltak {n}", make_person(f"Person Nummer{n}"),
                    due=today + timedelta(days=n))
    with django_assert_max_num_queries(6):
        _response, rows = download(client)
    assert len(rows) == 1 + 3 + 60
