"""Items closed to the public ("unntatt offentlighet"): who sees what, on every surface.

The first (published) meeting of kulturarv gets item 05/25, closed under "offl. § 13",
with a text, a decision and an open action of Astrid's. Anonymous readers and a
logged-in user with no role on the body (``outsider``) see its number and the neutral
title "Unntatt offentlighet (offl. § 13)" and nothing else of it; the body's member, its
secretariat and an administrator read it all, marked.
"""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from django.urls import reverse

from motebok.archive.models import Action, AgendaItem, Decision, reads_closed_items
from web.builders import make_action, make_item

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]

PUBLIC = ["anonymous", "outsider"]
INSIDE = ["member", "secretariat", "admin"]
TITLE = "Tilsetting av ny daglig leder"
TEXT = "Gruppen drøftet de tre søkerne grundig."
DECISION = "Søker nummer to tilbys stillingen."
ACTION = "Ringe søkeren med tilbudet"


@pytest.fixture
def closed(archive, today) -> AgendaItem:
    """Item 05/25 of the first meeting, closed to the public, with its outcomes."""
    item = make_item(archive.first, "05/25", TITLE, TEXT, order=5)
    item.exemption = "offl. § 13"
    item.save()
    Decision.objects.create(item=item, text=DECISION, order=1)
    make_action(item, ACTION, archive.people["Astrid"], due=today + timedelta(days=3), order=1)
    return item


def _page(client, name, *args, **query) -> str:
    response = client.get(reverse(name, args=args), query)
    assert response.status_code == 200, (name, response.status_code)
    return response.content.decode()


def _secret_words(content: str) -> list[str]:
    return [word for word in (TITLE, TEXT, DECISION, ACTION) if word in content]


# --- the model's rules ----------------------------------------------------------------


def test_an_item_is_closed_only_with_a_basis(archive):
    item = make_item(archive.first, "09/25", "Åpen sak")
    assert not item.is_closed and item.public_title == "Åpen sak" and item.closed_label == ""
    item.exemption = "   "
    assert not item.is_closed
    item.exemption = "offl. § 23 første ledd"
    assert item.is_closed
    assert item.public_record_title() == "Unntatt offentlighet (offl. § 23 første ledd)"
    item.title_public = True
    assert item.public_title == "Åpen sak" and item.public_record_title() == "Åpen sak"


def test_the_neutral_title_is_in_the_reader_s_language(archive, closed):
    from django.utils import translation

    with translation.override("en"):
        assert closed.public_title == "Closed to the public (offl. § 13)"
    with translation.override("nb"):
        assert closed.public_title == "Unntatt offentlighet (offl. § 13)"


def test_who_reads_closed_items(clients, archive, closed):
    from django.contrib.auth.models import AnonymousUser, User

    assert not reads_closed_items(AnonymousUser(), archive.first)
    assert not reads_closed_items(User.objects.get(username="outsider"), archive.first)
    for name in ("member", "secretary", "admin"):
        assert reads_closed_items(User.objects.get(username=name), archive.first)


def test_decisions_and_actions_of_a_closed_item_are_hidden_from_the_public(clients, closed):
    from django.contrib.auth.models import AnonymousUser, User

    assert not Decision.objects.visible_to(AnonymousUser()).filter(item=closed).exists()
    assert not Action.objects.visible_to(AnonymousUser()).filter(item=closed).exists()
    outsider = User.objects.get(username="outsider")
    assert not Action.objects.visible_to(outsider).filter(item=closed).exists()
    member = User.objects.get(username="member")
    assert Action.objects.visible_to(member).filter(item=closed).count() == 1
    assert Decision.objects.visible_to(member).filter(item=closed).count() == 1


# --- the pages ------------------------------------------------------------------------


@pytest.mark.parametrize("persona", PUBLIC)
def test_the_public_sees_the_number_and_the_neutral_title(clients, archive, closed, persona):
    client = clients[persona]
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "nb"
    content = _page(client, "web:meeting", archive.first.id)
    assert "05/25" in content
    assert "Unntatt offentlighet (offl. § 13)" in content
    assert _secret_words(content) == []
    # the open items are all there
    assert "Registrering av gamle naust" in content and "Registreringen starter" in content


@pytest.mark.parametrize("persona", INSIDE)
def test_members_and_staff_read_it_all_marked(clients, archive, closed, persona):
    client = clients[persona]
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "nb"
    content = _page(client, "web:meeting", archive.first.id)
    assert _secret_words(content) == [TITLE, TEXT, DECISION, ACTION]
    assert 'class="badge badge-closed"' in content
    assert "Unntatt offentlighet (offl. § 13)" in content


def test_a_published_title_shows_but_nothing_more(clients, archive, closed):
    closed.title_public = True
    closed.save()
    content = _page(clients["anonymous"], "web:meeting", archive.first.id)
    assert TITLE in content
    assert _secret_words(content) == [TITLE]


@pytest.mark.parametrize("persona", PUBLIC)
@pytest.mark.parametrize("name, args", [
    ("web:home", []), ("web:body", ["kulturarv"]), ("web:actions", []),
    ("web:body_decisions", ["kulturarv"]),
])
def test_lists_leave_the_closed_item_out_for_the_public(clients, archive, closed, persona,
                                                        name, args):
    content = _page(clients[persona], name, *args, year=2025)
    assert _secret_words(content) == []


