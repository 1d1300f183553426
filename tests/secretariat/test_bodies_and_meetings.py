"""Bodies, members, working groups, the meeting plan, attendance and date changes via the pages."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from icalendar import Calendar
from secretariat_world import client_for, make_body, plan

from motebok.archive.models import BodyAccess, Meeting, Membership, Organization, Participation
from motebok.secretariat import agenda, documents, minutes, summons
from motebok.secretariat.models import AuditEntry, StandardItem
from motebok.vocab import AccessRole

pytestmark = pytest.mark.postgres


def url(name: str, *args) -> str:
    """``reverse`` for the secretariat namespace."""
    return reverse(f"secretariat:{name}", args=args)


def numbers(meeting) -> list[str]:
    """The item numbers of a meeting in agenda order."""
    return [item.number for item in agenda.items_of(meeting)]


def previous_of(meeting) -> Meeting | None:
    """The meeting whose minutes ``meeting``'s approval item approves."""
    return StandardItem.objects.get(item__meeting=meeting,
                                    kind="minutes_approval").previous_meeting


def query_counts(client: Client, pages: list[str]) -> list[int]:
    """The number of queries each page asks, every page answering 200."""
    found = []
    for page in pages:
        with CaptureQueriesContext(connection) as queries:
            assert client.get(page).status_code == 200
        found.append(len(queries))
    return found


def test_members_get_a_role_and_the_organisation_they_represent(world):
    client = client_for(world, "secretariat")
    response = client.post(url("member_add", world.body.slug), {
        "name": "Per  Li", "email": "per@example.no", "role": "deputy_leader",
        "representing": "Ålesund kommune", "start": "2025-01-01"})
    assert response.status_code == 302
    membership = Membership.objects.get(body=world.body, person__name="Per Li")
    assert (membership.role, membership.start) == ("deputy_leader", dt.date(2025, 1, 1))
    assert membership.representing.name == "Ålesund kommune"
    page = client.get(url("body", world.body.slug)).content.decode()
    assert "Nestleder" in page and "Ålesund kommune" in page
    assert AuditEntry.objects.filter(model="archive.membership", action="create",
                                     object_id=str(membership.pk)).exists()
    # the log names the person and her role in the reader's language, not "(deputy_leader)"
    log = client.get(url("audit", world.body.slug)).content.decode()
    assert "opprettet medlemskap #" in log and ": Per Li</td>" in log.replace("\n", "")
    assert "<li>rolle: — → Nestleder</li>" in log and "deputy_leader" not in log
    assert "<li>representerer: — → Ålesund kommune</li>" in log
    # a second body's member from the same organisation is linked to the same row
    client_for(world, "admin").post(url("member_add", world.other.slug), {
        "name": "Eva Strand", "role": "observer", "representing": "ålesund  kommune"})
    assert Organization.objects.filter(name="Ålesund kommune").count() == 1


def test_adding_someone_who_is_already_a_member_updates_the_membership(world):
    """Read from minutes as a member, added on the body page as leader: one row, the
    leader's, now entered by hand (deleting those minutes keeps it) — not a second row
    beside the first, which the attendance list and the summons would take instead."""
    from motebok.archive.models import Person

    person = Person.objects.create(name="Åse Bø")
    read = Membership.objects.create(person=person, body=world.body, from_minutes=True)
    client = client_for(world, "secretariat")
    response = client.post(url("member_add", world.body.slug), {
        "name": "Åse  Bø", "role": "leader", "start": "2025-01-01"}, follow=True)
    assert "Åse Bø er allerede medlem: medlemskapet ble oppdatert." in \
        response.content.decode()
    row = Membership.objects.get(body=world.body, person=person)
    assert row.pk == read.pk and not row.from_minutes
    assert (row.role, row.start) == ("leader", dt.date(2025, 1, 1))
    assert AuditEntry.objects.filter(model="archive.membership", action="update",
                                     object_id=str(row.pk)).exists()
    # an ended membership is history: adding her again starts a new one
    Membership.objects.filter(pk=row.pk).update(end=dt.date(2025, 6, 30))
    client.post(url("member_add", world.body.slug), {"name": "Åse Bø", "role": "member"})
    assert Membership.objects.filter(body=world.body, person=person).count() == 2


def test_role_form_and_attendance_choices_are_offered_in_bokmal(world):
    client = client_for(world, "secretariat")
    body_page = client.get(url("body", world.body.slug)).content.decode()
    assert '<option value="deputy_leader">Nestleder</option>' in body_page
    assert '<option value="physical">Fysisk</option>' in body_page
    assert ">Deputy leader<" not in body_page and ">Physical<" not in body_page
    meeting = plan(world.body, dt.date(2025, 3, 12))
    attendance_page = client.get(url("attendance", meeting.pk)).content.decode()
    assert '<option value="absent">Forfall</option>' in attendance_page
    assert ">Absent<" not in attendance_page
    english = client.get(url("body", world.body.slug), HTTP_ACCEPT_LANGUAGE="en")
    assert '<option value="deputy_leader">Deputy leader</option>' in english.content.decode()


def test_the_forms_of_the_body_page_do_not_share_ids(world):
    page = client_for(world, "secretariat").get(url("body", world.body.slug)).content.decode()
    ids = re.findall(r'\sid="([^"]+)"', page)
    assert ids and len(ids) == len(set(ids)), sorted(i for i in ids if ids.count(i) > 1)
    for target in re.findall(r'<label for="([^"]+)"', page):
        assert target in ids


