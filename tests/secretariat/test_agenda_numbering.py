"""Planning and agenda building: standard items, numbering, reordering, follow-ups."""

from __future__ import annotations

import datetime as dt

import pytest
from secretariat_world import make_body, plan

from motebok.archive.models import Action
from motebok.errors import MotebokError
from motebok.secretariat import agenda, minutes, planning
from motebok.secretariat.models import AuditEntry, StandardItem, SummonsDispatch

pytestmark = pytest.mark.postgres


def numbers(meeting) -> list[str]:
    """The item numbers of a meeting in agenda order."""
    return [item.number for item in agenda.items_of(meeting)]


def titles(meeting) -> list[str]:
    """The item titles of a meeting in agenda order."""
    return [item.title for item in agenda.items_of(meeting)]


def test_a_new_meeting_gets_the_standard_items_with_eventuelt_last(world):
    meeting = plan(world.body, dt.date(2024, 2, 7))
    assert titles(meeting) == ["Godkjenning av innkalling og saksliste",
                               "Godkjenning av referat fra forrige møte", "Eventuelt"]
    assert numbers(meeting) == ["01/24", "02/24", "03/24"]
    agenda.add_item(meeting, "Reiselivsstrategi", "", None)
    assert titles(meeting)[-2:] == ["Reiselivsstrategi", "Eventuelt"]
    assert numbers(meeting) == ["01/24", "02/24", "03/24", "04/24"]


def test_minutes_approval_item_links_the_previous_meeting_of_the_body(world):
    first = plan(world.body, dt.date(2024, 2, 7))
    plan(world.other, dt.date(2024, 3, 1))  # another body's meeting is not "previous"
    second = plan(world.body, dt.date(2024, 5, 8))
    link = StandardItem.objects.get(item__meeting=second, kind="minutes_approval")
    assert link.previous_meeting == first
    assert StandardItem.objects.get(item__meeting=first,
                                    kind="minutes_approval").previous_meeting is None


def test_a_meeting_planned_in_between_becomes_the_previous_of_the_later_one(world):
    plan(world.body, dt.date(2024, 2, 7))
    later = plan(world.body, dt.date(2024, 9, 4))
    between = plan(world.body, dt.date(2024, 5, 8))
    link = StandardItem.objects.get(item__meeting=later, kind="minutes_approval")
    assert link.previous_meeting == between


def test_numbers_continue_over_the_year_and_restart_in_a_new_year(world):
    spring = plan(world.body, dt.date(2024, 3, 6))
    autumn = plan(world.body, dt.date(2024, 11, 20))
    january = plan(world.body, dt.date(2025, 1, 15))
    assert numbers(spring) == ["01/24", "02/24", "03/24"]
    assert numbers(autumn) == ["04/24", "05/24", "06/24"]
    assert numbers(january) == ["01/25", "02/25", "03/25"]


def test_a_deleted_number_nobody_has_seen_goes_to_the_next_item(world):
    meeting = plan(world.body, dt.date(2024, 3, 6))
    extra = agenda.add_item(meeting, "Messe i Bergen", "", None)
    assert extra.number == "03/24"
    agenda.delete_item(extra, None)
    assert numbers(meeting) == ["01/24", "02/24", "03/24"]
    assert AuditEntry.objects.filter(action="delete", model="archive.agendaitem").count() == 1


def test_a_deleted_number_members_have_seen_is_not_reused(world):
    meeting = plan(world.body, dt.date(2024, 3, 6))
    extra = agenda.add_item(meeting, "Messe i Bergen", "", None)
    later = plan(world.body, dt.date(2024, 6, 5))
    SummonsDispatch.objects.create(meeting=meeting, subject="Innkalling", recipients=[])
    agenda.delete_item(extra, None)
    assert numbers(meeting) == ["01/24", "02/24", "04/24"]
    assert numbers(later) == ["05/24", "06/24", "07/24"]
    minutes.start_minutes(later)  # minutes begun: its numbers are settled too
    agenda.delete_item(agenda.items_of(later)[1], None)
    assert numbers(later) == ["05/24", "07/24"]
    assert numbers(plan(world.body, dt.date(2024, 9, 4)))[0] == "08/24"


