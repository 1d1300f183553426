"""Builders and assertions shared by the API tests (the fixtures are in conftest.py)."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from django.test import Client

from motebok import vocab
from motebok.archive.models import Action, AgendaItem, Meeting, Organization, Person

TODAY = dt.date(2025, 3, 1)


@dataclass
class World:
    """The rows the tests look at, by role in the story."""

    kultur: Organization
    helse: Organization
    published: Meeting
    draft: Meeting
    helse_meeting: Meeting
    ingrid: Person
    draft_only: Person
    overdue_action: Action
    done_action: Action
    future_action: Action
    draft_action: Action


def get_json(client: Client, url: str, status: int = 200, **extra: Any) -> Any:
    """GET a URL, assert the status and JSON content type, return the decoded body."""
    response = client.get(url, **extra)
    assert response.status_code == status, response.content
    assert response["Content-Type"].startswith("application/json")
    return json.loads(response.content)


def make_body(name: str, slug: str, **fields: Any) -> Organization:
    """A body (faggruppe, utvalg) with per-year item numbering."""
    fields.setdefault("kind", vocab.OrganizationKind.BODY)
    fields.setdefault("numbering", "per_year")
    return Organization.objects.create(name=name, slug=slug, **fields)


def make_person(name: str) -> Person:
    """A person with the normalised name the model keys on."""
    return Person.objects.create(name=name, normalized_name=" ".join(name.casefold().split()))


def make_meeting(body: Organization, date: dt.date, status: str, title: str) -> Meeting:
    """A minutes meeting of a body in the given life-cycle state."""
    return Meeting.objects.create(body=body, date=date, status=status, title=title,
                                  location="Rådhuset", kind=vocab.DocumentKind.MINUTES)


def make_item(meeting: Meeting, number: str, title: str, text: str, order: int) -> AgendaItem:
    """An agenda item with the given number as written."""
    return AgendaItem.objects.create(meeting=meeting, number=number, title=title, text=text,
                                     order=order)


def make_action(item: AgendaItem, text: str, due: dt.date | None, status: str,
                person: Person | None = None, responsible_text: str = "") -> Action:
    """A follow-up on an item."""
    return Action.objects.create(item=item, text=text, due=due, status=status,
                                 responsible_person=person, responsible_text=responsible_text,
                                 order=0)


