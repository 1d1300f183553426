"""A reader's walk through the public archive in a real browser, checked with axe-core.

One published meeting of an invented body (two members present, one with apologies,
two items, a decision and an open action) is stored and indexed, then chromium goes:
front page → search → the meeting → its body → a participant → the actions list →
the bodies list → the empty search page → the English version. Every kind of page must
be free of WCAG 2.1 A/AA violations that axe-core can detect.
"""

from __future__ import annotations

import re
from datetime import date, time
from typing import Any

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

BODY = "Faggruppe for kystkultur"
CHAIR = "Ingrid Fjellstad"
MEMBER = "Torbjørn Kvalheim"
ABSENT = "Synnøve Ødegården"
ITEM_TITLE = "Plan for båtbyggerfestivalen"
ACTION_TEXT = "Sekretariatet sender ut programutkast for båtbyggerfestivalen."


def store_meeting() -> Any:
    """A published meeting with participants, items, a decision and an action, indexed."""
    from motebok.archive.models import (
        Action,
        AgendaItem,
        Decision,
        Meeting,
        Membership,
        Organization,
        Participation,
        Person,
    )
    from motebok.search.service import index_meeting

    body = Organization.objects.create(name=BODY, slug="faggruppe-for-kystkultur",
                                       kind="body")
    people = {name: Person.objects.create(name=name) for name in (CHAIR, MEMBER, ABSENT)}
    for name in (CHAIR, MEMBER, ABSENT):
        Membership.objects.create(person=people[name], body=body,
                                  role="leader" if name == CHAIR else "member")
    meeting = Meeting.objects.create(
        body=body, title=f"Referat fra møte i {BODY}", date=date(2025, 3, 12),
        start=time(9, 0), end=time(11, 30), location="Kulturhuset i Storøya",
        status="published", kind="minutes")
    rows = [(CHAIR, "present", "chair"), (MEMBER, "present", "member"),
            (ABSENT, "absent", "member")]
    for order, (name, attendance, role) in enumerate(rows):
        Participation.objects.create(meeting=meeting, person=people[name], role=role,
                                     attendance=attendance, organization_text="Storøya kommune",
                                     order=order)
    first = AgendaItem.objects.create(meeting=meeting, number="01/25", sequence=1, year=2025,
                                      title="Godkjenning av innkalling", text="", order=0)
    Decision.objects.create(item=first, text="Innkallingen ble godkjent.", order=0)
    second = AgendaItem.objects.create(
        meeting=meeting, number="02/25", sequence=2, year=2025, title=ITEM_TITLE, order=1,
        text="Gruppen drøftet program og frivillige til båtbyggerfestivalen i juni.")
    Action.objects.create(item=second, text=ACTION_TEXT, responsible_person=people[MEMBER],
                          responsible_text=MEMBER, due=date(2025, 4, 1), status="open",
                          order=0)
    index_meeting(meeting)
    return meeting


def test_reader_walks_the_archive_and_every_page_is_accessible(
        page: Any, assert_accessible: Any) -> None:
    meeting = store_meeting()

    # Front page: Norwegian by default, the latest meeting listed.
    page.goto("/")
    assert page.locator("html").get_attribute("lang") == "nb"
    assert page.get_by_role("heading", level=1).count() == 1
    assert page.locator("main").get_by_text(BODY).first.is_visible()
    assert_accessible(page)

    # Search from the header box; the item is found with the word highlighted.
    page.locator("#header-search-q").fill("båtbyggerfestivalen")
    page.locator("#header-search-q").press("Enter")
    page.wait_for_url(re.compile(r"/search\?q="))
    assert page.locator("main mark").first.is_visible()
    assert_accessible(page)

    # Open the meeting from the results.
    page.locator("main ol a", has_text=ITEM_TITLE).first.click()
    page.wait_for_url(re.compile(rf"/meetings/{meeting.id}/"))
    main = page.locator("main")
    assert main.get_by_role("heading", name=ITEM_TITLE).is_visible()
    assert main.get_by_text(ACTION_TEXT).is_visible()
    assert main.get_by_text(ABSENT).first.is_visible()
    assert_accessible(page)

    # The body page, from the meeting's header link.
    main.get_by_role("link", name=BODY).first.click()
    page.wait_for_url(re.compile(r"/bodies/faggruppe-for-kystkultur/$"))
    assert page.get_by_role("heading", level=1).inner_text().strip().startswith(BODY)
    assert_accessible(page)

    # A participant's page, from the meeting.
    page.go_back()
    page.wait_for_url(re.compile(rf"/meetings/{meeting.id}/"))
    page.locator("main").get_by_role("link", name=MEMBER).first.click()
    page.wait_for_url(re.compile(r"/people/\d+/$"))
    assert MEMBER in page.get_by_role("heading", level=1).inner_text()
    assert_accessible(page)

    # The actions list from the main navigation.
    page.locator("header nav").get_by_role("link", name="Tiltak").click()
    page.wait_for_url(re.compile(r"/actions/"))
    assert page.locator("main").get_by_text(ACTION_TEXT).first.is_visible()
    assert_accessible(page)

    # The list of bodies and the search page with its empty form.
    page.goto("/bodies/")
    assert page.locator("main").get_by_role("link", name=BODY).is_visible()
    assert_accessible(page)
    page.goto("/search")
    assert page.locator("main form[role=search]").is_visible()
    assert_accessible(page)

    # Switch to English with the language switcher; the choice sticks across pages.
    page.locator("button[name=language][value=en]").click()
    page.wait_for_load_state()
    assert page.locator("html").get_attribute("lang") == "en"
    page.goto(f"/meetings/{meeting.id}/")
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.locator("header nav").get_by_role("link", name="Actions").is_visible()
    assert_accessible(page)