@pytest.mark.parametrize("persona", INSIDE)
@pytest.mark.parametrize("name, args, words", [
    ("web:actions", [], [ACTION]), ("web:body", ["kulturarv"], [ACTION]),
    ("web:body_decisions", ["kulturarv"], [TITLE, DECISION]),
])
def test_lists_show_it_marked_inside(clients, archive, closed, persona, name, args, words):
    content = _page(clients[persona], name, *args, year=2025)
    for word in words:
        assert word in content
    assert "badge-closed" in content


@pytest.mark.parametrize("persona, shown", [("anonymous", False), ("outsider", False),
                                            ("member", True), ("admin", True)])
def test_the_person_page_and_the_csv(clients, archive, closed, persona, shown):
    client = clients[persona]
    person = _page(client, "web:person", archive.people["Astrid"].id)
    assert (ACTION in person) is shown
    csv = b"".join(client.get(reverse("web:actions_csv")).streaming_content).decode("utf-8-sig")
    assert (ACTION in csv) is shown


@pytest.mark.parametrize("persona, shown", [("anonymous", False), ("outsider", False),
                                            ("member", True), ("secretariat", True),
                                            ("admin", True)])
def test_search_finds_a_closed_item_only_for_those_inside(clients, archive, closed,
                                                          persona, shown):
    from motebok.search import rebuild

    rebuild()
    content = _page(clients[persona], "web:search", q="søkerne")
    assert (f"#item-{closed.id}" in content) is shown
    assert ("badge-closed" in content) is shown
    # and an open item of the same meeting is found by everyone
    assert "naust" in _page(clients[persona], "web:search", q="naust").lower()


def test_search_keeps_a_closed_item_hidden_after_the_meeting_is_saved(clients, archive,
                                                                      closed):
    """A save of the meeting (``refresh_tags``) keeps the closed item's own tags."""
    from motebok.search import rebuild
    from motebok.search.models import SearchEntry
    from motebok.search.service import CLOSED_TAG, PUBLISHED_TAG

    rebuild()
    archive.first.location = "Et annet sted"
    archive.first.save()
    tags = set(SearchEntry.objects.filter(item=closed).values_list("tags", flat=True))
    assert tags and all(CLOSED_TAG in t.split() and PUBLISHED_TAG not in t.split()
                        for t in tags)
    assert all(PUBLISHED_TAG in t.split() for t in SearchEntry.objects.filter(
        meeting=archive.first).exclude(item=closed).values_list("tags", flat=True))


def test_the_atom_feed_gives_the_neutral_title_only(clients, archive, closed):
    for name, args in (("web:feed", []), ("web:body_feed", ["kulturarv"])):
        content = clients["admin"].get(reverse(name, args=args)).content.decode()
        assert "offl. § 13" in content
        assert _secret_words(content) == []


def test_the_calendar_names_no_item(clients, archive, closed):
    content = clients["member"].get(reverse("web:body_calendar", args=["kulturarv"]))
    assert _secret_words(content.content.decode()) == []


def test_the_basis_and_title_are_escaped(clients, archive, closed):
    closed.exemption = "<script>alert(1)</script>"
    closed.title = "<b>Fet</b> sak"
    closed.save()
    public = _page(clients["anonymous"], "web:meeting", archive.first.id)
    assert "<script>alert(1)" not in public and "&lt;script&gt;" in public
    inside = _page(clients["member"], "web:meeting", archive.first.id)
    assert "<b>Fet</b>" not in inside and "&lt;b&gt;Fet&lt;/b&gt; sak" in inside


def test_the_meeting_page_stays_bounded_with_a_closed_item(clients, archive, closed,
                                                             django_assert_max_num_queries):
    for persona in ("anonymous", "member"):
        with django_assert_max_num_queries(11):
            clients[persona].get(reverse("web:meeting", args=[archive.first.id]))


# --- the API ----------------------------------------------------------------------------


@pytest.mark.parametrize("persona, shown", [("anonymous", False), ("outsider", False),
                                            ("member", True), ("secretariat", True),
                                            ("admin", True)])
def test_the_api_gives_the_public_record_or_the_whole(clients, archive, closed, persona,
                                                      shown):
    client = clients[persona]
    data = client.get(reverse("api:meeting", args=[archive.first.id])).json()
    item = next(i for i in data["items"] if i["number"] == "05/25")
    assert item["exemption"] == "offl. § 13"
    if shown:
        assert item["title"] == TITLE and item["text"] == TEXT
        assert item["decisions"] == [DECISION] and item["actions"][0]["text"] == ACTION
    else:
        assert item == {"number": "05/25", "title": "Unntatt offentlighet (offl. § 13)",
                        "text": "", "decisions": [], "actions": [],
                        "exemption": "offl. § 13", "references": [], "referenced_by": []}
    # open items carry no extra key
    assert all("exemption" not in i for i in data["items"] if i["number"] != "05/25")
    actions = json.dumps(client.get(reverse("api:actions")).json(), ensure_ascii=False)
    assert (ACTION in actions) is shown
