"""Who is who: match names in minutes to people and organisations, and suggest merges.

The rule is "exact or ask": the same normalised name is the same person (or body);
anything merely *similar* becomes a merge suggestion with a score and a reason that a
person accepts or rejects. Nothing is merged silently, because two council members
really can be called "Ola Hansen" and "Ole Hansen".

Finding candidates never compares all pairs: a new name is compared only with names
that share the first three letters of its first and last words, in either order
(which covers swapped order, a dropped middle name and most spelling slips).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from difflib import SequenceMatcher
from typing import Self

from django.db import IntegrityError, transaction
from django.db.models import Model, Q

from motebok.archive import bulk, signals
from motebok.archive.models import (
    BodyAccess,
    Meeting,
    Membership,
    Organization,
    OrganizationMergeSuggestion,
    Person,
    PersonAlias,
    PersonMergeSuggestion,
)
from motebok.archive.names import name_tokens, name_words, normalize_name, slug_base
from motebok.vocab import MembershipRole, OrganizationKind, ParticipantRole

#: Below this similarity two names are not worth a suggestion.
SPELLING_THRESHOLD = 0.84
#: Each word of two similarly spelt names must be at least this similar.
TOKEN_THRESHOLD = 0.7
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
    return compare_name_tokens(name_words(a), name_words(b))


def compare_name_tokens(ta: tuple[str, ...], tb: tuple[str, ...]) -> tuple[float, str] | None:
    """``compare_names`` of two names given by their words, both as ``name_words`` gives
    them (tuples: a list is never equal to a tuple).

    Why apart: a new person of an import is compared with every candidate of every new
    name of its document (some six pairs a stored file), and each name's words are
    worked out once for all its pairs, not twice per pair.
    """
    if not ta or not tb or ta == tb:
        return None
    if len(ta) == len(tb) and sorted(ta) == sorted(tb):
        return 0.95, REASON_SWAPPED
    short, long_ = (ta, tb) if len(ta) < len(tb) else (tb, ta)
    if (len(short) >= 2 and len(short) < len(long_) and short[0] == long_[0]
            and short[-1] == long_[-1] and set(short) <= set(long_)):
        return 0.9, REASON_MIDDLE
    if len(ta) == len(tb):
        whole = _similarity(" ".join(ta), " ".join(tb), SPELLING_THRESHOLD)
        if whole is not None and all(_similarity(x, y, TOKEN_THRESHOLD) is not None
                                     for x, y in zip(ta, tb, strict=True)):
            return round(whole, 3), REASON_SPELLING
    return None


def _similarity(a: str, b: str, threshold: float) -> float | None:
    """SequenceMatcher's ratio of ``a`` and ``b`` when it reaches ``threshold``, else None.

    The cheap upper bounds (lengths, then letter counts) reject most pairs before the
    full comparison: an import compares each new name with every name sharing its
    first letters, and that must not dominate the time it takes.
    """
    total = len(a) + len(b)
    if not total or 2 * min(len(a), len(b)) / total < threshold:
        return None
    if 2 * _most_letters_in_common(a, b) / total < threshold:
        return None
    if 2 * _letters_in_common(a, b) / total < threshold:
        return None
    ratio = SequenceMatcher(None, a, b, autojunk=False).ratio()
    return ratio if ratio >= threshold else None


def _most_letters_in_common(a: str, b: str) -> int:
    """At least ``_letters_in_common(a, b)``, without counting any letter: every letter
    both names have once, and beyond that at most as many more as the name with fewer
    repeated letters repeats (``len(a) - len(set(a))``): each shared letter adds
    ``min(count in a, count in b) - 1`` to its first one, and those extras add up to at
    most each name's repeats.

    Why: a new person is compared with every other new name of its document too (most
    pairs two unrelated names, "sindre lie" and "audun moen"), and counting the letters
    of such a pair costs some 29,000 instructions (``str.count`` per letter, called
    through ``map``); two sets and their lengths reject five of six of the pairs the
    length bound lets through (1,435 of 1,711 in 301 generated files), at a fraction of
    that. A pair the bound lets through is counted as before, so the same pairs pass.
    """
    letters_a, letters_b = set(a), set(b)
    return len(letters_a.intersection(letters_b)) + min(len(a) - len(letters_a),
                                                        len(b) - len(letters_b))


def _letters_in_common(a: str, b: str) -> int:
    """How many letters ``a`` and ``b`` have in common, in any order: each letter counted
    as often as it occurs in both (``sum((Counter(a) & Counter(b)).values())``).

    What ``SequenceMatcher.quick_ratio`` counts, without building a matcher (which
    indexes every letter of ``b`` in Python) or two ``Counter``s and their
    intersection (a Python loop of its own): ``str.count`` per distinct letter of a
    name runs in C. Every new name is compared so with the names sharing its first
    letters, and with the other new names of its document: some six pairs a stored
    file, about 3 % of the storing process's instructions. So only the letters both
    names have are counted (the others add nothing), and ``map`` drives the counting
    without a generator's Python frame per letter.
    """
    letters = set(a).intersection(b)
    return sum(map(min, map(a.count, letters), map(b.count, letters)))


def _candidate_filter(tokens: list[str]) -> Q:
    """Names that share the first letters of the first and of the last word.

    In the same order ("Gunnhild Paulson" / "Gunhild Paulsen", "Anne Marie Berg" /
    "Anne Berg") or swapped ("Kleiven Eystein" / "Eystein Kleiven"). Asking for both
    words keeps the candidates few even among thousands of people, which keeps an
    import fast; a slip in the first three letters of a word is not found.
    """
    first, last = tokens[0][:PREFIX], tokens[-1][:PREFIX]
    if len(tokens) == 1:
        return Q(normalized_name__startswith=first)
    return (Q(normalized_name__startswith=first, normalized_name__contains=f" {last}")
            | Q(normalized_name__startswith=last, normalized_name__contains=f" {first}"))


# --------------------------------------------------------------------------- people


def person_for(name: str | None) -> Person | None:
    """The person called ``name`` (created when new, with merge suggestions); None if blank."""
    clean = " ".join((name or "").split())
    key = normalize_name(clean)
    if not key:
        return None
    person = Person.objects.filter(normalized_name=key).first() or \
        people_by_alias([key]).get(key)
    if person is not None:
        return person
    person, created = Person.objects.get_or_create(normalized_name=key,
                                                   defaults={"name": clean})
    if created:
        suggest_person_matches(person)
    return person


#: Names asked per alias query, well under every database's limit of parameters.
ALIAS_CHUNK = 500


def people_by_alias(keys: Iterable[str]) -> dict[str, Person]:
    """Normalised name → the person it is another spelling of (after a merge).

    Plain SQL: the importer asks this for every document that brings a new name, and
    the ORM took longer to build the join than the database to answer it (about 7 %
    of storing a document).
    """
    keys, found = list(keys), {}
    for start in range(0, len(keys), ALIAS_CHUNK):
        chunk = keys[start:start + ALIAS_CHUNK]
        marks = ", ".join(["%s"] * len(chunk))
        for alias, pk, name, key in bulk.run(
                f"SELECT a.normalized_name, p.id, p.name, p.normalized_name "
                f"FROM {PersonAlias._meta.db_table} a JOIN {Person._meta.db_table} p "
                f"ON p.id = a.person_id WHERE a.normalized_name IN ({marks})", chunk):
            found[alias] = Person.from_db(None, ["id", "name", "normalized_name"],
                                          [pk, name, key])
    return found


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


def suggest_person_matches_bulk(people: list[Person]) -> list[PersonMergeSuggestion]:
    """``suggest_person_matches`` for many new people with one candidate query.

    Used by the importer after it inserted a document's new people in one statement;
    new people are compared with everyone, each other included (once per pair).
    """
    tokens = {p.pk: name_tokens(p.name) for p in people}
    query = Q()
    for words in tokens.values():
        if words:
            query |= _candidate_filter(words)
    if not query:
        return []
    candidates = list(Person.objects.filter(query).only("pk", "name"))
    new_ids = set(tokens)
    made = []
    for person in people:
        for other in candidates:
            if other.pk == person.pk or (other.pk in new_ids and other.pk > person.pk):
                continue
            found = compare_names(other.name, person.name)
            if found is not None:
                made.append(_suggest(PersonMergeSuggestion, other, person, *found))
    return [s for s in made if s is not None]


def snapshot_held() -> bool:
    """True when no other process can add rows this one would see until its transaction
    ends: SQLite inside a transaction (one writer at a time, and a WAL reader keeps the
    snapshot it began with).

    Why: the run's indexes catch up with rows other processes stored before they take a
    name as new; inside one such transaction a second look can only find the rows the
    run added itself, which the index already holds, so it is left out (a batch of files
    shares one transaction). PostgreSQL shows a transaction what others commit meanwhile,
    so there every look is made.
    """
    connection = bulk.default_connection()
    return connection.vendor == "sqlite" and connection.in_atomic_block


class _RunIndex:
    """What ``NameIndex`` and ``OrgIndex`` share: how an index kept in memory for one
    import run catches up with the rows stored since it was read (by another process,
    say): those with a larger primary key than any it holds, looked for only while a
    look may find any (``settled``).

    Why one class: it is one rule, which the importer's ``Lookups`` relies on for both
    indexes alike (``load(settles=True)``, ``settled`` cleared whenever it opens a
    transaction); written out in each, a change to one could miss the other. Each index
    reads its newer rows its own way (``_read_newer``).
    """

    def __init__(self) -> None:
        self.last_pk = 0
        #: caught up inside the open transaction, which nobody else can add to
        #: (``snapshot_held``), so catching up again finds nothing new
        self.settled = False
        #: set by an owner that clears ``settled`` whenever it opens a transaction (the
        #: importer's ``Lookups``); without one every catch-up looks
        self.settles = False

    @classmethod
    def load(cls, *, settles: bool = False) -> Self:
        """The index of every row in the archive (one query). ``settles``: see
        ``settles``."""
        index = cls()
        index.settles = settles
        index.catch_up()
        return index

    def catch_up(self) -> None:
        """Add the rows stored since the index was read (by another process, say).

        The importer calls this before it decides that names are new, so a run sees
        the same committed rows a query would: no duplicate insert, no missed
        near-match. (A row committed late with a lower id is caught by the unique
        name, which makes the importer retry with a fresh index.)
        """
        if self.settled:
            return
        self._read_newer()
        self.settled = self.settles and snapshot_held()

    def _read_newer(self) -> None:
        """Add the rows whose primary key is larger than ``last_pk``."""
        raise NotImplementedError


class NameIndex(_RunIndex):
    """Every person's normalised name and primary key, kept in memory for one import run.

    Answers the two questions an import asks per document without a query: is this
    name already a person (``get``), and which people may be a near match
    (``candidates``, the same rule as ``_candidate_filter``). Only committed rows
    belong in it: the importer drops it when a document's transaction fails.
    """

    def __init__(self) -> None:
        super().__init__()
        self.people: dict[str, tuple[int, str]] = {}
        self.by_prefix: dict[str, list[str]] = {}

    def _read_newer(self) -> None:
        """The people stored since the index was read (no model instances)."""
        # Plain SQL: it runs for most documents that bring a new name, and the ORM
        # takes longer to build the query than the database to answer it.
        for pk, name, key in bulk.run(f"SELECT id, name, normalized_name FROM "
                                      f"{Person._meta.db_table} WHERE id > %s ORDER BY id",
                                      [self.last_pk]):
            self.add(pk, name, key)

    def add(self, pk: int, name: str, key: str) -> None:
        """Remember one person (a new one as soon as it is inserted)."""
        if key not in self.people:
            self.by_prefix.setdefault(key[:PREFIX], []).append(key)
        self.people[key] = (pk, name)
        self.last_pk = max(self.last_pk, pk)

    def get(self, key: str) -> Person | None:
        """The person with normalised name ``key``, as an instance holding pk and name."""
        found = self.people.get(key)
        if found is None:
            return None
        return Person.from_db(None, ["id", "name", "normalized_name"], [found[0], found[1], key])

    def _starting(self, prefix: str) -> list[str]:
        """Normalised names starting with ``prefix`` (not to be changed: for a prefix of
        ``PREFIX`` letters, the one ``candidates`` asks for, it is the index's own list,
        all of whose names start so)."""
        if len(prefix) == PREFIX:
            return self.by_prefix.get(prefix, [])
        if len(prefix) > PREFIX:
            return [k for k in self.by_prefix.get(prefix[:PREFIX], ()) if k.startswith(prefix)]
        return [k for head, keys in self.by_prefix.items() if head.startswith(prefix)
                for k in keys if k.startswith(prefix)]

    def candidates(self, tokens: list[str]) -> list[tuple[int, str]]:
        """(pk, name) of people ``_candidate_filter(tokens)`` selects, in insertion order.

        Every new person of an import asks (with a long run's names, the lists sharing
        three first letters grow), so each name of a list costs one substring test: the
        text looked for is made once, not once per name, and a list whose names all
        start with the prefix is not tested again.
        """
        first, last = tokens[0][:PREFIX], tokens[-1][:PREFIX]
        if len(tokens) == 1:
            keys = self._starting(first)
        else:
            then_last, then_first = f" {last}", f" {first}"
            keys = [k for k in self._starting(first) if then_last in k]
            if last != first:
                keys += [k for k in self._starting(last) if then_first in k]
        seen: set[str] = set()
        return [self.people[k] for k in keys if not (k in seen or seen.add(k))]


def suggest_new_people(people: list[Person], index: NameIndex) -> list[PersonMergeSuggestion]:
    """``suggest_person_matches_bulk`` for people just inserted, with candidates from
    ``index`` instead of a query (the people are then added to it).

    The same pairs: every new person is compared with the candidates of all of them
    (so new people of one document are compared with each other, once per pair, the
    older row kept). A new row cannot have a suggestion yet, so no pair is looked up
    and they are inserted in one statement.
    """
    # (``id``, not ``pk``: ``Model.pk`` is a property and a method call, read here for
    # every new person and every organisation candidate)
    for person in people:
        index.add(person.id, person.name, person.normalized_name)
    candidates: dict[int, str] = {}
    for person in people:
        tokens = name_tokens(person.name)
        if tokens:
            candidates.update(index.candidates(tokens))
    # each name's words once, for all its pairs
    compared = [(pk, name_words(name)) for pk, name in candidates.items()]
    new_ids = {p.id for p in people}
    made = []
    for person in people:
        own, own_words = person.id, name_words(person.name)
        for pk, words in compared:
            if pk == own or (pk > own and pk in new_ids):
                continue
            found = compare_name_tokens(words, own_words)
            if found is not None:
                made.append({"keep_id": pk, "other": person, "other_name": person.name,
                             "score": found[0], "reason": found[1]})
    return bulk.insert(PersonMergeSuggestion, made)


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
    if _COUNTY.search(key):
        return OrganizationKind.COUNTY.value
    if _MUNICIPALITY.search(key):
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
    ta, tb = set(name_words(a)), set(name_words(b))
    if len(ta) >= 2 and len(tb) >= 2 and (ta < tb or tb < ta):
        return 0.8, REASON_ALIAS
    whole = _similarity(ka, kb, 0.9)
    if whole is not None:
        return round(whole, 3), REASON_SPELLING
    return None


def suggest_organization_matches(org: Organization) -> list[OrganizationMergeSuggestion]:
    """Pending suggestions for existing organisations whose name is near ``org``'s."""
    tokens = name_tokens(org.name)
    if not tokens:
        return []
    made = []
    query = _organization_candidates(tokens)
    candidates = Organization.objects.filter(query).exclude(pk=org.pk).only("pk", "name", "kind")
    for other in candidates:
        if _meets(other.kind) != _meets(org.kind):
            continue  # "Oppvekstutvalget i Strandvik kommune" is not "Strandvik kommune"
        found = compare_organizations(other.name, org.name)
        if found is not None:
            made.append(_suggest(OrganizationMergeSuggestion, other, org, *found))
    return [s for s in made if s is not None]