def test_item_headings_of_the_meeting_page_follow_the_language(world):
    meeting = plan(world.body, dt.date(2025, 3, 12))
    client = client_for(world, "secretariat")
    bokmal = client.get(url("meeting", meeting.pk)).content.decode()
    english = client.get(url("meeting", meeting.pk), HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "<h3>Sak 01/25 " in bokmal
    assert "<h3>Item 01/25 " in english and "<h3>Sak " not in english


def test_follow_ups_and_dates_of_the_secretariat_pages_follow_the_language(world):
    from motebok.archive.models import Action

    earlier = plan(world.body, dt.date(2025, 1, 15))
    item = agenda.add_item(earlier, "Skiltplan", "", None)
    Action.objects.create(item=item, text="Bestille nye skilt", status="open",
                          due=dt.date(2025, 2, 28), order=1)
    later = plan(world.body, dt.date(2025, 3, 12), start=dt.time(9))
    client = client_for(world, "secretariat")

    def pages(**headers) -> str:
        return "".join(client.get(address, **headers).content.decode() for address in (
            url("meeting", later.pk), url("body", world.body.slug), url("dashboard"),
            url("attendance", later.pk)))

    bokmal, english = pages(), pages(HTTP_ACCEPT_LANGUAGE="en")
    edit = url("item_edit", item.pk)
    assert "<h1>Sak 03/25 Skiltplan</h1>" in client.get(edit).content.decode()
    assert "<h1>Item 03/25 Skiltplan</h1>" in client.get(
        edit, HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "onsdag 12. mars 2025" in bokmal and "15. januar 2025" in bokmal
    assert "Sak 03/25 Skiltplan" in bokmal and "28.02.2025" in bokmal
    assert "Wednesday 12 March 2025" in english and "15 January 2025" in english
    assert "Item 03/25 Skiltplan" in english and "28 Feb 2025" in english
    assert "02/28/2025" not in english and "March 12, 2025" not in english
    for norwegian in ("Sak ", "onsdag", "mars", "januar", "28.02.2025", "12.03.2025"):
        assert norwegian not in english, norwegian


def test_the_dashboard_asks_a_fixed_number_of_queries_however_many_bodies(world):
    client = client_for(world, "admin")
    soon = dt.date.today() + dt.timedelta(days=10)

    def dashboard_queries() -> int:
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url("dashboard")).status_code == 200
        return len(queries)

    plan(world.body, soon)
    few = dashboard_queries()
    for number in range(4):
        group = Organization.objects.create(name=f"Arbeidsgruppe {number}", parent=world.body,
                                            kind="working_group")
        for weeks in range(4):
            plan(group, soon + dt.timedelta(weeks=weeks))
    assert dashboard_queries() == few
    page = client.get(url("dashboard")).content.decode()
    assert page.count('href="/secretariat/meetings/') == 1 + 4 * 3  # three at most a body


def test_the_meeting_body_and_attendance_pages_ask_a_fixed_number_of_queries(world):
    from secretariat_world import person_named

    from motebok.archive.models import Action, Decision
    from motebok.secretariat.models import ItemComment

    earlier = plan(world.body, dt.date(2025, 1, 15))
    meeting = plan(world.body, dt.date(2025, 3, 12))
    client = client_for(world, "secretariat")
    pages = [url("meeting", meeting.pk), url("body", world.body.slug),
             url("attendance", meeting.pk)]

    def grow(n: int) -> None:
        for target in (earlier, meeting):
            for i in range(n):
                item = agenda.add_item(target, f"Sak {i}", "", None)
                Decision.objects.create(item=item, text="Tatt til orientering.", order=1)
                Action.objects.create(item=item, text="Følge opp", status="open", order=1,
                                      due=dt.date(2025, 1, 1), responsible_text="Kari")
                ItemComment.objects.create(item=item, author=world.users["member"], text="Ok")
        plan(world.body, dt.date(2025, 5 + n, 1))
        for i in range(n):
            Organization.objects.create(
                name=f"Arbeidsgruppe {n}-{i}", kind="working_group", parent=world.body,
                lead=person_named(f"Leder {n}-{i}"), ends_on=dt.date(2025, 12, 31))

    grow(1)
    few = query_counts(client, pages)
    grow(4)
    assert query_counts(client, pages) == few


def test_the_audit_access_and_versions_pages_ask_a_fixed_number_of_queries(world):
    from django.contrib.auth import get_user_model

    from motebok.archive.models import BodyAccess
    from motebok.secretariat import minutes

    meeting = plan(world.body, dt.date(2025, 3, 12), world.users["secretariat"])
    minutes.approve(meeting, world.users["secretariat"])
    client = client_for(world, "secretariat")
    pages = [url("audit", world.body.slug), url("access", world.body.slug),
             url("versions", meeting.pk)]

    def grow(n: int) -> None:
        for i in range(n):
            user = get_user_model().objects.create_user(f"bruker{n}-{i}", f"b{n}{i}@x.no")
            BodyAccess.objects.create(user=user, body=world.body, role="member")
            client.post(url("meeting_edit", meeting.pk), {
                "title": f"Møte {n}-{i}", "date": "2025-03-12", "reason": f"Retting {i}"})

    grow(1)
    few = query_counts(client, pages)
    grow(4)
    assert meeting.minutes_versions.count() >= 5
    assert query_counts(client, pages) == few


def test_a_form_of_the_body_page_that_fails_keeps_what_was_typed(world):
    client = client_for(world, "secretariat")
    response = client.post(url("meeting_new", world.body.slug), {
        "title": "Strategisamling på Ørland", "date": "2025-09-10", "start": "09:00",
        "end": "08:00", "mode": "digital", "link": "https://example.no/teams"})
    assert response.status_code == 400 and not world.body.meetings.exists()
    page = response.content.decode()
    assert '<details id="plan" open>' in page
    assert 'value="Strategisamling på Ørland"' in page and 'value="2025-09-10"' in page
    assert "Møtet må slutte etter at det starter." in page
    response = client.post(url("member_add", world.body.slug), {
        "name": "Per Li", "email": "ikke-en-adresse", "role": "deputy_leader",
        "representing": "Ålesund kommune"})
    assert response.status_code == 400
    assert not Membership.objects.filter(person__name="Per Li").exists()
    page = response.content.decode()
    assert 'value="Per Li"' in page and 'value="Ålesund kommune"' in page
    assert '<option value="deputy_leader" selected>' in page


def test_ending_a_membership_keeps_the_history_and_stops_the_summons(world):
    kari = Membership.objects.get(body=world.body, person__name="Kari Fjellstad")
    client_for(world, "secretariat").post(url("member_end", kari.pk))
    kari.refresh_from_db()
    assert kari.end == timezone.localdate()
    meeting = plan(world.body, dt.date.today() + dt.timedelta(days=30))
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    assert "kari@example.no" not in summons.recipients(meeting, today=tomorrow)


def test_ending_a_membership_read_from_minutes_is_a_change_by_hand(world):
    """The secretariat ends a membership the minutes gave: from then on it is one
    entered by hand, so deleting those minutes (say, to import a corrected version)
    keeps the ended membership as history instead of deleting it and the end with it."""
    from motebok.archive.models import Person

    person = Person.objects.create(name="Åse Bø")
    meeting = plan(world.body, dt.date(2025, 2, 3))
    Participation.objects.create(meeting=meeting, person=person, order=0)
    read = Membership.objects.create(person=person, body=world.body, from_minutes=True)
    client_for(world, "secretariat").post(url("member_end", read.pk))
    read.refresh_from_db()
    assert read.end is not None and not read.from_minutes
    meeting.delete()
    assert Membership.objects.filter(pk=read.pk, end=read.end).exists()


def test_ending_an_ended_membership_again_keeps_its_end(world):
    """A second post (a double click, a page loaded before) does not rewrite history:
    the membership that ended on 30 June keeps that end; a future end comes forward."""
    kari = Membership.objects.get(body=world.body, person__name="Kari Fjellstad")
    Membership.objects.filter(pk=kari.pk).update(end=dt.date(2024, 6, 30))
    client = client_for(world, "secretariat")
    client.post(url("member_end", kari.pk))
    kari.refresh_from_db()
    assert kari.end == dt.date(2024, 6, 30)
    assert not AuditEntry.objects.filter(model="archive.membership").exists()
    Membership.objects.filter(pk=kari.pk).update(end=dt.date(2999, 1, 1))
    client.post(url("member_end", kari.pk))
    kari.refresh_from_db()
    assert kari.end == timezone.localdate()


def test_a_working_group_has_a_lead_an_end_date_and_its_own_meetings(world):
    client = client_for(world, "secretariat")
    response = client.post(url("group_new", world.body.slug), {
        "name": "Arbeidsgruppe for sykkelturisme", "mandate": "Kartlegge sykkelruter.",
        "lead": "Kari Fjellstad", "ends_on": "2025-12-31"})
    group = Organization.objects.get(name="Arbeidsgruppe for sykkelturisme")
    assert response["Location"] == url("body", group.slug)
    assert (group.kind, group.parent, group.ends_on) == ("working_group", world.body,
                                                         dt.date(2025, 12, 31))
    assert group.lead.name == "Kari Fjellstad"
    assert Membership.objects.get(body=group).role == "leader"
    page = client.get(url("body", group.slug)).content.decode()
    assert "Kari Fjellstad" in page and "31. desember 2025" in page
    assert "Arbeidsgruppe for sykkelturisme" in client.get(
        url("body", world.body.slug)).content.decode()
    # the parent's secretariat plans the group's meetings; the member of the parent reads
    client.post(url("meeting_new", group.slug), {"date": "2025-05-06"})
    assert group.meetings.count() == 1
    assert client_for(world, "member").get(url("body", group.slug)).status_code == 200
    assert client_for(world, "outsider").get(url("body", group.slug)).status_code == 404


def test_a_group_s_page_links_its_parent_where_the_user_may_go(world):
    from django.contrib.auth.models import User

    group = Organization.objects.create(name="Arbeidsgruppe for kyststi", parent=world.body,
                                        kind="working_group")
    parent_page = f'href="{url("body", world.body.slug)}"'
    page = client_for(world, "member").get(url("body", group.slug)).content.decode()
    assert parent_page in page  # a role on the parent covers its groups
    # A role on the group only: the parent's secretariat page would be a 404.
    lead = User.objects.create_user("gruppeleder")
    BodyAccess.objects.create(user=lead, body=group, role="secretariat")
    client = Client()
    client.force_login(lead)
    page = client.get(url("body", group.slug)).content.decode()
    assert parent_page not in page
    assert f'href="{reverse("web:body", args=[world.body.slug])}"' in page
    assert client.get(url("body", world.body.slug)).status_code == 404


def test_a_quarterly_series_is_planned_from_the_body_page(world):
    client = client_for(world, "secretariat")
    response = client.post(url("meeting_new", world.body.slug), {
        "date": "2025-01-31", "every_months": "3", "count": "4", "start": "10:00",
        "end": "12:00", "mode": "hybrid", "location": "Rådhuset",
        "link": "https://example.no/teams/faggruppe"})
    assert response["Location"] == url("body", world.body.slug)
    meetings = list(world.body.meetings.order_by("date"))
    assert [m.date for m in meetings] == [dt.date(2025, 1, 31), dt.date(2025, 4, 30),
                                          dt.date(2025, 7, 31), dt.date(2025, 10, 31)]
    assert {(m.mode, m.location, m.link, m.status) for m in meetings} == {
        ("hybrid", "Rådhuset", "https://example.no/teams/faggruppe", "planned")}
    assert [previous_of(m) for m in meetings] == [None, *meetings[:-1]]
    assert numbers(meetings[-1]) == ["10/25", "11/25", "12/25"]


@pytest.mark.parametrize(("dates", "said"), [
    ("14.3.2025", "1 møte planlagt."), ("14.3.2025\n11.6.2025", "2 møter planlagt.")])
def test_the_planned_meetings_are_counted_in_a_right_plural(world, dates, said):
    """Not "1 møte(r) planlagt."; English says "1 meeting planned." too."""
    response = client_for(world, "secretariat").post(
        url("meeting_new", world.body.slug), {"dates": dates}, follow=True)
    assert said in [str(m) for m in response.context["messages"]]
    english = client_for(world, "secretariat")
    english.cookies["django_language"] = "en"
    response = english.post(url("meeting_new", world.body.slug), {"dates": "9.9.2025"},
                            follow=True)
    assert "1 meeting planned." in [str(m) for m in response.context["messages"]]


def test_a_bad_date_list_plans_nothing_and_says_why(world):
    client = client_for(world, "secretariat")
    response = client.post(url("meeting_new", world.body.slug),
                           {"dates": "14.3.2025\n31.2.2025"}, follow=True)
    assert not world.body.meetings.exists()
    said = " ".join(str(m) for m in response.context["messages"])
    assert "31.2.2025" in said


def test_planned_meetings_are_in_the_body_calendar_for_members_only(world):
    client_for(world, "secretariat").post(url("meeting_new", world.body.slug), {
        "date": "2025-09-10", "start": "09:00", "end": "11:00", "mode": "digital",
        "link": "https://example.no/teams"})
    feed = reverse("web:body_calendar", args=[world.body.slug])
    events = Calendar.from_ical(client_for(world, "member").get(feed).content).walk("VEVENT")
    assert [e.decoded("dtstart").date() for e in events] == [dt.date(2025, 9, 10)]
    assert Calendar.from_ical(Client().get(feed).content).walk("VEVENT") == []


def test_attendance_before_the_members_start_says_why_the_list_is_empty(world):
    """Members whose membership starts after the meeting's day are not on its list; the
    page says so (and where to change it), not "Organet har ingen medlemmer ennå."."""
    world.body.memberships.update(start=dt.date(2025, 6, 1))
    client = client_for(world, "secretariat")
    page = client.get(url("attendance", plan(world.body, dt.date(2025, 3, 12)).pk))
    text = page.content.decode()
    assert "Kari Fjellstad" not in text and "ingen medlemmer ennå" not in text
    assert "Ingen var medlem på møtedagen" in text
    assert f'<a href="{url("body", world.body.slug)}">organets side</a>' in text
    empty = make_body("Nytt utvalg", "nytt-utvalg")
    BodyAccess.objects.create(user=world.users["secretariat"], body=empty,
                              role=AccessRole.SECRETARIAT.value)
    text = client.get(url("attendance", plan(empty, dt.date(2025, 3, 12)).pk)).content.decode()
    assert "Organet har ingen medlemmer ennå." in text


def test_attendance_per_member_with_partial_notes_and_guests(world):
    meeting = plan(world.body, dt.date(2025, 3, 12))
    client = client_for(world, "secretariat")
    page = client.get(url("attendance", meeting.pk)).content.decode()
    assert "Kari Fjellstad" in page and "Mari Nordby" in page
    kari, mari = (m.person_id for m in world.body.memberships.order_by("pk"))

    def save(kari_attendance: str, mari_attendance: str, note: str, guest: str = ""):
        return client.post(url("attendance", meeting.pk), {
            "att-TOTAL_FORMS": "2", "att-INITIAL_FORMS": "2",
            "att-0-person_id": kari, "att-0-attendance": kari_attendance, "att-0-note": "",
            "att-1-person_id": mari, "att-1-attendance": mari_attendance, "att-1-note": note,
            "guest-name": guest, "guest-organization": "Visit Ålesund" if guest else ""})

    assert save("present", "absent", "", guest="Ola Gjest").status_code == 302
    assert save("present", "partial", "fra sak 03/25").status_code == 302
    rows = {p.person.name: (p.attendance, p.note, p.role)
            for p in Participation.objects.filter(meeting=meeting)}
    assert rows == {"Kari Fjellstad": ("present", None, "chair"),
                    "Mari Nordby": ("partial", "fra sak 03/25", "member"),
                    "Ola Gjest": ("present", None, "guest")}
    meeting.refresh_from_db()
    assert meeting.status == "draft"  # recording attendance starts the minutes
    content = documents.build(meeting, documents.MINUTES)
    assert content.attendance == [
        ("Til stede", ["Kari Fjellstad"]),
        ("Delvis til stede", ["Mari Nordby – fra sak 03/25"]),
        ("Gjester", ["Ola Gjest (Visit Ålesund)"])]
    changed = AuditEntry.objects.filter(model="archive.participation", action="update").first()
    assert changed.changes["attendance"] == ["absent", "partial"]


def test_a_guest_sent_twice_is_listed_once_and_a_wrong_guest_is_removed(world):
    # Saving the page again with the guest still typed listed "Ola Gjest" twice, and a
    # guest entered by mistake could not be taken out of the minutes.
    meeting = plan(world.body, dt.date(2025, 3, 12))
    client = client_for(world, "secretariat")
    kari, mari = (m.person_id for m in world.body.memberships.order_by("pk"))
    rows = {"att-TOTAL_FORMS": "2", "att-INITIAL_FORMS": "2",
            "att-0-person_id": kari, "att-0-attendance": "present",
            "att-1-person_id": mari, "att-1-attendance": "present"}
    for _twice in range(2):
        client.post(url("attendance", meeting.pk), {**rows, "guest-name": "Ola Gjest"})
    guests = Participation.objects.filter(meeting=meeting, role="guest")
    assert [p.person.name for p in guests] == ["Ola Gjest"]
    page = client.get(url("attendance", meeting.pk)).content.decode()
    assert f'name="remove_guest" value="{guests[0].pk}"' in page
    member_row = Participation.objects.get(meeting=meeting, person_id=kari)
    client.post(url("attendance", meeting.pk),
                {**rows, "remove_guest": [str(guests[0].pk), str(member_row.pk)]})
    assert sorted(p.person.name for p in Participation.objects.filter(meeting=meeting)) == [
        "Kari Fjellstad", "Mari Nordby"]
    assert AuditEntry.objects.filter(model="archive.participation", action="delete").count() \
        == 1


def test_an_attendance_post_that_does_not_match_the_members_saves_nothing(world):
    meeting = plan(world.body, dt.date(2025, 3, 12))
    client = client_for(world, "secretariat")
    kari = world.body.memberships.order_by("pk").first().person_id
    for posted in ({"guest-name": "Ola Gjest"},  # no rows at all: a hand-made request
                   {"att-TOTAL_FORMS": "1", "att-INITIAL_FORMS": "1",  # one member missing
                    "att-0-person_id": kari, "att-0-attendance": "maybe"}):
        response = client.post(url("attendance", meeting.pk), posted)
        assert response.status_code == 400
        page = response.content.decode()
        assert "Kari Fjellstad" in page and "Mari Nordby" in page
        assert "ingenting ble lagret" in page
    assert not Participation.objects.filter(meeting=meeting).exists()


def test_moving_a_meeting_into_the_next_year_renumbers_its_items(world):
    december = plan(world.body, dt.date(2024, 12, 4))
    agenda.add_item(december, "Julebord for partnerne", "", None)
    february = plan(world.body, dt.date(2025, 2, 5))
    assert numbers(december) == ["01/24", "02/24", "03/24", "04/24"]
    response = client_for(world, "secretariat").post(url("meeting_edit", december.pk), {
        "title": december.title, "date": "2025-01-08"})
    assert response.status_code == 302
    # now the first meeting of 2025: it opens the year, February's agenda follows
    assert numbers(december) == ["01/25", "02/25", "03/25", "04/25"]
    assert numbers(february) == ["05/25", "06/25", "07/25"]
    entry = AuditEntry.objects.filter(model="archive.meeting", action="update").first()
    assert entry.changes["date"] == ["2024-12-04", "2025-01-08"]
    assert entry.changes["numbers"] == [["01/24", "02/24", "03/24", "04/24"],
                                        ["01/25", "02/25", "03/25", "04/25"]]


def test_moving_a_meeting_relinks_the_minutes_approvals(world):
    first = plan(world.body, dt.date(2025, 2, 5))
    second = plan(world.body, dt.date(2025, 5, 7))
    third = plan(world.body, dt.date(2025, 9, 3))
    client_for(world, "secretariat").post(url("meeting_edit", second.pk), {
        "title": second.title, "date": "2025-11-12"})
    assert (previous_of(first), previous_of(third), previous_of(second)) == (None, first, third)


def test_a_meeting_planned_by_mistake_is_removed_and_the_plan_closes_up(
        world, django_capture_on_commit_callbacks):
    # Before, a wrong date in a series stayed for good: in the calendar, holding item
    # numbers, and as the "previous meeting" the next one was to approve.
    from secretariat_world import upload

    first = plan(world.body, dt.date(2025, 2, 5))
    mistake = plan(world.body, dt.date(2025, 3, 5))
    third = plan(world.body, dt.date(2025, 5, 7))
    slides = upload(mistake, "foiler", published=False)
    client = client_for(world, "secretariat")
    page = client.get(url("meeting", mistake.pk)).content.decode()
    assert f'action="{url("meeting_delete", mistake.pk)}"' in page
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url("meeting_delete", mistake.pk), follow=True)
    assert not slides.file.storage.exists(slides.file.name)
    assert response.redirect_chain[-1][0] == url("body", world.body.slug)
    assert "Møtet 5. mars 2025 ble fjernet." in response.content.decode()
    assert not Meeting.objects.filter(pk=mistake.pk).exists()
    assert previous_of(third) == first
    assert numbers(third) == ["04/25", "05/25", "06/25"]
    assert AuditEntry.objects.filter(model="archive.meeting", object_id=str(mistake.pk),
                                     action="delete").exists()


