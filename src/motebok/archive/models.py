"""The archive's domain models: bodies, people, meetings and what was decided.

Fat models: the rules every view, API and command relies on live here — who may see
what (``visible_to``), the minutes' life cycle (``approve``/``publish``), agenda
numbering and action queries. Rows keep the minutes record's text *as written* (e.g.
``Meeting.body_text``, ``Participation.name_text``) next to the matched entities (the
``body`` and ``person`` foreign keys), so an export gives back exactly what was imported
while pages can browse by body and person.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.db.models import F, Max, Q
from django.db.models.signals import post_delete
from django.dispatch import receiver
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from motebok import vocab
from motebok.archive import signals
from motebok.archive.names import normalize_name, slug_base
from motebok.vocab import (
    AccessRole,
    ActionFilter,
    ActionStatus,
    Attendance,
    DocumentKind,
    MeetingStatus,
    MembershipRole,
    OrganizationKind,
)

PER_YEAR = "per_year"
PER_MEETING = "per_meeting"
NUMBERING_CHOICES = [(PER_YEAR, _("Per body and year (01/24)")),
                     (PER_MEETING, _("Per meeting (1, 2, 3)"))]

#: Meetings whose participant lists count for attendance: held and approved minutes.
HELD_STATUSES = (MeetingStatus.APPROVED.value, MeetingStatus.PUBLISHED.value)
#: ``attendance_rates(viewer=…)`` default: count every meeting, whoever may see it.
EVERY_MEETING = object()


def set_rows_index(field: str, name: str) -> models.Index:
    """An index on a nullable foreign key that holds only the rows where it is set.

    Why: an import leaves these keys empty on most of the rows it writes (who approved or
    published imported minutes, an action nobody was matched to, a member representing
    no organisation, a body with no parent or lead), and a full index took an entry for
    every one of them. Every query on such a key compares it with a value or a list
    (``field = %s``, ``field IN (…)``: following the relation, ``on_delete`` when the
    person, user or organisation goes, a merge), which implies the key is set, so SQLite
    and PostgreSQL both use this index for them as they used the full one.
    """
    return models.Index(fields=[field], condition=Q(**{f"{field}__isnull": False}), name=name)


# --------------------------------------------------------------------------- visibility


def access_body_ids(user: Any) -> models.QuerySet | None:
    """Ids of the bodies the user works with; None means "sees everything".

    A BodyAccess row on a body covers the body and its working groups (the groups'
    ``parent``): the secretariat's roles (``secretariat.access.role_for``) count the
    same way, so whoever opens a group's draft there sees it on every page and in the API.
    """
    if user is not None and user.is_active and user.is_superuser:
        return None
    if user is None or not user.is_authenticated or not user.is_active:
        return Organization.objects.none().values("pk")
    direct = BodyAccess.objects.filter(user_id=user.pk).values("body_id")
    return Organization.objects.filter(Q(pk__in=direct) | Q(parent_id__in=direct)).values("pk")


def visibility_q(user: Any, prefix: str = "", item_prefix: str | None = None) -> Q:
    """The one visibility rule as a filter on Meeting fields reached through ``prefix``.

    Published minutes are public; every status is visible to superusers and to users with
    a BodyAccess row (member or secretariat) on the meeting's body or its parent body.
    With ``item_prefix`` (the path to an ``AgendaItem``: a decision's or an action's) the
    rows of an item closed to the public (``AgendaItem.is_closed``) are visible by the
    same rule as drafts: to those with access to the body, never to the public.
    """
    bodies = access_body_ids(user)
    if bodies is None:
        return Q()
    published = Q(**{f"{prefix}status": MeetingStatus.PUBLISHED.value})
    if item_prefix is not None:
        published &= Q(**{f"{item_prefix}exemption": ""})
    return published | Q(**{f"{prefix}body_id__in": bodies})


def reads_closed_items(user: Any, meeting: Meeting) -> bool:
    """Whether ``user`` may read the items of ``meeting`` closed to the public: those who
    may see its drafts (superusers, BodyAccess on its body or the body's parent), as
    ``visibility_q`` has it. No query for the public or a superuser, one else."""
    bodies = access_body_ids(user)
    if bodies is None:
        return True
    if bodies.query.is_empty() or meeting.body_id is None:
        return False
    return bodies.filter(pk=meeting.body_id).exists()


def _choices(enum) -> list[tuple[str, Any]]:
    """A field's ``choices`` from one vocabulary, its labels translated when shown (the
    admin's selects, filters and lists in bokmål: "Organ", "Leder", not "Body", "Leader");
    the vocabulary itself knows nothing of Django."""
    return [(value, _(label)) for value, label in vocab.choices(enum)]


class VisibleQuerySet(models.QuerySet):
    """A queryset whose rows belong to a meeting reached through ``meeting_path`` (and,
    with ``item_path``, to an agenda item, whose closing to the public hides them)."""

    meeting_path = ""
    item_path: str | None = None

    def visible_to(self, user: Any) -> models.QuerySet:
        """Only the rows whose meeting ``user`` may see (see ``visibility_q``)."""
        return self.filter(visibility_q(user, self.meeting_path, self.item_path))


# --------------------------------------------------------------------------- organisations


def unique_slug(model: type[models.Model], text: str, exclude_pk: Any = None) -> str:
    """A slug for ``text`` not yet used by another row of ``model`` (adds -2, -3 …)."""
    base = slug_base(text)
    taken = set(model._default_manager.filter(slug__startswith=base)
                .exclude(pk=exclude_pk).values_list("slug", flat=True))
    slug, n = base, 2
    while slug in taken:
        slug, n = f"{base}-{n}", n + 1
    return slug


class OrganizationQuerySet(models.QuerySet):
    """Lookups of organisations and bodies."""

    def match(self, name: str | None) -> Organization | None:
        """The organisation called ``name`` — by normalised name, else by an alias."""
        key = normalize_name(name or "")
        if not key:
            return None
        found = self.filter(normalized_name=key).order_by("pk").first()
        if found is not None:
            return found
        for org in self.exclude(aliases=[]).order_by("pk"):
            if any(normalize_name(alias) == key for alias in org.aliases or []):
                return org
        return None

    def bodies(self) -> models.QuerySet:
        """Bodies and working groups (what meets), not municipalities or regions."""
        return self.filter(kind__in=[OrganizationKind.BODY.value,
                                     OrganizationKind.WORKING_GROUP.value])


class Organization(models.Model):
    """A body that meets (faggruppe, utvalg …) or an organisation (kommune, region)."""

    name = models.CharField(_("name"), max_length=300)
    normalized_name = models.CharField(max_length=300, db_index=True, editable=False)
    slug = models.SlugField(_("slug"), max_length=255, unique=True, blank=True)
    kind = models.CharField(_("kind"), max_length=32, choices=_choices(OrganizationKind),
                            default=OrganizationKind.BODY.value)
    parent = models.ForeignKey("self", verbose_name=_("part of"), null=True, blank=True,
                               on_delete=models.SET_NULL, related_name="children",
                               db_index=False)
    aliases = models.JSONField(_("other names"), default=list, blank=True)
    mandate = models.TextField(_("mandate"), blank=True)
    numbering = models.CharField(_("agenda numbering"), max_length=16,
                                 choices=NUMBERING_CHOICES, default=PER_YEAR)
    lead = models.ForeignKey("Person", verbose_name=_("lead"), null=True, blank=True,
                             on_delete=models.SET_NULL, related_name="led_groups",
                             db_index=False)
    ends_on = models.DateField(_("ends on"), null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    objects = OrganizationQuerySet.as_manager()

    class Meta:
        ordering = ["name", "pk"]
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        indexes = [set_rows_index("parent", "archive_org_parent_set"),
                   set_rows_index("lead", "archive_org_lead_set")]

    def __str__(self) -> str:
        return self.name

    def save(self, *args: Any, **kwargs: Any) -> None:
        """Keep the match key in step with the name and give new rows a unique slug."""
        self.normalized_name = normalize_name(self.name)
        if not self.slug:
            self.slug = unique_slug(Organization, self.name, exclude_pk=self.pk)
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and "name" in update_fields:
            kwargs["update_fields"] = {*update_fields, "normalized_name"}
        super().save(*args, **kwargs)

    def add_alias(self, name: str) -> bool:
        """Remember another name for this organisation; False when it is already known."""
        key = normalize_name(name)
        known = {self.normalized_name, *(normalize_name(a) for a in self.aliases or [])}
        if not key or key in known:
            return False
        self.aliases = [*(self.aliases or []), name.strip()]
        return True

    def attendance_rates(self, statuses: tuple[str, ...] = HELD_STATUSES, *,
                         viewer: Any = EVERY_MEETING) -> list[AttendanceRate]:
        """How often each member (or, without a member list, each participant) attended.

        Counts only meetings in ``statuses`` that have a participant list, so a planned
        meeting with nobody listed does not lower anyone's rate. With ``viewer`` (a user,
        or None for the public) only the meetings that viewer may see count, so approved
        but unpublished minutes neither change the public's figures nor name their
        participants.
        """
        rows = Participation.objects.filter(meeting__body=self, meeting__status__in=statuses)
        if viewer is not EVERY_MEETING:
            rows = rows.visible_to(viewer)
        rows = rows.values_list("meeting_id", "person_id", "attendance")
        table: dict[int, dict[int, str]] = {}
        for meeting_id, person_id, attendance in rows:
            table.setdefault(meeting_id, {})[person_id] = attendance
        members = self.memberships.current()
        if viewer is not EVERY_MEETING:
            members = members.visible_to(viewer)  # (no one known from drafts alone)
        member_ids = list(members.values_list("person_id", flat=True).distinct())
        person_ids = member_ids or sorted({pid for row in table.values() for pid in row})
        people = Person.objects.in_bulk(person_ids)
        attended_values = {Attendance.PRESENT.value, Attendance.PARTIAL.value}
        rates = []
        for pid in person_ids:
            attended = sum(row.get(pid) in attended_values for row in table.values())
            rates.append(AttendanceRate(people[pid], attended, len(table)))
        return sorted(rates, key=lambda r: r.person.name)


@dataclass
class AttendanceRate:
    """One row of a body's attendance table: attended of ``meetings`` held."""

    person: Person
    attended: int
    meetings: int

    @property
    def percent(self) -> int | None:
        """Whole percent attended, or None when the body has held no meetings yet."""
        return round(100 * self.attended / self.meetings) if self.meetings else None