def _organization_candidates(tokens: list[str]) -> Q:
    """Organisations that may be near a name made of ``tokens``.

    Those containing every word (the name is part of theirs), those starting with one
    of its words (theirs may be part of it) and those sharing its first letters
    (spelling).
    """
    every_word = Q()
    for token in tokens:
        every_word &= Q(normalized_name__contains=token)
    query = every_word | Q(normalized_name__startswith=tokens[0][:PREFIX])
    for token in tokens:
        query |= Q(normalized_name__startswith=token)
    return query


#: The kinds that hold meetings (``_meets``), as plain values: reading an enum member's
#: ``value`` is a Python-level descriptor call, and ``_meets`` runs twice for every
#: candidate of a new organisation.
_MEETING_KINDS = frozenset((OrganizationKind.BODY.value, OrganizationKind.WORKING_GROUP.value))


def _meets(kind: str) -> bool:
    """True for kinds that hold meetings (bodies, working groups), not organisations."""
    return kind in _MEETING_KINDS


def body_for(body_text: str | None, organization_text: str | None) -> Organization | None:
    """The body a record names (created under its organisation when new); None if unnamed.

    A body is found by name — under the named organisation when several share the
    name — else by alias. A generic name ("Styret") already used by another
    organisation's body gives a new body of its own, never a silent merge across
    organisations; other new bodies get merge suggestions.
    """
    clean = " ".join((body_text or "").split())
    if not clean:
        return None
    parent_key = normalize_name(organization_text) if simple_name(organization_text) else ""
    same_name = list(Organization.objects.filter(normalized_name=normalize_name(clean))
                     .select_related("parent").order_by("pk"))
    if same_name:
        found = _pick_body(same_name, parent_key)
        if found is not None:
            return found
        parent = organization_for(organization_text) if parent_key else None
        return Organization.objects.create(name=clean, kind=OrganizationKind.BODY.value,
                                           parent=parent)
    found = Organization.objects.match(clean)
    if found is not None:
        return found
    parent = organization_for(organization_text) if parent_key else None
    body = Organization.objects.create(name=clean, kind=OrganizationKind.BODY.value,
                                       parent=parent)
    suggest_organization_matches(body)
    return body