def test_a_meeting_summoned_or_with_minutes_begun_cannot_be_removed(world):
    summoned = plan(world.body, dt.date(2025, 2, 5))
    summons.send(summoned, world.users["secretariat"])
    begun = plan(world.body, dt.date(2025, 3, 5))
    minutes.start_minutes(begun)
    client = client_for(world, "secretariat")
    for meeting in (summoned, begun):
        assert url("meeting_delete", meeting.pk) not in client.get(
            url("meeting", meeting.pk)).content.decode()
        response = client.post(url("meeting_delete", meeting.pk), follow=True)
        assert "kan fjernes" in response.content.decode()
        assert Meeting.objects.filter(pk=meeting.pk).exists()


def test_an_approved_meeting_keeps_its_numbers_when_its_date_is_corrected(world):
    december = plan(world.body, dt.date(2024, 12, 4))
    minutes.approve(december, world.users["secretariat"])
    client = client_for(world, "secretariat")
    refused = client.post(url("meeting_edit", december.pk),
                          {"title": december.title, "date": "2025-01-08"})
    assert refused.status_code == 400  # shown again with the reason asked for
    december.refresh_from_db()
    assert december.date == dt.date(2024, 12, 4)
    client.post(url("meeting_edit", december.pk), {
        "title": december.title, "date": "2025-01-08", "reason": "Feil dato i referatet"})
    december.refresh_from_db()
    assert (december.date, december.version) == (dt.date(2025, 1, 8), 2)
    assert numbers(december) == ["01/24", "02/24", "03/24"]


