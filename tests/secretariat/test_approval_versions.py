"""Approval at the next meeting locks the previous minutes; locked edits make versions."""

from __future__ import annotations

import datetime as dt

import pytest
from django.urls import reverse
from secretariat_world import client_for, plan

from motebok.archive.models import Decision, Meeting
from motebok.errors import MotebokError
from motebok.secretariat import agenda, minutes
from motebok.secretariat.models import AuditEntry, MinutesVersion

pytestmark = pytest.mark.postgres


@pytest.fixture
def two_meetings(world):
    """A held meeting with minutes and the next meeting that approves them."""
    secretary = world.users["secretariat"]
    held = plan(world.body, dt.date(2025, 2, 5), secretary)
    item = agenda.add_item(held, "Vinterturisme", "Drøftet snøforhold og overnatting.",
                           secretary)
    Decision.objects.create(item=item, text="Faggruppen tok saken til orientering.", order=1)
    minutes.start_minutes(held)
    following = plan(world.body, dt.date(2025, 5, 7), secretary)
    return held, following, item


def approval_item(meeting):
    """The "Godkjenning av referat fra forrige møte" item of a meeting."""
    return meeting.items.get(standard__kind="minutes_approval")


def test_approving_the_item_records_the_decision_and_locks_the_previous_minutes(
        world, two_meetings):
    held, following, _item = two_meetings
    approved = minutes.approve_previous(approval_item(following), world.users["secretariat"])
    assert approved == held
    held.refresh_from_db()
    assert (held.status, held.locked) == ("approved", True)
    assert list(approval_item(following).decisions.values_list("text", flat=True)) == [
        "Referatet ble godkjent"]
    frozen = MinutesVersion.objects.get(meeting=held)
    assert frozen.version == held.version
    assert "Vinterturisme" in [i["title"] for i in frozen.snapshot["items"]]
    assert AuditEntry.objects.filter(action="approve", object_id=str(held.pk)).exists()
    with pytest.raises(MotebokError, match="allerede godkjent"):
        minutes.approve_previous(approval_item(following), world.users["secretariat"])


def test_approving_the_previous_minutes_begins_the_minutes_of_this_meeting(
        world, two_meetings):
    # The approval is this meeting's first decision: it stayed "Planlagt" (and could be
    # removed) though its minutes held "Referatet ble godkjent".
    _held, following, _item = two_meetings
    minutes.approve_previous(approval_item(following), world.users["secretariat"])
    following.refresh_from_db()
    assert following.status == "draft"


def test_the_decision_that_approved_the_previous_minutes_cannot_be_removed(
        world, two_meetings):
    # "Fjern" deleted it and left the previous minutes approved and locked with no
    # minutes saying who approved them.
    _held, following, _item = two_meetings
    minutes.approve_previous(approval_item(following), world.users["secretariat"])
    approval = Decision.objects.get(item=approval_item(following))
    client = client_for(world, "secretariat")
    remove = reverse("secretariat:decision_delete", args=[approval.pk])
    assert remove not in client.get(
        reverse("secretariat:meeting", args=[following.pk])).content.decode()
    response = client.post(remove, follow=True)
    assert "Vedtaket godkjente forrige referat" in response.content.decode()
    assert Decision.objects.filter(pk=approval.pk).exists()


def test_minutes_of_a_meeting_still_to_come_cannot_be_approved(world):
    # One click on the wrong meeting locked an empty record for good.
    coming = plan(world.body, dt.date.today() + dt.timedelta(days=30))
    following = plan(world.body, dt.date.today() + dt.timedelta(days=90))
    client = client_for(world, "secretariat")
    page = client.get(reverse("secretariat:meeting", args=[coming.pk])).content.decode()
    assert reverse("secretariat:meeting_approve", args=[coming.pk]) not in page
    assert "Referatet kan godkjennes når møtet er holdt." in page
    response = client.post(reverse("secretariat:meeting_approve", args=[coming.pk]),
                           follow=True)
    assert "er ikke holdt ennå" in response.content.decode()
    page = client.get(reverse("secretariat:meeting", args=[following.pk])).content.decode()
    assert reverse("secretariat:approve_previous", args=[approval_item(following).pk]) \
        not in page
    with pytest.raises(MotebokError, match="ikke holdt"):
        minutes.approve_previous(approval_item(following), world.users["secretariat"])
    coming.refresh_from_db()
    assert (coming.status, coming.locked) == ("planned", False)
    assert not approval_item(following).decisions.exists()