# --------------------------------------------------------------------------- people


#: How many letters a typed part of a name must hold to be looked for inside names: "."
#: or "a" is in nearly every name, so such a text is only someone's whole name.
PART_LETTERS = 2


def too_short_for_a_part(text: str) -> bool:
    """Whether a typed ``text`` holds too few letters to be looked for inside names."""
    return sum(char.isalpha() for char in normalize_name(text)) < PART_LETTERS


class PersonQuerySet(models.QuerySet):
    """People, and which of them a viewer may know about."""

    def named(self, text: str, limit: int) -> list[Person]:
        """The people a typed name may mean, best first: the whole name (any case, spaces
        collapsed) before names that only hold it, then by name; at most ``limit + 1``, so
        a caller can tell that more match than it offers. A text with too few letters
        (``too_short_for_a_part``) is looked for as a whole name only. One query, however
        large the archive; the forms that find a person by a typed name share this rule.
        """
        key = normalize_name(text)
        if too_short_for_a_part(text):
            return list(self.filter(normalized_name=key)[:1])
        return list(self.filter(normalized_name__contains=key).order_by(
            models.Case(models.When(normalized_name=key, then=models.Value(0)),
                        default=models.Value(1)), "name", "pk")[:limit + 1])

    def one_named(self, text: str, limit: int) -> tuple[Person | None, list[Person]]:
        """The person a typed name surely means (the whole name, or the only match), or
        None, and the people it may mean (``named``). A text too short to look for inside
        names that is nobody's whole name is refused (``ValidationError``, which a form
        shows as its field's error): it asks for more of the name, not "nobody"."""
        matches = self.named(text, limit)
        if matches and (len(matches) == 1
                        or matches[0].normalized_name == normalize_name(text)):
            return matches[0], matches
        if not matches and too_short_for_a_part(text):
            raise ValidationError(_("Type at least %(count)d letters of the name.")
                                  % {"count": PART_LETTERS})
        return None, matches

    def visible_to(self, user: Any) -> models.QuerySet:
        """People ``user`` may see: members of a body, or named (as participant or
        responsible) in a meeting ``user`` may see; superusers see everyone.

        Someone named only in drafts is as unknown to the public as the draft, in every
        list, filter and page.
        """
        if access_body_ids(user) is None:
            return self
        meetings = Meeting.objects.visible_to(user)
        return self.filter(
            models.Exists(Membership.objects.visible_to(user)
                          .filter(person=models.OuterRef("pk")))
            | models.Exists(Participation.objects.filter(person=models.OuterRef("pk"),
                                                         meeting__in=meetings))
            | models.Exists(Action.objects.visible_to(user)
                            .filter(responsible_person=models.OuterRef("pk"))))