def test_every_change_needs_the_csrf_token(world):
    meeting = plan(world.body, dt.date(2025, 3, 12))
    client = Client(enforce_csrf_checks=True)
    client.force_login(world.users["secretariat"])
    for target, data in [(url("item_new", meeting.pk), {"title": "Uten token"}),
                         (url("meeting_approve", meeting.pk), {}),
                         (url("summons_send", meeting.pk), {}),
                         (reverse("login"), {"username": "sindre", "password": "x"})]:
        assert client.post(target, data).status_code == 403, target
    assert not meeting.items.filter(title="Uten token").exists()
    meeting.refresh_from_db()
    assert meeting.status == "planned"


def test_follow_ups_are_shown_with_their_item_and_closed_from_the_later_meeting(world):
    from motebok.archive.models import Action

    earlier = plan(world.body, dt.date(2025, 1, 15))
    item = agenda.add_item(earlier, "Skiltplan", "", None)
    action = Action.objects.create(item=item, text="Bestille nye skilt", status="open",
                                   due=dt.date(2025, 2, 28), order=1)
    later = plan(world.body, dt.date(2025, 3, 12))
    client = client_for(world, "secretariat")
    page = client.get(url("meeting", later.pk)).content.decode()
    assert "Bestille nye skilt" in page and "Sak 03/25 Skiltplan" in page
    body_page = client.get(url("body", world.body.slug)).content.decode()
    assert "Sak 03/25 Skiltplan" in body_page
    response = client.post(url("action_done", action.pk),
                           {"note": "Bestilt", "next": f"meeting-{later.pk}"})
    assert response["Location"] == url("meeting", later.pk) + "#follow-ups"
    action.refresh_from_db()
    assert (action.status, action.done_note) == ("done", "Bestilt")
    assert "Bestille nye skilt" not in client.get(url("meeting", later.pk)).content.decode()