def test_the_year_planned_first_is_numbered_in_meeting_order_as_agendas_fill(world):
    days = planning.series_dates(dt.date(2025, 2, 5), 3, 3)
    first, second, third = planning.plan_series(world.body, days, planning.MeetingPlan(), None)
    assert numbers(third) == ["07/25", "08/25", "09/25"]
    agenda.add_item(first, "Reiselivsstrategi", "", None)
    agenda.add_item(first, "Kystledprosjektet", "", None)
    assert numbers(first) == ["01/25", "02/25", "03/25", "04/25", "05/25"]
    assert numbers(second) == ["06/25", "07/25", "08/25"]
    assert numbers(third) == ["09/25", "10/25", "11/25"]
    # the summons of the first meeting went out: a late item joins its numbers, and
    # only the meetings nobody has seen yet move along
    SummonsDispatch.objects.create(meeting=first, subject="Innkalling", recipients=[])
    late = agenda.add_item(first, "Etteranmeldt: messe", "", None)
    assert titles(first)[-2:] == ["Etteranmeldt: messe", "Eventuelt"]
    assert late.number == "05/25"
    assert numbers(first) == ["01/25", "02/25", "03/25", "04/25", "05/25", "06/25"]
    assert numbers(second) == ["07/25", "08/25", "09/25"]
    # planning a meeting between two others slots its numbers in between
    between = plan(world.body, dt.date(2025, 6, 18))
    assert numbers(between) == ["10/25", "11/25", "12/25"]
    assert numbers(third) == ["13/25", "14/25", "15/25"]


def test_items_added_to_approved_minutes_take_numbers_no_later_meeting_holds(world):
    approved = plan(world.body, dt.date(2025, 9, 10))
    minutes.approve(approved, None)
    later = plan(world.body, dt.date(2025, 9, 15))
    assert (numbers(approved), numbers(later)) == (["01/25", "02/25", "03/25"],
                                                   ["04/25", "05/25", "06/25"])
    for title in ("Tillegg om budsjett", "Tillegg om møteplan"):  # edits with a reason
        agenda.add_item(approved, title, "", None)
    held = numbers(approved) + numbers(later)
    assert len(held) == len(set(held)) == 8, held
    assert numbers(later) == ["06/25", "07/25", "08/25"]


def test_per_meeting_numbering_restarts_and_closes_gaps(world):
    body = make_body("Nettverk for kulturturisme", "kulturturisme", numbering="per_meeting")
    first = plan(body, dt.date(2024, 3, 6))
    second = plan(body, dt.date(2024, 6, 5))
    assert numbers(first) == ["1", "2", "3"] == numbers(second)
    extra = agenda.add_item(second, "Festivalsamarbeid", "", None)
    assert numbers(second) == ["1", "2", "3", "4"]
    agenda.delete_item(agenda.items_of(second)[0], None)
    assert numbers(second) == ["1", "2", "3"]
    assert agenda.items_of(second)[1].pk == extra.pk


def test_moving_an_item_keeps_the_numbers_in_agenda_order(world):
    meeting = plan(world.body, dt.date(2024, 3, 6))
    agenda.add_item(meeting, "Kystled", "", None)
    agenda.add_item(meeting, "Fjellvandring", "", None)
    fjell = agenda.items_of(meeting)[3]
    assert agenda.move_item(fjell, "up", None)
    assert titles(meeting)[2:4] == ["Fjellvandring", "Kystled"]
    assert numbers(meeting) == ["01/24", "02/24", "03/24", "04/24", "05/24"]
    first = agenda.items_of(meeting)[0]
    assert not agenda.move_item(first, "up", None)


def test_open_actions_of_earlier_meetings_become_follow_ups(world):
    earlier = plan(world.body, dt.date(2024, 3, 6))
    item = agenda.add_item(earlier, "Nettside", "", None)
    open_one = Action.objects.create(item=item, text="Oppdatere nettsiden", status="open",
                                     due=dt.date(2024, 4, 1), order=1)
    done = Action.objects.create(item=item, text="Bestille foto", status="open", order=2)
    done.mark_done("Levert")
    later = plan(world.body, dt.date(2024, 6, 5))
    other_body = plan(world.other, dt.date(2024, 6, 5))
    assert list(agenda.follow_ups(later)) == [open_one]
    assert list(agenda.follow_ups(earlier)) == []
    assert list(agenda.follow_ups(other_body)) == []