class Person(models.Model):
    """A person named in minutes; one row per normalised name."""

    name = models.CharField(_("name"), max_length=300)
    normalized_name = models.CharField(max_length=300, unique=True, editable=False)
    email = models.EmailField(_("e-mail"), blank=True)
    user = models.OneToOneField(settings.AUTH_USER_MODEL, verbose_name=_("user account"),
                                null=True, blank=True, on_delete=models.SET_NULL,
                                related_name="person")
    created_at = models.DateTimeField(auto_now_add=True)

    objects = PersonQuerySet.as_manager()

    class Meta:
        ordering = ["name", "pk"]
        verbose_name = _("person")
        verbose_name_plural = _("people")

    def __str__(self) -> str:
        return self.name

    def save(self, *args: Any, **kwargs: Any) -> None:
        """Fill the match key from the name when the caller did not give one."""
        if not self.normalized_name:
            self.normalized_name = normalize_name(self.name)
        super().save(*args, **kwargs)


class PersonAlias(models.Model):
    """Another spelling that names a person: the name of a person merged into this one.

    Kept so that the next document with that spelling finds the merged person instead
    of creating the duplicate an administrator has just merged away.
    """

    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="aliases")
    normalized_name = models.CharField(max_length=300, unique=True)

    class Meta:
        verbose_name = _("other spelling")
        verbose_name_plural = _("other spellings")

    def __str__(self) -> str:
        return self.normalized_name


class SuggestionStatus(models.TextChoices):
    """Whether a merge suggestion has been decided."""

    PENDING = "pending", _("Pending")
    ACCEPTED = "accepted", _("Accepted")
    REJECTED = "rejected", _("Rejected")


class MergeSuggestion(models.Model):
    """Shared shape of a suggested merge: never applied until someone accepts it."""

    score = models.FloatField(_("score"))
    reason = models.CharField(_("reason"), max_length=200)
    status = models.CharField(_("status"), max_length=16, choices=SuggestionStatus.choices,
                              default=SuggestionStatus.PENDING)
    other_name = models.CharField(_("other name"), max_length=300, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    decided_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        abstract = True
        ordering = ["-score", "pk"]

    def __str__(self) -> str:
        return f"{self.keep} ← {self.other_name} ({self.reason}, {self.score:.2f})"

    def _check_pending(self) -> None:
        """Only a pending suggestion can be decided."""
        if self.status != SuggestionStatus.PENDING:
            raise ValidationError(_("This suggestion has already been decided."))

    def reject(self) -> None:
        """Keep both rows apart for good."""
        self._check_pending()
        self.status = SuggestionStatus.REJECTED
        self.decided_at = timezone.now()
        self.save(update_fields=["status", "decided_at"])

    def accept(self) -> None:
        """Merge ``other`` into ``keep`` (moves every row pointing at it) and delete it."""
        from motebok.archive import identity

        self._check_pending()
        if self.other_id is None or self.other_id == self.keep_id:
            raise ValidationError(_("There is nothing left to merge."))
        with transaction.atomic():
            identity.merge(self.keep, self.other)
            self.status = SuggestionStatus.ACCEPTED
            self.decided_at = timezone.now()
            self.other = None
            self.save(update_fields=["status", "decided_at", "other"])


class PersonMergeSuggestion(MergeSuggestion):
    """Two people who may be the same ("Kleiven Eystein" / "Eystein Kleiven")."""

    keep = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="merge_keep")
    other = models.ForeignKey(Person, null=True, blank=True, on_delete=models.SET_NULL,
                              related_name="merge_other")

    class Meta(MergeSuggestion.Meta):
        verbose_name = _("person merge suggestion")
        verbose_name_plural = _("person merge suggestions")


class OrganizationMergeSuggestion(MergeSuggestion):
    """Two organisations or bodies that may be the same."""

    keep = models.ForeignKey(Organization, on_delete=models.CASCADE, related_name="merge_keep")
    other = models.ForeignKey(Organization, null=True, blank=True, on_delete=models.SET_NULL,
                              related_name="merge_other")

    class Meta(MergeSuggestion.Meta):
        verbose_name = _("organisation merge suggestion")
        verbose_name_plural = _("organisation merge suggestions")


#: Participant rows that make someone a member of the meeting's body: every role but
#: guest (the importer's rule, ``identity.MEMBERSHIP_ROLE``).
MEMBER_PARTICIPANTS = Q(role__isnull=True) | Q(
    role__in=[r.value for r in vocab.ParticipantRole if r != vocab.ParticipantRole.GUEST])


#: How much a participant row says of the membership (chair → leader 2, secretary →
#: secretariat 1, else member 0): ``identity.MEMBERSHIP_ROLE`` ranked as ``ROLE_RANK``.
PARTICIPANT_RANK = models.Case(
    models.When(role=vocab.ParticipantRole.CHAIR.value, then=models.Value(2)),
    models.When(role=vocab.ParticipantRole.SECRETARY.value, then=models.Value(1)),
    default=models.Value(0), output_field=models.IntegerField())