def test_the_personal_calendar_asks_a_fixed_number_of_queries_and_counts_summons(world):
    from motebok.secretariat import calendar_feed
    from motebok.secretariat.models import SummonsDispatch

    feed = calendar_feed.feed_path(world.users["member"], world.body)

    def fetch() -> tuple[int, dict]:
        with CaptureQueriesContext(connection) as queries:
            response = Client().get(feed)
        assert response.status_code == 200
        events = Calendar.from_ical(response.content).walk("VEVENT")
        return len(queries), {str(e["uid"]): int(e["sequence"]) for e in events}

    first = plan(world.body, dt.date(2025, 9, 10))
    SummonsDispatch.objects.create(meeting=first, subject="Innkalling", recipients=[])
    SummonsDispatch.objects.create(meeting=first, subject="Innkalling", recipients=[])
    few, sequences = fetch()
    assert sequences[f"meeting-{first.pk}@motebok"] == 2  # sent twice: the second update
    for month in range(1, 6):
        plan(world.body, dt.date(2026, month, 10))
    # a date restored from a record as written: the calendar's last day, no end
    last = Meeting.objects.create(body=world.body, date=dt.date.max, title="Siste dag")
    many, sequences = fetch()
    assert many == few and len(sequences) == 7
    assert sequences[f"meeting-{last.pk}@motebok"] == 0


