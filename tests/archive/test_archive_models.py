"""Model rules: the minutes' life cycle, agenda numbering, visibility and action queries."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.exceptions import ValidationError

from archive.factories import (
    ActionFactory,
    BodyFactory,
    ItemFactory,
    MeetingFactory,
    PersonFactory,
)
from motebok.archive.models import PER_MEETING, Action, AgendaItem, Meeting, Person
from motebok.vocab import ActionStatus, MeetingStatus

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]


def test_draft_is_approved_then_published(personas):
    meeting = MeetingFactory(status=MeetingStatus.DRAFT.value)
    with pytest.raises(ValidationError):
        meeting.publish(personas.secretariat)
    meeting.approve(personas.secretariat)
    meeting.refresh_from_db()
    assert (meeting.status, meeting.locked) == (MeetingStatus.APPROVED.value, True)
    assert meeting.approved_by == personas.secretariat and meeting.approved_at
    meeting.publish(personas.secretariat)
    meeting.refresh_from_db()
    assert meeting.status == MeetingStatus.PUBLISHED.value and meeting.published_at
    with pytest.raises(ValidationError):
        meeting.approve()
    with pytest.raises(ValidationError):
        meeting.publish()


def test_anonymous_approval_records_no_user(personas):
    meeting = MeetingFactory(status=MeetingStatus.PLANNED.value)
    meeting.approve(personas.anonymous)
    assert meeting.approved_by is None and meeting.status == MeetingStatus.APPROVED.value


def test_numbers_per_body_and_year_cross_meetings_and_restart_in_a_new_year():
    body = BodyFactory()
    autumn = MeetingFactory(body=body, date=dt.date(2023, 11, 1))
    winter = MeetingFactory(body=body, date=dt.date(2023, 12, 12))
    january = MeetingFactory(body=body, date=dt.date(2024, 1, 15))
    numbers = [ItemFactory(meeting=autumn).assign_number(),
               ItemFactory(meeting=autumn).assign_number(),
               ItemFactory(meeting=winter).assign_number(),
               ItemFactory(meeting=january).assign_number()]
    assert numbers == ["01/23", "02/23", "03/23", "01/24"]
    other = MeetingFactory(date=dt.date(2023, 12, 1))
    assert ItemFactory(meeting=other).assign_number() == "01/23"  # another body's series


def test_deleted_items_free_their_number_only_when_highest():
    body = BodyFactory()
    meeting = MeetingFactory(body=body, date=dt.date(2024, 2, 1))
    first, second, third = (ItemFactory(meeting=meeting) for _ in range(3))
    for item in (first, second, third):
        item.assign_number()
    second.delete()
    assert ItemFactory(meeting=meeting).assign_number() == "04/24"
    AgendaItem.objects.filter(sequence=4).delete()
    third.delete()
    assert ItemFactory(meeting=meeting).assign_number() == "02/24"


def test_imported_numbers_count_in_the_series():
    body = BodyFactory()
    meeting = MeetingFactory(body=body, date=dt.date(2024, 3, 1))
    AgendaItem.objects.create(meeting=meeting, number="07/24", sequence=7, year=2024)
    assert ItemFactory(meeting=meeting).assign_number() == "08/24"


def test_numbers_per_meeting_and_reassigning_keeps_the_item():
    body = BodyFactory(numbering=PER_MEETING)
    meeting = MeetingFactory(body=body)
    item = ItemFactory(meeting=meeting)
    assert item.assign_number() == "1"
    assert ItemFactory(meeting=meeting).assign_number() == "2"
    assert item.assign_number() == "3" and AgendaItem.objects.get(pk=item.pk).number == "3"
    assert ItemFactory(meeting=MeetingFactory(body=body)).assign_number() == "1"


def test_visibility_for_every_persona(personas):
    public = MeetingFactory(body=personas.body, title="Publisert")
    draft = MeetingFactory(body=personas.body, status=MeetingStatus.DRAFT.value, title="Utkast")
    approved = MeetingFactory(body=personas.body, status=MeetingStatus.APPROVED.value)
    elsewhere = MeetingFactory(body=personas.other, status=MeetingStatus.DRAFT.value)

    def seen(user) -> set[int]:
        return set(Meeting.objects.visible_to(user).values_list("pk", flat=True))

    assert seen(personas.anonymous) == {public.pk}
    assert seen(None) == {public.pk}
    assert seen(personas.outsider) == {public.pk, elsewhere.pk}
    assert seen(personas.member) == {public.pk, draft.pk, approved.pk}
    assert seen(personas.secretariat) == {public.pk, draft.pk, approved.pk}
    assert seen(personas.superuser) == {public.pk, draft.pk, approved.pk, elsewhere.pk}
    personas.member.is_active = False
    personas.member.save()
    assert seen(personas.member) == {public.pk}
    item = ItemFactory(meeting=draft)
    ActionFactory(item=item)
    assert Action.objects.visible_to(personas.anonymous).count() == 0
    assert Action.objects.visible_to(personas.secretariat).count() == 1


def test_previous_and_next_skip_what_the_user_may_not_see(personas):
    first = MeetingFactory(body=personas.body, date=dt.date(2024, 1, 1))
    hidden = MeetingFactory(body=personas.body, date=dt.date(2024, 2, 1),
                            status=MeetingStatus.DRAFT.value)
    last = MeetingFactory(body=personas.body, date=dt.date(2024, 3, 1))
    assert first.next() == hidden
    assert first.next(personas.anonymous, visible=True) == last
    assert last.previous(personas.member, visible=True) == hidden
    assert MeetingFactory(body=personas.body, date=None).next() is None


def test_open_overdue_done_and_mark_done():
    today = dt.date(2024, 6, 1)
    late = ActionFactory(due=dt.date(2024, 5, 1))
    soon = ActionFactory(due=dt.date(2024, 7, 1))
    undated = ActionFactory(due=None)
    assert set(Action.objects.overdue(today)) == {late}
    assert late.is_overdue(today) and not soon.is_overdue(today) and not undated.is_overdue(today)
    late.mark_done("Sendt 30. mai")
    assert set(Action.objects.overdue(today)) == set()
    assert set(Action.objects.done()) == {late}
    assert set(Action.objects.open()) == {soon, undated}
    assert late.status == ActionStatus.DONE.value and late.done_at
    with pytest.raises(ValidationError):
        late.mark_done()


def test_attendance_rates_count_held_meetings_only():
    from motebok.archive import importer
    from motebok.record import MinutesRecord

    def minutes(date: str, absent: bool) -> MinutesRecord:
        return MinutesRecord.from_dict({
            "schema_version": 1, "body": "Rådet", "meeting": {"date": date},
            "participants": [{"name": "Kari Nordmann", "role": "chair"},
                             {"name": "Ola Hansen",
                              "attendance": "absent" if absent else "present"}]})

    importer.store_record(minutes("2024-01-01", absent=False))
    importer.store_record(minutes("2024-02-01", absent=True))
    importer.store_record(minutes("2024-03-01", absent=True), status="draft")
    body = Meeting.objects.first().body
    rates = {r.person.name: (r.attended, r.meetings, r.percent) for r in body.attendance_rates()}
    assert rates == {"Kari Nordmann": (2, 2, 100), "Ola Hansen": (1, 2, 50)}


def test_attendance_rates_for_a_viewer_count_only_the_meetings_they_may_see(personas):
    from motebok.archive.models import Participation
    from motebok.vocab import Attendance

    kari, ola = PersonFactory(name="Kari Nordmann"), PersonFactory(name="Ola Hansen")
    published = MeetingFactory(body=personas.body, date=dt.date(2024, 1, 1))
    Participation.objects.create(meeting=published, person=kari)
    approved = MeetingFactory(body=personas.body, date=dt.date(2024, 2, 1),
                              status=MeetingStatus.APPROVED.value)
    Participation.objects.create(meeting=approved, person=kari)
    Participation.objects.create(meeting=approved, person=ola, attendance=Attendance.ABSENT)
    body = personas.body

    def rates(**viewer) -> dict:
        return {r.person.name: (r.attended, r.meetings)
                for r in body.attendance_rates(**viewer)}

    everyone = {"Kari Nordmann": (2, 2), "Ola Hansen": (0, 2)}
    assert rates() == everyone
    assert rates(viewer=personas.member) == everyone
    assert rates(viewer=personas.superuser) == everyone
    # Approved but unpublished minutes: neither counted nor naming anyone for the public.
    assert rates(viewer=personas.anonymous) == {"Kari Nordmann": (1, 1)}
    assert rates(viewer=personas.outsider) == {"Kari Nordmann": (1, 1)}
    assert rates(viewer=None) == {"Kari Nordmann": (1, 1)}


def test_people_visible_to_are_members_or_named_in_visible_minutes(personas):
    from motebok.archive.models import Membership, Participation, Person

    member = PersonFactory(name="Medlem Meldal")
    Membership.objects.create(person=member, body=personas.body)
    published = MeetingFactory(body=personas.body)
    in_published = PersonFactory(name="Publisert Pedersen")
    Participation.objects.create(meeting=published, person=in_published)
    draft = MeetingFactory(body=personas.body, status=MeetingStatus.DRAFT.value)
    in_draft = PersonFactory(name="Utkast Udnes")
    Participation.objects.create(meeting=draft, person=in_draft)
    responsible = PersonFactory(name="Ansvarlig Aas")
    ActionFactory(item=ItemFactory(meeting=draft), responsible_person=responsible)
    PersonFactory(name="Ingen Iversen")

    def names(user) -> set[str]:
        return set(Person.objects.visible_to(user).values_list("name", flat=True))

    public = {"Medlem Meldal", "Publisert Pedersen"}
    assert names(personas.anonymous) == names(personas.outsider) == public
    assert names(personas.member) == public | {"Utkast Udnes", "Ansvarlig Aas"}
    assert "Ingen Iversen" in names(personas.superuser)


def test_memberships_read_from_drafts_alone_are_as_hidden_as_the_drafts(personas):
    from motebok.archive.models import Membership, Participation, Person

    def membership(name: str, *meetings) -> None:
        person = PersonFactory(name=name)
        Membership.objects.create(person=person, body=personas.body,
                                  from_minutes=bool(meetings))
        for meeting in meetings:
            Participation.objects.create(meeting=meeting, person=person)

    published = MeetingFactory(body=personas.body, date=dt.date(2024, 1, 1))
    draft = MeetingFactory(body=personas.body, date=dt.date(2024, 2, 1),
                           status=MeetingStatus.DRAFT.value)
    membership("Publisert Pedersen", published, draft)
    membership("Utkast Udnes", draft)  # the importer took her from draft minutes alone
    membership("Hånd Hansen")  # entered by the secretariat, at no meeting yet

    def members(user) -> set[str]:
        return set(Membership.objects.visible_to(user).values_list("person__name", flat=True))

    public = {"Publisert Pedersen", "Hånd Hansen"}
    assert members(personas.anonymous) == members(personas.outsider) == public
    assert members(personas.member) == members(personas.superuser) == \
        public | {"Utkast Udnes"}
    # nor is she a person the public may know of, or counted on the body's page
    assert not Person.objects.visible_to(personas.anonymous).filter(name="Utkast Udnes")
    assert {r.person.name for r in personas.body.attendance_rates(
        viewer=personas.anonymous)} == public


@pytest.mark.parametrize("persona", ["anonymous", "member", "secretariat"])
def test_deleting_a_draft_deletes_the_memberships_only_its_minutes_attested(personas,
                                                                            persona):
    """A membership read from a draft's participant list goes with the draft; one another
    meeting of the body still attests, or one entered by hand, stays — and nobody, not
    even the body's own people, is shown a member the archive no longer has."""
    from motebok.archive.models import Membership, Participation, Person
    from motebok.vocab import ParticipantRole

    published = MeetingFactory(body=personas.body, date=dt.date(2024, 1, 1))
    draft = MeetingFactory(body=personas.body, date=dt.date(2024, 2, 1),
                           status=MeetingStatus.DRAFT.value)
    other_body = MeetingFactory(body=personas.other, status=MeetingStatus.DRAFT.value)

    def member(name: str, *meetings, role=None, from_minutes=True) -> None:
        person = PersonFactory(name=name)
        Membership.objects.create(person=person, body=personas.body, from_minutes=from_minutes)
        for meeting in meetings:
            Participation.objects.create(meeting=meeting, person=person, role=role)

    member("Publisert Pedersen", published, draft)
    member("Utkast Udnes", draft)
    member("Gjest Gundersen", draft)
    Participation.objects.create(meeting=published, role=ParticipantRole.GUEST.value,
                                 person=Person.objects.get(name="Gjest Gundersen"))
    member("Annet Andersen", draft, other_body)  # listed at another body's meeting only
    member("Hånd Hansen", draft, from_minutes=False)  # the secretariat entered him
    user = getattr(personas, persona)

    def members() -> set[str]:
        return set(Membership.objects.visible_to(user)
                   .values_list("person__name", flat=True))

    everyone = {"Publisert Pedersen", "Utkast Udnes", "Gjest Gundersen", "Annet Andersen",
                "Hånd Hansen"}
    public = {"Publisert Pedersen", "Hånd Hansen"}
    assert members() == (public if persona == "anonymous" else everyone)
    draft.delete()
    assert members() == public
    assert set(Membership.objects.values_list("person__name", flat=True)) == public
    # named in no minutes the persona may see, and a member of nothing: unknown
    assert not Person.objects.visible_to(user).filter(
        name__in=["Utkast Udnes", "Annet Andersen"])


