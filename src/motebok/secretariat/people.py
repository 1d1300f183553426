"""Finding or creating people and organisations from names typed into forms."""

from __future__ import annotations

from motebok.archive.models import Organization, Person
from motebok.archive.names import normalize_name, slug_base
from motebok.vocab import OrganizationKind


def normalized_name(name: str) -> str:
    """The archive's person key (NFC, casefolded, spaces collapsed)."""
    return normalize_name(name)


def person_named(name: str, email: str = "") -> Person:
    """The person with this name (the same name is one person), created when new."""
    person, created = Person.objects.get_or_create(
        normalized_name=normalized_name(name),
        defaults={"name": " ".join(name.split()), "email": email})
    if email and not created and not person.email:
        person.email = email
        person.save(update_fields=["email"])
    return person


def unique_slug(name: str) -> str:
    """A slug for a new organisation that no other organisation has."""
    base = slug_base(name)[:40]
    slug, n = base, 2
    while Organization.objects.filter(slug=slug).exists():
        slug, n = f"{base}-{n}", n + 1
    return slug


def organization_named(name: str) -> Organization:
    """The organisation known by this name or alias, created (kind "other") when new."""
    found = Organization.objects.match(name)
    if found is not None:
        return found
    return Organization.objects.create(name=" ".join(name.split()), slug=unique_slug(name),
                                       kind=OrganizationKind.OTHER.value)
