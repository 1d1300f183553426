"""What the secretariat writes stays invisible to the public until it is published.

Checked across the whole site, not only the secretariat's pages: the public meeting
page, the API, web and API search, the action list and the body's calendar feed.
"""

from __future__ import annotations

import datetime as dt

import pytest
from django.test import Client
from django.urls import reverse
from secretariat_world import client_for, plan

from motebok.archive.models import Action, Meeting
from motebok.secretariat import agenda, minutes

pytestmark = pytest.mark.postgres

SECRET = "Havneplan for Kvalvika"


@pytest.fixture
def draft(world) -> Meeting:
    """A meeting with a written (draft) item and an open action on it."""
    secretary = world.users["secretariat"]
    meeting = plan(world.body, dt.date(2025, 3, 12), secretary)
    item = agenda.add_item(meeting, SECRET, "Utkast som ikke er offentlig ennå.", secretary)
    Action.objects.create(item=item, text="Kvalvika: kontakte grunneierne", status="open",
                          order=1)
    minutes.start_minutes(meeting)
    minutes.announce(meeting)
    return meeting


def public_views(meeting: Meeting, slug: str) -> dict[str, str]:
    """Every public place where the meeting could show up."""
    return {
        "page": reverse("web:meeting", args=[meeting.pk]),
        "api": reverse("api:meeting", args=[meeting.pk]),
        "search": reverse("web:search") + "?q=Kvalvika",
        "api-search": reverse("api:search") + "?q=Kvalvika",
        "actions": reverse("web:actions"),
        "calendar": reverse("web:body_calendar", args=[slug]),
        "minutes-json": reverse("secretariat:minutes_json", args=[meeting.pk]),
        "minutes-pdf": reverse("secretariat:document", args=[meeting.pk, "minutes", "docx"]),
    }


def leaks(client: Client, meeting: Meeting, slug: str) -> dict[str, int]:
    """Status of each public view, for those that answer 200 and mention the draft.

    The search query ("Kvalvika") is echoed by the search page, so a leak is the item's
    title or the action's text, or the meeting's calendar UID.
    """
    found = {}
    for name, target in public_views(meeting, slug).items():
        response = client.get(target)
        body = response.content if response.status_code == 200 else b""
        mentions = b"Havneplan" in body or b"grunneierne" in body
        if mentions or (name == "calendar" and b"meeting-%d@" % meeting.pk in body) \
                or (name.startswith("minutes") and response.status_code == 200):
            found[name] = response.status_code
    return found


def test_drafts_appear_nowhere_for_the_public_and_everywhere_once_published(world, draft):
    slug = world.body.slug
    for persona in ("anonymous", "outsider"):
        assert leaks(client_for(world, persona), draft, slug) == {}, persona
    for name in ("page", "api", "minutes-json"):
        assert Client().get(public_views(draft, slug)[name]).status_code == 404, name
    seen_by_member = leaks(client_for(world, "member"), draft, slug)
    assert {"page", "search", "calendar", "minutes-json"} <= set(seen_by_member)

    minutes.approve(draft, world.users["secretariat"])
    minutes.publish(Meeting.objects.get(pk=draft.pk), world.users["secretariat"])
    seen_by_public = leaks(Client(), draft, slug)
    assert {"page", "api", "search", "api-search", "actions", "calendar",
            "minutes-json", "minutes-pdf"} <= set(seen_by_public)


@pytest.fixture
def group_draft(world):
    """A working group of the body, with a draft meeting in it (the item and the action
    as in ``draft``) and a member read from that draft only."""
    from motebok.archive.models import Membership, Organization, Participation
    from motebok.secretariat.people import person_named
    from motebok.vocab import OrganizationKind

    group = Organization.objects.create(name="Arbeidsgruppe for vintertilbud",
                                        slug="vintertilbud", parent=world.body,
                                        kind=OrganizationKind.WORKING_GROUP.value)
    secretary = world.users["secretariat"]
    meeting = plan(group, dt.date(2025, 3, 12), secretary)
    item = agenda.add_item(meeting, SECRET, "Utkast som ikke er offentlig ennå.", secretary)
    Action.objects.create(item=item, text="Kvalvika: kontakte grunneierne", status="open",
                          order=1)
    minutes.start_minutes(meeting)
    minutes.announce(meeting)
    hidden = person_named("Hemmelig Deltaker")
    Participation.objects.create(meeting=meeting, person=hidden, order=1)
    Membership.objects.create(person=hidden, body=group, from_minutes=True)
    return meeting


@pytest.mark.parametrize("persona", ["anonymous", "outsider", "member", "secretariat",
                                     "admin"])
def test_a_working_group_s_drafts_are_seen_by_whoever_works_on_them_there(
        world, group_draft, persona):
    """The secretariat's rule (a role on a body covers its working groups) and the rule
    of the public pages, API, search and calendar are one rule: whoever may open the
    group's draft in the secretariat sees it everywhere, and nobody else does."""
    from motebok.secretariat.access import Role, role_for

    client = client_for(world, persona)
    user = world.users.get(persona)
    works_there = role_for(user, group_draft.body) != Role.NONE
    assert works_there == (persona in ("member", "secretariat", "admin"))
    workspace = client.get(reverse("secretariat:meeting", args=[group_draft.pk]))
    assert (workspace.status_code == 200) == works_there
    seen = leaks(client, group_draft, group_draft.body.slug)
    everywhere = {"page", "api", "search", "api-search", "actions", "calendar",
                  "minutes-json", "minutes-pdf"}
    assert seen == ({name: 200 for name in everywhere} if works_there else {}), seen
    # the member read from the draft alone is known exactly as far as the draft is
    person = reverse("api:body", args=[group_draft.body.slug])
    members = client.get(person).json()
    assert ("Hemmelig Deltaker" in str(members)) == works_there
