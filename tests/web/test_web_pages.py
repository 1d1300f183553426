"""Every public page renders what it promises, in Norwegian bokmål by default."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]


def page(client, name: str, *args, **query):
    """GET a named web page (with query parameters) and return the decoded HTML."""
    response = client.get(reverse(f"web:{name}", args=args), query)
    assert response.status_code == 200, response.status_code
    return response.content.decode()


def test_base_layout_has_landmarks_skip_link_and_language(client, archive):
    html = page(client, "home")
    assert '<html lang="nb">' in html
    assert 'class="skip-link" href="#main"' in html
    assert '<main id="main"' in html
    assert "<header" in html and "<footer" in html
    assert 'aria-label="Hovednavigasjon"' in html
    for label in ("Forside", "Organer", "Tiltak", "Søk"):
        assert f">{label}</a>" in html
    assert 'name="language" value="en"' in html
    assert 'href="/static/motebok/site.css"' in html


def test_front_page_lists_latest_meetings_and_open_actions(client, archive):
    html = page(client, "home")
    assert "Sommermøte i kulturarvgruppen" in html
    assert "Oppvekstutvalgets møte" in html
    assert "Lage skjema for registrering" in html
    assert "Kontakte historielaget" in html
    assert "Sende ut referat" not in html  # done, not open
    assert "Forfalt" in html  # the overdue action says so in words


def test_front_page_puts_newest_meeting_first(client, archive):
    html = page(client, "home")
    assert html.index("Sommermøte i kulturarvgruppen") < html.index("Oppvekstutvalgets møte")


def test_body_list_nests_working_groups_and_counts_visible_meetings(client, archive):
    html = page(client, "bodies")
    assert "Faggruppe for kulturarv" in html
    assert "Arbeidsgruppe for stedsnavn" in html
    assert html.index("Faggruppe for kulturarv") < html.index("Arbeidsgruppe for stedsnavn")
    assert "2 møter" in html  # the draft is not counted for the public
    assert "Lundvik kommune" not in html  # a municipality without meetings is no body


def test_body_page_groups_meetings_by_year_and_links_the_calendar(client, archive):
    html = page(client, "body", "kulturarv")
    assert "<h3>2025</h3>" in html
    assert "Sommermøte i kulturarvgruppen" in html
    assert "Hemmelig utkast" not in html
    assert reverse("web:body_calendar", args=["kulturarv"]) in html
    assert "Arbeidsgruppe for stedsnavn" in html
    assert "Gruppen gir råd om kulturarv i regionen." in html


def test_body_page_shows_attendance_rate_per_member(client, archive):
    html = page(client, "body", "kulturarv")
    # Astrid attended both meetings, Bjørnar one of two, Cecilie partly at the first.
    astrid = html[html.index("Astrid Fjellheim"):]
    assert "2 av 2" in astrid[:400] and "100 %" in astrid[:400]
    bjornar = html[html.index("Bjørnar Kvist"):]
    assert "1 av 2" in bjornar[:400] and "50 %" in bjornar[:400]
    assert "Leder" in astrid[:400]
    english = client.get(reverse("web:body", args=["kulturarv"]),
                         HTTP_ACCEPT_LANGUAGE="en").content.decode()
    bjornar = english[english.index("Bjørnar Kvist"):]
    assert "1 of 2" in bjornar[:400] and "50%" in bjornar[:400]


def test_attendance_rate_ignores_drafts_so_every_viewer_sees_the_same(clients, archive):
    # The draft lists only Eline: counting it would lower Astrid's rate for members.
    html = clients["member"].get(reverse("web:body", args=["kulturarv"])).content.decode()
    astrid = html[html.index("Astrid Fjellheim"):]
    assert "2 av 2" in astrid[:400]


def test_body_without_member_list_falls_back_to_listed_participants(client, archive):
    html = page(client, "body", "oppvekst")
    assert "Dag Øvrebø" in html
    assert "1 av 1" in html


def test_body_page_lists_open_actions_only(client, archive):
    html = page(client, "body", "kulturarv")
    assert "Lage skjema for registrering" in html
    assert "Sende ut referat" not in html
    assert "Utrede fredningsvedtak" not in html  # from the draft


def test_unknown_body_is_404(client, archive):
    assert client.get(reverse("web:body", args=["finnes-ikke"])).status_code == 404


def test_meeting_page_header(client, archive):
    html = page(client, "meeting", archive.first.id)
    assert "Faggruppe for kulturarv" in html
    assert "mandag 3. mars 2025" in html
    assert "10:00–12:30" in html
    assert "Rådhuset, møterom Fjorden" in html
    assert 'datetime="2025-03-03"' in html


def test_meeting_page_groups_participants_with_notes(client, archive):
    html = page(client, "meeting", archive.first.id)
    present = html.index("Til stede")
    absent = html.index("Forfall")
    partial = html.index("Delvis til stede")
    assert present < html.index("Astrid Fjellheim") < absent
    assert absent < html.index("Bjørnar Kvist") < partial
    assert "Syk" in html
    assert "Gikk etter sak 02/25" in html
    assert "(Møteleder)" in html
    assert "(Gjest)" in html


def test_meeting_page_sets_decisions_and_actions_apart(client, archive):
    html = page(client, "meeting", archive.first.id)
    assert "<p>Innkallingen ble godkjent.</p>" in html
    assert "<p>Sakslisten ble godkjent uten merknader.</p>" in html
    assert 'class="decision"' in html and "<h4" in html
    assert "Registreringen starter til våren." in html
    assert 'class="action-box"' in html
    assert "Lage skjema for registrering" in html
    assert "Forfalt" in html


def test_meeting_page_links_source_and_neighbours(client, archive):
    html = page(client, "meeting", archive.first.id)
    assert reverse("web:meeting_source", args=[archive.first.id]) in html
    assert "Referat kulturarv 3. mars.pdf" in html
    assert reverse("web:meeting", args=[archive.second.id]) in html
    html = page(client, "meeting", archive.second.id)
    assert reverse("web:meeting", args=[archive.first.id]) in html
    # The draft comes after the second meeting, but the public must not be led to it.
    assert reverse("web:meeting", args=[archive.draft.id]) not in html


def test_meeting_page_shows_next_meeting(client, archive):
    html = page(client, "meeting", archive.first.id)
    assert "Neste møte" in html
    assert "Biblioteket" in html


def test_person_page(client, archive):
    html = page(client, "person", archive.people["Bjørnar"].id)
    assert "Bjørnar Kvist" in html
    assert "Faggruppe for kulturarv" in html
    assert "Lundvik kommune" in html
    assert "Forfall" in html or "Fraværende" in html
    assert "Syk" in html
    assert "Lage skjema for registrering" in html


def test_person_seen_only_in_a_draft_is_404_for_the_public(client, archive):
    url = reverse("web:person", args=[archive.people["Eline"].id])
    assert client.get(url).status_code == 404


def test_escaping_of_archive_text(client, archive):
    archive.second.title = "<script>alert('x')</script> møte"
    archive.second.save()
    for url in (reverse("web:meeting", args=[archive.second.id]), reverse("web:home"),
                reverse("web:body", args=["kulturarv"])):
        html = client.get(url).content.decode()
        assert "<script>alert" not in html
        assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; møte" in html


def test_item_text_is_escaped_and_kept_in_paragraphs(client, archive):
    item = archive.second.items.get()
    item.text = "Første avsnitt <b>fet</b>\n\nAndre avsnitt & <img src=x onerror=alert(1)>"
    item.save()
    html = page(client, "meeting", archive.second.id)
    assert "<p>Første avsnitt &lt;b&gt;fet&lt;/b&gt;</p>" in html
    assert "<p>Andre avsnitt &amp; &lt;img src=x onerror=alert(1)&gt;</p>" in html


def test_english_when_switched_with_set_language(client, archive):
    response = client.post(reverse("set_language"), {"language": "en", "next": "/"})
    assert response.status_code == 302
    html = page(client, "meeting", archive.first.id)
    assert '<html lang="en">' in html
    assert "Absent (apologies)" in html
    assert "Decision" in html
    assert "Monday" in html
    assert 'name="language" value="nb"' in html
    client.post(reverse("set_language"), {"language": "nb", "next": "/"})
    html = page(client, "meeting", archive.first.id)
    assert '<html lang="nb">' in html
    assert "Vedtak" in html


def test_english_from_the_browser_language(client, archive):
    html = client.get(reverse("web:bodies"), HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "Bodies" in html and "2 meetings" in html


def test_login_link_when_logged_out_and_logout_button_when_logged_in(clients):
    html = clients["anonymous"].get(reverse("web:home")).content.decode()
    assert "Logg inn" in html
    html = clients["member"].get(reverse("web:home")).content.decode()
    assert "Logg ut" in html
    assert 'method="post"' in html


def test_a_meeting_without_a_body_shows_everywhere_without_a_server_error(client, archive):
    # A minutes record that names no body (a restored export) gives a meeting with none.
    from datetime import date

    from motebok.search import rebuild
    from web.builders import make_item, make_person, participate

    loose = make_meeting_without_body(date(2025, 5, 20))
    participate(loose, make_person("Nils Organløs"))
    make_item(loose, "1", "Bølgebryteren i havna")
    untitled = make_meeting_without_body(date(2025, 5, 21), title="")
    rebuild()
    assert "Bølgebryter" not in page(client, "home")  # titles are listed, not items
    assert "Uten organ" in page(client, "home")
    html = page(client, "meeting", untitled.id)
    assert "<h1" in html and "Møte" in html
    assert "Uten organ" in page(client, "meeting", loose.id)
    assert "Bølgebryteren i havna" in page(client, "search", q="bølgebryteren")
    assert "Uten organ" in page(client, "search", q="organ")
    assert "Uten organ" in page(client, "person", loose.participations.get().person_id)


def make_meeting_without_body(day, title="Uten organ"):
    """A published meeting that belongs to no body."""
    from motebok.archive.models import Meeting
    from motebok.vocab import DocumentKind, MeetingStatus

    return Meeting.objects.create(body=None, date=day, title=title,
                                  status=MeetingStatus.PUBLISHED, kind=DocumentKind.MINUTES)


def test_front_page_counts_every_overdue_action_not_only_those_it_lists(client, archive,
                                                                        today):
    from datetime import timedelta

    from web.builders import make_action

    item = archive.first.items.get(number="02/25")
    for n in range(11):
        make_action(item, f"Gammelt tiltak {n}", due=today - timedelta(days=100 + n))
    html = page(client, "home")
    assert "12 tiltak har forfalt." in html  # 11 + the story's one; ten are listed
    assert html.count("Gammelt tiltak") == 10


def test_english_dates_are_day_first_with_the_month_in_words(client, archive):
    """A Norwegian archive read in English: "3 March 2025", never "03/03/2025"."""
    html = client.get(reverse("web:meeting", args=[archive.first.id]),
                      HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "Monday 3 March 2025" in html and "2 June 2025" in html
    assert "Jun 2, 2025" not in html and "June 2, 2025" not in html
    assert not re.search(r"\d\d/\d\d/\d{4}", html)


def _earlier_meetings(archive, count: int):
    """``count`` published meetings of the body, a week apart before the first, each
    listing Astrid: with the archive's two, the public sees 2 + ``count`` meetings."""
    from datetime import timedelta

    from web.builders import make_meeting, participate

    for n in range(count):
        meeting = make_meeting(archive.body, archive.first.date - timedelta(weeks=n + 1),
                               title=f"Arbeidsmøte nummer {n + 1:02d}")
        participate(meeting, archive.people["Astrid"], order=1)


