"""The Atom feeds of published minutes (``/feed.atom`` and ``/bodies/<slug>/feed.atom``),
parsed back with xml.etree."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from xml.etree import ElementTree

import pytest
from django.urls import reverse

from motebok.archive.models import Decision
from motebok.vocab import MeetingStatus
from motebok.web import queries
from web.builders import make_item, make_meeting

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]
ATOM = "{http://www.w3.org/2005/Atom}"


def fetch(client, slug: str | None = None, **headers) -> bytes:
    """The raw feed of all bodies, or of the body ``slug``."""
    address = reverse("web:body_feed", args=[slug]) if slug else reverse("web:feed")
    response = client.get(address, **headers)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/atom+xml; charset=utf-8"
    return response.content


def feed(client, slug: str | None = None, **headers) -> ElementTree.Element:
    """The feed, parsed."""
    return ElementTree.fromstring(fetch(client, slug, **headers))


def entries(root: ElementTree.Element) -> list[ElementTree.Element]:
    """The feed's entries, in the feed's order."""
    return root.findall(f"{ATOM}entry")


def text(element: ElementTree.Element, tag: str) -> str:
    """The text of ``element``'s child ``tag`` (Atom namespace)."""
    child = element.find(f"{ATOM}{tag}")
    assert child is not None, tag
    return child.text or ""


def links(root: ElementTree.Element) -> list[str]:
    """The entries' links (the meeting pages), in the feed's order."""
    return [entry.find(f"{ATOM}link").get("href") for entry in entries(root)]


def page(meeting) -> str:
    """The absolute address of a meeting's page, as the test client's host gives it."""
    return "http://testserver" + reverse("web:meeting", args=[meeting.id])


def test_the_feed_of_all_bodies_is_atom_with_the_published_meetings_newest_first(client,
                                                                                  archive):
    root = feed(client)
    assert root.tag == f"{ATOM}feed"
    assert text(root, "title") == "Referater fra alle organer"
    assert text(root, "id") and text(root, "updated")
    assert root.find(f"{ATOM}author/{ATOM}name").text == "Møtebok"
    rels = {link.get("rel"): link.get("href") for link in root.findall(f"{ATOM}link")}
    assert rels == {"alternate": "http://testserver/", "self": "http://testserver/feed.atom"}
    # 2 June, 10 April (the other body), 3 March: the meeting dates, newest first
    assert links(root) == [page(archive.second), page(archive.other_meeting),
                           page(archive.first)]
    for entry in entries(root):
        assert text(entry, "id") == entry.find(f"{ATOM}link").get("href")
        assert text(entry, "updated")
        assert entry.find(f"{ATOM}summary").get("type") == "html"


def test_an_entry_names_the_meeting_its_body_and_date_and_the_body_is_its_author(client,
                                                                                 archive):
    first, second = _by_link(feed(client), archive.first, archive.second)
    assert text(second, "title") == "Sommermøte i kulturarvgruppen (Faggruppe for kulturarv, " \
                                    "2. juni 2025)"
    # a title that names the body is not followed by it again
    assert text(first, "title") == "Møte i Faggruppe for kulturarv (3. mars 2025)"
    assert first.find(f"{ATOM}author/{ATOM}name").text == "Faggruppe for kulturarv"
    summary = text(first, "summary")
    assert summary == ("<ul><li>01/25 Godkjenning av innkalling og saksliste<ul>"
                       "<li>Vedtak: Innkalling og saksliste godkjennes.</li></ul></li>"
                       "<li>02/25 Registrering av gamle naust<ul>"
                       "<li>Vedtak: Registreringen starter til våren.</li></ul></li></ul>")
    # the items' running text is on the meeting page only
    assert "naust langs kysten" not in summary


def _by_link(root, *meetings) -> list:
    """The entries of ``meetings``, in that order."""
    by_link = {entry.find(f"{ATOM}link").get("href"): entry for entry in entries(root)}
    return [by_link[page(meeting)] for meeting in meetings]


def test_untitled_undated_and_body_named_meetings_have_readable_titles(client, archive):
    untitled = make_meeting(archive.body, date(2025, 2, 1), title=None)
    named = make_meeting(archive.body, date(2025, 1, 1), title="Faggruppe for kulturarv")
    undated = make_meeting(archive.body, None, title="Uten dato")
    root = feed(client)
    titles = [text(entry, "title") for entry in _by_link(root, untitled, named, undated)]
    assert titles == ["Referat (Faggruppe for kulturarv, 1. februar 2025)",
                      "Referat (Faggruppe for kulturarv, 1. januar 2025)",
                      "Uten dato (Faggruppe for kulturarv)"]
    assert links(root)[-1] == page(undated)  # undated last, as on the lists


