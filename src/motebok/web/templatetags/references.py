"""``{% case_links text item_id %}``: a text with its case references ("jf. sak 12/27")
linked to the items they name (``motebok.archive.references``).

The text stays as written; every piece of it is escaped by ``format_html`` and only the
links' markup is ours, so a title or text with ``<script>`` stays text.
"""

from __future__ import annotations

from django import template
from django.template.defaultfilters import linebreaks_filter
from django.utils.html import format_html
from django.utils.safestring import SafeString
from django.utils.translation import gettext

from motebok.archive.references import ItemLink, ReferenceIndex, find_references

register = template.Library()


def link_label(link: ItemLink) -> str:
    """What a link to an item says of it: "Item 12/27 Budsjett 2028"."""
    number = gettext("Item %(number)s") % {"number": link.number} if link.number else ""
    return " ".join(x for x in (number, link.title or "") if x)


def linked_text(text: str, item_id: int, index: ReferenceIndex | None) -> SafeString:
    """``text`` escaped, each reference to an item the viewer may see wrapped in a link;
    a reference to an item they may not see (or to none) stays plain text."""
    parts: list[object] = []
    pos = 0
    for ref in (find_references(text) if index is not None else []):
        link = index.link_for(item_id, ref)
        if link is None:
            continue
        parts.append(text[pos:ref.start])
        parts.append(format_html('<a class="case-ref" href="{}" title="{}">{}</a>',
                                 link.url(), link_label(link), ref.text))
        pos = ref.end
    parts.append(text[pos:])
    return format_html("{}" * len(parts), *parts)


@register.simple_tag(takes_context=True)
def case_links(context, text: str, item_id: int, paragraphs: bool = False) -> SafeString:
    """``text`` with its references linked (``references`` in the context), as
    paragraphs like ``|linebreaks`` when ``paragraphs``."""
    linked = linked_text(text or "", item_id, context.get("references"))
    return linebreaks_filter(linked) if paragraphs else linked


@register.simple_tag
def item_label(link: ItemLink) -> str:
    """The label of a back-link (escaped by the template)."""
    return link_label(link)
