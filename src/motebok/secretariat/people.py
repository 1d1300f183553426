"""Finding or creating people and organisations from names typed into forms.

The archive's identity rules apply here as on import: the same name is one person, a
near match becomes a merge suggestion, organisations are found by name or alias.
"""

from __future__ import annotations

from motebok.archive import identity
from motebok.archive.models import Organization, Person
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
