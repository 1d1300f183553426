"""GET /api/v1/meetings/ and /api/v1/meetings/<id>/."""

from __future__ import annotations

import datetime as dt

import pytest

from api.helpers import get_json, make_meeting
from motebok import vocab
from motebok.api import pagination

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]


def test_list_shows_published_meetings_newest_first(client, world):
    data = get_json(client, "/api/v1/meetings/")

    assert data["count"] == 2
    assert [m["id"] for m in data["results"]] == [world.published.pk, world.helse_meeting.pk]
    first = data["results"][0]
    assert first == {
        "id": world.published.pk,
        "body": {"slug": "faggruppe-kultur", "name": "Faggruppe kultur",
                 "url": "http://testserver/api/v1/bodies/faggruppe-kultur/"},
        "date": "2024-11-05",
        "title": "Referat fra møte i faggruppe kultur",
        "status": "published",
        "url": f"http://testserver/api/v1/meetings/{world.published.pk}/",
    }


def test_undated_meetings_come_last_on_every_database(client, world):
    undated = make_meeting(world.kultur, None, vocab.MeetingStatus.PUBLISHED, "Udatert referat")

    data = get_json(client, "/api/v1/meetings/")
    assert [m["id"] for m in data["results"]] == [world.published.pk, world.helse_meeting.pk,
                                                  undated.pk]
    body = get_json(client, "/api/v1/bodies/faggruppe-kultur/")
    assert body["meetings"] == [world.published.pk, undated.pk]


def test_list_filters_by_body_year_and_status(personas, world):
    admin = personas["admin"]

    by_body = get_json(admin, "/api/v1/meetings/?body=helseutvalget")
    by_year = get_json(admin, "/api/v1/meetings/?year=2025")
    by_status = get_json(admin, "/api/v1/meetings/?status=draft&body=faggruppe-kultur")
    nothing = get_json(admin, "/api/v1/meetings/?year=1999")

    assert [m["id"] for m in by_body["results"]] == [world.helse_meeting.pk]
    assert [m["id"] for m in by_year["results"]] == [world.draft.pk]
    assert [m["id"] for m in by_status["results"]] == [world.draft.pk]
    assert nothing == {"count": 0, "page": 1, "pages": 1, "next": None, "previous": None,
                       "results": []}


def test_list_keeps_utf8_readable(client, world):
    response = client.get("/api/v1/meetings/")

    assert "møte".encode() in response.content


@pytest.mark.parametrize(("query", "message"), [
    ("page=two", "parameter 'page' must be an integer, not 'two'"),
    ("page=0", "parameter 'page' must be at least 1, not 0"),
    ("year=2O24", "parameter 'year' must be an integer, not '2O24'"),
    ("year=0", "parameter 'year' must be at least 1, not 0"),  # no date has year 0
    ("year=99999999999999999999", "parameter 'year' must be at most 9999, not "
                                  "99999999999999999999"),
    ("status=secret", "parameter 'status' must be one of planned, draft, approved, published,"
                      " cancelled; not 'secret'"),
    ("body=no-such-body", "unknown body 'no-such-body' (see /api/v1/bodies/)"),
])
def test_list_rejects_bad_parameters(client, world, query, message):
    data = get_json(client, f"/api/v1/meetings/?{query}", status=400)

    assert data == {"error": message}


def test_list_pages_with_next_and_previous_links(client, world, monkeypatch):
    monkeypatch.setattr(pagination, "PAGE_SIZE", 2)
    for day in range(1, 4):
        make_meeting(world.helse, dt.date(2022, 1, day), vocab.MeetingStatus.PUBLISHED,
                     f"Protokoll {day}")

    first = get_json(client, "/api/v1/meetings/?body=helseutvalget")
    second = get_json(client, first["next"])
    past_end = get_json(client, "/api/v1/meetings/?body=helseutvalget&page=3", status=404)

    assert (first["count"], first["pages"], first["previous"]) == (4, 2, None)
    assert first["next"] == "http://testserver/api/v1/meetings/?body=helseutvalget&page=2"
    assert second["previous"] == "http://testserver/api/v1/meetings/?body=helseutvalget&page=1"
    assert second["next"] is None
    ids = [m["id"] for m in first["results"] + second["results"]]
    assert len(set(ids)) == 4
    assert past_end == {"error": "page 3 does not exist; the last page is 2"}


def test_detail_is_the_minutes_record_with_id_status_and_links(client, world):
    data = get_json(client, f"/api/v1/meetings/{world.published.pk}/")

    assert data["id"] == world.published.pk
    assert data["status"] == "published"
    assert data["url"] == f"http://testserver/api/v1/meetings/{world.published.pk}/"
    assert data["body_url"] == "http://testserver/api/v1/bodies/faggruppe-kultur/"
    assert data["schema_version"] == 1
    assert data["meeting"]["date"] == "2024-11-05"
    assert [i["number"] for i in data["items"]] == ["14/24"]
    assert data["items"][0]["decisions"] == ["Faggruppen sluttet seg til utkastet."]
    assert [p["name"] for p in data["participants"]] == ["Ingrid Solbakken"]
    for key in ("source", "kind", "title", "body", "organization", "document_date",
                "next_meeting", "warnings"):
        assert key in data


def test_a_meeting_without_a_body_is_answered_with_null_body_links(client, world):
    from motebok.archive.models import Meeting

    loose = Meeting.objects.create(body=None, date=dt.date(2024, 5, 2), title="Uten organ",
                                   status=vocab.MeetingStatus.PUBLISHED)
    data = get_json(client, f"/api/v1/meetings/{loose.pk}/")
    assert (data["body"], data["body_url"], data["title"]) == (None, None, "Uten organ")
    listed = get_json(client, "/api/v1/meetings/?year=2024")["results"]
    assert [m["body"] for m in listed if m["id"] == loose.pk] == [None]


def test_unknown_meeting_is_404(client, world):
    data = get_json(client, "/api/v1/meetings/999999/", status=404)

    assert data == {"error": "not found"}
