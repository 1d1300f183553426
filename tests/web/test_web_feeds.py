"""The iCal feed of a body, parsed back with icalendar."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.urls import reverse
from icalendar import Calendar

from web.builders import make_meeting

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]
OSLO = ZoneInfo("Europe/Oslo")


def feed(client, slug: str = "kulturarv") -> Calendar:
    """Fetch and parse a body's calendar."""
    response = client.get(reverse("web:body_calendar", args=[slug]))
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return Calendar.from_ical(response.content)


def events_by_uid(calendar: Calendar) -> dict:
    """The VEVENTs keyed by UID."""
    return {str(event["UID"]): event for event in calendar.walk("VEVENT")}


def test_feed_has_one_event_per_visible_meeting_with_stable_uids(client, archive):
    events = events_by_uid(feed(client))
    assert set(events) == {f"meeting-{archive.first.id}@motebok",
                           f"meeting-{archive.second.id}@motebok"}
    assert events_by_uid(feed(client)).keys() == events.keys()


def test_event_times_are_in_oslo_time_with_a_vtimezone(client, archive):
    calendar = feed(client)
    assert [str(tz["TZID"]) for tz in calendar.walk("VTIMEZONE")] == ["Europe/Oslo"]
    event = events_by_uid(calendar)[f"meeting-{archive.first.id}@motebok"]
    assert event.start == datetime(2025, 3, 3, 10, 0, tzinfo=OSLO)
    assert event.end == datetime(2025, 3, 3, 12, 30, tzinfo=OSLO)
    assert event["DTSTART"].params["TZID"] == "Europe/Oslo"
    assert str(event["LOCATION"]) == "Rådhuset, møterom Fjorden"
    assert str(event["SUMMARY"]) == archive.first.title
    assert str(event["URL"]).endswith(reverse("web:meeting", args=[archive.first.id]))


def test_meeting_without_time_is_an_all_day_event(client, archive):
    event = events_by_uid(feed(client))[f"meeting-{archive.second.id}@motebok"]
    assert event.start == date(2025, 6, 2)


def test_a_meeting_on_the_calendar_s_last_day_is_an_event_without_an_end(client, archive):
    # a date as a restored record wrote it; an all-day event's end would be a day later
    last = make_meeting(archive.body, date.max, title="Siste dag", next_date=date.max)
    events = events_by_uid(feed(client))
    event = events[f"meeting-{last.id}@motebok"]
    assert event.start == date.max and "DTEND" not in event


def test_undated_meeting_is_left_out(client, archive):
    undated = make_meeting(archive.body, None, title="Uten dato")
    assert f"meeting-{undated.id}@motebok" not in events_by_uid(feed(client))


def test_next_meeting_announced_in_minutes_is_an_event(client, archive):
    archive.second.next_date = date(2025, 9, 1)
    archive.second.next_start = time(9, 0)
    archive.second.next_location = "Museet"
    archive.second.save()
    event = events_by_uid(feed(client))[f"next-meeting-{archive.second.id}@motebok"]
    assert event.start == datetime(2025, 9, 1, 9, 0, tzinfo=OSLO)
    assert str(event["SUMMARY"]) == "Neste møte: Faggruppe for kulturarv"
    assert str(event["LOCATION"]) == "Museet"


def test_announced_meeting_is_not_doubled_when_the_meeting_itself_is_visible(clients, archive):
    # The first meeting announces 2 June, the date of the second meeting: one event only.
    uids = set(events_by_uid(feed(clients["anonymous"])))
    assert f"next-meeting-{archive.first.id}@motebok" not in uids
    archive.second.next_date = archive.draft.date
    archive.second.save()
    # The member sees the draft on that date; the public only sees the announcement.
    assert f"next-meeting-{archive.second.id}@motebok" in events_by_uid(feed(clients["anonymous"]))
    assert f"next-meeting-{archive.second.id}@motebok" not in events_by_uid(
        feed(clients["member"]))


def test_calendar_is_named_after_the_body(client, archive):
    calendar = feed(client)
    assert str(calendar["X-WR-CALNAME"]) == "Faggruppe for kulturarv"


def test_unknown_body_feed_is_404(client, archive):
    assert client.get(reverse("web:body_calendar", args=["ukjent"])).status_code == 404


# --- the feed of all bodies (/calendar.ics) ------------------------------------------------


def all_feed(client, *bodies) -> Calendar:
    """Fetch and parse the calendar of all bodies, or of the ``bodies`` chosen."""
    response = client.get(reverse("web:calendar"), {"body": list(bodies)} if bodies else {})
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return Calendar.from_ical(response.content)


