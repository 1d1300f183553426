"""An invented archive for the web page tests, built with the archive models.

Two bodies: "Faggruppe for kulturarv" (slug ``kulturarv``, with a working group) and
"Oppvekstutvalget" (slug ``oppvekst``). Kulturarv has two published meetings and one
draft; dates of actions are relative to today so "overdue" never goes stale.

Personas (each a logged-in test client): ``anonymous``, ``outsider`` (member of the
other body only), ``member`` and ``secretariat`` of kulturarv, ``admin`` (superuser).
"""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.utils import timezone

from motebok.archive.models import (
    BodyAccess,
    Decision,
    Membership,
    Organization,
    SourceDocument,
)
from motebok.vocab import (
    AccessRole,
    ActionStatus,
    Attendance,
    DocumentKind,
    MeetingStatus,
    MembershipRole,
    OrganizationKind,
    ParticipantRole,
)
from web.builders import (
    PDF_BYTES,
    Archive,
    make_action,
    make_item,
    make_meeting,
    make_person,
    participate,
)


@pytest.fixture
def today() -> date:
    """The local date the views use to decide what is overdue."""
    return timezone.localdate()


@pytest.fixture
def archive(db, today) -> Archive:
    """The invented archive described in the module docstring."""
    body = Organization.objects.create(name="Faggruppe for kulturarv", slug="kulturarv",
                                       kind=OrganizationKind.BODY,
                                       mandate="Gruppen gir råd om kulturarv i regionen.")
    group = Organization.objects.create(name="Arbeidsgruppe for stedsnavn", slug="stedsnavn",
                                        kind=OrganizationKind.WORKING_GROUP, parent=body)
    other_body = Organization.objects.create(name="Oppvekstutvalget", slug="oppvekst",
                                             kind=OrganizationKind.BODY)
    municipality = Organization.objects.create(name="Lundvik kommune", slug="lundvik",
                                               kind=OrganizationKind.MUNICIPALITY)
    names = ["Astrid Fjellheim", "Bjørnar Kvist", "Cecilie Moen", "Dag Øvrebø", "Eline Rustad"]
    people = {name.split()[0]: make_person(name) for name in names}
    for name in ("Astrid", "Bjørnar", "Cecilie"):
        Membership.objects.create(person=people[name], body=body, role=MembershipRole.MEMBER,
                                  representing=municipality)
    Membership.objects.filter(person=people["Astrid"]).update(role=MembershipRole.LEADER)

    source = SourceDocument.objects.create(
        filename="Referat kulturarv 3. mars.pdf", sha256="a" * 64, format="pdf",
        content=PDF_BYTES, size=len(PDF_BYTES), kind=DocumentKind.MINUTES)
    first = make_meeting(body, date(2025, 3, 3), start=time(10, 0), end=time(12, 30),
                         location="Rådhuset, møterom Fjorden", source=source,
                         next_date=date(2025, 6, 2), next_location="Biblioteket")
    participate(first, people["Astrid"], order=1, role=ParticipantRole.CHAIR,
                organization_text="Lundvik kommune")
    participate(first, people["Bjørnar"], Attendance.ABSENT, order=2, note="Syk")
    participate(first, people["Cecilie"], Attendance.PARTIAL, order=3,
                note="Gikk etter sak 02/25")
    participate(first, people["Dag"], order=4, role=ParticipantRole.GUEST)
    item1 = make_item(first, "01/25", "Godkjenning av innkalling og saksliste",
                      "Innkallingen ble godkjent.\n\nSakslisten ble godkjent uten merknader.",
                      order=1)
    Decision.objects.create(item=item1, text="Innkalling og saksliste godkjennes.", order=1)
    item2 = make_item(first, "02/25", "Registrering av gamle naust",
                      "Gruppen drøftet registrering av naust langs kysten.", order=2)
    Decision.objects.create(item=item2, text="Registreringen starter til våren.", order=1)
    overdue_action = make_action(item2, "Lage skjema for registrering", people["Bjørnar"],
                                 due=today - timedelta(days=30), order=1)
    future_action = make_action(item2, "Kontakte historielaget", people["Astrid"],
                                due=today + timedelta(days=30), order=2)
    done_action = make_action(item2, "Sende ut referat", None, due=today - timedelta(days=60),
                              status=ActionStatus.DONE, responsible_text="Sekretariatet",
                              done_note="Sendt", order=3)

    second = make_meeting(body, date(2025, 6, 2), title="Sommermøte i kulturarvgruppen")
    participate(second, people["Astrid"], order=1)
    participate(second, people["Bjørnar"], order=2)
    participate(second, people["Cecilie"], Attendance.ABSENT, order=3)
    make_item(second, "03/25", "Orientering om naustprosjektet", order=1)

    draft = make_meeting(body, date(2025, 9, 1), status=MeetingStatus.DRAFT,
                         title="Hemmelig utkast om fredning")
    participate(draft, people["Eline"], order=1)
    draft_item = make_item(draft, "04/25", "Fredning av kirkegården", order=1)
    draft_action = make_action(draft_item, "Utrede fredningsvedtak", people["Eline"],
                               due=today - timedelta(days=5))

    other_meeting = make_meeting(other_body, date(2025, 4, 10), title="Oppvekstutvalgets møte")
    participate(other_meeting, people["Dag"], order=1)
    make_item(other_meeting, "1", "Skolestruktur", order=1)

    return Archive(body=body, group=group, other_body=other_body, people=people, first=first,
                   second=second, draft=draft, other_meeting=other_meeting,
                   overdue_action=overdue_action, future_action=future_action,
                   done_action=done_action, draft_action=draft_action)


def _client_for(user: User | None) -> Client:
    """A test client logged in as ``user`` (anonymous for None)."""
    client = Client()
    if user is not None:
        client.force_login(user)
    return client


@pytest.fixture
def clients(archive) -> dict[str, Client]:
    """One client per persona; only member, secretariat and admin may see the draft."""
    outsider = User.objects.create_user("outsider")
    BodyAccess.objects.create(user=outsider, body=archive.other_body, role=AccessRole.MEMBER)
    member = User.objects.create_user("member")
    BodyAccess.objects.create(user=member, body=archive.body, role=AccessRole.MEMBER)
    secretary = User.objects.create_user("secretary")
    BodyAccess.objects.create(user=secretary, body=archive.body, role=AccessRole.SECRETARIAT)
    admin = User.objects.create_superuser("admin", "admin@example.org", None)
    return {"anonymous": _client_for(None), "outsider": _client_for(outsider),
            "member": _client_for(member), "secretariat": _client_for(secretary),
            "admin": _client_for(admin)}


@pytest.fixture
def client_nb(client) -> Client:
    """The default (anonymous) client, explicitly asking for Norwegian bokmål."""
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "nb"
    return client
