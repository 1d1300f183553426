"""Who is who: match names in minutes to people and organisations, and suggest merges.

The rule is "exact or ask": the same normalised name is the same person (or body);
anything merely *similar* becomes a merge suggestion with a score and a reason that a
person accepts or rejects. Nothing is merged silently, because two council members
really can be called "Ola Hansen" and "Ole Hansen".

Finding candidates never compares all pairs: a new name is compared only with names
that start with the first three letters of its first or last word (which covers
swapped order, a dropped middle name and most spelling slips).
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from django.db import IntegrityError, transaction
from django.db.models import Model, Q

from motebok.archive import signals
from motebok.archive.models import (
    BodyAccess,
    Meeting,
    Membership,
    Organization,
    OrganizationMergeSuggestion,
    Person,
    PersonMergeSuggestion,
)
from motebok.archive.names import name_tokens, normalize_name
from motebok.vocab import MembershipRole, OrganizationKind, ParticipantRole

#: Below this similarity two names are not worth a suggestion.
SPELLING_THRESHOLD = 0.84
PREFIX = 3

REASON_SWAPPED = "token order swapped"
REASON_MIDDLE = "middle name dropped"
REASON_SPELLING = "similar spelling"
REASON_ALIAS = "one name contains the other"

#: Participant role in a meeting → standing role in the body (guests are not members).
MEMBERSHIP_ROLE = {
    ParticipantRole.CHAIR.value: MembershipRole.LEADER.value,
    ParticipantRole.SECRETARY.value: MembershipRole.SECRETARIAT.value,
    ParticipantRole.MEMBER.value: MembershipRole.MEMBER.value,
    None: MembershipRole.MEMBER.value,
}
#: A membership role that says more than "member" wins when the same person shows up again.
ROLE_RANK = {MembershipRole.MEMBER.value: 0, MembershipRole.SECRETARIAT.value: 1,
             MembershipRole.LEADER.value: 2}


# --------------------------------------------------------------------------- comparing


def compare_names(a: str, b: str) -> tuple[float, str] | None:
    """(score, reason) when two different names may be one person, else None."""
    ta, tb = name_tokens(a), name_tokens(b)
    if not ta or not tb or ta == tb:
        return None
    if sorted(ta) == sorted(tb):
        return 0.95, REASON_SWAPPED
    short, long_ = (ta, tb) if len(ta) < len(tb) else (tb, ta)
    if (len(short) >= 2 and len(short) < len(long_) and short[0] == long_[0]
            and short[-1] == long_[-1] and set(short) <= set(long_)):
        return 0.9, REASON_MIDDLE
    if len(ta) == len(tb):
        ratios = [SequenceMatcher(None, x, y).ratio() for x, y in zip(ta, tb, strict=True)]
        whole = SequenceMatcher(None, " ".join(ta), " ".join(tb)).ratio()
        if min(ratios) >= 0.7 and whole >= SPELLING_THRESHOLD:
            return round(whole, 3), REASON_SPELLING
    return None


def _candidate_filter(tokens: list[str]) -> Q:
    """Names starting with the first letters of the first or the last word."""
    prefixes = {tokens[0][:PREFIX], tokens[-1][:PREFIX]}
    query = Q()
    for prefix in prefixes:
        query |= Q(normalized_name__startswith=prefix)
    return query


# --------------------------------------------------------------------------- people


def person_for(name: str | None) -> Person | None:
    """The person called ``name`` (created when new, with merge suggestions); None if blank."""
    clean = " ".join((name or "").split())
    key = normalize_name(clean)
    if not key:
        return None
    person = Person.objects.filter(normalized_name=key).first()
    if person is not None:
        return person
    person, created = Person.objects.get_or_create(normalized_name=key,
                                                   defaults={"name": clean})
    if created:
        suggest_person_matches(person)
    return person


def suggest_person_matches(person: Person) -> list[PersonMergeSuggestion]:
    """Record a pending suggestion for each existing person whose name is near ``person``'s."""
    tokens = name_tokens(person.name)
    if not tokens:
        return []
    made = []
    candidates = Person.objects.filter(_candidate_filter(tokens)).exclude(pk=person.pk)
    for other in candidates.only("pk", "name"):
        found = compare_names(other.name, person.name)
        if found is None:
            continue
        made.append(_suggest(PersonMergeSuggestion, other, person, *found))
    return [s for s in made if s is not None]


