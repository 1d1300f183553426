"""``{% page_query %}``: the page links of a list paged under its own query parameter.

``{% querystring page=n %}`` names the parameter in the template; a page with two paged
lists (the person page: meetings and actions) pages each under its own name, so the
shared pagination include takes the name as a value.
"""

from __future__ import annotations

from django import template

register = template.Library()


@register.simple_tag(takes_context=True)
def page_query(context, number: int, param: str = "") -> str:
    """The current query string with ``param`` (default "page") set to ``number``, the
    other parameters (filters, the other list's page) kept."""
    params = context.request.GET.copy()
    params[param or "page"] = number
    return f"?{params.urlencode()}"