@pytest.mark.parametrize("persona", ["anonymous", "member", "secretariat"])
def test_deleting_a_draft_takes_back_the_role_only_its_minutes_gave(personas, persona):
    """A draft that lists a member as chair makes her leader; once the draft is deleted
    the published minutes say only "member", and so does every page and persona. A role
    entered by hand is never changed by minutes."""
    from motebok.archive import importer
    from motebok.archive.models import Membership
    from motebok.record import Meeting as When
    from motebok.record import MinutesRecord, Participant
    from motebok.vocab import MembershipRole, ParticipantRole

    def record(day: int, role: str | None) -> MinutesRecord:
        return MinutesRecord(body=personas.body.name, meeting=When(date=f"2024-03-0{day}"),
                             participants=[
            Participant(name="Rolle Rasmussen", role=role),
            Participant(name="Hånd Hansen", role=role)])

    importer.store_record(record(1, ParticipantRole.MEMBER.value), b"published")
    hand = Membership.objects.get(person__name="Hånd Hansen")
    Membership.objects.filter(pk=hand.pk).update(from_minutes=False)
    draft = importer.store_record(record(2, ParticipantRole.CHAIR.value), b"draft",
                                  status=MeetingStatus.DRAFT.value)
    user = getattr(personas, persona)

    def roles(memberships=None) -> dict[str, str]:
        memberships = memberships or Membership.objects.visible_to(user)
        return dict(memberships.filter(body=personas.body).values_list("person__name", "role"))

    assert roles(Membership.objects.all()) == {"Rolle Rasmussen": MembershipRole.LEADER.value,
                                               "Hånd Hansen": MembershipRole.MEMBER.value}
    draft.delete()
    assert roles() == {"Rolle Rasmussen": MembershipRole.MEMBER.value,
                       "Hånd Hansen": MembershipRole.MEMBER.value}