def _pick_body(same_name: list[Organization], parent_key: str) -> Organization | None:
    """Of bodies sharing a name, the one under the named organisation (or without one).

    "Styret" of Kystkulturrådet and "Styret" of another organisation are two bodies;
    a body without a parent, or a record without an organisation, matches by name.
    """
    if not parent_key:
        return same_name[0]
    for org in same_name:
        if org.parent is not None and org.parent.normalized_name == parent_key:
            return org
    for org in same_name:
        if org.parent is None:
            return org
    return None


class OrgIndex(_RunIndex):
    """Every organisation and body, kept in memory for one import run.

    Answers what ``body_for``, ``organization_for`` and ``Organization.objects.match``
    ask the database — by normalised name, by alias, near-match candidates, free slugs —
    with the same rules and results, so a run of many files costs one small query per
    new name (``catch_up``) beyond its inserts. Only committed rows belong in it: the
    importer drops it when a document's transaction fails (as it does ``NameIndex``).
    Organisations another process adds during the run are caught up with before each
    new name is looked up; edits of existing rows during a run (a rename, a new alias)
    are not seen until the next run.
    """

    def __init__(self) -> None:
        super().__init__()
        self.by_pk: dict[int, Organization] = {}
        self.by_key: dict[str, list[Organization]] = {}
        #: normalised alias → the first organisation (in the order added) that has it
        self.by_alias: dict[str, Organization] = {}
        #: the first one, two and three letters of a normalised name → its organisations
        self.by_head: dict[str, list[Organization]] = {}
        #: every run of ``PREFIX`` letters in a normalised name → its organisations
        self.by_gram: dict[str, list[Organization]] = {}
        self.slugs: set[str] = set()
        #: primary keys of the organisations this index inserted (``create``)
        self.created: set[int] = set()

    def _read_newer(self) -> None:
        """The organisations stored since the index was read.

        Usually there are none (the run adds its own as it inserts them): a plain SQL
        look for a newer id answers that for a fraction of the ORM query's cost, which
        is made only when there is something to read.
        """
        if not self.by_pk or bulk.run(f"SELECT 1 FROM {Organization._meta.db_table} "
                                      "WHERE id > %s LIMIT 1", [self.last_pk]):
            for org in Organization.objects.filter(pk__gt=self.last_pk).order_by("pk"):
                self.add(org)

    def add(self, org: Organization) -> None:
        """Remember one organisation (a new one as soon as it is inserted)."""
        self.by_pk[org.pk] = org
        key = org.normalized_name
        self.by_key.setdefault(key, []).append(org)
        for alias in org.aliases or ():
            self.by_alias.setdefault(normalize_name(alias), org)
        for size in range(1, min(PREFIX, len(key)) + 1):
            self.by_head.setdefault(key[:size], []).append(org)
        for gram in {key[i:i + PREFIX] for i in range(len(key) - PREFIX + 1)}:
            self.by_gram.setdefault(gram, []).append(org)
        self.slugs.add(org.slug)
        self.last_pk = max(self.last_pk, org.pk)

    def match(self, name: str | None) -> Organization | None:
        """``Organization.objects.match``: by normalised name (oldest first), else alias."""
        key = normalize_name(name or "")
        if not key:
            return None
        same = self.by_key.get(key)
        if same:
            return same[0]
        return self.by_alias.get(key)  # the first added, as the query's pk order

    def unique_slug(self, text: str) -> str:
        """``models.unique_slug`` for a new row, from the slugs in the index."""
        base = slug_base(text)
        slug, n = base, 2
        while slug in self.slugs:
            slug, n = f"{base}-{n}", n + 1
        return slug

    def create(self, name: str, kind: str, parent: Organization | None) -> Organization:
        """Insert a new organisation (what ``Organization.save`` fills, in one INSERT)."""
        org = bulk.insert(Organization, [{
            "name": name, "normalized_name": normalize_name(name),
            "slug": self.unique_slug(name), "kind": kind, "parent": parent}])[0]
        bulk.announce_created(org)
        self.add(org)
        self.created.add(org.pk)
        return org

    def candidates(self, tokens: list[str], exclude_pk: int) -> list[Organization]:
        """What ``_organization_candidates`` selects, in the model's order (name, pk).

        Read from ``by_head`` and ``by_gram`` instead of testing every organisation, so
        that a run's new names cost in proportion to their candidates, not to the
        archive (which made a long run quadratic in its organisations).
        """
        first = tokens[0][:PREFIX]  # (``id``: see ``suggest_new_people``)
        found = {org.id: org for org in self._starting(first)}
        for token in tokens:
            found.update((org.id, org) for org in self._starting(token))
        found.update((org.id, org) for org in self._containing(tokens))
        found.pop(exclude_pk, None)
        return sorted(found.values(), key=lambda o: (o.name, o.id))

    def _starting(self, prefix: str) -> Iterable[Organization]:
        """Organisations whose normalised name starts with ``prefix``."""
        head = self.by_head.get(prefix[:PREFIX], ())
        if len(prefix) <= PREFIX:
            return head
        return (org for org in head if org.normalized_name.startswith(prefix))

    def _containing(self, tokens: list[str]) -> Iterable[Organization]:
        """Organisations whose normalised name holds every token.

        Only names holding the rarest run of ``PREFIX`` letters of the tokens are
        tested. A name made only of one- and two-letter words has no such run, and
        every organisation is tested, as before: few new names are like that.
        """
        grams = [token[i:i + PREFIX] for token in tokens
                 for i in range(len(token) - PREFIX + 1)]
        if grams:
            pool: Iterable[Organization] = min(
                (self.by_gram.get(gram, ()) for gram in grams), key=len)
        else:
            pool = self.by_pk.values()
        return (org for org in pool if all(t in org.normalized_name for t in tokens))

    def suggest(self, org: Organization) -> list[OrganizationMergeSuggestion]:
        """``suggest_organization_matches`` for an organisation just created.

        A new row cannot be in a suggestion yet, so no pair is looked up and they are
        inserted in one statement.
        """
        tokens = name_tokens(org.name)
        if not tokens:
            return []
        made = []
        meets = _meets(org.kind)
        for other in self.candidates(tokens, org.pk):
            if _meets(other.kind) != meets:
                continue
            found = compare_organizations(other.name, org.name)
            if found is not None:
                made.append({"keep": other, "other": org, "other_name": org.name,
                             "score": found[0], "reason": found[1]})
        return bulk.insert(OrganizationMergeSuggestion, made)

    def organization_for(self, name: str | None) -> Organization | None:
        """``organization_for(name)`` answered from (and added to) the index.

        The importer asks once per name and run, so catching up first costs little.
        """
        clean = " ".join((name or "").split())
        if not clean:
            return None
        self.catch_up()
        found = self.match(clean)
        if found is not None:
            return found
        org = self.create(clean, guess_kind(clean), None)
        self.suggest(org)
        return org

    def body_for(self, body_text: str | None,
                 organization_text: str | None) -> Organization | None:
        """``body_for`` answered from (and added to) the index: the same rules.

        The importer asks once per body and run, so catching up first costs little.
        """
        clean = " ".join((body_text or "").split())
        if not clean:
            return None
        self.catch_up()
        parent_key = normalize_name(organization_text) if simple_name(organization_text) else ""
        same_name = self.by_key.get(normalize_name(clean), [])
        if same_name:
            found = _pick_body([self._with_parent(o) for o in same_name], parent_key)
            if found is not None:
                return found
            parent = self.organization_for(organization_text) if parent_key else None
            return self.create(clean, OrganizationKind.BODY.value, parent)
        found = self.match(clean)
        if found is not None:
            return found
        parent = self.organization_for(organization_text) if parent_key else None
        body = self.create(clean, OrganizationKind.BODY.value, parent)
        self.suggest(body)
        return body

    def _with_parent(self, org: Organization) -> Organization:
        """``org`` with its parent cached from the index (what select_related gave)."""
        if org.parent_id is not None and "parent" not in org._state.fields_cache:
            org._state.fields_cache["parent"] = self.by_pk.get(org.parent_id)
        return org