def test_body_and_person_pages_page_their_meetings_by_what_the_reader_may_see(
        clients, archive, django_assert_max_num_queries):
    from motebok.web.views import MEETINGS_PER_PAGE
    from web.builders import participate

    _earlier_meetings(archive, MEETINGS_PER_PAGE - 2)
    participate(archive.draft, archive.people["Astrid"], order=2)
    for name, args in (("body", ["kulturarv"]), ("person", [archive.people["Astrid"].id])):
        # thirty published: one page for the public; the member's draft makes a second
        public = page(clients["anonymous"], name, *args)
        assert "Side 1 av" not in public and 'rel="next"' not in public
        assert "Arbeidsmøte nummer 28" in public
        with django_assert_max_num_queries(12):  # one page of rows, and their count
            first = page(clients["member"], name, *args)
        assert "Side 1 av 2" in first and "Hemmelig utkast" in first
        assert '?page=2#meetings-heading" rel="next"' in first
        assert "Arbeidsmøte nummer 28" not in first  # the oldest, now on page 2
        second = page(clients["member"], name, *args, page=2)
        assert "Side 2 av 2" in second and "Arbeidsmøte nummer 28" in second
        assert "Hemmelig utkast" not in second and 'rel="prev"' in second
        # a page out of range is the last one, a word the first (as on the actions list)
        assert "Side 2 av 2" in page(clients["member"], name, *args, page=9)
        assert "Side 1 av 2" in page(clients["member"], name, *args, page="x")