class MembershipQuerySet(models.QuerySet):
    """Lookups of standing memberships."""

    def current(self, today: dt.date | None = None) -> models.QuerySet:
        """Memberships that have not ended (no end date, or ending today or later)."""
        today = today or timezone.localdate()
        return self.filter(Q(end__isnull=True) | Q(end__gte=today))

    @staticmethod
    def _attestations() -> models.QuerySet:
        """The participant rows that attest the outer membership: its person listed,
        other than as a guest, at a meeting of its body."""
        return Participation.objects.filter(MEMBER_PARTICIPANTS,
                                            person=models.OuterRef("person"),
                                            meeting__body=models.OuterRef("body"))

    def visible_to(self, user: Any) -> models.QuerySet:
        """Memberships ``user`` may know of: one entered by hand is public; one read from
        minutes (``from_minutes``) is as hidden as those minutes, and shows once a meeting
        of the body that ``user`` may see lists the person.

        Each row carries ``visible_role`` (see ``Membership.role_seen``): the role as far
        as what ``user`` may see attests it. A draft that lists a member as chair makes
        her leader for the body's people, while the public still reads "member" until
        those minutes are published.
        """
        bodies = access_body_ids(user)
        if bodies is None:
            return self.annotate(visible_role=F("role"))
        seen = self.filter(Q(from_minutes=False) | Q(body_id__in=bodies)
                           | models.Exists(self._attestations().visible_to(user)))
        best = models.Subquery(self._attestations().visible_to(user).annotate(
            rank=PARTICIPANT_RANK).order_by("-rank").values("rank")[:1])
        told = Q(from_minutes=True) & ~Q(body_id__in=bodies)
        leader, secretariat = MembershipRole.LEADER.value, MembershipRole.SECRETARIAT.value
        return seen.alias(attested_rank=best).annotate(visible_role=models.Case(
            models.When(told & Q(role__in=[leader, secretariat], attested_rank=0),
                        then=models.Value(MembershipRole.MEMBER.value)),
            models.When(told & Q(role=leader, attested_rank=1),
                        then=models.Value(secretariat)),
            default=F("role"), output_field=models.CharField()))

    def held_by(self, person: Person, body: Organization) -> Membership | None:
        """The membership of ``body`` that ``person`` holds now (the oldest, if the
        minutes left more than one): the row the secretariat's entry updates."""
        return self.filter(person=person, body=body).current().order_by("pk").first()

    def enter_by_hand(self, person: Person, body: Organization,
                      **fields: Any) -> tuple[Membership, bool]:
        """The secretariat enters ``person`` as a member of ``body``: the person's current
        membership there (the oldest, say one read from minutes) takes the role and the
        given fields and is from then on entered by hand; only without one is a row
        added, so nobody is listed twice. Fields given as None keep what the row had.
        Returns the membership and whether it was added."""
        current = self.held_by(person, body)
        if current is None:
            return self.create(person=person, body=body, **fields), True
        for name, value in fields.items():
            if value is not None:
                setattr(current, name, value)
        current.change_by_hand()
        current.save()
        return current, False

    def unattested(self) -> models.QuerySet:
        """Memberships read from minutes that no meeting of the body still attests (the
        minutes they came from were deleted)."""
        return self.filter(from_minutes=True).exclude(models.Exists(self._attestations()))

    def reattest(self) -> None:
        """Give each membership read from minutes the strongest role the meetings still
        in the archive attest (a chair anywhere → leader), so a role that only deleted
        minutes gave (a draft naming a member its chair) goes with them. A membership
        entered by hand keeps the role the secretariat gave it."""
        from motebok.archive.identity import MEMBERSHIP_ROLE, ROLE_RANK

        memberships = list(self.filter(from_minutes=True))
        if not memberships:
            return
        attested: dict[tuple[int, int], str] = {}
        rows = Participation.objects.filter(
            MEMBER_PARTICIPANTS, meeting__body_id__in={m.body_id for m in memberships},
            person_id__in={m.person_id for m in memberships}).values_list(
            "meeting__body_id", "person_id", "role")
        for body_id, person_id, participant_role in rows:
            role = MEMBERSHIP_ROLE.get(participant_role, MembershipRole.MEMBER.value)
            known = attested.get((body_id, person_id))
            if known is None or ROLE_RANK.get(role, 0) > ROLE_RANK.get(known, 0):
                attested[(body_id, person_id)] = role
        for membership in memberships:
            role = attested.get((membership.body_id, membership.person_id))
            if role is not None and role != membership.role:
                Membership.objects.filter(pk=membership.pk).update(role=role)


