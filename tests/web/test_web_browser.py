"""The public pages in a real browser: WCAG 2.1 AA (axe-core), phone width, keyboard.

Each test starts its own Playwright (see tests/browser/conftest.py for why) against the
live server, filled with the invented archive of tests/web/conftest.py.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from browser.chromium import assert_accessible, launch_chromium

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

#: A common small phone (iPhone SE/mini class); nothing may scroll sideways at this width.
PHONE = {"width": 375, "height": 667}


@pytest.fixture
def browser_page(live_server: Any, monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    """A chromium page at phone width whose relative URLs go to the live server."""
    from playwright.sync_api import sync_playwright

    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    with sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        try:
            context = browser.new_context(base_url=live_server.url, locale="nb-NO",
                                          viewport=PHONE)
            context.set_default_timeout(15_000)
            yield context.new_page()
            context.close()
        finally:
            browser.close()


def public_urls(archive) -> list[str]:
    """One URL of every kind of public page."""
    return ["/", "/bodies/", "/bodies/kulturarv/", f"/meetings/{archive.first.id}/",
            f"/people/{archive.people['Bjørnar'].id}/", "/actions/", "/actions/?status=overdue",
            "/search?q=naust", "/search?q=registrering&body=kulturarv&year=2025",
            "/accounts/login/"]


def test_pages_are_accessible_and_fit_a_phone(browser_page, archive):
    from motebok.search import rebuild

    rebuild()
    for url in public_urls(archive):
        browser_page.goto(url)
        assert_accessible(browser_page)
        overflow = browser_page.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth")
        assert overflow <= 0, f"{url} scrolls sideways on a phone by {overflow}px"


def test_table_captions_wrap_inside_a_phone_screen(browser_page, archive):
    """The lists' tables scroll sideways on a phone; their captions stay readable whole."""
    for url in ["/meetings/", "/bodies/kulturarv/decisions/", "/actions/"]:
        browser_page.goto(url)
        edges = browser_page.evaluate("""() => Array.from(document.querySelectorAll(
            '.table-wrap caption'), c => { const r = document.createRange();
            r.selectNodeContents(c); return r.getBoundingClientRect().right; })""")
        assert edges, url
        width = browser_page.viewport_size["width"]
        assert all(edge <= width for edge in edges), f"{url}: caption ends at {edges}"


def test_skip_link_is_first_and_moves_focus_to_main(browser_page, archive):
    browser_page.goto(f"/meetings/{archive.first.id}/")
    browser_page.keyboard.press("Tab")
    focused = browser_page.evaluate("document.activeElement.textContent.trim()")
    assert focused == "Hopp til hovedinnhold"
    assert browser_page.evaluate("getComputedStyle(document.activeElement).top") != "-160px"
    browser_page.keyboard.press("Enter")
    assert browser_page.evaluate("document.activeElement.id") == "main"


def test_language_switch_works_without_javascript(browser_page, live_server, archive):
    context = browser_page.context.browser.new_context(
        base_url=live_server.url, locale="nb-NO", java_script_enabled=False)
    page = context.new_page()
    page.goto("/bodies/")
    assert page.get_by_role("heading", level=1).text_content() == "Organer"
    page.get_by_role("button", name="English").click()
    page.wait_for_url("**/bodies/")
    assert page.get_by_role("heading", level=1).text_content() == "Bodies"
    assert page.locator("html").get_attribute("lang") == "en"
    context.close()
