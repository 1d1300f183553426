"""A small invented archive for the search tests, built with the archive models.

Hits are compared as labels "<meeting> <item number or -> <kind>", e.g. "M1 04/22 item"
or "M2 - title", so the expectation tables read like the corpus below.
"""

from __future__ import annotations

from datetime import date

import pytest
from django.contrib.auth.models import AnonymousUser, User

from motebok.archive.models import (
    Action,
    AgendaItem,
    BodyAccess,
    Decision,
    Meeting,
    Organization,
    Participation,
    Person,
)
from motebok.search import index_meeting

BODIES = {
    "regionradet": "Regionrådet i Fjellbygd",
    "kompetanse": "Faggruppe for kompetanse",
}
PEOPLE = ["Ingrid Solbakken", "Torleif Haugland", "Marte Lien"]

CORPUS = [
    {
        "key": "M1", "body": "regionradet", "date": date(2022, 3, 10), "status": "published",
        "title": "Møte i Regionrådet 10. mars 2022",
        "participants": ["Ingrid Solbakken", "Torleif Haugland"],
        "items": [
            {"number": "04/22", "title": "Talentrekrutteringskampanje for Fjellbygd",
             "text": "Rådet drøftet kampanjen for unge arbeidstakere.",
             "decisions": ["Regionrådet støtter kampanjen med 200 000 kroner."],
             "actions": [("Lage plan for kampanjen", "Torleif Haugland")]},
            {"number": "05/22", "title": "Strategi for næringsliv",
             "text": "Strategien skal revideres innen år 2023.",
             "decisions": [], "actions": []},
        ],
    },
    {
        "key": "M2", "body": "regionradet", "date": date(2023, 2, 2), "status": "published",
        "title": "Møtet i regionrådet februar 2023",
        "participants": ["Marte Lien"],
        "items": [
            {"number": "14/23", "title": "Kompetansestrategien",
             "text": "Ny kompetansestrategi for hele regionen.",
             "decisions": ["Saken sendes på høring."], "actions": []},
            {"number": "15/23", "title": "Prosjekt AR",
             "text": "Arbeidsrom (AR) ble presentert. <script>alert('x')</script> & budsjett.",
             "decisions": [], "actions": [("Følge opp budsjett", "")]},
        ],
    },
    {
        "key": "M3", "body": "kompetanse", "date": date(2023, 5, 5), "status": "draft",
        "title": "Utkast til referat fra faggruppen",
        "participants": ["Ingrid Solbakken"],
        "items": [
            {"number": "01/23", "title": "Rekruttering av lærlinger",
             "text": "Foreløpig tekst om rekruttering og lønn.",
             "decisions": [], "actions": []},
        ],
    },
    {
        "key": "M4", "body": "kompetanse", "date": date(2022, 9, 1), "status": "published",
        "title": "Faggruppemøte september 2022 på kaféen hos Renée i Aalesund",
        "participants": ["Marte Lien", "Torleif Haugland"],
        "items": [
            {"number": "14/22", "title": "Møteplan for høsten",
             "text": "Gruppen ser på møtene i høst og rekrutteringen til faggruppen.",
             "decisions": [], "actions": []},
        ],
    },
]


def heading_and_text_meeting(key: str) -> dict:
    """A published 2024 meeting: item 01/24 names "brøyting" once in a long text, 02/24
    in its heading ("Brøytingen"), and 02/24's decision twice in a short text."""
    long_text = ("Rådet gikk gjennom saker om vei, vann og avløp. " * 6
                 + "Brøyting ble nevnt. " + "Ingen merknader. " * 6)
    return {"key": key, "body": "regionradet", "date": date(2024, 1, 10),
            "status": "published", "title": "Møte", "participants": [],
            "items": [{"number": "01/24", "title": "Orienteringer", "text": long_text,
                       "decisions": [], "actions": []},
                      {"number": "02/24", "title": "Brøytingen i vinter",
                       "text": "Saken gjelder kontrakter og kostnader for sesongen.",
                       "decisions": ["Brøyting og brøyting av fortau prioriteres."],
                       "actions": []}]}


class Archive:
    """The built corpus: lookups by key and name, and a label for every hit."""

    def __init__(self) -> None:
        self.bodies: dict[str, Organization] = {}
        self.people: dict[str, Person] = {}
        self.meetings: dict[str, Meeting] = {}
        self.keys: dict[int, str] = {}

    def label(self, hit) -> str:
        """A hit as "<meeting key> <item number or -> <kind>" (see the module doc)."""
        number = hit.item.number if hit.item is not None else "-"
        return f"{self.keys[hit.meeting.pk]} {number} {hit.kind}"

    def labels(self, page) -> set[str]:
        """The labels of every hit on a page."""
        return {self.label(hit) for hit in page.hits}


def build_meeting(archive: Archive, spec: dict) -> Meeting:
    """One meeting of the corpus with its participants, items, decisions and actions."""
    meeting = Meeting.objects.create(body=archive.bodies[spec["body"]], title=spec["title"],
                                     date=spec["date"], status=spec["status"],
                                     location=spec.get("location"))
    for order, name in enumerate(spec["participants"]):
        Participation.objects.create(meeting=meeting, person=archive.people[name],
                                     attendance="present", order=order)
    for order, item_spec in enumerate(spec["items"]):
        sequence, year = item_spec["number"].split("/")
        item = AgendaItem.objects.create(
            meeting=meeting, number=item_spec["number"], sequence=int(sequence),
            year=2000 + int(year), title=item_spec["title"], text=item_spec["text"],
            order=order)
        for position, text in enumerate(item_spec["decisions"]):
            Decision.objects.create(item=item, text=text, order=position)
        for position, (text, responsible) in enumerate(item_spec["actions"]):
            Action.objects.create(item=item, text=text, order=position,
                                  responsible_person=archive.people.get(responsible),
                                  responsible_text=responsible)
    return meeting


@pytest.fixture
def archive(db) -> Archive:
    """The corpus above, stored and indexed."""
    built = Archive()
    for slug, name in BODIES.items():
        built.bodies[slug] = Organization.objects.create(name=name, slug=slug, kind="body")
    for name in PEOPLE:
        built.people[name] = Person.objects.create(name=name,
                                                   normalized_name=name.casefold())
    for spec in CORPUS:
        meeting = build_meeting(built, spec)
        built.meetings[spec["key"]] = meeting
        built.keys[meeting.pk] = spec["key"]
        index_meeting(meeting)
    return built


@pytest.fixture
def users(archive) -> dict[str, object]:
    """Personas: the public, a member of each body, and a superuser."""
    kompetanse = User.objects.create_user("kari")
    BodyAccess.objects.create(user=kompetanse, body=archive.bodies["kompetanse"], role="member")
    region = User.objects.create_user("ola")
    BodyAccess.objects.create(user=region, body=archive.bodies["regionradet"], role="member")
    admin = User.objects.create_superuser("admin", "admin@example.org", None)
    return {"anonymous": AnonymousUser(), "kompetanse_member": kompetanse,
            "region_member": region, "superuser": admin}


@pytest.fixture
def add_meeting(archive):
    """Add one more meeting (a ``CORPUS``-style spec) to the archive, indexed."""
    def add(spec: dict) -> Meeting:
        meeting = build_meeting(archive, spec)
        archive.meetings[spec["key"]] = meeting
        archive.keys[meeting.pk] = spec["key"]
        index_meeting(meeting)
        return meeting
    return add


@pytest.fixture
def heading_and_text(add_meeting):
    """The meeting of ``heading_and_text_meeting`` as "B1", added to the archive."""
    return add_meeting(heading_and_text_meeting("B1"))
