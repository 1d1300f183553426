"""Helpers and a small invented world for the secretariat tests: two bodies and five personas.

Personas: anonymous (no login), outsider (member of another body), member and
secretariat (BodyAccess rows on "Faggruppe for reiseliv"), admin (superuser).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.db import models, transaction
from django.test import Client, override_settings

from motebok.archive.models import BodyAccess, Meeting, Membership, Organization
from motebok.secretariat import planning
from motebok.secretariat.people import person_named
from motebok.vocab import AccessRole, MembershipRole, OrganizationKind

PERSONAS = ("anonymous", "outsider", "member", "secretariat", "admin")
PASSWORD = "Hemmelig-passord-42"
FAST_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]  # tests only


@pytest.fixture(autouse=True)
def _isolated(settings, tmp_path):
    """Uploads go to a temporary MEDIA_ROOT, mail stays in memory, counters start at zero."""
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    settings.LANGUAGE_CODE = "nb"
    settings.PASSWORD_HASHERS = FAST_HASHERS
    cache.clear()
    yield
    cache.clear()


def make_body(name: str, slug: str, numbering: str = "per_year", **extra) -> Organization:
    """A body (faggruppe, utvalg …)."""
    return Organization.objects.create(name=name, slug=slug, kind=OrganizationKind.BODY.value,
                                       numbering=numbering, **extra)


def make_user(username: str, *, email: str = "", superuser: bool = False):
    """A user account with the shared test password."""
    model = get_user_model()
    if superuser:
        return model.objects.create_superuser(username, email or f"{username}@example.no",
                                              PASSWORD)
    return model.objects.create_user(username, email or f"{username}@example.no", PASSWORD)


def plan(body: Organization, day: dt.date, user=None, **fields) -> Meeting:
    """A planned meeting with its standard items, as the secretariat creates it."""
    return planning.plan_meeting(body, day, planning.MeetingPlan(**fields), user)


@dataclass
class World:
    """The bodies and users the tests share."""

    body: Organization
    other: Organization
    users: dict


@pytest.fixture
def world(db) -> World:
    """Two bodies; a member and a secretariat user on the first, an outsider on the second.

    Not for test modules that use ``scene``: that one already holds the same world.
    """
    return build_world()


def build_world() -> World:
    """The rows of ``world``."""
    body = make_body("Faggruppe for reiseliv", "reiseliv", mandate="Samordne reiselivet.")
    other = make_body("Utvalg for samferdsel", "samferdsel")
    users = {
        "outsider": make_user("oda"),
        "member": make_user("mari"),
        "secretariat": make_user("sindre"),
        "admin": make_user("admin", superuser=True),
    }
    BodyAccess.objects.create(user=users["outsider"], body=other, role=AccessRole.MEMBER.value)
    BodyAccess.objects.create(user=users["member"], body=body, role=AccessRole.MEMBER.value)
    BodyAccess.objects.create(user=users["secretariat"], body=body,
                              role=AccessRole.SECRETARIAT.value)
    leader = person_named("Kari Fjellstad", "kari@example.no")
    Membership.objects.create(person=leader, body=body, role=MembershipRole.LEADER.value)
    member_person = person_named("Mari Nordby")
    member_person.user = users["member"]
    member_person.save()
    Membership.objects.create(person=member_person, body=body, role=MembershipRole.MEMBER.value)
    return World(body=body, other=other, users=users)


def client_for(world: World, persona: str) -> Client:
    """A test client logged in as the persona (anonymous: not logged in)."""
    client = Client()
    if persona != "anonymous":
        client.force_login(world.users[persona])
    return client


@dataclass
class Scene:
    """A body's meetings in every state, with files and an open action."""

    world: World
    previous: Meeting
    current: Meeting
    approved: Meeting
    published: Meeting
    internal_file: object
    public_file: object
    hidden_file_of_published: object
    action: object
    comment_item: object
    decision: object
    version: object
    membership: object
    group: Organization


