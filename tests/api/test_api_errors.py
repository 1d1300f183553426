"""Errors are JSON: 404 for unknown paths, 405 for writes; and the index links."""

from __future__ import annotations

import pytest
from django.test import Client

from api.helpers import get_json

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]


def test_index_links_every_collection(client):
    data = get_json(client, "/api/v1/")

    assert data["meetings"] == "http://testserver/api/v1/meetings/"
    assert data["bodies"] == "http://testserver/api/v1/bodies/"
    assert data["actions"] == "http://testserver/api/v1/actions/"
    assert data["search"] == "http://testserver/api/v1/search"
    assert data["documentation"] == "http://testserver/api/v1/openapi.json"


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete", "options"])
def test_writes_are_405_with_allow_header(client, world, method):
    response = getattr(client, method)(f"/api/v1/meetings/{world.published.pk}/")

    assert response.status_code == 405
    assert response["Allow"] == "GET, HEAD"
    assert response.json() == {
        "error": f"method {method.upper()} is not allowed; this API is read-only"}


@pytest.mark.parametrize("method", ["post", "delete"])
def test_writes_are_405_also_where_csrf_is_checked(world, method):
    # A real client (curl) sends no CSRF token: the 405 must not become Django's
    # HTML 403 page of a failed CSRF check.
    client = Client(enforce_csrf_checks=True)
    response = getattr(client, method)(f"/api/v1/meetings/{world.published.pk}/")

    assert response.status_code == 405
    assert response["Allow"] == "GET, HEAD"
    assert response["Content-Type"] == "application/json"


def test_head_is_allowed(client, world):
    assert client.head("/api/v1/meetings/").status_code == 200


def test_unknown_path_is_json_404(client):
    data = get_json(client, "/api/v1/nothing-here/", status=404)

    assert data == {"error": "no API endpoint at /api/v1/nothing-here/"}


def test_missing_slash_gets_a_hint(client):
    data = get_json(client, "/api/v1/meetings", status=404)

    assert data == {"error": "no API endpoint at /api/v1/meetings; did you mean /api/v1/meetings/?"}


def test_a_server_error_is_json_too(client, world, monkeypatch, caplog):
    from motebok.api import serialize

    def broken(*args, **kwargs):
        raise RuntimeError("a bug")

    monkeypatch.setattr(serialize, "meeting_summary", broken)
    data = get_json(client, "/api/v1/meetings/", status=500)
    assert data == {"error": "internal server error"}
    assert "a bug" in caplog.text  # still reported like any server error
