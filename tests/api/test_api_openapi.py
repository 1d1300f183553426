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


@pytest.mark.django_db
def test_documented_integer_bounds_are_the_ones_enforced(client):
    """A value the document allows is never a 400, one below its minimum always is."""
    document = openapi_document()
    for path, item in document["paths"].items():
        if "{" in path:
            continue
        for parameter in item["get"]["parameters"]:
            schema = parameter["schema"]
            if parameter["in"] != "query" or schema["type"] != "integer":
                continue
            name, lowest = parameter["name"], schema.get("minimum", -5)
            allowed = client.get(path, {name: lowest, "q": "møte"})
            assert allowed.status_code in (200, 404), (path, name, allowed.json())
            below = client.get(path, {name: lowest - 1, "q": "møte"})
            if "minimum" in schema:
                assert below.status_code == 400, (path, name)
            else:
                assert below.status_code in (200, 404), (path, name, below.json())


JSON_TYPES = {"object": dict, "array": list, "string": str, "integer": int,
              "boolean": bool, "null": type(None)}


def schema_errors(value, schema: dict, schemas: dict, where: str = "$") -> list[str]:
    """Where ``value`` breaks ``schema`` (the OpenAPI 3.1 keywords the document uses):
    types, required keys, undocumented keys, enums, consts, arrays, refs, allOf/oneOf."""
    if "$ref" in schema:
        return schema_errors(value, schemas[schema["$ref"].rsplit("/", 1)[-1]], schemas, where)
    if "allOf" in schema:
        merged: dict = {"type": "object", "properties": {}, "required": []}
        for part in schema["allOf"]:
            part = schemas[part["$ref"].rsplit("/", 1)[-1]] if "$ref" in part else part
            merged["properties"].update(part.get("properties", {}))
            merged["required"] += part.get("required", [])
        return schema_errors(value, merged, schemas, where)
    if "oneOf" in schema:
        passing = [s for s in schema["oneOf"] if not schema_errors(value, s, schemas, where)]
        return [] if len(passing) == 1 else [f"{where}: {value!r} matches {len(passing)} of oneOf"]
    errors = []
    types = schema.get("type")
    if types is not None:
        types = [types] if isinstance(types, str) else types
        if not any(isinstance(value, JSON_TYPES[t]) and not (t == "integer"
                   and isinstance(value, bool)) for t in types):
            return [f"{where}: {value!r} is not {'/'.join(types)}"]
    if "const" in schema and value != schema["const"]:
        errors.append(f"{where}: {value!r} is not {schema['const']!r}")
    if "enum" in schema and value not in schema["enum"]:
        errors.append(f"{where}: {value!r} is not one of {schema['enum']}")
    if isinstance(value, dict) and "properties" in schema:
        for key in schema.get("required", []):
            if key not in value:
                errors.append(f"{where}: {key!r} is missing")
        for key, item in value.items():
            if key in schema["properties"]:
                errors += schema_errors(item, schema["properties"][key], schemas,
                                        f"{where}.{key}")
            elif "additionalProperties" not in schema:
                errors.append(f"{where}: {key!r} is not documented")
    if isinstance(value, dict) and isinstance(schema.get("additionalProperties"), dict):
        for key, item in value.items():
            errors += schema_errors(item, schema["additionalProperties"], schemas,
                                    f"{where}.{key}")
    if isinstance(value, list) and "items" in schema:
        for n, item in enumerate(value):
            errors += schema_errors(item, schema["items"], schemas, f"{where}[{n}]")
    return errors


@pytest.mark.django_db
def test_every_answer_matches_its_documented_schema(personas, world, frozen_today):
    """The document is checked against what the API really says, for every route and
    every status code it documents, as the administrator (who sees the most)."""
    from motebok.search import rebuild

    rebuild()
    document = openapi_document()
    schemas = document["components"]["schemas"]
    pk = world.published.pk
    urls = {
        "/api/v1/": "/api/v1/", "/api/v1/openapi.json": "/api/v1/openapi.json",
        "/api/v1/meetings/": "/api/v1/meetings/",
        "/api/v1/meetings/{meeting_id}/": f"/api/v1/meetings/{pk}/",
        "/api/v1/bodies/": "/api/v1/bodies/",
        "/api/v1/bodies/{slug}/": "/api/v1/bodies/faggruppe-kultur/",
        "/api/v1/people/": "/api/v1/people/",
        "/api/v1/people/{person_id}/": f"/api/v1/people/{world.ingrid.pk}/",
        "/api/v1/people/{person_id}/meetings/": f"/api/v1/people/{world.ingrid.pk}/meetings/",
        "/api/v1/actions/": "/api/v1/actions/",
        "/api/v1/search": "/api/v1/search?q=kulturplan",
    }
    assert set(urls) == set(document["paths"])
    client = personas["admin"]
    errors = []
    for path, url in urls.items():
        responses = document["paths"][path]["get"]["responses"]
        data = get_json(client, url)
        assert data.get("results", True), url  # a list with something in it to check
        errors += schema_errors(data, responses["200"]["content"]["application/json"]
                                ["schema"], schemas, url)
        broken = (url.replace("/v1/", "/v1/x/", 1) if "{" not in path
                  else url.replace(str(pk), "999999").replace("faggruppe-kultur", "x")
                  .replace(str(world.ingrid.pk), "999999"))
        for status, bad in (("404", broken), ("400", url + ("&" if "?" in url else "?")
                                               + "page=x")):
            response = client.get(bad)
            if response.status_code == int(status):
                errors += schema_errors(response.json(), responses[status]["content"]
                                        ["application/json"]["schema"], schemas, bad)
    assert errors == []
