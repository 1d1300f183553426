"""Builders for the web tests' invented archive: small functions so a test that needs
one more meeting or action reads like an example."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from motebok.archive.models import (
    Action,
    AgendaItem,
    Meeting,
    Organization,
    Participation,
    Person,
)
from motebok.vocab import ActionStatus, Attendance, DocumentKind, MeetingStatus

PDF_BYTES = b"%PDF-1.4\n% invented minutes\n%%EOF\n"


@dataclass
class Archive:
    """Handles on the rows the tests look at."""

    body: Organization
    group: Organization
    other_body: Organization
    people: dict[str, Person]
    first: Meeting
    second: Meeting
    draft: Meeting
    other_meeting: Meeting
    overdue_action: Action
    future_action: Action
    done_action: Action
    draft_action: Action
    extra: dict = field(default_factory=dict)


def make_person(name: str) -> Person:
    """A person with the normalised name the archive expects."""
    return Person.objects.create(name=name, normalized_name=" ".join(name.casefold().split()))


def make_meeting(body, day: date | None, status=MeetingStatus.PUBLISHED, **fields) -> Meeting:
    """A minutes meeting of ``body``; published unless told otherwise."""
    fields.setdefault("title", f"Møte i {body.name}")
    return Meeting.objects.create(body=body, date=day, status=status,
                                  kind=DocumentKind.MINUTES, **fields)


def participate(meeting, person, attendance=Attendance.PRESENT, order=0, **fields):
    """List a person in a meeting's participants."""
    return Participation.objects.create(meeting=meeting, person=person, attendance=attendance,
                                        order=order, **fields)


def make_item(meeting, number: str, title: str, text: str = "", order: int = 0) -> AgendaItem:
    """An agenda item as written in the minutes."""
    return AgendaItem.objects.create(meeting=meeting, number=number, title=title, text=text,
                                     order=order)


def make_action(item, text: str, person=None, due=None, status=ActionStatus.OPEN, **fields):
    """A follow-up action under an item."""
    return Action.objects.create(item=item, text=text, responsible_person=person, due=due,
                                 status=status, **fields)