class Membership(models.Model):
    """A person's standing role in a body, and whom they represent there.

    ``from_minutes``: read by the importer from a participant list, so it stands only as
    long as some meeting of the body lists the person (deleting the last such meeting
    deletes it) and is seen only by whoever may see one of those meetings. A membership
    entered by hand (the secretariat, the admin) is public and stays until ended.
    """

    person = models.ForeignKey(Person, verbose_name=_("person"), on_delete=models.CASCADE,
                               related_name="memberships")
    body = models.ForeignKey(Organization, verbose_name=_("body"), on_delete=models.CASCADE,
                             related_name="memberships")
    role = models.CharField(_("role"), max_length=32, choices=_choices(MembershipRole),
                            default=MembershipRole.MEMBER.value)
    representing = models.ForeignKey(Organization, verbose_name=_("representing"), null=True,
                                     blank=True, on_delete=models.SET_NULL,
                                     related_name="representatives", db_index=False)
    start = models.DateField(_("from"), null=True, blank=True)
    end = models.DateField(_("until"), null=True, blank=True)
    from_minutes = models.BooleanField(_("read from minutes"), default=False, editable=False)

    objects = MembershipQuerySet.as_manager()

    class Meta:
        ordering = ["body", "person__name", "pk"]
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")
        indexes = [set_rows_index("representing", "archive_membership_repr_set")]

    def __str__(self) -> str:
        return f"{self.person} – {self.body} ({self.role})"

    def change_by_hand(self) -> None:
        """Someone (the admin, the secretariat) changed this membership by hand: from now
        on it is entered by hand (``from_minutes`` False), so deleting the minutes it was
        read from neither resets its role nor removes it. The caller saves."""
        self.from_minutes = False

    def end_by_hand(self, day: dt.date | None = None) -> bool:
        """The secretariat ends this membership on ``day`` (today): a change by hand, so
        a membership read from minutes becomes one entered by hand and its end survives
        the minutes (deleting them neither removes the row nor forgets the end). One that
        has already ended keeps its end (a second click, an old page: history is not
        rewritten to today). Returns whether it changed; the caller saves."""
        day = day or timezone.localdate()
        if self.end is not None and self.end <= day:
            return False
        self.end = day
        self.change_by_hand()
        return True

    @property
    def role_seen(self) -> str:
        """The role a page or the API shows: for a row of ``visible_to(user)`` the one the
        minutes ``user`` may see attest (``visible_role``), else the stored one."""
        return getattr(self, "visible_role", None) or self.role

    def get_role_seen_display(self) -> Any:
        """The label of ``role_seen`` (as ``get_role_display`` is of ``role``)."""
        role = self.role_seen
        return dict(self._meta.get_field("role").flatchoices).get(role, role)


class BodyAccess(models.Model):
    """A user account's right to see drafts of a body (member) or also edit (secretariat)."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("user"),
                             on_delete=models.CASCADE, related_name="body_accesses")
    body = models.ForeignKey(Organization, verbose_name=_("body"), on_delete=models.CASCADE,
                             related_name="accesses")
    role = models.CharField(_("role"), max_length=16, choices=_choices(AccessRole),
                            default=AccessRole.MEMBER.value)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "body"],
                                               name="archive_bodyaccess_unique_user_body")]
        verbose_name = _("body access")
        verbose_name_plural = _("body accesses")

    def __str__(self) -> str:
        return f"{self.user} – {self.body} ({self.role})"

    @classmethod
    def role_of(cls, user: Any, body: Organization | None) -> str | None:
        """The user's AccessRole value on ``body``, or None (anonymous, no row, no body)."""
        if body is None or user is None or not user.is_authenticated or not user.is_active:
            return None
        return (cls.objects.filter(user_id=user.pk, body_id=body.pk)
                .values_list("role", flat=True).first())


# --------------------------------------------------------------------------- documents


class SourceDocumentQuerySet(VisibleQuerySet):
    """Source files; visible with their meeting (orphans only to superusers)."""

    meeting_path = "meeting__"


class SourceDocument(models.Model):
    """The original file a meeting was read from, kept byte for byte for download.

    A document restored from a JSON export has no ``content`` (None): the export holds
    the record, not the file.
    """

    filename = models.CharField(_("file name"), max_length=500, null=True, blank=True)
    sha256 = models.CharField(_("SHA-256"), max_length=64, unique=True, null=True, blank=True)
    format = models.CharField(_("format"), max_length=8, null=True, blank=True,
                              choices=[(f.value, f.value) for f in vocab.SourceFormat])
    content = models.BinaryField(_("content"), null=True, blank=True)
    size = models.PositiveBigIntegerField(_("size"), null=True, blank=True)
    kind = models.CharField(_("kind"), max_length=16, choices=_choices(DocumentKind),
                            default=DocumentKind.MINUTES.value)
    imported_at = models.DateTimeField(_("imported"), auto_now_add=True)
    warnings = models.JSONField(_("warnings"), default=list, blank=True)

    objects = SourceDocumentQuerySet.as_manager()

    class Meta:
        ordering = ["-imported_at", "pk"]
        verbose_name = _("source document")
        verbose_name_plural = _("source documents")

    def __str__(self) -> str:
        return self.filename or self.sha256 or f"#{self.pk}"


# --------------------------------------------------------------------------- meetings

#: Meetings newest first, by day and start, undated ones last on every database (NULL
#: sorts differently): the order of every list of meetings (``MeetingQuerySet.listed``,
#: the web's lists).
MEETINGS_NEWEST_FIRST = (F("date").desc(nulls_last=True), F("start").desc(nulls_last=True),
                         "-pk")


class MeetingQuerySet(VisibleQuerySet):
    """Meetings; ``visible_to(user)`` is the single access rule of every page and API."""

    meeting_path = ""

    def published(self) -> models.QuerySet:
        """Only published minutes (what the public sees)."""
        return self.filter(status=MeetingStatus.PUBLISHED.value)

    def listed(self, user: Any, *, bodies: Any = None, year: int | None = None,
               status: str | None = None, when: str | None = None,
               today: dt.date | None = None) -> models.QuerySet:
        """The meeting lists' one query (``/meetings/`` and ``/api/v1/meetings/``): the
        meetings ``user`` may see, newest first (undated last on every database), the
        body joined, narrowed to ``bodies`` (organisations or ids; none given: all),
        a ``year``, a ``status`` and a ``vocab.MeetingWhen`` (upcoming: from ``today``,
        default today in Oslo; past: before it)."""
        meetings = self.visible_to(user).select_related("body")
        if bodies:
            meetings = meetings.filter(body__in=list(bodies))
        if year is not None:
            meetings = meetings.filter(date__year=year)
        if status:
            meetings = meetings.filter(status=status)
        if when:
            today = today or timezone.localdate()
            if when == vocab.MeetingWhen.UPCOMING:
                meetings = meetings.filter(date__gte=today)
            elif when == vocab.MeetingWhen.PAST:
                meetings = meetings.filter(date__lt=today)
        return meetings.order_by(*MEETINGS_NEWEST_FIRST)