def simple_name(text: str | None) -> bool:
    """A single organisation name, not a list like "Lunner kommune/ Hadelandsregionen"."""
    clean = (text or "").strip()
    return bool(clean) and len(clean) <= 80 and not _LIST_OF_NAMES.search(clean)


#: What makes a text a list of organisations rather than one name (``simple_name``).
_LIST_OF_NAMES = re.compile(r"[/,;()&+]|\bog\b")
#: Names of counties and municipalities (``guess_kind``).
_COUNTY = re.compile(r"fylkeskommune\b|\bfylke\b")
_MUNICIPALITY = re.compile(r"kommune\b")


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
        # the merged-away spelling finds ``keep`` from now on (its own aliases moved
        # with the other rows that pointed at it)
        PersonAlias.objects.get_or_create(normalized_name=other.normalized_name,
                                          defaults={"person": keep})
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
    """After a merge the same person may hold the same seat twice: keep the oldest row,
    entered by hand when either was (a hand-entered seat stays public and is never
    deleted with the minutes the other was read from)."""
    field = "person" if isinstance(keep, Person) else "body"
    seen: dict[tuple, Membership] = {}
    for membership in Membership.objects.filter(**{field: keep}).order_by("pk"):
        key = (membership.person_id, membership.body_id, membership.role,
               membership.representing_id, membership.start, membership.end)
        kept = seen.setdefault(key, membership)
        if kept is not membership:
            if kept.from_minutes and not membership.from_minutes:
                kept.from_minutes = False
                kept.save(update_fields=["from_minutes"])
            membership.delete()


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