@pytest.fixture
def coming(archive, today):
    """Meetings around today in both bodies: published minutes that announce the next
    meeting, a draft, a planned and a cancelled meeting, and old minutes."""
    from motebok.vocab import MeetingStatus

    body, other = archive.body, archive.other_body
    return {
        "recent": make_meeting(body, today - timedelta(days=10), title="Siste møte",
                               next_date=today + timedelta(days=20), next_start=time(9, 0),
                               next_location="Museet"),
        "other": make_meeting(other, today - timedelta(days=5), title="Oppvekst i desember"),
        "old": make_meeting(body, today - timedelta(days=400), title="Gammelt møte",
                            next_date=today - timedelta(days=300)),
        "draft": make_meeting(body, today - timedelta(days=3), status=MeetingStatus.DRAFT,
                              title="Utkast"),
        "planned": make_meeting(body, today + timedelta(days=20), start=time(9, 0),
                                status=MeetingStatus.PLANNED, title="Planlagt møte"),
        "cancelled": make_meeting(body, today + timedelta(days=40),
                                  status=MeetingStatus.CANCELLED, title="Avlyst møte"),
    }


def _uids(meetings: dict, *keys: str) -> set[str]:
    return {f"meeting-{meetings[key].id}@motebok" for key in keys}


@pytest.mark.parametrize(("persona", "keys", "announced"), [
    # the public: published minutes of the last months and the next meeting they announce
    ("anonymous", ("recent", "other"), True),
    ("outsider", ("recent", "other"), True),
    # a member of the body: also its draft, planned and cancelled meetings; the planned
    # meeting on the announced day stands for the announcement
    ("member", ("recent", "other", "draft", "planned", "cancelled"), False),
])
def test_the_calendar_of_all_bodies_shows_what_the_persona_may_see_from_lately_on(
        clients, archive, coming, persona, keys, announced):
    events = events_by_uid(all_feed(clients[persona]))
    next_uid = f"next-meeting-{coming['recent'].id}@motebok"
    assert set(events) == _uids(coming, *keys) | ({next_uid} if announced else set())
    if announced:
        assert str(events[next_uid]["SUMMARY"]) == "Neste møte: Faggruppe for kulturarv"
        assert str(events[next_uid]["LOCATION"]) == "Museet"
    if "cancelled" in keys:
        assert str(events[next(iter(_uids(coming, "cancelled")))]["STATUS"]) == "CANCELLED"
        assert "STATUS" not in events[next(iter(_uids(coming, "planned")))]


def test_the_calendar_of_all_bodies_is_named_and_its_events_are_the_body_feeds(client, archive,
                                                                              coming):
    calendar = all_feed(client)
    assert str(calendar["X-WR-CALNAME"]) == "Møter i alle organer"
    assert [str(tz["TZID"]) for tz in calendar.walk("VTIMEZONE")] == ["Europe/Oslo"]
    ours = events_by_uid(calendar)[f"meeting-{coming['recent'].id}@motebok"]
    theirs = events_by_uid(feed(client))[f"meeting-{coming['recent'].id}@motebok"]
    assert ours.to_ical() == theirs.to_ical()


def test_the_calendar_of_chosen_bodies_by_slug_or_id(client, archive, coming):
    only_other = events_by_uid(all_feed(client, "oppvekst"))
    assert set(only_other) == _uids(coming, "other")
    both = all_feed(client, str(archive.body.id), "oppvekst")
    assert set(events_by_uid(both)) == _uids(coming, "recent", "other") | {
        f"next-meeting-{coming['recent'].id}@motebok"}
    assert str(both["X-WR-CALNAME"]) == "Faggruppe for kulturarv, Oppvekstutvalget"


@pytest.mark.parametrize("bodies", [["ukjent"], ["oppvekst", "ukjent"], ["999999"]])
def test_an_unknown_chosen_body_is_404_not_every_body(client, archive, bodies):
    assert client.get(reverse("web:calendar"), {"body": bodies}).status_code == 404


def test_the_calendar_of_all_bodies_reads_a_bounded_number_of_queries(
        clients, archive, coming, today, django_assert_max_num_queries):
    for number in range(15):
        body = archive.body if number % 2 else archive.other_body
        make_meeting(body, today + timedelta(days=number), title=f"Møte {number}")
    with django_assert_max_num_queries(1):
        assert len(all_feed(clients["anonymous"]).walk("VEVENT")) == 18
    with django_assert_max_num_queries(2):
        all_feed(clients["anonymous"], "kulturarv", "oppvekst")
    with django_assert_max_num_queries(4):  # (the session and the user's body access)
        all_feed(clients["member"])


def test_the_calendar_of_all_bodies_is_linked_from_the_front_page_and_the_bodies(client_nb,
                                                                                archive):
    address = reverse("web:calendar")
    home = client_nb.get(reverse("web:home")).content.decode()
    assert '<link rel="alternate" type="text/calendar"' in home and f'href="{address}"' in home
    assert "Abonner på møtene i alle organer (iCal)" in home
    bodies = client_nb.get(reverse("web:bodies")).content.decode()
    assert f'action="{address}"' in bodies
    for slug in ("kulturarv", "stedsnavn", "oppvekst"):
        assert f'<input type="checkbox" name="body" value="{slug}">' in bodies