def test_the_feed_is_in_english_for_an_english_reader(client, archive):
    root = feed(client, HTTP_ACCEPT_LANGUAGE="en")
    assert text(root, "title") == "Minutes from all bodies"
    assert root.get("{http://www.w3.org/XML/1998/namespace}lang") == "en"
    (second,) = _by_link(root, archive.second)
    assert text(second, "title") == "Sommermøte i kulturarvgruppen (Faggruppe for kulturarv, " \
                                    "2 June 2025)"
    (first,) = _by_link(root, archive.first)
    assert "<li>Decision: Innkalling og saksliste godkjennes.</li>" in text(first, "summary")


def test_updated_is_when_the_minutes_were_published(client, archive):
    archive.second.status = MeetingStatus.APPROVED
    archive.second.save()
    archive.second.publish()
    archive.second.refresh_from_db()
    (second, first) = _by_link(feed(client), archive.second, archive.first)
    published = archive.second.published_at.astimezone(UTC)
    assert datetime.fromisoformat(text(second, "updated")) == published
    assert datetime.fromisoformat(text(second, "published")) == published
    # imported minutes are published without a time: their last change stands in
    assert datetime.fromisoformat(text(first, "updated")) == archive.first.updated_at
    assert first.find(f"{ATOM}published") is None


@pytest.mark.parametrize("persona", ["anonymous", "member", "secretariat", "admin"])
def test_a_feed_is_public_drafts_and_unpublished_minutes_are_absent_for_everyone(
        clients, archive, persona):
    approved = make_meeting(archive.body, date(2025, 10, 6), status=MeetingStatus.APPROVED,
                            title="Godkjent, ikke publisert")
    closed = make_item(approved, "05/25", "Unntatt offentlighet: personalsak Lundvik",
                       "Saken gjelder en navngitt ansatt.")
    Decision.objects.create(item=closed, text="Avtalen om sluttvederlag godkjennes.")
    planned = make_meeting(archive.body, date(2026, 1, 5), status=MeetingStatus.PLANNED)
    cancelled = make_meeting(archive.body, date(2026, 2, 2), status=MeetingStatus.CANCELLED)
    client = clients[persona]
    for slug in (None, "kulturarv"):
        raw = fetch(client, slug).decode()
        for hidden in (archive.draft, approved, planned, cancelled):
            assert page(hidden) not in raw
        for words in ("Hemmelig utkast", "Fredning av kirkegården", "personalsak",
                      "navngitt ansatt", "sluttvederlag", "Godkjent, ikke publisert"):
            assert words not in raw
    # the member's own pages show the draft: the feed is what anyone sees, not what they see
    assert (archive.draft.title in clients[persona].get(
        reverse("web:body", args=["kulturarv"])).content.decode()) == (persona != "anonymous")


def test_a_body_feed_holds_only_that_body_s_minutes(client, archive):
    group_meeting = make_meeting(archive.group, date(2025, 5, 5), title="Stedsnavnmøte")
    root = feed(client, "kulturarv")
    assert text(root, "title") == "Referater fra Faggruppe for kulturarv"
    assert root.find(f"{ATOM}author/{ATOM}name").text == "Faggruppe for kulturarv"
    rels = {link.get("rel"): link.get("href") for link in root.findall(f"{ATOM}link")}
    assert rels["alternate"] == "http://testserver/bodies/kulturarv/"
    assert links(root) == [page(archive.second), page(archive.first)]
    assert links(feed(client, "stedsnavn")) == [page(group_meeting)]
    assert links(feed(client, "oppvekst")) == [page(archive.other_meeting)]


def test_an_unknown_body_s_feed_is_404(client, archive):
    assert client.get(reverse("web:body_feed", args=["ukjent"])).status_code == 404


def test_a_feed_takes_only_safe_methods(client, archive):
    assert client.post(reverse("web:feed")).status_code == 405
    assert client.head(reverse("web:feed")).status_code == 200


