"""Decisions and actions are edited in place (text, responsible, due date, status,
order) by the body's secretariat while the minutes are a draft, and refused once they
are approved or published; marking an action done stays possible after publication."""

from __future__ import annotations

import datetime as dt

import pytest
from django.db import transaction
from django.urls import reverse
from secretariat_world import PERSONAS, Scene, client_for, set_status

from motebok.archive.models import Action, Decision, Membership
from motebok.errors import MotebokError
from motebok.secretariat import minutes
from motebok.secretariat.models import AuditEntry
from motebok.secretariat.people import person_named
from motebok.vocab import ActionStatus, MeetingStatus, MembershipRole

TYPED = "Kari <script>alert(1)</script> & co"


def _second_decision(scene: Scene) -> Decision:
    return Decision.objects.create(item=scene.comment_item, text="Saken ble utsatt.", order=2)


def test_only_the_bodys_secretariat_may_edit_a_decision(scene):
    url = reverse("secretariat:decision_edit", args=[scene.decision.pk])
    expected = {"anonymous": 404, "outsider": 404, "member": 403, "secretariat": 302,
                "admin": 302}
    outcome = {}
    for persona in PERSONAS:
        with transaction.atomic():
            code = client_for(scene.world, persona).post(
                url, {"text": "Budsjettet ble vedtatt."}).status_code
            scene.decision.refresh_from_db()
            outcome[persona] = (code, scene.decision.text)
            transaction.set_rollback(True)
    assert outcome == {p: (c, "Budsjettet ble vedtatt." if c == 302
                           else "Budsjettet ble drøftet.")
                       for p, c in expected.items()}


def test_an_action_is_edited_in_place_with_person_or_free_text_due_and_status(scene):
    client = client_for(scene.world, "secretariat")
    url = reverse("secretariat:action_edit", args=[scene.action.pk])
    assert client.get(url).status_code == 200
    response = client.post(url, {"text": "Hente tilbud", "responsible": "kari fjellstad",
                                 "due": "2025-02-15", "status": "open"})
    assert response.status_code == 302
    action = Action.objects.get(pk=scene.action.pk)
    assert action.responsible_person.name == "Kari Fjellstad"
    assert action.due == dt.date(2025, 2, 15) and action.text == "Hente tilbud"
    client.post(url, {"text": "Hente tilbud", "responsible": TYPED, "due": "",
                      "status": "done"})
    action.refresh_from_db()
    assert action.responsible_person is None and action.responsible_text == TYPED
    assert action.due is None and action.status == ActionStatus.DONE.value
    assert action.done_at is not None
    client.post(url, {"text": "Hente tilbud", "responsible": TYPED, "status": "open"})
    action.refresh_from_db()
    assert action.status == ActionStatus.OPEN.value and action.done_at is None
    changes = [e.changes for e in AuditEntry.objects.filter(
        object_id=str(action.pk), action="update").order_by("pk")]
    assert changes[0]["due"] == ["2025-02-01", "2025-02-15"] and len(changes) == 3
    page = client.get(reverse("secretariat:meeting", args=[scene.previous.pk])).content
    assert b"<script>alert(1)" not in page and b"&lt;script&gt;alert(1)" in page


def test_an_invalid_edit_shows_the_form_again(scene):
    client = client_for(scene.world, "secretariat")
    url = reverse("secretariat:action_edit", args=[scene.action.pk])
    response = client.post(url, {"text": "", "status": "gone"})
    assert response.status_code == 400
    assert Action.objects.get(pk=scene.action.pk).text == scene.action.text


def test_decisions_and_actions_are_reordered(scene):
    second = _second_decision(scene)
    client = client_for(scene.world, "secretariat")
    client.post(reverse("secretariat:decision_move", args=[second.pk]), {"direction": "up"})
    assert list(scene.comment_item.decisions.values_list("text", flat=True)) == [
        "Saken ble utsatt.", "Budsjettet ble drøftet."]
    # already first: nothing moves, nothing breaks
    client.post(reverse("secretariat:decision_move", args=[second.pk]), {"direction": "up"})
    client.post(reverse("secretariat:decision_move", args=[second.pk]), {"direction": "x"})
    assert scene.comment_item.decisions.first().pk == second.pk
    other = Action.objects.create(item=scene.action.item, text="Skrive notat", order=2)
    client.post(reverse("secretariat:action_move", args=[scene.action.pk]),
                {"direction": "down"})
    assert list(scene.action.item.actions.values_list("pk", flat=True)) == [
        other.pk, scene.action.pk]
    member = client_for(scene.world, "member")
    response = member.post(reverse("secretariat:action_move", args=[other.pk]),
                           {"direction": "down"})
    assert response.status_code == 403