@pytest.mark.parametrize("persona", ["anonymous", "outsider", "member", "secretariat",
                                     "superuser"])
def test_a_draft_naming_a_member_chair_makes_her_leader_only_for_who_sees_the_draft(
        personas, persona):
    """Published minutes list her as a member, a draft as chair: the stored row says
    leader (the secretariat plans with the draft), but the public reads "member" on every
    page and in the API until the draft is published; a role entered by hand stands."""
    from motebok.archive import importer
    from motebok.archive.models import Membership
    from motebok.record import Meeting as When
    from motebok.record import MinutesRecord, Participant
    from motebok.vocab import MembershipRole, ParticipantRole

    def record(day: int, role: str | None) -> MinutesRecord:
        return MinutesRecord(body=personas.body.name, meeting=When(date=f"2024-03-0{day}"),
                             participants=[Participant(name="Rolle Rasmussen", role=role),
                                           Participant(name="Skriver Sand", role=role)])

    importer.store_record(record(1, ParticipantRole.MEMBER.value), b"published")
    Membership.objects.filter(person__name="Skriver Sand").update(
        from_minutes=False, role=MembershipRole.DEPUTY_LEADER.value)
    draft = importer.store_record(record(2, ParticipantRole.CHAIR.value), b"draft",
                                  status=MeetingStatus.DRAFT.value)
    user = getattr(personas, persona)

    def roles() -> dict[str, str]:
        rows = Membership.objects.visible_to(user).filter(body=personas.body)
        return {m.person.name: (m.role_seen, str(m.get_role_seen_display())) for m in rows}

    sees_draft = persona in ("member", "secretariat", "superuser")
    shown = MembershipRole.LEADER if sees_draft else MembershipRole.MEMBER
    hand = MembershipRole.DEPUTY_LEADER
    labels = dict(Membership._meta.get_field("role").flatchoices)
    assert roles() == {"Rolle Rasmussen": (shown.value, str(labels[shown.value])),
                       "Skriver Sand": (hand.value, str(labels[hand.value]))}
    draft.approve()
    draft.publish()
    assert roles()["Rolle Rasmussen"][0] == MembershipRole.LEADER.value


