"""Login and logout; five failed attempts per username and address lock for 15 minutes."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse
from secretariat_world import PASSWORD, make_user

from motebok.secretariat import ratelimit


@pytest.fixture
def sindre(db):
    """A secretariat user who sometimes mistypes."""
    return make_user("sindre")


def attempt(client: Client, username: str, password: str, address: str = "10.0.0.1"):
    """One login POST from an address."""
    return client.post(reverse("login"), {"username": username, "password": password},
                       REMOTE_ADDR=address)


def test_login_page_and_successful_login(sindre):
    client = Client()
    assert client.get(reverse("login")).status_code == 200
    response = attempt(client, "sindre", PASSWORD)
    assert response.status_code == 302
    assert client.get(reverse("secretariat:dashboard")).status_code == 200


def test_five_failures_lock_the_username_from_that_address(sindre):
    client = Client()
    statuses = [attempt(client, "sindre", "feil").status_code for _ in range(5)]
    assert statuses == [200, 200, 200, 200, 429]
    locked = attempt(client, "sindre", PASSWORD)  # even the right password now
    assert locked.status_code == 429
    assert locked["Retry-After"] == str(15 * 60)
    assert "15" in locked.content.decode()
    assert "_auth_user_id" not in client.session


def test_the_lock_is_per_username_and_address(sindre):
    make_user("mari")
    client = Client()
    for _ in range(5):
        attempt(client, "sindre", "feil")
    assert attempt(client, "sindre", PASSWORD, address="10.0.0.2").status_code == 302
    assert attempt(Client(), "mari", PASSWORD).status_code == 302


def test_a_success_forgets_earlier_failures(sindre):
    client = Client()
    for _ in range(4):
        attempt(client, "sindre", "feil")
    assert attempt(client, "sindre", PASSWORD).status_code == 302
    assert ratelimit.failures("sindre", "10.0.0.1") == 0


def test_usernames_are_counted_case_insensitively(sindre):
    for name in ("sindre", "SINDRE", "Sindre", "sindre ", "sIndre"):
        attempt(Client(), name, "feil")
    assert ratelimit.is_locked("sindre", "10.0.0.1")


def test_logout_needs_a_post_with_csrf(sindre):
    client = Client(enforce_csrf_checks=True)
    client.force_login(sindre)
    assert client.get(reverse("logout")).status_code == 405
    assert client.post(reverse("logout")).status_code == 403  # no CSRF token
    assert "_auth_user_id" in client.session


def test_one_address_trying_many_accounts_is_stopped_too(sindre):
    for n in range(ratelimit.MAX_FAILURES_PER_ADDRESS):
        attempt(Client(), f"bruker{n}", "feil")  # a different username every time
    assert attempt(Client(), "sindre", PASSWORD).status_code == 429
    assert attempt(Client(), "sindre", PASSWORD, address="10.0.0.9").status_code == 302