def test_approving_from_the_page_names_the_date_in_norwegian(world, two_meetings):
    _held, following, _item = two_meetings
    page = client_for(world, "secretariat").get(
        reverse("secretariat:meeting", args=[following.pk])).content.decode()
    # "Før «…»" read as "Before …": the button says it records the decision
    assert "Protokollfør «Referatet ble godkjent» og lås forrige referat" in page
    assert "Protokollfør «Innkalling og saksliste ble godkjent»" in page
    response = client_for(world, "secretariat").post(
        reverse("secretariat:approve_previous", args=[approval_item(following).pk]),
        follow=True)
    said = " ".join(str(m) for m in response.context["messages"])
    assert "Referatet fra 5. februar 2025 er godkjent og låst." in said


def test_the_first_meeting_has_nothing_to_approve(world):
    only = plan(world.body, dt.date(2025, 2, 5))
    with pytest.raises(MotebokError, match="ikke noe forrige møte"):
        minutes.approve_previous(approval_item(only), None)


def test_a_locked_record_changes_only_with_a_reason_and_a_new_version(world, two_meetings):
    held, following, item = two_meetings
    secretary = world.users["secretariat"]
    minutes.approve_previous(approval_item(following), secretary)
    held.refresh_from_db()
    version = held.version
    client = client_for(world, "secretariat")
    edit = reverse("secretariat:item_edit", args=[item.pk])

    refused = client.post(edit, {"title": "Vinterturisme", "text": "Endret uten grunn."})
    assert refused.status_code == 400
    assert "give a reason" in refused.content.decode() or "begrunnelse" in \
        refused.content.decode()
    item.refresh_from_db()
    assert item.text == "Drøftet snøforhold og overnatting."

    accepted = client.post(edit, {"title": "Vinterturisme", "text": "Drøftet snøforhold.",
                                  "reason": "Skrivefeil rettet etter godkjenning"})
    assert accepted.status_code == 302
    held.refresh_from_db()
    item.refresh_from_db()
    assert item.text == "Drøftet snøforhold."
    assert held.version == version + 1
    newest = MinutesVersion.objects.get(meeting=held, version=held.version)
    assert newest.reason == "Skrivefeil rettet etter godkjenning"
    assert newest.author == secretary
    assert [i["text"] for i in newest.snapshot["items"] if i["title"] == "Vinterturisme"] == [
        "Drøftet snøforhold."]
    older = MinutesVersion.objects.get(meeting=held, version=version)
    assert [i["text"] for i in older.snapshot["items"] if i["title"] == "Vinterturisme"] == [
        "Drøftet snøforhold og overnatting."]
    change = AuditEntry.objects.get(model="archive.agendaitem", object_id=str(item.pk),
                                    action="update")
    assert change.changes["text"] == ["Drøftet snøforhold og overnatting.",
                                      "Drøftet snøforhold."]
    assert change.username == "sindre"
    assert AuditEntry.objects.filter(action="version", object_id=str(held.pk)).exists()


def test_a_locked_agenda_cannot_be_reordered_or_shrunk(world, two_meetings):
    held, following, item = two_meetings
    minutes.approve_previous(approval_item(following), world.users["secretariat"])
    client = client_for(world, "secretariat")
    client.post(reverse("secretariat:item_delete", args=[item.pk]))
    client.post(reverse("secretariat:item_move", args=[item.pk]), {"direction": "up"})
    assert held.items.filter(pk=item.pk).exists()
    assert agenda.items_of(held)[-2].pk == item.pk


def test_publishing_needs_approval_first(world, two_meetings):
    held, following, _item = two_meetings
    with pytest.raises(MotebokError, match="Bare godkjente referater"):
        minutes.publish(held, world.users["secretariat"])
    minutes.approve_previous(approval_item(following), world.users["secretariat"])
    minutes.publish(Meeting.objects.get(pk=held.pk), world.users["secretariat"])
    held.refresh_from_db()
    assert held.status == "published"
    assert Meeting.objects.visible_to(_anonymous()).filter(pk=held.pk).exists()


