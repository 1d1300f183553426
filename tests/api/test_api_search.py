"""GET /api/v1/search: hits with meeting id, item number, title and a plain snippet."""

from __future__ import annotations

import pytest

from api.helpers import get_json
from motebok.search import index_meeting

pytestmark = [pytest.mark.django_db(transaction=False), pytest.mark.postgres]


@pytest.fixture
def indexed(world):
    """The world with every meeting in the search index."""
    for meeting in (world.published, world.draft, world.helse_meeting):
        index_meeting(meeting)
    return world


def test_hit_names_meeting_item_and_snippet(client, indexed):
    data = get_json(client, "/api/v1/search?q=kulturplan")

    assert data["count"] >= 1
    assert (data["page"], data["next"], data["previous"]) == (1, None, None)
    hit = next(h for h in data["results"] if h["kind"] == "item")
    assert hit["meeting"] == indexed.published.pk
    assert hit["meeting_url"] == f"http://testserver/api/v1/meetings/{indexed.published.pk}/"
    assert hit["item_number"] == "14/24"
    assert hit["title"] == "Kulturplan"
    assert hit["date"] == "2024-11-05"
    assert hit["body"]["slug"] == "faggruppe-kultur"
    assert "kulturplan" in hit["snippet"].lower()


def test_snippet_is_plain_text_without_markup(client, indexed):
    from motebok.archive.models import AgendaItem

    item = AgendaItem.objects.create(meeting=indexed.published, number="15/24",
                                     title="Skilt", text="Skiltet <b>Kino & kafé</b> henges opp.",
                                     order=1)
    index_meeting(indexed.published)

    data = get_json(client, "/api/v1/search?q=skiltet")

    snippet = next(h["snippet"] for h in data["results"] if h["item_number"] == item.number)
    assert "<mark>" not in snippet
    assert "<b>Kino & kafé</b>" in snippet


@pytest.mark.parametrize(("persona", "sees_draft"), [
    ("anonymous", False), ("outsider", False), ("member", True), ("secretariat", True),
    ("admin", True),
])
def test_drafts_are_found_only_by_those_with_a_role(personas, indexed, persona, sees_draft):
    data = get_json(personas[persona], "/api/v1/search?q=budsjettsak")

    meetings = {h["meeting"] for h in data["results"]}
    assert (indexed.draft.pk in meetings) is sees_draft
    assert (data["count"] > 0) is sees_draft
    # a hit says its meeting's status, so a client can mark what is not public yet
    assert {h["status"] for h in data["results"]} == ({"draft"} if sees_draft else set())


def test_a_published_hit_says_it_is_published(client, indexed):
    data = get_json(client, "/api/v1/search?q=kulturplan")
    assert {h["status"] for h in data["results"]} == {"published"}


def test_filters_by_body_year_and_person(client, indexed):
    by_body = get_json(client, "/api/v1/search?q=kulturplan&body=helseutvalget")
    by_year = get_json(client, "/api/v1/search?q=kulturplan&year=2023")
    by_person = get_json(client, f"/api/v1/search?q=kulturplan&person={indexed.ingrid.pk}")
    year_hit = get_json(client, "/api/v1/search?q=kulturplan&year=2024")

    assert by_body["count"] == 0
    assert by_year["count"] == 0
    assert by_person["count"] >= 1
    assert year_hit["count"] >= 1


@pytest.mark.parametrize(("query", "message"), [
    ("", "parameter 'q' is required"),
    ("q=+", "parameter 'q' is required"),
    ("q=plan&year=i+fjor", "parameter 'year' must be an integer, not 'i fjor'"),
    ("q=plan&person=Ingrid", "parameter 'person' must be an integer, not 'Ingrid'"),
    ("q=plan&page=neste", "parameter 'page' must be an integer, not 'neste'"),
    ("q=plan&body=ukjent", "unknown body 'ukjent' (see /api/v1/bodies/)"),
])
def test_bad_parameters_are_400(client, indexed, query, message):
    assert get_json(client, f"/api/v1/search?{query}", status=400) == {"error": message}


