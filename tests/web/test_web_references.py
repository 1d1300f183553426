"""Case references on the meeting page: "jf. sak 02/25" links to the item it names in
the same body's series, and the named item shows "Omtalt i" back-links — both only to
and from items the viewer may see, their titles escaped."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest
from django.urls import reverse

from motebok.archive.importer import parse_number
from motebok.archive.models import AgendaItem, Decision
from motebok.vocab import MeetingStatus
from web.builders import make_action, make_item, make_meeting

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]


def numbered(meeting, number: str, title: str, text: str = "", order: int = 0) -> AgendaItem:
    """An item with its number split into sequence and year, as an import stores it."""
    item = make_item(meeting, number, title, text, order=order)
    item.sequence, item.year = parse_number(number)
    item.save(update_fields=["sequence", "year"])
    return item


@pytest.fixture
def refs(archive):
    """A later kulturarv meeting whose items name earlier cases in every form; the draft
    names a published case; the other body has its own 02/25."""
    for item in AgendaItem.objects.all():
        item.sequence, item.year = parse_number(item.number)
        item.save(update_fields=["sequence", "year"])
    later = make_meeting(archive.body, date(2025, 10, 6), title="Høstmøte")
    follow = numbered(later, "05/25", "Oppfølging <script>alert(1)</script>",
                      "Oppfølging av sak 02/25 og 3/2025, jf. sak 04/25 og sak 9/24.\n"
                      "Møtet 12/3 vedtok 1/2 av budsjettet; saksbehandler 1/25 svarte.",
                      order=1)
    Decision.objects.create(item=follow, text="Saken ses i sammenheng med PS 6/25.", order=1)
    make_action(follow, "Følge opp sak 006/25", None, due=date(2025, 12, 1))
    budget = numbered(later, "06/25", "Budsjett", "Fortsettelse av sak 5.", order=2)
    other = make_meeting(archive.other_body, date(2025, 5, 5), title="Oppvekst mai")
    numbered(other, "02/25", "Annet organs sak", "Se sak 1/25.", order=1)
    draft_item = archive.draft.items.get()
    draft_item.text = "Bygger på sak 02/25."
    draft_item.save(update_fields=["text"])
    items = {it.number: it for it in AgendaItem.objects.filter(meeting__body=archive.body)}
    return {"later": later, "follow": follow, "budget": budget, "items": items}


def page(client, meeting) -> str:
    """The meeting page's HTML."""
    response = client.get(reverse("web:meeting", args=[meeting.id]))
    assert response.status_code == 200
    return response.content.decode()


def href(item) -> str:
    """The address a link to ``item`` carries."""
    return f'{reverse("web:meeting", args=[item.meeting_id])}#item-{item.id}'


def links(html: str) -> dict[str, str]:
    """The case links of a page: text → href."""
    return {m[2]: m[1] for m in re.finditer(
        r'<a class="case-ref" href="([^"]+)" title="[^"]*">([^<]+)</a>', html)}


def test_references_link_to_the_items_of_the_same_body(client, refs):
    html = page(client, refs["later"])
    items = refs["items"]
    found = links(html)
    assert found["02/25"] == href(items["02/25"])      # not the other body's 02/25
    assert found["3/2025"] == href(items["03/25"])     # four-digit year, no leading zero
    assert found["6/25"] == href(refs["budget"])       # in a decision, same meeting
    assert found["006/25"] == href(refs["budget"])     # in an action's text
    assert found["5"] == href(refs["follow"])          # bare number: this meeting's item 5
    assert "9/24" not in found                         # no such case: plain text
    assert "1/25" not in found and "12/3" not in found and "1/2" not in found
    assert "sak 9/24." in html


@pytest.mark.parametrize("persona, sees_draft", [
    ("anonymous", False), ("outsider", False), ("member", True), ("secretariat", True),
    ("admin", True)])