def test_a_series_every_three_months(world):
    days = planning.series_dates(dt.date(2025, 1, 31), 3, 4)
    assert days == [dt.date(2025, 1, 31), dt.date(2025, 4, 30), dt.date(2025, 7, 31),
                    dt.date(2025, 10, 31)]
    meetings = planning.plan_series(world.body, days, planning.MeetingPlan(mode="hybrid"), None)
    assert [m.date for m in meetings] == days
    assert numbers(meetings[-1]) == ["10/25", "11/25", "12/25"]


def test_a_list_of_dates_in_norwegian_or_iso_form():
    assert planning.parse_date_list("14.3.2025\n2025-06-11, 3.9.25") == [
        dt.date(2025, 3, 14), dt.date(2025, 6, 11), dt.date(2025, 9, 3)]
    with pytest.raises(MotebokError, match=r"Ikke en dato: '31\.2\.2025'"):
        planning.parse_date_list("14.3.2025\n31.2.2025")


def test_dates_beyond_the_planned_years_are_refused_not_a_server_error(world):
    from django.urls import reverse
    from secretariat_world import client_for

    client = client_for(world, "secretariat")
    address = reverse("secretariat:meeting_new", args=[world.body.slug])
    for data in ({"date": "9999-12-31", "every_months": "24", "count": "3"},
                 {"date": "2199-01-10", "every_months": "24", "count": "3"},
                 {"date": "0025-03-12"}, {"dates": "12.3.2025\n31.12.9999"}):
        response = client.post(address, data)
        assert response.status_code == 400, data
        assert "er utenfor årene møter planlegges i (1900–2199)." in response.content.decode()
    english = client.post(address, {"date": "20255-03-12"}, HTTP_ACCEPT_LANGUAGE="en")
    assert english.status_code == 400
    assert not world.body.meetings.exists()
    meeting = plan(world.body, dt.date(2025, 3, 12))
    edited = client.post(reverse("secretariat:meeting_edit", args=[meeting.pk]),
                         {"date": "9999-12-31"}, HTTP_ACCEPT_LANGUAGE="en")
    assert edited.status_code == 400
    assert "9999-12-31 is outside the years meetings are planned in (1900–2199)." \
        in edited.content.decode()
    meeting.refresh_from_db()
    assert meeting.date == dt.date(2025, 3, 12)


def test_the_search_index_follows_numbers_that_moved_in_other_meetings(world):
    from motebok.search.models import SearchEntry

    first, second = planning.plan_series(
        world.body, [dt.date(2025, 2, 5), dt.date(2025, 5, 7)], planning.MeetingPlan(), None)
    eventuelt = agenda.items_of(second)[-1]
    assert "06/25" in SearchEntry.objects.get(item=eventuelt).text
    agenda.add_item(first, "Reiselivsstrategi", "", None)
    assert numbers(second)[-1] == "07/25"
    assert "07/25" in SearchEntry.objects.get(item=eventuelt).text


def test_changing_the_numbering_renumbers_the_agendas_nobody_has_seen(world):
    """Switching the body to per-meeting numbering left a planned agenda at "01/25 …"
    until an item was added; switching back then gave "1, 2, 3, 4, 05/25". The agendas
    of meetings not settled take the new series at once; a sent summons keeps its."""
    from django.urls import reverse
    from secretariat_world import client_for

    sent = plan(world.body, dt.date(2025, 2, 5))
    SummonsDispatch.objects.create(meeting=sent, subject="Innkalling", recipients=[])
    later = plan(world.body, dt.date(2025, 4, 9))
    agenda.add_item(later, "Kystled", "", None)
    assert numbers(sent) == ["01/25", "02/25", "03/25"]
    assert numbers(later) == ["04/25", "05/25", "06/25", "07/25"]
    client = client_for(world, "secretariat")
    edit = reverse("secretariat:body_edit", args=[world.body.slug])
    client.post(edit, {"mandate": "Samordne reiselivet.", "numbering": "per_meeting"})
    assert numbers(later) == ["1", "2", "3", "4"]
    assert numbers(sent) == ["01/25", "02/25", "03/25"]
    client.post(edit, {"mandate": "Samordne reiselivet.", "numbering": "per_year"})
    agenda.add_item(later, "Fjellvandring", "", None)
    assert numbers(later) == ["04/25", "05/25", "06/25", "07/25", "08/25"]
    assert numbers(sent) == ["01/25", "02/25", "03/25"]
