"""Debian chromium under Playwright, and the axe-core accessibility check.

Shared by tests/browser/conftest.py and tests/test_services.py. Playwright never
downloads a browser here: it drives the Debian package at /usr/bin/chromium.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

CHROMIUM = "/usr/bin/chromium"

# Flags that keep chromium quiet on a machine without a network: without the
# background-networking ones it keeps trying (and failing) to reach Google's hosts.
# Playwright.launch() gives every browser a fresh temporary --user-data-dir itself.
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",  # CI runs as root, where chromium's sandbox cannot start
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

# The axe-core rule tags that make up WCAG 2.1 level A and AA.
WCAG21_AA_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def launch_chromium(playwright: Any) -> Any:
    """A headless Debian chromium Browser from a started sync Playwright."""
    return playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS,
                                      headless=True)


def axe_violations(page: Any, tags: Iterable[str] = WCAG21_AA_TAGS) -> list[dict[str, Any]]:
    """Run axe-core (bundled by axe-playwright-python, no network) in the page."""
    from axe_playwright_python.sync_playwright import Axe

    options = {"runOnly": {"type": "tag", "values": list(tags)},
               "resultTypes": ["violations"]}
    return Axe().run(page, options=options).response["violations"]


def describe_violations(violations: list[dict[str, Any]]) -> str:
    """One line per violated rule and up to three offending elements under it."""
    lines = []
    for violation in violations:
        nodes = violation.get("nodes", [])
        lines.append(f"- {violation['id']} ({violation.get('impact')}): "
                     f"{violation.get('help')} [{len(nodes)} element(s)]")
        for node in nodes[:3]:
            target = ", ".join(str(t) for t in node.get("target", []))
            summary = [part.strip() for part in node.get("failureSummary", "").splitlines()]
            lines.append(f"    {target}: {' '.join(summary[1:3])}")
    return "\n".join(lines)


def assert_accessible(page: Any, tags: Iterable[str] = WCAG21_AA_TAGS) -> None:
    """Fail the test with every WCAG 2.1 A/AA violation axe finds on the current page."""
    violations = axe_violations(page, tags)
    if violations:
        raise AssertionError(f"{page.url} has {len(violations)} accessibility violation(s) "
                             f"(axe-core, WCAG 2.1 A/AA):\n{describe_violations(violations)}")