def test_the_approval_version_s_reason_is_shown_in_the_reader_s_language(world,
                                                                        two_meetings):
    held, _following, _item = two_meetings
    minutes.approve(held, world.users["secretariat"])
    client = client_for(world, "secretariat")
    address = reverse("secretariat:versions", args=[held.pk])
    english = client.get(address, HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "<td>The minutes were approved</td>" in english
    assert "Referatet ble godkjent" not in english
    assert "<td>Referatet ble godkjent</td>" in client.get(address).content.decode()


def test_the_audit_log_shows_created_and_deleted_values_whole(world, two_meetings):
    _held, _following, item = two_meetings
    client = client_for(world, "secretariat")
    client.post(reverse("secretariat:action_new", args=[item.pk]), {
        "text": "Hente inn priser", "responsible": "Kari Fjellstad", "due": "2025-03-01"})
    decision = item.decisions.get()
    client.post(reverse("secretariat:decision_delete", args=[decision.pk]))
    page = client.get(reverse("secretariat:audit", args=[world.body.slug])).content.decode()
    assert "<li>tekst: — → Hente inn priser</li>" in page
    assert "<li>frist: — → 2025-03-01</li>" in page
    assert "<li>tekst: Faggruppen tok saken til orientering. → —</li>" in page
    assert "tekst: H → e" not in page and "merknad ved utføring" not in page


def test_the_audit_log_names_objects_fields_and_choices_as_the_pages_do(world, two_meetings):
    held, _following, item = two_meetings
    client = client_for(world, "secretariat")
    client.post(reverse("secretariat:action_new", args=[item.pk]), {
        "text": "Hente inn priser", "responsible": "Kari Fjellstad", "due": "2025-03-01"})
    client.post(reverse("secretariat:item_move", args=[item.pk]), {"direction": "up"})
    client.post(reverse("secretariat:summons_send", args=[held.pk]))
    client.post(reverse("secretariat:meeting_approve", args=[held.pk]))
    address = reverse("secretariat:audit", args=[world.body.slug])
    bokmal = client.get(address).content.decode()
    english = client.get(address, HTTP_ACCEPT_LANGUAGE="en").content.decode()
    for page in (bokmal, english):
        assert "<code>" not in page and "archive.action" not in page
        assert "responsible_person" not in page and "done_note" not in page
    assert "opprettet tiltak #" in bokmal and "created action #" in english
    assert "<li>ansvarlig slik det er skrevet: — → Kari Fjellstad</li>" in bokmal
    assert "<li>responsible as written: — → Kari Fjellstad</li>" in english
    assert "<li>frist: — → 2025-03-01</li>" in bokmal
    assert "<li>due: — → 2025-03-01</li>" in english
    assert "<li>status: Utkast → Godkjent</li><li>låst: nei → ja</li>" in bokmal
    assert "<li>status: Draft → Approved</li><li>locked: no → yes</li>" in english
    assert "sendt innkalling #" in bokmal and "sent summons #" in english
    assert "summonsdispatch" not in bokmal and "summons dispatch" not in english
    # (in the model's field order on every database: jsonb keeps no key order)
    assert "<li>nummer: 03/25 → 02/25</li><li>rekkefølge: 3 → 2</li>" in bokmal
    assert "<li>number: 03/25 → 02/25</li><li>order: 3 → 2</li>" in english
    assert "moved up" not in bokmal  # no words stored in one language


def test_the_audit_log_names_linked_objects_and_keeps_a_deleted_one_s_id(
        world, two_meetings, django_assert_max_num_queries):
    """"ansvarlig: — → Kari Fjellstad", not "→ 1"; once the person is gone, her id."""
    from motebok.archive.models import Person

    _held, _following, item = two_meetings
    client = client_for(world, "secretariat")
    for text in ("Hente inn priser", "Ringe hotellene", "Skrive rapport"):
        client.post(reverse("secretariat:action_new", args=[item.pk]), {
            "text": text, "responsible": "Kari Fjellstad", "due": "2025-03-01"})
    address = reverse("secretariat:audit", args=[world.body.slug])
    bokmal = client.get(address).content.decode()
    english = client.get(address, HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert bokmal.count("<li>ansvarlig: — → Kari Fjellstad</li>") == 3
    assert "<li>responsible: — → Kari Fjellstad</li>" in english
    assert f"<li>sak: — → {item.number} Vinterturisme</li>" in bokmal
    # a page of many entries asks one query per linked model, not one per entry
    with django_assert_max_num_queries(12):
        client.get(address)
    kari = Person.objects.get(name="Kari Fjellstad")
    kari_id = kari.pk
    kari.delete()
    bokmal = client.get(address).content.decode()
    english = client.get(address, HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert f"<li>ansvarlig: — → #{kari_id} (slettet)</li>" in bokmal
    assert f"<li>responsible: — → #{kari_id} (deleted)</li>" in english


def test_an_audit_entry_whose_link_holds_no_id_is_shown_as_stored(world):
    entry = AuditEntry.objects.create(model="archive.action", object_id="1", action="update",
                                      changes={"responsible_person": [None, "Kari"],
                                               "item": ["abc", "7"]})
    assert dict((field, (old, new)) for field, old, new in entry.change_rows()) == {
        "ansvarlig": (None, "Kari"), "sak": ("abc", "#7 (slettet)")}


def test_the_audit_log_shows_no_id_row_for_a_created_object(world):
    """The entry says "opprettet møte #7" already: no "id: — → 7" among the changes."""
    client = client_for(world, "secretariat")
    meeting = plan(world.body, dt.date(2025, 2, 5), world.users["secretariat"])
    page = client.get(reverse("secretariat:audit", args=[world.body.slug])).content.decode()
    assert f"opprettet møte #{meeting.pk}" in page and "<li>dato: — → 2025-02-05</li>" in page
    assert "<li>id:" not in page and "<li>ID:" not in page


def _anonymous():
    """Django's anonymous user."""
    from django.contrib.auth.models import AnonymousUser

    return AnonymousUser()


def test_the_audit_log_is_shown_to_the_secretariat(world, two_meetings):
    client = client_for(world, "secretariat")
    page = client.get(reverse("secretariat:audit", args=[world.body.slug])).content.decode()
    assert "Vinterturisme" in page
    assert "sindre" in page


def test_overdue_actions_stand_out_and_can_be_marked_done(world, two_meetings):
    from motebok.archive.models import Action

    _held, _following, item = two_meetings

    late = Action.objects.create(item=item, text="Sende rapport til fylket", status="open",
                                 due=dt.date.today() - dt.timedelta(days=3), order=1)
    client = client_for(world, "secretariat")
    page = client.get(reverse("secretariat:body", args=[world.body.slug])).content.decode()
    assert 'class="sec-overdue"' in page
    response = client.post(reverse("secretariat:action_done", args=[late.pk]),
                           {"note": "Sendt 3. mars"})
    assert response.status_code == 302
    late.refresh_from_db()
    assert (late.status, late.done_note) == ("done", "Sendt 3. mars")


def test_an_action_recorded_by_mistake_is_removed_and_audited(world, two_meetings):
    # Before, only "mark done" was offered: a wrong action stayed in the minutes as done.
    from motebok.archive.models import Action

    held, _following, item = two_meetings
    wrong = Action.objects.create(item=item, text="Bestille hotell (feil sak)", status="open",
                                  order=1)
    client = client_for(world, "secretariat")
    page = client.get(reverse("secretariat:meeting", args=[held.pk])).content.decode()
    remove = reverse("secretariat:action_delete", args=[wrong.pk])
    assert f'action="{remove}"' in page
    assert client.post(remove).status_code == 302
    assert not Action.objects.filter(pk=wrong.pk).exists()
    entry = AuditEntry.objects.get(model="archive.action", object_id=str(wrong.pk))
    assert (entry.action, entry.changes["text"]) == ("delete", "Bestille hotell (feil sak)")


def test_removing_an_action_of_approved_minutes_needs_a_reason_and_makes_a_version(
        world, two_meetings):
    from motebok.archive.models import Action

    held, following, item = two_meetings
    kept = Action.objects.create(item=item, text="Lage snøkart", status="open", order=1)
    minutes.approve_previous(approval_item(following), world.users["secretariat"])
    held.refresh_from_db()
    version = held.version
    client = client_for(world, "secretariat")
    remove = reverse("secretariat:action_delete", args=[kept.pk])
    client.post(remove)
    assert Action.objects.filter(pk=kept.pk).exists()
    client.post(remove, {"reason": "Tiltaket hørte til en annen sak"})
    held.refresh_from_db()
    assert not Action.objects.filter(pk=kept.pk).exists()
    assert held.version == version + 1
    assert MinutesVersion.objects.get(meeting=held, version=held.version).reason == (
        "Tiltaket hørte til en annen sak")


def test_the_summons_and_agenda_are_approved_as_the_first_item(world, two_meetings):
    _held, following, _item = two_meetings
    secretary = world.users["secretariat"]
    first = following.items.get(standard__kind="summons_approval")
    client = client_for(world, "secretariat")
    page = client.get(reverse("secretariat:meeting", args=[following.pk])).content.decode()
    button = reverse("secretariat:approve_summons", args=[first.pk])
    assert button in page
    assert client.post(button).status_code == 302
    assert list(first.decisions.values_list("text", flat=True)) == [
        "Innkalling og saksliste ble godkjent"]
    following.refresh_from_db()
    assert following.status == "draft"
    assert button not in client.get(
        reverse("secretariat:meeting", args=[following.pk])).content.decode()
    with pytest.raises(MotebokError, match="allerede godkjent"):
        minutes.approve_summons(first, secretary)
    with pytest.raises(MotebokError, match="ikke godkjenning av innkalling"):
        minutes.approve_summons(approval_item(following), secretary)


def test_approved_minutes_offer_no_summons_approval_and_refuse_one_posted(world, two_meetings):
    held, _following, _item = two_meetings
    first = held.items.get(standard__kind="summons_approval")
    assert first.standard.summons_approvable()
    minutes.approve(held, world.users["secretariat"])
    first.refresh_from_db()
    assert not first.standard.summons_approvable()
    client = client_for(world, "secretariat")
    button = reverse("secretariat:approve_summons", args=[first.pk])
    assert button not in client.get(
        reverse("secretariat:meeting", args=[held.pk])).content.decode()
    client.post(button)  # a stale page or a hand-made request
    assert not first.decisions.exists()
    with pytest.raises(MotebokError, match="kan ikke lenger godkjennes"):
        minutes.approve_summons(first, world.users["secretariat"])


def test_the_minutes_approval_is_offered_while_the_previous_minutes_are_unapproved(
        world, two_meetings):
    held, following, _item = two_meetings
    standard = approval_item(following).standard
    assert standard.previous_approvable()
    minutes.approve(held, world.users["secretariat"])
    standard.previous_meeting.refresh_from_db()
    assert not standard.previous_approvable()
    assert not approval_item(held).standard.previous_approvable()  # no meeting before it


def test_the_administrator_reads_the_audit_log_but_cannot_rewrite_it(world, two_meetings):
    client = client_for(world, "admin")
    listing = client.get(reverse("admin:secretariat_auditentry_changelist"))
    assert listing.status_code == 200
    assert "Vinterturisme" in listing.content.decode()
    entry = AuditEntry.objects.first()
    assert client.get(reverse("admin:secretariat_auditentry_add")).status_code == 403
    assert client.post(reverse("admin:secretariat_auditentry_delete", args=[entry.pk]),
                       {"post": "yes"}).status_code == 403
    assert AuditEntry.objects.filter(pk=entry.pk).exists()
    assert client_for(world, "secretariat").get(
        reverse("admin:secretariat_auditentry_changelist")).status_code == 302


def test_minutes_approved_at_a_meeting_recorded_days_later_say_the_meeting_s_day(
        world, two_meetings):
    # the secretary records "Referatet ble godkjent" after the meeting of 7 May: the
    # approved minutes say "Godkjent 07.05.2025", not the day of the click
    from django.utils import timezone

    from motebok.secretariat import documents

    held, following, _item = two_meetings
    Meeting.objects.filter(pk=following.pk).update(start=dt.time(10, 30))
    following.refresh_from_db()
    minutes.approve_previous(approval_item(following), world.users["secretariat"])
    held.refresh_from_db()
    assert timezone.localtime(held.approved_at).replace(tzinfo=None) == dt.datetime(
        2025, 5, 7, 10, 30)
    content = documents.build(held, documents.MINUTES)
    assert "Godkjent 07.05.2025" in str(content.facts)
    # a meeting still to come approves now; approved directly (by e-mail): now
    later = plan(world.body, timezone.localdate() + dt.timedelta(days=30),
                 world.users["secretariat"])
    assert minutes.approved_in(later) is None
    assert minutes.approved_in(following) == held.approved_at


def test_minutes_approved_before_today_s_meeting_starts_are_approved_now(world, monkeypatch):
    # recorded at nine in the morning at the meeting planned for six today: not a time
    # to come (a clock held still, so the test reads the same at any hour)
    from django.utils import timezone

    nine = timezone.make_aware(dt.datetime(2025, 5, 7, 9, 0))
    monkeypatch.setattr(timezone, "now", lambda: nine)
    today = plan(world.body, dt.date(2025, 5, 7), world.users["secretariat"],
                 start=dt.time(18, 0))
    assert minutes.approved_in(today) == nine


def test_the_audit_log_shows_a_reminder_sent_of_the_body_s_actions(world, two_meetings):
    # (s79h) ``motebok remind`` logs each reminder in the log of the body whose actions it
    # listed, with those actions, so the secretariat sees what was sent
    from motebok.archive.models import Action, Person
    from motebok.secretariat import reminders

    _held, _following, item = two_meetings
    kari = Person.objects.create(name="Randi Øvrebø", email="randi@fjell.example")
    action = Action.objects.create(item=item, text="Hente inn priser", responsible_person=kari,
                                   due=dt.date(2025, 3, 1))
    AuditEntry.objects.bulk_create(reminders.log_entries(reminders.Reminder(kari, [action])))
    client = client_for(world, "secretariat")
    page = client.get(reverse("secretariat:audit", args=[world.body.slug])).content.decode()
    assert "reminder: 1 → randi@fjell.example" in page
    assert f"<li>tiltak: — → [{action.pk}]</li>" in page