def test_markup_in_titles_decisions_and_items_is_text_not_html(client, archive):
    meeting = make_meeting(archive.body, date(2025, 11, 3),
                           title="Møte <script>alert(1)</script> & mer")
    item = make_item(meeting, "9/25", "<b>Fet</b> sak & co")
    Decision.objects.create(item=item, text='<img src=x onerror="alert(2)">Vedtatt')
    raw = fetch(client).decode()
    assert "<script" not in raw and "<img" not in raw and "<b>" not in raw
    (entry,) = _by_link(ElementTree.fromstring(raw), meeting)
    # a text title: the reader shows what the minutes wrote, as written
    assert text(entry, "title").startswith("Møte <script>alert(1)</script> & mer (")
    assert entry.find(f"{ATOM}title").get("type") in (None, "text")
    # the summary is HTML whose text is escaped: markup from a document stays words
    summary = text(entry, "summary")
    assert "&lt;b&gt;Fet&lt;/b&gt; sak &amp; co" in summary
    assert "&lt;img src=x onerror=&quot;alert(2)&quot;&gt;Vedtatt" in summary
    assert "<b>" not in summary and "<img" not in summary


def test_a_meeting_without_items_says_so(client, archive):
    empty = make_meeting(archive.body, date(2025, 12, 1), title="Tomt møte")
    (entry,) = _by_link(feed(client), empty)
    assert text(entry, "summary") == "<p>Referatet har ingen saker.</p>"


def test_the_feeds_read_a_fixed_number_of_queries(clients, archive,
                                                  django_assert_max_num_queries):
    for number in range(30):
        meeting = make_meeting(archive.body if number % 2 else archive.other_body,
                               date(2024, 1, 1) + timedelta(days=number), title=f"Møte {number}")
        for order in range(3):
            item = make_item(meeting, f"{order + 1}", f"Sak {order + 1}", order=order)
            Decision.objects.create(item=item, text=f"Vedtak {number}.{order}")
    for persona in ("anonymous", "member"):
        # the meetings with their bodies, their items, the items' decisions
        with django_assert_max_num_queries(3):
            assert len(entries(feed(clients[persona]))) == 33
        with django_assert_max_num_queries(4):  # and the body
            assert len(entries(feed(clients[persona], "kulturarv"))) == 17


def test_a_feed_lists_at_most_the_newest_fifty(archive):
    assert queries.FEED_ENTRIES == 50
    for number in range(3):
        make_meeting(archive.body, date(2026, 3, 1) + timedelta(days=number),
                     title=f"Nytt {number}")
    assert [m.title for m in queries.published_minutes(limit=2)] == ["Nytt 2", "Nytt 1"]


def test_the_front_page_and_the_body_page_link_their_feeds(client_nb, archive):
    home = client_nb.get(reverse("web:home")).content.decode()
    assert ('<link rel="alternate" type="application/atom+xml" '
            'title="Referater fra alle organer" href="/feed.atom">') in home
    assert "Abonner på referatene fra alle organer (Atom)" in home
    body = client_nb.get(reverse("web:body", args=["kulturarv"])).content.decode()
    assert ('<link rel="alternate" type="application/atom+xml" '
            'title="Referater fra Faggruppe for kulturarv" '
            'href="/bodies/kulturarv/feed.atom">') in body
    assert ('<a href="/bodies/kulturarv/feed.atom" type="application/atom+xml">'
            'Abonner (Atom)</a>') in body
    english = client_nb.get(reverse("web:body", args=["kulturarv"]),
                            HTTP_ACCEPT_LANGUAGE="en")
    assert "Subscribe (Atom)" in english.content.decode()


def test_minutes_of_no_body_name_the_body_as_written_and_fall_back_to_the_site(client,
                                                                             archive):
    # a meeting restored from a record whose body matched none of the archive's
    restored = make_meeting(archive.body, date(2025, 8, 4), title="Årsmøte")
    restored.body, restored.body_text = None, "Nettverk for kystkultur"
    restored.save()
    (entry,) = _by_link(feed(client), restored)
    assert text(entry, "title") == "Årsmøte (Nettverk for kystkultur, 4. august 2025)"
    assert entry.find(f"{ATOM}author/{ATOM}name").text == "Nettverk for kystkultur"
    restored.body_text = None
    restored.save()
    (entry,) = _by_link(feed(client), restored)
    assert text(entry, "title") == "Årsmøte (4. august 2025)"
    assert entry.find(f"{ATOM}author") is None  # the feed's author (Møtebok) stands for it
    assert restored.id not in [m.id for m in queries.published_minutes(archive.body)]