def set_status(meeting: Meeting, status: str, locked: bool = False) -> Meeting:
    """Put a meeting straight into a state (tests of access, not of the workflow)."""
    Meeting.objects.filter(pk=meeting.pk).update(status=status, locked=locked)
    meeting.refresh_from_db()
    return meeting


def upload(meeting: Meeting, title: str, published: bool, content: bytes = b"slides"):
    """An attachment stored under MEDIA_ROOT."""
    from django.core.files.base import ContentFile

    from motebok.secretariat.models import Attachment

    attachment = Attachment(meeting=meeting, title=title, published=published)
    attachment.file.save(f"{title}.pdf", ContentFile(content), save=False)
    attachment.save()
    return attachment


def build_scene(world: World) -> Scene:
    """Meetings of "Faggruppe for reiseliv" in the four states, built as the secretariat would."""
    from motebok.archive.models import Action, Decision
    from motebok.secretariat import agenda
    from motebok.secretariat.models import MinutesVersion

    body, secretary = world.body, world.users["secretariat"]
    published = set_status(plan(body, dt.date(2024, 6, 5), secretary),
                           "published", locked=True)
    approved = set_status(plan(body, dt.date(2024, 10, 2), secretary), "approved", locked=True)
    previous = set_status(plan(body, dt.date(2025, 1, 15), secretary), "draft")
    item = agenda.add_item(previous, "Sommerkampanje for kysten", "Utkast til kampanje.",
                           secretary)
    action = Action.objects.create(item=item, text="Hente inn tilbud på annonser",
                                   responsible_text="sekretariatet", due=dt.date(2025, 2, 1),
                                   status="open", order=1)
    current = plan(body, dt.date(2025, 3, 12), secretary, start=dt.time(9), end=dt.time(11),
                   location="Rådhuset, møterom 2")
    comment_item = agenda.add_item(current, "Budsjett for 2025", "", secretary)
    decision = Decision.objects.create(item=comment_item, text="Budsjettet ble drøftet.",
                                       order=1)
    version = MinutesVersion.objects.create(
        meeting=approved, version=1, reason="Referatet ble godkjent",
        snapshot={"schema_version": "1", "title": approved.title, "items": []})
    return Scene(world=world, previous=previous, current=current, approved=approved,
                 published=published, internal_file=upload(current, "foiler-intern", False),
                 public_file=upload(published, "foiler-offentlig", True),
                 hidden_file_of_published=upload(published, "notat-intern", False),
                 action=action, comment_item=comment_item, decision=decision,
                 version=version,
                 membership=Membership.objects.get(body=body, person__name="Kari Fjellstad"),
                 group=Organization.objects.create(
                     name="Arbeidsgruppe for vintertilbud", slug="vintertilbud",
                     kind=OrganizationKind.WORKING_GROUP.value, parent=body,
                     ends_on=dt.date(2025, 12, 31)))


@pytest.fixture(scope="module")
def _scene_once(django_db_setup, django_db_blocker, tmp_path_factory):
    """The scene, built once per test module inside a transaction rolled back at its end.

    Why: planning meetings is the slow part of the persona tests, and they need the same
    rows every time. Each test still runs in its own savepoint inside this transaction
    (pytest-django's ``db``), so what one test changes is gone for the next — the same
    idea as Django's ``setUpTestData``.
    """
    media = tmp_path_factory.mktemp("scene-media")
    with django_db_blocker.unblock(), override_settings(MEDIA_ROOT=media,
                                                        PASSWORD_HASHERS=FAST_HASHERS):
        outer = transaction.atomic()
        outer.__enter__()
        try:
            yield build_scene(build_world()), media
        finally:
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)


@pytest.fixture
def scene(_scene_once, db, settings) -> Scene:
    """The module's scene, its rows as built (earlier tests' changes are rolled back)."""
    built, media = _scene_once
    settings.MEDIA_ROOT = media
    for value in [*vars(built).values(), *vars(built.world).values(),
                  *built.world.users.values()]:
        if isinstance(value, models.Model):
            value.refresh_from_db()
    return built