def _suggest(model: type[Model], keep: Model, other: Model, score: float,
             reason: str) -> Model | None:
    """One pending suggestion per pair (in either direction)."""
    pair = Q(keep=keep, other=other) | Q(keep=other, other=keep)
    if model.objects.filter(pair).exists():
        return None
    return model.objects.create(keep=keep, other=other, other_name=other.name, score=score,
                                reason=reason)


# --------------------------------------------------------------------------- organisations


def guess_kind(name: str) -> str:
    """The kind an organisation's name suggests (kommune, fylke, region …)."""
    key = normalize_name(name)
    if re.search(r"fylkeskommune\b|\bfylke\b", key):
        return OrganizationKind.COUNTY.value
    if re.search(r"kommune\b", key):
        return OrganizationKind.MUNICIPALITY.value
    if "region" in key:
        return OrganizationKind.REGION.value
    return OrganizationKind.OTHER.value


def organization_for(name: str | None, kind: str | None = None,
                     parent: Organization | None = None) -> Organization | None:
    """The organisation called ``name`` or one of its aliases, created when new."""
    clean = " ".join((name or "").split())
    if not clean:
        return None
    found = Organization.objects.match(clean)
    if found is not None:
        return found
    org = Organization.objects.create(name=clean, kind=kind or guess_kind(clean), parent=parent)
    suggest_organization_matches(org)
    return org


def compare_organizations(a: str, b: str) -> tuple[float, str] | None:
    """(score, reason) when two organisation names may be the same, else None."""
    ka, kb = normalize_name(a), normalize_name(b)
    if not ka or not kb or ka == kb:
        return None
    ta, tb = set(name_tokens(a)), set(name_tokens(b))
    if len(ta) >= 2 and len(tb) >= 2 and (ta < tb or tb < ta):
        return 0.8, REASON_ALIAS
    whole = SequenceMatcher(None, ka, kb).ratio()
    if whole >= 0.9:
        return round(whole, 3), REASON_SPELLING
    return None


def suggest_organization_matches(org: Organization) -> list[OrganizationMergeSuggestion]:
    """Pending suggestions for existing organisations whose name is near ``org``'s."""
    tokens = name_tokens(org.name)
    if not tokens:
        return []
    query = Q()
    for token in tokens:
        if len(token) >= PREFIX:
            query |= Q(normalized_name__contains=token[:PREFIX])
    made = []
    for other in Organization.objects.filter(query).exclude(pk=org.pk).only("pk", "name"):
        found = compare_organizations(other.name, org.name)
        if found is not None:
            made.append(_suggest(OrganizationMergeSuggestion, other, org, *found))
    return [s for s in made if s is not None]


def body_for(body_text: str | None, organization_text: str | None) -> Organization | None:
    """The body a record names (created under its organisation when new); None if unnamed."""
    if not (body_text or "").strip():
        return None
    found = Organization.objects.match(body_text)
    if found is not None:
        return found
    parent = organization_for(organization_text) if simple_name(organization_text) else None
    return organization_for(body_text, OrganizationKind.BODY.value, parent)


def simple_name(text: str | None) -> bool:
    """A single organisation name, not a list like "Lunner kommune/ Hadelandsregionen"."""
    clean = (text or "").strip()
    return bool(clean) and len(clean) <= 80 and not re.search(r"[/,;()&+]|\bog\b", clean)


def add_membership(person: Person, body: Organization, participant_role: str | None,
                   organization_text: str | None) -> Membership | None:
    """Make ``person`` a member of ``body`` (guests are not); a stronger role wins."""
    role = MEMBERSHIP_ROLE.get(participant_role)
    if role is None:
        return None
    membership = Membership.objects.filter(person=person, body=body).order_by("pk").first()
    representing = organization_for(organization_text) if simple_name(organization_text) else None
    if membership is None:
        return Membership.objects.create(person=person, body=body, role=role,
                                         representing=representing)
    changed = []
    if ROLE_RANK.get(role, 0) > ROLE_RANK.get(membership.role, 0):
        membership.role = role
        changed.append("role")
    if membership.representing_id is None and representing is not None:
        membership.representing = representing
        changed.append("representing")
    if changed:
        membership.save(update_fields=changed)
    return membership