#: (model, foreign key, its index over the rows where the key is set): keys an import
#: leaves empty on most rows it writes (``models.set_rows_index``, migration 0006).
SET_ROWS_INDEXES = [
    ("Meeting", "approved_by", "archive_meeting_approver_set"),
    ("Meeting", "published_by", "archive_meeting_publisher_set"),
    ("Action", "responsible_person", "archive_action_responsible_set"),
    ("Membership", "representing", "archive_membership_repr_set"),
    ("Organization", "parent", "archive_org_parent_set"),
    ("Organization", "lead", "archive_org_lead_set"),
]


def _index_sql(table: str, name: str) -> str:
    """The CREATE INDEX statement the database keeps for index ``name`` ('' if none)."""
    from django.db import connection

    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SELECT indexdef FROM pg_indexes WHERE tablename = %s "
                           "AND indexname = %s", [table, name])
        else:
            cursor.execute("SELECT sql FROM sqlite_master WHERE type = 'index' "
                           "AND tbl_name = %s AND name = %s", [table, name])
        row = cursor.fetchone()
    return row[0] if row else ""


@pytest.mark.parametrize(("model_name", "key", "index"), SET_ROWS_INDEXES)
def test_keys_an_import_leaves_empty_are_indexed_only_where_set(model_name, key, index):
    from django.apps import apps
    from django.db import connection

    model = apps.get_model("archive", model_name)
    field = model._meta.get_field(key)
    table = model._meta.db_table
    sql = _index_sql(table, index)
    assert field.column in sql and "IS NOT NULL" in sql.upper(), sql
    with connection.cursor() as cursor:  # no second, full index on the same key
        found = connection.introspection.get_constraints(cursor, table)
    assert [name for name, c in found.items()
            if c["index"] and c["columns"] == [field.column]] == [index]


