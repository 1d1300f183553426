"""JSON responses and the one decorator every API view goes through.

Clients of a JSON API must never receive an HTML error page, so every failure a view
can meet (bad parameter, unknown object, wrong method, and a bug: 500) leaves through
``error()`` as ``{"error": "..."}`` with the right status code.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.views.decorators.csrf import csrf_exempt

ALLOWED_METHODS = ("GET", "HEAD")
#: Django's own logger of failed requests: a server error is reported (mailed to the
#: admins, logged) as for any page, while the client still gets JSON.
logger = logging.getLogger("django.request")

View = Callable[..., HttpResponse]


class ApiError(Exception):
    """A request the API refuses; carries the status code and a one-line message."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


class BadParameter(ApiError):
    """A query parameter that cannot be used (400)."""

    def __init__(self, message: str) -> None:
        super().__init__(400, message)


class NotFound(ApiError):
    """An unknown object, or one the user may not see (always 404, never 403)."""

    def __init__(self, message: str) -> None:
        super().__init__(404, message)


def ok(data: Any, status: int = 200) -> JsonResponse:
    """A JSON body with æøå kept as characters (readable with curl)."""
    return JsonResponse(data, status=status, safe=isinstance(data, dict),
                        json_dumps_params={"ensure_ascii": False})


def error(status: int, message: str) -> JsonResponse:
    """The one error shape of the API: ``{"error": "..."}``."""
    response = ok({"error": message}, status=status)
    if status == 405:
        response["Allow"] = ", ".join(ALLOWED_METHODS)
    return response


def api_view(view: View) -> View:
    """Make a function view read-only and turn every refusal into a JSON error.

    Drafts must answer exactly like missing objects, so ``Http404`` (raised by
    ``get_object_or_404`` on a ``visible_to`` queryset) becomes the same 404 body.
    Exempt from the CSRF check: it would answer a write with its HTML 403 page before
    the view could say 405, and a view that only reads has nothing to protect.
    """

    @csrf_exempt
    @functools.wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if request.method not in ALLOWED_METHODS:
            return error(405, f"method {request.method} is not allowed; this API is read-only")
        try:
            return view(request, *args, **kwargs)
        except ApiError as exc:
            return error(exc.status, exc.message)
        except Http404:
            return error(404, "not found")
        except Exception:
            if settings.DEBUG:
                raise  # the debug page with the traceback, while developing
            logger.exception("Internal Server Error: %s", request.path,
                             extra={"status_code": 500, "request": request})
            return error(500, "internal server error")

    return wrapper
