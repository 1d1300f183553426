"""Middleware of the web pages.

Django answers a request whose method a view does not take (a GET on a change address
that only takes POST: approve, publish, move …) with a bare, empty ``405``. A person who
follows such an address from a bookmark or the history should get a page of the site
that says what happened, in their language, with the way back; the JSON API writes its
own ``405`` replies (they have a body), so those are left as they are.
"""

from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse, HttpResponseNotAllowed
from django.shortcuts import render


def method_not_allowed_page(get_response: Callable[[HttpRequest], HttpResponse]
                            ) -> Callable[[HttpRequest], HttpResponse]:
    """Render ``405.html`` in place of Django's empty ``405`` (status and ``Allow`` kept)."""

    def middleware(request: HttpRequest) -> HttpResponse:
        response = get_response(request)
        if not isinstance(response, HttpResponseNotAllowed) or response.content:
            return response
        page = render(request, "405.html", {"allowed": response["Allow"]}, status=405)
        page["Allow"] = response["Allow"]
        return page

    return middleware