def test_page_past_the_end_is_404(client, indexed):
    data = get_json(client, "/api/v1/search?q=kulturplan&page=9", status=404)

    assert data == {"error": "page 9 does not exist; the last page is 1"}


def test_no_hits_is_an_empty_first_page(client, indexed):
    data = get_json(client, "/api/v1/search?q=fotballbane")

    assert data == {"count": 0, "page": 1, "pages": 1, "next": None, "previous": None,
                    "results": [], "capped": False, "lower_bound": False}


def test_capped_says_when_count_is_a_lower_bound(client, indexed, monkeypatch):
    from motebok.search import backends

    plain = get_json(client, "/api/v1/search?q=kulturplan")
    assert plain["capped"] is False
    monkeypatch.setattr(backends, "COUNT_CAP", 1)
    capped = get_json(client, "/api/v1/search?q=kulturplan")
    assert (capped["capped"], capped["count"]) == (plain["count"] > 1, min(plain["count"], 1))


def test_lower_bound_says_the_word_part_hits_were_not_counted_yet(client, indexed,
                                                                   monkeypatch):
    # "Kulturplan" and its hearing hold the word whole; an item holding it only inside a
    # longer word comes after them: a page they fill does not count it ("lower_bound",
    # with a next link), the page reaching past them does, exactly.
    from api.helpers import make_item
    from motebok.api import pagination
    from motebok.search import index_meeting

    make_item(indexed.published, "15/24", "Høring av kulturplan", "Frist 1. mars.", 1)
    make_item(indexed.published, "16/24", "Kulturplanarbeidet videre", "Ny runde.", 2)
    index_meeting(indexed.published)
    whole = get_json(client, "/api/v1/search?q=kulturplan")
    titles = [hit["title"] for hit in whole["results"]]
    assert (whole["count"], whole["lower_bound"], titles[-1]) == (
        3, False, "Kulturplanarbeidet videre")
    monkeypatch.setattr(pagination, "PAGE_SIZE", 1)
    first = get_json(client, "/api/v1/search?q=kulturplan")
    assert (first["count"], first["pages"], first["lower_bound"], first["capped"]) == (
        2, 2, True, False)
    second = get_json(client, first["next"])
    assert (second["count"], second["pages"], second["lower_bound"]) == (3, 3, False)
    third = get_json(client, second["next"])
    assert (third["next"], [hit["title"] for hit in third["results"]]) == (
        None, ["Kulturplanarbeidet videre"])
    assert [first["results"][0]["title"], second["results"][0]["title"]] == titles[:2]


@pytest.mark.parametrize(("kind", "texts"), [
    ("item", {"Kulturplan"}),
    ("decision", {"Faggruppen sluttet seg til utkastet."}),
    ("action", {"Sende ut høringsutkastet"}),  # (a word part: tier 1 keeps the filter)
    ("title", set()),
])
def test_kind_keeps_the_hits_of_one_kind(client, indexed, kind, texts):
    everything = get_json(client, "/api/v1/search?q=utkast")
    assert {"item", "decision", "action"} <= {h["kind"] for h in everything["results"]}

    data = get_json(client, f"/api/v1/search?q=utkast&kind={kind}")

    assert {h["kind"] for h in data["results"]} <= {kind}
    assert data["count"] == len(texts) == len(data["results"])
    for text in texts:
        assert any(text.split()[-1].rstrip(".")[:6].lower() in h["snippet"].lower()
                   for h in data["results"])


def test_an_unknown_kind_is_400(client, indexed):
    assert get_json(client, "/api/v1/search?q=utkast&kind=vedtak", status=400) == {
        "error": "parameter 'kind' must be one of title, item, decision, action; not 'vedtak'"}
