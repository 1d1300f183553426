"""factory-boy factories and minutes builders for the archive tests (all invented)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import factory
from django.contrib.auth import get_user_model

from motebok.archive.models import (
    Action,
    AgendaItem,
    BodyAccess,
    Meeting,
    Organization,
    Person,
)
from motebok.vocab import AccessRole, MeetingStatus, OrganizationKind


class UserFactory(factory.django.DjangoModelFactory):
    """A login account."""

    class Meta:
        model = get_user_model()
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"bruker{n}")
    email = factory.LazyAttribute(lambda u: f"{u.username}@example.no")
    is_superuser = False
    is_staff = False


class BodyFactory(factory.django.DjangoModelFactory):
    """A body that meets."""

    class Meta:
        model = Organization

    name = factory.Sequence(lambda n: f"Faggruppe nummer {n}")
    kind = OrganizationKind.BODY.value


class PersonFactory(factory.django.DjangoModelFactory):
    """A person (the match key is filled in by ``Person.save``)."""

    class Meta:
        model = Person

    name = factory.Sequence(lambda n: f"Person Nummer{n}")


class MeetingFactory(factory.django.DjangoModelFactory):
    """A meeting of a body; published unless told otherwise."""

    class Meta:
        model = Meeting

    body = factory.SubFactory(BodyFactory)
    title = factory.LazyAttribute(lambda m: f"Møte i {m.body.name}")
    date = dt.date(2024, 3, 1)
    status = MeetingStatus.PUBLISHED.value


class ItemFactory(factory.django.DjangoModelFactory):
    """An agenda item."""

    class Meta:
        model = AgendaItem

    meeting = factory.SubFactory(MeetingFactory)
    title = factory.Sequence(lambda n: f"Sak om tema {n}")


class ActionFactory(factory.django.DjangoModelFactory):
    """A follow-up action."""

    class Meta:
        model = Action

    item = factory.SubFactory(ItemFactory)
    text = "Sekretariatet følger opp saken."


def grant(user, body: Organization, role: str = AccessRole.MEMBER.value) -> BodyAccess:
    """Give ``user`` access to ``body``."""
    return BodyAccess.objects.create(user=user, body=body, role=role)


# --------------------------------------------------------------------------- minutes files


def minutes_text(body: str, day: str, people: list[str], items: list[tuple[str, str, str]],
                 absent: list[str] | None = None) -> str:
    """Plain-text minutes: ``items`` are (number, title, decision) triples."""
    lines = [f"Referat fra møte i {body}", "", f"Dato: {day}", "Tid: kl. 10.00–12.00",
             "Sted: Rådhuset", "", "Til stede: " + ", ".join(people)]
    if absent:
        lines.append("Forfall: " + ", ".join(absent))
    lines.append("")
    for number, title, decision in items:
        lines += [f"Sak {number} {title}", "", f"Vedtak: {decision}", ""]
    return "\n".join(lines)


def write_minutes(folder: Path, name: str, n: int, body: str = "Testregionen regionråd") -> Path:
    """A small valid minutes file (``n`` makes its content and date unique)."""
    path = folder / name
    day = dt.date(2024, 1, 1) + dt.timedelta(days=n)
    path.write_text(minutes_text(
        body, day.strftime("%d.%m.%Y"), ["Kari Nordmann (leder)", "Ola Hansen", f"Deltaker {n}"],
        [(f"{n:02d}/24", f"Sak nummer {n}", f"Forslaget i sak {n} ble vedtatt.")]),
        encoding="utf-8")
    return path


def good_folder(folder: Path, count: int) -> list[Path]:
    """``count`` valid minutes files in ``folder`` (created)."""
    folder.mkdir(parents=True, exist_ok=True)
    return [write_minutes(folder, f"referat-{n:03d}.txt", n) for n in range(1, count + 1)]
