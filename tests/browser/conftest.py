"""Browser-test fixtures: a Playwright page on Debian chromium against the live server.

Every test module here sets ``pytestmark = pytest.mark.browser`` (skipped without
/usr/bin/chromium locally, mandatory in CI: see tests/conftest.py). Each test gets its
own Playwright and browser: the sync Playwright API keeps an asyncio loop running in the
test's thread, and while it runs Django refuses ORM calls from that thread
(SynchronousOnlyOperation). Starting and stopping Playwright per test confines that, and
DJANGO_ALLOW_ASYNC_UNSAFE, to browser tests.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest

from browser.chromium import assert_accessible as _assert_accessible
from browser.chromium import launch_chromium


@pytest.fixture
def chromium(monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    """A headless Debian chromium (Playwright Browser) for this test only."""
    from playwright.sync_api import sync_playwright

    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    with sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        try:
            yield browser
        finally:
            browser.close()


@pytest.fixture
def page(live_server: Any, chromium: Any) -> Iterator[Any]:
    """A chromium page whose relative URLs go to the live server, in Norwegian."""
    context = chromium.new_context(base_url=live_server.url, locale="nb-NO")
    context.set_default_timeout(15_000)
    try:
        yield context.new_page()
    finally:
        context.close()


@pytest.fixture
def assert_accessible() -> Callable[[Any], None]:
    """``assert_accessible(page)``: fail listing the page's WCAG 2.1 A/AA violations."""
    return _assert_accessible
