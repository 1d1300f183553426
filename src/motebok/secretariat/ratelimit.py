"""A small cache-backed counter of failed logins per username and client address.

Why a counter in the cache: it needs no table, expires by itself, and Django's default
locmem cache (or any shared cache in production) is enough to slow down password
guessing against one account from one address.
"""

from __future__ import annotations

import hashlib

from django.core.cache import cache
from django.http import HttpRequest

MAX_FAILURES = 5
#: Failures from one address over all usernames: stops trying one password on many accounts.
MAX_FAILURES_PER_ADDRESS = 20
WINDOW_SECONDS = 15 * 60


def _key(username: str, address: str) -> str:
    """A cache key that does not leak the username into cache backends' key space."""
    digest = hashlib.sha256(f"{username.strip().casefold()}|{address}".encode()).hexdigest()
    return f"motebok:login-failures:{digest}"


def _address_key(address: str) -> str:
    """The cache key of all failures from one address."""
    digest = hashlib.sha256(address.encode()).hexdigest()
    return f"motebok:login-failures-from:{digest}"


def client_address(request: HttpRequest) -> str:
    """The address the request came from (no proxy headers: they can be forged)."""
    return request.META.get("REMOTE_ADDR", "") or "unknown"


def failures(username: str, address: str) -> int:
    """How many failed attempts are counted for this username and address right now."""
    return int(cache.get(_key(username, address), 0))


def is_locked(username: str, address: str) -> bool:
    """True once the failures in the current window reach either limit."""
    return (failures(username, address) >= MAX_FAILURES
            or int(cache.get(_address_key(address), 0)) >= MAX_FAILURES_PER_ADDRESS)


def record_failure(username: str, address: str) -> int:
    """Count one more failure (for the pair and for the address); returns the pair's count.

    The window starts with the first failure.
    """
    _count(_address_key(address))
    return _count(_key(username, address))


def _count(key: str) -> int:
    """Add one to a counter that expires WINDOW_SECONDS after it was started."""
    if cache.add(key, 1, WINDOW_SECONDS):
        return 1
    try:
        return cache.incr(key)
    except ValueError:  # expired between add() and incr()
        cache.set(key, 1, WINDOW_SECONDS)
        return 1


def reset(username: str, address: str) -> None:
    """Forget the failures after a successful login."""
    cache.delete(_key(username, address))
