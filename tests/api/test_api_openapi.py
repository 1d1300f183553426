"""The OpenAPI document describes every route under /api/ and nothing else."""

from __future__ import annotations

import re

import pytest
from django.urls import URLPattern, URLResolver, get_resolver

from api.helpers import get_json
from motebok.api import views
from motebok.api.openapi import openapi_document

PARAM = re.compile(r"<(?:\w+:)?(\w+)>")


def walk(patterns: list, prefix: str = ""):
    """(OpenAPI path template, URLPattern) for every route below ``patterns``."""
    for entry in patterns:
        route = prefix + str(entry.pattern)
        if isinstance(entry, URLResolver):
            yield from walk(entry.url_patterns, route)
        elif isinstance(entry, URLPattern):
            yield "/" + PARAM.sub(r"{\1}", route), entry


def api_routes() -> dict[str, URLPattern]:
    """Every documented-worthy API route (the JSON 404 catch-all is not one)."""
    return {path: entry for path, entry in walk(get_resolver().url_patterns)
            if path.startswith("/api/") and entry.callback is not views.not_found}


def test_resolver_finds_the_api_routes():
    assert "/api/v1/meetings/{meeting_id}/" in api_routes()


def test_every_route_is_documented_and_every_documented_path_exists():
    documented = set(openapi_document()["paths"])

    assert set(api_routes()) == documented


def test_path_parameters_match_the_route_converters():
    document = openapi_document()
    for path in api_routes():
        names = set(re.findall(r"{(\w+)}", path))
        operation = document["paths"][path]["get"]
        in_path = {p["name"] for p in operation["parameters"] if p["in"] == "path"}
        assert in_path == names, path


def test_every_reference_resolves():
    document = openapi_document()
    text = repr(document)
    for name in re.findall(r"#/components/schemas/(\w+)", text):
        assert name in document["components"]["schemas"], name


@pytest.mark.django_db
def test_served_document_is_openapi_3_1(client):
    data = get_json(client, "/api/v1/openapi.json")

    assert data["openapi"] == "3.1.0"
    assert set(data["paths"]) == set(api_routes())
    assert all(set(item) == {"get"} for item in data["paths"].values())


@pytest.mark.django_db
def test_documented_integer_query_parameters_are_validated(client):
    """Each documented integer filter is really read: junk in it is a 400 naming it."""
    document = openapi_document()
    checked = 0
    for path, item in document["paths"].items():
        if "{" in path:
            continue
        for parameter in item["get"]["parameters"]:
            if parameter["in"] == "query" and parameter["schema"]["type"] == "integer":
                name = parameter["name"]
                response = client.get(path, {name: "x", "q": "møte"})
                assert response.status_code == 400, (path, name)
                assert f"parameter '{name}'" in response.json()["error"]
                checked += 1
    assert checked >= 6
