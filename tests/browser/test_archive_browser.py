"""A reader's walk through the public archive in a real browser, checked with axe-core.

An invented minutes file (two members present, one with apologies, two items, a
decision and an action) is imported with the archive's importer — the same path as
``motebok import`` — then chromium goes: front page → search → the meeting → its body
→ its decisions → a participant → the actions list → the meetings list → the bodies
list → the empty search page → the login page → the English version. Every kind of
page must be free of WCAG 2.1 A/AA violations that axe-core can detect.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

BODY = "Faggruppe for kystkultur"
CHAIR = "Ingrid Fjellstad"
MEMBER = "Torbjørn Kvalheim"
ABSENT = "Synnøve Ødegården"
ITEM_TITLE = "Plan for båtbyggerfestivalen"
ACTION_TEXT = "Torbjørn Kvalheim sender ut programutkast for båtbyggerfestivalen."
MINUTES = f"""Referat fra møte i {BODY}

Dato: 12.03.2025
Tid: 09.00–11.30
Sted: Kulturhuset i Storøya
Til stede: {CHAIR} (leder, Storøya kommune), {MEMBER} (Storøya kommune)
Forfall: {ABSENT}

Sak 01/25 Godkjenning av innkalling

Vedtak: Innkallingen ble godkjent.

Sak 02/25 {ITEM_TITLE}

Gruppen drøftet program og frivillige til båtbyggerfestivalen i juni.

Oppfølging: {ACTION_TEXT} Frist: 01.04.2025.
"""


def import_minutes(folder: Path) -> Any:
    """Write the minutes above to a file and import it; return the stored meeting."""
    from motebok.archive.importer import import_paths
    from motebok.archive.models import Meeting

    path = folder / "kystkultur-2025-03-12.txt"
    path.write_text(MINUTES, encoding="utf-8")
    report = import_paths([str(path)])
    assert report.ok, report.failure_lines()
    return Meeting.objects.get(body__name=BODY, date__year=2025)


def test_reader_walks_the_archive_and_every_page_is_accessible(
        page: Any, assert_accessible: Any, tmp_path: Path) -> None:
    meeting = import_minutes(tmp_path)

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
    assert main.locator(".action-box li", has_text=ACTION_TEXT).is_visible()
    assert main.get_by_text(ABSENT).first.is_visible()
    assert main.locator(f'a[href="/meetings/{meeting.id}/source"]').count() == 1
    assert_accessible(page)

    # The body page, from the meeting's header link.
    main.get_by_role("link", name=BODY).first.click()
    page.wait_for_url(re.compile(r"/bodies/faggruppe-for-kystkultur/$"))
    assert page.get_by_role("heading", level=1).inner_text().strip().startswith(BODY)
    assert_accessible(page)

    # Its decisions, year by year, from the body page.
    page.locator("main").get_by_role("link", name="Vedtakene, år for år").click()
    page.wait_for_url(re.compile(r"/bodies/faggruppe-for-kystkultur/decisions/$"))
    assert page.locator("main table").get_by_text("Innkallingen ble godkjent.").is_visible()
    assert_accessible(page)
    page.go_back()

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

    # The meetings of every body from the main navigation, filtered to the past.
    page.locator("header nav").get_by_role("link", name="Møter").click()
    page.wait_for_url(re.compile(r"/meetings/$"))
    assert page.locator("main table").get_by_role("link", name=BODY).first.is_visible()
    assert_accessible(page)
    page.locator("main select[name=when]").select_option("past")
    page.locator("main form.filters button[type=submit]").click()
    page.wait_for_url(re.compile(r"/meetings/\?.*when=past"))
    assert page.locator(f'main a[href="/meetings/{meeting.id}/"]').count() == 1
    assert_accessible(page)

    # The list of bodies and the search page with its empty form.
    page.goto("/bodies/")
    assert page.locator("main").get_by_role("link", name=BODY).is_visible()
    assert_accessible(page)
    page.goto("/search")
    assert page.locator("main form[role=search]").is_visible()
    assert_accessible(page)

    # The login page (secretariat and members sign in there to see drafts).
    page.locator("header").get_by_role("link", name="Logg inn").click()
    page.wait_for_url(re.compile(r"/accounts/login/"))
    assert page.locator("input[type=password]").is_visible()
    assert_accessible(page)

    # Switch to English with the language switcher; the choice sticks across pages.
    page.locator("button[name=language][value=en]").click()
    page.wait_for_load_state()
    assert page.locator("html").get_attribute("lang") == "en"
    page.goto(f"/meetings/{meeting.id}/")
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.locator("header nav").get_by_role("link", name="Actions").is_visible()
    assert_accessible(page)


def test_the_meetings_filter_wraps_on_a_phone_and_is_one_row_on_a_desktop(
        page: Any, tmp_path: Path) -> None:
    # (s78h) the bodies' checkboxes are one group of the filter: on a phone it takes the
    # whole width over the year and when selects (nothing runs past the screen's edge);
    # on a desktop it sits beside them and the button in one row
    import_minutes(tmp_path)
    page.set_viewport_size({"width": 375, "height": 800})
    page.goto("/meetings/")
    form = page.locator("main form.filters")
    group = form.locator("fieldset").bounding_box()
    year = form.locator("select[name=year]").bounding_box()
    assert group["y"] + group["height"] <= year["y"]
    assert form.evaluate("form => form.scrollWidth <= form.clientWidth")
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")

    page.set_viewport_size({"width": 1280, "height": 800})
    group = form.locator("fieldset").bounding_box()
    for control in ("select[name=year]", "select[name=when]", "button[type=submit]"):
        box = form.locator(control).bounding_box()
        assert group["y"] < box["y"] + box["height"] and box["y"] < group["y"] + group["height"]
        assert box["x"] > group["x"] + group["width"]