def test_members_are_listed_leader_first(world):
    from secretariat_world import person_named

    for name, role in [("Ola Observatør", "observer"), ("Nina Nestleder", "deputy_leader"),
                       ("Vera Vara", "deputy")]:
        Membership.objects.create(person=person_named(name), body=world.body, role=role)
    page = client_for(world, "member").get(url("body", world.body.slug)).content.decode()
    order = ["Kari Fjellstad", "Nina Nestleder", "Mari Nordby", "Vera Vara", "Ola Observatør"]
    assert sorted(order, key=page.index) == order


def test_members_subscribe_to_the_whole_plan_with_a_personal_link(world):
    from motebok.secretariat import calendar_feed

    draft = plan(world.body, dt.date(2025, 9, 10), start=dt.time(9), end=dt.time(11),
                 location="Rådhuset", link="https://example.no/teams")
    member = world.users["member"]
    page = client_for(world, "member").get(url("body", world.body.slug)).content.decode()
    feed = calendar_feed.feed_path(member, world.body)
    assert feed in page
    response = Client().get(feed)  # a calendar program: no session, no cookies
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    event = Calendar.from_ical(response.content).walk("VEVENT")[0]
    assert str(event["uid"]) == f"meeting-{draft.pk}@motebok"
    assert event.decoded("dtstart").hour == 9 and str(event.decoded("dtstart").tzinfo) == \
        "Europe/Oslo"
    assert "Rådhuset" in str(event["location"])

    other_body = calendar_feed.feed_path(member, world.other).replace(
        f"/{world.other.slug}/", f"/{world.body.slug}/")
    outsider = calendar_feed.feed_path(world.users["outsider"], world.body)
    tampered = feed[:-8] + "0000.ics"
    for refused in (other_body, outsider, tampered):
        assert Client().get(refused).status_code == 404, refused
    member.set_password("Nytt-passord-99")  # a new password revokes the old link
    member.save()
    assert Client().get(feed).status_code == 404
    fresh = calendar_feed.feed_path(member, world.body)
    assert Client().get(fresh).status_code == 200
    BodyAccess.objects.filter(user=member).delete()  # so does losing the role
    assert Client().get(fresh).status_code == 404


# --- the meeting page's forms: a failure shows the page again with what was typed ---------