def test_draft_items_are_neither_linked_nor_named(clients, refs, persona, sees_draft):
    html = page(clients[persona], refs["later"])
    draft_item = refs["items"]["04/25"]
    assert ("04/25" in links(html)) is sees_draft
    assert ("Fredning av kirkegården" in html) is sees_draft
    first = page(clients[persona], refs["items"]["02/25"].meeting)
    assert (href(draft_item) in first) is sees_draft   # the draft's back-link


def test_back_links_show_who_refers_and_escape_titles(client, refs):
    html = page(client, refs["items"]["02/25"].meeting)
    back = html.split('class="referred-by"')[1].split("</p>")[0]
    assert href(refs["follow"]) in back
    assert "Oppfølging &lt;script&gt;alert(1)&lt;/script&gt;" in back
    assert "<script>alert" not in html
    assert "Annet organs sak" not in html              # the other body's 1/25 is its own


def test_reference_text_is_escaped_around_links(client, archive, refs):
    item = numbered(refs["later"], "07/25", "Merknad", "<b>jf. sak 02/25</b> & mer", order=3)
    html = page(client, refs["later"])
    assert (f'&lt;b&gt;jf. sak <a class="case-ref" href="{href(refs["items"]["02/25"])}"'
            in html)
    assert "&lt;/b&gt; &amp; mer" in html
    assert item.title in html


def test_ambiguous_bare_number_is_not_linked(client, archive, refs):
    numbered(refs["later"], "5", "Enda en femmer", order=4)
    html = page(client, refs["later"])
    assert "5" not in links(html)


def test_back_links_in_both_languages(client, refs):
    meeting = refs["items"]["02/25"].meeting
    url = reverse("web:meeting", args=[meeting.id])
    nb = client.get(url, HTTP_ACCEPT_LANGUAGE="nb").content.decode()
    en = client.get(url, HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "Omtalt i" in nb and "Sak 05/25" in nb
    assert "Referred to in" in en and "Item 05/25" in en


def test_meeting_page_with_references_stays_at_a_fixed_number_of_queries(
        client, archive, refs, django_assert_max_num_queries):
    meeting = make_meeting(archive.body, date(2026, 2, 2), title="Mange henvisninger")
    for n in range(1, 13):
        item = numbered(meeting, f"{n:02d}/26", f"Sak {n}",
                        f"Jf. sak {n - 1:02d}/26 og sak 02/25.", order=n)
        Decision.objects.create(item=item, text=f"Se PS {n + 1}/26.", order=1)
        make_action(item, f"Følg opp sak {n}", None, due=date(2026, 3, 1) + timedelta(days=n))
    with django_assert_max_num_queries(15):
        html = page(client, meeting)
    assert len(links(html)) >= 12
    with django_assert_max_num_queries(15):
        page(client, refs["items"]["02/25"].meeting)


def test_unpublished_meeting_status_is_respected_for_back_links(clients, refs):
    refs["later"].status = MeetingStatus.APPROVED
    refs["later"].save(update_fields=["status"])
    first = refs["items"]["02/25"].meeting
    assert href(refs["follow"]) not in page(clients["anonymous"], first)
    assert href(refs["follow"]) in page(clients["member"], first)


@pytest.mark.parametrize("persona, reads_closed", [
    ("anonymous", False), ("outsider", False), ("member", True), ("secretariat", True)])
def test_a_closed_item_is_named_neutrally_and_names_nothing_for_the_public(
        clients, refs, persona, reads_closed):
    target = refs["items"]["02/25"]
    target.exemption = "offl. § 13"
    target.save(update_fields=["exemption"])
    follow = refs["follow"]
    follow.exemption = "offl. § 13"
    follow.save(update_fields=["exemption"])
    later = page(clients[persona], refs["later"])
    # the closed item's own text (and its references) shows only to those inside
    assert ("02/25" in links(later)) is reads_closed
    first = page(clients[persona], target.meeting)
    back = first.split('class="referred-by"')[1].split("</p>")[0] if reads_closed else first
    # its title is not named to the public by a link pointing at it or from it
    assert (target.title in first) is reads_closed
    assert (href(follow) in back) is reads_closed
