"""Atom feeds of published minutes: ``/feed.atom`` (every body) and
``/bodies/<slug>/feed.atom`` (one body), for feed readers that follow a body.

Built with Django's syndication framework. A feed is public: it is fetched without a
login and shared by address, so it lists what the public may see whoever asks —
``queries.published_minutes``, the public pages' own query (``visible_to`` an anonymous
reader), never a member's drafts or approved but unpublished minutes.

Each entry is one meeting: its title with the body and date, a link to its page,
``updated`` when its minutes were published (else the meeting's last change: imported
minutes are published without a time), the body as author, and a summary of its items'
numbers and titles and their decisions, escaped, never a document's HTML.
"""

from __future__ import annotations

from django.contrib.syndication.views import Feed
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.formats import date_format
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from motebok.archive.models import Organization
from motebok.web import queries


def entry_title(meeting) -> str:
    """"Sommermøte (Faggruppe for kulturarv, 2. juni 2025)": the meeting's title (else
    "Referat"; a title that only repeats the body's name is none), then the body (unless
    the title names it: "Møte i Regionrådet (3. mars 2025)") and the date in the reader's
    language, either left out when unknown.

    Plain text: an Atom title without a type is text, so the generator escapes it once
    and a reader shows ``<script>`` as written (Django's own default escapes titles a
    second time, for RSS readers that read them as HTML).
    """
    body = meeting.body_name
    own = meeting.title if meeting.title and meeting.title.casefold() != body.casefold() else ""
    title = own or _("Minutes")
    details = [part for part in ("" if body and body.casefold() in own.casefold() else body,
                                 date_format(meeting.date) if meeting.date else "") if part]
    if not details:
        return title
    return _("%(title)s (%(details)s)") % {"title": title, "details": ", ".join(details)}


def _item_line(item) -> SafeString:
    """One item of a summary: its number and title, and its decisions below, escaped."""
    if item.is_closed:  # (a feed is the public's: the neutral title, no decisions)
        return format_html("<li>{}</li>", " ".join(
            part for part in (item.number, item.public_title) if part))
    decisions = format_html_join("", "<li>{}: {}</li>", (
        (_("Decision"), decision.text) for decision in item.decisions.all()))
    heading = " ".join(part for part in (item.number, item.title) if part)
    if decisions:
        return format_html("<li>{}<ul>{}</ul></li>", heading, decisions)
    return format_html("<li>{}</li>", heading)


def entry_summary(meeting) -> SafeString:
    """The meeting's items (number and title) with their decisions, as a small HTML list
    of escaped text: the record's words, never markup from the source document."""
    items = [_item_line(item) for item in meeting.items.all()]
    if not items:
        return format_html("<p>{}</p>", _("The minutes have no items."))
    return format_html("<ul>{}</ul>", SafeString("".join(items)))


class MinutesFeed(Feed):
    """The newest published minutes of every body; ``BodyMinutesFeed`` narrows it."""

    feed_type = Atom1Feed

    def title(self, obj) -> str:
        """The feed's name in the reader's language."""
        return _("Minutes from all bodies")

    def subtitle(self, obj) -> str:
        """What the feed holds."""
        return _("The newest published minutes, with their items and decisions.")

    def link(self, obj) -> str:
        """The page the feed stands for: the front page."""
        return reverse("web:home")

    def author_name(self, obj) -> str:
        """The feed's author, for entries without a body (a restored record's)."""
        return pgettext("site name", "Motebok")

    def items(self, obj) -> list:
        """The newest published meetings with their items and decisions (three queries)."""
        return queries.published_minutes()

    def item_title(self, meeting) -> str:
        """See ``entry_title``."""
        return entry_title(meeting)

    def item_description(self, meeting) -> SafeString:
        """See ``entry_summary`` (Atom's ``summary``, type html)."""
        return entry_summary(meeting)

    def item_link(self, meeting) -> str:
        """The meeting's page (also the entry's id: it never changes)."""
        return reverse("web:meeting", args=[meeting.id])

    def item_pubdate(self, meeting):
        """When the minutes were published, when the archive knows."""
        return meeting.published_at

    def item_updateddate(self, meeting):
        """When the minutes were published, else the meeting's last change."""
        return meeting.published_at or meeting.updated_at

    def item_author_name(self, meeting) -> str | None:
        """The body whose minutes these are."""
        return meeting.body_name or None


class BodyMinutesFeed(MinutesFeed):
    """The newest published minutes of one body (its own meetings, as its page lists);
    an unknown body is a 404."""

    def get_object(self, request, slug: str) -> Organization:
        """The body the address names."""
        return get_object_or_404(Organization, slug=slug)

    def title(self, body: Organization) -> str:
        """"Referater fra <body>"."""
        return _("Minutes of %(body)s") % {"body": body.name}

    def link(self, body: Organization) -> str:
        """The body's page."""
        return reverse("web:body", args=[body.slug])

    def author_name(self, body: Organization) -> str:
        """The body."""
        return body.name

    def items(self, body: Organization) -> list:
        """The body's newest published meetings (three queries)."""
        return queries.published_minutes(body)