def refused_page(response) -> str:
    """The meeting page of a refused form: status 400, the page itself (no redirect)."""
    assert response.status_code == 400, response.status_code
    return response.content.decode()


def test_the_language_switch_of_a_refused_form_returns_to_the_page(world):
    meeting = plan(world.body, dt.date(2025, 3, 12))
    client = client_for(world, "secretariat")
    for address, data, page in (
            (url("item_new", meeting.pk), {"title": ""}, url("meeting", meeting.pk)),
            (url("member_add", world.body.slug), {"name": ""}, url("body", world.body.slug)),
            (url("access_grant", world.body.slug), {"who": "ukjent"},
             url("access", world.body.slug))):
        refused = refused_page(client.post(address, data))
        assert f'<input type="hidden" name="next" value="{page}">' in refused, address


def test_a_new_item_without_a_title_keeps_its_text(world):
    meeting = plan(world.body, dt.date(2025, 3, 12))
    before = numbers(meeting)
    page = refused_page(client_for(world, "secretariat").post(url("item_new", meeting.pk), {
        "title": "", "text": "Utkast om sykkelturisme langs fjorden."}))
    assert "Utkast om sykkelturisme langs fjorden.</textarea>" in page
    assert "Feltet er påkrevet." in page
    assert numbers(meeting) == before


def test_an_item_edit_that_fails_keeps_what_was_typed(world):
    meeting = plan(world.body, dt.date(2025, 3, 12))
    item = agenda.add_item(meeting, "Budsjett", "", world.users["secretariat"])
    page = refused_page(client_for(world, "secretariat").post(url("item_edit", item.pk), {
        "title": "", "text": "Ny tekst om budsjettet."}))
    assert "Ny tekst om budsjettet.</textarea>" in page and "Feltet er påkrevet." in page
    item.refresh_from_db()
    assert item.title == "Budsjett"


def test_a_decision_on_approved_minutes_without_a_reason_keeps_its_text(world):
    meeting = plan(world.body, dt.date(2025, 3, 12))
    item = agenda.add_item(meeting, "Budsjett", "", world.users["secretariat"])
    minutes.approve(meeting, world.users["secretariat"])
    page = refused_page(client_for(world, "secretariat").post(url("decision_new", item.pk), {
        "text": "Budsjettet ble vedtatt.", "reason": " "}))
    assert (f'<textarea name="text" cols="40" rows="2" required '
            f'id="id_item{item.pk}_decision_text">\nBudsjettet ble vedtatt.</textarea>') in page
    assert "oppgi en begrunnelse" in page.lower() or "begrunnelse for endringen" in page
    assert not item.decisions.exists()


def test_an_action_with_a_bad_due_date_keeps_what_was_typed(world):
    meeting = plan(world.body, dt.date(2025, 3, 12))
    item = agenda.add_item(meeting, "Budsjett", "", world.users["secretariat"])
    page = refused_page(client_for(world, "secretariat").post(url("action_new", item.pk), {
        "text": "Hente inn tilbud", "responsible": "Kari Fjellstad", "due": "2025-02-31"}))
    assert f'id="id_item{item.pk}_action_text">\nHente inn tilbud</textarea>' in page
    assert 'value="Kari Fjellstad"' in page and "Oppgi en gyldig dato." in page
    assert not item.actions.exists()


def test_a_due_date_or_start_in_year_1_or_20255_is_refused_with_what_was_typed(world):
    """A slip of the keyboard ("0001-01-01", "20255-03-14" typed by hand) was stored and
    printed as "frist: 01.01.1" in the minutes; like a meeting's date, a due date, a
    member's start and a group's end must lie in the years the secretariat plans in."""
    meeting = plan(world.body, dt.date(2025, 3, 12))
    item = agenda.add_item(meeting, "Budsjett", "", world.users["secretariat"])
    client = client_for(world, "secretariat")
    for due in ("0001-01-01", "9999-12-31"):
        page = refused_page(client.post(url("action_new", item.pk), {
            "text": "Hente inn tilbud", "responsible": "Kari Fjellstad", "due": due}))
        assert f'id="id_item{item.pk}_action_text">\nHente inn tilbud</textarea>' in page
        assert f"Skriv en dato i årene 1900–2199, ikke {due}." in page
    assert not item.actions.exists()
    page = refused_page(client.post(url("member_add", world.body.slug), {
        "name": "Per Li", "role": "member", "start": "0025-01-01"}))
    assert 'value="Per Li"' in page and "ikke 0025-01-01" in page
    page = refused_page(client.post(url("group_new", world.body.slug), {
        "name": "Arbeidsgruppe for sykkel", "ends_on": "0026-12-31"}))
    assert 'value="Arbeidsgruppe for sykkel"' in page and "ikke 0026-12-31" in page
    assert not Membership.objects.filter(person__name="Per Li").exists()
    english = client_for(world, "secretariat")
    english.cookies["django_language"] = "en"
    page = refused_page(english.post(url("action_new", item.pk),
                                     {"text": "x", "due": "0001-01-01"}))
    assert "Give a date in the years 1900–2199, not 0001-01-01." in page


def test_a_comment_of_a_deleted_account_is_shown_without_a_name(world):
    from django.contrib.auth import get_user_model

    from motebok.secretariat.models import ItemComment

    meeting = plan(world.body, dt.date(2025, 3, 12))
    item = agenda.add_item(meeting, "Budsjett", "", world.users["secretariat"])
    gone = get_user_model().objects.create_user("borte")
    ItemComment.objects.create(item=item, author=gone, text="Innspill fra en som sluttet.")
    gone.delete()
    page = client_for(world, "secretariat").get(url("meeting", meeting.pk)).content.decode()
    assert "Innspill fra en som sluttet.</span> – —, " in page


