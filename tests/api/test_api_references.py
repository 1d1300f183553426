"""``references`` and ``referenced_by`` on each item of ``/api/v1/meetings/<id>/``: the
items its texts name ("jf. sak 14/24") and the items naming it, only visible ones."""

from __future__ import annotations

import datetime as dt

import pytest

from api.helpers import get_json, make_item, make_meeting
from motebok import vocab
from motebok.archive.importer import parse_number
from motebok.archive.models import AgendaItem

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]


@pytest.fixture
def later(world):
    """A published kultur meeting in 2025 naming the published 14/24 and the draft's 02/25."""
    meeting = make_meeting(world.kultur, dt.date(2025, 3, 3), vocab.MeetingStatus.PUBLISHED,
                           "Referat mars")
    make_item(meeting, "03/25", "Kulturplan <b>videre</b>",
              "Oppfølging av sak 014/24, jf. sak 2/2025.", 0)
    for item in AgendaItem.objects.all():
        item.sequence, item.year = parse_number(item.number)
        item.save(update_fields=["sequence", "year"])
    return meeting


def _item(data, number):
    return next(item for item in data["items"] if item["number"] == number)


@pytest.mark.parametrize("persona, sees_draft", [
    ("anonymous", False), ("outsider", False), ("member", True), ("secretariat", True),
    ("admin", True)])
def test_items_carry_references_both_ways(personas, world, later, persona, sees_draft):
    client = personas[persona]
    data = get_json(client, f"/api/v1/meetings/{later.pk}/")
    refs = _item(data, "03/25")["references"]
    assert refs[0]["text"] == "014/24" and refs[0]["number"] == "14/24"
    assert refs[0]["meeting"] == world.published.pk
    assert refs[0]["url"].endswith(f"/api/v1/meetings/{world.published.pk}/")
    assert "#item-" in refs[0]["web_url"]
    assert [r["number"] for r in refs] == (["14/24", "02/25"] if sees_draft else ["14/24"])
    assert ("Hemmelig budsjettsak" in str(data)) is sees_draft
    back = _item(get_json(client, f"/api/v1/meetings/{world.published.pk}/"), "14/24")
    assert back["referenced_by"] == [{
        "number": "03/25", "title": "Kulturplan <b>videre</b>", "meeting": later.pk,
        "url": f"http://testserver/api/v1/meetings/{later.pk}/",
        "web_url": back["referenced_by"][0]["web_url"]}]
    assert back["references"] == []


def test_schema_documents_references(client):
    schema = get_json(client, "/api/v1/openapi.json")
    item = schema["components"]["schemas"]["MeetingItem"]
    assert {"references", "referenced_by"} <= set(item["properties"])


def test_references_cost_a_fixed_number_of_queries(client, world):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    meeting = make_meeting(world.kultur, dt.date(2025, 9, 9), vocab.MeetingStatus.PUBLISHED,
                           "Mange henvisninger")

    def grow(first: int, count: int) -> int:
        for n in range(first, first + count):
            make_item(meeting, f"{n + 1:02d}/25", f"Sak {n + 1}",
                      f"Jf. sak {n:02d}/25, sak 14/24 og sak {n + 2}.", n)
        for item in AgendaItem.objects.filter(sequence__isnull=True):
            item.sequence, item.year = parse_number(item.number)
            item.save(update_fields=["sequence", "year"])
        with CaptureQueriesContext(connection) as queries:
            data = get_json(client, f"/api/v1/meetings/{meeting.pk}/")
        assert data["items"][1]["references"][0]["number"] == "01/25"
        return len(queries)

    few = grow(0, 2)
    many = grow(2, 10)
    assert many == few <= 11   # the record's few queries and the references' fixed few