# --------------------------------------------------------------------------- merging


def merge(keep: Model, other: Model) -> None:
    """Move every row that points at ``other`` to ``keep``, then delete ``other``.

    Works for Person and Organization alike by walking the model's reverse relations, so
    rows of other apps (secretariat, search) follow too. Meetings that change are
    announced with ``meeting_saved`` so listeners (search) re-index them.
    """
    if type(keep) is not type(other) or keep.pk == other.pk:
        raise ValueError("merge needs two different rows of one model")
    with transaction.atomic():
        meeting_ids = _affected_meetings(other)
        _resolve_conflicts(keep, other)
        for relation in type(other)._meta.related_objects:
            if relation.many_to_many or relation.related_model in (
                    PersonMergeSuggestion, OrganizationMergeSuggestion):
                continue
            field = relation.field
            manager = relation.related_model._base_manager
            try:
                with transaction.atomic():
                    manager.filter(**{field.name: other}).update(**{field.name: keep})
            except IntegrityError:  # a unique row of keep's already exists: drop other's
                manager.filter(**{field.name: other}).delete()
        keep.refresh_from_db()
        _merge_own_fields(keep, other)
        _dedupe_memberships(keep)
        _move_suggestions(keep, other)
        other.delete()
        for meeting in Meeting.objects.filter(pk__in=meeting_ids):
            signals.meeting_saved.send(sender=Meeting, meeting=meeting)


def _affected_meetings(other: Model) -> list[int]:
    """Ids of meetings whose participants, actions or body involve ``other``."""
    if isinstance(other, Person):
        query = Q(participations__person=other) | Q(items__actions__responsible_person=other)
    else:
        query = Q(body=other)
    return list(Meeting.objects.filter(query).values_list("pk", flat=True).distinct())


def _resolve_conflicts(keep: Model, other: Model) -> None:
    """Drop rows that would become duplicates (one access per user and body)."""
    if isinstance(other, Organization):
        users = BodyAccess.objects.filter(body=keep).values("user_id")
        BodyAccess.objects.filter(body=other, user_id__in=users).delete()


def _merge_own_fields(keep: Model, other: Model) -> None:
    """Carry over what ``keep`` lacks: a person's e-mail and user, an org's names."""
    if isinstance(keep, Person):
        changed = []
        if not keep.email and other.email:
            keep.email = other.email
            changed.append("email")
        if keep.user_id is None and other.user_id is not None:
            user_id = other.user_id
            Person.objects.filter(pk=other.pk).update(user=None)
            keep.user_id = user_id
            changed.append("user")
        if changed:
            keep.save(update_fields=changed)
        return
    if keep.parent_id == keep.pk:  # keep was a child of other
        keep.parent_id = None
    for name in [other.name, *(other.aliases or [])]:
        keep.add_alias(name)
    if not keep.mandate and other.mandate:
        keep.mandate = other.mandate
    if keep.parent_id is None and other.parent_id not in (None, keep.pk):
        keep.parent_id = other.parent_id
    keep.save()


def _dedupe_memberships(keep: Model) -> None:
    """After a merge the same person may hold the same seat twice: keep the oldest row."""
    field = "person" if isinstance(keep, Person) else "body"
    seen: set[tuple] = set()
    for membership in Membership.objects.filter(**{field: keep}).order_by("pk"):
        key = (membership.person_id, membership.body_id, membership.role,
               membership.representing_id, membership.start, membership.end)
        if key in seen:
            membership.delete()
        seen.add(key)


def _move_suggestions(keep: Model, other: Model) -> None:
    """Other pending suggestions about ``other`` now concern ``keep`` (or lapse)."""
    model = PersonMergeSuggestion if isinstance(keep, Person) else OrganizationMergeSuggestion
    pending = model.objects.filter(status="pending")
    for suggestion in pending.filter(keep=other).exclude(other=keep):
        if not model.objects.filter(Q(keep=keep, other=suggestion.other_id)
                                    | Q(keep=suggestion.other_id, other=keep)).exists():
            suggestion.keep = keep
            suggestion.save(update_fields=["keep"])
    for suggestion in pending.filter(other=other).exclude(keep=keep):
        suggestion.delete()