def test_a_too_long_comment_is_shown_again_with_the_limit(world):
    meeting = plan(world.body, dt.date(2025, 3, 12))
    item = agenda.add_item(meeting, "Budsjett", "", world.users["secretariat"])
    text = "Innspill fra medlem. " * 200
    page = refused_page(client_for(world, "member").post(url("comment_new", item.pk),
                                                         {"text": text}))
    assert f">\n{text}</textarea>" in page and "4000" in page
    assert not item.comments.exists()


def test_an_upload_without_a_file_keeps_its_title(world):
    meeting = plan(world.body, dt.date(2025, 3, 12))
    page = refused_page(client_for(world, "secretariat").post(
        url("attachment_new", meeting.pk), {"title": "Foiler fra Visit Ålesund",
                                            "published": "on"}))
    assert 'value="Foiler fra Visit Ålesund"' in page and "Feltet er påkrevet." in page
    assert 'id="id_file_published" checked' in page
    assert not meeting.attachments.exists()


def test_an_upload_refused_for_its_title_says_the_file_must_be_chosen_again(world):
    from django.core.files.uploadedfile import SimpleUploadedFile

    meeting = plan(world.body, dt.date(2025, 3, 12))
    client = client_for(world, "secretariat")
    chosen = SimpleUploadedFile("foiler<b>.pdf", b"slides", content_type="application/pdf")
    page = refused_page(client.post(url("attachment_new", meeting.pk),
                                    {"title": "", "file": chosen}))
    assert "Feltet er påkrevet." in page
    # the file is not kept, and the page says so (next to the file field and on top)
    assert page.count("Ikke lastet opp: velg filen «foiler&lt;b&gt;.pdf» på nytt.") == 2
    assert "foiler<b>" not in page
    assert not meeting.attachments.exists()
    english = refused_page(client.post(url("attachment_new", meeting.pk),
                                       {"title": "", "file": SimpleUploadedFile("a.pdf", b"x")},
                                       HTTP_ACCEPT_LANGUAGE="en"))
    assert "Not uploaded: choose the file “a.pdf” again." in english


def test_a_meeting_edit_refused_for_want_of_a_reason_keeps_what_was_typed(world):
    meeting = plan(world.body, dt.date(2025, 3, 12))
    minutes.approve(meeting, world.users["secretariat"])
    page = refused_page(client_for(world, "secretariat").post(url("meeting_edit", meeting.pk), {
        "title": "Flyttet møte", "date": "2025-03-19"}))
    assert 'value="Flyttet møte"' in page and 'value="2025-03-19"' in page
    meeting.refresh_from_db()
    assert meeting.date == dt.date(2025, 3, 12)


def test_attendance_that_fails_is_shown_again_with_the_notes(world):
    meeting = plan(world.body, dt.date(2025, 3, 12))
    kari, mari = (m.person_id for m in world.body.memberships.order_by("pk"))
    page = refused_page(client_for(world, "secretariat").post(url("attendance", meeting.pk), {
        "att-TOTAL_FORMS": "2", "att-INITIAL_FORMS": "2",
        "att-0-person_id": kari, "att-0-attendance": "present", "att-0-note": "",
        "att-1-person_id": mari, "att-1-attendance": "partial", "att-1-note": "fra sak 03/25",
        "guest-name": "Ola Gjest " * 30, "guest-organization": "Visit Ålesund"}))
    assert 'value="fra sak 03/25"' in page and 'value="Visit Ålesund"' in page
    assert "200" in page
    assert not Participation.objects.filter(meeting=meeting).exists()


def test_a_too_long_done_note_is_shown_again_where_it_was_typed(world):
    from motebok.archive.models import Action

    earlier = plan(world.body, dt.date(2025, 1, 15))
    item = agenda.add_item(earlier, "Skiltplan", "", None)
    action = Action.objects.create(item=item, text="Bestille nye skilt", status="open",
                                   order=1)
    later = plan(world.body, dt.date(2025, 3, 12))
    client = client_for(world, "secretariat")
    note = "Bestilt hos leverandøren. " * 40
    for posted, heading in ((f"meeting-{later.pk}", "Oppfølgingspunkter fra tidligere møter"),
                            ("body", "Åpne tiltak"), ("", "Skiltplan")):
        page = refused_page(client.post(url("action_done", action.pk),
                                         {"note": note, "next": posted}))
        assert heading in page and f'value="{note}" aria-invalid="true"' in page
        assert "1000" in page
    action.refresh_from_db()
    assert action.status == "open"


def test_a_refused_form_names_each_field_in_its_message(world):
    """The message over the page names the fields and reads as sentences: "Ikke lagret:
    Dato: Feltet er påkrevet. Lenke (digitalt møte): Oppgi en gyldig nettadresse. …",
    not "Feltet er påkrevet.; Oppgi en gyldig nettadresse.; …"."""
    meeting = plan(world.body, dt.date(2025, 3, 12))
    response = client_for(world, "secretariat").post(url("meeting_edit", meeting.pk), {
        "title": "Møte", "date": "", "start": "10:00", "end": "09:00", "link": "ikke-url"})
    assert response.status_code == 400
    said = [str(m) for m in response.context["messages"]]
    assert said == ["Ikke lagret: Dato: Feltet er påkrevet. Lenke (digitalt møte): Oppgi en "
                    "gyldig nettadresse. Avsluttes: Møtet må slutte etter at det starter."]
    response = client_for(world, "secretariat").post(url("member_add", world.body.slug), {
        "name": "Ola Nordmann", "email": "ikke-epost", "role": "member"})
    assert [str(m) for m in response.context["messages"]] == [
        "Ikke lagret: E-post: Oppgi en gyldig e-postadresse."]