class Meeting(models.Model):
    """One meeting of a body, with the minutes' life cycle and the record's own words."""

    # no index of its own: the (body, date) index below starts with it
    body = models.ForeignKey(Organization, verbose_name=_("body"), null=True, blank=True,
                             on_delete=models.PROTECT, related_name="meetings",
                             db_index=False)
    body_text = models.TextField(_("body as written"), null=True, blank=True)
    organization_text = models.TextField(_("organisation as written"), null=True, blank=True)
    title = models.TextField(_("title"), null=True, blank=True)
    date = models.DateField(_("date"), null=True, blank=True, db_index=True)
    start = models.TimeField(_("start"), null=True, blank=True)
    end = models.TimeField(_("end"), null=True, blank=True)
    location = models.TextField(_("location"), null=True, blank=True)
    mode = models.CharField(_("mode"), max_length=16, blank=True,
                            choices=_choices(vocab.MeetingMode))
    link = models.URLField(_("meeting link"), max_length=1000, blank=True)
    status = models.CharField(_("status"), max_length=16, choices=_choices(MeetingStatus),
                              default=MeetingStatus.DRAFT.value, db_index=True)
    locked = models.BooleanField(_("locked"), default=False)
    version = models.PositiveIntegerField(_("version"), default=1)
    cancel_reason = models.TextField(_("reason for cancelling"), blank=True)
    # bumped when the meeting is cancelled or reinstated: calendars only take a changed
    # event when its SEQUENCE grows (RFC 5545), and the summons count alone cannot grow
    calendar_changes = models.PositiveIntegerField(default=0, editable=False)
    document_date = models.DateField(_("document date"), null=True, blank=True)
    kind = models.CharField(_("kind"), max_length=16, choices=_choices(DocumentKind),
                            default=DocumentKind.MINUTES.value)
    source = models.OneToOneField(SourceDocument, verbose_name=_("source document"), null=True,
                                  blank=True, on_delete=models.SET_NULL, related_name="meeting")
    next_date = models.DateField(_("next meeting"), null=True, blank=True)
    next_start = models.TimeField(_("next meeting starts"), null=True, blank=True)
    next_location = models.TextField(_("next meeting place"), null=True, blank=True)
    warnings = models.JSONField(_("warnings"), default=list, blank=True)
    record_hash = models.CharField(max_length=64, unique=True, null=True, blank=True,
                                   editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    approved_at = models.DateTimeField(_("approved"), null=True, blank=True)
    approved_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True,
                                    on_delete=models.SET_NULL, related_name="+",
                                    db_index=False)
    published_at = models.DateTimeField(_("published"), null=True, blank=True)
    published_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True,
                                     on_delete=models.SET_NULL, related_name="+",
                                     db_index=False)

    objects = MeetingQuerySet.as_manager()

    class Meta:
        verbose_name = _("meeting")
        verbose_name_plural = _("meetings")
        indexes = [models.Index(fields=["body", "date"], name="archive_meeting_body_date"),
                   set_rows_index("approved_by", "archive_meeting_approver_set"),
                   set_rows_index("published_by", "archive_meeting_publisher_set")]

    def __str__(self) -> str:
        return f"{self.heading} ({self.date.isoformat()})" if self.date else self.heading

    @property
    def heading(self) -> str:
        """What a page calls the meeting: its title, else its body's name, else "Meeting"
        (a meeting restored from a record that names no body has none)."""
        return self.title or (self.body.name if self.body_id else "") or str(_("Meeting"))

    @property
    def body_name(self) -> str:
        """The body's name; as the record wrote it when the meeting belongs to no body
        (a restored export), else ""."""
        return self.body.name if self.body_id else (self.body_text or "")

    @property
    def file_stem(self) -> str:
        """ "reiseliv-2025-03-12": what downloaded files of the meeting are named after —
        the body's slug (left out when there is none) and the date ("udatert" if none)."""
        day = self.date.isoformat() if self.date else "udatert"
        return f"{self.body.slug}-{day}" if self.body_id else day

    @property
    def from_record(self) -> bool:
        """True when the meeting came from a minutes record (import), not the secretariat."""
        return self.record_hash is not None

    @property
    def in_preparation(self) -> bool:
        """Planned or draft: the minutes are still being written, not yet approved."""
        return self.status in (MeetingStatus.PLANNED.value, MeetingStatus.DRAFT.value)

    @property
    def cancelled(self) -> bool:
        """The meeting was called off ("avlyst"): shown as such, offered for nothing."""
        return self.status == MeetingStatus.CANCELLED.value

    @property
    def changeable(self) -> bool:
        """Whether its details, agenda and minutes may be changed (approved minutes too,
        each change with a reason, as a new version): not while it is cancelled — a
        meeting that will not be held gets no agenda or minutes until it is reinstated.
        The secretariat's page offers its forms only when this holds."""
        return not self.cancelled

    @property
    def status_label(self) -> str:
        """The status as the reader's language names it, lower-case for use inside a
        sentence ("planlagt", "godkjent"): a message never shows the stored value."""
        return gettext(self.get_status_display()).lower()

    def cancel(self, reason: str = "") -> None:
        """Call off a planned meeting ("avlyst"); ValidationError for any other status.

        Begun, approved or published minutes show the meeting took place, so only a
        planned one can be cancelled. It stays (with the reason) so members see it.
        """
        if self.status != MeetingStatus.PLANNED.value or self.locked:
            raise ValidationError(
                _("Only a planned meeting can be cancelled (this one is %(status)s).")
                % {"status": self.status_label})
        self.status = MeetingStatus.CANCELLED.value
        self.cancel_reason = reason.strip()
        self.calendar_changes += 1
        self.save(update_fields=["status", "cancel_reason", "calendar_changes", "updated_at"])

    def reinstate(self) -> None:
        """Put a cancelled meeting back in the plan; ValidationError if not cancelled."""
        if not self.cancelled:
            raise ValidationError(
                _("Only a cancelled meeting can be reinstated (this one is %(status)s).")
                % {"status": self.status_label})
        self.status = MeetingStatus.PLANNED.value
        self.cancel_reason = ""
        self.calendar_changes += 1
        self.save(update_fields=["status", "cancel_reason", "calendar_changes", "updated_at"])

    def approve(self, by: Any = None, at: Any = None) -> None:
        """Approve (and lock) planned or draft minutes; ValidationError otherwise.

        ``at``: when they were approved (the meeting that approved them, recorded some
        days later), else now."""
        if not self.in_preparation:
            raise ValidationError(
                _("Only planned or draft minutes can be approved (these are %(status)s).")
                % {"status": self.status_label})
        self.status = MeetingStatus.APPROVED.value
        self.locked = True
        self.approved_at = at or timezone.now()
        self.approved_by = by if by is not None and by.is_authenticated else None
        self.save(update_fields=["status", "locked", "approved_at", "approved_by", "updated_at"])

    def publish(self, by: Any = None) -> None:
        """Publish approved minutes so everyone can read them; ValidationError otherwise."""
        if self.status != MeetingStatus.APPROVED.value:
            raise ValidationError(
                _("Only approved minutes can be published (these are %(status)s).")
                % {"status": self.status_label})
        self.status = MeetingStatus.PUBLISHED.value
        self.locked = True
        self.published_at = timezone.now()
        self.published_by = by if by is not None and by.is_authenticated else None
        self.save(update_fields=["status", "locked", "published_at", "published_by",
                                 "updated_at"])

    def _siblings(self) -> models.QuerySet:
        """Other dated meetings of the same body (none when the meeting has no body/date)."""
        if self.body_id is None or self.date is None:
            return Meeting.objects.none()
        return Meeting.objects.filter(body_id=self.body_id, date__isnull=False).exclude(
            pk=self.pk)

    def previous(self, user: Any = None, *, visible: bool = False) -> Meeting | None:
        """The body's meeting before this one by date (ties broken by id).

        With ``visible=True`` only meetings ``user`` may see are considered.
        """
        if self.date is None:
            return None
        qs = self._siblings()
        if visible:
            qs = qs.visible_to(user)
        before = Q(date__lt=self.date) | Q(date=self.date, pk__lt=self.pk)
        return qs.filter(before).order_by("-date", "-pk").first()

    def next(self, user: Any = None, *, visible: bool = False) -> Meeting | None:
        """The body's meeting after this one by date (ties broken by id); None if undated."""
        if self.date is None:
            return None
        qs = self._siblings()
        if visible:
            qs = qs.visible_to(user)
        after = Q(date__gt=self.date) | Q(date=self.date, pk__gt=self.pk)
        return qs.filter(after).order_by("date", "pk").first()

    def year(self) -> int:
        """The year the meeting's agenda numbers belong to (its date, else this year)."""
        return self.date.year if self.date else timezone.localdate().year


