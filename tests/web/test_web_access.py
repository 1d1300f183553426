"""Drafts: 404 for anyone without a role on the body, visible to members, secretariat and
admins — on the meeting page, the download, the feed, the lists and the search."""

from __future__ import annotations

import pytest
from django.urls import reverse
from icalendar import Calendar

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]

HIDDEN_FROM = ["anonymous", "outsider"]
SHOWN_TO = ["member", "secretariat", "admin"]


@pytest.fixture
def draft_with_source(archive):
    """The draft meeting, with an original file of its own."""
    from motebok.archive.models import SourceDocument

    archive.draft.source = SourceDocument.objects.create(
        filename="utkast.docx", sha256="b" * 64, format="docx", content=b"PK\x03\x04utkast",
        size=10, kind="minutes")
    archive.draft.save()
    return archive.draft


@pytest.mark.parametrize("persona", HIDDEN_FROM)
def test_draft_meeting_page_and_download_are_404(clients, draft_with_source, persona):
    client = clients[persona]
    assert client.get(reverse("web:meeting", args=[draft_with_source.id])).status_code == 404
    source = reverse("web:meeting_source", args=[draft_with_source.id])
    assert client.get(source).status_code == 404


@pytest.mark.parametrize("persona", HIDDEN_FROM)
def test_the_404_page_is_the_site_s_own_in_the_reader_s_language(clients, archive, persona):
    """Not Django's bare English "Not Found": the site's layout, in bokmål or English,
    saying no more of a hidden draft than of a page that never was."""
    client = clients[persona]
    for address in (reverse("web:meeting", args=[archive.draft.id]), "/finnes-ikke/"):
        bokmal = client.get(address)
        english = client.get(address, HTTP_ACCEPT_LANGUAGE="en")
        assert bokmal.status_code == english.status_code == 404
        bokmal, english = bokmal.content.decode(), english.content.decode()
        assert '<html lang="nb">' in bokmal and "<h1>Fant ikke siden</h1>" in bokmal
        assert '<html lang="en">' in english and "<h1>Page not found</h1>" in english
        assert "Not Found" not in bokmal and archive.draft.title not in bokmal
        assert 'class="site-header"' in bokmal


@pytest.mark.parametrize("persona", SHOWN_TO)
def test_draft_meeting_page_and_download_for_roles(clients, draft_with_source, persona):
    client = clients[persona]
    response = client.get(reverse("web:meeting", args=[draft_with_source.id]))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Hemmelig utkast om fredning" in html
    assert "Utkast" in html  # the status badge says it is a draft
    source = client.get(reverse("web:meeting_source", args=[draft_with_source.id]))
    assert source.status_code == 200
    assert b"".join(source.streaming_content) == b"PK\x03\x04utkast"


@pytest.mark.parametrize("persona", HIDDEN_FROM)
def test_draft_absent_from_lists_feed_and_actions(clients, archive, persona):
    client = clients[persona]
    for url in (reverse("web:home"), reverse("web:body", args=["kulturarv"]),
                reverse("web:actions"), reverse("web:person", args=[archive.people["Astrid"].id])):
        html = client.get(url).content.decode()
        assert "Hemmelig utkast" not in html, url
        assert "Utrede fredningsvedtak" not in html, url
    feed = Calendar.from_ical(client.get(reverse("web:body_calendar", args=["kulturarv"])).content)
    uids = {str(event["UID"]) for event in feed.walk("VEVENT")}
    assert f"meeting-{archive.draft.id}@motebok" not in uids


@pytest.mark.parametrize("persona", SHOWN_TO)
def test_draft_present_in_lists_feed_and_actions_for_roles(clients, archive, persona):
    client = clients[persona]
    html = client.get(reverse("web:body", args=["kulturarv"])).content.decode()
    assert "Hemmelig utkast om fredning" in html
    html = client.get(reverse("web:actions")).content.decode()
    assert "Utrede fredningsvedtak" in html
    feed = Calendar.from_ical(client.get(reverse("web:body_calendar", args=["kulturarv"])).content)
    uids = {str(event["UID"]) for event in feed.walk("VEVENT")}
    assert f"meeting-{archive.draft.id}@motebok" in uids


