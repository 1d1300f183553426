"""A small archive for the API tests: two bodies, published and draft minutes, people.

The world is built in code so each test reads like an example: "Faggruppe kultur"
has a published and a draft meeting; "Helseutvalget" one published meeting. The
personas are the five whose view differs: anonymous, a member of another body, a
member, the secretariat and an administrator.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from django.contrib.auth.models import User
from django.test import Client

from api.helpers import TODAY, World, make_action, make_body, make_item, make_meeting, make_person
from motebok import vocab
from motebok.archive.models import (
    BodyAccess,
    Decision,
    Membership,
    Organization,
    Participation,
)


@pytest.fixture
def world(db) -> World:
    """Two bodies, three meetings (one a draft), people, memberships and actions."""
    kultur = make_body("Faggruppe kultur", "faggruppe-kultur", aliases=["Kulturgruppa"])
    helse = make_body("Helseutvalget", "helseutvalget")
    ingrid = make_person("Ingrid Solbakken")
    torstein = make_person("Torstein Lyngmo")
    draft_only = make_person("Vilde Haugrud")
    nordby = Organization.objects.create(name="Nordby kommune", slug="nordby-kommune",
                                         kind=vocab.OrganizationKind.MUNICIPALITY,
                                         numbering="per_year")
    Membership.objects.create(person=ingrid, body=kultur, role=vocab.MembershipRole.LEADER,
                              representing=nordby)
    Membership.objects.create(person=torstein, body=helse, role=vocab.MembershipRole.MEMBER)

    published = make_meeting(kultur, dt.date(2024, 11, 5), vocab.MeetingStatus.PUBLISHED,
                             "Referat fra møte i faggruppe kultur")
    draft = make_meeting(kultur, dt.date(2025, 2, 3), vocab.MeetingStatus.DRAFT,
                         "Utkast til referat, faggruppe kultur")
    helse_meeting = make_meeting(helse, dt.date(2023, 6, 14), vocab.MeetingStatus.PUBLISHED,
                                 "Protokoll fra Helseutvalget")
    for meeting, person in ((published, ingrid), (draft, draft_only), (helse_meeting, torstein)):
        Participation.objects.create(meeting=meeting, person=person, organization_text="Nordby",
                                     role=vocab.ParticipantRole.CHAIR,
                                     attendance=vocab.Attendance.PRESENT, order=0)

    plan = make_item(published, "14/24", "Kulturplan", "Utkast til kulturplan ble lagt fram.", 0)
    Decision.objects.create(item=plan, text="Faggruppen sluttet seg til utkastet.", order=0)
    overdue = make_action(plan, "Sende ut høringsutkastet", dt.date(2024, 12, 1),
                          vocab.ActionStatus.OPEN, responsible_text="Sekretariatet")
    future = make_action(plan, "Invitere museene", dt.date(2025, 6, 1),
                         vocab.ActionStatus.OPEN, person=ingrid)
    done = make_action(plan, "Bestille lokale", dt.date(2024, 11, 20),
                       vocab.ActionStatus.DONE, person=ingrid)
    secret = make_item(draft, "02/25", "Hemmelig budsjettsak", "Tallene er ikke klare.", 0)
    draft_action = make_action(secret, "Regne på budsjettet", dt.date(2025, 1, 1),
                               vocab.ActionStatus.OPEN, person=draft_only)
    return World(kultur, helse, published, draft, helse_meeting, ingrid, draft_only,
                 overdue, done, future, draft_action)


def _user(username: str, **fields: Any) -> User:
    """A user account; no password, since tests log in with ``force_login`` (and hashing
    one costs half a second)."""
    return User.objects.create(username=username, **fields)


@pytest.fixture
def personas(world: World) -> dict[str, Client]:
    """A logged-in (or anonymous) client for each persona, by name."""
    outsider = _user("outsider")
    BodyAccess.objects.create(user=outsider, body=world.helse, role=vocab.AccessRole.MEMBER)
    member = _user("member")
    BodyAccess.objects.create(user=member, body=world.kultur, role=vocab.AccessRole.MEMBER)
    secretariat = _user("secretariat")
    BodyAccess.objects.create(user=secretariat, body=world.kultur,
                              role=vocab.AccessRole.SECRETARIAT)
    admin = _user("admin", is_staff=True, is_superuser=True)
    clients = {"anonymous": Client()}
    for user in (outsider, member, secretariat, admin):
        client = Client()
        client.force_login(user)
        clients[user.username] = client
    return clients


@pytest.fixture
def frozen_today(monkeypatch) -> dt.date:
    """Fix 'today' for overdue logic so the story's dates stay meaningful."""
    monkeypatch.setattr("django.utils.timezone.localdate", lambda *a, **k: TODAY)
    return TODAY
