"""A personal calendar feed of a body's whole meeting plan, for members and the secretariat.

Why personal: calendar programs subscribe without logging in, so the public feed
(web app) can only show published meetings. This feed's address carries a token, an
HMAC of the user, the body and the user's password hash: only that user gets it (on the
body page), it works for that body only, and it stops working when the user loses
their role, is deactivated or changes password. No table is needed.
"""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.db.models import Count
from django.http import HttpRequest
from django.urls import reverse
from django.utils.crypto import constant_time_compare, salted_hmac
from icalendar import Calendar

from motebok.archive.models import Meeting, Organization
from motebok.secretariat import invitation

SALT = "motebok.secretariat.calendar-feed"
TOKEN_LENGTH = 40


def feed_token(user, body: Organization) -> str:
    """The user's token for one body's feed."""
    message = f"{user.pk}:{body.pk}:{user.password}"
    return salted_hmac(SALT, message, algorithm="sha256").hexdigest()[:TOKEN_LENGTH]


def feed_path(user, body: Organization) -> str:
    """The feed's path for this user and body (shown on the body page)."""
    return reverse("secretariat:calendar", args=[body.slug, user.pk, feed_token(user, body)])


def user_for_token(user_id: int, body: Organization, token: str):
    """The active user the token was made for, or None when it does not match."""
    user = get_user_model().objects.filter(pk=user_id, is_active=True).first()
    if user is None or not constant_time_compare(token, feed_token(user, body)):
        return None
    return user


def body_calendar(request: HttpRequest, body: Organization) -> bytes:
    """Every dated meeting of the body, whatever its status, as a subscribable calendar."""
    calendar = Calendar()
    calendar.add("prodid", "-//motebok//secretariat//NO")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", body.name)
    meetings = (Meeting.objects.filter(body=body, date__isnull=False)
                .select_related("body").annotate(summons_sent=Count("summons_dispatches"))
                .order_by("date", "start", "pk"))
    for meeting in meetings:
        event = invitation.meeting_event(meeting)
        page = request.build_absolute_uri(reverse("secretariat:meeting", args=[meeting.pk]))
        if "url" not in event:
            event.add("url", page)
        calendar.add_component(event)
    calendar.add_missing_timezones()
    return calendar.to_ical()