def test_approved_or_published_minutes_refuse_edits_in_place(scene):
    secretary = scene.world.users["secretariat"]
    for status in (MeetingStatus.APPROVED.value, MeetingStatus.PUBLISHED.value):
        with transaction.atomic():
            set_status(scene.previous, status, locked=True)
            with pytest.raises(MotebokError):
                minutes.edit_recorded(scene.action, secretary, text="Endret")
            with pytest.raises(MotebokError):
                minutes.move_recorded(scene.action, "down", secretary)
            client = client_for(scene.world, "secretariat")
            url = reverse("secretariat:action_edit", args=[scene.action.pk])
            response = client.post(url, {"text": "Endret", "status": "open"},
                                   HTTP_ACCEPT_LANGUAGE="nb")
            assert response.status_code == 400
            assert "endres ikke lenger direkte" in response.content.decode()
            assert Action.objects.get(pk=scene.action.pk).text == scene.action.text
            page = client.get(reverse("secretariat:meeting", args=[scene.previous.pk]))
            assert url not in page.content.decode()
            # marking it done is still possible after publication
            client.post(reverse("secretariat:action_done", args=[scene.action.pk]),
                        {"note": "Ferdig"})
            assert Action.objects.get(pk=scene.action.pk).status == ActionStatus.DONE.value
            transaction.set_rollback(True)


def test_a_decision_that_approved_the_previous_minutes_is_not_edited(scene):
    from motebok.secretariat.models import StandardItem

    standard = StandardItem.objects.filter(previous_meeting__isnull=False,
                                           item__meeting=scene.current).first()
    if standard is None:
        pytest.skip("no approval item on the current meeting")
    decision = minutes.approve_previous(standard.item, scene.world.users["secretariat"])
    kept = Decision.objects.filter(item=standard.item).last()
    assert decision is not None
    with pytest.raises(MotebokError, match=r"kan ikke endres|cannot be changed"):
        minutes.edit_recorded(kept, scene.world.users["secretariat"], text="Nei")
    assert Decision.objects.get(pk=kept.pk).text != "Nei"


def test_a_lone_first_name_is_the_one_member_of_that_name(scene):
    """Secretaries write "Kari" for Kari Fjellstad: the action is hers (her page and the
    actions filter list it), as an import reads a lone first name; a first name two
    members share, or nobody's, stays the words as typed."""
    client = client_for(scene.world, "secretariat")
    item = scene.comment_item
    client.post(reverse("secretariat:action_new", args=[item.pk]),
                {"text": "Skrive høringsuttalen", "responsible": "Kari", "due": "2025-04-01"})
    action = Action.objects.get(item=item, text="Skrive høringsuttalen")
    assert action.responsible_person.name == "Kari Fjellstad"
    assert action.responsible_text == "Kari"
    client.post(reverse("secretariat:action_edit", args=[action.pk]),
                {"text": "Skrive høringsuttalen", "responsible": "mari", "status": "open"})
    action.refresh_from_db()
    assert action.responsible_person.name == "Mari Nordby"
    Membership.objects.create(person=person_named("Kari Lunde"), body=scene.world.body,
                              role=MembershipRole.MEMBER.value)
    for typed in ("Kari", "Per"):
        client.post(reverse("secretariat:action_edit", args=[action.pk]),
                    {"text": "Skrive høringsuttalen", "responsible": typed, "status": "open"})
        action.refresh_from_db()
        assert action.responsible_person is None and action.responsible_text == typed