@receiver(post_delete, sender=Meeting, dispatch_uid="motebok.archive.meeting_deleted")
def _announce_meeting_deleted(sender: Any, instance: Meeting, **kwargs: Any) -> None:
    """Tell listeners (search) a meeting is gone, for single and bulk deletes alike, and
    drop the memberships only its minutes attested (its participants are gone by now) and
    the roles only they gave."""
    if instance.body_id is not None:
        Membership.objects.filter(body_id=instance.body_id).unattested().delete()
        Membership.objects.filter(body_id=instance.body_id).reattest()
    signals.meeting_deleted.send(sender=Meeting, meeting_id=instance.pk)


class ParticipationQuerySet(VisibleQuerySet):
    """Participant rows, visible with their meeting."""

    meeting_path = "meeting__"


class Participation(models.Model):
    """One participant of one meeting, with the record's words for them."""

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="participations")
    person = models.ForeignKey(Person, on_delete=models.PROTECT, related_name="participations")
    name_text = models.TextField(_("name as written"), blank=True)
    organization_text = models.TextField(_("organisation as written"), null=True, blank=True)
    role = models.CharField(_("role"), max_length=16, null=True, blank=True,
                            choices=_choices(vocab.ParticipantRole))
    attendance = models.CharField(_("attendance"), max_length=16,
                                  choices=_choices(Attendance),
                                  default=Attendance.PRESENT.value)
    note = models.TextField(_("note"), null=True, blank=True)
    order = models.PositiveIntegerField(_("order"), default=0)

    objects = ParticipationQuerySet.as_manager()

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = _("participation")
        verbose_name_plural = _("participations")

    def __str__(self) -> str:
        return f"{self.name_text or self.person} @ {self.meeting_id}"


class AgendaItemQuerySet(VisibleQuerySet):
    """Agenda items, visible with their meeting."""

    meeting_path = "meeting__"