@pytest.mark.parametrize(("model_name", "key", "index"), SET_ROWS_INDEXES)
def test_following_a_key_uses_its_set_rows_index_on_sqlite(model_name, key, index):
    from django.apps import apps
    from django.db import connection

    if connection.vendor != "sqlite":
        pytest.skip("PostgreSQL picks plans by table size; the index's use is shown on SQLite")
    model = apps.get_model("archive", model_name)
    assert index in model.objects.filter(**{key: 1}).explain()
    assert index in model.objects.filter(**{f"{key}__in": [1, 2]}).explain()  # on_delete


def test_deleting_the_people_and_users_behind_set_keys_empties_them(personas):
    meeting = MeetingFactory(status=MeetingStatus.DRAFT.value)
    meeting.approve(personas.secretariat)
    meeting.publish(personas.secretariat)
    person = PersonFactory()
    action = ActionFactory(responsible_person=person)
    assert Meeting.objects.filter(approved_by=personas.secretariat).count() == 1
    assert list(person.actions.all()) == [action]
    personas.secretariat.delete()
    person.delete()
    meeting.refresh_from_db()
    action.refresh_from_db()
    assert (meeting.approved_by, meeting.published_by, action.responsible_person) == (
        None, None, None)


def test_a_typed_name_finds_the_whole_name_first_then_the_names_that_hold_it():
    for name in ("Kari Holm", "Kari Holmen", "Per Holmås", "Ola Li"):
        PersonFactory(name=name)
    people = Person.objects.all()
    # the whole name (any case, spaces collapsed) wins over names that only hold it
    found, matches = people.one_named("  kari   HOLM ", limit=5)
    assert (found.name, [p.name for p in matches]) == ("Kari Holm", ["Kari Holm", "Kari Holmen"])
    # a part several names hold means nobody yet; one more than the limit tells "more"
    assert [p.name for p in people.named("holm", limit=1)] == ["Kari Holm", "Kari Holmen"]
    assert people.one_named("holm", limit=5)[0] is None
    # a part only one name holds means that person
    assert people.one_named("holmå", limit=5)[0].name == "Per Holmås"
    # too few letters to look inside names ("." or "i" is in nearly every name): only a
    # whole name is found, and nobody's is refused with a request for more letters
    assert people.named(".", limit=5) == [] and people.named("i", limit=5) == []
    assert people.one_named("Ola Li", limit=5)[0].name == "Ola Li"
    with pytest.raises(ValidationError, match="minst 2 bokstaver"):
        people.one_named(".", limit=5)
