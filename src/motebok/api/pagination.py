"""Page a queryset or list and build the ``next``/``previous`` links.

Links are absolute and keep every other query parameter, so a client can follow
``next`` until it is null without rebuilding filters itself.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from django.core.paginator import Paginator
from django.db.models import QuerySet
from django.http import HttpRequest

from motebok.api import params
from motebok.api.http import NotFound

PAGE_SIZE = 50


def page_url(request: HttpRequest, number: int) -> str:
    """The absolute URL of the current request with ``page`` replaced."""
    query = request.GET.copy()
    query["page"] = str(number)
    return request.build_absolute_uri(f"{request.path}?{query.urlencode()}")


def page_envelope(request: HttpRequest, number: int, pages: int, total: int,
                  results: list[Any]) -> dict[str, Any]:
    """The list body every paged endpoint returns."""
    return {
        "count": total,
        "page": number,
        "pages": pages,
        "next": page_url(request, number + 1) if number < pages else None,
        "previous": page_url(request, number - 1) if number > 1 else None,
        "results": results,
    }


def paginate(
    request: HttpRequest,
    rows: QuerySet | Sequence[Any],
    serialize: Callable[[Any], dict[str, Any]],
    page_size: int | None = None,
) -> dict[str, Any]:
    """One page of ``rows`` serialised; a page past the last one is a 404."""
    number = params.page(request.GET)
    paginator = Paginator(rows, page_size or PAGE_SIZE)
    if number > paginator.num_pages:
        raise NotFound(f"page {number} does not exist; the last page is {paginator.num_pages}")
    page = paginator.page(number)
    results = [serialize(row) for row in page.object_list]
    return page_envelope(request, number, paginator.num_pages, paginator.count, results)