class AgendaItem(models.Model):
    """One agenda item (sak): its number as written, title, text and order.

    An item may be closed to the public ("unntatt offentlighet"): ``exemption`` holds the
    legal basis as written ("offl. § 13"; empty: open). The public then sees its number
    and a neutral title ("Unntatt offentlighet (offl. § 13)", ``public_title``) and
    nothing of its text, decisions or actions; those who may see the body's drafts
    (``reads_closed_items``) see it all, marked. ``title_public``: the secretariat chose
    to show the real title to the public (the text stays closed).
    """

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="items")
    number = models.CharField(_("number"), max_length=100, null=True, blank=True)
    sequence = models.PositiveIntegerField(_("sequence"), null=True, blank=True)
    year = models.PositiveIntegerField(_("year"), null=True, blank=True)
    title = models.TextField(_("title"), null=True, blank=True)
    text = models.TextField(_("text"), blank=True, default="")
    order = models.PositiveIntegerField(_("order"), default=0)
    exemption = models.CharField(
        _("closed to the public under"), max_length=vocab.EXEMPTION_MAX, blank=True,
        default="",
        help_text=_("The legal basis as written, e.g. \"offl. § 13\" or \"kommuneloven "
                    "§ 11-5\". Empty: the item is open. The public sees only its number "
                    "and \"Closed to the public\" with the basis."))
    title_public = models.BooleanField(
        _("title may be published"), default=False,
        help_text=_("Show the item's title to the public although the item is closed "
                    "(its text, decisions and actions stay closed)."))

    objects = AgendaItemQuerySet.as_manager()

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = _("agenda item")
        verbose_name_plural = _("agenda items")
        indexes = [models.Index(fields=["year", "sequence"], name="archive_item_year_seq")]

    def __str__(self) -> str:
        return " ".join(x for x in (self.number, self.title) if x) or f"#{self.pk}"

    @property
    def is_closed(self) -> bool:
        """Closed to the public: a legal basis is written."""
        return bool(self.exemption and self.exemption.strip())

    @property
    def closed_label(self) -> str:
        """ "Unntatt offentlighet (offl. § 13)" in the reader's language ("" if open)."""
        if not self.is_closed:
            return ""
        return vocab.closed_title(self.exemption, gettext(vocab.CLOSED_TO_PUBLIC))

    @property
    def public_title(self) -> str | None:
        """The title the public sees: the title of an open item or of one whose title
        the secretariat published, else the neutral ``closed_label``."""
        if not self.is_closed or self.title_public:
            return self.title
        return self.closed_label

    def public_record_title(self) -> str | None:
        """``public_title`` in the minutes record's (Norwegian) words, for exports."""
        if not self.is_closed or self.title_public:
            return self.title
        return vocab.closed_title(self.exemption)

    def assign_number(self) -> str:
        """Give the item the next number of its body's series and return it.

        Per year ("01/24"): one past the highest sequence of the body's items that year,
        across all its meetings — a deleted item's number is reused only when it was the
        highest. Per meeting ("1", "2" …): one past the highest in this meeting. A meeting
        without a body numbers per meeting.
        """
        meeting = self.meeting
        year = meeting.year()
        body = meeting.body
        if body is not None and body.numbering == PER_YEAR:
            scope = AgendaItem.objects.filter(meeting__body=body, year=year)
        else:
            scope = AgendaItem.objects.filter(meeting=meeting)
        if self.pk:
            scope = scope.exclude(pk=self.pk)
        self.sequence = (scope.aggregate(m=Max("sequence"))["m"] or 0) + 1
        self.year = year
        if body is not None and body.numbering == PER_YEAR:
            self.number = f"{self.sequence:02d}/{year % 100:02d}"
        else:
            self.number = str(self.sequence)
        if self.pk:
            self.save(update_fields=["sequence", "year", "number"])
        return self.number


class DecisionQuerySet(VisibleQuerySet):
    """Decisions, visible with their meeting (and item: see ``AgendaItem.is_closed``)."""

    meeting_path = "item__meeting__"
    item_path = "item__"


class Decision(models.Model):
    """A sentence recording what the body decided under an item."""

    item = models.ForeignKey(AgendaItem, on_delete=models.CASCADE, related_name="decisions")
    text = models.TextField(_("text"))
    order = models.PositiveIntegerField(_("order"), default=0)

    objects = DecisionQuerySet.as_manager()

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = _("decision")
        verbose_name_plural = _("decisions")

    def __str__(self) -> str:
        return self.text[:80]


class ActionQuerySet(VisibleQuerySet):
    """Follow-up actions: open, overdue, done — and visible with their meeting (and
    item: see ``AgendaItem.is_closed``)."""

    meeting_path = "item__meeting__"
    item_path = "item__"

    def open(self) -> models.QuerySet:
        """Actions still to be done."""
        return self.filter(status=ActionStatus.OPEN.value)

    def done(self) -> models.QuerySet:
        """Actions marked done."""
        return self.filter(status=ActionStatus.DONE.value)

    def overdue(self, today: dt.date | None = None) -> models.QuerySet:
        """Open actions whose due date is before ``today`` (default: today in Oslo)."""
        today = today or timezone.localdate()
        return self.open().filter(due__lt=today)

    def in_state(self, state: str, today: dt.date | None = None) -> models.QuerySet:
        """The actions an ``ActionFilter`` value picks; any other value (none chosen) keeps
        them all."""
        if state == ActionFilter.OPEN:
            return self.open()
        if state == ActionFilter.OVERDUE:
            return self.overdue(today)
        if state == ActionFilter.DONE:
            return self.done()
        return self


class Action(models.Model):
    """A follow-up someone is to do after the meeting."""

    item = models.ForeignKey(AgendaItem, on_delete=models.CASCADE, related_name="actions")
    text = models.TextField(_("text"))
    responsible_person = models.ForeignKey(Person, verbose_name=_("responsible"), null=True,
                                           blank=True, on_delete=models.SET_NULL,
                                           related_name="actions", db_index=False)
    responsible_text = models.TextField(_("responsible as written"), null=True, blank=True)
    due = models.DateField(_("due"), null=True, blank=True)
    status = models.CharField(_("status"), max_length=8, choices=_choices(ActionStatus),
                              default=ActionStatus.OPEN.value, db_index=True)
    done_note = models.TextField(_("note when done"), blank=True)
    done_at = models.DateTimeField(_("done"), null=True, blank=True)
    order = models.PositiveIntegerField(_("order"), default=0)

    objects = ActionQuerySet.as_manager()

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = _("action")
        verbose_name_plural = _("actions")
        indexes = [set_rows_index("responsible_person", "archive_action_responsible_set")]

    def __str__(self) -> str:
        return self.text[:80]

    def is_overdue(self, today: dt.date | None = None) -> bool:
        """Open and past its due date."""
        today = today or timezone.localdate()
        return self.status == ActionStatus.OPEN.value and self.due is not None and self.due < today

    def mark_done(self, note: str = "") -> None:
        """Close the action with an optional note; closing twice is an error."""
        if self.status == ActionStatus.DONE.value:
            raise ValidationError(_("This action is already done."))
        self.status = ActionStatus.DONE.value
        self.done_note = note or ""
        self.done_at = timezone.now()
        self.save(update_fields=["status", "done_note", "done_at"])

    def reopen(self) -> None:
        """Open a done action again (marked done by mistake, or not done after all);
        opening an open one is an error."""
        if self.status == ActionStatus.OPEN.value:
            raise ValidationError(_("This action is already open."))
        self.status = ActionStatus.OPEN.value
        self.done_note = ""
        self.done_at = None
        self.save(update_fields=["status", "done_note", "done_at"])
