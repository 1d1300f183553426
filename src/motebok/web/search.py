"""The search page's bridge to ``motebok.search``: form values in, a page of hits out."""

from __future__ import annotations

from motebok.search import SearchPage, search

RESULTS_PER_PAGE = 20


def run_search(user, form) -> SearchPage | None:
    """Search with the cleaned form values; None when there is no query text yet.

    Filters are passed as ids/slugs the search service understands; visibility is
    decided there from ``user`` (drafts only for people with a role on the body).
    """
    data = form.cleaned_data
    query = (data.get("q") or "").strip()
    if not query:
        return None
    body = data.get("body")
    person = data.get("person")
    return search(query, user=user, body=body.slug if body else None, year=data.get("year"),
                  person=person.id if person else None, kind=data.get("kind") or None,
                  page=data.get("page") or 1, per_page=RESULTS_PER_PAGE)
