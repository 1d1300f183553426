"""Finding or creating people and organisations from names typed into forms.

The archive's identity rules apply here as on import: the same name is one person, a
near match becomes a merge suggestion, organisations are found by name or alias. An
action's responsible typed as words is the person they name when the body's members and
the meeting's attendance make that one person (``responsible_named``).
"""

from __future__ import annotations

import datetime as dt

from motebok.archive import identity
from motebok.archive.models import Action, Meeting, Membership, Organization, Person
from motebok.archive.names import name_words, normalize_name
from motebok.secretariat import audit
from motebok.secretariat.models import AuditAction
from motebok.vocab import OrganizationKind


def person_named(name: str, email: str = "") -> Person:
    """The person with this name, created when new; a typed e-mail fills a missing one."""
    person = identity.person_for(name)
    if person is None:
        raise ValueError("a person needs a name")
    if email and not person.email:
        person.email = email
        person.save(update_fields=["email"])
    return person


def organization_named(name: str) -> Organization:
    """The organisation known by this name or alias, created (kind "other") when new."""
    org = identity.organization_for(name, kind=OrganizationKind.OTHER.value)
    if org is None:
        raise ValueError("an organisation needs a name")
    return org


def members_on_the_day(meeting: Meeting) -> list[Membership]:
    """Memberships of the body that cover the meeting's date (today when it has none),
    one per person."""
    day = meeting.date or dt.date.today()
    found, seen = [], set()
    for membership in (Membership.objects.filter(body=meeting.body)
                       .select_related("person", "representing").order_by("pk")):
        if (membership.start and membership.start > day) or (membership.end and
                                                            membership.end < day):
            continue
        if membership.person_id not in seen:
            seen.add(membership.person_id)
            found.append(membership)
    return found


def _known_at(meeting: Meeting) -> list[Person]:
    """Whom a typed responsible may name: the members on the meeting's day, then the
    people on its attendance (guests too)."""
    people = [m.person for m in members_on_the_day(meeting)]
    return people + [p.person for p in meeting.participations.select_related("person")]


def responsible_named(meeting: Meeting, text: str,
                      known: list[Person] | None = None) -> Person | None:
    """The person a typed responsible names, else None (the words stay as typed).

    A member of the body (ever) by the whole name, else one on the meeting's attendance
    by the whole name; a lone first name ("Kari") is the one member on the meeting's
    date or person on its attendance with that first name, if exactly one, as an import
    reads it. ``known``: those people, when the caller has them already.
    """
    if not text.strip():
        return None
    key = normalize_name(text)
    membership = (Membership.objects.filter(body=meeting.body, person__normalized_name=key)
                  .select_related("person").first())
    if membership is not None:
        return membership.person
    people = _known_at(meeting) if known is None else known
    if " " in key:
        return next((person for person in people if person.normalized_name == key), None)
    named = {person.pk: person for person in people if name_words(person.name)[:1] == (key,)}
    return next(iter(named.values())) if len(named) == 1 else None


def link_typed_responsibles(meeting: Meeting, user) -> list[Action]:
    """After the attendance is saved: each action of the meeting whose responsible was
    typed as words that named nobody yet, and now name one person (``responsible_named``,
    the rule as when typed after), is linked to that person, audited. An action with a
    person already (found when typed, or set by an editor) is never linked anew."""
    actions = list(Action.objects.filter(item__meeting=meeting, responsible_person__isnull=True)
                   .exclude(responsible_text__isnull=True).exclude(responsible_text=""))
    if not actions:
        return []
    known = _known_at(meeting)
    linked = []
    for action in actions:
        person = responsible_named(meeting, action.responsible_text, known)
        if person is None:
            continue
        before = audit.snapshot(action)
        action.responsible_person = person
        action.save(update_fields=["responsible_person"])
        audit.record(user, action, AuditAction.UPDATE, body=meeting.body,
                     summary=action.text[:200], changes=audit.diff(before, audit.snapshot(action)))
        linked.append(action)
    return linked
