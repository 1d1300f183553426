"""The secretariat's whole cycle in a real browser (Debian chromium via Playwright).

Plan a meeting → build the agenda → send the summons → write minutes → plan the next
meeting and approve the minutes there → publish → find the minutes by search.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from django.core import mail
from secretariat_world import PASSWORD, make_body, make_user

from browser.chromium import axe_violations, describe_violations, launch_chromium
from motebok.archive.models import BodyAccess, Meeting, Membership
from motebok.secretariat.people import person_named

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def browser_page(live_server: Any, monkeypatch: pytest.MonkeyPatch, settings) -> Iterator[Any]:
    """A chromium page in Norwegian whose relative URLs go to the live server."""
    from playwright.sync_api import sync_playwright

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    with sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        try:
            context = browser.new_context(base_url=live_server.url, locale="nb-NO")
            context.set_default_timeout(15_000)
            yield context.new_page()
            context.close()
        finally:
            browser.close()


def plan_meeting(page: Any, slug: str, day: str) -> None:
    """Plan one meeting from the body page (the form sits in a <details>)."""
    page.goto(f"/secretariat/bodies/{slug}/")
    page.locator("#plan summary").click()
    page.locator("#plan input[name=date]").fill(day)
    page.locator("#plan input[name=start]").fill("10:00")
    page.locator("#plan input[name=end]").fill("12:00")
    page.locator("#plan input[name=location]").fill("Havnehuset, Bodø")
    page.locator("#plan button[type=submit]").click()
    page.wait_for_url(re.compile(r"/secretariat/meetings/\d+/"))


def item_article(page: Any, title: str) -> Any:
    """The <article> of the agenda item with this title."""
    return page.locator("article.sec-item", has=page.locator("h3", has_text=title))


def test_the_whole_cycle_from_plan_to_search(browser_page: Any) -> None:
    page = browser_page
    body = make_body("Faggruppe for havnesamarbeid", "havn")
    secretary = make_user("sigrid", email="sigrid@example.no")
    BodyAccess.objects.create(user=secretary, body=body, role="secretariat")
    Membership.objects.create(person=person_named("Trond Havik", "trond@example.no"), body=body,
                              role="leader")
    # the minutes' other spelling of the leader: typing it suggests merging the two
    Membership.objects.create(person=person_named("Havik Trond"), body=body, role="member")

    page.goto("/accounts/login/?next=/secretariat/")
    page.fill("input[name=username]", "sigrid")
    page.fill("input[name=password]", PASSWORD)
    page.locator("main button[type=submit]").click()
    page.wait_for_url("**/secretariat/")
    # the dashboard, with the leader written two ways in its list of merge suggestions
    assert page.locator("#merge-suggestions tbody tr").count() == 1
    violations = axe_violations(page)
    assert not violations, describe_violations(violations)

    # plan the meeting and build the agenda
    page.goto("/secretariat/bodies/havn/")
    violations = axe_violations(page)
    assert not violations, describe_violations(violations)
    plan_meeting(page, "havn", "2025-01-15")
    page.fill("#new-item input[name=title]", "Havnepromenade og sjøfront")
    page.fill("#new-item textarea[name=text]", "Forslag til ny promenade langs kaia.")
    page.locator("#new-item button[type=submit]").click()
    headings = page.locator("article.sec-item h3").all_inner_texts()
    assert headings == ["Sak 01/25 Godkjenning av innkalling og saksliste",
                        "Sak 02/25 Godkjenning av referat fra forrige møte",
                        "Sak 03/25 Havnepromenade og sjøfront", "Sak 04/25 Eventuelt"]

    # the workspace passes the WCAG 2.1 AA checks (unique ids, labels, contrast …)
    violations = axe_violations(page)
    assert not violations, describe_violations(violations)

    # send the summons
    page.locator("#summons button[type=submit]").click()
    assert "2 mottakere" in page.locator(".messages").inner_text()
    assert sorted(m.to[0] for m in mail.outbox) == ["sigrid@example.no", "trond@example.no"]
    assert [name for name, _data, _mime in mail.outbox[0].attachments] == [
        "innkalling-havn-2025-01-15.pdf", "invitasjon.ics"]

    # write the minutes
    article = item_article(page, "Havnepromenade")
    article.locator("summary", has_text="Legg til vedtak").click()
    article.locator("textarea[name=text]").first.fill("Faggruppen støttet forslaget.")
    article.locator("button", has_text="Legg til vedtak").click()
    assert "Faggruppen støttet forslaget." in item_article(page, "Havnepromenade").inner_text()
    first = Meeting.objects.get(body=body, date="2025-01-15")
    assert first.status == "draft"

    # the next meeting approves the minutes, then they are published
    plan_meeting(page, "havn", "2025-04-09")
    approval = item_article(page, "Godkjenning av referat fra forrige møte")
    approval.locator("button", has_text="Referatet ble godkjent").click()
    assert "Referatet ble godkjent" in item_article(
        page, "Godkjenning av referat fra forrige møte").inner_text()
    first.refresh_from_db()
    assert (first.status, first.locked) == ("approved", True)

    page.goto(f"/secretariat/meetings/{first.pk}/")
    page.locator("#status button[type=submit]").click()
    assert "publisert" in page.locator(".messages").inner_text()

    # the public finds the published minutes
    page.locator("form.logout-form button").click()
    page.goto("/search?q=havnepromenade")
    hit = page.locator(f"main h3 a[href^='/meetings/{first.pk}/']")
    assert "Havnepromenade og sjøfront" in hit.first.inner_text()
    hit.first.click()
    assert "Faggruppen støttet forslaget." in page.locator("main").inner_text()