def test_an_action_marked_done_by_mistake_is_opened_again_after_publication(scene):
    """Marking done stays possible after publication, and so does taking it back: the
    action is open again (no note, no date), audited, and listed among the open ones."""
    set_status(scene.previous, MeetingStatus.PUBLISHED.value, locked=True)
    client = client_for(scene.world, "secretariat")
    client.post(reverse("secretariat:action_done", args=[scene.action.pk]),
                {"note": "Feil knapp"})
    action = Action.objects.get(pk=scene.action.pk)
    assert action.status == ActionStatus.DONE.value
    page = client.get(reverse("secretariat:meeting", args=[scene.previous.pk])).content
    reopen = reverse("secretariat:action_reopen", args=[action.pk])
    assert f'action="{reopen}"'.encode() in page and "Åpne igjen".encode() in page
    response = client.post(reopen, follow=True)
    assert "Tiltaket er åpent igjen." in [str(m) for m in response.context["messages"]]
    action.refresh_from_db()
    assert (action.status, action.done_note, action.done_at) == ("open", "", None)
    assert AuditEntry.objects.filter(object_id=str(action.pk), action="update").count() == 2
    public = client_for(scene.world, "anonymous").get(reverse("web:actions") + "?status=open")
    assert "Hente inn tilbud på annonser" in public.content.decode()
    client.post(reopen)  # a second click leaves it open, audits nothing
    assert AuditEntry.objects.filter(object_id=str(action.pk), action="update").count() == 2
    member = client_for(scene.world, "member")
    client.post(reverse("secretariat:action_done", args=[action.pk]), {})
    assert member.post(reopen).status_code == 403
    assert Action.objects.get(pk=action.pk).status == ActionStatus.DONE.value


def _save_attendance(client, meeting, guest: str):
    """The attendance page as the secretary saves it: both members present, a guest."""
    rows = {f"att-{n}-{field}": value for n, membership in
            enumerate(meeting.body.memberships.order_by("pk"))
            for field, value in (("person_id", membership.person_id),
                                 ("attendance", "present"), ("note", ""))}
    return client.post(reverse("secretariat:attendance", args=[meeting.pk]), {
        "att-TOTAL_FORMS": "2", "att-INITIAL_FORMS": "2", **rows, "guest-name": guest,
        "guest-organization": "Visit Ålesund"})


def test_a_responsible_typed_before_the_attendance_named_her_is_linked_when_it_does(scene):
    """ "Ola" and "Siri Gjest" were typed as responsible before they were on the
    attendance (guests, no members): saving the attendance that names them links each
    action to the person, as typing it after would, audited; an action a person was set
    for by hand, words that name nobody, and other meetings' actions are left as they are."""
    client = client_for(scene.world, "secretariat")
    item = scene.comment_item
    for text, typed in (("Sende kart over turstiene", "Ola"),
                        ("Lage plakat", "siri gjest"), ("Bestille lokale", "Per")):
        client.post(reverse("secretariat:action_new", args=[item.pk]),
                    {"text": text, "responsible": typed})
    mari = Membership.objects.get(person__name="Mari Nordby").person
    by_hand = Action.objects.create(item=item, text="Skrive referat", order=9,
                                    responsible_text="Ola", responsible_person=mari)
    assert not Action.objects.filter(item=item, responsible_text__in=["Ola", "siri gjest"],
                                     responsible_person__isnull=False).exclude(pk=by_hand.pk)
    assert _save_attendance(client, scene.current, "Ola Gjest").status_code == 302
    assert _save_attendance(client, scene.current, "Siri Gjest").status_code == 302
    linked = {a.text: (a.responsible_person.name if a.responsible_person else None,
                       a.responsible_text) for a in item.actions.all()}
    assert linked == {"Sende kart over turstiene": ("Ola Gjest", "Ola"),
                      "Lage plakat": ("Siri Gjest", "siri gjest"),
                      "Bestille lokale": (None, "Per"),
                      "Skrive referat": ("Mari Nordby", "Ola")}
    scene.action.refresh_from_db()  # the previous meeting's, "sekretariatet"
    assert scene.action.responsible_person is None
    entries = AuditEntry.objects.filter(model="archive.action", action="update",
                                        changes__has_key="responsible_person")
    assert entries.count() == 2
    # typed after, the same rule finds them: a guest's whole name, her lone first name
    client.post(reverse("secretariat:action_new", args=[item.pk]),
                {"text": "Ringe hotellet", "responsible": "Siri"})
    assert Action.objects.get(text="Ringe hotellet").responsible_person.name == "Siri Gjest"
    for persona, code in (("member", 403), ("anonymous", 404)):
        assert _save_attendance(client_for(scene.world, persona), scene.current,
                                "Per Gjest").status_code == code
    assert Action.objects.get(text="Bestille lokale").responsible_person is None