def test_the_person_page_pages_her_actions_apart_from_her_meetings(
        clients, archive, django_assert_max_num_queries):
    # a long-serving leader responsible for 300 actions: fifty a page, open ones first,
    # paged under their own parameter so the meetings' page stays where it was
    from motebok.archive.models import Action
    from motebok.web.views import ACTIONS_PER_PAGE, MEETINGS_PER_PAGE
    from web.builders import make_item

    astrid = archive.people["Astrid"]
    _earlier_meetings(archive, MEETINGS_PER_PAGE)  # her meetings: two pages as well
    item = make_item(archive.second, "05/25", "Registrering av kulturminner", order=2)
    Action.objects.bulk_create(
        Action(item=item, text=f"Registrere kulturminne nummer {n:03d}",
               responsible_person=astrid, status="done" if n % 2 else "open", order=n)
        for n in range(1, 300))
    assert Action.objects.filter(responsible_person=astrid).count() == 300
    for persona in ("anonymous", "member", "secretariat"):
        with django_assert_max_num_queries(12):  # one page of each list, and the counts
            first = page(clients[persona], "person", astrid.id)
        assert first.count("Registrere kulturminne nummer") == ACTIONS_PER_PAGE - 1
        assert "Kontakte historielaget" in first  # the open ones first (due, then not)
        assert "Side 1 av 6" in first
        assert '?actions_page=2#actions-heading" rel="next"' in first
    second = page(clients["anonymous"], "person", astrid.id, page=2, actions_page=2)
    assert "Side 2 av 6" in second and "Side 2 av 2" in second  # actions and meetings
    assert "?page=2&amp;actions_page=3#actions-heading" in second  # the other kept
    assert "?page=1&amp;actions_page=2#meetings-heading" in second
    last = page(clients["anonymous"], "person", astrid.id, actions_page=99)
    assert "Side 6 av 6" in last and 'rel="next"' not in last.split("actions-heading")[-1]
    rows = sum(page(clients["anonymous"], "person", astrid.id, actions_page=n)
               .count("Registrere kulturminne nummer") for n in range(1, 7))
    assert rows == 299


def test_body_page_shows_the_first_open_actions_and_links_to_all(client_nb, archive, today,
                                                                  django_assert_max_num_queries):
    """A body with many open actions: the first 20 (overdue first) and a link to the
    actions list filtered to the body's open ones, not a list without end."""
    from datetime import timedelta

    from web.builders import make_action, make_item

    item = make_item(archive.second, "09/25", "Mange oppfølgingspunkter")
    for number in range(30):
        make_action(item, f"Punkt {number:02d}", due=today + timedelta(days=number + 100))
    with django_assert_max_num_queries(12):
        html = client_nb.get(reverse("web:body", args=["kulturarv"])).content.decode()
    assert "Lage skjema for registrering" in html  # the overdue one comes first
    assert html.index("Lage skjema for registrering") < html.index("Kontakte historielaget")
    assert "Punkt 17" in html and "Punkt 18" not in html  # 2 + 18 = 20 shown
    assert "Alle 32 åpne tiltak" in html
    assert "/actions/?body=kulturarv&amp;status=open" in html
    listed = client_nb.get("/actions/", {"body": "kulturarv", "status": "open"}).content.decode()
    assert "32 tiltak" in listed