@pytest.mark.parametrize("persona", HIDDEN_FROM)
def test_person_only_in_draft_is_404(clients, archive, persona):
    url = reverse("web:person", args=[archive.people["Eline"].id])
    assert clients[persona].get(url).status_code == 404


def test_person_only_in_draft_is_shown_to_the_body_member(clients, archive):
    url = reverse("web:person", args=[archive.people["Eline"].id])
    assert clients["member"].get(url).status_code == 200


def test_missing_meeting_and_file_are_404(clients, archive):
    client = clients["admin"]
    assert client.get(reverse("web:meeting", args=[999999])).status_code == 404
    assert client.get(reverse("web:meeting_source", args=[999999])).status_code == 404
    # A meeting without an original file has nothing to download.
    assert client.get(reverse("web:meeting_source", args=[archive.second.id])).status_code == 404


@pytest.mark.parametrize("persona", ["anonymous", "member"])
def test_approved_unpublished_minutes_count_no_attendance_for_the_public(clients, archive,
                                                                       persona):
    from datetime import date

    from motebok.vocab import Attendance, MeetingStatus
    from web.builders import make_meeting, make_person, participate

    # Oppvekstutvalget has no member list: its table lists everyone named in its minutes.
    # "member" has a role on kulturarv only; "outsider" is the one on Oppvekstutvalget.
    approved = make_meeting(archive.other_body, date(2025, 5, 5),
                            status=MeetingStatus.APPROVED, title="Godkjent, ikke publisert")
    participate(approved, make_person("Frida Hemstad"))
    participate(approved, archive.people["Dag"], Attendance.ABSENT)
    html = clients[persona].get(reverse("web:body", args=["oppvekst"])).content.decode()
    assert "Frida Hemstad" not in html
    assert "1 av 1" in html and "100 %" in html  # Dag: the published meeting only
    for persona in ("outsider", "admin"):
        html = clients[persona].get(reverse("web:body", args=["oppvekst"])).content.decode()
        assert "Frida Hemstad" in html and "1 av 2" in html


def test_the_500_page_is_the_site_s_own_in_the_reader_s_language(rf):
    from django.utils import translation
    from django.views.defaults import server_error

    for language, heading in (("nb", "Noe gikk galt"), ("en", "Something went wrong")):
        with translation.override(language):
            response = server_error(rf.get("/"))
        page = response.content.decode()
        assert response.status_code == 500
        assert f'<html lang="{language}">' in page and f"<h1>{heading}</h1>" in page


@pytest.mark.parametrize("persona", ["anonymous", "outsider", "member", "secretariat"])
def test_a_role_only_a_draft_gives_is_shown_only_to_those_who_see_the_draft(clients, archive,
                                                                           persona):
    """Bjørnar is a member in published minutes (read from them) and chair in the draft:
    his membership row says leader, but the body and person pages tell the public
    "member" until the draft is published."""
    from motebok.archive.models import Membership
    from motebok.vocab import MembershipRole, ParticipantRole
    from web.builders import participate

    bjornar = archive.people["Bjørnar"]
    participate(archive.draft, bjornar, order=2, role=ParticipantRole.CHAIR)
    Membership.objects.filter(person=bjornar).update(from_minutes=True,
                                                     role=MembershipRole.LEADER)
    client = clients[persona]
    role = "Leder" if persona in SHOWN_TO else "Medlem"
    body = client.get(reverse("web:body", args=["kulturarv"]), HTTP_ACCEPT_LANGUAGE="nb")
    person = client.get(reverse("web:person", args=[bjornar.id]), HTTP_ACCEPT_LANGUAGE="nb")
    for page, row_of in ((body, "Bjørnar Kvist</a></th>"),
                         (person, "Faggruppe for kulturarv</a></th>")):
        html = " ".join(page.content.decode().split())
        row = html[html.index(row_of):]
        assert row.startswith(f"{row_of} <td>{role}</td>"), (persona, row[:200])
