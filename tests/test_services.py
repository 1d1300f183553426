"""The outside services the suite relies on, checked directly.

When PostgreSQL or chromium is missing these skip with the reason (locally) or fail
(CI, MOTEBOK_REQUIRE_SERVICES=1), so a missing service is visible at the top of a run
instead of hiding behind many skipped tests.
"""

from __future__ import annotations

import http.server
import os
import threading
from collections.abc import Iterator

import pytest

PAGE = "<!doctype html><html lang='nb'><title>Møteprøve</title><h1>Referat fra møtet</h1>"


@pytest.mark.needs_postgres
def test_postgres_has_norwegian_text_search_and_trigrams() -> None:
    """Search on PostgreSQL needs the `norwegian` stemmer and the pg_trgm extension."""
    import psycopg

    with psycopg.connect(os.environ["MOTEBOK_TEST_POSTGRES_URL"], connect_timeout=10) as conn:
        configs = conn.execute(
            "SELECT cfgname FROM pg_ts_config WHERE cfgname = 'norwegian'").fetchall()
        assert configs == [("norwegian",)]
        vector = conn.execute(
            "SELECT to_tsvector('norwegian', 'Møtene om kompetansestrategien')::text"
        ).fetchone()[0]
        assert vector == "'kompetansestrategi':3 'møt':1"

        # Installed inside a transaction that is rolled back: the server stays untouched.
        with conn.transaction(force_rollback=True):
            conn.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
            close, far = conn.execute(
                "SELECT similarity('Gunnhild Paulson', 'Gunhild Paulsen'),"
                " similarity('Gunnhild Paulson', 'Eystein Kleiven')").fetchone()
        assert close > 0.3 > far


class _PageHandler(http.server.BaseHTTPRequestHandler):
    """Serves one small Norwegian page for every GET."""

    def do_GET(self) -> None:
        body = PAGE.encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        """Keep the test output clean."""


@pytest.fixture
def loopback_url() -> Iterator[str]:
    """A throwaway HTTP server on 127.0.0.1 (port chosen by the OS)."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _PageHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


@pytest.mark.browser
def test_chromium_loads_a_loopback_page(loopback_url: str) -> None:
    """Debian chromium starts under Playwright and renders UTF-8 text from a local server."""
    from playwright.sync_api import sync_playwright

    from browser.chromium import launch_chromium

    with sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        try:
            page = browser.new_page()
            page.goto(loopback_url)
            assert page.title() == "Møteprøve"
            assert page.locator("h1").inner_text() == "Referat fra møtet"
        finally:
            browser.close()
