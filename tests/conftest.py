"""Suite-wide pytest set-up: service gates and shared fixtures.

Markers:
- ``postgres``: the test is database-generic and is run a second time on PostgreSQL
  (``DATABASE_URL=$MOTEBOK_TEST_POSTGRES_URL pytest -m postgres``, see scripts/test.sh).
- ``needs_postgres``: the test talks to the server named by MOTEBOK_TEST_POSTGRES_URL.
- ``browser``: the test drives Debian's chromium.
Where a needed service is missing the test skips with the reason; with
``MOTEBOK_REQUIRE_SERVICES=1`` (set by ``.ci/run``) that is a failure instead.
"""

from __future__ import annotations

import os
import shutil

import pytest

REQUIRE_SERVICES = os.environ.get("MOTEBOK_REQUIRE_SERVICES") == "1"
CHROMIUM = "/usr/bin/chromium"


def _missing_service(item: pytest.Item) -> str | None:
    """Why a marked test cannot run here, or None when its service is present."""
    if item.get_closest_marker("browser") and not shutil.which(CHROMIUM):
        return f"browser test: Debian chromium not found at {CHROMIUM}"
    needs_postgres = item.get_closest_marker("needs_postgres")
    if needs_postgres and not os.environ.get("MOTEBOK_TEST_POSTGRES_URL"):
        return "PostgreSQL test: MOTEBOK_TEST_POSTGRES_URL is not set"
    return None


def pytest_runtest_setup(item: pytest.Item) -> None:
    """Skip (locally) or fail (CI) a test whose service is missing."""
    reason = _missing_service(item)
    if reason is None:
        return
    if REQUIRE_SERVICES:
        pytest.fail(f"{reason} (MOTEBOK_REQUIRE_SERVICES=1 makes this mandatory)")
    pytest.skip(reason)
